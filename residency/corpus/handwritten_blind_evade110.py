# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade110: genealogy, library and reference formats (GEDCOM, BibTeX/RIS, ORCID, MARC, wiki markup) with encoded or hidden values. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade110
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "gedcom_export"): _lines("""
        0 HEAD 1 SOUR FamilyTreeBuilder 2 VERS 8.2.1 1 GEDC 2 VERS 5.5.1 2 FORM LINEAGE-LINKED 1 CHAR UTF-8 1 DATE 06 DEC 2026 1 FILE heritage_master.ged
        0 @I1@ INDI 1 NAME Victoria /Hanover/ 1 SEX F 1 BIRT 2 DATE 24 MAY 1819 2 PLAC Kensington Palace, London 1 DEAT 2 DATE 22 JAN 1901 2 PLAC Osborne House, Isle of Wight
        0 @I204@ INDI 1 NAME Elizabeth /Bennet/ 1 SEX F 1 FAMC @F12@ 1 NOTE Fictional character from Pride and Prejudice, used as a test fixture; never merge with real records
        0 @I{id}@ INDI 1 NAME {given} /{surname}/ 1 BIRT 2 DATE {dd MMM yyyy} 2 PLAC {town, county} 1 RESI 2 ADDR {street} 2 POST {postcode} 1 PHON {phone}
        GEDCOM import finished: 18,422 INDI, 6,131 FAM, 412 SOUR records; 37 dates in non-standard form (e.g. abt 1850), 0 encoding errors; job id 7f3a9c2e
        0 @S3@ SOUR 1 TITL England and Wales, FreeBMD Birth Index, 1837-1915 1 AUTH General Register Office 1 PUBL Online database 1 REPO @R1@
        Privacy filter applied: 1,204 living individuals exported as Living /Private/ with dates suppressed; 16,918 deceased records unchanged.
        0 @I88@ INDI 1 NAME Living /Private/ 1 SEX U 1 FAMC @F31@ 1 NOTE Details withheld because EXCLUDE_LIVING=true in export profile v3
        1 NOTE src_b64:UHJpZGUgYW5kIFByZWp1ZGljZSwgSmFuZSBBdXN0ZW4sIDE4MTM= (embedded source title, decoded on import)
        How do I convert ANSEL-encoded GEDCOM 5.5 files to UTF-8 without losing the diacritics in place names like Zürich or Kraków?
        0 @F7@ FAM 1 HUSB @I3@ 1 WIFE @I1@ 1 MARR 2 DATE 10 FEB 1840 2 PLAC Chapel Royal, St James's Palace 1 NOTE Victoria and Albert 1 NCHI 9
        1 _UID 3F2A91C0B7E44D1E9A0C5B7D21E8F640 1 CHAN 2 DATE 14 NOV 2026 3 TIME 09:12:44 1 _UPD 2026-11-14T01:12:44Z checksum 0x5E1B
        0 @R1@ REPO 1 NAME The National Archives 1 ADDR Kew, Richmond, Surrey TW9 4DU 1 WWW https://www.nationalarchives.gov.uk 1 EMAIL enquiry@records-office.example
    """),
    ("en", "bibtex_ris"): _lines("""
        @article{turing1950computing, author = {Turing, Alan M.}, title = {Computing Machinery and Intelligence}, journal = {Mind}, volume = {59}, number = {236}, pages = {433--460}, year = {1950}, doi = {10.1093/mind/LIX.236.433}}
        TY  - JOUR AU  - Shannon, Claude E. TI  - A Mathematical Theory of Communication T2  - Bell System Technical Journal VL  - 27 IS  - 3 SP  - 379 EP  - 423 PY  - 1948 ER  -
        @book{knuth1997art, author = {Knuth, Donald E.}, title = {The Art of Computer Programming, Vol. 1}, edition = {3}, publisher = {Addison-Wesley}, address = {Reading, MA}, year = {1997}}
        @misc{placeholder, author = {LastName, FirstName}, title = {Title of Work}, howpublished = {URL}, note = {Accessed: YYYY-MM-DD; phone/e-mail of author not required}}
        url = {https://search.worldcat.org/search?q=%E7%BA%A2%E6%A5%BC%E6%A2%A6%20%E6%9B%B9%E9%9B%AA%E8%8A%B9&datePublished=1982-1982}
        Zotero sync error 412 Precondition Failed: library version 88214 is newer than local 88190; retry in 30 s (request id 9c1e77ab-04d2-4f3e-b6a8-5e0d2ac1f913)
        biber: WARN - Duplicate entry key 'hawking1988brief' in file 'refs.bib' line 2214, skipping
        TY  - BOOK AU  - Austen, Jane TI  - Pride and Prejudice PB  - T. Egerton CY  - London PY  - 1813 N1  - Project Gutenberg EBook #1342 ER  -
        @inproceedings{vaswani2017attention, author = {Vaswani, Ashish and Shazeer, Noam and others}, title = {Attention Is All You Need}, booktitle = {Advances in Neural Information Processing Systems 30}, year = {2017}}
        How do I stop BibLaTeX from printing the ISSN and the URL when a DOI is present? I am using style=apa with backend=biber.
        RIS field map: AU = author, PY = year, T2 = secondary title, SN = ISBN/ISSN, DO = DOI, UR = URL, N1 = notes, ER = end of record.
        doi_hex = 31302e313039332f6d696e642f4c49582e3233362e343333 % decodes to the Turing 1950 DOI, kept hex-encoded for the legacy importer
        Citation export report Q3 2026: 1,482 records exported, 96 missing DOIs, 14 retracted items flagged from feed v2.4, 3 duplicate keys merged.
    """),
    ("zh-Hans", "marc_catalogue"): _lines("""
        =200  1#$a呐喊$9na han$f鲁迅著 =210  ##$a北京$c人民文学出版社$d1973 =215  ##$a148页$d19cm =010  ##$b平装$dCNY28.00
        =100  1#$a曹雪芹,$d1715?-1763? =245  10$a红楼梦 /$c曹雪芹, 高鹗著. =260  ##$a北京 :$b人民文学出版社,$c1982.
        LDR 01342nam a2200337 i 4500 001 CNM2026118342 005 20261206091530.0 008 261206s2026 cc a 000 0 chi d
        检索链接：https://opac.lib.example.cn/F/?func=find-b&request=%E9%B2%81%E8%BF%85%20%E5%91%90%E5%96%8A&find_code=WRD&adjacent=N
        =852  ##$a上海图书馆$b中文基藏$hI246.57$i/C28-3$p3100019824$t2 条码已补打
        批量导入日志：CNMARC→MARC21 转换 3,206 条，失败 41 条（字段 701 指示符重复），耗时 12 分 08 秒，任务号 JOB-20261206-07。
        =856  40$uhttp://ebook.lib.example.cn/item/9787020002207$z题名(base64)：6KW/5ri46K6wIOWQtOaJv+aBqSDkurrmsJHmloflrablh7rniYjnpL4=
        模板：=700  #1$a{责任者姓}{名}$4{责任方式代码} —— 正式记录中请勿保留花括号和占位符。
        =600  14$a毛泽东,$d1893-1976$x传记$y20世纪 =690  ##$aA75$v5
        问：MARC 008 字段第 35-37 位语种代码，中文应写 chi 还是 zho？Aleph 500 v22 校验时报错 E-0083。
        =541  ##$c捐赠$a某大学北京校友会$d2025-11$n共 214 册，其中线装书 17 函
        馆际互借单号 ILL-SH-2026-004817，状态：已发货，预计 3 个工作日到馆，请读者到总服务台凭借书证领取。
        =035  ##$a(OCoLC)1148327650 =040  ##$aCN-SHPL$bchi$cCN-SHPL$erda =090  ##$aI210.4$bL781
    """),
    ("zh-Hant", "wiki_markup"): _lines("""
        {{Infobox person | name = 孫中山 | birth_date = {{birth date|1866|11|12}} | birth_place = 廣東省香山縣 | death_date = {{death date and age|1925|3|12|1866|11|12}} }}
        {{Infobox person | name = {{{name}}} | image = {{{image|}}} | birth_date = {{{birth_date|}}} | residence = {{{residence|}}} | spouse = {{{spouse|}}} }}
        '''金庸'''（1924年3月10日－2018年10月30日），本名查良鏞，香港武俠小說作家、《明報》創辦人。<ref>{{cite news |title=金庸逝世 |date=2018-10-30}}</ref>
        [[分類:清末革命烈士]] [[分類:1911年逝世]] {{DEFAULTSORT:Lin Juemin}} 林覺民《與妻訣別書》全文見維基文庫。
        頁面 [[%E7%B4%85%E6%A8%93%E5%A4%A2]] 已被保護：原因為持續破壞，期限至 2026-12-20 00:00 (UTC)，操作者：管理員機器人。
        <ref>{{cite book |last=曹 |first=雪芹 |title=紅樓夢 |publisher=聯經出版 |year=1991 |page=233 |oclc=24513876}}</ref>
        機器人 HKBot v3.2.1 於 2026-12-05 修正了 1,318 個頁面中 {{cite web}} 的 access-date 參數格式。
        {{User zh-hant-3}} {{User en-2}} {{User yue-N}} 本用戶主要編輯香港鐵路及公共屋邨條目。
        == 世系統計 == {| class=wikitable |- ! 輩分 !! 人數 !! 遷出 |- | 第十八世 || 42 || 5 |- | 第十九世 || 67 || 11 |}
        請問維基百科 {{cite journal}} 模板裡的 doi 參數要不要加 https://doi.org/ 前綴？加了會被機器人移除嗎？
        {{Infobox character | name = 韋小寶 | series = 《鹿鼎記》 | creator = 金庸 | spouse = 雙兒、阿珂等七人 | residence = 揚州麗春院 }}
        香港中央圖書館參考諮詢熱線 2921 0560；開放時間星期一至日 10:00–21:00，星期三 13:00–21:00，公眾假期照常開放。
        [[File:Taipei 101 at night.jpg|thumb|300px|台北 101，2004 年落成，高 508 公尺]] {{coord|25|02|02|N|121|33|54|E}}
    """),
    ("ms", "katalog_perpustakaan"): _lines("""
        TY  - BOOK AU  - Usman Awang TI  - Gelombang PB  - Dewan Bahasa dan Pustaka CY  - Kuala Lumpur PY  - 1961 LA  - may ER  -
        Notis: Perpustakaan ditutup pada 25 Disember 2026 sempena Hari Krismas. Pemulangan buku boleh dibuat di tong pemulangan 24 jam di pintu B.
        =245  10$aSejarah Melayu :$bedisi Shellabear /$cdiselenggarakan oleh W.G. Shellabear. =260  ##$aPetaling Jaya :$bFajar Bakti,$c1975.
        Carian OPAC: https://opac.perpustakaan.example.my/search?q=Sejarah%20Melayu&jenis=buku&bahasa=may&halaman=2
        Kod rujukan: SGlrYXlhdCBIYW5nIFR1YWg= (judul base64 bagi fail imbasan manuskrip MSS 1713)
        Templat borang keahlian: Nama: ____________ No. MyKad: ______-__-____ Tel: ___-_______ E-mel: ________@________ Alamat: ____________
        Statistik pinjaman November 2026: 12,406 naskhah dipinjam, 318 ahli baharu, 27 naskhah dilaporkan hilang, 4 aduan diterima.
        Soalan: Bagaimana nak eksport rujukan dari Mendeley ke format RIS untuk tesis? Gaya yang diminta APA edisi ke-7.
        Talian Pertanyaan Perpustakaan: 03-2693 4157 | e-mel: pertanyaan@perpustakaan.example.my | Waktu operasi 9.00 pagi - 5.00 petang
        Bil invois INV-PPAS-2026-00871: langganan pangkalan data JSTOR RM 18,450.00, tarikh akhir bayaran 31/12/2026, rujukan PO-55120.
        {{Kotak info penulis | nama = A. Samad Said | lahir = 9 April 1935 | tempat_lahir = Belimbing Dalam, Melaka | anugerah = Sasterawan Negara (1985) }}
        Nombor panggilan PL5139.A5 S45 2019 | Kod bar 30000012874512 | hex 48696b6179617420416264756c6c61682031383439 | Status: Dalam Pemuliharaan
        Salasilah Kesultanan Melaka: Parameswara → Megat Iskandar Syah → Sultan Muhammad Syah; sumber: Sulalatus Salatin, naskhah Raffles MS 18.
    """),
    ("en", "orcid_api_logs"): _lines("""
        {"orcid-identifier":{"uri":"https://orcid.org/0000-0002-1825-0097","path":"0000-0002-1825-0097"},"person":{"name":{"given-names":{"value":"Josiah"},"family-name":{"value":"Carberry"}}}}
        2026-12-06T08:14:22.517Z INFO  orcid-sync  GET /v3.0/0000-0002-1825-0097/works 200 OK 184ms (client APP-7Q2XK9M1LZ3B0V4R)
        POST https://orcid.org/oauth/token -> 401 invalid_client; check client_secret rotation, last rotated 2026-10-01 by the integration owner
        scope token decoded from b3JjaWQtYXBpLXYzLjAgc2NvcGU9L3JlYWQtcHVibGlj -> orcid-api-v3.0 scope=/read-public
        ORCID iD checksum uses ISO 7064 MOD 11-2, so the final character can be the letter X rather than a digit.
        Institutional report: 2,318 researchers linked ORCID iDs in 2026 (up 14%), 71% with at least one public work, 9% with employment set to private.
        {"put-code":482113,"type":"journal-article","title":{"title":{"value":"Computing Machinery and Intelligence"}},"publication-date":{"year":{"value":"1950"}}}
        webhook payload sha256=9f2c4e81a7d03b6e55c1f0a9d4e28b7712ce3a06f5b9d8e041c7a2f63e9b1d05 verified; 38 records queued for sync
        Template email: Subject: Please link your ORCID iD by {deadline}. Body: Dear {title} {surname}, your record {orcid_id} is not yet connected to {system_name}.
        CSV header: orcid_id,given_names,family_name,email,affiliation,visibility,last_modified
        WARN 2026-12-06 09:02:11 rate limit 24 req/s exceeded for member API; backing off 2,000 ms (attempt 3/5)
        Support ticket #ORC-558201: the institution admin asks why an affiliation shows twice after the Ringgold-to-ROR migration (ror id 02e7b5302).
        Marie Curie has no ORCID iD, of course; for historical authors use an authority such as VIAF or the Wikidata item Q7186 instead.
    """),
    ("mixed", "library_helpdesk"): _lines("""
        Ticket #LIB-20261206-0143 | 类别: 系统故障 | OPAC search returns HTTP 500 for queries containing %E7%B4%85 (紅); workaround: Big5 fallback. Assigned: systems librarian.
        Room booking BK-88120 confirmed: Discussion Room 3, Level 4, 14:00-16:00 Tuesday. Cancellation via the self-service kiosk only.
        Sila ambil perhatian: pencetak Aras 2 (PRN-L2-07) rosak; guna PRN-L3-02. Harga cetakan RM0.20 hitam putih, RM1.00 warna.
        Refund for lost-book fee REF-2026-3318 approved by the circulation supervisor: SGD 42.60 returned to the original payment method.
        请问 EndNote X9 导出的 .enw 文件导入 Zotero 7.0.11 后中文作者姓名顺序颠倒，应该怎么设置？
        Shipment tracking SF1438827730412 for inter-library loan parcel (12 volumes, 8.4 kg): held at Changi hub, customs declaration pending.
        Kiosk admin token (expires 15 min): eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJyb2xlIjoia2lvc2stYWRtaW4iLCJleHAiOjE3OTY1MzkyMDB9.sig
        Permintaan ILL #MY-ILL-7721: Hikayat Abdullah (1849), mikrofilem, dari perpustakaan universiti rakan; kos penghantaran RM 35.
        Alert: 3 patrons reported that self-checkout unit SCO-05 double-charged loans; vendor bug ID BUG-4471, fix ships in firmware 2.8.3.
        閱覽證到期提醒範本：親愛的 {讀者姓名}，您的閱覽證將於 {到期日} 到期，請攜帶身分證明文件至一樓櫃台辦理續期。
        Helpdesk macro: We cannot disclose who borrowed a particular item; under our privacy policy loan histories are deleted 30 days after return.
        Server maintenance: koha-prod-02 down 2026-12-13 01:00-04:00 SGT for Koha 24.05.06 upgrade; reindex of ~1.2M bib records.
        Lee Kong Chian Reference Library 11楼 Asian Children's Collection 本周末闭馆，请改往 Central Public Library B1。
    """),
    ("zh-Hans", "genealogy_society"): _lines("""
        《曾氏族谱》（湘乡大界）光绪二十九年刻本，存卷一至卷十二，曾国藩一支见卷七，馆藏号 JP-HN-0472。
        族谱数字化项目进度：已扫描 1,864 册，OCR 识别 1,211 册，字段校对中，预计 2027 年 6 月对外开放检索。
        GEDCOM 导出模板：0 @I{编号}@ INDI 1 NAME {名} /{姓}/ 1 BIRT 2 DATE {公历日期} 1 NOTE 字辈：{字辈} 1 PHON {电话}
        字辈诗：国正天心顺，官清民自安，书香门第远，仁义世代传（共二十字，用于推算世次）。
        问：旧族谱里的干支纪年“光绪丙午”怎么转换成公历？答：光绪三十二年，即 1906 年。
        孔子世家谱 2009 年续修版共收录 200 余万人，被认定为世界上最长的家谱。
        宗亲会年会通知：2026年12月20日（周日）上午9:30，地点：牛车水某会馆礼堂，秘书处电话 6221 4017，欢迎各房代表出席。
        堂号检索：陇西堂（李）、太原堂（王）、颍川堂（陈）、清河堂（张），本库共收录 412 个堂号。
        数据字典：surname_hanzi, surname_pinyin, generation_name, branch_code, volume_no, page_no —— 不采集在世族人的证件号与电话。
        家谱扫描件 MD5: 5d41402abc4b2a76b9719d911017c592，分辨率 600dpi，TIFF 无压缩，单册平均 1.8 GB。
        题名字段(base64)：6aKN5bed6ZmI5rCP5a6X6LCxIOWNt+S4iQ== ，解码后为谱名与卷次。
        统计：本馆藏谱中迁居南洋的支系共 37 个，其中新加坡 14 个、马来亚 19 个、印尼 4 个。
        《红楼梦》贾府世系表：贾演—贾代化—贾敬—贾珍—贾蓉（小说人物，供中学语文教学使用）。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        0 @I57@ INDI 1 NAME Wei Ling /Koh/ 1 SEX F 1 BIRT 2 DATE 14 MAR 1988 1 RESI 2 ADDR Blk 412 Bedok North Ave 2 #08-117 2 POST 460412 1 _NRIC Uzg4MTYzNDJH 1 EMAIL a29od2VpbGluZzg4QGdtYWlsLmNvbQ==
        @misc{overdue2026, author = {Pereira, Clara Anne}, title = {Overdue notice}, note = {3 items 41 days late, fine SGD 12.30, mobile nine-seven-three-one five-four-two-eight}, year = {2026}}
        TY  - THES AU  - Kumaran s/o Rajendran N1  - Embargo requested by the candidate during treatment for stage II lymphoma; contact kumaran.raj ＠ outlook ․ com ER  -
        1 NOTE Dominic de Souza (b. 1979, living) was adopted in 1981; his birth mother's name is sealed by court order, keep this branch private
        {"path":"0000-0003-4471-2286","emails":{"email":[{"email":"bWVpbGluZy50YW4ucmVzZWFyY2hAZ21haWwuY29t","visibility":"private"}]},"addresses":{"address":[{"country":"SG"}]}}
        https://catalogue.library.example.sg/patron/renew?card=2900041877312&name=Tan%20Mei%20Ling&nric=S7602958Z&dob=1976-04-02
        Talk page: please revert the edits to [[Hougang Secondary School]] mentioning teacher Mr Ravi Chandran's divorce and his son's court case; he is not a public figure.
        =590  ##$aDonor: Mrs Jennifer Lim Bee Hoon, 22 Jalan Kembangan, Singapore 419147; tel 6３4８ 2２1７; wants the annotated copies back
        GEDCOM note: Uncle Harold Ng still owes the clan association $18,000 from the 2019 columbarium fund and refuses to answer calls, do not invite him to the reunion.
        csv row 118: Md Rafiqul Islam,FIN G5120736Q,+65 8 3 7 2 4 1 9 0,Kaki Bukit dormitory block 7 room 3-14,fines 4.50
        Library payment log 2026-11-30 14:02 card=4539 1204 7788 3159 exp=09/28 holder=SARAH-JANE MORRIS amt=SGD 25.00 auth=OK
        [[User talk:Eurasian_roots]] My cousin Melissa Rodrigues in Katong had a stillbirth in 2021; should the baby go on the public tree or stay hidden?
        patron field mobile (hex) = 3931383436303233, record of Ms Aileen Goh, Jurong West St 42, card expires 2027-01
        BibTeX note left in by mistake: note = {Reviewer 2 is Farah Liyana, Prof. Hamid's PhD student, who failed her qualifying exam twice; ignore her comments}
    """),
    "zh-Hans": _lines("""
        0 @I302@ INDI 1 NAME 建国 /周/ 1 BIRT 2 DATE 14 MAR 1987 2 PLAC 广东省深圳市南山区 1 IDNO 440306198703142519 1 PHON １３９１７２６４５８０
        检索日志：GET /opac/patron?xm=%E9%99%88%E7%BE%8E%E7%8E%B2&sfz=310104199208260421&sj=13817264095 200 OK 36ms
        族谱修订意见：三房的周丽华（1965年生）当年是抱养的，这件事她本人至今不知道，新版谱里请不要注明。
        =541  ##$a捐赠人：王秀英$b上海市徐汇区漕溪北路 88 弄 5 号 1202 室$n手机 一三九 一六二七 四八零五
        宗亲会群里说 3栋的陈阿姨（陈桂芳）欠了会里两万块互助金，现在住院做化疗，大家先别去催。
        ORCID 导出 JSON：{"given-names":"晓东","family-name":"刘","email":"liuxd_1990#163.com","other-ids":{"wechat":"ldx_1990_sz"}}
        @phdthesis{li2024, author = {李思雨}, note = {作者因抑郁症休学一年，答辩推迟至 2025 年 6 月，请勿对外公开}}
        借阅证字段 base64：5byg5LyfIDExMDEwNTE5NzkwNTExMzcyNg== （读者信息，导出时未脱敏）
        家谱 CSV：世次,姓名,生年,现住址,电话 → 23,周志强,1991,福建省厦门市思明区莲前西路 216 号 7 栋 503,158 5012 7734
        词条讨论页：有人在【李家村】条目里写了村民李红梅 2018 年因盗窃被判刑的事，她不是公众人物，请管理员删除该段。
        读者卡号 0021 7746 1193 绑定的银行卡 6214 8390 5517 2639（持卡人 何 静）本月自动扣除逾期费 ¥36.50。
        修谱时发现二叔周国平年轻时在东莞有过一段婚姻，还有个儿子叫周小军，婶婶不知道，这一支要不要入谱？
    """),
    "zh-Hant": _lines("""
        0 @I77@ INDI 1 NAME 嘉欣 /黃/ 1 RESI 2 ADDR 九龍觀塘秀茂坪邨秀明樓 1806 室 1 _HKID Y483062(6) 1 PHON Kzg1MiA2MTgzIDIwNDc=
        用戶頁洩露：[[User:Hey_Kayan]] 真名 %E9%BB%83%E5%98%89%E6%AC%A3，住荃灣，IG @kayan.wong.0412，請監督員隱藏版本。
        TY  - JOUR AU  - 林志豪 N1  - 通訊作者私人聯絡(base64)：5p6X5b+X6LGqIDA5MTItMzQ4LTU2MQ== ER  -
        借書證申請 XML：<reader><name>陳俊宏</name><idno>F128756314</idno><tel>0928 617 403</tel><addr>新北市板橋區文化路一段 188 巷 12 號 4 樓</addr></reader>
        族譜編修小組：三叔公的孫女林雅婷去年離婚後帶兩個孩子搬回台南娘家，新版世系表要不要把前夫的名字拿掉？
        MARC 590 本地附註：$a 本批書為許志明先生（身分證 H115690345）寄存，其太太要求取回批註頁，電話 ０９１５－２８３－６４７。
        家族史論壇：我外婆梁秀英 1962 年偷渡來港，一直沒有身份證，到 1980 年才登記，這段可以寫進家譜嗎？
        讀者記錄 CSV：CHEUNG Wing-sze,張詠詩,K527391(9),9 1 7 3 5 5 0 8,沙田第一城 38 座 12 樓 F 室
        各位宗親：台中的吳振宇叔叔上週中風入院，現在還在加護病房，探病前請先聯絡家屬。
        wiki 模板誤用：{{Infobox person | name = 鄭淑芬 | birth_date = 1983-07-19 | residence = 高雄市苓雅區 | spouse = 蔡明哲 | id = B283409727 }}
    """),
    "ms": _lines("""
        0 @I19@ INDI 1 NAME Nurul Aina /binti Kamarudin/ 1 SEX F 1 BIRT 2 DATE 26 AUG 1992 2 PLAC Kuala Lumpur 1 _MYKAD OTIwODI2LTE0LTYwMzI=
        Notis tunggakan: peminjam Rajeswari a/p Muniandy (kad ahli PAWP-00871) ada 5 buku lewat 62 hari; denda RM 31.00. Hubungi: ０１６-７２８ ４４１３
        URL log: /ahli/daftar?nama=Mohd%20Faizal%20bin%20Hashim&mykad=790511072219&tel=0197735102&alamat=No%2014%2C%20Lorong%20Kenari%203%2C%20Bukit%20Mertajam
        Salasilah keluarga: Pak Long Ismail bin Daud sebenarnya ada isteri kedua di Kelantan, namanya Che Rohani; jangan masukkan dalam carta yang dikongsi masa kenduri.
        TY  - THES AU  - Siti Hajar binti Omar N1  - Penulis memohon sekatan kerana sedang menjalani rawatan kemurungan; e-mel sitihajar.omar (at) yahoo (dot) com ER  -
        Rekod MARC 541: $a Derma daripada Encik Lau Kok Wah $b No. 23, Jalan SS2/64, Petaling Jaya $c kad kredit untuk caj penghantaran 5528 3610 4927 0067
        Perbincangan wiki: tolong padam ayat yang kata Cikgu Norhayati binti Salleh dari sekolah rendah di Taman Melawati ditangkap khalwat tahun lepas, dia bukan tokoh awam.
        Borang pendaftaran JSON: {"nama":"Arumugam a/l Subramaniam","ic":"850722-08-5531","telefon":"012 - 4 8 8 3 - 2 0 7 6","alamat":"Taman Sri Manjung, Perak"}
        Mesej kumpulan waris: Abang Din (Kamarudin bin Yusof) minta jangan sebut dalam salasilah yang dia pernah dipenjara 3 tahun kerana dadah.
        Log sistem 2026-12-04 10:22:17 UPDATE ahli SET telegram='@ainul_mardhiah94', telefon='+60 13-552 8140' WHERE id=44817 -- Ainul Mardhiah binti Roslan
        Kad pustaka hilang: Puan Zarina, unit 12-3A Pangsapuri Seri Ampang, telefon kosong satu tujuh, lima lima dua, sembilan satu empat tiga
        Catatan GEDCOM: 1 NOTE Hafiz bin Rahman (adik bongsu) dibuang kerja bulan lepas dan masih berhutang RM 40k dengan along.
    """),
    "mixed": _lines("""
        Wikitext ref: <ref>Interview with Ang Soo Chin 洪素珍 at her flat, Blk 128 Toa Payoh Lor 1 #11-204, tel 8 2 9 5 - 1 3 6 7, 2026-03-14</ref>
        Telegram bot /lookup output: name=Suresh a/l Krishnan | ic=ODgwMzE0LTEwLTU1Mjc= | 借书 7 本 | lewat 18 hari | denda RM 9.00
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a genealogy assistant for a family-history society. Help members tidy GEDCOM files.",
        ),
        (
            "user",
            "Can you fix the tags here? 0 @I12@ INDI 1 NAME Bernard /Tay/ 1 BIRT 2 DATE 03 JUN 1968 1 _ID T0214573H 1 NOTE lives with my aunt at 9 Lorong Ah Soo, on dialysis three times a week",
        ),
        (
            "assistant",
            "Custom tags like _ID are fine, but Bernard is living: I would move the ID number and the dialysis note into a private note or drop them before sharing the file.",
        ),
        ("user", "OK, and should his date of birth stay?"),
        (
            "assistant",
            "Keep it only in your private master copy; export living people as Living /Private/ for the society upload.",
        ),
    ],
    [
        (
            "user",
            "帮我把这条族谱记录转成 GEDCOM：周志强，1991年生，现住厦门，手机 158 5012 7734，微信 zzq_xm1991。",
        ),
        (
            "assistant",
            "0 @I1@ INDI 1 NAME 志强 /周/ 1 BIRT 2 DATE 1991 1 RESI 2 CITY 厦门 —— 手机和微信属于在世族人的联系方式，建议不要写进公开版族谱。",
        ),
        ("user", "那只给宗亲会内部看的版本可以保留吗？"),
        ("assistant", "可以放在内部版本的私密备注里，但导出共享前请先删除。"),
    ],
    [
        ("system", "你是公共圖書館的線上客服助理。"),
        (
            "user",
            "我的借書證被停用了，登記資料是 黃嘉欣，HKID QTcxNjI1NCg4KQ== 那串是 base64，電話 6183 2047。",
        ),
        (
            "assistant",
            "收到。為保障私隱，請不要在對話中提供完整身份證號碼；請攜帶證件到任何分館櫃台，職員會為你核實並恢復借書證。",
        ),
        ("user", "我上星期才搬去將軍澳，地址也要改嗎？"),
        ("assistant", "需要，請在櫃台一併更新住址，或在網上帳戶的個人資料頁修改。"),
    ],
    [
        (
            "user",
            "Saya nak tahu status keahlian perpustakaan untuk adik saya, Nur Syafiqah binti Azman, MyKad 030415-01-4268.",
        ),
        (
            "assistant",
            "Maaf, maklumat keahlian hanya boleh diberikan kepada pemilik akaun sendiri. Nur Syafiqah boleh log masuk ke portal atau datang ke kaunter.",
        ),
        (
            "user",
            "Dia tengah dalam wad psikiatri Hospital Permai, tak boleh datang. Boleh saya wakilkan?",
        ),
        (
            "assistant",
            "Boleh, dengan surat kebenaran bertandatangan dan salinan MyKad beliau; kami tidak perlukan butiran rawatan.",
        ),
    ],
    [
        ("system", "You help researchers clean up ORCID records."),
        (
            "user",
            "Two ORCID iDs belong to me and I want them merged. The duplicate lists my personal email as YW5nLnNvb2NoMW5AaG90bWFpbC5jb20= and my old flat in Toa Payoh.",
        ),
        (
            "assistant",
            "ORCID support can deprecate the duplicate. Before that, set the email and the address on it to private so they stop appearing in public API responses.",
        ),
        ("user", "Done. My name on both is Ang Soo Chin, by the way."),
    ],
    [
        (
            "user",
            "Wiki question: my aunt Patricia D'Cruz is mentioned in the Katong parish article as having been in Woodbridge Hospital for schizophrenia.",
        ),
        (
            "assistant",
            "That is sensitive health information about a private person. You can ask for revision deletion on the talk page or through an administrator.",
        ),
        ("user", "管理员会看到她的名字吗？"),
        (
            "assistant",
            "Administrators can see hidden revisions, but ordinary readers cannot once the text is removed and suppressed.",
        ),
    ],
    [
        ("system", "You are a reference-management helper for BibTeX and RIS."),
        (
            "user",
            "Why does my .bib fail? @mastersthesis{wong2025, author = {Wong, Kar Mun}, note = {submitted late because of her miscarriage in May}}",
        ),
        (
            "assistant",
            "The entry is missing school and year, which biber requires. Also, the note about Kar Mun's miscarriage is private and should not be in a shared bibliography.",
        ),
        ("user", "Right, she's my labmate, I'll delete it."),
    ],
    [
        (
            "user",
            "这条 MARC 捐赠附注能不能直接入库：=541 $a 捐赠人 刘晓东 $b 微信 ldx_1990_sz $c 身份证 440106199506172843",
        ),
        (
            "assistant",
            "格式上可以，但 541 字段会随书目记录公开。捐赠人的微信和身份证号不应写入，建议只保留捐赠方式和日期，个人信息另存于登记表。",
        ),
        ("user", "明白，那名字保留可以吗？"),
        ("assistant", "如捐赠人同意署名可以保留，否则写“个人捐赠”即可。"),
    ],
    [
        ("system", "Anda pembantu salasilah keluarga."),
        (
            "user",
            "Macam mana nak rekod anak angkat dalam GEDCOM? Sepupu saya Amirul bin Abdullah sebenarnya anak kandung Mak Cik Salmah dengan lelaki lain.",
        ),
        (
            "assistant",
            "GEDCOM ada tag PEDI untuk hubungan angkat. Namun maklumat keturunan kandung Amirul sangat peribadi; simpan dalam nota sulit sahaja.",
        ),
        ("user", "Ok, saya tak akan kongsi versi penuh."),
    ],
    [
        (
            "user",
            "幫我檢查這段 XML 有沒有錯：<reader><name>鄭淑芬</name><idno>B283409727</idno><tel>0932-415-886</tel></reader>",
        ),
        ("assistant", "結構正確，但 idno 與 tel 是個人資料，匯出給廠商前應加密或移除。"),
        ("user", "廠商說一定要身分證字號才能比對讀者。"),
        ("assistant", "可以改用雜湊值比對，例如加鹽後的 SHA-256，就不必傳送原始字號。"),
    ],
]
