"""Synthetic people and places: name parts and address parts, split into dev and holdout.

Every list is split by position (even items: ``dev``, odd items: ``holdout``) so the two
corpora never share a surname, given name, street or estate.
"""

from __future__ import annotations

import random
from typing import Literal, TypeVar

Split = Literal["dev", "holdout"]
T = TypeVar("T")

ZH_SURNAMES = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
ZH_GIVEN = ["伟", "芳", "娜", "敏", "静", "秀英", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰",
            "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建华", "文博", "子涵",
            "浩然", "雨桐", "思远", "欣怡", "俊杰", "梓萱", "宇轩", "一诺", "晓东", "海燕",
            "志刚", "春梅", "国庆", "丽华", "晨曦", "嘉怡", "昊天", "诗琪", "立新", "雪梅",
            "振宇", "佳琪", "鹏飞", "婷婷", "建军", "玉兰", "博文", "若曦", "天佑", "慧敏"]  # fmt: skip
ZHT_SURNAMES = list(
    "陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓馬阮董唐藍石蔣古紀姚連馮歐程湯田康姜白汪鄒尤巫黎涂龔嚴韓袁金童陸夏柳邵"
)
ZHT_GIVEN = ["志明", "淑芬", "雅婷", "家豪", "怡君", "建宏", "俊傑", "美玲", "宗翰", "冠宇",
             "詩涵", "承恩", "佳穎", "柏翰", "欣怡", "宥廷", "思妤", "彥廷", "品妍", "家瑋",
             "詠琪", "嘉欣", "偉強", "麗華", "志豪", "婉婷", "國榮", "美儀", "子軒", "曉彤",
             "文傑", "凱琳", "浩賢", "靜雯", "俊宏", "玉珍", "明輝", "秀蘭", "德華", "慧君"]  # fmt: skip
SEA_CHINESE_SURNAMES = ["Tan", "Lim", "Lee", "Ng", "Wong", "Goh", "Chua", "Chan", "Koh", "Teo",
                        "Ong", "Ang", "Yeo", "Low", "Sim", "Chong", "Leong", "Foo", "Heng", "Quek",
                        "Toh", "Loh", "Seah", "Yap", "Khoo", "Ho"]  # fmt: skip
SEA_CHINESE_GIVEN = ["Wei Ming", "Hui Min", "Jia Hui", "Kok Leong", "Mei Ling", "Zhi Hao",
                     "Xin Yi", "Boon Keng", "Siew Lan", "Jun Jie", "Li Ting", "Chee Keong",
                     "Pei Shan", "Yong Sheng", "Shu Fen", "Wen Jie", "Kai Xuan", "Swee Lian",
                     "Hock Seng", "Yi Xuan"]  # fmt: skip
MALAY_MALE = ["Ahmad", "Muhammad Hafiz", "Zulkifli", "Faizal", "Azman", "Haziq", "Syafiq",
              "Khairul", "Amirul", "Rizal", "Hakim", "Iskandar", "Firdaus", "Razak", "Nazri",
              "Shahrul", "Aiman", "Danial"]  # fmt: skip
MALAY_FEMALE = ["Siti Aisyah", "Nurul Izzati", "Amirah", "Rosnah", "Farah", "Nur Aina",
                "Zarina", "Syazwani", "Norhayati", "Aishah", "Hanis", "Nabilah", "Liyana",
                "Sofea", "Fatimah", "Atiqah"]  # fmt: skip
INDIAN_GIVEN = ["Rajesh", "Priya", "Suresh", "Kavitha", "Arun", "Devi", "Ganesh", "Lakshmi",
                "Muthu", "Saraswathi", "Vijay", "Anand", "Revathi", "Karthik", "Meena",
                "Ravi", "Thinesh", "Shalini", "Prakash", "Nirmala"]  # fmt: skip
INDIAN_FATHER = ["Subramaniam", "Krishnan", "Ramasamy", "Muniandy", "Raju", "Balakrishnan",
                 "Govindasamy", "Perumal", "Nair", "Pillai", "Shanmugam", "Velu"]  # fmt: skip
WESTERN_FIRST = ["James", "Emily", "Michael", "Sarah", "Daniel", "Olivia", "Thomas", "Hannah",
                 "Robert", "Chloe", "Andrew", "Grace", "Matthew", "Sophie", "Peter", "Laura",
                 "Benjamin", "Rachel", "Oliver", "Megan", "Samuel", "Rebecca", "Jonathan",
                 "Natalie"]  # fmt: skip
