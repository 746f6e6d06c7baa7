"""Which English-NER ``PERSON`` spans are names of data subjects.

spaCy's small English model calls many capitalised words people: programming languages
(``Java``), algorithms named after their inventors (``Luhn``), companies (``Petronas``),
Malay words in Malay text (``Kira``, ``jalan kerja``), monarchs and founders
(``Peter the Great``, ``Sir Stamford Raffles``) and, in mixed text, Chinese phrases.  None
of these is personal data of a data subject.  :func:`keep_person` keeps a span only when it
reads like somebody's name:

* Latin letters only -- Chinese names are the job of ``ZH_PERSON``, and digits are never
  part of a name (``JNE2565653871``, ``是不是 v15.34.10``);
* every word capitalised, except name particles (``bin``, ``binti``, ``a/l``, ``van`` ...)
  -- or, in lower-case chat, a name of the lower-case shapes right after what introduces
  a person (``pls call tan wei ming``);
* not named in history, literature or encyclopaedia prose without any personal cue
  (:mod:`residency.detectors.public_context`);
* not a famous fictional or historical figure (unless a personal cue sits right next to
  it) nor part of a named organisation, brand or prize: the gazetteers, regnal and
  epithet forms, and -- without a personal cue -- not a name in text that also names a
  famous figure (``Atticus Finch defends Tom Robinson``: other names there are characters
  or peers too), (``Peter the Great``, ``Louis XIV``), titles of rulers and knights
  (``King``, ``Sultan``, ``Sir``) right before it;
* not a place or an organisation by its head word (``Pulau Pandan``, ``Maybank Berhad``),
  nor a place after a locative preposition (``in Wan Chai``, ``di Shah Alam``);
* a single word only with a personal context close by: an honorific (``Mr``, ``Encik``)
  or a phrase that introduces a person (``my name is``, ``Hi``, ``contact``) -- one
  capitalised word alone is weak evidence and mostly a product, place or term.
"""

from __future__ import annotations

import functools
import re

import regex

from residency.detectors.chinese.public_figures import (
    famous_name_cleared,
    in_gazetteer,
    names_famous_figure,
    organisation_name_at,
    peer_of_famous,
    without_possessive,
)
from residency.detectors.common_words import is_common_word, is_malay_common_word
from residency.detectors.identifier_name_recognizer import (
    DOCUMENT_FILE_BEFORE,
    FIELD_JOINED_BEFORE,
    GIVEN_AND_SURNAME_IN_FILE_RX,
    LOWER_NAMES_IN_FILE_RX,
    NAME_IN_IDENTIFIER,
    USER_ACCOUNT_NAME,
    USER_LABEL_BEFORE,
)
from residency.detectors.malaysia.my_given_name_recognizer import (
    ENGLISH_GIVEN,
    GIVEN_NAME_SET,
    HOME_DIRECTORY_PREFIX,
    OWNER_DEVICE_AFTER,
    OWNER_DEVICE_CAPS,
    PATRONYMIC_JOINED_NAME,
    ROLE_IN_FILE_NAME_BEFORE,
    given_name_first,
    login_names_person,
)
from residency.detectors.malaysia.my_name_recognizer import (
    ADULT_AGE_AFTER,
    CHILD_AGE_AFTER,
    CLAUSE_OPENS,
    JAWI_LETTER,
    JAWI_NAME,
    JOB_BEFORE_NAME,
    KIN_BEFORE_CHILD,
    KIN_ORDER_TITLES,
    KIN_ORDER_WORDS,
    KNOWN_IN_CAPITALS,
    LATIN_NAME_KIN_BEFORE_ZH,
    LOWER_CASE_INTRO,
    LOWER_CASE_INTRODUCED_NAME,
    LOWER_CASE_NAME,
    LOWER_CASE_SUBJECT,
    MALAY_KIN_TITLES,
    MALAY_TRADE_BEFORE_NAME,
    NUMBER_AFTER_NAME,
    NUMBER_CELL_AFTER,
    PASSENGER_NAME_RX,
    PAY_WORD,
    PINYIN_NAME,
    PINYIN_NAME_IN_CHINESE,
    PINYIN_OWNER_OF_DEVICE,
    PRIVATE_MATTER_SOON,
    PUPIL_YEAR_AFTER,
    RELATION_IN_BRACKETS_AFTER,
    ROMANISED_SYLLABLE,
    SEA_CHINESE_SURNAME_SET,
    SELF_INTRO,
    SELF_INTRO_TAIL,
    SIGN_OFF_AFTER,
    SIGN_OFF_BEFORE,
    SISTER_OR_BROTHER_AFTER,
    SUM_AFTER_NAME,
)
from residency.detectors.malaysia.my_vehicle_plate_recognizer import CAR_MAKES
from residency.detectors.private_matter import (
    PRIVATE_MATTER,
    PRIVATE_MATTER_OF_NAMED_ZH,
    PRIVATE_MATTER_RX,
    PRIVATE_MATTER_ZH,
    sentence_of,
)
from residency.detectors.public_context import (
    contact_near,
    is_public_mention,
    personal_context,
    personal_cue_near,
)
from residency.detectors.relations import (
    DEPARTMENTS_EN,
    NAMED_PERSON_NOUNS,
    POSSESSIVES_MS,
    RELATIONS_EN,
    RELATIONS_MS,
    RELATIONS_ZH,
    ROLES_EN,
)
from residency.detectors.spaced_name_recognizer import (
    BACKWARDS_NOTE_ZH,
    DOTTED_NAME,
    REVERSED_NAME,
    SPACED_NAME,
)
from residency.detectors.tamil.ta_name_recognizer import CUE_BEFORE as TAMIL_CUE_BEFORE
from residency.detectors.vietnamese.vi_name_recognizer import VIETNAMESE_NAME


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Lower-case words that may sit inside a name.
NAME_PARTICLES = _words(
    "bin binti binte bte bt b. bn a/l a/p s/o d/o al el van von der den de da di del della dos du "
    "la le ibni ibnu ap "
    # (Sarawak's and Sabah's "child of": ``Nyanggau anak Ujang``)
    "anak ak ak."
)

# Honorifics before a name: they make a single word a name (``Encik Azman``).
HONORIFICS = _words(
    "mr mr. mrs mrs. ms ms. miss mx dr dr. madam mdm mdm. madame encik en. puan pn. pn cik "
    "tuan hj hj. haji hajah ustaz ustazah prof prof. sdr sdri uncle auntie aunty "
    # Malay kin titles (``Abang Din``, ``Kak Ros``, ``Pak Long Kassim``: see _KIN_ORDER).
    "pak mak pakcik makcik abang abg kak kakak adik cikgu atuk tok nenek opah"
)
GIVEN_NAMES_SET = GIVEN_NAME_SET
_INITIAL = re.compile(r"[A-Z]\.?")
_BIBLIOGRAPHIC = re.compile(
    # (a paper's author list with affiliation marks: ``Wei Jie Koh¹², Suet Ling Chan¹``)
    # (superscripts may have been normalised to digits: ``Koh12, Suet Ling Chan1,``)
    r"[a-z][¹²³⁴⁵⁶⁷⁸⁹⁰\d]{1,3}\*?,\s*[A-Z][a-z]+(?:[ -][A-Z][a-z]+)+[¹²³⁴⁵⁶⁷⁸⁹⁰\d]{1,3}\*?,|"
    r"\bISBN(?:-1[03])?:?\s*97[89]|\bISSN:?\s*\d|\bdoi:|\bdoi\.org/|\bPublisher:|\bCall no\.|\bet al\.|\bMARC\b|"
    r"\bpp?\. \d+|\d+ pp?\.|\bPhysical description\b|\(\d{4}[a-z]?\)\. [A-Z]|"
    # (a journal citation's year;volume:pages: ``J. Trop. Med. 2024;18:233–241``)
    r"\b(?:19|20)\d{2};\s?\d{1,4}(?:\(\d{1,3}\))?:\s?[A-Za-z]?\d{1,6}"
)
_CONDITION_AFTER = re.compile(
    r"[^.!?\n]{0,40}?\b(?:has|had|have got|got|was diagnosed with|is diagnosed with|"
    r"suffers? from|is allergic to|is on)\b[^.!?\n]{0,20}?\b(?:diabetes|asthma|cancer|"
    r"epilepsy|adhd|autism|depression|hiv|hepatitis|allerg\w*|insulin|seizures?|dyslexia|"
    r"leuka?emia|tuberculosis|eczema|dementia|schizophrenia|bipolar)\b",
    re.IGNORECASE,
)
# A staff or payroll record: a name in it is an employee's, whoever else bears it (a
# payroll row for ``Li Na`` is not about the tennis player).
PERSONNEL_RECORD = re.compile(
    r"(?i:\bpayroll\b|\bpay ?slip|\b(?:staff|employee) (?:id|no\.?|number|record)\b|"
    r"\b(?:sick|medical|unpaid) leave\b)"
)
_BOARD_OFFICE_AFTER = re.compile(
    # (or a listed company's announcement: ``the appointment of ... as Independent
    # Non-Executive Director``)
    r"\s+as\s+(?:an?\s+|the\s+)?(?:(?:Independent|Non-Executive|Non-Independent|Executive|"
    r"Senior Independent)\s+)+(?:Director|Chairman)|\s+as\s+(?:the\s+)?(?:Chairman|Group CEO|"
    r"Chief Executive Officer|Company Secretary)\b|"
    r"\s*[(（,]\s*(?:(?:Independent|Non-Executive|Non-Independent|Executive|Group|Deputy|"
    r"Senior|Lead|Joint)\s+)*(?:Chairman|Chairwoman|Chairperson|Director|Managing Director|"
    r"CEO|CFO|COO|CTO|Chief \w+ Officer|President|Company Secretary)(?![A-Za-z])"
)
_BACKWARDS_BEFORE_ZH = re.compile(BACKWARDS_NOTE_ZH + "$")
_QUOTES = "'\"‘’“”"
_WITH_YOUR_OWN = re.compile(r"(?i:\s+(?:with|dengan)\s+(?:your own|nama (?:anda|sendiri)))")
# Judges' posts after their names (``Wong Mei Sze J``, ``Menon CJ``).
_OFFICE_THEN_BRACKET = re.compile(
    r"\b(?:Minister|Secretary|Speaker|Chairman|Mayor|Member for [A-Z][\w -]{1,30})"
    r"[^()\n]{0,60}\(\s*(?:(?:Dr|Prof|Mr|Mrs|Ms|Mdm|Miss|Assoc Prof|Er)\.?\s+)?$"
)
_NATION_CODE_AFTER = re.compile(
    r"\s*\((?:MAS|SGP|SIN|CHN|HKG|TPE|MAC|INA|THA|JPN|KOR|IND|PHI|VIE|AUS|NZL|ENG|GBR|USA|"
    r"CAN|FRA|GER|ESP|DEN|NED|ITA|BRA|EGY)\)"
)
_BENCH_LISTED = re.compile(
    r"(?:\s*,\s*[A-Z][\w'’/ -]{2,40}?)*(?:,?\s+and\s+[A-Z][\w'’/ -]{2,40}?)?"
    r"\s+(?:JJ|JJA|JJCA|FCJJ|JJ\.A\.|SJJ)(?![A-Za-z])"
)
_JUDICIAL_POSTS = frozenset(
    {"CJ", "JA", "JCA", "FCJ", "JC", "J", "JAD", "SJ", "PJ", "CJHC", "VP", "JJ", "JJA", "JJCA", "FCJJ"}
)  # fmt: skip
# A public role said right after a name: a judge's post, a holder of a state office in
# apposition (``S R Nathan, the sixth President of Singapore, passed away``: public news,
# even of a death or an illness), a case cited by its party (``Lau Tak Ming remains the
# leading authority``), a Member asking a parliamentary question (``Mr Ang Wee Keong asked
# the Minister for ...``).
_PUBLIC_ROLE_AFTER = re.compile(
    rf"\s+(?:{'|'.join(sorted(_JUDICIAL_POSTS))})(?:\b|(?=[.,;:)]))"
    r"|,\s+(?:the\s+)?(?:[a-z]+\s+)?(?:former\s+)?(?:President|Prime Minister|"
    r"Deputy Prime Minister|Chief Justice|Speaker|Governor|Chief Executive|Sultan|"
    r"Yang di-Pertuan Agong)\b"
    r"|\s+(?:remains|is|was|has become)\s+the\s+(?:leading\s+|locus classicus\s+)?"
    r"(?:authority|case|precedent)\b"
    r"|\s+asked the (?:Deputy )?(?:Prime )?Minister\b|\s+bertanya kepada Menteri\b"
    # ... a broadcaster's or a performer's trade (``Ms Christine Yip, evening news anchor``)
    r"|,\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+){0,2}(?:news anchor|newsreader|news presenter|"
    r"tv host|television host|radio dj|radio host|columnist)\b"
    # ... or an elected member by the seat (``Dr Faridah Osman, MP for Tampines West``).
    r"|,\s+(?:the\s+)?(?:MP|Member of Parliament|ADUN|State Assemblyman|Legislative Councillor"
    r"|LegCo member)\s+(?:for|of)\s+[A-Z]"
    # ... or a circular's signatory by the office under the name (``(DATO' SERI ZULKIFLI ...)
    # Ketua Pengarah Perkhidmatan Awam Malaysia``).
    r"|(?:\s+[A-Z]{2,})*\)?\s*(?:Ketua Pengarah|Ketua Setiausaha|Ketua Pegawai Eksekutif|Timbalan Menteri|Menteri|"
    r"Setiausaha Kerajaan|Ketua Hakim)\b"
)
_REMUNERATION = re.compile(r"(?i:\bremuneration\b|\bemoluments?\b|\bdirectors'? fees?\b)")
_PRIVATE_MATTER_AFTER = re.compile(rf"[^.!?\n]{{0,80}}{PRIVATE_MATTER}")
# What follows a name that is the subject or the owner of its sentence.
_SUBJECT_AFTER = re.compile(
    r"(?:['’]s\b|\s+(?:is|was|has|had|asked|will|would|did|said|says|told|wants|needs|got|"
    r"failed|tested|just|also|still|from|"
    # (and in Malay: ``Saudara Lokman masih berhutang RM6,500``)
    r"masih|sudah|dah|telah|belum|pernah|kena|sedang|tengah)\b"
    # (or set off by commas, what the person does after it: ``the guy from unit A-0715,
    # Kenny, always comes at 3am smelling of alcohol``)
    r"|,\s+(?:who|always|never|often|usually|again|keeps|allegedly|reportedly|dikatakan|didakwa)\b)"
)
_PRIVATE_MATTER_BEFORE = re.compile(rf"{PRIVATE_MATTER}[^.!?\n]{{0,40}}$")
_RELIGIOUS_TALK = re.compile(
    r"\b(?:ceramah|kuliah|tazkirah|penceramah|forum perdana|tanyalah ustaz(?:ah)?|maulidur rasul)\b",
    re.IGNORECASE,
)
_RESIDENCE_WORDS = _words(
    "apartment apartmen residensi pangsapuri kondominium condominium condo taman menara wisma "
    "surau masjid madrasah butik kedai restoran warung "
    # ... and a market (``Pasar Siti Khadijah``).
    "pasar "
    # ... and a road or an estate named after a person (``Lingkaran Syed Putra``, ``Jalan
    # Tun Razak``).
    "jalan jln lorong lrg lingkaran persiaran lebuh lebuhraya lengkok laluan medan"
)
_KIN_ORDER = frozenset(w.lower() for w in KIN_ORDER_WORDS)
_KIN_ORDER_TITLES = frozenset(w.lower() for w in KIN_ORDER_TITLES)
# Kin titles name folk-tale and story people as often as neighbours (``Pak Pandir``, ``Mak
# Limah menjual kuih``): such a name is a data subject's only in text that speaks of the
# writer's own circle or of private matters (``Abang Din jiran sebelah rumah aku``, ``Pak
# Long Kassim dah masuk wad ICU``).
_MALAY_KIN_TITLES = frozenset(w.lower() for w in MALAY_KIN_TITLES)
_MALAY_KIN_TITLE_BEFORE = re.compile(r"(?<![A-Za-z])(?:" + "|".join(MALAY_KIN_TITLES) + r")\s$")
_MALAY_PERSONAL_CUE = re.compile(
    r"\b(?:aku|saya|kami|kita|dah|tadi|semalam|kat|hospital|wad|icu|klinik|doktor|sakit|"
    r"cerai|hutang|berhutang|pinjam|gaji|meninggal|mengandung|keguguran|judi|polis|mahkamah|"
    r"penjara|ditangkap|nombor|telefon|alamat|ic|mykad|my|i|me|"
    # (a customer's order and her grandchild's stay in hospital: ``mak cik Faridah ... yang
    # tempah aqiqah ... cucu dia kena admit HUKM sebab keracunan``)
    r"tempah|cucu|admit|keracunan|"
    # (a teacher's child who fights: ``Danial, anak Cikgu Fauziah ... pernah bergaduh``)
    r"anak|bergaduh|"
    # (a neighbour who opened a smart lock by PIN: ``oleh "Pak Cik Rosli (jiran A-12-3)"``)
    r"(?<!-)jiran(?!-)|pin)\b",
    re.IGNORECASE,
)

# Titles of rulers, saints and knights: the person after them is a public figure.
PUBLIC_TITLES = _words(
    "king queen emperor empress tsar czar tsarina kaiser pharaoh pope saint st st. prince "
    "princess duke duchess sultan sultanah raja tunku tuanku sir dame lord admiral general "
    "prophet caliph shah maharaja rajah tun "
    # The Prophet's family and companions (``Saidatina Khadijah``, ``Sayidina Umar``).
    "saidatina sayidatina saidina sayidina nabi "
    # A nation's astronaut, named by the title (``Angkasawan Sheikh Muszaphar Shukor``).
    "angkasawan astronaut"
)

# Offices whose holders news names by title (``Health Minister Ong Ye Kung``, ``MP Louis
# Ng``, ``Menteri Besar Amirudin Shari``, ``Datuk Lee Chong Wei``), as capitalised right
# before the name: "my secretary Linda" is somebody's staff.
OFFICE_TITLES = _words(
    "Minister Ministers MP MPs Senator Congressman Congresswoman Councillor Councilor Mayor "
    "Governor President Premier Chancellor Secretary Speaker Commissioner Ambassador "
    "Executive Justice Judge Chairman Chairwoman Chairperson CEO CFO COO CTO Menteri Besar "
    "Berhormat YB ADUN Pengerusi Datuk Dato Dato' Datin Tengku Temenggong Bendahara "
    "Laksamana "
    # Malaysian police ranks and officials named in news (``Ketua Polis Daerah Kajang, ACP
    # Mohd Faizal Rahim``), a national athlete (``Jaguh badminton negara, ...``), a head of
    # a school or a department in its notice.
    "ACP SAC DCP DSP ASP Supt Superintendent Pengarah Timbalan Jaguh Pengetua Mufti Imam "
    # Court officers named in judgments (``Assistant Registrar Kenneth Yip``).
    "Registrar Magistrate Coroner"
)
# Malaysian titles of rank, maybe before an academic one: ``Tan Sri Dr``, ``Datuk Seri``.
_RANK = re.compile(
    r"(?:Tan Sri|Puan Sri|Datuk Seri|Dato' Seri|Dato' Sri|Dato Sri|Datuk|Dato'?|Datin|Tun|"
    # (and Sarawak's hereditary titles after one: ``Tan Sri Abang Johari``)
    r"Toh Puan)(?: (?:Dr\.?|Prof\.?|Haji|Hj\.?|Ir\.?|Abang|Awang|Dayang))*"
)

_TITLE_LAST = _words("king queen prince princess emperor agong")
_RANK_BEFORE = re.compile(r"(?<![A-Za-z])" + _RANK.pattern + r"\s+$")
_RANK_THEN_NAME_BEFORE = re.compile(
    r"(?<![A-Za-z])" + _RANK.pattern + r"(?:\s+[A-Z][a-z'’-]+){1,2}\s+$"
)
# Honorifics that may sit between a title and the name (``Tun Dr``, ``Datuk Seri Dr.``).
_SKIPPED_HONORIFICS = _words("dr dr. prof prof. haji hj hj. hajah ir ir. ts")

