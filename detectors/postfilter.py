"""Last checks on findings of Presidio's own recognizers before the scanner reports them.

Presidio's generic recognizers were built for other markets and fire on text that holds
no personal data here:

* ``PERSON`` from English NER: see :mod:`residency.detectors.person_filter`;
* ``UK_NHS`` matches any ten digits whose mod-11 check holds (about one number in eleven:
  timestamps, order numbers, build numbers); a UK health number in this product's data is
  announced by its context (NHS, patient, GP ...), so it needs such a word nearby;
* ``US_SSN`` likewise needs its context (SSN, social security);
* an ``EMAIL_ADDRESS`` at a domain reserved for documentation (``example.com``, ``.test``,
  ``.invalid``, ``.localhost``: RFC 2606/6761) has no mailbox and no owner, a role
  mailbox (``hr@``, ``support@``, ``noreply@``: RFC 2142) no one person, and a card
  number that payment providers publish for testing (``4111 1111 1111 1111``) no holder;
* a ``PHONE_NUMBER`` announced as a hotline or toll-free number is an organisation's;
* a phone-shaped run followed by a unit or counter (``元``, ``人次``, ``yuan``, ``pages``) or
  after ``第`` is a quantity or an ordinal, not a phone number;
* a ``PHONE_NUMBER`` that is a whole number of China, Hong Kong, Taiwan, Singapore or
  Malaysia by its country code is left to that region's own recognizer (one finding
  per number, not ``PHONE_NUMBER`` and ``CN_MOBILE`` on the same span);
* a ``PERSON`` or ``ZH_PERSON`` right before an organisation suffix (``Sdn Bhd``, ``Ltd``,
  ``公司``, ``集团``, ``银行``, ``大学``, ``Prize``, ``Road``, ``全集`` ...) or inside a name of
  the organisation gazetteer (``Goldman Sachs``, ``李宁``) is part of an organisation's name.

:func:`keep_finding` returns False to drop a finding; types it does not know are kept.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from residency.detectors.chinese.hant import to_hans
from residency.detectors.chinese.public_figures import in_gazetteer, organisation_name_at
from residency.detectors.chinese.zh_person_recognizer import COMMONEST_SURNAMES
from residency.detectors.common_words import is_common_word
from residency.detectors.country_base import (
    CODE_SEGMENT_BEFORE,
    PHONE_ICONS,
    PREMISES_BEFORE,
    SERVICE_LINE_WORDS,
    first_character_guard,
)
from residency.detectors.encoded import EMV_QR_PAYLOAD, merchant_payload
from residency.detectors.entities import ENTITIES, PHONE_ENTITIES
from residency.detectors.malaysia.my_mykad_recognizer import (
    CARD_GROUPS,
    REFERENCE_OR_ACCOUNT_BEFORE,
)
from residency.detectors.malaysia.my_name_recognizer import (
    ROMANISED_SYLLABLE,
    SEA_CHINESE_SURNAME_SET,
)
from residency.detectors.normalize import HAN_DIGITS, MAIL_PROVIDERS
from residency.detectors.person_filter import GIVEN_NAMES_SET, LIFE_YEARS_AFTER, keep_person
from residency.detectors.public_context import personal_cue_near
from residency.detectors.service_numbers import published_service_number

_CONTEXT_WINDOW = 48
_SERVICE_WINDOW = 72
_CARD_ENTITIES = frozenset({"CREDIT_CARD", "CN_BANK_CARD"})
_ID_ENTITIES = frozenset(k for k, v in ENTITIES.items() if v.category == "identity_document")
_PLATE_ENTITIES = frozenset(k for k, v in ENTITIES.items() if v.category == "vehicle")
_REQUIRED_CONTEXT: dict[str, re.Pattern[str]] = {
    "UK_NHS": re.compile(
        r"(?<![A-Za-z])(?:nhs|national health|health|patient|gp|surgery|hospital|clinic|"
        r"medical|nhi)(?![A-Za-z])|健保|病人|患者|醫院|医院",
        re.IGNORECASE,
    ),
    # An ISBN written with spaces (``978 65 1234 5678``) has the shape of a US ITIN.
    "US_ITIN": re.compile(
        r"(?<![A-Za-z])(?:itin|tin|taxpayer|tax id|tax identification|irs)(?![A-Za-z])|纳税人|納稅人",
        re.IGNORECASE,
    ),
    "US_SSN": re.compile(
        r"(?<![A-Za-z])(?:ssn|ss#|social security|social sec)(?![A-Za-z])|社会保障|社會安全",
        re.IGNORECASE,
    ),
}

# A number after "our" and a unit's acronym and "line" (``WhatsApp … to our EMSU line +65 …``).
_OUR_UNIT_LINE_BEFORE = re.compile(
    r"\b[Oo]ur\s+[A-Z]{2,6}\s+(?:(?i:whatsapp|hotline|line|number)\s*){1,2}(?:(?i:at|on|is)\s*)?[:：]?\s*$"
)
# A number followed by "our (centre) hotline/office" in the same sentence.
_OUR_LINE_AFTER = re.compile(
    r"[^.!?\n]{0,40}?\bour\s+(?:\w+\s+)?(?:hotline|helpline|office|centre|center|counter|"
    r"shop|store|clinic|branch|outlet)\b"
    # ... or a hotline's number for callers abroad (``call 1800 111 1111, or +65 6327 2265
    # from overseas``).
    r"|\s*(?:\(\s*)?(?:from|if calling from|when calling from) (?:overseas|abroad)\b"
    # ... or said to be a company's switchboard or hotline (``"+1 650-253-0000" ...; that's
    # Google's public switchboard``).
    r"|[^.!?\n]{0,40}?\b(?:that's|that is|it's|it is)\s+(?:\w+(?:'s)?\s+){0,2}"
    r"(?:public\s+)?(?:switchboard|hotline|helpline|main line|general line)\b"
    # ... or named as a body's line in brackets or a link's text right after it (``tel:
    # 18002255321  (toll-free customer line ...)``, ``tel:+852...">... 客戶服務熱線``,
    # ``021-5080 7766（法务部）``).
    r"|(?:\s*[(（]|[\"']>)[^()（）<\n]{0,24}?(?:toll[- ]free|customer (?:service|care)|"
    r"hotline|helpline|switchboard|热线|熱線|客服|客戶服務|客户服务)"
    r"|\s*[(（][\u4e00-\u9fff]{1,6}(?:部|处|處|科|课|課)[)）]"
    # ... or a desk to contact on it right after (``WhatsApp 5108 2627联系客户服务部``).
    r"|\s*(?:联系|聯絡|联络|聯繫)(?:我们的|我們的)?(?:客户服务部|客戶服務部|客服部|客服|前台|前臺)",
    re.IGNORECASE,
)
# A fixed line with its organisation named in brackets right after it, as a fax report
# prints it (``To=+65 6225 5582 (Harbourfront Freight Pte Ltd, AP dept fax)``, ``2851
# 0123（新昌物流 會計部）``, ``+853 2833 7700（金域文儀澳門總店）``).
_ORG_BRACKET_AFTER = re.compile(
    # (not a person's words in the brackets: ``(she works at … Pte Ltd)``)
    r"\s*[(（](?![^()（）\n]*?(?:(?i:\b(?:she|he|her|his|my|me|our|i|works?|worked|working)\b)"
    r"|[她他我佢]))"
    r"[^()（）\n]{1,40}?(?:(?i:\b(?:pte\.? ?ltd|sdn\.? ?bhd|ltd|limited|berhad|inc)\b)"
    r"|公司|物流|总店|總店|分店|门市|門市|[\u4e00-\u9fff](?:部|处|處|科)(?=[)）]))"
)
# A number said right after it to be the one published by a business or an office
# (``…，這是官網公布的號碼``, ``- the number listed on their official website``).
_PUBLISHED_AFTER = re.compile(
    r"[\s,，。;；]*(?:这|這|此|该|該)?(?:是|为|為)?(?:官网|官網|官方|公开|公開|官方网站|官方網站)"
    r"(?:上)?(?:公布|公佈|公告|提供|列出)?的(?:号码|號碼|电话|電話|热线|熱線)"
    r"|[\s,，.;]*(?:-|–|—|which is|this is)?\s*(?:the )?(?:number |line )?"
    r"(?:published|listed) on (?:the|their|its) (?:official )?(?:website|site)",
    re.IGNORECASE,
)
# Words right before a number that make it an organisation's service number.  (A match
# starts at a word's first character: the guard changes no match, and the engine leaves
# most positions of the window after one test instead of one per word.)
_SERVICE_NUMBER_BEFORE = re.compile(
    first_character_guard(SERVICE_LINE_WORDS)
    + "(?:"
    + "|".join(re.escape(w) for w in sorted(SERVICE_LINE_WORDS, key=len, reverse=True))
    + r")(?:\s*(?:number|no\.?|line))?"
    # ... maybe the body's own (``talian korporat kami di``).
    r"(?:\s+kami)?"
    # ... maybe of the business by its kind (``nombor rasmi salun``).
    r"(?:\s+(?:jualan|salun|salon|kedai|shop|store|butik|boutique|syarikat|klinik|clinic|pusat|studio|"
    r"akademi|academy|institut|kolej|college|"
    r"tokong|kuil|gereja|agensi|agency|sekolah|school|homestay|"
    r"ladang|farm|kebun|bengkel|kilang|persatuan|kelab|masjid|surau|hotel)){0,2}"
    # ... maybe open round the clock (``Bilik Kawalan 24 jam di``).
    r"(?:\s+24\s*(?:jam|hours?|-hour))?"
    # ... maybe of a body by its acronym (``hotline JPJ ialah``).
    r"(?:\s+(?-i:[A-Z][A-Za-z]{1,5}))?"
    # ... maybe of a place first (``hotline in Singapore is``).
    r"(?:\s+(?:in|for|of)\s+(?-i:[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?))?"
    # ... maybe for whom (``24-hour emergency assistance for policyholders:``).
    r"(?:\s+for\s+(?:all\s+)?(?:policyholders|policy holders|customers|members|cardholders|"
    r"travell?ers|callers|students|residents|the public|patients|"
    # (or for what: ``WhatsApp Business for quotations:``)
    r"quotations?|quotes|bookings?|appointments?|orders|enquiries|inquiries|reservations))?"
    # ... maybe with a note in brackets (``WhatsApp kedai (mesej sahaja, tiada panggilan):``)
    r"(?:\s*[(（][^()（）\n\d]{1,40}[)）])?"
    # (or said to have changed: 预约电话调整为 020-…)
    r"[\s:：,，]*(?:is|at|on|=|ialah|adalah|di|调整为|調整為|更改为|更改為|变更为|變更為|改为|改為)?"
    r"[\s:：]*"
    # ... maybe with its own label after a comma (``李宁专卖店，电话 0731-...``)
    r"(?:(?:电话|電話|tel|phone|talian)[\s:：]*)?"
    # ... maybe after the line's other numbers (``hotline 1800 363 3333 or +65 6363 3333``),
    # each maybe with a short note (``6555 0888 (Mon-Sat) or WhatsApp``, ``(SG) /``).
    # (a note of its hours too: ``2388 7105 (Mon–Sat 10:00–19:00) or WhatsApp``)
    r"(?:\+?\d[\d\s()\-]{2,}\d(?:\s*[(（][^()（）\n]{1,24}[)）])?[\s,，]*(?:or|and|/|或)?[\s:：]*"
    r"(?:(?:call|whatsapp|wa|sms)\s+)?)*$",
    re.IGNORECASE,
)


# Words that end (or, in Malay, start) an organisation's or a building's name.  A name
# right before one of them -- maybe through a few more capitalised words -- is part of
# the organisation's name: ``Tan Kah Kee Sdn Bhd``, ``Wong Kee Noodle House``, ``Ng Teng
# Fong General Hospital``, ``Tan Boon Teik & Partners``, ``Yayasan Tan Sri Lee ...``.
def _word_list(text: str) -> list[str]:
    return text.split()


_ORG_WORDS_EN = _word_list(
    "Sdn Bhd Berhad Ltd Limited Inc Incorporated Corp Corporation Co Company Pte LLC LLP "
    "PLC GmbH Holdings Group Enterprise Enterprises Industries Trading Brothers Bros "
    "Foundation University Universiti College Kolej School Academy Institute Hospital "
    "Clinic Klinik Centre Center Bank House Hall Hardware Restaurant Restoran Cafe Kopitiam "
    "Hotel Motor Motors Travel Tours Partners Associates Chambers Library Museum Memorial "
    "Stadium Building Tower Plaza Studio Studios Pharmacy Farmasi Bakery Store Stores "
    # (a practice of specialists: ``Lim & Co Eye Surgeons, 3 Mount Elizabeth #08-11``)
    "Surgeons Specialists Physicians Optometrists Opticians Optical "
    # (and a provision shop's or a supplier's: ``supplier Sri Kamala Provisions``)
    "Provisions Provision Supplies Suppliers Traders Minimart Mart "
    # (and a trade's firm: ``Ah Boy Movers``, ``Kim Seng Renovation``; a day named after
    # somebody: ``Ada Lovelace Day``)
    "Movers Renovation Renovations Contractor Contractors Construction Engineering Aircon Day "
    # (and a studio's trade: ``Studio Kenny Lim Photography``)
    "Photography "
    # (and a ferry's or a bus's terminal: ``Tanah Merah Ferry Terminal, 50 ...``)
    "Terminal Sentral "
    "Pharma Pharmaceuticals Sons Adventures Dept Consultancy Co-Working Coworking Supply Models Supermarket Mart Press Publishing Airlines Shipping Logistics Freight Capital Ventures "
    "Technologies Technology Labs Laboratories Consulting Consultants Services Agency "
    "Society Association Persatuan Fund Trust Temple Church Mosque Masjid YMCA YWCA "
    # Prizes, lectures, venues and roads named after people.
    "Prize Prizes Award Awards Medal Lecture Lectures Scholarship Scholarships Fellowship "
    "Professorship Theatre Theater Auditorium Airport Station Bridge Street Road Avenue "
    "Boulevard Square Park Stadium Cup Trophy Gallery Conservatory Observatory Telescope "
    # ... and a hotel's suites and rooms named after people (``the Somerset Maugham Suite``).
    "Suite Ballroom Lounge Checkpoint Undertaker Undertakers Mansion Alteration Alterations "
    "Laundry Laundromat Tailoring "
    # (and a locksmith's, a storage firm's: ``KeyKing Locksmith Geylang``)
    "Locksmith Locksmiths Storage "
    # (and a bicycle shop: ``Hup Leong Cycle at Jalan Besar``)
    "Cycle Cycles Bicycles Bikes "
    # (and a dog walker's, a groomer's, a car detailer's: ``Doggo Jalan-Jalan Walkers``)
    "Walkers Grooming Groomers Detailing Carwash "
    # (and a potter's and a club's: ``Auntie Rose Ceramics``, ``Junior Clay Club``)
    "Ceramics Pottery Club Clubs "
    # (and a plumber's works, a solar installer: ``Ah Huat Plumbing Works``, ``Uncle Sun
    # Solar``)
    "Plumbing Works Solar "
    # Trades and institutions that end a firm's or a body's name (``Kim Eng Securities``,
    # ``Hang Lung Properties``, ``Sing Tao Daily``, ``Pok Oi Hospitals``).
    "Securities Properties Property Realty Development Developments Land Estates "
    "Plantations Insurance Assurance Takaful Financial Finance Investments Investment Resources "
    "Electronics Electric Electrical Engineering Construction Manufacturing Textiles Foods "
    "Pharmaceuticals Airways Express Cinemas Cinema Polyclinic Medical Healthcare Dental "
    "Polytechnic Sanatorium Hospitals Schools Colleges Clinics Banks Foundations "
    "Institutes Kindergarten Brokerage Daily Times Gazette Herald Tribune Journal "
    "International Worldwide Global Jewellery Jewelry Goldsmith Goldsmiths Furniture "
    "Optical Optics Bakery Confectionery Noodle Noodles Seafood Kitchen Florist Tailor "
    "Tailors Printing Printers Garage Workshop Machinery Marine Timber Rubber Plantation Bridal "
    "Emporium Boutique Salon Spa Dispensary Medicine Medicines Herbs Herbal Market Markets "
    "Mall Clothing Apparel Fashion Fashions Textile "
    # Homes, parlours and resting places (``Hong Kong Funeral Home``, ``St. Joseph's Home``).
    "Home Homes Parlour Parlor Columbarium Crematorium Cemetery Vihara Devasthanam Gurdwara "
    "Hospice Pawnshop Pawnbroker Permit "
    # Mountain huts and lodges (``Paiyun Lodge``, ``Xiangyang Cabin``).
    "Cabin Hut Lodge Refuge Shelter "
    # Tuition and enrichment centres (``Aunty Lucy's Phonics Playhouse``).
    "Playhouse Playschool Tuition Enrichment Phonics Lab Hub Tutors "
    # Public bodies and officers, and European company forms (``Personal Data Protection
    # Commission, 10 Pasir Panjang Road``, ``Data Protection Officer, 8 Marina View``,
    # ``EuroRep Compliance B.V., Herengracht 420``).
    "Commission Authority Officer Ministry Council Board Office Secretariat Registry Bureau "
    "Tribunal B.V. BV N.V. NV AG GmbH S.A. SAS SARL S.p.A. SpA "
    # Malls, clan associations and junctions named after people or clans (``Ngee Ann
    # City``, ``Ngee Ann Kongsi``, ``Bugis Junction``).
    "City Kongsi Junction Clan "
    # Football and sports clubs (``Manchester United``, ``Johor Darul Ta'zim FC``).
    "United FC Rovers Athletic Wanderers Hotspur Albion Rangers Celtic "
    # Family firms and law practices (``... & Sons``, ``... Solicitors``).
    "Sons Daughters Solicitors Advocates Lawyers Barristers Notaries Auctioneers "
    "Opticians Jewellers Caterers Catering Canteen Bistro Eatery Diner Grill "
    # Practices and trades (``... Dental Surgery``, ``... Estate Agents``).
    "Surgery Practice Accountants Agents Directors Works Architects Surveyors "
    # Bars and bakeries by their kind (``Mr Lim's Gin Joint``, ``Auntie Rosie's Bakehouse``),
    # and a customs service (``Singapore Customs, 55 Newton Road``).
    "Joint Bar Pub Tavern Bakehouse Patisserie Deli Brewery Taproom Speakeasy Customs Court "
    "Courts "
    # A body's kind in toneless pinyin (``Zhongguo Yinhang``, ``Beijing Tongren Yiyuan``).
    "Yinhang Yiyuan Daxue Xueyuan Gongsi Jituan Zhongxue Xiaoxue Fayuan Zhengfu Binguan "
    "Jiudian Fandian Shangchang Tushuguan Bowuguan "
    # A delivery service, a farm, a sundry shop, a rental firm and an event by its kind
    # (``Uncle Lim's Gas Delivery``, ``Uncle Lim's Honey Farm``, ``Mak Limah Gas & Runcit``,
    # ``Amateur Dan Certification``).
    "Delivery Deliveries Farm Farms Apiary Runcit Rentals Entertainment Signage "
    "Certification Championship Championships Tournament "
    # (and choirs, orchestras and music shops: ``Harmonia Chorale``, ``Tom Lee Music``; an
    # e-signature report's events: ``Notary Events: none``)
    "Chorale Choir Orchestra Ensemble Philharmonic Symphony Music Events "
    # (a reading or a snack corner, a home baker's brand: ``Auntie Mei's Reading Corner``,
    # ``Ah Mah Homemade``)
    "Corner Homemade Locksmith Locksmiths Shack Charter Charters Cottage "
    # (a pawnshop, a parts dealer, a firm's claims desk: ``Tai Kwong Pawn``, ``Uncle Lim's
    # Lift Parts``, ``Tunda Maju Claims <claims@…>``)
    "Pawn Pawnshop Pawnbrokers Parts Spares Claims "
    # (a surveying firm; smart-home devices by their kind: ``Meridian Geomatics``, ``Nuki
    # Smart Lock``, ``Bathroom Leak Sensor``, ``Rice Cooker Plug``, ``Ring Video Doorbell``)
    "Geomatics Surveying Lock Sensor Plug Doorbell"
)
_ORG_PREFIX_MS = _word_list(
    "Syarikat Kumpulan Yayasan Persatuan Kedai Restoran Klinik Hospital Sekolah Kolej "
    "Universiti Institut Muzium Perpustakaan Pusat Dewan Majlis Bank Masjid Tokong Kuil "
    "Gereja Balai Stesen Jabatan Kilang Ladang Pasaraya Bengkel Butik "
    # (and a book by its title: ``Buku Rekod Hafazan``, ``Buku Iqra'``)
    "Buku "
    # More bodies (``Politeknik Sultan ...``, ``Tabung Haji``, ``Stadium Sultan Mizan``) and
    # the roads, estates and towns named after people (``Jalan Tun Razak``, ``Bandar Tun
    # Hussein Onn``): the person's name there is part of a place's.
    "Politeknik Tabung Lembaga Perbadanan Stadium Akademi Maktab Institusi Kementerian "
    # (and a court: ``Mahkamah Perusahaan``, ``Mahkamah Sesyen``)
    "Mahkamah "
    "Koperasi Kelab Menara Wisma Dataran Kompleks Galeri SK SMK SJK SMJK Jalan Lorong "
    "Lebuh Lebuhraya Persiaran Taman Bandar Kampung Kampong Pulau Bukit Sungai "
    # (and a law firm, a warehouse: ``Tetuan Hashim Lee & Partners``, ``Gudang Mitra``)
    "Tetuan Gudang "
    # (and a fish farm at sea: ``Kelong Ah Seng Seafood``)
    "Kelong "
    # (and a nursery or a kindergarten: ``Taska Permata Keluarga Hajah Khadijah``)
    "Taska Tadika Tabika "
    # (and a homestay, a chalet or a resort named after its host: ``Homestay Mak Su``,
    # ``Chalet Pak Long``)
    "Homestay Chalet Resort Inap "
    # (and Sarawak's river places: ``Nanga Ngemah``, ``Batang Ai``, ``Ulu Lemanak``)
    "Nanga Batang Ulu "
    # (and a brand by its mark: ``Kicap Cap Kipas Udang``)
    "Cap "
    # (and a hostel's blocks and religious schools named after people: ``Blok Abu Bakar``,
    # ``Maahad Tahfiz Nurul Iman``)
    "Blok Maahad Tahfiz Madrasah Pondok "
    # (and a stall named after its cook: ``Nasi Kerabu Kak Yah``, ``Laksa Mak Teh``)
    "Nasi Mee Kuih Roti Sate Satay Laksa Cendol Warung Gerai Burger Bakso "
    # (and district health and education offices: ``PKD Kuala Krai``, ``PPD Petaling``)
    "PKD PPD JKN "
    # (and Macau's Portuguese streets, squares, bridges and restaurants: ``Rua do
    # Comendador Kou Ho Neng``, ``Avenida Sir Anders Ljungstedt``, ``Restaurante Litoral``)
    "Rua Avenida Largo Travessa Estrada Calçada Beco Praça Ponte Edifício Restaurante Circuito "
    # (and Brunei's buildings and bridges: ``Bangunan Haji Tahir``, ``Jambatan Sultan ...``)
    "Bangunan Jambatan "
    # (and Indonesia's abbreviated roads: ``Jl. Daan Mogot``)
    "Jl. Jln. "
    # (and a plant nursery by its owner: ``Nurseri Pak Abu Bangi``; not ``Barber``, a shop's
    # word and a trade's: ``Barber Hakim Firdaus … datang kerja mabuk``)
    "Nurseri "
    # (and a fishing pond or an orchard by its owner: ``Kolam Pancing Pak Mat``, ``Kebun
    # Durian Pak Long``)
    "Kolam Kebun "
    # (and a pawnshop, a surveying firm: ``Pajak Gadai Kwong Fatt``, ``Ukur Delima JB``)
    "Pajak Gadai Ukur Jurukur"
)


# Compared without case: names in capitals on forms (``ABC TRADING SDN BHD``).
_ORG_WORDS_EN_LOWER = frozenset(w.lower() for w in _ORG_WORDS_EN)
_ORG_PREFIX_MS_LOWER = frozenset(w.lower() for w in _ORG_PREFIX_MS)


def _alternatives(words: list[str]) -> str:
    variants = {v for w in words for v in (w, w.upper())}
    return "|".join(re.escape(v) for v in sorted(variants, key=len, reverse=True))


_ORG_AFTER_EN = re.compile(
    # (maybe the name's possessive first: ``Mdm Ong's Florist``; or a brand by somebody:
    # ``Glow by Nadia Pte Ltd``)
    # (or its country in brackets: ``Novo Nordisk Pharma (Singapore) Pte Ltd``)
    r"^(?:['’]s)?(?:\s+(?:[A-Z][\w'’.-]*|of|and|by|&|\((?:M|S|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\)))*?\s+(?:"
    + _alternatives(_ORG_WORDS_EN)
    + r")(?!\w)"
)
# Organisation words that are surnames or name words too (``Joy Park Lee``, ``Jerry Hall``).
_SURNAME_LIKE_ORG_WORDS = frozenset(
    [
        "park",
        "hall",
        "house",
        "day",
        "street",
        "road",
        "bank",
        "home",
        "lodge",
        "land",
        "trust",
        "fund",
        "times",
        "square",
        "bridge",
        "station",
        "cup",
        "market",
        "mart",
        "home",
        "homes",
        "prize",
        "medal",
        "award",
        "lecture",
    ]
)
# Words that only a person's name has (a pilgrim's title, a patronymic's bin and binti).
_PERSON_NAME_MARKERS_MS = frozenset({"haji", "hajah", "hj", "hjh", "bin", "binti", "bt", "bte"})
_OF_A_ROAD = re.compile(r"\s+of\s.*\s(?:Street|Road|Avenue|Drive|Lane|Crescent|Close)")
_ORG_BEFORE_MS = re.compile(
    r"\b(?:" + _alternatives(_ORG_PREFIX_MS) + r")(?:\s+(?:[A-Z][\w'’.-]*|d[aeo]s?)){0,3}\s+$"
)
# What the text says the name *is* or *does*, right after it: an organisation
# (``Kwong Wah Yit Poh is a newspaper in Penang``, ``Rajah & Tann, a law firm,``) or a
# company's deeds (``... reported record profits``, ``... shares fell``, ``... is listed on``).
# The noun must end the phrase (``a company director`` is a person).
_ORG_NOUNS = (
    r"(?:company|companies|firm|law firm|bank|brokerage|broker|insurer|conglomerate|"
    r"newspaper|daily|tabloid|magazine|publisher|broadcaster|brand|chain|retailer|"
    r"developer|airline|carrier|manufacturer|maker|supplier|distributor|start-?up|"
    r"charity|foundation|hospital|clinic|university|college|school|polytechnic|agency|"
    r"consultancy|fund|trust|subsidiary|restaurant|hotel|label|studio|bookshop|bookstore|"
    r"corporation|enterprise|cooperative|syarikat|akhbar)"
)
_ORG_PHRASE_END = (
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:in|of|on|at|from|based|that|which|with|headquartered|"
    r"founded|owned|listed|serving|known|for|and|di|yang|dari)\b)"
)
# Words between the article and the noun: capitalised, hyphenated or a few common ones
# (``a Chinese-language newspaper``, ``a Hong Kong bank``, ``a leading law firm``); never
# any word (``a friend from the bank`` is a person).
_ORG_FILLER = (
    r"(?:(?-i:[A-Z][\w&'’.-]*)|\w+-[\w-]+|local|leading|listed|private|public|global|"
    r"regional|small|large|major|law|investment|property|insurance|family|national|"
    r"international|multinational|state|government|english|chinese|malay|tamil|"
    r"independent|non-profit|charitable|teaching|general|private-equity|venture)\s+"
)
_ORG_DEED_AFTER = re.compile(
    r"^(?:\s*,)?\s+(?:(?:is|was|are|were|has been|became|remains|ialah|adalah)\s+)?"
    r"(?:a|an|the|one of the|sebuah|salah satu)\s+(?:"
    + _ORG_FILLER
    + r"){0,3}"
    + _ORG_NOUNS
    + r"s?"
    + _ORG_PHRASE_END
    + r"|^(?:'s|’s)\s+(?:subsidiar(?:y|ies)|headquarters|share price|shareholders|"
    r"board of directors)\b"
    r"|^\s+(?:shares?|stock)\s+(?:rose|fell|jumped|slumped|gained|dropped|surged|climbed|"
    r"slid|tumbled)\b"
    r"|^\s+(?:reported|posted|recorded|booked|announced|declared)\s+(?:(?:a|an|its|record|"
    r"quarterly|annual|full-year|half-year|interim|net|higher|lower|pre-tax)\s+)*"
    r"(?:profits|earnings|revenues?|turnover|dividends?)\b"
    r"|^\s+(?:reported|posted|recorded|booked)\s+(?:(?:a|an|its)\s+)?(?:(?:record|"
    r"quarterly|annual|full-year|half-year|interim|net|pre-tax)\s+)+(?:profit|loss(?:es)?|"
    r"cash|sales|results|growth|margins?)\b"
    r"|^\s+(?:is|was|are|were)\s+(?:dual-|primary-|secondary-)?listed\s+(?:on|in)\s+"
    r"(?:the\s+)?(?:(?-i:[A-Z])|stock|main board|bourse)"
    r"|^\s+(?:is|was|are|were)\s+(?:headquartered|incorporated|delisted)\b"
    r"|^\s+(?:upgraded|downgraded)\s+(?:the|its)\s+(?:stock|shares|rating|target|counter)\b",
    re.IGNORECASE,
)
_ZH_ORG_SUFFIX = (
    r"(?:公司|集团|集團|(?:银行|銀行)(?![卡账帳帐户戶])|大学|大學|学院|學院|书院|書院|医院|醫院|"
    r"基金会|基金會|研究所|研究院|事务所|事務所|商行|酒店|中学|中學|小学|小學|幼儿园|幼兒園|"
    r"协会|協會|商会|商會|出版社|博物馆|博物館|纪念馆|紀念館|图书馆|圖書館|体育馆|體育館|"
    # (or a stall by its dish: 阿明炸雞攤位; not 分摊费, 收攤: 攤 alone is a verb too)
    r"药厂|藥廠|{word}{{2}}(?:厂|廠|店)|攤位|摊位|"
    # (a second-hand furniture shop: 阿芬二手傢俬)
    r"二手傢俬|二手家俬|二手家私|二手家具|"
    # (a scooter shop or a car dealer by its owner's name: 阿忠機車行)
    r"機車行|机车行|車行|车行|"
    # Eateries, workshops and sole proprietorships named after their owner (林家豪牛肉麵,
    # 陳美玲工作室, 石俊宏企業社).
    r"牛肉麵|牛肉面|麵館|面馆|麵店|面店|拉麵|拉面|餅家|饼家|餅店|饼店|茶餐廳|茶餐厅|酒家|"
    r"餐廳|餐厅|餐館|餐馆|小吃|食堂|工作室|企業社|企业社|商號|商号|行號|行号|藥局|药局|"
    r"企業|企业|實業|实业|貿易|贸易|工程行|"
    # (a specialty shop and a tutoring centre: 阿財土雞專賣, 李老師教育中心; a bak kut teh
    # shop, 黄亚细肉骨茶)
    r"專賣|专卖|教育中心|補習社|补习社|肉骨茶|"
    # (a bakery and a private kitchen: 「阿明叔的麵包坊」, 「林媽媽私房菜」)
    r"麵包坊|面包坊|私房菜|"
    # (a pest controller: 林師傅除蟲專家; a tackle shop, a hardware shop, a stationer's and
    # a copy shop by the owner's name: 阿美漁具行, 阿勝文具影印, 志明影印中心)
    r"除虫专家|除蟲專家|漁具行|渔具行|五金行|文具|影印|文印|"
    # (a tattoo studio by its name in quotes or its shop word: 「阿樂刺青」; not a customer's
    # complaint about a tattoo: 客人周柏宏聲稱刺青導致…)
    r"刺青(?=[」』”])|刺青店|刺青館|刺青馆|"
    # (a dealer by its trade: 阿貴手機配件行, 利民電器行, 水電行)
    r"配件行|電器行|电器行|水電行|水电行|材料行|鐘錶行|钟表行|"
    # (a pawnshop by its name: 和昌大押, 裕成押)
    r"大押|押店|當舖|當鋪|当铺|押(?![金款车車后後送解]))"
)
# Brands, prizes and buildings named after people, right after the name: 李宁牌, 邵逸夫奖,
# 陆佑堂, 鲁迅故居, 沈思妤記 (but 张伟楼下, 王芳堂姐, 王芳記得, 王芳記者 are people).
_ORG_RIGHT_AFTER_ZH = re.compile(
    r"^(?:牌(?![子照])|(?:记|記)(?![得住录錄下者性忆憶载載账帳号號事挂掛着著忆])|(?:奖|獎)(?![励勵金品状狀])|(?:楼|樓)(?![上下道梯里裡顶頂])|"
    r"堂(?![哥姐弟妹兄嫂])|故居|公园|公園|百货|百貨|商场|商場|剧院|劇院|书店|書店|书局|書局|"
    r"药房|藥房|诊所|診所|纪念|紀念|大道|大街|广场|廣場|大厦|大廈|大楼|大樓|铜像|銅像|塑像|"
    r"雕像|全集|文集|诗集|詩集|选集|選集|诗选|詩選|年谱|年譜|评传|評傳|学派|學派|定理|定律|"
    r"猜想|公式|效应|效應|常数|常數|"
    # (a home-help agency by its owner's name, right after it: 王嫂家政（徐汇店）; not 韩立新反映
    # 某家政平台)
    r"家政)"
)
# A shop or brand's name: ``李锦记``, ``陈记``, ``林百貨`` taken whole for a person.
_ZH_ORG_NAME_END = re.compile(r"(?:记|記|百货|百貨|公司|集团|集團)$")
# Characters that make what follows a name a sentence, not the rest of a company's name:
# ``张伟在公司上班`` is a person at work.
# Cantonese has its own (``溫淑儀係我哋公司嘅同事``: 係 "is", 喺 "at", 嘅 "of"), and a pronoun
# is never inside a company's name.
_ZH_FUNCTION = (
    "在的去到是和跟与與从從给給对對把被让讓说說話话講讲要会會想找回来來上下了也都就还還又及"
    "係喺嘅咗佢哋唔冇啲嗰俾畀嚟我你他她"
    # (and "owes" and "to": 工人老郑欠公司 RM5,000 借款 is a worker's debt, no 郑欠公司;
    # 員工黃志偉向公司預支薪金 an advance to him, no 志偉向公司; 吴伟强因为偷卖公司塘里的虾, no
    # 伟强因为偷卖公司)
    "欠向因偷"
    # (and "attends", as of a school: 我女儿李思源今年读小学五年级 is a pupil, no 思源今年读小学)
    "读讀念"
)
_ZH_WORD_CHAR = r"[^\W\d_" + _ZH_FUNCTION + r"]"
# (not what a person does to or at a company: ``业主郑丽华起诉装修公司``, ``张伟入职公司``)
_PERSON_ACTS_ON_ZH = (
    r"(?!起诉|起訴|投诉|投訴|控告|状告|狀告|举报|舉報|入职|入職|就职|就職|任职|任職|供职|供職|"
    r"应聘|應聘|联系|聯繫|聯絡|致电|致電|辞职|辭職|离开|離開|加入|退出|告上|"
    # (nor how often a person does it: ``林太成日用公司影印機印私人嘢``)
    r"成日|成晚|经常|經常|常常|"
    # (nor what a person borrows from, owes to or does at a company: 张伟明借公司的五万块,
    # 欠公司, 向公司申请, 在公司)
    r"借|欠|向|跟|被|替|帮|幫|给|給|在|到|去|回|从|從|对|對|找|问|問|请|請|让|讓|叫|把)"
)
_ORG_AFTER_ZH = re.compile(
    r"^"
    + _PERSON_ACTS_ON_ZH
    + _ZH_WORD_CHAR
    + r"{0,4}?"
    + _ZH_ORG_SUFFIX.format(word=_ZH_WORD_CHAR)
)
# Clinics, schools and trades named after a person (陳美玲小兒科診所, 黃婉婷補習班, 石俊宏建設,
# 徐秀兰农家乐): an organisation unless a cue of a private person is next to the name
# (我兒子張家豪學校, 患者林淑芬診所).
# (not across a suit's 訴: 吳美玲訴旺角某中醫館 is a patient suing the clinic)
_ORG_AFTER_ZH_UNLESS_CUED = re.compile(
    r"^(?![訴诉])"
    + _ZH_WORD_CHAR
    + r"{0,4}?(?:診所|诊所|眼科|牙科|中醫|中医|補習班|补习班|學校|学校|機構|机构|建設|建设|"
    r"會計師事務所|会计师事务所|麵包坊|面包坊|烘焙坊|工坊|農家樂|农家乐)"
)
_NAME_ENTITIES = frozenset({"PERSON", "ZH_PERSON"})
# A trade's shop quoted by its owner's name and its trade (有谁用过"阿发冷气"？, 「陈记搬屋」).
_OPENING_QUOTES = '"“「『'
_SHOP_BEFORE_QUOTE_ZH = re.compile(r"(?:这家|那家|這家|呢間|嗰間|這間|那間|一家|一間)$")
_QUOTED_TRADE_AFTER = re.compile(
    # (maybe what it deals in first: “阿强二手家电回收”)
    r"[\u4e00-\u9fff]{0,4}?(?:冷气|冷氣|空调|空調|装修|裝修|五金|水电|水電|搬家|搬屋|搬运|搬運|清洁|清潔|洗衣|维修|維修|"
    r"电器|電器|汽修|车行|車行|理发|理髮|发廊|髮廊|家私|家具|窗帘|窗簾|冷暖|工程|贸易|貿易|"
    # (a print shop: “李师傅图文”; a home-cleaning agency: “王阿姨家政”)
    r"图文|圖文|快印|印刷|家政|保洁|保潔|换锁|換鎖|"
    # (a storage firm, a mini-warehouse: 「阿福仓储」, 「阿強迷你倉」)
    r"仓储|倉儲|迷你仓|迷你倉|"
    # (a bone-setter's, a herbal tea shop, a clinic: 「梁伯跌打」, 「李氏涼茶」)
    r"跌打|涼茶|凉茶|醫館|医馆|中醫|中医|"
    # (a buyer of old appliances, an agency for papers, a specialist shop: “张师傅家电回收”,
    # 「王老五證照代辦」, 「阿强鸽具二手专营」)
    r"家电回收|家電回收|回收|代办|代辦|专营|專營|开锁|開鎖|"
    # (a seafood restaurant, a locksmith, a diner: 「阿財海產」, 「阿強鎖匙」, 「陳記茶餐廳」)
    r"海产|海產|海鲜|海鮮|锁匙|鎖匙|茶餐厅|茶餐廳|小厨|小廚|饭店|飯店|麵家|面家|烧腊|燒臘|"
    # (a bakery, a private kitchen: 「阿明叔的麵包坊」)
    r"麵包坊|面包坊|私房菜|"
    # (a cram school's classroom: 「阿文老師理化教室」)
    r"教室|美語|美语|補習班|补习班|姓名學|姓名学|命理館|命理馆|水果冰|卡拉OK|卡拉ok|"
    # (a home baker's buns, a second-hand furniture shop: 「王媽媽手工饅頭」, 「阿芬二手傢俬」)
    r"手工[\u4e00-\u9fff]{1,3}|饅頭|馒头|傢俬|家俬|家私)"
    r"[\"”」』]"
)

# A phone-shaped digit run that is a quantity or an ordinal: a unit or a counter word
# right after it (``18 623 456 789 元``, ``17345678901人次``, ``13812345678 yuan``) or
# ``第`` right before it (``第13812345678号判决书``).
_QUANTITY_AFTER = re.compile(
    r"^\s?(?:元(?![旦宵月])|圓|圆|亿|億|万|萬|人次|人民币|美元|港元|港币|港幣|台币|臺幣|"
    r"新台币|令吉|日元|欧元|吨|噸|千米|公里|平方米|立方米|千克|公斤|册|冊|页|頁|辆|輛|"
    r"号(?:判决|判決|裁定|文件|令|公告)|"
    r"(?:yuan|rmb|dollars?|usd|hkd|sgd|ringgit|rm|euros?|people|persons|residents|visitors|"
    r"passengers|tonnes|tons|km|kilometres|kilometers|metres|meters|kg|pages|copies|units|"
    r"words|votes|barrels)\b)",
    re.IGNORECASE,
)
_ORDINAL_BEFORE = re.compile(r"第\s?$")
# Contact words before a number keep it a phone number whatever follows.
_CONTACT_BEFORE = re.compile(
    r"电话|電話|手机|手機|联系|聯絡|聯繫|致电|致電|热线|熱線|拨打|撥打|号码|號碼|"
    r"phone|mobile|tel|call|contact|whatsapp|hp|telefon",
    re.IGNORECASE,
)


# Domains reserved for documentation and tests (RFC 2606, RFC 6761): no mailbox exists.
_RESERVED_MAIL_DOMAIN = re.compile(
    r"@(?:[a-z0-9-]+\.)*(?:example\.(?:com|net|org)|example|test|invalid|localhost|localdomain|"
    # (an SSH key type or a certificate's format named like an address:
    # ``ssh-ed25519-cert-v01@openssh.com``, ``sk-ssh-ed25519@openssh.com``)
    r"openssh\.com|"
    # (a how-to's made-up company under "example-": ``petclaims@example-insure.com.hk``)
    r"example-[a-z0-9-]+\.[a-z.]+|"
    # (or a made-up business under "example" and a country's code: ``sail@x.example.sg``)
    # (or right after the @: ``mfp3f@example.cn``)
    r"(?<=[.@])example\.(?:sg|my|hk|tw|cn|mo)\b|"
    # (an "example" label under a government's or a school's suffix, which no body is
    # given: ``agency.example.gov``; ``example.com.sg`` may be anyone's)
    r"(?:example|agensi|agency)\.(?:gov|edu)(?:\.[a-z]{2})?|"
    # Malay "example" (``nama@contoh.com``).
    r"contoh\.(?:com|my|com\.my)|"
    # The "domain" of a how-to (``name [at] domain [dot] com``, ``you@yourdomain.com``).
    r"(?:your|my)?domain\.(?:com|net|org|tld)|yourcompany\.com|"
    # A test or example host on a private network name (``a@test.local``, ``qa@example.lan``).
    r"(?:test|example|sample|demo|dummy|fake)\.(?:local|internal|lan))$",
    re.IGNORECASE,
)


_BOT_MAILBOX = re.compile(
    r"(?:^|[-_.+])bot$|\[bot\]$|^bot[-_.]"
    # (a service account: ``svc-deploy@``; a team's alias: ``platform-team@``)
    r"|^(?:svc|sa|service)[-_.]|[-_.](?:team|alerts|oncall)$"
    # (a mailing system's bounce address: ``bounce-438812@em.booking.com``)
    r"|^bounces?(?:[-_.+]|$)"
    # (a mailing list's own addresses: ``announce-leave@``, ``users-request@``)
    r"|[-_.+](?:request|owner|bounces|leave|join|subscribe|unsubscribe)$"
)
# A domain that takes no replies (``...@noreply.github.com``), or a mailing list's host
# (``linux-arm-kernel@lists.infradead.org``, ``netdev@vger.kernel.org``,
# ``x@googlegroups.com``) or an application's mail domain (``syzbot+…@syzkaller.appspotmail.com``).
_NO_REPLY_DOMAIN = re.compile(
    r"@(?:no-?reply|do-?not-?reply|bounces?|lists?|mailman|listserv)\.|@vger\.kernel\.org$|"
    r"@(?:[\w-]+\.)?googlegroups\.com$|\.appspotmail\.com$",
    re.I,
)
# A cloud provider's service-account domain (``...@acme-prod.iam.gserviceaccount.com``).
# (and a calendar's room or shared calendar: ``c_1889f0ab@resource.calendar.google.com``)
_SERVICE_ACCOUNT_DOMAIN = re.compile(
    r"@(?:[\w-]+\.)*(?:(?:iam\.)?gserviceaccount\.com|(?:resource|group)\.calendar\.google\.com)$",
    re.I,
)
# A number whose subscriber digits are all zeros but a prefix digit or two (``+65 8000
# 0000``, ``+86 130 0000 0000``): a template's or a test's stand-in, no subscriber's line.
_COUNTRY_CODE = re.compile(r"^(?:\+|00)(?:65|852|853|60|86|886|1|44)")


# A meeting service's dial-in bridge: the meeting's id after two commas and a hash
# (``+6531587288,,85301924471#``), a PIN or a toll note after the number (``+60 3-2788
# 5127 PIN: 482 019 337#``, ``+65-6703-3898 Singapore toll``), or its label before.
_DIAL_IN_AFTER = re.compile(
    r",{1,4}\s*\d{6,}#|\s*(?:\(\w+\)\s*)?(?:PIN|(?i:passcode|meeting id|conference id))\b"
    r"|\s+(?:\w+\s+){0,2}(?i:toll(?:[- ]free)?)\b"
)
_DIAL_IN_BEFORE = re.compile(
    r"(?i:dial[- ]in|or dial|join by phone|one tap mobile|audio only|dail masuk|"
    r"sertai melalui telefon)[^\n|]{0,40}$"
    # (not a call-back number: 回拨号码)
    r"|(?<!回)(?:撥號|拨号|撥入|拨入)[^\n|]{0,20}$|(?:電話會議|电话会议)[^\n|]{0,20}$"
)


_ROOM_SYSTEM_BEFORE = re.compile(
    r"(?i:\b(?:join by\s+)?(?:sip|h\.323))\s*:\s*(?:[^|\n]{0,40}\|\s*){0,2}$"
)


def _conference_dial_in(text: str, start: int, end: int) -> bool:
    """A meeting service's dial-in number (see :data:`_DIAL_IN_AFTER`)."""
    return bool(
        _DIAL_IN_AFTER.match(text, end) or _DIAL_IN_BEFORE.search(text, max(0, start - 60), start)
    )


