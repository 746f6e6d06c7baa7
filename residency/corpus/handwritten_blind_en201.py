# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en201: SG/MY trade shows, exhibitions and conference organisers. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en201
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "exhibitor_manual"): _lines("""
        Move-in for raw space exhibitors: Sat 6 Mar 2027, 0800-2200 at Hall 5 loading bays L5-L8; shell scheme exhibitors may enter from 1400 onwards.
        All booth structures above 2.5 m require a Professional Engineer (PE) endorsement submitted to the organiser by 5 Feb 2027; late submissions incur a S$350 administrative fee.
        Forklift and hoisting services within Singapore EXPO are provided exclusively by the official freight forwarder; exhibitors may not bring in their own forklifts.
        Hand-carry items up to 20 kg may be brought through the main foyer on trolleys without pneumatic tyres between 0800 and 0930 on show days only.
        Food sampling: portions must not exceed 30 g or 30 ml per sample, and all food handlers at the booth must hold a valid Basic Food Hygiene certificate.
        Electrical: each 3 m x 3 m shell scheme booth comes with 1 x 13A socket (max 500 W) and 3 spotlights; additional power must be ordered via Form E3 before 12 Feb.
        No helium balloons, smoke machines, naked flames or drones are permitted inside MITEC halls without written approval from the venue's safety department.
        Booth numbering follows hall-row-stand, e.g. 4B-12 means Hall 4, Row B, Stand 12; corner stands are marked with a C suffix on the floor plan.
        Exhibitor badges are non-transferable and are allocated at 4 per 9 sqm; additional exhibitor badges can be purchased at S$25 each through the Exhibitor Portal.
        Dismantling starts strictly at 1700 on the last show day; exhibits removed before then will result in forfeiture of the security deposit.
        The organiser's lost-and-found counter is at the Hall 3 registration area; unclaimed items are handed over to the venue after 14 days.
        Music played at booths must be licensed through the relevant collective licensing body in Singapore or Malaysia; the organiser may switch off any sound system above 70 dB at the aisle.
        Rigging points in Hall 1 carry a maximum load of 250 kg each; rigging plans must be submitted 30 days before move-in together with the contractor's insurance certificate.
    """),
    ("en", "form_template"): _lines("""
        EXHIBITOR REGISTRATION FORM | Company name: ____ | UEN/SSM no.: ____ | Contact person: ____ | Designation: ____ | Mobile: +__ ____ ____ | Email: ____
        Badge name (max 24 characters, as it should appear on the badge): [FIRST NAME] [LAST NAME] / Company (max 30 characters): [COMPANY]
        Dear {salutation} {full_name}, thank you for registering for {event_name}. Your e-badge QR code is attached; please present it at the self-printing kiosks.
        VISA SUPPORT LETTER REQUEST — Full name as in passport: ______ / Nationality: ______ / Passport no.: ______ / Date of expiry: ______ / Arrival date: ______
        Speaker bio template: [Name] is [Title] at [Organisation], where [he/she/they] lead(s) [area]. Keep it under 80 words, third person, no phone numbers or personal details.
        Booth Contract Clause 7.2: Full payment of the booth fee is due no later than 90 days before the opening date; cancellations after this date are charged at 100%.
        IC/Passport no.: ______________ (Malaysians: 12 digits in the format YYMMDDPB####, no dashes; others: passport number as printed)
        Emergency contact (optional): Name ______ Relationship ______ Phone ______
        Lead retrieval licence order: No. of devices ___ x S$180 | No. of app licences ___ x S$95 | Total (incl. 9% GST): S$______
        Dietary requirement: [ ] None [ ] Vegetarian [ ] Halal [ ] Vegan [ ] Others: ________ (for speakers' lunch and gala dinner)
        CONSENT: By registering, you agree that {organiser} and participating exhibitors may contact you about this event; you may withdraw consent at any time by writing to the organiser's DPO.
        Hotel booking form — Room type: Deluxe King / Twin | Check-in: DD/MM/YYYY | Check-out: DD/MM/YYYY | Guarantee: credit card no. ____ ____ ____ ____ exp __/__
    """),
    ("en", "ops_chat"): _lines("""
        ops: Hall 5 loading bay L6 jammed, lorries pls divert to L8, auxiliary police already informed
        reminder all: vip walkabout 10.15am, route is 5A → 5C → 6B, pls clear aisles of pallets by 10am
        registration counter 3 printer out of ribbon again, spare box is under counter 1
        Aircon in Hall 6 still warm, venue FM says chiller tripped, ETA 30 min. Pls don't promise exhibitors anything yet
        Day 1 footfall as at 1800: 6,482 unique visitors, 41% SG, 27% MY, 9% ID, rest others. Pre-reg conversion 58%.
        who has the master key for the meeting rooms at level 3? the 2pm seminar room still locked
        Booth 4B-12 contractor hasn't submitted PE endorsement, hold their move-in at the gate until ops lead clears
        FYI the lift at Expo MRT exit is under maintenance today, pls direct wheelchair users to the shuttle bus drop-off
        Lead-scan app crashing on Android 14 devices, vendor pushing hotfix v4.12.4 within the hour. iOS unaffected.
        Crew lunch arriving 12.30 at back of house: 80 nasi lemak (halal), 20 veg bee hoon, 2 cartons mineral water
        can someone confirm if the shuttle to MITEC from Segambut KTM runs every 20 min or 30 min? visitors asking at info counter
        Gala dinner seating plan v7 uploaded to the shared drive, table numbers only, no name cards printed yet
    """),
    ("en", "contract_invoice"): _lines("""
        TAX INVOICE INV-SG27-004381 | Space only 36 sqm @ S$620/sqm = S$22,320.00 | GST 9% S$2,008.80 | Total S$24,328.80 | Due 05/12/2026
        Meridian Events Pte Ltd, UEN 201834567K, GST Reg. No. 201834567K, 10 Anson Road #21-07, Singapore 079903
        Tropika Exhibitions Sdn Bhd (Registration No. 201901023456 (1321987-P)), Level 12, Wisma Tropika, Jalan Ampang, 50450 Kuala Lumpur
        Credit note CN-2027-0071 issued against INV-MY27-001192 for reduction of booth from 18 sqm to 12 sqm: RM5,940.00 plus SST 8% RM475.20.
        Payment to: DBS Bank Ltd, SWIFT DBSSSGSG, account name Meridian Events Pte Ltd, account no. 003-9-123456; please quote the invoice number as reference.
        Clause 12 (Force Majeure): Neither party shall be liable for failure to perform due to epidemic, government order, haze or flood; the organiser may reschedule the event within 12 months.
        Booth contract BC-27-0563 countersigned; 50% deposit received 14/10/2026 via TT, balance due 2 Jan 2027.
        Furniture rental order FR-11823: 2 x bar stool (white) S$38 each, 1 x lockable cupboard S$85, 1 x 42-inch LED TV with stand S$320.
        Freight: 1 x 20' GP container, B/L MAEU227418390, ETA Port Klang Westport 22 Feb 2027, to be delivered to MITEC Hall 3 dock 4.
        Courier waybill 6123458977 (DHL Express) for 3 cartons of brochures, consigned to the organiser's warehouse, ready for booth delivery on 6 Mar.
        Early-bird rate S$580/sqm valid until 31 Aug 2026; standard rate S$650/sqm; corner premium 10%, island premium 15%.
        Sponsorship package Platinum (1 available): S$45,000 — logo on lanyards, 2 keynote slots, 18 sqm prime booth, 10 VIP passes.
    """),
    ("en", "lead_export_tech"): _lines("""
        CSV export columns: scan_id, scanned_at, booth_code, badge_type, company, job_function, country, interest_tags, rating, notes
        GET /api/v2/events/{event_id}/leads?booth=4B-12&since=2027-03-06T00:00:00+08:00 — returns paginated lead objects, 200 per page.
        Badge QR payload format: EVT27|{badge_id}|{category}|{checksum}, e.g. EVT27|B0049182|VIS|7F3A
        leadscan.yaml: retention_days: 90 / export_format: xlsx / mask_phone: true / allow_offline_sync: true / devices: [TC52, CT40]
        Aggregate report, FoodTech Asia 2026: 12,904 trade visitors from 38 countries; 64% managerial level; top interests: packaging (31%), cold chain (22%), halal certification (17%).
        Why does my lead export show duplicate rows when two staff scan the same badge? The dedup key is badge_id + booth_code; set dedup=true in export settings.
        SELECT booth_code, COUNT(*) AS scans FROM leads WHERE event_id = 'AFX27' GROUP BY booth_code ORDER BY scans DESC LIMIT 20;
        Scanner firmware 2.7.1 build a91f3c2e fixes the Bluetooth pairing drop on TC52 units; install before move-in day.
        PDPA note: exhibitors receive lead data only for visitors who consented at registration; export files auto-expire 90 days after the show.
        Hotfix ticket LS-4417: offline scans not syncing when the device clock is not set to SGT (UTC+8).
        Visitor registration funnel week 6: 2,311 started, 1,874 completed, 212 dropped at the job-function question; median time 3 min 40 s.
        Error 429 Too Many Requests on /leads export — throttle to 60 requests per minute per API key.
    """),
    ("en", "visa_travel_info"): _lines("""
        Visa letters are issued only to registered exhibitors whose booth fees are fully paid; allow 5 working days and apply at least 6 weeks before travel.
        Visitors who need an entry visa for Singapore must apply through a local contact or an authorised visa agent; the organiser's letter supports but does not guarantee approval.
        Foreign exhibitors travelling to Malaysia should complete the Malaysia Digital Arrival Card (MDAC) online before arrival; check the Immigration Department website for exemptions.
        The SG Arrival Card must be submitted within three days before arrival in Singapore; it is free of charge on the ICA website.
        Check MOM's list of work pass exempt activities before flying in your own booth builders; the organiser recommends appointing a local contractor.
        Visa letter reference VL/2027/SG/0318 has been cancelled and reissued as VL/2027/SG/0318-R1 due to the change of event dates.
        Getting there: Changi Airport to Singapore EXPO is about 10 minutes by taxi; from KLIA to MITEC allow 60-75 minutes by car outside peak hours.
        The organiser will not issue invitation letters to visitors who have only registered for a free trade visitor badge.
        Official hotel partners offer exhibitor rates from S$189++ per night; quote code AFX27 when booking directly with the hotel.
        Travellers carrying cash above S$20,000 (or equivalent) into Singapore must declare it to the Immigration & Checkpoints Authority.
        Exhibits can be temporarily imported into Malaysia under an ATA Carnet; consumables and giveaways are dutiable and cannot be covered.
        Nearest 24-hour emergency departments: Changi General Hospital for Singapore EXPO, Hospital Kuala Lumpur for MITEC.
    """),
    ("ms", "notis_pameran"): _lines("""
        Makluman kepada semua pempamer: waktu pemasangan gerai ialah 8.00 pagi hingga 10.00 malam pada 5 Mac 2027 di Dewan 3 MITEC.
        Pengunjung perdagangan mesti berumur 18 tahun ke atas; kanak-kanak tidak dibenarkan masuk ke dewan pameran semasa waktu perniagaan.
        Borang pendaftaran pempamer: Nama syarikat ____ / No. SSM ____ / Nama pegawai untuk dihubungi ____ / No. telefon ____
        Pameran akan dirasmikan oleh Menteri pada jam 10 pagi; semua gerai diminta siap sepenuhnya sebelum jam 9.30 pagi.
        Bayaran penuh sewa ruang pameran mesti dijelaskan 60 hari sebelum tarikh pameran; pembatalan selepas tarikh ini tidak akan dikembalikan.
        Surau terletak di Aras 2 bersebelahan Dewan 5; bas ulang-alik ke masjid berhampiran untuk solat Jumaat disediakan dari jam 12.30 tengah hari.
        Sampel makanan yang diedarkan mestilah mempunyai sijil halal yang sah atau dilabel dengan jelas sebagai tidak halal.
        No. invois INV-MY27-001192 telah dijelaskan sepenuhnya; resit rasmi akan dihantar melalui e-mel dalam tempoh 3 hari bekerja.
        Sila ambil perhatian: tempat letak kereta P2 penuh; pengunjung dinasihatkan menaiki tren KTM ke stesen Segambut dan menaiki bas perantara percuma.
        Soalan lazim: Bolehkah saya menukar nama pada lencana? Ya, pertukaran nama dibenarkan sehingga 7 hari sebelum pameran melalui portal pempamer.
        Statistik pameran 2026: 8,450 pengunjung perdagangan, 312 pempamer dari 21 negara, nilai jualan di tapak dianggarkan RM48 juta.
    """),
    ("zh-Hans", "展会通知"): _lines("""
        参展商须知：布展时间为2027年3月5日上午8时至晚上10时，特装展位须于2月5日前提交结构图纸及工程师签章。
        观众预登记已开放，请于2月28日前完成登记，现场凭电子胸卡二维码在自助打印机取证。
        展位费发票号码 INV-SG27-004381 已开出，请于12月5日前以电汇方式付款，并在附言注明发票号码。
        签证邀请函仅发给已付清展位费的参展商，办理时间约5个工作日，请提前至少六周申请。
        本届展会共吸引来自38个国家和地区的12,904名专业观众，其中新加坡观众占41%，马来西亚占27%。
        现场禁止使用氦气球、烟雾机和明火；如需无人机拍摄，须事先取得场馆书面批准。
        请问展商胸卡可以转让给同事吗？——胸卡不可转让，如需更换姓名，请于开展前7天在参展商平台修改。
        展商手册第4.3条：所有食品试吃份量不得超过30克，现场食品处理人员须持有有效的食品卫生证书。
        主办单位客服热线：+65 6738 2210（周一至周五，上午9时至下午6时），电邮 enquiry@meridian-events.com.sg。
        大会论坛第三场将回顾吴庆瑞博士在1960年代规划裕廊工业区的历史。
        撤展时间为最后一天下午5时开始，提前撤展者将被没收押金。
    """),
    ("mixed", "group_chat"): _lines("""
        guys the loading bay at hall 5 macam pasar malam already, lorry queue until Expo Drive, pls tell contractors come after 3pm
        boss say this year booth design must follow new brand guide, the pantone 2945C one, cannot anyhow use old banner ah
        lanyard sponsor logo wrong colour leh, printer say reprint 3 days, can or not still make it before move-in?
        Exhibitor portal down since 9pm, 好像是 server maintenance, tomorrow morning check again
        wah today footfall damn good, 6k plus by 6pm, tomorrow sure more because Saturday
        anyone know MITEC hall 3 got wifi or not? last year signal very lousy, better bring own router
        kiosk printer jam lagi, badge keluar separuh only, ops pls send technician to counter 2
        halal caterer confirm already, 120 pax lunch for speakers and crew, tak ada beef, semua chicken and fish
        visa letter template v3 dah update, pakai yang baru ya, old one still got 2026 dates
        this one 展位 4B-12 corner or not ah? client keep asking, floor plan v9 say corner but portal say inline
        the gala dinner 座位 plan still draft, don't send out to exhibitors first
        the UTAR booth (Universiti Tunku Abdul Rahman) want extra power point, who approve ah?
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        EXHIBITOR REGISTRATION | Company: Hock Seng Food Industries Pte Ltd | Contact person: Mr TAN WEI JIE | Designation: Export Manager | Mobile: +65 9123 4781 | Email: weijie.tan88@gmail.com
        2027-03-06 10:42:17,4B-12,VIS,Lim Shu Fen,Procurement Executive,Sin Lee Bakery Supplies,Malaysia,shufen.lim@yahoo.com,012-647 3918,ovens;mixers,HOT
        TO WHOM IT MAY CONCERN — This is to confirm that Mr NGUYEN VAN HUNG (Vietnamese passport C4829173, date of birth 14/02/1986) is a registered exhibitor at AsiaPack Expo 2027, Booth 6C-08, Singapore EXPO, 8-10 March 2027. Ref VL/2027/SG/0322.
        Speaker bio — Dr Priya d/o Ramasamy leads cold-chain quality at Kool Logistics Pte Ltd. Before that she spent 12 years as a pharmacist at Changi General Hospital. She lives in Tampines with her husband and two daughters and is training for her first Ironman.
        EXH BADGE | 0412 | MUHAMMAD HAFIZ BIN ROSLAN | Tropika Agro Sdn Bhd | Booth 3A-15 | IC 880921-01-5327 | Printed 05/03 14:22
        Airshow security clearance submission: 1) GOH KAH WAI, S8834521E, Avionics Technician, SkyParts Asia; 2) RAJESH KUMAR S/O MUNUSAMY, S7719042B, Driver, SkyParts Asia
        Room block AFX27 | Guest: Ms Chloe Fernandez | In 05/03/2027 Out 09/03/2027 | Deluxe King, non-smoking | Guarantee: VISA 4556 2027 6949 8017 exp 08/29
        Visitor complaint #C-0193: Mdm Ho Siew Lan (67) slipped near Hall 5 toilets on 7 Mar about 3pm, bruised right wrist, sent to CGH A&E by venue first aider; son reachable at 9673 2185, says family may claim.
        Signed for and on behalf of the Exhibitor: ALVIN CHUA BOON KEAT, Director, NRIC S8261094D, 14/10/2026, witnessed by the organiser's sales manager
        Speaker requirements: Mr Arjun Menon — severe peanut allergy, carries an EpiPen; needs ramp access to the stage after knee surgery; arriving SQ 423 on 5 Mar, 06:40.
        Refund request: please refund S$1,308 for the cancelled delegate pass of Jasmine Koh Hui Min to her DBS account 027-2-153489; she was admitted to hospital last week and cannot attend.
        Lead note (booth 2C-05): Mr Kelvin Ong, Ong Brothers Hardware — closing the Ipoh branch end of year because of debts, wants a cheaper supplier, call him after CNY at 016-552 8093.
        Badge name change: remove FARAH DIYANA BINTI ISMAIL (resigned 28 Feb) and issue a new badge to NUR AMIRA BINTI ZAINAL, Marketing Executive, same booth 3A-15.
        Visa letter request: Mr SURESH BABU NARAYANAN, Indian passport T4827391, valid till 11/09/2031, flying MAA-SIN on 4 March, staying at Village Hotel Changi, role: booth engineer for Chennai Pumps Pvt Ltd.
        Delegation (Xiamen) for visa letters: CHEN XIAOLI, F, DOB 02/03/1991, ID 350203199103020866, passport EA7731905; ZHOU HAO, M, DOB 14/07/1988, ID 440305198807142533, passport E63810274
        Speaker logistics — Ms Aiko Matsuda, passport TK7306158, arrives NH 841 on 5 Mar 17:05, departs 8 Mar; honorarium S$2,500; vegetarian; asked not to be photographed because of a family matter.
        Foreign booth staff notification: WANG LEI, FIN G5521873R, Sales Engineer; PHAM THI LAN, FIN F2298314T, Interpreter — both employed by Gao Tech (S) Pte Ltd, on duty 8-10 Mar.
        TT advice: remitter LEE MEI YIN, OCBC a/c 501-238746-001, S$3,270.00, ref INV-SG27-004402 — booth balance paid from her personal account for Mei Yin Crafts.
        Lost & found log 06/03 16:40: black Samsonite backpack at Hall 3 counter — MacBook, MyKad of LOH CHEE KEONG 790612-07-5541, Maybank card; owner called at 017-403 2289, collecting tomorrow.
        Incident report 2027-03-04: Md Rafiqul Islam, FIN G3310587N, fell from a 2 m ladder at booth 6D-02 during build-up, suspected fractured ankle, conveyed to CGH; employer Kingdom Builders Pte Ltd informed.
        Vehicle pass VP-0517: SJK 4827 D, driver Muthu a/l Krishnan, HP 9832 4617, loading bay L6, 6 Mar 0800-1000
        Table 12 (gala dinner): Mr & Mrs Daniel Sim — vegetarian; Dr Farid bin Osman — halal, diabetic; Ms Jolene Teo — wheelchair user, seat near the exit.
        Do not accept 2027 application from Mr Kumar a/l Subramaniam (KS Trading) — caught subletting his booth to an unregistered seller at Halal Fair 2026 and still owes RM2,400.
        Media/KOL pass approved: @jiayi.eats (Tan Jia Yi, food blogger, 23k followers), all 3 days, contact via IG DM, bringing her mum as assistant.
        Pls add our booth crew to the telegram group: @kokwei_88 (Kok Wei, setup) and @aqilahzz (Aqilah, sales), both from our Penang office.
        SPEAKER PROFILE: Ir. Wong Kah Hoe, P.Eng., Technical Director of WKH Consulting, Kuching. UNIMAS graduate (2004), 20 years designing palm-oil mill effluent systems; father of three; kahhoe.wong@gmail.com
        Card payment, booth 6C-08: Mastercard 5521 4458 8213 0855 exp 11/28, cardholder SHARMILA D/O RAJOO, billing address Blk 418 Bedok North Ave 2 #08-115 Singapore 460418
        Ref VL/2027/SG/0341 — We are pleased to invite Bapak AGUS SETIAWAN (Indonesian passport X2917346), Director of CV Maju Jaya Abadi, Surabaya, to exhibit at Booth 5A-02 from 8 to 10 March 2027.
        Booth hostess roster: Ms Maria Cristina Dela Cruz (PH passport P5520174B), 8-10 Mar, S$220/day paid in cash by the exhibitor; mobile 8153 2276.
        HK exhibitor contact sheet: Mr CHEUNG KA MING, HKID K482713(9), mobile +852 9137 2846, booth 2A-03, arriving CX 691 on 6 Mar
        Taiwan pavilion staff: LIN YU-TING, ID F230927165, LINE id yuting.lin0412, 0912-377-845, booth TW-14
    """),
    "ms": _lines("""
        Borang pendaftaran pempamer: Nama: NOR HASLINDA BINTI MOHD YUSOF | No. KP: 850317-03-5924 | Jawatan: Pengurus Pemasaran | Syarikat: Kelantan Batik Emas Enterprise | Tel: 019-937 2254
        Makluman: Encik Zulkifli bin Hamzah (gerai 3A-15) dikenakan denda RM500 kerana memasang kipas besar tanpa kelulusan dan bertengkar dengan pengawal keselamatan.
        Tuntutan bayaran balik: Puan Rosnah binti Abdul Rahim, akaun Maybank 1640 2281 5573, RM1,200 kerana tidak dapat hadir — sedang menjalani rawatan kemoterapi.
        Pemandu lori WXY 4821, Encik Ganesan a/l Perumal, 012-784 3361, dibenarkan masuk ke dok 4 Dewan 3 MITEC pada 5 Mac jam 7 pagi.
        Penceramah: Dr. Aminah binti Sulaiman, pensyarah kanan UPM — sila hantar cenderahati ke rumahnya di No. 12, Jalan Seri Kembangan 5/3, 43300 Seri Kembangan, Selangor.
        Pempamer hilang dompet: Cik Nurul Syafiqah binti Azman, KP 990804-14-6318, kad ATM CIMB dan lesen memandu di dalam; laporan polis dibuat di IPD Sentul.
        Senarai krew gerai untuk pas keselamatan: 1) Mohd Faizal bin Ismail 920115-10-6673 2) Siti Hajar binti Rahmat 950622-08-5418
        Peserta seminar, Encik Lim Chee Seng dari Seng Hup Machinery, maklumkan dia ada penyakit jantung dan perlukan tempat duduk berhampiran pintu keluar.
    """),
    "zh-Hans": _lines("""
        参展商联系人：陈晓丽，厦门鹭岛食品有限公司外贸部经理，身份证号 350203199103020866，手机 +86 138 5920 4417。
        签证邀请函：兹证明王建国先生（护照号 EB3307412，出生日期1979年9月25日）为本届展会注册参展商，展位号6C-10，展期2027年3月8日至10日。
        客户投诉：黄丽萍女士在3月7日下午于5号馆摔倒，右手腕扭伤，已送樟宜综合医院，她女儿的电话 9174 2603。
        讲者简介：林志强博士，南洋理工大学毕业，现任狮城冷链物流技术总监，前年因心脏手术休养一年后重返业界。
        展位收款：周美玲以信用卡 4147 2077 0037 7986 支付展位尾款 S$6,540，账单地址 Blk 231 Ang Mo Kio Ave 3 #05-1142。
        马来西亚参展商黄俊杰，身份证 790925-07-5523，在展会期间多次擅自占用通道，已被主办方书面警告。
        微信号 lizhen_xm2027 是厦门展团联系人李珍，住在 Park Avenue Changi 812 房，3月9日退房。
    """),
    "mixed": _lines("""
        eh the guy from booth 4B-12, Jason Lim Keng Hwa, his handphone 9827 3315, he say want to extend booth 1 more day, can call him back?
        我的badge名字打错了 leh, should be LOW SIEW MEI not LOH SIEW MEI, IC S9147730J, Mei Kitchenware booth 2B-09, pls reprint thanks
        kak, nama saya Nur Atiqah binti Roslan, exhibitor booth 3A-08, IC 960211-05-5102, nak claim parking pass yang tak dapat semalam
        Lead list dari booth kita semalam: Ahmad Syukri bin Yahya, Pengurus Kilang, 013-289 4406 — dia nak quotation mesin packing, very hot lead
        Ms Kavitha a/p Raman pengsan dekat booth 5C-11 tadi, dah bawa pi first aid room, dia cakap hamil 5 bulan, suami on the way
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the exhibitor services assistant for AsiaPack Expo 2027 (Singapore EXPO, 8-10 March 2027). Help exhibitors with badges, visa letters and logistics.",
        ),
        (
            "user",
            "Hi, I need a visa support letter for my colleague. Name: PHAM QUOC BAO, Vietnamese passport C6193027, expiry 20/05/2030, DOB 03/11/1990. He is our technician for booth 6C-08.",
        ),
        (
            "assistant",
            "Thanks. I have drafted the request for Mr Pham Quoc Bao (passport C6193027). Please confirm his arrival date and where he will stay.",
        ),
        (
            "user",
            "Arriving 6 March, staying at Village Hotel Changi till 11 March. Please email the letter to him directly at baopq.tech@gmail.com",
        ),
    ],
    [
        (
            "user",
            "hello, my colleague badge still cannot print at kiosk. name Chong Wai Leong, NRIC T0056218H, company SkyParts Asia",
        ),
        (
            "assistant",
            "Hi, sorry about that. I found the record for Chong Wai Leong under SkyParts Asia, but the badge category was set to Visitor. I've changed it to Exhibitor; please try the kiosk again in 5 minutes.",
        ),
        (
            "user",
            "ok can already thanks. also he driving in tmr, car plate SGF 2209 M, need loading bay pass for 7am",
        ),
    ],
    [
        (
            "system",
            "You are the speaker management assistant for the Borneo Palm Summit 2027 in Kuching.",
        ),
        (
            "user",
            "Can you compile the arrival sheet for speaker Dr Farah Nadia binti Khalid? She lands at KCH on MH 2520 at 14:35 on 12 April.",
        ),
        (
            "assistant",
            "Noted. Arrival sheet: Dr Farah Nadia binti Khalid, MH 2520, ETA 14:35, 12 April. Do you have a contact number so the driver can reach her?",
        ),
        (
            "user",
            "Her mobile is 019-882 4170. Note she is 7 months pregnant, so please arrange a wheelchair at arrival and a ground-floor room at the hotel.",
        ),
    ],
    [
        (
            "user",
            "I was charged twice for the booth balance! Card 5400 3655 6202 7013, two charges of S$6,540 on 3 Dec. Invoice INV-SG27-004417.",
        ),
        (
            "assistant",
            "I'm sorry about this. I can see one payment recorded against INV-SG27-004417. Could you tell me the cardholder name so our finance team can trace the duplicate?",
        ),
        (
            "user",
            "Cardholder is Ms Angeline Yeo Pei Shan, I'm the owner of Yeo's Kueh House. Please refund to the same card asap, my cashflow very tight this month.",
        ),
    ],
    [
        (
            "user",
            "Format these booth scans into a table: 'Ravi s/o Chandran, Ops Manager, Tiong Bahru Cold Store, 9146 2083, ravi.chandran@tbcs.com.sg' and 'Esther Wee, buyer, Wee Brothers Provision, 8561 3390'",
        ),
        (
            "assistant",
            "| Name | Role | Company | Phone | Email | / | Ravi s/o Chandran | Ops Manager | Tiong Bahru Cold Store | 9146 2083 | ravi.chandran@tbcs.com.sg | / | Esther Wee | Buyer | Wee Brothers Provision | 8561 3390 | - |",
        ),
        (
            "user",
            "add a Notes column: Ravi says his contract with the current supplier ends June; Esther is only looking, not the budget holder",
        ),
    ],
    [
        (
            "user",
            "urgent, booth 5C-11 exhibitor auntie fainted, name Lee Ah Moi, she say got diabetes, skipped lunch",
        ),
        (
            "assistant",
            "Please call the venue first-aid team on the hall emergency line now and keep her seated in a cool place. Do you want me to open an incident report?",
        ),
        (
            "user",
            "yes log it. her son number 9673 5512, he coming from Tampines. first aider gave her glucose, she ok now",
        ),
    ],
    [
        (
            "system",
            "Anda ialah pembantu pendaftaran pempamer untuk Pameran Makanan Pantai Timur 2027 di MITEC.",
        ),
        (
            "user",
            "Assalamualaikum, saya nak daftar sebagai pempamer. Nama: Mohd Khairul Anuar bin Abdullah, KP 830514-11-5069, syarikat Terengganu Keropok Lekor Enterprise.",
        ),
        (
            "assistant",
            "Waalaikumussalam. Terima kasih, Encik Khairul. Sila berikan nombor telefon dan alamat e-mel untuk pengesahan.",
        ),
        (
            "user",
            "Tel 013-917 4482, e-mel khairul.keropok@gmail.com. Saya nak gerai sudut kalau ada.",
        ),
    ],
    [
        (
            "user",
            "请帮我整理厦门展团名单：张伟明，护照EJ4829173，身份证320106197909254716；刘芳，护照E58204716，手机13959207718。",
        ),
        (
            "assistant",
            "好的，已整理：1. 张伟明 护照EJ4829173；2. 刘芳 护照E58204716。需要我同时生成签证邀请函吗？",
        ),
        (
            "user",
            "需要，两人3月5日抵达新加坡，住Park Avenue Changi，张先生对海鲜过敏，晚宴请安排。",
        ),
    ],
    [
        (
            "user",
            "Need to change my room at the exhibitor hotel. Booking ref AFX27-H-0912, guest Marcus de Souza.",
        ),
        ("assistant", "Sure, what change would you like to make to booking AFX27-H-0912?"),
        (
            "user",
            "Extend to 11 Mar, charge my Visa 4902 8335 0560 0531, and send the invoice to my home address 27 Jalan Kembangan, Singapore 419124.",
        ),
    ],
    [
        (
            "user",
            "Hi I lost my wallet at MITEC Hall 3 yesterday, anyone pass to the counter?",
        ),
        (
            "assistant",
            "Hello, a few wallets were handed in. Can you describe it and give your full name as on the IC inside?",
        ),
        (
            "user",
            "brown Coach wallet, name Tan Boon Huat, IC 760403-10-5247, phone 012-338 9120. Got my Touch n Go card and some cash inside.",
        ),
    ],
]
