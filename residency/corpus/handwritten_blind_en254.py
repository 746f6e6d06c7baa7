# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en254: SG/MY valet parking, car park operators and season-parking offices (season passes, clamping, damage claims, attendant rosters, appeals). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en254
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "car_park_notices"): _lines("""
        NOTICE: With effect from 1 March 2026, parking charges at this car park will be revised to $1.40 per half-hour after 5pm. By order of the Management, Marina Square Car Park.
        Vehicles parked at lots marked RESERVED FOR SEASON HOLDERS without a valid season pass will be wheel-clamped. Release fee S$107 (incl. GST). 24-hr control room: 6338 1234.
        Valet drop-off is at the porte-cochere, Level 1, Tower 2. Please leave your key with the uniformed attendant and keep the numbered tag. Lost tags incur a $50 replacement charge.
        Height limit 2.1m. Vans and lorries please use the open-air car park at 101 Kitchener Road. Motorcycle lots are available at Basement 1, Zone M, entrance via Jalan Besar.
        Coupon parking is not applicable at this car park. Payment is by Electronic Parking System (EPS) only; CashCard, NETS FlashPay and contactless credit cards accepted at the exit gantry.
        Car park closed for re-coating works from 10pm Sat 14 Feb to 6am Mon 16 Feb. Season holders may park at the Block 28 multi-storey car park free of charge during this period. HDB Car Parks Division.
        Management is not responsible for loss of or damage to any vehicle or its contents, howsoever caused. Do not leave valuables in your car. CCTV in operation 24 hours.
        Lost ticket? Please proceed to the Customer Service Counter at B2 Lift Lobby C. A flat charge of RM30 applies. Counter hours 7am to 11pm daily; after hours press the intercom at the exit barrier.
        EV charging lots B3-01 to B3-12 are for electric vehicles that are actively charging only. Idle fee of $0.50/min applies 15 min after charging ends. Operated by SP Mobility.
        Grace period: 10 minutes for drop-off and pick-up. Vehicles exceeding the grace period will be charged from the time of entry. Thank you for your understanding - Suntec City Car Park Management.
        Family lots at Level 2 are reserved for vehicles with young children or expectant mothers. Please be considerate. Feedback: carpark@suntec-cpm.com.sg or WhatsApp our counter at +65 8123 4500.
        Please switch off your engine while waiting. Idling is an offence under the Environmental Protection and Management (Vehicular Emissions) Regulations; fine up to $2,000 for a first conviction.
        Valet service hours: Mon-Thu 11am-11pm, Fri-Sun and PH 10am-1am. Valet fee $25 per entry, waived for diners spending above $300 at Odette or Les Amis. Present your receipt at the valet podium.
    """),
    ("en", "season_parking_faq"): _lines("""
        Q: How do I renew my season parking? A: Renewal can be done via the Parking.sg app or the HDB e-Services portal up to 30 days before expiry. Payment by GIRO, PayNow or credit card.
        Q: Can I transfer my season pass to another vehicle? A: Yes, a change of vehicle is allowed up to 3 times per calendar year at no charge; subsequent changes cost $10 each.
        Q: What happens if my GIRO deduction fails? A: You will receive a reminder, and the season parking will be terminated if arrears are not cleared within 14 days of the due date.
        Q: Is there a refund if I terminate my season parking mid-month? A: Refunds are pro-rated on a daily basis, less an administrative fee of $5. Please apply at least 7 days in advance.
        Q: Are commercial vehicles eligible for residential season parking? A: Goods vehicles above 3,000kg unladen weight must apply for heavy vehicle season parking at designated HV parks instead.
        Q: How much is a monthly season pass at Wisma Bukit Kiara, Jalan Kiara 3, Mont Kiara? A: RM280 for reserved bays and RM200 for non-reserved, subject to 8% SST. A waiting list applies for reserved bays.
        Q: My car was clamped even though I have a valid pass. What should I do? A: Call our 24-hour hotline at 1800 225 5582 and lodge an appeal within 7 days with a photo of the in-vehicle pass.
        Q: Can I park in any HDB car park with my season pass? A: A Group 1 season pass is valid only in the car parks listed under your group; a Group 2 pass covers all car parks within the same town.
        Q: How long is the waiting list for a season lot at The Gardens Mall? A: Currently about 4 to 6 months. You will be notified by e-mail when a lot is available; the offer lapses after 5 working days.
        Q: Do I need to display a physical season label? A: No. Season parking in HDB and URA car parks is ticketless and tied to the vehicle registration read by the EPS cameras at entry.
        Q: Are motorcycles charged separately? A: Yes. Motorcycle season parking is $14.70 per month (inclusive of GST) and is valid at all HDB motorcycle lots island-wide.
        Q: What documents are required for a company vehicle? A: A letter of authorisation on company letterhead, the ACRA business profile, and the vehicle log card showing the company as registered owner.
        Q: Who do I contact about damage caused by a faulty barrier? A: Email claims@ccp-asia.com.sg with the date, time and entry gate; our insurer, Tokio Marine, will respond within 10 working days.
    """),
    ("en", "operator_config_and_logs"): _lines("""
        2026-03-14T08:02:17+08:00 INFO gate=ENTRY-02 site=SG-ORCH-118 event=BARRIER_OPEN latency_ms=212 lpr_confidence=0.97 fw=v4.8.2
        2026-03-14T08:02:19+08:00 WARN gate=EXIT-01 site=SG-ORCH-118 event=EPS_DEDUCTION_RETRY attempts=2 terminal=IU-READER-7 err=CARD_TIMEOUT
        carpark: {id: MY-KL-PAV-03, capacity: 1450, season_quota: 320, grace_minutes: 15, currency: MYR, tax_rate: 0.08, timezone: Asia/Kuala_Lumpur}
        def compute_fee(entry_ts, exit_ts, rate=1.20, cap=12.00): return min(cap, math.ceil((exit_ts - entry_ts).seconds / 1800) * rate)
        CREATE TABLE season_pass (pass_id CHAR(12) PRIMARY KEY, lot_group SMALLINT, start_date DATE, end_date DATE, status VARCHAR(10) DEFAULT 'ACTIVE');
        ticket_id,site_code,entry_time,exit_time,duration_min,fee_sgd,payment_mode,gate_out,operator_shift
        T-20260314-004417,SG-ORCH-118,2026-03-14 09:15:02,2026-03-14 11:47:55,153,7.20,EPS_CASHCARD,EXIT-01,B
        valet.roster.shift_a.start=07:00 valet.roster.shift_a.end=15:00 valet.roster.min_headcount=6 valet.roster.ot_rate_multiplier=1.5
        ERROR 2026-03-15 23:59:01 [clamp-svc] ClampOrder CO-88213 could not be synced to HQ: HTTP 503 from https://api.parkops.com.my/v2/clamps, retry in 300s
        docker run -d --name lpr-bridge -e SITE_ID=MY-PJ-1U-02 -e MQTT_HOST=10.20.4.11 -e LOG_LEVEL=info parkops/lpr-bridge:3.11.0
        sha256(firmware_barrier_v5.0.1.bin) = 9f2c4e7a1b3d58e06c1f4a2b7e9d0c3f5a8b6e2d4c7f1a9b3e5d8c0f2a4b6e71
        INFO 2026-03-16 07:00:04 roster-sync: imported 42 shifts for site SG-CHANGI-J1, 0 conflicts, 3 open slots (B1 lobby, porte-cochere, EV bay), took 1.8s
        if pass_.status == 'EXPIRED' and now - pass_.end_date <= timedelta(days=7): allow_entry(grace=True) else: flag_for_clamp(lot_id, reason='NO_VALID_SEASON')
    """),
    ("zh-Hans", "停车场收费标准"): _lines("""
        收费标准：小型车首小时10元，此后每小时5元，24小时封顶60元；新能源车首两小时免费。地址：上海市静安区南京西路1266号恒隆广场停车场。
        月卡（固定车位）每月800元，非固定车位每月550元；季卡九五折，年卡九折。办理地点：B2层物业服务中心，服务电话021-6288 1000。
        代客泊车服务费：工作日每次50元，周末及节假日每次80元；在商场消费满500元可凭小票减免一次。服务时间10:00-22:00，最后收车21:30。
        超时停车：临时车辆超出免费时段15分钟后按整小时计费，不足一小时按一小时计。电子发票请在出场后7日内通过“停车缴费”小程序开具。
        新加坡组屋停车场收费：中央区每半小时1.20新元，非中央区每半小时0.60新元；夜间停车（晚上10时30分至早上7时）封顶5新元。
        大型车（车长6米以上）每小时20元，不办理月卡；摩托车及电动自行车请停放于地面非机动车区，免费，请勿进入地下车库。限高2.2米，超高车辆请绕行。
        价目表（2026年版）：普通洗车45元/次，打蜡180元/次，内饰精洗320元/次，代客泊车加洗车套餐99元。门店：深圳市福田区福华三路星河COCO Park B1层。
        车位租赁合同编号 SZ-CW-2026-0318，租期12个月，月租1,200元，押金两个月，由深圳市星河物业服务有限公司统一收取并开具发票。
        锁车解锁费：违规占用专用车位者，解锁收费300元；占用消防通道者立即拖离，拖车费及保管费按物价局核定标准收取。咨询请拨物业热线。
        积分抵扣：会员每100积分可抵扣1小时停车费，每日最多抵扣3小时；具体规则以“悦享会”APP公布为准，本公司保留最终解释权。
        马来西亚吉隆坡双子塔停车场参考价：首小时5令吉，其后每小时4令吉，周末每次入场统一8令吉，价格已含8%服务税，仅供参考，以现场公告为准。
        充电桩收费：电费1.2元/度，服务费0.8元/度；充满后超过30分钟未挪车，加收占位费每小时10元，由特来电负责运营维护。
        开票信息：深圳市星河物业服务有限公司，统一社会信用代码91440300MA5F8K2X3L，开户行招商银行深圳分行，账号755912345610801。
    """),
    ("zh-Hant", "代客泊車評論"): _lines("""
        ★★★★☆ 置地廣場代客泊車好快手，十分鐘內就交返架車，服務員好有禮貌，不過收費二百蚊一次真係貴咗少少，平日去食lunch就唔多抵。
        ★★☆☆☆ 台北101地下停車場週末排隊排到信義路上，繳費系統當機半小時，櫃檯只會叫我們等，整體體驗很差，下次寧願搭捷運過來。
        ★★★★★ 澳門新濠天地的泊車服務一流，凌晨兩點取車都唔使等，泊車員仲會幫你開定冷氣，收費合理，住客仲有優惠，值得推介俾大家。
        ★☆☆☆☆ 中環某商業大廈停車場出口閘機壞咗，八達通扣咗兩次錢，打管理處熱線2868 0000冇人聽，到而家兩個星期都未退款。
        ★★★★☆ 信義區這家代客泊車公司收費透明，每小時新台幣80元，不過牽車的時候發現後視鏡被折起來沒復位，小事但希望改進。
        ★★★★★ 海港城停車場指示清晰，有空位燈號，泊完仲可以用APP搵返架車喺邊度，對路痴嚟講真係救星，會員仲可以用積分換泊車時數。
        ★★★☆☆ 高雄夢時代停車場地面標線太窄，休旅車很難停進去，建議管理處重新劃線。其他都還好，出場繳費很方便，也支援悠遊卡。
        ★★★☆☆ 銅鑼灣時代廣場月租車位每月港幣4,800，保安二十四小時巡邏，但管理處辦公時間只到六點，返工族想續約都好唔方便。
        ★★★★★ 威尼斯人酒店代客泊車收澳門幣100，住客免費，服務生會先拍照記錄車身刮痕，這個做法很專業，可以避免事後爭議。
        ★★★☆☆ 桃園機場第二航廈停車場長時間停車每日新台幣300元，接駁車大約十分鐘一班，但指標太少，第一次來的旅客很容易迷路。
        ★★☆☆☆ 灣仔駱克道嗰間泊車公司話架車擦花唔關佢哋事，索償程序要填三份表格，仲要等保險公司回覆，客服態度麻麻，唔會再幫襯。
        ★★★★☆ 推薦信義威秀旁邊的公有停車場，平日每小時新台幣40元，比百貨公司停車場便宜一半，走路五分鐘就到，假日早點來才有位。
        ★★★★☆ 九龍站圓方停車場消費滿港幣300免費泊三小時，商場禮賓部可以代為處理，唔使自己去排隊，電動車充電位都幾多，整體幾方便。
    """),
    ("ms", "peraturan_pengapit_roda"): _lines("""
        NOTIS: Kenderaan yang diletakkan di petak bertanda OKU tanpa pelekat sah akan diapit. Caj pelepasan RM100 hendaklah dibayar di kaunter pengurusan, Aras G.
        Di bawah Undang-undang Kecil Pengangkutan Jalan (Peruntukan Tempat Letak Kereta) Dewan Bandaraya Kuala Lumpur, kompaun maksimum bagi kesalahan meletak kenderaan ialah RM300.
        Pas musim bulanan: RM150 untuk petak tidak berkhas, RM250 untuk petak berkhas. Bayaran perlu dibuat sebelum 7 haribulan setiap bulan untuk mengelakkan penamatan pas.
        Rayuan terhadap pengapitan roda mesti dikemukakan secara bertulis dalam tempoh 14 hari ke Pejabat Tempat Letak Kereta, Menara MBPJ, Jalan Yong Shook Lin, 46675 Petaling Jaya.
        Pihak pengurusan tidak bertanggungjawab atas sebarang kehilangan atau kerosakan kenderaan. Letak kereta atas risiko sendiri. Sila kunci kenderaan anda.
        Waktu operasi kaunter pas musim: Isnin hingga Jumaat 9.00 pagi hingga 5.00 petang, Sabtu 9.00 pagi hingga 1.00 petang. Tutup pada hari Ahad dan cuti umum.
        Aplikasi Flexi Parking dan Smart Selangor Parking boleh digunakan di semua petak letak kereta awam dalam kawasan Majlis Bandaraya Subang Jaya. Kadar: 60 sen sejam.
        Kenderaan yang ditinggalkan melebihi 30 hari akan ditunda ke depoh Majlis di Jalan Kebun, Klang. Kos tundaan dan simpanan ditanggung oleh pemilik berdaftar.
        Perkhidmatan valet di lobi utama The Majestic Hotel Kuala Lumpur disediakan 24 jam. Caj RM30 bagi bukan penginap, percuma bagi tetamu hotel dengan kad kunci bilik.
        Had laju dalam kawasan tempat letak kereta ialah 10 km/j. Sila pasang lampu utama di aras bawah tanah dan beri laluan kepada pejalan kaki di lintasan berzebra.
        Pengapit hanya akan dibuka selepas bayaran penuh dibuat melalui DuitNow QR atau kad debit. Resit rasmi dikeluarkan oleh Syarikat Parkir Maju Sdn Bhd (No. Syarikat 201801023456).
        Tawaran pas musim untuk penduduk: potongan 20% bagi pembaharuan tahunan sebelum 31 Disember 2026. Borang boleh dimuat turun di laman web rasmi Majlis Bandaraya Seberang Perai.
        Aduan berkaitan kerosakan palang pintu keluar boleh disalurkan melalui talian 03-7954 2020 atau e-mel aduan@parkirmaju.com.my dalam tempoh 24 jam selepas kejadian.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        [07:02] Morning all, B2 barrier still jam since last night, contractor coming 9am. Pls guide cars to exit via B1 ramp first ok. Thanks boss.
        [07:15] Valet podium short 2 people today, both got MC. Anyone from afternoon shift can OT 9am-3pm? Pay 1.5x as usual, reply here ya.
        [08:40] Lot B3-27 season holder complain again kena clamp wrongly, pls check the LPR log before 8am and send screenshot to ops group, jangan delete.
        [09:05] 大家注意，今天下午两点 got wedding at ballroom, expect 200 cars. Valet key box pls bring extra tags, nombor 301 sampai 500.
        [10:30] Clamp stock tinggal 4 sahaja, sudah order 10 more from supplier, PO number PO-2026-0412, ETA Thursday, I will update again.
        [11:12] Reminder: all attendants must wear reflective vest and name tag during duty. Audit from HQ this Friday, jangan kantoi ah.
        [12:48] EPS terminal at Exit 2 offline again lah, already logged ticket INC-558102 with vendor. Meanwhile collect manual with receipt book.
        [13:20] 老板说这个月 OT claim cut-off is 25th, submit form through HR portal, late submission next month only pay.
        [14:05] Rain heavy, porte-cochere flooding a bit. Put the yellow cones at drop-off lane and tell valet guys drive slow slow inside carpark.
        [15:30] Shift handover done. Cash float RM500 counted, tally with system. Key cabinet locked, spare key with control room as usual.
        [16:42] Damage claim form version 3 already uploaded to shared drive, pakai yang baru ya, old one got no insurer reference field.
        [18:10] 今晚 concert at Axiata Arena Bukit Jalil, traffic confirm jammed. Season counter close 6pm sharp, redirect walk-ins to tomorrow.
        [22:55] Night shift pls do lot count at 11pm and 3am, update the Google Sheet. Any car abandoned more than 7 days, tag yellow sticker, don't clamp first.
    """),
    ("en", "operator_invoices"): _lines("""
        TAX INVOICE No. INV-2026-03-00418 | ParkWell Services Pte Ltd, UEN 201912345K, GST Reg No. 201912345K | 80 Robinson Road #10-01, Singapore 068898
        Valet services for corporate event, 12 attendants x 6 hrs @ S$28.00/hr = S$2,016.00; supervisor surcharge S$180.00; subtotal S$2,196.00; GST 9% S$197.64; total S$2,393.64
        Bill to: Mandarin Oriental Singapore, Accounts Payable, 5 Raffles Avenue, Marina Square, Singapore 039797. Payment terms: 30 days. PO ref: MOS-FNB-77120.
        Please remit to DBS Bank Ltd, account name ParkWell Services Pte Ltd, account no. 003-912345-6, SWIFT DBSSSGSG. Quote the invoice number as payment reference.
        INVOICE INV/KL/2026/1187 - Mutiara Valet Sdn Bhd (202001012345) - Monthly valet manpower, Pavilion Kuala Lumpur, March 2026: RM46,800.00 + SST 8% RM3,744.00 = RM50,544.00
        Credit Note CN-2026-0029 issued against INV-2026-02-00377: refund of over-billed season parking (40 lots x 1 month x S$110) = S$4,400.00 to the tenant association of 1 Fusionopolis Way.
        Statement of account as at 31/03/2026: opening balance S$12,480.00, invoices S$8,620.50, payments received S$10,000.00, closing balance S$11,100.50. Overdue more than 60 days: nil.
        Quotation Q-0426-15: supply and installation of 3 units ANPR cameras (Hikvision DS-2CD7A26G0/P-IZHS) at RM4,250.00 each, including 12-month warranty and on-site commissioning.
        Receipt No. R-558213 | Season Parking Mar 2026 | Lot group: Residential Zone C | Amount: S$110.00 | Paid via PayNow to UEN 201912345K | Thank you for parking with ParkWell.
        Line 4: Clamp release fee waiver (appeal approved, ref APL-2026-0211) - (S$107.00). Line 5: Admin fee - S$10.70. Net adjustment - (S$96.30).
        Invoice No. HK-VP-26-0931 - Harbour Valet Services Ltd (BR No. 61234567) - Valet for gala dinner at Hong Kong Convention and Exhibition Centre, 1 Expo Drive, Wan Chai: HK$18,500.00
        Late payment interest of 1.5% per month will be charged on overdue amounts. All cheques should be crossed and made payable to Mutiara Valet Sdn Bhd. E&OE.
        Debit Note DN-7781 to Sunway Malls Sdn Bhd: replacement of damaged barrier arm at Entrance 3, Sunway Pyramid, hit by a delivery lorry on 02/04/2026 - RM1,980.00 per supplier invoice SV-22019.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Season pass application: Mr Tan Wei Ming, NRIC S8234517E, HP 9123 4567, Blk 412 Ang Mo Kio Ave 10 #08-1123, vehicle SJK 4821 U, Group 1 residential, GIRO from April.
        Clamp appeal APL-2026-0388: Mrs Priya Ramasamy says she parked at lot B2-14 only because her son had an asthma attack and she rushed him to the clinic upstairs; requests waiver.
        Pls call Mr Lim back about his damage claim at 8765 2231, he very upset the valet scratched the rear bumper of his Lexus and says he will go to Small Claims.
        Ah Seng from night shift asked for salary advance of $800 again, says he owes money to an Ah Long and they splashed paint at his flat in Jurong West last week.
        Roster note: Nurul Aisyah binti Rahman on maternity leave from 3 May for 16 weeks, please do not schedule her at the B1 valet podium after she returns on light duty.
        Damage claim DC-2026-0142 | Claimant: Kelvin Ong Jun Hao | Email kelvin.ongjh88@gmail.com | Vehicle: SMW 7731 C (BMW 320i) | Incident: side mirror cracked during valet | Est. repair S$640
        Please don't clamp the white Honda Vezel SLA 2290 T at lot C-08, owner is Mr Daniel Heng, his wife went into labour and he rushed her to KK Hospital, he will pay tomorrow.
        FIN G1274563Q - Rohan Mehta, work permit holder, valet attendant, employment terminated 12/03/2026 after failing the company drug test. Do not rehire.
        Refund to be credited to POSB savings 123-45678-9, account holder Goh Siew Lan, for duplicate season parking payment of S$110 made on 2 March.
        Just the number: 9781 0036, that's the guy who keeps leaving his van at the loading bay overnight, call him before we clamp again.
        Attendant roster Wk 12: Mon Muthu Krishnan (06:00-14:00), Tue Haziq Iskandar (14:00-22:00), Wed Chong Kar Yan (22:00-06:00) - Chong on light duty due to slipped disc, no key runs.
        CCTV request: footage of 14 Mar 21:40 showing Ms Felicia Yeo, 32, arguing with her husband at Exit 1; her lawyer wants a copy for her divorce proceedings.
        Teo Boon Kiat,S7712390C,+6596543210,SGX 8812 L,R-117,GIRO,ACTIVE,2026-04-30
        Hi, this is Farhan from Blk 5 Tanjong Pagar Plaza #12-45, my season parking was cancelled because my GIRO bounced, I just lost my job, can I pay the arrears in instalments?
        I, Wong Mei Ling, NRIC T0123856B, appeal the $107 clamp fee on 2 April; I am a dialysis patient and my session at the NKF centre ran beyond the time limit.
        Lost key tag report: customer Mr Arjun Pillai, arjun.pillai.sg@outlook.com, says valet gave his keys to the wrong person; his Audi SFN 5521 K was later found at Level 5.
    """),
    "zh-Hans": _lines("""
        陈先生的月卡到期了，手机13812345678，车牌粤B·8K2Q7，请提醒他三天内续费，不然下月起按临时车收费。
        代客泊车损坏赔偿申请：申请人王丽华，身份证号440305198506123726，联系电话139 2876 5412，事故：左前门凹陷，要求赔偿2,300元。
        阿明又请病假了，说是胃出血住院，在中山医院，这个月已经第三次了，排班表先把他拿掉。
        投诉记录：林太太称她丈夫欠停车场三个月月租共2,400元，两人正在办离婚，要求不要再把催缴信寄到浦东新区锦绣路2580弄12号601室。
        退款账户：中国工商银行 6222 0212 3456 7890 123，户名刘建国，退还重复缴纳的年卡费用6,600元，请财务本周内处理。
        新加坡的张志强先生（NRIC S7654031D）申请组屋季票，地址Blk 233 Bishan Street 22 #05-312，车牌SKQ 6618 J。
        夜班保安老周被警察带走了，听说是酒驾撞了人，公司说先停职，工资冻结，这事别在群里传。
        违停锁车记录：2026-04-03 22:17，车牌沪A·5T912，车主李娜，电话186 2134 9087，已缴解锁费300元。
        员工工资单：泊车员赵小龙，身份证310115197908231648，月薪4,800元，扣社保512元，借支1,000元尚未归还。
    """),
    "zh-Hant": _lines("""
        月租車位登記：黃志偉先生，香港身份證K123486(2)，電話9123 8876，車牌RX 8821，住址沙田第一城32座18樓F室。
        代客泊車索償：何太話佢部Tesla被泊車仔刮花，佢而家有孕七個月唔想再落嚟，要求公司上門處理，電話6234 5589。
        台北車位月租合約：承租人林家豪，身分證字號A124518671，住址新北市板橋區文化路二段188號5樓，月租新台幣4,500元。
        阿傑（夜更泊車員）上個月喺澳門賭場輸咗二十幾萬，而家欠大耳窿錢，成日問同事借錢。
        違泊鎖車申訴：申訴人鄭嘉欣，澳門居民身份證5123456(3)，電話+853 6612 3478，稱當日因母親心臟病發送院而臨時停車。
        退款資料：滙豐銀行戶口號碼123-456789-001，戶口名稱LEUNG KA FAI，退還月租車位按金港幣3,000。
        陳詩敏小姐投訴停車場保安偷影佢喺車入面換衫，已經報警，佢要求公司保留所有CCTV片段交畀警方。
        排班備註：吳國雄先生因糖尿病併發症需要每週洗腎三次，逢一三五下午要去醫院，只能排早更，請主管留意。
    """),
    "ms": _lines("""
        Permohonan pas musim: Encik Mohd Faizal bin Abdullah, No. K/P 850312-10-5521, tel 012-345 6789, kenderaan BKR 4412, alamat No. 23, Jalan SS 15/4B, 47500 Subang Jaya.
        Puan Rohani binti Ismail memohon pengecualian caj pengapit RM100 kerana beliau menghantar anaknya yang demam panas ke klinik di aras bawah.
        Kak Lina yang jaga kaunter pas musim sudah tiga bulan tak bayar ansuran kereta, bank nak tarik kereta dia minggu depan.
        Nombor telefon pemilik kereta yang halang laluan keluar: 019-882 7731. Tolong call dia sekarang sebelum kita tunda.
        Tuntutan kerosakan: Encik Lee Chee Keong, e-mel leeck.1979@yahoo.com.my, Honda City WVA 3381 calar di pintu kiri semasa diparkir oleh valet pada 12/04/2026.
        Jadual giliran: Rajesh a/l Subramaniam (syif malam) cuti sakit 5 hari kerana pembedahan hernia, ganti dengan pekerja syif petang.
        Bayaran balik deposit pas musim ke akaun Maybank 164123456789, nama pemegang akaun Nor Azlina binti Hassan, jumlah RM300.
        Aduan penduduk: Abang Din dari Blok C Pangsapuri Seri Mawar selalu letak motor di petak OKU, dah ditegur banyak kali, katanya dia baru keluar penjara dan tiada kerja.
        Rekod pengapitan CL-7719: No. plat JHF 2290, pemilik berdaftar Tan Ah Kow, MyKad 720915-01-6673, caj RM150 belum dibayar sejak 3 Mac.
    """),
    "mixed": _lines("""
        Boss, that uncle 林伯 from Blk 88 again park his lorry at the season lot, his HP 8223 1190, dia cakap dia tak peduli kena clamp.
        Eh the valet boy Kumar Selvam cut his hand at the key cabinet, jahit 6 stitches at Changi General, MC 3 days, pls update roster.
        收据 pls send to Ms Chloe Tay at chloe.tay.89@hotmail.com, season pass April S$110 已付, 她的 plate SBA 1188 G.
        Pak cik Osman's daughter called, dia kata father dah meninggal, mau cancel season pass for WXX 4521 and refund deposit ke akaun CIMB 7012345678.
        这个 Mr Gan Kok Leong 的 damage claim 先不要处理, he owes us 4 months season parking S$440, IC S8876243F.
        Roster swap: Farah Hanim bertukar syif dengan 阿华 on Sat, sebab Farah kena pergi mahkamah syariah untuk hak penjagaan anak.
        Form: Name 姓名: Siew Kah Mun | MyKad: 910224-08-5147 | Tel: 016-772 3390 | Plate: PKL 6602 | Lot: B2-41 | Remarks: OKU sticker, wheelchair user.
        Customer 陈太 complain at counter, she say her husband kena clamp then go gambling at Genting, now want season pass transfer to her name 陈美玲, HP 017-208 5531.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are ParkWell's customer-service assistant for season parking and clamp appeals in Singapore. Be polite and concise.",
        ),
        (
            "user",
            "Can you draft a reply approving the clamp appeal of Mr Desmond Chua Kah Hoe, NRIC S9031478E, vehicle SJR 3307 H? He was clamped at lot A-12 on 3 April while his season pass renewal was still processing.",
        ),
        (
            "assistant",
            "Dear Mr Chua, thank you for your appeal regarding the clamping of SJR 3307 H at lot A-12 on 3 April. As your season pass renewal was in progress, we have approved a full waiver of the S$107 release fee. The refund will be credited within 7 working days. Yours sincerely, ParkWell Customer Service.",
        ),
        ("user", "Good, but remove the NRIC from our internal note too. Just keep name and plate."),
        (
            "assistant",
            "Noted. Internal note: Appeal approved - Mr Desmond Chua, SJR 3307 H, lot A-12, 3 April, fee waived in full.",
        ),
    ],
    [
        (
            "user",
            "帮我写一封代客泊车损坏索赔信。我叫周文斌，电话137 1862 4490，车是特斯拉Model 3，车牌粤B·D39F21，4月5日在深圳湾万象城代客泊车后发现右后轮毂刮伤。",
        ),
        (
            "assistant",
            "好的，以下是草稿：尊敬的深圳湾万象城停车场管理处：本人周文斌（联系电话137 1862 4490），于4月5日使用贵场代客泊车服务，车辆为特斯拉Model 3（车牌粤B·D39F21）。取车时发现右后轮毂有明显刮伤，交车前并无此损伤。现请求贵方调取监控并承担维修费用。此致 敬礼",
        ),
        ("user", "再加一句，我有交车时拍的照片可以提供。"),
        ("assistant", "已补充：本人保留交车时拍摄的车辆照片，可随时提供给贵方核实。"),
    ],
    [
        (
            "system",
            "Anda pembantu HR untuk Syarikat Parkir Maju Sdn Bhd. Bantu penyelia menyusun jadual giliran atendan.",
        ),
        (
            "user",
            "Tolong susun jadual minggu depan. Atendan: Azman, Mei Fong, Suresh, Hafiz. Mei Fong baru disahkan mengandung, doktor kata tak boleh syif malam. Suresh masih dalam rawatan kemurungan, elakkan syif berturut-turut.",
        ),
        (
            "assistant",
            "Cadangan: Azman dan Hafiz bergilir syif malam (Isnin-Rabu Azman, Khamis-Sabtu Hafiz). Mei Fong hanya syif pagi 7.00-15.00. Suresh syif petang berselang hari (Isnin, Rabu, Jumaat) supaya ada rehat antara syif.",
        ),
        ("user", "Ok, Ahad siapa?"),
        (
            "assistant",
            "Ahad: Azman syif pagi, Hafiz syif petang; syif malam Ahad boleh diisi pekerja sambilan supaya Mei Fong dan Suresh tidak terlibat.",
        ),
    ],
    [
        (
            "user",
            "我想同管理處申請月租車位，佢哋要我填表。我個資料係：梁振邦，香港身份證Y628731(8)，電話9487 2215，住元朗YOHO Town 2期8座22樓B室，車牌TM 6620。可唔可以幫我寫封申請信？",
        ),
        (
            "assistant",
            "可以，以下係申請信草稿：敬啟者：本人梁振邦（香港身份證Y628731(8)），現居元朗YOHO Town 2期8座22樓B室，擬申請貴停車場月租車位一個，車牌TM 6620。聯絡電話9487 2215。懇請批准，謝謝。梁振邦 謹上",
        ),
        ("user", "唔該，要唔要加埋車款？"),
        ("assistant", "建議加埋，例如：車輛型號Toyota Alphard，方便管理處安排車位大小。"),
    ],
    [
        (
            "user",
            "Wah lau my car kena clamp at Bugis Junction carpark this morning, I got season pass one leh. Plate SMB 9042 E, my HP 9672 3381. How to appeal ah?",
        ),
        (
            "assistant",
            "Sorry to hear that. You can appeal to the car park operator within 7 days. Include your plate SMB 9042 E, the date and time, the lot number, a photo of the clamp notice and proof of your valid season pass. Many operators also accept appeals through their hotline or e-mail.",
        ),
        ("user", "Ok can help me write short one? My name Jeremy Lau."),
        (
            "assistant",
            "Dear Sir/Madam, I am Jeremy Lau (HP 9672 3381). My vehicle SMB 9042 E was clamped at Bugis Junction car park this morning although I hold a valid season pass. I attach the pass details and photos and request a full waiver of the release fee. Thank you.",
        ),
    ],
    [
        (
            "system",
            "Customer record loaded: Name: Madam Lim Soo Hwa; FIN: F2381046T; Mobile: +65 8156 0723; Season lot: R-204, Blk 118 Rivervale Drive; Arrears: S$330 (3 months); Note: customer is recovering from stroke, son handles payments.",
        ),
        (
            "user",
            "Hi, I'm calling for my mum about her season parking, she got a termination letter.",
        ),
        (
            "assistant",
            "Thank you for calling. I can see your mother's season lot R-204 has arrears of S$330 for 3 months, which triggered the termination notice. If the arrears are cleared within 14 days, the season parking can be reinstated.",
        ),
        ("user", "Can I pay in two parts? She's still in rehab."),
        (
            "assistant",
            "Yes, given the circumstances I can arrange two instalments of S$165, the first by this Friday and the second within 30 days. I will note this on her account.",
        ),
    ],
    [
        (
            "user",
            "Clean up this season holder list, remove duplicates: 'Ng Chee Meng,T0245719E,91827364,SKV 615 E,L3-22' / 'Ng Chee Meng,T0245719E,91827364,SKV 615 E,L3-22' / 'Nadia Yusof,S8123457D,88765432,SLK 404 T,L3-23'",
        ),
        (
            "assistant",
            "After removing the duplicate, the list is: 1) Ng Chee Meng, T0245719E, 91827364, SKV 615 E, L3-22; 2) Nadia Yusof, S8123457D, 88765432, SLK 404 T, L3-23. Both records are ready for import.",
        ),
        ("user", "Thanks, I'll ask Nadia for her IC again."),
    ],
    [
        (
            "user",
            "Saya nak perbaharui pas musim di Pangsapuri Desa Aman. Nama saya Khairul Anuar bin Yusoff, MyKad 880417-14-6235, kenderaan Perodua Myvi VDK 8812, no telefon 011-2345 8870. Boleh tolong tulis borang?",
        ),
        (
            "assistant",
            "Boleh. Borang pembaharuan pas musim - Nama: Khairul Anuar bin Yusoff; No. MyKad: 880417-14-6235; No. Telefon: 011-2345 8870; Kenderaan: Perodua Myvi, VDK 8812; Tempoh: 12 bulan; Tandatangan pemohon: ________",
        ),
        ("user", "Terima kasih. Caj lewat ada tak?"),
        (
            "assistant",
            "Biasanya caj lewat dikenakan jika bayaran dibuat selepas 7 haribulan. Sila semak notis pengurusan Pangsapuri Desa Aman untuk kadar sebenar.",
        ),
    ],
    [
        ("system", "你是新加坡某停车场运营商的中文客服助理。"),
        ("user", "我上个月的季票被重复扣款了，可以帮我写邮件要求退款吗？"),
        ("assistant", "当然可以，请提供您的姓名、车牌和扣款日期。"),
        (
            "user",
            "我叫许美华，车牌SGF 2231 Y，3月1日和3月3日各扣了110新元，退款请转到我的华侨银行账户 5012 3456 7001。",
        ),
        (
            "assistant",
            "邮件草稿：您好，我是许美华，车牌SGF 2231 Y。本人季票于3月1日及3月3日被重复扣款各110新元，恳请退还其中一笔110新元至本人华侨银行账户5012 3456 7001。谢谢！许美华",
        ),
    ],
    [
        (
            "system",
            "You help valet supervisors in Kuala Lumpur write HR documents in clear English.",
        ),
        (
            "user",
            "Write a warning letter to attendant Mohd Hafizuddin bin Kamal, staff no. MV-0193. He took a customer's Mercedes for a joyride on 28 March, CCTV caught him. We will deduct RM500 from his April salary of RM2,100 for the fuel and cleaning.",
        ),
        (
            "assistant",
            "Dear Mohd Hafizuddin bin Kamal (Staff No. MV-0193), This letter serves as a formal written warning. On 28 March 2026, CCTV footage showed you driving a customer's Mercedes-Benz outside the car park without authorisation. This is a serious breach of company policy. RM500 will be deducted from your April salary to cover fuel and cleaning costs. Any further misconduct may lead to dismissal. Yours faithfully, Operations Supervisor, Mutiara Valet Sdn Bhd.",
        ),
        ("user", "Add that he must attend a disciplinary meeting on 10 April at 10am."),
        (
            "assistant",
            "Added: You are required to attend a disciplinary meeting on 10 April 2026 at 10.00am at the operations office, Level B1.",
        ),
    ],
]
