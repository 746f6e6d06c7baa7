# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en302: SG/MY scuba-diving, sailing and kayaking schools (course sign-ups, medical declarations, dive logs, equipment rental, incidents at sea, instructors' rosters, group chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en302
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "course_notices"): _lines("""
        NOTICE: PADI Open Water Diver course (4 days) at Pulau Tioman resumes from 1 March 2027 after the monsoon closure; pool sessions stay at Bishan ActiveSG pool every Sat 0800-1200.
        Kayak 1 Star Award intake for January: Sat 11 Jan and Sun 12 Jan 2027, 0830-1630 at PAssion WaVe @ Pasir Ris. Fee SGD 180 incl. kayak, PFD and certification. Bring own water bottle pls.
        All divers joining the Perhentian trip (ref TRIP-PH-2704) must submit the RSTC medical questionnaire by 20 Mar. Any YES answer needs a physician's sign-off before the first open-water dive.
        Basic Keelboat (Level 1) runs Tue/Thu evenings 1830-2100. Enquiries to the sailing office at +65 6214 7730 or sail@tanjongrhusailing.example.sg only, not to individual coaches please.
        Boat schedule change: due to the Small Craft Advisory for the Singapore Strait, the 0730 departure to Pulau Hantu on Sun 14 Dec is moved to 0900 from West Coast Pier. Same boat, same jetty.
        Reminder: no flying within 18 hours of your last dive. On the Sipadan package the last dive ends Day 4 at 1100hrs and the Tawau to KL flight leaves Day 5 at 1935hrs, so you are within limits.
        Nitrox Specialty weekend: theory Sat 0900 at our Robertson Quay classroom (30 Robertson Quay, #02-14, Singapore 238251), gas analysis practical on Sun. Max 8 pax, EANx32 fills included.
        Lifejackets are compulsory for ALL kayakers including certified paddlers. Rental PFDs come in XS to XXL and are sanitised after every use; return them to the blue rack, not the changing room.
        The Sisters' Islands Marine Park intertidal walk is run by NParks; our school only provides the boat transfer. Permit NP/MP/2027/041 covers our group of 20 on Sat 8 Feb, 0700 low tide.
        Rescue Diver prerequisite: Adventure Diver plus EFR within the last 24 months. The EFR refresher for January is Sat 18 Jan 0900-1300, SGD 140, at the Ubi training room.
        Office closed 29-30 Jan 2027 for Chinese New Year. Rental returns can go into the 24h locker at 51 Ubi Avenue 1, #01-23; the locker code is printed on your rental confirmation.
        Optimist and ILCA youth sailing camp (ages 8-14) during the June school holidays, 2-13 June at the National Sailing Centre, 1500 East Coast Parkway. Early-bird rate SGD 520 until 30 April.
        Night dive on the USAT Liberty wreck, Tulamben, added to the Bali trip (Day 3, 1800 briefing at the resort). Primary and backup torches are included in the package price of SGD 1,280.
    """),
    ("en", "rental_price_list"): _lines("""
        BCD (Aqualung Pro HD, S-XL) ...... SGD 15/day | Regulator set with octopus and SPG (Apeks XTX50) ...... SGD 20/day | Full set package ...... SGD 45/day
        SKU RNT-WS-3MM-M | Wetsuit 3mm full, men's M | Daily RM 25 | Weekly RM 120 | Deposit RM 100, refunded on return minus RM 15 per missing zip pull
        Dive computer rental: Suunto Zoop Novo SGD 12/day, Shearwater Peregrine SGD 25/day. Lost or flooded units are charged at RRP (Peregrine SGD 690). Charging cable included.
        Kayak hire, Pasir Ris: single sit-on-top SGD 25/hr, double SGD 35/hr, SUP board SGD 30/hr. Last launch 1700. A valid 1 Star or 2 Star certificate is required for solo hire.
        Tank fills (Langkawi shop): Air 12L RM 15, Air 15L RM 18, EANx32 RM 28, EANx36 RM 32. Hydro test stickers are checked on every cylinder; expired tanks will not be filled.
        Boat charter Puteri Selatan (38ft, max 12 pax plus 2 crew): half day RM 1,800, full day RM 3,200, fuel surcharge RM 250 if the route goes beyond Pulau Rawa. Skipper and deckhand included.
        Mask, snorkel and fins combo (Mares X-Vision / Avanti Quattro+) SGD 10/day. Prescription masks from -1.0 to -6.0 on request, SGD 8/day extra, limited stock.
        ILCA 7 dinghy rental for qualified sailors: SGD 60 per 3-hour slot, sail and foils included; rigging assistance SGD 10. Damage excess SGD 300 per incident.
        Price list v2027.1 effective 01/01/2027, all prices in MYR inclusive of 8% SST. Marine Park conservation fee RM 5 (MyKad holders) / RM 30 (foreigners) is paid separately at the jetty.
        GoPro HERO12 Black with dive housing and red filter SGD 35/day; 64GB microSD included, footage wiped on return unless you buy the card for SGD 15.
        Price code PL-SUP-2HR: SUP lesson 2 hrs, 1 instructor to 4 students max, SGD 75 per pax, minimum 2 pax to run. Cancellation under 48 hrs charged 50%.
        Weight belt with 6kg soft lead RM 8/day; additional lead RM 1/kg/day. Spare O-rings, mouthpieces and cable ties are free at the counter, just ask.
        Junior kit (ages 10-14): youth BCD XXS, 2mm shorty and short-blade fins, SGD 30/day per set. Junior Open Water students get 20% off rental on their course dates.
    """),
    ("en", "staff_group_chat"): _lines("""
        [07:12] Boat captain says swell at Pulau Hantu 1.2m, vis 3-4m. Still go? Most OW students are on dives 3 and 4 today, I think ok if we stay on the western reef.
        Compressor no. 2 at the Ubi shop tripping again after 20 mins. Don't fill EANx today, use the Bauer only. Service tech coming Thu 10-12, someone pls be around to open.
        Reminder to all instructors: upload the pool session rosters to the shared drive by Fri 6pm. File name format POOL_YYYYMMDD_session.xlsx. No more WhatsApp photos of paper sheets pls.
        Tank count after Sat trip: 42 out, 41 back. One 12L aluminium with blue boot missing, check the rear rack of the Perahu Biru before we file a loss with the insurer.
        Kayak rack B is overloaded, the two red doubles are scratching the SUP boards. Can we move the SUPs to rack D by tonight? I'll bring the padding foam tmr morning.
        Lunch order for the Tioman boat crew: 12 nasi lemak ayam, 4 vegetarian bee hoon, 16 teh o ais. Pay with the shop PayNow UEN and put the receipt in the finance folder.
        NEA forecast says thundery showers after 2pm Sat. The East Coast sailing lesson 2-5pm, suggest we move it to 9-12 and inform the class through the course group, not individually.
        Weekly numbers: 23 OW certs, 9 AOW, 4 Rescue, 2 DM candidates in progress. Pool booking for Feb confirmed at Bishan, lanes 7-8, Sat 8-11am.
        Who has the key for the outboard locker? Not on the hook. The Yamaha 40hp is due for its 250-hr service, engine log says 238 hrs as of today.
        Heads up: Marine Park rangers at Redang are checking wristbands this weekend. Make sure every diver wears the conservation fee band before we leave the jetty.
        Group policy renewal with the insurer due 31 Mar. Finance needs the count of active instructors on the roster by 15 Mar, number only, no personal details in the chat.
        Rental return ticket RT-88213: 2 regs flagged for free-flow, tagged red and moved to the service bin. Don't rent them out until the tech signs off.
        Good job everyone on the Sipadan trip, zero incidents and all divers completed their logs. Feedback average 4.8/5. Dinner on the shop this Fri 7.30pm, usual kopitiam.
    """),
    ("en", "booking_system_config"): _lines("""
        BOOKING_API_BASE=https://api.sotongbaydive.example/v2 BOOKING_TIMEOUT_MS=8000 DEFAULT_CURRENCY=SGD MAX_PAX_PER_BOAT=18 TZ=Asia/Singapore
        dive_log_id,site_code,dive_date,entry_time,max_depth_m,bottom_time_min,water_temp_c,visibility_m,gas_mix,boat_id,instructor_id
        def max_depth_for(cert: str) -> int: return {'OW': 18, 'AOW': 30, 'DEEP': 40}.get(cert, 12)  # PADI recommended depth limits
        2027-02-14T07:42:19+08:00 INFO booking.service created booking_id=BK-27-004519 course=OWD pax=2 status=PENDING_PAYMENT
        2027-02-14T07:43:02+08:00 WARN payments.webhook retry 3/5 for pi_3Qx8kL2eZvKYlo2C1a9b7XyZ amount=98000 currency=sgd
        sites.yaml: - code: PH-SHARK  name: Shark Point, Perhentian  max_depth_m: 22  current: moderate  min_cert: OW
        SELECT course_code, COUNT(*) AS seats FROM enrolments WHERE start_date >= '2027-03-01' GROUP BY course_code ORDER BY seats DESC;
        commit 9f2c4e1a: fix(tide): use the MPA tide table for Tanjong Pagar instead of Sembawang; bump tide-parser to 1.4.2
        WHATSAPP_BUSINESS_NUMBER=+6568001234 SMTP_FROM=bookings@coraltraildivers.example.my SUPPORT_HOURS=09:00-18:00
        equipment tag: {"tag": "REG-APX-0142", "type": "regulator", "last_service": "2026-11-03", "next_service_due": "2027-11-03"}
        0 5 * * * /opt/divecentre/bin/pull_weather --station WSSS --out /var/lib/divecentre/wx.json >> /var/log/wx.log 2>&1
        sha256(rental_terms_v7.pdf) = 3b7e9d2a41c0f8e65d1b2a9c7e4f30a18d6c5b2e9f7a1c3d4e8b0f2a6c9d1e7b  # published 2027-01-02
        if water_temp_c < 26 and wetsuit_mm < 3: warn('Recommend 3mm or thicker for thermocline dives at Pulau Aur')
    """),
    ("ms", "notis_keselamatan"): _lines("""
        NOTIS: Semua aktiviti menyelam di Pulau Redang ditangguhkan dari 1 November hingga 28 Februari kerana musim tengkujuh. Pusat kami di Kuala Terengganu tetap dibuka untuk kursus kolam.
        Jaket keselamatan WAJIB dipakai oleh semua peserta kayak, termasuk yang pandai berenang. Kanak-kanak bawah 12 tahun mesti ditemani orang dewasa dalam kayak berkembar.
        Sila isi borang pengisytiharan perubatan sebelum taklimat. Jika anda menjawab YA kepada mana-mana soalan, surat pengesahan doktor diperlukan sebelum penyelaman pertama.
        Amaran: Arus kuat di perairan Tanjung Tokong antara jam 2 hingga 5 petang semasa air pasang besar. Pelatih layar Tahap 1 tidak dibenarkan keluar melepasi boya kuning.
        Bot akan bertolak dari Jeti Marang tepat jam 8.00 pagi. Peserta yang lewat lebih 15 minit akan dianggap tidak hadir dan yuran tidak akan dikembalikan.
        Dilarang menyentuh, memijak atau mengambil batu karang di kawasan Taman Laut. Kompaun boleh dikenakan oleh Jabatan Perikanan Malaysia kepada sesiapa yang melanggar peraturan ini.
        Talian kecemasan pusat selam: +60 9-631 4455 (24 jam). Untuk kecemasan di laut, hubungi Agensi Penguatkuasaan Maritim Malaysia melalui talian 999 dan nyatakan lokasi GPS bot.
        Semua jurulatih wajib tahu prosedur pemindahan pesakit penyakit penyahmampatan (DCS) ke kebuk hiperbarik terdekat dan pastikan tong oksigen 100% sentiasa ada di atas bot.
        Peralatan sewaan mesti dipulangkan sebelum jam 6.00 petang. Kelewatan dikenakan caj RM 20 sejam. Kerosakan akibat kecuaian akan ditolak daripada deposit.
        Kursus Layar Asas (dua hari) di Port Dickson: RM 450 seorang termasuk bot Optimist, jaket keselamatan dan sijil. Had 10 peserta bagi setiap sesi, daftar di kaunter.
        Jangan menyelam bersendirian. Setiap penyelam mesti mempunyai pasangan (buddy) dan menjalankan semakan BWRAF sebelum masuk ke dalam air.
        Cuaca hari ini: angin Timur Laut 15-20 knot, ombak 1.5-2.0 meter. Aktiviti kayak di luar teluk dibatalkan. Kelas kolam dan teori diteruskan seperti biasa.
        Coral Trail Divers Sdn Bhd (No. Syarikat 202101034567), Lot 12, Jalan Teluk Cempedak, 25050 Kuantan, Pahang. Waktu operasi: Isnin hingga Sabtu, 9.00 pagi hingga 6.00 petang.
    """),
    ("zh-Hans", "常见问题"): _lines("""
        问：没有任何潜水经验可以参加体验潜水吗？答：可以，年满10周岁、身体健康即可，由教练一对二带领，最大深度12米，全程大约3小时，含装备和船费。
        问：开放水域课程需要几天？答：一般为3至4天，包括理论学习、泳池训练和4次开放水域潜水，开放水域部分在马来西亚刁曼岛（Pulau Tioman）完成。
        问：有哮喘可以学潜水吗？答：需要先由医生评估，并在RSTC体检表上签字确认；过去12个月内有发作记录的学员，一般不建议参加本期课程。
        问：课程费用包含什么？答：新币680元包含电子教材、PADI证书费、全套装备租赁、往返船费及两晚住宿；海洋公园保护费需在码头另行支付。
        问：怎么报名？答：请在官网填写报名表，或致电新加坡办公室 +65 6741 2290（周一至周六 9:00-18:00），请勿私下联系教练的个人电话。
        问：潜水后多久可以坐飞机？答：单次无减压潜水后至少间隔12小时，多次或连续多日潜水后至少18小时，进行过减压潜水则建议间隔24小时以上。
        问：可以用支付宝或微信支付吗？答：新加坡门店支持PayNow、信用卡和支付宝；马来西亚门店支持DuitNow、Touch 'n Go和信用卡，暂不支持微信支付。
        问：在三亚蜈支洲岛考证和在马来西亚考证有什么区别？答：PADI证书全球通用，区别主要在水温、能见度和季节；马来西亚东海岸季风期为11月至次年2月。
        问：参加皮划艇课程需要会游泳吗？答：建议能连续游50米，所有学员必须全程穿救生衣，一星课程会专门练习翻船后的自救和互救。
        问：租赁装备丢失怎么赔偿？答：按照租赁条款第7条，以官方零售价赔偿，例如Shearwater Peregrine潜水电脑表为新币690元，面镜按型号另计。
        问：小朋友可以学帆船吗？答：8至14岁可以报名Optimist青少年班，上课地点在东海岸公园的国家帆船中心，学校假期开班，每期两周。
        问：公司发票怎么开？答：请在付款后七天内发邮件至 accounts@sotongbaydive.example 并注明订单号（例如 SBD-2027-00317），我们会开具正式发票。
        问：怀疑减压病怎么办？答：立即让伤者吸入100%纯氧，拨打995急救电话，并联系潜水保险的紧急热线；本中心所有教练每年都须复训急救和供氧课程。
    """),
    ("zh-Hant", "航海史與新聞"): _lines("""
        鄭和於1405年至1433年間七下西洋，船隊多次停泊馬六甲，當地至今仍有三寶山及鄭和文化館，是我們帆船課程文化導覽的必經之地。
        新加坡風箏衝浪選手Max Maeder在2024年巴黎奧運奪得銅牌，成為新加坡史上最年輕的奧運獎牌得主，帶動本地青少年學習帆船與風箏衝浪的熱潮。
        法國海洋探險家雅克·庫斯托（Jacques-Yves Cousteau）與工程師Émile Gagnan於1943年研發出水肺調節器，奠定了現代休閒潛水的基礎。
        美國海洋學家Sylvia Earle曾任美國國家海洋暨大氣總署首席科學家，她推動的Mission Blue在全球設立「希望熱點」，呼籲各國擴大海洋保護區。
        香港西貢海下灣海岸公園於1996年劃定，是本港最早設立的海岸公園之一，潛水及獨木舟活動均須遵守漁農自然護理署的相關規定。
        台灣小琉球以綠蠵龜聞名，浮潛業者須提醒遊客與海龜保持距離，屏東縣政府亦持續宣導遊客切勿觸摸、追逐或餵食海龜，違者可依法處以罰鍰。
        沙巴詩巴丹島實施每日潛水許可限額，每日僅發出120張，由沙巴公園局分配予持牌度假村，旺季須提前數月預訂，並須於仙本那碼頭出示許可。
        海明威的小說《老人與海》中，老漁夫聖地牙哥與大馬林魚在海上搏鬥三天三夜，這本書一直是我們航海課程閱讀清單上的經典，也是學員最常借閱的一本。
        英國航海家Ellen MacArthur於2005年以71天14小時完成單人不靠岸環球航行，打破當時的世界紀錄，其後獲英女王冊封為女爵士。
        澳門市政署提醒市民，黑沙海灘只可在救生員當值時段及指定旗幟範圍內游泳，獨木舟及風帆活動須於指定水域進行，並應穿著合格救生衣。
        香港滑浪風帆運動員李麗珊於1996年亞特蘭大奧運奪得金牌，是香港首面奧運金牌，至今仍是本地水上運動的標誌人物，長洲亦因此被稱為風帆之鄉。
        世界水中運動聯合會（CMAS）於1959年在摩納哥成立，首任主席正是庫斯托；亞洲多數潛水中心同時承認CMAS及PADI的證書體系。
        綠島柴口浮潛區與石朗潛水區是台灣東部熱門潛點，夏季東北季風減弱後能見度可達20米以上，業者普遍採用一名教練帶八名學員的編組。
    """),
    ("mixed", "business_reviews"): _lines("""
        Sotong Bay Dive Academy damn steady lah, the pool sessions at Bishan very organised and the instructors never rush us. Tioman trip worth every cent. 5/5
        Uncle Lim's Dive Shack at Mersing jetty - shop name sounds old school but the gear all very new, Shearwater computers somemore. Only complaint is the toilet hor, need upgrade.
        Booked the 2 Star kayak course at Kallang, coaching quite good but admin slow, email reply take 3 days. Overall still recommend, 4/5.
        Makan at the resort so-so only, nasi goreng too oily, but the Redang house reef memang cantik gila, got turtle every dive. Diving 5 star, food 3 star.
        Tanjung Rhu Sailing School, Langkawi: the Hobie 16 well maintained, safety boat always nearby. RM 380 for half day a bit steep but worth it la.
        Mak Cik Kiah Boat Charter confirm the best for Pulau Aur day trip, boat on time, got free kopi and kuih on board. Skipper know all the pinnacles. Sangat recommend!
        去了 Perhentian 的 Nemo & Dory Dive Centre, 教练讲华语也讲英文, very patient with beginners. Only thing is WiFi no signal at all, prepare to disconnect 哈哈
        Ordered a custom-fit mask from the Scubapro dealer at Sim Lim Square, delivered in 5 working days, order no. SQ-88341. Packaging solid, no scratch.
        Semporna boat ride to Mabul bumpy like roller coaster, but the crew very professional, all life jackets checked before leaving. Resort staff ramah, 4.5/5.
        Don't go during CNY lah, the Tioman ferry from Mersing full house, waited 2 hours at the terminal. Dive shop itself OK, but manage your expectation on logistics.
        SUP sunset session at Tanjong Beach, Sentosa by Bluewater Paddle Co. worth it, photos included in the package, sent via Google Drive link the same night.
        AOW at this Johor Bahru centre RM 1,350 vs SGD 650 in SG, so cheaper if you don't mind the Causeway jam. Quality same, PADI cert also same one.
        The old Cousteau-style brass helmet at the shop entrance super shiok for photos, coffee machine also free. Staff 很 friendly, will come back for Nitrox course.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Medical declaration flagged: Darren Koh Wei Liang (OW course, batch 27-03) answered YES to Q3, asthma, last attack Oct 2026, on Seretide inhaler. Hold his pool session until GP clearance.
        Sign-up form | Name: Nurul Aisyah binti Kamarudin | MyKad: 950617-10-5524 | Mobile: +60 17-329 8841 | Course: Open Water, Redang 14-17 Apr | Emergency contact: husband, +60 12-774 0093
        Sorry for the late payment, the course fee for my son Ethan Tan will only come after my salary on the 25th, I'm still clearing the credit card debt from the divorce.
        Incident 2027-03-09 Pulau Hantu: student Priya d/o Ramasamy (NRIC S9312467G) made a rapid ascent from 9m, complained of joint pain, given O2 on board and sent to SGH A&E.
        Rental deposit refund pls PayNow SGD 200 to 9176 4402, that's Marcus Ong, the tank was returned 14 Jan, receipt RT-77140.
        Roster Feb: Sat 0800 pool Bishan - Jason Lim (HP 9823 1157); Sun boat Hantu - Siti Hajar Abdullah (HP 8712 6630). Swap requests to ops before Wed.
        NRIC for the sailing certificate is S8523017D, please key it in exactly, the last one printed wrongly.
        DL-27-1182,PH-SHARK,2027-04-15,09:12,18.4,47,29,15,EAN32,BT-03,Kevin Chua Jun Hao,kevin.chua.jh@outlook.com,+6598126650
        Heads up, Kak Ros from the Sunday kayak group just told me she is 14 weeks pregnant, so remove her from the Pulau Ubin paddle and refund her in full.
        Ahmad Faizal's car, plate JQB 4471, has been in our jetty bay since Saturday's trip and he's not answering calls. Check with security before we tow.
        Hi, this is Rachel Goh (rachel.goh.swims@gmail.com), my photos from the Tioman trip were posted in the wrong group, please delete the ones of me in the swimsuit.
        Bank details for the rental refund: OCBC 601-283947-001, account name LOW SIEW MEI, amount SGD 85 (deposit minus the lost snorkel).
        DM candidate Benjamin Yeo failed the 800m swim again; he told me he was diagnosed with a heart arrhythmia last month and is on beta-blockers, asked us not to tell the others.
        Courier address for the wetsuit exchange: Blk 418 Tampines Street 41, #09-227, Singapore 520418, attn Ms Chong Pei Shan, HP 9031 5526.
        The Hantu boat deckhand Razak was arrested by ICA last night for overstaying, so we need a replacement crew for Sunday's trip.
        Reminder: Kelvin Seah still owes SGD 1,140 for the Sipadan trip balance, third reminder sent, he says he lost his job in Dec. Don't release his cert card until paid.
        Photo IMG_4471.jpg: Wong Jia Hui and Daniel Lee at the Liberty wreck, Day 3, the couple got engaged underwater! Ask them before we post on the shop page.
        Sipadan permit list: Tan Boon Kiat, Singapore passport K4827163P, DOB 12/08/1986, nationality SG, room 204 at the Mabul resort.
        Booking from HK: Mr Chan Ka Ho, HKID K382174(9), mobile +852 9134 2871, wants the AOW in Tioman in July with his brother.
        2027-02-14T08:01:55+08:00 INFO booking created id=BK-27-004520 name='Lim Hui Xin' phone=+6591827364 email=huixin.lim88@yahoo.com.sg course=OWD
        Call back the lady who asked about the kids' kayak camp: 9687 2214, she prefers WhatsApp after 8pm.
        Vanessa Teo asked to skip the deep dive, she has been seeing a psychiatrist for panic attacks since her dad passed away and is on sertraline.
    """),
    "mixed": _lines("""
        Eh the guy who flooded the Peregrine yesterday, Ah Seng, say he cannot pay now because his wife just kena retrenched. Boss say deduct from deposit or not?
        陈先生 booking confirm already, Redang AOW 2 pax, he and 陈太, contact 012-588 3190. 陈太 got high blood pressure, need doctor letter before dive ok.
        Kak Yati's son Irfan seasick teruk on the Aur boat, vomit until dehydrated, we sent him to Klinik Kesihatan Mersing. Mother very upset, pls call her 019-775 2208 today.
        阿明 the deckhand salary this month RM 2,300 only, minus the RM 500 advance he took for his father's hospital bill. Pls don't tell the other crew.
        Roster update: Coach Hafiz (Mohd Hafiz bin Rosli) MC until Friday, dengue positive, so the Sat kayak class at Putrajaya lake need someone else take over.
        林太 called again about her refund, she said one instructor touched her daughter inappropriately during the pool session. Escalate to boss, don't discuss in this group.
        Nama: Goh Kah Wai | IC: 010923-07-3381 | Tel: 016-422 9107 | Alamat: 23, Lorong Sungai Pinang 5, 10150 George Town, Pulau Pinang | Kursus: Layar Asas
        王丽娟 paid the Tioman deposit via WeChat Pay, 流水号 4200001234202703145566, her WeChat ID wlj_divergirl, please match to booking SBD-2027-00412.
        Bro, the Hobie we rented to Arjun Nair last week kena scratch teruk, his car plate SLA 4382 G ah, he drove off before we check. Call him at 8345 9921.
        Medical form: 黄志强, 52岁, type 2 diabetic on insulin, last HbA1c 8.1%, wants Discover Scuba at Sentosa next Sat. Instructor pls review before accepting.
    """),
    "ms": _lines("""
        Borang pendaftaran: Nama: Muhammad Aiman bin Zulkifli, No. KP: 030214-11-6125, Tel: 013-908 4412, Alamat: No. 7, Jalan Seri Kemaman 3, 24000 Kemaman, Terengganu.
        Peserta kursus Siti Nur Amira binti Hashim disahkan mengandung 10 minggu, jadi beliau tidak dibenarkan menyelam. Sila pulangkan yuran RM 1,200 sepenuhnya.
        Akaun bank untuk bayaran balik deposit: Maybank 1640 2338 9157 atas nama NORAZLINA BINTI OTHMAN, jumlah RM 150.
        Laporan kejadian: jurulatih Encik Rosli Hamzah tertinggal seorang penyelam, Faridah binti Yusof, di permukaan selama 25 minit di Pulau Tenggol. Keluarga mahu buat laporan polis.
        Pak Long Daud yang jaga jeti tu ada hutang RM 3,000 dengan kedai kita sejak tahun lepas, jangan bagi dia sewa bot lagi sampai dia bayar.
        No. plat kereta pelanggan yang parkir di kawasan bot: VGH 5521, pemilik Encik Kamal, telefon 011-2345 8870, minta dia alihkan sebelum jam 7 pagi.
        Saya Hidayah (hidayah.rahman92@gmail.com), tolong padam gambar saya yang dimuat naik di Facebook pusat selam tanpa izin, saya tak selesa.
    """),
    "zh-Hans": _lines("""
        报名信息：李娜，身份证号 310107199211073642，手机 139 1724 8853，报名兰卡威帆船入门课程，紧急联系人为其丈夫刘强。
        王建国先生潜水后第二天出现关节疼痛，疑似减压病，已送往槟城中央医院接受高压氧治疗，家属要求我们提供当天的潜水电脑数据。
        三亚分店教练张海峰月薪 9,800 元，因酒驾被拘留15天，这周的课全部改给其他教练，家里人打电话来也先别多说。
        退款账户：中国工商银行 6222 0212 3456 7890 123，户名赵敏，金额 3,600 元人民币（刁曼岛行程取消）。
        潜水日志 2027-05-02 蜈支洲岛，最大深度17.6米，潜水时间42分钟，学员周晓雯（微信 zxw_ocean1996），教练签名待补。
        群里有人问的那个阿杰，就是上次在船上发病的那个，他有癫痫，医生说以后不能再潜水了，大家别再约他去了。
    """),
    "zh-Hant": _lines("""
        報名表：陳家豪，香港身份證 Y561203(7)，電話 +852 6183 4527，報名西貢海下灣獨木舟一星課程，7月12日上堂。
        台灣學員林怡君，身分證字號 F228473152，手機 0912-736-184，已報名綠島進階潛水課程，需要素食餐。
        黃太話佢老公上個禮拜喺船上心臟病發，而家仲喺伊利沙伯醫院深切治療部，佢想取消全家嘅沙巴行程同埋退款。
        澳門學員何志明欠我哋三期學費合共澳門元 4,500，佢話做生意蝕咗錢，要求分期還款，請會計跟進。
        教練郭偉倫上星期離婚，情緒好差，上堂時對學員大聲呼喝，經理決定暫停佢兩星期的課。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for Sotong Bay Dive Academy, Singapore. Collect course sign-ups politely and never share customer data with third parties.",
        ),
        (
            "user",
            "Hi, I want to sign up my daughter Chloe Ng, 13 years old, for Junior Open Water in March. My number is 9456 2371 and email ng.family.sg@gmail.com.",
        ),
        (
            "assistant",
            "Thank you! I have noted Chloe Ng (13) for the Junior Open Water intake in March. We will send the medical questionnaire and parental consent form to ng.family.sg@gmail.com within one working day.",
        ),
        ("user", "Does she need to know how to swim already?"),
        (
            "assistant",
            "Yes, she needs to swim 200m non-stop (or 300m with mask, fins and snorkel) and float for 10 minutes. This is tested in the first pool session at Bishan.",
        ),
    ],
    [
        (
            "user",
            "Help me write an incident report. 10:40 today near Pulau Hantu, student Aravind Kumar s/o Subramaniam, NRIC S8716402J, lost his buddy at 12m and did a fast ascent. He was fine, no symptoms, but we put him on O2 for 20 mins.",
        ),
        (
            "assistant",
            "Incident Report - Date: today, 10:40, Pulau Hantu. Diver: Aravind Kumar s/o Subramaniam (NRIC S8716402J). Summary: buddy separation at 12m followed by a rapid ascent. Action: 100% oxygen administered for 20 minutes as a precaution; diver asymptomatic. Follow-up: monitor for 24 hours and advise no flying.",
        ),
        (
            "user",
            "Can you add that his emergency contact, his mother, was informed at 11:15 on 9012 7743?",
        ),
        (
            "assistant",
            "Added: Emergency contact (mother) informed by phone at 11:15 on 9012 7743. Would you like me to add the names of the instructor and boat captain too?",
        ),
    ],
    [
        (
            "user",
            "Can help me draft a WhatsApp msg to chase payment? Uncle Tan, full name Tan Ah Huat, still owe SGD 450 for the Sat boat charter to Pulau Hantu. Don't want to sound too rude lah, he is a regular.",
        ),
        (
            "assistant",
            "Sure, here is a friendly version: Hi Uncle Tan, hope you enjoyed the Hantu trip on Saturday! Just a gentle reminder that the balance of SGD 450 for the charter is still outstanding. You can PayNow to our company UEN anytime. Thank you and see you on the next trip!",
        ),
        ("user", "Good. He also mentioned his wife in hospital for chemo, should I say something?"),
        (
            "assistant",
            "You could add a short line such as: Wishing Auntie a smooth recovery, no rush if you need a bit more time. Keep it brief and private, and avoid mentioning her treatment in any group chat.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk pusat selam di Pulau Perhentian. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong semak borang perubatan ni: Nama Nor Syafiqah binti Ismail, umur 24, No. KP 021108-03-5570, ada sejarah sawan (epilepsi), kali terakhir 2 tahun lepas, masih makan ubat.",
        ),
        (
            "assistant",
            "Berdasarkan borang RSTC, sejarah sawan termasuk dalam soalan yang memerlukan kelulusan doktor. Cik Nor Syafiqah perlu mendapatkan surat pengesahan daripada doktor (sebaiknya pakar neurologi) sebelum sebarang aktiviti menyelam.",
        ),
        ("user", "Kalau dia nak snorkel je, boleh?"),
        (
            "assistant",
            "Snorkeling berisiko lebih rendah, tetapi sawan di dalam air tetap berbahaya. Pastikan dia memakai jaket keselamatan, ditemani seorang staf sepanjang masa, dan maklumkan kepada jurulatih tentang keadaannya.",
        ),
    ],
    [
        (
            "user",
            "帮我把这份潜水日志整理成表格：学员刘洋，身份证 460200198503162814，2027年4月20日，蜈支洲岛，最大深度16米，时长45分钟，水温27度，能见度10米。",
        ),
        (
            "assistant",
            "整理如下：| 学员 | 证件号 | 日期 | 地点 | 最大深度 | 时长 | 水温 | 能见度 | 刘洋 | 460200198503162814 | 2027-04-20 | 蜈支洲岛 | 16米 | 45分钟 | 27°C | 10米 |",
        ),
        ("user", "身份证号不需要放进日志，去掉吧。"),
        (
            "assistant",
            "好的，已删除证件号一栏：| 学员 | 日期 | 地点 | 最大深度 | 时长 | 水温 | 能见度 | 刘洋 | 2027-04-20 | 蜈支洲岛 | 16米 | 45分钟 | 27°C | 10米 |",
        ),
    ],
    [
        ("system", "你是台灣一家潛水中心的客服助理，請以繁體中文回覆。"),
        (
            "user",
            "幫我寫一封信給學員吳宗翰，他身分證 A135720463，手機 0935-218-447，通知他小琉球的進階課程因颱風延期到9月6日。",
        ),
        (
            "assistant",
            "吳宗翰先生您好：因颱風影響，原定的小琉球進階潛水課程將延期至9月6日舉行，集合時間與地點不變。如需調整日期，請回覆此信或來電本中心。造成不便，敬請見諒。",
        ),
        ("user", "信裡不用寫身分證，謝謝。"),
        ("assistant", "了解，上面的信件內容並未包含身分證字號，可以直接寄出。"),
    ],
    [
        (
            "system",
            "You are the roster assistant for Coral Trail Divers. Internal data: instructors Jasmine Lee Shu Min (NRIC T0132764F, HP 8261 0937, not available Sat mornings due to her dialysis), Mohd Amirul bin Azman (MyKad 900311-06-5187, HP 011-3345 2210).",
        ),
        ("user", "Who can take the Saturday 8am pool session at Bishan?"),
        (
            "assistant",
            "Mohd Amirul bin Azman is available for the Saturday 8am pool session. Jasmine Lee is not available on Saturday mornings.",
        ),
        ("user", "Why is Jasmine never free on Saturdays?"),
        (
            "assistant",
            "She has a standing personal commitment on Saturday mornings. I would suggest asking her directly or checking with the operations manager rather than discussing it here.",
        ),
    ],
    [
        (
            "user",
            "Here is our rental log, tell me who has not returned gear: RT-90011 Samuel Devaraj 9733 1048 BCD+reg returned; RT-90012 Cheryl Foo 8115 6290 wetsuit NOT returned; RT-90013 Lim Kok Leong 9402 7715 computer NOT returned.",
        ),
        (
            "assistant",
            "Two rentals are still outstanding: RT-90012 Cheryl Foo (8115 6290), wetsuit; RT-90013 Lim Kok Leong (9402 7715), dive computer. RT-90011 Samuel Devaraj has returned everything.",
        ),
        ("user", "Write a short reminder SMS template I can send to both."),
        (
            "assistant",
            "Hi, this is a reminder from the dive centre that your rental item under ticket [ticket no.] is overdue. Please return it to our Ubi shop by 6pm tomorrow to avoid late charges. Thank you!",
        ),
    ],
    [
        (
            "user",
            "I'm Melissa Fernandez, 41, I had ACL reconstruction on my left knee in August and I'm still doing physio at Tan Tock Seng. Can I join the Tioman Open Water course in November?",
        ),
        (
            "assistant",
            "Thanks for sharing, Melissa. Knee surgery within the last 12 months is something the RSTC medical form asks about, so you would need a doctor to sign off. Your orthopaedic surgeon or physiotherapist can advise whether the knee can handle fin kicks and boat entries.",
        ),
        (
            "user",
            "OK. Also my insurance is with AIA, policy number L77231904, do I need to give that to the shop?",
        ),
        (
            "assistant",
            "Most dive shops only need proof of dive insurance coverage, not your full life policy details. Check whether your AIA plan covers scuba diving; if not, a dedicated dive insurance policy is recommended before the trip.",
        ),
    ],
    [
        ("system", "You help a Hong Kong sailing school answer enquiries in English or Cantonese."),
        (
            "user",
            "我想報 Level 1 keelboat course, 我個 HKID 係 P904317(2), 電話 9267 3381, 叫我 Chris 得啦 (Wong Chi Kin).",
        ),
        (
            "assistant",
            "多謝 Chris！已記錄 Wong Chi Kin 報讀 Level 1 Keelboat course，聯絡電話 9267 3381。報名只需要姓名同緊急聯絡人，身份證號碼唔需要喺呢度提供，我哋會喺上堂當日核對。",
        ),
        ("user", "Ok thanks, when is the next intake?"),
        (
            "assistant",
            "The next Level 1 intake starts on the first weekend of next month, Saturday and Sunday 9am to 5pm at Sai Kung. Please bring a hat, sunscreen and non-marking shoes.",
        ),
    ],
]
