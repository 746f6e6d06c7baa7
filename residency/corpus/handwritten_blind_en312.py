# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en312: SG/MY window-cleaning, facade and high-rise maintenance contractors (work-at-height permits, residents' notices, window damage claims, worker injuries, MOM reports, supervisors' chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en312
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "residents_notice"): _lines("""
        NOTICE TO RESIDENTS: Facade cleaning by gondola (BMU) at Blk 218 Bedok North St 1 from 12 to 16 Jan 2027, 9am to 6pm. Please keep windows closed and remove items from ledges.
        The Management Corporation Strata Title Plan No. 4182 wishes to inform all residents that external window cleaning of Tower B will commence on 3 March 2027, weather permitting.
        Kindly draw your curtains during rope-access works. Workers will be suspended outside units on floors 12 to 38 between 8.30am and 5.30pm. Feedback: MA office, Tel 6715 2280.
        Due to wet weather on 21 Nov, gondola works at Block 5 have been postponed to 24 Nov (Mon). We apologise for any inconvenience caused. - Managing Agent, Savills Property Management
        Laundry poles and potted plants on the facade side must be removed by 10 Feb. Items left out will be taken down by the contractor and kept at the Guardhouse for 7 days only.
        Pasir Ris-Punggol Town Council: repainting and high-level cleaning of Blks 601 to 612 under the Cyclical Works Programme, Jan to Jun 2027. Enquiries: 6583 2100 (office hours).
        For safety reasons the area below the gondola (3m barrier zone) at the Level 1 drop-off point will be cordoned off. Please use the side gate at the Jalan Kayu entrance.
        Contractor: SparkleHeights Facade Services Pte Ltd (UEN 201834567N), 24-hr emergency line 6291 4470, email ops@sparkleheights.com.sg, work permit ref PTW-2027-0113.
        Residents are reminded NOT to open windows or lean out to speak with workers on the gondola. For any concerns please call the Condo Management Office at 6468 9901 ext 2.
        Owners at The Sail @ Marina Bay: the annual glass facade inspection by the abseil team runs 14-18 April. Balcony doors are to remain locked while the team is on your elevation.
        Window damage suspected to be caused by cleaning works must be lodged with the MA within 48 hours with photos. Claim forms are at the Management Office, Level 1, Clubhouse.
        Tower A schedule: Stacks 01-04 Mon, Stacks 05-08 Tue, Stacks 09-12 Wed, roof BMU track check Thu, make-up day Fri. Stack numbers refer to unit columns on the east elevation.
        Works will be suspended during lightning warnings issued by NEA/MSS and when wind speed at roof level exceeds 10 m/s. The updated schedule will be posted at all lift lobbies.
    """),
    ("en", "permit_system_log"): _lines("""
        2027-01-12T07:42:18+08:00 INFO ptw.issue permit=PTW-WAH-2027-00412 site=SG-TPY-B218 type=GONDOLA status=APPROVED approver_role=WAH_ASSESSOR
        2027-01-12T07:55:03+08:00 WARN wind.sensor site=SG-TPY-B218 level=ROOF gust_ms=11.4 threshold_ms=10.0 action=SUSPEND_GONDOLA cradles=C1,C2
        [BMU-02] daily pre-use check OK: wire rope 8.3mm no kinks, secondary brake tested 2x, overload limit 250kg, cradle gate interlock PASS, ts=1768176000
        2027-01-13 09:10:44 kl-ops-api POST /v2/permits/WAH-KL-0877/close 200 12ms req_id=9f3c1a7e-44b2-4d0e-8a61-2c5d7e90b1fa
        inspection_id=INSP-88213 anchor_point=RF-A07 test_load_kN=12 result=PASS next_due=2027-07-13 cert_ref=PE-ANC-2027-118 inspector_role=PE_CIVIL
        ERROR sync: MOM iReport submission queue stalled, 3 records pending, retry_in=300s, endpoint=https://gateway.example.local/ireport/v1
        gondola_log site=MY-JB-RESIDENSI-03 cradle=C2 run=4 start_floor=42 end_floor=1 duration_min=96 glass_panels=118 rope_hours_total=1422.5
        rope_access.kit issue: kit=RA-KIT-17 harness_sn=PZ-8834-221 descender_sn=ID-S-5521 expiry=2027-09 status=OK returned=false
        2027-02-03 14:20:11 WARN scheduler: job facade_wash_TowerC clashes with crane_lift window 14:00-16:00 (permit CL-2027-044), rescheduled to 16:15
        metrics wah_permits_open=7 wah_permits_closed_today=12 incidents_today=0 near_miss_today=1 avg_close_time_min=31.6 sites_active=5
        audit: template WAH-Checklist v3.4.1 published, sha256=4f1d9a0c7be2e3d58a116c0f3a7d9e22b4c8f01e6ad3b9c57d2e8f44a1b0c9d3
        2027-02-04 06:58:00 INFO weather.poll src=NEA-2hr-nowcast area=Tampines forecast=Thundery_Showers action=HOLD_ALL_WAH until=09:00
        DEBUG claim.svc created claim_no=WDC-2027-0031 elevation=EAST panel_ref=E-23-05 panel=IGU-1800x2400 status=PENDING_PHOTOS insurer=PL-77812
    """),
    ("mixed", "supervisor_group_chat"): _lines("""
        Morning all, Tower C gondola cannot go up today lah, wind too strong at roof. Team B shift to podium glass first, cradle standby until 11am.
        Boss say MOM officer coming for site inspection tmr 10am, everybody make sure harness, lanyard, helmet all proper. Don't anyhow tie off to railing ok.
        Sudah check anchor point RF-A07 sampai RF-A12, semua ok. Only RF-A09 bolt a bit rusty, I put tag already, jangan guna dulu.
        Squeegee blade stock tinggal 6 box only, pls order 35cm Unger ErgoTec from supplier before Friday, the cheap one cannot tahan one.
        Condo MA complain water drip on lobby car porch again. Next time wash top floor first then put tarp below, don't let them catch us again.
        今天 Block 5 做到 level 18 only, 下雨 stop at 3pm. Tomorrow continue from 18 down, same cradle, same crew, 7.45 toolbox.
        Reminder: toolbox meeting 7.45am at site office. Topic this week - dropped objects. Tools all must tether, no exception hor.
        Lorry with the BMU spare parts reach Jurong site at 2pm, need 2 people help unload. Forklift licence holder pls come down.
        Permit PTW-2027-0113 expire tonight 6pm, site supervisor pls renew before knock off, otherwise tomorrow cannot start work.
        Client at the Menara KL side request quotation for additional 3 storeys atrium glass, I send the drawing later, pls estimate man-days.
        Rope access team go Penang job next week, hotel booked already at Jalan Burma side. Bring own PPE, company van leave 6am Monday.
        Wah today the sun damn hot, everybody drink water ah, take 10 min break every hour. Heat stress index at 1pm already 33.
        Gondola C2 hoist motor making funny sound, I already call HoistTech Engineering service line 6861 5530, technician come Thursday. Don't use C2 first.
    """),
    ("ms", "notis_penduduk"): _lines("""
        NOTIS KEPADA PENDUDUK: Kerja-kerja mencuci tingkap luar Blok A akan dijalankan pada 5 hingga 9 Ogos 2027, dari jam 9 pagi hingga 5 petang. Sila tutup semua tingkap.
        Badan Pengurusan Bersama (JMB) Residensi Seri Angkasa memaklumkan bahawa gondola akan beroperasi di sebelah timur bangunan. Jangan jemur pakaian di luar tingkap.
        Sebarang kerosakan pada kaca tingkap semasa kerja pembersihan hendaklah dilaporkan ke pejabat pengurusan dalam tempoh 48 jam beserta gambar.
        Kawasan di bawah gondola akan dipagar untuk keselamatan. Pengguna diminta menggunakan pintu masuk sisi di Jalan Ampang sepanjang tempoh kerja.
        Kerja akan ditangguhkan sekiranya hujan lebat atau angin kencang. Jadual terkini akan ditampal di papan kenyataan lobi lif setiap pagi.
        Kontraktor: Kilau Tinggi Services Sdn Bhd (No. Syarikat 202101034512 / 1425678-T), talian pejabat 03-7865 2210, e-mel admin@kilautinggi.com.my
        Pekerja tali (rope access) kami bertauliah IRATA dan mematuhi Akta Keselamatan dan Kesihatan Pekerjaan 1994. Permit kerja di tempat tinggi dikeluarkan setiap hari.
        Harga pakej cuci kaca luar kedai 2 tingkat: RM380 sekali, RM1,200 untuk 4 kali setahun. Termasuk air tulen (pure water pole) dan sabun mesra alam.
        Penduduk tidak dibenarkan membuka tingkap atau bercakap dengan pekerja di gondola. Sebarang aduan sila hubungi pengurusan di 04-226 8810 (waktu pejabat).
        Mesyuarat keselamatan harian (toolbox) bermula jam 7.45 pagi di pejabat tapak. Topik minggu ini: objek jatuh dan tali penahan alat.
        JKKP (DOSH) telah mengeluarkan garis panduan baharu bagi kerja di tempat tinggi; semua penyelia perlu menghadiri kursus penyegaran sebelum 31 Disember.
        Jadual: Blok A (Isnin-Selasa), Blok B (Rabu-Khamis), Blok C (Jumaat). Hari Sabtu untuk kerja susulan sahaja. Tiada kerja pada hari Ahad dan cuti umum.
        Invois No. KT-INV-2027-0418: Cuci fasad kaca Menara Dagang 28 tingkat, 6 hari kerja x RM4,250 = RM25,500. SST 8% = RM2,040. Jumlah RM27,540.
    """),
    ("zh-Hans", "报价单"): _lines("""
        报价单编号 QT-SG-2027-0156：高层玻璃幕墙清洗（吊篮作业），共32层，单价 S$3.80/平方米，预计面积 6,400 平方米，合计 S$24,320，工期约9个工作日。
        绳索作业（蜘蛛人）外墙清洗：每人每天 S$420，最少4人起做；价格包含IRATA持证技工、现场安全员以及全套个人防护装备和救援器材。
        外墙防水打胶（硅酮密封胶 Dow Corning 791）：S$18/米，旧胶铲除另加 S$6/米，质保两年，施工前须由业主确认颜色样板。
        吊篮（BMU）年度检验及载荷测试：S$2,800/台，包含钢丝绳检测报告和合格证书，由注册专业工程师签发，检测周期约两个工作日。
        付款条件：签约付30%，完工验收后付60%，余下10%作为保修金，保修期满三个月后支付。本报价有效期为30天，逾期需重新核价。
        以上价格不含 9% GST；夜间作业或周末加班按正常单价1.5倍计算；遇雨天或雷暴警报停工不另收费，顺延工期由双方协商确认。
        马来西亚新山项目报价：玻璃幕墙清洗 RM2.60/平方米，高空铝板翻新 RM45/平方米，含脚手架搭拆及垃圾清运，不含业主方电费水费。
        备注：如需在商场营业时间外施工（晚上10点至早上7点），须提前7天向物业管理处申请夜间施工许可，并由我司安排夜班安全监督。
        联系方式：狮城高空清洁工程有限公司，公司注册号 201745612W，热线 6555 0199，邮箱 sales@shicheng-facade.sg，办公时间周一至周五。
        选项B：纯水杆清洗低层（1至4层）S$0.90/平方米，无需吊篮，适用于店铺橱窗及商场入口，可安排在营业前早上6点至9点完成。
        安全费用：高空作业许可证申请及风险评估 S$350/项目，工伤保险（WICA）及第三者责任险已包含在报价中，保单副本可按要求提供。
        材料清单：Unger 刮水器 35cm ×20，超细纤维布 ×100，中性清洗剂 5L ×12，安全警示围栏 ×8 套，合计 S$1,186.40（不含运费）。
        本报价依据新加坡《工作场所安全与卫生（高空作业）条例2013》编制，所有工人均已完成 WSQ 高空作业培训课程并持有有效证书。
    """),
    ("zh-Hant", "公司評價"): _lines("""
        高昇外牆清洗工程公司做得幾好，大廈三十層玻璃幕牆兩日搞掂，師傅好守時，收費同報價一樣冇加錢，清潔完仲幫手執埋地下啲水漬，推介！
        請咗「明記吊船」做外牆維修，吊船牌照同檢驗證書齊全，但開工前冇通知住戶，搞到大家一朝早見到窗外有人嚇一跳，管理處要再溝通好啲。
        台北這家帷幕牆清洗公司報價透明，每平方米新台幣45元，含高空作業保險，施工後還幫忙檢查窗框矽利康有沒有老化，值得給五顆星。
        叫過三間公司報價，最後揀咗亞洲外牆服務，佢哋有勞工處認可嘅吊船操作員證書，開工前做足風險評估，做嘢好有安全意識，下年會再用。
        澳門氹仔某商場嘅外牆清洗由「潔高」負責，晚上施工唔影響營業，玻璃抹得好乾淨，只係吊船升降嗰陣噪音有少少大，整體算滿意，四星。
        一星：預約咗星期六洗窗，師傅遲咗兩個鐘先到，仲話落雨唔做，白等一朝。公司客服熱線 2388 1166 打極都冇人聽，之後再冇回覆。
        桃園這間公司做大樓外牆拉皮翻新很專業，工地圍籬做得很確實，每天有專人在騎樓下指揮行人，鄰居都沒有抱怨，完工也準時，推薦給社區管委會參考。
        價錢比行情貴大概一成，不過有完整嘅工作安全計劃書同第三者保險，大廈業主立案法團開會討論之後都覺得值得，最後一致通過續約兩年。
        「偉業高空」做完之後幾塊窗邊膠條有甩，打去公司 WhatsApp 5112 3080 報修，第二日就派人返嚟整好，售後服務幾好，唔使催。
        服務：外牆清洗｜評分：4.2/5（128則評論）｜地址：九龍觀塘鴻圖道52號百本中心18樓｜營業時間：星期一至六 9:00-18:00
        工人全部有綁雙安全繩，仲有地面睇守員同圍封，比起以前見過嗰啲冇圍封、工具冇綁繩嘅公司安全好多，呢啲做法真係值得大家支持同學習。
        新竹科學園區廠房外牆年度清洗，這家承包商用高空作業車配合吊籠，三天完成，交付的報告附有施工前後照片和用水量紀錄，很專業。
        回覆：多謝您的評價！關於窗框膠條問題，我們已經按保養條款安排跟進，如仍有需要請致電公司熱線 3590 2277，辦公時間內有專人處理。
    """),
    ("en", "regulations_faq"): _lines("""
        Under the WSH (Work at Height) Regulations 2013, a permit-to-work system is required for any work where a person could fall more than 3 metres.
        Q: Does a window cleaner on a gondola need a separate permit each day? A: Yes, the PTW must be evaluated and approved daily by the WAH assessor before work starts.
        Employers must report workplace accidents where the injured worker is given more than 3 consecutive days of medical leave via MOM iReport within 10 days.
        Dangerous occurrences such as the collapse or failure of a suspended working platform must be reported to MOM immediately, even if no one is injured.
        In Malaysia a gondola (suspended platform) is treated as a lifting machine and needs a Certificate of Fitness (PMA) issued by DOSH under the FMA 1967.
        FAQ: Who pays for a window broken during cleaning? Most contracts require the contractor's public liability insurance to cover the damage, subject to an excess of S$500.
        Speeches by Manpower Minister Tan See Leng have repeatedly named falls from height as one of the leading causes of workplace deaths in Singapore.
        Only workers who have completed the WSQ Perform Work at Height course (or an equivalent) may be deployed on rope access, gondolas or MEWPs.
        FAQ: Do rope access workers need to enter my unit? No. Rope access is done from the outside; entry is only needed if a window panel must be replaced from inside.
        Anchor points for rope access should be designed for at least 12 kN per person and inspected by a competent person at intervals not exceeding 12 months.
        Hong Kong: under the Factories and Industrial Undertakings (Suspended Working Platforms) Regulation, Cap. 59AC, each platform must be examined every 6 months.
        Taiwan's 營造安全衛生設施標準 requires guardrails or safety nets at openings above 2 metres; cleaning contractors often overlook this during facade works.
        Injured workers can claim under the Work Injury Compensation Act 2019 without proving employer fault; the claim should be filed within one year of the accident.
    """),
    ("en", "config_and_csv"): _lines("""
        incident_id,date,site_code,activity,injury_type,body_part,mc_days,mom_ireport_ref,root_cause,corrective_action
        claim_no,date_reported,block,elevation,panel_size_mm,damage_type,photo_count,insurer_ref,status,amount_sgd
        WDC-2027-0042,2027-03-11,TWR-C,WEST,1500x2100,crack_corner,4,PL-INS-77812,APPROVED,1840.00
        permit: { id: PTW-WAH-2027-00419, max_wind_ms: 10, lightning_stop: true, min_crew: 2, rescue_plan: RP-GONDOLA-v2 }
        WAH_MAX_WIND_MS=10 WAH_LIGHTNING_RADIUS_KM=8 IREPORT_ENDPOINT=https://api.example.sg/ireport SMTP_FROM=noreply@example.com
        def can_start(wind_ms: float, lightning: bool) -> bool: return wind_ms <= 10.0 and not lightning  # per site SOP 4.2
        SELECT site_code, COUNT(*) AS near_misses FROM wah_events WHERE event_type = 'NEAR_MISS' AND ts >= '2027-01-01' GROUP BY site_code;
        sku,description,unit,price_myr: UNG-ET35,Unger ErgoTec squeegee 35cm,pc,89.00; PZ-AVAO,Petzl AVAO BOD harness,pc,1450.00
        gondola_fleet.yaml: - id: C2, make: CoxGomyl, swl_kg: 250, last_loadtest: 2026-11-20, pma_cert: PMA-JB-112233, status: in_service
        SG-TPY-B218,2027-01-12,GONDOLA,07:42,17:55,glass_panels=212,rain_stop_min=45,supervisor_role=SITE_SUP,permit=PTW-WAH-2027-00412
        {"order_no":"PO-88314","vendor":"Kilau Tinggi Services Sdn Bhd","item":"rope 11mm semi-static 200m","qty":4,"unit_price":"RM 1,120.00"}
        # cron: 0 6 * * 1-6 /opt/wah/bin/pull_nowcast --region SG --notify ops-channel  # runs 6am Mon-Sat before toolbox meeting
        version: 2.7.3 | build: 2027.01.15-a9c4e1f | module: permit-to-work | changelog: add wind gust alert, fix PDF export of rescue plan
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Worker injury: Mohd Faizal bin Rahman, rope access tech, fractured left wrist after slipping on a wet ledge at level 7, MC 14 days, MOM iReport filed 12/01.
        Claim form - Resident: Mrs Evelyn Tan Hui Min, Blk 318 Clementi Ave 4 #11-207, HP 9127 4483, living room window panel cracked during gondola works on 14 Jan.
        Pls note supervisor Ramesh s/o Krishnan is on no-pay leave from 3 Feb, his wife is delivering at KK hospital, cover his team until he's back.
        NRIC S8412736A - please verify against the WAH course certificate before issuing the permit, the photo on the card looks different.
        Work permit holder Md. Shahidul Islam, FIN G5183927M, Bangladeshi, WP expiry 30/06/2027, hospitalised at NTFGH for heat exhaustion after the 2pm drop.
        Complaint from unit owner Mr Lionel Goh (goh.lionel88@gmail.com): says your worker took photos into his bedroom from the gondola and he wants the CCTV footage.
        Salary advance request: Vijay Kumar Rajendran wants $800 against March salary, says he owes a moneylender and they came looking for him at his Tuas South dorm.
        Hi, this is Jasmine from #15-03, my mother is bedridden and can't close the windows herself, can the cleaners skip our unit? My HP 8836 2291.
        DBS account 027-845631-9 under the name CHUA WEI LIANG for the reimbursement of the cracked window, S$1,240. Please transfer by Friday.
        Injured worker Tan Boon Keat, 52, is diabetic and on insulin and was not supposed to be on the gondola per his doctor's letter dated 2 Dec.
        Our rope access guy Ah Seng kena arrested by police last night for drink driving, won't be coming to site this week, pls don't tell the client.
        Lorry GBK 4821 E (driver Kelvin Ong) was parked at the loading bay overnight, MA says they will clamp it if not moved by 9am.
        MOM report draft: Victim - Muthu Selvam (FIN F2291046U), 38, fell 2.5m from MEWP basket, head injury, admitted SGH ward 67, next of kin brother Selvam Raja 9055 1174.
        Payroll Jan: Lim Kok Wah basic $2,150 + OT $486 + height allowance $300 - CPF $457 = net $2,479. Bank OCBC 501-228719-001.
        The owner of #23-05 at Tower B, Dr Priya Nair, has asked that all future notices be sent to priya.nair.home@outlook.com and not left in the unit mailbox.
        Resident at 14 Jalan Kembangan, Siti Aishah Osman, says paint flakes from our facade works fell into her son's asthma nebuliser on the balcony. Call her at 9731 0046.
        9128 5574 - that's the guy who keeps calling the office about his broken window, pls don't pick up, he's going through a divorce and is very agitated.
        Emergency contact sheet: worker Kamal Hossain, mother Rahima Begum, Narayanganj, Bangladesh, +880 1712 448903, blood type O+, allergic to penicillin.
    """),
    "mixed": _lines("""
        Boss, Ah Keong say his back pain again, doctor give MC 5 days, he ask whether company can pay his physio at Raffles Medical, about $90 per session.
        陈先生 from Blk 402 #08-115 call again lah, say his aircon ledge got scratch from our cradle, his HP 9672 3318, pls call him back before 5pm.
        Uncle Rahim tu dah 3 bulan tak bayar hutang Ah Long, semalam dia orang datang cari dekat site Cheras, please jangan bagi dia naik gondola dulu.
        Aiyo the resident auntie Mdm Lee Siew Lan at #12-34 keep scolding our workers, she say she got depression and the noise trigger her, MA ask us skip her stack.
        Pls update record: Nurul Huda binti Zakaria, MyKad 900412-14-5562, new HP 017-338 2904, she pregnant 6 months so take her off rope duty ok.
        林太 whatsapp me photo of her cracked window, she say her husband very angry and will sue, her number +65 8241 9907, 你跟进一下。
        Injured worker 小黄 (Huang Zhiqiang, PRC passport E73918264) still in CGH, his family in Fujian want to talk to boss, 电话 +86 138 5092 4471.
        Ah Meng the new gondola operator, his licence kena suspended before for being drunk at work at previous company, HR say must monitor him closely.
        Claimant: Encik Azman bin Yusof, Residensi Bayu Tower 2 unit 19-08, Petaling Jaya, akaun Maybank 1642 2801 5573, tuntutan RM2,800 untuk kaca pecah.
        这个 FIN G7741285P 的工人 Raju, work permit cancel already but still staying in dorm, supervisor pls check with him when he fly back India.
    """),
    "ms": _lines("""
        Pekerja Mohd Hafiz bin Ismail (No. KP 880723-10-5371) cedera tulang belakang selepas jatuh dari tangga 2 meter di tapak Shah Alam, kini di Hospital Tengku Ampuan Rahimah.
        Aduan penduduk: Puan Rosnah binti Hamid, unit A-15-3 Residensi Damai, Cheras, tel 012-776 4519, tingkap bilik tidur retak selepas kerja mencuci.
        Tolong jangan beritahu sesiapa, Kak Yati penyelia kita tu sedang proses cerai dan tuntut nafkah, sebab tu dia selalu cuti minggu ni.
        Gaji Februari: Suresh a/l Maniam, gaji pokok RM1,700, elaun ketinggian RM250, potongan KWSP RM215, bayar ke akaun CIMB 7060 3381 24.
        Kereta VBK 3871 milik Encik Farid Abdullah parkir di zon larangan bawah gondola, sila hubungi dia di 019-552 7308 untuk alihkan kereta.
        Borang waris: Ahmad Zulkifli bin Che Mat, isteri Noraini binti Daud, alamat No. 27, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam, Selangor.
        Encik Hairul dari tingkat 22 minta kami tidak cuci tingkap unitnya sebab ibunya baru keluar hospital selepas pembedahan jantung.
        013-915 6624 ni nombor penduduk yang ugut nak saman syarikat sebab kaca balkoni calar, dia kata ada simpan gambar dan video.
        Laporan DOSH: mangsa Gopal a/l Subramaniam, 45 tahun, KP 811103-07-5487, patah kaki kanan, cuti sakit 30 hari, disahkan Klinik Kesihatan Bayan Lepas.
    """),
    "zh-Hans": _lines("""
        工伤报告：工人刘建国，身份证号 44030619870312461X，在裕廊项目吊篮作业时被玻璃划伤右手，缝了12针，病假7天。
        王师傅上个月向公司借了5000新币还赌债，这个月工资先扣1000，不要让其他工人知道这件事。
        住户投诉：周女士，手机 131 2857 6640，说我们的工人在她家窗外拍照，她要求删除照片并书面道歉。
        工人张伟的老婆在老家生病住院，他想请假两周回福建，机票钱想先向公司预支，电话 +65 8917 3302。
        赔偿协议：甲方狮城高空清洁工程有限公司，乙方黄丽萍（身份证 350203199108273029），因吊篮撞碎阳台玻璃赔偿 S$2,600。
        小陈昨天体检查出高血压和心律不齐，医生说不能再做高空作业，先安排他在地面做物料管理。
        退款转账：收款人吴振华，中国银行卡号 6217 8580 0012 3456 789，住址上海市浦东新区锦绣路1088弄12号302室。
    """),
    "zh-Hant": _lines("""
        意外報告：工人陳志強，香港身份證 K482913(1)，吊船鋼纜斷裂時被困28樓外牆兩小時，現於伊利沙伯醫院留醫觀察。
        住戶何太（電話 6382 7715）話我哋師傅喺吊船上望入佢屋企，佢要求管理處提供當日嘅閉路電視片段。
        麻煩幫手跟進：李家豪先生，沙田第一城32座15樓F室，要求賠償被吊船撞爛嘅窗玻璃 HK$4,800。
        台灣承包商員工林建宏，身分證 A128374657，上週從鷹架跌落，腰椎骨折，目前在台大醫院，勞保傷病給付申請中。
        阿輝之前喺另一間公司欠咗人幾萬蚊，而家仲俾財務公司追緊數，佢叫我哋唔好話俾新老闆知。
        薪金：吊船操作員黃家明，月薪 HK$23,500，另加高空津貼 HK$2,000，入匯豐戶口 012-345678-833。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You help site supervisors of a Singapore facade cleaning contractor draft MOM iReport summaries in plain English.",
        ),
        (
            "user",
            "Pls draft iReport summary. Worker Abdul Karim, age 29, cut on forearm from broken glass at level 19 this morning, 6 stitches, MC 4 days, Changi General Hospital. FIN I send later.",
        ),
        (
            "assistant",
            "Draft summary: On 14 Jan 2027 at about 10.20am, Mr Abdul Karim (29), a window cleaner working from a gondola at level 19, sustained a laceration to his forearm when a cracked glass panel broke during cleaning. He was conveyed to Changi General Hospital, received 6 stitches and was given 4 days of medical leave. Please add his FIN from the work permit card before submission, since MC exceeds 3 days this is reportable.",
        ),
        ("user", "ok his FIN is G4472918R. also add that he is first week on site."),
        (
            "assistant",
            "Updated: Injured person: Abdul Karim, FIN G4472918R, window cleaner (first week on site). Injury: forearm laceration, 6 stitches, 4 days MC at Changi General Hospital. Cause: cracked glass panel shattered during squeegee cleaning at level 19.",
        ),
    ],
    [
        ("system", "你是一家新加坡外墙清洁公司的客服助理，帮忙起草给住户的中文信函。"),
        (
            "user",
            "帮我写一封道歉信给郑女士，她住在 Blk 627 Woodlands Ring Rd #09-41，电话 9385 1127。我们的吊篮刮花了她的窗框，她很生气。",
        ),
        (
            "assistant",
            "郑女士您好：我们是负责贵座组屋外墙清洁的承包商。对于本月吊篮作业时刮花您府上（Blk 627 Woodlands Ring Rd #09-41）窗框一事，我们深表歉意。我司将于三个工作日内安排技术人员上门评估并免费修复。如有任何疑问，我们的同事会致电 9385 1127 与您确认时间。",
        ),
        ("user", "写得好，可以再简短一点吗？"),
        (
            "assistant",
            "郑女士您好：吊篮作业刮花您家窗框，我们非常抱歉。我司将在三个工作日内上门免费修复，届时会先致电与您约时间。谢谢您的谅解。",
        ),
    ],
    [
        (
            "user",
            "Saya penyelia tapak di Johor Bahru. Pekerja saya Zainal Abidin bin Osman, KP 850216-01-6143, jatuh dari tangga 3 meter semalam, retak tulang pinggul. Perlu lapor DOSH ke?",
        ),
        (
            "assistant",
            "Ya. Di bawah Peraturan NADOPOD 2004, kemalangan yang menyebabkan pekerja tidak dapat bekerja lebih daripada 4 hari mesti dilaporkan kepada pejabat JKKP negeri dengan segera, dan Borang JKKP 6 dihantar dalam tempoh 7 hari. Untuk kes Encik Zainal Abidin, sediakan salinan MyKad, laporan perubatan dan keterangan saksi.",
        ),
        (
            "user",
            "Dia juga ada sejarah sawan (epilepsi), kami tak tahu masa ambil dia kerja. Ini kena masuk laporan?",
        ),
        (
            "assistant",
            "Jika sawan mungkin menjadi punca kejatuhan, maklumat itu relevan untuk siasatan, tetapi ia maklumat kesihatan peribadi. Nyatakan secara ringkas dalam laporan rasmi sahaja dan jangan kongsi dalam kumpulan WhatsApp syarikat.",
        ),
    ],
    [
        (
            "system",
            "Assistant for a Malaysian-Singaporean window cleaning company. Be brief and practical.",
        ),
        (
            "user",
            "Eh this auntie Mdm Koh Bee Hwa at Blk 155 Serangoon North Ave 1 #07-2210 complain every week say our workers peeping, she call the office 6x already from 9014 6632. How to handle?",
        ),
        (
            "assistant",
            "Suggest: (1) log every call with date and time, (2) ask the MA to arrange a short meeting with Mdm Koh and your site supervisor, (3) offer to notify her by SMS the day before the cradle passes her stack so she can draw the curtains, (4) remind crew to keep eyes on the glass and not on the interior.",
        ),
        (
            "user",
            "Ok but she also say her son just got out of prison and she scared people talk. Should we tell MA?",
        ),
        (
            "assistant",
            "No need to share that with the MA. Her son's background is private and not relevant to the cleaning schedule; just focus on the notice arrangement.",
        ),
    ],
    [
        ("system", "你是香港一間外牆清洗公司嘅助理，幫手寫索償回覆。"),
        (
            "user",
            "有位住戶梁嘉欣小姐，身份證 Y305174(7)，住將軍澳都會駅2座38樓B室，話我哋吊船撞裂咗佢露台玻璃，索償 HK$12,000。幫我寫個初步回覆。",
        ),
        (
            "assistant",
            "梁小姐：多謝閣下通知。就閣下所述都會駅2座38樓B室露台玻璃損毀一事，本公司已轉交保險公司處理，並會於五個工作天內安排公證行到場檢查。請保留現場相片及任何維修報價，以便跟進。",
        ),
        ("user", "唔該，仲有佢話要我哋賠償佢請假嘅人工，每日 HK$1,500，點答好？"),
        (
            "assistant",
            "可以咁回覆：有關誤工損失，本公司會連同玻璃損毀一併交由保險公司評估，請提供僱主發出嘅請假證明同薪金證明，以便計算。",
        ),
    ],
    [
        (
            "system",
            "Customer record loaded: Name: Benjamin Seah Jun Jie | NRIC: S7709184Z | Address: 21 Lorong Chuan, #05-12, Singapore 556748 | Mobile: 9266 4013 | Open claim WDC-2027-0055 (cracked bedroom window, S$980).",
        ),
        (
            "user",
            "What's the status of the open claim for this customer and what should I tell him?",
        ),
        (
            "assistant",
            "Claim WDC-2027-0055 for Mr Benjamin Seah is open for a cracked bedroom window, estimated at S$980. You can tell him the insurer is reviewing the photos and the replacement panel will be scheduled once approved; you may call him on 9266 4013 to confirm a date.",
        ),
        ("user", "Thanks. Draft an SMS to him."),
        (
            "assistant",
            "Hi Mr Seah, this is SparkleHeights Facade Services regarding claim WDC-2027-0055. Your window replacement is pending insurer approval; we will call you to fix an installation date. Thank you for your patience.",
        ),
    ],
    [
        ("user", "What is the maximum wind speed for gondola operation on a Singapore high-rise?"),
        (
            "assistant",
            "Most manufacturers and site SOPs set a limit of around 10 to 12 m/s at the cradle level; many contractors stop at 10 m/s. Check the BMU manufacturer's manual and your risk assessment, which take precedence.",
        ),
        (
            "user",
            "Ok. One more thing, my operator Daniel Lourdes told me yesterday he was diagnosed with vertigo (BPPV) but wants to keep working on the gondola because he needs the money for his daughter's school fees. Can I let him?",
        ),
        (
            "assistant",
            "I would not put him on the gondola until a doctor certifies he is fit for work at height. Vertigo is a serious fall risk. Consider reassigning Mr Lourdes to ground duties without a pay cut if possible, and keep his diagnosis confidential.",
        ),
    ],
    [
        ("system", "你是工程公司的行政助理，负责整理工人资料表格。"),
        (
            "user",
            "把下面这行整理成表格：宋志明,310115197906041576,139 1624 8857,上海市杨浦区控江路1555弄7号601室,吊篮操作员",
        ),
        (
            "assistant",
            "姓名：宋志明；身份证号：310115197906041576；手机：139 1624 8857；住址：上海市杨浦区控江路1555弄7号601室；岗位：吊篮操作员",
        ),
        ("user", "谢谢，再加一栏：体检结果血压偏高，需复查。"),
        (
            "assistant",
            "已添加：体检备注——血压偏高，需复查。建议此类健康信息只保存在人事档案中，不要放在共享的工地表格里。",
        ),
    ],
    [
        (
            "system",
            "Pembantu untuk syarikat pembersihan fasad di Kuala Lumpur. Jawab dalam bahasa Melayu campur English jika perlu.",
        ),
        (
            "user",
            "Boss, pekerja kita Ravi a/l Govindasamy minta potong gaji RM300 sebulan untuk bayar hutang kereta dia yang tertunggak, akaun pinjaman Public Bank 3-1847-2296-05. Boleh buat ke?",
        ),
        (
            "assistant",
            "Boleh, tetapi potongan gaji untuk bayaran pihak ketiga perlu persetujuan bertulis pekerja dan mematuhi Akta Kerja 1955. Minta Ravi tandatangan surat kebenaran yang menyatakan jumlah RM300 sebulan dan nombor akaun pinjaman.",
        ),
        ("user", "Ok, tolong draft surat tu."),
        (
            "assistant",
            "Saya, Ravi a/l Govindasamy, dengan ini membenarkan majikan memotong RM300 daripada gaji bulanan saya untuk dibayar terus ke akaun pinjaman Public Bank 3-1847-2296-05 bermula Mac 2027 sehingga diberitahu kelak. Tandatangan: ________ Tarikh: ________",
        ),
    ],
    [
        (
            "system",
            "You are an assistant for a facade contractor with projects in Singapore and Taiwan.",
        ),
        (
            "user",
            "Our Taiwan subcontractor sent this: 吳雅婷, 身分證 E183405275, 手機 0928-447-310, fell from scaffold at Kaohsiung site, ankle fracture. I need an English summary for our Singapore HQ.",
        ),
        (
            "assistant",
            "Summary for HQ: A worker of our Taiwan subcontractor, Ms Wu Ya-ting (ID E183405275, mobile 0928-447-310), fell from scaffolding at the Kaohsiung site and suffered an ankle fracture. Please confirm the date, height of fall and hospital so the incident can be logged.",
        ),
        ("user", "Fell on 8 Feb from about 2.4 m, now at Kaohsiung Veterans General Hospital."),
        (
            "assistant",
            "Updated: On 8 Feb 2027 Ms Wu Ya-ting fell approximately 2.4 m from scaffolding at the Kaohsiung site and fractured her ankle. She is being treated at Kaohsiung Veterans General Hospital. The subcontractor should file the occupational accident report with the local labour inspection office.",
        ),
    ],
]
