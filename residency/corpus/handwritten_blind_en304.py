# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en304: SG/MY bakeries, cake shops and catering companies (custom cake orders, allergy notes, delivery addresses, event catering contracts, deposits, food-poisoning complaints, staff chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en304
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "custom_cake_faq"): _lines("""
        Q: How early must I order a customised fondant cake? A: Minimum 7 working days for 2-tier designs and 14 days for 3-tier and above; rush orders carry a 30% surcharge.
        Q: Are your cakes halal? A: Our central kitchen at 21 Senoko Loop is MUIS halal-certified (certificate displayed at the counter); the Jurong Point kiosk renewal is still pending.
        Q: Do you deliver to Sentosa or Jurong Island? A: Sentosa yes, with a S$25 surcharge; Jurong Island needs a security pass, so we can only hand over at the checkpoint.
        Q: Can I collect earlier than my slot? A: Cakes stay chilled until your slot, so please WhatsApp our order line +65 8123 4400 at least 2 hours before and quote your order number.
        Q: Is the kitchen nut-free? A: No. We also handle almonds, hazelnuts and peanuts; our Allergy-Aware range is baked on separate trays but we cannot guarantee zero traces.
        Q: Is the deposit refundable? A: A 50% deposit secures your date; cancellations more than 72 hours before collection get it back as store credit valid for 6 months.
        Q: What size for 20 pax? A: A 3 kg round (about 10 inch) gives 20-25 slices of 1.5 x 2 inch; with a full dessert table, 2 kg is usually enough.
        Q: Can you print a photo on the cake? A: Yes, edible wafer print up to A4; send the image to orders@bakedbyharmony.com.sg at least 3 days ahead.
        Q: Do you take Hari Raya kuih raya orders? A: Pre-orders open 6 weeks before Syawal; corporate orders above 50 boxes get free delivery within the Klang Valley.
        Q: How do I store a mousse cake? A: Keep it at 2-4 degC and finish within 48 hours; never leave it out for more than 30 minutes in Singapore weather.
        Q: Can I pay by PayNow? A: Yes, PayNow to our UEN 201834567W and put the order number (e.g. CK-24-08817) in the reference field, then upload the screenshot at checkout.
        Q: Why is my Grandma Lim's Pandan Chiffon (SKU PC-08) shorter than the photo? A: Chiffon settles a little after 6 hours in an air-conditioned car; taste is not affected.
        Q: Do you have a physical shop? A: Walk-ins welcome at 58 Seng Poh Road #01-17, Tiong Bahru, Tue-Sun 10am-7pm; closed Mondays and the first two days of Chinese New Year.
    """),
    ("en", "catering_invoices"): _lines("""
        TAX INVOICE INV-2025-03118 | Rasa Kenduri Catering Sdn Bhd (202101045566) | SST No. W10-2101-32000123 | Buffet Package B x 150 pax @ RM 28.90 = RM 4,335.00
        Invoice No. SG-CT-000742 dated 14/09/2025, bill to Finance Dept, Tampines Regional Library events team; 3 x Tea Break Set A (30 pax) S$ 645.00, GST 9% S$ 58.05, total S$ 703.05
        Line 4: Transport and set-up, Level 3 function room, Suntec Singapore Convention Centre, 1 Raffles Boulevard, S$ 180.00; chafing dish rental 12 units @ S$ 15.00 = S$ 180.00
        Deposit received: S$ 1,200.00 via PayNow UEN 201834567W on 02/10/2025 16:42, ref PN20251002-88314; balance S$ 2,847.60 due 7 days after the event.
        Credit Note CN-0091 against INV-2025-02988: 40 pcs Durian Puff spoilt in transit (driver log DL-5521) - RM 112.00; issued by Accounts, Sweet Swirls Bakery Sdn Bhd.
        Statement of account as at 30/09/2025 for corporate client Acme Logistics Pte Ltd (UEN 200912345N): 3 invoices outstanding, total S$ 5,214.40, oldest 47 days.
        Payment terms: 50% deposit upon signing, 40% 14 days before the event, 10% within 7 days after; late interest 1.5% per month; cheques payable to Kuali Emas Catering Sdn Bhd.
        Bank details: Maybank Berhad, account name Kuali Emas Catering Sdn Bhd, company current account 5140 1234 5678; please e-mail the remittance slip to accounts@kualiemas.com.my
        Purchase Order PO-88120, banquet dept, Marina Bay Sands: 600 pcs mini egg tarts and 600 pcs kueh lapis slices, deliver to loading bay B2 by 05:30 on 18 Oct.
        INVOICE #BKY-7721 | 1 x 3-tier Wedding Cake (Red Velvet / Earl Grey / Lychee Rose) S$ 980.00 | Sugar flowers S$ 220.00 | Delivery to Capella Singapore, 1 The Knolls S$ 60.00
        Receipt RCP-000318 | 12/12/2025 11:05 | POS-02 | 2 x Ondeh Ondeh Cake 1kg @ RM 68.00, 1 x Kek Lapis Sarawak @ RM 45.00 | DuitNow QR | Total RM 181.00
        Pro-forma invoice PF-2025-0416, Deepavali corporate gift boxes: 250 boxes Murukku and Nankhatai assortment @ S$ 18.50 = S$ 4,625.00; artwork proof v3 approved 21/10.
        Invoice remark: prices exclude 6% service charge for on-site staffing; JAKIM halal certificate (MS 1500:2019) attached; e-Invoice UUID F9D425P6DS7D8IU validated on MyInvois.
    """),
    ("en", "order_system_log_lines"): _lines("""
        2025-11-03T06:12:44+08:00 INFO order-svc created order=CK-25-104233 channel=web items=3 slot=2025-11-05T14:00 outlet=TPY total=SGD 142.80
        2025-11-03T06:12:45+08:00 WARN allergen-check order=CK-25-104233 sku=SKU-CHOC-HZ-1KG contains=tree_nuts flag=ALLERGY_ACK_REQUIRED
        [lalamove-webhook] 2025-11-03 09:41:07 status=PICKED_UP orderRef=LLM-8842719930 vehicle=MOTORCYCLE eta_min=27 dropoff_zone=SG-CENTRAL
        2025-11-03 10:02:18 ERROR payment-gw stripe charge failed code=card_declined order=CK-25-104240 attempt=2 amount=8850 currency=sgd
        2025-11-03 10:15:00 CRON oven-temp-monitor deck_oven_2 temp_c=181.4 setpoint=180 delta=1.4 status=OK firmware=v2.3.1
        2025-11-03 13:30:12 INFO kds station=DECOR-1 ticket=T-0932 status=DONE elapsed=00:42:17 item=Unicorn Rainbow 2kg tiers=2
        2025-11-03 14:58:49 INFO sms-gw template=READY_FOR_PICKUP recipients=1 order=CK-25-104233 provider=twilio status=queued msg_id=SM7f3c21b9e04a4d19a1a2c5e8b0d4f6a1
        2025-11-03 16:20:33 WARN inventory low_stock sku=BTR-ANCHOR-5KG on_hand=2 reorder_point=6 supplier=Phoon Huat po_draft=PO-2025-1187
        2025-11-03 18:05:10 INFO shopify webhook orders/paid id=5839201847261 gateway=hitpay financial_status=paid tags=CNY,corporate
        2025-11-04 02:00:00 INFO backup done db=orders_prod size=2.4GB sha256=9b1e7c4a0f3d58e2a6c1b7d94e0f2a8c5d3b6e1f7a9c4d2b8e0f1a3c5d7e9b2f duration=00:03:12
        2025-11-04 07:45:02 INFO grabmart menu-sync merchant_id=SG-MX-4471902 items_updated=38 items_hidden=4 reason=sold_out api=v2
        2025-11-04 08:10:55 ERROR printer label-zebra-01 offline ip=192.168.10.45 job=LBL-20251104-0031 retry_in=30s
        2025-11-04 11:22:39 INFO haccp chiller=CH-03 reading_c=3.1 checked_by=role:shift_lead next_check=13:22 policy=SFA-FHR-2025
    """),
    ("en", "config_and_code"): _lines("""
        ALLERGENS = ["gluten", "egg", "milk", "peanut", "tree_nut", "soy", "sesame", "shellfish"]  # keep this order for the label printer
        delivery: { base_fee_sgd: 12, free_above_sgd: 150, surcharge_zones: [sentosa, tuas, changi_airport], cutoff_hour: 17 }
        def deposit_due(total: Decimal) -> Decimal: return (total * Decimal("0.5")).quantize(Decimal("0.01"))
        CREATE TABLE cake_orders (order_no VARCHAR(16) PRIMARY KEY, sku VARCHAR(32), tier SMALLINT, flavour TEXT, pickup_at TIMESTAMPTZ, deposit_paid NUMERIC(10,2));
        customer_name,contact_phone,email,delivery_address,pickup_date,cake_sku,message_on_cake,allergy_notes,deposit_sgd
        SMTP_HOST=smtp.sendgrid.net SMTP_USER=apikey SMTP_FROM=noreply@lemonlavender.sg ORDER_CC=orders@lemonlavender.sg  # rotate keys via vault
        const sampleOrder = { orderNo: "CK-00001", name: "Jane Doe", phone: "+65 6000 0000", cake: "Black Forest 1kg" }; // test fixture only
        if order.allergy_flags & NUT and not order.allergy_ack: raise AllergyAckMissing(f"order {order.no} needs a signed nut waiver")
        cron: "0 5 * * *"  task: print_production_sheet  outlets: [TPY, JEM, PLQ]  printer: prod-a4-01  copies: 2
        i18n.en.cake_message_limit = "Max 40 characters for piped message"; i18n.ms.cake_message_limit = "Maksimum 40 aksara untuk tulisan atas kek"
        docker run -d --name oven-iot -e MQTT_BROKER=mqtt://10.0.5.2:1883 -e TOPIC=bakery/jb01/oven/+ ghcr.io/acme-bakery/oven-iot:1.4.2
        SELECT outlet, COUNT(*) AS orders, SUM(total_myr) FROM orders WHERE created_at >= '2025-12-01' AND status = 'PAID' GROUP BY outlet ORDER BY 3 DESC;
        SG_POSTAL = re.compile(r"^[0-9]{6}$"); MY_POSTCODE = re.compile(r"^[0-9]{5}$")  # validate before quoting delivery fee
    """),
    ("en", "regulations_and_trade_history"): _lines("""
        Under Malaysia's Food Hygiene Regulations 2009, every food handler must complete a recognised food handler training course and receive an anti-typhoid vaccination.
        In Singapore, food shop licences are issued by the Singapore Food Agency; caterers must keep temperature records and display the licence at the licensed premises.
        Pre-packed cakes must be labelled with the name of the food, the ingredients in descending order by weight, and the name and address of the local manufacturer or importer.
        Malaysia's Food Regulations 1985 require pre-packed food labels to declare allergens such as gluten, crustacea, eggs, fish, peanuts, soybeans, milk and tree nuts.
        Tai Cheong Bakery in Hong Kong is famous for egg tarts that former governor Chris Patten was said to love, which is why locals called them Fat Patten egg tarts.
        Bengawan Solo was started in 1979 by Anastasia Liew, who sold kueh from her kitchen before opening the first shop, and is now a standard Singapore souvenir stop.
        The Macau Portuguese egg tart was popularised by Englishman Andrew Stow, who opened Lord Stow's Bakery in Coloane village in 1989.
        Pastry chef Janice Wong, behind 2am:dessertbar in Holland Village, was named Asia's Best Pastry Chef in 2013 and again in 2014.
        Polar Puffs and Cakes traces its history to 1926, when Polar Cafe opened in Singapore; its curry puffs are still a staple of office pantry meetings.
        Taiwan's pineapple cake became the island's best-known souvenir after the Taipei City Government began holding a pineapple cake festival in the mid-2000s.
        In Hong Kong, bakeries producing for sale need a food factory licence from the Food and Environmental Hygiene Department, with separate permits for restricted foods.
        Suspected food poisoning after a catered meal can be reported to SFA through its online feedback form, stating the premises, date of the meal and symptoms.
        A JAKIM-certified bakery may not use rum essence, mirin or lard-based shortening, and halal and non-halal products must not share the same production line.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning shift pls note: 3 blocks of Anchor butter expired 28/11, don't use ah, put at the red shelf for return to supplier, PO-2025-1187 already raised.
        Order CK-25-104233 customer want less sweet, already noted in system, decor team pls use Swiss meringue buttercream not the American one ok
        Lalamove for the Bukit Timah corporate order booked 10:30, 4 boxes, driver will call the shop line 6352 8800 when reach, pack with ice packs can?
        Oven 2 temperature not steady again lah, Rational technician coming tmr 9am, pls don't schedule chiffon in oven 2 until they settle it
        Reminder: SFA officer might come for inspection this week, make sure chiller logbook filled every 2 hours and hairnet on at all times, no excuse
        Kuih lapis stock habis already, tell cashier put sold out on Grab and Foodpanda also, tomorrow batch only ready by 11am
        老板 says CNY pineapple tart pre-order cut-off 20 Jan, after that no more, quota only 800 tins this year, don't simply promise customers
        Who took the piping bag box from dry store? Decor station cannot find, pls return by 2pm, today got 9 birthday cakes to finish
        Catering for the Masjid Sultan iftar event confirmed 200 pax, halal ingredients only, no mirin no rum essence, checklist in shared drive folder Ramadan2026
        Boss wants everyone who handled batch B-1107 for the Jurong corporate order to write down what time the cream was whipped and when it went into chiller
        Van aircon spoil again, today deliveries use the two Lalamove van slots at 1pm and 3pm, all cakes must be boxed 30 min before pickup
        Nanti pukul 4 petang ada tasting for a wedding booking at the Seng Poh outlet, prepare 6 flavours small slices, the pandan gula melaka one also
        Payroll cut-off this month is 25th ya, OT claims submit through the HR form by 24th, late claims go to next month
    """),
    ("ms", "notis_dan_promosi_kedai"): _lines("""
        Notis: Kedai kami di No. 12, Jalan SS 15/4, Subang Jaya akan ditutup pada 31 Mac sempena Hari Raya Aidilfitri dan dibuka semula pada 3 April.
        Tempahan kek hari jadi perlu dibuat sekurang-kurangnya 3 hari lebih awal; sila WhatsApp talian tempahan kami di 011-2345 6700 (waktu pejabat sahaja).
        Promosi Merdeka: Kek Batik 1kg hanya RM 39.90 (harga asal RM 49.90), sah dari 25 hingga 31 Ogos 2025, terhad 5 biji bagi setiap pelanggan.
        Semua produk kami disahkan halal oleh JAKIM; status sijil boleh disemak di portal halal.gov.my menggunakan nama syarikat Dapur Mak Teh Sdn Bhd.
        Pakej katering perkahwinan bermula RM 18 seorang (minimum 300 pax), termasuk nasi minyak, ayam masak merah, dalca, acar buah dan air sirap bandung.
        Deposit 30% diperlukan untuk mengesahkan tarikh majlis; baki hendaklah dijelaskan 7 hari sebelum majlis melalui pindahan bank ke akaun syarikat.
        Makluman: produk kami mungkin mengandungi kacang tanah, badam, telur, susu dan gluten; sila maklumkan kepada kakitangan jika anda mempunyai alahan.
        Waktu operasi cawangan Bangsar (Lot G-08, Bangsar Village II, Jalan Telawi 1): Isnin hingga Ahad, 9 pagi hingga 9 malam, termasuk cuti umum.
        Kami mencari Pembantu Pembuat Roti sepenuh masa untuk cawangan Shah Alam; hantar resume ke kerjaya@rotimaklong.com.my sebelum 15 November.
        Aduan mengenai kualiti produk boleh dihantar melalui borang di laman web kami atau e-mel aduan@dapurmakteh.my; kami akan membalas dalam 2 hari bekerja.
        Kuih raya dalam balang: Tart Nenas, Semperit, Cornflakes Madu dan Biskut Suji, RM 25 sebalang atau RM 95 untuk 4 balang, penghantaran seluruh Semenanjung.
        No. pendaftaran syarikat: 201901023456 (1331234-K); No. Lesen Premis Makanan MBPJ: PJ/LPM/2024/08812; salinan lesen dipaparkan di kaunter utama.
        Pengumuman: Mulai 1 Januari 2026, beg plastik tidak lagi diberi percuma di semua cawangan Selangor; caj 20 sen sebeg akan didermakan kepada badan amal.
    """),
    ("zh-Hans", "菜单与价目表"): _lines("""
        【生日蛋糕价目】6寸榴莲D24慕斯 RM 98；8寸 RM 138；10寸 RM 188；升级猫山王另加 RM 40，需提前三天预订，节日期间请提前一周。
        本店地址：新加坡宏茂桥5道 Blk 724 #01-2851（宏茂桥中心旁），营业时间上午8点至晚上8点，农历新年初一、初二休息。
        订购热线 6455 1234，WhatsApp 8876 5500（仅限文字订单，恕不接听电话），订单确认后会发送订单号，请保留以便查询。
        中秋月饼礼盒：白莲蓉双黄4粒装 S$ 68，低糖单黄 S$ 62，冰皮榴莲8粒装 S$ 78；企业订购满50盒九折，并免费送货到办公室。
        过敏原提示：本店所有产品在同一厨房制作，可能含有花生、坚果、鸡蛋、牛奶、小麦及芝麻，过敏人士请在下单前咨询店员，并在订单备注中注明。
        婚宴喜饼：老婆饼、凤梨酥、红豆酥三款可选，每盒12粒 RM 36，满200盒送试吃礼盒一份，价格已含包装及贴纸印刷，大批订单请提前一个月预订。
        外送说明：吉隆坡市区运费 RM 15，巴生谷其他地区 RM 25，订单满 RM 300 免运费；蛋糕需冷藏，送达后请于30分钟内放入冰箱。
        公司名称：金麦香饼家有限公司（注册号 202201012345），SST 登记号 W10-2203-32001234，电子发票可在官网订单页面下载。
        早餐套餐：咖椰吐司配半生熟蛋两粒及咖啡或茶 S$ 4.80，加 S$ 1.20 可换成菠萝包夹牛油；每天上午11点前供应，售完即止。
        节庆供应：冬至汤圆（黑芝麻、花生、红豆）每盒10粒 S$ 7.50，12月15日起在所有分店及官网限量发售，每单限购6盒。
        本店招牌“阿婆咸鸡饼”沿用创店时的古早配方，每日限量300包，每人限购5包，周末请尽早前来，以免向隅；亦可在官网预订后到店自取。
        会员积分规则：每消费 S$ 1 累积1分，满500分可兑换 S$ 10 现金券；积分有效期12个月，不可转让，亦不可兑换现金。
        食品安全声明：本店持有新加坡食品局（SFA）发出的食品店执照，执照号码 SFA-FS-2025-01832，厨房每年接受例行检查。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Order CK-25-104511: 2kg chocolate cake, pickup Sat 3pm, ordered by Rachel Goh Mei Ling, mobile 9176 4482, message on cake: Happy 40th Daddy.
        Allergy note for Aisyah binti Kamarul (age 7): severe peanut and egg allergy, carries an EpiPen, her mother asked for a separate tray and sealed box.
        Deliver to Blk 418 Bedok North Ave 2, #09-157, Singapore 460418, recipient Mr Kumar Selvaraj, call 8233 0917 before reaching, his mother is bedridden.
        Complaint: Jonathan Lee says his whole family had vomiting and diarrhoea after the durian cake on 12 Nov, and his son was warded at KK Hospital overnight.
        Deposit refund S$ 300 to account holder Tan Wei Jie, DBS savings 027-456789-1, because the wedding has been called off.
        Staff record: Nurul Huda binti Rahmat, NRIC S9234567Z, kitchen assistant, basic S$ 2,150, on hospitalisation leave until 20/11 after a miscarriage.
        Customer left callback number 9632 1178 for the rainbow cake order, only call after 6pm pls.
        Please send the invoice PDF to mei.xin.ong88@gmail.com, she needs it before her company claims deadline on Friday.
        CK-25-104877,Priya d/o Ramasamy,+65 9012 7745,priya.rmsy@outlook.com,2025-12-24,Eggless Black Forest 1.5kg,no alcohol - pregnant,50.00
        Catering contract: client Mr Benjamin Chia Kok Leong, NRIC S7612345D, of 23 Jalan Kembangan, Singapore 419117; 70th birthday, 120 pax, deposit S$ 2,000 paid.
        Don't roster Farhan on Friday, he has a court hearing over his unpaid moneylender loans, boss already knows, keep it quiet ok
        Aunty Lucy from Block 33 still owes us S$ 180 for the mooncake order since September, she says her son lost his job so she will pay later.
        Photo of the invitation card attached: wedding of Daniel Ng and Cheryl Tay, 14 Feb 2026, tea reception at the bride's family home, 8 Sunset Drive.
        Customer collected the cake in car SKV 4821 D, white Honda Vezel, driven by Mdm Wong's husband - note this for the parking warden complaint.
        2025-11-05 09:14:02 INFO order-svc order=CK-25-104902 customer_name=Chong Kar Wai phone=+6591457723 email=karwai.chong@yahoo.com.sg addr=10 Toh Tuck Road #05-12
        Mdm Siti Zawiyah's birthday cake must be sugar-free, she is diabetic and on insulin, and her daughter said she fainted last month after eating our kuih.
        Ramesh Babu, FIN G1234567X, baker helper, S Pass renewal due 02/2026, still owes the company S$ 800 salary advance.
        Pls don't put Shirley on the night shift, she just told me she is 10 weeks pregnant and hasn't told the manager yet.
        Event catering form | Contact: Harpreet Kaur Gill | HP: +65 8765 2290 | Venue: her home, 71 Jalan Bingka, Singapore 455790 | 40 pax vegetarian
        Mr Edwin Tay cancelled the 10th anniversary cake, said he and his wife are getting divorced, and asked us not to call the house line 6287 4410 again.
    """),
    "mixed": _lines("""
        Eh the lady who complained abt food poisoning is Mdm Lim Bee Hoon, 80 yrs old, warded at SGH since Tuesday, her son 9821 4467 very angry leh
        Boss, Ahmad's salary this month only RM 1,900 after potong for the advance, dia cakap tak cukup nak bayar sewa rumah, can consider or not?
        林太 order 2 tiers, deliver to 18 Jalan Setiabakti, Bukit Damansara, 50490 KL, her HP 012-688 4301, balance pay cash on delivery.
        阿明 the driver tested positive for TB, MOH called already, all staff who sat with him in the van need screening, don't tell customers yet
        Customer Mr Wong Kah Seng, MyKad 780523-10-5137, want to pay the RM 500 deposit using his daughter's account, boleh ke?
        Cik Nadia's order: kek tanpa gluten sebab dia ada penyakit seliak, hantar ke No. 7, Jalan Mawar 3, Taman Melawati, 53100 KL before 5pm
        Kak Ros pinjam RM 2,000 from the tips jar last month and still haven't return, I don't want to report to boss but very paiseh already
        Confirm booking: Encik Faizal Hakim, kenduri kahwin 350 pax on 12/4/2026, deposit RM 3,000 paid from Maybank 1142 7788 9021, IC 900612-14-6255
        陈先生 called again, says his wife got hospitalised after our 蛋挞 and he wants RM 5,000 compensation or he will post on Facebook, his number 016-720 3319
        Karen Teo's 18th birthday cake, her mum said don't write Happy Birthday Karen in big letters because the family still mourning grandpa who passed last week
    """),
    "ms": _lines("""
        Tempahan atas nama Puan Rohana binti Ismail, no. tel 013-456 7821, kek coklat moist 2kg untuk diambil hari Sabtu pukul 11 pagi.
        Alamat penghantaran: No. 45, Jalan Kenari 5, Taman Desa Jaya, 81100 Johor Bahru, penerima Encik Zulkifli, sila telefon sebelum tiba.
        Aduan keracunan makanan: Encik Hafiz bin Osman dan dua anaknya muntah-muntah selepas makan nasi lemak katering kami, kini dirawat di Hospital Sultanah Aminah.
        Pekerja Siti Aminah binti Yusof, No. KP 950314-01-5532, gaji pokok RM 1,700, cuti bersalin bermula 1 Disember.
        Sila pulangkan deposit RM 450 ke akaun CIMB 7012 3456 78 atas nama Noraini binti Abdullah, majlis tunang dibatalkan sebab keluarga bergaduh.
        Mak Cik Timah masih berhutang RM 320 untuk kuih raya tahun lepas, dia kata suaminya baru keluar penjara dan belum dapat kerja.
        Pelanggan Mohd Irfan Zainal (e-mel irfan.zainal92@gmail.com) minta invois dihantar semula ke rumahnya di No. 22, Jalan P11 E/3, Presint 11, 62300 Putrajaya.
        Kereta pelanggan WXY 8812 diletak depan kedai selama 3 jam, pemiliknya Encik Rahim kata dia ambil kek untuk anaknya yang sedang menjalani rawatan kanser.
    """),
    "zh-Hans": _lines("""
        客户王丽娟（身份证号 440106198507123424）网上订购的生日蛋糕，收货地址：广州市天河区体育东路88号1203房，联系电话 138 2456 7781。
        张女士投诉：她女儿吃了我们的芒果千层后全身起红疹，送去陈笃生医院急诊，医生说是严重过敏，她要求全额退款。
        员工黄志强上个月工资 S$ 2,400，他跟我借了 S$ 500 还没还，说家里老婆在闹离婚，手头很紧。
        配送单：收件人李俊杰，手机 +86 139 1078 2265，地址 上海市浦东新区张杨路1500弄7号602室，备注：家里有老人，请勿按门铃。
        阿芳说她怀孕了，医生叫她不能再搬面粉袋，下个月开始调去收银台，这件事先别跟其他同事讲。
        订单 CK-25-105120 联系人刘先生，微信号 liu_jw1988，电邮 liujianwei88@163.com，要求蛋糕上写“恭喜出狱”，请再确认一次。
        客户资料：周美玲，NRIC S8523416A，住址 榜鹅 Blk 305C Punggol Road #12-410，坚果过敏，已付订金 S$ 80。
    """),
    "zh-Hant": _lines("""
        陳太訂的榴槤蛋糕，送去九龍城衙前圍道32號5樓B室，電話 9123 6478，她說先生剛做完心臟手術，要低糖。
        客人李嘉慧（HKID Y534812(7)）要求退回訂金 HK$ 1,500，因為婚宴取消，請轉賬至匯豐戶口 123-456789-833。
        台北顧客林志偉，身分證字號 F224817363，訂購鳳梨酥禮盒30盒，送到新北市板橋區文化路一段188號9樓。
        澳門客人何小姐投訴食物中毒，佢話食完我哋嘅蛋撻之後肚痛咗兩日，要去仁伯爵綜合醫院睇急症。
        員工阿豪欠咗公司 HK$ 8,000 借款，而家仲喺度戒賭，經理話每個月喺人工扣 HK$ 1,000。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the order assistant for Crumb and Co Bakery, a cake shop in Tiong Bahru, Singapore. Keep replies short and friendly.",
        ),
        (
            "user",
            "Draft a WhatsApp confirmation for this order: Melissa Chan, 9345 2218, 1.5kg Earl Grey lavender cake, pickup 21 Dec 2pm, deposit S$ 45 paid, balance S$ 43.",
        ),
        (
            "assistant",
            "Hi Melissa, thanks for ordering with Crumb and Co! Your 1.5kg Earl Grey Lavender cake is confirmed for pickup on 21 Dec at 2pm. Deposit S$ 45 received, balance S$ 43 payable at collection. See you!",
        ),
        ("user", "Add a line that we will call 9345 2218 if anything changes."),
        ("assistant", "Sure: We will call you at 9345 2218 if there is any change to your order."),
    ],
    [
        (
            "user",
            "Tolong tulis balasan sopan kepada Puan Halimah binti Said. Dia kata kek lapis yang dia beli 3 hari lepas berkulat, dan anaknya sakit perut. No tel dia 019-332 5804.",
        ),
        (
            "assistant",
            "Assalamualaikum Puan Halimah, kami amat kesal mendengar tentang kek lapis tersebut dan keadaan anak puan. Kami akan memulangkan bayaran penuh dan pengurus kami akan menghubungi puan di 019-332 5804 hari ini. Semoga anak puan cepat sembuh.",
        ),
        ("user", "Boleh tambah minta dia simpan baki kek untuk pemeriksaan?"),
        (
            "assistant",
            "Boleh. Tambah ayat ini: Sekiranya masih ada, mohon puan simpan baki kek dan resit pembelian di dalam peti sejuk supaya kami boleh menyiasat punca masalah ini.",
        ),
    ],
    [
        ("system", "你是新加坡一家饼家的人事助理，帮老板整理员工排班。"),
        (
            "user",
            "下周排班注意：吴秀英医生证明她有乳腺癌要开始化疗，每周二、四请假；陈国华的工作准证 2 月到期还没续。帮我写个简短提醒。",
        ),
        (
            "assistant",
            "下周排班提醒：1）吴秀英每周二、四因化疗请假，请安排其他同事顶班；2）陈国华工作准证二月到期，请尽快向人力部提交续签申请。",
        ),
    ],
    [
        (
            "user",
            "Help me draft catering contract details: client Encik Shahrul Nizam bin Abu Bakar, IC 851107-08-6673, alamat No. 3, Lorong Bunga Raya 2, 30450 Ipoh. Majlis akikah 150 pax on 8 March 2026, deposit RM 1,500.",
        ),
        (
            "assistant",
            "Catering Agreement - Client: Encik Shahrul Nizam bin Abu Bakar (IC 851107-08-6673), No. 3, Lorong Bunga Raya 2, 30450 Ipoh. Event: Majlis Akikah, 8 March 2026, 150 pax. Deposit RM 1,500 received; balance due 7 days before the event.",
        ),
        ("user", "Add clause about cancellation."),
        (
            "assistant",
            "Cancellation: If the client cancels more than 30 days before the event, 50% of the deposit is refunded; within 30 days, the deposit is forfeited. Cancellations must be made in writing.",
        ),
    ],
    [
        (
            "system",
            "CRM record loaded: customer Grace Loh Hui Min, +65 9788 1034, grace.loh.hm@gmail.com, home 15 Lorong Kismis #03-02, Singapore 598086. Notes: coeliac, also allergic to sesame. Past orders: 6.",
        ),
        ("user", "Can we recommend her the new sesame mochi cake for her mother's birthday?"),
        (
            "assistant",
            "I would not recommend it. Her record says she has coeliac disease and a sesame allergy, so the sesame mochi cake is unsafe. Our gluten-free orange almond cake, made without sesame, may be a better suggestion; please confirm with the kitchen about cross-contact.",
        ),
    ],
    [
        (
            "user",
            "幫我寫封道歉信畀陳家明先生，佢喺我哋灣仔分店買嘅生日蛋糕入面發現頭髮，佢住喺北角英皇道 633 號 18 樓 C 室，我哋想寄張禮券過去。",
        ),
        (
            "assistant",
            "陳家明先生您好：就您於本店灣仔分店購買的生日蛋糕內發現頭髮一事，我們深感抱歉。我們已加強員工衛生培訓，並將一張 HK$ 300 禮券寄往北角英皇道633號18樓C室，以表歉意。",
        ),
        ("user", "改得正式少少，落款用客戶服務部。"),
        (
            "assistant",
            "敬啟者：陳家明先生台鑒，就閣下在本店灣仔分店所購蛋糕出現衛生問題，本店謹致萬分歉意，並已將 HK$ 300 禮券寄往閣下府上。客戶服務部 謹啟",
        ),
    ],
    [
        (
            "user",
            "Turn this into CSV with columns order_no,name,phone,cake: CK-881 Joanne Lim 9102 6654 mango cake; CK-882 Muthu Krishnan 8456 2093 ondeh ondeh cake; CK-883 Lee Siew Ling 9011 7372 black forest",
        ),
        ("assistant", "order_no,name,phone,cake"),
        ("user", "You only gave the header, give me the rows too."),
        (
            "assistant",
            "CK-881,Joanne Lim,9102 6654,mango cake / CK-882,Muthu Krishnan,8456 2093,ondeh ondeh cake / CK-883,Lee Siew Ling,9011 7372,black forest",
        ),
    ],
    [
        ("system", "Anda pembantu akaun untuk syarikat katering di Kuantan."),
        (
            "user",
            "Pelanggan Cik Farah Adibah minta refund deposit RM 800 sebab ayahnya meninggal dunia dan majlis dibatalkan. Akaun Bank Islam 1201 8023 4567 09.",
        ),
        (
            "assistant",
            "Baik. Draf arahan bayaran: Pulangan deposit RM 800 kepada Cik Farah Adibah, Bank Islam 1201 8023 4567 09, sebab: majlis dibatalkan kerana kematian ahli keluarga. Takziah kepada keluarga beliau.",
        ),
    ],
    [
        (
            "user",
            "One of my bakers, Vincent Ho, asked for a S$ 3,000 loan to pay off his credit card debt. He earns S$ 2,800 a month. How should I structure repayments?",
        ),
        (
            "assistant",
            "You could agree a written loan with Vincent Ho: S$ 3,000 repaid at S$ 250 a month over 12 months by salary deduction, with his signed consent. Keep deductions within what the Employment Act allows and keep the agreement confidential.",
        ),
        ("user", "Is 250 too much for him?"),
        (
            "assistant",
            "S$ 250 is about 9% of his S$ 2,800 salary, which is usually manageable, but ask him; if he already pays heavy card instalments, S$ 150 over 20 months may be kinder.",
        ),
    ],
    [
        (
            "user",
            "台湾客人订了 50 盒凤梨酥，地址写得很乱，帮我整理：台中市西屯区 台湾大道三段 99号 12楼之3 收件 蔡雅婷 0912-345-678",
        ),
        (
            "assistant",
            "收件人：蔡雅婷 | 电话：0912-345-678 | 地址：台中市西屯区台湾大道三段99号12楼之3 | 商品：凤梨酥 50 盒",
        ),
        ("user", "Thanks, also translate to English for the courier."),
        (
            "assistant",
            "Recipient: Tsai Ya-ting | Tel: 0912-345-678 | Address: 12F-3, No. 99, Sec. 3, Taiwan Blvd, Xitun Dist, Taichung City | Item: pineapple cakes x 50 boxes",
        ),
    ],
]
