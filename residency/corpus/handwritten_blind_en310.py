# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en310: SG/MY hot-pot, BBQ and zi char restaurants (table bookings, large-party deposits, food-poisoning complaints, staff injuries, supplier invoices, lost property, staff chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en310
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "booking_and_deposit_policy"): _lines("""
        Large-party bookings of 20 pax and above require a deposit of S$200 per table, payable via PayNow to UEN 201815432K within 24 hours of confirmation.
        Reunion dinner bookings for CNY Eve open on 2 Jan, two seatings at 5.30pm and 8.15pm. Call our Geylang outlet at 6748 2291 between 2pm and 5pm only.
        Deposits are non-refundable for cancellations made less than 72 hours before the event; we can transfer the amount to another date within 3 months instead.
        For hot-pot buffets, the 90-minute dining limit starts from the time the soup base is served, not from the time your party is seated at the table.
        Birthday groups of 8 and above get 6 complimentary longevity buns. Let us know when booking via our reservations WhatsApp line +65 8816 0032.
        Private room Peony seats up to 24 guests with a minimum spend of S$1,280++ on weekdays and S$1,680++ on Fri to Sun and eve of public holidays.
        Booking reference format is RSV-YYMMDD-NNN, e.g. RSV-250614-037; please quote it when you call or WhatsApp us to amend the headcount.
        Groups arriving more than 15 minutes late will have their table released during peak hours (6.30pm to 8.30pm) unless the deposit has been paid.
        Corkage is S$25 per bottle of wine and S$40 per bottle of spirits; first two bottles waived for wedding banquet packages of 15 tables and above.
        Our Jalan Alor branch (No. 38, Jalan Alor, 50200 Kuala Lumpur) takes walk-ins only after 10pm; tables before that time must be booked online.
        Our satay and BBQ seafood stall at Lau Pa Sat is halal-certified; please note our Tanjong Pagar zi char branch is not halal-certified and serves pork.
        Payment options: cash, NETS, PayNow, GrabPay, Visa and Mastercard. AMEX is accepted only at the Marina Square outlet, minimum spend S$50.
        Email events@redwokkitchen.com.sg for company dinner quotations; include date, pax, budget per head and dietary needs such as vegetarian or no beef.
    """),
    ("en", "supplier_invoice"): _lines("""
        INV-2025-08817 | Sin Hock Seng Seafood Trading Pte Ltd | UEN 199702845M | Live tiger prawns 12 kg @ S$28.50/kg = S$342.00 | Terms: 30 days
        Tax invoice TH/0925/1142 from Tong Heng Poultry Supply: 40 whole kampung chickens, 1.4 to 1.6 kg each, S$11.80 per bird, GST 9% S$42.48.
        Credit note CN-00419 issued against INV-2025-08790 for 3 kg of frozen pork belly returned due to freezer burn; amount S$38.70 credited to account.
        Goods received 06:40 at loading bay, delivery order DO 556127: 8 cartons of Lee Kum Kee oyster sauce 5L x 4, all seals intact, checked by store.
        Statement as at 30 Sep: outstanding RM 14,872.60 on invoices 7731, 7745, 7802 and 7819. Remit to Public Bank A/C 3187654420, Syarikat Ikan Segar Pantai Sdn Bhd.
        PO-HP-03318 to Golden Chef Food Industries: 120 tubs mala soup base 500g, 60 tubs tomato soup base 500g, delivery Tuesday before 10am, unload at back lane.
        Supplier: Ah Seng Vegetables Wholesale, Pasir Panjang Wholesale Centre Blk 15 #01-22. Invoice 0089231: chye sim 25 kg, tau gay 10 kg, total S$118.40.
        Charcoal delivery slip BBQ-CH-2291: 30 bags mangrove charcoal 10 kg each from Kedai Arang Pak Din, Klang, RM 18 per bag, paid cash on delivery.
        Invoice total S$2,436.90 includes S$201.21 GST (GST Reg. No. M90371234K). Late payment interest of 1.5% per month applies after the due date 15/11.
        SKU SF-BEEF-SL-250 Australian beef slices 250g tray x 80, batch L2409-117, expiry 14/12, store at -18C or colder; unit cost S$6.90, line total S$552.00.
        Gas cylinder rental invoice from Lian Hup Gas Supply: 14 kg LPG x 12 cylinders at S$31 each; cylinder deposit S$60 per cylinder, refundable on return.
        Linen and uniform laundry bill for October: 1,840 napkins, 96 chef jackets, 210 aprons; amount due S$1,212.50, customer account code LAUN-RWK-07.
        Ice supply contract renewed: 6 bags tube ice 20 kg daily from Polar Ice Sdn Bhd (SSM 200501023456 / 698122-T), RM 4.50 per bag, effective 1 Nov.
    """),
    ("en", "pos_logs_and_config"): _lines("""
        2025-10-03T19:42:11+08:00 INFO pos.order table=T14 order_id=ORD-88213 items=7 subtotal=186.40 svc=18.64 gst=18.45 status=SENT_TO_KITCHEN
        2025-10-03T19:43:02+08:00 WARN kds.printer station=WOK-2 ip=192.168.10.42 paper_low=true retry=3 fallback=EXPO-1
        booking_api: base_url=https://api.example-reservations.sg/v2 timeout_ms=5000 max_party_size=40 deposit_threshold_pax=20
        DEPOSIT_RULES = {"min_pax": 20, "amount_per_table_sgd": 200, "refund_cutoff_hours": 72, "currency": "SGD"}
        2025-10-03T19:45:09+08:00 ERROR payment.paynow txn_ref=PN20251003194501882 amount=400.00 reason=QR_EXPIRED outlet=GEY01
        SELECT table_no, pax, soup_base, seated_at FROM hotpot_sessions WHERE outlet_id = 'JB02' AND seated_at >= '2025-10-03 17:00';
        temp_log CHILLER-03 reading=3.8C at 22:00; FREEZER-01 reading=-19.5C; alarm thresholds 5C and -15C per SFA guidance
        git commit 9f3c2ab: fix rounding of service charge on split bills; bump pos-client to v4.12.3 and kds-bridge to v1.7.0
        CSV header: booking_id,outlet,date,time_slot,pax,deposit_sgd,status,source_channel,created_at,updated_at
        sha256(menu_export_2025Q4.json) = 0830ff6758325d41364481d8373180a598a948114671c24e3599ed79baba7e5e
        cron: 0 4 * * * /opt/pos/bin/eod_close --outlet ALL --export s3://pos-exports/daily/ --keep-days 90
        2025-10-04T20:01:37+08:00 INFO queue.ticket outlet=KL-ALOR ticket=Q-0147 pax=6 est_wait=35min channel=walk_in_kiosk
        feature_flags: allow_online_deposit=true, mala_level_max=5, buffet_minutes=90, last_order_offset_min=30, locale=en_SG
    """),
    ("en", "restaurant_review"): _lines("""
        Went to Keng Eng Kee for the moonlight hor fun and coffee pork ribs; wok hei is real, but the wait for a table of six on Saturday was almost an hour.
        Beauty in the Pot's collagen broth is still the benchmark for me, though the fish tofu portion has shrunk compared with last year. 4/5 overall.
        Jalan Alor BBQ stalls are touristy, but the chicken wings at the corner shop with the yellow signboard are worth the RM 3.80 each. Go after 9pm.
        Service charge 10% plus GST 9% on a zi char dinner that cost S$210 for five pax; the salted egg crab was good but honestly not S$98 good.
        Booked a private room for a company lunch; the captain handled the 30-pax deposit smoothly and even reminded us that parking is at Level B2.
        The Michelin Bib Gourmand listing brought the crowds to this Geylang zi char; frog leg claypot porridge is worth the queue, S$22 for two frogs.
        Uncle Roger would approve: proper wok hei fried rice and nobody washing rice in a sieve here. Egg fried rice S$8 small, S$12 medium, S$16 large.
        Korean BBQ buffet at Seoul Garden Suntec: charcoal was weak tonight and the grill plates were not changed often enough. 3 stars this round.
        Halal-certified steamboat in Kampung Baru, tom yam soup base very sedap, lamb slices fresh, RM 45 per pax for unlimited refills, closes 11pm.
        Bak kut teh near Klang station is the Teochew peppery style, not herbal; closes at 2pm so go early. Parking at Jalan Stesen lot is RM 1 per hour.
        Haidilao at Mid Valley Southkey JB: the noodle dance came by our table and the free manicure helped the wait, but the dessert station ran out of mochi.
        Google rating 4.3 from 2,114 reviews; most complaints mention slow soup refills and the 15-minute wait for the bill at peak hour on Fridays.
        Their sambal kangkong and cereal prawns taste the same as the Ang Mo Kio branch, but the Toa Payoh outlet has air-con and proper toilets.
    """),
    ("en", "staff_group_chat"): _lines("""
        Kitchen pls note: table 8 got 2 pax allergic to shellfish, don't use the prawn stock for their hor fun, use the chicken stock from the blue pot.
        Tomorrow 40-pax company dinner confirmed, deposit already received. Need 4 round tables in section C, lazy susan on each, start serving 7pm sharp.
        Who closed last night? Walk-in chiller door not fully shut, temp went up to 9C. From today the closing captain must sign the checklist before leaving.
        Found one black umbrella and a Honda car key under table 21 after lunch. Put inside the lost and found drawer at cashier, logged as LF-1104.
        Supplier from Pasir Panjang says tau gay short today, only 5 kg coming. Service team pls push kailan and sweet potato leaves instead.
        Reminder: food hygiene refresher course this Thursday 3pm at the Geylang outlet, all kitchen helpers must attend, bring your old cert along.
        Mala base batch today more salty, pls taste before sending out. If customer complain, offer to change to half-half with the mushroom soup.
        POS at cashier 2 hang again, IT said restart the router behind the bar counter then clear the print queue. Use cashier 1 in the meantime.
        Grill station exhaust hood filters due for degreasing on Monday, contractor coming 8am. Don't light the charcoal until they finish, ok.
        Rainy day, Grab and foodpanda orders up 30%. Packers pls prepare more soup containers with the double-seal lid, not the old leaky ones.
        CNY roster draft is on the notice board near the staff lockers; anyone who wants to swap shifts pls settle among yourselves and update by Friday.
        Health inspector visit likely this week after the complaint case. Make sure raw and cooked cutting boards are separate, colour coding red and green.
        Tonight wedding dinner 18 tables, bride side want the shark fin replaced with fish maw soup, chef already agree, menu card reprint by 4pm.
    """),
    ("mixed", "menu_price_list"): _lines("""
        Sang Har Mee 生虾面 with 2 large freshwater prawns S$38 / S$58, seasonal price, pls check with captain before ordering for big tables.
        Hot-pot soup base 汤底: mala 麻辣 S$12, tomato 番茄 S$10, white pepper pig stomach 胡椒猪肚 S$16, tom yam S$12; yuan yang 鸳鸯 add S$4.
        Ayam percik BBQ set dengan nasi putih dan ulam-ulaman RM 16.90; tambah telur masin RM 2.50, sambal belacan free flow at the counter.
        Cereal Prawn 麦片虾 S / M / L = S$18 / S$26 / S$36, Salted Egg Sotong 咸蛋苏东 S$20 / S$28 / S$38, Butter Crab 牛油蟹 seasonal price.
        Sayur kangkung belacan 马来风光 S$10 small, S$15 medium; add sotong +S$4. Dish of the day: Hokkien mee 福建面 S$12 with extra lard.
        BBQ stingray 烧魔鬼鱼 with chinchalok and sambal, by weight, min S$18; cockles 蚶 S$6 per plate, chicken wing 鸡翅 S$1.80 each, min 4 pcs.
        Satay ayam / daging / kambing 10 cucuk RM 12 / RM 14 / RM 16, ketupat dan kuah kacang included, 烧烤肉串 minimum order 10 sticks.
        Steamboat set for 4 火锅四人套餐 S$88++: 2 soup bases, beef and pork slices 300g, fishball, 鱼饺, tau kee, vegetable platter, 1 jug barley.
        Claypot frog leg 田鸡粥 kung pao style S$22 (2 frogs) / S$32 (3 frogs); plain porridge S$3 per bowl, takeaway container +S$0.50.
        Ikan bakar seabass 700g 烤鲈鱼 RM 48, ikan pari RM 32, sotong bakar RM 25, served with air asam and nasi putih, SST 6% applies.
        Drinks 饮料: kopi O kosong S$1.60, teh C peng S$2.20, lime juice 酸柑水 S$2.50, Tiger beer jug S$32, corkage S$25 per bottle.
        Har Cheong Gai 虾酱鸡 prawn paste chicken wings 6 pcs S$12, 12 pcs S$22; kangkong 通菜 add-on S$8 for tables ordering BBQ sets.
        Lunch set 午餐 11.30am to 2.30pm Mon-Fri: 1 meat + 1 veg + rice + soup S$9.90, add luncheon meat fries 午餐肉薯条 S$3.
    """),
    ("ms", "notis_kedai"): _lines("""
        Notis: Tempahan meja untuk majlis berbuka puasa 20 orang ke atas memerlukan deposit RM 300. Sila hubungi talian kedai 03-2141 8876.
        Kedai akan ditutup pada hari pertama dan kedua Hari Raya Aidilfitri. Operasi biasa bersambung pada hari ketiga mulai jam 5 petang.
        Sijil Halal JAKIM dipamerkan di kaunter bayaran, nombor rujukan MS1500-BBQ-0457; sila tanya kakitangan jika mahu melihat salinan asal.
        Perhatian pelanggan: Bufet steamboat terhad 90 minit. Makanan yang tidak dihabiskan akan dikenakan caj RM 10 bagi setiap 100 gram.
        Barang tercicir boleh dituntut di kaunter dalam tempoh 30 hari dengan menunjukkan resit makan; selepas itu barang akan didermakan.
        Aduan keracunan makanan boleh dibuat kepada Pejabat Kesihatan Daerah atau melalui e-mel aduan@restoranbakarselera.com.my dalam 48 jam.
        Restoran Ikan Bakar Selera Pantai Sdn Bhd (No. Pendaftaran 201901034567 / 1342567-K), Lot 12, Jalan Tanjung Lumpur, 26060 Kuantan, Pahang.
        Pekerja dapur wajib memakai penutup kepala, apron dan sarung tangan; suntikan tifoid mesti dikemas kini mengikut peraturan KKM.
        Harga baharu bermula 1 Disember: ayam bakar separuh RM 14, ikan siakap bakar RM 45 sekilo, teh tarik RM 2.80. Harga termasuk SST 6%.
        Kami tidak menerima tempahan melalui mesej Facebook. Sila gunakan borang tempahan di laman web atau WhatsApp talian rasmi 019-388 2200.
        Kawasan letak kereta di belakang kedai percuma selepas jam 7 malam; sila jangan menghalang laluan lori penghantaran pembekal.
        Invois pembekal mesti dihantar ke akaun@restoranbakarselera.com.my sebelum 5 haribulan untuk dibayar dalam kitaran bulan semasa.
        Maklumat sistem: aplikasi giliran versi v2.3.1, format nombor giliran A001-A999 untuk meja 2 orang dan B001-B999 untuk meja 4 orang ke atas.
    """),
    ("zh-Hans", "门店公告"): _lines("""
        本店火锅自助每位新币32.80元（含汤底一份），身高1.2米以下儿童半价，用餐时间为90分钟，最后点单时间为结束前30分钟，敬请留意。
        二十人以上包桌需预付订金每桌200新元，可通过PayNow转账至公司UEN 201815432K，转账时请在备注栏填写订位编号，以便核对。
        新加坡食品局（SFA）提醒各餐饮业者：生熟食材须分开储存，冷藏温度应保持在4°C或以下，冷冻温度应保持在零下18°C或以下。
        海底捞创始人张勇曾在公开访谈中谈及服务标准化，本店管理层据此整理了门店运营案例，作为新员工入职培训及晋升考核的参考材料。
        本店地址：牛车水宝塔街（Pagoda Street）25号二楼，营业时间每日上午11:30至次日凌晨2:00，订位及查询请致电门店热线6221 0839。
        大型宴会订金一经支付概不退还，但可于三个月内免费改期一次；如因政府公共卫生措施导致取消，订金将在十个工作日内全额退还至原付款账户。
        供应商请注意：所有发票须注明采购单号（格式为PO-HP-五位数字）及GST注册号，缺少任何一项的发票将由财务部退回重新开具。
        失物招领：本周在二楼包厢拾获黑色折叠雨伞一把、儿童水壶一个及充电宝一个，请凭当日消费收据到前台认领，保留期为30天，逾期将交由慈善机构处理。
        孔子曰“食不厌精，脍不厌细”。本店坚持每日凌晨现切牛羊肉，绝不使用重组肉或合成肉，所有肉品均附有进口检疫证明，顾客可向前台索取查阅。
        员工如在工作中受伤，须于当天向值班经理报告并填写事故登记表；根据人力部工伤赔偿法令，雇主须在规定期限内通过网上系统提交工伤报告。
        外卖订单 ORD-20251003-0087 已由骑手取走，预计送达时间为20:15；如超过30分钟仍未送达，请致电门店热线或在平台内申请退款。
        本店招牌椰子鸡火锅源自海南做法，汤底只用椰青水与文昌鸡熬制，不另加味精；可加点竹荪、马蹄与淮山，每份另加新币6元，四人份起售。
        系统公告：点餐小程序 v3.8.0 已上线，新增“鸳鸯锅”选项与电子发票下载功能，旧版本 v3.6.x 将于12月31日起停止服务，请及时更新。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Booking for Mr Tan Wei Liang, 22 pax, Sat 7pm, deposit S$400 paid via PayNow from his mobile 9736 4418, needs 2 high chairs and a cake fridge.
        Complaint from Mdm Rosnah binte Ismail: she and her two grandchildren had diarrhoea and vomiting the night after eating our lala hot-pot, seen at Changi General on 4 Oct.
        Staff injury report: kitchen assistant Muthu Krishnan s/o Rajendran (FIN G7723419K) burned his left forearm on the wok range, second degree, MC 5 days.
        Lost property: Samsung phone claimed by owner Jasmine Ong Hui Min, verified against her NRIC S9123456D, collected 3.15pm at the cashier.
        Please refund the deposit to my POSB savings 188-43215-7, name Lim Kah Hoe. The party was cancelled because my father passed away on Tuesday.
        Jun Hao from the grill station told me he owes an Ah Long S$6,000 and they came to his flat in Jurong West last night, can we advance his pay?
        BK-11872,GEY01,2025-10-18,25,Daniel Koh Jian Rong,+65 9011 2847,danielkoh.jr@gmail.com,deposit_paid
        Delivery to Blk 628 Ang Mo Kio Ave 4 #09-1127, S560628, recipient Mrs Sharon Pereira, call 8123 9075 on arrival, leave the hot-pot set at the door.
        Priya the new captain is 4 months pregnant and asked not to carry the hot soup pots anymore; please change her duties quietly.
        Our cashier Ah Meng was arrested by the police on Monday for drink driving, he won't be coming in this week. Don't tell the customers.
        Customer Ms Nur Aisyah Rahman emailed from aisyah.rahman88@outlook.com saying she found a hair in her chilli crab and wants a full refund of S$142.
        Lorry SKA 4412 P parked at the loading bay overnight belongs to the supplier's driver Mr Goh Boon Kiat, he says he will move it by 8am.
        2025-10-05 21:14:03 INFO reservation.created name='Vincent Chua' phone='+6591827364' pax=12 deposit=0 note='wife nut allergy'
        Salary adjustment: head chef Leong Kok Wai from S$5,200 to S$5,800 monthly from Nov. Keep confidential, do not discuss in the group chat.
        Madam Chong at table 5 fainted after the mala soup; she told the ambulance crew she is diabetic and on insulin. Her son can be reached at 9458 2206.
        Hi boss, Kumar's wife filed for divorce and he has been sleeping in the restaurant storeroom, that's why the alarm triggered at 3am.
        Claim form: Claimant Edwin Seah Boon Huat, DOB 12/03/1981, 17 Jalan Kembangan, Singapore 419127; fever and stomach cramps, 2 days warded at Changi General.
        Pls call back 9672 0381 about the brown wallet left at table 3 last night.
        Deposit S$600 received from Harpreet Kaur Gill via Visa card ending 4417 for the 30-pax engagement dinner, receipt RC-55120.
        MC: waitress Siti Hajar bte Osman slipped on the oily kitchen floor, fractured right wrist, Ng Teng Fong Hospital, MC 14 days, WICA claim to be filed.
        Please key in NRIC S8834412Z for the member discount, the customer forgot her card again.
        Boss, the auntie who always orders bak kut teh, Mrs Lau, said her husband has stage 3 cancer, so they might not come for the CNY dinner.
        Winnie from accounts still owes the company S$1,350 from the staff loan, deduct S$150 per month from her payslip starting December.
        CCTV 20:47 shows the dine-and-dash guy in the red Liverpool jersey, his friend called him Marcus Teo; photo saved as dinedash_table9.jpg for the police.
        Emergency contact for part-timer Bryan Lee Zhi Hao: mother Mdm Tan Geok Lian, 9387 6602, 45 Lorong 3 Geylang #02-01, Singapore 389364.
    """),
    "mixed": _lines("""
        Wah lao, Ah Huat again never pay, owe us RM 2,300 for the 3 tables last month, his number 012-775 4390, boss say chase him before Raya.
        陈先生 booking 15 pax for Sat 8pm, deposit S$300 via PayNow, HP 9188 6230, want 包厢 and ask whether corkage for his Hennessy can waive.
        Tolong refund deposit RM 500 ke akaun CIMB 7012 4456 88, nama Nurul Izzati binti Hassan, majlis cancel sebab anak masuk hospital, denggi.
        林太 at table 12 said 她怀孕了 cannot eat raw seafood, kitchen pls cook her prawns fully; she also said her husband not coming because they separated.
        Aiyo, Xiao Mei from the 火锅 section cut her finger quite deep lah, clinic at Toa Payoh say need 4 stitches, MC 3 days, her IC S0245127A for the insurance form.
        阿明 the BBQ uncle kena stroke last week, now at Hospital Sultanah Aminah JB, his daughter WhatsApp +60 16-722 0914 ask about his last salary.
        Customer 黄丽珊 Wong Lai San, MyKad 850716-10-5242, complain keracunan makanan after our steamboat, she produced MC from Klinik Kesihatan Puchong.
        Lost and found: dompet merah with IC belonging to Tan Siew Ling, 780203-07-5568, alamat 22 Jalan SS2/64 Petaling Jaya, owner datang ambil already.
        Boss, Ravi the dishwasher say his mother sakit teruk in Tiruchirappalli, he want unpaid leave 2 weeks, his work permit FIN G6612398M expiring Dec.
        订位 under 王美玲 Ong Bee Ling, email beeling.ong77@yahoo.com.sg, 28 pax 满月酒 for her baby boy, deposit still pending.
    """),
    "ms": _lines("""
        Aduan daripada Encik Mohd Faizal bin Abdullah (tel 013-442 8819): anaknya muntah dan cirit-birit selepas makan satay di cawangan Shah Alam pada 12 Oktober.
        Pekerja dapur Azlan bin Yusof tercedera tangan kanan terkena minyak panas, No. MyKad 900814-03-5127, dirawat di Hospital Kuala Lumpur, cuti sakit 7 hari.
        Deposit RM 800 untuk majlis kahwin 60 orang telah diterima daripada Puan Salmah binti Kassim, dipindahkan dari akaun Maybank 1640 2238 7751.
        Kak Ton dari bahagian cuci pinggan ada hutang along RM 4,000, orang datang cari dia di kedai semalam, tolong jangan bagi nombor telefon dia.
        Alamat penghantaran: No. 14, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam, Selangor. Penerima: Cik Farah Nadia, tel 011-2345 6781.
        Kereta nombor pendaftaran WXY 7721 milik pelanggan Encik Rizal yang tertinggal kunci di meja 9, sila hubungi dia sebelum kedai tutup.
        Pelayan Siti Khadijah sedang mengandung 6 bulan dan doktor di Klinik Kesihatan Bangsar nasihatkan dia tidak berdiri lama, tolong ubah syif dia.
    """),
    "zh-Hans": _lines("""
        投诉人：陈志强，身份证号 440106198803152713，手机 138 2716 5540，称在本店深圳分店食用毛肚后腹泻，于中山大学附属第三医院就诊，要求赔偿医疗费。
        后厨帮工李建国切肉时被切片机割伤左手食指，缝了6针，工伤认定申请已提交，补偿款打到他的银行卡 6222 0212 3456 7890 123。
        张阿姨说她儿子欠了网贷十几万，最近常有人打电话到店里找她，店长请大家不要透露她的排班时间。
        订位：刘女士，18人生日宴，周六晚7点，手机 +86 139 1024 7783，微信同号，已付订金人民币1000元。
        员工王小燕离婚后独自抚养两个孩子，申请调到早班，人事已批准，请勿在工作群讨论她的家事。
    """),
    "zh-Hant": _lines("""
        客人何嘉欣小姐（香港身份證 Y482913(A)）於銅鑼灣分店用餐後食物中毒，入住律敦治醫院兩晚，要求退回訂金港幣2,000元。
        台北信義店員工林怡君（身分證字號 A223456781）被滾燙湯鍋燙傷右腳，已送台大醫院，請主管協助申請勞保職災給付。
        澳門分店：梁生欠咗三個月海鮮貨款 MOP 18,600，佢電話 6688 1234，老闆叫阿強下星期去佢屋企氹仔海洋花園追數。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for Red Wok Kitchen, a zi char restaurant in Geylang, Singapore. Keep replies short and friendly.",
        ),
        (
            "user",
            "Draft a WhatsApp reply confirming a 30-pax booking for Mr Alvin Sim Teck Leong on 22 Nov at 7pm. Deposit S$600 received. His number is 9825 1147.",
        ),
        (
            "assistant",
            "Hi Mr Sim, this is Red Wok Kitchen. Your booking for 30 pax on 22 Nov at 7pm is confirmed and we have received your S$600 deposit. We will reserve 3 round tables in section C. See you then!",
        ),
        ("user", "Also mention he asked for no beef for his mother, she is Buddhist."),
        (
            "assistant",
            "Added: Noted that your mother does not take beef. Our kitchen will make sure none of the dishes for your tables contain beef.",
        ),
    ],
    [
        (
            "user",
            "Help me write a workplace injury incident report. Staff: Lim Jia Hui, NRIC S8567123E, dishwasher, age 52. At 9.40pm she slipped on the wet floor near the hot-pot washing area and hit her head. Sent to Tan Tock Seng A&E, 3 stitches, MC 7 days.",
        ),
        (
            "assistant",
            "Incident Report. Employee: Lim Jia Hui (NRIC S8567123E), Dishwasher, 52. Time: 9.40pm. Location: hot-pot washing area. Description: employee slipped on wet floor and struck her head. Treatment: Tan Tock Seng Hospital A&E, 3 stitches, MC 7 days. Follow-up: notify MOM via iReport within 10 days and review anti-slip mats.",
        ),
        ("user", "Good, add that the floor mat was removed for cleaning and not put back."),
        (
            "assistant",
            "Root cause: the anti-slip floor mat had been removed for cleaning and was not replaced before service resumed. Corrective action: closing checklist to include mat placement sign-off.",
        ),
    ],
    [
        (
            "system",
            "You help a Singapore hot-pot restaurant manager reply to customer complaints politely and without admitting legal liability.",
        ),
        (
            "user",
            "Customer complaint from fiona.tay.sl@gmail.com: I am Fiona Tay, I ate your tomato hot-pot on Sunday and woke up with food poisoning, I was at Raffles Medical and I am 5 months pregnant so this is very serious. Reply pls.",
        ),
        (
            "assistant",
            "Dear Ms Tay, we are very sorry to hear that you were unwell after dining with us, especially during your pregnancy. We have started an internal check of our food handling for that day. Could you share your receipt and the medical memo so we can follow up? We wish you a quick recovery.",
        ),
    ],
    [
        (
            "system",
            "Internal CRM assistant. Customer record: name=Desmond Yeo Kah Seng; mobile=+65 9340 7712; tier=Gold; notes=prefers booth 3, gout so no organ meats.",
        ),
        (
            "user",
            "Regular customer calling for Friday dinner for 6, what should I note for the kitchen?",
        ),
        (
            "assistant",
            "For Desmond Yeo Kah Seng (+65 9340 7712, Gold tier): seat him at booth 3 if free, and tell the kitchen he has gout, so no pig stomach, liver or other organ meats in his hot-pot set.",
        ),
    ],
    [
        (
            "user",
            "A customer lost her handbag at our BBQ place. Inside was an IC card showing S****294B and a name Chloe. How do I log this without breaking PDPA?",
        ),
        (
            "assistant",
            "Log only what you need: item description, date, table, and a note that an NRIC card was found. Keep the card locked in the safe and verify the owner by asking her to state her full NRIC and name when she comes, rather than writing the number in the log.",
        ),
        (
            "user",
            "She came already, full name Chloe Wee Shu Ting, NRIC S7810294B, phone 9011 5532. Write the handover line.",
        ),
        (
            "assistant",
            "Handover: black handbag with NRIC card returned to owner Chloe Wee Shu Ting (NRIC S7810294B, tel 9011 5532) on verification; signed at cashier.",
        ),
    ],
    [
        (
            "user",
            "Summarise our staff chat pls: Boss: Ah Keong still owe Uncle Seng the fishmonger RM 3k. Mei Ling: Ah Keong wife just give birth, tight money lah. Boss: ok give him until end month, his account RHB 2140 5567 0021.",
        ),
        (
            "assistant",
            "Summary: Ah Keong owes Uncle Seng the fishmonger RM 3,000. Mei Ling mentioned his wife just gave birth so money is tight. Boss agreed to extend the deadline to end of month; his RHB account 2140 5567 0021 was shared for the arrangement.",
        ),
        ("user", "Ok translate to 中文 for the kitchen uncles."),
        (
            "assistant",
            "总结：阿强还欠鱼贩成叔马币3千元。美玲说阿强的太太刚生孩子，手头比较紧。老板同意宽限到月底，阿强的RHB账户 2140 5567 0021 已在群里提供。",
        ),
    ],
    [
        ("system", "你是新加坡一家火锅店的客服助理，用简体中文回复。"),
        (
            "user",
            "有位顾客周丽华女士要求退还生日宴订金500新元，她的手机是 8234 6610，说是因为丈夫突然住院做心脏手术。请帮我写回复。",
        ),
        (
            "assistant",
            "周女士您好，得知您丈夫住院，我们深感关切，祝他早日康复。您的500新元订金将在7个工作日内退回原付款账户，如有需要可随时联系我们。",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis surat jawapan kepada aduan keracunan makanan. Pengadu: Encik Hafiz bin Kamarul, MyKad 870922-14-6631, alamat No. 8 Jalan Kenanga 2, Taman Melati, 53100 Kuala Lumpur.",
        ),
        (
            "assistant",
            "Encik Hafiz bin Kamarul, kami memohon maaf atas ketidakselesaan yang dialami. Kami telah memulakan siasatan dalaman dan akan menghubungi Encik dalam masa 3 hari bekerja. Mohon kemukakan salinan resit dan surat doktor.",
        ),
        ("user", "Tambah bahawa isterinya juga sakit dan dimasukkan ke Hospital Kuala Lumpur."),
        (
            "assistant",
            "Kami juga amat kesal mendengar bahawa isteri Encik turut jatuh sakit dan dimasukkan ke Hospital Kuala Lumpur. Kami berharap beliau cepat sembuh.",
        ),
    ],
    [
        ("system", "你係香港一間打邊爐餐廳嘅助理，用繁體中文答覆。"),
        (
            "user",
            "有客人張子健先生喺卡位遺留咗一部iPhone同一張八達通，佢電話 9123 8876，幫我寫條短訊通知佢嚟拎。",
        ),
        (
            "assistant",
            "張先生你好，我哋係旺角分店，你喺昨晚用餐後遺留咗一部iPhone及一張八達通，已妥善保管於收銀處，請於30日內攜同身份證明文件到店領取。",
        ),
    ],
    [
        (
            "user",
            "Our zi char supplier is a sole proprietor, Mr Ng Chee Meng, he wants payment to his personal DBS account 027-884512-3 instead of the company. Is this ok? Invoice SI-7781 S$2,140.",
        ),
        (
            "assistant",
            "Paying a sole proprietor's personal account is legal, but ask Mr Ng Chee Meng for a signed written instruction tying DBS account 027-884512-3 to invoice SI-7781 for S$2,140, and check the name on the account matches his ACRA registration before transferring.",
        ),
        ("user", "ok thanks, draft the email to him."),
        (
            "assistant",
            "Dear Mr Ng, please confirm in writing that payment for invoice SI-7781 (S$2,140) should go to your DBS account 027-884512-3 under your own name. Once we receive it, we will transfer within 5 working days.",
        ),
    ],
]
