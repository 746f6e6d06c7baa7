"""Personal names as written in Malaysia and Singapore, found by their structure.

English NER does not run on Malay text (it tags ordinary Malay words as people), so names
there are found by how they are built rather than by a model:

* patronymics: ``Amirah binti Nazri``, ``Azman bin Ahmad``, ``Muthu a/l Govindasamy``,
  ``Meena a/p Subramaniam``, ``Suresh s/o Nair`` (``bin``/``binti``/``bte`` and the
  Indian ``a/l``, ``a/p``, ``s/o``, ``d/o`` "son/daughter of");
* an honorific before capitalised words: ``Encik Azman``, ``Puan Rohani``, ``Cik Lim``,
  and Malay kin and religious titles (``Pak Long Kassim``, ``Abang Din``, ``Ustazah
  Rafidah``: the person filter keeps a kin-titled name only near a private matter);
* a known given name alone after a form's label (``Recipient: Kavitha``), with a private
  matter in its clause (``Haslinda pinjam duit aku``), or followed by ``nama dia``;
* a chat log's speaker after its time (``[09:12] Rosalind Merriweather:``), a relative set
  off by commas (``teman isteri, Liyana,``), a person asked about (``Sesiapa kenal X``);
* romanised Chinese names: a common Hokkien, Cantonese, Teochew, Hakka or Hanyu Pinyin
  surname and two given-name syllables (``Wong Xin Yi``, ``Yeo Hock Seng``);
* capitalised words right after a word that introduces a person (``saya``, ``nama``,
  ``pemohon``, ``penerima``);
* in chat written all in lower case, a romanised Chinese name (a distinctive surname and
  two syllables: ``tan wei ming``) or a Malay name (a distinctive given name and one or
  two more words: ``siti nurhaliza``) right after a verb or phrase that introduces a
  person (``pls call``, ``pass this to``, ``nama saya``, ``my colleague``);
* a name in capitals after a form label (``Beneficiary: LIM MEI LING``, ``Nama: SITI
  AMINAH BINTI ALI``), as on cards and bank forms, with a known surname, given name or
  patronymic in it;
* a name greeted or thanked at the start of a message, before a comma or ``!``: a common
  given name (``Dear Hafiz,``, ``Terima kasih Aishah,``) or two or three capitalised
  words (``Hi Kelvin Lau!``) -- not ``Dear Sir,``, ``Hi all,``, ``Dear Diary,``,
  ``Thanks Google,`` or ``Dear Valued Customer,``.
"""

from __future__ import annotations

import re

from residency.detectors.country_base import CountryPatternRecognizer
from residency.detectors.malaysia.my_given_name_recognizer import (
    ENGLISH_GIVEN,
    GIVEN_NAMES,
    NAME_WORD,
    OWNER_DEVICE_AFTER,
    ROOM_WORD,
    WORD_LIKE_GIVEN,
)
from residency.detectors.patterns import Pattern
from residency.detectors.prefilter import require_search
from residency.detectors.private_matter import PRIVATE_MATTER, PRIVATE_MATTER_OF_NAMED_ZH
from residency.detectors.relations import (
    DEPARTMENTS_EN,
    NAMED_PERSON_NOUNS,
    POSSESSIVES_EN,
    POSSESSIVES_MS,
    RELATIONS_EN,
    RELATIONS_MS,
    RELATIONS_ZH,
    ROLES_EN,
)

