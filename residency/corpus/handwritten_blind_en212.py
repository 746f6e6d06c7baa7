# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en212: SG/MY barbers and men's grooming shops (bookings, loyalty, queues, commissions, complaints, WhatsApp). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en212
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "booking_messages"): _lines("""
        Booking confirmed: BK-260412-0087, Skin Fade + Beard Trim, Sat 14 Nov 2026 11:30am, Sharp & Co. Tiong Bahru. Reply C to cancel.
        Reminder: your appointment {booking_id} with {barber_name} is tomorrow at {time}. Late more than 10 min = slot released.
        Your slot at Kedai Gunting Pak Mat (Jalan Tuanku Abdul Rahman branch) has been moved to 3:15pm. Ref GR-55102.
        Cancellation received for booking #A7F3-2291. Deposit of S$10 will be refunded to the original payment method within 5-7 working days.
        Walk-in queue: you are number 14. Estimated wait 35 min. Track live at q.fadeline.sg/t/8KQ2ZP
        No-show recorded for booking BKG00419283. Per policy, the next online booking will require a S$5 deposit.
        Booking summary export 01/11/2026-30/11/2026: 1,284 bookings, 212 walk-ins converted, 9.4% no-show, avg ticket S$31.60.
        Hi {first_name}! Your 10th cut is FREE 🎉 Show this message at the counter. Valid till {expiry}. T&C apply.
        Slot unavailable: Barber Chair 3 is closed for maintenance on 22 Dec. Please choose Chair 1, 2 or 4.
        Appointment ID 00087342 | Service: Hot Towel Shave (45 min) | Price: RM45.00 | Outlet: SS15 Subang | Status: CHECKED_IN 14:02
        Deposit link expired for order INV-2026-11-00931. Generate a new one from Admin > Bookings > Resend.
        Kids' cut (under 12) slots on weekdays 2pm-5pm only. Book via our hotline 6225 4410 or bookings@crewcutbarbers.sg
        Queue paused 1:00-1:45pm for staff lunch. Numbers 31-38 will be called first after we resume.
    """),
    ("en", "shop_notices"): _lines("""
        NOTICE: Prices revised from 1 Jan 2027. Gentleman's Cut S$28 -> S$32, Senior Citizen (65+) S$15 Mon-Thu only.
        We are closed on Deepavali (8 Nov) and will reopen 9 Nov at 10am. Happy Deepavali to all our customers!
        CASH / PAYNOW / GRABPAY ONLY. PayNow UEN 201934178M. No NETS for amounts below S$10.
        Please remove your cap and earpiece before sitting on the chair. Thank you for understanding.
        Staff notice: commission for senior barbers is 40% of service revenue above S$3,500/month; juniors 30%. Product sales 10% flat.
        Lost & found: one black umbrella and one pair of Ray-Ban sunglasses left at Chair 2 on Saturday. Collect at the counter.
        Our Bukit Bintang outlet has moved to Lot 2.14, Level 2, Sungei Wang Plaza, 55100 Kuala Lumpur.
        Hygiene notice: combs and clippers are disinfected with Barbicide after every customer, in line with NEA guidelines.
        Loyalty cards issued before March 2025 (the blue ones) must be exchanged for the new app stamp by 31 Dec.
        Job vacancy: Barber (experienced, min 2 yrs), basic RM2,200 + commission, EPF/SOCSO, 6 days/week. Call HR 03-7725 8810 or email careers@gentsclub.com.my
        Appointment customers will be served before walk-ins. If you miss your number when called, you go to the back of the queue.
        Feedback box at the door, or scan the QR to rate today's service 1-5. Average rating last month: 4.6 from 873 responses.
        The duty manager can only approve refunds for services under S$40. Anything more goes to HQ customer care (care@kinglybarber.sg).
    """),
    ("mixed", "whatsapp_broadcasts"): _lines("""
        Hi bosses! Raya promo this week only: cut + wash RM25 sahaja. Walk-in boleh, booking lagi cepat 👉 wa.me/60378861200
        CNY hours 新年营业时间: 初一 closed, 初二 onwards 11am-7pm. Huat ah! 🍊
        Queue very long today lah, around 1.5 hrs. Better book online, don't wait outside under the sun ok.
        Kawan-kawan, our Kepong branch aircon rosak, closed for repair until Thursday. Sorry for the inconvenience 🙏
        Got new pomade stock: Suavecito Firme Hold, Reuzel Blue, Layrite Cement. RM55-RM69 each, while stocks last.
        Father's Day combo: father + son cut S$45, free hot towel. Only at our Jurong East and Serangoon outlets.
        Reminder semua staff: roster Dec dah masuk group, check your off day, swap must inform supervisor before Friday.
        Mana-mana customer yang tertinggal jaket hitam semalam, boleh ambil kat kaunter ya.
        Friday prayer break: shop close 12:45pm-2:15pm every Jumaat. Thank you for understanding 🤲
        今天下午 3 点后 walk-in 满了, 明天请早. Appointment still got slots at 8pm.
        New Instagram page! Follow @fadestreet.kl for styles and promo, our old page kena hack already.
        Loyalty card rule update: 8 stamps = 1 free cut (was 10). Old card stamps can transfer, just bring the card.
        Tomorrow Thaipusam, our Batu Caves branch closed. Other branches open as usual, jumpa lagi!
    """),
    ("en", "pos_exports_and_logs"): _lines("""
        SKU RP-BLU-113 | Reuzel Blue Pomade 113g | qty 14 | unit S$42.00 | total S$588.00
        Z-report 2026-11-28 Outlet TPY-01: gross S$4,312.50, GST 9% S$356.08, cash S$1,020.00, PayNow S$2,105.50, card S$1,187.00, voids 2.
        Commission summary Nov 2026: 11 barbers, total service revenue RM98,430, total commission RM33,912, median per barber RM2,940.
        Invoice INV-SG-004821 | Sharp & Co. Pte Ltd (UEN 201934178M) | 12 x Wahl Magic Clip Cordless @ S$189 | due 30 Dec 2026
        Stock alert: Andis T-Outliner blades (SKU AND-04521) below reorder level - 3 left, reorder 20.
        Daily walk-in count by hour: 10am 4, 11am 9, 12pm 13, 1pm 7, 2pm 11, 3pm 15, 4pm 18, 5pm 22, 6pm 19, 7pm 12.
        Refund log: REF-00912, 2026-11-14 16:42, S$28.00, reason=service_not_completed, approved_by=outlet_manager
        Purchase order PO-MY-2026-0387 to Barber Supplies Sdn Bhd (201501023456 / 1123456-T): 50 capes, 200 neck strip rolls, 10 L Barbicide.
        Tips pooled this week: RM1,236 split equally across 8 staff = RM154.50 each.
        2026-12-05T09:14:07+08:00 INFO queue-svc v2.14.3 outlet=JE-02 ticket=W-0148 status=CALLED wait_s=1842
        booking-api build 3.8.0-rc2 sha256:9f2c41ab07de83e5c1b6f0a27d94e3318b5c7aa0e61f2d9b4c8e7f0a1d2b3c45 deployed to ap-southeast-1
        loyalty: { stamps_per_reward: 8, reward_sku: SVC-CUT-STD, expiry_days: 365, max_cards_per_phone: 1 }
        Terminal TID 70031842 settlement batch 000214 OK, 63 txns, S$2,015.40.
    """),
    ("en", "complaints_and_reviews"): _lines("""
        Ticket CS-88213: customer at Bugis outlet says fade was uneven on the left side; offered free touch-up within 7 days. Status: resolved.
        Google review summary: 4.3 stars from 1,120 reviews. Most common complaint: waiting time on Saturdays.
        Customer A complained the barber used the clipper without a guard; Customer B complained the price board was outdated. Both handled by the duty manager.
        Asked for a David Beckham undercut, walked out looking like Kim Jong-un. Two stars because the aircon was good.
        Is it normal for a RM15 cut to take only 8 minutes? Not complaining, just asking lol.
        Complaint category breakdown Nov: wait time 41, haircut quality 23, staff attitude 9, pricing 7, hygiene 2.
        Most reviews of the barbers along Jalan Tun Sambanthan in Brickfields praise the old-school shaves and the RM12 prices.
        Sweeney Todd themed Halloween night was a hit - staff in costume, and no real razors were used in the photo booth, promise!
        Complaint form template: Name: ____ Contact: ____ Outlet: ____ Date of visit: ____ Describe the issue: ____
        Reply from management: We're sorry to hear about your experience. Please DM us your booking reference so our customer care team can follow up.
        Case #2026-1187 closed: complaint about loud music, outlet lowered speaker volume after 8pm.
        A regular asked whether we can do the Lee Kuan Yew side-part; the senior barber said it's basically a classic taper with a hard part.
        Ticket TK-4410 escalated to HQ: chargeback dispute on transaction ref 6129-8831-02, amount S$64.00, awaiting acquirer response.
    """),
    ("en", "how_to_questions"): _lines("""
        How do you guys keep track of loyalty stamps without an app? Paper cards keep getting lost.
        What's a fair commission split for a chair renter in KL? 60/40 or 70/30?
        Any recommended booking system in SG that supports PayNow deposits and WhatsApp reminders?
        Do barbers in Malaysia need a licence from the local council (PBT) to operate? Asking for a shop in Seremban.
        How to fade properly with a #0.5 guard? My lines always show.
        Is a straight razor shave okay hygiene-wise if we use a new disposable blade for every customer?
        Can I claim any government grants for barber apprentices in Singapore?
        Which is better for thick Asian hair: Wahl Senior or Andis Master?
        Hi all, anyone know how to export the walk-in queue data from our queue app to Excel?
        Is it allowed to keep customers' phone numbers for marketing in Malaysia without consent? PDPA question.
        What's the best way to handle walk-ins who get angry when appointment customers skip the queue?
        Thinking of opening a barbershop in JB, rent around RM3,500 for 1,200 sq ft at Mount Austin. Reasonable?
        How long should a beard oil last? 30 ml bottle, using 3 drops daily.
    """),
    ("ms", "notis_dan_mesej"): _lines("""
        Kedai tutup pada Hari Raya Aidilfitri pertama dan kedua. Dibuka semula hari ketiga jam 10 pagi.
        Harga baru bermula 1 Januari: Potongan dewasa RM18, kanak-kanak RM12, warga emas RM10.
        Sila ambil nombor giliran di kaunter. Pelanggan yang tempah online akan didahulukan.
        Tempahan anda #TP-20931 telah disahkan untuk Sabtu, 12 Disember, jam 4.30 petang.
        Jawatan kosong: Tukang gunting rambut berpengalaman. Gaji asas RM1,800 + komisen. Hubungi pejabat 07-355 2190.
        Kad kesetiaan: setiap 10 kali gunting, percuma 1 kali. Kad hilang tidak boleh diganti.
        Bayaran melalui DuitNow QR sahaja untuk sementara waktu kerana mesin kad rosak.
        Staf diingatkan untuk membersihkan kerusi dan sikat selepas setiap pelanggan.
        Komisen bulan November akan dibayar bersama gaji pada 7 Disember. Slip gaji boleh dimuat turun dari aplikasi.
        Maaf, slot tempahan untuk hari Ahad sudah penuh. Sila cuba hari Isnin atau datang sebagai walk-in.
        Aduan pelanggan boleh dihantar ke aduan@kedaiguntingmaju.com.my atau melalui borang di laman web kami.
        Statistik minggu lepas: 342 pelanggan, 58 tempahan online, 12 tidak hadir.
        Gaya rambut ala P. Ramlee kembali popular! Tanya tukang gunting kami tentang potongan klasik ini.
    """),
    ("zh-Hans", "门店通知与导出"): _lines("""
        本店周一至周五 10:00-20:00 营业,周末 9:00-21:00。公共假期照常营业。
        会员卡满 10 次送 1 次剪发,卡号以 GC 开头,遗失不补。
        预约编号 YY20261204-0312 已确认:男士理发 + 修胡子,12 月 4 日 下午 2:30。
        11 月理发师提成统计:共 9 位理发师,总提成 S$21,480,平均 S$2,386。
        今日排队人数较多,预计等候 60 分钟,请扫码取号。
        投诉工单 TS-5521:顾客反映洗头水太烫,店长已跟进并调整水温。
        新到货:日本剃刀 SKU JP-KR-220,每把 S$38,数量有限。
        春节期间(初一至初三)暂停营业,初四恢复正常。
        请各位同事注意:月底盘点,所有发蜡和护发产品库存需在 30 日前登记完毕。
        客户满意度调查:共回收 514 份问卷,满意率 92.3%。
        理发店招聘:有经验的男士理发师,底薪 RM2,000 + 提成,包住宿。请致电人事部 03-9221 6650。
        最近很多人问“李小龙发型”,本店资深理发师可以做,价格 RM35。
        预约模板:{客户姓名},您好!您在 {门店} 的预约时间是 {日期} {时间},如需改期请回复 1。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Booking BK-260412-0093 for Marcus Goh Wei Jie, mobile 9176 4382, skin fade with Hafiz, Sat 11:30am.
        Complaint from Lim Boon Keat (lim.boonkeat88@gmail.com): says the barber nicked his ear and it got infected, wants his S$86 clinic bill reimbursed.
        Loyalty card GC-004182 registered to Rajesh s/o Krishnan, NRIC S8234517E, DOB 14/03/1982.
        Uncle Ah Seng from Blk 412 didn't come for his usual Tuesday trim - his daughter said he was warded at CGH after a fall.
        Payslip Nov 2026 - Muthu a/l Ramasamy, barber, basic RM2,200, commission RM1,840.50, less salary advance RM300, net RM3,740.50, Maybank 1140 2298 7613.
        Don't give Daniel Fernandez the window chair anymore, he still owes us RM140 from three visits and keeps saying next week.
        Warning letter to Farid bin Osman: second time late more than 30 minutes this month, commission for the week will be withheld.
        Walk-in #17: Kenneth Chua, left his number 8523 9017, wants an SMS when he is 2 away.
        WhatsApp from 9682 1145: Hi this is Jun Hao's mum, he has ringworm on the scalp, can your barber still cut for him or should we wait?
        Mr Yeo from #07-23 asked us to stop sending promo SMS because he's going through a divorce and his wife checks his phone.
        Card payment dispute: Visa 4556 3820 1947 3166, cardholder Nur Aisyah binti Kamal, S$64.00 charged twice on 21/11.
        New barber Nguyen Van Thanh, FIN G5103862U, work permit renewal due 15 Feb 2027, staying at the dorm at 21 Tuas South Ave 1.
        Siti from the Kepong outlet asked to swap her off days because her husband's chemo is on Wednesdays.
        Car VBD 2917 blocked the loading bay again - it's Jason Teo, the Friday beard trim guy. Someone go ask him to move.
        Home visit for Mr Tan Kok Wah (stroke, bedridden) at Blk 117 Rivervale Drive #09-331, Singapore 540117; son's number 9734 0286.
        Customer's IG @brandon.lqy tagged our Orchard outlet in a story calling the barber useless; screenshot saved for HQ.
        Pavithra d/o Selvam at the counter is pregnant, please don't roster her on the late shift after 8pm.
        Telegram @zulhelmi_rides wants to reschedule his groom's cut before his wedding on 19 Dec - Zulhelmi bin Ahmad, booking ref GR-77310.
        Refund RM45 to Chong Wai Keong via DuitNow 012-778 3091, his hot towel shave was stopped midway because of a skin rash.
        Please don't mention anything to Hakim about his hair thinning, he's quite sensitive after starting minoxidil.
        Chargeback letter: customer Priya Nair, card 5241 7300 9862 5411, disputes the S$120 grooming package bought on 3 Oct.
        Trainee barber Md Rasel Hossain, Bangladesh passport EB0672319, room at 23 Jalan Kuchai Maju 5, 58200 Kuala Lumpur.
        Old Mr de Souza cancelled his standing appointment; his wife Maria passed away last week and he's not going out much.
        Tourist from HK: Wong Ka Ho, HKID K472913(7), wants the receipt under his name for a company claim, phone 6123 4872.
        Please send the loyalty statement to shawn.pereira.sg@outlook.com - Shawn Pereira, member since 2019, 37 visits.
        Ah Boy (the tall one from the car workshop) still hasn't paid the S$30 - his boss said he's in trouble with loan sharks.
        Commission dispute: Arjun a/l Murugan says his November commission was under-calculated by RM612 because 23 walk-ins were keyed under the wrong staff code.
        Lin Yu-Ting (TW ID A234810764) booked a hot towel shave for her fiance as a birthday surprise, contact 0912 548 331.
    """),
    "ms": _lines("""
        Borang pendaftaran ahli: Mohd Faizal bin Yusof, No. KP 890314-14-5521, tel 019-338 4720, alamat No. 12, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam.
        Surat amaran kepada Azlan bin Hashim kerana tidak hadir kerja tiga hari tanpa MC.
        Kak Ros kat kaunter minta cuti minggu depan sebab anak dia masuk wad, demam denggi.
        Pelanggan Encik Rahman (012-665 1290) komplen rambut anak dia dipotong terlalu pendek, minta ganti rugi.
        Jangan bagi Amir bin Zakaria buat syif malam lagi, dia masih dalam rawatan kaunseling lepas kes dadah dulu.
        Bayaran komisen untuk Nurul Huda binti Ismail: RM1,120, masukkan ke akaun CIMB 7061 4428 5503.
        Tempahan WhatsApp dari 016-902 7714: Saya Haziq, nak potong rambut untuk nikah Sabtu ni, boleh datang rumah di Taman Melawati?
        Pekerja baru: Suresh a/l Balakrishnan, KP 920721-10-6083, alamat 45 Lorong Sentosa 2, 41200 Klang.
    """),
    "zh-Hans": _lines("""
        会员资料:陈志明,手机 138 2649 7715,身份证 440306198704123619,喜欢短寸。
        投诉记录:黄秀英女士反映她儿子在本店剪发后头皮过敏,要求赔偿医药费 RM120。
        3栋的陈阿姨说她老公最近住院了,下个月的上门理发先暂停。
        理发师林国强本月提成 S$2,915,因迟到三次扣 S$150。
        阿杰最近欠了别人好多钱,老板说先别让他收现金。
        微信号 zhangwei_hair1990 的客人张伟预约了周六下午,说只找 Kelvin 剪。
        新员工郑丽华,身份证号 350203199208174028,紧急联系人是她丈夫,电话 139 5012 3386。
    """),
    "mixed": _lines("""
        Boss, Ah Huat from Blk 25 again 赊账 liao, total now S$95, his wife say don't let him cut until he pay.
        Customer Tan Mei Ling 9823 6610 call, say her son kena lice from our comb, very angry, want to talk to manager.
        Rizal bin Ahmad tu dah kena buang kerja kat kilang, so dia tanya boleh bayar potong rambut bulan depan?
        Barber Ravi's commission this month kena potong RM300 because Encik Latif complained he was rude, Ravi already sign warning letter.
        客人 Kevin Loh 的 IC S7719043J, he wants to register loyalty card but dunno his email, nvm use phone 9047 3318.
        Jangan bagitahu orang lain, Kak Yati dari Blok C tu baru bercerai, dia datang bawa anak-anak potong rambut hari Sabtu.
        PayNow to T0412387A wrong already, supposed to refund Darren Lee S$32 not S$320, pls call him 8174 2290.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the booking assistant for Fade Street Barbers, Kuala Lumpur."),
        (
            "user",
            "Can you move my booking tomorrow? Name is Wan Ahmad Syafiq, phone 017-245 8836, booking FS-11209.",
        ),
        (
            "assistant",
            "Done, booking FS-11209 is now tomorrow at 5:00pm at the same outlet. A confirmation will be sent to 017-245 8836.",
        ),
        (
            "user",
            "Thanks. Also pls tell the barber I have psoriasis on my scalp, use mild shampoo and don't scratch too hard.",
        ),
        (
            "assistant",
            "Noted. I've added a note to the booking so the barber uses a mild shampoo and is gentle on the scalp.",
        ),
    ],
    [
        ("system", "You help a barbershop owner in Singapore with HR paperwork."),
        (
            "user",
            "Draft a short warning letter to our barber Teo Jun Wei, NRIC T0235579A, for taking cash from customers 3 times in Nov without keying into the POS.",
        ),
        (
            "assistant",
            "Here is a draft: Dear Mr Teo Jun Wei, this letter serves as a formal written warning regarding three occasions in November 2026 on which cash payments were collected without being recorded in the POS system...",
        ),
        ("user", "Add that his November commission will be held until the audit is done."),
    ],
    [
        (
            "user",
            "Help me calculate commission for Hafizah binti Rosli: service revenue RM7,240, rate 35%, minus salary advance RM500.",
        ),
        (
            "assistant",
            "35% of RM7,240 is RM2,534. After deducting the RM500 advance, her commission payout is RM2,034.",
        ),
        ("user", "Ok and she also sold 6 pomade at RM60, product commission 10%."),
        (
            "assistant",
            "Product sales are RM360, so 10% adds RM36. Total payout for Hafizah binti Rosli: RM2,070.",
        ),
    ],
    [
        (
            "system",
            "You write customer care replies for Sharp & Co. barbershops. Keep them polite and short.",
        ),
        (
            "user",
            "Customer Evelyn Chew (evelyn.chew.hm@gmail.com) says her 6-year-old son got a small cut on his ear during his haircut on 2 Dec at our Bishan outlet. Write an apology.",
        ),
        (
            "assistant",
            "Dear Ms Chew, we are very sorry to hear that your son was hurt during his haircut at our Bishan outlet on 2 December. We would like to cover any clinic costs and offer his next haircut free of charge...",
        ),
    ],
    [
        (
            "user",
            "Can you check if this card can be used for the deposit? 4012 8876 5432 9018, name on card Gerald Rozario, exp 08/28.",
        ),
        (
            "assistant",
            "I can't process or verify card payments here, and it's safer not to share full card numbers in chat. Please use the secure payment link sent with your booking.",
        ),
        ("user", "Ok the link expired already, booking is under Gerald Rozario, 9315 6624."),
        (
            "assistant",
            "Thanks. Please ask the outlet to resend the deposit link to that number, or pay at the counter when you arrive.",
        ),
    ],
    [
        ("system", "你是一家新加坡理发店的前台助理。"),
        (
            "user",
            "帮我写个短信给台湾来的客人李婉婷,身份证 F120933579 是她登记会员时给的,她周五下午三点的预约改到四点,她电话 0921 336 478。",
        ),
        (
            "assistant",
            "李小姐您好,您周五下午三点的预约已改为下午四点,如有问题请回复本短信。另外,会员登记其实不需要身份证号码,建议我们从记录中删除。",
        ),
        ("user", "好,那就删掉吧,只留电话。"),
    ],
    [
        (
            "user",
            "Our new barber from Myanmar, Aung Ko Ko, FIN F2398174L, needs a letter confirming his employment so he can open a bank account. Basic salary S$2,100.",
        ),
        (
            "assistant",
            "To whom it may concern: This is to confirm that Mr Aung Ko Ko (FIN F2398174L) is employed as a full-time barber with our company since 1 October 2026, with a monthly basic salary of S$2,100...",
        ),
        ("user", "Add our company stamp line and the HR email hr@sharpandco.sg at the bottom."),
    ],
    [
        ("system", "You help the front desk manage the walk-in queue."),
        (
            "user",
            "Walk-in list now: 1. Haris, 2. Mr Subramaniam (9281 4406), 3. Jia Le with his son. Haris just left for a call. Who is next?",
        ),
        (
            "assistant",
            "Next is Mr Subramaniam. Haris can keep his place if he returns within 10 minutes, otherwise he moves to the back of the queue.",
        ),
        (
            "user",
            "Mr Subramaniam said he has a hospital appointment at 4 for his dialysis, can he go first?",
        ),
        ("assistant", "He is already next, so call him now. Jia Le and his son follow after him."),
    ],
    [
        (
            "user",
            "A customer from Hong Kong, Chan Siu Ming, HKID Y038456(7), left his wallet at our Chinatown outlet. He's flying back tonight. How should we return it?",
        ),
        (
            "assistant",
            "Keep the wallet in the safe, log it in the lost-and-found book, and contact him through the number on his booking. If he can't come back before his flight, ask if someone can collect it with his written authorisation.",
        ),
        ("user", "His HK mobile on the booking is 5487 2190, I will WhatsApp him now."),
    ],
    [
        ("system", "You are the loyalty programme assistant for Crew Cut Barbers Singapore."),
        (
            "user",
            "Register new loyalty member: Nicholas Tay, NRIC S9012446C, birthday 3 Aug, tel 9438 1207.",
        ),
        (
            "assistant",
            "Nicholas Tay is registered with mobile 9438 1207 and a 3 Aug birthday. We don't need the full NRIC for loyalty cards, so please don't store it.",
        ),
        ("user", "Noted. Can you add 2 stamps for his visits last week?"),
        ("assistant", "Added 2 stamps. He now has 2 of 8 towards a free cut."),
    ],
]
