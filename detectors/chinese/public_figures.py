"""Names that are not personal data in training text: fictional and historical figures.

Literature, history and encyclopaedia text is full of names (林黛玉, 诸葛亮, Sherlock
Holmes); reporting them would hold back every novel.  Two gazetteers, kept as data files
next to this module and matched exactly:

* ``figures_zh.txt`` / ``figures_en.txt`` -- famous people of every period and region,
  characters of fiction and myth (plus the short core lists below);
* ``organisations.txt`` -- companies, brands, foundations, universities, hospitals,
  prizes, buildings, roads, ships, laws and terms that carry a person's name (Ford,
  Goldman Sachs, Tan Tock Seng Hospital, 邵逸夫奖, 李宁).

A gazetteer name is cleared only when no personal cue sits right next to it
(:func:`residency.detectors.public_context.personal_cue_near`): ``李白的手机号是 ...`` and
``my friend Isaac Newton`` keep the name.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

from residency.detectors.chinese.hant import to_hans
from residency.detectors.public_context import (
    FOUNDED_WORK_ZH,
    personal_context,
    personal_cue_near,
)


def _data_names(filename: str, sep: str | None, everyday: bool | None = None) -> list[str]:
    """Names in one of the package's gazetteer files (``#`` starts a comment).  With
    ``everyday`` True (False), only the names of sections whose header line ends (does not
    end) in ``[everyday]``: people talked about in everyday conversation."""
    text = resources.files(__package__).joinpath(filename).read_text(encoding="utf-8")
    names: list[str] = []
    in_everyday = False
    for line in text.splitlines():
        if line.startswith("#"):
            in_everyday = line.rstrip().endswith("[everyday]")
        line = line.split("#", 1)[0].strip()
        if line and everyday in (None, in_everyday):
            names.extend(n.strip() for n in line.split(sep) if n.strip())
    return names


_CORE_ZH = frozenset(
    [
        "贾宝玉",
        "林黛玉",
        "薛宝钗",
        "王熙凤",
        "贾母",
        "史湘云",
        "妙玉",
        "贾政",
        "贾琏",
        "袭人",
        "晴雯",
        "平儿",
        "刘姥姥",
        "香菱",
        "探春",
        "惜春",
        "迎春",
        "元春",
        "秦可卿",
        "尤二姐",
        "尤三姐",
        "贾元春",
        "贾探春",
        "贾惜春",
        "贾迎春",
        "薛蟠",
        "贾珍",
        "贾赦",
        "王夫人",
        "邢夫人",
        "李纨",
        "巧姐",
        "孙悟空",
        "猪八戒",
        "沙僧",
        "唐僧",
        "唐三藏",
        "沙悟净",
        "猪悟能",
        "白龙马",
        "观音",
        "如来",
        "玉皇大帝",
        "牛魔王",
        "铁扇公主",
        "红孩儿",
        "二郎神",
        "太上老君",
        "刘备",
        "关羽",
        "张飞",
        "诸葛亮",
        "曹操",
        "孙权",
        "赵云",
        "马超",
        "黄忠",
        "周瑜",
        "鲁肃",
        "吕布",
        "貂蝉",
        "司马懿",
        "董卓",
        "袁绍",
        "孙策",
        "小乔",
        "大乔",
        "庞统",
        "姜维",
        "魏延",
        "徐庶",
        "荀彧",
        "郭嘉",
        "典韦",
        "许褚",
        "夏侯惇",
        "陆逊",
        "吕蒙",
        "甘宁",
        "黄盖",
        "刘禅",
        "曹丕",
        "曹植",
        "宋江",
        "武松",
        "林冲",
        "鲁智深",
        "李逵",
        "吴用",
        "潘金莲",
        "西门庆",
        "武大郎",
        "燕青",
        "杨志",
        "卢俊义",
        "公孙胜",
        "花荣",
        "晁盖",
        "高俅",
        "孔子",
        "孔夫子",
        "孟子",
        "老子",
        "庄子",
        "荀子",
        "墨子",
        "韩非子",
        "孙子",
        "秦始皇",
        "汉武帝",
        "刘邦",
        "项羽",
        "韩信",
        "张良",
        "萧何",
        "唐太宗",
        "李世民",
        "武则天",
        "杨贵妃",
        "唐玄宗",
        "康熙",
        "乾隆",
        "雍正",
        "朱元璋",
        "成吉思汗",
        "忽必烈",
        "岳飞",
        "文天祥",
        "郑和",
        "戚继光",
        "林则徐",
        "屈原",
        "司马迁",
        "王昭君",
        "西施",
        "花木兰",
        "包拯",
        "海瑞",
        "于谦",
        "王安石",
        "范仲淹",
        "司马光",
        "苏轼",
        "苏东坡",
        "李白",
        "杜甫",
        "白居易",
        "王维",
        "李清照",
        "辛弃疾",
        "陆游",
        "陶渊明",
        "欧阳修",
        "韩愈",
        "柳宗元",
        "杜牧",
        "李商隐",
        "孟浩然",
        "王羲之",
        "曹雪芹",
        "吴承恩",
        "施耐庵",
        "罗贯中",
        "蒲松龄",
        "鲁迅",
        "胡适",
        "老舍",
        "巴金",
        "茅盾",
        "郭沫若",
        "沈从文",
        "钱钟书",
        "张爱玲",
        "徐志摩",
        "冰心",
        "朱自清",
        "李叔同",
        "弘一法师",
        "孙中山",
        "毛泽东",
        "周恩来",
        "邓小平",
        "蒋介石",
        "袁世凯",
        "梁启超",
        "康有为",
        "李鸿章",
        "曾国藩",
        "慈禧",
        "光绪",
        "溥仪",
        "郑成功",
        "祖冲之",
        "张衡",
        "华佗",
        "扁鹊",
        "李时珍",
        "毕昇",
        "蔡伦",
        "玄奘",
        "鉴真",
        "王阳明",
        "朱熹",
        "董仲舒",
        "诸葛孔明",
        "阿Q",
        "祥林嫂",
        "孔乙己",
        "闰土",
        "骆驼祥子",
        "觉新",
        "觉慧",
        "郭靖",
        "黄蓉",
        "杨过",
        "小龙女",
        "张无忌",
        "令狐冲",
        "韦小宝",
        "乔峰",
        "萧峰",
        "段誉",
        "虚竹",
        "东方不败",
        "洪七公",
        "周伯通",
        "欧阳锋",
        "黄药师",
        "赵敏",
        "周芷若",
        "任盈盈",
        "岳不群",
        "王语嫣",
        "阿朱",
        "李寻欢",
        "楚留香",
        "陆小凤",
    ]
)

_CORE_EN = frozenset(
    name.strip().lower()
    for name in """
    Sherlock Holmes|Holmes|John Watson|Dr. Watson|Watson|Moriarty|Harry Potter|Hermione Granger|Ron Weasley|Albus Dumbledore|Dumbledore|Voldemort|Hamlet|Ophelia|Macbeth|Romeo|Juliet|Othello|King Lear|Elizabeth Bennet|Mr. Darcy|Darcy|Jane Eyre|Mr. Rochester|Oliver Twist|Ebenezer Scrooge|Scrooge|Frodo|Frodo Baggins|Gandalf|Bilbo|Aragorn|Captain Ahab|Ahab|Ishmael|Huckleberry Finn|Tom Sawyer|Jay Gatsby|Gatsby|Atticus Finch|Don Quixote|Alice|Peter Pan|Robinson Crusoe|Dracula|Frankenstein|Winnie the Pooh|Mickey Mouse|Santa Claus
    William Shakespeare|Shakespeare|Charles Dickens|Jane Austen|Mark Twain|Leo Tolstoy|Tolstoy|Homer|Plato|Aristotle|Socrates|Confucius|Isaac Newton|Newton|Albert Einstein|Einstein|Charles Darwin|Darwin|Galileo|Napoleon|Napoleon Bonaparte|Julius Caesar|Caesar|Cleopatra|Alexander the Great|George Washington|Abraham Lincoln|Lincoln|Thomas Jefferson|Winston Churchill|Churchill|Queen Victoria|Martin Luther King|Gandhi|Mahatma Gandhi|Karl Marx|Marx|Adam Smith|Mozart|Beethoven|Bach|Leonardo da Vinci|Michelangelo|Picasso|Jesus|Jesus Christ|Moses|Buddha|Muhammad|Sun Tzu|Genghis Khan|Marco Polo|Columbus|Christopher Columbus|Alan Turing|Turing|Ada Lovelace|Marie Curie|Nikola Tesla|Tesla|Thomas Edison|Edison|Sigmund Freud|Freud
    Peter the Great|Catherine the Great|Frederick the Great|Alfred the Great|Charlemagne|Queen Elizabeth|Elizabeth I|Henry VIII|Louis XIV|Joan of Arc|Martin Luther|John Calvin|Otto von Bismarck|Bismarck|Abraham Lincoln|Theodore Roosevelt|Franklin Roosevelt|Franklin D. Roosevelt|John F. Kennedy|Nelson Mandela|Mao Zedong|Mao Tse-tung|Chiang Kai-shek|Sun Yat-sen|Deng Xiaoping|Zhou Enlai|Ho Chi Minh|Meiji|Emperor Meiji|Tokugawa Ieyasu|Oda Nobunaga|Kublai Khan|Zheng He|Cheng Ho|Admiral Zheng He|Vasco da Gama|Ferdinand Magellan|Magellan|James Cook|Captain Cook|Isaac Newton|Johannes Kepler|Kepler|Nicolaus Copernicus|Copernicus|Euclid|Pythagoras|Archimedes|Leonhard Euler|Euler|Carl Friedrich Gauss|Gauss|Bernhard Riemann|Riemann|Hans Peter Luhn|Luhn|George Boole|Boole|Blaise Pascal|Pascal|Rene Descartes|Descartes|Gottfried Leibniz|Leibniz|John von Neumann|von Neumann|Claude Shannon|Shannon|Edsger Dijkstra|Dijkstra|Donald Knuth|Knuth|Tim Berners-Lee|Linus Torvalds|Guido van Rossum|Dennis Ritchie|Ken Thompson|Grace Hopper|Charles Babbage|Babbage|Stephen Hawking|Richard Feynman|Feynman|Max Planck|Niels Bohr|Dmitri Mendeleev|Louis Pasteur|Alexander Fleming|Gregor Mendel|Florence Nightingale|Helen Keller|Stamford Raffles|Sir Stamford Raffles|Thomas Stamford Raffles|Francis Light|Lee Kuan Yew|Goh Chok Tong|Lee Hsien Loong|Tunku Abdul Rahman|Tun Abdul Razak|Mahathir Mohamad|Tun Dr Mahathir|Hang Tuah|Hang Jebat|Parameswara|Sang Nila Utama|Iskandar Shah|Tun Perak|Sultan Mansur Shah|Munshi Abdullah|Abdullah Munshi|Tan Cheng Lock|Yap Ah Loy|Sukarno|Suharto|Jose Rizal|Rabindranath Tagore|Jawaharlal Nehru|Nehru|Ashoka|Akbar|Shah Jahan|Saladin|Suleiman the Magnificent|Hammurabi|Ramses|Tutankhamun|Nefertiti|Pericles|Hannibal|Augustus|Nero|Constantine|Justinian|Attila|Richard the Lionheart|William the Conqueror|Ivan the Terrible|Vladimir Lenin|Lenin|Joseph Stalin|Stalin|Adolf Hitler|Hitler|Benito Mussolini|Mussolini|Franklin Delano Roosevelt|Harry Truman|Dwight Eisenhower|Charles de Gaulle|Margaret Thatcher|Mikhail Gorbachev|Ludwig van Beethoven|Wolfgang Amadeus Mozart|Johann Sebastian Bach|Frederic Chopin|Chopin|Vincent van Gogh|Van Gogh|Claude Monet|Monet|Rembrandt|Raphael|Dante|Dante Alighieri|Geoffrey Chaucer|Chaucer|John Milton|Milton|Victor Hugo|Fyodor Dostoevsky|Dostoevsky|Anton Chekhov|Chekhov|Ernest Hemingway|Hemingway|George Orwell|Orwell|Virginia Woolf|Franz Kafka|Kafka|James Herriot|Lu Xun|Li Bai|Du Fu|Confucius|Mencius|Laozi|Lao Tzu
    """.replace("\n", "|").split("|")
    if name.strip()
)


# Single words of the English list that are also everyday given names or words ("Alice",
# "Muhammad", "Tesla", "Newton"): they do not make a whole text literary on their own.
_AMBIGUOUS_EN = frozenset(
    [
        "alice",
        "romeo",
        "juliet",
        "homer",
        "moses",
        "jesus",
        "muhammad",
        "darcy",
        "watson",
        "lincoln",
        "newton",
        "pascal",
        "shannon",
        "milton",
        "dante",
        "raphael",
        "tesla",
        "augustus",
        "nero",
        "caesar",
        "ahab",
        "ishmael",
        "akbar",
        "monet",
        "bach",
        "euler",
        "gauss",
        "edison",
        "marx",
        "buddha",
        "turing",
        "luhn",
        "boole",
        "knuth",
        "dijkstra",
        "gatsby",
        "bilbo",
        "frodo",
        "holmes",
        "kepler",
        "riemann",
        "leibniz",
        "descartes",
        "darwin",
        "chopin",
        "kafka",
        "orwell",
        "lenin",
        "stalin",
        "hitler",
        "nehru",
        "ashoka",
        "hannibal",
        "constantine",
        "justinian",
        "attila",
        "meiji",
        "magellan",
        "copernicus",
        "scrooge",
        "freud",
    ]  # noqa: SIM905
)
ZH = _CORE_ZH | frozenset(to_hans(n) for n in _data_names("figures_zh.txt", None))
_DATA_EN = frozenset(n.lower() for n in _data_names("figures_en.txt", "|"))
# Performers, athletes, business people and politicians of today: cleared themselves, but
# naming one does not make the rest of a text literary (王建华……很喜欢周杰伦的歌).
_EVERYDAY_ZH = frozenset(to_hans(n) for n in _data_names("figures_zh.txt", None, everyday=True))
_EVERYDAY_EN = frozenset(n.lower() for n in _data_names("figures_en.txt", "|", everyday=True))
# Single words of the data file that are everyday given names, words or units: they do
# not clear a name on their own.
_COMMON_SINGLE_EN = frozenset(
    [
        "victoria",
        "leonardo",
        "hugo",
        "calvin",
        "matilda",
        "penelope",
        "sandy",
        "pip",
        "elvis",
        "madonna",
        "po",
        "ra",
        "rama",
        "sita",
        "krishna",
        "hera",
        "athena",
        "apollo",
        "hector",
        "paris",
        "ulysses",
        "jason",
        "diana",
        "grace",
        "jung",
        "weber",
        "joyce",
        "conrad",
        "frost",
        "swift",
        "morse",
        "fleming",
        "ford",
        "hardy",
        "abraham",
        "isis",
        "thor",
        "freya",
        "mulan",
        "hercules",
        "merlin",
        "sinbad",
        "aladdin",
        "matisse",
        "maxwell",
        "dickinson",
        "whitman",
        "emerson",
        "carnegie",
        "columbus",
        "ronaldo",
        "messi",
        "pele",
        "nadal",
        "federer",
        "sanmao",
        "tunku",
        "lky",
        "fdr",
        "jfk",
        "kublai",
        "leonardo",
    ]
)
# ``EN`` is what :func:`is_public_figure` clears on the name alone (the engine's last check
# of English-NER persons uses it without the text): the core list.  The data file's names
# are cleared through :func:`famous_name_cleared`, which reads the text around them.
EN = _CORE_EN
_GAZETTEER_EN = _CORE_EN | frozenset(n for n in _DATA_EN if " " in n or n not in _COMMON_SINGLE_EN)
# Everyday given names: a famous name made of one (``Michael Collins``, ``John Lewis``) is
# somebody's name as often as not, so any personal cue in the text keeps it.
_EVERYDAY_GIVEN_EN = frozenset(
    "john james michael david robert william thomas charles george paul mary elizabeth "  # noqa: SIM905
    "richard joseph peter henry tony grace kevin gordon harrison morgan jim joe steve "
    "steven mark daniel matthew andrew edward anne anna jane margaret sarah susan alan "
    "brian chris christopher frank jack harry helen ian kate kenneth lisa martin neil "
    "nicholas patrick ray roger ronald samuel simon stephen tom walter alice amy emily "
    "emma jennifer karen laura linda louis michelle nancy rachel rose ruth victoria "
    "vincent lee tan lim wong ng chan".split()
)
# Names that make a text literary (other names there are characters or peers too): the
# core list's unambiguous names and every multi-word name of the data file.
_FAMOUS_EN = tuple(
    sorted(
        {n for n in _CORE_EN if " " in n or n not in _AMBIGUOUS_EN}
        | {n for n in _DATA_EN if " " in n and n not in _EVERYDAY_EN},
        key=len,
        reverse=True,
    )
)
_FAMOUS_EN_SET = frozenset(_FAMOUS_EN)
_FAMOUS_EN_MAX_WORDS = max(len(n.split()) for n in _FAMOUS_EN)
_LATIN_TOKEN = re.compile(r"[A-Za-zÀ-ÿ'’.\-]+")


def names_famous_figure(text: str, start: int = 0, end: int = 0) -> bool:
    """Whether ``text`` outside ``[start, end)`` names a famous English-list figure.

    Word n-grams starting with a capital are looked up in a set (a regex alternation of
    two thousand names was ten times slower)."""
    tokens = [m for m in _LATIN_TOKEN.finditer(text) if m.group(0).strip(".'’-")]
    for i, first in enumerate(tokens):
        if not first.group(0)[:1].isupper():
            continue
        words: list[str] = []
        for k in range(i, min(i + _FAMOUS_EN_MAX_WORDS, len(tokens))):
            m = tokens[k]
            if k > i and text[tokens[k - 1].end() : m.start()].strip():
                break  # only whitespace between the words of a name
            words.append(m.group(0).lower())
            if not (m.end() <= start or first.start() >= end):
                continue
            phrase = " ".join(words)
            for candidate in (phrase, phrase.rstrip("."), _strip_possessive(phrase)):
                if candidate in _FAMOUS_EN_SET and not _NAMED_AFTER_BY.match(text, m.end()):
                    return True
    return False


# A building or a body named after a famous figure (``Queen Elizabeth Hospital``, ``Sun
# Yat-sen University``): naming it names no figure.
_NAMED_AFTER_BY = re.compile(
    r"['’]?s?\s+(?:Hospital|School|College|University|Institute|Stadium|Hall|Park|Bridge|"
    r"Street|Road|Avenue|Theatre|Library|Museum|Memorial|Secondary|Primary|Airport|Centre|"
    r"Center|Square|Prize|Award|Medal|Scholarship|Foundation|Building|Tower|Estate)\b"
)


def without_possessive(name: str) -> str:
    """``Rayyan's`` -> ``Rayyan``: a possessive is no part of a name."""
    return name.removesuffix("'s").removesuffix("’s")