# A capitalised name word (Latin letters, apostrophe, hyphen: ``Nur'ain``, ``Abdul-Rahman``).
_W = NAME_WORD
# (not on into a room, a bed or a ward after the name: ``Pak Cik Ismail Bilik 4``)
_NAME = rf"{_W}(?: (?!{ROOM_WORD}){_W}){{0,3}}"
# (and Sarawak's and Sabah's ``anak``, ``ak``: ``Nyanggau anak Ujang``)
_NICKNAME = rf"(?: [\"“'‘(]{_W}[\"”'’)])?"
_PATRONYMIC = r"(?:bin|binti|binte|bte|bt\.?|a/l|a/p|s/o|d/o|A/L|A/P|S/O|D/O|anak|ak\.?)"
# Malay written in Jawi (Arabic script with its own letters ng, p, g, ny, v: ڠ ڤ ݢ ڽ ۏ):
# a name and ``bin``/``binti`` (بن, بنت) and the father's name, as ``Kamal bin Yahya``.
# Only in a text with a Jawi letter (Arabic's own ``ibn`` and ``bint`` are history's too).
_AR = r"[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF\u0750-\u077F]"
JAWI_NAME = rf"(?<!{_AR})(?:{_AR}+ ){{1,2}}(?:بن|بنت) {_AR}+(?!{_AR})"
JAWI_LETTER = re.compile("[\u06a0\u06a4\u0762\u06bd\u06cf]")
# Words greeted that are not names.
_NOT_GREETED = (
    r"(?:Sir|Sirs|Madam|Madame|Mdm|Customer|Customers|Client|Clients|Team|All|Everyone|"
    r"Everybody|There|Again|Friend|Friends|Guys|Folks|Valued|World|Member|Members|Parent|"
    r"Parents|Student|Students|Reader|Readers|Colleague|Colleagues|Shareholder|"
    r"Shareholders|Admin|Support|Mum|Mom|Dad|Boss|Doctor|Tuan|Puan|Encik|Cikgu|Semua|"
    r"Bro|Sis|User|Users|Applicant|Candidate|Partner|Partners|Sir/Madam|Hiring|Manager|"
    r"Editor|Sponsor|Sponsors|Guest|Guests|Visitor|Visitors|Ladies|Gentlemen|Class|"
    r"Future|Santa|God|Lord|Teacher|Teachers|Team-mates|Neighbours|Neighbors|"
    # (a body addressed: ``Dear Organising Committee,``)
    r"Organising|Organizing|Committee|Board|Panel|Judges|Organisers|Organizers|Council)"
    r"(?![A-Za-z])"
)
# Words in capitals on a form that are no name (placeholders, form words).
_NOT_UPPER_NAME = (
    r"(?:PLEASE|YOUR|FILL|NIL|NONE|TBC|TBA|NOT|SEE|SAME|AS|UNKNOWN|REDACTED|ANONYMOUS|"
    r"CUSTOMER|USER|APPLICANT|SAMPLE|TEST|EXAMPLE|NAME|HERE|BLOCK|LETTERS|CAPITALS|THE|OF|"
    r"AND|FOR|IN|TO|ON|AT|BY|WITH|SDN|BHD|BERHAD|LTD|PTE|INC|CORP|BANK|COMPANY|TRADING|"
    r"ENTERPRISE|HOLDINGS|GROUP)(?![A-Z])"
)
# Capitals around ``BIN`` that are a card's or a file's, not a Malay name's (``CARD BIN
# RANGE``, ``RECYCLE BIN``).
_NOT_BIN_NAME = (
    r"(?:CARD|CARDS|RANGE|LOOKUP|FILE|FILES|RECYCLE|WASTE|TRASH|SIZE|DATA|CODE|LIST|TABLE|"
    r"ISSUER|VISA|MASTERCARD|AMEX|UNIONPAY|NUMBER|CHECK|BANK|LIDL|ROLL|PACKING|BINS?)(?![A-Z])"
)
# Chinese form labels before an account holder's or a recipient's name.
_ZH_NAME_LABELS = r"户名|戶名|开户名|開戶名|账户名|帳戶名|姓名|收款人|收件人|持卡人"
# The birth-order word of a Malay kin title (``Pak Long``, ``Mak Ngah``), and the kin
# titles themselves (shared with the person filter, which asks more of such a name).
KIN_ORDER_WORDS = ("Long", "Ngah", "Alang", "Andak", "Uda", "Teh", "Cik", "Su", "Usu", "Lang")
# The titles a birth-order word follows (``Pak Long Kassim``, ``Kak Long Rosmawati``).
KIN_ORDER_TITLES = ("Pak", "Mak", "Kak", "Abang", "Abg", "Adik", "Cik")
MALAY_KIN_TITLES = (
    "Pak", "Mak", "Pakcik", "Makcik", "Abang", "Abg", "Kak", "Kakak", "Adik", "Atuk", "Tok",
    "Nenek", "Opah", "Cikgu",
)  # fmt: skip
_KIN_ORDER = "(?:" + "|".join(KIN_ORDER_WORDS) + ")"
_HONORIFIC = (
    # (``Pn`` and ``En`` without their dots too: ``Mangsa: Pn Normah Abd Wahab``)
    r"(?:Encik|En\.|Puan|Pn\.?|Tuan|Cik|Saudara|Saudari|Sdr\.|Sdri\.|Madam|Mdm\.?|"
    # (Indonesian: ``Pembeli Bapak Hendra Gunawan``, ``Pembantu kami, Mbak Tarsini``)
    r"Bapak|Bpk\.?|Mbak|"
    # (a police or an army rank in Malay, maybe retired: ``Sarjan (B) Kassim``)
    r"(?:Sarjan|Sjn\.?|Koperal|Kpl\.?|Konstabel|Inspektor|Insp\.?|Leftenan|Mejar|Kolonel)"
    r"(?: \((?:B|Bersara|R|Rtd|Retd)\))?|"
    # How Singapore and Malaysia address elders they know: ``Uncle Muthu``, ``Auntie Rosnah``.
    r"Uncle|Auntie|Aunty|"
    # ... and Malay kin titles, with a birth-order word (``Pak Long Kassim``, ``Abang Din``,
    # ``Kak Ros``, ``Ustazah Rafidah``, ``Haji Daud``).
    rf"(?:{'|'.join(KIN_ORDER_TITLES)}) {_KIN_ORDER}|{'|'.join(MALAY_KIN_TITLES)}|Ustaz|Ustazah|Haji|Hajah|Hj\.?|Hjh\.?)"
)
# The titles that open a Malay name, before which no other word is part of it.
_TITLE_IN_NAME = r"(?:Encik|En\.|Puan|Pn\.?|Tuan|Cik|Datuk|Dato['’]?|Datin|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Mdm\.?|Madam)"
_PLACE_WORD = r"(?:Lane|Street|Road|Avenue|Drive|Mosque|Hospital|Park|Centre|Center)"
# What ``Tuan`` makes an owner of, not a name: ``Tuan Rumah`` (landlord), ``Tuan Tanah``
# (landowner), ``Tuan Punya`` (owner), ``Tuan Kedai`` (shopkeeper).
_OWNER_WORD = r"(?:Rumah|Tanah|Punya|Kedai|Premis|Syarikat)"
# A writer introducing themselves by a given name (``Kak, sy Hasnah yg duduk Flat PKNS``):
# "I" before the name, a relative word or "from" or "here" after it.
SELF_INTRO = r"(?<![A-Za-z])(?:[Ss]aya|[Ss]y|[Aa]ku)"
SELF_INTRO_TAIL = r"(?:yg|yang|dari|dr|ni|ini)\b"
# Capitalised words after a relation that start a clause, not a name.
# Roles a form asks the name of (``Nama Ketua Isi Rumah``, ``Nama Penuh``, ``Nama Waris``).
_ROLE_NAMED = (
    r"(?:Ketua|Penuh|Bapa|Ibu|Penjaga|Waris|Majikan|Syarikat|Suami|Isteri|Pasangan|Pengguna|"
    r"Akaun|Bank|Sekolah|Pegawai|Wakil|Saksi|Peneroka|Petani|Pekebun|Tanggungan|Pemilik|"
    # (a party by its legal role: ``atas nama Pemegang Gadaian`` "the chargee")
    r"Pemegang|"
    # (a form's party: ``Nama Pihak Penganjur``)
    r"Pihak|Penganjur|Kelab|Pertubuhan|"
    # (an aid's or a grant's recipients: ``penerima Bantuan Input Pertanian Padi Bukit``)
    r"Bantuan|Geran|Subsidi|Insentif|Skim|Program|Projek|Biasiswa|Zakat)"
)
# Kinds of work and sectors after ``Pekerja`` (``Pekerja Indonesia Sektor Perladangan``).
_WORK_KIND = (
    r"(?:Sektor|Kilang|Ladang|Binaan|Pembinaan|Perkhidmatan|Pembuatan|Perladangan|Pertanian|"
    r"Perlombongan|Tetap|Kontrak|Sambilan|Mahir|Separuh|Am|Domestik|Asing|Baru|Lama|"
    r"Syarikat|Dan|Yang|Di|Dari|Ke|Dengan|Dalam)"
)
_NOT_A_NAME = (
    r"(?:The|A|An|And|But|Or|So|Then|Is|Was|Who|When|If|At|In|On|From|To|For|Also|Just|"
    r"Said|Says|Told|Asked|Yang|Dan|Pun|Sudah|Dah|Tak|Tidak|"
    # (a participant's ethnicity in a research quote: ``(FG3, caregiver, Malay, 60s)``)
    r"Malay|Chinese|Indian|Eurasian|Others|Singaporean|Malaysian|"
    # (a form's choices of relation: ``pilih Suami/Isteri, Anak, Ibu/Bapa``)
    r"Anak|Suami|Isteri|Ibu|Bapa|Adik|Abang|Kakak|Datuk|Nenek|Cucu|Saudara|Penjaga|"
    # (a question or a request about one's own name: ``Adakah nama saya disenarai hitam?``,
    # ``Tukar nama saya``)
    r"Adakah|Apakah|Siapakah|Bolehkah|Bilakah|Mengapa|Kenapa|Bagaimana|Macam|Mana|Ini|Itu|"
    r"Ya|Tukar|Ubah|Semak|Cek|Sila|Tolong|Boleh|Nak|Kalau|Jika|Bila)(?![A-Za-z])"
)


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Common surnames of Chinese Malaysians and Singaporeans, in the romanisations they use.
SEA_CHINESE_SURNAMES = _words(
    "Tan Lim Lee Ng Ong Wong Goh Chua Chan Koh Teo Ang Yeo Tay Ho Low Lau Chong Leong Sim "
    "Chew Chia Foo Toh Yap Heng Seah Loh Lai Khoo Kok Ooi Teh Chin Chen Liew Yong Soh Pang "
    "Quek Cheng Cheong Choo Chow Chu Fong Hew Ho Hong Kwok Kwan Lam Leow Liang Lin Liu Loke "
    "Looi Mah Mok Neo Phua Poh Quah Siew Siow Soo Tai Tang Tee Tham Ting Tiong Tong Tsang Wee "
    "Woo Yam Yang Yee Yew Yip Yeoh Zhang Wang Li Zhao Zhou Xu Sun Ma Zhu Hu Guo He Luo Zheng "
    "Xie Song Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheung "
    "Chung Kang Khor Kee Lum Phang Saw Sng Tiew Wan Wu Yau Gan Hee Lew Lye Hii Ling Ngu "
    # (and Hong Kong and Mandarin spellings: Huang, Leung, Tse, Yuen, Szeto ...)
    "Huang Leung Tse Yuen Mak Hui Choi Chiu Tam Tsui Szeto Kwong Lui Siu Yiu Fung Poon Yeung "
    "Sze Ngai Cheuk Luk Yim Ngan Tsoi Tsai Chang "
    # (and Penang's Hokkien spellings: Chuah, Cheah, Khaw, Teoh, Koay ...)
    "Chuah Cheah Khaw Teoh Koay Gooi Yeap Seow Thong Kuah Tneh Heah "
    # (and Taiwan's Wade-Giles spellings: Hsu, Hsieh, Kuo, Chiang ...)
    "Hsu Hsieh Kuo Chiang Chou Tseng Hsiao Kao Chuang Chien Hsueh Tsao"
)
# A patronymic between two words in capitals (``RAJESWARI A/P MUNUSAMY``): a name however
# rare its words.
_UPPER_PATRONYMIC = re.compile(r"[A-Z] (?:A/L|A/P|S/O|D/O|BIN|BINTI|BINTE|BTE) [A-Z]")
# The surnames as a set (for word lookups), and as alternations, as written and in capitals.
SEA_CHINESE_SURNAME_SET = frozenset(SEA_CHINESE_SURNAMES)
_SEA_SURNAME = "|".join(sorted(set(SEA_CHINESE_SURNAMES)))
_SEA_SURNAME_UPPER = "|".join(sorted({w.upper() for w in SEA_CHINESE_SURNAMES}))
# Korean surnames in their usual romanisations, and a given name of two hyphenated
# syllables (``Do-yun``, ``Eun-ji``, ``Seo-yeon``).
_KOREAN_SURNAMES = "|".join(
    _words(
        "Kim Lee Park Choi Jung Jeong Kang Cho Yoon Yun Jang Lim Han Oh Seo Shin Kwon Hwang "
        "Ahn Song Yoo Hong Jeon Ko Moon Yang Son Bae Baek Heo Nam Noh Kwak Sung Cha Joo Woo "
        "Min Ryu Jin Chae Won Chun Bang Gong Hyun"
    )
)
# (not an English compound: ``Hong Kong-based``, ``Kim's long-term``)
_KOREAN_GIVEN = (
    r"(?!Kong-)[A-Z][a-z]{1,4}-"
    r"(?!(?:based|style|born|owned|made|like|free|run|era|wide|only|level|term|time|up)\b)[a-z]{1,5}"
)
# One syllable of romanised Chinese: optional onset, vowel nucleus, optional coda.
# Kin words in Chinese a family member's Latin name follows (``你老婆 Maggie``).
_KIN_ZH = (
    r"老婆|老公|太太|個女|个女|個仔|个仔|女儿|女兒|儿子|兒子|囡囡|媽媽|妈妈|爸爸|老豆|阿媽|阿妈|"
    r"阿爸|妹妹|弟弟|哥哥|姐姐|家姐|細佬|细佬|奶奶|嫲嫲|外婆|婆婆|爺爺|爷爷|男朋友|女朋友|男友|女友|"
    # (and a person's role at work or at home: ``FYI 教練 Allen 下週請病假，他說是胃癌``)
    r"教練|教练|同事|老師|老师|師傅|师傅|經理|经理|主管|司機|司机|員工|员工|室友|鄰居|邻居|"
    r"同學|同学|學員|学员|租客|房客|助理|秘書|秘书|店長|店长|伙記|伙计|夥計"
)
# The given names as one alternation, for the patterns below.
_GIVEN = "|".join(GIVEN_NAMES)
# A worker's job right before their name (``Foreman Raju``, ``Lorry driver Sanjeev``).
JOB_BEFORE_NAME = (
    r"(?<![A-Za-z])(?:[Ff]oreman|[Ii]nstaller|[Tt]echnician|[Dd]river|[Ww]orker|[Cc]leaner|"
    r"[Ss]upervisor|[Rr]ider|[Oo]perator|[Aa]pprentice|[Ww]elder|[Mm]echanic|[Gg]uard|"
    r"[Cc]ashier|[Cc]hef|[Cc]ook|[Ii]ntern|[Tt]rainee|[Pp]icker|[Pp]acker|[Ll]abourer|[Ff]itter|"
    r"[Pp]lumber|[Ee]lectrician|[Cc]arpenter|[Pp]ainter|"
    # (a shop's staff, a worker in Malay: ``Staff Mei Yee minta cuti``, ``pekerja sambilan
    # Hafiz, 19 tahun, melecur tangan``)
    # (not a Malay trade's title, a noun after it: ``Juruteknik Kuku``, ``Pemandu Lori``)
    r"[Ss]taff|[Pp]ekerja(?: sambilan| kontrak| asing| am| dapur| kilang| ladang| stor| gudang| kedai)?|[Hh]elper|[Mm]aid|"
    # (a ship's crew by rank: ``anak sulung Bosun Shahrul admit HUKM for leukemia``)
    r"[Bb]osun|[Oo]iler|[Dd]eckhand|[Kk]elasi|"
    # (a clinic's or an office's front staff: ``Receptionist Shanthi earns $2,150 ... her
    # husband lost his job``)
    r"[Rr]eceptionist|[Cc]lerk|[Ss]torekeeper|[Dd]ispatcher|[Hh]ousekeeper|[Ww]aiter|"
    r"[Ww]aitress|[Bb]arista|[Pp]orter|"
    # (a body's volunteer: ``Complaint against volunteer Vickneswaran: … seen drunk``)
    r"[Vv]olunteer|[Ss]ukarelawan)\s"
)
# A trade's title in Malay before a worker's name (``Juruteknik Shahril ditangkap``); the
# title is also one before a thing (``Juruteknik Kuku``, nails), so only a name a private
# matter follows at once (a few lower-case words between) counts after it.
MALAY_TRADE_BEFORE_NAME = (
    r"(?<![A-Za-z])(?:[Jj]uruteknik|[Pp]emandu|[Kk]erani|[Pp]enyelia|[Pp]engawal keselamatan|"
    r"[Tt]ukang (?:cuci|masak|kebun|paip|rumah))\s"
)
# The next sentence, when it goes on about the same person by a pronoun (``customer Ah
# Meng tu datang lagi ... minggu ni. Dia cakap kena bayar along RM5k``).
_NEXT_SENTENCE_OF_PRONOUN = r"(?:[.!?]\s+(?:Dia|He|She|His|Her)\b[^.!?\n]{0,100})?"
# A relation in brackets right after a name (``Raj (my husband)``).
RELATION_IN_BRACKETS_AFTER = rf" [(（](?i:{POSSESSIVES_EN}) (?i:{RELATIONS_EN})[)）]"
# An adult's age set off right after a name (``Azmi, 29,``).
ADULT_AGE_AFTER = r",\s?(?:1[89]|[2-9]\d),"
# A sum of pay right after a name, maybe with the job in brackets (``Mariam (tukang manik)
# RM2,400``), and a word for pay before it (shared with the person filter).
SUM_AFTER_NAME = r"(?:\s?\([^()\n]{1,24}\))?:?\s?(?:RM|S\$|\$|HK\$)\s?\d"
PAY_WORD = r"(?i:\b(?:gaji|salary|salaries|payroll|upah|elaun|wages?|pay)\b)"
# The nationalities of the region's migrant workers and residents, as a record gives them.
_NATIONALITY = (
    r"(?:Myanmar|Burmese|Indonesia|Indonesian|Philippines|Filipino|Filipina|Sri Lanka|"
    r"Sri Lankan|India|Indian|Bangladesh|Bangladeshi|Nepal|Nepali|Nepalese|Vietnam|"
    r"Vietnamese|Cambodia|Cambodian|Thailand|Thai|Malaysia|Malaysian|Singaporean|PRC|China)"
)
# A Cantonese title of address after a Latin name (``Ivy 姐``, ``Ken 哥``), not a shop's
# name (``Amy姐糖水店``).
SISTER_OR_BROTHER_AFTER = r"\s?(?:姐|哥)(?![\u4e00-\u9fff]{0,2}(?:店|舖|铺|記|记|牌))"
PRIVATE_MATTER_SOON = rf"\s(?:[a-z]+\s){{0,2}}(?:{PRIVATE_MATTER})"
# ... and ``阿`` or such a word right before a Latin name (``阿 Ken``, ``我個女 Chloe``).
LATIN_NAME_KIN_BEFORE_ZH = re.compile(rf"(?:阿|{_KIN_ZH})\s?$")
_SYLLABLE = (
    # (Hokkien and Cantonese initials with a w: ``Swee``, ``Kwee``, ``Hwa``; Hong Kong's
    # ``Sze``)
    # (or a vowel: ``Ah``, ``Eng``, ``Ooi``)
    r"(?:(?:Ch|Sh|Zh|Ts|Ng|Hs|Sz|[SKH]w|[BCDFGHJKLMNPQRSTWXYZ]h?)?[aeiouy]{1,3}|[AEIOU][aeiouy]{0,2})"
    r"(?:ng|n|m|ck|k|h|p|t|w|r)?(?![a-z])"
)


_SYLLABLE_LOWER = (
    r"(?:ch|sh|zh|ts|ng|hs|sz|[skh]w|[bcdfghjklmnpqrstwxyz]h?)?[aeiouy]{1,3}(?:ng|n|m|ck|k|h|p|t|w|r)?"
    r"(?![a-z])"
)


