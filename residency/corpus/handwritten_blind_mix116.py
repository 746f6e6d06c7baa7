# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix116: Chinese medicine halls, TCM clinics and herbal shops in HK/SG/MY/TW. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix116
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "supplier_order"): _lines("""
        PO-HK-2026-04417 | Supplier: Wing Fat Medicinal Herbs Ltd | 西洋參 American ginseng slices, Grade AA, 20 x 500g | HK$ 18,400.00 | ETA 14 Nov
        Invoice INV/SG/26/0932 from Eu Tong Sen Street Herbal Wholesale Pte Ltd (UEN 199804471M): 黄芪 Astragalus 30kg @ S$12.80/kg, 当归 Angelica 15kg @ S$38.50/kg, GST 9% incl.
        Tracking SF1429836650271: 1 carton 陈皮 (Xinhui 2016 vintage) shipped Jiangmen to Kowloon Bay warehouse, customs cleared 09:42.
        Batch AQ-2026-1187 川芎 Ligusticum: Pb 0.8 mg/kg, As 0.3 mg/kg, Hg <0.05 mg/kg, PASS against the buyer's heavy-metal spec. COA attached.
        Reorder alert: SKU TCM-GJ-0250 枸杞子 (Ningxia, 250g) stock 14 units, below par level 40. Auto-PO drafted to purchasing@ for approval.
        Credit note CN-0073 issued to Tai Hing Herbs Sdn Bhd (201701028834 / 1238871-K) for 2 crushed boxes of 党参, RM 486.00.
        Quote valid 30 days: 冬虫夏草 Cordyceps (Nagqu, 2,800 pcs/kg) HK$ 268,000/kg, minimum order 100g, T/T to company account only.
        Shipment held at Port Klang: container MSKU7741209, 12 pallets of honey-fried 炙甘草; demurrage starts 18 Nov per forwarder.
        GRN 2026-11-0214: received 48/50 cartons 白术, 2 short-shipped, claim logged with the supplier sales desk on +852 2545 7310.
        Supplier scorecard Q3: on-time 91.2%, defect rate 0.6%, 3 late deliveries, 0 recalls. Top performer: Anguo Herb Market Co-op.
        Cold chain log: 鹿茸 deer antler slices, chiller #2, setpoint 2-6°C, min 2.4 max 5.1 over 72h, no excursions.
        Pro-forma PI-TW-115-0088 (統一編號 24538761): 製何首烏 10kg, 熟地黃 25kg, FOB Kaohsiung, NT$ 96,350.
        Wholesaler recall: lot 2309-KZ of 苍耳子 withdrawn over aristolochic acid cross-contamination risk; return to any branch, refund against original invoice.
    """),
    ("zh-Hant", "shop_chat_hk_tw"): _lines("""
        今日新到咗一批 2015 年新會陳皮，三兩起賣，$380 一兩，有興趣嘅街坊可以上嚟試味。
        【通告】本堂農曆新年休息：年廿九至初三，初四照常營業。如需執藥請提早預約，門市電話 2381 6620。
        請問你哋有冇得代煎藥？一劑大概幾多錢？要等幾耐先攞到？
        代煎服務：每劑 $25，三劑起，當日 4 點前落單，翌日 11 點後取藥。
        單號 #HK-88214 嘅花旗參片已經包好，可以隨時過嚟攞，記得帶埋收據。
        黃飛鴻寶芝林嘅舊招牌而家喺佛山展覽緊，有冇人去過？聽講仲有跌打酒嘅古法介紹。
        今期熱賣：雞骨草煲豬骨湯料包 $48 一包，清熱去濕，一包夠 3 至 4 人份。
        本中醫診所只接受預約，每日限 20 個名額，逢星期日及公眾假期休息。
        針灸療程 10 次套票 $3,800，有效期 6 個月，不設退款，可轉讓予同住家人。
        台北門市週三公休；LINE 官方帳號 @herbhall-tw 可查詢藥材行情與門市存貨。
        藥材存放小貼士：乾爽陰涼、避光密封，蟲草燕窩建議放雪櫃，陳皮就千祈唔好放雪櫃。
        有客問孕婦飲唔飲得五指毛桃湯，我哋一律答：請先問註冊中醫師，本店唔提供診斷。
        據行業通訊統計，全港註冊中醫師約 8,100 名、表列中醫師約 2,300 名，按年增加約 3%。
    """),
    ("zh-Hans", "clinic_notice_sg_my"): _lines("""
        本诊所周一至周五 9:00-17:00 应诊，周六上午半天，公共假期休息。预约热线 6253 1988（诊所办公时间）。
        【义诊公告】同济医院本月义诊时间调整为每周二、四上午，现场排号，每日限前 60 名。
        温馨提示：针灸前请勿空腹，治疗后两小时内避免冲冷水澡及剧烈运动。
        李时珍《本草纲目》共收录药物 1,892 种，本馆藏有金陵本影印本一套，欢迎预约参观。
        本月接诊统计：初诊 214 人次，复诊 587 人次，针灸 302 人次，推拿 156 人次，较上月增长 8%。
        凡持建国一代或立国一代配套卡者，诊金可享 50% 折扣，药费不在优惠范围内。
        自 2027 年 1 月 1 日起，所有饮片须附批号与产地标签，未贴标签的货品一律退回供应商。
        诊所招聘：注册中医师 1 名、配药员 2 名，须持有效执业证，简历请寄 hr@renheclinic.com.sg。
        吉隆坡分院搬迁通知：新址 Jalan Sultan 23-1，近 Pasar Seni LRT 站，联络电话不变。
        屠呦呦因发现青蒿素获 2015 年诺贝尔生理学或医学奖，本期讲座介绍青蒿在《肘后备急方》中的记载。
        推拿一节 45 分钟 S$55，60 分钟 S$70；首次就诊另收挂号费 S$8。
        流感季节本馆供应板蓝根冲剂、银翘散，每人每次限购 3 盒。
        观察报告：患者 A 与患者 B 均为 60 岁以上，服药两周后失眠量表平均下降 4.2 分（样本 n=38）。
    """),
    ("ms", "kedai_herba"): _lines("""
        Kedai kami buka 9 pagi hingga 7 malam setiap hari kecuali Isnin. Untuk tempahan herba, WhatsApp talian perniagaan 03-2078 5512.
        Promosi Hujung Bulan: Pati Ayam Herba + Tongkat Ali diskaun 20%, kod PROMO-NOV26, sah sehingga 30 Nov.
        Ubat herba ini tidak bertujuan untuk mendiagnosis atau merawat sebarang penyakit. Sila rujuk pengamal perubatan tradisional berdaftar.
        Produk ini berdaftar dengan KKM, No. pendaftaran MAL19986543TC, tarikh luput tertera di bawah kotak.
        Pesanan #MY-55302 telah dihantar melalui Pos Laju, nombor penjejakan ER481903726MY.
        Soalan lazim: Boleh ke ambil kacip fatimah bersama ubat cina untuk haid? Jawapan: Sila berbincang dengan pengamal anda dahulu.
        Sesi akupunktur di cawangan Ipoh: RM 80 sesi pertama, RM 65 sesi susulan. Tempahan melalui portal kami sahaja.
        Notis: Deretan kedai herba di Jalan Petaling ditutup sementara untuk kerja naik taraf longkang, 12 hingga 14 Dis.
        Stok baharu: akar kayu manis, halia bara, kunyit hitam. Harga borong untuk peruncit berdaftar SSM sahaja.
        Kelas urutan tuina asas: Sabtu 10:00-13:00, yuran RM 350 untuk 4 minggu, sijil penyertaan disediakan.
        Laporan bulanan: 128 pesanan dalam talian, 6 pemulangan, purata nilai troli RM 142.50.
        Pameran Laksamana Cheng Ho di Melaka turut mempamerkan rempah dan herba yang dibawa dari China pada abad ke-15.
        Templat resit: Nama Pelanggan: ________ | No. Telefon: ________ | Jumlah: RM ____ | Tandatangan: ________
    """),
    ("mixed", "booking_log"): _lines("""
        [2026-11-21 10:14:07] BOOKING_CREATED id=BK-SG-774201 service=acupuncture_60 room=R3 practitioner_role=senior_physician status=PENDING
        明天 tuina slot 3pm-4pm 已经 full 了，next available 是 Thursday 11am，要不要先 hold 住？
        Slot 2026-12-02 09:30 tukar ke 10:00 sebab bilik rawatan 2 ada maintenance aircon, booking ref TB-0418.
        Walk-in queue 今日 peak 在 6:30pm，平均等候 38 min，建议 Friday evening add 多一个推拿师。
        Reminder template: Hi {name}, your 针灸 appointment at {branch} is on {date} {time}. Reply Y to confirm, N to cancel.
        取消政策 cancellation policy: less than 24h notice 收 50% 费用，no-show 全额收费，kecuali ada sijil cuti sakit.
        Booking export 2026-W47: total 412, cancelled 37, no-show 11, 拔罐 cupping 89, 刮痧 gua sha 54, 艾灸 moxa 63.
        Room R2 嘅 TDP 神灯坏咗，已经 log ticket FAC-2291 俾 facilities，今日 tuina 暂时转去 R5。
        Calendar sync error: Google Calendar API 429 rate limit, retry after 60s; bookings 14:00-15:00 may appear twice.
        Locum physician 下周一至三 cover 早班，affected patients 已经 auto-notify via SMS gateway。
        Pakej 10 sesi cupping + moxa RM 680, this quarter 卖出 23 套, redemption rate 71%.
        Booking BK-HK-90317 CHECKED_IN 10:02, CONSULT_START 10:09, HERB_DISPENSED 10:41, PAID HK$ 460 (Octopus).
        系统提示：same room 同一时段不可 double book，请先 release 原 slot 再 reassign。
    """),
    ("en", "prescription_formula"): _lines("""
        六味地黄丸 Liu Wei Di Huang Wan: 熟地黄 24g, 山茱萸 12g, 山药 12g, 泽泻 9g, 牡丹皮 9g, 茯苓 9g, from Qian Yi's 小儿药证直诀.
        Blank Rx form: Patient: ______ Age: __ Sex: __ | 診斷 Dx: ______ | 處方 Rx: ______ | 劑數: __ | Physician reg. no.: ______
        Gui Pi Tang (归脾汤) is avoided in excess-heat patterns; usual regimen 1 packet daily, decocted twice to 400 ml total.
        Zhang Zhongjing's Shang Han Lun lists 113 formulas, and Gui Zhi Tang is traditionally placed first.
        Dispensing rule: any Rx with processed 附子 above 15g needs a second dispenser sign-off and a 60-minute pre-decoction note on the label.
        Label template: [Formula] x [N] packets | Decoct with 3 bowls water down to 1 bowl | Take warm after meals | Keep away from children
        Granule conversion: 1g of 黄芪 concentrated granules is roughly 5g raw herb (5:1 ratio); check each brand's COA.
        In Dream of the Red Chamber, Lin Daiyu takes 人参养荣丸 for her chronic weakness, our favourite example for the Saturday literature talk.
        Prescription audit 2026-Q3: 1,204 Rx reviewed, 17 dosage flags, 4 incompatible pairs under 十八反, all corrected before dispensing.
        Hua Tuo is credited with mafeisan, an early anaesthetic formula whose original composition is lost.
        Rx #RX-26-11-00381: 银翘散 加减 x 5 packets, dispensed 2026-11-19 14:22 at counter 2, S$46.00, paid NETS.
        Sun Simiao's 大医精诚 is read aloud by every graduating class at our college in July.
        Substitution table: 犀角 (banned) -> 水牛角 at ten times the dose; 虎骨 (banned) -> omit; 穿山甲 (banned) -> 皂角刺.
    """),
    ("mixed", "forum_post"): _lines("""
        Anyone know 哪里买到 good quality 川贝 in JB? The ones at pasar malam 好像 mixed with 浙贝.
        请问 TCM 诊所可以 claim MediSave 吗？听说只有 approved institutions 的针灸 for chronic pain 才可以。
        Lepas tuina semalam badan rasa lenguh, 这个正常吗？or should I apply ice?
        Tip: 煲中药 jangan guna periuk aluminium, 用 clay pot 或 stainless steel 比较好。
        Review: 这家台北的中醫 clinic 环境 clean, 等了 20 min 而已, 医师讲解很清楚, 5 stars.
        Eu Yan Sang 的 Bak Foong pills 跟香港的 Po Chai pills 保濟丸 有什么 difference?
        Tiger Balm was created by Aw Boon Haw and Aw Boon Par, and Haw Par Villa in Pasir Panjang 也是他们建的。
        Mod note: Jangan post nombor telefon peribadi atau gambar preskripsi dengan nama pesakit dalam group ini. Terima kasih.
        Poll result: 62% members prefer 颗粒 granules over 煎药 decoction, 38% still 煲 at home (n=513).
        有人试过 Lazada 上卖的「灵芝孢子粉」吗？RM 199 for 60 caps seems too cheap, 怕是假货。
        台湾健保有 cover 中医针灸吗？每次部分负担大概 NT$50 to NT$200 depending on clinic level.
        Reminder: 冬至 week 很多 halls 会 close early, plan your 药材 shopping before 21 Dec.
        推荐 beginner books: 《中医基础理论》, Giovanni Maciocia's Foundations of Chinese Medicine, Ted Kaptchuk's The Web That Has No Weaver.
    """),
    ("en", "system_config"): _lines("""
        herbpos v3.8.2: fixed rounding in tael-to-gram conversion (HK tael 37.799 g, TW 37.5 g); installer sha256 9f2c41d07be3a8156c0e94f2b7d1a63e5f08c2b91d4e7a60c35f18b2e9d047ac
        config.yaml: residency_region: SG; retention_days: 2555; pii_redaction: true; export_bucket: s3://herbhall-analytics-sg/exports/
        SELECT branch_id, COUNT(*) AS visits FROM consultations WHERE visit_date >= '2026-11-01' GROUP BY branch_id ORDER BY visits DESC;
        ERROR 2026-11-22T08:31:55+08:00 inventory-sync: SKU TCM-DS-1000 丹参 negative stock (-3) at branch KL02; sync aborted, job 7f3a91c2.
        CSV header: rx_id,branch,formula_code,packets,herb_count,total_price,currency,dispensed_at
        Webhook payload: {"event":"order.paid","order_id":"WEB-SG-104552","amount":128.40,"currency":"SGD"}
        commit 4e1d07b: add Malay translations for dosage labels (sebelum makan / selepas makan)
        Cron: 0 2 * * * /opt/herbpos/bin/backup.sh --target nas01 --keep 14
        Anonymised export: patient_id replaced by salted sha1, DOB truncated to year, postcode truncated to first 2 digits.
        API rate limit is 120 req/min per key; write to api-support@herbhall.io for a higher quota.
        Feature flag tw_nhi_claims=false until NHIA API certification completes (ticket OPS-3321).
        Dashboard: avg dispense time 11.4 min, p95 24 min, error rate 0.3%, branches reporting 17/18.
        Printer mapping: counter_1 -> EPSON TM-T82III (192.168.10.41), label_1 -> Zebra ZD421 (192.168.10.42).
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Patient Tan Wei Ming (NRIC S8734219J), 52, chronic lower back pain, tuina twice weekly; note he is diabetic, avoid heavy 甘草 formulas.
        Please refund Mrs Priya d/o Rajendran for the cancelled cupping package; she called from 9183 4472 to say she has been admitted to hospital.
        Supplier contact changed: send POs to Mr Kenneth Leong's personal address kenleong.herbs88@gmail.com until the office mail is fixed.
        Mdm Goh from #05-12 came in crying again; her son still hasn't paid back the $6,000 she lent him and she can't sleep, so 酸枣仁汤 for now.
        Card on file for Ms Chloe Fernandez (booking BK-SG-771930): 4532 7910 3846 2175 exp 08/28, please charge the no-show fee.
        Staff discipline record: dispenser Muthu a/l Selvam given a written warning on 14 Nov for mixing up two patients' 附子 prescriptions.
        Uncle Ah Seng who helps at the Geylang branch has just been told it's stage 3 colon cancer; he asked us not to tell the other staff.
        Deliver the 10 decoction packs to Mr Lim Boon Keat, Blk 418 Hougang Ave 8 #11-207, Singapore 530418, ring twice, he is bedridden.
        HKID K382915(4), Chan Siu Fung, 38, acupuncture for infertility, starting her third IVF cycle next month.
        Rachel de Souza, the Eurasian lady who teaches at the convent school, is 9 weeks pregnant; no 红花, no 桃仁 in anything we give her.
        Payslip Nov 2026, senior physician Ong Hui Ling: basic S$6,800, commission S$1,240, CPF employee S$1,608, net S$6,432.
    """),
    "zh-Hans": _lines("""
        患者王建国，身份证号 440106198703124520，失眠三年，舌红少苔，脉细数，予天王补心丹加减。
        陈阿姨（3栋 502）的中药已经煎好，她儿子说下午来拿，记得顺便收上次欠的 380 块。
        顾客刘婷婷，手机 13826471935，订了 500 克西洋参，要求顺丰寄到厦门思明区湖滨南路 218 号 7 楼。
        微信号 lin_xiaoyu_0826 的那位顾客说喝了我们的减肥茶后一直拉肚子，扬言要去消协投诉。
        黄秀英老师这个月第三次来针灸了，她说离婚后压力太大，月经已经两个月没来。
        新加坡店：林美华 S7612058G 复诊，乳腺结节 1.2cm，医院建议手术，她想先试三个月中药。
        老郑的女儿在新山欠了大耳窿的钱，他这几天都没心思来推拿店上班。
        退款申请：客户周志强，银联卡 6225 8801 3746 2959，退回燕窝订单差价 ¥1,260。
        大陆客人何志明，护照号 E48271639，在吉隆坡做了 6 次针灸，要开英文收据拿回去报保险。
        配药的阿芳说身上的瘀青是她老公打的，叫我们别声张，跌打酒的钱她下次再给。
    """),
    "zh-Hant": _lines("""
        李太（陳李美玲）電話 9134 8821，下星期二做針灸減肥療程，佢叮囑千祈唔好打去佢屋企。
        台北病患林志豪 A228563914，腰椎間盤突出，健保卡已過卡，下次回診 12/9 下午 3 點。
        陳伯話佢個仔賭錢輸咗二十幾萬，成晚瞓唔着，今日又嚟執安神藥。
        送貨地址：九龍深水埗福華街 152 號 4 樓 B 室，收件人黃嘉欣，電話 6372 9015。
        阿May（收銀嗰個）上個月小產，醫師話要幫佢調理三個月，大家唔好問佢。
        客人鄧家豪 Y604173(4)，工傷扭親膊頭，勞工處要求我哋出中醫診斷證明書。
        高雄店：陳怡君小姐 0912583746，LINE ID yijun.chen1022，每週四固定找 3 號師傅推拿。
        張醫師私底下講，蔡小姐嘅甲狀腺癌已經擴散，佢屋企人仲未知。
        員工吳佩珊 F130472681，本月薪資 NT$38,500，事假 3 天扣 NT$3,850，已通知人事。
        麻煩跟進：IG @kayan_wong.hk 喺我哋 post 下面留言話飲完涼茶全身出疹，要我哋賠醫藥費。
    """),
    "ms": _lines("""
        Pesakit Nurul Aina binti Kamarudin, No. K/P 920830-07-6141, rawatan bekam untuk migrain, alah kepada minyak cengkih.
        Tolong hantar ubat herba kepada Encik Rosli bin Ahmad, No. 27, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam. Tel 012-748 3391.
        Kak Yati dari gerai sebelah cakap suami dia baru masuk penjara, sebab itu hutang herba RM 420 belum dibayar.
        Pekerja kami Bishnu Thapa dari Nepal, pasport 10284736, permit kerja tamat 3 Jan, tolong uruskan pembaharuan segera.
        Nombor akaun Maybank 5642 1187 9034 milik Puan Siti Hajar untuk bayaran balik deposit pakej akupunktur, resit hantar ke 019-336 8820.
        Pak Cik Hamid yang selalu beli tongkat ali tu sebenarnya ada masalah mati pucuk, isteri dia yang cerita kat kaunter.
        Rekod disiplin: Saravanan a/l Krishnan diberi amaran terakhir kerana lewat 6 kali bulan ini dan berkasar dengan pelanggan.
        Pelanggan Lim Chee Keong, IC 850112-14-3378, minta invois atas nama syarikat tapi bayar guna kad Visa peribadi 4012 8877 0135 6246.
        Cik Farah Izzati, pelajar UiTM yang datang untuk rawatan jerawat, rupanya sedang makan ubat kemurungan, jangan bagi herba yang berinteraksi dengan SSRI.
    """),
    "mixed": _lines("""
        Auntie Mary 今天 call 来说她 grandson 的 eczema worse 了, number 是 8642 1097, 请 Dr callback before 5pm.
        Booking BK-SG-775112: Mr Hafiz bin Osman, FIN G5128364W, lower back tuina, 他说 insurance claim 要 itemised receipt.
        Jason Teo 那个 tuina therapist 上个月被 customer complain harassment, HR 还在 investigate, 先别排 female clients 给他.
        收件人 Kumar s/o Pillai, 21 Jalan Ampang Hilir, 55000 KL, COD RM 238, 他要 call dulu 016-552 7419 sebelum hantar.
        新同事 Tay Jia Hui NRIC T0261847D 明天 start, 请 set up POS login 和 CPF submission.
        那个 regular 叫 Ah Boy 的, 他妈妈说 he's on the methadone programme, 所以含麻黄的 products 不要卖给他.
        Grab 送药 to Ms Yeoh Pei Shan, Unit 12-3A Mont Kiara Palma, 她 request leave at guardhouse, car plate 是 VCD 2284.
        HKID XA017263(1) 的 client Mr Lam 做完 acupuncture 之后 fainted, incident report IR-0932 已经 file, 他太太要 compensation.
        Telegram @mei_ling_tan92 一直 DM 我们 staff 问 Dr 的 home address, 要不要 block 她?
        430524196509211763 这个 ID 是罗先生的, China patient 来 Singapore 看诊, 要 medical report in English 给他 employer.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for Herbal Harmony TCM Clinic, Toa Payoh branch. Be brief.",
        ),
        (
            "user",
            "Hi, I want to book acupuncture for my mother Mdm Koh Ah Lian, NRIC S4518273H. Her knee osteoarthritis is getting worse.",
        ),
        (
            "assistant",
            "Sure. We have Tuesday 10:30am or Thursday 2:00pm with the senior physician. Which suits Mdm Koh?",
        ),
        (
            "user",
            "Thursday 2pm. Please SMS the confirmation to my number 9027 3361, she doesn't use a phone.",
        ),
        (
            "assistant",
            "Booked Thursday 2:00pm for Mdm Koh Ah Lian, confirmation will go to 9027 3361. Please bring her latest X-ray if available.",
        ),
    ],
    [
        ("system", "你係九龍一間中藥行嘅客服助手，用廣東話回覆。"),
        ("user", "你好，我想幫我老豆執返上次嗰條方，佢叫何國強，上個禮拜喺你哋度睇過。"),
        ("assistant", "收到，請問需要幾多劑？需唔需要代煎同送貨？"),
        ("user", "五劑，代煎，送去觀塘協和街 88 號 12 樓 C 室，佢中風之後行唔到，電話 6518 2274。"),
        ("assistant", "好，五劑代煎，明日下晝送到觀塘協和街地址，送貨前會先打 6518 2274 通知。"),
    ],
    [
        ("system", "Anda pembantu maya untuk pusat rawatan herba dan bekam di Kota Bharu."),
        (
            "user",
            "Assalamualaikum, isteri saya Wan Nor Hidayah binti Wan Ismail mengandung 5 bulan, boleh ke dia buat bekam?",
        ),
        (
            "assistant",
            "Waalaikumsalam. Bekam tidak disyorkan semasa mengandung. Kami cadangkan urutan ringan selepas berbincang dengan doktor kandungan.",
        ),
        (
            "user",
            "Ok, kalau macam tu tempah urutan untuk dia, nombor IC 950307-03-5124, hubungi 013-926 4107.",
        ),
    ],
    [
        ("system", "你是台中一間中醫診所的線上掛號助理。"),
        ("user", "我要掛號針灸，姓名黃雅婷，身分證字號 N213904575，健保卡號還沒帶。"),
        (
            "assistant",
            "好的，黃小姐，週五上午 9:30 還有名額，請記得當天攜帶健保卡，否則需先自費再退費。",
        ),
        ("user", "可以。我是因為肩頸痛，上個月也被診斷出焦慮症，針灸會不會有影響？"),
        (
            "assistant",
            "一般不影響，但請在看診時告訴醫師您正在服用的焦慮症藥物，醫師會依情況調整穴位與療程。",
        ),
    ],
    [
        ("system", "你是一家新加坡参茸店的订单助手，负责跨境订单。"),
        ("user", "我在厦门，想订 200 克官燕寄回国，报关要用我身份证。"),
        ("assistant", "好的，请提供收件人姓名、身份证号码、手机号和收货地址，用于海关清关。"),
        (
            "user",
            "收件人郑丽娟，身份证 350203199207183029，手机 15960218847，厦门市思明区莲前西路 77 号 2 单元 1501。",
        ),
        ("assistant", "已记录，郑丽娟女士的订单会通过清关渠道寄出，预计 5 至 7 个工作日送达。"),
    ],
    [
        ("system", "You help a Penang herbal wholesaler handle supplier messages."),
        (
            "user",
            "Draft a reply to the Ningxia goji supplier about invoice INV-NX-3381 being short by 20kg.",
        ),
        (
            "assistant",
            "Dear Sales Team, regarding invoice INV-NX-3381, our GRN shows 20kg short on 枸杞子. Please issue a credit note or ship the balance. Thank you.",
        ),
        (
            "user",
            "Add that their rep Mr Zhao Lei gave me his personal WeChat zhaolei_gouqi77 and said to settle it privately, we don't want that.",
        ),
        (
            "assistant",
            "Added: We note Mr Zhao Lei suggested settling privately via his personal WeChat; we prefer all adjustments be handled through your company's official channel.",
        ),
    ],
    [
        ("system", "You are an HR writing assistant for a chain of TCM clinics in Johor."),
        (
            "user",
            "帮我写 warning letter 给 Nurhaliza binti Yusof, 她是 front desk, 这个月 three times 把 patient 的 records 拍照 send 到她自己的 WhatsApp.",
        ),
        (
            "assistant",
            "Sure. Draft: Dear Cik Nurhaliza binti Yusof, this letter serves as a formal written warning for photographing patient records and sending them to a personal device on three occasions this month.",
        ),
        ("user", "加上她的 employee no. JB-0217 和她的 IC 010923-01-2256, HR file 要。"),
        (
            "assistant",
            "Updated header: Employee: Nurhaliza binti Yusof, Staff No. JB-0217, IC 010923-01-2256. The rest of the letter stays as drafted.",
        ),
    ],
    [
        ("system", "Summarise clinic notes for the physician handover. Keep it short."),
        (
            "user",
            "Notes: Gary Ng Kok Wah, 61, HKID R530762(6). Post-stroke left hemiparesis, acupuncture 3x/week, BP 152/94 today, refuses Western meds, wife says he drinks daily.",
        ),
        (
            "assistant",
            "Handover: Gary Ng Kok Wah (61), post-stroke left hemiparesis, acupuncture 3x weekly. BP 152/94 today, declines Western medication, daily alcohol per wife. Flag for BP follow-up.",
        ),
        ("user", "Also note he asked us not to tell his daughter about the drinking."),
    ],
    [
        ("system", "Anda pembantu khidmat pelanggan kedai herba dalam talian."),
        (
            "user",
            "Order saya #MY-55917 belum sampai lagi, dah 10 hari. 我的 email 是 shaz.rahman.93@yahoo.com, tolong update.",
        ),
        (
            "assistant",
            "Maaf atas kelewatan. Pesanan #MY-55917 tersekat di hab Pos Laju Bangi. Kami akan emel nombor penjejakan terkini hari ini.",
        ),
        (
            "user",
            "Ok, alamat saya No. 9 Lorong Kenanga 2, Taman Cheras Jaya, 43200 Cheras, Selangor, betul ke dalam sistem?",
        ),
        (
            "assistant",
            "Ya, alamat dalam sistem sama: No. 9 Lorong Kenanga 2, Taman Cheras Jaya, 43200 Cheras. Tiada perubahan diperlukan.",
        ),
    ],
    [
        ("system", "你係一個中醫知識問答助手，唔可以作出診斷。"),
        ("user", "我朋友何嘉雯最近確診咗抑鬱症，食緊西藥，佢可唔可以同時飲甘麥大棗湯？"),
        (
            "assistant",
            "甘麥大棗湯一般性質溫和，但同精神科藥物一齊用之前，最好由佢本人問返主診醫生同註冊中醫師。",
        ),
        ("user", "明白，佢唔想屋企人知道佢睇緊精神科，所以我先幫佢問。"),
    ],
]
