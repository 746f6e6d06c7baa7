"""The evasion table: every obfuscated spelling is found, at its original span."""

from __future__ import annotations

import pytest

from residency.detectors.engine import Scanner
from residency.detectors.normalize import canonical_value, normalize

MOBILE = "13827495163"
RESIDENT_ID = "440305199003071236"


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("１３８２７４９５１６３", MOBILE),
        ("138\u200b2749\u200b5163", MOBILE),
        ("13\u00ad82749\u00ad5163", MOBILE),
        ("١٣٨٢٧٤٩٥١٦٣", MOBILE),  # Arabic-Indic digits
        ("१३८२७४९५१६३", MOBILE),  # Devanagari digits
        ("幺三八二七四九五一六三", MOBILE),
        ("一三八二七四九五一六三", MOBILE),
        ("０７３１－７５８０７３０２", "0731-75807302"),  # a landline keeps its shape
        ("壹叁捌贰柒肆玖伍壹陆叁", MOBILE),  # financial numerals
        ("壹參捌貳柒肆玖伍壹陸參", MOBILE),  # ... in Traditional form
        ("1️⃣3️⃣8️⃣2️⃣7️⃣4️⃣9️⃣5️⃣1️⃣6️⃣3️⃣", MOBILE),  # keycap emoji
        ("138 2749 5163", MOBILE),
        ("138.2749.5163", MOBILE),
        ("138_2749_5163", MOBILE),
        ("1 3 8 2 7 4 9 5 1 6 3", MOBILE),
        ("l3827495l63", MOBILE),  # l for 1 inside a digit run
        ("13827495I63", MOBILE),
        ("1380274951O", "13802749510"),  # O for 0
        ("john [at] mailhost [dot] com", "john@mailhost.com"),
        ("john (at) mailhost (dot) com", "john@mailhost.com"),
        ("john at mailhost dot com", "john@mailhost.com"),
        ("john%40mailhost.com", "john@mailhost.com"),
        ("john＠mailhost.com", "john@mailhost.com"),
        ("jоhn@mаilhost.com", "john@mailhost.com"),  # Cyrillic о and а
        # Written backwards, with a note saying so (an id's check letter comes first).
        ("my number, written backwards: 36159472831", MOBILE),
        ("手机号倒过来写：3615 9472 831", MOBILE),
        ("nombor ditulis terbalik: 632170300991503044", RESIDENT_ID),
        ("身份证号倒序：X93302807991029135", "53192019970820339X"),
        # HTML tags splitting a value: inline ones join, cells and blocks leave a space;
        # Chinese numerals split by tildes.
        ("<span>850312</span>-<span>14</span>-<span>5522</span>", "850312-14-5522"),
        ("<td>Tan</td><td>Wei</td>", " Tan  Wei "),
        ("一三九～二二一八～四四六〇", "13922184460"),
        # Cantonese homophones typed for digits (狗 九, 發 八, 衫 三, 碌 六, 唔 五, 死 四, 衣 一).
        ("電話 狗發衫碌 唔死衣零", "98365410"),
        ("衣衫發二七死狗唔衣碌衫", MOBILE),
        # Digits said as sound-alike or misspelt words among real ones; an e-mail address
        # typed a letter at a time with Malay (titik) and (di).
        ("whatsapp me: eight one ate six, too oh for nine", "81862049"),
        ("nine-six-tree-fyve, sicks-wun-too-oh", "96356120"),
        ("emel: n u r u l (titik) a i n (di) gmail (titik) com", "nurul.ain@gmail.com"),
        ("tele: at-sign aina underscore cakes underscore kl", "@aina_cakes_kl"),
        # A contact word typed a letter at a time past a marketplace's filter (session 15).
        ("C o n t a c t  9 . 1 . 2 . 3 - 4 . 5 . 6 . 7", "Contact  91234567"),
        ("w h a t s a p p me pls", "whatsapp me"),
    ],
)
def test_normalize_undoes_spelling(text: str, expected: str) -> None:
    assert expected in normalize(text).text


