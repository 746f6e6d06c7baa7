# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix81: durian stalls, fruit orchards and farm stays in SG/MY (orders, delivery, orchard tours, worker permits, customer chats). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix81
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "stall price board and menu"): _lines("""
        TODAY'S PRICE (per kg) | Musang King A grade RM 58 | D24 Sultan RM 32 | Black Thorn RM 85 | Red Prawn RM 28 | Kampung durian 3 for RM 20
        Geylang stall board, Sat: MSW S$22/kg, Black Thorn S$45/kg, XO S$16/kg, D24 S$14/kg — prices follow Pahang arrivals, may change after 9pm
        Open 3pm till sold out. No durian on Mondays until the Raub lorry comes in.
        Buy 2 kg Musang King, free 1 packet glutinous rice + 1 coconut. While stocks last.
        Durian pengat RM 12 / durian puff 6 pcs RM 15 / frozen deseeded MSK 400g box RM 48
        Dine-in rules: gloves provided, no outside durians, seeds into the blue bucket please, take-away boxes 50 cents each
        Season update: Penang Balik Pulau main season end June to mid August; Raub peaks in July; off-season fruit comes from Johor and Thailand.
        Grade guide: A = full bloom, no worm holes, min 1.8 kg; B = small crack or uneven lobes; C = for pulp and pengat only
        We do not accept returns once the fruit is opened at the table, but we will replace any fruit that is wet or sour on the spot.
        Bundle 'Durian Party Set': 3 MSK + 2 D24 + 1 Black Thorn, approx 8 kg, S$238, serves 8-10 people
        Mangosteen 3 kg RM 15 | rambutan 1 ikat RM 8 | langsat RM 6/kg | cempedak RM 10 each
        Hotline for bulk and corporate orders: 6742 8810 (Durian Alley Trading Pte Ltd, Mon-Sat 10am-10pm)
        Pay by PayNow to UEN 201912345K or NETS; kampung durian cash only.
    """),
    ("zh-Hans", "orchard tour and farm stay info"): _lines("""
        文冬榴莲园一日游：早上8点吉隆坡出发，约1.5小时车程，含园内午餐和任吃榴莲（猫山王、黑刺、D24），每人RM 198，儿童RM 120。
        劳勿（Raub）农庄民宿：双人房每晚RM 260含早餐，榴莲季（6–8月）周末需提前两周预订。
        参观须知：请穿包鞋，榴莲会自然掉落，请勿在树下逗留，进入果园务必戴上园方提供的安全帽。
        槟城浮罗山背（Balik Pulau）果园开放时间：上午9点至下午6点，最后入园时间下午5点。
        团体10人以上可享九折，学校团体需提前提交参观申请表（见附件模板）。
        猫山王从开花到成熟大约需要90至100天，成熟后自然掉落，一般落果后24小时内食用风味最佳。
        民宿入住时间下午2点，退房中午12点；园内禁止吸烟及携带宠物。
        榴莲任吃套餐不可打包带走，如需带回请到门口档口另购；真空包装果肉托运前请先确认航空公司规定。
        交通：可搭乘巴士至文冬总站，再转搭园方接驳车（每天10:00、14:00两班）。
        雨天照常营业，遇雷暴时园区步道会临时关闭。
        新加坡出发两天一夜柔佛榴莲团，含往返巴士、一晚民宿及三餐，新币S$189起。
        果园面积约40英亩，种植猫山王、黑刺、红虾、D101等品种，另有山竹、红毛丹和菠萝蜜。
        预订表格：姓名＿＿＿ 联系电话＿＿＿ 人数＿＿＿ 到达日期＿＿＿（请勿在公开群组填写）
        农庄体验活动：割胶示范、手工榴莲糕制作、夜间萤火虫观赏（视天气而定）。
    """),
    ("zh-Hant", "customer FAQ and delivery policy"): _lines("""
        問：榴槤可以寄去香港嗎？答：冷凍真空包裝果肉可以，新鮮整粒需要植物檢疫證書，一般唔建議客人自己寄。
        送貨範圍：新加坡全島，滿S$80免運費，聖淘沙及裕廊島另加S$15。
        當日送貨請於下午3點前落單，晚上7點至10點送達；榴槤季高峰期可能會延遲。
        如果收到嘅榴槤有濕肉或者苦味唔啱，請喺收貨後2小時內send相片俾客服，我哋會補發或者退款。
        冷凍貓山王果肉解凍方法：放雪櫃下層慢慢解凍6至8個鐘，唔好用微波爐。
        地鐵同巴士都唔准帶榴槤，請自備車或者用我哋嘅送貨服務。
        付款方式：PayNow、信用卡、FPS（香港客人）或銀行轉帳，轉帳時請喺備註填寫訂單號碼。
        黑刺同貓山王點分？黑刺尾部有一撮黑色刺尖，底部有明顯嘅啡紅色線，果肉偏橙紅。
        大部分酒店唔准帶榴槤入房，違者可能要俾清潔費，請留意。
        預購訂單一經確認，取消需收取訂金30%作為手續費。
        台灣客人注意：新鮮榴槤不得攜帶入境台灣，冷凍果肉亦需符合輸入檢疫規定。
        營業時間：週二至週日下午3點至凌晨12點，週一休息（公眾假期照常營業）。
    """),
    ("ms", "worker permit and orchard notices"): _lines("""
        Makluman: Semua pekerja asing di kebun mesti menjalani pemeriksaan perubatan FOMEMA dalam tempoh 30 hari dari tarikh ketibaan.
        Permohonan PLKS baharu memerlukan: salinan pasport sah melebihi 18 bulan, gambar berukuran pasport, surat kelulusan kuota dan resit levi.
        Levi pekerja asing sektor pertanian dikenakan setiap tahun bagi setiap pekerja; sila semak kadar terkini di portal Jabatan Imigresen.
        Notis: Kebun ditutup kepada pelawat pada 14 hingga 16 Jun untuk kerja memasang jaring di bawah pokok Musang King.
        Harga ladang hari ini: Musang King gred A RM 45/kg, D24 RM 22/kg, Udang Merah RM 20/kg, durian kampung RM 8/kg.
        Pekerja dinasihatkan memakai topi keledar semasa memungut durian pada waktu malam kerana buah boleh gugur tanpa amaran.
        Borang pendaftaran pelawat: Nama: ______ No. Tel: ______ Bilangan orang: ______ Tarikh lawatan: ______
        Pakej inap desa Raub 2H1M: bilik berkongsi, sarapan kampung, makan durian sepuasnya, RM 230 seorang.
        Peringatan: Majikan tidak boleh menahan pasport pekerja; ini satu kesalahan di bawah Akta Pasport 1966.
        Jadual lori: Raub ke Kuala Lumpur bertolak jam 4 petang setiap hari; ke Singapura pada hari Selasa, Khamis dan Sabtu.
        Pengusaha kebun yang ingin mengeksport durian beku ke China perlu berdaftar dengan Jabatan Pertanian dan mendapatkan sijil fitosanitari.
        Kursus pengurusan kebun durian anjuran Jabatan Pertanian Pahang, 22 Julai, Dewan Orang Ramai Sungai Ruan, yuran RM 50.
        Gaji pekerja hendaklah dibayar melalui akaun bank selewat-lewatnya pada hari ke-7 bulan berikutnya.
        Stok hari ini habis. Tempahan untuk esok dibuka jam 8 pagi melalui laman web rasmi kami.
    """),
    ("mixed", "group chat broadcast"): _lines("""
        Durian kakis 大家好！Today Raub batch arrive liao, MSK very 靓, come early before 8pm sold out ah 🙏
        Eh guys the Black Thorn this week a bit 湿, boss say don't buy first, wait for Saturday lorry.
        Reminder 提醒: delivery slot tonight full already, new orders tomorrow then send ya. Terima kasih!
        Kebun buka untuk lawatan this Sunday, 团体 10人以上 pls book via the Google form link in group description.
        Harga turun! D24 now RM 18/kg only, 今天最后一批, first come first serve.
        Admin here: pls don't post your IC or address in this group, PM the stall number for orders ok.
        Lorry delay due to jam at Karak Highway, ETA 9:30pm. Sorry ya 各位 🙏
        今晚 durian party cancelled 因为大雨, refund will auto go back to your PayNow within 3 working days.
        New arrival: 红虾 Udang Merah from Balik Pulau, lemak manis, RM 30/kg only this weekend.
        Group rule: no selling other fruit here, no MLM, no politics. Langgar rule kena kick.
        Orchard stay July full booked liao, August still got weekday rooms, 有兴趣的 PM admin.
        Musang King vs Black Thorn poll: 👍 for MSK, ❤️ for 黑刺. Result we announce Friday!
        Frozen MSK 400g back in stock, S$32 per box, min 2 box for delivery. 收到请回复 +1
        Cantonese 朋友注意: 呢個禮拜六 Geylang stall 開到凌晨兩點, 食完記得洗手先好摸手機 😂
        Penang 果园 tour bus depart from Komtar 7am sharp, late 10 min we go first ah.
    """),
    ("en", "order and logistics log"): _lines("""
        ORD-260716-00832 | 2x MSK whole A grade | status: PACKED | courier: Lalamove | slot 19:00-21:00
        Invoice INV/2026/07/1183 issued to Orchid Fruits Trading Sdn Bhd, total RM 12,480.00, due in 30 days
        Tracking no. JNT 630218847715 — frozen pulp 20 boxes, consigned KL hub to Penang hub
        Batch RB-0719-A: 1,240 kg Musang King harvested, 3% rejected (worm), 88 cartons packed
        Phyto cert ref PC/DOA/2026/009871 attached for container MSKU 7731045
        Cold room 2 temp log: 06:00 -18.2°C, 12:00 -18.0°C, 18:00 -17.8°C — within spec
        Ticket #4471 closed: customer reported wet flesh, replacement sent under ORD-260718-01120
        SKU DUR-MSK-400G-FRZ reorder point 150 units; current stock 96; PO-2026-0455 raised
        Packing house export registration no. MYS-DUR-PH-0123 (see export docs folder)
        Refund REF-88213 processed S$46.00 via original payment method
        Shipment ETD 2026-08-02, ETA Qingdao 2026-08-12, B/L WHLC042A119803, 20ft reefer
        Daily sales summary 21 Jul: 312 orders, S$18,740 gross, avg basket S$60.06, 4 refunds
        Policy ref POL-SG-0042 v3.1: all delivery riders must use cooler boxes for trips above 15 km.
        Customer satisfaction survey Q2: 4.6/5 (n=1,128); top complaint is late delivery on peak weekends
    """),
    ("mixed", "how-to questions and advice"): _lines("""
        How to tell durian masak or not? Shake it, if seeds rattle means ripe; also sniff the stem — 香到好似酒味就太熟了.
        Macam mana nak simpan durian dalam peti sejuk tanpa bau? Balut dengan plastic wrap 3 lapis then masuk container kedap udara.
        请问冷冻猫山王可以带进新加坡吗? Small quantities for personal use are generally fine, but check the SFA website for the latest rules.
        Can diabetics eat durian? Doctors usually advise small portions, like 2 seeds, and never together with alcohol.
        點解食完榴槤唔好飲酒? 因為榴槤含硫化合物, 可能影響酒精代謝, 食完最好隔幾個鐘.
        Tips memilih durian D24: kulit kehijauan, duri tajam, bau tak terlalu kuat, berat sederhana dalam 1.5 kg.
        What's the difference between MSK and D197? Same thing lah, D197 is the DOA registered clone number for Musang King.
        How long does a durian tree take to fruit? Grafted seedlings around 5-7 years, seed-grown can be 10+ years.
        Pekerja asing nak tukar majikan dari kebun ke restoran boleh ke? Perlu kelulusan Jabatan Tenaga Kerja dan majikan baru kena mohon permit semula.
        种榴莲树用什么肥料? 一般幼树用NPK 15-15-15, 开花前换高钾肥, 每棵每季约2-3公斤。
        Durian husk got use or not? 榴莲壳 can be dried and burned to keep mosquitoes away, or just compost it.
        How to book farm stay safely online? Pay only to the company account, check the SSM registration and read the reviews first.
    """),
    ("en", "durian history and news"): _lines("""
        Alfred Russel Wallace wrote in 1856 that eating durian was a new sensation worth a voyage to the East to experience.
        The Musang King clone is registered with Malaysia's Department of Agriculture as D197.
        Malaysia first shipped frozen whole durians to China in 2019 and later signed a protocol for fresh durian exports.
        Singapore's Esplanade – Theatres on the Bay is nicknamed 'the durian' because of its spiky sunshade panels.
        Many hillside growers around Raub in Pahang switched from rubber to durian as Musang King prices climbed.
        Thailand's Monthong remains the most widely exported durian variety by volume.
        Anthony Bourdain famously said durian leaves your breath smelling as if you had been kissing your dead grandmother.
        Durian is banned on Singapore's MRT trains, and the rule is printed on signs at every station.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Delivery note: Mrs Jacqueline Oei, Blk 412 Bedok North Ave 2 #08-1147, S460412, call 9176 4482 before coming up, 2x MSK + 1 Black Thorn, paid PayNow.
        Complaint C-2291: Mr Ravi s/o Kanagaratnam says the D24 he bought on 12 Jul was sour and both his kids had stomach ache the next day; wants refund to card ending 4981.
        NAME: MD RAFIQUL ISLAM | FIN: G3850778N | Nationality: Bangladesh | Employer: Kranji Green Farm Pte Ltd | Work permit medical due 03/09
        Farm stay booking BK-7731: Hannah Whitfield + 2 kids (6 and 9), arriving Raub 3 Aug, younger one has peanut allergy, mobile +65 8342 1706
        Refund for cancelled durian party: DBS 072-418865-3, account name TAN WEI JIE, amount S$238.
        Staff note: Ah Boon (Lim Kah Boon, new part-timer) caught taking cash from the kampung durian tray twice this week; boss says final warning.
        pls deliver to Desmond de Souza, 27 Jalan Kembangan, S419134 — he's bedridden after knee surgery so just pass to the helper
        VIP list Sat tasting: Dr Priya Nair (paediatrician, 6 pax), Kelvin Goh (still owes S$320 from last time, collect first), Sharon Teo (no alcohol, pregnant)
        Rider report: Mdm Koh Lay Hoon at 88 Lorong 27 Geylang refused to pay for 3 MSK, says fruit smell bad; her number 9034 7718
        Card declined: 5264 7661 4256 9710 exp 11/27, cardholder JONATHAN YEO KIM HOCK — call him to re-pay before we release the fruit.
        Worker file: Aung Ko Ko, Myanmar passport MC 482917, arrived 18/05, FOMEMA result still pending, stays in kongsi house block B.
        Hi this is Sandra Lim from Tampines, the one who ordered 5 MSK for my dad's 70th at 21 Tampines St 81, Telegram @sandra_lkw if urgent
        Tour guest list 14/7: 1) CHEONG MEI LING S7616777Z 2) CHEONG KAH WAI T0252251E 3) ROSLINA BINTI HAMZAH 920614-10-6022 — all on bus A
        Lost & found: iPhone left in chalet 3 belongs to Mr Hiroshi Tanaka, flying back to Osaka on 5 Aug, email h.tanaka.osk@gmail.com
        Durian Club gold member renewal: LEE AH HUAT, NRIC S6794897A, spent S$4,210 this season, prefers Black Thorn, self-collects in car SJA 4127 T
    """),
    "zh-Hans": _lines("""
        收货人：陈志明 13827415096 广东省广州市天河区林和西路163号2栋1802，冷冻猫山王果肉6盒，顺丰到付。
        入境旅客名单（文冬一日游）：王晓东 35020319910722097X；黄国强 445102198603142333；韦秋萍 450102199409116440。
        客户投诉：李秀英女士说上周在芽笼买的猫山王有虫，她丈夫吃后腹泻去了诊所，要求赔偿S$150医药费。
        员工考勤：周丽华7月迟到5次，扣薪RM 150；她说儿子在吉隆坡中央医院住院，需要请长假。
        微信号 durian_lao_zhou88 就是文冬果园的周建国本人，想批发的直接加他。
        退款申请：申请人 郑婉清，身份证 440511198306275264，退回工商银行卡 6222025260181590832，金额RM 486。
        民宿预订：张伟一家四口，8月10日入住两晚，张太太怀孕6个月，需要一楼房间，电话 +60 12-618 3347。
        司机何俊杰（车牌 PKV 7281）每周二送货去新加坡，他的手机 016-452 8190，不要在群里公开。
        签证材料：申请人 林雅婷，1996年3月2日出生，护照号 EJ4827193，计划在劳勿农庄打工换宿三个月。
        果园主吴金福拖欠工人三个月工资共RM 9,600，工人已经去劳工局投诉他。
    """),
    "zh-Hant": _lines("""
        香港客訂單：收件人 陳嘉欣小姐，電話 9463 2718，地址 旺角洗衣街173號9樓C室，冷凍貓山王6盒。
        團友資料：何志豪 HKID K507826(1)，梁詠詩 HKID P524747(4)，兩位由香港出發參加檳城榴槤團。
        呢位黃太（黃美玲）上次飲醉咗喺檔口打爛兩張凳，之後唔好再賣酒俾佢。
        台灣旅客 蔡佩珊 身分證 A266449440，預訂勞勿農莊8月兩晚，已付訂金RM 300。
        員工林家豪上個月喺果園跌落坑扭親腳，請咗兩個禮拜病假，醫藥費RM 2,300由公司報銷。
        送貨司機回報：收件人吳志偉先生住沙田第一城38座12樓F，唔喺屋企，電話6127 5083冇人聽。
        台南的許雅雯小姐 身分證 E213433663 說去年在民宿滑倒受傷，要求我們賠償醫藥費新台幣18,000元。
    """),
    "ms": _lines("""
        Pekerja: SUPRIYADI BIN SLAMET, pasport Indonesia C 4418273, PLKS tamat 12/10, majikan Kebun Durian Bukit Sagu.
        Pelanggan Puan Noraini binti Abdullah, 012-734 5619, tempah 3 biji Musang King untuk kenduri, hantar ke No. 14, Jalan Mawar 3, Taman Bukit Indah, 81200 Johor Bahru.
        Encik Hafiz (Muhammad Hafiz bin Rosli) belum bayar baki RM 450 untuk pakej inap desa minggu lepas, sila follow up.
        Senarai pekerja sakit: Ram Bahadur Thapa (Nepal) demam denggi, dimasukkan ke Hospital Raub pada 20/7.
        MyKad: 790312-06-5487 / Nama: ZULKIFLI BIN OSMAN / Alamat: Lot 221, Kampung Sungai Ruan, 27500 Raub, Pahang / Jawatan: Penyelia kebun
        Gaji bulan Julai untuk Siti Aminah binti Yusof dimasukkan ke akaun Maybank 1140 2238 5176, jumlah RM 1,700.
        Aduan daripada Encik Muthu a/l Perumal: lori kebun parkir depan rumahnya di Lorong Durian 4, Bentong setiap pagi dan halang pintu pagar.
        Tetamu homestay Cik Farah Nadia binti Ismail check in lewat malam, minta kunci diletak bawah pasu bunga, nombor dia 019-228 4176.
        Pekerja Bangladesh Md Shahidul Islam (pasport EF 0728391) lari dari kebun pada 2 Ogos, majikan sudah buat laporan di Balai Polis Karak.
        Pemandu lori baru: Rajesh a/l Subramaniam, no. plat CDR 6172, lesen kelas E, mula kerja 1 Ogos, gaji RM 2,200.
    """),
    "mixed": _lines("""
        Boss, Auntie Mei (Ong Siew Mei) from Bukit Timah WhatsApp 9823 6107 say she want 4 MSK tomorrow, deliver to her condo Sixth Avenue Residences #05-02 lah.
        @ah_keat_durianhunter 这个 IG 就是 Tan Boon Keat 本人, the guy who cheated us S$800 deposit last year hor, 大家小心.
        Tolong check: Encik Azman bin Jaafar 的 payment 还没进, he say already transfer from CIMB 8602147395 since Tuesday.
        Ah Girl 是 boss 的女儿 Lim Jia Xin, 今年在 NUS 读 business, weekend 会来 stall 帮忙收钱.
        FIN F9515316W 那个 worker Nguyen Van Hung, work permit expire 30/9, MOM say must renew before then 不然 kena fine.
        Uncle Raju (Raju a/l Muniandy) 的 kebun 在 Karak, 2 ton D24 payment we bank in to his Public Bank 3189207540 already.
        Sorry boss 今天我 MC, 在 Poliklinik Bentong, doctor say food poisoning 😷 — Kumaresan a/l Velu
        Customer 黃Sir (Wong Kwok Leung) 住 Jalan Alor 个 hotel Room 1208, 佢话 durian 送错去 1802, pls resend. His number +852 5318 2297.
        Pre-order list: 1. Jessica Tan 2 MSK paid / 2. Nur Izzati binti Kamal 1 BT not paid yet / 3. Vincent Loh 3 D24 paid — collect at SS2 stall 8pm
        Homestay guest Mr & Mrs Chua from Ipoh, car plate AKN 3391, 他们 checkout late 因为 Mrs Chua 血压高 feeling dizzy this morning.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the order assistant for Durian Alley Trading, a durian stall in Geylang, Singapore. Collect the order, delivery slot and contact details.",
        ),
        ("user", "hi can order 3 MSK A grade for tonight 8-10pm slot?"),
        (
            "assistant",
            "Sure! 3 Musang King A grade comes to about S$198 today. May I have the recipient name, delivery address and a contact number?",
        ),
        (
            "user",
            "Serene Lau, 63 Jalan Bahagia #02-05, S329163, hp 8134 7720. my mum is diabetic so pls pick the less sweet ones if can",
        ),
        (
            "assistant",
            "Noted, Ms Lau. We'll choose the more bittersweet fruits and deliver between 8 and 10pm. A PayNow link will be sent to you shortly.",
        ),
    ],
    [
        ("user", "你好，想订劳勿农庄8月15到17号两晚，两个大人一个小孩。"),
        (
            "assistant",
            "您好！8月15–17日还有家庭房，每晚RM 320含早餐。请提供入住人姓名和证件号码以便登记。",
        ),
        (
            "user",
            "我叫刘佳琪，身份证440106197901055883，老公梁志伟，孩子6岁。我们从广州飞吉隆坡，手机13902217564。",
        ),
        (
            "assistant",
            "收到，刘女士。已为您保留家庭房，请在48小时内支付订金RM 200。",
        ),
    ],
    [
        (
            "system",
            "Pembantu maya Kebun Durian Sri Bentong untuk urusan pekerja asing dan PLKS.",
        ),
        (
            "user",
            "Saya nak renew PLKS untuk pekerja saya, nama Sutrisno bin Wagiman, pasport Indonesia B 7730164, permit tamat 28 Sept ni.",
        ),
        (
            "assistant",
            "Baik. Untuk pembaharuan, pasport mesti sah sekurang-kurangnya 18 bulan, dengan keputusan FOMEMA terkini dan resit levi. Bila pasport beliau tamat?",
        ),
        (
            "user",
            "Pasport dia tamat Mac 2027, tak cukup 18 bulan. Dia pun baru keluar hospital sebab patah kaki jatuh dari tangga pokok.",
        ),
        (
            "assistant",
            "Pasport perlu diperbaharui di konsulat dahulu sebelum PLKS boleh dimohon. Simpan juga laporan hospital untuk tuntutan PERKESO.",
        ),
    ],
    [
        ("user", "你好，我哋三個人想參加8月檳城榴槤團，要填咩資料？"),
        (
            "assistant",
            "你好！請提供每位團友嘅英文姓名、旅遊證件號碼同埋聯絡電話。",
        ),
        (
            "user",
            "張偉明 HKID Y975357(3)，太太麥淑儀 E573509(6)，仲有個女張芷晴讀緊小學三年級。我電話 9381 6624。",
        ),
        (
            "assistant",
            "多謝張生，已經登記咗三位。每位訂金HK$500，請喺一星期內過數。",
        ),
    ],
    [
        (
            "user",
            "Saya nak buat aduan. Semalam beli durian D24 kat gerai SS2, balik rumah makan, anak saya muntah-muntah.",
        ),
        (
            "assistant",
            "Kami mohon maaf atas kejadian ini. Boleh berikan nombor resit dan nama penuh untuk kami semak?",
        ),
        (
            "user",
            "Resit SS2-0817-044. Nama saya Nurul Huda binti Mohd Salleh, telefon 011-2748 3390. Anak saya Aiman sekarang di Klinik Kesihatan Seksyen 7.",
        ),
        (
            "assistant",
            "Terima kasih Puan. Pengurus kami akan menghubungi puan hari ini dan kos rawatan akan ditanggung.",
        ),
    ],
    [
        ("user", "您好，我是台中做水果進口的郭文雄，想詢問冷凍貓山王批發價。"),
        (
            "assistant",
            "郭先生您好，冷凍果肉20公斤以上每公斤RM 150，需要貴公司的輸入許可文件。",
        ),
        (
            "user",
            "我先用個人名義進口試試，身分證 F127062966，LINE ID: wenhsiung.kuo，手機 0912-487-305。",
        ),
        (
            "assistant",
            "好的，我們會先準備報價單並透過LINE傳給您。",
        ),
    ],
    [
        ("user", "my order ORD-260812-00417 the payment link keeps failing"),
        (
            "assistant",
            "Sorry about that! You can retry the link or pay by PayNow to our UEN shown on the invoice.",
        ),
        (
            "user",
            "just charge my card la 4026 1312 9558 6379 exp 04/28, name on card Marcus Chia Wen Long",
        ),
        (
            "assistant",
            "Please don't send full card numbers in chat. I've sent you a fresh secure payment link instead.",
        ),
    ],
    [
        (
            "system",
            "HR helper bot for Raub Valley Orchard Resort staff matters.",
        ),
        (
            "user",
            "Boss asking: Chandra Kumari Rai, our housekeeping girl from Nepal, she pregnant 5 months already, 还能做 night shift 吗?",
        ),
        (
            "assistant",
            "Generally pregnant employees should not be rostered on night work that puts their health at risk; please arrange day shifts for her.",
        ),
        (
            "user",
            "ok. her passport no. 11862043, permit under our company. she say husband back in Nepal don't know yet, pls keep confidential",
        ),
        (
            "assistant",
            "Understood. Her details will stay in the HR file only and won't be shared with other staff.",
        ),
    ],
    [
        (
            "user",
            "Hi, I'm from SG, want to join your Kluang durian farm stay 2D1N on 23 Aug. Need IC?",
        ),
        (
            "assistant",
            "Yes, for insurance we need each guest's name as per passport and NRIC or passport number.",
        ),
        (
            "user",
            "Goh Li Ting, S8216915F, and my husband Benjamin Soh, S7126690G. We drive in, car plate SKL 8823 X.",
        ),
        (
            "assistant",
            "Thank you, Ms Goh. Your chalet is confirmed; parking is beside the reception.",
        ),
    ],
    [
        ("user", "老板，我们公司要订20盒冻榴莲寄回上海，可以吗？"),
        (
            "assistant",
            "可以的，冷链寄上海大约5天，请提供收件人资料。",
        ),
        (
            "user",
            "收件人：许丽娜，上海市徐汇区漕溪北路88弄5号1203室，电话186 1732 0495，微信 lina_xu_0318。她下个月生日，是惊喜，千万别提前打电话给她。",
        ),
        (
            "assistant",
            "好的，我们会安排在她生日前送达，并只通过微信确认收货时间。",
        ),
    ],
]
