"""A check set written *after* the gazetteers, never used to extend them.

:mod:`.handwritten_formats` was written alongside the famous-figure gazetteers, so names
there found their way into the lists.  These texts were written afterwards and are only
measured (``python -P -m residency.corpus.handwritten --fresh``), so their rate says how
well the lists and cues generalise to names and phrasings nobody tuned on.  Private names
and identifiers are invented.
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "fresh"): _lines("""
        下列哪位不是“初唐四杰”之一？A. 王勃 B. 杨炯 C. 卢照邻 D. 陈子昂
        晏殊的《浣溪沙》中有“无可奈何花落去，似曾相识燕归来”。
        宋应星所著《天工开物》被誉为“中国17世纪的工艺百科全书”。
        朱棣迁都北京后，命解缙等人编纂《永乐大典》，全书22877卷。
        冯梦龙编辑的“三言”包括《喻世明言》《警世通言》《醒世恒言》。
        问：“破釜沉舟”的主人公是谁？答：项羽，巨鹿之战。
        纳兰性德（1655—1685），清代词人，有《饮水词》传世。
        汤显祖与莎士比亚同于1616年去世。
        读《边城》，翠翠与爷爷相依为命的日子令人动容。
        单选：提出“师夷长技以制夷”的是 A.林则徐 B.魏源 C.龚自珍 D.严复
        郭守敬编制的《授时历》一年为365.2425日。
        据《汉书》记载，西汉末年人口约5959万。
        王昌龄被称为“七绝圣手”，代表作《出塞》。
        吴敬梓的《儒林外史》刻画了范进中举后发疯的情节。
        沈从文曾在西南联大任教，后转向文物研究。
        张謇创办大生纱厂，提出“实业救国”。
        李贺有“诗鬼”之称，27岁去世。
        第8题：下列哪部作品的作者是关汉卿？A.《窦娥冤》 B.《西厢记》
        柳永的词在当时流传极广，“凡有井水饮处，即能歌柳词”。
        丘逢甲在台湾抗日失败后内渡广东。
    """),
    ("zh-Hant", "fresh"): _lines("""
        選擇題：《桃花扇》的作者是誰？A. 孔尚任 B. 洪昇 C. 李漁
        賴和被稱為「臺灣新文學之父」，本業是醫生。
        蔣渭水創立臺灣文化協會，1931年病逝。
        何東爵士是香港早期著名商人，1862年出生。
        邵逸夫創辦邵氏兄弟電影公司，並設立邵逸夫獎。
        張愛玲的《傾城之戀》以香港淪陷為背景。
        陳澄波是臺灣著名油畫家，作品《嘉義街外》入選帝展。
        沈葆楨奏請在臺灣增設府縣。
    """),
    ("en", "fresh"): _lines("""
        Which Roman emperor wrote the Meditations? Marcus Aurelius.
        Grace Hopper popularised the term 'debugging' after a moth was found in the Mark II.
        The Rosetta Stone was deciphered by Jean-Francois Champollion in 1822.
        Quiz: Who composed The Four Seasons? A) Bach B) Vivaldi C) Handel
        Ferdinand de Saussure laid the foundations of structural linguistics.
        Emmeline Pankhurst led the suffragette movement in Britain.
        Mary Seacole nursed soldiers in the Crimean War.
        Review: Barbara Kingsolver's The Poisonwood Bible is set in the Congo.
        Dmitri Mendeleev published his periodic table in 1869 with 63 elements.
        Chen Jiageng's school in Jimei still bears his name.
        Admiral Horatio Nelson died at Trafalgar in 1805.
        Who designed the Bank of China Tower? I. M. Pei, completed in 1990.
        Yusof Ishak appears on every Singapore banknote of the portrait series.
        Lim Bo Seng was a Second World War resistance fighter with Force 136.
        Tun Sardon Jubir was a Malaysian politician and Governor of Penang.
        Rachel Carson's Silent Spring (1962) launched the environmental movement.
        Table: | Author | Work | | Gabriel Garcia Marquez | One Hundred Years of Solitude |
        Ibn Sina wrote The Canon of Medicine around 1025.
        Katherine Johnson computed trajectories for NASA's early flights.
        Hokusai's Great Wave off Kanagawa is about 25 by 37 cm.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        我叫孔文轩，是《论语》读书会的组织者，报名请打15912348765。
        老师李白雪布置了作业：背诵《静夜思》，家长签字后拍照发到13698761234。
        收件人：苏东明，广州市天河区体育西路191号，电话18922334455
        岳飞扬同学的准考证号是20231187，考场在三楼。
        杜甫林先生的订单已发货，快递单号SF1234567890。
    """),
    "zh-Hant": _lines("""
        聯絡人：鄭成宇，電話 0933-123-456，地址：新北市板橋區文化路一段100號
        請轉告陳嘉明先生，他的身分證號碼 B123456789 已登記。
    """),
    "en": _lines("""
        Please call Newton Chua at 9456 1234 about the lease.
        Our client Victoria Lim (NRIC S7712345B) booked the hall.
        My colleague Isaac Tan lives at Blk 123 Ang Mo Kio Ave 3, #05-67.
        Send the invoice to Darwin Ong, darwin.ong@mailhost.com.
        Hi, this is Lincoln Yeo; my mobile is +65 8123 4567.
    """),
}
