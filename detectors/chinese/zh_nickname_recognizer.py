"""Nicknames of the people around the writer (``我室友小美``, ``我老公阿強``), and given
names a message opens by addressing (``佳穎，妳上次…``).

``小`` or ``阿`` and one character right after a relation word is what friends, family and
colleagues are called by; the tagger has no surname to start from there.  Words that only
look like such a nickname (``我朋友小時候``, ``我同事阿姨``) are not matched.  A message that
opens with two characters, a comma and "you" addresses someone; it is a given name when the
second character is one that ends given names far more often than words (``穎``, ``婷``),
and not a word of that shape (``冷靜，你…``, ``新穎``).
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from residency.detectors.chinese.hant import to_hans
from residency.detectors.chinese.zh_person_recognizer import SURNAMES
from residency.detectors.country_base import CountryPatternRecognizer
from residency.detectors.patterns import Pattern
from residency.detectors.relations import RELATIONS_ZH

# Second characters that make a word, not a nickname: 小心, 小時候, 小孩, 小姐, 小朋友,
# 小學, 小說, 小組, 小費, 小吃, 小事, 小偷, 小區, 小店, 小狗 ...; 阿姨, 阿公, 阿嬤, 阿伯 ...
_NOT_AFTER_XIAO = (
    "心时時声聲孩姐朋学學说說组組费費吃便事偷区區店狗猫貓腿气氣型号號量菜额額时候份些伙夥"
)
_NOT_AFTER_A = "姨公嬤嬷婆伯叔姐哥爸妈媽弟妹舅嫂爷爺奶"
_NICKNAME = (
    rf"(?<=(?:{RELATIONS_ZH})(?:叫|叫做|名叫)?)"
    rf"(?:小[^{_NOT_AFTER_XIAO}\W\d]|阿[^{_NOT_AFTER_A}\W\d])"
    r"(?<=[\u4e00-\u9fff]{2})"
)

# A child's doubled pet name right after a kin word (女儿豆豆, 儿子乐乐, 孙女甜甜), not a
# doubled kin word itself (妈妈) nor an adverb or a verb (女儿天天哭, 儿子偷偷玩, 看看).
_NOT_DOUBLED = "妈媽爸哥姐弟妹爷爺奶婆公叔伯舅姨姑嫂天常刚剛偷慢好渐漸往悄默稍仅僅总總早快多处處时時每统統通轻輕紧緊看试試想说說走谢謝个個人年月日次样樣家户戶"
_PET_NAME = (
    r"(?<=(?:女儿|女兒|儿子|兒子|孙女|孫女|孙子|孫子|外孙|外孫|侄女|侄子|外甥|外甥女|闺女|閨女)"
    r"(?:叫|叫做|名叫|小名|乳名)?)"
    rf"([^{_NOT_DOUBLED}\W\d])\1"
)

# 小 and a surname (小吴, 小袁) after "I am", a department's 的 or a post (我是小袁, 财务部的
# 小吴, 前台小周): a colleague's or the writer's own work name.  Reported only with a
# private matter in the
# sentence: a service agent introduces herself so too (您好，我是客服小美).
# A colleague's post, said right before the name it goes with (前台小周, 保安老钱).
_POSTS = (
    r"前台|保安|保洁|保潔|司机|司機|会计|會計|出纳|出納|助理|秘书|秘書|店员|店員|护士|護士|"
    r"水电工|水電工|电工|電工|师傅|師傅|厨师|廚師|清洁工|清潔工|美甲师|美甲師|美容师|美容師|"
    r"技师|技師|理发师|理髮師|发型师|髮型師|按摩师|按摩師|教练|教練|收银员|收銀員|服务员|服務員|"
    # (and a cashier, a cook, a shift's colleague in Cantonese: 收銀阿芬, 大廚麥師傅, 夜班同事肥仔強,
    # 伙記)
    r"收銀|收银|大廚|大厨|廚房|厨房|夜班同事|同事|伙記|伙计|夥計|"
    # (a landlord or a tenant: 房东老黄欠了装修公司 4 万多块)
    r"房东|房東|业主|業主|租客|房客|"
    # (and the trades of a site: 木工小周, 工人老郑, 泥水师傅)
    r"木工|泥水|油漆工|杂工|雜工|焊工|瓦工|搬运工|搬運工|装修工|裝修工|工人|架子工|钢筋工|鋼筋工|"
    r"技术员|技術員|"
    # (and a team's or a shift's head: 保安队长老周, 班长小李)
    r"队长|隊長|组长|組長|班长|班長|"
    # (and a pupil by school: 國中生小胖)
    r"国中生|國中生|初中生|高中生|小学生|小學生|中学生|中學生|"
    # (and the workers of a service by what they do: 遛狗员小刘, 快递员小王, 维修员老郑)
    r"(?:遛狗|快递|快遞|外卖|外賣|配送|业务|業務|销售|銷售|客服|售货|售貨|理货|理貨|安装|安裝|"
    r"维修|維修|护理|護理|导购|導購|仓管|倉管|质检|質檢|驾驶|駕駛)(?:员|員)|"
    # (and a delivery rider, a helmsman, a model: 我是外卖骑手小周, 舵手老周, 模特小雪)
    r"骑手|騎手|舵手|鼓手|槳手|桨手|选手|選手|模特|模特兒|模特儿|"
    # (or a regular customer: 釣蝦場常客小胖上週被抓到…)
    r"常客|熟客|"
    # (or an employee: 员工小林上个月确诊乳腺癌)
    r"员工|員工|职员|職員|"
    # (or a stall's or a shop's keeper: 檔主肥仔強上個月中風)
    r"档主|檔主|摊主|攤主|店主|"
    # (or a fellow hobbyist: 上海的茶友小周说她…查出甲状腺癌)
    r"茶友|牌友|雀友|球友|书友|書友|钓友|釣友|藏友|跑友|岩友|"
    # (or a stall's trade or a pointer: 做鳝鱼的那个老马)
    r"那个|那個|嗰個"
)
_WORK_NAME = (
    # (or after a colleague's post: 前台小周, 保安小李, 美甲师小吴)
    # (or from a building: 我是 3 号楼的小杨，怀孕六个月了)
    rf"(?<=我是|我係|我叫|[部组組科室处處队隊班]的|新人|[楼樓栋棟座]的|{_POSTS})小"
    # (not 小白 "a newbie")
    rf"[{''.join(sorted(c for c in SURNAMES if len(c) == 1 and c != '白'))}]"
)

# 小X, 阿X or 老X as a sentence's subject (小萱說她…, 群里说小雯姐怀孕了, 小李的妈妈说他…): a
# colleague's or a friend's name when the sentence says something private of them (kept
# only then).  It stands at a clause's start or after a verb of saying, and a particle, a
# time word or a kin title follows it; words of that shape are not matched: 小儿, 小手术,
# 小米 (a firm), 小编, 小三, 阿里, 阿司匹林 ...
_NOT_AFTER_XIAO_SUBJECT = _NOT_AFTER_XIAO + "儿兒手脑腦肠腸细細产產三二编編米鹏鵬度贩販商摊攤微型伙"
_NOT_AFTER_A_SUBJECT = _NOT_AFTER_A + "里裡司莫尔爾拉富根联聯"
# (or 老 and a surname: 老郑的女儿…; not 老公, 老家, 老师, 老板 ...)
_OLD_SURNAMES = "".join(sorted(c for c in SURNAMES if len(c) == 1 and c not in "公家师師板大人"))
# (surnames before 太/婆婆/伯: not 老 of 老太, 老婆婆, nor 大 or 公)
_CANTONESE_SURNAMES = "".join(
    sorted(c for c in SURNAMES if len(c) == 1 and c not in "老大公太外阿")
)
# (and a temple's or a Buddhist group's way of calling a member: 謝師姐, 陳師兄)
# (and a shop's or a team's by post: 何店長這個月薪水調到…)
# (and Hong Kong's "Mr" after a common surname: 麥生成日嚟當嘢; only those, not 花生, 卫生,
# 余生, 后生)
_MR_SURNAMES = "陳陈黃黄李張张何麥麦梁林劉刘吳吴鄭郑周羅罗馮冯葉叶鄧邓蔡曾謝谢鍾钟區区盧卢譚谭郭胡朱袁潘彭蘇苏黎"
_CANTONESE_TITLE = (
    # (and Mandarin's Ms and Miss: 刘女士反映自己在孕早期…)
    rf"[{_CANTONESE_SURNAMES}](?:太太|太|婆婆|伯伯|伯|師姐|师姐|師兄|师兄|師傅|师傅|店長|店长|經理|经理|主管|女士|小姐|"
    # (and an auntie or an uncle by surname: 我是8栋的钱阿姨，我老伴刚做完心脏搭桥)
    r"阿姨|叔叔|大爷|大爺|大妈|大媽|"
    r"\s?[Ss]ir)"
    rf"|[{_MR_SURNAMES}]生"
)
_CANTONESE_TITLED = re.compile(_CANTONESE_TITLE)
# What a clause's subject may follow: a clause's mark, a space, a verb of saying, 的.
# (and a group chat's mention: @小黑 你欠的 NT$15,000 …)
# (and Cantonese 嘅, "'s": 豬肉檔嘅肥仔強早排中風)
# (and 了 before an object named so: 有人发了老吴在医院的照片)
_SUBJECT_AFTER_CHARS = r"，,。！？!?：:\s“\"「（(说說讲講问問的嘅@＠了"
_SUBJECT = (
    # (or after 叫, one called so: 群里那个叫小胖的搬运师傅)
    # (or after "our family's": 我們家小芸今天發燒請假)
    rf"(?:(?<=^)|(?<=[{_SUBJECT_AFTER_CHARS}叫])|(?<=我們家|我们家|我家)"
    # (or after a colleague's post: 钓场保安老钱这个月工资只发了一半)
    rf"|(?<={_POSTS}))"
    rf"(?:小[^{_NOT_AFTER_XIAO_SUBJECT}\W\d]|阿[^{_NOT_AFTER_A_SUBJECT}\W\d]|老[{_OLD_SURNAMES}]"
    # (or a Cantonese "fat boy" nickname: 檔主肥仔強上個月中風)
    rf"|肥仔[^{_NOT_AFTER_A_SUBJECT}\W\d]"
    # (or 肥 and a man's given name: 肥強（豬肉檔嗰個）上個禮拜俾差佬拉咗)
    r"|肥[強强明華华榮荣輝辉豪傑杰威偉伟成]"
    # (or a "fat guy" nickname: 燒味檔嗰個肥佬輝成日同客人嗌交)
    r"|肥佬[強强明華华榮荣輝辉豪傑杰威偉伟成森林發发基光]"
    # (or a "brother" or "sister" nickname after a post or a fellow player: 雀友超哥話佢老婆…
    # 離咗婚; not 大哥, 表姐, 師姐)
    rf"|(?<={_POSTS})[^\W\d大二三四老表堂帅帥靓靚师師姐哥小阿](?:哥|姐)"
    # (or opening the text: 明哥話佢下個月要入院做心臟搭橋手術; an uncle or a sister-in-law
    # so too: 標叔成日過澳門賭, 華嫂)
    # (or right after a chat's or a group's label: 夜班群：胖哥的离婚官司下周开庭)
    # (or mentioned in a group chat: @輝哥 你架貨車…)
    r"|(?:(?<=^)|(?<=[：:@＠]))[^\W\d\sA-Za-z大二三四老表堂帅帥靓靚师師姐哥小阿帅叔嫂伯世皇](?:哥|姐|叔|嫂)"
    # (or in brackets or quotes, or opening a file's name: 使用者 ah-keung（強哥）,
    # 「強哥_財務公司_欠款通知.pdf」)
    r"|(?<=[（(「『])[^\W\d\sA-Za-z大二三四老表堂帅帥靓靚师師姐哥小阿](?:哥|姐)(?=[）)」』_])"
    # (or a surname and a Cantonese way of calling a married woman, an old woman or an old
    # man: 區太話老公…欠債, 容婆婆話…抑鬱, 黃伯; or the Mandarin 何太太上个月流产了)
    rf"|{_CANTONESE_TITLE})"
    r"(?<=[\u4e00-\u9fff]{2})"
    # (a Cantonese 區太 maybe addressed, a comma after: 麥太，你上次話…)
    # (or after a colleague's post, a comma after: 我是殡仪馆的夜班保安老潘，住馆里宿舍…)
    # (maybe a space first, as a group chat pads a name: 进香团的 小方 欠旅行社团费)
    # (an old man's or an uncle's name: 阿德伯上禮拜中風; a time: 小胖今年被公司裁員; "you"
    # after a mention: @小黑 你欠的…)
    # (or set in quotes, "she" after: 常客「小萱」，她跟大夜說她懷孕三個月)
    # (or a nickname in brackets or opening a file's name: （強哥）, 「強哥_…欠款通知.pdf」)
    rf"(?=(?<=[（(「『][^\W\d]{{2}})[）)」』_]|[」”\"][，,]?\s?(?:他|她|佢)|(?<=[太伯婆姨叔爷爺妈媽])[，,]|(?<=(?:{_POSTS})[小老阿][\u4e00-\u9fff])[，,]|\s?(?:姐|哥|妹|弟|伯|叔)?(?:教练|教練|老师|老師|师傅|師傅)?(?:他|她|佢|说|說|话|話|[（(]|的|有|被|跟|和|在|最近|昨天|前天|今天|那天|昨晚|今早|尋晚|琴晚|上周|上週|上礼拜|上禮拜|上星期|今年|去年|成日|每天|天天|每朝|每晚|每日|這次|这次|今次|呢次|"
    r"(?<=[@＠][\u4e00-\u9fff]{2}\s?)[你妳]|"
    # (or a parent named by the child as a chat's speaker, or saying something of the child:
    # ``[20:31] 小宇爸爸：我们家…离婚``, 小赵妈妈在群里说孩子上周确诊了抽动症)
    r"(?:爸爸|妈妈|媽媽)(?:[：:]|在|说|說|话|話)|"
    # (or speaking of themselves as a chat's speaker: ``[22:03] 小芬：我驗出懷孕了``)
    r"(?<=[\]\s][\u4e00-\u9fff]{2})[：:]\s?我(?![们們哋])|"
    # (or English after it in mixed chat: 小红 said her boyfriend 昨晚又打她了)
    # (maybe with where they are from: 老王 from 义兴 said his son kena tangkap AADK)
    # (or owes, or is said of today: 小黃 still owes the 仲介 NT$90,000, 小美 today MC again)
    r"\s(?:from\s[^\s,，。]{1,12}\s)?(?:said|says|told|is|was|has|owes|still owes|today|yesterday)\b|"
    # (or whose child it is, in Cantonese: 麥太個仔…有濕疹同哮喘, 老何個大仔…)
    r"個仔|個女|个仔|个女|個大仔|個細仔|個大女|個細女|个大仔|个细仔|嘅|"
    # (or lately, in Cantonese: 肥仔強早排中風)
    r"早排|前排|早幾日|早几日|"
    # (or a part of the body hurt: 小胡胳膊昨天搬石膏板拉伤了)
    r"胳膊|手臂|手腕|手指|腳踝|脚踝|膝頭|膝盖|膝蓋|腰椎|肩膀|"
    r"上个月|上個月|这个月|這個月|这几天|這幾天|下周|下週|下个月|下個月|下星期|下礼拜|下禮拜|"
    # (or of late: 读书会群里的小鹿姐这两周没来，听说她刚确诊乳腺癌)
    r"这两周|這兩週|這兩周|这两天|這兩天|这阵子|這陣子|这段时间|這段時間|近来|近來|上次|刚|剛|又|也|还|還|已经|已經|确诊|確診|怀孕|懷孕|"
    r"住院|"
    # (or what they are, a private matter told after: 阿芬係我哋公司嘅清潔姐姐，佢…一直有抑鬱)
    r"係(?!咪)|是(?!不是|否)|"
    # (or owes: 老周欠了站里三千五百块, 工人老郑欠公司 RM5,000 借款; or "in fact": 模特小雪
    # 其实欠了网贷)
    r"欠|其实|其實|原来|原來|离婚|離婚|"
    # (or reports of herself: 刘女士反映自己…, 陳小姐表示…)
    r"反映|表示))"
    # ... or a surname and 太太 (Mrs), whatever follows (廖太太私訊我，她兒子…欠了地下錢莊),
    # or a surname and "sir", as Hong Kong calls a teacher, an officer or a boss (何sir
    # 太太啱啱生咗BB).
    rf"|(?:(?<=^)|(?<=[{_SUBJECT_AFTER_CHARS}]))[{_CANTONESE_SURNAMES}](?:太太|\s?[Ss]ir(?![A-Za-z]))"
    # ... or a surname and 太 saying something, after a place's name (澳門何太話個仔…; not
    # 如何太…)
    rf"|(?<=[\u4e00-\u9fff])(?<![如任为為奈几幾])[{_CANTONESE_SURNAMES}]太(?=話|话|講|讲)"
)

# A surname in Latin letters and 太 (Mrs), as Singapore, Malaysia and Hong Kong write it in
# mixed text (``Lim 太 call 来 cancel, sebab husband dia kena diagnose kanser``): reported
# only with a private matter in the sentence.
_LATIN_SURNAMES = (
    "Lim|Tan|Wong|Lee|Chan|Ng|Ong|Goh|Chua|Teo|Koh|Lau|Yap|Ho|Chin|Leong|Cheong|Chong|Low|"
    "Loh|Tay|Yeo|Foo|Sim|Toh|Chew|Kwok|Cheung|Leung|Lai|Tang|Yip|Choi|Fong|Ang|Kok|Liew|Soh|"
    "Seah|Quek|Heng|Neo|Chia|Yeoh|Khoo|Ooi|Teh|Lam|Mak|Siu|Poon|Hui|Kwan|Chow|Tse|Tsang|"
    "Cheng|Chen|Huang|Zhang|Wang|Liu|Yang|Zhao|Zhou|Wu|Xu|Sun|Hu|Guo|He|Lin|Luo|Liang|Song|"
    "Zheng|Xie|Han|Feng|Deng|Cao|Peng|Zeng|Xiao|Tian|Dong|Pan|Yuan|Cai|Jiang|Yu|Du|Ye|Wei|Su"
)
_LATIN_SURNAME_MRS = rf"(?<![A-Za-z])(?:{_LATIN_SURNAMES})\s?太(?:太)?(?![太平阳陽空极極古])"

# A name in Chinese right after a relation said in English, as mixed chat writes it (``to
# my girlfriend 慧婷: I'm sorry…``, ``my sister 嘉欣 is in hospital``).
_AFTER_ENGLISH_RELATION = (
    r"(?<=(?<![A-Za-z])(?i:my|his|her|our)\s(?i:girlfriend|boyfriend|gf|bf|wife|husband|"
    r"sister|brother|daughter|son|mum|mom|mother|father|dad|friend|cousin|fiancée?|"
    # (and a colleague or a neighbour: ``My colleague 小芳 kena hearing loss``)
    r"colleague|co-worker|coworker|neighbou?r|roommate|housemate|classmate)\s)"
    r"[\u4e00-\u9fff]{2,3}(?=\s?[:：,，。!！?？]|\s(?:is|was|has|said|says|kena|got|dah)\b)"
)

# ... or after a kin word said in English, as mixed chat writes it (``Grandma 黄婆婆 wants
# kinship care ... early dementia``): reported only with a private matter in the text.
_ENGLISH_KIN = (
    r"(?<![A-Za-z])(?:Grandma|Grandpa|Granny|Grandmother|Grandfather|Auntie|Aunty|Uncle)\s"
)
_AFTER_ENGLISH_KIN = rf"(?<={_ENGLISH_KIN})[\u4e00-\u9fff]{{2,3}}(?![\u4e00-\u9fff])"
_ENGLISH_KIN_BEFORE = re.compile(_ENGLISH_KIN + "$")

# English said right after a nickname, as mixed chat writes it (``老王 from 义兴 said``).
_LATIN_WORD_AFTER = re.compile(r"\s[A-Za-z]")

# A user's screen name in quotes, addressed by a shop's or a clinic's reply (亲爱的"小鱼儿不
# 吃鱼"，关于您…): reported only with a private matter in the text.
_SCREEN_NAME = r"(?<=(?:亲爱的|親愛的|尊敬的)\s?[“\"「『])[^”\"」』\n，,。]{2,12}(?=[”\"」』])"
# A nickname in quotes, pointed at (那个“阿彪”, 外号“小胖”): reported only with a private
# matter in the text (去年强戒回来的).
_QUOTED_NICKNAME = (
    r"(?<=(?:那个|那個|这个|這個|叫|叫做|外号|外號|绰号|綽號|花名)\s?[“\"「『])"
    # (or a Cantonese "fat boy" nickname: 一個叫「肥仔明」嘅後生仔)
    r"(?:阿|小|老|肥仔)[^\W\d](?=[”\"」』])"
)
# A nickname signing a message after a dash, maybe after the writer's city (……我是不是该先
# 停药省钱？——深圳 小周): reported only with a private matter in the text.
# (or a doubled pet name closing a quoted voice message: “老公，离婚协议我放书房抽屉了——婷婷”)
_SIGNATURE = (
    rf"(?<=(?:——|—|--|－－)\s?(?:[\u4e00-\u9fff]{{2,4}}\s?)?)(?:(?:小|阿|老)[{_OLD_SURNAMES}]"
    rf"|([^{_NOT_DOUBLED}\W\d])\1)"
    r"(?=\s*(?:$|[”\"」』]))"
)
# A child's given name before the parent who speaks of them, opening a clause (美琪阿媽打嚟講，
# 美琪驗到有抑鬱症): reported only with a private matter in the text; the name must end in a
# character that ends given names far more often than words (see _GIVEN_NAME_END).
_GIVEN_BEFORE_PARENT = (
    r"(?:^|(?<=[，,。！？!?\s：:]))[\u4e00-\u9fff]{2}"
    r"(?=(?:阿媽|阿妈|媽媽|妈妈|阿爸|爸爸|老豆|老母)(?:打|話|话|說|说|講|讲|問|问|[：:]))"
)
# A child's doubled pet name opening a sentence with the child's age (乐乐今年7岁，…他妈妈说
# 乐乐最近确诊了多动症): reported only with a private matter in the text.
_PET_NAME_WITH_AGE = (
    rf"(?:^|(?<=[，,。！？!?\s]))([^{_NOT_DOUBLED}\W\d])\1(?=今年\s?\d{{1,2}}\s?(?:岁|歲))"
)
# What makes the reply about the user's own case: a private matter, a treatment, or a
# dated event of theirs (关于您11月20日…).
_OWN_CASE_ZH = re.compile(
    r"您[^。！？!?\n]{0,12}?\d{1,2}\s?月\s?\d{1,2}\s?[日号號]|拔牙|智齿|智齒|换药|換藥|术后|術後|"
    r"复诊|複診|病情|症状|症狀|过敏|過敏|感染|发炎|發炎"
)
# Roles a shop addresses everyone by (亲爱的"宝妈"们): nobody's screen name.
_ROLE_WORDS = (
    "顾客",
    "用户",
    "会员",
    "家长",
    "宝妈",
    "朋友",
    "客户",
    "读者",
    "粉丝",
    "同学",
    "小伙伴",
)

# Two characters opening a message (or a quoted one), then a comma and "you".
# (a 小X or 阿X nickname maybe with 哥 or 姐: 小马哥，你上次说下个月还钱)
_VOCATIVE = (
    r"(?:^|(?<=[「『“\"：:\n]))[\u4e00-\u9fff]{2}(?:(?<=[小阿][\u4e00-\u9fff])[哥姐])?"
    r"(?=\s*[，,]\s*[你妳您])"
)
# Characters that end given names far more often than words (in the Simplified reading).
# Stricter than zh_person_recognizer._GIVEN_NAME_END, which confirms a tagger's candidate:
# here nothing else vouches for the name, so 静, 丽, 伟 ... (冷静，你…, 美丽) are left out.
_GIVEN_NAME_END = frozenset(
    "婷怡颖欣雯琪涵萱妍娟玲芳霞燕琳瑶璇倩薇莹媛婕姗珊娴蓉岚馨轩浩宇鹏睿皓俊君"
)
# Words of that shape that are no name: 冷静，你…, 新颖, 喜悦 ...
_WORDS = frozenset(
    [
        "新颖",
        "聪颖",
        "欢欣",
        "芬芳",
        "晚霞",
        "彩霞",
        "朝霞",
        "委婉",
        "名媛",
        "芙蓉",
        "眉宇",
        "寰宇",
        "英俊",
        "庭院",
        "温馨",
        "宁馨",
        "大鹏",
        "同仁",
        "山岚",
        "燕燕",
        "诸君",
        "夫君",
        "郎君",
        "使君",
        "列位",
        "各位",
    ]
)


class ZhNicknameRecognizer(CountryPatternRecognizer):
    """``小X`` / ``阿X`` right after a relation word (``室友``, ``同事``, ``老公`` ...), and a
    given name a message opens by addressing (``佳穎，妳…``)."""

    ENTITY = "ZH_PERSON"
    PATTERNS = [
        Pattern("nickname after a relation", _NICKNAME, 0.6),
        Pattern("doubled pet name after a kin word", _PET_NAME, 0.6),
        Pattern("given name addressed", _VOCATIVE, 0.6),
        Pattern("work name with a private matter", _WORK_NAME, 0.6),
        Pattern("screen name addressed", _SCREEN_NAME, 0.6),
        Pattern("nickname in quotes", _QUOTED_NICKNAME, 0.6),
        Pattern("nickname signing a message", _SIGNATURE, 0.6),
        Pattern("doubled pet name with an age", _PET_NAME_WITH_AGE, 0.6),
        Pattern("given name before a parent word", _GIVEN_BEFORE_PARENT, 0.6),
        Pattern("nickname as subject with a private matter", _SUBJECT, 0.6),
        Pattern("Latin surname and Mrs with a private matter", _LATIN_SURNAME_MRS, 0.6),
        Pattern("name after a relation said in English", _AFTER_ENGLISH_RELATION, 0.6),
        Pattern("name after a kin word said in English", _AFTER_ENGLISH_KIN, 0.6),
    ]
    # (The relation word before the nickname is part of the pattern; these only score it.)
    CONTEXT = ["friend", "colleague", "roommate", "wife", "husband"]
    CONTEXT_ZH = ["朋友", "同事", "室友", "老公", "老婆"]

    def keep(self, text: str, result: RecognizerResult) -> bool:
        from residency.detectors.chinese.zh_person_recognizer import (
            names_are_characters,
            placeholder,
        )
        from residency.detectors.private_matter import (
            PRIVATE_MATTER_OF_NAMED_ZH,
            PRIVATE_MATTER_RX,
            PRIVATE_MATTER_ZH,
            sentence_of,
        )

        # (a text that says its people are made up: 【范文·人物均为虚构】……班的小明)
        if placeholder(text, result.start, result.end, near=False):
            return False
        word = to_hans(text[result.start : result.end])
        explanation = result.analysis_explanation
        work_name = explanation and explanation.pattern_name == "work name with a private matter"
        if work_name and not PRIVATE_MATTER_OF_NAMED_ZH.search(
            sentence_of(text, result.start, result.end)
        ):
            return False
        # (whichever pattern found it first: 黄婆婆 is a subject's shape too)
        if explanation and (
            explanation.pattern_name == "name after a kin word said in English"
            or _ENGLISH_KIN_BEFORE.search(text, max(0, result.start - 12), result.start)
        ):
            return bool(PRIVATE_MATTER_ZH.search(text) or PRIVATE_MATTER_RX.search(text))
        if explanation and (
            explanation.pattern_name == "nickname as subject with a private matter"
            # (the same span found as an address first: 麥太，你上次話智慧齒痛)
            or _CANTONESE_TITLED.fullmatch(word)
        ):
            sentence = sentence_of(text, result.start, result.end)
            # (a named person's drink-driving too: 司机小郑上个月因为醉驾被警察抓过; or one said in
            # English or Malay in mixed chat: 老王 from 义兴 said his son kena tangkap AADK)
            return bool(
                PRIVATE_MATTER_OF_NAMED_ZH.search(sentence)
                or (
                    _LATIN_WORD_AFTER.match(text, result.end) and PRIVATE_MATTER_RX.search(sentence)
                )
            ) and not names_are_characters(text)
        if (
            explanation
            and explanation.pattern_name == "Latin surname and Mrs with a private matter"
        ):
            sentence = sentence_of(text, result.start, result.end)
            return bool(PRIVATE_MATTER_ZH.search(sentence) or PRIVATE_MATTER_RX.search(sentence))
        if explanation and explanation.pattern_name == "name after a relation said in English":
            # (a name's shape: a surname first or a given name's last character; not a verb,
            # ``my friend 推荐:``)
            return (word[0] in _OLD_SURNAMES or word[-1] in _GIVEN_NAME_END) and not (
                names_are_characters(text)
            )
        if explanation and explanation.pattern_name in (
            "nickname in quotes",
            "nickname signing a message",
            "doubled pet name with an age",
        ):
            return bool(PRIVATE_MATTER_ZH.search(text))
        if explanation and explanation.pattern_name == "given name before a parent word":
            return (
                to_hans(word[-1]) in _GIVEN_NAME_END
                and word not in _WORDS
                and bool(PRIVATE_MATTER_ZH.search(text))
            )
        if explanation and explanation.pattern_name == "screen name addressed":
            return not any(w in word for w in _ROLE_WORDS) and bool(
                PRIVATE_MATTER_ZH.search(text) or _OWN_CASE_ZH.search(to_hans(text))
            )
        addressed = result.start == 0 or text[result.start - 1] in '「『“"：:\n'
        if addressed and (word[0] in "小阿" or (word[0] == "老" and word[1] in _OLD_SURNAMES)):
            # (a nickname addressed, with a private matter in its sentence: “小芳，你妈住院的钱
            # 我下周一定还你”, “老周，你欠我的八万块…”; not 小姐，你…, 阿姨，你…)
            not_after = {"小": _NOT_AFTER_XIAO, "阿": _NOT_AFTER_A}.get(word[0], "")
            return (
                word[1] not in not_after
                and bool(PRIVATE_MATTER_ZH.search(sentence_of(text, result.start, result.end)))
                and not names_are_characters(text)
            )
        if addressed and (word[1] not in _GIVEN_NAME_END or word in _WORDS):
            return False
        return not names_are_characters(text)