def _zeros_placeholder(value: str) -> bool:
    digits = _NON_DIGIT.sub("", _COUNTRY_CODE.sub("", value.strip()))
    # (or a prefix and then seven zeros or more: ``+86 138 0000 0000``)
    return len(digits) >= 7 and (sum(d != "0" for d in digits) <= 2 or digits.endswith("0" * 7))


# North American numbers 555-0100 to 555-0199, reserved for fiction.
# (also without its area code: ``555-0199``)
_FICTIONAL_NANP = re.compile(r"(?:(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?)?555[\s.-]?01\d\d")
# Entities that a run of one digit (a form's blank) cannot be.
_ONE_DIGIT_BLANKS = (
    frozenset({"BANK_ACCOUNT", "INSURANCE_POLICY", "MEMBER_NUMBER"}) | _CARD_ENTITIES | _ID_ENTITIES
)
_ORDER_RIGHT_AFTER = re.compile(r" ?(?:落單|落单|下單|下单|訂購|订购|訂貨|订货)")
# Opening hours or days said right after a number.
_HOURS_AFTER = re.compile(
    # (maybe after a second line's last digits: ``03-8870 6755 / 6777 (Isnin-Jumaat``)
    r"(?:\s*/\s*\d{3,4})?[,，]?\s*"
    # (maybe after the business's other number: ``call 6748 2210 or WhatsApp +65 8123 4400 to
    # book``)
    r"(?:(?:or|/|或)\s*(?:(?i:whatsapp|wa|call|sms)\s*)?\+?\d[\d\s-]{6,14}\d\s*)?"
    # (maybe what it is for first: ``WhatsApp 016-455 9021 for appointments (business line``)
    r"(?:for (?:appointments?|bookings?|enquiries|inquiries|quotations?|orders?|reservations?)\s*)?"
    r"[(（]?\s*(?:24\s*(?:-|\s)?(?:hrs?|hours?|h|jam)\b|(?:during )?office hours\b|"
    # (or the front desk to reach on it: ``WhatsApp 5308 9412 聯絡前台``)
    r"(?:聯絡|联络|聯繫|联系)(?:前台|前臺|櫃檯|柜台|接待處|接待处)|"
    # (or a free call: ``call 0800 1111 for free, any time``)
    r"for free\b|free of charge\b|"
    # (or an enquiry line said so right after it: ``請致電 2730 1188 查詢``)
    r"(?:查詢|查询|諮詢|咨询|預約|预约)|"
    # (or an order placed on it, or a business line said so in brackets: ``WhatsApp 5408
    # 3391 落單``, ``WhatsApp 019-338 4710 (talian perniagaan, …)``)
    # (or a business's number said to take messages or bookings only: ``5408 3311（商業號碼，
    # 只處理預約，唔接電話）``)
    r"(?:商業號碼|商业号码|只處理預約|只处理预约|仅限预约|僅限預約|只限文字|唔接電話|唔接电话|不接来电|不接來電|恕不接聽|恕不接听)|"
    r"(?i:talian perniagaan|talian rasmi|business line|official line|service desk)\b|"
    # (or its days of the week as a range: ``(Selasa–Ahad, 11 pagi–10 malam)``)
    r"(?:mon|tue|wed|thu|fri|sat|sun|isnin|selasa|rabu|khamis|jumaat|sabtu|ahad)\w*\s*"
    r"(?:[-–至~]|hingga|sampai|to|until)\s*(?:mon|tue|wed|thu|fri|sat|sun|isnin|selasa|rabu|"
    r"khamis|jumaat|sabtu|ahad)\w*|"
    # (or its opening days: ``WhatsApp 6988 2130（星期一至六 10am-7pm）``)
    r"(?:answering machine|voicemail|recorded message)\b|(?:星期|週|周)[一二三四五六日天]|(?:mon|isnin)\w*\s*(?:[-–至~]|hingga|sampai|to|until)\s*(?:fri|sat|sun|jumaat|sabtu)\w*|"
    # (or its service hours said, ``，服務時間週一至週五``; or an extension, which only a
    # switchboard has: ``(04)2236-0921 轉12``, ``ext. 204``)
    r"[，,]?\s*(?:[(（]\s*(?:仅限|僅限|只限)?\s*)?(?:服务时间|服務時間|办公时间|辦公時間|营业时间|營業時間|工作时间|工作時間)|"
    # (or a bracket that names the desk or its hours: ``(Sekretariat CUEPACS, waktu pejabat
    # sahaja)``)
    r"[(（][^)）\n]{0,30}(?:waktu pejabat|office hours|sekretariat|secretariat)|"
    # (or a shop's or an office's own line: ``(shop line, Mon–Sat)``)
    # (or a body's duty line: ``(association duty line, manned 24 hrs …)``)
    r"[(（]\s*(?:\w+ )?(?:shop|office|main|store|business|clinic|counter|duty|association|welfare) "
    r"(?:line|account)\b|"
    # (or the staff who answer it: ``WhatsApp line 8028 1190 are manned by the duty
    # coordinator``)
    r"(?:is|are) manned\b|"
    # (or the desk or the team that answers it: ``（研究团队）``, ``(front desk)``, ``（食堂
    # 前台，工作日…）``)
    r"[(（][^)）\n]{0,8}(?:研究团队|研究團隊|前台|前臺|客服|办公室|辦公室|(?i:front desk|research team|study team))|"
    # (or what it is for, and only that: ``+60 12-488 3017 is for appointment requests only``)
    r"(?:is|are) (?:only )?for (?:\w+ ){0,2}(?:appointments?|bookings?|enquiries|inquiries|orders?|"
    r"requests?|reservations?)(?: \w+)? only\b|"
    # (... also in Malay: ``WhatsApp 011-… untuk urusan pengangkutan sahaja``)
    r"untuk (?:urusan |pertanyaan )?\w+(?: \w+)? sahaja\b|"
    # (or its outlet or the business by its kind: ``(Bangsar outlet)``, ``(Salon Siti
    # Zubaidah, SS2 Petaling Jaya)``; or its hours in Malay: ``(9 pagi hingga 6 petang)``)
    r"[(（]\s*(?:[A-Z][\w'’-]*\s+){1,3}(?:outlet|branch)\s*[)）]|"
    r"[(（]\s*(?:Salon|Salun|Klinik|Kedai|Butik|Studio|Restoran|Kafe)\s+[A-Z]|"
    r"[(（]\s*\d{1,2}(?:[.:]\d{2})?\s*(?:pagi|am|a\.m\.)\s*(?:hingga|sampai|to|-|–)\s*\d{1,2}"
    r"(?:[.:]\d{2})?\s*(?:petang|malam|pm|p\.m\.)|"
    # (or the branch manager to reach on it: ``WhatsApp 5123 8800聯絡分店經理``)
    r"(?:聯絡|联络)(?:分店|門市|门市)|"
    # (or its official line said so: ``(the centre's official line)``)
    r"[(（]\s*(?:the\s+)?(?:(?:centre|center|hotel|clinic|shop|company|club)['’]s\s+)?official (?:line|number|whatsapp)\b|"
    # (or a team's: ``WhatsApp +65 8123 4470 (events team)``)
    r"[(（]\s*(?:events?|sales|bookings?|party|parties|admin|support|ops|operations) team\s*[)）]|"
    # (or a department's in Chinese: ``WhatsApp 9123 0088（人事部）``)
    r"[(（]\s*(?:人事部|人力資源部|人力资源部|客服部|辦公室|办公室|門市|门市|總公司|总公司)\s*[)）]|"
    r"(?:转|轉|分机|分機)\s*\d{1,5}|(?:ext\.?|extension)\s*\d{1,5}\b)",
    re.I,
)
# A company's registration number by its label or by the SSM's old and new forms together.
_COMPANY_REGISTRATION = re.compile(
    r"(?i:\b(?:no\.? pendaftaran syarikat|no\.? syarikat|company (?:registration )?no\.?|co\.? reg(?:istration)?\.? no"
    r"|UEN|business registration no\.?)\b)"
    r"|\b(?:19|20)\d{2}0[1-6]\d{6}\s?\(\d{5,7}-[A-Z]\)"
    # (or the new number alone in brackets after the company: ``Pusat Dengar Jaya Sdn. Bhd.
    # (202301045678)``)
    r"|(?i:\bsdn\.?\s?bhd\.?)\s*[(（]\s*(?:19|20)\d{2}0[1-6]\d{6}\s*[)）]"
    r"|公司注册号|公司註冊號|商業登記號碼|商业登记号码|商業登記證|商业登记证|统一社会信用代码|統一社會信用代碼"
    # (or an enterprise's credit code alone, as a store table's column: 91310000132212345X)
    r"|(?<![0-9A-Z])9[1-3]\d{6}[0-9A-HJ-NP-RTUW-Y]{10}(?![0-9A-Z])"
    # (or Hong Kong's business registration by its letters: ``BR No. 71234598``)
    r"|\bBR No\.?\s*\d{8}\b"
)
_BUSINESS_REGISTRATION_TAIL = re.compile(r"-\d{3}-\d{2}-\d{2}-[0-9A-Z]\b")
_ISBN_BEFORE = re.compile(r"(?i:\bISBN(?:-1[03])?)\s*:?\s*(?:97[89][- ]?)?$")
_EXTENSION_END = re.compile(r"(?i:\b(?:ext|extn|extension)\.?\s*\d{1,5})$")
# An IBAN as printed, in groups of four after the country and check digits.
_IBAN_RUN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
# A foreign name's or a brand's original in Latin letters right after its Chinese
# transliteration (斯达克 Starkey, 桑伯格（Greta Thunberg）).  A Chinese person's name starts
# with a common surname and may be followed by its romanisation or by an English name
# (陳大文 (Peter Chan), 林雅琪（Amber）): those stay, and so does a name before a vehicle's or a
# room's number (阿峰 (Van 4)).
_LATIN_ORIGINAL_AFTER = re.compile(
    r"\s?[(（]?\s?([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})(?![A-Za-z])(?!\s?\d)"
)
_STREET_LEADS_MS = frozenset({"Jalan", "Jln", "Lorong", "Lebuh", "Persiaran", "Lebuhraya", "Taman"})


