# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en265: SG/MY fire safety contractors and fire extinguisher servicing firms (fire certificate inspections, fire drills, false alarm call-outs, servicing tags, SCDF and Bomba notices). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en265
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "building_notices"): _lines("""
        NOTICE: The annual Fire Certificate for this building expires on 31 Mar 2027. Renewal inspection by the Registered Inspector is scheduled for 18 Feb 2027, 9.30am to 5pm.
        Under the Fire Safety Act 1993, no person shall obstruct any exit staircase. Bicycles and storage boxes found at the landings will be removed by the MCST without further notice.
        SCDF reminder: in case of fire call 995. For non-emergency ambulance call 1777. Do not use the lifts during a fire; use the nearest protected staircase.
        Fire drill for Tower B tenants will take place on Wednesday 14 Jan 2027 at 3pm. The alarm will sound for about 10 minutes. Assembly area: open car park beside Block 12.
        The Fire Safety Manager's office is at Level 2 Management Office, Tel 6734 2210 (Mon to Fri, 9am to 6pm). Please report faulty exit signs and blocked fire doors there.
        Hot works permit (Form HW-01) must be approved by the FSM at least 24 hours before any welding, grinding or cutting work is carried out inside the premises.
        SCDF Fire Code clause 10.2: portable fire extinguishers shall be serviced at intervals not exceeding 12 months and tagged with the date of the next servicing.
        Minister for Home Affairs K Shanmugam told the SCDF Workplan Seminar that myResponder volunteers reached more cardiac arrest cases in 2025 than in any year before.
        Sprinkler shutdown: Level 5 to 8 sprinklers will be isolated from 10pm 22 Nov to 6am 23 Nov for valve replacement. A fire watch will patrol the floors every 30 minutes.
        Applications for Fire Certificate renewal are made online through GoBusiness Licensing, together with the Registered Inspector's report and the FSM appointment letter.
        Fire engine access road must be kept clear at all times. Vehicles parked on the yellow zig-zag lines at 1 Jurong West Central 2 will be clamped by the management.
        Company Emergency Response Team (CERT) refresher is due for 6 members. Please book a slot at the Civil Defence Academy, 101 Jalan Bahar, Singapore 649734.
        Charging of personal mobility devices along common corridors is prohibited. Batteries that are swollen or hot must not be charged; call 995 if you see smoke.
    """),
    ("en", "servicing_price_list"): _lines("""
        ABC dry powder 9kg extinguisher (PSB/SIRIM approved): servicing S$18.00 per unit, refill S$35.00, new unit S$88.00. Prices exclude GST 9%.
        CO2 5kg extinguisher hydrostatic test (every 5 years): S$45.00 per cylinder, collection and return within 7 working days, island-wide.
        Fire hose reel servicing (30m x 19mm): S$25.00 per reel; replacement jet/spray nozzle S$38.00; replacement hose S$210.00 including labour.
        Kidde Pro 210 ABC 2.3kg, SKU KID-PRO210-ABC, RM 145.00 each, minimum order 6 units, free delivery within the Klang Valley.
        Annual maintenance contract for fire alarm panel up to 8 zones: S$960 per year, 4 quarterly visits, after-hours call-out at S$120 per trip.
        Maintained LED exit sign with 3-hour battery, supply and install: RM 165.00 each. Twin-spot emergency light: RM 120.00 each. Battery only: RM 48.00.
        Fire blanket 1.2m x 1.8m (EN 1869): S$32.00; wet chemical extinguisher 6L for kitchens: S$185.00; Ansul R-102 hood system inspection: quote on request.
        Servicing tag replacement only (lost or torn tag): S$3.00 per tag. Tags are issued only after the unit passes the weighing and pressure check.
        Fire Certificate inspection by Registered Inspector, factory up to 5,000 sqm: from S$850; above 5,000 sqm add S$0.20 per sqm. Rectification works quoted separately.
        Shophouse package: 2 x ABC 4kg + annual servicing + tagging = RM 260. Home package: 1 x ABC 2kg + fire blanket = RM 130 (Penang island only).
        Fire drill facilitation with debrief report (up to 300 occupants): S$450; floor-by-floor evacuation timing and photos for the FSM file: add S$80.
        Disposal of condemned extinguishers: RM 10.00 per unit, cylinder cut and certificate of disposal issued. Old halon units: quote on request.
        Quotation QTN-2026-0418 valid 30 days. Terms: 50% deposit, balance upon completion. PayNow UEN 201734512K (Redline Fire Protection Pte Ltd).
    """),
    ("en", "staff_group_chat"): _lines("""
        Team, Westgate job tomorrow 8am, bring 20 new tags and the weighing scale. Loading bay B at 3 Gateway Drive, report to the security counter first.
        FYI the panel at the Toa Payoh hawker centre gave another false alarm at 2.14am, zone 3 near stall row C. Wok smoke, not a fault. Will recommend a heat detector swap.
        Reminder: all technicians must scan the QR on each extinguisher before sticking the new tag, otherwise the app won't generate the service report for the client.
        Boss says no OT claims this Sat unless pre-approved. Jurong Island permit-to-work still pending, so the refinery job shifted to next Tues.
        Stock check: left 14 units ABC 9kg, 6 units CO2 5kg, 2 boxes of tags (serial 26-00401 to 26-00600). Pls raise the PO before Fri.
        Client at Sunway Pyramid wants the fire drill report in PDF, not Word. Use template v3.2 on the shared drive, folder Drills/2026.
        Bomba officer came for the Shah Alam factory inspection, pass with minor comments: 2 hose reels need new drums, 1 exit sign faulty. Rectify within 14 days.
        Who took the hydrotest pump? It's not in the Ubi store. Need it for the CO2 batch from the condo job tomorrow morning.
        Don't use the old tag design ah, the auditor flagged it last month. Must show next due date, gross weight and our licence no. Use the 2026 print only.
        Office hotline 6842 0995 will divert to the duty phone after 6pm this week because of the office aircon servicing. Pls inform all clients.
        Just closed the alarm call-out at Bukit Batok industrial park, cause was a spider inside the smoke detector lol. Panel reset 11.42pm, logged in the app already.
        Pls remind all site supervisors: toolbox talk on working at height every Monday 7.45am before going out. Scan the attendance sheet and upload by 9am.
        Invoice INV-26-11873 for the Ipoh hotel already sent, they want to pay by cheque. Collect when we go back for the quarterly alarm test in Jan.
    """),
    ("en", "config_and_code"): _lines("""
        extinguisher_service_interval_months = 12  # SS 578 default; override per site in sites.yaml if the client contract says 6
        SELECT tag_no, unit_type, last_service, next_due FROM extinguisher WHERE next_due < CURRENT_DATE + 30 ORDER BY site_id;
        tag_no,site_code,unit_type,capacity_kg,serviced_on,next_due,pressure_bar,result
        FE-26-004417,SGP-WG-03,ABC_DRY_POWDER,9.0,2026-11-12,2027-11-12,14.2,PASS
        alarm_panel: {model: "Notifier NFS2-3030", zones: 24, monitoring_link: "ALS-DIGITAL", poll_interval_s: 30}
        def is_overdue(last_service: date, today: date) -> bool: return (today - last_service).days > 365
        SMTP_FROM="noreply@redlinefire.com.sg"  # service report e-mails; replies go to ops@redlinefire.com.sg
        git commit -m "fix: false alarm counter now resets at midnight SGT (UTC+8), closes #214"
        LOG_LEVEL=INFO BOMBA_API_BASE=https://api.example.my/bomba/v1 TIMEOUT=15 RETRY=3 TAG_PREFIX=MY26
        sha256(report_2026-11_WG.pdf) = 3f9a1c7e0b4d55e2a8c61f09d7b2e4a1c0f8e6d3b9a7c5e1f2d4b6a8c0e2f4a6
        {"event":"FALSE_ALARM","panel_id":"PNL-0087","zone":3,"ts":"2026-11-30T02:14:09+08:00","ack_by":"duty_tech"}
        App version 4.8.1 (build 20261203): added Bomba tag template MY-2026, fixed crash when scanning a damaged QR on CO2 cylinders.
        cron: 0 7 * * 1 python3 send_due_reminders.py --region MY --days-ahead 45 --dry-run
    """),
    ("ms", "notis_bomba"): _lines("""
        NOTIS: Latihan kebakaran akan diadakan pada 20 Januari 2027, jam 10 pagi. Semua penghuni diminta berkumpul di tempat berhimpun di padang letak kereta.
        Perakuan Bomba bagi premis ini akan tamat tempoh pada 30 Jun 2027. Permohonan pembaharuan hendaklah dikemukakan sekurang-kurangnya 2 bulan sebelum tarikh tamat.
        Di bawah Akta Perkhidmatan Bomba 1988 (Akta 341), kegagalan mendapatkan Perakuan Bomba bagi premis yang ditetapkan adalah satu kesalahan.
        Alat pemadam api mesti diservis setiap 12 bulan oleh syarikat berlesen. Sila pastikan label servis menunjukkan tarikh servis dan tarikh servis berikutnya.
        Talian kecemasan: 999 (atau 112 dari telefon bimbit). Balai Bomba dan Penyelamat terdekat: BBP Jalan Hang Tuah, Kuala Lumpur.
        Jabatan Bomba dan Penyelamat Malaysia (JBPM) mengingatkan orang ramai supaya tidak melakukan pembakaran terbuka semasa musim kemarau.
        Jangan halang laluan keluar kecemasan dan pintu rintangan api. Barang yang diletakkan di tangga akan dialihkan oleh pihak pengurusan tanpa notis.
        Penggera palsu: Pihak pengurusan akan mengenakan caj RM 200 kepada unit yang menyebabkan penggera palsu berulang akibat memasak atau merokok di koridor.
        Harga servis tahunan: alat pemadam ABC 9kg RM 25 seunit, isi semula RM 55, ujian hidrostatik RM 40. Harga belum termasuk SST 8%.
        Menteri Pembangunan Kerajaan Tempatan, Nga Kor Ming, menyerahkan jentera bomba baharu kepada pasukan bomba sukarela di beberapa daerah di Sabah.
        Pemeriksaan sistem pili bomba dan gegelung hos akan dijalankan minggu hadapan. Bekalan air mungkin terganggu antara 9 pagi hingga 12 tengah hari.
        Syarikat Pemadam Api Jaya Sdn. Bhd. (No. Syarikat 201901034567 (1345678-K)), kontraktor berdaftar. Hubungi 03-5191 2240 untuk sebut harga.
        Kursus Pasukan Tindakan Kecemasan bagi pekerja kilang akan diadakan di Akademi Bomba dan Penyelamat Malaysia, Kuala Kubu Bharu, selama 3 hari.
    """),
    ("zh-Hans", "消防维保公告"): _lines("""
        【通知】本大厦消防系统年度检测将于2027年1月15日（星期五）上午9时至下午5时进行，期间火警警铃可能会短暂鸣响，请勿惊慌。
        新加坡民防部队（SCDF）提醒：如发生火灾请拨打995，非紧急救护车请拨打1777。切勿乘搭电梯逃生，请使用最近的防火楼梯。
        根据消防规定，手提灭火器每年须由合格人员保养一次，保养后会贴上新的服务标签，标签上注明保养日期、下次到期日、总重量及公司执照号码。
        价目表：ABC干粉灭火器9公斤保养每支新币18元，充填每支新币35元，消防喉卷保养每卷新币25元，以上价格另加9%消费税，全岛上门服务。
        马来西亚消防与拯救局的消防证书（Perakuan Bomba）须每年更新，指定场所逾期未更新可能被检控，请提前两个月申请。
        历史回顾：1961年5月河水山大火烧毁了大片亚答屋，约一万六千人一夜之间无家可归，此后新成立的建屋发展局加快了组屋的建设。
        走火演习将于下周三下午3时举行，历时约20分钟。警铃响起后请沿最近的防火楼梯撤离，到一楼露天停车场集合点向各楼层消防员报到点名。
        误报警处理记录：11月30日凌晨2时14分，第3区烟感探测器因熟食中心厨房油烟触发，值班技术员已复位主机，并建议业主改装感温探测器。
        客服热线：+65 6842 0995（周一至周五 9:00-18:00），电邮：service@redlinefire.com.sg，公司WhatsApp：+65 8123 0995。
        动火作业（电焊、切割、打磨）须提前24小时向消防安全经理申请许可证，作业现场须配备灭火器及防火毯，并在完工后留守观察30分钟。
        订单号 SO-2026-11-0832：CO2 5公斤灭火器 ×12，水压测试及充填，预计12月10日交货，运费已含，发票号 INV-26-11901 随货附上。
        温馨提示：请勿在组屋走廊为个人代步工具充电，近年多起组屋火灾与锂电池起火有关，发现冒烟或焦味请立即离开并拨打995报警。
        动画片《消防员山姆》（Fireman Sam）是许多孩子认识消防的启蒙，本周末商场消防嘉年华将免费播放特别篇，并有灭火器操作示范。
    """),
    ("zh-Hant", "消防設備常見問題"): _lines("""
        問：滅火筒多久要保養一次？答：一般建議每12個月由註冊承辦商檢查一次，檢查合格後會在筒身貼上新的保養標籤，註明下次到期日。
        問：香港的消防裝置及設備證書（FS 251）由誰發出？答：由註冊消防裝置承辦商在完成年度檢查後發出，並須於14日內送交消防處。
        問：火警鐘誤鳴怎麼辦？答：請先確認現場無火，然後聯絡管理處或本公司24小時熱線，切勿自行拆除探測器。重複誤報可能被收取費用。
        問：二氧化碳滅火筒可以撲滅油鍋火嗎？答：不建議，二氧化碳會把熱油吹散，廚房油鍋火應先關火，再使用濕式化學滅火筒或防火氈。
        台灣內政部消防署提醒：遇到火災請撥打119，住宅應安裝住宅用火災警報器，並每月按測試鈕檢查一次，警報器約每十年更換一顆。
        問：門市在哪裡？答：本公司吉隆坡門市位於蘇丹街（Jalan Sultan）88號地下，週一至週六上午9時至下午6時營業。
        問：保養標籤撕掉了還有效嗎？答：標籤遺失需重新檢查及補發，每張補發費用馬幣5元，保養紀錄仍可憑滅火筒編號在網上系統中查詢。
        問：消防演習多久做一次？答：新加坡設有消防安全經理的場所一般每年至少兩次，馬來西亞則依消防局已批准的緊急應變計劃定期執行。
        問：乾粉滅火筒壓力錶指針在紅區代表甚麼？答：代表壓力不足，需要送回維修中心重新充填，在此之前請勿繼續使用，亦不要放回原來的掛架上。
        歷史資料：1972年11月新加坡萊佛士坊羅敏申百貨公司大火造成九人死亡，事後當局全面修訂了商業大廈的消防及逃生通道規定。
        問：如何核對承辦商資格？答：可在消防處網站查閱註冊消防裝置承辦商名單，並按承辦商類別確認其可承接的消防裝置工程，例如花灑系統。
        訂單編號 HK-FE-26-0913：6公斤乾粉滅火筒 × 20支，含安裝掛架及保養標籤，發票將於交貨後以電郵寄出，付款期限30天。
        問：住宅需要安裝煙霧偵測器嗎？答：新加坡自2018年起新建住宅須安裝住宅火警警報器，香港則由消防處建議住戶自行購買及安裝。
    """),
    ("mixed", "dispatch_log_lines"): _lines("""
        [2026-11-30 02:14:09 SGT] PNL-0087 ZONE 03 FIRE ALARM relayed by ALS to SCDF ops centre; cause: wok smoke, 误报 confirmed 02:31
        2026-12-01 09:02 | JOB-MY-5512 | Servis alat pemadam api 24 unit @ kilang Seksyen 15 Shah Alam | status: SELESAI | tag 26-01101 to 26-01124
        call-out #CO-8841 dispatch 23:05, arrived 23:41, penggera palsu sebab habuk dalam detector zone 5, panel reset, 客户已签收
        WARN 2026-12-02T10:15:33+08:00 tag_printer offline at Ubi store, fallback to manual tag, jangan lupa upload gambar later
        INFO fire_drill_report generated: site=KL-T2 occupants=1240 evac_time=6m42s status=PASS 已发送给FSM办公室
        Bomba inspection 03/12 @ Seremban hotel: hos reel 2 unit tak cukup tekanan, exit sign L3 rosak, kena rectify dalam 14 hari ok
        ERROR sync_failed job=JOB-SG-7730 reason=timeout retry=3/3, 服务报告未上传，请手动上传到 client portal
        2026-12-04 14:20 stock_out ABC9KG x10, CO2-5KG x4 from Gudang Klang to lorry run #LR-118, 备注: for petrol station batch
        false_alarm_count site=JP-01 month=2026-11 total=7 (heat det x2, smoke det x4, MCP x1) > threshold 5, escalate ke client FSM
        [MY] 2026-12-05 08:30 Perakuan Bomba renewal submitted, ref JBPM/PB/2026/00451, 预计两周后现场检查
        DEBUG qr_scan unit=FE-26-004417 weight_ok=true pressure=14.2bar seal=intact pin=present result=PASS label printed
        job closed: hydrotest CO2 batch 12 tong, 2 gagal ujian (condemned), 10 lulus, 证书号 HT-26-0392
        ops-bot: reminder 明天 8am Northpoint tagging, bawa 20 tag baru + weighing scale, report security counter dulu
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Call-out log 14/11: false alarm at Blk 456 Hougang Ave 10 #08-112, resident Mr Lim Boon Keat (9127 4480) was frying ikan bilis, detector in kitchen.
        Tenant contact for the Fire Certificate inspection: Ms Priya Nair, mobile +65 8734 2291, email priya.nair88@gmail.com
        Pls don't roster Rahman for height work this month, he told me he's on medication for his epilepsy and the doc said no ladders.
        Site supervisor Jason Teo still owes the company S$2,400 from the cash advance in Sept, HR will deduct it from his Dec salary.
        NRIC S8824731F for the Jurong Island pass application, technician trainee, start date 5 Jan.
        Complaint: Mdm Goh Siew Lan of 21 Jalan Kechubong, Singapore 478392 says our tech scratched her parquet floor while servicing the hose reel.
        emp_id,name,nric,mobile,cert_expiry / T0117,Muthu Krishnan s/o Ramasamy,S7612398J,91835520,2027-03-31
        Aunty at Blk 22 level 5 asked us not to sound the bell too long during the drill, her husband Mr Ong just had a stroke and is bedridden.
        Technician Wei Jie's Nov pay: basic S$2,650 + OT S$418.50 + site allowance S$200, CPF employee S$653.70, net S$2,614.80.
        Refund of deposit by bank transfer: DBS 029-456781-3, account name Tan Hui Min, amount S$350.00, ref QTN-2026-0418.
        FIN G5532871N (Md Hasan Ali) injured his left hand while refilling CO2, sent to Ng Teng Fong hospital, MOM incident report to be filed.
        Fire drill absentees: Nur Aisyah binti Kamal (maternity leave, 7 months pregnant), Kelvin Chua (MC, dengue).
        WhatsApp from homeowner: Hi this is Derek, 9665 0213, my HFAD keeps chirping at 3am, can your guy come Sat morning?
        Ex-staff Alvin Soh was arrested last week over the extinguisher theft at the Tuas warehouse, police report no. F/20261128/5521.
        Mr Raymond Yeo (FSM at the Bedok warehouse) is going through a divorce and asked that all calls go to his office line, not his home.
        Parking claim: tech used own car SKQ 3382 M for the Changi job on 2 Dec, S$24 parking plus mileage 46 km.
    """),
    "zh-Hans": _lines("""
        陈先生（手机 +65 9338 1276）住在盛港西大道218座#12-345，反映家里火警探测器半夜误报了三次。
        林太说她先生上个月中风住院，消防演习那天家里没人能扶他走楼梯，请安排人员上门协助。
        员工资料：王志强，身份证号 440304198905123418，手机 138 2745 9981，拟派驻新加坡工地。
        阿明这个月又向公司预支了两千块，说是要还信用卡欠款，老板叫财务从他下个月工资里分两期扣。
        技术员黄建华这次体检结果显示有高血压和糖尿病，医生建议休息，公司暂停安排他做高空作业。
        客户投诉：刘美玲女士，电邮 meiling.liu@163.com，称我司技术员在她家更换灭火器时态度恶劣。
        退款账户：中国工商银行 6222 0210 0112 3345 678，户名张丽，金额人民币1,200元。
        新员工蔡伟杰工作准证号码 G7713462R 已获批，住在宏茂桥3道308座#05-1122，下周一开工。
        维保组的老周昨天被警察带走了，听说是在裕廊工地偷拿铜线，这事千万别在客户面前讲。
    """),
    "zh-Hant": _lines("""
        香港分公司新同事李詠詩，身份證 K612345(3)，電話 9234 5678，下月開始負責FS 251證書文件。
        台中客戶吳俊賢，身分證字號 F128475916，手機 0912-345-678，預約週六安裝住警器三顆。
        何太話佢個仔有哮喘，下星期保養滅火筒嗰日唔好喺屋企試噴乾粉，驚啲粉塵會令佢哮喘發作。
        個人客戶陳志明欠公司滅火筒貨款港幣8,600元已逾期三個月，法律部準備發律師信追討。
        上門檢查地址：新界沙田禾輋邨豐和樓12樓1208室，聯絡人鄧小姐，電話 6123 4789。
        維修部員工張家豪因抑鬱症請了三個月長病假，人事部請各位同事勿在群組內討論他的病情。
        匯款資料：中國信託 帳號 901-54-012345-6，戶名許雅婷，用於退還台中住警器安裝訂金。
    """),
    "ms": _lines("""
        Encik Azman bin Yusof, No. KP 780415-10-5523, tel 012-338 4471, pemilik kedai runcit di Klang, minta servis 3 unit alat pemadam api.
        Pn. Rosnah (019-776 2041) mengadu penggera rumahnya berbunyi setiap malam, alamat No. 14, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam.
        Juruteknik kita Faizal tak datang kerja 3 hari sebab isteri dia bersalin di Hospital Tengku Ampuan Rahimah, tolong luluskan cuti.
        Hutang Encik Ravi Chandran kepada syarikat RM 4,750 untuk kerja pemasangan gegelung hos di rumahnya masih belum dijelaskan sejak Mac.
        Akaun bank untuk bayaran balik: Maybank 1640 2211 8890, nama Nurul Huda binti Ismail, jumlah RM 180.00.
        Kak Yati kat pejabat baru disahkan ada kanser payudara tahap 2, jangan bising-bising dalam group ni ya.
        MyKad 920823-14-6017 (Lee Wei Ming), permohonan pas keselamatan untuk masuk tapak loji di Kerteh, juruteknik baharu.
        No. plat kereta juruteknik yang parking dalam zon bomba semalam: WXY 8824, pengurusan bangunan dah saman RM 100.
        Gaji November Muhammad Hafiz bin Osman: gaji pokok RM 2,300, elaun tapak RM 300, potongan KWSP RM 286.00.
        E-mel pelanggan: siti.khadijah92@yahoo.com, rumah dia di Bandar Baru Bangi, nak pasang alat pengesan asap di bilik anak.
    """),
    "mixed": _lines("""
        Boss, Ah Seng 今天又没来, his wife say he kena denggi, warded at Hospital Selayang, so the Rawang job kena tunda.
        Uncle Tan (HP 016-423 8810) 那间 shophouse at 27 Jalan Bunga Raya Melaka nak servis 2 tong, tapi last year punya RM 90 dia belum bayar.
        Pls update record: Nadia Abdullah NRIC S9234871C, new HP 8190 2274, moved to Blk 601 Jurong West St 65 #09-210 lah.
        2026-12-03,CO-8856,Blk 115 Bedok North Rd #04-1201,Mdm Lee,9002 3346,false alarm 烟感 kitchen,resolved
        那个 Kumar from the Klang warehouse 说他 divorce 了, now staying with his sister, payslip pls send to kumar.velu77@gmail.com.
        Photo IMG_20261202_1433.jpg shows Mr Chong's IC 850612-08-5541 beside the servicing tag, pls blur before sending to client.
        Minah 的 salary advance RM 800 belum potong lagi, she said anak dia masuk hospital minggu lepas, ask HR bagi dia sampai Jan.
        Customer 黄小姐 (WhatsApp +60 12-907 3318) 说 her condo unit at Mont Kiara 漏水 damaged the smoke detector, minta claim insurance.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the customer service assistant for Redline Fire Protection Pte Ltd, a Singapore fire extinguisher servicing company. Be brief and polite.",
        ),
        (
            "user",
            "Hi, I need to reschedule the extinguisher servicing at my flat. Name is Gabriel Lau, 9281 0457, Blk 238 Compassvale Walk #11-402. Can do Sat morning?",
        ),
        (
            "assistant",
            "Thanks Mr Lau. I can offer Saturday 13 Dec between 9am and 12pm at Blk 238 Compassvale Walk #11-402. Our technician will call 9281 0457 about 30 minutes before arriving. Shall I confirm?",
        ),
        ("user", "Yes confirm. Also my old tag says next due Nov 2026, is that a problem?"),
        (
            "assistant",
            "Not a problem. The unit is only one month past due; the technician will weigh it, check the pressure and put a new tag with next due date Dec 2027.",
        ),
    ],
    [
        (
            "system",
            "Anda ialah pembantu AI untuk syarikat kontraktor keselamatan kebakaran di Selangor.",
        ),
        (
            "user",
            "Tolong tulis surat rayuan kepada Bomba pasal kompaun penggera palsu. Saya Haslinda binti Rahim, KP 840917-06-5238, pengurus bangunan Menara Seri Intan, tel 013-665 2209.",
        ),
        (
            "assistant",
            "Baik. Berikut draf ringkas: Tuan, saya Haslinda binti Rahim (No. KP 840917-06-5238), pengurus bangunan, ingin merayu pengurangan kompaun penggera palsu bertarikh 2 Disember 2026. Punca telah dikenal pasti sebagai pengesan asap rosak di tingkat 7 dan telah diganti. Sekian, terima kasih.",
        ),
        (
            "user",
            "Tambah ayat yang kami dah lantik kontraktor baru untuk servis panel setiap suku tahun.",
        ),
        (
            "assistant",
            "Ayat tambahan: Pihak pengurusan juga telah melantik kontraktor berdaftar baharu untuk menyelenggara panel penggera kebakaran setiap suku tahun bermula Januari 2027.",
        ),
    ],
    [
        (
            "system",
            "你是新加坡一家消防维保公司的排班助手。今日值班名单：技术员郑伟明 手机 9012 7788；技术员苏家乐 手机 8345 6621。",
        ),
        ("user", "帮我写一条WhatsApp提醒，告诉今晚值班的同事如有误报警要在30分钟内到场。"),
        (
            "assistant",
            "提醒：今晚值班同事郑伟明（9012 7788）、苏家乐（8345 6621），如接到误报警通知，请于30分钟内到场，复位主机后在App内记录原因并拍照上传。辛苦了！",
        ),
        ("user", "再加一句：收工前把灭火器库存数量报给仓库。"),
    ],
    [
        (
            "user",
            "我喺香港住，大廈管理處話我單位嘅滅火筒要換。我叫梁振輝，住荃灣麗城花園3期12座18樓C室，電話 9876 1234，應該搵邊類承辦商？",
        ),
        (
            "assistant",
            "梁先生你好，家用手提滅火筒唔需要FS 251證書，可以向有信譽嘅消防器材供應商購買並要求提供保養服務。如果係大廈消防系統，就要由註冊消防裝置承辦商處理。",
        ),
        ("user", "咁我可唔可以叫佢哋直接上門？"),
        (
            "assistant",
            "可以，約時間時提供地址（荃灣麗城花園3期12座18樓C室）同電話就得，記住要求對方貼上保養標籤同開收據。",
        ),
    ],
    [
        (
            "system",
            "You help the ops manager of a Malaysian fire safety contractor write HR notes.",
        ),
        (
            "user",
            "Eh help me write a note. Our tech Ganesh Pillai always MC one, last month 6 days, he say got gout problem. Can I ask him bring specialist letter?",
        ),
        (
            "assistant",
            "You can request medical evidence for prolonged sick leave. Draft: Dear Ganesh, as you have taken 6 days of medical leave in November for your gout condition, please provide a letter from your treating specialist so that we can plan suitable duties for you.",
        ),
        ("user", "Ok good, add also dia kena avoid ladder work until doctor clear."),
        (
            "assistant",
            "Added: Until your doctor clears you, you will be assigned ground-level servicing only and will not do ladder or height work.",
        ),
    ],
    [
        ("system", "You format certificate expiry reports for a Singapore fire safety company."),
        (
            "user",
            "Sort by expiry please: T0121,Lim Jia Hui,S9345120B,2027-01-15 / T0122,Kannan s/o Subramaniam,S8011467G,2026-12-20 / T0125,Chloe Ho,T0234981E,2027-06-30",
        ),
        (
            "assistant",
            "Sorted by cert expiry: 1) T0122 Kannan s/o Subramaniam, S8011467G, 2026-12-20 (due this month). 2) T0121 Lim Jia Hui, S9345120B, 2027-01-15. 3) T0125 Chloe Ho, T0234981E, 2027-06-30.",
        ),
        ("user", "Thanks, can you flag who needs renewal within 60 days?"),
        (
            "assistant",
            "Within 60 days: Kannan s/o Subramaniam (2026-12-20) and Lim Jia Hui (2027-01-15).",
        ),
    ],
    [
        (
            "system",
            "You are a complaints assistant. Summarise complaints from the service log for the manager.",
        ),
        ("user", "Summarise the complaint from yesterday's log, ticket CMP-2212."),
        (
            "assistant",
            "Ticket CMP-2212: Mrs Angela Fernandez (HP 9477 3102, 15 Lorong Marzuki, Singapore 416789) complained that the technician left powder residue on her sofa after a test discharge and wants S$180 for cleaning.",
        ),
        ("user", "Draft a reply offering to pay half."),
        (
            "assistant",
            "Dear Mrs Fernandez, we apologise for the powder residue left after our visit. As a goodwill gesture we will reimburse S$90 of the cleaning cost upon receipt of the invoice.",
        ),
    ],
    [
        (
            "user",
            "Saya nak buat potongan gaji untuk pekerja saya Shahrul Nizam bin Zakaria sebab dia rosakkan mesin ujian hidrostatik, kos RM 1,500. Boleh ke potong terus sebulan?",
        ),
        (
            "assistant",
            "Di bawah Akta Kerja 1955, potongan gaji atas kerosakan perlu mematuhi syarat tertentu dan persetujuan pekerja. Lebih selamat jika potongan dibuat secara ansuran dengan persetujuan bertulis.",
        ),
        (
            "user",
            "Ok, Shahrul setuju RM 250 sebulan. Gaji dia RM 2,200. Tolong tulis surat persetujuan.",
        ),
        (
            "assistant",
            "Draf: Saya, Shahrul Nizam bin Zakaria, bersetuju potongan RM 250 sebulan daripada gaji saya sebanyak RM 2,200 selama 6 bulan bagi kos membaiki mesin ujian hidrostatik syarikat.",
        ),
    ],
    [
        ("system", "你是马来西亚一家消防器材公司的行政助理AI。"),
        (
            "user",
            "帮我写一封警告信给员工罗国豪，身份证 880304-07-5129，他上周三在槟城客户工厂值班时睡觉，被客户投诉。",
        ),
        (
            "assistant",
            "警告信草稿：致罗国豪（身份证 880304-07-5129）：本公司接获客户投诉，指您于上周三在槟城客户工厂值班期间睡觉。此行为违反公司规定，现予以书面警告，如再犯将作进一步纪律处分。",
        ),
        ("user", "语气可以缓和一点吗？"),
    ],
    [
        (
            "system",
            "You help a fire safety manager in Singapore write fire drill incident reports.",
        ),
        (
            "user",
            "During today's drill an occupant fainted at the staircase, Ms Fiona Lim from unit #06-03, she told us later she is 5 months pregnant and skipped lunch. Pls draft the incident section.",
        ),
        (
            "assistant",
            "Incident: At 3.08pm during the evacuation, Ms Fiona Lim (unit #06-03), who is 5 months pregnant, felt faint at the Level 4 staircase landing. CERT members assisted her to sit, provided water and monitored her until she recovered at 3.20pm. She declined an ambulance.",
        ),
        ("user", "Add a recommendation for next drill."),
        (
            "assistant",
            "Recommendation: Before each drill, invite occupants who are pregnant or have medical conditions to register with the FSM so that a buddy can be assigned and a lift-free slower route can be planned.",
        ),
    ],
]
