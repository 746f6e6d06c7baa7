# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en250: SG/MY thrift stores, vintage resellers and repair cafés (consignments, donations, volunteer rosters, buyer disputes, payouts). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en250
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "consignment_terms"): _lines("""
        Consignment split is 60/40 in your favour for items sold above S$50; below S$50 it's 50/50. Unsold items after 60 days become donations unless collected.
        We accept branded bags (Coach, Longchamp, Charles & Keith) only with receipt or authenticity card; without them we list as "pre-loved, unverified".
        Payouts are released on the 15th of each month via PayNow or bank transfer; allow 3 working days after item status changes to SOLD in the consignor portal.
        Drop-off hours: Tue–Sat 11am–6pm at 231 Bain Street, #02-41 Bras Basah Complex, Singapore 180231. WhatsApp the shop line +65 8123 4400 before bringing more than 2 bags.
        Items must be laundered, no stains, no missing buttons. We reserve the right to reject up to 30% of a batch without giving reasons.
        Markdowns: 20% off after 30 days, 40% off after 45 days. Consignors may opt out of markdowns in the portal under Settings > Pricing > Auto-discount.
        Lost or damaged items are compensated at 50% of the agreed listing price, capped at RM300 per item, per our Consignment Agreement v3.2 (Clause 7.4).
        Consignment agreements are issued by Second Loop Trading Sdn Bhd (Registration No. 202101034567 (1432198-W)), Lot 2-15, Publika, Solaris Dutamas, 50480 Kuala Lumpur.
        Vintage watches (Seiko, Orient, Citizen) are accepted only after our in-house watchmaker checks the movement; a RM45 service fee is deducted from the first sale.
        We don't take fast-fashion basics (Shein, H&M Divided), but we happily take vintage Lee Cooper, Jordache, Wrangler and Levi's 501 made before 2000.
        Batch reference format is BT-YYMMDD-NN (e.g. BT-240611-03). Quote it in every email to consign@secondloop.com.my so we can trace your drop-off.
        Consignment sales are subject to 9% GST from 1 Jan 2024; commission statements show GST charged on our commission only, not on your share of the sale.
        Furniture consignment needs photos first: send front, back and maker's mark to our WhatsApp Business line; we reply within 2 working days with a price range.
    """),
    ("en", "repair_cafe_notice"): _lines("""
        Repair Kopitiam is back at Tampines Hub, 1 Tampines Walk, Level 2, this Sunday 10am–1pm. Bring small appliances, torn clothes and wobbly chairs. Free, donations welcome.
        Please note: we cannot repair microwave ovens, anything running on gas, or phones with swollen batteries. Laptops only if you bring the original charger.
        Fixers' tea break at 11:30am. Kopi and kaya toast sponsored by Killiney Kopitiam, thank you for supporting the repair café for the third year running!
        Registration form at bit.ly/rk-tampines-jun closes Friday 6pm; walk-ins are accepted until 12pm if fixers are free. One item per household, please.
        Our sewing corner has 3 Singer machines and 1 Brother overlocker. Zips, hems and patches are the most common jobs; jackets take about 45 min each.
        Safety: all electrical repairs are PAT-tested before return. Items failing the test are tagged RED and returned unrepaired with a written explanation.
        Last month's tally: 142 items in, 97 fixed, 21 partly fixed, 24 not repairable. Estimated 380 kg of waste kept out of Semakau Landfill.
        Malaysian edition: Repair Café KL meets at APW Bangsar, 29 Jalan Riong, 59100 Kuala Lumpur, every 2nd Saturday of the month from 2pm to 5pm.
        Spare parts wanted: 3.5mm audio jacks, fan capacitors (1.5µF, 2µF), IEC C13 cables, rice cooker thermal fuses rated 185°C, M3 and M4 screws.
        Volunteer briefing at 9:15am sharp at the loading bay. Wear covered shoes; lanyards and fixer badges will be at the registration table.
        We follow the house rules of the Repair Café Foundation started by Martine Postma in Amsterdam in 2009: visitors stay with their item while it is repaired.
        Updates are posted on our Telegram channel t.me/fixitsg_events and by email from info@fixitsg.org; we never ask for payment by bank transfer.
        Unclaimed items left more than 30 days are donated to The Salvation Army Family Thrift Store at 500 Upper Bukit Timah Road, Singapore.
    """),
    ("en", "product_listings"): _lines("""
        Vintage Levi's 501 W32 L30, made in USA 1994, button fly, light fade. S$85, meet-up at Tiong Bahru MRT exit A or mailed via SingPost for +S$3.50.
        Royal Selangor pewter tankard, 1980s, engraved "Selangor Club Rugby 1987", minor dents on base. RM180 firm, no bubble wrap swaps.
        Set of 6 Tupperware containers in harvest gold, 1970s, all lids intact. RM65. Postage via J&T: West Malaysia RM12, East Malaysia RM22.
        Pyrex Spring Blossom casserole 2.5L, no chips, light utensil marks. Listed by Kedai Barang Lama Pak Mat, Jalan Tuanku Abdul Rahman, Kuala Lumpur.
        National (pre-Panasonic) rice cooker SR-W10, tested working, new thermal fuse fitted at repair café. S$40, SKU TH-KIT-0412, 30-day shop warranty.
        Hardcover first edition of The Serpent's Tooth by Catherine Lim, 1982, ex-library stamp on flyleaf, spine slightly faded. S$38.
        Lot of 12 P. Ramlee vinyl LPs (EMI Malaysia pressings), sleeves worn, discs VG+. RM420 for the whole lot, no splitting, buyer collects.
        Batik sarong, hand-drawn batik tulis from Pekalongan, approx 105 x 200 cm, colourfast tested. RM150. Item code BTK-0087.
        Peranakan kebaya nyonya, machine embroidery, size S (bust 86 cm). Sold as-is, small moth hole near hem shown in photo 5. S$120.
        Mickey Mouse Seiko watch, 1980s, quartz, fresh battery and replacement strap. Listing #C-77120418. Price drop to S$160, last call.
        Teak chest of drawers with "Ah Seng Furniture" maker's stamp, 1960s Singapore, 90 x 45 x 110 cm. Self-collect from our warehouse at 22 Kaki Bukit View.
        Nintendo Game Boy DMG-01 with Tetris cartridge, screen lines fixed, shell yellowed. S$110. Tested 12 Jun 2024 with 2 hours of gameplay.
        Doraemon Thermos flask 500ml, Japan import, unused with box. HK$180 or S$32, ships from our stall at Ap Liu Street, Sham Shui Po.
    """),
    ("en", "payout_logs"): _lines("""
        2024-06-15T09:00:03+08:00 INFO payout.batch started batch_id=PB-20240615-01 currency=SGD items=418 total=12840.55 mode=paynow_uen
        2024-06-15T09:00:47+08:00 WARN paynow.gateway retry attempt=2 txn=TXN8842019733 code=504 upstream=bank-api latency_ms=30012
        [payout-worker-3] 2024-06-15 09:02:11 sg.secondloop.payout.Reconciler: matched 411/418, unmatched=7, report=s3://sl-finance/recon/2024-06/PB-20240615-01.csv
        2024-07-01 00:00:00 CRON markdown.apply rule=AGE_30D pct=20 affected_skus=1204 dry_run=false commit=9f3c2ab tz=Asia/Singapore
        2024-07-01 10:14:55 ERROR listing.sync channel=carousell api_version=v2.3 status=429 retry_after=60s sku=SL-APP-22871
        order_id=ORD-MY-2024-0093381 status=REFUNDED reason=ITEM_NOT_AS_DESCRIBED amount_myr=89.00 refund_ref=RF-44120 approved_by=role:shop_manager
        2024-07-03T14:22:09Z DEBUG stripe.webhook event=payout.paid id=po_1PXyZ2AbCdEfGh3 amount=534200 currency=myr livemode=true
        duitnow.qr generated merchant_id=MY01-8823-0041 terminal=POS-PUBLIKA-02 amount=RM45.00 expiry=300s ref=DQ-20240704-7781
        healthcheck ok service=consignor-portal version=4.12.1 build=2024.06.28-1733 db_pool=18/50 redis=ok uptime=6d4h
        2024-07-05 18:03:40 INFO tax.gst computed period=2024Q2 taxable_commission=48210.30 gst_9pct=4338.93 currency=SGD filed=false
        audit: role=finance_admin action=EXPORT target=payout_statements period=2024-06 rows=1862 format=xlsx sha256=3b7e1c0d9a4f22e8c61b
        2024-07-06 11:11:11 WARN fx.rate stale source=MAS pair=SGD/MYR rate=3.4821 age=26h fallback=BNM_middle_rate
        job=donation.receipts.generate run_id=DRR-0712 receipts=233 template=IPC_receipt_v2 charity_uen=T15CC0123D status=SUCCESS
    """),
    ("en", "donation_faq"): _lines("""
        Q: Do you take mattresses? A: Sorry, no. For bulky items please book a bulky-item removal through your town council; most councils offer 2 free pickups a year.
        Q: Can I get a tax deduction? A: Only cash donations to our IPC charity (UEN T15CC0123D) qualify for 250% deduction; donations of goods do not.
        Q: Where do I drop off? A: Donation bins are at our outlet at 1 Jurong West Central 2, #B1-10, Jurong Point, Singapore 648886, open 10am–10pm daily.
        Q: Do you collect? A: Yes, for 5 bags or more in the West region. Book a slot on our website; pickups run Tuesdays and Thursdays, 9am–12pm.
        Q: What happens to clothes you can't sell? A: Grade B and C textiles go to a licensed recycler in Johor (SSM 201801023456) for rags and insulation.
        Q: Do you accept electronics? A: Working items under 5 years old, with plugs. Broken e-waste goes to the ALBA E-waste bins, see alba-ewaste.sg for locations.
        Q: Can I donate books? A: Yes, except textbooks older than 2015 and magazines. Enid Blyton, Roald Dahl and Geronimo Stilton titles sell fastest.
        Q: Who runs the shop? A: A team of 4 staff and about 60 volunteers; surplus funds our reading programme for 120 kids in Bukit Merah.
        Q: Is there a limit? A: Max 3 bags per visit on weekends. Large furniture needs a photo first via WhatsApp Business +65 6123 4567 (shop landline).
        Q: Do you take school uniforms? A: Yes, clean and with name tags removed; we pass them to the community uniform bank every September.
        Q: Can I get a receipt for goods? A: We issue an acknowledgement slip (numbered DN-2024-00001 onwards) showing item count only, not value.
        Q: Are you part of the SPCA? A: No, we're independent, but our Tuesday pop-up sale supports SPCA Singapore at 50 Sungei Tengah Road.
        Q: Do you buy gold jewellery? A: No. For pre-owned gold please visit a licensed pawnbroker such as ValueMax or MoneyMax; we only take costume jewellery.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning shift pls note: rack 3 vintage jackets all tagged already, orange label = 30% off. Jangan lupa scan before putting out ah.
        POS at counter 2 hang again lah. Already called the NETS merchant helpdesk, they say reboot then wait 10 min, if still cannot then log ticket.
        Boss say this Sat buka pukul 10 instead of 11 because of the Hari Raya bazaar crowd. Bring extra hangers from store room B ya.
        Who took the price gun? 😅 The new roll of SKU labels (SL-24-xxxx series) is in the drawer under the counter, 2nd one from left.
        Donation van from Woodlands reach already, 14 bags + 1 rattan chair. Sorting table full, I put the rest at loading bay first ok.
        Customer return for order ORD-SG-2024-11873, zip spoil. Refund approved by manager, put the jacket in the repair café box for Sunday.
        Carousell chat got 40 unread, mostly "still available?" 🙄 Can someone send template C after lunch? Makan first.
        Stock take Friday 7pm selepas tutup kedai. Pizza on the company, ok? Please confirm in the poll below by Thurs 12pm.
        Reminder: 不要 accept any branded bag without receipt ya, last week got one fake LV the authenticator caught. Follow SOP 4.2.
        Aircon at back room leaking again, I already log ticket #FM-3391 with mall management. Move the wedding dresses to front rack dulu.
        Today sales: cash S$842.50, PayNow S$1,310.00, NETS S$466.20. Float S$200 left in drawer. Closing done 9:12pm, alarm on.
        Power la the batik shirts, 9 pieces sold before 2pm. Tomorrow put out the Kelantan batch, tag BTK-KL series, price RM45–RM80.
        Repair café volunteer roster for July uploaded in shared drive, folder Roster/2024-07. Pls tick your slot by Sunday, jangan last minute.
    """),
    ("ms", "notis_kedai"): _lines("""
        Kedai Bundle Pak Abu kini dibuka setiap hari dari 10 pagi hingga 10 malam di Jalan Masjid India, Kuala Lumpur. Bundle baru masuk setiap Khamis.
        Notis: Semua barangan konsainan yang tidak dituntut selepas 60 hari akan didermakan kepada badan kebajikan. Sila semak status di portal.
        Harga istimewa Jumaat: semua t-shirt vintaj RM15 sehelai, beli 3 percuma 1. Tawaran sah sehingga stok habis, tidak boleh digabung.
        Bayaran kepada penghantar barang dibuat setiap 15 hari bulan melalui DuitNow. Sila pastikan maklumat bank dikemas kini sebelum 10 hb.
        Untuk pertanyaan, hubungi talian kedai 03-2691 4455 atau emel urusan@bundlekita.com.my (Isnin hingga Sabtu, 9 pagi–6 petang).
        Kafe Baiki Komuniti akan diadakan di Dewan Serbaguna Seksyen 7, Shah Alam pada 20 Julai 2024. Bawa barang rosak anda, pembaikan percuma!
        Kami tidak menerima tilam, peti sejuk, dan barang elektrik tanpa palam. Barang e-sisa boleh dihantar ke pusat kitar semula majlis.
        Syarikat: Bundle Kita Trading Sdn Bhd (No. Pendaftaran 201901012345), Lot 12, Jalan SS 2/24, 47300 Petaling Jaya, Selangor.
        Pertikaian pembeli mesti dibuat dalam tempoh 3 hari selepas barang diterima, bersama video unboxing. Tanpa video, tuntutan tidak dilayan.
        Sukarelawan diperlukan untuk sesi susun baju setiap Sabtu, 9 pagi–1 tengah hari. Makan tengah hari disediakan. Daftar melalui borang Google.
        Koleksi lagu P. Ramlee dan Saloma dalam piring hitam kini di rak 4. Harga dari RM35 hingga RM120 bergantung kepada keadaan piring.
        Harga perkhidmatan pembaikan termasuk SST 8%. Invois rasmi dikeluarkan atas permintaan, bernombor mengikut format INV-BK-2024-0001.
        Waktu operasi sepanjang Ramadan: 11 pagi hingga 6 petang. Kedai ditutup pada 1 dan 2 Syawal. Selamat Hari Raya, maaf zahir dan batin!
    """),
    ("zh-Hans", "寄卖与捐赠须知"): _lines("""
        本店为新加坡注册社会企业（UEN 201834567M），所有寄卖款项于每月15日通过PayNow转账，请于寄卖人后台核对订单状态和结算明细。
        营业时间：周二至周日上午11点至晚上8点，地址：牛车水大厦（Chinatown Complex）335 Smith Street #02-88，周一休息，公共假期照常营业。
        捐赠衣物请清洗干净并折叠好，内衣、袜子、泳衣恕不接受。书籍欢迎，金庸、琼瑶、三毛的旧版小说特别受欢迎，儿童绘本也很抢手。
        寄卖分成：售价50新元以下五五分，50新元以上六四分（寄卖人得六成）。60天未售出的物品可取回或转为捐赠，逾期不取视为捐赠。
        吉隆坡分店地址：Jalan Petaling 88号二楼，店铺座机 03-2070 1188，微信公众号“二手时光KL”，每周四上新，欢迎关注。
        维修咖啡馆每月第二个星期天举行，志愿维修师傅免费修理小家电、衣服和玩具。请自带零件，复杂维修需提前在网上预约，名额有限，额满即止。
        如对所购商品有异议，请于收货后3天内联系客服邮箱 service@ershoushiguang.sg，并附上订单号（如 ORD-SG-2024-20817）和开箱视频。
        本周新到：七十年代上海牌手表、蝴蝶牌缝纫机、红双喜热水瓶，全部经过检测可正常使用。价格见标签，配件清单详见货架卡片，售出后不设退换。
        志愿者排班表已上传至共享文件夹，请在周日前认领时段。每班次需至少两名志愿者，其中一人负责收银，另一人负责整理货架和补货。
        海外买家可选择新加坡邮政（SingPost）挂号寄送，运费按重量计算，追踪号码格式如 RR123456789SG，一般7至14个工作日送达。
        温馨提示：名牌包需附原始购买凭证或鉴定证书，否则只能以“未经鉴定”标注寄卖，售价不超过200新元，敬请理解，谢谢各位顾客的合作。
        本店捐赠收据仅注明物品件数，不注明价值；现金捐款可申请250%税务扣除，请向收银台索取表格并按指示填写，收据将于三个工作日内以电邮发出。
        张爱玲《倾城之恋》六十年代香港皇冠版，书页泛黄，品相八成，售价88新元；另有邓丽君黑胶唱片三张，每张45新元，仅此一批。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Consignor: Tan Wei Ling, NRIC S8734512B, PayNow to mobile 9123 4587, batch BT-240611-03, 14 items, payout S$312.40 pending.
        Buyer dispute: Mr Rajesh Kumar s/o Subramaniam says the Omega he bought was fake and threatens to post our invoice, with his address Blk 412 Bedok North Ave 2 #08-117, on Facebook.
        Please don't put Auntie Rosnah on the Saturday roster any more, she told me she's starting chemo for breast cancer next week and wants it kept quiet.
        Volunteer roster Jul: Sat 6 - Kelvin Ong (9456 2210), Nur Hidayah Binte Rahmat (8812 0934); Sun 7 - Priya Menon (9771 3306), Jonathan Seah (8190 4475).
        Refund for ORD-SG-2024-11902 goes back to Visa ending 4417, cardholder Ho Jia Hui; she also asked us to remove her photo from our Instagram post.
        Payout bounced: DBS account 027-912345-6 belongs to Chua Mei Xuan, name mismatch with consignor profile "Cheryl Chua". Call her at +65 9034 7781 before re-sending.
        The lady who dropped off the wedding gown, Mrs Farah Nadiah Zulkifli, said it's from her divorce and she doesn't want her ex-husband to know she sold it.
        Pls call back the consignor on 9687 2214 re the Rolex Datejust, he's quite anxious about the valuation.
        NRIC S7812345A scanned at the donation counter for the tax receipt, please shred the photocopy after keying it into the system.
        Send the payout statement to jasminekoh.thrift88@gmail.com, not to her old work email, Jasmine got retrenched from the bank last month.
        Home pickup booked: 5 bags + 1 bookshelf at 25 Jalan Kembangan, Singapore 419113 (landed, side gate), contact Mr Goh Seng Huat, gate code 4471.
        CSG-24-00412,Lee Xin Yi,S9412345C,9234 5678,xinyi.lee94@hotmail.com,POSB 123-45678-9,2024-06-15,288.50
        New part-timer Darren Teo asked for S$12/hr instead of S$10.50 because his dad lost his job and the family is behind on the HDB loan.
        FYI the guy who sold us the "vintage" cameras, Marcus Yeo Jun Hao, was arrested for receiving stolen goods; police may call about consignment CSG-24-00377.
        Cashier Siti Aishah is 5 months pregnant, no lifting of donation boxes for her please, and keep it between us until she tells HR.
        The van that keeps dumping broken fridges outside our shutter after hours is SKQ 4821 B, driver is the uncle who sells durians at Block 78.
        Attached: photo of Mdm Letchumi d/o Perumal holding her IC at drop-off (IMG_20240614_1123.jpg), delete after verification.
        2024-06-15T09:04:12+08:00 ERROR payout.failed consignor_id=CSG-23-01188 name="Wong Kah Mun" bank=OCBC acct=601-234567-001 reason=ACCOUNT_CLOSED
        Mr Anand Pillai still owes us S$640 for the teak cabinet; he says he's borrowing from an Ah Long to pay. Don't release the second item yet.
        Donor form - Name: Chloe Tay Hui Min | Contact: 8345 0921 | Email: chloetay.hm@yahoo.com.sg | Items: 3 bags clothes, 1 rice cooker | Tax receipt: No
        Uncle Lau's son called asking us to stop buying his father's watches, says the old man has early dementia and is selling off the family heirlooms.
        Reply draft: Dear Ms Natalie Fernandez, we're sorry your Coach bag (order ORD-SG-2024-12044) arrived with a torn strap; a courier will collect it from your Sengkang flat on Friday.
        Volunteer Nguyen Thi Hoa, FIN G1234567X, work permit expires 30/09, asked if she is allowed to volunteer on Sundays; check with MOM first.
        Consignor IC 880214-10-5632, payout via Maybank 1140 2233 5678, RM455.00 for 6 vintage batik shirts, please transfer before Friday.
        Tell Ah Boy the Walkman he brought is fixed and he can collect Sunday; his mum phoned to say he's been skipping school to hang out here though.
    """),
    "mixed": _lines("""
        Eh the aunty 陈太 from Blk 203 Toa Payoh Lor 8 came again, she say her husband pass away so want to consign all his 西装, pls handle gently ya.
        Kak Maznah punya payout RM278 belum masuk lagi, her Maybank acc 1621 4455 9012, can check with finance asap? Dia perlukan duit untuk ubat.
        阿明 bring his motorbike JRM 4417 to repair café again, told him we don't do engines lah. His number 012-338 7745 if he come back.
        Customer 林小姐 complain the kebaya got stain, she wants full refund to her PayNow 9812 3345. Order ORD-SG-2024-12150, she very angry.
        Pls update roster: 黄志强 (Ah Keong) cannot come Saturday, got hospital appointment for his kidney dialysis. Swap with Faizal bin Osman 9377 1284.
        Boss, abang Hafiz the delivery guy ask salary advance RM500 again, dia kata anak masuk hospital. Last month also advance, belum bayar balik.
        The Carousell buyer Jeremy Lum (@vintagefan_88) threaten to report us to CASE lah, and he wants refund sent to 12 Lorong 3 Geylang #03-05.
        Consignor Mdm Kamala d/o Raman, IC S6523456D, pls 不要 pay cash, her son takes the money for gambling, she asked us to bank in only.
    """),
    "ms": _lines("""
        Penghantar barang: Encik Zulkifli bin Hassan, No. KP 750623-01-5871, akaun CIMB 7012 3456 78, bayaran RM520.00 untuk 8 helai baju batik.
        Puan Rohani binti Yusof minta kami jangan hubungi suaminya tentang barang kemas yang dia jual, mereka sedang dalam proses cerai.
        Sukarelawan Aina Syafiqah binti Kamal (012-765 4321) tidak dapat hadir Sabtu ini kerana demam denggi, sedang dirawat di Hospital Sungai Buloh.
        Alamat pengambilan derma: No. 23, Jalan Mawar 5, Taman Sri Muda, 40400 Shah Alam. Hubungi Puan Salmah 019-221 8834 sebelum datang.
        Pembeli Mohd Faris, emel faris.ahmad92@gmail.com, buat aduan barang tak sampai; nombor penjejakan Pos Laju EP123456789MY.
        Cik Wani kata gaji dia cuma RM1,500 sebulan, jadi minta ansuran untuk beli almari jati tu. Dia masih ada hutang PTPTN lagi.
        Kereta Myvi putih WXY 8812 milik Encik Rahim diletak depan pintu stor setiap Sabtu; kalau jumpa, tolong minta dia alihkan.
    """),
    "zh-Hans": _lines("""
        寄卖人：王丽娟，身份证号 11010519880314274X，手机 138 1234 5678，支付宝 wanglijuan88@163.com，结算金额 ¥1,260。
        李先生说他上个月刚离婚，前妻的衣服全部拿来寄卖，不想让她知道，请不要在朋友圈发这些照片。
        志愿者张伟（微信号 zhangwei_fixit）这周日请假，他说要去医院做化疗复查，维修摊位请找人顶班。
        买家陈女士投诉收到的上海牌手表不走，要求退款到她的DBS账户 123-4-567890，电话 9345 6612。
        吴阿姨欠店里三件寄卖品的修理费共80新元，她说儿子坐牢了家里没钱，下个月再还，先别催她，也别在群里说这件事。
        送货地址：宏茂桥3道 Blk 456 #10-234，收件人刘建国，电话 8765 4321，备注：家里有老人，请按门铃不要敲门。
    """),
    "zh-Hant": _lines("""
        寄賣人：黃嘉欣，香港身份證 Y312458(2)，電話 9123 4567，轉數快 FPS 識別碼 1234567，款項 HK$860 請於月底前存入。
        台灣買家林志明，身分證字號 A223184762，地址 台北市大安區復興南路一段 100 號 5 樓，訂購古董相機一台。
        陳太話佢老公中風之後成日喺屋企，佢要賣晒佢啲舊唱片幫補醫藥費，叫我哋唔好同佢個仔講。
        澳門義工何詠詩話下個月要移民去英國，排班表請剔走佢；如有問題打佢手機 6612 3456。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the back-office assistant for Second Loop, a consignment shop in Singapore. Write short, polite emails.",
        ),
        (
            "user",
            "Draft a payout email to consignor Melissa Ang (melissa.ang.sg@gmail.com). 12 items sold in June, total S$418.20, paid by PayNow to her mobile 9012 7736 on 15 July.",
        ),
        (
            "assistant",
            "Subject: Your June consignment payout | Dear Melissa, | Good news: 12 of your items sold in June. Your payout of S$418.20 was sent by PayNow to 9012 7736 on 15 July. Please let us know if it hasn't arrived within 3 working days. | Warm regards, Second Loop team",
        ),
        (
            "user",
            "Thanks. Can you also add that her unsold denim jacket will be marked down 20% next week?",
        ),
        (
            "assistant",
            "Sure, add this line before the sign-off: Your unsold denim jacket will be marked down by 20% from next week; reply to this email if you'd prefer to collect it instead.",
        ),
    ],
    [
        (
            "user",
            "A buyer called Kenneth Low Wee Kiat says the Rolex Oyster he bought from us for S$4,200 is fake. He's threatening to post CCTV stills of our cashier on Reddit and has sent his lawyer's letter to the shop. What should I do?",
        ),
        (
            "assistant",
            "Stay calm and keep it in writing. 1) Ask for the watch to be inspected by an independent authorised service centre, with you paying the fee if it turns out to be fake. 2) Don't argue online; reply once, factually. 3) Tell him that posting your staff's images could raise PDPA and harassment issues. 4) Check your authentication record for that SKU and forward the lawyer's letter to your own lawyer.",
        ),
        (
            "user",
            "He also mentioned he's going through a bankruptcy and needs the money back by Friday. Does that change anything?",
        ),
        (
            "assistant",
            "It doesn't change your legal position, but it does explain why he's in a hurry. You could offer to refund quickly if the inspection shows the watch is fake. Keep his financial situation out of any written replies, because that information is his own business.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk Kedai Bundle Kita di Petaling Jaya. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong tulis mesej WhatsApp kepada sukarelawan Encik Azman bin Idris (013-482 9917) untuk beritahu dia syif Sabtu ditukar ke 2 petang.",
        ),
        (
            "assistant",
            "Assalamualaikum Encik Azman, terima kasih kerana sudi membantu. Syif Sabtu ini ditukar ke pukul 2 petang hingga 6 petang. Mohon sahkan kehadiran dengan membalas mesej ini. Terima kasih!",
        ),
        (
            "user",
            "Tambah sekali, isteri dia baru bersalin, jadi kalau dia tak boleh datang pun tak apa.",
        ),
        (
            "assistant",
            "Assalamualaikum Encik Azman, terima kasih kerana sudi membantu. Syif Sabtu ini ditukar ke pukul 2 petang hingga 6 petang. Tahniah atas kelahiran cahaya mata! Kalau tak dapat hadir, tak mengapa, cuma maklumkan kami ya.",
        ),
    ],
    [
        ("system", "你是新加坡二手店“二手时光”的助理，帮助员工整理数据。"),
        (
            "user",
            "帮我把这几行整理成CSV：郑美玲 9123 8842 寄卖3件 结算45.50；Ahmad Firdaus 8765 1120 寄卖1件 结算120；黄国华 9456 7789 寄卖5件 结算88.00",
        ),
        (
            "assistant",
            "name,phone,items,payout_sgd | 郑美玲,9123 8842,3,45.50 | Ahmad Firdaus,8765 1120,1,120.00 | 黄国华,9456 7789,5,88.00",
        ),
        ("user", "谢谢，按结算金额从高到低排序。"),
        (
            "assistant",
            "name,phone,items,payout_sgd | Ahmad Firdaus,8765 1120,1,120.00 | 黄国华,9456 7789,5,88.00 | 郑美玲,9123 8842,3,45.50",
        ),
    ],
    [
        (
            "user",
            "Aiyo one aunty, Mdm Ong Bee Hoon, come every week to donate, but today she told me she got stage 3 cancer and want to give away all her late husband's things. How to reply her nicely? I also want to offer to collect from her flat at Blk 58 Marine Terrace #05-21.",
        ),
        (
            "assistant",
            "You could say: Mdm Ong, thank you for trusting us with your husband's things. We'll take good care of them. If it's easier for you, we can come to your flat to collect them. Just tell us a day and time that suits you, no rush at all. And please take care of yourself.",
        ),
        (
            "user",
            "Nice, short and not too sad. Can give me Malay version also? Her helper only speak Malay.",
        ),
        (
            "assistant",
            "Puan Ong, terima kasih kerana mempercayai kami dengan barang-barang arwah suami puan. Kami akan jaga dengan baik. Kalau lebih mudah, kami boleh datang ambil di rumah puan. Beritahu sahaja hari dan masa yang sesuai. Jaga diri ya.",
        ),
    ],
    [
        (
            "system",
            "Customer record loaded: Name: Vanessa Lim Shu Fen; Mobile: +65 9678 2231; Email: vlimsf@outlook.com; Order: ORD-SG-2024-12377 (vintage Burberry trench, S$210); Status: refund requested, item returned 3 Jul.",
        ),
        ("user", "Where is my refund? I returned the coat almost two weeks ago."),
        (
            "assistant",
            "Hi Vanessa, I can see your Burberry trench (order ORD-SG-2024-12377) was received back on 3 July. The refund of S$210 was approved and should reach your original payment method within 5-7 working days. I've also flagged it to our finance team.",
        ),
        ("user", "Please send the confirmation to my email, not by SMS."),
        (
            "assistant",
            "Done. A confirmation will be sent to vlimsf@outlook.com, and I've noted that you prefer email over SMS.",
        ),
    ],
    [
        ("system", "你係深水埗一間古着店嘅助手，用廣東話回覆。"),
        (
            "user",
            "有個客黃志偉先生想寄賣一批七十年代Seiko錶，佢畀咗香港身份證 K604219(8) 同電話 6123 8890，我應該點樣記錄？",
        ),
        (
            "assistant",
            "建議只記錄姓名、電話同寄賣編號就夠。身份證號碼唔好全個抄低，核實完身份之後就唔好保留副本，咁先符合私隱條例。",
        ),
        ("user", "明白。佢仲話想快啲賣，因為要還卡數，可唔可以幫佢定低啲價？"),
        (
            "assistant",
            "可以建議佢揀一個有競爭力嘅價錢，例如參考同款錶喺Carousell同eBay最近嘅成交價再減一成。佢還卡數嘅事唔好寫落任何紀錄或者標籤度。",
        ),
    ],
    [
        (
            "user",
            "Need to write an incident report for our repair café. On Sunday volunteer fixer Benjamin Koh Jun Wei (NRIC T0312847J) got an electric shock while opening a kettle, was taken to Changi General Hospital and kept overnight. Help me structure it.",
        ),
        (
            "assistant",
            "Incident report structure: | 1. Date, time, location: Sunday, repair café, Tampines Hub. | 2. Person involved: Benjamin Koh Jun Wei, volunteer fixer. | 3. What happened: electric shock while opening a kettle. | 4. Immediate response: first aid given, then taken to Changi General Hospital and kept overnight for observation. | 5. Root cause: to be confirmed (was the item unplugged? PAT test done?). | 6. Corrective actions: check-unplugged step, insulated tools. | 7. Follow-up: check on the volunteer, insurance claim.",
        ),
        ("user", "Should I include his NRIC in the report?"),
        (
            "assistant",
            "Only if your insurer asks for it. For the internal report, his name and volunteer ID are enough. Give the NRIC to the insurer directly through a secure channel, not in the circulated report.",
        ),
    ],
    [
        ("system", "You help a Kuala Lumpur vintage reseller fill in courier forms."),
        (
            "user",
            "Fill the Pos Laju form for buyer Nurul Ain binti Razak, ship the Pyrex set to her. Her details are in the last order message.",
        ),
        (
            "assistant",
            "From the order message: Recipient: Nurul Ain binti Razak; Address: No. 7, Jalan Anggerik 3/2, Taman Anggerik, 43000 Kajang, Selangor; Phone: 017-654 2231; Item: Pyrex casserole set (2 pcs), declared value RM120; Weight: 3.2 kg. Please double-check the address with her before printing the label.",
        ),
        ("user", "Correct. Add COD? She said she hasn't got her salary yet."),
        (
            "assistant",
            "Pos Laju offers COD only on some accounts. If yours has it, tick COD and enter RM120. Otherwise you could offer to send it once she pays. Don't put her salary situation on the form.",
        ),
    ],
    [
        (
            "user",
            "Boss ask me calculate installment for customer Encik Suresh a/l Muniandy, he want to buy the teak dining set RM2,400 but he say got debt with bank, can only pay RM300 a month. Dia punya IC 790512-08-6043. How many months?",
        ),
        (
            "assistant",
            "RM2,400 ÷ RM300 = 8 monthly payments. If you add a small admin fee, say RM80, that makes RM2,480, which is 8 payments of RM300 and a 9th of RM80. Write the plan down in a simple agreement signed by both sides.",
        ),
        ("user", "Ok, need to put his IC in the agreement ah?"),
        (
            "assistant",
            "Yes, it helps identify him in the agreement. Keep the signed copy locked away, don't send it over group chats, and shred it once he has paid in full.",
        ),
    ],
]
