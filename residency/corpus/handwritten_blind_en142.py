# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en142: SG/MY solar, EV charger and smart-home installers. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en142
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "customer faq and advice"): _lines("""
        Can I put solar panels on my 5-room HDB flat? Not on your own; HDB blocks get solar on the common rooftop through SolarNova, so only landed homes and some condos install their own systems.
        For a typical intermediate terrace in Singapore, a 6 to 8 kWp system on the main roof usually offsets 40-60% of the monthly SP bill, depending on shading from the neighbours' extensions.
        Do I need an LEW for a 7 kW home charger? Yes, the new final circuit must be designed and endorsed by a Licensed Electrical Worker, and the charger model itself must be LTA-registered.
        Q: My condo management says I need a general meeting resolution before putting a charger at my lot, is that normal? A: Yes, anything on common property needs MCST approval; many condos now go for shared chargers under the grant instead.
        Under Solar ATAP, exported units are credited at the system marginal price, so size the system to your daytime load rather than to the whole monthly bill.
        Clean panels with plain water and a soft brush in the early morning; no pressure washers, and never stand on the modules because that voids most product warranties.
        Most Malaysian terrace houses are on single-phase 230V supply; larger inverters normally need a three-phase upgrade from TNB before the installer can proceed.
        Product warranty covers manufacturing defects for 12 to 25 years; performance warranty guarantees output, for example not below 87.4% of nameplate after 30 years on many N-type modules.
        Smart lock batteries: most Zigbee locks start warning at about 20%, so replace all four AA cells at the same time and don't mix brands.
        Can Tuya-based wall switches work with Apple Home? Not natively; you need a Matter bridge or something like Homebridge running on a small server.
        Why does my inverter trip on "Grid Overvoltage" around noon? On long feeders the voltage rises when many houses export at once; ask your installer to check the AC cable size first.
        A Type 2 wallbox on a 32A single-phase circuit gives about 7.4 kW, roughly 40-50 km of range per hour of charging for most EVs.
        In Malaysia the individual tax relief for EV charging facilities covers installation, purchase, rental or subscription, capped at RM2,500; keep the official receipts.
        Before the site survey, please prepare the last three months of electricity bills, clear roof access, and show us where the DB box is.
    """),
    ("en", "permit and grid procedure"): _lines("""
        Step 1: the LEW submits the solar PV connection application to SP Group; Step 2: SP Group evaluates the application; Step 3: after installation the LEW requests turn-on and the meter is changed to a bi-directional one.
        Under the Simplified Credit Treatment, non-contestable households with solar can be paid for excess export at the prevailing low-tension tariff less grid charges, credited through the utilities bill.
        SEDA Malaysia requires the installer to be a Registered PV Service Provider; applications keyed in by unregistered contractors are rejected at screening.
        Documents for a Solar ATAP application: latest TNB bill, proof of ownership or the owner's consent letter, single-line diagram signed by a competent person, and the module and inverter datasheets.
        For roof-mounted PV on landed houses most local councils only need a notification, but carport structures and ground-mounted arrays may require planning permission.
        Condominium EV chargers: the MCST passes a resolution, the appointed charge point operator registers the chargers with LTA, and the LEW tests and commissions the circuit before the lot is marked.
        Turn-on checklist: AC isolator labelled, DC isolator labelled, dual-supply warning sign at the meter board, anti-islanding test passed, as-built SLD placed inside the DB.
        TNB site verification is normally scheduled within 10 working days after the meter change request is accepted by the regional office.
        Installing a private EV charger inside an HDB flat is not allowed; HDB car park chargers are rolled out by appointed operators under the national programme.
        Warranty claim procedure: 1) log the fault, 2) download the inverter event log, 3) photograph the nameplate and error screen, 4) raise an RMA with the distributor quoting the serial number, 5) replacement ships in 5-7 working days.
        In Sabah the application goes to SESB and the Energy Commission of Sabah, and in Sarawak to Sarawak Energy, not to TNB.
        EV charger circuits need a Type A RCD with 6 mA DC fault detection in the charger, or a Type B RCD upstream, following the manufacturer's installation manual.
        Structural check: for metal deck roofs older than 15 years, a PE endorsement on purlin capacity is needed before we add about 12 kg per square metre of panels and rails.
    """),
    ("en", "quotation and spec sheet"): _lines("""
        Quotation QT-2026-0418 | 14 x LONGi Hi-MO 6 LR5-54HTH-440M | 1 x Huawei SUN2000-6KTL-L1 | K2 rails on metal deck | Total 6.16 kWp | SGD 11,880 before GST
        Optional add-on: Huawei LUNA2000-5-S0 battery, 5 kWh usable, SGD 4,350 installed; not recommended purely for payback.
        Line 4: AC cable 6mm² 3C armoured, 25 m @ RM18.50/m = RM462.50
        Wallbox Pulsar Plus 7.4 kW, Type 2 tethered 5 m cable, IP54, Wi-Fi and Bluetooth, RFID optional, LTA registration number printed on the rating label.
        Package B (terrace, single phase): 12 panels 5.28 kWp, SMA Sunny Boy 5.0, estimated 550-600 kWh per month in the Klang Valley, RM21,900 nett.
        Payment schedule: 30% deposit on acceptance, 60% on installation, 10% after the TNB meter change.
        Smart home bundle SH-3: 1 x Aqara Hub M3, 6 x no-neutral wall switches, 2 x door sensors, 1 x smart lock installation, S$1,280.
        Jinko Tiger Neo JKM440N-54HL4R-V: Voc 39.53 V, Isc 13.90 A, module efficiency 22.02%, 1722 x 1134 x 30 mm, 21.5 kg.
        Quote valid 14 days. Excludes PE endorsement if required and any TNB supply upgrade charges.
        Invoice INV-88217-MY | Job JB-23-0911 | Amount due RM 3,480.00 | Due 15/01/2027
        BOM: 2 x MC4 pairs, 1 x 2P DC isolator 1000V, 1 x Type 2 DC SPD, 1 x 40A RCBO, 3 lengths cable trunking, 1 x meter board label kit.
        Zaptec Go 22 kW three-phase, SKU ZAP-GO-22-SG, unit only S$1,690, installation from S$650 depending on cable run.
    """),
    ("en", "ops log and ticket"): _lines("""
        [2026-11-03 10:42] TKT-55102 opened: inverter offline, last heartbeat 09:17, dongle reboot requested remotely.
        Job JB-26-1147 | Survey done | Roof: clay tiles, 28° pitch, facing south-west | Shading: water tank after 4pm | Recommend 16 panels
        RMA-77310: Sungrow SG5.0RS fault code 010 persists after firmware update; swap approved by distributor.
        ALM-2026-338812: string 2 current 0.0 A while string 1 at 9.8 A, suspect loose MC4 connector.
        Charger CP-SG-00418 status Faulted (Ground Failure), auto-retry 3/3 failed, technician dispatched.
        Case ref SPG/SOL/2026/004521 acknowledged, processing time 7-10 working days.
        Weekly summary: 23 surveys, 17 quotes, 9 installs, 4 warranty tickets closed, average survey-to-install 26 days.
        Firmware rollout: 312 of 340 wallboxes on 6.3.2; 28 pending because of weak signal in basement car parks.
        Serial HV2340812753 | Firmware V100R001C00SPC134 | Model SUN2000-5KTL-L1 | RMA approved, replacement shipped.
        Ticket #90213 closed: app reconnected after router change, no site visit needed.
        Meter change completed; export register 0000012.4 kWh at handover, import register 0048213.7 kWh.
        Panels delivered by Ninja Van, tracking NVSGSUNH00093411, 2 pallets, 1 corner frame dented, photo uploaded to job folder.
    """),
    ("mixed", "installer team chat"): _lines("""
        guys the Huawei dongle stock at warehouse left 3 only, pls dun anyhow take
        tmr rain 60% leh, the Serangoon Gardens roof job postpone or not?
        boss say all crew must wear harness on metal roof, this one last warning ok
        anyone got spare MC4 crimping tool? mine spoil already
        TNB dah approve batch minggu lepas, meter change mungkin next week
        SEDA portal down again lah, cannot upload SLD since morning
        reminder toolbox talk 7.45am tomorrow, topic is ladder safety
        wah today sun damn strong, string voltage hit 480V at 11am
        明天的 survey 改到下午两点, 早上先去仓库拿 panel
        checked already, the DB no space for new RCBO, need add sub-board
        the Punggol project want Aqara or Tuya? quote both lah
        pls update job sheet in app before knock off, ops cannot track
        kedai hardware Jalan Ipoh tutup Ahad, beli conduit hari Sabtu je
    """),
    ("ms", "notis dan panduan"): _lines("""
        Notis: Pejabat kami ditutup pada 31 Ogos sempena Hari Kebangsaan; permohonan Solar ATAP akan diproses semula pada 2 September.
        Panduan ringkas: sediakan bil TNB terkini, salinan geran tanah atau perjanjian jual beli, dan surat kebenaran pemilik jika premis disewa.
        Pendawaian pengecas EV di rumah teres mesti dibuat oleh kontraktor elektrik berdaftar dengan Suruhanjaya Tenaga.
        Jaminan produk panel ialah 12 tahun dan jaminan prestasi 30 tahun; kerosakan akibat banjir atau kilat tidak dilindungi.
        Pelanggan dinasihatkan tidak membuka penutup inverter sendiri; sebarang pengubahsuaian akan membatalkan waranti.
        Tawaran bulan Ramadan: pemeriksaan sistem dan cucian panel percuma untuk sistem 5 kWp ke bawah.
        Talian khidmat pelanggan syarikat: 1-300-22-8765, Isnin hingga Jumaat, 9 pagi hingga 6 petang.
        Soalan: Boleh pasang solar atas bumbung asbestos? Jawapan: Tidak digalakkan; bumbung perlu ditukar dahulu atas sebab keselamatan.
        Mesyuarat agung tahunan badan pengurusan bersama akan membincangkan cadangan 10 pengecas EV di petak letak kereta pelawat.
        Nombor rujukan permohonan dalam format SEDA-ATAP-2026-xxxxx; sila simpan untuk semakan status dalam portal.
        Sila pastikan suis utama dimatikan sebelum juruteknik TNB menukar meter; bekalan akan terputus lebih kurang 30 minit.
    """),
    ("zh-Hans", "问答与广告"): _lines("""
        新加坡有地住宅安装太阳能板，一般由持牌电工（LEW）向新加坡能源集团提交申请，整个流程大约四到六周。
        问：组屋可以自己装充电桩吗？答：不可以，组屋停车场的充电桩由政府委任的运营商统一安装。
        逆变器显示“电网过压”时，请不要反复重启，先记下报警代码再联系售后。
        大马Solar ATAP计划：多余电力按系统边际价格计算，抵扣当月电费。
        本公司提供25年组件质保、10年逆变器质保，以及两年内一次免费上门清洗。
        智能门锁安装前请确认门厚在40至120毫米之间，防火门需要先问管委会。
        年终优惠：6kWp系统套餐含华为逆变器，现价新币一万零八百，名额有限。
        报价单编号 QT-2026-0592，有效期十四天，价格不含消费税。
        下雨天不上屋顶测量，勘察会自动顺延到下一个工作日。
        充电桩安装后需由持牌电工测试漏电保护装置，并在配电箱贴上标签。
        门市客服热线 6735 0921（周一至周六 9:00-18:00），欢迎来电咨询。
        巴生谷地区一个5千瓦的系统每月大约发电550到600度。
    """),
    ("en", "news and public record"): _lines("""
        Singapore's SolarNova programme, led by HDB and EDB, aggregates demand across public-sector rooftops towards the national target of at least 2 GWp of solar by 2030.
        The Ministry of Energy Transition and Water Transformation under Deputy Prime Minister Fadillah Yusof launched Solar ATAP to succeed NEM 3.0 in 2025.
        Edmond Becquerel observed the photovoltaic effect in 1839; the first practical silicon solar cell came out of Bell Labs in 1954.
        Elon Musk unveiled the Tesla Powerwall in 2015, pitching home batteries as the missing half of rooftop solar.
        Lee Kuan Yew's Garden City campaign of 1967 still comes up whenever Singapore debates rooftop greenery versus rooftop solar.
        LTA aims for 60,000 EV charging points by 2030, about 40,000 in public car parks and 20,000 on private premises.
        Albert Einstein won the 1921 Nobel Prize in Physics for explaining the photoelectric effect, not for relativity.
        Our solar workshop meets at the Lee Kong Chian Reference Library, National Library Building, 100 Victoria Street, Singapore 188064.
        In Kevin Kwan's Crazy Rich Asians, Tyersall Park would need its own substation before anyone could put a wallbox in the garage.
    """),
    ("en", "template and config"): _lines("""
        Dear {customer_name}, your site survey at {site_address} is confirmed for {date}, {time_window}. Please make sure roof access is available.
        Hi <Name>, your quotation <QuoteNo> expires on <ExpiryDate>. Reply YES to accept or call our sales team.
        SMS: [SunHarbour] Your technician is on the way, ETA {eta} mins. Track: {link}
        Warranty claim form: Name: ________ / NRIC/FIN (last 4): ____ / Contact: ________ / Inverter S/N: ________ / Fault: ________
        I, ____________ (NRIC ____________), owner of ____________, hereby authorise ____________ (LEW Licence No. ______) to apply for connection on my behalf.
        Thank you for contacting Borneo Surya Tenaga Sdn Bhd (202001023456). Your enquiry number is ENQ-2026-11873; we reply within 2 working days.
        Pay by PayNow to UEN 201934871M (SunHarbour Energy Pte Ltd) and put your invoice number as the reference.
        {"job_id": "JB-26-1203", "system_kwp": 8.8, "inverter": "SG8.0RT", "status": "pending_turn_on"}
        NRIC_PATTERN = r"^[STFGM][0-9]{7}[A-Z]$"  # validate format only, never log the value
        notify_customer(job_id, template="survey_confirmed", channel="whatsapp", locale="en-SG")
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Site survey form | Customer: TAN WEI MING | NRIC: S8234157I | Address: 27 Jalan Kembangan, Singapore 419127 | Mobile: 9734 2281 | Roof: RC flat | Preferred date: 14/12
        Quote QT-2026-0611 prepared for Mr Ravi Shankar s/o Muniandy, 15 Sunrise Drive, Singapore 806534: 18 panels, S$14,200 before GST.
        LEW on record: Mr Lim Chee Keong, mobile 8216 5039, endorsed the SLD for the 6.16 kWp job at Holland Grove and will attend turn-on.
        Warranty claim: Mdm Goh Siew Lan, 88 Chestnut Avenue #03-02, Singapore 679526, SUN2000-5KTL-L1 S/N HV2211048893, no display since the storm on 2 Nov; she asks us to call her son at 9068 4417.
        Condo EV lot allocation: Lot B2-37 to unit #11-04 owner Mr Benjamin Ong, vehicle SLK5512G, RFID card issued 06/11.
        Refund of deposit S$3,564 to DBS 027-906431-2, account name CHEONG MEI LING, reason: roof structural report failed.
        Card 4546 3497 2745 5408 exp 09/28 charged for INV-88290, cardholder Jason Pereira, approval code 83X112.
        Complaint TKT-55188: Mrs Deborah de Souza (Frankel Estate) says the crew left screws in her gutter and scratched her Volvo, wants compensation; reply to deborah.desouza62@gmail.com
        Solar ATAP application | Applicant: LEE CHOON HOCK | MyKad 690117-07-5133 | TNB acc 2200 3917 4582 | 23 Lorong Kenari 5, Taman Sri Rambai, 14000 Bukit Mertajam, Penang | 6.6 kWp
        Site note: Puan Siti Aishah binti Kamaruddin, 2 Jalan SS 21/35, Damansara Utama; husband does home dialysis every night, so schedule the shutdown before 5pm only.
        EV charger install KL: Mr Arvind a/l Subramaniam, 012-378 4521, car BMK 3025 at bay P2-118, JMB approval letter received 4 Nov.
        Green financing application: Nurul Huda binti Ismail, MyKad 850923-14-6128, monthly income RM7,800, loan RM28,000 over 60 months for 8 kWp plus battery.
        oliver.grant.sg@outlook.com: new tenant at 41 Watten Rise, landlord approved the wallbox, drives a Model Y SNF610S, wants install before Christmas.
        JB-26-1150 | KOH BEE HOON | S1532810Z | 9381 0654 | 12 Jalan Bingka | turn-on 22/11 | paid in full
        Customer FIN G5561038Q, Mr Hiroshi Tanaka at The Interlace, wants a fingerprint lock because his mother-in-law, who lives with them, has early dementia and keeps losing keys.
        Dispute: Mr Muthu Krishnan a/l Raman refuses to pay balance RM6,200, says output is below what the salesman promised; lawyer's letter sent 3/11.
        pls call mdm rosnah 019-662 0873 re warranty, inverter beeping whole night, she stays Taman Melawati
        Grid application extract: Applicant NG BOON KIAT / NRIC S7719046E / SP account 93 1847 2650 / Premises 58 Jalan Lapang, Singapore 419036 / 9.24 kWp
        Survey note: Mr & Mrs Kwok, 19 Greenwood Avenue, 2 dogs (keep gate closed), Mrs Kwok is 7 months pregnant so no drilling before 11am.
        Smart home install for Dr Priya d/o Ganesan, NRIC S8840213H, 10 Jalan Jurong Kechil #04-11: fall-detection sensors in the bathroom for her father after his stroke.
        Referral: existing customer Aaron Lim (Seletar Hills, installed 2024) gets the S$200 referral voucher, pay to his PayNow 8845 1276.
        Amex 3773 111445 00382 charged S$2,998 for Zaptec Go install, cardholder Mr Daniel Ho, receipt emailed to danielho.88@yahoo.com.sg
        Incident: technician Zulkifli bin Yusof slipped on the Bukit Jalil roof, sprained left ankle, MC 5 days, workman's comp claim opened.
        New lead: Kelvin Chia, kelvin.chia.kc@gmail.com, +65 8102 7793, semi-D at Sunset Way, budget about S$20k, wants battery backup because his wife works from home.
        Lightning damage claim: policyholder Chua Kim Seng, 18 Jalan Tumbak, Taman Sentosa, 81100 Johor Bahru, inverter and smart meter burnt, 014-930 2267.
        Handover signed by MS SAMANTHA YEO HUI MIN (T0318462A), 7 Jalan Chempaka Kuning, Singapore 468720, app account created under her number 9152 6630.
        Mdm Fatimah bte Abdul Latiff (S0903381E), 74, lives alone at 5 Jalan Sedap; her niece Nadia 8637 2904 handles all payments for the solar instalment plan.
        Arrears list: 1) Peter Rozario, 9 Jalan Lembah Kallang, S$1,450 overdue 60 days; 2) Ong Siew Hwa, 22 Lorong Kismis, S$880 overdue 30 days.
        Mr Wong Kah Yan, 12 Jalan SS 2/64 Petaling Jaya, asked to pause the quote because he is being retrenched end of the month; follow up in March.
        Please reissue the invoice to the new owner Mr Julian Fernandez, NRIC S7206548D, since his late father Mr Anthony Fernandez was the original buyer.
    """),
    "ms": _lines("""
        Borang Permohonan Solar ATAP / Nama: MOHD HAFIZUDDIN BIN ABDUL RAHMAN / No. KP: 880730-08-5371 / Alamat: No. 45, Jalan Bercham Jaya 3, Taman Bercham Jaya, 31400 Ipoh, Perak / No. Akaun TNB: 2200 5821 9034
        Puan Norazlina binti Che Mat minta tangguh bayaran ansuran kedua sebab suami baru diberhentikan kerja; baki RM4,500.
        Pemulangan deposit RM2,000 kepada pelanggan Lim Ah Kow, akaun Maybank 164012938475, sebab pembatalan sebelum pemasangan.
        Tuntutan waranti: En. Kamal bin Harun, 013-812 7764, inverter GoodWe GW5K-DNS mati selepas kilat, No. 8 Jalan Meranti 2, Taman Meranti, 08000 Sungai Petani, Kedah.
        Jadual pengecas EV minggu ini: Rabu, Cik Farah Adibah binti Zainal (011-2387 6605), Setia Alam; Khamis, Tuan Haji Sulaiman bin Daud (017-205 8914), Bangi.
        Nota tapak: rumah Encik Rizal bin Osman, No. 11 Jalan Bunga Raya, Kampung Baru Subang; ibu beliau terlantar sakit, jangan ketuk pintu sebelum 10 pagi.
        Salinan MyKad pemilik: 750214-13-5020, DAYANG NURUL AIN BINTI AWANG, Kuching, untuk permohonan solar Sarawak Energy.
        Aduan: Sdr Kumaresan a/l Muthusamy marah sebab jurupasang datang lewat tiga jam dan minta diskaun 10%; tel 016-445 2190.
        Encik Syahmi bin Rosli bayar RM1,850 guna kad 5424 1814 2076 3562, resit dihantar ke syahmi.rosli@gmail.com
    """),
    "zh-Hans": _lines("""
        客户陈志强先生，地址 21 Toh Tuck Road, Singapore 596725，手机 9723 5518，要求周六上午勘察屋顶。
        李秀英女士（FIN F2290417P）申请在公寓车位装充电桩，车牌 SMB8830D，管委会已经批准。
        保修申请：黄国华，手机 +60 12-905 3318，地址 No. 36, Jalan Sejambak 10, Taman Daya, 81100 Johor Bahru，逆变器雷击损坏。
        退款：郑丽华 OCBC 601-234567-001，退还订金新币一千五百元，原因是房子卖了。
        勘察记录：刘美玲太太，14 Lichi Avenue，她先生长期卧床，施工期间不能断电超过一小时。
        客户微信号 zhangwei_jb88（张伟，新山 Taman Pelangi），已付定金马币三千，等TNB换表。
    """),
    "mixed": _lines("""
        eh the aunty at 42 Jalan Chempaka Putih, Mdm Jenny Teo, call us 5 times already, hp 8790 4418, pls someone go check her inverter today
        boss, customer Faizal (faizal.rahim91@gmail.com) the one at Setia Eco Park, dia nak refund sebab isteri tak setuju pasang
        明天去 Encik Azman bin Hashim 家 survey, alamat No. 9 Jalan Mawar 3, Taman Mawar, 43000 Kajang, hp 018-239 4471
        the Sharma family at Lentor again complain, Mr Vikram Sharma say his Tesla charge until 80% only then stop, his number 9640 2175
        update: Mr Ong Ah Huat paid via PayNow already, pls issue receipt to ong.ahhuat@hotmail.com, he stays 3 Jalan Kechubong
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the booking assistant for a Singapore residential solar installer."),
        ("user", "Hi, I want a site survey for my terrace house. Name is Jonathan Chew."),
        (
            "assistant",
            "Thanks Jonathan. May I have the address and a contact number so we can confirm the slot?",
        ),
        (
            "user",
            "6 Jalan Tarum, Singapore 579340, hp 8359 1182. Weekday mornings better, I work night shift at the hospital.",
        ),
    ],
    [
        (
            "user",
            "Saya nak buat tuntutan waranti inverter. Nama saya Rohani binti Yaakob, IC 830611-05-5596.",
        ),
        (
            "assistant",
            "Terima kasih Puan Rohani. Boleh berikan nombor siri inverter dan alamat pemasangan?",
        ),
        (
            "user",
            "S/N 2230ABX0419, alamat No. 17 Jalan Haruan 4, Taman Rasah Jaya, 70300 Seremban.",
        ),
        (
            "assistant",
            "Baik, tiket waranti telah dibuka. Juruteknik akan hubungi puan dalam 2 hari bekerja.",
        ),
        ("user", "Tolong call nombor anak saya 019-228 7140, saya kurang dengar."),
    ],
    [
        (
            "user",
            "Draft an owner's authorisation letter for the SP Group application. Owner is Mr Tay Soon Huat, NRIC S8123746H, property 33 Jalan Kechubong, Singapore 556760.",
        ),
        (
            "assistant",
            "Here is a draft: I, Tay Soon Huat (NRIC S8123746H), owner of 33 Jalan Kechubong, Singapore 556760, authorise SunHarbour Energy Pte Ltd and its LEW to apply for connection of a solar PV system on my behalf.",
        ),
        (
            "user",
            "Add that his wife Mdm Lau Pei Shan will sign for him while he is overseas for chemo in Taipei.",
        ),
    ],
    [
        ("system", "Condo EV charging helpdesk bot."),
        ("user", "my RFID card not working at lot B1-22, unit 08-15"),
        (
            "assistant",
            "Sorry about that. Could you share the vehicle plate registered to the card?",
        ),
        ("user", "SKQ2147C, under my name Gerald Tham, email geraldtham.sg@gmail.com"),
    ],
    [
        ("user", "你好，我想在家里装7千瓦的充电桩。"),
        ("assistant", "您好！请问是有地住宅还是公寓？方便留下联系方式吗？"),
        (
            "user",
            "有地的，地址 52 Jalan Bunga Rampai, Singapore 538450，我叫吴嘉慧，电话 9817 3340。",
        ),
        ("assistant", "好的吴小姐，我们的持牌电工会在三个工作日内联系您安排勘察。"),
    ],
    [
        ("user", "Can you make a table of this week's refunds for accounts team?"),
        ("assistant", "Sure, please paste the customer names, amounts and bank details."),
        (
            "user",
            "Siow Kai Wen, S$1,200, POSB 188-34765-0; Melissa Nair, S$640, OCBC 512-447391-001; Adrian Goh, S$2,050, DBS 034-118272-6",
        ),
    ],
    [
        (
            "user",
            "help me reply this customer nicely: Mdm Lee Gek Choo from 11 Jalan Lim Tai See, she angry the smart lock installer came late and her grandson locked out",
        ),
        (
            "assistant",
            "Dear Mdm Lee, we sincerely apologise for the late arrival of our installer and the inconvenience to your family. We would like to offer a free follow-up visit at your convenience.",
        ),
        (
            "user",
            "also mention we will waive the S$180 install fee, and our supervisor will call her at 9210 5683 tomorrow",
        ),
    ],
    [
        (
            "user",
            "Write an incident report. Technician Ganesh s/o Ramasamy, FIN F3349081W, fell from ladder at Jalan Ulu Sembawang site on 18 Nov.",
        ),
        (
            "assistant",
            "Incident report draft: On 18 November, technician Ganesh s/o Ramasamy fell from a ladder at the Jalan Ulu Sembawang site. Please provide details of injuries and first aid given.",
        ),
        (
            "user",
            "Fractured right wrist, sent to Khoo Teck Puat Hospital, MC 3 weeks. He is the only earner for his family so HR please expedite WICA claim.",
        ),
    ],
    [
        ("user", "Boleh ke saya claim rebat cukai untuk pengecas EV?"),
        (
            "assistant",
            "Boleh, pelepasan cukai individu sehingga RM2,500 untuk kemudahan pengecasan EV. Simpan resit rasmi.",
        ),
        (
            "user",
            "Ok. Nama saya Haziq bin Mustafa, gaji saya RM9,200 sebulan, resit pemasangan bulan Oktober RM3,100. Tolong emailkan ringkasan ke haziq.mustafa@yahoo.com",
        ),
    ],
    [
        ("system", "Internal assistant for a Johor solar installer."),
        ("user", "Check status for applicant Kavitha a/p Rajendran, MyKad 920305-01-6442."),
        (
            "assistant",
            "The record shows an application for 5.5 kWp submitted on 2 Oct, awaiting TNB meter change.",
        ),
        (
            "user",
            "Her address 28 Jalan Kempas Utama 3/2, Taman Kempas Utama, 81300 Johor Bahru. Inform her at 012-661 0395 meter change is on 9 Dec.",
        ),
    ],
    [
        (
            "user",
            "lai, summarise whatsapp group: [4/11 8:02pm] Desmond Koh: my wallbox at 15 Jalan Bingka again show red light / [4/11 8:05pm] Desmond Koh: call me 8845 3901 or come tmr after 7pm, wife pregnant dun want people come too late",
        ),
        (
            "assistant",
            "Summary: Desmond Koh reports the wallbox at 15 Jalan Bingka showing a red fault light and asks for a visit tomorrow after 7pm.",
        ),
        ("user", "ok add his contact also in the summary and create ticket"),
    ],
]
