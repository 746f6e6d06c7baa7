"""A second independent check set for issue 4, written *after* the fixes for the first.

:mod:`.handwritten_unseen` was measured once, then the detectors were changed for the
general causes of its misses, so its later numbers are no longer a fair measure.  This
set was written afterwards, from scratch, in phrasings neither set uses (financial
Chinese numerals, ideographic spaces, LINE ids, a private person who shares a famous
athlete's name, bookrunners and clan houses, Zoom meeting ids and invoice codes ...), and
measured once before anything was changed for it: ``python -P -m
residency.corpus.handwritten --later``.  Every private name and identifier is invented.
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("mixed", "organisations"): _lines("""
        福耀玻璃工业集团股份有限公司在美国俄亥俄州设厂。
        曹德旺创办的河仁慈善基金会捐资建设福耀科技大学。
        香港大學李嘉誠醫學院的研究團隊發表了新論文。
        林口長庚紀念醫院擴建了兒童醫學大樓。
        周大生珠宝股份有限公司发布了年度报告。
        李宁体育用品有限公司推出了新款跑鞋。
        Sime Darby Property, Gamuda Land and Mah Sing Group launched new townships.
        The Khoo Kongsi clan house in George Town is a heritage site.
        Eu Yan Sang International reported higher sales of herbal products.
        Lee Hwa Jewellery opened a store at Jurong Point.
        Poh Kong Holdings Berhad is a jewellery chain.
        Ng Teng Fong Charitable Foundation donated to the hospital.
        Tan Kah Kee Foundation Postgraduate Scholarship applications close in March.
        The Shaw Foundation Pavilion at the Botanic Gardens hosts free concerts.
        Kuok Brothers Sdn Bhd is the family's holding company.
        J.P. Morgan and Goldman Sachs were joint bookrunners on the offering.
        Sir Run Run Shaw Hospital in Hangzhou opened a new ward.
        Hospital Tengku Ampuan Rahimah di Klang menambah kakitangan.
        Universiti Tun Abdul Razak menawarkan program MBA.
        Sekolah Menengah Kebangsaan Dato' Onn memenangi pertandingan debat.
        McKinsey & Company and Boston Consulting Group advised the ministry.
        Harvey Norman cut prices on laptops this week.
        Marks & Spencer closed its last store in the city centre.
        The Raffles Museum of Biodiversity Research became part of NUS.
    """),
    ("mixed", "history"): _lines("""
        Cheng Ho's fleet anchored off Malacca several times.
        Munshi Abdullah described Singapore as it was in the 1820s.
        黄飞鸿是清末民初的武术家，以医术和武术闻名。
        严复翻译《天演论》，介绍了进化论思想。
        Lat's cartoons chronicle kampung life in Malaysia.
        Lee Kong Chian was a rubber magnate and philanthropist.
        Dr. Wu Lien-teh led the fight against the Manchurian plague.
        Yasmin Ahmad directed the film Sepet in 2004.
    """),
    ("mixed", "docs"): _lines("""
        `docker run -p 8080:80 nginx:1.25` starts the server on port 8080.
        In Python, hash("abc") differs between runs unless PYTHONHASHSEED is set.
        The endpoint returns HTTP 429 after 100 requests per minute.
        配置项 max_connections 的默认值为 151。
        Gunakan arahan `npm install --save-dev eslint` untuk memasang.
        The regex \\b[A-Z]{3}\\d{4}\\b matches codes like ABC1234.
    """),
    ("mixed", "hard"): _lines("""
        Booking ref 8X4K2P, seat 32A, flight MH 603.
        Parcel tracking: SPXMY042318876541
        Statement period 01/03/2024 - 31/03/2024, closing balance RM 3,412.77
        快递单号 YT7345628190342，预计明天送达。
        发票代码 044031900111，发票号码 12345678。
        会议号：823 4561 7890，会议密码 246810。
        Model SM-S928B/DS, 12 GB RAM, 512 GB storage.
        Customer hotline: 1800 222 3333 (toll-free, 24 hours)
        The ISBN 978-981-4995-12-3 edition has 412 pages.
        Lot 5, 12,500 sq ft, asking price RM 2.3 million.
        2024年第三季度GDP同比增长4.6%。
        第18届亚运会于2018年在雅加达举行。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        售后登记：机主 戴晓峰，回访电话 壹叁玖 贰捌肆陆 柒伍叁壹
        【物业通知】3栋1602业主万丽萍女士，您的快递已到驿站。
        身份证 3502 0319 8307 0612 94，请核对。
        联系人：邱少华　手机：１３７　２２８４　６６０１
        转账给熊婷婷，卡号 6236 6819 0284 7169。
        我的邮箱是 wanglei1987 at 126 dot com，简历已经发过去了。
        麻烦转告龚振宇经理，明天的会改到下午。
        外卖备注：放门口就行，别打电话，全号 185 6620 3317。
    """),
    "zh-Hant": _lines("""
        掛號資料：病患 紀佩君，生日 1990/04/12，健保卡號請補。
        請把合約寄給葉志明先生，地址：香港島北角英皇道480號12樓。
        我的LINE是 0928-335-116，加我再聊。
        身分證：E 2 1 1 0 4 8 6 3 9（學生 游家瑋）
        台北市中山區南京東路二段45號7樓之3，收件人：許雅筑
    """),
    "en": _lines("""
        Accounts payable: reimburse Ng Boon Huat, PayNow 8455 2039.
        Applicant's NRIC: S7745120Z (Ms. Felicia Chong).
        Pls whatsapp me at nine-one-seven-three 2864.
        Gurpreet Singh's flight lands at 7pm; pick him up at Terminal 2.
        Forwarding Mr. Lee Chong Wei's insurance claim (not the badminton player).
        Email from: hannah.ong(at)gmail.com re: tenancy renewal
        The new tenant is Mohamed Rizwan, IC 950612-01-5238.
        Her HKID number is P920457(5) and she lives in Sha Tin.
        Delivery contact: 6-5-8-3-2-1-4-7 (Mdm Ong)
        Send the payslip to aditya.r@example.sg, cc his manager Lim Soo Hwa.
    """),
    "ms": _lines("""
        Penerima bantuan: Nor Hidayah binti Salleh, No. K/P 910228-07-5506.
        Hubungi saya di talian 03-7956 2231 (pejabat) atau 012 338 4719.
        Anak saya, Muhammad Danish, demam hari ini.
        Alamat: No. 5, Jalan Melati 2/3, Taman Melati, 53100 Kuala Lumpur.
        Nombor pasport saya A12345678, nama Kamarul Ariffin.
        Emel: zul.hakim @ yahoo . com
    """),
    "mixed": _lines("""
        客户 Mr. Raj 的 mobile 是 9421-5508 吗？
        Pls transfer ke akaun Maybank 1142 3398 7761, nama Chong Mei Fen.
        我老板 David Chia 的 HP: 8307 2914
        Tolong hantar ke 陈先生, 012-554 2093.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [("user", "my whatsapp is plus six five"), ("assistant", "ok"), ("user", "9173 2864")],
    [("user", "my ic"), ("assistant", "yes?"), ("user", "950612"), ("user", "01"),
     ("user", "5238")],
    [("assistant", "May I have your full name?"), ("user", "Lakshmi Narayanan"),
     ("assistant", "Thank you.")],
    [("user", "邮箱是 qian_yu"), ("assistant", "好的"), ("user", "@163.com")],
    [("user", "身份证号码 44010619880523"), ("assistant", "后四位呢？"), ("user", "4173")],
    [("user", "電話 0918"), ("assistant", "然後呢"), ("user", "274 553")],
]  # fmt: skip
