# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en303: SG/MY private ambulance, medical escort and patient-transport services (trip bookings, pick-up addresses, medical conditions, oxygen needs, billing, dispatch logs, crew chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en303
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "price_list"): _lines("""
        Non-emergency ambulance within Singapore, one way: S$120 (06:00-22:00), S$160 (22:00-06:00); includes 1 trained medic, stretcher and blanket.
        Return trip with up to 2 hours waiting at hospital: S$220 flat; each additional 30 min of waiting S$25, billed in 15-min blocks thereafter.
        Oxygen during transport: up to 4 L/min free of charge, S$15 per hour above 4 L/min; portable concentrator rental (Philips SimplyGo) S$45/day.
        Medical escort on commercial flight (registered nurse, economy seat plus return ticket at cost): from S$650 per escort-day, excluding hotel.
        Cross-border transfer Singapore to Johor Bahru via Woodlands Checkpoint: S$580 one way, includes tolls, VEP and customs waiting up to 60 min.
        Klang Valley non-emergency ambulance: RM180 within 30 km, RM2.20 per km beyond that; tolls and hospital parking are charged separately.
        Wheelchair-accessible van (hydraulic lift, 1 wheelchair + 2 companions): RM95 per trip within Petaling Jaya, RM130 to Putrajaya or Cyberjaya.
        Staircase carry surcharge for walk-up flats without lift landing: S$40 per floor above the 2nd floor, maximum 5 floors, stair-chair provided.
        Dialysis package: 12 return trips a month to any dialysis centre in the East zone, S$1,380/month, book by 5pm the day before, max 3 free reschedules.
        Event medical standby (1 ambulance, 2 EMTs, AED, trauma kit): S$95 per hour, minimum 4 hours, suitable for school sports days and fun runs.
        Repatriation by road Penang to Singapore, about 720 km, 2 crew plus 1 nurse, rest stop at Ayer Keroh R&R, meals included: RM6,800 all-in.
        GST 9% applies to all Singapore services. Private ambulance fees are generally not claimable from MediSave, please check with your insurer.
        Price list v2026.3 effective 1 Dec 2026, supersedes v2026.2. Rates subject to change; quote ref format QT-YYMM-#### must appear on your invoice.
    """),
    ("en", "dispatch_log"): _lines("""
        2026-11-14 06:02:11 SGT [DISPATCH] TRP-261114-0031 assigned unit=AMB-07 crew=2 type=STRETCHER pickup_zone=EAST dest=CGH A&E status=ASSIGNED
        2026-11-14 06:19:40 SGT [GPS] AMB-07 lat=1.3404 lon=103.9469 speed=54km/h heading=NE odometer=182,441 km battery=OK signal=4G
        2026-11-14 06:31:05 SGT [STATUS] TRP-261114-0031 ON_SCENE -> PATIENT_LOADED; o2_flow=3 L/min; stretcher lock verified by crew lead
        2026-11-14 06:58:47 SGT [STATUS] TRP-261114-0031 ARRIVED dest=Changi General Hospital, 2 Simei Street 3, S529889; handover at A&E triage
        2026-11-14 07:05:00 SGT [FLEET] AMB-03 out of service: oxygen regulator leak, tagged for servicing at depot 21 Ubi Road 1, ETA back 15:00
        2026-11-14 07:40:22 MYT [DISPATCH] JOB-KL-88412 unit=VAN-W2 type=WHEELCHAIR origin=Hospital Kuala Lumpur, Jalan Pahang dest=IJN, Jalan Tun Razak
        2026-11-14 08:12:09 MYT [ALERT] JOB-KL-88412 delayed 25 min, congestion on Jalan Tun Razak near the HKL roundabout; destination ward notified
        2026-11-14 09:00:00 SGT [SHIFT] Day shift on duty: 6 units, 13 crew, 2 nurses; night handover checklist v4 completed, 0 open incidents
        2026-11-14 10:44:36 SGT [BILLING] TRP-261113-0217 invoice INV-SG-261113-0217 generated amount=S$246.40 incl. GST 9% channel=PayNow-UEN
        2026-11-14 11:15:52 SGT [XBORDER] TRP-261114-0044 cleared Woodlands Checkpoint 11:02, Bangunan Sultan Iskandar 11:14, total wait 38 min
        2026-11-14 13:27:18 SGT [DEVICE] AMB-11 Zoll X Series defib self-test PASS, SpO2 probe FAIL (replace), device serial ZX-AR17-00912
        2026-11-14 15:03:40 SGT [CANCEL] TRP-261114-0052 cancelled by booker 14:58, reason_code=DISCHARGE_POSTPONED, fee_waived=true, AMB-05 released
        2026-11-14 23:59:59 SGT [SUMMARY] trips=47 completed=44 cancelled=3 avg_response=21m o2_trips=18 cross_border=2 km_total=1,986
    """),
    ("en", "config_and_code"): _lines("""
        DISPATCH_HOTLINE=+65 6100 4321  # company booking line, forwards to the ops desk mobile roster after 22:00
        SMTP_FROM=bookings@swiftcare-medtrans.example.sg; SMTP_REPLY_TO=ops@swiftcare-medtrans.example.sg; SMTP_HOST=smtp.example.net:587
        def fare(km: float, night: bool = False) -> Decimal: return Decimal('120') + max(0, km - 30) * Decimal('2.20') + (Decimal('40') if night else 0)
        CREATE TABLE trips (trip_id TEXT PRIMARY KEY, unit_id TEXT, pickup_zone TEXT, dest_facility TEXT, o2_lpm NUMERIC(3,1), status TEXT);
        units: [{id: AMB-07, type: stretcher, o2_cylinders: 2}, {id: VAN-W2, type: wheelchair, lift_kg: 300}]  # fleet.yaml, rev 2026-11-02
        logging.format = '%(asctime)s %(levelname)s trip=%(trip_id)s unit=%(unit)s'  # never log patient name, NRIC or pickup address here
        assert validate_uen('201934567W') is True  # our own company UEN, used as fixture in tests/test_billing.py
        FACILITY_CODES = {'SGH': 'Singapore General Hospital', 'TTSH': 'Tan Tock Seng Hospital', 'KTPH': 'Khoo Teck Puat Hospital', 'NTFGH': 'Ng Teng Fong General Hospital'}
        curl -X POST https://api.example-medtrans.sg/v2/bookings -H 'Authorization: Bearer $TOKEN' -d @sample_booking.json  # staging only
        OXYGEN_ALERT_THRESHOLD_BAR=30; CYLINDER_SIZES_L=[340, 680]; DEFAULT_FLOW_LPM=2; MAX_FLOW_LPM=15  # per supplier cylinder spec sheet
        git commit -m 'fix(eta): handle Causeway jam detection when OneMap routing API returns 429' -> a3f9c27e1b on branch release/2026.11
        MY_COMPANY_REG=202101023456 (1412345-T); SG_UEN=201934567W; GST_REG=M90373456K; SST_ID=W10-2101-32000123
        cron: 0 5 * * * /opt/dispatch/bin/check_o2_stock --depot=UBI --min-cylinders=12 --notify=ops-channel  # runs 5am daily
    """),
    ("mixed", "crew_group_chat"): _lines("""
        Morning all, AMB-07 O2 tank only left 60 bar, whoever take first job pls top up at depot before going out ok, don't want repeat last week drama.
        Wah lau the ramp at SGH Block 4 drop-off under renovation again, use the Outram Road side entrance, got sign there one.
        Dispatch: 0930 job change from wheelchair to stretcher, ward say patient cannot sit up. Pls swap to AMB-11, sudah confirm dengan nurse counter.
        Jam teruk kat Causeway pagi ni, JB-bound queue sampai Woodlands Ave 2, any cross-border job pls add 1 hour buffer ya.
        Reminder 明天 9am 有 BCLS refresher at the training room, 2 Kallang Avenue level 5, bring your cert card, attendance compulsory ah.
        Who took the spare SpO2 probe from AMB-05? Inventory say 2, I count only 1. Pls return to the grey box in the store room, tq.
        Heads up: IJN security now want the booking ref shown at the gate, screenshot the JOB-KL number before you reach the barrier.
        Boss say Hari Raya week rates x1.5, roster will out by Friday, anyone want to swap CNY shift with Deepavali shift inform ops by 20th.
        The new Ferno stretcher in AMB-09 the wheel lock quite stiff, already lodge ticket MNT-2611-077 with vendor, use with care 小心点.
        Lunch order from the kopitiam opposite depot: chicken rice $5.50, nasi lemak $4.80, kopi peng $1.90, PayNow to the ops account hor.
        Tadi kat Hospital Sultanah Aminah the lift to Wad 5 rosak, we carried up using stair-chair, tell next crew bring extra strap.
        Just got the MOH audit checklist, all vehicles must carry licence copy and updated infection control log by end month, pls check your unit.
        FYI Tuas Second Link faster today, 20 min only from checkpoint to checkpoint. Google Maps still show red but it's outdated already.
    """),
    ("zh-Hans", "服务须知"): _lines("""
        【预约须知】非紧急救护车服务需至少提前24小时预约，请致电公司热线 +65 6100 4321 或发送WhatsApp至公司号码 +65 8800 4321，服务时间为每日早上7点至晚上10点。
        【紧急情况】如遇胸痛、呼吸困难、中风症状等危急情况，请立即拨打995呼叫新加坡民防部队救护车，本公司只提供预约的非紧急转运服务。
        【氧气使用】如病人需在途中使用氧气，请在预约时注明流量（升/分钟）及预计使用时长，本公司每辆救护车均配备两瓶680升医用氧气瓶。
        【陪同人员】每趟行程最多允许一名家属随车陪同，陪同人员须全程系好安全带并遵守医护人员指示，未满16岁者不得作为唯一陪同者。
        【跨境转运】新加坡往返马来西亚新山的转运需提前三个工作日预约，费用已包含过路费及关卡等候时间，详情请参阅第2026.3版价目表。
        【付款方式】可使用PayNow（公司UEN 201934567W）、信用卡或银行转账付款，发票编号格式为INV-SG-年月日-序号，转账时请在备注中填写发票编号。
        【取消政策】出车前两小时以上取消免收费用，出车前两小时内取消收取50新元，救护车已到达接载地点后取消则收取全额车费，敬请谅解。
        【医院接载点】新加坡中央医院的接载点位于欧南路（Outram Road）第4座入口，陈笃生医院的接载点位于急诊部旁的救护车停靠区。
        【防疫措施】所有车辆在每趟行程后均使用医用级消毒剂清洁，担架床垫每日更换，如病人患有传染病，请在预约时如实告知，以便安排防护装备。
        【营业地址】公司总部及车队停车场位于 21 Ubi Road 1, Singapore 408724，访客请于办公时间内前来，周日及公共假期办公室休息。
        【中国内地服务】本公司与内地各地急救中心并无隶属关系，如需在内地进行长途转运，请联系客服转介合作伙伴，紧急情况请直接拨打120。
        【电子邮件】预约确认及发票将从 bookings@swiftcare-medtrans.example.sg 发出，请勿直接回复，如有疑问请联系客服邮箱 care@swiftcare-medtrans.example.sg。
        【法规依据】本公司持有卫生部根据《医疗服务法》（Healthcare Services Act 2020）颁发的医疗运送服务执照，执照编号请见车身标示及官网。
    """),
    ("zh-Hant", "常見問題"): _lines("""
        問：私家救護車同消防處救護車有咩分別？答：消防處救護車只處理緊急個案，請打999；私家救護車提供預約轉院、出院回家及覆診接送服務。
        問：可唔可以帶自己部氧氣機上車？答：可以，但請預先通知客服；本公司車輛已配備醫用氧氣，流量最高每分鐘15公升，無需另外收費。
        問：由瑪麗醫院轉去港怡醫院要幾錢？答：港島區內單程收費HK$1,380起，夜間（晚上10時後）附加HK$300，樓梯搬運每層另計HK$100。
        問：台灣的民間救護車如何收費？答：依各縣市衛生局公告之收費標準，基本里程內收取固定費用，超過部分每公里另計，請向業者索取收據。
        問：可以用長者醫療券付款嗎？答：私家救護車服務一般不屬醫療券適用範圍，詳情請參閱衞生署網頁，或致電本公司熱線 3188 2468 查詢。
        問：澳門病人可唔可以直接送去香港醫院？答：跨境轉運須經港珠澳大橋口岸，需預早申請兩地車牌配額及醫院接收證明，一般需時三至五個工作天。
        問：夜晚幾點之後仲有車？答：本公司24小時運作，凌晨1時至6時只接受預約；WhatsApp查詢請發送至公司號碼 5123 8800，約15分鐘內回覆。
        問：救護員有冇專業資格？答：所有救護員均持有有效急救證書，隨車護士為香港護士管理局註冊護士，車隊每年接受運輸署驗車，車上設備亦每月由供應商檢查一次。
        問：如何索取收據作保險索償？答：請電郵至 billing@hk-swiftcare.example.com.hk 並註明單號，例如 HK-TRP-2611-0458，我們會於三個工作天內回覆。
        問：可以指定聖德肋撒醫院或者養和醫院作為目的地嗎？答：可以，本公司服務全港所有公私營醫院，包括伊利沙伯醫院、廣華醫院及東華醫院。
        問：香港聖約翰救傷隊係咪同你哋有關？答：聖約翰救傷隊係歷史悠久嘅慈善團體，亦有提供救護車服務，但與本公司並無任何隸屬或合作關係。
        問：輪椅客貨車可以載幾多人？答：每架車可載一部輪椅及兩名陪同人士，車尾設有電動升降台，承重300公斤，適合行動不便嘅長者。
        問：貴公司嘅登記資料係點？答：註冊辦事處位於九龍觀塘鴻圖道52號12樓，辦公時間為星期一至五上午9時至下午6時，公眾假期休息。
    """),
    ("ms", "notis_dan_peraturan"): _lines("""
        NOTIS: Perkhidmatan ambulans swasta ini bukan untuk kecemasan. Untuk kecemasan sila hubungi 999, atau 112 dari telefon bimbit.
        Semua tempahan perlu dibuat sekurang-kurangnya 24 jam lebih awal melalui talian syarikat 03-7890 1234 atau WhatsApp rasmi 012-380 1234.
        Pesakit yang memerlukan oksigen mesti memaklumkan kadar aliran (liter seminit) semasa tempahan; tangki oksigen 680 liter disediakan tanpa caj tambahan.
        Caj perkhidmatan: RM180 dalam lingkungan 30 km, RM2.20 setiap km seterusnya; caj tol, letak kereta hospital dan menunggu melebihi sejam adalah berasingan.
        Syarikat ini berdaftar dengan SSM (No. Pendaftaran 202101023456) dan mematuhi garis panduan Kementerian Kesihatan Malaysia bagi perkhidmatan ambulans.
        Ahli keluarga yang menemani pesakit dihadkan kepada seorang sahaja dan wajib memakai tali pinggang keledar sepanjang perjalanan.
        Pembatalan kurang daripada dua jam sebelum waktu ambil akan dikenakan caj RM60; pembatalan selepas ambulans tiba dikenakan caj penuh.
        Titik ambil di Hospital Kuala Lumpur terletak di pintu masuk Jabatan Kecemasan, Jalan Pahang; sila tunggu di kaunter pengawal keselamatan.
        Perkhidmatan rentas sempadan Johor Bahru–Singapura memerlukan pasport sah dan surat rujukan doktor; sila hantar dokumen tiga hari bekerja lebih awal.
        Ambulans kami dilengkapi defibrilator Zoll, pengusung Ferno, penyedut lendir mudah alih dan peti ubat kecemasan yang diperiksa setiap minggu.
        Waktu operasi pejabat: Isnin hingga Jumaat 8.30 pagi hingga 5.30 petang, Sabtu 9.00 pagi hingga 1.00 tengah hari; kru bertugas 24 jam.
        Alamat pejabat: No. 8, Jalan 51A/223, Seksyen 51A, 46100 Petaling Jaya, Selangor. E-mel tempahan: tempahan@sinarmedik.example.com.my
        Sejarah ringkas: Persatuan Bulan Sabit Merah Malaysia bermula pada tahun 1948 sebagai cawangan Palang Merah British dan kini masih mengendalikan ambulans sukarela.
    """),
    ("en", "invoices_and_csv"): _lines("""
        trip_id,booked_at,unit_id,service_type,pickup_zone,dest_facility,o2_lpm,km,amount_sgd,payment_status,invoice_no
        TRP-261102-0014,2026-11-02T07:15+08:00,AMB-07,STRETCHER,EAST,CGH,2.0,14.6,180.00,PAID,INV-SG-261102-0014
        TAX INVOICE INV-SG-261102-0014 | SwiftCare MedTrans Pte Ltd | UEN 201934567W | GST Reg M90373456K | 21 Ubi Road 1, Singapore 408724
        Line 1: Non-emergency stretcher transfer, East zone, 14.6 km: S$165.14; Line 2: Oxygen 2 L/min, 40 min: S$0.00; GST 9% S$14.86; Total S$180.00
        Tax invoice SM-2611-00871 issued by Sinar Medik Ambulans Sdn Bhd (202101023456), SST No. W10-2101-32000123, dated 05/11/2026, due in 14 days
        Supplier invoice OXY-SG-88120443: 12 x medical oxygen cylinder refill 680L @ S$38.00, delivered to depot, GST S$41.04, total S$497.04
        Purchase order PO-2026-0412 to Ferno for 2 x powered stretcher, SKU FN-PFX-550, unit price S$14,800, delivery week 49, terms 60 days
        Payment received via PayNow UEN 201934567W, ref INV-SG-261102-0014, S$180.00, bank txn ID 20261103SGD7781204, matched automatically
        Credit note CN-SG-2611-006 against INV-SG-261030-0102: waiting time overcharged by 30 min, refund S$25.00 + GST S$2.25 = S$27.25
        corporate_account,billing_email,credit_terms_days,monthly_cap_sgd -> Mount Elizabeth Hospital,ap-medtrans@example-hospital.sg,30,20000
        Statement of account Nov 2026 for Ng Teng Fong General Hospital discharge desk: 38 trips, S$6,842.00 outstanding, 30-day terms, ref SOA-NTFGH-2611
        Reimbursable expenses TRP-261114-0044: Woodlands Checkpoint toll S$6.40, Malaysian VEP road charge RM20.00, JB hospital parking RM4.00
        export_2026-11.csv: 1,412 rows, sha256=e07100b12c29fdf0b79b29b4419bc199b6a1a5686980cebf790fd02df9b7f642, generated 2026-12-01 00:05 SGT
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Booking MT-55120: pick up Mdm Goh Siew Lan, 81, from Blk 412 Bedok North Ave 2 #08-117, S460412, wheelchair + 2L/min O2, dialysis 0700 daily except Sun.
        Caller NOK is the son, Mr Rajesh s/o Muthu Pillai, HP 9638 2207, says father fell at home last night and is on blood thinners.
        Eh that Mr Teo from the Tampines run last week, wife told me he got stage 4 pancreatic cancer, family haven't told him yet.
        Pls call back the patient's daughter at 8714 6093 before 3pm, she wants to change the discharge pickup time.
        Consent form for transfer signed by patient, NRIC S6938571J, witnessed by crew lead at 14:20.
        MT-55187,2026-11-03 06:40,Lim Ah Kow,S4421873I,Blk 22 Jalan Bukit Merah #05-220 S160022,STRETCHER,O2 4L/min,PAID PayNow
        Reminder: INV-SG-261020-0917 for Mr Harun bin Osman still outstanding, S$1,280 for 8 dialysis trips; family says they are waiting for money from his CPF.
        2026-11-14T02:17:44+08:00 WARN intake caller_phone=+6591837265 pickup='Blk 139 Yishun Ring Rd #11-402' complaint='chest pain, diabetic, 67M'
        Send the quote to the niece, winnie.ong.kl88@gmail.com, she is paying for her grandma's transfer from Pantai Hospital KL to Ipoh.
        Escort request: Ms Nurul Ain binti Zulkifli, 34 weeks pregnant with twins, pre-eclampsia watch, transfer from Hospital Serdang to UMMC tonight.
        Trip note: escort for Mr Daniel Koh Wei Jie to IMH under a Mental Health Act order, police present at pickup, he was arrested earlier for assaulting his brother.
        Patient: Tan Chee Keong | MyKad 560718-07-5291 | Address: 23 Lorong Kenari 5, Taman Sri Pinang, 11700 Gelugor | post-stroke, left hemiplegia
        Refund of S$240 for the cancelled trip to be paid to DBS account 027-894512-3 under the name Chua Bee Hoon, pls process by Friday.
        Attached photo of Uncle Ramasamy's sacral pressure sore taken at pickup, pls forward to the ward nurse only, don't post in main group.
        Paramedic Faizal Rahman's payslip shows basic $2,850 only, he's asking HR why his night allowance for October was not paid.
        Don't call the ex-wife for consent, Mr Lee Kok Wah's divorce went through in March, his sister Lee Mui Khim is the NOK now.
        Private car SJD 4417 R parked in the ambulance bay at our pickup belongs to the patient's son, he refuses to move it, pls call him.
        Escort for migrant worker Md Rakib Hossain, FIN G7214853W, crush injury right foot, employer pays, pickup from Tuas South dormitory gate.
    """),
    "mixed": _lines("""
        Boss, the auntie Mdm Lee at Blk 88 Toa Payoh Lor 4 #03-2131 very jialat already, SpO2 88%, need 5L O2 leh, can send the bigger tank?
        Aiyo Ah Seng's mother again cancel last min, still owe us $560 from October trips, 他说下个月才还.
        Encik Kamal punya mak kena dialysis tiga kali seminggu, HP dia 012-748 3309, call dulu sebelum sampai rumah.
        陈太 WhatsApp me say her husband 陈国明 just discharged from NUH, bedbound, need stretcher to Blk 205 Serangoon Central #09-88, no lift landing one.
        Patient Lau Mei Fong 刘美芳, IC 620315-10-6628, 肺癌 stage 3, on 2L O2, pickup No. 17 Jalan SS2/24, Petaling Jaya.
        Eh driver Kumar kena saman for speeding on PIE last night, 12 points deducted, HR say must go for counselling lah.
        Amoy's dad, Mr Ong Teck Huat, 心脏 got pacemaker, cannot go through the MRI scanner, remind the crew ah.
        Transfer JB to SG: Puan Rosnah bt Ahmad, passport A51827364, Hospital Sultanah Aminah to Gleneagles, ICU bed confirmed, family pay cash RM9,800.
        Number 017-362 0958 called 3 times asking for ETA, 不知道是哪个病人的家属, can someone check and call back?
        Kak Yati from Kampung Baru 说 her grandson kena epilepsy fits again this week, can we standby one unit tonight?
    """),
    "ms": _lines("""
        Pesakit: Encik Zulkarnain bin Hashim, No. KP 710902-14-5587, alamat No. 12, Jalan Setiawangsa 8, Taman Setiawangsa, 54200 Kuala Lumpur, perlu oksigen 3L/min.
        Waris pesakit, Puan Siti Hajar, boleh dihubungi di 019-265 4410 selepas jam 6 petang.
        Makcik Limah dari Felda Bukit Tangga dah tiga bulan tak bayar caj ambulans RM450, anak dia kata tengah sesak duit.
        Log: 03/11 21:45 panggilan dari 011-2038 7741, lelaki 60-an sesak nafas di rumah, alamat Lot 2231 Kampung Sungai Penchala.
        Bayaran balik RM180 dimasukkan ke akaun Maybank 1640 2237 8815 atas nama Noraini binti Yusof.
        Encik Azman baru keluar penjara bulan lepas, keluarga minta kru jangan beritahu jiran tentang rawatan HIV beliau.
        Borang: Nama Wong Kah Yee | Umur 67 | Diagnosis: kegagalan buah pinggang tahap akhir | E-mel: kahyee.wong67@yahoo.com
        Kereta keluarga pesakit, Perodua Myvi WXY 4821, menghalang laluan ambulans di hadapan rumah No. 5, Jalan Mawar 3, Taman Melawati.
    """),
    "zh-Hans": _lines("""
        预约单：患者周建华，男，72岁，身份证号11010519540312731X，住址北京市朝阳区团结湖北里3号楼2单元501，需担架及吸氧2升/分钟。
        王女士手机13817264059，要求明早7点接她父亲去瑞金医院做透析，楼下没有电梯。
        李阿姨上个月做了乳腺癌手术，化疗期间每周二需要轮椅车接送，之前的车费还欠1,200新币没付。
        派车日志 2026-11-08 23:10 来电 18620573318，地址 广州市天河区龙口西路 88 号 3 栋 1402，老人跌倒后意识不清。
        阿明的弟弟上周因酒驾被拘留，现在由阿明负责陪同母亲复诊，请大家不要在群里提这件事。
        退款账户：招商银行 6214 8312 5509 7731，户名黄丽娟，原因：转院行程临时取消。
        病人林淑芬怀孕28周，有妊娠糖尿病，需要从新加坡中央医院转去竹脚妇幼医院，家住宏茂桥5道 Blk 613 #04-25。
    """),
    "zh-Hant": _lines("""
        非緊急轉院預約：病人何志強，HKID K432917(8)，住址九龍黃大仙竹園北邨 桃園樓 1506室，需要輪椅及氧氣2公升。
        林太話佢老公腎衰竭要洗腎，每星期一三五朝早接送去伊利沙伯醫院，聯絡電話 6328 1947。
        台北病患張雅婷，身分證 A227184508，住新北市板橋區文化路一段 ２１８號５樓，需救護車接送回家接受安寧照護。
        陳伯個仔話老豆欠咗我哋三次車費 HK$4,500，佢哋屋企而家仲喺度打緊離婚官司，叫我哋唔好再打去。
        澳門家屬梁小姐電郵 leongsiuman1986@outlook.com，要求寄送十一月份嘅收據同醫療報告。
        0932-584-106 這支號碼今晚打來三次詢問救護車抵達時間，請值班人員回撥。
        阿珍上個禮拜流產之後一直情緒低落，佢媽媽叫我哋星期五去瑪嘉烈醫院覆診嗰日派女護士陪同。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are BookingBot for SwiftCare MedTrans, a licensed medical transport service in Singapore. Collect pickup, destination, mobility and oxygen needs, then confirm.",
        ),
        (
            "user",
            "Hi, need ambulance to bring my father Mr Tay Boon Huat from TTSH Ward 9A back home tomorrow 11am. Home is Blk 176 Ang Mo Kio Ave 4 #07-1542. He's on 2L oxygen and can't walk after his hip fracture.",
        ),
        (
            "assistant",
            "Noted, a stretcher ambulance with oxygen at 2 L/min from TTSH Ward 9A to Blk 176 Ang Mo Kio Ave 4 #07-1542 at 11am tomorrow. May I have a contact name and number for the crew?",
        ),
        ("user", "Tay Wei Ling, 9317 6084. Lift only stops at 6th and 8th floor, hope that's ok."),
        (
            "assistant",
            "Thank you, Ms Tay. The crew will bring a stair-chair for the one floor from the lift landing. The booking reference will be sent to 9317 6084 shortly.",
        ),
    ],
    [
        (
            "user",
            "Can you help me write a polite WhatsApp to a customer's family about an unpaid bill? Patient is Mdm Sarojini d/o Ramakrishnan, 6 trips to Khoo Teck Puat Hospital for chemo, total S$1,140 outstanding since August.",
        ),
        (
            "assistant",
            "Sure. Draft: Dear family of Mdm Sarojini, we hope she is doing well with her treatment. Our records show S$1,140 outstanding for 6 trips to Khoo Teck Puat Hospital since August. Could we arrange a payment plan that suits you? Thank you.",
        ),
        ("user", "Make it shorter and don't mention chemo, her son Prakash gets upset."),
        (
            "assistant",
            "Dear Mr Prakash, a gentle reminder that S$1,140 remains outstanding for Mdm Sarojini's 6 trips since August. We are happy to arrange instalments. Thank you.",
        ),
    ],
    [
        ("system", "You help ambulance crew write handover notes. Keep them short and clinical."),
        (
            "user",
            "Bro help me write handover lah. Patient Ng Swee Choo, NRIC S5817264B, 78F, from home Blk 9 Upper Boon Keng Rd #12-301, fall at toilet, suspected NOF fracture L side, on warfarin, SpO2 94% RA, gave 2L O2.",
        ),
        (
            "assistant",
            "Handover: Ng Swee Choo, 78F, NRIC S5817264B. Fall at home (Blk 9 Upper Boon Keng Rd #12-301), suspected left neck of femur fracture. On warfarin. SpO2 94% on room air, 2 L/min O2 given en route. Pain controlled, no LOC reported.",
        ),
        ("user", "Add that daughter Ms Ng Li Ping will come later, HP 9022 7815."),
        ("assistant", "Added: NOK daughter Ms Ng Li Ping, HP 9022 7815, arriving later."),
    ],
    [
        (
            "system",
            "Anda pembantu tempahan Sinar Medik Ambulans Sdn Bhd. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Saya nak tempah ambulans untuk mak saya, Puan Halimah binti Said, No. KP 480523-03-5162, dari Hospital Raja Perempuan Zainab II ke rumah di Lot 415, Kampung Pulau Melaka, Kota Bharu. Dia kena strok dan perlu oksigen.",
        ),
        (
            "assistant",
            "Baik, tempahan untuk Puan Halimah binti Said dari HRPZ II ke Lot 415, Kampung Pulau Melaka. Berapa liter seminit oksigen yang doktor tetapkan, dan bila tarikh discaj?",
        ),
        ("user", "3 liter. Discaj Khamis ni pukul 10 pagi. Nombor saya 013-902 6645, nama Rohani."),
        (
            "assistant",
            "Terima kasih Puan Rohani. Tempahan direkodkan untuk Khamis 10 pagi dengan oksigen 3L/min. Kru akan menghubungi 013-902 6645 sejam sebelum tiba.",
        ),
    ],
    [
        ("system", "你是一家新加坡医疗护送公司的客服助理，负责跨境医疗护送咨询。"),
        (
            "user",
            "我爷爷 徐福根 在新加坡旅游时中风，现在在陈笃生医院，想安排医护人员陪同坐飞机回上海。他的身份证号是310104194809164029，我的电话是13918275046。",
        ),
        (
            "assistant",
            "收到。徐福根先生的情况需要先由主治医生出具适航证明（fit-to-fly），我们会安排一名注册护士全程陪同，并预订航空公司的担架座位或医疗氧气。",
        ),
        ("user", "费用大概多少？他还有高血压和糖尿病，需要一路吸氧。"),
        (
            "assistant",
            "新加坡飞上海的护士陪同服务一般从每天650新币起，另加护士往返机票；如需担架座位及机上氧气，航空公司另行收费。我们会把正式报价发到您的手机13918275046。",
        ),
    ],
    [
        (
            "user",
            "我媽媽 鄧玉蓮 上個月中風，下星期三由屯門醫院出院，要搬上屋企，地址係屯門 兆康苑 B座 2213室。佢 HKID 係 Y580264(6)，需要預約輪椅車。",
        ),
        (
            "assistant",
            "明白，為鄧玉蓮女士預約下星期三由屯門醫院出院返兆康苑 B座 2213室嘅輪椅客貨車。請問出院時間大約幾點？需唔需要氧氣？",
        ),
        ("user", "大約下晝兩點，唔使氧氣。有咩問題打我 9481 3306，我叫 Kelvin。"),
        (
            "assistant",
            "好的 Kelvin，已記錄下星期三下晝兩點出車，司機會提前半小時致電 9481 3306 確認。",
        ),
    ],
    [
        (
            "system",
            "You are an ops assistant for a private ambulance dispatcher. Summarise raw logs for the shift supervisor.",
        ),
        (
            "user",
            "Summarise: 01:12 call from 8253 6691, male 70s breathless, Blk 302 Jurong East St 32 #10-455; 01:15 advised 995, caller refused, wants private; 01:31 AMB-05 dispatched; 01:58 on scene, SpO2 82%, diverted to NTFGH A&E; 02:20 handover done.",
        ),
        (
            "assistant",
            "Summary: At 01:12 a caller on 8253 6691 reported a breathless man in his 70s at Blk 302 Jurong East St 32 #10-455. The caller declined SCDF 995 and requested private transport. AMB-05 arrived 01:58, found SpO2 82% and took him to Ng Teng Fong General Hospital A&E; handover completed 02:20.",
        ),
        ("user", "Flag it for review, we should've escalated to 995 ourselves."),
        (
            "assistant",
            "Flagged for clinical review: patient with SpO2 82% was transported privately after the caller declined 995; recommend reviewing the escalation policy for critical cases.",
        ),
    ],
    [
        (
            "system",
            "Customer record loaded: name=Siti Aishah binti Kamarudin; phone=+60 12-558 0971; address=B-12-3 Pangsapuri Seri Mas, Jalan Kuchai Lama, 58200 KL; condition=COPD on home O2; next_trip=JOB-KL-88519.",
        ),
        ("user", "Hi, nak check my booking for Friday, saya punya next trip pukul berapa ah?"),
        (
            "assistant",
            "Hi Puan Siti Aishah, your next trip JOB-KL-88519 is on Friday, pickup from B-12-3 Pangsapuri Seri Mas, Jalan Kuchai Lama at 8.00 am to Hospital Kuala Lumpur. We will bring oxygen for your COPD as usual.",
        ),
        (
            "user",
            "Ok boleh, tapi tukar pickup ke rumah anak saya di Bangsar, nanti dia WhatsApp alamat.",
        ),
        (
            "assistant",
            "Noted, kami akan tunggu alamat baru dari anak puan. The crew will call +60 12-558 0971 on Friday morning to confirm.",
        ),
    ],
    [
        (
            "user",
            "I want to complain. Your crew dropped my mother Mrs Kwan Lai Ping while moving her from the stretcher at her flat yesterday, she now has bruising on her left arm and hip. Trip ref TRP-261112-0078.",
        ),
        (
            "assistant",
            "I'm very sorry to hear about Mrs Kwan. I can help you write a formal complaint. Could you share what happened, whether she was seen by a doctor, and what outcome you are seeking?",
        ),
        (
            "user",
            "GP saw her, no fracture. I want a full refund of S$180 to my OCBC account 601-238874-001, name Kwan Chee Meng, and an apology.",
        ),
        (
            "assistant",
            "Draft: Re TRP-261112-0078. On 12 Nov your crew dropped my mother, Mrs Kwan Lai Ping, during transfer, causing bruising to her left arm and hip, confirmed by her GP. I request a full refund of S$180 to OCBC 601-238874-001 (Kwan Chee Meng) and a written apology.",
        ),
    ],
    [
        ("system", "你是台灣一家民間救護車公司的線上客服，使用繁體中文回答。"),
        (
            "user",
            "我爸爸 劉俊雄 罹患漸凍症（ALS），要從台中榮總出院回家，住台中市北屯區崇德路二段 415巷 7號。需要呼吸器跟抽痰設備。",
        ),
        (
            "assistant",
            "了解，劉先生需要配備呼吸器及抽痰設備的救護車，並由護理人員隨行。請問出院日期與時間，以及聯絡人電話？",
        ),
        (
            "user",
            "下週一早上十點，聯絡我 0915-337-208，我叫劉怡君。他的身分證字號是 B120946376，醫院說要填。",
        ),
        (
            "assistant",
            "已記錄：下週一上午十點由台中榮總接送劉俊雄先生返回北屯區住處，聯絡人劉怡君 0915-337-208。身分證資料將僅用於醫院出院轉送單。",
        ),
    ],
]
