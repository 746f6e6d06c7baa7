"""A small hand-labelled set for choosing and checking the Chinese tagger.

Each item is ``(text, gold)`` where ``gold`` lists ``(entity_type, surface)`` pairs that
should be reported.  Half the items are hard negatives: characters and historical
figures in literary text, organisation names, bare place names and code.  All names,
numbers and addresses are invented.
"""

from __future__ import annotations

ITEMS: list[tuple[str, list[tuple[str, str]]]] = [
    # --- personal names in personal contexts
    ("收件人：王晓明，请尽快发货。", [("ZH_PERSON", "王晓明")]),
    ("联系人张丽华，下午三点到。", [("ZH_PERSON", "张丽华")]),
    ("我叫陈志强，今年刚毕业。", [("ZH_PERSON", "陈志强")]),
    ("姓名：刘芳 性别：女", [("ZH_PERSON", "刘芳")]),
    ("户名：赵建国，开户行：工商银行。", [("ZH_PERSON", "赵建国")]),
    ("昨天周敏打电话说她不来了。", [("ZH_PERSON", "周敏")]),
    ("请把报告发给李娜和孙浩。", [("ZH_PERSON", "李娜"), ("ZH_PERSON", "孙浩")]),
    ("患者黄伟，男，45岁，主诉头痛三天。", [("ZH_PERSON", "黄伟")]),
    ("欧阳娜娜女士的快递到了。", [("ZH_PERSON", "欧阳娜娜")]),
    ("我和同事吴静一起去出差。", [("ZH_PERSON", "吴静")]),
    ("郑凯老师布置了新的作业。", [("ZH_PERSON", "郑凯")]),
    ("客户马丽丽投诉说订单迟迟没有发货。", [("ZH_PERSON", "马丽丽")]),
    ("今天面试了一个叫杨帆的候选人。", [("ZH_PERSON", "杨帆")]),
    ("房东何永福说下个月涨房租。", [("ZH_PERSON", "何永福")]),
    ("徐佳怡同学请到办公室来一趟。", [("ZH_PERSON", "徐佳怡")]),
    ("他的妻子林晓燕在医院工作。", [("ZH_PERSON", "林晓燕")]),
    # --- structured addresses
    ("住址：北京市海淀区中关村大街27号", [("ZH_ADDRESS", "北京市海淀区中关村大街27号")]),
    ("请寄到上海市浦东新区世纪大道100号", [("ZH_ADDRESS", "上海市浦东新区世纪大道100号")]),
    ("我家在幸福小区3栋2单元501室。", [("ZH_ADDRESS", "幸福小区3栋2单元501室")]),
    (
        "地址是广东省深圳市南山区科技园路18号，收件人赵雷",
        [("ZH_ADDRESS", "广东省深圳市南山区科技园路18号"), ("ZH_PERSON", "赵雷")],
    ),
    (
        "家住杭州市西湖区文三路90号东部软件园2号楼",
        [("ZH_ADDRESS", "杭州市西湖区文三路90号东部软件园2号楼")],
    ),
    ("送到成都市武侯区人民南路四段12号", [("ZH_ADDRESS", "成都市武侯区人民南路四段12号")]),
    # --- hard negatives: literature and history
    ("贾宝玉和林黛玉在大观园里读书，薛宝钗在一旁做针线。", []),
    ("孙悟空大闹天宫，被如来佛祖压在五行山下。", []),
    ("诸葛亮草船借箭，曹操只好退兵。", []),
    ("李白斗酒诗百篇，杜甫则忧国忧民。", []),
    ("鲁迅在《狂人日记》中写道：我翻开历史一查。", []),
    ("宋江在浔阳楼题反诗，被黄文炳告发。", []),
    ("刘姥姥进大观园，闹了不少笑话。", []),
    ("秦始皇统一六国后，修筑了长城。", []),
    ("郭靖和黄蓉在襄阳城下抵抗蒙古大军。", []),
    ("王熙凤机关算尽，反误了卿卿性命。", []),
    # --- hard negatives: organisations, places, code, ordinary text
    ("阿里巴巴和腾讯、华为都是中国的大公司。", []),
    ("北京是中国的首都，上海是经济中心。", []),
    ("广东省的GDP连续多年位居全国第一。", []),
    ("他从北京市海淀区搬到了深圳。", []),
    ("小米和百度发布了新的人工智能产品。", []),
    ("def get_user_name(self): return self.name  # 获取用户名", []),
    ("使用 pandas 读取数据，然后调用 df.groupby('city') 统计。", []),
    ("今天天气很好，我们去公园散步吧。", []),
    ("中国银行和建设银行都在调整存款利率。", []),
    ("长江和黄河是中国最长的两条河流。", []),
    ("清华大学和北京大学位于海淀区。", []),
    ("请在人民路附近找一家餐厅。", []),
]
