# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat13: chats about creative and personal writing (wedding speeches, eulogies, cards, cover letters, complaint and love letters, family trees) in English, Chinese and Malay. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat13
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "fiction with invented characters"): _lines("""
        In chapter 7, Inspector Harriet Voss finds the ledger in locker 4471 at Waterloo station and realises the smuggler signed every page as 'M. Quill'.
        Draft opening: Captain Ilse Varga had 48 hours, one working radio, and a crew that still called her 'the new girl' after eleven years.
        The villain's burner phone number in my thriller is 555-0163, so nobody's real phone rings when a reader tries it.
        Elowen Marsh lived at 7 Gull Lane in the invented harbour town of Penwithy, where every house faced the wrong way for the sun.
        My protagonist, Arjun Pillai-Hart, is a 34-year-old cartographer in a 2140 Singapore who maps the flooded MRT tunnels.
        Sci-fi line: 'Citizen 0047-KX-9981, report to Ration Hall C,' the speaker droned, and Nadia Quell did not move.
        Mystery clue: the victim's diary ends on 14 March with 'Blue door, 3rd pew, 11:40' and the reader should crack it by chapter 12.
        Fan fiction note: this is set after the Battle of Hogwarts, so Hermione Granger is already working at the Ministry of Magic.
        Kai Okonkwo-Lind, my fantasy heroine, carries a sword forged in the Year of Ash 1207 by the smith Broderick Thane.
        Flash fiction result: 'The letter was addressed to Mrs Penhallow, 12 Nowhere Street, and the postman had been delivering it for forty years.'
        Sherlock Holmes receives his clients at 221B Baker Street, and Watson first meets him in A Study in Scarlet, published in 1887.
        In Crazy Rich Asians, Nick Young takes Rachel Chu home to Singapore to meet his family at Tyersall Park.
    """),
    ("en", "historical letters and speeches"): _lines("""
        Keats wrote to Fanny Brawne in July 1819: 'I almost wish we were butterflies and liv'd but three summer days.'
        Lincoln delivered the Gettysburg Address on 19 November 1863; the Bliss copy runs to 272 words.
        Churchill's 'We shall fight on the beaches' speech was given to the House of Commons on 4 June 1940.
        Beethoven's 'Immortal Beloved' letter, written in pencil on 6 and 7 July 1812 at Teplitz, was found among his papers after he died in 1827.
        Napoleon wrote to Josephine in 1796 from the Italian campaign, begging her to join him in Milan.
        Princess Elizabeth's 21st-birthday broadcast from Cape Town in 1947 promised that her whole life would be devoted to service.
        Martin Luther King Jr. gave the 'I Have a Dream' speech at the Lincoln Memorial on 28 August 1963 to roughly 250,000 people.
        Abigail Adams's 'Remember the Ladies' letter to John Adams is dated 31 March 1776.
        Virginia Woolf's last note to Leonard, written in March 1941, is often quoted in essays on grief and marriage.
        Mandela's statement from the dock at the Rivonia Trial on 20 April 1964 ends with 'it is an ideal for which I am prepared to die'.
        The transcripts from the White House press office carry the address 1600 Pennsylvania Avenue NW, Washington, DC 20500.
        Barack Obama's keynote at the 2004 Democratic National Convention in Boston made him a national figure overnight.
        Lee Kuan Yew announced Singapore's separation from Malaysia at a televised press conference on 9 August 1965.
    """),
    ("en", "templates and sample documents"): _lines("""
        Cover letter template: Dear [Hiring Manager], I am writing to apply for the [Job Title] role advertised on [Website].
        Sample header from the careers handbook: Jane Doe | 123 Main Street, Anytown | (555) 555-0147 | jane.doe@example.com
        Birthday card template: Happy {age}th, {name}! Join us at {venue_address} on {date}; RSVP to {host_phone}.
        Complaint letter skeleton: Account number: [XXXX-XXXX-1234]; Date of incident: [DD/MM/YYYY]; Reference: [case number].
        Eulogy outline: 1) who they were, 2) one story only you can tell, 3) what they leave behind; aim for 4 to 6 minutes.
        Wedding toast structure: thank the hosts, one funny story, one sincere line, raise the glass, about 450 words in total.
        Example e-mail signature from the style guide: John Q. Public, Example Corp, +1 555 0100, john.public@example.org
        The placeholder IC 000000-00-0000 and NRIC S0000000A appear only in the training slides for the form-filling workshop.
        Letter of reference template version 3.2.1, last edited 2025-11-30, file REF-TPL-0032.docx on the shared drive.
        Love letter prompt card #17: 'Describe the first time you noticed the colour of their eyes, without naming the colour.'
        Family tree worksheet: generation I (great-grandparents) has 8 boxes, generation II has 4 and generation III has 2.
        Resignation letter sample: 'Please accept this letter as formal notice of my resignation from [Company], effective [Last Working Day].'
    """),
    ("en", "first-person writing help"): _lines("""
        I'm writing a eulogy for my grandmother and I keep crying halfway through the second paragraph.
        My best man speech is at 1,100 words and the venue coordinator says I get five minutes, so I need to cut roughly half.
        I bought the Chicago Manual of Style, 17th edition, ISBN 978-0-226-28705-8, and I still can't decide on the serial comma.
        My novel manuscript is 92,400 words and agents keep saying a debut fantasy should come in under 100,000.
        I wrote my mum a poem for Mother's Day and she stuck it on the fridge next to the electricity bill.
        I'm entering the short story contest, entry no. 2025-04418, deadline 31 January, fee SGD 15.
        My husband and I met at university twenty years ago and I want the anniversary card to sound less cheesy.
        Order #114-3928475-6610238 for the leather-bound journal arrived today, so I can finally start my morning pages.
        I use Scrivener 3.3.6 on a 2019 laptop and compiling to .docx keeps breaking my scene breaks.
        I'm nervous about reading my poem at the open mic at Kinokuniya, Ngee Ann City, 391 Orchard Road, on Friday.
        Every December I write a letter to my future self and seal it without rereading it.
        I'm 41, I've never written a love letter, and I'd like to learn before our anniversary in spring.
    """),
    ("zh-Hans", "诗歌、小说与历史书信"): _lines("""
        林觉民《与妻书》写于1911年4月24日，开头一句"意映卿卿如晤"，至今仍是中学语文课文。
        鲁迅与许广平的通信后来结集为《两地书》，1933年由青光书局出版。
        徐志摩写给陆小曼的日记和书信收在《爱眉小札》里，我买的版本定价39.80元。
        我写的小说主人公叫沈青禾，住在虚构的临江市梧桐巷17号，是一名开夜班出租车的司机。
        朱自清《背影》写父亲在浦口车站爬上月台买橘子，文章写于1925年10月。
        科幻小说设定：公民编号2049-07-113，隶属第三生态穹顶，主角是机械师陆星遥。
        诗歌比赛投稿编号SH2025-0831-076，截止日期12月31日，每人限投三首。
        婚礼致辞模板：尊敬的各位来宾，今天是【新郎姓名】先生和【新娘姓名】女士喜结良缘的日子……
        故宫博物院的地址是北京市东城区景山前街4号，我的散文写的就是那里的第一场雪。
        订单号2025112803417756的宣纸信笺已经到了，我准备给十年后的自己写一封信。
        毛泽东《沁园春·雪》写于1936年2月，1945年在重庆《新民报晚刊》首次公开发表。
        悼词范文：XXX同志，生于XXXX年X月，因病医治无效，于XXXX年X月X日逝世，享年XX岁。
        全国政务服务便民热线是12345，我在小说里让女主角半夜打这个电话投诉楼上装修。
    """),
    ("zh-Hant", "書信範本與文學"): _lines("""
        張愛玲1944年與胡蘭成結婚，後來的《小團圓》被視為帶有自傳色彩的小說。
        胡適1917年在《新青年》發表〈文學改良芻議〉，提出著名的「八事」。
        總統府位於臺北市中正區重慶南路一段122號，我的散文寫的是凱達格蘭大道上的清晨。
        我正在寫一篇武俠小說，主角叫葉無塵，身上帶著一塊刻著「甲子三〇七」的玉牌。
        生日卡範本：親愛的〇〇，祝你生日快樂！派對地點：〇〇市〇〇路〇號，請於〇月〇日前回覆。
        安心專線1925是衛福部的24小時免付費諮詢電話，我把它放在小說的後記裡。
        香港撒瑪利亞防止自殺會的熱線是2389 2222，我在悼文的附註裡列出來給讀者參考。
        金庸《神鵰俠侶》裡，楊過與小龍女在絕情谷底重逢，中間相隔了十六年。
        訂單編號TW-20251203-884172的鋼筆墨水已經出貨，我打算用來抄鄧麗君〈月亮代表我的心〉的歌詞。
        孫中山〈總理遺囑〉寫於1925年3月11日，開頭是「余致力國民革命，凡四十年」。
        求職信範本：敬啟者，本人欲應徵貴公司〔職位名稱〕一職，聯絡電話：09XX-XXX-XXX。
        我寫給自己的情書練習：「你終於學會在下雨天不帶傘，也不覺得狼狽。」
        臺北101位於臺北市信義區信義路五段7號，我小說的最後一幕就發生在89樓的觀景台。
    """),
    ("ms", "ucapan, puisi dan surat"): _lines("""
        Tunku Abdul Rahman melaungkan 'Merdeka!' tujuh kali di Stadium Merdeka pada 31 Ogos 1957.
        Contoh ucapan perkahwinan: Terima kasih kepada [nama bapa pengantin] kerana sudi menjemput kami ke majlis yang penuh berkat ini.
        Sajak 'Kekasih' karya Usman Awang sering dibacakan di majlis perkahwinan walaupun ditulis puluhan tahun dahulu.
        Watak utama novel saya, Inspektor Zahra Iskandar, tinggal di bandar rekaan Kuala Senja dan memandu Proton Saga tahun 1985.
        Templat surat aduan: No. akaun: [XXXX XXXX XXXX]; Tarikh kejadian: [HH/BB/TTTT]; No. rujukan: [ ].
        Befrienders Kuala Lumpur boleh dihubungi di 03-7627 2929, saya letakkan nombor itu di hujung cerpen tentang kemurungan.
        Menara Berkembar Petronas di Kuala Lumpur City Centre, 50088 Kuala Lumpur, menjadi latar bab terakhir novel saya.
        Saya sedang menulis eulogi untuk datuk saya dan tak pasti sama ada patut bermula dengan pantun.
        Pantun untuk kad hari jadi: 'Pisang emas dibawa belayar, masak sebiji di atas peti; hutang emas boleh dibayar, hutang budi dibawa mati.'
        Pesanan no. 250412KX8HQ2 untuk buku Hikayat Hang Tuah edisi DBP berharga RM 45.00 sudah dihantar.
        P. Ramlee menyanyikan 'Getaran Jiwa' dalam filem Antara Dua Darjat pada tahun 1960.
        Contoh kad nama dalam buku panduan: Ahmad bin Abu, Syarikat Contoh Sdn Bhd, 012-345 6789; nombor ini bukan nombor sebenar.
        Saya menulis surat kepada diri sendiri setiap Ramadan dan membukanya semula pada Ramadan tahun berikutnya.
    """),
    ("mixed", "writing workshop banter"): _lines("""
        Workshop tip: 写悼词的时候 don't list every achievement, pick one story and let it breathe.
        Saya nak tulis sajak in English tapi rhyme scheme ABAB tu susah sangat lah.
        这首 haiku 要 5-7-5 音节，我写成 5-8-5，teacher 说 OK as long as the image is strong.
        The Lee Kong Chian Reference Library at 100 Victoria Street ada writing clinic every Saturday, free for all.
        Draft v0.9.4 of the anthology: 共 38 篇，每篇 under 2,500 words, launch at George Town Festival.
        Kad jemputan template: 'Walimatul Urus {nama pengantin}' + 日期 + venue, font Amiri 24pt.
        Singlish monologue for my play: 'Wah lau, the MRT break down again, my character Uncle Teo also cannot tahan.'
        我的 poem 题目叫 'Jalan Pulang'，讲的是 balik kampung 时 PLUS highway 上的大塞车。
        ISBN 978-983-46-1532-0 是我们 workshop 出的 zine，RM 20 each, proceeds go to the library fund.
        Invoice INV-2025-000731: 12 copies of 'Writing Your Life Story' @ SGD 28.90 = SGD 346.80.
        Pakai 孔子 punya 三人行必有我师 as the epigraph for a graduation speech, sesuai tak?
        周杰伦 Jay Chou 的《晴天》lyrics, can I quote two lines in my short story without permission?
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Wedding speech draft: 'Danielle, when you moved into Flat 4B, 27 Cranbourne Road, Leeds LS6 2QH with Tom Whitlock, we all knew this was it.'
        For the eulogy: Grandpa Reginald Ashby-Moore passed on 2 Nov at St Luke's Hospice after the pancreatic cancer came back, he was 81.
        Cover letter header: Priyanka Sundaram, Blk 512 Jurong West St 52 #08-1147, Singapore 640512, +65 9127 4486, priyanka.sundaram88@gmail.com
        complaint letter pls: my DBS account no is 027-384519-6, name on it is Harold Lim Keng Wah, the overcharge was on 12/11, make it sound firm
        can u make this birthday card rhyme 'To Aunty Rosalind Quek, happy 70th! Come to 33 Lorong Ah Soo, S536738, Sat 7pm'
        Love letter to my ex Callum Brennan, he's on 0412 883 507 now and I want to text him a poem without sounding desperate
        Family tree q: great-aunt Winifred Okafor (nee Bassey), b. 03/09/1941 in Calabar, lives with us in Peckham and has dementia now, how do I record that?
        Reference letter for our nanny Maria Teresa Dizon, Philippine passport P4829173B, she worked for us from 2019 to 2024.
        pls proofread: 'I, Gwendolyn Farrow-Price, NI number JT 48 21 37 C, authorise my brother to collect my post while I'm away.'
        Speech for mum's 60th: 'Mum, Lorraine Betts, beat breast cancer twice and still opens the bakery on Fenwick Lane at 5am.'
        Resignation letter sign-off: Kind regards, Ethan Ng Wei Jie, ethan.ngwj@hotmail.com, mobile 8231 5570
        Thank-you card for the neighbours, Mr & Mrs Devereux, 18 Birchfield Close, Solihull B91 3TT, for feeding Biscuit while I was in hospital.
        Poem for my daughter Isla Rennick (born 14 Feb 2019), I'll post it on her account @isla.bakes.with.mum
        my card 4532 7719 0846 2215 got charged twice by the florist for Sophie Harrington's bouquet, help me write the dispute letter
        Apology letter to my landlord Dennis Kowalczyk, 71 Orchard Grove Apt 3, Somerville MA 02144, about the rent being late again.
        Obituary for the Straits Times: Kelvin Goh Jun Hao, NRIC S8834512D, passed away peacefully on 28 Nov, wake at Blk 203 Bishan St 23 void deck.
    """),
    "zh-Hans": _lines("""
        帮我写婚礼致辞：新郎王浩然，新娘刘思琪，两人在同一家公司认识，新娘手机139 1748 2265能不能印在请柬上？
        我爸叫赵建国，身份证号320102196511234218，悼词里要不要提他是肝癌晚期走的？
        求职信落款：陈雨萱｜手机：186-2174-9053｜邮箱：chenyuxuan_hr@163.com
        给奶奶的生日贺卡要寄到四川省成都市武侯区玉林北路12号3栋2单元501，收件人孙秀兰，帮我写几句祝福
        投诉信：我的招商银行卡6225 8812 3476 0519被重复扣款两次，持卡人李明轩，请帮我写得正式一点
        情书初稿："小雨，你住幸福里小区7号楼那年，我每天骑车经过你家楼下"，她叫周小雨，微信号zhouxy_1996，帮我润色
        家谱问题：我曾祖父黄德胜生于1912年，我父亲黄志强（身份证44030519620721381X）说族谱上把他的出生年份写错了
        写给前男友何俊杰的信：你欠我的三万块什么时候还？你那辆车牌粤B·7K2Q9的车我天天在小区门口看见
        悼词里这样写：舅舅吴海涛2024年因为重度抑郁在南京脑科医院住了三个月……帮我改得温和一点
        帮我给学生林子涵写推荐信，学号2021110354，护照号EJ4827165也要附在最后
        请柬收件人：刘德明先生，电话+86 158 0327 6614，地址湖北省武汉市洪山区珞喻路1037号教工宿舍14栋302
    """),
    "zh-Hant": _lines("""
        結婚登記書要填：新娘林佩珊，身分證字號F228463915，戶籍新北市板橋區文化路二段182巷5號4樓，順便幫我寫誓詞
        悼文：阿嬤王陳月娥於11月20日在台大醫院安詳離世，享壽89歲，告別式在我們家台南市北區公園路321巷8號舉行
        求職信：本人張家豪，聯絡電話0932-518-406，Email：jiahao.chang0815@gmail.com，懇請貴公司給予面試機會
        生日卡寄去九龍旺角洗衣街168號6樓B室俾我細佬黃子朗，佢電話6123 9087，幫我寫幾句搞笑嘅
        投訴信：本人李美玲（香港身份證K718302(4)）的恒生銀行戶口388-472915-883被錯誤扣款，請幫我修改語氣
        想寫封求婚信畀何嘉欣，之後要去登記，佢澳門居民身份證係5/215046/3，住氹仔成都街
        家族樹：外公鄭文德1938年生於廈門，後來搬到台中，現在每週三次在台中榮總洗腎，這要寫進家譜嗎？
        給房東蔡志明先生（0921-774-365）的道歉信：這個月房租會晚五天匯到您的郵局帳戶0081452-0392716
    """),
    "ms": _lines("""
        Tolong semak ucapan: 'Kepada Muhammad Hafiz bin Rosli dan Nur Aisyah binti Kamarudin, yang bernikah di rumah pengantin perempuan di No. 27, Jalan Mawar 4, Taman Sri Muda, 40400 Shah Alam.'
        Surat lamaran kerja: Nurul Izzati binti Ahmad Fauzi, No. K/P: 950302-14-6218, Tel: 012-738 4419, e-mel: izzati.fauzi95@yahoo.com
        Eulogi untuk arwah ayah, Haji Ismail bin Yusof, yang meninggal akibat strok di Hospital Sultanah Aminah pada 3 Nov, umur 67 tahun.
        kad hari jadi utk adik saya Farah Diyana, 17 tahun, alamat Lot 1123, Kampung Parit Raja, 86400 Batu Pahat, Johor
        Surat aduan: akaun Maybank saya 1640 2218 7753 atas nama Rajesh a/l Muniandy dicaj RM 350 dua kali oleh syarikat katering.
        Surat cinta untuk Aiman, nombor dia +60 17-552 0918, saya nak hantar guna WhatsApp malam ni, tolong buat lebih romantik
        Salasilah keluarga: Mak Cik Wan Rohani binti Wan Daud, KP 560814-03-5186, masih tinggal di Kampung Banggol, Kota Bharu.
        Tolong tulis surat rujukan untuk pembantu rumah saya, Sri Wahyuni, pasport Indonesia C4829173, bekerja dengan kami sejak 2018.
        Ucapan hari jadi untuk sahabat saya Tan Mei Xin yang baru keluar wad lepas pembedahan buah pinggang di Pantai Hospital Ayer Keroh.
        Kereta abang saya Khairul Anuar bin Zainal, Proton X50 WXY 4821, dilanggar di parkir dewan kahwin, tolong tulis surat tuntutan insurans.
    """),
    "mixed": _lines("""
        Help me tulis wedding speech untuk kawan saya Jason Lim Wei Kiat and Nurul Huda, both staying at 18-3A, Jalan PJU 1/45, Aman Suria, 47301 Petaling Jaya.
        帮我把这个 cover letter 改 formal 一点：'Hi, I'm Goh Siew Ling, NRIC T0215647J, boleh call saya at 9876 2214 anytime.'
        Eulogy for my 外婆 Lau Ah Moi, she stayed at Blk 88 Telok Blangah Heights #12-214 until the stroke last year, 我想加一段 about her kopi.
        Birthday card to my pen pal 許雅婷, address 台北市大安區和平東路二段106巷3弄12號2樓, can you write it in both English and 中文?
        complaint email: 我的 UnionPay card 6222 0214 8830 5617 294 kena charge twice at the bridal shop, name on card Chong Kah Wai.
        Love letter + forms lol: my girlfriend Lee Mei Fong (FIN G5123487K) dari Ipoh, passport A38492017, I want the letter to mention her mum's chemo gently.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Best man speech help? Groom is my cousin Oliver Brannigan, bride is Chloe Aduba.",
        ),
        (
            "assistant",
            "Happy to help! Give me one story about how they met and one thing you admire about Oliver.",
        ),
        (
            "user",
            "they met when Chloe rear-ended his Fiesta (YK19 LFP) in the Tesco car park in Harrogate lol",
        ),
        (
            "assistant",
            "Perfect opener: 'Most couples meet by chance. Oliver and Chloe met by collision...'",
        ),
        (
            "user",
            "nice. end it with: afterparty at their new place, 42 Kestrel Way, Harrogate HG2 7PN, text me on 07842 615 903 if you get lost",
        ),
    ],
    [
        ("user", "帮我写一篇悼词，我外公叫郑国华，退休前是中学物理老师。"),
        ("assistant", "好的，可以说说外公生前最让你难忘的一件事吗？"),
        ("user", "他今年10月在上海瑞金医院因为肺癌去世，78岁。最后那段时间他还在病床上给我讲题。"),
        ("assistant", "这个细节很动人，可以作为悼词的核心段落：'直到最后，他仍然是一名老师……'"),
    ],
    [
        ("user", "Tolong semak resume saya, bahagian atas macam ni:"),
        (
            "user",
            "Muhammad Amirul Hakim bin Saiful, 011127-07-3390, 14 Lorong Kenari 2, Taman Bukit Jambul, 11900 Bayan Lepas",
        ),
        (
            "assistant",
            "Nampak kemas. Cadangan: tak perlu letak nombor kad pengenalan dalam resume, cukup nama, telefon dan e-mel.",
        ),
        ("user", "ok buang IC. telefon 016-482 7730, e-mel amirul.hakim01@gmail.com"),
    ],
    [
        ("user", "我想寫封情信畀我女朋友阿晴，佢全名係梁曉晴"),
        ("assistant", "好呀，你想用廣東話定書面語？可以講下你哋點識嘅。"),
        (
            "user",
            "書面語啦。我哋喺佢IG @hiuching.draws 識嘅，佢電話係 9432 6618，我想信尾寫返佢電話做個梗",
        ),
        ("assistant", "明白，可以喺結尾寫：「那串號碼，是我這一年撥得最多的數字。」"),
    ],
    [
        ("user", "Doing a family tree for my 奶奶's 90th birthday, need help with the 族谱 layout"),
        ("assistant", "Sure! Start with her generation and work down. What names do you have?"),
        (
            "user",
            "奶奶 Ong Bee Hoon, born 12 Jan 1935 in Muar, IC 350112-01-5066, still lives with my uncle at 21 Jalan Sutera 3, Taman Sentosa, Johor Bahru",
        ),
        (
            "assistant",
            "Got it. For a birthday chart you might leave the IC number out and keep just the name, birth year and hometown.",
        ),
    ],
    [
        ("user", "need a firm complaint letter to my bank, they charged me a late fee twice"),
        ("assistant", "I can draft that. What's the account and the dates?"),
        ("user", "credit card first half 4929 1837"),
        ("user", "second half 5510 6642, cardholder Margaret O'Sullivan, fees on 3 Oct and 4 Oct"),
        (
            "assistant",
            "Here's a draft: 'Dear Sir or Madam, I am writing regarding my card ending 6642, held by Margaret O'Sullivan...'",
        ),
    ],
    [
        (
            "user",
            "Can you write a short rhyming card for my granddaughter's 6th birthday? Her name is Poppy Whitfield.",
        ),
        (
            "assistant",
            "Of course! 'Six candles bright, six wishes true, the whole wide world is waiting for you!'",
        ),
        (
            "user",
            "Lovely. Please also format the envelope: Miss Poppy Whitfield, 5 Mallard Court, Cheltenham GL51 0QE",
        ),
        ("assistant", "Miss Poppy Whitfield\n5 Mallard Court\nCheltenham\nGL51 0QE"),
    ],
    [
        ("user", "帮我写求职信的开头，应聘新媒体编辑"),
        ("assistant", "好的，先告诉我你的名字和联系方式，我放在信头。"),
        ("user", "许嘉怡"),
        ("user", "手机 137 2488 0916，邮箱 xujiayi_writes@qq.com"),
        (
            "assistant",
            "许嘉怡\n电话：137 2488 0916\n邮箱：xujiayi_writes@qq.com\n\n尊敬的招聘负责人：您好！",
        ),
    ],
    [
        ("user", "Tolong karang teks takziah untuk dihantar ke kumpulan WhatsApp keluarga."),
        ("assistant", "Boleh. Siapa arwah dan bila majlis tahlil?"),
        (
            "user",
            "Arwah Puan Rokiah binti Mahmud, mak mentua saya, meninggal di HKL pagi tadi sebab jangkitan paru-paru.",
        ),
        (
            "user",
            "Tahlil malam Jumaat di rumah kami, No. 9, Jalan 3/27B, Desa Melawati, 53100 Kuala Lumpur",
        ),
        (
            "assistant",
            "Inna lillahi wa inna ilaihi raji'un. Dengan dukacitanya dimaklumkan Puan Rokiah binti Mahmud telah kembali ke rahmatullah...",
        ),
    ],
    [
        (
            "user",
            "writing vows, want to include the moment we signed the lease lol. her name is Anjali Raghavan",
        ),
        ("assistant", "That's a sweet detail. What was the place like?"),
        (
            "user",
            "tiny flat, 07-332 at Blk 27 Dakota Crescent, Singapore 390027, we had no fridge for a month",
        ),
        (
            "assistant",
            "'Anjali, in a flat with no fridge at Blk 27 Dakota Crescent, you taught me that home is a person, not a place.'",
        ),
    ],
]