@pytest.mark.parametrize(
    "text",
    [
        "meet me at yahoo office",  # not a mailbox: no digit, dot or mail word
        "a b c d e f g h",
        "2 * 3 * 5 * 7 * 11 * 13",  # products, not a split number
        "a**2 + b**2 = 9**2",
        "from 2019...2020 we grew",  # a span of years
        "see pages 1...10",
        "see you at home",
        "一五一十地说了",
        "version 1.2.3 released on 2023-12-05",
        "192.168.1.10",
        "pi is 3.14159265",
        "file1234567",
        "第1、2、3条",  # an enumeration of small numbers
        "pages 12–15, 第3—5章",
        "room 852, 1234 guests",
        "1405、1407、1409、1413、1417年",  # a list of years
        # A reversed string in code, without a note about a number written so.
        "s[::-1] turns 123456789 into 987654321",
        "reversed(range(10)) gives 9 to 0",
        # Runs of homophones that are words: too few of them, or too short a run.
        "青山绿水, 山山水水, 一山一水一衣一发, 三山五岳",
        "一衣带水, 一发不可收拾, 山青水绿",
        # "for" and "to" joining numbers (a deal, a ratio); Malay "(di)" before a street.
        "buy two for one, three for five, six for nine deals",
        "the ratio is one to one, two to one, three to four",
        "Pergi ke kedai (di) Jalan Ampang pukul tiga",
        # A citation's page range (eight digits once joined).
        "Proc. ICDE, 2024, pp. 3312-3325.",
        "J. Econ. 41(2), pages 1180-1196",
    ],
)
def test_normalize_leaves_ordinary_text_alone(text: str) -> None:
    assert normalize(text).text == text


def test_offsets_map_back_to_the_original() -> None:
    text = "电话 幺三八二七四九五一六三 谢谢"
    norm = normalize(text)
    i = norm.text.index(MOBILE)
    assert norm.original_span(i, i + len(MOBILE)) == (3, 14)


def test_same_identifier_spelled_differently_has_one_canonical_value() -> None:
    assert canonical_value("138 2749 5163") == canonical_value("１３８２７４９５１６３") == MOBILE
    assert canonical_value("John@Mailhost.COM") == canonical_value("john [at] mailhost [dot] com")


PREFIX = "联系方式："


