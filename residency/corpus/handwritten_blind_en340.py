# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en340: SG/MY cold-storage warehouses and seafood wholesalers at fishery ports (cold-room rentals, fishermen's catches, buyers' credit, workers' injuries, forklift incidents, supervisors' chats). All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en340
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "cold_room_notices"): _lines("""
        NOTICE: Cold Room CR-07 (-25°C) will be defrosted on Tue 14 Jan 2025, 0200-0600. Tenants pls shift pallets to CR-09 before 0100. Enquiries: +65 6265 4410 (office).
        Rental rates from 1 Mar 2025: blast freezer S$38/pallet/day, holding room -18°C S$14.50/pallet/week, chiller 0-4°C S$11/pallet/week. GST 9% not included.
        All forklift drivers must sign in at the Gate 2 guardhouse, 29 Fishery Port Road, Singapore 619742, and wear high-vis vest and safety boots inside the loading bay.
        Cold room doors must not be left open more than 60 seconds. Alarm triggers at -15°C in frozen rooms and the duty office at ext. 213 is notified automatically.
        Arctic Bay Cold Chain Pte Ltd (UEN 201719834N) is a licensed cold store under the Singapore Food Agency. Licence no. CS-0419-22, valid until 31 Dec 2026.
        Lost access card? Report to reception within 24 hrs. Replacement fee S$25. Email facilities@arcticbaycold.com.sg or WhatsApp +65 8121 7730 (office line, 8am-6pm).
        Pallet height limit in racking rooms A1-A6 is 1.8 m including pallet. Pallets heavier than 1,000 kg will be rejected at receiving, no exceptions.
        Power trip on 3 Feb, 0417-0452: CR-02 rose from -22.1°C to -17.8°C and recovered by 0630. Temperature log available on request for SFA audit.
        Reminder: fish boxes with melted ice must be drained at the wash bay before entering the chiller corridor. Floor slippery, 3 near-misses reported last month.
        Chinese New Year hours: closed 29 Jan (1st day), half day 30 Jan 6am-12pm. Last receiving on 28 Jan at 4pm. Gong Xi Fa Cai from the management!
        Tenants storing live crabs or lobsters must use the holding tanks at Bay 14. These are not cold rooms and are billed at S$6 per tank per day.
        Ammonia leak drill on Sat 22 Mar 2025 at 10am. Assembly point: car park B opposite the Jurong Fishery Port market hall. Attendance compulsory for all shift staff.
        Port Klang branch: Lot 12, Jalan Pelabuhan Utara, 42000 Pelabuhan Klang, Selangor. Tel +603-3176 2288. Cold room bookings min 10 pallets, 7 days.
    """),
    ("en", "wms_config_and_logs"): _lines("""
        2025-03-04T03:12:55+08:00 INFO receiving: ASN-SG-250304-0117 accepted, 42 cartons frozen tiger prawn 16/20, dock D3, temp probe -19.4C
        2025-03-04T03:14:02+08:00 WARN fork_telemetry: unit FL-11 (Toyota 8FBE20) impact 2.8g at aisle C4, speed 9.6 km/h, auto-slowdown engaged
        2025-03-04T04:40:17+08:00 ERROR sensor_gateway: CR-05 probe T2 offline (last -21.7C), MQTT topic coldstore/sg1/cr05/t2 no heartbeat for 300s
        alarm_thresholds: { frozen: { high_c: -15.0, critical_c: -12.0 }, chiller: { high_c: 5.0, low_c: -1.0 }, door_open_s: 60, notify: ops-duty }
        INSERT INTO pallets (pallet_id, sku, room, weight_kg) VALUES ('PLT-0088213', 'SQD-IND-U5-10KG', 'CR-07', 812.5);
        pallet_id,sku,lot_no,room,rack,temp_c,received_at,tenant_code,weight_kg,expiry_date,customs_permit_no
        Reefer container MSKU 7781204-5 plugged in at bay R12, setpoint -20.0C, PTI passed 2025-03-02, genset GS-04 on standby.
        4f9c2e1 fix(fifo): pick oldest lot per tenant_code before expiry_date; bump wms-core to v3.14.2 and refresh pick-face cache
        export COLDSTORE_API_BASE=https://api.example-coldstore.sg/v2 && export DEFROST_CRON="0 2 * * 2" && export TZ=Asia/Singapore
        sha256(temp_log_2025-03.csv) = 9b1f0c7e2a44d6e3f0a9c8b7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7 (checksum for SFA audit upload)
        2025-03-05T22:08:41+08:00 INFO billing: invoice INV-2025-03-00412 generated for tenant_code TNT-0193, 36 pallet-weeks @ SGD 14.50, total SGD 568.98 incl GST
        def pallet_charge(days: int, rate: float = 14.5) -> float: return round(max(days, 7) / 7 * rate, 2)  # minimum one week billing
        2025-03-06T05:55:10+08:00 INFO dispatch: DO-250306-0087 loaded to reefer truck fleet no. T-14, 18 pallets, seal no. 0047721, dock D1 closed
    """),
    ("en", "port_history_and_news"): _lines("""
        Jurong Fishery Port opened in 1969 and remains Singapore's main wholesale fish market, with auctions starting in the small hours of the morning.
        Senoko Fishery Port in the north of Singapore opened in 1997 and handles catch landed by local and foreign fishing vessels as well as lorries from Malaysia.
        Admiral Zheng He's fleets called at Melaka in the early 15th century, and salted fish from the Straits was traded alongside spices and porcelain.
        In Ernest Hemingway's The Old Man and the Sea, Santiago fights a giant marlin for three days; the port canteen still screens the 1958 film on slow nights.
        Lembaga Kemajuan Ikan Malaysia (LKIM) was set up in 1971 to develop the fisheries industry and improve the welfare of fishing communities.
        Celebrity chef Chef Wan's recipes for asam pedas ikan pari are a favourite reference in the canteen at the Kuantan fishery complex.
        Aberdeen Wholesale Fish Market in Hong Kong, run by the Fish Marketing Organization, is one of the city's key landing points for fresh marine fish.
        Keelung's Kanziding fish market has traded overnight since the Japanese colonial era and is busiest between midnight and 4 a.m.
        The Singapore Food Agency was formed in April 2019, taking over food-related functions from AVA, NEA and the Health Sciences Authority.
        Sir Stamford Raffles' 1822 town plan set aside land along the Singapore River for trade, and fish landed there was sold at stalls nearby.
        Then-minister Masagos Zulkifli announced the 30 by 30 food security goal in 2019, putting local fish farms and cold-chain operators in the spotlight.
        Finding Nemo made clownfish famous; the display tanks at Bay 14 carry Nemo and Dory stickers for school visits during the June holidays.
        The 1997 Asian financial crisis hit ringgit-priced frozen seafood exports hard, and many Port Klang cold stores moved to a rental model afterwards.
    """),
    ("zh-Hans", "海鲜批发价目表"): _lines("""
        今日批发价（2025年3月7日，裕廊渔港）：金目鲈 每公斤 S$12.80，红鸡鱼 S$15.50，马友鱼 S$32.00，以上价格不含9%消费税。
        冷冻虎虾 16/20 规格，每箱10公斤，批发价 RM 385/箱，满20箱送冰袋，提货地点：巴生港北港3号冷库，需提前一天预约。
        鱿鱼（印尼U5）每公斤 RM 24，八爪鱼 RM 28，墨鱼 RM 26；价格每日更新，以当天早上5点拍卖结果为准，批发客户满50公斤另有九五折优惠。
        订货热线：+65 6268 3391（营业时间 凌晨2点至中午12点），WhatsApp 订货：+65 9012 4478（公司专线，非私人号码）。
        鸿发海产贸易私人有限公司 UEN 199804217C，地址：新加坡渔港路29号 #01-42，裕廊渔港批发市场内，欢迎批发客户来电洽谈。
        三文鱼（挪威鲜，4-5公斤/条）每公斤 S$21.90；冷冻三文鱼扒 200克 x 10片/包 S$28.00，SKU：SAL-NOR-STK-200。
        舟山带鱼 冷冻 每箱15公斤 ¥420，发货地：浙江舟山沈家门渔港，冷链物流单号 SF1402837716582，预计三天到货。
        大闸蟹季节价：公蟹4两 每只 S$18，母蟹3两 每只 S$16，阳澄湖产地证明随货附上，数量有限，售完即止，团购10只以上可免运费送货。
        活蓝花蟹 每公斤 RM 45，斯里兰卡青蟹 每公斤 S$48，活龙虾 每公斤 S$88，价格浮动较大，下单前请先来电确认。
        冷库租金说明：-18°C 储存 每托盘每周 S$14.50，起租7天，超重托盘（超过1000公斤）另加收20%，电费已含。
        报价单号 QT-2025-0312-07，有效期至2025年3月19日，付款条件：月结30天，逾期按月息1.5%计算，最终解释权归本公司。
        李锦记蚝油 2.27公斤 每桶 S$16.50，老干妈风味豆豉 280克 每箱24瓶 S$62.40，餐饮客户另有折扣，欢迎询价。
        广州黄沙水产交易市场 今日行情：石斑鱼 ¥96/斤，东星斑 ¥260/斤，多宝鱼 ¥38/斤，数据来源：市场公告栏 2025-03-07 06:00。
    """),
    ("zh-Hant", "冷庫租賃常見問題"): _lines("""
        問：冷庫最短租期是多少？答：急凍庫（-18°C至-25°C）最短租7天，以卡板計算，每卡板每週 HK$95，另收出入倉手續費。
        問：可否24小時入貨？答：可以，但凌晨0時至6時需預約，請致電 2555 8120 或電郵 booking@harbourcold.com.hk 查詢。
        問：溫度紀錄如何查閱？答：每間冷房設有雙探頭，每5分鐘記錄一次，租戶可於網上平台 portal.harbourcold.com.hk 下載CSV。
        問：貨物損壞如何索償？答：請於出貨後48小時內填寫索償表格 CF-03，並附上送貨單號及相片，本公司保險由滙豐保險承保。
        問：叉車由誰操作？答：庫內叉車只可由本公司持牌操作員駕駛，租戶人員不得自行駕駛，違者即時停止服務並收取罰款，詳情請參閱租約第12條。
        問：倉庫在哪裏？答：香港仔海傍道102號海港冷藏大廈3樓，近香港仔魚類批發市場，貨車可停泊地下B1裝卸區，最高限高3.2米。
        問：可以存放活海鮮嗎？答：活貨請使用長沙灣魚類批發市場附近的養殖水箱服務，本冷庫只接受冰鮮或急凍貨品，活貨一律不予收倉。
        問：繳費方式？答：可用轉數快 FPS（公司識別碼 1028394）、支票或銀行轉帳，請將發票號碼寫在備註欄以便對賬，恕不接受現金。
        問：颱風期間是否開放？答：八號風球或以上暫停收貨及出貨，冷庫照常運作，溫度監控不受影響，請留意公司網站及Facebook專頁公告。
        台灣分倉：高雄市前鎮區漁港中一路 前鎮漁港冷凍區，服務專線 (07) 815-3300，週一至週六 05:00-17:00，週日及國定假日休息。
        問：可否開立三聯式發票？答：台灣分倉可以，請提供貴公司統一編號（8碼），本公司統編 24681357 會印在發票上，電子發票另以電郵寄出。
        問：有冇貨物保險？答：基本保險保額每卡板 HK$20,000，高價貨品如鮑魚、花膠、海參請另購附加保險，保費按貨值0.3%計算。
        問：可否代辦報關？答：可以，本公司與持牌報關行合作，進口急凍水產須附衞生證明書，處理時間約1至2個工作天，收費每單 HK$350 起。
    """),
    ("ms", "notis_kompleks_perikanan"): _lines("""
        NOTIS: Bilik sejuk beku No. 4 di Kompleks Perikanan LKIM Kuantan akan ditutup untuk kerja penyelenggaraan dari 15 hingga 17 April 2025.
        Kadar sewa bilik sejuk mulai 1 Jun 2025: RM 2.20 sekilo sebulan untuk simpanan -18°C, minimum 1 tan. Caj pengendalian RM 15 setiap palet.
        Semua pemandu forklift wajib memakai kasut keselamatan dan jaket keterlihatan tinggi. Had laju di dalam gudang ialah 8 km/j.
        Pendaratan ikan dibuka dari jam 4 pagi hingga 10 pagi. Nelayan dikehendaki mengisi borang pendaratan di kaunter LKIM sebelum ikan dilelong.
        Untuk tempahan bilik sejuk, hubungi pejabat operasi di 09-516 2244 atau e-mel operasi@sejukbekutimur.com.my (Isnin hingga Sabtu, 8 pagi hingga 5 petang).
        Syarikat Sejuk Beku Timur Sdn Bhd (No. Pendaftaran 201501023456 (1148890-K)) ialah pengendali rantaian sejuk berdaftar di Kuantan, Pahang.
        Ais blok dijual di kilang ais jeti pada harga RM 8 sebongkah. Pembelian pukal melebihi 100 bongkah boleh dibuat melalui WhatsApp syarikat 011-5566 2093.
        AMARAN: Lantai bilik sejuk licin. Sila gunakan laluan pejalan kaki bertanda kuning dan jangan berjalan di belakang forklift yang sedang mengundur.
        Larangan pukat tunda dalam zon A (5 batu nautika dari pantai) masih berkuat kuasa di bawah Akta Perikanan 1985. Pelanggaran boleh dikenakan denda.
        Pelabuhan Perikanan Batu Maung, Pulau Pinang: lelongan ikan bermula jam 5.30 pagi. Hanya pembeli berdaftar dibenarkan masuk ke dewan lelong.
        Musim tengkujuh November hingga Februari: jadual pendaratan mungkin berubah. Sila semak notis di papan kenyataan atau laman Facebook rasmi kompleks.
        Harga lelong pagi ini: ikan kembung saiz sederhana RM 9.50 hingga RM 11.00 sekilo, ikan selayang RM 6.80 sekilo, sotong RM 22 sekilo.
        Bayaran sewa boleh dibuat melalui FPX atau DuitNow ke akaun syarikat Maybank 5621 0488 9012 atas nama Syarikat Sejuk Beku Timur Sdn Bhd.
    """),
    ("mixed", "supervisor_group_chat"): _lines("""
        [04:12] Night shift: CR-03 temp already -16.8, door seal koyak again lah. Maintenance pls check before 5am auction, don't want SFA audit fail.
        [04:15] Maintenance: Ok noted, bringing spare gasket from store, 20 min. Meantime jangan buka door unless urgent, use CR-04 for new inbound.
        [05:02] Receiving: Lorry from Pontian arrive already, 38 tong ikan kembung, ais cukup. Dock D2 free ah? Forklift FL-07 battery low.
        [05:05] Warehouse sup: D2 free. FL-07 charge first, use FL-09. Remind everyone wear gloves, ice box edge very sharp, pls take care.
        各位注意，今早6点SFA inspector会来抽查温度记录，CR-01到CR-08的log请打印好放在office桌上，谢谢配合。
        Boss say from next week credit term for new buyers max 14 days only, old customers maintain 30 days. Accounts will send updated list.
        Forklift near-miss at aisle C4 just now, pallet almost tip. No one hurt. Pls slow down at the corner, mirror there cracked already, I put cone.
        Tomorrow CNY eve, last receiving 4pm. 加班的同事 OT rate 2x, sign sheet at guardhouse. Makan provided, nasi lemak + kopi.
        Sotong from Kuantan delayed, lorry breakdown near Segamat. ETA 9am. Buyers who order sotong pls inform them first, thanks.
        冷库3号的温度记录仪又没信号了，IT说是gateway问题，今晚11点重启，期间请值班同事每小时人工记录一次，记录表放在CR-03门口。
        Pallet PLT-0088213 label wrong room, system show CR-07 but physically in CR-05. Inventory team pls update WMS before dispatch.
        Price update from auction hall: bawal hitam RM 38/kg, udang galah RM 55/kg, kurau RM 62/kg. Market very slow today, hujan since 3am.
        Reminder all supervisors: toolbox talk 7.30am Monday at loading bay, topic manual handling and forklift blind spots. Attendance compulsory.
    """),
    ("mixed", "wholesaler_invoices"): _lines("""
        TAX INVOICE No. INV/AHS/2025/00871 | Ah Huat Seafood Trading Pte Ltd, UEN 200312345W, 29 Fishery Port Road #01-18 | Date 07/03/2025 | Terms 30 days
        Item 1: Ikan merah (red snapper) 3-4kg x 42.5kg @ S$14.20 = S$603.50 | Item 2: Sotong (squid) U10 x 20kg @ S$11.80 = S$236.00
        Subtotal S$839.50 | GST 9% S$75.56 | Total S$915.06 | PayNow UEN 200312345W | Cheques payable to Ah Huat Seafood Trading Pte Ltd
        INVOIS CUKAI No. KHS-25-03118 | Kim Hock Seafood Sdn Bhd (199701012345) | SST No. W10-1808-32000123 | Lot 5, Kompleks LKIM Batu Maung, Pulau Pinang
        发票号 FP-20250307-0045 | 新加坡永发冷冻食品私人有限公司 | 冷库租金 2025年2月 CR-07 36托盘周 x S$14.50 = S$522.00
        Credit note CN-2025-0019 issued against INV-2025-02-00388: 3 cartons frozen prawns rejected (thawed on arrival), S$186.00 credited.
        Statement of account as at 28/02/2025: Current S$12,480.00, 30 days S$3,215.50, 60 days S$0.00, 90+ days S$0.00. Please remit by 15/03/2025.
        收據 Receipt No. R-00931 | Lee Kum Kee Oyster Sauce 2.27kg x 6 tubs @ HK$89 = HK$534 | 海港冷藏有限公司 | 商業登記號碼 71234567-000
        e-Invoice UUID 4f8c2a91-7be3-4d6a-9c15-2e0b7f3a6d58 validated by LHDN MyInvois on 2025-03-07 10:14:22, supplier TIN C2584567890.
        DELIVERY ORDER DO-TB-55102 | Tan Brothers Marine Products (M) Sdn Bhd to Restoran Ikan Bakar Pak Din Sdn Bhd, Jalan Tanjung Lumpur, Kuantan | 15 ctn ikan pari
        Payment received via DBS IDEAL ref 20250307-88314 for invoices INV-2025-02-00388 to INV-2025-02-00401, amount S$21,930.40. Thank you for your business.
        Blast freezing 1,250kg @ S$0.32/kg = S$400.00; Handling in/out 18 pallets @ S$12 = S$216.00; Labelling 60 ctn @ S$0.50 = S$30.00
        統一發票 字軌 AB-12345678 | 賣方：前鎮漁港冷凍水產股份有限公司 統編 53812647 | 冷凍鮪魚腹 10公斤 NT$8,600 | 含稅 NT$9,030
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Incident report IR-2025-031: forklift FL-11 driven by Muthu Krishnan s/o Ramasamy reversed into racking at aisle C4; his left ankle is fractured, MC 14 days.
        Buyer credit: Tan Kok Wei, stall 01-27, owes S$18,450 across 11 invoices, last paid 12 Jan. Pls stop further credit until he settles.
        pls whatsapp the new loader on his personal no +65 8834 5120 about the work permit renewal, office line cannot reach him
        E0412,MD RAFIQUL HOSSAIN,G5839261N,02/06/1991,+65 8834 5120,crush injury right hand (forklift FL-07),MC 21 days,WICA claim filed
        Supervisor note: Rosnah binti Abdullah from packing is 5 months pregnant, doctor says no more work inside the -25°C blast freezer, reassign to dry store.
        Deliver the 5kg prawn gift box to Mr Jason Goh's home, Blk 418 Jurong West Street 42 #08-117, Singapore 640418, before 7pm; he is paying cash.
        Refund the deposit of S$1,200 to Mdm Chua Siew Lan, OCBC 601-882341-001. Her cold room contract ended 28 Feb.
        CCTV 03:40: lorry GBF 4821K reversed into Gate 2 barrier and left. Driver is the uncle who delivers for the Pontian supplier, the one with the limp.
        Don't roster Kelvin Ng on weekend shifts. His divorce hearing is at the Family Justice Courts and he has the two kids on Saturdays.
        Rajesh Pillai from night shift was arrested by police on Tuesday over the missing abalone cartons; HR suspending him without pay pending investigation.
        Payroll Mar 2025: Lee Hui Min, warehouse supervisor, basic S$3,850 + cold allowance S$250 + OT S$612.40; CPF employee S$942.48.
        Send the signed cold room lease to benedict.sim.82@gmail.com, not the company address, he says he is handling the rental personally.
        2025-03-04T03:14:03+08:00 WARN fork_telemetry: unit FL-11 operator_badge=SG-0417 operator_name=Muthu Krishnan mobile=+65 9154 2287 impact 2.8g
        Accident form | Name: Wong Mei Ling | NRIC: S8512346G | DOB: 14/09/1985 | Home: Blk 102 Bukit Batok Central #05-221 | Injury: frostbite, two fingers, after 40 min in CR-07
        Ah Boon from stall 01-33 borrowed S$3,000 from office petty cash for his mother's chemo, promised to return by June. Don't tell the boss.
        Fisherman Koh Ah Lek, NRIC S6903318J, landed 1.2 tonnes of ikan kurau at Senoko; his payout of S$9,840 goes to POSB 188-45291-7.
    """),
    "zh-Hans": _lines("""
        陈先生（裕廊渔港01-27档）欠我们冷库租金S$6,480，已经三个月没付了，他说老婆住院，下周一定还。
        员工工伤登记：姓名 黄志强，身份证号 440103198803053521，手机 138 0571 4462，右手被叉车夹伤，缝了8针。
        渔获结算：船主林国栋（浙岱渔03188），本航次带鱼4.2吨，结算款¥86,400，汇入他本人农业银行卡 6228 4802 3319 5567 018。
        阿明昨晚夜班喝了酒还开叉车，撞坏了2号冷库的门，主管说这次不报警，但要扣他一个月工资，再犯就开除。
        收货人：刘婷婷，地址：广州市荔湾区黄沙大道88号3栋1502房，电话 186 2233 9087，冻虾两箱，货到付款。
        林太说她老公上个月在码头摔伤腰椎，现在还在做物理治疗，想问冷库夜班那份工能不能先让她顶替。
        付款人手机号对不上，完整号码是 159 8812 3307，请财务核对后再放货。
        王师傅的体检报告显示高血压和糖尿病，公司医生建议他不要再进零下25度的急冻库工作。
        W0098,周建华,330902197908124610,2023-04-10,叉车司机,月薪¥6800,紧急联系人 妻子李秀英 137 5566 0912
    """),
    "zh-Hant": _lines("""
        香港仔魚市場何生（身份證 K583921(1)）嘅冷庫按金 HK$8,000，退款入佢私人匯豐戶口 123-456789-833。
        李太話佢個仔上星期喺冷庫跌親，腦震盪住咗三日院，而家仲頭暈，想問公司保險點樣賠。
        前鎮漁港冷凍工 陳志明，身分證字號 E125839048，手機 0912-345-678，住址 高雄市前鎮區瑞隆路 215巷8號4樓。
        鄭師傅欠魚款 NT$236,000，已經拖了四個月，聽說他賭博欠了地下錢莊很多錢，大家小心。
        今朝撞爛閘口嘅貨車車牌係 LV 8823，司機話係佢自己架車，唔係公司車，保險要佢自己搞。
        請將合約副本寄到 kwok.waiman1979@yahoo.com.hk，呢個係郭先生私人電郵，唔好寄去公司信箱。
        員工張美玲懷孕六個月，醫生證明唔可以再搬重物同入急凍房，申請由冷庫調去辦公室做文職。
        澳門買家梁家豪（澳門居民身份證 5198326(3)）訂購急凍龍蝦20箱，送到氹仔佢屋企，電話 6628 4417。
    """),
    "ms": _lines("""
        Ahmad Fauzi bin Ismail, No. KP 830415-06-5231, nelayan pukat tunda, berhutang RM 12,400 dengan syarikat untuk diesel dan ais.
        Pekerja Mohd Hafiz bin Razak cedera kaki kiri dihimpit forklift di bilik sejuk 3 dan dimasukkan ke Hospital Tengku Ampuan Afzan.
        Surat tuntutan hutang dihantar ke rumah Puan Rohani binti Yusof, No. 14, Lorong Seri Beserah 2, 26100 Kuantan, Pahang.
        Bayaran hasil tangkapan Pak Long minggu ni masuk akaun Bank Rakyat 1102 8834 5521, akaun anak dia, bukan akaun bot.
        Lori ikan CBV 4417 milik Encik Salleh masuk kompleks tanpa kebenaran jam 2 pagi, pengawal dah ambil gambar.
        Kalau nak beli ikan terus dari bot, call Abang Mat nombor peribadi 013-944 7182, jangan ikut pejabat.
        Kak Yah dari bahagian pembungkusan disahkan menghidap kanser payudara tahap 2, dia minta cuti tanpa gaji tiga bulan.
        BORANG KEMALANGAN | Nama: Selvam a/l Murugan | No. KP: 790923-07-5573 | Tel: 012-477 3390 | Kecederaan: jari kelingking putus (mesin potong ikan) | 06/03/2025
        Encik Razali baru bercerai, bekas isteri datang ke gudang tuntut nafkah anak, pengawal keselamatan terpaksa panggil polis.
    """),
    "mixed": _lines("""
        Boss, Ah Keong (陈伟强) owe us RM 8,200 for sotong since Dec, his number 012-338 5561, he say wait his daughter wedding angpao then pay lah.
        Work permit holder Rahman Md Alamgir, FIN M4127758T, permit expiring 15/04/2025, need renew before his hernia surgery at NTFGH.
        叉车事故: operator Siva a/l Kumar, badge 0417, 右脚骨折, MC 3 weeks, his wife Kalaivani call office ask about WICA claim.
        PayNow to 9123 4567 (Mr Low personal) for the kurau S$1,450, don't use company account ok, he don't want to declare.
        Tenant 张老板 home address for the lawyer letter: 18 Jalan Chempaka Kuning, Singapore 468735. 他欠了四个月租金 S$11,600.
        Kak Ros tadi pengsan dalam chiller, blood pressure drop, bawa pergi klinik. She told me she diabetic but never tell HR.
        B0231,Lim Chee Keong,750812-01-5517,016-775 2210,credit_limit RM 20000,overdue RM 14350,status BLACKLIST
        Ah Girl 的 IC 号码是 900305-14-6688, she want us help apply SOCSO for her father's accident at the jetty.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are an assistant for the operations team of a cold-storage warehouse at Jurong Fishery Port. Write clear, factual incident reports for MOM submission.",
        ),
        (
            "user",
            "Help me write the incident report. Last night 3.10am, forklift FL-11 driven by Muthu Krishnan s/o Ramasamy (NRIC T0245871Z) reversed into the racking at aisle C4. His left ankle fractured, sent to Ng Teng Fong by ambulance, MC 14 days.",
        ),
        (
            "assistant",
            "Draft: On 4 Mar 2025 at about 03:10, forklift FL-11, operated by Mr Muthu Krishnan s/o Ramasamy (NRIC T0245871Z), reversed into the pallet racking at aisle C4. Mr Muthu sustained a fracture to his left ankle and was conveyed by ambulance to Ng Teng Fong General Hospital. He has been given 14 days of medical leave. Immediate actions: area cordoned off, FL-11 taken out of service for inspection.",
        ),
        ("user", "Add that the reverse buzzer was spoiled and we reported it on 1 March already."),
        (
            "assistant",
            "Added under contributing factors: the reverse alarm on FL-11 was found faulty and had been reported to maintenance on 1 Mar 2025 but not yet repaired. Recommended action: lock out any forklift with a faulty reverse alarm until repair is verified.",
        ),
    ],
    [
        (
            "user",
            "Write a firm but polite reminder to our buyer Tan Kok Wei, stall 01-27 at Jurong Fishery Port. He owes S$18,450 over 11 invoices, oldest is INV-2024-11-00217. His email is kokwei.tan68@hotmail.com.",
        ),
        (
            "assistant",
            "Subject: Outstanding balance of S$18,450. Dear Mr Tan, our records show 11 unpaid invoices totalling S$18,450, the oldest being INV-2024-11-00217. We would appreciate payment or a payment plan by 21 March 2025. Further credit purchases will be on hold until the account is regularised. Kindly contact our accounts team if you have any questions.",
        ),
        (
            "user",
            "Ok good. Also mention we heard his shop is closing, so we want a meeting this week.",
        ),
        (
            "assistant",
            "Added: We understand there may be changes to your business at stall 01-27. We would like to meet this week to agree on a settlement schedule. Please let us know a convenient time.",
        ),
    ],
    [
        (
            "system",
            "Tenant record loaded from CRM: tenant_code TNT-0193 | contact Mdm Chua Siew Lan | mobile +65 9683 1207 | email siewlan.chua@gmail.com | rooms CR-07 | rate S$14.50 per pallet-week | deposit S$1,200.",
        ),
        (
            "user",
            "How much should I bill this tenant for February if she had 36 pallet-weeks, and how much is the refund when she leaves?",
        ),
        (
            "assistant",
            "February: 36 pallet-weeks x S$14.50 = S$522.00, plus 9% GST S$46.98, total S$568.98. On exit, the S$1,200 deposit is refundable to Mdm Chua Siew Lan after deducting any unpaid charges or damage.",
        ),
    ],
    [
        (
            "user",
            "My worker Md Rafiqul Hossain, FIN G5839261N, hand crushed under a pallet last week. He is Bangladeshi work permit. What do I need to do for WICA?",
        ),
        (
            "assistant",
            "Under the Work Injury Compensation Act you must report the accident to MOM through iReport within 10 days of being told of the medical leave. Keep his medical certificates, continue paying his medical leave wages, and notify your work injury insurer. As he is a work permit holder, you also remain responsible for his medical costs and upkeep during recovery.",
        ),
        (
            "user",
            "He already MC 21 days. His boss in Dhaka also calling me, can I give them his medical report?",
        ),
        (
            "assistant",
            "Please do not share his medical report with third parties without his consent. Under the PDPA you should ask Mr Hossain first and share only what is needed. MOM and the insurer can receive it for the claim.",
        ),
    ],
    [
        ("system", "你是一家舟山水产公司的财务助手，帮助整理渔民结算单。"),
        (
            "user",
            "帮我整理一下：船主林国栋，浙岱渔03188，这航次带鱼4.2吨，单价每吨¥20,600，扣除冰块和柴油预付款¥12,000，钱打到他农行卡 6228 4802 3319 5567 018。",
        ),
        (
            "assistant",
            "结算单：船主 林国栋（浙岱渔03188）；带鱼 4.2吨 x ¥20,600 = ¥86,520；扣除冰块及柴油预付 ¥12,000；应付 ¥74,520；收款账户：农业银行 6228 4802 3319 5567 018（户名：林国栋）。",
        ),
        ("user", "他说上次还欠我们¥5,000借款，也扣掉吧。"),
        (
            "assistant",
            "已更新：再扣除借款 ¥5,000，应付金额为 ¥69,520。建议请林先生在结算单上签字确认借款已抵扣。",
        ),
    ],
    [
        ("user", "下个月冷库排班，张丽华怀孕了，医生说不能长时间在零下温度工作，怎么安排比较好？"),
        (
            "assistant",
            "建议把张丽华调到常温区或办公室岗位，例如单据录入、收货核对等，避免进入冷库和搬运重物；同时保留医生证明存档，并与她本人确认新的岗位安排。",
        ),
        ("user", "她还说预产期是8月，到时要休产假，你帮我算一下她要从哪天开始休。"),
        (
            "assistant",
            "具体日期要看预产期哪一天以及她本人选择。在新加坡，符合条件的员工可享有16周政府带薪产假，一般可在预产期前4周开始。请与张丽华确认预产期后再安排替班。",
        ),
    ],
    [
        ("system", "你係一間香港仔冷藏倉嘅客戶服務助理，用繁體中文回覆。"),
        (
            "user",
            "幫我寫封信俾何志偉先生（香港身份證 Y274015(8)），佢退租，按金 HK$8,000 扣除兩個月欠租 HK$3,800 之後退返餘額。",
        ),
        (
            "assistant",
            "何志偉先生您好：閣下已於本月底退租，按金 HK$8,000 扣除未繳租金 HK$3,800 後，餘額 HK$4,200 將於七個工作天內退還。如有任何疑問，歡迎致電本公司客戶服務部。",
        ),
        ("user", "佢想退去佢太太個戶口，恒生 287-312459-883，戶口名係何陳美玉。"),
        (
            "assistant",
            "明白，已加入：餘額 HK$4,200 將按閣下書面指示轉賬至恒生銀行戶口 287-312459-883（戶口持有人：何陳美玉）。請何先生簽署授權書，確認將按金退至第三者戶口。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu pentadbiran untuk syarikat sejuk beku di Kompleks LKIM Kuantan. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong tulis surat tuntutan hutang kepada nelayan Ahmad Fauzi bin Ismail, No. KP 830415-06-5231, alamat No. 7, Kampung Tanjung Lumpur, 26060 Kuantan. Hutang RM 12,400 untuk diesel dan ais.",
        ),
        (
            "assistant",
            "Tuan, Ahmad Fauzi bin Ismail (No. KP 830415-06-5231), No. 7, Kampung Tanjung Lumpur, 26060 Kuantan. Per: Tuntutan bayaran tunggakan RM 12,400. Mengikut rekod kami, tuan masih berhutang RM 12,400 bagi bekalan diesel dan ais. Sila jelaskan bayaran dalam tempoh 14 hari dari tarikh surat ini atau hubungi pejabat kami untuk berbincang jadual bayaran ansuran.",
        ),
        ("user", "Dia kata boleh bayar RM 1,000 sebulan mulai bulan depan. Masukkan sekali."),
        (
            "assistant",
            "Ditambah: Kami bersetuju menerima bayaran ansuran RM 1,000 sebulan mulai bulan hadapan sehingga jumlah RM 12,400 dijelaskan sepenuhnya. Sila tandatangan salinan surat ini sebagai tanda persetujuan.",
        ),
    ],
    [
        (
            "user",
            "Saya penyelia gudang. Pemandu forklift Mohd Hafiz bin Razak langgar rak kali ketiga bulan ni, kali ni dia sendiri cedera kaki. Boleh bagi surat amaran?",
        ),
        (
            "assistant",
            "Boleh. Surat Amaran: Encik Mohd Hafiz bin Razak, anda didapati terlibat dalam tiga insiden perlanggaran forklift pada bulan ini. Anda dikehendaki menghadiri latihan semula keselamatan forklift sebelum dibenarkan memandu semula. Insiden seterusnya boleh membawa kepada tindakan tatatertib.",
        ),
        ("user", "Tapi dia masih MC sampai 20 Mac sebab kaki patah. Hantar bila?"),
        (
            "assistant",
            "Elakkan menghantar surat amaran semasa dia bercuti sakit. Serahkan selepas dia kembali bertugas selepas 20 Mac, dalam sesi bersemuka dengan wakil HR, dan pastikan laporan kemalangan serta tuntutan PERKESO diuruskan dahulu.",
        ),
    ],
    [
        (
            "system",
            "You help a seafood wholesaler at Senoko Fishery Port tidy up WhatsApp messages into a buyer credit list. Output CSV.",
        ),
        (
            "user",
            "Convert this: Ah Keong 陈伟强 012-338 5561 owe RM 8,200 sotong. Lim Chee Keong 016-775 2210 owe RM 14,350, IC 750812-01-5517, already blacklist. Mdm Foo 9472 6638 owe S$2,100 kurau.",
        ),
        (
            "assistant",
            "Here is the CSV, one row per buyer: name,phone,ic,amount_owed,item,status | Ah Keong (陈伟强),012-338 5561,,RM 8200,sotong,active | Lim Chee Keong,016-775 2210,750812-01-5517,RM 14350,,blacklist | Mdm Foo,9472 6638,,S$2100,kurau,active",
        ),
        ("user", "Ok thanks. Mdm Foo just paid half, update hers."),
        (
            "assistant",
            "Updated row: Mdm Foo,9472 6638,,S$1050,kurau,active (paid S$1,050 on account).",
        ),
    ],
]
