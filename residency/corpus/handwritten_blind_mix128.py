# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix128: e-waste and scrap collectors, recycling centres and rag-and-bone traders in SG/MY/HK/TW/CN (pickups, weigh slips, cash payouts, data wiping of old phones, complaints). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix128
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "price_list"): _lines("""
        TODAY'S BUYING PRICE (SGD/kg) 07-12-2026: Copper bright wire 9.80 | Copper mixed 8.40 | Brass 5.10 | Aluminium cans 1.05 | Aluminium sheet 1.60 | Stainless 304 0.95
        Old newspaper $0.08/kg, cardboard (clean, flattened) $0.06/kg, mixed paper $0.03/kg. Wet or oily paper not accepted. Min. 20 kg for lorry pickup within Jurong West.
        Laptops (complete, any brand) S$3.00 each; laptops without battery S$1.50; CRT monitors we DO NOT buy, disposal fee S$10/unit, please see counter.
        Motherboards Grade A (server/desktop, gold fingers intact) RM 18.00/kg; Grade B (TV/appliance boards) RM 4.50/kg; power supplies with cable RM 1.20/kg.
        Lithium batteries: no cash payout. Drop-off free at the orange bin beside Counter 2. Swollen or leaking packs must be bagged, tape the terminals first.
        Price list v2026.49 valid Mon 07 Dec to Sun 13 Dec. Prices follow LME copper 3-month close minus handling; we revise every Monday 10:00 am.
        Air-con compressor (copper pipe attached) RM 2.20/kg, without pipe RM 1.70/kg. Split unit indoor fan coil RM 6 per set. Fridge whole unit RM 15, must be empty.
        Phones by weight: feature phones S$0.50 each, smartphones with cracked screen S$1 to S$8 depending on model, iPhone 11 and above quoted at counter after wipe check.
        Bulk rate for corporate IT disposal: 50+ desktops collected free within the CBD, certificate of destruction issued per PO. Quotes: quotes@circuitback-recycling.sg
        Copper dropped 6% this week, sorry uncles and aunties, bright wire now S$9.20/kg. Cardboard unchanged. Thank you for supporting Ah Seng Metal & Paper Trading since 1987.
        Note: since the e-waste EPR scheme under the Resource Sustainability Act started in July 2021 (announced by then-Minister Grace Fu), TVs are not bought here, use ALBA bins.
        Printer cartridges (HP 680, Canon PG-745, Epson 003 bottles): empties taken free, no payout. Toner cartridges with chip 30 cents each, min 10 pcs.
        Cash only for amounts below S$200; above S$200 we pay by PayNow to the seller company's UEN or by cheque. Trade accounts please show company letterhead.
    """),
    ("en", "wipe_station_log"): _lines("""
        2026-12-07T09:14:22+08:00 INFO wipe-station-03 job=WJ-20261207-0041 device=Samsung SM-A546E storage=128GB method=NIST-800-88-Purge status=STARTED
        2026-12-07T09:41:05+08:00 INFO wipe-station-03 job=WJ-20261207-0041 passes=1 verify=OK duration=26m43s cert=COD-SG-2026-118204
        2026-12-07T10:02:17+08:00 WARN wipe-station-01 job=WJ-20261207-0044 device=Apple iPhone 12 activation_lock=ON action=QUARANTINE bin=Q-07
        [scale-02] 2026-12-07 10:15:48 ticket=WS-88213 gross=5,244.5kg tare=3,960.0kg net=1,284.5kg material=AL-UBC vehicle_class=LGV operator_id=OPS-02
        2026-12-07 10:22:03,417 ERROR payout-svc txn=PO-7730192 reason=CASH_DRAWER_SHORT expected=SGD 412.60 counted=SGD 402.60 terminal=CTR-2
        2026-12-07 11:03:55 INFO pickup-dispatch route=RT-WDL-05 stops=14 est_km=38.2 vehicle_id=TRK-09 load_cap=1500kg status=DISPATCHED
        sha256(image_WJ-20261207-0052.bin)=831fa830a1e4d0920cb5dca516084e7c6deaa54100e78e6ce65754b78203238b verified=true
        2026-12-07T12:30:00Z CRON nightly-export rows=2,318 table=weigh_tickets dest=s3://ewaste-ops-archive/2026/12/07/ size=4.1MiB ok
        2026-12-07 13:48:12 WARN battery-bay temp_probe=TB-3 reading=47.8C threshold=45.0C action=ISOLATE_BIN bin=LI-ION-02 ack_required=true
        2026-12-07 14:05:29 INFO intake lot=LOT-MY-PNG-20261207-07 source=corporate client_code=CORP-00419 items=62 category=IT_ASSET
        2026-12-07 15:12:44 DEBUG erase-tool v4.12.3 (build 8841) drive=/dev/sdb model=WDC WD10EZEX-08WN4A0 hpa_removed=true smart_reallocated=0
        2026-12-07 16:40:10 INFO certificate COD-SG-2026-118231 generated pages=3 assets=48 signed_with=ops-signing-key-2026q4 template=cod_v7
        2026-12-07 17:59:59 INFO shift-close station=HK-KT-WEEE-01 tickets=183 net_weight=12,406kg payouts_hkd=18,245.50 variance=0.00
    """),
    ("zh-Hans", "回收站公告"): _lines("""
        【通知】本回收站自12月8日起调整营业时间：周一至周六 8:00-18:00，周日 9:00-12:00。旧家电上门回收请提前一天致电服务热线 400-820-5566 预约。
        废旧手机回收须知：交机前请自行退出华为、小米或苹果账号并恢复出厂设置；我站提供免费数据清除服务，清除完成后可扫码领取电子清除凭证。
        今日回收价（元/斤）：黄铜 24.5，紫铜 33.0，铝合金 6.8，易拉罐 4.2，废铁 0.9，纸箱 0.65，旧书报 0.55。价格随行情浮动，以过磅时为准。
        根据《废弃电器电子产品回收处理管理条例》，电视机、电冰箱、洗衣机、房间空调器和微型计算机须交由有资质的处理企业拆解，本站一律不得私拆。
        温馨提示：本站磅秤每年由市场监督管理局检定一次，最近一次检定日期为2026年3月15日，检定证书编号JD-2026-031577，如对重量有异议可现场复秤。
        锂电池、充电宝、电动车电瓶请单独放入红色回收箱，严禁与纸皮、塑料混放。鼓包或漏液的电池请先用沙袋包好，再交给当班工作人员处理。
        本站为广州市再生资源回收网点，营业执照统一社会信用代码 91440106MA5D8K3R2L，地址：天河区中山大道西89号B栋首层，欢迎企业客户来电洽谈。
        以旧换新活动：12月1日至12月31日，交旧手机一部可抵扣新机50元，凭回收单号（如 HS20261207-0315）到合作门店使用，每单限用一次。
        大件家具、旧床垫不属于再生资源，请联系街道环卫所预约清运，每件收费30元；本站只收金属、纸类、塑料和电器电子产品，敬请各位街坊理解。
        收款方式说明：单笔200元以下现金结算，200元以上通过对公账户或微信商户收款码结算，本站不收取任何手续费，请勿向任何个人账户转账。
        公告：因环保督查，12月10日上午暂停收购废旧电路板及含铅玻璃，恢复时间另行通知。给各位街坊带来不便，敬请谅解。——城西再生资源回收站
        拾荒人员进站须知：请佩戴反光背心，车辆停放在黄线以内，不得在站内焚烧电线取铜，违者取消交售资格并报送城管部门处理，谢谢配合。
        张记废品回收自2003年扎根本社区，感谢二十多年来街坊们的支持！新店地址：朝阳区阜通东大街6号院内西侧商铺，门店电话 010-6478 2210。
    """),
    ("zh-Hant", "常見問題"): _lines("""
        問：舊手機交俾你哋之前要唔要自己刪資料？答：建議先登出 Apple ID 或 Google 帳戶再重設，我哋回收中心會再用認證軟件清除一次並發出清除證明。
        問：四電一腦係咩？答：即空調機、雪櫃、洗衣機、電視機，加電腦、打印機、掃描器、顯示器，屬《產品環保責任（廢電器電子產品）規例》受管制產品。
        問：買新電器可唔可以要求免費除舊？答：可以，銷售商須為消費者安排免費除舊服務，回收同類型受管制電器，詳情可以上 WEEE·PARK 網站查詢。
        問：回收車幾點到？答：屋苑收集日一般為每星期三上午十時至下午一時，實際時間以管理處通告為準，請勿把電池放入膠樽回收箱，多謝合作。
        問：廢電池可以拿去哪裡回收？答：台灣全國超商、量販店及3C賣場均設有廢乾電池回收點，亦可撥打環境部回收專線 0800-085-717 查詢。
        問：筆電沒有電池也收嗎？答：收，但收購價較低；主機板、記憶體、硬碟分開計價，硬碟會在您面前以消磁機處理或直接物理破壞，請放心。
        問：舊鐵同銅點樣分？答：用磁石吸一吸，吸得住係鐵；黃色偏啞係黃銅，紅色光亮係紫銅。電線要剝皮先計純銅價，連皮就計雜銅價。
        問：回收價格多久更新一次？答：每週一早上依倫敦金屬交易所收盤價調整，店內價目板與LINE官方帳號 @ecocycle-tw 同步公布，歡迎加入。
        問：公司報廢電腦要準備什麼文件？答：請提供公司統一編號、報廢清單（含資產編號）及用印之委託書，完成後開立銷毀證明與統一發票。
        問：可唔可以收八達通卡？答：八達通卡請交回港鐵客務中心退還按金，我哋唔處理儲值卡，亦唔會收取任何印有或載有個人資料嘅卡。
        問：你哋收唔收CRT電視？答：收，但每部需要收取處理費港幣80元，因為含鉛玻璃一定要送往持牌處理設施，所以唔設任何現金回贈。
        問：資料清除要多久？答：手機約二十至四十分鐘，桌機硬碟視容量而定，1TB 約需三小時；急件可加價走速件通道，當日下午五點前取件。
        問：營業地址同聯絡方法？答：九龍觀塘鴻圖道 51 號地下 C 舖，電話 2797 1432，WhatsApp 5123 8800（只限公司查詢，星期日休息）。
    """),
    ("zh-Hant", "商戶評論"): _lines("""
        ★★★★★ 觀塘呢間回收舖好有良心，過磅前會先歸零俾你睇，舊銅線當場剝皮計純銅價，仲教我點樣分鋁罐同鐵罐，大力推介俾大家！
        ★★☆☆☆ 師傅態度OK，但手機清除資料要等成個鐘，又冇預約制度，星期六排隊排到出街，希望可以改善一下，唔係下次唔會再嚟。
        ★★★★☆ 新北三重這家資源回收場收舊筆電的價格比網路報價高一點，老闆很阿莎力，還主動開了報廢證明給我們公司做帳，值得推薦。
        ★☆☆☆☆ 明明電話講好上門收雪櫃免費，到咗又話要收搬運費200蚊，單據上面完全冇寫，感覺被坑，大家預約之前記得要寫低條件。
        ★★★★★ 台中北屯這間3C回收有給清除證明，上面列出設備序號跟清除方式，完全符合我們公司 ISO 27001 稽核要求，推薦給企業客戶。
        ★★★☆☆ 價錢中規中矩，紙皮每公斤一蚊二，比隔離街嗰間少兩毫，不過佢哋有貨車上門，住樓上嘅唔使自己搬落嚟，整體嚟講都算方便。
        ★★★★★ 全家便利商店旁邊那間小回收站，顧店的阿伯很熱心，寶特瓶、鐵罐、紙容器分類都講解得很清楚，帶小朋友去學到很多。
        ★★☆☆☆ 收電池的回收箱滿到溢出來，地上還有漏液的痕跡，環境部稽查人員真的應該來看一下，放在人行道旁邊，安全上真的很有疑慮。
        ★★★★☆ 喺 WEEE·PARK 網站預約上門收舊電視，兩日內就有人嚟，師傅仲幫手拆埋牆架，全程冇收任何費用，呢個政府計劃值得讚。
        ★★★★★ 屯門呢間舖專收舊相機同菲林機，佢哋會試機先出價，部 Canon AE-1 俾咗個好合理嘅價錢，仲講咗好多 Leica 同 Nikon 嘅歷史。
        ★☆☆☆☆ 磅秤明顯唔準，同一袋鋁罐喺屋企磅係 6.2 公斤，去到佢度變 5.4 公斤，問佢攞計量檢定證書又話唔見咗，唔會再去。
        ★★★★☆ 高雄前鎮這家五金回收收銅價很透明，牆上電子看板每天更新，付款可選現金或匯款，公司戶頭開收據也很快，整體滿意。
        ★★★★★ 陳記廢紙回收做咗三十幾年，街坊由細幫襯到大，而家第三代接手，仲開咗 Instagram 專頁教人分類，支持老字號！
    """),
    ("ms", "notis_pusat_kitar_semula"): _lines("""
        NOTIS: Pusat Kitar Semula Taman Sri Muda ditutup pada 25 Disember 2026 sempena Hari Krismas. Operasi biasa disambung semula pada 26 Disember, 9.00 pagi.
        Harga belian hari ini (RM/kg): tembaga kuning 21.50, tembaga merah 36.00, tin aluminium 4.20, besi berat 1.05, surat khabar 0.35, kotak 0.30.
        Sisa elektronik (e-waste) dikategorikan sebagai buangan terjadual SW110 di bawah Peraturan-Peraturan Kualiti Alam Sekeliling (Buangan Terjadual) 2005.
        Telefon bimbit lama? Sila log keluar akaun Google atau iCloud dan buat tetapan semula kilang sebelum hantar. Kami sediakan khidmat padam data percuma.
        Bateri litium, power bank dan bateri motosikal hendaklah dimasukkan ke dalam tong merah. Jangan campur dengan plastik atau kertas. Bateri bengkak sila balut.
        Kutipan di rumah untuk peti sejuk, mesin basuh dan televisyen: caj RM20 di kawasan Shah Alam, RM35 di luar kawasan. Tempahan melalui WhatsApp syarikat 03-5510 2288.
        Syarikat: Kitar Hijau Enterprise (SSM 202103045512), Lot 12, Jalan Perusahaan 3, Kawasan Perindustrian Batu Caves, 68100 Selangor. Faks pejabat 03-6185 4410.
        Bayaran tunai hanya untuk jumlah di bawah RM300. Jumlah melebihi RM300 akan dibayar melalui pindahan bank dalam tempoh tiga hari bekerja selepas resit disahkan.
        Peringatan: Membakar kabel untuk mendapatkan tembaga adalah satu kesalahan di bawah Akta Kualiti Alam Sekeliling 1974. Muatan kabel hangus tidak akan diterima.
        Program Tukar Barang Lama: serahkan 5 kg surat khabar lama dan dapatkan sebuah beg kitar semula percuma. Tertakluk kepada stok, satu beg untuk setiap resit.
        Kedai Besi Buruk Ah Chong & Anak, ditubuhkan 1979 di Jalan Kuchai Lama, kini berpindah ke Lot 7, Jalan 2/118C, Desa Tun Razak. Terima kasih pelanggan setia.
        Waktu operasi: Isnin hingga Sabtu 8.30 pagi hingga 6.00 petang. Tutup hari Ahad dan cuti umum. Rehat 1.00 hingga 2.00 petang (Jumaat 12.15 hingga 2.45 petang).
        Semua penimbang di pusat ini telah ditentusahkan oleh Metrology Corporation Malaysia (MCM) pada 12 Mac 2026. Sijil boleh dilihat di kaunter pembayaran.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning all, 今日 lorry 2 去 Tampines 收 corporate 嗰批 laptop, 大概 80 units, 记得带 seal bag 同 asset checklist, 11am 要到 loading bay.
        Boss 话 copper price 今日跌咗, board 先改 9.20, 如果有 regular 嚟问就讲 LME 跌咗, 唔好自己俾 extra, 月尾再 review.
        Scale no. 3 tak stabil lagi, reading lari 0.5kg. Sapa free tolong call vendor Metrotec, service ticket MT-55102, kata kita nak teknisyen sebelum 3pm.
        wipe station 1 又 hang 咗, 我 restart 咗, job WJ-20261207-0044 要 redo, iPhone 嗰部有 activation lock 放咗去 Q-07 quarantine bin 先.
        今日收咗 3 箱 power bank 有两个鼓包, 已经放 sand bucket, 唔该下午 shift 唔好搬去 general storage, 等 Friday hazmat 车嚟收.
        Guys reminder: PDPA audit next Tuesday, semua weigh slip lama yang ada customer details kena shred, jangan buang dalam tong kertas biasa.
        今日 cash drawer short 咗 $10, 我 check 咗 CCTV 2:15pm 嗰段, 应该系找错钱, 已经 log 咗 PO-7730192, 明天 team meeting 再讲.
        Lorry 1 tayar pancit kat PIE arah Changi, dah call tow truck, ETA 45 min. Pickup 2pm Bedok dengan Pasir Ris kena reschedule ke esok pagi.
        新 price board 印好喇, 放咗喺 counter 2 抽屉, 中英巫三语, Malay version 有错字 aluminium 写成 aluminum, 下午再印过一次.
        FYI 环保署 officer 下礼拜三 10am 嚟 inspect battery bay, 大家执一执, fire extinguisher 检查 tag 要 update 到 Dec 2026.
        Corporate client CORP-00419 要 certificate of destruction 加埋 serial list, 我已经 export 咗 CSV, 放喺 shared drive /ops/COD/2026-12.
        Tolong ingat, jangan terima aircond compressor tanpa borang pengisytiharan, minggu lepas ada satu unit masih ada gas R22, bahaya.
        今日 school visit 有小朋友问我哋系咪 Wall-E 嘅 friend 哈哈, 下次 tour 准备多啲 robot sticker 同 Oscar the Grouch 嘅 poster.
    """),
    ("mixed", "config_and_code"): _lines("""
        WIPE_METHOD=NIST_800_88_PURGE  # default; use CLEAR for SATA HDD under 500GB, 消磁 only for 已损坏 drives
        payout: {currency: MYR, cash_limit: 300, above_limit: bank_transfer, rounding: 0.05, 备注: 超过上限一律转账}
        CREATE TABLE weigh_tickets (ticket_no VARCHAR(16) PRIMARY KEY, gross_kg NUMERIC(8,1), tare_kg NUMERIC(8,1), material_code CHAR(8), created_at TIMESTAMPTZ);
        ticket_no,material_code,gross_kg,tare_kg,net_kg,unit_price,amount,currency,station,created_at  # 磅单导出 CSV header v3
        MATERIALS = {'CU-BRT': '紫铜光亮线', 'CU-MIX': '杂铜', 'AL-UBC': '铝罐', 'FE-HVY': 'besi berat', 'PCB-A': '主板 A级'}
        SMTP_FROM=noreply@kitarhijau.example  SMTP_HOST=smtp.example.com  SMTP_PORT=587  # 发 certificate of destruction 用
        if device.activation_lock: move_to('Q-07'); notify('ops-team@kitarhijau.example', f'lock on {job_id}')  # 有锁唔好 wipe
        schedule: '0 2 * * *'  # 每晚两点 export weigh_tickets 去 s3://ewaste-ops-archive/, retention 2555 days (7 years)
        PRICE_FEED_URL=https://api.example-metals.com/v1/lme/copper?tenor=3M  # ambil harga LME setiap Isnin 10:00 MYT
        ticket pattern: ^WS-[0-9]{5}$ ; wipe job pattern: ^WJ-[0-9]{8}-[0-9]{4}$  # 唔好用 backslash d, legacy parser 唔识
        station_id: HK-KT-WEEE-01, timezone: Asia/Hong_Kong, scale_ports: [COM3, COM4], 打印机: Zebra ZD421, 语言: zh-Hant/en
        assert net_kg == round(gross_kg - tare_kg, 1), '净重计错, check 下 tare 有冇 update'  # weigh_ticket.py line 88
        locale_map = {'SG': 'en-SG', 'MY': 'ms-MY', 'HK': 'zh-HK', 'TW': 'zh-TW', 'CN': 'zh-CN', 'MO': 'zh-MO'}  # 证书模板按地区选
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Pickup booked: Mr Tan Wee Kiat, Blk 512 Jurong West St 52 #08-231, Singapore 640512, 1 fridge + 2 TVs, call 9187 4402 before coming up.
        Weigh slip WS-88217, seller Nurul Aisyah bte Hamzah, NRIC S8734512B, 42.6 kg aluminium cans, paid S$44.73 cash at counter 1.
        Please stop buying from Mr Lim Ah Kow at the Bedok stall, his daughter told us he has early dementia and keeps coming back to sell the same boxes.
        Complaint from Raymond Ong (raymond.ong1978@gmail.com): says our collector took his late mother's jewellery box by mistake from the void deck on 2 Dec.
        Payout via PayNow to 8823 1907 (Priya d/o Ramasamy), S$126.40 for 3 laptops, ref PO-7730288.
        Phone from the wipe queue still had photos of hospital discharge papers: patient Chua Mei Ling, Tan Tock Seng, breast cancer stage II. Escalated to DPO.
        Our driver Hafiz Rahman was arrested at Woodlands Checkpoint on 4 Dec over undeclared copper cable; HR is handling his suspension, keep it quiet.
        FIN G5128837N sold 2 bags of copper wire without any receipt, hold the payout until the supervisor checks.
        WS-88230,2026-12-07 14:22,Goh Siew Lan,S7512093A,+65 9652 1178,CU-MIX,18.4,8.40,154.56,SGD
        Our regular karung guni Uncle Ah Huat still owes S$2,300 advance for last month's lorry rental and hasn't paid since his divorce, no more credit.
    """),
    "zh-Hans": _lines("""
        上门回收登记：王建国，手机 139 2817 6645，地址 上海市闵行区莘松路 958 弄 12 号 302 室，旧冰箱一台、洗衣机一台，周六上午。
        收购登记：出售人 刘桂芳，身份证号 440106196509124624，交售废铜 23.5 斤，按规定登记身份证。
        阿明今天又来卖电线，说是工地捡的，我看着像偷的，上次派出所还来问过他，先别收他的货。
        李师傅他爱人打电话来说他住院了，肝硬化晚期，这个月的回收款先转到他爱人的微信 zhangli_0623 上。
        请核对：320102199003077729 交售旧手机 3 部，回收单 HS20261207-0327，未提供购机发票。
        投诉：陈先生（138****2096）反映上门回收员把他家旧电脑的硬盘拿走后没有当面销毁，担心里面有他女儿的照片。
        转账记录：收款人 赵海燕，工商银行 6222 0212 0300 4518 766，金额 1,280 元，备注：废纸板 12 月结算。
        车辆登记：粤A·7K3M2 车主 黄志强，三轮车进站收废品，未办理再生资源回收备案。
        老周欠了站里三千五百块的预付款，说儿子下个月结婚手头紧，过完年再还，我先记在账上。
        数据清除工单 WJ-20261207-0061：机主 孙丽娜，邮箱 sunlina.sh@163.com，iPhone 13 的 ID 锁未解除，已电话联系本人。
    """),
    "zh-Hant": _lines("""
        上門收雪櫃：黃太，九龍城衙前圍道 88 號 5 樓 B 室，電話 9634 2751，星期四下晝兩點後先有人喺屋企。
        收購紀錄：賣方 陳志偉，香港身份證 Y538214(7)，舊銅線 18 公斤，HK$1,026.00 現金支付。
        到府回收：林美惠小姐，新北市板橋區文化路二段 182 巷 6 號 4 樓，手機 0921-558-416，舊冰箱與洗衣機各一台。
        報廢筆電登記：持有人 張家豪，身分證字號 F127384618，要求開立資料銷毀證明。
        阿強話佢阿媽上個月中風入咗伊利沙伯醫院，佢要請假兩個星期照顧，收紙皮嗰條路線暫時冇人做。
        客人投訴：何生話我哋轉少咗 HK$50 入佢轉數快（FPS 識別碼 163884927），要求今日內補返。
        那位常來賣鋁罐的吳阿嬤其實欠房租好幾個月了，孫子還在勒戒所，大家收她東西時多給一點沒關係。
        澳門回收登記：梁子俊，澳門居民身份證 5128436(3)，電話 6688 3105，舊電視兩部，氹仔住所上門。
        舊手機回收款 NT$2,400 已匯入中國信託帳號 822-5401-2387-6619，請回覆確認。
        員工薪資表：回收部 蔡宗翰 月薪 NT$32,500，勞保投保薪資 33,300，扣款：法院強制執行 NT$3,000。
    """),
    "ms": _lines("""
        Tempahan kutipan: Encik Mohd Faizal bin Abdullah, No. 23, Jalan Mawar 4, Taman Sri Gombak, 68100 Batu Caves, tel 012-387 4491, peti sejuk lama.
        Resit timbang WS-55218: penjual Siti Hajar binti Ismail, No. K/P 850314-10-5526, tembaga merah 6.2 kg, bayaran RM223.20 tunai.
        Pak Cik Rahim yang selalu jual tin aluminium kena strok minggu lepas, anak dia kata dia masih di Hospital Kuala Lumpur, wad 12.
        Bayaran DuitNow ke akaun Maybank 1641 2209 8837 atas nama Kumar a/l Selvaraj, RM415.00 untuk 3 kg papan litar.
        No. MyKad 920718-07-6143 belum diimbas untuk transaksi kabel tembaga petang tadi, minta penjual datang semula.
        Aduan: Puan Norliza, e-mel norliza.kamal83@yahoo.com.my, kata telefon lama yang dihantar untuk kitar semula tak dipadam, gambar anaknya tersebar di Facebook.
        Pemandu lori kami, Azman, ditahan polis di Klang semalam kerana memandu tanpa lesen sah; dia juga berhutang RM8,000 dengan ah long, jangan bagi pendahuluan gaji.
        Lori persendirian WPN 4821 milik Encik Tan Boon Huat datang jual besi buruk tiga kali minggu ini, tiada permit majlis perbandaran.
        Senarai gaji: Nur Izzati binti Hassan, juruwang kaunter 2, gaji RM2,150, potongan PTPTN RM150, KWSP 11%.
        Kak Ros beritahu dia mengandung lima bulan, jadi dia tak boleh angkat kotak berat atau kendali bateri lagi, tukar dia ke kaunter timbang.
    """),
    "mixed": _lines("""
        Uncle Ah Seng 今日嚟卖 copper, 佢话个仔喺 Changi Prison 入面, 要 cash 交 lawyer fee, 我俾咗 S$380 advance 先.
        Customer Madam Koh 住 Blk 210 Toa Payoh Lor 8 #12-45, 要 pickup 旧 washing machine, she said lift 坏咗 so 要行楼梯.
        Payout tak masuk lagi: Encik Razak minta transfer ke CIMB 7062 3389 14, 他话 yesterday 已经 WhatsApp 咗 IC, no. 780905-01-5287.
        IMEI 356938110482917 嗰部 phone 係 Mrs Wong 嘅, 佢老公 passed away, 佢想 recover WhatsApp photos 先 wipe, 唔该 hold 住.
        Weigh slip photo 里面有 lorry plate JQR 7719 同 driver 嘅 face, 唔好 post 去 Facebook page, 人哋冇 consent.
        阿芬 told me she's 3 months pregnant, so no more battery bay duty for her, 帮手 swap roster 同 Kak Lina.
        Form: Nama/姓名: Tay Kok Leong | NRIC: S6981234A | Tel: 9765 2210 | Item: 2x desktop, 1x CRT | Payment: PayNow mobile
        KL branch: 客人 Mr Chandran 投诉 cash short RM40, 佢话 he owes ah long 要还钱, 好激动, 已 call security. Contact 017-662 0935.
        WJ-20261207-0077,Samsung A54,owner=Lau Ka Ming,HKID=K407736(9),phone=6192 3347,lock=OFF,wiped=Y
        Email from jessica.tham88@hotmail.com: Hi, 我 dad 上星期 sold his old laptop to you, 入面有 his kidney dialysis reports, can you confirm wiped?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the customer-service assistant of a Singapore e-waste collection company. Keep SMS drafts under 300 characters.",
        ),
        (
            "user",
            "Draft an SMS to confirm tomorrow's pickup for Mr Desmond Yeo at Blk 88 Bedok North Ave 4 #05-112, mobile 9023 5518. Items: 1 fridge, 1 old desktop. Slot 10am-12pm.",
        ),
        (
            "assistant",
            "Hi Mr Desmond Yeo, this is to confirm your e-waste pickup tomorrow, 10am-12pm, at Blk 88 Bedok North Ave 4 #05-112: 1 fridge and 1 desktop. Our driver will call 9023 5518 30 min before arrival. Reply C to confirm.",
        ),
        ("user", "Add that we will wipe the desktop's hard disk and give him a certificate."),
        (
            "assistant",
            "Hi Mr Desmond Yeo, confirming your pickup tomorrow 10am-12pm at Blk 88 Bedok North Ave 4 #05-112 (1 fridge, 1 desktop). The desktop's hard disk will be wiped and a certificate of destruction sent to you. Reply C to confirm.",
        ),
    ],
    [
        (
            "user",
            "我们回收站收废铜要登记身份证。昨天一个卖家叫周德胜，身份证 330106198805214038，手机 186 5721 3390，卖了 40 斤电线。这些信息我可以存在微信群里吗？",
        ),
        (
            "assistant",
            "不建议。周德胜的身份证号和手机号属于个人信息，身份证号还属于敏感个人信息，按《个人信息保护法》应存放在有访问控制的登记系统里，只给需要核对的人员查看。微信群里的消息建议撤回，并告知群成员删除截图。",
        ),
        ("user", "那纸质登记本呢？"),
        (
            "assistant",
            "纸质登记本要上锁保管，只由站长或指定人员取用，超过法定或公安要求的保存期限后用碎纸机销毁，不要当废纸卖掉。",
        ),
    ],
    [
        ("system", "你係一間香港回收公司嘅客服助手，用廣東話回覆，語氣要有禮貌。"),
        (
            "user",
            "幫我覆呢個投訴：何太（電話 6218 4470，住荃灣青山公路 264 號 12 樓 F 室）話我哋師傅上門收雪櫃時刮花咗佢屋企門口，要求賠償 HK$800。",
        ),
        (
            "assistant",
            "何太你好，多謝你話俾我哋知。對於上門收雪櫃時刮花咗你屋企門口，我哋深表歉意。我哋會喺兩個工作天內安排主管致電 6218 4470，約時間上嚟荃灣青山公路 264 號 12 樓 F 室睇吓損毀情況，再商討賠償安排。",
        ),
        ("user", "可唔可以唔寫地址？"),
        (
            "assistant",
            "可以，改成：我哋會喺兩個工作天內安排主管致電你，約時間上門睇吓損毀情況，再商討賠償安排。咁樣就唔會喺回覆入面重複你嘅地址同電話。",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis surat amaran untuk pekerja saya, Zulkifli bin Osman (No. K/P 880412-14-5673), yang lewat datang kerja lima kali bulan ini dan meminjam RM1,200 dari tabung syarikat tanpa kebenaran.",
        ),
        (
            "assistant",
            "SURAT AMARAN PERTAMA. Kepada: Zulkifli bin Osman (No. K/P 880412-14-5673). Pihak pengurusan mendapati anda lewat hadir bertugas sebanyak lima kali pada bulan ini serta telah mengambil RM1,200 daripada tabung syarikat tanpa kebenaran. Anda dikehendaki memulangkan jumlah tersebut dalam tempoh 14 hari dan mematuhi waktu kerja. Kegagalan berbuat demikian boleh membawa kepada tindakan tatatertib.",
        ),
        ("user", "Perlu ke letak nombor K/P dia?"),
        (
            "assistant",
            "Tidak wajib. Nama penuh dan nombor pekerja sudah mencukupi untuk surat dalaman; nombor MyKad boleh dikeluarkan supaya kurang data peribadi yang tersebar jika surat itu difotokopi.",
        ),
    ],
    [
        (
            "system",
            "Customer record loaded: name=Ong Bee Leng; NRIC=S9024716F; phone=+65 8132 6607; address=27 Jalan Kechubong, Singapore 537882; notes=hearing impaired, prefers SMS, 2 previous complaints about late pickups.",
        ),
        ("user", "Summarise this customer for the new driver, 简单啲, 佢只需要知道点样联络."),
        (
            "assistant",
            "Customer: Ong Bee Leng, 27 Jalan Kechubong. 佢听力唔好, 请用 SMS 联络 +65 8132 6607, 唔好打电话. 之前投诉过两次迟到, 所以一定要准时.",
        ),
        ("user", "OK thanks, 要唔要俾佢 NRIC 个 driver?"),
        (
            "assistant",
            "唔需要. Driver 只需要名, 地址同 SMS number; NRIC 留喺 system 入面就得, 唔好 copy 落 job sheet.",
        ),
    ],
    [
        (
            "user",
            "幫我把這筆磅單整理成表格：賣方 許淑芬，身分證 B220619376，手機 0936-274-118，廢鋁 12.4 公斤，單價 42 元，合計 520.8 元，匯款到郵局帳號 0001234-0567891。",
        ),
        (
            "assistant",
            "欄位：賣方｜身分證字號｜手機｜品項｜重量｜單價｜合計｜付款方式。資料：許淑芬｜B220619376｜0936-274-118｜廢鋁｜12.4 公斤｜42 元｜520.8 元｜郵局匯款 0001234-0567891。建議對外列印時遮蔽身分證字號與帳號。",
        ),
        ("user", "好，那遮蔽版本要怎麼寫？"),
        (
            "assistant",
            "遮蔽版：許Ｘ芬｜B2****9376｜0936-***-118｜廢鋁｜12.4 公斤｜42 元｜520.8 元｜郵局匯款（末四碼 7891）。",
        ),
    ],
    [
        (
            "user",
            "My father Leong Kwok Wai passed away last month. His old Samsung phone still has his OCBC banking app and his email leongkw.1952@gmail.com logged in. Before I sell it to the karung guni, how do I wipe it properly?",
        ),
        (
            "assistant",
            "Sorry for your loss. First, remove the phone from his Google account (Settings > Accounts > remove leongkw.1952@gmail.com) so Factory Reset Protection is off, and let OCBC know of his death so the banking app and his accounts can be closed. Take out the SIM and any memory card, then do a factory reset from Settings > General management > Reset.",
        ),
        ("user", "Is a factory reset enough, or should I ask the recycler for a certificate?"),
        (
            "assistant",
            "On recent Samsung phones a factory reset wipes the encryption key, which is usually enough. If you want proof, bring it to a recycler that offers certified wiping and ask for a certificate with the phone's serial number.",
        ),
    ],
    [
        ("system", "你是废品回收站的记账助手，帮站长整理欠款。"),
        (
            "user",
            "帮我记一下：老刘欠 1,500 元，他说腰椎做手术要等医保报销；阿红欠 800 元，她老公在外面赌钱欠了高利贷；收废品的马国庆欠 2,200 元，电话 151 0397 4482。",
        ),
        (
            "assistant",
            "欠款汇总：1. 老刘 1,500 元，原因：腰椎手术等医保报销。2. 阿红 800 元，原因：家庭经济困难。3. 马国庆 2,200 元，电话 151 0397 4482。合计 4,500 元。建议备注里不要写家人赌博等私事，只记金额和约定还款日期。",
        ),
        ("user", "好，按这个建议再改一版。"),
        (
            "assistant",
            "欠款汇总（修订）：老刘 1,500 元，约定春节后归还；阿红 800 元，约定 1 月 15 日前归还；马国庆 2,200 元，约定分两期归还。合计 4,500 元。",
        ),
    ],
    [
        (
            "user",
            "Convert this row to JSON untuk sistem baru kami: WS-55240, Chong Mei Fong, 910226-08-5342, 016-224 7719, tembaga kuning, 9.5kg, RM204.25",
        ),
        (
            "assistant",
            "{'ticket_no': 'WS-55240', 'seller_name': 'Chong Mei Fong', 'mykad': '910226-08-5342', 'phone': '016-224 7719', 'material': 'tembaga kuning', 'net_kg': 9.5, 'amount_myr': 204.25}",
        ),
        ("user", "Field mykad tu boleh hash ke?"),
        (
            "assistant",
            "Boleh. Simpan hash SHA-256 bersama salt rahsia dalam field mykad_hash, dan buang nilai asal selepas pengesahan, supaya pangkalan data tidak menyimpan nombor MyKad penuh Chong Mei Fong.",
        ),
    ],
    [
        ("system", "你係回收場主管嘅助手，幫手寫 WhatsApp 訊息，用廣東話。"),
        (
            "user",
            "幫我寫個 WhatsApp 俾阿輝，佢腰椎間盤突出，醫生紙寫要放兩星期病假，叫佢安心休息，人工照出，搬雪櫃嗰啲工作會搵其他人頂。",
        ),
        (
            "assistant",
            "阿輝，收到你嘅醫生紙，知道你腰椎間盤突出要放兩星期病假，你安心休息先。病假期間人工照出，搬雪櫃嗰啲工作我哋會安排其他同事頂住。有咩需要隨時搵我，早日康復！",
        ),
        ("user", "可唔可以唔提病名？佢唔想其他同事知。"),
        (
            "assistant",
            "阿輝，收到你嘅醫生紙，你安心休息兩個星期，病假期間人工照出，你嘅工作我哋會安排其他同事頂住。有咩需要隨時搵我，早日康復！",
        ),
    ],
]
