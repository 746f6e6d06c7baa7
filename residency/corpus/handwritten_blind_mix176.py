# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix176: tea estates, coffee farms and agro-tourism stays in MY/TW (Cameron Highlands, Alishan, farm stays, pickers' rosters, guests' bookings, accidents, owners' chats). All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix176
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "estate_visitor_notice"): _lines("""
        Visitor centre opens 9:00am to 4:30pm, Tuesday to Sunday; last factory tour entry 4:00pm. Tour groups above 20 pax please call the estate office at 05-491 1736 one day ahead.
        Please stay on the marked path between rows C7 and C12. Pluckers are working the slope with shears and the tractor trailer reverses without warning.
        Drone flying over the plantation requires written approval from the estate manager's office and a CAAM permit. Email permits@highlandleaf-estate.com.my at least 3 working days before.
        Lost & found: one blue child's raincoat and a Canon lens cap were handed in at the Tea Cafe counter on 14/11. Items are kept for 30 days, then donated to a Tanah Rata welfare home.
        Road advisory: Jalan Gunung Brinchang past the Mossy Forest turnoff is one-lane after the landslip at KM 8. JKR Pahang expects reopening by 20 December; 4WD only until then.
        Landslide warning level ORANGE issued by MetMalaysia for Cameron Highlands 03:00-18:00. Plantation walks are suspended today; the tea shop and factory gallery remain open.
        Group rates: RM12 per adult, RM6 per child aged 7-12, free for under 7 and for senior citizens 60+ with MyKad. School trips apply via sekolah@cameronbloomfarm.my quoting the KPM school code.
        Strawberry picking at the greenhouse: RM35 for a 500 g basket, scissors provided, please do not pull the runners. Farm hotline/WhatsApp 019-575 8820 (office hours only).
        Sunrise jeep to Gunung Brinchang departs 5:15am from the Brinchang night-market car park, RM60/pax, min 4 pax. Operated by Highland Trails Adventure Sdn Bhd (SSM 201601023847).
        CCTV in operation. Recordings are kept for 14 days under the PDPA 2010 and released only to PDRM on written request. Data protection enquiries: dpo@hillcresttea.com.my.
        Toilets at the factory block are closed for repair 9-11 Dec. Please use the public toilets beside the car park (RM0.30, coins only) or the ones on Level 2 of the cafe.
        Reminder from Majlis Daerah Cameron Highlands: single-use plastic bags are banned at farm stalls on Saturdays; bring your own bag or buy a RM1 recycled tote at the counter.
        Photography is allowed except inside the rolling room. Tripods need a RM20 pass from the ticket booth. Wedding and pre-wedding shoots: book via bookings@ridgeteaestate.com.my.
    """),
    ("zh-Hant", "民宿常見問答"): _lines("""
        Q：幾點可以入住？A：入住時間為15:00後，退房為隔日11:00前。若搭阿里山林業鐵路晚班抵達，請先來電民宿櫃檯 (05)267-9188 告知。
        Q：有提供接駁嗎？A：每日07:30及16:00於奮起湖車站前提供免費接駁，需前一天在LINE官方帳號 @fenqihu-tea 預約，額滿為止。
        Q：可以帶寵物嗎？A：抱歉，本民宿為合法登記民宿（嘉義縣民宿第0388號），因鄰近茶園與製茶廠，恕不接待寵物，導盲犬除外，敬請見諒。
        Q：早餐有什麼？A：早餐為山葵飯糰、愛玉、現泡阿里山高山烏龍，素食請於訂房時備註，過敏原資訊貼於餐廳公告欄，供餐時間7:00至9:00。
        Q：要怎麼付訂金？A：請匯款至本民宿公司帳戶（土地銀行竹崎分行，戶名：茶霧山居有限公司），匯款後於LINE官方帳號告知即可。
        Q：可以開發票嗎？A：可以，請於退房時告知公司抬頭及統一編號，本民宿統編為 53812476，電子發票將寄至您指定的信箱。
        Q：颱風天怎麼辦？A：中央氣象署發布陸上颱風警報且台18線阿里山公路封閉時，可免費改期一次，訂金保留六個月，請來電或LINE告知新日期。
        Q：可以參觀製茶嗎？A：春茶（4月中至5月初）及冬茶（10月下旬至11月）期間，每天14:00有萎凋與揉捻導覽，每人新台幣200元，含試飲三款茶。
        Q：山上手機有訊號嗎？A：中華電信與台灣大哥大在民宿區訊號穩定，遠傳在茶園步道較弱；全館提供免費Wi-Fi，密碼貼於房內。
        Q：看日出要幾點出發？A：祝山線小火車班次依日出時間調整，請於前一日16:00後至阿里山車站查詢，或上阿里山林業鐵路及文化資產管理處官網。
        Q：停車場在哪裡？A：本民宿有6個免費車位，滿位時請停阿里山國家森林遊樂區第二停車場，小客車每次收費新台幣300元，步行約八分鐘。
        Q：可以取消嗎？A：入住前14日取消全額退還訂金，7至13日退70%，3至6日退50%，2日內恕不退款，依交通部觀光署定型化契約辦理。
        Q：有賣伴手禮嗎？A：櫃檯販售自家金萱、烏龍、紅茶及阿里山咖啡豆，產地標章編號 TW-ALS-2025-0417，可宅配全台，黑貓宅急便運費另計。
    """),
    ("zh-Hans", "价目表"): _lines("""
        金马仑高原茶园门市价目（2026年12月起）：BOH 金牌红茶 250g RM18.90；Cameronian Gold Blend 100包装 RM15.50；草莓果酱 RM12/瓶。
        蜂蜜柠檬茶（热/冻）RM7.50 / RM8.50；司康套餐（两个司康＋草莓酱＋奶油）RM16.90，另加服务税，价格以柜台公告为准。
        草莓采摘：每人入场费RM5，采摘按重量计价 RM8/100g，最低消费一盒；菜园参观免费，团体30人以上九折，请提前致电农场办公室 05-491 2218。
        三天两夜农庄套餐：双人房RM688起，含两份早餐、茶园导览、一次蔬菜采摘；周五、周六及学校假期每晚加收RM120，农历新年期间另计。
        咖啡豆零售：沙巴 Tenom 罗布斯塔中烘 500g RM32；台湾阿里山 铁比卡浅烘 227g RM98；古坑 SL34 限量 RM120，售完为止。
        批发价（10公斤起）：Seri Songket 系列按经销价七五折，需附公司注册号（SSM）与营业执照副本，批发专线 03-9207 4411。
        包车一日游（丹那拉打出发）：Land Rover 古董车 4小时 RM280/车，最多6人；含苔藓森林、茶园观景台及玫瑰园门票。
        玫瑰花茶礼盒 RM45；薰衣草香包 RM9.90（三个RM25）；金马仑手工蜂蜜 350g RM38，购满RM150免费邮寄西马，东马运费RM15。
        民宿加床 RM60/晚，婴儿床免费；早餐加一位 RM25；烧烤炉租借 RM40（含木炭一袋），烧烤区开放到晚上10点，请勿在房内生火。
        电动车充电：民宿停车场设两台 ChargEV 7kW 交流桩，每小时RM1.20，住客凭房卡可享首两小时免费，请充满后移车。
        茶叶品鉴课程：每节90分钟，RM85/人，含六款茶、茶点及证书；开课时间每周三、周六下午2:30，最少4人开班，可在官网或柜台报名。
        快递费用：J&T 与 Pos Laju 同价，西马1kg RM8，每加1kg RM3；订单号格式为 CH-2612-000417，可在官网输入订单号查询物流。
        会员价：持 Cameron Farms Club 会员卡享95折，生日月份额外赠送一盒草莓（需出示会员卡，不可兑换现金）。
    """),
    ("ms", "pekeliling_ladang"): _lines("""
        Pekeliling Ladang Bil. 12/2026: Semua pemetik teh wajib memakai kasut but getah dan sarung tangan semasa memetik di lereng Blok D, berkuat kuasa 1 Januari 2027.
        Waktu kerja musim hujan: 7.00 pagi hingga 1.00 petang. Kerja di lereng melebihi 30 darjah dihentikan serta-merta apabila amaran hujan lebat dikeluarkan oleh MetMalaysia.
        Kadar upah memetik mengikut berat: RM0.45 sekilogram pucuk segar gred A, RM0.30 gred B. Timbangan dibuat di stor timbang jam 11.30 pagi dan 3.30 petang.
        Semua pekerja asing hendaklah menyerahkan salinan permit kerja (PLKS) yang masih sah kepada pejabat ladang sebelum 15 Disember untuk pembaharuan insurans SPIKPA.
        Racun rumpai berasaskan glifosat hanya boleh disembur oleh pekerja yang memiliki sijil latihan Jabatan Pertanian. Stor racun dikunci dan kuncinya dipegang oleh penyelia stor.
        Kemalangan di tempat kerja mesti dilaporkan kepada penyelia dalam tempoh 24 jam dan kepada JKKP melalui borang JKKP 6 seperti dikehendaki Akta Keselamatan dan Kesihatan Pekerjaan 1994.
        Bas pekerja bertolak dari Kuarters Ladang Sungai Burung jam 6.30 pagi. Pekerja yang terlepas bas perlu melapor di pondok pengawal sebelum 7.15 pagi.
        Cuti Deepavali dan Krismas: sila isi borang permohonan cuti di pejabat sebelum 20 November. Gaji bulan Disember dibayar pada 26 Disember melalui akaun bank masing-masing.
        Larangan: Tiada pembakaran terbuka di kawasan ladang di bawah Akta Kualiti Alam Sekeliling 1974. Denda sehingga RM500,000 atau penjara sehingga lima tahun.
        Klinik bergerak Klinik Kesihatan Tanah Rata akan datang ke dewan ladang pada Khamis pertama setiap bulan, 9.00 pagi hingga 12.00 tengah hari, untuk saringan tekanan darah dan gula.
        Pelawat tidak dibenarkan memasuki kilang pemprosesan tanpa topi keselamatan dan jaket reflektif. Sila daftar di kaunter keselamatan, Lot 22, Jalan Kampung Raja, Tringkap.
        Syarikat berdaftar: Ladang Teh Bukit Kabus Sdn. Bhd. (No. Syarikat 199001004512 (193847-K)), Batu 56, Jalan Besar, 39100 Brinchang, Pahang Darul Makmur.
        Aduan mengenai kuarters boleh dibuat tanpa nama melalui peti cadangan di kantin atau e-mel aduan@bukitkabustea.com.my. Semua aduan akan disiasat dalam tempoh 14 hari.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning all, 今天 Block C 的 pucuk 很嫩, target 1,800 kg before 12pm ok? Lorry dari kilang datang pukul 1 petang, jangan lambat.
        Front desk here: bilik 203 aircond rosak lagi, 已经 call 了 Daikin service centre Ipoh, ticket no. DK-IPH-558201, technician datang esok pagi.
        老板说 this weekend full house, 24 rooms all booked. Kitchen please order extra 30 kg strawberry from the Kea Farm supplier, invoice ikut biasa.
        FYI Agoda rate parity issue again, Booking.com show RM389 but our own website RM399. 麻烦 marketing team 今天改好 before 5pm.
        哇 the new Yamaha generator 好大声 lah. Guests complained from chalet 5 to 8. Can we move it behind the store? Kabel panjang cukup ke?
        Supplier reminder: Syarikat Baja Tani Maju 的 invoice INV-BTM-26-0912 RM4,380.00 due Friday. Accounts tolong bayar via DuitNow to their company account ya.
        Rain gauge semalam 86 mm 😱 Jalan ke Block F licin gila, 今天 skip F, semua team pindah ke Block A dan B.
        Reminder: DOSH inspection 18 Dec 10am. 请大家 check fire extinguisher expiry, first aid box, and update the chemical register in the store.
        Booking BK-26-12-0441 wants late checkout 2pm, 可以吗? Housekeeping say room 108 no next arrival, so ok lah, charge RM50.
        咖啡 roaster temp probe 坏了, reading stuck at 210°C. Dah order spare part from the Probat distributor in Shah Alam, ETA 3 days. 今天先用 sample roaster.
        Tour bus from Genting arrive 11:15, 42 pax. Cafe siapkan 42 set scones, 茶 pot 要先 warm. The tour guide nak free coffee macam biasa 哈哈.
        Stock count done: Cameronian 250g tinggal 36 box, strawberry jam 12 bottle, 玫瑰花茶 gift box 0 ⚠️ please restock before Saturday.
        Solar panel output today only 18.4 kWh, 太多雾. TNB bill last month RM2,914, 比上个月高 12%. Let's discuss at Monday meeting 9am.
    """),
    ("en", "booking_config_and_logs"): _lines("""
        BOOKING_API_BASE=https://api.misthillfarmstay.my/v2  # staging: https://staging.misthillfarmstay.my/v2, STRIPE_PUBLISHABLE_KEY=pk_test_TYooMQauvdEDq54NiTphI7jx
        2026-12-06T07:42:19+08:00 INFO booking.confirm id=BK-26-12-0387 room=CHALET-04 nights=2 total_myr=776.00 channel=agoda status=CONFIRMED
        2026-12-06T07:42:21+08:00 WARN payment.webhook retry=3 provider=ipay88 ref=T0012873364 code=HTTP_504 latency_ms=30012
        rooms: [{code: TEA-DLX-01, max_pax: 3, base_rate: 420}, {code: CHALET-04, max_pax: 5, base_rate: 388}]  # rates in MYR, SST added at checkout
        def nightly_rate(base, day): return base * 1.25 if day.weekday() in (4, 5) or day in SCHOOL_HOLIDAYS_MY else base
        CREATE TABLE pickers_roster (shift_date DATE, block_code CHAR(3), team_id SMALLINT, target_kg NUMERIC(6,1), actual_kg NUMERIC(6,1));
        csv header: booking_id,check_in,check_out,room_code,adults,children,channel,total_myr,deposit_paid,special_request,guest_id
        cron: 0 2 * * * /opt/farmstay/bin/export_occupancy --tz Asia/Kuala_Lumpur --out s3://farmstay-reports/occupancy/daily.csv
        sensor-gw-03 2026-12-07 05:10:00 soil_moisture=41.2% leaf_temp=13.8C humidity=97% block=B4 fw=v2.3.1 sha=9f2c1e7
        Example request body: {'room': 'CHALET-02', 'check_in': '2027-01-14', 'nights': 3, 'promo': 'CNY2027'} returns 201 with a booking_id like BK-27-01-0012.
        nginx: location /api/ { proxy_pass http://127.0.0.1:8081; proxy_read_timeout 60s; }  # farmstay booking engine v4.7.2
        2026-12-07 23:59:01 ERROR sync.channel_manager siteminder push failed for 14 inventory rows (rate_plan=BB-FLEX); will retry in 300s
        Dockerfile base python:3.12-slim, deps pinned in requirements.lock (sha256 3b7a9c0e44d1), healthcheck GET /healthz every 30s, image tag farmstay-api:4.7.2
    """),
    ("zh-Hant", "茶業歷史"): _lines("""
        金馬崙高原得名於英國測量師威廉·金馬崙（William Cameron），他於1885年受殖民政府委託勘測彭亨與霹靂交界山區，並在報告中記下一片寬闊的高原。
        1929年，英國人J.A. Russell在金馬崙創立 BOH 茶園，品牌名取自福建武夷山的「武夷茶」（Bohea），至今仍是馬來西亞最大的茶葉生產商之一。
        1980年代起，嘉義縣梅山、竹崎、番路一帶陸續由竹林與檳榔轉作高山茶，石棹、太和、樟樹湖逐漸成為阿里山高山茶的代表產區。
        陸羽在《茶經》開篇寫道「茶者，南方之嘉木也」，這句話至今仍被許多阿里山茶農印在自家茶葉禮盒、茶行招牌與民宿牆面的書法作品上。
        台灣咖啡栽培可追溯至1884年英商德記洋行自馬尼拉引進咖啡苗，日治時期雲林古坑荷苞山更成為重要的咖啡試驗栽培地，今日仍以古坑咖啡聞名。
        阿里山森林鐵路於1912年通車至二萬坪，是日本統治時期為運送檜木而建，2024年7月全線恢復通車至阿里山站，成為觀光客上山的熱門路線。
        鄒族是阿里山最早的居民，達邦與特富野兩大社至今仍輪流舉行戰祭（Mayasvi），茶園導覽常會介紹鄒族的小米、愛玉與山胡椒（馬告）文化。
        1937年落成的 The Smokehouse 旅館仿英國都鐸式建築，是殖民時期英國官員與茶園經理到金馬崙避暑的代表性建築。
        日治時期台灣總督府在魚池設立紅茶試驗支所，新井耕吉郎長年主持試驗工作，後來被尊為「台灣紅茶之父」，魚池鄉至今仍立有他的紀念碑。
        泰國絲綢大王 Jim Thompson 於1967年復活節在金馬崙高原散步時失蹤，至今仍是馬來西亞最著名的懸案之一，導遊常在步道上講述這段往事。
        2008年茶業改良場命名台茶21號「紅韻」，以祁門與 Kyang 雜交選育，帶有柑橘花香，近年也被阿里山與南投部分茶農試種。
        嘉義出身的畫家陳澄波多次描繪阿里山與嘉義街景，其作品《嘉義街外》為台灣美術史重要畫作，不少嘉義民宿與茶行的大廳都掛有複製畫。
        1950年代馬來亞緊急狀態期間，金馬崙部分茶園設有圍籬與哨站，工人需憑通行證出入，一些老茶廠至今仍保留當年的瞭望台遺跡。
    """),
    ("mixed", "business_reviews"): _lines("""
        ★★★★★ Sungai Palas tea centre view 真的 superb, scones okay only lah but the tea ice cream worth it. Parking penuh after 11am, datang awal.
        ★★☆☆☆ 民宿照片 vs 实际 差很多, 房间有霉味, towel pun tak cukup. Owner reply cepat but no refund. Location near Tanah Rata bus station is the only plus.
        Big Red Strawberry Farm 去了第三次, 这次草莓 sour sikit sebab musim hujan. Staff friendly, toilet clean, RM5 entry ok lah.
        阿里山 這間民宿老闆超熱情, 半夜還開車載我們去祝山看日出, 早餐的山葵飯糰 must try! 唯一缺點 Wi-Fi lambat sangat.
        Cameron Valley Tea House 2 — roadside stop, view cantik gila, 但是 parking 在 main road 很危险. Pancake 不错, harga pun reasonable.
        Uncle Sam's Kopitiam di Brinchang — kopi O kaw, roti bakar kaya 一流. Don't let the name fool you, bukan American style langsung 😂
        ★★★★ 奮起湖老街的便當 still the best, 但是假日人多到爆, 建議 weekday 去。Mr. Brown Coffee 旁邊的停車場 NT$100 一次。
        Ladang kopi di Tenom 很值得去, guided tour RM15, boleh tengok proses roasting. 买了 liberica beans 两包, packaging kemas, recommended!
        ★☆☆☆☆ Jeep tour company cancel last minute sebab cuaca, tapi other companies still go. Refund ambil 14 hari bekerja. 不会再订了。
        Ee Feng Gu Honey Bee Farm 的 honey lemon 超好喝, staff explain 得很 detail. Souvenir shop harga agak mahal tapi okay untuk tourist.
        Grandma's Kitchen Farmstay 的 name 很 cute, 但 honestly service biasa je. Homemade kaya 好吃, 房间 clean, value for money 7/10.
        阿里山 鄒族咖啡 那間 得過評鑑的 bean 真的 fruity, 老闆 explain 得 detail. NT$250 一杯 手沖 worth it, recommend 給 coffee lover.
        Tea factory tour 免费, 但是 kilang tutup on Monday, jangan datang Monday macam kami 🤦 Gift shop accept Touch 'n Go eWallet and DuitNow QR.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Incident report 07/12: picker Rajesh Kumar a/l Muniandy (MyKad 880514-08-6137) slipped on the Block D terrace, suspected fractured left wrist, sent to hospital by estate van.
        Booking BK-26-12-0521, guest Melissa Tan Hui Ling, +65 9127 4430, melissa.thl88@gmail.com, 2 adults 1 child, chalet 3, arrival 24 Dec, child allergic to peanuts.
        Please don't tell the others, but Gopal from the factory floor told me his wife left him last month and he's been drinking again before shifts.
        Payroll adj Nov: Bishnu Thapa (Nepal, passport PA1934772), deduction RM450 for the cash advance he took for his mother's surgery in Dharan.
        Lost ID card found in chalet 6: NRIC S8723416I, name on card Jonathan Lee Wei Ming. Guest checked out yesterday, trying to reach him at 9683 2217.
        Guest in room 12 drives the white Honda Vezel plate BPL 7721; he still owes RM1,240 from the October stay and keeps ignoring our messages.
        Rohani, the housekeeping lead, is 5 months pregnant and asked not to be rostered on chemical store cleaning until after she delivers in April.
        Follow-up: Mr. David Ong from Penang said his father, 78, had chest pains on the Mossy Forest walk; please call him back on 012-488 3190 about the partial refund.
        Refund to be paid into Maybank 1641 2208 7753, account holder NURUL AIN BINTI ZAKARIA, amount RM356.00, reason double charge on booking BK-26-11-0298.
        Courier address: 27, Jalan Mawar 3, Taman Sri Mawar, 31400 Ipoh, Perak. Please deliver the 5 kg tea order to Mdm. Lim Siew Kheng at home, not the shop.
    """),
    "zh-Hans": _lines("""
        事故登记：游客王建国，男，52岁，身份证号 330106197405283013，在茶园观景台台阶滑倒，右脚踝扭伤，已送医院，联系电话 139 5712 6604。
        预订确认：陈丽娟女士，手机 13826671092，2026年12月30日入住三晚，双床房，备注：婆婆坐轮椅，需要一楼房间。
        阿明这个月又预支了 RM800，说是在云顶赌场输了钱，老板说再这样就要从年终花红里扣。
        林太打电话来投诉她儿子在采草莓时被蜜蜂叮到严重过敏，送去了丹那拉打诊所，要求我们赔医药费 RM320。
        采茶工排班 12/09：A组 黄秀梅（组长）、何美玲、苏丽萍；B组 张志强请病假，痛风又复发了，下周一才能回来。
        快递地址：深圳市南山区西丽街道茶光路188号丽雅苑3栋1502，收件人 周晓燕，电话 18676245531，两盒阿里山高山茶。
        员工档案：郑国辉，马来西亚身份证 790923-06-5487，月薪 RM3,200，妻子在芙蓉住院做化疗，申请一周无薪假。
        上次来住的那位温州客人徐先生，微信号 xu_tea_1983，说要批发 200 斤阿里山高山茶，已经先付了 30% 订金。
        退款记录：支付宝账号 lihuiqin_0512@163.com，姓名 李慧琴，退回订金 ¥1,200，原因：航班取消无法入住。
        张阿姨就住在民宿隔壁那栋，她老公欠农场三个月的菜钱共 RM2,760，上周听说要去法院申请破产。
    """),
    "zh-Hant": _lines("""
        訂房資料：陳冠宇先生，身分證字號 N125837461，手機 0933-218-457，12/31 入住兩晚，跨年看日出，加購早餐兩份。
        採茶工點名：阿嬌姐今天沒來，她女兒說她昨晚在竹崎家裡中風，送嘉義長庚加護病房，這季大概都不能來了。
        香港客人黃志偉（HKID K385921(5)），電話 9386 5120，在奮起湖步道跌倒頭部撞傷，由消防局救護車送往醫院。
        茶園老闆娘私下說，林志明上個月因酒駕被抓，駕照吊扣兩年，所以現在都是他太太開車載茶去市場。
        匯款資訊：郵局 局號 0031217 帳號 0528641，戶名 吳淑芬，請將十一月採茶工資 NT$18,600 匯入。
        住宿登記簿：張雅婷 / 台中市西屯區福科路62巷8號5樓 / 0921-775-036 / 車號 BKR-2753
        澳門團領隊何嘉欣小姐話佢老公喺澳門欠落大筆賭債，今次成個團嘅尾數要遲兩個禮拜先俾得。
        阿發今年做完冬茶就要回越南，他的居留證號碼 AC03517742，請幫他辦理離境前的勞保退保。
        客訴：10號房住客李美華說浴室熱水器漏電，她的 iPhone 被燒壞，要求賠償 NT$32,900，電子郵件 meihua.lee1990@yahoo.com.tw。
        導覽排班：週二 蔡家豪（0955-612-380）帶日出團，週三改由楊淑惠帶，她懷孕八個月不能走祝山步道，只帶茶園平路。
    """),
    "ms": _lines("""
        Laporan kemalangan: Ahmad Faizal bin Rosli, No. KP 910227-06-5213, terjatuh dari lori pucuk teh di Blok F, kepala berdarah, dibawa ke hospital.
        Kak Yati dari bahagian dapur minta cuti sakit seminggu lagi, doktor kata dia ada kanser payudara tahap dua dan perlu mula kemoterapi.
        Tempahan homestay: Encik Hafiz Hamdan, tel 017-362 9081, 4 dewasa 3 kanak-kanak, daftar masuk 28/12, deposit RM200 melalui DuitNow.
        Pekerja Bangladesh Mohammad Rafiqul Islam, pasport BW0814377, permit tamat 03/02/2027, majikan belum bayar levi, sila ambil tindakan.
        Alamat penghantaran: Puan Noraini Mat Saad, No. 14, Lorong Seri Teratai 2, Taman Seri Teratai, 25150 Kuantan, Pahang. Tel: 013-977 1546.
        Gaji Suresh a/l Rajan bulan ini dipotong RM600 sebab dia berhutang dengan kedai runcit ladang, dan ahlong dah datang cari dia di kuarters dua kali.
        Perodua Myvi putih nombor plat CDT 5820 milik pelawat dari Kuantan terbabas ke dalam longkang di simpang ladang, pemandu Zulkifli Osman cedera ringan.
        Akaun bank untuk bayaran balik deposit: CIMB 7012 4489 6631, nama Siti Khadijah binti Abdullah, jumlah RM480.
        Pak Long Dollah, pengawal malam ladang, ditahan polis semalam atas tuduhan mencuri baja dari stor, sekarang dalam reman empat hari.
        E-mel tetamu untuk resit: farah.izzati92@yahoo.com, Farah Izzati, bilik 7, tiga malam, minta resit atas nama sendiri untuk tuntutan pejabat.
    """),
    "mixed": _lines("""
        Boss, that Singapore guest Mr Koh (NRIC S7812354J) nak claim insurance for his broken phone, dia minta copy of our incident report, 怎么办?
        Eh 阿娟 tadi call cakap dia positive dengue, admitted Hospital Sultanah Hajjah Kalsom, so tomorrow's roster Block B kurang satu orang ya.
        Guest Tan Wei Jie 0128834120, checkout dah tapi 还没 bayar the minibar RM46 + late checkout RM50. Please WhatsApp dia today.
        FYI 那个 picker Ram Bahadur Gurung 的 passport 被 agent 扣住, he says agent demand RM3,000 baru bagi balik. Need to report to JTK?
        Roster 12/12: Team A Siva, Muthu, Kavitha (half day, 要去看 doctor 高血压), Team B Aung Ko Ko, Min Thu, Zaw Lin.
        Customer 黃先生 from HK paid via FPS, transfer name show WONG KA LOK, phone 6218 7734, 他話 refund 入 HSBC 004-512-783412-838.
        老板娘 cakap that housekeeper Mei Ling dah kena cerai, now tinggal with her 2 kids dalam staff quarters, boleh bagi dia extra shift?
        Form submission: name=Nur Syahirah Binti Azman | ic=020415-11-0846 | phone=019-2847360 | room=Deluxe Tea View | nights=2 | note=honeymoon, 请准备 flowers
        小美 passport 快過期了, she sent photo: Taiwan passport 312458907, 林佳慧, DOB 1996-03-18, 幫我 check 入境 Malaysia 還可以嗎?
        Debt list kedai runcit ladang: Velu RM1,230, Kak Ros RM480, 阿Sam RM2,100 (janji bayar lepas CNY), update by cashier 7/12.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for Mist Hill Farmstay, a tea-estate homestay in Tanah Rata, Cameron Highlands. Be warm and concise.",
        ),
        (
            "user",
            "Please draft a reply to guest Kelvin Yap (kelvin.yap.sg@outlook.com). He wants to move booking BK-26-12-0502 from 20-22 Dec to 3-5 Jan because his wife just had a miscarriage and they can't travel. Waive the change fee.",
        ),
        (
            "assistant",
            "Dear Mr Yap, we are very sorry to hear your news. We have moved booking BK-26-12-0502 to 3-5 January at no charge; your deposit carries over in full. Please take care, and reply to this email if you need any other change.",
        ),
        (
            "user",
            "Thanks. Don't mention the reason in the booking notes, just write 'date change, fee waived'.",
        ),
        (
            "assistant",
            "Understood. The booking note now reads 'date change, fee waived' and nothing else.",
        ),
    ],
    [
        ("system", "你是阿里山石棹一家茶園的行政助理，協助老闆處理工安與勞保文件。"),
        (
            "user",
            "幫我寫一份工傷事故紀錄：採茶工張秀蘭，身分證 B220417934，12月5日上午10點在第三區茶園被龜殼花咬到左小腿，送嘉義基督教醫院打血清，目前住院觀察。",
        ),
        (
            "assistant",
            "事故紀錄（草稿）：一、當事人：張秀蘭（身分證字號 B220417934）。二、時間地點：12月5日10:00，第三區茶園。三、經過：採茶時遭龜殼花咬傷左小腿，即送嘉義基督教醫院施打抗蛇毒血清，住院觀察中。四、後續：通報勞保職災給付，並加強茶園除草與發放長筒雨鞋。",
        ),
        ("user", "好，再加一句：她先生說醫藥費先由他們墊付。"),
        ("assistant", "已加入：五、醫療費用暫由家屬墊付，待勞保職災給付核定後再行結算。"),
    ],
    [
        (
            "system",
            "Anda pembantu pejabat Ladang Teh Bukit Kabus di Brinchang. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong kira gaji minggu ini untuk dua pemetik: Letchumy a/p Subramaniam (IC 760812-06-5362) petik 412 kg gred A, dan Kumaran a/l Velu (IC 830305-08-6121) petik 388 kg gred A. Kadar RM0.45/kg.",
        ),
        (
            "assistant",
            "Letchumy a/p Subramaniam: 412 kg x RM0.45 = RM185.40. Kumaran a/l Velu: 388 kg x RM0.45 = RM174.60. Jumlah kedua-duanya RM360.00 sebelum potongan KWSP dan PERKESO.",
        ),
        ("user", "Kumaran ada pinjaman RM100 dari koperasi, potong sekali."),
        (
            "assistant",
            "Baik. Gaji bersih Kumaran a/l Velu menjadi RM74.60 selepas potongan pinjaman koperasi RM100, belum termasuk caruman KWSP dan PERKESO.",
        ),
    ],
    [
        (
            "system",
            "你是金马仑一间农庄民宿的前台助手。今日入住名单：1) 刘志伟，护照 EJ4829371，电话 +86 135 0917 2286，2晚；2) 钱淑芬，护照 EK0362158，素食，3晚。",
        ),
        ("user", "帮我把今天入住的客人整理成一句话，发到员工群里。"),
        ("assistant", "今日入住两位：刘志伟（2晚）和钱淑芬（3晚，素食，厨房请准备素食早餐）。"),
        ("user", "好的，谢谢。"),
    ],
    [
        (
            "user",
            "Boss here. 我们的 supervisor Ah Keong (Lim Kok Keong, 012-907 3348) borrow 了 RM5,000 from company last year, until now bayar RM1,200 saja. Boleh tolong draft a polite reminder in English and Chinese?",
        ),
        (
            "assistant",
            "Dear Mr Lim, this is a gentle reminder that RM3,800 of the RM5,000 staff loan remains outstanding. Could we meet this week to agree on a monthly repayment plan? 林先生您好，提醒您去年向公司借的RM5,000尚有RM3,800未还，这周方便约个时间讨论每月还款安排吗？",
        ),
        ("user", "Ok good, tapi jangan sebut amount in the Chinese part, nanti 他老婆 看到."),
        (
            "assistant",
            "Revised Chinese part: 林先生您好，想提醒您关于去年的员工借款，这周方便约个时间讨论还款安排吗？谢谢。",
        ),
    ],
    [
        ("system", "You help a small coffee-farm stay in Tenom, Sabah, reply to online reviews."),
        (
            "user",
            "A guest left a Google review saying our housekeeper Aini Binti Jusup is HIV positive and shouldn't be cleaning rooms. It's cruel and it's also not true. How should I reply publicly?",
        ),
        (
            "assistant",
            "Keep the public reply short and do not repeat the claim or your staff member's name. For example: 'Thank you for your feedback. We do not discuss our team members' private matters in public, and all our housekeeping follows Ministry of Health hygiene standards. Please contact us directly if you have a concern about your stay.' You can also flag the review to Google as containing personal information.",
        ),
        ("user", "Should I tell her about it?"),
        (
            "assistant",
            "Yes, privately and gently, so she hears it from you first. Offer her support, and let her decide whether she wants you to take further action.",
        ),
    ],
    [
        ("system", "你係阿里山一間茶園民宿嘅訂房助理，可以用廣東話回覆香港客人。"),
        (
            "user",
            "你好，我想訂1月10號兩晚雙人房。我叫梁家俊，HKID Y613048(6)，電話 6493 2175，會同我阿媽一齊嚟，佢行動唔太方便，需要一樓房。",
        ),
        (
            "assistant",
            "梁生你好！1月10至12號一樓雙人房仲有位，每晚新台幣3,800元連兩份早餐。我已經備註令堂行動不便，會安排最近餐廳嘅房間。請喺3日內付三成訂金確認。",
        ),
        ("user", "可唔可以安排接駁？我哋坐林鐵到奮起湖。"),
        ("assistant", "可以，請話我知班次，我哋會喺奮起湖車站接你哋，接駁免費。"),
    ],
    [
        (
            "user",
            "Macam mana nak buat laporan kemalangan kerja ke PERKESO? Pekerja saya Mohd Shukri bin Hassan, IC 950611-06-5157, jari terputus masa mesin pemotong teh, dirawat di Hospital Kuala Lipis.",
        ),
        (
            "assistant",
            "Majikan perlu mengisi Borang Laporan Kemalangan (Borang 34) dalam tempoh 48 jam melalui portal ASSIST PERKESO, dengan butiran pekerja (nama dan No. KP), tarikh, masa dan tempat kejadian, serta laporan perubatan. Kemalangan yang menyebabkan kecacatan juga wajib dilaporkan kepada JKKP.",
        ),
        ("user", "Dia minta saya jangan beritahu keluarga dia di kampung dulu. Boleh ke?"),
        (
            "assistant",
            "Boleh. Laporan PERKESO dan JKKP tidak memerlukan anda menghubungi keluarganya; hormati permintaan beliau, kecuali beliau tidak sedarkan diri atau memerlukan waris untuk keputusan rawatan.",
        ),
    ],
    [
        (
            "system",
            "You are the guest-support bot for a Cameron Highlands farm stay. Refunds go to the card or bank account the guest provides.",
        ),
        (
            "user",
            "Hi, I booked the tea-view chalet but my flight got cancelled. Name Priya d/o Ramasamy, NRIC T0354917D, booking BK-26-12-0610. Pls refund to DBS 072-915684-3, 谢谢 ya.",
        ),
        (
            "assistant",
            "Hi Priya, sorry about your flight. Booking BK-26-12-0610 is eligible for a full refund under our 14-day policy. I have logged a refund of SGD 312.40 to your DBS account ending 5684-3; it should arrive within 7 to 10 working days.",
        ),
        ("user", "Ok thanks, boleh email receipt to priya.rms@gmail.com?"),
        ("assistant", "Done, the refund receipt has been sent to priya.rms@gmail.com."),
    ],
    [
        ("system", "你是一个旅行助手，帮助中国游客在马来西亚处理突发状况。"),
        (
            "user",
            "我在金马仑丢了护照，怎么办？我叫孙浩然，护照号 E91736482，身份证 440304198811072623，手机 +86 186 2045 7719，现在住在丹那拉打的一家民宿。",
        ),
        (
            "assistant",
            "孙先生，请按以下步骤处理：1. 先到丹那拉打警察局报案并取得报案回执；2. 联系中国驻马来西亚大使馆领事部预约补办旅行证，带上报案回执、照片和身份证复印件；3. 到移民局办理出境签证手续。补办前请妥善保管身份证原件。",
        ),
        ("user", "大使馆电话是多少？"),
        (
            "assistant",
            "请以中国驻马来西亚大使馆官网公布的领事保护与协助电话为准，紧急情况也可拨打外交部全球领事保护与服务应急热线 +86-10-12308。",
        ),
    ],
]