# Head words of places and organisations (English and Malay).
# A currency's code or sign before an amount, which the model sometimes tags as a person.
_CURRENCIES = frozenset(("RM", "SGD", "MYR", "HKD", "USD", "RMB", "CNY", "NTD", "TWD", "MOP"))
_AMOUNT_AFTER = re.compile(r"\s?\d")
# Words that make any span holding them an organisation's name, wherever they stand.
_ORG_INSIDE = frozenset(
    (
        "pejabat",
        "jabatan",
        "kementerian",
        "imigresen",
        "persatuan",
        "syarikat",
        "berhad",
        # (a division or a unit: ``Bahagian Sokongan Keluarga``)
        "bahagian",
        "unit",
        "sokongan",
        # (a pharmacy's branch by its place: ``Alpro Pharmacy Taman Tun Dr Ismail``)
        "pharmacy",
        "farmasi",
        # (an aid scheme: ``Elaun Sara Hidup Nelayan``, ``Bantuan Sara Hidup``)
        "hidup",
        # (a club's evening or contest: ``Malam Apresiasi Kelab``, ``Johan Debat Piala
        # Diraja``)
        "apresiasi",
        # (a body's corporate unit: ``Unit Komunikasi Korporat``; a poverty line: ``Pendapatan
        # Garis Kemiskinan``)
        "korporat",
        "kemiskinan",
        # (a rental's add-on: ``Damage Waiver Plus``)
        "waiver",
        # (a building's tower, a plaza or a mall: ``Ngee Ann City Tower B``)
        "tower",
        "towers",
        "plaza",
        "mall",
        # (a price list's header: ``Kod Item  Keterangan  Harga``)
        "keterangan",
        "harga",
        # (an identity card: ``No. Kad Pengenalan``; the Games: ``Sukan Olimpik``)
        "pengenalan",
        "sukan",
        "olimpik",
        # (a welfare unit and a society's or a religious school's name: ``Unit Kerja Sosial
        # Perubatan``, ``Pertubuhan Maahad Tahfiz Darul Falah``)
        "kerja",
        "perubatan",
        "pertubuhan",
        "maahad",
        "debat",
        "piala",
        "kejohanan",
        "pertandingan",
    )
)
PLACE_OR_ORG_WORDS = _words(
    "hub pulau gunung bukit sungai sungei kampung kampong jalan lorong taman kuala tanjung "
    "tanjong teluk telok kota pasir tanah batu padang simpang ulu lembah permatang ayer "
    "bandar pantai tasik selat mount mt lake river port fort cape bay island street road "
    "avenue university universiti college kolej school sekolah hospital bank berhad bhd sdn "
    "ltd inc corp corporation company group holdings foundation institute museum church "
    "wilayah persekutuan negeri negara "
    # An event named after its star (``Jay Chou Carnival World Tour``).
    "tour concert festival exhibition championship championships awards marathon carnival "
    "masjid kesultanan kerajaan empire dynasty kingdom republic ministry kementerian jabatan "
    "dewan majlis persatuan syarikat heights highlands hills valley gardens park square "
    "bridge estate plaza tower towers town hikayat syair point junction terminal cathedral "
    "mall centre center city village jetty beach wetland wetlands reserve "
    # A help desk's sign-off (``Lazada Seller Support``) and a course (``Creative Writing``).
    "support care helpdesk writing studies literature "
    # A course, a street's kind, a club, an advert, an office (``Creative Writing
    # Bootcamp``, ``Sumang Walk``, ``Kedah Darul Aman FC``, ``Iklan Mudah``).
    "bootcamp workshop programme course walk crescent fc iklan pejabat imigresen liga batch "
    "place customer penggal mesyuarat "
    # Singapore's road kinds (``Tanah Merah Kechil Link``) and a document by its word (``EA
    # Licence``, ``Work Permit``).
    "link loop rise drive licence license permit certificate bilik aras charity charities "
    # Malay ordinals (``Parlimen Kelima Belas``, ``Penggal Ketiga``).
    "pertama kedua ketiga keempat kelima keenam ketujuh kelapan kesembilan kesepuluh "
    "keputusan "
    # Tanjung's short form (``Tg Malim``), a port (``Pelabuhan Klang``).
    "tg pelabuhan "
    # A church's seminary or diocese, a monastery; a log's level (``ERROR CBS-BATCH``).
    "seminary archdiocese archdiocesan diocese diocesan monastery error warn warning fatal "
    # A rail line, a futsal arena, a team, a section of a town (``KL Monorail``, ``BRT
    # Sunway Line``, ``Geng Otai Seksyen 7``, ``Arena Futsal Sri Muda``).
    "monorail line lrt mrt brt arena futsal geng seksyen points changkat "
    # A bill's field, a mosquito's sex, a landfill, a barrage, a going (``Bill Date``, ``Male
    # Wolbachia-Aedes``, ``Semakau Landfill``, ``Pergi Pasir Gudang``).
    "date male female landfill barrage reservoir pergi tropika "
    # A code (``Kod PPS``), an act of parliament, a commuter line (``Akta PDP``, ``Komuter
    # KTM``).
    "kod akta komuter ktm "
    # A ferry, a pier, a cemetery, a work's memorial (``Star Ferry Central``, ``Nirvana
    # Memorial Park``, ``In Memoriam A.H.H.``).
    "ferry pier memorial cemetery columbarium crematorium memoriam "
    # A team, a hotline, a course (``Volunteer Team``, ``CIMB Fraud Hotline``, ``Eldercare
    # Basics``).
    "team corps hotline infoline basics "
    # A vet's practice, and an app's platform (``Raffles Vet``, ``Strava Android``).
    "vet vets veterinary android ios "
    # Macau's roads in Portuguese (``Avenida Sidonio Pais``, ``Rua do Campo``).
    "avenida rua travessa estrada calçada calcada largo beco "
    # A Syariah judge by office and a fatwa series (``Hakim Syarie``, ``Irsyad Fatwa``).
    "syarie syariah fatwa "
    # A legal order or an ordinance (``Removal Order UBW/NT/...``).
    "order orders ordinance "
    # A campaign in Malay, and a table's field names (``Kempen Raya``, ``Email``).
    "kempen email e-mail postcode "
    # A land title's district words, a character set (``Mukim Damansara``, ``Tamil Unicode``).
    "mukim daerah hakmilik unicode peguamcara microfilm agensi pengurusan "
    # An operations room (``Crew Control``, ``Network Operations``, ``Travel Desk``); a
    # software's connector or a service's portal (``Kafka Connect``).
    "control operations desk connect "
    # A shop's shelf, store room and counter (``CAM03 (Rak Belakang)``).
    "rak stor kaunter "
    # A badge, a warranty certificate, a ledger (``Pathfinder Badge``, ``Sijil Waranti``,
    # ``Ledger Dis 2026``).
    "badge sijil waranti ledger "
    # An HTTP header, a scrubbing rule (``Header Authorization``, ``Scrub IP``).
    "header authorization authorisation scrub "
    # A ride or a zone of a park, a kiosk, a sheet (``Cyclone Coaster``, ``Log Flume``,
    # ``Wave Pool``, ``Water Zone``, ``Info Kiosk``, ``Attendance Sheet``).
    "coaster flume pool zone kiosk sheet drop "
    # A subsidy, a system's record, a learner, a career break, senior citizens, a
    # weighbridge ticket, a tennis club, a dashboard (``Enhanced Subsidy``, ``Singpass
    # record``, ``Dear Learner``, ``Career Break``, ``Warga Emas``, ``Tiket Timbang``,
    # ``Tanglin Lawn TC``, ``Kibana Lens``).
    "subsidy singpass learner learners break warga tiket tc kibana grafana complex "
    # A town's upper part, a newspaper's classifieds, ads, a magazine (``Upper Thomson``,
    # ``Classifieds Box``, ``Spark Ads``, ``Majalah Dewan Sastera``).
    "upper classifieds ads majalah "
    # A clan house (``Khoo Kongsi``; a ``Huay Kuan`` is in the organisation gazetteer, its
    # ``Kuan`` being a given name's syllable too).
    "kongsi "
    # A café, a holiday's eve, a hotel's driveway (``Cafe Melati``, ``Xmas Eve``, ``Porte
    # Cochere B``).
    "cafe café bistro restoran xmas christmas cochere "
    # An app named by the word for it (``Aplikasi Grab``, ``the Grab app``).
    "aplikasi app apps "
    # Offices and an app's screens (``NUS Registrar's``, ``Store Status``).
    "registrar secretariat office department faculty status settings menu dashboard "
    # A cloud's product, a framework, a course's topic, a pet's service, a coworking
    # space, a mail server (``Google Cloud``, ``Cloud Run``, ``React Native``, ``Graph
    # Algorithms``, ``Full Groom``, ``Common Ground``, ``ESMTP Postfix``).
    "cloud native algorithms algorithm groom grooming ground postfix esmtp "
    "headquarters hq alley hutong survey talian landscape landscaping dobi garden list policy "
    # Malaysia's EPF accounts (``Akaun Persaraan``, ``Akaun Sejahtera``).
    "akaun persaraan sejahtera fleksibel "
    # Temples, monasteries and homes named after saints or donors (``Sri Maha Mariamman
    # Devasthanam``, ``Buddhist Maha Vihara``, ``St. Joseph's Home``).
    "devasthanam vihara kovil gurdwara monastery columbarium hall kuliah ceramah tazkirah "
    # A workshop, a police district's headquarters or post, an industrial area (``Bengkel
    # Pak Din``, ``IPD Dang Wangi``, ``Kawasan Perindustrian ...``), a car's price
    # (``OTR Peninsular``).
    "bengkel ipd balai kawasan perindustrian otr peninsular semenanjung service services "
    "garage motors "
    # Singapore's passes by their holder's kind (``Dependant's Pass``).
    "dependant dependent "
    # School subjects and schemes (``Primary Mathematics``, ``Graduate Trainee Programme``),
    # Malay residences (``Residensi Seri Lagenda``, ``Pangsapuri Sri Melati``).
    "mathematics maths science physics chemistry biology geography programme program "
    "scheme residensi pangsapuri kondominium apartmen apartment condominium condo lokasi "
    # A document's parts and a language's name (``Annex A``, ``Bahasa Inggeris``).
    "annex appendix bahasa "
    # Prayer halls, shops and collections named like people (``Surau Nurul Iman``, ``Butik
    # Aisyah Collection``).
    "surau madrasah maahad butik kedai restoran warung collection "
    # Laboratory tests (``Haemoglobin M 13.0-17.0``).
    "haemoglobin hemoglobin platelets creatinine glucose cholesterol sodium potassium "
    # A market, a form, a video site's pages (``Pasar Seni``, ``Borang Keizinan Peserta``,
    # ``YouTube Content ID``), a helpline (``SG Anti-Scam Helpline``).
    "pasar borang youtube helpline careline "
    # A road, an exam's paper, a licence, a campaign's call (``Shenton Way``, ``Matematik
    # Tambahan Kertas 2``, ``Lesen Perniagaan``, ``Jom Makan``).
    "way kertas lesen jom "
    # Alms and their payers, a toll-free line (``Zakat Fitrah``, ``Pembayar Zakat``,
    # ``Talian Bebas Tol``); a design's or a style's people (``Kerawang Melayu``).
    "zakat pembayar tol melayu "
    # A township's "main" and a school by its pupils (``Melaka Raya``, ``Nanyang Girls'``).
    "raya girls' boys' girls’ boys’ "
    # A building, an archipelago, a gate, a mall, an event for customers (``Bangunan Sultan
    # Iskandar``, ``Kepulauan Riau``, ``Gate A``, ``Aquaria KLCC``, ``Hari Bertemu
    # Pelanggan``).
    "bangunan kepulauan gate klcc pelanggan laut "
    # A savings account's kind, a transcript's unnamed speaker (``Simpanan Shariah``,
    # ``Unknown Speaker``).
    "simpanan speaker unknown "
    # A small island, a course, a highway, a support tier (``Perhentian Kecil``,
    # ``Remedial Training``, ``Nicoll Highway``, ``Ticketing Ops``).
    "kecil training highway ops liaison "
    # A campus's guards, a fare class, a civil service scheme (``Campus Security``,
    # ``Economy Lite``, ``Pegawai Tadbir dan Diplomatik``).
    "security economy tadbir diplomatik "
    # A manga card's rarity, a club's stamp and a jersey's colour (``Manga Rare``, ``Cop
    # Kelab``, ``Warna Jersi Utama``).
    "manga kelab jersi warna "
    # A car park's code, a mall's floor, a hall's counter (``Carpark Code``, ``Tingkat
    # Bawah``, ``Info Counter``).
    "carpark tingkat counter "
    # A crash log's fields (``Hardware Model``, ``Exception Type``, ``Last Exception
    # Backtrace``).
    "hardware exception backtrace "
    # A marina, a crew's grade, a keelboat course, a meeting, a mail folder (``Raffles
    # Marina``, ``Competent Crew``, ``Basic Keelboat``, ``Zoom Meeting``, ``Including
    # Spam``), a language's variety (``Simplified Chinese``), a register's birth date and
    # a funeral unit (``Tarikh Lahir``, ``Unit Jenazah``), adults' classes (``Fardu Ain
    # Dewasa``).
    "marina crew keelboat meeting spam chinese mandarin cantonese lahir jenazah dewasa "
    # A gym's classes (``Boxing Conditioning``, ``Muay Thai Fundamentals``).
    "conditioning fundamentals sparring "
    # Festivals and processions (``Vaisakhi Nagar Kirtan``, ``Thai Pongal``), a form's
    # premises, a medicine label, an imaging standard, a lottery's draws (``Jenis Premis``,
    # ``Label Ubat``, ``DICOM C-STORE``, ``Toto Draw 4129``).
    "kirtan pongal vaisakhi deepavali thaipusam aidilfitri aidiladha premis ubat dicom toto draw "
    # A survey's band, a container's loading, a contract's schedule, a photo's metadata
    # (``Age Band``, ``Loaded CMAU``, ``Schedule A``, ``Color Space``, ``Camera Model``).
    "band loaded schedule space camera"
)

