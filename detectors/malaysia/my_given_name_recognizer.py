"""Personal names that start with a common given name: ``Ahmad Faizal``, ``Nurul Aina``.

English NER does not run on Malay text and misses many Malay, Indian and even English
names in English text (``Olivia Grant`` comes out as a facility).  A short gazetteer of
given names that are common in Malaysia and Singapore (Malay, Indian and English ones)
finds a name by its first word when one to three more capitalised words follow it; common
European given names are listed too, for expatriates' records.

A given name alone is never reported (``Ahmad`` is a name, but ``Jaya`` or ``Indah`` are
ordinary words, and one word is weak evidence): that stays with the honorific and
"introduced name" patterns of :mod:`.my_name_recognizer`.  Given names that are also
everyday words, places or brands (``Nur`` "light", ``Victoria``, ``Grace``, ``Jordan``,
``Wan`` as in Wan Chai) are left out of the list.  Findings are ``PERSON`` and go through
the same checks as NER names (:mod:`residency.detectors.person_filter`): history and
literature prose, public figures, titles of rulers, places and organisations.

Names are the scanner's costly-pass entities (skipped once a record holds a confirmed
direct identifier).  So the instance in the country registry (cheap pass) only reads
text that English NER will not read (Malay text, Chinese text with a romanised name, code);
text that English NER reads is left to a ``with_ner=True`` instance that runs beside NER in
the costly pass (:func:`residency.detectors.chinese.name_recognizers`).
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from residency.detectors.country_base import CountryPatternRecognizer
from residency.detectors.patterns import Pattern
from residency.detectors.prefilter import facts_for


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


MALAY_GIVEN = _words(
    # men
    "Muhammad Mohd Mohamad Mohamed Mohammad Muhamad Muhd Ahmad Ahmed Abdul Abdullah Amir "
    "Amirul Aiman Afiq Aqil Arif Ariff Asyraf Azlan Azman Aziz Azizi Azri Badrul Faiz Faizal "
    "Faisal Fakhrul Farhan Firdaus Hafiz Hafizuddin Haikal Hakim Hamzah Hanif Haris Harith "
    "Hasan Hassan Hazim Haziq Hisham Husin Hussein Ikhwan Ilham Imran Irfan Ismail Izwan "
    "Izzat Jamal Jamil Kamal Kamarul Khairul Luqman Mahmud Mazlan Nabil Nazri Nizam Rahim "
    "Rahman Razak Razif Redzuan Ridzuan Rizal Rosli Roslan Saiful Shafiq Shahrul Shamsul "
    "Syafiq Syahmi Syazwan Syed Yusof Yusuf Zaidi Zainal Zakaria Zulkifli Zulkarnain Fadzil "
    "Fauzi Ghazali Halim Hamid Idris Ibrahim Kassim Latif Mustafa Nasir Osman Rashid "
    "Sulaiman Yaakob Yahya Anuar Anwar Azhar Hairul Helmi Johari Kamaruddin Mokhtar Norman "
    "Rusli Shukri Zaki Zamri Zulhilmi Amin Danish Irsyad Naim Wafiy Aidil Akmal "
    "Kamaluddin Jamaluddin Nasaruddin Shamsuddin Zainuddin Salahuddin Azharuddin Kamarudin "
    # women
    "Siti Nurul Noor Nor Nurin Aina Ain Aisyah Aishah Aisha Alia Aliya Amalina Amirah Anis Aqilah "
    "Atiqah Azizah Balqis Fadhilah Faridah Farah Fatimah Hafizah Hanis Hasnah Hidayah Husna "
    "Izzati Khadijah Liyana Mariam Maryam Marlina Nabila Nabilah Nadia Najwa Norhayati "
    "Norazlina Rahmah Rohana Rohani Rosnah Rozita Safiyah Salmah Shahira Sharifah Suhaila "
    "Syahirah Syazwani Umairah Wardah Zaiton Zainab Zaleha Zarina Zubaidah Zuraini Yasmin "
    "Nurhaliza Norliza Rosmah Haslinda Hamidah Ruhana Aziela Nurdiana Syafiqah Izzah "
    # ... and today's children's names (a school's records and groups)
    "Nur Qistina Batrisya Irdina Sofea Alya Damia Humaira Insyirah Aleesya Qaseh Dhia "
    "Danial Rayyan Harraz Hadif Mikhail Umar Uwais Adam "
    # ... and more names heard every day (``Azmi, 29,``, ``the new boy Hariz``)
    "Azmi Hariz Mikail Mikael Sabri Azhari Salma Amina Zura Mira Lina Jefri Jefry Jeffri "
    "Hazwan Hazwani Adib Zulaikha "
    # ... and a common man's name, and an Indonesian one (``Staf baru Farid``, ``hantar Eka
    # balik``)
    "Farid Eka "
    # ... and more women's names of that generation
    "Syazana Nadhirah Syuhada Syamimi Fatin Farhana Hazirah Nabihah Hanani Shazwani Atikah "
    "Amni Najihah Nurain Syakirah Afiqah Adibah Athirah "
    # ... and their mothers' and grandmothers' (``Aminah``, ``Kalsom``)
    "Aminah Rokiah Habibah Ramlah Halimah Maimunah Kalsom Asmah Normah Saodah Jamilah "
    "Latifah Rohaya Noraini "
    # ... and more names of women, and Indonesian names heard in Malaysia (spouses,
    # domestic workers): ``Norshahida``, ``Dewi Kartika Sari``
    "Norshahida Norhafizah Norazura Norsyuhada Dewi Kartika Wulan Wulandari "
    "Rahayu Susilawati Sulastri Yuliana Fitriani Nurhayati Suryani Siswanto Agus "
    "Bambang Joko Slamet Eko Sumiati Sumarni Sutinah Purwanti Lestari Wahyuni Susanti "
    "Mulyani Setyowati Endang Ningsih Suparti Tuminah Sunarti Rina Yanti Budi Santoso "
    # ... and Balinese birth-order names (``Wayan Sutama``; not ``Made`` or ``Putu``,
    # an English word and a kuih)
    "Wayan Nyoman Ketut Kadek Komang "
    # ... and Bangladeshi men's ``Md`` written without its dot (``Md Shahin Alam``)
    "Md "
    # ... and Filipino names (domestic workers in Singapore, Malaysia and Hong Kong:
    # ``Marites``, ``Analyn Ferrer``, ``Crisanta Lagman``)
    "Marites Maricel Analyn Crisanta Rowena Marivic Rosalie Marilou Jonalyn Mylene Marissa "
    "Annaliza Leonora Editha Imelda Perla Teodora Remedios Nenita Erlinda Lilibeth Maribel "
    "Arlene Jennylyn Rosario Rhodora Leonila Corazon Dolores Milagros Maryjane Rodelyn"
)
INDIAN_GIVEN = _words(
    "Rajesh Ramesh Suresh Mahesh Ganesh Arun Anand Vijay Ravi Rajendran Muthu Murugan Kannan "
    "Karthik Krishnan Prakash Sanjay Siva Sivakumar Subramaniam Saravanan Selvam Thinesh "
    "Vinod Manoj Naveen Prem Ramu Balan Gopal Mani Kumaran Ashwin Harish Dinesh Rajan Sathish "
    "Priya Kavitha Lakshmi Meena Revathi Shanti Sangeetha Malathi Geetha Anitha Sumathi "
    "Vasanthi Kalaivani Thilaga Deepa Divya Nisha Pooja Kalpana Shalini Saraswathy Yamini "
    "Vanitha Jayanthi Parvathi Letchumi Mageswari Kumar Rahul Vikram Arjun Deepak Priyanka "
    "Anita Sunita Rekha Usha Praveen Pradeep Girish Santhosh Vignesh Kavya Anjali Pravin Nithya "
    # (and more Tamil men's names heard every day: ``Ravindran from our Johor squad``)
    "Ravindran Kumaresan Muniandy Tharshan"
)
ENGLISH_GIVEN = _words(
    "James John Robert Michael William David Richard Joseph Thomas Christopher Daniel Matthew "
    "Anthony Andrew Paul Steven Kevin Brian Edward Ronald Timothy Jason Jeffrey Ryan Jacob Ricky "
    "Gary Nicholas Eric Jonathan Stephen Justin Scott Brandon Benjamin Samuel Gregory Patrick "
    "Raymond Dennis Tyler Aaron Douglas Peter Nathan Zachary Kyle Noah Ethan Jeremy Keith "
    "Geraldine Roger Sean Gerald Harold Arthur Lawrence Dylan Bryan Bruce Gabriel Albert Alan Eugene "
    "Russell Vincent Philip Bradley Oliver Liam Lucas Harry Oscar Frank Simon Colin Graham "
    "Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa "
    "Margaret Sandra Ashley Kimberly Emily Donna Michelle Dorothy Amanda Melissa Deborah "
    "Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela "
    "Emma Nicole Helen Samantha Katherine Christine Rachel Catherine Carolyn Janet Maria "
    "Heather Diane Julie Olivia Joyce Kelly Lauren Christina Evelyn Judith Megan Andrea "
    "Cheryl Hannah Jacqueline Gloria Teresa Sara Kathryn Janice Abigail Sophia Denise "
    "Natalie Danielle Isabella Theresa Chloe Sophie Amelia Jasmine Vanessa Fiona Claire "
    "Jennifer Wendy Irene Eileen Joanne "
    "Clarissa Joanna Veronica Monica Jessie Beatrice Daphne Ingrid Malcolm Nigel Roland "
    "Herbert Ignatius Marvin Maxwell Randall Reginald Rodney Trevor Wilfred Rosalind Serena "
    "Theodore Ursula Zoe "
    # English names Chinese Singaporeans and Malaysians often carry.
    "Charmaine Jolene Germaine Shermaine Desmond Clarence Alvin Melvin Kelvin Marcus Darren "
    "Wilson Gilbert Leonard Benedict Terence Cedric Priscilla Gwendolyn Felicia Sherlyn "
    "Adeline Angeline Caroline Jocelyn Celine Evangeline Eunice Esther Audrey Agnes Doreen "
    "Cindy Winnie Vivian Valerie Sylvia Jeanette Josephine Gladys Clement Bernard Dominic "
    "Francis Kenneth Kenny Leon Lionel Ronnie Shawn Stanley Vernon Warren Wesley Xavier Edwin "
    "Edmund Elvin Gavin Glenn Jerome Joel Julian Jolyn Charlene Sharlene Michael Nicholas "
    "Jimmy Johnny Tommy Joshua Adrian Ivan Lucy Mandy Jenny Doris Danny "
    # ... and the names of today's children (``Make-up for Kayden Ng``).
    "Kayden Jayden Ayden Aiden Brayden Caden Jaden Hayden Zayden Asher Ezra Elijah Caleb "
    "Nathaniel Travis Ashton Javen Jovan Kaylee Kayla Zoey Janelle Kaelyn Rachelle Sherilyn "
    "Yvonne Tiffany Natasha Gwyneth Elysia Isabelle "
    # ... and the Christian names Sabah's and Sarawak's families give (``Pasangan Florence
    # Mojuntin dan Jeffery Sipaun``).
    "Florence Jeffery Juliana Veronica Bernadette Philomena Magdalene Gregory Ambrose Roselyn "
    "Jacqueline"
)
# ... and European ones, for expatriates' and European companies' records (GDPR): common
# German, Dutch, French, Italian, Spanish, Portuguese, Nordic and Polish given names that
# are no English word, place or brand (not ``Jan``, ``Eva``, ``Lotte``, ``Lucia``).
EUROPEAN_GIVEN = _words(
    "Felix Lukas Jonas Leon Maximilian Moritz Niklas Tobias Florian Stefan Matthias Andreas "
    "Jürgen Jurgen Wolfgang Dieter Klaus Uwe Helmut Horst Torsten Sven Jens Dirk Lena Leonie "
    "Katharina Anja Sabine Ute Birgit Heike Franziska Johanna Greta Annika Svenja Kerstin "
    "Petra Monika Gisela Ursula Joost Daan Thijs Sander Pieter Maarten Wouter Jeroen Ruud "
    "Luuk Anneke Femke Sanne Lieke Marloes Annelies Anouk Pierre Jacques François Francois "
    "Antoine Mathieu Guillaume Julien Thierry Olivier Philippe Benoît Benoit Sébastien "
    "Sebastien Camille Chloé Manon Élodie Elodie Amélie Amelie Céline Celine Sandrine "
    "Nathalie Isabelle Sylvie Aurélie Aurelie Margaux Juliette Giulia Giuseppe Giovanni Luca "
    "Matteo Alessandro Lorenzo Francesco Stefano Paolo Federica Chiara Francesca Alessandra "
    "Valentina Martina Elena Silvia Simona Giorgia Javier Alejandro Pablo Sergio Álvaro "
    "Alvaro Jorge Miguel Carla Rafael Joaquín Joaquin Inés Ines Marta Rocío Rocio João Joao Tiago "
    "Gonçalo Beatriz Lars Anders Henrik Magnus Nils Erik Mikkel Rasmus Sigrid Astrid Ingrid "
    "Freja Linnea Karin Piotr Tomasz Katarzyna Agnieszka Jakub Olga Natalia Dmitri Dmitry "
    # ... and Portuguese ones (Macau's Macanese and Portuguese families)
    "Sérgio Filomena Rodrigo Fernando Rui Nuno Duarte Vasco Ricardo Mariana Catarina Leonor "
    "Filipa Fátima Conceição Gilberto Armando Cláudia Patrícia Vítor Bruno Pedro Antonio "
    # (and Sofia, a city's name too: its airport or its streets are read as places by the
    # person filter, ``Sofia Airport``)
    "Sofia"
)
GIVEN_NAMES = tuple(
    sorted(set(MALAY_GIVEN + INDIAN_GIVEN + ENGLISH_GIVEN + EUROPEAN_GIVEN), key=len, reverse=True)
)

# A room, a bed or a ward named after a person's name, which a name does not run on into
# (``Pak Cik Ismail Bilik 4``, ``Farah Katil 12``).
ROOM_WORD = r"(?:Bilik|Katil|Wad|Blok|Bed|Room|Ward|Unit|Level|Aras|Tingkat)(?![A-Za-z])"
# A capitalised name word (``Nur'ain``, ``Abdul-Rahman``) or an abbreviated one (``Mohd.``).
# (or a surname after its ``D'`` or ``O'``: ``Geraldine D'Cruz``, ``O'Brien``)
# (with the accented letters of European names: ``Brånemark``, ``Müller``)
NAME_WORD = r"(?:[A-Z][a-zß-öø-ÿ]+(?:['’-][A-Za-z][a-zß-öø-ÿ]+)?|[DO]['’][A-Z][a-zß-öø-ÿ]+)"
_W = NAME_WORD
# A surname's particle between name words (``Daniel de Souza``, ``Pieter van der Berg``).
_PARTICLE = r"(?:de|da|do|dos|das|del|della|di|du|van|von|van der|van den|ter|ten)"
# (and a double given name joined by a hyphen: ``Jan-Erik``, ``Jean-Pierre``, ``Anne-Marie``)
_GIVEN = (
    r"(?:" + "|".join(GIVEN_NAMES) + r"|(?:Mohd|Muhd|Md|Abd)\.|"
    r"(?:Jan|Jean|Anne|Marie|Hans|Karl|Per|Eva|Ann)-[A-Z][a-zß-öø-ÿ]+)"
)

# A device's make or kind after its owner's name in a host name.
_DEVICE = (
    r"(?:iPhone|iPad|MacBook|iMac|Galaxy|Pixel|Redmi|Xiaomi|Huawei|OPPO|Oppo|Vivo|Laptop|"
    r"PC|Android|Desktop|Surface|ThinkPad|Tab|Phone|Watch)"
)
# A person's role as a file's name gives it before their given name (``_bride_``).
ROLE_IN_FILE_NAME = (
    r"[_-](?i:bride|groom|pengantin|patient|pesakit|client|customer|pelanggan|student|pelajar|"
    r"staff|member|guest|tenant|penyewa)[_-]"
)
ROLE_IN_FILE_NAME_BEFORE = re.compile(ROLE_IN_FILE_NAME + "$")
# What follows an owner's name in a device's host name (``-iPhone``, ``_s-Galaxy``, or the
# pinyin of 的: ``ChenXiaoyu-de-iPad``).
OWNER_DEVICE_AFTER = rf"[-_'’](?:s[-_]|de[-_])?{_DEVICE}(?![a-z])"
# The same in a Windows host name's capitals, the device after or before the name
# (``MARCUS-TEO-LAPTOP``, ``LAPTOP-MUTHU-AL-GANESAN``); its first word must be a given
# name (:meth:`MyGivenNameRecognizer.keep`), so a random ``DESKTOP-7H2K9QX`` is not one.
CAPS_JOINED_NAME = r"[A-Z]{3,12}(?:[-_][A-Z]{1,12}){1,3}"
_DEVICE_CAPS = r"(?:LAPTOP|DESKTOP|NOTEBOOK|PC|IPHONE|IPAD|MACBOOK|GALAXY|PIXEL|PHONE|TAB)"
OWNER_DEVICE_CAPS = (
    rf"(?<![A-Za-z0-9_-]){CAPS_JOINED_NAME}(?=[-_]{_DEVICE_CAPS}(?![A-Za-z]))"
    rf"|(?<=(?<![A-Za-z0-9_-])(?:LAPTOP|DESKTOP|NOTEBOOK|PC)[-_]){CAPS_JOINED_NAME}"
    r"(?![A-Za-z0-9_-])"
)
GIVEN_NAME_SET = frozenset(GIVEN_NAMES)
# Given names left out of the list as everyday words (``Grace``, ``Joy``), taken only before
# a Chinese surname of the region (not the months ``May`` and ``June``).
WORD_LIKE_GIVEN = (
    "Grace", "Joy", "Faith", "Hope", "Rose", "Ivy", "Jade", "Pearl", "Crystal", "Angel",
    "Iris", "Ruby", "Hazel", "Amber", "Jewel", "Sunny", "Victoria", "Jordan", "Ken",
)  # fmt: skip

# What opens a user's home directory or login (``/Users/``, ``C:\\Users\\``, ``user.name=``),
# a tracker's mention of a user (Jira's ``[~siewlan.chong]``), a firewall's log of a VPN
# user (``User <kelvin.ngbk>``) or a labelled login (``pengguna: faizal.hakimi``).
HOME_DIRECTORY_PREFIX = (
    r"(?:/Users/|/home/|\\Users\\|\buser\.name\s*[=:]\s*|\[~|\bUser\s?<"
    r"|(?<![\w.])(?i:pengguna|username|login|user id)\s*[=:：]\s*)"
)
# (the prefix matched and set aside with ``\K``, not looked behind for at every position:
# five times faster on a long text)
HOME_DIRECTORY_NAME = rf"{HOME_DIRECTORY_PREFIX}\K[a-z]{{3,12}}[._][a-z]{{2,14}}(?![\w.-])"


def given_name_first(joined: str) -> bool:
    """Whether a host name's ``MARCUS-TEO`` or a login's ``benjamin.oei`` starts with a
    known given name."""
    return re.split(r"[-_.]", joined, maxsplit=1)[0].title() in GIVEN_NAME_SET


def login_names_person(login: str) -> bool:
    """Whether a login's or a home directory's ``benjamin.oei`` or ``siewlan.chong`` is a
    person's name: a known given name first, or a Chinese surname on one side of the dot
    and no English word on the other."""
    if given_name_first(login):
        return True
    from residency.detectors.common_words import is_common_word
    from residency.detectors.malaysia.my_name_recognizer import SEA_CHINESE_SURNAME_SET

    parts = re.split(r"[._]", login)
    if len(parts) != 2:
        return False
    return any(
        surname.title() in SEA_CHINESE_SURNAME_SET and len(other) >= 3 and not is_common_word(other)
        for surname, other in (parts, parts[::-1])
    )


# A Malay or an Indian name's link to the father's as a host name writes it (``binti``,
# ``d-o`` for d/o).
_PATRONYMIC_JOINED = r"[-_](?:binti|binte|bin|bte|bt|d-o|s-o|a-l|a-p|do|so|al|ap)[-_]"
# Such a name joined in a host name (``Nurul-Aina-binti-Rashid``).
PATRONYMIC_JOINED_NAME = (
    rf"[A-Z][a-z]+(?:[-_][A-Z][a-z]+)?{_PATRONYMIC_JOINED}[A-Z][a-z]+(?:[-_][A-Z][a-z]+)?"
)


class MyGivenNameRecognizer(CountryPatternRecognizer):
    """A common given name and one to three more capitalised words (see module)."""

    ENTITY = "PERSON"
    COUNTRY_CODE = None
    NEGATIVE_CONTEXT = ()
    PATTERNS = [
        Pattern(
            "given name and surname",
            # (the given name maybe doubled with a hyphen: ``Sarah-Jane de Souza``)
            # (maybe with a possessive after it: ``Priya Nair's iPhone``)
            rf"(?<![A-Za-z'’-]){_GIVEN}(?:-[A-Z][a-z]+)?(?:(?: {_PARTICLE})? (?!{ROOM_WORD}){_W}){{1,3}}(?:(?=['’]s(?![A-Za-z]))|(?![A-Za-z'’-]))",
            0.6,
        ),
        # A Balinese name by its sex and birth-order prefix (``Ni Made Ayu Lestari``, ``I
        # Gede Putra``): ``Made`` and ``Putu`` are too common as words to stand alone.
        Pattern(
            "Balinese name",
            # (not ``I Made``: an English title's "I made")
            rf"(?<![A-Za-z'’-])(?:Ni (?:Luh|Made|Putu|Wayan|Nyoman|Ketut|Kadek|Komang|Nengah)"
            rf"|I (?:Gede|Putu|Wayan|Nyoman|Ketut|Kadek|Komang|Nengah))"
            rf"(?: {_W}){{1,3}}(?![A-Za-z'’-])",
            0.6,
        ),
        # A device named after its owner, as DHCP and Bluetooth show it
        # (``Nicholas-Chua-iPhone``, ``Faizal-Rahman-Galaxy-A54``).
        Pattern(
            "owner's name in a device's name",
            # (the given name maybe alone: ``Hafizah-Galaxy-A54``)
            rf"(?<![A-Za-z0-9_-]){_GIVEN}(?:[-_][A-Z][a-z]+){{0,2}}"
            rf"(?={OWNER_DEVICE_AFTER})"
            # (or any name that goes on to its father's: ``Nurul-Aina-binti-Rashid-Galaxy``,
            # ``Priyadarshini-d-o-Suresh-MacBook``)
            rf"|(?<![A-Za-z0-9_-]){PATRONYMIC_JOINED_NAME}(?={OWNER_DEVICE_AFTER})",
            0.6,
        ),
        Pattern("owner's name in a device's name in capitals", OWNER_DEVICE_CAPS, 0.6),
        # A person's given name in a file's name after their role (``IMG_20260311_bride_
        # Aqilah_front.jpg``, ``scan_patient_Farid.pdf``).
        Pattern(
            "given name after a role in a file's name",
            rf"(?<={ROLE_IN_FILE_NAME}){_GIVEN}(?=[_.-])",
            0.6,
        ),
        # A user's home directory or login named ``given.surname`` (``/Users/benjamin.oei``,
        # ``user.name=benjamin.oei``); its first word must be a given name (:meth:`keep`).
        Pattern("owner's name in a home directory", HOME_DIRECTORY_NAME, 0.6),
    ]
    CONTEXT = ["nama", "name", "pemohon", "penerima", "customer", "hubungi", "contact"]
    CONTEXT_ZH = ["姓名", "名字", "收件人", "客户"]

    def __init__(self, supported_language: str = "en", *, with_ner: bool = False) -> None:
        self.with_ner = with_ner
        suffix = "_with_ner" if with_ner else ""
        super().__init__(
            supported_language=supported_language,
            name=f"{type(self).__name__}{suffix}_{supported_language}",
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        if facts_for(text).script.wants_english_ner is not self.with_ner:
            return []
        return super().analyze(text, entities, nlp_artifacts, regex_flags)

    def keep(self, text: str, result: RecognizerResult) -> bool:
        """A host name in capitals only when it starts with a given name."""
        explanation = result.analysis_explanation
        if (
            explanation
            and explanation.pattern_name == "owner's name in a device's name in capitals"
        ):
            return given_name_first(text[result.start : result.end])
        if explanation and explanation.pattern_name == "owner's name in a home directory":
            return login_names_person(text[result.start : result.end])
        return True
