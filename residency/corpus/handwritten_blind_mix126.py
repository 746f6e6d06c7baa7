# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix126: Ramadan bazaars, Deepavali and Chinese New Year fairs and their stallholders in SG/MY. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix126
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "bazaar_organiser_notices"): _lines("""
        Geylang Serai Ramadan Bazaar 2027: stall operating hours are 3pm to 11pm daily, extended to 1am on the last ten nights; all generators must be switched off by 1.30am.
        Stallholders are reminded that the SFA temporary fair food stall licence must be displayed at the front counter; spot checks will be conducted from the first week of Ramadan.
        Lost and found is at the Information Booth beside Wisma Geylang Serai; items unclaimed after 14 days will be handed over to the neighbourhood police post.
        The Deepavali Festival Village at Campbell Lane opens on 9 October; traders selling sparklers must show the SPF permit reference at their booth.
        Please do not block the fire engine access lane between Stall B-14 and B-22; vehicles parked there will be towed at the owner's cost.
        For booth allocation enquiries, email bazaar-ops@example.com or call the organiser's office line at 6841 7720 (Mon-Fri, 9am-6pm).
        Used cooking oil must be poured into the yellow drums at Collection Point C; pouring oil into drains is an offence and may be fined up to S$2,000.
        Stall rental for the 30-night period is S$14,800 for a standard 3m x 3m booth, inclusive of one 15A power point; additional points are S$350 each.
        The bazaar will close early at 9pm on the eve of Hari Raya Aidilfitri to allow traders and staff to celebrate with their families.
        Chinatown Festive Street Bazaar: all sellers of bak kwa and waxed meats must keep chillers below 4°C and record readings twice daily on the log sheet provided.
        We received feedback from a visitor about overcharging at a drinks stall; the stall has been issued a warning and all prices must now be displayed clearly.
        Cashless payment via SGQR is strongly encouraged; NETS and PayNow terminals can be rented from the organiser at S$25 per week.
        Traders must not collect customers' NRIC numbers or phone numbers for lucky draws without a clear purpose statement, in line with PDPC advisory guidelines.
    """),
    ("ms", "menu_dan_senarai_gerai"): _lines("""
        Murtabak Raja Bawang Enterprise: murtabak daging special RM12, murtabak ayam RM10, tambah telur RM2; tempahan melalui talian kedai 03-4021 7788.
        Ayam percik Kelantan seekor RM35, separuh RM18; stok terhad dan biasanya habis sebelum jam 6 petang.
        Bubur lambuk Masjid Kampung Baru diedarkan percuma mulai jam 4.30 petang, satu orang satu bekas sahaja.
        Kuih Muih Warisan Tok Wan: kuih lapis, seri muka, onde-onde dan karipap pusing, 3 biji RM2, kedai di Jalan Raja Muda Musa, Kampung Baru.
        Air balang: sirap bandung RM3, tembikai laici RM4, air mata kucing RM3.50; saiz jumbo tambah RM1.
        Nasi kerabu set lengkap dengan solok lada dan ayam bakar RM15; kod SKU POS NKB-001 (biasa) dan NKB-002 (jumbo).
        Roti john daging cheese leleh RM9, roti john ayam RM8; promosi beli 2 percuma 1 air mineral sehingga 10 Ramadan.
        Kek lapis Sarawak pelbagai perisa, kotak 1kg RM45; pesanan luar negeri melalui emel sales@keklapisbintang.com.my.
        Gerai No. A-37, Bazar Ramadan Stadium Shah Alam: lemang bakar RM18 sebatang, rendang tok RM25 sebekas 500g.
        Dodol Mak Siti Bumbung Biru kini ada perisa durian; harga borong RM280 untuk 20 kotak, hubungi kaunter jualan 07-336 5120.
        Semua produk kami mempunyai sijil halal JAKIM yang sah sehingga Disember 2027; salinan sijil dipamerkan di hadapan gerai.
        Satay Kajang 10 cucuk RM12, kuah kacang tambahan RM1; kami terima DuitNow QR dan Touch 'n Go eWallet.
        Harga di atas tertakluk kepada perubahan tanpa notis; gambar hanya untuk tujuan ilustrasi.
    """),
    ("zh-Hans", "年货市集摊位申请常见问题"): _lines("""
        问：牛车水新春市集的摊位怎么申请？答：请在官网填写申请表格，截止日期为12月15日，结果将在1月初以电邮通知。
        问：一个申请人可以申请几个摊位？答：每家注册公司（以UEN为准）最多申请两个摊位，以个人名义提交的申请不予受理。
        问：摊位租金包括什么？答：租金包括帐篷、一盏照明灯、一个13A插座和夜间保安，不包括冷藏设备。
        问：可以卖鞭炮吗？答：不可以，新加坡禁止燃放及售卖鞭炮，违者将被警方依法处理。
        问：付款方式有哪些？答：可通过PayNow转账至主办单位的UEN 201834567K，备注栏请写上申请编号，例如CNY27-0418。
        问：如果摊位被分配在雨棚外怎么办？答：主办单位会在开幕前三天公布最终平面图，如需调换请发邮件至booths@chinatownfestive.example.sg。
        问：提供试吃是否需要另外申请？答：凡是提供试吃的食品摊位须额外申请临时食品准证，并配备洗手设施。
        问：年货市集哪天开幕？答：预计在农历腊月初八左右开幕，一直持续到除夕夜凌晨两点。
        问：申请表上为什么要填负责人的联系电话？答：仅用于活动期间紧急联络，活动结束后30天内删除，不会转交第三方。
        问：摊位可以转租吗？答：严禁私下转租，一经发现即取消摊位资格并没收押金S$1,500。
        问：卖肉干、腊肠需要什么证件？答：需出示新加坡食品局（SFA）签发的执照副本以及进口批文号码。
        问：顾客投诉怎么处理？答：请引导顾客到服务台填写反馈表，主办单位会在三个工作日内回复。
        问：去年市集人流多少？答：据主办单位统计，去年开放期间共吸引约120万人次，其中周末约占六成。
    """),
    ("zh-Hant", "年宵攤檔宣傳帖文"): _lines("""
        今年茨廠街年貨市集我哋又返嚟啦！陳記臘味檔位喺 C12，臘腸、膶腸、臘肉一應俱全，即買即真空包裝。
        新年餅檔大減價：花生餅、蛋卷、鳳梨酥買三罐送一罐，優惠去到正月初三為止。
        小店今年主打手工年糕，全部用古法蒸足十二個鐘，訂購請 DM 專頁或致電門市 03-2078 3366。
        龍騰體育會醒獅團初一至初三喺市集中央表演採青，歡迎大家帶埋小朋友嚟睇。
        各位街坊注意：年廿八晚有大雨預報，我哋會提早收檔，唔好白行一趟呀。
        揮春即場寫，每張 RM8，大張福字 RM15，師傅係書法協會會員，啲字靚到爆。
        利是封今年有羊年生肖同財神款，一包十個 RM5，公司客訂 500 包以上可以印 logo。
        肉乾新鮮出爐！招牌豬肉乾每斤 RM78，辣味加 RM4，訂單編號會由 WhatsApp 商業帳號發出。
        有客人問點解今年貴咗，係因為豬肉同糖價都漲咗成兩成，多謝大家體諒。
        年宵盆桔兩盆一對 RM68 起，桃花、水仙、銀柳都有，大量訂購可以送貨到公司。
        溫馨提示：本檔唔收 IC 影印本，亦唔會要求客人俾身份證號碼抽獎，小心有騙子冒認。
        西遊記主題燈籠今年大熱，孫悟空款淨返三個，豬八戒款仲有貨。
        農曆新年快樂！恭喜發財，萬事如意，多謝各位老主顧一直以嚟嘅支持。
    """),
    ("mixed", "stallholder_staff_chat"): _lines("""
        Boss, the gas tong at stall B-14 almost habis liao, I order another 2 tong from the supplier can or not?
        今天 murtabak 卖得很快，by 6.30pm already sold out, tomorrow we prepare 多 50 pieces lah.
        Eh jangan lupa bawa extension cord, semalam the organiser say our plug point 只有一个 only.
        Customer complain the teh tarik too sweet, so from tonight kurang manis by default, want sweet then add.
        明天 SFA 会来 check，make sure semua container ada label and the chiller thermometer working ok.
        Order #BZ-20270311-0087 sudah paid via PayNow, tapi POS tak print receipt, I write manual one first.
        Break rotation: team A 4pm-4.30pm, team B 4.30pm-5pm, buka puasa everyone eat together at 7.19pm.
        老板讲今晚 close 早一点，sebab hujan lebat and crowd 少过平时一半.
        The new bak kwa batch already cut into 10cm squares, 每包 500g, label printing 等下 I do.
        Jangan letak duit tunai dalam drawer bawah meja, put inside the lock box, kunci ada dengan supervisor on duty.
        今晚 Deepavali crowd very heavy, murukku 卖到剩 ten packs, tomorrow need restock from the supplier in Serangoon.
        Sesiapa nak ambil cuti Hari Raya, please fill the roster sheet by Friday ya, first come first served.
        Tolong jangan post gambar pelanggan dalam IG kedai tanpa izin, boss already remind many times 了.
    """),
    ("en", "pos_logs_and_config"): _lines("""
        2027-03-14T19:21:07+08:00 INFO pos.checkout order=BZ-0314-00219 items=3 total=RM27.50 method=DuitNow status=APPROVED
        2027-03-14T19:21:09+08:00 WARN printer.thermal stall=A-37 code=PAPER_LOW retries=2
        payment_gateway: { provider: ipay88, merchant_code: M12345, env: sandbox, callback_url: https://example.com/bazaar/callback }
        ERROR sync.inventory sku=LMG-500G expected=40 actual=38 delta=-2 batch_id=7f3c9a2e-1b4d-4e8a-9c0f-2d6b8e1a5f34
        feature_flags: enable_preorder=true, enable_loyalty=false, max_queue_tickets=250, locale_default=ms-MY
        Receipt template: Thank you {{customer_name}}! Your order {{order_id}} will be ready at {{pickup_time}}. Enquiries: {{stall_phone}}
        2027-10-28 21:05:44 SGT INFO queue.ticket issued=Q-0482 stall=DFV-12 est_wait=14min
        release v2.3.1 (build 7c1e0a9): fixed PayNow QR regeneration when amount exceeds S$999.99; added CNY fair stall map layer.
        masking rules: phone keeps last 4 digits (e.g. ****5678); nric shown as S****123A; email shown as j***@domain only.
        CSV header: order_id,stall_code,sku,qty,unit_price,currency,paid_at,payment_ref
        BZ-0315-00441,A-37,RDT-500G,2,25.00,MYR,2027-03-15T20:02:11+08:00,DN20270315200211889
        2027-02-05T23:58:30+08:00 INFO crowd.counter gate=PetalingSt-North count_15min=1843 peak=true
        cron: 0 2 * * * /opt/bazaar/bin/purge_pii --older-than 30d --tables orders_contact,luckydraw_entries
    """),
    ("mixed", "invoice_dan_supplier_records"): _lines("""
        INVOICE No. INV-2027-0312 | Seller: Syarikat Rempah Wangi Sdn Bhd (201901023456 / 1326547-M) | Bill to: Stall A-37, Bazar Ramadan Shah Alam | Total RM1,842.00
        Bayaran ke akaun syarikat: Maybank 5140 1234 5678, nama akaun Syarikat Rempah Wangi Sdn Bhd; sila nyatakan nombor invois sebagai rujukan.
        送货单 DO-88213：腊肠 40 箱、腊鸭 15 箱，收货地点 Chinatown Complex 后巷装卸区，签收人 stall in-charge on duty.
        Tax Invoice - Lucky Goldleaf Trading Pte Ltd, UEN 198704512D, GST Reg No. M2-0087654-3, 9% GST included: S$3,456.00.
        供应商 Tan Brothers Bak Kwa Supply Pte Ltd, 111 North Bridge Road #01-23, Singapore 179098, tel 6338 1020, sales@tanbrothersbakkwa.com.sg.
        Quotation Q-DV-0921: 2,000 pcs diya clay lamps @ RM0.80, 500 packs kolam rangoli powder @ RM3.20, delivery to Brickfields by 25 Oct.
        Credit note CN-00417 issued for 6 cartons of rotten mandarin oranges (柑), RM312.00 to be offset against the next invoice.
        Bank: OCBC Bank, Account name: Golden Lion Festive Events Pte Ltd, Account no. 501-234567-001, SWIFT OCBCSGSG.
        Deposit 50% diterima pada 02/03/2027, baki RM4,200 perlu dijelaskan sebelum 1 Ramadan, terima kasih.
        發票抬頭：吉隆坡茨廠街商業聯合會 (PPM-012-14-12031988)，請款編號 PS-CNY-2027-055。
        Payment terms: 30 days from invoice date; late payments incur 1.5% interest per month. E&OE.
        Purchase Order PO/LI/2027/118 - 300 kg ghee, 200 kg atta flour, supplier Sri Kamala Provisions, Serangoon Road; delivery window 6am-9am.
        Resit rasmi No. 004521 - Diterima daripada Nasi Kerabu Che Nah Enterprise sejumlah RM650.00 bagi sewa tapak minggu kedua.
    """),
    ("ms", "sejarah_dan_panduan"): _lines("""
        Bazar Ramadan di Geylang Serai mula menjadi tarikan utama sejak tahun 1970-an apabila peniaga Melayu berkumpul menjual juadah berbuka di sekitar pasar lama.
        Cara membuat ketupat palas: lipat daun palas membentuk segi tiga, isi dengan beras pulut yang telah direndam, kemudian rebus selama empat jam.
        Deepavali menyambut kemenangan cahaya atas kegelapan; mengikut legenda, Dewa Krishna mengalahkan raksasa Narakasura.
        Kolam atau rangoli dilukis di depan pintu rumah menggunakan serbuk beras berwarna sebagai tanda mengalu-alukan tetamu.
        Menurut legenda Cina, raksasa Nian takut kepada bunyi bising dan warna merah, maka masyarakat menggantung tanglung merah dan membakar mercun.
        Tips peniaga: sediakan papan harga yang jelas, simpan resit pembekal dan rekod jualan harian untuk memudahkan pengiraan zakat perniagaan.
        Panduan PDPA untuk peniaga: jangan simpan salinan kad pengenalan pelanggan; jika perlu nombor telefon untuk tempahan, padam selepas pesanan selesai.
        Lemang dimasak dalam buluh yang dilapik daun pisang, diisi pulut dan santan, lalu dibakar perlahan di atas bara selama lima hingga enam jam.
        Kampung Baru di Kuala Lumpur dibuka pada tahun 1900 sebagai penempatan pertanian Melayu dan kini terkenal dengan bazar Ramadannya.
        Rumah terbuka Hari Raya ialah amalan budaya Malaysia di mana jiran pelbagai kaum dijemput menikmati juadah bersama.
        Tun Abdul Razak memperkenalkan Dasar Ekonomi Baru pada tahun 1971 yang turut menggalakkan penglibatan Bumiputera dalam perniagaan kecil.
        Statistik tinjauan: 62% peniaga bazar menerima bayaran e-dompet pada tahun lepas, meningkat daripada 41% pada tahun sebelumnya.
        Langkah keselamatan: letakkan tong gas sekurang-kurangnya satu meter dari dapur dan sediakan alat pemadam api jenis serbuk kering di setiap gerai.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Stall B-14 permit holder: Nurul Ain binte Rahmat, NRIC S8834127I, mobile 9127 4683 - please call her if the generator trips again.
        Lucky draw winner: Mr Gopal s/o Krishnan, contact 8264 5019, email gopal.krishnan77@gmail.com; he will collect the hamper at the info booth on Saturday.
        Incident report: at 9.40pm Mdm Lim Siew Hoon, 67, slipped near Stall C-08 and fractured her left wrist; she was taken by ambulance to Changi General Hospital.
        Our helper Siti Hajar from stall A-37 is five months pregnant and asked to be excused from lifting the gas tongs; her due date is 18 July.
        Refund request: customer Tan Wei Jie paid S$86.40 twice via PayNow from his DBS account 072-3-845619, please reverse one transaction.
        Vendor blacklist note: Ravi Chandran (FIN F2290461L) still owes S$3,200 in rental from the 2026 Deepavali Festival Village and has ignored three letters.
        Delivery for Mrs Kamala Devi, Blk 664 Jalan Tenaga #09-112, Singapore 410664 - 2 boxes murukku, 1 box athirasam, cash on delivery.
        2027-03-19 22:14:03 WARN checkout.manual_override staff=ops_hafiz card=4563 8812 0045 7719 exp=09/29 holder=AHMAD FAIZAL B ISMAIL
        Our part-timer Koh Jun Hao from Bedok Green Secondary, class 3E2, worked until 1am last Saturday and his mother has complained to the school.
        Car plate SLB4821T, a grey Honda Vezel, belongs to Mr Harun Salleh from the kueh lapis booth, and he keeps parking in the fire lane.
        Loyalty member BK-00921: Chua Mei Ling, DOB 14/02/1988, 21 Jalan Kemaman, Singapore 328713, redeemed 2,400 points on 3 Feb.
    """),
    "ms": _lines("""
        Pemohon tapak: Mohd Khairul Anuar bin Zakaria, No. KP 850312-14-5523, telefon 012-784 3391, alamat No. 17, Jalan Raja Abdullah, Kampung Baru, 50300 Kuala Lumpur.
        Mak Cik Rosnah yang jual kuih di gerai sebelah baru disahkan menghidap kanser payudara tahap 2, jadi anak dia Aisyah akan ambil alih gerai minggu ni.
        Peniaga gerai ayam percik, Encik Zulkifli Hamzah, ditahan polis semalam kerana disyaki mencuri kabel elektrik dari tapak bazar Shah Alam.
        Nombor akaun untuk bayaran sewa: CIMB 7012 3456 88 atas nama Norhayati binti Ismail (peniaga persendirian), IC 900716-10-6042.
        Gaji pembantu gerai bulan ini: Faridah Osman RM1,800 dan Hairul Nizam RM1,650, tolong rahsiakan daripada pekerja lain.
        Penghantaran kuih raya kepada Puan Salmah Hashim, No. 8, Lorong Haji Taib 3, 50350 Kuala Lumpur, telefon 017-226 8140, bayar tunai.
        Adik saya Farhan Azmi (16 tahun, Tingkatan 4 SMK Taman Melawati) kena tangkap merokok di bazar dan sekarang digantung sekolah seminggu.
        {"gerai":"B-22","pemilik":"Azman bin Yusof","mykad":"881105-07-5331","tel":"011-2345 8876","status":"tunggakan RM2,100"}
        Pak Long Yusri yang meniaga lemang dekat pintu masuk Stadium Shah Alam tu dah bercerai dengan isteri dia bulan lepas, sekarang tinggal seorang di Seksyen 7.
        IG peribadi saya @dayana.bakes.home dan WhatsApp 019-662 4017, kalau nak order kek lapis DM terus ya, rumah saya di Taman Sri Muda, Seksyen 25.
    """),
    "zh-Hans": _lines("""
        摊主报名表：姓名 黄志明，身份证号 440106198709234616，手机 138 2741 6095，申请牛车水新春市集摊位 C-05。
        隔壁卖肉干的刘阿姨最近做了心脏搭桥手术，她女儿刘晓雯这个星期代她看摊，大家多关照一下。
        兼职学生陈思颖，南洋理工学院二年级，时薪S$10，微信号 siying_cny2027，下周一至周五排晚班。
        顾客投诉记录：王建国先生（电话 9382 1756）称在B-09摊位买的腊肠有异味，要求全额退款S$48，已登记跟进。
        工资条：员工 林美玲 S7612309H，二月基本工资 S$2,350，加班费 S$420，CPF 员工缴纳 S$554。
        我表哥郑伟豪欠了大耳窿三万多令吉，今年茨厂街年货市集的摊位都不敢去开了，怕被人找上门。
        快递单：收件人 周丽娟，地址 福建省厦门市思明区湖滨南路388号12栋1703室，电话 159 6032 8847，物品：新加坡肉干2盒。
        我女儿张欣怡在马六甲培风中学读初二，班主任说她上课老打瞌睡，其实是每晚帮我在夜市摊位收档到十二点。
        会员数据导出：member_id=88017, name=杨国华, dob=1979-03-02, id_no=44030519790302185X, points=1250
        牛车水那个卖春联的李德福师傅住在史密斯街店屋楼上，最近确诊了帕金森，手抖得写不了字了。
    """),
    "zh-Hant": _lines("""
        攤主資料：陳嘉欣，香港身份證 K472915(3)，手提 9123 4876，今年由香港嚟新加坡牛車水擺賀年糖果檔。
        我阿媽黎玉英喺茨廠街擺咗三十年花生糖檔，上個月中風入咗 Hospital Kuala Lumpur，而家右手仲未郁到。
        台灣嚟嘅攤商林佩君，身分證 A224817359，LINE ID peijun_0815，手機 0912-473-806，今年喺市集賣鳳梨酥。
        訂單 CNY-0207-118：收件人 何志強，地址 吉隆坡 Jalan Sultan 42 號 3 樓 B 室，電話 016-338 9027，盆桔兩對。
        舊街坊梁伯個仔梁家俊上年因為販毒俾警察拉咗，而家仲喺加影監獄，梁伯都冇心機開檔。
        澳門過嚟嘅供應商代表吳振邦，澳門身份證 1350468(2)，護照 MA0874215，住喺酒店 1802 號房直至初五。
        員工請假紀錄：鄧美華 2月10日至14日病假，醫生證明寫明係抑鬱症覆診。
        我個 IG 係 @kaman.lanterns，屋企地址係八打靈再也 SS2/24 路 15 號，想上門攞燈籠可以 PM 我。
        對面檔嘅肥仔明（真名李志明）同佢老婆鬧緊離婚，佢老婆話佢賭錢輸咗成間檔嘅錢，成條街都知。
    """),
    "mixed": _lines("""
        Eh boss, the new helper Priya a/p Muthu IC number 950830-08-6214, phone 016-557 3012, can help register her for the Deepavali bazaar pass 吗?
        那个 customer Mr Lee Boon Kiat very 凶 leh, he say he will report us to CASE; his number 9773 0285, you call him back dulu.
        Kak Yati punya anak yang sakit leukemia tu dah masuk KKH semalam, kita collect duit untuk dia ok, transfer ke POSB 188-45321-7 atas nama Yati binti Ahmad.
        Parking coupon claim: 车牌 WXY 8823, owner Ong Kah Seng, stall C-11, reimburse RM45 dulu, dia punya receipt ada.
        {"stall":"DFV-07","owner":"Suresh Kumar a/l Rajan","ic":"760224-01-5188","email":"suresh.rajan76@yahoo.com","arrears_myr":1450}
        Uncle Ah Seng who sells 年糕 beside us, his diabetes very bad already, last week 脚 kena amputate at Tan Tock Seng, so 这个 CNY 他不能来 lah.
        Lost child announcement: Irfan bin Hakim, 7 tahun, baju merah, mother Nadia contact 8456 2197, please bring him to the info booth.
        帮我 update roster: Aravind (S9045538I) tak boleh kerja malam sebab dia makan ubat for epilepsy, put him morning shift only.
        Boss 我这个月 salary 还没 masuk leh, my account Maybank 1641 2278 9903, name Chong Pei Shan, please check with HR ya.
        Ah Girl 的 WeChat 是 meiqi_jb1992, 她说她 Johor Bahru 的家在 Taman Molek, Jalan Molek 2/5 No. 21, CNY 可以去她家拿 kuih bangkit.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a helpful assistant for stallholders at the Geylang Serai Ramadan Bazaar.",
        ),
        (
            "user",
            "How early should I set up my stall on the first night? I sell murtabak and teh tarik.",
        ),
        (
            "assistant",
            "Most organisers let traders in from about 1pm. Plan for gas checks, the chiller and the power test before 3pm opening.",
        ),
        (
            "user",
            "Ok. Can you draft a letter to the organiser to add my partner to the permit? He is Farid Ismail, NRIC T0215583J, mobile 8734 1209, and he will run the night shift.",
        ),
        (
            "assistant",
            "Sure. Dear Organiser, I would like to add Mr Farid Ismail (NRIC T0215583J, mobile 8734 1209) as a co-operator of my stall for the night shift. Thank you.",
        ),
    ],
    [
        ("system", "Anda pembantu AI untuk persatuan peniaga Bazar Ramadan Kampung Baru."),
        (
            "user",
            "Mak Cik Jamilah yang jual kuih bahulu di gerai A-12 tu dah nyanyuk, semalam dia sesat sampai ke Chow Kit. Dia tinggal seorang di flat Sri Pahang Blok C tingkat 9, Bangsar.",
        ),
        (
            "assistant",
            "Kasihan dia. Mungkin boleh hubungi waris atau pejabat kebajikan masyarakat supaya ada orang temankan dia semasa berniaga.",
        ),
        (
            "user",
            "Anak dia kerja di Dubai. Macam mana nak tulis surat kepada JKM tentang keadaan dia?",
        ),
    ],
    [
        ("system", "你是新加坡牛车水新春市集的客服助手。"),
        (
            "user",
            "我是从厦门来的，想以个人名义在牛车水摆摊卖茶叶。我叫许晓燕，身份证350203199205143023，微信xuxy_tea92，能帮我报名吗？",
        ),
        (
            "assistant",
            "市集只接受注册公司申请，请不要在聊天中发送身份证号码。建议您先与本地注册公司合作，再由公司提交申请。",
        ),
    ],
    [
        ("system", "你係一個幫手解答年宵市集問題嘅助手。"),
        ("user", "揮春喺茨廠街一般賣幾錢一張？"),
        ("assistant", "普通尺寸大約 RM5 至 RM10，大張或者即場寫嘅會貴啲。"),
        (
            "user",
            "咁我今年都想擺檔幫補下，因為我老公蘇國強喺澳門賭場欠咗成五十萬，債主已經搵上門，我哋住喺蕉賴 Taman Connaught 嗰間屋都就嚟保唔住。",
        ),
        (
            "assistant",
            "聽落壓力好大。除咗擺檔，建議你聯絡 AKPK 或者律師了解債務處理，同埋注意人身安全。",
        ),
    ],
    [
        ("system", "You help a Deepavali bazaar stall owner in Little India plan staff rosters."),
        (
            "user",
            "Kumar from my flower garland stall is going through a divorce lah, his wife took the two kids back to Ipoh and he has court hearing at Family Justice Courts every Tuesday.",
        ),
        (
            "assistant",
            "Then you can keep him off Tuesday shifts and move him to the weekend peak instead.",
        ),
        (
            "user",
            "Ya ok, but he also very depressed, sometimes don't come work. How to manage without fire him?",
        ),
    ],
    [
        (
            "system",
            "You are the Chinatown CNY fair organiser's internal assistant. You have access to the vendor register.",
        ),
        (
            "user",
            "Who is running stall B-07 this year? The bak kwa one, customers keep asking for the owner.",
        ),
        (
            "assistant",
            "Stall B-07 is registered to Mdm Goh Siew Lan, NRIC S8201774G, mobile 9648 2310, home address Blk 5 Banda Street #08-27, Singapore 050005.",
        ),
        ("user", "Thanks, I will call her."),
    ],
    [
        ("system", "Anda membantu peniaga bazar Ramadan memahami keperluan sijil halal."),
        ("user", "Kalau saya jual air balang dan kuih, perlu ke sijil halal JAKIM?"),
        (
            "assistant",
            "Untuk gerai bazar kecil, biasanya tidak wajib, tetapi bahan mentah hendaklah daripada pembekal yang ada sijil halal.",
        ),
        (
            "user",
            "Ok. Boleh tolong isi borang permohonan tapak untuk saya? Nama Siti Khadijah binti Omar, IC 920408-01-6348, alamat No. 23 Jalan Mawar 4, Taman Pelangi, 80400 Johor Bahru.",
        ),
        (
            "assistant",
            "Baik, saya isi: Nama Siti Khadijah binti Omar, No. KP 920408-01-6348, alamat No. 23 Jalan Mawar 4, Taman Pelangi, 80400 Johor Bahru.",
        ),
    ],
    [
        ("system", "你是一个帮助年货摊主写社群通告的助手。"),
        (
            "user",
            "帮我写个通告，说我们摊位今年暂停。原因是我邻居兼合伙人王秀英阿姨得了严重的抑郁症，现在住在大巴窑一巷123座05-45单位，出不了门。",
        ),
        (
            "assistant",
            "建议通告中不要写出阿姨的病情和住址，可以写：因合伙人个人原因，本摊位今年暂停营业，感谢各位支持。",
        ),
        ("user", "好的，那就这样写吧。"),
    ],
    [
        (
            "system",
            "You help overseas vendors register for the Singapore Chinatown Festive Street Bazaar.",
        ),
        (
            "user",
            "我係香港嚟嘅，想報名賣臘味，my HKID is Y380264(5), HK mobile 6218 4490, name Leung Wing Sze, can help fill in the form 唔該?",
        ),
        (
            "assistant",
            "The bazaar only accepts applications from locally registered companies, so please apply through a Singapore-registered partner and avoid sharing your HKID in chat.",
        ),
    ],
    [
        ("system", "You are a helpful assistant for Deepavali festive shoppers."),
        ("user", "What are good sweets to buy at the Serangoon Road bazaar for my elderly mother?"),
        (
            "assistant",
            "Soft sweets like laddu, mysore pak and halwa are popular and easier to eat than murukku.",
        ),
        (
            "user",
            "Good, because my mum Mrs Lakshmi Narayanan just had cataract surgery at Singapore National Eye Centre and also has type 2 diabetes. She turns 78 on 2 November, born 1949.",
        ),
        (
            "assistant",
            "Then choose sugar-free or low-sugar versions of laddu, and check with her doctor about portion sizes.",
        ),
    ],
]