@pytest.mark.parametrize(
    "spelling, entity_types",
    [
        ("１３８２７４９５１６３", {"CN_MOBILE"}),
        ("138\u200b2749\u200b5163", {"CN_MOBILE"}),
        ("幺三八二七四九五一六三", {"CN_MOBILE"}),
        ("一三八二七四九五一六三", {"CN_MOBILE"}),
        ("١٣٨٢٧٤٩٥١٦٣", {"CN_MOBILE"}),
        ("1 3 8 2 7 4 9 5 1 6 3", {"CN_MOBILE"}),
        ("138.2749.5163", {"CN_MOBILE"}),
        ("138_2749_5163", {"CN_MOBILE"}),
        ("138—2749—5163", {"CN_MOBILE"}),  # em dashes
        ("138 – 2749 – 5163", {"CN_MOBILE"}),  # en dashes with spaces
        ("138−2749−5163", {"CN_MOBILE"}),  # minus signs
        ("138、2749、5163", {"CN_MOBILE"}),  # the enumeration comma
        ("60 12-338 4719", {"MY_PHONE"}),  # country codes without their +
        ("886 912 345 678", {"TW_PHONE"}),
        ("853 6612 3456", {"MO_PHONE"}),
        ("l3827495l63", {"CN_MOBILE"}),
        ("４４０３０５１９９００３０７１２３６", {"CN_RESIDENT_ID"}),
        ("440305 1990 0307 1236", {"CN_RESIDENT_ID"}),
        ("四四〇三〇五一九九〇〇三〇七一二三六", {"CN_RESIDENT_ID"}),
        ("０７３１－７５８０７３０２", {"CN_LANDLINE"}),  # a landline keeps its area code's dash
        ("０５３１　2166131", {"CN_LANDLINE"}),
        ("壹叁捌贰柒肆玖伍壹陆叁", {"CN_MOBILE"}),
        ("1️⃣3️⃣8️⃣2️⃣7️⃣4️⃣9️⃣5️⃣1️⃣6️⃣3", {"CN_MOBILE"}),  # the span ends at a digit
        ("john [at] mailhost [dot] com", {"EMAIL_ADDRESS"}),
        ("john (at) mailhost (dot) com", {"EMAIL_ADDRESS"}),
        ("john at mailhost dot com", {"EMAIL_ADDRESS"}),
        ("john%40mailhost.com", {"EMAIL_ADDRESS"}),
        ("john＠mailhost.com", {"EMAIL_ADDRESS"}),
        ("john艾特mailhost点com", {"EMAIL_ADDRESS"}),
        ("john . doe @ mailhost . com", {"EMAIL_ADDRESS"}),
        ("+60 (12) 338 4719", {"MY_PHONE"}),
        ("one three eight two seven four nine five one six three", {"CN_MOBILE"}),
        ("satu tiga lapan dua tujuh empat sembilan lima satu enam tiga", {"CN_MOBILE"}),
    ],
)
def test_scanner_finds_obfuscated_value_at_original_span(
    scanner: Scanner, spelling: str, entity_types: set[str]
) -> None:
    text = PREFIX + spelling + "，谢谢"
    result = scanner.scan_record({"id": "r", "text": text})
    assert result.error is None
    hits = [f for f in result.findings if f.entity_type in entity_types]
    assert hits, result.findings
    hit = hits[0]
    assert (hit.start, hit.end) == (len(PREFIX), len(PREFIX) + len(spelling))
    # Evidence is masked, never the value itself.
    assert spelling not in hit.masked


