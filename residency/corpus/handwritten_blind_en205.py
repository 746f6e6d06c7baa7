# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en205: SG/MY specialty coffee roasters and cafe chains. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en205
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "wholesale_accounts"): _lines("""
        Wholesale price list Q1 2027: House Blend "Kampong Glam" S$38/kg, Ethiopia Guji Natural S$52/kg, Sumatra Mandheling S$44/kg | MOQ 5kg per SKU | free delivery above S$300 within mainland Singapore.
        From 1 Jan 2027 our invoices move from INV-2611-0457 style numbering to INV-27-000001; please update your AP system so payment references still match.
        Delivery schedule: East (Tampines, Pasir Ris, Changi Business Park) Tue/Fri; West (Jurong, Clementi, Boon Lay) Mon/Thu; CBD daily except Sunday. Cut-off for next-day delivery is 2pm.
        Credit terms for new wholesale accounts are COD for the first three orders, then 30 days net subject to review by our finance team.
        Account WS-MY-00318 | status: ON HOLD | reason: 2 invoices overdue > 60 days (INV-MY-2609-0112, INV-MY-2610-0087) | outstanding RM 4,316.50 | release requires finance approval.
        For your vendor form: Harbourline Roastery Pte. Ltd., UEN 201817364K, 18 Kaki Bukit Road 3 #04-12, Singapore 415978, accounts@harbourlineroastery.com.sg, tel +65 6743 2190.
        Selasih Coffee Roasters Sdn. Bhd. (Registration No. 202101034517 (1423517-X)), Lot 12, Jalan Pengapit 15/19, Seksyen 15, 40200 Shah Alam, Selangor. Tel: 03-5511 8920.
        Equipment loan: accounts buying 20kg/month or more may borrow one La Marzocco Linea PB 2-group (asset tag LM-PB2-19-04471); the machine remains the roaster's property and is serviced by us every 6 months.
        PO-88213 received from the hotel group: 40kg Harbour Espresso, 10kg Decaf Colombia (sugarcane EA), deliver to loading bay B2, receiving hours 9am-4pm, quote PO number on the DO.
        Green coffee contract GC-2026-041: 18 bags x 60kg Brazil Cerrado Mineiro NY 2/3 17/18 SSFC, FOB Santos, shipment Feb 2027, fixed at 312 c/lb.
        Quote QT-MY-27-0019 valid 14 days: Liberica Johor Peak (natural) RM 95/kg, min 3kg; price excludes delivery outside the Klang Valley.
        Tan Tock Seng Hospital staff cafe deliveries go to the Level 1 loading bay before 10am; the Jalan Tun Razak outlet receives its beans on Wednesdays only.
    """),
    ("en", "roster_hr_policy"): _lines("""
        Roster for week 49 is out on the HR app; swaps must be requested at least 48 hours before the shift and approved by the outlet manager.
        Opening shift 6:45am-3:15pm includes grinder dial-in, milk fridge temp check (must read 4°C or below) and logging the first espresso recipe of the day.
        Closing checklist: backflush groups with Cafiza, soak portafilters, empty knock box, purge and wipe steam wands, record till variance; any variance above S$10 goes to the area manager.
        Medical leave: upload your MC in the HR app within 48 hours; MCs from any registered clinic or telemedicine provider are accepted, and you do not need to state your diagnosis to your outlet manager.
        Part-time rates from 1 Jan 2027: S$11.50/hr weekdays, S$13.00/hr weekends and public holidays; shift allowance S$2/hr for shifts starting before 7am.
        Under the Employment Act, staff who work on a public holiday get an extra day's pay or a day off in lieu; indicate your preference in the roster app.
        Malaysia outlets: the RM1,700 minimum wage applies to all full-time baristas; overtime is paid at 1.5x the hourly rate and rest-day work at 2x.
        Roster template: Outlet ______ | Week __ | Name | Role (Lead / Barista / Kitchen) | Mon-Sun start/end | Break | Manager signature ______
        Incident SOP: for any burn or cut, give first aid, record time and cause on form HS-03 and inform the duty manager within 1 hour; do not post photos of injuries in group chats.
        Uniform policy: black apron provided; covered non-slip shoes behind the bar; long hair tied back; no nail polish when handling food.
        Headcount summary Nov 2026: 14 outlets, 126 staff (81 full-time, 45 part-time), monthly turnover 3.1%, average tenure 19 months.
        Barista grading: Level 1 (milk and espresso basics), Level 2 (latte art, dial-in), Level 3 (training others, brew bar); assessments every second Wednesday at the Kaki Bukit lab.
    """),
    ("en", "loyalty_app_support"): _lines("""
        FAQ: Why haven't my Beans Club points appeared? Points are credited within 24 hours; if not, send the receipt number (e.g. R-0412-2611-00873) via Help > Missing Points.
        Macro: Hi {customer_first_name}, thanks for reaching out! We've added {points} points to your account as a goodwill gesture. Ticket {ticket_id} is now closed.
        Ticket #CS-558210 status changed from Pending to Resolved by agent group MY-Support after app update to v4.12.3.
        Known issue: Android 15 users on app 4.12.1 cannot scan the counter QR; workaround is to show the member barcode under Profile > My Card. Fixed in 4.12.2.
        Promo code BREW2027 gives 15% off subscriptions for the first three months; not stackable with staff discount or the birthday voucher.
        You can pause a subscription for up to 8 weeks under Account > Subscriptions > Pause; deliveries resume on the next roast day (Tuesday or Friday).
        Refund policy: beans are roasted to order, so opened bags cannot be returned; if a bag arrives damaged, send a photo within 3 days with your order number and we will reship.
        Order SUB-SG-2026-118043 shipped via Ninja Van, tracking NVSGHRB0009184722, estimated delivery 12 Dec.
        To delete your account and loyalty history go to Settings > Privacy > Delete Account; requests are completed within 30 days in line with the PDPA.
        Tier thresholds: Green 0-499 pts, Gold 500-1,999 pts, Black 2,000+ pts; tiers are reviewed every 1 January and 1 July.
        Support hours Mon-Fri 9am-6pm SGT: hotline 6743 2191 or in-app chat; Malaysia members call 1-300-88-2675.
        Error E-PAY-402 means the issuer declined the recurring charge; ask the member to update the card under Wallet. We never ask for full card numbers in chat.
        Internal note template: Customer verified via OTP [ ] / Last 4 of card: ____ / Points adjusted: ____ / Reason code: MP-01 (missing points)
        Privacy notice: we collect your name, mobile number and purchase history to run Beans Club and never sell it; questions go to our Data Protection Officer at dpo@harbourlineroastery.com.sg.
    """),
    ("en", "customer_reviews"): _lines("""
        ★★★★☆ Solid flat white, silky milk, beans from their own roastery. Seating is tight at lunch so expect to share tables. Paid S$6.80.
        ★★☆☆☆ Waited 25 minutes for two iced lattes on a Saturday morning, staff looked overwhelmed. Coffee itself fine but not worth the wait.
        Best kopi-inspired latte in Bangsar, the gula melaka cold brew is dangerously good. Parking is a nightmare though, just take the LRT.
        Ordered the Ethiopia Guji pour over: peach, jasmine, served at the right temperature. The barista explained the process without being pretentious.
        ★☆☆☆☆ Found a hair in my croissant. Counter replaced it but no apology. Management please look into hygiene at this branch.
        Owner's reply: Thank you for the feedback and sorry about your visit. We have retrained the pastry team at this outlet and would love to make it up to you, please email hello@harbourlineroastery.com.sg.
        Dog-friendly outdoor seating with water bowls. Wifi password is on the receipt. Power points only at the bar counter.
        Q3 review summary: 4.4 average across 2,318 Google reviews; top complaint themes wait time (31%), seating (22%), price (18%).
        Came because of the TikTok hype, honestly overpriced. S$9 for a dirty with oat? Thanks but I'll stick to kopi-o at the kopitiam downstairs.
        The new Tiong Bahru outlet has a proper brew bar and their beans are 20% off on Wednesdays. Highly recommend the Kenya AA.
        Johor Liberica tasted jackfruit-y and smoky, interesting but divisive. Nice that a local roaster is buying from Malaysian farms.
    """),
    ("en", "coffee_notes_news"): _lines("""
        Liberica (Coffea liberica) makes up most of Malaysia's coffee harvest, much of it grown in Johor on peat soil.
        James Hoffmann, the 2007 World Barista Champion, popularised his "ultimate French press" method on his YouTube channel.
        Brew recipe: 15g coffee, 250g water at 93°C, bloom 45s with 40g, total time 2:45-3:00 on a V60 02.
        Ipoh is famous for white coffee, where beans are roasted with margarine and the drink is served with condensed milk.
        Kopi cheat sheet: kopi = condensed milk, kopi-o = black with sugar, kopi-c = evaporated milk and sugar, kosong = no sugar, peng = iced, siew dai = less sweet.
        Howard Schultz handed the Starbucks CEO role to Laxman Narasimhan in March 2023 after his third stint leading the company.
        Store green coffee at 60-70% relative humidity; in Singapore's climate GrainPro bags inside an air-conditioned room are standard.
        SCA cupping protocol: 8.25g per 150ml, water at 93°C, break the crust at 4 minutes, evaluate as the cup cools from 70°C.
        Hainanese immigrants who ran early kopitiams roasted beans with sugar and butter, a style traditional roasters in Singapore still use.
        Roast profile "Guji Natural v3" on the Giesen W15A: charge 205°C, turning point 1:35, yellowing 4:40, first crack 8:05 at 196°C, drop 9:40 at 205°C, DTR 16%.
        Arabica coffee originated in the Ethiopian highlands and spread through Yemen, where the port of Mocha gave its name to a style of coffee.
    """),
    ("ms", "notis_dan_iklan"): _lines("""
        Makluman: Cawangan Bangsar South ditutup pada 1 Januari 2027 sempena Tahun Baru dan dibuka semula pada 2 Januari jam 8 pagi.
        Jawatan kosong: Barista sepenuh masa di cawangan Shah Alam, gaji RM2,200-RM2,800 + elaun, pengalaman 1 tahun diutamakan. Hantar resume ke kerjaya@selasihcoffee.com.my.
        Promosi Hari Merdeka: beli 2 beg biji kopi 250g, percuma 1 kotak drip bag Liberika Johor. Sah sehingga 31 Ogos.
        Prosedur aduan pelanggan: catat nombor resit, tarikh dan masa; jangan minta nombor kad pengenalan pelanggan; eskalasi kepada pengurus kawasan dalam masa 24 jam.
        Borang permohonan akaun borong: Nama syarikat ______ | No. SSM ______ | Alamat penghantaran ______ | Nama pegawai untuk dihubungi ______ | No. telefon ______
        Kopi kami dibancuh daripada biji Arabika dan Liberika yang dipanggang setiap Selasa dan Jumaat di kilang kami di Seksyen 15, Shah Alam.
        Semua produk kami telah mendapat sijil halal JAKIM; salinan sijil dipamerkan di kaunter setiap cawangan.
        Waktu operasi bulan Ramadan: 11 pagi hingga 11 malam; menu moreh tersedia selepas waktu berbuka.
        Latihan barista tahap 1 diadakan pada 14 dan 15 Januari di pusat latihan Petaling Jaya. Sila daftar melalui aplikasi HR sebelum 10 Januari.
        Pesanan #MY-2611-20947 sedang dihantar oleh Pos Laju, nombor penjejakan ER192837465MY, anggaran tiba 2-3 hari bekerja.
        Peringatan kepada semua staf: tip pelanggan dikongsi sama rata mengikut jam kerja dan dibayar bersama gaji bulanan.
        Talian khidmat pelanggan: 1-300-88-2675 (Isnin-Jumaat, 9 pagi-6 petang) atau emel bantuan@selasihcoffee.com.my.
    """),
    ("zh-Hans", "门店通知"): _lines("""
        各位顾客：本店将于12月24日提前至下午6点打烊，圣诞节当天照常营业。
        新品上市：班兰拿铁（Pandan Latte）中杯 S$6.50，大杯 S$7.50，换燕麦奶加 S$0.80。
        批发客户请注意：2027年1月起咖啡豆批发价上调约5%，新价目表已发送至各公司采购邮箱。
        会员积分规则：每消费 S$1 累积 1 分，500 分可兑换任意饮品一杯，积分有效期 12 个月。
        咖啡师请于每周四前在排班系统提交下周可上班时间，换班需经店长批准。
        烘焙记录：埃塞俄比亚古吉日晒，入豆温度 205°C，一爆 8 分 05 秒，出豆 9 分 40 秒。
        订单号 SG-2611-073342 已发货，物流单号 SF1402938475621，请留意查收。
        招聘：全职咖啡师，需会基本拉花，月薪 S$2,300 起，简历请投至 hr@harbourlineroastery.com.sg。
        食品安全提醒：鲜奶开封后须在 48 小时内用完，冰箱温度每 4 小时记录一次。
        马来西亚柔佛出产的利比里卡咖啡豆风味独特，带有菠萝蜜和烟熏香气。
        客服热线：6743 2191（周一至周五 9:00-18:00），或通过 App 内"在线客服"联系我们。
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Guys the EK43 at Bugis outlet grinding coarse already, pls don't adjust anymore, supplier tech coming tmr 10am.
        Milk delivery late again today, the truck stuck on PIE. Use the backup oat first ok.
        Who can cover Sat 7am opening at Tanjong Pagar? Reply in the roster app, not here pls 🙏
        Reminder ah, CNY week roster lock on Friday. After that cannot swap liao.
        Boss say new seasonal menu launch 15 Jan, tasting at lab 3pm Wed, all shift leads must come.
        Wah today Shah Alam outlet sold out croissant by 11am, tmr order 20 more from central kitchen can?
        Aircon at Bangsar leaking on the bar side, I logged ticket FM-2611-118 with the landlord, dun put the grinder there for now.
        Cold brew batch CB-1207 taste a bit sour leh, maybe extraction too short. Discard or not?
        Eh the new POS update v2.8 cannot print kitchen chit for oat milk modifier, IT say patch tonight.
        各位 tomorrow got NEA inspection at Funan outlet, pls clean the ice machine and label all containers with date 谢谢
        Siapa ambil kunci stor Kaki Bukit semalam? Pagi ni tak boleh buka, please return to the front desk ya.
        FYI central kitchen closed on Hari Raya Haji, plan your pastry order one day earlier.
    """),
    ("en", "app_config_logs"): _lines("""
        loyalty.points_per_dollar: 1 / loyalty.tier_thresholds: {green: 0, gold: 500, black: 2000} / loyalty.expiry_months: 12
        2026-12-05T08:14:22+08:00 INFO order-svc order_id=SUB-SG-2026-118044 status=ROASTED batch=2611-ETH-GUJI-07 weight_g=250
        2026-12-05T08:14:25+08:00 WARN payment-svc charge_id=ch_3QxL9v2eZvKYlo2C1a9fT0bB retry=2 reason=issuer_declined
        def points_for(amount_sgd: float) -> int: return int(amount_sgd // 1)
        SELECT outlet_code, COUNT(*) AS orders, SUM(total_sgd) FROM orders WHERE created_at >= '2026-11-01' GROUP BY outlet_code;
        roaster.profile.guji_natural_v3.sha256 = 9f2c4e1a7b3d8e05c6a1f4b29d7e3c8a0b5f1e6d2c9a7b4e3f0d8c1a6b5e2f47
        outlets.csv: outlet_code,name,address,postcode,phone,hours / TPG01,Tanjong Pagar,71 Tanjong Pagar Road,088493,6743 2201,07:00-18:00
        ERROR sms-gateway template=LOYALTY_OTP missing variable {otp_code}; 0 messages sent
        Feature flag subscription_pause_v2 enabled for 25% of MY users from build 4.13.0-rc2.
        2026-12-05T09:02:11+08:00 INFO pos-sync outlet=BGS02 receipts=412 total_myr=9,842.30 last_receipt=R-BGS02-2612-00412
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        WHOLESALE ACCOUNT APPLICATION | Business: Bukit Brew Cafe LLP | Owner/Director: TAN WEI JIE | NRIC: S8834512F | Mobile: 9176 4038 | Credit terms requested: 30 days | Signed 02/12/2026
        MC submitted: Nurul Huda binti Rahmat, barista at Funan outlet, 3 days medical leave 4-6 Dec for dengue fever (Raffles Medical Bukit Batok), please cover her shifts.
        Subscription SUB-SG-2026-118047 | Ship to: Priya d/o Ramasamy, Blk 512 Serangoon North Ave 4 #08-217, Singapore 550512 | +65 8231 5574 | 2 x 250g Harbour Espresso, whole bean, fortnightly
        Ticket CS-558377: member kelvin.ong88@gmail.com says points for receipt R-0412-2611-00921 are missing; phone on file 9638 2210; Gold tier, 1,240 pts.
        ★☆☆☆☆ The barista Marcus Lim at the Holland Village outlet rolled his eyes and threw my change on the counter on Sunday 3pm. I'm a regular and he knows me, never coming back.
        HS-03 #2611-07 | Staff: MUHAMMAD IRFAN BIN ZAINAL (IC 950611-07-5231) | Bangsar outlet | 2nd degree burn right forearm from steam wand, 8:40am | first aid given, sent to clinic, MC 2 days
        Hi HR, please credit my salary from December to my new POSB savings account 188-41235-7 instead of OCBC. Thanks, Siti Rahayu (barista, Tanjong Pagar)
        Hi, Jason Yeo from Kopi Daun here, I'll collect our 5kg order at the Kaki Bukit loading bay around 4pm myself, look out for my white Honda Vezel SLM715K.
        Chargeback: cardholder LIM SHU FEN disputes S$86.40 charged to card 4556 3214 7475 6442 for SUB-SG-2026-117915; she says she cancelled on 2 Nov.
        Work pass list | DELA CRUZ, MARIA ANGELICA | FIN G5518342U | PH passport P4827193B | S Pass exp 18/07/2027 | barista, Jewel outlet
        Congrats @meixin.eats.sg, you've won 3 months of free beans in our December giveaway! DM us your address and mobile by Friday.
        Dear Mr Ravi s/o Subramaniam, Shift Lead, Raffles Place kiosk: this is a first written warning for till shortages of S$120 on 14 Nov and S$75 on 22 Nov.
        Profile note for Nur Aisyah binti Kamaruddin (Black tier): severe tree nut allergy, NO almond milk, NO hazelnut syrup, please double-check every order.
        Do not serve: Daniel Koh Jun Hao, verbally abused two baristas at Funan on 28 Nov, police report made; his photo is in the outlet managers' drive.
        Roster wk 50 Tanjong Pagar: Mon open Aaron Teo / mid Farah Nadiah / close Kumar a/l Muthu (light duty only, recovering from knee surgery, no lifting)
        Application: CHLOE LEE XIN YI | DOB 14/03/2002 | NRIC T0245178B | HP 8762 1195 | chloelxy02@hotmail.com | weekends only, studying at Temasek Poly
        Please cancel my subscription, I was retrenched last month and can't afford it right now. Ahmad Faizal bin Rosli, ahmadfaizal.r@yahoo.com
        Lost & found, Bugis, 2 Dec: black wallet with NRIC of WONG KAR MENG (S7719305G), one DBS card and S$40 cash, kept in the manager's safe until he collects.
        Courier note: deliver to Mdm Lee Siew Ling, 23 Jalan SS 2/64, 47300 Petaling Jaya, call 012-518 7730 before arriving, guardhouse needs her name.
        Refund RM 78.00 for order MY-2611-20955 (damaged bag) to Maybank 5642 0318 7724, account name SHARIFAH NORAINI BT SYED HASSAN.
        Tampines outlet, 3 Dec 21:40: barista Goh Jia Hui reported a male customer followed her to the MRT after closing; police report filed, she asked not to be rostered to close alone.
        Roster note: Nadia Rahim is 28 weeks pregnant, no closing shifts and no lifting milk crates until her maternity leave starts on 9 Feb.
        Member 100284733, Mr Chandran Pillay, new mobile +65 9012 4478, asks to merge his old account on 9234 6671 into the new one; verified via OTP.
        Reply to Jolene Tan: Hi Jolene, we checked the CCTV at Holland Village and you left without paying for the second drink on 30 Nov, so we cannot refund the first one.
        Invoice to be addressed to Dr Benjamin Chua personally, 8 Leedon Heights #12-04, Singapore 266210, he is paying with his own card for his clinic's coffee.
        Kopi Corner Ipoh | contact: Loh Chee Keong (owner) | 016-773 2841 | lohck.kopicorner@gmail.com | COD only, paid late 3 times this year
        Milk supplier rep is Haziq Amran, telegram @haziq_dairyguy, text him directly if the Thursday drop is late.
        I, Anand Krishnan a/l Raman (IC 870102-08-5319), request a salary advance of RM800 for my father's bills at Hospital Raja Permaisuri Bainun, to be repaid over 4 months.
        From: grace.fernandez.sg@gmail.com | Subject: charged twice at Jurong Point | I was charged twice for order JP-4471, please refund to my Visa ending 7384. Grace Fernandez, 9845 1207
        Exit interview: Lim Zhi Hao, barista 2 yrs at Bugis, leaving for NS enlistment on 12 Jan 2027, eligible for rehire, last day 31 Dec.
        S Pass application: ZHANG YUTING, PRC passport E48291736, resident ID 350203199503223881, role Head Roaster, monthly salary S$4,800.
        Birthday voucher resend: Sarah binte Abdullah, DOB 07/09/1994, sarah.abdullah94@outlook.com, voucher BDAY-94831 expired before she could use it.
    """),
    "ms": _lines("""
        Borang permohonan kerja | Nama: MOHD HAFIZ BIN ISMAIL | No. KP: 920314-14-5523 | Tel: 017-382 9146 | Alamat: No. 12, Jalan Melor 3, Taman Melor, 43000 Kajang, Selangor | Jawatan: Barista separuh masa
        Cuti sakit: Siti Nor Azlina binti Abdullah (barista, cawangan Shah Alam) MC 2 hari 8-9 Dis kerana keracunan makanan, sila susun semula jadual syif.
        Aduan: Encik Zulkifli bin Osman (011-2635 8094) kata kopi ais GrabFood tumpah, pulangan RM18.90 ke akaun CIMB 7063441829 atas nama beliau.
        Surat amaran pertama kepada Saudara Aiman bin Rosli, barista cawangan Bangsar, kerana lewat hadir kerja sebanyak 6 kali pada bulan November.
        Langganan bulanan: Puan Norhayati binti Yusof, No. 8, Lorong Bunga Raya 2, Taman Sri Rampai, 53300 Kuala Lumpur, 019-774 6213, 1kg Liberika Johor.
        Senarai gaji Bangsar Dis: Faris bin Hamdan, Maybank 1640 2258 9931, RM2,450 / Lim Mei Kuan, Public Bank 3182047306, RM2,380
        Pemenang cabutan bertuah Merdeka: Encik Tan Kok Wai dari Taman Pelangi, Johor Bahru, memenangi mesin espresso; hadiah diserahkan di cawangan JB pada 5 Sept.
        Insiden: pekerja Rajesh a/l Gopal tergelincir di dapur cawangan Johor Bahru dan patah pergelangan tangan, dihantar ke Hospital Sultanah Aminah, laporan PERKESO akan difailkan.
    """),
    "zh-Hans": _lines("""
        新员工入职资料：姓名 陈嘉欣，中国身份证号 440305199708148707，新加坡手机 9127 3346，职位 烘焙助理，入职日期 2027年1月4日。
        顾客投诉：会员 黄志明（手机 8126 5530）称在 Jewel 分店被咖啡师把咖啡洒在外套上，要求赔偿干洗费 S$35。
        订阅配送：收件人 林美华，地址 Blk 405 Hougang Ave 10 #11-1032, Singapore 530405，电话 9764 2081，每月两包 250g 耶加雪菲。
        批发客户 李国强，微信号 lgq_kopi1988，负责新山两家咖啡店的采购，目前欠款 RM 2,180 未结。
        店长笔记：周家豪 最近连续三次迟到，已口头警告，下次发书面警告。
    """),
    "zh-Hant": _lines("""
        寄送資料：收件人 陳志偉，香港九龍旺角彌敦道 688 號 12 樓 B 室，電話 6128 4093，訂購 2kg 耶加雪菲，國際運費另計。
    """),
    "mixed": _lines("""
        eh Tan Wei Liang you still owe me $45 for the latte art course sia, PayNow me at 9651 3072 can
        Pls note Kak Ros (Rosnah bte Ahmad) from Bugis outlet warded at CGH since yesterday, heart problem, we collecting for her, transfer to my DBS 072-184563-2. Mei Ling
        Boss, Vikram s/o Rajan cannot come today, his wife deliver baby at KKH this morning, can I take his close shift?
        bro the customer who complain yesterday is Jeremy Ng, he keep calling from 8826 4417 every hour asking for manager, so annoying
        Hafiz Iskandar punya MC sampai Jumaat, dia accident motor kat Federal Highway semalam, kaki terseliuh, so Sat roster kena tukar.
        Auntie Helen Sim from Blk 127 Bedok North Road #03-211 ask us deliver 2 bags every Monday, she cannot walk far after her fall
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the support assistant for the Beans Club loyalty app of Harbourline Roastery.",
        ),
        ("user", "hi my points never come in for my last 3 visits, my account is under 9823 7741"),
        (
            "assistant",
            "Sorry about that! Could you share the receipt numbers and the name on the account so I can check?",
        ),
        (
            "user",
            "R-0412-2611-00931 and R-0412-2611-00958, the 3rd one I lost. Name is Wendy Goh Pei Shan",
        ),
    ],
    [
        (
            "user",
            "Help me draft a first written warning for our barista Muhammad Danial bin Roslan (IC 010422-01-5877). He was late 5 times in November and once came to work smelling of alcohol.",
        ),
        (
            "assistant",
            "Here is a draft: 'Dear Muhammad Danial bin Roslan, this letter serves as a first written warning regarding your punctuality and conduct in November...' Would you like me to add the specific dates?",
        ),
        (
            "user",
            "yes, the late dates are 3, 7, 12, 19 and 26 Nov, the alcohol one was 21 Nov at the Mid Valley outlet",
        ),
    ],
    [
        (
            "user",
            "Can you put this wholesale contact list into a table? Ah Seng Kopi - Lee Ah Seng - 9177 2054 - always pays late / Hock Lee Coffee Shop - Ong Hock Lee - 8452 6693 - wants decaf samples",
        ),
        (
            "assistant",
            "| Account | Contact | Mobile | Note | / | Ah Seng Kopi | Lee Ah Seng | 9177 2054 | always pays late | / | Hock Lee Coffee Shop | Ong Hock Lee | 8452 6693 | wants decaf samples |",
        ),
    ],
    [
        ("system", "You help customers of Selasih Coffee manage their bean subscriptions."),
        ("user", "I moved house, please send my next delivery to the new place"),
        (
            "assistant",
            "Sure! Please give me your order number, the full new address and a contact number.",
        ),
        (
            "user",
            "Order MY-SUB-0883. New address 27, Jalan Setia Murni U13/52, Setia Alam, 40170 Shah Alam. Phone 016-882 4175, name Kavitha a/p Subramaniam",
        ),
    ],
    [
        (
            "user",
            "Summarise this for our insurer: staff Lim Jun Wei, 24, cut his thumb on the grinder burrs while cleaning at the Tampines outlet on 1 Dec, 4 stitches at Changi General Hospital, MC 5 days.",
        ),
        (
            "assistant",
            "Incident summary: On 1 December, employee Lim Jun Wei (24) sustained a laceration to the thumb while cleaning grinder burrs at the Tampines outlet. He was treated at Changi General Hospital (4 stitches) and given 5 days of medical leave.",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis surat pengesahan gaji untuk pekerja kami, Nurul Izzati binti Hassan, No. KP 880927-10-6148, barista sejak Mac 2022, gaji RM2,600 sebulan. Dia nak mohon pinjaman rumah.",
        ),
        (
            "assistant",
            "Surat Pengesahan Gaji: Dengan ini disahkan bahawa Cik Nurul Izzati binti Hassan (No. KP 880927-10-6148) bekerja sebagai barista di syarikat kami sejak Mac 2022 dengan gaji bulanan RM2,600...",
        ),
        ("user", "ok tambah alamat dia, No. 5, Jalan Anggerik 2/4, Bandar Baru Bangi"),
    ],
    [
        (
            "user",
            "帮我写一条 WhatsApp 消息给顾客王丽娟，她订的两包咖啡豆因为烘焙机故障要晚三天到，她电话是 9038 7712。",
        ),
        (
            "assistant",
            "王小姐您好，非常抱歉，由于烘焙机临时故障，您订购的两包咖啡豆将延迟三天送达。我们会为您的下一单提供九折优惠，敬请谅解。",
        ),
    ],
    [
        (
            "user",
            "customer paid a catering deposit with card 5201 3664 9225 3027, name on card Alvin Phua. how do I refund it on Stripe?",
        ),
        (
            "assistant",
            "You don't need the card number for this, and it's best not to paste it anywhere. In Stripe, search the payment by amount or date, open it and click Refund.",
        ),
        ("user", "ok found it, S$250 on 28 Nov. refund full amount right?"),
    ],
    [
        (
            "user",
            "A customer, Shanti Devi a/p Krishnan, left a 1-star review saying our barista Tay Hui Min gave her oat milk even though she said she's allergic to oats, and she ended up at the clinic. Help me reply.",
        ),
        (
            "assistant",
            "Dear Ms Shanti, we are truly sorry to hear this. Allergies are serious and we have reviewed the order with the team at the outlet. Please contact us so we can cover your clinic bill.",
        ),
        ("user", "add that Hui Min has been taken off the bar until she redoes allergen training"),
    ],
    [
        (
            "user",
            "make a Sat roster for Bugis: Aaron Teo open, Farhana binti Ishak mid, Kelvin Ong close",
        ),
        (
            "assistant",
            "Sat, Bugis: 06:45-15:15 Aaron Teo (open) / 10:00-18:30 Farhana binti Ishak (mid) / 13:30-22:00 Kelvin Ong (close)",
        ),
        (
            "user",
            "swap Farhana to a short shift 10-2, she's on chemo and gets tired in the afternoon",
        ),
    ],
]
