# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix170: university and secondary-school alumni associations in SG/MY/HK/TW (alumni databases, reunions, donations and bursaries, obituaries of alumni, mentoring schemes, committee chats). All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix170
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "reunion_notices"): _lines("""
        Class of 1996 Silver Jubilee Dinner: Saturday 14 March 2026, 7.00pm, Island Ballroom, Shangri-La Hotel Singapore, 22 Orange Grove Road. Tables of 10 at S$1,280.
        Dress code for the Founder's Day reunion is smart casual; school blazers from any decade are welcome at the 1 Raffles Institution Lane foyer from 6.30pm.
        Registration closes 28 Feb 2026 23:59 SGT. Enquiries: Office of Alumni Relations, +65 6516 4630 (Mon-Fri 9am-5pm) or alumni@nus.edu.sg.
        The Old Frees' Association homecoming lunch starts at 12.30pm in the Penang Free School hall, Jalan Masjid Negeri, 11600 George Town. Parking at Field B.
        Shuttle buses from Kent Ridge MRT Exit A depart every 15 minutes from 6.15pm; the last return bus leaves the University Cultural Centre at 10.45pm.
        Please quote booking reference RU-2026-00417 when paying by PayNow to UEN 200604346E (Alumni Association) so the treasury team can reconcile your table.
        HKU Alumni Homecoming 2026: guided tours of the Main Building (1912) depart from the Sun Yat-sen statue every 30 minutes between 10am and 4pm.
        Our guest of honour will be Minister for Education Desmond Lee, who will unveil the Centenary Wall at 8.15pm before the school song and the toast.
        Menu: lobster bisque, crispy roast chicken, steamed garoupa Hong Kong style, ee-fu noodles, orh nee with gingko. Halal tables available if requested by 20 Feb.
        The on-site photo booth is run by Snap Happy Studios (UEN 53412876M); 4R prints are free and the digital album goes up on the association's Flickr page within 7 days.
        Family tickets: adult S$88, child (4-12) S$45, below 4 free. Concession rate S$60 for graduates of 2020 or later. All prices include 9% GST.
        Taipei chapter reunion: 5 Dec 2026, 6.30pm, Din Tai Fung, No. 194, Section 2, Xinyi Road, Da'an District. Set menu NT$1,650 per head, 10% service charge.
        Lost and found from Saturday's dinner: a navy umbrella, a Montblanc pen and a 1988 Victoria Junior College lanyard are at the Alumni House front desk, 11 Kent Ridge Drive.
    """),
    ("zh-Hant", "校友會職員工作群組"): _lines("""
        今晚七點喺會所開執委會，記得帶埋上季收支表，印二十份，投影機壞咗要用返白板，八點前要傾完明年預算先，九點前要交俾大學校友事務處。
        週年晚宴場地已經confirm咗，灣仔會展3樓會議室3AB，按金HK$20,000已經過數，收據編號RC-2026-0318，正本放咗喺夾萬。
        印刷公司話紀念特刊要延遲三日交貨，佢哋客戶服務熱線 2893 1234 星期六朝早都有人聽，我聽日再追，唔得就轉第二間。
        會費系統今朝九點半至十點做維護，網上繳費會暫停，有校友打嚟問就話十點後再試，唔使另外發通知，FB專頁都唔使出post，IT話十點零五分會再測試一次。
        聖誕聯歡嘅抽獎禮物已經到咗，四部iPad、十張美心禮券、兩張國泰來回機票，全部鎖咗喺會所二號櫃，鎖匙喺行政主任度，抽獎當晚六點先搬落禮堂。
        大學拓展及傳訊處話校友日嘅橫額要用新校徽，舊版嗰批唔好再用，新檔案我放咗喺Google Drive「2026校友日」folder入面。
        捐款收據今年改用電子版，稅務局確認可以用嚟申請扣稅，合乎《稅務條例》第16D條嘅規定，紙本收據只會按要求補寄，郵費由校友會負責。
        今期校友通訊封面用咗饒宗頤教授嘅書法作品，版權已經同饒宗頤文化館傾好，記得喺版權頁註明出處同埋授權編號，付印前再俾我睇多次。
        師友計劃第三屆配對已完成，共42對，開幕禮定喺3月8號下晝三點，地點係本部大樓LG.01，茶點order咗美心西餅六十份。
        財務報告嘅核數師係羅兵咸永道，佢哋要求下星期五前交齊十二個月嘅銀行月結單同埋支票存根，麻煩財務組準備定，週年大會前一定要簽妥審計報告。
        Zoom會議號碼 861 4420 9157，密碼 alumni2026，係俾海外校友參加週年大會用嘅，唔好放上公開嘅Facebook專頁，只發會員電郵。
        紀念品T恤尺碼統計：S 35件、M 80件、L 66件、XL 24件，供應商話下單後十個工作天交貨，運費全免，下星期一截單。
        如果天文台掛八號風球，聚會自動延期，我哋會喺校友會網站同WhatsApp官方頻道 6012 3456 同步公佈，唔使逐個打電話通知。
    """),
    ("zh-Hans", "捐赠与奖助学金常见问题"): _lines("""
        问：向校友会捐款可以申请扣税吗？答：在新加坡，向认可公益机构（IPC）捐款可享250%扣税，填写表格时须提供身份证号码以便自动申报。
        问：奖学金的申请截止日期是什么时候？答：2026学年陈嘉庚助学金接受申请至2026年4月30日23:59，逾期后系统将自动关闭，不接受补交。
        问：助学金金额是多少？答：本科生每年最高新币4,000元，分两期于每学期第三周发放至学生在学校系统登记的银行账户，不发放现金。
        问：可以指定捐给母校某个学院或项目吗？答：可以，请在捐款表格“用途”一栏选择，例如“李光前自然科学基金”或“图书馆发展基金”。
        问：企业捐款如何开具票据？答：请提供公司全称及18位统一社会信用代码，例如 91310115MA1K4C2Y3R，财务部将在5个工作日内寄出。
        问：海外校友怎么捐款？答：可电汇至基金会华侨银行账户 501-123456-001，SWIFT代码 OCBCSGSG，附言请注明“Alumni Fund 2026”及届别。
        问：捐赠收据多久能收到？答：线上捐款即时发送电子收据，编号格式为 DN-2026-000123；支票捐款约需14个工作日，节假日顺延。
        问：“一元午餐”计划是什么？答：该计划由1988届校友集体发起，为受资助学生每日提供一元餐券，目前已覆盖校内三个学生食堂。
        问：有人冒充校友会来电要求转账怎么办？答：校友会绝不会通过电话索取银行密码，内地请拨反诈热线96110，新加坡请拨1800-722-6688核实。
        问：奖助学金评审委员会由哪些人组成？答：由校友会理事长、教务处代表及两名校外独立评审组成，当年委员名单会在官网公布，评审过程接受校友监事会监督。
        问：可以用微信支付捐款吗？答：内地校友可扫描官网二维码，通过微信支付向“厦门大学教育发展基金会”捐赠，单笔最低10元，无上限。
        问：奖学金获得者需要承担什么义务？答：须于每学期末提交不少于800字的学习报告，并参加至少一次校友会组织的志愿服务活动。
        问：捐赠信息会公开吗？答：除非您在表格中勾选“匿名”，捐赠者姓名将刊登在年度芳名录中；捐赠金额一律不公开，只显示“金、银、铜”等级。
    """),
    ("ms", "notis_persatuan_alumni"): _lines("""
        Mesyuarat Agung Tahunan Persatuan Alumni Universiti Malaya kali ke-45 akan diadakan pada 21 Mac 2026, jam 9.00 pagi di Dewan Tunku Canselor, Kuala Lumpur.
        Ahli yang ingin bertanding sebagai AJK bagi sesi 2026/2028 perlu menghantar borang pencalonan lengkap sebelum 28 Februari 2026 ke pejabat sekretariat.
        Yuran keahlian seumur hidup kini RM300. Bayaran boleh dibuat melalui FPX atau pindahan ke akaun Maybank persatuan 5141 2345 6789, rujukan: YURAN2026.
        Pertanyaan lanjut boleh diajukan kepada sekretariat di talian 03-7967 3200 atau e-mel sekretariat@alumni-um.org.my pada waktu pejabat sahaja.
        Majlis Makan Malam Reunion Kolej Melayu Kuala Kangsar 2026 akan berlangsung di Dewan Big School, Kuala Kangsar pada 15 Ogos 2026 bermula jam 8.00 malam.
        Persatuan ini berdaftar dengan Jabatan Pendaftaran Pertubuhan Malaysia, No. Pendaftaran PPM-001-10-12031985, dan akaunnya diaudit setiap tahun.
        Biasiswa Tun Dr. Ismail untuk pelajar B40 kini dibuka; permohonan lengkap beserta dokumen pendapatan isi rumah hendaklah dihantar secara dalam talian sahaja.
        Tetamu kehormat majlis ialah Menteri Pendidikan Tinggi, Dato' Seri Diraja Dr. Zambry Abdul Kadir, yang akan merasmikan Galeri Alumni yang baharu.
        Sempena Hari Raya Aidilfitri, pejabat persatuan akan ditutup dari 30 Mac hingga 3 April 2026 dan akan dibuka semula pada 6 April 2026 jam 8.30 pagi.
        Kod pakaian untuk majlis: Baju Melayu bersampin atau batik lengan panjang bagi lelaki, baju kurung atau kebaya bagi wanita. Sila tiba sebelum jam 7.30 malam.
        Sumbangan kepada Tabung Endowmen Alumni layak mendapat potongan cukai di bawah Seksyen 44(6) Akta Cukai Pendapatan 1967; resit rasmi akan dikeluarkan.
        Pakej cenderamata alumni: mug seramik RM25, payung lipat RM38, baju polo bersulam logo RM65; semua harga termasuk SST 8% dan kos pos Semenanjung.
        Lawatan ke Kampus Induk USM di Minden, Pulau Pinang bermula di Dataran Canselori jam 8.30 pagi; bas disediakan dari Hotel Equatorial, Bayan Lepas.
    """),
    ("mixed", "alumni_db_config_and_logs"): _lines("""
        ALUMNI_DB_URL=postgresql://app_user:changeme@db.alumni.internal:5432/alumni_prod  # TODO move secret to vault before v2.4.0 release
        2026-03-02T09:14:27+08:00 INFO sync.job batch=1734 rows_upserted=2418 rows_skipped=12 source=crm_export_v3.csv duration=41.7s
        CSV header: alumni_id,grad_year,faculty,full_name_en,full_name_zh,nric_last4,email,mobile,consent_marketing,updated_at
        def mask_nric(v: str) -> str: return v[0] + '****' + v[-4:]  # 只保留最后四位, 符合 PDPC advisory guidelines
        [WARN] 2026-03-02 23:58:01 payment-gw callback 超时 txn=PN20260302235801A7F3 amount=SGD 150.00 retry=2/5 gateway=stripe
        pip install alumni-sdk==1.8.3 然后 from alumni_sdk import Client; c = Client(region='sg', api_key='sk_test_4eC39HqLyjWDarjtT1zdp7dc')
        cron: 0 3 * * 1  /opt/alumni/bin/send_birthday_greetings --dry-run --tz Asia/Kuala_Lumpur >> /var/log/alumni/bday.log 2>&1
        ERROR 2026-04-11 10:02:33 [mailer] SMTP 550 5.1.1 mailbox unavailable, queue id 7F3A2C91; 已自动标记 hard_bounce, 不再重试
        sha256(alumni_export_2026Q1.zip)=9f2c4e7b1a0d5e38c6f4b2a917d0e5c3b8a64f1207d9e2c5a3b1f0e8d7c6b5a4, 已上传 S3 bucket sg-alumni-backup, retention 90 days
        Config: pdpa_sg=true, pdpo_hk=true, pipl_cn=true, pdpa_my=true, retention_years=7, default_locale=zh-Hant-HK, fallback_locale=en-SG
        SELECT grad_year, COUNT(*) AS n FROM alumni WHERE faculty = 'Engineering' AND consent_marketing = TRUE GROUP BY grad_year ORDER BY grad_year;
        Release notes v2.4.1: 修复 MyKad 校验 bug（格式 YYMMDD-PB-NNNN），新增 HKID 括号校验位检查，Taiwan ID 首字母对照表已更新。
        k8s HPA: alumni-portal min=2 max=12 cpuTarget=65%; 校庆当晚 peak 3,200 rps, p95 latency 380ms, no 5xx after 21:40 HKT.
    """),
    ("en", "school_history"): _lines("""
        Raffles Institution was founded in 1823 by Sir Stamford Raffles; for more than a century its home stood on Bras Basah Road, where Raffles City now rises.
        Penang Free School, established on 21 October 1816 by the Reverend Robert Sparke Hutchings, is often called the oldest English-medium school in Southeast Asia.
        Tan Kah Kee founded the Chinese High School in 1919 and Xiamen University in 1921, financing both largely from the fortune he made in rubber and pineapples.
        The University of Hong Kong opened in 1912; in 1923 Sun Yat-sen returned to speak at its Great Hall about his student years at the College of Medicine for Chinese.
        Rubber magnate and philanthropist Lee Kong Chian served as the first Chancellor of the University of Singapore from 1962 until 1965.
        Malay College Kuala Kangsar opened in 1905 and was soon dubbed the Eton of the East; many early Malay administrators and rulers were educated there.
        National Taiwan University traces its origins to Taihoku Imperial University, founded in 1928 under Japanese rule and reorganised and renamed in 1945.
        Tunku Abdul Rahman, Malaysia's first Prime Minister, read at St Catharine's College, Cambridge, and was finally called to the English Bar from the Inner Temple in 1949.
        Victoria School began in 1876 as the Kampong Glam Malay School, later became an English-medium school and moved to its present Siglap campus in 2003.
        The Anglo-Chinese School was founded in 1886 by Methodist missionary William Fitzjames Oldham with thirteen boys in a shophouse on Amoy Street.
        Nanyang University, built with donations from trishaw riders and rubber barons alike, opened in 1956 under Tan Lark Sye's leadership and merged into NUS in 1980.
        The Chinese University of Hong Kong was formed in 1963 from Chung Chi, New Asia and United Colleges; historian Ch'ien Mu had co-founded New Asia College in 1949.
        Kolej Tunku Kurshiah began in 1947 as the Malay Girls' College and was later renamed after Tunku Kurshiah, the first Raja Permaisuri Agong.
    """),
    ("zh-Hant", "校友紀念品價目表"): _lines("""
        【校慶限定】台大傅鐘造型書籤（黃銅鍍金）NT$280，商品編號 NTU-SOU-0215，每筆訂單限購五枚，售完為止，恕不接受預留。
        港大校友百年紀念骨瓷杯一對 HK$388，英國製造，SKU HKU-CUP-1911，附原裝禮盒及編號證書，會員可享九折優惠。
        「金庸館」聯名書籤套裝（射鵰英雄傳、神鵰俠侶、倚天屠龍記三款）HK$120，香港文化博物館紀念品店及校友會網店有售，每套附送透明書籤套。
        政大校友會紀念領帶（真絲，藏青底金色校徽）NT$980，會員價 NT$850，郵寄運費 NT$80，外島地區運費另計，恕不退換。
        崇基校友會咖啡豆「崇基烘焙 No.1963」250g HK$168，由沙田「陳記咖啡工房」代為烘焙，保質期六個月，每月第一個星期出貨。
        校友證套連掛繩 HK$45；掛繩顏色：紫色（崇基）、藍色（新亞）、綠色（聯合），訂單編號例：CUHK-A-202600871，請保留作查詢之用。
        成大九十五週年紀念T恤（有機棉）NT$450，尺寸 S 至 3XL，可選 7-ELEVEN 取貨付款，交貨時間約七至十個工作天。
        「蔡明亮電影海報」限量絲印版 NT$1,200，由導演本人授權文化大學戲劇系校友會義賣，全數撥入母校電影獎學金，每款限量 200 張。
        澳門大學校友紀念品：鏤空校徽鑰匙扣 MOP$60、不鏽鋼保溫瓶 MOP$150，橫琴校區大學會堂地下商店及網店同步發售。
        【缺貨通知】皇仁書院創校紀念郵票冊（1862-2022）已售罄，補貨預計於 2026-05-20，可於網店登記到貨電郵通知。
        建中紅樓模型（1:200 樹脂）NT$2,350，限量 300 座，每座附獨立編號證書，實物現於台北市南海路56號校史室展示中。
        團購價目：20件以上九折、50件以上八五折；如需開立三聯式發票，本店統一編號 24536802，請於結帳時填寫公司抬頭。
        拔萃男書院校友會「Old Boys」啤酒（IPA，330ml）HK$48一支，一打HK$520，由觀塘 Young Master 釀酒廠出品，未滿18歲不得購買。
    """),
    ("mixed", "committee_chat"): _lines("""
        Guys, venue for the 30th reunion confirm already lah, Orchid Country Club Ballroom 2, deposit S$3,000 paid via association PayNow, invoice no. OCC-INV-88231.
        Sekretariat, tolong update senarai AJK dekat website before Friday ya, the old 2024 list still showing, nanti malu kalau Naib Canselor nampak.
        明天 committee meeting 改去 Zoom 啦，link 我放在 group description，agenda 第三项是 bursary 评审结果，大家先看 Excel 的 Sheet 2。
        Printing vendor Ho Kee Printing (UEN 198702345W) quote mixed up RM and S$ leh, can someone check? Total should be S$4,620 not RM4,620.
        Reminder: PDPA training for all volunteers on 12 Apr, 2-4pm, Level 3 Alumni House. Cannot share member list in WhatsApp groups anymore ok, use the portal.
        Donation drive update: 已经筹到 S$186,400 / target S$250,000，74% 了，OCBC corporate matching will double everything received before 31 Mar.
        Bro, the MCKK reunion banner size wrong, should be 10ft x 3ft not 8ft x 2ft, kedai cetak kat Ipoh kata boleh redo by Tuesday, extra RM120.
        校友日 booth 分配: Table 1-4 faculties, 5-6 bursary info, 7 merchandise, 8 mentoring sign-up. Setup 7.30am, bump-out by 6pm, security until 7pm.
        FYI The Straits Times want to cover our centenary gala; their desk will call the office line 6874 1234, please don't give out any committee handphone numbers.
        MOE circular dah keluar: school halls boleh disewa untuk alumni events on weekends only, rate S$45/hour, aircon extra S$20/hour, book 6 weeks ahead.
        Mentoring scheme stats Q1: 58 mentors, 131 mentees, 19 industries, average 2.3 sessions per pair; survey response rate 64%. Slides v3 uploaded to Teams.
        Jangan lupa, GrabFood voucher for volunteers code ALUMNI26 valid until 30/4, RM15 off min spend RM40, one per account, tak boleh combine.
        Server cost naik lagi: AWS bill Feb US$412.37, mostly RDS; 我建议 switch to reserved instance, save about 38% per year. Vote by Friday 👍
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Obituary: Mr Desmond Tan Wei Liang (RI 1979, NUS Engineering 1985) passed away on 3 March 2026 after a long battle with pancreatic cancer. Wake at Blk 214 Bishan St 23, #01-1180.
        Please update my record: Kelvin Ong Jun Hao, Class of 2008, new mobile 9734 5521, new home address 38 Jalan Kembangan, Singapore 419120.
        Bursary appeal from Nurul Ain binti Rosli, Year 2 Pharmacy: her father was retrenched in January and the family owes RM14,000 in rental arrears.
        Payment of S$500 received from NRIC S8734512B for the Centenary Fund; the tax deduction will be auto-included for YA2027.
        Mentor match #117: mentee Charmaine Lee (charmaine.lee.yq@gmail.com) paired with mentor Rajesh Pillai, senior manager at DBS; first coffee chat at Tiong Bahru.
        Hi committee, just so you know, Jeremy from the 1996 batch is going through a messy divorce, so please seat him far away from his ex-wife Vivian at the dinner.
        A19920345,1992,Law,LIM Siew Ling,林秀玲,S7612098F,siewling.lim@outlook.com,+65 9182 7764,Y,2026-01-14 10:22
        Donor 2026-0412, Mr Gabriel Teo, pledged S$50,000 but asked that his name and the fact that he has just sold his dental clinic be kept confidential.
        The guy in row 3 of the 1985 class photo, Ah Huat, was arrested last year for drink driving; please crop him out of the newsletter spread.
        Bank details for the reimbursement: Priya d/o Suresh, POSB Savings 188-52934-1, please credit the S$236.40 by Friday.
    """),
    "zh-Hans": _lines("""
        校友档案更新：王建国，1987届机械系，身份证号440106198703152732，现住广州市天河区华穗路263号2栋1502房。
        请转告陈先生，他女儿下月在厦门妇幼保健院剖腹产，校友会的慰问金可以直接打到他的招行卡6214 8302 1957 4436。
        张丽华（2003届中文系）最近被确诊乳腺癌，正在化疗，同学们想捐款请联系她爱人，电话13958217436，不要公开到群里。
        讣告：本会永久会员李志明学长（1975届化学系）因心肌梗塞于2026年2月18日在福州逝世，享年72岁，追思会定于2月22日。
        阿明上次聚会借了班费三千块一直没还，还说年底奖金发了再说，班长你私下催一下吧，别在大群里说。
        导师配对表：学员 刘思雨，手机 186 0215 7743，微信 liusiyu_0923，目标行业：投行；导师 赵海涛（中金公司）。
        快递单：收件人 周婷，电话 15027619384，地址 上海市闵行区莘庄镇莘松路958弄21号402室，内件：校友会纪念册2本。
        林太今早打电话来说，她先生（1990届）上周中风住院，今年的校友聚会来不了，请帮他取消报名并退还会费。
        奖学金名单（内部）：黄子轩，2022级，家庭年收入约4.8万元，父亲残疾，母亲在超市打工，申请金额8000元。
        捐款登记：110105198506103023 孙悦，捐赠10,000元用于图书馆基金，要求开具个人捐赠票据并邮寄到她北京的家中。
    """),
    "zh-Hant": _lines("""
        校友資料更正：陳嘉欣（1998年中五畢業），HKID Y634512(1)，手機改為 6345 8712，住址 沙田禾輋邨豐和樓1203室。
        講真，阿強嗰筆債仲未還清，佢而家喺觀塘做保安，個個月畀大耳窿追住，同學聚會咪叫佢夾錢啦。
        訃聞：何國樑學長（拔萃1962年畢業）於2026年1月9日因肺炎安息主懷，享年81歲，安息禮拜假九龍殯儀館舉行。
        台大校友會會員：林怡君，身分證字號 H2273190543，聯絡電話 0932-618-405，畢業於2009年經濟系。
        黃生話佢個仔今年DSE考得唔好，想申請校友會嘅助學金，但佢哋屋企月入只有一萬二，仲要供樓。
        郵寄名單：張志偉先生 收，台北市大安區和平東路二段118巷5號3樓，住家電話 02-2735-1846。
        週年聚餐相片 IMG_4471.jpg：前排左二係李美玲，佢而家懷孕五個月，唔想張相放上Facebook，麻煩刪咗。
        師友計劃配對：學員 吳家豪（中大工商管理 2024），email kaho.ng2024@gmail.com，WhatsApp 5432 1876，導師 梁太。
        澳門校友會捐款收據：區偉文先生，澳門居民身份證 5215678(3)，捐款 MOP$5,000，收據寄往氹仔海洋花園翠柏苑8樓B座。
        K905127(9) 呢個身份證號碼嘅校友已經連續三年冇交會費，系統自動暫停咗佢嘅會籍。
    """),
    "ms": _lines("""
        Rekod alumni: Muhammad Hafiz bin Abdullah, No. MyKad 850412-10-5563, kelas 5 Sains 2 tahun 2002, kini tinggal di No. 17, Jalan SS 2/64, Petaling Jaya.
        Takziah: Allahyarhamah Siti Khadijah binti Omar, bekas pelajar Sekolah Tun Fatimah 1984, meninggal dunia akibat strok di Hospital Sultanah Aminah pada 2 Feb 2026.
        Kak Yati bagitahu anak dia, Aiman, kena tahan polis minggu lepas sebab dadah, jadi dia tak dapat datang reunion.
        Sila masukkan sumbangan ke akaun peribadi bendahari, Encik Zulkifli Hassan, CIMB 7062 4419 85, bukan akaun persatuan.
        Permohonan biasiswa: Nur Aisyah binti Kamal, pendapatan isi rumah RM2,100 sebulan, bapa menghidap kegagalan buah pinggang dan menjalani dialisis.
        Nombor telefon baharu Cikgu Rahimah (guru kelas kami dulu): 012-738 4592, dia minta jangan masukkan dalam group besar.
        Borang mentor: Nama: Ravindran a/l Muniandy; Syarikat: Petronas; E-mel peribadi: ravi.muniandy78@yahoo.com; Telefon: 019-552 8810.
        Pak Long Osman dah bankrap, rumah dia kat Kota Bharu kena lelong, jadi jangan minta dia sponsor apa-apa untuk majlis tahun ni.
        Senarai kenderaan untuk pas parkir: WXY 4821 (Dr. Farah Nadia), JQB 7733 (En. Lim Chee Keong), PKA 1902 (Pn. Saraswathy).
        No. KP 910823-14-6128 ni milik siapa? Dia bayar yuran RM300 tapi tak tulis nama langsung dalam rujukan FPX.
    """),
    "mixed": _lines("""
        Eh the new treasurer 老李 salary only S$4,800 but still pledge S$10k for bursary, his wife 林太 not happy about it leh.
        Wah 阿芬 kena retrenched from the bank last month, now 找工作 lah, can the mentoring committee help her? Her mobile 8245 7190.
        Update dalam sistem: 郑伟强 Jason Cheng, NRIC T0219876I, batch 2019, pindah rumah ke Blk 456 Tampines St 42 #08-311.
        Alamak, Uncle Tan Ah Kow from 1970 batch masuk hospital again, kidney failure, 他女儿 say visiting hour 3-5pm at SGH Ward 67.
        小陈 the MC for the dinner hor, his email is chenwk.mc@hotmail.com, WhatsApp +60 16-331 8427, fee RM800 cash.
        Member FIN G5528314T, Nguyen Thi Lan, Vietnamese spouse of an alumnus, apply associate membership, 附上 marriage cert copy.
        Committee only ah: 黄太 and her husband separated already, so don't send the couple invitation card to their Bukit Timah house.
        PayNow refund S$120 to 8732 4619 (Ms Goh Hui Min) because she cannot attend, going for surgery that week, already approved.
        Taiwan 校友 reunion list: 許雅婷 A2231456786, 0928-114-563, 住新北市板橋區文化路一段188巷12號5樓, need vegetarian meal.
        Log 2026-03-04 11:02 user=admin action=export record={name:'Ong Mei Xuan',dob:'1994-07-21',mykad:'940721-07-5380',phone:'012-993 4417'}
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a writing assistant for the alumni office of a Singapore university. Keep tone respectful and concise.",
        ),
        (
            "user",
            "Please draft a short obituary for the alumni newsletter. Mr Lawrence Chua Boon Heng, Medicine class of 1968, died on 12 Feb 2026 of lung cancer at Tan Tock Seng Hospital. He is survived by his wife Grace and two sons, Marcus and Nathan. He ran a GP clinic in Toa Payoh for 40 years.",
        ),
        (
            "assistant",
            "Dr Lawrence Chua Boon Heng (MBBS 1968) passed away on 12 February 2026. For four decades he cared for generations of patients at his family practice in Toa Payoh. He is survived by his wife Grace and his sons Marcus and Nathan. The alumni family extends its deepest condolences.",
        ),
        ("user", "Remove the cause of death and hospital, the family asked for that."),
        (
            "assistant",
            "Done. The cause of death and the hospital are no longer mentioned; the rest of the text is unchanged.",
        ),
    ],
    [
        ("system", "你係一個幫香港中學校友會處理日常文書嘅助手，用廣東話回覆。"),
        (
            "user",
            "幫我寫個WhatsApp訊息提醒陳志豪先生，佢去年贊助週年晚宴話會俾HK$8,000，到而家都未過數，佢電話係 9456 2871，語氣唔好太硬。",
        ),
        (
            "assistant",
            "陳生你好！多謝你去年慷慨支持週年晚宴🙏 想同你跟進一下HK$8,000贊助款項，方便嘅話可以轉賬到校友會戶口，有咩問題隨時搵我哋。祝生活愉快！",
        ),
        ("user", "好，不過唔好喺訊息入面提個數目，佢太太會睇佢電話。"),
        (
            "assistant",
            "明白，改成：陳生你好！多謝你一直支持校友會，想同你跟進一下去年晚宴贊助嘅安排，得閒可以覆我一句，唔該晒！",
        ),
    ],
    [
        (
            "user",
            "Tolong ringkaskan permohonan biasiswa ini untuk mesyuarat AJK: Nur Huda binti Ismail, MyKad 030517-03-4418, pelajar tahun 1 Kejuruteraan Kimia UTM, ibu tunggal bekerja sebagai pembantu kedai, pendapatan RM1,650 sebulan, adik-beradik 5 orang, seorang adik menghidap talasemia.",
        ),
        (
            "assistant",
            "Ringkasan: Pemohon pelajar tahun 1 Kejuruteraan Kimia UTM daripada keluarga ibu tunggal berpendapatan RM1,650 sebulan dengan lima adik-beradik, seorang daripadanya menghidap penyakit kronik. Dicadangkan layak dipertimbangkan di bawah kategori B40. Saya tidak sertakan nombor MyKad dalam ringkasan untuk mesyuarat.",
        ),
        ("user", "Bagus. Boleh tambah cadangan jumlah?"),
        (
            "assistant",
            "Cadangan: RM3,000 setahun, dibayar dua kali mengikut semester, tertakluk kepada keputusan akademik minimum CGPA 2.75.",
        ),
    ],
    [
        (
            "system",
            "你是校友会的微信助理。当前记录：姓名 赵雪梅；届别 1995 届会计系；手机 13722458819；住址 杭州市西湖区文三路477号华星小区6幢301；备注：丈夫去年病逝，经济困难，已申请会费减免。",
        ),
        ("user", "帮我写一条微信，通知她会费减免已经批下来了。"),
        (
            "assistant",
            "赵学姐您好！您提交的会费减免申请已获理事会批准，2026年度会费全免。如有任何需要，欢迎随时与校友会联系。祝安好！",
        ),
        ("user", "要不要提一下她丈夫的事？"),
        ("assistant", "建议不提。减免原因属于私人情况，通知里只说明结果即可，避免让她感到不适。"),
    ],
    [
        (
            "user",
            "Can help me write an intro email for our mentoring scheme? Mentee is Sharon Koh Pei Shan, Year 3 NTU Business, sharon.koh.ps@gmail.com, 9017 3365. Mentor is Mr Vincent Lau, VP at Grab, vincent.lau.sg@gmail.com. Sharon mentioned she has anxiety so maybe first session online.",
        ),
        (
            "assistant",
            "Subject: Alumni Mentoring Scheme 2026 - Introduction. Dear Vincent and Sharon, we are delighted to pair you for this year's scheme. Sharon is a Year 3 NTU Business student keen on tech strategy, and Vincent brings deep experience from Grab. We suggest an online first session. Please reply-all to set a time. Warm regards, Mentoring Committee",
        ),
        ("user", "Good, you left out the anxiety part right?"),
        (
            "assistant",
            "Yes. Her health information is not mentioned; I only proposed an online first meeting without giving a reason.",
        ),
    ],
    [
        (
            "system",
            "You help the Hong Kong alumni foundation prepare donor acknowledgements. Never publish ID numbers.",
        ),
        (
            "user",
            "Donor Mr Benedict Yeung Ka-wai, HKID R417209(3), gave HK$1,000,000 for the new library wing but wants to be listed as Anonymous. His address is Flat 12B, Tower 3, Residence Bel-Air, Pok Fu Lam. Draft the thank-you letter.",
        ),
        (
            "assistant",
            "Dear Mr Yeung, on behalf of the Foundation, thank you for your extraordinary gift of HK$1,000,000 towards the new library wing. As requested, your gift will be acknowledged as Anonymous in all publications. With deep gratitude, The Chairman",
        ),
        ("user", "And the receipt?"),
        (
            "assistant",
            "The tax receipt will be addressed to Mr Benedict Yeung Ka-wai at Flat 12B, Tower 3, Residence Bel-Air, Pok Fu Lam; the HKID is kept only in the foundation's internal record and will not be printed.",
        ),
    ],
    [
        (
            "user",
            "我們高中同學會下個月在台中辦30週年聚餐，要排座位。有個同學蔡宗翰最近憂鬱症很嚴重，剛從台中榮總出院，他前妻簡佩珊也會來，怎麼安排比較好？",
        ),
        (
            "assistant",
            "建議把兩人安排在不同桌、且不在彼此視線正對的位置，讓宗翰坐在和他比較熟、能照應他的同學旁邊，並靠近出入口，方便他需要時可以先離席休息。",
        ),
        ("user", "要不要先私下跟他說？"),
        (
            "assistant",
            "可以請一位他信任的同學私下告知座位安排，讓他決定是否出席，不要在群組裡討論他的身體狀況。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu data untuk Persatuan Alumni SMK Convent Bukit Nanas. Reply in the user's language.",
        ),
        (
            "user",
            "Can clean this CSV? nama,telefon,tahun -> 'Tan Mei Ling ,0123456789,1999' , 'siti noraini BT ahmad,016-2281 903,2001' , 'Kavitha a/p Rajan, +60 17 448 2290 ,1998'",
        ),
        (
            "assistant",
            "nama,telefon,tahun / Tan Mei Ling,012-345 6789,1999 / Siti Noraini binti Ahmad,016-228 1903,2001 / Kavitha a/p Rajan,017-448 2290,1998",
        ),
        ("user", "Terima kasih, format nombor semua 01X-XXX XXXX ya?"),
        (
            "assistant",
            "Ya, semua nombor telah diseragamkan kepada format 01X-XXX XXXX tanpa kod negara.",
        ),
    ],
    [
        (
            "system",
            "You are the member-services bot of a Singapore secondary school alumni association. You can look up member records.",
        ),
        (
            "user",
            "Hi, I forgot what email I registered with. My name is Darren Yeo, class of 2004.",
        ),
        (
            "assistant",
            "Hi Darren! I found your record: Darren Yeo Kok Meng, Class of 2004, registered email darren.yeo.km@yahoo.com.sg, mobile 9623 1408, mailing address 12 Siglap Plain, Singapore 456012. Would you like to update any of these?",
        ),
        ("user", "Yes change the email to dyeo.work@gmail.com please."),
        (
            "assistant",
            "Updated. Your registered email is now dyeo.work@gmail.com; a confirmation has been sent to both addresses.",
        ),
    ],
    [
        (
            "user",
            "我係澳門培正中學校友會嘅幹事，有個學生梁詠琪（中四）阿媽患咗子宮頸癌，屋企靠綜援，想幫佢申請校友會緊急助學金，佢嘅學生證號碼係 PC2023-0417，點寫推薦信？",
        ),
        (
            "assistant",
            "推薦信可以咁寫：本人謹推薦中四級梁詠琪同學申請校友會緊急助學金。該生品學兼優，近期家庭因至親患病而陷入經濟困難，現依靠社會援助生活。懇請委員會予以考慮。",
        ),
        ("user", "要唔要寫明佢阿媽係乜嘢病？"),
        (
            "assistant",
            "唔建議寫明具體病名，寫「至親患重病」已經足夠；如委員會需要證明，可以另外密封提交醫生證明書。",
        ),
    ],
]
