# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en313: SG/MY plumbers and water-heater installers (call-outs, home addresses, leak damage to neighbours, warranty claims, scalding incidents, invoices, plumbers' chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en313
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "price_list"): _lines("""
        Rate card 2026 (SG): standard call-out within 2 hours S$60, after 10pm or on Sundays S$90, waived if repair bill is above S$150. GST 9% applies.
        Replace storage water heater 15L/25L/35L, labour only S$80; disposal of old tank S$20; new Joven SB15 supplied at S$239 incl. 2-year warranty.
        Choke clearing: basin/sink S$80-120, floor trap S$100, WC bowl S$120-180, main sewer line quoted after CCTV inspection (S$180 per run).
        Instant heater with rain shower set, Rheem EZ Plus RES88 supply and install S$428, needs 20A isolator; electrical upgrade by LEW quoted separately.
        Concealed pipe leak detection (thermal camera + pressure test) S$250 per unit, credited to the repair bill if we do the hacking and re-tiling.
        Replace kitchen mixer tap from S$45 labour; Grohe Eurosmart 33281 tap S$189; Toto TX604 single lever S$156. Prices valid till 31 Mar 2026.
        Malaysia branch price list: tukar paip PVC 15mm RM12 per meter, leak repair from RM80, Alpha SMART 18i install RM150 labour, Klang Valley only.
        Invoice INV-2026-04417 | Ah Huat Plumbing Works Pte Ltd (UEN 201512345K) | 1x Ariston Andris2 30L S$298.00 | Labour S$90.00 | GST 9% S$34.92 | Total S$422.92
        Bulk rate for MCSTs and condo managing agents: quarterly booster pump servicing S$380 per pump set, emergency response within 4 hours, 24/7 line 6288 4410.
        Hacking and re-tiling after pipe repair S$18 per sq ft; matching tiles not guaranteed for units older than 15 years, owner to supply spare tiles if any.
        Gas water heater servicing (Rinnai, Tecno, Bosch): S$120 flush and check, flue inspection included; City Energy gas turn-on to be booked separately.
        Warranty claim handling fee S$0 if brand warranty valid; S$60 site inspection if element failure is due to hard water scale or a missing relief valve.
        Payment: PayNow to UEN 201512345K, cheques payable to Ah Huat Plumbing Works Pte Ltd, NETS and Visa accepted onsite. Quote the invoice no. on every transfer.
    """),
    ("en", "regulations"): _lines("""
        Under the Public Utilities (Water Supply) Regulations, only a licensed plumber registered with PUB may carry out water service work in Singapore premises.
        SS 636:2018 Code of practice for water services sets requirements for pipe materials, storage tanks and backflow prevention in Singapore buildings.
        PUB requires water fittings to be registered under the Mandatory Water Efficiency Labelling Scheme (MWELS); taps and mixers must meet at least the 2-tick rating.
        Storage water heaters sold in Singapore must bear the SAFETY Mark under the Consumer Protection (Safety Requirements) Registration Scheme.
        Electrical work for water heater circuits must be done by a Licensed Electrical Worker; the double-pole switch shall be installed outside the shower zone.
        Under HDB rules, owners must obtain a permit before replacing concealed water pipes or altering bathroom floor finishes; approval usually takes 7 working days.
        Malaysia: plumbing for new connections must follow the Uniform Technical Guidelines (Water Reticulation and Plumbing) issued by SPAN, Suruhanjaya Perkhidmatan Air Negara.
        Plumbers in Selangor must be registered with Pengurusan Air Selangor Sdn Bhd before submitting any borang permohonan sambungan air on behalf of owners.
        Hong Kong: plumbing works are regulated under the Waterworks Ordinance (Cap. 102) and only licensed plumbers may carry out works on inside services.
        Gas water heaters in Hong Kong must be installed by a registered gas installer employed by a registered gas contractor under the Gas Safety Ordinance (Cap. 51).
        Temperature control guidance recommends thermostatic mixing valves set at about 43 degrees C in elderly care facilities to cut scalding risk at the tap.
        BMSMA s.101: for inter-floor water seepage in strata units, the upper unit is presumed responsible unless the contrary is proven; the Strata Titles Boards hear disputes.
        HDB guideline: ceiling leak repair costs are generally shared equally between upper and lower flat owners, unless the leak is caused by one party's renovation.
    """),
    ("en", "dispatch_logs_and_config"): _lines("""
        2026-03-14T08:02:11+08:00 INFO dispatch job_id=JB-88213 zone=SG-EAST skill=water_heater eta_min=45 status=ASSIGNED van=V07
        2026-03-14T08:05:40+08:00 WARN sms-gateway retry=2 template=ETA_NOTICE msg_id=7f3c9a1e provider=twilio latency_ms=2381
        sla: {emergency_burst_pipe: 2h, no_hot_water: 24h, choke: 4h}, working_hours: '08:00-22:00', timezone: Asia/Singapore
        sku,brand,model,capacity_l,power_w,price_sgd,warranty_months,safety_mark,wels_ticks,stock_ubi
        HTR-ST-DHC6,Stiebel Eltron,DHC 6 instant,0,6000,469.00,24,Y,NA,7  # instant type, no tank, needs 32A MCB
        def scald_risk(temp_c: float) -> str: return 'HIGH' if temp_c >= 60 else 'MEDIUM' if temp_c >= 50 else 'LOW'  # thermostat audit helper
        CREATE TABLE warranty_claim (claim_no VARCHAR(20) PRIMARY KEY, serial_no VARCHAR(32), model VARCHAR(40), fault_code CHAR(3), created_at TIMESTAMP);
        2026-03-14 10:41:07 ERROR invoice-svc failed to render INV-2026-04432: template 'gst_9pct_v3' missing field 'uen'; fallback to v2
        Ninja Van tracking NVSGAHP0049921837: parcel 'Ariston element 1500W x2' out for delivery to Ah Huat Plumbing Works, 71 Ubi Crescent #05-12
        fault_codes = {'E1': 'NTC sensor open', 'E2': 'dry heating', 'E3': 'over temperature > 85C', 'E5': 'leakage current trip'}
        GET /api/v2/jobs?status=pending&zone=MY-KL&limit=50 200 OK 134ms req_id=b91e07d2c4 user_agent=PlumbDesk/4.12.3 (Android 14)
        cron: 0 7 * * 1-6 /opt/plumbdesk/bin/send_reminders --template=annual_heater_flush --dry-run=false --batch=200
        sha256(firmware_AR_SMART_v1.8.2.bin) = 3b7e9d0c5a41f2e8b6c1d94a07e5f3b2c8d1a6e9f0b4c7d2e5a8b1c3d6f9e0a2
    """),
    ("mixed", "business_reviews"): _lines("""
        Ah Huat Plumbing very fast lah, called at 9pm water heater leaking, they reached in 40 mins. Price as quoted, no anyhow add charge. 5 stars.
        Kedai Paip Seng Heng Jaya Klang memang terbaik, tukar water heater Alpha siap dalam sejam, harga pun reasonable. Recommended for Klang folks.
        Don't go to the one advertising S$30 call-out on Carousell, they came then say must change whole mixer set S$380. Go to a company with proper UEN.
        Booked via the Fix-It Brothers app, technician on time, explained the anode rod thing clearly. Only minus: no parking near the block so late 15 min.
        Review for 水电师傅 Mr Pipe Singapore: 服务好, 价钱公道, but their business WhatsApp 8123 4567 reply slow on Sunday. Overall still ok la.
        Joven service centre at Kaki Bukit very efficient, warranty claim approved same day, replacement tank delivered in 3 days. Terima kasih Joven!
        Aiyo the Rheem instant heater pressure so weak at level 25, technician say need booster pump. Product ok, but should tell us before buying mah.
        Google review 2/5: Mario Bros Plumbing (yes that's the shop name) fixed the choke but left cement dust everywhere. Still, bathroom no more smell.
        Servis Air Panas Ah Kow Enterprise di Ipoh murah dan jujur, tak paksa tukar heater baru. Cuma kena tunggu 2 hari sebab ramai customer.
        Their office at 10 Ubi Crescent, Ubi Techpark #01-45 has a showroom, can see the Hansgrohe and Toto displays before you decide. Staff very patient.
        Used Plumber Lobang Pte Ltd twice. Both times invoice came with UEN 201834567W and proper warranty card, 90 days workmanship guarantee. Steady.
        Thomas Crapper would be proud lol, the Toto Washlet install was neat, wiring hidden in trunking, and they gave a tutorial for the remote.
        Tampines 这家 hardware shop 什么 fittings 都有, ball valve, PPR pipe, Teflon tape, 老板 very knowledgeable, 但是 cash only, no PayNow.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Van 3 team pls go Jurong Point food court first, sink choke at stall kitchen, mgmt office say must finish before 11am lunch crowd. Bring the eel.
        Boss, the Ariston 30L stock at Ubi warehouse only left 4 units. Supplier say next shipment 22 Mar, should I order 20 from Hock Seng Trading?
        Reminder all: PUB licence renewal due end of month, submit CPD hours via the portal. Those without LP card cannot sign off water service forms.
        Job JB-88230 done, replaced PRV and thermostat, tested 55C at tap, photos uploaded to folder. Paid by PayNow, ref matches invoice 04439.
        Aiya the Bosch unit at the polyclinic staff pantry E3 error again. Warranty still valid until Aug, I open claim with Bosch service centre ok?
        Van 1 pls don't park at loading bay of Tampines Mall again, got summon S$70 last week. Use the Century Square season parking, company pays.
        Tomorrow NEA got heavy rain warning 2pm-5pm, roof gutter jobs postpone to Thursday. Indoor jobs go ahead as scheduled, check the roster.
        Kawan-kawan, stok paip PPR 20mm kat stor JB dah habis. Sesiapa lalu Kedai Hardware Sin Lee Taman Pelangi tolong ambil 10 batang, akaun syarikat.
        Boss say from 1 April call-out charge become S$70, update the quotation template in PlumbDesk before Monday. Old quotes honour until 15 April.
        Sapa ada ambik pipe wrench 18 inch dari van 2? Ridgid punya, warna merah. Tolong letak balik by today, esok ada job commercial kat Mont Kiara.
        FYI the Rinnai gas heater manual says min inlet gas pressure 1.0 kPa, town gas ok, but LPG cylinder must use the 2.8 kPa regulator.
        今天 Toa Payoh HDB hub 的公厕 job 改到明天早上 8 点, town council 说 key 在 management office 拿. Bring extra flush valve, the Geberit one.
        Safety briefing Friday 5pm at the Ubi office: handling scald injuries on site, first aid kit check, and the new MOM WSH rules for working at height.
    """),
    ("ms", "notis_dan_pengumuman"): _lines("""
        NOTIS GANGGUAN BEKALAN AIR: Air Selangor akan menjalankan kerja-kerja penyambungan paip utama di Jalan Klang Lama pada 18 Mac 2026, 10 pagi hingga 10 malam.
        Pengguna di kawasan terjejas dinasihatkan menyimpan air secukupnya. Bekalan air dijangka pulih sepenuhnya dalam tempoh 24 jam selepas kerja siap.
        Untuk sebarang aduan, hubungi Pusat Khidmat Pelanggan Air Selangor di talian 15300 atau melalui aplikasi Air Selangor, beroperasi 24 jam.
        Makluman: Kedai kami di No. 23, Jalan Perusahaan 2, Taman Perindustrian Bukit Beruntung akan ditutup pada 1 Syawal dan dibuka semula pada 4 Syawal.
        Tawaran istimewa Mac: pemanas air segera Alpha SMART 18i dengan pemasangan percuma RM499 sahaja, sah untuk kawasan Lembah Klang dan Seremban.
        Peringatan keselamatan: Jangan tutup atau sumbat injap keselamatan pemanas air jenis tangki. Tekanan berlebihan boleh menyebabkan tangki meletup.
        Waktu operasi bengkel: Isnin hingga Sabtu 9 pagi - 6 petang, Ahad dan cuti umum tutup. Panggilan kecemasan paip pecah: 03-8741 2290 (24 jam).
        Notis kepada penduduk Kondominium Seri Maya: kerja penukaran tangki air di bumbung Blok B akan dijalankan 20-21 Mac, bekalan air dipotong 9 pagi-5 petang.
        Syarat waranti: waranti 5 tahun untuk tangki dan 1 tahun untuk elemen pemanas, tidak termasuk kerosakan akibat air kotor atau voltan tidak stabil.
        Indah Water Konsortium (IWK) mengingatkan pemilik premis supaya mengosongkan tangki septik individu setiap 2 tahun untuk mengelakkan tersumbat.
        Orang ramai dinasihatkan supaya pemanas air gas hanya dipasang oleh kontraktor gas yang berdaftar dengan Suruhanjaya Tenaga dan mematuhi MS 930.
        Invois syarikat: Syarikat Paip Jaya Bersatu Sdn Bhd (No. Syarikat 201701023456 (1234567-X)), Lot 5, Jalan Kenari 3, Puchong. Bayaran dalam 30 hari.
        Kursus Pemasangan Paip Asas anjuran Akademi Binaan Malaysia (ABM), CIDB, dibuka untuk pendaftaran sehingga 30 April 2026. Yuran RM350 seorang.
    """),
    ("zh-Hans", "产品介绍"): _lines("""
        【新品上架】Joven 佳乐 SB25 储水式热水器 25升, 2400W, 新加坡 SAFETY Mark 认证, 内胆保修 7 年, 促销价 S$289, 含基本安装及旧机回收。
        阿里斯顿 Ariston Andris2 30L 小厨宝式热水器, 适合组屋浴室吊顶安装, 搪瓷内胆, 镁棒防腐, 型号 AN2 30 RS 2.5 SG, 零售价 S$298。
        林内 Rinnai RUS-R1022 燃气即热式热水器, 适用于城市煤气, 恒温出水 38-75°C, 带防冻保护功能, 必须由注册燃气技师上门安装。
        樱花 SAKURA 电热水器 SH-1520, 15升快速加热, 防漏电保护 30mA, 马来西亚 SIRIM 认证, 售价 RM459, 吉隆坡门市现货供应。
        产品参数: 额定电压 230V~50Hz, 额定功率 3000W, 最高工作压力 0.8MPa, 防水等级 IPX4, 净重 11.2kg, 外形尺寸 450×450×300mm。
        温馨提示: 首次使用前请先打开热水龙头排出空气, 确认有水流出后再接通电源, 切勿空烧, 否则加热管损坏不在保修范围之内。
        格兰富 Grundfos SCALA2 家用增压泵, 适用于高楼层水压不足, 运行噪音仅 45dB, 新加坡官方代理保修 2 年, 库存编号 PMP-GF-SCALA2。
        配件清单: 安全阀 x1, 膨胀螺丝 x4, 挂架 x1, 生料带 x1, 说明书及保修卡 x1。缺件请于签收 7 天内联系客服热线 +65 6748 3320。
        Shopee 店铺「水管大叔 Plumber Uncle Official」月销 1.2万件, 4.9分好评, 下单满 S$150 免运费, 发货地 新加坡 Woodlands 仓库。
        美的 Midea 即热式热水器 DSK85, 8500W 大功率, 适合淋浴直热, 需独立 40A 空气开关及 6mm² 电线, 建议由持牌电工 (LEW) 安装。
        德国 Hansgrohe 汉斯格雅 Crometta 花洒套装 SKU 27812400, 新加坡节水标签 3 勾认证, 流量 9 升/分钟, 新加坡售价 S$329。
        热水器常见故障代码说明: E1 温度传感器开路, E2 干烧保护, E3 超温保护, E4 漏电保护动作; 出现以上代码请立即断电并联系售后。
        本店为 Ariston 阿里斯顿马来西亚授权经销商, 公司注册号 201901034567 (1334567-K), 门市地址: 槟城 Jalan Burmah 88 号店铺。
    """),
    ("zh-Hant", "保養條款與公告"): _lines("""
        保養條款: 本熱水爐由購買日起計享有 3 年原廠保養, 內膽保養 5 年, 須憑正本發票及保用證辦理, 發票複印本恕不接受。
        以下情況不屬保養範圍: 非認可技工安裝、使用非原廠配件、水質過硬導致結垢、雷擊或電壓不穩所造成之任何損壞, 以及自行拆機維修。
        機電工程署提醒: 氣體熱水爐必須由註冊氣體裝置技工安裝, 並須裝設於通風良好位置, 浴室內只可安裝密封式或平衡式氣體爐具。
        櫻花牌 SH-1691 數位恆溫熱水器 16L, 台灣製造, 原廠保固 2 年, 客服專線 0800-622-558 (服務時間 週一至週六 8:30-17:30)。
        水務署提示: 內部供水系統由業主負責保養, 如發現水錶後喉管滲漏, 請聘請持牌水喉匠維修, 查詢可致電水務署客戶服務熱線。
        維修收費表 (香港): 上門檢查 HK$380, 更換電熱水爐發熱線 HK$680 起, 更換溫度控制器 HK$450, 夜間及公眾假期附加費 50%。
        澳門自來水公司通告: 因進行供水管網更新工程, 氹仔區部分街道將於 3 月 19 日凌晨 1 時至 6 時暫停供水, 不便之處敬請見諒。
        防燙傷提示: 長者及兒童使用熱水時, 建議出水溫度不高於 50°C; 可加裝恆溫混水閥, 並定期檢查溫控器是否運作正常。
        發票編號 HK-INV-260314-0172 | 永發水喉工程有限公司 | 更換 Ariston 15 升熱水爐連安裝 HK$2,880 | 已收現金 | 保養期至 2029-03-14
        臺北自來水事業處公告: 用戶內線漏水請洽登記合格之自來水管承裝商修理, 本處僅負責水表前之管線維護, 相關規定請參閱官網。
        常見問題: 熱水爐開啟後出水不熱? 請先確認總電掣及漏電斷路器有否跳掣, 再檢查溫度旋鈕設定, 仍無改善請預約技術員上門。
        公司資料: 永發水喉工程有限公司, 商業登記號碼 61234567, 地址: 九龍觀塘鴻圖道 51 號 8 樓 B 室, 辦公時間 9:00-18:00。
        品牌歷史: Rheem 由 Richard 及 Donald Rheem 兄弟於 1925 年在美國加州創立, 最初生產鍍鋅鋼桶, 其後逐步發展為熱水器品牌。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Call-out JB-88301: Mr Tan Wei Liang, Blk 412 Tampines St 41 #08-223, S520412, water heater tripping since yesterday, contact 9178 2264.
        Neighbour below, Mdm Rosnah binte Ismail at #07-223, says water stain on her kitchen ceiling, she wants us to pay for repainting before Hari Raya.
        Pls note the customer at Jurong West, Mr Rajesh Kumar s/o Muthu, is on dialysis three times a week, only free Tue/Thu/Sat afternoons.
        Warranty claim form - Owner: Chloe Ng Hui Min, NRIC S8834127F, Model Ariston AN2 30, Serial 2204SG118873, Purchase date 12/05/2024.
        Scalding incident report: owner's 4-year-old grandson Ethan Lim got 2nd degree burns on right hand, treated at KK Hospital, heater thermostat stuck at 75C.
        Invoice to: Mr & Mrs Daniel Koh, 23 Jalan Kembangan, Singapore 419123. Replace concealed hot water pipe, S$1,280. Balance S$780 outstanding since Jan.
        Customer e-mail: priya.nair88@gmail.com, she wants the scanned invoice and photos of the leak under her sink for her home insurance claim.
        Bank transfer received from OCBC 595-123456-001 (LEE KAH HOE) S$350 for job JB-88270, matched against invoice.
        The auntie at #11-05 kept crying, said her husband Mr Goh just lost his job and can't pay the S$600 for the pipe burst, asked if can pay over 3 months.
        FIN G5123478N, Nguyen Thi Lan, domestic helper at the Bukit Timah house, witnessed the water heater burst, statement taken 14 Mar 10:15.
        Car SLA4821K is blocking our lorry at the loading bay, owner is the tenant Mr Faizal, please message him at 8834 9021 to move it.
        Landlord's HP 9654 0037, call only after 6pm, he works night shift at Changi cargo and gets angry if woken up.
        Mdm Wong Siew Lan, 78, lives alone at Blk 105 Ang Mo Kio Ave 4 #03-1190, has dementia, her daughter asked us to call her before every visit.
        job_id,name,phone,address,issue / JB-88317,Muhammad Hafiz bin Osman,+65 9023 7741,Blk 688C Woodlands Dr 73 #12-45,ceiling leak from upper unit
        Lower-floor owner Kelvin Teo has engaged a lawyer and is claiming S$4,500 from the upper unit owner, Mr Ong, for the mould damage and his son's asthma.
        Please don't send Ah Boy to the Pasir Ris job again, the customer Mrs Cheryl Yeo complained he was rude and she filed a complaint with CASE.
        Photo attached: IMG_4471.jpg shows Mr Lim Boon Keat's bathroom at Blk 17 Everton Park #04-88, with his walking frame next to the heater switch.
        Salary slip March: plumber Suresh Ganesan, basic S$2,400, OT S$610, CPF employee S$602, net pay S$2,408, credited to POSB 123-45678-9.
    """),
    "mixed": _lines("""
        Bro the uncle at Blk 221 Serangoon Ave 4 #06-118, Mr Chua, dia kata heater bocor dah 3 hari, his HP 9311 5620, go after lunch can?
        陈先生 at Sengkang, 他的热水器 warranty card 上写 NRIC S7512398H, 叫我们 check with Joven if still can claim lah.
        Lee Ah Kow tu dah 2 bulan tak bayar invois RM1,850 for the rumah kat Taman Connaught, his wife say dia masuk hospital, stroke.
        林太 called again, 楼下 unit 的 Mrs Ramasamy 要 claim S$2,000 for the spoiled wardrobe, 林太自己 7 months pregnant some more, very stressed.
        阿明 the part-timer confirm tomorrow come or not? His IC 020918-10-5531, need for the site pass at the condo guardhouse.
        Customer Nur Aisyah binti Kamal, 012-778 3419, rumah No. 14 Jalan SS 2/55 Petaling Jaya, nak pasang heater bilik air atas, prefer female technician.
        Scald case: the makcik's granddaughter Sofea, 6 years old, kena air panas 70C dari heater, now in Hospital Sultanah Aminah burns unit, family nak saman.
        Eh the subcon Tan Chee Seng owes me S$3,200 from last year's condo job, he blocked my WhatsApp already, this guy really cannot.
        Form: Nama: Wong Kar Heng | HP: +60 16-245 9902 | Alamat: 8, Lorong Burhanuddin Helmi 3, TTDI, 60000 KL | Model: Alpha SMART 18i | S/N AL18i-77310
        Auntie Mei Ling's son say his mum just divorced and moved to Blk 35 Marine Crescent #09-14 alone, pls install grab bar and lower heater temp for her.
    """),
    "ms": _lines("""
        Encik Azman bin Hassan, No. KP 780415-08-5127, mohon tuntutan waranti pemanas air Joven yang rosak selepas 8 bulan digunakan.
        Pelanggan di No. 27, Jalan Mawar 5, Taman Sri Muda, Shah Alam, Puan Haslinda, nombor telefon 019-332 8814, paip bawah singki bocor.
        Jiran tingkat bawah, Puan Suriati, mengadu siling rumahnya runtuh akibat kebocoran dari bilik air unit atas dan menuntut ganti rugi RM3,500.
        Bayaran untuk kerja paip dibuat ke akaun Maybank 1620 4455 8190 atas nama MOHD RIDZUAN BIN ABDULLAH, sila sahkan penerimaan.
        Pak Cik Osman menghidap kencing manis dan kaki kirinya telah dipotong, jadi tolong pasang pemanas air di bilik air tingkat bawah sahaja.
        Laporan kemalangan: Adik Danish Haikal, 3 tahun, melecur di bahagian dada akibat air panas dari pemanas air, dirawat di Hospital Tengku Ampuan Rahimah.
        Kereta Encik Zulkifli, nombor plat WXY 8832, menghalang laluan lori kami di Taman Bukit Indah, tolong telefon dia alihkan sebelum 9 pagi.
        E-mel pelanggan: farahwahida.k@yahoo.com, beliau minta salinan invois dan gambar kerosakan untuk tuntutan insurans rumah.
    """),
    "zh-Hans": _lines("""
        客户信息: 黄建国, 身份证号 440305198807162315, 手机 138 2657 4491, 地址 深圳市南山区桃园路 118 号 3 栋 1602, 热水器漏水上门维修。
        王阿姨说她儿子欠了一屁股债, 这次换热水器的 S$420 要分三期付, 老板同意了, 先记在账上。
        李小姐 (新加坡 Punggol, 电话 8756 2013) 投诉上次安装的热水器漏电, 她洗澡时被电了一下, 已去 Sengkang General Hospital 检查。
        楼下邻居张太太要求我们赔偿天花板水渍, 她说她老公患肺癌正在化疗, 房子不能有霉味, 请尽快处理。
        保修登记: 姓名 刘志强, 护照号 E51234876, 邮箱 liuzq_1988@163.com, 型号 Rinnai RUS-R1022, 购买日期 2025-11-02。
        师傅群里说的那个阿豪, 上个月被警察抓了, 说是偷工地的铜管去卖, 以后他的单都转给别的师傅。
        收款记录: 2026-03-12 支付宝转账 ¥1,200 来自 周晓雯 (账号 zhouxw***@qq.com), 用于杭州滨江区住宅热水器更换。
    """),
    "zh-Hant": _lines("""
        客戶: 陳志豪先生, 香港身份證 K382914(6), 電話 9123 4876, 地址 沙田第一城 32 座 18 樓 F 室, 熱水爐漏電跳掣。
        樓下住戶何太投訴天花滲水, 已報滲水投訴聯合辦事處, 要求樓上 12 樓 A 室業主李先生負責維修費 HK$18,000。
        台灣客戶 林美玲, 身分證字號 F228519034, 住 新北市板橋區文化路一段 215 號 7 樓, 熱水器保固申請。
        澳門客戶梁安東先生, 電話 6628 1193, 話熱水爐燙傷事故後太太要入鏡湖醫院治療, 要求公司賠償醫藥費。
        工程師阿輝話佢老婆上個禮拜啱啱流產, 佢今個禮拜請假陪佢, 佢嘅單全部交俾第二隊跟, 唔該大家幫手。
        匯款資料: 中國銀行(香港) 012-875-1-234567-8, 戶名 CHAN SIU KEUNG, 金額 HK$4,350, 用途: 更換熱水爐及喉管。
        黃伯伯今年 82 歲, 獨居, 患柏金遜症, 手震唔可以自己調熱水溫度, 社工要求我哋裝恆溫閥。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the dispatch assistant for a Singapore plumbing company. Write short, polite SMS messages to customers.",
        ),
        (
            "user",
            "Draft an ETA SMS for Mr Tan Wei Liang, Blk 412 Tampines St 41 #08-223, HP 9178 2264. Our van will reach around 2:30pm for the water heater tripping.",
        ),
        (
            "assistant",
            "Hi Mr Tan, this is Ah Huat Plumbing. Our technician will reach Blk 412 Tampines St 41 #08-223 at about 2:30pm today to check your water heater. Please keep the heater switch off until we arrive. Thank you!",
        ),
        ("user", "Shorter pls, SMS limit."),
        (
            "assistant",
            "Hi Mr Tan, Ah Huat Plumbing here. Tech reaching ~2:30pm today for your heater. Pls keep heater switch off. Thanks!",
        ),
    ],
    [
        (
            "user",
            "My upstairs neighbour's bathroom leaked into my ceiling. I'm Kelvin Teo at Blk 520 Jurong West St 52 #09-310, the upper unit is #10-310, owner Mr Ong Beng Huat. Plumber says it's his floor trap. How do I claim?",
        ),
        (
            "assistant",
            "For HDB flats, the usual first step is to ask the upper unit owner to allow an inspection, and HDB's guideline is that inter-floor leak repair costs are generally shared equally unless the leak is clearly caused by one side, for example a faulty floor trap. Keep photos, the plumber's written report and quotes, then write to Mr Ong with the findings.",
        ),
        (
            "user",
            "He refuses to answer. I already spent S$1,200 on repainting and my son's asthma got worse from the mould.",
        ),
        (
            "assistant",
            "Then send a dated letter or e-mail summarising the plumber's report, your repair costs of S$1,200 and the medical bills, and give a deadline. If he still does not respond, you can seek help from the HDB branch or mediation at the Community Mediation Centre before going to the Small Claims Tribunals.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu khidmat pelanggan untuk pengedar pemanas air di Malaysia. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong tulis surat tuntutan waranti. Nama saya Azman bin Hassan, No. KP 780415-08-5127, alamat No. 9, Jalan Kenanga 4, Taman Melawati, 53100 Kuala Lumpur. Pemanas air Joven JH25 rosak selepas 8 bulan.",
        ),
        (
            "assistant",
            "Tuan/Puan, Saya, Azman bin Hassan (No. KP 780415-08-5127), beralamat di No. 9, Jalan Kenanga 4, Taman Melawati, 53100 Kuala Lumpur, ingin memohon tuntutan waranti bagi pemanas air Joven JH25 yang rosak selepas 8 bulan digunakan. Bersama ini saya lampirkan salinan resit pembelian dan kad waranti. Sekian, terima kasih.",
        ),
        ("user", "Boleh tambah nombor telefon saya 013-662 9051?"),
        (
            "assistant",
            "Boleh. Tambah ayat ini sebelum penutup: Sila hubungi saya di talian 013-662 9051 untuk menetapkan tarikh pemeriksaan.",
        ),
    ],
    [
        (
            "user",
            "帮我整理一张发票: 客户 李淑芬小姐, 新加坡 Punggol Field 271B #14-562, 电话 8756 2013。更换 Ariston 30 升热水器 S$298, 人工 S$90, 加 9% GST。",
        ),
        (
            "assistant",
            "发票内容如下: 客户: 李淑芬小姐 | 地址: 271B Punggol Field #14-562 | 电话: 8756 2013 | 1x Ariston Andris2 30L S$298.00 | 人工 S$90.00 | 小计 S$388.00 | GST 9% S$34.92 | 总计 S$422.92。",
        ),
        ("user", "她说可以分两期付吗? 上次她说老公失业了。"),
        (
            "assistant",
            "可以在发票备注写: 应客户要求分两期付款, 首期 S$211.46 于安装当日支付, 余款 S$211.46 于 30 天内支付。个人家庭情况不建议写在发票上。",
        ),
    ],
    [
        ("system", "你是香港一間水喉工程公司的助理, 負責撰寫事故報告。"),
        (
            "user",
            "幫我寫燙傷事故報告: 2026 年 3 月 10 日, 沙田第一城 32 座 18 樓 F 室, 客戶陳志豪先生 6 歲嘅仔陳浩然洗澡時被 70 度熱水燙傷左腳, 送咗威爾斯親王醫院。",
        ),
        (
            "assistant",
            "事故報告: 日期 2026 年 3 月 10 日; 地點: 沙田第一城 32 座 18 樓 F 室; 傷者: 陳浩然 (6 歲, 客戶陳志豪先生之子); 經過: 洗澡時出水溫度約 70°C, 左腳燙傷, 已送往威爾斯親王醫院治理; 初步懷疑熱水爐溫控器失靈, 本公司將安排技術員檢查並暫停使用該熱水爐。",
        ),
        ("user", "加埋佢電話 9123 4876 同埋我哋技術員跟進日期 3 月 12 日。"),
        (
            "assistant",
            "已補充: 客戶聯絡電話 9123 4876; 跟進安排: 技術員將於 2026 年 3 月 12 日上門檢查溫控器及安全閥, 並提交書面報告。",
        ),
    ],
    [
        (
            "user",
            "Help me write a WhatsApp msg to chase payment. Customer Lee Ah Kow, house at 22 Jalan 3/6 Taman Connaught Cheras, owe RM1,850 since January for the water heater and piping. Last time his wife said he had a stroke.",
        ),
        (
            "assistant",
            "Here's a polite version: Hi Encik Lee, this is from Kedai Paip Seng Heng. Hope you are recovering well. Just a gentle reminder on the outstanding RM1,850 for the water heater and piping works at 22 Jalan 3/6 Taman Connaught since January. If it's difficult to pay in full, we can arrange instalments. Thank you.",
        ),
        ("user", "Can make it Manglish a bit, not so formal."),
        (
            "assistant",
            "Hi Encik Lee, Seng Heng here. Hope you feeling better already. Just remind ya, the RM1,850 for the heater job at Taman Connaught still pending since Jan. If tight, can pay slowly slowly, we arrange instalment ok. Thanks ah!",
        ),
    ],
    [
        (
            "system",
            "CRM record loaded: customer=Chloe Ng Hui Min; nric=S8834127F; phone=+65 9832 1147; address=8 Bedok Reservoir View #11-07, Singapore 478930; heater=Ariston AN2 30 SN 2204SG118873; purchased=2024-05-12. Help staff schedule warranty visits.",
        ),
        ("user", "When is her warranty expiring and can we schedule on Saturday morning?"),
        (
            "assistant",
            "The Ariston AN2 30 was purchased on 12 May 2024, so a 2-year warranty runs until 11 May 2026; it is still valid. Saturday morning works. Shall I send a confirmation to +65 9832 1147 for the visit to 8 Bedok Reservoir View #11-07?",
        ),
        ("user", "Yes, 10am slot."),
        (
            "assistant",
            "Done: warranty visit booked for Saturday 10am at 8 Bedok Reservoir View #11-07 for Ms Chloe Ng; confirmation SMS queued to +65 9832 1147.",
        ),
    ],
    [
        ("user", "Summarise yesterday's jobs for the boss, no need details."),
        (
            "assistant",
            "Yesterday: 6 jobs completed. 1) Mdm Wong Siew Lan, Blk 105 Ang Mo Kio Ave 4 #03-1190, heater thermostat replaced, daughter informed. 2) Mr Rajesh Kumar, Jurong West, leaking mixer tap fixed. 3) Two condo booster pump services. 4) One commercial choke at Jurong Point. 5) Warranty inspection for Mr Chua, Blk 221 Serangoon Ave 4 #06-118, claim pending.",
        ),
        ("user", "Eh I said no need details, boss only wants the count and revenue."),
        (
            "assistant",
            "Sorry. Short version: 6 jobs completed, revenue S$2,145 before GST, 1 warranty claim pending, no callbacks.",
        ),
    ],
    [
        (
            "system",
            "You help a small Malaysian plumbing firm with HR admin. Reply in mixed English and Malay like the staff.",
        ),
        (
            "user",
            "Worker kita Faizal bin Rahman, IC 950622-01-6637, MC 5 hari sebab kena hepatitis A. Need to write note to customer we delay the job kat Skudai.",
        ),
        (
            "assistant",
            "Note to customer (no need to mention his illness): Dear customer, due to unforeseen staff shortage, our team will need to reschedule your job in Skudai. We will contact you within 2 days with a new date. Mohon maaf atas kesulitan.",
        ),
        ("user", "Ok and update his leave record also."),
        (
            "assistant",
            "Leave record: Faizal bin Rahman (IC 950622-01-6637), medical leave 5 days, 16-20 Mar 2026, reason hepatitis A, MC from Klinik Kesihatan Skudai attached. Remember to keep this record confidential.",
        ),
    ],
    [
        (
            "user",
            "I want to complain to CASE about a plumber who overcharged me. My name is Jasmine Tay, 47 Lorong 27 Geylang #03-02, phone 9187 6623. They charged S$650 to change a basin tap.",
        ),
        (
            "assistant",
            "You can file online with the Consumers Association of Singapore. Include your details, the company's name and UEN from the invoice, the date, what was quoted vs charged, and photos of the invoice and the tap. Ask for a refund of the amount above a fair price.",
        ),
        (
            "user",
            "The company is Plumber Lobang Pte Ltd, invoice PL-22914, S$650 but they quoted S$120 over the phone.",
        ),
        (
            "assistant",
            "Draft: I, Jasmine Tay (47 Lorong 27 Geylang #03-02, 9187 6623), engaged Plumber Lobang Pte Ltd to replace a basin tap. The phone quote was S$120, but invoice PL-22914 charged S$650 without prior agreement. I request a refund of S$530. Attached: invoice and photos.",
        ),
    ],
]