# Posts and the places or vehicles they run, as a workplace's chat labels its speakers.
_WORK_POSTS = (
    r"(?:Supervisor|Ketua|Penyelia|Pengurus|Manager|Driver|Pemandu|Kerani|Clerk|Admin|Staff|"
    r"Staf|Tukang|Operator|Cashier|Juruwang|Jurulatih|Team|Tim)"
)
_WORK_PLACES = (
    r"(?:Ladang|Dapur|Lori|Stor|Store|Kedai|Kilang|Gudang|Pejabat|Office|Kaunter|Counter|"
    r"Tapak|Site|Bengkel|Van|Kereta|Shift|Pagi|Malam|Depan|Belakang|Produksi|Production|"
    r"Kitchen|Farm|Warehouse|Outlet|Cawangan|Branch|Lab|Makmal)"
)
# A child's age set off right after a name: ``Sofia (4)``, ``Aqil, 3,``, ``Irfan (6 tahun)``.
CHILD_AGE_AFTER = (
    r"\s?\(\s?(?:[1-9]|1[0-7])\s?(?:y(?:rs?|ears?)?(?:\s?old)?|tahun|yo)?\s?\)"
    r"|,\s(?:[1-9]|1[0-7])(?:\s?(?:tahun|yo))?,"
    # (or its years said in words: ``granddaughter Sofea, 6 years old, kena air panas``)
    r"|,\s(?:[1-9]|1[0-7])\s?(?:years?|yrs?)\s?old\b"
)
# A child's kin word right before the child's name (``granddaughter Sofea, 6 years old``).
KIN_BEFORE_CHILD = r"(?<![A-Za-z])(?i:granddaughter|grandson|daughter|son|niece|nephew|cucu|anak)\s"
# ... or a pupil's year: ``Darwisy, murid Tahun 1``.
PUPIL_YEAR_AFTER = r",\s(?:murid|pelajar)\s(?:Tahun|Tingkatan|Darjah)\s[1-6]\b"
# A signature after a message: a dash before the name (``… - Faizal``), maybe the writer's
# role after it (``- Hafiz, pemain simpanan Pasukan Karom``); shared with the person filter.
SIGN_OFF_BEFORE = r"[\s.!?,][-–—~]\s?"
SIGN_OFF_AFTER = r"\s*(?:,[^.!?\n]{1,80})?\s*"
# Where a clause opens, before a name a note starts with (``Session note: Sofia (4)``).
CLAUSE_OPENS = r"[:;,.!?\n]\s?"
# Short English words of a syllable's shape, in title case (``Oh My 天``).
_SHORT_WORDS = r"(?:Oh|Ah|My|No|So|Go|Hi|Ok|Do|To|In|On|At|He|We|Me|Be|By|Up|Or|If|The|And|But|Yes|Hey|Wow|Mom|Mum|Dad|Boss|Sir)"
# A whole word that is one romanised syllable (``Jun``, ``Wei``, ``Hock``).
ROMANISED_SYLLABLE = re.compile(_SYLLABLE)
_SYLLABLE_UPPER = (
    r"(?:CH|SH|ZH|TS|NG|HS|SZ|[SKH]W|[BCDFGHJKLMNPQRSTWXYZ]H?)?[AEIOUY]{1,3}"
    r"(?:NG|N|M|CK|K|H|P|T|W|R)?(?![A-Z])"
)
# English words in capitals that have a romanised syllable's shape (``LEE SAW HIM``).
_CAPITAL_WORDS = (
    r"(?:THE|AND|FOR|YOU|HIM|HER|HIS|SHE|HE|WE|ME|MY|TO|IN|ON|AT|IT|BE|DO|GO|NO|SO|UP|OF|OR|IF|"
    r"AN|BY|HOW|WHO|WHY|YES|NOT|BUT|CAN|SAW|SEE|SAY|WAY|TOP|HOT|OUT|OFF|ANY|NOW|NEW|ONE|TEN|DAY|"
    r"KEY|PAY|TOO|YET|GOT|GET|LET|SET|PUT|CUT|HIT|SIT|RUN|SUN|FUN|WON|TRY|BUY|WHY|NAH|OK|OH|AH|"
    r"HA|HEY|HI|WOW|YAY|LAH|LOR|LEH|MEH|SIAH|HOR)"
)


# A birth date right after a name, as a register prints it (``| DOB 19/07/1990``).
_BIRTH_DATE_AFTER = r"\s*[|,;]\s*(?:DOB|D\.O\.B\.?|Date of [Bb]irth|DATE OF BIRTH)\s*[:.]?\s*\d"


# Lower-case chat: what introduces a person right before a lower-case name.
LOWER_CASE_INTRO = (
    r"(?:call|ask|tell|text|msg|message|ping|contact|email|remind|inform|cc|"
    r"(?:pass|give|send|forward|hand) (?:this|it|these|them) to|"
    r"hubungi|panggil|tanya|beritahu|bagitahu|jumpa|kepada|nama saya|nama dia|namanya|"
    r"i'm|i am|this is|name is|named|called|"
    # (a chat's self-introduction: ``dont tag me, its vanessa lim from ite``)
    r"its|it's|it’s|"
    # (and one called out to: ``eh tan jia hui ur ECG got flag``)
    r"eh|oi|hey|hi|hello|fyi|"
    # (a transcript's parties and kin: ``the accused wong kah wai``, ``defendant tsang chi
    # keung``, ``new hire tan mei fong``, ``auntie lucy wee``, ``ah ma chen siew lan``)
    r"accused|defendant|plaintiff|claimant|new hire|new joiner|auntie|aunty|uncle|"
    r"ah ma|ah mah|ah gong|ah por|"
    # (and a Chinese demonstrative pointing at somebody: ``这个 lim ah seng ah, the uncle``)
    r"这个|這個|那个|那個|呢个|呢個|嗰个|嗰個|"
    rf"my (?:{RELATIONS_EN}))"
)
# Surnames that are not English or Malay words when written in lower case.
_LOWER_SURNAMES = _words(
    "tan lim ng ong wong goh chua chan koh teo ang yeo tay lau chong leong chew chia "
    "yap heng seah loh khoo ooi teh liew quek cheng cheong choo chow fong kwok leow "
    "liang liu loke looi phua quah siew tham tiong tsang yeoh zhang wang zhao zhou "
    "xu zhu guo luo zheng xie feng deng zeng xiao cai jiang cheung chung khor phang "
    "sng tiew yau ngu chen lee wee soh fung hui foo sim kok lum siow poh lam wu huang lin "
    # (Hong Kong spellings: ``mok wing yan``, ``kwan chun ho``)
    "mok kwan tse chiu leung tsui cheuk yuen kwong fok poon tsoi"
)
_LOWER_SYLLABLE = (
    r"(?:ch|sh|zh|ts|ng|hs|[bcdfghjklmnpqrstwxyz]h?)?[aeiouy]{1,3}(?:ng|n|m|ck|k|h|p|t|w|r)?"
    r"(?![a-z])"
)
# Malay given names that are no English or Malay word in lower case, then one or two
# words that are not function words.
_LOWER_MALAY_GIVEN = _words(
    "siti nurul nur noor nor muhammad mohd mohamad mohammad muhd ahmad abdul "
    "nurhaliza aishah aisyah fatimah hafiz faizal azman zulkifli syafiq amirah"
)
# English given names in lower case that are no English word (not ``frank``).
_LOWER_ENGLISH_GIVEN = frozenset(w.lower() for w in ENGLISH_GIVEN) - {"frank"}
_LOWER_NOT_NAME = (
    r"(?:and|or|the|a|an|to|for|at|in|on|of|is|was|are|about|from|with|will|can|could|"
    r"please|pls|tomorrow|today|tonight|now|later|soon|dan|atau|di|ke|dari|untuk|esok|"
    r"nanti|tadi|sekarang|sudah|dah|pun|lah|tu|ni|yang|dia|saya|you|me|him|her|them|us|"
    r"he|she|they|we|i|it|that|this|asap|too|also|again|back|first|then|if|when|re|abt)"
    r"(?![a-z])"
)
# The lower-case surnames as one alternation.
_LOWER_SURNAME = rf"(?:{'|'.join(sorted(set(_LOWER_SURNAMES)))})"
LOWER_CASE_NAME = (
    rf"(?:{_LOWER_SURNAME} (?!{_LOWER_NOT_NAME}){_LOWER_SYLLABLE}"
    rf" (?!{_LOWER_NOT_NAME}){_LOWER_SYLLABLE}"
    rf"|(?:{'|'.join(sorted(set(_LOWER_MALAY_GIVEN)))})(?: (?!{_LOWER_NOT_NAME})[a-z]{{3,}}){{1,2}}"
    # (an English given name and a surname: ``benjamin seah``, ``darren lim``)
    rf"|(?:{'|'.join(sorted(_LOWER_ENGLISH_GIVEN))}) {_LOWER_SURNAME}"
    rf"(?: (?!{_LOWER_NOT_NAME}){_LOWER_SYLLABLE})?)"
    r"(?![A-Za-z])"
)

# An English given name and a surname of any origin, for a writer's own introduction
# (``hi i'm margaret whitfield, 63, retired``): a comma, a bracket, an age or the line's
# end after it.
LOWER_CASE_INTRODUCED_NAME = (
    rf"(?:{'|'.join(sorted(_LOWER_ENGLISH_GIVEN))}) (?!{_LOWER_NOT_NAME})[a-z]{{4,}}"
    r"(?=\s*(?:[,(]|\d|$))"
)

# A phone number right after a name, perhaps past a pupil's class or a flat (``jason lee
# 9822 1473``, ``mok wing yan 3C 6241 8870``).
NUMBER_AFTER_NAME = r"\s*(?:\(?\d{1,2}[A-Za-z]\)?\s+)?[,:-]?\s*\+?\d{3,4}[ -]?\d{4}(?!\d)"

# A table's next cell holding a phone number (``| RODRIGUES, Michael | 9715 4082``).
NUMBER_CELL_AFTER = r"\s?\|\s?\+?\d{4}[ -]?\d{4}(?!\d)"

# (and a surname with a one-syllable given name: ``chen wei``)
_LOWER_SURNAME_GIVEN = rf"{_LOWER_SURNAME} (?!{_LOWER_NOT_NAME}){_LOWER_SYLLABLE}"
# Verbs a sentence about somebody goes on with after their name.
_SUBJECT_VERB = (
    r"(?:will|is|was|has|had|missed|said|says|just|already|can't|cannot|didn't|won't|got|"
    r"needs|wants|called|texted|asked|left|quit|failed|forgot|lost|came|went)(?![A-Za-z])"
)
# A lower-case name as a sentence's subject, the sentence going on about its owner (``kevin
# wu will be late, his wife had the baby``, ``chen wei missed his check-in again``).
LOWER_CASE_SUBJECT = (
    rf"(?-i:{LOWER_CASE_NAME}|{_LOWER_SURNAME_GIVEN})"
    rf"(?= {_SUBJECT_VERB}[^.!?\n]{{0,80}}(?<![A-Za-z])(?:his|her|he|she)(?![A-Za-z]))"
)

# Toneless pinyin, typed to dodge a Chinese name's detection: a kin word or a colleague
# after ``wo``/``ta de`` (my, his), then a surname and a given name of one or two syllables
# (``wo ma wang guilan``, ``wo tongshi he zhiqiang``).
_PINYIN_KIN = (
    r"(?:wo|ta|wo de|ta de|wode|tade) (?:ma|ba|mama|baba|laopo|laogong|qizi|zhangfu|erzi|"
    r"nver|nuer|nüer|jiejie|gege|didi|meimei|nainai|yeye|laolao|waipo|waigong|tongshi|"
    r"tongxue|pengyou|nanpengyou|nvpengyou|linju|fangdong|fangke|laoban|shifu|biaojie|"
    r"biaoge|tangdi|tangjie|shushu|ayi|jiujiu|gugu|yima|xifu|nüxu|nvxu)"
)
_PINYIN_SURNAMES = _words(
    "wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo "
    "zheng liang xie song tang han feng deng cao peng zeng xiao tian dong yuan pan cai "
    "jiang yu du ye cheng wei su lü lv ding ren shen yao lu cui zhong tan fan jin shi liao "
    "jia xia fu fang bai zou meng xiong qin qiu yin xue yan duan lei hou long tao gu mao "
    "hao gong shao wan qian dai mo kong xiang qi"
)
# (no doubled vowel, which pinyin never writes: ``fan meeting`` is no name)
_PINYIN_SYLLABLE = r"(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?(?!aa|ee|ii|oo|uu)[aeiouüv]{1,3}(?:ng|n|r)?"
PINYIN_NAME = (
    rf"(?<=(?<![a-z]){_PINYIN_KIN} )(?:{'|'.join(sorted(set(_PINYIN_SURNAMES)))}) "
    rf"{_PINYIN_SYLLABLE}{_PINYIN_SYLLABLE}?(?![a-z])"
)
# ... or in Chinese text, in lower case, with a two-syllable given name: right before a Han
# character or Chinese punctuation (``guo siqi 的 CAS 出来了吗``, ``xu jiahao 华威``), or
# after 我叫/我是 (``我叫 tang xiaoyu，32岁``).  (A one-syllable given name is left out: pinyin
# typed for words, ``hao de 的``, ``gao ding 了``, has that shape.)
# ... or run together in lower case, as an account's name (``用户 liuyanping``).
PINYIN_JOINED = (
    rf"(?:{'|'.join(sorted(set(_PINYIN_SURNAMES)))}){_PINYIN_SYLLABLE}{_PINYIN_SYLLABLE}(?![a-z])"
)
_PINYIN_FULL = (
    rf"(?:{'|'.join(sorted(set(_PINYIN_SURNAMES)))}) {_PINYIN_SYLLABLE}{_PINYIN_SYLLABLE}(?![a-z])"
)
PINYIN_NAME_IN_CHINESE = (
    rf"(?<![A-Za-z]){_PINYIN_FULL}(?=\s?[\u4e00-\u9fff，、。；：！？])"
    rf"|(?<=(?:我叫|我是|叫做|名叫)\s?){_PINYIN_FULL}"
)
# Every syllable of Hanyu Pinyin (toneless; ü as v), to read a mainland name's given name
# written as one word (``Zhou Haoran``, ``Sun Mengqi``) by its syllables.
PINYIN_SYLLABLES = _words(
    "a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai "
    "can cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu "
    "chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang "
    "dao de dei den deng di dian diao die ding diu dong dou du duan dui dun duo e ei en eng "
    "er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu "
    "gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua "
    "huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue "
    "jun ka kai kan kang kao ke ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai "
    "lan lang lao le lei leng li lia lian liang liao lie lin ling liu long lou lu lv luan "
    "lue lve lun luo ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo "
    "mou mu na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou "
    "nu nv nuan nue nve nuo o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping "
    "po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re "
    "ren reng ri rong rou ru ruan rui run ruo sa sai san sang sao se sen seng sha shai shan "
    "shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si "
    "song sou su suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie ting tong tou "
    "tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin "
    "xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue "
    "yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng "
    "zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun "
    "zuo"
)
# (longest first, so that the regex engine tries ``zhuang`` before ``zhu``)
_STRICT_SYLLABLE = "|".join(sorted(PINYIN_SYLLABLES, key=len, reverse=True))
# A mainland name: a common pinyin surname and a given name of two syllables written as
# one capitalised word, not the start of a longer run of capitalised words (``Sun Panda
# Hotel``); the second syllable must not open with a vowel (``Xian`` is one syllable, not
# ``Xi'an``).
MAINLAND_PINYIN_NAME = (
    # (not ``Long``, an English word before another: ``Long Dune``)
    rf"(?<![A-Za-z'’-])(?:{'|'.join(sorted({w.title() for w in _PINYIN_SURNAMES} - {'Long'}))}) "
    rf"(?=[A-Z][a-z]+(?![A-Za-z]))(?i:{_STRICT_SYLLABLE})(?=[bcdfghjklmnpqrstwxyz])"
    rf"(?:{_STRICT_SYLLABLE})(?![A-Za-z'’-])(?! [A-Z][a-z])"
)

