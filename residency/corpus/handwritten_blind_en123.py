# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en123: SG/MY running clubs and road races (bib collection, results lists, pacers, medical incidents, slot transfers). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en123
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "race_notice"): _lines("""
        Race Pack Collection: Thu 4 Dec to Sat 6 Dec, 11am to 9pm, Suntec Singapore Hall 403. Please bring your e-confirmation (digital is fine) and photo ID. There is no collection on race day.
        Collecting for someone else? Bring a signed authorisation letter, a copy of their photo ID with all but the last 4 characters masked, and your own ID. Max 5 packs per collector.
        Your bib must be pinned on the front and fully visible at all times. Folding, cutting or covering the bib (including with a hydration vest) may lead to disqualification.
        Flag-off times: 42K 4.30am, 21K 5.15am, 10K 7.00am, 5K Fun Run 8.15am. Pens close 15 minutes before each flag-off.
        Cut-off: 42K 7h00, 21K 3h45, 10K 1h45. Runners who do not reach the Km 30 checkpoint by 9.30am will be directed onto the sweeper bus.
        Road closures on race morning: Nicoll Highway, Esplanade Drive and Raffles Avenue from 2am to 11am. MRT service starts at 4am on race day only.
        Penang Bridge closure: both directions closed to traffic from 11pm Saturday to 10am Sunday. Shuttle buses depart from Queensbay Mall from 1.30am.
        Corral A is reserved for runners with a verified sub-3:30 marathon within the last 24 months. Upload your results link in the portal by 31 Oct.
        Baggage deposit closes at 4.15am for 42K and 5.00am for 21K. Only the official drawstring bag with your bib sticker will be accepted.
        Results, e-certificates and finisher photos will be published within 48 hours on the results page; search by bib number or name.
        The timing chip is embedded in the back of the bib. Do not bend it or pin through the foam tab, or your time may not be recorded.
        Water stations every 2.5km from Km 5, isotonic every 5km, bananas and sponges at Km 25, 30 and 35. Cramp spray is available at all medical points.
        Official pacers will run 4:00, 4:30, 5:00, 5:30 and 6:00 for the full marathon and 2:00, 2:15 and 2:30 for the half. Look for the coloured balloons.
        Runners overtaken by the sweeper vehicle must move to the pedestrian walkway; the road reopens to traffic immediately behind it.
        Prize money for the Open categories is paid only after doping control clearance, normally within 60 days. Age-group winners receive trophies only.
        Due to the haze (PSI above 150 at 5am), the 42K and 21K categories are cancelled. The 10K and 5K will proceed at reduced pace. Refund details will follow by email.
        Lightning risk alert: all runners will be held at the start pen until the race director gives the all-clear. Do not shelter under trees.
    """),
    ("en", "results_and_stats"): _lines("""
        Soh Rui Yong won the men's marathon at the 2015 and 2017 SEA Games, both times for Singapore.
        Mok Ying Ren won Singapore's first SEA Games marathon gold in Myanmar in 2013.
        Eliud Kipchoge's 1:59:40 in Vienna in 2019 was never ratified as a world record because of the rotating pacers and the lead car.
        Roger Bannister ran the first sub-four-minute mile at Iffley Road, Oxford, on 6 May 1954.
        2025 edition summary: 18,412 starters across four categories, 17,960 finishers, median 21K time 2:31:44, median 42K time 5:48:09.
        Age-group breakdown of 42K finishers: M20-29 11%, M30-39 27%, M40-49 24%, M50+ 9%, women (all categories) 29%.
        Medical report 2025: 214 runners treated at medical stations, 37 for cramps, 19 for heat exhaustion, 3 conveyed to hospital; no fatalities.
        Results export format: Pos | Bib | Category | Gun Time | Chip Time | Km 10 split | Km 21 split | Km 30 split
        Club team standings (sum of the best four chip times per club) will be published after the results are finalised.
        The course was re-measured by an AIMS/World Athletics grade A measurer in July, so 2026 results count for ranking purposes.
        The DNF rate in the full marathon rose from 6.1% to 9.8% as the wet-bulb globe temperature passed 29°C by 7am.
        Forrest Gump ran back and forth across America for three years, two months, fourteen days and sixteen hours.
        Club records board: 10K men 31:58 (2019), women 37:12 (2023); half marathon men 1:10:41, women 1:21:07.
    """),
    ("en", "medical_safety"): _lines("""
        Heat stroke warning signs: confusion, stumbling, hot dry skin, a runner who has stopped sweating. Stop them, call a medic and start cooling at once with ice towels.
        In Singapore call 995 for an SCDF emergency ambulance and 1777 for a non-emergency ambulance. In Malaysia call 999, or 112 from a mobile phone.
        Marshals: if a runner collapses and is unresponsive, shout for the nearest AED bearer, start CPR at 100-120 compressions per minute and radio your sector lead with the km marker.
        Drink to thirst; do not force down water at every station. Over-drinking can cause hyponatraemia, which is as dangerous as dehydration.
        Runners with a heart condition, diabetes or asthma are advised to write it on the back of their bib so that medics can see it.
        Medical stations at Km 5, 10, 15, 21, 25, 30, 35, 40 and the finish. Casualties will be conveyed to Tan Tock Seng Hospital or Singapore General Hospital depending on sector.
        Hospital Kuala Lumpur and Hospital Canselor Tuanku Muhriz have been placed on standby for race morning.
        Incident report form fields: Incident no. | Time | Km marker | Bib | Age | Sex | Presenting complaint | Treatment | Disposal (Discharged / Conveyed / Refused)
        Khoo Teck Puat Hospital will run the sports medicine booth at the race village, offering free ECG screening for runners above 40 on Saturday.
        If you have had a fever or taken antibiotics in the last 7 days, do not race. Defer your slot instead; deferral is free until 7 days before race day.
        Blisters: please do not pop them yourself; medics at the station will drain and dress them with a sterile needle if needed.
        A wet-bulb globe temperature above 32°C triggers a black flag: the race is stopped and all runners walk to the nearest station.
        Never run on someone else's bib. If you collapse, the medical team will be reading their medical information, not yours.
    """),
    ("en", "slot_transfer_policy"): _lines("""
        Slot transfers are allowed until 15 Oct 2026. The original registrant must start the transfer in the portal; the new runner receives a link to complete their own profile.
        Transfer fee S$20 (RM30 for the Malaysian edition), non-refundable. Category upgrades from 21K to 42K pay the price difference.
        Reselling bibs above the registration price is prohibited. Bibs bought from unofficial sources will not be recognised and the runner will not be insured.
        Transfer request template: Hi, I would like to transfer my [category] slot (order no. [order number]) to [new runner's full name]. They will complete the medical declaration themselves.
        Deferral to the 2027 edition is allowed once per registration with a S$10 admin fee; deferred slots cannot be transferred again.
        FAQ: Can I change my T-shirt size after a transfer? Yes, until 31 Oct and subject to availability; no exchanges at race pack collection.
        Race insurance covers only the runner named on the bib. Running under someone else's name voids the cover for both of you.
        Marketplace rules for the club Telegram: WTS/WTB posts at face value only, state category and edition, and never post ID photos in the group.
        We do not accept transfer requests by WhatsApp or Instagram DM. Please use the form in the portal under My Races > Transfer.
        Corporate team slots can be reassigned by the company coordinator without any fee until 7 days before race day.
        Refund policy: no refunds for change of mind. If the organiser cancels the event for reasons other than weather, 50% is refunded within 30 days.
    """),
    ("en", "club_chat"): _lines("""
        Sunday LSD 28K from Bishan Stadium, flag off 5.15am sharp, loop via Lower Peirce and back. Bring your own gels; water point at the 14K mark.
        Tuesday intervals at Kallang Practice Track: 6 x 1K at 10K pace with 90s jog recovery. Track booked 7.30 to 9pm.
        anyone know if race pack collection needs the original IC or a photo on the phone can already?
        Just saw the course map, the Km 33 to 38 stretch along ECP has zero shade. Plan your sunblock.
        Reminder: club singlet orders close Friday. Sizes XS to 3XL, S$28 each, pay via the club PayNow QR pinned above.
        For those asking, the 4:30 pace bus will run even splits at 6:24/km and only walk the water stations after Km 30.
        Not sure if I'm ready for my first full. Longest run so far is 26K and the race is 5 weeks away. Should I drop to the half?
        Rain or shine we run. If there is lightning we wait at the pavilion until the alert is lifted.
        Carpool to Putrajaya for Saturday's night run: meeting point is the car park beside Bangsar LRT at 3pm, petrol and toll split equally.
        Lost and found after Sunday's run: one black Garmin cap, one pink towel, one Salomon soft flask. Collect from the pavilion on Tuesday.
        Organiser just confirmed there will be no race day collection, so don't leave it to the last minute ah.
        Coach says no speedwork this week, taper only. Easy 8K Wednesday, 5K shakeout Saturday.
        Does anyone have spare safety pins? My race pack came with only two.
        New members please fill in the membership form; the S$40 annual fee includes insurance for club training sessions.
    """),
    ("mixed", "club_chat_sg_my"): _lines("""
        Wah the humidity this morning damn jialat, 10K also feel like 21K.
        Eh who going Penang Bridge this year? Can tumpang share hotel or not?
        After run we makan at the kopitiam beside the stadium, roti prata and teh peng, then go home sleep.
        Bro the cut-off for 21K only 3h30 ah, don't anyhow walk on the bridge.
        Jom run Ahad pagi kat Taman Tasik Titiwangsa, 3 pusingan, lepas tu sarapan nasi lemak.
        今天 LSD 跑到 Km 20 就 cramp 了, next time must take salt tablet earlier lah.
        Kit collection queue so long sia, almost one hour. Better go weekday afternoon.
        Pacer balloon for 2:15 flew off at Km 8 lol, just follow the yellow singlet.
        Anyone selling 42K slot at cost? Don't want to buy from those Carousell scalpers.
        Hari ni panas gila, please hydrate, minum air setiap stesen ok.
        Medal this year quite nice leh, got the Merlion and the bridge together.
        Ok confirm Sabtu 5am kumpul depan Dataran Merdeka, jangan lambat ya.
    """),
    ("ms", "notis_larian"): _lines("""
        Pengambilan kit larian: 21 hingga 23 November, 10 pagi hingga 8 malam, di Dewan Serbaguna MBPJ. Sila bawa e-pengesahan dan kad pengenalan.
        Jalan Tun Razak dan Jalan Sultan Ismail akan ditutup dari jam 2 pagi hingga 10 pagi pada hari perlumbaan.
        Peserta yang tidak sampai ke KM 30 sebelum jam 9.30 pagi akan diarahkan menaiki bas penyapu.
        Pemindahan slot dibenarkan sehingga 15 Oktober. Yuran pentadbiran RM30 tidak akan dikembalikan.
        Talian kecemasan: 999. Talian penganjur (waktu pejabat sahaja): 03-2141 8890.
        Stesen air setiap 2.5 km; stesen perubatan di KM 5, 10, 21, 30 dan di garisan penamat.
        Nombor bib mesti dipakai di hadapan dan kelihatan sepanjang masa. Bib yang dilipat atau ditutup boleh menyebabkan peserta hilang kelayakan.
        Keputusan rasmi dan e-sijil akan dimuat naik dalam masa 48 jam. Buat carian menggunakan nombor bib.
        Larian ditangguhkan kerana jerebu: bacaan IPU melebihi 150 di Putrajaya pada jam 5 pagi.
    """),
    ("zh-Hans", "跑团通知"): _lines("""
        领物时间：12月4日至6日，上午11点至晚上9点，地点新达城会展中心403厅。请携带电子确认函和带照片的身份证件。
        全马关门时间7小时，半马3小时45分。30公里检查点上午9点30分关闭。
        周日长距离训练：早上5点15分碧山体育场集合，28公里，请自备能量胶。
        名额转让截止日期为10月15日，手续费20新元，恕不退还。
        高温预警：湿球黑球温度超过32°C时比赛将暂停，请听从工作人员指示。
        紧急情况请拨打995；在马来西亚境内请拨打999。
        配速员将按4:00、4:30、5:00、5:30、6:00的完赛时间带跑，请认准彩色气球。
    """),
    ("en", "codes_and_forms"): _lines("""
        Order RUN26-0048213 | Category: 21K | Qty 1 | Amount S$98.00 | Paid via PayNow | Status: Confirmed
        Bib range allocation: 42K 10001-14500, 21K 20001-29000, 10K 30001-36000, 5K 50001-53000.
        Tracking no. SPX SG2609115384 | Medal and finisher tee delivery (virtual run) | ETA 3-5 working days
        Invoice INV-2026-11-00392: race village booth rental 3m x 3m, S$1,850.00 + GST, due 30 Nov.
        Chip firmware v4.2.1; reader mats at Start, Km 10, Km 21.1, Km 30, Km 40 and Finish; sampling every 0.2s.
        Venue: Marina Bay Sands Expo, 10 Bayfront Avenue, Singapore 018956. Nearest MRT: Bayfront (CE1/DT16).
        Refund transaction ref FT26318X0Q7KA reversed to the original payment method on 14/11/2026.
        CSV columns: bib,first_name,last_name,gender,dob,nationality,category,tshirt,emergency_contact_name,emergency_contact_phone
        Strava segment 17459920 "Bridge climb eastbound": 1.9km, average grade 3.1%.
        ASICS Novablast 4, US 9.5, SKU 1011B693-401, RRP S$189, 15% off with the club code at the race expo.
        def pace(sec, km): return f"{int(sec / km // 60)}:{int(sec / km % 60):02d}/km"
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        I, TAN WEI MING (NRIC S8767032E), hereby authorise my colleague NG HUI SHAN to collect my race pack (21K, order RUN26-0051174) on 5 Dec. Signed, Tan Wei Ming, 9147 2086.
        SLOT TRANSFER | From: NURUL AISYAH BINTI KAMARUDIN, MyKad 920805-10-2186, 21K | To: SITI HAJAR BINTI OTHMAN, MyKad 900403-05-1864 | Reason: pregnant, gynae advised no racing | Fee RM30 paid
        INC-07 | 06:42 | Km 18.5 | Bib 20417 | RAJESH S/O GOPAL, M, 44 | collapsed, no pulse, CPR + 1 AED shock, ROSC after 4 min | conveyed to NUH by SCDF
        Pos 57 (F40-49) | Bib 11832 | LIM SOO HOON | Chip 3:58:21 | Club: Bukit Timah Harriers | Km 30 split 2:47:02
        4:30 pacers: Kelvin Ong (8823 5710) and Farah Diyana (012-338 7462). 5:00 pacers: Marcus D'Cruz and Priya d/o Subramaniam.
        Disqualification notice: Bib 20873, Ahmad Faiz bin Roslan (M30-39), disqualified for cutting the course between Km 12 and Km 16, as confirmed by timing mat data and a marshal report.
        Hi organiser, my name is Jasmine Koh and I was charged twice for the 10K on my Visa 4556 1870 7766 8411. Please refund one. Email me at jasminekoh.runs@gmail.com.
        Emergency contact for bib 30544 (Chua Boon Keat): wife, Mdm Lee Pei Ling, +65 9630 1847. He is asthmatic and carries a Ventolin inhaler in his belt.
        WTS 42K slot SCSM 2026 at cost S$140, transfer via portal only. PM me on Telegram @benny_runs_sg
        sorry guys cannot make it sunday, my dad was admitted to changi general since friday, stroke. will update - praveen raj
        Personal accident claim | Insured: GOH CHENG HUAT | NRIC S6113759I | DOB 14/03/1961 | Fractured right wrist after a fall at the Km 7 water station | X-ray at Ng Teng Fong General Hospital | Bill S$1,284.60
        Masters podium M60+: 1st Yap Kok Leong 3:21:40, 2nd Arumugam a/l Velu 3:29:05, 3rd Peter Fernandez 3:31:17.
        Registration (PBIM 2026) | Name: ZHANG LIJUAN | Nationality: China | ID: 350203199109235825 | Mobile: +86 139 5021 7736 | Category: 42K | T-shirt: M
        Runner profile: CHEUNG KA WAI, HKID K382915(4), DOB 1985-02-11, 21K, emergency contact (mother) 9178 2350 Hong Kong.
        Collection exception approved for Ramesh Kumar (FIN F2375627R), work permit holder, who will collect on Saturday night after his shift at the shipyard.
        Bought the slot from Daniel Teo, paid S$120 by PayNow to 97745312 with ref SCSM21K, he said he will transfer tonight.
        Please bank in RM150 to my Maybank 5140 2277 1836 (Wong Mei Fong) for the 21K slot, then I will do the transfer in the portal.
        Carpool to Putrajaya: Hafiz Rahman is driving the white Myvi VJN 3307, pickup at Sri Petaling LRT 2.30am. His hp 019-774 2106.
        Sweeper bus log 09:34 Km 30: picked up bib 14102 (Vanessa Lau, F) limping with a left calf strain, and bib 13877 (Mohd Khairul bin Azmi) who withdrew with dizziness.
        Medical declaration flagged: Siti Nabilah binti Hussain, 21K, has Type 1 diabetes and an insulin pump. Medic team briefed to check on her at Km 10 and Km 15.
        M0231 | LOW JIA HUI | 8105 6629 | jiahui.low88@hotmail.com | Joined 03/2024 | 2026 fees paid
        Dear Mr Subramaniam a/l Krishnan, we regret that your finisher medal was not issued at the finish. We will courier it to 12 Jalan SS2/24, 47300 Petaling Jaya, Selangor.
        Lost bib reprinted: bib 21956 re-issued to NUR HIDAYAH BTE ABDUL RAHMAN after she showed NRIC T0512384J at the help desk.
        Complaint against pacer Alvin Chia (3:45 bus): several runners reported he pushed people at the Km 2 water station and abandoned the bus at Km 25 without telling anyone.
        Kids Dash waiver: child Ethan Tan Jun Hao, age 9 | parent/guardian Tan Mei Ling, NRIC S8634092E | allergies: peanuts
        Results appeal: I'm Deepa d/o Raman, bib 22410. My chip did not register on the Km 10 mat so I'm showing DNF, but my Garmin shows 2:04:11. I need this for my Comrades qualifier.
        Gold Coast team rooming list: Jeremy Lim Zhi Hao (MY passport A51738264) sharing with Kenneth Siew, check-in 3 July.
        Saturday roll call: Aaron Sng, Bella Ong, Chandran s/o Muthu, Diana Pereira. Diana stopped at 6K, knee pain again, told her to see the physio.
        Transfer confirmed: 42K slot from LEE CHONG HAN (780129-07-4469) to TEOH KAR MUN (010611-01-4712), effective 02/10/2026.
        Case summary: Muhammad Irfan bin Zainal, 32M, core temp 41.2°C at Km 19, ice-water immersion 18 min, transferred to Hospital Kuala Lumpur ICU with raised creatinine.
        Pls charge the 3 club slots to my Mastercard 5521 1557 6725 4296 exp 09/28, name on card RAYMOND TAN, I will WhatsApp you the CVV.
        Pacer application: Nicholas Wee, 38, PB 2:58 (Gold Coast 2024), available for the 3:30 bus. nicholas.wee.pb@gmail.com / 8390 2214
        Kota Kinabalu contingent: Rayner Gunsalam (830712-12-4885) and Veronica anak Ujang (950224-13-2738), both 42K, flights BKI-KUL already booked.
        Refund request from Ravindran a/l Muniandy, MyKad 880930-08-5821, after a hamstring tear; MC from Hospital Raja Permaisuri Bainun attached.
        Season parking for race crew: SJK 4821 U registered to volunteer lead Serene Yeo, valid 1-7 Dec at Marina Square car park.
    """),
    "mixed": _lines("""
        eh guys ong wei jie kena cramp at km 32, medic bringing him to the tent near marina barrage, anyone nearby pls go. his hp 9052 7718 no answer
        Mdm Chan Mei Ling's husband (the 4:45 pacer) fell on the bridge, now at Penang GH emergency, she asking who can drive her there. Her hp 016-552 8013.
        bro transfer the slot to me can? my IC 870514-10-5533, nama Mohd Azlan bin Yusof, email azlan.yusof87@yahoo.com
        Thanks all for the 生日 wishes! Jessica Ho turning 40 today, going for first sub-4 next month, 加油 me
        Siapa jumpa handphone Samsung biru dekat Km 15, itu Kak Ros punya (Rosnah binti Abdullah), tolong call suami dia 013-886 2471.
        张仲辉 (Teo Chong Fui) 今天又 DNF at Km 25, knee 又痛, 他说明年 Penang 不跑了
    """),
    "ms": _lines("""
        Borang pemindahan slot: Dari MUHAMMAD HAFIZ BIN ISMAIL (No. KP 810909-02-6147) kepada NORAINI BINTI MAT ZAIN (No. KP 930126-14-3308), kategori 21K, yuran RM30 telah dibayar.
        Laporan insiden: Peserta Nor Azizah binti Said, bib 21033, pengsan di KM 16 dan dihantar ke Hospital Serdang dengan ambulans pada jam 7.12 pagi.
        Sila bank in RM120 ke akaun CIMB 7063441892 atas nama Faizal bin Hamdan untuk slot 21K, lepas tu WhatsApp resit ke 017-229 0581.
        Senarai pacer 2:30: Zulkifli bin Omar (012-905 3316) dan Aina Sofea binti Rahim (018-227 6490). Sila hadir di garisan mula jam 4.45 pagi.
        Tuntutan pampasan: Encik Kamal bin Idris, No. KP 750402-06-1193, terseliuh buku lali kiri di KM 8 akibat lubang di jalan, kos rawatan RM640.
    """),
    "zh-Hans": _lines("""
        紧急联系人：陈美玲（母亲），电话 9288 6405；参赛者：黄子轩，半马，有哮喘病史。
        名额转让：林志强（身份证 440305198804128832）转让给王佳怡，全马，已付手续费20新元。
        成绩公告：女子40-49岁组 第三名 刘慧敏 4:05:33，完赛于滨海湾终点。
        @所有人 苏伟杰昨天在东海岸练跑时摔倒，左手骨折，现在在中央医院57病房，大家有空去看看他。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You help the race operations team of a Malaysian road race answer runner emails politely and briefly.",
        ),
        (
            "user",
            "Draft a reply to this: 'Hi, I am Lee Shu Fen (MyKad 960718-03-5290). I can't run the 42K because of a stress fracture, can I transfer to my sister Lee Shu Ting?'",
        ),
        (
            "assistant",
            "Dear Ms Lee Shu Fen, we are sorry to hear about your injury. You can transfer your 42K slot to your sister in the portal under My Races > Transfer before 15 October; the RM30 admin fee applies. Wishing you a quick recovery.",
        ),
        ("user", "Good. Add that her sister must fill her own medical declaration."),
    ],
    [
        ("user", "Summarise the Km 35 medical station log for the hospital handover in two lines."),
        ("assistant", "Sure, please paste the log entries."),
        (
            "user",
            "07:58 bib 12290 Samuel Chelliah 51M chest tightness, ECG ST elevation, aspirin given. 08:05 conveyed by SCDF ambulance to Tan Tock Seng. Wife informed at 9746 3391.",
        ),
        (
            "assistant",
            "Handover: Samuel Chelliah, 51M, bib 12290, presented at 07:58 with chest tightness and ST elevation on ECG; aspirin given. Conveyed by SCDF to Tan Tock Seng at 08:05; wife informed.",
        ),
    ],
    [
        (
            "user",
            "I'm Tan Hui Min, 47, I had a stent put in last year and my cardiologist cleared me for running. Can you make me a 12-week plan for the Standard Chartered half?",
        ),
        (
            "assistant",
            "Congratulations on the clearance. Here is a gentle 12-week plan with three easy runs a week, a long run building from 8K to 18K, and no high-intensity sessions without your cardiologist's approval.",
        ),
        ("user", "Thanks. Should I tell the organiser about the stent?"),
        (
            "assistant",
            "Yes, declare it in the medical section of your registration and write it on the back of your bib so medics can see it.",
        ),
    ],
    [
        (
            "user",
            "Format this as a table: Aaron Sng 9413 5527 42K; Bella Ong 8532 9074 21K; Chandran s/o Muthu 8167 0932 21K; Diana Pereira 9147 6620 10K",
        ),
        (
            "assistant",
            "Name | Mobile | Category / Aaron Sng | 9413 5527 | 42K / Bella Ong | 8532 9074 | 21K / Chandran s/o Muthu | 8167 0932 | 21K / Diana Pereira | 9147 6620 | 10K",
        ),
        ("user", "Sort by category please."),
    ],
    [
        (
            "user",
            "Write a short authorisation letter. I'm Arjun Menon, FIN G8406322W, letting my flatmate Wang Jun collect my 21K race pack at Suntec on Friday.",
        ),
        (
            "assistant",
            "I, Arjun Menon (FIN G8406322W), authorise Wang Jun to collect my 21K race pack on my behalf at Suntec Singapore on Friday. He will present his own ID and a copy of mine. Signed: ________ Date: ________",
        ),
    ],
    [
        ("system", "You are an assistant for a race director. Be formal."),
        (
            "user",
            "Write a disqualification email to Harith bin Zulkarnain, bib 20991. He ran on his brother's bib in the 2025 race and was caught on the Km 21 camera. He is banned for one year.",
        ),
        (
            "assistant",
            "Dear Encik Harith bin Zulkarnain, following a review of timing and camera footage, we found that bib 20991 was worn by a runner other than the registrant at the 2025 race. You are therefore disqualified and barred from our events for one year.",
        ),
        ("user", "Make it softer and mention he can appeal within 14 days."),
    ],
    [
        (
            "user",
            "the organiser charged my card twice. card is 4214 3999 4122 5070, both charges RM189 on 3 Sept. what do I say to the bank?",
        ),
        (
            "assistant",
            "Call your card issuer and raise a duplicate-charge dispute for one of the RM189 transactions dated 3 September. Keep the organiser's receipt and any email showing you asked them for a refund.",
        ),
        ("user", "ok my name on the card is Elaine Foo Siew Lan, can you write the dispute letter"),
    ],
    [
        (
            "user",
            "Assign pacers for the half: we have Kelvin Ong, Nadia binti Harun, Gurpreet Singh and Joanne Lau. Joanne just recovered from plantar fasciitis so give her the slowest bus.",
        ),
        (
            "assistant",
            "2:00 - Kelvin Ong; 2:15 - Gurpreet Singh; 2:30 - Nadia binti Harun; 2:45 - Joanne Lau (easiest pace while she returns from plantar fasciitis).",
        ),
        ("user", "Put Nadia's number 014-665 0723 next to her name and send."),
    ],
    [
        (
            "user",
            "Tolong tulis surat tuntutan insurans. Nama saya Rosli bin Ahmad, No. KP 850317-14-6719, jatuh di KM 12 Larian Putrajaya, patah tulang selangka kanan.",
        ),
        (
            "assistant",
            "Tuan/Puan, saya Rosli bin Ahmad (No. KP 850317-14-6719) ingin membuat tuntutan insurans kemalangan diri berikutan kecederaan patah tulang selangka kanan semasa Larian Putrajaya di KM 12. Bersama ini saya lampirkan laporan perubatan dan resit rawatan.",
        ),
        ("user", "Tambah nombor telefon saya 011-2387 9945 di bawah."),
    ],
    [
        (
            "user",
            "帮我写一段跑团群公告：队员何淑贞今天在槟城大桥跑全马时中暑，已送槟城中央医院，现在情况稳定。",
        ),
        (
            "assistant",
            "【跑团公告】各位队友：何淑贞今天在槟城大桥全马中暑，已送往槟城中央医院，目前情况稳定。请大家不要打扰她休息，有消息会再更新。",
        ),
        ("user", "再加一句，想去探望的可以联系她先生 012-338 9154。"),
    ],
    [
        (
            "user",
            "someone sold me a fake 21K slot on telegram, handle @runfast_kelvin88, i paid $130 paynow to 8746 2217 on 20 oct. how to report?",
        ),
        (
            "assistant",
            "Make a police report online with the handle, the PayNow number, the amount and the date, and keep screenshots of the chat. Also tell the organiser so they can flag the order if it was ever real.",
        ),
        ("user", "he called himself Kelvin Chong Wei Hong, should i include that too"),
        ("assistant", "Yes, include the name he used, noting that it may be false."),
    ],
]
