"""More hand-written tuning text, in formats the first set lacks.

Quiz and exam questions, multiple-choice lists, encyclopaedia paragraphs, timelines full of
years, reign periods, populations, ISBNs, page numbers and coordinates, book reviews,
mixed-language history Q&A and table rows.  Clean texts name public figures only; personal
texts put a private (invented) person next to a contact detail, an address or an id in the
same formats.  Every name of a private person and every identifier here is synthetic.
Merged into :mod:`residency.corpus.handwritten` (its ``CLEAN`` and ``PERSONAL``).
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "quiz"): _lines("""
        下列哪位诗人被称为“诗仙”？A. 杜甫 B. 李白 C. 白居易 D. 王维
        下列哪位皇帝开创了“开元盛世”？A. 唐高宗 B. 唐玄宗 C. 唐宪宗 D. 唐德宗
        单选题：发明地动仪的是（ ）A. 张衡 B. 祖冲之 C. 沈括 D. 郭守敬
        判断题：《水浒传》的作者是罗贯中。（ ）
        填空题：“人生自古谁无死，留取丹心照汗青”出自______之手。答案：文天祥
        问：商鞅变法发生在哪个国家？答：秦国，在秦孝公时期。
        多选题：下列属于“唐宋八大家”的有 A. 韩愈 B. 柳宗元 C. 欧阳修 D. 李清照
        第3题（5分）：简述张居正改革的主要内容。
        下列人物与事件对应正确的是：A. 陈胜、吴广——大泽乡起义 B. 刘秀——赤壁之战
        选择题：《红楼梦》中“葬花”的是谁？ A 薛宝钗 B 林黛玉 C 史湘云 D 妙玉
        请问“卧薪尝胆”说的是哪位君王？答案是越王勾践。
        下列哪一项不是诸葛亮的事迹？A. 草船借箭 B. 空城计 C. 七擒孟获 D. 负荆请罪
        判断：严复翻译了《天演论》。（√）
        问答题：为什么说邓稼先是“两弹元勋”？
        第12题：下列科学家中，因青蒿素研究获诺贝尔奖的是A.屠呦呦 B.袁隆平 C.钱三强 D.华罗庚
        连线题：李冰——都江堰；郑国——郑国渠；李春——赵州桥
        选出作者与作品搭配错误的一项：A.关汉卿《窦娥冤》 B.王实甫《西厢记》 C.汤显祖《牡丹亭》 D.孔尚任《长生殿》
        阅读下面的材料，回答问题：材料一：黄宗羲在《明夷待访录》中批判君主专制。
        答案：C。解析：顾炎武提出“天下兴亡，匹夫有责”。
        谁是中国第一位进入太空的航天员？答：杨利伟，2003年乘神舟五号。
    """),
    ("zh-Hans", "timeline"): _lines("""
        明朝（1368-1644）共传十六帝，享国276年。
        唐朝：公元618年—907年，都城长安，人口高峰约8050万。
        1911年10月10日，武昌起义爆发；1912年1月1日，中华民国成立。
        大事年表：1840 鸦片战争｜1842 南京条约｜1860 火烧圆明园｜1894 甲午战争
        北京故宫位于北纬39°54′，东经116°23′，占地面积约72万平方米。
        2020年第七次全国人口普查：全国人口1411778724人。
        《史记》共130篇，约526500字，上起黄帝，下至汉武帝太初四年。
        ISBN 978-7-02-000220-7，人民文学出版社，1996年版，第1-1606页。
        长江全长6397公里，流域面积180万平方公里。
        珠穆朗玛峰海拔8848.86米，2020年12月8日公布。
        郑和船队规模约27800人，宝船长44丈4尺，宽18丈。
        秦始皇于公元前221年统一六国，公元前210年去世。
        隋朝（581年—618年）只存在了37年。
        乾隆在位60年（1736—1795），后当太上皇三年多。
        参见《中国通史》第3卷第215-238页，注释第17条。
        清朝人口从1741年的1.43亿增长到1850年的4.3亿。
        天坛建于明永乐十八年（1420年），面积273万平方米。
        1949年10月1日，中华人民共和国成立。1978年12月18日至22日，十一届三中全会召开。
        年份：1405、1407、1409、1413、1417、1421、1431——郑和七次下西洋的出发年份。
        中华书局 2013年 ISBN 9787101094736 定价68.00元 共412页
        黄河长约5464千米，流域面积约752443平方千米。
        赵州桥建于隋代，约公元595年—605年，全长64.40米。
    """),
    ("zh-Hans", "encyclopedia"): _lines("""
        苏轼（1037年1月8日—1101年8月24日），字子瞻，号东坡居士，眉州眉山人，北宋文学家、书法家、画家。
        张衡（78年—139年），字平子，南阳西鄂人，东汉天文学家、数学家、发明家。
        蔡元培（1868年—1940年），字鹤卿，浙江绍兴人，曾任北京大学校长。
        詹天佑（1861—1919），广东南海人，主持修建了京张铁路，被誉为中国铁路之父。
        华罗庚（1910年11月12日—1985年6月12日），江苏金坛人，数学家，中国科学院院士。
        李四光，地质学家，湖北黄冈人，提出了地质力学理论。
        花木兰是南北朝民歌《木兰辞》中的女英雄，替父从军十二年。
        孙悟空是《西游记》中的主要人物，会七十二变，一个筋斗十万八千里。
        郭靖是金庸小说《射雕英雄传》的男主角，师从江南七怪和洪七公。
        林语堂（1895年10月10日—1976年3月26日），福建龙溪人，著有《京华烟云》。
        阮元（1764—1849），江苏仪征人，清代经学家，曾任两广总督。
        陈嘉庚（1874年—1961年），福建同安人，著名爱国华侨领袖，创办集美学校和厦门大学。
    """),
    ("zh-Hans", "review"): _lines("""
        读《平凡的世界》有感：孙少平和孙少安两兄弟的奋斗让我久久不能平静。
        这本《明朝那些事儿》把朱元璋、朱棣写得活灵活现，五星推荐。
        书评｜《活着》里的福贵经历了太多苦难，余华的笔调却很冷静。
        豆瓣评分9.4：《三体》中的叶文洁和罗辑令人印象深刻。
        看完《围城》，方鸿渐的处境让人哭笑不得，钱钟书真是妙笔。
        推荐理由：《万历十五年》从申时行、海瑞、戚继光、李贽等人物切入。
        这版《鲁迅全集》注释详尽，第2卷收录《彷徨》。
        《白鹿原》里白嘉轩和鹿子霖斗了一辈子，陈忠实写得太好了。
    """),
    ("zh-Hant", "quiz"): _lines("""
        下列哪位是臺灣首任巡撫？A. 劉銘傳 B. 沈葆楨 C. 丁日昌 D. 邵友濂
        選擇題：「鑑湖女俠」指的是誰？答案：秋瑾
        是非題：鄭成功於1662年驅逐荷蘭人。（○）
        問：香港第一任華人行政長官是誰？答：董建華，1997年就任。
        下列何者不是「竹林七賢」？A. 嵇康 B. 阮籍 C. 陶淵明 D. 山濤
        第5題：澳門的大三巴牌坊原為哪座教堂的前壁？答：聖保祿教堂
        填空：《台灣通史》的作者是______。答案：連橫
    """),
    ("zh-Hant", "timeline"): _lines("""
        清領時期（1683—1895）共212年；日治時期（1895—1945）共50年。
        1997年7月1日香港回歸；1999年12月20日澳門回歸。
        臺北101高508公尺，2004年落成，共101層。
        孫中山（1866年11月12日－1925年3月12日），廣東香山人，中華民國國父。
        香港人口：1841年約7450人，1941年約160萬，2021年約741萬。
        《台灣通史》共36卷，1920年出版，ISBN 957-05-0987-0。
        林獻堂（1881—1956），臺中霧峰人，推動臺灣議會設置請願運動。
    """),
    ("en", "quiz"): _lines("""
        Which emperor built the Great Wall's first unified line? A) Qin Shi Huang B) Han Wudi C) Kangxi D) Yongle
        Quiz: Who painted the Mona Lisa? (a) Michelangelo (b) Raphael (c) Leonardo da Vinci (d) Titian
        Q3. Which scientist proposed the three laws of motion? Answer: Isaac Newton.
        True or false: Marie Curie won two Nobel Prizes. Answer: True.
        Multiple choice: Who wrote Pride and Prejudice? 1. Charlotte Bronte 2. Jane Austen 3. George Eliot
        Name the explorer who first circumnavigated the globe's fleet: Ferdinand Magellan (completed by Juan Sebastian Elcano).
        Question 7 (2 marks): Explain why Otto von Bismarck is called the Iron Chancellor.
        Which president delivered the Gettysburg Address? Abraham Lincoln, 1863.
        Who was Singapore's first Prime Minister? Lee Kuan Yew (1959-1990).
        Match the inventor to the invention: Alexander Graham Bell - telephone; Wright brothers - aeroplane.
        Which Ming admiral led seven voyages to the Western Oceans? Zheng He.
        Who founded the Mongol Empire? a. Kublai Khan b. Genghis Khan c. Timur d. Attila
        Fill in the blank: ____ discovered penicillin in 1928. (Alexander Fleming)
        Who was Malaysia's first Prime Minister? Tunku Abdul Rahman Putra Al-Haj.
        Which composer wrote the Moonlight Sonata? Ludwig van Beethoven.
        Identify the author: "It was the best of times, it was the worst of times." - Charles Dickens
        Which philosopher wrote The Republic? Plato. Which wrote the Analects? Confucius's disciples.
        Who led the Xinhai Revolution? Sun Yat-sen.
        Pop quiz: Who was the first woman to fly solo across the Atlantic? Amelia Earhart.
        Exam Q: Compare the reforms of Peter the Great and Emperor Meiji.
    """),
    ("en", "timeline"): _lines("""
        Ming dynasty: 1368-1644; Qing dynasty: 1644-1912; Republic of China: 1912-1949.
        Timeline: 1819 Raffles lands in Singapore | 1826 Straits Settlements | 1965 independence.
        Population of Singapore: 1824: 10,683; 1871: 97,111; 2020: 5,685,807.
        The Great Wall of China is about 21,196 km long according to a 2012 survey.
        Isaac Newton (1643-1727) published the Principia in 1687.
        Coordinates of the Forbidden City: 39.9163 N, 116.3972 E.
        ISBN 978-0-14-044926-6, Penguin Classics, 2003, pp. 112-145.
        Mount Kinabalu rises to 4,095 m; Kuala Lumpur was founded in 1857.
        The Tang dynasty ruled from AD 618 to 907 and its capital Chang'an had about 1,000,000 people.
        Apollo 11 landed on 20 July 1969 at 20:17 UTC; Neil Armstrong and Buzz Aldrin walked on the Moon.
        World population: 1804 1 billion, 1927 2 billion, 1960 3 billion, 1974 4 billion.
        Albert Einstein: born 14 March 1879 in Ulm, died 18 April 1955 in Princeton.
        Reign of Queen Victoria: 20 June 1837 - 22 January 1901 (63 years, 216 days).
        Charles Darwin's On the Origin of Species (1859) sold 1,250 copies on its first day.
        Speed of light: 299,792,458 m/s; Avogadro constant 6.02214076e23.
        Kangxi Emperor reigned 1661-1722, the longest in Chinese history at 61 years.
    """),
    ("en", "encyclopedia"): _lines("""
        Zheng He (1371-1433) was a Chinese mariner, explorer and diplomat of the early Ming dynasty.
        Tan Kah Kee (1874-1961) was a Chinese businessman, community leader and philanthropist in Singapore.
        Ada Lovelace (1815-1852) was an English mathematician known for her work on the Analytical Engine.
        Yap Ah Loy was a Hakka leader and the third Kapitan Cina of Kuala Lumpur.
        Nikola Tesla was a Serbian-American inventor best known for alternating current.
        Hang Tuah is a legendary warrior of the Malacca Sultanate.
        Wu Zetian was the only woman to rule China in her own name as emperor.
        Johannes Gutenberg introduced movable-type printing to Europe around 1440.
        Srinivasa Ramanujan was an Indian mathematician who worked with G. H. Hardy at Cambridge.
        Lim Boon Keng was a Straits Chinese physician and social reformer.
        Florence Nightingale founded modern nursing during the Crimean War.
        Rosalind Franklin's X-ray images were key to the discovery of DNA's structure.
    """),
    ("en", "review"): _lines("""
        Book review: Jonathan Spence's portrait of the Kangxi Emperor is vivid and humane.
        Five stars. Hilary Mantel makes Thomas Cromwell live again in Wolf Hall.
        Review: Jung Chang's Wild Swans follows three generations of women.
        A gripping read: Erik Larson follows H. H. Holmes through the 1893 World's Fair.
        Walter Isaacson's Steve Jobs is long but worth it.
        In Sapiens, Yuval Noah Harari surveys the whole of human history in 400 pages.
        The film adaptation casts Tom Hanks as Walt Disney.
        Amy Tan's The Joy Luck Club contrasts four mothers and their daughters.
    """),
    ("en", "qa-mixed"): _lines("""
        Q: 李白 and 杜甫 are often compared -- who was older? A: Li Bai, born 701; Du Fu was born 712.
        What does 三国演义 tell? The struggle of Cao Cao, Liu Bei and Sun Quan after the Han.
        Is 孔子 the same as Confucius? Yes, Kong Qiu (551-479 BC).
        Who was 林则徐? Lin Zexu, the official who destroyed opium at Humen in 1839.
        Explain 戊戌变法 (Hundred Days' Reform, 1898) led by Kang Youwei and Liang Qichao.
        Translate: 郑和下西洋 = Zheng He's voyages to the Western Oceans (1405-1433).
        Why is 屈原 remembered at the Dragon Boat Festival? Qu Yuan drowned himself in the Miluo River.
        Tell me about 武则天 (Wu Zetian, r. 690-705).
        Summarise 孙子兵法 by Sun Tzu in three sentences.
        Who was Tunku Abdul Rahman 东姑阿都拉曼? Malaysia's first Prime Minister (1957-1970).
    """),
    ("en", "table"): _lines("""
        | Dynasty | Founder | Years | | Han | Liu Bang | 202 BC-220 AD | | Tang | Li Yuan | 618-907 |
        | Scientist | Field | Born | | Marie Curie | Chemistry | 1867 | | Niels Bohr | Physics | 1885 |
        Name,Role,Term; Lee Kuan Yew,Prime Minister,1959-1990; Goh Chok Tong,Prime Minister,1990-2004
        {"figure": "Sun Yat-sen", "born": 1866, "died": 1925, "title": "Father of the Nation"}
        {"title": "Journey to the West", "author": "Wu Cheng'en", "year": 1592, "chapters": 100}
    """),
    ("ms", "quiz"): _lines("""
        Soalan 1: Siapakah Perdana Menteri Malaysia yang pertama? A. Tun Abdul Razak B. Tunku Abdul Rahman
        Soalan objektif: Laksamana Cheng Ho melawat Melaka pada tahun 1405.
        Siapakah pengasas Kesultanan Melayu Melaka? Jawapan: Parameswara.
        Nyatakan sumbangan Tun Perak kepada Kesultanan Melaka.
        Betul atau salah: Francis Light membuka Pulau Pinang pada tahun 1786. Jawapan: Betul.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        问卷第3题：您的姓名：王建国 联系电话：13912345678
        学生信息：姓名 刘思远，学号2023001，家长电话 13622223333
        报名表｜姓名：陈晓燕｜身份证号：110101199003074514｜手机：18611112222
        {"name": "赵立新", "phone": "13733334444", "city": "杭州"}
        评论区：书不错，卖家李宏伟发货很快，电话15855556666
        我读完《史记》想和同学讨论，请联系周文博，微信号zwb_2024，手机13544445555。
        选择题答案已提交，考生孙佳琪，准考证号20240315，电话17788889999
        快递单：收件人 郭子豪 北京市朝阳区建国路88号3单元502 13012345678
        年表整理人：何静怡（电话 0755-86661234）
        读后感作者：高俊杰，初二（3）班，家住上海市浦东新区世纪大道100号。
    """),
    "zh-Hant": _lines("""
        報名表：姓名 林志偉，電話 0912-345-678，地址：臺北市信義區松仁路100號
        問卷回覆：陳美玲，香港九龍彌敦道238號，手機 9123 4567
        讀者來信：我是黃家豪，身分證 A123456789，想訂購《台灣通史》。
    """),
    "en": _lines("""
        Quiz submitted by Emily Chua, contact 9123 4567, class 3B.
        | Name | Phone | | Marcus Lim | +65 9876 5432 |
        {"name": "Aaron Teo", "email": "aaron.teo@mailhost.com", "nric": "S8812345D"}
        Book club sign-up: Grace Wong, 21 Jalan Ampang, Kuala Lumpur, 012-345 6789.
        Review by verified buyer Nathan Lee (order 4412-7781): the ISBN was wrong.
        Answer sheet - candidate Joanne Koh, index no. 17, mobile 8234 5678.
    """),
    "ms": _lines("""
        Borang kuiz: Nama: Siti Nurhaliza binti Ahmad, No. telefon 013-456 7890.
        Jawapan dihantar oleh Muhammad Irfan, alamat No. 12 Jalan Melur, Johor Bahru.
    """),
}
