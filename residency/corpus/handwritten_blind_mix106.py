# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix106: airport services in SG/MY/HK/TW (lost and delayed luggage, wheelchair assistance, lounge access, duty-free pickup, immigration queries). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix106
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "airport_notice"): _lines("""
        Mishandled baggage: please report to the Baggage Services counter in the arrival hall before leaving the reclaim area. A Property Irregularity Report (PIR) must be filed; written claims are due within 21 days for delayed bags and 7 days for damaged bags.
        Passengers who require wheelchair assistance should request it at least 48 hours before departure through their airline. Airport buggies in the transit area are free for elderly passengers, expectant mothers and travellers with reduced mobility.
        Lounge access notice: entry is subject to capacity. Priority Pass and DragonPass holders may be turned away during peak hours (0600-0900 and 2200-0100). Children under 2 enter free with a paying adult.
        Duty-free collection: goods purchased online for departure must be collected at the pickup counter after immigration, at least 45 minutes before your flight. Please bring your boarding pass and the passport used at checkout.
        Liquids, aerosols and gels bought at duty free will be sealed in a security tamper-evident bag (STEB) with the receipt visible. Do not open the bag until your final destination.
        Automated immigration lanes are available to citizens, permanent residents and eligible foreign visitors. Young children and travellers whose biometrics cannot be read will be directed to the manned counters.
        Lost & Found: items left in the public areas of Changi Airport are kept for a limited period. Enquiries: +65 6595 6868 or the online lost property form. Items found on board an aircraft are handled by the airline.
        Hong Kong International Airport enquiries hotline: (852) 2181 8888. For property lost on board, please contact your airline's baggage services desk directly.
        Reminder to all ground handling staff: delayed bags must be scanned into WorldTracer before 18:00 so the courier run to the CBD can depart at 19:30.
        Taoyuan Airport reminds travellers that meat products, including beef jerky and pork floss, may not be brought into Taiwan; fines for a first offence start at NT$200,000.
        Wheelchair codes: WCHR – can climb stairs and walk to seat; WCHS – cannot climb stairs but can walk to seat; WCHC – completely immobile, needs to be carried to seat.
        Lounge closed for renovation 3–21 March; eligible passengers will receive a meal voucher of SGD 30 at the transfer counter.
        Delayed baggage delivery is free within mainland Singapore; Sentosa and offshore islands are subject to a surcharge. Bags are usually delivered within 24 hours of arrival on the next available flight.
        Transfer passengers flying from a domestic sector to an international flight at KLIA must clear outbound immigration before proceeding to the satellite gates.
    """),
    ("zh-Hant", "airport_faq"): _lines("""
        行李延誤點算好？請喺離開行李提取大堂之前，去航空公司行李服務櫃檯填寫行李延誤報告（PIR），記得攞返參考編號。
        香港國際機場提供免費輪椅借用服務，旅客可於客務中心查詢；如需由登機閘口協助登機，請提前向航空公司預約。
        桃園機場第二航廈遺失物招領中心服務時間為每日 06:00 至 23:30，拾得物品將依相關規定公告及保管。
        使用 e-道 前請確認已符合入境事務處的登記資格，兒童使用規定請參閱入境處網頁。
        自動查驗通關（e-Gate）：符合年齡及身高條件之國人，可於機場現場免費申辦，約三分鐘完成。
        貴賓室使用須知：每位持卡人可攜同行一位，超過部分每人收費 USD 32；室內請勿大聲喧嘩，謝謝合作。
        免稅店網上預購嘅貨品，記得喺出境之後去提貨櫃檯攞，起飛前最少一個鐘要到，遲咗就攞唔到㗎喇。
        機場快綫市區預辦登機服務於航班起飛前24小時至90分鐘開放，部分航空公司除外。
        行李損壞索償須於收到行李後七日內以書面向航空公司提出，延誤則為二十一日內。
        如果喺禁區內唔見咗嘢，可以搵附近嘅客務中心職員，佢哋會幫你聯絡失物認領處。
        個案編號 HKGCX71523 已結案：行李已於 14/11 由速遞送達，無需再跟進。
        本航班因天氣延誤，已辦理登機之旅客可至 D5 登機門旁服務櫃檯領取餐券，每券面額新台幣 300 元。
        長者及行動不便旅客可向航空公司申請輪椅服務（WCHR），桃園機場另設有愛心服務台於出境大廳。
        海關提醒：入境時攜帶總值超過港幣 12 萬元之現金或不記名可轉讓票據，須主動向海關申報。
    """),
    ("zh-Hans", "service_template"): _lines("""
        尊敬的{旅客姓名}，您的延误行李（行李牌号：{行李牌号}）已找到，将于{送达日期}送至您登记的地址，请保持电话畅通。
        【行李延误登记表】旅客姓名：________ 航班号：________ 行李牌号：________ 联系电话：________ 送货地址：________
        轮椅服务申请须至少提前48小时，通过订票渠道或致电航空公司客服提出，并说明是否需要上下舱梯协助。
        请问从樟宜机场转机去吉隆坡，行李是直挂的吗？中间需要入境新加坡吗？
        在香港机场丢了充电宝怎么找？一般先联系航司；如果是在候机楼公共区域丢失的，就去失物招领处登记。
        温馨提示：免税品提货单号以 DF 开头，共 12 位，请勿与订单号混淆。
        客服话术：先向旅客致歉，确认行李牌号及航班，再告知预计查找时间，不得承诺具体送达时间。
        贵宾室容量已满时，请引导旅客至 B 区候补排队，并告知预计等候时间约 20 分钟。
        马来西亚数字入境卡（MDAC）需在抵达前三天内在线填写，免费，请勿通过第三方网站付费办理。
        新加坡电子入境卡（SG Arrival Card）需在抵达前三天内通过 ICA 官网或 MyICA 应用提交，免费。
        大陆居民赴台需持大陆居民往来台湾通行证及入台证，入境时请同时出示。
        行李破损理赔所需材料：登机牌、行李牌存根、破损行李照片、维修报价单（如有）。
        工单 #WT-2024-118742 状态更新：行李已在曼谷中转站找到，已安排明日首班航班转运至新加坡。
    """),
    ("ms", "pengumuman"): _lines("""
        Penumpang yang memerlukan kerusi roda dinasihatkan membuat permohonan sekurang-kurangnya 48 jam sebelum penerbangan melalui syarikat penerbangan masing-masing.
        Bagasi tertangguh: sila laporkan di kaunter Lost & Found syarikat penerbangan di balai ketibaan sebelum keluar dari kawasan tuntutan bagasi.
        Kaunter pengambilan barangan bebas cukai terletak selepas pemeriksaan imigresen; sila tunjukkan pas masuk pesawat dan resit pembelian.
        Perhatian: Lounge ditutup sementara untuk kerja penyelenggaraan dari 1 hingga 15 Julai. Penumpang layak akan diberikan baucar makanan bernilai RM40.
        Warganegara Malaysia boleh menggunakan autogate di KLIA dan klia2 dengan pasport yang sah.
        Pemegang pasport asing daripada negara tertentu kini layak menggunakan autogate semasa ketibaan; sila rujuk laman web Jabatan Imigresen Malaysia untuk senarai terkini.
        Nombor rujukan aduan anda ialah MAHB-CS-2024-55831. Sila simpan nombor ini untuk semakan status.
        Barang hilang di kawasan awam lapangan terbang akan disimpan di pejabat Lost & Found untuk tempoh tertentu sebelum dilupuskan.
        Adakah saya perlu isi MDAC kalau transit sahaja di KLIA dan tak keluar imigresen?
        Perkhidmatan buggy disediakan percuma untuk warga emas, wanita hamil dan OKU dari kaunter imigresen ke pintu berlepas.
        Tuntutan bagasi rosak mesti dibuat dalam tempoh 7 hari selepas menerima bagasi, manakala kelewatan dalam tempoh 21 hari.
        Surau disediakan di kedua-dua aras berlepas dan ketibaan; sila rujuk papan tanda berhampiran pintu masuk.
        Tag bagasi 0232 889145 dikeluarkan di Kota Kinabalu; status: DITEMUI, dijadualkan pada penerbangan pertama esok pagi.
    """),
    ("mixed", "group_chat"): _lines("""
        guys anyone know if Changi T4 got wheelchair service for elderly 乘客 or must book thru airline ah?
        lounge at T3 penuh gila tadi, Priority Pass kena tolak, terpaksa duduk dekat gate je lol
        我上次喺 HKIA 唔見咗個 tag，行李 delay 咗兩日先送到酒店，so remember take photo of your bag tag
        Eh korang, duty free pickup counter kat KLIA mana eh? Aku beli online tapi tak tahu nak collect kat mana 😅
        台灣 e-Gate 真係好快，五分鐘就過咗關，no need queue like crazy
        Pro tip: 到樟宜如果行李 delay，直接去 belt 旁边的 LL counter 报，不要出了海关才找
        Bro, MDAC tu wajib ke untuk orang Singapore? 有人说 SG citizen 也要填, betul ke?
        Anyone tried the DragonPass lounge kat klia2? worth it or not, 食物点样?
        HK airport 嘅 free wheelchair 要去 customer service counter 借，要唔要 deposit? anyone knows?
        Just landed TPE, bag tak sampai. Airline kata next flight tomorrow, they'll send to hotel. 好烦 but ok lah
        Reminder everyone: 带肉干入台湾罚二十万台币, seriously jangan bawa bak kwa
        Is it true that Jewel got early check-in for bags? 可以放行李先去玩?
        Lounge Plaza Premium tu boleh bayar walk-in ke? Harga dalam RM200 kan?
        kalau nak book wheelchair untuk orang tua, 要提前几天? airline website cakap 48 jam
        Tips: 免税店收据要留好, GST refund at Changi need the eTRS ticket, do it at the kiosk before immigration if goods in checked bag
        桃園第一航廈那邊 lost and found 幾點關? I think I left my power bank at the security line
    """),
    ("en", "ops_log"): _lines("""
        2024-11-03 22:41 WT FILE SINSQ48213 CREATED | DELAYED | TAG 0618 327514 | ROUTE MEL-SIN | RUSH TAG ISSUED, FWD NEXT SECTOR
        Wheelchair demand T3 arrivals 06:00-09:00: 42 WCHR, 11 WCHS, 3 WCHC; 2 ambulifts deployed; avg wait 14 min.
        Lounge occupancy alert: T1 contract lounge at 96% capacity, walk-ins suspended until 23:30.
        DF pickup batch #P-20241108-07 released to counter C3: 118 orders, 3 exceptions (missing STEB seal).
        Belt 42 jammed 18:05–18:40; 3 flights re-assigned to belt 45; no bags reported missing.
        INC-77412 resolved: automated lane scanner firmware v3.2.1 rolled back; queue time back to baseline.
        Courier manifest 12 Nov: 27 delayed bags to Kowloon, 14 to HK Island, 6 to NT; driver shift 2 dispatched 20:15.
        e-Channel lanes 1–12 offline 03:10–03:45 for maintenance; manual counters opened.
        3 SSR MEDA requests on today's CX 715; MEDIF desk has cleared all three, ambulift booked for stand 212.
        Lost & Found weekly: 312 items logged (phones 74, passports 19, headphones 58, umbrellas 41); 201 returned to owners.
        Passport found at gate B7 handed to immigration duty officer, occurrence no. OCC-2024-7731, 15:52.
        Mishandled baggage rate Q3: 4.1 per 1,000 pax, down from 5.3 in Q2.
        AOC meeting: wheelchair handover point at T2 Pier E to move 30 m toward gate E11 from 1 Dec.
        Duty-free SKU 88042317 (Johnnie Walker Blue Label 1L) stock-out at KUL C-pier; replenishment ETA 16:00.
    """),
    ("mixed", "public_news"): _lines("""
        Hong Kong International Airport at Chek Lap Kok was formally opened by President Jiang Zemin on 2 July 1998, replacing Kai Tak.
        Taoyuan International Airport was called Chiang Kai-shek International Airport until it was renamed in 2006.
        樟宜机场第四航站楼于2017年启用，第五航站楼预计于2030年代中期投入运营。
        In Spielberg's The Terminal, Tom Hanks plays Viktor Navorski, a traveller stranded in a New York airport terminal after his country collapses.
        Menteri Pengangkutan Anthony Loke memaklumkan Dewan Rakyat tentang kemajuan penggantian sistem aerotrain di KLIA.
        Jewel Changi 的 Rain Vortex 由建筑师 Moshe Safdie 设计，号称全球最高的室内瀑布。
        KLIA dibuka pada tahun 1998 dan direka oleh arkitek Jepun Kisho Kurokawa dengan konsep "airport in the forest".
        赤鱲角機場客運大樓由 Norman Foster 嘅建築事務所設計，1998 年啟用。
        Joseph Schooling was greeted by crowds at Changi Airport after winning Singapore's first Olympic gold medal in 2016.
        Cathay Pacific was founded in Hong Kong in 1946 by American Roy Farrell and Australian Sydney de Kantzow.
        Tony Fernandes took over AirAsia for one ringgit in 2001, together with its debts, and turned it into a low-cost carrier.
        In Crazy Rich Asians, Rachel Chu and Nick Young fly to Singapore in a lavish first-class suite.
    """),
    ("en", "code_config"): _lines("""
        SELECT file_ref, tag_no, status FROM worldtracer_files WHERE station = 'HKG' AND created_at >= CURRENT_DATE - INTERVAL '7 days';
        pir_form: {fields: [passenger_name, flight_no, tag_no, contact_phone, delivery_address], required: [flight_no, tag_no]}
        BAG_TAG_RE = '^[0-9]{10}$'  # IATA licence plate: leading digit + 3-digit airline code + 6-digit serial
        payment_sandbox: {card: '4111 1111 1111 1111', expiry: '12/30', cvv: '123'}  # gateway test card, not a real account
        wheelchair_ssr_codes = {'WCHR': 'ramp', 'WCHS': 'steps', 'WCHC': 'cabin seat', 'DPNA': 'disabled passenger needing assistance'}
        LOUNGE_CAPACITY = {'SIN_T3_GOLD': 380, 'HKG_PIER': 420, 'KUL_SAT': 260}  # soft limits, duty manager may override
        curl -X POST https://api.example-airport.test/v2/lostfound/items -H 'Content-Type: application/json' -d '{"category":"phone","found_at":"Gate D41","found_time":"2024-10-09T08:12:00+08:00"}'
        sha256(manifest_20241112.csv) = 9f2c1e7ab04d3c58e16f0a7b2d9e4c13f6a8b5d07e2c9f41a3b6d8e0c5f7a912
        release notes v2.8.0: added Malay and Traditional Chinese to the delayed-bag SMS templates; fixed timezone bug for TPE (UTC+8).
        cron: 0 */2 * * * /opt/bagtrack/bin/sync_worldtracer --station KUL --since 2h
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        PIR SINSQ51077 | Pax: TAN WEI LIANG MR | Flt SQ 222 SYD-SIN | Tag 0618 442917 | Contact: +65 9137 4862 | Deliver to: Blk 318 Clementi Ave 4, #08-215, Singapore 120318
        Wheelchair request WCHC for Mdm Koh Ah Moi, 82, recovering from a hip replacement, on TR 12 SIN-PER 14 Dec; daughter Jennifer Koh will accompany her.
        Hi, I'm writing about my lounge access being refused on 3 Nov at T3. My name is Daniel Pereira and my Visa Infinite card 4556 3318 4726 1954 should give me free entry.
        Duty free pickup slip — Name: Hannah Whitfield / Passport: 536817204 (GBR) / Flight: BA 12 / Order DF-SG-7741902 / Collected 22:14 at counter 3, ID checked.
        Immigration note: FIN G5163820X holder Rahul s/o Venkatesh was stopped at the automated lane because his work pass had expired; referred to secondary inspection.
        Lost passport report: Ms Priya Ramasamy, Malaysian passport A52817764, lost near Gate C21 on 6 Jan. Contact priya.ramasamy88@gmail.com.
        Roster swap: ground agent Siti Rahmah binti Osman (staff no. 40117) is on medical leave till Friday after her asthma attack, Ahmad covering her WCHR runs at T2.
        Complaint: my bag arrived with the zip broken and a bottle of perfume missing. Flight CX 691 on 28 Feb, claim ref CXHKG20417. — Gregory Lim, 9024 8817
        Re: delayed bag. Please deliver to Flat B, 27/F, Tower 3, Laguna Verde, Hung Hom, Kowloon, addressed to Mrs Margaret Lau. The building guard will sign.
        Manifest note: seat 17A MR JOSHUA DE SOUZA – travelling with a portable oxygen concentrator for COPD, MEDIF approved, needs aisle wheelchair on arrival KUL.
        Lounge guest log 14/07 19:40 — Chloe Tan + 1 guest, PPS Club, left her phone charger at seat 22; call her back at 8123 4590.
        Chan Tsz Hin (HKID Y604218(8)) reports that his backpack was taken by mistake at belt 10 on arrival from Bangkok.
    """),
    "zh-Hans": _lines("""
        旅客张晓雯，身份证号 310104199208052382，乘坐 MU 567 航班抵达新加坡，托运行李一件未到，联系电话 139 1728 4650。
        客服备注：王建国先生（75岁，糖尿病，胰岛素需冷藏）申请 CA 975 航班轮椅服务，家属已确认。
        免税提货登记：刘思琪 / 护照 E93827416 / 航班 CZ 3073 / 提货单 DF2024111800
        我是陈志强，在香港机场转机时丢了一个黑色双肩包，里面有笔记本电脑。麻烦回复邮箱 czq_1987@163.com，谢谢！
        投诉：11月2日乘坐 3U 8577 航班，贵宾室工作人员拒绝我入内，态度恶劣。投诉人：李婉婷，手机 18617294035。
        旅客黄伟（往来港澳通行证 C38215746）在香港机场入境时被要求补办签注，请协助联系家属。
        延误行李送货地址：广州市天河区体育东路 112 号 5 栋 1702 房，收件人：周敏，电话 135 2861 9037。
        群里通知：@林晓峰 你爸的轮椅服务已经订好了，明早 7:40 在 T2 4 号门等，他心脏支架刚做完，别让他走太多路。
        航司回复：赵磊先生，您的行李已在吉隆坡找到，将于今晚送至您入住的酒店 1208 房，请留意。
        失物认领：身份证 35020319780122156X 已由机场派出所代为保管，请持本人其他有效证件领取。
    """),
    "zh-Hant": _lines("""
        行李延誤報告：旅客 CHAN KA YAN（陳嘉欣），HKID K512873(0)，航班 UO 703，聯絡電話 6391 2045。
        阿媽下星期飛台北，我幫佢預約咗輪椅，佢膝頭哥啱做完手術行唔到遠路。— 黃美玲，9638 4172
        桃園機場遺失物登記：林雨婷，身分證 A228341570，遺失黑色錢包一個於第二航廈出境大廳，聯絡 0912-387-465。
        貴賓室投訴：本人吳家豪，持 Visa 卡號 4032 0371 6628 5102，於 3 月 8 日被拒進入，要求解釋。
        客務中心交更紀錄：何志明先生（坐輪椅，有柏金遜症）轉機去溫哥華，已安排職員陪同至 E 閘。
        e-道登記失敗：旅客鄧偉樂，身份證 R280941(8)，指紋無法讀取，已轉介人工櫃檯。
        @張志偉 你個喼已經送到你屋企樓下管理處喇，沙田第一城 38 座，記得落去攞。
        台灣居民來往大陸通行證 08316274 持有人蔡宗翰在香港機場轉機時遺失證件，已報警。
        華航客服備忘：王俊傑先生，身分證字號 F127394865，託運行李延誤，要求送至新北市板橋區文化路二段 182 巷 5 號 3 樓。
        免稅店預購單：黎詠詩，回鄉證 H60318275，航班 HX 252，取貨時間 14:20。
    """),
    "ms": _lines("""
        Borang tuntutan bagasi: Nama: NUR AIN SYAFIQAH BINTI ZULKIFLI, No. KP: 930719-10-2180, Penerbangan: AK 6122, Tel: 012-384 7269.
        Permohonan kerusi roda untuk En. Muhammad Hafiz bin Abdul Rahman, 67 tahun, pesakit strok, penerbangan ke Kota Kinabalu pada 9 Mei.
        Aduan: Saya Kavitha a/p Subramaniam, lounge di klia2 tolak kad saya walaupun layak. Sila hubungi saya di 016-729 4381.
        Bagasi Encik Rajesh a/l Govindasamy sudah sampai, boleh ambil di pejabat Lost & Found, bawa IC 870412-14-5527 ye.
        Alamat penghantaran bagasi: No. 14, Jalan SS 2/72, 47300 Petaling Jaya, Selangor. Penerima: Puan Rosnah binti Hassan.
        Pasport Malaysia atas nama LEE CHOON HOCK (A38174025) ditemui di kaunter imigresen ketibaan KLIA pada 3 Mac.
        Makluman dalaman: Encik Azman bin Yusof dari unit buggy digantung kerja seminggu kerana lewat berulang kali.
        Penumpang Farah Nadia binti Kamarudin, hamil 32 minggu, perlu tunjuk surat doktor sebelum naik pesawat; sudah disemak di kaunter.
        Tuan Haji Ismail bin Daud minta tukar alamat hantar bagasi ke rumah anaknya di No. 7, Lorong Kenanga 3, 15200 Kota Bharu.
    """),
    "mixed": _lines("""
        eh @wei jie lim ur bag ady reach?? SQ say they'll send to ur place at blk 867 tampines st 81 tonight
        Bro pls help, my mum 王秀英 kena tahan kat imigresen KLIA sebab passport tinggal 5 bulan, passport no. E60284913, 怎么办??
        lounge 嗰個 staff 好無禮貌，佢名牌寫住 Karen Yeung，我已經 complain 咗佢, ref LG-2231
        My dad Ong Teck Seng needs WCHS for tmr's MH 603, 他刚做完 cataract surgery 看不清楚, pls note ya
        duty free pickup 嘅單: Name TSANG Wing Yee / Passport K12874503 / Flight CX 543 / 取貨 counter E2
        Sesiapa jumpa dompet coklat kat T1 gate C? Ada IC saya 020517-08-0410 dalam tu, nama Aisyah, pls WhatsApp 011-2847 6039 🙏
        台湾朋友陳冠宇 lost his passport (TW 護照 318204756) at Changi T3, 他现在 stuck at the ICA office, anyone can help bring him food?
        Pls reimburse the lounge fee charged to my Mastercard 5243 5309 1827 3642 — Amanda Chua, flight TR 898
        Telegram me @nicholas_hx_88 if u see my grey Rimowa luggage la, lost at HKG belt 7, tag 0160 281947
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the baggage services assistant for an airline at Singapore Changi Airport.",
        ),
        (
            "user",
            "Hi, my suitcase didn't come out on SQ 317 from London this morning. PIR number SINSQ50931.",
        ),
        (
            "assistant",
            "Sorry about that. The bag has been traced to London and will arrive tonight. Where should we deliver it, and on which number can the driver reach you?",
        ),
        (
            "user",
            "Deliver to 21 Jalan Kembangan, Singapore 419136, name is Marcus Teo. My mobile is 9682 0453.",
        ),
    ],
    [
        ("user", "我想幫我嫲嫲訂輪椅，佢下個禮拜三搭 CX 450 去台北。"),
        ("assistant", "可以幫你安排。請問旅客姓名同埋需要邊種輪椅服務？佢可唔可以自己行上落樓梯？"),
        ("user", "佢叫梁鳳儀，87 歲，中過風，左邊身無力，完全行唔到樓梯。身份證係 A739150(4)。"),
    ],
    [
        ("system", "Anda ialah pembantu khidmat pelanggan Lost & Found lapangan terbang."),
        (
            "user",
            "Saya tertinggal beg tangan di surau aras 5 KLIA semalam, warna hitam jenama Coach.",
        ),
        (
            "assistant",
            "Baik, boleh berikan nama penuh, nombor kad pengenalan dan nombor telefon untuk pengesahan?",
        ),
        ("user", "Nama saya Nurul Izzati binti Ramli, IC 990926-12-7648, telefon 013-645 2718."),
    ],
    [
        ("user", "我在樟宜机场免税店预订了两瓶酒，但航班改签了，还能提货吗？"),
        (
            "assistant",
            "可以的，请提供订单号、下单时使用的护照号码以及新的航班号，我们帮您更新提货信息。",
        ),
        ("user", "订单 DF-SG-8830175，护照 EH4827365，姓名何俊杰，新航班是 SQ 802 明天早上。"),
    ],
    [
        (
            "user",
            "I was refused entry to the lounge at HKG even though my card includes Priority Pass. Can you check?",
        ),
        ("assistant", "I can look into it. Which card did you use and what name is on it?"),
        (
            "user",
            "JCB Platinum 3564 8820 1739 4050, name Kenneth Wong Ka Lok. This was on 12 Aug around 9pm.",
        ),
        (
            "assistant",
            "Thank you, Mr Wong. I've raised a dispute with the lounge operator and will reply within 5 working days.",
        ),
    ],
    [
        ("system", "你是桃園機場旅客服務中心的線上客服。"),
        ("user", "我剛回國，自動通關一直過不了，顯示資料不符，怎麼辦？"),
        ("assistant", "可能是註冊資料需要更新。請提供姓名及身分證字號，我幫您查詢註冊狀態。"),
        ("user", "我叫許雅涵，身分證 B206184732，去年在松山機場註冊的。"),
    ],
    [
        (
            "user",
            "hi can i ask, the automated lane at T1 keep rejecting me leh, say must see officer",
        ),
        (
            "assistant",
            "That can happen if your passport was recently renewed. May I have your NRIC number so I can check whether your records are updated?",
        ),
        ("user", "S8734512B. i just renewed passport last month, 名字是 Lim Jia Hui"),
    ],
    [
        ("system", "You help airport ground staff write internal emails."),
        (
            "user",
            "Draft a short email to the duty manager: Suresh a/l Maniam from the wheelchair team won't come in for the rest of the week, he has dengue and is warded at Sungai Buloh Hospital.",
        ),
        (
            "assistant",
            "Subject: Staff absence – Suresh a/l Maniam / Dear Duty Manager, Suresh a/l Maniam of the wheelchair assistance team will be absent for the rest of the week as he has been hospitalised with dengue at Sungai Buloh Hospital. Please arrange cover for his shifts. Regards",
        ),
    ],
    [
        ("user", "URGENT 我妈妈在 T2 arrival hall 走失了, she has dementia!!"),
        (
            "assistant",
            "I'm alerting the terminal duty team now. Please give me her name, age and a description of what she is wearing.",
        ),
        (
            "user",
            "Madam Goh Siew Lan, 78岁, red cardigan, grey pants, carrying a blue tote bag. 我的电话 8839 2716",
        ),
        (
            "assistant",
            "Thank you. Security and the customer service officers have her description; please stay at the information counter near Belt 36.",
        ),
    ],
    [
        ("user", "我的行李在吉隆坡转机的时候被弄坏了，航司说可以赔偿，要什么资料？"),
        ("assistant", "需要提供您的姓名、身份证号码、理赔编号以及用于收款的银行卡号。"),
        (
            "user",
            "理赔编号 KULMH30215，姓名欧阳婷，身份证 440106198503174128，银联卡 6250 9412 3378 1060。",
        ),
    ],
    [
        ("user", "Boleh refund caj lounge RM180 ke kad kredit saya? Saya dah complain semalam."),
        ("assistant", "Boleh. Sila berikan nombor kad, nama pemegang kad dan tarikh transaksi."),
        ("user", "Amex 3782 914630 19272, nama Jason Teh Chee Wai, transaksi 4 Jun di klia2."),
    ],
]