# Stand-in names of forms, documentation and textbooks: cleared unless a personal cue sits
# right next to them (``our customer Jane Doe``) in text with no sign of being an example.
# ``John Smith`` is a real name as often as a sample one: cleared only in such text.
PLACEHOLDER_NAMES = frozenset(
    {
        "john doe", "jane doe", "john roe", "jane roe", "richard roe", "joe bloggs",
        "jane bloggs", "fred bloggs", "joe public", "john q. public", "john q public",
        "jane q. public", "jane q public",
        "max mustermann", "erika mustermann", "tommy atkins",
        # Malaysia's, Singapore's and Hong Kong's: sample forms and textbooks.
        "ali bin abu", "tan ah kow", "chan tai man", "chan tai-man",
        # (its given name alone, after a form's given-name label: ``姓氏 CHAN，名字 TAI MAN``)
        "tai man", "tai-man",
        # Australia's and New Zealand's (``Mr John Citizen, 1 Example Street``).
        "john citizen", "jane citizen",
        # Singapore's stock characters of jokes and stories (not ``Ah Seng``, as many
        # uncles, drivers and contractors are called).
        "ah beng", "ah lian", "ah huay",
        # The Chinese stand-ins 张三, 李四, 王五 in pinyin.
        "zhang san", "li si", "wang wu",
    }
)  # fmt: skip
SAMPLE_NAMES = frozenset({"john smith", "jane smith", "ahmad bin abdullah"})
_EXAMPLE_TEXT = re.compile(
    r"\bexample\.(?:com|org|net)\b|\.(?:example|test|invalid)\b|\bstyle guide\b|\b(?:sample|examples?|"
    r"e\.g\.|for instance|templates?|placeholders?|dummy|fictitious|mock|demo|contoh|sampel|specimen|"
    r"test (?:user|account|data|record|customer)|data ujian|ujian sahaja)\b"
    # (Chinese words, which no word boundary sets apart from the characters around them)
    r"|示範|示范|範例|范例|示例|僅供參考|仅供参考",
    re.IGNORECASE,
)
# Names made up in the sentence itself: an essay's or exam's invented person.
# A story's people by their part in it (``my protagonist``, ``the narrator``).
_STORY_ROLES = r"protagonist|heroine|antagonist|villain|main character|narrator"
_MADE_UP_BEFORE = re.compile(
    r"\b(?:fictional|fictitious|imaginary|made-up|hypothetical|invented|katakanlah|andaikan|"
    r"misalnya|let's say|suppose|(?:exam|practice|sample|tutorial|quiz|test) question|"
    r"word problem|case study)\b[^.!?\n]{0,40}$"
    # ... or a story's person introduced as such (``My protagonist, Arjun ...``, ``my
    # character Uncle Teo``, ``the narrator``).
    rf"|\b(?:my|our|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{_STORY_ROLES}|character)s?\s*[,:-]?\s*"
    r"(?:(?:uncle|auntie|aunty|mr|mrs|ms|madam|dr|captain|sir|lady|lord)\.?\s+)?$"
    # ... or an animal's name in a story (``a mousedeer named Sang Kancil``).
    r"|\b(?:an?|the)\s+(?:\w+\s+)?(?:mouse-?deer|kancil|cat|dog|puppy|kitten|rabbit|"
    r"monkey|tiger|crocodile|bird|parrot|horse|elephant|bear|fox|turtle|tortoise|frog|"
    r"goat|pig|duck|dragon|robot)\s+(?:named|called)\s*$",
    re.IGNORECASE,
)
# A word problem's person (``Mr Tan is 4 times as old as his son ... How old is the son
# now?``): the sum asks about nobody real.
_WORD_PROBLEM = re.compile(
    r"\b(?:how (?:old|many|much|long|far|fast)|berapakah|berapa (?:umur|banyak|lama))\b"
    r"[^.!\n]{0,80}\?",
    re.IGNORECASE,
)
# (a stay in care is a private matter the lexicon does not list: ``admitted on 3 May``)
_CARE_WORDS = re.compile(r"(?i:\b(?:admitted|discharged|hospital|ward|clinic|wad)\b)")
_OWN_VOICE_OR_CONTACT = re.compile(
    r"(?i:\b(?:my|me|mine|i|i'm|we|our|us|saya|aku|kami)\b)|@|\d{4}[ -]?\d{4}"
)
# ... or right after it (``You are Ah Boy, a fictional kopitiam uncle``).
_MADE_UP_AFTER = re.compile(
    r"\s*,\s*(?:an?|the)\s+(?:fictional|fictitious|imaginary|made-up|invented)\b"
    rf"|\s*,\s*(?:my|our)\s+(?:[\w-]+\s+){{0,2}}?(?:{_STORY_ROLES}|hero)\b",
    re.I,
)
# Forms of address alone are nobody's name (``Uncle, kopi peng satu``).
_ADDRESS_WORDS = _words("uncle auntie aunty boss sir madam mdm encik puan cik tuan abang kakak")
# ... and Hokkien and Cantonese grandparents by kin word alone (``Ah Ma says ...``).
_KIN_ALONE = frozenset({"ah ma", "ah mah", "ah gong", "ah kong", "ah por", "ah pa", "ah ba"})
# ``Ah Long`` is a loan shark in Malaysian slang (``pinjam daripada Ah Long``) when the text
# is about money lent.
_LOAN_WORDS = re.compile(
    r"\b(?:pinjam\w*|hutang|loans?|lend(?:ers?|ing)?|borrow\w*|faedah|interest|"
    r"moneylenders?|loan sharks?|ceti|bayar balik)\b|借贷|借貸|大耳窿|高利贷|高利貸",
    re.IGNORECASE,
)
_COLOURS = _words(
    "black white blue red green grey gray silver gold pink purple violet orange yellow "
    "brown beige graphite titanium bronze champagne navy teal cream ivory"
)
# Cars by their model alone (``boss, Myvi front brake pad stock habis``): no one's name.
_CAR_MODELS = _words(
    "myvi axia bezza alza aruz ativa kancil kelisa kembara viva saga persona iriz exora "
    "preve wira waja iswara vios hilux innova hiace prius camry corolla altis civic vezel "
    "sienta alphard vellfire estima harrier serena sylphy almera"
)
# The makes that are no one's surname (``Honda``, ``Suzuki`` are Japanese surnames too).
_MAKES_NO_SURNAME = CAR_MAKES - {"honda", "suzuki"}
_PRODUCT_WORDS = re.compile(
    r"(?i:\bwarranty\b|\bedition\b|\b\d+\s?(?:GB|TB|mAh|L|ml|W)\b|\bsizes?\b|"
    r"\bcolou?rs?(?:way)?\b|\bmodel\b|\bvariant\b|\bin stock\b|\bRM\s?\d|\$\d)"
)
_CLOTHING_SIZE = re.compile(r"X{1,3}[SL]|XS")
_MEASURE_OF_BEFORE = re.compile(
    r"(?i:\b(?:pairs?|bottles?|cans?|packs?|packets?|boxes|box|tins?|cartons?|"
    r"tubes?|jars?|sachets?) of\s+)$"
)
# Given names that are also dictionary words and on none of the name lists.
_GIVEN_NAMES_THAT_ARE_WORDS = _words(
    "ted sue bob rob wade buck bud don dick art cliff glen lance miles rod rusty dusty candy "
    "misty penny sandy dawn joy will bill mark jack frank grant drew dean gene guy ray pat "
    "chase hunter victor rose grace hope faith summer sky ivy jade ruby pearl lily holly "
    "amber crystal honey iris violet heather autumn april june may august sterling earl duke "
    "king prince norm stan chip kit max nick reed rich jean carol eve olive ginger brandy "
    "cherry destiny harmony melody storm river rain star sunny angel jewel clay dale flint "
    "ford gale hale hardy herb lane marsh moss skip tanner tucker wren"
)
# A listing's details after its product's name: a bracket, a colon or a quoted name.
# (not a possessive: ``Nani's employer ... has not paid her salary (S$2,070 owed)``)
_LISTING_DETAILS_AFTER = re.compile(r"\s*(?:[(:：\"‘“]|'(?!s\b))|(?<=['\"‘“])")
# (not a worker's details: ``Suman Tamang (pekerja Nepal, gang 4) ... RM 300``)
_WORKER_DETAILS_AFTER = re.compile(r"\s*[(（]\s*(?i:pekerja|worker|helper|pembantu|staff)\b")
_PRICE = re.compile(r"(?:\$|\bRM|￥|¥)\s?\d")  # (``S$``, ``HK$``, ``NT$`` end in ``$``)
# A form's label before its blank (``Nama Waris: ______``, ``Tandatangan Ibu/Bapa: ___``).
# (maybe after a note in brackets: ``Nama Penuh (seperti dalam MyKad): ____``)
_BLANK_AFTER = re.compile(
    # (or a date's blanks: ``Tarikh Jangkaan Bersalin (TJB): __/__/____``)
    r"(?:/[A-Za-z]+)*(?:\s*\([^)\n]{0,40}\))?\s*[:：]?\s*(?:_{3,}|_{2}/)"
)
# A weekday as rosters and orders shorten it (``Mon Sarah``, ``Delivery Tues``).
_WEEKDAY_SHORT = frozenset(
    {"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"}
)
# A payslip's or a form's column headings (``Basic Pay``, ``Net Salary``): no one's name.
_FORM_FIELD_WORDS = _words(
    "basic net gross pay salary wage wages allowance allowances deduction deductions bonus "
    "overtime total amount period employer employee contribution levy claim claims "
    # ... and a listing's badges (``Verified Seller``, ``Top Buyer``).
    "verified seller buyer top official premium preferred "
    # ... and a marketplace's campaigns (``Flash Sale``, ``Mega Sale``).
    "flash sale sales mega "
    # ... and a medical note's headings (``Presenting Complaint``, ``Follow-up Plan``).
    "presenting complaint history examination investigations impression "
    # ... and a school's fees and notices in Malay, and a receipt's month (``Yuran Asrama
    # Feb 2027``, ``Notis Privasi``).
    "yuran asrama notis privasi feb mar apr aug sep sept oct nov dec "
    # ... and a scan's or an app's status words (``Receipt OCR failed``).
    "receipt ocr scan upload edital zoom id "
    # ... and a childcare subsidy's and a register's headings (``Additional Subsidy``,
    # ``Attendance Nov``).
    "additional subsidy subsidies attendance "
    # ... and a rooming list's columns (``Surname, Given name, Arrival, Departure``).
    "arrival departure checkin checkout "
    # ... and in Malay: a payslip's and a transfer form's fields (``Gaji Pokok``, ``Nama
    # Pemegang Akaun``).
    "gaji pokok elaun potongan bersih kasar jumlah pemegang akaun penerima pembayaran rujukan "
    "kad temujanji borang kuiz merdeka hijau kuning surat akuan berkanun nelayan jeti "
    "digitalisasi ramalan cuaca marin tempahan grabexpress grabfood grabcar foodpanda lalamove "
    # ... and an order's or a quota's words (``Delivery Tues``, ``Dependency Ratio Ceiling``).
    "delivery pickup collection dependency ratio ceiling quota "
    # ... and a factory's shift pay and a service desk (``Elaun Syif``, ``Khidmat Pelanggan``).
    "syif lembur khidmat pelanggan "
    # ... and a civil service's forms, pay tables and systems (``Gaji Maksimum``, ``Rekod
    # Peribadi``, ``Tempoh Penilaian``, ``Jumlah Markah Wajaran``, ``Penyata Gaji``).
    "maksimum minimum rekod peribadi markah wajaran tempoh penilaian tinjauan kampus utama "
    "penyata laporan tahunan maklumat keluarga perkhidmatan awam jadual skim kenaikan pangkat "
    "gred jawatan lantikan cuti rehat kelulusan permohonan pengesahan tarikh pengalaman "
    "kelayakan pendidikan pencen persaraan ketua pengarah setiausaha bahagian seksyen "
    # ... and a school form's signature line (``Tandatangan Ibu/Bapa/Penjaga``).
    "tandatangan ibu bapa penjaga nama penuh "
    # ... and an attendance card's (``Kad Kehadiran``, ``Sesi 1``), an invitation's
    # (``Jemputan Majlis Makan Malam Tahunan``).
    "kehadiran sesi jemputan majlis makan malam tahunan "
    # ... and a meeting invitation's (``Product Demo``, ``Pautan Zoom``).
    "product demo pautan penyata simpanan emas "
    # ... and a gym's classes (``Pilates Mat``, ``Bootcamp``), a camera's fields (``Serial
    # Number``).
    "pilates mat yoga zumba hiit bootcamp barre spin serial number "
    # ... and a summons record's status (``BELUM BAYAR``), a farm shop's and a payment's
    # words (``Jualan Agro``, ``Baja NPK``, ``Penyata Bayaran``), a parish's and a pool's
    # courses (``Infant Baptism``, ``Marriage Preparation``, ``Bronze Medallion``), a chat's
    # admin.
    "belum bayar jualan agro baja bayaran infant baptism marriage preparation bronze "
    "medallion admin "
    # ... and a contract's parties by role in Malay (``Nama Penyewa: [NAMA PENUH]``).
    "penyewa pemilik penjamin pemohon pembeli penjual tuan rumah"
) | frozenset(day.lower() for day in _WEEKDAY_SHORT)
_GREETINGS = _words("dear hi hello hey")
_ROLE_ADDRESSED = _words(
    "seller sellers buyer buyers customer customers valued member members parent parents "
    "guardian applicant applicants sir madam team user users rider riders driver drivers "
    "merchant merchants partner partners host hosts guest guests shopper shoppers"
)
_SMS_VERBS = frozenset(("Reply", "Text", "SMS", "Send", "Type", "Balas", "Taip"))
_GRADE_WORDS = _words(
    "grade type class level tier zone size model series "
    # (and a hepatitis or a vitamin by its letter: ``Hep B``, ``Vitamin D``)
    "hep hepatitis vitamin vit "
    # (and a facility's part by its letter: ``Carpark B``, ``Court 3``, ``Gate C``, ``Lift
    # Lobby B``)
    "carpark lot gate lift lobby hall court wing tower door entrance exit pitch lane counter "
    "room"
)
# A text that says its names are not real people's (``// placeholder fixture, do not use
# real data``, ``Nama dalam soalan ini rekaan``): no name in it is a data subject's.
# Identifiers are judged on their own: a disclaimer does not clear a valid NRIC.
_FICTITIOUS_DISCLAIMER = re.compile(
    r"\bdo not use real (?:data|names?|details)|\bnot (?:a )?real (?:people|persons?|names?)|"
    r"\b(?:placeholder|dummy|fake|test|sample) (?:data|fixtures?|values?|names?|records?)\b|"
    r"\bnames? (?:\w+ ){0,4}(?:are|is) (?:fictitious|fictional|made[- ]up|invented|imaginary)|"
    r"\bany resemblance to (?:real|actual) persons|\bfictional (?:characters?|persons?|people)\b|"
    # (not a skin or a blood test's: ``patch test only with the hypoallergenic foundation``)
    r"\b(?:for )?(?<!patch )(?<!skin )(?<!blood )(?<!allergy )(?<!urine )(?<!pregnancy )"
    r"test(?:ing)? (?:only|purposes)\b|\bfaker\b|\bfake\.\w+\(|"
    r"\bsynthetic persona\b|\bbukan data sebenar\b|"
    # (an identity card's specimen: ``stamped SPECIMEN, with the sample holder name CHAN,
    # Tai Man``)
    r"\bsample holder\b|\bstamped specimen\b|\bspecimen of (?:the|a|an) [\w ]{0,30}(?:card|passport|licen[cs]e)\b|"
    # (a generator's output: ``synthetic patients with Synthea ... from a placeholder list``)
    r"\bsynthetic (?:patients|people|persons|records|users)\b|\bplaceholder list\b|\bsynthea\b|"
    # A mascot or a cartoon figure (``the clinic's fictional mascot doctor``, ``the CPF
    # Board's cartoon uncle``).
    r"\bfictional (?:[\w-]+ ){0,2}(?:mascots?|doctors?|hosts?)\b|"
    # (not a mascot's performer: ``Siti Aminah (mascot performer) gaji RM2,300``)
    r"\bmascots?\b(?!\s+(?:performers?|suits?|costumes?|actors?|wearers?|handlers?)\b)|"
    r"\bcartoon (?:[\w-]+ )?(?:characters?|uncle|auntie|figures?|hosts?|mascots?)\b|"
    # ... a simulated patient of a clinical exam (``OSCE station 4 ... Mr Lim (simulated
    # patient)``).
    # (an OSCE station's case, not a student's own OSCE: ``I need to defer my OSCE``)
    r"\b(?:simulated|standardi[sz]ed) patients?\b|\bOSCE (?:stations?|cases?|scenarios?)\b|"
    r"\bnama (?:\w+ ){0,4}(?:adalah )?rekaan|\bwatak rekaan|\bbukan (?:nama )?orang sebenar|"
    # (a novel's lead in a made-up town: ``Watak utama novel saya, Inspektor Zahra …, tinggal
    # di bandar rekaan``)
    r"\bwatak utama (?:novel|cerpen|cerita|filem|drama)\b|\b(?:bandar|kampung|pekan|negeri) rekaan\b|"
    # ... a sample database's people said to be fictional (``its contact Maria Anders are
    # fictional``), fake data in Malay (``guna data palsu``).
    r"\b(?:are|is) (?:all )?(?:fictional|fictitious)\b|\bdata (?:palsu|rekaan)\b",
    re.IGNORECASE,
)
# ... or that frames them as a story's (``the Grab driver in the story, Uncle Boon``),
# where the writer does not speak of their own people.
_STORY_FRAME = re.compile(
    r"\b(?:in|from) (?:the|this|a) (?:short )?(?:story|novel|tale|screenplay|script)\b|"
    r"\b(?:write|continue|finish) (?:a|the|this) (?:short )?(?:story|scene|tale)\b|"
    # (not a contest's: ``Pemenang peraduan cerpen: Aina Sofea binti Rahim``)
    r"\bdalam (?:cerita|cerpen|novel) (?:ini|tersebut)|\bcerita pendek\b|"
    r"(?<!peraduan )(?<!pertandingan )(?<!menulis )\bcerpen\b|"
    r"\bdalam (?:cerita|kartun|siri animasi|filem|telefilem|telefilm|drama|hikayat|cerita rakyat) "
    r"(?-i:[A-Z])|"
    # (and the cartoon everyone knows: ``Upin dan Ipin tinggal bersama Kak Ros``)
    r"\bUpin (?:dan|and|&) Ipin\b|"
    r"\b(?:tulis|karang|hasilkan) (?:sebuah |satu )?(?:cerita|kisah|cerpen)\b|"
    # A summary or a study of a book, a play or a film (``the opening chapter of Great
    # Expectations``, ``the narrators of Wuthering Heights``, ``the Book of Ruth``) ...
    r"\b(?:(?:opening|first|last|final|next) )?chapters? (?:\d+ |one |two |three )?of\b|"
    r"\bnarrators?\b|\bprotagonists?\b|\bantagonists?\b|\bmain characters?\b|"
    r"\b(?:in|from) the (?-i:Book of [A-Z])|"
    # ... a role (``playing a laundromat owner named Evelyn Wang``) ...
    r"\b(?:playing|plays|played|portrays|portrayed|stars? as|starring as|cast as) "
    r"(?:a|an|the)\b[^.;]{0,40}\b(?:named|called)\b|\brole (?:of|as) (?-i:[A-Z])|"
    r"\bonce upon a time\b|\bthe (?:whole )?plot of\b|\b(?:drives?|drove) the (?:whole )?plot\b|"
    # ... a pupil's story (``Your narrative about Mei Ling, the girl who ...``) ...
    r"\b(?:narrative|short story|composition|fable) about\b|"
    # ... a Malay work's synopsis (``Salina karya A. Samad Said memaparkan ...``) ...
    # (not an entry turned down for its maker's misconduct: ``karya Mohd Shafiq bin Rosli
    # ditolak kerana plagiat``)
    r"\bkarya (?-i:[A-Z])(?![^.;]{0,60}\b(?:ditolak|plagiat|amaran|dibatalkan|digantung)\b)|"
    r"\bsinopsis\b|"
    # ... a video game's world (``In the game, Officer Tan ... unlocks the side quest``) ...
    r"\bside ?quests?\b|\b(?:the|an|game|quest|friendly|hostile)\s+NPCs?\b|\bNPCs\b|\bplayable characters?\b|\bboss fights?\b|"
    r"\bthe (?:book|novel|film|movie|play|series|show|memoir)['’]s\b|"
    # ... and a work introduced by its maker's name (``In Kevin Kwan's Crazy Rich Asians,``).
    r"(?:^|[.!?]\s+)In (?-i:(?:[A-Z][\w.-]+ ){1,3}[A-Z][\w-]+['’]s (?:(?:[A-Z][\w'’-]*|of|the|"
    r"and|a|at|in|on) ){0,7}[A-Z][\w'’-]*,)",
    re.IGNORECASE,
)
# A word problem: numbers in the text and a last sentence that asks for a result (``...
# Find their present ages.``, ``Hitung ansuran bulanan.``).  Its people are made up,
# unless the writer speaks of their own (``my``, ``saya``) or a contact number is there.
_EXERCISE_END = re.compile(
    r"(?:^|[.!?:]\s+)(?:find|calculate|work out|determine|how (?:many|much|old)|"
    r"hitung(?:kan)?|kira(?:kan)?|cari(?:kan)?|berapakah|tentukan)\b"
    r"[^.!?]*[.?]?\s*$"
    # ... or a question after a condition (``If they have 96 marbles altogether, how many
    # marbles does Mei Ling have?``).
    r"|,\s*how (?:many|much|old|long|far)\b[^.!?]*\?\s*$"
    # ... a question for a result followed by its worked answer (``How many months until
    # he has S$2,400? 2,400 divided by 150 is 16 months.``), or when two movers meet.
    r"|(?:^|[.!?]\s+)how (?:many|much|long|old|far)\b[^.!?]*\?\s+[^?]*\b(?:divided by|times|"
    r"multiplied by|minus|plus|equals?|is|are)\b[^?]*$"
    r"|\bwhen (?:do|does|will|did) (?:they|the two|both)\b[^.!?]*\?\s*$",
    re.IGNORECASE,
)
# ... and arithmetic in it: a question about a patient's days in hospital is no exercise.
_ARITHMETIC = re.compile(
    r"\b(?:twice|thrice|half|sum|total|altogether|average|each|per|times|more than|less than|"
    r"ratio|percent|discount|interest|profit|loss|ages|cost|price|jumlah|purata|setiap|"
    r"kali ganda|baki|faedah|harga|"
    # Geometry and motion: a garden's area, a train's speed.
    r"area|perimeter|volume|rectangle|square|triangle|circle|radius|diameter|wide|long|"
    r"speed|km/h|luas|isi padu|divided by|a month|per month|each month)\b|%",
    re.IGNORECASE,
)
# (a sentence may open with one: ``My colleague Wei Ming wrote a short story``)
_OWN_WORDS = re.compile(r"\b(?:[Mm]y|me|mine|[Oo]ur|us|I|I'm|[Ss]aya|[Aa]ku|[Kk]ami)\b")
# A name in capitals written surname first with a comma, after a name label.
_OWN_NAME_IN_BRACKETS = re.compile(
    r"\s*[(（][A-Z][a-z]+(?: (?:bin|binti|binte|[A-Z][a-z]+)){0,3}[)）]"
)
_PARTY_WORDS_TAKEN_IN = frozenset(
    {"pelanggan", "pesakit", "pelajar", "pemohon", "penerima", "customer", "client", "patient"}
)
_NAMED_PERSON_BEFORE = re.compile(
    rf"(?<![A-Za-z])(?i:{NAMED_PERSON_NOUNS})\s+(?i:bernama|named|called|yang bernama)\s+$"
)
_SURNAME_COMMA_GIVEN = re.compile(r"[A-Z]{2,}(?:['’-][A-Z]+)?, [A-Z]{2,}(?: [A-Z]{1,})*")
_NAME_LABEL_BEFORE = re.compile(r"(?i:\b(?:name|nama|nama penuh))\s*[:：]\s*$")
# ... and as a spreadsheet's cell holds it, in mixed case (``"Lau, Mei Xin"``).
_CELL_SURNAME_COMMA_GIVEN = re.compile(r"[A-Z][A-Za-z'’-]+, [A-Z][a-z]+(?: [A-Z][a-z]+){0,2}")
_NUMBER_CELL_AFTER = re.compile(NUMBER_CELL_AFTER)
_TEST_NAME_WORDS = frozenset(
    {"test", "tester", "testing", "sample", "example", "dummy", "placeholder", "contoh"}
)
# ... and the stand-ins of English forms (``John Doe``, ``Joe Bloggs``).
_STAND_IN_WORDS = _TEST_NAME_WORDS | {"doe", "bloggs"}
_NAME_FIELD_WORDS = _words("surname firstname lastname fullname givenname")
# A quotation (a character's line, a verse): its "I" is not the writer's.
_QUOTATION = re.compile(r"[\"“][^\"”]{1,300}[\"”]|(?<![A-Za-z])'[^'\n]{3,300}'(?![A-Za-z])")
# Countries and big cities: a name that ends in one is a body's (``Befrienders Kuala
# Lumpur``), and a place named this way is nobody's address.
COUNTRIES_AND_CITIES = frozenset(
    {
        "singapore", "malaysia", "china", "hong kong", "taiwan", "macau", "macao",
        # (and a country's halves and regions: shipping goes to them, nobody lives "at" one)
        "west malaysia", "east malaysia", "peninsular malaysia", "mainland china",
        "southeast asia", "south east asia", "greater china", "greater bay area",
        # (and their abbreviations: ``proof of residential address in HK``)
        "hk", "hksar", "sg", "prc", "roc",
        # Hong Kong's districts (a district is nobody's address).
        "sha tin", "tuen mun", "yuen long", "tsuen wan", "tai po", "kwun tong", "wan chai",
        "mong kok", "causeway bay", "kowloon", "sham shui po", "tseung kwan o",
        "indonesia", "thailand", "vietnam", "philippines", "japan", "korea", "india",
        "australia", "britain", "england", "uk", "usa", "america", "united states",
        "united kingdom", "kuala lumpur", "penang", "johor", "beijing", "shanghai",
        "shenzhen", "guangzhou", "taipei", "london", "new york", "tokyo", "seoul", "sydney",
        "jakarta", "bangkok", "manila",
        # Malaysian and Singaporean towns and estates made of two words, which the tagger
        # reads as a given name and a surname (``Subang Jaya``, ``Kota Kinabalu``).
        "subang jaya", "petaling jaya", "shah alam", "johor bahru", "kota kinabalu",
        "kota bharu", "kuala terengganu", "alor setar", "seri kembangan", "bukit mertajam",
        "port dickson", "teluk intan", "batu pahat", "sungai buloh", "mont kiara",
        "wangsa maju", "batu caves", "bandar utama", "ara damansara", "bukit jalil",
        "ang mo kio", "choa chu kang", "bukit batok", "bukit panjang", "pasir ris",
        "toa payoh", "bukit timah",
        # More Hong Kong areas and MTR and Light Rail stops, and Singapore's and Malaysia's,
        # made of two or three words.
        "tsim sha tsui", "yau ma tei", "sheung wan", "sai ying pun", "kennedy town",
        "north point", "quarry bay", "tai koo", "shau kei wan", "chai wan", "heng fa chuen",
        "siu sai wan", "happy valley", "tin hau", "fortress hill", "lai chi kok",
        "cheung sha wan", "shek kip mei", "wong tai sin", "diamond hill", "choi hung",
        "kowloon bay", "kowloon tong", "kowloon city", "ngau tau kok", "lam tin", "yau tong",
        "tiu keng leng", "hang hau", "po lam", "kwai fong", "kwai chung", "tsing yi",
        "lai king", "tai wai", "fo tan", "ma on shan", "wu kai sha", "tai wo", "sheung shui",
        "lok ma chau", "lo wu", "hung hom", "to kwa wan", "ho man tin", "san po kong",
        "tin shui wai", "tin yiu", "tin wu", "long ping", "siu hong", "tung chung",
        "ngong ping", "mui wo", "discovery bay", "sai kung", "clear water bay", "ap lei chau",
        "wong chuk hang", "pok fu lam", "repulse bay", "sai wan ho", "tai kok tsui",
        "jurong east", "jurong west", "bukit merah", "tiong bahru", "marine parade",
        "tanjong pagar", "raffles place", "dhoby ghaut", "city hall", "kuala kubu bharu",
        "bandar sunway", "sri petaling", "bangsar south", "kepong baru",
        # (and towns of the east coast and the north, in flood and convoy news: ``the PDRM
        # checkpoint at Gua Musang``)
        "gua musang", "kuala krai", "tanah merah", "pasir mas", "pasir puteh", "kuala lipis",
        "kota tinggi", "pasir gudang", "kuala kangsar", "sungai petani", "tanjung malim",
        "kuala berang", "kuala pilah", "bukit kayu hitam", "kota belud", "sri aman",
        # The region's airports by their names (``to Bangkok Don Mueang``, ``Chek Lap Kok
        # replaced Kai Tak``), and a Kelantan fishing port (``angin kuat kat Tok Bali``).
        "don mueang", "chek lap kok", "kai tak", "suvarnabhumi", "soekarno-hatta",
        "ngurah rai", "ninoy aquino", "tan son nhat", "noi bai", "seletar", "senai",
        "tok bali",
        # Border towns across from Malaysia and Singapore, where travellers lose passports
        # and cross for the day (``Lost my passport in Hat Yai``).
        "hat yai", "sungai kolok", "sadao", "danok", "betong", "songkhla", "pattani",
        "batam", "bintan", "tanjung pinang", "nunukan", "pontianak",
    }
)  # fmt: skip
# An app's or a site's controls named after a tap or a click (``tap Profile, then Reset
# Password``): screens and buttons, not people.
_UI_VERB_BEFORE = re.compile(
    r"\b(?:tap|click|select|press|choose|open|go to|navigate to|then)\s*(?:on\s+)?$"
    # ... or what a product or a song features (``tee featuring Conan Edogawa and Kaito
    # Kid``, ``remix feat. JJ Lin``): characters and performers.
    r"|\b(?:featuring|feat\.|ft\.)\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:and\s+|&\s+)?$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?:\n][\s\"'“(]*$")
