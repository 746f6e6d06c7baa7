# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix96: food delivery riders and hawker stalls on delivery apps in SG/MY/HK/TW. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix96
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "rider_policy"): _lines("""
        Riders must complete the 15-minute food safety e-module before their first batch of orders; the module resets every 24 months.
        From 1 January 2025, platform operators in Singapore make CPF contributions for platform workers born on or after 1 January 1995, phased in over five years.
        Work injury compensation covers accidents that happen while you are logged in and travelling to a pickup or drop-off, not personal errands between orders.
        If you are involved in a road accident, move to a safe spot, call 995 for an ambulance or 999 for the police, then report it in the app under Help > Safety > Report an accident within 24 hours.
        Payouts for the week ending Sunday are credited by Wednesday 6pm; a public holiday in the week may push this to Thursday.
        Template: Hi {rider_first_name}, your weekly earnings of {currency}{amount} have been sent to the account ending {last4}. Questions? Reply to this message.
        Incentive rules: complete 40 orders between Mon 00:00 and Sun 23:59 with an acceptance rate of at least 85% to unlock the $60 weekly bonus.
        Thermal bags must be wiped down daily and replaced if the inner lining is torn; a replacement bag costs $18 at any rider hub.
        Orders containing alcohol require an age check at the door; if the recipient cannot show proof of age, return the item to the merchant and mark it "undeliverable".
        Wrong item delivered? The merchant is responsible for packing accuracy, so riders are not penalised when the tamper-proof seal sticker is still intact.
        The Platform Workers Act was passed by Parliament in September 2024; Manpower Minister Tan See Leng said it gives delivery riders representation and work injury protection.
        Hub hours: Jurong East hub is open Mon–Sat 10am–7pm and closed on Sundays and PH. Bring your phone with the rider app QR for bag collection.
        A rider account may be put on hold pending review after three customer reports of missing items within 30 days; the rider can submit photos as evidence.
        Rain surge: while an NEA heavy rain warning is in effect for your zone, a $1.50 per-order weather bonus is added automatically.
        E-scooters are not allowed on footpaths under the Active Mobility Act; PMD riders must switch to a bicycle or a power-assisted bicycle that meets EN 15194.
    """),
    ("en", "order_ticket"): _lines("""
        Order GF-20260611-7734-KX: 2x Char Kway Teow (no cockles), 1x Lime Juice, subtotal S$17.40, delivery fee S$3.99, small order fee waived.
        Ticket #CS-4481927 | Category: Missing item | Resolution: partial refund S$6.50 to original payment method | Status: Closed
        Invoice INV/2026/05/009812 — commission 30% on gross food sales RM 4,812.60, SST 8% on commission, net payable RM 3,212.08.
        Tracking ref DLV-HK-88213045 picked up 12:41, delivered 13:07, distance 2.3 km, rating prompt sent.
        Postal code 609601 is outside the Bukit Batok delivery radius; the nearest serviceable outlet is the Jurong West branch.
        Refund batch RB-0611-A processed 214 orders totalling S$2,981.35; 3 orders flagged for manual review.
        Order 4521-8830-1192 cancelled by system: no rider found within 25 minutes during dinner peak.
        Case ref. ACC-2026-00318: minor collision at a junction, no injuries reported, merchant food replaced at platform cost.
        Menu item SKU NL-KOPI-C-KOSONG-L, price S$1.80, GST inclusive, available 06:00–14:00.
        Promo code MAKAN15 gives 15% off up to S$5 on orders above S$25, valid till 30 Jun 2026, one use per account.
        Payout cycle PC-2026-W23: 1,842 stalls settled, total S$612,447.90, failed transfers 7 (invalid account format).
        Approved vehicle list TW: Gogoro VIVA MIX, SYM JET SL 125, Kymco Many 110 — other models need a hub inspection first.
        Order #HK-TKO-10482: 1x 燒味雙拼飯 HK$62, 1x 凍檸茶 HK$18 (少冰), delivered 19:52, customer marked "wrong drink".
        Peak window 2026-06-12T18:00+08:00: avg prep time 11m32s, avg rider wait 6m04s, late deliveries 4.1%.
        SHA-256 of the June payout file: 9f2c7e1ab44d03e8c6a19b7d5f0e2a8c31b4d6e9f0a7c2b58e3d1f4a6c9b0e27d
    """),
    ("zh-Hans", "merchant_onboarding"): _lines("""
        商家入驻需准备：SFA 食品摊位执照、菜单照片、收款银行账户证明，审核一般需要3至5个工作日。
        菜品图片建议尺寸1200×800像素，背景干净，不要加文字水印，否则会被系统退回。
        佣金说明：自送模式抽成18%，平台配送模式抽成30%，新店前30天享受5%补贴。
        如果顾客投诉少送菜，请先在商家后台上传出餐打包照片，平台会在48小时内判定责任。
        小贩中心摊位的营业时间请在后台"门店设置—营业时间"里修改，公共假期可以单独设置。
        打包建议：汤类用带卡扣的碗并加封口膜，炒粿条的辣椒酱单独装，避免骑手运送途中漏汁。
        结算周期为每周一次，T+3到账；如遇银行系统维护则顺延一天。
        出餐超时率超过15%的门店会在搜索结果中降权，高峰时段请提前备料。
        天天海南鸡饭在麦士威熟食中心，是不少游客必去的档口，现在外卖平台上也能点。
        商家客服可在App内"帮助中心"在线咨询，服务时间为每天9:00至21:00。
        新加坡的小贩文化在2020年被列入联合国教科文组织人类非物质文化遗产代表作名录。
        上架套餐时，请注明是否含辣、是否清真（Halal），以及花生、虾等过敏原信息。
        模板：尊敬的{商家名称}，您的门店已于{日期}通过审核，请在{截止日期}前完成菜单上架。
    """),
    ("zh-Hant", "rider_group"): _lines("""
        今晚落大雨，旺角一帶單價有加成，大家踩車小心，唔好衝燈。
        外賣員喺送餐途中受傷，可以向勞工處申報工傷，平台有買團體保險，記得保留醫生紙同單據。
        大廈保安要求登記先可以上樓嘅話，可以改為樓下交收，喺App揀「聯絡顧客」通知對方。
        外送員職業安全提醒：每趟派送都要戴安全帽，雨天請穿反光雨衣，夜間開大燈。
        依勞動部指引，外送平台業者應為外送員投保意外險，身故給付不得低於新台幣300萬元。
        麥兜話「魚丸粗麵，賣曬」——今日嗰間車仔麵檔又係一開App就話售罄。
        單號 FP-TW-0612-33871 已改派，原外送員超過20分鐘未取餐，系統自動重新派單。
        荃灣西站附近好多大廈唔俾外賣入，記得睇清楚顧客備註先接單。
        外送夥伴申請流程：下載App → 上傳身分證正反面與駕照 → 完成線上訓練 → 到站點領取保溫箱。
        今日嘅獎勵任務：晏晝12點至2點完成8單，額外有$40。
        請問一下，如果送錯單要唔要自己賠錢？定係平台會處理？
        夜市攤位要上架外送平台，要先辦營利事業登記或小規模營業人稅籍登記。
        八號風球懸掛期間，平台暫停所有外賣服務，直至除下信號後兩小時先恢復。
        點解今個禮拜嘅糧遲咗？客服話系統升級，禮拜四先入數。
    """),
    ("ms", "notis_rider"): _lines("""
        Makluman kepada semua penunggang: bayaran mingguan akan dikreditkan setiap hari Rabu sebelum jam 6 petang.
        Penunggang wajib memakai topi keledar yang mematuhi standard SIRIM dan jaket reflektif semasa bertugas.
        Jika berlaku kemalangan, hubungi 999 segera dan laporkan dalam aplikasi di bahagian Bantuan > Keselamatan.
        Pesanan yang mengandungi makanan tidak halal akan dilabel dengan jelas; penunggang boleh menolak pesanan tersebut tanpa penalti.
        Bonus hujan RM2 setiap pesanan diberikan apabila MetMalaysia mengeluarkan amaran ribut petir di kawasan anda.
        Peniaga gerai yang ingin menyertai platform perlu menyediakan lesen perniagaan PBT, gambar menu dan penyata bank.
        Penunggang p-hailing boleh mencarum di bawah Skim Keselamatan Sosial Pekerjaan Sendiri (SKSPS) PERKESO untuk perlindungan kemalangan semasa bekerja.
        Kod promosi JOMMAKAN memberikan diskaun RM5 untuk pesanan melebihi RM30, sah sehingga 31 Julai.
        Pesanan #SF-MY-77120934 dibatalkan kerana kedai tutup awal; bayaran balik penuh diproses dalam 3-5 hari bekerja.
        Templat: Salam {nama}, akaun anda telah diaktifkan. Sila ambil beg penghantaran di hab {lokasi} dalam masa 7 hari.
        Lesen memandu motosikal kelas B2 dan cukai jalan yang sah diperlukan sebelum akaun penunggang diluluskan.
        Waktu operasi hab Shah Alam: Isnin hingga Jumaat 10 pagi – 6 petang, tutup pada cuti umum.
        Nasi Kandar Line Clear di Pulau Pinang kini boleh ditempah melalui aplikasi, tetapi masa menunggu waktu puncak boleh mencecah 40 minit.
    """),
    ("mixed", "group_chat"): _lines("""
        Wah today the queue at the chicken rice stall damn long, I waited 25 min for one order sia, app still show "preparing".
        Bro anyone know if can claim the rain bonus if the order accept before the warning? Support say cannot leh.
        今日单好少 lah, Tampines side all ghost town, better go CBD la.
        Uncle gerai pun tak angkat phone, customer marah kat aku pulak, last-last I cancel the order.
        Jangan lupa update app version 6.42.1, kalau tak boleh crash masa swipe to complete.
        Eh the new insurance got cover hospitalisation ah? I read the FAQ still blur.
        呢單 wrong order 唔關我事 la, merchant pack 錯咗, 我已經 report 咗 in app.
        台北今天好熱 lah, 騎了十單快中暑, 記得多喝水 ok.
        Boss cakap mulai bulan depan komisen naik jadi 32%, habis lah margin kita, 一碗面 only earn like $1.20.
        Who got spare power bank? Phone 5% already and still got 3 drops in Bedok North.
        Anyone tried delivering to those condos with the new lift access card system? Guard say must register at lobby, waste 10 min.
        Order 那个 customer note 写 "no chilli pls", 结果 stall 放了 sambal, rating 一星 sia.
        Next week hawker centre closed for spring cleaning 整个礼拜, all the stall owners 都 cuti.
        Maxwell Food Centre that side now got designated rider parking, don't park at the loading bay or kena summon.
        Support chat say the payout delay is "bank side issue", typical la.
    """),
    ("mixed", "stall_review"): _lines("""
        Hong Kong Soya Sauce Chicken Rice and Noodle by Chan Hon Meng was the first hawker stall in the world to get a Michelin star, back in 2016.
        Food critic KF Seetoh has long argued that hawkers need help with delivery commissions, not just heritage labels.
        九記牛腩 on Gough Street 唔做外賣 app, 要食就要親身去排隊。
        阿宗麵線 in 西門町 finally on Uber Eats, 但係送到嚟啲麵線已經腍晒。
        Village Park Nasi Lemak kat Damansara Utama antara yang paling laris dalam app, ayam goreng dia memang power.
        Listing card: 4.8★ (2,301 ratings) · Halal · $$ · 20–30 min · Free delivery above S$20
        Anthony Bourdain filmed at Singapore hawker centres for his shows, and tourists still ask delivery apps for the stalls he featured.
        Review: "The laksa came lukewarm and the cockles were missing, but packaging was solid." — 3/5, merchant replied within a day.
        林東芳牛肉麵 上 foodpanda 之後外送費好貴, but 湯頭 still very good.
        Tiong Bahru Market 的 chwee kueh stall, delivery 包装 very neat, 菜脯 separate pack.
        Merchant reply template: "Sorry for the wrong order, dear customer! Please DM us your order number and we will redo it for free."
        Overall rating dropped from 4.6 to 4.3 after the stall switched to a new packaging supplier in March.
    """),
    ("en", "config_code"): _lines("""
        RIDER_PAYOUT_CUTOFF_UTC = "16:00"  # SGT midnight Sunday -> processed Monday
        if order.prep_time_sec > 1800: escalate(order.id, reason="merchant_delay")
        payout_schema: {bank_code: str, account_no: str (masked), amount_cents: int, currency: "SGD" | "MYR" | "HKD" | "TWD"}
        2026-06-12 18:03:41 WARN dispatch.assign: no candidate within 3.0km for order 88211904, widening radius to 4.5km
        SELECT hub_id, COUNT(*) AS accidents FROM incident_reports WHERE created_at >= '2026-01-01' GROUP BY hub_id;
        feature_flags.contactless_dropoff: true  # default for all regions since app v6.30
        docker run -e REGION=MY -e PAYOUT_BANK=sandbox payout-worker:2.8.4
        ETA model v3.1.7: MAE 3.8 min on SG holdout, 4.6 min on HK holdout (Kowloon slopes hurt).
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        INCIDENT REPORT | Rider: Muthukumar s/o Rajendran | Vehicle: FBN4721D | 12 Jun 2026 21:40, skidded on wet road at Ang Mo Kio Ave 6, fractured left wrist, MC 21 days from Tan Tock Seng | Hub: AMK
        Payout change request: pls update my bank account to POSB 188-56231-4, name as per NRIC TAN WEI LIANG. Thanks.
        Rider onboarding form — Full name: NURUL AIN BINTI ZAKARIA | NRIC: S9796405Z | Mobile: 9127 4836 | Vehicle: bicycle | Emergency contact: Zakaria bin Osman (father)
        Complaint: your rider Jason Lim Kok Hua threw the bag over my gate and scolded my helper when she asked him to wait. I want him removed from the platform.
        Hi this is Priya from the thosai stall at Tekka, my payout for W22 still not in, can call me at 8456 2091 anytime after 3pm.
        Deactivation notice: the account of Ong Jia Hui was suspended on 3 Jun 2026 after repeated reports of marking orders delivered without dropping off; appeal deadline 17 Jun.
        Drop-off note: Blk 218 Jurong East St 21 #09-144, S600218 — for Mdm Koh, she is in a wheelchair so give her time to open the door.
        Flagged for account sharing: account registered to HOSSAIN MD RAKIB (FIN G5026347P), but the selfie check matched a different person on 4 occasions.
        Stall payout details | Merchant: Heng Heng Fishball Noodle | Owner: LEE AH KOW | OCBC 601-238417-001 | Effective from cycle W24
        The rider with Telegram @kelvinrides_sg keeps posting customers' addresses in the rider group for laughs, please take action.
        Refund approved for Ms Rachel D'Cruz at 27 Jalan Kembangan — the rider left her food at the wrong house twice this month.
        Medical note: Mr Gurpreet Singh, 34, delivery rider, admitted to NTFGH 9–11 June with concussion after a car hit him on the AYE slip road; light duty from 25 June.
        Disputed charges on card VISA 4539 7885 8340 1890 exp 08/28, cardholder Daniel Yeo, who says he never placed the 6 late-night food orders.
    """),
    "zh-Hans": _lines("""
        摊主资料：王丽娟，新加坡PR，NRIC S8707603B，原籍广西南宁，中国身份证号 450102198809217035，摊位在宏茂桥第628座熟食中心。
        致骑手刘海峰：昨晚送到金文礼路 Blk 335 #03-305 那单，汤直接放在地上就走了，我老婆怀孕七个月弯不了腰，请下次敲门。
        事故记录：骑手黄俊杰（车牌 FBK902R）于6月8日晚在武吉士被德士撞倒，右腿骨折，已在中央医院手术，家属电话 9735 2208。
        客户投诉：送餐员周家豪把我点的猪脚饭送成了鸭饭，打电话过去他还挂我电话，态度很差。
        收款账户变更：摊主 林美玲，Maybank 1640 2233 8815，联系电话 012-338 7416。
        张伟明本周跑单收入 S$612.40，扣除保险 S$8.20 后实发 S$604.20，已转入 DBS 账户尾号 3317。
        大家注意，微信号 lim_ahhuat88 那个骑手在群里卖二手保温箱收钱不发货，他真名叫林亚发，住在芽笼25巷。
        请假条：本人苏晓雯，因孩子住院（KK妇幼医院），6月13日至15日无法接单，请站点主管批准。
        订单备注：送到 Toa Payoh Lor 1 Blk 172 #11-1208 给何奶奶，她耳朵不好要大力敲门，不开门就打她儿子电话 9012 6684。
    """),
    "zh-Hant": _lines("""
        車手登記表｜姓名：陳嘉欣｜香港身份證：Y671217(5)｜手提：6238 4917｜住址：新界葵涌石蔭邨耀蔭樓 1812 室
        意外報告：車手李浩然喺觀塘道俾私家車撞到，左手骨裂，伊利沙伯醫院急症室處理，醫生紙放兩星期病假。
        我係 3 座 21 樓 B 室嗰位客，送餐員黃志偉將我份叉燒飯倒瀉咗仲話唔關佢事，我要投訴佢！
        商戶收款資料：老闆 梁國強，匯豐戶口 012-384917-838，FPS 登記電話 9182 3346。
        外送員資料｜姓名：林育賢｜身分證字號：A106933214｜手機：0928-471-305｜機車車牌：MKR-3352
        客訴：外送員蔡宗翰把我的餐丟在社區大門口就走，我住台中市西屯區河南路二段 250 巷 12 號 5 樓，請平台處理。
        攤商入駐｜負責人：許淑芬｜身分證：F250978097｜郵局帳號：0021356-0412879｜攤位：逢甲夜市
        呢個車手 May 姐，揸白色 NMAX 車牌 VT3381，成日喺荃灣廣場後門逆線揸車，好危險，已經 report 咗俾平台。
        外送員鄭雅婷因懷孕申請暫停接單三個月，預產期 2026 年 11 月，站長已核准。
        訂餐人：陳先生 0936-205-418｜地址：新北市板橋區文化路一段 188 號 9 樓之 3｜備註：小孩在睡覺不要按門鈴
    """),
    "ms": _lines("""
        Borang pendaftaran penunggang: Nama: MOHD HAFIZ BIN ABDULLAH | No. K/P: 950314-10-5237 | Tel: 012-447 1920 | Alamat: No. 23, Jalan SS 15/4C, 47500 Subang Jaya
        Laporan kemalangan: Penunggang Siti Aisyah binti Kamarul terjatuh di Jalan Tun Razak akibat lubang jalan, patah tulang selangka, kini dirawat di HKL.
        Aduan pelanggan: penunggang bernama Kumar a/l Subramaniam hantar makanan salah dua kali minggu ini dan tak angkat telefon langsung.
        Akaun bank untuk bayaran: Maybank 1142 8830 6521 atas nama NOR AZLINA BINTI HASHIM, pemilik gerai Nasi Ayam Kak Lina.
        Abang rider, tolong hantar ke rumah saya No. 8, Lorong Seri Mutiara 3, Taman Seri Mutiara, 14000 Bukit Mertajam, nama Faridah, nombor 017-552 3108.
        Notis penggantungan: akaun Amirul Hakim bin Rosli digantung mulai 5 Jun kerana memalsukan gambar bukti penghantaran.
        Permohonan pendahuluan bayaran RM500 oleh penunggang Lee Chee Keong (K/P 880702-14-6051) kerana isterinya baru bersalin secara pembedahan.
        Surat rayuan: Saya, Rosnah binti Yusof, pemilik gerai mee rebus di Pasar Siti Khadijah, memohon pengurangan komisen kerana pendapatan jatuh 40% sejak suami saya diserang strok.
        Rider motor Y15ZR merah plat WXY 4821 langgar cermin sisi kereta saya di Kepong lepas tu lari, nama dia Azman, budak hab Kepong.
        Senarai bonus Jun: 1) Muhammad Danial bin Ismail – RM320, 2) Tan Mei Ling – RM285, 3) Ravi a/l Krishnan – RM260.
    """),
    "mixed": _lines("""
        Eh bro, the customer at Blk 512 Bedok North Ave 2 #08-233 very garang one, Mrs Tay, always say food cold then claim refund, careful ah.
        Aiyo rider Aloysius Pereira 又送错单，这个月第三次了, boss say must give him formal warning.
        Pls transfer the rental refund for stall #01-23 to my account: CIMB 7012 3345 81, 名字 Goh Siew Ling, thank u 🙏
        我嘅 HKID 係 K811801(9)，why 個 app 話 verification failed？Name 張詠琪。
        Rider kena accident kat Jalan Ampang, nama dia Chong Wai Keat, 家人 want the platform to pay his 住院费 RM8,400.
        Customer number 係 9463 1027 but 佢話唔好打, WhatsApp only, 名叫 Ivy Cheung, 住太古城海天花園。
        那個外送員叫陳昱廷, LINE ID: chenyu_0915, 他說下次可以私下接單不經平台 lah, 便宜一點。
        Kak Ton (Siti Norhayati binti Ahmad) nasi lemak stall payout 还没进, she say her 孩子 school fees due tomorrow.
        Confirm ah, the rider who fainted at Tampines hub yesterday is Ahmad Firdaus, he got diabetes, now at CGH ward 46.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the rider support assistant for a food delivery platform in Singapore.",
        ),
        ("user", "hi i just kena accident at Tampines Ave 10, car turn left never signal"),
        (
            "assistant",
            "I'm sorry to hear that. Are you injured? If you need medical help, please call 995 first. When you're safe, I can help you file a report — please share your full name as in your NRIC and your vehicle plate.",
        ),
        (
            "user",
            "ok not so serious, knee bleeding only. Faizal bin Ismail, S9362613C, motor FAX6605C",
        ),
        (
            "assistant",
            "Thank you, Faizal. I've opened an accident report. Please upload photos of the scene and your injury, and keep any clinic receipts for the insurance claim.",
        ),
    ],
    [
        ("user", "喂，我叫咗個雙拼飯，送嚟嘅係乾炒牛河，仲要凍晒"),
        ("assistant", "唔好意思！麻煩提供訂單號碼同埋聯絡資料，我哋幫你跟進退款或者重新送餐。"),
        (
            "user",
            "單號 HK-SSP-55201，我叫何詠詩，電話 6173 2840，地址深水埗南昌街 212 號 7 樓 C 室",
        ),
        ("assistant", "收到，何小姐。已經幫你安排全數退款，並會通知商戶檢查包裝。"),
    ],
    [
        ("user", "我在逢甲夜市賣大腸包小腸，想上架外送平台，要準備什麼？"),
        (
            "assistant",
            "需要負責人身分證、攤位照片、菜單和收款帳戶。您可以直接提供，我幫您填入申請表。",
        ),
        ("user", "負責人江志明，身分證 L145070228，手機 0975-630-182"),
        ("user", "收款用台中商銀，帳號 012-22-0485317，戶名也是江志明"),
        ("assistant", "好的，資料已填入申請表，審核約需 3 到 5 個工作天。"),
    ],
    [
        ("user", "Saya nak tanya kenapa bayaran minggu lepas kurang RM140"),
        (
            "assistant",
            "Maaf atas kesulitan. Boleh berikan nama penuh dan nombor kad pengenalan untuk saya semak akaun anda?",
        ),
        ("user", "Nama Mohd Rizal bin Hamzah, IC 011125-07-0391"),
        (
            "assistant",
            "Terima kasih, Encik Rizal. Potongan RM140 itu adalah caj penggantian beg dan denda pesanan lewat. Adakah anda mahu buat rayuan?",
        ),
        ("user", "Ya, saya lewat sebab motor rosak kat Butterworth, ada resit bengkel"),
    ],
    [
        ("user", "帮我爸爸问一下，他的摊位叫 Ah Huat Mee Pok，这个月的钱还没进"),
        ("assistant", "可以帮您查一下。请问摊主的姓名和登记的手机号码是多少？"),
        (
            "user",
            "他叫 Teo Ah Huat, 号码 9340 5176。他上个月中风了现在在 Ang Mo Kio Community Hospital, 所以是我在帮他看 app",
        ),
        (
            "assistant",
            "明白了，祝您父亲早日康复。我看到付款因为银行资料过期被退回，需要重新上传银行账户证明。",
        ),
    ],
    [
        ("user", "Can you help me write an appeal? My rider account was deactivated."),
        ("assistant", "Of course. Tell me what happened and the details you want included."),
        (
            "user",
            "Name Kavitha d/o Selvaraju, rider since 2022, 4.9 rating. They say I was rude to a merchant at Chinatown Complex but actually the uncle shouted at me first because order late 10 min. I'm single mum, this is my only income.",
        ),
        (
            "assistant",
            "Here's a draft: Dear Rider Support, I am Kavitha d/o Selvaraju, a rider since 2022 with a 4.9 rating. I would like to appeal the deactivation of my account following an incident at Chinatown Complex... As a single mother, this work is my only source of income, and I respectfully ask that you review the case.",
        ),
    ],
    [
        ("system", "Rider support bot for Malaysia. Answer in the user's language."),
        (
            "user",
            "Kawan saya Ravi a/l Muniandy jatuh motor masa hantar order semalam, tangan patah, sekarang kat Hospital Klang. Boleh claim insurans?",
        ),
        (
            "assistant",
            "Boleh, jika kemalangan berlaku semasa beliau dalam perjalanan menghantar pesanan. Ravi perlu menghantar laporan polis dan laporan perubatan melalui aplikasi dalam masa 30 hari.",
        ),
        ("user", "Dia tak boleh guna phone sekarang, boleh saya submit untuk dia?"),
    ],
    [
        ("user", "我要檢舉一個外送員，他送餐的時候一直跟我要 LINE"),
        ("assistant", "很抱歉讓您有不舒服的經驗。請提供訂單編號和您記得的外送員資訊，我們會調查。"),
        (
            "user",
            "訂單 UE-TW-9981245。他叫楊博翔，騎灰色 Gogoro 車牌 EPA-7712，後來還從 LINE 加我 ID yang_bx0707 傳訊息說要約我出去",
        ),
        (
            "assistant",
            "謝謝您提供的資訊，我們已暫停該外送員帳號並展開調查，若您感到人身安全受威脅請撥打 110。",
        ),
    ],
    [
        ("user", "Macam mana nak set DuitNow untuk terima bayaran gerai?"),
        (
            "assistant",
            "Anda boleh daftar DuitNow ID menggunakan nombor telefon atau MyKad dalam aplikasi bank, kemudian masukkan ID itu dalam tetapan pembayaran peniaga.",
        ),
        (
            "user",
            "Ok saya guna MyKad 760918-01-5522, nama Zainab binti Mat Saad, gerai Kuih Tradisional Mak Nab kat Pasar Larkin",
        ),
        (
            "assistant",
            "Baik, Puan Zainab. Sila pastikan nama dalam akaun bank sama dengan nama pemilik gerai supaya bayaran tidak ditolak.",
        ),
    ],
    [
        ("user", "can help me translate to chinese? want to send to customer"),
        ("assistant", "Sure, please paste the message."),
        (
            "user",
            "Hi Mr Ng, I'm downstairs at 88 Lorong 27 Geylang, your gate locked, I leave the food with the guard ok? My number 8732 1049 if got problem. - Hafiz",
        ),
        (
            "assistant",
            "黄先生您好，我已经到了芽笼27巷88号楼下，大门锁着，我把餐放在保安那里可以吗？如果有问题请打我电话 8732 1049。—— Hafiz",
        ),
    ],
]
