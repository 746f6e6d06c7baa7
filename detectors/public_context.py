"""Whether a name sits in text about public figures rather than about a data subject.

History, literature and encyclopaedia text names people who are not data subjects of a
training record: emperors, poets, novel characters, founders.  A public-figure list only
covers the famous few, so this module reads the *text* instead:

* :func:`public_narrative` -- cues of third-person narrative about the past or fiction:
  a year before 1950 (``in 1868``, ``1880s``, ``1662年``), a century or an era word
  (dynasty, emperor, reign, 朝, 年间, 皇帝), literature words (novel, poem, character,
  in the style of, 小说, 诗人, 故事中), and the encyclopaedic ``X was a ...``;
* an essay or exam prompt: ``Describe ...``, ``Explain ...``, ``Huraikan ...``,
  ``简述 ...``, ``谈谈 ...``; questions about achievements, significance and influence
  (``the achievements of``, ``如何评价``, ``的历史意义``, ``成就``, ``影响``);
* :func:`personal_context` -- cues that the text is about a living person the writer deals
  with: first person (I, my, 我, 本人), relations and roles (friend, customer, 收件人,
  客户), contact words (phone, e-mail, address, 电话, 地址), an e-mail sign or a long digit
  run.

A name is treated as a public figure only when the narrative cue is there *and* no
personal cue is: any hint of a data subject keeps the name (fail closed).
"""

from __future__ import annotations

import re

from residency.detectors.chinese.hant import to_hans
from residency.detectors.relations import DEPARTMENTS_EN, RELATIONS_EN