WESTERN_LAST = ["Smith", "Johnson", "Brown", "Taylor", "Wilson", "Clarke", "Walker", "Hughes",
                "Bennett", "Fletcher", "Harrison", "Morgan", "Turner", "Parker", "Collins",
                "Reynolds", "Palmer", "Gallagher", "Sullivan", "Whitaker", "Lawson", "Dixon"]  # fmt: skip

# Addresses
ZH_CITIES = [("北京市", ["朝阳区", "海淀区", "东城区", "丰台区"]), ("上海市", ["浦东新区", "徐汇区", "静安区", "闵行区"]),
             ("广州市", ["天河区", "越秀区", "海珠区"]), ("深圳市", ["南山区", "福田区", "宝安区"]),
             ("杭州市", ["西湖区", "滨江区", "余杭区"]), ("成都市", ["武侯区", "锦江区", "高新区"]),
             ("武汉市", ["江汉区", "洪山区", "武昌区"]), ("南京市", ["鼓楼区", "玄武区", "建邺区"]),
             ("西安市", ["雁塔区", "碑林区"]), ("重庆市", ["渝中区", "江北区", "沙坪坝区"]),
             ("苏州市", ["工业园区", "姑苏区"]), ("长沙市", ["岳麓区", "芙蓉区"])]  # fmt: skip
ZH_ROADS = ["建国路", "中山路", "人民路", "解放大道", "长江路", "科技园南路", "文一西路", "天府大道",
            "淮海中路", "南京东路", "滨江大道", "学院路", "和平街", "新华路", "东风路", "青年路",
            "光明大道", "金桥路", "望京街", "创业路"]  # fmt: skip
ZH_ESTATES = ["阳光花园", "锦绣家园", "翠湖苑", "金色港湾", "万科城", "碧桂园", "绿地小区", "华府",
              "幸福里", "时代广场", "海棠湾", "枫林小区"]  # fmt: skip
# Each place with districts and roads of its own (a Taipei district never gets a Hong Kong road).
ZHT_PLACES = [("台北市", ["大安區", "信義區", "中山區", "松山區"], ["忠孝東路四段", "復興南路一段", "民生東路三段", "仁愛路三段"]),
              ("香港", ["九龍旺角", "灣仔", "沙田", "觀塘"], ["彌敦道", "軒尼詩道", "皇后大道中", "英皇道"]),
              ("新北市", ["板橋區", "中和區", "新莊區"], ["文化路二段", "中正路", "中山路一段"]),
              ("澳門", ["氹仔", "花地瑪堂區"], ["新馬路", "亞美打利庇盧大馬路", "罅些喇提督大馬路"]),
              ("台中市", ["西屯區", "北屯區"], ["台灣大道三段", "文心路二段", "崇德路"]),
              ("高雄市", ["苓雅區", "左營區"], ["博愛路", "中華路一段", "四維三路"])]  # fmt: skip
SG_STREETS = ["Ang Mo Kio Ave 3", "Tampines St 21", "Bedok North Rd", "Jurong West St 52",
              "Toa Payoh Lor 1", "Yishun Ring Rd", "Clementi Ave 2", "Bukit Batok West Ave 6",
              "Punggol Field", "Sengkang East Way", "Woodlands Dr 14", "Hougang Ave 8"]  # fmt: skip
MY_STREETS = [("Jalan SS2/24", "Taman Bahagia", "47300", "Petaling Jaya", "Selangor"),
              ("Jalan Ampang", "Taman U-Thant", "50450", "Kuala Lumpur", "Wilayah Persekutuan"),
              ("Jalan Tun Razak", "Taman Maluri", "55100", "Kuala Lumpur", "Wilayah Persekutuan"),
              ("Jalan Bukit Bintang", "Taman Sri Hartamas", "50200", "Kuala Lumpur", "Wilayah Persekutuan"),
              ("Lorong Kenari 3", "Taman Desa Jaya", "81100", "Johor Bahru", "Johor"),
              ("Jalan Kelisa Emas", "Taman Kelisa", "14000", "Bukit Mertajam", "Pulau Pinang"),
              ("Jalan Merbau 7", "Taman Melawati", "53100", "Kuala Lumpur", "Wilayah Persekutuan"),
              ("Jalan Sultan Azlan Shah", "Taman Ipoh Jaya", "31350", "Ipoh", "Perak")]  # fmt: skip
