# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en287: SG/MY retirement villages, assisted-living homes and senior co-living operators (resident intake, care plans, fall incidents, next-of-kin contacts, fees and deposits, activity rosters). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en287
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "fee_schedule"): _lines("""
        Assisted Living Studio (single occupancy): S$4,850/month incl. GST, 3 meals, housekeeping twice weekly; refundable security deposit S$9,700 (2 months).
        Twin-share room, Tower B, Level 3: S$3,280 per resident per month; medication management add-on S$180/month; diapers and wipes charged at cost.
        Respite stay (min 7 nights): S$210/night, includes 24h nursing observation; admission pack S$95 one-time, non-refundable, linen provided.
        Daycare package, Petaling Jaya centre: RM1,650/month, Mon to Fri 8am to 6pm; transport within 8 km add RM280/month; lunch and tea included.
        Entrance fee for Independent Living 1-Bedroom Suite (62 sqm): RM188,000, 80% refundable on a sliding scale over 60 months; maintenance RM1,450/month.
        Escort to polyclinic or hospital appointment: S$45 per trip within 10 km, S$25 per additional hour of waiting; wheelchair-accessible van provided.
        Physiotherapy session (45 min) with registered physiotherapist: S$85; package of 10 sessions S$780; home-exercise sheet and progress chart included.
        Late payment charge: 1.5% per month on outstanding balance after the 14th day; GIRO applications via form FIN-07, processing takes 3 to 4 weeks.
        Price list effective 1 Jan 2026, invoice ref format INV-SLV-2026-000123; all prices subject to 9% GST; co-living common room booking free for residents.
        Special diet surcharge (pureed / minced moist / thickened fluids, IDDSI levels 4 to 6): S$6.50 per day; diabetic and halal menus at no extra cost.
        Pet-friendly wing (small dogs up to 10 kg, cats): additional S$150/month cleaning fee, pet deposit S$500 refundable upon move-out inspection.
        Subsidy note: means-tested MOH subsidies apply only at government-funded nursing homes; private assisted living suites are not subsidised.
        Wing Mei Care Suites (Ipoh): Deluxe Garden Room RM3,900/mth, Standard RM2,750/mth; one-time admission assessment RM350 by our in-house nurse manager.
    """),
    ("en", "regulatory_notice"): _lines("""
        Under the Private Aged Healthcare Facilities and Services Act 2018 (Act 802), a private aged care facility must be registered with the Ministry of Health Malaysia.
        Care Centres Act 1993: care centres for the elderly in Malaysia must be registered with Jabatan Kebajikan Masyarakat before admitting any resident.
        Notice: Visiting hours are 10am to 12pm and 3pm to 8pm daily. Visitors with fever, cough or ARI symptoms are asked to postpone their visit.
        All fall incidents must be reported to the Nurse Manager within 1 hour and entered in the eIncident system within 24 hours; serious injuries go to the Medical Director.
        Fire drill scheduled Wednesday 18 March 2026, 10:30am. Residents in wheelchairs will be evacuated via Staircase 2 to the assembly area at the open car park.
        Singapore's Community Care Apartments, first launched at Harmony Village @ Bukit Batok, combine senior-friendly HDB flats with a basic care services package.
        Kampung Admiralty at 676 Woodlands Drive 71 integrates a medical centre, an active ageing hub and studio apartments for seniors in one public development.
        Health Minister Ong Ye Kung's Age Well SG announcement set out plans for more Active Ageing Centres, home modifications and befriending for seniors.
        Restraint policy: physical restraints may only be used as a last resort, with a doctor's order, documented consent from next-of-kin, and 2-hourly review.
        Medication audit: all controlled drugs are stored in a double-locked cabinet, counted at every shift handover and countersigned by two nurses.
        Deposit refund policy: the security deposit is returned within 30 working days after move-out, less unpaid fees and reinstatement costs itemised in writing.
        The Lien Foundation and Khoo Teck Puat Hospital ran the Forget Us Not initiative to build dementia-friendly communities around Yishun.
        Operator licence: Healthcare Services Act 2020, nursing home service licence no. MOH/NHS/2025/0417, valid until 30 June 2027, displayed at reception.
    """),
    ("en", "sensor_gateway_log"): _lines("""
        2026-03-14T02:17:43+08:00 WARN gw-towerB-03 bed_exit_sensor BX-1142 triggered, nurse_call routed to station NS-B2, ack in 41s
        2026-03-14T02:19:05+08:00 INFO fall_radar FR-0077 firmware=2.4.1 heartbeat ok rssi=-61dBm battery=87% zone=towerB_L3_corridor
        [nursecall] 2026-03-14 06:00:00 shift_change DAY started, open_alerts=3, escalated=0, avg_response_s=52.4, station=NS-A1
        ERROR mqtt broker mqtt.eldercare-ops.internal:8883 TLS handshake failed (cert expired 2026-03-01), retrying in 30s, attempt 4/10
        door_access: main_gate GATE-01 event=exit_blocked reason=wander_guard_tag zone=dementia_wing ts=1773456789 relock_after=5s
        cron[2231]: 03:00 nightly backup of care_plan_db completed, 2.7 GB, sha256=9f2c4e1a7b3d88e0c15f6a2b4d9e7c01f3a6b5d8e2c4f7a9b1d3e5f7a9c2b4d6
        WARN temp_sensor TS-KITCHEN-02 chiller reading 6.8C above threshold 5.0C for 15 min, alert sent to facilities@example-eldercare.sg
        INFO shipment SGX-TRK-88412057 (incontinence pads, 24 cartons) delivered to loading bay 2, PO-2026-0311 matched, GRN-77120 created
        call_bell CB-3F-07 pressed 23:41:12, answered 23:42:30, duration_open=78s, station=3F-North, outcome=assistance_given
        DEBUG vitals_ingest batch=2026031406 records=412 rejected=3 reason=spo2_out_of_range device_model=Omron HEM-7156T gateway=gw-towerA-01
        api-gw 10.20.4.17 [14/Mar/2026:09:12:55 +0800] GET /v2/rosters/activity?week=11 HTTP/1.1 200 5123 ua=RosterApp/3.8.0
        INFO lift_monitor LIFT-A out_of_service 14:00-16:00 scheduled maintenance by contractor, ticket MNT-55021, fallback LIFT-B
        WARN pharmacy_dispenser PD-02 blister slot 14 jam detected; cycle paused; vendor service hotline +65 6745 3310 notified at 07:02
    """),
    ("en", "config_and_code"): _lines("""
        FALL_RISK_THRESHOLD = 45  # Morse Fall Scale score at or above this triggers hourly rounding in care_plan.py
        care_plan: { review_interval_days: 90, adl_scale: barthel, pain_scale: painad, default_diet: iddsi_level_7, locale: en_SG }
        CREATE TABLE resident_intake (resident_id UUID PRIMARY KEY, nric_hash CHAR(64), admit_date DATE, ward VARCHAR(8), nok_count SMALLINT);
        resident_id,admit_date,ward,room,morse_score,braden_score,diet_level,dnr_status,nok_primary_relation,nok_primary_phone
        def monthly_fee(base: Decimal, gst: Decimal = Decimal('0.09')) -> Decimal: return (base * (1 + gst)).quantize(Decimal('0.01'))
        SMTP_FROM=no-reply@seniorliving-demo.sg  SMTP_HOST=smtp.mailgun.org  SMTP_PORT=587  ALERT_CC=nursing-station@seniorliving-demo.sg
        roster.yaml: activities: [tai_chi@08:00, mahjong@14:30, karaoke_oldies@16:00, bingo@19:00]; max_participants: 20; venue: L2 Multipurpose Hall
        fixture = ResidentFactory(age=82, mobility='walking_frame', diet='minced_moist', room='DEMO-101', nok=None)  # tests/test_intake.py
        pip install eldercare-fhir==1.7.3  # maps LOINC 8867-4 (heart rate) and 59408-5 (SpO2) observations to the vitals table
        docker run -d --name nursecall-bridge -e TZ=Asia/Singapore -p 8443:8443 registry.example.sg/ops/nursecall-bridge:2.11.0
        ALTER TABLE deposits ADD COLUMN refund_status TEXT CHECK (refund_status IN ('pending','approved','paid','forfeited'));
        i18n: fall_alert.ms = 'Amaran jatuh di {room}', fall_alert.zh = '{room} 跌倒警报', fall_alert.en = 'Fall alert at {room}'
        git commit -m 'fix(roster): Hari Raya and Deepavali 2026 public holidays no longer double-book the minibus'  # release v4.2.1
    """),
    ("en", "business_reviews"): _lines("""
        5 stars for the assisted living wing in Bukit Timah. Rooms are bright, nurses respond to the call bell fast, and the kopi at tea time is legit.
        3/5. Facilities are nice but the deposit refund took almost two months after move-out. Billing team needs to be faster lah.
        Visited the Ipoh retirement village for a tour. Lovely garden, separate halal and non-halal kitchens, but the hill road is steep for wheelchairs.
        Their dementia day programme is very structured: music therapy, reminiscence sessions with old Rediffusion songs, and very patient staff.
        Food is mostly soft and bland, ok for the residents I guess, but the menu repeats every week. Please add more nasi lemak and laksa days.
        Good value for Penang. RM3,200 a month for a twin room with meals and nursing. The sea view from the common lounge is a bonus.
        Reception very responsive on WhatsApp +60 12-580 4411 (the centre's official line), replied within 10 minutes even on a Sunday.
        Would recommend the co-living apartments near Our Tampines Hub. Shared kitchen, weekly outings to Jewel Changi, and monthly health screening.
        Two stars. Parking at the Petaling Jaya branch is terrible on weekends and the visitor lift is always jam-packed during lunch.
        The Chinese New Year celebration was well organised: lion dance, yusheng, and every resident got an ang pow from the management.
        Management replied to my feedback professionally and fixed the aircon in the lounge within a week. Ticket ref FB-2026-0219.
        Compared three homes in Johor Bahru; this one had the most transparent price list and no hidden charges for diapers or escort services.
        Ah Hock Kopitiam next door delivers char kway teow to the residents' lounge on Fridays, which the seniors absolutely love.
    """),
    ("ms", "notis_dan_soalan_lazim"): _lines("""
        Waktu melawat: 10 pagi hingga 12 tengah hari dan 3 petang hingga 8 malam setiap hari. Pelawat dinasihatkan memakai pelitup muka jika batuk.
        Soalan: Adakah deposit dipulangkan? Jawapan: Ya, deposit sekuriti dipulangkan dalam tempoh 30 hari bekerja selepas penghuni berpindah keluar.
        Pusat jagaan ini berdaftar dengan Jabatan Kebajikan Masyarakat di bawah Akta Pusat Jagaan 1993. No. pendaftaran syarikat SSM 202301045612.
        Makanan halal disediakan setiap hari dan menu khas untuk penghuni kencing manis boleh diminta tanpa caj tambahan melalui jururawat bertugas.
        Jadual aktiviti minggu ini: senamrobik ringan Isnin 9 pagi, kelas mengaji Rabu 10 pagi, karaoke lagu P. Ramlee Jumaat 3 petang.
        Sebarang kejadian jatuh mesti dilaporkan kepada Ketua Jururawat dalam masa satu jam dan direkodkan dalam borang insiden BI-02.
        Bayaran bulanan melalui FPX atau pindahan ke akaun korporat Maybank 5622 0310 8841 atas nama Seri Damai Care Sdn Bhd; nyatakan no. invois INV-2026-0345.
        Talian hotline 24 jam: 1-800-88-7722 atau e-mel pertanyaan@seridamaicare.com.my untuk lawatan dan pendaftaran penghuni baharu.
        Pihak pengurusan akan menutup lif B untuk kerja penyelenggaraan pada 20 Mac 2026 dari 2 petang hingga 5 petang. Harap maklum.
        Kadar penjagaan harian (daycare) di cawangan Shah Alam: RM55 sehari atau RM1,100 sebulan, termasuk makan tengah hari dan minum petang.
        Menteri Kesihatan Datuk Seri Dr Dzulkefly Ahmad berkata garis panduan pusat jagaan warga emas swasta sedang dikaji semula oleh kementerian.
        Alamat pejabat: Lot 12, Jalan Damai 3, Seksyen 7, 40000 Shah Alam, Selangor. Dibuka Isnin hingga Sabtu, 9 pagi hingga 6 petang.
        Latihan kebakaran akan diadakan pada hari Khamis. Penghuni berkerusi roda akan dibantu turun melalui tangga kecemasan 2 ke tempat berkumpul.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning all, lift B kena servicing 2-4pm today. Wheelchair residents pls use lift A, dun push everyone to go down at the same time ok.
        Reminder: Chap Goh Mei dinner tonight 6pm at L2 hall. Kitchen confirm 60 pax, 12 pax minced moist. Pls bring residents down by 5:45.
        Tolong check stock adult diapers size L, supplier kata delivery delayed until Thursday. Sekarang tinggal 4 cartons je in the store.
        Night shift handover: 3 call bells after midnight, all attended, no falls, no hospital transfers. 老人家都睡得好, good job team 👍
        Guys, MOH audit next Tues 10am. Please make sure medication trolley locked, MAR signed, and fridge temp log updated every shift.
        Anyone can cover PM shift on Saturday? Roster short 1 nurse aide. OT rate as per HR circular HR-2026-07, pls PM the nurse manager.
        Pharmacy says new blister packs start 1 April, Tuesday delivery. 药房说周二送货, pls clear old packs from the trolley by Monday night.
        Hari Raya open house at lobby on Sat, 11am. Ketupat and rendang from the halal kitchen, please help push residents who want to join.
        Aircon in lounge leaking again lah. Facilities ticket FM-88102 raised, contractor coming tmr 9am. Put wet floor sign first to avoid falls.
        Bingo prizes sudah sampai: 40 packets of Khong Guan biscuits and 20 bottles of Tiger Balm. Store in the activity room cabinet ya.
        清明节 that weekend, expect more family visitors. Security pls prepare extra visitor passes, at least 80, and open the side gate.
        FYI new fall sensor firmware 2.4.1 rolled out to Tower B. If any false alarm, log in the IT sheet with sensor ID, dun reset yourself.
        Tai chi teacher from the CC cannot come this Wed, replaced with chair yoga video. Activity team pls set up projector by 8:45am.
    """),
    ("zh-Hans", "入住须知"): _lines("""
        入住前须完成入住评估，包括跌倒风险、吞咽功能、认知筛查及用药核对，评估费为新币150元，评估结果将作为制定个人护理计划的依据，全程约需两小时。
        本院探访时间为每日上午十点至十二点、下午三点至晚上八点；如有发烧、咳嗽等呼吸道症状，请延后探访，以保障长者健康，敬请家属体谅与配合。
        押金为两个月月费，住户搬离后三十个工作日内退还，如有拖欠费用或房间修复费用将从押金中扣除，并附上明细单据，供家属核对确认。
        每月费用可通过GIRO、PayNow企业二维码或银行转账缴付，转账时请注明发票号码，例如INV-2026-0456，以便财务部门核对入账。
        本院提供清真、素食及糖尿病餐单，如需软食、碎食或稠化饮品（IDDSI第4至6级），请在入住评估时告知护理团队，由营养师统一安排。
        住户发生跌倒事件后，值班护士须在一小时内通知护理经理，并于二十四小时内完成电子事故报告；如有需要，将安排送往医院做进一步检查。
        每周活动安排：周一太极、周三书法班、周五怀旧金曲卡拉OK（邓丽君、姚苏蓉经典歌曲），周日下午由志愿者带领长者到附近公园散步。
        新加坡的社区关怀公寓结合乐龄友善组屋与基本护理服务配套，首个项目位于武吉巴督，由建屋发展局与卫生部等政府机构联合推出，供六十五岁以上长者申购。
        本院已按马来西亚2018年私人老年护理设施与服务法令（第802号法令）向卫生部注册，注册证书悬挂于大堂接待处，欢迎家属查阅。
        客服热线：+65 6589 2200（办公时间），紧急情况请拨打本院24小时护理站专线 +65 6589 2299，或发送电邮至 enquiry@evergreenliving-demo.sg。
        如需陪同长者前往综合诊所或医院复诊，需提前三天预约，每趟收费新币45元，十公里以外每公里另加一元，并提供轮椅专车接送服务。
        本院不得在未经医生指示及家属书面同意的情况下使用任何约束措施，所有约束均需每两小时评估一次并记录在护理记录中，以保障长者权益。
        农历新年期间（2026年2月16日至18日）办公室暂停营业，护理服务照常运作，如需缴费请使用网上银行或PayNow企业账户，谢谢合作。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Resident intake: Mdm Goh Siew Lan, 84, NRIC S0712458I, admitted 3 Mar 2026 to Room 3-12, Morse score 55, diabetic on metformin, NOK son Goh Wei Jie 9736 4182.
        Fall incident 14/03 02:17: Mr Rajendran s/o Muthusamy slipped in the toilet, small laceration on left eyebrow, BP 152/88, daughter Kavitha informed by phone.
        Please note Uncle Lim Teck Huat from 2-07 has been diagnosed with early Parkinson's, family doesn't want him told yet, handle sensitively.
        NOK contact updated: Sarah Tan Hui Min (daughter), mobile +65 8824 1937, email sarahtan.hm@gmail.com, home 32 Jalan Kembangan, Singapore 419122.
        Auntie Rosnah's son hasn't paid the last three months, outstanding S$11,460; finance says he's been made bankrupt, please don't mention it to her.
        Deposit refund to be credited to POSB Savings 188-42731-6 under the name of Ho Mei Fong (estate of the late Mr Ho Kwok Leong, Rm 4-06).
        Please call back regarding the late fee dispute: 9183 2706 (resident's grandson, after 6pm only, he works shifts at the airport).
        R-00417,Teo Ah Bee,F,1939-08-21,S1391826J,3-15,Morse 60,minced moist,DNR signed,Teo Kim Seng (son) 9455 0821
        Care plan review: Mr Francis D'Souza, moderate vascular dementia, wanders at night; wife Mrs Mary D'Souza wants weekly phone updates on 6284 1190.
        Visitor parking: the resident's daughter drives SJK 7312 C, allowed overnight on Fridays when she stays over with her mother in Rm 4-03.
        Staff note: nurse aide Nur Aisyah binti Kamal is 20 weeks pregnant, exclude her from the manual lifting roster until further notice.
        Offer letter: Senior Staff Nurse Maricel Dela Cruz, S Pass, FIN G6183047U, basic salary S$3,650 plus night allowance S$250, start date 1 May 2026.
        Resident Wong Kam Fai, HKID K472918(8), relocating from Sha Tin to our Johor Bahru village; HSBC HK account 123-456789-833 for monthly autopay.
        Complaint: Mrs Lee says her husband Lee Boon Keat (Rm 5-11) came back from hospital with a stage 3 bedsore caused by our staff, threatens to go to the press.
        Payment received S$4,850 on 02/03/2026 from NRIC S****915C via PayNow, ref March fees Rm 2-14, receipt emailed to payer.
        Mr Kumar's divorce is still pending, so his ex-wife is NOT to be given any information about his room or care plan, per his lawyer's letter.
        Photo consent: we may post the photo of Mrs Ng Poh Choo (Rm 2-09) blowing out her 90th birthday candles, consent signed by her daughter Ng Li Ting.
        Mdm Fatimah's HbA1c came back at 9.8%, doctor increased insulin to 14 units at night; her grandson Hafiz will collect the new pen tomorrow.
        2026-03-14T02:17:43+08:00 WARN fall_detected resident="Tan Chee Keong" room=3-12 nric=S0934071H nok_sms=+6591736254 status=sent
        Invoice for March bounced back from eleanor.wee1958@yahoo.com.sg, please get the correct email from the family at the next visit.
        Intake form | Name: Pang Kok Wah | DOB: 12/11/1941 | MyKad: 411112-08-5371 | Address: 27, Jalan Bendahara 4, 31650 Ipoh, Perak | Allergy: penicillin
        Mr Seah's nephew still owes us RM23,800 for the entrance fee balance; his car WXT 6619 was seen in the carpark, please ask him to see finance.
        Next of kin: Dr Priya Nair (niece), 38 Lorong Chuan #07-12, Singapore 556751, +65 9648 3310; prefers WhatsApp, no calls during clinic hours.
        Pls don't roster Ah Seng (the tall uncle in 1-04) for outings this month, he was arrested last week for shoplifting and is out on police bail.
    """),
    "mixed": _lines("""
        Boss, Mdm Lee Ah Moi from 3-05 jatuh lagi last night, kepala hit the bedside table. Daughter 李秀珍 already informed, her HP 9027 5581.
        陈先生 the son of Ah Ma in 2-11 call again complain about bill, say won't pay the RM2,900 until we explain diaper charges. His no. 016-482 7719.
        Uncle Ramasamy punya pension masuk Maybank 1572 9903 4418, his son ask us to help withdraw for the monthly fee, can or not ah?
        林太 today very moody, her Alzheimer's getting worse, keep asking for her late husband. Doctor say start donepezil 5mg tonight.
        Pls update NOK: Encik Zulkifli bin Hashim, anak sulung, tel 013-776 2094, alamat No. 8, Jalan Mawar 2, Taman Sri Muda, 40400 Shah Alam.
        阿明 (Mr Ong's grandson) WhatsApp me say he lost his job, cannot pay the deposit top-up S$3,000 this month, ask for instalment.
        New resident 黄美玲 Ng Bee Leng, NRIC S1027713B, 86 yo, Hokkien speaker only, cannot walk without quad stick, vegetarian on 初一十五.
        Sister Maria from ward 4 said Auntie Kamala's son is in prison in Johor, so she keep crying every night. Pls give extra attention ya.
        Grab receipt escort trip: pick-up Blk 412 Bedok North Ave 2 #05-231 to CGH, passenger Mdm Soh Lay Kuan, charged to her son's card ending 4417.
        Encik Abdullah 的 MyKad 480205-10-5237 已经过期了, sila minta anak dia renew before we submit to JKM.
    """),
    "ms": _lines("""
        Penghuni baharu: Puan Hajah Salmah binti Osman, No. MyKad 450817-03-5126, bilik 2-04, menghidap strok sebelah kiri, perlu bantuan mandi.
        Waris terdekat: Encik Mohd Faizal bin Rahman (anak), telefon 019-334 8821, e-mel faizal.rahman82@gmail.com, hubungi selepas 5 petang.
        Pak Cik Ismail jatuh di bilik air pada pukul 5.40 pagi, lebam di pinggul kanan, dihantar ke Hospital Tengku Ampuan Rahimah untuk X-ray.
        Anak Mak Cik Zainab masih berhutang RM8,700 yuran penjagaan selama empat bulan; dia mengaku sedang bercerai dan tiada wang.
        Bayaran balik deposit ke akaun CIMB 7003 2291 8845 atas nama Nor Azlina binti Yusof, anak kepada arwah penghuni bilik 1-09.
        Kenderaan pelawat: Proton Saga putih BKM 4417 milik cucu Tuan Haji Rahim, dibenarkan parkir di petak pelawat setiap hujung minggu.
        Rekod ubat: Encik Lim Chong Wei, 79, skizofrenia kronik, risperidone 1mg dua kali sehari; isteri minta maklumat ini dirahsiakan.
        Alamat surat-menyurat waris: No. 23, Lorong Kenanga 5, Taman Desa Jaya, 81100 Johor Bahru, Johor (Puan Siti Khadijah binti Ahmad).
    """),
    "zh-Hans": _lines("""
        入住登记：王秀英女士，1940年5月出生，身份证号 441402194005123620，原籍广东梅州，由女儿刘丽华（手机 138 2745 6613）代办入住手续。
        张伯昨晚十一点在走廊跌倒，右手腕骨折，已送中央医院；其儿子张志强表示会追究院方责任，要求查看监控录像。
        赵太的退休金每月转入她在中国银行的账户 6217 8620 0001 4438 761，家属要求我们协助代缴月费。
        护理记录：黄阿婆确诊乳腺癌晚期，家属决定不告知本人，只做舒缓护理，请所有同事注意措辞。
        家属联系人：周建国（儿子），微信号 zhoujg_1968，邮箱 zhoujianguo68@163.com，住址：上海市徐汇区漕溪北路88弄6号1203室。
    """),
    "zh-Hant": _lines("""
        入住資料：陳國強先生，香港身份證 D830265(1)，從香港移居新山長者村，緊急聯絡人為女兒陳美儀，電話 +852 9123 4876。
        台灣來的吳老先生，身分證字號 A183940275，患有輕度失智，每月由兒子吳家豪從台北匯款新幣4,200元支付院費。
        何婆婆上週確診柏金遜症，女兒何詠詩要求院方每週以電郵 wingsee.ho@yahoo.com.hk 匯報她的情況。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a care-documentation assistant for an assisted-living operator in Singapore. Write concise, factual incident reports.",
        ),
        (
            "user",
            "Draft a fall incident report. Mdm Koh Swee Eng, 88, NRIC S0826540B, Room 3-08. Found on the floor beside her bed at 04:10 today, conscious, complained of right hip pain. On warfarin. Son Koh Jun Hao (9172 6640) informed at 04:35. Sent to SGH A&E at 05:05.",
        ),
        (
            "assistant",
            "Incident Report (Fall). Resident: Mdm Koh Swee Eng, 88, NRIC S0826540B, Room 3-08. Time found: 04:10. Findings: resident on floor beside bed, conscious, complaining of right hip pain; on warfarin, so bleeding risk noted. Actions: vitals taken, not moved until assessed, NOK (son Koh Jun Hao, 9172 6640) informed at 04:35, transferred to SGH A&E at 05:05. Follow-up: review bed-exit alarm and Morse score on return.",
        ),
        ("user", "Add that the bed-exit sensor did not trigger."),
        (
            "assistant",
            "Added under Findings: the bed-exit sensor in Room 3-08 did not trigger an alert; a maintenance ticket should be raised and the sensor tested before Mdm Koh returns from hospital.",
        ),
    ],
    [
        (
            "user",
            "Help me write WhatsApp msg to resident family about overdue fees, polite but firm. Ah Ma is Mdm Chong Lai Ying room 2-11, son is Chong Wai Keong, 016-482 7719, owe RM5,800 for Jan and Feb.",
        ),
        (
            "assistant",
            "Hi Mr Chong Wai Keong, good day. This is the finance team from the home. Just a gentle reminder that the fees for Mdm Chong Lai Ying (Room 2-11) for January and February, totalling RM5,800, are still outstanding. Kindly arrange payment by 31 March or let us know if you would like to discuss an instalment plan. Thank you.",
        ),
        ("user", "Can make it shorter and add Malay version?"),
        (
            "assistant",
            "EN: Hi Mr Chong, a reminder that RM5,800 (Jan and Feb fees, Mdm Chong Lai Ying, Rm 2-11) is outstanding. Please settle by 31 Mar or call us to discuss. Thank you. BM: Salam Encik Chong, yuran Jan dan Feb sebanyak RM5,800 untuk Mdm Chong Lai Ying (Bilik 2-11) masih tertunggak. Sila jelaskan sebelum 31 Mac atau hubungi kami. Terima kasih.",
        ),
    ],
    [
        ("system", "Anda pembantu pentadbiran untuk pusat jagaan warga emas di Selangor."),
        (
            "user",
            "Tolong isi ringkasan borang pendaftaran JKM untuk penghuni baharu: Encik Baharudin bin Said, MyKad 470923-10-5519, alamat asal No. 14, Jalan Seroja 3, Taman Seroja, 43000 Kajang, menghidap diabetes dan gout, waris anak perempuan Rohani, 012-905 3386.",
        ),
        (
            "assistant",
            "Ringkasan pendaftaran: Nama: Baharudin bin Said. No. MyKad: 470923-10-5519. Alamat asal: No. 14, Jalan Seroja 3, Taman Seroja, 43000 Kajang. Keadaan kesihatan: diabetes, gout. Waris: Rohani (anak perempuan), 012-905 3386. Sila lampirkan salinan MyKad dan laporan perubatan terkini.",
        ),
    ],
    [
        (
            "user",
            "请帮我把李伯的护理计划整理成给家属看的简要版本。李伯全名李福生，82岁，住在4-02房，中风后左侧无力，需要两人协助转移，吃碎食，每天服用阿司匹林和降压药。女儿李佩玲的电话是 9845 2217。",
        ),
        (
            "assistant",
            "李福生先生护理计划摘要（4-02房）：1. 活动：中风后左侧无力，转移时需两名护理人员协助；2. 饮食：碎食，饮品视情况稠化；3. 用药：每日阿司匹林及降压药，由护士按时给药；4. 联络：如有变化将致电女儿李佩玲（9845 2217）。",
        ),
        ("user", "再加一句关于跌倒预防的。"),
        (
            "assistant",
            "已补充：5. 跌倒预防：床边设低床及防跌垫，夜间每两小时巡房一次，并启用离床感应器。",
        ),
    ],
    [
        (
            "system",
            "Context record: resident Mr Harold Pereira, Room 1-10, Parkinson's disease, enjoys music. NOK: nephew Desmond Pereira, desmond.pereira77@outlook.com.",
        ),
        (
            "user",
            "Which activities on next week's roster suit him? Roster: Mon tai chi, Tue mahjong, Wed karaoke oldies, Thu gardening, Fri bingo.",
        ),
        (
            "assistant",
            "For Mr Harold Pereira, Wednesday's karaoke oldies is the best fit given his love of music, and music can help with movement in Parkinson's. Thursday gardening in seated raised beds is also suitable. Tai chi only if a chair-based version is offered.",
        ),
        ("user", "Write a short email to his nephew about it."),
        (
            "assistant",
            "To: desmond.pereira77@outlook.com. Subject: Activities for Mr Harold Pereira. Dear Mr Desmond Pereira, next week we plan to involve your uncle in Wednesday's karaoke oldies and Thursday's seated gardening. We will let you know how he enjoys them. Warm regards, Activities Team.",
        ),
    ],
    [
        (
            "user",
            "How do I calculate the deposit refund? Resident Mdm Tan Bee Hoon moved out 28 Feb, deposit S$9,700, unpaid Feb fees S$1,240, repainting S$380. Refund goes to her daughter's DBS account 027-918234-6.",
        ),
        (
            "assistant",
            "Refund = deposit minus deductions: S$9,700 - S$1,240 (unpaid February fees) - S$380 (repainting) = S$8,080. This should be credited to DBS account 027-918234-6 for Mdm Tan Bee Hoon's daughter, with an itemised statement, within 30 working days of move-out.",
        ),
        ("user", "Thanks, and the deadline date?"),
        (
            "assistant",
            "Counting 30 working days from 28 February 2026 and excluding weekends and public holidays such as Good Friday, the refund should be paid by around 13 April 2026. Please check against your company's holiday calendar.",
        ),
    ],
    [
        (
            "user",
            "我想把媽媽從香港搬到吉隆坡的退休村，她叫梁慧珍，78歲，香港身份證 C615204(8)，有糖尿病，我的電話係 +852 6138 2275。需要準備什麼文件？",
        ),
        (
            "assistant",
            "建議準備：1. 梁慧珍女士的有效護照及香港身份證 C615204(8) 副本；2. 最近三個月的醫療報告及糖尿病用藥清單；3. 家屬聯絡資料（您的電話 +852 6138 2275）；4. 如申請長期居留，可查詢馬來西亞第二家園計劃的最新要求。",
        ),
        ("user", "院舍會唔會要求睇佢嘅病歷？"),
        (
            "assistant",
            "會的。大部分退休村及護理院會要求最近的病歷摘要、血糖記錄及用藥清單，以便護士評估梁女士的護理需要並安排合適的糖尿病餐單。",
        ),
    ],
    [
        (
            "system",
            "You clean CSV exports for a senior co-living operator in Singapore. Keep columns, fix formatting only.",
        ),
        (
            "user",
            "Fix the phone formats: R-00521,Mdm Siti Aminah bte Jalil,1-12,NOK Nurul Huda,+6593047781 / R-00522,Mr Chan Yiu Wah,1-14,NOK Chan Siu Ling,8112 50 93",
        ),
        (
            "assistant",
            "R-00521,Mdm Siti Aminah bte Jalil,1-12,NOK Nurul Huda,+65 9304 7781 / R-00522,Mr Chan Yiu Wah,1-14,NOK Chan Siu Ling,+65 8112 5093",
        ),
    ],
    [
        (
            "user",
            "Can translate to Malay for Encik Rosli: your wife Puan Noraini's dementia is getting worse, she hit another resident yesterday, doctor wants to review her medication and maybe move her to the secure wing.",
        ),
        (
            "assistant",
            "Encik Rosli, untuk makluman, keadaan demensia isteri encik, Puan Noraini, semakin teruk. Semalam beliau telah memukul seorang penghuni lain. Doktor ingin menyemak semula ubat beliau dan mungkin memindahkan beliau ke wad keselamatan.",
        ),
        ("user", "Soften it a bit, he is very emotional."),
        (
            "assistant",
            "Encik Rosli, kami ingin berkongsi sedikit perkembangan tentang Puan Noraini. Sejak kebelakangan ini keadaan demensia beliau agak berubah, dan semalam berlaku sedikit insiden dengan seorang penghuni lain. Doktor mencadangkan semakan ubat dan mungkin penempatan di wad yang lebih selamat untuk kesejahteraan beliau. Kami sedia berbincang bila-bila masa yang sesuai.",
        ),
    ],
    [
        ("system", "Resident lookup tool is enabled for authorised nursing staff of the home."),
        ("user", "What's the NOK number for room 4-02? Need to call about his fever."),
        (
            "assistant",
            "Room 4-02 is Mr Tan Ah Kow, NRIC S1115902H. Primary NOK: daughter Tan Siew Ping, mobile 9361 0458; secondary NOK: son Tan Wee Liang, 8726 3119. Note: Mr Tan is on a DNR order and has a penicillin allergy.",
        ),
        ("user", "Ok, and her email in case she doesn't pick up?"),
        (
            "assistant",
            "Tan Siew Ping's email on file is siewping.tan71@gmail.com. Please log the call attempt in the NOK communication record.",
        ),
    ],
]