def test_obfuscated_and_plain_spellings_hash_to_one_subject(scanner: Scanner) -> None:
    plain = scanner.scan_record({"text": "手机 13827495163"})
    hidden = scanner.scan_record({"text": "手机 幺三八 二七四九 五一六三"})
    subject = {f.subject for f in plain.findings if f.entity_type == "CN_MOBILE"}
    hidden_subject = {f.subject for f in hidden.findings if f.entity_type == "CN_MOBILE"}
    assert subject and subject == hidden_subject
    assert all(f.normalized for f in hidden.findings if f.entity_type == "CN_MOBILE")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("0l7O3O5O96", "0170305096"),  # more look-alikes than before, still a number
        ("8OOl 6Ol4", "80016014"),
        ("55lOOl-l2-O6l5", "551001-12-0615"),  # a MyKad keeps its own shape
        ("NRIC Ml48lO7OJ", "M1481070J"),  # prefix and check letters stay letters
        ("NRIC S幺两八四三八七I", "S1284387I"),
        ("身份證號碼Q九五三四两三(三)", "Q953423(3)"),  # bracketed check digit
        ("＋ ８８ ６９５１ １０２０ ５ ６", "+886951102056"),  # '+' split from the code
        ("+-60-18-5-185-451", "+60185185451"),
        ("NRIC S二二.八五.八三.七H", "S2285837H"),  # dotted run glued to letters
        ("sure it's 6.0.544.880", "60544880"),  # octets above 255: not an IP
        # Digits spelled as English or Malay words, maybe mixed with digits.
        ("mobile is nine four two one, five five zero eight.", "mobile is 94215508."),
        ("Tel: kosong satu dua, tiga tiga lapan, empat tujuh satu sembilan", "Tel: 0123384719"),
        ("call 9 four 2 one 5 5 zero 8", "call 94215508"),
        ("double five, triple one, two nine eight", "55111298"),
        ("nine oh two, one one five six", "9021156"),
        ("HP: peh chit chit lak, kau it sa ji", "HP: 87769132"),  # Hokkien
        ("hp peh-khong-ji-sa si-goh-lak-chit", "80234567"),
        # Identifiers read out in a call: letters spelled around the digits, "dash" between
        # groups, "plus" for the country code, a Macau card's bracket said in words.
        ("passport j one six four two seven seven zero b", "passport J1642770B"),
        ("plate j r t five zero nine one", "plate JRT5091"),
        ("nric s eight one two three four five six f", "nric S8123456F"),
        (
            "ic nine one zero three zero two dash zero eight dash six six one seven",
            "ic 910302-08-6617",
        ),
        ("ring plus six five nine eight seven six five four three two", "ring +6598765432"),
        ("澳門身份證 一 三 四 二 六 七 八 括號 五", "澳門身份證 1342678(5)"),
        # ... but an article stays a word, and a short code stays words.
        ("it's a zero one two three four five six seven", "it's a 01234567"),
        ("gate b two one four", "gate b two one four"),
        ("press one dash two dash three", "press one dash two dash three"),
        # Caseless text (speech to text): known given names and the honorific or surname
        # beside one get their capital; other words do not.
        ("my daughter chloe tan has asthma", "my daughter Chloe Tan has asthma"),
        ("ask uncle muthu about it", "ask Uncle Muthu about it"),
        ("the tan leather sofa is sold", "the tan leather sofa is sold"),
        ("nor the judge hakim", "nor the judge hakim"),
        ("Ask Chloe, not chloe", "Ask Chloe, not chloe"),
        # Leetspeak in a text written in it; times, versions and file types are not.
        (
            "n4m4 s4y4 Siti b1nt1 H4sh1m, n0 IC d1 4t4s",
            "nama saya Siti binti Hashim, no IC di atas",
        ),
        ("meet at 10am, 3pm or 5pm; the mp3 file", "meet at 10am, 3pm or 5pm; the mp3 file"),
        ("c4ll m3 4t h0m3, s4y it", "call me at home, say it"),
        # A word spelled with hyphens between its letters.
        ("name: T-a-n / W-e-i", "name: Tan / Wei"),
        # E-mail with Chinese spellings of @ and the dots.
        ("发到 ab.cd艾特163点com。", "ab.cd@163.com"),
        ("電郵 lee_k愛特mail點example點hk", "lee_k@mail.example.hk"),
        # Spaces around an e-mail's @ and dots; a bracketed prefix after a country code.
        ("john . doe @ gmail . com", "john.doe@gmail.com"),
        ("mail: siti_h @gmail.com pls", "siti_h@gmail.com"),
        ("foo @ bar . com . my", "foo@bar.com.my"),
        ("reach me: +60 (12) 338 4719", "+60123384719"),
        ("+44 (0) 20 7946 0018", "+442079460018"),
        ("电话号码是幺三八，二六四五，一九三七", "13826451937"),  # numerals between commas
        # A resident id typed in pieces: joined when its check digit holds.
        ("身份证号码 44010619880523 4173", "440106198805234173"),
        ("3502031983 07061294", "350203198307061294"),
        ("id 11010519761230551 3", "110105197612305513"),
        # A count or an ordinal next to a number is not one of its digit groups.
        ("訂位 張先生，０９５７ ７６３ ９４９，四位", "0957763949,四位"),
        ("林小姐 零九八两.五三.零零幺.五，兩大一小", "0982530015,兩大一小"),
        ("手机 138 1234 5678 两个人", "13812345678 两个人"),
        ("第一，幺三八 二七四九 五一六三", "第一,13827495163"),
        ("pls call 9307 4 901 2 pax", "93074901 2 pax"),
        ("hp 012 338 4719 3 boxes", "0123384719 3 boxes"),
        ("nombor telefon 八〇三七二三九九, 3 bilik", "80372399, 3 bilik"),
        ("call 9307 4 9012", "930749012"),  # no count word: one number
        # A numeral glued to the word after or before a number starts or ends that word.
        ("我的手機０９１２３４５６７８一直沒收到", "0912345678一直"),
        ("我的手機〇九一二三四五六七八一直沒收到", "0912345678一直"),
        ("你打〇九一二三四五六七八一下", "0912345678一下"),
        ("〇九一二三四五六七八兩個人訂位", "0912345678兩個"),
        ("星期一〇九一二三四五六七八找我", "星期一0912345678"),
        ("第一1３８１２３４５６７８是我的", "第一13812345678"),
        # An e-mail one character at a time; a mail provider without its ".com".
        ("email me: j o h n t a n 8 8 @ g m a i l . c o m", "johntan88@gmail.com"),
        ("my email is johntan88 at gmail", "johntan88@gmail.com"),
        ("email: siti_92@hotmail pls", "siti_92@hotmail.com"),
        ("my number 9123**4567", "91234567"),
        # ... a messaging id one character at a time, after its app's name.
        ("加我微信：z h a n g _ m e i 9 6 ，謝謝", "zhang_mei96"),
        ("LINE: c h e n . y u 0 4", "chen.yu04"),
        # Six numerals after an identifier's two prefix letters and a space.
        ("HKID 係 YK 三五七二四一 括號九", "YK 357241 括號9"),
        # Pieces joined at an ellipsis, or around a label, written in Chinese numerals.
        ("電話是9123…\u200b…4567，謝謝", "91234567"),
        ("手機前四碼〇九一二 後面是三四五六七八", "0912345678"),
        # Values spelled in code: escapes, character codes, literals joined at run time.
        (r'name = "\x54\x61\x6e\x20\x57\x65\x69"', "Tan Wei"),
        (r'n = "\u9648\u5927\u6587"', "陈大文"),
        ("char[] c = {57,49,50,51,52,53,54,55};", "91234567"),
        ('nric = "S91" + "234" + "56" + "J"', "S9123456J"),
        ("SELECT CONCAT('Tan ', 'Ah ', 'Kow')", "Tan Ah Kow"),
        ("print(f\"{'李'}{'小'}{'明'} 电话\")", "李小明"),
        # Digits written down a column, one a line, maybe with a dash on a line of its own.
        ("card no:\n4\n5\n5\n9\n5\n1\n0\n0\n4\n7\n3\n2\n9\n1\n8\n5\nexp 08/28", "4559510047329185"),
        ("WhatsApp:\n0\n1\n9\n-\n4\n4\n2\n8\n7\n1\n3", "0194428713"),
    ],
)
def test_normalize_undoes_newer_evasions(text: str, expected: str) -> None:
    assert expected in normalize(text).text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("IC ９００３０７－１４－５６７８", "900307-14-5678"),  # folded, shape kept
        ("900\u200b307\u200b-14\u200b-56\u200b78", "900307-14-5678"),
        ("联系方式900.307.145.678谢谢", "900307-14-5678"),  # regrouped: shape restored
        ("order 123.456.789.012", "123456789012"),  # no birth date: stays a number
        ("+60 11-2345 6789", "+601123456789"),  # a phone number after +
        ("Tan Kah Kee (1874-1961) was", "(1874-1961)"),  # a life: years stay apart
        ("call 2345-6789 now", "23456789"),  # no span of years: a phone number
    ],
)
def test_normalize_gives_a_mykad_its_shape(text: str, expected: str) -> None:
    assert expected in normalize(text).text