def _foreign_original_after(text: str, start: int, end: int) -> bool:
    match = _LATIN_ORIGINAL_AFTER.match(text, end)
    if match is None:
        return False
    words = re.split(r"[ -]", match.group(1))
    # (a place's Malay street after it: 吉隆坡孟沙 Jalan Telawi 3)
    if words[0] in _STREET_LEADS_MS:
        return True
    # (a transliteration of four characters or more: 林德伯格 Lindberg)
    if end - start < 4 and (to_hans(text[start]) in COMMONEST_SURNAMES or text[start] in "阿小老"):
        return False
    if len(words) == 1 and words[0] in GIVEN_NAMES_SET:
        return False
    return not any(w in SEA_CHINESE_SURNAME_SET or ROMANISED_SYLLABLE.fullmatch(w) for w in words)


# Role mailboxes of an organisation (RFC 2142 and common practice): no one person's.
_ROLE_MAILBOXES = frozenset(
    {
        "info", "hr", "jobs", "careers", "recruit", "recruitment", "hiring", "support",
        # (a loyalty programme's: ``ganjaran@kedaimurni.com.my``)
        "ganjaran", "rewards", "loyalty", "points", "membership",
        # (a privacy officer's: ``privasi@example.com.my``)
        "privasi", "privacy", "dpo", "pdpa",
        # (a holiday camp's, a publisher's rights desk, a residential college's office:
        # ``camp.kl@``, ``rights@``, ``kolejkediaman@``)
        "camp", "camps", "rights", "permissions", "kolejkediaman", "asrama", "hostel", "warden",
        "screening",
        "help", "helpdesk", "service", "services", "customerservice", "cs", "sales",
        "marketing", "press", "media", "pr", "contact", "contactus", "enquiries",
        "enquiry", "inquiries", "inquiry", "admin", "webmaster", "postmaster", "hostmaster",
        "abuse", "security", "noreply", "no-reply", "donotreply", "billing", "accounts",
        "finance", "invoices", "legal", "compliance", "office",
        "reception", "bookings", "reservations", "feedback", "kefu", "fuwu",
        "admission", "admissions", "appeals", "appeal", "registrar", "registry", "student", "students",
        "alumni", "library", "events", "orders", "returns", "team", "hello", "care",
        "customercare", "catering", "shop", "store", "customer", "concierge",
        # (a training provider's, a tour operator's, an insurer's claims desk in Malay)
        "training", "tours", "tuntutan", "waranti", "complaints", "urusan",
        # (a league's, a marina's berths, a sailing school's, a farm's visits)
        "league", "berths", "sailing", "visits",
        # A clinic's or a salon's booking desk (Malay ``temujanji``, "appointment").
        "appointment", "appointments", "booking", "temujanji",
        # An IT service desk (``it.support@``, ``servicedesk@``).
        "it", "itsupport", "servicedesk", "ithelpdesk",
        # A club's or a gym's membership desk.
        "memberships", "members",
        # A public body's or a company's buying office (``procurement@``, ``tenders@``).
        "procurement", "tender", "tenders", "purchasing",
        # A conference's or a committee's office (``secretariat@``, ``conference@``).
        "secretariat", "conference", "committee", "organiser", "organizer",
        # An ensemble's, a theatre's or an event's desks (``auditions@``, ``boxoffice@``).
        "auditions", "audition", "boxoffice", "tickets", "ticketing", "concerts", "ticket",
        # An accounts or e-invoice desk in Malay and English (``akaun@``, ``einvois@``), and
        # an operations room (``ops@``).
        "akaun", "einvois", "invois", "ops", "operations", "casting", "castings",
        # (an office's fax, scan and buying desks: ``faks@``, ``efax@``, ``purchase@``;
        # a contest's entries and an event's preparation desks: ``entry@``, ``prep@``)
        "faks", "efax", "purchase", "scans", "dokumen", "documents", "entry", "entries", "prep",
        # (a Malay operations desk, a franchise desk in Malay: ``operasi@``, ``francais@``, ``join@``)
        "operasi", "francais", "join",
        # (an exam board's desk in Malay, a gallery's consignments, a lender's hardship desk)
        "peperiksaan", "consign", "consignment", "consignments", "hardship",
        # (a league's fixtures desk, a club's appeals and competitions in Malay, a venue's
        # lost property)
        "fixtures", "fixture", "rayuan", "pertandingan", "lostitem", "lostitems",
        # (a ferry's or a coach's charter desk)
        "charter", "charters",
        # (a fair's booth desk: ``booth@yunmeng-doujin.org``)
        "booth", "booths", "exhibitor", "exhibitors",
        # A charity's or a church's offices (``volunteer@``, ``gala@``, ``giving@``).
        "volunteer", "volunteers", "gala", "rsvp", "giving", "donate", "donations",
        "fundraising",
        # A university's or a hospital's offices (``irb@``, ``ethics@``, ``exams@``).
        "irb", "ethics", "research", "grants", "scholarships", "scholarship",
        # (a trial sponsor's drug-safety desk: ``pv.singapore@``)
        "pv", "pharmacovigilance", "drugsafety", "exam", "exams", "examinations",
        "outreach", "communications", "comms", "publications",
        # Where phishing and fraud are reported (``phishing@``, ``report-fraud@``).
        "phishing", "fraud", "spam", "scam", "report",
        # A system's notices and a publisher's letters (``alerts@``, ``newsletter@``,
        # ``calendar-notification@``), a business desk (``biz@``, ``partnerships@``).
        "alert", "alerts", "notification", "notifications", "notify", "newsletter",
        "newsletters", "calendar", "updates", "digest", "biz", "business", "partnership",
        "partnerships", "sponsorship", "sponsors", "advertising", "ads", "payroll", "payables",
        "receivables", "statements", "estatement",
        # An attraction's guest desk, a club's officials and courts, an engineering team
        # (``guestcare@``, ``arbiters@``, ``courts@``, ``platform@``).
        "guestcare", "guest", "guests", "guestservices", "arbiters", "referees", "courts",
        "platform", "devops", "sre", "lostfound", "lost-and-found", "lostandfound",
        "program", "programme", "programs", "permits", "permit",
        # A platform's partner desks (``partner-support@``, ``merchant-care@``).
        "partner", "partners", "vendor", "vendors", "merchant", "merchants", "seller",
        "sellers", "rider", "riders", "driver", "drivers",
        # Chinese pinyin: recruiting, office, complaints, enquiries, reports.
        "zhaopin", "bangong", "tousu", "zixun", "jubao",
        # ... and a publisher's submissions (投稿), its editors; a centre's intake desk, a
        # shop's members (``tougao@``, ``editor@``, ``intake@``, ``member@``).
        "tougao", "bianji", "submissions", "submission", "editor", "editors", "editorial",
        "intake", "member", "bd", "concession", "concessions",
        # (a race's results desk, an agency's lettings desk: ``results@``, ``rentals@``)
        "results", "rentals", "rental", "leasing", "lettings",
        # (a temple's office in Malay, an external audit's account: ``pejabat@``, ``audit-ext@``)
        "pejabat", "audit", "auditor", "auditors",
        # (a print shop's desk in Malay, a front desk: ``cetak@``, ``frontdesk@``)
        "cetak", "frontdesk",
        # ... a court's or an arbitration body's filing desk (立案, 受理), a developer's CRM.
        "lian", "shouli", "crm",
        # ... and a school's alumni association (校友会), its office (校办),
        # academic affairs (教务), youth league (团委) and student union (学生会).
        "xiaoyouhui", "xiaoban", "jiaowu", "tuanwei", "xueshenghui",
        # A company's corporate-sales desk (``corporate@``), an office device's sender
        # (``scanner@printer-3f.local``).
        "corporate", "scanner", "printer", "copier", "scan", "fax",
        # ... and a Chinese university's offices by their pinyin initials: admissions (招生办),
        # academic affairs (教务处), general office (办公室), students (学生处), personnel.
        "zsb", "zsc", "jwc", "bgs", "xsc", "rsc", "kyc", "yjsy",
        # A listed company's investor relations (``ir@``).
        "ir", "investor", "investors", "investorrelations", "investor.relations", "claims",
        # A department's general office (``soc.general@``, ``dept-office@``).
        "general", "dept", "department", "faculty", "lab", "labs", "gradschool", "postgrad",
        # Malay: help, enquiries, complaints, customer service, info.
        "bantuan", "pertanyaan", "aduan", "khidmatpelanggan", "perkhidmatan", "maklumat",
        "hubungi", "urusetia", "pentadbir", "sokongan", "khidmat",
        # Distribution lists and a system's senders (``all-staff@``, ``subscribers@``,
        # ``order-update@``, ``einvoice@``, ``news@``), a school's committee (``panitia.bm@``).
        "all", "staff", "allstaff", "everyone", "subscribers", "announce", "announcements",
        "news", "update", "order", "invoice", "einvoice", "notifikasi", "facilities",
        "edu", "education", "campus", "club", "panitia",
        # (an application's database account: ``postgres://app@db.internal``; a welfare
        # centre's, an auction house's and a car park's desks: ``kebajikan@``, ``auctions@``,
        # ``docs@``, ``ops-carpark@``)
        "app", "kebajikan", "auction", "auctions", "docs", "carpark", "parking",
        # (a server's and a pipeline's accounts in an SSH key's comment or a key's uid: ``git@``,
        # ``root@``, ``deploy@``, ``ansible@``, ``jenkins@``, ``ftpmaster@``; a race's and a
        # charity ride's desks: ``races@``, ``derma@``)
        "git", "root", "deploy", "ansible", "jenkins", "ftpmaster", "races", "derma",
        # (a project's release, security and translation desks and its CI's account, as git
        # trailers and .mailmap give them: ``stable@``, ``psirt@``, ``l10n@``, ``appstore@``,
        # ``ci@``, ``sekretariat@``)
        "stable", "psirt", "l10n", "i18n", "translate", "translation", "localization",
        "localisation", "release", "releases", "appstore", "ci", "build", "sekretariat",
        # (a hotel's and a lost-and-found desk, an API's developer support: ``stay@``,
        # ``lost@``, ``devsupport@``)
        "stay", "lost", "devsupport", "devrel",
        # (a parish bulletin's, an auction's bids; desks and shared terminals named in pinyin:
        # ``bulletin@``, ``bids@``, ``caiwu-gongyong@``, ``huiyishi-3f@``, ``kiosk-qiantai@``)
        "bulletin", "bids", "bid", "kiosk", "caiwu", "gongyong",
        "huiyishi", "qiantai", "renshi", "xingzheng", "bangongshi", "3f", "2f", "1f",
        # Placeholder mailboxes of docs and tests (foo@bar.com).
        "foo", "bar", "baz", "someone", "somebody", "yourname", "your.name", "name", "nama",
        "firstname.lastname", "first.last", "username",
        # Where job applications go (``talent@``, ``apply@``, Malay ``kerjaya@``, "careers",
        # and ``sumbermanusia@``, "human resources"), and a hotline's (``tellme@``).
        "talent", "talents", "apply", "applications", "application", "cv", "resume",
        "resumes", "vacancies", "vacancy", "career", "job", "recruiting", "people",
        "kerjaya", "jawatan", "sumbermanusia", "tellme", "integriti", "integrity", "zhaosheng",
        # A society's or a school board's secretary and treasurer (``setiausaha@pibg-...``).
        "setiausaha", "bendahari", "secretary", "treasurer",
        # A receipts desk and a care line's mailbox (``receipts@``, ``careline@``).
        "receipts", "receipt", "careline", "hotline", "helpline",
        # A firm's practice desks (``audit.sg@``, ``tax@``, ``gst@``).
        "tax", "accounting", "gst", "assurance",
        # ... and a translation counter's or a booking desk's (``terjemahan@``, ``tempahan@``).
        "terjemahan", "translations", "tempahan", "kaunter", "permohonan",
        # A franchise desk, a venue's office, corporate communications, staff welfare,
        # Malay sales and academic and administration offices, Chinese pinyin finance
        # (财务) and purchasing (采购), a tech desk, accounts payable and receivable
        # (``finance-ap@``), an archive's copy (``noreply-archive@``), a mail system.
        "franchise", "franchising", "venue", "venues", "corpcomms", "welfare", "jualan",
        "akademik", "pentadbiran", "caigou", "tech", "ap", "ar", "archive", "b2b",
        "mailer", "daemon", "mailer-daemon",
        # A pharmacy's refill desk (``refills@``), a landlord's leasing desk, a refunds desk,
        # a welfare body's casework desk, a gallery's exhibitions desk (Malay ``pameran@``).
        "refill", "refills", "refund", "refunds", "casework", "pameran",
        # (a college's registration desk, a warranty or pre-order desk, a bank's security desk
        # in Malay)
        "pendaftaran", "warranty", "preorder", "preorders", "keselamatan",
        # (a meetup's speakers' and code-of-conduct desks, a golf club's tee-time and caddie
        # desks, group bookings, a fair's and a contest's desks, Malay orders,
        # rentals and corporate sales, a school's classes, an API's support)
        "speakers", "conduct", "teetime", "caddiemaster", "groups", "expo", "match",
        "tryout", "tryouts", "pesanan", "sewa", "korporat", "classes", "api",
        # (a takedown and a safety desk, a graduate programme's, Malay procurement)
        "takedown", "safety", "graduate", "perolehan",
        # (a print shop's quotes and print desks, a care centre's contracts desk, a
        # course's and a grant's desks in Malay)
        "quote", "quotes", "print", "prints", "contract", "contracts", "course", "courses",
        "kursus", "geran",
        # (a furniture shop's delivery desk, a duty manager's mailbox, also in Malay)
        "delivery", "deliveries", "duty", "pengurus", "bertugas",
        # (a wholesale desk, a clinic's recall desk, a hospital's medical office in pinyin
        # (医务科), a radio club's QSL manager)
        "trade", "recall", "yiwuke", "qsl",
        # (a bar's licensing desk, a spa's supervision line in pinyin (监督), a chain's
        # outlets desk)
        "licensing", "licence", "license", "jiandu", "outlets", "outlet",
        # (a travel desk, a ship manager's crewing desk, a clan's genealogy desk, also in
        # Malay and pinyin (修谱))
        "travel", "crewing", "crew", "genealogy", "salasilah", "xiupu",
        # (a locum agency's shifts desk, an employer's or a clinic's MC checks)
        "shifts", "shift", "roster", "rostering", "mccheck", "mcverify", "verify",
        "verification",
        # (a liquidator's desk, a certificates desk in Malay, a disputes desk)
        "liquidation", "liquidations", "insolvency", "sijil", "disputes", "dispute",
        # (an interpreters' booking desk)
        "interpreters", "interpreter", "interpreting",
        # (a newspaper's subscriptions, letters, opinion and tips desks, also in Malay and
        # pinyin (言论), and its advertising desk in Malay)
        "subs", "subscription", "subscriptions", "letters", "surat", "opinion", "tips",
        "yanlun", "iklan",
        # (a farm's visits and a library's members desk in Malay)
        "lawatan", "ahli",
        # (a lab's quality desk, a staff well-being desk, an IT service desk's inbound
        # queue)
        "qa", "wellbeing", "itsd", "inbound",
        # (a registry's records desk, a venue's group bookings, a school's ICT unit, a lost
        # and found desk in Malay)
        "records", "group", "ict", "hilang",
        # (a hotel's wedding desk and its lost property, a club's community desk, a nursing
        # station, a service desk in Malay)
        "wedding", "weddings", "lostproperty", "community", "nursing", "servis",
        # (a donation programme's office: ``bodydonation@``)
        "donation", "pledge",
        # (a gallery's valuations and logistics desks, an education desk in Malay)
        "valuations", "valuation", "logistics", "pendidikan",
    }
)  # fmt: skip
# A region's or a group's tag beside a role word (``recruit.hk@``, ``sg.careers@``).
_REGION_TAGS = frozenset(
    {
        "sg",
        "my",
        "hk",
        "cn",
        "tw",
        "mo",
        "apac",
        "asia",
        "global",
        # (and a desk's reach: ``audit-ext@``, ``it-int@``)
        "ext",
        "int",
        "intl",
        "group",
        "corp",
        # (and an office's city: ``hz-all@``, ``kl-admin@``)
        "bj",
        "sh",
        "gz",
        "sz",
        "hz",
        "kl",
        "jb",
        "pg",
        # (and a region of a country: ``claims.south@``)
        "north",
        "south",
        "east",
        "west",
        "central",
    }  # fmt: skip
)
# Identity numbers that governments and form guides print as the example (Taiwan's
# A123456789, Singapore's S1234567D, the mainland's 11010119900307xxxx), cleared where
# the text says it is an example -- elsewhere they are treated as anyone's.
# (11010519491231002X is GB 11643's own example; S0000001I the sandbox NRIC of SG APIs.)
_SAMPLE_IDS = frozenset(
    {"A123456789", "S1234567D", "110101199003077774", "A123456(3)", "A1234563"}
    | {"11010519491231002X", "S0000001I"}
    # The IBANs of the ISO 13616 and ECBS documentation, and plate formats' examples.
    | {"GB82WEST12345698765432", "GB29NWBK60161331926819", "DE89370400440532013000"}
    | {"NL91ABNA0417164300", "ES9121000418450200051332", "FR1420041010050500013M02606"}
    | {"ABC1234", "SBA1234A", "F1234567N", "G1234567X", "T1234567J"}
    # (a passport's example on a form guide: 护照号 E12345678)
    | {"E12345678", "G12345678", "EA1234567"}
)
_SAMPLE_ID_TYPES = frozenset(
    {"TW_NATIONAL_ID", "SG_NRIC_FIN", "CN_RESIDENT_ID", "HK_HKID", "IBAN_CODE"}
    | {"MY_VEHICLE_PLATE", "SG_VEHICLE_PLATE", "CN_PASSPORT", "PASSPORT"}
)
# Any identifier the text marks as an example right where it stands: ``e.g. 900101-14-5678``,
# ``900101-14-5678 (contoh sahaja)``, ``例如：...``.  Nobody marks their own number so.
_EXAMPLE_MARK_BEFORE = re.compile(
    # (Malay's short ``cth``: ``Nombor telefon (cth 012-3456789)``)
    r"(?i:\be\.g\.|\beg\.|\bfor example|\bfor instance|\bcontohnya|\bcontoh|\bcth\.?|\bsample)"
    r"\s*[:：,]?\s*$|(?:例如|比如|示例|范例|範例)\s*[:：]?\s*$|例\s*[:：]\s*$"
    # (or "such as" opening a bracket: 预约号以Q开头（如Q1206-032）)
    r"|[（(]\s*如\s*[:：]?\s*$"
)
# (not a form's "fill in your own": 請填寫閣下本人資料, 请填写您本人信息)
_OWNER_BEFORE = re.compile(
    r"(?i:\b(?:my|me|mine|our|saya|aku|kami)\b)|我|(?<!閣下)(?<!阁下)(?<!您)(?<!你)本人"
)
_EXAMPLE_MARK_AFTER = re.compile(
    r"\s*[(（\[]\s*(?i:e\.g\.|example|sample|dummy|placeholder|contoh|示例|范例|範例|样本|樣本)"
    r"[^)）\]]{0,20}[)）\]]"
)
_PLACEHOLDER_AFTER = re.compile(r"\s*[(（\[]\s*(?i:placeholder|dummy)\b")
_EXAMPLE_WORDS = re.compile(
    r"(?i:example|sample|placeholder|e\.g\.|dummy|contoh|sandbox|\bmask(?:s|ed|ing)?\b|"
    r"\bformat\b|guidance|\blike the\b|\bsuch as\b|specimen|tutorial)|"
    r"範例|范例|示例|例如|樣本|样本|格式|示範|示范|演示",
)


# Text that says its data are real after all (``TODO swap for fake data, this is a real row
# from the March export``).
_REAL_DATA = re.compile(
    r"(?i:\b(?:is|are|was|were) (?:a |an )?(?:real|actual) (?:rows?|records?|data|customers?|"
    r"users?|people|persons?|values?|entr(?:y|ies))\b|"
    r"\bfrom (?:the )?(?:prod|production|live) (?:db|database|export|dump)\b|"
    # (a real person's value found in test data: ``测试数据里有真实车牌 … 和车主电话 …``,
    # ``copied from production``)
    r"\b(?:copied|taken|pulled) from (?:prod|production)\b)|(?<![非无不])真实(?:的)?(?:车牌|电话|手机|号码|身份证|姓名|数据|用户|客户)|"
    r"(?<![非無不])真實(?:的)?(?:車牌|電話|手機|號碼|身分證|身份證|姓名|資料|數據|用戶|客戶)"
)
# Text that says its data are made up (``测试数据，非真实用户``, ``the documented test value
# S1234567D``, ``all synthetic``): its identifiers are test values wherever they stand.
_SYNTHETIC_DATA = re.compile(
    # (and an environment file's template: ``.env.example: … WHATSAPP_SENDER=+6562214830``)
    r"\.env\.(?:example|sample|template)\b|"
    r"(?i:\btest (?:values?|data|fixtures?|ids?|numbers?|cases?)\b|\bsynthetic\b|"
    r"\b(?:fake|dummy|mock) (?:data|values?|ids?|numbers?|records?)\b|\bnot (?:a )?real\b|"
    r"\bplaceholders? (?:only|sahaja)\b|\bdata (?:palsu|contoh)\b|\bcontoh data\b|"
    r"\bnombor palsu\b|\btest personas?\b|\bbelongs? to nobody\b|\bnot a real person\b|"
    # (a validator's log of its fixture: ``fixture "+65 6123 4567" rejected ... as expected``)
    r"\bfixtures?\s*[\"'=:(]|"
    # (a guide's figure: ``shown in this guide is for illustration only``; a template's
    # values to overwrite: ``replace these with your own details``)
    r"\bfictional (?:sample|data|rows?|records?|address(?:es)?)\b|\bsample rows?\b|"
    r"\bfor illustration(?: purposes)? only\b|\billustrative (?:only|purposes)\b|"
    r"\bexamples? only\b|\b(?:never|do not|don't) use real (?:data|details|particulars)\b|\bcontoh pengisian\b|\bcontoh borang\b|\bdata ujian\b|"
    r"\buntuk latihan sahaja\b|"
    r"\breplace (?:these|this|them|it) with your own\b|"
    # (a telco's test lines: ``Staging test MSISDNs``, ``only in the test environment``)
    r"\btest (?:environment|env|MSISDNs?|SIMs?)\b|\bstaging (?:test|environment|env)\b)|"
    # (a value built to pass a check: ``构造的卡号，只为满足 Luhn``)
    r"构造的(?:卡号|号码|数据|身份证号?)|構造的(?:卡號|號碼|數據)|"
    r"测试数据|測試數據|測試資料|测试用户|測試用戶|非真实|非真實|假数据|假資料|示例输入|示例数据|示例資料|样例数据|"
    r"範例資料|范例资料|範例數據|范例数据|示範表格|示范表格|僅供參考|仅供参考|"
    # (a form guide's filled-in example: ``填写示例 ... 仅为格式示例，请勿照抄``)
    r"格式示例|填写示例|填寫示例|填表示例|仅为示例|僅為示例|请勿照抄|請勿照抄|"
    r"填表样例|填表樣例|均为示例|均為示例|请勿照填|請勿照填|"
    # (a system's demo or training data: 开票系统演示数据 …… 仅供培训)
    r"演示数据|演示數據|演示资料|演示資料|仅供培训|僅供培訓|培训数据|培訓數據"
)


def _published_sample(text: str, entity_type: str, start: int, end: int) -> bool:
    """A government's or form guide's example identity number, in text saying so."""
    # (and a plate: ``車牌：＿＿ ＿＿＿＿（例：AB 1234）``)
    if (
        entity_type in _ID_ENTITIES
        or entity_type in PHONE_ENTITIES
        or entity_type in _PLATE_ENTITIES
    ) and (
        # (a placeholder said so right after it, even as "our" number: ``our team at +65
        # 6000 0000 (placeholder number, replace before publishing)``)
        _PLACEHOLDER_AFTER.match(text, end)
        or (
            (
                _EXAMPLE_MARK_BEFORE.search(text[max(0, start - 16) : start])
                or _EXAMPLE_MARK_AFTER.match(text, end)
            )
            and not _OWNER_BEFORE.search(text[max(0, start - 32) : start])
        )
    ):
        return True
    if (
        (
            entity_type in _ID_ENTITIES
            or entity_type in PHONE_ENTITIES
            or entity_type in _CARD_ENTITIES
            or entity_type in ("BANK_ACCOUNT", "INSURANCE_POLICY", "MEMBER_NUMBER")
            or entity_type in _PLATE_ENTITIES
        )
        and _SYNTHETIC_DATA.search(text)
        and not _OWNER_BEFORE.search(text)
        and not _REAL_DATA.search(text)
    ):
        return True
    if entity_type not in _SAMPLE_ID_TYPES:
        return False
    value = re.sub(r"[\s-]", "", text[start:end]).upper()
    window = text[max(0, start - 160) : end + 48]  # (``SPECIMEN ONLY ... NRIC: S1234567D``)
    return value in _SAMPLE_IDS and bool(_EXAMPLE_WORDS.search(window))


