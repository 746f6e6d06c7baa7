# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix71: choirs, orchestras and music ensembles in SG/MY/HK/TW. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix71
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "audition notice"): _lines("""
        Singapore Youth Choir Ensemble Singers — 2026 auditions are open to singers aged 16–25; prepare one art song in any language and expect a short sight-singing exercise.
        Audition requirements (Violin): two contrasting movements of unaccompanied Bach, one concerto exposition, three-octave scales up to four sharps or flats.
        Results will be released on the portal by 28 Feb; we regret that we cannot give individual feedback to unsuccessful candidates.
        Candidates under 18 must bring a signed parental consent form, which can be downloaded from the Forms section of our website.
        Audition venue: Orchestra Studio, Level 4, Esplanade Annexe, 1 Esplanade Drive, Singapore 038981. Please arrive 20 minutes before your slot.
        Slots available: Sat 11 Jan 9:00am–5:00pm and Sun 12 Jan 1:00pm–6:00pm, 10-minute slots, first come first served.
        Hong Kong Youth Symphony Orchestra brass audition excerpts: Mahler 1 (horn), Pictures at an Exhibition (trumpet), Boléro (trombone).
        Application reference AUD-2026-0417 has been received. Keep this number for any enquiry about your slot.
        Please do not bring your own accompanist; a staff pianist will be provided. Accompaniment scores must be taped together, not loose sheets.
        Sight-reading for percussion will include snare, timpani (tuning provided) and a four-mallet marimba passage.
        Audition form fields: Full name (as in NRIC/Passport) ________ | Date of birth __/__/____ | Voice part: S / A / T / B | Years of choral experience ____
        Enquiries: auditions@syc-ensemble.org.sg or 6338 1420 (office hours, Mon–Fri 10am–6pm).
        Candidates holding ABRSM Grade 8 with Distinction or equivalent may skip the aural test; bring a photocopy of the certificate.
        Applicants in 2025: 312; accepted: 58 (19%). Demand was strongest for viola and double bass places.
    """),
    ("zh-Hant", "concert programme"): _lines("""
        【節目】黃友棣《問鶯燕》｜蕭泰然《出外人》｜台灣民謠《丟丟銅仔》｜演出者名單見場刊第 12 頁
        演出日期：2025年12月20日（六）19:30｜地點：國家音樂廳（台北市中山南路21-1號）｜全長約 100 分鐘，含中場休息 15 分鐘
        場刊說明：馬勒《第二號交響曲「復活」》第五樂章需要女高音、女中音獨唱及大型混聲合唱。
        梵志登（Jaap van Zweden）於 2012 至 2024 年間擔任香港管弦樂團音樂總監。
        曲目解說：江文也《台灣舞曲》作於 1934 年，1936 年在柏林奧運藝術競賽中獲得榮譽獎。
        演出期間請勿拍照、錄音或錄影；遲到觀眾須待適當時候方可進場。
        香港文化中心音樂廳｜尖沙咀梳士巴利道10號｜票價 HK$380 / 280 / 180 / 120（全日制學生、六十歲或以上長者半價）
        安可曲：《月亮代表我的心》（混聲合唱改編版），原唱為鄧麗君。
        本節目由香港藝術發展局資助；節目內容並不反映本局意見。
        第二部分：布拉姆斯《德意志安魂曲》作品45，以德文演唱，中英文字幕投影於舞台上方。
        場刊 ISBN 978-986-05-1234-2，定價 NT$150，於音樂廳大廳服務台販售。
        本團編制：女高音 18 人、女低音 16 人、男高音 11 人、男低音 13 人，共 58 人。
        建議六歲以上觀眾入場 / 館內禁止飲食 / 演出後設有演後座談，約 20 分鐘
    """),
    ("zh-Hans", "rehearsal schedule"): _lines("""
        12月排练安排：每周六 2:00pm–5:00pm 合奏，每周三 7:30pm–9:30pm 分部排练，地点 新加坡华乐团 音乐会堂 排练室。
        分部排练：吹管组 Room B1，弹拨组 Room B2，拉弦组 主排练厅，打击乐 Studio 3。
        12月14日总彩排在 维多利亚音乐厅 进行，下午 1 点进场调音，服装为黑色演出服。
        请各声部长于周五前确认出席人数，缺席三次以上者不得参加年终音乐会。
        本季曲目：《春节序曲》（李焕之）、《花好月圆》（黄贻钧）、《瑶族舞曲》（刘铁山、茅沅）、《丝绸之路》。
        调音标准 A=440Hz；二胡请提前换好新弦，琵琶请检查品位是否松动。
        排练室开放时间 9:00–22:00，钥匙请向行政办公室领取，用后归还。
        周六排练临时改到 3:30pm 开始，因为场地上午借给考试使用。
        全团合照定于 11 月 30 日排练后进行，请穿团 T-shirt，时长约 15 分钟。
        乐谱已上传至共享文件夹（链接见公告栏），请自行打印 A4 双面。
        排练迟到 15 分钟以上算缺席一次；病假需补交医生证明。
        吉隆坡青年华乐团 联合演出：1月18日 晚上 8 点，地点 吉隆坡表演艺术中心（klpac）。
        排练进度表 v3.2（2025-11-20 更新）：第 1–4 周《春节序曲》，第 5–8 周《丝绸之路》，第 9 周起全曲连排。
    """),
    ("ms", "pengumuman dan biasiswa"): _lines("""
        Permohonan Biasiswa Muzik Yayasan Seni 2026 kini dibuka untuk pelajar berumur 13 hingga 19 tahun; tarikh tutup 31 Januari.
        Syarat: warganegara Malaysia, lulus Gred 5 teori muzik, dan pendapatan isi rumah tidak melebihi RM5,000 sebulan.
        Latihan koir ditangguhkan minggu ini kerana Dewan Filharmonik PETRONAS digunakan untuk majlis rasmi.
        Uji bakat Orkestra Belia Malaysia akan diadakan di Kuala Lumpur, Johor Bahru dan Kota Kinabalu pada bulan Mac.
        Peserta dikehendaki membawa salinan MyKad atau sijil kelahiran dan dua keping gambar berukuran pasport.
        Sila isi borang: Nama penuh ________ No. MyKad ______-__-____ Sekolah ________ Alat muzik ________
        Konsert Amal Irama Malaysia menampilkan lagu-lagu P. Ramlee dan Sudirman dengan iringan orkestra penuh.
        Harga tiket: RM50 (dewasa), RM25 (pelajar), percuma untuk kanak-kanak bawah 6 tahun.
        Nombor rujukan permohonan anda ialah BSM-2026-00873; sila gunakan nombor ini untuk semakan status.
        Keputusan uji bakat akan diumumkan melalui laman web rasmi dalam tempoh tiga minggu.
        Pertanyaan: urusetia@koirbeliaselangor.org.my atau 03-5510 2286 (waktu pejabat).
        Statistik 2025: 420 pemohon, 65 berjaya; 40% daripada mereka dari luar Lembah Klang.
        Pakaian seragam koir: baju kurung atau baju Melayu warna biru laut, kasut hitam bertutup.
    """),
    ("mixed", "group chat"): _lines("""
        guys sectional tmr 改到 7:30pm, Room B2, 记得带 pencil 和 eraser ah
        之前讲的 black folder 已经到货了, collect from the office after rehearsal, $12 each
        聽日 dress rehearsal 幾點 call time? 係咪 5pm 喺 backstage 集合？
        Anyone knows 明天 Esplanade 那边 parking 会不会 full? Concert 8pm, traffic sure teruk.
        Reminder: 请大家 download the new score version, bar 48–64 有改 dynamics, pp → p
        Tenors pls stay back 15 mins after rehearsal, conductor 要 go through the divisi at letter F.
        Alamak 今天 Circle Line delay again, start warm-up first, don't wait ok
        有冇人可以借 music stand? 我哋 sectional 唔夠 stand 用
        Concert attire: all black, no sparkly shoes, 长头发要绑起来 ya
        Makan after concert? Jalan Alor 那边 open until late, RSVP in this thread by Friday.
        Photos from Saturday's concert uploaded to the shared album, link in group description 👆
        Tuning note 用 A=442 还是 440? 上次 hall 的 piano 是 442 leh
        Bus for tour departs 6:30am sharp from school gate, 迟到 no wait ah
        Pls vote for 年终 party date: 20 Dec (Sat) or 21 Dec (Sun), poll closes Wed
    """),
    ("en", "policy and handbook"): _lines("""
        Members must attend at least 80% of rehearsals in a concert cycle to be eligible to perform in that concert.
        Personal data collected on the membership form is used only for administration, insurance and emergency contact, and is deleted two years after a member leaves.
        Loaned instruments remain the property of the orchestra and must be returned in the same condition; damage beyond normal wear is charged at cost.
        Subscription fees: S$240 per term for adults, S$150 for students; siblings receive a 10% discount.
        Tour insurance covers medical expenses up to S$200,000 and trip cancellation up to S$5,000 per member.
        Minors on overseas tours must be accompanied at a ratio of one chaperone to eight students.
        Photography policy: concert photos may be used in publicity; members who prefer not to be featured should inform the committee in writing.
        Complaints about conduct should be directed to the Welfare Officer and will be handled confidentially within 14 working days.
        The society is registered with the Registry of Societies (UEN T09SS0127C) and holds IPC status until 2027.
        Recording consent: live-streamed concerts are archived for 12 months on the ensemble's YouTube channel.
        The Scholarship Committee comprises the Music Director, two external adjudicators and the Treasurer; its decisions are final.
        Members who miss three consecutive rehearsals without notice will be asked to re-audition.
        The annual general meeting will be held on 25 January 2026; quorum is one-third of ordinary members.
    """),
    ("mixed", "tickets and orders"): _lines("""
        SISTIC booking ref 2512-4471-0398 | Victoria Concert Hall | Stalls B, Row H, Seats 14–15 | S$45 x 2
        KKTIX 訂單編號 KT2511093318472，付款狀態：已付款，票種：全票 NT$800 x 1
        URBTIX 交易編號 U5E1208339174，香港大會堂音樂廳，12月21日 8pm，HK$280
        Invoice INV-2025-0913 — 40 copies Fauré Requiem (vocal score), RM1,680.00, payment due in 30 days
        Tracking no. RR418273368SG — score shipment from the publisher, 预计 3–5 working days 到
        Instrument shipment HS code 9202.10 (bowed string instruments), declared value USD 3,200, case ref CS-88211
        PO #45019 to Yamaha Music Malaysia: 2 x YTR-2330 trumpets, 1 x YSL-354 trombone, 交货期 6 weeks
        Promo code CHOIR25 gives 25% off Cat 2 & 3 tickets, valid till 15 Dec 2025 23:59
        E-ticket ID 8821 3390 5521 0046 — scan at Door 3, 一票一人, no re-entry
        Refund case #RF-20251114-0072 approved; amount returned to original payment method within 7–14 days.
        Coach booking 38 pax, Kuala Lumpur → Penang, quotation QT-7731, RM4,560 termasuk tol.
        訂購《聖誕頌歌集》混聲合唱譜 ISMN 979-0-2201-4736-4 x 60 本，團體價 HK$68 一本
        票務查詢請致電城市售票網熱線 3761 6661（每日 10am–8pm）
    """),
    ("zh-Hant", "cantonese FAQ"): _lines("""
        請問合唱團面試要唱咩歌？可唔可以揀流行曲？
        如果小朋友未夠 8 歲，可唔可以報兒童合唱團嘅預備班？
        團費可以用 FPS 轉數快 定係一定要入票？
        遺失團服補領手續：填表、繳 HK$150、兩星期後到辦公室取。
        問：考咗 ABRSM 樂理五級有冇用？答：報高級組一定要有，初級組唔需要。
        揀第一把小提琴：大人建議試 4/4 size，預算大約 HK$8,000 至 15,000，記得連弓一齊試。
        台灣音樂班術科考試一般考主修、副修、視唱、聽寫同樂理。
        樂團去台灣巡演，入台證點申請？網上申請，準備護照副本、近照同行程表，大約五個工作天。
        有冇人知大會堂後台有冇儲物櫃？樂器箱可以放邊度？
        男高音唱唔到 high A 點算？多練 mix voice，唔好硬推胸聲。
        我哋合唱團用 Google Form 收報名，點樣設定自動發確認 email？
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        AUDITION SLOT CONFIRMED | Name: LIM JIA HUI | NRIC: T0856104J | Part: Soprano 2 | Slot: Sat 11 Jan, 10:40am, Studio 2 | Parent contact: 9736 2184
        Rehearsal attendance 23/11 — absent with MC: Nurul Aisyah binti Kamarudin (dengue, warded at KTPH till Thursday); Marcus Teo (sprained wrist, no playing for 3 weeks).
        Scholarship shortlist note: Priya d/o Raman, Yr 3 cello, household per capita income $620/month, father retrenched in June — recommend full fee waiver.
        Tour manifest (Taipei, 18–24 Jun): ONG KAI XUAN, SG passport K4512987M, DOB 03/09/2008, vegetarian, allergic to peanuts
        Dear Mrs Rachel Goh, this is to inform you that your son Ethan Goh (Violin II) has been placed on probation after missing four consecutive sectionals.
        Instrument loan agreement — Loanee: Daniel Fernandez, 41 Jalan Kembangan #03-12, Singapore 419125; Instrument: 16-inch viola VA-07; Deposit S$300 received.
        Fee arrears Q3: Wong Mei Ling ($360), Hafiz bin Rosli ($240), Tan Shu Qi ($480). Hafiz's mum says she can only pay after her salary comes in on the 25th.
        Refund for the cancelled Penang tour will be credited to Mastercard 5402 8777 5732 9663 (cardholder JOANNE SEAH PEI WEN).
        Section leader feedback – Bryan Chua Wei Jie (Tenor 1): flat on the high A, late 5 times this term, spoke rudely to the accompanist on 2 Oct. Second warning issued.
        Emergency contact for chorister Chloe Lau (Alto, 14): mother Lau Siew Peng, +65 8291 4406, lau.siewpeng@gmail.com
        FIN G5530982K belongs to Kim Min-jun, the exchange student from Seoul joining the university symphony orchestra as principal horn this semester.
        Carpool after Saturday rehearsal: Uncle Raymond (SKQ4821B, grey Honda Freed) sends Jayden, Sophie and Aiden back to Punggol.
        Please PayNow the $85 choir camp fee to our treasurer Alvin Koh at 9648 3027 by Friday, and put your child's name in the reference.
    """),
    "zh-Hans": _lines("""
        青年华乐团 2026 年度团员名单（部分）：二胡 陈晓雯（南洋女中 中三），琵琶 黄子轩（华侨中学 中二），扬琴 林佩仪（德明政府中学 中四）
        随团赴新加坡交流演出人员：李思瑶，身份证号 440305199807145122，护照 E58213904，担任古筝独奏。
        合唱团奖学金获得者 周雨桐（女高音），家庭月收入 RM2,800，父亲是巴士司机，奖学金 RM1,500 汇入其母亲大众银行户口 6392105784。
        请假条：本人张嘉欣因急性胃炎住院，11月15日至18日无法参加排练，附上医院证明。联系电话 012-683 4157
        王老师您好，我是笛子组何俊杰的妈妈，他这学期数学不及格，爸爸不准他再来排练，请问能不能先帮他保留位置？
        巡演分房表：Room 1208 吴佳琪、郑诗涵；Room 1210 刘浩然（会晕车，请安排坐前排）、许文博
        女高音声部的陈美玉负责收服装费，有问题直接加她微信 chenmeiyu_sop2
        考级报名：学生 黄欣妍，出生日期 2011-04-23，住址 新山 Taman Molek, Jalan Molek 2/14, No. 21，报考中阮八级。
        演出当晚林志豪在后台晕倒，已通知其父林国强（138 2716 4093），由救护车送往中央医院。
    """),
    "zh-Hant": _lines("""
        香港青年合唱團巡演報名表｜姓名：陳嘉欣 CHAN KA YAN｜香港身份證：K583120(2)｜回鄉證：H60217384｜手提：9316 2084
        團員保險名冊：林宜蓁 B217604530 生日 2007/05/12；張書豪 F129834068 生日 2006/11/03；投保期間 7/1–7/10
        梁太，你個仔梁俊朗上星期三又冇嚟練習，指揮話再缺席就要退出聲部，麻煩你同佢傾下。
        樂團獎學金申請：申請人黃詩琪，就讀協恩中學中五，家中領取綜援，父親腎衰竭需要定期洗腎。
        團費收據：收到劉志偉先生繳交 2026 上半年團費 HK$2,400，由匯豐戶口 012-583214-838 轉帳。
        長笛二部林雨婷嘅 LINE ID 係 yuting_flute0923，要借譜可以直接搵佢。
        音樂營緊急聯絡：學員鄭宇翔（13歲，有氣喘，隨身攜帶吸入器）；家長鄭先生 0928-517-346
        報名 2026 全國學生音樂比賽合唱團體組伴奏：王冠宇，身分證 H124059870，台中市立惠文高中二年級。
        投訴：本人係女高音何凱琳，上次練習時男低音其中一位團員多次評論我身材，已經同團長反映，希望跟進。
        巡演名單 Z448215(9) 區浩然、A917036(A) 麥詠詩 — 兩人需申請入台證，3 月 1 日截止。
        低音提琴手蘇柏翰住台中市西屯區福科路 88 巷 12 號 5 樓，樂器請直接送到這個地址。
    """),
    "ms": _lines("""
        Senarai peserta uji bakat Koir Belia Selangor: NUR ALIYA BINTI ZULKIFLI, No. MyKad 050918-14-2276, SMK Seksyen 9 Shah Alam, suara Alto.
        Penerima Biasiswa Muzik 2025: Muhammad Irfan bin Hashim (trompet), pendapatan isi rumah RM1,900 sebulan, bapa OKU; elaun dikreditkan ke akaun Maybank 1640 2201 7365.
        Salam cikgu, anak saya Aisyah Humaira tak dapat datang latihan koir minggu ni sebab demam campak, ada surat doktor. — Puan Rozita, 019-358 4702
        Pemain biola Kavitha a/p Subramaniam diberi amaran kedua kerana ponteng latihan seksyen tanpa kebenaran.
        Borang pinjaman alat muzik: Nama: Lee Chong Ming | No. K/P: 980412-10-5383 | Alamat: No. 27, Jalan SS 2/64, 47300 Petaling Jaya | Alat: Klarinet Yamaha YCL-255
        Tolong pindahkan yuran lawatan ke Pulau Pinang RM350 kepada bendahari, Encik Azman bin Yusof, akaun CIMB 8603441827.
        Ahli orkestra Tan Wei Han tinggal di Bukit Mertajam dan perlukan tumpangan ke latihan setiap Sabtu sebab ayahnya kerja syif malam.
        Senarai bilik hotel lawatan Melaka: Siti Nur Farhana binti Abdullah & Deepa a/p Krishnan (bilik 305); Farhana alah udang, tolong maklumkan dapur.
        Nombor ketua seksyen viola, Ahmad Danial, ialah 011-2739 5804, hubungi dia kalau lewat sampai.
    """),
    "mixed": _lines("""
        eh guys, Jolene Tay's mum just called, Jolene kena food poisoning from camp, 入院了 at NUH, so 她今晚不能唱 solo, Sharon pls cover.
        @Kelvin Ng lu punya uniform size M dah sampai, bayar RM65 ke 我的 TnG 012-947 2831 ya
        HKID Y206457(8) 嘅 Mr Cheung Wai Man 話要 refund 個 deposit，佢個女 Cheung Hoi Ying 退出咗 orchestra 因為要專心考 DSE。
        Telegram @gabriel_bassoon_sg 就是 Gabriel Lim 啦, 他 sell 二手 bassoon reed, but 他上个月 ghost 了我们 rehearsal 三次.
        Pls note: 王思敏 Wang Si Min (S2) 下个月生 baby, maternity leave until March, Christmas concert 不参加.
        Reminder — Daphne Chia 的 NRIC T0735521H 在 tour form 填错了 birthday, 请她 resubmit before Friday.
        Sponsorship: Dr Lim Boon Huat pledged $5,000 for the 2026 scholarship fund, 他 request 不要 print 他的名字 in the programme.
        kakak Nadia binti Rahman (soprano) baru bersalin, so 她这个 season 不能来, please update roster.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the admin assistant for a community choir in Singapore."),
        (
            "user",
            "Can you draft a short email to our conductor excusing my daughter from Saturday's rehearsal? She's Megan Yeo, alto, Sec 2 at CHIJ St Nicholas. She has a KKH appointment for her scoliosis brace fitting.",
        ),
        (
            "assistant",
            "Sure. Draft: 'Dear Conductor, please excuse Megan Yeo (Alto) from this Saturday's rehearsal as she has a medical appointment at KKH. She will catch up on the new repertoire with her section leader. Thank you.' Would you like me to add your name and contact number?",
        ),
        ("user", "Yes, sign it off as Mrs Angela Yeo, 9172 8836."),
    ],
    [
        (
            "user",
            "幫我整理巡演名單做成表格：陳俊熙 HKID R731904(4) 護照 K03815527；伍曉彤 HKID XA330418(0) 護照 H21475068",
        ),
        (
            "assistant",
            "整理好喇：| 姓名 | 香港身份證 | 護照號碼 | / | 陳俊熙 | R731904(4) | K03815527 | / | 伍曉彤 | XA330418(0) | H21475068 |",
        ),
        ("user", "唔該，另外陳俊熙對花生敏感，幫我喺備註欄加埋。"),
    ],
    [
        (
            "user",
            "Tolong tulis surat sokongan biasiswa untuk murid saya, Muhammad Hakimi bin Zainal, 15 tahun, pemain cello di SMK Bandar Utama Damansara (3). Bapanya baru meninggal dunia, ibunya kerja kilang dengan gaji RM1,700.",
        ),
        (
            "assistant",
            "Baik. Draf: 'Dengan hormatnya, saya ingin menyokong permohonan biasiswa Muhammad Hakimi bin Zainal, pemain cello yang berdedikasi dan berdisiplin. Keluarganya sedang menghadapi kesukaran kewangan selepas kematian bapanya...'",
        ),
        ("user", "Tambah No. MyKad dia sekali: 100522-10-1357."),
    ],
    [
        (
            "user",
            "我是青年华乐团的行政，有个新团员从厦门来：刘欣怡，女，身份证 350203200103223044，学生准证 FIN G7104463M，弹古筝。",
        ),
        ("assistant", "好的，资料已整理。需要我帮你写一封欢迎邮件吗？"),
        ("user", "要，她手机是 8236 1049，微信 xinyi_guzheng01，邮件里提醒她周六 2 点来排练。"),
    ],
    [
        (
            "user",
            "幫我寫個 WhatsApp message 催 Mr Ho Chi Keung 交 orchestra 團費 HK$1,800，佢個仔 Ho Tsz Long 玩 cello，已經拖咗兩個月。",
        ),
        (
            "assistant",
            "Draft：Mr Ho 你好，提提你 Tsz Long 今期團費 HK$1,800 仲未收到，麻煩你方便時安排，有問題隨時搵我哋。唔該晒！",
        ),
        ("user", "佢電話係 6184 3390，send 嘅時候 cc 埋 treasurer。"),
    ],
    [
        ("system", "你是台北一個青年管樂團的行政助理。"),
        (
            "user",
            "幫我寫 LINE 群組公告：團員黃柏睿（身分證 R108347621）因為車禍骨折，接下來兩個月不能來練團，長號一部由二部代理。",
        ),
        (
            "assistant",
            "公告草稿：各位團員好，長號一部團員因傷需休養兩個月，期間由二部代理。建議群組公告不要附上身分證字號。",
        ),
        ("user", "好，身分證我另外私訊保險公司辦理賠就好。"),
    ],
    [
        (
            "user",
            "Compile an emergency contact list for our KL youth orchestra tour to Singapore: Arjun s/o Murugan — father Murugan a/l Selvam 016-772 4815; Chong Xin Yi — mother Janet Wong 012-338 9041 (Xin Yi is asthmatic).",
        ),
        (
            "assistant",
            "Emergency contacts: 1) Arjun s/o Murugan — Murugan a/l Selvam, 016-772 4815. 2) Chong Xin Yi — Janet Wong, 012-338 9041; note: asthma, carries inhaler.",
        ),
        (
            "user",
            "Add Hana Sofea binti Azmi too — mother Puan Zarina 013-602 7719, Hana gets motion sickness on the bus.",
        ),
    ],
    [
        (
            "user",
            "A parent wants a refund for the cancelled choir camp. Child: Lucas Pereira, paid by Visa 4556 2396 6239 7466, amount S$320. Draft the refund approval note?",
        ),
        (
            "assistant",
            "Refund approval: Participant Lucas Pereira, camp fee S$320, to be refunded to the original Visa card within 14 working days. Approved by: ____",
        ),
        (
            "user",
            "Also note Lucas withdrew because of his ADHD medication change; the mum asked us to keep that confidential.",
        ),
    ],
    [
        (
            "user",
            "I need help writing a complaint to our committee. Our accompanist Evelyn Sim has turned up drunk to the Wednesday rehearsals at Toa Payoh CC twice last month.",
        ),
        (
            "assistant",
            "Here is a neutral draft: 'Dear Committee, I wish to raise a concern about the accompanist's condition at two recent Wednesday rehearsals, which affected the session. I would appreciate it if this could be looked into discreetly.'",
        ),
        (
            "user",
            "Good. Keep it neutral please, she lives two floors below me and I don't want trouble.",
        ),
    ],
    [
        (
            "user",
            "帮我准备槟城合唱团赴台北巡演的资料：吴佳琪，MyKad 071203-07-1148，护照 A56213847，女低音。",
        ),
        (
            "assistant",
            "已记录：吴佳琪，女低音，MyKad 071203-07-1148，护照 A56213847。还需要紧急联络人吗？",
        ),
        ("user", "要，紧急联络人是她爸爸吴志明，电话 016-455 2930。"),
    ],
    [
        ("user", "我想更新會員資料：區浩然，新地址係 新界沙田瀝源邨祿泉樓 1205 室。"),
        ("assistant", "收到，請問電郵同電話有冇改？"),
        ("user", "電郵改做 auhoyin.cello@yahoo.com.hk，電話唔變。"),
    ],
]
