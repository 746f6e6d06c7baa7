"""A hand-written labelled set for tuning: public text that must clear, personal text that
must be held.

Written for this purpose (not drawn from the generator's template lists, and never from
its ``holdout`` half), so tuning on it does not fit the benchmark's phrasings.  Clean
sentences name public figures in history, literature, science and business, companies
and brands named after people, universities, government bodies and places in narrative,
in Simplified and Traditional Chinese, English and Malay.  Personal sentences name
private people next to a relation, a contact detail, an order or an address -- often in
the same vocabulary (a grandfather who fought in a war, a teacher who explains a treaty).
All names of private people and all numbers are invented.

``python -P -m residency.corpus.handwritten`` scans the set with the Scanner and the PIPL
policy and prints the rates and every miss as its case number with masked findings.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class Case:
    text: str
    personal: bool
    language: str
    genre: str
    # A chat record's (role, content) turns instead of ``text`` (then ``text`` is "").
    turns: tuple[tuple[str, str], ...] = ()

    def record(self, case_id: str) -> dict[str, object]:
        if self.turns:
            return {
                "id": case_id,
                "messages": [{"role": r, "content": c} for r, c in self.turns],
            }
        return {"id": case_id, "text": self.text}


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "history"): _lines("""
        王安石在宋神宗的支持下推行新法，试图扭转积贫积弱的局面。
        岳飞率领岳家军在郾城大败金兵。
        郑和七下西洋，最远到达非洲东岸。
        张骞出使西域，开辟了丝绸之路。
        司马迁忍辱负重，完成了《史记》。
        戚继光在浙江沿海抗击倭寇，屡战屡胜。
        林则徐虎门销烟，显示了中国人民反抗外来侵略的决心。
        孙中山领导辛亥革命，推翻了清王朝的统治。
        祖冲之把圆周率精确到小数点后第七位。
        袁隆平培育出杂交水稻，让亿万人吃饱了饭。
        屠呦呦因发现青蒿素获得诺贝尔生理学或医学奖。
        钱学森冲破重重阻挠回到祖国，主持导弹研制工作。
        唐太宗李世民虚心纳谏，开创了贞观之治。
        康熙平定三藩之乱以后，又派施琅收复台湾。
        杨振宁和李政道提出弱相互作用中宇称不守恒。
        梁启超和康有为一起发动了戊戌变法。
        蔡伦改进了造纸术，使纸张得以普及。
        毕昇发明了活字印刷术。
        沈括在《梦溪笔谈》中记录了大量科学见闻。
        徐霞客游历名山大川，写成了《徐霞客游记》。
        玄奘西行取经，历时十七年回到长安。
        文天祥被俘后拒不投降，留下了千古名句。
        于谦在土木堡之变后组织了北京保卫战。
        海瑞以清廉刚正著称，曾上书批评嘉靖。
        曾国藩创建湘军，镇压了太平天国。
        邓世昌在甲午海战中壮烈殉国。
        冼星海在延安创作了《黄河大合唱》。
        梅兰芳是京剧表演艺术大师，擅演青衣。
        齐白石擅长画虾，笔墨生动传神。
        老舍的《茶馆》写了三个时代的社会变迁。
        巴金的《家》讲述了高家的兴衰。
        钱钟书的《围城》被誉为新儒林外史。
        张爱玲笔下的故事多发生在上海和香港。
        秦始皇统一六国后，推行书同文、车同轨。
        汉武帝派卫青、霍去病北击匈奴。
        王羲之的《兰亭集序》被称为天下第一行书。
        朱熹集理学之大成，对后世影响深远。
        李时珍花了二十七年写成《本草纲目》。
        黄道婆把海南的纺织技术带回了松江。
        鉴真东渡日本，传播佛法和唐朝文化。
        北魏孝文帝迁都洛阳，推行汉化政策。
        范仲淹在岳阳楼记中写下先天下之忧而忧。
        徐光启与利玛窦合译了《几何原本》。
        魏源编写《海国图志》，主张师夷长技以制夷。
        左宗棠抬棺出征，收复了新疆。
        邓稼先为我国两弹事业奉献了一生。
        1405年，郑和率领船队从刘家港出发。
        在赤壁之战中，周瑜用火攻大败曹军。
        陶渊明辞官归隐，过着采菊东篱下的生活。
        白居易的诗通俗易懂，老妪能解。
        辛弃疾既是词人，也是抗金将领。
        李清照南渡以后，词风变得沉郁。
        关汉卿的《窦娥冤》是元杂剧的代表作。
        吴承恩根据民间传说写成了《西游记》。
        蒲松龄在路边设茶摊，收集鬼狐故事。
        谭嗣同在变法失败后拒绝出逃。
        秋瑾是近代著名的女革命家。
        詹天佑设计了人字形铁路，解决了八达岭的爬坡难题。
        竺可桢研究了中国近五千年来的气候变迁。
        侯德榜发明了联合制碱法。
    """),
    ("zh-Hans", "organisations"): _lines("""
        阿里巴巴由马云等人在杭州创立。
        华为技术有限公司总部位于深圳。
        李宁牌运动服在国内很受欢迎。
        张小泉剪刀是杭州的老字号。
        王老吉凉茶起源于广东。
        清华大学和北京大学都在海淀区。
        国家统计局发布了最新的人口数据。
        中国人民银行宣布下调存款准备金率。
        腾讯公司推出了一款新游戏。
        同仁堂是一家有三百多年历史的中药老字号。
        北京协和医院的专家团队完成了首例手术。
        周大福珠宝在香港上市。
        李锦记的蚝油远销海外。
        老干妈辣椒酱深受留学生喜爱。
        邵逸夫捐建了许多逸夫楼。
        曹德旺创办的福耀玻璃是全球最大的汽车玻璃供应商之一。
        任正非于1987年在深圳创立华为。
        雷军在小米发布会上介绍了新手机。
        格力电器公布了上半年的业绩。
        教育部印发了新的课程标准。
        深圳市人民政府召开新闻发布会。
        中山大学的前身是孙中山创办的国立广东大学。
        鲁迅文学奖每四年评选一次。
        逸夫图书馆今天闭馆维修。
        宋庆龄基金会举办了儿童画展。
        陈嘉庚创办了厦门大学和集美学村。
        南开大学由张伯苓和严修创办。
        中国科学院发布了年度科技进展报告。
        海底捞在新加坡开了新门店。
        比亚迪的新能源汽车销量持续增长。
        联想集团收购了IBM的个人电脑业务。
        茅台酒厂位于贵州仁怀。
        中山公园里有一座孙中山的铜像。
        詹天佑纪念馆位于八达岭长城脚下。
        鲁迅公园是上海的一座城市公园。
        徐悲鸿纪念馆展出了他的奔马图。
        上海交通大学与企业共建了联合实验室。
        国务院常务会议研究部署了稳就业措施。
        最高人民法院发布了典型案例。
        张裕葡萄酒公司创立于1892年。
    """),
    ("zh-Hant", "history"): _lines("""
        孫中山創立了興中會，主張推翻滿清。
        蔣渭水是臺灣日治時期的社會運動家。
        鄭成功驅逐荷蘭人，收復了臺灣。
        林覺民在《與妻訣別書》中表達了為國犧牲的決心。
        胡適提倡白話文運動，影響深遠。
        梁實秋翻譯了莎士比亞全集。
        金庸的武俠小說風靡華人世界。
        李小龍把截拳道帶到了全世界。
        劉銘傳擔任臺灣巡撫期間修築了鐵路。
        連橫寫成了《臺灣通史》。
        賴和被稱為臺灣新文學之父。
        吳鳳的故事曾經被寫進教科書。
        丘逢甲在乙未割臺時組織義軍抵抗。
        林獻堂推動了臺灣議會設置請願運動。
        王維的山水詩充滿禪意。
        杜甫的詩被稱為詩史。
        蘇軾被貶到黃州之後寫下了《赤壁賦》。
        韓愈提倡古文運動，反對駢文。
        張擇端畫了《清明上河圖》。
        黃遵憲出使日本，寫成《日本國志》。
        嚴復翻譯了《天演論》，介紹進化論。
        蔡元培擔任北京大學校長時提倡相容並包。
        詹天佑是中國鐵路之父。
        林語堂用英文寫了《京華煙雲》。
        三毛在撒哈拉沙漠寫下了許多散文。
        白先勇的《臺北人》描寫了遷臺人物的命運。
        余光中的《鄉愁》寫盡遊子的思念。
        孔子周遊列國，宣揚仁政。
        孟子主張民為貴，社稷次之，君為輕。
        諸葛亮鞠躬盡瘁，死而後已。
    """),
    ("zh-Hant", "organisations"): _lines("""
        台積電由張忠謀創辦，總部位於新竹科學園區。
        長榮集團由張榮發創立。
        國立臺灣大學的前身是臺北帝國大學。
        澳門的媽閣廟已有數百年歷史。
        香港大學的陸佑堂已經有一百多年歷史。
        李嘉誠基金會資助了汕頭大學。
        邵逸夫獎每年頒發給天文學、生命科學和數學的學者。
        何鴻燊創辦的澳門旅遊娛樂公司經營了多年賭場。
        周大福珠寶集團公佈了年度業績。
        鴻海精密由郭台銘創立。
        王永慶創辦了台塑企業。
        中華民國行政院通過了新的預算案。
        香港特別行政區政府宣佈新一輪消費券計劃。
        澳門大學的新校區位於橫琴。
        逸夫書院是香港中文大學的成員書院之一。
        李惠利中學是一所官立中學。
        何東夫人醫局是香港的法定古蹟。
        陳李濟藥廠創辦於明朝萬曆年間。
        張學良故居現在是博物館。
        孫中山紀念館位於香港中環半山。
        中央研究院院士會議今天在南港舉行。
        誠品書店在敦化南路開了第一家店。
        統一企業推出新口味的泡麵。
        宏碁由施振榮等人創立。
        林百貨是臺南的老百貨公司。
    """),
    ("en", "history"): _lines("""
        Thomas Edison patented the phonograph in 1877.
        Marie Curie won two Nobel Prizes, in physics and in chemistry.
        Isaac Newton formulated the laws of motion and universal gravitation.
        Ada Lovelace wrote what is often called the first computer program.
        Charles Darwin sailed on the Beagle before publishing On the Origin of Species.
        Abraham Lincoln delivered the Gettysburg Address during the Civil War.
        Winston Churchill led Britain through the Second World War.
        Florence Nightingale reformed hospital sanitation during the Crimean War.
        Alan Turing helped break the Enigma code at Bletchley Park.
        Nelson Mandela spent 27 years in prison before becoming president.
        Stamford Raffles founded modern Singapore in 1819.
        Lee Kuan Yew served as Singapore's first prime minister.
        Tunku Abdul Rahman proclaimed the independence of Malaya in 1957.
        Jane Austen satirised the marriage market of the landed gentry.
        In Pride and Prejudice, Elizabeth Bennet rejects Mr Darcy's first proposal.
        Oliver Twist famously asks the workhouse master for more gruel.
        Hemingway wrote The Old Man and the Sea after years in Cuba.
        Leonardo da Vinci painted the Mona Lisa in Florence.
        Mozart composed his first symphony at the age of eight.
        Confucius taught that rulers should govern by virtue rather than force.
        Sun Tzu's Art of War is still read by military strategists.
        Zheng He commanded a fleet of enormous treasure ships.
        Cao Cao unified northern China at the end of the Han.
        Admiral Cheng Ho visited Malacca several times.
        Parameswara founded the Sultanate of Malacca around 1400.
        Einstein published his theory of general relativity in 1915.
        Gregor Mendel experimented with thousands of pea plants.
        Rosalind Franklin's X-ray images revealed the structure of DNA.
        Picasso co-founded Cubism with Georges Braque.
        Beethoven kept composing after he lost his hearing.
        Vincent van Gogh sold very few paintings while he was alive.
        Frida Kahlo painted many self-portraits.
        Gandhi led the Salt March to the sea at Dandi.
        Napoleon was exiled to Saint Helena after Waterloo.
        Queen Victoria reigned for 63 years.
        Genghis Khan united the Mongol tribes.
        Galileo Galilei observed the moons of Jupiter with a telescope.
        Johannes Gutenberg introduced movable type printing to Europe.
        Louis Pasteur developed a vaccine against rabies.
        James Watt improved the steam engine.
        Amelia Earhart disappeared over the Pacific while attempting to fly around the world.
        Rachel Carson warned about pesticides in Silent Spring.
        Sun Yat-sen is regarded as the father of modern China.
        Lu Xun wrote A Madman's Diary in vernacular Chinese.
        Li Bai and Du Fu are the most celebrated poets of the Tang.
        Matteo Ricci introduced European astronomy to the Ming court.
        Francis Light established a British settlement on Penang.
        Tan Kah Kee donated much of his fortune to education.
        Lim Boon Keng was a physician and social reformer in Singapore.
        Yap Ah Loy was the Kapitan Cina who rebuilt Kuala Lumpur.
        Hang Tuah is the legendary warrior of the Malacca court.
        Mahatma Gandhi studied law in London as a young man.
        Ernest Shackleton's ship was crushed by the Antarctic ice.
        Captain Cook charted the coast of New Zealand.
        Dmitri Mendeleev arranged the elements into a periodic table.
        Nikola Tesla worked briefly for Edison before going his own way.
        The Wright brothers made the first powered flight at Kitty Hawk.
        Michelangelo spent four years painting the Sistine Chapel ceiling.
        Rabindranath Tagore was the first non-European to win the Nobel Prize in Literature.
        Srinivasa Ramanujan wrote to G. H. Hardy from Madras.
    """),
    ("en", "organisations"): _lines("""
        Ford Motor Company was founded by Henry Ford in 1903.
        Walt Disney created Mickey Mouse together with Ub Iwerks.
        Johnson & Johnson sells consumer health products worldwide.
        Dell Technologies reported higher quarterly revenue.
        McDonald's opened its first restaurant in Beijing in 1992.
        Tesla is named after the inventor Nikola Tesla.
        Goldman Sachs and Morgan Stanley advised on the merger.
        The Bill & Melinda Gates Foundation funds vaccine research.
        Stanford University was founded by Leland and Jane Stanford.
        The Nobel Prize was established by the will of Alfred Nobel.
        The Ministry of Health issued new guidelines on Monday.
        Apple released the first iPhone in 2007.
        Jeff Bezos started Amazon in a garage in Seattle.
        The Hubble Space Telescope is named after Edwin Hubble.
        Hewlett-Packard began in a garage in Palo Alto.
        Procter & Gamble makes Pampers and Gillette razors.
        Mercedes-Benz unveiled a new electric saloon.
        The Rockefeller Foundation supported the campaign against hookworm.
        Harvard University is the oldest university in the United States.
        The Smithsonian Institution was funded by James Smithson's bequest.
        Raffles Hotel reopened after a long restoration.
        The Lee Kong Chian Natural History Museum displays three dinosaur skeletons.
        Nanyang Technological University ranks highly in engineering.
        Genting Highlands was developed by Lim Goh Tong.
        The Monetary Authority of Singapore tightened its policy band.
        Bank Negara Malaysia kept the overnight policy rate unchanged.
        The Ministry of Education announced changes to the examination syllabus.
        Tiger Balm was made famous by the brothers Aw Boon Haw and Aw Boon Par.
        Kellogg's launched a new cereal with less sugar.
        Boeing delivered fewer aircraft this quarter.
        The Guggenheim Museum in Bilbao was designed by Frank Gehry.
        Louis Vuitton opened a flagship store in Shanghai.
        Chanel No. 5 was launched by Coco Chanel in 1921.
        Toyota overtook Volkswagen in global sales.
        The Carnegie Hall concert sold out in minutes.
        Tata Group owns Jaguar Land Rover.
        Samsung Electronics posted record chip profits.
        The World Health Organization declared the outbreak over.
        Alibaba's founder Jack Ma stepped back from the company.
        Huawei's founder Ren Zhengfei rarely gives interviews.
        The Lee Kuan Yew School of Public Policy admitted a new cohort.
        Yayasan Sime Darby offers scholarships every year.
        The Sultan Idris Education University trains teachers.
        Petronas Twin Towers were the tallest buildings in the world until 2004.
        The Jimmy Carter Presidential Library is in Atlanta.
    """),
    ("en", "literature"): _lines("""
        Sherlock Holmes solves the case with the help of Dr Watson.
        Jay Gatsby throws lavish parties hoping Daisy will come.
        Atticus Finch defends Tom Robinson in To Kill a Mockingbird.
        Captain Ahab hunts the white whale across the oceans.
        Jane Eyre leaves Thornfield after learning Rochester's secret.
        Holden Caulfield wanders around New York after leaving school.
        Frodo carries the ring to Mordor with Samwise.
        Scrooge is visited by three spirits on Christmas Eve.
        Heathcliff returns to Wuthering Heights a wealthy man.
        Anna Karenina throws herself under a train.
        Raskolnikov confesses his crime to Sonya.
        Winston Smith works at the Ministry of Truth.
        Dorothy follows the yellow brick road to the Emerald City.
        Hamlet hesitates to avenge his murdered father.
        Romeo and Juliet meet at the Capulets' feast.
        Don Quixote mistakes windmills for giants.
        Huckleberry Finn floats down the Mississippi with Jim.
        Elizabeth Bennet and Fitzwilliam Darcy overcome their pride.
        Harry Potter learns he is a wizard on his eleventh birthday.
        Bilbo Baggins finds the ring in Gollum's cave.
    """),
    ("ms", "history"): _lines("""
        Tun Abdul Razak memperkenalkan Dasar Ekonomi Baru.
        Tunku Abdul Rahman dikenali sebagai Bapa Kemerdekaan.
        Hang Tuah dan Hang Jebat ialah pahlawan Melaka.
        Usman Awang ialah Sasterawan Negara yang terkenal.
        P. Ramlee berlakon dalam banyak filem klasik.
        Universiti Malaya ditubuhkan pada tahun 1949.
        Petronas ialah syarikat minyak dan gas nasional.
        Mat Kilau menentang British di Pahang.
        Tok Janggut memimpin penentangan di Kelantan.
        Dato' Onn Jaafar mengasaskan UMNO pada tahun 1946.
        Rosli Dhobi terlibat dalam gerakan antipenyerahan Sarawak.
        Parameswara membuka Melaka sebagai pelabuhan.
        Sultan Mansur Shah memerintah Melaka ketika zaman kegemilangannya.
        Tun Perak ialah bendahara yang bijaksana.
        Abdullah Munsyi menulis Hikayat Abdullah.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        我的同事王建国明天来北京出差。
        收件人：刘晓燕，电话13912345678。
        请联系陈小红，她负责这次活动。
        李华是我的邻居，他家住在朝阳区建国路88号。
        顾客周丽丽投诉快递延误了三天。
        黄志强先生，您的订单已发货。
        请把报告发给吴秀英。
        我爷爷张德福年轻时当过兵，参加过战争。
        我们历史老师赵志刚讲了明朝的故事。
        张伟写了一本关于唐朝的小说，想找出版社，他的手机是13811112222。
        孙丽娜的快递放在了小区门口。
        明天下午三点，何建华在会议室面试。
        这份合同由乙方代表许文博签字。
        患者郭晓梅，女，35岁，因头痛就诊。
        冯志远同学在这次比赛中获得了一等奖。
        请通知家长韩雪梅明天来学校。
        房东蒋国平说下个月房租要涨。
        我妈妈叫林秀芳，在医院上班。
        业主唐建明反映楼上漏水。
        快递员说宋晓东的包裹已经签收了。
    """),
    "zh-Hant": _lines("""
        客戶林美玲的電話是0912-345-678。
        請轉告陳家豪，會議改到週五。
        我的朋友黃淑芬下週要搬家。
        收件人：張志明，地址：台北市大安區忠孝東路四段100號。
        學生吳冠宇的成績單已經寄出。
        陳雅婷小姐，您預約的門診時間是下午兩點。
        我外公李文雄以前在鐵路局工作。
        請把發票寄給王俊傑。
    """),
    "en": _lines("""
        My neighbour Sarah Collins lost her cat last night.
        Please send the signed contract to David Harper by Friday.
        Hi, I'm Jessica Tan and I'd like to change my booking.
        Ahmad Faizal will pick up the parcel tomorrow.
        Nurul Aina binti Kamal applied for the scholarship.
        Our tenant Rajesh Kumar a/l Muthu paid the rent late.
        Tan Wei Ming from accounts approved the invoice.
        My grandfather, Henry Walsh, fought in the war and never talked about it.
        Our history teacher Mr Brown explained the Treaty of Nanking.
        The novel was written by my aunt, Margaret Ellis, who lives in Leeds.
        Customer complaint from Olivia Grant: the refund has not arrived.
        Can you ask Daniel Moore to call me back?
        Priya Nair is joining the team on Monday.
        Lim Mei Ling booked a table for four at seven.
        Please forward the payslip to Siti Aisyah.
        Kevin Ong's appointment was moved to Thursday.
    """),
    "ms": _lines("""
        Sila hubungi Mohd Hafiz di pejabat esok.
        Nama saya Nurul Izzah dan saya mahu menukar alamat.
        Pelanggan Zulkifli Hassan belum menerima bungkusan.
        Faridah binti Osman akan datang ke klinik pada hari Isnin.
        Tolong beritahu Encik Rahman bahawa mesyuarat ditunda.
    """),
}


def _merge_formats() -> None:
    from residency.corpus import handwritten_formats, handwritten_probes

    for module in (handwritten_formats, handwritten_probes):
        CLEAN.update(module.CLEAN)
        for language, texts in module.PERSONAL.items():
            PERSONAL[language] = PERSONAL.get(language, []) + texts


_merge_formats()


def cases() -> list[Case]:
    """Every case, clean first."""
    out = [
        Case(text, False, language, genre)
        for (language, genre), texts in CLEAN.items()
        for text in texts
    ]
    out += [
        Case(text, True, language, "personal")
        for language, texts in PERSONAL.items()
        for text in texts
    ]
    return out


#: The independent check sets (none of them part of :func:`cases`), by command-line flag,
#: in the order they were written; each was measured once before any fix for it.
CHECK_SETS: dict[str, str] = {
    "unseen": "handwritten_unseen",
    "later": "handwritten_later",
    "december": "handwritten_december",
    "blind-zh": "handwritten_blind_zh",
    "blind-en": "handwritten_blind_en",
    "blind-en2": "handwritten_blind_en2",
    "blind-en3": "handwritten_blind_en3",
    "blind-en4": "handwritten_blind_en4",
    "blind-zh2": "handwritten_blind_zh2",
    "blind-mix": "handwritten_blind_mix",
    "blind-en5": "handwritten_blind_en5",
    "blind-zh3": "handwritten_blind_zh3",
    "blind-evade": "handwritten_blind_evade",
    "blind-en6": "handwritten_blind_en6",
    "blind-zh4": "handwritten_blind_zh4",
    "blind-evade2": "handwritten_blind_evade2",
    "blind-mix2": "handwritten_blind_mix2",
    "blind-evade3": "handwritten_blind_evade3",
    "blind-en7": "handwritten_blind_en7",
    "blind-zh5": "handwritten_blind_zh5",
    "blind-en8": "handwritten_blind_en8",
    "blind-zh6": "handwritten_blind_zh6",
    "blind-en9": "handwritten_blind_en9",
    "blind-evade4": "handwritten_blind_evade4",
    "blind-zh7": "handwritten_blind_zh7",
    "blind-mix3": "handwritten_blind_mix3",
    "blind-en10": "handwritten_blind_en10",
    "blind-zh8": "handwritten_blind_zh8",
    "blind-en11": "handwritten_blind_en11",
    "blind-zh9": "handwritten_blind_zh9",
    "blind-evade5": "handwritten_blind_evade5",
    "blind-en12": "handwritten_blind_en12",
    "blind-zh10": "handwritten_blind_zh10",
    "blind-mix4": "handwritten_blind_mix4",
    "blind-en13": "handwritten_blind_en13",
    "blind-evade6": "handwritten_blind_evade6",
    "blind-zh11": "handwritten_blind_zh11",
    "blind-mix5": "handwritten_blind_mix5",
    "blind-en14": "handwritten_blind_en14",
    "blind-zh12": "handwritten_blind_zh12",
    "blind-ms6": "handwritten_blind_ms6",
    "blind-chat7": "handwritten_blind_chat7",
    "blind-zh13": "handwritten_blind_zh13",
    "blind-evade7": "handwritten_blind_evade7",
    "blind-mix6": "handwritten_blind_mix6",
    "blind-en15": "handwritten_blind_en15",
    "blind-zh14": "handwritten_blind_zh14",
    "blind-en16": "handwritten_blind_en16",
    "blind-mix7": "handwritten_blind_mix7",
    "blind-ms7": "handwritten_blind_ms7",
    "blind-en17": "handwritten_blind_en17",
    "blind-zh15": "handwritten_blind_zh15",
    "blind-mix8": "handwritten_blind_mix8",
    "blind-evade8": "handwritten_blind_evade8",
    "blind-zh16": "handwritten_blind_zh16",
    "blind-en18": "handwritten_blind_en18",
    "blind-ms8": "handwritten_blind_ms8",
    "blind-mix9": "handwritten_blind_mix9",
    "blind-zh17": "handwritten_blind_zh17",
    "blind-en19": "handwritten_blind_en19",
    "blind-chat8": "handwritten_blind_chat8",
    "blind-evade9": "handwritten_blind_evade9",
    "blind-en20": "handwritten_blind_en20",
    "blind-zh18": "handwritten_blind_zh18",
    "blind-ms9": "handwritten_blind_ms9",
    "blind-mix10": "handwritten_blind_mix10",
    "blind-mix11": "handwritten_blind_mix11",
    "blind-en21": "handwritten_blind_en21",
    "blind-chat9": "handwritten_blind_chat9",
    "blind-zh19": "handwritten_blind_zh19",
    "blind-zh20": "handwritten_blind_zh20",
    "blind-ms10": "handwritten_blind_ms10",
    "blind-en22": "handwritten_blind_en22",
    "blind-evade10": "handwritten_blind_evade10",
    "blind-en23": "handwritten_blind_en23",
    "blind-zh21": "handwritten_blind_zh21",
    "blind-mix12": "handwritten_blind_mix12",
    "blind-evade11": "handwritten_blind_evade11",
    "blind-en24": "handwritten_blind_en24",
    "blind-chat10": "handwritten_blind_chat10",
    "blind-mix13": "handwritten_blind_mix13",
    "blind-ms11": "handwritten_blind_ms11",
    "blind-zh22": "handwritten_blind_zh22",
    "blind-chat11": "handwritten_blind_chat11",
    "blind-evade12": "handwritten_blind_evade12",
    "blind-zh23": "handwritten_blind_zh23",
    "blind-mix14": "handwritten_blind_mix14",
    "blind-en25": "handwritten_blind_en25",
    "blind-evade13": "handwritten_blind_evade13",
    "blind-zh24": "handwritten_blind_zh24",
    "blind-ms12": "handwritten_blind_ms12",
    "blind-en26": "handwritten_blind_en26",
    "blind-mix15": "handwritten_blind_mix15",
    "blind-mix16": "handwritten_blind_mix16",
    "blind-zh25": "handwritten_blind_zh25",
    "blind-en27": "handwritten_blind_en27",
    "blind-en28": "handwritten_blind_en28",
    "blind-mix17": "handwritten_blind_mix17",
    "blind-chat12": "handwritten_blind_chat12",
    "blind-zh26": "handwritten_blind_zh26",
    "blind-ms13": "handwritten_blind_ms13",
    "blind-zh27": "handwritten_blind_zh27",
    "blind-evade14": "handwritten_blind_evade14",
    "blind-en29": "handwritten_blind_en29",
    "blind-zh28": "handwritten_blind_zh28",
    "blind-en30": "handwritten_blind_en30",
    "blind-mix18": "handwritten_blind_mix18",
    "blind-chat13": "handwritten_blind_chat13",
    "blind-zh29": "handwritten_blind_zh29",
    "blind-ms14": "handwritten_blind_ms14",
    "blind-en31": "handwritten_blind_en31",
    "blind-mix19": "handwritten_blind_mix19",
    "blind-zh30": "handwritten_blind_zh30",
    "blind-en32": "handwritten_blind_en32",
    "blind-evade15": "handwritten_blind_evade15",
    "blind-chat14": "handwritten_blind_chat14",
    "blind-mix20": "handwritten_blind_mix20",
    "blind-zh31": "handwritten_blind_zh31",
    "blind-en33": "handwritten_blind_en33",
    "blind-zh32": "handwritten_blind_zh32",
    "blind-ms15": "handwritten_blind_ms15",
    "blind-chat15": "handwritten_blind_chat15",
    "blind-zh33": "handwritten_blind_zh33",
    "blind-en34": "handwritten_blind_en34",
    "blind-mix21": "handwritten_blind_mix21",
    "blind-ms16": "handwritten_blind_ms16",
    "blind-zh34": "handwritten_blind_zh34",
    "blind-en35": "handwritten_blind_en35",
    "blind-mix22": "handwritten_blind_mix22",
    "blind-chat16": "handwritten_blind_chat16",
    "blind-zh35": "handwritten_blind_zh35",
    "blind-en36": "handwritten_blind_en36",
    "blind-mix23": "handwritten_blind_mix23",
    "blind-evade16": "handwritten_blind_evade16",
    "blind-zh36": "handwritten_blind_zh36",
    "blind-en37": "handwritten_blind_en37",
    "blind-ms17": "handwritten_blind_ms17",
    "blind-chat17": "handwritten_blind_chat17",
    "blind-zh37": "handwritten_blind_zh37",
    "blind-en38": "handwritten_blind_en38",
    "blind-mix24": "handwritten_blind_mix24",
    "blind-evade17": "handwritten_blind_evade17",
    "blind-zh38": "handwritten_blind_zh38",
    "blind-en39": "handwritten_blind_en39",
    "blind-ms18": "handwritten_blind_ms18",
    "blind-chat18": "handwritten_blind_chat18",
    "blind-zh39": "handwritten_blind_zh39",
    "blind-en40": "handwritten_blind_en40",
    "blind-mix25": "handwritten_blind_mix25",
    "blind-chat19": "handwritten_blind_chat19",
    "blind-zh40": "handwritten_blind_zh40",
    "blind-en41": "handwritten_blind_en41",
    "blind-mix26": "handwritten_blind_mix26",
    "blind-evade18": "handwritten_blind_evade18",
    "blind-zh41": "handwritten_blind_zh41",
    "blind-en42": "handwritten_blind_en42",
    "blind-ms19": "handwritten_blind_ms19",
    "blind-chat20": "handwritten_blind_chat20",
    "blind-zh42": "handwritten_blind_zh42",
    "blind-en43": "handwritten_blind_en43",
    "blind-mix27": "handwritten_blind_mix27",
    "blind-chat21": "handwritten_blind_chat21",
    "blind-zh43": "handwritten_blind_zh43",
    "blind-en44": "handwritten_blind_en44",
    "blind-ms20": "handwritten_blind_ms20",
    "blind-evade19": "handwritten_blind_evade19",
    "blind-zh44": "handwritten_blind_zh44",
    "blind-en45": "handwritten_blind_en45",
    "blind-mix28": "handwritten_blind_mix28",
    "blind-chat22": "handwritten_blind_chat22",
    "blind-zh45": "handwritten_blind_zh45",
    "blind-en46": "handwritten_blind_en46",
    "blind-ms21": "handwritten_blind_ms21",
    "blind-evade20": "handwritten_blind_evade20",
    "blind-zh46": "handwritten_blind_zh46",
    "blind-en47": "handwritten_blind_en47",
    "blind-mix29": "handwritten_blind_mix29",
    "blind-chat23": "handwritten_blind_chat23",
    "blind-en48": "handwritten_blind_en48",
    "blind-zh47": "handwritten_blind_zh47",
    "blind-ms22": "handwritten_blind_ms22",
    "blind-mix30": "handwritten_blind_mix30",
    "blind-en49": "handwritten_blind_en49",
    "blind-zh48": "handwritten_blind_zh48",
    "blind-chat24": "handwritten_blind_chat24",
    "blind-evade21": "handwritten_blind_evade21",
    "blind-en50": "handwritten_blind_en50",
    "blind-zh49": "handwritten_blind_zh49",
    "blind-ms23": "handwritten_blind_ms23",
    "blind-mix31": "handwritten_blind_mix31",
    "blind-en51": "handwritten_blind_en51",
    "blind-zh50": "handwritten_blind_zh50",
    "blind-ms24": "handwritten_blind_ms24",
    "blind-chat25": "handwritten_blind_chat25",
    "blind-en52": "handwritten_blind_en52",
    "blind-zh51": "handwritten_blind_zh51",
    "blind-mix32": "handwritten_blind_mix32",
    "blind-evade22": "handwritten_blind_evade22",
    "blind-en53": "handwritten_blind_en53",
    "blind-zh52": "handwritten_blind_zh52",
    "blind-ms25": "handwritten_blind_ms25",
    "blind-chat26": "handwritten_blind_chat26",
    "blind-en54": "handwritten_blind_en54",
    "blind-zh53": "handwritten_blind_zh53",
    "blind-mix33": "handwritten_blind_mix33",
    "blind-chat27": "handwritten_blind_chat27",
    "blind-en55": "handwritten_blind_en55",
    "blind-zh54": "handwritten_blind_zh54",
    "blind-ms26": "handwritten_blind_ms26",
    "blind-mix34": "handwritten_blind_mix34",
    "blind-en56": "handwritten_blind_en56",
    "blind-zh55": "handwritten_blind_zh55",
    "blind-chat28": "handwritten_blind_chat28",
    "blind-evade23": "handwritten_blind_evade23",
    "blind-en57": "handwritten_blind_en57",
    "blind-zh56": "handwritten_blind_zh56",
    "blind-ms27": "handwritten_blind_ms27",
    "blind-mix35": "handwritten_blind_mix35",
    "blind-en58": "handwritten_blind_en58",
    "blind-zh57": "handwritten_blind_zh57",
    "blind-chat29": "handwritten_blind_chat29",
    "blind-evade24": "handwritten_blind_evade24",
    "blind-en59": "handwritten_blind_en59",
    "blind-zh58": "handwritten_blind_zh58",
    "blind-ms28": "handwritten_blind_ms28",
    "blind-mix36": "handwritten_blind_mix36",
    "blind-chat30": "handwritten_blind_chat30",
    "blind-evade25": "handwritten_blind_evade25",
    "blind-zh59": "handwritten_blind_zh59",
    "blind-ms29": "handwritten_blind_ms29",
    "blind-en60": "handwritten_blind_en60",
    "blind-zh60": "handwritten_blind_zh60",
    "blind-mix37": "handwritten_blind_mix37",
    "blind-chat31": "handwritten_blind_chat31",
    "blind-en61": "handwritten_blind_en61",
    "blind-zh61": "handwritten_blind_zh61",
    "blind-ms30": "handwritten_blind_ms30",
    "blind-evade26": "handwritten_blind_evade26",
    "blind-en62": "handwritten_blind_en62",
    "blind-zh62": "handwritten_blind_zh62",
    "blind-ms31": "handwritten_blind_ms31",
    "blind-chat32": "handwritten_blind_chat32",
    "blind-en63": "handwritten_blind_en63",
    "blind-zh63": "handwritten_blind_zh63",
    "blind-mix38": "handwritten_blind_mix38",
    "blind-evade27": "handwritten_blind_evade27",
    "blind-en64": "handwritten_blind_en64",
    "blind-zh64": "handwritten_blind_zh64",
    "blind-ms32": "handwritten_blind_ms32",
    "blind-chat33": "handwritten_blind_chat33",
    "blind-en65": "handwritten_blind_en65",
    "blind-zh65": "handwritten_blind_zh65",
    "blind-mix39": "handwritten_blind_mix39",
    "blind-evade28": "handwritten_blind_evade28",
    "blind-en66": "handwritten_blind_en66",
    "blind-zh66": "handwritten_blind_zh66",
    "blind-ms33": "handwritten_blind_ms33",
    "blind-chat34": "handwritten_blind_chat34",
    "blind-en67": "handwritten_blind_en67",
    "blind-zh67": "handwritten_blind_zh67",
    "blind-ms34": "handwritten_blind_ms34",
    "blind-evade29": "handwritten_blind_evade29",
    "blind-en68": "handwritten_blind_en68",
    "blind-zh68": "handwritten_blind_zh68",
    "blind-mix40": "handwritten_blind_mix40",
    "blind-chat35": "handwritten_blind_chat35",
    "blind-en69": "handwritten_blind_en69",
    "blind-zh69": "handwritten_blind_zh69",
    "blind-ms35": "handwritten_blind_ms35",
    "blind-chat36": "handwritten_blind_chat36",
    "blind-mix41": "handwritten_blind_mix41",
    "blind-evade30": "handwritten_blind_evade30",
    "blind-en70": "handwritten_blind_en70",
    "blind-zh70": "handwritten_blind_zh70",
    "blind-en71": "handwritten_blind_en71",
    "blind-zh71": "handwritten_blind_zh71",
    "blind-ms36": "handwritten_blind_ms36",
    "blind-chat37": "handwritten_blind_chat37",
    "blind-mix42": "handwritten_blind_mix42",
    "blind-evade31": "handwritten_blind_evade31",
    "blind-en72": "handwritten_blind_en72",
    "blind-zh72": "handwritten_blind_zh72",
    "blind-en73": "handwritten_blind_en73",
    "blind-zh73": "handwritten_blind_zh73",
    "blind-ms37": "handwritten_blind_ms37",
    "blind-chat38": "handwritten_blind_chat38",
    "blind-mix43": "handwritten_blind_mix43",
    "blind-evade32": "handwritten_blind_evade32",
    "blind-en74": "handwritten_blind_en74",
    "blind-zh74": "handwritten_blind_zh74",
    "blind-en75": "handwritten_blind_en75",
    "blind-zh75": "handwritten_blind_zh75",
    "blind-ms38": "handwritten_blind_ms38",
    "blind-chat39": "handwritten_blind_chat39",
    "blind-en76": "handwritten_blind_en76",
    "blind-zh76": "handwritten_blind_zh76",
    "blind-mix44": "handwritten_blind_mix44",
    "blind-evade33": "handwritten_blind_evade33",
    "blind-en77": "handwritten_blind_en77",
    "blind-zh77": "handwritten_blind_zh77",
    "blind-ms39": "handwritten_blind_ms39",
    "blind-evade34": "handwritten_blind_evade34",
    "blind-en78": "handwritten_blind_en78",
    "blind-zh78": "handwritten_blind_zh78",
    "blind-mix45": "handwritten_blind_mix45",
    "blind-chat40": "handwritten_blind_chat40",
    "blind-ms40": "handwritten_blind_ms40",
    "blind-zh79": "handwritten_blind_zh79",
    "blind-en79": "handwritten_blind_en79",
    "blind-evade35": "handwritten_blind_evade35",
    "blind-en80": "handwritten_blind_en80",
    "blind-zh80": "handwritten_blind_zh80",
    "blind-ms41": "handwritten_blind_ms41",
    "blind-chat41": "handwritten_blind_chat41",
    "blind-en81": "handwritten_blind_en81",
    "blind-zh81": "handwritten_blind_zh81",
    "blind-mix46": "handwritten_blind_mix46",
    "blind-evade36": "handwritten_blind_evade36",
    "blind-en82": "handwritten_blind_en82",
    "blind-zh82": "handwritten_blind_zh82",
    "blind-ms42": "handwritten_blind_ms42",
    "blind-chat42": "handwritten_blind_chat42",
    "blind-en83": "handwritten_blind_en83",
    "blind-zh83": "handwritten_blind_zh83",
    "blind-ms43": "handwritten_blind_ms43",
    "blind-evade37": "handwritten_blind_evade37",
    "blind-en84": "handwritten_blind_en84",
    "blind-zh84": "handwritten_blind_zh84",
    "blind-ms44": "handwritten_blind_ms44",
    "blind-mix47": "handwritten_blind_mix47",
    "blind-chat43": "handwritten_blind_chat43",
    "blind-evade38": "handwritten_blind_evade38",
    "blind-en85": "handwritten_blind_en85",
    "blind-zh85": "handwritten_blind_zh85",
    "blind-ms45": "handwritten_blind_ms45",
    "blind-mix48": "handwritten_blind_mix48",
    "blind-chat44": "handwritten_blind_chat44",
    "blind-evade39": "handwritten_blind_evade39",
    "blind-en86": "handwritten_blind_en86",
    "blind-zh86": "handwritten_blind_zh86",
    "blind-ms46": "handwritten_blind_ms46",
    "blind-mix49": "handwritten_blind_mix49",
    "blind-chat45": "handwritten_blind_chat45",
    "blind-evade40": "handwritten_blind_evade40",
    "blind-en87": "handwritten_blind_en87",
    "blind-zh87": "handwritten_blind_zh87",
    "blind-ms47": "handwritten_blind_ms47",
    "blind-mix50": "handwritten_blind_mix50",
    "blind-en88": "handwritten_blind_en88",
    "blind-zh88": "handwritten_blind_zh88",
    "blind-chat46": "handwritten_blind_chat46",
    "blind-evade41": "handwritten_blind_evade41",
    "blind-en89": "handwritten_blind_en89",
    "blind-zh89": "handwritten_blind_zh89",
    "blind-ms48": "handwritten_blind_ms48",
    "blind-mix51": "handwritten_blind_mix51",
    "blind-en90": "handwritten_blind_en90",
    "blind-zh90": "handwritten_blind_zh90",
    "blind-chat47": "handwritten_blind_chat47",
    "blind-evade42": "handwritten_blind_evade42",
    "blind-en91": "handwritten_blind_en91",
    "blind-zh91": "handwritten_blind_zh91",
    "blind-ms49": "handwritten_blind_ms49",
    "blind-mix52": "handwritten_blind_mix52",
    "blind-en92": "handwritten_blind_en92",
    "blind-zh92": "handwritten_blind_zh92",
    "blind-chat48": "handwritten_blind_chat48",
    "blind-evade43": "handwritten_blind_evade43",
    "blind-en93": "handwritten_blind_en93",
    "blind-zh93": "handwritten_blind_zh93",
    "blind-ms50": "handwritten_blind_ms50",
    "blind-mix53": "handwritten_blind_mix53",
    "blind-en94": "handwritten_blind_en94",
    "blind-zh94": "handwritten_blind_zh94",
    "blind-en339": "handwritten_blind_en339",
    "blind-en340": "handwritten_blind_en340",
    "blind-zh339": "handwritten_blind_zh339",
    "blind-zh340": "handwritten_blind_zh340",
    "blind-ms173": "handwritten_blind_ms173",
    "blind-mix176": "handwritten_blind_mix176",
    "blind-chat171": "handwritten_blind_chat171",
    "blind-evade166": "handwritten_blind_evade166",
    "blind-en337": "handwritten_blind_en337",
    "blind-en338": "handwritten_blind_en338",
    "blind-zh337": "handwritten_blind_zh337",
    "blind-zh338": "handwritten_blind_zh338",
    "blind-ms172": "handwritten_blind_ms172",
    "blind-mix175": "handwritten_blind_mix175",
    "blind-chat170": "handwritten_blind_chat170",
    "blind-evade165": "handwritten_blind_evade165",
    "blind-en335": "handwritten_blind_en335",
    "blind-en336": "handwritten_blind_en336",
    "blind-zh335": "handwritten_blind_zh335",
    "blind-zh336": "handwritten_blind_zh336",
    "blind-ms171": "handwritten_blind_ms171",
    "blind-mix174": "handwritten_blind_mix174",
    "blind-chat169": "handwritten_blind_chat169",
    "blind-evade164": "handwritten_blind_evade164",
    "blind-en333": "handwritten_blind_en333",
    "blind-en334": "handwritten_blind_en334",
    "blind-zh333": "handwritten_blind_zh333",
    "blind-zh334": "handwritten_blind_zh334",
    "blind-ms170": "handwritten_blind_ms170",
    "blind-mix173": "handwritten_blind_mix173",
    "blind-chat168": "handwritten_blind_chat168",
    "blind-evade163": "handwritten_blind_evade163",
    "blind-en331": "handwritten_blind_en331",
    "blind-en332": "handwritten_blind_en332",
    "blind-zh331": "handwritten_blind_zh331",
    "blind-zh332": "handwritten_blind_zh332",
    "blind-ms169": "handwritten_blind_ms169",
    "blind-mix172": "handwritten_blind_mix172",
    "blind-chat167": "handwritten_blind_chat167",
    "blind-evade162": "handwritten_blind_evade162",
    "blind-en329": "handwritten_blind_en329",
    "blind-en330": "handwritten_blind_en330",
    "blind-zh329": "handwritten_blind_zh329",
    "blind-zh330": "handwritten_blind_zh330",
    "blind-ms168": "handwritten_blind_ms168",
    "blind-mix171": "handwritten_blind_mix171",
    "blind-chat166": "handwritten_blind_chat166",
    "blind-evade161": "handwritten_blind_evade161",
    "blind-en327": "handwritten_blind_en327",
    "blind-en328": "handwritten_blind_en328",
    "blind-zh327": "handwritten_blind_zh327",
    "blind-zh328": "handwritten_blind_zh328",
    "blind-ms167": "handwritten_blind_ms167",
    "blind-mix170": "handwritten_blind_mix170",
    "blind-chat165": "handwritten_blind_chat165",
    "blind-evade160": "handwritten_blind_evade160",
    "blind-en325": "handwritten_blind_en325",
    "blind-en326": "handwritten_blind_en326",
    "blind-zh325": "handwritten_blind_zh325",
    "blind-zh326": "handwritten_blind_zh326",
    "blind-ms166": "handwritten_blind_ms166",
    "blind-mix169": "handwritten_blind_mix169",
    "blind-chat164": "handwritten_blind_chat164",
    "blind-evade159": "handwritten_blind_evade159",
    "blind-en323": "handwritten_blind_en323",
    "blind-en324": "handwritten_blind_en324",
    "blind-zh323": "handwritten_blind_zh323",
    "blind-zh324": "handwritten_blind_zh324",
    "blind-ms165": "handwritten_blind_ms165",
    "blind-mix168": "handwritten_blind_mix168",
    "blind-chat163": "handwritten_blind_chat163",
    "blind-evade158": "handwritten_blind_evade158",
    "blind-en321": "handwritten_blind_en321",
    "blind-en322": "handwritten_blind_en322",
    "blind-zh321": "handwritten_blind_zh321",
    "blind-zh322": "handwritten_blind_zh322",
    "blind-ms164": "handwritten_blind_ms164",
    "blind-mix167": "handwritten_blind_mix167",
    "blind-chat162": "handwritten_blind_chat162",
    "blind-evade157": "handwritten_blind_evade157",
    "blind-en319": "handwritten_blind_en319",
    "blind-en320": "handwritten_blind_en320",
    "blind-zh319": "handwritten_blind_zh319",
    "blind-zh320": "handwritten_blind_zh320",
    "blind-ms163": "handwritten_blind_ms163",
    "blind-mix166": "handwritten_blind_mix166",
    "blind-chat161": "handwritten_blind_chat161",
    "blind-evade156": "handwritten_blind_evade156",
    "blind-en317": "handwritten_blind_en317",
    "blind-en318": "handwritten_blind_en318",
    "blind-zh317": "handwritten_blind_zh317",
    "blind-zh318": "handwritten_blind_zh318",
    "blind-ms162": "handwritten_blind_ms162",
    "blind-mix165": "handwritten_blind_mix165",
    "blind-chat160": "handwritten_blind_chat160",
    "blind-evade155": "handwritten_blind_evade155",
    "blind-en315": "handwritten_blind_en315",
    "blind-en316": "handwritten_blind_en316",
    "blind-zh315": "handwritten_blind_zh315",
    "blind-zh316": "handwritten_blind_zh316",
    "blind-ms161": "handwritten_blind_ms161",
    "blind-mix164": "handwritten_blind_mix164",
    "blind-chat159": "handwritten_blind_chat159",
    "blind-evade154": "handwritten_blind_evade154",
    "blind-en313": "handwritten_blind_en313",
    "blind-en314": "handwritten_blind_en314",
    "blind-zh313": "handwritten_blind_zh313",
    "blind-zh314": "handwritten_blind_zh314",
    "blind-ms160": "handwritten_blind_ms160",
    "blind-mix163": "handwritten_blind_mix163",
    "blind-chat158": "handwritten_blind_chat158",
    "blind-evade153": "handwritten_blind_evade153",
    "blind-en311": "handwritten_blind_en311",
    "blind-en312": "handwritten_blind_en312",
    "blind-zh311": "handwritten_blind_zh311",
    "blind-zh312": "handwritten_blind_zh312",
    "blind-ms159": "handwritten_blind_ms159",
    "blind-mix162": "handwritten_blind_mix162",
    "blind-chat157": "handwritten_blind_chat157",
    "blind-evade152": "handwritten_blind_evade152",
    "blind-en309": "handwritten_blind_en309",
    "blind-en310": "handwritten_blind_en310",
    "blind-zh309": "handwritten_blind_zh309",
    "blind-zh310": "handwritten_blind_zh310",
    "blind-ms158": "handwritten_blind_ms158",
    "blind-mix161": "handwritten_blind_mix161",
    "blind-chat156": "handwritten_blind_chat156",
    "blind-evade151": "handwritten_blind_evade151",
    "blind-en307": "handwritten_blind_en307",
    "blind-en308": "handwritten_blind_en308",
    "blind-zh307": "handwritten_blind_zh307",
    "blind-zh308": "handwritten_blind_zh308",
    "blind-ms157": "handwritten_blind_ms157",
    "blind-mix160": "handwritten_blind_mix160",
    "blind-chat155": "handwritten_blind_chat155",
    "blind-evade150": "handwritten_blind_evade150",
    "blind-en305": "handwritten_blind_en305",
    "blind-en306": "handwritten_blind_en306",
    "blind-zh305": "handwritten_blind_zh305",
    "blind-zh306": "handwritten_blind_zh306",
    "blind-ms156": "handwritten_blind_ms156",
    "blind-mix159": "handwritten_blind_mix159",
    "blind-chat154": "handwritten_blind_chat154",
    "blind-evade149": "handwritten_blind_evade149",
    "blind-en303": "handwritten_blind_en303",
    "blind-en304": "handwritten_blind_en304",
    "blind-zh303": "handwritten_blind_zh303",
    "blind-zh304": "handwritten_blind_zh304",
    "blind-ms155": "handwritten_blind_ms155",
    "blind-mix158": "handwritten_blind_mix158",
    "blind-chat153": "handwritten_blind_chat153",
    "blind-evade148": "handwritten_blind_evade148",
    "blind-en301": "handwritten_blind_en301",
    "blind-en302": "handwritten_blind_en302",
    "blind-zh301": "handwritten_blind_zh301",
    "blind-zh302": "handwritten_blind_zh302",
    "blind-ms154": "handwritten_blind_ms154",
    "blind-mix157": "handwritten_blind_mix157",
    "blind-chat152": "handwritten_blind_chat152",
    "blind-evade147": "handwritten_blind_evade147",
    "blind-en299": "handwritten_blind_en299",
    "blind-en300": "handwritten_blind_en300",
    "blind-zh299": "handwritten_blind_zh299",
    "blind-zh300": "handwritten_blind_zh300",
    "blind-ms153": "handwritten_blind_ms153",
    "blind-mix156": "handwritten_blind_mix156",
    "blind-chat151": "handwritten_blind_chat151",
    "blind-evade146": "handwritten_blind_evade146",
    "blind-en297": "handwritten_blind_en297",
    "blind-en298": "handwritten_blind_en298",
    "blind-zh297": "handwritten_blind_zh297",
    "blind-zh298": "handwritten_blind_zh298",
    "blind-ms152": "handwritten_blind_ms152",
    "blind-mix155": "handwritten_blind_mix155",
    "blind-chat150": "handwritten_blind_chat150",
    "blind-evade145": "handwritten_blind_evade145",
    "blind-en295": "handwritten_blind_en295",
    "blind-en296": "handwritten_blind_en296",
    "blind-zh295": "handwritten_blind_zh295",
    "blind-zh296": "handwritten_blind_zh296",
    "blind-ms151": "handwritten_blind_ms151",
    "blind-mix154": "handwritten_blind_mix154",
    "blind-chat149": "handwritten_blind_chat149",
    "blind-evade144": "handwritten_blind_evade144",
    "blind-en293": "handwritten_blind_en293",
    "blind-en294": "handwritten_blind_en294",
    "blind-zh293": "handwritten_blind_zh293",
    "blind-zh294": "handwritten_blind_zh294",
    "blind-ms150": "handwritten_blind_ms150",
    "blind-mix153": "handwritten_blind_mix153",
    "blind-chat148": "handwritten_blind_chat148",
    "blind-evade143": "handwritten_blind_evade143",
    "blind-en291": "handwritten_blind_en291",
    "blind-en292": "handwritten_blind_en292",
    "blind-zh291": "handwritten_blind_zh291",
    "blind-zh292": "handwritten_blind_zh292",
    "blind-ms149": "handwritten_blind_ms149",
    "blind-mix152": "handwritten_blind_mix152",
    "blind-chat147": "handwritten_blind_chat147",
    "blind-evade142": "handwritten_blind_evade142",
    "blind-en289": "handwritten_blind_en289",
    "blind-en290": "handwritten_blind_en290",
    "blind-zh289": "handwritten_blind_zh289",
    "blind-zh290": "handwritten_blind_zh290",
    "blind-ms148": "handwritten_blind_ms148",
    "blind-mix151": "handwritten_blind_mix151",
    "blind-chat146": "handwritten_blind_chat146",
    "blind-evade141": "handwritten_blind_evade141",
    "blind-en287": "handwritten_blind_en287",
    "blind-en288": "handwritten_blind_en288",
    "blind-zh287": "handwritten_blind_zh287",
    "blind-zh288": "handwritten_blind_zh288",
    "blind-ms147": "handwritten_blind_ms147",
    "blind-mix150": "handwritten_blind_mix150",
    "blind-chat145": "handwritten_blind_chat145",
    "blind-evade140": "handwritten_blind_evade140",
    "blind-en285": "handwritten_blind_en285",
    "blind-en286": "handwritten_blind_en286",
    "blind-zh285": "handwritten_blind_zh285",
    "blind-zh286": "handwritten_blind_zh286",
    "blind-ms146": "handwritten_blind_ms146",
    "blind-mix149": "handwritten_blind_mix149",
    "blind-chat144": "handwritten_blind_chat144",
    "blind-evade139": "handwritten_blind_evade139",
    "blind-en283": "handwritten_blind_en283",
    "blind-en284": "handwritten_blind_en284",
    "blind-zh283": "handwritten_blind_zh283",
    "blind-zh284": "handwritten_blind_zh284",
    "blind-ms145": "handwritten_blind_ms145",
    "blind-mix148": "handwritten_blind_mix148",
    "blind-chat143": "handwritten_blind_chat143",
    "blind-evade138": "handwritten_blind_evade138",
    "blind-en281": "handwritten_blind_en281",
    "blind-en282": "handwritten_blind_en282",
    "blind-zh281": "handwritten_blind_zh281",
    "blind-zh282": "handwritten_blind_zh282",
    "blind-ms144": "handwritten_blind_ms144",
    "blind-mix147": "handwritten_blind_mix147",
    "blind-chat142": "handwritten_blind_chat142",
    "blind-evade137": "handwritten_blind_evade137",
    "blind-en279": "handwritten_blind_en279",
    "blind-en280": "handwritten_blind_en280",
    "blind-zh279": "handwritten_blind_zh279",
    "blind-zh280": "handwritten_blind_zh280",
    "blind-ms143": "handwritten_blind_ms143",
    "blind-mix146": "handwritten_blind_mix146",
    "blind-chat141": "handwritten_blind_chat141",
    "blind-evade136": "handwritten_blind_evade136",
    "blind-en277": "handwritten_blind_en277",
    "blind-en278": "handwritten_blind_en278",
    "blind-zh277": "handwritten_blind_zh277",
    "blind-zh278": "handwritten_blind_zh278",
    "blind-ms142": "handwritten_blind_ms142",
    "blind-mix145": "handwritten_blind_mix145",
    "blind-chat140": "handwritten_blind_chat140",
    "blind-evade135": "handwritten_blind_evade135",
    "blind-en275": "handwritten_blind_en275",
    "blind-en276": "handwritten_blind_en276",
    "blind-zh275": "handwritten_blind_zh275",
    "blind-zh276": "handwritten_blind_zh276",
    "blind-ms141": "handwritten_blind_ms141",
    "blind-mix144": "handwritten_blind_mix144",
    "blind-chat139": "handwritten_blind_chat139",
    "blind-evade134": "handwritten_blind_evade134",
    "blind-en273": "handwritten_blind_en273",
    "blind-en274": "handwritten_blind_en274",
    "blind-zh273": "handwritten_blind_zh273",
    "blind-zh274": "handwritten_blind_zh274",
    "blind-ms140": "handwritten_blind_ms140",
    "blind-mix143": "handwritten_blind_mix143",
    "blind-chat138": "handwritten_blind_chat138",
    "blind-evade133": "handwritten_blind_evade133",
    "blind-en271": "handwritten_blind_en271",
    "blind-en272": "handwritten_blind_en272",
    "blind-zh271": "handwritten_blind_zh271",
    "blind-zh272": "handwritten_blind_zh272",
    "blind-ms139": "handwritten_blind_ms139",
    "blind-mix142": "handwritten_blind_mix142",
    "blind-chat137": "handwritten_blind_chat137",
    "blind-evade132": "handwritten_blind_evade132",
    "blind-en269": "handwritten_blind_en269",
    "blind-en270": "handwritten_blind_en270",
    "blind-zh269": "handwritten_blind_zh269",
    "blind-zh270": "handwritten_blind_zh270",
    "blind-ms138": "handwritten_blind_ms138",
    "blind-mix141": "handwritten_blind_mix141",
    "blind-chat136": "handwritten_blind_chat136",
    "blind-evade131": "handwritten_blind_evade131",
    "blind-en267": "handwritten_blind_en267",
    "blind-en268": "handwritten_blind_en268",
    "blind-zh267": "handwritten_blind_zh267",
    "blind-zh268": "handwritten_blind_zh268",
    "blind-ms137": "handwritten_blind_ms137",
    "blind-mix140": "handwritten_blind_mix140",
    "blind-chat135": "handwritten_blind_chat135",
    "blind-evade130": "handwritten_blind_evade130",
    "blind-en265": "handwritten_blind_en265",
    "blind-en266": "handwritten_blind_en266",
    "blind-zh265": "handwritten_blind_zh265",
    "blind-zh266": "handwritten_blind_zh266",
    "blind-ms136": "handwritten_blind_ms136",
    "blind-mix139": "handwritten_blind_mix139",
    "blind-chat134": "handwritten_blind_chat134",
    "blind-evade129": "handwritten_blind_evade129",
    "blind-en263": "handwritten_blind_en263",
    "blind-en264": "handwritten_blind_en264",
    "blind-zh263": "handwritten_blind_zh263",
    "blind-zh264": "handwritten_blind_zh264",
    "blind-ms135": "handwritten_blind_ms135",
    "blind-mix138": "handwritten_blind_mix138",
    "blind-chat133": "handwritten_blind_chat133",
    "blind-evade128": "handwritten_blind_evade128",
    "blind-en261": "handwritten_blind_en261",
    "blind-en262": "handwritten_blind_en262",
    "blind-zh261": "handwritten_blind_zh261",
    "blind-zh262": "handwritten_blind_zh262",
    "blind-ms134": "handwritten_blind_ms134",
    "blind-mix137": "handwritten_blind_mix137",
    "blind-chat132": "handwritten_blind_chat132",
    "blind-evade127": "handwritten_blind_evade127",
    "blind-en259": "handwritten_blind_en259",
    "blind-en260": "handwritten_blind_en260",
    "blind-zh259": "handwritten_blind_zh259",
    "blind-zh260": "handwritten_blind_zh260",
    "blind-ms133": "handwritten_blind_ms133",
    "blind-mix136": "handwritten_blind_mix136",
    "blind-chat131": "handwritten_blind_chat131",
    "blind-evade126": "handwritten_blind_evade126",
    "blind-en257": "handwritten_blind_en257",
    "blind-en258": "handwritten_blind_en258",
    "blind-zh257": "handwritten_blind_zh257",
    "blind-zh258": "handwritten_blind_zh258",
    "blind-ms132": "handwritten_blind_ms132",
    "blind-mix135": "handwritten_blind_mix135",
    "blind-chat130": "handwritten_blind_chat130",
    "blind-evade125": "handwritten_blind_evade125",
    "blind-en255": "handwritten_blind_en255",
    "blind-en256": "handwritten_blind_en256",
    "blind-zh255": "handwritten_blind_zh255",
    "blind-zh256": "handwritten_blind_zh256",
    "blind-ms131": "handwritten_blind_ms131",
    "blind-mix134": "handwritten_blind_mix134",
    "blind-chat129": "handwritten_blind_chat129",
    "blind-evade124": "handwritten_blind_evade124",
    "blind-en253": "handwritten_blind_en253",
    "blind-en254": "handwritten_blind_en254",
    "blind-zh253": "handwritten_blind_zh253",
    "blind-zh254": "handwritten_blind_zh254",
    "blind-ms130": "handwritten_blind_ms130",
    "blind-mix133": "handwritten_blind_mix133",
    "blind-chat128": "handwritten_blind_chat128",
    "blind-evade123": "handwritten_blind_evade123",
    "blind-en251": "handwritten_blind_en251",
    "blind-en252": "handwritten_blind_en252",
    "blind-zh251": "handwritten_blind_zh251",
    "blind-zh252": "handwritten_blind_zh252",
    "blind-ms129": "handwritten_blind_ms129",
    "blind-mix132": "handwritten_blind_mix132",
    "blind-chat127": "handwritten_blind_chat127",
    "blind-evade122": "handwritten_blind_evade122",
    "blind-en249": "handwritten_blind_en249",
    "blind-en250": "handwritten_blind_en250",
    "blind-zh249": "handwritten_blind_zh249",
    "blind-zh250": "handwritten_blind_zh250",
    "blind-ms128": "handwritten_blind_ms128",
    "blind-mix131": "handwritten_blind_mix131",
    "blind-chat126": "handwritten_blind_chat126",
    "blind-evade121": "handwritten_blind_evade121",
    "blind-en247": "handwritten_blind_en247",
    "blind-en248": "handwritten_blind_en248",
    "blind-zh247": "handwritten_blind_zh247",
    "blind-zh248": "handwritten_blind_zh248",
    "blind-ms127": "handwritten_blind_ms127",
    "blind-mix130": "handwritten_blind_mix130",
    "blind-chat125": "handwritten_blind_chat125",
    "blind-evade120": "handwritten_blind_evade120",
    "blind-en245": "handwritten_blind_en245",
    "blind-en246": "handwritten_blind_en246",
    "blind-zh245": "handwritten_blind_zh245",
    "blind-zh246": "handwritten_blind_zh246",
    "blind-ms126": "handwritten_blind_ms126",
    "blind-mix129": "handwritten_blind_mix129",
    "blind-chat124": "handwritten_blind_chat124",
    "blind-evade119": "handwritten_blind_evade119",
    "blind-en243": "handwritten_blind_en243",
    "blind-en244": "handwritten_blind_en244",
    "blind-zh243": "handwritten_blind_zh243",
    "blind-zh244": "handwritten_blind_zh244",
    "blind-ms125": "handwritten_blind_ms125",
    "blind-mix128": "handwritten_blind_mix128",
    "blind-chat123": "handwritten_blind_chat123",
    "blind-evade118": "handwritten_blind_evade118",
    "blind-en241": "handwritten_blind_en241",
    "blind-en242": "handwritten_blind_en242",
    "blind-zh241": "handwritten_blind_zh241",
    "blind-zh242": "handwritten_blind_zh242",
    "blind-ms124": "handwritten_blind_ms124",
    "blind-mix127": "handwritten_blind_mix127",
    "blind-chat122": "handwritten_blind_chat122",
    "blind-evade117": "handwritten_blind_evade117",
    "blind-en239": "handwritten_blind_en239",
    "blind-en240": "handwritten_blind_en240",
    "blind-zh239": "handwritten_blind_zh239",
    "blind-zh240": "handwritten_blind_zh240",
    "blind-ms123": "handwritten_blind_ms123",
    "blind-mix126": "handwritten_blind_mix126",
    "blind-chat121": "handwritten_blind_chat121",
    "blind-evade116": "handwritten_blind_evade116",
    "blind-en237": "handwritten_blind_en237",
    "blind-en238": "handwritten_blind_en238",
    "blind-zh237": "handwritten_blind_zh237",
    "blind-zh238": "handwritten_blind_zh238",
    "blind-ms122": "handwritten_blind_ms122",
    "blind-mix125": "handwritten_blind_mix125",
    "blind-chat120": "handwritten_blind_chat120",
    "blind-evade115": "handwritten_blind_evade115",
    "blind-en235": "handwritten_blind_en235",
    "blind-en236": "handwritten_blind_en236",
    "blind-zh235": "handwritten_blind_zh235",
    "blind-zh236": "handwritten_blind_zh236",
    "blind-ms121": "handwritten_blind_ms121",
    "blind-mix124": "handwritten_blind_mix124",
    "blind-chat119": "handwritten_blind_chat119",
    "blind-evade114": "handwritten_blind_evade114",
    "blind-en233": "handwritten_blind_en233",
    "blind-en234": "handwritten_blind_en234",
    "blind-zh233": "handwritten_blind_zh233",
    "blind-zh234": "handwritten_blind_zh234",
    "blind-ms120": "handwritten_blind_ms120",
    "blind-mix123": "handwritten_blind_mix123",
    "blind-chat118": "handwritten_blind_chat118",
    "blind-evade113": "handwritten_blind_evade113",
    "blind-en231": "handwritten_blind_en231",
    "blind-en232": "handwritten_blind_en232",
    "blind-zh231": "handwritten_blind_zh231",
    "blind-zh232": "handwritten_blind_zh232",
    "blind-ms119": "handwritten_blind_ms119",
    "blind-mix122": "handwritten_blind_mix122",
    "blind-chat117": "handwritten_blind_chat117",
    "blind-evade112": "handwritten_blind_evade112",
    "blind-en229": "handwritten_blind_en229",
    "blind-en230": "handwritten_blind_en230",
    "blind-zh229": "handwritten_blind_zh229",
    "blind-zh230": "handwritten_blind_zh230",
    "blind-ms118": "handwritten_blind_ms118",
    "blind-mix121": "handwritten_blind_mix121",
    "blind-chat116": "handwritten_blind_chat116",
    "blind-evade111": "handwritten_blind_evade111",
    "blind-en227": "handwritten_blind_en227",
    "blind-en228": "handwritten_blind_en228",
    "blind-zh227": "handwritten_blind_zh227",
    "blind-zh228": "handwritten_blind_zh228",
    "blind-ms117": "handwritten_blind_ms117",
    "blind-mix120": "handwritten_blind_mix120",
    "blind-chat115": "handwritten_blind_chat115",
    "blind-evade110": "handwritten_blind_evade110",
    "blind-en225": "handwritten_blind_en225",
    "blind-en226": "handwritten_blind_en226",
    "blind-zh225": "handwritten_blind_zh225",
    "blind-zh226": "handwritten_blind_zh226",
    "blind-ms116": "handwritten_blind_ms116",
    "blind-mix119": "handwritten_blind_mix119",
    "blind-chat114": "handwritten_blind_chat114",
    "blind-evade109": "handwritten_blind_evade109",
    "blind-en221": "handwritten_blind_en221",
    "blind-en222": "handwritten_blind_en222",
    "blind-zh221": "handwritten_blind_zh221",
    "blind-zh222": "handwritten_blind_zh222",
    "blind-ms114": "handwritten_blind_ms114",
    "blind-mix117": "handwritten_blind_mix117",
    "blind-chat112": "handwritten_blind_chat112",
    "blind-evade107": "handwritten_blind_evade107",
    "blind-en223": "handwritten_blind_en223",
    "blind-en224": "handwritten_blind_en224",
    "blind-zh223": "handwritten_blind_zh223",
    "blind-zh224": "handwritten_blind_zh224",
    "blind-ms115": "handwritten_blind_ms115",
    "blind-mix118": "handwritten_blind_mix118",
    "blind-chat113": "handwritten_blind_chat113",
    "blind-evade108": "handwritten_blind_evade108",
    "blind-en219": "handwritten_blind_en219",
    "blind-en220": "handwritten_blind_en220",
    "blind-zh219": "handwritten_blind_zh219",
    "blind-zh220": "handwritten_blind_zh220",
    "blind-ms113": "handwritten_blind_ms113",
    "blind-mix116": "handwritten_blind_mix116",
    "blind-chat111": "handwritten_blind_chat111",
    "blind-evade106": "handwritten_blind_evade106",
    "blind-en217": "handwritten_blind_en217",
    "blind-en218": "handwritten_blind_en218",
    "blind-zh217": "handwritten_blind_zh217",
    "blind-zh218": "handwritten_blind_zh218",
    "blind-ms112": "handwritten_blind_ms112",
    "blind-mix115": "handwritten_blind_mix115",
    "blind-chat110": "handwritten_blind_chat110",
    "blind-evade105": "handwritten_blind_evade105",
    "blind-en215": "handwritten_blind_en215",
    "blind-en216": "handwritten_blind_en216",
    "blind-zh215": "handwritten_blind_zh215",
    "blind-zh216": "handwritten_blind_zh216",
    "blind-ms111": "handwritten_blind_ms111",
    "blind-mix114": "handwritten_blind_mix114",
    "blind-chat109": "handwritten_blind_chat109",
    "blind-evade104": "handwritten_blind_evade104",
    "blind-en213": "handwritten_blind_en213",
    "blind-en214": "handwritten_blind_en214",
    "blind-zh213": "handwritten_blind_zh213",
    "blind-zh214": "handwritten_blind_zh214",
    "blind-ms110": "handwritten_blind_ms110",
    "blind-mix113": "handwritten_blind_mix113",
    "blind-chat108": "handwritten_blind_chat108",
    "blind-evade103": "handwritten_blind_evade103",
    "blind-en211": "handwritten_blind_en211",
    "blind-en212": "handwritten_blind_en212",
    "blind-zh211": "handwritten_blind_zh211",
    "blind-zh212": "handwritten_blind_zh212",
    "blind-ms109": "handwritten_blind_ms109",
    "blind-mix112": "handwritten_blind_mix112",
    "blind-chat107": "handwritten_blind_chat107",
    "blind-evade102": "handwritten_blind_evade102",
    "blind-en207": "handwritten_blind_en207",
    "blind-en208": "handwritten_blind_en208",
    "blind-zh207": "handwritten_blind_zh207",
    "blind-zh208": "handwritten_blind_zh208",
    "blind-ms107": "handwritten_blind_ms107",
    "blind-mix110": "handwritten_blind_mix110",
    "blind-chat105": "handwritten_blind_chat105",
    "blind-evade100": "handwritten_blind_evade100",
    "blind-en209": "handwritten_blind_en209",
    "blind-en210": "handwritten_blind_en210",
    "blind-zh209": "handwritten_blind_zh209",
    "blind-zh210": "handwritten_blind_zh210",
    "blind-ms108": "handwritten_blind_ms108",
    "blind-mix111": "handwritten_blind_mix111",
    "blind-chat106": "handwritten_blind_chat106",
    "blind-evade101": "handwritten_blind_evade101",
    "blind-en205": "handwritten_blind_en205",
    "blind-en206": "handwritten_blind_en206",
    "blind-zh205": "handwritten_blind_zh205",
    "blind-zh206": "handwritten_blind_zh206",
    "blind-ms106": "handwritten_blind_ms106",
    "blind-mix109": "handwritten_blind_mix109",
    "blind-chat104": "handwritten_blind_chat104",
    "blind-evade99": "handwritten_blind_evade99",
    "blind-en201": "handwritten_blind_en201",
    "blind-en202": "handwritten_blind_en202",
    "blind-zh201": "handwritten_blind_zh201",
    "blind-zh202": "handwritten_blind_zh202",
    "blind-ms104": "handwritten_blind_ms104",
    "blind-mix107": "handwritten_blind_mix107",
    "blind-chat102": "handwritten_blind_chat102",
    "blind-evade97": "handwritten_blind_evade97",
    "blind-en203": "handwritten_blind_en203",
    "blind-en204": "handwritten_blind_en204",
    "blind-zh203": "handwritten_blind_zh203",
    "blind-zh204": "handwritten_blind_zh204",
    "blind-ms105": "handwritten_blind_ms105",
    "blind-mix108": "handwritten_blind_mix108",
    "blind-chat103": "handwritten_blind_chat103",
    "blind-evade98": "handwritten_blind_evade98",
    "blind-en197": "handwritten_blind_en197",
    "blind-en198": "handwritten_blind_en198",
    "blind-zh197": "handwritten_blind_zh197",
    "blind-zh198": "handwritten_blind_zh198",
    "blind-ms102": "handwritten_blind_ms102",
    "blind-mix105": "handwritten_blind_mix105",
    "blind-chat100": "handwritten_blind_chat100",
    "blind-evade95": "handwritten_blind_evade95",
    "blind-en199": "handwritten_blind_en199",
    "blind-en200": "handwritten_blind_en200",
    "blind-zh199": "handwritten_blind_zh199",
    "blind-zh200": "handwritten_blind_zh200",
    "blind-ms103": "handwritten_blind_ms103",
    "blind-mix106": "handwritten_blind_mix106",
    "blind-chat101": "handwritten_blind_chat101",
    "blind-evade96": "handwritten_blind_evade96",
    "blind-en193": "handwritten_blind_en193",
    "blind-en194": "handwritten_blind_en194",
    "blind-zh193": "handwritten_blind_zh193",
    "blind-zh194": "handwritten_blind_zh194",
    "blind-ms100": "handwritten_blind_ms100",
    "blind-mix103": "handwritten_blind_mix103",
    "blind-chat98": "handwritten_blind_chat98",
    "blind-evade93": "handwritten_blind_evade93",
    "blind-en195": "handwritten_blind_en195",
    "blind-en196": "handwritten_blind_en196",
    "blind-zh195": "handwritten_blind_zh195",
    "blind-zh196": "handwritten_blind_zh196",
    "blind-ms101": "handwritten_blind_ms101",
    "blind-mix104": "handwritten_blind_mix104",
    "blind-chat99": "handwritten_blind_chat99",
    "blind-evade94": "handwritten_blind_evade94",
    "blind-en191": "handwritten_blind_en191",
    "blind-en192": "handwritten_blind_en192",
    "blind-zh191": "handwritten_blind_zh191",
    "blind-zh192": "handwritten_blind_zh192",
    "blind-ms99": "handwritten_blind_ms99",
    "blind-mix102": "handwritten_blind_mix102",
    "blind-chat97": "handwritten_blind_chat97",
    "blind-evade92": "handwritten_blind_evade92",
    "blind-en189": "handwritten_blind_en189",
    "blind-en190": "handwritten_blind_en190",
    "blind-zh189": "handwritten_blind_zh189",
    "blind-zh190": "handwritten_blind_zh190",
    "blind-ms98": "handwritten_blind_ms98",
    "blind-mix101": "handwritten_blind_mix101",
    "blind-chat96": "handwritten_blind_chat96",
    "blind-evade91": "handwritten_blind_evade91",
    "blind-en187": "handwritten_blind_en187",
    "blind-en188": "handwritten_blind_en188",
    "blind-zh187": "handwritten_blind_zh187",
    "blind-zh188": "handwritten_blind_zh188",
    "blind-ms97": "handwritten_blind_ms97",
    "blind-mix100": "handwritten_blind_mix100",
    "blind-chat95": "handwritten_blind_chat95",
    "blind-evade90": "handwritten_blind_evade90",
    "blind-en185": "handwritten_blind_en185",
    "blind-en186": "handwritten_blind_en186",
    "blind-zh185": "handwritten_blind_zh185",
    "blind-zh186": "handwritten_blind_zh186",
    "blind-ms96": "handwritten_blind_ms96",
    "blind-mix99": "handwritten_blind_mix99",
    "blind-chat94": "handwritten_blind_chat94",
    "blind-evade89": "handwritten_blind_evade89",
    "blind-en183": "handwritten_blind_en183",
    "blind-en184": "handwritten_blind_en184",
    "blind-zh183": "handwritten_blind_zh183",
    "blind-zh184": "handwritten_blind_zh184",
    "blind-ms95": "handwritten_blind_ms95",
    "blind-mix98": "handwritten_blind_mix98",
    "blind-chat93": "handwritten_blind_chat93",
    "blind-evade88": "handwritten_blind_evade88",
    "blind-en181": "handwritten_blind_en181",
    "blind-en182": "handwritten_blind_en182",
    "blind-zh181": "handwritten_blind_zh181",
    "blind-zh182": "handwritten_blind_zh182",
    "blind-ms94": "handwritten_blind_ms94",
    "blind-mix97": "handwritten_blind_mix97",
    "blind-chat92": "handwritten_blind_chat92",
    "blind-evade87": "handwritten_blind_evade87",
    "blind-en179": "handwritten_blind_en179",
    "blind-en180": "handwritten_blind_en180",
    "blind-zh179": "handwritten_blind_zh179",
    "blind-zh180": "handwritten_blind_zh180",
    "blind-ms93": "handwritten_blind_ms93",
    "blind-mix96": "handwritten_blind_mix96",
    "blind-chat91": "handwritten_blind_chat91",
    "blind-evade86": "handwritten_blind_evade86",
    "blind-en175": "handwritten_blind_en175",
    "blind-en176": "handwritten_blind_en176",
    "blind-zh175": "handwritten_blind_zh175",
    "blind-zh176": "handwritten_blind_zh176",
    "blind-ms91": "handwritten_blind_ms91",
    "blind-mix94": "handwritten_blind_mix94",
    "blind-chat89": "handwritten_blind_chat89",
    "blind-evade84": "handwritten_blind_evade84",
    "blind-en177": "handwritten_blind_en177",
    "blind-en178": "handwritten_blind_en178",
    "blind-zh177": "handwritten_blind_zh177",
    "blind-zh178": "handwritten_blind_zh178",
    "blind-ms92": "handwritten_blind_ms92",
    "blind-mix95": "handwritten_blind_mix95",
    "blind-chat90": "handwritten_blind_chat90",
    "blind-evade85": "handwritten_blind_evade85",
    "blind-en173": "handwritten_blind_en173",
    "blind-en174": "handwritten_blind_en174",
    "blind-zh173": "handwritten_blind_zh173",
    "blind-zh174": "handwritten_blind_zh174",
    "blind-ms90": "handwritten_blind_ms90",
    "blind-mix93": "handwritten_blind_mix93",
    "blind-chat88": "handwritten_blind_chat88",
    "blind-evade83": "handwritten_blind_evade83",
    "blind-en171": "handwritten_blind_en171",
    "blind-en172": "handwritten_blind_en172",
    "blind-zh171": "handwritten_blind_zh171",
    "blind-zh172": "handwritten_blind_zh172",
    "blind-ms89": "handwritten_blind_ms89",
    "blind-mix92": "handwritten_blind_mix92",
    "blind-chat87": "handwritten_blind_chat87",
    "blind-evade82": "handwritten_blind_evade82",
    "blind-en167": "handwritten_blind_en167",
    "blind-en168": "handwritten_blind_en168",
    "blind-zh167": "handwritten_blind_zh167",
    "blind-zh168": "handwritten_blind_zh168",
    "blind-ms87": "handwritten_blind_ms87",
    "blind-mix90": "handwritten_blind_mix90",
    "blind-chat85": "handwritten_blind_chat85",
    "blind-evade80": "handwritten_blind_evade80",
    "blind-en169": "handwritten_blind_en169",
    "blind-en170": "handwritten_blind_en170",
    "blind-zh169": "handwritten_blind_zh169",
    "blind-zh170": "handwritten_blind_zh170",
    "blind-ms88": "handwritten_blind_ms88",
    "blind-mix91": "handwritten_blind_mix91",
    "blind-chat86": "handwritten_blind_chat86",
    "blind-evade81": "handwritten_blind_evade81",
    "blind-en165": "handwritten_blind_en165",
    "blind-en166": "handwritten_blind_en166",
    "blind-zh165": "handwritten_blind_zh165",
    "blind-zh166": "handwritten_blind_zh166",
    "blind-ms86": "handwritten_blind_ms86",
    "blind-mix89": "handwritten_blind_mix89",
    "blind-chat84": "handwritten_blind_chat84",
    "blind-evade79": "handwritten_blind_evade79",
    "blind-en163": "handwritten_blind_en163",
    "blind-en164": "handwritten_blind_en164",
    "blind-zh163": "handwritten_blind_zh163",
    "blind-zh164": "handwritten_blind_zh164",
    "blind-ms85": "handwritten_blind_ms85",
    "blind-mix88": "handwritten_blind_mix88",
    "blind-chat83": "handwritten_blind_chat83",
    "blind-evade78": "handwritten_blind_evade78",
    "blind-en159": "handwritten_blind_en159",
    "blind-en160": "handwritten_blind_en160",
    "blind-zh159": "handwritten_blind_zh159",
    "blind-zh160": "handwritten_blind_zh160",
    "blind-ms83": "handwritten_blind_ms83",
    "blind-mix86": "handwritten_blind_mix86",
    "blind-chat81": "handwritten_blind_chat81",
    "blind-evade76": "handwritten_blind_evade76",
    "blind-en161": "handwritten_blind_en161",
    "blind-en162": "handwritten_blind_en162",
    "blind-zh161": "handwritten_blind_zh161",
    "blind-zh162": "handwritten_blind_zh162",
    "blind-ms84": "handwritten_blind_ms84",
    "blind-mix87": "handwritten_blind_mix87",
    "blind-chat82": "handwritten_blind_chat82",
    "blind-evade77": "handwritten_blind_evade77",
    "blind-en157": "handwritten_blind_en157",
    "blind-en158": "handwritten_blind_en158",
    "blind-zh157": "handwritten_blind_zh157",
    "blind-zh158": "handwritten_blind_zh158",
    "blind-ms82": "handwritten_blind_ms82",
    "blind-mix85": "handwritten_blind_mix85",
    "blind-chat80": "handwritten_blind_chat80",
    "blind-evade75": "handwritten_blind_evade75",
    "blind-en155": "handwritten_blind_en155",
    "blind-en156": "handwritten_blind_en156",
    "blind-zh155": "handwritten_blind_zh155",
    "blind-zh156": "handwritten_blind_zh156",
    "blind-ms81": "handwritten_blind_ms81",
    "blind-mix84": "handwritten_blind_mix84",
    "blind-chat79": "handwritten_blind_chat79",
    "blind-evade74": "handwritten_blind_evade74",
    "blind-en153": "handwritten_blind_en153",
    "blind-en154": "handwritten_blind_en154",
    "blind-zh153": "handwritten_blind_zh153",
    "blind-zh154": "handwritten_blind_zh154",
    "blind-ms80": "handwritten_blind_ms80",
    "blind-mix83": "handwritten_blind_mix83",
    "blind-chat78": "handwritten_blind_chat78",
    "blind-evade73": "handwritten_blind_evade73",
    "blind-en151": "handwritten_blind_en151",
    "blind-en152": "handwritten_blind_en152",
    "blind-zh151": "handwritten_blind_zh151",
    "blind-zh152": "handwritten_blind_zh152",
    "blind-ms79": "handwritten_blind_ms79",
    "blind-mix82": "handwritten_blind_mix82",
    "blind-chat77": "handwritten_blind_chat77",
    "blind-evade72": "handwritten_blind_evade72",
    "blind-en149": "handwritten_blind_en149",
    "blind-en150": "handwritten_blind_en150",
    "blind-zh149": "handwritten_blind_zh149",
    "blind-zh150": "handwritten_blind_zh150",
    "blind-ms78": "handwritten_blind_ms78",
    "blind-mix81": "handwritten_blind_mix81",
    "blind-chat76": "handwritten_blind_chat76",
    "blind-evade71": "handwritten_blind_evade71",
    "blind-en147": "handwritten_blind_en147",
    "blind-en148": "handwritten_blind_en148",
    "blind-zh147": "handwritten_blind_zh147",
    "blind-zh148": "handwritten_blind_zh148",
    "blind-ms77": "handwritten_blind_ms77",
    "blind-mix80": "handwritten_blind_mix80",
    "blind-chat75": "handwritten_blind_chat75",
    "blind-evade70": "handwritten_blind_evade70",
    "blind-en143": "handwritten_blind_en143",
    "blind-en144": "handwritten_blind_en144",
    "blind-zh143": "handwritten_blind_zh143",
    "blind-zh144": "handwritten_blind_zh144",
    "blind-ms75": "handwritten_blind_ms75",
    "blind-mix78": "handwritten_blind_mix78",
    "blind-chat73": "handwritten_blind_chat73",
    "blind-evade68": "handwritten_blind_evade68",
    "blind-en145": "handwritten_blind_en145",
    "blind-en146": "handwritten_blind_en146",
    "blind-zh145": "handwritten_blind_zh145",
    "blind-zh146": "handwritten_blind_zh146",
    "blind-ms76": "handwritten_blind_ms76",
    "blind-mix79": "handwritten_blind_mix79",
    "blind-chat74": "handwritten_blind_chat74",
    "blind-evade69": "handwritten_blind_evade69",
    "blind-en139": "handwritten_blind_en139",
    "blind-en140": "handwritten_blind_en140",
    "blind-zh139": "handwritten_blind_zh139",
    "blind-zh140": "handwritten_blind_zh140",
    "blind-ms73": "handwritten_blind_ms73",
    "blind-mix76": "handwritten_blind_mix76",
    "blind-chat71": "handwritten_blind_chat71",
    "blind-evade66": "handwritten_blind_evade66",
    "blind-en141": "handwritten_blind_en141",
    "blind-en142": "handwritten_blind_en142",
    "blind-zh141": "handwritten_blind_zh141",
    "blind-zh142": "handwritten_blind_zh142",
    "blind-ms74": "handwritten_blind_ms74",
    "blind-mix77": "handwritten_blind_mix77",
    "blind-chat72": "handwritten_blind_chat72",
    "blind-evade67": "handwritten_blind_evade67",
    "blind-en137": "handwritten_blind_en137",
    "blind-en138": "handwritten_blind_en138",
    "blind-zh137": "handwritten_blind_zh137",
    "blind-zh138": "handwritten_blind_zh138",
    "blind-ms72": "handwritten_blind_ms72",
    "blind-mix75": "handwritten_blind_mix75",
    "blind-chat70": "handwritten_blind_chat70",
    "blind-evade65": "handwritten_blind_evade65",
    "blind-en135": "handwritten_blind_en135",
    "blind-en136": "handwritten_blind_en136",
    "blind-zh135": "handwritten_blind_zh135",
    "blind-zh136": "handwritten_blind_zh136",
    "blind-ms71": "handwritten_blind_ms71",
    "blind-mix74": "handwritten_blind_mix74",
    "blind-chat69": "handwritten_blind_chat69",
    "blind-evade64": "handwritten_blind_evade64",
    "blind-en131": "handwritten_blind_en131",
    "blind-en132": "handwritten_blind_en132",
    "blind-zh131": "handwritten_blind_zh131",
    "blind-zh132": "handwritten_blind_zh132",
    "blind-ms69": "handwritten_blind_ms69",
    "blind-mix72": "handwritten_blind_mix72",
    "blind-chat67": "handwritten_blind_chat67",
    "blind-evade62": "handwritten_blind_evade62",
    "blind-en133": "handwritten_blind_en133",
    "blind-en134": "handwritten_blind_en134",
    "blind-zh133": "handwritten_blind_zh133",
    "blind-zh134": "handwritten_blind_zh134",
    "blind-ms70": "handwritten_blind_ms70",
    "blind-mix73": "handwritten_blind_mix73",
    "blind-chat68": "handwritten_blind_chat68",
    "blind-evade63": "handwritten_blind_evade63",
    "blind-en129": "handwritten_blind_en129",
    "blind-en130": "handwritten_blind_en130",
    "blind-zh129": "handwritten_blind_zh129",
    "blind-zh130": "handwritten_blind_zh130",
    "blind-ms68": "handwritten_blind_ms68",
    "blind-mix71": "handwritten_blind_mix71",
    "blind-chat66": "handwritten_blind_chat66",
    "blind-evade61": "handwritten_blind_evade61",
    "blind-en127": "handwritten_blind_en127",
    "blind-en128": "handwritten_blind_en128",
    "blind-zh127": "handwritten_blind_zh127",
    "blind-zh128": "handwritten_blind_zh128",
    "blind-ms67": "handwritten_blind_ms67",
    "blind-mix70": "handwritten_blind_mix70",
    "blind-chat65": "handwritten_blind_chat65",
    "blind-evade60": "handwritten_blind_evade60",
    "blind-en125": "handwritten_blind_en125",
    "blind-zh125": "handwritten_blind_zh125",
    "blind-ms66": "handwritten_blind_ms66",
    "blind-mix69": "handwritten_blind_mix69",
    "blind-en126": "handwritten_blind_en126",
    "blind-zh126": "handwritten_blind_zh126",
    "blind-chat64": "handwritten_blind_chat64",
    "blind-evade59": "handwritten_blind_evade59",
    "blind-en123": "handwritten_blind_en123",
    "blind-zh123": "handwritten_blind_zh123",
    "blind-ms65": "handwritten_blind_ms65",
    "blind-mix68": "handwritten_blind_mix68",
    "blind-en124": "handwritten_blind_en124",
    "blind-zh124": "handwritten_blind_zh124",
    "blind-chat63": "handwritten_blind_chat63",
    "blind-evade58": "handwritten_blind_evade58",
    "blind-en121": "handwritten_blind_en121",
    "blind-zh121": "handwritten_blind_zh121",
    "blind-ms64": "handwritten_blind_ms64",
    "blind-mix67": "handwritten_blind_mix67",
    "blind-en122": "handwritten_blind_en122",
    "blind-zh122": "handwritten_blind_zh122",
    "blind-chat62": "handwritten_blind_chat62",
    "blind-evade57": "handwritten_blind_evade57",
    "blind-en119": "handwritten_blind_en119",
    "blind-zh119": "handwritten_blind_zh119",
    "blind-ms63": "handwritten_blind_ms63",
    "blind-mix66": "handwritten_blind_mix66",
    "blind-en120": "handwritten_blind_en120",
    "blind-zh120": "handwritten_blind_zh120",
    "blind-chat61": "handwritten_blind_chat61",
    "blind-evade56": "handwritten_blind_evade56",
    "blind-en117": "handwritten_blind_en117",
    "blind-zh117": "handwritten_blind_zh117",
    "blind-ms62": "handwritten_blind_ms62",
    "blind-mix65": "handwritten_blind_mix65",
    "blind-en118": "handwritten_blind_en118",
    "blind-zh118": "handwritten_blind_zh118",
    "blind-chat60": "handwritten_blind_chat60",
    "blind-evade55": "handwritten_blind_evade55",
    "blind-en115": "handwritten_blind_en115",
    "blind-zh115": "handwritten_blind_zh115",
    "blind-ms61": "handwritten_blind_ms61",
    "blind-mix64": "handwritten_blind_mix64",
    "blind-en116": "handwritten_blind_en116",
    "blind-zh116": "handwritten_blind_zh116",
    "blind-chat59": "handwritten_blind_chat59",
    "blind-evade54": "handwritten_blind_evade54",
    "blind-en113": "handwritten_blind_en113",
    "blind-zh113": "handwritten_blind_zh113",
    "blind-ms60": "handwritten_blind_ms60",
    "blind-mix63": "handwritten_blind_mix63",
    "blind-en114": "handwritten_blind_en114",
    "blind-zh114": "handwritten_blind_zh114",
    "blind-chat58": "handwritten_blind_chat58",
    "blind-evade53": "handwritten_blind_evade53",
    "blind-en111": "handwritten_blind_en111",
    "blind-zh111": "handwritten_blind_zh111",
    "blind-ms59": "handwritten_blind_ms59",
    "blind-mix62": "handwritten_blind_mix62",
    "blind-en112": "handwritten_blind_en112",
    "blind-zh112": "handwritten_blind_zh112",
    "blind-chat57": "handwritten_blind_chat57",
    "blind-evade52": "handwritten_blind_evade52",
    "blind-en109": "handwritten_blind_en109",
    "blind-zh109": "handwritten_blind_zh109",
    "blind-ms58": "handwritten_blind_ms58",
    "blind-mix61": "handwritten_blind_mix61",
    "blind-en110": "handwritten_blind_en110",
    "blind-zh110": "handwritten_blind_zh110",
    "blind-chat56": "handwritten_blind_chat56",
    "blind-evade51": "handwritten_blind_evade51",
    "blind-en107": "handwritten_blind_en107",
    "blind-zh107": "handwritten_blind_zh107",
    "blind-ms57": "handwritten_blind_ms57",
    "blind-mix60": "handwritten_blind_mix60",
    "blind-en108": "handwritten_blind_en108",
    "blind-zh108": "handwritten_blind_zh108",
    "blind-chat55": "handwritten_blind_chat55",
    "blind-evade50": "handwritten_blind_evade50",
    "blind-en105": "handwritten_blind_en105",
    "blind-zh105": "handwritten_blind_zh105",
    "blind-ms56": "handwritten_blind_ms56",
    "blind-mix59": "handwritten_blind_mix59",
    "blind-en106": "handwritten_blind_en106",
    "blind-zh106": "handwritten_blind_zh106",
    "blind-chat54": "handwritten_blind_chat54",
    "blind-evade49": "handwritten_blind_evade49",
    "blind-en103": "handwritten_blind_en103",
    "blind-zh103": "handwritten_blind_zh103",
    "blind-ms55": "handwritten_blind_ms55",
    "blind-mix58": "handwritten_blind_mix58",
    "blind-en104": "handwritten_blind_en104",
    "blind-zh104": "handwritten_blind_zh104",
    "blind-chat53": "handwritten_blind_chat53",
    "blind-evade48": "handwritten_blind_evade48",
    "blind-en101": "handwritten_blind_en101",
    "blind-zh101": "handwritten_blind_zh101",
    "blind-ms54": "handwritten_blind_ms54",
    "blind-mix57": "handwritten_blind_mix57",
    "blind-en102": "handwritten_blind_en102",
    "blind-zh102": "handwritten_blind_zh102",
    "blind-chat52": "handwritten_blind_chat52",
    "blind-evade47": "handwritten_blind_evade47",
    "blind-en99": "handwritten_blind_en99",
    "blind-zh99": "handwritten_blind_zh99",
    "blind-ms53": "handwritten_blind_ms53",
    "blind-mix56": "handwritten_blind_mix56",
    "blind-en100": "handwritten_blind_en100",
    "blind-zh100": "handwritten_blind_zh100",
    "blind-chat51": "handwritten_blind_chat51",
    "blind-evade46": "handwritten_blind_evade46",
    "blind-en97": "handwritten_blind_en97",
    "blind-zh97": "handwritten_blind_zh97",
    "blind-ms52": "handwritten_blind_ms52",
    "blind-mix55": "handwritten_blind_mix55",
    "blind-en98": "handwritten_blind_en98",
    "blind-zh98": "handwritten_blind_zh98",
    "blind-chat50": "handwritten_blind_chat50",
    "blind-evade45": "handwritten_blind_evade45",
    "blind-en95": "handwritten_blind_en95",
    "blind-zh95": "handwritten_blind_zh95",
    "blind-ms51": "handwritten_blind_ms51",
    "blind-mix54": "handwritten_blind_mix54",
    "blind-en96": "handwritten_blind_en96",
    "blind-zh96": "handwritten_blind_zh96",
    "blind-chat49": "handwritten_blind_chat49",
    "blind-evade44": "handwritten_blind_evade44",
}


def unseen_cases(name: str = "unseen") -> list[Case]:
    """The cases of the independent check set ``name`` (a key of :data:`CHECK_SETS`),
    clean first, then personal lines, then personal chats."""
    import importlib

    module = importlib.import_module(f"residency.corpus.{CHECK_SETS[name]}")
    out = [Case(t, False, lang, genre) for (lang, genre), ts in module.CLEAN.items() for t in ts]
    out += [Case(t, True, lang, "personal") for lang, ts in module.PERSONAL.items() for t in ts]
    out += [Case("", True, "mixed", "chat", tuple(turns)) for turns in module.CHATS]
    return out


def main(argv: list[str] | None = None) -> int:
    """Scan the set; ``--formats`` scans only the :mod:`.handwritten_formats` part,
    ``--fresh`` only the check set :mod:`.handwritten_fresh`, and ``--<name>`` for a
    name in :data:`CHECK_SETS` (``--unseen``, ``--december`` ...) only that check set."""
    from collections import Counter

    from residency.corpus import handwritten_formats, handwritten_fresh
    from residency.detectors.engine import Scanner
    from residency.policies import infer_jurisdictions, load_policy

    scanner, policy = Scanner(), load_policy(["pipl"])
    args = sys.argv[1:] if argv is None else argv
    all_cases = cases()
    if "--fresh" in args:
        all_cases = [
            Case(text, False, language, genre)
            for (language, genre), texts in handwritten_fresh.CLEAN.items()
            for text in texts
        ] + [
            Case(text, True, language, "personal")
            for language, texts in handwritten_fresh.PERSONAL.items()
            for text in texts
        ]
    for name in CHECK_SETS:
        if f"--{name}" in args:
            all_cases = unseen_cases(name)
    if "--formats" in args:
        extra = {t for ts in handwritten_formats.CLEAN.values() for t in ts}
        extra |= {t for ts in handwritten_formats.PERSONAL.values() for t in ts}
        all_cases = [c for c in all_cases if c.text in extra]
    records = [c.record(str(i)) for i, c in enumerate(all_cases)]
    scans = scanner.scan_records(records)
    held_clean: Counter[str] = Counter()
    total_clean: Counter[str] = Counter()
    leaked = 0
    for case, rec, scan in zip(all_cases, records, scans, strict=True):
        juris = infer_jurisdictions(rec, scan, home="CN")
        held = policy.decide(scan, juris, record=rec, home="CN").split != "offshore"
        # Masked evidence and the case's position only, as everywhere else: the lines
        # are synthetic, but this report must not teach anyone to print detected values.
        found = ", ".join(f"{f.entity_type}:{f.masked}:{f.score}" for f in scan.findings)
        if case.personal:
            if not held:
                leaked += 1
                print(f"LEAK case {rec['id']} [{case.language}/{case.genre}]  -> {found or '-'}")
            continue
        key = f"{case.language}/{case.genre}"
        total_clean[key] += 1
        if held:
            held_clean[key] += 1
            print(f"HOLD case {rec['id']} [{key}]  -> {found}")
    n_personal = sum(c.personal for c in all_cases)
    print(f"\nleaked {leaked}/{n_personal}")
    for key in sorted(total_clean):
        print(f"false holds {key}: {held_clean[key]}/{total_clean[key]}")
    print(f"false holds total: {sum(held_clean.values())}/{sum(total_clean.values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
