"""Vietnamese full names written with their diacritics (``Trần Minh Tuấn``, ``Nguyễn Thị
Hồng Nhung``, ``Lê Văn Hải``).

Vietnamese workers, spouses and students are a large community in Taiwan, Malaysia and
Singapore, and messages to them mix Vietnamese with Chinese or English.  Neither the
English NER nor the Chinese tagger reads their names.  A Vietnamese name opens with one of
a few dozen family names and goes on with one to three capitalised syllables; written with
its tone marks it is unmistakable.  Without any Vietnamese letter (``Le Minh``, ``Cao
Long``) the words may be English or Chinese, so a diacritic is required.  Not names: the
places named like people (``Hà Nội``, ``Lâm Đồng``), and streets named after heroes after
their word (``đường Nguyễn Huệ``, ``phố Lê Lợi``); famous figures (``Hồ Chí Minh``) are
cleared by the gazetteer.  Findings are ``PERSON``.
"""

from __future__ import annotations

import re
import unicodedata

from residency.detectors.country_base import CountryPatternRecognizer
from residency.detectors.patterns import Pattern

# The commonest Vietnamese family names (most Vietnamese bear one of these).
VI_SURNAMES = [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
    "Đinh",
    "Trương",
    "Lâm",
    "Mai",
    "Đoàn",
    "Cao",
    "Lương",
    "Tạ",
    "Trịnh",
    "Đào",
    "Hà",
    "Lưu",
    "Tô",
    "Châu",
    "Thái",
    "Quách",
    "Kiều",
    "Từ",
    "Triệu",
    "Đàm",
    "Vương",
    "Lại",
    "Hứa",
    "Mạc",
    "Tăng",
    "Khúc",
    "Lục",
]
# A letter of Vietnamese: ASCII, Latin-1's accented vowels, ă â đ ê ô ơ ư, and the tone
# marks of Latin Extended Additional (U+1EA0-U+1EF9).
_LOWER = r"[a-zàáâãèéêìíòóôõùúýăđĩũơưạ-ỹ]"
_UPPER = r"[A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠ-Ỹ]"
# A letter only Vietnamese writes (a tone mark or ă ơ ư đ).
_VI_ONLY_LETTER = re.compile(r"[ăâđơưĂÂĐƠƯạ-ỹẠ-Ỹãõĩũ]")
# Places named like people, and what goes after a place's name.
_PLACES = (
    "Hà Nội|Hà Nam|Hà Giang|Hà Tĩnh|Hà Tiên|Hà Đông|Lâm Đồng|Cao Bằng|Phan Thiết|Phan Rang|"
    "Mai Châu|Hồ Tây|Hồ Gươm|Hồ Hoàn Kiếm|Bùi Viện|Hà Long"
)
_STREET_BEFORE = r"(?<!đường )(?<!Đường )(?<!phố )(?<!Phố )(?<!quận )(?<!Quận )(?<!tỉnh )"
# (the words of a place's or a street's name: ``Hồ Chí Minh City``, ``Trần Hưng Đạo Street``)
_PLACE_WORD = (
    r"(?:City|Street|St|Road|Rd|Avenue|Province|District|Square|Mausoleum|Trail|Bridge|"
    r"Market|Park|Lake|Temple|Pagoda|School|University|Hospital)(?![\w])"
)


def _without_marks(word: str) -> str:
    """``Nguyễn`` as it is often typed, ``Nguyen``; ``Đặng`` as ``Dang``."""
    folded = unicodedata.normalize("NFKD", word.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in folded if not unicodedata.combining(c))


# The family names typed without their marks (``Nguyen``, ``Tran``): such a name needs a
# middle name of its own (``Van``, ``Thi``) or the commonest family name, Nguyen.
_TYPED_SURNAMES = sorted({_without_marks(s) for s in VI_SURNAMES} - set(VI_SURNAMES))
_TYPED_MIDDLE = frozenset({"Van", "Thi"})
# A Vietnamese full name: a family name and one to three capitalised syllables.
VIETNAMESE_NAME = (
    rf"(?:{'|'.join(VI_SURNAMES + _TYPED_SURNAMES)})"
    rf"(?: (?!{_PLACE_WORD}){_UPPER}{_LOWER}{{0,6}}){{1,3}}"
)


class ViNameRecognizer(CountryPatternRecognizer):
    """A Vietnamese family name and one to three capitalised syllables, a Vietnamese letter
    among them (see module)."""

    ENTITY = "PERSON"
    COUNTRY_CODE = None
    NEGATIVE_CONTEXT = ()
    PATTERNS = [
        Pattern(
            "Vietnamese full name",
            rf"{_STREET_BEFORE}(?<![\w-])(?!(?:{_PLACES})(?!{_LOWER}))"
            rf"{VIETNAMESE_NAME}"
            # (the whole name: no capitalised word after it)
            rf"(?![\w-])(?! {_UPPER})(?! (?i:{_PLACE_WORD}))",
            0.6,
        )
    ]
    CONTEXT = ["anh", "chị", "em", "tên", "name", "worker"]
    CONTEXT_ZH = ["越南", "越籍", "移工", "外勞", "外劳"]

    def validate_result(self, pattern_text: str) -> bool | None:
        """Only a name with a Vietnamese letter in it (not ``Le Minh``, ``Cao Long``), or
        typed without marks in three words or more with ``Van`` or ``Thi`` second or
        ``Nguyen`` first (``Nguyen Van Hung``, ``Nguyen Minh Tuan``)."""
        if _VI_ONLY_LETTER.search(pattern_text):
            return None
        words = pattern_text.split()
        typed = len(words) >= 3 and (words[1] in _TYPED_MIDDLE or words[0] == "Nguyen")
        return None if typed else False