# ... or run together before a device in its host name (``ChenXiaoyu-de-iPad``).
PINYIN_OWNER_OF_DEVICE = (
    rf"(?<![A-Za-z0-9_-])(?:{'|'.join(sorted({w.title() for w in _PINYIN_SURNAMES}))})"
    rf"(?=[A-Z][a-z]+[-_'’])(?i:{_STRICT_SYLLABLE})(?:{_STRICT_SYLLABLE})?"
    rf"(?={OWNER_DEVICE_AFTER})"
)

# Banks whose name may come right before an account holder's.
_BANK_BEFORE_NAME = (
    r"(?:Maybank|CIMB|RHB|AmBank|Affin|Agrobank|Alliance|BSN|Muamalat|Public Bank|"
    r"Hong Leong|Bank Islam|Bank Rakyat|OCBC|UOB|HSBC|Standard Chartered|DBS|POSB)"
)
# English honorifics before a name (the name rules of the second pass over caseless text).
_EN_HONORIFIC = r"(?:Mr|Mrs|Ms|Miss)"
# A word of a name in capitals (``PEREIRA``, ``O'SULLIVAN``).
CAPS_NAME_WORD = r"(?:[DO]['’])?[A-Z]{2,}(?:['’-][A-Z]+)?"
# Words in capitals after a given name that are a place's, a firm's or a payment's, not a
# surname (``MARY ROAD BRANCH``, ``KEVIN TAN MEDICAL LEAVE``).
_CAPS_NOT_NAME = (
    r"(?:ROAD|RD|STREET|ST|AVENUE|AVE|LANE|DRIVE|BRANCH|BUILDING|TOWER|PLAZA|CENTRE|CENTER|"
    r"HALL|SCHOOL|HOSPITAL|CLINIC|PARK|MALL|HOUSE|ESTATE|HILL|COMPANY|CO|TRADING|ENTERPRISE|"
    r"SDN|BHD|PTE|LTD|LESS|FOR|AND|THE|OF|MEDICAL|LEAVE|SALARY|PAYMENT|CLAIM|FEES?|BONUS|"
    r"REFUND|DEPOSIT|TABLE|ACCOUNT|ACCT)"
)
# A passenger's name in a booking (surname/given names title), in capitals.
PASSENGER_NAME = (
    r"(?<![A-Za-z/])[A-Z]{2,}(?:[ -][A-Z]{2,})?/[A-Z]{2,}(?: [A-Z]{2,}){0,3} ?"
    r"(?:MR|MS|MRS|MSTR|MISS|DR|MDM)(?![A-Za-z])"
)
PASSENGER_NAME_RX = re.compile(PASSENGER_NAME)


# Words that make a run of capitals a name (see MyNameRecognizer.validate_result).
KNOWN_IN_CAPITALS = frozenset(
    w.upper()
    for w in (
        *SEA_CHINESE_SURNAMES,
        *GIVEN_NAMES,
        "bin",
        "binti",
        "binte",
        "bte",
        "bt",
        "bt.",
        "a/l",
        "a/p",
        "s/o",
        "d/o",
    )
)