_OLD_YEAR = r"(?:1[0-8]\d\d|19[0-4]\d)"
_PUBLIC_EN = re.compile(
    # (not a flat's number after whoever lives there: ``the guy in 1602``, ``the family in
    # 1203``)
    r"(?<!guy )(?<!lady )(?<!uncle )(?<!aunty )(?<!auntie )(?<!family )(?<!tenant )"
    r"(?<!tenants )(?<!neighbour )(?<!neighbor )(?<!couple )(?<!folks )(?<!resident )"
    r"(?<!residents )(?<!people )(?<!one )"
    r"\b(?:in|by|since|from|until|till|after|before|around|circa|c\.|during|of|year|"
    # (a brand's date: ``dates back to 1841``)
    r"dates? back to)\s+"
    + _OLD_YEAR
    # (a figure's deed by its year: ``Jenner's 1796 cowpox experiment``)
    + r"\b|(?<=[A-Za-z])['’]s\s+"
    + _OLD_YEAR
    + r"\b|\b1\d\d0s\b|\b\d{1,2}(?:st|nd|rd|th)[- ]century\b|\bcentur(?:y|ies)\b"
    # (a date of the past: ``on the night of 14-15 April 1912``)
    + r"|\b(?:january|february|march|april|may|june|july|august|september|october|november|"
    + r"december)\s+"
    + _OLD_YEAR
    + r"\b"
    # A family history's forebears (``the same ancestor may appear as Tan Ah Seng``).
    r"|\bancestors?\b|\bforebears?\b|\bancestral\b"
    + r"|\(\s*(?:c\.\s*)?"
    + _OLD_YEAR
    + r"\s*[-–]\s*(?:1\d\d\d|20[0-2]\d)\s*\)"
    + r"|\b(?:dynast(?:y|ies)|empire|emperor|empress|kingdom|sultanate|reign(?:ed)?|"
    r"monarch|pharaoh|tsar|caliph|shogun(?:ate)?|conquest|conquered|crusades?|colonial|"
    r"revolution(?:ary)?|treaty|ancient|medieval|renaissance|historians?|historical|"
    # (not a record's: ``Employment history: 2018-2021 Grab``, ``medical history``)
    r"(?<!employment )(?<!work )(?<!medical )(?<!payment )(?<!purchase )(?<!order )"
    # (nor a person's own: ``she has a history of peptic ulcer``, ``a family history of``)
    r"(?<!credit )(?<!travel )(?<!browsing )(?<!chat )(?<!service )(?<!has a )(?<!had a )"
    r"(?<!with a )(?<!family )(?<!known )(?<!location )(?<!search )(?<!call )(?<!watch )"
    r"(?<!transaction )(?<!login )(?<!oral )history"
    # (nor a patient's, by the condition it is of: ``history of keloid on left shoulder``)
    r"(?! of (?:\w+ )?(?:allerg\w*|asthma|diabet\w*|hypertension|keloids?|cancer|strokes?|"
    r"heart|seizures?|epilep\w*|depress\w*|surgery|smoking|drugs?|alcohol|miscarriages?|"
    r"migraines?|eczema|[a-z]+itis|[a-z]+osis|[a-z]+oma|"
    # (and a runner's in a medical tent's log: ``history of atrial fibrillation``)
    r"atrial|fibrillation|arrhythmi\w*|cardiac|angina|heart attacks?|kidney|renal|gout|"
    r"bipolar|schizo\w*|anxiety|panic|falls?|fractures?|injur\w*|tuberculosis|hiv)\b)|battle of|war of|civil war|world war|"
    # (not a scout's or a school's: ``failed his expedition hike``)
    r"expedition(?!\s+(?:hikes?|training|kit|gear|fees?|bags?|team|leader|camp))|voyages?|unification|"
    # (a work reviewed by critics; not a record checked by staff: ``CCTV reviewed by the CM``)
    r"book reviews?|(?:critically|widely|well|favou?rably|positively|glowingly|warmly) reviewed|"
    r"reviewed (?:it|the (?:book|novel|film|album|play|memoir|collection))|"
    r"reviewed (?:by|in) (?:critics|the (?:new york times|guardian|times|straits times))|bestsellers?|bears? (?:his|her|their) names?|translated|"
    r"published by|publishers?|isbn|"
    r"(?-i:[A-Z][a-z]+ (?:War|Revolution|Rebellion|Dynasty|Empire|Sultanate))|"
    # (not a post on a social app: ``kutuk referee kat IG story``)
    r"independence|novels?|novelist|(?<!ig )(?<!insta )(?<!instagram )(?<!fb )(?<!facebook )"
    r"(?<!whatsapp )(?<!wa )stor(?:y|ies)|poems?|poet(?:ry|s)?|verses?|stanza|"
    r"plays?wright|fiction(?:al)?|characters?|protagonist|narrator|heroine|legend(?:ary)?|"
    r"myths?|mytholog(?:y|ical)|fables?|folk ?tales?|fairy ?tales?|chapters?|literary|"
    r"literature|in the style of|sonnets?|"
    # (not the Proton car: ``owner Saga yang kita tunda``)
    r"(?<!owner )(?<!proton )(?<!kereta )(?<!my )saga(?!\s+(?:owner|blm|flx|vvt|putih|hitam|merah|biru|\d))|"
    r"epic|tragedy|reforms?|ruler|statesman|"
    r"excerpts? (?:from|of)|once upon a time|"
    # (not a company's or a school's leadership camp or course)
    r"leadership(?! (?:camp|programme|program|training|course|retreat|workshop|bootcamp))|"
    r"philosopher|explorer|inventor|composer|painter|conquistador|founding|"
    # Questions about the past: "What caused ...", "How did X influence ...", "the legacy of".
    # (not a disciplinary note's ``under the influence of alcohol``)
    r"what caused|(?<!under the )influenced?(?! of (?:alcohol|drugs|liquor))|legacy|historic|"
    r"contributions? to|role in the|"
    r"achievements?|accomplishments?|"
    # Malay: history, era, reign, colonial rule, "who was".
    # (not "zaman", era, alone: it is also a name, ``Kamarul Zaman``)
    # (not the school subject: ``markah Sejarah 5 Amanah``)
    r"(?<!markah )(?<!subjek )(?<!kelas )(?<!cikgu )(?<!guru )(?<!ujian )(?<!peperiksaan )"
    # (not a medical history: ``ada sejarah sawan``)
    # (nor somebody's own: ``ada sejarah slip disc``)
    r"(?<!ada )(?<!mempunyai )(?<!dengan )(?<!dgn )"
    r"sejarah(?!\s+(?:\d|tingkatan|kelas|spm|pt3|sawan|penyakit|perubatan|kesihatan|alahan|"
    r"asma|keluarga|pembedahan|serangan|sakit|jantung|strok|darah tinggi|kencing manis)\b)|zaman (?:dahulu|kesultanan|penjajahan|pemerintahan|kegemilangan)|pemerintahan|"
    r"kesultanan|penjajahan|legasi|siapakah|pada zamannya|terkenal kerana|"
    # Deeds and fame: what public figures are written about for.
    # (not a place or a channel by the word: ``Discovery Bay``, ``Discovery Channel``)
    r"invent(?:ed|ions?)|discover(?:ed|ies)|[Dd]iscovery(?! Bay| Channel| Park| Cent(?:re|er)| Gardens?)|(?:co-?)?found(?:ed|ers?)|establish(?:ed|ment)|"
    # (a maker's first of its kind, or a product of the past's by its makers: ``made the first
    # soft contact lenses``, ``released VisiCalc in 1979``; the field's founder: ``often
    # called the father of refractive surgery``)
    r"(?:made|built|created|developed|designed|released|launched|introduced) the first|"
    r"(?:released|launched|introduced|developed|designed) (?:the |an? )?[A-Za-z-]+(?: [A-Za-z-]+){0,3} "
    r"in (?:19[5-9]\d|1[0-8]\d\d)\b|"
    r"(?:called|known as|regarded as|considered) the (?:father|mother|founder|pioneer|godfather) of|"
    r"patent(?:ed|s)?|formulated|pioneer(?:ed|ing|s)?|composed|painted|sculpt(?:ed|ors?|ures?)|"
    # (a prize of renown, not a contest's or a lucky draw's: ``banned 12 months, prize
    # forfeited``)
    r"designed by|named (?:after|for)|in hono(?:u)?r of|nobel|"
    r"(?:pulitzer|booker|literary|peace|science|music|film|art|national|state) prizes?|"
    r"prize[- ]winn(?:er|ers|ing)|laureate|famous(?:ly)?|"
    r"renowned|celebrated|acclaimed|iconic|celebrity|tycoon|magnate|philanthropists?|industrialists?|"
    # (not a condominium's or a club's council: ``MCST chairman of Parc Lumiere``)
    r"(?<!mcst )(?<!jmb )(?<!jmc )(?<!council )(?<!committee )chairman|scientists?|physicists?|chemists?|mathematicians?|astronomers?|biologists?|"
    r"naturalists?|economists?|architects?|sculptors?|aviat(?:or|rix|ion)|"
    # (not a PDF's metadata key: ``/Author (人資處)``; nor a photo's EXIF key:
    # ``Artist=Rizal bin Osman``, exiftool's ``Artist      : ...``)
    # (nor a newspaper's letter writer: ``Letter writer Mr Daniel Chua asked us to withhold
    # his name``)
    r"(?<!/)authors?(?!=|\s{2,}:)|(?<!letter )writers?|"
    r"artists?(?!=|\s{2,}:)|novels?|dramatists?|biograph(?:y|ies|er)|autobiography|memoirs?|president|"
    r"prime minister|chancellor|premier|governor|viceroy|admiral|generals|warriors?|"
    r"politicians?|parliamentarians?|lawmakers?|senators?|opposition leaders?|"
    # (not a church's: ``Golden Age Ministry``, ``children's ministry``)
    r"ministers?|(?<!children's )(?<!youth )(?<!age )(?<!worship )(?<!music )(?<!pastoral )"
    r"(?<!prison )(?<!women's )(?<!men's )(?<!campus )ministry|"
    # (the government's cabinet, not a piece of furniture: ``the teak cabinet``)
    r"(?-i:Cabinet)(?! (?:door|drawer|hinge|maker)s?\b)|cabinet (?:ministers?|meeting|reshuffle|"
    r"secretary|post|decision|approval|level)|parliament|mayor|ambassador|"
    # Office holders and where they speak: MPs, legislators, Hong Kong's secretaries,
    # Malaysia's chief ministers and Menteri Besar, policy addresses, press conferences.
    r"mps?|members? of parliament|legislat(?:or|ors|ure|ive)|council(?:l)?ors?|"
    r"secretary for|financial secretary|chief secretary|chief minister|speaker of|"
    r"policy address|budget (?:speech|statement|debate)|press (?:conference|briefing)|"
    r"told (?:parliament|lawmakers|legislators|reporters|the (?:house|media|press))|"
    r"menteri(?: besar)?|ahli parlimen|dewan rakyat|dewan undangan negeri|exco|"
    # Hansard: the chair and the questions (``Mr Speaker: Order. Question No. 14, ...``).
    r"mr (?:deputy )?speaker|question no|hansard|parliamentary questions?|parlimen|"
    # (not a newsroom's own reporter named by the post: ``Wartawan Nur Aisyah … bercuti
    # bersalin``)
    r"sidang media|wartawan(?!\s+(?-i:[A-Z]))|merasmikan|kenyataan media|"
    r"(?:badminton|squash|tennis|football|golf|swimming|athletics|table tennis|basketball|"
    r"pop|movie|film|tv|k-pop|canto-?pop|mando-?pop|rock) stars?|athletes?|"
    r"quarter-?finals?|semi-?finals?|hat-?trick|strikers?|midfielders?|goalkeepers?|"
    r"score[sd]? (?:twice|a goal|the winner|an equali[sz]er|a brace)|harimau malaya|"
    r"jaringan gol|"
    # War and occupation history: internees, prisoners of war, war heroes.
    r"(?:japanese|german|british|wartime) occupation|during the occupation|wartime|"
    r"war heroe?s?|war heroine|prisoners? of war|interned|internment|kempeitai|"
    # Business news quotes executives by their title (``CFO Susan Li said``).
    r"ceo|cfo|coo|cto|chief executive|chief financial officer|spokes(?:man|woman|person)|"
    # ... and listed companies' announcements (``The Board of X (Stock Code: 1), chaired by``).
    r"chaired by|stock code|board of directors|annual general meeting|"
    # Founders by what they built: "built YTL Corporation from a small firm".
    r"(?:built|grew|turned|transformed) (?:[\w&'-]+ ){0,3}(?:corporation|group|holdings|"
    r"conglomerate|empire|berhad|company|firm)|"
    # Film, television, comics and sport.
    # (not a medical episode: ``AF episode``, ``an episode of chest pain``)
    r"films?|movies?|sitcoms?|(?:tv|television) series|"
    r"(?<!\bAF )(?<!seizure )(?<!syncopal )(?<!psychotic )(?<!manic )(?<!depressive )"
    r"(?<!choking )(?<!asthma )(?<!fainting )(?<!hypoglycaemic )(?<!hypoglycemic )episodes?"
    r"(?! of (?:chest|pain|seizure|fainting|vomiting|breathless))|dramas?|anime|comics?|"
    r"superheroe?s?|cartoons?|comed(?:y|ian|ians)|created by|written by|directed by|"
    # (not a club's own junior or school squad: ``Junior squad medical note``)
    r"starring|starred|(?<!junior )(?<!youth )(?<!school )(?<!our )(?<!u\d\d )squad|tournaments?|"
    # (not a club's own: ``has withdrawn from the club championships``)
    r"(?<!club )(?<!club's )(?<!company )(?<!inter-house )championships?|league|"
    r"olympics?|olympians?|world cup|grand slam|all england|thomas cup|sea games|asian games|"
    # Motor sport (``won three Singapore Grands Prix``, ``raced in Formula Renault 3.5``).
    r"grands? prix|formula (?:one|1|2|3|e|renault)|f1|motogp|pole position|podiums?|"
    r"night race|raced|debut(?:ed|s)?|world champions?|world championships?|lap record|"
    # Concerts and records.
    r"concerts?|world tour|tour dates|coliseum|setlist|albums?|lyrics|lyricists?|songwriters?|"
    # Firsts (``the first Malaysian in space``, ``the first woman to ...``).
    r"the first (?-i:[A-Z][a-z]+(?:n|ese|ish|i))(?: \w+)? (?:in|to|on)|the first (?:woman|man|person|asian) to|"
    r"exiled|assassinated|crowned|abdicated|proclaimed|lifetime|symphon(?:y|ies)|"
    # (not any "declared": a condition not declared on an insurance application)
    r"declared (?:independence|war|martial law|a republic|an emergency|emperor|king|queen)|"
    r"operas?|masterpieces?|paintings?|self-portraits?|theor(?:y|ies) of|laws of|"
    r"periodic table|rebellion|uprising|resistance|missionar(?:y|ies)|"
    # (a colony's, not a divorce's or a claim's: ``divorce settlement``, ``settlement sum``)
    r"(?<!divorce )(?<!court )settlement(?! (?:agreement|sum|amount|offer|payment|deed))|"
    # Malay: tales, national laureates, warriors, founders, resistance.
    r"hikayat|sasterawan|pahlawan|pengasas|mengasaskan|ditubuhkan|tokoh|pejuang|"
    # Malay: songs, lyrics, films, synopses, singers and actors.
    r"lagu|lirik|filem|sinopsis|penyanyi|pelakon|drama bersiri|"
    r"menentang|penentangan|bendahara|laksamana|klasik|kemerdekaan)\b",
    re.IGNORECASE,
)
# Essay and exam prompts open with an instruction: "Describe ...", "Explain why ...",
# "Huraikan ...", "简述 ...", "谈谈 ...".
# (Not a task on pasted material: ``Summarise: The court heard that ...``, ``Explain this
# email``, ``请概述以下内容：``.)
_ESSAY_PROMPT = re.compile(
    r"^\W*(?:(?:describe|explain|discuss|compare|contrast|summari[sz]e|outline|evaluate|assess|"
    r"analy[sz]e|examine|trace|critically|terangkan|huraikan|bincangkan|jelaskan|nyatakan|"
    r"bandingkan|ulaskan|apakah|mengapakah|bagaimanakah|siapakah)\b"
    r"(?!\s*[:：\n]|\s+(?:this|these|the following|below|my|our|ini|berikut)\b)"
    # (not an employee's ``Performance review:`` or a ``Salary review:``)
    r"|(?<!performance )(?<!salary )(?<!annual )(?<!appraisal )"
    r"(?:book |film |movie )?review(?=\s*[:：|-])\b)"
    r"|^\W*(?:请|請)?(?:简述|簡述|试述|試述|试分析|試分析|试论|試論|谈谈|談談|评价|評價|比较|"
    r"比較|分析|论述|論述|概述|阐述|闡述|简要介绍|簡要介紹)(?![:：]|以下|下面|这|這)",
    re.IGNORECASE,
)
# "X was a British engineer", "X is a well-known singer": a name as the subject of an
# encyclopaedic sentence.
_ENCYCLOPEDIC_EN = re.compile(
    r"^\W*(?:was|were)\s+(?:an?|the|one of)\b"
    r"|^\W*is\s+(?:an?|the)\s+(?:well[- ]known|famous|renowned|celebrated|prominent|"
    r"notable|legendary|influential|acclaimed|novelist|poet|playwright|essayist|philosopher|"
    r"composer|songwriter)\b"
    # (a year of birth, not a masked id's digits: ``(9002**-**-5632)``, nor a room's number:
    # ``Ms Farah Iskandar (1507)``; a bare year needs the span of a life after it)
    # (born before 2010: a child born in 2013 is no figure, ``participant Aisha Farhana (born
    # 2013): parents are in a custody dispute``)
    r"|^\W*\((?:(?:born|c\.|b\.)\s*(?:1\d\d|200)\d(?![\d*])|(?:1\d|20)\d\d\s*[-–—]\s*(?:1\d|20)?\d\d)"
    # An appositive that says what the person is: "X, a former diplomat, writes ...".
    r"|^\s*,\s*(?:an?|the)\s+(?:former|retired|veteran|leading|renowned|famous|noted|"
    r"celebrated|award-winning|best-selling|(?-i:[A-Z][a-z]+(?:n|ese|ish|i)))\s+"
    # (not an everyday role: ``Md Rafiqul Islam, the Bangladeshi worker who ...``)
    r"(?!(?:worker|helper|cleaner|driver|labou?rer|carer|caregiver|rider|tenant|neighbou?r|"
    r"customer|member|volunteer|owner|renter|lodger|housemate|roommate)\b)"
    r"[a-z]+(?:ist|ian|er|or|at|ant|eur)\b",
    re.IGNORECASE,
)
_PAST_QUESTION = re.compile(
    r"\b(?:why|how|when|where|what|which|whom)\s+(?:\w+\s+){0,3}(?:did|was|were|had)\s+$",
    re.IGNORECASE,
)
_PUBLIC_ZH = re.compile(
    # (not a birth year somebody alive may have: 李錦華（1949年生，住屯門…）)
    r"(?<!\d)(?!19[2-4]\d\s?年(?:生|出生))"
    + _OLD_YEAR
    # (maybe with a space, as Taiwan writes it: 1920 年; or a decade long past: 1970 年代)
    + r"\s?年|(?<!\d)19[0-7]0\s?年代|(?<![〇零一二三四五六七八九])一(?:[〇零一二三四五六七八][〇零一二三四五六七八九]|九[〇零一二三四])"
    r"[〇零一二三四五六七八九]年|公元|世纪|[夏商周秦汉晋隋唐宋元明清]朝|[商周秦汉晋隋唐宋元明清]代|总督|巡抚|朝代|王朝|朝廷|(?<!(?:19|20)\d\d)年间|"
    r"皇帝|[称大武文]帝|帝国|君主|国王|在位|即位|登基|宰相|丞相|首辅|大臣|将军(?!澳)|变法|起义|战役|"
    # (not a repository's, a chat's or a browser's history: 不应该进 git 历史, 聊天历史)
    r"战争|革命|统治|古代|(?<!git )(?<!git)(?<!聊天)(?<!浏览)(?<!搜索)(?<!提交)(?<!购买)(?<!订单)(?<!通话)历史|史书|史记|诗人|词人|诗中|诗里|诗歌|古诗|唐诗|宋词|作家|小说|"
    r"故事|书中|文中|剧中|作品|著有|创作|主人公|主角|角色|(?<!目标)(?<!可疑)人物|文学|散文|名著|传说|神话|"
    r"寓言|童话|戏剧|话剧|章回|章节|如何评价|历史意义|历史地位|历史贡献|功过|"
    # A book club's reading and a novel's plot lines (共读《我的阿勒泰》, 庄树和李斐那条线).
    r"共读(?![」”\"』]|课|班|营)|那条线|故事线|故事情节|小说情节|译本|译者|"
    # ... a singer's original or cover of a song, an exam tutor's numbered lectures (张杰原唱,
    # 张宇18讲).
    r"原唱|翻唱|(?<=[\u4e00-\u9fff])\d{1,4}讲|"
    # Riddles, whose people are the puzzle's (字谜：王先生和白先生坐在石头上，打一字).
    r"字谜|谜语|谜底|谜面|灯谜|打一字|猜一字|脑筋急转弯|"
    # An internet celebrity's rise (因天生"臭脸"走红: a famous cat's real name).
    r"走红|爆红|一夜成名|"
    # A match report: a score, points, rebounds and assists, a goal.
    r"\d+比\d+|[一二三四五六七八九十百零]+比[一二三四五六七八九十百零]+|险胜|篮板|助攻|"
    r"拿[了下]?[\d一二三四五六七八九十]+分|进球|破门|季后赛|总决赛|主场|客场|"
    # What history questions ask about: achievements, significance, influence, reforms.
    # (``影响`` of a figure's work, not a workplace's ``影响 KPI 达标``, ``影响工作``, nor
    # somebody's worry: ``会不会影响他下次入台证审批``)
    r"成就|意义|贡献|(?<![会會])(?<!是否)影响(?!\s*(?:KPI|kpi|绩效|达标|工作|进度|考勤|成绩|上班|团队|[他她你我您]|孩子|申请|审批|签证|征信|信用|贷款|录取|入职))|(?<![想要可能以])主张(?!违法|赔偿|经济补偿|权利|权益|返还|解除|支付|撤销|确认|加班费|工资|二倍)|事迹|生平|一生|功绩|改革|近代|创办|创立|出使|收复|"
    # A match commentary: shots and goals (武磊禁区内转身射门，球进了).
    r"射门|破门|球进了|进球|扳平|绝杀|助攻|扣篮|三分球|"
    # Deeds and fame: inventions, discoveries, founding, awards, epithets, professions.
    # (not 被发现 "was found to": 成绩单被发现有涂改; nor "not noticed in time": 未及时发现)
    r"发明|(?<!被)(?<!及时)(?<!未)(?<!没)(?<!没有)发现|创办|创立|创建|创始|首创|开创|提出|提倡|倡导|研制|培育|奠基|开辟|"
    r"诺贝尔|获.{0,12}奖|[^\s，。]{1,6}奖(?:得主|获得者)|被誉为|誉为|被称为|尊称|并称|之父|之母|"
    r"大师|泰斗|巨匠|鼻祖|宗师|院士|"
    # Entertainment and sport: the famous are written about for albums, films and titles.
    r"专辑|出道|演唱会|巡演|歌手|歌星|影星|影帝|影后|艺人|明星|球星|奥运|冠军|夺冠|世界杯|"
    # Fan culture, live streaming and e-sports (生日应援, 打榜, 直播间, 电竞解说), and fan
    # fiction about a work's characters (同人, OOC, CP向).
    r"应援|打榜|后援会|饭圈|超话|爱豆|站姐|综艺|主播|直播间|弹幕|礼物榜|电竞|战队|解说|赛季|"
    # ... and motor sport (F1车手, 赛车队; not a fleet's 车队调度).
    r"(?<![A-Za-z0-9$])F1(?![0-9])|一级方程式|车手|赛车队|车队(?:冠军|积分|排名)|"
    # (not 同人打交 "fight with people": 同 is "with" there)
    r"同人(?!打|嗌|吵|争|爭|讲|講|倾|傾)|二创|番外|(?i:ooc)|CP向|"
    r"决赛|联赛|进球|执导|上映|票房|首映|电影《|(?<!录像)(?<!录影)(?<!监控)影片(?!保留|作证|已保存)|冬奥|金牌|银牌|铜牌|效力|球队|"
    # Reviews of books, films and their adaptations (原著, 剧版, 改编, 饰演, 演技).
    r"原著|剧版|影版|改编|翻拍|饰演|演技|主演|影评|剧评|书评|豆瓣|"
    # ... and in Cantonese entertainment news (开骚 "gives a show", 红馆 the Coliseum).
    r"红馆|开骚|场骚|(?<!公)开唱|歌迷|粉丝|派台|新碟|颁奖礼|"
    # Professional sport and legends of it (职棒, 全垒打, 传奇).
    r"传奇|职棒|职篮|全垒打|本垒打|球员|选手|"
    # National teams and their squads (女排主教练X宣布集训名单，Y未入选).
    r"国家队|集训名单|大名单|女排|男排|女足|男足|国足|主教练|主帅|"
    # Textbook lessons: their characters (李雷, 韩梅梅) are nobody's data.
    r"课文|课本|教科书|这一课|本课|第[一二三四五六七八九十\d]{1,3}课|"
    r"(?:科学|数学|物理学|化学|文学|史学|哲学|思想|政治|军事|革命|运动|翻译|教育|企业|实业|"
    r"慈善|艺术|音乐|作曲|画|书法|外交|天文学|地理学|医学|药学|农学|探险|旅行|剧作|小说|散文|"
    r"诗|词|戏剧|评论|经济学|社会学|建筑|雕塑|发明|表演艺术|航海|改革|法学|工程|理论)家|"
    r"巡抚|总督|知府|知县|县令|太守|刺史|节度使|元帅|提督|状元|进士|翰林|皇后|太后|公主|太子|"
    r"贵妃|尚书|侍郎|御史|上书|科举|殉国|牺牲|阵亡|就义|流放|被贬|贬谪|归隐|辞官|出征|北伐|"
    r"抗击|抗金|抗倭|倭寇|匈奴|起兵|称帝|驾崩|谥号|庙号|年号|名句|名言|名篇|代表作|传世|"
    # (纪念 to commemorate, not a hall named 纪念堂 with its block after it: a residence
    # hall's address says no history, 何東夫人紀念堂 B 座)
    r"流传|后世|千古|不朽|著称|闻名|享誉|举世|风靡|纪念(?!堂\s*[A-Za-z0-9]|册|品|日|照|章)|铜像|雕像|故居|诞辰|逝世|奉献|"
    r"老字号|品牌|董事长|创始人|首席执行官|总裁|发布会|上市|营收|(?<!月)(?<!个人)(?<!销售)业绩|财报|捐建|捐资(?!\s*(?:人民币|港币|港幣|新台币|新台幣|RMB|HK\$)?\s*[\d一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾佰仟百千万萬]+\s*(?:万|萬)?元)|资助|"
    # A genealogy's or a tomb's forebears: the taboo name of the dead (公讳), the tomb's
    # formula (显考, 之墓), a year of a Qing reign or of the Republic (光绪二十六年).
    # (not 优先考虑 "give priority to")
    r"讳|显考|显妣|(?<!优)先考(?!虑|试|察|核)|先妣|之墓|"
    r"(?:顺治|康熙|雍正|乾隆|嘉庆|道光|咸丰|同治|光绪|宣统)[元一二三四五六七八九十廿卅]+年|"
    # (a Republic year up to 38, 1949; 民国一一二年 is 2023, Taiwan's calendar of today)
    r"民国(?:元|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])年|"
    # An election, its candidates' platforms and results (选举, 政见, 得票率, 当选).
    # (not 候选人 alone: a job's candidate too)
    r"选举|政见|竞选|得票|当选|选委会|"
    r"命名|新文学|白话文|古文|理学|心学|儒家|道家|佛法|取经|诗史|[词诗画文]风|笔墨|京剧|"
    # A mausoleum (中山陵是孙中山先生陵寝).
    r"陵寝|陵墓|陵园|"
    # (民国 with a year is a Taiwan date, 民國108年 = 2019, not the Republican era)
    r"昆曲|杂剧|元曲|楚辞|行书|草书|楷书|山水诗|山水画|日治|清末|明末|晚清|"
    r"民国(?!\s*[0-9一二三四五六七八九十百]+\s*年)|北宋|南宋|"
    r"东汉|西汉|三国|战国|春秋|魏晋|南北朝|五代十国|[秦汉唐宋元明清]代|先秦|抗日|甲午|辛亥|"
    r"戊戌|五四运动|鸦片战争|太平天国|洋务|维新|"
    r"条约|谈判收回|领土|割让|租借|著作|译著|译介|西学|"
    r"(?:的|写了?|写下了?|写成了?|著有?|创作了?|编写了?|编著了?|翻译了?|译了?|画了?|演唱了?|"
    r"主演了?|导演了?)《|"
    # Traditional forms the one-to-one map does not cover.
    r"歷史|詩人|詞人|詩中|詩歌|小說|書中|劇中|傳說|創作|戰爭|戰役|統治|章節|寓言|著名"
)
_PERSONAL_EN = re.compile(
    r"\b(?:i'm|i've|i'd|i'll|me|my|mine|myself|we|our|"
    # (a writer saying the person is none: ``dia bukan tokoh awam``, ``not a public figure``)
    r"(?:bukan|not|isn'?t|is no) (?:an? |seorang )?(?:tokoh awam|public figure|celebrity|"
    r"selebriti|orang terkenal)|private (?:individual|person|citizen)|"
    # (a request to keep it secret: ``Please don't discuss it in the main chat``)
    r"(?:don'?t|do not) (?:discuss|tell|share|spread|mention) (?:it|this|anything)|"
    r"keep (?:it|this) between us|jangan (?:share|sebar|hebah|cerita)|"
    # (a unit's owner in arrears: ``#08-07 Mohammed Rizwan $1,180 ... lawyer letter sent``)
    r"arrears|lawyer'?s? letters?|"
    r"friend|wife|husband|son|daughter|mum|mom|dad|"
    # (not a mother tongue or a fatherland; nor a field's founder: ``called the father of
    # refractive surgery``)
    r"(?<!called the )(?<!known as the )(?<!regarded as the )(?<!considered the )"
    r"(?:mother|father)(?![- ]?(?:tongue|land|board|ship|nature)\b)|brother|sister|boss|"
    r"colleague|neighbou?r|grand(?:ma|pa|mother|father)|uncle|aunt|cousin|"
    # (not a shop's limit: ``limit 2 per customer``)
    r"(?<!per )(?<!each )customer|client|patient|tenant|landlord|applicant|employee|staff|student|guest|"
    # A pupil by class or school year: ``of Primary 5 Kindness``, ``Sec 3``, ``darjah 4``.
    # (not a year's syllabus: ``Lit Sec 3 text: To Kill a Mockingbird``)
    r"pupils?|(?:primary [1-6]|p[1-6]|secondary [1-5]|sec [1-5]|form [1-6]|darjah [1-6]|"
    r"tingkatan [1-6])(?! (?:set )?(?:texts?|syllabus|curriculum|reading list|literature)\b)|"
    r"kindergarten|k[12]|preschool|"
    r"passenger|members?(?! of\b)|booking|parcel|delivery|refund|invoice|ticket|"
    # (a venue's or a league's regular: ``Regular from the Tuesday Catan league, Benjamin
    # Koh, was arrested``; not a season or a price)
    r"regulars?(?= (?:from|at|of|here)\b)|(?:our|a|the|one of the) regulars?"
    r"(?! (?:season|price|basis|expression|verb|polygon|updates?|intervals?|meetings?)\b)|"
    # (a ring to ring somebody, not one on a hand: ``her ring``)
    r"phone|mobile|tel|call|(?<!her )(?<!his )(?<!wedding )ring|sms|whatsapp|wechat|email|e-mail|"
    r"contact(?! lens)|"
    # Not a speech (``policy address``, ``addressed the nation``) nor a signed treaty.
    r"(?<!policy )(?<!keynote )(?<!budget )(?<!inaugural )address(?!ed)|"
    r"attn|attention|dear|hi|hello|hey|regards|signed(?=\s*[,:\n])|sincerely|nric|passport|"
    r"saya|kami|kawan|pelanggan|telefon|alamat|hubungi|"
    # (a claim in Malay: ``Tuntutan takaful: Muhammad Aqil bin Razali, patah tulang ...``)
    r"tuntutan|"
    # (a member owing fees: ``masih berhutang yuran RM480 kepada kelab asal``)
    r"berhutang|"
    # (what a person told the writer's team, a pregnancy by its month, a gynaecologist's
    # advice: ``Artist Marcus Teo told us he has been diagnosed``, ``is 5 months pregnant``,
    # ``her gynae said``)
    r"(?:told|asked|informed|emailed|messaged|let) us|(?:\d+|two|three|four|five|six|seven|eight) "
    r"(?:weeks?|months?) pregnant|gynae|"
    # (and in English: ``he still owes the team S$640``)
    r"owes (?:me|us|him|her|them|the|RM|S\$|HK\$|NT\$|\$)|"
    r"appointment(?! system)|interview|payslip|salary|allowance|stipend|wages?|rent|booked|"
    # (a performer's contract terms: ``Deal memo: ... fee SGD 3,800 per episode``)
    r"deal memo|talent fee|appearance fee|fee (?:of )?(?:SGD|S\$|RM|MYR|HK\$|USD|US\$)|"
    r"reservation|complaint|"
    r"order (?:no|number)|"
    r"tomorrow|tonight|next week|pick(?:ed)? up|"
    # Where and how a living person is now: "lives alone at ...", "on medical leave".
    r"lives (?:alone|at|in|with|near)|living (?:alone|at|with)|stay(?:s|ing) at|"
    r"passed away|(?:medical|sick|maternity|hospitali[sz]ation|compassionate|unpaid) leave|"
    r"phased return|return to work|"
    # An accident today: an injury, stitches, a ward (``slipped in the bathtub, 4 stitches``).
    r"stitches|slipped|fractured|warded|"
    # ... or somebody caught on a camera, a premises' caretaker (not a caretaker
    # government) (``caretaker Chua Kim Seng ... seen on CCTV removing notes``).
    r"(?:seen|caught|captured|recorded) on (?:cctv|camera|video)|"
    r"caretaker(?! (?:government|prime minister|pm|premier|cabinet|administration|chief minister))|"
    # ... or a house by its number (``the retired teacher at 7 Jalan Tembusu``).
    r"at (?:no\.? ?)?\d{1,4}[a-z]?,? (?:jalan|jln|lorong|lor|persiaran|blk|block|lane|street|road|avenue)|"
    # ... or an allergy a carer must know of (``is allergic to peanuts and carries an EpiPen``).
    r"(?:is|are) allergic to|epi-?pen|"
    # ... or a crew member's medical or an emergency at sea (``Class 1 medical suspended``,
    # ``chest pain, medevac requested``).
    r"medical (?:suspended|suspension|certificate|review)|chest pain|medevac|"
    # ... or a record's date of birth (``Faizal Rahman, DOB 14/03/1992``).
    r"dob|date of birth|"
    # ... or a person's pay in Malay (``Elaun jurulatih Puan X naik ke RM2,400 sebulan``).
    r"elaun|gaji|upah|"
    # ... or a date of birth or a sick leave in Malay (``tarikh lahir 14/06/2011``, ``dpt MC
    # 5 hari``).
    r"tarikh lahir|cuti sakit|(?:dapat|dpt|ambil|bagi) MC|MC \d{1,2} hari|"
    r"anda|esok|pejabat|bungkusan|mesyuarat)\b",
    re.IGNORECASE,
)
_PERSONAL_ZH = re.compile(
    # (and a request to keep it secret: 大家先别外传, 唔好講出去)
    r"外传|外傳|唔好講出去|唔好讲出去|"
    # (and siblings by birth order in mixed text: ``二哥 Tan Chee Keong vs 小妹 Tan Li Hua``)
    r"(?<![\u4e00-\u9fff])(?:大哥|二哥|三哥|大姐|二姐|三姐|小弟|小妹)(?![\u4e00-\u9fff])|"
    # (not "our country" of a textbook: 我国现代眼科学的奠基人; but 我国庆节 is "I ... National Day")
    r"我(?![国國](?![庆慶]))|咱|本人|家[母父兄姐]|朋友|同事|老公|老婆|丈夫|妻子|儿子|女儿|孩子|爸|妈|"
    r"客户|顾客|客服|会员|用户|患者|病人|学生|家长|员工|租客|房东|业主|申请人|持卡人|"
    # (a trade's parties on a platform: 卖家郑海涛在闲鱼……)
    r"卖家|买家|賣家|買家|"
    # (a library's reader with an overdue book, a family's register of birth dates and
    # health: 陳怡君 讀者您好……逾期; 八字合盘登记……孙女有哮喘)
    r"读者您好|借阅|逾期|登记|孙女|外孙|生辰|八字|哮喘|"
    r"收件|收货|寄件|联系|电话|手机|短信|微信|邮箱|地址|住址|订单|快递|预约|退款|投诉|"
    # (not a name's origin: a street's 名字来自 its namesake)
    r"账户|账号|卡号|身份证|护照|姓名|名字(?!来自|源自|取自|得自|由来)|签名|"
    r"會員|客戶|顧客|電話|手機|簡訊|郵箱|地址|訂單|預約|退款|投訴|帳戶|帳號|身分證|護照|"
    r"聯絡|聯繫|收件|家[母父]|"
    # Relations, roles and everyday business of a private person.
    r"同学|室友|邻居|男朋友|女朋友|男友|女友|闺蜜|老板|领导|上司|师傅|阿姨|叔叔|舅舅|姑姑|"
    r"外公|外婆|爷爷|奶奶|姥姥|姥爷|面试|签收|签字|就诊|挂号|入职|离职|请假|病假|报名|缴费|发票|"
    # Cantonese and Hokkien grandparents (阿嫲李X1941年喺顺德出世: a living relative).
    r"阿[公婆嫲嬷爷]|嫲嫲|婆婆|"
    r"合同|工资|房租|租金|押金|订金|定金|退款|退费|简历|履历|客诉|赔偿|索赔|车主|包裹|取件|派送|配送|下单|付款|转账|汇款|还款|贷款|住院|出院|"
    r"体检|病历|复诊|家住|住在|搬家|出差|开会|会议室|办公室|明天|后天|下周|下个月|"
    r"同學|鄰居|男朋友|女朋友|簽收|簽字|就診|掛號|報名|繳費|發票|合約|薪水|房租|包裹|轉帳|"
    r"匯款|住院|搬家|出差|開會|會議室|辦公室|下週|下個月|"
    # ... a small streamer's pay, a court's sentence (小主播X的底薪, 判了一年缓刑), ...
    r"底薪|保底|薪资|薪資|上个月|上個月|缓刑|緩刑|判了|被判|获刑|獲刑|拘留|前科|"
    # ... a hiring record's pay and background check (拟录用X，期望年薪45万；背调发现).
    r"年薪|月薪|背调|背景调查|录用|聘用|应聘|應聘|"
    # ... a civil case's parties and an estate (原告X诉被告Y法定继承纠纷).
    r"原告|被告|上诉人|被上诉人|被申请人|遗嘱|遺囑|继承纠纷|繼承糾紛|"
    # ... and a disciplinary decision on a staff member (学术不端……给予警告处分).
    r"处分|處分|学术不端|學術不端|记过|記過|开除|開除|处理决定|處理決定|"
    # ... a sanction on a competitor (取消成绩并禁赛两年), a minor's age and school class
    # after a name (第一名蒋子涵，12岁，学军小学五年级三班).
    r"禁赛|禁賽|取消成绩|取消成績|取消参赛资格|取消參賽資格|"
    r"[，,、]\s*(?:[1-9]|1[0-7])\s*[岁歲][，,、]|[一二三四五六七八九\d][年][级級][一二三四五六七八九十\d]{1,2}班|"
    # ... and a neighbour's fall or treatment (跌倒骨折, 中风, 洗肾).
    r"骨折|跌倒|中风|中風|洗肾|洗腎|"
    # ... a hotline's caller and her son in Cantonese, a tail's target (来电者, 个仔, 目标人物)
    r"来电者|來電者|来电人|來電人|[我佢你][个個][仔女]|目标人物|目標人物|跟踪|跟蹤|逃学|逃學|"
    # ... and a group's rooming list and who gets carsick (分房表, 会晕车).
    r"分房|住宿安排|房间安排|房間安排|晕车|暈車|晕船|暈船|"
    # ... and a medical station's report on a runner (有哮喘病史, AED除颤, 心肺复苏).
    r"病史|既往史|除颤|除顫|心肺复苏|心肺復甦|意识丧失|意識喪失|"
    # ... and a race's sweeper vehicle and medical point (收容车记录, 自述…手术, 送医疗点).
    r"收容车|收容車|医疗点|醫療點|自述|"
    # ... and a student's family means (家庭经济困难, 助学金, 低保).
    r"家庭经济困难|家庭困难|助学金|助學金|贫困生|低保|残疾证|殘疾證|"
    # ... and a record's sex and age after a name (选手郑伟峰，男，38岁).
    r"[，,、\s][男女][，,、\s]\s*\d{1,3}\s*[岁歲]"
)
# "I" only where it cannot be a regnal number ("Charles I", "World War I").
_FIRST_PERSON_I = re.compile(
    r"(?:^|[.!?,;:\"'(]\s*|\b(?:and|but|so|because|if|when|then|that)\s+)I\b"
)
_CONTACT_SIGN = re.compile(r"@|\d[\d\s-]{5,}\d")


