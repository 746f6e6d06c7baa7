"""Common English words, from WordNet's index as the English model's lemmatizer ships it,
and everyday Malay words of shops' listings and notices.

Used to tell an organisation's mailbox named by what it does (``family-updates@``,
``ops-relief@``) from a person's; a word that is also a given name or a
surname in this package's lists is never common.  Nothing is downloaded: the index is read
from the installed model package, once per process, and when it cannot be read no word is
common (so nothing more is cleared).
"""

from __future__ import annotations

import functools
import importlib.util
import pathlib

# Given names that are also common words, which the name lists of the recognizers (built to
# find names in running text) leave out.
_WORD_NAMES = frozenset(
    [
        "amber",
        "angel",
        "april",
        "autumn",
        "bill",
        "blossom",
        "candy",
        "carter",
        "chance",
        "charity",
        "cherry",
        "chase",
        "cooper",
        "crystal",
        "daisy",
        "dawn",
        "dean",
        "destiny",
        "don",
        "drew",
        "duke",
        "earl",
        "faith",
        "frank",
        "ginger",
        "grace",
        "grant",
        "guy",
        "gene",
        "harmony",
        "hazel",
        "heather",
        "holly",
        "honey",
        "hope",
        "hunter",
        "iris",
        "ivy",
        "jack",
        "jade",
        "jasmine",
        "jean",
        "joy",
        "june",
        "king",
        "kit",
        "lance",
        "lily",
        "mark",
        "mason",
        "may",
        "melody",
        "mercy",
        "miles",
        "noble",
        "olive",
        "parker",
        "pat",
        "patience",
        "pearl",
        "penny",
        "prince",
        "ray",
        "rich",
        "robin",
        "rose",
        "ruby",
        "rusty",
        "sandy",
        "sky",
        "star",
        "summer",
        "sunny",
        "victor",
        "violet",
        "will",
        "woody",
    ]
)


@functools.cache
def _index() -> frozenset[str]:
    from residency.detectors.engine import SPACY_MODEL

    spec = importlib.util.find_spec(SPACY_MODEL)
    if spec is None or spec.origin is None:
        return frozenset()
    found = sorted(pathlib.Path(spec.origin).parent.glob("*/lemmatizer/lookups"))
    if not found:
        return frozenset()
    from spacy.lookups import Lookups

    try:
        index = Lookups().from_disk(found[0]).get_table("lemma_index")
        words = {w for pos in ("noun", "verb", "adj", "adv") for w in index[pos]}
    except (KeyError, OSError, ValueError):
        return frozenset()
    return frozenset(w for w in words if w.isalpha())


@functools.cache
def _names() -> frozenset[str]:
    from residency.detectors.malaysia.my_given_name_recognizer import ENGLISH_GIVEN, GIVEN_NAMES
    from residency.detectors.malaysia.my_name_recognizer import (
        PINYIN_SYLLABLES,
        SEA_CHINESE_SURNAME_SET,
    )

    return frozenset(
        {n.lower() for n in (*GIVEN_NAMES, *ENGLISH_GIVEN, *SEA_CHINESE_SURNAME_SET)}
        | {s.lower() for s in PINYIN_SYLLABLES}
        | _WORD_NAMES
    )


def _stems(word: str) -> tuple[str, ...]:
    """``word`` and what it may be inflected from (``refunds``, ``leasing``, ``updates``)."""
    out = [word]
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        out.append(word[:-1])
    for suffix in ("ing", "ed", "er"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            out += [word[: -len(suffix)], word[: -len(suffix)] + "e"]
    return tuple(out)


def is_common_word(word: str) -> bool:
    """Whether the lower-case ``word`` is an English dictionary word (or inflects one) and
    no given name, surname or pinyin syllable of this package's lists."""
    if not word.isalpha() or word in _names():
        return False
    index = _index()
    return any(stem in index for stem in _stems(word))


# Everyday Malay words of goods, farm and shop listings (``Sabit Sawit Tajam``, ``Kasut But
# Getah Panjang Anti Duri``, ``Zon Tengah``), which English NER reads as names; no word
# that is also a given name (``Indah``, ``Jaya``, ``Mawar``, ``Bintang``, ``Intan``) and no
# ``anak`` (Iban names: ``Jimbun anak Ngau``).
_MALAY_WORDS = frozenset(
    [
        "alat",
        "air",
        "ayam",
        "baju",
        "bantal",
        "baru",
        "basikal",
        "batu",
        "beg",
        "besar",
        "besi",
        "biji",
        "botol",
        "buku",
        "cawan",
        "cermin",
        "daging",
        "daun",
        "duri",
        "getah",
        "gula",
        "guni",
        "hitam",
        "hijau",
        "ikan",
        "jarum",
        "jentera",
        "kabel",
        "kain",
        "kaca",
        "kacang",
        "kasut",
        "kayu",
        "kecil",
        "kelapa",
        "kerusi",
        "kertas",
        "kipas",
        "kopi",
        "kotak",
        "kuali",
        "kuning",
        "lampu",
        "lori",
        "meja",
        "merah",
        "mesin",
        "minyak",
        "padi",
        "paip",
        "panjang",
        "papan",
        "parang",
        "pasu",
        "payung",
        "pendek",
        "pensel",
        "periuk",
        "peti",
        "pinggan",
        "pisau",
        "plastik",
        "pokok",
        "putih",
        "racun",
        "rak",
        "rantai",
        "rokok",
        "rumput",
        "sabit",
        "sabun",
        "sarung",
        "sawit",
        "selipar",
        "sikat",
        "songkok",
        "sudu",
        "tajam",
        "tali",
        "tangga",
        "tangki",
        "tanah",
        "tayar",
        "tebal",
        "telur",
        "teh",
        "tikar",
        "tilam",
        "timba",
        "topi",
        "tudung",
        "tukul",
        "ubat",
        "udang",
        "ungu",
        "baja",
        "benih",
        "buah",
        "pisang",
        "nenas",
        "limau",
        "cili",
        "bawang",
        "halia",
        "serai",
        "kunyit",
        "lada",
        "garam",
        "beras",
        "tepung",
        "susu",
        "roti",
        "kuih",
        "kek",
        "nasi",
        "mee",
        "sos",
        "kicap",
        "cuka",
        "madu",
        "asli",
        "murah",
        "mahal",
        "kuat",
        "ringan",
        "berat",
        "lembut",
        "keras",
        "tahan",
        "lasak",
        "kalis",
        "api",
        "halus",
        "kasar",
        "terbaik",
        "zon",
        "tengah",
        "utara",
        "selatan",
        "timur",
        "barat",
        "ladang",
        "kebun",
        "tuai",
        "tuaian",
        "hasil",
        "harga",
        "tan",
        "gred",
        "mutu",
        "jualan",
        "borong",
        "runcit",
        "stok",
        "sewa",
        # (a voucher, points, "don't": ``Baucar Grab RM20 2,000 mata``)
        "baucar",
        "mata",
        "jangan",
    ]
)


def is_malay_common_word(word: str) -> bool:
    """Whether the lower-case ``word`` is an everyday Malay word of listings (see
    :data:`_MALAY_WORDS`) and no given name or surname of this package's lists."""
    return word in _MALAY_WORDS and word not in _names()
