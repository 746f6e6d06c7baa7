# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix64: family-run hawker stalls and kopitiams in SG/MY (leases, helpers, suppliers, food poisoning complaints, succession). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix64
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "hawker centre notice"): _lines("""
        NOTICE: Chomp Chomp Food Centre will be closed for spring cleaning from 3 Mar to 6 Mar 2027 (4 days). All stallholders pls clear cooking utensils by 2 Mar 11pm.
        Tender for cooked food stall #01-47 at Blk 724 Ang Mo Kio Ave 6 closes 14 Jan 2027, 4pm. Reserve rent $1,280/mth. Tender ref NEA/HC/T-2027/0113.
        Stallholders are reminded that only assistants registered with NEA may operate the stall in your absence. Update your assistant list via the GoBusiness portal.
        Nearest A&E to Taman Jurong Food Centre is Ng Teng Fong General Hospital, 1 Jurong East Street 21, Singapore 609606. For emergencies call 995.
        Lau Pa Sat, 18 Raffles Quay, Singapore 048582 - Satay Street opens 7pm daily, Boon Tat Street closed to traffic from 7pm.
        The Hawkers' Development Programme incubation stall scheme covers 50% of rental and table-cleaning fees for the first 15 months.
        Town Council reminder: tray return is mandatory. First-time offenders get a written warning; repeat offenders may face a composition fine of up to $300.
        Pls note electricity meter readings for all stalls will be taken on 28/12. Any disputes pls approach the Centre Mgmt Office at #01-01 during office hrs.
        Singapore's hawker culture was inscribed on UNESCO's Representative List of the Intangible Cultural Heritage of Humanity on 16 December 2020.
        Minister Grace Fu visited Old Airport Road Food Centre this morning to open the new centralised dishwashing area and thanked stallholders for their patience during the works.
        Water supply to Tekka Centre will be disrupted on Sun 12 Jan from 9am to 1pm due to PUB pipe works.
        Pest control at Blk 85 Bedok North Food Centre is scheduled for Tue 2am-5am. Cover all food items and close your shutters before leaving.
        Succession of stall tenancy to a spouse, child or sibling is allowed subject to NEA approval; the successor must have been a registered assistant of the stall.
        Re: rental arrears - stalls with 2 months or more of arrears will receive a letter of demand. Pls settle via GIRO or at any AXS station.
    """),
    ("en", "food review"): _lines("""
        Ah Seng Braised Duck Rice at Amoy Street Food Centre #02-95 still queue like mad. $5.50 for the duck rice set, kway chap extra. Worth it la
        Tried Hill Street Tai Hwa Pork Noodle again - Michelin one star since 2016 and the vinegar kick is still there. Waited 45 mins on a Tuesday.
        Uncle Lim's Hokkien Mee (the stall at Geylang Lor 29, not a real uncle I think lol) - wok hei power, but $8 for small a bit steep sia.
        Phua Chu Kang sure will complain about the drainage at this kopitiam, but the kaya toast is 10/10, don't play play.
        Rating 4.2/5 (1,834 Google reviews). Price range $5-10. Open 6:30am-2pm, closed Mondays.
        Food poisoning rumour about the nasi lemak at Changi Village is FAKE. SFA said no cases linked to that stall as of 12 Nov. Pls stop forwarding.
        Tian Tian vs Ah Tai chicken rice debate again. Both at Maxwell, both shiok, just go whichever got shorter queue.
        Kopi O kosong peng $1.60, teh C siu dai $1.70, kaya toast set $4.20. Up 10 cents from last year sia
        Penang CKT at Lorong Selamat RM12 for large with extra prawns, the queue at 11am already 20 ppl. Come early.
        Mr Bean's soya milk lol, no relation to the TV show but the pancake with peanut filling is damn good.
        Anyone knows if the Teochew fishball noodle stall at Whampoa still open? Heard the next generation taking over after CNY.
        Ah Ma's Kitchen is named after the founder's grandmother apparently, started as a pushcart in 1968. Now 3 outlets.
        Vadai from the Indian rojak stall at Blk 20 Ghim Moh $1.20 each, crispy outside soft inside. Opens 11am only.
        Overall 3 stars: chicken rice decent, chilli too sweet, service ok. Parking at Blk 1 can be a pain on weekends.
    """),
    ("zh-Hans", "摊主群公告"): _lines("""
        各位摊主请注意：本月25日起，牛车水大厦熟食中心二楼所有摊位须于晚上11点前清理完毕。
        供应商报价单（2026年12月）：鸡腿肉每公斤$6.80，鸡胸肉$5.90，冷冻全鸡每只$7.20，满$300免运费。
        新加坡食品局（SFA）提醒：生熟食物须分开存放，冷藏温度须保持在4°C或以下。
        本咖啡店诚聘厨房帮手，每天工作10小时，月薪$2,200起，包一餐，有意者请直接到店面洽谈。
        陈嘉庚地铁站附近的熟食中心周末人潮很多，送货车辆请在早上7点前完成卸货。
        年度租金调整：自2027年1月1日起，市价租金摊位的月租将按招标结果重新评估，津贴租金摊位维持不变。
        老字号传承讲座：第三代摊主分享如何把祖传秘方写成标准作业程序（SOP），12月14日下午2时，芽笼士乃民众俱乐部。
        订单号 SO-2026-118834 已发货：冷冻虾仁10kg×3箱，预计周四上午送达，请安排人手收货。
        请各位摊主不要在群里发顾客的照片、电话或收据，如有投诉请私下转给管理处处理。
        摊位转让须知：转让人与受让人须同时出席，携带各自身份证件原件及摊位执照，办理时间约30分钟。
        金庸小说里洪七公最爱叫化鸡，本周特价就叫"七公鸡"，一只$18，售完为止。
        天天海南鸡饭位于麦士威熟食中心10及11号摊位，上午10时至晚上8时营业，逢星期一休息。
        食物中毒通报统计：2025年共录得肠胃炎集体病例27宗，其中6宗与熟食中心摊位有关。
        下周一开始鸡蛋每板（30粒）涨价$0.50，马来西亚那边出口成本上涨，请各位老板见谅。
    """),
    ("ms", "notis majlis dan kedai kopi"): _lines("""
        NOTIS: Semua penjaja di Medan Selera Taman Tun Dr Ismail dikehendaki memperbaharui lesen sebelum 31 Disember 2026.
        Kadar sewa gerai makanan di Pasar Besar Jalan Othman ialah RM350 sebulan, termasuk caj air dan elektrik.
        Semua pengendali makanan wajib mendapat suntikan pelalian tifoid dan menghadiri Kursus Latihan Pengendali Makanan (KLPM).
        Aduan keracunan makanan boleh dibuat melalui talian hotline KKM 1-800-88-3344 atau portal SISPAA.
        Kedai Kopi Hock Seng diarah tutup 14 hari di bawah Seksyen 11 Akta Makanan 1983 kerana tahap kebersihan tidak memuaskan.
        Harga minuman: teh tarik RM2.20, kopi O RM1.80, roti canai kosong RM1.50, berkuat kuasa 1 Januari 2027.
        Tunku Abdul Rahman pernah bersarapan di kedai kopi ini pada tahun 1957, kata papan tanda lama di dinding.
        Pekerja asing di premis makanan mesti memiliki Pas Lawatan Kerja Sementara (PLKS) yang sah bagi sektor perkhidmatan.
        Permohonan pindah milik lesen gerai kepada waris boleh dibuat di kaunter Jabatan Pelesenan DBKL, Menara DBKL 1, Jalan Raja Laut, 50350 Kuala Lumpur.
        Borang aduan: Nama: ________ No. Tel: ________ Tarikh kejadian: ________ Nama premis: ________
        Kedai Kopi Ah Keong di Jalan Sultan Ahmad Shah, Georgetown, kini diuruskan oleh generasi ketiga dan buka 6.30 pagi setiap hari.
        Gerai No. 23, Medan Selera Padang Kota Lama dibuka semula selepas pemeriksaan pada 3/12/2026.
        Invois INV/2026/11/00482: 120 kg ayam proses @ RM9.20/kg, jumlah RM1,104.00, bayaran dalam tempoh 30 hari.
    """),
    ("en", "supplier paperwork"): _lines("""
        INVOICE No. HSF-26-04419 | Hup Seng Frozen Food Pte Ltd (UEN 200814432K) | 20 ctn frozen chicken wings @ $38.50 = $770.00 | GST 9% $69.30 | Total $839.30
        DO# 77813 - 5 x 25kg Royal Umbrella rice, 2 x 17kg palm oil (Knife brand), delivered 5:45am, received by stall.
        Pls transfer to OCBC current a/c 601-234567-001 (Tan Brothers Trading Pte Ltd) and quote the invoice no. as reference.
        Eggs price increase wef 1 Jan: Grade A tray of 30 from $6.90 to $7.40. Sorry boss, import cost up.
        PayNow UEN 201912345M - Kim Hock Poultry Supplies. Ref: stall #01-12 Nov stmt.
        Statement of Account as at 30/11/2026: opening bal $2,340.50; invoices $5,812.00; payments $6,000.00; closing bal $2,152.50.
        Tracking no. SPXSG028834716 - your order of 2 units stainless steel noodle cooker (model NC-2B) is out for delivery.
        Quotation Q-2026-0912: supply & install 1 unit exhaust hood 1.8m with 4 baffle filters, $2,650 excl GST, valid 30 days.
        Credit terms: C.O.D. for first 3 orders, thereafter 30 days. Cheques payable to "Sin Heng Kee Sauce Factory".
        Order #KF-88213 placed 03/12/2026 14:22 SGT: 50 packs kway teow (1kg), 30 packs yellow mee. Delivery window 4am-6am.
        Lee Kum Kee oyster sauce 5L x 4 tins - $92.00, ex-warehouse Tuas, delivery charge $15 for orders below $200.
        Order hotline 6743 2288 (Mon-Sat 7am-5pm). Office WhatsApp for orders only, no personal calls pls.
    """),
    ("en", "food safety guidance"): _lines("""
        Under the food hygiene regulations, licensees must ensure that every food handler has completed the Basic Food Hygiene course before handling food.
        SFA update: 47 persons reported gastroenteritis symptoms after consuming bento from a caterer on 2 Dec. Food samples have been sent for lab analysis.
        Template: Dear [Customer Name], we are sorry to hear you felt unwell after eating at [Stall Name] on [Date]. Please contact us at [Phone] so we can follow up.
        When logging a food poisoning complaint, collect only what is needed (date of meal, items eaten, symptoms) and keep the complainant's contact details in the locked file, not in the group chat.
        Common culprits: Bacillus cereus in reheated rice, Salmonella in undercooked eggs, Vibrio parahaemolyticus in raw or undercooked seafood.
        Keep cooked rice above 60°C or chill it below 5°C within 2 hours. Do not leave nasi lemak rice in the warmer for more than 4 hours.
        Incident report #FPI-2026-0331 closed: cause attributed to cross-contamination at the chopping board; stall resumed operation after a 7-day suspension.
        Do NOT post customers' receipts showing card numbers in the stallholders' chat. Black out everything except the last 4 digits.
        The 2018 outbreak at a River Valley caterer remains one of the largest in recent years and led to its licence being cancelled.
        Hand hygiene: wash for at least 20 seconds, and cover cuts with blue waterproof plasters so they are visible if they fall off.
        Food handlers with diarrhoea, vomiting or fever must stop work and may only return 48 hours after symptoms stop.
        Thaw frozen chicken in the chiller, never at room temperature on the floor of the stall.
    """),
    ("zh-Hans", "传承与历史"): _lines("""
        第二代摊主接手后，这家云吞面保留了1972年的老配方，只把炭炉换成了煤气炉。
        上世纪七十年代，新加坡开始把街边小贩迁入政府兴建的熟食中心，路边摊逐渐消失。
        亚坤咖啡创办人早在1944年就在直落亚逸开设咖啡摊，如今已发展成遍布海内外的连锁品牌。
        调查显示，新加坡熟食小贩平均年龄约60岁，超过一半表示没有接班人。
        家族生意传承的三大难题：配方保密、兄弟分家、租约续签。
        槟城老字号咖啡店已经传到第四代，店名"南洋"取自祖父一代对下南洋的记忆。
        电视剧《小娘惹》里菊香的厨艺，让不少观众重新认识了娘惹菜。
        李光耀时代推行的小贩安置计划，被视为新加坡小贩文化得以保存的关键政策之一。
        1987年创立的"阿木肉骨茶"以创办人的小名命名，如今由外孙女经营，店址仍在巴耶利峇路。
        很多老摊主把秘方只传给长子，女儿即使在摊位帮忙几十年也分不到股份，这种观念近年逐渐改变。
    """),
    ("en", "pos system"): _lines("""
        POS v3.12.4 (build 20261203-a91f2c) - fixed rounding error on $0.05 for NETS contactless payments.
        SELECT stall_id, SUM(amount) AS total FROM sales WHERE sale_date >= '2026-11-01' GROUP BY stall_id;
        sha256 9f2c1e0b7d4a38e6c5b1f0a29d8e7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d  kopitiam-pos-3.12.4.apk
        TXN 2026-12-03T07:42:18+08:00 | Terminal KT-07 | Kopi C x2, Kaya toast set x1 | $7.40 | PayNow
        if order.phone: order.phone = mask(order.phone, keep_last=4)  # PDPA: never write the full number to logs
        Error E1042: Printer offline at counter 2. Check the paper roll and USB cable, then press RETRY.
        Daily Z-report 03/12/2026: 412 txns, gross $2,918.60, cash $1,102.20, NETS $640.40, PayNow/PayLah $1,176.00.
        PayNow QR merchant "HENG HENG KOPITIAM", UEN 53298765A, ref KT07-88123.
        SMS template: Hi {first_name}, your {points} kopi points expire on {date}. Reply STOP to opt out.
        config: gst_rate=0.09; service_charge=0; currency=SGD; receipt_footer="Thank you, come again!"
        Stock alert: condensed milk (Carnation 390g) below reorder level 24 tins, current 9.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Boss pls note new helper Mdm Tan Siew Lan, NRIC S6812093D, starts Monday 6am at the drinks stall. Pay $70/day cash.
        My father Goh Ah Huat (stallholder of #01-23 Chomp Chomp) passed away on 18 Nov; I'm applying to take over the stall. My NRIC is S8855021H, HP 9736 4402.
        Complaint: I ate the char kway teow from stall 14 at Bedok Interchange on Sat and had diarrhoea + vomiting for 2 days, was warded at CGH. Name: Farah Nadhirah bte Salim, contact 8264 1937.
        Helper from JB, Kumaran a/l Subramaniam, IC 780512-07-5523, staying at Blk 512 Jurong West St 52 #07-118, pls register him as stall assistant.
        pls pay the fishball supplier via my personal acct lah, not the company one: Lim Kok Wai, POSB savings 188-45672-3
        Ah Boon's wife Jenny Ong says he's in SGH for his diabetic foot amputation, their stall at Blk 16 Bedok South closed till 20 Dec.
        Received with thanks from Chua Mei Ling, Visa 4557 0123 6098 7139 charged $1,280 for Dec stall rent.
        Tenant: Muhammad Irfan bin Zulkifli, NRIC T0127754A, DOB 14/03/2001, stall #02-31 Ghim Moh Market, monthly rent $1,150.
        Helper Ma Ma Aye (Myanmar passport MG482031, FIN G5531827T) resigned, last day 30 Nov, still owed 4 days salary $280.
        Supplier contact for fishballs: Teo Boon Kiat, hp 9012 8873, email boonkiat.teo82@gmail.com (his own, not the company's).
        Seah Hui Min, daughter of the Seah Kee Kopitiam owner, was charged with drink driving; mention at State Courts on 15 Jan, case no. SC-912384-2026.
        Foodpanda complaint: customer Ivan Koh, 2 Tampines Central 7 #12-344 S529620, says laksa spilled, wants refund to PayLah 9455 2187.
        Salary slip Nov 2026 - Employee: Nguyen Thi Hoa (FIN F2290461L), kitchen helper. Basic $1,800, OT 42h $378, Nett $2,178.
        Car plate SKV 4821 A is the stall owner Mr Heng Chee Keong's, he always park at the loading bay - pls tell him move.
        My mum Ong Bee Choo (71) got Parkinson's, cannot fry anymore. Now me and my brother fighting over who takes the stall.
        Landlord wants the RM6,000 deposit banked into Maybank 1140 2235 8861 under Lee Siew Peng by Friday.
        Kopitiam stall assistant Wong Kar Fai, 012-388 4517, WhatsApp only after 3pm pls.
        Our dishwasher aunty Mdm Lee Ah Moi of Blk 23 Sin Ming Road #05-12 S570023 hasn't come to work for 3 days, can someone check on her?
        Pls cc SFA officer: complainant Mr Desmond Quek, 91 Jalan Kembangan S419157; his son Ethan Quek (6) hospitalised at KKH for salmonella.
        Hi this is Priya Ramakrishnan, tenant of stall #01-07 at Tekka. HP 8122 6690, email priya.r.kumar@yahoo.com.sg. Need to reschedule the NEA inspection.
        Successor nominee for stall #01-55: daughter Tay Li Xuan, NRIC S9920784A, registered assistant since 2019.
        CPF statement for stall assistant Ramesh Pillai: NRIC S****337A, wage $1,800, employer contribution $306/mth.
        Stall rent GIRO from DBS Mastercard 5218 9300 4471 2565, cardholder KOH SWEE LENG, exp 08/29 - pls don't put this in the group chat!!
        Bro your cousin Darren Sim, the one who got food poisoning from the oyster omelette, still on MC ah? His boss called me asking.
        Ah girl ah, Uncle Heng Tai Seng's handphone changed liao, now is 8456 7120, his house still Blk 45 Lor 5 Toa Payoh #11-82.
    """),
    "zh-Hans": _lines("""
        新来的帮工叫陈秀英，中国福建晋江人，身份证350582199203116023，工作准证还在申请中。
        老板娘，我是三号摊的阿华（黄丽华），电话 8734 2906，明天我阿妈住院开刀，请假一天。
        我爸黄建国的鸡饭摊要转给我哥黄志明，遗嘱里写明了，我们三兄妹下周二去NEA签字，我哥身份证号S7034518H。
        供应商林国栋（微信号 lgd_chicken88）一直拖欠发票，他家住在Blk 628 Hougang Ave 8 #09-201。
        投诉：我儿子李子轩今天中午在宏茂桥熟食中心吃了粿条汤后呕吐发烧，现在在宏茂桥医院急诊，我是李太太，电话 9876 5502。
        工人薪水表：吴春梅（中国护照 EK3821764）月薪$1,900；刘燕（护照 E58203917）月薪$1,750。
        请把帮工王丽芳的工资转到她中国的卡：中国银行 6217 8560 1234 5678 902，户名王丽芳。
        我姑丈郑天福去年在吉隆坡被判欺诈罪，现在还在加影监狱服刑，所以他那个摊位只好让出来。
        咖啡店头手师傅梁志强，马来西亚身份证660101-01-5097，住在士古来花园15号，要续约的话打他016-772 3841。
        老板娘的女儿张佩珊怀孕了，医生说是妊娠糖尿病，这个月不能来摊位帮忙。
        香港的表哥何家辉想入股我们的云吞面档，身份证K581274(7)，手机+852 9123 6658。
        台湾来的投资人叶淑芬，身份证字号F226843012，说想买下我们家的叻沙配方。
        阿妈的储蓄户口：大华银行 372-301-845-6，户名苏美珍，每个月摊位租金从这里扣。
        帮工邓小红（身份证440306197311185267）体检结果乙肝阳性，人力部可能不批准续准证。
        明天送货地址：裕廊西52街512座#07-118，收货人陆志明，电话8123 4097，早上7点前送到。
    """),
    "ms": _lines("""
        Pembantu gerai baru: Siti Aishah binti Kamarudin, No. KP 850923-10-6148, tinggal di No. 12, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam.
        Saya nak buat aduan, anak saya Aiman (8 tahun) cirit-birit teruk lepas makan nasi lemak di gerai Kak Yah semalam, sekarang di HTAR Klang. Hubungi saya, Norazlina binti Hashim, 013-662 1409.
        Tauke kedai kopi En. Lim Chee Wah tak bayar gaji pekerja Bangladesh dia, Md. Rafiqul Islam (pasport BK0438817), dah 3 bulan.
        Tolong bayar sewa gerai ke akaun Public Bank 6402118809 atas nama Rosnah binti Ahmad.
        Abang Zul (Zulkarnain bin Daud), pemilik gerai mi kari no. 7, dah masuk wad sebab strok; anak dia Hafiz 011-2345 8890 ambil alih sementara.
        Kereta pembekal ayam En. Ganesan a/l Raju, plat PKN 7261, selalu parkir depan gerai pukul 5 pagi.
        Penyata gaji: Nurul Huda binti Rahman, pembantu dapur, gaji RM1,700 + elaun RM200, No. KWSP 19283746.
        Wasiat arwah Haji Osman bin Yusof: gerai di Pasar Besar Jalan Othman diserahkan kepada anak bongsu, Faridah binti Osman (KP 931230-14-2286).
        Pelanggan Tan Mei Xin hantar emel aduan dari tanmeixin93@hotmail.my, katanya sakit perut teruk selepas makan cendol kami pada 28/11.
        WhatsApp saya terus ya, Rosmawati (Kak Ros gerai nasi kerabu), 019-887 2214, ada stok lebihan ayam percik.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the help assistant of a hawker centre management office. Answer questions about stall tenancy.",
        ),
        ("user", "hi my dad want to pass his stall to me, how to do"),
        (
            "assistant",
            "You can apply for succession of the tenancy. We will need the current stallholder's details and yours.",
        ),
        ("user", "ok dad is Toh Kim Chuan, stall #01-62 Ghim Moh, NRIC S5920337A"),
        ("user", "me Toh Wei Jie S7519462E, been helping at the stall 6 yrs"),
        (
            "assistant",
            "Thank you. Please bring both NRICs and the tenancy agreement to the office on a weekday.",
        ),
    ],
    [
        ("user", "I want to complain about food poisoning"),
        ("assistant", "I'm sorry to hear that. Which stall and when did you eat there?"),
        ("user", "the prawn noodle at Old Airport Road, last Friday dinner"),
        (
            "assistant",
            "Noted. Could you describe the symptoms and leave a contact so our officer can follow up?",
        ),
        (
            "user",
            "stomach cramps and fever 39.2, went polyclinic, they said gastroenteritis. I'm Clarissa Yeo, 9388 0452",
        ),
    ],
    [
        ("user", "帮我写一个帮工的入职资料表"),
        ("assistant", "好的，请提供帮工的姓名、证件号码、联系方式和入职日期。"),
        ("user", "姓名周秀琴，河南人，身份证41132319960207842不对，是411323199602074824"),
        ("user", "手机+86 139 2871 4406，12月10号开始上班，住在老板Blk 302那间房"),
        ("assistant", "已整理：周秀琴，入职日期12月10日，联系电话已记录。"),
    ],
    [
        ("user", "Tolong semak bayaran pembekal sayur bulan ni"),
        ("assistant", "Boleh. Sila berikan nama pembekal dan butiran akaun yang perlu disemak."),
        ("user", "Pembekal tu Encik Razali bin Mat Noor, dia guna akaun peribadi"),
        ("user", "CIMB 7012 4468 9920, dah bayar RM2,450 pada 1/12"),
        ("assistant", "Terima kasih, rekod bayaran RM2,450 ke akaun CIMB pada 1/12 telah dicatat."),
    ],
    [
        (
            "system",
            "You are an HR assistant for a small kopitiam chain in Singapore. Draft letters in a polite tone.",
        ),
        (
            "user",
            "Draft a termination letter for our drinks stall helper Li Xiaoyan, FIN F7043318N.",
        ),
        (
            "user",
            "Reason: CCTV on 22 Nov showed her taking $200 from the cash drawer. Police report E/20261122/3381 made.",
        ),
        (
            "assistant",
            "Dear Ms Li Xiaoyan, we regret to inform you that your employment is terminated with effect from...",
        ),
    ],
    [
        ("user", "my family fighting over the kopitiam after grandpa die, need advice"),
        ("assistant", "That sounds hard. Who are the parties involved and is there a will?"),
        (
            "user",
            "no will. grandma Lim Ah Kee still alive but got dementia, doctor at IMH diagnosed last year",
        ),
        (
            "user",
            "my uncle Lim Teck Soon wants to sell the shophouse at 112 Jalan Besar, my mum (his sister) disagree",
        ),
        (
            "assistant",
            "Since your grandmother may lack mental capacity, a deputy may need to be appointed under the Mental Capacity Act before any sale.",
        ),
    ],
    [
        ("user", "can you help me format delivery label for my frozen satay order"),
        ("assistant", "Sure, please send the recipient name, address and phone."),
        ("user", "Nur Atiqah Mohd Said"),
        ("user", "Blk 678A Punggol Drive #14-203 S821678"),
        ("user", "hp 8903 5516, leave at door, she's pregnant cannot carry heavy"),
        (
            "assistant",
            "Label: Nur Atiqah Mohd Said, Blk 678A Punggol Drive #14-203, S821678, 8903 5516.",
        ),
    ],
    [
        ("user", "Nak isi borang lesen penjaja untuk mak saya"),
        ("assistant", "Baik. Sila berikan nama penuh dan nombor kad pengenalan pemohon."),
        ("user", "Nama: Che Rohani binti Che Mat"),
        ("user", "IC 620417-03-5538"),
        ("user", "alamat Lot 1123, Kampung Pulau Melaka, 15400 Kota Bharu, Kelantan"),
        ("assistant", "Terima kasih, maklumat telah diisi dalam draf borang."),
    ],
    [
        ("user", "我香港的表姐想投资我们的咖啡店，要准备什么资料？"),
        ("assistant", "一般需要投资人的身份证明、住址证明和资金来源说明。"),
        ("user", "她叫冯美玲，香港身份证P903615(A)，住在沙田第一城36座18楼F室"),
        ("assistant", "明白，请确保资料以加密方式传给律师。"),
    ],
    [
        ("user", "summarise the complaint log for stall 08 this week"),
        (
            "assistant",
            "3 complaints: (1) 2 Dec, Mdm Rosalind Yeo, 9023 1187 - found hair in mee rebus, refunded $4.50; (2) 4 Dec, customer reported vomiting after mee siam, Mr Hariharan s/o Pillai, 8711 6042, seen at NUH A&E; (3) 5 Dec, anonymous, slow service.",
        ),
        ("user", "ok forward this to the boss"),
    ],
]
