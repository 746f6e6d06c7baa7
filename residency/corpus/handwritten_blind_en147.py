# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en147: SG/MY plant nurseries, landscapers and community gardens. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en147
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "plant care and pest advice"): _lines("""
        Curry leaf plant (Murraya koenigii) yellowing from the bottom usually means overwatering in the monsoon; let the top 3 cm of soil dry out and add a handful of compost every six weeks.
        Mealybugs on your chilli plants? Dab them with 70% isopropyl alcohol on a cotton bud, then spray neem oil at 5 ml per litre with a few drops of dish soap, every 5 days for three rounds.
        Q: My bougainvillea gives leaves but no flowers, I water it every day. A: That's the reason. Bougainvillea flowers when slightly stressed; water only when dry, give it 6 hours of sun and cut back on nitrogen.
        Pandan grows happily in semi-shade with wet feet; a pot standing in a tray of water is fine as long as you change the water weekly so it doesn't breed mosquitoes.
        Black soldier fly larvae in the compost bin are harmless and speed up the breakdown; just keep the lid closed so the bin doesn't attract houseflies.
        For fruit fly on starfruit and jambu, bag each fruit in a paper bag or fine mesh when it is about thumb-size; methyl eugenol traps only catch the males, so use both.
        Snails finishing off your kangkung seedlings overnight? Beer traps work, crushed eggshell is mostly a myth, and iron phosphate pellets are safer for pets than metaldehyde.
        Moving a fiddle-leaf fig from the HDB corridor into the living room often causes leaf drop for 2–3 weeks. Don't repot it at the same time.
        Potting mix for dragon fruit in a large pot: 40% burnt soil, 30% coco peat, 20% perlite, 10% compost, plus a concrete or hardwood post at least 1.5 m tall.
        Yellow sticky traps for whitefly: hang them at canopy height, replace every 2 weeks, and remember they also catch the beneficial wasps.
        Root rot in Monstera: unpot, cut away all black mushy roots with sterilised scissors, dust the cuts with cinnamon or a fungicide, repot in chunky aroid mix and water sparingly for a month.
        Lalang at the edge of the plot will come back from the rhizomes if you only cut the top; dig out the white runners or smother the patch with cardboard for 8 weeks.
        Why are my ulam raja leaves curling? Check the underside for thrips; a strong hose spray in the morning plus neem every 4 days usually clears them.
        Limau kasturi dropping its flowers is normal during weeks of heavy rain; fruit set improves after a dry spell. Feed with a potassium-rich fertiliser such as 12-12-17-2.
        The Vanda Miss Joaquim, Singapore's national flower, is named after Agnes Joaquim, who bred the hybrid in her Tanjong Pagar garden in 1893.
        Lee Kuan Yew planted a mempat tree at Farrer Circus in 1963 to launch the tree-planting campaign that grew into the Garden City vision.
        In The Secret Garden, Mary Lennox finds the key to the walled garden with help from a robin — a good read-aloud for our children's gardening session.
    """),
    ("en", "community garden notices"): _lines("""
        NOTICE: Water supply to the garden will be off on Sat 14 Dec, 8am–12pm, for pipe works. Please water your plots on Friday evening.
        Allotment rules (extract): 1) plots must be actively cultivated; 2) no structures taller than 1.8 m; 3) no chemical pesticides; 4) plots not renewed by the due date go to the next applicant on the waiting list.
        Plot fees for 2025: $57 per raised bed (2.5 m x 1 m) per year, payable by PayNow to the UEN on the garden notice board. Receipts are issued by email.
        Reminder to all plot holders: the tool shed combination changes on the 1st of every month and is posted inside the shed, not in this chat.
        Compost bay rota for December: Bay A weeks 1–2, Bay B weeks 3–4. Greens and browns only — no meat, no bones, no durian husks.
        The garden committee meets on the first Sunday of each month at 10am at the RC centre. All residents are welcome; minutes are pinned at the gate.
        Please do not harvest from other people's plots, even if the fruit looks over-ripe. Ask the committee to contact the plot holder first.
        Pest alert: mealybug infestation confirmed on plots 12–18 (north row). Do not move pots between plots this week; the committee will spray neem on Tuesday.
        Lost & found: one green Fiskars pruner and a pink watering can left at the washing point. Collect them from the shed cupboard.
        Tools available for loan: 6 hoes, 4 spades, 2 wheelbarrows and 1 hedge trimmer (batteries are charged on Fridays).
        Plot ballot results will be announced on 20 Jan. 48 applications were received for 12 available plots; unsuccessful applicants stay on the waitlist in ballot order.
        Kindly note: dogs must be leashed inside the garden, and please do not feed the community cats near the herb beds.
        Gotong-royong this Saturday 7.30am! We are clearing the drain along the east fence and re-mulching the paths. Nasi lemak and kopi provided by the RC.
        Dry-spell advisory: water your plots before 9am or after 6pm, and never leave a hose running unattended.
        Applications for the next allotment cycle open on the NParks website; you need Singpass to apply and each household may hold only one plot.
        Workshop: Composting 101, Sat 11 Jan, 9.30am at the RC hall. Free, 25 places, sign up at the RC office counter.
    """),
    ("en", "nursery orders and invoices"): _lines("""
        Order #SO-24-118273 | 2x Fishtail palm 1.5m @ $68.00, 1x Ficus lyrata 1.2m @ $85.00 | Delivery: standard lorry, 3–5 working days | Status: PACKED
        INV/2024/00912 — Greenleaf Nursery Pte Ltd — Potting mix 25L x 10 @ $6.50 = $65.00; GST 9% $5.85; Total $70.85
        Tracking no. SPXSG0437719265 has been handed to the courier; expected delivery 2–4 Dec. Plants are packed upright with moisture gel.
        Our Sungei Tengah nursery is open daily 9am–6pm except the first day of CNY. Call 6769 1052 or email sales@greenleafnursery.com.sg for landscape quotes.
        Bulk price list (Dec 2024): Bougainvillea 3-gallon $18; Heliconia 'Golden Torch' $12; Ixora 'Super King' $9.50; Rhapis excelsa 1m $45.
        Quote Q-2411-0387: supply and plant 40 m of Murraya paniculata hedge at 300 mm spacing, incl. soil amendment, $1,960 before GST, with 3 months' establishment care.
        Exchange policy: live plants damaged in transit can be exchanged within 7 days with the receipt; no refunds for plants lost to overwatering.
        Delivery surcharge: +$25 for postal districts 25–28 and Sentosa; +$40 for deliveries above level 20 without service lift access.
        Your order 91827364 has been confirmed. Please ensure someone is at the delivery point between 2pm and 6pm.
        Purchase order PO-88213 to Kebun Baru Supplies Sdn Bhd: 200 bags cocopeat 5kg, 50 bags perlite 100L, payment 30 days, delivered to our Woodlands yard.
        SKU: FERT-NPK-151515-1KG | Barcode 8886521034418 | Stock: 142 | Reorder level: 40
        Malaysia branch: Taman Kebun Hijau Sdn Bhd, Lot 12, Jalan Sungai Buloh, 47000 Sungai Buloh, Selangor. Tel 03-6156 2233. Open Tuesday to Sunday.
        Payment of $240.00 received by PayNow to UEN 201912345K for invoice INV-24-1187. Thank you for supporting local growers.
        Stock alert: Sansevieria 'Moonshine' sold out; next shipment from our Johor farm ETA 18 Dec.
        Landscape maintenance contract LMC/2025/014: grass cutting twice monthly, hedge trimming monthly, quarterly pest inspection of condo common areas, $1,450 per month.
        Case ref NPK-CS-240917-022: wilted Calathea reported on arrival; replacement dispatched with order SO-24-118502, no charge.
    """),
    ("en", "landscaping site logs"): _lines("""
        Site visit log, 3 Dec, 10:15: void deck planter boxes under the town council contract. 4 of 12 planters with dead Ixora; irrigation drippers clogged. Recommend replacement and flushing.
        Tree inspection report T-0921: rain tree (Samanea saman), girth 2.4 m, along the park connector near lamp post 117; bracket fungus at the base; recommend a Level 2 assessment by a certified arborist.
        Method statement: excavation for podium planter beds; hand-dig within 1 m of irrigation lines; supervisor briefs workers at 8am daily; PPE: helmet, boots, gloves.
        Visited the primary school eco-garden at 2pm: 6 raised beds, drip irrigation working, aphids on the brinjal; recommended a weekly soap spray and removing the worst leaves.
        Toolbox talk, week 49: heat stress when mowing open fields — drink a cup of water every 15–20 minutes, rest in the shade, report dizziness to your supervisor.
        Snag list for the rooftop garden handover: 3 pots with cracked drainage cells, 1 faulty irrigation timer, mulch thinner than 50 mm in zone C.
        Lorry YN 4471 C (company vehicle, Greenleaf Nursery Pte Ltd) is booked for the Changi Business Park job on 9 Dec; loading at 6.30am.
        Weekly report: 18 roadside trees pruned under permit; 2 fallen branches cleared after Tuesday's storm; no injuries, no damage to vehicles.
        Soil test for the allotment extension: pH 5.2, low phosphorus, heavy clay; recommended lime at 200 g/m² and a 5 cm compost top-dressing.
    """),
    ("ms", "nasihat dan notis kebun"): _lines("""
        Notis: Kebun komuniti akan ditutup pada hari Sabtu ini untuk kerja-kerja pembersihan longkang. Ahli diminta menyiram tanaman pada petang Jumaat.
        Petua: semburan air sabun (5 ml sabun pinggan dalam 1 liter air) boleh mengawal kutu daun pada pokok cili. Sembur waktu pagi atau petang, bukan tengah hari.
        Yuran plot tahun 2025 ialah RM60 setahun. Bayaran boleh dibuat di pejabat persatuan penduduk setiap Ahad, 9 pagi hingga 12 tengah hari.
        Jangan buang sisa durian dan tulang ayam ke dalam tong kompos, nanti berbau dan menarik tikus.
        Baja tahi ayam perlu diperam sekurang-kurangnya dua minggu sebelum digunakan, kalau tidak akar pokok boleh terbakar.
        Pesanan #MY-240988 sedang dihantar melalui J&T, nombor penjejakan 630045781129. Anggaran tiba dalam 2-3 hari bekerja.
        Bengkel menanam serai dan kunyit dalam pasu akan diadakan di dewan serbaguna pada 15 Disember, 9 pagi. Percuma untuk penduduk, tempat terhad 30 orang.
        Tanya: Daun pokok pisang saya ada tompok kuning memanjang, penyakit ke? Jawab: Mungkin Sigatoka; buang daun yang teruk dan elakkan air bertakung.
        Peraturan kebun: tiada racun kimia, tiada binaan kekal, dan plot yang terbiar lebih dua bulan akan diberikan kepada pemohon dalam senarai menunggu.
        Nurseri kami di Sungai Buloh dibuka setiap hari 8.30 pagi hingga 6.30 petang. Hubungi talian pejabat 03-6038 4410 untuk sebut harga landskap.
        Amaran: ulat beluncas sedang menyerang pokok kangkung di barisan plot B. Sila periksa bawah daun dan buang secara manual.
        Harga borong minggu ini: anak pokok durian Musang King cantuman RM35, anak pokok mangga Harum Manis RM28, anak pokok kelapa pandan RM45.
        Gotong-royong kebun komuniti akan diadakan Ahad ini jam 7.30 pagi. Sila bawa cangkul dan sarung tangan sendiri; sarapan disediakan.
    """),
    ("zh-Hans", "园艺咨询与社区花园通告"): _lines("""
        【通告】本周六上午8点至12点社区花园停水检修，请各位种植者周五傍晚提前浇水。
        问：家里的九层塔叶子发黄卷曲怎么办？答：先检查叶背有没有红蜘蛛，早上用清水冲洗叶背，每四天喷一次印楝油，连续三次。
        本苗圃营业时间：每日上午9时至下午6时，农历新年初一休息。园景报价请拨打办公室电话6769 1052。
        订单号 SO-24-118611：金钱树 ×2，琴叶榕 ×1，合计 $171.00（含消费税），预计三至五个工作日送达。
        堆肥小贴士：绿色材料（菜叶、果皮）和褐色材料（干叶、纸板）按1比2混合，保持像拧干的海绵一样湿润。
        社区花园守则：不得使用化学农药；不得在他人地块采摘；地块连续两个月荒废将收回并分配给候补名单上的申请人。
        彩云阁放在组屋走廊半日照即可，雨季减少浇水，一个月浇一次就够了。
        新加坡国花卓锦万代兰以艾妮丝·卓锦命名，她在1893年于丹戎巴葛的花园里培育出这个杂交品种。
        防蚊提醒：花盆托盘不要积水，每周翻转水桶，屋檐排水槽定期放置杀幼虫颗粒。
        榴莲苗和红毛丹苗本周到货，欢迎到柔佛士乃的园区参观选购，星期一休息。
        有人问种咖喱叶要不要晒太阳？要的，每天至少四小时阳光，叶子才香。
        下周日上午九时举办蝶豆花种植工作坊，地点：民众俱乐部三楼活动室，名额20人，费用全免。
    """),
    ("mixed", "garden group chat"): _lines("""
        Eh anyone got extra cili padi seedlings? My whole batch kena eaten by snails lah 😭
        Wah the new compost bay very power, 2 weeks already half broken down. Thanks committee!
        Pls don't park bicycle in front of the shed door, cannot open to take the hoe leh
        Bro the aphids on my kai lan damn jialat, got any organic spray to recommend?
        Today rain like crazy, my whole basil bed flooded sia. How to improve drainage for raised bed ah?
        Boleh share tak cara buat baja enzim dari kulit nanas? Saya nak cuba untuk pokok cili.
        Who left the tap running near plot 20? Water everywhere until the path all muddy already
        今天的 durian seedlings 到货了 guys, 先到先得 ah, price same as last time RM35
        Pandan cuttings free for anyone, I put in the blue tub beside the gate, self-collect ok
        Anyone tried growing strawberries in SG weather? Mine got flowers but the fruit small like peanut only haha
        Reminder ya, Saturday gotong-royong start 7.30am, bring own gloves, kopi-O and kuih provided
        Landscaper quote $2.8k for 20m hedge, reasonable or kena chop? Cameron Highlands nursery price so much cheaper
    """),
    ("en", "forms, templates and config"): _lines("""
        Plot Application Form | Name (as in NRIC): __________ | NRIC/FIN: __________ | Contact no.: __________ | Preferred plot size: [ ] 1 bed [ ] 2 beds
        Dear {first_name}, your plot {plot_no} at {garden_name} expires on {expiry_date}. Please renew before {renewal_deadline} to keep it.
        CREATE TABLE plot_allocation (plot_id TEXT PRIMARY KEY, garden_id TEXT, holder_ref TEXT, start_date DATE, end_date DATE, status TEXT CHECK (status IN ('active','lapsed','waitlist')));
        order_id,sku,qty,unit_price,delivery_zone,status / SO-24-118273,PALM-FISH-150,2,68.00,D19,PACKED / SO-24-118274,FIG-LYR-120,1,85.00,D05,PENDING
        irrigation: { zone_a: { start: '06:30', duration_min: 15 }, zone_b: { start: '18:00', duration_min: 10 }, rain_skip_mm: 5 }
        Site visit checklist: [ ] Client name [ ] Address [ ] Access/parking [ ] Soil condition [ ] Plants to retain [ ] Photos taken [ ] Quote date
        Complaint template — Complainant: <NAME> | Contact: <PHONE> | Plot no.: <PLOT> | Nature of complaint: <DETAILS> | Received by: <STAFF>
        Validation: order numbers match ^SO-[0-9]{2}-[0-9]{6}$ and invoice numbers match ^INV/[0-9]{4}/[0-9]{5}$
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Allotment application | Name: TAN WEI MING KELVIN | NRIC: S7634128A | Mobile: 9684 2217 | Address: Blk 418 Bedok North Ave 2 #08-1147 S(460418) | Plot pref: 2 beds
        Waitlist as at 1 Dec: 1. Mdm Goh Siew Lan – 14 months; 2. Mohd Faizal bin Rahim – 11 months; 3. Anitha d/o Subramaniam – 9 months; 4. Mr Leonard de Souza – 6 months
        Complaint received 28/11: plot 23 holder Mr Ong Kah Hock keeps spraying Baygon on his long beans and the smell drifts to the children's beds. Second warning to be issued.
        Delivery note SO-24-118377 | Deliver to: Mrs Pereira, 23 Jalan Kembangan, S419123 | Tel 8231 0954 | Items: 2x Areca palm 1.8m | Leave at side gate if no one home
        Hi, this is Rachel Koh from plot 9, my number is +65 9017 3382, can someone pass me the new shed code?
        Site visit 4 Dec 11am – landed house at 17 Jalan Chempaka Kuning, owner Dr Venkat Raman wants 2 mature rambutan trees removed; his wife said he is on blood thinners so he won't be doing any digging himself.
        Card payment for landscape deposit: VISA 4556 3328 9418 6573 exp 09/27, cardholder JOANNE LIM P L, amount $800.00
        Pls transfer the plot fee refund to my POSB savings 188-61234-7, name Nur Hidayah binte Ismail, thanks!
        Volunteer register: Jeremy Chua Jun Hao, 15, Sec 3 at Bedok Green Secondary, CIP hours so far 12, parent contact 8845-6120
        Accident report: at 9.40am Mr Ramasamy s/o Krishnan (plot 31) slipped near the compost bay and injured his left wrist; taken to Changi General Hospital A&E by his son.
        Plot 12 is being reassigned because Mdm Lee Ah Moi has moved into a nursing home after her stroke; her daughter will collect the pots on Sunday.
        Car SKQ 8123 G has been parked across the garden service gate three Saturdays in a row — belongs to the guy from plot 5, Alvin Teo. Pls ask him to move it.
        From: priya.s.menon@hotmail.com / Subject: pest on my plot / Hi, my curry leaf on plot 44 is covered in scale insects, can someone from the committee take a look this weekend? – Priya
        Invoice to: MR LIONEL FERNANDEZ, 6 Lorong Marzuki, Singapore 416741 | Landscape works: turfing 45 m² Philippine grass | Amount due $1,215.00 | Due 31/12
        Add me on Telegram @hortfan_wenjie if you want my extra pandan and laksa leaf cuttings, I'm Tay Wen Jie from plot 17
        FIN G5410387K, DELA CRUZ MARICEL, domestic helper, authorised to collect harvest from plot 8 on behalf of her employers Mr & Mrs Yeo.
        Work permit holder Mohammad Rubel (FIN F2876014X) from the hedge crew was stung by hornets at 10am; given antihistamine, sent to the clinic, MC 2 days.
        Staff roster note: Kumar s/o Pandiyan on medical leave 2–4 Dec (dengue), Ah Seng covering the Sembawang site.
        Hi Uncle Jimmy Goh, your 3 orchid pots are ready for collection, balance $45. We'll call you at 9452 7716 before we close.
        Lost property: a brown wallet with IC S6912304Z (LIM CHWEE HONG) was found at the washing point; owner to collect from the RC office.
        Arrears list: Plot 3 – Benjamin Ho $114 (2 yrs unpaid); Plot 19 – Nasrah binte Yusof $57; Plot 27 – Chandran s/o Muthu $57. Final reminders going out this week.
        Bank in the maintenance deposit to DBS 027-904512-3 (acct name Ng Boon Keat) — he does freelance garden maintenance, it's his personal account.
        Booking confirmed: home garden consultation for Ms Charmaine Yeo, Blk 287C Compassvale Crescent #11-62, Sat 7 Dec 10am, balcony planter design, fee $80 paid.
        Hello, Marcus Teo here (marcus.teo.gardens@gmail.com). I keep a rooftop veggie patch and my downstairs neighbour complains about drips — can you recommend self-watering planters?
        Resident feedback: Mr Abdul Rahman bin Osman says the new plot holders from the church group are rowdy after 9pm. He asked that his name not be shared with them.
        Our unofficial garden lead is Auntie Jenny Wong, 72, widowed, comes every morning at 6.30am — but please don't give out her HP 8163 2049 without asking her.
        Renewal approved | YEO SHU FEN | T0159823B | Plot 2 | Term 01/01/2025–31/12/2027 | Fee paid $171
    """),
    "ms": _lines("""
        Borang permohonan plot: Nama: NURUL AISYAH BINTI ABDULLAH | No. K/P: 920807-07-6148 | Tel: 019-332 8017 | Alamat: No. 14, Jalan SS 2/57, 47300 Petaling Jaya
        Aduan: En. Zulkifli bin Hashim dari plot 7 selalu ambil air dari paip plot orang lain tanpa izin. Sudah ditegur dua kali oleh AJK.
        Penghantaran pesanan MY-240991 kepada Puan Rosnah, 12A Lorong Kenari 3, Taman Perling, 81200 Johor Bahru. Tel 012-718 4432. Sila telefon sebelum sampai.
        Sila bank-in bayaran anak pokok ke akaun Maybank 1142 3308 7716 atas nama Mohd Hafiz bin Kamarudin, dan hantar resit ke WhatsApp saya 017-640 3395.
        Pak Cik Ismail bin Daud dari plot 15 dimasukkan ke Hospital Tengku Ampuan Rahimah semalam kerana sakit jantung; AJK akan siram plot beliau minggu ini.
        Senarai ahli yang belum bayar yuran: 1) Siti Mariam binti Ahmad – RM60; 2) Lim Kok Wah – RM60; 3) Devi a/p Ramachandran – RM120 (2 tahun).
        Pemandu lori nurseri, Encik Azman bin Yusof (K/P 780122-01-5091), lesen memandu sah hingga 2027, bawa lori JRS 4417 setiap Isnin.
        Terima kasih Kak Noraini (noraini.gardens78@yahoo.com) kerana menderma 50 pasu tanah liat kepada kebun komuniti kita!
    """),
    "zh-Hans": _lines("""
        地块申请：姓名 陈美玲，身份证 S8027415G，手机 9770 2318，住址 Blk 560 Ang Mo Kio Ave 3 #09-2211，希望分配靠近水龙头的地块。
        投诉：18号地块的林志强每天晚上十点后还在敲打竹架，吵到楼上住户，已经有三户人家反映。
        送货单：收货人 黄丽华女士，电话 8790 1135，地址 Blk 283 Bukit Batok East Ave 3 #04-156，苗木：九里香绿篱 30 株，请下午送。
        王秀英阿姨上个月摔伤了腰，这几个月不能来种菜，她女儿问能不能先帮她保留地块到明年三月。
        园艺工人登记：刘建华，中国籍，居民身份证 350582198907143025，国内手机 138 5921 4473，工作准证 FIN G7728316T。
        志愿者名单：周子轩（华侨中学中二）、李欣怡（南洋女中中三），周六上午负责堆肥区。
        转账请到 OCBC 601-238745-001，户名 Tan Hui Min，这是付给她私人园艺课的学费，不是公司账户。
        微信号 ah_hua_garden88，我是做盆景的郑阿华，住在裕廊西，有兴趣交流可以加我。
    """),
    "mixed": _lines("""
        eh @mei.plants is Mei Ling from plot 6 right? she posted our garden photos on IG without asking, can someone tell her take down
        anyone going Sungai Buloh nursery sat? I drive, can tumpang 2 ppl. Whatsapp me, Faiz 011-2345 8861
        uncle ravichandran from plot 40 never come today, his daughter say he admitted to NUH since thurs, kidney problem. we take turns water his plot ok?
        收到 payment liao, thanks Mdm Koh Geok Hoon, 你的 3 pots 兰花 we deliver 明天 to Blk 103 Towner Rd #07-205 ok?
        Kak Ros nombor baru dia 016-905 2274, old number dah tak guna. Dia yang jaga plot herba tu.
        jus fyi the guy who cut our fence is Darren Lim Wei Jie, plot 22, I saw him with my own eyes at 11pm. already report to RC and police
        plot fee can PayNow to me (treasurer Serene Ang) 9265 0741, pls put plot no in the reference
        Aunty Saroja a/p Maniam pls don't put her in the roster next month, she balik Ipoh for her husband's funeral
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the helpdesk assistant for a community garden allotment scheme."),
        ("user", "Hi, I want to renew my plot before it lapses. Plot 14, name Chia Poh Geok."),
        (
            "assistant",
            "Sure, I can help with the renewal. To verify, could you give the NRIC/FIN registered with the plot and a contact number?",
        ),
        (
            "user",
            "NRIC S9051662J, hp 9318 5502. Also want to add my grandson Bryan Chia as second caretaker, my knees not so good now.",
        ),
    ],
    [
        (
            "user",
            "I want to lodge a complaint about the holder of plot 22 at our community garden.",
        ),
        (
            "assistant",
            "I'm sorry to hear that. Please describe what happened and when, and attach any photos you have.",
        ),
        (
            "user",
            "Her name is Sharon Tay. She keeps cutting my sweet potato vines that cross into her plot and throwing them into the drain. Three times this month.",
        ),
        (
            "assistant",
            "Thank you. I'll log this for the garden committee with the dates and photos; they will speak with both plot holders.",
        ),
    ],
    [
        ("user", "Can your team come and look at my garden? The lawn has big brown patches."),
        (
            "assistant",
            "Yes, we do site visits on weekdays and Saturday mornings. May I have the address, a contact name and number?",
        ),
        ("user", "Kenneth Lau, 41 Sunrise Drive, Singapore 806591, mobile 8736 1429."),
        (
            "assistant",
            "Noted, Mr Lau. Our surveyor can come on Thursday 12 Dec at 10am. Will someone be home to open the gate?",
        ),
        ("user", "My helper Rosalie will be there, I'll be at the office."),
    ],
    [
        (
            "user",
            "What are these small reddish ants in my raised beds? They bite really painfully.",
        ),
        (
            "assistant",
            "They sound like tropical fire ants. Avoid disturbing the mound by hand; boiling water or an approved bait around the nest works better than spraying.",
        ),
        (
            "user",
            "My daughter Chloe Sim, 7, got bitten on both legs yesterday at the Punggol garden and now has blisters. The polyclinic gave her antihistamines. Should I be worried?",
        ),
        (
            "assistant",
            "Small pus-filled blisters are common after fire ant stings. Keep them clean and don't pop them; see a doctor again if swelling spreads or she has any trouble breathing.",
        ),
    ],
    [
        ("system", "Anda pembantu maya persatuan kebun komuniti."),
        (
            "user",
            "Saya nak daftar plot baru. Nama saya Mohd Khairul Anwar bin Zainal, IC 850314-10-5523.",
        ),
        (
            "assistant",
            "Terima kasih, Encik Khairul. Boleh berikan nombor telefon dan alamat rumah untuk rekod?",
        ),
        (
            "user",
            "Tel +6013-472 9158, alamat No. 8, Jalan Desa 2/4, Taman Desa, 58100 Kuala Lumpur. Saya OKU kaki, boleh bagi plot dekat pintu masuk?",
        ),
    ],
    [
        ("user", "你好，我想订两盆金桔，过年前送到家。"),
        ("assistant", "好的，金桔每盆 $38，腊月二十前可以送达。请提供收货人姓名、电话和地址。"),
        (
            "user",
            "收货人 许文杰，电话 8219 6403，地址 Blk 201C Tampines St 21 #12-34，白天家里有老人在。",
        ),
        ("assistant", "收到，许先生。我们会在送货前一小时打电话通知。"),
    ],
    [
        ("user", "I want to pay the deposit for the garden makeover quote Q-2411-0412 by card."),
        (
            "assistant",
            "You can pay through the secure payment link we email you. Please don't type card numbers into this chat.",
        ),
        (
            "user",
            "Too troublesome, just use this: 5203 9727 5461 3150, 08/26, name on card CHRISTOPHER NG.",
        ),
        (
            "assistant",
            "For your security I can't process card details sent in chat. I've asked the team to resend the payment link to the email on your quote.",
        ),
    ],
    [
        ("user", "Hi, I'm signing up for the Saturday gotong-royong."),
        (
            "assistant",
            "Great, thank you! Could I have your name, and is there any task you prefer or need to avoid?",
        ),
        (
            "user",
            "Farah Nadia binte Rosli, 28. Anything except compost turning pls, I have asthma and the dust triggers it. Can put me on watering with my sister Aqilah.",
        ),
        ("assistant", "Done, Farah. You and Aqilah are on the watering team from 7.30am."),
    ],
    [
        ("user", "Is there a plant swap group for the Bishan area?"),
        (
            "assistant",
            "Several community gardens run swap tables on their open days, and you could also start a neighbourhood group yourself.",
        ),
        (
            "user",
            "ok I'll start one. I'm Eunice Tham, telegram @eunice_tham_plants, email eunicetham.sg@gmail.com. Can you draft a short intro post for me?",
        ),
        (
            "assistant",
            "Sure: Hi neighbours! I'm Eunice and I'm starting a Bishan plant swap. Message @eunice_tham_plants on Telegram to join.",
        ),
    ],
    [
        ("user", "eh how to complain about car blocking the nursery loading bay ah"),
        (
            "assistant",
            "If it's private land, inform the estate management; on a public road you can report it through the OneService app.",
        ),
        (
            "user",
            "the car is SJX 2906 D, owner is that landscaper fella Gary Sim from unit 3, every morning 7am park there then go drink kopi. today my lorry cannot unload",
        ),
    ],
]
