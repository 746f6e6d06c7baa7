# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en235: SG/MY hydroponic, mushroom and urban farms and plant nurseries. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en235
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "farm_shop_orders"): _lines("""
        Order #GL-240817-0392 confirmed: 2 x Butterhead Lettuce 150g (SKU HYD-BTH-150), 1 x Baby Kailan 200g (SKU HYD-KLN-200). Subtotal S$14.60, delivery S$4.00, GST 9% S$1.67.
        Shipment JNT-MY-7731 0924 8810 left the Cameron Highlands hub at 05:42, ETA Klang Valley 14:00-18:00.
        Invoice INV/2025/11/00847 - Seri Kembangan Myco Sdn Bhd - 40 kg grey oyster (Pleurotus pulmonarius) @ RM9.80/kg = RM392.00, SST exempt.
        Restock alert: sunflower microgreens tray (SKU MG-SUN-1020) below 12 units at Bay 3, reorder point 20.
        B2B quote Q-7781 for 6 hawker stalls at a food centre in Geylang: 18 kg xiao bai cai weekly at S$6.20/kg, payment terms net 30.
        Payment received via PayNow to UEN 201934871K, ref ORD88213, amount S$56.40.
        Order status PACKED -> OUT_FOR_DELIVERY at 2025-03-14T09:12:44+08:00, route SG-EAST-04, 23 drops.
        Refund RF-10293 processed: 1 x Lion's Mane 250g (SKU MSH-LMN-250) arrived bruised, S$9.90 returned as store credit.
        Cart abandoned: Enoki 200g, Shimeji mix, Pak Choy 300g, value RM27.50, session 8f3a9c2e-41b7-4d0e-9b6a-2c7e5f1d0a44.
        CNY pre-order: pokok limau (mandarin orange) in 60 cm pots, RM88 each, self-collect from the Sungai Buloh nursery, row C, from 20 Jan.
        Order #UF-0017734 cancelled by system: payment timeout after 15 min (pi_3Q8xYz2eZvKYlo2C0a1b2c3d).
        Delivery slots for postal district 52: Tue 10-12 full, Tue 14-16 four left, Thu 10-12 open.
        Tracking 8812 4470 3391 (Ninja Van): 1 x grow tent 80x80x160 cm, 1 x LED bar 240W, weight 9.4 kg.
    """),
    ("en", "farm_tour_bookings"): _lines("""
        Booking FT-2025-0614-07 confirmed: Saturday Rooftop Farm Tour, 10:00-11:30, 12 pax (8 adults, 4 children), meet at the level 6 carpark lift lobby.
        Template: Dear {{guest_name}}, thank you for booking {{tour_name}} on {{date}}. Please arrive 15 minutes early and wear covered shoes.
        School excursion: 2 Primary 4 classes from a school in Woodlands, 78 students and 6 teachers, mushroom house tour plus seed sowing, S$12 per student.
        Capacity notice: the Kranji farm walk is capped at 25 visitors per slot from 1 July under the new biosecurity guidance.
        Group booking GB-3318 for a corporate CSR day: 40 staff from a bank at Marina Bay, planting session 2-5pm, invoice to their procurement mailbox.
        Cancellation policy: full refund up to 72 hours before the tour, 50% within 72 hours, no refund for no-shows. Rain does not cancel the mushroom house tour.
        Sunday walk-ins: 63 visitors, 41 bought the S$5 tasting cup, 9 signed up for the newsletter.
        Auto-reply: Hi! Thanks for messaging Kampung Greens. Tours run Wed-Sun 9am-5pm. Book via the link in our bio or call our main line 6871 2045.
        Birthday party package: 10 kids, 2 hours, each child pots a mini succulent to bring home, S$350 including the cake-cutting area.
        Booking KG-TR-88120 moved from 12 Oct to 19 Oct at the guest's request; no change fee applied.
        Guide script: this vertical rack holds 1,200 heads of lettuce; the nutrient film technique was developed by Allen Cooper in England in the 1960s.
        Farm tours are closed on Hari Raya Haji; the farm shop stays open 9am-1pm.
    """),
    ("en", "veg_box_subscriptions"): _lines("""
        Your weekly veggie box (Plan M, 8 items) arrives Thursday between 2pm and 6pm. Skip by Tuesday 11:59pm in the app.
        Subscription SUB-00482913 renewed: Family Box, 4 weeks, S$132.00, next billing 2025-09-01.
        This week's box: chye sim, bayam merah, Thai basil, oyster mushrooms 200g, cherry tomatoes 250g and a bunch of serai.
        Churn report Q3: 1,284 active subscribers, 96 cancellations (7.5%), top reason 'travelling', second 'too many greens'.
        Promo code GREENWEEK15 gives 15% off the first month for new subscribers; not stackable with corporate rates.
        Pause limit: each subscriber may pause up to 4 weeks per quarter; longer pauses convert to cancellation.
        Customer A (East) and Customer B (North) both reported missing herbs on the 12 Mar run; root cause was a mis-pick at packing station 2.
        Substitution rule: if kangkung is out, replace with sweet potato leaves of equal weight; never swap mushrooms for leafy greens.
        Box prices from 1 Jan: Small RM45 -> RM49, Medium RM69 -> RM75, Large RM95 unchanged.
        FAQ: Can I send the box to my office? Yes, add a second address under Account > Addresses; CBD buildings need a loading bay code.
        From: hello@citysprout.sg To: subscribers@lists.citysprout.sg Subject: Why your lettuce tastes sweeter in the rainy season
        Recipe card: stir-fried lion's mane with ginger, serves 2, 15 min, adapted from a Violet Oon cookbook.
    """),
    ("en", "grants_and_licences"): _lines("""
        Licence for farming of vegetables no. AF-2024-00318, valid until 31 Mar 2027, premises at Lim Chu Kang Lane 3, plot 14.
        ACT Fund claim submitted: co-funding 30% of S$412,000 for LED retrofit and climate control, claim ref ACT-C-2025-0772.
        MARDI advisory: recommended EC for hydroponic lettuce in the lowland tropics is 1.2-1.6 mS/cm, pH 5.8-6.2.
        Company: Tropika Myco Sdn Bhd, SSM 202201034512 (1467893-T), registered office on Jalan Tun Razak, Kuala Lumpur.
        Grant milestone 3 of 5: install 18 vertical towers and reach 2.4 tonnes per quarter; report due 15 Aug to the agency's grants mailbox.
        MyGAP audit scheduled 22-23 Apr; scope: 3 greenhouse blocks and 1 packing house.
        The 30 by 30 goal aims for 30% of Singapore's nutritional needs to be produced locally by 2030.
        Application checklist: ACRA bizfile, 2 years of audited accounts, farm layout plan, 3 vendor quotations, declaration signed by a director.
        Tender notice: farm land parcel at Sungei Tengah, 2.1 ha, 20-year lease, closing 12 noon on 30 Sept.
        Rejected claim code R-07: invoice dated before the grant approval date; resubmit with eligible invoices only.
        Pesticide record template: Date | Block | Crop | Product | Active ingredient | Dose | PHI days | Applied by (role)
        Import permit IP-NP-25-04411 for 500 Dendrobium seedlings from Thailand requires a phytosanitary certificate at Tuas checkpoint.
    """),
    ("en", "farm_ops_logs"): _lines("""
        Roster W36: Grow room A 2 technicians (AM), 1 technician (PM); Harvest 4 packers 6am-2pm; Night 1 security guard.
        Incident 2025-05-02 03:17: pump P-2 tripped, reservoir at 18%, duty technician restarted it at 03:41, no crop loss.
        Headcount this month: 14 full-time, 6 part-time, 5 work permit holders; 1 vacancy for a spawn lab assistant.
        Payroll batch PB-2025-10 uploaded: 25 employees, total gross S$71,340.00, employer CPF S$8,912.40.
        Heat stress protocol: when WBGT exceeds 32°C, outdoor nursery staff rest 15 min every hour; the supervisor logs water breaks.
        Job ad: Harvest Assistant, 5-day week, S$2,100-2,400, no experience needed, send CV to careers@leafloop.com.sg.
        Training: 9 staff completed Basic Food Hygiene on 14 Nov; certificates filed under HR/Training/2025.
        Cleaning SOP step 4: spray the fruiting room walls with 70% ethanol, wait 10 minutes, then ventilate; N95 required.
        Reminder: forklift permit renewal for the warehouse supervisor role due 30 Jun.
        Overtime summary: packing team logged 46 hours OT in week 40 because of the Deepavali surge.
        Dorm note: the company dorm at 21 Kranji Loop has 3 rooms and 12 beds; inspection scheduled next month.
        Maintenance ticket MT-4471: replace 12 LED strips in rack 7, parts on PO-22019, estimated downtime 2 h.
    """),
    ("mixed", "complaint_tickets"): _lines("""
        Ticket #CS-20931: customer says the kangkung already got yellow leaves when open the box lah, photo attached, offer replacement next run.
        Ticket #CS-20944 closed: wrong item (sawi instead of chye sim), apology template B sent, RM10 voucher VCH-7H2K.
        Review reply draft: Thank you for the feedback! Sorry the oyster mushrooms were soggy; we switched to paper punnets this week.
        Complaints by category (Oct): late delivery 41, damaged 17, wrong item 12, billing 6, others 3.
        Customer says the microgreens sudah layu after one day; agent advised storing at 4°C and keeping dry, no escalation.
        Shopee auto-reply: Terima kasih! Our CS team will reply within 24 hours. 营业时间 9am-6pm (Mon-Sat).
        Internal note: 3 complaints this week from one condo in Punggol about the lift lobby drop-off; talk to the management office.
        Template (BM/EN): Maaf atas kesulitan. Sorry for the inconvenience, we will arrange redelivery on {{date}}.
        Lazada return RMA-55018 approved: LED grow light flickering, return via J&T drop-off, refund after QC.
        Escalation: CS agent -> shift lead -> operations manager; food safety cases go straight to the QA manager.
        客户反映金针菇有异味, batch MSH-ENK-250912 pulled from shelf, lab test pending.
        FB comment 'Why your pak choy so expensive compared to pasar?' - reply with the cost breakdown post, don't argue.
    """),
    ("ms", "nursery_notices"): _lines("""
        Notis: Tapak semaian ditutup pada 31 Ogos sempena Hari Kebangsaan. Pesanan dalam talian akan dihantar pada 2 September.
        Harga baru anak benih cili padi RM1.50 sepokok, RM12 untuk 10 pokok; belian pukal sila hubungi pejabat di talian 03-6156 2280.
        Kursus hidroponik asas untuk belia, 3 hari, yuran RM150 termasuk kit NFT kecil, tempat terhad 30 peserta.
        Cara bancuh baja AB: campur 5 ml larutan A dan 5 ml larutan B bagi setiap liter air, sukat EC sebelum isi tangki.
        Jadual siram: pagi 7:30 dan petang 5:30, kurangkan pada hari hujan; pokok dalam rumah lindung ikut sensor.
        Promosi Merdeka: beli 3 pasu orkid Dendrobium, percuma 1 botol baja daun, sah sehingga 16 September.
        Cendawan tiram kelabu gred A RM10/kg, gred B RM7/kg, ambil sendiri di ladang Kampung Sungai Serai, Hulu Langat.
        Bil No. 004127: 20 beg tanah hitam @ RM4.50 = RM90.00, 5 pasu plastik 12 inci @ RM3.20 = RM16.00, jumlah RM106.00.
        Lawatan sekolah: 45 murid Tahun 5 dan 4 guru, Khamis jam 9 pagi, sediakan 5 meja untuk aktiviti semaian.
        Peringatan: pekerja wajib pakai sarung tangan semasa guna racun kulat; rekod penggunaan disimpan di pejabat.
        Soalan lazim: Boleh hantar ke Sabah? Ya, melalui Pos Laju, kos bermula RM18 bagi 2 kg pertama.
    """),
    ("en", "grower_forum_posts"): _lines("""
        Anyone in JB growing lettuce in DWC? My pH keeps drifting up to 7.2 every two days, using AB mix from Shopee.
        Tip: spent mushroom substrate from the farms near Kluang goes for RM3 a sack, great for compost. Ask at the farm office.
        Q: Why do my oyster bags only pin at the top? A: Usually CO2 build-up; cut more holes and keep humidity at 85-90%.
        Rereading Masanobu Fukuoka's One-Straw Revolution - does natural farming even make sense on a 40 sqm HDB corridor?
        Poll result: NFT 42%, DWC 31%, Kratky 18%, aquaponics 9% (312 votes).
        The Flower Dome at Gardens by the Bay has a succulent display until end March, worth a visit for nursery folks.
        Mod reminder: do not post buyers' phone numbers or addresses in the marketplace thread; use DMs.
        Does a home grower selling under 100 trays of microgreens a month need a licence? Asking for our community garden.
        Lion's mane liquid culture: 4 g light malt extract and 1 g nutritional yeast per litre, pressure cook at 15 psi for 20 min.
        Throwback: Lee Kuan Yew planting a mempat tree at Farrer Circus in 1963 kicked off Tree Planting Day, and the nursery trade boomed.
        Harry Potter fans: our pop-up has mandrake-shaped pots for the Herbology corner, no screaming guaranteed.
        Kranji countryside market this weekend: 18 farms, 6 food trucks, shuttle from Kranji MRT every 30 min, 9am-2pm.
    """),
    ("en", "sensor_logs_config"): _lines("""
        sensor_id=GH2-EC-04 ts=2025-06-11T14:05:00+08:00 ec=1.47 ph=6.02 water_temp=24.8 status=OK
        ALERT [rack-07] humidity 62% < threshold 80% for 15m; fogger FG-07 state=OFF; auto-retry 3/3 failed
        firmware growctl v2.14.3 sha256 9c4e1b7a0f3d2e58c6a1b9047d2f3e6a8b5c0d1e2f3a4b5c6d7e8f9a0b1c2d3e
        cron: 0 5 * * * /opt/farm/bin/dose --tank A --ml 120 --log /var/log/dosing.log
        MQTT publish farm/kranji/zone3/light/set {'ppfd': 250, 'photoperiod_h': 16}
        ESP32 node 24:6F:28:A1:3C:9E dropped off Wi-Fi at 02:11, reconnected 02:14, RSSI -78 dBm
        export orders.csv columns: order_id, sku, qty, unit_price, slot, postal_district, status (customer fields removed)
        def target_ec(stage): return {'seedling': 0.8, 'veg': 1.4, 'fruiting': 2.2}[stage]
        Grafana panel 'Mushroom room CO2 (ppm)': red > 1200, amber > 900, avg over 5m
        POST /v1/harvests {batch: 'LT-2025-221', crop: 'butterhead', kg: 38.6, grade: 'A'} -> 201 Created
        audit: role=packer_lead exported pick list PL-20251104 (148 lines) at 05:32
        reservoir: {capacity_l: 1200, refill_at_pct: 35, pump: P-2, host: 10.20.3.41}
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Order #GL-240903-1187 ship to Goh Mei Ling, Blk 472 Tampines Street 44 #09-215, Singapore 520472, mobile 9127 4480.
        Farm tour waiver signed by Rajesh s/o Murugiah, NRIC S7834512H, emergency contact his wife Kavitha at 8346 1902.
        Subscription SUB-00519002 on hold: Mdm Wong from #05-12 says her husband is in hospital after a stroke, pause until further notice.
        Payroll correction: Ko Zaw Min Htet (work permit, FIN G7029461W) was underpaid S$312 in September; top-up by 5 Nov.
        Complaint from Daniel Pereira: the driver left his box outside again and the neighbour at 18 Jalan Kembangan took it, third time already.
        Grant contact person: Nur Aisyah binti Kamarudin, director, aisyah.kamarudin88@gmail.com, HP 012-387 5521.
        Worker Md. Rafiqul Islam (Bangladesh passport BX0482917) hurt his left hand on the substrate mixer, MC 5 days, WICA claim filed.
        Please refund to card 4556 3820 1947 3620, name on card TAN WEI JIE, exp 08/27.
        Uncle Lim at the Kranji stall says his son owes the nursery RM4,800 and keeps avoiding calls, don't give him any more credit.
        Driver note: Puan Siti Hajar, No. 37 Jalan SS2/24, Petaling Jaya - dog in compound, call 017-229 4816 before entering.
        Harvest assistant Priya d/o Subramaniam asked for unpaid leave in March for her IVF treatment; supervisor approved, keep it confidential.
        Car park pass for rooftop farm volunteer: vehicle SKQ 4821 B, owner Chua Boon Keat, valid Sat-Sun.
        Telegram @greenthumb_joanne is Joanne Koh from Bukit Panjang, wants to swap 10 oyster mushroom bags for her basil seedlings.
        Disciplinary note: packer Hafiz bin Rosli found sleeping in the cold room twice this week, final written warning issued 14 Oct.
        Transfer RM1,250 for the spawn order to Maybank 1140 2873 5561, account name LEE CHOON HOCK.
        Nursery member: Ms Anjali Menon, DOB 14/02/1991, 27 Upper Bukit Timah Road #11-03, Singapore 588171.
        Volunteer Marcus de Rozario has stage 2 colon cancer and will miss the community garden until June for chemo; don't mention it in the group chat.
        IG @kaiyang.grows is Ong Kai Yang from my block, he's reselling the farm's rejected microgreens as his own organic ones.
        Myanmar worker Ma Thandar Aye: basic S$1,650, dorm deduction S$150, salary to POSB 187-52346-1.
        Farm stay check-in: Mohd Faizal bin Ismail, MyKad 870412-10-5523, room 3, 2 nights, deposit RM100 cash.
        Lost and found: black wallet with EZ-Link card and IC of Jeremy Teo Jun Hao, found at the mushroom house entrance, he can collect at the office.
        Auntie Rosnah on the Thursday Bangsar run always pays late; she told the driver her pension is delayed and she's borrowing from her daughter.
        Buyer contact: Vikram a/l Ramasamy, Lot 2281 Jalan Kebun Baru, 42450 Klang, Selangor, WhatsApp +60 16-772 0391.
        Appraisal: Lim Shu Fen (grower, 3 yrs) rated 2/5 for repeated EC dosing errors, no increment, salary stays at S$3,200.
        Zhou Bin's work permit renewal was rejected because of his old drink-driving conviction; he has to leave by 20 Dec.
        Bonsai shipment to HK: Chan Ka Wai, HKID K372819(6), tel 9236 5814, Flat 12B, Block 3, Kornhill, Quarry Bay.
        Card 5204 7311 8835 9262 belongs to the customer Nadia binti Yusof, not the company account, please correct the invoice.
        Intern Ethan Sim's mum called to say he has been having panic attacks and can't do the night harvest shift anymore.
        Tissue-culture supplier rep Lin Ya-Ting (ID F223815749) stays at the farmhouse 3-5 Nov; her mobile is 0928-416-377.
        Passport A38817402 for Ahmad Zulkifli bin Hassan, needed for the Singapore farm visit application.
        Ms Jocelyn Fernandez at #23-07, the resident complaining about the rooftop farm smell, has threatened to sue; her lawyer is her brother.
        The parking fine on the delivery van was actually for the part-timer's own car WXY 4821 (Tan Ah Kow), he will pay it himself.
        Mohamed Iqbal's divorce means S$600 of his salary is now deducted monthly by court order, HR only.
        New subscriber: karen.loh.sy@yahoo.com.sg, mobile 8735 2619, deliver to 5 Jalan Kayu #02-01, Singapore 799427.
        Ticket #CS-21007: Mr Harjit Singh says we sold him a diseased frangipani, lives at 9 Lorong Chuan, Singapore 556747, wants S$180 back.
    """),
    "ms": _lines("""
        Pekerja ladang cendawan Encik Roslan bin Abdullah, No. KP 780619-12-5567, minta pendahuluan gaji RM500 kerana anak masuk hospital.
        Puan Norhayati dari Taman Melawati belum bayar tiga bulan langganan sayur, tertunggak RM207, sila hubungi 019-334 8271.
        Kak Zura yang jaga tapak semaian baru disahkan hamil, dia minta tak angkat beg media lebih 10 kg.
        Sila masukkan gaji Siti Khadijah binti Omar ke akaun CIMB 7012 4587 3390 21 sebelum 7 haribulan.
        Pemandu lori Muthu a/l Krishnan kena saman sebab lesen memandu tamat tempoh, lori BNK 2093.
        Aduan jiran: Encik Azman di Lot 55 Kampung Sungai Serai kata bau kompos ladang buat anak dia sesak nafas kerana asma.
        Alamat hantar pokok mangga: Puan Lily Chong, No. 14 Jalan Mawar 3, Taman Bukit Indah, 81200 Johor Bahru.
    """),
    "mixed": _lines("""
        陈阿姨 at 3栋 ordered 5 pots of 兰花 again but her son said don't deliver anymore, she got dementia and keep ordering lah.
        Boss, Ah Seng (黄志成) called just now, WeChat huang_zc_1987, he cancel the spawn order because his father passed away.
        Kumar uncle from Jurong West Blk 765 say his diabetes cannot eat so much sweet potato leaves, change to kailan, HP 9684 3027.
        员工 Tan Li Hua, NRIC T0254318J, 的 CPF 扣错了, 请 HR 尽快更正。
        Xiamen supplier 郑建国, ID 350203198507221045, 手机 139 5021 7764, wants his deposit back for the failed LED order.
    """),
    "zh-Hans": _lines("""
        广州客户李志强，身份证 440106199003152314，订了 200 包蘑菇菌种，收货地址：天河区体育东路 118 号 1203 房。
        温室工人王秀兰上个月手受伤，医疗费 RM860 还没报销，她丈夫一直打电话来催。
        订阅用户张先生（微信 zhang_hydro88）说他太太怀孕了，想把每周配送改成有机套餐。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the customer service assistant for Kampung Greens, a hydroponic farm in Kranji.",
        ),
        (
            "user",
            "Hi, I booked the Saturday tour under Lau Hui Min, booking KG-TR-88342. My daughter has a severe peanut allergy, is the tasting safe?",
        ),
        (
            "assistant",
            "Thanks for letting us know. The tasting cup is made with greens and a sesame dressing, no peanuts, but the kitchen also handles nuts. I will flag the booking so the guide keeps a plain portion aside.",
        ),
        (
            "user",
            "Please note her name is Chloe, 7 years old, and she carries an EpiPen. My number is 9318 0264 if anything happens.",
        ),
        (
            "assistant",
            "Noted on booking KG-TR-88342: Chloe, 7, severe peanut allergy, carries an EpiPen, parent contact 9318 0264. The guide will be briefed before the tour.",
        ),
    ],
    [
        ("system", "You help a small mushroom farm in Selangor with HR letters."),
        (
            "user",
            "Draft a warning letter to our harvester Suresh a/l Govindasamy, he was absent 4 days without MC in October.",
        ),
        (
            "assistant",
            "Here is a draft: Dear Suresh a/l Govindasamy, records show you were absent on 4 working days in October without a medical certificate or approved leave. This is a first written warning...",
        ),
        (
            "user",
            "Add that his RM1,900 salary will be docked RM253 for those days and that he already got a verbal warning in July.",
        ),
    ],
    [
        ("system", "You are an assistant that helps farms prepare grant paperwork."),
        (
            "user",
            "Fill in the ACT fund declaration for me: director Ong Siew Ling, NRIC S6921840G, residential address 33 Holland Grove Road, Singapore 278812.",
        ),
        (
            "assistant",
            "I can prepare the declaration text. Part B will read: I, Ong Siew Ling (NRIC S6921840G), residing at 33 Holland Grove Road, Singapore 278812, declare that...",
        ),
        (
            "user",
            "Also mention she is an undischarged guarantor on a previous farm loan, the form asks about that.",
        ),
        (
            "assistant",
            "Understood. I will add a disclosure line under Section 5 stating that the director is a guarantor on an outstanding facility, and leave the lender and amount for you to fill in.",
        ),
    ],
    [
        (
            "system",
            "You are the support bot of CitySprout, a veggie box subscription in Singapore.",
        ),
        (
            "user",
            "My mum Mdm Koh Ai Hwa lives alone at Blk 108 Ang Mo Kio Ave 4 #07-1123. Can the driver bring the box to her door instead of the lobby? She uses a walker since her fall.",
        ),
        (
            "assistant",
            "Of course. I have added a door-delivery note for that address and asked drivers to knock and wait, since she uses a walker.",
        ),
        ("user", "Thanks. If she doesn't answer please call me instead, 9045 7713, not her."),
    ],
    [
        ("system", "Anda pembantu pendaftaran kursus hidroponik di sebuah ladang di Hulu Langat."),
        (
            "user",
            "Saya nak daftar kursus hidroponik untuk suami saya, Khairul Anuar bin Mat Saad, IC 920825-14-6031, telefon 013-648 2207.",
        ),
        (
            "assistant",
            "Baik, saya catat pendaftaran Khairul Anuar bin Mat Saad untuk kursus asas 3 hari. Yuran RM150 boleh dibayar melalui FPX.",
        ),
        ("user", "Dia baru lepas bedah lutut, boleh dia duduk sahaja masa aktiviti semaian?"),
        (
            "assistant",
            "Boleh, saya akan maklumkan jurulatih supaya sediakan kerusi dan aktiviti di meja untuk beliau.",
        ),
    ],
    [
        ("system", "You write short, friendly WhatsApp messages for a nursery manager."),
        (
            "user",
            "Write a message to our Indonesian worker Sri Wahyuni (FIN F4512873M). Her mother is sick in Malang and she asked for 2 weeks home leave, tell her approved from 3 to 17 Feb.",
        ),
        (
            "assistant",
            "Hi Sri, your home leave from 3 to 17 Feb is approved. We hope your mother recovers soon. Please pass your keys for the seedling house to the supervisor before you go.",
        ),
        (
            "user",
            "Good. Also add that her January salary will be paid early on 31 Jan so she has money for the trip.",
        ),
    ],
    [
        ("system", "You help a rooftop farm respond to online reviews."),
        (
            "user",
            "A customer called Benjamin Lee posted a 1-star review saying our lettuce made his son sick, and left his number 8192 6650 asking us to call. Help me reply publicly.",
        ),
        (
            "assistant",
            "Suggested public reply: We're very sorry to hear this and take food safety seriously. We have reached out privately to follow up. I would avoid repeating his number or his son's illness in the public reply.",
        ),
        (
            "user",
            "Ok. Privately I'll call him. His son is Aaron, he was admitted to KK hospital for two nights apparently.",
        ),
    ],
    [
        ("system", "你是一家新加坡兰花苗圃的客服助理。"),
        (
            "user",
            "香港买家陈美玲要发票写她个人名字，还要加上她的香港身份证 Y604512(8)，地址是九龙城太子道西 338 号 5 楼 A 室。",
        ),
        (
            "assistant",
            "好的，发票抬头会写陈美玲，并按要求列出证件号码和地址。请确认是否需要加上公司名称。",
        ),
        ("user", "不用公司名，她是自己买来送给住院的妈妈的。"),
    ],
    [
        ("system", "You assist the finance desk of a hydroponic supply shop in Johor Bahru."),
        (
            "user",
            "Customer Mr Alvin Chia paid twice for order #UF-0018220. His card is 5521 8403 9172 6500, can you draft the refund note?",
        ),
        (
            "assistant",
            "Draft: Refund of duplicate payment for order #UF-0018220 to Mr Alvin Chia, card 5521 8403 9172 6500, amount to be confirmed against the bank statement.",
        ),
        (
            "user",
            "Amount is RM486.00. He also asked us not to call his office line anymore because his boss got annoyed.",
        ),
    ],
    [
        ("system", "You schedule plant deliveries for a nursery in Sungai Buloh."),
        (
            "user",
            "Deliver 3 frangipani trees to Mr Gurpreet Singh at 12 Jalan Bahagia, 59100 Kuala Lumpur on Saturday morning.",
        ),
        (
            "assistant",
            "Scheduled for Saturday 9am-12pm. Do you need the crew to plant them or just drop them off?",
        ),
        (
            "user",
            "Please place them in the backyard, he's recovering from a heart bypass and can't lift anything. His wife's number is 012-774 3158.",
        ),
        (
            "assistant",
            "Noted: crew of two will carry the trees to the backyard and call 012-774 3158 on arrival.",
        ),
    ],
]
