"""Organisation suffixes and questions about the past: names there are not data subjects."""

from __future__ import annotations

import pytest

from residency.detectors.postfilter import keep_finding
from residency.detectors.public_context import is_public_mention


@pytest.mark.parametrize(
    "text, name, kept",
    [
        ("Tan Kah Kee Sdn Bhd announced results.", "Tan Kah Kee", False),
        ("Wong Brothers Ltd filed its report.", "Wong", False),
        ("张伟集团今年的营收增长了。", "张伟", False),
        ("陈大文科技有限公司发布了新产品。", "陈大文", False),
        ("王芳银行的分行开业了。", "王芳", False),
        ("Wong Kee Noodle House opened a third outlet.", "Wong Kee", False),
        ("Lim Siang Huat Hardware Sdn. Bhd. is trading.", "Lim Siang Huat", False),
        ("Ng Teng Fong General Hospital is in Jurong.", "Ng Teng Fong", False),
        ("Tan Boon Teik & Partners filed the brief.", "Tan Boon Teik", False),
        ("Yayasan Tan Sri Lee Shin Cheng menaja biasiswa.", "Lee Shin Cheng", False),
        ("Hospital Sultanah Aminah terletak di Johor Bahru.", "Sultanah Aminah", False),
        ("张小泉剪刀店开了新门店。", "张小泉", False),
        ("霍英东基金会资助了很多项目。", "霍英东", False),
        # Near misses: a bank card, a person at a company.
        ("张伟去商店买东西了。", "张伟", True),
        ("张伟在学校门口等你。", "张伟", True),
        ("王芳和公司签了合同。", "王芳", True),
        ("Send it to Lim Mei Ling, Finance, Tan Brothers Ltd.", "Lim Mei Ling", True),
        ("Tan Wei Ming & Lim Mei Ling are my neighbours.", "Tan Wei Ming", True),
        ("李明华银行卡丢了，怎么办", "李明华", True),
        ("张伟在公司上班，电话找他。", "张伟", True),
        ("Please ask Tan Kah Kee about the report.", "Tan Kah Kee", True),
        # Trades that end a firm's name, bodies and places that start one.
        ("Kim Eng Securities upgraded the stock.", "Kim Eng", False),
        ("Newcastle United beat Chelsea 2-1 on Sunday.", "Newcastle", False),
        ("Lion City Sailors FC and Tampines Rovers drew 1-1.", "Tampines", False),
        ("Hang Lung Properties is building a mall.", "Hang Lung", False),
        ("Sing Tao Daily covers Hong Kong news.", "Sing Tao", False),
        ("Politeknik Sultan Salahuddin menganjurkan pameran.", "Sultan Salahuddin", False),
        ("Stadium Sultan Mizan Zainal Abidin terletak di Terengganu.", "Zainal Abidin", False),
        ("Tabung Haji mengumumkan dividen.", "Haji", False),
        ("Ong Kim Hock International won the tender.", "Ong Kim Hock", False),
        ("Lee Hwa Jewellery opened a store at Jurong Point.", "Lee Hwa", False),
        ("Tan Ah Huat Optical is closed on Sundays.", "Tan Ah Huat", False),
        ("Chow Kit Market is busy on weekends.", "Chow Kit", False),
        ("Beneficiary: LIM BROTHERS TRADING", "LIM BROTHERS TRADING", False),
        ("Wing Tai Clothing sells shirts.", "Tai", False),
        # What the text says the name is or does: an organisation's.
        ("Kwong Wah Yit Poh is a newspaper in Penang.", "Kwong Wah Yit Poh", False),
        ("Tai Kung Pao is a Hong Kong newspaper.", "Tai Kung Pao", False),
        ("Rajah Tann, a leading law firm, advised.", "Rajah Tann", False),
        ("Berkshire Hathaway reported record cash.", "Berkshire Hathaway", False),
        ("Chip Eng Seng posted a quarterly loss.", "Chip Eng Seng", False),
        ("Lian Beng shares fell 3 per cent.", "Lian Beng", False),
        ("Siloam Hospitals is listed on the Jakarta exchange.", "Siloam Hospitals", False),
        ("Kim Eng upgraded the stock to buy.", "Kim Eng", False),
        # Near misses: people described by a job at an organisation, or by their deeds.
        ("Tan Wei Ming is a company director in Penang.", "Tan Wei Ming", True),
        ("Tan Wei Ming, a friend from the bank, called.", "Tan Wei Ming", True),
        ("Siti Aminah is a hospital cleaner.", "Siti Aminah", True),
        ("Tan Wei Ming reported a loss of his wallet.", "Tan Wei Ming", True),
        ("Tan Wei Ming is listed as the emergency contact.", "Tan Wei Ming", True),
        ("Tan Wei Ming upgraded the software on his laptop.", "Tan Wei Ming", True),
        ("Contact Tan Wei Ming at DBS Bank about the loan.", "Tan Wei Ming", True),
        ("Please contact Tan Wei Ming, DBS Bank, about the loan.", "Tan Wei Ming", True),
        ("Ahmad Faizal is the company's new driver.", "Ahmad Faizal", True),
        ("Our client Lim Mei Ling is a school teacher.", "Lim Mei Ling", True),
    ],
)
def test_organisation_suffix_makes_name_an_organisation(text: str, name: str, kept: bool) -> None:
    start = text.index(name)
    entity = "ZH_PERSON" if not name.isascii() else "PERSON"
    result = keep_finding(text, entity, start, start + len(name))
    if kept:
        assert result or entity == "PERSON"  # English NER may drop it for other reasons
    else:
        assert not result


