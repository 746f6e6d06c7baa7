# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix154: racing-pigeon clubs, ornamental fish and songbird shops in SG/MY/HK/TW (ring registrations, race results, shop sales, disputes, vet visits, group chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix154
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "race_results"): _lines("""
        Johor Bahru One-Loft Race 2025, final 380 km from Kuantan: liberation 06:45, 1,212 birds basketed, first bird clocked 12:31:08, velocity 1,097.9 m/min.
        Top 5 by ring: MY-25-JB-01877 (1,097.9), MY-25-JB-00342 (1,097.4), TW-25-TC-11203 (1,091.2), MY-25-JB-02210 (1,088.6), PH-25-PCF-4471 (1,085.0) m/min.
        Hot Spot 2 prize at the 200 km trap is RM 8,000, paid to the winning syndicate's registered account after the 14-day protest window closes on 28 June.
        Weather at the liberation site (Kuantan stadium carpark): wind NE 12 km/h, cloud 40%, visibility 10 km; convoy released on committee instruction at 06:45 sharp.
        Protest fee is SGD 50 per bird; protests must be lodged in writing at the clubhouse, 3 Kaki Bukit Avenue 2 #03-07, Singapore 416029, before 8 pm on race day.
        ETS readout: Unikon and Benzing clocks synced to GPS at 05:30; three clocks with drift above 2 s were rejected and those birds were timed manually by stewards.
        Result sheet v3 replaces v2: bird 1488 on page 4 was wrongly credited with 312.6 km; correct distance is 321.6 km, velocity revised to 1,042.7 m/min.
        Congratulations to the Red Lantern Syndicate on 1st, 3rd and 9th Open, the first triple in club history since the 1998 Ipoh inland race.
        Late-bird cut-off: day 2 closes at 19:12 sunset; birds clocked after close are listed as over-fly and carry no points toward the Ace Pigeon table.
        Ace Pigeon standings after Race 6: ring SG-24-LCH-0913 on 1,774 pts leads ring SG-24-LCH-1206 on 1,702 pts, a mealy cock against a blue bar hen.
        Average loss rate this season is 11.4%, down from 18.9% in 2024, after the committee moved the Kuala Lipis release point to open ground near the old rail station.
        PIPA reported a record in November 2020 when the Belgian hen New Kim sold for EUR 1.6 million to a buyer from China; our own top lot this year fetched RM 3,200.
        Darwin kept fancy pigeons at Down House and gave them two chapters in The Variation of Animals and Plants under Domestication (1868), recommended for new members.
    """),
    ("zh-Hant", "價目表"): _lines("""
        旺角金魚街通菜街分店價目（2025年7月）：泰國獅頭金魚每條$38起，蘭壽$88起，日本錦鯉三色10cm $180，紅白15cm $260，另收膠袋氧氣費每袋$5。
        園圃街雀鳥花園檔口價目：畫眉成鳥$1,200至$2,800，相思雀一對$380，文鳥$260，竹籠連食缸$450起，訂貨請致電店舖熱線 2395 8126 查詢。
        水族用品清貨：Tetra 三合一濾器 $168，Hikari 錦鯉飼料 2kg $210，JBL ProFlora CO2 套裝 $1,480，Eheim 2217 外置過濾 $1,350，買滿$800九龍區免運費。
        龍魚專區：過背金龍 25–28cm 連晶片證書 $12,800，紅龍 Super Red 20cm $6,800，紅尾金龍 $4,500；漁護署及 CITES 文件齊全，購買時附晶片號碼。
        鴿具價目：Benzing 電子踏板 $2,350，賽鴿腳環（2025年會環）每隻$12，四格鴿籠運輸箱 $680，保健砂 5kg $95，維他命B群 500ml $128，會員九折。
        活餌及冷凍餌：紅蟲每包$10，冷凍豐年蝦$18，麵包蟲 100g $25，蟋蟀每打$12；每日下午三時到貨，逢星期一休息，颱風訊號八號或以上暫停營業。
        收費說明：代客開缸連造景 2 呎 $1,800、3 呎 $2,600、4 呎 $3,800（不含魚），上門洗缸每次 $350 起，新界區另加車費 $150，離島區另議。
        錦鯉品評會報名費每尾 $150，分 15–25cm、25–35cm 及 35cm 以上三組；地點九龍公園體育館，報名截止 8月20日，查詢請 WhatsApp 會務組 9188 3026。
        鬥魚（Betta）半月型 $45，大耳象 $120，Koi 色系 $98；10L 魚缸連燈 $168；澳門分店（罅些喇提督大馬路 88 號地下）同價，澳門幣照收。
        藥物價目：黃粉 25g $38，甲烯藍 100ml $22，海鹽 2kg $30，益生菌 250ml $68；用藥前請先向店員查詢劑量，並與活體保持距離，切勿混合使用。
        會員積分：每消費 $100 得 1 分，滿 50 分可換 Hikari 試用裝一包；積分有效期至 2026年3月31日，系統單號格式為 GF-2025-000123，遺失收據不補分。
        文鳥及牡丹鸚鵡健康證明每隻 $120，由本店合作獸醫診所（太子道西 193 號 2 樓）簽發，出境往澳門須預早七個工作天申請，週末不辦理。
        價格如有更改，以店內標示為準。營業時間每日 10:30 至 20:30，農曆年初一至初三休息。金魚街總店：旺角通菜街 112 號地舖，歡迎批發查詢。
    """),
    ("zh-Hans", "规章制度"): _lines("""
        根据《中国信鸽协会信鸽竞翔规则》，参赛信鸽须佩戴当年统一足环，足环号格式为 2025-01-1234567，未经注册或私自更改的足环一律不得参赛。
        第十二条 归巢鸽以电子扫描时间为准，电子计时系统须经协会检测合格，每场比赛前须在集鸽现场统一对时，误差超过1秒的设备不得使用。
        第十五条 集鸽时须由两名以上裁判员核对足环号与电子环芯片号，核对记录表一式三份，分别由赛事组委会、公证人员及俱乐部存档备查。
        公棚赛规定：幼鸽入棚日龄不得超过45天，入棚费每羽人民币500元，决赛空距不低于500公里，奖金总额不低于参赛费总额的百分之六十。
        严禁使用兴奋剂及违规药物；赛后随机抽检前十名信鸽，检测项目包括咖啡因、类固醇及甲硝唑残留，检测阳性者取消成绩并在全国范围通报。
        检疫要求：跨省运输信鸽须持有动物检疫合格证明，并完成新城疫（ND）疫苗免疫，免疫日期须在运输前21天至6个月之间，否则不予集鸽。
        观赏鱼出口注意事项：出口至新加坡的金鱼须附官方兽医卫生证书，包装水温保持在18至22摄氏度，每箱毛重不超过25公斤，纸箱须标注品种。
        鸣禽管理：画眉、百灵、绣眼等属于“三有”保护动物，饲养须持合法来源证明，严禁在公园林地捕捉野鸟，违者依照《野生动物保护法》处理。
        第二十条 比赛成绩公布后48小时内为申诉期，申诉须以书面形式提交并缴纳申诉费200元，仲裁委员会应在7个工作日内作出答复并公示结果。
        本规则由协会竞赛部负责解释，自2025年3月1日起施行，2019年版同时废止；各省级协会可结合本地实际制定实施细则，报协会备案后执行。
        电子踏板安装标准：踏板宽度不小于60厘米，天线与地面距离保持在3至5厘米之间，每个鸽舍最多登记两台主机，主机序列号须向协会报备。
        关于赛鸽拍卖的规定：拍卖平台须公示起拍价、加价幅度及成交价，买方应在成交后三个工作日内付款，逾期视为违约，保证金不予退还。
        附件三《集鸽登记表》字段包括足环号、羽色、性别、电子环号、鸽舍编号及集鸽时间，表格样式请到协会官网下载专区获取（版本 V2.3）。
    """),
    ("ms", "notis_kelab_dan_kedai"): _lines("""
        Notis kepada semua ahli Kelab Merpati Lumba Seri Kembangan: pendaftaran cincin 2026 dibuka mulai 1 Disember, yuran RM 3 sebentuk, had 200 cincin bagi setiap loteng.
        Pertandingan Burung Merbuk Peringkat Negeri Kelantan akan diadakan di Gelanggang Merbuk Pasir Mas pada 14 Februari, bermula jam 8.00 pagi; yuran penyertaan RM 20 seekor.
        Kedai Akuarium Ah Kow, No. 23 Jalan SS 2/64, Petaling Jaya dibuka semula selepas pengubahsuaian; talian kedai 03-7876 5521, WhatsApp perniagaan 011-1088 2233.
        Peringatan: semua burung murai batu yang dijual mesti disertakan permit PERHILITAN yang sah; kedai yang gagal mematuhi boleh dikenakan denda sehingga RM 100,000.
        Jadual latihan terbang: Sabtu 6.30 pagi lepas di Tol Sungai Besi (20 km), Ahad lepas di R&R Seremban (55 km); sila bawa bakul sendiri ke markas kelab sebelum 6 pagi.
        Harga makanan ikan minggu ini: pelet arowana Hikari 1 kg RM 85, cacing darah beku RM 6 sekeping, udang kering RM 12 sepeket; harga tertakluk kepada perubahan.
        Keputusan perlumbaan Tangkak 210 km: burung pertama tiba 09:14:22 dengan kelajuan 1,187 m/min, cincin MY-25-MPR-00651; hadiah diserahkan pada malam makan tahunan.
        Vaksin PMV-1 wajib sebelum musim lumba; klinik rakan kelab, Klinik Haiwan Bandar Baru Klang, dibuka 9 pagi hingga 6 petang, tel 03-3343 2120, tutup hari Ahad.
        Pembekal berlesen: Borneo Aqua Trading Sdn. Bhd. (No. Syarikat 201901023456 (1331245-K)), Lot 12, Jalan Lintas, 88300 Kota Kinabalu, Sabah.
        Kami tidak menerima tempahan ikan kelisa melalui mesej peribadi; semua pembelian dibuat di kaunter kedai dengan invois rasmi dan sijil cip mikro yang lengkap.
        Mesyuarat Agung Tahunan kali ke-27 akan diadakan di Dewan Orang Ramai Taman Melawati pada 9 Mac 2026 jam 2.30 petang. Agenda: penyata kewangan dan pemilihan AJK.
        Jualan murah hujung tahun: sangkar rotan saiz M RM 45, sangkar besi tahan karat RM 120, bekas air kristal RM 8; guna kod promosi TAHUNBARU26 untuk pembelian dalam talian.
        Lawatan sambil belajar ke Aquaria KLCC pada 22 November untuk ahli junior kelab; bas bertolak dari Stesen LRT Wangsa Maju jam 9 pagi, tiket dibiayai oleh kelab.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        [09:02] Morning all, Clementi outlet 今天 9:30 才开, aircon technician 还在修 compressor. Customer call the shop line 6774 2190 just tell them jap lagi buka.
        [09:15] Supplier lorry reach liao, 12 boxes arowana feed + 3 boxes Tetra flakes, DO-88213 tally already. Pls check expiry date before put on shelf ah.
        [10:40] Tank B7 的 guppy 有 white spot, 已经 move 去 QT-2, dose 半份 methylene blue. 下午 2pm 再 check 多一次, temp keep 28°C ok?
        [11:05] Order SO-2025-11872 collect at counter 3pm: 2 pcs Ryukin + 1 bag Hikari Gold. Already PayNow to our UEN 201534567W, no need collect cash.
        [12:30] Lunch rotation: counter team makan 12:30–13:15, tank team 13:15–14:00. Jangan tinggal kedai kosong ya, the CCTV at Jurong Point outlet also got record.
        [14:20] 鸟笼 aisle 灯坏了两支, already raise ticket FM-4471 with mall management, they say tomorrow morning 10am come change, pls clear the walkway first.
        [15:00] Reminder: NParks AVS inspection next Tuesday. All songbird cages must display the licence copy, water clean, and daily log sheet updated until today.
        [16:45] POS update to v4.12.3 tonight 10pm, don't close the counter app before sync. Kalau keluar error E-SYNC-09 just restart terminal, no need call vendor first.
        [17:10] Pigeon ring stock left 38 pcs from the 2026 club batch SG-26-0001 to SG-26-0600, club will collect Saturday, keep in the office safe ok.
        [18:30] 今日 sales: cash $1,284.50, NETS $2,960.00, PayNow $1,415.20, total $5,659.70. Float $200 已经放回 drawer, Z-report printed.
        [19:05] Tank A3 chiller show 31°C, 太热了 sia. Tomorrow first thing call the Aqua Cool Engineering hotline 6282 1177 to arrange servicing.
        [20:00] Closing checklist done: lights off except QT room, air pump on, shutter locked, alarm armed at 20:04. Goodnight semua, see you tomorrow 👋
        [21:15] FYI the FB post for 金鱼节 promo got 2.3k views, Google rating now 4.6 from 812 reviews. Keep it up guys, weekend roster same as last week 💪
    """),
    ("en", "config_and_logs"): _lines("""
        clock_sync: provider=gps, tolerance_ms=1000, retry=3, ntp_fallback=pool.ntp.org, log_level=INFO  # club ETS master config v2.7
        2025-06-14T12:31:08.442+08:00 INFO ets.arrival ring=MY-25-JB-01877 chip=0x3F9A21C7 antenna=2 station=STN-04 velocity=1097.9
        CREATE TABLE ring_registry (ring_no VARCHAR(20) PRIMARY KEY, year SMALLINT, colour VARCHAR(16), sex CHAR(1), chip_id CHAR(10), status VARCHAR(8));
        ring_no,year,colour,sex,chip_id,status - sample row for the importer test: TW-25-TC-11203,2025,blue_check,H,E7A10044F2,active
        def velocity(distance_m: float, flight_secs: int) -> float: return round(distance_m / (flight_secs / 60), 1)  # velocity(380000, 20766) == 1097.9
        WARN tank_monitor sensor=pH-07 value=8.9 threshold=8.5 tank=B7 shop=TPY-01 ts=2025-09-03 14:02:55 action=alert_sent channel=tank-alerts
        export SHOP_API_BASE=https://api.example-aqua.sg/v2 && export SHOP_API_TIMEOUT=15 && python sync_inventory.py --sku-prefix FISH- --dry-run
        commit 9f3c2e1a: fix rounding in velocity calc for races over 600 km; bump ets-reader to 1.8.4; add Benzing M1 protocol parser (closes #212)
        [auction] lot=LOT-2025-0318 item='blue bar cock, ring NL-24-1234567' start=EUR 250 increment=EUR 25 close=2025-11-30T20:00:00+01:00 bids=47
        feed_schedule.yaml: tanks: [A1, A2, B7]; times: ['08:00', '13:00', '18:30']; food: 'Hikari Micro Pellets'; grams_per_feed: 2.5
        ERROR gateway txn_id=TXN8F2K9Q1 amount=SGD 348.00 code=51 msg='insufficient funds' retries=0 merchant=MID-SG-004417 terminal=POS-2
        SKU list: FISH-ARW-SR20 (Super Red arowana 20 cm), FISH-GF-RYK10 (Ryukin 10 cm), BIRD-CAGE-RT-M (rattan cage M), PIG-RING-26 (2026 club ring).
        User-Agent: LoftManager/3.2.1 (Android 14; build 3210); POST /api/v1/basketing returns 201 with race_id=RACE-2025-07 and basketed=1212
    """),
    ("zh-Hant", "店家評論"): _lines("""
        ★★★★★ 台北長安西路水族街這間「魚樂天地」真的專業，老闆幫我調水質還免費測 pH，孔雀魚品系很多，價格也比網路便宜一點，大推！
        ★★★☆☆ 「阿宏水族館」（台中市北屯區崇德路二段）魚況不錯，但假日人太多，店員忙不過來，結帳等了快二十分鐘，希望能多請一位工讀生。
        ★★★★☆ 高雄鳥街的「百鳴鳥園」畫眉和繡眼都很有精神，提醒大家買鳴禽要看合法來源證明，正規店家都會主動附上，這間有，給四顆星。
        ★☆☆☆☆ 在「金龍水族」買的紅龍兩週就翻肚，店家說是換水太勤，完全不負責；晶片證書上的尺寸還寫錯，客服電話也打不通，不推薦。
        ★★★★★ 板橋「小丸子鳥園」的鸚鵡都很親人，店名取自櫻桃小丸子，店裡還有一整面牆的卡通周邊，小孩每次經過都吵著要進去看。
        ★★★★☆ 新竹賽鴿用品店「藍天鴿具」的電子踏板可以現場試裝，師傅解說很清楚，價格 NT$8,500 略高，但有兩年保固，售後也算快。
        ★★★★★ 「海洋之心」水族的海水缸造景很美，那隻小丑魚大家都叫牠尼莫，小朋友看了不肯走。停車可以停附近的嘉義市立博物館停車場。
        ★★☆☆☆ 店家 LINE 官方帳號 @fishking88 回覆很慢，問一個燈具價格隔三天才回，實體店面倒是還不錯，位置在台南市中西區海安路一段。
        ★★★★☆ 台北建國假日花市旁的鳥店，文鳥一隻 NT$1,200，附贈一包飼料；收據有印統一編號 24567890，公司報帳很方便，店員也很有耐心。
        ★★★★★ 看了李安的《少年Pi的奇幻漂流》之後開始想養熱帶魚，老闆建議從斑馬魚開始，果然很好養，到現在三個月一隻都沒死。
        ★★★☆☆ 「阿珠鸚鵡專賣」環境乾淨，但商品都沒有標價，要問才知道，這種做法依消保法其實不太妥當，建議店家盡快改善標示。
        ★★★★☆ 鴿會公告欄寫著秋季賽第三關 350 公里，集鴿地點在彰化縣鹿港鎮公所前廣場，順道去隔壁鳥店買了保健砂，服務很親切。
        ★★★★★ 宜蘭「游水族」很懂七彩神仙魚，網購訂單 TW20251104-0087 到貨全活，包裝用雙層保麗龍加暖暖包，非常用心，下次還會再買。
    """),
    ("mixed", "invoices_and_receipts"): _lines("""
        TAX INVOICE 發票 No. INV-SG-2025-004812 | Pearl River Aquatics Pte Ltd, UEN 201534567W, GST Reg M90-1234567-8 | 10 Jalan Besar #01-08 Sim Lim Tower, Singapore 208787
        Item 1: 紅龍 Super Red 20cm c/w chip cert x 1 @ S$3,800.00; Item 2: Hikari Food Sticks 1kg x 2 @ S$42.00; Subtotal S$3,884.00, GST 9% S$349.56
        Total S$4,233.56 | Paid via PayNow to UEN 201534567W, ref PN20251104ABC12 | Goods sold are not returnable 货物出门概不退换
        RESIT RASMI No. 000457, Kedai Burung Seri Jaya, Pasar Burung Jalan Sultan, Kota Bharu: 1 ekor murai batu jantan RM 1,500.00, sangkar rotan RM 60.00, jumlah RM 1,560.00.
        收據 Receipt HK-GF-20251012-033 | 旺角通菜街 98 號地舖 | 蘭壽 x 3 @ HK$88, 膠袋連氧氣 x 1 @ HK$5 | 合計 HK$269 | 八達通 Octopus txn 7F3A99
        Invoice 发票 No. 2025-MY-PG-0192, Penang Racing Pigeon Supplies (SSM 202101005678 (1405567-T)): 500 pcs club rings 2026 @ RM 2.80, total RM 1,400.00, 30 days.
        Credit note CN-0042 against INV-SG-2025-004712: 1 x Ryukin 金鱼 DOA, refund S$28.00 to original payment mode, approved under store DOA policy (photo within 2 hrs).
        Proforma invoice PI-TW-2511-07 | 屏東「南國觀賞魚養殖場」統一編號 53812467 | 七彩神仙魚 Discus 4寸 x 200 @ NT$180 | FOB Kaohsiung, ETD 2025-12-02
        Delivery order DO-HK-88102 | Kowloon Bay warehouse to 澳門 Macau branch via HZMB, 8 boxes live fish, temp log attached, SF tracking SF1234567890123
        Bil No. B-2025-7781 | Klinik Veterinar Aves & Exotics Sdn Bhd, 15 Jalan Telawi 3, Bangsar | konsultasi burung RM 80, ujian najis RM 45, ubat cacing RM 25 | Jumlah RM 150
        Payment terms 付款条件: 50% deposit upon confirmation, balance before shipment. OCBC Bank, a/c Pearl River Aquatics Pte Ltd 501-123456-001, SWIFT OCBCSGSG.
        Quotation 报价单 Q-2025-1130: pigeon loft panel 鸽舍板 5 ft x 12 @ RM 95, wire mesh half-inch roll x 3 @ RM 68, installation RM 350; quotation valid 14 days.
        E-invoice LHDN MyInvois UUID 7b3f2a9e-41c8-4d0e-9a2f-5c6e8d1b0a44 | supplier TIN C21345678090 | buyer: walk-in 现金客户 | total RM 236.00 incl. SST
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Ring registration form: owner Marcus Tay Wei Liang, NRIC S8734216F, mobile +65 9127 4408, loft at Blk 412 Bedok North Ave 2 #08-115, Singapore 460412; 40 rings SG-26-0201 to SG-26-0240.
        Heard Kelvin from the Yishun loft has stage 3 colon cancer, that's why he's selling off his whole team, please don't tell the others yet.
        Fancier Raymond Ooi still owes the club RM 4,200 from the 2024 one-loft entries; committee voted to suspend him until the debt is cleared.
        Please transfer the deposit for the Super Red to my personal account, Maybank 1140 2298 7731, name Lim Siew Hoon. Thanks!
        Vet record: client Mrs Jasmine Koh (tel 8462 0917), African grey named Mango, psittacosis positive; client advised to see her own GP as she is 5 months pregnant.
        Just text me at 9734 5582 after 7pm, don't call the shop line, my wife checks the shop phone.
        member_id,name,nric,phone,email -> M0457,Tan Boon Huat,S6512873Z,+65 9655 2013,boonhuat.tan65@gmail.com
        The guy who drives the grey Honda Vezel SNE4521U keeps parking across the loft gate at Lim Chu Kang every Sunday race morning.
        Dispute log 2025-08-19: buyer David Chong Kah Wai claims the murai batu was sick; he shouted at staff and said he was just divorced and can't afford another bird.
        I'm withdrawing from the club, I got retrenched from the port in March and can't cover the feed anymore. Regards, Peter Goh, peter.goh.loft@yahoo.com.sg
    """),
    "zh-Hans": _lines("""
        公棚入棚登记：鸽主 陈建国，身份证 440103197805231235，电话 13827456190，住址 广州市荔湾区多宝路56号302房，入棚幼鸽20羽，足环 2025-19-0123401 至 0123420。
        老周最近查出来是尿毒症，每周要透析三次，他那棚鸽子说是要全部转让，大家别再催他交会费了。
        群里说一下：王丽娟欠我鸽款8600元到现在没还，微信也把我拉黑了，谁认识她老公麻烦帮忙转告一下。
        快递收件人：刘海燕 159 0213 7746，上海市闵行区莘庄镇莘松路1080弄12号601室，内装金鱼饲料两箱，运费到付。
        张先生的金鱼死了来店里闹，说我们卖的是病鱼，还说自己赌球欠了人十几万，心情不好，非要我们赔他3000块。
        鸽款请转支付宝 187****3521（周*明），备注足环号即可，转完截图发我微信。
        兽医记录：宠物主人 赵敏，女，34岁，电话 186 0731 4428，八哥出现呼吸道症状；主人自述患有哮喘，近期在服用激素类药物。
        车牌 粤B·7K3Q2 的那辆白色面包车每次集鸽都停在俱乐部门口，车主是黄永强，麻烦谁跟他说一下挪车。
        会员表导出：序号17，姓名 林志明，性别 男，出生日期 1969-11-02，身份证 350203196911024511，鸽舍地址 厦门市思明区莲前西路188号之二。
        阿强上个月因为私设赌鸽盘口被派出所带走了，现在取保候审，俱乐部决定暂停他的会员资格。
    """),
    "zh-Hant": _lines("""
        賽鴿會會員登記：姓名 何家豪，香港身份證 K123456(0)，電話 9384 2716，住址 元朗朗屏邨玉屏樓 1512 室，鴿舍位置：元朗八鄉。
        林太話佢個仔讀大學要交學費，所以想將屋企嗰缸金龍平賣，但係唔想俾老公知，叫我哋唔好喺群組度講。
        陳生上個禮拜喺雀仔街同人打交，差人落咗口供，依家要上庭，佢啲畫眉暫時寄喺我檔口。
        鴿舍主人 張志偉，身分證字號 N125639189，手機 0912-345-678，地址 彰化縣鹿港鎮中山路230巷5號，報名秋季賽15羽。
        阿珍出院之後醫生話佢唔可以再掂雀鳥，因為鸚鵡熱搞到肺炎，所以佢嗰兩隻灰鸚要搵人接手。
        轉帳資料：中國信託 822 帳號 1234-5678-9012，戶名 吳美玲，請匯鴿款 NT$35,000 後傳截圖給我。
        澳門客戶 梁嘉欣，澳門居民身份證 5123456(7)，電話 6628 5531，訂購七彩神仙6條，送貨到氹仔海洋花園住宅第7座12樓B。
        聽講李生同老婆分居咗，仲要搬出屋企，佢屋企天台嗰個鴿棚冇人打理，隔籬鄰居已經投訴咗去食環署。
        黃sir 嘅 WhatsApp 係 6123 9087，佢話賽後先覆，唔好打去佢公司搵佢。
        匯出：編號 0038｜姓名 鄭玉芬｜電話 0928-771-405｜Email yufen.cheng@gmail.com｜欠款 NT$12,400｜備註 分期第三期未付
    """),
    "ms": _lines("""
        Borang pendaftaran cincin: Nama Mohd Faizal bin Abdul Rahman, No. KP 850312-14-5583, Tel 012-348 7762, Alamat No. 17 Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam, Selangor.
        Pak Din tak datang lumba minggu ni sebab anak dia masuk wad ICU lepas kemalangan motor, doakan ya.
        Nurul Ain binti Hashim masih berhutang RM 2,300 untuk dua ekor murai batu yang diambil bulan lepas; dah tiga kali janji tapi tak bayar.
        Tolong hantar burung ke rumah saya: Lot 552 Kampung Parit Baru, 83000 Batu Pahat, Johor. Call 019-772 3410 bila sampai. Encik Zulkifli
        Akaun CIMB 7064551283 atas nama Lee Chong Fatt, bank-in deposit RM 500 untuk anak merpati Janssen tu ya.
        Rekod klinik: pemilik Puan Rohani binti Ismail (tel 013-226 8841), kakaktua mati akibat jangkitan; pemilik dirujuk ke hospital kerana alahan kulit teruk.
        Abang Man kena tangkap polis semalam sebab jual murai tanpa permit, kereta dia pun kena tarik, plat WXY 8821.
        0219,Ravi a/l Subramaniam,780905-08-6127,016-552 9043,ravi.lofts78@gmail.com,Ipoh,aktif
        Kak Yati dah bercerai dengan suami dia, jadi kedai ikan hiasan di Kajang tu dia seorang uruskan, jangan tanya pasal suami dia depan dia.
        Gaji pekerja kedai bulan ni: Hafiz RM 1,800, Aiman RM 1,650 (potong RM 200 sebab cuti tanpa gaji).
    """),
    "mixed": _lines("""
        Eh bro, Ah Seng HP 012-667 3320, he say the Janssen pair still available but cash only, no transfer 因为他 bank account kena freeze by LHDN.
        Customer 黄小姐 complain her arowana die after 2 days, she want refund $1,200 to her DBS account 120-45678-9, wah 很凶 sia.
        Pls note Mdm Lee 李秀英 NRIC S5523918E is VIP, deliver to 88 Jurong West St 81 #12-245 before 11am because afternoon she go dialysis.
        Vet visit: owner 许志华 (HP 9672 1184), pigeon ring SG-25-0877 treated for canker; owner mention he is on chemo so 他太太会来 collect bird.
        Loft chat: 阿明 this week no race la, his wife just give birth at KK Hospital, 母子平安, congratulations!!
        Grab deliver fish tank to Blk 203 Toa Payoh North #05-1188, recipient Mr Wong 王伟强 8123 4597, fragile 易碎 handle with care.
        拜托 transfer RM 3,500 to Public Bank 4123456708 name Chan Kok Wai, deposit for the 6 young birds from Taiwan, 谢谢 boss.
        Taiwan seller 林先生 LINE ID pigeonlin0917, phone 0937-226-518, 寄到 桃園市中壢區中央西路二段88巷6號5樓 if you buy his 國際賽 birds.
        Ah Kau (丘国辉) kena blacklist by the club liao, caught 换脚环 at basketing, police report IPD/012345/25 lodged by committee.
        Form: Nama/Name: Tan Mei Ling 陈美玲 | MyKad 900117-07-5528 | Tel 017-455 2091 | Email meiling.tan90@hotmail.com | 23 Lorong Mahsuri 5, Bayan Baru, 11950 Penang
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the membership assistant of a racing-pigeon club in Singapore. Be polite and concise.",
        ),
        (
            "user",
            "Draft a reminder SMS to our member Eugene Lau Chee Keong (9018 3372). He hasn't paid the 2026 ring fee of $120 and also still owes $350 from the Kuantan one-loft race.",
        ),
        (
            "assistant",
            "Hi Eugene, a gentle reminder from the club: your 2026 ring fee of $120 and the $350 outstanding from the Kuantan one-loft race are still unpaid. Please settle by 15 Dec so your rings can be released. Thank you!",
        ),
        ("user", "Make it a bit firmer, and mention that the committee may suspend him."),
        (
            "assistant",
            "Hi Eugene, our records show $470 outstanding ($120 ring fee + $350 Kuantan one-loft). Please pay by 15 Dec; otherwise the committee may suspend your membership and withhold your 2026 rings. Thanks, LCHC Committee.",
        ),
    ],
    [
        (
            "user",
            "我啲金魚個尾爛晒，係咪白點病？我住喺觀塘秀茂坪邨秀明樓 2208 室，可唔可以叫金魚街啲舖頭送藥上嚟？我叫周少芬，電話 6390 4478。",
        ),
        (
            "assistant",
            "尾鰭腐爛多數係細菌性爛尾病，唔係白點病。可以先換三成水、加少量海鹽，再用黃粉藥浴。送貨方面，好多金魚街舖頭都有送貨服務，你可以直接打去店舖熱線問，提供地址同電話畀店方就得。",
        ),
        ("user", "好，咁你幫我寫一段 WhatsApp 俾舖頭，包埋我個地址同電話。"),
        (
            "assistant",
            "你好，我想訂黃粉 25g 一支同海鹽 2kg 一包，送去觀塘秀茂坪邨秀明樓 2208 室，收件人周少芬，電話 6390 4478，請問幾時可以送到？唔該！",
        ),
    ],
    [
        ("system", "你是一名信鸽俱乐部的纠纷调解助手，请用简体中文回答。"),
        (
            "user",
            "帮我整理一下：会员吴海涛（身份证 320582198507143020，电话 13962518874）说他在拍卖会上拍到的种鸽足环被调包了，要求退还 12000 元，卖家是俱乐部另一位会员孙立新。",
        ),
        (
            "assistant",
            "纠纷摘要：买方吴海涛称拍卖所得种鸽足环与登记不符，要求退款 12000 元；卖方为会员孙立新。建议：1. 调取集鸽及拍卖当天的足环登记表与照片；2. 核对电子环芯片号；3. 请双方在七个工作日内提交书面说明。",
        ),
        ("user", "再写一句通知给双方，不要把身份证号放进去。"),
        (
            "assistant",
            "吴海涛先生、孙立新先生：关于拍卖种鸽足环争议一事，俱乐部仲裁委员会已受理，请二位于七个工作日内提交书面说明及相关照片，谢谢配合。",
        ),
    ],
    [
        (
            "user",
            "Saya nak mohon permit PERHILITAN untuk bela 3 ekor murai batu. Nama saya Azman bin Yusof, IC 790214-03-5419, alamat No. 8 Kampung Kubang Kerian, 16150 Kota Bharu. Apa dokumen yang perlu?",
        ),
        (
            "assistant",
            "Biasanya anda perlu borang permohonan yang lengkap, salinan kad pengenalan, bukti sumber burung yang sah (resit atau sijil dari penjual berlesen) dan gambar sangkar. Sila semak senarai terkini dengan pejabat PERHILITAN negeri Kelantan kerana syarat boleh berubah.",
        ),
        ("user", "Boleh tolong isikan bahagian maklumat pemohon dalam format ringkas?"),
        (
            "assistant",
            "Nama: Azman bin Yusof | No. KP: 790214-03-5419 | Alamat: No. 8 Kampung Kubang Kerian, 16150 Kota Bharu, Kelantan | Spesies: murai batu (3 ekor).",
        ),
    ],
    [
        (
            "system",
            "CRM context for Pearl River Aquatics staff assistant. Customer on file: Mr Ong Jun Hao, HP 9823 6610, email junhao.ong@outlook.com, address 27 Jalan Kembangan, Singapore 419128. Note: prefers delivery after 6pm.",
        ),
        (
            "user",
            "Customer just called, 他的 arowana 不吃东西 three days already, can help me reply him on WhatsApp?",
        ),
        (
            "assistant",
            "Hi Mr Ong, sorry to hear your arowana hasn't been eating. Please check the water temperature (ideal 28–30°C) and do a 25% water change. If it still refuses food after two days, we can send our technician to 27 Jalan Kembangan after 6pm for a check.",
        ),
        ("user", "Ok can, but don't put his address inside the message la, just say 'your place'."),
        (
            "assistant",
            "Hi Mr Ong, sorry to hear your arowana hasn't been eating. Please check the water temperature (ideal 28–30°C) and do a 25% water change. If there's no improvement in two days, our technician can come to your place after 6pm.",
        ),
    ],
    [
        (
            "user",
            "How do I work out my loft's exact coordinates for race distance? My loft is on the roof at 16 Jalan Sentosa 7, Taman Sentosa, 81100 Johor Bahru.",
        ),
        (
            "assistant",
            "Use a GPS device or a phone mapping app while standing at the landing board, and record latitude and longitude to at least five decimal places. Clubs usually ask for WGS84 coordinates and will re-measure them during a loft inspection.",
        ),
        (
            "user",
            "Got 1.49521, 103.76034. Also my membership no. is JBHC-0318, and my name is Lim Kok Seng. Can you write the email to the club secretary?",
        ),
        (
            "assistant",
            "Subject: Loft coordinates for member JBHC-0318. Dear Secretary, please record my loft coordinates as 1.49521 N, 103.76034 E (rooftop, 16 Jalan Sentosa 7, Taman Sentosa, 81100 Johor Bahru). Kindly let me know if an inspection is needed. Regards, Lim Kok Seng.",
        ),
    ],
    [
        ("system", "你是台灣一間賽鴿用品店的客服助理，請用繁體中文回覆。"),
        (
            "user",
            "有一位買家蔡明德（0955-613-208）上個月買了兩台電子踏板，說好分三期，到現在一期都沒付，總共 NT$17,000。幫我寫一則 LINE 訊息催款，語氣客氣但要清楚。",
        ),
        (
            "assistant",
            "蔡先生您好，這裡是藍天鴿具。您上月購買的兩台電子踏板，總金額 NT$17,000，約定分三期付款，目前尚未收到第一期款項。麻煩您於本週五前匯款，如有困難也歡迎來電討論，謝謝！",
        ),
        ("user", "如果他還是不付，我可以怎麼處理？"),
        (
            "assistant",
            "可以先保留對話與交易紀錄，再寄發存證信函；金額不高的話，也可以向法院聲請支付命令或循小額訴訟處理。建議先諮詢律師或當地法律扶助單位，確認程序與時效。",
        ),
    ],
    [
        (
            "user",
            "I've bred pigeons for 30 years. Last month my doctor at Tan Tock Seng diagnosed me with bird fancier's lung. I'm Henry Seah, 62. Do I have to give up the loft?",
        ),
        (
            "assistant",
            "I'm sorry to hear that, Henry. Bird fancier's lung is a hypersensitivity reaction to proteins in feather dust and droppings. Many doctors advise stopping exposure completely, but the final decision should come from your respiratory specialist, who knows your lung function results.",
        ),
        ("user", "If I keep a few birds, what precautions help?"),
        (
            "assistant",
            "Common measures include a well-fitted P2/N95 or powered respirator, having someone else clean the loft, improving ventilation, damp-scraping instead of dry-sweeping, and changing clothes after loft work. Please discuss these with your specialist first.",
        ),
    ],
    [
        ("system", "你是数据整理助手。"),
        (
            "user",
            "把下面的会员信息整理成 CSV：邓伟，13710294563，深圳市福田区梅林路21号梅林一村5栋702；何秀兰，15820176634，深圳市南山区南油大道3001号；两人都是2026年新会员。",
        ),
        (
            "assistant",
            "CSV 如下（竖线处换行）：姓名,电话,地址,入会年份 | 邓伟,13710294563,深圳市福田区梅林路21号梅林一村5栋702,2026 | 何秀兰,15820176634,深圳市南山区南油大道3001号,2026",
        ),
        ("user", "谢谢，再加一列足环数量，邓伟 30 个，何秀兰 20 个。"),
        (
            "assistant",
            "更新后的 CSV（竖线处换行）：姓名,电话,地址,入会年份,足环数量 | 邓伟,13710294563,深圳市福田区梅林路21号梅林一村5栋702,2026,30 | 何秀兰,15820176634,深圳市南山区南油大道3001号,2026,20",
        ),
    ],
    [
        (
            "user",
            "Nak hantar 2 ekor burung jambul (red-whiskered bulbul) ke Singapore untuk pertandingan. Penerima my cousin, Jeffrey Ng, NRIC T0245871Z, address Blk 156 Serangoon North Ave 1 #06-42. Perlu permit apa?",
        ),
        (
            "assistant",
            "Untuk bawa burung hidup ke Singapura, biasanya perlu permit import dari NParks (AVS) yang dipohon oleh penerima di Singapura, sijil kesihatan veterinar dari Jabatan Perkhidmatan Veterinar Malaysia, dan permit eksport yang berkaitan. Burung jambul juga mungkin tertakluk kepada syarat perlindungan hidupan liar, jadi sila semak dengan PERHILITAN dahulu.",
        ),
        ("user", "Ok, so Jeffrey kena apply sendiri kat NParks portal kan? Dia guna Singpass?"),
        (
            "assistant",
            "Ya, permohonan import biasanya dibuat oleh pengimport di Singapura melalui sistem dalam talian NParks, dan individu log masuk dengan Singpass. Pastikan butiran penerima sama seperti dalam sijil kesihatan supaya tidak tertahan di pemeriksaan Woodlands.",
        ),
    ],
]