# Card numbers that payment providers publish for testing (Visa, Mastercard, Amex,
# Discover, Diners, JCB, UnionPay): in code and documentation, never anyone's card.
_TEST_CARDS = frozenset(
    {
        "4111111111111111", "4242424242424242", "4012888888881881", "4000056655665556",
        "4222222222222", "5555555555554444", "5105105105105100", "5200828282828210",
        "2223003122003222", "378282246310005", "371449635398431", "378734493671000",
        "6011111111111117", "6011000990139424", "3056930009020004", "36227206271667",
        "3566002020360505", "3530111333300000", "6200000000000005", "6250941006528599",
    }
)  # fmt: skip
# The tail of a longer dashed code with a letter prefix (``AMZ-114-3920485-7716032``, an
# order number): digits there that pass a card's Luhn check are no card.
_CODE_CHAIN_BEFORE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2,}[-_](?:[0-9]+[-_])+$")
# A segment of a product, model or tracking code glued on by ``-``, ``_`` or ``/`` right
# before a phone-shaped run (``NB-0912-335-678``, ``SKU/6222 8888``), unless it is a phone
# word (``HP-0912 345 678``, ``Tel/6222 8888``).
_MOBILE_IN_LINK = re.compile(r"601|65[89]|852[4-9]|861[3-9]")
_PHONE_WORD = re.compile(
    r"(?:tel|hp|ph|mob|mobile|phone|cell|fax|wa|whatsapp|sms|call|line|no|num|contact)[-_/]$",
    re.IGNORECASE,
)
# Digits and a dot around an IPv4 match: a longer dotted run (an OID ``1.3.6.1.4.1.311``, a
# build number ``10.2.35.8841.7``, a firmware string ``HyperOS 1.0.10.0.UNCMIXM``), not an
# address.
_DOTTED_BEFORE = re.compile(r"[0-9A-Za-z]\.$")
_DOTTED_AFTER = re.compile(r"\.[0-9A-Za-z]")
# A version word right before it: four dotted numbers after ``firmware``, ``build`` or
# ``version`` are a release (``firmware 1.13.0.0``), not a host.
_VERSION_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:version|ver\.?|v|firmware|fw|build|release|bios|driver|patch|sdk|"
    r"kernel|rom|app|apk|package|browser)\s*[:=#]?\s*v?$"
    # (or an EXIF tag's version: ``Bad GPSVersionID (2.2.0.0)``)
    r"|(?i:versionid)\s*[:=(]?\s*$"
    # (or a rule's numbered article or clause: ``FIDE Laws of Chess Article 11.3.2.1``)
    r"|(?i:\b(?:article|art\.|section|sec\.|clause|rule|para(?:graph)?|perkara|seksyen|fasal))\s*$"
    # (or what it was upgraded to: ``firmware upgrade to 6.5.4.1``)
    r"|(?i:firmware|software|os|version)\s+(?:upgrade|update|upgraded|updated)\s+to\s*$"
    # (or an attribute named for a version, its value quoted: ``creationtoolversion="17.0.2.15"``)
    r"|[A-Za-z_]*version\s*=\s*[\"']$"
    # (or a client's or a server's product in a protocol header, its version after it:
    # ``User-Agent: Yealink SIP-T54W 96.86.0.70``)
    r"|\b(?:user-agent|server|x-mailer)\s*:[^|\n]{0,40}[A-Za-z][\w/.-]*[ /]$"
    # (or its version in Chinese: 版本 7.1.0.2, 版本号：)
    r"|版本[号號]?\s*[:：]?\s*v?$"
    # (or a product's name run together in capitals: ``ToDesk 4.7.2.3``, ``AnyDesk``)
    r"|(?<![A-Za-z])(?-i:[A-Z][a-z]+[A-Z][A-Za-z]+)\s$",
    re.IGNORECASE,
)
# A grant's, a contract's or a project's number (``grant No. 62276143``): no phone.
_REFERENCE_BEFORE = re.compile(
    # (and a software build's: ``(build 2026120301)``)
    r"(?<![A-Za-z])(?:grant|award|contract|project|fund|funding|tender|docket|patent|build)"
    r"\s*(?:no\.?|number|num\.?|#|ref\.?)?\s*[:：]?\s*$",
    re.IGNORECASE,
)


_NON_DIGIT = re.compile(r"\D")
# A date written YYYYMMDD and a serial after it: no phone number.
_DATE_STAMPED_SERIAL = re.compile(
    r"(?:199\d|20[0-3]\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[-_]\d{1,4}"
)
_PLATFORM_ACCOUNT_BEFORE = re.compile(
    r"(?:广告|廣告|推广|推廣|投放|游戏|遊戲)(?:账户|账号|帳戶|帳號)\s*[（(]?\s*(?i:id)?\s*[:：]?\s*$"
    r"|(?i:\b(?:ad|ads|advertiser|advertising|game) account(?: id)?\s*[:#]?\s*)$"
)
_MORE_DIGITS_AFTER = re.compile(r"[ -]?\d")
_PUBLIC_BUS_PLATE = re.compile(r"(?:SBS|SMB|SG)[ -]?[1-9][0-9]{0,3}[ -]?[A-Z]")
_PADDED = re.compile(r"(\d)\1{9}")


# The words joined to a number in a user name or a file name (``amirul.hakim_``).
_HANDLE_WORDS_BEFORE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]+(?:[._-][A-Za-z]+)*)[._-]$")


def _named_handle_before(text: str, start: int) -> bool:
    """Whether the number at ``start`` is joined to a person's given name, as a user name or a
    file name joins them (``amirul.hakim_0176653920``): somebody's own number, no code."""
    m = _HANDLE_WORDS_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    # (the words maybe run together in camel case: ``ChenMeiYu_0933681247``)
    words = [w.capitalize() for w in _HANDLE_WORD_SPLIT.split(m.group(1)) if w]
    return any(w in GIVEN_NAMES_SET for w in words) or (
        len(words) >= 2 and words[0] in SEA_CHINESE_SURNAME_SET
    )


_HANDLE_WORD_SPLIT = re.compile(r"[._-]|(?<=[a-z])(?=[A-Z])")


# A threat report's words: its addresses are an attacker's servers, a mail server's or a
# sinkhole's (``IOCs: 185.220.101.47 (C2)``, ``exfil to 45.88.67.201``, ``DMARC aggregate``)
# -- unless somebody speaks of their own (``my home IP got blocklisted``).
_THREAT_INTEL = re.compile(
    r"\b(?:IOCs?|C2|C&C|DMARC|(?i:exfil(?:tration)?|botnet|malware|blocklist(?:ed)?|"
    r"indicators? of compromise|command[- ]and[- ]control))\b"
)


def regrouped_reference(text: str, entity_type: str, start: int, end: int) -> bool:
    """Whether an identity number's finding was, as written, a reference's, an account's or
    a booking's: a MyKad's digits grouped otherwise than the card's 6-2-4 after a
    reference's or an account's label (``Nombor rujukan aduan TNB: 2603-1410-5237``,
    ``current account 501-123456-001``), an HKID's shape with a dash or a space in it after a
    booking's label (``预约单 BK-1206-014``), a Taiwan id's shape written as a letter, a year
    and a serial (``R-2026-00318``).  Called with the text as written (normalising regroups
    the digits)."""
    if entity_type == "HK_HKID":
        # (an HKID's shape with a dash or a space in it, after a booking's or an order's
        # label: ``预约单 BK-1206-014``, ``ref=BK-7740012``)
        # (or the first or the last of a range of such numbers, ``M115-0001 至 M115-0160``,
        # or a decimal's whole part, ``JD 2461412.6458``, or a quotation's or a form's
        # letter, year and serial, ``Q-2027-018``)
        return (
            (
                _SPLIT_DIGITS.search(text, start, end) is not None
                and (
                    _BOOKING_LABEL_BEFORE.search(text, max(0, start - 12), start) is not None
                    or _RANGE_AFTER.match(text, end) is not None
                    or _RANGE_BEFORE.search(text, max(0, start - 16), start) is not None
                )
            )
            or _DECIMAL_AFTER.match(text, end) is not None
            or _LETTER_YEAR_SERIAL.fullmatch(text, start, end) is not None
            # (or one of a list of codes of its shape: ``KC-24-08790;KC-24-08791``)
            or (
                _LETTERS_YY_SERIAL.fullmatch(text, start, end) is not None
                and _SAME_SHAPE_SIBLING_AFTER.match(text, end) is not None
            )
        )
    if entity_type == "TW_NATIONAL_ID":
        # (a receipt's or a form's letter, year and serial: ``R-2026-00318``)
        return _LETTER_YEAR_SERIAL.fullmatch(text, start, end) is not None
    return (
        entity_type == "MY_MYKAD"
        and text[start : start + 1].isdigit()
        and CARD_GROUPS.fullmatch(text, start, end) is None
        and REFERENCE_OR_ACCOUNT_BEFORE.search(text, max(0, start - 48), start) is not None
    )


_SPLIT_DIGITS = re.compile(r"[A-Z\d][-\s]\d")
# Another number of the same shape after a range's word (``至``, ``to``, ``~``), or before.
_RANGE_AFTER = re.compile(r"\s*(?:至|到|~|～|(?i:to|until|hingga))\s*[A-Z]{1,2}\d{3}[-\s]\d{3,4}\b")
_RANGE_BEFORE = re.compile(
    r"\b[A-Z]{1,2}\d{3}[-\s]\d{3,4}\s*(?:至|到|~|～|(?i:to|until|hingga))\s*$"
)
_DECIMAL_AFTER = re.compile(r"\.\d")
# (or two letters: a credit note's ``CN-2026-044``)
_LETTER_YEAR_SERIAL = re.compile(r"[A-Z]{1,2}-(?:19|20)\d{2}-\d{3,5}")
_LETTERS_YY_SERIAL = re.compile(r"[A-Z]{1,2}-\d{2}-\d{3,5}")
_SAME_SHAPE_SIBLING_AFTER = re.compile(r"\s*[;,/|]\s*[A-Z]{1,2}-\d{2}-\d{3,5}(?![0-9A-Za-z])")
_BOOKING_LABEL_BEFORE = re.compile(
    r"(?:预约单|預約單|订单|訂單|单号|單號|编号|編號|(?i:booking|order|ref\.?|"
    # (or a bare ``No.``, but not an identity card's: ``Laporan kerja No. KJ-2410-077``, not
    # ``HKID no. A-123456(7)``)
    r"(?<!hkid )(?<!id )(?<!ic )(?<!card )(?<!證 )(?<!证 )no\.?))\s*[:：#=]?\s*$"
)


# A booking's contact request before a traveller's number or e-mail (``SSR CTCM MH HK1/``).
_SSR_CONTACT_BEFORE = re.compile(r"\bCTC[MHBPE]\b[^\n]{0,18}$")


# An e-mail's label right before it in a business's contact list: an enquiries label
# (``Enquiries: training@…``, ``Queries about this SOP: … cru@…``) ...
_ENQUIRY_MAILBOX_BEFORE = re.compile(
    r"(?i:\b(?:enquiries|enquiry|inquiries|queries|pertanyaan)\b[^:：\n]{0,60}[:：]\s*)$"
    r"|(?:查询|查詢|咨询|諮詢|答疑)(?:邮箱|郵箱|电邮|電郵)\s*[:：]?\s*$"
    # (or a desk's own label in Chinese: 各社康中心统一咨询邮箱skshk@…, 客服邮箱, 商务合作 bd@…)
    r"|(?:客服|投诉|投訴|投稿|商务合作|商務合作|官方|统一|統一|公共|招聘|合作)(?:邮箱|郵箱|电邮|電郵)?\s*[:：]?\s*$"
    # (or a department's name in quotes, as an office device's address book lists it:
    # 「總務處」 soa@…)
    r"|「[^」\n]{1,8}(?:處|处|部|室|組|组|課|课|科|中心)」\s*$"
)
# ... or after the business's service line (``热线 +65 6338 4127，邮箱 tours@…``,
# ``答疑电话：010-6915 8872（工作日8:30-17:00），邮箱 crf-help@…``).
_LISTED_MAILBOX_LABEL = r"(?:(?i:e-?mail|e-mel)|邮箱|郵箱|电邮|電郵)"


# A label the recognizer glued on before a mailbox's local part (``报名邮箱zhaopin@``,
# ``各社康中心统一咨询邮箱skshk@``, a chat export's ``|finance-ap@``).
_GLUED_LABEL = re.compile(r"^.*[\u3400-\u9fff\uff1a:\s|<]")


def _service_listed_mailbox(text: str, start: int, end: int) -> bool:
    """An organisation's mailbox by its place in a contact list (not at a mail provider)."""
    if _PERSONAL_MAIL_DOMAIN.search(text, start, end):
        return False
    # (past a label the recognizer glued on: 各社康中心统一咨询邮箱skshk@…)
    if glued := _GLUED_LABEL.match(text[start:end].split("@", 1)[0]):
        start += glued.end()
    lo = max(0, start - 140)
    return bool(
        _ENQUIRY_MAILBOX_BEFORE.search(text, lo, start)
        or _listed_after_service_line(text, start, _LISTED_MAILBOX_LABEL)
    )


_OCR_MARKUP = re.compile(
    r"\bbbox(?:\s+\d{1,5}){4}(?:\s*;\s*x_wconf\s+\d{1,3})?"
    r"|\b(?:id|class|name|content)=\"(?:ocr[a-z_]*|line|word|par|block|carea|page)[\w.-]*\""
    r"|\bocrx?_[a-z_]+\b"
)


def _ssr_decoded(address: str) -> str:
    """An e-mail as a booking's contact request encodes it (``SALES..DESK//X.COM``) in its
    usual spelling (``SALES_DESK@X.COM``); any other address as it is."""
    if "@" in address or "//" not in address:
        return address
    return address.replace("//", "@").replace("..", "_").replace("./", "-")


def keep_finding(text: str, entity_type: str, start: int, end: int) -> bool:
    """Whether a finding of ``entity_type`` at ``text[start:end]`` should be reported."""
    if regrouped_reference(text, entity_type, start, end):
        return False
    # (an OCR engine's markup: a word's box coordinates, ``title="bbox 402 980 448 1022"``,
    # or an element's id or class, ``id="line_3_9"``, ``ocrx_word``)
    # (searched only in a text holding one of the markup's marks: this runs for every
    # finding)
    # (a merchant's name inside its payment QR's payload: ``…5916WEE NAM KEE RICE6009…``)
    if (
        entity_type in ("PERSON", "ZH_PERSON")
        and "000201" in text
        and any(
            m.start() <= start and end <= m.end() and merchant_payload(m.group(0))
            for m in EMV_QR_PAYLOAD.finditer(text)
        )
    ):
        return False
    if ("bbox" in text or "ocr" in text or '="' in text) and any(
        m.start() <= start and end <= m.end()
        for m in _OCR_MARKUP.finditer(text, max(0, start - 80), min(len(text), end + 80))
    ):
        return False
    if (
        entity_type == "IP_ADDRESS"
        and (
            (_THREAT_INTEL.search(text) and not _OWNER_BEFORE.search(text))
            or _DOTTED_BEFORE.search(text[max(0, start - 2) : start])
            or _DOTTED_AFTER.match(text, end)
            # (an X.500 attribute's OID in a certificate's subject: ``2.5.4.3=Contract Seal``)
            or text.startswith("=", end)
            or _VERSION_BEFORE.search(text[max(0, start - 64) : start])
            or _mail_server_ip(text, start, end)
            or _ROUTER_BEFORE.search(text, max(0, start - 24), start)
            or _SERVER_IP_BEFORE.search(text, max(0, start - 24), start)
            # (not one's own server: ``my NAS at 175.139.44.10:443``)
            or (_SERVICE_PORT_AFTER.match(text, end) and not _OWNER_BEFORE.search(text))
        )
    ):
        return False
    if entity_type in PHONE_ENTITIES:
        # (digits of an IBAN: ``ES91 2100 0418 4502 0005 1332`` holds no landline)
        if any(
            m.start() <= start and end <= m.end()
            for m in _IBAN_RUN.finditer(text, max(0, start - 40), min(len(text), end + 40))
        ):
            return False
        before = text[max(0, start - 12) : start]
        if (
            CODE_SEGMENT_BEFORE.search(before)
            and not _PHONE_WORD.search(before)
            # (a WhatsApp link to a mobile, ``wa.me/60127739405``, is somebody's chat; a
            # business's landline behind one is the business's)
            and not (before.endswith("wa.me/") and _MOBILE_IN_LINK.match(text, start))
            and not _named_handle_before(text, start)
            # (nor a traveller's number in a booking's contact request: ``SSR CTCM MH HK1/6012…``)
            and not _SSR_CONTACT_BEFORE.search(text, max(0, start - 24), start)
        ):
            return False
        if _REFERENCE_BEFORE.search(text[max(0, start - 24) : start]):
            return False
        # (a Hong Kong business registration number's first eight digits: ``61829473-000-08-24-5``)
        if _BUSINESS_REGISTRATION_TAIL.match(text, end):
            return False
        # (an ISBN's digits: ``ISBN 978-0984782857``)
        if _ISBN_BEFORE.search(text, max(0, start - 16), start):
            return False
        # (a date stamp and a serial, an incident's or a batch's number: ``PagerDuty incident
        # P-20261128-03``)
        if _DATE_STAMPED_SERIAL.fullmatch(text, start, end):
            return False
    if entity_type in _NAME_ENTITIES and _is_organisation(text, start, end):
        return False
    # (a figure of the past with the years of their life: 吴昌硕（1844-1927）篆书)
    if entity_type == "ZH_PERSON" and (
        LIFE_YEARS_AFTER.match(text, end)
        or _foreign_original_after(text, start, end)
        # (maybe after a courtesy title: 錢穆先生（1895—1990）手稿)
        or (text.startswith(("先生", "女士"), end) and LIFE_YEARS_AFTER.match(text, end + 2))
    ):
        return False
    # A meeting room system's address (``Join by SIP: 85301924471@zoomcrc.com``, ``Join by
    # H.323: 162.255.37.11``): the meeting service's.
    if entity_type in ("EMAIL_ADDRESS", "IP_ADDRESS") and _ROOM_SYSTEM_BEFORE.search(
        text, max(0, start - 110), start
    ):
        return False
    if entity_type == "EMAIL_ADDRESS" and (
        _impersonal_mailbox(_ssr_decoded(text[start:end]))
        or _MESSAGE_ID_BEFORE.search(text, max(0, start - 40), start)
        # (a URL's user and password before its host: ``postgres://claims_app:changeme@db``)
        or _URL_USERINFO_BEFORE.search(text, max(0, start - 64), start) is not None
        or (
            _SIP_BEFORE.search(text, max(0, start - 6), start) is not None
            and _EXTENSION_USER.match(text, start) is not None
        )
        or (
            text.startswith("/", end)
            # (a booking's fields after the address it encodes: ``CTCE … HK1/A.B//C.COM/EN``)
            and not _SSR_CONTACT_BEFORE.search(text, max(0, start - 24), start)
        )
        or _unit_mailbox(text, start, end)
        or _role_display_name(text, start)
        or _famous_sender(text, start, end)
        or _organisation_display_name(text, start, end)
        or _initials_of_label(text, start)
        or _SHARED_MAILBOX_AFTER.match(text, end) is not None
        or _SHARED_MAILBOX_BEFORE.search(text, max(0, start - 24), start) is not None
        or _service_listed_mailbox(text, start, end)
    ):
        return False  # (a path after it: ``at github.com/example-lab/...`` is a URL)
    if _published_sample(text, entity_type, start, end):
        return False
    # A test account's handle (``"username": "testuser"``).
    if (
        entity_type == "SOCIAL_HANDLE"
        and (
            text[start:end].strip("@ ").lower() in _TEST_HANDLES
            # (or a code host's bot: ``Thanks @dependabot``, ``@renovate-bot``, ``@github-actions``)
            or _BOT_HANDLE.fullmatch(text[start:end].strip("@ "))
        )
    ):
        return False
    if entity_type in _CARD_ENTITIES and (
        _NON_DIGIT.sub("", text[start:end]) in _TEST_CARDS
        or _CODE_CHAIN_BEFORE.search(text[max(0, start - 24) : start])
        or not _issued_card_length(_NON_DIGIT.sub("", text[start:end]))
    ):
        return False
    # A line or an address in a text that gives a fax number too: an office's contact block
    # (``Tel: 09-466 2200 / Faks: 09-466 2201``, ``电话：... ｜传真：...``), nobody's own.
    if (
        (entity_type in PHONE_ENTITIES or entity_type in _ADDRESS_ENTITIES)
        and _FAX.search(text)
        and _TEL_LABEL.search(text)
        and not _PERSON_NEAR_LINE.search(text, max(0, start - 40), end + 40)
    ):
        return False
    if entity_type in PHONE_ENTITIES and _business_notice_line(text, start, end):
        return False
    # (a business's FAQ giving its own contact: ``Q: Who do I contact about my rights? A: The
    # DSRB Secretariat, tel +65 6471 3266``)
    if entity_type in _FAQ_CONTACT_ENTITIES and _faq_answer_contact(text, start):
        return False
    # ... and its address there (生产企业：…有限公司，统一社会信用代码…，地址：长沙市…), with
    # nobody in the text at all.
    if (
        entity_type in _ADDRESS_ENTITIES
        and _COMPANY_REGISTRATION.search(text)
        and not _PERSON_NEAR_REGISTERED_LINE.search(text)
        and not _PERSON_AT_ADDRESS_ZH.search(text)
    ):
        return False
    # An account in an organisation's name (``户名：Persatuan Hainan ...``, ``Account name:
    # Pertubuhan Tokong ...``): a body's, for its donations.
    # A plate offered at auction with its reserve price (``車牌「AA 8888」底價為$3,000``):
    # the licensing office's, not yet anybody's.
    if (
        entity_type in _PLATE_ENTITIES
        and _PLATE_AUCTION.search(text)
        and not _PERSON_NEAR_LINE.search(text)
    ):
        return False
    # A platform's account of an advertiser or a game, by its label (广告账户（ID：…）): no
    # bank's.
    if entity_type == "BANK_ACCOUNT" and _PLATFORM_ACCOUNT_BEFORE.search(
        text, max(0, start - 16), start
    ):
        return False
    # (a bank card's shape in such an account's number is still the body's account, and so
    # is a phone's shape inside a longer run of its digits: ``akaun Tabung Bencana Negeri,
    # Bank Islam 0301 8010 0123 45``; not a treasurer's mobile after the account)
    if (
        entity_type == "BANK_ACCOUNT"
        or entity_type in _CARD_ENTITIES
        or (entity_type in PHONE_ENTITIES and _MORE_DIGITS_AFTER.match(text, end))
    ) and (
        _ORG_ACCOUNT_NAME_AFTER.match(text, end)
        or _ORG_ACCOUNT_BEFORE.search(text, max(0, start - 80), start)
    ):
        return False
    if (entity_type in PHONE_ENTITIES or entity_type in _ADDRESS_ENTITIES) and (
        _organisation_vcard(text) or _organisation_resource(text)
    ):
        return False
    if (
        entity_type in PHONE_ENTITIES
        and (
            # (a line given with its hours: a business's, ``Tel 6293 4388 (24 hrs)``, ``(office
            # hours)``, ``（星期一至六 10am-7pm）``)
            _HOURS_AFTER.match(text, end)
            # (or an order placed on it, right after it: ``WhatsApp 5408 3391 落單``; not
            # somebody's, a comma between: ``祥叔嘅 WhatsApp 係 6724 1850，訂貨請…``)
            or _ORDER_RIGHT_AFTER.match(text, end)
            # (or with an extension the match took in: ``+60 3-8921 5000 ext. 2``)
            or (
                _EXTENSION_END.search(text, start, end)
                and not _OWNER_BEFORE.search(text, max(0, start - 40), start)
            )
            # (maybe in the brackets after its letters: ``1800-CALL-NEA (1800-2255 632)``)
            or _TOLL_FREE.fullmatch(value := text[start:end].strip().strip("()（） "))
            or _FICTIONAL_NANP.fullmatch(value)
            or _zeros_placeholder(value)
            or published_service_number(value)
            or _KEYWORD_TO_NUMBER_BEFORE.search(text, max(0, start - 40), start)
            or _PUBLIC_LINE_LABEL_ZH.search(text, max(0, start - 140), start)
            or _community_office_line(text, start)
            or _SERVICE_LINE_KEY.search(text, max(0, start - 40), start)
            # (or after its opening hours: ``Waktu operasi khidmat pelanggan 9 pagi hingga 6
            # petang, talian 03-...``; not somebody's own: ``my office hours``)
            or (
                _HOURS_BEFORE.search(text, max(0, start - 120), start) is not None
                and not _OWNER_BEFORE.search(text, max(0, start - 120), start)
            )
            or _fax_line(text, start, end)
            or _conference_dial_in(text, start, end)
        )
    ):
        return False
    if (entity_type in PHONE_ENTITIES or entity_type in _ID_ENTITIES) and (
        _asserted_literal(text, start, end) or _serial_range(text, start, end)
    ):
        return False
    if entity_type in _ADDRESS_ENTITIES and (
        _SAMPLE_PLACE.search(text[start:end])
        or (_SYNTHETIC_DATA.search(text) and not _OWNER_BEFORE.search(text))
        or _organisation_premises(text, start)
        or _ORG_ADDRESS_LABEL_ZH.search(text, max(0, start - 48), start)
        or _ORG_ADDRESS_LABEL_EN.search(text, max(0, start - 32), start)
        or _VENUE_BEFORE_ZH.search(text, max(0, start - 24), start)
        or _COMMERCIAL_BUILDING_EN_AFTER.search(text, start, min(len(text), end + 40))
        or _OFFICE_RECEPTION_AFTER.match(text, end)
        or _COMMERCIAL_BUILDING_EN_BEFORE.search(text, max(0, start - 60), start)
        # (a business's move: ``Butik Seri Kasih Bridal kini berpindah ke No. 7-1, …``)
        or (
            _MOVED_TO_BEFORE.search(text, max(0, start - 24), start) is not None
            and _BUSINESS_WORD.search(text, max(0, start - 100), start) is not None
            and not _OWNER_BEFORE.search(text, max(0, start - 100), start)
        )
        # (a shop's address in brackets after its name: 林記參茸海味（灣仔莊士敦道188號）)
        or _SHOP_NAME_BRACKET_BEFORE_ZH.search(text, max(0, start - 16), start) is not None
        or _EVENT_VENUE_BEFORE.search(text, max(0, start - 240), start)
        or (
            text.startswith("新址", start)
            and _RELOCATION_BEFORE_ZH.search(text, max(0, start - 30), start)
        )
        # (a body's move told in its history: 1967年遷至現址台北市中山區…)
        or _MOVED_TO_SITE_BEFORE_ZH.search(text, max(0, start - 8), start + 4) is not None
        or _PUBLIC_BUILDING_AFTER.match(text, end)
        or _famous_residence(text, start)
        or (
            _FIRM_POINTED_AFTER_ZH.match(text, end) is not None
            and not _PERSON_AT_ADDRESS_ZH.search(text)
        )
        or _WELL_KNOWN_ADDRESS_ZH.search(text, max(0, start - 8), end + 8)
        # (an event's place, a shop's or a depot's premises right after the address: 地點：灣仔
        # …修頓中心8樓 for a workshop, …大勇路 1 號 駁二藝術特區 C5 倉庫, …文三路 478 号 华星时代
        # 广场 1 楼门店)
        or (
            (
                (
                    _EVENT_PLACE_LABEL_ZH.search(text, max(0, start - 8), start + 6) is not None
                    and _EVENT_ZH.search(text) is not None
                )
                or _PREMISES_AFTER_ZH.match(text, end) is not None
                # (a shop's street-level unit on its own receipt: 收據 …官也街28號地下)
                or (
                    (
                        _GROUND_FLOOR_AFTER_ZH.match(text, end) is not None
                        or _SHOP_NAME_BEFORE_ZH.search(text, max(0, start - 6), start) is not None
                    )
                    and _RECEIPT_ZH.search(text) is not None
                )
            )
            and not _PERSON_AT_ADDRESS_ZH.search(text)
        )
        or _HEADQUARTERS_AT_START_ZH.match(text, start)
        # (a commercial or an industrial building's unit, nobody's home: 旺角花園街128號富運
        # 商業大廈12樓B室)
        or (
            # (the unit maybe just after the span: …鴻圖道 51 號地下 C 舖)
            _COMMERCIAL_BUILDING_ZH.search(text, start, min(len(text), end + 8)) is not None
            and not _PERSON_AT_ADDRESS_ZH.search(text)
        )
        # (an address given right after a body's name: 瑪麗醫院（Queen Mary Hospital）地址為...)
        or (
            _ADDRESS_IS_START_ZH.match(text, start) is not None
            and _BODY_BEFORE_ZH.search(text, max(0, start - 40), start) is not None
        )
        # (or its label right before the finding: …中心（南山店）预约电话 0755-…，地址：深圳市…)
        or (
            (label := _ADDRESS_LABEL_END_ZH.search(text, max(0, start - 8), start)) is not None
            and _BODY_BEFORE_ZH.search(text, max(0, label.start() - 60), label.start()) is not None
        )
        # (a count of households, not a flat: 登记家庭312户, 万达校区148户)
        or _HOUSEHOLD_COUNT_ZH.fullmatch(text, start, end) is not None
        or (
            (_PROMO_NOTICE_ZH.search(text) or _ENQUIRY_LINE_ZH.search(text))
            and not _PERSON_AT_ADDRESS_ZH.search(text)
        )
        or _factory_address(text, start, end)
        or _INSTITUTION_CELL_BEFORE_ZH.search(text, max(0, start - 48), start) is not None
        or _OUTLET_TABLE_HEADER.search(text, 0, start) is not None
        or _in_seller_element(text, start)
        or _SUPPLIER_LABEL_BEFORE.search(text, max(0, start - 40), start) is not None
        or _company_invoice_address_zh(text)
        or (_OFFICE_MOVE_ZH.search(text) is not None and not _PERSON_AT_ADDRESS_ZH.search(text))
        or (
            _OFFICE_MOVE_EN.search(text) is not None and _BUSINESS_VOICE_EN.search(text) is not None
        )
    ):
        return False
    # One digit over and over (``000-000000-000``): a blank in a form or a demo, nobody's;
    # a card number padded with one digit (``6212260000000000000``) was made up to fit.
    if entity_type in _ONE_DIGIT_BLANKS and len(set(_NON_DIGIT.sub("", text[start:end]))) == 1:
        return False
    if entity_type in _CARD_ENTITIES and _PADDED.search(_NON_DIGIT.sub("", text[start:end])):
        return False
    # A Singapore public bus's plate (``SBS3229P``, ``SMB 315C``, ``SG5127Z``): an operator's
    # fleet, nobody's car.
    if entity_type in _PLATE_ENTITIES and _PUBLIC_BUS_PLATE.fullmatch(text[start:end]):
        return False
    # ... or a body's own vehicle said so right after its plate (沪D·K2806，中心公务车).
    if entity_type in _PLATE_ENTITIES and (
        _FLEET_VEHICLE_AFTER.match(text, end)
        or _FLEET_VEHICLE_BEFORE.search(text, max(0, start - 20), start)
    ):
        return False
    # ... or a famous figure's car (``Mr Bean's Mini has the plate SLW 287R``).
    if entity_type in _PLATE_ENTITIES and _famous_owner(text, start):
        return False
    # (a toll-free line read as an account: ``Maybank 1-300-88-6688``)
    if entity_type == "BANK_ACCOUNT" and _TOLL_FREE.fullmatch(text[start:end].strip()):
        return False
    if entity_type == "PERSON":
        return keep_person(text, start, end)
    if (
        entity_type in PHONE_ENTITIES
        and (_QUANTITY_AFTER.match(text[end : end + 12]) or _ORDINAL_BEFORE.search(text[:start]))
        and not _CONTACT_BEFORE.search(text[max(0, start - 16) : start])
    ):
        return False
    if entity_type in PHONE_ENTITIES and (
        _SERVICE_NUMBER_BEFORE.search(text[max(0, start - _SERVICE_WINDOW) : start])
        or _OUR_UNIT_LINE_BEFORE.search(text, max(0, start - 40), start)
        or (
            (_OUR_LINE_AFTER.match(text, end) or _PUBLISHED_AFTER.match(text, end))
            and not _PERSON_NEAR_LINE.search(text[max(0, start - 40) : start])
        )
        or _premises_landline(text, start, end, entity_type)
        or _OUTLET_TABLE_HEADER.search(text, 0, start) is not None
        or _after_role_mailbox(text, start, end)
        or _in_message_template(text, start, end)
        or _business_whatsapp(text, start, end)
        or (_ORG_BRACKET_AFTER.match(text, end) is not None and _is_landline(text[start:end]))
    ):
        return False
    if entity_type == "PHONE_NUMBER" and _country_phone(text[start:end]):
        return False
    required = _REQUIRED_CONTEXT.get(entity_type)
    if required is not None:
        window = text[max(0, start - _CONTEXT_WINDOW) : end + _CONTEXT_WINDOW]
        return required.search(window) is not None
    return True


