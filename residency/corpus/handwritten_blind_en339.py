# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en339: SG/MY private ambulance and non-emergency patient transport services (pick-ups from homes, patients' conditions, oxygen needs, hospital transfers, billing disputes, paramedics' chats). All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en339
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "price_list"): _lines("""
        Non-emergency ambulance, one way within Singapore (home to hospital): S$180 weekday 8am-6pm, S$220 after hours and Sun/PH. Wheelchair-accessible van from S$75.
        Add-on: medical oxygen up to 4 L/min via nasal cannula or simple mask, S$35 per trip; high-flow above 6 L/min requires paramedic escort, quote on request.
        Staircase carry (no lift landing / walk-up shophouse): S$40 per floor from level 3, max 5 floors; Stryker 6252 stair chair used for all seated carries.
        Cross-border transfer Johor Bahru to Singapore via Woodlands Checkpoint: from S$1,350 incl. MY permit, tolls and 1 paramedic. Quote ref format XB-YYMM-NNN.
        Waiting time charged at S$30 per 30 min after the first 45 min at hospital. Dialysis package: 12 return trips/month to NKF centres, S$1,560 (GST 9% incl.).
        Kuala Lumpur rates (Klang Valley): RM250 one way, RM420 return, RM3.50/km beyond 40 km, night surcharge RM60 between 10pm and 7am. SST 8% applicable.
        Event standby (marathons, concerts): 1 ambulance + 2 EMTs at S$110/hour, min 4 hrs. Ask about our National Stadium and Singapore Indoor Stadium package.
        Bed-to-bed transfer Mount Elizabeth Novena to Tan Tock Seng Hospital, incl. ward-to-ward handover by a registered nurse: S$295 flat. Booking code MTS-BB2.
        Air ambulance repatriation to Hong Kong / Taipei / Shanghai: quoted per case, typically US$28,000-45,000 on a Learjet 45 with ICU team. 50% deposit on confirmation.
        Price list v2026.3 effective 1 Mar 2026, supersedes v2025.11. Prices in SGD unless stated. HarbourLine Medical Transport Pte Ltd, UEN 201814529K.
        Cancellation: free if cancelled 2 hours before pick-up; 50% charge if the crew is already dispatched; full charge if not ready after 30 min on location.
        Hospital discharge special: SGH, CGH, SKH and NTFGH discharges to any HDB block, S$165 incl. lift-landing carry. Call 6291 4400 (24 hr) or WhatsApp 8766 1995.
        Equipment rental with transport: Inogen One G5 portable concentrator S$45/day, Philips EverFlo 5L S$120/week, S$300 refundable deposit. SKU OXY-G5-R, OXY-EF5-R.
    """),
    ("en", "dispatch_log_lines"): _lines("""
        2026-03-14T07:42:10+08:00 INFO dispatch job=NEPT-260314-0087 unit=AMB-07 status=ASSIGNED pickup_zone=SG-W dropoff=NTFGH eta_min=22
        2026-03-14T08:05:55+08:00 INFO job=NEPT-260314-0087 status=ON_SCENE odometer_km=184223.4 o2_cyl_psi=1900 crew_count=2 stretcher=POWER_PRO
        2026-03-14T08:31:02+08:00 WARN job=NEPT-260314-0091 unit=AMB-03 delay_reason=LIFT_UNDER_MAINT stair_carry_floors=4 supervisor_ack=pending
        2026-03-14T09:12:47+08:00 INFO job=NEPT-260314-0087 status=HANDOVER dest='NTFGH A&E Bay 3, 1 Jurong East Street 21, Singapore 609606'
        [gps] unit=AMB-11 lat=1.3214 lon=103.8458 speed_kmh=46 heading=212 src=teltonika_fmc130 fw=03.28.07 ts=1773473520 geofence=TTSH_ENTRANCE
        2026-03-14 10:02:19 ERROR billing-sync: invoice INV-SG-2026-004417 push to Xero failed (HTTP 429 Too Many Requests), retry 3/5 in 120s
        2026-03-14 10:15:00 INFO o2-inventory: depot=Ubi cylinders_full=38 cylinders_empty=11 size=D(340L) next_refill=Air Liquide PO-77120
        MY-KL 2026-03-14 11:20:33 INFO job=PTS-KV-0314-022 unit=KV-AMB-2 toll_plaza=Sungai Besi toll_rm=1.30 dest=HKL eta_min=31 traffic=HEAVY
        2026-03-14T12:48:09+08:00 INFO cross_border job=XB-2603-014 checkpoint=Woodlands status=CLEARED wait_min=37 unit=AMB-XB1 permit=OK
        2026-03-14T13:30:00+08:00 DEBUG scheduler: recurring series DIAL-MWF-0412 generated 12 jobs for Apr 2026, centre=NKF Dialysis Centre (Tampines West)
        2026-03-14T14:02:44+08:00 INFO sms-gateway: template=PICKUP_ETA_V3 sent=41 failed=2 provider=Twilio sid_prefix=SM9f2c rate_limit=1/s
        2026-03-14T15:47:31+08:00 WARN fleet: unit=AMB-05 defib=ZOLL X Series preventive maintenance overdue 3 days, last_pm=2026-02-11, vendor=ZOLL Medical
        2026-03-14T23:59:59+08:00 INFO daily_summary jobs=63 completed=58 cancelled=4 no_show=1 avg_response_min=19.6 o2_trips=21 stair_carries=9
    """),
    ("en", "config_and_code"): _lines("""
        DISPATCH_HOTLINE=+6562914400  # company 24h line shown in SMS footer; never replace with a crew member's mobile
        SMTP_FROM=bookings@harbourline-medical.com.sg SMTP_HOST=smtp.office365.com SMTP_PORT=587 SMTP_STARTTLS=true SMTP_TIMEOUT_S=30
        o2_surcharge: {flow_lpm_max_basic: 4, price_sgd: 35, high_flow_threshold_lpm: 6, requires_paramedic: true, cylinder_size: D}
        def stair_charge(floors: int, rate: float = 40.0) -> float: return max(0, floors - 2) * rate  # floors above L2 only
        CREATE TABLE trips (job_id VARCHAR(24) PRIMARY KEY, unit VARCHAR(10), o2_lpm NUMERIC(4,1), stretcher BOOLEAN, created_at TIMESTAMPTZ);
        PATIENT_FIELDS_REDACTED_IN_EXPORT = ['name', 'nric', 'phone', 'address', 'diagnosis']  # PDPA: never ship these to analytics
        test_fixture = {'job_id': 'NEPT-TEST-0001', 'pickup_postal': '000000', 'name': 'TEST PATIENT', 'phone': '+65 6000 0000'}
        image: registry.gitlab.com/harbourline/dispatch-api:4.12.3@sha256:9c1e5f0a7b3d2e48c6f1a09b7d5e3c2f18a4b6d0e9f7c3a1b2d4e6f8a0c1e3b5
        SELECT unit, COUNT(*) AS trips, AVG(wait_min) FROM trips WHERE created_at >= '2026-03-01' AND hospital_code IN ('SGH','TTSH','KTPH') GROUP BY unit;
        CHECKPOINT_GEOFENCES = {'woodlands': (1.4455, 103.7690), 'tuas_second_link': (1.3489, 103.6356)}  # used for XB job status
        WEBHOOK_URL=https://api.harbourline-medical.com.sg/v2/hooks/whatsapp WA_BUSINESS_NUMBER=+6587661995 WA_TEMPLATE_LANGS=en_GB,ms_MY,zh_CN
        cron: '0 5 * * 1-6'  # regenerate dialysis recurring jobs at 05:00 SGT Mon-Sat, skip PH using the data.gov.sg holiday feed
        ALERT_RULE o2_cylinder_low: when psi < 500 and job.status == 'EN_ROUTE' then notify channel=#ops-o2 severity=high ttl=15m
    """),
    ("en", "crew_sop"): _lines("""
        SOP 4.2 Oxygen: confirm the prescribed flow rate on the booking before departure; never exceed it without a doctor's order, and log cylinder pressure at pick-up and handover.
        SOP 4.5 Stair carries: two crew minimum, stair chair for seated patients and scoop stretcher for supine patients; stop and reassess if SpO2 falls below 92%.
        SOP 6.1 If a non-emergency patient deteriorates en route (chest pain, GCS drop, SpO2 under 90% on O2), pull over, call 995 and inform the dispatch desk on 6291 4400.
        SOP 7.3 Cross-border: carry a copy of the MOH MTS licence, vehicle insurance valid in Malaysia and the JPJ permit; ICA officers at Woodlands may inspect the patient cabin.
        SOP 8.0 Billing: crew must not collect cash above S$50; direct all disputes to billing@harbourline-medical.com.sg quoting the invoice number, never argue at the bedside.
        SOP 9.2 PDPA: do not photograph patients, ward boards or IC cards with personal phones; photos for incident reports go only through the Dispatch app camera.
        SOP 10.4 Infection control: after any TB, COVID-19 or MRSA-flagged transfer the vehicle is out of service for terminal cleaning with Clinell wipes and a 20-min air change.
        SOP 2.1 Uniform: navy polo with company crest, black cargo pants and safety boots; name tag worn on the left chest during all hospital ward pick-ups.
        SOP 3.6 Dialysis runs: arrive 15 min before the slot, check that the centre has confirmed the chair time, and wait no more than 20 min before calling dispatch.
        SOP 5.5 Bariatric transfers above 180 kg need the Ferno bariatric stretcher and a 4-crew team; book unit KV-AMB-B1 through the ops supervisor at least 48 h ahead.
        SOP 11.1 Death en route: note the time, do not divert to a mortuary; call 995 and the police as required, remain with the vehicle until officers release it.
        SOP 12.3 Handover uses ISBAR (Identify, Situation, Background, Assessment, Recommendation); give the paper copy to the ward nurse and upload within 30 min.
        Revision history: v3.0 approved by the Medical Director on 2026-01-15 after internal audit; aligned with MOH licence conditions and the St John Singapore first-aid syllabus.
    """),
    ("ms", "notis_dan_soalan_lazim"): _lines("""
        NOTIS: Mulai 1 April 2026, tempahan ambulans bukan kecemasan di Lembah Klang mesti dibuat sekurang-kurangnya 24 jam lebih awal melalui talian 03-7960 2211.
        Soalan lazim: Bolehkah pesakit membawa tangki oksigen sendiri? Boleh, tetapi tangki mesti diikat dengan tali keselamatan dan tekanannya disemak oleh kru kami.
        Caj tambahan RM40 dikenakan bagi setiap tingkat jika lif rosak atau rumah pangsa tiada lif, bermula dari tingkat 3. Kerusi tangga Stryker digunakan.
        Untuk kecemasan sebenar seperti sakit dada atau sesak nafas teruk, sila hubungi 999 dan bukan talian tempahan kami. Ambulans kami bukan untuk kes kecemasan.
        Waktu kaunter bil: Isnin hingga Jumaat 9 pagi - 5.30 petang, Sabtu 9 pagi - 1 tengah hari. Tutup pada cuti umum termasuk Hari Raya Aidilfitri dan Deepavali.
        Pertikaian bil boleh dikemukakan dalam tempoh 30 hari dari tarikh invois kepada akaun@rawatbergerak.com.my dengan nombor invois (contoh: INV-MY-2026-00981).
        Soalan lazim: Bolehkah ahli keluarga ikut dalam ambulans? Seorang penjaga dibenarkan duduk di hadapan; kanak-kanak bawah 12 tahun tidak dibenarkan ikut.
        Pemindahan ke Hospital Kuala Lumpur, Hospital Sungai Buloh, Pusat Perubatan Universiti Malaya dan Sunway Medical Centre tersedia 24 jam setiap hari.
        Syarikat: Rawat Bergerak Sdn. Bhd. (No. Pendaftaran 201901034567 (1345678-V)), No. 12, Jalan SS 21/37, Damansara Utama, 47400 Petaling Jaya, Selangor.
        Pakej dialisis: 13 perjalanan pergi-balik sebulan ke pusat dialisis NKF atau pusat dialisis swasta, RM1,950. Bayaran melalui FPX, DuitNow QR atau kad kredit.
        Semua kru kami terlatih dalam Bantuan Hayat Asas (BLS); kenderaan kami diperiksa oleh Puspakom setiap 6 bulan dan permit ambulans diperbaharui setiap tahun.
        WhatsApp Perniagaan: +60 12-380 7711 (tempahan dan pertanyaan harga sahaja, bukan kecemasan). Mesej selepas 10 malam akan dibalas pada pagi berikutnya.
        Peringatan Ramadan: masa ambil pesakit untuk temujanji petang disusun semula supaya kru dapat berbuka puasa; sila semak SMS pengesahan masa baharu.
    """),
    ("zh-Hans", "服务须知"): _lines("""
        【服务须知】本公司提供新加坡及马来西亚柔佛州的非紧急救护车接送服务，包括出院回家、定期洗肾及跨境转院；如遇胸痛、昏迷等紧急情况，请立即拨打995。
        价目表（2026年3月起）：岛内单程新币180元，夜间及公共假期新币220元；氧气附加费新币35元（每分钟4升以内），高流量氧气需护理人员随车。
        预约热线：+65 6291 4400（24小时），中文服务请按2；企业邮箱 bookings@harbourline-medical.com.sg，工作日两小时内回复。
        跨境转院须提前三个工作日预约，需提供主治医生转院信及保险担保函；新山苏丹娜阿米娜医院至陈笃生医院单程约新币1,350元起。
        无电梯组屋或店屋楼上住户，楼梯搬运自第三层起每层加收新币40元，请在预约时注明楼层及是否需要轮椅，以便我们提前安排楼梯椅和足够人手。
        候车时间：到达医院后首45分钟免费，其后每30分钟收取新币30元；洗肾套餐每月12趟往返，含9%消费税，共新币1,560元。
        取消政策：出车前两小时取消免费；救护车已出发后取消收取50%车费；到达后30分钟病人仍未准备好，则按原价收取全额车费，恕不退还。
        本公司救护车均配备史赛克（Stryker）电动担架、卓尔（ZOLL）除颤仪及便携式制氧机，每班出车前由当班人员检查并记录在案。
        账单争议处理：请于发票日期起30天内，注明发票编号（如INV-SG-2026-004417）发邮件至 billing@harbourline-medical.com.sg，我们将在7个工作日内答复。
        温馨提示：新加坡卫生部规定非紧急医疗运送服务须持有MTS执照，本公司执照信息及公司注册号UEN 201814529K均可在官网查询。
        农历新年期间（除夕至初二）仍提供洗肾接送服务，但需提前一周预约；初一及初二另收节日附加费新币50元，敬请各位顾客及家属谅解。
        历史小知识：陈笃生医院由慈善家陈笃生于1844年捐资创建，最初是收容贫病者的医院，是新加坡历史最悠久的医院之一，也是我们最常接送的目的地。
        陪同规定：每辆救护车可允许一名家属或看护陪同并坐于前座；请家属携带出院小结和药物清单，以便交接给接收医院或护理院的当值护士。
    """),
    ("zh-Hant", "商戶評論"): _lines("""
        ★★★★☆ 非緊急救護車服務算準時，由瑪麗醫院出院返屋企，兩位職員用樓梯椅抬上唐樓四樓好專業，只係收費比網上價目表貴咗兩百蚊。
        ★★★★★ 屯門醫院轉去威爾斯親王醫院，司機大哥同護理員全程好細心，氧氣樽準備充足，推介！唯一缺點係熱線2345 6789成日打唔通。
        ★★☆☆☆ 預約咗朝早九點，十點半先到，冇提前通知，打去客服只係話交通擠塞；希望公司改善調度系統，始終病人唔可以等咁耐。
        ★★★★☆ 台北這家民間救護車公司從台大醫院送到新北的護理之家，收費依照衛生局公告的民間救護車收費標準，沒有亂加價，值得推薦。
        ★☆☆☆☆ 帳單上多了一筆「特殊處置費」新台幣1,500元，事前完全沒有說明，客服只回覆依公司規定辦理，建議大家叫車前先問清楚所有費用。
        ★★★★★ 「安心行」醫療接送的輪椅客貨車好乾淨，司機協助上落車，由將軍澳醫院覆診返嚟只收$380，比叫私家救護車平好多。
        ★★★☆☆ 馬偕紀念醫院出院轉到林口長庚，隨車護理師態度很好，但車上的氧氣鋼瓶固定架有點鬆動，希望業者能夠定期檢查車上設備。
        ★★★★☆ 由澳門仁伯爵綜合醫院轉去香港伊利沙伯醫院，經港珠澳大橋，跨境手續公司一手包辦，價錢唔平但物有所值，推薦俾有需要嘅家庭。
        ★★★★★ 阿發救護車（Ah Fat Ambulance）個名好搞笑，但服務一流，半夜兩點都有人聽電話，報價清楚，公司WhatsApp 5123 8800即時回覆。
        ★★☆☆☆ 網上寫「24小時服務」，但週日晚上叫車被告知要等三小時；公司回覆評論說人手不足，已增聘兩名救護員，希望是真的。
        ★★★★☆ 南丁格爾醫療運送（Nightingale Medical Transport）名字取得好，人員受過正規急救訓練，接送長者覆診很放心，只是網站預約系統常當機。
        ★★★★★ 由養和醫院轉去沙田慈氏護養院，公司派咗一部配有呼吸機嘅救護車，全程監察血氧，成家人都好安心，多謝晒成班員工。
        ★★★☆☆ 價錢清楚列明：港島區單程$1,200、九龍區$1,000、新界區$1,400，氧氣另加$150，但晚上十點後再加三成，有啲貴。
    """),
    ("mixed", "staff_group_chat"): _lines("""
        [07:12] AMB-07 crew: Morning all, O2 cylinders at Ubi depot only left 3 full D size leh, who collecting from Air Liquide today? The TTSH run later confirm need.
        [07:15] Ops desk: Ok noted, supervisor will go Air Liquide after 9am. AMB-03 pls take 2 from your spare rack first, jangan habiskan semua ah.
        [08:40] AMB-03: Lift at the Bedok job spoil again, 4 floors stair carry, can add stair charge on the job sheet? Patient stable, SpO2 ok on 2L.
        [09:05] Ops desk: Yes add S$80 stair charge, take photo of the lift notice only, NOT the patient or the unit number ok. PDPA very strict now.
        [10:22] KV-AMB-2: Traffic jam teruk gila kat Federal Highway, ETA HKL lambat 25 min, ops tolong call wad inform boleh?
        [10:24] Ops KL: Dah call wad HKL, nurse kata ok, tak payah rush. Drive safe, jangan guna siren for non-emergency ya, nanti kena saman.
        [12:30] AMB-11: 今天中午谁要打包？Tan Tock Seng对面的hawker centre鸡饭很好吃, I can tapau for the 2pm shift, 每个$5.50.
        [13:02] AMB-05: ZOLL defib battery showing 1 bar only, swapping at depot now, will be 15 min late for the NTFGH discharge, sorry ah.
        [14:15] Ops desk: Billing says INV-SG-2026-004417 got dispute, pls all crew write waiting time properly on job sheet, don't anyhow round up.
        [16:48] AMB-XB1: Woodlands checkpoint jam until Causeway, already 40 min, Johor side say ambulance lane only open after 6pm, haiz.
        [18:00] Ops desk: Shift handover done. Tomorrow CNY eve got 14 dialysis runs and 6 hospital discharges, pls rest early. 新年快乐 everyone, huat ah!
        [21:33] AMB-07: Terminal cleaning done after the MRSA transfer, Clinell wipes finish already, need restock 2 packs tomorrow morning.
        [22:10] Ops KL: Selamat malam semua, esok Hari Raya Haji so dialysis schedule ikut SMS baru, update app to 4.12.3 before start shift.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Booking NEPT-260315-0112: pick-up Mdm Tan Ah Moi, 84, Blk 217 Bedok North Street 1 #08-143, Singapore 460217, bedbound, on 2 L/min O2, to CGH dialysis 9am.
        Patient Rajendran s/o Muthusamy, NRIC S4309718J, COPD on home oxygen 3 L/min, needs stair carry 4 floors because lift is under upgrading.
        Hi can call my mum's helper at 9127 4480 when you reach the void deck, she will bring down the wheelchair first.
        Billing dispute from Mr Daniel Koh Wei Jie (daniel.kohwj@gmail.com): charged S$480 for a S$180 trip, says crew waited 2 hrs at KTPH, wants refund to DBS a/c 027-815204-6.
        Crew note: Siti Rahmah bte Osman, 29 weeks pregnant, pre-eclampsia, transfer from Sengkang General to KKH labour ward, husband following in car SMK4821H.
        Ms Priya Nair called again about her late father's unpaid transfers, S$2,340 outstanding; she is between jobs and asks for a 6-month instalment plan.
        Handover: Mr Lim Boon Huat, 71, post-stroke left hemiplegia, PEG fed, DNR signed, daughter Lim Pei Shan (9663 2018) is next of kin.
        FIN G5518204W - domestic helper fell from a ladder at her employer's flat, suspected wrist fracture, employer asks us to bill the insurer only.
        Can you send the ambulance to 38 Jalan Kembangan, Singapore 419135 instead? Grandpa moved to my uncle's house after the divorce, gate code 4471.
        NEPT-260316-0044,Chua Kok Leong,S6814205I,+65 9845 3327,Blk 55 Marine Terrace #12-61,TTSH,4
        Ahmad Faizal's mother Rosnah is being discharged from Hospital Sultanah Aminah tomorrow; stage 4 breast cancer, needs a stretcher to their Tampines flat.
        Eric Wong from our sales team was arrested last night for drink driving in the company van, don't tell the customers, HR is handling it.
        Paramedic Nurul Huda Kamal's salary goes from S$3,200 to S$3,650 after her EMT-P cert, please don't share this outside the team.
        Please invoice to my personal email jasmine.teo.1988@outlook.com and not my office one, my husband doesn't know mum is in hospice.
        Pickup 9 Lorong 24 Geylang, ring Mr Goh on 8112 6530, he is blind and lives alone, needs escort from 3rd floor down to the ambulance.
        Chen Jia Hui, 45, HIV positive on ART, transfer from NCID to Tan Tock Seng ward 7B; standard PPE only, keep her status confidential.
        Mr Vijay Kumar still owes us S$1,180 from the August cross-border transfer; he lost his shipyard job and can only pay S$100 a month.
        Photo IMG_4412.jpg shows Mdm Wong Siew Lan's sacral pressure sore, taken at her Toa Payoh home for the nursing home handover.
        Caller +65 8273 9941 says her father collapsed again at the same address as last booking and asks if we can come without calling 995.
        Repatriation: Kelvin Ooi Chee Keong, Malaysian passport A41827365, DOB 1969-11-02, post-MI, Gleneagles Singapore to Penang by road, wife travelling with him.
    """),
    "mixed": _lines("""
        Eh bro, the uncle at Blk 622 Ang Mo Kio Ave 4 #05-1120, Mr Seah, his oxygen concentrator rosak already, family ask can bring spare one or not?
        陈先生 Tel 9031 7764 tomorrow 8am pick-up from Yishun Ring Road to KTPH, he 中风 after 年初一, need stretcher, family very 紧张.
        Kak Zainab from Pasir Ris tu dah meninggal semalam, her son WhatsApp me from 8866 2190 asking to cancel all dialysis trips and refund baki deposit.
        阿明 the driver from AMB-03 kena MC again, apparently got gastric ulcer and his wife just left him, ops tolong cover his shift tomorrow.
        Patient 林太 aka Mrs Lim Soo Ching, IC S7745302D, 住在 Blk 18 Jalan Membina #11-88, last trip she complained crew scolded her, now want to sue.
        MyKad 580914-10-5523, Encik Hashim bin Yusof, diabetic foot amputation last month, hantar dari Hospital Tengku Ampuan Rahimah ke rumah di Taman Sri Andalas, Klang.
        Auntie Mei Ling's son keep calling ops from 9211 3056 about the S$760 bill, he say his mother no money, CPF all used for the bypass already.
        Boss, the Bangladeshi worker Md Rahim Uddin, FIN F2193847P, 工地跌倒 spinal injury, his employer tak nak bayar ambulance fee, how?
        Driver Kumaresan's wife pregnant again, 8 months already, so he request no night shift until June, please jangan roster him for XB jobs ok.
        For the 黄女士 job: email wong.huimin77@yahoo.com.sg, 3rd floor no lift at 162 Jalan Besar shophouse, she 90kg after knee op, need 3 crew.
    """),
    "ms": _lines("""
        Pesakit: Puan Aminah binti Saad, No. KP 470322-01-6138, strok, ambulans dari Hospital Sultanah Aminah ke No. 14, Jalan Kenari 3, Taman Johor Jaya, 81100 Johor Bahru.
        Bayaran balik RM1,450 kepada Encik Roslan bin Ahmad akan dikreditkan ke akaun Maybank 1140 2233 5671 dalam 14 hari bekerja.
        Nombor telefon anak pesakit: 019-672 4418 (Faridah), sila hubungi dia sebelum sampai kerana ayahnya nyanyuk dan tak boleh buka pintu.
        Kru lapor Cik Nor Azlina menangis sepanjang perjalanan, baru keguguran semalam di Hospital Ampang, suami dia tak datang langsung.
        Pemandu Faizal bin Kamarudin ditahan polis semalam kerana kes dadah, lesen memandu digantung, jangan jadualkan dia untuk sebarang perjalanan.
        Kereta keluarga pesakit, nombor plat WXY 3827, akan mengekori ambulans ke PPUM, tolong benarkan masuk ke zon menurunkan pesakit.
        Borang tempahan: Nama: Muthu a/l Karuppiah | KP: 630517-08-5247 | Tel: 012-558 9034 | Alamat: 22 Lorong Sena 5, Ipoh | Oksigen: 3 L/min | COPD
        Mak Cik Salmah di PPR Kerinchi blok B tingkat 9 masih berhutang caj ambulans RM680 sejak Januari, anak dia kata tunggu duit KWSP keluar.
    """),
    "zh-Hans": _lines("""
        预约单：病人王建国，身份证号440304195706123317，来新加坡探亲时心梗，需从国大医院转至樟宜机场，由女儿王丽陪同，电话+86 138 2654 7190。
        陈太太说她老公欠了我们公司三千多块车费，两人正在闹离婚，叫我们不要再打她的手机8123 6640，直接去找她老公。
        林志强先生明早七点从裕廊西91街的家里接去洗肾，他上个月刚确诊肾衰竭，情绪不太稳定，请随车护理员多安慰。
        派车员备注：李阿姨住宏茂桥3道第415座#07-2291，每周一三五送去洗肾，女儿李晓燕邮箱 lixiaoyan.sg@qq.com 负责付款。
        家属投诉：张美玲女士（身份证350203198102274026）称救护员搬运时弄伤了她母亲的手臂，要求公司赔偿医药费新币2,000元。
        小黄今天又请病假，听说是抑郁症复发，正在看精神科吃药，排班时先别安排他跑跨境的长途单。
    """),
    "zh-Hant": _lines("""
        香港客戶資料：何志偉先生，香港身份證 K318452(8)，住址：九龍觀塘秀茂坪邨秀明樓1203室，需每週三次接送往基督教聯合醫院洗腎。
        台灣轉院個案：病患林雅婷，身分證字號A218473065，懷孕32週前置胎盤出血，由新加坡中央醫院經醫療專機轉回台北馬偕。
        陳伯個仔打嚟話陳伯上個禮拜喺屋企跌親，髖骨骨折，而家喺瑪麗醫院，想約下星期二出院，聯絡電話 6234 9187。
        澳門客人梁太投訴帳單：收咗佢港幣8,800元，但合約寫明係6,500元，佢話會去消委會投訴，電郵係 leungtaimo@gmail.com。
        員工私訊：救護員阿強欠咗財務公司十幾萬，最近成日有人打嚟公司追數，請各位唔好透露佢嘅更表。
        病人姓名：周國華｜HKID Y560213(9)｜出生日期：1948-02-17｜診斷：慢性阻塞性肺病，長期氧氣2L/min｜目的地：東區尤德夫人那打素醫院
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for a Singapore medical transport company. Collect pick-up details, confirm prices from the 2026 price list and never give medical advice.",
        ),
        (
            "user",
            "Hi, I need a non-emergency ambulance for my father, Mr Ong Teck Seng, 79, on home oxygen 3 L/min. Pick-up from Blk 402 Clementi Ave 1 #06-233 to NUH on 20 March, 8:30am. My number is 9456 1183.",
        ),
        (
            "assistant",
            "Thank you. For a one-way weekday trip to NUH the fare is S$180, plus S$35 for oxygen up to 4 L/min. Is the lift working at the block, and will anyone ride along with him?",
        ),
        (
            "user",
            "Lift is working. I will ride along. He has early dementia so he may get confused and try to pull off the cannula.",
        ),
        (
            "assistant",
            "Noted, I will flag this for the crew so they can reassure him and keep an eye on the cannula. Your booking total is S$215 and you will receive an SMS confirmation the evening before.",
        ),
    ],
    [
        (
            "user",
            "Help me write a firm but polite email disputing invoice INV-SG-2026-005120. They charged S$260 waiting time but the crew only waited 40 minutes at SGH.",
        ),
        (
            "assistant",
            "Sure. Could you tell me the name on the account and the trip date so I can include them?",
        ),
        (
            "user",
            "Account is under Melissa Chan Hui Wen, melissa.chw@hotmail.com, trip was 3 Feb for my mother Chan Geok Lian after her hip replacement.",
        ),
        (
            "assistant",
            "Here is a draft: Dear Billing Team, I refer to invoice INV-SG-2026-005120 for the transfer of my mother, Mdm Chan Geok Lian, on 3 February following her hip replacement. The invoice includes S$260 for waiting time, but the crew waited about 40 minutes, which is within the free 45 minutes. Please remove the charge and send a revised invoice to melissa.chw@hotmail.com. Regards, Melissa Chan Hui Wen.",
        ),
    ],
    [
        ("system", "你是一家新加坡救护车公司的内部助手，负责把中文交接记录翻译成英文。"),
        (
            "user",
            "请翻译：病人郑秀英，女，82岁，住在淡滨尼21街第862座#04-315，糖尿病肾病晚期，每周三次洗肾，今天血压偏低，需要平躺运送。",
        ),
        (
            "assistant",
            "Patient: Zheng Xiuying, female, 82, residing at Blk 862 Tampines Street 21 #04-315. End-stage diabetic kidney disease, dialysis three times weekly. Blood pressure low today; transport lying flat.",
        ),
        ("user", "谢谢，再加一句：紧急联系人是她儿子郑伟明，电话9688 0432。"),
        ("assistant", "Emergency contact: her son Zheng Weiming, tel. 9688 0432."),
    ],
    [
        ("user", "Saya nak tuntut insurans untuk caj ambulans ayah saya. Apa dokumen yang perlu?"),
        (
            "assistant",
            "Biasanya anda perlukan invois asal, resit bayaran, surat rujukan doktor dan salinan kad pengenalan pesakit. Boleh saya bantu sediakan surat iringan?",
        ),
        (
            "user",
            "Boleh. Nama ayah saya Ismail bin Abdul Rahman, KP 550812-07-5391, dipindahkan dari Hospital Pulau Pinang ke Hospital Seberang Jaya pada 2 Mac selepas serangan jantung. Polisi AIA no. P98127734.",
        ),
        (
            "assistant",
            "Baik. Draf surat: Tuan/Puan, saya memohon tuntutan caj ambulans bagi Encik Ismail bin Abdul Rahman (KP 550812-07-5391), pemegang polisi P98127734, yang dipindahkan dari Hospital Pulau Pinang ke Hospital Seberang Jaya pada 2 Mac 2026 selepas serangan jantung. Bersama ini disertakan invois, resit dan surat rujukan doktor.",
        ),
    ],
    [
        ("system", "你係一間香港私家救護車公司嘅客服助手，用廣東話回覆。"),
        (
            "user",
            "我想安排我媽媽由伊利沙伯醫院轉去深圳港大醫院，佢叫鄧秀芳，HKID R771904(2)，肺癌末期，要用氧氣。幾錢？",
        ),
        (
            "assistant",
            "跨境轉院一般由港幣12,000元起，包括兩地牌救護車、護理員同氧氣。請問鄧女士而家每分鐘用幾多公升氧氣？有冇主診醫生嘅轉院信？",
        ),
        ("user", "每分鐘4公升，轉院信已經有。你哋可以打俾我，電話9876 2245，我叫鄧家豪。"),
        (
            "assistant",
            "收到，鄧先生。我哋嘅調度員會喺兩個鐘內致電9876 2245同你確認出發時間同過關文件。",
        ),
    ],
    [
        (
            "user",
            "Can help me write incident report? Today at Blk 31 Teban Gardens Road, patient Mr Sulaiman Hassan, 66, fell off the stair chair between 2nd and 3rd floor, small cut on forehead, BP ok.",
        ),
        (
            "assistant",
            "Sure. Incident report: On 14 March 2026, during a stair carry at Blk 31 Teban Gardens Road, patient Mr Sulaiman Hassan (66) slid from the stair chair between levels 2 and 3, sustaining a minor forehead laceration. Vital signs remained stable. First aid was given and the patient was conveyed to NTFGH as planned. Can you tell me if the straps were fastened and who witnessed it?",
        ),
        (
            "user",
            "Straps fastened but the chest strap buckle spoil. His daughter Nadia saw everything, she very angry say want to complain to MOH.",
        ),
        (
            "assistant",
            "Added: All straps were fastened; the chest strap buckle failed during the carry. The patient's daughter, Ms Nadia, witnessed the incident and indicated she may lodge a complaint with MOH. Equipment has been tagged out of service for inspection.",
        ),
    ],
    [
        (
            "system",
            "Customer record for this session: Name: Tay Boon Kiat | NRIC: T0256631H | Mobile: 9301 4872 | Address: 11 Sunset Drive, Singapore 597382 | Condition: motor neurone disease, BiPAP at night | Outstanding balance: S$1,920. Answer his questions about his bookings.",
        ),
        ("user", "Hi, when is my next pick-up to the clinic?"),
        (
            "assistant",
            "Your next pick-up is on Thursday at 9:15am from your home to the neurology clinic at NNI, Tan Tock Seng campus. A stretcher and BiPAP-compatible power supply are booked.",
        ),
        ("user", "Ok. Can I pay the balance by PayNow?"),
        (
            "assistant",
            "Yes, you can PayNow the outstanding S$1,920 to our UEN 201814529K and put your booking number in the reference.",
        ),
    ],
    [
        (
            "user",
            "My SQL insert keeps failing. INSERT INTO trips VALUES ('NEPT-260317-0009', 'AMB-02', 'Kwek Li Ting', 'S1582469G', '+65 8734 2210', 'Blk 108 Yishun Ring Rd #03-22', 2.5);",
        ),
        (
            "assistant",
            "Your trips table only has five columns (job_id, unit, o2_lpm, stretcher, created_at), so inserting patient name, NRIC, phone and address there will fail. Those belong in a separate patients table with restricted access, linked by job_id.",
        ),
        ("user", "Ok so create a patients table and insert Kwek Li Ting there?"),
        (
            "assistant",
            "Yes: INSERT INTO patients (job_id, name, nric, phone, address) VALUES ('NEPT-260317-0009', 'Kwek Li Ting', 'S1582469G', '+65 8734 2210', 'Blk 108 Yishun Ring Rd #03-22'); and keep the NRIC column encrypted.",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis mesej WhatsApp untuk kawan sekerja saya, paramedik Azman bin Yahya. Dia baru disahkan kanser usus tahap 3 dan akan cuti tanpa gaji.",
        ),
        (
            "assistant",
            "Cadangan mesej: Salam Azman, kami semua di pangkalan terkejut dan sedih mendengar berita tentang diagnosis kanser usus kau. Fokus pada rawatan dulu, jangan risau pasal syif. Kalau perlukan apa-apa, kami sedia membantu. Semoga cepat sembuh.",
        ),
        (
            "user",
            "Tambah sikit, kami dah kutip derma RM2,300 dan akan masukkan ke akaun CIMB dia 7012 4489 3306.",
        ),
        (
            "assistant",
            "Tambahan: Kami juga sudah kutip derma RM2,300 dan akan masukkan ke akaun CIMB kau (7012 4489 3306) minggu ini.",
        ),
    ],
    [
        ("system", "你是救护车公司的跨境转运顾问，回答要简洁。"),
        (
            "user",
            "我父亲许文雄在新加坡伊丽莎白医院中风住院，要转回台中荣总，身分证字号F120385742，需要什么手续？",
        ),
        (
            "assistant",
            "需要医院出具的病情摘要及适航证明、护照、台湾健保卡，以及接收医院的同意函。医疗专机单程约新币6万至8万元。",
        ),
        ("user", "他还有房颤，在吃抗凝药华法林，这会影响飞行吗？我的电话是+886 912 348 107。"),
        (
            "assistant",
            "服用华法林一般不影响飞行，但随机医生需要最新的INR结果。我们的顾问会拨打+886 912 348 107与您确认许文雄先生的转运安排。",
        ),
    ],
]