@pytest.mark.parametrize(
    "text",
    [
        # A list of numbers with no word for character codes, and a plain literal.
        "scores = [57, 49, 50, 51, 52, 53]",
        'label = "total"',
        "Hello world lol 100",
        "and 100 lol",
        "In 2001 I was",
        "ip 10.1.22.123 ok",
        # A date and the hour of its time: no phone number split in two.
        "delivered 09/11/2025 14:22",
        "at 2025-11-09 08:30:00",
        # Counts and lists in words: too few digits, or too few words.
        "one or two apples",
        "I have one, two or three.",
        "Satu dua tiga, mari kita ke sana.",
        "Chapter one, two and three",
        "let it go, one, two, three, four, five, six",  # English "it" and "go"
        "The 1990 census, 2000 census and 2010 census counted",
        "at 9.30 one, two 3 people",
        # Not an e-mail: 艾特 without a domain, 点 in prose.
        "记得艾特我一下 三点开会",
        "我在163点了一份外卖",
        # An @ with spaces but no domain and top-level domain; brackets without a code.
        "x = a @ b . c",
        "ping @ team . please",
        "see (12) apples",
        "一,二,三",  # a short list of numerals
        "价格 1,234,567 元",
        # Long digit groups that do not make a resident id stay apart.
        "ids 2024061512345678 12",
        "订单 20240615 12345678 99",
        "440106198805234173 and 12",
        # Spaced letters with no app's name before them, or a plain "line".
        "The alphabet: a b c d e f g h",
        "line: a b c d e f g",
        # A trace's hop number, a router's address and its time stay apart.
        "hop 3 203.116.12.9 2.1 ms, hop 4 202.166.120.5 3.0 ms",
        # A numbered list of six single digits, one a line, stays as it is.
        "steps:\n1\n2\n3\n4\n5\n6",
    ],
)
def test_normalize_leaves_words_and_ips_alone(text: str) -> None:
    assert normalize(text).text == text


