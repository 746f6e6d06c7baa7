# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en225: SG/MY laundromats, dry cleaners and alteration tailors. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en225
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "machine_fault_log"): _lines("""
        2026-11-03 07:42:18 SGT | outlet=TPY-Blk177 | machine=W07 (Electrolux W5130H) | err=E:40 door lock fail | cycle aborted at 00:12 | coins refunded: 0
        [WARN] dryer D03 exhaust temp 92C > threshold 85C, heater relay cut, fw v4.2.17-sg, ticket auto-raised LM-INC-0048813
        Speed Queen SQ-1180 at Jurong West St 64 outlet: E35 drain error 3x in 24h. Tech visit booked Thu 10am, part no. 805305P drain pump.
        payment gw callback failed: txn_id=PN-20261102-7731904, terminal=KPT-W12, amount=SGD 6.00, status=TIMEOUT, retry 2/3
        Machine W14 ate the coins again. Display shows 'UE' which is unbalanced load. Rebooted, ok now.
        QR scan on dryer D09 debited but machine never started: 17 cases this week across 4 outlets, vendor blames firmware 3.9.2, patch ETA 15 Nov.
        sha256 washpro-ctrl-5.0.3.bin 9f2c4e1ab7d03385c6e2f19b0a7d4e55c1f08b36a92e7d4c0b18f6a3e2d97c41
        Daily summary Kepong Baru outlet: 212 cycles, 9 faults (6x E21 water inlet, 2x door, 1x coin jam), uptime 97.4%, revenue RM 1,846.50
        MQTT laundry/my/klg-03/dryer/D02/state -> {'temp': 68, 'rpm': 0, 'door': 'open', 'err': 'none'}
        Technician note: replaced door gasket on W11 (part 131765500), leak test passed 3 cycles, machine back in service 16:05.
        Alarm: outlet SBW-Admiralty power trip at 02:14, all 18 machines offline, outage ref OUT-2611-0093, restored 02:51.
        Card reader CR-204 firmware v2.8.0 -> v2.8.1 rolled out to 37 of 41 units; 4 pending at Bukit Merah Central and Tampines St 81.
        Coin box W05 jammed with a 20 sen coin and an old arcade token, cleared by the area supervisor, 0 cycles lost.
    """),
    ("en", "shop_notices"): _lines("""
        NOTICE: Management is not responsible for items left in machines for more than 30 minutes after the cycle ends.
        Do not wash rugs, pet beds or horse blankets in washers 1-8. Use the 20kg giant washer (W20) only. Damage charge S$50.
        Hari Raya Aidilfitri hours: 1st and 2nd day counter closed, 3rd day 10am-6pm. Self-service machines run 24/7 as usual.
        Lost & found: items kept 14 days at the counter, then donated to charity. Enquiries 6745 2210 (shop line, 9am-9pm).
        Please don't sit on the folding table. CCTV in operation 24 hours. Report faults to support@kleensuds.sg or scan the QR on the machine.
        Price list from 1 Dec 2026: Wash 10kg $5, 15kg $7, Dry 30 min $4. Detergent and softener auto-dosed, no need to bring your own.
        We will be closed on 25 Dec for annual machine servicing by our equipment vendor. Sorry for the inconvenience!
        Alteration corner: hemming $8, zip replacement from $12, waist take-in $15. Wedding gowns and kebaya by appointment only.
        Dry cleaning turnaround 3 working days. Express 24h +50%. Leather, suede and songket go to our central plant in Shah Alam.
        Parking: use the Blk 503 multi-storey car park, no stopping along the service road in front of the shop.
        Reminder: the laundry assistant on duty cannot open machines mid-cycle. For an emergency stop call the hotline 6100 7788.
        Only Touch 'n Go eWallet, DuitNow QR and coins accepted at this outlet. Note changer out of order, sorry.
        Staff only beyond this point. Chemical store, keep door closed. Ask the counter for help.
    """),
    ("en", "order_tickets"): _lines("""
        DC-INV-2026-118274 | 2x suit 2pc dry clean @ $18.00 | 1x silk blouse @ $9.50 | subtotal $45.50 | GST 9% $4.10 | total $49.60
        Tag #A4471 blue, rack 12, ready Fri after 5pm. Stains pre-treated: coffee (front panel), ink (left cuff).
        Pickup PU-88301 scheduled 12/11 2-4pm slot, 3 bags, est. 14kg, assigned to route KL-PJ-07.
        SKU ALT-HEM-TR trousers hem RM 12.00; SKU ALT-ZIP-JK jacket zip RM 28.00; SKU DC-BAJU-KRG baju kurung dry clean RM 15.00
        Claim ticket CLM-0921: shrinkage reported on wool coat; care label says dry clean only; lab test pending; compensation not decided.
        Delivery manifest route SG-E3, 14 Nov: 23 drops, 4 failed (no one home), 2 rescheduled, avg 6.2 min per stop.
        Order WF-556120 wash & fold 8.4kg x $2.80/kg = $23.52, minimum charge applied: no.
        Tracking NV2611SG0039481Z: returned curtains, status Out for delivery, ETA before 6pm.
        Receipt no. 00412-0093 | Counter 2 | 3 shirts laundered & pressed on hanger | $10.50 | Paid NETS
        Invoice to Pan Pacific banquet dept: tablecloths 240 pcs @ $3.20, total $768.00 before GST, PO 4500982211.
        Curtain cleaning quote Q-2026-0331: 6 panels x 2.4m, take-down and rehang included, RM 360, valid 30 days.
        Batch B-1107 sent to central plant 09:30, 58 garments, 3 flagged for colour bleed test.
        Alteration job ALT-7782: shorten sleeves 2cm, taper sides, fitting next Tue 11am, deposit $20 paid.
    """),
    ("en", "loyalty_promo"): _lines("""
        Earn 1 stamp per $10 spent. 10 stamps = 1 free 10kg wash. Stamps expire 12 months after issue.
        FreshPoints T&C v3.1: points are not transferable, have no cash value, and accounts inactive for 18 months will be closed.
        Nov campaign results: 1,284 new members, 37% redeemed the welcome voucher, average basket up from $11.40 to $13.10.
        Use code RAYA20 for 20% off dry cleaning, min spend RM 50, one use per account, until 30 Apr.
        Member tiers: Bubble (0-499 pts), Foam (500-1,499), Sparkle (1,500+). Sparkle members get free pickup within 5km.
        Loyalty card series LC-2026-B, card numbers 600100 to 600600 activated at the Ang Mo Kio Ave 3 outlet.
        Refer a friend and both get $5 credit after the friend's first paid order. Max 10 referrals per member.
        App release 2.14.0: stamp card now in wallet; fixed bug where points doubled on refunded orders.
        Survey (n=412): 68% prefer QR payment, 21% coins, 11% card; top complaint is waiting for dryers on Sunday.
        Customer A and Customer B in the pilot both redeemed 3 vouchers in one day, so the rule now limits it to 1 per day.
        Birthday month treat: free express upgrade for members who have entered a birth month in the app.
        Double points every Wednesday at our SS2 Petaling Jaya and SS15 Subang Jaya outlets.
        points ledger export header: member_id,txn_date,outlet,points_in,points_out,balance
    """),
    ("en", "faq_howto"): _lines("""
        How to remove turmeric stain from a white baju melayu? Tried sunlight and soaking, still yellow.
        Anyone know if the 24h laundromat at Bedok North still takes coins or is it cashless only now?
        Can dry cleaners handle a 20-year-old songket without the gold thread tarnishing?
        Why do my towels smell after using the laundromat dryer? Lint filter problem or cycle too short?
        Worth paying $28 to dry clean a down jacket, or just use the giant washer with tennis balls?
        Tailor quoted RM 45 to take in a cheongsam at the waist, is that normal in Penang?
        Which detergent do self-service shops use, and is it safe for babies with eczema?
        What's the actual difference between wet cleaning and dry cleaning for a wool suit?
        If the machine eats my money, do I call the number on the sticker or email? Tried both, no reply for 2 days.
        How long can you leave clothes in the dryer before someone else is allowed to take them out? Etiquette question lah.
        Best way to get candle wax off a tablecloth after Deepavali open house?
        Does a dry cleaner's liability cap of 10x the cleaning fee actually hold up at the Small Claims Tribunals?
        Any recommendations for alteration tailors near Lucky Plaza for a suit that needs re-lining?
    """),
    ("en", "templates_config"): _lines("""
        Hi {first_name}, your order {order_id} is ready for collection at {outlet_name}. Please collect within 14 days.
        SMS template DLV_FAIL: Our driver tried to deliver order [ORDER_NO] at [TIME]. Reply 1 to reschedule.
        pricing.yaml -> wash_10kg: 5.00, wash_15kg: 7.00, dry_per_10min: 1.00, currency: SGD
        SELECT outlet_id, COUNT(*) AS faults FROM machine_events WHERE code LIKE 'E%' AND ts >= '2026-11-01' GROUP BY outlet_id;
        Claim form: Name: ________ Contact no.: ________ Ticket no.: ________ Description of damage: ________
        {'machine_id': 'W07', 'err': 'E40', 'ts': '2026-11-03T07:42:18+08:00', 'outlet': 'TPY-177'}
        PAYNOW_UEN=201812345K MQTT_HOST=mqtt.laundrycloud.internal RETRY_MAX=3 LOG_LEVEL=info
        if err_code in ('E21', 'E35'): open_ticket(priority='P2', queue='field-tech')
        Subject: Your stain claim {{claim_id}} outcome. Body: Dear {{salutation}} {{surname}}, thank you for your patience...
        garment_type enum: shirt, blouse, trousers, skirt, suit_2pc, suit_3pc, baju_kurung, saree, cheongsam, gown
        ticket id pattern: ^DC-INV-[0-9]{4}-[0-9]{6}$
        Webhook POST /api/v2/orders/{order_id}/status with body {status: READY, rack: R12}
        Delivery label: TO <recipient> / <unit no.> / <postal code> / Tel <mobile>
    """),
    ("mixed", "shop_chat"): _lines("""
        Boss, machine 5 tak jalan, coin masuk tapi tak start. Can refund or not?
        One auntie say the dryer too hot, later shrink. I tell her use low heat lah.
        老板, this blouse can 干洗 or must hand wash? Label all in Japanese, cannot read.
        Tomorrow public holiday, kedai buka tak? Want to send baju kurung before Raya.
        Sorry ah, driver stuck in PIE jam, the 3-5pm pickup slot today will be late about 20 min.
        Bang, ada lagi mesin 20kg kosong? Nak basuh comforter.
        The 熨斗 at counter 2 spoil already, use counter 1 first.
        Stain on the collar tak hilang after two washes, want to try dry clean can?
        Morning shift pls check lint filter all dryers, yesterday got burning smell at D4 hor.
        Paiseh, today only one tailor in, alterations ready Monday instead of Saturday.
        Hari Ahad ramai orang, better come weekday morning, confirm got machine.
        Customer lost the slip but got order no., can release or need manager 批准?
        Wah the new detergent very wangi, many regulars asking what brand.
    """),
    ("en", "public_names_places"): _lines("""
        Our newest outlet is at Tan Quee Lan Street, a short walk from Bugis MRT, opening 1 Jan.
        Dry cleaner on Jalan Tun Sambanthan, Brickfields, now open till 9pm.
        Costumes from the P. Ramlee films were conserved by specialists before the museum exhibition, the press release said.
        Mr Bean's launderette episode is still the funniest laundromat scene on TV.
        Michelle Yeoh's red carpet gown was steamed by the studio wardrobe team, the magazine reported.
        The Raffles Hotel in-house laundry handles about 1,500 pieces a day, its general manager told reporters.
        A dry cleaner in Bukit Jalil framed a signed Lee Chong Wei jersey above the counter.
        As Phua Chu Kang would say: don't play play with your dry cleaning!
        Upin & Ipin matching baju raya sets sold out; a tailor in Kampung Baru took 40 orders.
        Kleensuds Laundry Pte Ltd, UEN 201934567W, registered office 10 Anson Road #12-08, Singapore 079903.
        The baju Melayu of Tunku Abdul Rahman at the memorial is conserved, never dry cleaned, the museum guide explained.
        Dobi Wangi Sdn Bhd (202101045678) opens its 30th outlet on Jalan Sultan Ismail, Kuala Lumpur.
        Lat's cartoon of the kampung dhobi washing sarongs in the river hangs in our Ipoh outlet.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        DC-INV-2026-118302 | Customer: Goh Wei Ming | Mobile 9127 4480 | 1x suit 2pc @ $18.00 | ready Fri
        Machine W07 refund: Ms Nurul Aisyah binti Kamarudin, PayNow to 8832 1057, $6.00, approved by duty manager.
        Deliver to Blk 418 Serangoon Central #09-231, Singapore 550418, Mr Rajesh s/o Muthusamy, leave with neighbour if no one home.
        Claim CLM-0934: Mrs Geraldine de Souza says her late mother's lace veil came back torn; she is very upset and wants the manager to call.
        FreshPoints member P-0048213: Tan Siew Ling, DOB 14/03/1987, email siewling.tan87@gmail.com
        Found in trousers pocket, tag #B2207: a clinic appointment letter for HIV follow-up addressed to Muhammad Faris bin Azman. Keep sealed, hand back discreetly.
        Verified NRIC S8214736E before releasing the altered wedding gown, order ALT-7810, Chloe Lim.
        Alteration note: Mr Harjit Singh, waist 42 to 44 after his bowel surgery, wants loose fit around the stoma bag.
        Refund failed, charge back to card 4556 7201 4839 2171 exp 09/28, cardholder LOW KAH HENG.
        Staff file: counter assistant Siti Zubaidah binti Osman, written warning for taking cash from the coin box twice in October.
        CCTV: car SKV 2817 B at the loading bay belongs to the man who left the abusive note, Mr Daniel Chua, flagged to management.
        Lakshmi d/o Ramasamy emailed from lakshmi.rsamy@yahoo.com.sg that her silk saree borders bled and wants $240 compensation.
        Mdm Wong from #05-12 wants her late husband's suits altered for her son, paying in instalments, please don't chase her.
        Driver Bui Van Thanh (FIN F4471823P) collects the hotel uniforms at 6am, his work permit renewal is due in January.
        Hi, I'm Jasmine Koh, I left my engagement ring in dryer D05 at the Tampines outlet last night around 11pm, please call me at 9673 2184.
        Sparkle member Ahmad Zulkifli bin Hashim, MyKad 850417-10-5523, address 23 Jalan SS2/64, 47300 Petaling Jaya.
        Do not release order WF-556201 to Mr Kenneth Yeo; his ex-wife Angela has a PPO against him and is the only one allowed to collect.
        IG @mei.xin.bakes DMed us about her missing apron after pickup and is posting about us in her stories, reply carefully.
        Telegram @darren_ng_88 keeps demanding free re-washes; he is blacklisted at 3 of our outlets.
        Auntie Saroja at the Brickfields branch goes for chemo every Thursday, please cover her alteration shift.
        Farhan Ismail's November pay is RM 2,150 plus RM 180 OT, bank-in on the 7th.
        Mr Chandran Pillai's mohair jacket was lost at the central plant; it was a gift from his late father and he refused the RM 300 offer.
        Hotel guest Mr Hiroshi Tanaka, passport TZ1048273, laundry charged to room 1207, checking out 18 Nov.
        Cheongsam deposit paid by Chan Ka Wai, HKID K382614(7) shown at counter, fitting on Saturday.
        Student Lin Yu-ting (ID A238164754) dropped off 6 shirts, will collect after her exams.
        Refund RM 85 to Maybank a/c 1142 3087 6512, holder Kumaravel a/l Subramaniam, claim CLM-1022.
        Benedict Fernandez asked us to keep his tuxedo until payday because he is behind on rent this month.
        Please send the corporate account receipts to priya.nair.hr@outlook.com (Priya Nair herself), not to the company mailbox.
        Mdm Lee Ah Moi from Blk 22 Jalan Bukit Merah keeps coming to collect clothes she never sent; her daughter asked us to call 8126 9075 if she turns up.
        Loyalty card 600417 reissued to Puan Hajah Zainab binti Yusof after her handbag was snatched at Chow Kit last week.
        Ticket CLM-0958 closed: Mr Marcus Rozario accepted $120 for the shrunk blazer, paid to his OCBC a/c 5012 448 301.
    """),
    "mixed": _lines("""
        Boss, Uncle Ramli dari Blok 7 tu belum bayar RM 36 for last month dobi, he say tunggu duit pencen.
        陈阿姨 at 3栋 the one with bad knees, delivery put inside the gate ya, don't ring bell, her husband sleeping after night shift.
        Customer Ong Bee Hoon 王美云 HP 9235 6610, kebaya alter siap already, can collect tomorrow.
        Kak Lina nak pickup Sabtu, alamat No. 14, Lorong Kenari 3, Taman Sri Rampai, 53300 KL, call 017-662 4903.
        刘先生 left his IC in the shirt pocket lah, S7539021A, keep in safe, tell him when he call.
        Mesin W03 refund utk En. Syafiq Rahman, TnG eWallet 011-2783 4419, RM 7.00, dah approve.
        The Myanmar helper Ma Thida from #12-34 always bring her employer clothes, employer say don't pass her the receipt because she owe money.
        王先生的西装 ready, his wife say don't tell him the price, she pay separately, her HP 9781 3302.
        Abang Hafiz driver tu kena MC 3 hari sebab denggi, route KL-PJ-07 cover by other driver.
        Claim songket rosak for 张丽华, IC 920908-14-6241, minta RM 450, boss belum decide.
        WeChat lily_huang0821 ask deliver to her condo Mont Kiara unit A-23-5, after 8pm only.
    """),
    "ms": _lines("""
        Pelanggan Encik Mohd Rizal bin Abdullah, No. KP 770123-07-5118, tuntutan kerosakan baju pengantin, tel 019-455 2087.
        Tolong hantar semula cadar ke rumah Puan Faridah, No. 8, Jalan Mawar 2, Taman Melati, 81100 Johor Bahru.
        Pekerja Norazlina binti Salleh cuti bersalin mulai 1 Disember, gaji dibayar penuh 98 hari.
        Kasut sekolah anak Cik Hasnah Ibrahim tertinggal dalam mesin pengering 4, dia minta simpan, telefon 013-209 8874.
    """),
    "zh-Hans": _lines("""
        陈晓燕 身份证 440305198803124610，干洗费退回微信，手机 138 2651 7409。
        B座李国华先生的干洗单丢了，他说西装口袋里有他太太的体检报告，请务必找回。
        黄秀英阿姨的羊毛大衣被洗缩水了，她很生气，说要去消费者协会投诉我们。
        郑志明（护照 E78264531）的工作服每周三取件，送到裕廊的公司宿舍。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the customer service assistant for Kleensuds Laundry, Singapore. Be polite and brief.",
        ),
        (
            "user",
            "Hi, washer W09 at Toa Payoh Lor 8 took my $7 but never started. My PayNow is 9046 1835, name Eugene Teo.",
        ),
        (
            "assistant",
            "Sorry about that, Eugene. I have logged a refund request for $7 to PayNow 9046 1835. Could you share the time you used the machine?",
        ),
        ("user", "About 9.40pm yesterday. Thanks ah."),
        (
            "assistant",
            "Noted, refund ticket RF-20461 raised. You should receive it within 3 working days.",
        ),
    ],
    [
        ("system", "You help small shop owners in Malaysia draft customer messages."),
        (
            "user",
            "Tolong tulis mesej untuk customer Puan Salmah binti Jaafar, baju pengantin anak dia siap alter, boleh ambil Jumaat. Nombor dia 012-884 1290.",
        ),
        (
            "assistant",
            "Assalamualaikum Puan Salmah, baju pengantin anak puan telah siap diubah suai dan boleh diambil pada hari Jumaat. Sebarang pertanyaan boleh hubungi kami. Terima kasih!",
        ),
        ("user", "Ok bagus, add also the balance RM 120 kena bayar masa ambil."),
    ],
    [
        ("system", "You are an HR assistant for a dry-cleaning chain."),
        (
            "user",
            "Summarise this for the file: presser Gopal a/l Krishnan, 54, fainted twice at the steam station this month, doctor says high blood pressure, wants to move to counter duty.",
        ),
        (
            "assistant",
            "Summary: Gopal a/l Krishnan (presser, 54) had two fainting episodes at the steam station this month; diagnosed with high blood pressure; requests transfer to counter duty.",
        ),
        ("user", "Add that his MC is until 20 Dec and keep it confidential."),
    ],
    [
        ("system", "You are a lost-and-found assistant for a 24h laundromat."),
        (
            "user",
            "Someone left a wallet in dryer D02. Inside got IC T0367152B, name Nicholas Ang Jun Jie, and a POSB card.",
        ),
        (
            "assistant",
            "Please keep the wallet in the safe and do not post the IC details publicly. Log it as LF-0317 with the IC number so the owner can verify identity when collecting.",
        ),
        ("user", "Ok, he just called from 8290 5514, coming at 7pm."),
        (
            "assistant",
            "Great. Ask him to show photo ID matching T0367152B before handing over, and note the collection time in the log.",
        ),
    ],
    [
        ("system", "Tailor shop booking assistant."),
        (
            "user",
            "Book fitting for Mr Jonathan D'Cruz, chest 40, waist 34, inseam 31, Saturday 3pm. Email jdcruz.home@gmail.com.",
        ),
        (
            "assistant",
            "Booked: Jonathan D'Cruz, Saturday 3pm fitting. Measurements chest 40, waist 34, inseam 31 recorded. Confirmation will go to jdcruz.home@gmail.com.",
        ),
        (
            "user",
            "He also mention he lost a lot of weight from the cancer treatment, so maybe leave extra allowance.",
        ),
    ],
    [
        ("system", "You translate shop messages between English and Chinese."),
        (
            "user",
            "Translate to Chinese: Dear Mdm Seah, your son Bryan's school uniforms (5 sets) are ready. Balance $22.50. Collect at Blk 210 Bishan St 23 shop.",
        ),
        (
            "assistant",
            "亲爱的谢女士，您儿子Bryan的校服（5套）已经洗好了。余额22.50元。请到碧山23街210座的店铺领取。",
        ),
        ("user", "Thanks, she prefer WeChat, her ID is seah_meiling77."),
    ],
    [
        (
            "system",
            "You are a debt reminder writer for a laundry delivery service in Kuala Lumpur.",
        ),
        (
            "user",
            "Customer Vincent Lau Chee Keong, 3 unpaid invoices since August total RM 412, address 17-3A Jalan Kuchai Maju 8, 58200 KL. Write a firm but polite reminder.",
        ),
        (
            "assistant",
            "Dear Mr Lau, our records show three unpaid invoices since August totalling RM 412. Kindly settle the amount within 7 days to avoid suspension of pickup service. Thank you.",
        ),
        (
            "user",
            "Good. His car WXB 4821 still parked at our loading bay also, mention he must move it.",
        ),
    ],
    [
        ("system", "Assistant for a laundromat owner in Singapore."),
        ("user", "How do I set the dryer timer to 40 min default on the Electrolux T5290?"),
        (
            "assistant",
            "On the T5290 open service mode, go to Programme settings, select the default programme and set duration to 40 minutes, then save and exit.",
        ),
        (
            "user",
            "Thanks. Also the regular Mr Balakrishnan from Block 5 said his wife passed away last week, should we waive his fees this month?",
        ),
        (
            "assistant",
            "That is a kind gesture and entirely your call. A short condolence note and a month of free washes would likely be appreciated.",
        ),
    ],
    [
        (
            "system",
            "You are customer support for a dry cleaner in Causeway Bay serving tourists from Singapore.",
        ),
        (
            "user",
            "I dropped off a qipao yesterday, ticket CB-4402. Name Wong Siu Fong, HKID Y507218(0), phone 6381 2275. Can deliver to my hotel?",
        ),
        (
            "assistant",
            "Yes, Ms Wong. We can deliver ticket CB-4402 to your hotel. Please share the hotel name and room number, and we will confirm the time.",
        ),
        ("user", "Harbour View Hotel room 1812, after 6pm."),
    ],
    [
        ("system", "You draft incident reports for a self-service laundromat chain in Johor."),
        (
            "user",
            "Write incident: at 10.15pm customer Roslan bin Yaakob cut his hand on broken glass of washer W04 door, bleeding, taken to Hospital Sultanah Aminah by his brother. His phone 019-733 6018.",
        ),
        (
            "assistant",
            "Incident report: At 22:15, customer Roslan bin Yaakob sustained a hand laceration from broken door glass on washer W04 and was taken to Hospital Sultanah Aminah by a family member. Contact: 019-733 6018. Machine W04 taken out of service pending repair.",
        ),
        ("user", "Add that we offered to pay his clinic bill and he accepted."),
    ],
]
