# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en266: SG/MY swimming pool maintenance and water-treatment contractors (chlorine logs, pool closures, condo pool incidents, technician rosters, chemical invoices). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en266
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "chlorine_log_lines"): _lines("""
        2026-11-03 07:15 SGT | Pool: Main 25m | FAC 2.1 ppm | CC 0.3 ppm | pH 7.4 | Temp 29.6°C | Turbidity 0.4 NTU | Status OK
        [LOG] site=TPY-SC-50M ts=2026-11-03T14:00:12+08:00 orp_mv=712 ph=7.62 dose_pump_A=ON naocl_tank_pct=38 alarm=NONE fw=v3.4.1
        Reading #0457 Kiddie pool 10:30 FAC 3.8 ppm (above 3.0 limit) - dosing paused, re-test scheduled 11:30, refer SOP WT-07 section 4.2
        03/11 16:45 Jacuzzi B: pH 7.9, FAC 1.6, TA 110 ppm, CYA n/a (indoor). Added 250 ml HCl 33% via feeder. Recheck 17:15 pH 7.5 OK.
        Daily summary Block C rooftop pool: 6 readings, avg FAC 1.8 ppm, min 1.2 (09:00), max 2.6 (19:00), pH range 7.2-7.6, no breach of NEA limits.
        Backwash log - Filter No.2 sand filter, pressure 1.4 bar before / 0.7 bar after, duration 4 min, waste to sewer DN100, meter reading 048213 m3
        ALERT 2026-11-04 02:11:47 ORP below 650 mV for 15 min at Jurong East Swimming Complex leisure pool; auto-SMS sent to contractor control room 6748 2210
        Saltwater chlorinator cell #SC-3 output 60%, salinity 3400 ppm, cell voltage 23.8 V, reverse polarity every 4h - next acid clean due 2026-12-15
        Weekly microbiological sample sent to lab, sample ID WQ-26-11-0912, HPC <100 CFU/ml, E. coli not detected, Pseudomonas aeruginosa not detected.
        09:00 cyanuric acid 42 ppm outdoor lap pool Sentosa Cove site, calcium hardness 260 ppm, LSI +0.1, no adjustment needed today
        pool_id,reading_ts,fac_ppm,cc_ppm,ph,orp_mv,water_temp_c,tech_code,bather_load,remarks
        P-017,2026-11-05 08:00,1.9,0.2,7.3,705,30.1,T07,42,normal bather load after morning swim school session
        Shock treatment record: 12 kg calcium hypochlorite 70% (HTH granules) pre-dissolved in pail, added after closing 22:00, target FAC 10 ppm, reopen below 3 ppm.
    """),
    ("en", "pool_closure_notices"): _lines("""
        NOTICE: The swimming pool will be closed from 10 to 12 Nov 2026 for filter media replacement. We apologise for any inconvenience. - Management Office, The Seaview Residences
        Pool closed today due to a faecal incident in the shallow end. Water will be superchlorinated and tested; reopening expected 6pm subject to test results.
        Due to lightning alert (NEA/MSS), the pool and jacuzzi are closed until the alert is lifted. Please follow the instructions of the lifeguard on duty.
        Dear Residents, the children's pool is closed for regrouting works by Aquaserve Pte Ltd (UEN 201534718K). Enquiries: management office 6452 8810, 9am-6pm Mon-Fri.
        Toa Payoh Swimming Complex: competition pool closed 15-16 Nov for the national age-group meet. Teaching pool and leisure pool remain open 8am-9.30pm.
        The rooftop infinity pool at Tower 2 will undergo annual tile inspection on 20 Nov, 9am-5pm. Gym and BBQ pits are unaffected. Thank you for your understanding.
        Temporary closure: pump room flooded after last night's heavy rain. Contractor attending. Updates will be posted on the condo app under Facilities > Pool.
        MCST 3871 wishes to inform that pool water will be drained on 2 Dec for resurfacing. Estimated reopening 23 Dec. Queries: mcst3871@seaviewres.com.sg
        Pool hours revised from 1 Dec: 7am to 10pm daily, closed every first Monday for maintenance. Jacuzzi closes at 9pm. No glass bottles at pool deck.
        Due to the Formula 1 Singapore Grand Prix road closures, chemical delivery is rescheduled and the spa pool at our Marina Bay site may close early on 3-5 Oct.
        IMPORTANT: Do not swim after heavy rain until water has been tested. Green flag = open, red flag = closed. Lifeguard post hotline 6100 2233 (24h).
        Notice to contractors: pool plant room access only with permit-to-work PTW-2026-0412 signed by the Facility Manager; PPE and chemical gloves compulsory.
        Closure Extension: resurfacing works delayed by rainy weather. New reopening date 30 Dec 2026. Booking fees for cancelled lane slots will be refunded via the app.
    """),
    ("en", "chemical_invoices"): _lines("""
        TAX INVOICE No. INV-2026-11-0381 | ClearBlu Chemicals Pte Ltd | UEN 200912345W | GST Reg No. M2-0123456-7 | Date 04/11/2026 | Terms 30 days
        Sodium hypochlorite 10-12% solution, 25L carboy x 40 @ S$18.50 = S$740.00; deposit on carboys 40 x S$5.00 = S$200.00 (refundable on return)
        TCCA 90% 200g tablets (50kg drum) SKU TC-200-50 x 2 @ RM 1,150.00 = RM 2,300.00; SST 8% RM 184.00; Total RM 2,484.00
        Bill to: Hotel Perdana Kuala Lumpur, Engineering Department, Jalan Sultan Ismail, 50250 Kuala Lumpur. Ship to: Level 6 pool plant room, service lift.
        Payment to ClearBlu Chemicals Pte Ltd, DBS current account 072-901234-5, or PayNow to UEN 200912345W. Please quote invoice number as reference.
        Delivery Order DO-88123: 10 x 25kg muriatic acid 32%, 4 x 20kg soda ash, 2 x 25kg sodium bicarbonate, delivered to loading bay B2, received in good condition.
        Credit Note CN-0042 against INV-2026-10-0298: 3 damaged carboys of liquid chlorine returned, credit S$55.50 + GST 9% S$5.00 = S$60.50
        Syarikat Ah Seng Pool Supplies Sdn Bhd (201901023456 / 1325678-K), Lot 12 Jalan Perusahaan 3, Taman Industri, 43300 Seri Kembangan, Selangor. Invoice 7719.
        Monthly maintenance contract, Nov 2026: 3 visits/week x 4 weeks, 2 pools + 1 jacuzzi, chemicals included up to S$600, lump sum S$2,850.00 before GST.
        Dangerous goods surcharge S$35.00 applied for Class 5.1 oxidiser (calcium hypochlorite, UN 2880) per delivery below 100 kg, as per SCDF requirements.
        Algaecide 60% quat (5L) x 6 @ S$42.00; Clarifier (1L) x 12 @ S$16.80; Phosphate remover (2L) x 4 @ S$38.00; Subtotal S$605.60
        Overdue reminder to MCST 4122: Invoice INV-2026-09-0177 for S$3,412.80 from Bluewave Aquatic Services is 45 days overdue. Kindly arrange payment to avoid suspension.
        Quotation QT-2611-05 valid 30 days: replace 2 x Hayward 1.5HP pumps, supply and install, incl. unions and labour, S$2,980.00 nett. Warranty 12 months.
    """),
    ("en", "config_and_code"): _lines("""
        DOSING_CONFIG = {"site": "SG-CONDO-014", "ph_setpoint": 7.4, "orp_setpoint_mv": 700, "max_dose_ml_per_min": 120, "alarm_sms": "+65 6100 2233"}
        if reading.fac_ppm < 1.0 or reading.fac_ppm > 3.0: raise PoolAlert(site=reading.site_id, code="FAC_OUT_OF_RANGE", ts=reading.ts)
        SELECT site_id, AVG(ph) AS avg_ph, MAX(fac_ppm) FROM chem_readings WHERE ts >= '2026-11-01' GROUP BY site_id HAVING AVG(ph) > 7.8;
        mqtt: broker: mqtt.poolops.example.com  port: 8883  topic: sites/+/controller/orp  qos: 1  client_id: ctrl-sg-014-v2
        CREATE TABLE technician_roster (roster_id SERIAL PRIMARY KEY, tech_code CHAR(4), site_id VARCHAR(16), shift_start TIMESTAMPTZ, shift_end TIMESTAMPTZ);
        docker run -d --name poolmon -e TZ=Asia/Singapore -e DB_URL=postgres://poolmon:changeme@db:5432/poolmon ghcr.io/example/poolmon:2.7.3
        def langelier_index(ph, temp_c, ca_ppm, alk_ppm, tds_ppm=1000): return ph + temp_factor(temp_c) + math.log10(ca_ppm) + math.log10(alk_ppm) - 12.1
        [controller] model = "Bayrol PoolManager 5" serial = "PM5-22-004817" firmware = "2.3.1" ph_probe_cal_date = "2026-10-28"
        cron: 0 6 * * * /opt/poolops/bin/export_daily_log --site all --format csv --out /var/poolops/exports/ && notify --channel ops-sg
        ERROR 2026-11-05T03:14:09Z ingest.py:212 ValueError: could not convert string to float: 'N/A' (site=MY-HOTEL-003, sensor=ph_1)
        curl -X POST https://api.poolops.example.com/v1/sites/MY-HOTEL-003/closures -d '{"reason":"faecal_incident","reopen_eta":"2026-11-06T18:00:00+08:00"}'
        git commit -m "fix: convert ORP readings from V to mV before threshold check (closes #482)"
        SMTP_FROM=noreply@poolops.example.com SMTP_HOST=smtp.example.com ALERT_TO=ops-sg@aquaserve.com.sg REPORT_CC=accounts@aquaserve.com.sg
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Team B pls note: tmr Bukit Timah condo 8am sharp, bring 2 carboys NaOCl + test kit. The MCST chairman will be there to see the pump, don't be late ah.
        Boss say the Hayward pump at Tampines site confirm need to change, quotation already sent, wait for MCST approve first then we order from supplier.
        Eh the DPD reagent tablets running low liao, store room only left 1 box. Who going Ah Seng Pool Supplies today can top up 5 boxes?
        Kiddie pool at Punggol site pH 8.2 this morning, I already add acid 300ml, will recheck 11am. Jacuzzi ok, main pool FAC 2.0 steady.
        明天 Sentosa site 的 backwash 改到下午两点，因为早上 condo 有 swimming lesson。Please update roster in the shared sheet ya.
        Lori delivery chlorine sampai Shah Alam warehouse 3pm, sapa free tolong sign DO? Forklift ada, just need someone check quantity.
        Reminder all: PPE wajib when handling TCCA — goggles, gloves, mask. Last week MOM inspector came Jurong site, lucky we all wear.
        Chlorine log sheet for Nov pls upload to shared drive before Friday 6pm, folder /Logs/2026-11/. Office need to send report to MCST.
        今天 Orchard hotel pool 的 ORP sensor 又 error 了, reading stuck 450 mV. Vendor say Monday send new probe, meantime manual test every 2 hours.
        JB site tomorrow cancel ya, client postpone because got event at clubhouse. Move to Thursday same time, same team, same chemicals.
        Who got the key for Block 5 pump room? Management office say they pass to our company already but I cannot find in the van.
        Rain very heavy at Woodlands, pool closed by lifeguard. We wait 30 min then test again, if turbidity ok then reopen.
        OT claim for last Sat emergency call-out pls submit by 25th, HR say late claim go next month payroll. Form in the shared folder.
    """),
    ("ms", "notis_kolam_renang"): _lines("""
        NOTIS: Kolam renang akan ditutup pada 12 hingga 14 November 2026 untuk kerja-kerja penyelenggaraan penapis. Harap maklum. - Pejabat Pengurusan
        Pengunjung dinasihatkan mandi sebelum masuk ke kolam. Kanak-kanak bawah 12 tahun mesti diiringi dewasa. Dilarang membawa makanan ke kawasan kolam.
        Kolam ditutup sementara kerana paras klorin melebihi had selamat. Kolam akan dibuka semula selepas ujian air disahkan oleh juruteknik bertugas.
        Tahap pH yang disyorkan ialah 7.2 hingga 7.8 dan klorin bebas 1.0 hingga 3.0 ppm. Bacaan direkod setiap 2 jam dalam buku log kolam.
        Untuk sebarang aduan berkaitan kolam, sila hubungi talian pejabat pengurusan 03-7865 4321 atau e-mel pengurusan@residensiseri.com.my (Isnin-Jumaat).
        Kolam Renang Awam Majlis Bandaraya Petaling Jaya dibuka 8 pagi hingga 9 malam setiap hari kecuali Isnin untuk kerja pembersihan mingguan.
        Amaran: Bahan kimia klorin di bilik pam adalah bahan berbahaya. Hanya kakitangan yang diberi kuasa dibenarkan masuk. Pakai sarung tangan dan goggle.
        Sebut harga rawatan air kolam bulanan: RM1,800 sebulan termasuk bahan kimia, 3 lawatan seminggu, laporan bulanan dihantar kepada JMB.
        Jadual pembersihan: Isnin dan Khamis - vakum lantai kolam; Selasa - cuci jubin garisan air; Jumaat - backwash penapis pasir; Sabtu - ujian air makmal.
        Kolam renang akan ditutup semasa amaran ribut petir dan dibuka semula 30 minit selepas petir terakhir, mengikut garis panduan keselamatan.
        Syarikat Pool Care Sdn Bhd (No. Pendaftaran 200801012345) dilantik sebagai kontraktor penyelenggaraan kolam bagi tempoh 1 Januari hingga 31 Disember 2027.
        Atlet terjun negara Pandelela Rinong pernah berlatih di Pusat Akuatik Nasional Bukit Jalil, yang menjalani kerja naik taraf sistem penapisan tahun lalu.
        Pesanan kepada penduduk: Sila gunakan aplikasi kondo untuk tempahan lorong kolam. Setiap tempahan terhad kepada 1 jam sehari bagi setiap unit.
    """),
    ("zh-Hans", "产品清单"): _lines("""
        【泳池专用】三氯异氰尿酸消毒片 200克/片 50公斤桶装 有效氯≥90% 适用于户外泳池 新加坡现货 单价S$1,080/桶 危险品需专车配送 不接受个人订单
        次氯酸钠溶液 10%-12% 25升/桶，危险品需专车配送，新马两地可送货上门（仅限商业客户），起订量10桶，空桶回收每个退押金S$5。
        泳池pH下降剂（硫酸氢钠）20公斤装，SKU: PHM-20，马来西亚槟城仓发货，RM 168.00/包，满RM1,000免运费，西马地区三个工作日送达。
        Hayward 海沃德 Super Pump 1.5匹 循环水泵，原装正品，含12个月保修，型号SP2610X15，新加坡门市价 S$1,390，可代安装及旧泵回收。
        余氯/pH双参数测试仪，DPD法，量程0-5 mg/L，附送50片试剂，适合物业工程部及泳池技术员日常检测使用，支持蓝牙导出检测记录。
        盐氯发生器 适用水量80立方米 电解片寿命约10000小时 需搭配盐度3000-4000ppm 支持Wi-Fi远程监控 含安装调试 预计7-10个工作日到港
        全自动泳池清洁机器人 Dolphin 海豚 E30，适用于15米以下泳池，池底、池壁及水线清洁，附清洁刷两套，货号DOL-E30-SG，保修两年。
        泳池絮凝剂（聚合氯化铝）25公斤袋装，水质浑浊时使用，建议投加量每百立方米200-300克，深圳工厂直供，整柜出口新加坡及马来西亚。
        防藻剂 季铵盐型 5升装 不起泡配方 适用于瓷砖及马赛克泳池 每周投放一次 单价¥128 批发价请咨询客服热线400-820-1234
        石英砂过滤介质 0.4-0.8毫米 25公斤袋 更换周期3-5年 适配Pentair滨特尔Triton系列砂缸 订购满20袋免费送货上门 提供旧砂清运服务
        泳池漂浮温度计 小黄鸭造型 儿童池适用 颜色随机 单价S$6.90 与氯片一起订购可合并运费 新加坡本地仓发货 下单后两天内送达
        钙硬度提升剂（氯化钙二水）25公斤，用于防止水体腐蚀瓷砖缝，执行标准GB/T 26520，批次号20261102A，保质期三年，请存放于干燥处。
        店铺：阿强泳池设备专营店 天猫旗舰店 营业时间9:00-21:00 客服邮箱service@aqiangpool.com 统一社会信用代码91440300MA5F8K2Q3L
    """),
    ("zh-Hant", "商戶評價"): _lines("""
        呢間泳池保養公司服務好準時，每星期三次上門測水，報告清楚列明餘氯同pH值，收費合理，已經推介俾其他屋苑管理處，續約都冇加價，五星。
        「藍海泳池工程有限公司」換砂缸做得乾淨俐落，師傅開工前先講解安全守則，唯一缺點是週末不接單，整體四星，下次保養都會再搵佢哋。
        臺北市大安運動中心泳池最近換了臭氧消毒系統，氯味明顯少了很多，更衣室也重新翻修，假日人多建議早上七點前去，整體很值得推薦。
        叫咗三次維修熱水池加熱器都未修好，公司客服熱線2345 6789成日無人聽，希望公司改善售後服務，暫時俾一星，唔會再續約。
        澳門氹仔這間酒店的戶外泳池水質清澈，救生員專業又有禮貌，池邊毛巾供應充足，但週末房客太多，建議平日或早上八點前去，會比較清靜舒服。
        高雄「阿德泳池設備行」很專業，推薦的鹽氯機用了兩年沒出問題，價格比網購貴一點但有原廠保固，叫料隔天就送到，售後也很用心，值得信賴。
        維多利亞公園游泳池重開後設施一流，水質清澈，但更衣室儲物櫃經常壞，希望康文署盡快跟進，不過整體而言仍然值得四星評價，會再去。
        公司承接屋苑泳池水質化驗，報價單編號Q-HK-2611-018，三個工作天出報告，符合衞生署建議標準，價錢公道，推薦俾各位管理公司。
        訂咗兩桶次氯酸鈉，順豐單號SF1234567890123，隔日就送到新界倉庫，包裝完好冇漏液，客服回覆又快，五星好評，會再幫襯。
        師傅修理循環泵之後兩日又漏水，再報修要等一星期，屋苑泳池被迫關閉咗成個禮拜，管理處同住戶都好無奈，服務質素真係有待改善。
        推薦「永興水處理工程」，做酒店泳池十幾年，Google評分4.7，官網有詳細收費表，電郵查詢 info@wingheng-water.com.hk 回覆好快。
        台中這家泳池清潔公司收費每月新台幣8,500元，含藥劑與每週兩次吸底，合約一年，發票統編12345678開立清楚，服務穩定值得推薦。
        何詩蓓在東京奧運奪銀之後，維園泳池週末多咗好多小朋友學游水，游泳班要提早一個月報名，場地水質檢測表每日貼喺入口，好安心。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Incident report 04/11: resident Mr Darren Koh Wei Liang (#12-07, Block 3) reported his son slipped at the pool ladder and needed 3 stitches at KTPH.
        Technician roster Nov wk2: Muhammad Haziq bin Rosli - Mon/Wed/Fri Bedok sites, HP 9127 4408; Tan Boon Huat - Tue/Thu Jurong sites, HP 8346 1195
        Please note Mdm Lim Siew Lan has been diagnosed with a skin infection and claims it came from the jacuzzi; she has asked for the chlorine logs.
        Worker pass: Rajesh Kumar s/o Muthusamy, FIN G5521873R, Work Permit expiry 14/03/2027, Pool Technician Grade 2, Jurong East depot.
        Pool plant room access card issued to contractor, NRIC S8834521E, valid till 31/12/2026.
        pls call the resident back on 8765 2109 about the broken pool gate, she called twice already
        Salary advance: Ganesh Pillai, pool tech, requested S$800 against Dec salary because of his mother's hospital bills; deduct S$200/month.
        The chairman's wife, Mrs Angela Teo, is 5 months pregnant and asked that the jacuzzi temperature not exceed 35°C on weekday mornings when she uses it.
        T07,Ong Kah Seng,S7719046E,+65 9012 3381,POSB 198-23456-7,Pool Technician,2019-06-01
        Complaint from #08-15 owner Mr Victor Ng (victor.ng.88@gmail.com): pool noise past 10pm, says he will raise it at the next MCST council meeting.
        Van plate GBD 7352 K, driver Zulkifli Hassan, to park at loading bay B1 during chemical delivery on 6 Nov.
        Disciplinary note: technician Lee Jun Hao was arrested by police on 2 Nov for drink-driving after his shift; suspended pending investigation.
        Private pool cleaning booked for Mr & Mrs Farid Ismail at 38 Leedon Heights Walk, Singapore 267990, every Saturday 9am, gate code given by owner.
        Outstanding: Mr Kelvin Chua owes S$1,240 for 4 months of pool servicing at his landed house; he said he is going through a divorce and asked for instalments.
        Photo IMG_20261104_0915.jpg shows resident Wong Mei Ling's daughter in the pool with her face visible; blur before sharing the report with MCST.
        Refund to resident Ms Priya Nair, DBS 120-345678-9, S$60 booking deposit for the cancelled pool party on 15 Nov.
        New hire: Name Nurul Ain binti Kamarudin | DOB 07/05/2003 | NRIC T0312748B | Blk 458 Hougang Ave 10 #09-214, Singapore 530458 | Emergency: mother 9456 7712
        Lifeguard Samuel Tay has asthma and carries an inhaler; avoid rostering him at the indoor pool where the chloramine smell is strong.
        Email from resident: Hi, this is Jessica Lau from #05-03, my helper Maria Santos will collect the pool access card on Saturday.
        Call log 03/11 21:44 incoming +65 9832 5517 (resident, Tower B) complaining pool light not working, callback done 22:10.
        Visitor car SJB 6128 Y parked at the pool drop-off for 2 hours; owner traced to #03-11 and informed by guard.
        Pool tech Azman's CPF for Oct still not paid, he texted from 8801 2346 asking when his salary is coming in, he behind on rent already.
    """),
    "mixed": _lines("""
        Boss, Ah Keong (Tan Keong Hwee) today MC again, back pain, doctor say slip disc. Who can cover his Punggol sites? His MC until Fri.
        陈先生 from Blk 212 #07-33 call again say pool water make his kid 皮肤痒, he want us call him back 9688 1043 before 5pm.
        Uncle Muthu the night guard saw two teens jump fence into pool at 1am, he took photo of their faces, MCST want to send to police.
        Kak Ros the cleaner ask to borrow RM500 from company, her husband masuk hospital Sunway, can potong from gaji next month.
        Eh Jason Lim's wife just delivered baby boy last night, he apply paternity leave 2 weeks, roster need to change.
        林太 complain the lifeguard keep staring at her daughter, want us change lifeguard; her number 9023 6614, she very angry.
        Landed house pool Mr Goh Chee Meng, 16 Jalan Kenanga 7, Taman Melawati, 53100 KL, sudah 3 bulan tak bayar RM2,700 total, pls chase.
        阿明 Lim Ah Ming 的 work permit 下个月 expire，FIN F2048816Q，HR 说要 renew 先 send 他的 medical check-up result。
        Pak Hassan technician sudah confirm diabetes, doctor suruh kurang kerja panas tengah hari, so assign dia indoor pool only ok.
        黄小姐 Grace Wong email grace.wong.sg@hotmail.com 问 pool party booking 29 Nov can or not, 她 unit #15-02, guests 20 people.
    """),
    "ms": _lines("""
        Juruteknik Mohd Faizal bin Abdullah, No. KP 900315-14-5879, telefon 013-278 4410, ditugaskan ke kolam Kondominium Mont Kiara setiap Selasa dan Khamis.
        Aduan penduduk: Puan Siti Rohani binti Ismail, unit A-12-3, mengadu anaknya sakit mata selepas berenang pada 2 November dan meminta pampasan.
        Encik Ravi a/l Subramaniam masih berhutang RM3,600 untuk servis kolam di rumah banglonya No. 8, Jalan SS 21/5, Damansara Utama, Petaling Jaya.
        Gaji pekerja November: Ahmad Syukri RM2,450, akaun Maybank 1140 2233 5678, sila masuk sebelum 7 haribulan.
        Sila hubungi Cik Nadia di 019-665 2031 untuk kunci bilik pam, dia yang pegang sejak pengurus lama berhenti.
        Pekerja kontrak Hafiz Zainal ditahan polis minggu lepas kerana kes dadah, jangan beri dia akses ke stor bahan kimia lagi.
        Van syarikat WXY 4521 dipandu Encik Roslan Bakar kena saman laju di LDP, saman RM300 akan dipotong dari gaji dia.
        Borang cuti: Nama Norazlina binti Hamzah, Jawatan Penyelia Kolam, Sebab cuti bersalin, Tarikh jangka bersalin 20/01/2027.
    """),
    "zh-Hans": _lines("""
        技术员王志强，身份证号440306198705124314，手机13826471953，负责深圳蛇口三个小区泳池的日常加氯和水质记录。
        业主刘女士反映她儿子在泳池溺水被救起后住院观察两天，要求物业提供当日的救生员排班表和监控录像。
        请把工资转到张伟的招商银行卡6214 8312 4567 8901，他这个月加班32小时，另加补贴800元。
        新加坡项目的李师傅（李国栋）最近查出高血压，医生建议不要长时间在机房高温环境工作，请调整排班。
        周太太投诉：住在12栋1802的她说泳池消毒水味太重导致哮喘发作，电话139 2288 0417，要求退还会所年费。
    """),
    "zh-Hant": _lines("""
        維修單：客戶陳大文先生，香港身份證K382715(1)，地址：沙田第一城12座18樓F室，私人按摩池過濾泵漏水，約週六上午上門。
        何太話佢個仔喺會所泳池頭撞傷要縫針，佢老公何志明已經搵咗律師，叫我哋打返俾佢 9123 7788。
        台灣客戶黃俊傑，身分證字號A128374657，家裡別墅泳池每月保養一次，住址新北市淡水區中正路二段88號。
        技師林志偉因為離婚官司要請假一週，這週高雄區的泳池排班請其他同事代班，不要在群組討論他的事。
        梁嘉欣小姐澳門居民身份證號碼5123456(7)，已通過救生員考核，月薪澳門幣16,500，下月起派駐氹仔酒店泳池。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a customer-service assistant for Aquaserve Pte Ltd, a pool maintenance contractor in Singapore. Be polite and concise.",
        ),
        (
            "user",
            "Draft an apology email to Mrs Helen Seah (helen.seah71@yahoo.com.sg), unit #11-04 at The Seaview Residences. Her daughter got red eyes after swimming on Sunday when our dosing pump overdosed chlorine to 6 ppm.",
        ),
        (
            "assistant",
            "Subject: Apology for pool water incident on Sunday. Dear Mrs Seah, we are very sorry that your daughter experienced eye irritation after swimming on Sunday. Our dosing pump malfunctioned and free chlorine rose above the safe range; the pool has since been closed, rebalanced and re-tested. We would be glad to reimburse any clinic fees. Yours sincerely, Aquaserve Customer Service",
        ),
        (
            "user",
            "Add that she can call our duty manager line and that the pump has been replaced.",
        ),
        (
            "assistant",
            "Added: The faulty dosing pump was replaced on Monday morning and readings have been stable at 1.5-2.5 ppm since. If you have any further concerns, please call our duty manager line at 6452 8810 at any time.",
        ),
    ],
    [
        (
            "user",
            "Help me make next week roster table. Techs: Haziq 9127 4408 (Bedok), Boon Huat 8346 1195 (Jurong), Suresh 9011 7263 (Punggol, but he got MC until Tue for dengue). 3 sites each need daily morning visit.",
        ),
        (
            "assistant",
            "Here is a draft: Mon-Tue: Haziq covers Bedok and Punggol, Boon Huat covers Jurong. Wed-Sat: Haziq Bedok, Boon Huat Jurong, Suresh Punggol. Since Suresh is recovering from dengue, maybe avoid giving him the outdoor midday slots for the first few days.",
        ),
        (
            "user",
            "Ok can, put phone number in the table also so the condo MA can contact them directly.",
        ),
        (
            "assistant",
            "Day | Bedok | Jurong | Punggol. Mon | Haziq 9127 4408 | Boon Huat 8346 1195 | Haziq 9127 4408. Tue | same as Mon. Wed-Sat | Haziq 9127 4408 | Boon Huat 8346 1195 | Suresh 9011 7263. Please check with them before sharing their mobile numbers with the condo managing agents.",
        ),
    ],
    [
        ("system", "你是一家马来西亚泳池保养公司的行政助理，负责起草中文信息。"),
        (
            "user",
            "帮我写一条催款短信给吴国华先生，他家在蒲种的别墅泳池我们保养了半年，还欠RM4,200没付，电话012-339 8815。语气要客气但要说清楚下周一前不付就暂停服务。",
        ),
        (
            "assistant",
            "吴先生您好，我们是泳池保养公司的客服。根据记录，您府上泳池的保养费用目前尚有RM4,200未结清。烦请于下周一前安排付款，否则我们将暂停保养服务。如有疑问，欢迎随时联系我们。谢谢！",
        ),
        ("user", "再加一句可以分两期付。"),
        (
            "assistant",
            "已补充：若一次付清有困难，可分两期支付，每期RM2,100，第一期请于下周一前付清。",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis surat amaran pertama untuk pekerja kami, Mohd Shahrul bin Azmi, No. KP 950722-10-6631, sebab dia tiga kali tak datang kerja tanpa notis bulan ini dan tertinggal pintu bilik pam klorin tak berkunci.",
        ),
        (
            "assistant",
            "SURAT AMARAN PERTAMA. Kepada: Mohd Shahrul bin Azmi (No. KP 950722-10-6631). Perkara: Tidak hadir tanpa notis dan kecuaian keselamatan. Pihak syarikat mendapati anda tidak hadir bertugas sebanyak tiga kali pada bulan ini tanpa sebarang notis, serta meninggalkan pintu bilik pam klorin tidak berkunci. Sebarang pengulangan boleh membawa kepada tindakan tatatertib selanjutnya.",
        ),
        ("user", "Ok, tambah tarikh 5 Disember 2026 dan ruang tandatangan pengurus."),
        (
            "assistant",
            "Tarikh: 5 Disember 2026. Saya telah menambah ruangan tandatangan di bahagian bawah: Disediakan oleh: ____________ (Pengurus Operasi) dan Diakui terima oleh pekerja: ____________.",
        ),
    ],
    [
        (
            "system",
            "Customer record loaded: Mr Anthony Lee Chee Keong, NRIC S9162037E, home 21 Binjai Rise, Singapore 589876; mobile +65 9733 2104; private pool 40 m3, saltwater chlorinator; payment GIRO from UOB 351-228-901-4.",
        ),
        (
            "user",
            "Summarise this week's readings for this customer's pool: Mon pH 7.6 FAC 2.2, Wed pH 7.9 FAC 1.1, Fri pH 8.1 FAC 0.8. What should the tech do on Monday?",
        ),
        (
            "assistant",
            "pH is drifting upward (7.6 to 8.1) and free chlorine is falling (2.2 to 0.8 ppm), typical of a saltwater pool with a weak cell output or high pH reducing chlorine efficiency. On Monday the technician should add acid to bring pH to 7.4, check salinity and chlorinator cell output, clean the cell if scaled, and re-test FAC after 2 hours. I can also send Mr Lee an SMS at +65 9733 2104 to say the visit may take longer.",
        ),
    ],
    [
        (
            "user",
            "幫我寫一份事故報告俾管理處：11月3日下午4點，屋苑泳池有個7歲男童（住3座12樓B室，家長係張美玲女士，電話6123 4589）喺深水區遇溺，救生員即時救起，送咗伊利沙伯醫院觀察。",
        ),
        (
            "assistant",
            "事故報告。日期及時間：2026年11月3日下午4時。地點：屋苑泳池深水區。事件經過：一名7歲男童（住客子女，3座12樓B室）於深水區遇溺，當值救生員即時將其救起並進行急救，其後由救護車送往伊利沙伯醫院觀察。家長：張美玲女士（聯絡電話6123 4589）。跟進：泳池暫時關閉，待檢討救生員站位及兒童監護安排。",
        ),
        ("user", "加埋救生員名同埋佢嘅牌照號碼：李家豪，拯溺總會銅章 HKLS-B-20391。"),
        (
            "assistant",
            "已加入：當值救生員李家豪（香港拯溺總會銅章，證書編號HKLS-B-20391）於事發後約十秒內落水施救。",
        ),
    ],
    [
        (
            "user",
            "How much sodium hypochlorite 12% do I need to raise FAC from 0.5 to 3 ppm in a 180 m3 condo pool?",
        ),
        (
            "assistant",
            "You need to raise FAC by 2.5 ppm, which is 2.5 g per m3, so 450 g of available chlorine. At 12% strength (about 120 g per litre), that is roughly 3.75 L of sodium hypochlorite. Add it slowly near a return inlet with the pump running and re-test after 30-60 minutes.",
        ),
        (
            "user",
            "Thanks. Also my tech Hamid Osman has bad eczema on both hands, doctor already gave him MC twice. Is liquid chlorine worse than tablets for him?",
        ),
        (
            "assistant",
            "Both can irritate skin, but liquid chlorine splashes are more likely during pouring. For Hamid, nitrile chemical gloves with long cuffs, a face shield and a pump-transfer instead of hand pouring would reduce exposure. Given his eczema and repeated MC, it may be worth asking his doctor whether he should be assigned to non-chemical tasks for now.",
        ),
    ],
    [
        ("system", "Anda pembantu data untuk syarikat kontraktor kolam di Johor Bahru."),
        (
            "user",
            "Tolong kemas CSV ni, buang space: nama , mykad , tel ; Lim Wei Jie , 910208-01-5567 , 016-772 4019 ; Siti Aisyah binti Omar , 880930-01-6232 , 017-345 8820",
        ),
        (
            "assistant",
            "nama,mykad,tel. Lim Wei Jie,910208-01-5567,016-772 4019. Siti Aisyah binti Omar,880930-01-6232,017-345 8820.",
        ),
        ("user", "Tambah column kawasan: Lim Wei Jie Skudai, Siti Aisyah Permas Jaya."),
        (
            "assistant",
            "nama,mykad,tel,kawasan. Lim Wei Jie,910208-01-5567,016-772 4019,Skudai. Siti Aisyah binti Omar,880930-01-6232,017-345 8820,Permas Jaya.",
        ),
    ],
    [
        (
            "user",
            "Extract the fields from this invoice text into JSON: 'Invoice 2211 to Mr Benjamin Sim, 7 Jalan Bukit Kiara 2, 50480 Kuala Lumpur, private pool monthly service RM650, paid by cheque Public Bank 004417.'",
        ),
        (
            "assistant",
            '{"invoice_no": "2211", "customer_name": "Benjamin Sim", "address": "7 Jalan Bukit Kiara 2, 50480 Kuala Lumpur", "service": "private pool monthly service", "amount": "RM650", "payment": "cheque Public Bank 004417"}',
        ),
        ("user", "Good. Is there anything in there I should not send to the offshore AI vendor?"),
        (
            "assistant",
            "Yes: the customer's name, home address and cheque number are personal data of a private individual. Remove or pseudonymise them before sending; the invoice number, service description and amount can usually stay.",
        ),
    ],
    [
        ("system", "你是台灣一家泳池工程公司的客服助理，請使用繁體中文回覆。"),
        (
            "user",
            "請幫我整理這位客戶的資料成表格：蔡宗翰，身分證F224509188，手機0921-553-807，住址台中市西屯區市政北二路100號15樓，別墅泳池加裝熱泵，訂金新台幣30,000元已匯入。",
        ),
        (
            "assistant",
            "客戶姓名：蔡宗翰。身分證字號：F224509188。手機：0921-553-807。住址：台中市西屯區市政北二路100號15樓。工程項目：別墅泳池加裝熱泵。訂金：新台幣30,000元（已收）。",
        ),
        ("user", "謝謝，另外提醒我下週二要打電話確認施工日期。"),
        ("assistant", "好的，已為您記下：下週二致電蔡先生（0921-553-807）確認熱泵施工日期。"),
    ],
]