# Verbs that open instructions and are no given names ("Mark", "Will" are left out).
_IMPERATIVES = _words(
    "share write explain translate summarise summarize list give describe tell draft rewrite "
    "fix create generate compose plan suggest help make show find compare convert calculate "
    "outline recommend use toggle"
)
# A verb of hearsay the model took in at a sentence's start before a Chinese name (``Heard
# Mei Ling Teo from the fun-jumper group was arrested``; not ``Heard Puteri Harbour``).
_HEARSAY_VERBS = _words("heard saw met")
# Cuisine and culture words of the region that a tagger reads as names.
_CULTURE_WORDS = _words(
    "nyonya peranakan kuih kueh nasi lemak rendang laksa satay roti prata tarik kopi mee "
    # (not ``teh`` of ``bak kut teh``: Teh is a surname; ``Teh Tarik`` goes by ``tarik``)
    "goreng char kway teow rojak cendol durian bak kut "
    # ... more dishes and hawker words, and clothes (``Tian Tian Hainanese Chicken Rice``,
    # ``Baju Kurung Moden``).
    "hainanese chicken popiah wonton dumpling dumplings noodle noodles kaya kopitiam hawker "
    "biryani briyani beriani gam thosai murtabak baju kurung kebaya songkok batik "
    # ... and a stall's or a brand's dish or product (``Ayam Gepuk Pak Gembus``, ``Sambal
    # Nyet``, ``Tudung Ariani``).
    # (not words that are also surnames or given names: Bakar, Rice, Curry, Teh)
    "ayam gepuk penyet sambal porridge congee fishball tudung kitchen catering bakery "
    # ... and festivals and their meals (``Ramadan Buka Puasa buffet``).
    "ramadan puasa deepavali thaipusam "
    # ... and Lunar New Year's dishes (``Prosperity Yu Sheng``, ``Braised Abalone``; the
    # dishes whose words are also names' -- Yu Sheng, Soon Hock -- are in the gazetteer).
    "yusheng abalone gingko prosperity kacang ice "
    # ... and a pilgrimage's places and packages (``Ziarah Madinah``, ``Jabal Uhud``,
    # ``Pakej Umrah ...``).
    "ziarah jabal umrah pakej "
    # ... and Malay sweets a maker's name brands (``Dodol Mak Siti``, ``Kuih Bahulu``)
    "dodol bahulu wajik lemang ketupat kerepek rempeyek "
    # Scripture: a surah or a verse of the Quran read as a person.
    "surah ayat ayah juz "
    # A romanisation (``Hanyu Pinyin``, ``Jyutping``).
    "pinyin hanyu jyutping"
)
# (maybe after a stall's boast: ``Uncle Lim's Famous Carrot Cake``, ``Ah Heng's Signature
# Curry``)
_DISH_AFTER = re.compile(
    r"(?:['’]s)?(?:\s+(?:Famous|Signature|Original|Traditional|Special|Authentic|Homemade|"
    r"Secret|Best|Old))*\s+([A-Z][a-z]+)\b"
)
_DISH_BEFORE = re.compile(
    r"(?<![A-Za-z])([A-Z][a-z]+)\s+(?:(?:Pak|Mak|Uncle|Auntie|Aunty|Ah|Kak|Abang|Cik|Haji|Hajah|"
    r"Tok|Wak)\s+)?$"
)
_TITLE_AFTER = re.compile(r"\s*(?:new |latest |debut |first |classic )?[\"“《「]\s*[A-Z0-9]")
# ... or of a work named by its kind (``Tommy Tutone's 1981 hit``, ``Adele's debut album``).
_WORK_AFTER = re.compile(
    r"\s+(?:(?:19|20)\d\d |new |latest |debut |first |last |classic |biggest |best-known )*"
    # (and one word more: ``Jack Neo's new CNY movie``)
    r"(?:[\w-]+ )?"
    r"(?:hit|hit single|single|song|album|ballad|track|novel|bestseller|memoir|film|movie|"
    r"cookbook|recipe book|"
    r"sitcom|musical|opera|symphony|painting|sculpture)s?\b",
    re.IGNORECASE,
)
# A title after a possessive: "The" and a capitalised word (a title's article, mid-sentence),
# or capitalised words and the year of publication in brackets.
_TITLED_WORK_AFTER = re.compile(
    r"\s+The\s+[A-Z][\w'’-]*"
    r"|(?:\s+(?:[A-Z][\w'’-]*|and|of|the|a|to|in|for|&)){1,8}\s+\((?:1[5-9]|20)\d\d\)"
)
# A work's title (two capitalised words or more, or a quotation) and "by" before its author;
# not a form's "Prepared by", "Approved by".
_AUTHOR_BY_BEFORE = re.compile(
    r"(?:[A-Z][\w'’-]*(?:\s+(?:of|the|and|a|[A-Z][\w'’.-]*)){1,6}|[\"”’'])"
    r"(?<!ed)\s+(?:illustrated\s+)?by\s+$"
)
# A copyright notice names the work's author or owner, in public (``Copyright (c) 2011-2024
# Kenneth Reitz and contributors``).
_COPYRIGHT_BEFORE = re.compile(r"(?i:\bcopyright\b|\(c\)|©)[\s\d,()c©–-]*$")
_ROMAN = re.compile(r"^(?=[IVXLC])M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$")
_EPITHET = re.compile(r"\bthe\s+[A-Z][a-z]+", re.UNICODE)
_JAWI_NAME = re.compile(JAWI_NAME)
# (its look-behind is of varying width: the ``regex`` module, as Presidio's patterns)
_PINYIN_NAME = regex.compile(PINYIN_NAME)
_PINYIN_NAME_IN_CHINESE = regex.compile(PINYIN_NAME_IN_CHINESE)
_OWNER_DEVICE_AFTER = re.compile(OWNER_DEVICE_AFTER)
# (its look-behind is of varying width: the ``regex`` module)
_OWNER_DEVICE_CAPS = regex.compile(OWNER_DEVICE_CAPS)
_HAN_AFTER = re.compile(r"\s?[\u4e00-\u9fff]")
_SISTER_OR_BROTHER_AFTER = re.compile(SISTER_OR_BROTHER_AFTER)
_ADULT_AGE_AFTER = re.compile(ADULT_AGE_AFTER)
_PATRONYMIC_JOINED_NAME = re.compile(PATRONYMIC_JOINED_NAME)
_PINYIN_OWNER_OF_DEVICE = regex.compile(PINYIN_OWNER_OF_DEVICE)
# A bullet or Chinese text the English model's span ran into after a name (``Karen Yeung，我已經``).
_TRAILING_NOT_NAME = re.compile(r"(?<=[A-Za-z])\s*[•·|▪‣，。、；：！？][^A-Za-z]*$")
# A name whose words a host name joins with hyphens or underscores (``Nicholas-Chua``).
_JOINED_NAME = re.compile(r"[A-Z][a-z]+(?:[-_][A-Z][a-z]+){1,2}")
# Words of a shared device's host name, not of its owner's (``Tan-Family-iPad``).
_SHARED_DEVICE_WORDS = _words(
    "family home office guest living room lab test admin staff shared spare work kids"
)


def _owner_named(joined: str) -> bool:
    """Whether a host name's ``Nicholas-Chua`` names a person (no stand-in's or shared
    device's word in it)."""
    words = {w.lower() for w in re.split(r"[-_]", joined)}
    return not words & (_STAND_IN_WORDS | _SHARED_DEVICE_WORDS)


# (the owner maybe by a given name alone: ``Farah-iPhone``)
_DEVICE_NAMED_AFTER_OWNER = re.compile(
    rf"([A-Z][a-z]+(?:[-_][A-Z][a-z]+){{0,2}}){OWNER_DEVICE_AFTER}(?:[-_ ]?[A-Za-z0-9]+)?"
)
_NICKNAME_INSIDE = re.compile(r"(?<=[a-z] )[\"“'‘(][A-Z][a-z]+[\"”'’)](?= [A-Za-z])")
_VIETNAMESE_LETTER = re.compile(r"[Ḁ-ỿ]")
_VIETNAMESE_NAME = re.compile(VIETNAMESE_NAME)
_LATIN_NAME = re.compile(r"[A-Za-zÀ-ɏḀ-ỿ'’./\- ]+")  # (with Vietnamese letters: Ḁ-ỿ)
# Phrases that introduce a person, in the few words before a single-word name.
_PERSONAL_BEFORE = re.compile(
    # (``im`` for "I'm" in lower-case chat: ``im Aiman, form 3 at SMK ...``)
    r"(?:\b(?:name(?:'s| is)?|named|called|i'm|i am|(?-i:im)|this is|it's|hi|hello|hey|dear|hai|helo|"
    r"salam|kasih|thank you|morning|afternoon|evening|"
    r"regards|thanks|from|attn|attention|contact|"
    rf"{RELATIONS_EN}|{ROLES_EN}|(?:{RELATIONS_MS})(?: (?:{POSSESSIVES_MS}))?|"
    r"nama(?: aku| saya)?|saya|pelanggan|penerima|pemohon|pemegang|kepada|telefon|hubungi|"
    r"recipient|receiver|"
    r"consignee|customer|"
    r"(?:sesiapa|anyone|anybody) (?:kenal|knows?))\b"
    rf"|{RELATIONS_ZH}"
    # (a family's child in Chinese text: ``你家Jayden的report card``)
    r"|你家|妳家|您家|我家|我們家|我们家|佢屋企|個仔|个仔|個女|个女)"
    r"[\s,:;.-]*$",
    re.IGNORECASE,
)
_PERSONAL_AFTER = re.compile(
    r"^\s*(?:here\b|speaking\b|signing off\b|'s (?:phone|number|email)|nama (?:dia|saya|aku)\b|"
    r"namanya\b|:\s*(?:my|i)\b|"
    rf"(?:from|in) (?:the )?(?:{DEPARTMENTS_EN})\b|"
    # (somebody's own, in apposition: ``Marites, our helper at ...``; not a word said to
    # somebody dear: ``Elementary, my dear client``)
    rf",\s*(?:my|our|his|her|their)\s+(?:(?!dear\b)[a-z]+\s+)?(?:{RELATIONS_EN}|{ROLES_EN}|helper|maid|nanny)\b|"
    # (or in brackets: ``Raj (my husband) thinks ...``)
    rf"{RELATION_IN_BRACKETS_AFTER}|"
    # (a pupil's class: ``Darwisyah (3 Cerdik)``, ``Wei Ling (4B)``)
    r"\(\s*\d\s?(?-i:[A-Z])[A-Za-z]*\s*\)|"
    # (a record's birth date: ``KAUR, HARPREET | DOB 19/07/1990``)
    r"\s*[|,;]\s*(?:dob|d\.o\.b\.?|date of birth|tarikh lahir)\s*[:.]?\s*\d)",
    re.I,
)
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_TAMIL_NAME = re.compile(r"[\u0B80-\u0BFF. ]+")
_TAMIL_CUE_BEFORE = regex.compile(TAMIL_CUE_BEFORE)
# A name in chat written all in lower case, after what introduces a person (``pls call
# tan wei ming``): see :mod:`residency.detectors.malaysia.my_name_recognizer`.
_LOWER_CASE_INTRO_BEFORE = re.compile(r"(?<![A-Za-z])" + LOWER_CASE_INTRO + r"\s$")
_LOWER_CASE_NAME = re.compile(LOWER_CASE_NAME)
_LOWER_CASE_INTRODUCED_NAME = re.compile(LOWER_CASE_INTRODUCED_NAME)
_GREETING_AFTER = re.compile(r"\s*[,，]?\s*(?:你好|您好|早安|hi\b|hello\b)", re.IGNORECASE)
_OWN_ID_AFTER = re.compile(
    r"\s*[(（]\s*(?i:staff|emp|employee|member|id|ic|nric|no\.?)\s*(?:no\.?|id|#)?\s*[:#]?\s*"
    r"[A-Za-z]{0,4}-?\d{3,}"
)
_KIN_AFTER = re.compile(rf"\s+(?:{RELATIONS_EN})(?![A-Za-z])")
# A writer introducing themself (``hi i'm``, ``my name is``, ``nama saya``).
_WRITER_INTRO_BEFORE = re.compile(r"(?<![A-Za-z])(?:i'm|i am|my name is|nama saya)\s$")
_NAME_IN_BRACKETS_END = re.compile(r"\s*[,，)）]")
_NUMBER_AFTER = re.compile(NUMBER_AFTER_NAME)
_LOWER_CASE_SUBJECT = re.compile(LOWER_CASE_SUBJECT)
_SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?]\s|\n)$")
# A locative preposition right before the span makes it a place (``is in Wan Chai``,
# ``terletak di Shah Alam``, ``near Bukit Timah``); ``in Tan's office`` stays a person.
_PLACE_BEFORE = re.compile(
    r"\b(?:in|near|around|di|sekitar|arrives?(?: at| in)?|departs?(?: from)?|lands?(?: at| in)?|"
    r"flies to|bound for)\s+$",
    re.IGNORECASE,
)
_WINDOW = 30


# (compiled once: this runs for every PERSON finding)
_LATIN_WORD = re.compile(r"[A-Za-z.']+")
_POSSESSIVE_AFTER = re.compile(r"\s*['’]s\b")
# (not where a common noun follows, the capitalised word a place: ``Lim Siew Kheng the Ipoh
# regular``)
# (an epithet of a ruler, a saint or a legend, not a thing the sentence goes on about:
# ``Tell Ah Boy the Walkman he brought is fixed``)
_THE_EPITHET_AFTER = re.compile(
    r"\s+the\s+(?:Great|Conqueror|Elder|Younger|Wise|Bold|Fair|Good|Pious|Just|Magnificent|"
    r"Terrible|Lionheart|Confessor|Apostle|Baptist|Evangelist|Martyr|Venerable|Red|Black|Bald|"
    r"Fat|Lame|Unready|Navigator|Lawgiver|Liberator|Magician|Explorer|Hun|Saint|Kid|"
    r"First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)(?![a-z])"
    r"(?!\s+(?:regulars?|customers?|clients?|guy|girl|boy|lady|man|woman|"
    r"auntie|aunty|uncle|one|student|member|tenant|driver|boss|staff|patient|resident)\b)"
)


def made_up_people(text: str) -> bool:
    """Whether the people of ``text`` are made up: it says so (``a fictional student named
    Aiden``, whatever cue is near), or it tells a story that is not the writer's own."""
    return bool(_FICTITIOUS_DISCLAIMER.search(text)) or bool(
        (_STORY_FRAME.search(text) or _WORK_OPENING.match(text))
        and not _OWN_WORDS.search(_QUOTATION.sub(" ", text))
    )


# A sentence opening on a work's title (``In The Harmony Silk Factory, Johnny Lim ...``):
# places seldom start with "The".
# ... or on an author's work by its quoted title (``In Somerset Maugham's "The Letter",
# Leslie Crosbie ...``).
_WORK_OPENING = re.compile(
    r"In (?:The|A|An) (?:[A-Z][\w'’-]*\s?){1,5},"
    r"|In (?:[A-Z][\w'’-]*\s){0,3}[A-Z][\w-]*['’]s [\"“‘'][^\"”’']{2,60}[\"”’']\s?,"
)


_ROAD_ABBREVIATIONS = frozenset(
    {"Rd", "Rd.", "Ave", "Ave.", "Blvd", "Blvd.", "Jln", "Jln.", "Lor", "Hwy"}
)
# ... and those that only end a road's name (``St John`` is a saint).
_ROAD_ABBREVIATIONS_LAST = _ROAD_ABBREVIATIONS | {"St", "St."}


_TITLE_VERBS = _words(
    "Add Fix Move Update Remove Migrate Upgrade Bump Deploy Rollback Revert Enable Disable "
    "Rename Refactor Replace Deprecate Install Configure Rotate Patch Merge Drop Create "
    "Delete Investigate Implement Support Allow Block Restart Scale Backfill Archive "
    # (and a notice's own imperative: ``Call NParks at 1800 ...``)
    "Call Contact Email Visit"
)
# Where a ticket's, a commit's or a list item's title starts: the line's start, a ticket
# key (``INFRA-640``), a commit hash, a bullet or a colon.
_TITLE_START = re.compile(
    r"(?:^|\n|\b[A-Z][A-Z0-9]+-\d+\s*[:\-–]?|\b[0-9a-f]{7,40}|^\s*[-*•]|[:：.!?])\s*\Z"
)
_PRODUCT_SIZE = re.compile(
    r"(?i:(?<![\w.])\d+(?:\.\d+)?\s?(?:ml|g|kg|oz|inch|inches|cm|mm|pcs|pc|pack|capsules|tabs|"
    # (a palette's colours, a set's pieces: ``Palette 24 colours``, ``7 pieces``)
    r"colou?rs|pieces|shades)\b)"
)
_LISTING_WORDS = re.compile(
    r"(?i:\b(?:100% original|original|authentic|official(?:ly)? licensed|licensed|tester|"
    r"brand new|bnib|bnwt|free shipping|free gift|ready stock|pre-?order|in stock|"
    r"w/ receipt|with receipt|replica|sealed|preloved|clearance|promo|sale|sku|ships from|"
    # (and a Malay listing's, a shelf's and a bulk order's words)
    r"stok terhad|stok|best before|barcode|ean|moq|shipped|self-pickup|gift set)\b)"
)
_POSTCODE_BEFORE = re.compile(r"\d{4}\s$")
# (public: the post-filter asks it of Chinese names too)
LIFE_YEARS_AFTER = re.compile(r"\s*[,(（]\s*1[0-9]{3}\s*[-–—]\s*(?:1[0-8][0-9]{2}|19[0-8][0-9])\b")
_SHOUTED = _words(
    "jangan klik tekan bayar amaran perhatian penting sila tolong awas segera percuma "
    "do not click pay warning urgent important notice free sale alert stop scam"
)
_ASSISTANT_AFTER = re.compile(
    r"\s*,?\s*(?i:your|our|the)\s+(?i:(?:virtual|digital|ai|friendly|smart|personal)\s+)?"
    r"(?i:assistant|bot|chatbot|concierge)\b"
    # (a helper only as a bot: ``our helper at 8 Braddell Hill`` is a domestic worker)
    r"|\s*,?\s*(?i:your\s+(?:(?:virtual|digital|ai|friendly|smart|personal)\s+)?helper|"
    r"(?:our|the)\s+(?:virtual|digital|ai|smart)\s+helper)\b"
    # (and in Malay: ``Saya Aisyah, pembantu maya TelcoMas``)
    r"|\s*,?\s*(?i:pembantu|ejen)\s+(?i:maya|digital|ai)\b"
)
_MY_PRODUCT = re.compile(r"My[A-Z][A-Za-z]+")
_EDITION_WORDS = frozenset({"Pro", "Plus", "Max", "Lite", "Ultra", "Mini", "Premium"})
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
_CREATOR_CREDIT_BEFORE = re.compile(
    # (not a designer by trade before a name: ``Designer Vincent Ho took our deposit``)
    r"(?:设计师|設計師|插画|插畫|(?i:\bdesigned by|\billustrated by))\s*[:：]?\s*$"
    # (or a work's designer by the work's name, lower case: ``Wingspan designer Elizabeth
    # Hargrave``)
    r"|(?<![A-Za-z])(?!(?:Our|My|The|His|Her|Their|Your|Senior|Junior|Lead|Chief|Interior|Graphic|"
    r"Fashion|Floral)\b)[A-Z][\w'’-]+ (?:designer|illustrator|creator) $"
    r"|(?i:\b(?:founded|established|started))\s+in\s+1[5-9]\d\d\s+by\s+$"
)
_CREATOR_CREDIT_AFTER = re.compile(r"\s*(?:設計|设计|经典作品|經典作品|的经典|的經典)")
_HISTORIC_DEED_AFTER = re.compile(
    r"(?:['’]s?)?\s+(?:founded|invented|introduced|discovered|established|pioneered|patented|"
    r"memperkenalkan|mengasaskan|mencipta|menubuhkan)\b[^.\n]{0,80}?"
    r"\b(?:in|pada(?: tahun)?|tahun)\s+1[5-9]\d\d\b"
)
_PRODUCT_VARIANT_BEFORE = re.compile(
    r"(?i:\b(?:shade|colou?r|colou?rway|flavou?r|variant|scent|finish|edition))\s*[:：]?\s*[\"“'‘]$"
)
_ACRONYMS = _words("CV IC ID PR HR IT MC OT PA PM QA UI UX AI CEO CFO CTO COO")
# A record's field by its acronym, wherever it stands in a span (``DOB YYMMDD``, ``Crew
# PII``): no name has one.
_FIELD_ACRONYMS = (
    frozenset(
        ("DOB", "PII", "NOK", "CDC", "MRZ", "NRIC", "SSN", "KYC", "DPO", "PDPA", "GDPR", "PIPL")
        # ... a shift log's or a price list's (``Eng ETA tmr``, ``Corkage SGD 50``): the
        # currencies' codes (not ``RM``, which a name's initials may be) and a few more.
        + ("ETA", "ETD", "OOO", "TBC", "TBA", "FYI", "EOD", "COB", "RSVP")
        # ... and an air-quality reading's (``Haze PSI 180 today``).
        + ("PSI", "AQI", "PM2.5")
        # ... and public bodies' and schemes' (``Jammed HDB gate padlock``).
        + ("HDB", "MRT", "LRT", "CPF", "IRAS", "LTA", "JPJ", "KWSP", "EPF", "SOCSO", "LHDN")
    )
    | (_CURRENCIES - {"RM"})
    | {"EUR", "GBP", "AUD"}
)
_FHIR_RESOURCES = frozenset(
    (
        "Encounter",
        "Observation",
        "Condition",
        "Practitioner",
        "PractitionerRole",
        "Bundle",
        "Procedure",
        "MedicationRequest",
        "AllergyIntolerance",
        "DiagnosticReport",
        "CapabilityStatement",
    )
)
# Goods a Malay listing names first (``Tayar Michelin Pilot Sport``, ``Kasut Nike``).
_MALAY_GOODS = frozenset(
    ("Tayar", "Kasut", "Baju", "Beg", "Kereta", "Motor", "Basikal", "Telefon", "Rim", "Jam",
     # ... and groceries (``Beras Faiza Jasmine``, ``Minyak Masak Saji``, ``Gula Prai``).
     "Beras", "Minyak", "Gula", "Tepung", "Susu", "Kicap", "Sos", "Sabun", "Serbuk",
     # ... and honey, a product, crackers, spices, cakes and cloth (``Madu Kelulut Campur``,
     # ``Produk Makanan dan Minuman``), the stingless bee and a timber (``Kelulut Emas``,
     # ``Meranti Box``).
     "Madu", "Produk", "Kerepek", "Sambal", "Rempah", "Kek", "Biskut", "Kain", "Tudung",
     "Kelulut", "Meranti")
)  # fmt: skip
_JOB_BEFORE_NAME = re.compile(JOB_BEFORE_NAME + r"$")
_KIN_BEFORE_CHILD = re.compile(KIN_BEFORE_CHILD + r"$")
_MALAY_TRADE_BEFORE_NAME = re.compile(MALAY_TRADE_BEFORE_NAME + r"$")
_PRIVATE_MATTER_SOON = re.compile(PRIVATE_MATTER_SOON)
_MOTIF_BEFORE = re.compile(r"(?i:\b(?:corak|motif|bermotif|pattern))\s+(?:[A-Z][\w'’-]*\s+){0,2}$")
_MOTIF_AFTER = re.compile(r"['’\"”]?\s+(?i:motifs?|corak|pattern)\b")
# (not 著名 "famous", nor 著作权 "copyright")
_AUTHOR_AFTER_ZH = re.compile(r"\s?(?:著|编著|編著|主编|主編|译|譯|绘|繪)(?![名作])")
_WEEKDAYS = frozenset(
    ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
)
_PLACE_FIRST = frozenset(("Hong Kong", "Kuala Lumpur", "New Taipei", "Johor Bahru"))
_PLANT_GENERA = frozenset(
    ("Aranda", "Paphiopedilum", "Dendrobium", "Phalaenopsis", "Vanda", "Cattleya", "Oncidium",
     "Papilionanthe", "Anggrek", "Orkid",
     "Mokara", "Cymbidium", "Bougainvillea", "Ficus", "Juniperus", "Anthurium", "Hoya")
)  # fmt: skip
# (not a person's role before a nickname in quotes: ``Customer 'Ah Boy' at 9038 1176``)
_CULTIVAR_BEFORE = re.compile(
    r"\b(?!(?:Customer|Client|Patient|Tenant|Buyer|Seller|Guest|Member|User|Caller|Resident|"
    r"Neighbou?r|Student|Worker|Staff|Driver|Rider|Vendor|Uncle|Auntie|Aunty)\b)"
    r"[A-Z][a-z]+(?:\s+[a-z]+)?\s+['‘]$"
)
_REFERENCE_WORK_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:[A-Z][\w-]*\s+){0,3}(?:Catalogue|Catalog|Handbook|Guide|Dictionary|"
    r"Encyclop(?:a)?edia|Atlas|Almanac|Compendium|Manual)\b"
)
# A document series named before its number (``nav warning Hu Hang Jing 0987``).
_SERIES_BEFORE = re.compile(
    r"(?i:\b(?:warning|notice|circular|bulletin|notam|advisory|navtex)\s+)$"
)
_SERIES_NUMBER_AFTER = re.compile(r"\s+\d{3,5}\b")


# A template's blank: a bracket, a name's label, the role it asks for, the bracket closed.
_BRACKET_LABEL_BEFORE = re.compile(
    r"[\[{【<]\s*(?i:nama|name|full name|your name)(?:\s+(?i:of|penuh|the))?\s*$"
)
_BRACKET_CLOSE = re.compile(r"\s*[\]}】>]")
_BRACKET_OPEN_BEFORE = re.compile(r"[\[{【<]\s*$")
_SLOT_KINDS = _words(
    "date time day month year number no code id reference ref amount address name title "
    "company school course programme program tarikh nombor jumlah alamat"
)