# A WhatsApp line ...
# (maybe with a note in brackets: ``WhatsApp (text only) 8028 4471``)
_WHATSAPP_RIGHT_BEFORE = re.compile(
    r"(?i:whatsapp)\s*(?:[(（][^()（）\n]{1,20}[)）])?\s*[:：]?\s*$"
)
# ... listed right after a business's service line (``Hotline 6744 2190 | WhatsApp +65
# 8011 2190``, ``客服熱線 (852) 2345 6000，WhatsApp 9108 2200``) ...
_SERVICE_LINE_WORDS_LISTED = re.compile(
    r"(?i:hotline|helpline|customer service|office line|talian pejabat|tel pejabat|appointments|"
    r"talian agensi|agency line)"
    r"|熱線|热线|客服|答疑电话|答疑電話|咨询电话|諮詢電話"
)
# (its number, maybe its hours, then the next item's label right before the value)
_LISTED_NUMBER = r"[^\n@]{0,60}?\d[\d\s()+.-]{5,18}\d[^\n@]{0,40}?"
_LISTED_WHATSAPP_LABEL = r"(?i:whatsapp)(?:\s*[(（][^()（）\n]{1,20}[)）])?"


@functools.cache
def _listed_number_then(label: str) -> re.Pattern[str]:
    return re.compile(_LISTED_NUMBER + "(?:" + label + r")\s*[:：]?\s*$")


def _listed_after_service_line(text: str, start: int, label: str) -> bool:
    """Whether the value at ``start`` comes, after ``label``, next in a contact list
    that a business's service line and its number open."""
    then = _listed_number_then(label)
    return any(
        then.match(text, m.end(), start)
        for m in _SERVICE_LINE_WORDS_LISTED.finditer(text, max(0, start - 140), start)
    )


# ... or saying what it is only for (``WhatsApp 5123 8800（只限公司查詢）``, ``WhatsApp
# 011-2345 8890 (urusan tempahan sahaja)``).
_WHATSAPP_ONLY_AFTER = re.compile(
    r"\s*[（(]\s*(?:只限|只供|只接受|僅限|仅限|只處理|只处理|"
    r"(?i:urusan|untuk urusan|for (?:bookings?|enquiries|orders?)|text only|messages? only|"
    r"bookings? only|orders? only))"
)


def _business_whatsapp(text: str, start: int, end: int) -> bool:
    """A business's WhatsApp line: listed after its service line, or said to be only for
    its bookings or enquiries, with nobody speaking of their own near it."""
    if not _WHATSAPP_RIGHT_BEFORE.search(text, max(0, start - 16), start):
        return False
    lo = max(0, start - 80)
    listed = _listed_after_service_line(text, start, _LISTED_WHATSAPP_LABEL)
    return (listed or _WHATSAPP_ONLY_AFTER.match(text, end) is not None) and not (
        _FIRST_PERSON_NEAR.search(text, lo, end + 40)
    )


# Premises of a business or body named before a number (``Bright Minds Learning Centre ...
# call 6258 3300``, ``the managing agent's office ... tel 6552 1180``) ...
# ... unless a person is named or addressed near it (a direct line is that person's).
# Somebody addressed or related: a title, a kin word, a tenant (shared by the checks of
# lines below).
_ADDRESSED_OR_RELATED = (
    r"his|her|personal|home|house|mr|mrs|ms|mdm|miss|dr|encik|puan|cik|tuan|uncle|auntie|"
    r"aunty|mum|mom|dad|wife|husband|son|daughter|friend|colleague|tenant|owner|resident"
)
_PERSON_NEAR_LINE = re.compile(
    # (not a web address's ``.my``)
    # (nor a business's WhatsApp for its bookings: ``WhatsApp bookings only``)
    r"(?<![A-Za-z.])(?:my|me|mine|i|i'm|hp|handphone|mobile|cell|"
    # (nor an office's or a shop's: ``WhatsApp pejabat: 011-…``)
    r"whatsapp(?!\s+(?:bookings?|enquiries|enquiry|orders?|business|pejabat|rasmi|kedai|"
    r"syarikat|kaunter|our|us|kami)\b)|wa|saya|"
    rf"{_ADDRESSED_OR_RELATED})"
    r"(?![A-Za-z])|我|他|她|先生|小姐|女士|太太|"
    # ... or an elder or a patient addressed by kin word (梁錦泉伯伯（電話 ...）).
    # (not 客户: a bank's own notice to its customers)
    r"伯伯|阿伯|阿姨|叔叔|婆婆|公公|爷爷|爺爺|奶奶|嫲嫲|阿婆|阿公|病人|患者|"
    r"朋友|同事|老公|老婆|丈夫|妻子|哥哥|姐姐|弟弟|妹妹|儿子|女儿|兒子|女兒|邻居|鄰居|同学|同學",
    re.IGNORECASE,
)
_PREMISES_WINDOW = 80
# Somebody near a line in a registered company's notice (its WhatsApp is no cue there).
_PERSON_NEAR_REGISTERED_LINE = re.compile(
    rf"(?i:(?<![.@])\b(?:{_ADDRESSED_OR_RELATED}|my|me|i|i'm|saya|aku|dia)\b)|我|先生|小姐|女士|太太"
)
# A business's own line by its kind, right before the number (``the agency WhatsApp``,
# ``the centre line``, ``clinic hotline``) -- even a WhatsApp line, if nobody speaks of
# their own.
_PREMISES_OWN_LINE = re.compile(
    r"(?i:\b(?:agency|centre|center|clinic|office|shop|store|company|school|branch|"
    # (a shelter's or a council's unit's: ``the shelter line``, ``animal control unit at``)
    r"management|hotel|restaurant|shelter|rescue|society|association|persatuan|council|"
    r"unit|department|dept|business|"
    # (a gallery's, a studio's or a salon's: ``WhatsApp the gallery line at +65 ...``)
    r"gallery|studio|salon|workshop|showroom|museum|library|boutique)(?:'s|’s)?\s+"
    # (maybe with what the line is for: ``Business WhatsApp for quotations:``)
    r"(?:(?:whatsapp|wa|line|hotline|number|no\.?|tel)(?:\s+for\s+\w+)?(?:\s+(?:at|on))?\s*[:：]?"
    r"|at|on)\s*"
    # ... or a support desk's (``For WhatsApp support save +65 ...``, ``customer care:``)
    r"|\b(?:whatsapp|wa|customer|technical|tech|live chat)\s+(?:support|service|care|helpdesk)"
    r"\b[^.\n\d]{0,16})$"
)
_OWN_LINE_WORD = re.compile(
    r"(?i:\b(?:line|hotline|whatsapp|wa|number|no\.?)(?:\s+(?:at|on))?\s*[:：]?\s*)$"
)
# Somebody addressed or related near a mobile (not the line's own words: WhatsApp, mobile).
_SOMEBODY_NEAR_LINE = re.compile(
    rf"(?<![A-Za-z.])(?:{_ADDRESSED_OR_RELATED}|ask for|call for|look for)(?![A-Za-z])",
    re.IGNORECASE,
)
# (not a web address's or a mailbox's ``.my``: ``khidmat@gajetklinik.com.my``)
_FIRST_PERSON_NEAR = re.compile(r"(?i:(?<![.@])\b(?:my|me|mine|i|i'm|saya|aku)\b)|我")
# ... or a line for bookings and enquiries (訂座電話, ``takes bookings on``, ``the general
# number for police enquiries``): a restaurant's, a hotel's or a body's desk.
_BOOKING_BEFORE = re.compile(
    # (and the police's appeal for witnesses: 警方呼籲目擊者致電)
    r"警方|调查人员|調查人員|"
    r"(?<![A-Za-z])(?:bookings?|reservations?|enquiries|inquiries|general (?:line|number)|"
    r"police|takeaway|take-away|careline|care line|hotline|helpline|call cent(?:re|er)|"
    r"talian rasmi|talian bantuan|talian kasih|talian aduan|meja bantuan|help ?desk)(?![A-Za-z])|订座|訂座|订位|訂位|订枱|訂枱|订台|外卖|外賣|"
    # (a school's admissions and enrolment lines: 招生咨询, 报名电话)
    r"招生|报名电话|報名電話|咨询电话|諮詢電話|"
    # (a hospital's desks: 急诊24小时电话, 门诊, 挂号)
    r"急诊|急診|门诊|門診|挂号|掛號|"
    # (a department's repair or duty line: 设备处维修电话, 值班电话)
    r"维修电话|維修電話|报修电话|報修電話|维修热线|值班电话|值班電話",
    re.IGNORECASE,
)


def _premises_landline(text: str, start: int, end: int, entity_type: str = "") -> bool:
    """A fixed line after a business's or body's premises, or any line right after its own
    kind (``the shelter line``), with nobody named or addressed nearby: the organisation's
    number."""
    before = text[max(0, start - 2 * _PREMISES_WINDOW) : start]
    # (the words around it are searched in place: a window cut mid-word would read the
    # ``ms`` of ``SMS`` as a title)
    lo, hi = max(0, start - _PREMISES_WINDOW), end + _PREMISES_WINDOW
    landline = entity_type == "CN_LANDLINE" or _is_landline(text[start:end])
    if (
        _PREMISES_OWN_LINE.search(before)
        and not _FIRST_PERSON_NEAR.search(text, lo, hi)
        # (a mobile, too, said to be the line, with nobody addressed near it: ``the
        # shelter line 012-318 4720``)
        and (
            landline
            or (_OWN_LINE_WORD.search(before) and not _SOMEBODY_NEAR_LINE.search(text, lo, hi))
        )
    ):
        return True  # ``the agency WhatsApp 6123 4567``, ``the centre line 6250 9988``
    if not landline:
        return False
    if (
        not PREMISES_BEFORE.search(before)
        and not _BOOKING_BEFORE.search(before)
        and not _OFFICE_HOURS_AFTER.match(text, end)
    ):
        return False
    return not _PERSON_NEAR_LINE.search(text, lo, hi)


# Office hours said after a fixed line (``talian 03-2610 3300 atau e-mel aduan@… dalam
# waktu pejabat``): an office's line, nobody's home.
_OFFICE_HOURS_AFTER = re.compile(
    # (a web or a mail address's dots are no sentence's end)
    r"(?:[^.!?。！？\n]|\.(?=\S)){0,80}?(?i:\b(?:dalam|pada|semasa|during)\s+"
    r"(?:waktu\s+(?:pejabat|operasi)|(?:office|business|opening|operating)\s+hours)\b)"
    # (or its hours in brackets right after it: ``0571-8796 3320（工作日9:00-18:00）``)
    r"|\s*[（(]\s*(?:工作日|周一|週一|星期一|每天|每日|(?i:mon|isnin|daily))[^）)\n]{0,24}?\d{1,2}[:：.]\d{2}"
)


# A business's message template (``SMS template TPL-0031 approved: '...Call 6786 1122'``,
# ``Reminder SMS template: "... {{time}} ... Call 6338 8118 to amend."``): the number
# in it is the sender's own line, sent to every customer.
_MESSAGE_TEMPLATE = re.compile(
    r"(?i:\b(?:sms|message|messaging|notification|reminder|reply|whatsapp|push|e-?mail)\s+"
    r"templates?\b)|短信模板|消息模板|通知模板|簡訊範本|短訊範本"
)


_CURLY_SLOT = re.compile(r"\{\{?\s*[a-z][a-z0-9_]*\s*\}\}?")


def _in_message_template(text: str, start: int, end: int) -> bool:
    """A number inside a business's message template, with nobody addressed near it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    # (or a line with a template's slots: ``Hi {first_name}, your session with {therapist}
    # is on {date} ... call 6251 8890``)
    if not _MESSAGE_TEMPLATE.search(text, line_start, start) and (
        len(_CURLY_SLOT.findall(text, line_start, line_end)) < 2
    ):
        return False
    # (searched in place: a window cut mid-word would read ``SMS`` as ``MS``)
    lo, hi = max(0, start - _PREMISES_WINDOW), end + _PREMISES_WINDOW
    return not (_SOMEBODY_NEAR_LINE.search(text, lo, hi) or _FIRST_PERSON_NEAR.search(text, lo, hi))


def _is_landline(value: str) -> bool:
    """Eight digits starting 2, 3 or 6 (Singapore and Hong Kong fixed lines) or a trunk
    ``0`` that is not a mobile's (``03-7844 3696``, ``09-466 2200``; not ``012-``,
    ``0912 345 678``)."""
    # (digits as spoken and written out: ``零二幺 六二三八 五五零零``)
    digits = _NON_DIGIT.sub("", value.translate(HAN_DIGITS))
    if value.lstrip().startswith(("+", "00")):
        digits = re.sub(r"^(?:00)?(?:65|852|853|60|86|886)", "", digits)
        if len(digits) >= 9 and digits[0] != "1":
            digits = "0" + digits
    if len(digits) == 8:
        return digits[0] in "236"
    # (``09-466 2200`` is a Malaysian east-coast line, ``0991-`` a Xinjiang one; ten
    # digits from 09 are a Taiwan mobile's)
    if len(digits) in (9, 11, 12) and digits[:2] == "09":
        return True
    return len(digits) >= 9 and digits[0] == "0" and digits[1] not in "19"


# An address right before a number (``contact procurement@agency.gov.sg or call ...``).
_MAILBOX_BEFORE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?=[^@.!?\n]{0,24}$)")


def _after_role_mailbox(text: str, start: int, end: int) -> bool:
    """A fixed line given right after an organisation's role mailbox, or right before one
    with "or" between, with nobody named or addressed in between: the organisation's line
    (``contact procurement@... or call``, ``ke 03-2162 7000 atau fraud@…``)."""
    if not _is_landline(text[start:end]):
        return False
    after = _OR_MAILBOX_AFTER.match(text, end)
    if after is not None and _impersonal_mailbox(after.group(1)):
        return True
    before = text[max(0, start - 80) : start]
    m = _MAILBOX_BEFORE.search(before)
    if not m or not _impersonal_mailbox(m.group(0)):
        return False
    return not _PERSON_NEAR_LINE.search(before[m.end() :])


# "Or" and a mailbox right after a line (``03-2178 8000 atau e-mel tuntutan.motor@…``).
_OR_MAILBOX_AFTER = re.compile(
    r"\s*,?\s*(?:or|atau|或)\s+(?:(?:e-?mail|e-?mel|email)\s*(?:us\s+)?(?:at\s+)?)?"
    r"([\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+)"
)


# A place's name opening a line or a sentence before an address (``Lazada One, 51 Bras
# Basah Road``): a listing of premises.
_NAMED_PLACE_BEFORE = re.compile(
    # (after a sentence's end, a bracket or an emoji: ``... 🔥 Kedai Mak Cik, Lot 12 ...``;
    # or after "at the": ``is at the Tanjong Pagar Community Club, Blk 101 ...``)
    # (or a body named "X of Y": ``Registry of Marriages, 7 Canning Rise``)
    # (or after a list's comma: ``10 for $6.50, Ji Xiang Confectionery, Blk 1 ...``)
    # (or after "located at": ``Bloodbank@HSA is located at Health Sciences Authority, 11 ...``)
    r"(?:^|[^\w\s'\"]\s*|\b(?:at|in) the |\blocated (?:at|in) )['\"]?"
    # (its words maybe joined by "and": ``Faculty of Arts and Social Sciences, 11 Arts Link``)
    r"([A-Z][\w&'’.-]*(?: (?:of |for |of the |and )?[A-Z0-9][\w&'’.-]*){0,4})['\"]?"
    # (maybe with its registration number: ``Bengkel Pak Din Auto Service (SA0321887-W), No. 7``)
    # (or its address's label: ``Registry of Marriages 地址：``, ``JPN Putrajaya address:``)
    # (or its registry's letters first: ``Seri Andaman Enterprise (SSM 202103145580), No. 22``)
    r"(?:\s*\((?:(?:SSM|ROC|ROB|UEN|BRN|Co\.? No\.?|Reg\.? No\.?)\s?)?(?=[A-Z0-9-]*\d)[A-Z0-9-]{6,16}\))?"
    # (or a dash: ``Legal Aid Bureau – 45 Maxwell Road``)
    r"(?:,|\s+[–—-]|\s+(?:is\s+)?(?:located\s+)?at|\s*@|(?:['’]s)?\s*(?i:address|alamat|地址)\s*[:：]?)"
    r"\s*['\"]?$"
)


# An organisation by its acronym right before an address (``visit CMPB at 3 Depot Road``).
# (or its address by its possessive: ``The PDPC's postal address on the form is ...``)
_FLEET_VEHICLE_AFTER = re.compile(
    # (not said to be none: ``沪A12345，不是公车``)
    r"[\s,，、（(]{0,3}(?:(?![不非])[\u4e00-\u9fff]){0,6}?(?:公务车|公務車|公车|公車|单位用车|單位用車|校车|校車|"
    r"救护车|救護車|警车|警車|班车|班車|消防车|消防車)"
)
# ... or before its plate (公司运营车辆（号牌 苏E·D0817）).
_FLEET_VEHICLE_BEFORE = re.compile(
    r"(?:公司|单位|單位|本站|本店|门店|門店)[\u4e00-\u9fff]{0,4}(?:车辆|車輛)\s*[（(]?\s*(?:号牌|號牌|车牌|車牌)?\s*[:：]?\s*$"
    # (or a tour's coach or a school's bus: 遊覽車車牌 KAA-2831（中興巴士）)
    r"|(?:遊覽車|游览车|旅遊巴|旅游巴|校車|校车|接駁車|接驳车|交通車|交通车)(?:车牌|車牌|號碼|号码)?\s*[:：]?\s*$"
)
_ACRONYM_ADDRESS_BEFORE = re.compile(
    r"(?<![\w&.-])[A-Z]{2,6}(?:\s+[A-Z][a-z]+)?['’]s\s+(?:[a-z]+\s+){0,2}address\b[^.;:]{0,40}?(?:\bis|:)\s*(?:\d{1,5}[A-Za-z]?\s+)?$"
)
_ACRONYM_AT_BEFORE = re.compile(
    r"(?<![\w&.-])[A-Z]{2,6}(?:\s+(?:is\s+)?(?:located\s+)?at|\s*@)\s*$"
    # (or a body written to by its acronym: ``Report ... to HSA, 11 Biopolis Way``)
    r"|\b(?:to|at|contact|visit|write to)\s+[A-Z]{2,6},\s*$"
    # (or a body by its acronym and town, then where it is: ``KJRI Hong Kong ada di 127-129
    # Leighton Road``)
    r"|(?<![\w&.-])(?-i:[A-Z]{2,6})(?:\s+[A-Z][a-z]+){0,2}\s+(?:ada di|terletak di|berada di|is located at)\s*$"
)


# An organisation's address by its label (供应商地址：, 注册地址：, 开标地点：), as tender
# notices and company registries give it.
_HEADQUARTERS_AT_ZH = (
    r"(?:总部|總部|办事处|辦事處|分行|门店|門店|馆址|館址|校址|会址|會址|院址)(?:已|现|現)?"
    r"(?:迁往|遷往|迁至|遷至|位于|位於|设于|設於|搬到)"
)
# (... or the tagger took the label into the address: ``總部已遷往將軍澳寶邑路61號``)
_HEADQUARTERS_AT_START_ZH = re.compile(_HEADQUARTERS_AT_ZH)
# A venue's name and the bracket opening its address (衛武營國家藝術文化中心音樂廳（高雄市
# 鳳山區三多一路1號）), or a shop's new address (搬遷公告：新址為台中市…).
_VENUE_BEFORE_ZH = re.compile(
    r"(?:中心|音樂廳|音乐厅|劇院|剧院|戲院|戏院|體育館|体育馆|博物館|博物馆|美術館|美术馆|文化館|文化馆|"
    r"大學|大学|醫院|医院|酒店|商場|商场|會館|会馆)\s*[（(]\s*$"
    r"|(?:搬遷|搬迁|遷址|迁址)[^。！？\n]{0,30}新址\s*(?:為|为|是|在)?\s*[:：]?\s*$"
)
# A commercial building's name after the address (``10 Anson Road #22-05, International
# Plaza``): an office, no home.
_COMMERCIAL_BUILDING_WORDS_EN = (
    r"Plaza|Building|Business Centre|Business Park|Tech Park|Industrial Park|Shopping Centre|"
    r"Shopping Mall|Mall|Complex|Square|Medical Centre|Medical Suites|Bizhub|Biz Hub|"
    r"Techplace|Techpark"
)
_COMMERCIAL_BUILDING_EN_AFTER = re.compile(
    # (maybe its unit first: ``101 Irrawaddy Road, #12-05 Royal Square @ Novena``)
    # (or its building right after the unit: ``21 Woodlands Close #07-33 Primz Bizhub``)
    rf"(?:,\s+(?:#\d{{1,2}}-\d{{1,4}}\s+)?|(?<=\d)\s+(?=[A-Z][\w'&-]*\s+[A-Z]))"
    rf"(?:[A-Z][\w'&-]*\s+){{0,3}}(?:{_COMMERCIAL_BUILDING_WORDS_EN})\b"
)
# ... or an office floor's reception after it (``1 Raffles Place Level 22 reception``).
_OFFICE_RECEPTION_AFTER = re.compile(
    r"\s*,?\s*(?i:level|lvl|floor)\s?\d{1,2}\s+(?i:reception|lobby|front desk|main office)\b"
)
# ... or before it (``at International Plaza, 10 Anson Road``, ``Gillman Barracks, 9 Lock
# Road``).
_COMMERCIAL_BUILDING_EN_BEFORE = re.compile(
    r"(?:^|\bat\s+|[,;:.]\s+)(?:[A-Z][\w'&-]*\s+){1,3}"
    # (or a public pool or a sports or community centre: ``Kowloon Park Swimming Pool, 22
    # Austin Road``)
    rf"(?:{_COMMERCIAL_BUILDING_WORDS_EN}|Barracks|Arcade|Swimming Pool|Sports Centre|"
    r"Sports Complex|Community Centre|Community Club)\s*,\s*$"
)


def _business_notice_line(text: str, start: int, end: int) -> bool:
    """A line in a business's own notice, with nobody named or addressed near it: one that
    gives its company's registration number (``WhatsApp 011-2345 8890 untuk temujanji; No.
    Pendaftaran Syarikat 202301045678 (1530412-K)``), a notice of its own office (``NOTICE:
    Our Toa Payoh office will be closed … WhatsApp +65 8123 4400``), or a review of the
    business's line (``The agency … their WhatsApp line (+65 8123 4400)``)."""
    return bool(
        (
            _COMPANY_REGISTRATION.search(text)
            or (_NOTICE_START.match(text) and _OUR_PREMISES.search(text))
            # (or a notice opening in an institution's own voice: 本中心將於12月24日至26日
            # 暫停…，已預約人士請致電2712 3388改期)
            or _OWN_VOICE_START_ZH.match(text)
            or (
                _THEIR_LINE_BEFORE.search(text, max(0, start - 24), start)
                and _BUSINESS_WORD.search(text)
            )
        )
        and not _PERSON_NEAR_REGISTERED_LINE.search(text, max(0, start - 40), end + 40)
    )


