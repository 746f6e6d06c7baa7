"""Traditional -> Simplified, one character for one, for matching only.

Pattern and list checks are written in Simplified characters; Taiwan, Hong Kong and Macau
text is read through :data:`TO_HANS` (``text.translate(TO_HANS)``) so that ``台中市北屯區
崇德路322號`` matches the address patterns and ``鄭成功`` the public-figure list.  The map
is one-to-one, so offsets in the translated text are offsets in the original.  It covers
surnames, address words and common characters of given names, not the whole script.
"""

from __future__ import annotations

_PAIRS = (
    # surnames
    "劉刘陳陈楊杨黃黄趙赵吳吴孫孙馬马鄭郑謝谢許许韓韩馮冯鄧邓蕭萧蔣蒋葉叶蘇苏呂吕盧卢鍾钟鐘钟"
    "譚谭陸陆賈贾韋韦鄒邹閆闫龍龙賀贺顧顾龔龚萬万錢钱嚴严湯汤溫温齊齐喬乔龐庞顏颜聶聂莊庄"
    "魯鲁歐欧關关蘭兰寧宁紀纪畢毕單单塗涂駱骆藍蓝鮑鲍華华饒饶陽阳時时農农繆缪簡简車车項项"
    "連连蘆芦麥麦婁娄竇窦黨党宮宫費费衛卫應应閔闵鄔邬邊边師师欒栾榮荣叢丛鞏巩遲迟鄺邝談谈"
    "荊荆樂乐儲储勞劳諶谌藺蔺樓楼盤盘滿满聞闻厲厉區区闞阚權权強强帥帅蓋盖練练豐丰國国計计"
    "晉晋門门雲云來来闕阙烏乌況况鮮鲜諸诸戰战銀银賓宾陰阴堯尧閉闭賴赖閻阎張张長长東东獨独"
    # address words
    "縣县鎮镇鄉乡號号層层棟栋廈厦園园興兴灣湾臺台與与為为於于從从請请還还這这裡里樣样個个"
    "們们場场廣广際际館馆舊旧舖铺鋪铺轄辖"
    # common in given names and historical names
    "偉伟傑杰強强華华國国輝辉詩诗涵涵誠诚規规劍剑鳳凤麗丽紅红雲云飛飞鵬鹏濤涛軍军樹树"
    "貴贵寶宝義义禮礼賢贤遠远達达權权廣广黛黛釵钗復复蓮莲藝艺嬌娇韻韵鴻鸿錦锦銘铭綺绮"
    "婷婷萬万億亿慶庆榮荣聖圣孫孙紹绍維维緯纬總总鐵铁銳锐"
    # words of history, literature and business prose (public-context cues)
    "發发創创辦办獎奖學学術术譽誉稱称傳传績绩貢贡獻献導导領领運运動动書书詞词劇剧畫画"
    "貶贬諡谥會会團团獲获諾诺爾尔現现設设築筑業业製制電电藥药醫医議议擔担職职軸轴"
    "紀纪記记讀读寫写譯译戲戏樂乐鬥斗將将帥帅隊队擊击敗败勝胜殺杀讓让價价揚扬聲声"
)
TO_HANS = str.maketrans(_PAIRS[0::2], _PAIRS[1::2])


def to_hans(text: str) -> str:
    """``text`` with the mapped Traditional characters in Simplified form (same length)."""
    return text.translate(TO_HANS)