@functools.lru_cache(maxsize=64)
def _is_word_problem(text: str) -> bool:
    """Whether ``text`` is a word problem (``how old is ...?``) with no writer's own voice,
    contact, private matter or care: its names are the sum's.  A question about the whole
    text, asked once per text rather than once per name in it."""
    return bool(
        _WORD_PROBLEM.search(text)
        and not _OWN_VOICE_OR_CONTACT.search(text)
        and not PRIVATE_MATTER_RX.search(text)
        and not _CARE_WORDS.search(text)
    )


def _famous_before_run_on(text: str, start: int, end: int) -> bool:
    """Whether the span's first words, not all of them, are a cleared famous name: two
    words or more, or one before a word that is no name's (``Pikachu SIM-card``; not
    ``Najib Abdullah``)."""
    words = list(re.finditer(r"\S+", text[start:end]))
    for k in range(len(words) - 1):
        if k == 0 and _PLAIN_NAME_WORD.fullmatch(words[1].group(0)):
            continue
        # (not a namesake's full name: ``Nurul Izzah binti Rahmat``, ``Harry Potter Tan``,
        # ``Aaron Chia Jun Wei``)
        # (in capitals too: ``MUHAMMAD HAFIZ BIN RAHMAT``)
        rest = [without_possessive(w.group(0)) for w in words[k + 1 :]]
        rest = [w.title() if w.isupper() else w for w in rest]
        if any(w.lower() in NAME_PARTICLES for w in rest) or all(
            w in GIVEN_NAMES_SET or w in SEA_CHINESE_SURNAME_SET or ROMANISED_SYLLABLE.fullmatch(w)
            for w in rest
        ):
            continue
        if famous_name_cleared(text, start, start + words[k].end()):
            return True
    return False


_PLAIN_NAME_WORD = re.compile(r"[A-Z][a-z]+")


# A name made a theme or a style (``Phua Chu Kang-themed``, ``Taylor Swift-inspired``).
# (or a level or a likeness named after somebody: ``Not Uncle Roger-level wok hei``)
_THEMED = re.compile(
    r"-(?:themed|style|styled|inspired|branded|level|like|esque|approved|grade)$", re.IGNORECASE
)


# Capitalised words run together, as a file's name joins a name (``TanWeiMing``).
_RUN_TOGETHER = re.compile(r"(?:[A-Z][a-z]{1,10}){2,4}")
_CURRENCY_TAKEN_IN = frozenset({"RM", "S$", "SGD", "MYR", "HK$", "HKD", "USD", "NT$", "RMB"})
_AMOUNT_AFTER = re.compile(r"\s?\d")
# A ship's prefix before its name (motor tanker, motor vessel, Malaysia's KM and KD; not
# ``MS``, a title in capitals: ``Guest MS SARAH JANE PEREIRA``).
_VESSEL_BEFORE = re.compile(r"(?<![A-Za-z])(?:MT|MV|M/V|M\.V\.|KM|KD|HMS|RMS)\s$")
# A toy or a puppet named like a person, right after its name.
_TOY_AFTER = re.compile(r"\s(?:puppets?|plushies?|plush toys?|soft toys?|mascots?|dolls?)\b")


