# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en157: SG/MY car parks and parking enforcement (season parking, summonses, clamping, appeals, lost tickets, operators). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en157
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "car park signage and operator notices"): _lines("""
        Season parking holders must display a valid season label or have their IU registered with the management office; non-compliant vehicles will be charged at hourly rates.
        NOTICE: Wheel clamping in force. Vehicles parked at loading bays, fire engine access ways or reserved lots without authorisation will be clamped. Release fee S$107 (incl. GST). Enquiries: Management Office, Level B1, Mon-Fri 9am-6pm.
        Lost your ticket? Please proceed to the Customer Service Counter at Basement 2. A lost ticket charge of RM30 or the maximum daily rate, whichever is higher, applies.
        This car park is operated by Kota Parkir Management Sdn Bhd. 24-hour helpline 1-300-88-4172 / customer.care@kotaparkir.com.my
        Parking rates (cars): 7am-5pm Mon-Sat $0.60 per half-hour; 5pm-10.30pm $0.60 per half-hour, capped at $5 per entry; Sundays & PH free parking 7am-10.30pm.
        Motorcycles: $0.65 per lot per day or night. Heavy vehicles not allowed beyond this point. Height limit 2.1m.
        Season parking for the month of October will be available for purchase from 25 September via the Parking.sg app, AXS stations or any HDB Branch.
        This car park is under 24-hour CCTV surveillance. The operator accepts no responsibility for any loss of or damage to vehicles or their contents.
        ATTENTION EV OWNERS: Charging lots are for vehicles actively charging only. An idle fee of $0.30/min applies from 30 minutes after charging completes.
        Kindly note the exit gantry at the Jalan Ampang entrance will be closed for maintenance from 2 to 4 June, 11pm to 6am. Please use the Jalan Sultan Ismail exit.
        Red lots: reserved for season parking holders 8am-6pm on weekdays. White lots: open to all.
        Carpark Code: BM29 | Type: Surface car park | Short-term parking: Whole day | Night parking: Yes | Free parking: Sun & PH 7am-10.30pm
        Grace period for this car park is 10 minutes. Vehicles exiting after the grace period will be charged from the time of entry.
        From 1 January, cash will no longer be accepted at our pay stations. Accepted: Touch 'n Go card, TNG eWallet, DuitNow QR, Visa/Mastercard contactless.
        Visitors to Tan Tock Seng Hospital are advised to use the multi-storey car park along Jalan Tan Tock Seng; the Main Entrance porch is for drop-off only.
    """),
    ("en", "how-to questions and advice"): _lines("""
        How do I appeal a URA parking offence notice online? Is there a deadline counted from the notice date?
        What happens if I ignore a DBKL parking compound for more than a year? Can it block my road tax renewal?
        Lost my parking ticket at a mall car park in PJ and they want to charge RM50 flat. Is that allowed, or can I ask them to check the entry camera?
        Tip: if the gantry doesn't read your card, don't reverse. Press the intercom and the control room can lift the barrier and log the fault.
        To transfer season parking between two HDB car parks you have to terminate the current one first; the new season starts on the 1st of the following month.
        Is it legal for a condo JMB to clamp a visitor's car in Selangor? Our AGM is voting on introducing clamping next month and some owners are worried.
        When your car is towed by the traffic police in KL, you usually need the vehicle grant, your IC and the towing receipt to collect it from the depot.
        Does the Parking.sg app refund unused minutes if I end the session early? Yes, the unused amount goes back to your in-app wallet automatically.
        Is it normal for season parking in a commercial building around Raffles Place to cost more than $300 a month?
        Steps to pay a summons via MyBayar PDRM: key in your vehicle number, select the summons, pay with FPX, then keep the receipt until the record is cleared.
        If you receive a parking offence notice for a vehicle you already sold, submit the transfer of ownership record together with your appeal.
        What's the difference between coupon parking and electronic parking in Singapore? Most public car parks now use Parking.sg instead of paper coupons.
        Any free motorcycle lots left near Tanjong Pagar MRT or are all of them charged now?
        Advice for new drivers: at EPS car parks make sure your CashCard or CEPAS card has at least $10 stored value, otherwise the barrier won't lift.
        Can I still validate a mall car park ticket after exiting if I forgot to redeem it at the concierge? Most malls say no, but some allow it on the same day with the shopping receipt.
    """),
    ("en", "news and policy"): _lines("""
        HDB will raise season parking charges at residential car parks by $10 a month from 1 December, the first revision in more than a decade.
        Transport Minister Anthony Loke said the ministry would study a single parking app for all local councils in the Klang Valley.
        The Urban Redevelopment Authority issued about 230,000 parking offence notices last year, 6% fewer than the year before.
        Under the Parking Places Act, an enforcement officer may issue a notice for failing to display a valid parking coupon or for parking outside a designated lot.
        Petaling Jaya City Council (MBPJ) will offer a 50% discount on outstanding parking compounds settled during the campaign month.
        Mall operators in Johor Bahru reported a surge in weekend occupancy after the RTS Link opened, with some car parks full by 11am.
        All HDB car parks will accept payment through the On-Board Unit under ERP 2.0; the old IU will no longer be supported after the transition.
        Majlis Bandaraya Pulau Pinang says it deployed 40 additional enforcement officers in George Town's heritage zone during the festive period.
        A private car park operator in Kuala Lumpur was ordered by the magistrate's court to refund clamping fees after failing to display the release charges at the entrance.
        LTA reminds motorists that stopping along double yellow lines may result in a $70 fine for cars and $100 for heavy vehicles.
        A survey by a consumer association found that 38% of respondents had paid a lost ticket charge at least once in the past year.
        Khoo Teck Puat Hospital will convert part of its visitor car park into a staff season parking zone during the renovation of Block B.
    """),
    ("en", "operator logs, receipts and blank templates"): _lines("""
        TXN 20241103-00871 | Entry 08:14:22 | Exit 17:52:09 | Duration 9h37m | Amount S$12.40 | Payment NETS FlashPay | Status PAID
        [2024-11-03 21:04:57] GATE_EXIT_02 barrier_open reason=INTERCOM_OVERRIDE operator=CTRL_ROOM ticket=LT-558213
        Receipt No. 0013942 / Kompleks Menara Cahaya Car Park / Lost Ticket Charge RM30.00 / SST 0% / Cashier ID 07 / 12/09/2024 18:22
        SELECT ticket_no, entry_ts, exit_ts, amount FROM parking_txn WHERE status = 'LOST' AND site_id = 'KL-0142';
        carpark: { code: "TPM", lots_total: 612, season_lots: 240, grace_min: 10, rate_car_halfhr: 1.20, lost_ticket_fee: 30.00 }
        Daily summary 05/07: entries 1,842 | exits 1,829 | lost tickets 3 | clamping releases 2 | revenue RM14,208.50 | gate faults 1 (Exit 3, LPR camera offline)
        Invoice INV-2024-08812 | Season parking Oct 2024 | 1 x Car lot (non-reserved) | S$110.00 | GST 9% S$9.90 | Total S$119.90
        Alert: LPR confidence below 0.80 on lane ENT-1 for 37 reads in the last hour; check camera IR illumination.
        Notice No. PN24-0081765 status: CLOSED (appeal granted). Payment reference: PAY-7741902.
        Compound ref MBSA/KP/2024/118402 - amount RM30, reduced to RM15 if paid within 14 days - status UNPAID.
        Ticket 7300 2411 0314 5521 issued 08:03 at Lane 2 - barcode checksum OK - validated by tenant code FNB-017.
        cron: 0 2 1 * * /opt/parkops/bin/season_renewal --notify-days 7 --dry-run=false
        Occupancy snapshot 18:00 - B1 96% / B2 88% / B3 41% / Roof 12% / EV lots 9 of 12 in use.
        Refund batch RB-0923 processed: 14 refunds, total S$186.30, method PayNow to original payer.
        APPEAL FORM - Name of vehicle owner: ________ NRIC/FIN: ________ Vehicle No.: ________ Notice No.: ________ Reason for appeal: ________ Signature/Date: ________
        Dear {customer_name}, your season parking for vehicle {vehicle_no} at {carpark_name} expires on {expiry_date}. Renew before the 25th to keep your lot.
    """),
    ("en", "residents' chat and forum posts"): _lines("""
        Anyone know if the season parking at the Blk 200s multi-storey still got waiting list? Thinking of switching from the surface car park.
        Reminder to all residents: visitor lots at the guardhouse are for 2 hours max. Please register your visitors via the app beforehand.
        Wah the mall car park in Bandar Utama now charges RM5 for the first hour on weekends, crazy sia.
        Heads up, enforcement officers doing rounds at the hawker centre car park this morning, those without a Parking.sg session better go activate.
        Has anyone successfully appealed an HDB parking fine because the Parking.sg app crashed? Did they accept screenshots?
        PSA: the barrier at the B2 exit is faulty again, just press the intercom and the control room will open it remotely.
        Management committee minutes: the proposal to introduce wheel clamping for unregistered vehicles was passed 5-2; it takes effect on 1 March once signage is up.
        Someone keeps parking a car at the motorcycle lots near Block C, management please do something.
        Can I use my season parking at another HDB car park on weekends, or only the one stated on the season?
        What time do the parking wardens around Jalan Alor start? Going for supper later and don't want to kena.
    """),
    ("ms", "notis dan soalan lazim"): _lines("""
        NOTIS: Kenderaan yang diletakkan di petak OKU tanpa pelekat yang sah akan dikompaun sehingga RM300.
        Bayaran letak kereta boleh dibuat melalui aplikasi Smart Selangor Parking; kupon kertas tidak lagi diterima mulai 1 Julai.
        Tiket hilang? Sila ke kaunter khidmat pelanggan di Aras B1. Caj tiket hilang RM25 akan dikenakan.
        Bagaimana cara untuk membuat rayuan kompaun letak kereta DBKL secara dalam talian?
        Kawasan ini diawasi CCTV. Kenderaan yang menghalang laluan kecemasan akan dikunci tayar dan ditunda atas tanggungan pemilik.
        Pas bermusim bagi bulan Januari boleh dibeli di pejabat pengurusan dari 20 hingga 31 Disember, Isnin hingga Jumaat, 9 pagi hingga 5 petang.
        Majlis Perbandaran Kajang menawarkan diskaun 50% bagi kompaun letak kereta yang dijelaskan sebelum 31 Mac.
        Kadar letak kereta: Jam pertama RM2.00, setiap jam berikutnya RM1.00, maksimum RM10.00 sehari. Motosikal percuma.
        Soalan: Kalau saman trafik tertunggak, boleh ke saya perbaharui cukai jalan? Ada senarai hitam JPJ tak?
        Makluman: Mesin bayaran di pintu keluar 2 rosak. Sila gunakan mesin di lobi Lif A.
        Petak merah hanya untuk pemegang pas bermusim dari 8 pagi hingga 6 petang pada hari bekerja.
        Talian hotline pengendali letak kereta: 1-300-22-7275 (24 jam) atau e-mel aduan@parkirsetia.com.my
    """),
    ("zh-Hans", "告示与问答"): _lines("""
        停车场告示：遗失停车票者须缴付当日最高收费，另加行政费10令吉。
        请问在新加坡收到URA的违规停车罚单，可以网上申诉吗？一般要多久才有回复？
        本停车场季票续费截止日期为每月25日，逾期未续者将按时收费。
        大家好，吉隆坡市政局的停车罚款现在可以用Touch 'n Go电子钱包付款了吗？
        本停车场实行锁轮措施：占用残障车位或消防通道者一律锁轮，解锁费50令吉。
        组屋停车场周日及公共假期上午7时至晚上10时30分免费停车（部分停车场除外）。
        收据编号 R-2024-00873 | 入场 09:12 | 出场 18:40 | 金额 新币14.60 | 付款方式 NETS
        新闻：槟城市政厅宣布，乔治市古迹区路边停车费将从明年起调整为每小时1.20令吉。
        在商场停车时忘记验证停车票，离开后还能补办吗？
        陈笃生医院访客请使用多层停车场，大门口仅供上下车。
    """),
    ("mixed", "code-switched chat"): _lines("""
        Eh the Parking.sg app down ah? Cannot start session, later kena summon how.
        Season parking dekat condo ni RM100 sebulan, tapi visitor kena bayar RM3 per entry, mahal gila.
        Wah lao, lost ticket at the mall car park kena charge $20, the counter say no choice one.
        这个停车场的 lost ticket charge 是多少ah? 我找不到那张票了.
        Bro, kalau kena clamp dekat Jalan TAR, bayar kat mana? Polis ke DBKL?
        Anyone know the gantry at the Blk 123 car park still using cashcard or already switched to card-based?
        Saman MBPJ boleh bayar online kat portal MBPJ, lepas tu screenshot resit simpan, senang kalau nak buat rayuan.
        季票 renewal 已经 open 了, 记得在 25号之前 pay, 不然又要排队.
        Guardhouse say visitors cannot park overnight lah, must register with management first.
        Pakcik jaga parking tu cakap lepas pukul 10 malam free, betul ke?
        Tomorrow National Day got road closure, the car park near Padang confirm full one, better take MRT lah.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        APPEAL - Notice No. PN24-0093318 / Name: TAN WEI MING / NRIC: S8823417J / Vehicle No.: SBA1234G / Reason: I was at the polyclinic with my mother who had a fall; the Parking.sg session expired while we waited for her X-ray. MC and receipt attached.
        Season parking application | Applicant: Nurul Aisyah binti Rahmat | MyKad 880314-10-5524 | Unit B-12-03, Residensi Seri Kembangan | Vehicle WVX 4418 | Lot type: Covered | Start 1 Nov
        hi admin, the grey honda at lot 47 belongs to my neighbour mr muthu a/l krishnan from #07-12, he said his car kena clamp by mistake last night even though he paid season until dec
        Clamping release log 14/08 22:41 - Lot V-07 - Vehicle PKT 905 (owner Ong Boon Keat, Unit 15-2) - released after payment RM100, receipt 004417 - complained loudly about the signage.
        Lost ticket declaration: I, Priya d/o Selvam (NRIC T0228761C), declare that I lost the entry ticket for vehicle SKP4471H which entered at approx 9.30am on 3/10. Contact: 9134 2287.
        Refund request: double charged at the exit gantry on 12 Sept, card 4556 3349 4388 8902, S$8.40 x2. Please refund to the same card. Thanks, Jeremy Pereira 8226 5190
        To: Management Office / From: Daniel de Souza, #11-04 / Re: Side mirror stolen at B2 lot 112 on the night of 6 May - the CCTV at that corner was not working, please preserve the footage for my police report.
        Towing record: JQA 8821 towed from Jalan Bukit Bintang at 02:15; owner Lim Hui Xin contacted at 016-338 7421; vehicle to be collected at the Jalan Kuching depot.
        Complaint from Goh Kheng Hock (tel 9712 4406): his season parking was terminated without notice and his car was charged hourly for 3 weeks; he asks for a refund of S$96.
        Kavitha a/p Ramasamy, 011-2843 9017, wants to transfer her season parking from Tower A to Tower C because she moved to unit C-8-5 last month.
        Summons claims Jan | Harpreet Kaur | company car SFV619D | PN on 12 Jan, $70, Telok Ayer St | NOT work-related - deduct from Feb salary
        From: chong.meiling82@gmail.com / Subject: Appeal against clamping fee / Hi, my Axia was clamped at the visitors' lot on Saturday although I had registered with the guard. Please review, thank you. Chong Mei Ling
        Note left on windscreen: To the owner of SLB5126K - you have blocked my car 3 times this week. Move it or I will call the town council.
        Season parking renewal reminder sent to Mr Rajendran s/o Pillai (S6812709B), vehicle SJH3097R, lot R-221, season expires 30/11, outstanding $0.
        Clamping refund approved: transfer RM150 to Maybank 1640 2217 5583, account name Ahmad Faizal bin Zakaria, ref: clamp refund Lot 3B.
        Incident report 21/3 19:40: security found Mdm Ng Swee Hoon (70s) confused on level 4 of the car park, unable to remember where she parked or her way home; her daughter Ms Yap Li Ting (9641 8830) came to fetch her.
        Ravi s/o Chandran of Blk 512 Bedok North Ave 2 #08-114 S(460512) is disputing 4 parking offence notices issued while his car was at the workshop.
        My uncle Wong Kah Wai just got his 5th saman this month at the Kepong wet market, RM300 total, and my auntie is furious lol
        Visitor register 09/11 19:05 - VCE 3371 - visiting Unit 12-07 - Siti Hajar binti Osman - IC last 4: 5386 - purpose: visiting mother after her surgery
        Warden incident: driver Marcus Oliveiro of SGX7403R shouted at the parking warden and refused to leave the loading bay at 11.20am on 4 Oct; police report filed.
        Hi, this is Nur Fatin, owner of the Perodua Bezza BNM 2307 - I was charged RM50 for a lost ticket but I have the entry photo on my phone. Pls call me at 013-772 5094.
        Season parking holders (Nov): 1) Lee Jia Hui - SMD882X - lot 15 - paid | 2) Mohd Hafiz bin Abdullah - SNE2288G - lot 16 - arrears $110 | 3) Jessica Fernandez - GBF1875E - lot 17 - paid
        the Ah Beng at Casa Meranti #14-09 with the modified white Civic parked across 2 lots again, someone tell the MCST please
        Season parking application (employer-sponsored): Chen Yu, FIN G5519036X, Employment Pass, Senior Analyst at Meridian Freight Pte Ltd, vehicle SKV2618J, start 1 Dec.
        Hello I'm Zainal from unit 9-3A Block Kenanga - my wife is pregnant and due next month, can we get a lot nearer the lift temporarily?
        Summons check: Owner ZAINUDDIN BIN MAT ISA, 830930-08-6105, vehicle AKK 5512 - 3 outstanding PDRM summonses totalling RM450 - JPJ blacklist: YES
        Tenant car park access list, Level 3: Teo Kok Leong, Finance Manager, Kavya Services Pte Ltd, HP 8561 7723, access card #0447.
        Paid $107 to release the clamp, receipt attached, please reimburse - Kenneth Lau, Sales, cost centre 4402, PayNow 9274 1185
        Vehicle owner particulars for SDN9062R: FONG SIEW MEI, NRIC S7936082A, 22 Jalan Kembangan, Singapore 419128 - 2 unpaid notices forwarded for court summons.
        Dear Sir, I, Lakshmi d/o Murugan (NRIC S9640318F), wish to appeal the clamping fee of S$107 imposed on 18/10 as I was sending my father to A&E and stopped at the drop-off point for 15 minutes.
        Deepak Nair's staff season parking at the Sunway Pyramid car park has been suspended after 3 months of non-payment (RM375 outstanding).
    """),
    "ms": _lines("""
        Rayuan kompaun: Nama: SITI AMINAH BINTI YUSOF | No. KP: 920707-14-6218 | No. Kenderaan: BPL 7719 | No. Kompaun: MBPJ/KP/24/018832 | Alasan: meter letak kereta rosak, gambar dilampirkan.
        Encik Kamarul bin Hassan dari Blok D-5-2 telah ditunda keretanya semalam kerana parkir di laluan bomba; beliau minta salinan rakaman CCTV.
        Tolong hubungi Puan Rosnah 019-274 8816, pemilik Myvi merah JRC 6612, kereta dia halang pintu keluar B1.
        Senarai tunggakan pas bermusim: Mohd Rizal bin Ahmad (Unit A-3-7) RM240; Tan Ah Kow (Unit B-10-1) RM120; Letchumi a/p Subramaniam (Unit C-2-4) RM360.
        Pengesahan tiket hilang: Encik Faisal bin Omar, No. IC 750119-07-5041, kenderaan PNU 3303, masuk 8.10 pagi, bayar RM30.
        Saya nak tanya pasal ayah saya Hamid bin Salleh, No. 14 Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam - dia dapat 6 saman parkir padahal kereta dia dalam bengkel masa tu.
        Aduan: pemandu e-hailing Ahmad Syafiq bin Ramli (011-1092 4478) selalu letak kereta di petak OKU tingkat 2 walaupun sudah diberi amaran.
    """),
    "zh-Hans": _lines("""
        申诉信：本人陈美玲，身份证号码 S8561294H，车牌 SMB4053G，于10月8日在牛车水停车场被开罚单，当时我在诊所陪孩子看急诊，恳请撤销罚款。
        吴家豪，手机 012-668 3045，昨天在 Mid Valley 停车场遗失停车票，被收了 RM50，他要求查看入场录像。
        物业通知：黄志明（12楼05室）已连续三个月拖欠季票费共330新元，下月起将停用其车库门禁卡。
        中国游客张伟强（身份证 350203198804123177）在新山租车 JRC 2184，被商场停车场锁轮，已付解锁费 RM80，要求退款。
        刘晓燕的微信号是 xiaoyan_liu0923，她说她老公的车在武吉知马那边被拖走了，让我们加她问一下怎么去领车。
        保安记录：晚上11点，住户梁国栋（B座8楼）酒后驾车撞坏停车场闸门，已报警，维修费约新币2,300元。
    """),
    "mixed": _lines("""
        eh guys my car kena clamp at the visitor lot again, I'm Jason Teh unit 8-12 Pangsapuri Sri Petaling, call me 017-330 2291 if u see the guard
        我老公 Lim Chee Keong 的车 SLK6690T 今天早上被 towed 了, anyone know 去哪里拿? 他今天还要去医院复诊
        Faizal bin Osman the one staying Blk 745 #04-88, his lorry kena saman 3 times minggu ni, boss already warn him he'll lose his job
        Mak cik Ramlah binti Sulaiman unit 3-05 tu, anak dia baru lulus lesen memandu, dia minta season parking tambahan RM80 sebulan ok ke?
        FYI security supervisor Selvam a/l Raju kena suspend, caught collecting cash for lost tickets without issuing receipts. Source: tele @kumar_parkwatch
        Auntie Lucy Tan 的 season parking 过期了, she say cannot afford RM120 this month because her husband just retrenched, can 管理处 give her extension?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the customer support assistant for a shopping mall car park in Johor Bahru.",
        ),
        ("user", "I lost my parking ticket, the car is VCE 3371, came in around 10am today."),
        (
            "assistant",
            "Sorry to hear that. For a lost ticket we need to verify the owner before the gate can be opened. Could you share your name, IC number and a contact number?",
        ),
        (
            "user",
            "Lee Soo Fun, IC 011225-01-0874, phone 012-557 9203. I'm waiting at level P2 near lift C.",
        ),
    ],
    [
        (
            "user",
            "Can you help me write an appeal letter to URA for a parking fine? I want it polite but firm.",
        ),
        (
            "assistant",
            "Sure. Please tell me the notice number, your name and NRIC, the vehicle number and what happened.",
        ),
        (
            "user",
            "Notice PN24-0107742, Abdul Rahim bin Jaafar, S9174520H, car SJZ718H. I was at NCCS for my chemotherapy, the session went 2 hours over and my Parking.sg session ran out.",
        ),
    ],
    [
        ("user", "How should I handle a neighbour who keeps parking in my reserved season lot?"),
        (
            "assistant",
            "Start by documenting each incident with photos and times, then raise it in writing with your management office, which can issue warnings or enforce clamping under the house rules.",
        ),
        (
            "user",
            "It's Mr Balakrishnan from #09-02, the silver Camry SGD1450Z. I have photos from 6 different nights. Draft me the letter to the MCST naming him.",
        ),
    ],
    [
        ("system", "You are a refunds assistant for ParkRight Pte Ltd."),
        ("user", "The exit gantry at Novena charged me twice yesterday, $4.20 each time."),
        ("assistant", "I can help. Which account should we refund to, and under what name?"),
        (
            "user",
            "Refund to my DBS account 027-9-438816, name Kelvin Ho Jun Jie. Email is kelvinho.jj@outlook.com.",
        ),
    ],
    [
        ("user", "你好，我想问新加坡组屋停车罚单怎么申诉？"),
        (
            "assistant",
            "您可以通过相关机构的网上平台提交申诉，需要提供罚单号码、车牌号码以及申诉理由和证明文件。",
        ),
        (
            "user",
            "好的，我叫郑丽华，身份证 S8206647J，车牌 SNP8034A，电话 9387 2615。那天我在裕廊东组屋楼下送老母亲去洗肾，只停了十分钟就被开罚单。",
        ),
    ],
    [
        ("user", "Macam mana nak buat rayuan saman letak kereta MBSA?"),
        (
            "assistant",
            "Anda boleh mengemukakan rayuan melalui portal majlis atau di kaunter, dengan nombor kompaun, nombor kenderaan dan bukti sokongan.",
        ),
        (
            "user",
            "Ok tolong tulis surat rayuan. Nama saya Norhayati binti Kassim, IC 960402-13-5386, kereta WQX 1290, kompaun MBSA/KP/2024/120551. Saya kena saman masa hantar anak yang demam ke klinik.",
        ),
    ],
    [
        ("user", "Summarise this security log for the management committee, keep it short."),
        ("assistant", "Please paste the log and I'll summarise it."),
        (
            "user",
            "02/12 23:10 Lot B-33 clamped, vehicle SFM2277R, owner Ms Anita Gomez #06-11, refused to pay, verbally abusive to guard Hassan. 03/12 08:30 owner paid $107, clamp removed, said she will complain to her lawyer.",
        ),
    ],
    [
        ("system", "You are an HR assistant helping with staff car park administration."),
        ("user", "Which of our staff still owe the company for parking summonses?"),
        (
            "assistant",
            "I don't have access to your records. If you share the list, I can help organise it.",
        ),
        (
            "user",
            "Ang Wei Jie owes $140 (2 notices), Suresh Kumar s/o Manickam owes $70, Noraini binti Ismail owes $210 and is on a final warning. Make a table for payroll deduction.",
        ),
    ],
    [
        (
            "user",
            "My friend from China rented a car in Johor and the condo guard clamped it. What can she do?",
        ),
        (
            "assistant",
            "She should ask the management for the clamping rules and the receipt for any payment, and she can lodge a complaint with the local council or a police report if the clamping was unlawful.",
        ),
        (
            "user",
            "Her name is 刘晓燕, Chinese ID 440106199209230648, phone +86 138 2716 4403. She was visiting me at Unit 21-3 Tropez Residences. They charged her RM200.",
        ),
    ],
    [
        (
            "user",
            "My foreign worker rides a motorbike to the factory, can he apply for season parking at the HDB car park near the dorm?",
        ),
        (
            "assistant",
            "Generally yes, season parking for motorcycles is open to vehicle owners. He will need the vehicle details and his identification when applying.",
        ),
        (
            "user",
            "Ok his name is Rahim Uddin, FIN F7730512L, bike FBA3321A, WhatsApp 8893 1047. Pls fill in the form for him, he can't read English well.",
        ),
    ],
    [
        (
            "user",
            "Is there any way to find out who owns a car that has been abandoned in our condo car park?",
        ),
        (
            "assistant",
            "Your management should report it to the authorities; owner details are not released to the public, but the authorities can contact the owner.",
        ),
        (
            "user",
            "Actually we know already, it's Victor Chia Boon Huat's old Mercedes, he moved out of #03-07 last year after his divorce and stopped paying the season parking. Write a notice to him.",
        ),
    ],
]
