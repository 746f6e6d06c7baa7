"""Traditional -> Simplified, one character for one, for matching only.

Pattern and list checks are written in Simplified characters; Taiwan, Hong Kong and Macau
text is read through :data:`TO_HANS` (``text.translate(TO_HANS)``) so that ``台中市北屯區
崇德路322號`` matches the address patterns and ``鄭成功`` the public-figure list.  The map
is one-to-one, so offsets in the translated text are offsets in the original.

It is OpenCC's character table (``TSCharacters.txt`` of the ``opencc-python-reimplemented``
package: about 4,100 characters), minus the characters that are also Simplified in some
words (``乾`` -> ``干`` or ``乾``: left as they are) and those it writes outside the basic
CJK block, plus a few variants and readings it
does not map one to one (``於`` in ``位於``, ``舖``, ``髙``, ``帳`` as in ``帳號``).
"""

from __future__ import annotations

import importlib.resources

# Mapped here although OpenCC leaves them (ambiguous in its table) or lacks them.
_EXTRA_PAIRS = "於于舖铺煇辉鉅钜髙高瑯琅鎔熔阨厄帳账姪侄"


def _opencc_characters() -> dict[str, str]:
    """OpenCC's unambiguous one-character Traditional -> Simplified pairs."""
    table = importlib.resources.files("opencc") / "dictionary" / "TSCharacters.txt"
    pairs: dict[str, str] = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        source, _, targets = line.partition("\t")
        candidates = targets.split()
        if len(source) != 1 or not candidates or source in candidates:
            continue
        target = candidates[0]
        # Only into the basic CJK block, which the patterns' [\u4e00-\u9fff] ranges cover
        # (OpenCC writes a few rare characters with Extension B forms: 輋 -> 𪨶).
        if len(target) == 1 and "\u4e00" <= target <= "\u9fff":
            pairs[source] = target
    return pairs


_PAIRS = _opencc_characters()
_PAIRS.update(zip(_EXTRA_PAIRS[0::2], _EXTRA_PAIRS[1::2], strict=True))
TO_HANS = str.maketrans(_PAIRS)


def to_hans(text: str) -> str:
    """``text`` with the mapped Traditional characters in Simplified form (same length)."""
    return text.translate(TO_HANS)


# Cantonese function characters and their Mandarin counterparts, one for one.  The word
# taggers learnt Mandarin: in ``我老公陸志強喺屯門醫院`` they glue ``喺`` ("at") and the
# hospital onto the name, and ``佢`` ("he/she") reads as a name.  Only characters that are
# not also common in Mandarin words are mapped (not ``呢``, ``緊``, ``咁``).
_YUE_PAIRS = "喺在係是嘅的咗了佢他哋们唔不冇没啲些嗰那俾给畀给嚟来睇看搵找揾找攞拿嘢物乜什咩什"
TO_MANDARIN = str.maketrans(dict(zip(_YUE_PAIRS[0::2], _YUE_PAIRS[1::2], strict=True)))


def for_tagging(text: str) -> str:
    """``text`` as a Mandarin tagger reads it best: Simplified characters, Cantonese
    function words in their Mandarin form (same length, so offsets carry over)."""
    return to_hans(text).translate(TO_MANDARIN)