def keep_person(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (an English-NER person) is likely a data subject's name."""
    value = text[start:end].strip()
    if (nick := _NICKNAME_INSIDE.search(value)) is not None:
        # (a nickname in quotes inside the name, ``Rosli "Bob" bin Harun``: judged as the
        # name without it, blanked to keep the offsets)
        at = text.index(value, start) + nick.start()
        blanked = (
            text[:at] + " " * (nick.end() - nick.start()) + text[at + nick.end() - nick.start() :]
        )
        return keep_person(blanked, start, end)
    if _THEMED.search(value):
        return False  # a theme named after somebody (``Phua Chu Kang-themed office party``)
    # (a party's word the span took in: ``Pelanggan Nurul Syafiqah binti Hamzah``, judged
    # as the name after it)
    party, _, named = value.partition(" ")
    if party.lower() in _PARTY_WORDS_TAKEN_IN and len(named.split()) >= 2:
        at = text.index(value, start) + len(party) + 1
        return keep_person(text, at, at + len(named))
    # (a price's currency the span took in: ``Perfect Dry Lux RM`` of ``… Lux RM 389``,
    # judged as the name before it)
    named, _, currency = value.rpartition(" ")
    if currency in _CURRENCY_TAKEN_IN and named and _AMOUNT_AFTER.match(text, end):
        at = text.index(value, start)
        if not keep_person(text, at, at + len(named)):
            return False
    if _TOY_AFTER.match(text, end):
        return False  # a puppet or a plush toy (``our plush Mr Whiskers puppet``)
    if _VESSEL_BEFORE.search(text, max(0, start - 6), start):
        return False  # a ship by its prefix (``MT Nur Aisyah (IMO 9784512)``, ``MV Bunga Kenanga``)
    if (
        SPACED_NAME.fullmatch(value)
        or DOTTED_NAME.fullmatch(value)
        or REVERSED_NAME.fullmatch(value)
    ):
        return True  # a name spelled out letter by letter or backwards to hide it
    if FIELD_JOINED_BEFORE.search(text, max(0, start - 16), start) and re.fullmatch(
        NAME_IN_IDENTIFIER, value
    ):
        return True  # a cell's or a variable's name after its owner (``Gaji_Aminah``)
    if DOCUMENT_FILE_BEFORE.search(text, max(0, start - 56), start) and _RUN_TOGETHER.fullmatch(
        value
    ):
        return True  # a personal document's file name (``Payslip_Nov2026_TanWeiMing.pdf``)
    if (m := GIVEN_AND_SURNAME_IN_FILE_RX.match(text, start)) and m.end() == end:
        return True  # any file named after its subject (``IMG_…_smile_ChristinaYeo.jpg``)
    if (
        DOCUMENT_FILE_BEFORE.search(text, max(0, start - 56), start)
        and (m := LOWER_NAMES_IN_FILE_RX.match(text, start))
        and m.end() == end
    ):
        return True  # a personal document's file name in lower case (``lesen_aisyah_rahman``)
    if USER_LABEL_BEFORE.search(text, max(0, start - 24), start) and re.fullmatch(
        USER_ACCOUNT_NAME, value
    ):
        return True  # a log's user account of a person's names (``owned by ahmad.faizal``)
    # a device named after its owner (``Nicholas-Chua-iPhone``, the model's span maybe
    # with the device in it), not a stand-in's
    if (device := _DEVICE_NAMED_AFTER_OWNER.fullmatch(value)) is not None and (
        _JOINED_NAME.fullmatch(device.group(1)) or device.group(1) in GIVEN_NAMES_SET
    ):
        return _owner_named(device.group(1))
    caps = _OWNER_DEVICE_CAPS.match(text, start)
    if caps is not None and caps.end() == end and given_name_first(value):
        return _owner_named(value)  # the same in capitals (``MARCUS-TEO-LAPTOP``)
    if _OWNER_DEVICE_AFTER.match(text, end) and (
        _JOINED_NAME.fullmatch(value)
        or value in GIVEN_NAMES_SET
        or _PATRONYMIC_JOINED_NAME.fullmatch(value)
        or ((pinyin := _PINYIN_OWNER_OF_DEVICE.match(text, start)) and pinyin.end() == end)
    ):
        return _owner_named(value)
    if PASSENGER_NAME_RX.fullmatch(value):
        # a booking's passenger (``LEE/SZE WEI MS``), unless a stand-in (``DOE/JOHN MR``)
        return value.split("/", 1)[0].strip().lower() not in _STAND_IN_WORDS
    if _SURNAME_COMMA_GIVEN.fullmatch(value) and _NAME_LABEL_BEFORE.search(
        text, max(0, start - 24), start
    ):
        # a record's ``NAME: OKAFOR, CHIDI E`` (a stand-in's words aside)
        return not any(w.lower() in _STAND_IN_WORDS for w in value.split())
    if _CELL_SURNAME_COMMA_GIVEN.fullmatch(value) and (
        (text[start - 1 : start] in ('"', "'") and text[end : end + 1] in ('"', "'"))
        # (or a table's cell before a phone number's: ``| RODRIGUES, Michael | 9715 4082``)
        or _NUMBER_CELL_AFTER.match(text, end) is not None
    ):
        # ... or a spreadsheet's quoted cell (``EMP-118,"Lau, Mei Xin",2025-10-02``)
        return not any(w.lower() in _STAND_IN_WORDS for w in value.split())
    if _BRACKET_LABEL_BEFORE.search(text, max(0, start - 16), start) and _BRACKET_CLOSE.match(
        text, end
    ):
        return False  # a template's blank named by its label (``[Nama Tuan Rumah]``)
    # (or by whose value it holds: ``[Debtor's name in English and Chinese]``)
    if text[max(0, start - 1) : start] in ("[", "<", "{") and _SLOT_OWNER_AFTER.match(text, end):
        return False
    # (or by the kind of value it holds: ``[Expiry Date]``, ``{Reference Number}``)
    if (
        _BRACKET_OPEN_BEFORE.search(text, max(0, start - 2), start)
        and _BRACKET_CLOSE.match(text, end)
        and text[start:end].split()[-1].lower() in _SLOT_KINDS
    ):
        return False
    # (the model's span maybe with a list's bullet or Chinese text after the name: ``by
    # Sharon Tay •``, ``寫住 Karen Yeung，我已經``)
    # (only with a known given name in it: ``Tailwind CSS，部署於`` is no name)
    if (
        (tail := _TRAILING_NOT_NAME.search(value)) is not None
        and tail.start() >= 2
        and any(w in GIVEN_NAMES_SET for w in value[: tail.start()].split())
    ):
        at = text.index(value, start)
        return keep_person(text, at, at + tail.start())
    if _TAMIL_NAME.fullmatch(value):
        # a name in Tamil script after a word of address or kinship
        # (:mod:`residency.detectors.tamil.ta_name_recognizer`); the English NER's Tamil
        # spans (a poet's name on a wall, a road's) have none
        return _TAMIL_CUE_BEFORE.search(text, max(0, start - 16), start) is not None
    if _HAN.search(value):
        # (a Chinese name written backwards after a note saying so: 倒过来念：芳秀王)
        return bool(_BACKWARDS_BEFORE_ZH.search(text, max(0, start - 8), start))
    if not value or any(c.isdigit() for c in value):
        return False
    if (pinyin := _PINYIN_NAME.match(text, start)) and pinyin.end() == end:
        return True  # a kin's name in toneless pinyin: ``wo ma wang guilan``
    if (pinyin := _PINYIN_NAME_IN_CHINESE.match(text, start)) and pinyin.end() == end:
        return True  # (or one in Chinese text: ``guo siqi 的 CAS 出来了吗``)
    # (a user's home directory or login named after them: ``/Users/benjamin.oei``)
    if _HOME_DIRECTORY_BEFORE.search(text, max(0, start - 16), start):
        return login_names_person(value)
    if _JAWI_NAME.fullmatch(value):
        return bool(JAWI_LETTER.search(text))  # Malay in Jawi: ``فاطمه بنت سليمان``
    if not _LATIN_NAME.fullmatch(value):
        return False
    # (Vietnamese letters only in a Vietnamese full name: the English model's spans of
    # Vietnamese prose, ``Theo Luật Tiêu``, are none)
    if _VIETNAMESE_LETTER.search(value) and not _VIETNAMESE_NAME.fullmatch(value):
        return False
    if value in _CURRENCIES and _AMOUNT_AFTER.match(text, end):
        return False  # (``RM 1,250.00``)
    words = [w for w in re.split(r"\s+", without_possessive(value)) if w]
    if not words:
        return False
    lower_case_chat = (
        value.islower()
        and (
            (
                _LOWER_CASE_NAME.fullmatch(value) is not None
                and (
                    _LOWER_CASE_INTRO_BEFORE.search(text[max(0, start - _WINDOW) : start])
                    is not None
                    # (or right before its owner's number: ``jason lee 9822 1473 vezel wash+wax``)
                    or _NUMBER_AFTER.match(text, end) is not None
                    # (or before a staff or member number in brackets: ``jason teo (staff
                    # SC-1147) ur nov payslip``)
                    or _OWN_ID_AFTER.match(text, end) is not None
                    # (or greeted: ``zhang wei ming 你好, your 押金 S$300``)
                    or _GREETING_AFTER.match(text, end) is not None
                    # (or opening a line that goes on in Chinese, ``lin ka wai 又嚟投訴``,
                    # or tells a private matter of its owner, ``tan ah beng the forklift
                    # driver kena accident``)
                    or (
                        (start == 0 or text[start - 1] == "\n")
                        and (
                            _HAN.match(text, end + (text[end : end + 1] == " ")) is not None
                            or PRIVATE_MATTER_RX.search(sentence_of(text, start, end)) is not None
                        )
                    )
                    # (or in brackets after a short name: ``ah meng ... (lim chee meng, finance
                    # dept)``)
                    or (
                        text[start - 1 : start] in ("(", "（")
                        and _NAME_IN_BRACKETS_END.match(text, end) is not None
                    )
                )
            )
            # (or one whose kin the sentence is about: ``sharon lee's dad (the one at blk
            # 512 ...) won 1st prize``)
            or (
                value != without_possessive(value)
                and _LOWER_CASE_NAME.fullmatch(without_possessive(value)) is not None
                and _KIN_AFTER.match(text, end) is not None
            )
            # (or any surname after the writer's own intro: ``i'm margaret whitfield, 63``)
            or (
                _WRITER_INTRO_BEFORE.search(text, max(0, start - 12), start) is not None
                and (introduced := _LOWER_CASE_INTRODUCED_NAME.match(text, start)) is not None
                and introduced.end() == end
            )
            or (
                _SENTENCE_START_BEFORE.search(text[max(0, start - 2) : start]) is not None
                and (subject := _LOWER_CASE_SUBJECT.match(text, start)) is not None
                and subject.end() == end
            )
        )
    )
    for i, w in enumerate(words):
        if w.lower() in NAME_PARTICLES or lower_case_chat:
            continue
        if not w[0].isupper():
            # The model ran the name on into the sentence (``Encik Kamarul Zaman bin Ahmad
            # bulan Nov``): the capitalised words before are judged as the name.
            # (only when no capitalised word follows: ``Yang di-Pertuan Agong`` is a title)
            if i >= 2 and not any(x[:1].isupper() for x in words[i:]):
                cut = re.match(rf"\S+(?:\s+\S+){{{i - 1}}}", text[start:end])
                if cut is not None:
                    return keep_person(text, start, start + cut.end())
            return False
    # (the whole of a stand-in name, where the span holds its given name only: ``Mr John``
    # of ``Mr John Citizen``)
    full_end = _name_end(text, end)
    if _stand_in_name(" ".join(words).lower(), text, start, end) or (
        full_end > end and _stand_in_name(text[start:full_end].lower(), text, start, full_end)
    ):
        return False
    # A title's imperative read into the name (``INFRA-640 Move Jenkins agents``, ``Fix
    # Stripe webhook``): the words after it are judged alone.
    if (
        len(words) >= 2
        and words[0] in _TITLE_VERBS
        and _TITLE_START.search(text, max(0, start - 48), start)
    ):
        span = text[start:end]
        verb_end = start + len(span) - len(span.lstrip()) + len(words[0])
        after = text[verb_end:end]
        return keep_person(text, verb_end + len(after) - len(after.lstrip()), end)
    # A postcode's letters and its town (``1017 BZ Amsterdam``), or words shouted in
    # capitals (``JANGAN KLIK``, ``DO NOT PAY``).
    if (
        len(words[0]) == 2
        and words[0].isupper()
        and _POSTCODE_BEFORE.search(text, max(0, start - 8), start)
    ) or (value.isupper() and all(w.lower() in _SHOUTED for w in words)):
        return False
    # A figure of the past with the years of their life (``Muhammad Yusuf bin Ahmad,
    # 1868-1933``), or said to have died long ago (``... meninggal dunia di Rembau pada
    # 1931``): dead before the records of living people this gate protects.
    if LIFE_YEARS_AFTER.match(text, end) or (
        _DIED_LONG_AGO.search(sentence_of(text, start, end)) and not contact_near(text)
    ):
        return False
    # A bot's persona (``I'm Kai, your virtual assistant``).
    if _ASSISTANT_AFTER.match(text, end):
        return False
    # A surname alone after its title on a line that opens as an example (``Example only:
    # Mr Tan / S1234567D / ...``): the example's stand-in.
    if (
        len(words) == 1
        and _EXAMPLE_OPENING.search(text)
        and _PERSONAL_HONORIFIC_BEFORE.search(text, max(0, start - 8), start)
    ):
        return False
    # An abbreviation's expansion (``'KK' stands for Kandang Kerbau``), a document's title
    # by its version (``Records Retention Schedule v3.2``), a setting's CamelCase name
    # (``AllowEncodedSlashes Off``), or a quotation's source (``Quote of the week, from
    # Bruce Schneier: '...'``): no data subject.
    if (
        _EXPANSION_BEFORE.search(text, max(0, start - 24), start)
        or _VERSION_AFTER.match(text, end)
        or any(_CAMEL_CASE.fullmatch(w) for w in words)
        # (an acronym's words or a product before its model code, with no known name in
        # the span: not the initials of somebody in minutes, ``Tan Ah Kow (TAK)``, nor a
        # customer, ``Tan Wei Ming GA-2100 order``)
        or (
            (spells_acronym(text, start, end) or _MODEL_AFTER.match(text, end))
            and not any(w in GIVEN_NAMES_SET or w in SEA_CHINESE_SURNAME_SET for w in words)
        )
        or (
            _QUOTE_SOURCE_BEFORE.search(text, max(0, start - 40), start)
            and _QUOTATION_AFTER.match(text, end)
        )
    ):
        return False
    # A shop's listing of a product by its size and its selling words (``Tom Ford Lip Color
    # 16 3g - tester``, ``Mr. Bean Teddy plush 9 inch official licensed``): the names in it
    # are brands and characters.
    if (
        _PRODUCT_SIZE.search(text)
        and _LISTING_WORDS.search(text)
        and not personal_context(text[:start] + " " + text[end:])
    ):
        return False
    # A Malaysian government product (``MyInvois``, ``MySejahtera``) or an acronym alone
    # (``your CV``, ``the IC``): no name.
    if any(_MY_PRODUCT.fullmatch(w) for w in words) or (len(words) == 1 and words[0] in _ACRONYMS):
        return False
    if any(w in _FIELD_ACRONYMS for w in words) or (len(words) >= 2 and words[0] in _MALAY_GOODS):
        return False
    # A thing's letter after a common word (``bug on Circuit A.``, ``Zone B``): a label.
    if (
        len(words) == 2
        and _INITIAL.fullmatch(words[1])
        and is_common_word(words[0].lower())
        and words[0].lower() not in _GIVEN_NAMES_THAT_ARE_WORDS
    ):
        return False
    # A meeting room by its name (``Room Orchid might be warm``), a product's edition
    # (``ClinicCloud Pro``), or a founder's or a pioneer's deed of long ago (``Robert Bosch
    # founded his company in Stuttgart in 1886``).
    if len(words) == 2 and words[0] in ("Room", "Bilik"):
        return False
    if (
        len(words) >= 2
        and words[-1] in _EDITION_WORDS
        and any(_INNER_CAPITAL.search(w) for w in words[:-1])
    ):
        return False
    if _HISTORIC_DEED_AFTER.match(text, end) and not personal_cue_near(text, start, end):
        return False
    # A published work's maker credited as such (``设计师 Klaus Teuber``, ``(Jacob Fryxelius
    # 設計)``, ``插画 Natalia Rojas``) or a firm's founder of long ago (``founded in 1957 by
    # Jack Taylor``).
    if (
        _CREATOR_CREDIT_BEFORE.search(text, max(0, start - 24), start)
        or _CREATOR_CREDIT_AFTER.match(text, end)
    ) and not (
        personal_cue_near(text, start, end)
        or PRIVATE_MATTER_ZH.search(text)
        or PRIVATE_MATTER_RX.search(sentence_of(text, start, end))
    ):
        return False
    # A unit's letter the model ran into the next sentence (``1.5mg/L. Jangan clear``).
    if start and text[start - 1] == "/" and _INITIAL.fullmatch(words[0]):
        return False
    # A product's quoted shade, flavour or model (``shade "Hazel Dawn"``).
    if _PRODUCT_VARIANT_BEFORE.search(text, max(0, start - 16), start):
        return False
    # (a day of the week, maybe its possessive: ``after Tuesday's storm``)
    if len(words) == 1 and without_possessive(words[0]) in _WEEKDAYS:
        return False
    # A cloth's or a craft's motif by its name (``corak Pucuk Rebung Gigi Yu``, ``'Daun
    # Keladi' motif``), a book's author before 著 (``John Thompson 著``), a place's districts
    # (``dest="Hong Kong Kwun Tong"``): no person.
    if (
        _MOTIF_BEFORE.search(text, max(0, start - 40), start)
        or _MOTIF_AFTER.match(text, end)
        # (an orchid's genus and grex, a plant's cultivar in quotes: ``Aranda Christine``,
        # ``Ficus microcarpa 'Tiger Bark'``)
        or words[0] in _PLANT_GENERA
        or (
            _CULTIVAR_BEFORE.search(text, max(0, start - 40), start) is not None
            and text[start : end + 1].rstrip().endswith(("'", "’"))
        )
        # (a reference work by its compiler: ``Steven Tan's Standard Catalogue of …``)
        or (_REFERENCE_WORK_AFTER.match(text, end) and not personal_cue_near(text, start, end))
        or (_AUTHOR_AFTER_ZH.match(text, end) and not personal_cue_near(text, start, end))
        or (len(words) >= 3 and " ".join(words[:2]) in _PLACE_FIRST)
    ):
        return False
    if len(words) == 1 and words[0] in _FHIR_RESOURCES:
        return False  # a health record's resource type (``Patient, Encounter, Observation``)
    if _SERIES_BEFORE.search(text, max(0, start - 16), start) and _SERIES_NUMBER_AFTER.match(
        text, end
    ):
        return False
    # Words in a text written all in capitals (a NOTAM, a telex: ``CHART BA 3482``), with
    # no known name among them and no label or cue before: the model's guess only.
    if (
        value.isupper()
        and _mostly_capitals(text)
        and not KNOWN_IN_CAPITALS.intersection(words)
        and not personal_cue_near(text, start, end)
        and not _NAME_LABEL_BEFORE.search(text, max(0, start - 24), start)
    ):
        return False
    # A made-up name that says so (``Ahmad Test``, ``Test User``, ``Jane Sample``), or a
    # masked one (``XXXX XXXX``).
    if any(w.lower() in _TEST_NAME_WORDS for w in words) or all(
        set(w.lower()) == {"x"} for w in words
    ):
        return False
    # (a copyright's holder, unless given with a home address: ``© 2025 Goh Siew Lan, 27
    # Jalan Kembangan, Singapore 419140 – personal wedding invite``)
    if _COPYRIGHT_BEFORE.search(text[max(0, start - 40) : start]) and not _STREET_AFTER.match(
        text, end
    ):
        return False
    # Initials only (``Tan, W. L., & Ho, S. Y. (2025)``), or a name in a bibliographic
    # record or a citation (authors, editors: published).
    if all(_INITIAL.fullmatch(w) for w in words) or (
        _BIBLIOGRAPHIC.search(text) and not _OWN_WORDS.search(text)
    ):
        return False
    if made_up_people(text):
        return False
    if (
        _EXERCISE_END.search(text)
        and re.search(r"\d", text)
        and _ARITHMETIC.search(text)
        and not _OWN_WORDS.search(text)
        and not contact_near(text)
    ):
        return False
    # A drill's name to replace (``replace Lǐ Míng with your own name``), wherever it stands.
    if _WITH_YOUR_OWN.search(text) and re.search(
        rf"(?i:replace|swap|ganti(?:kan)?)\s+{re.escape(value.strip(_QUOTES))}{_WITH_YOUR_OWN.pattern}",
        text,
    ):
        return False
    if (
        _MADE_UP_AFTER.match(text, end)
        or all(w.lower() in _ADDRESS_WORDS for w in words)
        or " ".join(words).lower() in _KIN_ALONE
        or (
            " ".join(words).lower() == "ah long"
            and _LOAN_WORDS.search(text)
            and not _somebodys_own(text, start, end)
        )
    ):
        return False
    # A road by its abbreviation (``Zhishan Rd``, ``Raohe St``, ``Jln Ampang``): nobody's
    # name ends with one, or starts with one (``St John`` aside).
    if words[-1] in _ROAD_ABBREVIATIONS_LAST or words[0] in _ROAD_ABBREVIATIONS:
        return False
    # A number's label taken into the span (``Grant Nos. 82173456``, ``Policy No``).
    if len(words) > 1 and words[-1].rstrip(".") in ("No", "Nos", "NO", "NOS"):
        return False
    # (quotes around a title aside: ``'Digitalisasi Jeti Nelayan'``)
    # (a kin title makes the word a name: ``Pak Mat kedai runcit``)
    if (
        all(w.lower().strip("'\"‘’“”") in _FORM_FIELD_WORDS for w in words)
        and not _MALAY_KIN_TITLE_BEFORE.search(text, max(0, start - 10), start)
    ) or _BLANK_AFTER.match(text, end):
        return False
    # (with a body's acronym among them: ``Tinjauan CUEPACS``, ``INTAN Kampus Utama``)
    if (
        len(words) >= 2
        and any(w.lower() in _FORM_FIELD_WORDS for w in words)
        and all(w.lower() in _FORM_FIELD_WORDS or (len(w) >= 3 and w.isupper()) for w in words)
        and not KNOWN_IN_CAPITALS.intersection(words)
    ):
        return False
    if len(words) == 1 and words[0].lower() in _CAR_MODELS:
        return False
    # (or a make and its model: ``Daihatsu Gran Max``, ``Toyota Hiace``, the make maybe
    # left out of the span)
    if (len(words) >= 2 and words[0].lower() in _MAKES_NO_SURNAME) or (
        text[max(0, start - 24) : start].rstrip().rsplit(" ", 1)[-1].lower() in _MAKES_NO_SURNAME
    ):
        return False
    # A product's colour or size (``Midnight Black``, ``Prussian Blue``, ``Airfryer XXL``),
    # where the text sells or describes a product; ``Jack Black`` keeps his given name.
    if (
        words[-1].lower() in _COLOURS
        and words[0] not in GIVEN_NAMES_SET
        and _PRODUCT_WORDS.search(text)
    ) or any(_CLOTHING_SIZE.fullmatch(w) for w in words):
        return False
    # A product by its measure (``one pair of Ray-Ban Aviators``, ``a bottle of Jack
    # Daniel's``); ``a pair of John's shoes`` is John's.
    if _MEASURE_OF_BEFORE.search(text, max(0, start - 16), start) and not value.endswith(
        ("'s", "’s")
    ):
        return False
    # A chat's "bro" or "sis" the model ran into the next capitalised word (``Bro Blk 442 lift
    # B again door cannot close``, ``Bro Ortho-K tu betul-betul boleh stop myopia``); ``Bro
    # Hafiz`` keeps a known name.
    if (
        len(words) >= 2
        and words[0] in ("Bro", "Sis", "Bros")
        and not any(
            w in GIVEN_NAMES_SET or w in SEA_CHINESE_SURNAME_SET or w in ENGLISH_GIVEN
            for w in words[1:]
        )
        and not PRIVATE_MATTER_RX.search(sentence_of(text, start, end))
    ):
        return False
    # An item of a priced bill or list in everyday words alone, English or Malay (``45 x
    # Staff Screening Package B @ S$135``, ``Sabit Sawit Tajam ... RM 55.90``): a product;
    # ``Ted Price`` and ``Sue Baker`` keep their given names.
    if (
        len(words) >= 2
        and all(is_common_word(w.lower()) or is_malay_common_word(w.lower()) for w in words)
        and words[0].lower() not in _GIVEN_NAMES_THAT_ARE_WORDS
        and _PRICE.search(text)
        and not personal_cue_near(text, start, end)
    ):
        return False
    # A priced listing's product name opening it before its details (``Condolence Wreath
    # Stand (Standard, 5 ft): ... – $180``, ``Baby Hamper 'Hello Little One': ...``).
    if (
        not text[:start].strip()
        and _LISTING_DETAILS_AFTER.match(text, end)
        and not _WORKER_DETAILS_AFTER.match(text, end)
        and _PRICE.search(text)
        and not any(
            w in GIVEN_NAMES_SET or w in SEA_CHINESE_SURNAME_SET
            for w in (x.strip("'\"‘’“”") for x in words)
        )
    ):
        return False
    if _MADE_UP_BEFORE.search(text[max(0, start - 60) : start]):
        return False
    # A condition said of the name (``Bryan Lim from the U12 squad has type 1 diabetes``):
    # a data subject's health, whatever public words (a squad) are around.
    if _CONDITION_AFTER.match(text, end) and not names_famous_figure(text, start, end):
        return True
    # "Share Nyonya kuih lapis ...": the tagger took an instruction's verb into the span;
    # what follows it is judged alone ("Explain Jason Lim's role" keeps Jason Lim).
    if (
        words[0].lower() in _IMPERATIVES
        or (
            words[0].lower() in _HEARSAY_VERBS
            and len(words) >= 3
            and words[-1] in SEA_CHINESE_SURNAME_SET
        )
    ) and _at_sentence_start(text, start):
        rest = text.find(words[1], start + len(words[0])) if len(words) > 1 else -1
        return rest != -1 and keep_person(text, rest, end)
    if any(w.lower() in _CULTURE_WORDS for w in words):
        return False
    # A stall or a brand named after its cook, by a dish's capitalised word right after the
    # name or right before it (``Uncle Lim's Chicken Rice``, ``Mak Cik Kiah Nasi Lemak``,
    # ``Ayam Gepuk Pak Gembus``, ``Khairul Aming Sambal Nyet``).
    dish_after = _DISH_AFTER.match(text, end)
    dish_before = _DISH_BEFORE.search(text, max(0, start - 30), start)
    if (
        (dish_after and dish_after.group(1).lower() in _CULTURE_WORDS)
        or (dish_before and dish_before.group(1).lower() in _CULTURE_WORDS)
    ) and not (
        # (``Uncle`` and ``Mak Cik`` are how stalls are named, no relation of the writer's)
        _somebodys_own(text, start, end, matter=True)
    ):
        return False
    # A greeting to a role (``Dear Seller``, ``Hi Valued Customer``) or a grade, a type or a
    # level by its letter (``Grade A``, ``Type C``).
    if (
        len(words) >= 2
        and words[0].lower() in _GREETINGS
        and all(w.lower() in _ROLE_ADDRESSED for w in words[1:])
    ) or (
        len(words) in (2, 3)
        and words[0].lower() in _GRADE_WORDS
        and words[-2].lower() in _GRADE_WORDS
        and len(words[-1]) <= 2
    ):
        return False
    # A weekday in capitals opening a menu's or a roster's row (``TUE Lunch: mee sua soup``).
    if words[0] in _WEEKDAYS_UPPER:
        return False
    # An SMS's keyword to send back (``Reply CANCEL``, ``Text STOP``).
    if len(words) == 2 and words[0] in _SMS_VERBS and words[1].isupper() and words[1].isalpha():
        return False
    # (a famous figure known with the title the span left out: ``Uncle Roger``, ``Kak Ros``)
    titled = re.search(r"(?<![A-Za-z])[A-Z][a-z]+\.?\s$", text[max(0, start - 12) : start])
    titled_start = start - len(titled.group(0)) if titled else start
    if (
        (
            famous_name_cleared(text, start, end)
            # (or one the model took with the article before it: ``The Bruce Lee room``)
            or (value.startswith("The ") and famous_name_cleared(text, start + 4, end))
            or (titled and famous_name_cleared(text, titled_start, end))
            # (or such a name the span ran on past: ``Harry Potter Hogwarts Acceptance
            # Letter``, ``Hantu Kak Limah Balik Rumah``, ``Mr. Bean Teddy``)
            or _famous_before_run_on(text, start, end)
            or (titled and _famous_before_run_on(text, titled_start, end))
        )
        and not PERSONNEL_RECORD.search(text)
        # (a namesake given with their own full name: ``Kak Ros (Rosmawati) yang jual tudung``)
        and not _OWN_NAME_IN_BRACKETS.match(text, end)
        # (or a folk name by kin title with a private matter of theirs: ``Kak Ros yang selalu
        # bagi makan kucing ... dah masuk hospital sebab strok``; or given a home next door or
        # in a block: ``Kak Ros jiran sebelah``, ``Kak Ros Blok C tingkat 4 tu``)
        and not (
            (
                _MALAY_KIN_TITLE_BEFORE.search(text, max(0, start - 10), start)
                or words[0].lower() in _MALAY_KIN_TITLES
            )
            and (
                PRIVATE_MATTER_RX.search(sentence_of(text, start, end))
                or _HOME_NEAR_MS.search(text, start, end + 40)
            )
        )
    ) or _EPITHET.search(value):
        return False
    if organisation_name_at(text, start, end):
        return False
    # (or such a name in capitals or in lower case: ``周大福 CHOW TAI FOOK 999.9足金``,
    # ``oyster sauce (lee kum kee, 510g)``)
    if (value.isupper() or value.islower()) and organisation_name_at(
        text[:start] + text[start:end].title() + text[end:], start, end
    ):
        return False
    # (a worker by their job and given name is nobody public, whatever news the sentence
    # tells: ``Foreman Raju is on police bail after the fatal crane collapse``)
    if (
        len(words) == 1
        and (
            _JOB_BEFORE_NAME.search(text, max(0, start - 24), start)
            or (
                _MALAY_TRADE_BEFORE_NAME.search(text, max(0, start - 32), start)
                and _PRIVATE_MATTER_SOON.match(text, end)
            )
        )
        and PRIVATE_MATTER_RX.search(sentence_of(text, start, end))
        and not _STORY_FRAME.search(text)
    ):
        return True
    if is_public_mention(text, start, end):
        return False
    # (or a famous figure's family in a sentence of history: ``Charles Dickens' father, John
    # Dickens, was imprisoned for debt in the Marshalsea in 1824``)
    if (
        _YEAR_BEFORE_1900.search(sentence_of(text, start, end))
        and names_famous_figure(text, start, end)
        and not _OWN_WORDS.search(text)
        and not contact_near(text)
    ):
        return False
    # (a famous figure's given name alone after the full name: ``Percy Jackson and the
    # Lightning Thief by Rick Riordan. Percy has dyslexia and ADHD``)
    if (
        len(words) == 1
        and _named_in_full_before(text, start, words[0])
        and not personal_cue_near(text, start, end)
    ):
        return False
    # (not a private matter told of the name: ``Kak Ros kafe ... cakap anak dia Nadhirah
    # ... keguguran``)
    if (
        names_famous_figure(text, start, end)
        and not personal_context(text[:start] + " " + text[end:])
        and not PRIVATE_MATTER_RX.search(sentence_of(text, start, end))
    ):
        return False
    if peer_of_famous(text, start, end):
        return False
    # The maker of a titled work (``Jack Neo's "I Not Stupid"``, ``Gina Ford's The Contented
    # Little Baby Book``, ``Benjamin Spock's Baby and Child Care (1946)``), or a work's
    # author after it (``Sherlock Sam by A.J. Low``).
    possessive = value.endswith(("'s", "’s")) or text.startswith(("'s", "’s"), end)
    title_at = end + 2 if text.startswith(("'s", "’s"), end) else end
    if (
        (
            (
                possessive
                and (
                    _TITLE_AFTER.match(text, end)
                    or _WORK_AFTER.match(text, end)
                    or _TITLED_WORK_AFTER.match(text, title_at)
                )
            )
            or _AUTHOR_BY_BEFORE.search(text, max(0, start - 80), start)
        )
        and not personal_cue_near(text, start, end)
        and not contact_near(text)
    ):
        return False
    if any(_ROMAN.fullmatch(w) for w in words[1:]):
        return False
    # A class on a weekday at a time (``Spin Sat 9am``, ``Yoga Sun 10am``), a team of an
    # organisation (``our Fare Recovery team``), or a chat's bot (``"Ms Angela", the
    # assistant in our web chat, is a virtual agent``).
    if (
        (words[-1] in _WEEKDAY_SHORT and _CLOCK_AFTER.match(text, end))
        # (or a week's programme by its days: ``Wed Bingo + kopi | Thu Smartphone class``;
        # not a roster's ``Mon Sarah, Tue Ahmad``)
        or (
            words[0] in _WEEKDAY_SHORT
            and len(words) == 2
            and _LOWER_WORD_AFTER.match(text, end)
            and len(_WEEKDAY_IN_TEXT.findall(text)) >= 3
        )
        or (
            _DEPARTMENT_AFTER.match(text, end)
            and _OUR_BEFORE.search(text, max(0, start - 8), start)
        )
        or _BOT_AFTER.match(text, end)
    ):
        return False
    if words[0].lower() in PLACE_OR_ORG_WORDS or words[-1].lower() in PLACE_OR_ORG_WORDS:
        return False
    # (a form's field, not a name: ``Transcript_Surname.pdf``, ``FirstName LastName``)
    if any(w.lower() in _NAME_FIELD_WORDS for w in re.findall(r"[A-Za-z]+", value)):
        return False
    # (a drive by its short form: a title stands before a name, ``Connaught Dr``)
    if len(words) >= 2 and words[-1] in ("Dr", "Dr."):
        return False
    if any(w.lower() in _ORG_INSIDE for w in words):
        return False  # (``Ibu Pejabat Jabatan Imigresen``: a head office)
    if words[0].lower().strip("'’") in COUNTRIES_AND_CITIES:
        return False  # (``Malaysia's Employment Act``, a slogan: ``Malaysia Madani``)
    if all(w in OFFICE_TITLES or w in ("Deputy", "Senior", "Assistant") for w in words):
        return False  # an office alone (``Mr Speaker``, ``Mr Deputy Speaker``)
    if len(words) >= 2 and all(w.lower() in HONORIFICS for w in words):
        return False  # titles alone (``Tuan Haji the kampung cat``)
    if value.strip("\"'“”‘’ ") in _COMPOUND_TITLES:
        return False  # a title alone (``"Tan Sri" and "Datuk" are honorific titles``)
    # An office-holder named in brackets after the office, as Hansard does (``The Senior
    # Minister of State for Health (Dr Janil Puthucheary):``).
    if _OFFICE_THEN_BRACKET.search(text, max(0, start - 80), start):
        return False
    # (a place's name, unless an honorific makes it somebody's: ``Mdm Ho Kwai Fong``)
    if (
        len(words) >= 2
        and (
            words[-1].lower() in COUNTRIES_AND_CITIES
            or " ".join(words[-2:]).lower() in COUNTRIES_AND_CITIES
            or " ".join(words[-3:]).lower() in COUNTRIES_AND_CITIES
        )
        and not _PERSONAL_HONORIFIC_BEFORE.search(text, max(0, start - 8), start)
    ):
        return False
    if _UI_VERB_BEFORE.search(text[max(0, start - 48) : start]):
        return False
    if _not_a_person(text, start, end, words):
        return False
    before = text[max(0, start - _WINDOW) : start]
    previous = _LATIN_WORD.findall(before)[-3:]
    # (a place whose name opens with a title, the title left out of the span: ``Tok Bali``)
    if previous and f"{previous[-1]} {value}".lower() in COUNTRIES_AND_CITIES:
        return False
    # (the word right before the name: not a road's before a house number and a comma,
    # ``anak Pak Ismail Lorong 5, Muhammad Hafiz bin Ismail``)
    title = previous[-1].lower() if previous and before.rstrip().endswith(previous[-1]) else ""
    if _public_by_title(text, start, end, words, previous):
        return False
    # An academic by title and affiliation, as papers, theses and programmes name them
    # (``Prof. Raymond Ho Kin-man (CUHK)``, ``Dr Anita Menon, Genome Institute of Singapore``).
    # (the span may have left out the first words of the name: ``Siti`` of ``YB Puan Siti
    # Mariam Yusof``)
    first = _name_start(text, start)
    if (
        (
            _before_name(_ACADEMIC_BEFORE, text, start, first, 40)
            # (or the title inside the span: ``Dr Harris Abdullah``)
            or words[0].rstrip(".") in ("Dr", "Prof", "Professor")
        )
        and _AFFILIATION_AFTER.match(text, _name_end(text, end))
        and not personal_cue_near(text, start, end)
        and not _somebodys_own(text, start, end, matter=True, contact=False)
    ):
        return False
    # Clergy by their title, as bulletins and newsletters name them (``Rev. Dr. Jeremiah
    # Soh, our Senior Pastor``, ``Venerable Bhante Sujiva``, ``Bishop K. H. Ting``), unless
    # a private matter is said of them (a prayer request for a pastor in hospital).
    if (
        _before_name(_CLERGY_BEFORE, text, start, first, 40)
        or (len(words) > 1 and _CLERGY_BEFORE.fullmatch(words[0] + " "))
    ) and not _somebodys_own(text, start, end, matter=True):
        return False
    # (an honorific after the role is the news's courtesy: ``YB Puan ...``, ``Guest-of-Honour:
    # Mr ...``; a contact is not)
    if _before_name(_NEWS_ROLE_BEFORE, text, start, first, 48) and not _somebodys_own(
        text, start, end
    ):
        return False
    if (
        _before_name(_CELEBRITY_BEFORE, text, start, first, 24)
        and not _somebodys_own(text, start, end)
        and not personal_context(text[:start] + " " + text[end:])
    ):
        return False
    # An athlete in a results line, with the team's country code (``Sivasangari
    # Subramaniam (MAS) won 11-8``).
    if _NATION_CODE_AFTER.match(text, end) and not personal_cue_near(text, start, end):
        return False
    # Judges listed before their plural post (``(Zulkifli Hashim, Teh Poh Lin and
    # Norhaslina Ibrahim JJCA)``).
    if _BENCH_LISTED.match(text, end):
        return False
    # A judge by the post ending the name, or a public role right after it.
    if words[-1].strip(".") in _JUDICIAL_POSTS or _PUBLIC_ROLE_AFTER.match(
        text, _name_end(text, end)
    ):
        return False
    # A company officer named with the office right after (an annual report's ``Mr Tan
    # Boon Hock (Executive Chairman)``), unless a private matter is said of them (the pay
    # a remuneration report discloses is not one).
    if _BOARD_OFFICE_AFTER.match(text, _name_end(text, end)) and (
        not _PRIVATE_MATTER_AFTER.match(text, end) or _REMUNERATION.search(text)
    ):
        return False
    # A building named after its kind (``Apartment Vista Angkasa``, ``Residensi Seri Lagenda``)
    # -- its kind's word written as a name's (not a job's ``penetap laluan Azlan``).
    if title in _RESIDENCE_WORDS and previous[-1][:1].isupper():
        return False
    # A preacher named for a public talk (``Kuliah Maghrib bersama Ustaz Hafiz Zainal``).
    if title in ("ustaz", "ustazah") and _RELIGIOUS_TALK.search(text):
        return False
    if (
        _PLACE_BEFORE.search(before)
        and not _POSSESSIVE_AFTER.match(text[end : end + 4])
        and not value.endswith(("'s", "’s"))
        and not personal_cue_near(text, start, end)
        and not personal_context(text[:start] + " " + text[end:])
    ):
        return False
    # "Peter the Great": the model often tags only "Peter".
    if _THE_EPITHET_AFTER.match(text[end : end + 20]):
        return False
    # (a particle's word after a Chinese surname is a given name: ``Zhou Bin's``, ``Lim Da``;
    # not ``Penfolds Bin 389``, ``OB van``)
    chinese_given = (
        len(words) == 2 and words[0] in SEA_CHINESE_SURNAME_SET and words[1][:1].isupper()
    )
    names = [w for w in words if w.lower() not in NAME_PARTICLES or chinese_given]
    if len(names) >= 2:
        return True
    kin_order = (
        title in _KIN_ORDER and len(previous) >= 2 and previous[-2].lower() in _KIN_ORDER_TITLES
    )
    # (and the Hokkien ``Amoi`` "young woman" and ``Apek`` "old man" as shops call
    # customers: ``Amoi Lee dari Jalan Pasar tu, anak dia baru masuk wad``; and the
    # Indonesian ``Mbak`` "elder sister" a household calls its helper: ``Mbak Tarsini``)
    if kin_order or title in _MALAY_KIN_TITLES or title in ("amoi", "apek", "mbak"):
        # (or a private matter said in the sentence: ``kak siti from accounts dia on mc``)
        return bool(
            _MALAY_PERSONAL_CUE.search(text)
            or PRIVATE_MATTER_RX.search(sentence_of(text, start, end))
            # (or given with their full name: ``Kak Ros (Rosmawati) yang jual tudung``)
            or _OWN_NAME_IN_BRACKETS.match(text, end)
        )
    if title in HONORIFICS:
        return True
    if (
        len(names) == 1
        and names[0] in GIVEN_NAMES_SET
        and (
            _PRIVATE_MATTER_AFTER.match(text, end)
            or _PRIVATE_MATTER_BEFORE.search(text, max(0, start - 80), start)
        )
        and not _STORY_FRAME.search(text)
    ):
        return True  # ``Haslinda pinjam duit aku``, ``Aiman sakit demam``
    # ... or written in Chinese text whose sentence says a private matter in Chinese
    # (``Kevin 上個月確診癌症``).
    if (
        len(names) == 1
        and names[0] in GIVEN_NAMES_SET
        and _HAN_AFTER.match(text, end)
        and PRIVATE_MATTER_OF_NAMED_ZH.search(text, end, end + 40)
        and not _STORY_FRAME.search(text)
    ):
        return True
    # ... or with an adult's age set off after it and a private matter in its sentence
    # (``the same guy from last year - Azmi, 29, ... out on bail for another theft``).
    if (
        len(names) == 1
        and names[0] in GIVEN_NAMES_SET
        and _ADULT_AGE_AFTER.match(text, end)
        and PRIVATE_MATTER_RX.search(sentence_of(text, start, end))
        and not _STORY_FRAME.search(text)
    ):
        return True
    # ... or with a Cantonese title of address after it (``Ivy 姐話佢老公…做緊心臟搭橋手術``).
    if (
        len(names) == 1
        and _SISTER_OR_BROTHER_AFTER.match(text, end)
        and (
            PRIVATE_MATTER_OF_NAMED_ZH.search(text, end, end + 80)
            or PRIVATE_MATTER_RX.search(text, end, end + 80)
        )
        and not _STORY_FRAME.search(text)
    ):
        return True
    # ... or one called so in Chinese, a private matter after it (``姐姐叫Ani…僱主扣起佢護照``).
    if (
        len(names) == 1
        and text[start - 1 : start] == "叫"
        and PRIVATE_MATTER_OF_NAMED_ZH.search(text, end, end + 80)
        and not _STORY_FRAME.search(text)
    ):
        return True
    # ... or after ``阿`` or a kin word in Chinese (``阿 Joe 話佢要請 sick leave``, ``你老婆
    # Maggie … 仲欠佢三個月家用``), a private matter in either language after it.
    if (
        len(names) == 1
        and LATIN_NAME_KIN_BEFORE_ZH.search(text, max(0, start - 6), start)
        and (
            PRIVATE_MATTER_OF_NAMED_ZH.search(text, end, end + 80)
            or PRIVATE_MATTER_RX.search(text, end, end + 80)
        )
        and not _STORY_FRAME.search(text)
    ):
        return True
    # A person by a noun for one and "named" (``Pelatih bernama Haziq, Tingkatan 5``): a
    # notice singling somebody out, unless the text frames a story.
    if (
        len(names) == 1
        and names[0] in GIVEN_NAMES_SET
        and _NAMED_PERSON_BEFORE.search(text, max(0, start - 40), start)
        and not _STORY_FRAME.search(text)
    ):
        return True
    # A writer introducing themselves by a given name (``Kak, sy Hasnah yg duduk Flat PKNS``).
    if (
        len(names) == 1
        and names[0] in GIVEN_NAMES_SET
        and _SELF_INTRO_BEFORE.search(text, max(0, start - 6), start)
        and _SELF_INTRO_AFTER.match(text, end)
    ):
        return True
    # Any single name the sentence says a private matter of, as its subject or owner
    # (``Devi's mother passed away``, ``Gabriel is HIV positive``, ``Amir will be away ...
    # approved as unpaid leave``).
    if (
        len(names) == 1
        and _SUBJECT_AFTER.match(text, end)
        and PRIVATE_MATTER_RX.search(sentence_of(text, start, end))
    ):
        return True
    # A given name after its holder's role in a file's name (``IMG_…_bride_Aqilah_front.jpg``).
    if (
        len(names) == 1
        and ROLE_IN_FILE_NAME_BEFORE.search(text, max(0, start - 12), start)
        and text[end : end + 1] in ("_", ".", "-")
    ):
        return True
    # A given name in a list of pay, maybe with the job in brackets (``Staff payroll: Mariam
    # (tukang manik) RM2,400, Kavitha (cutter) RM2,650``).
    if (
        len(names) == 1
        and names[0] in GIVEN_NAMES_SET
        and _SUM_AFTER_NAME.match(text, end)
        and _PAY_WORD_BEFORE.search(text, max(0, start - 100), start)
    ):
        return True
    # A child named with their age or school year, as a centre's, a clinic's or a school's
    # note gives it (``Sofia (4) arrived with bruises``, ``Darwisy, murid Tahun 1``).
    if (
        len(names) == 1
        and _CHILD_AGE_AFTER.match(text, end)
        and (
            start == 0
            or _CLAUSE_OPENS_BEFORE.search(text, max(0, start - 2), start)
            or _KIN_BEFORE_CHILD.search(text, max(0, start - 16), start)
        )
    ):
        return True
    # A given name signing off a message that tells a private matter (``My mother's
    # dialysis bill came in ... - Faizal``).
    if (
        len(names) == 1
        and _SIGN_OFF_AFTER.fullmatch(text, end)
        and _SIGN_OFF_BEFORE.search(text, max(0, start - 4), start)
        and PRIVATE_MATTER_RX.search(text)
    ):
        return True
    # A given name before its holder's role, as a complaint names staff (``Complaint about
    # Kevin the night auditor``).
    if len(names) == 1 and names[0] in GIVEN_NAMES_SET and _ROLE_AFTER_NAME.match(text, end):
        return True
    # (or any single name before the alias it goes by, with a private matter: ``Ramli a.k.a.
    # Mat Gitar dah ditangkap polis``)
    if (
        len(names) == 1
        and _ALIAS_AFTER.match(text, end)
        # (the alias's dots are no sentence's end)
        and PRIVATE_MATTER_RX.search(text, end, end + 120)
    ):
        return True
    return bool(_PERSONAL_BEFORE.search(before) or _PERSONAL_AFTER.match(text[end : end + 24]))


_ALIAS_AFTER = re.compile(r",? (?:a\.k\.a\.?|aka|alias|also known as) ")
_ROLE_AFTER_NAME = re.compile(
    r",? the (?:(?:night|day|new|morning|evening|part-time|senior|junior|head) )?"
    rf"(?:{ROLES_EN}|auditor|manager|supervisor|porter|concierge|housekeeper|bartender|chef|"
    r"cook|security)\b"
)


_CLAUSE_OPENS_BEFORE = re.compile(CLAUSE_OPENS + "$")
_CHILD_AGE_AFTER = re.compile(f"(?:{CHILD_AGE_AFTER}|{PUPIL_YEAR_AFTER})")
_SIGN_OFF_BEFORE = re.compile(SIGN_OFF_BEFORE + "$")
_SIGN_OFF_AFTER = re.compile(SIGN_OFF_AFTER)


# A thing, not a person, that the tagger read as a name: one after "a"/"an" (``a Peerless
# Assassin is enough``), a product after its maker's name (``Logitech MX Keys``), a place
# before a flat's size (``Taikoo Shing 3-bedroom``), a lane (``Haji Lane``, ``Concubine
# Lane``; ``Penny Lane`` and ``Diane Lane`` start with a given name and are kept), twin
# names in a zoo (``parents Kai Kai and Jia Jia``).  A performer or an author named by
# their profession (``actress Michelle Yeoh``) is a public figure.
_ARTICLE_BEFORE = re.compile(r"(?<![A-Za-z])(?:a|an)\s+$", re.IGNORECASE)
# A letter that labels a zone, block or team (``Nelayan Zon A Mohd Fadzli``), not "a".
_LETTER_LABEL_BEFORE = re.compile(
    r"\b(?:Zon|Zone|Block|Blok|Grade|Gred|Type|Jenis|Class|Kelas|Team|Pasukan|Group|"
    r"Kumpulan|Category|Kategori|Section|Seksyen|Sector|Sektor|Level|Aras|Wing|Gate|Pintu|"
    r"Tower|Menara|Phase|Fasa|Ward|Wad|Bay|Row|Hall|Dewan|Plot|Lot|Package|Pakej|Area|"
    r"Kawasan|Terminal|Counter|Kaunter|Batch|Unit|Option|Pilihan|Shift|Syif)\s+A\s+$"
)
_FLAT_AFTER = re.compile(
    r"(?:\s+[A-Z][a-z]+){0,2}\s*,?\s*(?:\d+[- ]?(?:bed(?:room)?s?|br|rooms?)\b|\d[\d,.]*\s*(?:sq\.? ?ft|sqft|psf)\b)",
    re.IGNORECASE,
)
# A romanised name with a Chinese word for its kind right after it (``Kek Lok Si 寺``,
# ``Petaling 街``): a temple's, a street's or a building's name.
_ZH_PLACE_AFTER = re.compile(
    r"\s*(?:寺|庙|廟|街|路|站|山|湖|岛|島|公园|公園|广场|廣場|中心|大厦|大廈|酒店|商场|商場|机场|機場)"
)
_ANIMAL_WORDS = re.compile(
    r"\b(?:pandas?|cubs?|zoo|wildlife|elephants?|tigers?|orang ?utans?|penguins?)\b", re.IGNORECASE
)
# A pet's kind right after its name, as a vet's record gives it (``Mr Whiskers (feline,
# DSH, MN, 12y)``, ``Bubu, canine``) -- not an owner, a walker or a bite.
_PET_AFTER = re.compile(
    r"\s*[(,]\s*(?:an?\s+)?(?:feline|canine|equine|avian|DSH|DLH|DMH|cat|dog|kitten|puppy|"
    r"rabbit|hamster|guinea pig|terrapin|parrot|cockatiel)"
    r"(?![A-Za-z])(?!\s*(?:owner|lover|walker|groomer|sitter|trainer|bite|person|parent))"
    # (not a seat's category: ``booking under Goh Jun Kai, Cat 2 Sec 212``)
    r"(?!\s*\d)",
    re.IGNORECASE,
)
_INGREDIENTS_BEFORE = re.compile(
    r"(?i:\b(?:ingredients|komposisi|bahan-bahan|composition)\s*[:：])[^\n.]*$|(?:成分|成份)[:：][^\n。]*$"
)
_SELF_INTRO_BEFORE = re.compile(rf"{SELF_INTRO}\s$")
_SELF_INTRO_AFTER = re.compile(rf"\s+{SELF_INTRO_TAIL}")
_SLOT_OWNER_AFTER = re.compile(
    r"['’]s\s+(?:full\s+)?(?:name|address|nric|ic|hkid|id|phone|signature|occupation)\b",
    re.IGNORECASE,
)
_THING_LAST_WORDS = frozenset(
    {
        "stealer",
        "loader",
        "ransomware",
        "botnet",
        "trojan",
        "rat",
        "backdoor",
        "worm",
        "infostealer",
    }
    | {"wi-fi", "wifi", "hotspot", "ssid"}
    # (and a sworn statement's title: ``Affidavit: I, ......``; a work pass: ``Employment
    # Pass``)
    | {"affidavit", "pass"}
    # (a meeting room's system: ``Zoom Room``, ``Teams Room``)
    | {"room"}
)
_NATO_WORDS = _words(
    "alfa alpha bravo charlie delta echo foxtrot golf hotel india juliett juliet kilo lima "
    "mike november oscar papa quebec romeo sierra tango uniform victor whiskey whisky x-ray "
    "xray yankee zulu zero one two three four five six seven eight nine niner"
)
_DIALECTS = frozenset(
    {"hokkien", "cantonese", "mandarin", "teochew", "hakka", "foochow", "hokchia", "henghua"}
)
# (not one the writer's team or household has: ``Our striker Zainal Abidin bin Musa``)
_PROFESSION_BEFORE = re.compile(
    r"(?<![A-Za-z])(?<!our )(?<!my )(?:actor|actress|singer|singer-songwriter|rapper|director|film-?maker|author|"
    r"novelist|poet|playwright|comedian|athlete|shuttler|footballer|striker|swimmer|sprinter|"
    r"olympian|presenter|influencer|youtuber|musician|composer|pop star|film star)\s+$",
    re.IGNORECASE,
)


# Up to three capitalised words right before a name (a maker before its product).
_CAPITALISED_BEFORE = re.compile(r"([A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,2}) $")
_MODEL_BEFORE = re.compile(r" [A-Za-z]{0,4}\d[\w-]{0,8} $")
_YEAR_BEFORE_1900 = re.compile(r"(?<![\d.,])1[0-8]\d\d(?![\d.,]\d)")
_QUOTE_BEFORE = re.compile(r"['‘\"“]$")
_ITEM_AFTER = re.compile(
    r"['’\"”]?\s+(?:skins?|emotes?|heroes|hero|maps?|modes?|items?|badges?|frames?|bundles?|"
    r"costumes?|outfits?|mounts?|weapons?|stickers?|themes?|banners?|event)\b"
)
_LAST_CAPITALISED_BEFORE = re.compile(r"([A-Z][\w&'-]*) $")
_HEADING_END = re.compile(r"\s*(?:[-–—(:|]|$)", re.MULTILINE)
_HEADING_BEFORE = re.compile(
    r"(?i:\b(?:bab|chapter|unit|modul|module|topik|topic|seksyen|section|bahagian|part|lesson|"
    r"pelajaran)\s+\d{1,3}[a-z]?\s*[:.：]\s*)$"
)
_REMEDY_AFTER = re.compile(
    r"['’]s(?:\s+[A-Z][\w-]*){0,4}\s+(?:Syrup|Balm|Oil|Pills?|Capsules?|Tablets?|Cream|"
    r"Ointment|Liniment|Plasters?|Tea|Soap|Lotion|Powder|Drops)\b"
)


_PATRONYMICS = frozenset({"bin", "binti", "binte", "bte", "bt", "a/l", "a/p", "s/o", "d/o", "anak"})


def _not_a_person(text: str, start: int, end: int, words: list[str]) -> bool:
    before = text[max(0, start - 40) : start]
    if (
        _ARTICLE_BEFORE.search(before)
        and words[0].lower() not in HONORIFICS
        and not _LETTER_LABEL_BEFORE.search(before)
    ):
        return True
    # (a brand's product, not a bank's account holder by a patronymic: ``Maybank Aminah
    # binti Ismail 5141 ...``)
    patronymic = any(w.lower() in _PATRONYMICS for w in words)
    if (
        (_brand_before(before) and not patronymic)
        or _FLAT_AFTER.match(text, end)
        or _ZH_PLACE_AFTER.match(text, end)
    ):
        return True
    # A product's line after its brand and model (``Dyson V12 Detect Slim``), a heading
    # after its chapter's number (``Bab 4: Mengurus Hutang Kad Kredit``), a remedy named
    # after its maker (``Dr. Kwan's Pei Pa Cough Syrup``).
    model = _MODEL_BEFORE.search(before)
    brand = _LAST_CAPITALISED_BEFORE.search(before, 0, model.start() + 1) if model else None
    if brand and organisation_name_at(before, brand.start(1), brand.end(1)):
        return True
    if (
        _HEADING_BEFORE.search(before)
        and _HEADING_END.match(text, end)
        and not personal_cue_near(text, start, end)
    ):
        return True
    if _REMEDY_AFTER.match(text, end - 2 if text[start:end].endswith(("'s", "’s")) else end):
        return True
    # A game's or an app's item in quotes (``the 'Lunar Dragon' skin``).
    if _QUOTE_BEFORE.search(before) and _ITEM_AFTER.match(text, end):
        return True
    if words[-1].lower() == "lane" and len(words) > 1 and words[0] not in ENGLISH_GIVEN:
        return True
    # Malware by its family's name (``family: Lumma Stealer``), a network (``Lounge
    # Wi-Fi``), and words of the NATO spelling alphabet (``Golf-Oscar-Lima-Delta-Seven``).
    if words[-1].lower() in _THING_LAST_WORDS or all(
        w.lower() in _NATO_WORDS for w in re.split(r"[\s-]+", " ".join(words)) if w
    ):
        return True
    if len(words) == 2 and words[0] == words[1] and _ANIMAL_WORDS.search(text):
        return True
    if _PET_AFTER.match(text, end):
        return True
    # A product's ingredient list (``INGREDIENTS: Aqua, Propylene Glycol, ...``).
    if _INGREDIENTS_BEFORE.search(text, max(0, start - 400), start):
        return True
    # A surname in a dialect's romanisation (``Hokkien Tan, Cantonese Chan``).
    if len(words) == 2 and words[0].lower() in _DIALECTS:
        return True
    # ... and a dialect by its place (``I speak Dabu Hakka``, ``Anxi Hokkien``).
    if len(words) == 2 and words[1].lower() in _DIALECTS:
        return True
    # (its relations are the sum's too: ``his son``; a writer's own voice is not)
    if _is_word_problem(text):
        return True
    # An item counted in an order (``1x Admin Pouch``) or priced in a list (``Kapur GML
    # RM28``), a named exercise or operation (``Exercise Wallaby``), a form or a document
    # (``the child's Assent Form``), or a chat's verb the model read into a name at the
    # start of a sentence (``Heard Tekong this year ...``).
    # (or counted in a stock list: ``stock count: Ventolin Evohaler 12, Seretide x3``)
    if (
        _STOCK_COUNT_AFTER.match(text, end)
        and _STOCK_WORDS.search(text)
        and len(_STOCK_COUNT_AFTER.findall(text)) >= 3
        and not personal_context(text[:start] + " " + text[end:])
    ):
        return True
    if _COUNT_BEFORE.search(before) or (
        _PRICE_AFTER.match(text, end)
        and len(_PRICE_AFTER.findall(text)) >= 2
        and _PRODUCT_SIZE.search(text)
        and not personal_context(text[:start] + " " + text[end:])
    ):
        return True
    if any(w in _VEHICLE_PARTS for w in words):
        return True  # a car's part or fluid by its make (``Coolant Proton``, ``Brake Pad Axia``)
    if len(words) >= 2 and (
        words[0] in _OPERATION_WORDS
        or words[-1] in _DOCUMENT_HEADS
        or words[-1] in _PRODUCT_HEADS
        or (words[0] in _CHAT_VERBS and _at_sentence_start(text, start))
    ):
        return True
    # (a film's director, not a board's with a private matter: ``Director Yap Kim Hock
    # declared ...; he also personally guarantees the ... loan``)
    return (
        bool(_PROFESSION_BEFORE.search(before))
        and not personal_cue_near(text, start, end)
        and not PRIVATE_MATTER_RX.search(sentence_of(text, start, end))
    )


_DIED_LONG_AGO = re.compile(
    r"(?i:\b(?:died|passed away|was killed|meninggal(?: dunia)?|wafat|terkorban)\b"
    r"[^.!?\n]{0,40}?\b(?:1[0-8]\d\d|19[0-4]\d)\b)"
)
_COUNT_BEFORE = re.compile(r"(?:(?<![\w.])\d{1,3}\s?[x×]|(?<![\w.])[x×]\s?\d{1,3})\s+$")
_STOCK_COUNT_AFTER = re.compile(
    r"[ \t]+(?:[a-z]+[ \t]+)?(?:[x×][ \t]?)?\d{1,4}(?:/\d{1,4})?(?:[ \t]?[x×][ \t]?\d{1,3})?"
    r"(?:[ \t]?(?:pcs|units?|boxes|btl|tabs|packs?))?[ \t]*(?=[,;\n(]|$)"
)
_STOCK_WORDS = re.compile(r"(?i:\b(?:stock|inventory|restock|stok|baki|PO)\b)")
# (maybe with its size between: ``Kapur Mason 25kg RM18``)
_PRICE_AFTER = re.compile(
    r"(?:[ \t]+\d+(?:\.\d+)?[ \t]?(?i:kg|g|ml|l|pcs|pack|tabs))?"
    r"[ \t]*[:=-]?[ \t]*(?:RM|S\$|HK\$|US\$|USD|SGD|MYR|\$|¥|€|£)[ \t]?\d"
)
_OPERATION_WORDS = frozenset(("Exercise", "Operation", "Ops", "Op", "Ex", "Op."))
_DOCUMENT_HEADS = frozenset(
    (
        "Form",
        "Forms",
        "Certificate",
        "Cert",
        "Slip",
        "Booklet",
        "Handbook",
        "Manual",
        "Pouch",
        "Checklist",
        "Template",
        "Guidelines",
        # ... and a policy's or a binder's parts (``Named Driver Clause``, ``Wakalah Fee``,
        # ``ISF Tab``, ``CREC Ref``).
        "Clause",
        "Clauses",
        "Fee",
        "Fees",
        "Excess",
        "Endorsement",
        "Deductible",
        "Surcharge",
        "Rebate",
        "Tab",
        "Ref",
    )
)
# A car's parts and fluids, named with its make (``Coolant Proton``).
_VEHICLE_PARTS = frozenset(
    (
        "Coolant", "Radiator", "Gearbox", "Brake", "Brakes", "Tyre", "Tyres", "Tire", "Tires",
        "Wiper", "Wipers", "Aircond", "Alternator", "Sparkplug", "Clutch", "Absorber",
    )
)  # fmt: skip
# A remedy's or a supplement's form ending its product name (``Tok Sakti Slimming Capsules``).
_PRODUCT_HEADS = frozenset(
    ("Capsules", "Capsule", "Tablets", "Syrup", "Balm", "Ointment", "Liniment", "Lozenges")
    # (and a garment's cut: ``AIRism Crew Neck T``)
    + ("Neck", "Tee", "Tshirt", "Hoodie", "Jacket", "Polo")
)
_CHAT_VERBS = frozenset(
    (
        "Heard",
        "Saw",
        "Told",
        "Went",
        "Came",
        "Felt",
        "Thought",
        "Guess",
        "Anyone",
        "Anybody",
        "Everyone",
        "Someone",
        "Somebody",
        "Nobody",
        # ... and a CV's verbs opening a bullet (``"Grew Instagram following from 2k ...``)
        "Grew",
        "Led",
        "Launched",
        "Managed",
        "Drove",
        "Spearheaded",
    )
)


def _brand_before(before: str) -> bool:
    """Whether ``before`` ends with an organisation's or a brand's name and a space."""
    m = _CAPITALISED_BEFORE.search(before)
    return m is not None and organisation_name_at(before, m.start(1), m.end(1))


# News names an office-holder by a lower-case office after its portfolio (``former
# transport secretary Chan Kwok-wing``, ``Chief executive Irene Chong``, ``Senior Counsel
# Davinder Raj``) and an athlete by sport after a country or rank (``Hong Kong fencer Cheung
# Ka-yan``, ``World No. 7 Ng Zi Hao``).  Somebody's own (``my secretary Linda``, ``our chief
# executive``) is no public role.
_NEWS_ROLE_BEFORE = re.compile(
    r"(?:(?<![A-Za-z])(?i:transport|health|home affairs|home|finance|financial|justice|"
    r"education|security|labour|housing|foreign|defence|trade|commerce|environment|"
    r"development|tourism|sports?|culture|information|treasury|civil service|innovation)\s+"
    r"(?i:secretary|minister)"
    r"|(?<![A-Za-z])(?i:chief executive|chief financial officer|chief operating officer|"
    r"senior counsel|managing director|district judge|high court judge|lawmaker|legislator|"
    # ... police officers and prosecutors in a press release or a court report
    r"commissioner of police|assistant commissioner(?: of police)?|deputy commissioner|"
    r"(?:deputy )?public prosecutor|superintendent|coroner|magistrate)"
    r"|(?:[A-Z][a-z]+(?:['’]s)?|(?i:national|olympic|paralympic|veteran|teenage|former))\s+"
    r"(?i:fencer|shuttler|swimmer|diver|sprinter|hurdler|paddler|striker|midfielder|"
    r"goalkeeper|golfer|cyclist|gymnast|boxer|weightlifter|archer|(?:squash|badminton|tennis|"
    r"table tennis) player|skater)"
    r"|(?<![A-Za-z])World No\.?\s?\d{1,3}"
    # ... a police chief quoted by a news report (``district police chief Asst Comm ...``).
    r"|(?<![A-Za-z])(?i:police chief|ketua polis daerah|ketua polis negeri|ocpd)"
    # ... a minister by the portfolio (``Minister for Manpower Tan See Leng``, ``Menteri
    # Kesihatan Dzulkefly Ahmad``).
    r"|(?<![A-Za-z])(?:(?:Senior |Second |Acting |Deputy |Prime )?Minister\s+(?:for|of)|"
    r"(?:Timbalan )?Menteri)(?:\s+(?:[A-Z][\w'’-]*,?|and|&)){1,6}"
    # ... a Malaysian elected member by the address (``YB Puan Noor Azlina Harun``) and a
    # function's guest of honour (``Guest-of-Honour: Mr Desmond Chua``).
    r"|(?<![A-Za-z])(?:YB|Yang Berhormat)(?:\s+(?:Dato'?|Datuk|Datin|Tuan|Puan|Encik|Dr\.?|Hj\.?))+"
    r"|(?i:guest[- ]of[- ]honou?r)\s*[:：]?\s*(?:(?:Mr|Mrs|Ms|Mdm|Dr|Prof)\.?)?)"
    r",?\s+$"
)
# ... and a celebrity by what they are known as (``pempengaruh Khairul Aming``), news of
# their health too (``Cantopop singer ... died of lung cancer``): not in a note with a
# cue of a private person, as a studio's or an agency's (``Singer Amanda Teo is 5 months
# pregnant, her gynae said ...``).
_CELEBRITY_BEFORE = re.compile(
    r"(?<![A-Za-z])(?i:pempengaruh|influencer|selebriti|celebrity|youtuber|tiktoker|"
    r"penyanyi|pelakon|singer|actor|actress|rapper|comedian|pelawak),?\s+$"
)


# A handle on a messaging app (``Telegram ... @ustazahhusna_tajwid``): a contact.
_MESSAGING_HANDLE = re.compile(
    r"(?:(?i:telegram|whatsapp|wechat|signal|tele)|LINE)\b[^\n]{0,80}@[A-Za-z_]\w{3,}"
)


def _somebodys_own(
    text: str, start: int, end: int, *, matter: bool = False, contact: bool = True
) -> bool:
    """Whether the name at ``text[start:end]`` is somebody's own (``my secretary``, ``our
    chief executive``), with a contact in the text (unless ``contact`` is off), or -- with
    ``matter`` -- with a private matter said in its sentence: what keeps a public role's or
    a stall's name a data subject's."""
    return bool(
        _OWNER_BEFORE.search(text, max(0, start - 80), start)
        or (contact and (contact_near(text) or _MESSAGING_HANDLE.search(text)))
        or (matter and PRIVATE_MATTER_RX.search(sentence_of(text, start, end)))
    )


def _before_name(rx: re.Pattern[str], text: str, start: int, first: int, window: int) -> bool:
    """Whether ``rx`` matches right before the span at ``start`` or right before the name's
    first word at ``first`` (see :func:`_name_start`)."""
    return bool(
        rx.search(text, max(0, start - window), start)
        or (first != start and rx.search(text, max(0, first - window), first))
    )


_NAME_WORDS_BEFORE = re.compile(r"(?:(?<![A-Za-z])[A-Z][a-z'’-]+\s+){1,3}$")


def _name_start(text: str, start: int) -> int:
    """Where the name holding ``text[start:...]`` starts: up to three capitalised words
    before the span (not a title the role regexes look for: they end in a capital too)."""
    m = _NAME_WORDS_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return start
    # (keep the honorifics and titles out of the name: ``Puan``, ``Mr``, ``Dr``)
    words = m.group(0).split()
    kept = 0
    for word in reversed(words):
        if word.lower().rstrip(".") in _NOT_NAME_WORDS:
            break
        kept += 1
    return start if not kept else start - len(" ".join(words[-kept:])) - 1


_BOT_AFTER = re.compile(
    r"[\"”’']?\s*,?[^.;\n]{0,60}?\b(?:is|was) (?:an? |our )?(?:virtual (?:agent|assistant)|"
    r"chat ?bot|bot|AI (?:agent|assistant))\b",
    re.IGNORECASE,
)
# (and a form's role alone: ``Maklumat Ketua Isi Rumah (KIR)``)
_COMPOUND_TITLES = frozenset(
    {
        "Tan Sri",
        "Puan Sri",
        "Datuk Seri",
        "Dato Seri",
        "Dato' Seri",
        "Datin Seri",
        "Ketua Isi Rumah",
    }
)
_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")
_WEEKDAY_IN_TEXT = re.compile(r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b")
_CLOCK_AFTER = re.compile(r"\s*\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)\b", re.IGNORECASE)
_DEPARTMENT_AFTER = re.compile(r"\s+(?:team|department|dept|unit|desk|section|division)\b")
# A private person's titles in English and Malay (``Mr``, ``Mdm``, ``Encik``).
_PERSONAL_TITLE = r"(?:Mr|Mrs|Ms|Mdm|Madam|Miss|Encik|Puan|Cik)"
_PERSONAL_HONORIFIC_BEFORE = re.compile(rf"(?<![A-Za-z]){_PERSONAL_TITLE}\.?\s+$")
_OUR_BEFORE = re.compile(r"(?i:\b(?:our|the|to)\s+)$")
_EXAMPLE_OPENING = re.compile(r"(?im:^\W*(?:example|sample|contoh)(?: only| sahaja)?\s*[:：])")
_EXPANSION_BEFORE = re.compile(
    r"(?i:\b(?:stands for|short for|(?:abbreviation|acronym) (?:of|for))\s+['\"“‘]?)$"
)
_VERSION_AFTER = re.compile(r"\s+v\d+(?:\.\d+)*\b")
# An acronym and the words it stands for, one of them in brackets (``PCB (Potongan Cukai
# Bulanan)``, ``Potongan Cukai Bulanan (PCB)``).
_ACRONYM_THEN_BRACKET = re.compile(r"\b([A-Z]{3,6})\s*[(（]([^()（）\n]{3,60})[)）]")
_BRACKET_ACRONYM = re.compile(
    r"((?:[A-Z][\w’'-]*\s+(?:(?:of|and|for|dan|bagi)\s+)?){1,5})[(（]([A-Z]{3,6})[)）]"
)
_SMALL_WORDS = frozenset({"of", "and", "for", "the", "dan", "bagi"})


def _initials(words: str) -> str:
    return "".join(w[0] for w in words.split() if w.lower() not in _SMALL_WORDS).upper()


def spells_acronym(text: str, start: int, end: int) -> bool:
    """Whether the span lies in the words an acronym next to them stands for."""
    lo, hi = max(0, start - 70), min(len(text), end + 70)
    for m in _ACRONYM_THEN_BRACKET.finditer(text, lo, hi):
        if m.start(2) <= start and end <= m.end(2) and _initials(m.group(2)) == m.group(1):
            return True
    for m in _BRACKET_ACRONYM.finditer(text, lo, hi):
        if m.start(1) <= start and end <= m.end(1) and _initials(m.group(1)) == m.group(2):
            return True
    return False


# A product's model code or rating right after the span (``Casio G-Shock GA-2100``, ``Tetra
# HT 200W``, ``Aqua Soil Amazonia 9L``); not a unit's number (``A-12-03``).
_MODEL_AFTER = re.compile(
    r"\s+(?:[A-Z]{1,3}-\d{2,5}[A-Z]?|\d{1,4}(?:W|L|ml|mAh|GB|TB|V|Hz|mm))\b(?![-/]\d)"
)
_CAMEL_CASE = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+){2,}")
_QUOTE_SOURCE_BEFORE = re.compile(r"(?i:\bquote\b[^.\n]{0,30}\bfrom\s+)$")
_QUOTATION_AFTER = re.compile(r"\s*[:—–-]\s*['\"“‘]")
_NOT_NAME_WORDS = _words(
    "mr mrs ms mdm miss dr prof puan encik tuan cik datuk dato datin tan sri yb rev pastor "
    "bishop venerable bhante guru master ustaz ustazah imam sir madam professor"
)


def _name_end(text: str, end: int) -> int:
    """Where the name holding ``text[...:end]`` ends: up to three capitalised words on."""
    m = _REST_OF_NAME.match(text, end)
    return m.end() if m else end


# The rest of a name the span cut short (``Christine`` of ``Ms Christine Yip, ...``).
_REST_OF_NAME = re.compile(r"(?:\s+[A-Z][a-z'’-]+){0,3}")
_CLERGY_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:(?:Rt\.?|Most|Very)\s+)?(?:Rev(?:erend)?\.?|Pastor|Senior Pastor|Bishop|"
    r"Archbishop|Cardinal|Monsignor|Msgr\.?|Venerable|Ven\.?|Bhante|Bhikkhu|Guru|Rabbi|Swami|"
    r"Sheikh|Ustaz|Ustazah|Mufti|Master|Abbot|Abbess)"
    r"(?:\s+(?:Dr\.?|Hj\.?|Haji|Hajah|Bhante|Master|Venerable|Ven\.?))*\s+$"
)
_ACADEMIC_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:(?:Adjunct|Emeritus|Chair|Distinguished|Visiting|Clinical)\s+)?"
    r"(?:Professor|Prof\.?|Assoc\.?\s+Prof\.?|Associate\s+Professor|Asst\.?\s+Prof\.?|"
    r"Assistant\s+Professor|Dr\.?)\s+$"
)
_AFFILIATION_AFTER = re.compile(
    r"(?:['’]s)?\s*(?:,\s*|\(\s*|\s+of\s+|\s+from\s+)(?:the\s+)?(?:"
    r"(?:[A-Z][\w&*'’.-]*\s+){0,5}(?:University|Universiti|Institute|College|School|Hospital|"
    r"Centre|Center|Department|Faculty|Laboratory|Academy|Polytechnic)\b"
    r"|(?:Department|Faculty|School|Division|Institute|Centre|Center|Lee Kong Chian|Yong Loo Lin)\b"
    r"|(?-i:[A-Z][A-Z*&-]{1,9}(?:-[A-Z]+)?)(?:\s+[A-Z][a-z]+){0,3}\s*[),;]"
    r"|(?<=\()\s*[A-Z][\w*&.-]{1,20}(?:\s+[A-Z][\w&.-]*){0,4}\s*\)"
    # ... or the academic post after the name (``, Chair Professor of Respiratory Medicine``)
    r"|(?:(?:Chair|Associate|Assistant|Adjunct|Emeritus|Visiting|Clinical)\s+)?Professor\b"
    r"|(?:Senior\s+)?Lecturer\b|Dean\b|Provost\b|Principal Investigator\b"
    # ... or the scholar's field and university (``, a sociologist at Universiti Malaya``)
    r"|(?:an?\s+)?(?:[a-z]+\s+)?(?:sociologist|economist|historian|anthropologist|"
    r"political scientist|scientist|researcher|professor|lecturer|academic|scholar|"
    r"epidemiologist|psychologist|demographer|linguist)\s+(?:at|with|from)\s+(?:the\s+)?[A-Z]"
    r")"
)
_OWNER_BEFORE = re.compile(
    r"(?i:\b(?:my|our|your|his|her|their|saya|kami|kita)\s+(?:[\w.]+\s+){0,3}[\w.]+\s+$)"
)


