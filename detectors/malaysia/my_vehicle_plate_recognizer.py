"""Malaysian vehicle registration plates (``WXY 1234``, ``BQK 8812 C``, ``JHT 77``).

A state letter and up to two more letters, a number without leading zero and maybe a
suffix letter.  Reported only next to a word for the plate (plat, nombor pendaftaran,
plate, registration, 车牌 ...): the shape alone is also a code, a grade, a form or a car
model (``BMW 320``).
One-letter plates need three or four digits (``Level B 23`` is not a plate).
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from residency.detectors.country_base import CountryPatternRecognizer
from residency.detectors.patterns import Pattern

# Peninsular and East Malaysian state letters (Q: Sarawak, S: Sabah, V/W: Kuala Lumpur).
_STATE = "ABCDJKMNPQRSTVW"


_PRICE_GOES_ON = re.compile(r"\s?(?:\d|k\b|K\b|ribu\b|juta\b|[.,]\d)")


# Currencies' codes that have a plate's letters (``SGD 888``).
_CURRENCY_CODE = re.compile(
    r"(?:SGD|USD|HKD|MYR|RMB|CNY|TWD|NTD|EUR|AUD|GBP|JPY|MOP|IDR|THB|PHP|INR)\s?\d"
)


# A highway's kilometre marker after "at" (``di KM 248 Lebuhraya Utara-Selatan``).
_KM_MARKER = re.compile(r"KM ?\d{1,3}")
_AT_BEFORE = re.compile(r"(?i:\b(?:di|at|near|dekat|pada))\s+$")
# A direct or an alternating current's voltage, a charger's power (``DC 24V``, ``AC 240 V``,
# ``PD 20W``).
_VOLTAGE = re.compile(r"(?:AC|DC|PD|QC) ?\d{1,3} ?[VW]")


class MyVehiclePlateRecognizer(CountryPatternRecognizer):
    """State letter + letters + number (+ suffix letter), with vehicle context."""

    ENTITY = "MY_VEHICLE_PLATE"
    COUNTRY_CODE = "my"
    PATTERNS = [
        Pattern(
            "MY plate",
            rf"(?<![A-Za-z0-9])(?:[{_STATE}][A-HJ-NP-Z]{{1,2}} ?[1-9][0-9]{{0,3}}"
            rf"|[{_STATE}] ?[1-9][0-9]{{2,3}})(?: ?[A-HJ-NP-Z])?(?![A-Za-z0-9])"
            # (not an engine's size or a rate: ``Proton Saga BLM 1.3``, ``NCD 55%``)
            r"(?![.,]\d|\s?%)",
            0.5,
        )
    ]
    LABEL_IS_CONTEXT = True
    # Words for the plate itself: "car" or "kereta" alone also sit next to model names
    # (``BMW 320``, ``Honda CRV 2020``), which have the same shape.
    CONTEXT = [
        "plat",
        "nombor plat",
        "no. plat",
        "no plat",
        "nombor pendaftaran",
        "no. pendaftaran",
        "no pendaftaran",
        "plate",
        "plate number",
        "number plate",
        "car plate",
        "carplate",
        "registration",
        "reg no",
        # "numbered" / "registered as": ``kereta bernombor WXY 4821``.
        "bernombor",
        "berdaftar",
        "nombor kenderaan",
        "no. kenderaan",
        "no kenderaan",
        "vehicle number",
        "vehicle no",
        # A car named by its kind and colour right before the plate (``Kereta Myvi putih WXY
        # 8274``), a hit-and-run.
        "kereta",
        # (or somebody's car in English: ``the part-timer's own car WXY 4821``, ``JQT 4418 is
        # the family car``; not "car" alone: ``the old Honda CRV 2020``)
        "own car",
        "family car",
        # (or a car's loan or its insurance: ``chasing me over the car loan for JRT 4418``)
        "car loan",
        "car loan for",
        "hire purchase",
        "pinjaman kereta",
        "langgar lari",
        # ... a motorcycle's, or one in a crash (``Motor Encik Kamal (BMG 2210) kena
        # langgar``)
        "motor",
        "motosikal",
        # ... somebody's lorry or a pickup (``Ah Seng punya lori JQB 3318``, ``pikap putih
        # WXY 7731``); not a lorry alone (``lori terbalik dekat KM 52``, ``N150 (lori)``).
        "punya lori",
        # (or vehicles listed after their word: ``Kenderaan masuk tanpa pas …: BKM 3318``)
        "kenderaan",
        # (or a vehicle by its driver, after it: ``lorry JRM 4419 driven by Azlan``)
        "driven by",
        "dipandu oleh",
        "lori dia",
        "lori saya",
        "pikap",
        "langgar",
        # ... or by its model alone (``Myvi putih WVB 8823 asyik park kat petak OKU``).
        "myvi",
        "axia",
        "bezza",
        "alza",
        "aruz",
        "saga",
        "persona",
        "iriz",
        "vios",
        "hilux",
        # (and the makes and the models Malaysians drive most: ``Proton X70 putih, JQT 882``)
        "proton",
        "perodua",
        "x50",
        "x70",
        "x90",
        "ativa",
        "civic",
        "hrv",
        "camry",
        # (and the older Protons and Peroduas still on the road: ``Kancil WHQ 3327``)
        "kancil",
        "kelisa",
        "kembara",
        "viva",
        "wira",
        "waja",
        "exora",
        "iswara",
        "preve",
        "prius",
        "almera",
        "innova",
        "hiace",
    ]
    # ... and a car said to be somebody's (``我ex的车是WYB 4821``, ``佢架車係WXY 8274``).
    CONTEXT_ZH = ["车牌", "車牌", "号牌", "號牌", "车牌号", "車牌號", "车是", "車是", "車係"]
    CONTEXT_NEAR = frozenset({"MY plate"})
    CONTEXT_BEFORE = 40
    CONTEXT_AFTER = 40

    def keep(self, text: str, result: RecognizerResult) -> bool:
        # ``RM12 a plate``, ``RM62,800``: ringgit, not a Perlis plate; nor ``Cash RM 4 5 k``,
        # a price spelt apart, its digits going on after the plate's.
        value = text[result.start : result.end]
        if value.startswith("RM") and (
            value[2:3].isdigit()
            or (value[2:3] == " " and _PRICE_GOES_ON.match(text, result.end) is not None)
            # (nor ``RM 980 inclusive``: ringgit as a quotation writes them, a plate only
            # after a word for one: ``plat RM 980``)
            or not _PLATE_WORD_BEFORE.search(text, max(0, result.start - 16), result.start)
        ):
            return False
        # (nor another currency's code before a sum, ``双狮 SGD 888``, ``USD 120``; nor a
        # current's voltage or a charger's power, ``swing arm, DC 24V``, ``PD 20W``)
        if (_CURRENCY_CODE.match(value) or _VOLTAGE.fullmatch(value)) and not (
            _PLATE_WORD_BEFORE.search(text, max(0, result.start - 16), result.start)
        ):
            return False
        # (nor a highway's kilometre marker: ``kemalangan … di KM 23 Lebuhraya PLUS``)
        if _KM_MARKER.fullmatch(value) and _AT_BEFORE.search(
            text, max(0, result.start - 8), result.start
        ):
            return False
        # (nor a model's name glued to its make's letter: ``Proton e.MAS 7``)
        if re.search(r"[A-Za-z]\.$", text[max(0, result.start - 2) : result.start]):
            return False
        # ``粤B·D5521``: a mainland plate's tail after its province and city letter.
        if re.search(
            r"[\u4e00-\u9fff][A-Z]\s?[·•.]\s?$", text[max(0, result.start - 4) : result.start]
        ):
            return False
        # ``Seksyen 115 APJ 1987``: an act by its letters and year after a section.
        if _SECTION_BEFORE.search(text, max(0, result.start - 16), result.start):
            return False
        # ``Mercedes C200 W205``: a luxury make's model and its chassis code.
        if _MODEL_CODE.fullmatch(value) and _LUXURY_MAKE_BEFORE.search(
            text, max(0, result.start - 24), result.start
        ):
            return False
        # ``Nissan NV200``, ``Hyundai H350``: a model's code glued to its digits, right after
        # its make.
        if _GLUED_MODEL_CODE.fullmatch(value) and _MAKE_BEFORE.search(
            text, max(0, result.start - 16), result.start
        ):
            return False
        # ``Toyota Hiace KDH200, 2.5D``: a model's chassis code before its engine size.
        if _ENGINE_SIZE_AFTER.match(text, result.end) and re.fullmatch(r"[A-Z]{1,3}\d{2,3}", value):
            return False
        # ``MRR2``, ``FT050``: Kuala Lumpur's Middle Ring Roads and a federal route.
        if _ROAD_CODE.fullmatch(value):
            return False
        # ``T125/70R17``: a tyre's size; ``NS40`` where the text also gives ``NS40ZL``: a
        # battery's code, written in full elsewhere.
        if text.startswith("/", result.end) or (
            " " not in value
            and re.search(rf"(?<![A-Za-z0-9]){re.escape(value)}[A-Z]{{1,3}}\b", text)
        ):
            return False
        # ``Myvi AV 2020`` where the text also gives ``Myvi 1.5 AV``: the trim and the year.
        trim = _TRIM_AND_YEAR.fullmatch(value)
        if trim and re.search(rf"\d\.\d\s*{trim.group(1)}\b", text):
            return False
        # ``Myvi 1.5 AV 2019``: a model's trim after its engine size, then its year.
        if _ENGINE_SIZE_BEFORE.search(text, max(0, result.start - 8), result.start):
            return False
        # (or with a word or two between, the plate's digits a model year: ``Almera 1.0
        # Turbo VLT 2021``)
        if _YEAR_DIGITS.search(value) and _ENGINE_AND_WORDS_BEFORE.search(
            text, max(0, result.start - 28), result.start
        ):
            return False
        # ``SYM JET SL 125``, ``KYMCO Many 110``: a scooter's model and engine size.
        if _MOTORCYCLE_MAKE_BEFORE.search(text, max(0, result.start - 24), result.start):
            return False
        # ``我的车是BMW 320``, ``VW 1500``: a make and its model, not a plate.
        if value.split(" ")[0].rstrip("0123456789") in _CAR_MAKES:
            return False
        # A series on offer (``siri VMA 1 hingga VMA 9999``): a range of numbers, no car.
        return not (
            _RANGE_AFTER.match(text, result.end)
            or _RANGE_BEFORE.search(text, max(0, result.start - 12), result.start)
        )


_PLATE_WORD_BEFORE = re.compile(
    r"(?i:\b(?:plat|plate|no\.?|nombor|number|registration|reg|bernombor|berdaftar)\b)"
    r"[\s:.#-]*$|(?:车牌|車牌|号牌|號牌)[号號]?[\s:：]*$"
)
_SECTION_BEFORE = re.compile(r"(?i:\b(?:seksyen|section|sek\.|s\.)\s*\d+[A-Z]?(?:\(\d+\))?\s+)$")
_ENGINE_SIZE_BEFORE = re.compile(r"\d\.\d\s*$")
_ENGINE_SIZE_AFTER = re.compile(r"\s*[,/]?\s*\d\.\d\s?(?:[A-Z]|cc|L)?\b")
_ROAD_CODE = re.compile(r"MRR ?[12]|FT ?\d{1,4}")
_ENGINE_AND_WORDS_BEFORE = re.compile(r"\d\.\d[A-Za-z]?\s+(?:[A-Za-z-]+\s+){1,2}$")
_YEAR_DIGITS = re.compile(r"(?<!\d)(?:19[89]\d|20[0-3]\d)$")
_CAR_MAKES = frozenset({"BMW", "VW", "MG"})
# Makes that build only motorcycles and scooters, a model word or two after them.
_MOTORCYCLE_MAKE_BEFORE = re.compile(
    r"(?i:\b(?:sym|kymco|gogoro|vespa|piaggio|modenas|benelli|ducati|aprilia|ktm)\b)"
    r"(?:\s+[A-Za-z]+){0,2}\s*$"
)
_MODEL_CODE = re.compile(r"[A-Z] ?\d{2,3}")
_LUXURY_MAKE_BEFORE = re.compile(
    r"(?i:\b(?:mercedes(?:-benz)?|benz|bmw|audi|lexus|volvo|porsche|jaguar)\b)"
    r"(?:\s+[A-Z]\d{2,3})?\s*\(?\s*$"
)
_GLUED_MODEL_CODE = re.compile(r"[A-Z]{1,2}\d{2,3}|[A-Z]\d{4}")
# Makes of cars, vans, lorries and farm machines sold in Malaysia and Singapore
# (``Nissan NV200``, ``Kubota M7040``).
CAR_MAKES = frozenset(
    "nissan toyota honda mazda hyundai kia isuzu mitsubishi suzuki daihatsu subaru peugeot "  # noqa: SIM905
    "volkswagen hino fuso chery byd proton perodua lexus kubota yanmar".split()
)
_MAKE_BEFORE = re.compile(rf"(?i:\b(?:{'|'.join(sorted(CAR_MAKES))})\b)\s+$")
_TRIM_AND_YEAR = re.compile(r"([A-Z]{1,2}) ?(?:19[89]\d|20[0-3]\d)")
_RANGE_AFTER = re.compile(
    r"\s*(?:hingga|sehingga|to|until|-|–|~)\s*[A-Z]{1,3}\s?[0-9]", re.IGNORECASE
)
_RANGE_BEFORE = re.compile(r"[0-9]\s*(?:hingga|sehingga|to|until|-|–|~)\s*$", re.IGNORECASE)