EN_STREETS = ["Baker Street", "Kings Road", "Elm Grove", "Harbour View Terrace", "Station Road",
              "Maple Avenue", "Church Lane", "Victoria Parade", "Oak Crescent", "Mill Lane"]  # fmt: skip
EN_TOWNS = ["Manchester M14 5RT", "Leeds LS6 2AB", "Bristol BS8 1QU", "Perth WA 6000",
            "Auckland 1010", "Sydney NSW 2000", "Brighton BN1 3XE", "Cambridge CB2 1TN"]  # fmt: skip


def part(items: list[T], split: Split) -> list[T]:
    """The half of ``items`` reserved for ``split``."""
    return items[0::2] if split == "dev" else items[1::2]


class People:
    """Name and address makers restricted to one split's half of every list."""

    def __init__(self, rng: random.Random, split: Split) -> None:
        self.rng = rng
        self.split = split

    def _pick(self, items: list[str]) -> str:
        return str(self.rng.choice(part(items, self.split)))

    def name_zh(self) -> str:
        return self._pick(ZH_SURNAMES) + self._pick(ZH_GIVEN)

    def name_zht(self) -> str:
        return self._pick(ZHT_SURNAMES) + self._pick(ZHT_GIVEN)

    def name_sea_chinese(self) -> str:
        return f"{self._pick(SEA_CHINESE_SURNAMES)} {self._pick(SEA_CHINESE_GIVEN)}"

    def name_malay(self) -> str:
        if self.rng.random() < 0.5:
            return f"{self._pick(MALAY_MALE)} bin {self._pick(MALAY_MALE)}"
        return f"{self._pick(MALAY_FEMALE)} binti {self._pick(MALAY_MALE)}"

    def name_indian(self) -> str:
        link = self.rng.choice(("a/l", "a/p", "s/o", "d/o"))
        return f"{self._pick(INDIAN_GIVEN)} {link} {self._pick(INDIAN_FATHER)}"

    def name_western(self) -> str:
        return f"{self._pick(WESTERN_FIRST)} {self._pick(WESTERN_LAST)}"

    def name_latin(self) -> str:
        """Any Latin-script name seen in Singapore / Malaysia / English support text."""
        return self.rng.choice(
            [self.name_western, self.name_sea_chinese, self.name_malay, self.name_indian]
        )()

    def address_zh(self) -> str:
        city, districts = self.rng.choice(part(ZH_CITIES, self.split) or ZH_CITIES)
        district = self.rng.choice(districts)
        road, estate = self._pick(ZH_ROADS), self._pick(ZH_ESTATES)
        n, b, r = self.rng.randint(1, 999), self.rng.randint(1, 30), self.rng.randint(101, 2802)
        return self.rng.choice(
            [f"{city}{district}{road}{n}号{estate}{b}栋{r}室", f"{city}{district}{road}{n}号",
             f"{district}{road}{n}号{b}单元{r}", f"{city}{district}{estate}{b}号楼{r}室"]
        )  # fmt: skip

    def address_zht(self) -> str:
        city, districts, roads = self.rng.choice(part(ZHT_PLACES, self.split))
        district, road = self.rng.choice(districts), self.rng.choice(roads)
        n, f = self.rng.randint(1, 399), self.rng.randint(2, 28)
        room = self.rng.choice(["", f"{self.rng.choice('ABCD')}室"])
        return f"{city}{district}{road}{n}號{f}樓{room}"

    def address_sg(self) -> str:
        blk, street = self.rng.randint(100, 799), self._pick(SG_STREETS)
        unit = f"#{self.rng.randint(2, 25):02d}-{self.rng.randint(10, 999)}"
        return f"Blk {blk} {street}, {unit}, Singapore {self.rng.randint(100000, 829999)}"

    def address_my(self) -> str:
        street, taman, post, town, state = self.rng.choice(part(MY_STREETS, self.split))
        return f"No. {self.rng.randint(1, 120)}, {street}, {taman}, {post} {town}, {state}"

    def address_en(self) -> str:
        return f"{self.rng.randint(1, 220)} {self._pick(EN_STREETS)}, {self._pick(EN_TOWNS)}"