# A FAQ: one question, asked the way customers ask a business (``Who do I contact ...?``,
# ``Bolehkah ibu bapa melawat ...?``, 如何联系客服？), about reaching, finding or paying it,
# then its answer.
# A body speaking of itself in Chinese (本店, 本公司, 本中心, 本押 …).
_OWN_BODY_ZH = r"本(?:中心|店|公司|院|所|會|会|館|馆|校|行|舖|铺|處|处|宮|宫|押)"
_FAQ_PAIR = re.compile(
    r"\s*(?:Q|S|問|问)\s*[:：]\s*"
    r"(?P<q>(?i:who|how|where|what|when|which|can|could|may|do|does|is|are|will|should|"
    r"bolehkah|boleh|bagaimana|macam mana|camne|di ?mana(?:kah)?|siapa|adakah|ada|apakah|bila|"
    r"berapa)\b[^\n?？]{2,160}[?？]|[^\n?？]{2,80}[?？])"
    r"\s*(?:A|J|答)\s*[:：]"
)
_FAQ_CONTACT_QUESTION = re.compile(
    r"(?i:\b(?:contact|reach|call|phone|e-?mail|write to|escalate|complain|report|book|"
    r"reschedule|renew|pay|send|submit|drop off|pick up|collect|park|visit|located|location|"
    r"hotline|helpline|address|where|whatsapp|enquir\w*|inquir\w*|register|sign up|apply|"
    r"appeal|refund|hubungi|talian|tempah|bayar|lawat|melawat|alamat|lokasi|daftar|aduan|"
    r"mengadu|pertanyaan|e-?mel|donate|donation|derma|sumbangan)\b)"
    r"|联系|聯絡|联络|聯繫|客服|地址|在哪|喺邊|邊度|哪裡|哪里|预约|預約|报名|報名|缴费|繳費|付款|"
    r"投诉|投訴|电话|電話|电邮|電郵|邮箱|郵箱|查詢|查询|请假|請假|通知|號碼|号码|找谁|找誰|搵邊個|"
    r"捐款|捐赠|捐贈|汇款|匯款|转账|轉賬|轉帳"
)
# ... or any question answered in the business's own voice (``Q: What if baby arrives at
# 3am? A: Our courier desk runs 24/7 on +65 …``; not ``our son``).
_FAQ_OWN_VOICE = re.compile(
    r"(?i:\b(?:our|we)\b(?!\s+(?:son|daughter|child|children|kids?|baby|mum|mom|dad|parents?|"
    r"family|wife|husband|neighbou?rs?|friends?|maid|helper|home|house|flat)\b)|\bkami\b)"
    r"|我们|我們|" + _OWN_BODY_ZH
)
# ... not one asking an assistant about one's own or a relative's data (``whats my address
# again?``, ``apa nombor abang saya``, 我上次给你的收货地址是啥？), nor an answer naming or
# speaking as a person (``You saved it as Mr Krishnan Raj``, 收件人刘思雨, ``A: My number``).
_FAQ_ASKS_OWN_DATA = re.compile(
    r"(?i:\bmy\s+(?:[\w-]+\s+)?(?:address|number|phone|mobile|ic|nric|fin|account|mum|mom|"
    r"mother|dad|father|wife|husband|son|daughter|boss|helper|brother|sister)\b|\bagain\b|"
    r"\bremind\b|\bsaya lupa\b|\bingatkan\b|\b(?:abang|kakak|adik|isteri|suami|anak|ibu|"
    r"bapa|ayah|emak|mak)\s+saya\b|\bstate your\b|\byour (?:full )?name\b|"
    # (nor where somebody lives: ``Where does the bride's family stay?``)
    r"\b(?:live|lives|living|stay|stays|staying|home|house|flat|rumah|tinggal)\b)"
    r"|我(?:的|上次|之前|老公|老婆|女儿|女兒|儿子|兒子|爸|妈|媽|家|先生|太太)|帮我查|幫我查|你的|"
    r"住在|住喺|住哪|住邊|屋企|家住"
)
_FAQ_PERSON_IN_ANSWER = re.compile(
    r"\b(?:Mr|Mrs|Ms|Mdm|Madam|Miss|Dr|Encik|En|Puan|Pn|Cik|Tuan|Datin|Dato'?|Datuk)\.?\s+[A-Z]"
    r"|\b(?:I|I'm|[Mm]y|[Mm]e)\b"
    r"|(?i:\b(?:saya|aku|atas nama|you saved|you said|your saved|according to your)\b)"
    r"|[\u4e00-\u9fff](?:先生|女士|小姐|太太|生)|收件人|联系人|聯絡人|家属|家屬|您上次|您之前|您登记|您登記|"
    r"我(?!们|們)"
)
_FAQ_CONTACT_ENTITIES = PHONE_ENTITIES | {
    "ADDRESS",
    "ZH_ADDRESS",
    "LOCATION",
    "EMAIL_ADDRESS",
    "BANK_ACCOUNT",
    "SOCIAL_HANDLE",
}


def _faq_answer_contact(text: str, start: int) -> bool:
    """A value in a FAQ's answer about reaching, finding or paying the business, with no
    person named or speaking in it: the business's own."""
    faq = _FAQ_PAIR.match(text)
    return bool(
        faq
        and start >= faq.end()
        and (_FAQ_CONTACT_QUESTION.search(faq.group("q")) or _FAQ_OWN_VOICE.search(text, faq.end()))
        and not _FAQ_ASKS_OWN_DATA.search(faq.group("q"))
        and not _FAQ_PERSON_IN_ANSWER.search(text, faq.end(), start)
    )


_OWN_VOICE_START_ZH = re.compile(
    r"\s*(?:【[^】\n]{1,12}】\s*)?"
    + _OWN_BODY_ZH
    + r"(?:將|将|已|於|于|由|自|即日|現|现|暫停|暂停|謹|谨|特此|誠|诚)"
)
_NOTICE_START = re.compile(r"\s*(?:(?i:notice|notis|pengumuman|announcement)\b|公告|通告|告示)")
_OUR_PREMISES = re.compile(
    r"(?i:\bour\s+(?:[\w-]+\s+){0,4}(?:office|shop|store|outlet|clinic|cent(?:re|er)|branch|"
    r"showroom|studio|agency)\b|\b(?:pejabat|kedai|cawangan|klinik) kami\b)"
)
_THEIR_LINE_BEFORE = re.compile(
    r"(?i:\btheir\s+(?:whatsapp|office|hotline|customer service|booking)(?:\s+(?:line|number|no\.?))?)"
    r"\s*[(:：]?\s*$"
)
_MOVED_TO_BEFORE = re.compile(
    r"(?i:\b(?:berpindah|pindah|moved|moving|relocated|relocating|relocates|moves)\s+(?:ke|to))\s*[:：]?\s*$"
)
_BUSINESS_WORD = re.compile(
    r"(?i:\b(?:butik|kedai|klinik|studio|sdn\.? bhd|restoran|salon|salun|pusat|syarikat|galeri|"
    r"bengkel|shop|store|clinic|office|outlet|branch|boutique|caf[eé]|restaurant|bakery|"
    r"bridal|enterprise|trading|agency|agensi|pawn|pawnshop|pajak gadai)\b)"
)
_SHOP_NAME_BRACKET_BEFORE_ZH = re.compile(
    r"(?:記|记|海味|參茸|参茸|藥行|药行|餅家|饼家|茶樓|茶楼|酒家|藥房|药房|"
    # (or a temple's or a body's: 台北霞海城隍廟（迪化街一段61號）)
    r"廟|庙|宮|宫|寺|教會|教会|醫院|医院|學校|学校|公司|中心)[\u4e00-\u9fff]{0,6}[（(]\s*$"
)
# ... or a shop's name right before the address on its own receipt (收據 …｜咀香園餅家 澳門…)
_SHOP_NAME_BEFORE_ZH = re.compile(
    r"(?:餅家|饼家|茶樓|茶楼|酒家|海味|藥房|药房|藥行|药行|麵家|面家|茶餐廳|茶餐厅|士多|商行)\s*$"
)
# An event's venue by its name before the address (``will be held at SMU Connexion, 40
# Stamford Road``).
_EVENT_VENUE_BEFORE = re.compile(
    r"(?i:\b(?:held at|takes place at|will be at|venue\s*[:：]))\s+"
    r"(?:[A-Z][\w'&@.-]*\s*){1,5},\s*$"
    # (or a company's meeting's time and place in a gazette notice: ``Notice of Final
    # Meeting: ... 3.00 p.m. on 22 April 2025 at 1 Raffles Place``)
    r"|(?i:\bmeeting\b)[^\n]{0,160}\b\d{1,2}[.:]\d{2}\s*[ap]\.?m\.?[^\n]{0,40}\bat\s+$"
    # (or a talk's day and hour: ``a free first-aid talk … every last Saturday, 10am, at 112``)
    r"|(?i:\b(?:talk|workshop|seminar|class|session|briefing|open house|webinar)\b)[^\n]{0,80}"
    r"\b\d{1,2}(?:[.:]\d{2})?\s?[ap]\.?m\.?,?\s+at\s+$"
    # (or its opening days and hours: ``Walk-in hearing screening Mon to Fri 10am-5pm at
    # Blk 201 …``)
    r"|(?i:\b(?:mon|tue|wed|thu|fri|sat|sun)\w*\s*(?:to|-|–)\s*(?:mon|tue|wed|thu|fri|sat|sun)"
    r"\w*,?\s+\d{1,2}(?:[.:]\d{2})?\s?[ap]\.?m\.?\s?(?:-|–|to)\s?\d{1,2}(?:[.:]\d{2})?\s?[ap]\.?m\.?,?\s+at\s+)$"
    # (or a school's or a centre's open day, also in Malay: ``Hari Terbuka Taska Seri Nilai
    # … di Lot 2-1, Jalan …``)
    r"|(?i:\b(?:hari terbuka|open day)\s+(?:taska|tadika|taski|sekolah|kolej|universiti|pusat|"
    r"kindergarten|preschool|school|college|academy|centre|center)\b)[^\n]{0,160}\b(?:di|at)\s+$"
)
_MOVED_TO_SITE_BEFORE_ZH = re.compile(r"(?:遷至|迁至|遷往|迁往|搬至|搬到)(?:現址|现址|新址)")
_RELOCATION_BEFORE_ZH = re.compile(r"(?:搬遷|搬迁|遷址|迁址)[^。！？\n]{0,28}$")
# ... and in English and Malay (``Alamat ladang: Lot 2217, …``, ``Shop address: …``).
_PREMISES_KIND_EN = (
    r"ladang|kedai|syarikat|pejabat|kilang|gudang|premis|bengkel|butik|klinik|farm|shop|"
    r"office|factory|warehouse|company|showroom|store|outlet|clinic|business|workshop|"
    # (a temple's, a church's or a mosque's: ``Alamat tokong: 88, Lebuh Pitt``)
    r"tokong|kuil|gereja|masjid|surau|temple|church|mosque|agensi|agency"
)
_ORG_ADDRESS_LABEL_EN = re.compile(
    rf"(?i:\b(?:alamat|address)\s+(?:{_PREMISES_KIND_EN})|\b(?:{_PREMISES_KIND_EN})\s+address)"
    # (maybe past the house number, which the address may leave out: ``Alamat tokong: 88,
    # Lebuh Pitt``)
    r"\s*[:：]\s*(?:(?:No\.?\s*)?\d{1,5}[A-Z]?(?:-\d{1,4})?,?\s*)?$"
)
_ORG_ADDRESS_LABEL_ZH = re.compile(
    r"(?:供应商|采购人|采购单位|代理机构|招标人|中标人|单位|公司|企业|注册|经营|办公|机构|"
    # (a residents' or a villagers' committee: 居委会地址：…)
    r"居委会|居委會|村委会|村委會|"
    r"使馆|大使馆|领事馆|領事館|总领馆|總領館|法院|审裁处|審裁處|"
    # (a stadium's, a hospital's, a school's, a museum's: 新加坡国家体育场地址：1 Stadium Drive)
    r"体育场|體育場|体育馆|體育館|医院|醫院|学校|學校|大学|大學|博物馆|博物館|图书馆|圖書館|纪念馆|紀念館|"
    # (a theatre's, a cinema's, a concert hall's: 油麻地戲院…地址為窩打老道6號)
    r"剧场|劇場|戏院|戲院|演艺厅|演藝廳|华堂|華堂|大会堂|大會堂|音乐厅|音樂廳|"
    # (a shop's branch or a culture hall: 板橋文化館地址：…)
    r"文化馆|文化館|分馆|分館|"
    # (an event's venue: 场馆地址：广州市海珠区阅江中路380号)
    r"场馆|場館|展馆|展館|会场|會場|"
    # (a cemetery's office: 南山福寿陵园 地址：……)
    r"陵园|陵園|墓园|墓園|公墓|"
    # (and a bureau, a ministry's petition office: 国家市场监督管理总局地址：, 人力资源和
    # 社会保障部信访接待地址为)
    r"局|部信访接待|部信訪接待|信访接待|信訪接待|"
    # (a shop's or a business's: 營業地址, 門市自取地址, 店址; an office's: 寫字樓地址更新)
    r"营业|營業|门市|門市|自取|店家|店|寫字樓|写字楼|"
    # (an auction's preview: 春拍预展地址)
    r"预展|預展)\s?"
    # (maybe with the house number before the finding: 大使馆地址：229 Jalan Ampang, ...; or
    # the city and the district the finding left out: 总局地址：北京市西城区三里 | 河东路8号)
    # (or a street and its number before it, spaced: 公司地址：香港中環皇后大道中 99 號…)
    r"(?:地址|住所|所在地|新址)(?:更新|变更|變更)?\s*(?:为|為)?\s*[:：]?\s*(?:(?:No\.?\s*)?\d{1,5}[A-Za-z]?\s*,?\s*|"
    r"[\u4e00-\u9fff]{2,12}(?:\s*\d{1,5}\s*)?)?$"
    # (a clan's clubhouse: 林氏宗祠（…）会所：No. 12, Jalan Pasar …)
    r"|(?:会所|會所|会馆|會館)\s*[:：]\s*$"
    # (a centre's FAQ of its own address: 問：中心地址喺邊度？答：九龍彌敦道…)
    r"|(?:中心|公司|診所|诊所|本店|門市|门市|分店)地址(?:喺|在|係|是)?(?:邊度|边度|哪里|哪裡|哪兒|何處|何处)[？?]\s*答\s*[:：]\s*$"
    # (a shop's or a branch's opening, then its address: 新竹分班開幕誌慶！地址：…)
    r"|(?:開幕|开幕|開業|开业|開張|开张)(?:誌慶|志庆|大吉|之喜)?\s*[！!。，,]?\s*(?:地址|新址)\s*[:：]\s*$"
    r"|(?:开标|评标|会议|活动|报名|培训|考试)地[点址]\s*[:：]?\s*$"
    # (a body's headquarters moved or set at an address: 總部已遷往將軍澳寶邑路61號)
    r"|" + _HEADQUARTERS_AT_ZH + r"\s*$"
    # (a university's campus or a body's seat: 南校园地址为, 校址：, 会址：)
    r"|(?:校园|校園|校区|校區)(?:地址|地點|地点)\s*(?:为|為|是)?\s*[:：]?\s*$"
    r"|(?:校址|院址|会址|會址|馆址|館址)\s*(?:位于|位於|设于|設於|在)?\s*[:：]?\s*$"
    # (or an invoice's header of a company, then its address: 抬頭：X有限公司，統一編號：…，地址：)
    r"|(?:有限公司|股份有限公司|有限責任公司)[^。\n]{0,30}地址(?:、电话|、電話)?\s*[:：]\s*$"
    # (or a branch's after its name in brackets: 美年大健康（钱江新城分院），杭州市…)
    r"|(?:分院|分店|门店|門店|院区|院區|校区|校區|支行|营业部|營業部)\s*[）)]\s*[，,]?\s*$"
    # (or a shop's or a firm's own: 本舖地址：九龍油麻地彌敦道468號)
    r"|(?:本舖|本铺|本店|本公司|本行|本所|本院|本校)(?:的)?(?:地址|地點|地点)\s*[:：]\s*$"
    # (or a school's, a cram school's or a university's: 國立臺灣師範大學　地址：…)
    r"|(?:补习班|補習班|大学|大學|学院|學院|中学|中學|小学|小學|国小|國小|国中|國中|高中|幼儿园|幼兒園|"
    r"医院|醫院|诊所|診所)[^。\n]{0,40}地址\s*[:：]\s*[\u4e00-\u9fff\d]{0,10}$"
    # (or a church's, a temple's or a mosque's: 圣安德烈座堂……于座堂礼拜，地址：11 St Andrew's Road)
    r"|(?:座堂|教堂|礼拜堂|禮拜堂|会堂|會堂|清真寺|佛寺|寺院|[寺庙廟宫宮观觀])[^。\n]{0,30}地址\s*[:：]\s*"
    r"(?:\d{1,5}[A-Za-z]?\s*)?$"
    # (or in brackets after an institution: 考点：鲁迅美术学院（沈阳市和平区…）)
    # (or said to be where an institution sits: 土地審裁處……位於九龍加士居道38號)
    r"|(?:审裁处|審裁處|法院|法庭|医院|醫院|大学|大學|学院|學院|政府|公安局|派出所|警署|使馆|使館|"
    r"领事馆|領事館|殡仪馆|殯儀館|纪念馆|紀念館|博物馆|博物館|图书馆|圖書館)[^。\n]{0,16}"
    r"(?:位于|位於|设于|設於|坐落于|坐落於)\s*$"
    r"|(?:学院|學院|大学|大學|中学|中學|小学|小學|医院|醫院|中心|学校|學校|殡仪馆|殯儀館|"
    r"火葬场|火葬場|陵园|陵園|墓园|墓園|体育馆|體育館|图书馆|圖書館|博物馆|博物館)"
    r"\s*[（(][^（()）\n]{0,8}$"
    # (or a table's row whose first cell is the institution: | 某某医院 | 广州市…路107号 |)
    r"|(?:医院|醫院|学院|學院|大学|大學|中心|殡仪馆|殯儀館|政府|法院|公安局|派出所)\s*\|\s*$"
    # (or a hospital's or a university's names in two languages, then its address's label:
    # 瑪麗醫院 Queen Mary Hospital，地址：)
    r"|(?:醫院|医院|大學|大学|學院|学院)[^。\n]{0,30}(?:Hospital|University|College)[\s,，]*"
    r"(?:地址|住址)\s*[:：]\s*$"
    # (or a body's name, then a colon: 臺北市動物之家：…, 農業部動物保護司：100臺北市…)
    r"|(?:之家|[部司局署]|(?<![住居])[处處]|委员会|委員會|協會|协会|基金會|基金会|館|馆|醫院|医院|中心)\s*[:：]\s*\d{0,6}\s*$"
)


# A famous figure said to have lived or been born at the address (``Didn't Charles Dickens
# live at 48 Doughty Street``): a landmark of history, the name cleared as famous.
_RESIDENT_BEFORE = re.compile(
    r"([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})\s+(?:(?:once|really|actually|ever|also)\s+)?"
    r"(?:lived|live|stayed|resided|"
    r"was born|grew up|died)\s+(?:at|in)\s*$"
)


# A possessive name and its car before a plate (``Mr Bean's Mini has the plate``).
_POSSESSOR_BEFORE = re.compile(r"([A-Z][\w.]*(?: [A-Z][\w.]*){0,3})['’]s [^.\n]{0,36}$")


def _famous_owner(text: str, start: int) -> bool:
    """A plate after a famous figure's possessive (a fictional or a historic car)."""
    m = _POSSESSOR_BEFORE.search(text, max(0, start - 60), start)
    return m is not None and _famous_name_ending(text, m.start(1), m.end(1))


def _famous_residence(text: str, start: int) -> bool:
    """An address right after a famous figure's ``lived at`` / ``was born at``."""
    m = _RESIDENT_BEFORE.search(text, max(0, start - 60), start)
    return m is not None and _famous_name_ending(text, m.start(1), m.end(1))


def _famous_name_ending(text: str, lo: int, hi: int) -> bool:
    """Whether the words at ``text[lo:hi]`` end with a famous name cleared there
    (``Didn't Charles Dickens`` ends with one)."""
    from residency.detectors.chinese.public_figures import famous_name_cleared

    starts = [lo] + [i + 1 for i in range(lo, hi) if text[i] == " "]
    return any(famous_name_cleared(text, at, hi) for at in starts)


# A public building the address runs on into (``8 Scenic Road, Hong Kong International
# Airport``): its premises, nobody's home.
_PUBLIC_BUILDING_AFTER = re.compile(
    r"\s+(?:International\s+)?(?:Airport|Hospital|University|Universiti|Polytechnic|Stadium|"
    r"Campus|Ferry Terminal|Cruise Terminal|Convention Centre|Exhibition Centre)\b"
    # (and a block's hawker centre, market or community club: ``Blk 1 Jalan Kukoh hawker
    # centre closed for cleaning``)
    r"|\s+(?i:hawker centre|hawker center|food centre|food center|market and food centre|"
    r"wet market|community club|community centre|polyclinic|bus interchange|MRT station)\b"
    # (and a company's service desk right after its address: ``九龍灣宏照道 33 號國際交易中心
    # 18 樓 —— 客戶服務中心``)
    r"|\s*(?:——|—|–|-|，|,)?\s*(?:客戶服務中心|客户服务中心|客服中心|服務中心|服务中心|營業部|营业部|門市部|门市部)"
)
# A table's row whose first cell names a hospital, a hall or a school, the address in a
# cell after it (``"伊利沙伯醫院","九龍加士居道30號"``, ``"复旦大学附属中山医院",三级甲等,"上海市…"``).
_INSTITUTION_CELL_BEFORE_ZH = re.compile(
    r"[\"“]?[^\",\n]{1,20}(?:医院|醫院|纪念堂|紀念堂|纪念馆|紀念館|博物馆|博物館|大学|大學|学校|學校|"
    r"图书馆|圖書館|公园|公園|体育馆|體育館)[\"”]?\s*[,，](?:[^,\n]{0,12}[,，])?\s*[\"“]?$"
)
# A firm or a shop pointed at right after the address (中山路198号这家律所, 那間診所).
_FIRM_POINTED_AFTER_ZH = re.compile(
    r"\s*(?:这|這|那)(?:家|間|间)(?:律所|律师事务所|律師事務所|诊所|診所|医院|醫院|中医馆|中醫館|"
    r"店|公司|银行|銀行|餐厅|餐廳|药房|藥房)"
)
# An event's place by its label, in a text about the event (a workshop, an opening, a
# tasting, a talk, a course and its fee).
_EVENT_PLACE_LABEL_ZH = re.compile(r"(?:地點|地点|場地|场地|會場|会场)\s*(?:為|为|是|在)?\s*[:：]?")
_EVENT_ZH = re.compile(
    r"开课|開課|学费|學費|培训|培訓|工作坊|講座|讲座|活動|活动|開幕|开幕|酒會|酒会|試飲|试饮|分享會|分享会|讀書會|读书会|課程|课程|"
    r"共\s?\d+\s?堂|報名|报名|門票|门票|費用|费用|早鳥|早鸟|入場|入场|展覽|展览"
)
_GROUND_FLOOR_AFTER_ZH = re.compile(r"\s?(?:地下|地舖|地铺)")
_RECEIPT_ZH = re.compile(r"收據|收据|發票|发票|(?i:\breceipt\b)")
# Premises named right after an address: a shop, a depot, a gallery, a claims office.
_PREMISES_AFTER_ZH = re.compile(
    r"\s?[^，,。；;|｜\n]{0,14}?(?:门店|門店|仓库|倉庫|[0-9A-Z]\s?号库|[0-9A-Z]\s?號庫|物流园|物流園|"
    r"画廊|畫廊|理赔部|理賠部|展厅|展廳|艺术特区|藝術特區|营业部|營業部|客服中心|"
    # (a lecture hall, an auditorium: …公益路二段51號B1演講廳)
    r"演講廳|演讲厅|禮堂|礼堂|會議廳|会议厅|多功能廳|多功能厅|"
    # (a software or an industrial park: …科技南十二路 2 号 金蝶软件园 B 座)
    r"软件园|軟件園|科技园|科技園|产业园|產業園|工业园|工業園|"
    # (a booth at a fair: …松壽路9號 攤位 B12)
    r"攤位|摊位)"
)
# A shop's or a school's notice to the public (週年慶全館 8 折, 免費停車, 開放日, Open Day):
# the address in it is the venue's ...
_PROMO_NOTICE_ZH = re.compile(
    r"(?<!\d)\d\s*折|週年慶|周年庆|全館|全馆|免費停車|免费停车|開放日|开放日|(?i:\bopen day\b)"
    # (a class's enrolment, a telco's business hall closing, a shop's review by its stars:
    # 春季招生…額滿為止, 营业厅…闭店装修, ★★★★★「…」)
    r"|招生|額滿為止|额满为止|營業廳|营业厅|閉店|闭店|★"
)
# ... or a body's enquiry line or opening hours (康怡長者鄰舍中心 查詢電話：…；地址：…) ...
_ENQUIRY_LINE_ZH = re.compile(
    r"查詢電話|查询电话|諮詢電話|咨询电话|服務熱線|服务热线|辦公時間|办公时间|開放時間|开放时间|"
    r"營業時間|营业时间"
)
# ... unless the text has somebody at an address (收件人, 家住, 我).
_PERSON_AT_ADDRESS_ZH = re.compile(
    r"收件人|收货|收貨|送货|送貨|快递|快遞|配送|订单|訂單|寄件人|住址|家住|住在|我|本人|客户|客戶|顾客|顧客|"
    r"(?i:\b(?:my|our|i)\b)"
)
_HOURS_BEFORE = re.compile(
    r"(?i:\b(?:waktu (?:operasi|perniagaan|pejabat)|operating hours|opening hours|business hours|"
    r"office hours|waktu buka|"
    # (a premises' own hours: ``Gallery hours Tue-Sat 11am-7pm``)
    r"(?:gallery|shop|store|studio|clinic|library|museum|showroom|outlet|centre|center) hours)\b)|"
    r"营业时间|營業時間|办公时间|辦公時間|服务时间|服務時間|"
    # (or a weekday's hours in Chinese: （工作日 9:00-18:00，电话 0571-…）)
    r"工作日\s*\d{1,2}[:：]\d{2}"
)
_COMMERCIAL_BUILDING_ZH = re.compile(
    r"(?:商業|商业|工業|工业|商貿|商贸)(?:大廈|大厦|中心|大樓|大楼)|寫字樓|写字楼|商場|商场|"
    # (a floor area for business, a ground-floor shop unit: 企業廣場五期商業樓面, 地下 C 舖)
    r"商業樓面|商业楼面|地下\s?[A-Z0-9]{1,3}\s?[舖铺]|國貿大廈|国贸大厦|"
    # (a meeting room: 科技园A座12F-会议室3)
    r"会议室|會議室|"
    # (a centre by its name right after the number, an association's clubhouse:
    # 彌敦道688號旺角中心地下, 上海街328號會所4樓)
    r"(?<=[號号])[\u4e00-\u9fff]{2}中心|(?<=[號号])(?:會所|会所)"
)
_ADDRESS_IS_START_ZH = re.compile(r"地址(?:为|為|是|在)?\s*[:：]?")
_ADDRESS_LABEL_END_ZH = re.compile(r"地址(?:为|為|是|在)?\s*[:：]?\s*$")
_BODY_BEFORE_ZH = re.compile(
    r"(?:医院|醫院|大学|大學|学校|學校|中心|公司|银行|銀行|酒店|图书馆|圖書館|博物馆|博物館|协会|協會)"
    r"(?:\s*[（(][^）)\n]{1,40}[）)])?\s*[，,]?\s*"
    # (maybe its tax number first: 安康社區發展協會，統一編號 38841927，地址…)
    r"(?:(?:统一编号|統一編號)\s*[:：]?\s*\d{8}\s*[，,；;]\s*)?"
    # (maybe its booking line first: 康泰体检中心（南山店）预约电话 0755-8666 1234，地址：…)
    r"(?:(?:预约|預約|咨询|諮詢|客服|联系|聯繫)?(?:电话|電話)\s*[:：]?\s*[\d\s()+-]{7,20}[，,；;]\s*)?$"
)
_HOUSEHOLD_COUNT_ZH = re.compile(r"[^\d号號室座栋棟单單]{2,10}\d+\s*户")
# Famous addresses of fiction and of state written in Chinese (哈利·波特的女贞路4号, 贝克街
# 221B 号, 唐宁街10号): nobody's home.
_WELL_KNOWN_ADDRESS_ZH = re.compile(
    r"女[贞貞]路\s*4\s*[号號]|[贝貝]克街\s*221\s*B?|唐[宁寧]街\s*10\s*[号號]"
)


