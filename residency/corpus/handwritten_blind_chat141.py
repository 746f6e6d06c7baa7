# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat141: chats with an assistant about one's own experience as a volunteer firefighter, civil-defence or flood-rescue volunteer (injuries on duty, trauma, employer leave, allowances, victims met). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat141
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "volunteer_faq"): _lines("""
        Q: Can I join the Community First Responder programme if I already hold a valid CPR+AED certificate? A: Yes, download the myResponder app and register under the CFR tab.
        Q: Will my employer be compensated when I attend auxiliary training on a weekday? A: Employers may submit a claim through the volunteer portal within 6 months of the activity date.
        Q: Who do I call for a non-emergency fire hazard report? A: Use the SCDF non-emergency line 1777 or the myResponder app; dial 995 only for life-threatening emergencies.
        Q: Is there an allowance for flood-rescue volunteers during monsoon deployments? A: Registered volunteers receive a meal and transport allowance of S$25 per activation of 4 hours or more.
        Q: What happens if I am injured during a drill? A: All registered volunteers are covered by group personal accident insurance; submit form VA-07 to the unit admin office within 14 days.
        Q: Where is the volunteer induction held? A: Inductions run at the Civil Defence Academy, 101 Jalan Bahar, Singapore 649734, every second Saturday from 0830 to 1730.
        Q: Is counselling available after a traumatic callout? A: Yes. The Peer Support Hotline 6848 1500 operates 24/7 and every conversation is kept confidential.
        Q: What is the age range to volunteer with the Hong Kong Civil Aid Service? A: Adult members enrol between 18 and 55; the CAS Cadet Corps takes youths aged 12 to 17.
        Q: Do I need to bring my own boots? A: No. Issued kit includes Haix Fire Eagle boots, a Bullard helmet and two sets of coveralls; sizes are confirmed at the stores counter.
        Q: How do I update my emergency contact? A: Log in to the volunteer portal, go to Profile > Next of Kin and click Save; changes reach the duty roster within 24 hours.
        Q: Can Employment Pass holders volunteer? A: Yes for community roles such as CERT and myResponder; operational auxiliary roles are limited to citizens and PRs.
        Q: How many hours count towards the Long Service Award? A: At least 60 logged volunteer hours a year, verified by the unit commander, for 5 consecutive years.
        Q: Who do I email about a missing allowance payment? A: Write to volunteer.finance@cdvolunteers.org.sg quoting your claim reference (format CLM-2026-XXXXX) and the activation date.
    """),
    ("en", "price_list"): _lines("""
        Ah Seng Fire & Safety Pte Ltd | UEN 201534812K | Price list effective 01/11/2026 | All prices in SGD, excluding 9% GST
        SKU FS-HLM-2201 | Bullard FXT structural helmet, yellow | S$412.00 | min order 1 | lead time 3 weeks
        SKU FS-GLV-0310 | Ringers 313 barrier glove, sizes M/L/XL | S$68.50 per pair | bulk 10+ pairs S$61.00
        SKU FR-PFD-1150 | Type V rescue PFD for swiftwater teams, 150N buoyancy | S$289.00 | includes whistle and knife sheath
        SKU FR-THR-0030 | 30 m floating throw bag, 8 mm polypropylene line | S$74.90 | brand: NRS | colour: red or yellow
        Delivery within Singapore: S$15 flat, free above S$500. East Malaysia and Brunei by quotation. Sales hotline 6291 4470 (Mon-Fri 9am-6pm).
        Volunteer unit discount 12% on presentation of a unit purchase order; not valid with promo code MONSOON26 or clearance items.
        SKU FS-BT-4412 | Haix Fire Eagle boots, EU 39-47 | S$395.00 | half sizes on request, allow 10 working days
        SKU MED-TQ-0007 | CAT Gen 7 tourniquet, black | S$52.00 | max 20 units per order due to supply constraints
        Ah Seng Fire & Safety, 51 Ubi Avenue 1, #03-18 Paya Ubi Industrial Park, Singapore 408933 | sales@ahsengfire.com.sg
        Repair service: helmet visor replacement S$38, boot resoling S$85 per pair, SCBA mask fit test S$45 per session (booking required).
        SKU FR-DRY-2025 | Drysuit for flood ops with neoprene socks, sizes S-XXL | S$1,180.00 | 2-year seam warranty
        Payment terms: 30 days for registered organisations; PayNow to UEN 201534812K or cheque payable to Ah Seng Fire & Safety Pte Ltd.
    """),
    ("zh-Hans", "通知"): _lines("""
        【通知】深圳市蓝天救援队2026年第四季度水域救援复训定于12月13日（周六）8:30在大沙河公园北门集合，请各队员携带救生衣与头盔，迟到15分钟以上视为缺勤。
        各志愿消防队：根据《中华人民共和国消防法》有关规定，微型消防站每月至少组织一次灭火和疏散演练，请于月底前在管理系统内上传演练记录及照片。
        关于发放2026年度志愿者误餐补贴的通知：参加夜间出勤（22:00至次日6:00）的志愿者按每次50元标准补贴，由街道应急办统一核发，不接受现金领取。
        防汛应急物资领取时间调整为每周二、周四14:00—17:00，地点：区应急管理局一楼物资库（滨河大道2008号），领取时须出示有效队员证。
        温馨提示：队员在出勤中受伤的，请于48小时内向所在中队报告并填写《志愿者意外伤害报案表》，团体意外险保单号GL2026-44030512，理赔材料交中队文书岗。
        本周末（12月20日）在武汉江汉路步行街开展“119消防宣传月”进社区活动，需志愿者20名，请在小程序“应急志愿服务”内点击报名，额满即止。
        各中队注意：台风“摩羯”影响期间（9月5日至7日）全体队员24小时待命，请保持手机畅通，集合点为各中队驻地，出勤前须在钉钉群内签到。
        心理疏导讲座：邀请心理援助热线12356合作专家主讲，主题为“救援后的创伤反应与自我调适”，12月18日19:00线上进行，腾讯会议号 845 362 719。
        关于参训期间工资待遇的说明：依据《志愿服务条例》，国家鼓励用人单位为员工参加志愿服务提供便利，具体假期安排以单位规定为准，本队可出具参训证明。
        物资清单更新：冲锋舟（雅马哈40马力）3艘、救生衣120件、抛绳包40个、头灯60个，已于2026-11-28入库，责任岗位为装备管理组，借用须登记。
        成都市志愿消防队年度表彰大会将于2027年1月10日在市应急指挥中心举行，“优秀志愿消防员”名单以市消防救援支队官网公示为准。
        提醒：请勿在朋友圈、抖音转发救援现场伤员照片及受助群众信息，违反者将暂停出勤资格，详见《队员行为守则》第12条及附件三。
        报名咨询热线（工作日9:00—17:30）：0755-8321 6119，或发送邮件至 volunteer@szrescue.org.cn，邮件标题请注明“报名+所在区”。
    """),
    ("zh-Hant", "群組訊息"): _lines("""
        【值日官】今晚20:00 大埔分隊集合，帶齊救生衣同頭燈，天文台話黑雨可能維持到凌晨，大家食咗飯先嚟，唔好空肚出勤，雨褸同後備襪都帶多套。
        車隊更新：救援車 FS-03 今朝送咗去維修，今個禮拜出勤改用 FS-07，鎖匙放喺值班室第二格抽屜，用完記得登記里數。
        提提大家，本月膳食津貼表要喺25號前交返總部，遲交就要排到下個月先發，空白表格已經放咗喺群組記事本度，唔識填可以睇範本或者問行政組。
        新北市義消第三大隊今晚演練取消，颱風警報已發布，請各分隊原地待命，集合地點改在板橋消防分隊二樓會議室，請攜帶個人裝備與雨具，晚上七點前報到。
        各位義消夥伴：明天上午9點在中和區公所前廣場有119防火宣導活動，需要8位支援，能來的請直接在下面+1，中午有便當，請穿義消背心並自備水壺。
        裝備組通知：新到一批 MSA G1 空氣呼吸器，週六下午兩點在倉庫做面罩氣密測試，每人大約十五分鐘，請按分隊順序排隊，有鬍子的請先刮乾淨。
        水退咗，今次出勤共救出十二個被困居民，冇人受重傷，辛苦晒各位，聽日朝早十點喺分區總部做簡報，記得帶返出勤紀錄同裝備損耗清單。
        搵唔到值班表嘅可以去內聯網 https://intranet.cas.example.hk/roster 睇，登入用返隊員帳號，唔識用可以問行政組。
        澳門民防志願者注意：八號風球懸掛期間，請依照民防行動中心指示行動，不要自行前往內港等低窪地區，安全第一，集合地點以協調中心最新通告為準。
        提醒：傷者相片同住址唔好貼喺呢個群，真係要傳就用總部提供嘅加密表格，違者會被移出群組並交紀律小組跟進，呢個係私隱條例要求，唔係講笑。
        高雄市政府消防局通知：義消團體保險已完成續保，保期至2027年12月31日，理賠請洽各大隊行政窗口 07-823-0119。
        今日訓練統計：出席 34 人、請假 5 人、缺席 2 人，200米游泳測驗平均 3 分 12 秒，整體合格率 94%，下次補考定喺月尾。
        下個月開始誤餐費由每次 120 元調整為 150 元，經費來自市府災害防救預算，核銷時請附出勤紀錄截圖同簽到表，紙本正本交分隊行政，電子檔上傳雲端資料夾。
    """),
    ("zh-Hant", "法規"): _lines("""
        《消防法》第28條：直轄市、縣（市）政府，得編組義勇消防組織，協助消防及緊急救護工作；其編組、訓練、考核、獎懲、保險、福利等事項之辦法，由中央主管機關定之。
        依《義勇消防組織編組訓練演習服勤辦法》，義消人員服勤期間因執行職務受傷者，得依規定申請醫療慰問金及相關保險給付，並應於事故發生後檢具診斷證明書提出。
        《民防法》規定，直轄市、縣（市）政府應編組民防總隊，下設民防大隊、中隊及特種防護團，平時協助維持地方治安及災害搶救，戰時協助軍事勤務及民防任務之執行。
        香港法例第518章《民眾安全服務隊條例》訂明民眾安全服務隊之組成及職能，成員執行職務期間受傷或死亡之補償，按有關規例及保安局之安排辦理。
        香港法例第282章《僱員補償條例》適用於受僱期間因工受傷之僱員；志願服務一般不屬僱傭關係，須另行參考服務團體之保險安排。
        澳門第11/2020號法律《民防綱要法》規範民防架構及運作；民防行動中心啟動後，各成員實體須按計劃派員進駐並執行任務，志願者之召集亦依該法律之規定進行。
        《災害防救法》規定，為實施災害應變措施，各級政府應依權責實施疏散撤離、收容安置、緊急醫療救護、物資調度及災民收容等事項，並得徵調民間人力與機具。
        依《志願服務法》第16條，志願服務運用單位應為志工辦理意外事故保險，必要時並得補助交通、誤餐及特殊保險等費用，志工亦得申請志願服務榮譽卡。
        志願服務運用單位應對志工提供必要之教育訓練，並發給志願服務紀錄冊，記載服務時數、訓練課程及獎勵事項，作為日後表揚、獎勵及升遷之參考依據。
        各機關、學校、團體之人員參與災害搶救或演習者，其所屬單位得依規定給予公假，並不得因此予以解僱、降調、減薪或其他不利之處分。
        民眾安全服務隊成員年度訓練時數：輔助部隊成員每年須完成不少於六十小時訓練，未達標準者由總部發出書面提示，連續兩年未達標者得由處長決定終止其服務。
        第三條　本辦法所稱義勇消防人員，指經直轄市、縣（市）消防機關遴選、編組，協助消防、救災、緊急救護及防火宣導等工作，並領有義消服務證之人員。
        附表二：義消服勤誤餐費標準——每次服勤滿4小時者發給新臺幣120元，滿8小時者發給240元，由各消防機關編列預算支應，並於每季結束後十日內辦理核銷。
    """),
    ("ms", "notis"): _lines("""
        NOTIS: Latihan Pasukan Bomba Sukarela (PBS) Kampung Baru Sungai Buloh akan diadakan pada 14 Disember 2026, jam 8.00 pagi di Balai Bomba dan Penyelamat Sungai Buloh.
        Sukarelawan APM yang bertugas di Pusat Pemindahan Sementara (PPS) layak menerima elaun makan RM30 sehari; tuntutan hendaklah dihantar melalui borang APM-E12 dalam tempoh 30 hari.
        Amaran: MetMalaysia mengeluarkan amaran hujan berterusan tahap bahaya di Kelantan dan Terengganu; semua anggota sukarela diminta bersiap sedia untuk digerakkan.
        Untuk kecemasan sila dail 999. Talian Bilik Gerakan APM Negeri Selangor: 03-5519 4400 (24 jam), atau hubungi balai bomba yang terdekat.
        Majikan digalakkan memberi cuti khas kepada pekerja yang menyertai operasi banjir; surat pengesahan penugasan boleh dimohon di pejabat APM daerah masing-masing.
        Perdana Menteri Anwar Ibrahim melawat PPS di Sekolah Kebangsaan Tumpat dan menyampaikan sumbangan kepada mangsa banjir serta memuji komitmen sukarelawan bomba dan APM.
        Kursus Asas Menyelamat di Air (Swift Water Rescue Level 1) dibuka kepada 40 peserta; yuran RM150 termasuk makan dan sijil, daftar melalui portal JBPM sebelum 5 Januari 2027.
        Peringatan: Dilarang memuat naik gambar mangsa atau alamat rumah mangsa ke media sosial. Pelanggaran boleh dikenakan tindakan tatatertib di bawah peraturan pasukan.
        Inventori stor PBS: 2 bot fiber 16 kaki, 1 enjin Yamaha 25HP, 35 jaket keselamatan, 12 lampu suluh kalis air; pemeriksaan bulanan pada setiap Jumaat pertama.
        Taklimat keselamatan: pakai jaket keselamatan setiap masa, jangan masuk arus deras tanpa tali keselamatan, laporkan sebarang kecederaan kepada Ketua Pasukan dengan segera.
        Skim perlindungan insurans berkelompok sukarelawan APM diperbaharui sehingga 31 Disember 2027; nombor polisi kumpulan GPA/APM/2026/0088 untuk rujukan tuntutan.
        Sesi sokongan psikologi selepas operasi banjir akan diadakan pada 20 Disember di Dewan Orang Ramai Pasir Mas, dikendalikan oleh kaunselor Jabatan Kebajikan Masyarakat.
        Pejabat APM Daerah Kota Bharu, Jalan Hospital, 15200 Kota Bharu, Kelantan. Waktu pejabat: Ahad hingga Khamis, 8.00 pagi hingga 5.00 petang.
    """),
    ("ms", "ulasan_kedai"): _lines("""
        Kedai Pak Mat Safety Gear di Jalan Tuanku Abdul Rahman memang padu, kasut but bomba saiz 42 ada stok, harga RM280 je. Layanan cepat, 5 bintang.
        Klinik Fisioterapi Sihat Sentosa, Bangsar ada program pemulihan lutut untuk anggota bomba, RM120 satu sesi, boleh guna panel insurans. 4/5.
        Restoran Nasi Kandar Hameed depan Balai Bomba Shah Alam buka 24 jam, selalu jadi port kitorang lepas operasi malam. Teh tarik RM2.20, roti canai RM1.60.
        Beli jaket keselamatan dari kedai RescuePro Official di Lazada, sampai dalam 3 hari, tracking MY2612345678LZ. Kualiti okey tapi tali pinggang agak pendek. 3 bintang.
        Kolam Renang Majlis Bandaraya Petaling Jaya sesuai untuk ujian renang sukarelawan; tiket RM3, bilik salin bersih, tapi parking penuh waktu petang.
        Servis bot di Bengkel Marin Ah Kow, Kuala Kedah: enjin 40HP kami siap dalam dua hari, bil RM650 termasuk tukar impeller. Recommended untuk pasukan penyelamat.
        Kedai Uncle Lim Hardware, Jalan Pasar Pudu: tali nilon 12mm RM4 semeter, karabiner pun ada. Tauke peramah, tapi tak terima e-wallet, bawa tunai.
        Hotel Seri Malaysia Kuala Terengganu jadi penempatan sementara pasukan kami masa banjir; bilik RM140 semalam, sarapan nasi lemak sedap, Wi-Fi lemah sikit.
        Pusat Kaunseling Minda Tenang, Johor Bahru ada pakej khas untuk anggota keselamatan dan sukarelawan, RM80 sesi pertama. Kaunselor faham isu trauma selepas operasi.
        Sewa van dari Zainal Travel & Tours Sdn Bhd (202001012345) untuk bawa 12 sukarelawan ke Baling, RM900 dua hari. Pemandu tepati masa, van bersih.
        Pasar raya Mydin Pasir Mas: bekalan air mineral dan mi segera untuk PPS sentiasa cukup walaupun jalan ditutup. Terima kasih kepada pihak pengurusan.
        Tak puas hati dengan servis walkie-talkie di Kedai Elektronik Jaya Komunikasi, dua set masih rosak selepas 2 minggu. Invois JK-2026-0412, RM220. 1 bintang.
        Dobi Layan Diri Bubbles, Seksyen 7 Shah Alam: mesin besar boleh basuh 3 set pakaian kalis api sekali, RM12 untuk 20kg. Tempat bersih dan ada CCTV.
    """),
    ("mixed", "log_config"): _lines("""
        2026-12-06T22:41:07+08:00 INFO dispatch.sg unit=CDAU-EAST-02 incident=INC-2026-118273 type=FLASH_FLOOD status=EN_ROUTE eta_min=9
        2026-12-06 22:43:15 WARN 调度系统 队伍=蓝天-南山-03 事件号=SZ20261206-0457 状态=到场 水位=0.8m 需要增援=true
        [2026-12-07 01:12:44] INFO bomba.kb balai=BBP-KB-01 operasi=OP/BANJIR/2026/077 mangsa_diselamatkan=14 bot=2 status=SELESAI
        volunteer_allowance: { currency: MYR, meal_per_day: 30, transport_per_km: 0.60, max_claim_days: 14 }  # config v2.3.1 elaun APM
        def allowance_hkd(hours: float) -> int: return 0 if hours < 4 else (150 if hours < 8 else 300)  # 民安隊 膳食津貼 example
        CSV header: claim_id,unit_code,activation_date,hours,meal_allowance,transport_km,approved_by_role,status,remarks_zh
        2026-12-07T03:05:22Z ERROR notify: SMS gateway timeout after 3 retries, template=ACTIVATION_ALERT_ZH, batch=BCH-88213, recipients=212
        docker run -e TZ=Asia/Taipei -e DISPATCH_REGION=TW-KHH ghcr.io/example/cad-dispatch:4.12.0 --port 8080 --log-level info
        sha256(roster_2026W49.xlsx) = 9f3c1a7e5b2d48f0c6a1e9d7b3f5a2c8e4d6b0f1a3c5e7d9b2f4a6c8e0d1f3a5  # 值班表 export checksum
        2026-12-07 08:00:00 INFO 排班 sync 完成: 新界北區 shift=A 人數=18, shift=B 人數=16, 缺額=2, next_sync=12:00
        SELECT unit_code, COUNT(*) AS callouts FROM activations WHERE region IN ('SG','MY-KTN') AND created_at >= '2026-11-01' GROUP BY unit_code;
        - alert: flood_level_high  expr: river_level_m{station='Sg_Kelantan_Guillemard_Bridge'} > 9.0  for: 10m  severity: page  # amaran banjir
        PPE issue log 2026-12-05 | item=SCBA-Drager-PSS7000 | serial=ARFK-0443 | unit=PBS-Sg-Buloh | action=returned_for_service | hydro_test_due=2027-03
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        I'm Marcus Teo Wei Jie, NRIC S8812345Z, CDAU volunteer since 2019. Twisted my ankle at the Bukit Batok drill on 3 Nov and my boss at the logistics firm docked 2 days' pay.
        Can you help me reword this: my husband Jonathan Pereira has had nightmares since the Ang Mo Kio flat fire where he carried out a child, and he refuses to see a counsellor.
        my number's 9123 4871 if the unit admin needs to call about the injury claim, pls don't use my office line
        Emergency contact for volunteer Nurul Aisyah bte Rahmat: mother, Rahmah bte Osman, +65 8734 2290, Blk 412 Bedok North Ave 2 #08-117, Singapore 460412.
        Kelvin Ong from our Tampines unit got arrested last week for drink driving after the callout, and the commander wants him suspended quietly. How do I word the email?
        Form VA-07 | Name: Rajesh s/o Muthusamy | DOB 14/02/1986 | Injury: 2nd-degree burn, left forearm | Date: 28/11/2026 | Changi General Hospital, Ward 56 Bed 12
        The girl I pulled out of the water at Rantau Panjang, Siti Hajar, about 9 years old; her dad's number is 011-2874 5519 and I just want to check she is okay.
        Bank details for allowance payout: DBS Savings 120-45678-9, account holder Tan Mei Ling Priscilla
        I'm 14 weeks pregnant and still on the rescue roster. Deborah Lim, Bishan unit. Should I tell my section leader or HR first?
        Hi, this is Gareth Ho (HKID K562138(0)), CAS member. I've been off work 3 months with a back injury from the Tai Po landslide and owe HK$48,000 on my credit card.
        V-02281,Lee Jun Hao,+65 9776 3014,junhao.lee88@gmail.com,CDAU-WEST,ankle sprain 2026-10-14,MC 5 days
        My ex-wife Chloe Wong keeps telling the kids I'm never home because of the fire brigade; our divorce hearing is on 9 Jan at the Family Justice Courts.
    """),
    "zh-Hans": _lines("""
        我叫王建国，身份证号110105197803124635，是朝阳区志愿消防队队员，上个月救火时手臂烧伤，单位不给批病假怎么办？
        陈先生，就是我们队里开冲锋舟的那位，上周抗洪时手机被水冲走了，他让我转告大家新号码是139 2745 8816。
        我老婆刘芳怀孕七个月了，我还在蓝天救援队值夜班，她说我再出去就跟我离婚，我该怎么办？
        受伤志愿者登记：张晓东，男，34岁，手机18620347751，住址：广州市海珠区江南大道中路123号5栋1402房，诊断：左踝骨折。
        阿明欠了队里团购装备的钱3200块一直没还，还把我拉黑了，他微信号aming_fire88，我能在群里公开催他吗？
        帮我写一封给公司人事的邮件：本人李婷婷，身份证440306199108271521，因参加防汛志愿救援受伤，申请病假两周，附医院诊断书。
        补贴发到我工行卡吧：6222 0212 3456 7890 123，户名赵磊，开户行深圳福田支行。
        我们救出来的那位老人叫周桂兰，82岁，独居，家住郑州市金水区纬五路21号院3号楼2单元，她儿子电话137 8392 0046。
        黄志强自从那次化工厂爆炸救援回来就一直失眠，医生诊断是创伤后应激障碍，现在在吃舍曲林，他不让我告诉队长。
        车牌粤B·7K29D是我的私家车，出勤时停在消防站门口被贴了罚单，这个能找队里报销吗？
    """),
    "zh-Hant": _lines("""
        我係民安隊隊員陳家豪，身份證Y123456(9)，上個月喺大埔山泥傾瀉救援時弄傷膝頭，老闆話再請假就炒我。
        林太話佢個仔上次喺屯門水浸畀我哋救出嚟之後成日發惡夢，佢電話係6192 4407，想我哋幫手介紹輔導。
        我是高雄義消第二大隊的吳俊賢，身分證E123074512，出勤時被倒塌的鐵皮割傷縫了十二針，想申請慰問金。
        義消學長阿偉欠地下錢莊四十萬，最近一直沒來服勤，他老婆打來分隊哭，我們要不要通報？
        家屬聯絡：傷員黃美玲，女，29歲，手機0912-345-678，地址台南市東區崇學路88巷5號3樓，過敏：盤尼西林。
        澳門民防志願者何志明，電話6688 2314，風災期間喺內港幫手搬沙包時跌傷腰，想問可唔可以攞工傷補償？
        我老公張偉倫上星期喺消防訓練暈低，驗出有心律不正，佢唔肯同上司講，怕以後冇得再做義工。
        請幫我整理補貼帳戶資料：滙豐銀行戶口012-345678-833，戶名梁嘉欣，用途：民安隊膳食津貼。
        新北義消蔡明哲的機車車牌MKL-2837在救災現場被拖吊，他想申請費用補助，請問要附什麼證明？
        我被分隊長鄭國華在群組裡公開罵，還說我是因為跟老婆分居才一直請假，這算不算洩漏個資？
    """),
    "ms": _lines("""
        Saya Mohd Faizal bin Abdullah, No. KP 880415-03-5527, anggota PBS Pasir Mas. Tangan saya patah masa operasi banjir, majikan tak bagi cuti sakit bergaji.
        Nombor telefon saya 013-928 4471, tolong sampaikan pada pegawai APM yang uruskan tuntutan elaun saya.
        Isteri saya, Nor Azlina, sedang mengandung 6 bulan dan saya masih kena bertugas di PPS Tumpat. Boleh saya minta dikecualikan?
        Mangsa yang kami selamatkan: Puan Hasnah binti Yusof, 67 tahun, No. 23 Kampung Pulau Belanga, 17000 Pasir Mas, Kelantan; ada kencing manis dan darah tinggi.
        Tolong buat surat kepada majikan: Saya, Kumaravel a/l Subramaniam (No. Pekerja TNB-44218), memohon cuti 5 hari untuk operasi menyelamat banjir di Kuala Krai.
        Akaun Maybank 1640 2231 8857 atas nama Siti Khadijah binti Ahmad untuk bayaran elaun makan sukarelawan.
        Abang Joe dalam pasukan kami berhutang dengan ceti RM15,000 dan selalu pinjam duit budak baru, macam mana nak tegur dia?
        Kereta saya plat WXY 4821 rosak masuk air masa hantar bekalan ke PPS Klang, boleh tuntut insurans bawah skim sukarelawan?
        Rakan sepasukan saya, Amirul Hakim, ditangkap polis semalam kerana dadah selepas operasi, dan keluarganya minta kita rahsiakan.
        Borang tuntutan: Nama: Lee Chong Meng | MyKad 790623-10-6643 | Tel 012-316 8820 | Emel cmlee79@yahoo.com | Jumlah: RM420 (14 hari x RM30)
    """),
    "mixed": _lines("""
        Boss saya kat kilang cakap kalau ambil cuti lagi for APM duty, dia potong gaji. Saya Tan Wei Keat, IC 920318-07-5231, 这样是不是违法的？
        帮我 translate 这个给我 supervisor: Saya, Lim Siew Ling, injured during flood rescue on 4 Dec, MC 7 hari dari Hospital Kuala Krai.
        Eh can check my allowance? NRIC ending 482J one, name Muhammad Irfan, 上个月出勤 6 次 but only paid for 4.
        My 阿嫲 Chan Siew Moi was the one we evacuated from Kampung Melayu Subang, 她住 No. 7 Jalan Kenanga 3, 她有 dementia, please don't post her photo.
        呢個係我 personal email ahkit.firefighter@outlook.com 同 WhatsApp +852 9487 2205，有 update 關於 injury claim 就搵我。
        Our team lead Ah Huat 胃出血 admitted to SGH ward 64 last night after the Jurong fire, 佢老婆好担心, can we organise donation?
        Taiwan 義消 friend 許志豪 ID F128633076 叫我幫佢 fill in the insurance form, 佢喺宜蘭淹水出勤時斷咗腳骨。
        log: 2026-12-05 21:14 activation ACK by 0173829410 (Ravi) via SMS, location Kg Baru Hulu Langat, 备注: 他腰伤还没好
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a supportive assistant for volunteers of community emergency response units in Singapore. Be warm and practical.",
        ),
        (
            "user",
            "I'm Daniel Koh, been with the auxiliary unit for six years. Last month at the Yishun flat fire I found an old man collapsed in the kitchen and he didn't make it. I keep replaying it at night.",
        ),
        (
            "assistant",
            "Daniel, I'm really sorry. Finding someone you couldn't save is one of the hardest things responders face, and replaying it is a common reaction. Have you been offered a peer support session or psychological first aid since the incident?",
        ),
        (
            "user",
            "They offered but I skipped it. My wife Grace says I should quit volunteering altogether. I just don't want the unit to think I'm weak.",
        ),
        (
            "assistant",
            "Using peer support isn't weakness; most units treat it as part of the job. You could attend one session just to see how it feels, and also talk with Grace about what worries her most, so the decision about continuing is one you make together rather than under pressure.",
        ),
    ],
    [
        (
            "user",
            "我在苏州一家外企上班，叫徐鹏，业余参加吴江区的志愿消防队。公司HR说我参加救援请的假要扣全勤奖，这合理吗？",
        ),
        (
            "assistant",
            "目前法律鼓励用人单位支持员工参加志愿服务，但一般没有强制规定必须给带薪假。你可以先查看公司员工手册中关于事假和全勤奖的条款，再请消防队出具出勤证明，和HR沟通能否按公益假处理。",
        ),
        (
            "user",
            "好的，帮我写一段给HR的说明吧，我工号是SZ-HR-07733，上个月13号和27号两次夜间出勤。",
        ),
        (
            "assistant",
            "可以参考：“HR您好，我是徐鹏（工号SZ-HR-07733），于上月13日和27日夜间参加吴江区志愿消防队灭火救援任务，附队里出具的出勤证明。恳请公司考虑将这两次请假按公益活动处理，不影响本月全勤奖，谢谢。”",
        ),
    ],
    [
        ("system", "你係一個協助香港民眾安全服務隊隊員處理行政問題嘅助手，用廣東話回答。"),
        (
            "user",
            "我叫梁志偉，HKID Z708214(3)，上個禮拜喺沙田水浸救援時滑倒撞傷膊頭，醫生開咗兩星期病假紙。",
        ),
        (
            "assistant",
            "梁先生，希望你快啲康復。你可以將病假紙副本同受傷報告交返所屬分區辦事處，佢哋會按服務隊嘅保險安排處理，記得保留所有醫療收據。",
        ),
        ("user", "但係我公司老細話義工受傷唔關公司事，唔肯當病假，仲話要扣我人工。"),
        (
            "assistant",
            "一般嚟講，志願服務期間受傷唔屬於僱員補償範圍，公司未必要當工傷處理，但你仍然可以用法定病假，只要有醫生證明同足夠病假日數。建議你同人事部書面確認，同時向民安隊查詢有冇收入損失補償。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu maya untuk sukarelawan Angkatan Pertahanan Awam Malaysia. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Assalamualaikum, saya Nur Syafiqah binti Rosli, sukarelawan APM Kuala Krai. Elaun makan saya untuk 10 hari bertugas di PPS bulan lepas belum masuk lagi.",
        ),
        (
            "assistant",
            "Waalaikumussalam. Biasanya tuntutan elaun diproses dalam 30 hingga 45 hari selepas borang lengkap diterima. Adakah puan sudah menghantar borang tuntutan bersama salinan jadual tugas?",
        ),
        (
            "user",
            "Dah hantar. No. KP saya 950722-03-5184, telefon 019-447 2360. Boleh tolong semak?",
        ),
        (
            "assistant",
            "Saya tidak dapat mengakses sistem APM secara terus. Puan boleh hubungi pejabat APM Daerah Kuala Krai dan berikan nombor rujukan borang; elakkan berkongsi nombor kad pengenalan penuh dalam saluran yang tidak rasmi.",
        ),
    ],
    [
        (
            "user",
            "Bro I'm bomba sukarela in Temerloh, last week banjir we rescued one uncle from his roof, name Pakcik Yusri, he very lemah and diabetic. 我想知道他现在怎样 but tak tahu which hospital.",
        ),
        (
            "assistant",
            "Good of you to care about him. Usually mangsa banjir are sent to the nearest hospital, in Temerloh likely Hospital Sultan Haji Ahmad Shah. You can ask your Ketua Pasukan to check through the operasi report, since hospitals won't give patient info to just anyone.",
        ),
        (
            "user",
            "His daughter gave me her number 012-655 9031 during evacuation, boleh ke saya call dia terus?",
        ),
        (
            "assistant",
            "Since she gave it to you herself, a short, polite call or WhatsApp to ask how her father is doing is fine. Just keep it personal and don't share her number or his condition in your team's group chat.",
        ),
    ],
    [
        (
            "system",
            "You are an assistant helping volunteers with money and workplace questions. User profile: Farid Iskandar, 31, Shah Alam, flood-rescue volunteer, phone 017-332 8594.",
        ),
        (
            "user",
            "I took 3 weeks unpaid leave for the Kelantan floods and now I'm behind on my car loan, about RM4,800 overdue with the bank. What can I do?",
        ),
        (
            "assistant",
            "Farid, you can ask your bank for a payment restructuring or deferment; many Malaysian banks have relief programmes for flood-affected customers and volunteers. AKPK also offers free debt counselling if the arrears keep growing.",
        ),
        ("user", "Would the volunteer letter from APM help my case?"),
        (
            "assistant",
            "Yes, attach the APM deployment letter and your payslips showing the unpaid period. It shows the arrears came from a one-off event rather than ongoing inability to pay, which banks usually weigh favourably.",
        ),
    ],
    [
        (
            "system",
            "使用者資料：姓名 蘇家銘，台中市義消第五大隊，手機 0933-218-475。請以繁體中文提供心理支持與實用建議。",
        ),
        (
            "user",
            "上個月那場工廠火災，我們抬出來的工人後來走了，我到現在聞到燒焦味就會手抖，也不太敢去服勤。",
        ),
        (
            "assistant",
            "家銘，這些反應在經歷重大傷亡現場後很常見，像是氣味觸發的緊張和迴避。你可以先向大隊申請暫停服勤一段時間，並考慮聯繫衛福部安心專線1925尋求專業協助。",
        ),
        ("user", "我怕跟分隊長講了，他會覺得我不行，以後都不排我出勤。"),
        (
            "assistant",
            "可以先只說需要休息，不必講所有細節。若症狀持續超過一個月，例如失眠、惡夢或閃回，建議看精神科或身心科，及早處理通常恢復得更好，也不影響你之後回到隊上。",
        ),
    ],
    [
        (
            "user",
            "我是蓝天救援队的队员，上次在河南暴雨里救了一个孕妇，叫孙晓雯，当时她羊水都破了。现在她想给我们送锦旗，打电话给我了。",
        ),
        (
            "assistant",
            "这是很温暖的消息！接受锦旗一般没问题，建议你先跟队里的宣传负责人沟通，统一安排接收时间和地点，也尊重她是否愿意公开露面。",
        ),
        ("user", "她还说想把孩子的照片和她的名字发在队里公众号上，这样合适吗？"),
        (
            "assistant",
            "如果孙女士本人明确同意，可以发布，但最好取得书面同意，并避免公开她的住址、电话和医疗细节。孩子的照片可以考虑打码或只用背影。",
        ),
    ],
    [
        (
            "user",
            "Saya Hairul Nizam bin Zakaria, bomba sukarela di Kemaman. Kaki saya terseliuh teruk masa operasi, boleh tuntut PERKESO tak?",
        ),
        (
            "assistant",
            "PERKESO melindungi pekerja yang cedera semasa bekerja atau dalam perjalanan kerja. Untuk kerja sukarela, ia bergantung sama ada anda didaftarkan di bawah skim tertentu. Sila semak dengan JBPM atau pasukan PBS anda.",
        ),
        (
            "user",
            "Ketua PBS kata saya ada polisi insurans kumpulan. Nombor KP saya 870911-11-5093, dia suruh saya isi borang sendiri.",
        ),
        (
            "assistant",
            "Baik, Encik Hairul. Sediakan laporan perubatan, salinan MyKad dan surat pengesahan tugasan daripada Ketua PBS, kemudian hantar borang kepada syarikat insurans dalam tempoh yang ditetapkan dalam polisi, biasanya 30 hari.",
        ),
    ],
    [
        (
            "system",
            "You assist the Hong Kong volunteer rescue association's admin team. Member record loaded: Wong Ka Yan, member no. VR-1187, mobile 9264 7013, address Flat 12B, Block 3, Lok Fu Estate, Kowloon. Condition on file: asthma.",
        ),
        ("user", "Can she still join the smoke-diving training next month?"),
        (
            "assistant",
            "Given the asthma noted on her record, she should get written clearance from her doctor before the smoke-diving session. Until then, she could attend the theory part and the non-respiratory drills.",
        ),
        ("user", "Draft a short message to her about that."),
        (
            "assistant",
            "Hi Ka Yan, thanks for signing up for next month's smoke-diving training. Because your record lists asthma, please bring a doctor's clearance before the practical session. You're welcome to join the theory part meanwhile. Any questions, just reply here.",
        ),
    ],
    [
        (
            "user",
            "Eh my company say SCDF volunteer leave cannot count as 公假 leh. I'm Alvin Chua, NRIC S9034718G, CERT volunteer at Jurong West. 他们说 must use annual leave.",
        ),
        (
            "assistant",
            "In Singapore there's no law requiring employers to give paid leave for community volunteering, unlike NS reservist duty. Some companies do have volunteer leave under CSR policy, so check your HR handbook or ask if they have that.",
        ),
        (
            "user",
            "Ok then can help me write email to HR ask for 2 days volunteer leave for the December exercise?",
        ),
        (
            "assistant",
            "Sure: Dear HR, I'm Alvin Chua from the Finance team. I volunteer with the Community Emergency Response Team in Jurong West and have been called for a two-day exercise in December. May I check whether I can apply for volunteer or CSR leave for these dates? I can provide a letter from the organisers. Thank you.",
        ),
    ],
    [
        ("system", "你是協助澳門民防志願者嘅助手，可以用廣東話或者普通話回答。"),
        (
            "user",
            "我係民防志願者，叫鄧嘉俊，颱風嗰晚喺下環街幫手撤離長者，有個婆婆話佢屋企仲有隻貓，我返入去搵貓嗰陣畀玻璃割傷手。",
        ),
        (
            "assistant",
            "你好鄧先生，辛苦晒。傷口有冇去醫院處理？如果有縫針或者打破傷風針，記得保留單據，之後向民防協調部門申報受傷。",
        ),
        ("user", "去咗仁伯爵綜合醫院縫咗六針。我電話係6372 9158，佢哋可以點樣聯絡我跟進？"),
        (
            "assistant",
            "你可以直接向所屬志願團體嘅負責人報告，並提供電話同醫院文件，由佢哋轉交民防架構處理補償或慰問。遲啲復診都記得攞埋覆診紙。",
        ),
    ],
    [
        (
            "user",
            "Hi, saya sukarelawan Bulan Sabit Merah untuk misi banjir. I just found out I'm pregnant, about 8 weeks. Nama saya Aina Sofea, dah register untuk deployment ke Kelantan next week.",
        ),
        (
            "assistant",
            "Tahniah, Aina. Operasi banjir melibatkan air tercemar, kerja berat dan risiko jangkitan, jadi ramai organisasi akan menukar tugasan kepada peranan sokongan di pusat operasi. Best to inform your coordinator early.",
        ),
        (
            "user",
            "Tapi saya belum bagitahu keluarga lagi, takut nanti coordinator cerita kat orang lain.",
        ),
        (
            "assistant",
            "Awak boleh minta coordinator rahsiakan maklumat itu dan hanya kongsi dengan pegawai yang perlu tahu untuk penugasan. You can simply say you have a medical reason and provide a doctor's letter without details if you prefer.",
        ),
    ],
    [
        ("system", "You are a data-cleaning assistant for a volunteer fire brigade in Johor."),
        (
            "user",
            "Fix the formatting of these rows: 'Muthu Krishnan,0127734019,Taman Pelangi JB,ankle injury; Chong Mei Fen,016-882 4071,Skudai,no issue'",
        ),
        (
            "assistant",
            "name,phone,area,notes / Muthu Krishnan,012-773 4019,Taman Pelangi JB,ankle injury / Chong Mei Fen,016-882 4071,Skudai,no issue",
        ),
        ("user", "Thanks. Should I keep the injury notes in the same sheet as the phone list?"),
        (
            "assistant",
            "Better to separate them. Keep the contact list for roster use and store injury or health notes in a restricted file that only the officer-in-charge can open, since health details are sensitive personal data under the PDPA.",
        ),
    ],
]