def public_narrative(text: str) -> bool:
    """Whether ``text`` reads as history, literature or encyclopaedia prose."""
    return bool(
        _PUBLIC_EN.search(text) or _PUBLIC_ZH.search(to_hans(text)) or _ESSAY_PROMPT.match(text)
    )


def encyclopedic_subject(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is the subject of ``was a ...`` /
    ``is a famous`` or of a question about the past (``Why did X ...``)."""
    return bool(
        _ENCYCLOPEDIC_EN.match(text[end : end + 60])
        or _PAST_QUESTION.search(text[max(0, start - 40) : start])
    )


# A request for an encyclopaedia answer: its "me" is the asker, not a data subject.
_TELL_ME_ABOUT = re.compile(r"\b(?:tell|teach) me (?:more )?about\b", re.IGNORECASE)


# A year long past, as a narrative dates its events (``in 1895``), and the family of the
# figure it tells of (``his wife``): history, nobody alive to protect.
_LONG_AGO = re.compile(r"\b(?:in|since|by|around|circa|c\.) (?:1[0-8]\d\d|19[01]\d)\b")
_FIGURE_KIN = re.compile(
    r"\b(?:his|her) (?:wife|husband|sons?|daughters?|children|father|mother|brothers?|"
    r"sisters?)\b",
    re.IGNORECASE,
)


# A business's "our" of its premises, its wares or its events (``in stock at our Tanjong
# Pagar counter``, ``Our Sunday masterclass with celebrity makeup artist ...``): the voice
# of a shop, no data subject's.
_BUSINESS_OUR = re.compile(
    r"\bour\s+(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}(?:counters?|shops?|stores?|studios?|outlets?|branch(?:es)?|"
    r"showrooms?|websites?|menu|products?|masterclass(?:es)?|classes|workshops?|services|"
    r"farms?|ladang|kebun|apiary|"
    r"salon|caf[eé]|restaurant|kitchen|hotline|promotions?|sale|range|collections?|catalogue|"
    r"boutique|booth|stall|warehouse|online store|app|newsletter)\b",
    re.IGNORECASE,
)


def personal_context(text: str) -> bool:
    """Whether ``text`` has any cue of a living data subject (fail closed)."""
    text = _TELL_ME_ABOUT.sub("about", _BUSINESS_OUR.sub(" ", text))
    if _LONG_AGO.search(text):
        text = _FIGURE_KIN.sub(" ", text)
    return bool(
        _PERSONAL_EN.search(text)
        or _FIRST_PERSON_I.search(text)
        or _PERSONAL_ZH.search(to_hans(text))
        or _contact_signed(text)
    )


def _contact_signed(text: str) -> bool:
    """Whether ``text`` holds an ``@`` or a run of digits that reads as a contact (not a
    catalogue's number by its label: ``Accession no. 2009-03412``)."""
    return any(
        _contact_like(m.group(0))
        and not _CATALOGUE_LABEL_BEFORE.search(text, max(0, m.start() - 32), m.start())
        for m in _CONTACT_SIGN.finditer(text)
    )


_CATALOGUE_LABEL_BEFORE = re.compile(
    r"(?i:\b(?:accession|catalogue|catalog|call|object|inventory|microfilm)\s+(?:no\.?|number)"
    r"\s*:?\s*)$"
)


# "X is a Singaporean politician who ...", "X, the 2021 world champion, ...": a public
# profession or title said of the name right after it, the way encyclopaedias and sports
# pages introduce people.  Engineers and teachers are not on the list: a CV says that.
_PUBLIC_PROFESSION = (
    r"(?:politician|singer|singer-songwriter|actor|actress|footballer|athlete|sprinter|"
    r"swimmer|shuttler|(?:badminton|tennis|squash|table tennis) player|author|novelist|poet|"
    r"playwright|film-?maker|(?:film )?director|entrepreneur|billionaire|businessman|"
    r"businesswoman|musician|composer|rapper|comedian|television host|tv host|presenter|"
    r"model|influencer|youtuber|olympian|diplomat|activist|adventurer|mountaineer|explorer|"
    r"astronaut|painter|sculptor|journalist|philanthropist|historian|economist|physicist|"
    r"grandmaster)"
)
_PUBLIC_LEAD = re.compile(
    r"^\s*(?:is|was)\s+an?\s+(?:(?:former|retired|veteran|award-winning|best-selling)\s+)?"
    r"(?-i:[A-Z][a-z]+(?:n|ese|ish|i|ch))\s+" + _PUBLIC_PROFESSION + r"\b"
    r"|^\s*,\s*the\s+(?:\d{4}\s+)?(?:world|olympic|asian|commonwealth|sea games|national|"
    r"all-england|defending)\s+(?:champion|gold medall?ist|silver medall?ist|"
    r"bronze medall?ist|record holder|title holder)\b"
    # (or in Malay, a national or professional sportsman or performer: ``Gavin Green, pemain
    # golf profesional negara``)
    r"|^\s*,\s*(?:pemain|atlet|jaguh|pelari|perenang|penyanyi|pelakon)\s+[a-z ]{0,30}?"
    r"(?:profesional|negara|kebangsaan|olimpik)\b"
    # (or in English: ``Kelly Tan, the Malaysian professional golfer``)
    r"|^\s*,\s*(?:an?|the)\s+(?:[A-Z][a-z]+\s+)?(?:professional|national|olympic)\s+"
    r"(?:golfer|player|athlete|swimmer|sprinter|cyclist|shuttler|boxer|diver)\b",
    re.IGNORECASE,
)


# A review of a book, a film or a series: a work's title in quotes and words of a review
# (``I gave 'Ah Boys to Men' three stars: Jack Neo knows his audience``).  Its names are
# the work's makers and characters; the reviewer's "I" or a character's "patient" says
# nothing of them.  A cue right at the name, a contact or a companion still keeps it.
_WORK_TITLE = re.compile(
    r"(?:^|[\s(])['‘\"“][A-Z0-9](?:[^'‘’\"“”\n]|['’](?=[a-z])){0,60}?['’\"”](?=[\s,.:;!?)]|$)"
)
_REVIEW_WORDS = re.compile(
    r"\b(?:(?:one|two|three|four|five|[1-5](?:\.5)?) stars?|season \d+|episodes?|debut|"
    r"sequel|prequel|adaptation|plot|audiobook|book club|tells (?:how|the story)|follows|"
    r"plays|cast|box office|screenplay|spoilers?|rated|\d(?:\.\d)?/(?:5|10)|karya|"
    r"syair|hikayat|novel)\b|★",
    re.IGNORECASE,
)
_COMPANION_BEFORE = re.compile(r"\b(?:with|and me|me and|bersama|dengan)\s+$", re.IGNORECASE)
# ... nor of a private person's event: a school play, a show next Friday, come and watch.
_REAL_LIFE_EVENT = re.compile(
    r"\b(?:tomorrow|tonight|next (?:week|month|mon|tue|wed|thu|fri|sat|sun)\w*|"
    r"this (?:weekend|mon|tue|wed|thu|fri|sat|sun)\w*|school|class|kindergarten|"
    r"come (?:and )?(?:watch|support)|audition(?:s|ed)?|rehearsals?)\b",
    re.IGNORECASE,
)


def in_review(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is a maker or a character of a reviewed work."""
    return bool(
        _WORK_TITLE.search(text)
        and _REVIEW_WORDS.search(text)
        and not _COMPANION_BEFORE.search(text, max(0, start - 12), start)
        and not _REAL_LIFE_EVENT.search(text)
        and not personal_cue_near(text, start, end)
        and not contact_near(text)
    )


# A work's plot told from its opening words to the name, in one sentence.
_PLOT_FOLLOWS = re.compile(
    r"\b(?i:novel|film|movie|series|drama|sitcom|musical|manga|anime|memoir)\b[^.!?\n]{0,60}"
    r"\b(?i:follows|tells the story of|cent(?:re|er)s on|revolves around)\s+[^.!?\n]{0,80}$"
)


def is_public_mention(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is a public figure by its surroundings."""
    if _PUBLIC_LEAD.match(text[end : end + 80]) and not personal_cue_near(text, start, end):
        return True
    if in_review(text, start, end):
        return True
    # (a character of a work whose plot a sentence tells: ``Kevin Kwan's novel Crazy Rich
    # Asians follows Rachel Chu as she flies to Singapore with Nick Young``)
    if _PLOT_FOLLOWS.search(text, max(0, start - 160), start) and not personal_cue_near(
        text, start, end
    ):
        return True
    # (a news report's private person, named with their age, before the police or a
    # court: ``Startup co-founder Jason Lim, 34, was arrested``)
    # (an office-holder's case is news of the office: ``Former minister S. Iswaran, 62``)
    if (
        _AGE_APPOSED.match(text, end)
        and _POLICE_OR_COURT_EN.search(text, end, end + 160)
        and not _OFFICE_BEFORE_EN.search(text, max(0, start - 40), start)
    ):
        return False
    rest = text[:start] + " " + text[end:]
    # (a public figure's quoted words are theirs: 阿信在演唱会上说：“我们一起唱”; a contact
    # inside the quotation still counts)
    if personal_context(_QUOTED_SPEECH_ZH.sub(" ", rest)) or _contact_signed(rest):
        return False
    # (nor a card's or an account's holder, whatever the text is about: ``card ending 4417
    # held by Sharon Leong, RM350 disputed for tournament ...``)
    if _HELD_BY_BEFORE.search(text, max(0, start - 30), start):
        return False
    # (nor a person asking that their photos or name come down: ``Photo consent withdrawn:
    # Mr Lee Boon Chye does not want his photos on the centre's Facebook page``)
    if _PRIVACY_REQUEST.search(text):
        return False
    return public_narrative(text) or encyclopedic_subject(text, start, end)


_PRIVACY_REQUEST = re.compile(
    r"(?i:\bconsent (?:withdrawn|revoked)|\bwithdr(?:ew|awn|aws?) (?:his|her|their) consent|"
    r"\b(?:does|do|did) not want (?:his|her|their) (?:photos?|pictures?|images?|name|face)\b)"
)
_HELD_BY_BEFORE = re.compile(r"(?i:\b(?:card|account|policy)\b[\w ]{0,20}\bheld by\s+)$")
_AGE_APPOSED = re.compile(r",\s*\d{1,2}\s*,")
_OFFICE_BEFORE_EN = re.compile(
    r"\b(?i:minister|MP|senator|mayor|lawmaker|legislator|politician|governor|assemblyman|"
    r"ambassador|councill?or|president|tycoon|billionaire)\b[^,.;]{0,30}$"
)
_POLICE_OR_COURT_EN = re.compile(
    r"\b(?:arrested|charged|remanded|detained|nabbed|sentenced|jailed|convicted|fined|"
    r"acquitted|pleaded (?:not )?guilty|claimed trial|accused of|(?:is|was) being investigated)\b",
    re.IGNORECASE,
)


# Words quoted after a verb of saying in Chinese (说：“……”, 表示「……」).
_QUOTED_SPEECH_ZH = re.compile(
    r"(?<=[说說道称稱问問示])[:：]?\s*(?:“[^”]{1,200}”|「[^」]{1,200}」)"
    # (and a book's or a song's title, whose 我 is its own: 《我的阿勒泰》; not a form's:
    # 《心理咨询预约表》)
    r"|《[^》\n]{0,15}[我你][^》\n]{0,15}》"
)


# Cues right next to a name that make it a data subject's whatever the name is (a famous
# figure's name on a form, a brand's name as somebody's name): 姓名：李白, 李白的手机号,
# 李白先生, "my friend Isaac Newton", "Isaac Newton's phone number", a contact number or an
# e-mail address close by.
NAME_LABEL_BEFORE_ZH = re.compile(
    r"(?:姓名|名字|联系人|收件人|收货人|寄件人|户名|持卡人|开户名|客户|顾客|患者|病人|学生|家长|员工|"
    r"租客|房东|业主|申请人|考生|会员|用户|我叫|名叫|叫做|本人|同学|同事|朋友|室友|邻居|老公|老婆|持有人|持证人|"
    # A nickname's owner by their real name (小鹿（真名司徒静）).
    r"真名|实名|真实姓名|本名|他叫|她叫|佢叫|"
    # Insurance and claims forms (参保人邓丽君: a namesake, not the singer).
    r"参保人|被保险人|被保人|投保人|受益人|就诊人|报销人|受保人|受保者|保单持有人|索偿人|理赔人|"
    # (a health check's examinee: 体检报告 … 受检人：赵敏)
    r"受检人|受檢人|体检人|體檢人|受检者|受檢者|"
    # (a claimant at the Labour Tribunal: 申索人区志强)
    r"申索人|"
    # (a civil case's parties: 原告龚晓东, 被告人, 某某有限公司诉韩立新)
    r"原告|被告人?|上诉人|被上诉人|被执行人|申请执行人|(?<=公司)诉|"
    # (a sale's or a lease's parties: 买方于晓燕, 承租方)
    r"买方|卖方|買方|賣方|出租方|承租方|"
    # A tour's guests (儿童游客钱小满, 住客); not a guide's greeting (各位游客，岳飞墓……).
    r"(?<!各位)(?:游客|旅客|乘客|住客|团员|團員)(?![,，、])|"
    # A hiring record's candidate (拟录用 高思远, 应聘者李娜).
    r"录用|聘用|应聘者|求职者|面试者|"
    # (a scout or a learner on a troop's or a course's roll: 幼童軍伍柏言, 学员)
    r"(?:幼|小|深资|女)?童军|学员|"
    # (a record kept on a person: 学员档案：祝海洋, 会员档案)
    r"(?:学员|会员|客户|患者|病人|员工|个人|健康|康复|人事)档案|"
    # (an HR note or record on an employee: 人事备注：赵敏 怀孕 28 周)
    r"人事备注|人事记录|"
    r"丈夫|妻子|儿子|女儿|孩子|爸爸|妈妈|哥哥|姐姐|弟弟|妹妹|老板|领导|经理|致|尊敬的|亲爱的|"
    # Grandparents, uncles and aunts (我阿公黃清水, 我外婆林秀英).
    r"爷爷|奶奶|外公|外婆|阿公|阿嬷|阿嫲|阿婆|阿伯|叔叔|舅舅|姑姑|伯伯|岳父|岳母|老爸|老妈|"
    # Cantonese relations (细佬 "younger brother", 家姐, 老豆) and a pupil's class (三年二班的).
    r"细佬|细妹|家姐|阿哥|老豆|老窦|阿爸|阿妈|表哥|表姐|表弟|表妹|堂哥|堂姐|"
    # (and a sibling by birth order: 小弟赵磊, 二姐赵敏)
    r"(?<![\u4e00-\u9fff])[大二三四小][哥姐弟妹]|(?<=[我他她])[大二三四小][哥姐弟妹]|"
    # (and "my daughter", "my son": 我個女王思穎)
    r"[我佢你][个個](?:女|仔)|"
    r"[一二三四五六七八九十\d]年级?[一二三四五六七八九十\d]{1,2}班的?|"
    # ... or a pupil's form (高二游佳蓉, 初三学生).
    r"(?<![\u4e00-\u9fff])[高初国][一二三](?:学生|生)?|"
    # ... a class named by form and letter (致 3B 班溫梓晴家長), a member of staff in English
    # (our staff 龍詠欣).
    r"\d[A-Za-z]\s?班的?|(?i:staff|employee|student|patient|tenant|customer|client)|"
    # ... or a university class by its number (物理2201班 柴宇航).
    r"(?<!\d)\d{4}班的?|"
    # ... or a Taiwanese class by grade and number (我是301班吳承恩的媽媽).
    r"(?<!\d)[1-9]0\d班的?)"
    # (maybe with the person's English name first: 佢叫 Chloe Tsang 曾凱晴; or as an export's
    # key and value: 姓名=赵敏)
    r"[\s:：,，、=＝]*(?:[A-Z][a-z]+\s+){0,2}$"
)
# A company's office said after an officer's name and honorific, as annual reports do
# (X先生为总裁兼执行董事): the honorific is the report's courtesy, not a private cue.
COMPANY_OFFICE_AFTER_ZH = (
    r"(?:为|出任|担任|获委任为|接任)(?:本公司|本集团|公司|集团|董事会)?"
    # (a listed company's board by its term: 公司第五届董事会非独立董事)
    r"(?:第[一二三四五六七八九十\d]+届(?:董事会|监事会)?)?"
    r"(?:主席|副主席|董事长|总裁|副总裁|行政总裁|首席执行官|执行董事|非执行董事|独立非执行董事|"
    r"总经理|非独立董事|独立董事|职工代表监事|监事会主席|监事|董事会秘书|财务总监)"
)
# ... nor before the work the person founded (钟友彬先生创立的"认识领悟疗法"): the courtesy
# the history of a field gives its founders.
FOUNDED_WORK_ZH = r"(?:所)?(?:创立|創立|首创|首創|提出|发明|發明)的\s*[“\"「《]"
NOT_FOUNDER_COURTESY_ZH = rf"(?!{FOUNDED_WORK_ZH})"
_NEAR_AFTER_ZH = re.compile(
    rf"^[\s,，]*(?:(?:先生|女士)(?!{COMPANY_OFFICE_AFTER_ZH}){NOT_FOUNDER_COURTESY_ZH}|小姐|同学|同志|老师(?!的《|的新书|的书|的作品|的小说)|医生|经理|阿姨|师傅|太太|夫人(?!们)|"
    r"(?:的|之)?(?:联系)?(?:电话|手机|号码|手机号|座机|地址|住址|家住|身份证|证件|护照|邮箱|"
    r"微信|账号|账户|卡号|银行卡|生日|出生日期|病历|订单|快递|包裹|工号|学号|准考证)|"
    r"联系|住在|家住|来电|致电|回电|打电话|发短信|签收|收到了?你)"
)
_NEAR_BEFORE_EN = re.compile(
    # (not somebody else's other name: ``Lord Voldemort's birth name is Tom Marvolo Riddle``)
    r"(?:\b(?:(?<!['’]s birth )(?<!['’]s real )(?<!['’]s stage )name(?:'s| is)?|named|called|i'm|i am|this is|hi|hello|hey|dear|attn|"
    r"attention|contact|applicant|candidate|member|guest|passenger|buyer|seller|employee|"
    # (a complaint's maker: ``Complaint: Jonathan Lee says his whole family …``)
    r"complaint|complainant|"
    rf"{RELATIONS_EN}|my|mr|mrs|ms|miss|"
    r"madam|mdm|encik|puan|cik|nama|nama saya|nama dia|nama aku|pelanggan|penerima|pemohon|"
    # Asking somebody to contact or pass something to the person: a data subject, even
    # with a famous name (``please call Jackie Chan from finance``).
    # (not a panel's or a sign's text: ``Gallery 2 wall text: Qi Baishi carved ...``)
    r"call|ring|ask|tell|email|e-mail|(?<!wall )(?<!alt )(?<!body )(?<!panel )text|message|"
    r"ping|cc|remind|inform|"
    r"(?:pass|send|forward|give|hand)(?: (?:this|it|these|them))? to)\.?)[\s,:;.-]*$",
    re.IGNORECASE,
)
# (an app's user, a clinic's patient, right before the name and no speaker's label:
# ``pengguna Rajesh a/l Subramaniam menerima notis``, not ``User: Elon Musk said``)
_ROLE_NOUN_BEFORE = re.compile(r"\b(?i:user|pengguna|pesakit|patient|customer|client)[ \t]+$")
_NEAR_AFTER_EN = re.compile(
    r"^\s*(?:'s|’s)?\s*(?:phone|mobile|cell|tel|telephone|number|no\.|contact|email|"
    r"e-mail|address|home|flat|unit|nric|ic|passport|id|birthday|date of birth|dob|"
    # (not an office's: ``Yusof Ishak's appointment as Yang di-Pertuan Negara``)
    r"account|order|parcel|booking|appointment(?!\s+as\s)|salary|payslip|here\b|speaking\b|"
    # (not a price in thousands: ``the Cheong Soo Pieng at 150-220k``)
    r"at\s+\+?\d(?!\d?[:.]\d\d\b)(?!\d?\s?[ap]m\b)(?![\d,.-]*k\b)|"
    # A colleague by their department (``Jackie Chan from finance``).
    rf"(?:from|in|at)\s+(?:the\s+)?(?:{DEPARTMENTS_EN})\b)"
    # (a whole word, maybe plural: not the "id" of ``idea``, the "tel" of ``tells``)
    r"s?(?![A-Za-z])"
    r"|^\s*[,(:]\s*(?:tel|phone|mobile|hp|email|e-mail|contact)\b",
    re.IGNORECASE,
)
# (Digits glued to letters are a code's, not a number's: ``SPXSG024571839``.)
_NEAR_CONTACT = re.compile(r"@[\w-]+\.|(?<![A-Za-z\d])\+?\d[\d\s().-]{5,}\d")
_NEAR_WINDOW = 24
_ISO_DATE = re.compile(r"(?:19|20)\d\d([-/.])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])")


def personal_cue_near(text: str, start: int, end: int, *, contact: bool = True) -> bool:
    """Whether a cue of a data subject sits right next to the name at ``text[start:end]``:
    a role or form label before it, an honorific or a contact word after it, or (unless
    ``contact`` is off) a contact number or e-mail address within a few characters (fail
    closed for famous names)."""
    before = to_hans(text[max(0, start - 12) : start])
    after = to_hans(text[end : end + 16])
    if (
        NAME_LABEL_BEFORE_ZH.search(before) and not speaker_then_sentence(text, start, end)
    ) or _NEAR_AFTER_ZH.match(after):
        return True
    if _NEAR_BEFORE_EN.search(text[max(0, start - 30) : start]) or _ROLE_NOUN_BEFORE.search(
        text, max(0, start - 12), start
    ):
        return True
    if _NEAR_AFTER_EN.match(text[end : end + 30]):
        return True
    if not contact:
        return False
    # Searched in place, so that the lookbehind sees a code's letters before the window.
    lo, hi = max(0, start - _NEAR_WINDOW), min(len(text), end + _NEAR_WINDOW)
    return any(_contact_like(m.group(0)) for m in _NEAR_CONTACT.finditer(text, lo, hi))


# A chat's speaker label (用户：梁思成和林徽因当年……), whose words go on after the name
# as a sentence: the user speaks of the name, the label does not fill it in.
_SPEAKER_LABEL_BEFORE = re.compile(r"(?:^|[\n|。！？!?])\s*(?:用户|用戶|使用者)\s*[:：]\s*$")
# (and of the figure's life and death: 邵逸夫身後的遺產, 生前, 晚年, 逝世, 去世)
_SENTENCE_GOES_ON = re.compile(
    r"[和与與跟及的是在当當曾为為说說认認提主设設身生晚早逝去对對那这這借把被给給]"
)


def speaker_then_sentence(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` opens a chat speaker's sentence after the
    speaker's label (用户：任正非说的……): the label names the speaker, not the name."""
    return bool(
        _SPEAKER_LABEL_BEFORE.search(text, max(0, start - 12), start)
        and _SENTENCE_GOES_ON.match(text, end)
    )


def _contact_like(run: str) -> bool:
    """An e-mail address, or a digit run of seven digits or more that is not a list of
    years (``1643-1727``, ``1405 1407 1409``) or an ISBN-like group."""
    if "@" in run:
        return True
    groups = re.findall(r"\d+", run)
    digits = "".join(groups)
    if len(digits) < 7:
        return False
    if len(digits) == 13 and digits.startswith(("978", "979")):
        return False  # an ISBN-13 (978-7-5063-6543-7)
    if len(digits) == 10 and digits.startswith(("400", "800")):
        return False  # a mainland business's service number (400-826-1663): nobody's own
    if _ISO_DATE.fullmatch(run.strip()):
        return False  # a date (成立日期：1998-11-11)
    if digits.endswith("000000") or len(set(digits)) == 1:
        return False  # a placeholder to fill in (手機欄一律填 0900-000-000, 9999 9999)
    return not all(len(g) == 4 and g[0] in "12" for g in groups)


def contact_near(text: str) -> bool:
    """Whether ``text`` holds an e-mail address or a phone-like run of digits."""
    return any(_contact_like(m.group(0)) for m in _NEAR_CONTACT.finditer(text))