def _strip_possessive(phrase: str) -> str:
    # (``Dickens'``: a possessive written with the apostrophe alone)
    return without_possessive(phrase.rstrip(".")).rstrip("'’")


def is_public_figure(name: str) -> bool:
    """Whether ``name`` (a whole finding) is a famous figure on its own: the Chinese
    gazetteer or the core English list."""
    stripped = without_possessive(name.strip())
    return stripped in ZH or to_hans(stripped) in ZH or stripped.lower() in EN


def in_gazetteer(name: str) -> bool:
    """Whether ``name`` is in any famous-figure list (the English data file included)."""
    stripped = without_possessive(name.strip())
    return is_public_figure(stripped) or stripped.lower() in _GAZETTEER_EN


def makes_text_literary(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is a cleared famous figure of history,
    literature or fiction, so that other names in the text are most likely its peers or
    characters; a performer, athlete or business person of today does not count."""
    name = to_hans(text[start:end].strip())
    # (not a hospital or a school named after the figure: 住馬偕8樓病房)
    return (
        name not in _EVERYDAY_ZH
        and famous_name_cleared(text, start, end)
        and not organisation_name_at(text, start, end)
    )


# A name joined to a famous one as its peer: a pair, a match, a duet (樊振东和孙颖莎,
# "Schooling beat Michael Phelps").
_PEER_JOIN = (
    r"\s*(?:and|&|\+|vs\.?|versus|beat|beats|defeated|dan|和|与|與|同|跟|及|、|对|對|"
    r"击败|擊敗|战胜|戰勝|合作|搭档|搭檔)\s*"
)
_PEER_BEFORE = re.compile(r"([A-Za-z][A-Za-z .'’-]{1,40}?|[\u4e00-\u9fff]{2,4})" + _PEER_JOIN + "$")
_PEER_AFTER = re.compile("^" + _PEER_JOIN + r"([A-Za-z][A-Za-z .'’-]{1,40}|[\u4e00-\u9fff]{2,4})")


def peer_of_famous(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is joined by ``and`` / ``和`` / ``beat``
    to a famous figure (any list) right before or after it, with no personal cue next to
    it: a teammate, rival or duet partner in the news, not a private person."""
    if personal_cue_near(text, start, end) or personal_context(text[:start] + " " + text[end:]):
        return False
    before = _PEER_BEFORE.search(text[max(0, start - 50) : start])
    after = _PEER_AFTER.match(text[end : end + 50])
    return any(
        in_gazetteer(span)
        for m, at_end in ((before, True), (after, False))
        if m is not None
        for span in _edge_spans(m.group(1), at_end)
    )


def _edge_spans(run: str, at_end: bool) -> list[str]:
    """The names a run of words may end (``at_end``) or start with: its last (first) one to
    all words, or for Han characters its last (first) two to all characters."""
    if run[0].isascii():
        words = run.split()
        return [
            " ".join(words[i:] if at_end else words[: len(words) - i]) for i in range(len(words))
        ]
    return [run[i:] if at_end else run[: len(run) - i] for i in range(len(run) - 1)]


def famous_name_cleared(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is a famous figure with no personal cue
    right next to it (``李白的手机号`` and ``my friend Isaac Newton`` are not cleared).
    A famous English name made of an everyday given name (``Michael Collins``) needs the
    whole text free of personal cues."""
    # (``Charles Dickens'``: a possessive written with the apostrophe alone)
    name = without_possessive(text[start:end].strip()).rstrip("'’")
    if not in_gazetteer(name):
        return False
    if personal_cue_near(text, start, end) and not _honoured_in_history(text, start, end):
        return False
    first = name.split()[0].lower() if name.isascii() and " " in name else ""
    if first in _EVERYDAY_GIVEN_EN and name.lower() not in _CORE_EN:
        # (a quoted poem's or speech's "my" is its speaker's: ``"Do not stand at my grave
        # and weep" -- attributed to Mary Elizabeth Frye``)
        rest = _LONG_QUOTATION.sub(" ", text[:start] + " " + text[end:])
        return not personal_context(rest)
    return True


# A quotation of a dozen characters or more, in straight or curly double quotes.
_LONG_QUOTATION = re.compile(r"\"[^\"\n]{12,}\"|“[^”\n]{12,}”")


# The respect a famous figure of the past is written about with (孫中山先生生於一八六六年,
# 魯迅先生逝世於上海): an honorific, not the cue of a private person's name.
_HONORIFIC_AFTER_ZH = re.compile(r"\s*(?:先生|女士|同志)")
_SAID_AFTER_ZH = re.compile(
    r"\s*(?:曾经?|生前|也)?(?:说过?|說過?|讲过|講過|指出|写道|寫道|强调|強調)"
    # (or the figure's handwriting or sayings: 孙中山先生手书「天下为公」, 鲁迅先生语录墙)
    r"|\s*(?:手书|手書|题字|題字|墨宝|墨寶|语录|語錄|名言)"
)
# (or a school of thought or a method the figure founded: 钟友彬先生创立的"认识领悟疗法")
_FOUNDED_WORK_AFTER_ZH = re.compile(r"\s*" + FOUNDED_WORK_ZH)
# (or an office the figure held: 焦裕禄同志任兰考县委书记)
_OFFICE_HELD_AFTER_ZH = re.compile(
    r"\s*(?:曾)?(?:任|担任|擔任|出任)[^。，,\n]{1,12}?(?:书记|書記|县长|縣長|市长|市長|省长|省長|主席|部长|部長|总理|總理)"
)
# (or a building or a fund the figure gave: 邵逸夫先生捐建)
_DONATED_AFTER_ZH = re.compile(
    r"\s*(?:所|的)?(?:捐建|捐资|捐資|捐赠|捐贈|捐款兴建|捐款興建|出资兴建|出資興建)"
)
# (or a place named after the figure: 中山公园的名字来自孙中山先生)
_COMMEMORATED_BEFORE = re.compile(
    r"(?:纪念|紀念|缅怀|緬懷|追思|名字来自|名字來自|得名于|得名於|命名自)\s*$"
)
# A famous figure's own epithet right before the name (国父, 國父).
_EPITHET_BEFORE_ZH = re.compile(r"(?:国父|國父|先总统|先總統)\s*$")
# ... or the figure's life or death told in the same sentence (早年, 晚年, 逝世, 享年).
_BIOGRAPHY_AFTER_ZH = re.compile(
    r"[^。！？!?\n]{0,30}?(?:辞世|辭世|逝世|去世|病逝|仙逝|离世|離世|享年|早年|晚年|一生|生于|生於)"
)
# The figure founding or inscribing something in a year of the past (宋庆龄女士于1952年创办).
_FOUNDED_AFTER_ZH = re.compile(
    r"\s*(?:于|於)?\s*(?:1[0-9]|20[0-4])\d{2}\s*年\S{0,6}?(?:创办|創辦|创立|創立|创建|創建|题写|題寫|倡导|倡導|"
    r"成立|建立|组建|組建|发起|發起|领导|領導)"
)


def _honoured_in_history(text: str, start: int, end: int) -> bool:
    from residency.detectors.public_context import personal_context, public_narrative

    honour = _HONORIFIC_AFTER_ZH.match(text, end)
    if honour is None:
        return False
    if _FOUNDED_AFTER_ZH.match(text, honour.end()):
        return True  # (a body she founded: 宋庆龄女士于1952年创办)
    if _COMMEMORATED_BEFORE.search(text, max(0, start - 6), start):
        return True  # (a school named to commemorate him: 校名紀念孫逸仙先生)
    if _EPITHET_BEFORE_ZH.search(text, max(0, start - 4), start):
        return True  # (the nation's father by his epithet: 以國父孫中山先生「天下為公」為主題)
    if _FOUNDED_WORK_AFTER_ZH.match(text, honour.end()):
        return True  # (a method he founded: 钟友彬先生创立的"认识领悟疗法")
    if _OFFICE_HELD_AFTER_ZH.match(text, honour.end()):
        return True  # (the office he held: 焦裕禄同志任兰考县委书记期间)
    if _DONATED_AFTER_ZH.match(text, honour.end()):
        return True  # (a building he gave: 逸夫楼是邵逸夫先生捐建的)
    if _SAID_AFTER_ZH.match(text, honour.end()):
        return True  # (his words quoted: 钱学森先生曾说"……")
    if _BIOGRAPHY_AFTER_ZH.match(text, honour.end()):
        return True  # (his life told: 金庸先生……辞世，享年94岁; 鲁迅先生早年曾在仙台学医)
    rest = text[:start] + " " + text[honour.end() :]
    return public_narrative(text) and not personal_context(rest)


@functools.lru_cache(maxsize=1)
def _organisation_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    from residency.detectors.country_base import first_character_guard

    names = _data_names("organisations.txt", "|")
    latin = sorted({n for n in names if n.isascii()}, key=len, reverse=True)
    han = sorted({to_hans(n) for n in names if not n.isascii()}, key=len, reverse=True)
    # The guard lets the engine leave a position after one test (no case folding here).
    latin_re = re.compile(
        first_character_guard(latin)
        + r"(?<![\w&])(?:"
        + "|".join(re.escape(n) for n in latin)
        + r")(?![\w&])"
    )
    han_re = re.compile("|".join(re.escape(n) for n in han))
    return latin_re, han_re


def organisation_name_at(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside an organisation, brand, prize, building or
    term of the organisation gazetteer (``Morgan Stanley``, ``Johnson`` of ``Johnson &
    Johnson``, ``李宁`` of ``李宁牌``), with no personal cue right next to it."""
    latin_re, han_re = _organisation_patterns()
    lo, hi = max(0, start - 60), min(len(text), end + 60)
    window = text[lo:hi]
    # Inside a name of the list, or (Latin script) starting with one: a brand's service or
    # unit the tagger took whole (``Shopee Xpress``, ``Grab Express``).
    spans = [
        (m.start() + lo, max(end, m.end() + lo))
        for m in latin_re.finditer(window)
        if (m.start() + lo <= start and end <= m.end() + lo)
        or m.start() + lo == start
        # (or after an article or a supplier's role the tagger took with it: ``The Eu Yan
        # Sang signboard``, ``Vendor Gamban renewal quote``)
        or _LEAD_WORD.fullmatch(text, start, m.start() + lo) is not None
    ]
    han = [(m.start() + lo, m.end() + lo) for m in han_re.finditer(to_hans(window))]
    spans += [(s, e) for s, e in han if s <= start and end <= e]
    # (or across two names of the list side by side: 王鲁夫 of 航海王鲁夫公仔)
    touching = [(s, e) for s, e in han if s < end and start < e]
    if len(touching) > 1 and all(any(s <= i < e for s, e in touching) for i in range(start, end)):
        spans.append((touching[0][0], touching[-1][1]))
    # No personal cue next to the organisation's whole name (``Auntie`` of ``Auntie Anne's``
    # is the brand's), and a number beside it is its own (``Befrienders KL 03-7627 2929``).
    # (``Befrienders KL at 03-7627 2929`` too: "at" a number is no person's cue after one)
    return any(
        not personal_cue_near(text, span_start, span_end, contact=False)
        or _AT_NUMBER_AFTER.match(text, span_end) is not None
        or _PRODUCT_AFTER.match(text, span_end) is not None
        for span_start, span_end in spans
    )


_AT_NUMBER_AFTER = re.compile(r"\s+at\s+\+?\d")
# ... nor is one's own product of the brand (``my Michael Kors wallet``, ``my Rimowa case``).
_PRODUCT_AFTER = re.compile(
    r"\s+(?:wallets?|(?:hand)?bags?|purses?|watch(?:es)?|shoes|sneakers|suitcases?|luggage|"
    r"cases?|backpacks?|jackets?|glasses|sunglasses|perfume|phone|laptop)\b"
)
_LEAD_WORD = re.compile(r"(?:The|the|Vendor|vendor|Supplier|supplier|Brand|brand) ")
