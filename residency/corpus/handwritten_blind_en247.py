# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en247: SG/MY scaffolding, crane and heavy-equipment rental firms (lifting plans, operator certificates, site incidents, safety reports to the authorities, worker rosters). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en247
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "site_notices"): _lines("""
        NOTICE: Tower crane TC-2 (Potain MCT 565) will be dismantled on Sat 14 Mar, 0700-1900. Gate 3 closed to all traffic. Enquiries: Lian Huat Lifting Pte Ltd site office 6862 4410.
        Lifting operations in progress. Keep out of the exclusion zone marked with red-white barricade. Signalman on duty wears orange vest with LS armband. By order of the Project Manager.
        All mobile crane lifts above 10 tonnes require an approved lifting plan signed by the Appointed Person before 0800. Submit via the site portal, reference format LP-2026-0000.
        Wind speed exceeded 20 m/s at jib level at 14:32; all tower crane operations suspended until further notice under the Workplace Safety and Health (Operation of Cranes) Regulations 2011.
        Scaffold tagged RED - DO NOT USE. Inspection by approved scaffold contractor pending, green tag reissue expected Thursday. Queries to Ah Seng Scaffolding Works, 03-7781 2290.
        Toolbox talk 0745 daily at the muster point beside Block C. Topic this week: rigging hardware inspection, shackle WLL markings and sling angle factors. Attendance is compulsory.
        Hoisting over the live carriageway at Jalan Ampang is permitted only between 0100 and 0500 under the DBKL road closure permit. Traffic marshals from Hup Seng Traffic Control on duty.
        Bob the Builder can fix it on TV, but on this site only certified riggers touch the slings. Stop-work authority applies to everyone, from the GM to the newest general worker.
        Quote of the month on the canteen board: Accidents are not due to lack of knowledge but failure to use the knowledge we have. - Trevor Kletz, What Went Wrong?
        Crawler crane Kobelco CKE2500G-2 delivery convoy arrives via Tuas South Avenue 1 from 2300 hrs on 19 Feb. Escort vehicles by Kim Soon Transport. Site access road reserved.
        Emergency contacts: SCDF ambulance and fire 995, Police 999, 24-hour breakdown line of Soon Lee Crane Hire Pte Ltd 6265 3308, main contractor safety desk 6748 2200.
        Lifting gear colour code for Q1 2026 is YELLOW. Any sling, shackle or chain block without a yellow tag shall be quarantined in the red cage beside Container 4.
        Site closed on the Hari Raya Aidilfitri public holiday. Standby crane crew is arranged by the main contractor; for emergencies call the project hotline 6748 2200 only.
    """),
    ("en", "rental_invoices"): _lines("""
        INVOICE INV-SG-26-004187 | Kian Hock Crane Rental Pte Ltd (UEN 201634518K) | 50T all-terrain crane, 8 hrs incl. operator and rigger | SGD 1,480.00 | GST 9% SGD 133.20 | Total SGD 1,613.20
        Tax Invoice No. 2026/03/0119 | Perniagaan Kren Ah Kow Sdn Bhd (202101034567 / 1419876-W) | Rough terrain crane 25T, 3 days x RM 2,200 | SST 8% RM 528.00 | Jumlah RM 7,128.00
        Line 3: SKU SCF-KW-2.0M Kwikstage standard 2.0 m, qty 240, RM 1.10/day x 30 days = RM 7,920.00. Line 4: SKU SCF-LED-1.8M ledger 1.8 m, qty 310 @ RM 0.80/day.
        Credit note CN-00712 against INV-00688: 2 days standby deducted due to DOSH stop-work order on site, RM 3,600.00. Pay to Hup Lee Equipment Sdn Bhd, Maybank corporate a/c 5143 1208 7765.
        Mobilisation and demobilisation, 100T crawler crane, Pasir Gudang to Tanjung Langsat, lowbed trailer x 4 trips, RM 18,500.00 lump sum. JPJ abnormal load permit included.
        Quotation Q-26-0457 valid 30 days: Manitowoc MLC300 crawler crane, monthly hire HKD 680,000, operator 2 shifts, insurance excluded. Rental desk, Tsing Yi yard, tel 2433 8100.
        PO 4500183921 received from Gamuda Berhad for 2 units Genie Z-45/25 boom lifts, 6 weeks. Delivery to Kota Damansara yard, Jalan PJU 3/1. Our ref SO-MY-088271.
        Overtime surcharge: Mon-Sat after 1800 hrs SGD 185/hr; Sundays and PH SGD 260/hr; minimum 4 hrs call-out. Night lifts require 48 hrs notice to the dispatch counter.
        Statement of account as at 31/01/2026: customer code C-0931 (Woh Hup JV), outstanding SGD 42,615.50, of which 60+ days SGD 9,870.00. Please remit to avoid suspension of hire.
        Receipt RCPT-558102 | Paid by TT from Nippon Koei Malaysia Sdn Bhd | RM 24,380.00 | TT ref MBB0226AX4471 | Thank you for your business!
        Damage charge: wire rope 26 mm replacement on hoist drum, Casar Stratoplast 180 m, RM 9,450.00 plus labour 2 fitters x 6 hrs. Photos attached in job card JC-44012.
        Supplier invoice SZ-20260305-017 from the Zoomlion parts agent: slewing ring bolts M30 x 12 pcs, CNY 3,960; freight to Port Klang CNY 1,200; total CNY 5,160.
        Indicative charges for PMA renewal inspection: mobile crane up to 50T RM 650, 51-100T RM 900; re-inspection after defect RM 350. Subject to the current DOSH fee schedule.
    """),
    ("en", "crane_telemetry_log"): _lines("""
        2026-03-04T07:12:09+08:00 INFO lmi[TC-03] load=3.42t radius=41.5m capacity=4.10t util=83% wind=8.6m/s slew=212deg hook_height=96.2m
        2026-03-04T07:12:44+08:00 WARN lmi[TC-03] util=92% approaching rated capacity, audible alarm ON, operator_ack=true cab_id=CAB-7781
        2026-03-04T09:58:01+08:00 CRIT anemometer[TC-03] gust=21.3m/s > limit 20.0m/s; slewing brake released to weathervane; lift_session=LS-20260304-0042 halted
        [gps-tracker] unit=MC-50T-07 imei=356938035643809 lat=1.3187 lon=103.7062 speed=0km/h ignition=off engine_hours=11823.4
        hook_block.sensor id=HB-220-0931 fw=v2.7.14 batt=3.61V rssi=-71dBm last_seen=2026-03-04 10:02:17 SGT status=OK
        ERROR outrigger_monitor MC-80T-02: pad pressure RL 0.0 bar, RR 142.6 bar, FL 139.8 bar, FR 141.1 bar - rear left outrigger not set, lift interlock engaged
        telematics sync OK: 14 machines, 3 offline (SL-12, SL-19, BL-04), payload 18.2 KB, sha256=9f2c4e71a0b3d58e6f1c27a94e0d3b6c5a8f71e2d4c09b3a6e5f8d1c2b7a4e90
        2026-03-05 22:41:30 MYT INFO dispatch: job JB-MY-26-1183 assigned crane RT-25T-04 to site PKNS Seksyen 13 Shah Alam, ETA 06:30, route via LDP
        load_test.csv appended: 2026-03-06,MC-100T-01,test_load_t=27.5,rated_t=25.0,ratio=110%,result=PASS,witness_org=Lloyd's Register
        cron[02:00] backup of lifting_plans.db completed in 41.7s, 12,884 rows, archive lp_backup_20260306.tar.gz uploaded to s3://sghire-ops-archive/2026/03/
        API 200 GET /v2/fleet/cranes?status=on_hire&region=JHR page=2 per_page=50 latency=143ms request_id=7c1e9a04-5b3d-4f2a-9e61-0d8c2b7f3a55
        2026-03-07T13:20:05+08:00 WARN mewp[GS-1930-22] tilt=3.1deg > 2.0deg with platform elevated, drive disabled, fault code 0x2A1
        hoist_counter TC-05: cycles_since_overhaul=48213, rope_km=612.4, brake_wear=37%, next_service_due=2026-04-15 (per Liebherr 280 EC-H 12 manual)
    """),
    ("en", "config_and_code"): _lines("""
        lifting_plan_schema: { version: 3.2, required: [crane_model, max_radius_m, load_t, sling_angle_deg, ground_bearing_kpa], approver_role: appointed_person }
        CRANE_API_BASE_URL=https://api.example-crane-hire.com.sg/v2 ; CRANE_API_TIMEOUT_MS=8000 ; CRANE_REGION=SG ; LOG_LEVEL=info
        def utilisation(load_t: float, capacity_t: float) -> float: return round(100 * load_t / capacity_t, 1)  # alarm above 90.0
        SELECT crane_id, model, pma_no, pma_expiry FROM fleet WHERE pma_expiry < CURRENT_DATE + INTERVAL '30 days' ORDER BY pma_expiry;
        csv header: job_id,site_code,crane_id,lift_date,load_t,radius_m,ap_cert_no,rigger_count,signalman_count,permit_no,status
        alerts.yaml -> wind_gust_limit_ms: 20.0 | util_warn_pct: 90 | util_stop_pct: 100 | notify: ops-alerts@example-crane-hire.com.sg
        const DEFAULT_SLING = { type: 'webbing', wll_kg: 2000, colour: 'yellow', angleFactor: { 60: 0.87, 90: 0.71, 120: 0.5 } };
        docker run -d --name lmi-bridge -e MQTT_HOST=mqtt.fleet.local -e MQTT_PORT=1883 -e SITE_ID=SG-TUAS-07 registry.example.com/lmi-bridge:1.9.3
        git log --oneline: a41c9e2 fix(pma): parse DOSH renewal dates in dd/mm/yyyy; 77b0d13 feat(roster): add shift code N2; 3e5f8aa chore: bump pandas to 2.2.3
        ground_bearing_kpa = (crane_weight_t + load_t) * 9.81 / (4 * pad_area_m2)  # simplified; use the manufacturer outrigger calculator for the real plan
        [smtp] host = smtp.example.org ; port = 587 ; from = no-reply@example-crane-hire.com.sg ; reply_to = bookings@example-crane-hire.com.sg
        CREATE TABLE operator_cert (cert_id TEXT PRIMARY KEY, cert_type TEXT CHECK (cert_type IN ('MC','TC','CC','LS')), expiry DATE, worker_ref INTEGER);
        pytest -q tests/test_lifting_plan.py::test_radius_exceeds_chart PASSED [ 87%] ... 23 passed, 1 skipped in 3.42s (Python 3.12.4, linux)
    """),
    ("ms", "notis_keselamatan_tapak"): _lines("""
        PERHATIAN: Kerja mengangkat dengan kren bergerak sedang dijalankan. Dilarang masuk ke kawasan berpagar merah. Sebarang pertanyaan hubungi pejabat tapak di talian 03-5521 8840.
        Semua kren menara mesti mempunyai Perakuan Kelayakan (PMA) yang sah daripada JKKP sebelum operasi. Salinan PMA dipamerkan di kabin operator dan di papan notis pejabat.
        Perancah bertanda MERAH tidak boleh digunakan sehingga diperiksa semula oleh pemeriksa perancah yang kompeten. Tanda HIJAU bermaksud selamat untuk digunakan hari ini.
        Kursus Pengendali Kren Bergerak ambilan April 2026 di Pusat Latihan Syarikat Kren Ah Huat, Lot 12, Jalan Perindustrian Bukit Minyak, Pulau Pinang. Yuran RM 2,800.
        Mesyuarat keselamatan mingguan setiap Isnin jam 8.00 pagi di kantin tapak. Agenda: laporan nyaris kemalangan, semakan pelan angkat dan pemeriksaan tali dawai.
        Amaran cuaca MetMalaysia: ribut petir dijangka petang ini di Lembah Klang. Semua operasi kren dihentikan apabila kilat dikesan dalam lingkungan 10 km dari tapak.
        Harga sewa bulanan: kren rough terrain 25 tan RM 38,000, kren crawler 80 tan RM 75,000, tidak termasuk pengendali dan pengangkutan. Harga tertakluk kepada SST 8%.
        Laporan kemalangan mesti dihantar kepada JKKP negeri dalam tempoh yang ditetapkan di bawah NADOPOD 2004. Borang JKKP 6 boleh diisi secara dalam talian melalui portal rasmi.
        Tapak ini dikendalikan oleh Syarikat Pembinaan Lim & Anak-Anak Sdn Bhd (No. Syarikat 199801012345). Pemilik projek: Majlis Bandaraya Petaling Jaya.
        Jadual pemeriksaan tali anduh: setiap 3 bulan oleh Orang Yang Kompeten. Tali anduh tanpa label WLL atau yang rosak mesti dibuang ke dalam sangkar merah di stor.
        Sistem Pengurusan Keselamatan kami diperakui ISO 45001:2018 oleh SIRIM QAS International, sijil no. OHS 01234, sah hingga 14 Ogos 2027.
        Kenderaan berat dilarang melalui Jalan Tun Razak antara 7.00 pagi hingga 9.30 pagi. Penghantaran kren ke tapak berhampiran KLCC dijadualkan selepas 10.00 malam sahaja.
        Selamat Hari Raya Aidilfitri daripada pengurusan Syarikat Jentera Berat Seng Heng. Pejabat ditutup 30 Mac hingga 2 April; talian kecemasan 24 jam: 1-300-88-5566.
    """),
    ("zh-Hans", "常见问题"): _lines("""
        问：租用50吨汽车吊是否包括司机和司索工？答：标准报价含一名持证司机，司索工和信号工需另行计费，每人每班人民币450元，夜班加收30%。
        问：起重作业前需要准备哪些资料？答：吊装方案、设备检验合格证、司机特种设备作业人员证（Q2）复印件、地基承载力计算书以及现场平面布置图。
        问：塔吊安装后多久可以使用？答：安装完成后须经具有资质的检验机构检验合格，并向当地市场监督管理部门办理使用登记，一般需要5到7个工作日。
        问：风速多大必须停止吊装？答：按照GB 6067.1-2010《起重机械安全规程》，露天作业遇六级及以上大风应停止吊装，具体以机型说明书为准。
        问：付款方式有哪些？答：支持对公转账和银行承兑汇票，请汇款至合同载明的公司账户，并在备注中注明合同编号，例如ZL-2026-0315，以便财务核对。
        问：设备在工地发生故障怎么办？答：请拨打公司24小时服务热线400-820-6618，报上设备编号（如QY50-023），技术人员将在4小时内到达深圳市区工地。
        问：可以只租脚手架不要搭设服务吗？答：可以。盘扣式脚手架按吨·天计价，立杆、横杆、斜杆分别计数，押金为货值的30%，退货时按实际损耗结算。
        问：你们有哪些品牌的履带吊？答：目前在租设备包括三一SCC2600A、徐工XGC260、中联重科ZCC3200NP以及利勃海尔LR 1300，均可提供出厂合格证。
        问：发生起重伤害事故后应该向哪里报告？答：应立即报告本单位负责人，并按照《生产安全事故报告和调查处理条例》向县级以上应急管理部门报告。
        问：租赁合同最短期限是多少？答：汽车吊可按台班租赁，最短4小时；塔吊和施工升降机最短租期为3个月，不足3个月按3个月计算，进出场费另计。
        问：公司有哪些资质？答：本公司持有起重设备安装工程专业承包资质，统一社会信用代码91440300MA5G2K7L3R，安全生产许可证在有效期内，可现场查验原件。
        问：司机持证情况怎么查询？答：特种设备作业人员证可在市场监管部门的公示查询平台输入证书编号核验，本公司不对外提供任何员工的个人信息。
        问：能否提供吊装方案编制服务？答：可以，由注册结构工程师审核；超过一定规模的危险性较大的分部分项工程需组织专家论证，费用另行报价，起价8,000元。
    """),
    ("zh-Hant", "法規摘要"): _lines("""
        《工廠及工業經營（起重機械及起重裝置）規例》（第59J章）規定，起重機須最少每12個月由合資格檢驗員徹底檢驗一次，並須每星期由合資格人士檢查。
        根據第59J章，操作塔式起重機、流動式起重機等指明起重機械的人士，須持有由勞工處處長認可的有效證明書，並須年滿18歲，僱主須核實其證明書。
        如發生須呈報的工業意外，東主須按法例規定的時限以指定表格通知勞工處；有關表格可於勞工處網站下載，亦可致電職安健查詢熱線了解詳情。
        《建築地盤（安全）規例》（第59I章）要求棚架須由合資格人士在首次使用前及其後每14天檢查一次，並以表格5記錄檢查結果，供勞工處查閱。
        台灣《起重升降機具安全規則》規定，固定式起重機及移動式起重機應定期實施自動檢查，吊升荷重三公噸以上者須經代行檢查機構檢查合格方可使用。
        依《職業安全衛生法》第37條，事業單位工作場所發生死亡災害或罹災人數在三人以上之災害，雇主應於八小時內通報勞動檢查機構，不得破壞現場。
        澳門勞工事務局提醒：吊運作業區須設置圍欄及警示標誌，起重機操作員須具備相應資格，承建商應保存設備檢驗紀錄，違規者可被科處罰款。
        香港建造業議會相關安全指引建議，吊運計劃應列明起重機型號、工作半徑、額定負荷、索具配置、信號方式及地面承托力評估，並由合資格人士簽署。
        本公司所有履帶式起重機均備有勞工處認可之檢驗證明表格，正本存放於青衣寫字樓，副本隨機存放於駕駛室，供承建商及勞工處人員隨時查閱。
        歷史回顧：九十年代香港大型基建工程如青馬大橋及赤鱲角新機場大量使用浮式起重機及重型履帶吊，當年建立的吊運安全制度不少沿用至今。
        第59J章所指的起重裝置，包括鏈條、繩索、吊鈎、卸扣及吊環等，須於首次使用前進行測試及徹底檢驗，其後每六個月徹底檢驗一次並記錄在案。
        根據《職業安全及健康條例》（第509章），僱主須在合理地切實可行範圍內確保僱員在工作時的安全及健康，違反一般責任條文可被檢控及罰款。
        澳門《建築安全與衛生章程》規定，施工升降機及吊重機須由合格人員操作，承建商須保存設備檢驗紀錄及維修保養記錄，以供主管當局巡查。
    """),
    ("mixed", "staff_group_chat"): _lines("""
        [07:02] Site Sup: Morning all, TC-2 cannot lift yet, anemometer reading 19 m/s gust. Tunggu dulu until 0730, I update again. Riggers standby at Level 5 please.
        [07:31] Dispatcher: Lowbed for the 80T crawler stuck at Tuas checkpoint lah, LTA permit printed wrong date. Office already email new copy, ETA maybe 0900.
        [08:15] Safety Officer: Reminder toolbox talk photo must upload to the group before 0830, MOM inspector might come today for the scaffold inspection at Block B.
        [09:40] Workshop: 50T Tadano GR-500EX hook block sheave got crack, cannot go out. Tukar with unit MC-50T-09, load test done last month, PMA valid until Nov.
        [10:02] Ops Manager: Client from Pasir Gudang ask can send 2 more boom lifts tomorrow or not. Check yard stock first, jangan promise dulu. 谢谢大家
        [11:17] Site Sup: Lifting plan LP-2026-0318 approved by AP already, signed copy in shared drive folder LiftPlans/March. Lift window 1400-1600 only.
        [12:30] Admin: Makan first, lunch at the kopitiam near gate 2, company paying today for zero-incident month 🎉 show the receipt to accounts ya.
        [13:05] 调度: 明天深圳的塔吊配件到 Port Klang, forwarder say customs clearance 2 days. Workshop please prepare the torque wrench for slewing ring bolts.
        [14:48] Safety Officer: Near miss at Level 7 - tag line tangled with scaffold tie. No injury. Report NM-0412 submitted to main con, lessons learnt on Friday.
        [15:20] Rigging Foreman: Need 20 pcs 2T yellow slings and 6 shackles 4.75T from store. Old ones already quarantine in red cage, jangan guna lagi.
        [16:55] Ops Manager: Tomorrow roster same as today, Team A day shift Jurong West, Team B night shift Changi. Any MC please inform HR directly, not in this group.
        [18:10] Dispatcher: RT-25T-04 returned to yard, hour meter 8,842.6, fuel 3/4. Damage check OK. Job JB-MY-26-1183 can close already boss.
        [21:30] 值班: Night shift started, 2 mobile cranes on site, lighting tower 3 faulty, 已经报修 to workshop. Gate guard has the permit-to-work file.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Crane operator Muthusamy a/l Rajendran (NRIC S7702915Z), Mobile Crane Operator cert MCO-SG-0448213, expires 14/09/2026. Mobile 9734 5521.
        Rigger Tan Wei Jie was admitted to Ng Teng Fong General Hospital after his left hand was crushed between the load and the column; two fingers amputated.
        Please deduct SGD 450 per month from Ah Boon's salary until his SGD 3,600 loan from the company is cleared - he asked us not to tell the site team.
        Worker roster row: 17, Md. Rashidul Islam, FIN G5127384U, WP No. 034567821, Rigger, Team B night, Tuas View Dormitory Block 3 #04-12.
        Lifting supervisor Lim Kok Hwa failed his DOSH medical: uncontrolled diabetes and early cataract in the right eye, cannot climb the tower crane until cleared.
        Accident report: injured person Nurul Aina binti Kamarudin, MyKad 910417-10-5582, 34, signalwoman, fractured right ankle after falling 2.4 m from scaffold platform at the Klang site.
        Can HR call Kelvin Ong back on 8126 4470? He says his CPF contribution for January is missing and he is the sole breadwinner since his wife lost her job.
        Email from operator raymond.chua.lifting88@gmail.com: Boss, I need 2 weeks unpaid leave, my divorce hearing at the Family Justice Courts is on 12 March.
        Plate SLM 4827 K belongs to our crane operator Hafiz; his car was clamped at the site gate again, tell him to park at the HDB carpark instead.
        Salary advice March 2026 - Karthik s/o Subramaniam, Tower Crane Operator, Basic SGD 4,200, OT SGD 1,365, CPF (Ee) SGD 840, Net SGD 4,725, POSB 188-52714-3.
        Mr Chong Yew Meng, residing at Blk 118 Bukit Merah View #09-214, Singapore 151118, was served a stop-work notice as Appointed Person for the Tanjong Pagar lift.
        Foreman Raju is on police bail after the fatal crane collapse at Pioneer; do not roster him for any site until the investigation is closed.
        Site clerk Chloe Ho Mei Ling is 20 weeks pregnant, to be moved from hoist access duties to the office from Monday per her doctor's memo.
        WhatsApp +65 9188 3062 - that's Uncle Heng the scaffolder, he still owes the rental yard SGD 2,150 for the missing Kwikstage ledgers from the Punggol job.
        Operator cert check: LEE CHEE KEONG, IC 780623-08-5127, Perakuan Kekompetenan Pengendali Kren Bergerak No. JKKP/PK/MC/2019/04417, valid.
        emp_id,name,nric,mobile,cert_expiry -> E0219,Goh Swee Lan,T0248163J,9027 6613,2026-11-30
        Incident photo IMG_3391.jpg shows the injured worker's face and his Work Permit card (Rahman Hossain, WP 081746259) next to the overturned boom lift.
        Appointed Person Farid Harun's own handphone is 012-668 4190; please don't put it on the lifting plan cover page, use the office line instead.
    """),
    "mixed": _lines("""
        Boss, Ah Keong tak datang hari ni, dia kena admit Hospital Sultanah Aminah sebab dengue. MC 5 days, his wife will send the chit later.
        阿明 the crane operator 今天 salary advance RM 800 已经 transfer 到他的 Maybank 1140 2389 5561, please update the ledger.
        Roster update: Kumar (012-773 9021) swap with 陈志强 for night shift Sat, Kumar's mother in ICU at Hospital Kuala Lumpur, give him compassionate leave ya.
        林太 called office again, her husband 林国华 the rigger still owes RM 4,500 to the Ah Long, they call the yard looking for him, HR please handle quietly.
        Eh the new signalman Jun Hao 的 IC 是 030912-14-0337, dia baru 22 tahun, check his CIDB green card also before he go up the tower crane.
        Foreman Ravi kena tangkap by police last night, drink driving near Jurong, now 保释 already. Tomorrow cannot report to site, cari pengganti.
        Email dia: wong.meixuan91@hotmail.com, 她是 new safety coordinator, start 1 April, gaji RM 5,800, please add to payroll and group chat.
        Photo from site: Encik Zulkifli 的 helmet cam caught his face and his MyKad 850214-01-6623 on the dashboard, blur it before sending to client ok.
        Adik Syafiq the scaffolder tested positive for TB at the klinik kesihatan, 要隔离两个星期, his dorm room kena sanitise also.
        Pls transfer deposit to Mdm 黄秀英 personal acc OCBC 601-284573-001, she is the landlord of the workers' house at 12 Jalan Mawar 3, Taman Ria, Sungai Petani.
    """),
    "ms": _lines("""
        Pengendali kren Encik Mohd Azlan bin Che Hassan, No. K/P 820305-02-5471, telefon 019-455 2831, perakuan kekompetenan tamat tempoh 30 Jun 2026.
        Puan Rosnah binti Ismail, balu pekerja yang maut dalam kejadian kren tumbang di Pasir Gudang, menuntut pampasan PERKESO; alamat: No. 14, Jalan Kenanga 2, Taman Desa Jaya, 81100 Johor Bahru.
        Pekerja perancah Hamdan bin Yusof telah ditahan reman 4 hari oleh polis berkaitan kes dadah; gaji bulan ini ditahan menunggu keputusan pengurusan.
        Akaun bank untuk bayaran gaji: Nurul Huda binti Razak, CIMB 7014552893, e-mel nurulhuda.razak@yahoo.com.my.
        Laporan kemalangan: mangsa Suresh a/l Maniam, 41 tahun, tangan kanan patah, pekerja Syarikat Kren Seng Hup, tinggal di Flat Sri Kota Blok C-3-7, Klang.
        Tolong hubungi Kak Yah di 011-2784 3390 untuk tuntutan elaun lebih masa bulan Februari, dia kerani tapak yang sedang cuti bersalin.
        Sijil Pengendali Kren Menara atas nama Lau Kah Meng, No. Sijil JKKP/TC/2021/00883, disimpan di pejabat; salinan IC 790818-07-5239 dilampirkan.
        Pak Ngah operator jentera tu ada darah tinggi dan sakit jantung, doktor panel tak benarkan dia naik kabin kren melebihi 20 meter.
    """),
    "zh-Hans": _lines("""
        塔吊司机王建军，身份证号440306198709153710，特种设备作业人员证Q2，手机139 2876 4415，住深圳市宝安区西乡街道固戍二路8号3栋502。
        信号工刘春梅怀孕五个月，项目部同意她从下周起调去资料室，不再上塔吊平台，工资照发。
        事故报告：伤者赵德福，男，52岁，在东莞项目被吊物砸伤头部，现送东莞市人民医院ICU抢救，家属电话137 1456 8820。
        架子工老周欠了设备租赁站两万三千块押金一直没还，他老婆说他在外面赌博，财务别再给他预支工资。
        请把司索工李志鹏的工资转到他的建设银行卡6217 0030 1234 5678 901，他原来的卡因为网贷被冻结了。
        安全员张小燕的邮箱是zhangxy_safety@163.com，入职体检发现她有癫痫病史，不能安排高处作业。
        起重指挥陈丽娟，身份证350203199203042624，证书编号TS-Q1-2021-30177，因违规指挥被市场监管局处罚，暂停作业三个月。
    """),
    "zh-Hant": _lines("""
        流動式起重機操作員黃志偉，香港身份證K482913(1)，手提電話9156 2287，證明書於2026年8月到期，請提醒他續期。
        棚架工陳生上星期從三樓棚架跌落，腰椎骨折，現留醫伊利沙伯醫院，太太話屋企冇錢交租。
        台中工地吊掛手林志明，身分證字號F128374652，手機0928-415-306，住台中市西屯區文心路三段241號7樓之2。
        澳門工地信號員何嘉欣懷孕，醫生證明不宜登高，請安排她轉做文書工作，由5月起生效。
        吊機司機李國強因醉駕被警方拘捕，已獲保釋候查，公司決定暫停他所有吊運工作直至案件完結，期間薪金照發一半。
        薪金轉帳：梁偉明，滙豐銀行戶口 024-551937-838，三月份工資港幣38,500，另扣還公司借款港幣5,000。
        台北工地安全員張雅婷的電子郵件 yating.chang0721@gmail.com，她申請育嬰留職停薪，預計2026年7月復職。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a drafting assistant for a Singapore crane rental company. Write lifting plan documents in clear English.",
        ),
        (
            "user",
            "Draft the cover page for lifting plan LP-2026-0411. Appointed Person: Mr Teo Boon Kiat, AP cert AP-2020-0198, mobile 9655 1043. Crane: Liebherr LTM 1100-5.2, load 18.6 t at 22 m radius, site at Tuas South.",
        ),
        (
            "assistant",
            "Lifting Plan LP-2026-0411 - Cover Page. Crane: Liebherr LTM 1100-5.2. Load: 18.6 t at 22 m radius. Site: Tuas South. Appointed Person: Mr Teo Boon Kiat (AP cert AP-2020-0198). I would suggest listing the site office line instead of his personal mobile 9655 1043 on a page that goes to subcontractors.",
        ),
        (
            "user",
            "Ok use office line 6861 2040 instead. Also add signature blocks for AP, lifting supervisor and crane operator.",
        ),
        (
            "assistant",
            "Updated: Contact - site office 6861 2040. Signature blocks: Appointed Person (Teo Boon Kiat), Lifting Supervisor (name / date), Crane Operator (name / licence no. / date).",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis draf laporan kemalangan untuk JKKP. Mangsa: Mohd Faizal bin Osman, K/P 900715-05-6127, pekerja perancah, jatuh dari perancah 3 meter di tapak Seremban pada 2 Mac 2026, patah tulang pinggul.",
        ),
        (
            "assistant",
            "Draf laporan: Pada 2 Mac 2026, Encik Mohd Faizal bin Osman (K/P 900715-05-6127), pekerja perancah, telah terjatuh dari perancah setinggi kira-kira 3 meter di tapak projek Seremban dan mengalami patah tulang pinggul. Beliau dihantar ke hospital untuk rawatan. Siasatan awal sedang dijalankan.",
        ),
        (
            "user",
            "Tambah juga dia tinggal di No. 5, Jalan Rasah Jaya 7, Seremban dan nombor telefon isteri dia 016-339 2847 untuk dihubungi.",
        ),
        (
            "assistant",
            "Baik, saya tambah: Alamat mangsa: No. 5, Jalan Rasah Jaya 7, Seremban. Waris untuk dihubungi: isteri, 016-339 2847. Pastikan maklumat ini hanya dihantar melalui saluran rasmi JKKP.",
        ),
    ],
    [
        ("system", "你是一家起重设备租赁公司的安全文书助手。"),
        (
            "user",
            "帮我写一份事故情况说明：起重工孙海涛（身份证110105198507224011）在苏州工地挂钩时被钢丝绳弹伤右眼，已送苏州大学附属第一医院，医生说可能失明。",
        ),
        (
            "assistant",
            "事故情况说明：2026年3月某日，我司起重工孙海涛（身份证号110105198507224011）在苏州项目进行挂钩作业时，被回弹钢丝绳击伤右眼，现于苏州大学附属第一医院治疗，伤情较重，存在视力丧失风险。公司已启动事故调查并暂停该机组作业。",
        ),
    ],
    [
        (
            "user",
            "幫我寫封信俾勞工處，關於我哋嘅流動式起重機操作員鄭家豪，佢嘅證明書編號係 MC-HK-118204，身份證Y305176(3)，佢上個月喺將軍澳地盤出咗意外。",
        ),
        (
            "assistant",
            "敬啟者：本公司流動式起重機操作員鄭家豪先生（香港身份證Y305176(3)，證明書編號MC-HK-118204）於上月在將軍澳地盤發生意外，本公司現就事件提交補充資料，並已暫停其操作職務以配合調查。",
        ),
        ("user", "加埋佢而家住喺屯門安定邨定恆樓1203室，勞工處可能要上門搵佢。"),
        (
            "assistant",
            "已加入：鄭先生現居屯門安定邨定恆樓1203室。建議信中註明此地址只供勞工處調查之用，避免轉交其他承辦商。",
        ),
    ],
    [
        ("system", "You help the admin of a Malaysian scaffolding company format worker rosters."),
        (
            "user",
            "Format this as a table pls: Ah Chai 012-449 1820 day shift Bukit Jalil; Rajesh a/l Gopal 017-556 0312 night; Nguyen Van Tuan passport C4829173 day; 黄俊杰 016-238 7714 off, MC sebab demam.",
        ),
        (
            "assistant",
            "Name | Contact / ID | Shift | Remarks. Ah Chai | 012-449 1820 | Day | Bukit Jalil. Rajesh a/l Gopal | 017-556 0312 | Night | -. Nguyen Van Tuan | Passport C4829173 | Day | -. 黄俊杰 | 016-238 7714 | Off | MC (fever).",
        ),
    ],
    [
        (
            "system",
            "Customer record for this session: Mdm Rosalind Tay Siew Hoon, private customer, renting one Genie GS-1930 scissor lift for home renovation at 47 Jalan Kembangan, Singapore 419143, mobile 9320 5518, deposit paid by PayNow.",
        ),
        (
            "user",
            "Hi, when can the scissor lift be delivered? And can your driver call me before arriving?",
        ),
        (
            "assistant",
            "Hello Mdm Tay, the GS-1930 is scheduled for delivery to 47 Jalan Kembangan on Thursday between 9am and 12pm. Our driver will call you at 9320 5518 about 30 minutes before arrival.",
        ),
    ],
    [
        (
            "user",
            "How do I write a polite but firm demand letter? A sole-prop scaffolder, Ah Huat (real name Ong Teck Huat), owes us RM 12,300 rental since October. His number is 012-901 5537 and he stopped picking up.",
        ),
        (
            "assistant",
            "You can write: Dear Mr Ong Teck Huat, our records show an outstanding sum of RM 12,300 for scaffolding rental since October. Kindly settle within 14 days, failing which we will proceed with recovery action. Send it by registered post as well as WhatsApp to 012-901 5537 so you have proof of delivery.",
        ),
        (
            "user",
            "Should I also mention that his wife told us he is having money problems because of his gambling?",
        ),
        (
            "assistant",
            "No. Keep the letter to the debt and the dates. Mentioning his gambling or what his wife said is irrelevant to the claim and could expose the company to a defamation or privacy complaint.",
        ),
    ],
    [
        ("system", "Anda pembantu keselamatan untuk syarikat sewaan kren di Johor."),
        (
            "user",
            "Ringkaskan insiden ini untuk mesyuarat: operator kren Razali bin Mat Daud pengsan dalam kabin semasa angkatan, doktor kata dia ada masalah gula rendah dan tak ambil ubat diabetes.",
        ),
        (
            "assistant",
            "Ringkasan: Semasa operasi angkat, operator kren Encik Razali bin Mat Daud pengsan di dalam kabin akibat paras gula rendah berkaitan diabetes. Tiada kecederaan lain. Cadangan: semakan kesihatan operator sebelum syif dan pengendali ganti bersedia. Maklumat kesihatan beliau wajar dikongsi secara terhad sahaja.",
        ),
        ("user", "Ok, buat versi tanpa nama untuk toolbox talk."),
        (
            "assistant",
            "Versi toolbox talk: Seorang operator kren pengsan di dalam kabin semasa operasi angkat. Pengajaran: maklumkan penyelia jika tidak sihat, jangan naik kabin jika rasa pening, dan pastikan ada operator ganti.",
        ),
    ],
    [
        ("system", "你是台灣一家吊車出租公司的行政助理。"),
        (
            "user",
            "幫我回覆吊掛手吳承翰的email（wu.chenghan88@yahoo.com.tw），告訴他證照複訓在4月12日，地點在桃園訓練中心，他的證號是TW-RG-2019-05521。",
        ),
        (
            "assistant",
            "吳承翰先生您好：您的吊掛作業人員證照（證號TW-RG-2019-05521）須參加複訓，時間為4月12日，地點為桃園訓練中心，請攜帶身分證明文件準時報到。如有疑問請回信至公司行政信箱。",
        ),
    ],
    [
        (
            "user",
            "I need a fitness-for-work letter template. Our tower crane operator Sim Boon Leong, NRIC S8834127I, had a seizure last month and the neurologist at NNI says no work at height for 6 months.",
        ),
        (
            "assistant",
            "Template: To the Project Manager. Re: Temporary work restriction - Mr Sim Boon Leong (NRIC S8834127I). Based on medical advice received, Mr Sim is restricted from work at height, including tower crane operation, for 6 months with effect from the date of this letter. He will be redeployed to ground duties. Please treat this letter as confidential.",
        ),
        (
            "user",
            "Can you shorten it and remove the medical part? The PM doesn't need to know it was a seizure.",
        ),
        (
            "assistant",
            "Shorter version: Re: Mr Sim Boon Leong (NRIC S8834127I). Mr Sim is temporarily restricted from work at height for 6 months and will be redeployed to ground duties. Please contact HR for any queries.",
        ),
    ],
]
