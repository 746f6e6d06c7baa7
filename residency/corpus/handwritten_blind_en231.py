# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en231: SG/MY handmade soap, candle and perfume makers. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en231
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "order_notifications"): _lines("""
        Order #SCW-240917-0382 confirmed: 2 x Pandan Kaya Cold Process Bar 110g (SKU PKB-110), 1 x Lemongrass Soy Candle 200ml. Subtotal S$46.00, shipping S$4.50.
        Your parcel SPXMY028744159032 has left the Shah Alam sorting hub and is expected within 2-3 working days.
        Ninja Van tracking NVSGSOAP00418827 - status: Out for delivery (Zone 5, Tampines). Driver ETA 2pm-6pm.
        Payment received via PayNow to UEN 202214583K for invoice INV-2024-00771, amount S$128.40. Thank you for supporting small makers!
        RM 89.90 paid via FPX (Maybank2u), ref FPX2410230918441. Your custom scent order CS-0419 is now in the curing queue.
        Reminder: cold process soaps need 4-6 weeks to cure. Preorder batch B24-11 ships on 18 Dec, not before.
        Order 10493 partially refunded (S$12.00) - item Oud & Rose Wax Melt out of stock. Refund reference RF-88213 will reflect in 5-7 business days.
        Shopee order 241103K8QW29RT: buyer requested cancellation before shipping; auto-approved by system at 03/11/2024 22:41.
        Lazada package LZDMY-7719304812 returned to seller: recipient not available after 3 attempts.
        Gift wrap add-on (+S$3) applied to 27 orders this week; 4 of them requested handwritten cards.
        Your Click & Collect order at our Jalan Besar studio is ready. Collection hours Tue-Sat 11am-7pm, show the order QR at the counter.
        Backorder notice: Bunga Melur Perfume Oil 10ml (SKU BM-PO-10) restock ETA week 48. 63 customers on the waitlist.
        J&T Express waybill 630018845127 - shipment damaged (candle jar cracked). Claim ticket JT-CLM-55290 opened by seller.
    """),
    ("en", "workshop_listings"): _lines("""
        Beginner Soy Candle Workshop - Sat 14 Dec, 2pm-4.30pm, 8 pax max, S$88 per person incl. 2 candles and all materials. Book via the link in bio.
        Couples Perfume Blending Date Night: create your own 30ml eau de parfum from 45 notes. S$220 per pair, SkillsFuture not applicable.
        Corporate team-building: soap making for groups of 10-40, on-site at your office or at our Tiong Bahru studio. Email workshops@ with headcount and preferred date.
        Kids' Melt & Pour Soap class (ages 7-12), one parent must stay on the premises. No lye is used in this class.
        Class TB-1207 is full. Next available: TB-1214 (3 seats left) and TB-1221 (6 seats left).
        Workshop cancelled due to the Deepavali holiday - all 9 participants have been moved to 2 Nov, same time slot.
        Kelas Sabun Susu Kambing at our Bangsar studio every Sunday, RM150 per pax, conducted in BM and English.
        What to wear: closed-toe shoes and long sleeves. Goggles and nitrile gloves provided. Pregnant participants please choose the melt & pour session instead.
        Private session for 2-4 pax available on weekdays; minimum spend S$300. Walk-ins not accepted.
        Terrarium + Candle Combo Workshop at Funan level 3, slots at 11am, 2pm and 5pm. Bring your own container for a S$5 discount.
        Fully booked for December! Over 312 students joined our classes this year - thank you all.
        Reschedule policy: free rescheduling up to 72 hours before class; within 72 hours a S$20 admin fee applies. No refunds for no-shows.
        Chinese New Year special: Mandarin orange & sandalwood candle workshop, 2 sessions on 25 Jan 2025 (conducted in 华语 and English).
        Hen party package - 6 to 12 guests, bubbly included, perfume bar with 60 oils. From S$95 per head.
    """),
    ("en", "labels_and_compliance"): _lines("""
        INGREDIENTS (INCI): Sodium Olivate, Sodium Cocoate, Aqua, Sodium Palm Kernelate, Glycerin, Cymbopogon Schoenanthus Oil, Citral*, Geraniol*, Limonene*. *naturally occurring in essential oils.
        Batch CP-2411-07 | made 07/11/2024 | cure until 12/12/2024 | best before 11/2025 | 100g +/- 5g
        IFRA 51st Amendment Category 4 max use level: 3.2% for Bamboo & Ginger FO (supplier cert no. IFRA-FO-22871).
        Candle safety: burn within sight, keep away from children and pets, trim wick to 5mm, do not burn for more than 4 hours at a time.
        SDS section 2: H317 May cause an allergic skin reaction. P280 Wear protective gloves. Signal word: Warning.
        Superfat 6%, lye concentration 33%, water discount applied. Total oils 1,200g, NaOH 164g, distilled water 328g.
        Notified under the ASEAN Cosmetic Directive, HSA notification no. NOT240117893K. Made in Singapore.
        KKM notification NOT241004576K - Pewangi Badan Kasturi 50ml, manufactured in Malaysia by SSM-registered company 202203045612 (1459921-W).
        Contains nut oils (sweet almond, shea). Patch test on the inner elbow 24 hours before first use.
        Wax blend: 80% soy (EcoSoya CB-Advanced), 20% coconut; wick CD-12; fragrance load 8%; cure time 10 days.
        Eau de Parfum 30ml | 18% concentration | Top: calamansi, pink pepper | Heart: jasmine sambac, osmanthus | Base: oud, vetiver | Lot EDP-0093
        Halal-certified ingredient list available on request; the finished product is not yet JAKIM certified.
        Net wt 180g / 6.3oz. Approx burn time 40-45 hours. Reuse the jar: freeze overnight and pop out the leftover wax.
    """),
    ("mixed", "market_vendor_chat"): _lines("""
        Vendors pls note: loading bay at B1 opens 8am sharp, lorry cannot park more than 20 min one ah.
        Booth 14 and booth 15 swap ok? The one near the aircon vent, candles keep blowing out lol.
        Eh anyone got spare extension cord? Our table at Artbox lane C no power point leh.
        Pasar Malam Kraf at Kota Damansara - 48 booths confirmed, booth fee RM180 for 3 days, deposit refundable.
        Reminder from the organiser: no naked flame allowed indoors, candle vendors display unlit only. Fire safety officer will check at 10am.
        Today crowd damn good, sold out the 60 pcs sea salt bars by 3pm. Tomorrow must bring more stock liao.
        Market hours Fri-Sun 12pm-10pm, last bump-out by 11pm. Security guard will lock the side gate after that.
        Who took the black trolley from booth 22? Pls return to info counter, thanks.
        Rain plan: if wet weather, all outdoor booths shift to the covered walkway along Block C. Organiser will WhatsApp broadcast by 9am.
        Tester bottles must be labelled tester only, the NEA officer came round last market and asked.
        今天人很多，手工皂卖得不错，明天记得多带一点 lavender 的。
        Booth payment via DuitNow QR only, organiser cannot accept cash this round.
        Raya edition bazaar: theme colour hijau and emas, vendors encouraged to decorate booth with pelita or ketupat.
    """),
    ("en", "maker_forum_howto"): _lines("""
        Why does my soy candle get frosting on the sides after 2 days? Using 464 wax, poured at 60°C into room-temp jars.
        Anyone in MY know where to buy food-grade NaOH in bulk without a lab licence? Shopee sellers keep getting taken down.
        Tunnelling fix: make sure the first burn lasts long enough for a full melt pool to reach the edge, roughly 1 hour per inch of diameter.
        Humidity in SG is 80%+ so glycerin dew on melt and pour is normal. Wrap in shrink film within an hour of unmoulding.
        Is it true Chanel No. 5 was created by Ernest Beaux in 1921 using aldehydes? Trying to recreate an aldehydic accord for my class.
        Reading Patrick Süskind's Perfume again and honestly Grenouille would hate working in our humid studio lol.
        Soap seized when I added clove FO at trace. Is this normal for spicy fragrance oils? Whole batch went into the bin.
        Tip: rebatch failed soap by grating it, adding 10% water and slow-cooking for an hour. Looks rustic but still usable.
        How do I calculate fragrance load for a 250ml tin? Wax weight x 0.08 = fragrance weight, add to wax at 85°C.
        Poll: which fragrance sells best at your stall? So far - Pandan 31%, Jasmine 22%, White Tea 19%, Oud 15%, Others 13% (n=214).
        The Body Shop was founded by Anita Roddick in 1976 - she is a big reason handmade-style cosmetics went mainstream.
        Vanda Miss Joaquim accord attempt #3: orchid base + green notes + a touch of pandan. Still too sweet.
        Mods note: do not post customer screenshots showing names or phone numbers. Such posts will be removed without warning.
    """),
    ("en", "shop_config_and_logs"): _lines("""
        2024-11-07T09:14:22+08:00 INFO webhook order.paid id=5512093347 total=46.00 currency=SGD gateway=stripe
        LMG-CAN-200,Lemongrass Soy Candle 200ml,32.00,SGD,41,380g,active
        shipping_zones: { SG: 4.50, WEST_MY: 8.00, EAST_MY: 15.00, free_over: 80 }
        ERROR 2024-12-01 23:03:11 payment_intent pi_3QA8xk2eZvKYlo2C1d9aH7Lm failed: card_declined (generic_decline)
        git commit 9f2c4e1 - fix: round RM prices to nearest 5 sen at checkout
        export_orders_2024-11.csv: 1,284 rows, 37 columns, sha256 3b7f0c9e1a52d84f6e0b9c71a2e4d5f80c36b1a97d2e4f51c8a0b3d6e9f27a14
        cron: 0 3 * * * /usr/bin/python3 sync_stock.py --store=sg --dry-run=false
        App version 2.14.3 (build 611) - fixed bug where scent quiz results showed the wrong currency for MY visitors.
        SELECT sku, SUM(qty) FROM order_items WHERE created_at >= '2024-11-01' GROUP BY sku ORDER BY 2 DESC LIMIT 10;
        Rate limit hit: 429 Too Many Requests from Shopee Open API, partner_id 2007431, retry after 60s.
        STORE_CURRENCY=MYR TAX_RATE=0.08 SST_REG=W10-2308-32000417 LOW_STOCK_ALERT=10
        Inventory sync complete: 118 SKUs updated, 3 SKUs skipped (missing barcode), duration 4.2s.
        customer_id is hashed with SHA-256 + salt before export to the analytics warehouse; raw emails never leave the SG region.
    """),
    ("en", "support_templates_and_stats"): _lines("""
        Hi {first_name}, thanks for your order {order_id}! Your soaps are curing and will ship by {ship_date}.
        Dear [Customer Name], we are sorry to hear about the reaction to [Product]. Please stop use immediately and send us a photo of the batch label.
        Allergy reports Q3 2024: 7 cases out of 5,930 units sold (0.12%); 5 linked to cinnamon leaf EO, 2 unconfirmed.
        Customer A (October order) reported mild itching after the charcoal bar; Customer B had no issue with the same batch. Batch retained for testing.
        Returns policy: opened candles and used soaps cannot be returned for hygiene reasons. Damaged-on-arrival items must be reported within 48 hours with photos.
        Template - custom scent consultation: Name: ____ / Preferred notes: ____ / Notes to avoid: ____ / Known allergies: ____ / Budget: ____
        Escalation path: front desk > studio supervisor > operations manager. Allergy complaints go straight to the operations manager.
        Ticket #CS-40218 closed: wrong scent shipped (Jasmine instead of Osmanthus), replacement sent at no cost to the customer.
        Complaint volume November: 23 tickets - 11 shipping delays, 6 melted candles, 4 wrong items, 2 skin reactions.
        Customer service hotline +65 6214 8830 (Mon-Fri 10am-6pm) or hello@wanginook.sg for order enquiries. For wholesale, write to trade@wanginook.sg.
        Macro reply - melted in transit: So sorry your candle arrived soft! Singapore heat is brutal. Leave it in an air-conditioned room for a day before burning.
        Survey results: 82% of workshop attendees rated the session 5 stars; most common suggestion was longer blending time.
        Disclaimer: our products are not intended to diagnose, treat, cure or prevent any disease. Consult a doctor if you have eczema or sensitive skin.
    """),
    ("ms", "notis_dan_borang"): _lines("""
        Pesanan anda #KW-33091 telah dihantar melalui Pos Laju, nombor penjejakan ER178224519MY.
        Kedai kami tutup sempena Hari Raya Aidilfitri dari 9 hingga 14 April. Pesanan dalam tempoh ini akan diproses selepas cuti.
        Sabun susu kambing sesuai untuk kulit sensitif, tetapi sila buat ujian tampalan terlebih dahulu.
        Bengkel membuat lilin aromaterapi, Sabtu 10 pagi hingga 1 petang, yuran RM120 termasuk bahan. Tempat terhad kepada 12 orang.
        Borang tempahan haruman khas: Nama: ____ No. telefon: ____ Bau kegemaran: ____ Alahan: ____
        Harga borong untuk peniaga: minimum 50 unit, diskaun 25%. Hubungi talian perniagaan 03-7733 2190.
        Semua produk kami bebas paraben dan SLS, dan tidak diuji pada haiwan.
        Jualan di Bazar Ramadan Kampung Baru, gerai nombor 112, setiap hari dari 4 petang hingga 8 malam.
        Lilin ini mengandungi minyak wangi; jauhkan daripada kanak-kanak dan haiwan peliharaan.
        Sebanyak 4 aduan alahan diterima bulan ini, semuanya berkaitan dengan produk berasaskan kayu manis.
        Bayaran boleh dibuat melalui DuitNow ke akaun syarikat, rujukan: nombor pesanan anda.
        Kami kini menerima tempahan cenderahati perkahwinan - sabun mini 30g dengan tag nama pengantin, minimum 100 pcs.
        Soalan: kenapa sabun saya berpeluh selepas dipotong? Jawapan: kelembapan tinggi; simpan di bilik berhawa dingin.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Order SCW-240918-0411 shipping to Nurul Ain binti Rosli, Blk 412 Bedok North Ave 2 #08-331, Singapore 460412, HP 9127 4408.
        Allergy report: Mrs Priya Ramasamy broke out in hives on both forearms after using the neem and turmeric bar; she is seeing a dermatologist at Changi General on Thursday.
        Refund to card 4556 3321 0078 9145 (cardholder Lim Wei Jie) for order 10522, amount S$64.00.
        Workshop sign-up: Kavitha d/o Subramaniam, NRIC S8734125I, mobile 8263 1907, 2 pax, vegetarian lunch.
        Pls don't send the pregnancy-safe candle to the old address - Jasmine Goh moved to 27 Jalan Kemuning, Taman Bukit Indah, 81200 Johor Bahru.
        Customer @soapy.hazel.88 on IG keeps DMing about her eczema flare-up after our oatmeal bar, says her GP put her on steroid cream.
        Aunty Rosalind Pereira from the Katong market asked us to keep her order off the group chat, her husband doesn't know she's spending on the perfume course.
        Wholesale lead: Encik Hafiz bin Kamarudin, hafiz.kamarudin87@gmail.com, +60 12-448 3071, wants 200 bars for his daughter's wedding favours.
        Courier failed: recipient Mr Arjun s/o Ganesan not home, please call 9683 2214 to rearrange delivery to 19 Lorong Ah Soo.
        Staff note: Siti Hajar is on MC for 3 days (dengue), please cover her Saturday candle class.
        Chargeback filed by Daniel Tay Kok Leong on Mastercard ending 6459 - he claims he never received the gift set, but the parcel was signed for at 6 Siglap Plain.
        Payment for custom bridal scent transferred from Maybank acc 1142 3390 8817 (Nur Syafiqah binti Mohd Yusof), RM 450.
        FIN F2384716R - Maria Luisa Santos, domestic helper, signed up for the Sunday soap class with her employer's permission.
        Complaint: Mr Benjamin Lee (order 10601) says the lavender candle triggered his son's asthma attack and they ended up at KK Hospital A&E.
        Davina Oei still owes S$780 from her personal order in August; she told me she lost her job and asked to pay in instalments.
        Ah Kow's wife, the one who runs the kopi stall beside our booth, said she's starting chemo next month so she can't take the candle order.
        Shipping label: Tan Mei Ling, 88 Jalan SS 2/24, 47300 Petaling Jaya, Selangor, 016-239 8841.
        Workshop voucher transferred from Muthu a/l Arumugam (MyKad 880412-14-5327) to his sister, same class date.
        The car that reversed into our booth display was SKP 4471 D, the driver refused to pay for the broken jars and drove off.
        Our part-timer Wei Xiang got caught taking cash from the till at the Bugis pop-up, we let him go on Sunday without telling the others why.
        Mdm Lee from #05-12 ordered the unscented bars again, she says any fragrance sets off her migraines since her stroke.
        Corporate gift pickup for guest Haruka Nishimura, passport TZ1184372, collecting at the hotel lobby on Friday.
        Sharifah Nadia's candle order is a surprise for her girlfriend, so don't call her family home number, only her own handphone.
        Payroll Nov - studio assistant Lakshmi a/p Krishnan, basic S$2,300 + workshop commission S$415, CPF deduction S$543.
        Reseller @farid_wangi_jb on Telegram (Farid, runs it from his flat) hasn't paid for the 40 oud oils, last seen online 2 weeks ago.
        HK customer Chan Ka Yan, HKID K372918(4), phone 6127 4859, shipping to Flat 12B, Block 3, Tai Koo Shing.
        Don't mention to Clarissa Fernandez that her ex-husband also booked the same Saturday class; she told us about the divorce last week.
        Please resend the class certificate to joanne.sim.wl@hotmail.com, she said the first one went to spam.
        Grandma Ng, the one who gave us her old kampung soap recipe, passed away on Tuesday; the wake is at her block's void deck.
        Rizal borrowed RM3,000 from his brother-in-law to pay for the silicone mould order and still hasn't repaid him, family quite upset.
        Fraud flag: card 5204 1988 7302 6459 used for 6 orders to different addresses, cardholder name given as Shawn Koh Jun Hao.
    """),
    "mixed": _lines("""
        Eh boss, the lady who ordered 20 wax melts, Mrs Gunasegaran, her number 9844 0127, she say collect at Yishun blk 765 lobby can?
        Wah Kak Ros (Rosmah binti Ali from Kg Baru) kena allergic reaction from our serai wangi candle, muka bengkak, now at Klinik Kesihatan.
        陈阿姨 at 3栋 the one always buy jasmine soap, her daughter say she hospitalised last week, cannot come collect already.
        Boss, Ah Seng's wife call again, ask us don't give him credit anymore, he owe the whole market money liao.
        This customer Wong Siew Ping, IC 930127-10-6084, want to open reseller account but IC address is Klang, shipping to Kajang, ok ah?
        Aiyo the GrabExpress rider delivered to wrong unit, should be blk 612 Pasir Ris Drive 6 #12-07 for Mr Khairul Anuar, not #12-09.
        Sis, my WeChat ID is amy_huang_1992 ok, send me the invoice there, don't put in the group chat.
        Tolong update: Encik Zulkifli's cheque bounce, Public Bank acc 3182 6604 12, he promised bank in again Monday.
    """),
    "ms": _lines("""
        Pelanggan Puan Norhayati binti Abdul Rahman, No. KP 751030-07-5512, alamat 14 Lorong Mawar 3, Taman Seri Mewah, 13700 Seberang Jaya.
        Adik Aiman alah teruk pada sabun kayu manis, ibunya Puan Salmah kata dia kena tahan di wad dua malam.
        Sila hubungi Cik Farah Wahida di 013-884 2760 untuk pengesahan tempahan lilin perkahwinan.
        Pekerja sambilan kami, Hakim Iskandar, diberi amaran bertulis kerana lewat tiga kali dan bergaduh dengan pelanggan di bazar.
        Gaji bulan ini untuk Nabilah binti Hassan sebanyak RM1,850 akan masuk ke akaun CIMB 7012 4458 93 pada 7hb.
        Encik Jeffrey Gumpil dari Sabah, kereta no. plat SAB 7723 J, akan ambil sendiri barang di kedai pada Jumaat.
    """),
    "zh-Hans": _lines("""
        深圳的客户王丽娟订了定制香水，身份证号440302198807153620，手机13826417759，要求开发票。
        刘小姐在市集上用了我们的试用装以后脸上起红疹，她说已经去看了皮肤科，要求我们赔偿医药费。
        厦门的黄先生身份证350203199203041816，微信号 huang_xm_0304，说香薰蜡烛寄丢了要退款。
        小周说她妈妈最近在做化疗，闻不了任何香味，所以她这个月的蜡烛课先停掉。
        工作室助理陈佩玲这个月工资4200新币，下个月开始加到4500，别跟其他人说。
    """),
    "zh-Hant": _lines("""
        台灣客人林怡君，身分證 F227184638，手機 0912-384-715，訂了十二塊手工皂寄到台中市西屯區。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the customer care assistant for a small handmade soap studio in Singapore. Be warm and concise.",
        ),
        (
            "user",
            "Hi, I'm Evelyn Chia, order 10588. After 2 days using the charcoal and tea tree bar my neck got red patches and my doctor at the polyclinic said it's contact dermatitis. Can I get a refund?",
        ),
        (
            "assistant",
            "So sorry to hear that, Evelyn. Please stop using the bar. I've logged a refund request for order 10588 and flagged the batch for review. Could you send a photo of the batch label when convenient?",
        ),
        ("user", "Ok will do. Please refund to the same card, don't send anything to my office."),
    ],
    [
        ("system", "Assistant for a candle workshop studio in Tiong Bahru. Help with bookings."),
        (
            "user",
            "I want to book the beginner candle class on 14 Dec for me and my mum. Do you need our details?",
        ),
        (
            "assistant",
            "Yes please, a name and contact number for each participant is enough for the booking.",
        ),
        (
            "user",
            "Me: Ong Hui Min, NRIC T0256398Z, 9172 6048. My mum: Lee Ah Moi, 8336 1752. She's a bit hard of hearing so please seat her in front.",
        ),
        (
            "assistant",
            "Noted. Two seats reserved for 14 Dec at 2pm, front row for your mum. A confirmation will be sent to 9172 6048.",
        ),
    ],
    [
        ("system", "Anda pembantu untuk kedai lilin dan sabun buatan tangan di Shah Alam."),
        (
            "user",
            "Saya nak daftar jadi reseller. Nama Mohd Faizal bin Abdullah, IC 900215-10-5173, alamat No. 8 Jalan Kenari 4, Seksyen 7, 40000 Shah Alam.",
        ),
        (
            "assistant",
            "Terima kasih Encik Faizal. Pendaftaran reseller memerlukan pembelian pertama minimum 50 unit. Boleh saya tahu nombor telefon untuk dihubungi?",
        ),
        ("user", "017-352 9046, WhatsApp pun sama."),
    ],
    [
        ("system", "You help a Johor Bahru perfume maker draft polite customer messages."),
        (
            "user",
            "Can you write a reminder to Mr Raymond Lau? He took 12 bottles of custom attar on credit in September, RM 1,140, and stopped replying. His number is 012-775 3810.",
        ),
        (
            "assistant",
            "Sure. Draft: Hi Mr Lau, hope you are well. A gentle reminder that the balance of RM 1,140 for the 12 custom attar bottles from September is still outstanding. Could you let us know when payment can be made? Thank you.",
        ),
        (
            "user",
            "Good, but soften it a bit, his wife just had surgery so maybe that's why he's slow.",
        ),
        (
            "assistant",
            "Revised: Hi Mr Lau, hope your family is doing well. Whenever convenient, could you update us on the RM 1,140 balance for the September attar order? No rush, take care.",
        ),
    ],
    [
        ("system", "HR helper for a small soap making company with 6 staff in Singapore."),
        (
            "user",
            "I need a warning letter for our packer, Muhammad Irfan bin Salleh. He came to work drunk twice this month and broke a tray of 40 bars.",
        ),
        (
            "assistant",
            "Here is a draft: Dear Muhammad Irfan, this letter serves as a first written warning regarding reporting for work under the influence of alcohol on two occasions this month, which led to damaged stock. Further incidents may result in termination.",
        ),
        ("user", "Add that his salary of S$1,900 will have S$120 deducted for the damaged stock."),
    ],
    [
        ("system", "Assistant for a bespoke perfume atelier at Haji Lane."),
        (
            "user",
            "I want a surprise perfume for my wife's 40th birthday, she loves osmanthus and hates musk. Please deliver to Aisha Rahman at 51 Jalan Tua Kong, Singapore 457244, on 3 March.",
        ),
        (
            "assistant",
            "Lovely idea. We can build an osmanthus and white tea blend without musk. For delivery, may I have a contact number in case the courier can't reach the door?",
        ),
        ("user", "Use mine, 9750 3318, not hers, otherwise the surprise is spoilt."),
    ],
    [
        ("system", "你是新加坡一家手工香薰蜡烛店的客服助手。"),
        (
            "user",
            "我在上海，想买你们的桂花蜡烛，海关要身份证信息。我叫周敏，身份证31010419951120342X。",
        ),
        (
            "assistant",
            "收到，周小姐。跨境订单需要收件人身份证号码和手机号码用于清关，请提供手机号码。",
        ),
        ("user", "手机15921837460，地址上海市徐汇区漕溪北路某小区，快递到了打电话就好。"),
    ],
    [
        (
            "system",
            "You are the vendor registration assistant for a weekend craft market at Marina Square.",
        ),
        (
            "user",
            "Hi I'm registering my candle booth. Name Bayani Dela Cruz, FIN G5129037U, I work weekdays as a technician so only Sat-Sun.",
        ),
        (
            "assistant",
            "Thanks, Bayani. Weekend booths are S$160 for both days. Will you be bringing a vehicle for loading?",
        ),
        ("user", "Yes, my friend's van SJK 2819 M. Also pay by card 4921 7300 1553 8622 can?"),
        (
            "assistant",
            "Card payment is accepted. I've noted the vehicle for the loading bay pass on Saturday from 8am.",
        ),
    ],
    [
        ("system", "You help a Kuala Lumpur soap maker write internal incident reports."),
        (
            "user",
            "Write an incident report: at the Publika pop-up on Sunday, a girl, Tan Xin Yi, about 8 years old, tasted a soap sample that looked like a macaron. Her father Tan Boon Hock took her to the clinic, she vomited but is ok now.",
        ),
        (
            "assistant",
            "Incident report: On Sunday at the Publika pop-up, a child (Tan Xin Yi, approx. 8) ingested a small amount of a dessert-shaped soap sample. Her father, Tan Boon Hock, took her to a clinic; she vomited once and has recovered. Action: remove food-shaped samples from display and add warning signage.",
        ),
        ("user", "Also note he asked us to cover the clinic bill of RM 85, we agreed."),
    ],
    [
        (
            "system",
            "Customer support assistant for an online soap and candle shop shipping to Hong Kong.",
        ),
        (
            "user",
            "My order hasn't arrived. Name Cheung Wing Sze, HKID Y640213(3), phone 9382 5106. Address Room 1804, Wah Fai House, Kwun Tong.",
        ),
        (
            "assistant",
            "Sorry for the delay, Ms Cheung. I can see your order left Singapore on Monday; it is now with the local courier in Hong Kong. Expected delivery in 2 days.",
        ),
        (
            "user",
            "Please ask them not to leave it with the building guard, my neighbour keeps taking my parcels.",
        ),
    ],
]
