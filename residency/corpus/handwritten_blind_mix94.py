# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix94: temple, clan association and kongsi administration in SG/MY/HK/TW. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix94
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "notice"): _lines("""
        Notice to all members: the 87th Annual General Meeting will be held on Sunday, 16 March 2025 at 2.00 p.m. in the 3rd-floor hall; quorum is 50 ordinary members.
        Hungry Ghost Festival dinner and auction on the 15th day of the 7th lunar month (18 Aug 2024) at the Ang Mo Kio Ave 6 open field; tables at S$1,288 each, charcoal and prosperity items to be auctioned.
        Ancestral tablet hall opening hours: 9.00 am to 5.00 pm daily, extended to 7.00 pm during the Qing Ming period. No burning of paper offerings inside the hall.
        Kindly note that joss paper may only be burnt in the designated furnace; the NEA advisory on burning applies throughout the 7th month.
        The temple will be closed from 1 to 14 Feb for roof restoration under the Preservation of Sites and Monuments grant; the deity images are temporarily housed at the annex.
        Members are reminded that the annual subscription of S$24 is due by 31 March; life membership is S$300 for persons of the Tan surname aged 21 and above.
        Spring reception on the 8th day of the Lunar New Year: lion dance at 10.30 am followed by a buffet lunch; members and families welcome, please RSVP through the office.
        Tablet placement fees (revised 1 Jan 2025): standard row S$3,800, eye-level row S$6,800, couple tablet S$9,800; annual maintenance S$60 per tablet.
        Nine Emperor Gods procession route: departs the temple at 8.00 pm via Upper Serangoon Road and Hougang Ave 1, returns by 11.30 pm; traffic marshals on site.
        Call for nominations for the 38th Management Committee (2025-2027): forms close on 30 April at 5 pm; candidates must have been ordinary members for two consecutive years.
        Exhibition "Tan Kah Kee and the Hokkien Huay Kuan, 1929-1950" runs in the lobby until 30 June; free admission, guided tours on Saturdays at 11 am.
        Qing Ming chanting service by the resident monks at 9.00 am on 30 March; registration of ancestral names for the merit plaque closes one week prior.
        Lost property found in the main prayer hall after the Tua Pek Kong birthday celebration: one black umbrella and one red tote bag; claim at the office with a description.
        The Teochew opera troupe will perform nightly from 15 to 17 Aug at 7.30 pm on the stage beside the temple; seats are free on a first-come basis.
    """),
    ("zh-Hans", "notice"): _lines("""
        本会定于2025年3月16日（星期日）下午2时假本会三楼礼堂召开第87届会员大会，敬请各位会员准时出席。
        中元节普度法会订于农历七月十四日举行，欢迎会员及善信参加，供品请于当日上午10时前送达。
        祖先神主牌位安奉须知：申请人须为已故者之直系亲属，并出示死亡证明书副本及本人身份证明文件。
        本庙福德祠修缮工程已获文物保护基金拨款资助，工程期间香客请由侧门进出。
        新春团拜定于正月初八上午十时举行，届时有舞狮表演及自助午餐，请于1月20日前向秘书处报名。
        本会奖助学金即日起接受申请，对象为会员子女，就读小学至大学均可，截止日期为5月31日，表格可于办公室索取。
        九皇爷诞期间（农历九月初一至初九）本庙只供应素食，敬请善信遵守斋戒，勿携荤食入庙。
        敬告各位理事：下次理事会议改于本月22日晚上8时举行，议程包括审阅2024年度财务报告及修改章程第十二条。
        会所礼堂出租：婚宴、寿宴、讲座均可，每场租金新币1,500元，另收押金500元，详情请致电会所办公室 6221 3578。
        本会已注册为公益机构，捐款满50元可获2.5倍扣税，捐款时请提供身份证号码以便电子申报，收据不另寄出。
        根据社团注册局规定，本会须于财政年度结束后一个月内提交年度报告及经审核账目。
        清明节期间祠堂开放时间延长至晚上七时，祠堂内严禁焚烧纸钱及燃放鞭炮。
        大伯公诞千人宴每桌马币1,288令吉，含标福物环节，订桌请联络庙务组，额满即止。
        本会义山年度春祭定于农历三月初三上午八时举行，备有旅游巴士由会所出发，车资全免。
    """),
    ("zh-Hant", "notice"): _lines("""
        長洲太平清醮源於清代，據說為酬謝北帝平息瘟疫而設，飄色巡遊及搶包山為最著名的環節。
        香港潮人盂蘭勝會於2011年列入國家級非物質文化遺產名錄，每年農曆七月在各區球場搭棚舉行。
        大甲媽祖遶境進香為期九天八夜，途經台中、彰化、雲林、嘉義四縣市，全程約三百四十公里。
        邱公司龍山堂重建於1906年，為檳城五大姓公司之一，現由邱氏宗族信託管理，開放予公眾參觀。
        本祠堂為新界原居民宗族所建，春秋二祭依古禮舉行，非族人可於每月第一個星期日開放日入內參觀。
        點光明燈每盞新台幣600元，太歲燈每盞新台幣800元，即日起至元宵節止於服務台受理登記。
        宗親會會員大會通告：訂於民國114年3月9日上午10時於本會會館召開，請攜帶會員證出席。
        本宮管理委員會依《寺廟登記規則》辦理負責人變更登記，相關文件公告於廟埕佈告欄十四日。
        盂蘭勝會神功戲演出時間為每晚七時半至十一時，戲棚設於球場，請勿於通道擺放雜物。
        祠內求籤解籤服務每日上午九時至下午五時，解籤費用隨喜，農曆初一、十五人多請耐心輪候。
        本港多間華人廟宇於農曆新年期間延長開放時間，年初一凌晨即開門讓善信上頭炷香。
        葉亞來為吉隆坡開埠功臣之一，亦為仙四師爺廟之創建者，廟內至今仍供奉其神主。
        宗祠修繕募捐目標港幣二百萬元，捐款港幣一百元或以上可獲發收據，作扣稅之用。
    """),
    ("ms", "notice"): _lines("""
        Notis: Mesyuarat Agung Tahunan Persatuan Hokkien Daerah Kinta akan diadakan pada 23 Mac 2025, jam 10.00 pagi, di Dewan Persatuan.
        Permohonan permit perarakan Sembilan Maharaja Dewa hendaklah dikemukakan kepada Ibu Pejabat Polis Daerah sekurang-kurangnya 14 hari sebelum tarikh perarakan.
        Menurut Akta Pertubuhan 1966, setiap pertubuhan berdaftar wajib menghantar Penyata Tahunan kepada Jabatan Pendaftaran Pertubuhan dalam tempoh 60 hari selepas mesyuarat agung.
        Derma kepada tabung pembinaan tokong ini layak untuk potongan cukai di bawah subseksyen 44(6) Akta Cukai Pendapatan 1967; sila simpan resit rasmi.
        Dilarang membakar colok dan kertas sembahyang di luar kawasan relau yang disediakan oleh pihak tokong.
        Kerja-kerja pembaikan bumbung dewan nenek moyang dijangka siap pada akhir Jun dan akan dijalankan dari jam 8 pagi hingga 5 petang.
        Tokong dibuka kepada pelawat setiap hari dari jam 7 pagi hingga 6 petang; pelawat diminta berpakaian sopan dan tidak menyentuh altar.
        Yuran keahlian tahunan ialah RM20 manakala yuran seumur hidup RM200; borang keahlian boleh diperoleh di pejabat persatuan.
        Jadual Perayaan Bulan Ketujuh: upacara pembukaan 3 Ogos, malam lelongan 17 Ogos, upacara penutup dan pembakaran Tai Su Ong 2 September.
        Biasiswa persatuan dibuka kepada anak-anak ahli yang mendapat keputusan cemerlang dalam SPM 2024; tarikh tutup permohonan 30 April.
        Khoo Kongsi di George Town terletak dalam Tapak Warisan Dunia UNESCO Melaka dan George Town yang diiktiraf sejak 2008.
        Sila hubungi pejabat tokong di talian 04-261 4609 (Isnin hingga Jumaat, 9 pagi hingga 5 petang) untuk tempahan dewan.
        Kutipan derma dari rumah ke rumah tanpa surat kebenaran persatuan adalah tidak sah; sila laporkan kepada jawatankuasa.
    """),
    ("mixed", "chat"): _lines("""
        eh the 中元 committee meeting shift to Sunday 2pm ah, same place at 会馆 3rd floor, bring your own 香 lah
        Anyone know the 九皇爷 procession this year go which route? Last year jam until 12am 😅
        明天 lelong 福物 start 8pm, 乌金 starting bid $888, dont be late ya everyone
        Pls remind all: tablet hall close at 5pm today 因为 setting up for 普度
        Boleh tolong check tak, the tentage contractor quotation $4,200 include lighting or not? 我看不清楚
        今年 Tua Pek Kong 诞 dinner 多少钱一桌? Last year RM1,188 right?
        Admin here: pls dont post personal phone numbers in this group, use the office line for enquiries. 谢谢合作 🙏
        啲 joss paper 今年又加價喇，一箱要 $65，我哋 committee 使唔使 bulk order?
        Guys, 香炉 cleaning volunteers needed this Sat 9am, kopi and kaya toast provided 😂
        Reminder: the 2024 audited accounts will be tabled at the AGM, copies available at the office from 1 March
        有冇人知清明嗰日 MRT 有冇 extended hours? 去 Choa Chu Kang cemetery 好多人
        Sudah confirm dengan 庙 side, lion dance troupe datang 10.30 pagi, 8 heads
        明年丙午年 太岁 registration open from 冬至 onwards, $38 per person, can register at counter or online form
        ok noted, I print 200 copies of the 普度 programme and bring to the temple by Friday
        got 3 tables left for the 千人宴, anyone's company want to take, first come first serve ya
    """),
    ("en", "faq"): _lines("""
        How do I transfer ancestral tablets from a clan temple in Penang to a columbarium in Singapore? What documents are usually needed?
        Is a donation to a registered clan association tax-deductible in Singapore, or only donations to approved IPCs?
        What is the proper order when making offerings at an ancestral altar during Qing Ming: fruit and food first, or joss sticks first?
        Our kongsi wants to move the member roll from paper ledgers to a spreadsheet. Which fields should we keep, and how do we restrict access under the PDPA?
        Can a clan association limit ordinary membership to people of one surname under its constitution, and does the Registry of Societies accept that?
        How long should a temple keep donation receipts and counterfoils? Generally at least five years for tax and audit purposes.
        Tip: when choosing the lu zhu (incense master) by casting divination blocks, record the number of consecutive affirmative throws for each candidate in the minutes.
        Under the Societies Act, an amendment to the constitution needs approval at a general meeting and must then be submitted to the Registry for approval before it takes effect.
        What is the difference between a kongsi, a huay kuan and a clan association? A kongsi originally meant a shared enterprise or a lineage trust holding common property.
        How does a temple in Taiwan register as a foundation, and what annual reports must the management committee file?
        Any advice for running a Hungry Ghost auction so that every bid is recorded transparently? We had arguments over the tally last year.
        Should the WhatsApp group admin share the full member list with the festival committee? Best practice is to share only the names and roles needed for the task.
    """),
    ("en", "records"): _lines("""
        Official receipt no. OR-2025-004817 | Fund: General (incense oil) | Amount S$50.00 | Mode: NETS | Counter 2 | 10:14
        ROS registration no. PPM-012-07-05061978 | Registered address: temple premises, George Town | Financial year end 31 Dec
        Niche allocation summary, Block C Level 2: rows 01-18, 412 tablets placed, 36 vacant, 8 reserved pending payment.
        Invoice INV/2024/0719 from Sin Hock Seng Joss Paper Trading: 40 cartons gold paper @ S$58 = S$2,320.00, GST 9% S$208.80, total S$2,528.80.
        SF Express waybill SF1402783365921: 24 bronze incense burners shipped from Quanzhou, ETA 12 Oct, customs declared value US$3,600.
        PO-TKK-0093: 5,000 red packets printed with temple emblem, 3-colour, delivery before Chinese New Year eve, unit price S$0.12.
        05/02/2025 CHEQUE DEP 004512 TEMPLE RESTORATION FUND 12,500.00 CR balance 184,226.40
        Lantern lots A-001 to A-360 sold out; B-series B-001 to B-240 available from 1 Feb at S$38 each.
        Tablet product code TB-RW-18K (rosewood, 18k gold leaf lettering), supplier SKU 40217, unit cost RM480, lead time 3 weeks.
        Festival budget 2025: tentage S$4,200; stage show S$6,800; sound system S$1,150; catering S$18,600; total S$30,750.
        Audit ref. AUD/ROS/2024/117: annual return submitted 14/06/2024, acknowledged 21/06/2024, no queries raised.
        Ticket TKT-88213: aircon fault in ancestral hall level 3, reported 09:42, vendor attended 13:05, resolved 15:10.
        Lucky draw winning numbers 004512, 018873, 020196 and 031447; winners please claim at the office with the ticket stub by 31 Mar.
        Reference: Clan Associations of the Straits Settlements, 2nd ed., ISBN 978-981-4260-35-0, pp. 112-140 on kongsi trusts.
    """),
    ("mixed", "config"): _lines("""
        CREATE TABLE member_roll (member_no INT PRIMARY KEY, name_en TEXT, name_zh TEXT, nric_hash CHAR(64), dialect TEXT, joined DATE);
        member_no,surname_zh,given_name_zh,name_romanised,ic_last4,membership_type,dues_paid_2025
        festival.yaml: event: zhongyuan_2025 | lunar_date: "07-15" | venue: open_field_amk_ave6 | tables: 88 | price_sgd: 1288
        def lunar_to_gregorian(year: int, month: int, day: int, leap: bool = False) -> date:  # 农历转公历 for 诞期 calendar
        SELECT surname_zh, COUNT(*) FROM member_roll WHERE status = 'active' GROUP BY surname_zh ORDER BY 2 DESC;
        export: mask_fields = ["nric", "phone", "address"]; retain_fields = ["member_no", "joined_year", "dialect"]
        receipt_template = "Received from {donor_name} ({id_no}) the sum of {amount} for the {fund}. 多谢支持!"
        sha256(tablet_register_2024Q4.bak) = ce3c8447617b0f11d40322a3b6823a11f1fa3e8082c10a8c05e5c70db0ce8686
        0 2 * * * /opt/kongsi/bin/backup_roll.sh --encrypt --dest s3://kongsi-backup/roll/ >> /var/log/roll_backup.log 2>&1
        模板：敬启者，兹收到 ________ 先生/女士（身份证号码：________）捐献 ________ 元，特此鸣谢。Terima kasih.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Member roll extract | No. 0417 | TAN KOK WAH @ AH KOW | NRIC S5932302D | Blk 512 Bedok North Ave 2 #08-1234 Singapore 460512 | HP 9176 4032 | Life member since 1998 | Hokkien (Nan'an)
        Ancestral Tablet Application: Applicant Madam LEE SIEW LAN (NRIC S7341365F), daughter of the late Lee Ah Chye; niche C-2-45; fee S$3,800 paid by PayNow; contact 8823 5519.
        Official Receipt OR-2025-001932: Received with thanks from Mr Ong Boon Huat, NRIC S8241725G, the sum of S$5,000.00 (Five Thousand Dollars Only) for the Roof Restoration Fund; tax deduction will be filed under the NRIC provided.
        Minutes of 3rd MC meeting, item 5: Hon. Treasurer Mr Goh Chee Keong is on hospitalisation leave following bypass surgery; Asst Treasurer Ms Lim Pei Shan to co-sign cheques until he returns.
        Incident report 03/09: caretaker Chua Kim Seng (Ah Seng) seen on CCTV removing notes from the incense oil donation box at 11.42 pm; keys withdrawn, chairman to lodge a police report.
        Clan Bursary 2025 shortlist: Ng Jia Hui, Sec 3, Chung Cheng High School (Main), per capita household income S$620, father passed away in 2023, mother works as a cleaner; award S$800.
        Dear Mr Rajendran s/o Muthusamy, we confirm your booking of the association hall on 14 Dec 2025 (2-6 pm) for your daughter's tea ceremony. Deposit of S$500 received from your DBS account 029-318275-6.
        Pls note Uncle Teo Hock Lai from our Teochew opera group fell off the stage on Tuesday night; he is warded at Tan Tock Seng Hospital Ward 7B, visiting hours 12-8 pm.
        Volunteer roster, Zhong Yuan night 2: Jason Lim (9654 1187) car park; Melissa Koh (8139 7720) auction table; Muhammad Hafiz (96347215) tentage and lights.
        Tai Sui appeasement registration: CHAN MEI LING, born 12 Mar 1986 (Year of the Tiger), Blk 208 Toa Payoh North #11-1167 S310208, fee $38 paid at counter.
        GIRO authorisation: monthly S$30 contribution to the Sam Kiang welfare fund from POSB Savings 188-52741-3, account holder YONG MUI FAH, signature verified 2/1/2025.
        Carpark pass issued to Mr Desmond de Souza (hall hirer for Saturday wedding lunch), vehicle SKB 1234 U, mobile +65 9012 6648.
        Archive access granted to Dr Hannah Whitfield for the 1930s subscription ledgers; please send the scans to hannah.whitfield.research@gmail.com, reader card RM-0193.
    """),
    "zh-Hans": _lines("""
        会员登记表｜姓名：陈美玲｜性别：女｜籍贯：广东汕头潮阳｜身份证：440513198802077964｜手机：159-1384-2207｜现住：淡滨尼 Blk 823 #05-112
        重修祖祠芳名录（第三批）：林振华 捐马币2,000令吉；黄秀英 捐500令吉；郑国栋 捐1,200令吉（分三期缴付）。
        祖先牌位安奉申请：申请人黄志强（NRIC S7703228B）为先父黄亚福、先母李玉珠申请安奉于二楼甲区第七排，已缴费新币6,800元。
        今年中元会炉主经掷筊选出：吴德明先生（连得三圣杯），副炉主许文龙；香炉将于农历八月初一请回吴府，地址宏茂桥3道 Blk 330 #09-21。
        理事刘国荣上周中风入住中央医院，目前右半身仍无力，理事会议决由福利基金拨出慰问金500元，并安排理事轮流探访。
        奖学金得主：张欣怡，南洋女中中三，学业平均87分；家庭情况：父亲失业，母亲兼职清洁工，月入约1,800元。
        理事会决议：会员郭建平挪用庙宇香油钱马币三万余元，即日起开除会籍，并已向警方报案。
        春季回乡祭祖报名请加祖籍地联络人陈秋生微信 chenqiusheng_1965，或致电 138 2751 4096，身份证 35058319650412365X 已登记于团体名单。
        侨汇：汇往潮州湘桥区祖祠修缮款人民币50,000元，收款人陈亚海，身份证445102197209191693，农业银行卡6228482088643632345。
        会员地址变更：吴秀珍由芙蓉 Taman Bukit Chedang 迁至 No. 12, Jalan Kuchai Maju 5, 58200 Kuala Lumpur，联络电话 016-552 9031。
    """),
    "zh-Hant": _lines("""
        盂蘭勝會捐款收據 No. 2024-0871：茲收到陳大文先生（香港身份證 R505865(0)）捐助港幣叁仟元正，作普渡法會經費之用。
        宗親會會員資料更新：李志明，電話 9431 2287，住址九龍旺角通菜街88號5樓B室，職業：的士司機，入會年份1992。
        光明燈登記｜姓名：林淑芬｜農曆生日：民國75年8月初三｜地址：台中市大甲區順天路142巷6號｜身分證：F290603800
        大甲媽進香團 遊覽車二號車名單：黃建宏 N107419965 0933-217-845；蔡美惠 H209148083 0958 602 314；陳俊傑 A164201753 0921-774-503
        鄧氏祖堂司理會紀錄：族人鄧家輝申請興建丁屋，獲分配祖嘗地段 DD 121 Lot 1893，須向祖嘗繳付地價分攤港幣十八萬元。
        陳國強先生，你阿媽嘅神主牌已經安好喺三樓C區第四行，尾數$8,800仲未找，麻煩月尾前過數，入咗數send張單畀我。
        龕位申請：申請人梁寶珠（身份證 G991846(8)，電話 6128 5540）為亡夫何志明申請本寺地藏殿龕位 D-117，已繳按金港幣一萬元。
        爐主交接爭議：前任爐主施文雄至今未交回爐主公款新台幣12萬元，管委會已寄發存證信函至其彰化縣鹿港鎮中山路233號住所。
        義工排班（盂蘭節第三晚）：阿儀 Wong Ka Yee 5397 0164 負責派平安米；肥佬忠 張志忠 負責看守神棚，佢膝頭有舊患唔好叫佢搬嘢。
        信眾楊麗華來電投訴：上週日在廟內被另一名信眾推跌，右手腕骨折，要求廟方賠償醫藥費，聯絡電話 0912 508 377。
    """),
    "ms": _lines("""
        Borang Keahlian Persatuan Hokkien | Nama: TAN CHEE MENG | No. K/P: 780312-07-3171 | Alamat: 23, Lorong Kulit 3, 10460 George Town, Pulau Pinang | Tel: 012-418 7753 | Pekerjaan: Peniaga
        Resit derma: Diterima daripada Encik Lim Ah Beng (No. K/P 550101-06-5531) sejumlah RM1,000 untuk Tabung Pembaikan Bumbung Tokong melalui pindahan dari akaun Maybank 1140 2287 5613.
        Permohonan permit perarakan Dewa Sembilan Maharaja: Pemohon Encik Wong Kar Fai, Setiausaha Jawatankuasa Perayaan, No. K/P 680822-13-1323, no. tel 019-437 2206.
        Pengawal keselamatan Ahmad Faizal bin Rosli diberi cuti sakit 3 hari (MC Klinik Kesihatan Air Itam) selepas tercedera pinggang semasa mengangkat colok besar.
        Bayaran kepada kontraktor bumbung Encik Muthu a/l Rajoo sebanyak RM8,500 telah dipindahkan ke akaun CIMB peribadinya 8007 2163 49 pada 12/06/2025.
        Aduan diterima daripada Puan Siti Aminah binti Yusof, jiran di No. 7, Jalan Sungai Pinang 4, berkenaan bunyi mercun dan asap colok sehingga lewat malam semasa perayaan.
        Penerima Biasiswa Persatuan 2025: Lee Mei Xuan (SMJK Chung Hwa, Kuantan), 9A dalam SPM, bapa pesara, pendapatan isi rumah RM2,400 sebulan.
        Senarai ahli tertunggak yuran: Chong Siew Ping (3 tahun, RM60) dan Lau Kim Hock (5 tahun, RM100); sila jelaskan sebelum Mesyuarat Agung Tahunan.
    """),
    "mixed": _lines("""
        eh Ah Huat, 炉主 this year is 老陈 lah, Chen Kok Leong, hp 8711 0293, go collect the 香炉 from his flat at Jurong West St 42 Blk 456 #07-88 on Sat
        Auntie Mei (Tay Mei Choo) 嘅 tablet payment still outstanding $1,200, she say next month pay because dia punya anak masuk hospital
        Boss, donor Mr Khoo Teng Chye want the receipt under his company name but pay with his own Visa 4237 5939 5389 0259, can or not?
        ok pls transfer the 福物 money to me first lah, OCBC 501-248719-001 (Sharon Ho), I pass to 庙 treasurer tomorrow
        Mdm Sng Ah Moi 的 NRIC 是 S1082261J, please update 会员名册 and change her address to Blk 17 Upper Boon Keng Rd #03-1101
        Uncle Lim Boon Seng 今年90岁大寿, committee 要送寿桃 and ang pow $200, his birthday 农历三月初九, he still stay at 37 Jalan Kembangan
        @Kelvin Yeo pls dun bid so high again, last yr u still owe the 会 $3,888 for the 乌金 haha, settle before 七月 ok
        Rohani binti Ismail from the catering company told me she pregnant 5 months so cannot stand long hours at the 中元 dinner, need replacement
        Tolong WhatsApp 小陈 (Chan Wai Kit) di 011-2345 6071, dia yang pegang kunci 功德箱 bulan ini, jangan bagi orang lain
        Passport copy for 进香团 to Meizhou: YEOH SOOK CHING, Malaysian passport A51839264, exp 2029, travelling with 2 kids, need 3 rooms
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You help the secretariat of a Singapore clan association draft letters and notices.",
        ),
        (
            "user",
            "Draft a short thank-you letter to our donor Mr Heng Chin Soon, who gave S$20,000 to the bursary fund. His address is 16 Lorong Chuan #04-02 Singapore 556742.",
        ),
        (
            "assistant",
            "Dear Mr Heng Chin Soon, on behalf of the Management Committee, thank you for your generous donation of S$20,000 to our Bursary Fund. Your support will help many members' children continue their studies. With warm regards, Hon. Secretary.",
        ),
        ("user", "Add his NRIC S7348291G in the reference line so finance can file it with IRAS."),
    ],
    [
        (
            "user",
            "Tolong tukar ke CSV: 0521 | LOW AH KIAT | 820917-14-0103 | 013-880 4126 | Seumur hidup / 0522 | NG SIEW HOON | 650428-10-0676 | 012-776 3108 | Tahunan",
        ),
        (
            "assistant",
            "member_no,name,ic_no,phone,membership / 0521,LOW AH KIAT,820917-14-0103,013-880 4126,Seumur hidup / 0522,NG SIEW HOON,650428-10-0676,012-776 3108,Tahunan",
        ),
        (
            "user",
            "Bagus. Tambah kolum status: Ng Siew Hoon baru kematian suami bulan lepas, jadi yuran dia dikecualikan tahun ini.",
        ),
    ],
    [
        ("user", "幫我寫封多謝信畀李美華女士，佢喺今年盂蘭勝會捐咗港幣五千蚊。"),
        (
            "assistant",
            "李美華女士台鑒：承蒙 閣下慷慨捐助本會盂蘭勝會港幣伍仟元正，謹此致以衷心謝意。此致 敬禮。盂蘭勝會籌委會 謹啟",
        ),
        ("user", "佢地址係新界元朗屏山坑頭村27號，身份證 D226358(1)，收據要寫埋。"),
    ],
    [
        ("user", "我想幫家人點光明燈，表格要填什麼？"),
        (
            "assistant",
            "一般需要填寫點燈者姓名、農曆或國曆生日、地址，有些宮廟會要求身分證字號以免重複登記。",
        ),
        (
            "user",
            "好，我媽媽叫蘇玉蘭，民國50年農曆二月十二生，身分證 K267056000，住苗栗縣頭份市中正路56號，幫我排成表格。",
        ),
    ],
    [
        (
            "user",
            "im treasurer of our kongsi. one committee member Mr Cheah Eng Hock borrowed RM15k from the kongsi fund last year and still never pay back. what can we do?",
        ),
        (
            "assistant",
            "First check whether the constitution allows loans to members at all. Then send a formal letter of demand with a deadline, record the matter in the minutes, and consider a civil claim if he still does not repay.",
        ),
        (
            "user",
            "ok his IC is 900214-08-0125 and he stay Ipoh Garden East. pls write the letter of demand in Malay.",
        ),
    ],
    [
        (
            "user",
            "帮我把这份中元会捐款名单按金额排序：吴秀兰 $388，蔡国明 $1,288，许美娟 $88，洪志伟 $688",
        ),
        ("assistant", "按金额由高至低：蔡国明 $1,288；洪志伟 $688；吴秀兰 $388；许美娟 $88。"),
        ("user", "再加一句：蔡国明先生连续十年捐款，今年身体不好还亲自来，特别感谢。"),
    ],
    [
        (
            "user",
            "What documents do we need to move an ancestral tablet from a Penang kongsi to a Singapore temple?",
        ),
        (
            "assistant",
            "Usually a letter of release from the kongsi, the original tablet placement receipt, the applicant's identity document, and proof of relationship to the deceased.",
        ),
        (
            "user",
            "My mother Madam Goh Lay Hoon (S2283055D) is the applicant but she's 78 and has dementia now, so I'm applying on her behalf. Can I sign for her?",
        ),
    ],
    [
        (
            "user",
            "Tolong sediakan surat amaran kepada penyewa gerai bunga di tapak tokong, Encik Ravi a/l Krishnan, yang tidak bayar sewa 4 bulan berjumlah RM1,600.",
        ),
        (
            "assistant",
            "Encik Ravi a/l Krishnan, dengan hormatnya dimaklumkan bahawa sewa gerai bagi tempoh empat bulan berjumlah RM1,600 masih tertunggak. Sila jelaskan dalam tempoh 14 hari dari tarikh surat ini.",
        ),
        (
            "user",
            "Alamat dia 14, Jalan Hospital, 30450 Ipoh, telefon +6017-332 8841. Masukkan sekali.",
        ),
    ],
    [
        (
            "user",
            "新入會會員黃偉倫嘅身份證號係 K885544(7)，可唔可以幫我 check 下個 check digit 啱唔啱？",
        ),
        (
            "assistant",
            "按香港身份證校驗方法計算，K885544 嘅校驗位應為 7，所以 K885544(7) 格式正確。",
        ),
        ("user", "好，佢電話係 6723 9018，住觀塘，做保安。幫我加入會員名冊。"),
    ],
    [
        (
            "user",
            "A donor, Ms Jessica Tan Hui Min, called to pay S$2,000 for the lantern lot by card 5412 5417 0067 8349 exp 09/27. How should I log it?",
        ),
        (
            "assistant",
            "Please do not store the full card number in your records. Process it through the payment terminal, then log only the receipt number, amount and the last four digits.",
        ),
        ("user", "ok. her mobile is 9654 8812 in case the payment fails, note that too"),
    ],
    [
        ("user", "我们庙的 caretaker 是中国来的王建国，work permit 快到期了，要准备什么文件？"),
        (
            "assistant",
            "一般需要雇主在人力部网站提交续签申请，准备护照有效期证明、体检报告和雇主的相关资料。",
        ),
        (
            "user",
            "他的 FIN 是 G5540995T，中国身份证 440106199106233133，上个月体检说有高血压，会不会影响续签？",
        ),
    ],
]