# Look-alikes in check-digit positions, any grouping of split digits, mixes.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("HKID A123452(O)", "A123452(0)"),  # look-alike bracketed check digit
        ("HKID A123457(l)", "A123457(1)"),
        ("HKID A123457（|）", "A123457(1)"),  # full-width brackets fold
        ("HKID Al23452(O)", "A123452(0)"),
        ("身份證號碼O一二三四五六(一)", "O123456(1)"),  # the prefix letter O stays a letter
        ("call 91S3 4567", "91534567"),  # S between digits
        ("call 9l23 4B67", "91234867"),
        ("NRIC S12B4387D", "S1284387D"),  # prefix and check letters stay letters
        ("IC 0OO6l7-ll-O47O ok", "000617-11-0470"),  # a word before, not a prefix letter
        ("WhatsApp 9123.45.67", "91234567"),  # 4-2-2: no date has month 45
        ("WhatsApp 9123-45-67", "91234567"),
        ("WhatsApp 912.345.67", "91234567"),  # 3-3-2
        ("WhatsApp 9123/45/67", "91234567"),  # slashes
        ("WhatsApp 91_23_45_67", "91234567"),  # 2-2-2-2
        ("WhatsApp 9\u200b1\u200c23.4\u200d5.67", "91234567"),  # zero-width and dots
        ("WhatsApp ９１２３．４５．６７", "91234567"),  # full-width
        ("WhatsApp 九一二三.四五.六七", "91234567"),  # Chinese numerals, 4-2-2
        ("WhatsApp 89.08.7177", "89087177"),  # no calendar has the year 7177
        ("WhatsApp 9176.8581", "91768581"),  # four digits each side: not a decimal
        ("sure it's 63.071.27.1", "63071271"),  # zero-padded octet: not an IP
        ("call (+8 6)l 779 l 3368 9 2", "(+86)17791336892"),  # split country code
        ("座机(零两四.)三.四.两.六幺三.零八", "(024)34261308"),  # split area code
        ("WhatsApp me at 91.23.45.67", "91234567"),  # a dotted quad after a phone word
        ("身份證號碼I二四六八〇二(〇)", "I246802(0)"),  # prefix letter I stays a letter
        ("身份證號碼Ｉ２４６８０２０", "I2468020"),
        ("HKID O\u200b135\u200c7906", "O1357906"),
        ("身份證號碼XA九七五三一〇(六)", "XA975310(6)"),  # six numerals after a prefix
        ("call + 86 l 38 2749 5l 63", "+8613827495163"),  # '+' before many look-alikes
        ("hubungi +6O ll-lll7 3OOl", "+601111173001"),
        ("IC 7OlOOl-O2-lOO5", "701001-02-1005"),  # ten characters and more
        ("WhatsApp 6227-Olll", "62270111"),  # a last group of look-alikes only
        ("手机 1З8 2749 5l63", "13827495163"),  # Cyrillic Ze between digits
        ("身分證K.二二.七九七.七八二.四，住址", "K227977824"),  # prefix letter split off
        ("座机(O5l2) 4383 7l86", "(0512)43837186"),  # look-alikes in an area code
        ("My NRIC is SO9656l8I, ok", "S0965618I"),  # O after a prefix letter is a digit
        ("身份證號碼M6lll5O(O)可以", "M611150(0)"),  # HKID shape, few real digits left
        ("身份證號碼О46\u200c02\u200c5\u200d7А可以", "O460257A"),  # check character A
        ("座机(.〇二四.).三四二六.一三〇八", "(024)34261308"),  # area code and separator
    ],
)
def test_normalize_undoes_lookalike_checks_and_any_grouping(text: str, expected: str) -> None:
    assert expected in normalize(text).text


