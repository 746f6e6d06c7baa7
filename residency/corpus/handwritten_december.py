"""A fourth independent check set for issue 4, written in December before any fix for it.

The holdout's remaining leaks were Traditional-Chinese chats and instructions, its
evasion misses identifiers split by dots, underscores and dashes in irregular groups, and
its false holds organisation names.  This set was written from scratch in those areas and
in phrasings the other sets do not use: Taiwan/Hong Kong/Macau vocabulary (身分證字號,
行動電話, 收件人, 郵遞區號, LINE, 轉帳帳號) in chats, instructions and support tickets;
identifiers split in irregular groups inside sentences and chat turns; company names of
every kind (股份有限公司, 統一編號 of a company, Sdn Bhd, Pte Ltd, 集團, 銀行, 醫院,
基金會, brands named after people) and hard negatives (order numbers, versions, dotted
version numbers, dates, product codes, ISBNs).  It was measured once before anything was
changed for it: ``python -P -m residency.corpus.handwritten --december``.  Every private
name and identifier is invented (identifiers valid by checksum where the type has one).
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "organisations"): _lines("""
        富邦金融控股股份有限公司公告第三季合併營收。
        本公司統一編號 24536806，發票抬頭請寫台灣積體電路製造股份有限公司。
        玉山商業銀行推出新的外幣定存方案。
        新光三越百貨信義新天地週年慶開跑。
        長庚醫療財團法人林口長庚紀念醫院徵求志工。
        財團法人台灣癌症基金會舉辦防癌講座。
        澳門何鴻燊博士醫療拓展基金會資助醫療設備。
        郭元益食品股份有限公司推出中秋禮盒。
        王品集團旗下品牌新增兩家門市。
        奇美實業由許文龍創辦，奇美博物館位於台南。
        恒生銀行宣布調整最優惠利率。
        鄭家純擔任主席的周大福企業公佈業績。
        嘉里建設在澳門的新項目今日動工。
        陳記粥麵是灣仔的老字號。
        寶島眼鏡門市提供免費驗光服務。
    """),
    ("zh-Hans", "organisations"): _lines("""
        李锦记集团在新会建设了新的生产基地。
        张小泉股份有限公司在深圳证券交易所上市。
        杭州娃哈哈集团有限公司由宗庆后创立。
        北京大学第三医院开设了运动医学门诊。
        中国建设银行股份有限公司北京分行发布公告。
        老凤祥银楼是上海的百年老店。
        马应龙药业集团股份有限公司生产痔疮膏。
        王致和腐乳已有三百多年历史。
        宁德时代新能源科技股份有限公司发布新电池。
        碧桂园服务控股有限公司公布年度业绩。
    """),
    ("en", "organisations"): _lines("""
        Marks & Spencer and Sainsbury's both raised their guidance.
        Lim Kee Food Manufacturing Pte Ltd supplies frozen dim sum.
        Ya Kun Kaya Toast was founded by Loi Ah Koon in 1944.
        Oversea-Chinese Banking Corporation Limited reported record profit.
        Charles & Keith opened a flagship in Bangkok.
        Hock Hua Bank was merged into a larger group decades ago.
        Mount Elizabeth Novena Hospital added a cancer centre.
        The Tung Foundation funds maritime scholarships.
        Wing Tai Holdings Limited owns several retail brands.
        Berjaya Corporation Berhad was founded by Vincent Tan.
    """),
    ("ms", "organisations"): _lines("""
        Syarikat Hup Seng Industries Berhad mengeluarkan biskut krim.
        Mydin Mohamed Holdings Berhad membuka pasar raya baharu.
        Kedai Kopi Ah Chong Sdn Bhd membuka cawangan di Ipoh.
        Hospital Pakar Sultanah Fatimah menambah katil.
        Yayasan Tan Sri Jeffrey Cheah menawarkan biasiswa.
    """),
    ("mixed", "hard"): _lines("""
        訂單編號 2024120300187356，預計三個工作天內出貨。
        請升級到 v3.12.4.1087 版本後再重試。
        韌體版本 10.2.35.8841，發佈日期 2024-11-28。
        The build number is 21.04.3.9912-rc2 and it fails on ARM.
        商品貨號 NB-0912-335-678，顏色：霧黑。
        The ISBN 978 65 1234 5678 edition is out of print.
        ISBN 978-957-08-5512-3 的繁體版已經再版。
        型號 A2894-128-TW 的保固為一年。
        Tracking no. 8839_2041_5573_09, shipped via SF Express.
        追蹤碼 TW-2024-1203-88217，請至官網查詢。
        統一發票號碼 AB-12345678，金額 NT$1,280。
        SKU 4710088.412.335 is out of stock at the Taipei store.
        The OID 1.3.6.1.4.1.311.21.8 identifies the certificate template.
        會議時間：2024.12.03 14:30-16:00，地點 7 樓會議室。
        郵遞區號 106 是大安區，110 是信義區。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        客服單：會員 蕭宇翔 反映包裹未到，行動電話 0981.602.473，請回電。
        請依下列資料寄件：收件人 范佳蓉，地址 台中市西屯區文心路三段 88 號 5 樓，郵遞區號 407。
        我的身分證字號是 F1862_55116，麻煩幫我查一下退稅。
        我的LINE ID 是 jiawei_0412，有事直接密我。
        轉帳帳號 822-5402-118-3376，戶名 簡志豪，匯款後請截圖。
        幫我寫一封信給房東鍾美華，說我下個月搬走，她的手機號碼是 0977-637-601。
        病歷摘要：患者 羅俊宏，男，42 歲，身分證 R2260-007-03。
        請將獎金匯入 許家綺 的帳戶，她的手機 0993 098 203。
        面試通知：應徵者 賴品妤 小姐，聯絡電話 09.9555.3723。
        香港身份證號碼 H869967(6)，持證人 梁嘉欣，請核實。
        澳門電話 6688 1234，找何先生。
        收件人：曾雅雯　手機號碼：０９１０－５３２－９２２
        訂房資料：陳柏翰，身分證字號 T1288_04076，入住兩晚。
        幫我把這段翻成英文：「我叫黃怡君，住在新北市板橋區中山路一段 50 號。」
        我阿嬤住在花蓮，她叫林阿滿，電話 03-856-2217。
        老師好，我是 302 班 鄭宇辰 的家長，我的電話是 0918.274.553。
        支援工單 #88217：使用者 廖珮瑜 無法登入，註冊手機 0910_532_922。
        把這些資料整理成表格：姓名 邱建銘，生日 1985/07/19，身分證 M169-983-394。
        我的信箱是 yuting.liao@gmail.com，手機 0995-553-723，麻煩寄報價單給我。
    """),
    "zh-Hans": _lines("""
        我的身份证号是 5212.2519.8810.3014.87，帮我看看户籍所在地。
        收件人 岳晓琳，手机 158_4546_1162，地址 成都市武侯区科华北路 65 号。
        帮我写一封请假条，我叫宁宏伟，工号 A1023，电话 138-4195-2449。
        银行卡号 6242.5089.9614.1575，户名 欧阳慧。
    """),
    "en": _lines("""
        My IC is 800.319.06.7868, can you check if I'm registered to vote?
        Please update my NRIC to S11.831.62A in the records (Mr. Gan Wee Kiat).
        Call Mdm Rohani at 8_220_80_83 after 6pm.
        Write a thank-you note to my landlord, Mr. Tan Kok Leong, who lives at Blk 412 Bedok North Ave 2 #07-118.
        HKID: WA34-3122-9, holder Chan Tsz Ching.
        Refund to account 6207-2768-1601-0627 under the name Lau Wai Man.
        Taiwan ID T2873.331.12, applicant Hsu Pei Chen.
        Summarise this complaint from Ho Ka Wai (HKID Y003171(0)) about a delayed refund.
    """),
    "ms": _lines("""
        No. IC saya 771113_07_8414, sila semak status permohonan.
        Hantar ke Puan Zarina, telefon 012.989.0220, Lot 22 Kampung Baru.
        Pemohon: Mohd Syafiq bin Ismail, K/P 680105.03.5039.
    """),
    "mixed": _lines("""
        客戶 Ms. Wong 的 HKID 是 D796484(7)，電話 5327-9168。
        我的 IC no. 是 070105-01-8091，名字 Lim Jia Hui。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [("user", "幫我查訂單"), ("assistant", "請提供手機號碼"), ("user", "0981.602"), ("user", ".473")],
    [("user", "身分證字號"), ("assistant", "請說"), ("user", "G298_113_519")],
    [("user", "我的 LINE 是 meiling.chen88"), ("assistant", "好的，我加你")],
    [("assistant", "請問收件人姓名？"), ("user", "周怡萱"), ("assistant", "地址呢？"),
     ("user", "高雄市苓雅區四維三路 6 號")],
    [("user", "轉帳帳號 0123-4567-8901-23"), ("assistant", "戶名？"), ("user", "吳承澤")],
    [("user", "my IC number"), ("assistant", "go ahead"), ("user", "941.230.10.2290")],
    [("user", "手機 09"), ("assistant", "嗯"), ("user", "53_114_320")],
    [("user", "電話是 0912 3"), ("user", "45 678，找陳小姐")],
    [("assistant", "請提供您的身分證字號以便核對。"), ("user", "D2181-47812")],
]  # fmt: skip
