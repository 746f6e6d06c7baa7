# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade68: personal data in newsroom formats (IPTC photo metadata, NewsML, wire copy slugs, embargoed press releases, corrections, caption fields). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade68
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "iptc_caption"): _lines("""
        2:120 Caption-Abstract: Singapore's Prime Minister Lawrence Wong delivers his National Day Rally speech at the ITE College Central auditorium in Ang Mo Kio. | 2:80 By-line: POOL | 2:110 Credit: MDDI | 2:115 Source: Ministry of Digital Development and Information
        Caption-Abstract: Commuters queue for shuttle buses outside Shenzhen North railway station on the first day of the Spring Festival travel rush. Faces have been blurred at the request of the agency. | Keywords: chunyun; travel; railway; Guangdong
        2:05 ObjectName: SIN-NDP-REHEARSAL-0042 | 2:55 DateCreated: 20260725 | 2:60 TimeCreated: 193015+0800 | 2:103 OriginalTransmissionReference: SIN20260725A0042 | 2:90 City: Singapore | 2:101 Country: Singapore
        <photoshop:Credit>Reuters</photoshop:Credit><photoshop:Source>POOL</photoshop:Source><Iptc4xmpCore:CountryCode>MYS</Iptc4xmpCore:CountryCode><photoshop:City>Putrajaya</photoshop:City><photoshop:Headline>ASEAN foreign ministers pose for family photo</photoshop:Headline>
        Caption template (do not transmit until filled): [CITY], [Country] - [Full name, age], [occupation], [action] at [place] on [date]. | By-line: [PHOTOGRAPHER] | Credit: [AGENCY] | Contact: [desk phone]
        Caption: Archival photograph of the writer Lu Xun at his study in Shanghai, 1933. | Credit: Lu Xun Memorial Hall, Shanghai | CopyrightNotice: public domain in country of origin | Category: ACE
        Caption: Singapore's Joseph Schooling celebrates after winning gold in the men's 100m butterfly final at the Rio 2016 Olympic Games. | SupplementalCategories: SPO; OLY; SWM | Urgency: 2
        SpecialInstructions: MANDATORY CREDIT. EDITORIAL USE ONLY. NO SALES. NO ARCHIVES. THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. | ModelReleaseStatus: MR-NON | PropertyReleaseStatus: PR-NA
        Caption: A resident wades through floodwater in Kota Bharu, Kelantan, as the northeast monsoon brings heavy rain to the east coast. The resident declined to be named. | Category: DIS | Keywords: flood; monsoon; Kelantan
        XMP-exif: Make=SONY | Model=ILCE-1 | LensModel=FE 70-200mm F2.8 GM OSS II | FNumber=2.8 | ExposureTime=1/1000 | ISO=400 | GPSLatitude=(stripped) | GPSLongitude=(stripped) | Software=Photo Mechanic 6
        Caption: A performer dressed as Sun Wukong, the Monkey King from the classic novel Journey to the West, entertains visitors at a temple fair in Beijing's Ditan Park. | Keywords: Lunar New Year; temple fair; opera
        Caption: Staff at Tan Tock Seng Hospital's emergency department take part in a mass-casualty drill. The hospital said 120 volunteers played patients in the exercise. | Credit: Tan Tock Seng Hospital handout | Urgency: 5
        Iptc4xmpExt:PersonInImage=Anwar Ibrahim | Iptc4xmpExt:LocationShown=Perdana Putra, Putrajaya | Caption: Prime Minister Anwar Ibrahim arrives for the weekly cabinet meeting. | Credit: Bernama
    """),
    ("en", "wire_slug"): _lines("""
        BC-SINGAPORE-ECONOMY/GDP (UPDATE 2) | Singapore Q3 GDP grows 2.9% y/y, beats forecast | Priority: 3 | Words: 540 | Moved 0832 SGT 14 Oct 2026
        ADVISORY - Editors please note the item slugged MALAYSIA-FLOODS/ moved at 0412 GMT has been withdrawn because of a factual error. A substitute will follow. Please delete it from all your files.
        KILL KILL KILL | The photo transmitted as HKG-20261204-0117 has been withdrawn. Please remove it from all archives and systems. We regret the error. | Photo desk
        CORRECTED-UPDATE 1-Taiwan's November exports rise 12%, driven by AI server demand (corrects month in paragraph 2 to November from October)
        Story ID: nL4N3CX0AB | Topic codes: MY, ASIA, BNK, MCE | RIC: 1155.KL | Slug: MALAYSIA-BANKS/RESULTS | Words: 410
        EMBARGOED: Not for publication or broadcast before 0001 GMT Tuesday, Dec. 8, 2026 | Slug: WHO-DENGUE/REPORT | Filed by Geneva bureau
        Corrections & Clarifications: A Dec. 3 story on the Penang LRT project misstated its projected cost. It is RM10 billion, not RM1 billion.
        Correction: An earlier version of this story gave an incorrect title for John Lee. He is Hong Kong's Chief Executive, not its Chief Secretary.
        AP-AS-SINGAPORE-HAZE | eds: Moves at 1 p.m. SGT with photos | 720 words | Photo: SIN101-120626 | Video available
        DAYBOOK Mon Dec 7 | 0900 KUALA LUMPUR - Bank Negara Malaysia releases end-November international reserves | 1030 SINGAPORE - MAS policy briefing | 1400 HONG KONG - HKMA monthly statistical bulletin
        NOTE TO EDITORS: The 1600 GMT photo package on the Hong Kong Marathon contains images of minors. Blur the faces of children before publication in line with house policy.
        REPEAT-Hong Kong retail sales fall for third month in October (repeats with no changes to text) | HKG-RETAIL/ | Desk: HKG Economics
        WRAPUP 3-Typhoon batters eastern Taiwan, flights cancelled, schools shut in six counties | TAIWAN-TYPHOON/ | Updated: adds figures from Central Emergency Operation Center
    """),
    ("zh-Hans", "newsml"): _lines("""
        <newsItem guid="urn:newsml:xinhuanet.com:20261206:c_1130287741" version="2" standard="NewsML-G2" standardversion="2.33"><itemMeta><itemClass qcode="ninat:text"/><pubStatus qcode="stat:usable"/></itemMeta><contentMeta><headline>国务院新闻办公室举行新闻发布会介绍前11个月外贸情况</headline></contentMeta></newsItem>
        <subject type="cpnat:person" qcode="wikidata:Q23114"><name xml:lang="zh-Hans">鲁迅</name><definition>中国现代文学奠基人之一，代表作《呐喊》《彷徨》</definition></subject>
        <located type="loctype:city" qcode="geo:1816670"><name>北京</name></located><dateline>新华社北京12月6日电</dateline><by>记者 本社</by>
        <rightsInfo><copyrightHolder uri="http://www.xinhuanet.com"><name>新华通讯社</name></copyrightHolder><usageTerms>未经书面授权不得转载、摘编</usageTerms></rightsInfo>
        <itemMeta><embargoed>2026-12-08T09:30:00+08:00</embargoed><edNote>禁发至12月8日9:30，届时统一播发，请勿提前使用</edNote></itemMeta>
        {"uri":"urn:cms:sznews:2026-12-06:0041","type":"text","language":"zh-Hans","headline":"\\u6df1\\u5733\\u5730\\u94c114\\u53f7\\u7ebf\\u5f00\\u901a\\u8fd0\\u8425\\u9996\\u65e5\\u5ba2\\u6d41","urgency":4,"pubstatus":"usable"}
        <creator role="crol:author"><name>{{记者姓名}}</name></creator><contributor role="ctrol:editor"><name>{{责任编辑}}</name></contributor><!-- 模板：发稿前替换占位符 -->
        <description role="drol:caption">屠呦呦在瑞典斯德哥尔摩卡罗林斯卡医学院发表诺贝尔奖演讲（资料照片）。</description>
        <subject type="cpnat:organisation" qcode="stock:600519.SS"><name>贵州茅台酒股份有限公司</name></subject><subject qcode="medtop:04000000"><name>经济</name></subject>
        <altId type="idtype:ISBN">9787020002207</altId><title>红楼梦（人民文学出版社）</title><description>书评：林黛玉形象的再解读</description>
        <contactInfo><name>中国气象局新闻办公室</name><phone>010-68406114</phone><web>http://www.cma.gov.cn</web></contactInfo>
        <altId type="cms:storyNo">202612061530000123</altId><memberOf qcode="channel:finance"/><signal qcode="sig:update"/><wordCount>1260</wordCount>
        <itemMeta><pubStatus qcode="stat:canceled"/><edNote>撤稿：本稿部分数据有误，请各用户勿用，已用者请撤下，更正稿随后播发</edNote></itemMeta>
    """),
    ("zh-Hant", "correction"): _lines("""
        更正：本報12月3日A12版〈東涌綫延綫工程進度〉一文，誤將通車年份寫作2029年，應為2030年，特此更正。
        【更正啟事】本報昨日報道行政長官李家超出席金融論壇，誤植論壇舉行地點為會展中心，實為香港大學，謹此致歉。
        勘誤：本刊第B3版圖說「總統賴清德出席國慶大會」，照片來源應為總統府提供，非本報攝影，特此更正。
        中央社更正：本社12月5日發布之〈台股收盤〉新聞，加權指數收盤應為23,118.45點，誤植為23,181.45點，請各用戶更正。
        更正：本報日前報道一名七旬婦人在旺角遇劫，文中將案發時間誤寫為凌晨，實為晚上約十時，特此更正。
        更正啟事範本：本報＿月＿日＿版〈＿＿＿＿〉一文，誤將＿＿＿寫為＿＿＿，特此更正，並向當事人致歉。
        讀者更正要求處理流程：一、記錄來函日期及稿件編號；二、交責任編輯核實；三、於48小時內刊登更正。查詢請致電本報讀者服務熱線 2565 2222（辦公時間）。
        撤稿通知：稿件編號 CNA-20261205-0132〈颱風外圍環流影響北部〉因氣象署數據更新，已由新版取代，請勿再使用舊稿。
        更正：昨日本版〈戴資穎宣布退役〉一文，誤將其奧運銀牌寫為2016年里約奧運，應為東京奧運，特此更正。
        更正：本報12月4日副刊所引《紅樓夢》詩句「滿紙荒唐言」出自第一回，誤植為第五回，特此更正。
        澄清：本報12月2日報道指某連鎖超市將全線加價，該集團其後澄清只涉及部分進口貨品，特此補充。
        更正：本台12月2日晚間新聞報導中，將中央氣象署署長職銜字幕誤植為「局長」，特此更正並致歉。
        <edNote>更正稿：修正圖說日期</edNote><description role="drol:caption" xml:lang="zh-Hant">&#x884C;&#x653F;&#x9577;&#x5B98;&#x51FA;&#x5E2D;&#x7ACB;&#x6CD5;&#x6703;&#x7B54;&#x554F;&#x5927;&#x6703;&#xFF08;12&#x6708;4&#x65E5;&#xFF09;</description>
        編者按：本報網站12月1日所刊照片中途人面部已作模糊處理，原圖不會再次刊出，圖片編號 HKG-20261201-0088 已撤回。
    """),
    ("ms", "press_release"): _lines("""
        SIARAN AKHBAR | UNTUK SIARAN SEGERA | Kementerian Kesihatan Malaysia memaklumkan sebanyak 2,314 kes denggi direkodkan pada Minggu Epidemiologi ke-48, menurun 6.2 peratus berbanding minggu sebelumnya.
        EMBARGO SEHINGGA 8 DISEMBER 2026, 3.00 PETANG | Bank Negara Malaysia akan mengumumkan keputusan Mesyuarat Jawatankuasa Dasar Monetari (MPC) berhubung Kadar Dasar Semalaman (OPR).
        Untuk maklumat lanjut, sila hubungi Unit Komunikasi Korporat di talian 03-8000 8000 atau e-mel media@agensi.gov.my (Isnin hingga Jumaat, 8.30 pagi - 5.30 petang).
        Rujukan: KKM.600-1/2/3 Jld. 15 (22) | Tarikh: 6 Disember 2026 | Bil. Kenyataan: 118/2026 | Muka surat 1 daripada 2
        Perdana Menteri Datuk Seri Anwar Ibrahim dijadual merasmikan Persidangan Ekonomi Digital ASEAN di Pusat Konvensyen Kuala Lumpur pada 9 Disember ini.
        Templat kenyataan media: Nama Pegawai: [NAMA] | Jawatan: [JAWATAN] | No. Tel. Pejabat: [03-XXXX XXXX] | E-mel: [e-mel rasmi] | Tarikh: [TARIKH]
        Hospital Tengku Ampuan Rahimah, Klang akan melaksanakan latihan simulasi kebakaran pada 10 Disember 2026. Orang ramai dan waris pesakit diminta tidak panik.
        Dewan Bahasa dan Pustaka melancarkan edisi baharu Kamus Dewan (ISBN 978-983-62-4071-2) di Menara DBP, Kuala Lumpur hari ini.
        Seramai 12,408 mangsa banjir daripada 3,561 keluarga ditempatkan di 86 pusat pemindahan sementara (PPS) di Kelantan setakat 8 pagi ini, menurut Jabatan Kebajikan Masyarakat.
        Pemain perseorangan negara Lee Zii Jia mara ke final Terbuka Malaysia selepas menewaskan pemain Denmark dalam tiga set. (Kenyataan Persatuan Badminton Malaysia)
        Istana Budaya mempersembahkan teater muzikal Hikayat Hang Tuah mulai 12 hingga 20 Disember 2026. Tiket berharga RM50 hingga RM300 boleh dibeli di laman rasmi.
        KENYATAAN MEDIA (UNTUK SIARAN SELEPAS 12.01 TENGAH MALAM) | Yayasan Tun Razak membuka permohonan biasiswa 2027 bermula 1 Januari. Borang boleh dimuat turun di laman web yayasan.
        PEMBETULAN: Sila ambil maklum perenggan 3 kenyataan media bertarikh 5 Disember 2026 dipinda. Jumlah peruntukan yang betul ialah RM1.2 bilion, bukan RM12 bilion.
    """),
    ("mixed", "newsroom_chat"): _lines("""
        desk: slug for the flood story pls — MY-FLOODS/KELANTAN ok? photo ref BER-20261206-0441 dah masuk system
        eh 那个 embargo 几点 lift? 0001 GMT tomorrow, jangan publish awal ya
        caption 要写 "Prime Minister Lawrence Wong" 不是 "PM Wong" — house style 第4.2条
        EXIF clean already? yes, ran exiftool -gps:all= -xmp:all= before upload, camera serial also stripped 👍
        correction dah approve by chief sub, pls kill the old version nL4N3CX0AB and repush
        freelancer invoice INV-2026-1187 RM850 for 6 photos — finance kata process by Friday, PO number PO-88213
        呢份新聞稿 PR/2026/118 嘅 quote 冇 name，只可以寫 "a ministry spokesperson"，唔好自己作
        anyone has the NewsML template for photo packages? 要 itemClass ninat:picture 那个, not ninat:text
        reminder: faces of minors must be blurred, 包括 background 嘅 kids — kalau tak pasti, tanya photo chief
        今日 daybook: 0900 BNM reserves, 1030 MAS, 1400 HKMA — siapa cover HKMA? reply in thread
        那张 Anwar 在 Perdana Putra 的 pic credit 写 Bernama 还是 Pool? → Bernama, 他们 share 给 all agencies
        tracking no. untuk hard drive yang courier ke KL: EN123456789MY, ETA Tuesday, 收到 tell me
        wire 说 typhoon 升级为 super typhoon, 我哋 headline 要改未? 先等 HKO 1600 bulletin
    """),
    ("zh-Hans", "press_release"): _lines("""
        【新闻通稿·禁发至12月8日10:00】国家统计局今日发布11月份居民消费价格指数（CPI），同比上涨0.4%，环比持平。
        媒体垂询：请发送邮件至 press@example-energy.com.cn，或致电公司新闻中心 0755-8888 0000（工作日9:00-18:00）。
        新闻发布会通知｜时间：2026年12月9日（星期三）15:00｜地点：市政府新闻发布厅｜请持记者证入场，每家媒体限2人。
        新闻稿模板：【公司名称】于【日期】在【城市】发布【产品名称】。联系人：【姓名】 电话：【手机号】 邮箱：【邮箱】
        更正声明：本公司12月5日发布的新闻稿中“营收同比增长35%”应为“营收同比增长25%”，特此更正。股票代码：688123
        苏炳添出席广州体育学院田径训练基地启用仪式，并与在校学生交流短跑技术。（主办方供稿）
        新华社北京12月6日电 中国空间站一批科学实验样品随神舟飞船返回舱安全返回地面，将交付科研单位开展研究。
        中山大学附属第一医院将于12月12日举行开放日活动，市民可通过医院官方公众号预约参观。
        关于发布会直播的说明：直播信号编号 CCTV-PR-2026-1206，请各网络媒体于14:55前完成信号测试。
        稿件字数：1,860｜图片：6张（编号 XH-20261206-001 至 006）｜签发时间：2026-12-06 16:40｜签发人：值班主任
        Content-Transfer-Encoding: quoted-printable | =E6=96=B0=E9=97=BB=E9=80=9A=E7=A8=BF=EF=BC=9A=E5=9B=BD=E5=AE=B6=E7=BB=9F=E8= / =AE=A1=E5=B1=80=E4=BB=8A=E6=97=A5=E5=8F=91=E5=B8=8311=E6=9C=88=E4=BB=BD=E5= / =85=A8=E5=9B=BD=E5=B1=85=E6=B0=91=E6=B6=88=E8=B4=B9=E4=BB=B7=E6=A0=BC=E6=8C= / =87=E6=95=B0
        附件下载：https://press.example.cn/attach?q=%E6%88%90%E9%83%BD%E5%A4%A7%E8%BF%90%E4%BC%9A%20%E5%BC%80%E5%B9%95%E5%BC%8F%20%E7%83%9F%E8%8A%B1&type=photo
        浙江省人民医院发布冬季流感防治提示：出现发热症状请及时就医，切勿自行服用抗生素。
    """),
    ("ms", "caption"): _lines("""
        KUALA LUMPUR, 6 Dis -- Orang ramai membanjiri Jalan Tuanku Abdul Rahman untuk membeli-belah sempena cuti sekolah. --fotoBERNAMA (2026) HAK CIPTA TERPELIHARA
        {"id":"BER-20261206-0452","lang":"ms","credit":"fotoBERNAMA","caption_b64":"QW5nZ290YSBib21iYSBtZW1pbmRhaGthbiBtYW5nc2EgYmFuamlyIGtlIHB1c2F0IHBlbWluZGFoYW4gc2VtZW50YXJhIGRpIFNla29sYWggS2ViYW5nc2FhbiBUYW5qdW5nLCBQYXNpciBNYXMu"}
        Kapsyen: Pemandangan Gunung Kinabalu dari Kundasang, Sabah pada waktu matahari terbit. Gambar dirakam menggunakan dron. | Kata kunci: pelancongan; Sabah; alam semula jadi
        Kapsyen (templat): [BANDAR], [tarikh] -- [Nama penuh], [umur], [pekerjaan] ketika [aktiviti] di [lokasi]. --foto[AGENSI]
        Kapsyen: Seorang mangsa banjir yang enggan dikenali menunggu bantuan di PPS Sekolah Kebangsaan Tanjung, Pasir Mas. --fotoBERNAMA
        KUALA LUMPUR, 4 Dis -- Yang di-Pertuan Agong Sultan Ibrahim berkenan menerima menghadap duta-duta baharu di Istana Negara. --fotoBERNAMA
        PUTRAJAYA, 5 Dis -- Perdana Menteri Datuk Seri Anwar Ibrahim bersalaman dengan wakil media selepas sidang media mingguan di Perdana Putra. --fotoBERNAMA
        Metadata: ObjectName=BER-20261206-0441 | Kategori=BENCANA | Bandar=Pasir Mas | Negeri=Kelantan | Kod Negara=MYS | Kredit=fotoBERNAMA
        Kapsyen: Lukisan watak Mat, budak kampung ciptaan kartunis Lat, dipamerkan di Balai Seni Negara sempena pameran retrospektif.
        Kapsyen: Peserta larian amal berlari melepasi Jambatan Pulau Pinang pada pagi Ahad. Seramai 8,000 peserta menyertai acara tersebut. | Nombor bib dikaburkan.
        Arahan khas: GAMBAR EMBARGO SEHINGGA 8 DIS 2026 3.00 PTG. JANGAN SIAR SEBELUM WAKTU TERSEBUT. Penggunaan editorial sahaja.
        Kapsyen: Pengunjung melihat model Perodua Bezza 1.3 AV dan Proton S70 di Pameran Automotif Malaysia, MAEPS Serdang. Harga bermula RM34,580.
        Kapsyen: Anggota Jabatan Bomba dan Penyelamat Malaysia (JBPM) memindahkan mangsa banjir ke PPS di Kampung Tanjung. Gambar ihsan JBPM.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        2:120 Caption-Abstract: KOTA BHARU, Malaysia - Siti Hajar binti Osman, 41, carries her son Adam, 6, through floodwater outside their house at Lot 218, Kampung Pulau Panjang, after the family's second evacuation this month. | 2:80 By-line: STRINGER | 2:110 Credit: Reuters
        <Iptc4xmpCore:CreatorContactInfo Iptc4xmpCore:CiEmailWork="kelvin.ng.shoots@gmail.com" Iptc4xmpCore:CiTelWork="+65 9734 2215" Iptc4xmpCore:CiAdrExtadr="Blk 412 Bedok North Ave 2 #08-117" Iptc4xmpCore:CiAdrCity="Singapore" Iptc4xmpCore:CiAdrPcode="460412"/><dc:creator>Kelvin Ng</dc:creator>
        Iptc4xmpExt:PersonInImage=Darren Lim Wei Jie | Caption: Darren Lim Wei Jie, 29, leaves the State Courts after being charged with drink-driving over the Bukit Timah Road crash. He is out on S$15,000 bail. | Credit: STAFF
        Correction: A Dec. 2 caption misidentified the boy pictured at the Jurong Lake Gardens playground. He is Ethan Goh Jun Hao, 9, a Primary 3 pupil at Rosyth School, not his cousin as stated.
        NOT FOR PUBLICATION - source note for HKG-PROPERTY/: tipster is Raymond Cheung Ka-fai, sales manager at a Tseung Kwan O agency, mobile 9276 5810, spoke on condition his name not be used.
        Model release | Name: PRIYA D/O RAMASAMY | NRIC: S8816342G | Mobile: 8426 1390 | Shoot: Little India Deepavali feature | Fee: S$150 | Signed 04/12/2026
        Subject: =?UTF-8?B?U3RyaW5nZXIgZmVlOiBNdWhhbW1hZCBGYWl6IGJpbiBadWxraWZsaSwgTWF5YmFuayAxNjQxIDIyMDkgODgzNywgMyBwaXggS3VhbnRhbiBmbG9vZHM=?= | From: photodesk@wire-asia.example | To: accounts@wire-asia.example | X-Priority: 3
        Court pix for tomorrow, pick from this search: https://dam.desk.internal/search?q=Tan%20Boon%20Huat%20S7623901J%20court%20Bedok&col=court-pix
        Annex B - Bursary recipients (NOT FOR PUBLICATION, embargoed with main release): 1. Nur Aqilah binti Rahmat, T0349175C, Year 1 Nursing, household income S$2,100 / 2. Wong Jia Xin, T1275538J, Sec 2, single-parent household
        BC-HONGKONG-CRIME/ (URGENT) Police name woman found injured in Tsuen Wan flat as Chan Wing-yee, 34, a clerk; her husband, 38, was arrested at the scene. Moves 0915 HKT.
        Stringer payment form | Payee: Jeremy Fernandez | Bank: OCBC | Account: 595-401283-001 | Assignment: Changi Airport T5 groundbreaking | Amount: S$320 | Contact: jeremyf.photo@outlook.com
        Caption: Kumaresan a/l Subramaniam, 58, a lorry driver from Kulai, recovers at Hospital Sultanah Aminah in Johor Bahru after his lorry overturned on the North-South Expressway. His wife Devi a/p Krishnan, 54, said he had two broken ribs.
        Corrections log (internal, do not run): reader Mrs Agnes Teo, 71, of 23 Jalan Kembangan, Singapore 419137, phoned to say we printed her late husband's name wrongly on the Dec 1 obituary page; callback on 6448 3107.
        Print sales order PS-20261203-77 | Buyer: Melissa Tay | Card: 4532 0177 6345 8125 exp 09/28 | Ship to: 36 Jalan Bunga Raya, 59100 Kuala Lumpur | Photo: SIN-NDP-REHEARSAL-0042
    """),
    "zh-Hans": _lines("""
        图片说明：12月5日，在深圳市南山区桃园路一小区，业主王秀兰（52岁）指着自家被渗水泡坏的天花板，她说已向物业投诉三次未果。摄影：本报记者
        <contactInfo role="cinfo:stringer"><name>李建国</name><phone>138 1024 7765</phone><email>lijianguo_photo@163.com</email><note>通讯员，按稿计酬</note></contactInfo>
        {"uri":"urn:cms:hznews:2026-12-06:0077","type":"text","headline":"\\u6297\\u764c\\u5988\\u5988\\u7684\\u4e00\\u5929","description_text":"\\u9ec4\\u4e3d\\u5a1f\\uff0842\\u5c81\\uff09\\u5728\\u6d59\\u6c5f\\u7701\\u4eba\\u6c11\\u533b\\u9662\\u63a5\\u53d7\\u5316\\u7597\\u540e\\u56de\\u5230\\u676d\\u5dde\\u5e02\\u897f\\u6e56\\u533a\\u6587\\u4e09\\u8def\\u5bb6\\u4e2d","pubstatus":"withheld"}
        Content-Transfer-Encoding: quoted-printable | =E7=A8=BF=E4=BB=B6=E5=A4=87=E6=B3=A8=EF=BC=9A=E7=BA=BF=E4=BA=BA=E5=88=98=E6= / =B5=B7=E6=B6=9B=EF=BC=8C=E6=89=8B=E6=9C=BA18621934408=EF=BC=8C=E8=A6=81=E6= / =B1=82=E5=8B=BF=E8=A7=81=E6=8A=A5
        更正：本报12月3日A5版《货车侧翻致拥堵》一文中，将涉事司机姓名误写为“陈刚”，应为“陈钢”，男，45岁，湖北武汉人，系某物流公司驾驶员，特此更正。
        获奖学生名单（内部，勿随通稿发出）：周子涵，女，身份证号440106200109181848，华南理工大学土木工程专业，获助学金5000元。
        采访预约登记｜受访者：赵敏｜手机：159-2731-6604｜微信：zhaomin_0611｜住址：成都市武侯区玉林南路12号3栋2单元501｜预约时间：12月9日14:00
        线人费发放表｜姓名：孙浩然｜身份证：350203198311294154｜开户行：工商银行厦门思明支行｜卡号：6222 0210 0483 6271｜金额：300元｜线索：鼓浪屿游船超载
        采访附件链接：https://press.example.cn/attach?q=%E5%8F%97%E8%AE%BF%E8%80%85%E5%BC%A0%E5%BF%97%E5%BC%BA%20%E6%89%8B%E6%9C%BA15017634829&type=interview
        读者来信（转编辑部）：我叫刘芳，住上海市浦东新区张杨路1588弄8号402室，身份证310115199207260488。贵报11月30日刊登的照片中有我女儿，未经同意，请撤下。电话177 2048 3360。
        XMP-iptcExt:PersonInImage=吴建华; XMP-iptcExt:LocationShown=南京市玄武区中山东路某小区; XMP-dc:Description=吴建华（右）在社区医院领取降压药，他患高血压已十年，独居。
        值班记录：19:40 接热线，来电人郭晓燕（137 0856 2291）称其丈夫在北京朝阳区一工地坠落受伤，现在朝阳医院抢救，要求记者跟进。
    """),
    "zh-Hant": _lines("""
        更正：本報昨日A8版〈荃灣住宅單位傷人案〉一文，傷者姓名應為陳詠儀（女，34歲，文員），非「陳詠宜」，特此更正。
        <description role="drol:caption" xml:lang="zh-Hant">&#x50B7;&#x8005;&#x9673;&#x8A60;&#x5100;&#xFF0C;34&#x6B72;&#xFF0C;&#x8343;&#x7063;&#x773E;&#x5B89;&#x8857;&#x4F4F;&#x6236;&#xFF0C;&#x982D;&#x90E8;&#x53D7;&#x50B7;&#x9001;&#x9662;</description>
        爆料表格｜爆料人：何志明｜電話：6137 0952｜香港身份證：K482913(1)｜內容：葵涌貨櫃碼頭有工人被吊臂撞傷，公司隱瞞不報｜是否願意具名：否
        特約攝影師資料（內部）：黎嘉欣 Lai Ka-yan｜HKID Y305716(8)｜手機 9481 2276｜滙豐戶口 512-348921-838｜稿費每張HK$400
        中央社圖說：台南市民林雅婷（28歲，護理師）抱著剛出生的女兒在奇美醫院接受訪問，她說早產的孩子已脫離險境。
        線民聯絡：黃俊凱，LINE ID：junkai_0823，手機 0912-386-574，提供台中市西屯區工地勞安照片，要求匿名。
        新聞稿附件（不得刊登）：得獎人張志豪，身分證字號 A127385049，國立臺灣大學電機系三年級，獎學金新臺幣10萬元，匯入郵局帳號 0001234-0567890。
        勘誤與致歉：本報12月1日報導將受傷騎士誤植為「許先生」，實為許雅芳小姐（32歲），住新北市板橋區文化路一段，事故後右腿骨折住院中。
        Iptc4xmpExt:PersonInImage="梁振輝"｜圖說：觀塘區居民梁振輝（67歲）在劏房內展示被業主濫收的水電單，他每月領取綜援約4,000元。
        讀者來電紀錄：12月3日 16:20，來電者鄭美玲女士，電話 5408 3319，投訴本報所刊照片拍到其子（沙田某小學四年級）在街上哭泣，要求刪除網上版本。
        採訪對象名單｜蔡宗翰｜身分證 H119364828｜桃園市中壢區｜0988 412 063｜議題：移工仲介收費爭議，曾遭前僱主欠薪
    """),
    "ms": _lines("""
        Kapsyen: KUANTAN, 5 Dis -- Mohd Rizal bin Abdullah, 45, nelayan, membaiki bot gentiannya yang rosak dipukul ribut di Kampung Tanjung Lumpur. Beliau berkata kerugiannya kira-kira RM8,000. --fotoBERNAMA
        {"id":"BER-20261206-0447","lang":"ms","credit":"fotoBERNAMA","caption_b64":"Tm9yIEF6aXphaCBiaW50aSBLYW1hcnVkaW4sIDUyLCBtZW51bmp1a2thbiBydW1haG55YSBkaSBOby4gMTQsIEphbGFuIFN1bmdhaSBEdWEsIEthbXB1bmcgVGFuanVuZywgUGFzaXIgTWFzIHlhbmcgcm9zYWsgZGlsYW5kYSBiYW5qaXIu"}
        Borang Pelepasan Model | Nama: MUHAMMAD HAFIZ BIN ROSLI | No. KP: 880412-10-5371 | Tel: 012-748 3391 | Alamat: No. 27, Jalan SS 15/4C, 47500 Subang Jaya | Tandatangan: (ditandatangani)
        Nota sumber (JANGAN SIAR): Rajeswari a/p Ganesan, jururawat di HTAR Klang, tel 019-265 0147, beri maklumat tentang kekurangan katil wad kecemasan, minta nama dirahsiakan.
        PEMBETULAN: Berita semalam tersilap menyatakan umur Encik Wan Zulkifli bin Wan Ismail, mangsa kemalangan di Jalan Kuala Krai. Umur sebenar beliau 67 tahun, pesara guru dari Kampung Bukit Jawa, Machang.
        Tuntutan bayaran pemberita sambilan | Nama: Faizal bin Mohd Noor | No. KP: 760305-01-5127 | Akaun CIMB: 7060118432 | Tugasan: Banjir Segamat | Jumlah: RM450
        Lampiran B Kenyataan Media (SULIT - bukan untuk siaran): Senarai penerima Bantuan Wang Ihsan: 1) Siti Khadijah binti Harun, 950823-14-6288, Sentul, RM1,000; 2) Aminah binti Saad, 911130-13-5546, Kuching, RM1,000
        Hubungi jurugambar sambilan Amirul Hakim di Telegram @amirul_shoots atau WhatsApp 017-305 8842 untuk gambar banjir Kuantan; beliau tinggal di Taman Tas dan boleh sampai dalam 20 minit.
        Metadata foto: PersonInImage=Nurul Aina binti Hashim | Kapsyen: Nurul Aina binti Hashim, 16, pelajar SMK Seri Pantai, menerima rawatan di Hospital Sultanah Nur Zahirah selepas pengsan ketika perhimpunan sekolah.
        Laporan kepada editor: pemandu e-hailing Tan Kok Leong (KP 840619-08-6013), Perodua Myvi AKN 7712, saksi utama kemalangan di Jalan Sultan Idris Shah, Ipoh; boleh dihubungi di 013-882 4075.
    """),
    "mixed": _lines("""
        eh the victim's name confirm ah? Lim Mei Xuan 林美璇, 23, NUS student, family stays at Blk 108 Jurong East St 13 #05-321 — don't publish the unit number ok
        source 電話 +852 6325 1847，佢叫 Ricky 何家俊，喺葵涌碼頭做 crane operator，話公司逼佢哋連續開工16個鐘，唔好寫落 copy
        payment for stringer pls: nama Faridah binti Yusof, IC 020117-07-0934, Public Bank 4623119071, RM300 untuk gambar 槟城 flood, 她 phone 011-2384 6621
        caption draft 要改: Madam Goh Siew Chin 吴秀珍, 68, who has early-stage dementia, at her Toa Payoh Lor 1 flat; helper's FIN G5148263N on release form 已经 scan 了
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a newsroom assistant that drafts IPTC captions in wire style."),
        (
            "user",
            "Draft a caption: Segamat floods, woman in the photo is Lakshmi a/p Muniandy, 47, a nasi lemak hawker who lost her stall. She lives at No. 8 Jalan Genuang, Segamat.",
        ),
        (
            "assistant",
            "SEGAMAT, Malaysia - Lakshmi a/p Muniandy, 47, a nasi lemak hawker, stands beside the remains of her stall after floodwaters swept through Segamat, Johor. | Credit: STRINGER",
        ),
        (
            "user",
            "Good. In the notes field add that she's asthmatic and was taken to Hospital Segamat yesterday, and her phone 014-623 7718 for follow-up.",
        ),
    ],
    [
        ("user", "Help me fill in the model release for today's shoot."),
        (
            "assistant",
            "Sure. Send me the subject's full name, ID number, contact and the shoot details.",
        ),
        (
            "user",
            "Rahul Verma, FIN F3092718N, software engineer from Pune working in Singapore, mobile 9158 6042. Shoot was the Sengkang rental-crunch feature, he pays $2,400 a month for a room.",
        ),
        (
            "assistant",
            "MODEL RELEASE | Name: RAHUL VERMA | FIN: F3092718N | Mobile: 9158 6042 | Project: Sengkang rental feature | Notes: subject pays S$2,400/month rent | Signature: ________",
        ),
    ],
    [
        (
            "user",
            "帮我把线人信息整理成表格：姓名何晓东，电话189 2210 5736，身份证420106197208300592，住武汉市武昌区中南路。",
        ),
        (
            "assistant",
            "| 姓名 | 电话 | 身份证号 | 住址 | / | 何晓东 | 189 2210 5736 | 420106197208300592 | 武汉市武昌区中南路 |",
        ),
        ("user", "再加一列备注：他是医院保安，怕被开除，千万别在稿子里出现他的名字。"),
    ],
    [
        (
            "user",
            "Tolong tulis pembetulan. Semalam kami tersilap eja nama mangsa kebakaran di Kampung Baru.",
        ),
        ("assistant", "Boleh. Apakah ejaan nama yang betul dan butiran yang perlu dibetulkan?"),
        (
            "user",
            "Nama betul Zulaikha binti Ahmad Fauzi, 34, guru tadika. Rumahnya di Jalan Raja Muda Musa hangus dan dia sekarang tinggal dengan ibunya.",
        ),
        (
            "assistant",
            "PEMBETULAN: Laporan semalam tersilap mengeja nama mangsa kebakaran di Kampung Baru. Nama sebenar beliau ialah Zulaikha binti Ahmad Fauzi, 34, seorang guru tadika. Kami memohon maaf atas kesilapan tersebut.",
        ),
    ],
    [
        (
            "user",
            "幫我整理特約攝影師稿費單：楊志偉，HKID P619204(5)，恒生戶口 388-451207-883，今個月影咗12張，每張HK$400。",
        ),
        (
            "assistant",
            "稿費單｜姓名：楊志偉｜香港身份證：P619204(5)｜銀行：恒生銀行 388-451207-883｜數量：12張｜單價：HK$400｜合計：HK$4,800",
        ),
        ("user", "再加埋佢手機 5632 7140，財務話要聯絡佢。"),
    ],
    [
        (
            "user",
            "有個爆料者 LINE ID 是 mei_1207，她叫吳佩珊，身分證 F226194738，說在醫院當護理師被主管霸凌，我要怎麼保護她的身分？",
        ),
        (
            "assistant",
            "建議：一、稿件中不出現姓名、單位及可辨識細節；二、聯絡資料只存在加密裝置，不放入共用雲端；三、引述時以「一名護理人員」稱呼；四、發稿前請法務審閱。",
        ),
        (
            "user",
            "好，她還說她住在台北市北投區石牌路，下班時間是晚上十一點，這些要記在採訪紀錄裡嗎？",
        ),
    ],
    [
        ("system", "You convert wire copy into NewsML-G2 newsItem XML."),
        (
            "user",
            "Convert this: SINGAPORE, Dec 6 - Ong Siew Ling, 45, whose son collapsed during a school cross-country run, said she was still waiting for answers. Her NRIC S9023447A appears on the hospital letter she showed reporters.",
        ),
        (
            "assistant",
            '<newsItem guid="urn:newsml:example.com:20261206:sg-school-run" version="1"><contentMeta><headline>Mother of boy who collapsed at school run seeks answers</headline></contentMeta><contentSet><inlineXML><p>SINGAPORE, Dec 6 - Ong Siew Ling, 45, whose son collapsed during a school cross-country run, said she was still waiting for answers.</p></inlineXML></contentSet></newsItem>',
        ),
        ("user", "Also add her as a subject with type cpnat:person and put the NRIC in an altId."),
    ],
    [
        (
            "user",
            "I'm a freelancer. Write the XMP creator contact block I should embed in my photos.",
        ),
        (
            "assistant",
            "Happy to. What name, e-mail, phone and city should go into the CreatorContactInfo fields?",
        ),
        (
            "user",
            "Chloe Wong Hoi-ching, chloe.wong.pix@gmail.com, +852 9637 2048, I live on Third Street in Sai Ying Pun.",
        ),
        (
            "assistant",
            '<dc:creator>Chloe Wong Hoi-ching</dc:creator><Iptc4xmpCore:CreatorContactInfo Iptc4xmpCore:CiEmailWork="chloe.wong.pix@gmail.com" Iptc4xmpCore:CiTelWork="+852 9637 2048" Iptc4xmpCore:CiAdrExtadr="Third Street, Sai Ying Pun" Iptc4xmpCore:CiAdrCity="Hong Kong"/>',
        ),
    ],
    [
        (
            "user",
            "这条图片说明帮我润色：12月6日，在广州市天河区某街道，外卖骑手马立强（38岁）在雨中送餐。",
        ),
        ("assistant", "12月6日，广州市天河区，外卖骑手马立强（38岁）冒雨送餐。"),
        ("user", "再加上他说女儿在读初二，每月房贷6000元，他一天要跑14个小时。"),
        (
            "assistant",
            "12月6日，广州市天河区，外卖骑手马立强（38岁）冒雨送餐。他说女儿正读初二，每月要还房贷6000元，每天工作约14小时。",
        ),
    ],
    [
        (
            "user",
            "Saya nak siaran akhbar tentang penerima biasiswa, tapi kena buang maklumat peribadi. Draf: Penerima ialah Ahmad Danial bin Roslan, No. KP 030514-12-5563, pelajar SMK Tanjung Aru, anak nelayan dengan pendapatan isi rumah RM1,200 sebulan.",
        ),
        (
            "assistant",
            "Versi untuk siaran: Seorang pelajar sekolah menengah di Kota Kinabalu daripada keluarga berpendapatan rendah menerima biasiswa penuh yayasan bagi tahun 2027.",
        ),
    ],
]