@pytest.mark.parametrize(
    "text",
    [
        "on 2023-10-19 at 10.0.0.1",  # a date and an IP address
        "server at 192.168.100.200 is down",
        "see (1) and (2)",
        "lol 100 lol",
        "see (lol) and (I)",
        "Model X lOl (beta)",
        "Model IO 1234 LOL",
        "OK 2001 Ol",
        "due 19.10.2023 or 10/19/2023",
        "pi is 3.14159265",  # a decimal with a short whole part
        "total 1234.56",
        "version 1.2.3",
        "Chapter 3 Section II",
        "SOS 112",
        "lol 100",
        "BBS 2001",
    ],
)
def test_normalize_leaves_dates_decimals_and_words_alone(text: str) -> None:
    assert normalize(text).text == text


@pytest.mark.parametrize(
    "spelling, entity_types",
    [
        ("A123452(O)", {"HK_HKID"}),
        ("A123457(l)", {"HK_HKID"}),
        ("(+8 6)l 382 7495 l63", {"CN_MOBILE"}),
        ("I二四六八〇二(〇)", {"HK_HKID"}),
        ("O\u200b135\u200c7906", {"HK_HKID"}),
        ("XA九七五三一〇(六)", {"HK_HKID"}),
        ("I二四六.八〇二.(.〇.)", {"HK_HKID"}),
    ],
)
def test_scanner_finds_lookalike_checks_at_original_span(
    scanner: Scanner, spelling: str, entity_types: set[str]
) -> None:
    text = PREFIX + spelling + "，谢谢"
    result = scanner.scan_record({"id": "r", "text": text})
    hits = [f for f in result.findings if f.entity_type in entity_types]
    assert hits, result.findings
    assert hits[0].start >= len(PREFIX) and hits[0].end <= len(PREFIX) + len(spelling)


@pytest.mark.parametrize(
    "text",
    ["WhatsApp me at 9123.45.67 after 6pm", "whatsapp me: 9l-23-45-67", "call me at 9123_45_67"],
)
def test_scanner_finds_sg_phone_split_any_way(scanner: Scanner, text: str) -> None:
    result = scanner.scan_record({"id": "r", "text": text})
    assert any(f.entity_type == "SG_PHONE" for f in result.findings), result.findings


