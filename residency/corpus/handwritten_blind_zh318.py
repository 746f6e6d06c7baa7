# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh318: 繁體中文（香港）同鄉會與宗親會（會員名冊、獎學金、春秋二祭、帛金、會所租用、WhatsApp群）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh318
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "春秋二祭通告"): _lines("""
        【春祭通告】本會謹定於丁未年清明節（2027年4月5日，星期一）舉行春祭，當日上午8時正於旺角彌敦道688號旺角中心地下集合，旅遊巴8時15分準時開出，逾時不候。
        秋祭安排：2027年重陽節（農曆九月初九）登山拜祭，路線由荃灣城門道起步，全程約2.5公里，斜路較多，年長會員請量力而為，會方備有樽裝水及乾糧。
        祭品分工：燒豬兩隻（每隻約40斤）由總務部向上海街「陳記燒臘」預訂，三牲、果品、香燭衣紙由康樂部負責，祭後分胙於會所二樓禮堂進行。
        報名方法：請於3月20日前致電本會辦事處 2384 5617（星期一至六 上午10時至下午6時）或WhatsApp本會熱線 6218 3390 留位，每位收車費HK$80，65歲以上會員全免。
        各位鄉親注意：天文台預測清明當日有驟雨及雷暴，請自備雨具及防滑鞋；如上午7時仍懸掛黃色或以上暴雨警告信號，春祭將順延至4月11日（星期日）舉行。
        秋祭籌備委員會第三次會議紀錄：出席委員十一人，通過預算HK$38,500（車費HK$12,000、燒豬及祭品HK$9,800、聯歡午宴HK$16,700），由財務部跟進付款。
        祭祖儀式程序：一、鳴鑼；二、主祭及陪祭就位；三、上香、獻帛、獻爵；四、讀祝文；五、三跪九叩；六、焚帛；七、禮成分胙。主祭由本屆理事長擔任，陪祭由各分會會長擔任。
        春祭聯歡午宴假座荃灣沙咀道「金都海鮮酒家」三樓舉行，每席十二人，會員每位HK$150、非會員HK$280，十八歲以下半價，素食請於報名時註明。
        掃墓路線圖（2027年版）已上載至本會網站 www.enpingassn.org.hk/qingming ，由山腳巴士站步行至祖墳約需40分鐘，沿途設有紅色指示牌第1至第9號。
        宗祠開放日：清明節前後（4月3日至4月6日）每日上午9時至下午5時開放，歡迎宗親及公眾參觀清代木雕神龕，免費入場，大型團體請預先以電郵 info@lungsaileeclan.org.hk 登記。
        溫馨提示：山上嚴禁燃放爆竹及燒烤，焚化衣紙請使用會方提供之化寶爐；郊野公園範圍內生火屬違法行為，違者可被漁農自然護理署檢控。
        交通安排：承辦旅遊巴公司為興隆旅運有限公司（旅行代理商牌照號碼 352841），車牌及座位編號將於出發前一日經本會WhatsApp廣播群「會務通知」發出。
        本會自1952年在港成立以來，每年春秋二祭從未間斷；2020至2022年因疫情改為網上直播拜祭，三年累計觀看人次逾6,300，海外鄉親反應熱烈。
    """),
    ("zh-Hant", "會所租用價目及條款"): _lines("""
        會所租用收費（2027年1月1日起生效）：禮堂（約1,200平方呎，可容納80人）平日每小時HK$450，週末及公眾假期每小時HK$600，最少租用3小時。
        會議室A（12人）每節HK$300、會議室B（20人）每節HK$480；每節4小時，分為上午9時至1時、下午2時至6時、晚上7時至11時三個時段。
        按金：每次租用須繳付按金HK$2,000，場地交還並經職員檢查無損毀後14個工作天內，以劃線支票或轉數快（本會FPS識別碼：1688 3025）退還。
        麻雀枱只供會員康樂用途，開放時段為星期二、四、六下午2時至晚上10時，每枱每小時收費HK$40，會所內嚴禁任何形式之金錢賭博，違者即時取消會籍。
        會員優惠：普通會員九折、永遠會員八折；已註冊宗親團體（須出示社團註冊證明書副本）租用禮堂舉辦春茗或壽宴，可享第四小時免費。
        設備附加費：投影機連屏幕HK$200／次、無線咪兩支HK$100／次、卡拉OK系統HK$350／次、圓枱連椅每張HK$60，請於租用日前最少7天預訂。
        取消政策：活動前30天或以上取消，退回全數租金；14至29天前取消退回50%；14天內取消恕不退款；如遇八號風球或黑色暴雨警告，可免費改期一次。
        會所地址：九龍油麻地上海街328號恩平大廈4樓（港鐵油麻地站C出口步行約5分鐘），大廈設有升降機，惟入口未有輪椅斜道，如有需要請預早通知。
        場地租用合約編號格式為 VH-2027-0418-03（年份-月日-場次），付款時請於轉帳備註欄填寫合約編號，方便會計部核對，否則可能延誤確認。
        食物安排：本會會所不設廚房，租用者可自行安排持牌到會服務，例如「大快活」或「美心西餅」之派對套餐；會所範圍內嚴禁使用石油氣爐或明火煮食。
        清潔費：每次活動收取HK$250基本清潔費；如活動使用彩帶、噴雪、大量氣球或遺下大量垃圾，另收額外清潔費HK$500，在按金中扣除。
        牌照資料：本會會所持有民政事務總署牌照事務處根據《會社（房產安全）條例》發出之合格證明書，證書編號 V/2023/KLN/0187，有效期至2028年3月31日。
        查詢及預約：會所管理處電話 2771 3048，傳真 2771 3049，電郵 venue@lungsaileeclan.org.hk；辦公時間以外可於本會Facebook專頁「隴西李氏宗親會（香港）」留言。
    """),
    ("zh-Hant", "職員WhatsApp群工作訊息"): _lines("""
        [07/03/2027, 09:14] 辦事處: 早晨，今日十點有兩間旅遊巴公司嚟報價，春祭嗰日要兩架49座，報價單我擺咗喺共享文件夾「2027春祭」入面，大家得閒睇下。
        [07/03/2027, 09:31] 財務部: 收到。上個月會所電費單未入數，中電帳戶 3018 2745 66，金額HK$2,384.60，今日下晝我去銀行過埋，收據影低擺上雲端。
        [07/03/2027, 10:05] 會所管理處: 禮堂冷氣3號機又滴水，已經打咗畀「大金冷氣維修」報障，工單編號 DK-HK-558104，佢哋話星期四上午嚟睇，到時要開後門。
        [07/03/2027, 11:22] 辦事處: 提提大家，獎學金申請截止日期係3月31日，今年收到嘅表格已經有46份，逾期申請一律唔好收，有問題直接轉介畀獎學金小組。
        [07/03/2027, 14:48] 財務部: 帛金登記簿已經更新到第27頁，上星期嗰份已用會方支票 000318 送出，存根喺夾萬；唔該大家唔好喺呢個群度講任何家屬資料。
        [08/03/2027, 08:57] 會所管理處: 天文台掛咗黑雨，會所今朝暫停開放，原定上午10點嘅書法班已經改期，我而家喺會務通知群發通告，下晝再睇情況。
        [08/03/2027, 12:10] 辦事處: 印刷公司話春茗場刊要改稿，限期係星期五，封面用返去年嘅祠堂相，頁數由24頁加到28頁，報價要加HK$1,200，我已經口頭答應咗。
        [08/03/2027, 16:33] 財務部: 銀行要求本會儲蓄戶口更新授權簽署人名單，表格要三位理事簽名，我放咗喺理事長信箱，麻煩星期三前交返辦事處。
        [09/03/2027, 10:02] 會所管理處: 星期六下晝禮堂已經租咗出去（合約 VH-2027-0313-02），粵曲班嗰日冇得用禮堂，唔該幫手通知導師改去會議室B。
        [09/03/2027, 15:40] 辦事處: 會員系統今朝升級咗去 v3.2.1，登入網址冇變，如果見到「Session expired」就清一清cache再入，有問題搵IT外判公司熱線 3703 2281。
        [09/03/2027, 17:55] 財務部: 月尾要交強積金供款，今期供款結算書編號 MPF-ER-2027-03，三位職員總額HK$9,450，已經安排自動轉帳，唔使再開支票。
        [10/03/2027, 09:20] 辦事處: 春祭燒豬已經喺「陳記」落咗訂，兩隻共HK$3,960，訂單號 CK0405-17，4月5日朝早6點半喺上海街舖頭取貨，要兩個人去搬。
        [10/03/2027, 11:45] 會所管理處: 消防年檢搞掂，滅火筒全部換新，FS251證書編號 FSD/FS251/2027/0693 已經貼咗喺大門口，我影咗相擺喺「會所牌照」文件夾。
    """),
    ("en", "scholarship_faq"): _lines("""
        Q: Who can apply for the 2027 Clan Scholarship? A: Full-time students taking the HKDSE or studying at a UGC-funded university whose parent or grandparent has been a registered member for at least three years.
        Q: How much is each award? A: Secondary school awards are HK$3,000 and university awards HK$8,000; the top HKDSE candidate also receives the Lee Clan Gold Medal and an extra HK$15,000.
        Q: Which documents are required? A: The completed form SF-2027, a copy of the latest school report, the member card number of the parent or grandparent, and a 300-word essay titled "My Roots in Enping".
        Q: Do I need to attach a copy of my HKID card? A: No. For privacy reasons we do not collect identity card copies; please do not send ID images by e-mail or WhatsApp, they will be deleted unread.
        Q: Where do I hand in the form? A: By post or in person to 4/F, Enping Building, 328 Shanghai Street, Yau Ma Tei, Kowloon (Mon-Sat 10:00-18:00), or scan it to scholarship@enpingassn.org.hk.
        Q: When is the deadline? A: 31 March 2027 at 6:00 p.m. Hong Kong time. Forms that arrive after 7 April 2027 will not be considered, even if they were posted before the deadline.
        Q: How are winners selected? A: A panel of five directors scores academic results (60%), the essay (25%) and community service hours (15%); ties are broken by the essay score.
        Q: When and where is the award ceremony? A: Saturday 19 June 2027, 3:00 p.m., in the Association hall; the guest of honour will be announced in the May issue of our newsletter.
        Q: Will the award affect my government student grant? A: Our awards are one-off prizes, but rules can change, so please check directly with the Working Family and Student Financial Assistance Agency before you accept.
        Q: Can students in Guangzhou, Taipei or Singapore apply? A: Yes. Since 2024 students at recognised universities in mainland China, Taiwan, Macau, Singapore and Malaysia may apply for the Overseas Study Award of HK$6,000.
        Q: How is the money paid? A: By crossed cheque drawn on the Association's account and made payable to the student; cheques are valid for six months from the date of issue.
        Q: Who funds the scheme? A: The Centenary Endowment Fund set up in 1952 plus annual donations from members; audited accounts are available on request (IRD charity file no. 91/15732).
        Q: My question is not answered here. A: Call the scholarship hotline 2384 5617 ext. 23 or send a text to our WhatsApp line 6218 3390; we reply within two working days.
    """),
    ("mixed", "會員系統config與log"): _lines("""
        MEMBER_DB_URL=postgresql://app_user:changeme@db.internal.example:5432/clan_members  # sample value only, 上線前一定要換密碼
        2027-03-09T10:02:17+08:00 INFO  member-svc v3.2.1 migration 0047_add_scholarship_year applied in 1.84s (rows touched: 0, schema=public)
        2027-03-09T10:05:44+08:00 WARN  sms-gateway rate limit reached: 120 msg/min for sender ID "ENPINGASSN", queue depth 342, retry in 60s
        CREATE TABLE membership_fee (fee_code VARCHAR(8) PRIMARY KEY, 類別 TEXT NOT NULL, amount_hkd NUMERIC(8,2), valid_from DATE); -- 會費表
        INSERT INTO membership_fee VALUES ('LIFE', '永遠會員', 1500.00, '2027-01-01'), ('ORD', '普通會員', 100.00, '2027-01-01');
        roster_export.csv 欄位：member_no,join_date,category,branch_code,fee_status,last_updated（UTF-8 with BOM，用Excel開唔會亂碼）
        whatsapp_broadcast.yaml: list_name: "會務通知", max_recipients: 256, template_id: spring_rite_2027_v2, send_window: "09:00-21:00 HKT"
        sha256(roster_template_2027Q1.xlsx) = 9f2c4b7e1a03d5e8c6b90f41d27a8e3356c1b0f4e2d97a6b18c5f0e3d4a2b719  # 空白範本，唔含會員資料
        0 3 * * 1 /opt/clan/bin/backup.sh --target s3://clan-backup-hk/roster --retain 35d --encrypt kms  # 每週一凌晨三點備份名冊
        ERROR scholarship-api POST /v1/applications 422 Unprocessable Entity: field "school_report" missing, request_id=7c1e9a2f-44b0-4c6d-9d1e-5a7b3f08c211
        def fee_due(category: str, years: int) -> Decimal: return Decimal("1500") if category == "LIFE" else Decimal("100") * years  # 會費計算
        10.42.0.1 - - [09/Mar/2027:10:11:52 +0800] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" upstream=member-svc:8080 rt=0.003
        i18n/zh-HK.json: {"rsvp.title": "春祭報名", "rsvp.fee": "車費 HK${amount}", "rsvp.phone_placeholder": "例：9123 4567", "rsvp.submit": "提交"}
    """),
    ("zh-Hans", "宗亲会历史沿革"): _lines("""
        据族谱记载，恩平李氏于南宋末年由南雄珠玑巷南迁，先祖经冈州辗转定居锦江两岸，至明代中叶已繁衍成为当地望族，建有大宗祠一座、支祠七座。
        清末民初，五邑乡民大批出洋谋生，远赴美国、加拿大及南洋各地，侨汇成为家乡修建碉楼与侨墟的主要资金来源；开平碉楼与村落于2007年列入世界遗产名录。
        孙中山先生早年多次往返南洋，在新加坡晚晴园及槟城等地与华侨会馆人士筹划革命、募集经费，不少同乡会馆因此与辛亥革命结下渊源。
        新加坡福建会馆在陈嘉庚先生担任主席期间（1929年起）大力兴办教育，道南学校、爱同学校及崇福女校均获会馆支持，成为宗乡团体办学的典范。
        槟城龙山堂邱公司创立于1851年，现存大宗祠于1906年重建落成，雕梁画栋，是马来西亚最具代表性的宗祠建筑之一，现位于乔治市世界遗产区内。
        吉隆坡陈氏书院（陈氏宗祠）于1906年落成，由当地陈姓侨领集资兴建，屋脊装饰有精美的石湾陶塑，是吉隆坡著名的华人古迹之一。
        香港新界五大族指邓、文、廖、侯、彭五姓，其中锦田邓氏据传于北宋年间迁入；屏山文物径沿途可参观邓氏宗祠、愈乔二公祠及聚星楼。
        1950年代大批内地移民涌入香港，各地同乡会纷纷成立，为新来港乡亲提供介绍工作、代写家书、施棺助殓及子弟助学等互助服务，影响深远。
        胡文虎先生以虎标万金油起家，战前在新加坡、香港等地捐资兴建学校与医院，其创办的《星岛日报》于1938年在香港创刊，至今仍在出版。
        本会于1952年依香港《社团条例》注册，首任会长为旅港侨商，会址初设于上环文咸东街一幢唐楼，1978年购入油麻地上海街现址并沿用至今。
        1967年本会设立助学金，首年资助中学生二十名，每名港币一百元；截至2026年累计颁发奖学金逾四千三百份，总额超过港币一千二百万元。
        宗亲会源于传统宗族组织，以同姓为纽带，常以郡望命名，例如陇西李氏、颍川陈氏、江夏黄氏、太原王氏、清河张氏，反映先祖发源之地。
        澳门卢家大屋建于1889年，原为商人卢华绍（卢九）家族的大宅，现由澳门特区政府文化局管理并开放参观，是了解澳门华商宗族生活的重要古迹。
    """),
    ("ms", "notis_persatuan_suku_kaum"): _lines("""
        NOTIS: Persatuan Kebajikan Keluarga Lee Pulau Pinang akan mengadakan upacara sembahyang Cheng Beng pada 4 April 2027 (Ahad), 8.00 pagi, di tanah perkuburan Batu Gantung, George Town.
        Yuran keahlian tahun 2027 ialah RM30 bagi ahli biasa dan RM300 bagi ahli seumur hidup; bayaran boleh dibuat melalui DuitNow QR persatuan (No. Pendaftaran ROS: PPM-007-07-14031987).
        Permohonan Biasiswa Persatuan bagi pelajar SPM dan STPM kini dibuka; borang boleh diambil di pejabat persatuan, 32 Lebuh Cannon, 10200 George Town, Isnin hingga Sabtu, 9.30 pagi hingga 5.00 petang.
        Dewan persatuan boleh disewa untuk majlis perkahwinan, hari jadi dan mesyuarat; kadar sewa RM800 sehari bagi ahli dan RM1,200 sehari bagi bukan ahli, termasuk 30 meja bulat dan sistem PA.
        Sebarang pertanyaan sila hubungi pejabat persatuan di talian 04-261 8837 atau WhatsApp rasmi persatuan 012-418 7702 (mesej sahaja, dibalas dalam waktu pejabat).
        Rumah Kongsi Khoo di Lebuh Cannon dibuka kepada pelawat setiap hari; sila semak laman web rasmi Khoo Kongsi untuk waktu lawatan dan harga tiket masuk yang terkini.
        Mesyuarat Agung Tahunan ke-45 akan diadakan pada 16 Mei 2027 (Ahad), 10.00 pagi; agenda termasuk pengesahan minit, penyata kewangan berakhir 31 Disember 2026 dan pemilihan jawatankuasa sesi 2027-2029.
        Peringatan: Mengikut Akta Pertubuhan 1966, persatuan wajib menyerahkan penyata tahunan (Borang 9) kepada Jabatan Pendaftaran Pertubuhan Malaysia dalam tempoh 60 hari selepas mesyuarat agung.
        Sumbangan khairat kematian sebanyak RM500 diberikan kepada waris ahli yang meninggal dunia; permohonan mesti dibuat dalam tempoh tiga bulan bersama salinan sijil kematian yang disahkan.
        Jamuan makan malam sempena Tahun Baru Cina akan diadakan di Restoran Hai Keng Ho, Jalan Macalister, pada 20 Februari 2027; harga RM1,288 semeja untuk 10 orang, tempahan sebelum 5 Februari.
        Kumpulan WhatsApp "Ahli Keluarga Lee PP" hanya untuk makluman rasmi persatuan; sila jangan kongsi gambar peribadi, nombor kad pengenalan atau maklumat kesihatan dalam kumpulan ini.
        Resit rasmi No. PKL/2027/00458 dikeluarkan bagi sumbangan RM2,000 kepada Tabung Pendidikan; sumbangan ini layak mendapat potongan cukai di bawah subseksyen 44(6) Akta Cukai Pendapatan 1967.
        Jadual bas ke tanah perkuburan: bas pertama bertolak dari KOMTAR jam 7.00 pagi dan bas kedua jam 7.45 pagi; tambang RM10 pergi balik, sila tiba 15 minit lebih awal di hentian bas.
    """),
    ("mixed", "帛金花牌及殯儀服務發票"): _lines("""
        發票 INV-FL-270318-022｜「永恆花藝」Eternity Florist Ltd.｜花牌（直徑5呎，白菊配黃菊）x1 HK$1,380；花籃（中型）x2 HK$1,160；總額 HK$2,540｜Bill to: 旅港恩平同鄉會
        Invoice No. 2027/0415｜新華印務有限公司 (BR No. 31827465)｜春祭場刊 A5 28pp 四色 x 500本 @HK$9.60 = HK$4,800；運費 HK$150；Total HK$4,950，payment due in 30 days
        萬福殯儀服務有限公司 Quotation Q-27-0091：禮堂（細堂）租用一晚 HK$9,800、道教法事（半夜）HK$6,500、靈車 HK$3,200；報價有效期30天，不包括帛金回禮及花牌。
        Receipt R-88231｜利源吉儀用品｜吉儀（糖果連一元硬幣，白色小封包裝）x 300份 @HK$2.80；帛金白信封 x 500個 @HK$0.50；合共 HK$1,090.00，現金已付
        Payment advice｜FPS ref FRN20270318PAYC0114587236｜From: 旅港恩平同鄉會 To: Eternity Florist Ltd.｜Amount HK$2,540.00｜Status: Completed 2027-03-18 15:42 HKT
        採購單 PO-2027-031：致 陳意齋｜杏仁餅禮盒 x 60盒（春茗抽獎禮品），單價HK$88，合共HK$5,280，交貨日期2027年4月2日，送貨至油麻地上海街328號會所4樓。
        發票號碼 SB-20270405-07｜陳記燒臘｜燒豬（約40斤）x2 @HK$1,980 = HK$3,960｜祭祀用金豬加紅花及彩帶，免費｜交貨：2027年4月5日 06:30 門市自取
        Tax invoice SG-INV-00772 | Nanyang Heritage Tours Pte Ltd (UEN 201734512K) | 福建尋根團 Singapore-Xiamen-Quanzhou, 12 pax x S$1,580 | GST 9% included | Total S$18,960.00
        報價單 Q-2027-0066｜金都海鮮酒家到會｜秋祭聯歡宴 12席 x HK$5,388，包括鴻運乳豬全體、清蒸東星斑、鮑汁扣花菇；另加一服務費；按金30%，餘款宴後7天內結清。
        Credit note CN-0419 issued by Eternity Florist Ltd.: refund HK$580 for 1 x medium flower basket cancelled on 2027-03-19; original invoice INV-FL-270318-022, refunded via FPS.
        電費單 Electricity bill｜中華電力有限公司｜帳戶號碼 3018 2745 66（旅港恩平同鄉會 會所）｜用電 1,236 kWh｜應繳 HK$2,384.60｜到期日 2027-03-28
        Invoice # MY-2027-118 | Syarikat Percetakan Hong Kee Sdn Bhd (201501023456) | 會訊 newsletter Bil. 45, 1,000 naskhah @ RM1.85 | Jumlah RM1,850.00, bayar dalam 30 hari
        收據 Receipt No. TSK-27-0315｜「福壽長」香燭紙紮｜元寶 x 20紮、衣紙套裝 x 15套、大香 x 30枝，合共 HK$1,465｜付款方式：會方支票 000322｜經手：總務部
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        會員名冊：會員編號 EP-03127｜李國雄｜男｜1958年生｜住址：新界葵涌石蔭邨安泰樓1812室｜手提 9472 6318｜永遠會員（1986年入會）
        各位鄉親：本會永遠會員關錦泉先生於3月2日在伊利沙伯醫院病逝，享年八十一歲，定於3月16日假紅磡世界殯儀館設靈，如需聯絡請找其子關偉文先生。
        帛金登記：林太（黃秀娟）HK$500、何生夫婦HK$300、阿芬HK$200，全部已轉交喪家，收據編號 BK-2027-014至016。
        獎學金得主：陳詠琪（中六），HKDSE考獲5**x4，其父陳志強為本會普通會員（會員編號 EP-05512），頒獎當日由母親代領。
        阿明佢老豆欠咗會所三年會費，仲話唔夠錢交租，聽講佢喺觀塘做地盤畀人炒咗，大家唔好喺群度提住。
        張伯（張德輝，八十七歲）上個月中風入咗瑪嘉烈醫院，而家住喺葵涌一間護老院，秋祭應該去唔到，理事會建議送果籃慰問。
        租用登記表：租用人 鄧美玲，香港身份證號碼 Y403718(7)，聯絡電話 6381 2297，活動：外孫彌月宴，2027年5月8日晚上7時至11時，禮堂。
        獎學金申請人梁浩然附件：父親梁志明失業逾一年，家庭月入約HK$9,800，領取綜援，另附醫生證明其母患有抑鬱症。
        族譜更新：第廿三世 李錦華（1949年生，住屯門湖景邨湖昌樓），配 周玉蓮，長子 李家豪（1976年生，現居溫哥華），次女 李家欣。
        唔該大家幫手，我阿媽何桂英上星期喺深水埗跌親，而家瑪麗醫院骨科病房，有空可以去探吓佢，有咩事搵我 9163 0485（細佬阿Ken）。
        繳費記錄：EP-02281 黃志偉 以轉數快繳付永遠會員費 HK$1,500，付款帳戶 滙豐 004-512-387264-838，2027-02-14 已入帳。
        理事會會議紀錄（機密）：司庫蔡振邦先生承認挪用會所租金約HK$46,000作私人用途，同意分十二期償還，並即時辭去司庫一職。
        林太話佢個女林嘉敏同老公鬧緊離婚，想借會所二樓搞個簡單飲宴，唔想太多人知，叫我哋唔好出通告。
        秋祭泊車證：車牌 PK 8276，車主 鍾偉傑（理事），聯絡電話 5408 7731，請於當日上午7時半前到達山腳停車場。
        「陳sir」即陳啟明，前任秘書長，住大埔廣福邨廣仁樓，去年醉駕被捕，法庭判咗停牌兩年，所以今屆冇參選理事。
        收據：茲收到 伍淑儀女士 交來帛金 HK$1,000，致祭 先父 伍炳坤老先生，收據號 BK-2027-021。
        澳門分會新會員：黃少芬，澳門居民身份證 5215803(2)，住址：澳門黑沙環新街海濱花園第三座12樓B，電話 +853 6628 4170。
        台灣宗親回鄉團報名：鄭雅婷，身分證字號 F228175044，出生日期 1991-06-23，手機 0912-538-604，需素食，護照2027年8月到期。
        劉生（劉家輝）今年春茗抽中頭獎，但佢話唔想公開名，因為佢而家仲揹住十幾萬卡數，怕財務公司搵上門。
        會員 P736201(7) 已於2027年1月補交三年會費，請更新系統狀態為 ACTIVE。
    """),
    "en": _lines("""
        Scholarship shortlist (confidential): Chloe Tsang Hoi-yan, Form 6, predicted 5** in Chemistry; mother Tsang Mei-ling is a life member, household income HK$21,400 a month.
        Please update the roster: Mr. Raymond Kwan Wing-kit has moved to Flat 7C, Block 2, Laguna City, Kwun Tong; new mobile 9836 4102, email raymond.kwan.wk@gmail.com.
        Condolence money received from Mrs. Irene Ho for the family of the late Mr. Ho Kam-cheung: HK$800 by personal cheque no. 204417 drawn on Hang Seng Bank.
        Hall booking: applicant Derek Lui, HKID R227645(2), for his father's 80th birthday banquet on 12 June 2027; deposit HK$2,000 paid by FPS from account 012-875-1-047326-9.
        Note for directors: Uncle Sam (Mr. Lam Sum-wah) was diagnosed with stage 3 colon cancer last week and asked that we do not mention it at the AGM.
        Singapore branch member: Tan Wei Ming, NRIC S7341286B, Blk 34 Toa Payoh Lorong 4 #08-217, Singapore 310034, tel +65 9172 4408.
        Member EP-04478 (Jason Mak) still owes the association HK$12,600 from the 2024 hall damage claim and has missed three instalments.
        [14/03/2027, 21:07] Kelvin Chau: Sorry guys, my wife is pregnant again, due in September, so I can't lead the autumn grave sweeping this year.
        Bounce: mail to wong.siulan1962@yahoo.com.hk returned (mailbox full); please phone Mrs. Wong on 2345 8876 to confirm her new address.
    """),
    "zh-Hans": _lines("""
        回乡祭祖团报名表：李志刚，身份证号 44078519710922563X，手机 138 2617 4590，住址 广东省恩平市恩城街道新平北路38号2栋502。
        内地生奖学金申请：黄思颖，身份证 440783200503121267，中山大学药学院大三，父亲在开平务工月收入约4,500元，母亲长期透析治疗。
        @陈桂芳 阿姨，您上次说的那笔三万块借款，您儿子陈伟到现在还没还，会长让我私下提醒一下。
        族谱录入：第二十四世 关海生，1963年4月18日生，身份证 440783196304182711，现居开平市赤坎镇，育有一子一女。
        汇款记录：收款人 梁秀英，中国工商银行恩平支行，卡号 6222 0220 0301 4857 215，用途：本会慰问金人民币2,000元（其夫病逝）。
        族亲吴德明在东莞工厂被拖欠工资八个月，已申请劳动仲裁，请大家不要外传，他老婆也不知道这件事。
        回乡探亲登记：何美华，港澳居民来往内地通行证 H60284719，乘坐3月28日 09:15 西九龙至广州南 G6542次 07车12F座。
        老乡杨国平因赌博欠下高利贷，上月在澳门被警方拘留，家属希望同乡会出面担保，联系电话 +853 6832 0917（其妻）。
    """),
    "ms": _lines("""
        Senarai ahli baharu: Lim Ah Kow, No. KP 590823-07-5183, alamat 23 Lorong Kampung Baru, 11400 Ayer Itam, Pulau Pinang, telefon 016-452 8813.
        Permohonan biasiswa daripada Tan Mei Ling (SPM 2026, 9A), anak kepada Tan Chee Keong yang kini menganggur selepas diberhentikan kerja di kilang Prai.
        Khairat kematian RM500 telah dimasukkan ke akaun Maybank 1570 2214 8863 atas nama Wong Siew Fong, balu mendiang Chong Kah Wai.
        Ahli jawatankuasa Encik Ooi Boon Hock dimasukkan ke Hospital Pulau Pinang kerana serangan jantung semalam; keluarga minta jangan melawat buat masa ini.
        Sewa dewan: penyewa Puan Khoo Bee Leng, IC 680415-08-6022, majlis perkahwinan anak perempuannya pada 21 Ogos 2027, deposit RM500 dibayar tunai.
        Kereta PKN 3172 milik Sdr. Goh Teck Seng diletakkan di petak persatuan tanpa kebenaran selama dua minggu; sila hubungi beliau di 012-709 3356.
    """),
    "mixed": _lines("""
        各位好，我係新加坡分會嘅 Serene Lim，NRIC T0519843C，想報名今年4月回恩平祭祖，我本 passport 6月到期，使唔使換咗先？
        EP-06133,麥嘉慧,Mak Ka Wai,F,1988-11-02,+852 6519 2038,makkw88@outlook.com,Tsuen Wan,ORD,OVERDUE
        2027-03-09T11:14:03+08:00 INFO scholarship-api application received applicant="Leung Hoi Ching" hkid="K582913(5)" phone="+852 9260 4471"
        Bereavement fund｜deceased: 許振輝 (Hui Chun-fai), 72｜next of kin: 許麗珊 (daughter)｜payout HK$3,000 to BOC a/c 012-602-0-094418-3｜approved 2027-02-20
        Uncle Wong（黃德成）喺KL陳氏書院附近跌倒，已送 Hospital Kuala Lumpur ICU，家人話佢 MyKad 係 540311-14-5227，要同鄉會幫手聯絡香港親戚。
        FIN G5527310W — Mr. Zhou Jianjun, work permit holder from Fujian, applying for Singapore branch associate membership; employer Sin Hock Construction Pte Ltd, salary S$2,150/month.
        台灣宗親聯絡：吳俊賢 Wu Chun-hsien，Line ID junhsien0815，手機 0933-217-406，身分證 E130266182，住台中市北屯區崇德路三段126巷8號4樓。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你係旅港恩平同鄉會辦事處嘅文書助理，用繁體中文（香港）幫職員草擬信件同通告，語氣要莊重得體。",
        ),
        (
            "user",
            "幫我寫一封慰問信畀林黃秀珍女士，佢先生林啟昌上星期喺屯門醫院過身，係本會三十年永遠會員。我哋會送帛金HK$1,000同花牌一個，佢屋企地址係屯門友愛邨愛德樓1506室。",
        ),
        (
            "assistant",
            "林黃秀珍女士台鑒：驚悉　尊夫林啟昌先生仙遊，同人等不勝哀悼。林先生入會三十載，熱心會務，德望素孚。謹奉上帛金港幣壹仟元及花牌一座，聊表寸心，尚祈節哀順變。旅港恩平同鄉會　敬唁。信封可寫「屯門友愛邨愛德樓1506室　林黃秀珍女士　禮啟」。",
        ),
        ("user", "唔該，信尾加一句話喪禮當日本會會派代表出席。"),
        (
            "assistant",
            "已加入：「出殯當日，本會將派理事代表親臨致祭。」其餘內容不變，列印後請理事長簽署。",
        ),
    ],
    [
        (
            "user",
            "Can you draft a short e-mail telling a student she won our clan scholarship? Her name is Natalie Yeung Sze-wing, e-mail natalie.yeung.sw@gmail.com, she gets HK$8,000 for her first year at HKU.",
        ),
        (
            "assistant",
            "Subject: Congratulations on your 2027 Clan Scholarship. Dear Natalie, we are delighted to tell you that you have been awarded the 2027 Clan Scholarship of HK$8,000 for your first year at the University of Hong Kong. Please join us at the award ceremony on Saturday 19 June 2027, 3:00 p.m., at the Association hall, and reply to confirm your attendance. With warm regards, Scholarship Committee",
        ),
        (
            "user",
            "Great. Should I cc her mother? Her mum's email is yeung.family88@netvigator.com.",
        ),
        (
            "assistant",
            "Since Natalie is an adult university student, it is better to write to her directly and only copy her mother if Natalie agrees. If you do copy in yeung.family88@netvigator.com, use Cc rather than putting both addresses in the To line.",
        ),
    ],
    [
        (
            "system",
            "You are a spreadsheet helper for a Hong Kong clan association. Reply in the user's language.",
        ),
        (
            "user",
            "幫我將以下會員資料轉成表格：EP-07211 周潔儀 女 1979-04-02 9281 5530 黃大仙竹園南邨榮園樓1103室；EP-07212 馮家樂 男 1983-12-19 6672 0184 將軍澳尚德邨尚明樓2207室",
        ),
        (
            "assistant",
            "會員編號｜姓名｜性別｜出生日期｜電話｜地址；EP-07211｜周潔儀｜女｜1979-04-02｜9281 5530｜黃大仙竹園南邨榮園樓1103室；EP-07212｜馮家樂｜男｜1983-12-19｜6672 0184｜將軍澳尚德邨尚明樓2207室",
        ),
        ("user", "可唔可以順便加一欄「會籍類別」，兩個都係普通會員。"),
        (
            "assistant",
            "已加入最後一欄「會籍類別」，兩行均填「普通會員」。如表格會喺WhatsApp群傳閱，建議刪走地址同出生日期兩欄。",
        ),
    ],
    [
        (
            "user",
            "我哋會所上個月租咗畀一位 Derek Lui 搞壽宴，佢留低咗身份證副本 R227645(2)，而家按金HK$2,000要退，but the hall had a broken chair. Can we deduct HK$300?",
        ),
        (
            "assistant",
            "可以，但要按租用條款處理：先列明損毀項目（一張摺椅）、維修或更換報價，然後書面通知租用人扣除HK$300，餘額HK$1,700以原付款方式退還。另外，根據《個人資料（私隱）條例》，完成退款後應銷毀該身份證副本，唔好繼續存檔。",
        ),
        ("user", "OK, please write the WhatsApp message to him. His number is 9057 3321."),
        (
            "assistant",
            "Lui先生你好，我係旅港恩平同鄉會會所管理處。多謝你5月租用禮堂。由於當晚有一張摺椅損毀，按租用條款需扣除維修費HK$300，餘下按金HK$1,700將於14個工作天內經轉數快退回你原付款帳戶。如有疑問歡迎致電2771 3048。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu setiausaha Persatuan Kebajikan Keluarga Lee Pulau Pinang. Tulis dalam Bahasa Melayu yang sopan.",
        ),
        (
            "user",
            "Tolong tulis notis takziah untuk kumpulan WhatsApp. Ahli kita Encik Lee Chong Hin, 78 tahun, meninggal dunia semalam di rumahnya di Jalan Perak. Upacara pengebumian 12 Mac di Batu Gantung. Anak lelakinya Lee Wai Keat boleh dihubungi di 012-556 2190.",
        ),
        (
            "assistant",
            "Dengan rasa dukacita, persatuan memaklumkan pemergian ahli kita, Encik Lee Chong Hin (78 tahun), semalam. Upacara pengebumian akan diadakan pada 12 Mac 2027 di tanah perkuburan Batu Gantung. Ahli yang ingin menyampaikan takziah boleh menghubungi anak mendiang, Encik Lee Wai Keat, di 012-556 2190. Semoga keluarga diberi ketabahan.",
        ),
        ("user", "Boleh tambah bahawa khairat kematian RM500 akan diberikan?"),
        (
            "assistant",
            "Tambahan: Persatuan juga akan menyampaikan sumbangan khairat kematian sebanyak RM500 kepada waris mendiang. Saya cadangkan alamat rumah mendiang tidak disebut dalam kumpulan WhatsApp.",
        ),
    ],
    [
        (
            "user",
            "你好，我是恩平的宗亲，想报名香港同乡会的清明回乡祭祖团。我叫梁丽娟，身份证 440785198806053129，手机 139 2285 6071，需要准备什么？",
        ),
        (
            "assistant",
            "梁女士您好。清明祭祖团是在恩平当地集合，您无需办理来港手续。一般需要：一、向同乡会登记姓名和联系电话；二、确认所属村名及房派，方便安排拜祭次序；三、当日带身份证以备核对。身份证号码建议只在正式报名表上填写，不要发在群聊里。",
        ),
        ("user", "好的。我奶奶身体不好，坐轮椅，可以一起去吗？"),
        (
            "assistant",
            "可以，建议报名时注明需要轮椅协助，同乡会可安排较平坦的路线或在祠堂内拜祭，并预留车上位置。",
        ),
    ],
    [
        ("system", "你係一個協助宗親會管理WhatsApp群組嘅助手，要中立、保護會員私隱。"),
        (
            "user",
            "群入面有人貼咗張相，講「黃兆基欠我兩萬蚊唔還，佢住喺荃灣梨木樹邨，大家小心」，仲有佢電話 6730 2841。我係admin，點處理好？",
        ),
        (
            "assistant",
            "建議即時刪除該訊息同相片，因為公開他人住址、電話同債務糾紛可能違反群規，亦涉及《個人資料（私隱）條例》下嘅起底問題。然後私訊發帖人，解釋群組只作會務用途，私人借貸請自行循小額錢債審裁處等途徑處理。",
        ),
        ("user", "幫我寫一段群公告。"),
        (
            "assistant",
            "【群組公告】各位宗親：本群只用於會務通知及交流。請勿張貼任何人嘅住址、電話、身份證或私人糾紛，相關訊息會被刪除，屢勸不改者將被移出群組。多謝合作。管理員 敬啟",
        ),
    ],
    [
        (
            "system",
            "You help the Singapore branch secretary. Member on file: Ong Kian Huat, NRIC S8915026D, 55 Bedok North Ave 4 #11-352, Singapore 460055, mobile +65 8261 3094, life member since 2011, recent kidney transplant.",
        ),
        (
            "user",
            "Please draft a WhatsApp message inviting Mr Ong to the Qing Ming dinner, but keep it friendly.",
        ),
        (
            "assistant",
            "Hi Mr Ong, this is the Singapore branch secretary. We warmly invite you to our Qing Ming dinner on Saturday 3 April 2027, 7:00 p.m. Please let us know if you can join us and if you have any dietary needs. Hope to see you there!",
        ),
        ("user", "Should I mention his transplant so the restaurant prepares a low-salt menu?"),
        (
            "assistant",
            "Better not to mention his medical condition in the message. Ask him privately whether he needs a special meal, and just tell the restaurant you need one low-salt set without saying why.",
        ),
    ],
    [
        (
            "user",
            "我想更新族譜，幫我整理成族譜格式：第廿五世 李偉明，1982年生，配 陳嘉欣，育有一子李子軒（2012年生），現居沙田第一城；李偉明哥哥李偉強2019年因癌症過身。",
        ),
        (
            "assistant",
            "第廿五世：李偉強（已故，2019年卒）；李偉明（1982年生），配 陳氏嘉欣；第廿六世：李子軒（2012年生）；現居：香港沙田第一城。建議族譜刊印本只寫至地區（例如「沙田」），唔好寫屋苑名同死因。",
        ),
        ("user", "好，死因刪走，地址都只寫沙田。"),
        (
            "assistant",
            "已修訂：李偉強（已故，2019年卒）；李偉明（1982年生），配 陳氏嘉欣；子 李子軒（2012年生）；現居香港沙田。",
        ),
    ],
    [
        ("system", "你係旅港恩平同鄉會嘅投訴處理助手，回覆要有禮貌，可以中英夾雜。"),
        (
            "user",
            "收到會員伍志輝先生嘅投訴信，佢住喺會所樓上五樓A室，話星期六晚上禮堂壽宴搞到十二點仲好嘈，佢有心臟病要早瞓，phone 9418 6623。Please summarise and suggest a reply.",
        ),
        (
            "assistant",
            "Summary：伍志輝先生（會所樓上5A住戶）投訴星期六晚禮堂壽宴噪音持續至午夜，影響其休息（有健康理由）。建議回覆：致歉、說明租用條款規定活動須於晚上11時前結束、會向該租用人發警告，並承諾日後週末活動後期會調低音響。可致電9418 6623親自致歉，書面回覆則毋須提及其病況。",
        ),
        ("user", "幫我寫埋個電話開場白。"),
        (
            "assistant",
            "伍生你好，我係同鄉會會所管理處，收到你嘅信，真係唔好意思星期六晚嘈住你休息。我哋已經同租用人跟進，之後所有活動一定會喺十一點前完場。",
        ),
    ],
]
