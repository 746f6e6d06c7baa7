# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en274: SG/MY security guard companies and condo guardhouses (guard rosters, visitor logs, incident reports, PLRD licences, overtime pay, resident complaints). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en274
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "guardhouse_notices"): _lines("""
        NOTICE: With effect from 1 March 2026, contractors must register via the QR code at the guardhouse. Physical NRIC exchange is no longer practised in line with PDPC advisory guidelines.
        Dear Residents, the main gate boom barrier on the Jalan Kayu side will be serviced on Sat 14 Feb, 9am-1pm. Please use the side gate. Thank you for your understanding. - MCST 3821 Management
        Lost & found: one Samsonite luggage tag, one EZ-Link card and a kid's water bottle (Paw Patrol, Chase design) handed in at guardhouse. Claim with proof at management office, Mon-Fri 9am-5pm.
        Food delivery riders (GrabFood, foodpanda, Deliveroo) are NOT allowed beyond the drop-off point at Tower 2 lobby. Residents please come down to collect; security officers will not deliver to units.
        Security hotline 24h: 6749 2210 (guardhouse) / WhatsApp 8012 6633 (Managing Agent, office hours only). For emergencies call 995 (SCDF) or 999 (Police) first.
        Reminder: visitor car parking is limited to 2 hours between 7pm and 7am. Overstaying vehicles will be wheel-clamped; release fee $100 payable by PayNow to UEN 202014573D.
        Renovation works are permitted Mon-Fri 9.00am to 5.00pm and Sat 9.00am to 12.00pm only. No hacking on Sundays and Public Holidays. Workers must sign in at the guardhouse daily.
        CNY 2026: guardhouse will be manned by 2 officers round the clock from 16 to 18 Feb. Management office closed; for lift breakdown please call the Fujitec hotline 6747 8855.
        Please be informed that our security contractor will change from Prime Guard Services Pte Ltd to Kota Shield Security Pte Ltd (UEN 201733391W) with effect from 1 April 2026.
        Fire drill on Wed 22 Apr at 10.30am. When the alarm sounds, proceed to the assembly area at the tennis court. Fire wardens and security officers in orange vests will guide you.
        Ang Mo Kio Police Division advisory: scams using fake parcel delivery SMS are on the rise. Never click unknown links; check with the ScamShield Helpline 1799 before acting.
        Gentle reminder: please do not leave shoes, bicycles or potted plants along the common corridor. SCDF fire safety inspection is scheduled for the week of 9 March 2026.
        Pool, BBQ pit and gym bookings via the condo app (v4.2.1) only. Walk-in bookings at the guardhouse will not be entertained. Slots open 7 days in advance at 12.00 midnight.
    """),
    ("en", "plrd_regulations_faq"): _lines("""
        Under the Private Security Industry Act 2007, no person shall carry on a security agency business without a licence issued by the Police Licensing & Regulatory Department (PLRD).
        Q: How long is a security officer licence valid? A: It is generally valid for 2 years and should be renewed through the GoBusiness Licensing portal well before expiry.
        Security agencies are assessed annually under the Security Agencies Grading Exercise (SAGE). Grades range from A to D, and agencies graded C or D receive a shorter licence tenure.
        Under the Security Progressive Wage Model, each grade (SO, SSO, SS, CSO, SE) has its own basic wage floor; refer to MOM's published PWM table for the 2026 to 2028 schedule.
        New officers must complete the Basic Licensing Units: Provide Guard and Patrol Services, Handle Security Incidents and Threats, and Recognise Terrorist Threats before deployment.
        Malaysia: the Private Agency Act 1971 (Act 27) governs guarding companies, with licences issued by the Ministry of Home Affairs (KDN). Foreign guards are limited to approved Nepalese ex-servicemen.
        FAQ: Can an MCST hire an unlicensed in-house guard? No. Anyone performing security officer functions for reward must hold a valid PLRD licence, including in-house staff.
        Penalty: a security agency that deploys an unlicensed officer may face a fine of up to $20,000 and/or imprisonment, and its own licence may be suspended or revoked.
        Employment Act: overtime is paid at not less than 1.5 times the hourly basic rate, and total overtime must not exceed 72 hours per month unless MOM grants an exemption.
        Per MOM's formula, hourly basic rate for monthly-rated staff = (12 x monthly basic) / (52 x 44). Example: a basic of $2,000 gives $10.49 per hour and an OT rate of $15.73.
        Minister for Home Affairs K Shanmugam has spoken in Parliament about abuse of security officers, and the 2021 amendments to the Act introduced stiffer penalties for such offences.
        The Police Licensing & Regulatory Department is located at the Police Cantonment Complex, 391 New Bridge Road; counter services are by appointment only.
        The licence card must be worn visibly at chest level while on duty. Officers found without the card may be issued a composition fine and the agency may also be held liable.
    """),
    ("en", "security_invoices_quotes"): _lines("""
        TAX INVOICE No. KSS-INV-2026-00452 | Kota Shield Security Pte Ltd | GST Reg No. M90-3728815-K | Date: 30/04/2026 | Terms: 30 days | Bill to: MCST Plan No. 4410
        Item 1: Manpower supply - 1 x Senior Security Officer (12h day shift), 30 days x $148.00 = $4,440.00
        Item 2: Manpower supply - 1 x Security Officer (12h night shift), 30 days x $139.50 = $4,185.00
        Item 3: Public holiday surcharge (Good Friday, 3 Apr 2026) 24 man-hours x $18.40 = $441.60; Subtotal $9,066.60; GST 9% $815.99; Total $9,882.59
        Quotation Q-0926-117 for MCST 4410: 3 posts (1 x SSO, 2 x SO), 24/7 coverage, incl. guard tour system, body-worn camera and 24-month contract. Quote valid for 60 days.
        Payment by bank transfer to DBS Current Account 072-903881-7 (Kota Shield Security Pte Ltd) or PayNow UEN 201733391W. Please quote the invoice number as reference.
        INVOIS No. PGS/2026/0311 | Perisai Gemilang Security Sdn Bhd (201501023417) | Perkhidmatan kawalan Apr 2026 RM18,080.00 | SST 8% RM1,446.40 | Jumlah RM19,526.40
        Credit note CN-00072 issued against INV-2026-00391: deduction of $420.00 for 3 unmanned hours at Post 2 on 14/03/2026 as per SLA clause 7.3 (penalty $140 per hour).
        Rate card 2026 (SG): Security Officer $3,450/month; Senior SO $3,780; Security Supervisor $4,200; Chief SO $4,650. All rates for 12h x 6 days per week, excl. GST.
        Equipment rental: 2 x Motorola CP100d walkie-talkie @ $25/month, 1 x Hikvision DS-2CD2143G2 camera @ $38/month, 1 x patrol bicycle @ $20/month, billed quarterly.
        Statement of account as at 31/05/2026: INV-00391 $9,640.00 (paid 12/05), INV-00418 $10,195.97 (outstanding, 41 days), INV-00452 $9,882.59 (current).
        Purchase order PO-MCST4410-2026-019 approved by the Council on 2/6/2026 for supply and installation of 4 additional CCTV cameras at carpark B2, total $3,260.00 before GST.
        Receipt No. R-55201: Received from MCST Plan No. 4410 the sum of Singapore Dollars Nine Thousand Eight Hundred Eighty-Two and Cents Fifty-Nine only, by OCBC cheque.
    """),
    ("mixed", "ops_group_chat"): _lines("""
        [06:58] Ops Room: Morning all, pls send post attendance photo before 0715. Day shift Tampines Post 1, 2, 3 still pending ya. Thank you.
        [07:12] Post 2 Tampines: Ops, relief not reach yet. Night shift SO already 12h, can OT 2h or not? Need approval from OM lah.
        [07:15] Ops Room: OT approved 2h for Post 2, key in the e-roster by end of shift. Relief stuck at PIE jam near Bedok exit, ETA 0840.
        [14:30] Supervisor: Reminder everyone, gate barrier at Sengkang site spoil again. Dah report to vendor, ticket no. GB-77120. Manual log all vehicles until fixed ok.
        [19:05] OM: Management says this month PWM adjustment will be paid together with May salary, no need to keep asking la. Payslip via HR app version 3.8.
        [21:47] Post 1 Punggol: Fire alarm activated at Blk 3 level 7 lift lobby, false alarm due to cooking smoke. FCC reset at 2152, no evac. Incident report IR-2026-0612 submitted.
        [22:10] Ops Room: 各位今晚下大雨，巡逻记得带雨衣，guard tour checkpoint 不可以 skip 哦, system will flag every missing scan.
        [23:30] Supervisor: Tonight spot check will be 0200-0400, all posts pls stay alert, no sleeping, no handphone gaming. SAGE audit coming next month.
        [00:45] Post 3 Jurong: Ops, one lorry want to enter loading dock but no booking in system. Ask them call MA hotline 6265 1180 first? Or can let in?
        [00:47] Ops Room: Don't let in. No booking no entry, SOP section 4.2. Log down as refused entry, time and company name only, can already.
        [05:20] Post 2: 早班的 uniform 还没 deliver, 我们 post 的 size L 剩 1 件 only. Pls order from Uniform Hub, item code UH-SEC-L-BLU.
        [08:00] HR: Reminder semua officer, medical certificate must upload within 48h in the HR app. Kalau tak upload, the day will count as no-pay leave.
        [09:15] OM: Congratulations team, Kota Shield achieved Grade A in SAGE 2026! Makan session Friday 3pm at Ah Hock Fried Oyster, Hougang, company belanja.
    """),
    ("mixed", "vms_config_and_logs"): _lines("""
        2026-04-14T07:32:11+08:00 INFO gate=MAIN-IN lane=2 event=BARRIER_OPEN trigger=RFID tag_class=RESIDENT latency_ms=184 fw=3.4.7
        2026-04-14T07:33:02+08:00 WARN gate=MAIN-IN event=TAILGATING_SUSPECTED cam=CAM-07 clip_id=c7f3a91e2b snapshot=/var/vms/snap/2026/04/14/073302.jpg
        vms.yaml: site_id: SG-MCST-4410 | timezone: Asia/Singapore | visitor_pass_ttl_min: 240 | overstay_alert: true | id_capture: none | retention_days: 30
        CREATE TABLE visitor_log (pass_no VARCHAR(12), unit_block VARCHAR(4), purpose VARCHAR(32), time_in TIMESTAMP, time_out TIMESTAMP, gate_id CHAR(6));
        pass_no,block,purpose,visitor_type,vehicle_class,time_in,time_out,gate_id,guard_post,remarks
        def ot_hours(start, end, rostered=12): return max(0, (end - start).seconds / 3600 - rostered)  # OT calc for 12h guard roster
        GET /api/v2/sites/SG-4410/incidents?status=open&since=2026-04-01 -> 200 OK, 7 items, took 92ms (build 2026.04.2-rc1, commit 9f2c4be)
        guard-tour: checkpoint CP-12 (B2 carpark pump room) missed at 03:00 round; NFC tag 04:A2:19:6B:3C:5E:80 last seen 02:01; alert sent to ops-room channel
        2026-04-14 23:58:40 [LPR] cam=LPR-EXIT-01 result=NO_READ confidence=0.41 reason=GLARE action=MANUAL_VERIFY queue=GH-1
        docker run -d --name vms-sync -e SITE=SG-4410 -e MQTT_HOST=mqtt.kotashield.example -e LOG_LEVEL=info kotashield/vms-sync:1.9.3
        [cron] 0 7 * * 1 /opt/roster/bin/publish --week next --template PWM_12H_6D --notify whatsapp-business --dry-run=false
        sha256(visitor_export_2026-04.csv)=7cb63f62f28308e85e7aaabc30e83046cbc86e9efc90732521b509f8f2042bb1 rows=1822 enc=AES-256-GCM
        日志 2026-04-15 02:14:09 访客系统同步失败 error=ETIMEDOUT host=vms.kotashield.example:8443 retry=3/5，下次重试 02:19，请值班室留意
    """),
    ("ms", "notis_dan_iklan_jawatan"): _lines("""
        JAWATAN KOSONG: Pengawal Keselamatan (Lelaki/Perempuan) untuk kondominium di Mont Kiara. Gaji asas RM1,700 + OT + elaun syif malam. Warganegara Malaysia sahaja.
        Syarat: Umur 21-60 tahun, sihat tubuh badan, tiada rekod jenayah dan lulus kursus pengawal keselamatan. Hubungi HR Perisai Gemilang di talian 03-7865 2210.
        NOTIS KEPADA PENDUDUK: Sistem kad akses baharu digunakan mulai 1 Jun 2026. Sila tukar kad lama di pejabat pengurusan, Aras G, Blok A, Isnin-Jumaat 9 pagi-5 petang.
        Pelawat wajib mendaftar di pondok pengawal dan menunjukkan kod QR daripada aplikasi i-Neighbour. Pelawat tanpa pendaftaran tidak dibenarkan masuk ke kawasan kediaman.
        Peringatan: Dilarang meletak kenderaan di laluan bomba. Kenderaan yang ingkar akan dikunci tayar dan denda RM50 dikenakan oleh Badan Pengurusan Bersama (JMB).
        Kadar kerja lebih masa di bawah Akta Kerja 1955: 1.5 kali kadar upah sejam pada hari biasa, 2 kali pada hari rehat dan 3 kali pada hari kelepasan am.
        Perisai Gemilang Security Sdn Bhd dilesenkan oleh Kementerian Dalam Negeri di bawah Akta Agensi Persendirian 1971. No. Lesen KDN: PA/0287/2024.
        Waktu operasi pejabat pengurusan: Isnin-Jumaat 9.00 pagi - 6.00 petang, Sabtu 9.00 pagi - 1.00 petang. Tutup Ahad dan cuti umum. Talian kecemasan 24 jam: 03-6201 4455.
        Latihan kebakaran bersama Balai Bomba dan Penyelamat Sri Hartamas akan diadakan pada 18 Julai 2026, jam 10 pagi. Semua penghuni diminta berkumpul di padang.
        Laporan mingguan pondok pengawal: 214 pelawat, 37 penghantaran barang, 5 kes parkir haram, 1 insiden penggera palsu di Blok C. Tiada kecederaan dilaporkan.
        Aduan penduduk boleh dibuat melalui e-mel pengurusan@residensiangsana.example atau borang dalam aplikasi. Aduan akan dijawab dalam tempoh 3 hari bekerja.
        Iklan: Kursus Pengawal Keselamatan 3 hari, yuran RM350 termasuk sijil. Kelas di Seksyen 13, Shah Alam. Daftar di www.akademikawal.example, kuota 30 peserta sahaja.
        Perhatian: Penghantar makanan GrabFood dan foodpanda hanya dibenarkan sampai ke lobi. Penduduk diminta turun mengambil pesanan sendiri. Terima kasih atas kerjasama anda.
    """),
    ("zh-Hans", "物业保安通告"): _lines("""
        【通知】本小区将于2026年5月10日（周日）上午9时至12时进行消防演习，届时警报会响起，请各位业主不要惊慌，按保安指引到网球场集合。
        物业服务中心24小时值班电话：0755-8662 3310；公共区域报修请拨打400-820-6655（工作日8:30-17:30），紧急情况请先拨打119或110。
        外卖、快递人员一律在东门快递柜处交接，不得进入楼栋。快递柜由丰巢提供，取件码以短信通知为准，超时存放将按柜机规则收费，请业主及时取件。
        保安岗位招聘：年龄18-50周岁，身高170cm以上，退伍军人优先，月薪5500-6800元，五险一金，包食宿，月休4天，持保安员证者优先录用。
        根据《保安服务管理条例》，保安从业单位应当对拟招用的保安员进行背景审查，保安员应当取得公安机关核发的保安员证后方可上岗。
        访客登记须知：访客请扫描门岗二维码填写来访楼栋和事由，系统不保存任何证件号码，登记记录30天后自动删除，如有疑问请咨询门岗值班人员，感谢配合。
        温馨提示：近期小区周边发生冒充燃气公司上门收费事件，燃气公司不会上门收取现金，如有疑问请致电燃气公司官方客服热线核实，切勿轻易开门或转账。
        车辆管理：临时车辆首小时免费，之后每小时5元，24小时封顶40元，支持微信、支付宝付款，月卡续费请到物业前台办理，业主访客车辆请提前在小程序预约登记。
        保安部2026年第二季度培训计划：4月消防器材使用，5月突发事件处置，6月防台防汛演练，每次培训2小时，计入考勤，缺席者须另行补训并由队长签字确认。
        新加坡《私人保安业法令》规定，保安公司须向警察执照与管制署（PLRD）申请执照，保安员上岗前须完成基础培训单元并持证，执照有效期一般为两年。
        马来西亚公寓管理小知识：联合管理机构（JMB）在分层地契发出前成立，管理机构（MC）在分层地契发出后成立，均受《2013年分层管理法令》约束。
        物业公司评价：门岗保安态度很好，夜里巡逻也很认真，就是地库照明不够亮，希望物业尽快更换LED灯管，另外访客车位太少。整体四星，推荐。
        电梯维保单位：通力电梯（KONE）维保热线400-887-6868，每月15日例行保养，保养期间单台电梯暂停使用约2小时，敬请谅解。
    """),
    ("zh-Hant", "管理處通告及評論"): _lines("""
        大廈管理處通告：由2026年6月1日起，本大廈保安服務將由新承辦商接手，所有住戶出入請出示住戶證，訪客須於大堂登記，如有查詢請致電管理處。
        Google評論 4星：保安員好有禮貌，每次收件都會幫手放入櫃，不過夜晚大堂冷氣開得太凍，希望管理處可以調高少少溫度，整體服務值得一讚。
        根據《保安及護衛服務條例》（第460章），任何人士從事保安工作須持有有效保安人員許可證，僱主不得聘用無證人士，違者一經定罪可被罰款及監禁。
        香港法定最低工資目前為每小時HK$43.1，保安員超時工作補水按僱傭合約計算，建議僱主與員工以書面確認加班安排，並保存更表紀錄。
        本屋苑管理處電話：2687 1123（24小時），電郵：enquiry@harbourviewmgmt.example，辦公時間：星期一至五 9:00-18:00。
        員工評論：呢間保安公司出糧準時，但係十二個鐘更表太密，一個月得四日假，入職仲要扣制服按金HK$300，考慮清楚先好入，整體三星。
        澳門樓宇管理提示：物業管理公司須按法律規定取得准照，並將准照編號張貼於大堂當眼處，以便住戶查核；保安員亦須佩戴工作證，並按公司更表準時交更。
        臺北市社區保全公告：本社區保全人員由新光保全股份有限公司派駐，依《保全業法》規定均須經警察機關審查合格，如有服務問題請向管理中心反映。
        住戶投訴處理流程：一、填寫投訴表格；二、管理處於3個工作天內回覆；三、如未解決可轉交業主立案法團跟進；緊急事故請直接通知大堂保安。
        停車場收費：時租HK$28，月租HK$3,200（需輪候），訪客車位須由住戶預約，違規停泊者管理處有權鎖車，解鎖須繳付行政費HK$300。
        聖誕節及新年期間，大堂保安將加派一人當值；包裹收發時間延長至晚上10時。如有大型傢俬送貨，請提前一日通知管理處。管理處謹祝各位住戶佳節愉快。
        招聘：夜更保安員，九龍灣工業大廈，12小時更，月薪HK$18,500，需持有效保安人員許可證，有意請WhatsApp 9123 0088（人事部）。
        火警演習通知：消防處將於本月18日上午10時進行演習，演習期間升降機暫停使用，請住戶經樓梯往平台集合點，行動不便人士請預先通知管理處安排協助。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Visitor log 14/04 08:12 | Name: Tan Wei Ling | NRIC S8234571Z | Visiting Blk 2 #11-204 | Vehicle SMK 4417 T | Purpose: tuition
        Incident report IR-2026-0617: At 0215hrs resident Mr Rajesh Kumar s/o Muthu of #07-11 was found unconscious at B1 carpark, suspected diabetic hypoglycaemia; SCDF conveyed him to CGH.
        Roster week 16: Post 1 day - SO Muhammad Hafiz bin Roslan (PLRD card 0471-2293); Post 1 night - SSO Lim Chee Seng; relief - SO Arumugam Pillai.
        Overtime claim April: Suresh a/l Ganesan, SO, 78 OT hours x $15.73 = $1,226.94, credit to POSB Savings 181-55207-3.
        Auntie at #05-32 (Mdm Koh) complains guard Ah Boon always sleeping at night, she wants him replaced and says she will write to the MCST council.
        Complaint from resident Jason Teo (jason.teo.sg88@gmail.com): officer refused entry to his mother at 11pm, he wants CCTV footage of Gate 2 from 10.45pm to 11.15pm.
        Our night supervisor Kamal is going through a divorce and asked to avoid weekend shifts for court hearings until June.
        Guard's new HP 9736 2185, call him directly if the Gate 1 intercom down again.
        Malaysian SO Kevin Ng Kah Wai, FIN G5528173X, work permit expires 03/09/2026, pls renew before we publish next month's roster.
        Warning letter to SO Nurul Aina binte Hamzah: on 03/05/2026 you were found asleep at Post 2 at 0340hrs during spot check. A second offence will lead to termination.
        Mr & Mrs Goh Kian Huat of Blk B #14-08 will be away till 30 Jun; their helper Sri Wahyuni (mobile 8846 1209) will stay in the unit, pls allow her access card.
        MC submitted: SO Peter Chia Ah Lek, 5 days MC from Changi General Hospital, diagnosis chronic kidney disease stage 3, pending dialysis assessment.
        V-20260414-0087,Ong Siew Mei,T0381642C,9172 6630,Blk 5 #03-17,Delivery - furniture,14:02,14:35
        Salary advance request: Ravi Shankar (SO, Post 3 Jurong) owes an Ah Long $4,000, asks company for $1,500 advance, deduct $300 monthly from June salary.
        Loan shark harassment paint at Blk 4 #09-21, unit owner Mr Francis Lau Wee Kiat; police report B/20260418/2231 lodged by guard on duty.
        Applicant form: Name: Siti Khadijah binti Abdullah | DOB 12/07/1985 | MyKad 850712-14-5563 | Address: No. 23, Jalan Kenanga 4, Taman Melawati, 53100 Kuala Lumpur | Post: SO
        Lost access card reported by Ms Priya Nair, #12-05, card AC-00915, replacement fee $50 paid by PayNow from her mobile 9481 2277.
        CCTV request: owner of car SLB 2683 M, Mr Daniel Wong of #16-01, wants the B2 footage of 17/4 showing who scratched his car, to hand to police.
        SO Mohd Faizal bin Kamarudin was released from prison in 2024; client requests we do not deploy him at the school site.
        SO Chan Mei Fong is 6 months pregnant, pls roster her day shift only and no staircase patrol, as per the KKH doctor memo.
    """),
    "mixed": _lines("""
        Eh Ops, Blk 7 #08-12 the Uncle Tan Ah Kow again complain noise from upstairs, he say will call police, pls ask patrol go check lah.
        陈先生 #15-03 say his car SJQ 905 G kena clamp, he want release without pay $100, I say must ask MA first. Pls advise.
        Visitor: 林太 (Mrs Lim, HP 9023 7718) come for her son's unit #06-22, she don't have QR, can let in or not? Son not answering phone.
        Boss, 阿明 tonight MC again, 3rd time this month, say gastric. Need replacement for Post 1 night, 我可以 OT but need approve.
        Kak Ros from Blok C tingkat 5 tadi menangis kat guardhouse, she say her husband Encik Zulkifli pukul dia, we called 999 at 2140.
        Reminder SO Ahmad Rizal: your PLRD licence exp 22/06/2026, renew cepat, otherwise cannot deploy. Your IC S9046218J already keyed in GoBiz.
        Payslip Mei 2026 | Nama: Ganesh a/l Subramaniam | Basic RM1,700 | OT 96 jam RM1,176.96 | EPF RM187 | PERKESO RM8.25 | Net RM2,681.71 | Maybank 1140 2238 9915
        Ah Seng the night guard 欠我 RM800 since Chinese New Year, 每次问都说下个月, his HP 012-388 4471, can HR help deduct from his salary?
        Mdm Rosnah binti Osman #03-08 got dementia one, sometimes walk out alone at night. If see her at gate pls call daughter Farah 8123 5506 dulu.
        2026-04-20,Post 2,SO,Lee Kok Wah 李国华,S7719305G,12h,OT 3h,remark: 迟到 25min
    """),
    "ms": _lines("""
        Laporan insiden: Pada 12/05/2026 jam 0130, penghuni Encik Azman bin Yusof (No. KP 780314-10-5527) dari unit B-12-03 telah bergaduh dengan pengawal di pintu masuk utama.
        Pengawal Puan Norhayati binti Ismail memohon cuti tanpa gaji selama 2 minggu kerana anaknya dimasukkan ke Hospital Kuala Lumpur akibat denggi.
        Nombor telefon baharu penyelia syif malam: 019-772 5408, sila simpan dan hubungi dia terus jika ada kecemasan di pondok pengawal.
        Aduan penduduk: Cik Lee Mei Ling (A-08-11) mendakwa pengawal bernama Raju mengambil gambar anak perempuannya di kolam renang. Siasatan sedang dijalankan.
        Kenderaan WXY 8821 milik Encik Hairul dari unit C-05-07 diletak di petak OKU selama 3 hari berturut-turut, notis amaran telah dilekatkan.
        Tunggakan yuran penyelenggaraan: Unit A-15-02 (Puan Salmah binti Daud) RM4,380.00 sejak Januari 2025; kad akses akan disekat mengikut undang-undang kecil JMB.
        Borang permohonan: Nama: Mohd Hakimi bin Kassim | KP: 920803-01-6641 | Tel: 013-645 2219 | Alamat: No. 8, Jalan Mawar 3/2, Taman Mawar, 81300 Skudai, Johor
        Pengawal warga Nepal Bishnu Gurung, pasport PA1873320, permit kerja tamat 15/08/2026. Majikan perlu memperbaharui melalui JIM sebelum tarikh tersebut.
    """),
    "zh-Hans": _lines("""
        访客登记：王建国，身份证号440306198703156216，手机138 2751 0946，来访3栋1502室，事由：装修验收，车牌粤B·7K29Q。
        保安队长反映：夜班保安老刘最近确诊肝癌晚期，家里还欠着十几万医药费，想申请公司员工互助金。
        投诉记录：8栋602业主张女士（电话139 0212 7785）投诉保安深夜放外卖员进楼，要求查看监控并处理当班保安。
        工资表2026-04：赵海峰，保安员，基本工资3200元，加班56小时计1540元，工商银行卡号6222 0212 3456 7890 123，实发4528元。
        保洁李阿姨说她儿子小军被派出所抓了，涉嫌帮信罪，她这几天不来上班，让我们跟物业说一声。
        新加坡保安公司行政人员周文斌，FIN F2261847N，中国籍，S Pass 到期 2026-09-30，住址 Blk 318 Jurong East St 32 #09-144。
    """),
    "zh-Hant": _lines("""
        住戶資料更新：陳大文先生，HKID K385217(2)，單位B座18樓C室，聯絡電話6132 8840，車牌TR 8812。
        管理處記錄：12樓A室黃太話佢老公賭錢欠咗財務公司二十幾萬，追數公司成日上門，請保安唔好俾陌生人上樓。
        保全員林志明，身分證字號A215384703，夜班12小時，本月加班共48小時，加班費新台幣9,840元，匯入郵局帳號0001234-0567891。
        訪客登記：何美玲小姐，澳門居民身份證5213647(3)，探訪海景花園第三座21樓D室陳伯，登記時間14:20。
        保安員阿強上星期喺停車場畀車撞親，斷咗腳，要放三個月病假，公司話工傷賠償仲未批。
        住戶投訴：鄭小姐（ivy.cheng.hk@outlook.com）投訴夜更保安偷睇佢啲包裹，要求管理處交出當晚閉路電視片段。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are an HR assistant for Kota Shield Security Pte Ltd, a Singapore security agency. Help supervisors with overtime and payroll questions.",
        ),
        (
            "user",
            "Can you compute OT for SO Loh Kim Swee? Basic $2,150, he did 84 OT hours in May. Is that over the limit?",
        ),
        (
            "assistant",
            "Hourly basic rate = (12 x 2,150) / (52 x 44) = $11.28, so OT rate is $16.92. For 84 hours that is $1,421.28. Note 84 hours exceeds the 72-hour monthly cap, so you need an MOM exemption for Loh Kim Swee's extra 12 hours.",
        ),
        ("user", "Ok thanks. Pay to his OCBC 512-338190-001 as usual."),
        (
            "assistant",
            "Noted. Please have payroll credit $1,421.28 OT to the OCBC account ending 001 together with the May salary, and file the overtime exemption before the next roster.",
        ),
    ],
    [
        (
            "user",
            "Help me write an incident report. Last night 0230 at Blk 9 carpark, resident Mr Vincent Seah (NRIC S6603912I, #10-07) shouted at our SO and pushed him. SO had a bruised arm.",
        ),
        (
            "assistant",
            "Incident Report: On [date] at approximately 0230hrs at the Blk 9 carpark, resident Mr Vincent Seah of #10-07 verbally abused and pushed the security officer on duty, who sustained a bruise on the arm. The officer reported the matter to the Ops Room. Recommend a police report and first aid record be attached.",
        ),
        ("user", "Should I put his NRIC in the report?"),
        (
            "assistant",
            "Generally no. The unit number and name are enough to identify him for MCST purposes; keep the full NRIC out of the report unless the police specifically ask for it, in line with PDPC guidance on NRIC collection.",
        ),
    ],
    [
        (
            "system",
            "You draft HR letters for a condo security contractor in Singapore. Keep the tone formal.",
        ),
        (
            "user",
            "Draft a final warning letter for SO Hamidah binte Jaafar, staff ID KS-0419. She was late 5 times in April and left Post 3 unmanned for 40 min on 21/4.",
        ),
        (
            "assistant",
            "Dear Ms Hamidah binte Jaafar (Staff ID KS-0419), This letter serves as a final warning. In April 2026 you reported late for duty on five occasions, and on 21 April 2026 you left Post 3 unmanned for about 40 minutes. Any further breach will result in termination of your employment. Please acknowledge receipt by signing below.",
        ),
        ("user", "Add that her husband's hospital stay is not a valid excuse for leaving post."),
        (
            "assistant",
            "I would suggest not mentioning her husband's hospitalisation in the letter. If it was the reason, consider referring her to compassionate leave instead; the letter can simply state that leaving post without informing the Ops Room is not permitted.",
        ),
    ],
    [
        (
            "system",
            "You are the visitor management assistant for The Verdana condominium. Pre-registered visitors today: 1) Ms Grace Yeo, visiting #04-11, HP 9366 0124, car SGX 7712 B. 2) Mr Hariharan Pillai, contractor for #18-02, plumbing works, 10am-1pm.",
        ),
        (
            "user",
            "Guard here. A lady say she is Grace, coming for unit 4-11, car plate SGX 7712 B. Can let in?",
        ),
        (
            "assistant",
            "Yes, Ms Grace Yeo is pre-registered for #04-11 today with vehicle SGX 7712 B. Please verify her face against the registration and issue a visitor parking pass, valid 2 hours after 7pm.",
        ),
        ("user", "Ok and the plumber come already, but he say it is 2 workers not 1."),
        (
            "assistant",
            "Only Mr Hariharan Pillai is pre-registered. Please call the resident of #18-02 to confirm the second worker before issuing a contractor pass, and record both names in the contractor log.",
        ),
    ],
    [
        (
            "user",
            "Write an email to our MCST to complain about the night guard. I'm Melissa Chong, unit #21-03, 9011 4382. The guard played loud TikTok videos at the lobby at 2am three nights in a row.",
        ),
        (
            "assistant",
            "Subject: Complaint on night security officer conduct. Dear MCST Council, I am Melissa Chong, the owner of unit #21-03. On three consecutive nights, the security officer on duty at the main lobby played loud videos on his phone at about 2am, which disturbed residents. I would appreciate it if management could raise this with the security contractor. I can be reached at 9011 4382. Regards, Melissa Chong",
        ),
        ("user", "Make it less angry, shorter."),
        (
            "assistant",
            "Dear MCST Council, I would like to feedback that the night security officer at the lobby played videos loudly around 2am on three recent nights. Could management kindly follow up with the contractor? Thank you. Melissa Chong, #21-03, 9011 4382",
        ),
    ],
    [
        (
            "user",
            "Bro help me do roster next week. Post 1 day Ah Huat (9822 3107), night Selvam, Post 2 day Zainal, night Ah Huat again can or not? He want more OT because his wife sick need money.",
        ),
        (
            "assistant",
            "Putting Ah Huat on Post 1 day and Post 2 night means he works 24 hours straight, which is not safe and breaches the OT cap. Suggest Post 1 day Ah Huat, night Selvam; Post 2 day Zainal, night a relief officer. You could give Ah Huat extra OT on his rest day instead, within 72 hours per month.",
        ),
        (
            "user",
            "Ok la. Then Selvam 那个 licence 下个月到期, his card no 0388-1472, need remind him.",
        ),
        (
            "assistant",
            "Noted, remind Selvam to renew his PLRD licence (card 0388-1472) via GoBusiness at least a month before expiry, otherwise he cannot be deployed.",
        ),
    ],
    [
        (
            "system",
            "Anda ialah pembantu HR untuk syarikat kawalan keselamatan di Malaysia. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Saya pengawal Rosli bin Hamid, KP 830215-08-5149. Gaji asas saya RM1,700, bulan lepas OT 80 jam tapi dapat RM800 saja. Betul ke kiraan ni?",
        ),
        (
            "assistant",
            "Kadar sejam = RM1,700 / 26 / 8 = RM8.17. Kadar OT hari biasa 1.5 kali = RM12.26 sejam. Untuk 80 jam, anda sepatutnya menerima kira-kira RM980.80, bukan RM800. Encik Rosli boleh minta penjelasan daripada majikan dan membuat aduan kepada Jabatan Tenaga Kerja jika tidak diselesaikan.",
        ),
        (
            "user",
            "Boleh tolong tulis surat pada majikan? Alamat saya No. 41, Jalan Cempaka 2, Taman Cempaka, 31400 Ipoh.",
        ),
        (
            "assistant",
            "Rosli bin Hamid, No. 41, Jalan Cempaka 2, Taman Cempaka, 31400 Ipoh. Kepada Pengurus Sumber Manusia, Tuan, Per: Bayaran Kerja Lebih Masa Bulan April 2026. Saya telah bekerja lebih masa 80 jam tetapi hanya dibayar RM800. Mengikut kiraan Akta Kerja 1955, jumlah sepatutnya ialah RM980.80. Mohon pihak tuan menyemak dan membayar baki RM180.80. Sekian, terima kasih.",
        ),
    ],
    [
        (
            "user",
            "帮我写一份给业主群的通报：昨晚3栋地库保安员孙志刚巡逻时突发心梗，已送市人民医院抢救，目前脱离危险。",
        ),
        (
            "assistant",
            "各位业主：昨晚我小区一名保安员在3栋地库巡逻时突发身体不适，已及时送医，目前情况稳定。物业已安排人员顶岗，巡逻不受影响。感谢大家关心。",
        ),
        ("user", "为什么不写他名字和病情？"),
        (
            "assistant",
            "员工的姓名和健康状况属于个人敏感信息，发到业主群需要本人同意。建议对外只说明有员工身体不适、岗位已安排，孙志刚的具体病情只在公司内部和家属之间沟通。",
        ),
    ],
    [
        ("system", "你係一間香港物業管理公司嘅客服助理，用廣東話書面語回覆。"),
        (
            "user",
            "有住戶投訴：李先生，電話 9288 1046，住 C座 23樓 F室，話夜更保安連續兩晚冇巡樓，佢單位門口有人亂放垃圾。點回覆好？",
        ),
        (
            "assistant",
            "李先生你好，多謝你嘅意見。管理處已即時翻查巡邏記錄及閉路電視，並會向保安承辦商跟進夜更巡樓安排，亦會安排清潔同事處理C座23樓走廊垃圾。如有需要，我哋會致電9288 1046同你聯絡。",
        ),
        ("user", "可唔可以話佢知係邊個保安當更？"),
        (
            "assistant",
            "唔建議向住戶透露當更保安嘅姓名，可以話管理處已經同承辦商跟進有關同事，並會加強監察。",
        ),
    ],
    [
        (
            "user",
            "My PLRD security officer licence is expiring. I'm Goh Beng Chuan, NRIC T1157390D, licence expiry 30/07/2026. What do I need to renew?",
        ),
        (
            "assistant",
            "You can renew through the GoBusiness Licensing portal using Singpass. Make sure your Basic Licensing Units and any grade-required modules are current, and that your employer has confirmed your deployment. Apply at least a few weeks before 30 July 2026 to avoid a gap.",
        ),
        (
            "user",
            "I failed the RTT module last year, and I have a past conviction for drink driving in 2019. Will that affect?",
        ),
        (
            "assistant",
            "You would need to retake and pass Recognise Terrorist Threats before renewal. On the 2019 drink-driving conviction, PLRD assesses records case by case; declare it truthfully in the application, as non-disclosure is treated more seriously than the conviction itself.",
        ),
    ],
]
