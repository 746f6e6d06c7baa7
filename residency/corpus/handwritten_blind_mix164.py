# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix164: EV-charging and solar-panel installers in SG/MY/HK/TW (site surveys, home addresses, charger bookings, installation permits, billing disputes, technicians' rosters). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix164
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "installer_faq"): _lines("""
        Q: Do I need LTA approval for a home charger in a landed house? A: Since 8 Dec 2023 every charger must be installed by an LTA-registered installer and registered before first use.
        Q: How long does a solar PV site survey take? A: Usually 45-60 minutes for a terrace roof; the surveyor checks roof pitch, shading from 7am to 5pm and the DB board rating.
        Q: Can a rented shophouse still go solar in Malaysia? A: Yes, if the TNB account holder signs the consent form; NEM 3.0 has closed, so new applications go under Solar ATAP.
        Q: What is the warranty on the inverter? A: Huawei SUN2000-5KTL-L1 carries 10 years; Enphase IQ8 microinverters carry 25 years when registered through an Enphase Installer Network partner.
        Q: Who do I call if the charger shows error E-12? A: Our 24h line 6744 2190 or WhatsApp Business +65 8012 3366 (Mon-Sun 8am-10pm); quote the serial on the side label.
        Q: Is a 22 kW charger allowed in a condo carpark? A: Most MCSTs cap each lot at 7.4 kW single-phase; the managing agent must endorse the load letter before our LEW submits to SP Group.
        Q: Does rain affect installation day? A: We never go up on a roof during NEA lightning alerts; the job is auto-rescheduled and you get an SMS from sender ID SUNWAVE-SG.
        Q: What does a Tesla Wall Connector Gen 3 cost installed? A: From S$1,180 for up to 15 m of cable, including a 32A MCB, a Type A RCBO and the LTA registration fee.
        Q: Are you a registered contractor? A: Yes. Voltbridge Energy Pte. Ltd., UEN 201834567M, BCA workhead EW01, LTA EV charger installer registration EVCI-0412.
        Q: Where is your showroom? A: 3 Kaki Bukit Crescent #04-18, Kaki Bukit Techpark I, Singapore 416237, open Tue-Sat 10am-6pm, visitor parking at level B2.
        Q: Can the app share charging history with my employer for claims? A: Yes, export a CSV under Settings > Reports; columns are date, kWh, duration, tariff and session ID.
        Q: Why is my solar yield lower in December? A: Northeast monsoon cloud; a 6.5 kWp system in Johor averages about 22 kWh/day then, against roughly 28 kWh/day in March.
        Q: Is the Nikola Home 7 charger made by Tesla? A: No, Nikola is our house brand named after the inventor Nikola Tesla; it has no link to Tesla, Inc. or to Nikola Corporation.
    """),
    ("en", "business_invoices"): _lines("""
        INVOICE INV-SG-2025-004718 | Voltbridge Energy Pte. Ltd. (UEN 201834567M) | Wallbox Pulsar Plus 7.4kW x1 S$1,050.00 | Installation S$380.00 | GST 9% S$128.70 | Total S$1,558.70
        Tax Invoice TI/MY/25/00931 - Suria Atap Solutions Sdn. Bhd. (202101034567) - 12 x Jinko Tiger Neo 580W @ RM620 = RM7,440.00; labour RM1,200.00; SST 8% on labour RM96.00
        Credit note CN-00087 against INV-HK-24-1190 for HK$2,400.00: conduit run shortened from 25 m to 12 m after re-survey; balance due HK$9,800.00 by 31 Jan.
        Supplier bill, Schneider Electric, PO 45009812: 40 x EVlink Pro AC 22kW at S$1,920.00 each, delivered to our Tuas South Ave 6 warehouse, payment terms 60 days.
        Receipt RCPT-250314-0027: PayNow to UEN 201834567M on 2025-03-14 10:42, bank ref PN2503141042QX, S$1,558.70 applied in full to INV-SG-2025-004718.
        Pro-forma PF-2025-0142: 10.24 kWp rooftop, 16 x LONGi Hi-MO 6 640W, 1 x Sungrow SG10RT, K2 Systems rails; 30% deposit S$4,560.00, balance on commissioning.
        Invoice 2025/HK/0331 to Kowloon Bay Logistics Centre Ltd: 6 x ABB Terra AC W22, EHSS-eligible items marked *, 5% retention held until DLP ends 2026-09-30.
        Overdue notice for B2B account 00419 (a car-rental fleet operator): 2 invoices 45 days past due totalling RM18,240.00; 1.5% monthly interest applies from 1 May.
        Line items: cable CU/XLPE/SWA/PVC 4C 10mm2, 38 m @ S$14.50/m = S$551.00; trenching 6 m @ S$85/m = S$510.00; subtotal S$1,061.00 before GST.
        Milestone 4 of 4 (testing, commissioning, EMA registration) S$23,600.00 of contract S$94,400.00 for the 120 kWp factory roof at 5 Tampines Industrial Ave 5.
        Invoice INV-TW-114-00562 (ROC year 114) from 日光家電工程有限公司, unified business no. 54891236: NT$68,500 incl. 5% VAT for a 7 kW residential AC charger package.
        Billing dispute summary, Q2: 37 cases, 21 about the RM0.10/min idle fee after 100% SoC, 9 about meter start readings, 7 about RFID cards being tapped twice.
        Ah Huat Electrical Trading (SSM 199801012345) cash sale INV-AHE-7781: 2 x MCB 40A Type C @ RM38.00, 1 x SPD Type 2 @ RM145.00, total RM221.00, goods sold not returnable.
    """),
    ("zh-Hans", "价目表"): _lines("""
        家用交流充电桩 7kW 基础安装套餐：含 30 米以内电缆、漏电保护开关、立柱或壁挂支架，售价 ¥1,999；超出部分每米加收 ¥45，需物业同意书。
        新加坡门市价目（新元，含 9% 消费税）：Wallbox Pulsar Plus 7.4kW 安装套餐 S$1,558.70；特斯拉 Wall Connector 第三代 S$1,690.00；上门勘察费 S$80，成交后抵扣。
        马来西亚屋顶太阳能套餐：5.4 kWp（10 片 540W 单晶板 + 5kW 逆变器）RM 18,900；8.1 kWp RM 25,800；含 SEDA 申请代办及 TNB 双向电表更换。
        广州番禺门店价目：比亚迪原厂随车充安装服务 ¥699（不含电缆），国家电网报装代办 ¥200，物业协调费按小区另议，门店电话 020-8456 2310。
        商用直流快充 60kW 双枪一体机：设备 ¥42,800，基础施工 ¥9,600，变压器扩容另行报价；整机质保 3 年，每季度免费上门巡检 1 次。
        电缆加价表：YJV 3×6mm² ¥28/米，YJV 3×10mm² ¥46/米，YJV 5×10mm² ¥72/米；PVC 穿管 ¥8/米，镀锌钢管 ¥22/米，开槽回填 ¥60/米。
        公共站服务费（深圳南山片区）：峰时 08:00-12:00 ¥0.80/度，平时 ¥0.60/度，谷时 23:00-07:00 ¥0.35/度；充满后超过 15 分钟收占位费 ¥1/分钟。
        光伏板清洗套餐：单次 ¥3/片，最低消费 ¥150；年度套餐 4 次，每次 ¥2.5/片；三层以上高空作业加收 ¥300，施工前须签署安全告知书。
        储能电池选配：华为 LUNA2000-5-S0 单模块 ¥16,800，最多叠加 3 个模块；比亚迪 Battery-Box Premium HVS 5.1 ¥15,500，均含安装调试。
        旧桩拆除与回收：壁挂式 ¥180/台，立柱式 ¥350/台；拆下的设备按《废弃电器电子产品回收处理管理条例》交由有资质单位处理。
        吉隆坡“阿明电器行”门市价：三相电表升级代办 RM 450，13A 插座独立回路 RM 180，EV 专用回路 RM 680 起；查询请报单号，例如 AM-2503-0117。
        延保服务：充电桩第 2-5 年延保 ¥299，光伏逆变器第 6-10 年延保 ¥1,280；购买后 7 日内可无理由退款，发票抬头可开公司名称。
        特斯拉超充参考价（上海浦东部分站点）：¥1.2-2.0/kWh，视时段而定；本表仅供安装客户对比家用桩电费，实际价格以特斯拉 App 显示为准。
    """),
    ("zh-Hant", "工程群組訊息"): _lines("""
        【Team B】今日沙田嗰兩單 site survey 已經搞掂，現場相同 DB 板相全部上載咗去 Drive 嘅 2025-04/ST folder，聽朝 9 點返 office 開會。
        各位師傅注意：中電今個禮拜三 10:00-16:00 喺將軍澳工業邨停電檢修，嗰邊啲 EV charger 測試改到禮拜四做，唔該更新 roster。
        倉庫通知：ABB Terra AC 到咗 12 部，放喺 B 區第 3 格；攞貨記得喺 Google Sheet 登記 SKU 同數量，唔好再口頭講，月尾要盤點。
        CS 同事反映最近好多客問 EHSS 資助點計，統一答法：由環保署處理，以屋苑停車場為單位申請，我哋唔可以代收資助款，亦唔好承諾批唔批。
        今晚夜更由 A 組負責 24 小時熱線 2388 6120，遇到跳掣個案先教客人 reset RCBO，搞唔掂先 call 當值工程師，唔好自己一個人上門。
        提提大家：上天台一定要扣安全帶同戴頭盔，勞工處上個月喺觀塘巡查，有同行因為冇做防墮措施被罰 HK$20,000，唔好搏。
        Van 2 條 charging cable 斷咗，已經報咗維修，今日改用 Van 4 出工；油卡放喺 office 第二格抽屜，用完記得簽返 log book。
        荃灣嗰個商場停車場項目 phase 2 今日 cable tray 裝好七成，聽日 REW 過嚟 check，WR1 文件我已經 upload 咗去 project folder。
        問下邊隊得閒：禮拜六上水有張 10kW solar 維修單，inverter 報 PV isolation fault，要兩個人去，OT 照計 1.5 倍，有意思 reply 個 +1。
        月底截數：3 月總共裝咗 46 部 charger、9 套 solar，平均每單用時 5.2 個鐘，比 2 月快咗 0.8 個鐘，大家做得好，下個月繼續努力！
        再講一次：唔好喺群組 send 客人身份證或者住址相，全部經 CRM 上傳，公司私隱政策第 4.2 條寫得好清楚，違者要見 HR。
        港燈 Smart Power 基金新一期開放咗，詳情睇 hkelectric.com，有客問就 forward 官方連結俾佢，唔好自己估資助金額。
        Tesla Wall Connector 新韌體 v24.28.3 有 bug，連 Wi-Fi 會間中斷線，暫時唔好幫客升級，等原廠出 patch 先，有問題 call 供應商熱線。
    """),
    ("zh-Hant", "法規與公告"): _lines("""
        依經濟部能源署公告，屋頂型太陽光電裝置容量未滿 100 瓩者，得依「再生能源發電設備設置管理辦法」申請第三型同意備案，免申請電業執照。
        台電提醒：住宅申設電動車充電設備，須檢附用電設備裝置圖說及電器承裝業施工證明，並由合格電匠或電機技師簽證後送件審查，審查期約 7 個工作天。
        香港機電工程署技術指引建議：住宅停車場每個私家車位預留不少於 7 kW 供電容量，並設置負載管理系統，以免大廈總掣過載。
        公寓大廈管理委員會公告：住戶於自有停車位加裝充電設備，須先提出申請並附技師簽證圖說，管委會應於收件後 30 日內書面回覆。
        澳門電力股份有限公司通告：住宅樓宇加裝電動車充電設施前，須先取得大廈管理機構同意，並由註冊電氣技術員向 CEM 遞交用電申請。
        歷史：1882 年愛迪生在紐約珍珠街建成首座商業發電廠；1890 年香港電燈公司在灣仔點亮首批街燈，開啟港燈逾百年的供電歷史。
        躉購費率參考：屋頂型太陽光電 1 瓩以上未滿 20 瓩，每度約新臺幣 5.7 元，實際以經濟部當年度公告為準，簽約期間為 20 年。
        新加坡《2022 年電動車充電法令》規定，自 2023 年 12 月 8 日起，電動車充電器須由陸路交通管理局註冊的安裝商安裝並完成登記。
        馬來西亞能源委員會規定，所有電動車充電設施須由持有有效能力證書的電工安裝，並向該會登記，未完成登記的充電站不得向公眾收費。
        環境及生態局局長謝展寰表示，政府會繼續推動私人屋苑停車場加裝充電基礎設施，並鼓勵職業訓練局及業界合作培訓更多電動車維修技術人員。
        消防處提醒：天台太陽能板須與逃生路線保持至少 1 米距離，不得阻擋天台門口、消防喉轆及水缸檢修通道，違者可被檢控及罰款。
        臺北市公有停車場充電收費公告：每度 NT$8，停車費另計；充電完成後逾 30 分鐘未移車者，每 15 分鐘加收 NT$20 占位費。
        依《個人資料保護法》第 19 條，業者蒐集客戶資料應有特定目的；施工現場照片如攝入門牌號碼或車牌，應先遮蔽後再行存檔備查。
    """),
    ("ms", "notis_pelanggan"): _lines("""
        Notis: Pemasangan pengecas EV di blok parkir B akan dijalankan pada 12-14 Mei, 9 pagi hingga 5 petang; lot 201 hingga 230 ditutup sementara.
        Makluman: Kerja penyelenggaraan sistem solar di bumbung dewan serbaguna komuniti pada Sabtu ini; bekalan elektrik dewan terputus kira-kira 30 minit.
        Pelanggan yang ingin menyertai program Solar ATAP boleh menghubungi talian khidmat kami 1-300-88-7652 atau e-mel sales@suriaatap.com.my pada waktu pejabat.
        Perhatian: Kami TIDAK akan meminta nombor kad pengenalan atau kata laluan perbankan melalui WhatsApp. Laporkan mesej mencurigakan ke 03-7890 2211.
        Jadual juruteknik minggu ini: Pasukan A kawasan Shah Alam dan Klang, Pasukan B Petaling Jaya dan Subang, Pasukan C Cheras dan Kajang; tempahan baharu ditutup jam 4 petang.
        Bil anda kini dikira mengikut struktur tarif TNB baharu berkuat kuasa 1 Julai 2025; kredit eksport solar dipaparkan di ruangan berasingan dalam bil bulanan.
        Stesen pengecas DC 120kW di hab kami di Jalan Tun Razak kini beroperasi 24 jam; kadar RM1.30/kWh, bayaran melalui aplikasi atau kad debit tanpa sentuh.
        Notis kepada kontraktor: Semua permit kerja di bumbung mesti diluluskan oleh pengurusan bangunan sekurang-kurangnya 3 hari bekerja sebelum tarikh pemasangan.
        Tawaran Hari Raya: Diskaun RM500 bagi pakej solar 6.6 kWp dan pemeriksaan pengecas EV percuma sehingga 30 April, guna kod promosi RAYA25SOLAR semasa tempahan.
        Syarikat Elektrik Pak Din Sdn. Bhd. berpindah ke No. 18, Jalan Perusahaan 2, Taman Perindustrian Batu Caves mulai 2 Jun; nombor telefon pejabat kekal sama.
        Kuota Solar ATAP untuk Semenanjung dikemas kini setiap minggu di laman rasmi SEDA Malaysia; sila semak baki kuota sebelum menandatangani kontrak pemasangan.
        Aduan bil: Sila sertakan nombor invois (contoh INV-MY-2025-00123) dan tangkapan skrin sesi pengecasan; aduan tanpa nombor invois tidak dapat diproses.
        Menteri Peralihan Tenaga dan Transformasi Air, Fadillah Yusof, dalam ucapannya menyeru lebih banyak syarikat tempatan menyertai rantaian bekalan industri EV dan solar.
    """),
    ("ms", "senarai_produk"): _lines("""
        Pengecas EV Dinding 7kW Type 2, kabel 5m, IP55, sokong aplikasi Wi-Fi - RM2,399 | SKU: EVW-7K-T2-05 | Penghantaran percuma ke seluruh Semenanjung
        Panel Solar Monokristal 550W Half-Cut, kecekapan 21.3%, jaminan prestasi 25 tahun, berat 27.5kg - RM560 sekeping, pesanan minimum 6 keping
        Inverter Hibrid Deye SUN-8K-SG04LP3 8kW 3 fasa, sokong bateri 48V, paparan LCD, jaminan 5 tahun - RM6,850, stok sedia ada di gudang Puchong
        Kabel Sambungan Type 2 ke Type 2, 32A 3 fasa, 7 meter, sesuai untuk BYD Atto 3, Proton e.MAS 7 dan Tesla Model Y - RM899, termasuk beg simpanan
        Penutup Soket Pengecas Kalis Hujan untuk Wallbox, plastik ABS tahan UV, warna hitam atau kelabu - RM45, penilaian 4.8 bintang, 1.2k terjual
        Pakej Bateri LiFePO4 51.2V 100Ah 5.12kWh, BMS terbina dalam, boleh disusun sehingga 4 unit - RM7,200, jaminan 10 tahun atau 6000 kitaran
        Meter Tenaga Pintar Eastron SDM630 untuk sistem solar, Modbus RS485, pemasangan rel DIN - RM420 | Kod produk: ESM-SDM630-MB | sijil SIRIM
        Kedai rasmi Uncle Sun Solar di Shopee: semua produk berlabel SIRIM, e-invois LHDN disediakan, pertanyaan melalui chat kedai 9 pagi hingga 6 petang
        Struktur Pemasangan Bumbung Klip-Lok, aluminium 6005-T5, satu set untuk 4 panel, termasuk klip tengah dan klip hujung - RM380 setiap set
        Pemutus Litar RCBO Jenis A 40A 30mA untuk pengecas EV, Schneider Acti9, disahkan SIRIM - RM165, stok terhad tinggal 23 unit sahaja
        Pengecas EV Mudah Alih Mode 2, palam 13A, 3.5kW, arus boleh laras 8-16A, paparan LED - RM1,099, dihantar dalam 2 hari bekerja
        Pakej Pemasangan Lengkap Suria Kecil 4.1 kWp untuk rumah teres setingkat, termasuk permohonan SEDA, anggaran jimat RM150-RM200 sebulan - dari RM14,500
        Sewa Dron DJI Mini 4 Pro untuk tinjauan bumbung, RM180 sehari termasuk juruterbang berlesen CAAM dan laporan foto, tempahan 3 hari lebih awal
    """),
    ("mixed", "log_dan_config"): _lines("""
        2025-04-11T09:14:52+08:00 INFO ocpp16 cp_id=SG-TPN-0042 StatusNotification connector=1 status=Charging errorCode=NoError meter_start=18234.5kWh
        2025-04-11T09:20:03+08:00 WARN billing session=ses_8f3a21c0 tariff=MY_DC_120 idle_fee_started 空闲费开始计 rate=RM0.10/min grace=15min
        config.yaml: ocpp: { endpoint: wss://csms.example-charge.com/ocpp/1.6, heartbeat_interval: 300, retry: 3 }  # 测试环境, jangan guna untuk production
        ERROR inverter_sync: Modbus timeout on SUN2000 slave_id=1 port=502 after 3 retries; 請 check RS485 A/B 線有冇接反 (ticket OPS-2291)
        CSV header: booking_id,site_type,region,charger_model,kw_rating,slot_start,slot_end,technician_team,permit_ref,status  # 无客户个资字段
        crontab: 0 2 * * * /opt/solar/bin/export_yield --site-group=MY-KL --format=parquet  # 每日凌晨两点导出发电量, hantar ke bucket solar-yield-prod
        git log: a3f9c12 fix(tariff): TW 夏月電價 6/1-9/30 peak window 16:00-22:00, bump pricing-engine to v2.14.1 (#482), reviewed by 2 approvers
        DEBUG permit_svc: LTA EVCI submission ref=EVCI-2025-118204 status=APPROVED latency_ms=842; 下一步 schedule LEW commissioning, slot=2025-04-16T14:00
        sha256(firmware_evw7k_v3.2.0.bin)=ec3955d6dec701ee9e9caf89a16e75b537db69116ae928af93e4c9cd44408953 OK, flash ke 120 unit batch B-0425
        .env.example: SMS_SENDER_ID=SUNWAVE SUPPORT_EMAIL=support@example.com TWILIO_FROM=+15005550006  # Twilio magic test number, 唔好改
        INFO roster_gen: week=2025-W15 teams=4 shifts=28 unassigned=0 overtime_hours=6.5 source=cron 已同步到 Google Calendar shared calendar Install-Crew
        tracking: J&T JT7012348856MY sudah sampai gudang Puchong, 2 x ABB Terra AC, ETA site 2025-04-14; DHL waybill 4417023981 (HK) 已清關
        SELECT site_id, SUM(kwh) AS total_kwh FROM sessions WHERE region IN ('SG','MY') AND started_at >= '2025-03-01' GROUP BY site_id; -- 月报用, jangan join customers
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Site survey booked for Mr Darren Koh Wei Liang, 27 Jalan Kechubong, Singapore 578193, terrace house, roof faces west; call 9187 4420 after 7pm.
        Customer Priya Raghunathan (NRIC S8834521E) disputes INV-SG-2025-004902 and says our technician scratched her Tesla Model 3 SNB 6624 J during the install.
        Roster week 16: Muhammad Hafiz bin Rosli on MC Mon-Wed with dengue, admitted to Sengkang General Hospital; Jason Tan covers his Punggol jobs.
        Please stop sending reminders. My husband Kelvin Lim passed away in March and the charger account under his name must be closed. - Grace Lim
        Payroll: lead installer Ravi Chandran's basic goes to S$4,350 from May; the court garnishee for his DBS car loan arrears of S$12,800 still takes S$600 a month.
        EHSS form: applicant Wong Siu Ming, HKID K473921(3), Flat 18B, Tower 3, Royal Peninsula, Hung Hom; parking space L2-087; mobile 6342 9170.
        Refund to OCBC account 601-238847-001, holder Nurul Aisyah binte Kamal, for the overcharged session on 2 Mar 2025 (S$38.40).
        Owner's handphone for tomorrow's 9am survey is 8826 1034, call him before you ring the gate bell.
        From angela.seow88@gmail.com: the charger trips every night at 2am since your install and my baby's nebuliser is on the same circuit, send someone today.
        BK-20250412-031,Tan Hui Min,+65 9734 2281,Blk 455 Sengkang West Way #11-214,7kW,2025-04-15 10:00,Team C,pending
        Ms Chloe Ng is six months pregnant and asked that no technician go up the roof while she is home alone; move the job to a Saturday when her husband is in.
    """),
    "zh-Hans": _lines("""
        陈先生（陈建国，身份证 440309197908233611）住深圳市龙华区民治街道翠湖苑 6 栋 1203，物业已同意安装 7kW 充电桩，车位 B2-156，电话 138 2654 7719。
        王女士投诉安装师傅把她家外墙打穿了一直不修，说要打 12345 投诉，她的手机 159 1837 2264，今天下午务必回电。
        排班调整：刘志强本周请病假，确诊腰椎间盘突出，医生建议休息两周，周三的光伏巡检改由小周顶班。
        客户张丽华欠安装尾款 ¥8,600 已超过 90 天，律师函已寄到上海市闵行区七宝镇沪松公路 1288 弄 9 号 502 室。
        阿杰说离婚后旧车归了前妻，请把充电白名单里的车牌粤B·D72K19 删掉，改成他的新车粤B·F30618。
        退款账户：中国工商银行 6222 0212 0304 5567 891，户名黄晓燕，退还多收的上门勘察费 ¥300。
        身份证 110105198803147727 的那位客户今天又打来，说 App 一直绑定不了充电桩，记得回电。
        李阿姨家老伴在家做腹膜透析，想装光伏加储能当备用电源，地址成都市武侯区玉林北路 17 号 3 单元 402，联系人李淑芬 136 8812 0453。
        微信 zhou_xiaolong1991 的周小龙说要等年终奖 ¥45,000 到账才付尾款，现在手头很紧，让我们别再催了。
    """),
    "zh-Hant": _lines("""
        陳生（陳志偉）住沙田第一城 38 座 21 樓 F 室，車位 P3-112，想裝 EHSS 充電器，手機 9218 4473，平日 7 點後先方便聽電話。
        林太話佢老公中風之後行動唔方便，想將充電器裝近啲電梯大堂，叫我哋幫手同管理處傾。
        HKID Y582316(A) 嘅客人今朝打嚟話張單寫錯名，要改返做 LEUNG Ka Yan，唔該 CS 跟進同重新出單。
        台北客戶黃美玲，身分證 A226048174，住臺北市大安區和平東路二段 96 巷 12 號 4 樓，預約 5/18 下午勘查屋頂。
        師傅阿豪上個月俾警察拉咗，話涉嫌酒駕，而家保釋緊，今個月 roster 唔好排佢揸車。
        退款帳戶：中國信託 822-5401-2298-7731，戶名蔡志明，退還重複扣款 NT$3,280，請財務於 5 個工作天內處理。
        客人電郵 kaman.chow.hk@yahoo.com.hk 投訴我哋師傅喺佢屋企廁所食煙，要求扣返 HK$500，佢住日出康城 2 期 5 座 32 樓 C 室。
        台中劉先生（身分證 B123982043）的車 BEJ-8832 停在自家透天騎樓充電被鄰居檢舉，他說再被罰就要我們賠，手機 0932-187-554。
        表格提交：姓名 鄭嘉欣｜手機 6190 2237｜地址 九龍何文田常盛街 8 號 12 樓 B 室｜車牌 XK 2817｜安裝日期 2025-05-06
        阿芬話佢屋企欠咗財務公司二十幾萬，唔想 solar 分期貸款用佢個名，想轉做佢阿媽個名申請。
    """),
    "ms": _lines("""
        Pelanggan En. Mohd Faizal bin Abdullah, No. KP 850617-10-5523, alamat No. 23, Jalan SS 15/4B, Subang Jaya, minta tinjauan tapak untuk solar 6 kWp.
        Puan Rohana binti Ismail mengadu caj pengecas EV RM412 bulan lepas, katanya tiada siapa guna kereta sebab suaminya di hospital sejak Mac.
        Nombor akaun Maybank 1140 2286 7753 atas nama Lim Boon Keat untuk pemulangan deposit RM1,500, sila proses sebelum Jumaat.
        Juruteknik Azlan (Pasukan B) diberi surat amaran kedua kerana positif ujian dadah pada 3 April; gaji Mei ditahan sementara siasatan HR.
        Hubungi 012-738 4419 sebelum datang, rumah paling hujung, ada anjing garang di halaman.
        Kereta Cik Nabilah, Proton e.MAS 7 nombor pendaftaran VHK 2251, menghalang lot pengecas B-14; tunda jika tidak dialihkan selepas 2 jam.
        Encik Rajesh a/l Muniandy berhutang RM6,240 ansuran solar, tiga bulan tertunggak; dia kata baru diberhentikan kerja dan minta tangguh bayaran.
        Borang Solar ATAP: Nama: Tan Mei Ling | MyKad: 910304-07-5628 | Akaun TNB: 2200 4418 7735 | Alamat: 41, Lorong Kenari 3, Taman Bukit Jambul, 11900 Bayan Lepas, Pulau Pinang
        Emel daripada hazwan.razak92@gmail.com: saya nak batalkan tempahan pengecas sebab sudah bercerai dan rumah di Bangi akan dijual bulan depan.
        Pak Long (Encik Osman) beritahu dia ada sakit jantung, jadi jangan buat kerja bising selepas 9 malam di rumahnya di Kampung Baru.
    """),
    "mixed": _lines("""
        Eh boss, 那个 Mr Lim Kok Hwa 的 charger 还没 register LTA, NRIC S7712384I, hp 9655 2018, 住 Blk 537 Bedok North Ave 3 #08-1152, can check ah?
        CS note: 客人 Ho Wing Sze 話上個月 bill 多咗 HK$1,240, 佢個仔 has autism, 好怕裝修聲, 想 book 禮拜日 morning 先做。
        Booking confirm: Cik Aina Sofea, 019-226 4381, Unit 15-3A, Residensi Vista Kiara, Mont Kiara, charger 7kW, 22/4 jam 10 pagi, deposit RM300 sudah bayar.
        阿明 wife 入咗院 (kidney failure), 佢今個禮拜 cannot come work, roster 幫佢換去下個禮拜 OK?
        Technician log 2025-04-09: arrived 14:05 at 張先生 house, 台北市信義區松仁路 100 巷 7 號 3 樓, 電錶 03-12-8841-55, customer not home, left card.
        PayNow refund to 9381 6624 (Mdm Koh Siew Lan) S$120 for cancelled survey, pls screenshot 俾我 after transfer.
        Plate WUE 8801, MyKad 790512-14-6093 dan bil TNB bulan Mac, itu sahaja dokumen yang 陈先生 perlu hantar untuk mohon kad ChargEV.
        HR: Calvin Lau Chun Hei 人工 HK$28,500, 佢借咗公司 HK$15,000 advance 未還, 每月扣 HK$2,500 until October.
        客户 Ahmad Zulkifli 的 wife 说 dia mengandung 8 bulan, 不要在 rumah 施工太久, bolehkah siapkan dalam satu hari?
        FIN G5824163L, Nguyen Van Hoa, work permit 技工 for solar team, stays at Tuas South Dormitory, permit expires 2025-09-30, 要 renew 咗先可以上 roof.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for Voltbridge Energy Pte. Ltd., an LTA-registered EV charger installer in Singapore. Collect the details needed for a home site survey.",
        ),
        (
            "user",
            "Hi, I'd like a Wallbox installed at home. I'm Marcus Teo, 12 Jalan Lim Tai See, Singapore 268640, mobile 9023 5581. Weekday evenings are best.",
        ),
        (
            "assistant",
            "Thanks Marcus. I have 12 Jalan Lim Tai See, Singapore 268640 and 9023 5581. Is your main DB inside the house or at the car porch, and is the supply single-phase?",
        ),
        ("user", "Inside the storeroom, single-phase I think. Can you do Thursday 7pm?"),
        (
            "assistant",
            "Thursday 7pm is confirmed for the site survey. Our surveyor will WhatsApp you from our business line 30 minutes before arriving.",
        ),
    ],
    [
        (
            "user",
            "我住將軍澳日出康城 3 期 2 座 27 樓 A 室，車位 B1-045，想申請 EHSS 裝充電器，管理處話要逐戶登記，我應該準備咩文件？",
        ),
        (
            "assistant",
            "EHSS 係由屋苑業主立案法團或管理公司以整個停車場名義申請，個別車位業主通常要向管理處交車位業權證明同登記表。你可以先問管理處攞表格。",
        ),
        ("user", "明白。我叫周家豪，電話 6528 3309，車位業權喺我太太何美琪名下，係咪要佢簽名？"),
        (
            "assistant",
            "如果車位業權喺何美琪小姐名下，登記表一般要由業主簽署，或者由佢書面授權你代辦。建議你同管理處確認表格版本。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu khidmat pelanggan Suria Atap Solutions Sdn. Bhd. Bantu pelanggan dengan pertikaian bil dan jangan dedahkan data pelanggan lain.",
        ),
        (
            "user",
            "Saya Norazlina binti Hashim, akaun pelanggan SA-MY-004417, bil April RM1,286 padahal panel solar saya rosak sejak 2 April. Kenapa caj penyelenggaraan dikenakan?",
        ),
        (
            "assistant",
            "Maaf atas kesulitan, Puan Norazlina. Saya akan buka tiket pertikaian untuk akaun SA-MY-004417 dan minta juruteknik semak log inverter dari 2 April.",
        ),
        (
            "user",
            "Tolong hubungi saya di 013-662 9054 selepas pukul 6 petang, saya kerja syif di hospital.",
        ),
        (
            "assistant",
            "Baik, nombor 013-662 9054 dan waktu selepas 6 petang sudah dicatat dalam tiket. Anda akan terima SMS nombor rujukan dalam masa 24 jam.",
        ),
    ],
    [
        (
            "system",
            "客户档案：赵文斌，手机 186 2231 5470，地址 杭州市西湖区文三路 478 号 2 幢 801，车辆 浙A·D81226，已安装 7kW 壁挂桩，2025-02 有一笔 ¥1,280 维修费未付。",
        ),
        ("user", "帮我写一段简短的催款短信给这位客户，语气客气一点。"),
        (
            "assistant",
            "赵先生您好，您于 2025 年 2 月的充电桩维修费 ¥1,280 尚未结清，烦请于本月 25 日前通过 App 完成支付。如有疑问请回复本短信，感谢您的支持。",
        ),
        ("user", "好的，再加一句说可以分两期付。"),
        (
            "assistant",
            "赵先生您好，您于 2025 年 2 月的充电桩维修费 ¥1,280 尚未结清，如有需要可分两期支付，烦请于本月 25 日前通过 App 完成首期付款。感谢您的支持。",
        ),
    ],
    [
        (
            "system",
            "You help the operations lead of a Singapore solar installer plan technician rosters. Reply in the same mix of English and Chinese the user uses.",
        ),
        (
            "user",
            "Next week roster got problem lah. 阿伟 (Ng Chee Wei) just told me he got slipped disc, MC 5 days, and Siva's wife giving birth on Wednesday. 怎么排?",
        ),
        (
            "assistant",
            "OK, 阿伟 MC Mon-Fri 和 Siva Wednesday 请假 noted. 建议 Team A 的 roof jobs 移去 Thursday-Friday, Team C 借一个人过来 cover Wednesday 的 Jurong West survey.",
        ),
        (
            "user",
            "Can, but don't put 阿伟 name in the group chat, he don't want people know about his back.",
        ),
        (
            "assistant",
            "Understood. In the group roster I will only write Team A: 1 on leave, no name and no reason. The detailed reason stays in your HR file only.",
        ),
    ],
    [
        (
            "user",
            "我想在家裡屋頂裝太陽光電，地址是桃園市中壢區中央西路二段 85 巷 3 號，透天厝三樓，屋頂大約 60 平方公尺，可以裝多少瓩？",
        ),
        (
            "assistant",
            "以 60 平方公尺的平屋頂估算，扣除女兒牆與維修走道，大約可裝 8 到 10 瓩。實際容量要看遮蔭、結構與台電饋線容量，建議先安排現場勘查。",
        ),
        (
            "user",
            "好，請幫我預約。我叫吳建宏，身分證 H123457087，手機 0911-563-208，週六上午比較方便。",
        ),
        (
            "assistant",
            "已記下：吳建宏先生，手機 0911-563-208，週六上午勘查中壢區中央西路二段 85 巷 3 號。身分證字號勘查時不需要，簽約申請同意備案時才會用到，請先不必提供。",
        ),
    ],
    [
        ("system", "You are a writing assistant for homeowners in Malaysia."),
        (
            "user",
            "Help me write a complaint to the installer. My name is Kevin Chong Wai Keong, 8 Jalan Setia Bakti 3, Bukit Damansara, 50490 KL. Their team drilled into my water pipe on 3 April and my car WXY 5531 was covered in cement dust.",
        ),
        (
            "assistant",
            "Dear Sir/Madam, I am writing about the EV charger installation at 8 Jalan Setia Bakti 3, Bukit Damansara, 50490 Kuala Lumpur on 3 April. Your team damaged a water pipe and left my car WXY 5531 covered in cement dust. I request repair and cleaning costs within 14 days. Yours faithfully, Kevin Chong Wai Keong",
        ),
        ("user", "Add that I have photos and the plumber's receipt of RM640."),
        (
            "assistant",
            "Added: I have photographs of the damage taken on the day and a plumber's receipt for RM640, copies of which are attached for your reference.",
        ),
    ],
    [
        (
            "user",
            "Saya nak pasang solar 8 kWp tapi nak bayar ansuran. Gaji saya RM4,800 sebulan, ada hutang kereta RM980 sebulan dan PTPTN lagi RM200. Layak tak?",
        ),
        (
            "assistant",
            "Secara kasar, komitmen anda sekarang RM1,180 atau kira-kira 25% daripada gaji. Kebanyakan pelan pembiayaan solar mengehadkan nisbah hutang sekitar 60-70%, jadi anda mungkin layak, tetapi keputusan bergantung kepada bank.",
        ),
        (
            "user",
            "Ok, nama saya Amirul Hakim bin Zainal, IC 880921-01-6637. Boleh tolong isi borang pra-kelayakan?",
        ),
        (
            "assistant",
            "Saya boleh bantu isi draf: Nama Amirul Hakim bin Zainal, MyKad 880921-01-6637, pendapatan RM4,800, komitmen bulanan RM1,180. Sila semak sebelum hantar terus kepada bank, jangan kongsi salinan IC di kumpulan sembang.",
        ),
    ],
    [
        (
            "system",
            "You are the customer assistant of an EV charger installer in Hong Kong. Read back booking details to the customer for confirmation.",
        ),
        ("user", "Can you confirm my booking? Reference HK-BK-25-0877."),
        (
            "assistant",
            "Booking HK-BK-25-0877: Ms Tsang Pui Yee, Flat 9C, Block 2, Laguna Verde, Hung Hom, parking space G-211, mobile 9476 1182, installation on 14 May 2025 at 10:00, ABB Terra AC 7.4 kW. Is everything correct?",
        ),
        (
            "user",
            "Yes, but please change the phone to my husband's, 6033 8725, I'll be in hospital for surgery that week.",
        ),
        (
            "assistant",
            "Updated: contact number for HK-BK-25-0877 is now 6033 8725. Wishing you a smooth recovery; the technician will call that number the day before.",
        ),
    ],
    [
        ("system", "你是新马华人光伏安装公司的数据助理，帮同事整理表格。"),
        (
            "user",
            "帮我把这几行整理成表格：MY-0412, 黄伟杰, 016-228 7340, 12 Jalan Bunga Raya 5, Taman Sri Muda, Shah Alam, 6.6kWp; MY-0413, 蔡秀英, 012-905 1163, 7 Lorong Merbau 2, Taman Melawati, KL, 4.1kWp",
        ),
        (
            "assistant",
            "单号 | 姓名 | 电话 | 地址 | 容量；MY-0412 | 黄伟杰 | 016-228 7340 | 12 Jalan Bunga Raya 5, Taman Sri Muda, Shah Alam | 6.6kWp；MY-0413 | 蔡秀英 | 012-905 1163 | 7 Lorong Merbau 2, Taman Melawati, KL | 4.1kWp",
        ),
        ("user", "谢谢，蔡太太那单备注一下她在化疗，安装要避开周二。"),
        (
            "assistant",
            "已在 MY-0413 备注：安装避开周二。健康原因建议只写在内部 CRM 的受限备注里，不要放进共享排班表。",
        ),
    ],
]