# A company's founder or head named after the company, as news does (``AirAsia co-founder
# Tony Fernandes said``, ``Grab chief executive Anthony Tan``); not "our co-founder Jason".
_COMPANY_OFFICER_BEFORE = re.compile(
    r"(?<![\w'’])(?!(?:My|Our|Your|His|Her|Their|The|A|An|Saya|Kami)\s)[A-Z][\w&.'’-]*\s+"
    r"(?:co-?founder|founder|chief executive|executive chairman|chairman|CEO)\s+$"
)


# Titles many private people bear: Malay hereditary titles and Malaysia's conferred ranks
# (``Tengku Ahmad Faizal ... was warded``, ``Datin Sri Noraini ... is now 4 months
# overdue``).
_TITLES_OF_PRIVATE_PEOPLE = frozenset(
    {
        "raja",
        "tunku",
        "tengku",
        "engku",
        "ungku",
        "tuan",
        "datin",
        "datuk",
        "dato",
        "dato'",
        "sri",
        "seri",
    }
)
_RULER_THEN_NAME_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:Sultan|Sultanah|Tuanku|King|Queen|Emperor|Prince|"
    r"Princess|Yang di-Pertuan Agong)\s+[A-Z][a-z]+\s+$"
)
_AGE_AFTER = re.compile(r",\s*\d{1,3}\s*,")


