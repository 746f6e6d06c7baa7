# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en308: SG/MY goldsmiths, jewellers and watch-repair shops (custom ring engravings, valuations, repair tickets, gold-savings plans, instalments, theft and police reports, staff chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en308
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "shop_notices"): _lines("""
        NOTICE: Engraving orders placed after 5pm on Saturday will be ready from Tuesday. Laser engraving inside band max 20 characters, hand engraving max 12.
        Lee Hwa Jewellery outlet at Bugis Junction, 200 Victoria Street #01-47, will be closed 12-14 Feb for renovation; repairs can be collected at other outlets.
        Watch battery replacement while-you-wait: Seiko, Casio, Citizen quartz S$18, water-resistance test S$25 extra. Automatic and vintage movements need 3-6 weeks.
        Please bring original receipt and warranty card for all trade-ins. Without receipt we buy back at the day's 916 scrap rate minus 5% melting loss.
        Business hours Mon-Sat 10.30am-8pm, Sun & PH 11am-6pm, closed first 3 days of CNY. Shop WhatsApp +65 8188 2916 (messages only, replies in office hours).
        SPF advisory: gold-snatch cases reported around Chinatown this month. Do not wear heavy chains when collecting; our counter staff can pack your items discreetly.
        Valuation certificates for insurance are signed by our in-house GIA Graduate Gemologist. Fee S$80 for the first piece, S$40 each additional. Allow 5 working days.
        Sin Kwong Fatt Goldsmith, 32 Jalan Bandar, 55100 Kuala Lumpur | Tel 03-2031 4478 | Co. No. 198701004512 (163390-W) | We also buy old gold and broken chains.
        Ear piercing with sterilised stud gun every Saturday 2pm-5pm. Children under 12 must be accompanied by a parent or guardian. 916 gold studs from S$68 a pair.
        Engraving fonts available: Script, Times Roman, Block, Old English. Sample in window reads 'Forever & Always 08.08.2026'. Symbols like ♥ and ∞ add S$5 each.
        Rolex, Patek Philippe and Audemars Piguet pieces are sent only to the brand's authorised service centre. Turnaround 6-8 weeks; written quote before any work.
        Lost your collection slip? Make a police report at any Neighbourhood Police Centre and bring the report number with photo ID; we cannot release items on verbal claims.
        Poh Kong Jewellers Sdn Bhd authorised stockist. Prices include 8% SST. Tourist refund not available in Malaysia for gold jewellery; ask counter for official receipt.
    """),
    ("en", "gold_price_list"): _lines("""
        Today's Board 07/12/2026 10:15am | 999.9 gold S$128.40/g sell, S$121.10/g buy | 916 S$119.80/g sell, S$108.60/g buy | workmanship charged separately.
        Pure gold bars: PAMP Suisse Lady Fortuna 5g S$672, 10g S$1,338; 1 tael (37.429g) S$4,980. Prices move with the LBMA fix, please confirm at counter.
        916 chain workmanship: plain curb S$4/g, Singapore twist S$6/g, rope chain S$8/g, minimum charge S$30 per piece. Length adjustment S$15 per cut.
        Watch servicing rates: quartz full service S$120, automatic 3-hand S$280, chronograph S$450, sapphire crystal replacement from S$150, strap change S$10.
        Ring resizing: up one size S$35, down one size S$25, platinum Pt950 add S$20; tungsten and titanium cannot be resized. Eternity bands subject to assessment.
        Malaysia counter rate 07.12.2026: 999 RM452/g, 916 (22K) RM428/g, 835 RM372/g, 750 (18K) RM351/g. Buyback 916 at RM402/g, bring IC for amounts above RM5,000.
        Diamond grading fee schedule: under 1ct RM180, 1.00-1.99ct RM260, 2ct and above RM380. Laser inscription of report number on the girdle RM60 extra.
        Silver 925 items: bangles from S$45, rings from S$28, engraving S$12 per side, rhodium re-plating S$20. Sorry, no buyback for silver or gold-plated items.
        Jade bangle, Burmese jadeite Type A, certified: 54mm S$1,280; 56mm S$1,480; 58mm S$1,680. Certificate from Hong Kong Jade & Stone Laboratory included.
        Baby gift set (916): bangle 3.75g + anklet pair 5.10g = 8.85g x S$119.80 + workmanship S$55 = S$1,115.23 before GST. Gift box and red packet free.
        Old gold trade-in deductions: 916 items less 3% for wear; stone-set pieces weighed after stone removal; platinum accepted at 50% of the day's spot.
        Price list ref PL-2026-12-07B supersedes PL-2026-12-06A. Counter must reprint the board if spot moves more than S$0.80/g within the session.
        Engraving charges: machine engraving up to 15 characters S$15, hand engraving S$8 per character, photo laser on pendant S$68, fingerprint engraving S$98.
    """),
    ("en", "repair_system_log_lines"): _lines("""
        2026-12-07T10:42:18+08:00 INFO ticket=RT-24-118273 status=RECEIVED item=watch brand=Omega model=Seamaster 300 caliber=8800 bench=B2
        2026-12-07T11:03:55+08:00 WARN ticket=RT-24-118274 valuation_pending gemstone=ruby weight_ct=1.12 lab_ref=GRS2026-118842 origin=Mozambique
        [POS] 2026-12-07 12:15:02 txn=INV-SG-0078812 terminal=T03 amount=SGD 3,412.60 tender=NETS approval=004918 outlet=PEOPLES_PARK
        [REPAIR] RT-24-118280 movement=ETA 2824-2 fault=balance_staff_broken est_cost=SGD 260.00 eta=2026-12-21 technician_id=T07 parts_on_order=1
        engraving_queue job=ENG-55821 text='Semper Fidelis' font=script position=inner_band ring_size=US7 material=Pt950 machine=LZ-02 status=DONE
        2026-12-07 13:20:44 ERROR scale=OHAUS-PX224 drift=+0.0031g recalibrate_required=true last_cal=2026-11-30 cal_cert=CAL-26-04471
        daily_close outlet=KL-SOGO gsp_instalments=37 total=MYR 11,100.00 gold_credited_g=25.571 rate=434.10 variance=0.00 closed_by=role:supervisor
        2026-12-07T15:02:11+08:00 INFO courier=NinjaVan awb=NVSGJWL0081723 ticket=RT-24-118193 dest=outlet:TAMPINES_HUB status=DELIVERED signed=counter
        sync ok: price_feed source=bullion_board v2.4.1 xau_sgd=4011.82/oz xau_myr=14,102.55/oz latency=412ms next_poll=60s
        2026-12-07 16:45:09 AUDIT safe_open role=supervisor outlet=JB-CITYSQ dual_control=true cctv_cam=4 clip=CAM4-20261207-164509.mp4
        [QC] RT-24-118266 pressure_test=PASS 10bar crystal=OK gasket_replaced=true amplitude=285deg beat_error=0.2ms rate=+3s/d
        2026-12-07T18:30:00+08:00 INFO eod_report outlet=MELAKA-JONKER tickets_open=42 tickets_closed=17 overdue_30d=3 sha256=9f2c1e7ab04d5a31
        WARN ticket=RT-24-117902 uncollected_days=181 policy=UNCLAIMED_180D action=notify_registered_post template=TPL-UNCLAIMED-02
    """),
    ("en", "pos_config_and_code"): _lines("""
        GOLD_RATE_API_URL=https://api.example-bullion.sg/v2/rates?metal=XAU&purity=916&currency=SGD&timeout=5
        receipt.footer = 'Thank you for shopping at Kim Seng Heng Goldsmith! Exchange within 7 days with receipt. Hotline 6534 2288'
        def workmanship(weight_g: float, rate_per_g: float = 6.0, minimum: float = 30.0) -> float: return max(weight_g * rate_per_g, minimum)
        CREATE TABLE repair_ticket (ticket_no VARCHAR(16) PRIMARY KEY, item_type TEXT, brand TEXT, received_at TIMESTAMPTZ, est_cost NUMERIC(10,2));
        engraving: {max_chars: 20, fonts: [script, block, roman], allowed: 'A-Z a-z 0-9 & . - ♥', preview_dpi: 300, default_text: 'Your Text Here'}
        printer: model=Epson TM-T82III, port=USB001, paper_width=80mm, logo=/assets/logo_916.bmp, cut=partial, qr_payload=INV-{invoice_no}
        SELECT outlet, SUM(net_weight_g) AS gold_sold_g FROM sales WHERE purity = '916' AND sale_date = CURRENT_DATE GROUP BY outlet;
        PURITY_MAP = {'999.9': 0.9999, '999': 0.999, '916': 0.916, '835': 0.835, '750': 0.750, '585': 0.585}  # hallmark to fineness
        # TODO: reject trade-in when XRF reading differs from stamped purity by more than 1.5%; log to fraud_watch table (JIRA POS-2231)
        customer_form.fields = ['name', 'id_last4', 'mobile', 'email', 'consent_pdpa']  # fixture: name='Test Customer', mobile='+65 0000 0000'
        version: 3.8.2 | build 20261205.4 | commit a41f9c0e | changelog: fix rounding of 0.005g in buyback calc, add MYR SST 8% toggle
        cron: '0 */15 9-21 * * *' job=refresh_gold_board timezone=Asia/Singapore retries=3 alert_email=it-support@example-jewellers.com.sg
        INVOICE_PREFIX = {'SG': 'INV-SG-', 'MY': 'INV-MY-', 'HK': 'INV-HK-'}; next_seq = 78813; pad = 7  # gives INV-SG-0078813
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning all, spot gold jump again lah, 916 sell now S$119.80. Pls update the board at People's Park outlet before 10.30 open ok
        Bench 2 the Omega Seamaster ticket RT-24-118273 can start already, parts from Swatch Group reached this morning. Jangan lupa pressure test after.
        Boss says this Sunday CNY stock count, all staff report 8am. Lunch company belanja, nasi lemak or chicken rice, vote in the poll above.
        Anyone know why the XRF machine keep showing error E-17? Already restart 2 times. I calling the vendor hotline 6745 3300 now.
        Reminder: customer kena sign the repair T&C before we accept vintage watches. Must tick the 'no guarantee for original parts' box.
        Display case 3 lock spoil again, pls use case 5 for the hollow bangles until the locksmith come tmr 11am. Keys with supervisor.
        Today walk-in quite ramai, 14 engraving jobs in queue already. LZ-02 can do 3 per hour only, tell customers collect Thursday.
        Police from Tanglin Division came to check CCTV for the case along Orchard Road, they only need footage 2-4pm yesterday. Supervisor handling, no need panic.
        Gold savings promo poster printed wrong, minimum RM100 should be RM50. Cover with sticker first, new batch arrive Wednesday.
        Wah the Tissot PRX 40mm stock finish again, HQ say restock 20 Dec. If customer ask, can offer Seiko Presage Cocktail Time as alternative.
        Pls don't post customer photos in this group ah, PDPA. Put all ring and watch photos inside the ticket system only, thanks.
        Melaka branch closing early 5pm today sebab Jonker Walk night market road closure. Tickets due today shift to tomorrow.
        Shift swap approved: morning counter 1 swap with evening counter 3 on 24 Dec. Update roster in HR app, version 2.3 got bug so use web.
    """),
    ("ms", "soalan_lazim_simpanan_emas"): _lines("""
        S: Berapakah jumlah minimum untuk menyertai Pelan Simpanan Emas? J: Minimum RM50 sebulan, emas dikreditkan mengikut harga 999 pada hari bayaran.
        S: Bolehkah saya menebus emas fizikal? J: Boleh, apabila baki mencapai 5 gram, dalam bentuk syiling atau jongkong 999.9 dengan caj upah RM20.
        S: Adakah pelan ini patuh Syariah? J: Ya, pelan ini disemak oleh Majlis Penasihat Syariah syarikat dan berpandukan keputusan Muzakarah Jawatankuasa Fatwa Kebangsaan.
        S: Apa berlaku jika saya terlepas bayaran ansuran? J: Tiada penalti; pelan kekal aktif sehingga 6 bulan tanpa bayaran sebelum digantung sementara.
        S: Di mana saya boleh membuat bayaran? J: Di kaunter mana-mana cawangan, melalui FPX, DuitNow QR atau pindahan ke akaun rasmi syarikat di Maybank.
        Waktu operasi cawangan Jalan Masjid India: Isnin-Sabtu 10 pagi hingga 9 malam, Ahad 11 pagi hingga 7 malam. Talian khidmat pelanggan 1-300-88-4653.
        S: Bolehkah saya jual balik emas? J: Boleh, pada harga belian kedai hari tersebut; resit asal dan kad pengenalan diperlukan untuk urusan jual balik.
        Nota: Ukiran nama pada cincin ambil masa 3 hari bekerja. Tulisan Jawi dibenarkan, maksimum 10 huruf, caj RM25. Contoh ukiran: 'Cinta Abadi'.
        S: Adakah emas simpanan saya diinsuranskan? J: Semua emas disimpan di bilik kebal berlesen dan dilindungi polisi insurans berkumpulan syarikat.
        Amaran penipuan: Kami tidak pernah meminta bayaran ke akaun peribadi. Sahkan nombor akaun rasmi di laman web kami atau hubungi 03-2698 1180.
        S: Berapa lama pembaikan jam tangan? J: Tukar bateri 15 minit; servis penuh jam automatik 4 hingga 6 minggu bergantung pada alat ganti.
        S: Bolehkah pelan dipindah milik kepada orang lain? J: Tidak. Pelan hanya boleh ditutup dan baki emas ditebus atau dijual balik mengikut terma versi 3.2.
        Caj upah rantai 916: rantai biasa RM8/g, rantai pintal RM12/g, gelang tangan bunga RM15/g. Harga tertakluk kepada perubahan tanpa notis awal.
    """),
    ("zh-Hans", "产品列表"): _lines("""
        足金999.9 福字转运珠手绳，金重约1.05克，工费¥68/件，商品编号 ZJ-FZ-0105，支持刻字（中英文最多6字），下单后3个工作日内发货。
        新加坡分店同款：916金龙凤镯一对，约37.5克（一两），售价按当天金价计算，工费S$380，附原装红木礼盒及保证卡，可分期付款。
        古法金手镯·如意纹，足金999，约30克，内径56mm，可免费刻字一面，货号GF-RY-5630，深圳水贝工厂直发，支持七天无理由退换。
        周大福 传承系列 足金吊坠 商品编号 R27183，金重约3.2克，参考价¥2,488，以门店实际金价为准，工费及克重以实物称重为准。
        18K白金钻石对戒，女戒主石0.30克拉 G色 VS2 切工Excellent，附GIA证书，证书号2468013579，内圈可激光刻字，定制周期20天。
        铂金Pt950素圈，宽2.5mm，约4.6克，单价¥680/克，工费另计¥200，指圈号8-22号均可订制，交货期15个工作日，刻字免费。
        宝宝满月足金手镯套装：手镯+脚镯+长命锁，合计约8.8克，长命锁背面可刻“长命百岁”或“平安喜乐”，附红色锦盒及购物小票。
        浪琴 名匠系列 L2.793.4.78.3 男士自动机械表，机芯L888，全球联保两年，本店售后热线 400-882-0916，工作日9:00-18:00。
        翡翠平安扣，A货冰种，直径22mm，附国家珠宝玉石质量监督检验中心（NGTC）证书，证书编号 N2026120788，配18K金扣头。
        投资金条 足金9999 20克，回购价按上海黄金交易所Au9999当日收盘价减¥3/克计算，不收工费，需出示购买发票及原包装。
        老凤祥 十二生肖系列 足金马年吊坠，约2.1克，寓意马到成功，适合2026丙午年本命年佩戴，另售红绳及18K金链，支持门店自提。
        订单号 DD20261207104522，共3件，合计金重12.36克，应付¥10,842.00，已支付，顺丰单号 SF1402287766531，预计12月9日送达。
        手表维修价目：石英表换电池¥30，机械表全面保养¥580起，蓝宝石表镜更换¥350起，防水测试¥50，维修周期约4至6周。
    """),
    ("zh-Hant", "金行業歷史"): _lines("""
        周大福由周至元於1929年在廣州創立，其後遷往澳門並在香港開設分店，女婿鄭裕彤接手後把業務發展成今日在港澳及內地均有分店的大型珠寶集團。
        1956年，周大福率先推出「四條九」足金（999.9），成為香港金飾業的重要里程碑，其後各大金行相繼跟隨，提升了行業標準。
        香港金銀業貿易場成立於1910年，位於上環一帶，曾是亞洲重要的黃金現貨交易場所之一，傳統上以「港兩」作為交易及報價單位。
        一港兩等於37.429克，至今仍是香港及澳門金行報價常用的單位，與台灣銀樓慣用的「台錢」（3.75克）及「台兩」並不相同。
        謝瑞麟珠寶由謝瑞麟先生於1971年在香港創立，以鑽石及設計首飾聞名，品牌多年來在國際珠寶設計比賽中屢獲獎項，是香港本土珠寶品牌代表之一。
        周生生的歷史可追溯至1934年在廣州開設的金舖，戰後創辦人移居香港並在油麻地重新開業，其總部至今仍設於香港，並在香港交易所上市。
        澳門新馬路一帶自上世紀起金舖林立，不少本地及內地旅客專程前來購買龍鳳鈪作為嫁妝，成為當地婚嫁文化及旅遊購物路線的一部分。
        臺北大稻埕迪化街的老銀樓多建於日治時期，騎樓上的字號牌匾至今仍可見，部分店家仍以手工打造金飾並提供戒指及金牌手工刻字服務。
        六福珠寶於1991年在香港成立，創辦人黃偉常，品牌名稱取「六福」吉祥寓意，其後在中國內地、澳門及海外市場開設數以千計的分店。
        尖沙咀至旺角一段彌敦道自1970年代起金行密集，霓虹招牌林立，曾被旅遊書形容為香港最具代表性、遊客最集中的購金街道之一。
        傳統金匠以「打金」手藝製作龍鳳鈪，一對約需三至五天，需經過熔金、拉條、鏨花、焊接、打磨等多道工序才告完成，現時懂得此手藝的師傅已不多。
        2020年國際金價升破每盎司二千美元時，香港多家金行出現排隊賣金人潮，各大報章均有報道，金行需加派人手及延長營業時間處理回收。
        台灣銀樓業依法須標示黃金飾品成色，如「9999」、「999」及「K金」，並附保證單，以保障消費者權益及方便日後以金價回收或換貨。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Repair ticket RT-24-118301 | Customer: Tan Wei Ling | HP 9123 4781 | Item: Rolex Datejust 126234, overhaul + polish | Deposit S$200 paid by NETS
        Engraving order ENG-55902: inner band text 'Jun Hao & Sharifah 14.02.2027', customer Mr Lim Jun Hao, proposing on Valentine's Day, collect 20 Dec.
        Police report lodged at Bedok NPC re theft of 3 chains; CCTV shows the suspect is our regular customer Muthu Krishnan, 52, who came in twice last week.
        Madam Koh Siew Hwa called again, can't pay this month's instalment because her husband is in hospital after a stroke, asked us to hold the bangle.
        Valuation cert for insurance: Owner Rajeswari d/o Subramaniam, Blk 412 Tampines St 41 #08-223 Singapore 520412, 1 pc solitaire 1.21ct F VS1, value S$18,600.
        NRIC on file for buyback slip BB-00921: S8234517J, verified against physical card by counter 2.
        Gold savings plan GSP-12M-1187, holder Nur Aisyah binti Kamal, MyKad 910524-14-5082, monthly RM200 via DuitNow, current balance 7.432 g.
        Call back +65 9734 2265 re ring resize, she wants it done before Saturday.
        Customer Alvin Chua's cheque bounced again, S$3,200 outstanding on the Cartier Santos instalment; boss says no more credit, send lawyer letter.
        Please keep this quiet, the lady who ordered the baby bangle set, Michelle Ong, is 3 months pregnant and hasn't told her in-laws yet.
        ticket_no,name,mobile,email,item | RT-24-118322,Goh Kian Seng,+65 8126 4490,kiangoh77@gmail.com,Seiko SKX007 bezel replacement
        Trade-in by Mr Dinesh Pillai, FIN G5123456N, 4 pcs 916 chain 61.2g, paid S$6,646 by PayNow; source-of-funds declaration signed under the PSPM Act.
        Delivery to Ms Farah Nadia, 18 Jalan SS2/24, 47300 Petaling Jaya, Selangor - engraved pendant, recipient to show IC on arrival.
        Our staff Kelvin Yap was arrested last night over the 22 missing pieces; HR has suspended him pending investigation, don't discuss with customers.
        Salary revision for senior goldsmith Chong Ah Kow: basic RM3,800 to RM4,200 from Jan 2027, plus 1% commission on custom orders.
        Email from jasmine.teo.88@hotmail.com asking about her watch repair status, replied with ETA 21 Dec.
        Mdm Lee, 67, from Ang Mo Kio has early dementia; her son asked us not to sell her any more gold unless he is present, his number 9288 1743.
        Refund details: DBS 029-4-178825, account name Wong Pei Shan, amount S$1,150 for the cancelled eternity ring.
        Mr Suresh Nair brought his ex-wife's wedding set for buyback after the divorce; court order says proceeds split 50/50, copy kept in file.
        CCTV shows car SKP 7713 H parked outside 30 min before the snatch; plate number passed to the investigation officer.
        HKID K438921(6) presented by walk-in buyer of 2 taels of gold bars, copy scanned into the KYC folder.
        Photo of Hafiz Zulkifli and his fiancée trying on the couple rings, posted to our IG with consent, tagged @hafiz.zul93.
    """),
    "mixed": _lines("""
        Ah Seng the regular from Geylang, ring size 22 ah, he order the 916 dragon ring, still owe S$450, say pay after CNY bonus.
        Wah auntie Mdm Siti Rohani dah tiga bulan tak bayar ansuran gelang, her daughter say she kena retrenched, boss bagi extension until Feb.
        陈先生 called, his Patek repair ticket RT-24-118155, he wants to pay by cheque, HP 9651 0872, pls call back after 3pm.
        Mr Ravi dah buat police report pasal rantai kena ragut depan kedai, need our CCTV copy, his number 017-662 5318.
        林太 bought the jade bangle 58mm, she say husband don't know, pls don't call house line, only WhatsApp her 8233 7419 ok.
        Eh the guy who always pawn his watch, Jason Lau, now ah long come looking for him at the shop, left a red paint note on our shutter.
        Staff Nurul on MC again, she got chronic migraine, doctor letter 3 days, pls cover her counter shift until Thursday.
        Borang jual balik: Nama Lim Mei Chen, No. K/P 880715-07-5234, alamat No 12 Lorong Kenari 3, Taman Sri Bayan, 11900 Bayan Lepas, Pulau Pinang.
        阿明 from workshop say his wife just delivered, need 2 weeks paternity leave from 15 Dec, anyone can cover bench 2?
        Receipt reprint for Mr Chong, IC 720903-10-5517, he need it for insurance claim, pls verify with his IC card before print.
    """),
    "ms": _lines("""
        Pelanggan Encik Azman bin Yusof, no. telefon 013-428 7761, ingin menempah cincin tunang dengan ukiran 'Azman & Liyana' sebelum 20 Disember.
        Laporan polis dibuat oleh Puan Rosmah binti Ali di IPD Dang Wangi selepas rantai emasnya diragut di luar kedai pada petang semalam.
        Ansuran gelang Puan Salmah tertunggak RM1,200 kerana suaminya baru meninggal dunia; pengurus setuju tangguh bayaran 3 bulan.
        No. MyKad 950811-08-6643 disalin untuk transaksi jual balik emas 42.5 gram pada 07/12/2026, kaunter 2.
        Alamat penghantaran: Cik Nurul Izzati, No. 7, Jalan Mawar 2/5, Taman Desa Mawar, 43000 Kajang, Selangor. Tel 011-2387 4412.
        Akaun Maybank 1640 2299 8815 atas nama Mohd Faizal bin Hamzah untuk pemulangan deposit RM500 tempahan cincin.
        Encik Kumar, tukang emas kita, disahkan menghidap kencing manis dan perlu cuti sakit seminggu; jangan beri tugas patri panas buat sementara.
        E-mel pelanggan hafizah.rahim92@yahoo.com minta sebut harga membaiki jam Seiko 5 peninggalan arwah bapanya.
    """),
    "zh-Hans": _lines("""
        客户王建国，身份证号 440301198503127715，在深圳水贝店定制足金龙凤镯一对，定金¥5,000，手机 138 2654 9917。
        刘女士反映她丈夫偷偷拿家里的金条去典当，要求我们提供交易记录，她说准备离婚，情绪很激动。
        维修单 WX-20261207-018：客户张丽华，浪琴表换表镜，电话 186-1234-8890，取件地址：上海市徐汇区漕溪北路88弄5号1202室。
        赵先生的分期付款已逾期两个月，欠款¥12,600，催收员打他电话 159 0327 6614 一直不接。
        员工小周确诊乳腺癌，下月开始化疗，店长说工资照发，请大家不要在群里讨论她的病情。
    """),
    "zh-Hant": _lines("""
        客人黃家俊先生，香港身份證 Y512893(4)，購買一両金條兩條，現金交易，住址：九龍旺角西洋菜南街2號12樓B室。
        陳太話佢個仔欠咗財務公司二十幾萬，要將結婚嘅龍鳳鈪拎嚟賣，叫我哋唔好話俾佢老公知。
        台灣客戶林志明，身分證字號 F128374650，委託修理祖父留下的勞力士，聯絡電話 0912-345-678。
        澳門分店報案：顧客何美玲女士的鑽石戒指在店內試戴時遺失，她已向治安警察局報案，報案編號 CR-2026-08812。
        師傅阿強上星期驗出肝癌，要入瑪麗醫院做手術，老闆話保留佢個位，大家輪流幫佢做執修單。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the repair-counter assistant for Kim Seng Heng Goldsmith, Singapore. Draft short, polite customer messages.",
        ),
        (
            "user",
            "Draft a WhatsApp message to Derek Sim (+65 9017 3328) that his Omega ticket RT-24-118273 is ready, balance S$180, collect by 31 Dec.",
        ),
        (
            "assistant",
            "Hi Mr Derek Sim, good news! Your Omega Seamaster (ticket RT-24-118273) is ready for collection. Balance payable: S$180. Please collect by 31 Dec with your collection slip. Thank you! - Kim Seng Heng Goldsmith",
        ),
        ("user", "Make it a bit shorter and add our opening hours 10.30am-8pm."),
        (
            "assistant",
            "Hi Mr Sim, your Omega (RT-24-118273) is ready. Balance S$180, please collect by 31 Dec, 10.30am-8pm daily. Thank you!",
        ),
    ],
    [
        (
            "user",
            "My name is Priya Menon, I run a small jewellery stall in Little India. Yesterday a man snatched a tray of 916 earrings worth about S$4,000. Can you help me write my statement for the police? My NRIC is S8841276B and my mobile 9182 6630.",
        ),
        (
            "assistant",
            "I'm sorry that happened. Here is a draft: 'I, Priya Menon (NRIC S8841276B, tel 9182 6630), operate a jewellery stall in Little India. On 6 Dec 2026 at about [time], a male approached my counter and snatched a tray of 916 gold earrings valued at approximately S$4,000, then fled towards [direction]...' Please add the time, his description and any witnesses.",
        ),
        (
            "user",
            "He was wearing a grey cap, about 1.7m, ran towards Serangoon Road. Also can you tell me whether I should claim from my insurance first?",
        ),
        (
            "assistant",
            "Add: 'The suspect was about 1.7m tall, wearing a grey cap, and ran towards Serangoon Road.' File the police report first; most insurers will ask for the report number and your stock records before processing a claim.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu pentadbiran untuk sebuah kedai emas di Kuala Lumpur. Tulis dalam Bahasa Melayu yang sopan.",
        ),
        (
            "user",
            "Tolong tulis surat peringatan kepada Encik Rahim bin Osman, alamat No. 23 Jalan Cempaka 4, Taman Melawati, 53100 Kuala Lumpur. Tunggakan ansuran rantai emas RM1,500 sejak Ogos.",
        ),
        (
            "assistant",
            "Kepada: Encik Rahim bin Osman, No. 23 Jalan Cempaka 4, Taman Melawati, 53100 Kuala Lumpur. Perkara: Peringatan Tunggakan Ansuran. Dengan hormatnya, rekod kami menunjukkan baki tunggakan RM1,500 bagi pelan ansuran rantai emas sejak Ogos 2026. Mohon jelaskan dalam tempoh 14 hari atau hubungi kami untuk susunan bayaran baharu. Sekian, terima kasih.",
        ),
        (
            "user",
            "Terima kasih, tambah ayat bahawa barang akan kekal di simpanan kedai sehingga bayaran penuh.",
        ),
        (
            "assistant",
            "Tambahan: 'Untuk makluman, rantai emas tersebut akan kekal dalam simpanan kedai sehingga bayaran penuh diterima.'",
        ),
    ],
    [
        (
            "system",
            "你是珠宝店客服助手。当前客户资料：李秀英，手机 139 0871 2253，会员号 VIP-0087，上月购买足金手镯一只，正在办理分期，已付3期，共12期。",
        ),
        ("user", "帮我总结一下这个客户的情况，我要回电话给她。"),
        (
            "assistant",
            "客户李秀英（手机 139 0871 2253，会员号 VIP-0087）上月购买足金手镯一只，分12期付款，目前已付3期，剩余9期。回电时可确认下一期付款日期并提醒她保留购物发票。",
        ),
    ],
    [
        (
            "user",
            "我同未婚妻黃凱琳下個月結婚，想喺對戒內圈刻字，佢英文名叫 Karen，我叫 Edmund，有咩建議？最好唔好太長。",
        ),
        (
            "assistant",
            "可以考慮：「Edmund & Karen 2027」、「E ♥ K 永結同心」或只刻婚期加一句「執子之手」。一般內圈建議十五個字符以內，字太多會影響清晰度。",
        ),
        ("user", "好，咁就刻「Edmund & Karen 18.01.2027」，幫我寫個訂單備註俾金行。"),
        (
            "assistant",
            "訂單備註：對戒一對，內圈激光刻字「Edmund & Karen 18.01.2027」，字體 Script，客人黃凱琳及未婚夫 Edmund，請於一月十日前完成。",
        ),
    ],
    [
        (
            "user",
            "Boss ask me kira gold savings for customer Mdm Tan Ah Moi, she pay RM100 every month since Jan, 11 months already. Rates every month around RM420 to RM450 per gram for 999. Roughly she got how many gram?",
        ),
        (
            "assistant",
            "Total paid RM1,100. At an average of about RM435/g that is roughly 2.53 g of 999 gold. For the exact figure, add up each month's RM100 divided by that day's rate.",
        ),
        ("user", "Ok, and she ask can she take out 2.5g as a coin already?"),
        (
            "assistant",
            "Most plans only allow physical redemption from 5 g. If your shop's terms say 5 g, Mdm Tan Ah Moi needs to continue about 11 more months or top up first. Check the plan version she signed.",
        ),
    ],
    [
        (
            "system",
            "You help jewellery customers understand valuations and insurance. Do not give legal advice.",
        ),
        (
            "user",
            "I'm Daniel Ho. My late mother passed away from cancer in March and left me her diamond ring. Great Eastern policy no. 0081234567 is in my name now. Do I need a new valuation?",
        ),
        (
            "assistant",
            "I'm sorry for your loss, Daniel. Insurers usually want a valuation less than 2-3 years old, and since the policy is now in your name they may ask for an updated certificate showing you as the owner. Call Great Eastern with your policy number to confirm.",
        ),
        ("user", "The shop quoted S$80. Is that normal?"),
        (
            "assistant",
            "Yes, S$60-S$120 for a single piece in Singapore is typical, depending on whether a certified gemologist signs the report.",
        ),
    ],
    [
        (
            "system",
            "Assistant for HR and operations at a Johor Bahru goldsmith. Keep reports factual.",
        ),
        (
            "user",
            "Rewrite this: staff Wong Kah Mun took RM2,000 from the till on 3 Dec, she admitted, she say because her father gambling debt, we want to terminate.",
        ),
        (
            "assistant",
            "Incident report: On 3 Dec 2026, employee Wong Kah Mun removed RM2,000 from the cash till. She admitted to the act and said it was due to her father's gambling debts. Management intends to proceed with termination following a due inquiry.",
        ),
        ("user", "Add that police report not made yet."),
        ("assistant", "Added: 'As of the date of this report, no police report has been lodged.'"),
    ],
    [
        (
            "user",
            "Customer from Seremban keep calling from 012-887 4410, say we scratch his Tag Heuer during battery change. How to reply politely?",
        ),
        (
            "assistant",
            "Suggested reply: 'Dear Sir, thank you for contacting us. We are sorry to hear about the scratch. Please bring the watch and receipt to the shop so our technician can inspect it together with you. We will review our CCTV at the bench and get back to you within 3 working days.'",
        ),
        ("user", "He name is Encik Shahrul, boleh masukkan nama?"),
        (
            "assistant",
            "Dear Encik Shahrul, thank you for contacting us. We are sorry about the scratch on your Tag Heuer. Please bring the watch and receipt so our technician can inspect it with you, and we will reply within 3 working days.",
        ),
    ],
    [
        ("system", "You clean CSV exports for a jewellery POS. Output only CSV."),
        (
            "user",
            "Fix the column order to name,mobile,item: 'Seiko battery,Ong Li Ting,9456 2210' and 'ring resize,Ramesh s/o Govind,8721 5504'",
        ),
        (
            "assistant",
            "name,mobile,item | Ong Li Ting,9456 2210,Seiko battery | Ramesh s/o Govind,8721 5504,ring resize",
        ),
    ],
]
