# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en288: SG/MY wedding banquet restaurants and hotel ballrooms (banquet bookings, table plans, deposits, tasting sessions, dietary notes, cancellations, guest lists). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en288
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "banquet_package_price_list"): _lines("""
        Weekend Dinner Package 2027 (Fri-Sun & Eve of PH): S$1,988++ per table of 10, min. 30 tables in the Grand Ballroom, incl. 8-course Chinese menu and free-flow soft drinks.
        Weekday Lunch Package: S$1,288++ per table (Mon-Thu, excl. PH), min. 15 tables; 10% service charge and prevailing 9% GST apply to all prices listed.
        Corkage waived for 1 bottle of hard liquor per confirmed table; additional bottles charged at S$40++ each, wine at S$30++ per 750ml bottle.
        Auspicious Date Surcharge: S$200++ per table on 20 Feb 2027, 2 Jun 2027 and 9 Sep 2027 (double-nine). Limited to 2 banquets per evening.
        Malay Wedding Package (JAKIM-certified kitchen, MS 1500:2019): RM98 nett per pax, min. 500 pax, includes pelamin decoration and kompang troupe of 12.
        Add-on: 2-tier dummy wedding cake with champagne pyramid and 1 bottle of sparkling wine, S$388++; live band from S$1,500++ for 3 sets of 45 min.
        Additional tables beyond the guarantee are charged at the package price; reductions allowed up to 10% of guaranteed tables, no later than 14 days before the event.
        Vegetarian set (Buddhist style, no onion/garlic) at S$168++ per table of 10. Please inform Banquet Sales at least 7 working days prior to the event.
        Tea Ceremony Room (2 hrs, incl. set-up, red cushions and 2 pots of longan red date tea): S$450++, subject to availability on the day of solemnisation.
        ROM Solemnisation Package at Level 3 Garden Terrace: S$3,888++ for up to 80 guests, incl. canapes, mocktails and a 6-seat solemniser table.
        Deposit schedule: 30% upon signing, 40% six months before the event, balance 14 days prior. PayNow to UEN 199704512M (Marina Bay Banquet Pte. Ltd.).
        Kids' meal (3-11 yrs): S$48++ per child; children below 3 dine free; vendor meals S$38++ per pax for photographer, videographer and emcee.
        Price list version PL-BQ-2027-v3, effective 1 Jan 2027 to 31 Dec 2027. Prices subject to change without prior notice; E&OE. Enquiries: banquets@marinabaybanquet.com.sg
    """),
    ("en", "banquet_system_log"): _lines("""
        2027-03-14T10:22:41+08:00 INFO booking.create id=BQT-2027-04187 venue=GRAND_BALLROOM date=2027-11-20 session=DINNER tables=38 status=TENTATIVE
        2027-03-14T10:22:42+08:00 INFO deposit.request booking=BQT-2027-04187 amount=SGD 22,570.00 method=PAYNOW ref=PN-8F2C91A7 expires_in=72h
        2027-03-15T09:01:07+08:00 WARN inventory.clash venue=JADE_ROOM date=2027-09-09 session=LUNCH holds=3 max=2 action=queue_waitlist
        2027-03-15T18:45:12+08:00 ERROR payment.webhook provider=stripe event=evt_3PqL8x2eZvKYlo2C0aB7 code=card_declined booking=BQT-2027-03991 retry=1/3
        [cron] 02:00 SGT nightly_release: 7 tentative holds older than 14 days released back to inventory (ballrooms: 3, function rooms: 4)
        table_plan.export booking=BQT-2027-02856 format=pdf pages=4 tables=42 vip_tables=2 sha256=9e1c4f0b7a2d55c1e83b size=218KB
        menu.version.publish menu_id=WED-8C-2027 rev=12 author_role=exec_chinese_chef approved_by_role=fnb_director ts=1802491200
        banquet: { min_tables_weekend: 30, min_tables_weekday: 15, service_charge: 0.10, gst: 0.09, currency: SGD, hold_days: 14 }
        SELECT booking_id, event_date, tables_guaranteed, deposit_paid FROM banquet_bookings WHERE venue_code = 'GB' AND event_date >= '2027-01-01';
        POST /api/v2/bookings/BQT-2027-04187/tasting 200 OK slot=2027-06-05T14:30 pax=6 menu=WED-PREMIUM-9C latency=184ms
        booking_id,event_date,session,venue_code,tables_guaranteed,tables_actual,menu_code,deposit_sgd,balance_sgd,status
        2027-04-02 11:08:19 +0800 [sync] SevenRooms to Opera export ok: 124 banquet events, 0 conflicts, build 4.18.2 (commit a3f9c2e)
        feature_flag dietary_matrix_v2=true rollout=100% venues=[GB,JR,PR] note='auto-count halal/veg/no-beef per table from RSVP form'
    """),
    ("en", "banquet_staff_group_chat"): _lines("""
        Captain on duty pls note: Grand Ballroom tonight 42 tables, march-in at 8.08pm, first course must be on the table by 8.30pm latest.
        Kitchen confirm already, table 7 and 15 no beef, table 22 got 3 vegetarian sets, all marked with green card on the centrepiece ok.
        Sat lunch Jade Room event changed to 18 tables from 20, BEO rev 3 uploaded to shared drive, pls print new copy for the service team.
        Florist arriving 3pm at loading bay B, security pls let them use service lift 4 only, don't block the VIP drop-off at main porch.
        Reminder to all banquet servers: yam seng toast at 9.15pm, fill glasses with Chinese tea or sparkling juice by 9.10pm, no pouring during speeches.
        Who took the spare cake knife from store room 2? Tonight's couple doing cake cutting at 8.45pm, need it back at the stage by 7pm lah.
        Emcee sound check 5.30pm, AV team pls test both wireless mics + the slideshow laptop HDMI, last week the projector hang halfway.
        Tasting session tomorrow 2.30pm Private Room 3, 6 pax, premium 9-course menu, chef wants plated not family style, pls set accordingly.
        Banquet Ops: tonight's event settled deposit already, balance via bank transfer by Monday, no need to chase at the end of dinner.
        Heads up, NEA officer doing routine inspection Thursday morning, make sure all chillers logged and temperature sheets updated since the 1st.
        Halal kitchen team only: Sunday nikah reception 60 tables, separate utensils trolley marked green, no crossover with the main kitchen pls.
        Linen count short 40 gold chair sashes after last night, housekeeping check laundry chute ok, else we rent from supplier for Sat.
        Bridal suite on L5 need extra standing mirror and 2 more chairs, HK pls send up before 4pm, the make-up team coming early.
    """),
    ("en", "wedding_venue_reviews"): _lines("""
        Had our dinner banquet in the Island Ballroom at Shangri-La Singapore, service was seamless and the roast suckling pig came out hot for all 40 tables. 5/5.
        Peach Garden was good value for a weekday lunch wedding, but the lobster noodle portion was a bit small for a table of 10. 4/5 overall.
        Madam Kwan's catered our ROM lunch, the nasi lemak canapes were a hit with the aunties, though parking at Suria KLCC was a nightmare on a Saturday.
        Jin Long Palace Restaurant in Cheras did 88 tables for our reception, the Buddha Jumps Over the Wall was a bit salty but the coordinator was super responsive.
        Hai Tien Lo at Pan Pacific: the view is gorgeous, and the wedding team sorted our table plan changes at 11pm the night before. Highly recommended.
        Avoid Ah Hock Seafood Banquet Hall in Seri Kembangan if you want proper aircon, hall was stuffy by the 5th course and dessert came 40 min late. 2/5.
        The Lady M cake table was the highlight; the hotel allowed an external dessert vendor with a S$200 waiver, very reasonable compared to other ballrooms.
        Tasting at Summer Palace (Regent Singapore) was generous, 10 dishes for 6 pax free with a booking of 25 tables and above. Sommelier was very patient too.
        Booked the Hilton Kuala Lumpur grand ballroom for 2027; sales team pushed hard for the premium menu but eventually matched the competing quote.
        3/5. Food at Restoran Wong Kee Banquet in Ipoh is excellent (the salt-baked chicken!) but the hall PA system crackled during all the speeches.
        Kudos to the Marina Bay Sands banquet team, they handled our 30% halal, 10% vegetarian split without a single wrong plate going out.
        Jumbo Seafood private room was perfect for our 3-table solemnisation dinner; chilli crab gravy top-up extra S$15 per table, worth every cent.
        Not impressed with the JB hotel we picked: they double-booked the foyer for another event and our photobooth got squeezed into a corner. 2/5.
    """),
    ("mixed", "banquet_menu"): _lines("""
        Eight-Course Wedding Menu 2027 (囍宴八道菜): 1. 金猪全体 Roast Suckling Pig Platter with Jellyfish and Prawn Salad, served with pancakes and hoisin
        2. 红烧鸡丝鱼鳔羹 Braised Fish Maw Soup with Shredded Chicken and Crab Meat, served in individual bowls with Chinese black vinegar on the side
        3. 港式清蒸笋壳鱼 Hong Kong-Style Steamed Marble Goby with Superior Soy Sauce (seasonal price, approx. 800g per fish)
        4. 金沙虾球 Golden Salted Egg Yolk Prawns with Curry Leaves; halal-certified version available as Udang Goreng Telur Masin
        5. 鲍鱼海参扒时蔬 Braised 6-head South African Abalone with Sea Cucumber and Broccoli, one abalone per guest
        6. 荷叶糯米饭 Lotus Leaf Glutinous Rice with Dried Scallop and Chinese Sausage (pork-free option: chicken lap cheong)
        7. 福建焖伊面 Braised Ee-fu Noodles with Yellow Chives and Shiitake, for the 长寿 longevity wish of the newlyweds
        8. 红豆沙汤圆 Red Bean Paste with Glutinous Rice Balls (汤圆 for 团圆, reunion), served warm; cold mango sago upon request
        Menu Pengantin Melayu: Nasi Minyak, Ayam Masak Merah, Daging Rendang Tok, Dalca Sayur, Acar Rampai, Air Sirap Bandung, RM45 nett setiap pax
        Indian Vegetarian Wedding Thali: vadai, sambar, rasam, kootu, 3 poriyal, pappadam, payasam, S$32 nett per leaf, served on banana leaf
        Peranakan Tok Panjang set: Ayam Buah Keluak, Chap Chye, Babi Pongteh (pork), Itek Tim, Nyonya kueh platter, min. 8 tables, S$1,688++ per table
        Dessert station add-on: 娘惹糕 Nyonya kuih, pulut tai tai, ondeh-ondeh, kek lapis Sarawak and cendol shots, S$12++ per guest
        Free-flow beverage: Chinese tea 普洱/香片, soft drinks, orange juice; Tiger beer barrel 30L at S$680++, Carlsberg barrel at S$650++
    """),
    ("ms", "notis_dewan_perkahwinan"): _lines("""
        Notis: Dewan Seri Mawar ditutup untuk kerja-kerja penyelenggaraan penghawa dingin dari 3 hingga 7 Mac 2027. Tempahan pada tarikh tersebut telah dipindahkan.
        Bayaran deposit sebanyak RM5,000 tidak akan dikembalikan sekiranya majlis dibatalkan kurang daripada 90 hari sebelum tarikh acara.
        Semua hidangan disediakan oleh dapur yang mempunyai Sijil Pengesahan Halal Malaysia JAKIM; makanan luar tidak dibenarkan kecuali kek perkahwinan.
        Sesi rasa makanan (food tasting) boleh ditempah pada hari Selasa hingga Khamis, jam 3.00 hingga 5.00 petang, untuk maksimum 6 orang sahaja.
        Kaunter jualan bankuet: Tingkat 2, Hotel Permata Bangsar, 18 Jalan Maarof, 59000 Kuala Lumpur. Talian: 03-2287 5500 sambungan 2310.
        Tetamu diminta meletakkan kenderaan di tempat letak kereta bertingkat Blok B; kadar RM3 sejam, maksimum RM15 sehari bagi pemegang kupon majlis.
        Pelamin, kerusi raja sehari dan hiasan meja beradab disediakan oleh vendor berdaftar hotel sahaja. Vendor luar dikenakan caj RM800.
        Majlis akad nikah di surau hotel perlu mendapat kelulusan Pejabat Agama Islam Wilayah Persekutuan sekurang-kurangnya 30 hari lebih awal.
        Waktu operasi dewan untuk majlis malam: 7.00 malam hingga 11.30 malam. Lebihan masa dikenakan caj RM1,500 sejam atau sebahagian daripadanya.
        Sila maklumkan keperluan diet khas (vegetarian, alahan kacang, tanpa gluten) kepada pegawai bankuet sekurang-kurangnya 14 hari sebelum majlis.
        Pakej Perkahwinan Emas 2027: 1,000 pax, menu 6 hidangan, pelamin, kad jemputan 1,000 keping dan cenderahati bunga telur, RM68,000 sahaja.
        Syarikat: Permata Bankuet Sdn. Bhd. (No. Pendaftaran 201901034567 (1341520-D)), No. SST W10-1908-32001234, invois no. INV-PB-2027-00418.
        Dilarang merokok dan menggunakan vape di dalam dewan dan ruang legar hotel. Pesalah boleh dikenakan kompaun oleh pihak berkuasa tempatan.
    """),
    ("zh-Hans", "宴会预订须知"): _lines("""
        宴会预订须知：每桌以10位计，周末晚宴最低消费30桌，平日午宴最低15桌，所有价格另收10%服务费及9%消费税（GST）。
        签约时须缴付合同总额30%作为订金，婚宴前六个月再付40%，余款须于婚宴前14天付清，可使用PayNow或银行转账，恕不接受现金支票。
        婚宴日期如需更改，须于原定日期前180天以书面形式提出，仅可更改一次，且新日期须在原定日期起12个月内举行，差价另行补足。
        试菜安排：确认20桌以上可享6人免费试菜一次，时间为周二至周四下午2点至5点，需提前7天向宴会部预约，额外人数每位收费新币88元++。
        酒水政策：每桌可免开瓶费带入一瓶烈酒，超出部分每瓶收取新币40元++，葡萄酒每瓶新币30元++，30公升啤酒桶另计，详情请参阅价目表。
        素食、清真及无牛肉需求请在宴会前14天告知宴会部，厨房将以不同颜色桌卡标示（绿色为素食、蓝色为无牛肉），以免服务员上错菜式。
        宴会部办公室：新加坡史各士路21号3楼（近乌节地铁站），办公时间周一至周六上午10点至晚上7点，热线6735 8800。
        取消政策：宴会前12个月以上取消退还50%订金；6至12个月内取消订金不予退还；6个月内取消须付合同总额50%，以书面通知日期为准。
        新人进场时间建议为晚上8点08分，寓意“发”；上菜顺序由宴会经理与司仪协调，每道菜间隔约12分钟，敬酒环节安排在第四道菜之后。
        大宴会厅可容纳最多60桌（剧院式800人），挑高7.5米，无柱设计，配备8米×4.5米LED大屏幕、专业音响及独立新娘房和化妆间。
        婚宴当天免费提供：香槟塔一座、五层假蛋糕、签到台布置、每桌一瓶汽水、每桌一份鲜花摆设，以及新人入住豪华套房一晚（含双人早餐）。
        停车优惠：每5桌赠送一张免费停车券，额外停车券每张新币15元，请于宴会前一周向宴会部领取并签收，遗失恕不补发，酒店停车场共设420个车位。
        本须知为2027年版本（文件编号BQ-CN-2027-02，修订日期2027年1月5日），如与合同条款有冲突，以双方签署的正式合同为准。
    """),
    ("zh-Hant", "婚宴常見問題"): _lines("""
        問：婚宴最少要訂幾多席？答：週末晚宴最少25席，平日晚宴最少12席，每席12位，另收一成服務費，價錢已包括基本場地佈置。
        問：可以自攜紅酒嗎？答：每席可免開瓶費自攜紅酒一支，額外每支收取開瓶費港幣250元，烈酒每支港幣400元，香檳另計，啤酒可按桶預訂。
        問：試菜如何安排？答：確認訂席後可於婚宴前三個月安排免費試菜一次，以10位為限，須提前兩星期向婚宴部預約，逢週一及公眾假期休息。
        問：訂金是多少？答：簽約時需繳付港幣30,000元訂金，婚宴前三個月再付總額一半，餘款須於婚宴前七天以支票或轉數快（FPS）付清。
        問：如遇八號風球或黑色暴雨警告怎麼辦？答：如天文台於婚宴當日下午2時前懸掛，新人可免費改期一次，訂金全數保留，不另收任何行政費。
        問：有沒有素食或清真菜單？答：提供全素八道菜（每席港幣6,888元），清真菜需由酒店認可的外判供應商提供，並另收餐具及場地費。
        問：宴會廳可以放置幾多個攝影背景？答：每場最多兩個背景板，尺寸不超過3米×2.4米，須於晚上5時前完成佈置及通過安全檢查。
        問：酒店花園可否舉行證婚？答：花園已登記為指定婚禮地點，證婚人須由新人自行聘請持牌婚禮監禮人，酒店婚宴部可代為推薦合適人選。
        問：入席及敬酒時間是否有限制？答：晚宴一般於晚上8時入席，11時半前須完成所有儀式，逾時每半小時收費港幣5,000元正。
        問：澳門分店的收費是否一樣？答：澳門宴會廳以澳門元計價，每席澳門元9,388起，另收一成服務費及5%旅遊稅，不設開瓶費豁免。
        問：可否分期付款？答：可分三期付款，惟最後一期須於婚宴前14天完成，逾期將按合約第7條收取行政費用，每日港幣500元，上限為訂金一成。
        問：婚宴部聯絡方法？答：請致電酒店婚宴部 (852) 2730 6128 或電郵 wedding@harbourlight-hotel.com.hk，辦公時間上午10時至晚上7時。
        問：台北分館婚宴如何計價？答：每桌新台幣22,800元起另加一成服務費，可容納10至12人，並提供喜餅、婚紗照及蜜月住宿優惠。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Guest list row: Table 12, Seat 4, Mr Desmond Tay Wei Liang, +65 9187 4420, allergic to shellfish (anaphylaxis), carries an EpiPen.
        Booking BQT-2027-04187 contact: Ms Rachel Ong Hui Min, NRIC S8834127I, Blk 517 Jurong West St 52, #08-214, Singapore 640517.
        Pls don't seat Uncle Kelvin Lim at the family table, he and the bride's dad still not talking since his bankruptcy last year.
        Bride Priya Ramasamy is 5 months pregnant, kitchen pls no raw seafood or runny egg on table 1 and keep her drinks alcohol-free.
        Deposit refund S$6,600 to be credited to DBS account 027-4-518932 under the name Goh Siew Ling, per cancellation form dated 12 Apr.
        Groom's mother Mdm Noraini binte Hassan uses a wheelchair after her stroke, needs a table near the exit and a straw for drinks.
        Cancel our Sat booking pls, my fiance Jonathan Chua and I broke off the engagement and he moved out last week. Can refund go back to my card?
        2027-11-20,Table 8,Seat 2,Yeo Boon Keat,91238876,boonkeat.yeo88@gmail.com,no pork,RSVP yes
        WhatsApp from the groom: call me at 8723 0915 only, don't call my mum, she doesn't know we already registered at ROM in March.
        Car plate SJR 4528 K belongs to the bride's father Mr Heng Chee Seng, pls let him park at the VIP porch during the march-in.
        Emcee note: do not mention Mr Alvin Koh's first marriage or his son Ethan during the speeches, the groom requested this specifically.
        Tasting attendee: Ms Farah Aziz, FIN G5531870R, staying at Blk 302 Tampines St 32 #11-09, bringing her fiance and both mothers.
        The bride's uncle Raymond Seah was arrested last month over the investment scam, family asked that he not be seated on stage.
        Guest Mr Ong Teck Huat, Table 21, is on dialysis three times a week and cannot take high-sodium soup; pls prepare low-salt portions.
        The groom Marcus Leong still owes us S$18,400 from his banquet last December; lawyer's letter sent to his Sengkang flat, no reply yet.
        Invoice to: Mr & Mrs Daniel Wee, 45 Lorong Marzuki, Singapore 416135, contact 9655 2087, email danwee.family@yahoo.com.sg
        Photo IMG_4412.jpg in the shared album shows the bride Chloe Tan with her ex-boyfriend at Table 3, pls remove before the slideshow.
        Cheque no. 004512 drawn by Tan Mei Fong for S$12,000 was returned for insufficient funds, call her at 9014 6672 before re-presenting.
        Dietary note: Ms Sharon Yap (Table 9) has coeliac disease, strictly no soy sauce containing wheat, use tamari only.
        The father of the bride, Mr Suresh Nair, asked to split the balance because he was retrenched in May and his payout hasn't come in yet.
        HR ping: waiter Jason Lim Kah Wai (staff ID 10293) on MC again for depression, pls don't roster him for Sat's 60-table banquet.
        Table 14: Mr & Mrs Chan Kok Leong, Ms Veronica Chan, Master Ryan Chan (age 6, severe peanut allergy), please seat away from the buffet.
    """),
    "mixed": _lines("""
        Eh the bride's aunty Ah Lian jie from Bukit Batok say she cannot sit with the groom side because of the money they owe her, arrange Table 30 can?
        陈先生 called again about his deposit refund, his number 9338 1726, he says if cannot refund by Friday he go to CASE already.
        Bride Nurul Izzati binti Kamal, IC 960814-14-5528, wants the pelamin dusty pink lah, deposit RM3k paid via DuitNow on 2 May.
        林太 insists her son's ex-wife cannot be invited, pls double-check the guest list before printing the 喜帖 for Tables 2 to 5.
        Boss, the groom Vincent Liew car WXY 8812 parked at loading bay again, call him 012-667 3041 ask him move before the florist sampai.
        阿明 from Klang, guest Table 18, diabetic one, don't give him the 红豆沙 dessert, replace with sugar-free jelly please.
        Bride's grandma Mdm Wong Ah Moi, 88, just discharged after heart bypass surgery, need 轮椅 access and a seat near the aisle at Table 1.
        RSVP form export: Siti Hajar Mohd Ali | +60 13-228 7741 | siti.hajar.m@gmail.com | 2 pax | halal only | Table 16
        HKID K482915(8) for Mr Cheung Ka Ho, the groom, paying 尾数 HK$85,000 by FPS, receipt pls send to his wife's email kaho.jenny@gmail.com
        Bro, that Uncle Gopal at Table 25 already declared bankrupt, MdI record also confirmed, don't let him sign the bar bill under the groom's name ok.
    """),
    "ms": _lines("""
        Pengantin lelaki Muhammad Hafiz bin Rosli (No. KP 930512-10-6123) membatalkan majlis resepsi kerana telah bercerai; mohon pulangan deposit.
        Sila hubungi Puan Rozita Abdullah di talian 019-342 8817 berkenaan baki bayaran RM12,500 untuk majlis 14 Jun di Dewan Seri Mawar.
        Alamat penghantaran kad jemputan: Encik Azman bin Omar, No. 23, Jalan Melur 4/2, Taman Melur, 68000 Ampang, Selangor.
        Ibu pengantin, Pn. Salmah binti Yusof, menghidap kanser dan sedang menjalani kemoterapi; mohon meja berhampiran pintu dan hidangan lembut.
        Bayaran balik deposit akan dikreditkan ke akaun Maybank 1640 2355 8812 atas nama Nor Aini binti Ismail dalam tempoh 14 hari bekerja.
        Senarai tetamu meja 7: Encik Khairul Anuar dan isteri, Cik Aisyah Hanim (hamil 7 bulan, perlukan kerusi berkusyen) dan anak-anak 3 orang.
        Nombor plat kereta pengantin VCN 3321 (Toyota Vellfire putih) milik Encik Rahimi Zainal, abang pengantin; benarkan masuk ikut pintu VIP.
    """),
    "zh-Hans": _lines("""
        新娘张丽娜（身份证310104198803022749）从上海过来办婚宴，押金人民币五万元已转入，前台请核对她的护照信息。
        客人黄志强先生手机13817246605，要求把他和前妻安排在宴会厅不同区域，千万别让两人同桌，也别坐在相邻的桌。
        新郎刘浩然去年的婚宴尾款新币9,800元至今未还，法务部已把律师函寄到他在宏茂桥的住址。
        宾客名单第6桌：李建国、李太、李晓萌（8岁，花生过敏）、张阿姨（乳糖不耐受），请厨房特别标注。
        婚宴联系人：吴晓燕，微信 wxy_0812yan，邮箱 wuxiaoyan1993@163.com，负责收集男方亲友的饮食需求。
        新娘父亲陈国栋先生上月刚做完心脏搭桥手术，敬酒环节请不要安排他走动，宴会经理请特别留意。
    """),
    "zh-Hant": _lines("""
        新郎何志偉先生（香港身份證號碼Y307624(3)）已繳付訂金港幣30,000元，尾數港幣128,000元將於婚宴前七天以支票支付。
        客人陳美玲小姐手機 9176 2284，已懷孕四個月，請為她準備無酒精飲品及全熟海鮮，安排在第3席近洗手間位置。
        台北場新人：林志豪（身分證A227183458）與黃詩涵，聯絡電話0928-671-403，喜餅300盒寄送至新北市板橋區文化路二段88巷5號3樓。
        張太話佢個仔同新抱已經分咗居，婚宴照辦但唔好安排兩人同枱，費用由張生負責，佢手提電話係 6328 7719。
        澳門場婚宴取消：新娘梁嘉欣確診乳癌需即時做手術，家人要求退回訂金澳門元50,000元至中國銀行戶口 1888 0210 4573 2216。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the banquet sales assistant for a Singapore hotel. Write polite, concise emails for the sales team.",
        ),
        (
            "user",
            "Draft a reminder to Ms Rachel Ong (rachel.onghm@gmail.com) that her second deposit of S$9,028 for booking BQT-2027-04187 is due on 20 May.",
        ),
        (
            "assistant",
            "Subject: Second Deposit Reminder for BQT-2027-04187. Dear Ms Ong, thank you for choosing us for your wedding banquet on 20 November 2027. This is a gentle reminder that the second deposit of S$9,028 is due on 20 May 2027. You may pay via PayNow to our UEN or by bank transfer; please quote BQT-2027-04187 as the reference. Warm regards, Banquet Sales.",
        ),
        ("user", "Add that she can call me if anything, thanks."),
        (
            "assistant",
            "Added a closing line: Should you have any questions, please feel free to contact me directly at the Banquet Sales office during office hours.",
        ),
    ],
    [
        (
            "user",
            "I need help with a seating plan. My parents are divorced: dad Lim Boon Hock is coming with his new wife, mum Tan Geok Lian with her sister. They can't be near each other. 28 tables total.",
        ),
        (
            "assistant",
            "A common approach is to place both parents at separate VIP tables on opposite sides of the stage, e.g. Table 1 for Mr Lim Boon Hock and his wife on the left, Table 2 for Mdm Tan Geok Lian and her sister on the right, with the bridal table in the centre. Stagger their march-in and yam seng cues so neither has to walk past the other.",
        ),
        (
            "user",
            "Good. Also my cousin Benjamin just got out of rehab, he shouldn't be at a table with free-flow beer.",
        ),
        (
            "assistant",
            "Noted. Seat Benjamin at a table with mostly older relatives or family with kids, and ask the captain to mark that table as non-alcoholic so servers only pour tea and soft drinks there.",
        ),
    ],
    [
        ("system", "You are a helpful assistant. Reply in the user's language style."),
        (
            "user",
            "Eh can help me write msg to the hotel? My name Kenneth Soh, NRIC T0156382Z, hp 9771 2403. We cancel the wedding already because my mum passed away last month, want ask if can get back the 30% deposit.",
        ),
        (
            "assistant",
            "I'm very sorry for your loss. Here's a draft: Dear Banquet Team, I am Kenneth Soh (booking under my name, contact 9771 2403). Due to the passing of my mother last month, we regret that we must cancel our wedding banquet. I would like to request a full or partial refund of the 30% deposit on compassionate grounds. I can provide supporting documents if required. Thank you for your understanding.",
        ),
        ("user", "Ok thanks, should I put my IC number inside?"),
        (
            "assistant",
            "Usually it isn't needed in the first message; the booking name and contact number are enough. Only share your NRIC if the hotel formally asks for it to verify the refund.",
        ),
    ],
    [
        (
            "user",
            "Tolong tuliskan surat pembatalan tempahan dewan. Nama saya Siti Khadijah binti Abu Bakar, No. KP 950321-01-6284, tempahan majlis 12 Julai di Dewan Seri Mawar. Sebab: bakal suami saya ditahan polis.",
        ),
        (
            "assistant",
            "Berikut draf surat: Kepada Pengurus Bankuet, Dewan Seri Mawar. Perkara: Pembatalan Tempahan Majlis 12 Julai. Saya, Siti Khadijah binti Abu Bakar (No. KP 950321-01-6284), ingin memaklumkan pembatalan tempahan majlis perkahwinan pada 12 Julai atas sebab peribadi yang tidak dapat dielakkan. Saya mohon jasa baik pihak tuan untuk menimbangkan pulangan deposit. Sekian, terima kasih.",
        ),
        ("user", "Perlu ke saya sebut pasal dia ditahan?"),
        (
            "assistant",
            "Tidak perlu. Cukup sekadar menyatakan sebab peribadi. Jika pihak dewan meminta butiran lanjut, puan boleh memberikan maklumat yang minimum sahaja.",
        ),
    ],
    [
        ("system", "你是一名新加坡酒店宴会部的助理，负责整理饮食需求。"),
        (
            "user",
            "帮我整理一下：第3桌王丽华女士怀孕不吃生鱼片；第5桌赵建明先生痛风，不要海鲜；第8桌周小宝5岁，鸡蛋过敏。",
        ),
        (
            "assistant",
            "饮食需求汇总：第3桌 王丽华女士（怀孕）不提供生鱼片及未全熟食物；第5桌 赵建明先生（痛风）海鲜改为鸡肉或素菜；第8桌 周小宝（5岁，鸡蛋过敏）避免含蛋菜式及甜品。建议在桌卡上用颜色标注。",
        ),
    ],
    [
        (
            "user",
            "我同未婚妻本來訂咗十月喺酒店擺酒，點知而家要延期。我叫鄭家俊，身份證R615083(6)，電話 6142 9037。可唔可以幫我寫封信去婚宴部？",
        ),
        (
            "assistant",
            "可以，以下係草稿：致婚宴部：本人鄭家俊（聯絡電話 6142 9037）原訂於十月舉行婚宴，現因個人理由需要延期，懇請貴酒店協助安排新日期，並保留已繳訂金。如需核實身份，本人可親身到酒店辦理。謝謝！",
        ),
        ("user", "要唔要寫埋身份證號碼？"),
        (
            "assistant",
            "一般唔需要喺第一封信寫身份證號碼，有訂席編號同電話已經足夠。如酒店要求核實，可以親身出示。",
        ),
    ],
    [
        (
            "system",
            "Internal CRM assistant. Current customer record: Mr Daryl Ng Jun Hao, S9061548C, mobile 8266 5190, 33 Bedok North Ave 4 #05-17, booking BQT-2027-05502, 32 tables, deposit paid S$19,000, note: bride is pregnant, wedding moved earlier.",
        ),
        ("user", "What's outstanding on this booking?"),
        (
            "assistant",
            "For BQT-2027-05502 (32 tables), S$19,000 has been received. Based on the package rate, the remaining balance is due 14 days before the event. Since the date was moved earlier, please reissue the payment schedule to Mr Ng and confirm the new due date.",
        ),
        ("user", "Ok, remind me which menu they picked."),
        (
            "assistant",
            "The record doesn't list a menu code yet. I suggest calling Mr Ng on 8266 5190 to confirm his menu selection before the tasting is scheduled.",
        ),
    ],
    [
        (
            "user",
            "Summarise this RSVP export for the captain: Table 11 - Lee Wen Jie, 9342 7781, vegetarian; Leong Pui San, no beef; Arjun Pillai, 9013 5526, nut allergy.",
        ),
        (
            "assistant",
            "Table 11 summary: Lee Wen Jie (9342 7781) - vegetarian set. Leong Pui San - no beef, replace beef dish with chicken. Arjun Pillai (9013 5526) - nut allergy, ensure no peanuts or cashews in any course, inform the kitchen.",
        ),
        ("user", "Remove the phone numbers, captain doesn't need them."),
        (
            "assistant",
            "Table 11: Lee Wen Jie - vegetarian; Leong Pui San - no beef; Arjun Pillai - nut allergy, flag to kitchen.",
        ),
    ],
    [
        (
            "system",
            "You help Malaysian couples plan Chinese wedding dinners. Reply in a mix of English and Chinese if the user does.",
        ),
        (
            "user",
            "我要寄喜帖给我姑妈 Mdm Chong Siew Kuan, address 12, Jalan SS2/75, 47300 Petaling Jaya. 她刚中风，can she still attend the 晚宴 comfortably?",
        ),
        (
            "assistant",
            "可以的，只要提前安排。Ask the restaurant for a table near the entrance with wheelchair access, a soft-food option for her, and a family member seated beside her. 喜帖可以照常寄到 Petaling Jaya 的地址，也建议打电话亲自邀请。",
        ),
        ("user", "Ok, any soft food in the 8-course menu?"),
        (
            "assistant",
            "Good options are the fish maw soup, steamed fish (boneless portion), and the red bean dessert. Ask the kitchen to cut the abalone into small slices for her.",
        ),
    ],
    [
        (
            "user",
            "I want to complain about the ballroom we booked. Our banquet on 3 Oct was a mess, 40 minutes between courses. I'm Melissa Goh, booking BQT-2026-08814, email melgoh.wedding@outlook.com. Help me write a firm email.",
        ),
        (
            "assistant",
            "Subject: Complaint regarding Banquet BQT-2026-08814 on 3 October. Dear Banquet Manager, I am writing to express my disappointment with the service at our wedding banquet on 3 October (booking BQT-2026-08814). There were gaps of up to 40 minutes between courses, which affected our guests' experience and the programme. I request a written explanation and a discussion on appropriate compensation. Please reply to melgoh.wedding@outlook.com. Regards, Melissa Goh",
        ),
        (
            "user",
            "Perfect, maybe add that my elderly grandfather had to leave early because he is diabetic and couldn't wait for the food.",
        ),
        (
            "assistant",
            "Added: The long delays were particularly difficult for my elderly grandfather, who is diabetic and had to leave before the main courses were served.",
        ),
    ],
]
