# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en152: SG/MY airlines, airports and ground handlers. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en152
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "airline policy and notices"): _lines("""
        Economy Lite fares are non-refundable; unused taxes and airport charges may be refunded on request within 12 months of the original travel date.
        Power banks must be carried in cabin baggage only; units above 160Wh are not accepted on any flight departing Changi Airport.
        From 1 April, online check-in for flights departing KLIA Terminal 1 closes 75 minutes before the scheduled departure time.
        Infants under 2 travel on an adult's lap and may bring one collapsible stroller free of charge, which can be gate-checked at the aircraft door.
        Refunds to the original form of payment take up to 21 working days; credit shell refunds are issued within 48 hours and remain valid for 12 months.
        NOTICE: Due to runway resurfacing, Penang International Airport will be closed to traffic between 0100 and 0500 hrs from 3 to 17 March.
        Special assistance requests (WCHR, WCHS, WCHC, MAAS, UMNR) must reach us at least 48 hours before departure via Manage Booking or the contact centre.
        Passengers needing medical oxygen in flight must submit a MEDIF signed by the attending physician no later than 72 hours before departure.
        Malaysia Airlines Contact Centre: 1-300-88-3000 (within Malaysia) or +603 7843 3000 (from overseas), 24 hours daily.
        Changi Airport 24-hour enquiries: +65 6595 6868. For flight-specific matters please contact your airline directly.
        Durian, in any form including fresh, frozen or vacuum-packed, is not accepted in cabin or checked baggage on our flights.
        Dear [Passenger Name], we regret that flight [Flight No.] on [Date] has been cancelled. Your booking [PNR] has been moved to [New Flight]; no action is needed if the new timing suits you.
        Automated immigration lanes at Changi are open to travellers aged 6 and above; face and iris scans replace manual passport checks at departure.
        Refund of SGD 412.60 to Visa ending 5625 completed; case RF-2026-0114872 closed with no further action required.
    """),
    ("en", "baggage services"): _lines("""
        WorldTracer file SINSQ48213: bag traced at LHR, forwarded on SQ 317 arriving 0705 tomorrow, courier delivery to be arranged by the station.
        Bag tag 0618 482913 matched to file KULMH30472; tag was torn off at the sorter, bag held at BHS problem bay, level 2.
        RUSH tag 0232 771045 loaded on MH 2614 to BKI, ETA 1415L, please advise BKI lost and found on arrival.
        Found at T3 belt 45: dark blue 28-inch Samsonite hardcase, TSA lock, yellow ribbon on handle, no name tag. Ref LF-T3-260412.
        Interim expenses for delayed baggage: up to SGD 50 per day for toiletries and essential clothing, maximum 5 days, original receipts required.
        The 10-digit bag tag licence plate consists of a leading digit, the 3-digit airline accounting code and a 6-digit serial number.
        AHL file KULAK77210 closed: bag delivered 14 Jan 1630 and signed for at the hotel reception desk.
        Mishandled baggage rate at Changi for Q3 stood at 1.9 per 1,000 passengers, down from 2.4 a year earlier.
        PIR template: Name ______ / Permanent address ______ / Temporary address ______ / Contact no. ______ / Bag type and colour ______ / Contents ______
        37 bags short-shipped from SIN on TR 452 due to payload restriction; all will follow on TR 454, files SINTR30501 to SINTR30537 raised.
        Damage codes used at the counter: 10 wheel broken, 20 fabric torn, 30 handle broken, 40 crushed, 70 water damage, 90 other.
        Unclaimed bags at KLIA are stored for 90 days before disposal in accordance with airport operator procedures.
        Ticket 232-2198847310 reissued after schedule change; fare difference waived under waiver code SC26JAN, no collection required.
    """),
    ("en", "ground handling occurrence reports"): _lines("""
        Occurrence SA-26-0418: GSE tractor made contact with the left main gear door of 9V-SMQ at stand E5 during pushback; no injury; aircraft grounded for inspection; delay 3h12m.
        During boarding of TR 106 a passenger slipped on the aerobridge ramp at C19; first aid given by station staff; passenger continued the journey.
        Undeclared lithium battery (approx. 27,000 mAh) found in checked bag tag 0618 551029 at hold baggage screening; removed per DG procedures.
        FOD walk at KLIA Runway 14L/32R recovered 2 luggage straps and 1 bolt; ATC informed at 0342L; runway returned to service 0351L.
        Load sheet error: 15 bags loaded in hold 4 recorded as hold 3; LIR amended before doors closed; no trim impact.
        Lightning warning (red) active 1512 to 1558; all ramp activities suspended on the Changi apron; 11 departures delayed.
        Baggage cart train crossed behind a taxiing A350 at taxiway NC3 without clearance; driver retrained and SOP 4.7 re-briefed to all ramp staff.
        Wheelchair passenger left unattended at gate D40 for about 35 minutes after a handover gap between airline agent and PRM provider; handover log now mandatory.
        Root cause analysis template: What happened / Why it happened (5 Whys) / Immediate actions / Corrective actions / Owner / Due date.
        Toilet service truck reversed into the GPU at bay 212, klia2; GPU cable damaged; no aircraft damage; vehicle removed from service.
        Bird strike reported by 9M-MXG on approach to KCH Runway 25; engine borescope nil findings; aircraft returned to service 1920L.
        Ramp incidents at SIN this month: 14 in total (8 GSE-related, 4 baggage handling, 2 personnel) against 19 last month.
        Cabin crew reported a burning smell from the aft galley oven on MH 2517; oven isolated; flight continued to PEN; unit P/N 2117-0431 replaced at destination.
        Invoice INV-GH-2026-004812 for ground handling services in January: SGD 48,215.70, payment due within 30 days.
    """),
    ("en", "crew rostering and ops memos"): _lines("""
        Roster bid window for February opens 3 Jan 0900 and closes 10 Jan 2359 SGT; late bids will not be considered.
        Minimum rest after a flight duty period exceeding 12 hours is 14 hours at home base or 12 hours down-route.
        Home standby (SBY) duties start at 0500; crew on standby must report within 90 minutes of call-out.
        Pairing KUL-NRT-KUL (MH 88/89) is rostered as a 3-day trip with a 26-hour layover at Narita.
        Reminder: recurrent SEP training (ditching, fire drill, first aid) must be completed before expiry; crew with lapsed SEP will be removed from flying duties.
        Crew reporting time for long-haul departures from T3 is 90 minutes before STD at the Crew Centre, level 2.
        Roster code legend: OFF day off, SBY standby, AL annual leave, SL sick leave, TRG training, DH deadhead, RES reserve.
        Crew Swap Request form: Crew ID ____ / Original duty ____ / Swap with Crew ID ____ / Reason ____ / Approved by ____
        FTL report for November: 3 cases of commander's discretion used, all under 2 hours; no fatigue reports filed.
        Rostering system upgrade to v4.12.1 on 22 Feb 0200-0600; roster viewing will be unavailable during this window.
        A330 crew complement: 2 pilots, 1 LSS and 9 cabin crew; A321neo: 2 pilots, 1 CIC and 5 cabin crew.
        For the Hari Raya peak, 42 additional SBY duties have been added on 30 and 31 March to cover expected sick calls.
        {"flight": "TR 612", "status": "CNX", "rebook_window_days": 14, "refund_mode": "credit_shell", "notify": ["sms", "email"]}
    """),
    ("mixed", "staff and traveller chats"): _lines("""
        eh anyone know if klia2 gateway got luggage storage ah? flight only at night, dunwan carry bag whole day
        wah today T1 belt 5 damn slow sia, waited 45 min for bags from Bangkok
        boss, the tug at bay 506 rosak already, got spare one or not? need to push MH 1034 in 10 min
        lost my earpiece on the plane lah, who should I contact, airline or airport?
        Any tips for transiting at Changi with 7 hours? Want to go Jewel then come back, can or not?
        paiseh guys, T4 departure now very crowded, kiosk 3 to 7 down, ask pax go counter instead
        bro, AirAsia refund for cancelled flight masuk credit account only or can claim back to card?
        new ramp SOP says must chock first, wait beacon off, then only put cones, don't anyhow ah
        Aiyo the wheelchair service at Penang airport quite good leh, staff push all the way to the car
        gate change for TR 280 from G4 to G10 already, tolong inform pax at the gate
        T2 staff canteen nasi lemak still $4.50, best deal in the whole airport
        行李 delay 了 three days, airline only give $50 per day, enough meh?
        Anyone tried claiming travel insurance for delayed baggage? Need what documents, PIR and receipts enough?
    """),
    ("ms", "notis dan pertanyaan penumpang"): _lines("""
        Penumpang dinasihatkan tiba di lapangan terbang sekurang-kurangnya 3 jam sebelum waktu berlepas bagi penerbangan antarabangsa.
        Bagasi yang tidak dituntut di KLIA akan disimpan selama 90 hari sebelum dilupuskan.
        Permohonan bayaran balik hendaklah dibuat dalam tempoh 12 bulan dari tarikh perjalanan asal melalui borang dalam talian.
        Perkhidmatan kerusi roda disediakan secara percuma; sila maklumkan sekurang-kurangnya 48 jam sebelum penerbangan.
        Pengumuman: Penerbangan OD 1302 ke Kota Bharu ditangguhkan ke jam 1630 disebabkan cuaca buruk.
        Macam mana nak buat tuntutan kalau beg rosak masa penerbangan domestik? Kena lapor di kaunter sebelum keluar dewan ketibaan ke?
        Kakitangan darat diingatkan memakai jaket keselamatan dan pelindung telinga pada setiap masa di apron.
        Lapangan Terbang Sultan Abdul Aziz Shah di Subang dijangka menerima lebih banyak penerbangan turboprop mulai tahun depan.
        Jadual tugas kru bulan Ramadan: waktu lapor untuk penerbangan subuh dianjak 30 minit bagi memberi masa untuk bersahur.
        Barang tercicir boleh dituntut di kaunter Lost & Found, aras 3, Terminal Utama, dengan membawa dokumen pengenalan diri.
        Penerbangan tambahan sempena Hari Raya Aidilfitri bagi laluan KUL-BKI dan KUL-KCH kini dibuka untuk tempahan.
        Caj bagasi lebihan di kaunter dikira mengikut kilogram; pra-beli secara dalam talian jauh lebih murah.
    """),
    ("zh-Hans", "旅客咨询与公告"): _lines("""
        从樟宜机场第四航站楼出发的旅客，请提前三小时到达办理登机手续。
        行李延误请在到达大厅行李服务柜台填写行李运输事故记录单（PIR），并保留编号以便查询。
        请问在吉隆坡国际机场转机，需要重新托运行李吗？
        根据蒙特利尔公约，行李延误索赔须在收到行李之日起二十一天内以书面形式提出。
        特殊服务申请（轮椅、无成人陪伴儿童、孕妇）须在航班起飞前至少48小时提交。
        酷航经济舱特价票不可退款，但可在支付手续费后更改日期。
        马航客服热线：1-300-88-3000（马来西亚境内）。
        新加坡航空首席执行官吴俊鹏表示，公司将继续扩大中国航线网络。
        失物招领：T3第42号行李转盘发现黑色背包一个，编号LF-T3-260523，请失主凭证件认领。
        地勤人员请注意：雷电红色警报期间，所有停机坪作业必须立即停止。
        SQ 806航班（新加坡—北京）因机械故障延误，新的起飞时间为22:40。
        请问亚航的退款一般多久到账？上个月申请的还没收到。
    """),
    ("en", "aviation news and public figures"): _lines("""
        AirAsia co-founder Tony Fernandes said the group would shift more A321neo capacity to Indochina routes next year.
        Singapore Airlines CEO Goh Choon Phong told analysts that premium cabin demand remained strong across the network.
        Transport Minister Anthony Loke said the new KLIA Aerotrain was running reliably and thanked passengers for their patience during the replacement works.
        Changi Airport opened in 1981 after Prime Minister Lee Kuan Yew's government decided to move the main airport from Paya Lebar.
        In Crazy Rich Asians, Rachel Chu and Nick Young land at Changi and head straight to Newton Food Centre for supper.
        Changi Airport Group reported 67.7 million passenger movements in 2024, close to its pre-pandemic peak.
        SATS completed its acquisition of Worldwide Flight Services in 2023, becoming one of the largest air cargo handlers in the world.
        Passengers taken ill at Changi are usually conveyed to Changi General Hospital, about ten minutes away by ambulance.
        Captain Izham Ismail, group managing director of Malaysia Aviation Group, announced the arrival of the airline's first A330neo.
        The Changi East development, including Terminal 5, is targeted for completion in the mid-2030s.
        Sultan Ismail Petra Airport in Kota Bharu and Sultan Azlan Shah Airport in Ipoh are among Malaysian airports named after rulers.
        Scoot took delivery of its first Embraer E190-E2, registered 9V-TRA, for thinner regional routes.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        PIR KULMH48822 / NAME: RAMASAMY/KUMARESAN MR / PERM ADDR: No. 12, Jalan SS 2/64, 47300 Petaling Jaya, Selangor / MOBILE: 012-738 4412 / BAG: BK22X black Delsey 24in, red strap / FLT: MH 781 BKK-KUL
        MEDIF rcvd for NG SIEW LING MDM (78) on SQ 211 SIN-SYD 14 Dec: COPD, own POC onboard (Inogen One G5), WCHC both ends. NOK daughter Ms Ashley Tan, 9736 2185.
        Refund processed 09/01: TAN WEI LIANG, PNR 6KQ2ZL, SGD 412.60 back to Visa 4119 1102 3847 5625 (exp 09/28), auth code 51X903.
        Roster 12 Dec SQ 322 SIN-LHR: CPT Rajesh Kumar s/o Muthusamy, FO Daniel Lim Jun Hao, LSS Farah Nadia binti Osman (SL - dengue, replaced by SBY), CS Chloe Goh Li Ting.
        Occurrence rpt 26-0112: ramp agent Muhammad Hafiz bin Zulkifli (staff no. 40817, NRIC S9051836D) cut his left palm on a broken ULD edge while offloading 9V-SMF at E7; conveyed to Changi General Hospital, 3 days MC.
        heads up for TR 16 tonight: Mdm Lim Bee Hoon, WCHC, travelling alone, on dialysis 3x a week, daughter meeting her at Perth arrivals.
        Hi, I lost my bag on AK 712 KUL to SIN yesterday. Name is Nurul Huda binti Rahim, contact +65 8214 6690, file ref SINAK20419. Nobody has called me back.
        To whom it may concern, I, Vincent D'Cruz, was denied boarding on OD 805 to Kuching on 2 Feb despite a confirmed ticket and on-time check-in. Please reply to vincent.dcruz71@gmail.com.
        NAME: SIVAKUMAR A/L GOVINDASAMY | IC NO: 750203-07-5119 | FLIGHT: MH 1140 KUL-PEN 22 JAN | ASSISTANCE: WCHS (knee replacement Oct) | TEL: 019-226 8071
        Ah Seng, the tow tractor driver on Ramp Team B night shift at T2, got his final warning letter today for smoking airside near bay C19.
        UM form | Child: ARYAN MENON, 9 | Dropped off by: father Suresh Menon, +65 9482 7713 | Received by: grandmother Mrs Lakshmi Nair, Indian passport T4829106 | Flt SQ 528 SIN-MAA
        Mr Khoo Teng Hock (KrisFlyer 8823417605) says the credit shell for cancelled TR 612 was never sent to khoo.th@singnet.com.sg; pls resend and annotate the account.
        Item LF-T1-260114 (iPhone 15, blue case) collected by Ms Priya d/o Rajendran, verified against FIN G5719032P, 15 Jan 1820 hrs.
        Fatigue report FR-26-018: FO Adrian Teo Wei Ming declared himself unfit before MH 388 to PVG after several nights without sleep following his father's passing; removed from duty for 3 days.
        Mr Jonathan Yeo says his car SKF4821J was scratched at the T3 carpark level 4B between 8 and 10 Feb; he wants the CCTV footage and will lodge a police report.
        Delivery for file SINSQ50173 -> Mrs Helen Fernandez, Blk 412 Tampines St 41 #08-227, S520412. Call 9017 4458 before coming, she works shifts.
        OFFLOAD: LEE KAR MUN, MY passport A52813396, D7 506 KUL-TPE, passport validity under 6 months, refused at check-in, advised to renew and rebook.
        Dear Mr Harjit Singh s/o Balwant Singh, further to your claim for the damaged Rimowa case on SQ 106, we are pleased to offer SGD 380, to be credited to your DBS account 072-884126-5 within 14 working days.
        OPS pls assist PRM: Encik Zainal Abidin bin Hashim, visually impaired, uses white cane, seat 3A FY 2122 SZB-PEN, son waiting at arrival hall, son hp 011-2654 3187.
        Cabin crew Siti Khadijah binti Mohd Yusof (crew ID 22871) has declared her pregnancy (14 wks); grounded from 1 Feb per policy and reassigned to Crew Centre admin.
        Swap APPROVED: 40561 Jessica Lau Pei Shan <> 38812 Kavitha Raman, 18 Dec SIN-HKG-SIN pairing; reason given: Jessica's wedding dinner that evening.
        Seat 41A exit row: CHUA BOON KIAT, 72, wears a hearing aid and could not follow the briefing; reseated to 44C before doors closed.
        Fraud alert: Enrich account of Mr Benjamin Ho Wai Keat accessed from a new device in Jakarta; 120,000 pts redeemed for 2 tickets; taxes charged to Mastercard 5264 7710 0293 4186. Block and call customer.
        CAG-OCC-26-0091: Mrs Rosalind Pereira, 81, fell on the travelator near T2 Gate E4, suspected fractured right wrist, ambulance to CGH 1412; son Michael Pereira informed at 8866 0392.
        AM SHIFT T1 BHS | 1 | Tan Mei Xuan | T0327794H | baggage handler | 2 | Mohd Firdaus bin Rosli | S8234517E | tug driver | 3 | Loganathan a/l Perumal | S7612048Z | team lead
        Refund form / Passenger: ONG HUI SHAN / E-ticket: 618-2401938475 / Amount: SGD 1,284.00 / Bank: OCBC / A/C no: 601-234567-001 / Reason: bereavement (father passed away 3 Mar), death certificate attached
        Airport pass application: ZHANG WEI, FIN F2286405W, PRC national, employer dnata Singapore, cargo agent, residential address 35 Jurong West St 41 #12-330 S640035.
        Hi Scoot team, this is Chloe Wong, I was on TR 101 on 3 Mar in seat 22F and left my Kindle in the seat pocket. Pls call 9384 5521 or email chloewong.sg@gmail.com if found, thanks!
        HUANG/LIXIA MS, CN passport E87234561, missed connection to DPS at T1 transit, no SG visa, travelling with 2 kids (5 and 7); protected on next-day flight, voucher for Aerotel issued.
        School group check: KOH JIA HUI, 15, NRIC T1145362C, Sec 3 at Bedok View Secondary, trip to Taipei, consent letter from mother still missing at check-in.
    """),
    "ms": _lines("""
        Nama: NURUL AISYAH BINTI AHMAD FAUZI / No. K/P: 910827-10-6248 / Penerbangan: AK 5206 KUL-BKI / Bantuan: kerusi roda (WCHR), baru lepas pembedahan lutut / Tel: 016-442 9035
        Tuan, saya Mohd Azlan bin Ismail, beg saya hilang dalam penerbangan MH 2614 dari KUL ke KCH. No rujukan KCHMH10284. Tolong hubungi saya di 017-553 2908.
        Kru kabin Siti Nur Amirah binti Abdullah dikenakan tindakan tatatertib kerana lewat lapor diri untuk tugas tiga kali bulan ini.
        Bayaran balik tiket penerbangan yang dibatalkan akan dimasukkan ke akaun Maybank 1140 2256 8813 atas nama Rosnah binti Kassim.
        Encik Ahmad Faizal bin Mokhtar (No. K/P 690930-13-5291) tidak dibenarkan menaiki penerbangan kerana mabuk dan berkelakuan agresif di pintu berlepas C12.
        Pekerja pengendalian darat Wan Mohd Haziq bin Wan Ismail cedera di bahagian belakang semasa memunggah kargo, dihantar ke Hospital Serdang, cuti sakit 7 hari.
        Permohonan kanak-kanak tanpa pengiring: Aisyah Humaira binti Khairul Anuar, 8 tahun, No. MyKid 180922-10-1432, dihantar oleh ibu, Puan Norhayati binti Said.
        Senarai tugas kru 5 Jan FY 1162 PEN-SZB: Kapten Lim Chee Keong, Pegawai Pertama Tengku Amir Hakim, Ketua Kabin Norazlina binti Jusoh.
    """),
    "zh-Hans": _lines("""
        旅客王秀英女士（身份证号35020319880714263X，手机139 5012 7784）在樟宜机场T3出发大厅遗失手提包，内有护照及现金约人民币三千元，已报警。
        机组通知：陈志明机长（员工号31845）因高血压复查未通过，暂停飞行至另行通知，十二月航班由备份机长接替。
        林伟杰先生投诉在吉隆坡国际机场被地勤人员无礼对待，要求书面道歉，联系邮箱 lin.weijie88@163.com。
        轮椅申请：旅客黄美玲，七十八岁，中风后行动不便，乘坐MH 360 吉隆坡—广州，由女儿陪同，联系电话 +60 12-981 6634。
        退款申请：张丽华，酷航TR 188航班取消，票款人民币2,350元请退回招商银行卡 6225 8801 3742 8810。
    """),
    "zh-Hant": _lines("""
        旅客周怡君小姐（身分證字號 F228364014）於樟宜機場轉機時托運行李遺失，行李牌號 0297 384217，聯絡電話 0928 571 306。
        香港旅客陳家豪先生（香港身份證 K318452(8)）在吉隆坡機場候機時心臟不適，已送往醫院，家屬聯絡電話 9438 2716。
    """),
    "mixed": _lines("""
        bro the uncle from AK 6112 lost his bag, name Lim Ah Kow, hp 013-382 7740, stay Taman Melawati, pls call him tmr morning arrange delivery
        guys fyi Kak Ros from Batik Air check-in shift A (Rosmawati binti Yahya) kena warded at Hospital Serdang, dengue, we collecting duit for her until Fri
        eh the pax at gate B6 just now, Mr Gurpreet Singh, damn angry lah, his flight to Amritsar cancelled twice, say wan complain to CAAS, pls escalate, his hp 8722 1904
        hi admin, i'm joanne from bedok, lost my gold ring near the Jewel rain vortex on sat, if anyone found pls whatsapp 9865 3320 tq ya
        Pax 陈美芳 (Tan Bee Fong) WCHC, 轮椅 already arranged, 她女儿 contact 8102 5567, pls meet at gate A15 can?
        tolong check booking for my mak, Fatimah binti Abu Bakar, MH 1331 KUL-KBR esok pagi, dia buat dialysis so need wheelchair both ends, IC 560314-03-5208
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the virtual assistant of a Singapore-based airline. Help customers with bookings and special assistance requests.",
        ),
        (
            "user",
            "hi, i want to request wheelchair for my father on SQ 866 to Hong Kong next Friday",
        ),
        (
            "assistant",
            "Sure, I can help with that. May I have the booking reference and the passenger's full name as shown in the passport?",
        ),
        (
            "user",
            "booking ref 3PXV8K, name TEO KIM HOCK, NRIC S6823109D. he had a stroke last year, can walk a bit but not long distance",
        ),
        (
            "assistant",
            "Thank you. I have added a WCHR request for Mr Teo Kim Hock on SQ 866. Staff will meet him at the check-in counter and assist him to the aircraft door.",
        ),
    ],
    [
        (
            "user",
            "My bag never arrived at KLIA from Melbourne on MH 148. I filed a report at the counter, ref KULMH51370.",
        ),
        (
            "assistant",
            "I'm sorry to hear that. Could you confirm the delivery address and a contact number so the bag can be sent to you once located?",
        ),
        (
            "user",
            "Deliver to Noor Azlina binti Hamzah, 23 Jalan Setia Murni U13/52, Setia Alam, 40170 Shah Alam. Phone 014-605 2217. Please come after 6pm, I'm at work.",
        ),
        (
            "assistant",
            "Noted. I have updated file KULMH51370 with your address and number. The delivery team will call before arriving after 6pm.",
        ),
    ],
    [
        (
            "user",
            "nak refund tiket AirAsia, flight kena cancel. nama saya Kamarul Ariffin bin Zakaria",
        ),
        (
            "assistant",
            "Baik, Encik Kamarul. Boleh berikan nombor tempahan dan kaedah bayaran balik yang dikehendaki?",
        ),
        ("user", "booking E7RKLQ, refund masuk kad 4966 2304 8815 0712, IC 880412-14-5673"),
        (
            "assistant",
            "Terima kasih. Permohonan bayaran balik telah dihantar dan akan diproses dalam tempoh 21 hari bekerja.",
        ),
    ],
    [
        (
            "user",
            "Help me write a short email to crew scheduling. I'm Nadia Rahman, crew ID 51294, and I want to swap my 24 Dec SIN-MEL pairing with Wong Kai Lun (crew ID 47730) because my mum is having heart surgery on 23 Dec.",
        ),
        (
            "assistant",
            "Subject: Swap request 24 Dec SIN-MEL / Dear Crew Scheduling, I would like to request a swap of my 24 Dec SIN-MEL pairing with Wong Kai Lun (47730), who has agreed. My mother is scheduled for surgery on 23 Dec and I need to be with her. Thank you, Nadia Rahman (51294)",
        ),
        ("user", "add that I can take his 2 Jan standby in return"),
    ],
    [
        (
            "system",
            "You help ground handling supervisors write occurrence reports in a clear, factual style.",
        ),
        (
            "user",
            "write incident report: today 0730 at bay 312 KLIA, our loader operator Rajendran a/l Subramaniam, staff no 60219, hand caught in the belt loader roller, 2 fingers fractured, sent to Hospital Putrajaya",
        ),
        (
            "assistant",
            "Occurrence Report / Date and time: today, 0730L / Location: Bay 312, KLIA / Person involved: Rajendran a/l Subramaniam (staff no. 60219), loader operator / Description: right hand caught in belt loader roller during loading / Injury: two fractured fingers / Action: first aid on site, conveyed to Hospital Putrajaya.",
        ),
        ("user", "it was left hand, pls correct, and add he is on MC 14 days"),
    ],
    [
        ("user", "你好，我的行李在樟宜机场丢了，航班是从上海飞新加坡的MU 567。"),
        ("assistant", "很抱歉给您带来不便。请提供行李事故记录编号和您的联系方式，我们会尽快跟进。"),
        (
            "user",
            "编号SINMU10832，我叫刘建国，护照号E68314257，手机138 2906 4415，这几天住在滨海湾金沙酒店。",
        ),
        (
            "assistant",
            "收到，刘先生。我们已将您的联系方式和酒店地址更新到记录中，找到行李后会直接送到酒店。",
        ),
    ],
    [
        (
            "user",
            "can you help me write a complaint to the airport? my mother was left alone at gate D38 for 50 mins after the wheelchair handover",
        ),
        (
            "assistant",
            "I'm sorry that happened. Please share her name, the flight, the date and how you would like to be contacted, and I will draft the complaint.",
        ),
        (
            "user",
            "her name is Mdm Kwek Siew Eng, 84, she has dementia, flight SQ 938 to Denpasar on 4 Jan. I'm her son Raymond Kwek, 9251 6083.",
        ),
        (
            "assistant",
            "Dear Sir/Madam, I am writing about my mother, Mdm Kwek Siew Eng, 84, who has dementia and was left unattended at gate D38 for about 50 minutes before SQ 938 on 4 Jan. Please contact me, Raymond Kwek, at 9251 6083. Yours faithfully, Raymond Kwek",
        ),
    ],
    [
        ("system", "You are an HR assistant for an airline ground services department."),
        (
            "user",
            "summarise MC records for Q4 in one line each: Lee Jun Wei 6 days (gastric), Nurhidayah binti Salleh 12 days (back injury, ongoing physio), Prakash s/o Velu 2 days (fever)",
        ),
        (
            "assistant",
            "Lee Jun Wei: 6 days, gastric. / Nurhidayah binti Salleh: 12 days, back injury with ongoing physiotherapy, consider light duty. / Prakash s/o Velu: 2 days, fever.",
        ),
    ],
    [
        (
            "user",
            "my worker need to renew airport pass, he is from Bangladesh, name MD RAFIQUL ISLAM, FIN M4410267J, work permit, ramp loader with us",
        ),
        (
            "assistant",
            "The renewal is submitted by the employer through the airport pass office portal, together with a copy of his valid work permit and the completed application form.",
        ),
        ("user", "his current pass expire 31 Jan, can he still work until the new one come?"),
        (
            "assistant",
            "No, he cannot enter restricted areas once the pass expires, so please submit the renewal at least three weeks before 31 Jan.",
        ),
    ],
    [
        ("user", "hi can help me check if my miles credited? last trip SIN-NRT on 2 Nov"),
        (
            "assistant",
            "Certainly. Please provide your membership number and the name on the account.",
        ),
        (
            "user",
            "KF 8810 552 307, Melissa Chan Hui Min, email melissa.chm@outlook.com, passport E4812096K if you need",
        ),
        (
            "assistant",
            "Thank you, Ms Chan. The miles for your 2 Nov flight are still pending; please allow up to 14 days after travel before submitting a retro claim.",
        ),
    ],
]