def test_prefix_letter_after_a_space_stays_apart() -> None:
    # Only a dot, dash or underscore glues a split-off prefix letter back: ``K.22.797...``.
    assert "Plan B 12345678" in normalize("Plan B 1234 5678").text


def _fold_reference(text: str) -> list[tuple[str, int, int]]:
    """Character folding written out per character (the form ``_fold_characters`` had)."""
    import contextlib
    import unicodedata

    from residency.detectors.normalize import _HOMOGLYPHS, _REMOVED

    units = []
    for i, ch in enumerate(text):
        if ch in _REMOVED:
            continue
        if ch.isascii():
            units.append((ch, i, i + 1))
            continue
        out = []
        for c in unicodedata.normalize("NFKC", ch):
            if c.isdigit() and not c.isascii():
                with contextlib.suppress(ValueError):
                    c = str(unicodedata.digit(c))
            out.append(c.translate(_HOMOGLYPHS))
        units.extend((c, i, i + 1) for c in out if c not in _REMOVED)
    return units


@pytest.mark.parametrize(
    "text",
    [
        "Ａ１２３４５６（７）",  # full-width HKID with full-width brackets
        "ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｃｏｍ",  # full-width e-mail
        "电话：１３８，２７４９！５１６３；",  # full-width digits beside full-width punctuation
        "1\u200b3\u200b8\ufe0f2\u20e3749 5163",  # zero-width, emoji selector, keycap
        "ﬁle ㎏ ½ ①②③ Ⅻ ¹²",  # one character folding to several, superscripts
        "Тел: +7 ОО5 Рα",  # Cyrillic and Greek look-alikes
        "١٣٨٢٧٤٩٥١٦٣ १३८",  # other digit systems
        "9\u200b0\u200b0\u200b3\u200b0\u200b7\u200b1\u200b4\u200b5\u200b6\u200b7\u200b8",
        "",
    ],
)
def test_fold_and_steps_match_the_per_character_reference(text: str) -> None:
    from residency.detectors.normalize import _fold_characters

    assert _fold_characters(text) == _fold_reference(text)
    result = normalize(text)
    assert len(result.text) == len(result.starts) == len(result.ends)
    assert all(0 <= s <= e <= len(text) for s, e in zip(result.starts, result.ends, strict=True))


# Speech transcribed to text (session 12, round 28): a flat's numbers said in words after
# ``block``/``hash``/``unit``; a lone letter after an id's label; a spoken name after an
# honorific, a label or a given name, with up to two syllables after its surname.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "he stays at block four three two ang mo kio avenue three hash twelve dash two one seven",
            "he stays at block 432 ang mo kio avenue three #12-217",
        ),
        ("from block two one five unit zero six dash three three", "from block 215 unit 06-33"),
        (
            "passport number k one two three four five six seven a holder",
            "passport number K1234567A holder",
        ),
        (
            "nombor pasport saya a tiga dua satu lima empat empat lapan tujuh",
            "nombor pasport saya A32154487",
        ),
        ("i have a one two three four five six seven eight plan", "i have a 12345678 plan"),
        ("so mr lim wei jie your hba1c came back", "so Mr Lim Wei Jie your hba1c came back"),
        ("patient goh siew ling date of birth", "patient Goh Siew Ling date of birth"),
        ("my mother madam koh ah lian ada diabetes", "my mother Madam Koh Ah Lian ada diabetes"),
        ("the block party is at one", "the block party is at one"),
        ("你的车牌粤b七k五二九被拍了", "你的车牌粤B7K529被拍了"),
        ("plate number 我说是 jqp 四四一八 他的名字", "plate number 我说是 JQP 4418 他的名字"),
        ("车牌是什么意思", "车牌是什么意思"),
        ("ok lah tan ah you come tomorrow", "ok lah tan ah you come tomorrow"),
    ],
)
def test_normalize_reads_speech_transcripts(text: str, expected: str) -> None:
    assert normalize(text).text == expected
