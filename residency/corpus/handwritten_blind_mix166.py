# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix166: airport, MRT/LRT and mall lost-and-found and left-luggage services in SG/MY/HK/TW (item reports, owner verification, IDs shown, CCTV requests, unclaimed items, staff chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix166
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "lost_property_faq"): _lines("""
        Q: I left my bag on an SMRT train on the North-South Line. Where do I go? A: Items found on trains go to the Lost & Found office at Jurong East station after 24 hours; call the SMRT hotline 1800 336 8900 before visiting.
        Q: How long does Changi Airport keep unclaimed items? A: Items are held for 30 days at the Lost & Found counter, Terminal 2 Level 1 arrival hall, after which they are disposed of or donated under airport policy.
        Q: What ID should I bring to collect my item? A: The original photo ID used to file the report (passport, NRIC, EP card or driving licence) plus the report reference, e.g. LF-T3-20261118-0042.
        Q: Can someone else collect on my behalf? A: Yes, with a signed authorisation letter, a copy of the owner's ID and the collector's own ID; download form LF-07 (v3.2, updated 01 Oct 2026) from the airport website.
        Q: I lost my Michael Kors wallet at Jewel, near the Rain Vortex. Who handles it? A: Jewel runs its own concierge lost property desk at Level 1; call the concierge line +65 6956 9898 between 10am and 10pm.
        Q: Does MTR charge a fee for lost property? A: No fee is charged; items found on the MTR network are kept at the Lost Property Office in Admiralty Station for up to 3 months; enquiries on 2881 8888.
        Q: Will you open my locked suitcase to identify it? A: Only with your consent at the counter; Samsonite and Rimowa TSA locks are opened by you with your own combination while two staff observe.
        Q: My son's Paddington Bear plush was left on the KLIA Ekspres. A: Soft toys are logged under category TOY-03; check the ERL found-items list, updated every Monday at 0900 MYT on the KLIA Ekspres site.
        Q: Can I get CCTV footage of where I lost my phone? A: Footage is released only to the Police or on a court order; file a police report first and quote the report number to our desk within 7 days, before footage is overwritten.
        Q: How much is left luggage at Changi T3? A: S$5.35 per hour for small items up to 15 kg, S$10.70 per 24 hours for standard cabin bags; golf bags and surfboards are quoted at the B2 counter.
        Q: Are power banks accepted for storage? A: No. Lithium batteries above 100Wh, e-cigarettes, perishables and durian are not accepted at any left-luggage counter in Terminals 1 to 4.
        Q: I found a passport on the Circle Line, what should I do? A: Hand it to the station control room or any police post; staff will not disclose the holder's details to finders, in line with the PDPA.
        Q: How do I track my claim? A: Enter your 12-character claim code (format CLM-XXXX-XXXX) on the Lost Property portal; status moves from RECEIVED to MATCHED to READY FOR COLLECTION.
    """),
    ("en", "system_log_lines"): _lines("""
        2026-11-18T07:42:13+08:00 INFO lf-intake item_id=LF-T2-20261118-0042 cat=ELECTRONICS/PHONE loc=T2-ARR-BELT-36 desc='black iPhone 15 Pro, clear case, no SIM'
        2026-11-18T07:55:02+08:00 WARN match-engine item_id=LF-T2-20261118-0042 candidates=3 top_score=0.61 threshold=0.75 action=HOLD_FOR_MANUAL_REVIEW
        2026-11-18T09:10:44+08:00 INFO cctv-req ticket=CCTV-2026-11-0318 cam=T3-B2-CAM-117 window=08:05-08:40 status=PENDING_POLICE_REF retention_days=30
        [left-luggage] 2026-11-19 13:02:51 SGT tag=LL-T1-884213 size=M weight=14.2kg rack=R07-S3 fee_due=SGD 10.70 payment=NETS terminal_id=T1LL02
        HKIA lost-prop batch 2026-11-20 02:00 HKT: 412 records scanned, 57 unclaimed over 90d moved to DISPOSAL_QUEUE, 3 flagged VALUABLE (jewellery), run_id=7f3c9a1e
        ERROR 2026-11-20T11:14:08Z ocr-tag svc=baggage-tag-reader code=E_BARCODE_UNREADABLE image=tagscan_000913.png retry=2/3 worker=ocr-04 queue_depth=17
        2026-11-21 18:30:00 +0800 INFO rapidkl-lf station='KL Sentral (KJ15)' item=umbrella qty=14 note='weekly umbrella sweep, all unclaimed, send to donation bin D-2'
        2026-11-22T06:05:31+08:00 INFO sync lf-portal to police-found-property api_version=2.4.1 pushed=128 failed=0 latency_ms=842 batch=FP-SYNC-20261122-01
        DEBUG 2026-11-22 14:22:10 kiosk=TPE-T2-KIOSK-05 locale=zh-TW step=ITEM_PHOTO_UPLOAD file=IMG_20261122_142201.jpg size_kb=812 sha1=3f786850e387550fdab836ed7e6dc881de23001b
        2026-11-23T10:00:00+08:00 AUDIT role=LF_SUPERVISOR action=RELEASE item_id=LF-KUL-M-20261109-0007 verification=ID_SIGHTED_NOT_STORED policy=PDPA-2010-s6
        2026-11-24 21:47:19 SGT INFO locker-svc bank=JEWEL-B1-LK2 locker=42 state=EXPIRED overstay_h=26 penalty=SGD 24.00 action=MOVE_TO_STORE_ROOM_3
        metrics date=2026-11-30 site=SIN-T3 items_received=1284 claimed=912 claim_rate=71.0% median_days_to_claim=2.3 top_category=UMBRELLA
        2026-12-01T08:00:12+08:00 INFO deploy lf-matcher v3.8.0 to v3.9.0 commit=a41be9c model=img-embed-small-v2 rollout=25% region=ap-southeast-1
    """),
    ("zh-Hant", "失物招領告示"): _lines("""
        港鐵失物招領：乘客如在車站或列車上遺失物品，請致電港鐵熱線 2881 8888 或親臨金鐘站失物認領中心，辦公時間為星期一至五上午8時至晚上8時。
        桃園國際機場第二航廈失物招領櫃檯位於入境大廳北側，服務時間 06:00–23:30；逾期未領之遺失物依《民法》第803條規定移交警察機關處理。
        臺北捷運公告：本公司每日拾得雨傘約二百支，各站保管 7 日後集中送至遺失物服務中心，請旅客至官網「遺失物查詢」輸入日期及車站查詢。
        注意：認領貴重物品（手提電話、錢包、證件）時，須出示本人身分證明文件正本，職員只會核對，不會影印或保留任何證件資料；代領人須另備授權書（表格 LPO-3）。
        機場快綫乘客如於香港站或九龍站預辦登機後遺失行李牌，請聯絡所屬航空公司地勤，本中心不受理已托運行李之查詢；行李延誤請致電航空公司或機管局查詢熱線 2181 8888。
        澳門國際機場失物招領處：離境大堂二樓，電話 (853) 2886 1111 轉 3020，電郵 lostfound@macau-airport.com（只限查詢，不接受代寄）。
        顧客請注意：時代廣場客戶服務台暫存之失物，包括一把 Doraemon 兒童雨傘及一個 Hello Kitty 散紙包，如屬閣下所有，請攜同購物單據到地下服務台認領。
        高鐵台北站寄物櫃收費：小型每3小時新台幣50元、中型每3小時80元、大型每3小時100元，未滿 3 小時以 3 小時計；悠遊卡、一卡通均可付款。
        東涌綫欣澳站拾獲物品一覽（2026年11月第4週）：黑色 Longchamp 手提袋 1個、灰色 Uniqlo 外套 2件、AirPods Pro 充電盒 3個、村上春樹《挪威的森林》中譯本 1本。
        由2026年12月1日起，港鐵失物認領中心將採用電子排隊系統，乘客可透過 MTR Mobile 應用程式（版本 21.5 或以上）預約認領時段。
        崇光銅鑼灣店顧客服務部公告：本店拾獲之物品保存 30 天，食品類即日處理；查詢請致電 2833 8338 或於 WhatsApp 商業帳號 +852 5110 2288 留言。
        高雄捷運美麗島站公告：本站將於 2026/12/15 02:00–05:00 進行閉路電視系統更新，期間調閱影像申請順延處理，造成不便敬請見諒。
        寄存行李須知：每件行李不得超過 32 公斤，不得寄存現金、易燃物品、活體動物或榴槤；本中心商業登記號碼 71234568-000-11-26-0。
    """),
    ("zh-Hans", "行李寄存价目表"): _lines("""
        樟宜机场第一航站楼行李寄存（地下二层）：小件 S$5.35/件/日，中件 S$8.56/件/日，大件 S$12.84/件/日，婴儿车及轮椅免费寄存 24 小时。
        吉隆坡国际机场 KLIA 1 寄存处价目：手提包 RM12/天，标准行李箱 RM18/天，超大件（高尔夫球袋、单车箱）RM35/天，24 小时营业。
        深圳北站行李寄存服务：10 kg 以内每件 15 元（4 小时内），超时每小时加收 3 元，最长寄存 7 天，须出示有效乘车凭证。
        上海虹桥机场 T2 行李寄存：普通件 30 元/件/天，大件 50 元/件/天，贵重物品恕不寄存；服务电话 021-5260 0000 转寄存台。
        星耀樟宜智能寄物柜：S 号 S$8/4小时，M 号 S$12/4小时，L 号 S$16/4小时，可用 PayNow 或 Visa/Mastercard 付款，发票号格式 JWL-LK-2026xxxxx。
        Suria KLCC 客服中心寄物：当日购物满 RM200 可免费寄存 3 小时，其余每件 RM5，寄存号码牌遗失需缴付 RM20 手续费。
        香港国际机场行李寄存（简体版价目表）：每件行李每小时 HK$12，每日上限 HK$140；护照与证件类失物只作暂存，不收费。
        广州白云机场 T2 寄存柜规格：小柜 35×45×55 cm，中柜 45×60×70 cm，大柜 60×80×90 cm；价格分别为每 6 小时 20、30、40 元。
        收费说明：不足 1 小时按 1 小时计，超过 24 小时按日计，寄存逾 30 天未领取者视为无人认领，按公司《无人认领物品处理规程》第 4.2 条处理。
        新加坡 Locker & Lock 连锁寄物点（乌节、牛车水、武吉士）：统一价 S$6/小时、S$25/日，学生凭学生证九折，旅行团另议。
        发票抬头：捷途行李服务（马来西亚）有限公司，SSM 注册号 202301045678 (1512345-K)，SST 号 W10-2301-32000123，地址：KL Sentral 一楼 L1-23 号铺。
        高铁香港西九龙站寄存处：20 英寸以下行李 HK$40/件/日，20–28 英寸 HK$60/件/日，超大件 HK$90/件/日；订单号示例 WKX-20261203-00817。
        特别优惠：12 月 1 日至次年 1 月 15 日，出示当日机票或登机牌可享寄存八折，每张登机牌限用一次，不可与会员积分同时使用。
    """),
    ("ms", "notis_dan_peraturan"): _lines("""
        Notis: Barang tercicir di dalam tren LRT Laluan Kelana Jaya akan disimpan di Kaunter Barang Hilang Stesen KL Sentral selama 30 hari; sila hubungi Pusat Panggilan Rapid KL 03-7885 2585.
        Penumpang yang ingin menuntut barang perlu membawa dokumen pengenalan asal (MyKad, pasport atau MyPR) serta nombor rujukan laporan, contohnya BH-KJ15-2026-11-0193.
        Peraturan 7(2): Barang berharga seperti wang tunai, barang kemas dan telefon bimbit yang tidak dituntut dalam tempoh 90 hari akan diserahkan kepada Polis Diraja Malaysia.
        Kaunter Simpanan Bagasi KLIA Terminal 1, Aras 3 (Balai Berlepas): dibuka 24 jam, caj RM15 sehari bagi beg kabin dan RM25 sehari bagi beg besar.
        Pihak pengurusan Mid Valley Megamall tidak bertanggungjawab atas kehilangan barang peribadi; barang yang ditemui boleh dituntut di Kaunter Khidmat Pelanggan, Ground Floor, Centre Court.
        Permohonan rakaman CCTV hanya boleh dibuat melalui laporan polis; borang MRT-CCTV-01 perlu diisi oleh pegawai penyiasat dan dihantar dalam tempoh 14 hari dari tarikh kejadian.
        Makluman: Mulai 1 Januari 2027, semua barang hilang yang ditemui di stesen MRT Laluan Putrajaya akan didaftarkan dalam sistem e-Hilang versi 2.0.
        Barang yang tidak dibenarkan untuk disimpan: durian, bahan mudah terbakar, bateri litium melebihi 160Wh, senjata, haiwan hidup dan barang yang mudah rosak.
        Sejarah ringkas: KLIA dibuka secara rasmi pada 27 Jun 1998 semasa pentadbiran Perdana Menteri Tun Dr. Mahathir Mohamad, menggantikan Lapangan Terbang Subang.
        Untuk pertanyaan, e-mel kepada aduan@myrapid.com.my atau WhatsApp rasmi pusat khidmat di 019-280 0018 (Isnin–Jumaat, 9 pagi–6 petang).
        Caj loker pintar di Terminal Bersepadu Selatan (TBS): saiz kecil RM4 sejam, saiz sederhana RM6 sejam, maksimum 72 jam; selepas itu barang dipindahkan ke stor utama.
        Barang hilang minggu ini di Pavilion Kuala Lumpur: 3 payung, 2 botol air Tupperware, 1 beg galas Anello, 1 kad Touch 'n Go tanpa nama dan 1 buku Hikayat Hang Tuah.
        Pekeliling Dalaman LF-2026/11: kakitangan dilarang mengambil gambar dokumen pengenalan pemilik; semakan identiti dibuat secara visual sahaja dan direkod sebagai ID disahkan.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Night shift update: T3 belt 45 ada 2 unattended luggage, dah inform AP police, sekarang tunggu EOD clear before we tag as found property lah.
        各位 counter 今日 system 好慢，LF portal 成日 timeout，IT 話 v3.9.0 rollout 緊，叫我哋暫時用 paper form LF-02 先頂住。
        Reminder all: don't photocopy passport when owner come collect, just sight and tick ID verified in system, PDPA audit next Tuesday 10am.
        老板说 umbrella 太多了，这个月底全部 donate 给 Salvation Army，记得先 scan barcode 做 disposal record 哦。
        Eh the Paddington bear from KLIA Ekspres tu owner dah claim ke belum? Kalau belum, pindah ke shelf TOY-03, jangan letak dengan food items.
        CCTV request CCTV-2026-11-0318 police dah bagi report no., can pass to security control room, they need it by 5pm today ya.
        Ops notice 今晚 23:00 起 Level B2 locker bank L2 停机保养，客人行李请 manually 搬去 store room 3，记录 rack number R07 to R09。
        FYI the iPhone 15 found at Gate C22 已经 matched, status READY FOR COLLECTION, counter 2 please prepare the release form before 3pm.
        Aiyo got passenger leave durian in locker 42 again, whole B1 smell until like that, please call Facilities hotline 6541 2288 ASAP.
        今日 stats：received 96 件, claimed 71 件, pending CCTV 4 单, lorry pickup for disposal 明天 8am at loading bay 3。
        Tolong check Rimowa silver cabin size dekat rack R05, tag LL-T1-884213, fee belum bayar SGD 10.70, jangan release sebelum payment clear.
        港鐵同事話 Admiralty LPO 今個禮拜改咗時間，星期六只開到 1pm，記得同客人講 la，唔好叫人白行一趟，website 嗰度 IT 話聽日先 update 到。
        Training reminder: new SOP v2.3 for owner verification slides uploaded to SharePoint folder /LF/Training/2026, please read before Friday briefing ok.
    """),
    ("mixed", "config_and_code"): _lines("""
        lost_found: {retention_days: 90, valuable_retention_days: 180, disposal_cron: '0 2 * * *', timezone: 'Asia/Singapore'}  # 保管期按 policy v4 设定
        CREATE TABLE lf_item (item_id VARCHAR(24) PRIMARY KEY, site CHAR(7), category VARCHAR(32), found_at TIMESTAMPTZ, status VARCHAR(20) DEFAULT 'RECEIVED');
        item_id,site,category,found_at,status,rack  -- CSV header untuk export harian ke sistem polis, jangan tambah column baru
        ITEM_ID_PATTERN = '^LF-[A-Z0-9]{2,4}-[0-9]{8}-[0-9]{4}$'  # e.g. LF-T2-20261118-0042
        locker: {bank: JEWEL-B1-LK2, sizes: {S: 8.00, M: 12.00, L: 16.00}, currency: SGD, block_minutes: 240, overstay_penalty_per_h: 1.00}
        def fee(hours, size): return round(RATE[size] * max(1, math.ceil(hours)), 2)  # 不足一小时按一小时计
        SUPPORT_EMAIL=lostandfound@changiairport.com SUPPORT_HOTLINE=+65-6595-6868 SUPPORT_HOURS=24x7  # 对外 contact, 放 footer
        i18n: {zh-Hant: '失物認領中心', zh-Hans: '失物招领中心', ms: 'Kaunter Barang Hilang', en: 'Lost & Found'}  # 港鐵同 KLIA 共用 string table
        curl -X POST https://api.lf-portal.example.com/v2/items -H 'Content-Type: application/json' -d '{"category":"UMBRELLA","site":"SIN-T3","qty":14}'
        cctv_request: {max_window_minutes: 60, requires: [police_report_no, officer_badge_no], retention_days: 30}  # tanpa laporan polis, reject automatik
        SELECT site, COUNT(*) AS unclaimed FROM lf_item WHERE status='RECEIVED' AND found_at < now() - interval '90 days' GROUP BY site ORDER BY 2 DESC;
        docker run -d --name lf-matcher -e MODEL=img-embed-small-v2 -e THRESHOLD=0.75 -p 8080:8080 registry.example.com/lf/matcher:3.9.0  # 新 threshold 睇 wiki
        MASK_RULES = {'passport': 'hash', 'phone': 'drop', 'email': 'drop', 'item_desc': 'keep'}  # owner PII jangan masuk training export
    """),
    ("zh-Hant", "商戶評論"): _lines("""
        ★★★★☆ 機場快綫香港站嘅行李寄存櫃位職員好有禮貌，HK$140 一日唔算平，但係放咗兩個 28 吋喼都冇問題，取返嗰陣三分鐘搞掂。
        ★★☆☆☆ 喺 IFC 商場跌咗把遮，去客戶服務台問，佢哋話只保留七日，過咗就冇，規矩係咁都算，不過可唔可以喺網上面登記失物先？
        ★★★★★ 桃園機場二航廈失物招領超有效率，我把 Kindle 遺留在登機口，隔天就收到航空公司通知，櫃檯人員態度也很好，推推！
        ★★★☆☆ 台北車站的寄物櫃常常客滿，假日下午幾乎找不到中型櫃，建議台鐵多增設一些，或開放線上預約，不然拖著 28 吋行李箱到處找櫃子真的很累。
        ★☆☆☆☆ 尖沙咀嗰間 Bag Butler 寄存店話 24 小時營業，凌晨兩點去到竟然閂咗門，打佢哋熱線都冇人聽，最後要喺機場坐到天光。
        ★★★★☆ 澳門外港碼頭嘅寄存處收 MOP 30 一件，職員識講廣東話同普通話，仲會幫手用保鮮紙包行李，呢個價錢喺澳門嚟講算抵，值得一讚，下次轉船都會再用。
        ★★★★★ 在高雄捷運掉了錢包，站務員幫忙查監視器畫面，半小時就在美麗島站找到，裡面證件、悠遊卡都在，連一張收據都沒少，效率比我想像中高很多，感謝高捷！
        ★★☆☆☆ 時代廣場服務台話要有單據先可以攞返個 Charles & Keith 手袋，但邊個買手袋會留單啊？最後要講晒入面有咩先肯畀返。
        ★★★★☆ 港鐵失物認領中心喺金鐘，地方細但排隊唔使等好耐，職員幫我喺電腦搵到跌喺東涌綫嘅 AirPods，要出示身份證核對但冇影印。
        ★★★☆☆ 西九龍高鐵站寄存處價錢清楚，但只收八達通同支付寶，冇得用信用卡，對海外遊客唔係好方便，希望港鐵同寄存商加返 Visa 同 Mastercard 付款。
        ★★★★★ 誠品信義店的服務台幫我保管了遺落的《哈利波特》精裝本整整兩週，還用牛皮紙袋包好並貼上拾獲日期，打電話去問也馬上查到，真的很貼心。
        ★★☆☆☆ 松山機場的寄物服務只到晚上十點，航班延誤到十一點才落地根本拿不到，只好隔天再跑一趟，希望延長營業時間或設置 24 小時自助取件櫃。
        ★★★★☆ K11 Musea 客服好醒目，我個細路跌咗隻 Miffy 公仔，佢哋翻睇閉路電視即刻喺三樓搵返，成個過程唔使半個鐘。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Found property claim LF-T2-20261118-0042: owner Marcus Tan Wei Jie, NRIC S8812347F, mobile 9786 4402, collected black iPhone 15 Pro at 14:10 on 19 Nov 2026.
        Blue pouch with insulin pens and a glucometer belongs to Mr. Rajesh Pillai, he told the counter he is Type 1 diabetic and needs it before his 6pm flight to Chennai.
        Caller asked us to ring back on +65 8271 9036 once the grey Samsonite is found, wouldn't leave a name.
        Please send the claim link to jolene.ho.88@gmail.com, she lost a Pandora bracelet at Jewel L1 yesterday evening.
        CCTV request: Ms. Evelyn Koh (FIN G5827301K) says her ex-husband took her luggage tag from the T3 locker; she holds a PPO and wants the footage for the Family Justice Courts.
        Car park lost and found: Toyota key fob tagged to vehicle SJK 5582 C, owner called from Tampines, will come by 7pm with his licence.
        Roster note: Daniel Lim from cargo owes half the team money, about S$3,200, and has a bankruptcy hearing in January; keep him away from the valuables safe.
        Offer letter for Lost & Found Officer: Ms. Grace Ong Mei Ling, basic salary S$2,850 per month, start date 5 Jan 2027, probation 3 months.
        Counter log: Mrs. Hannah Yeo, 32 weeks pregnant, felt faint at the oversize belt; we stored her pram under tag LL-T3-201977 and called an ambulance to Changi General Hospital.
        Police took the Louis Vuitton duffel as an exhibit; owner Kelvin Ang Jun Hao was arrested on arrival for undeclared cigarettes, report T3/2026/11/4411.
        LF-SIN-T1-0931,2026-11-21 08:14,WALLET,brown Coach bifold,Lee Mei Xuan,1994-03-17,+65 9034 7718,meixuan.lee94@outlook.com,CLAIMED
        Courier the found laptop bag to the owner's home: Blk 452 Jurong West Street 42, #09-187, Singapore 640452, attn Mr. Farid bin Osman.
    """),
    "zh-Hans": _lines("""
        失主王建国，身份证号 110105198603120730，手机 139 2047 8816，于 11 月 18 日在浦东机场 T2 到达层遗失黑色双肩包一个，内有笔记本电脑。
        陈先生说钱包里夹着他和前妻的离婚协议复印件，要求我们不要打开，只核对外观就好，失物编号 LF-PVG-20261105-0219。
        阿明在地铁二号线落下了装着抗抑郁药的背包，他妈妈打电话来问，回电 186 0217 3349。
        寄存单：寄存人 刘晓燕，证件 护照 E38172046，电话 +86 150 2281 0736，寄存 28 寸行李箱 2 件，取件时间 12 月 3 日 18:00。
        监控调取申请：申请人 周丽华，称其丈夫在樟宜机场 T1 与另一名女子同行，要求提供 11 月 2 日 19:00–20:00 的画面。
        微信号 zhangwei_0817 的旅客说他在行李寄存处落了一台 DJI 无人机，让我们加他微信联系。
        黄太太的女儿在新加坡读书，欠了学校 S$12,000 学费，这次回国把学生证和催缴通知落在寄存处了，标签 LL-T3-552031。
        退还寄存押金请转入失主账户：户名 杨帆，中国工商银行 账号 6222 0202 0011 4477 391，金额 RMB 200。
        失物寄回地址：广州市海珠区江南大道中 168 号 3 栋 1502 房，收件人 郑女士，电话 135 8022 6147。
    """),
    "zh-Hant": _lines("""
        失主黃志強，香港身份證 K482917(4)，手提 6482 1937，於東涌綫遺失灰色 Herschel 背囊，內有相機及護照。
        林太話個 LV 手袋入面有佢老公嘅癌症覆診紙同埋標靶藥，好急，佢電話 9274 5518，唔該有消息即刻覆佢。
        遺失物登記：失主 張雅婷，身分證字號 F224817363，手機 0928-417-365，遺失物品：紫色 iPad mini，地點：板南線忠孝復興站。
        阿傑（隔籬櫃位嗰個）欠咗大耳窿成十萬，成日喺失物倉附近行嚟行去，大家小心啲個夾萬。
        調閱監視器申請：申請人 吳冠廷（H120394574），稱於捷運板南線遭人偷拍，已向中正第一分局報案，請保留 11/18 22:00 前後畫面。
        停車場失物：車匙連車牌 TV 8312 嘅鎖匙扣，車主陳嘉欣小姐已致電，要求寄返將軍澳唐德街 9 號 5 座 27 樓 C 室。
        失主何嘉豪持澳門居民身份證 5218374(6)，於外港碼頭寄存處遺失兩件行李，聯絡電話 6681 2094。
        退款帳戶：中國信託（822）帳號 5401-2938-7716，戶名 蔡宜芳，退還寄物櫃溢繳費用新台幣 300 元。
        桃園機場一航廈服務台紀錄：旅客許淑芬女士懷孕 28 週，候機時遺失媽媽手冊及產檢報告，已廣播協尋。
        有位乘客叫我哋將 AirPods 認領通知寄去 kayan.chow.1992@yahoo.com.hk，佢話喺旺角站跌咗。
    """),
    "ms": _lines("""
        Pemilik beg: Nur Syafiqah binti Roslan, No. MyKad 950418-14-5372, telefon 012-748 3916, menuntut beg tangan Bonia di Kaunter KL Sentral.
        Encik Hafiz dari Shah Alam kata dompet dia ada surat saman mahkamah sebab hutang kereta RM38,000, dia minta kami jangan buka.
        Kunci kereta dijumpai di parkir Sunway Pyramid; pemilik kereta Honda City VKR 6392, Puan Rohana Ismail, sudah dihubungi.
        Penumpang Muthu a/l Selvarajah tercicir ubat epilepsi di tren MRT Kajang; anaknya telefon 016-392 8174 minta bantuan segera.
        Tolong WhatsApp balik nombor 011-2739 4061, pemilik kata payung dan beg laptop tertinggal di Stesen Bukit Bintang.
        Bayaran balik deposit loker ke akaun Maybank 1640 2219 8837 atas nama Lim Siew Ling, jumlah RM50.
        Hantar semula pasport ke alamat rumah: No. 27, Jalan SS 2/64, 47300 Petaling Jaya, Selangor, u.p. Encik Azman bin Yusof.
        Puan Zarina minta rakaman CCTV sebab suaminya, yang sedang dalam proses cerai, ambil beg anak mereka dari loker di Mid Valley tanpa izin.
        Borang tuntutan BH-KJ15-2026-11-0193: Nama: Tan Kok Wai, Pasport: A41938572, Emel: kokwai.tan@gmail.com, Barang: kamera Fujifilm X100VI.
    """),
    "mixed": _lines("""
        Counter 3 note: 梁秀英 auntie 今早来 claim 她的 walking stick, IC S5038271J, 她说 daughter 在 KK Hospital 做 chemo, 麻烦 expedite ya.
        Eh the owner of the Rimowa tu, Mr. Vincent Chua, dia call 3 kali dah, nombor dia +65 9318 6620, please 回他电话 before 6pm.
        客人 Aaron Wong 話佢部 MacBook 入面有 payslip，佢份人工 HK$85k 一個月都寫晒喺度，叫我哋唔好開機 please。
        LL tag LL-KUL-773019 | owner: Nadia Rahman | MyKad 880723-10-6284 | 手机 019-227 4518 | item: Bugaboo stroller | status: collected
        Found in MRT: wallet ada IC 阿珠姐, she's the makcik yang jual kuih dekat Exit B, number dia 012-553 0817, tolong inform.
        Work pass FIN G7193046M, Aung Ko Ko, Myanmar worker, lost his dorm keycard and work pass at Jurong East MRT, his employer asked us to hold it until Friday.
        Staff chat: 小美 today MC again, 她说 miscarriage 后还没恢复, counter 2 要 cover 她的 shift, don't tell others ok.
        PRC passenger 赵磊, ID 310104199108274615, left bag at T1 left-luggage, he was detained by ICA for overstaying, bag to be released to his lawyer.
        Please courier the found camera to 台北市大安區復興南路一段 219 巷 11 號 5 樓, 收件人 邱柏翰, 0935-628-104, 貨到付款 ok.
        Email from passenger: hi I'm Cheryl Tay, booking ref K7XQ2M, lost my AirPods at Changi T4 Gate G12, my number 8164 2390, thanks!!
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the virtual assistant of the Changi Airport Lost & Found desk. Help passengers file reports and explain collection rules. Never promise that an item has been found.",
        ),
        (
            "user",
            "Hi, I left my grey backpack at Gate B4 in T1 this morning before my flight to Bangkok. My name is Jonathan Seah, passport K4718206P, mobile +65 9452 1873. Can you check?",
        ),
        (
            "assistant",
            "Thanks, Jonathan. I have logged a report for a grey backpack at Gate B4, Terminal 1, today. Our team will match it against items handed in and contact you on +65 9452 1873. When collecting, please bring the same passport.",
        ),
        (
            "user",
            "Inside there is also my dad's heart medication, he had a bypass last year. Can someone rush it?",
        ),
        (
            "assistant",
            "I have marked the report as urgent because it contains medication. If it is found, staff will call you first; if your father needs the medicine sooner, please get a replacement from a pharmacy or clinic rather than waiting.",
        ),
    ],
    [
        ("system", "你係港鐵失物認領中心嘅 AI 助理，用廣東話回覆，協助乘客登記遺失物品。"),
        (
            "user",
            "你好，我琴晚喺荃灣綫旺角站跌咗個銀包，入面有身份證 Y305816(4) 同埋八達通，我叫李卓賢，電話 9637 2084。",
        ),
        (
            "assistant",
            "李先生你好，已經幫你登記：荃灣綫旺角站，遺失銀包，內有身份證同八達通。如有消息，職員會致電 9637 2084 通知你。",
        ),
        ("user", "身份證要唔要即刻報失？"),
        (
            "assistant",
            "建議你盡快向入境事務處申請補領身份證，同時可以喺八達通網站暫停張卡。如果之後搵返銀包，可以帶埋補領收據嚟金鐘失物認領中心認領。",
        ),
    ],
    [
        (
            "system",
            "Anda ialah pembantu AI untuk Kaunter Barang Hilang Rapid KL. Jawab dalam Bahasa Melayu dengan sopan.",
        ),
        (
            "user",
            "Saya tertinggal MyKad dalam LRT Laluan Ampang semalam. Nama saya Siti Hajar binti Mohd Noor, IC 010912-10-4588, nombor telefon 013-620 7451.",
        ),
        (
            "assistant",
            "Terima kasih, Cik Siti Hajar. Laporan anda telah direkod untuk MyKad yang tercicir di LRT Laluan Ampang. Jika ditemui, pegawai kami akan menghubungi 013-620 7451.",
        ),
        ("user", "Kalau tak jumpa dalam seminggu macam mana?"),
        (
            "assistant",
            "Jika tidak ditemui, sila buat laporan polis dan mohon MyKad gantian di pejabat JPN berhampiran. Bawa salinan laporan polis dan sijil kelahiran jika ada.",
        ),
    ],
    [
        ("system", "你是吉隆坡国际机场行李寄存中心的文书助手，帮职员用简体中文起草通知信。"),
        (
            "user",
            "帮我写一封信给失主刘国栋先生，他的护照 E27390518 在 KLIA2 寄存处被拾获，他住在新山 Jalan Harimau Tarum 12 号，电话 +60 17-738 2216，请他 14 天内来领。",
        ),
        (
            "assistant",
            "刘国栋先生您好：您的护照（号码 E27390518）已于 KLIA2 行李寄存处被拾获并妥善保管。请于 14 天内携带其他有效身份证明前来认领，如有疑问请致电本中心。若需邮寄至新山 Jalan Harimau Tarum 12 号，请回复确认。",
        ),
        ("user", "加一句：如果他不能亲自来，可以委托家人。"),
        (
            "assistant",
            "已补充：若您无法亲自前来，可由家人持您签署的授权书、您的护照复印件及其本人身份证件代为领取。",
        ),
    ],
    [
        (
            "system",
            "Lost & Found assistant for Jewel Changi. Current claimant record: name=Priya d/o Subramaniam; NRIC=T0419283J; phone=8826 3190; item=Tiffany necklace; status=MATCHED.",
        ),
        ("user", "Can you summarise the claimant record for me in one line for the handover log?"),
        (
            "assistant",
            "Handover: Priya d/o Subramaniam (NRIC T0419283J, 8826 3190) has a MATCHED claim for a Tiffany necklace, ready for ID check and release.",
        ),
        ("user", "ok, 她说 tomorrow 10am 来拿, note it down"),
        (
            "assistant",
            "Noted: claimant expected tomorrow at 10am to collect the Tiffany necklace; counter staff should sight her NRIC and record it as ID verified without photocopying.",
        ),
    ],
    [
        (
            "user",
            "I need CCTV from MRT Dhoby Ghaut on 20 Nov around 9pm. My wife Rachel Goh said she was with her sister but I think she met someone. Can you get me the footage?",
        ),
        (
            "assistant",
            "I'm sorry, but CCTV footage from MRT stations is released only to the Police or under a court order, not to members of the public for personal matters. If you believe an offence was committed, you can make a police report; for family issues, a family lawyer can advise you on your options.",
        ),
        (
            "user",
            "Fine. Her phone is 9173 6605, can you at least check if she reported anything lost that night?",
        ),
        (
            "assistant",
            "I can't share another person's lost property records or look them up by phone number. Rachel would need to contact the Lost & Found office herself.",
        ),
    ],
    [
        ("system", "你是桃園國際機場失物招領服務的智慧客服，請用繁體中文回答。"),
        (
            "user",
            "我昨天在第一航廈出境大廳掉了健保卡和駕照，姓名陳怡君，身分證字號 E227306188，手機 0966-215-803，請幫我查。",
        ),
        (
            "assistant",
            "陳小姐您好，已為您登記：第一航廈出境大廳，遺失健保卡及駕照。若有拾獲，服務人員會以 0966-215-803 與您聯繫，領取時請攜帶身分證正本。",
        ),
        ("user", "如果三天內沒找到要怎麼辦？"),
        (
            "assistant",
            "建議您先向健保署申請補發健保卡，並至監理站辦理駕照補發。如日後尋獲原件，仍可至失物招領櫃檯領回。",
        ),
    ],
    [
        (
            "user",
            "Help me draft a short WhatsApp to my supervisor: I can't come for the Sunday night shift at the T2 left-luggage counter, my son Ethan got admitted to KKH with dengue. I'm Michelle Lau, staff ID LL-0472.",
        ),
        (
            "assistant",
            "Hi, this is Michelle Lau (LL-0472). Sorry for the short notice, I won't be able to do the Sunday night shift at the T2 left-luggage counter because my son Ethan has been admitted to KKH with dengue. I'll send the hospital memo once I have it. Thank you for understanding.",
        ),
        ("user", "make it more casual, and add 我会 check 手机 if they need handover"),
        (
            "assistant",
            "Hi boss, Michelle here. Sorry ah, cannot make it for Sunday night shift at T2 left-luggage, Ethan kena dengue and is warded at KKH. 我会 check 手机 if anyone needs handover. Will send the hospital memo later, thanks!",
        ),
    ],
    [
        (
            "system",
            "You help staff at a Kuala Lumpur mall customer service counter handle locker deposit refunds. Reply in the language the user uses.",
        ),
        (
            "user",
            "Customer nak refund deposit loker RM50. Nama Ahmad Faizal bin Zainal, akaun CIMB 7062 4418 3390, IC 870305-14-6231. Boleh tolong buat nota untuk finance?",
        ),
        (
            "assistant",
            "Nota kepada Kewangan: Sila pulangkan deposit loker RM50 kepada Ahmad Faizal bin Zainal (MyKad 870305-14-6231) melalui akaun CIMB 7062 4418 3390. Pengesahan identiti telah dibuat di kaunter.",
        ),
        ("user", "Tambah reference number LK-MV-20261202-015."),
        (
            "assistant",
            "Dikemaskini: Nota kepada Kewangan (Ruj. LK-MV-20261202-015): Sila pulangkan deposit loker RM50 kepada Ahmad Faizal bin Zainal (MyKad 870305-14-6231) melalui akaun CIMB 7062 4418 3390.",
        ),
    ],
    [
        ("system", "你是香港国际机场行李寄存服务的客服助手，用简体中文回复内地旅客。"),
        (
            "user",
            "我在 T1 寄存了两个箱子，寄存单弄丢了。我叫孙静，港澳通行证 CF3829174，手机 +86 137 2608 4519，怎么取？",
        ),
        (
            "assistant",
            "孙女士您好，寄存单遗失时可凭寄存时登记的证件领取。请携带港澳通行证 CF3829174 到 T1 行李寄存柜台，职员核对后即可取回两件行李。",
        ),
        ("user", "我现在怀孕七个月，不方便搬，可以让我丈夫去拿吗？他叫冯浩。"),
        (
            "assistant",
            "可以。请您签署一份授权书，写明授权冯浩先生代领，并附上您的通行证复印件；冯先生领取时需出示他本人的有效证件。如需协助搬运，可在柜台申请行李车或搬运服务。",
        ),
    ],
]