# An industrial estate (``Kawasan Perindustrian Prai``, ``Tuas Industrial Estate``): a
# factory's or a warehouse's address, not a home -- unless somebody is said to live there.
_INDUSTRIAL_AREA = re.compile(
    # (or a road of one: ``No. 15, Jalan Perindustrian Bukit Minyak 5``)
    r"(?i:\b(?:kawasan|taman|zon|jalan|jln\.?|lorong|persiaran|lebuh)\s+perindustrian\b|"
    r"\bindustrial\s+(?:park|estate|area|zone)\b|\bfree\s+(?:industrial|trade)\s+zone\b)"
    # (Hong Kong's, no homes in them; not a mainland 工业园区, a district people live in:
    # 苏州市工业园区星湖街)
    r"|工業邨|工业邨"
)
_LIVES_THERE = re.compile(
    r"(?i:\b(?:live|lives|living|stay|stays|staying|tinggal|rumah|home)\b)|住|宿舍"
)


def _factory_address(text: str, start: int, end: int) -> bool:
    """An address in an industrial estate (the estate in it or right after it), with
    nobody said to live there."""
    return bool(_INDUSTRIAL_AREA.search(text, start, min(len(text), end + 40))) and not (
        _LIVES_THERE.search(text)
    )


# The head word of a body named "X of Y" (``Registry of Marriages``, ``Ministry of Health``).
_ORG_HEAD_OF = frozenset(
    {
        "registry", "ministry", "department", "office", "bureau", "board", "council",
        "commission", "authority", "court", "tribunal", "embassy", "consulate",
        "institute", "university", "college", "museum", "library", "academy", "school",
        "faculty", "society", "association", "federation", "chamber", "bank",
    }
)  # fmt: skip


# An invoice's seller or supplier by its element (``<SellerAddr>``, ``<Seller>...<Address>``,
# ``"AccountingSupplierParty": ...``): a business's, as e-invoice schemas name it.
_SELLER_OPEN = re.compile(
    r"<\s*((?i:seller|supplier|vendor|merchant|xsf|accountingsupplierparty)\w*)[^<>]{0,80}>"
    r"|\"((?i:seller|supplier|vendor|merchant|accountingsupplierparty)\w*)\"\s*:"
)

_BUYER_OPEN = re.compile(
    r"(?i:<\s*|\")(?i:buyer|customer|recipient|consignee|gmf|accountingcustomerparty)\w*(?:[^<>]{0,80}>|\"\s*:)"
)


def _in_seller_element(text: str, start: int) -> bool:
    """Whether ``start`` lies inside an invoice's seller or supplier element or key."""
    lo = max(0, start - 800)
    last = None
    for m in _SELLER_OPEN.finditer(text, lo, start):
        last = m
    if last is None:
        return False
    name = last.group(1) or last.group(2)
    between = text[last.end() : start]
    # (not once the buyer's part has begun: ``"AccountingCustomerParty": ...``)
    return f"</{name}" not in between and _BUYER_OPEN.search(between) is None


# A supplier's or a branch's address by its label (``Alamat pembekal:``, ``cawangan utara:``,
# ``Supplier address:``).
_SUPPLIER_LABEL_BEFORE = re.compile(
    r"(?i:(?:alamat\s+)?(?:pembekal|penjual|syarikat)|cawangan(?:\s+[a-z]+)?|"
    r"(?:supplier|vendor|seller)(?:['’]s)?(?:\s+address)?)\s*[:：]\s*$"
)
# A company's invoice particulars (开票信息：名称 上海浦江物流有限公司｜税号 …｜地址电话 …).
_COMPANY_INVOICE_ZH = re.compile(
    r"(?:名称|單位名稱|单位名称|公司名称|公司名稱|销售方|銷售方|购买方|購買方|抬头|抬頭)\s*[:：]?\s*"
    r"[\u4e00-\u9fff（）()]{2,40}?(?:有限公司|有限責任公司|有限责任公司|股份公司|分公司|集团|集團)"
)
# An office's move (办公室搬迁至上海市徐汇区……): the new address is the office's.
_OFFICE_MOVE_ZH = re.compile(
    r"(?:办公室|辦公室|公司|门店|門店)(?:将|將|已)?(?:搬迁|搬遷|迁|遷)(?:至|到)"
)
# ... and a business's, in English (``We have moved! New address: 21 Kaki Bukit Road 3 ...
# Same business line, same friendly team.``): the move announced with the business's own
# words.
_OFFICE_MOVE_EN = re.compile(
    r"(?i:\b(?:we(?:'ve| have)? (?:moved|relocated)|we are (?:moving|relocating)|"
    r"(?:our|the) (?:shop|store|office|outlet|clinic|showroom|workshop|studio) (?:has|have|is) "
    r"(?:moved|relocated|moving|relocating))\b)"
)
_BUSINESS_VOICE_EN = re.compile(
    r"(?i:\b(?:business line|customers?|our (?:shop|store|office|outlet|team|clinic|showroom|"
    r"workshop|studio|staff)|opening hours|operating hours|same friendly team)\b)"
)
# A firm's name or its business registration given by its label (商號, 商業登記).
_FIRM_LABEL_ZH = re.compile(r"商號\s*[:：]|商号\s*[:：]|商業登記|商业登记")
_INVOICE_WORD_ZH = re.compile(r"开票|開票|发票|發票|税号|稅號|纳税人识别号|納稅人識別號")


def _company_invoice_address_zh(text: str) -> bool:
    """A company's invoice particulars, or a firm's name or registration number given by its
    label: its address is the company's."""
    if _FIRM_LABEL_ZH.search(text) and not _PERSON_AT_ADDRESS_ZH.search(text):
        return True  # (商號：咀香園餅家 地址：…, 商業登記編號 SO-54321，地址：…)
    company = _COMPANY_INVOICE_ZH.search(text)
    # (the company's own name is no person's cue: 南京众鲜农副产品配送有限公司)
    return bool(
        company
        and _INVOICE_WORD_ZH.search(text)
        and not _PERSON_AT_ADDRESS_ZH.search(text[: company.start()] + text[company.end() :])
    )


# A FHIR resource of an organisation or a place (``"resourceType":"Organization"``), with
# no person's resource in the same text: its telecom and address are the body's.
_FHIR_ORG_RESOURCE = re.compile(
    r'"resourceType"\s*:\s*"(?:Organization|Location|HealthcareService|Endpoint)"'
)
_FHIR_PERSON_RESOURCE = re.compile(
    r'"resourceType"\s*:\s*"(?:Patient|Practitioner|PractitionerRole|RelatedPerson|Person)"'
)


def _organisation_resource(text: str) -> bool:
    """A FHIR Organization or Location resource, and no person's."""
    return bool(_FHIR_ORG_RESOURCE.search(text) and not _FHIR_PERSON_RESOURCE.search(text))


def _organisation_premises(text: str, start: int) -> bool:
    """An address right after a known organisation's name or an acronym: its premises."""
    lo = max(0, start - 60)
    if _ACRONYM_AT_BEFORE.search(text, lo, start) or _ACRONYM_ADDRESS_BEFORE.search(
        text, lo, start
    ):
        return True
    m = _NAMED_PLACE_BEFORE.search(text, lo, start)
    if not m:
        return False
    from residency.detectors.chinese.public_figures import organisation_name_at

    # (or a business by its kind: ``Kedai Mak Cik, Lot 12 Jalan Tun Razak``)
    words = m.group(1).lower().split()
    # (or by the word ending its name: ``Hong Kong Funeral Home, 679 King's Road``)
    return (
        words[0] in _ORG_PREFIX_MS_LOWER
        # (its company form maybe with its dot: ``Docusign Inc., 221 Main Street``)
        or words[-1].rstrip(".") in _ORG_WORDS_EN_LOWER
        or any(w == "of" and words[i - 1] in _ORG_HEAD_OF for i, w in enumerate(words) if i)
        or organisation_name_at(text, m.start(1), m.end(1))
    )


# A vCard's formatted name (``FN:``) that is an organisation's (``FN:Hospital Sultanah
# Aminah``, ``FN:瑪麗醫院``, ``FN:Maybank Berhad``).
_VCARD_FN = re.compile(r"(?m)(?:^|[\s|;])FN(?:;[^:\n]*)?:([^\n|]*?)(?=\s*(?:\||\n|[A-Z-]+[;:]|$))")
_ORG_FN = re.compile(
    r"(?i:\b(?:hospital|clinic|klinik|university|universiti|college|kolej|bank|berhad|bhd|"
    r"ltd|limited|pte|inc|council|majlis|jabatan|kementerian|ministry|department|centre|"
    r"center|hotel|airlines?|school|sekolah|polis|police|embassy|kedutaan|pejabat)\b)"
    r"|醫院|医院|大學|大学|公司|銀行|银行|政府|中心|學校|学校|警署|派出所|[署局]$"
)


def _organisation_vcard(text: str) -> bool:
    """Whether ``text`` holds vCards and every one's formatted name is an organisation's:
    their numbers and addresses are its own, nobody's."""
    if "FN" not in text:
        return False
    names = [m.group(1).strip() for m in _VCARD_FN.finditer(text)]
    return bool(names) and all(n and _ORG_FN.search(n) for n in names)


# A router's address in a routing table or a trace (``BGP neighbor 103.21.244.1
# remote-as``, ``next-hop``, ``hop 5 72.14.222.1 3.4 ms``): the network's, nobody's line.
_ROUTER_BEFORE = re.compile(
    r"(?i:\bBGP (?:neighbou?r|peer)|\bneighbou?r|\bnext[- ]hop|\bhop \d{1,2}:?|"
    r"\btraceroute to)\s*$"
)
# A server's address in a log: a destination's field (``dstip=``, ``dst=``, ``daddr=``), a
# proxy's upstream (``HIER_DIRECT/``), or an address with a service's port (``:443``).  A
# subscriber is the source.
_SERVER_IP_BEFORE = re.compile(
    r"(?i:\b(?:dst_?ip|dst_?addr|dst|daddr|dest_?ip|destination_?ip|upstream|upstream_?addr)"
    r"\s*[=:]\s*\"?|\b(?:HIER_DIRECT|FIRSTUP_PARENT|DEFAULT_PARENT|ORIGINAL_DST)/)$"
)
_SERVICE_PORT_AFTER = re.compile(r":(?:443|80|53|853|8443|993|995|465|587|25)(?![0-9])")


# A mail server's address in a ``Received:`` header, in brackets after its host name
# (``from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])``).
_HOST_THEN_BRACKET = re.compile(r"([A-Za-z0-9][A-Za-z0-9.-]*\.[A-Za-z]{2,})\.?\s*\[\s*$")
# A host name a subscriber's line is given (``bb121-7-3-4.singnet.com.sg``, ``dsl``, ``pool``).
_SUBSCRIBER_HOST = re.compile(
    r"(?i:\d{1,3}[-.]\d{1,3}[-.]\d{1,3}|dyn|dsl|dhcp|pool|cust|broadband|ppp|cable|fibre|"
    r"fiber|home|static|client|user|res)"
)


_SPF_SENDER_AFTER = re.compile(r"\s+as permitted sender\b")
_SPF_CLIENT_BEFORE = re.compile(r"\bclient-ip=$")


def _mail_server_ip(text: str, start: int, end: int) -> bool:
    """Whether the address at ``text[start:end]`` is a mail server's, named by its host
    in a ``Received:`` header (not a subscriber's line: fail closed), or the sender an SPF
    check names (``designates 167.89.12.44 as permitted sender``, ``client-ip=...``)."""
    if _SPF_SENDER_AFTER.match(text, end) or _SPF_CLIENT_BEFORE.search(
        text, max(0, start - 12), start
    ):
        return True
    if "received:" not in text.lower():
        return False
    host = _HOST_THEN_BRACKET.search(text, max(0, start - 80), start)
    return host is not None and not _SUBSCRIBER_HOST.search(host.group(1))


# A message's identifier in a mail header (``Message-ID: <CAF7...@mail.gmail.com>``,
# ``In-Reply-To:``, ``References:``): it has an address's shape and is no one's mailbox.
_MESSAGE_ID_BEFORE = re.compile(
    r"(?i:\b(?:Message-ID|In-Reply-To|References|Content-ID|X-Message-ID)\s*:?\s*"
    r"(?:<[^<>\s]+>\s*)*<)$"
    # (or a mailer log's key for it: ``msg_id=<a81f3c2e@mx1.example.com.my>``)
    r"|(?i:\b(?:msg|message)[_-]?id\s*[=:]\s*<)$"
    # (and a calendar event's unique id: ``UID:20261118T020000Z-4471@events.example.sg``,
    # or a SIP call's: ``Call-ID: 3848276298220188511@pbx.example.com.tw``)
    r"|(?:^|[\s|;])(?:UID|(?i:Call-ID))\s*:\s*[^\s@|;]*$"
)
# A SIP address's user part that is an extension or a feature code (``sip:200@pbx``,
# ``sip:*97@pbx``): a desk's or a service's, not a person's mailbox.
_SIP_BEFORE = re.compile(r"(?i:\bsips?):[*#]?$")
_URL_USERINFO_BEFORE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^\s/@:]*:$")
_EXTENSION_USER = re.compile(r"\d{1,6}@")
_MASKED_ADDRESS = re.compile(r"(?i:(?:^|[^\w.])x{2,}@x{2,}\.)")


_LABEL_WORDS_BEFORE = re.compile(r"((?:[A-Z][A-Za-z&]*\s+){1,4}[A-Z][A-Za-z&]*)\s*[:：]\s*$")


def _initials_of_label(text: str, start: int) -> bool:
    """A desk's mailbox spelled from the initials of its label (``HR Shared Services:
    hrss@...``, ``Customer Care Centre: ccc@...``)."""
    label = _LABEL_WORDS_BEFORE.search(text, max(0, start - 60), start)
    if label is None:
        return False
    words = label.group(1).split()
    # (a desk's label, not a person's initials: ``Tan Mei Ling Yew: tmly@...``)
    if not any(w.lower() in _DESK_WORDS for w in words):
        return False
    local = text[start:].split("@", 1)[0].lower()
    initials = "".join(w if w.isupper() else w[0] for w in words).lower()
    return len(initials) >= 3 and local == initials


# A mailbox said to be shared right after it (``sea-ner-data@... (shared mailbox, monitored
# on weekdays)``, a config's comment: ``ediscovery-ops@... # shared mailbox``): a team's.
# (or before it: ``semua masuk shared inbox ward5b.gl@klmedicentre.com.my``)
_SHARED_MAILBOX_BEFORE = re.compile(
    r"(?i:\b(?:shared|team|group|generic|common|departmental)\s+(?:mailbox|inbox))\s*[:：]?\s*$"
    # (a body's public mailbox in Chinese: 管理人公邮 glr@…, 公共邮箱：)
    r"|(?:公邮|公郵|公共邮箱|公共郵箱|公用邮箱|公用郵箱)\s*[:：]?\s*$"
)
_SHARED_MAILBOX_AFTER = re.compile(
    r"\s*(?:[(（,]|#|//)\s*(?:an?\s+|the\s+)?(?i:shared|team|group|generic|common|departmental)\s+"
    r"(?i:mailbox|inbox|e-?mail|address|account)"
)


_DESK_WORDS = frozenset(
    w.lower()
    for w in _word_list(
        "services service centre center desk team office unit department support care hr it "
        "admin relations affairs operations helpdesk secretariat"
    )
)


# Mail providers and internet service providers whose mailboxes are people's own.
_PERSONAL_MAIL_DOMAIN = re.compile(
    rf"@(?:[a-z0-9-]+\.)*(?:{MAIL_PROVIDERS}|msn|me|mac|aol|gmx|proton|pm|yandex|mail|email|"
    r"inbox|zoho|139|189|sohu|yeah|aliyun|naver|daum|hanmail|rocketmail|rediffmail|singnet|"
    r"pacific|starhub|streamyx|tm|netvigator|hkbn|hinet|seed|ms\d+)\.",
    re.IGNORECASE,
)


def _named_by_its_work(local: str, address: str) -> bool:
    """An organisation's mailbox named by what it does in common words (``family-updates@``,
    ``ops-relief@``, ``aftersales@``): never at a mail provider, never with a digit, and no
    word of it a given name, a surname or a pinyin syllable; a role's word among them, as a
    word or run together with another (``aftersales``): surnames are dictionary words too
    (``Hastings``, ``Blackwell``, ``jones.brown@``)."""
    if _PERSONAL_MAIL_DOMAIN.search(address) or not re.fullmatch(r"[a-z]+(?:[-_.][a-z]+)*", local):
        return False
    parts = re.split(r"[-_.]", local)
    if len(parts) == 1:
        return _role_compound(local)
    roles = [p in _ROLE_MAILBOXES or _role_compound(p) for p in parts]
    return any(roles) and all(
        role or p in _REGION_TAGS or is_common_word(p) for p, role in zip(parts, roles, strict=True)
    )


def _role_compound(word: str) -> bool:
    """A role's word run together with another role's or a common word, both of four
    letters or more (``aftersales``, ``salesteam``)."""
    return any(
        (head in _ROLE_MAILBOXES and (tail in _ROLE_MAILBOXES or is_common_word(tail)))
        or (tail in _ROLE_MAILBOXES and is_common_word(head))
        for i in range(4, len(word) - 3)
        for head, tail in [(word[:i], word[i:])]
    )


_FILE_AT_SCALE = re.compile(r"@\d(?:\.\d)?x\.(?:png|jpe?g|gif|svg|webp|avif)$", re.IGNORECASE)


def _impersonal_mailbox(address: str) -> bool:
    """A documentation domain's address, or an organisation's role mailbox (``hr@``)."""
    if (
        _RESERVED_MAIL_DOMAIN.search(address)
        or _SERVICE_ACCOUNT_DOMAIN.search(address)
        or _NO_REPLY_DOMAIN.search(address)
    ):
        return True
    if _FILE_AT_SCALE.search(address):
        return True  # an image at a screen density (``logo-lee-kum-kee@2x.png``)
    if _MASKED_ADDRESS.search(address):
        return True  # a template's stand-in (``xxx@xxx.com``)
    # (the label the recognizer glued on in Chinese text: ``报名邮箱zhaopin@...``)
    # (and a chat export's link markup: ``<mailto:x@y|x@y>`` gives ``|finance-ap@``)
    # (and whatever the label glued on before it: ``熱線5488 2176或電郵join@``)
    local = _GLUED_LABEL.sub("", address.split("@", 1)[0]).strip().lower()
    # (and a log's key, which RFC 5322 lets into a local part: ``user=svc-batch-ops@``)
    local = local.rsplit("=", 1)[-1]
    if not local:
        return True  # (a DKIM identity's domain: ``header.i=@lumenbank.com.my``)
    # A wildcard of a query (``LIKE '%@qa.acme.local'``) or a bot's mailbox (``ci-bot@``).
    if local.startswith(("%", "*")) or _BOT_MAILBOX.search(local):
        return True
    # A mailing list's bounce address with the recipient coded in (VERP: ``bounces+2218@``).
    # (and a no-reply sender's: ``noreply+ticket-88213@``)
    if re.match(r"(?:bounces?|no-?reply|donotreply)[+-]", local):
        return True
    # A Singapore condominium's management corporation (``mcst4321@``).
    # (or a combination of role words: ``hr-recruit@``, ``customer.service@``)
    parts = re.split(r"[-_.]", local)
    # (a mailbox name alone, announced without its domain, has none: ``my email is yovb931``)
    domain = address.partition("@")[2].lower()
    return (
        local in _ROLE_MAILBOXES
        or (
            len(parts) > 1
            and all(p in _ROLE_MAILBOXES or p in _REGION_TAGS for p in parts)
            and any(p in _ROLE_MAILBOXES for p in parts)
        )
        or re.fullmatch(r"mcst\d+", local) is not None
        # (a government body's mailbox by its own name, maybe with its service's:
        # ``perkeso@perkeso.gov.my``, ``bnmtelelink@bnm.gov.my``)
        or (
            _GOVERNMENT_DOMAIN.search(address) is not None
            and local.startswith(domain.split(".", 1)[0])
        )
        # (a company's mailbox by the domain's own name: ``docker@docker.com``)
        # (not a mail provider's own: ``yahoo@yahoo.com`` may be anybody's)
        or (
            len(local) >= 4
            and domain.split(".", 1)[0] == local
            and not _PERSONAL_MAIL_DOMAIN.search(address)
        )
        # (a role word after a unit's acronym, no vowel in it, or the domain's own name:
        # ``dsrb.secretariat@``, ``ummc.office@ummc.edu.my``)
        # (not at a mail provider, where anybody's name may be cut so: ``jjnh_irb@yahoo.com``)
        or (
            len(parts) == 2
            and parts[1] in _ROLE_MAILBOXES
            and not _PERSONAL_MAIL_DOMAIN.search(address)
            and (
                re.fullmatch(r"[b-df-hj-np-tv-z]{2,5}", parts[0]) is not None
                or (domain != "" and domain.startswith(parts[0]))
            )
        )
        # (a meeting or therapy room's calendar: ``ot-room-c@``, ``room-a1@``)
        or re.fullmatch(r"(?:[a-z]{1,6}[-_.])?(?:room|rm|bilik)[-_.]?[a-z0-9]{1,3}", local)
        is not None
        or _named_by_its_work(local, address)
        # (a ministry's desk by its word and its subject run together: ``aduanbuli@moe.gov.my``)
        or (
            local.startswith(("aduan", "pertanyaan", "enquiry", "enquiries", "helpdesk", "unit"))
            and _GOVERNMENT_DOMAIN.search(address) is not None
        )
        # (a government unit's coded mailbox: ``rcu-kw-2@police.gov.hk``)
        or (
            len(parts) > 1
            and all(len(p) <= 4 for p in parts)
            and _GOVERNMENT_DOMAIN.search(address) is not None
        )
        # (a government body's or a university's unit mailbox: ``sbp.enquiry@moe.gov.my``,
        # ``soc-research@fass.univ.edu.sg``)
        or (
            len(parts) > 1
            and any(p in _ROLE_MAILBOXES for p in parts)
            and (
                _GOVERNMENT_DOMAIN.search(address) is not None
                or (
                    _ACADEMIC_DOMAIN.search(address) is not None
                    and all(p in _ROLE_MAILBOXES or len(p) <= 6 for p in parts)
                )
            )
        )
    )


def _unit_mailbox(text: str, start: int, end: int) -> bool:
    """A unit's mailbox by what stands before it: a government unit's name (``Bahagian
    Pembangunan Saraan, JPA ... e-mel saraan@jpa.gov.my``) or a body's label in Chinese
    (``会务组邮箱``, ``區議會秘書處``)."""
    return bool(
        (
            _GOVERNMENT_DOMAIN.search(text[start:end])
            and _UNIT_BEFORE.search(text, max(0, start - 120), start)
        )
        or _ROLE_MAILBOX_LABEL_ZH.search(text, max(0, start - 12), start)
        # (or an office's initials at a university or a government body, the office named
        # earlier on the line: ``研究生招生办公室 010-... ，邮箱 yzb@hdsd.edu.cn``)
        or (
            _OFFICE_INITIALS.match(text, start, end) is not None
            and (
                _ACADEMIC_DOMAIN.search(text[start:end])
                or _GOVERNMENT_DOMAIN.search(text[start:end])
            )
            and _OFFICE_BEFORE_ZH.search(text, max(0, start - 80), start) is not None
        )
    )


