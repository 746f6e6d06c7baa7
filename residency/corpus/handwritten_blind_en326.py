# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en326: SG/MY mortuary, embalming and hearse services (body collection from homes and hospitals, death certificates, repatriation of remains, families' instructions, drivers' chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en326
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "parlour_notices"): _lines("""
        NOTICE: Mandai Crematorium slots for Sundays are released 2 days ahead on the NEA portal; do not promise families a cremation time before the coordinator confirms.
        All body collections from the SGH mortuary (Block 9, Outram Road) need the digital death certificate printout and our company authorisation letter. No exceptions.
        Our 24-hour hotline 6250 8823 and WhatsApp line 8028 1190 are manned by the duty coordinator. For repatriation enquiries email repat@eternalgracefuneral.com.sg.
        Eternal Grace Funeral Services Pte Ltd (UEN 201634518K) will close the Sin Ming Lane front office on 1 Jan 2027; the 24-hour line runs as normal.
        Void deck wakes are booked through the Town Council, not through us. Please have the Town Council permit ready when our crew arrives to set up the tentage.
        Reminder to families: the embalming room at 25 Sin Ming Lane #01-08 is a restricted area; viewing is only in Parlour B between 10am and 8pm daily.
        Hearse H3 (Mercedes-Benz E250 conversion) is away for servicing at Cycle & Carriage Leng Kee from 9 to 11 Dec; H1 and H5 will cover all send-offs.
        Muslim funerals: we do not perform jenazah bathing ourselves. We refer families to the mosque's jenazah team and provide the van and transport only.
        Per NEA rules, the casket must stay sealed when death was due to a notifiable infectious disease; our staff will explain this gently before encoffining.
        Repatriation to Penang by road: the hearse clears Woodlands Checkpoint with the NEA export permit and the receiving parlour's letter; allow 10 to 12 hours.
        Christmas week: the Choa Chu Kang Cemetery office is closed on 25 Dec. Burials already booked for 26 Dec will proceed as scheduled, rain or shine.
        Condolence book, guestbook stand and 40 chairs come with the Serenity package; extra tables are $8 each from the Lee Hup Seng Canvas rental list.
        Mr Lee Kuan Yew lay in state at Parliament House from 25 to 28 March 2015; staff who volunteered along the procession route will share their experience at Friday's briefing.
    """),
    ("en", "faq"): _lines("""
        Q: Who registers a death in Singapore? A: The doctor certifies and registers it electronically; the family downloads the digital death certificate from the My Legacy portal.
        Q: The death happened at home at night, what do we do first? A: Call a doctor to certify, or 995 if it was sudden; do not move the body until the doctor or police say so.
        Q: How long can the body be kept? A: Embalmed remains are usually kept for a 3 to 5 day wake; unembalmed remains should be cremated or buried within 24 to 48 hours.
        Q: Is embalming compulsory for repatriation? A: Most airlines, including Singapore Airlines Cargo, require embalming and a hermetically sealed zinc-lined coffin.
        Q: How do we book a cremation at Mandai? A: Bookings go through the NEA after-death facilities e-portal; your funeral director does it for you once the death is registered.
        Q: In Malaysia, who issues the burial permit? A: The police or the hospital issues the Permit Pengebumian, and the death is then registered at a JPN office.
        Q: Can we hold the wake in a condo function room? A: Only if the MCST allows it; many do not, so families use a void deck or a parlour such as Singapore Casket on Lavender Street.
        Q: What does encoffining mean? A: It is the ritual of placing the deceased in the casket, usually done in front of the family on the first day of the wake.
        Q: Can ashes be scattered at sea? A: Yes, NEA has a designated area about 2.8 km south of Pulau Semakau; chartered boats leave from Marina South Pier.
        Q: How much is body collection from Tan Tock Seng Hospital? A: Our flat rate within Singapore is S$380 from 8am to 10pm and S$480 overnight, GST included.
        Q: Do you handle Hong Kong repatriation? A: Yes, via Cathay Cargo to HKIA; FEHD needs the death certificate, embalming certificate and a non-infectious disease letter.
        Q: Do you accept PayNow? A: Yes, pay to UEN 201634518K (Eternal Grace Funeral Services Pte Ltd) and send the screenshot to billing@eternalgracefuneral.com.sg.
        Q: Can a hearse come into an HDB estate at 2am? A: Yes, collections are allowed at any hour; our drivers switch off the engine and keep voices low at the lift lobby.
    """),
    ("en", "price_list"): _lines("""
        SKU HRS-SG-01 | Hearse transfer, hospital mortuary to parlour, anywhere in Singapore | S$380.00 | +S$100 between 10pm and 8am
        SKU EMB-STD | Standard arterial embalming incl. cosmetic preparation and dressing, one body up to 90 kg | S$650.00
        SKU EMB-REP | Embalming for international repatriation with embalming certificate (Form EMB-7) | S$980.00
        Casket 'Kenzo' solid meranti, cream satin lining, 6ft 4in | RM3,200 | Klang Valley delivery included | 4 units in Shah Alam store
        Casket 'Elizabeth' white lacquered veneer with brass handles | S$2,450 | stock at Jurong warehouse, 2 units left
        SKU ZNC-AIR | Zinc-lined hermetically sealed coffin for air freight, IATA compliant | S$1,850.00 | lead time 24h
        Buddhist package 'Lotus 3-Day' | monks' chanting x2 sessions, altar set, 50 chairs, tentage, hearse to Mandai | S$6,888 nett
        Taoist package 'Harmony 5-Day' | priest rites, crossing-the-bridge ceremony, paper house, tentage, hearse | S$12,800 nett
        Christian package 'Psalm 23' | pastor coordination, 2 wreath stands, hymn books, 3-day wake, hearse to Choa Chu Kang | S$5,500 nett
        SKU REP-KL-ROAD | Repatriation SG to KL by road incl. NEA export permit and Woodlands clearance | S$2,200 per trip
        SKU REP-HKG-AIR | Repatriation SIN to HKG by air, SQ Cargo AWB processing, zinc coffin and documents | from S$7,900
        SKU STR-DAY | Refrigerated mortuary storage at 25 Sin Ming Lane | S$120 per day | first 24h free with any package
        Wreath 'Mei Ling' 5ft stand, white lilies and chrysanthemums, ribbon printing included | S$168 | order via 6250 8823 before 3pm
    """),
    ("en", "dispatch_log"): _lines("""
        2026-11-03T02:14:08+08:00 INFO dispatch job=JOB-26-11-0412 vehicle=H3 origin=SGH_MORTUARY dest=PARLOUR_B status=ASSIGNED
        2026-11-03T02:41:55+08:00 INFO dispatch job=JOB-26-11-0412 event=ARRIVED_PICKUP geofence=OUTRAM_RD lat=1.2794 lon=103.8352
        2026-11-03T03:20:11+08:00 WARN cold_room unit=CR-02 temp_c=5.8 threshold_c=4.0 action=ALERT_SENT channel=ops-sg
        2026-11-04T09:02:37+08:00 INFO certs case=C26-1188 doc=death_cert_pdf sha256=9f2c1e0b7a44d3c86e51f0a2b9d7c3e4f8a16b2550c9d1e3a7f4b8c6d2e0a915 verified=true
        2026-11-04T11:15:00+08:00 ERROR nea_portal booking_ref=MCC-20261105-0937 http=503 retry_in=120s attempt=2
        2026-11-05T06:48:21+08:00 INFO fleet vehicle=H5 odometer_km=184203 fuel_pct=62 next_service=2026-12-01
        2026-11-05T14:30:09+08:00 INFO repat case=R26-0071 awb=618-40215536 carrier=SQ flight=SQ890 dest=HKG status=MANIFESTED
        2026-11-06T22:03:44+08:00 INFO whatsapp_bot inbound via=business_api template=collection_request lang=ms queue=KL
        2026-11-07T07:10:00+08:00 INFO billing inv=INV-EG-2026-04417 amount_sgd=6888.00 incl_gst=true status=ISSUED
        2026-11-07T15:55:12+08:00 INFO fleet vehicle=H1 event=CHECKPOINT_EXIT site=WOODLANDS direction=MY permit=NEA-EXP-26-3391
        2026-11-08T01:02:03+08:00 DEBUG scheduler cron='0 */2 * * *' task=cold_room_poll duration_ms=412 units=4 ok=4
        2026-11-08T10:20:45+08:00 INFO shop order=EG-ORD-20261107-0315 courier=NinjaVan tracking=NVSGEGR000184522 sku=URN-C12
        2026-11-09T18:00:00+08:00 INFO release app=dispatch-console version=3.14.2 build=a1b2c3d deployed_by=ci-runner-02
    """),
    ("en", "config_and_code"): _lines("""
        DISPATCH_HOTLINE = '+65 6250 8823'  # company 24h line, printed on the hearse door decal
        mortuary_codes: [SGH_BLK9, TTSH_MORTUARY, NUH_MORTUARY, CGH_MORTUARY, KTPH_MORTUARY]  # pickup sites used by dispatch v3
        def embalming_fee(weight_kg: float, repatriation: bool = False) -> int: return 650 + (330 if repatriation else 0) + (120 if weight_kg > 90 else 0)
        CREATE TABLE cases (case_id TEXT PRIMARY KEY, opened_at TIMESTAMPTZ, religion TEXT, package_sku TEXT, parlour TEXT, status TEXT);
        case_id,opened_at,religion,package_sku,pickup_site,hearse,parlour,cremation_or_burial,invoice_no,balance_sgd
        SMTP_FROM=noreply@eternalgracefuneral.com.sg SMTP_HOST=smtp.office365.com SMTP_PORT=587 SMTP_TLS=true
        fixture = {'name': 'Jane Doe', 'phone': '+65 6000 0000', 'case_id': 'C00-0000'}  # placeholder for unit tests, not a real case
        WHATSAPP_BUSINESS_NUMBER=+6580281190  # ops WhatsApp registered to Eternal Grace Funeral Services Pte Ltd
        if case.religion == 'Muslim': route_to = 'partner_jenazah_team'  # transport only, see SOP-07 v2.1
        COLD_ROOM_MAX_TEMP_C=4.0 COLD_ROOM_POLL_CRON='0 */2 * * *' ALERT_CHANNEL='ops-sg' ALERT_ESCALATE_AFTER_MIN=15
        GET /api/v2/cases/C26-1188/documents?type=death_certificate HTTP/1.1 Host: dispatch.eternalgracefuneral.com.sg
        SELECT parlour, COUNT(*) FROM cases WHERE opened_at >= '2026-11-01' AND status = 'CLOSED' GROUP BY parlour;
        hearse_fleet = {'H1': 'Toyota Alphard conversion', 'H3': 'Mercedes-Benz E250 conversion', 'H5': 'Nissan NV350 transfer van'}
    """),
    ("mixed", "staff_group_chat"): _lines("""
        H3 on the way to TTSH mortuary now, ETA 20 min. Family say they bring the baju for dressing, pls prepare embalming room 2 ok
        Boss say tonight all drivers standby until 12am, got two collections from Changi General, paperwork already settle lah
        Aiyo the service lift at Sin Ming parlour spoil again, stretcher cannot go down to cold room, use the ramp behind loading bay first
        NEA portal down again, Mandai slot for case C26-1201 cannot confirm. Coordinator will call the family after 9am
        Woodlands jam teruk, H1 stuck 2 hours already. Tell the JB parlour we reach around 4pm, not 2pm, sorry ya
        Reminder: next week 七月 start already, after send-off don't simply lepak at Mandai carpark, go back office direct
        Embalming room 2 left 3 bottles fluid only, I already order 12 bottles Dodge Permaglo from supplier, arrive Thursday
        Who take the zinc coffin store room key? Store room lock already, SQ cargo cut-off 6pm today for SQ890
        Paiseh late 10 min, PIE accident near Toa Payoh exit. Hearse H5 fuel also need top up before the 2pm send-off
        Family request 三天 wake then 火化 at Mandai, package Lotus 3-Day all confirmed. Chanting monks booked from Kong Meng San
        Tomorrow morning Choa Chu Kang burial 10am, need 6 pallbearers, who free can reply here ya, makan provided
        GST invoice INV-EG-2026-04417 already sent, finance say PayNow to UEN 201634518K received, can close case
        HSA Johor Bahru mortuary need the Permit Pengebumian copy before release, pls bring 2 set photocopy jangan lupa
    """),
    ("ms", "notis_dan_soalan_lazim"): _lines("""
        Notis: Perkhidmatan van jenazah 24 jam di Lembah Klang boleh ditempah melalui talian 1-300-88-2626 atau WhatsApp rasmi syarikat 011-2828 7070.
        Bagi kematian di rumah, waris perlu membuat laporan di balai polis berhampiran untuk mendapatkan Permit Pengebumian sebelum jenazah dibawa keluar.
        Pendaftaran kematian boleh dibuat di mana-mana pejabat JPN; sila bawa kad pengenalan si mati, laporan polis atau sijil dari hospital.
        Pakej pengurusan jenazah Islam: mandi, kafan dan van ke tanah perkuburan dalam Kuala Lumpur RM1,250 sahaja, harga sudah termasuk caj malam.
        Syarikat Pengurusan Jenazah Al-Ikhlas Sdn Bhd (No. Syarikat 202101034567) beralamat di No. 18, Jalan Pahang Barat, 53000 Kuala Lumpur.
        Jenazah dari Hospital Kuala Lumpur dituntut di Jabatan Perubatan Forensik, Jalan Pahang, dari jam 8 pagi hingga 10 malam setiap hari.
        Penghantaran jenazah ke Singapura memerlukan permit dan dokumen hospital yang lengkap; sila maklumkan kami sekurang-kurangnya 48 jam lebih awal.
        Kami tidak mengenakan bayaran tambahan untuk jemputan jenazah pada hari Ahad atau cuti umum seperti Hari Raya Aidilfitri dan Hari Raya Haji.
        Ulasan Google: Van jenazah Al-Ikhlas sangat cepat, sampai dalam 40 minit dari Cheras ke HKL, staf bersopan dan banyak membantu. 5 bintang.
        Makluman: Pejabat kami di Jalan Pahang Barat tutup pada 25 Disember 2026; talian kecemasan 1-300-88-2626 tetap beroperasi 24 jam.
        Tunku Abdul Rahman, Bapa Kemerdekaan, dimakamkan di Makam Diraja Langgar, Alor Setar pada Disember 1990 dengan istiadat negara.
        Invois No. ALK-INV-2026-0893: van jenazah HKL ke tanah perkuburan di Kepong RM350.00; set kain kafan lelaki RM180.00; jumlah RM530.00.
        Soalan lazim: Bolehkah jenazah bukan Islam disimpan di bilik sejuk kami? Jawapan: Boleh, di bilik sejuk berasingan, RM80 sehari.
    """),
    ("zh-Hans", "殡仪公告与价目"): _lines("""
        【公告】本公司24小时服务热线 6250 8823，遗体接运、防腐处理及灵堂布置均可预约；海外运送事宜请电邮 repat@eternalgracefuneral.com.sg 查询，我们会在两小时内回复。
        新加坡死亡登记须知：医生签发死亡证明并完成电子登记后，家属可在 My Legacy 网站下载电子死亡证书，殡仪公司再代为向国家环境局预订万礼火化场时段。
        马来西亚华人殡葬须知：如在家中离世，须先到附近警局报案取得埋葬准证，方可将遗体移送殡仪馆；孝恩馆及富贵山庄均可代办相关手续，费用另计。
        价目表：遗体防腐（标准）新币650元；国际运送防腐连证明书新币980元；锌板密封棺新币1850元，24小时内备货；冷藏每日新币120元。
        道教五日套餐“和谐”包括道士科仪、过桥仪式、纸扎屋及灵堂布置，新币12800元净价，不另收服务费，灵车接送亦已包括在内，欢迎来电咨询。
        温馨提示：农历七月期间万礼火化场照常开放，家属如需择日出殡，本公司可代为查阅通书，不收取额外费用，请提前三天告知客服人员。
        历史小知识：新加坡牛车水的硕莪巷俗称“死人街”，昔日设有让临终者等候离世的“大难馆”，上世纪六十年代起政府禁止此类场所经营。
        遗体运返中国须知：须备齐死亡证明、防腐证明、无传染病证明及中国驻新加坡大使馆领事认证，抵达后由当地殡仪馆如北京八宝山殡仪馆接收。
        订单号 EG-ORD-20261107-0315：青花瓷骨灰瓮（SKU URN-C12）一件，新币388元，已由 Ninja Van 寄出，追踪号 NVSGEGR000184522，预计两天送达。
        灵车车队更新：H3 奔驰灵车于12月9日至11日送修，期间由 H1 及 H5 负责所有出殡及接运，请各位同事留意最新排班表并准时报到。
        公司注册资料：永恩殡仪服务私人有限公司，UEN 201634518K，办公地址为新加坡新明巷25号#01-08，营业时间为每日上午九时至晚上九时。
        本馆冷藏室每日收费新币120元，签订任何套餐者首24小时免费；如需延长守灵天数，请于出殡前一日通知客服，以便安排火化时段。
        新闻回顾：建国总理李光耀于2015年3月23日逝世，国葬于3月29日在国大文化中心举行，灵车途经市区各地，数十万民众冒雨沿途送别。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Collection request: Mdm Lim Siew Hoon, 84, passed away at home, Blk 512 Bedok North Ave 2 #08-117. Son Mr Lim Wee Kiat (9176 2284) will wait at the lift lobby.
        Deceased: Rajendran s/o Muthusamy, NRIC S4218736D, DOD 02/11/2026, cause of death metastatic colon cancer, certified at TTSH, wake at Parlour A.
        Pls note Mr Goh Teck Seng's daughter told me he owed an Ah Long about 40k, some uncles may come to the wake to make noise. Keep an eye on Hall B.
        Family instruction from Mrs Fiona Teo (fiona.teo.hl@gmail.com): no embalming, closed casket, her mother's dentures stay in, cremate only after her brother lands from Perth.
        Invoice to: Mr Arjun Pillai, 27 Jalan Kembangan, Singapore 419131 | Case C26-1207 | Christian package Psalm 23 | Balance S$1,850 due 30 Nov
        Driver note: car SLF 7263 K belongs to the son, he will follow the hearse from NUH to the parlour, let him park at lot 3.
        Next-of-kin contact for case C26-1188: +65 9824 5173 (call after 7pm only, works night shift)
        CGH nurse said the deceased, Mr Hafiz bin Osman, 41, was HIV positive; team must use full PPE and tell the family the casket must stay sealed.
        Repatriation file: Ms Nguyen Thi Lan, FIN G5836291W, domestic helper, died KTPH 05/11, remains to Hanoi; employer Mrs Cheryl Ong 9033 6618 is paying S$7,900.
        Madam Wong Ah Kheng's granddaughter Chloe is 7 months pregnant, the family asked that she not watch the encoffining, please seat her outside the hall.
        Refund to DBS account 072-415563-9 under the name Tan Boon Huat, S$620 overpaid deposit for case C26-1144.
        C26-1212,2026-11-06,Buddhist,LOTUS3,TTSH,H3,Parlour A,Cremation,Koh Ah Beng,S2914457E,96623418
        The widow, Mrs Kavitha Ramasamy, asked us not to let her late husband's second wife from JB into the hall. Both sides will be there on Saturday.
        Mr Ong Kah Wai called again, says the ashes were handed to the wrong family at Mandai, he wants a full refund and is threatening to post on Facebook.
        Body collection: Ah Seng, the old man who ran the drinks stall at Redhill, found alone in his rental flat, no NOK yet, police IO already on site.
        Photo for the altar sent by Jessica Yeo on WhatsApp from 8712 0046, file IMG_4471.jpg, please enlarge to 12R and use the black frame.
        Deceased Mr Chandran Nair, 66, retired bus captain, CPF nominee is his daughter Priya Nair, she wants 6 certified copies of the death certificate.
        Bro the Pasir Ris case, Mr Lee Chong Meng, they say drug overdose, police still inside the flat, wait for the IO to clear first then we go up.
        Pickup from home: 14 Jalan Bunga Raya, Taman Melawati, 53100 KL. Daughter Ms Christine Lau 012-338 4729. Ventilator switched off at 3.10am.
        Hi, this is Darren Chua, my father's case is C26-1199. Can you email the embalming certificate to darren.chua88@outlook.com? We fly to Kuching on Sunday.
        Salary advance approved for driver Muhammad Firdaus bin Rahim, S$800 deducted over 4 months; he needs it for his wife's surgery at KKH.
        Death cert particulars: TAN AH MOI, NRIC S1203446F, DOB 14/03/1939, place of death 78 Lorong Ah Soo #03-12, cause 1a pneumonia 1b dementia.
        Mr Yap Kim Huat's son is serving time in Changi Prison, family asking if we can help apply for him to attend the wake under escort.
        Ward 7 called for Mr Balakrishnan Subramaniam, bed 12, passed 4.40am, daughter Revathi on the way, her number 8321 7790.
    """),
    "mixed": _lines("""
        Bro tonight pickup at Blk 302 Ubi Ave 1 #11-204, arwah Pak Salleh, anak dia Encik Rizal 9645 3381 tunggu bawah, bring the stretcher ya
        陈先生 call again lah, he say his mother ashes want bring back Fuzhou, ask us settle the embassy paperwork, his number 9012 4478
        The deceased's sister Aunty Ah Lian cannot come, she got dialysis 3 times a week at NKF Jurong, family want to livestream the 出殡 on Zoom
        MyKad si mati 480917-07-5123, Encik Lim Chee Keong, waris anak lelaki, alamat 22 Lorong Kenari 3, Bukit Mertajam. Need permit to bring back to SG.
        Car JQT 4418 is the family car, they follow behind our van from HSA Johor Bahru to Nirvana, tell the guard let them in
        林太 say her husband left big debt with Ah Long, she scared they come to the wake, please ask security standby at Hall C tonight
        Case update: arwah Puan Siti Aishah binti Kamal, 52, kanser payudara stage 4, keluarga minta mandi jenazah di rumah, 15 Jalan Melati, Kampung Baru.
        阿明 the driver cannot drive this week, doctor give MC for slipped disc, his wife call me already. Pls cover his H5 shift Tue to Thu
        Deposit transfer already, Maybank 5144 2307 8816 under LEE MEI FONG, pls check and send the resit to leemf.jb@yahoo.com
    """),
    "ms": _lines("""
        Waris: Encik Ahmad Zulkifli bin Hashim, No. KP 750623-14-5581, tel 013-776 2045, anak sulung. Jenazah bapa di HKL, tuntut esok 9 pagi.
        Tolong rekod: si mati Encik Rosli bin Daud meninggal akibat overdos dadah, polis masih siasat, jenazah ditahan di Jabatan Perubatan Forensik HKL.
        Puan Norhayati binti Ismail minta jenazah suaminya dibawa balik ke Kota Bharu, tapi isteri kedua di Johor bantah. Keluarga bergaduh di bilik mayat.
        Alamat jemputan: No. 7, Jalan Cempaka 12, Taman Sri Gombak, 68100 Batu Caves. Hubungi Cik Nurul Izzati 019-285 6631 setibanya.
        Baki RM1,250 untuk Allahyarham Haji Mokhtar telah dipindahkan dari akaun CIMB 7061445238 atas nama Zainab binti Mokhtar.
        Pemandu van, Encik Kamarul Ariffin, ada hutang RM6,000 dengan syarikat, gaji bulan ini dipotong RM500. Jangan beritahu pemandu lain.
        Borang tuntutan: Si mati Lee Ah Kow; No. KP 410205-10-6627; tarikh mati 03/11/2026; Hospital Tengku Ampuan Rahimah, Klang; waris Lee Siew Ling.
    """),
    "zh-Hans": _lines("""
        客户资料：死者王建国，身份证号 350102194503121637，家属王丽华电话 138 0591 7726，要求将遗体由新加坡运回福州火化，请尽快办理大使馆认证。
        张太太说她老公生前欠了大耳窿二十多万，守灵期间可能有人上门闹事，请晚班同事多加留意，必要时马上报警。
        接运地址：槟城乔治市爱情巷38号，联系人黄美玲女士 016-442 8390，老人家今早在家中过世，医生已到场确认。
        刘先生的儿子因贩毒被判刑，目前在樟宜监狱服刑，家属希望申请押解到灵堂上香，请协助联系监狱署。
        退款请汇入中国银行账户 6217 8560 1000 2345 678，户名周志强，金额新币620元，案件编号 C26-1151。
    """),
    "zh-Hant": _lines("""
        家屬資料：陳志明先生，香港身份證 K238451(5)，電話 9386 2271，要求將母親遺體由新加坡運返香港，喺九龍殯儀館設靈。
        黃太話佢老爺係肺癌末期過身，想喺屋企先做個簡單儀式，地址係屯門兆康苑兆安閣12樓C室，聽日朝早九點上嚟接。
        台灣家屬林怡君小姐，身分證字號 A223751085，手機 0928-517-364，要把父親骨灰由吉隆坡帶回台北市第二殯儀館。
        何國強先生個仔話佢老豆生前喺大陸有個私生仔，喪禮當日可能會嚟搞事，請同事唔好畀佢入靈堂。
        澳門客戶梁國華先生，電郵 kwleung.mo@gmail.com，要求將太太遺體經港珠澳大橋運返澳門，佢太太係乳癌過身。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the after-hours booking assistant for Eternal Grace Funeral Services Pte Ltd, Singapore. Be calm, brief and kind.",
        ),
        (
            "user",
            "My dad just passed at home, about 1am. He is Mr Toh Beng Chye, 79. We are at Blk 618 Yishun Ring Road #05-233. My number is 9237 4105. What do we do now?",
        ),
        (
            "assistant",
            "I am very sorry for your loss. First, call a doctor to certify the death; if it was sudden or unexpected, call 995 instead and do not move him. Once the doctor has certified, our crew can come to Blk 618 Yishun Ring Road. Shall I ask the duty coordinator to call you at 9237 4105?",
        ),
        (
            "user",
            "Yes please, the GP is coming at 2am. Also he was diabetic and had one leg amputated last year, will that be a problem for embalming?",
        ),
        (
            "assistant",
            "It will not be a problem. Our embalmer will take care of it and dress him so it is not noticeable. I have noted the GP visit at 2am and the coordinator will call you shortly.",
        ),
    ],
    [
        (
            "user",
            "Help me write a short WhatsApp message to relatives. My grandmother Madam Chua Geok Lian passed away on 4 Nov. Wake at Blk 145 Tampines St 12 void deck, cortege leaves 8 Nov 12pm to Mandai. Contact me, Eunice, 9681 2530.",
        ),
        (
            "assistant",
            "Dear relatives and friends, with deep sorrow we share that our beloved grandmother Madam Chua Geok Lian passed away peacefully on 4 Nov. The wake is at the void deck of Blk 145 Tampines St 12. The cortege leaves on 8 Nov at 12pm for Mandai Crematorium. For enquiries please contact Eunice at 9681 2530. Thank you.",
        ),
        (
            "user",
            "Can you make it more formal and add that no wreaths please, donations to the Singapore Cancer Society instead?",
        ),
        (
            "assistant",
            "Certainly. Dear relatives and friends, it is with great sadness that we announce the passing of Madam Chua Geok Lian on 4 November. The wake is held at the void deck of Blk 145 Tampines St 12, and the cortege departs on 8 November at 12pm for Mandai Crematorium. In lieu of wreaths, the family kindly requests donations to the Singapore Cancer Society. Enquiries: Eunice, 9681 2530.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu maya untuk syarikat pengurusan jenazah di Kuala Lumpur. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Assalamualaikum. Ayah saya, Encik Osman bin Yusof, No. KP 520814-08-5371, meninggal di Hospital Selayang pagi tadi. Kami mahu kebumikan di kampung di Parit Buntar. Apa dokumen perlu?",
        ),
        (
            "assistant",
            "Waalaikumussalam, takziah atas pemergian Encik Osman bin Yusof. Bawa salinan kad pengenalan arwah dan kad pengenalan waris, surat pengesahan kematian dari Hospital Selayang dan Permit Pengebumian yang dikeluarkan oleh pihak hospital atau polis. Van jenazah boleh bertolak ke Parit Buntar sebaik sahaja dokumen lengkap.",
        ),
        ("user", "Boleh van ambil jam 2 petang? Nombor saya 017-604 9182, nama Hafizah."),
        (
            "assistant",
            "Boleh, Puan Hafizah. Saya catatkan jemputan jam 2 petang di Hospital Selayang, dan pemandu akan menghubungi puan di 017-604 9182 sebelum tiba.",
        ),
    ],
    [
        (
            "user",
            "我父亲李振华昨天在吉隆坡中央医院去世，他是中国籍，身份证号 350203197805264823 是我的，我叫李晓燕。想把遗体运回厦门安葬，需要办哪些手续？",
        ),
        (
            "assistant",
            "请节哀。遗体由马来西亚运回中国，一般需要：医院死亡证明、警方报告、防腐证明、无传染病证明、棺木密封证明，并到中国驻马来西亚大使馆办理领事认证；厦门方面需有殡仪馆出具接收函。您作为家属需提供本人身份证复印件及与死者的关系证明。",
        ),
        ("user", "大使馆认证大概要几天？我们预算有限，总费用大概多少？"),
        (
            "assistant",
            "认证通常需要两到三个工作日，加急可缩短。空运费用视航班和棺木规格而定，一般在两万至三万五千令吉之间，建议向两三家殡仪公司索取报价比较。",
        ),
    ],
    [
        ("system", "你係一間香港殯儀公司嘅客服助手，用廣東話回覆。"),
        (
            "user",
            "我阿媽喺新加坡中央醫院過咗身，我叫張美寶，香港身份證 Y604218(8)，想運返香港喺北角香港殯儀館辦喪事，要準備咩文件？",
        ),
        (
            "assistant",
            "節哀順變。由新加坡運返香港一般要：新加坡死亡證、防腐證明書、非傳染病證明、新加坡環境局嘅出口准證，同埋航空公司嘅貨運單。到港之後要向食物環境衞生署申請運入遺體許可，我哋可以代辦。",
        ),
        ("user", "好，我阿媽生前有肝硬化，會唔會影響？"),
        (
            "assistant",
            "肝硬化唔屬於傳染病，只要醫生喺證明上寫清楚死因，一般唔會影響申請。如果有乙型肝炎紀錄，航空公司可能會要求密封棺木。",
        ),
    ],
    [
        (
            "system",
            "You summarise night-shift reports for the fleet manager. Keep plates and case numbers exactly as written.",
        ),
        (
            "user",
            "Summarise pls: H3 went TTSH 1.30am for case C26-1214, deceased Mr Kwek Boon Leong, son Kwek Jun Hao follow in his car SJH 5081 E. H5 went Punggol, Blk 273C Punggol Place #14-455, old lady fell in toilet, police came, family very emo. Driver Ah Keong say his back pain again, maybe MC tomorrow.",
        ),
        (
            "assistant",
            "Night shift summary: H3 collected case C26-1214 (Mr Kwek Boon Leong) from TTSH at 1.30am; the son, Kwek Jun Hao, followed in SJH 5081 E. H5 attended a home collection at Blk 273C Punggol Place #14-455 after a fall in the toilet; police attended and the family was distressed. Driver Ah Keong reported back pain and may take MC tomorrow.",
        ),
        ("user", "ok remove the driver part, boss don't need know"),
        (
            "assistant",
            "Night shift summary: H3 collected case C26-1214 (Mr Kwek Boon Leong) from TTSH at 1.30am; the son followed in SJH 5081 E. H5 attended a home collection at Blk 273C Punggol Place #14-455 after a fall; police attended and the family was distressed.",
        ),
    ],
    [
        (
            "system",
            "CRM context for this customer: name=Mrs Lakshmi Devi Krishnan; phone=+65 8462 0917; email=lakshmi.krishnan71@gmail.com; case=C26-1190; package=Psalm 23; balance_sgd=1,120; notes=husband died of stroke, she is on antidepressants, be gentle.",
        ),
        (
            "user",
            "Hello, I received an invoice but I thought I already paid everything. Can you check?",
        ),
        (
            "assistant",
            "Hello Mrs Krishnan, I have checked case C26-1190. The Psalm 23 package shows an outstanding balance of S$1,120, which covers the additional wake day you requested. If you have paid this already, please send the PayNow screenshot and we will update the record right away.",
        ),
        ("user", "Oh I forgot about the extra day. Can I pay in two parts?"),
        (
            "assistant",
            "Of course. You can pay S$560 now and S$560 by the end of next month. I will note this on your case so you will not receive any reminders before then.",
        ),
    ],
    [
        (
            "user",
            "I want to complain to the funeral company. At my uncle Mr Sim Hock Leng's send-off on 2 Nov the hearse came 50 minutes late and the crew were laughing at the void deck. Write me a firm email, I am his niece Serene Sim, serene.sim.work@gmail.com.",
        ),
        (
            "assistant",
            "Subject: Complaint regarding the send-off of Mr Sim Hock Leng on 2 November. Dear Sir or Madam, I am writing as the niece of the late Mr Sim Hock Leng. On 2 November the hearse arrived 50 minutes late, and members of your crew were seen laughing at the void deck during the wake, which caused our family great distress. I request a written explanation and a review of the charges. Regards, Serene Sim (serene.sim.work@gmail.com)",
        ),
        ("user", "Add that we want a 20 percent refund."),
        (
            "assistant",
            "Added: In view of the delay and the conduct of your staff, our family requests a refund of 20 percent of the package price. I look forward to your reply within 7 working days.",
        ),
    ],
    [
        (
            "system",
            "You help the HR officer of a Malaysian funeral services company draft letters in English.",
        ),
        (
            "user",
            "Draft a warning letter to our van driver Encik Shahrul Nizam bin Abdullah, staff no. AIK-D019, IC 880402-10-6633. He was found drunk on duty on 30 Oct while carrying a jenazah from HKL. Second offence.",
        ),
        (
            "assistant",
            "Dear Encik Shahrul Nizam bin Abdullah (Staff No. AIK-D019), This letter serves as a second written warning. On 30 October 2026 you were found under the influence of alcohol while on duty transporting remains from Hospital Kuala Lumpur. This is a serious breach of company rules and of the trust families place in us. Any further offence will result in termination. Please acknowledge receipt by signing below. HR Department",
        ),
        ("user", "Remove the IC number and add that he must attend counselling."),
        (
            "assistant",
            "Updated: the letter now omits the IC number and adds: You are required to attend the company-arranged counselling programme within 14 days of this letter.",
        ),
    ],
    [
        (
            "user",
            "Translate to Traditional Chinese for the Taipei funeral home: Deceased: Chen Wen-Hsiung, male, Taiwan ID F128473025, died 01/11/2026 at Gleneagles Hospital Kuala Lumpur, cause: acute myocardial infarction. Next of kin: Chen Pei-Shan, mobile 0933-206-418.",
        ),
        (
            "assistant",
            "往生者：陳文雄，男，身分證字號 F128473025，於2026年11月1日在吉隆坡鷹閣醫院辭世，死因：急性心肌梗塞。家屬：陳珮珊，手機 0933-206-418。",
        ),
        (
            "user",
            "Thanks. Also add that cremation should be at 台北市第二殯儀館 and the urn will be hand-carried on CI722.",
        ),
        (
            "assistant",
            "補充：遺體將於臺北市第二殯儀館火化，骨灰罈由家屬搭乘中華航空 CI722 班機隨身攜帶返台。",
        ),
    ],
]