def _public_by_title(
    text: str, start: int, end: int, words: list[str], previous: list[str]
) -> bool:
    """Whether a ruler's or knight's title, an office or a rank names the person at
    ``text[start:end]`` (``words``; ``previous``: the words before it) as a public figure."""
    office = _title_before(previous)
    # A Malay hereditary title is borne by many private people (``Tengku Ahmad Faizal bin
    # Tengku Razak was warded``): no public figure where a private matter is said.
    # (the title before the span or opening it: ``ditolak: Tengku Ahmad Faris bin ...``)
    titles = {office.lower(), words[0].lower() if len(words) > 1 else ""}
    if not titles.isdisjoint(_TITLES_OF_PRIVATE_PEOPLE) and (
        PRIVATE_MATTER_RX.search(sentence_of(text, start, end))
        or personal_context(text[:start] + " " + text[end:])
    ):
        return False
    if office.lower() in PUBLIC_TITLES:
        return True
    # (the span may have left out a given name between the title and itself: ``Justice
    # Harold`` before ``Ng Kok Wee``)
    if (
        office not in OFFICE_TITLES
        and len(previous) >= 2
        and office[:1].isupper()
        and text[max(0, start - len(office) - 1) : start] == office + " "
        and _title_before(previous[:-1]) in OFFICE_TITLES
    ):
        office = _title_before(previous[:-1])
    ranked = (
        _RANK_BEFORE.search(text[max(0, start - _WINDOW) : start])
        # (the span may have left out the given name after the rank: ``Datuk Seri Ramli``
        # before ``Mohamed Yoosuf``)
        or _RANK_THEN_NAME_BEFORE.search(text[max(0, start - _WINDOW - 16) : start])
        # (or a ruler's title and first name before the rest of a royal name: ``Sultan
        # Salahuddin`` before ``Abdul Aziz Shah``)
        or _RULER_THEN_NAME_BEFORE.search(text, max(0, start - 40), start)
        or (len(words) > 2 and _RANK.match(text[start:end].strip()))
        # A ruler's, saint's or knight's title inside the span (``St Andrew``, ``King
        # Charles``), or one ending it (``Musang King``, ``Burger King``).
        or (len(words) > 1 and words[0].lower() in PUBLIC_TITLES)
        # ... or an office opening the span (``Justice Farah Azlin binti Kamarudin``).
        or (len(words) > 1 and words[0] in OFFICE_TITLES)
        or (len(words) > 1 and words[-1].lower() in _TITLE_LAST)
        or (
            # (not one whose age or private matter the sentence gives: ``Startup co-founder
            # Jason Lim, 34, was arrested``)
            _COMPANY_OFFICER_BEFORE.search(text, max(0, start - 60), start)
            and not _AGE_AFTER.match(text, end)
            and not PRIVATE_MATTER_RX.search(sentence_of(text, start, end))
        )
        # (or an office and its place set before the holder: ``Mufti Singapura, Dr
        # Nazirudin Mohd Nasir, akan menyampaikan khutbah``)
        or (
            _OFFICE_THEN_HOLDER_BEFORE.search(text, max(0, start - 80), start)
            and not PRIVATE_MATTER_RX.search(sentence_of(text, start, end))
        )
    )
    # (a company's officer whose private matter the sentence tells is no public figure:
    # ``the outgoing CFO Alvin Seah is in the middle of a messy divorce``)
    if office in _CORPORATE_OFFICES and PRIVATE_MATTER_RX.search(sentence_of(text, start, end)):
        return bool(ranked) and not personal_cue_near(text, start, end)
    return bool(office in OFFICE_TITLES or ranked) and not personal_cue_near(text, start, end)


_CORPORATE_OFFICES = frozenset({"CEO", "CFO", "COO", "CTO", "Chairman", "Chairwoman"})
_OFFICE_THEN_HOLDER_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:Mufti|Menteri Besar|Ketua Menteri|Menteri|Datuk Bandar|Yang Dipertua|"
    r"Ketua Pengarah|Director[- ]General|Minister|Mayor|Speaker|Governor|Ambassador|Duta Besar)"
    r"(?:\s+(?:of|for|bagi|the|[A-Z][\w'’-]*)){0,5}\s*,\s*"
    r"(?:(?:Dr|Datuk|Dato['’]?|Datin|Tan Sri|Puan Sri|Prof|Seri|Sri|Haji|Hj|Tuan|Puan)\.?\s+){0,3}"
    r"(?:[A-Z][\w'’-]*\s+){0,2}$"
)


def _title_before(words: list[str]) -> str:
    """The word before a name once academic and religious honorifics are skipped (``Tun``
    of ``Tun Dr Siti Hasmah``, ``Datuk`` of ``Datuk Dr. Lim``)."""
    for word in reversed(words):
        if word.lower() not in _SKIPPED_HONORIFICS:
            return word
    return ""


def _mostly_capitals(text: str) -> bool:
    """Whether nine in ten of the letters of ``text`` (twenty or more) are capitals."""
    letters = [c for c in text if c.isalpha() and c.isascii()]
    return len(letters) >= 20 and sum(c.isupper() for c in letters) * 10 >= len(letters) * 9


def _at_sentence_start(text: str, start: int) -> bool:
    """Whether ``start`` begins the text, a line or a sentence."""
    before = text[max(0, start - 8) : start]
    return text[:start].strip(" \"'“(") == "" or bool(_SENTENCE_END.search(before))


def _stand_in_name(name: str, text: str, start: int, end: int) -> bool:
    """Whether ``name`` (lower case) is a form's or a document's stand-in (``John Doe``,
    also after its title: ``Ms Jane Citizen``)."""
    # (the model may take a quote mark into the span: ``'name': 'Jane Doe'``)
    name = _STAND_IN_TITLE.sub("", name).strip(_QUOTES)
    if name == "ah seng" and _STOCK_CAST.search(text):
        return True  # (in the stock cast: ``Ah Beng, Ah Lian, Ah Seng, Ah Huay``)
    if name not in PLACEHOLDER_NAMES and name not in SAMPLE_NAMES:
        return False
    if _EXAMPLE_TEXT.search(text):
        return True
    # (not one given a date of birth: ``Tan Ah Kow, senior citizen, DOB 12/03/1952``, nor
    # one a private matter is told of: ``polisi milik Tan Ah Kow, sebab: sejarah strok``,
    # ``Ah Lian from the Jurong shop 怀孕了``)
    return (
        name in PLACEHOLDER_NAMES
        and not personal_cue_near(text, start, end)
        and not _BIRTH_DATE_AFTER.search(text, end, end + 48)
        and not PRIVATE_MATTER_RX.search(text, end, end + 60)
        and not PRIVATE_MATTER_ZH.search(text, end, end + 60)
    )


# A neighbour's home said beside a name (``jiran sebelah``, ``Blok C tingkat 4``, ``rumah
# sebelah``, ``dari blok C``).
_HOME_NEAR_MS = re.compile(
    r"(?i:\bjiran\b|\bblo(?:k|ck)\s+\w|\btingkat\s+\d|rumah sebelah|sebelah rumah|\blorong\s+\d)"
)
_STREET_AFTER = re.compile(
    r",\s*\d{1,4}[A-Z]?,?\s+(?:Jalan|Jln|Lorong|Lor|Road|Rd|Street|St|Avenue|Ave|Drive|Dr|Lane|"
    r"Crescent|Close|Place|Walk|Way|Terrace|Taman|Blk|Block)\b"
)
_HOME_DIRECTORY_BEFORE = re.compile(HOME_DIRECTORY_PREFIX + "$")
_STOCK_CAST = re.compile(r"(?i:\bah (?:beng|lian)\b)")
_STAND_IN_TITLE = re.compile(rf"^(?i:{_PERSONAL_TITLE}|dr)\.?\s+")
_BIRTH_DATE_AFTER = re.compile(
    r"(?i:\b(?:dob|d\.o\.b\.?|date of birth|born|tarikh lahir)\b)\W{0,3}\d{1,4}[/.-]\d{1,2}"
)


_SUM_AFTER_NAME = re.compile(SUM_AFTER_NAME)
_PAY_WORD_BEFORE = re.compile(PAY_WORD)
_WEEKDAYS_UPPER = frozenset(
    ["MON", "TUE", "TUES", "WED", "THU", "THUR", "THURS", "FRI", "SAT", "SUN"]
)


def _named_in_full_before(text: str, start: int, given: str) -> bool:
    """Whether a famous figure's full name opening with ``given`` stands earlier in
    ``text`` (``Percy Jackson ... Percy``): the given name alone is that figure's."""
    given = without_possessive(given)
    if not given[:1].isupper() or not given.isalpha():
        return False
    return any(
        in_gazetteer(m.group(0))
        for m in re.compile(
            rf"(?<![A-Za-z]){re.escape(given)}(?:\s+[A-Z][A-Za-z'’-]+){{1,2}}"
        ).finditer(text, 0, start)
    )