# A campaign's keyword to send to a number (``WhatsApp "DM24" to 8123 4567``, ``SMS
# STOP to 72000``): a service's line.
_KEYWORD_TO_NUMBER_BEFORE = re.compile(
    r"(?i:\b(?:whatsapp|sms|text|send|hantar))\s+[\"“']?"
    # (a keyword, not an amount paid to a phone: ``Send RM50 to 012-...``)
    # (nor a one-time code sent to somebody's phone: ``gagal hantar SMS OTP ke +60 17-…``)
    r"(?!RM|SGD|HKD|USD|MYR|RMB|TWD|OTP|TAC|PIN\b)(?-i:(?=[A-Z0-9]*[A-Z])[A-Z0-9]{2,12})[\"”']?\s+"
    r"(?i:to|ke)\s*[:：]?\s*$"
)
# A public body's supervision, complaint or report line by its label (监督电话：镇纪委
# 0731-…, 举报电话：…).
_PUBLIC_LINE_LABEL_ZH = re.compile(
    r"(?:监督电话|監督電話|举报电话|舉報電話|投诉电话|投訴電話|监督举报电话|监督举报|"
    # (a journal's or a paper's desk: 编辑部电话：010-6255 4012)
    r"(?:编辑部|編輯部|发行部|發行部|本刊|本报|本報)(?:电话|電話|联系电话|聯絡電話))"
    r"\s*[:：]?\s*[\u4e00-\u9fff]{0,8}\s*$"
    # (or a company's service desk or switchboard: IT服务台分机 8000，外线 0571-…)
    # (not a desk clerk's own mobile or WeChat: 服务台小王手机……)
    r"|(?:服务台|服務台|总机|總機)(?:(?!手机|手機|微信|私人)[^。\n]){0,16}$"
    # (or a public service named right before its phone's icon: 非緊急救護轉送服務 📞 2735 3355)
    rf"|(?:服务|服務|热线|熱線|专线|專線)\s*[{''.join(PHONE_ICONS)}\uFE0F]+\s*$"
    # (or a school's or a cram school's line after its address: 補習班立案字號 第5312號
    # 地址：…　電話：)
    r"|(?:补习班|補習班|大学|大學|学院|學院|国小|國小|国中|國中|幼儿园|幼兒園)[^。\n]{0,60}"
    r"地址\s*[:：][^。\n]{0,40}(?:电话|電話)\s*[:：]\s*$"
    # (or a business's headquarters or branch, its address, then its line: 高雄總部：高雄市
    # 新興區中正三路55號8樓，電話07-236-8899)
    # (not a customer named there: 澳門分店：區先生欠場租…，聯絡電話)
    r"|(?:總部|总部|分校|分行|總店|总店|分店|門市|门市)\s*[:：]"
    r"(?:(?!先生|小姐|女士|太(?![古平子陽阳空])|[生哥姐叔伯嫂](?=欠|話|话|說|说)|客人|客户|客戶|[我佢他她你])[^。\n]){4,40}[，,]\s*"
    r"(?:电话|電話|聯絡電話|联系电话)\s*[:：]?\s*$"
)
# A residents' committee's or a management office's contact block, by its label at the
# start of the line (居委会地址：……，电话 021-…).
_COMMUNITY_OFFICE_LABEL = re.compile(
    r"(?:^|\n)\s*[\u4e00-\u9fff]{0,10}(?:居委会|居委會|村委会|村委會|物业服务中心|物業服務中心|"
    r"管理处|管理處|社区服务中心|社區服務中心)(?:的)?(?:地址|电话|電話|联系电话|聯絡電話)\s*[:：]"
)


def _community_office_line(text: str, start: int) -> bool:
    """Whether the number at ``start`` is on a line that a community office's contact
    label opens, with nobody named on it."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(
        _COMMUNITY_OFFICE_LABEL.match(text, line_start)
        and not _PERSON_NEAR_LINE.search(text, line_start, start)
    )


# A configuration key for a business's line (``SUPPORT_PHONE=+65 6123 4567``).
_SERVICE_LINE_KEY = re.compile(
    r"(?i:\b[A-Z_]*(?:SUPPORT|HOTLINE|HELPDESK|HELP_DESK|SERVICE|SALES|OFFICE|FAX|CONTACT_CENTRE|"
    # (a business's WhatsApp account: ``cfg.whatsapp_business.number = '+60 …'``)
    r"CALL_CENTRE|CALL_CENTER|WHATSAPP_BUSINESS)[A-Z_.]*(?:PHONE|TEL|NUMBER|NO|LINE)?\s*[=:]\s*[\"']?\s*)$"
    # (or its display number: ``whatsapp_business: {display_number: '+60 3-…'``)
    r"|(?i:\bwhatsapp_business\s*:\s*\{\s*(?:display_)?number\s*:\s*[\"']?\s*)$"
    # (or an XML string resource's name: ``<string name="customer_service_tel">``)
    r"|(?i:name=\"[a-z_]*(?:support|hotline|helpdesk|service|sales|office)[a-z_]*\"\s*>\s*)$"
)
# A fax line alone, by its label (``Fax backup +65 6555 0123``): offices keep fax lines.
_FAX_BEFORE = re.compile(
    r"(?i:\b(?:fax|faks|facsimile)\b)[^\d\n]{0,16}$|(?:传真|傳真)[^\d\n]{0,6}$"
)


_OFFICE_CONTEXT = re.compile(
    r"(?i:\b(?:sponsor|sites?|office|department|dept|hospital|clinic|company|bhd|ltd|pte|"
    r"secretariat|agency|ministry|kementerian|jabatan|pejabat)\b)|公司|医院|醫院|办公室|辦公室|"
    # (and a shop's, a department's, a branch's or a centre's fax in Chinese: 文具行 傳真,
    # 宴會部 | 傳真, 深圳宝安分部 | 传真)
    r"文具行|商行|[部處处]\s*[|｜]|分部|宴會部|宴会部|採購部|采购部|商務中心|商务中心|网点|網點|分店|門市|门市"
)


def _fax_line(text: str, start: int, end: int) -> bool:
    """A fixed line right after a fax label in an office's text, with nobody named or
    addressed near it."""
    return bool(
        _FAX_BEFORE.search(text, max(0, start - 24), start)
        and _OFFICE_CONTEXT.search(text)
        and _is_landline(text[start:end])
        and not _PERSON_NEAR_LINE.search(text, max(0, start - 60), min(len(text), end + 40))
    )


# A mail header's display name before the address (``Accounts Payable <ap@...>``).
_DISPLAY_NAME_BEFORE = re.compile(r"([A-Za-z][A-Za-z&' -]{1,60}?)\s*<\s*$")
_BOT_DISPLAY_BEFORE = re.compile(r"[(\[](?i:bot)[)\]]\s*<\s*$")
_DISPLAY_ROLE_WORDS = _ROLE_MAILBOXES | frozenset(
    {
        "accounts", "payable", "receivable", "department", "dept", "desk", "centre", "center",
        "unit", "customer", "human", "resources", "and", "&", "the", "of", "services",
    }
)  # fmt: skip


def _role_display_name(text: str, start: int) -> bool:
    """An address under a display name made only of a desk's words (``Accounts Payable``,
    ``Customer Service``, ``Human Resources Department``), or one marked a bot's
    (``Weblate (bot) <hosted@weblate.org>``)."""
    if _BOT_DISPLAY_BEFORE.search(text, max(0, start - 12), start):
        return True
    m = _DISPLAY_NAME_BEFORE.search(text, max(0, start - 64), start)
    words = m.group(1).lower().split() if m else []
    return bool(words) and all(w in _DISPLAY_ROLE_WORDS for w in words)


def _famous_sender(text: str, start: int, end: int) -> bool:
    """An address under a famous figure's name, not at a mail provider: the figure's
    published work address (``Signed-off-by: Linus Torvalds <torvalds@linux-foundation.org>``)."""
    m = _DISPLAY_NAME_BEFORE.search(text, max(0, start - 64), start)
    return bool(
        m
        and in_gazetteer(m.group(1).strip())
        and not _PERSONAL_MAIL_DOMAIN.search(text, start, end)
    )


# A mail header's display name of any script before the address (``"Kelab Sukan dan
# Rekreasi" <ksr@...>``, ``全家便利商店 <einvoice@...>``).
_ANY_DISPLAY_NAME_BEFORE = re.compile(r"[\"“]?([^<>\"“”|:：\n]{2,60}?)[\"”]?\s*<\s*$")


def _organisation_display_name(text: str, start: int, end: int) -> bool:
    """An address under an organisation's display name (``Kelab Sukan dan Rekreasi``,
    ``Hangzhou Office Admin``, ``恒泰集团``) whose mailbox names nobody."""
    m = _ANY_DISPLAY_NAME_BEFORE.search(text, max(0, start - 64), start)
    if not m:
        return False
    name = m.group(1).strip()
    words = name.lower().split()
    if not words:
        return False
    organisation = (
        words[-1] in _ORG_WORDS_EN_LOWER
        or words[-1] in _DESK_WORDS
        or words[0] in _ORG_PREFIX_MS_LOWER
        or bool(_ZH_ORG_NAME_END.search(name))
    )
    if not organisation:
        return False
    # (and whose mailbox is no person's: initials, ``ksr@``, or desk and place words,
    # ``admin-hz@``; not ``weiming.tan@`` under the company's name)
    local = text[start:end].split("@", 1)[0].lower()
    parts = [p for p in re.split(r"[-_.+]+", local) if p]
    if any(p.capitalize() in GIVEN_NAMES_SET for p in parts):
        return False
    return (len(parts) == 1 and len(parts[0]) <= 5) or all(
        p in _ROLE_MAILBOXES or p in _REGION_TAGS or len(p) <= 3 or p.isdigit() for p in parts
    )


# A fax number's label (an office's contact block gives one beside its telephone).
_FAX = re.compile(r"(?i:\b(?:fax|faks|facsimile)\b)|(?<![A-Za-z])F\s?:|传真|傳真")
# (... beside a telephone's own label: a block of an office's lines, not a fax alone)
_TEL_LABEL = re.compile(r"(?i:\b(?:tel|telephone|phone|telefon|t)\s*[.:：])|电话|電話|总机|總機")
_ORG_ACCOUNT_NAME_AFTER = re.compile(
    # (maybe in quotes, or "in the name of" in Malay: 戶名「財團法人…」, ``atas nama Majlis
    # Gereja …``)
    r"[^\n]{0,12}?(?:户名|戶名|(?i:account name|a/c name|nama akaun|payee|atas nama))\s*[:：]?\s*"
    r"[「“\"']?"
    r"(?:(?i:persatuan|pertubuhan|yayasan|kelab|tokong|kuil|masjid|gereja|surau|koperasi|majlis|parish|"
    r"association|society|foundation|temple|church|club|fund)\b|[^\n）)]{0,40}?"
    r"(?i:\b(?:berhad|bhd|ltd|limited|association|society|foundation|fund)\b)|"
    r"[\u4e00-\u9fff]{0,12}(?:会馆|會館|公会|公會|协会|協會|基金会|基金會|宫|宮|庙|廟|寺|堂|学校|學校|大学|大學)"
    # (or a body by its legal form in Taiwan: 戶名：社團法人新北市溪洲社區大學)
    r"|(?:社团法人|社團法人|财团法人|財團法人))"
)
_TEST_HANDLES = frozenset(
    {"testuser", "test_user", "test-user", "testuser1", "demo", "demouser", "demo_user",
     "johndoe", "janedoe", "john_doe", "jane_doe", "foobar", "example", "sampleuser"}
)  # fmt: skip
_BOT_HANDLE = re.compile(
    r"(?i:dependabot|renovate|github-actions|codecov|sonarcloud|[\w-]*[-_]?bot(?:\[bot\])?)"
)
_PLATE_AUCTION = re.compile(r"底價|底价|拍賣|拍卖|(?i:\breserve price\b|\bauction\b|\blelongan\b)")
# (or an account named as a body's before the number: ``ke akaun PIBG SMK Taman Melawati,
# Bank Islam 1209 ...``)
_ORG_ACCOUNT_BEFORE = re.compile(
    r"(?i:\b(?:akaun|account|a/c)\s+(?:rasmi\s+|klien\s+|client\s+)?(?:PIBG|PTA|persatuan|pertubuhan|kelab|masjid|tetuan|JMB|"
    r"surau|koperasi|yayasan|tabung|sekolah|SMK|SK|SJK|association|society|club|church|"
    r"temple|foundation|fund)\b)[^\n]{0,60}$"
    # (or donations banked in to a body: ``banked in to Persatuan Kebajikan ..., Maybank``)
    r"|(?i:\b(?:bank(?:ed)?[- ]in(?:to)?(?:\s+to)?\s*:?|transfer(?:red)? to|masukkan ke|derma(?:an)? ke|"
    r"donations?\s+(?:can be\s+)?(?:banked|made|sent)\s+(?:in\s+)?to)\s+(?:akaun\s+)?"
    r"(?:PIBG|PTA|persatuan|pertubuhan|kelab|masjid|surau|koperasi|yayasan|tabung|"
    r"association|society|club|church|temple|foundation|fund)\b)[^\n]{0,60}$"
    # (or cheques made out to a parish or a church: ``Cheques payable to 'Parish of St
    # Ignatius - Offertory Account', OCBC current account 501-…``)
    r"|(?i:\bpayable to\s*[\"'‘“]?(?:the\s+)?(?:parish|church|temple|mosque|masjid|gereja|"
    r"persatuan|society|association|foundation|fund)\b)[^\n]{0,80}$"
    # (or an account named for a body in Chinese: 户名 杭州市钱塘公证处提存专户)
    r"|(?:户名|戶名|账户名称|帳戶名稱|收款单位|收款單位|户口名称|戶口名稱)\s*[:：]?\s*[「“\"]?[^\n，,；;]{0,20}"
    r"(?:公证处|公證處|法院|律师事务所|律師事務所|有限公司|公司|基金会|基金會|协会|協會|学校|學校|"
    # (and a building's incorporated owners: 戶口名稱「樂欣苑業主立案法團」)
    r"医院|醫院|专户|專戶|财政局|財政局|法团|法團)[^\n]{0,60}$"
    # (or a donation paid into a clan's or a body's account: 捐款请汇入“槟城林氏宗祠”会馆户口)
    r"|(?:捐款|捐献|捐獻|善款|乐捐|樂捐)[^\n]{0,30}(?:会馆|會館|宗祠|公会|公會|庙|廟|寺|协会|協會|"
    r"基金会|基金會|学校|學校|董事会|董事會)[^\n]{0,8}(?:户口|戶口|账户|帳戶|账号|帳號)[^\n]{0,40}$"
)
# A body's mailbox by its label in Chinese (会务组邮箱, 编辑部电子邮箱：).
_ROLE_MAILBOX_LABEL_ZH = re.compile(
    r"(?:会务组|會務組|会务|會務|秘书处|秘書處|区议会|區議會|编辑部|編輯部|组委会|組委會|招生办|招生辦|办公室|辦公室|"
    # (a project's, an office's or a shared mailbox: 项目邮箱, 修谱办公邮箱, 共享邮箱)
    r"项目|項目|办公|辦公|共享|公共)"
    r"(?:的)?(?:邮箱|郵箱|电子邮箱|電子郵箱|(?i:e-?mail))?\s*[:：]?\s*$"
    # (or an office-holder's public mailbox: 院长信箱, 市长信箱, 校长信箱)
    r"|(?:院长|院長|校长|校長|市长|市長|县长|縣長|区长|區長|局长|局長|书记|書記|总经理|總經理|董事长|董事長)"
    r"信箱\s*[:：]?\s*$"
    # (or a desk's mailbox for reports and complaints: 受理邮箱, 举报邮箱)
    r"|(?:受理|举报|舉報|投诉|投訴|监督|監督)(?:邮箱|郵箱|电子邮箱|電子郵箱)\s*[:：]?\s*$"
    # (or a department's by its kind: 公卫科邮箱, 教务处邮箱, 中心邮箱, 人事部邮箱)
    r"|[\u4e00-\u9fff](?:科|处|處|办|辦|部|中心|学院|學院|局|站)(?:的)?"
    r"(?:邮箱|郵箱|电子邮箱|電子郵箱)\s*[:：]?\s*$"
)
_OFFICE_INITIALS = re.compile(r"[a-z]{2,5}@")
_OFFICE_BEFORE_ZH = re.compile(
    r"(?:办公室|辦公室|招生办|招生辦|教务处|教務處|学生处|學生處|研究生院|中心|学院|學院)[^\n]*$"
)
_UNIT_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:Bahagian|Jabatan|Unit|Seksyen|Pejabat|Division|Department|Branch)\s+[A-Z]"
)
_GOVERNMENT_DOMAIN = re.compile(r"@(?:[\w-]+\.)*gov(?:\.[a-z]{2})?$", re.IGNORECASE)
_ACADEMIC_DOMAIN = re.compile(r"@(?:[\w-]+\.)*(?:edu|ac)(?:\.[a-z]{2})?$", re.IGNORECASE)


# Country codes of the regions with their own phone recognizers.
_OWN_COUNTRY_CODE = re.compile(r"^\W{0,2}(?:\+|00)\s?(86|852|853|886|65|60)")


# Card numbers shorter than 16 digits are issued only by a few schemes, each with its
# own first digits: 13 digits by Visa (4...), 14 by Diners Club (30, 36, 38, 39), 15 by
# American Express (34, 37) and JCB (1800, 2131).  A 13-digit product barcode (690...,
# an EAN-13 of China) that happens to pass the Luhn check is no card.
_SHORT_CARD_PREFIXES = {13: ("4",), 14: ("30", "36", "38", "39"), 15: ("34", "37", "1800", "2131")}


def _issued_card_length(digits: str) -> bool:
    # (no scheme issues cards from 0, nor from 1 but UATP's fifteen digits: a registration
    # number ``110105-2025-000123`` is no card)
    if digits[:1] == "0" or (digits[:1] == "1" and len(digits) != 15):
        return False
    prefixes = _SHORT_CARD_PREFIXES.get(len(digits))
    return prefixes is None or digits.startswith(prefixes)


# A unit test's expected value: a quoted literal on a line that asserts
# (``assert format_phone("+6591234567") == "+65 9123 4567"``, ``expect(x).toBe('...')``).
_ASSERTION = re.compile(
    r"^\s*(?:assert|self\.assert\w*|expect\b)|==|\.to(?:Be|Equal)\(|assertEquals?\("
    # (or documentation showing what a call gives: ``mask_phone("+852 9123 4567") returns ...``)
    # (a literal among the call's arguments: not ``print(u) -> User(...)``, an object's dump)
    r"|\w\((?=[^()\n]{0,80}[\"'])[^()\n]{0,80}\)\s*(?:returns|gives|yields|outputs|produces|->|=>)\s"
    # (or a literal mapped to what a function makes of it: ``'S1234567D' -> 'S****567D'``)
    r"|[\"'][^\"'\n]{1,40}[\"']\s*(?:->|=>|→)\s*[\"']"
)


# (Case-sensitive: ``MY`` is Malaysia's code in a test's message.)
_OWN_WORD = re.compile(r"\b(?:[Mm]y|[Mm]e|[Mm]ine|[Oo]ur|[Ss]aya|[Aa]ku|[Kk]ami)\b|我|本人")


# The word joining a range's two ends (``編號IN-2503-001至IN-2503-048``, ``A001 to A048``).
_RANGE_JOIN = re.compile(r"\s*(?:至|到|~|～|–|—|\bto\b|\bthrough\b)\s*")


def _shape(run: str) -> str:
    return "".join("9" if c.isdigit() else "A" if c.isalpha() else c for c in run)


def _serial_range(text: str, start: int, end: int) -> bool:
    """Whether the value at ``text[start:end]`` is one end of a range of numbers of the
    same shape (a catalogue's or a batch's serials), the other end across 至 or ``to``."""
    value = text[start:end]
    after = _RANGE_JOIN.match(text, end)
    if after and _shape(text[after.end() : after.end() + len(value)]) == _shape(value):
        return True
    for join in _RANGE_JOIN.finditer(text, max(0, start - len(value) - 12), start):
        if join.end() == start:
            first = text[max(0, join.start() - len(value)) : join.start()]
            return _shape(first) == _shape(value)
    return False


def _asserted_literal(text: str, start: int, end: int) -> bool:
    if start == 0 or text[start - 1] not in "\"'" or text[end : end + 1] != text[start - 1]:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return (
        bool(_ASSERTION.search(line))
        and not _OWN_WORD.search(line)
        and not _REAL_VALUE_TYPED_IN.search(line)
    )


# A real value said to be typed into code or a formula (``the lookup value was typed
# straight into the formula``, ``hard-coded``): no documentation's example.
_REAL_VALUE_TYPED_IN = re.compile(
    r"(?i:\btyped (?:straight |directly |right )?into\b|\bhard-?coded\b|\bpasted (?:straight )?into\b)"
)


# A toll-free number in its own groups (``1800 255 0000``, ``1-800-88-1234``,
# ``1300 88 1234``, ``800 123 456``): a business's line, never a person's.
# (or an 800 line's ten digits run together, as the second pass reads ``800 852 3388``)
_TOLL_FREE = re.compile(r"(?:\+?\d{1,3}[\s\-.]?)?1?[\s\-.]?[38]00(?:[\s\-.]\d{2,4}){2}|800\d{7}")
_ADDRESS_ENTITIES = frozenset({"ADDRESS", "ZH_ADDRESS", "LOCATION"})
# A table of a business's outlets, by its header: an outlet's or a branch's key column and
# its opening hours (``outlet_code,name,address,postal_code,phone,opening_hours``).
_OUTLET_TABLE_HEADER = re.compile(
    r"(?i)(?<![a-z])(?:outlet|branch|store|shop)[_ ]?(?:code|id|no|name)(?![a-z])"
    r"[^\n]{0,200}?(?<![a-z])(?:opening|business|operating)[_ ]?hours(?![a-z])"
    # (or a SQL row of such a table: ``INSERT INTO stores VALUES(88,'瑞幸咖啡（中山公园店）',
    # '上海市长宁区长宁路1018号', ...)``, ``INSERT INTO poi_cache VALUES(...)``)
    r"|(?i:\binsert\s+into\s+[`\"]?(?:stores?|shops?|branches|outlets?|merchants?|poi\w*)\b)"
)
# A documentation sample's address (``123 Example Street``, ``1 Sample Road``).
_SAMPLE_PLACE = re.compile(
    r"\b(?:example|sample|test|dummy|fake|placeholder|contoh|anytown|anyville)\b"
    # (a template's stand-in street: ``Jalan ABC``, ``XYZ Road``)
    r"|\b(?-i:ABC|XYZ)\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=1)
def _country_phone_recognizers() -> dict[str, list[Any]]:
    from residency.detectors.china.cn_landline_recognizer import CnLandlineRecognizer
    from residency.detectors.china.cn_mobile_recognizer import CnMobileRecognizer
    from residency.detectors.hongkong.hk_phone_recognizer import HkPhoneRecognizer
    from residency.detectors.macau.mo_phone_recognizer import MoPhoneRecognizer
    from residency.detectors.malaysia.my_phone_recognizer import MyPhoneRecognizer
    from residency.detectors.singapore.sg_phone_recognizer import SgPhoneRecognizer
    from residency.detectors.taiwan.tw_phone_recognizer import TwPhoneRecognizer

    return {
        "86": [CnMobileRecognizer(), CnLandlineRecognizer()],
        "852": [HkPhoneRecognizer()],
        "853": [MoPhoneRecognizer()],
        "886": [TwPhoneRecognizer()],
        "65": [SgPhoneRecognizer()],
        "60": [MyPhoneRecognizer()],
    }


def _country_phone(value: str) -> bool:
    """Whether Presidio's generic ``PHONE_NUMBER`` is a whole number of a region that has
    its own recognizer (``+86 138 1234 5678`` is reported once, as ``CN_MOBILE``)."""
    m = _OWN_COUNTRY_CODE.match(value)
    if not m:
        return False
    value = value.strip()
    for recognizer in _country_phone_recognizers()[m.group(1)]:
        for r in recognizer.analyze(value, [recognizer.ENTITY]):
            if r.score >= 0.5 and r.start <= 2 and r.end >= len(value):
                return True
    return False


_CLAN_HALLS = frozenset(
    {"hoey kuan", "huay kuan", "hwee kuan", "hui kuan", "wui kun", "wui koon", "ui kuan"}
)
_LATIN_SCRIPT = re.compile(r"[\x00-\u024f\u2019]+")


_TYPEFACE_WORDS = frozenset({"Sans", "Serif", "Mono"})
# Organisations' words that, in capitals, are an abbreviation (a sale and purchase
# agreement).
_ABBREVIATIONS_NOT_ORG = (" SPA",)


def _is_organisation(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is part of an organisation's name."""
    if organisation_name_at(text, start, end):
        return True
    after = text[end : end + 60]
    value = text[start:end]
    # (Latin script, accents too: ``Pedro José Lobo`` of ``Rua do Dr. Pedro José Lobo``)
    if _LATIN_SCRIPT.fullmatch(value):
        words = value.split()
        # (maybe with a possessive: ``Jelita Studio's official WhatsApp``)
        if words and re.sub(r"['’]s$", "", words[-1].strip(".")).lower() in _ORG_WORDS_EN_LOWER:
            return True
        # (or a shop's trade word before its branch: ``KeyKing Locksmith Geylang``)
        if any(
            w.lower() in _ORG_WORDS_EN_LOWER and w.lower() not in _SURNAME_LIKE_ORG_WORDS
            for w in words[1:-1]
        ):
            return True
        # (a typeface with its script's letters after it: ``Noto Sans TC``)
        if any(w in _TYPEFACE_WORDS for w in words[1:]):
            return True
        # (a clan's or a dialect group's association: ``Kim Mui Hoey Kuan``)
        if " ".join(words[-2:]).lower() in _CLAN_HALLS:
            return True
        if words and words[0].lower() in _ORG_PREFIX_MS_LOWER:
            return True
        # (a land scheme's settlement, ``Felda Keratong 3``; not a settler named after it,
        # ``Peneroka Felda Trolak Selatan Haji Ghazali bin Mahat``)
        if (
            words
            and words[0] in ("Felda", "Felcra", "FELDA", "FELCRA")
            and not any(
                w.lower() in _PERSON_NAME_MARKERS_MS or w in GIVEN_NAMES_SET for w in words[1:]
            )
        ):
            return True
        org_after = _ORG_AFTER_EN.match(after)
        # (``Tan Hui Min of Jurong West Street 42`` lives there: a road named after a
        # person follows the name at once, ``Tan Quee Lan Street``; an abbreviation in
        # capitals after a name in mixed case is no organisation's word: ``client Suresh
        # Pillai SPA signing`` is a sale and purchase agreement)
        if (
            org_after
            and not _OF_A_ROAD.fullmatch(org_after.group(0))
            and not (org_after.group(0).endswith(_ABBREVIATIONS_NOT_ORG) and not value.isupper())
        ):
            return True
        if _ORG_BEFORE_MS.search(text[max(0, start - 60) : start]):
            return True
        return bool(_ORG_DEED_AFTER.match(after)) and not personal_cue_near(text, start, end)
    if len(value) >= 3 and _ZH_ORG_NAME_END.search(value):
        return True
    # (the span maybe running into the trade: 「阿強鎖匙」)
    if (
        start
        and text[start - 1] in _OPENING_QUOTES
        and (
            _QUOTED_TRADE_AFTER.match(after)
            or _QUOTED_TRADE_AFTER.match(text, start + 1)
            # (or a shop by its quoted name, whatever it sells: 这家“王阿姨鲜肉月饼”)
            or _SHOP_BEFORE_QUOTE_ZH.search(text, max(0, start - 4), start - 1)
        )
    ):
        return True
    if _ORG_AFTER_ZH.match(after) or _ORG_RIGHT_AFTER_ZH.match(after):
        return True
    return bool(_ORG_AFTER_ZH_UNLESS_CUED.match(after)) and not personal_cue_near(text, start, end)
