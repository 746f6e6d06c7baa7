"""Cheap per-field script detection that decides which costly taggers run.

Pattern recognizers run on every text; English spaCy NER only where there are enough
Latin letters (and the text is not source code), Chinese name tagging only where there
are Han characters.  One pass over the characters, no model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Enough Latin letters for English NER to be worth running (a few words).
MIN_LATIN_FOR_NER = 12
# Han characters needed before the Chinese tagger runs (a two-character name).
MIN_HAN_FOR_ZH = 2


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Common Malay function and everyday words (no English homographs such as "I", "a" or
# "me"); place words (jalan, taman) count too, since English text with a Malaysian address
# also has more English function words (see ``_ENGLISH_WORDS``).
_MALAY_WORDS = _words(
    """
    yang dan di ini itu saya untuk dengan tidak ada akan dari pada kepada boleh sudah kami
    kita mereka dia anda encik puan sila terima kasih alamat nombor telefon atau juga lagi
    sahaja saja hanya belum masih sedang telah pernah mahu mau hendak ingin perlu harus
    bagaimana mengapa kenapa apa siapa bila bilakah berapa mana manakah adakah sebab kerana
    karena supaya agar jika kalau tetapi tapi serta bagi oleh dalam luar atas bawah antara
    selepas sebelum semasa hingga sampai tentang mengenai terhadap seperti sebagai iaitu
    ialah adalah tak nak kat dah pun lah kah tolong minta mohon harap hantar beri berikan
    terangkan tuliskan senaraikan jelaskan huraikan bincangkan ringkaskan kira tunjukkan
    jalan kerja tahun hari bulan minggu masa waktu orang rumah negeri negara kerajaan
    syarikat pelanggan pesanan bungkusan barang rosak hilang semak tuan cik salam selamat
    pagi petang malam baik besar kecil banyak sedikit semua setiap lain sama baru lama
    jauh dekat tiga dua satu empat lima tengah tanah badan juga pantun
    sejarah melayu bahasa cerita buku murid sekolah guru soalan jawapan
    jumlah resit rasmi yuran bayaran tunai kursus gaji pekerja majikan caruman jualan
    bilangan purata baris
    """
)
# English function words: a text with more of these than Malay words is English.
_ENGLISH_WORDS = _words(
    """
    the and to of is are was were be been my your our their his her its it this that these
    those for with from at on in by as an or but not no please can could would should will
    shall do does did have has had you we they he she what which who how why when where
    there here about into than then also just only very so if
    """
)
# Malay affixation: -kan, -nya, ke-...-an, per-...-an, pe(ng|m|n)-...-an, me(ng|m|n)-...
_MALAY_AFFIXED = re.compile(
    r"^(?:[a-z]{3,}(?:kan|nya)|ke[a-z]{3,}an|per[a-z]{3,}an|pe[mn]g?[a-z]{3,}an|"
    r"me[mn]g?[a-z]{4,}|ber[a-z]{4,}|di[a-z]{4,}kan)$"
)
_WORD = re.compile(r"[A-Za-z]+")
_CODE_MARKS = re.compile(r"[{}();=<>\[\]]|::|->|=>|\bdef\b|\bimport\b|\breturn\b|\bfunction\b")
# An XML or HTML tag (``<dc:creator>``, ``</td>``, ``<w:t xml:space="preserve">``): a
# document's markup, no code's marks.
MARKUP_TAG = re.compile(r"</?[A-Za-z][\w:.-]{0,40}(?:\s[^<>\n]{0,200})?/?>")


@dataclass(frozen=True)
class ScriptProfile:
    """Counts of characters per script in one text."""

    han: int
    latin: int
    other_letters: int
    length: int
    malay_words: int = 0
    code_marks: int = 0

    @property
    def languages(self) -> tuple[str, ...]:
        """Detected languages/scripts, most specific first: ``zh``, ``ms``, ``en``, ``other``."""
        out: list[str] = []
        if self.han >= MIN_HAN_FOR_ZH:
            out.append("zh")
        if self.latin >= 3:
            out.append("ms" if self.malay_words >= 2 else "en")
        if self.other_letters >= 3:
            out.append("other")
        return tuple(out)

    @property
    def wants_english_ner(self) -> bool:
        # English NER on Malay tags ordinary words ("Terima kasih") as people.
        return self.latin >= MIN_LATIN_FOR_NER and not self.looks_like_code and self.malay_words < 2

    @property
    def wants_chinese_tagger(self) -> bool:
        return self.han >= MIN_HAN_FOR_ZH

    @property
    def looks_like_code(self) -> bool:
        """Source code: NER on identifiers finds people who are not there."""
        return self.code_marks * 25 >= max(self.length, 1)

    @property
    def presidio_language(self) -> str:
        """The analyzer language whose recognizers fit this text best."""
        return "zh" if self.han >= MIN_HAN_FOR_ZH and self.han >= self.latin / 2 else "en"


def profile(text: str) -> ScriptProfile:
    han = latin = other = 0
    for ch in text:
        if ch < "\u0080":
            if ch.isalpha():
                latin += 1
        elif "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff":
            han += 1
        elif ch.isalpha():
            if "\u00c0" <= ch <= "\u024f" or "\uff21" <= ch <= "\uff5a":
                latin += 1
            else:
                other += 1
    malay = 0
    if latin >= 3:
        malay = _malay_score(text[:2000])
    code = 0
    if latin >= MIN_LATIN_FOR_NER:
        code = len(_CODE_MARKS.findall(MARKUP_TAG.sub(" ", text) if "<" in text else text))
    return ScriptProfile(han, latin, other, len(text), malay, code)


def _malay_score(text: str) -> int:
    """Malay words minus English function words (0 when English dominates)."""
    malay = english = 0
    for w in _WORD.findall(text):
        lower = w.lower()
        if lower in _MALAY_WORDS or _MALAY_AFFIXED.match(lower):
            malay += 1
        elif lower in _ENGLISH_WORDS:
            english += 1
    return malay if malay > english else 0