@pytest.mark.parametrize(
    "text, name, kept",
    [
        ("Tang Shiu Kin Hospital is in Wan Chai.", "Wan Chai", False),
        ("Kilang itu terletak di Shah Alam.", "Shah Alam", False),
        ("The office moved to a tower near Raffles Place.", "Raffles Place", False),
        # Near misses: a possessive, a personal text around the name.
        ("The file is in Tan Wei Ming's drawer.", "Tan Wei Ming", True),
        ("I trust in Tan Wei Ming completely.", "Tan Wei Ming", True),
        ("Saya duduk di sebelah Ahmad Faizal, jiran saya.", "Ahmad Faizal", True),
        ("Please leave the parcel with my neighbour in Lim Mei Ling", "Lim Mei Ling", True),
    ],
)
def test_a_name_after_a_locative_preposition_is_a_place(text: str, name: str, kept: bool) -> None:
    start = text.index(name)
    assert keep_finding(text, "PERSON", start, start + len(name)) is kept


@pytest.mark.parametrize(
    "text, name, public",
    [
        ("How did Zhang Wei influence the reform?", "Zhang Wei", True),
        ("What caused Lim Boon Keng to leave for Amoy?", "Lim Boon Keng", True),
        ("Siapakah Hang Tuah?", "Hang Tuah", True),
        ("如何评价张居正？", "张居正", True),
        ("张居正的历史意义是什么", "张居正", True),
        ("Describe how Yongle moved the capital to Beijing.", "Yongle", True),
        ("Compare the policies of Li Hongzhang and Zeng Guofan.", "Li Hongzhang", True),
        ("What were the main achievements of Zhang Qian's missions?", "Zhang Qian", True),
        ("Huraikan peranan Dol Said dalam menentang British.", "Dol Said", True),
        ("简述詹天佑修建京张铁路的经过。", "詹天佑", True),
        ("谈谈左宗棠收复新疆的意义。", "左宗棠", True),
        ("談談胡適對白話文運動的影響。", "胡適", True),
        # Personal cues win (fail closed).
        ("Explain to my client Tan Wei Ming why the claim failed.", "Tan Wei Ming", False),
        ("请简述张伟的订单情况。", "张伟", False),
        ("Please call Zhang Wei, he influenced my decision", "Zhang Wei", False),
        ("Siapakah Ahmad? Hubungi saya", "Ahmad", False),
        ("如何评价张伟的快递服务，电话13800000000", "张伟", False),
        ("Zhang Wei will visit tomorrow.", "Zhang Wei", False),
    ],
)
def test_questions_about_the_past_are_public_mentions(text: str, name: str, public: bool) -> None:
    start = text.index(name)
    assert is_public_mention(text, start, start + len(name)) is public
