# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en213: SG/MY scuba diving, snorkelling and water-sports centres. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en213
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "booking_invoices"): _lines("""
        Booking BCD-2026-04418 confirmed: 2D1N Pulau Aur liveaboard, 3 pax, S$1,185.00 total, 30% deposit paid via PayNow to UEN 201534872W.
        INV-SG-0091274 | Open Water course (4 days) | S$680.00 | GST 9% S$61.20 | Total S$741.20 | Due 15/01/2027
        Your Perhentian snorkel day trip (ref PHT-8820-KB) departs Kuala Besut jetty at 08:30; please be at counter 4 by 08:00.
        Receipt no. 000447 Dive Sentosa Pte Ltd: 2 x tank fill 12L air @ S$12, 1 x Nitrox 32% @ S$18, paid by NETS.
        Refund ticket RF-5521 approved: weather cancellation of the 14 Feb Tioman trip, credit note CN-0332 valid 12 months.
        Order #SG77120934 shipped via Ninja Van, tracking NVSGBDIVE00783421, contents: 1 x Tusa Freedom Elite mask M-1003.
        Quotation Q-2027-018 for corporate team-building: kayak + snorkel at Pulau Ubin, S$95 per head, minimum 20 pax.
        Sipadan permit allocation for 12 Mar: 4 of 4 slots used, booking ref SPD-120327-04, RM140 per permit paid to Sabah Parks.
        Package SKU PKG-TIO-3D2N-FB: 3 days 2 nights, 6 boat dives, full board, RM1,350 twin share, single supplement RM280.
        Gift voucher GV-8841-2207 worth S$200, valid for any Discover Scuba Diving session, non-transferable after redemption.
        Early bird: book Layang-Layang before 31 Jan and save RM400; promo code LAYANG27 at checkout.
        E-invoice submitted to MyInvois, UUID 7f3c2a91-44be-4d0e-9b1a-0c58e7a2d613, status Valid, supplier TIN C24187530080.
    """),
    ("en", "site_briefings_rules"): _lines("""
        Pulau Hantu dive plan: max depth 12m, visibility 2-3m, entry at 10:15 on slack tide, buddy check BWRAF before giant stride.
        All divers must sign out on the whiteboard with time in/out and bar remaining; minimum 50 bar on surfacing.
        No gloves inside Tunku Abdul Rahman Park; touching coral or feeding fish can be fined up to RM5,000.
        Current at Barracuda Point can exceed 2 knots; negative entry, regroup at 5m, reef hook only on dead rock.
        Sisters' Islands Marine Park dives are restricted to approved operators with NParks permission.
        Safety stop 3 minutes at 5m on every dive; decompression diving is not permitted on fun dive trips.
        Surface marker buoy and whistle are compulsory for every diver on the Aur and Dayang trips.
        Minimum age: 10 for Junior Open Water, 12 for night dives, 15 for the wreck penetration briefing.
        Night dive briefing at 18:45 on the sundeck; primary and backup torches are checked by the duty divemaster.
        No flying for 18 hours after multiple dives; our Senai airport transfers are scheduled accordingly.
        Marine park conservation charge: RM30 adult, RM15 child/student, collected at the jetty counter, non-refundable.
        Jellyfish season on the east coast runs roughly May to August; rash vests recommended for all snorkellers.
    """),
    ("en", "equipment_rental_service"): _lines("""
        REG-APX-0231 Apeks XTX50 first stage serviced 03/11/2026, IP 9.5 bar, next service due 03/11/2027.
        Rental return checklist: BCD inflator tested, octopus no free-flow, SPG reads 0 bar unpressurised, fins pair #F-41.
        Cylinder ALU80 S/N 88214 hydro test due 2027-05; visual inspection sticker VIP-2026-118 attached.
        SKU WS-3MM-L-BLK 3mm full wetsuit size L, stock 14, rental S$15/day, damage charge S$120.
        Compressor Bauer Junior II hour meter 1,842 h; filter cartridge changed at 1,800 h, CO test 0 ppm.
        Nitrox analyser calibrated at 20.9% O2; fill log row 77: 32.1%, MOD 34m at ppO2 1.4.
        Missing items after Redang trip: 2 x mask strap, 1 x snorkel keeper, 1 x Light & Motion Sola 800 torch.
        Firmware v96 pushed to 8 rental Shearwater Peregrine computers; re-sync dive logs before Friday.
        Damaged equipment report DMG-0419: BCD bladder leak, cause wear and tear, no charge to customer.
        Rental rates 2027: full set S$45/day, computer S$15/day, torch S$10/night, 10% off for members.
        Stock take Kota Kinabalu store: masks 62, fins 48 pairs, BCD 30, regs 28, cylinders 74.
        Serial AQL-LUNA-221908 wrist computer flagged for battery replacement, ticket HW-3302.
    """),
    ("en", "course_certification"): _lines("""
        PADI Open Water Diver: 5 confined water sessions, 4 open water dives, max 18m, final exam pass mark 75%.
        Template: Dear [Student Name], your eCard for [Course] is ready. Your certification number is [Cert No.]. Dive safe!
        Medical form question 3: Have you ever had asthma or wheezing? Yes / No. If Yes, physician evaluation required.
        Diver details: Name __________ Date of birth ___/___/____ Passport/NRIC __________ Emergency contact __________
        Rescue Diver prerequisites: Adventure Diver with Underwater Navigation, EFR primary and secondary care within 24 months.
        SSI Enriched Air Nitrox course fee S$380 including 2 dives; certification valid for life.
        Course completion stats Q3: 212 Open Water, 87 Advanced, 19 Rescue, 6 Divemaster; 4 students referred for medical clearance.
        Medical referral rate was 11% this year, mostly ear and sinus issues; no individual records are kept in this report.
        How do I convert my CMAS 2-star to a PADI Advanced card? Is the crossover accepted in Malaysia?
        Instructor Development Course 2027: 3-16 Mar and 7-20 Jul, Instructor Exam on the final weekend.
        Student A passed all skills except mask removal; Student B needs one more confined session for hovering.
        Cert verification API: GET /v2/certifications?card_no={card_no}&dob={dob} returns 200 with level and issue_date.
    """),
    ("en", "boat_manifest_ops"): _lines("""
        Manifest MV Sea Horizon 08:00 Mersing-Tioman: 22 passengers, 3 crew, 1 divemaster, 30 life jackets on board.
        Boat ops log 12/04: departed Tanjung Gemok 07:42, arrived Pulau Dayang 10:05, sea state 2, no incidents.
        Manifest columns: seat, name, ID type, ID no., nationality, emergency contact, cert level, medical Y/N.
        Speedboat KB-4471 assigned to the Perhentian shuttle, skipper on duty, fuel 180 L, departure 09:15.
        Headcount at Sugar Wreck: 16 out, 16 back, time 11:32, logged by the boat captain.
        MV Sea Horizon is AIS compliant, MMSI 533132877, call sign 9MXY7, last Marine Department inspection March 2026.
        Weather call 05:30: NE monsoon swell 2.5m, all Aur trips cancelled for 14-16 Dec, the ops team will notify guests.
        Passenger count Jan-Jun 2026: 4,318 guests, 61% Singaporean, 22% Malaysian, 17% others.
        Meet at Tanah Merah Ferry Terminal, 50 Tanah Merah Ferry Road, Singapore 498833; check-in closes 60 min before.
        Fuel receipt Petronas Mersing 00423117: 420 L diesel, RM908.40, vessel MV Lautan Biru.
        Oxygen kit on board: 2 x D-size cylinders, 4 non-rebreather masks, checked 06:50 by the deckhand.
        Incident summary (anonymised): one guest seasick, one minor fin cut treated on board; no evacuation needed.
    """),
    ("en", "public_figures_places"): _lines("""
        Jacques Cousteau co-developed the Aqua-Lung in 1943, and his praise put Sipadan on every diver's bucket list.
        Joseph Schooling's 2016 Olympic gold in the 100m butterfly set off a swim-school boom in Singapore.
        Our Kuala Lumpur showroom is on Jalan Tun Razak, two doors from the Maybank branch.
        Tunku Abdul Rahman Park off Kota Kinabalu is named after Malaysia's first Prime Minister.
        Meet at Raffles Marina, 10 Tuas West Drive, for the Saturday sunset paddle.
        Finding Nemo screening for the kids' snorkel camp on Friday; Dory and Marlin costumes welcome.
        Aquaman rash guards in kids' sizes are back in stock, SKU RG-KID-AQM-06.
        Pandelela Rinong won her medals in platform diving, not scuba; please fix the newsletter caption.
        Hans Hass was filming sharks in the Red Sea long before recreational diving reached Malaysia.
        The Lee Kong Chian Natural History Museum has a sperm whale skeleton worth visiting after the dive.
        Raffles Lighthouse on Pulau Satumu needs MPA clearance before any boat can approach for a dive.
        Captain Nemo from Twenty Thousand Leagues Under the Seas is still the mascot of our junior club.
    """),
    ("mixed", "trip_group_chat"): _lines("""
        Guys boat leaving 7.30am sharp ah, don't be late, jetty parking very limited.
        Anyone got spare 3mm wetsuit size M? Mine koyak already lol.
        Vis today damn good, 15m at Renggis, saw 2 turtles and one blacktip!
        Makan after dive at the kopitiam near jetty? Nasi lemak confirm sedap.
        Reminder: bawa passport for the Tioman trip, immigration check at Mersing kena show.
        Who driving up to Mersing on Friday night? Can share petrol and toll.
        Sotong so many at night dive, the DM torch macam disco.
        Surface interval 1 hour, then second dive at Chebeh, current a bit strong so stay close to the wall.
        Eh the dive shop hotline is 6271 0099 right? Want to ask about the nitrox course.
        Group photos already uploaded to the shop Google Drive folder, link in pinned message.
        Cannot go this weekend, got CNY visiting. Next trip count me in.
        Redang lagi cantik bulan Jun, air macam kristal. Book early before sold out.
    """),
    ("ms", "notis_pusat_selam"): _lines("""
        Notis: Semua penyelam wajib mengisi borang perisytiharan perubatan sebelum menaiki bot.
        Tempahan anda No. TMP-2027-0336 telah disahkan. Sila tiba di jeti Tanjung Gemok 30 minit lebih awal.
        Dilarang memijak batu karang atau mengambil cengkerang dari kawasan taman laut.
        Kursus Open Water 4 hari: RM1,450 termasuk peralatan, buku panduan dan sijil.
        Hubungi talian utama kami di 09-419 2210 atau e-mel tempahan@selamtioman.com.my untuk pertanyaan.
        Penyewaan peralatan: set lengkap RM90 sehari, topeng dan snorkel RM15 sehari.
        Bot akan bertolak tepat 8.00 pagi; penumpang lewat tidak akan ditunggu dan tiada bayaran balik.
        Statistik 2026: 1,204 pelajar disahkan, 37 dirujuk kepada doktor, tiada kemalangan serius.
        Borang kosong: Nama ______ No. Kad Pengenalan ______ No. Telefon ______ Tandatangan ______
        Musim tengkujuh November hingga Februari, semua trip ke Pulau Redang ditangguhkan.
        Pusat Selam Pelangi Sdn Bhd (201901023456 (1331872-K)), Lot 12, Jalan Besar, 86800 Mersing, Johor.
        Soalan: bolehkah saya menyelam jika baru sembuh dari selesema? Sila nasihatkan.
    """),
    ("zh-Hans", "dive_shop_notices"): _lines("""
        潜水店公告：本周六刁曼岛行程因季风取消，已付订金可全额转为下次行程。
        开放水域课程价格：新币680元，含装备租赁、教材和证书费用。
        订单号 DV20270114-0382 已确认，请于早上7点在丹那美拉渡轮码头集合。
        潜水前请勿饮酒，多次潜水后18小时内不得乘坐飞机。
        2026年统计：共认证学员1,106人，其中进阶潜水员312人，无重大事故。
        请问高血压患者可以考潜水证吗？需要什么体检报告？
        租赁价格：全套装备每天45新币，潜水电脑每天15新币。
        空白表格：姓名____ 护照号码____ 紧急联系人____ 电话____
        仙本那潜水须提前申请诗巴丹许可证，每天名额120个，每张马币140元。
        库斯托曾称诗巴丹为未被触碰的艺术品，如今这句话印在不少潜水店的T恤上。
        客服热线 +65 6271 0099，邮箱 cs@bluecurrent.sg，工作时间上午9点至下午6点。
        水温28度，能见度8至12米，建议穿3毫米湿衣。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Medical declaration flagged: Tan Wei Ming (NRIC S8834172D) ticked Yes for asthma, last attack 2025; physician sign-off needed before Saturday's pool session.
        Manifest MV Lautan Biru 14/06 seat 12: Nurul Aisyah binti Kamarudin, MyKad 880214-10-5532, emergency contact husband 012-387 4419.
        Please process the deposit refund to card 4556 3302 1784 5917, cardholder LIM SIEW LING, booking BCD-2026-04502.
        Rajeswari a/p Muniandy told the instructor privately that she is 14 weeks pregnant, so we moved her to the snorkel-only group.
        Ahmad Faizal bin Hamzah skipped his safety stop twice at Pulau Aur and shot up from 22m; he is suspended from fun dives pending review.
        Lost PADI card reissue: Kelvin Ong Jun Hao, cert no. 2107A55812, mail to Blk 415 Bedok North Ave 2 #09-211, Singapore 460415.
        Gerald de Souza still owes S$1,240 for the March Tioman trip; third reminder sent and he says his salary has been delayed again.
        Boat hand Zaw Min Htet, FIN G5518320T, work permit expires 30 Nov; renew before Redang season starts.
        HK guest Chan Ka Yan, HKID K382915(4), booked the 3-dive Pulau Hantu package; allergic to penicillin and shellfish.
        Guest Zhou Jiahui, PRC ID 440306198807143620, mobile +86 138 2749 0615, wants the invoice in her company name for reimbursement.
        The size L wetsuit left at the Sentosa counter belongs to Jasmine, she said call her at 9183 2270 before we throw it away.
        Add me on Telegram @shanice_dives88 and I will send you my logbook scans for the AOW crossover.
        Car SJK 4821 E left overnight at the Tanah Merah ferry carpark is Mr Goh Boon Kiat's, he is on the 6am boat and will settle the parking.
        Written warning issued to divemaster Jonathan Lee Wen Jie for leaving a student unattended at 18m during the 2 Nov dive at Kusu.
        Auntie Lily Chua's husband passed away last month and she asked to cancel their anniversary snorkel trip; please waive the fee.
        Sipadan manifest 22 Dec: Dewi Kartika Sari, Indonesian passport C4418273, DOB 19/08/1993, Open Water.
        Please email the Rescue Diver eCard to farhanah.ismail87@gmail.com, she changed her number to 017-662 9031.
        DAN claim for Benjamin Yeo Kok Leong: DCS type 1 after the second dive at Lankayan, 3 sessions in the Labuan chamber, policy 88-4471902.
        Wei Jie can't equalise since his sinus operation in July, please don't pair him with the AOW group this weekend.
        Instructor payroll Nov: Priya d/o Suresh, RM4,200 basic plus RM35 per dive, credit to Maybank 5140 2233 6718.
        Refund to DBS 027-884512-3, account name Muhammad Haziq bin Rosli, for the cancelled Redang trip.
        Our regular Mr Ravi s/o Krishnan was diagnosed with a heart condition and his cardiologist said no more diving, so please cancel his annual package.
        Mdm Tan from #05-12 asked again whether her son can join without a medical cert; he had ear surgery last year.
        Divemaster trainee Nicholas Fernandez failed his drug test last week and the owner wants him off the boat.
        Complaint from Siti Nurhaliza binti Osman (not the singer): she says the DM shouted at her daughter Aina during the pool session.
        Emergency contact for minor Ethan Koh (age 11): mother Grace Koh, 8126 5593, home at 23 Jalan Kemuning, Singapore 769712.
        Taiwanese student Lin Yi-Chun (ID A127395081) needs her Open Water paperwork in English; dive insurance is under her passport 312845907.
        Tell Marcus his ex-wife called the shop asking which day he is taking the kids to Sentosa; do not give her his booking details.
        Card on file for Daniel Pereira: 5204 7311 8862 0473, exp 08/29, charge the no-show fee for the Aur trip.
        Student Aryan Menon, T1163047I, is on ADHD medication; his parents signed the physician form dated 5 Jan.
        Deckhand Ramesh Kumar (FIN F2739184L) asked for an advance on his December pay to send home for his father's surgery.
    """),
    "mixed": _lines("""
        Eh the uncle from Blk 212, Ah Seng, say his knee surgery last month cannot do shore entry, can arrange boat entry for him?
        Bro Hafiz ah, your wife call shop just now, she say you never tell her you going Tioman this weekend, better call her back.
        Send the photos to Mei Ling WhatsApp 9736 4128 lah, she the one with the pink fins.
        Kak Ros from Mersing tu still hutang RM850 boat rental, three months dah tak bayar, boss say don't let her book again.
        Dive buddy Jun Kai, IG @junkai.bubbles, the one kena jellyfish sting at Renggis, still in hospital or not?
        That Bangladeshi crew Rahim Uddin, passport BW0418273, this month salary kena deduct for the lost anchor.
        Pls update manifest: Chong Mei Fen, IC 910723-14-6081, hp 016-224 8817, Advanced cert, veg food.
        Ask Shirley 姐 whether her son epilepsy medicine already changed, if not cannot join the DSD on Sunday.
    """),
    "ms": _lines("""
        Pengisytiharan perubatan: Mohd Irfan bin Zulkifli, No. KP 950406-07-5218, menghidap darah tinggi dan mengambil ubat amlodipine.
        Sila pindahkan bayaran balik ke akaun CIMB 7063 4415 2290 atas nama Nur Syafiqah binti Azman.
        Pelajar Aiman bin Rashid ditangkap membawa pulang cengkerang dari taman laut; ibu bapanya sudah dimaklumkan dan dia digantung dari kursus.
        Jurulatih Kamal sedang dalam proses cerai dan tuntutan hak penjagaan anak, jadi dia minta cuti tanpa gaji dua minggu.
        Waris untuk Puan Faridah binti Yusof: anak lelaki, 019-775 2306, alamat No. 17 Jalan Cempaka 3, Taman Sri Mersing, 86800 Mersing.
        Kereta Myvi putih WXY 3382 di jeti Mersing milik Cik Siti Hajar, dia balik dari Tioman hari Ahad.
        Encik Lau Chee Keong, MyKad 850911-12-5377, belum jelaskan deposit RM500 untuk pakej Sipadan.
    """),
    "zh-Hans": _lines("""
        3栋的陈阿姨说她儿子下周考潜水证，但他有癫痫病史，让我们别告诉教练。
        学员王思远，身份证号350203199203051512，手机13927481560，报名进阶潜水课程。
        退款请退回张文辉的信用卡 4319 4055 2710 6388，订单号 DV20270302-0117。
        教练李志强上个月因为酒后带潜被客人投诉，老板已经扣了他一个月奖金。
        加我微信 liuxy_dive1996，我把潜水日志和体检报告发给你，我是上周六跟船的刘晓雨。
    """),
    "zh-Hant": _lines("""
        台灣學員陳冠宇，身分證 F238410667，手機 0912 384 571，想報名蘭卡央島四天潛水團。
        香港客人何美玲說她去年做過心臟手術，潛水前要醫生證明，請先別幫她訂船位。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for Blue Current Divers, Singapore. Be brief and friendly.",
        ),
        (
            "user",
            "Hi, I want to book the Pulau Hantu 2-dive trip on 18 Jan for me and my son. I'm Serena Goh, mobile 9347 1208.",
        ),
        (
            "assistant",
            "Thanks Serena! Two seats on 18 Jan are available. Could you share your son's name, age and certification level?",
        ),
        (
            "user",
            "Lucas Goh, 12 years old, Junior Open Water since last June. He gets seasick quite badly so pls seat him near the back.",
        ),
        (
            "assistant",
            "Noted: Lucas Goh, 12, Junior Open Water, seat near the stern. I will hold both seats and send the payment link to 9347 1208.",
        ),
    ],
    [
        (
            "system",
            "You are a dive-centre help assistant. You do not give medical clearance; refer medical questions to a doctor.",
        ),
        (
            "user",
            "I'm Hairul Anuar, type 1 diabetic on an insulin pump, and I want to do my Open Water at Tioman next month. Is that ok?",
        ),
        (
            "assistant",
            "Many people with well-controlled diabetes dive, but you will need a physician's evaluation on the medical form before any in-water training.",
        ),
        (
            "user",
            "My endocrinologist at Hospital Sultanah Aminah already said ok. My HbA1c is 6.8. Can I just email you the letter?",
        ),
        (
            "assistant",
            "Yes, please email the signed physician form to our bookings mailbox and the instructor will review it before your first session.",
        ),
    ],
    [
        (
            "user",
            "Add to the Redang manifest for 3 May: Vanessa Lim Hui Min, NRIC S7712905G, SG passport E4827319K, Advanced Open Water.",
        ),
        (
            "assistant",
            "Added Vanessa Lim Hui Min to the 3 May Redang manifest. Do you have an emergency contact for her?",
        ),
        (
            "user",
            "Her partner Daryl Chia, 9658 0341. Also she is vegetarian and has a shellfish allergy.",
        ),
        (
            "assistant",
            "Updated: emergency contact Daryl Chia 9658 0341, vegetarian meals, shellfish allergy flagged for the kitchen.",
        ),
    ],
    [
        ("system", "Anda ialah pembantu pendaftaran kursus untuk Pusat Selam Pelangi, Mersing."),
        (
            "user",
            "Saya nak daftar kursus Open Water. Nama: Nur Izzati binti Hassan, IC 010318-03-4478, telefon 013-498 2275.",
        ),
        (
            "assistant",
            "Terima kasih Cik Nur Izzati. Kursus seterusnya bermula 12 Jun. Adakah anda mempunyai sebarang masalah kesihatan?",
        ),
        (
            "user",
            "Saya pernah pengsan masa berenang tahun lepas, doktor kata tekanan darah rendah. Boleh ke saya ikut?",
        ),
        (
            "assistant",
            "Anda perlu mendapatkan pengesahan doktor pada borang perubatan sebelum latihan di kolam. Kami simpan tempat anda sehingga borang itu diterima.",
        ),
    ],
    [
        (
            "user",
            "帮我写一条给学员的提醒：张伟明明天早上7点到丹那美拉码头集合，他的电话是 +65 8193 6620。",
        ),
        (
            "assistant",
            "张伟明您好，提醒您明天早上7点到丹那美拉渡轮码头集合，请带好护照和潜水证。如有问题请联系我们。",
        ),
        ("user", "再加一句：他上次潜水耳朵受伤，教练让他这次只做浅水，不超过12米。"),
        (
            "assistant",
            "已加上：因上次耳朵受伤，教练建议您本次只在12米以内潜水，如有不适请立即告知潜导。",
        ),
    ],
    [
        (
            "system",
            "You help the customer service team at Coral Bay Watersports, Johor Bahru, draft polite replies.",
        ),
        (
            "user",
            "Draft a reply to Mrs Kavitha Rajan. She says her GoPro went missing on our boat on 9 Nov and that our DM Farid was rude to her.",
        ),
        (
            "assistant",
            "Dear Mrs Kavitha Rajan, thank you for letting us know. We are sorry about your GoPro and the experience on 9 Nov. We have searched the boat and are reviewing the matter with the crew.",
        ),
        (
            "user",
            "Add that Farid has been given a formal warning and we will refund RM300 to her Maybank account ending 7712.",
        ),
        (
            "assistant",
            "Added: the divemaster concerned has received a formal warning, and a goodwill refund of RM300 will be credited to your Maybank account ending 7712 within 7 working days.",
        ),
    ],
    [
        (
            "user",
            "Summarise this log for the incident file: Diver Aloysius Pereira, dive #142, Sipadan Barracuda Point, max 31m, computer went into deco violation, ascent rate alarm x3.",
        ),
        (
            "assistant",
            "Summary: on dive #142 at Barracuda Point, Aloysius Pereira reached 31m, triggered a decompression violation and three ascent-rate alarms.",
        ),
        (
            "user",
            "He also admitted he had two beers at lunch before the dive. Put that in too, the owner wants to ban him.",
        ),
        (
            "assistant",
            "Added: the diver stated he drank two beers before the dive. The file notes the owner is considering a ban pending review.",
        ),
    ],
    [
        (
            "user",
            "My buddy's Telegram is @eugenetay_scuba. Can you write him a message asking him to return my regulator from the Aur trip?",
        ),
        (
            "assistant",
            "Hi Eugene, hope you're well! Just checking on the regulator I lent you on the Aur trip. Could you return it when convenient?",
        ),
        ("user", "Make it firmer, it's been 3 months and he owes me S$150 for the boat share too."),
        (
            "assistant",
            "Hi Eugene, it has been three months since the Aur trip. Please return my regulator this week and transfer the S$150 boat share. Thanks.",
        ),
    ],
    [
        ("system", "You are an admin assistant for a dive school in Kota Kinabalu."),
        (
            "user",
            "Draft an invoice for freelance instructor Suresh a/l Govindasamy, 6 teaching days at RM250, pay to Public Bank 3-1827-4490-21.",
        ),
        (
            "assistant",
            "Invoice: Suresh a/l Govindasamy, 6 teaching days x RM250 = RM1,500. Payment to Public Bank account 3-1827-4490-21.",
        ),
        (
            "user",
            "Deduct RM200 for the torch he lost, and note he is on MC from 20 to 24 Dec for dengue.",
        ),
    ],
    [
        (
            "user",
            "Our booking import fails on this row: Koh Jia Hui;S9061538F;91847702;koh.jiahui@yahoo.com.sg;AOW. Why does the parser choke?",
        ),
        (
            "assistant",
            "Your importer probably expects commas, but this row is semicolon-delimited. Set the delimiter to ; or convert the file to comma-separated.",
        ),
        (
            "user",
            "Ok and should the NRIC column be masked when we send the file to the boat operator?",
        ),
        (
            "assistant",
            "Yes, send only what the operator needs, for example the last four characters of the NRIC and the diver's name for the manifest.",
        ),
    ],
]
