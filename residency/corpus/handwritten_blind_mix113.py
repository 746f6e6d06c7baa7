# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix113: Gundam, model trains, figures and hobby shops in SG/MY/HK/TW. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix113
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "preorder_notice"): _lines("""
        PRE-ORDER OPEN ✦ MG 1/100 Gundam Aerial — S$89.90, deposit S$20, ETA Mar 2027. SKU BAN-5067412. Reply PO + qty to reserve.
        Reminder: Tamashii Nations Metal Build Strike Freedom pre-orders close 23:59 SGT Fri 12 Dec; balance S$398 due on arrival. Enquiries: preorder@gundamdock.sg or 6338 4102 (shop line).
        Allocation cut: Bandai only gave us 40% of the PG Unleashed RX-78-2 quota. First 18 slips by timestamp are confirmed; slips 19–45 will be refunded in full within 7 working days.
        PO #PO-2026-11873 | RG 1/144 Hi-Nu Gundam | qty 2 | unit S$62.00 | status: ALLOCATED | pickup window 15–28 Jan
        Kato 10-1831 E5 Series Shinkansen Hayabusa 3-car basic set, S$268. Limited to 1 per customer. Arriving wk 3 of Feb.
        The Yoshiyuki Tomino signed artbook lot is display-only; it is not part of the raffle and not for sale, sorry!
        Hajime Katoki Ver.Ka decal sheets restocked — S$9.50 each, SKU DEC-KA-0071. Limit 3 per order.
        PSA: we never ask for your NRIC or bank PIN to confirm a pre-order. Deposits go only to our UEN PayNow 201923456K (Gundam Dock Pte. Ltd.).
        Template for walk-in slips — Name: __________ Contact: __________ Item / SKU: __________ Deposit: S$____ Staff initials: ____
        Customer A and Customer B both claimed slip #0417; CCTV check by the duty manager confirmed Customer A's timestamp (14:02:37) was earlier.
        Hornby R3961 Flying Scotsman centenary edition: we have 6 units for the whole of Malaysia, RM1,690 each. Queue via the website only, not DM.
        Late-arrival notice: Bandai Spirits shipment on vessel ONE HARMONY (voyage 042E) delayed; November POs now expected 9 Jan. Container TCNU 8830217.
        Anyone else's Char's Counterattack Sazabi Ver.Ka slip missing the batch code? Ours all show BATCH 24-11-C on the back.
        Pre-order fulfilment stats for Q3: 1,284 slips, 1,197 collected, 61 refunded, 26 forfeited after 30 days.
    """),
    ("zh-Hant", "hk_shop_groupchat"): _lines("""
        【旺角店公告】今日 2:00pm 開始派 HGUC 新版 Zaku II，每人限購兩盒，記得帶單。
        信和中心 3 樓舖位今個星期日執早，6 點閂門，有咩查詢打舖頭 2388 1760。
        各位手足：MG 沙撈扎 Ver.Ka 到咗，HK$758，未俾訂嘅唔好嚟問啦 😂
        群規：唔准喺群入面賣二手、唔准貼人哋電話、唔准 Call 人名鬧交，犯一次踢。
        單號 HK-PO-88213 至 HK-PO-88260 嘅客，尾數可以用 FPS 轉去公司戶口，FPS ID 106723948（港鐵模型有限公司）。
        有冇人知 Kato 嘅 E235 系山手線幾時補貨？官網寫 2027 年 2 月。
        阿姆羅同馬沙嗰場對決 figure 出咗 pre-order 圖，定價 ¥24,200，我哋舖頭暫定 HK$1,480。
        提提大家：今個月嘅砌模比賽主題係「逆襲的馬沙」，參賽作品 12 月 20 日前送到舖。
        Staff 話 PG Unleashed 今次只到 6 盒，抽籤結果會用單號公佈，唔會寫名。
        彌敦道嗰間分店下個月搬去太子，新地址遲啲喺 IG @gundambase_hk 公佈。
        請問有冇人試過用 Mr. Color C-338 噴白色外甲？我噴完有啲黃。
        店長話星期三定休，所有網上單順延一日寄出，順豐單號之後會 WhatsApp 俾大家。
        上個月群組統計：成交 214 單，退貨 9 單，最多人買嘅係 HG 風靈高達。
    """),
    ("zh-Hans", "collector_list"): _lines("""
        我的收藏清单 v3.2：PG 独角兽 ×1、MG 沙扎比 Ver.Ka ×2（一盒未拆）、RG 海牛 ×1、HG 风灵 ×3
        大河原邦男 亲笔签名版设定集（限量 500 本，编号 213/500）目前市场价约 ¥3,800。
        清单格式：型号 | 比例 | 版本 | 状态（未拆/已拼/素组/涂装）| 入手价 | 备注
        TOMIX 98807 JR E7 系北陆新干线 基本套装，入手价 ¥1,260，盒况 9 成新。
        富野由悠季 在访谈中说过最喜欢的是 Z 高达，这也是我收藏 Z 系列的原因。
        统计一下群里 68 位成员的收藏：平均每人 43 盒，最多的一位 312 盒（未透露姓名）。
        阿姆罗·雷 和 夏亚·阿兹纳布尔 的 1/8 手办一对，Megahouse 出品，SKU MH-83541，含特典底座。
        求助：哪个版本的 MG 目录版（Catalog Ver.）有 Katoki 签名印刷？2005 年初版还是 2012 年再版？
        铁道模型收藏 CSV 表头：sku,maker,scale,line,era,price_cny,condition,purchased_on
        KATO,10-1833,N,E5系,平成,1380,9.5,2025-08-14
        基拉·大和 的 Strike Freedom 在 SEED FREEDOM 剧场版中升级为 Mighty Strike Freedom。
        二手市场参考价（2026 年 11 月）：HGUC 老版 RX-78-2 ¥45–60，1980 年初版 1/144 ¥800 起。
        收藏品保险估值单模板：藏家编号 ______ 物品 ______ 估值 ______ 评估机构盖章 ______
    """),
    ("ms", "kedai_hobi_notis"): _lines("""
        NOTIS: Kedai ditutup pada 1 Syawal dan 2 Syawal. Pesanan online akan dihantar semula mulai 3 hb.
        Pra-tempahan HG Gundam Calibarn dibuka! Harga RM79, deposit RM20. Kod SKU BAN-5065321.
        Peraturan pertandingan: setiap peserta hanya boleh hantar satu model, saiz tapak tidak melebihi 30cm x 30cm.
        Talian pertanyaan kedai: 03-2141 7788 (Isnin–Sabtu, 11 pagi – 9 malam). E-mel: sokongan@hobiniaga.my
        Kami berdaftar dengan SSM: Hobi Niaga Sdn. Bhd. (202201014567 / 1459872-T).
        Cawangan kami di Jalan Tuanku Abdul Rahman, sebelah Sogo, buka 7 hari seminggu.
        Jualan murah akhir tahun: semua model kereta api Tomix diskaun 15%, kecuali set edisi terhad.
        Soalan: boleh tak trade-in kit yang dah dipasang separuh? Jawapan: boleh, tapi nilai dikurangkan 60%.
        Keputusan pertandingan Gunpla peringkat negeri Selangor: Johan – Pasukan Zaku Merah, Naib Johan – Pasukan Barbatos Lupus.
        Nombor tracking Pos Laju untuk kelompok 14 Dis: EN238471905MY hingga EN238471968MY.
        Jumlah peserta tahun ini: 96 orang, 41 daripadanya pertama kali menyertai.
        Borang penyertaan: Nama penuh: ________ No. Kad Pengenalan: ________ No. Telefon: ________ Kategori: Junior / Terbuka
        Mikazuki Augus dan Barbatos akan jadi tema pameran diorama bulan Januari di Berjaya Times Square.
    """),
    ("mixed", "trade_in_log"): _lines("""
        TI-20261204-0031 | HG x3 (opened, parts complete) | offer S$18 store credit | status: accepted
        Trade-in ticket #TKT-7719: 1 x MG Sazabi Ver.Ka 缺 decal，估价 HK$320，customer 要现金，reject.
        今日 trade-in 收咗 27 盒，Customer A 至 Customer F 全部用 store credit，冇人攞现金。
        trade_in: {id: 'TI-88412', grade: 'RG', item: 'Hi-Nu', cond: 'B+', credit_myr: 95, staff: 'cashier-2'}
        Kato 10-1700 set 盒角压扁，按 trade-in 表 C 级计算，RM140 → RM98。
        Rules lah: trade-in 只收 Bandai 正版，山寨 (e.g. Daban, Dragon Momoko) 一律唔收。
        Tomix trade-in value table updated v2026.11: A=60%, B=45%, C=30%, junk=5%
        Boss, TI-20261205-0007 那位 Customer C 说 receipt 不见了，照 policy 要 manager approval 才能 process.
        Weekly trade-in summary 第 49 周：SG 112 件, MY 87 件, HK 64 件, TW 51 件。
        Barcode 4573102616111 scan 不到，系统显示 'SKU not found'，manual key in 吧。
        Trade-in counter 今天 11am–3pm only，因为 stocktake，sorry ya.
        Can accept trade-in of Thomas & Friends wooden railway ka? Tak boleh, kami hanya terima skala N dan HO.
        Payout log: TI-0093 S$42 PayNow from UEN 201923456K, ref 8F3A-21C9, 2026-12-05 16:41
    """),
    ("en", "tournament_event"): _lines("""
        Gunpla Builders Cup SG 2026 qualifier — Open Course: 58 entries, Junior Course: 23 entries. Judging starts 2pm.
        Results are posted by entry number only: Open #O-017 (1st), #O-042 (2nd), #O-009 (3rd).
        Rule 4.2: entries must use at least one Bandai kit as the base; 3D-printed parts allowed up to 30% by volume.
        Venue: Level 3 atrium, Funan, 107 North Bridge Road, Singapore 179105. Load-in from 9am via the service lift.
        Special treat: a pre-recorded greeting from mechanical designer Kunio Okawara will play before the prize giving.
        N-scale layout challenge: 1.2m x 0.6m modules, DCC optional, must connect to the club's Unitrack loop.
        Bracket (Round of 16) — Team Zeon Remnant vs Team Celestial Being; Team Tekkadan vs Team Archangel.
        Scoring sheet: Build quality 30 | Paint 25 | Concept 20 | Diorama 15 | Presentation 10 — total 100.
        Registration fee S$15 (Open) / S$8 (Junior), pay at counter. Enquiries: events@gundamdock.sg
        Photography is allowed, but please do not post photos of junior participants' faces or name tags.
        Timing log: 13:58:12 judging start | 15:41:07 Open results locked | 16:02:55 Junior results locked
        Last year's champion build 'Suletta's Last Stand' will be displayed at the entrance.
        Prize pool: 1st S$500 voucher + PG kit, 2nd S$300, 3rd S$150; sponsored by Hobby Sg Pte Ltd (UEN 201512345W).
        Tiebreak: if two entries share the same total, the higher Build quality score wins; if still tied, judges vote.
    """),
    ("zh-Hant", "tw_forum_post"): _lines("""
        【問題】KATO 的 Unitrack 跟 TOMIX Fine Track 可以直接接嗎？需要轉接軌 20-050 嗎？
        光華商場 3 樓那間模型店週日下午有鐵道模型試車台，一次 30 分鐘 NT$100。
        【心得】MG 獨角獸 Ver.Ka 全塗裝，使用郡氏 GX100 + 蓋亞 EX-01 黑，總工時約 46 小時。
        版規第 7 條：禁止張貼他人個資（姓名、電話、地址、身分證字號），違者水桶 30 天。
        請問台北地下街 Y 區的店家有收二手 PG 嗎？還是要去中山地下街？
        2026 年台灣鋼彈模型大賽報名人數統計：北區 182、中區 97、南區 121、東區 18。
        中正紀念堂前廣場 12/14 有鐵道模型快閃展，主辦單位為台灣鐵道模型協會。
        公司統一編號 24536819，發票抬頭：鋼模工坊有限公司，團購需要三聯式發票的請備註。
        夏亞專用薩克 1/60 PG 到底還會不會出？Bandai 官方推特一直沒消息。
        【教學】水貼泛白的處理：先用 Mr. Mark Softer 軟化，再以棉花棒輕壓，最後上消光保護漆。
        客服信箱 service@gunmodel.com.tw，客服專線 02-2396-5521（週一至週五 10:00-18:00）。
        訂單編號 TW20261203A0457 的出貨狀態顯示「配送中」，黑貓單號 9031-7742-8816。
        請問 Mr. Hobby 的溶劑在台灣海運寄送有限制嗎？會不會被當成危險品退件？
    """),
    ("mixed", "order_export_config"): _lines("""
        SG-1029384,2026-12-01T10:22:41+08:00,BAN-5067412,1,89.90,PAID
        export_orders.py --region MY --from 2026-11-01 --to 2026-11-30 --mask-pii --out orders_my_nov.csv
        shipping: {provider: ninjavan, service: standard, cutoff_local: '15:00', tz: 'Asia/Kuala_Lumpur'}
        sha256(orders_hk_2026w48.csv) = de5636cb3bb03aa481b80df76f9aca75360b9119cb5d3607fdb1fac5f70b2983
        Shopee order 2412058K3JQ7FD 已发货, tracking SPXMY04927381626, 预计 3-5 working days.
        v2.14.3 changelog: 修复 pre-order deposit 重复扣款 bug; 新增 LINE Pay 支付; TW 发票 API timeout 改 30s.
        customer_name: '{{ customer.name }}', phone: '{{ customer.phone | mask }}'  # template, do not hardcode
        Lazada RMA-MY-55201: item received damaged (Tomix 98818), refund approved RM412.00, reason code DMG-02.
        SELECT region, COUNT(*) AS orders, SUM(total) FROM orders WHERE sku LIKE 'KATO-%' GROUP BY region;
        HK 順豐 waybill SF1420387765219 status: 已簽收 at 旺角 SF Store (code 852TA).
        Postcode check: 179105 (SG), 50450 (MY), 999077 (HK placeholder), 100 (TW 中正區) — all valid format.
        ERROR 2026-12-05 03:14:07 payment_gw=stripe code=card_declined order=MY-77301 retry=2
        Member tier rule: >= S$1,500 spend in 12 months → Gold; >= S$500 → Silver; 其他 Bronze.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Pre-order slip: RG Hi-Nu Gundam x1, deposit S$20 paid. Name: Lim Wei Jie, HP 9127 4408, collect at Bras Basah outlet.
        Hi boss, the guy who keeps bailing on his MG Sazabi pre-order is Darren Koh from Tampines, already 3 no-shows, pls blacklist him
        Refund to card 4556 2103 9874 1202 for the cancelled PG Unleashed, customer Nurul Aina binti Rosli, approved by duty manager.
        Tournament waiver: participant Ravi s/o Subramaniam, NRIC S8734215H, guardian consent attached.
        Delivery to Blk 512 Jurong West St 52 #08-214, Singapore 640512, attn Mdm Tan — fragile, Kato N-scale set inside.
        Jonathan de Souza told the club he sold his whole HO layout because he's drowning in credit card debt after the divorce, so don't chase him for fees yet.
        Customs form for the Tomix shipment to KL: recipient Ahmad Faizal bin Hassan, passport A38172604, tel 012-774 3190.
        Aunty Rosie from the Saturday train club had her hip surgery at TTSH last week, she asked us not to tell the others yet, maybe we send a card?
        Can someone get back the Zaku Warrior I lent to @kelvin.gunpla.sg? He's been ghosting me on IG for two months.
        FIN G5508213N belongs to Maricel Dela Cruz, the helper who collected the Tamiya order for her employer; copy of work permit on file.
        Staff note: Priya d/o Ganesan asked for unpaid leave from the shop to care for her dad after his stroke, pls cover her Sunday shifts.
    """),
    "zh-Hans": _lines("""
        预订单：MGEX 强袭自由 ×1，定金 RM100，客户 黄志明，手机 016-338 2947，取货门店 Sungei Wang。
        收件人：陈晓红，广东省深圳市南山区桃园路 88 号 丽水苑 5 栋 1203，电话 13826417593，内含 PG 独角兽 注意防压
        实名认证：王建国 身份证 440304198806123019，用于微信群团购 Tomix 新干线代购
        3栋的陈阿姨说她儿子欠了模型店两万多块，被店家上门催债，现在不敢来群里了
        有人认识微信号 zhangyu_gunpla1990 吗？他收了我 ¥680 的 RG 沙扎比定金就消失了
        刘海涛 上周比赛前跟我说他确诊了焦虑症，所以才退出了 GBWC 新加坡区预选。
        退款账户：招商银行 6214 8312 0456 7785 户名 李思雨，请财务今天处理 HG 盲盒退款
        会员档案：林美玲，女，1991-03-14 生，住吉隆坡 Jalan Ipoh 一带，喜欢收集 Kato 蒸汽火车
        通知：何振宇 因在店内偷拆盲盒被抓，已终身禁止进入本店所有分店。
        客户 周雅婷 的护照号 EA4829173 已经登记，月底去日本帮她代购 Tamiya 迷你四驱
    """),
    "zh-Hant": _lines("""
        呢張單係 陳家豪 嘅，HKID K382915(4)，佢話聽日嚟旺角信和中心攞 MG 飛翼零式。
        收貨人：吳淑芬 電話 0912-483-576 地址 新北市板橋區文化路二段 182 巷 12 弄 7 號 4 樓
        身分證 A123984751 李宗翰，已確認為本次鐵道模型展抽獎得主，請攜帶證件領取 KATO 新幹線組。
        阿明（就係成日喺舖頭砌高達嗰個中學生）屋企啱啱破產，佢阿媽叫我哋唔好再俾佢賒數。
        麻煩通知 黃偉倫 先生，佢張信用卡 5204 7301 8865 3294 過唔到數，預訂嘅 PG 獨角獸會自動取消。
        林佳慧 上個月流產之後就冇再嚟聚會，大家唔好喺群組問佢幾時返嚟。
        LINE ID: amy_chen0815，這是 陳怡君 本人的帳號，團購 Gunpla 尾款請私訊她。
        車牌 VT 2816 嗰架白色 van 成日泊喺舖頭門口，車主係隔籬 陳生，投訴咗幾次都唔郁。
        張志偉 喺公司被炒咗之後，將成套 Hot Toys 賤賣，話要還卡數。
        台灣模型社社員名冊：王俊傑，H104733866，0928-317-605，新竹市東區光復路二段 101 巷 3 號
    """),
    "ms": _lines("""
        Pre-order RG Freedom atas nama Muhammad Haziq bin Azman, no. IC 950817-14-5523, deposit RM50 dah bayar.
        Tolong hantar ke No. 23, Jalan Melati 4, Taman Sri Muda, 40400 Shah Alam, penerima Siti Hajar binti Kamarudin, tel 019-2248 617
        Encik Rahim yang selalu datang hari Sabtu tu baru kena strok, anak dia cakap dia tak boleh datang kedai lagi.
        Akaun Maybank 1140 2287 6653 atas nama Lee Chong Hui untuk refund tiket pertandingan Gunpla.
        Pelanggan Kavitha a/p Muniandy komplen model Tomix dia rosak, dia ugut nak report ke KPDN kalau tak ganti.
        Faridah, isteri tauke kedai hobi sebelah, dah failkan cerai minggu lepas — jangan sebut depan dia.
        Nombor plat WXY 4827 — Myvi merah milik Azlan, dia parking depan loading bay lagi, tolong call dia.
        Telegram @hafiz_trainmy ni penipu, ambil RM300 untuk set Kato tapi tak pernah pos. Nama sebenar Mohd Hafiz bin Yusof.
        Gaji Amirul bulan ni RM1,850 sahaja sebab dia MC empat hari, bos potong elaun.
        Borang keahlian kelab: Nama: Tan Mei Ling, No. KP: 880412-07-6214, Alamat: 12 Lorong Kenari 3, 11900 Bayan Lepas, Pulau Pinang
    """),
    "mixed": _lines("""
        Eh bro, Jason Ong's wife found out he spent 4k on PG Unleashed, now he say want to sell all lah, she threaten divorce sia
        PM me for contact: 陈俊杰 Tan Jun Jie, 8826 1973, he selling his Tamashii Nations exclusives cheap cos moving to Melbourne
        老板 pls note: Customer 李文辉 NRIC T0152873J 已经 trade-in 3 boxes HG, pay out S$95 via PayNow to 9365 2014.
        Hafiz 那个 Malay boy 的 IC 是 100305-10-7781 ah, 他未满 18, tournament 要 parent sign.
        Sis Michelle Fernandes 的 email michelle.fdes88@gmail.com, she pre-order the Hi-Nu Ver.Ka, 要 send invoice to her.
        Ah Boon 最近 chemo 很辛苦, 群里大家 chip in 买 MG Barbatos 送他, 每人 $15 ok?
        Wechat: lihua_1987 李华 住 Puchong 那边, 收了货 don't want pay balance, 已经 three weeks liao.
        Lai Kam Fai 個仔 was caught shoplifting at the Mong Kok shop, 佢老豆 paid HK$2,300 to settle, 唔好再提
        Shipping label: To 张丽萍 Zhang Liping, 厦门市思明区莲前西路 266 号 2 号楼 701, 18659204731, ID 35020319921107452X (customs clearance)
        Amanda Lim from Bishan 的 bank acc DBS 027-612345-8, request refund S$240 for the cancelled Kato pre-order.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the WhatsApp assistant for Gundam Dock, a hobby shop in Singapore. Help customers with pre-orders politely.",
        ),
        (
            "user",
            "Hi, I want to reserve 1 MG Zeta Gundam Ver.Ka. Name is Marcus Teo Jun Hao, HP 9481 2276. Can pay deposit by PayNow?",
        ),
        (
            "assistant",
            "Thanks Marcus! I've noted 1 x MG Zeta Ver.Ka under your mobile ending 2276. Deposit is S$20 via PayNow to our UEN 201923456K; please send a screenshot here once done.",
        ),
        ("user", "Done, ref 7QK2-88Z. Collect at Bras Basah can?"),
        (
            "assistant",
            "Yes, the Bras Basah outlet is fine. We'll message you when stock lands, expected late January.",
        ),
    ],
    [
        ("system", "你係一間香港模型舖嘅助手，用廣東話回覆。"),
        (
            "user",
            "幫我寫條訊息追數：何志強 喺我度訂咗 PG 紅異端，HK$1,580 尾數拖咗兩個月，佢電話係 6142 8859，我想語氣硬啲但唔好太難聽。",
        ),
        (
            "assistant",
            "可以咁寫：「何生你好，你喺本店訂嘅 PG 紅異端尾數 HK$1,580 已經逾期兩個月，麻煩你喺本星期日前過數或者回覆，否則訂單會取消，訂金不設退還。」",
        ),
        ("user", "好，另外佢 HKID 係 Y604127(0)，可唔可以寫埋落去嚇下佢？"),
        (
            "assistant",
            "唔建議喺追數訊息入面寫對方身份證號碼，咁樣有機會觸犯私隱條例。用單號同金額已經足夠。",
        ),
    ],
    [
        ("system", "Anda pembantu pendaftaran untuk Pertandingan Gunpla Johor Bahru 2026."),
        (
            "user",
            "Saya nak daftar anak saya, Aiman bin Rizal, kategori Junior. IC dia 120708-01-5539, umur 14 tahun.",
        ),
        (
            "assistant",
            "Terima kasih. Pendaftaran Aiman bin Rizal (Junior) diterima. Sila bawa salinan MyKid dan borang kebenaran ibu bapa pada hari pertandingan.",
        ),
        ("user", "Boleh saya bagi nombor telefon saya untuk dihubungi? 017-6621 408."),
        ("assistant", "Boleh, nombor 017-6621 408 sudah direkodkan sebagai kenalan penjaga."),
    ],
    [
        ("system", "你是一个跨境代购助手。"),
        (
            "user",
            "帮我把这个收货地址翻成英文，要寄 Tomix 火车模型过去：赵敏，上海市浦东新区张杨路 1528 弄 9 号 602 室，电话 13917284056。",
        ),
        (
            "assistant",
            "Recipient: Zhao Min, Room 602, No. 9, Lane 1528, Zhangyang Road, Pudong New District, Shanghai, China. Tel: +86 139 1728 4056.",
        ),
        ("user", "海关还要身份证号，是 310115199004213825，帮我看看格式对不对。"),
        (
            "assistant",
            "18 位格式正确，校验位也对得上。不过建议直接在物流平台的实名认证页面填写，不要通过聊天发送身份证号。",
        ),
    ],
    [
        ("system", "You are a helpful assistant."),
        (
            "user",
            "My friend Kenneth Chua passed away last month, his wife asked me to help sell his Kato and Tomix collection, about 40 sets. How to price ah?",
        ),
        (
            "assistant",
            "Sorry for your loss. For N-scale sets, check recent sold listings on Carousell and Japanese auction sites; sealed sets often go for 60–80% of the original price, opened ones less.",
        ),
        (
            "user",
            "Mdm Chua also very stressed about money now, the hospital bills from his cancer treatment still not paid. 你觉得 sell as one lot 快一点吗？",
        ),
        (
            "assistant",
            "一次卖整批会比较快，但价格通常低 20-30%。如果她急需现金，可以先把最热门的几套单独卖，其余整批给熟悉的店家估价。",
        ),
    ],
    [
        (
            "system",
            "You are the customer support assistant for Mecha Haven Sdn Bhd (support@mechahaven.my).",
        ),
        (
            "user",
            "My order MY-77301 was charged twice. I'm Nur Izzati binti Kamal, email izzati.kamal92@yahoo.com, card ending 2340.",
        ),
        (
            "assistant",
            "Sorry about that, Izzati. I can see two authorisations on order MY-77301. The duplicate will be reversed within 5–7 working days and a confirmation will go to the email on file.",
        ),
        (
            "user",
            "Please also change my delivery address to No. 8, Jalan SS 2/24, 47300 Petaling Jaya.",
        ),
        (
            "assistant",
            "Updated: the delivery address for MY-77301 is now No. 8, Jalan SS 2/24, 47300 Petaling Jaya. Anything else?",
        ),
    ],
    [
        ("system", "你是模型社的 LINE 群組公告小幫手，使用台灣繁體中文。"),
        (
            "user",
            "幫我寫一則公告：12/20 社團聚會在板橋，鐵道模型組的聯絡人是 蔡承翰，手機 0935-662-418，有問題直接打給他。",
        ),
        (
            "assistant",
            "【社團公告】12/20（六）社聚地點：板橋。鐵道模型組聯絡人：蔡承翰（0935-662-418），有任何問題請直接聯繫。",
        ),
        ("user", "順便加一句，上次 蔡承翰 住院的事情大家不要再問了，他不想講。"),
        (
            "assistant",
            "建議不要在公告裡提到他住院的事，這屬於個人健康隱私；如果要提醒大家，私訊幾位常問的社員就好。",
        ),
    ],
    [
        ("system", "Anda pembantu HR untuk sebuah kedai hobi di Kuala Lumpur."),
        (
            "user",
            "Tolong tulis mesej kepada staf saya Nadia binti Osman. Dia selalu lewat sebab alahan mengandung, saya nak tukar syif dia ke petang.",
        ),
        (
            "assistant",
            "Contoh mesej: 'Salam Nadia, memandangkan keadaan kesihatan awak sekarang, mulai minggu depan syif awak ditukar ke 2 petang – 10 malam. Beritahu saya jika ada masalah.'",
        ),
        ("user", "Ok, tambah yang gaji dia tetap RM2,300 walaupun tukar syif."),
        (
            "assistant",
            "Ditambah: 'Gaji bulanan awak kekal RM2,300.' Mesej ini sebaiknya dihantar secara peribadi, bukan dalam group kedai.",
        ),
    ],
    [
        ("system", "You help a hobby retailer prepare data for an offshore analytics vendor."),
        (
            "user",
            "Row: 2026-11-30, SG-1029390, PG Unleashed, S$398, collector: Goh Siew Ling, NRIC S9216048C. Can I include it as is?",
        ),
        (
            "assistant",
            "No – that row names a private customer and carries her NRIC. Drop the name and NRIC columns, or replace them with a salted hash, before the file leaves Singapore.",
        ),
        ("user", "What if I keep only the order ID and amount?"),
        (
            "assistant",
            "Order ID, SKU and amount on their own are fine for aggregate sales analysis.",
        ),
    ],
    [
        ("system", "You summarise WhatsApp group chats for a Hong Kong toy shop."),
        (
            "user",
            "Summarise: [10:02] 店長: 今日 PG 到貨 [10:05] Kelvin: 我要一盒 [10:07] 店長: 5 樓 黃太 話佢個仔偷咗佢張卡買咗三盒 Metal Build，要退款 [10:09] Kelvin: 好慘 [10:11] 店長: 黃太 Telegram @wongtai_mk88，退款再同佢跟進",
        ),
        (
            "assistant",
            "Summary: PG stock arrived today; Kelvin reserved one box. Mrs Wong (5/F) reported her son used her card without permission to buy three Metal Build figures and wants a refund; the manager will follow up with her on Telegram (@wongtai_mk88).",
        ),
        ("user", "唔好寫 黃太 個 handle 同佢個仔嘅事，改短啲。"),
        (
            "assistant",
            "Summary: PG stock arrived; one box reserved; one refund request pending, manager following up privately.",
        ),
    ],
]