class MyNameRecognizer(CountryPatternRecognizer):
    """Names with a patronymic, an honorific or a romanised Chinese surname (see module)."""

    ENTITY = "PERSON"
    COUNTRY_CODE = None
    NEGATIVE_CONTEXT = ()
    PATTERNS = [
        # (not from a bank's name before the holder's: ``No akaun Maybank Aminah binti
        # Ismail 5141 ...``)
        Pattern(
            "patronymic name",
            # (nor from a word before the name's own title: ``Motor Encik Kamal bin Yahya``
            # starts at ``Encik``)
            rf"(?<![A-Za-z])(?!{_BANK_BEFORE_NAME} )(?!(?:{_W} )+{_TITLE_IN_NAME} )"
            # (maybe with a nickname in quotes or brackets: ``Rosli "Bob" bin Harun``)
            rf"{_NAME}{_NICKNAME} {_PATRONYMIC} {_NAME}(?![A-Za-z])",
            0.85,
        ),
        Pattern("patronymic name in Jawi", JAWI_NAME, 0.85),
        # (not a place named after a title: ``Haji Lane``, ``Tok Jembal Street``; nor a
        # teacher by a class or a duty: ``Cikgu Kelas Bintang``, ``Cikgu Bertugas``)
        Pattern(
            "honorific name",
            # (the title maybe in lower case, as chats write it: ``mak cik Faridah``)
            rf"(?<=(?<![A-Za-z])(?i:{_HONORIFIC}) )(?!(?:{_PLACE_WORD}|{_KIN_ORDER}|{_OWNER_WORD}|Dr|Prof|Ir|Hj|Haji|Hajah|Sri|Seri|Andam|Kelas|Bertugas)(?![A-Za-z]))"
            rf"{_NAME}(?<!{_PLACE_WORD})(?![A-Za-z])",
            0.6,
        ),
        # A passenger's name as airlines write it: surname, slash, given names, title
        # (``LEE/SZE WEI MS``, ``TAN/AH KOW MR``).
        Pattern("passenger name", PASSENGER_NAME, 0.6),
        # An English honorific before a known given name: the NER finds ``Mr Rajendran``
        # itself, but not in the second pass over caseless text given its capitals
        # (``mr rajendran from block 456 ... his knee surgery``).
        Pattern(
            "English honorific, given name",
            rf"(?<=(?<![A-Za-z]){_EN_HONORIFIC}\.? )"
            rf"(?:{_GIVEN})(?![A-Za-z'’-])",
            0.6,
        ),
        # ... or a name in capitals after a title in capitals, as manifests and passes
        # print it, or after a certificate's "awarded to" (``seat 17A MR JOSHUA DE SOUZA``,
        # ``awarded to OLIVER BENNETT``); a known name must be in it (validate_result).
        Pattern(
            "name in capitals after a title in capitals",
            rf"(?<=(?<![A-Za-z])(?:(?:MR|MRS|MS|MISS|MDM|DR)\.?|(?i:awarded to|presented to)) )"
            rf"{CAPS_NAME_WORD}(?: (?:{CAPS_NAME_WORD}|DE|DA|DOS|VAN|BIN|BINTI|A/L|A/P)){{0,2}}"
            rf" {CAPS_NAME_WORD}(?![A-Za-z'’/-])",
            0.6,
        ),
        # ... or before a romanised Chinese name of three words (``Ms. So Mei Ling``), the
        # last two maybe joined by a hyphen as Hong Kong writes them (``Mr Lo Ka-chun``).
        Pattern(
            "English honorific, romanised Chinese name",
            rf"(?<=(?<![A-Za-z])(?:{_EN_HONORIFIC}|Mdm)\.? )[A-Z][a-z]{{1,5}} {_SYLLABLE}"
            rf"(?: {_SYLLABLE}|-{_SYLLABLE_LOWER})",
            0.6,
        ),
        # (not the start of a longer run of pinyin: a medicine's or a place's name, ``Liu
        # Wei Di Huang Wan``)
        Pattern(
            "romanised Chinese name",
            rf"(?<![A-Za-z])(?:{_SEA_SURNAME})"
            # (the given name maybe hyphenated, as Taiwan and Hong Kong write it: ``Hsu
            # Mei-ling``, ``Tsai Kun-lin``)
            rf" {_SYLLABLE}(?:[ -]{_SYLLABLE}|-{_SYLLABLE_LOWER})(?![A-Za-z])"
            rf"(?! {_SYLLABLE} {_SYLLABLE}(?![A-Za-z]))",
            0.6,
        ),
        # ... or a mainland name in pinyin, its given name one word of two syllables
        # (``Zhou Haoran (director)``).
        Pattern("mainland name in pinyin", MAINLAND_PINYIN_NAME, 0.6),
        Pattern("owner's pinyin name in a device's name", PINYIN_OWNER_OF_DEVICE, 0.6),
        # A Korean name by its hyphenated given name, surname first or last (``Kim Do-yun``,
        # ``Eun-ji Choi``): Korean students and workers in SG/MY, whom the NER misses.
        Pattern(
            "Korean name",
            rf"(?<![A-Za-z'’-])(?:(?:{_KOREAN_SURNAMES}) {_KOREAN_GIVEN}"
            rf"|{_KOREAN_GIVEN} (?:{_KOREAN_SURNAMES}))(?![A-Za-z'’-])",
            0.6,
        ),
        # ... or surname first and a comma, as a spreadsheet's quoted cell holds it
        # (``EMP-118,"Lau, Mei Xin",2025-10-02``).
        Pattern(
            "romanised Chinese name in a cell, surname first",
            rf"(?<=[\"'])(?:{_SEA_SURNAME}), {_SYLLABLE}"
            rf"(?: {_SYLLABLE}|-{_SYLLABLE_LOWER})?(?=[\"'])",
            0.6,
        ),
        # ... or in capitals, as a card or a form prints it, inside text in mixed case
        # (``it says TAN JIA LE, A0273316W``); not English words in capitals.
        Pattern(
            "romanised Chinese name in capitals",
            rf"(?<![A-Za-z])(?:{_SEA_SURNAME_UPPER})"
            rf"(?: (?!{_CAPITAL_WORDS}(?![A-Z])){_SYLLABLE_UPPER}){{2}}(?![A-Za-z])",
            0.6,
        ),
        # ... or with the surname in capitals before a given name in mixed case, as Hong
        # Kong's courts and forms print it (``Madam NG Yuk-lan``, ``Mr LAM Chi-keung``).
        Pattern(
            "romanised Chinese name, surname in capitals",
            rf"(?<![A-Za-z])(?:{_SEA_SURNAME_UPPER})"
            rf" {_SYLLABLE}(?:-{_SYLLABLE_LOWER}| {_SYLLABLE})(?![A-Za-z'’-])",
            0.6,
        ),
        # A pupil by name and class in brackets, with a private matter said in the sentence
        # (``Irdina (3 Ceria) ... sebab dia mengandung``).
        Pattern(
            "name with a class and a private matter",
            require_search(
                r"(?<![A-Za-z'’-])[A-Z][a-z]{2,}(?: (?:bin|binti|binte|a/[lp]|[A-Z][a-z]+)){0,3}"
                r"(?= \((?:Tahun |Tingkatan |Darjah |Primary |Sec )?\d ?[A-Z][a-z]{3,}\)"
                rf"[^.!?\n]{{0,80}}{PRIVATE_MATTER})",
                r"\(\w*\s?\d ?[A-Z][a-z]{3,}\)",
            ),
            0.6,
        ),
        Pattern(
            "introduced name",
            r"(?<=(?<![A-Za-z])(?:[Nn]ama(?: (?:saya|dia|anak saya|anak|pesakit|pelajar))?|"
            r"[Ss]aya|[Pp]emohon|[Pp]enerima|[Pp]emegang kad|[Pp]elanggan|[Pp]enghantar|"
            r"[Pp]esakit|[Mm]y name is|[Mm]y name's|"
            # (a foreign worker by nationality: ``Pekerja Nepal Bishnu Prasad Adhikari``)
            r"[Pp]ekerja (?:asing|warga asing|Nepal|Bangladesh|Indonesia|Myanmar|India|"
            r"Vietnam|Filipina|Pakistan|Kemboja|Sri Lanka)|"
            # (or in English: ``that Myanmar worker Zaw Min Htet kena accident``)
            r"(?:Nepali|Nepalese|Bangladeshi|Indonesian|Myanmar|Burmese|Vietnamese|Filipino|"
            r"Filipina|Pakistani|Cambodian|Sri Lankan|[Ff]oreign) (?:worker|helper|maid|cleaner)|"
            # (or a household's helper by her role alone: ``interview notes: helper Farida
            # Yusuf, 39``)
            # (in lower case, as running text writes the role: not ``Helper Starter Kit``)
            r"(?<![A-Za-z] )(?:helper|maid|nanny|caregiver)|"
            # (a medical certificate's or a sick leave's holder: ``MC for Ramasamy Palanivel``)
            r"MC for|[Mm]edical [Cc]ertificate for|[Ss]ick leave for|[Hh]ospitali[sz]ation leave for)"
            r"\s*:?\s)"
            # (not a form's field for a role's name: ``Nama Ketua Isi Rumah``, ``Nama Bapa``)
            # (nor a sector's or a kind of work: ``Pekerja asing Sektor Pembuatan``)
            # (or an initial and a name: ``pesakit A. Razak``)
            rf"(?!(?:{_ROLE_NAMED}|{_WORK_KIND})(?![A-Za-z]))"
            rf"(?:[A-Z]\.\s?{_W}(?: {_W}){{0,2}}|{_W}(?: {_W}){{1,3}})(?![A-Za-z])",
            0.6,
        ),
        # A new worker by a known given name, with their age or a private matter after it
        # (``Staf baru Farid umur 17 tahun, … dia ada asma``).
        Pattern(
            "new worker's given name with age or a private matter",
            # (a capital first, then the words looked for behind it)
            r"(?=[A-Z])(?<=(?<![A-Za-z])(?:[Ss]taf|[Ss]taff|[Pp]ekerja|[Pp]elatih|[Pp]ekerja sambilan) baru )"
            rf"(?:{_GIVEN})(?![A-Za-z'’-])"
            rf"(?=[^.!?\n]{{0,100}}(?:\bumur\b|\bberumur\b|{PRIVATE_MATTER}))",
            0.6,
        ),
        # A writer introducing themselves: ``this is Aileen Teo - I was warded``, ``It's
        # Darren Goh from accounts``, ``this is Mei Ling here``.
        Pattern(
            "self-introduction",
            r"(?<=(?<![A-Za-z])(?:[Tt]his is|[Ii]t's|[Ii]t’s|[Ii]t is) )"
            rf"(?!{_NOT_A_NAME}){_W}(?: {_W}){{1,2}}"
            r"(?=\s*[-–—]\s|\s+(?:here|from|speaking|calling)\b|,\s*(?:I|i)\b)",
            0.6,
        ),
        # A relation right before a name: ``my neighbour Rajesh``, ``adik saya Farid``.
        Pattern(
            "related name",
            rf"(?<=(?<![A-Za-z])(?i:{POSSESSIVES_EN}) (?i:{RELATIONS_EN}),? )"
            rf"(?!{_NOT_A_NAME}){_W}(?: (?!{_NOT_A_NAME}){_W}){{0,2}}(?![A-Za-z])",
            0.6,
        ),
        # ... or right before it, in brackets: ``Raj (my husband) thinks ADHD is ...``.
        Pattern(
            "name before its relation in brackets",
            rf"(?<![A-Za-z'’-])(?!{_NOT_A_NAME}){_W}(?: (?!{_NOT_A_NAME}){_W}){{0,2}}"
            rf"(?={RELATION_IN_BRACKETS_AFTER})",
            0.6,
        ),
        # A known given name alone after a form or a parcel's label (``Recipient: Kavitha``).
        Pattern(
            "labelled given name",
            r"(?<=(?<![A-Za-z])(?:(?:[Rr]ecipient|[Rr]eceiver|[Pp]enerima|[Nn]ame|[Nn]ama|[Aa]ttn|"
            r"[Cc]ontact(?: person)?|[Cc]ustomer|[Pp]elanggan|[Cc]onsignee)\s*[:：]|"
            # (or a writer giving their own: ``Nama aku Amirul``, ``my name is Kavitha``)
            r"[Nn]ama (?:aku|saya)|[Mm]y name is|(?:gave|give|gives) (?:her|his|their) name as|"
            # (or saying who they are: ``I'm Aisyah, boleh negotiate``; not ``I'm Danish``)
            r"I['’]m(?! Danish)|I am(?! Danish)|"
            # (or introducing themselves: ``Kak, sy Hasnah yg duduk Flat PKNS``)
            # (or with a comma after the name: ``Saya Amirah, pelajar tahun satu``)
            rf"{SELF_INTRO} (?=[A-Z][a-z]+(?: {SELF_INTRO_TAIL}|,)))\s?)"
            rf"(?:{_GIVEN})(?![A-Za-z'’-])(?!\s+[A-Z])",
            0.6,
        ),
        # A known given name alone with a private matter in its clause (see PRIVATE_MATTER),
        # after it or (not for a possessive) before it: ``Haslinda pinjam duit aku``,
        # ``Priya's EP renewal was rejected`` (after a possessive a capital starts the thing
        # owned), ``Salary advance for Kumar``.  One scan of the names for both.
        Pattern(
            "given name with a private matter",
            # (each branch's look-around holds a private matter: searched first)
            require_search(
                # (``Danish`` before a noun is the adjective: ``the Danish company``)
                rf"(?<![A-Za-z'’-])(?!Danish\s+[a-z])(?:{_GIVEN})"
                rf"(?:['’]s(?![A-Za-z'’-])(?=[^.!?\n]{{0,90}}{PRIVATE_MATTER})"
                # (a room or a block after it is no surname: ``check Haikal Blok C, his mum
                # … ubat depression``)
                rf"|(?![A-Za-z'’-])(?!\s+(?!{ROOM_WORD})[A-Z])"
                rf"(?:(?=[^.!?\n]{{0,80}}{PRIVATE_MATTER})"
                rf"|(?<={PRIVATE_MATTER}[^.!?\n]{{0,40}}?[A-Za-z]+))"
                # ... or with a surname after it (``Arjun Menon's Employment Pass renewal
                # was rejected``).
                rf"|\s(?!{ROOM_WORD})[A-Z][a-z]+(?=(?:['’]s)?(?![A-Za-z'’-])[^.!?\n]{{0,60}}{PRIVATE_MATTER}))",
                PRIVATE_MATTER,
            ),
            0.6,
        ),
        # ... or in capitals with a surname, as a payment's or a form's field writes it, with a
        # private matter in its line (``FINAL SALARY DARREN PEREIRA LESS 2 WKS``).
        Pattern(
            "given name in capitals with a private matter",
            require_search(
                rf"(?<![A-Za-z'’-])(?:{'|'.join(sorted({g.upper() for g in GIVEN_NAMES}))})"
                rf"(?: (?!{_CAPS_NOT_NAME}(?![A-Z])){CAPS_NAME_WORD}){{1,2}}(?![A-Za-z'’-])"
                # (the private matter after the name, or before it: the look-behind spans
                # the name too)
                rf"(?:(?=[^.!?\n]{{0,60}}{PRIVATE_MATTER})|(?<={PRIVATE_MATTER}[^.!?\n]{{0,70}}))",
                PRIVATE_MATTER,
            ),
            0.6,
        ),
        # ... or in capitals right before a date of birth, as a hand-written label or a
        # form's row gives both (``ROSLAN B. HJ AHMAD 03/07/1971``, ``KOH W.H. 14/08/1962``).
        Pattern(
            "name in capitals before a date of birth",
            require_search(
                rf"(?<![A-Za-z'’-])(?:{'|'.join(sorted({g.upper() for g in GIVEN_NAMES}))}|"
                rf"{_SEA_SURNAME_UPPER})"
                r"(?:\s(?:B\.|BIN|BINTI|BT\.?|BTE|A/L|A/P|S/O|D/O|HJ\.?|HAJI|HAJAH|HJH\.?|"
                rf"(?:[A-Z]\.){{1,3}}|(?!{_CAPS_NOT_NAME}(?![A-Z])){CAPS_NAME_WORD})){{1,4}}"
                r"(?=\s+(?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-](?:19|20)\d{2}(?!\d))",
                r"[/.-](?:19|20)\d{2}(?!\d)",
            ),
            0.6,
        ),
        # ... or any capitalised name right after a worker's job, with a private matter
        # after it (``Foreman Raju is on police bail``, ``Installer Kumar cut his hand``).
        Pattern(
            "name after a job with a private matter",
            require_search(
                rf"(?<={JOB_BEFORE_NAME})(?!(?:The|A|An|On|In|At|For|Of)\b)[A-Z][a-z]{{2,11}}"
                # (maybe a romanised given name of two syllables or a second name: ``Staff
                # Mei Yee``, ``Helper Bayu Saputra``)
                rf"(?:\s(?:{_SYLLABLE}|[A-Z][a-z]{{2,11}}))?"
                r"(?![A-Za-z'’-])(?!\s+[A-Z])"
                rf"(?=[^.!?\n]{{0,80}}{PRIVATE_MATTER})",
                PRIVATE_MATTER,
            ),
            0.6,
        ),
        # ... or a given name after a Malay trade's title (``Juruteknik Shahril ditangkap
        # polis``).
        Pattern(
            "given name after a Malay trade with a private matter",
            require_search(
                rf"(?<={MALAY_TRADE_BEFORE_NAME})[A-Z][a-z]{{2,11}}(?![A-Za-z'’-])"
                rf"(?={PRIVATE_MATTER_SOON})",
                PRIVATE_MATTER,
            ),
            0.6,
        ),
        # ... or written in Chinese text with a private matter said in Chinese in its
        # sentence (``Kevin 老師上個月酒駕被抓``, ``阿Ken哥欠咗財仔三萬幾``).
        Pattern(
            "given name in Chinese text with a private matter",
            require_search(
                # (maybe with a surname after it and a private matter said in English:
                # ``粵劇組 Sandy Yeung 下個禮拜做 IVF``)
                rf"(?<![A-Za-z'’-])(?:{_GIVEN})(?:\s[A-Z][a-z]{{1,9}})?(?![A-Za-z'’-])"
                r"(?=\s?[\u4e00-\u9fff])"
                rf"(?=[^。！？!?\n]{{0,40}}(?:{PRIVATE_MATTER_OF_NAMED_ZH.pattern}|{PRIVATE_MATTER}))",
                rf"{PRIVATE_MATTER_OF_NAMED_ZH.pattern}|{PRIVATE_MATTER}",
            ),
            0.6,
        ),
        # A given name with a child's age after it, as a centre's or a clinic's note gives it
        # (``Session note: Sofia (4) arrived with bruises``, ``Aqil, 3, eats only rice``).
        Pattern(
            "given name with a child's age",
            # (opening a clause, as a note names its child: not ``tarikh Julian (3)``, a
            # field's width in a list)
            # (or after the child's kin word: ``the makcik's granddaughter Sofea, 6 years old``)
            # (a capital first, then the words looked for behind it)
            rf"(?=[A-Z])(?:(?<=^)|(?<={CLAUSE_OPENS})|(?<={KIN_BEFORE_CHILD}))"
            rf"(?:{_GIVEN})"
            rf"(?={CHILD_AGE_AFTER})",
            0.6,
        ),
        # ... or an adult's age, with a private matter after it in its sentence (``the same
        # guy from last year - Azmi, 29, ... out on bail for another theft case``).
        Pattern(
            "given name with an adult's age and a private matter",
            require_search(
                rf"(?<![A-Za-z'’-])(?:{_GIVEN})(?={ADULT_AGE_AFTER})"
                rf"(?=[^.!?\n]{{0,160}}(?:{PRIVATE_MATTER}))"
                # (or any given name before a Chinese surname: ``Ivy Lam, 29, IVF cycle 2``)
                rf"|(?<![A-Za-z'’-])(?!{_NOT_A_NAME})[A-Z][a-z]{{1,11}} (?:{_SEA_SURNAME})"
                rf"(?={ADULT_AGE_AFTER})(?=[^.!?\n]{{0,160}}(?:{PRIVATE_MATTER}))"
                # (or any name of two to four words with a nationality after the age, as a
                # worker's medical report gives it: ``Ma Thida Win, 29, Myanmar, … pregnancy``)
                rf"|(?<![A-Za-z'’-])(?!{_NOT_A_NAME})[A-Z][a-z]{{1,11}}(?: [A-Z][a-z]{{1,11}}){{1,3}}"
                rf"(?={ADULT_AGE_AFTER}\s?{_NATIONALITY}\b)(?=[^.!?\n]{{0,160}}(?:{PRIVATE_MATTER}))",
                PRIVATE_MATTER,
            ),
            0.6,
        ),
        # ... or a pupil's name with the pupil's year set off after it (``Darwisy, murid
        # Tahun 1 SK Taman Medan``, ``Aina, pelajar Tingkatan 3``).
        Pattern(
            "name with a pupil's year",
            r"(?<![A-Za-z'’-])[A-Z][a-z]{2,14}(?:\s[A-Z][a-z]{2,14}){0,2}"
            rf"(?={PUPIL_YEAR_AFTER})",
            0.6,
        ),
        # ... or a given name with its sum in a list of pay (``Gaji pembantu gerai bulan ni:
        # Nurul RM1,700, Amin RM1,500``).
        Pattern(
            "given name with its pay",
            # (maybe with the job in brackets: ``Mariam (tukang manik) RM2,400``)
            rf"(?<![A-Za-z'’-])(?:{_GIVEN})(?={SUM_AFTER_NAME})"
            # (the word for pay looked for only once a name and a sum are found)
            rf"(?<={PAY_WORD}[^.!?\n]{{0,100}})",
            0.6,
        ),
        # A given name signing off a message that tells a private matter (``My mother's
        # dialysis bill came in ... - Faizal``).
        Pattern(
            "given name signing off with a private matter",
            require_search(
                rf"(?<={SIGN_OFF_BEFORE})(?:{_GIVEN})(?={SIGN_OFF_AFTER}$)"
                rf"(?<=(?:{PRIVATE_MATTER})[^\n]{{0,300}})",
                PRIVATE_MATTER,
            ),
            0.6,
        ),
        # A family's child by an English given name in Chinese text (``@Vivian媽媽 你家Jayden
        # 的report card``, ``我家Chloe上週發燒``).
        Pattern(
            "given name after a family word in Chinese",
            # (or after a son or a daughter in Cantonese: ``Mr. Fung 個仔 Ethan``)
            rf"(?<=(?:你家|妳家|您家|我家|我們家|我们家|佢屋企|個仔|个仔|個女|个女)\s?)(?:{_GIVEN})"
            r"(?![A-Za-z'’-])",
            0.6,
        ),
        # (or after "From" closing the message: ``… doctor cakap I ada denggi. From Syafiq,
        # driver trip KL-KT.``)
        Pattern(
            "given name signing off from with a private matter",
            require_search(
                rf"(?<=[.!?]\s(?i:from|dari)\s)(?:{_GIVEN})(?={SIGN_OFF_AFTER}[.!]?\s*$)"
                rf"(?<=(?:{PRIVATE_MATTER})[^\n]{{0,300}})",
                PRIVATE_MATTER,
            ),
            0.6,
        ),
        # ... or a romanised given name of two syllables written in Chinese text with a
        # private matter in either language after it (``今日 Mei Fen 又请 MC 咯，她说
        # miscarriage 之后…``).
        Pattern(
            "romanised given name in Chinese text with a private matter",
            require_search(
                rf"(?<![A-Za-z'’-])(?!{_SHORT_WORDS}\s){_SYLLABLE}\s(?!{_SHORT_WORDS}(?![a-z])){_SYLLABLE}"
                r"(?![A-Za-z'’-])(?=\s?[\u4e00-\u9fff])"
                rf"(?=[^。！？!?\n]{{0,60}}(?:{PRIVATE_MATTER_OF_NAMED_ZH.pattern}|{PRIVATE_MATTER}))",
                rf"{PRIVATE_MATTER_OF_NAMED_ZH.pattern}|{PRIVATE_MATTER}",
            ),
            0.6,
        ),
        # ... or any Latin name after ``阿``, a kin word or a role in Chinese text (``阿 Ken``,
        # ``你老婆 Maggie``, ``我個女 Chloe``, ``教練 Allen``) with a private matter in Chinese or English
        # after it (``投訴拖糧``, ``有哮喘``, ``sick leave``); not ``阿Sir``, a policeman.
        Pattern(
            "Latin name after 阿 or a kin word with a private matter",
            require_search(
                rf"(?<=(?:阿|{_KIN_ZH})\s?)(?!(?:Sir|Madam|Miss|Man|Boss)(?![A-Za-z]))"
                r"[A-Z][a-z]{1,11}(?![A-Za-z'’-])(?!\s[A-Z])"
                rf"(?=[^。！？!?\n]{{0,80}}(?:{PRIVATE_MATTER_OF_NAMED_ZH.pattern}|{PRIVATE_MATTER}))",
                rf"{PRIVATE_MATTER_OF_NAMED_ZH.pattern}|{PRIVATE_MATTER}",
            ),
            0.6,
        ),
        # ... or a known given name alone before Chinese, with a private matter said in
        # Chinese in its sentence (``員工 group：Ricky 今日又遲到，佢話屋企欠咗財務公司錢``).
        Pattern(
            "given name in Chinese text with a private matter",
            require_search(
                rf"(?<![A-Za-z'’-])(?:{_GIVEN})(?![A-Za-z'’-])(?=\s?[\u4e00-\u9fff])"
                rf"(?=[^。！？!?\n]{{0,60}}(?:{PRIVATE_MATTER_OF_NAMED_ZH.pattern}))",
                PRIVATE_MATTER_OF_NAMED_ZH.pattern,
            ),
            0.6,
        ),
        # ... or a Latin name a Cantonese title of address follows, with a private matter
        # said after it (``Ivy 姐話佢老公喺醫院做緊心臟搭橋手術``, ``Ken 哥欠咗財仔錢``).
        Pattern(
            "Latin name before 姐 or 哥 with a private matter",
            require_search(
                r"(?<![A-Za-z'’-])(?!(?:Sir|Madam|Miss|Boss)(?![A-Za-z]))[A-Z][a-z]{1,11}"
                rf"(?={SISTER_OR_BROTHER_AFTER})"
                # (said in Chinese, or in English in mixed chat: ``Jacky 哥 … 佢而家 unemployed
                # 緊``)
                rf"(?=[^。！？!?\n]{{0,80}}(?:{PRIVATE_MATTER_OF_NAMED_ZH.pattern}|{PRIVATE_MATTER}))",
                rf"{PRIVATE_MATTER_OF_NAMED_ZH.pattern}|{PRIVATE_MATTER}",
            ),
            0.6,
        ),
        # ... or a full name in Latin letters (a helper's, a colleague's) written in Chinese
        # text with a private matter said in Chinese in its sentence (``Helper Merlyn
        # Aguilar同我講…手臂有瘀傷``); famous names are cleared by the person filter.
        Pattern(
            "full Latin name in Chinese text with a private matter",
            require_search(
                # (not the end of an organisation's English name: ``Mission for Migrant
                # Workers 每年處理…欠薪``)
                r"(?<![A-Za-z'’-])(?<!(?:for|of|and|the|&) )"
                # (maybe a title with its dot first: ``Mrs. Chan 係孕婦``; not a kin word, whose
                # surname the honorific pattern finds: ``Uncle Lim 的 heart problem``)
                r"(?!(?:Uncle|Auntie|Aunty|Sister|Brother|Boss)\b)"
                r"[A-Z][a-z]{2,11}\.? [A-Z][a-z]{2,14}(?![A-Za-z'’-])"
                # (maybe a Chinese comma first: ``少女 Hodan Ismail，16 歲，懷疑遭受家暴``)
                r"(?=\s?[\u4e00-\u9fff，、])"
                rf"(?=[^。！？!?\n]{{0,40}}(?:{PRIVATE_MATTER_OF_NAMED_ZH.pattern})"
                # (or said in English after a romanised surname: ``粵劇組 Sandy Yeung 下個禮拜做
                # IVF``)
                rf"|(?<= {_SYLLABLE})[^。！？!?\n]{{0,40}}(?:{PRIVATE_MATTER}))",
                rf"{PRIVATE_MATTER_OF_NAMED_ZH.pattern}|{PRIVATE_MATTER}",
            ),
            0.6,
        ),
        # ... or a Latin given name one is called by in Chinese (``姐姐叫Ani``) with a
        # private matter in Chinese after it (``僱主扣起佢護照``).
        Pattern(
            "Latin name one is called by in Chinese with a private matter",
            require_search(
                r"(?<=[叫])[A-Z][a-z]{2,11}(?![A-Za-z'’-])"
                rf"(?=[^\n]{{0,80}}(?:{PRIVATE_MATTER_OF_NAMED_ZH.pattern}))",
                PRIVATE_MATTER_OF_NAMED_ZH.pattern,
            ),
            0.6,
        ),
        # ... or a writer's own full Latin name after "I am" and where they live or work
        # (``我係 23 樓 F 室嘅 Tony Lai``, ``我是 3 号楼的 Kevin Tan``).
        Pattern(
            "own Latin name said in Chinese",
            require_search(
                r"(?<=(?:我係|我系|我是)[^，。！？!?\n]{0,24}?(?:嘅|的)\s?)"
                r"[A-Z][a-z]{1,11} [A-Z][a-z]{1,14}(?![A-Za-z'’-])",
                r"我[係系是]",
            ),
            0.6,
        ),
        # ... or a family's "Ah" name (``Ah Mooi cannot come back because of chemo``, or
        # in code-switched text ``Ah Lian from the Jurong shop 怀孕了``).
        Pattern(
            "Ah name with a private matter",
            require_search(
                r"(?<![A-Za-z'’-])Ah [A-Z][a-z]{1,5}(?=(?:['’]s)?(?![A-Za-z'’-])"
                rf"[^.!?\n]{{0,120}}{_NEXT_SENTENCE_OF_PRONOUN}"
                rf"(?:{PRIVATE_MATTER}|{PRIVATE_MATTER_OF_NAMED_ZH.pattern}))",
                rf"{PRIVATE_MATTER}|{PRIVATE_MATTER_OF_NAMED_ZH.pattern}",
            ),
            0.6,
        ),
        # ... or a surname after an honorific, as neighbours and staff speak of somebody,
        # with a private matter in the clause (``Mr Goh on the 11th floor is on dialysis``,
        # ``Mrs Ng（Angel 媽媽）話 Angel 發燒39度``).
        Pattern(
            "honorific and surname with a private matter",
            require_search(
                # (and the Hokkien ``Amoi`` "young woman", ``Apek`` "old man": ``Amoi Lee
                # dari Jalan Pasar``)
                # (or a colleague's ``Sister``: ``Sister Mei dia punya salary kena cut``)
                # (or a nurse or a coach by the name colleagues use: ``Nurse Aini cakap dia
                # ... ambil Xanax ... without prescription``)
                rf"(?<![A-Za-z'’-])(?<=(?:{_EN_HONORIFIC}|Mdm|Madam|Uncle|Auntie|Aunty|Amoi|Apek|Sister|Brother|Nurse|Misi|Coach)\.? )"
                # (not a post: ``the Nurse Manager``, ``Nurse Educator``)
                r"(?!(?:Manager|Managers|Educator|Clinician|Specialist|Practitioner|Aide|Aides|"
                r"Assistant|Assistants|Station|Supervisor|Leader|Lead|In-charge|Counsellor)\b)"
                r"[A-Z][a-z]{1,11}(?![A-Za-z'’-])(?!\s+[A-Z])"
                rf"(?=[^.!?\n]{{0,80}}(?:{PRIVATE_MATTER}|{PRIVATE_MATTER_OF_NAMED_ZH.pattern}))",
                rf"{PRIVATE_MATTER}|{PRIVATE_MATTER_OF_NAMED_ZH.pattern}",
            ),
            0.6,
        ),
        # ... or a Malay kin title by birth order alone, as a family or a kampung calls
        # somebody (``Mak Teh tukang jahit ... dia masuk wad``, ``Pak Long kena strok``).
        Pattern(
            "kin title by birth order with a private matter",
            require_search(
                rf"(?<![A-Za-z'’-])(?:{'|'.join(KIN_ORDER_TITLES)}) {_KIN_ORDER}"
                r"(?![A-Za-z'’-])(?!\s+[A-Z])"
                rf"(?=[^.!?\n]{{0,80}}{PRIVATE_MATTER})",
                PRIVATE_MATTER,
            ),
            0.6,
        ),
        # ... or one somebody is called by (``Jiran saya yang orang panggil Ah Seng``).
        Pattern(
            "Ah name one is called by",
            require_search(
                r"(?<=(?<![A-Za-z])(?i:panggil|dipanggil|called|known as|nicknamed|"
                r"nama timangan) )Ah [A-Z][a-z]{1,5}(?![A-Za-z'’-])",
                r"(?i:panggil|called|known as|nicknamed|nama timangan) Ah ",
            ),
            0.6,
        ),
        # A romanised Chinese given name of two syllables as the subject of a private matter
        # (``Hui Min is pregnant``, ``Wei Ling was warded``), which the tagger misses.
        Pattern(
            "romanised given name with a private matter",
            require_search(
                rf"(?<![A-Za-z'’-]){_SYLLABLE} {_SYLLABLE}"
                # (maybe with a role after it, and said in Malay: ``Mei Fen the intern cakap
                # dia pregnant``)
                r"(?=(?:,? the [a-z]+(?: [a-z]+)?,?)? "
                r"(?:(?:is|was|has|had|will|just|got|said|says|told|cakap|kata)\b"
                rf"[^.!?\n]{{0,40}}{PRIVATE_MATTER}"
                # (or the private matter at once: ``Mei Fong pinjam RM1,500 untuk …``)
                rf"|{PRIVATE_MATTER}))",
                PRIVATE_MATTER,
            ),
            0.6,
        ),
        # Any capitalised word owning a private matter (``Hazwan's last drawn salary``): a
        # candidate the person filter then judges (a company's or a place's is dropped).
        Pattern(
            "owner of a private matter",
            # (not the last word of a longer name: ``the Official Receiver's``; nor a group's
            # plural: ``the Women's Charter``)
            require_search(
                rf"(?<![A-Za-z'’-])(?<![A-Z][\w'’-]*\s)"
                rf"(?!(?:Women|Men|Children|People|Parents|Workers|Employees|Patients|Students|"
                rf"Members|Veterans|Seniors)['’])"
                # (nor a contraction: ``What's the difference between a PIP and a written
                # warning``)
                rf"(?!(?:What|That|Who|Where|When|How|Why|There|Here|Let|Everyone|Everybody|"
                rf"Nobody|Someone|Somebody|Today|Tomorrow|Yesterday)['’])[A-Z][a-z]{{2,}}"
                rf"(?=['’]s(?![A-Za-z'’-])[^.!?\n]{{0,60}}{PRIVATE_MATTER})",
                PRIVATE_MATTER,
            ),
            0.6,
        ),
        # A romanised name after a Chinese label (``收货人 Lín Shūfēn``, ``联系人：Tan Wei``).
        Pattern(
            "romanised name after a Chinese label",
            r"(?<=(?:收货人|收貨人|收件人|联系人|聯絡人|聯繫人|姓名|名字|我叫|"
            # (or a kin's or a friend's word: ``我老公 Bruno Ferreira Leong 有 depression``)
            r"老公|老婆|太太|丈夫|妻子|男朋友|女朋友|爸爸|媽媽|妈妈|同事|朋友|鄰居|邻居|"
            r"舅父|舅舅|姑媽|姑妈|姨媽|姨妈|"
            # (or a domestic helper's, a driver's or a tenant's: ``前家傭 Sari Wulandari``)
            r"家傭|家佣|外傭|外佣|菲傭|菲佣|印傭|印佣|女傭|女佣|工人姐姐|保姆|司機|司机|員工|员工|"
            # (or a tradesman's or a pupil's: ``師傅 Chan Tsz Lok``)
            r"租客|房客|師傅|师傅|技師|技师|學生|学生)\s*[:：]?\s*)"
            r"[A-Z][a-zà-öø-ÿĀ-ɏ]+(?: [A-Z][a-zà-öø-ÿĀ-ɏ]+){1,2}(?![A-Za-z])",
            0.6,
        ),
        # A pupil named with the class after (``murid Darwisyah (3 Cerdik)``, ``student Wei
        # Ling (4B)``): a school's own pupil, whatever the name's shape.
        Pattern(
            "pupil with a class",
            r"(?<=(?<![A-Za-z])(?:[Mm]urid|[Pp]elajar|[Pp]upil|[Ss]tudent|[Aa]nak)\s)"
            rf"{_W}(?: {_W}){{0,3}}(?=\s*\(\s*\d\s?[A-Z][A-Za-z]*\s*\))",
            0.6,
        ),
        # ... or after a parent's word (``saya ibu Nur Damia dari kelas 5 Bestari``).
        Pattern(
            "child of a parent, with a class",
            # (lower case: ``Mother Teresa`` is a title)
            r"(?<=(?<![A-Za-z])(?:ibu|bapa|mak|emak|ayah|penjaga|mother|father|parent|"
            r"guardian)(?: (?:kepada|of|to))? )"
            rf"{_W}(?: {_W}){{0,3}}"
            r"(?=,?\s+(?:dari |from |in |of )?(?i:kelas|class|darjah|tingkatan|form|year)\s+\d"
            # (or the class by its number and name alone: ``from 2 Cempaka``, ``dari 5 Bestari``)
            r"|\s+(?:dari|from|in) [1-6] ?[A-Z][a-z]+(?![A-Za-z]))",
            0.6,
        ),
        # A name a sentence gives after it (``Zura nama dia``), a speaker in a chat log after
        # its time (``[09:12] Rosalind Merriweather: my ex ...``), a relative set off by
        # commas without "my" (``teman isteri, Liyana, buat kemoterapi``).
        Pattern(
            "name then its label",
            rf"(?<![A-Za-z'’-])(?!{_NOT_A_NAME}){_W}(?: {_W}){{0,2}}"
            r"(?= nama (?:dia|saya|aku)\b| namanya\b)",
            0.6,
        ),
        # ... or after it (``Tuan dia nama Azlan``, ``Nama dia Azlan``; in lower case, not a
        # form's ``Nama Produk``).
        Pattern(
            "label then name",
            r"(?<=(?<![A-Za-z])(?:nama|[Nn]ama (?:dia|saya|aku)|[Nn]amanya|"
            # (in English after a comma, as a note gives it: ``Old man in 31A ..., name
            # Krishnan, totally blind``)
            r"(?<=, )name) )"
            # (not a pet's: ``kucing oren jantan nama Comot``)
            r"(?<!(?i:kucing|anjing|arnab|burung|ikan|hamster|cat|dog|kitten|puppy)\b[^.!?\n]{0,40})"
            # (nor a party by its role: ``atas nama Pemegang Gadaian``)
            rf"(?!{_NOT_A_NAME}|{_ROLE_NAMED}(?![A-Za-z])){_W}(?: {_W}){{0,3}}(?![A-Za-z])",
            0.6,
        ),
        Pattern(
            "chat log speaker",
            r"(?<=\[\d{1,2}:\d{2}(?::\d{2})?\]\s?)"
            rf"(?!(?:Agent|User|System|Bot|Admin|Support|Customer|Staff|Assistant)\b)"
            # (nor a post and its place in a workplace's chat: ``Supervisor Ladang:``, ``Ketua
            # Dapur:``, ``Driver Lori:``)
            rf"(?!{_WORK_POSTS}\s{_WORK_PLACES}:)"
            # (nor a department or a post named by its last word: ``Safety Dept:``, ``Night
            # Shift Supervisor:``)
            r"(?!(?:[A-Z][a-z]+ ){1,3}(?:Dept|Department|Supervisor|Manager|Team|Unit|Desk|"
            r"Office|Control|Room|"
            # (or a duty's post: ``Duty Mgr:``, ``Night Guard:``)
            r"Mgr|Guard|Lead|Officer|Crew|Cashier|Counter|Reception|Security|Lifeguard|"
            # (or a committee's: ``Committee Sec:``, ``Welfare Rep:``)
            r"Sec|Secretary|Treasurer|Chair|Chairman|Rep|Coordinator|Coord|"
            # (or a function's: ``Talent Acq:``, ``Payroll Ops:``)
            r"Acq|Ops|Admin|Recruiter|Payroll)\s?:)"
            # (nor a teacher or a carer by the class or the centre they keep, a trade by its
            # work: ``Cikgu Kelas Bintang:``, ``Pengasuh Taska:``, ``Tukang Masak:``)
            r"(?!(?:Cikgu|Guru|Teacher|Pengasuh|Jururawat|Nurse)\s(?:Kelas|Class|Taska|Tadika|"
            r"Bertugas|Syif)\b[^:\n]{0,24}:|Tukang\s[A-Z][a-z]+\s?:)"
            rf"{_W}(?: {_W}){{1,3}}(?=:)",
            0.6,
        ),
        # A Chinese surname and given name in capitals after a phrase of ownership, as a lost
        # property note writes the card's holder (``wallet with IC belonging to NG SOOK FUN``).
        Pattern(
            "owner's name in capitals",
            r"(?=[A-Z]{2})(?<=(?<![A-Za-z])(?i:belonging to|belongs to|owned by|milik|kepunyaan|atas nama) )"
            rf"(?:{_SEA_SURNAME_UPPER})"
            r"(?: [A-Z]{2,8}){1,3}(?![A-Za-z])",
            0.6,
        ),
        # A given name that is also an everyday word, before a Chinese surname of the region
        # (``WhatsApp from Grace Teo``, ``Joy Lim``): the word alone is no name.
        Pattern(
            "word-like given name and a Chinese surname",
            # (not a shop named so: ``Pearl Tan Couture's pop-up``)
            rf"(?<![A-Za-z'’-])(?:{'|'.join(WORD_LIKE_GIVEN)}) (?:{_SEA_SURNAME})(?![A-Za-z'’-])"
            r"(?!\s+[A-Z])",
            0.6,
        ),
        # A parent introducing themselves by their child's name (``Cikgu, saya ayah Hui Min,
        # dia demam denggi``, ``I'm Aiden's mum``).
        Pattern(
            "child named by a parent introducing themselves",
            r"(?=[A-Z])(?<=(?<![A-Za-z])(?:[Ss]aya|[Ss]y|[Aa]ku) (?:ayah|bapa|ibu|mak|emak|papa|mama|abah|"
            r"umi|penjaga) (?:kepada |pada )?)"
            rf"(?!{_NOT_A_NAME}){_W}(?: {_W}){{0,2}}(?=[,.]| yang\b| dari\b| kelas\b)",
            0.6,
        ),
        Pattern(
            "relation set off by commas",
            rf"(?<=(?<![A-Za-z])(?i:{RELATIONS_MS}|{RELATIONS_EN}), )(?!{_NOT_A_NAME}){_W}(?: {_W}){{0,2}}(?=,)",
            0.6,
        ),
        # A person asked about in a forum or a group: ``Sesiapa kenal Haslinda yang ...``,
        # ``Anyone know Kelvin Lau from ...``.
        Pattern(
            "name asked about",
            r"(?<=(?:(?<![A-Za-z])(?:[Ss]esiapa|[Aa]da (?:sesiapa|yang|tak)|[Aa]nyone|[Aa]nybody) "
            r"(?:kenal|knows?|tahu pasal) "
            # (or asking the group: ``korang kenal tak Ah Keong yang ...``, ``u guys know``)
            r"|(?<![A-Za-z])(?:[Kk]orang|[Kk]au|[Aa]wak|[Hh]ang|[Kk]alian|[Uu]|[Yy]ou|[Uu] guys|"
            r"[Yy]ou guys) (?:kenal|know)(?: tak| x| tak\?)? "
            # (or in Cantonese or Mandarin: ``有冇人識Cherry Lam？``)
            r"|(?:有冇人|有無人|有人|有没有人|有沒有人)(?:識|识|認識|认识)\s?))"
            rf"(?!{_NOT_A_NAME}){_W}(?: (?!{_NOT_A_NAME}){_W}){{0,2}}(?![A-Za-z])",
            0.6,
        ),
        # A colleague named by department: ``Jason from ops``, ``Siti in HR``.
        Pattern(
            "given name by department",
            require_search(
                rf"(?<![A-Za-z])(?:{_GIVEN})"
                rf"(?= (?:from|in) (?:the )?(?i:{DEPARTMENTS_EN})(?![A-Za-z]))",
                rf" (?:from|in) (?:the )?(?i:{DEPARTMENTS_EN})(?![A-Za-z])",
            ),
            0.6,
        ),
        # A romanised given name after a Chinese relation word: ``我朋友 Aiman 在 ...``.
        Pattern(
            "given name after a Chinese relation",
            rf"(?<=(?:{RELATIONS_ZH})\s?)(?:{_GIVEN})(?![A-Za-z'’-])",
            0.6,
        ),
        # A person by a noun for one and "named" (``Pelatih bernama Haziq, Tingkatan 5``,
        # ``budak lelaki bernama Irfan``): a given name alone, as a notice singles them out.
        Pattern(
            "person named by a given name",
            rf"(?<=(?<![A-Za-z])(?i:{NAMED_PERSON_NOUNS})\s+(?:bernama|named|called|yang bernama)\s+)"
            rf"(?:{_GIVEN})(?![A-Za-z'’-])",
            0.6,
        ),
        # A member of staff named by a customer: ``staff Priya``, ``the cashier Wendy``.
        Pattern(
            "given name by role",
            rf"(?<=(?<![A-Za-z])(?i:{ROLES_EN}) )(?:{_GIVEN})(?![A-Za-z'’-])",
            0.6,
        ),
        # A name before the alias it goes by (``Ramli a.k.a. Mat Gitar dah ditangkap``); the
        # person filter keeps it with a private matter in the sentence.
        Pattern(
            "given name before an alias",
            r"(?<![A-Za-z'’-])[A-Z][a-z]{2,12}(?=,? (?:a\.k\.a\.?|aka|alias|also known as) )",
            0.6,
        ),
        # ... or any single name so, with a private matter in the sentence (``The new
        # caregiver Mei from the Jalan Ipoh branch admitted she has a gambling debt``).
        Pattern(
            "single name by role with a private matter",
            require_search(
                # (the value's capital first, then the role looked for behind it)
                r"(?=[A-Z])"
                rf"(?<=(?<![A-Za-z])(?i:{ROLES_EN}) )"
                # (not a platform, a post or a day: ``the driver Grab cancelled``)
                r"(?!(?:Grab|Gojek|Uber|Lalamove|Foodpanda|Shopee|Lazada|Station|Counter|Desk|"
                r"Room|Team|Shift|Today|Tomorrow|Yesterday|Monday|Tuesday|Wednesday|Thursday|"
                r"Friday|Saturday|Sunday|Manager|Managers|Educator|Clinician|Specialist|"
                r"Practitioner|Aide|Aides|Assistant|Assistants|Supervisor|Leader|Lead|In-charge|"
                r"Counsellor)(?![a-z]))"
                r"[A-Z][a-z]{2,10}(?![A-Za-z'’-])(?!\s+[A-Z])"
                rf"(?=[^.!?\n]{{0,100}}(?:{PRIVATE_MATTER}))",
                PRIVATE_MATTER,
            ),
            0.6,
        ),
        Pattern(
            "related name (ms)",
            rf"(?<=(?<![A-Za-z])(?i:{RELATIONS_MS}) (?i:{POSSESSIVES_MS}),? )"
            rf"(?!{_NOT_A_NAME}){_W}(?: (?!{_NOT_A_NAME}){_W}){{0,2}}(?![A-Za-z])",
            0.6,
        ),
        Pattern(
            "name in toneless pinyin",
            require_search(PINYIN_NAME, rf"(?<![a-z]){_PINYIN_KIN} "),
            0.6,
        ),
        Pattern(
            "name in toneless pinyin in Chinese text",
            require_search(PINYIN_NAME_IN_CHINESE, r"[\u4e00-\u9fff]"),
            0.6,
        ),
        Pattern(
            "lower-case name",
            require_search(
                rf"(?<=(?<![A-Za-z]){LOWER_CASE_INTRO}\s)(?-i:{LOWER_CASE_NAME})",
                rf"(?<![A-Za-z]){LOWER_CASE_INTRO}\s",  # (its look-behind)
            ),
            0.6,
        ),
        # A lower-case name right before its owner's number (``mok wing yan 3C 6241 8870``).
        Pattern(
            "lower-case name before a number",
            rf"(?<![A-Za-z])(?-i:{LOWER_CASE_NAME})(?={NUMBER_AFTER_NAME})",
            0.6,
        ),
        # A lower-case full name in brackets after somebody's short name (``ah meng from my
        # office (lim chee meng, finance dept)``): who the short name is.
        Pattern(
            "lower-case name in brackets",
            rf"(?<=[(（])(?-i:{LOWER_CASE_NAME})(?=\s*[,，)）])",
            0.6,
        ),
        # A lower-case name opening a sentence about its owner (``kevin wu will be late, his
        # wife had the baby``, ``chen wei missed his check-in again``).
        # A Sikh name by its ``Kaur`` or ``Singh`` (``customer Harpreet Kaur, her kid got
        # eczema``), in Malay text too, where the English model does not run.
        Pattern(
            "Sikh name",
            r"(?<![A-Za-z'’-])[A-Z][a-z]{2,12} (?:Kaur|Singh)(?![A-Za-z'’-])",
            0.6,
        ),
        # A chat's mention by display name, then what is said to them (``Reminder @Sandeep
        # Kaur: your 10-class pack``).
        Pattern(
            "mention by display name",
            r"(?<=(?<![\w.])@)[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}(?=\s*[:,，：])",
            0.6,
        ),
        # A table's cell with a surname in capitals and a given name, a phone number in the
        # next cell (``| RODRIGUES, Michael | 9715 4082 |``).
        Pattern(
            "surname, given name before a number's cell",
            r"(?<=\|\s?)[A-Z]{2,}(?:['’-][A-Z]+)?, [A-Z][a-z]+(?: [A-Z][a-z]+){0,2}"
            rf"(?={NUMBER_CELL_AFTER})",
            0.6,
        ),
        # ... or opening a line that goes on in Chinese (``lin ka wai 又嚟投訴``).
        Pattern(
            "lower-case name before Chinese",
            rf"(?:^|(?<=\n))(?-i:{LOWER_CASE_NAME})(?=\s?[\u4e00-\u9fff])",
            0.6,
        ),
        # ... or opening a line that tells a private matter of its owner (``tan ah beng the
        # forklift driver kena accident``).
        Pattern(
            "lower-case name opening a private matter",
            require_search(
                rf"(?:^|(?<=\n))(?-i:{LOWER_CASE_NAME})(?=[^.!?\n]{{0,80}}{PRIVATE_MATTER})",
                PRIVATE_MATTER,
            ),
            0.6,
        ),
        Pattern(
            "lower-case name as a subject",
            rf"(?:^|(?<=[.!?]\s)|(?<=\n)){LOWER_CASE_SUBJECT}",
            0.6,
        ),
        Pattern(
            "labelled name in capitals",
            r"(?<=(?<![A-Za-z])(?:[Nn]ame|NAME|[Nn]ama|NAMA|[Bb]eneficiary|BENEFICIARY|[Pp]ayee|"
            r"PAYEE|[Aa]ccount [Nn]ame|[Aa]ccount [Hh]older|[Cc]ard[ _]?[Hh]older|[Nn]ame on card|"
            r"[Rr]ecipient|[Pp]enerima|[Pp]emegang(?: akaun| kad)?|[Nn]ama [Pp]enuh|"
            # (the Malay "name on the card": ``nama atas kad AHMAD NAZRI BIN ISA``)
            r"[Nn]ama (?:atas|pada|dalam|di) kad|NAMA (?:ATAS|PADA|DALAM|DI) KAD|"
            r"[Ll]abel|(?:reported|prescribed|dispensed|issued|done|ordered) for|"
            r"[Pp]esakit|PESAKIT|[Pp]atient|PATIENT|pt\.?|"
            # (and a name in capitals greeted by a clinic's or an agency's SMS: ``Dear TAN
            # BEE LENG``)
            rf"[Ff]ull [Nn]ame|{_ZH_NAME_LABELS}|"
            r"Dear|DEAR)\s*[:：=]?\s?)"
            rf"(?!{_NOT_UPPER_NAME})[A-Z]{{2,}}(?:['’-][A-Z]+)?"
            rf"(?: (?:(?!{_NOT_UPPER_NAME})[A-Z]{{2,}}(?:['’-][A-Z]+)?|A/L|A/P|S/O|D/O)){{1,5}}"
            r"(?![A-Za-z])",
            0.6,
        ),
        # A Malay or Indian name in capitals by its patronymic (``KHAIRUL ANUAR BIN DAUD``,
        # ``MUTHU A/L RAMASAMY``), as payslips and statements print the holder.
        Pattern(
            "patronymic name in capitals",
            rf"(?<![A-Za-z])(?!{_NOT_UPPER_NAME}|{_NOT_BIN_NAME})[A-Z]{{2,}}(?:['’-][A-Z]+)?"
            rf"(?: (?!{_NOT_UPPER_NAME}|{_NOT_BIN_NAME})[A-Z]{{2,}}(?:['’-][A-Z]+)?){{0,3}}"
            r" (?:BIN|BINTI|BINTE|BTE|BT\.?|A/L|A/P|S/O|D/O) "
            rf"(?!{_NOT_UPPER_NAME}|{_NOT_BIN_NAME})[A-Z]{{2,}}(?:['’-][A-Z]+)?"
            rf"(?: (?!{_NOT_UPPER_NAME}|{_NOT_BIN_NAME})[A-Z]{{2,}}(?:['’-][A-Z]+)?){{0,3}}"
            r"(?![A-Za-z])",
            0.6,
        ),
        # A name in capitals right before an identifier's label or a birth date, as
        # statements and registers print the holder (``CHONG MEI LING, No. Ahli 18734562``,
        # ``TAN AH KOW NRIC S...``, ``KAUR, HARPREET | DOB 19/07/1990``).
        Pattern(
            "name in capitals before an id's label",
            rf"(?<![A-Za-z])(?!{_NOT_UPPER_NAME})[A-Z]{{2,}}(?:['’-][A-Z]+)?"
            rf"(?: (?:(?!{_NOT_UPPER_NAME})[A-Z]{{2,}}(?:['’-][A-Z]+)?|A/L|A/P|S/O|D/O|BIN|BINTI|BINTE|BT|BTE)){{1,5}}"
            r"(?=\s*[,(]?\s*(?:No\.?\s?(?:Ahli|K/P|KP|IC|Pekerja|Pasport|Passport|Member)|NRIC|FIN\b|"
            r"IC No|I/C|MyKad|K/P|KP No|Member No|Staff No|Employee No|Matric)"
            rf"|{_BIRTH_DATE_AFTER})",
            0.6,
        ),
        # A romanised Chinese name, surname first, after a Chinese form label (``户名 Wang
        # Fang``, ``收件人：Chan Tai Man``): mixed text gets no English model.
        Pattern(
            "romanised name after a Chinese label",
            rf"(?<=(?:{_ZH_NAME_LABELS}|收货人|收貨人|"
            r"受保人|被保险人|被保險人|联系人|聯絡人|联络人|申请人|申請人)\s*[:：]?\s*)"
            rf"(?:{'|'.join(SEA_CHINESE_SURNAMES)})(?: {_W}){{1,2}}(?![A-Za-z])",
            0.6,
        ),
        Pattern(
            "greeted name",
            # (maybe inside a quotation: ``Translate: 'Dear Md Sohag Mia (WP No. ...)'``)
            r"(?<=(?:^|[\n.!?>:：]\s*['\"“‘]?)(?:Dear|Hi|Hello|Hey|Hai|Helo|Salam|Thanks|Thank you|"
            r"Terima kasih|Morning|Good morning|Good afternoon|Good evening)\s)"
            rf"(?:(?:{_GIVEN})|(?!{_NOT_GREETED}){_W}(?: (?!{_NOT_GREETED}){_W}){{1,2}})"
            # (or a bracket with the addressee's number: ``Dear Md Sohag Mia (WP No. ...)``)
            r"(?=\s*[,!，！(])",
            0.6,
        ),
    ]
    CONTEXT = ["nama", "name", "pemohon", "penerima", "customer"]

    def validate_result(self, pattern_text: str) -> bool | None:
        """A name in capitals needs a known surname, given name or patronymic in it
        (``LIM MEI LING``, ``MUTHU A/L SAMY``; not ``ORDER SUMMARY``, ``UNICEF MALAYSIA``)."""
        if not pattern_text.isupper():
            return None
        # (a patronymic between two words of capitals: ``RAJESWARI A/P MUNUSAMY``)
        if _UPPER_PATRONYMIC.search(pattern_text):
            return None
        # (a passenger's ``LEE/SZE WEI MS``: the slash parts the surname from the given names)
        words = pattern_text.replace("/", " ").split()
        return None if KNOWN_IN_CAPITALS.intersection(words) else False

    CONTEXT_ZH = ["姓名", "名字", "收件人", "客户"]
