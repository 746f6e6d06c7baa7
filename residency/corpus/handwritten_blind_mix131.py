# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix131: choirs, orchestras and community theatre groups in SG/MY/HK/TW (auditions, rehearsal rosters, concert tickets, member fees, group chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix131
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "audition_notice"): _lines("""
        Open auditions: Harmonia Chorale (UEN 201834567M) is recruiting tenors and basses for its 2027 season. Prepare one art song and a sight-reading test; accompanist provided.
        Audition venue: Studio 2, Level 4, Stamford Arts Centre, 155 Waterloo Street, Singapore 187962. Please arrive 15 minutes early and bring a printed copy of your piece.
        Excerpts for violin candidates: Mozart Symphony No. 39, 1st mvt bars 1-60, and Brahms Symphony No. 1, 4th mvt from letter C. Scales to three octaves will be requested.
        Roles open for our Mandarin staging of Cao Yu's Thunderstorm: Zhou Puyuan, Fanyi, Sifeng and Lu Gui. Readings from Act II only; scripts can be collected at the box office.
        Enquiries about audition slots go to auditions@klcommunitytheatre.org.my or WhatsApp our office line +60 3-2161 4470 (Mon-Fri, 10am-6pm). Walk-ins are not accepted.
        The concerto competition final will be adjudicated by a panel chaired by conductor Kahchun Wong; results go up on the orchestra's Facebook page on 28 February 2027.
        Candidates for the Phantom must be able to sustain a high A-flat; Christine auditionees should prepare Think of Me in the original key and one contrasting legit ballad.
        Audition fee: SGD 25 per candidate, payable by PayNow to UEN 201834567M. Use reference AUD-2027-### where ### is the slot number shown on your confirmation e-mail.
        Youth strings audition (ages 12-18) takes place in the rehearsal room of Dewan Filharmonik Petronas, Tower 2, PETRONAS Twin Towers, Kuala Lumpur City Centre, 50088 KL.
        Sight-reading samples are taken from the ABRSM Grade 6 books; candidates holding a Grade 8 certificate in any instrument may skip the aural test on the day.
        Hong Kong round: auditions at Hong Kong City Hall Recital Hall, 5 Edinburgh Place, Central, on 14-15 March. The online form closes once it reaches 120 sign-ups.
        This year's musical is Les Miserables School Edition: we are casting Jean Valjean, Javert, Fantine, Eponine and the Thenardiers, plus a 20-voice ensemble.
        Sopranos: prepare Laudate Dominum from Mozart's Vesperae solennes de confessore, K. 339. Altos: He was despised from Handel's Messiah. No memorisation required.
    """),
    ("zh-Hans", "演出票务FAQ"): _lines("""
        问：学生票怎么买？答：凭有效学生证可在滨海艺术中心票务处购买半价票，每场限量80张；网上购票请选择“学生优惠”票种，入场时须出示学生证。
        问：购票后可以退票吗？答：本团音乐会门票一经售出恕不退换；若演出因天气或不可抗力取消，票款将于14个工作日内按原支付方式退回。
        问：演出时长多久？答：上半场约50分钟，中场休息20分钟，下半场约45分钟；演出开始后迟到的观众须在乐章间隙由引座员引导入场。
        客服热线：4008-123-456（工作日9:00-18:00），客服邮箱：service@huayuechorus.cn，公众号后台留言一般在24小时内回复，节假日顺延。
        问：订单号在哪里查看？答：支付成功后短信和邮件都会显示订单号，格式如 HY20270315-008812，入场时请连同电子票二维码一并出示。
        本场曲目：冼星海《黄河大合唱》选段、谭盾《地图》第三乐章、黄自《长恨歌》选曲；特邀指挥：余隆。曲目及演出人员以现场公布为准。
        场馆地址：上海东方艺术中心，浦东新区丁香路425号；地铁2号线上海科技馆站步行约8分钟，地下停车场入口在芳甸路一侧，车位有限。
        问：1.2米以下儿童可以入场吗？答：为保证演出效果，本场谢绝1.2米以下儿童入场，亲子专场请关注6月1日的《彼得与狼》音乐会。
        票价：VIP 680元，A区 480元，B区 280元，C区 180元；团购10张以上享九折，单位需开具增值税普通发票请联系票务部对公账户。
        问：电子发票怎么开？答：在订单详情页点击“申请开票”，填写单位名称和统一社会信用代码（如 91310115MA1H7Q2K3B），三个工作日内发送。
        问：可以带乐器入场吗？答：大提琴及以上尺寸的琴盒须寄存于一楼衣帽间，寄存免费；小提琴琴盒可随身携带，但不得放在过道或座位前方。
        温馨提示：演出期间请将手机调至静音，禁止拍照录像；谢幕返场时允许拍照，但请勿使用闪光灯，以免影响台上演员及其他观众，感谢配合。
        问：座位图在哪里看？答：大剧院座位图见官网“场馆信息”页面，池座1-20排为A区，楼座前5排为B区，无障碍座位位于池座第21排两侧。
    """),
    ("zh-Hant", "排練通告"): _lines("""
        各位團員：本週六（3月13日）排練改喺香港文化中心排練室GR2，下晝2點至6點，請準時到，記得帶埋《彌賽亞》譜同鉛筆，唔好用原子筆寫譜。
        提提大家，下個禮拜三晚7點半係分部練習：女高音去301室，女低音去302室，男聲部留喺禮堂，鋼琴伴奏會輪流過嚟，每部大約四十分鐘。
        總綵排時間表：4月2日（五）下午6時入場、6時30分換衫化妝、7時30分全劇順排；演出當日所有團員須於下午5時前到後台報到。
        因黑雨警告，今晚喺荃灣大會堂嘅排練取消，補課日期稍後喺群組公佈。如果天文台掛八號風球或以上，週末排練亦會自動取消，唔使再問。
        請各團員喺3月底前交齊本季團費港幣1,200元，可經轉數快轉帳至本會登記嘅機構戶口，或者排練日親身交現金俾司庫並索取正式收據。
        今次新編粵劇《帝女花》嘅唐滌生原著唱詞唔可以改，導演話對白部分可以用返口語，但長平公主同周世顯嘅名同身份一定要保留，唔准亂改。
        樂團分譜已上載至 Google Drive 資料夾「2027春季音樂會」，檔名格式為 Dvorak8_Vn1_v3.pdf，列印請用A4單面，唔好縮細。
        後台規則：化妝間只限演出人員進入，私人物品請鎖入儲物櫃；演出期間禁止喺側台用手機，違者由舞台監督記錄，第二次會停演一場。
        場地地址：澳門文化中心小劇院，新口岸冼星海大馬路；團體旅遊巴喺上環信德中心港澳碼頭對面集合，朝早8時正開車，逾時不候，請預早十分鐘到。
        澳門樂團音樂總監廖國敏將於4月8日親臨指導第二次樂隊合奏，請各聲部首席預先處理好弓法同換氣記號，當日請提早半個鐘到場調音。
        排練出席率要求為八成，缺席三次或以上者將不能參與五月份演出；如需請假，請喺排練前24小時用 Google Form 提交，唔好喺群組度講。
        新一季練習曲目：布拉姆斯《德意志安魂曲》第一、二樂章，同埋黃友棣《杜鵑花》合唱版，譜由合唱團統一影印，每份收費港幣20元。
        通利琴行（Tom Lee Music）尖沙咀店提供團員九折優惠，購買譜架、調音器同節拍器時出示會員卡即可，優惠期至2027年6月30日。
    """),
    ("ms", "yuran_ahli"): _lines("""
        Yuran keahlian tahunan Koir Komuniti Seri Melati bagi tahun 2027 ialah RM120 untuk dewasa dan RM60 untuk pelajar sepenuh masa yang berumur bawah 21 tahun.
        Bayaran boleh dibuat melalui DuitNow kepada akaun pertubuhan (No. Pendaftaran PPM-014-10-22092019) atau secara tunai di kaunter pejabat pada hari latihan.
        Yuran pendaftaran sekali sahaja: RM30, termasuk sehelai baju-T persembahan, fail muzik dan kad ahli. Saiz baju perlu dinyatakan semasa mengisi borang pendaftaran.
        Potongan 15% diberikan kepada ahli keluarga yang mendaftar bersama; diskaun hanya terpakai untuk yuran tahunan dan bukan untuk sewaan kostum atau tiket konsert.
        Sewa kostum untuk pementasan teater muzikal Puteri Gunung Ledang: RM45 sehari atau RM150 untuk seluruh minggu persembahan, deposit RM100 akan dikembalikan.
        Harga tiket konsert Malam P. Ramlee: Kategori A RM88, Kategori B RM58, pelajar dan warga emas RM28. Tiket dijual di kaunter Istana Budaya, Jalan Tun Razak, Kuala Lumpur.
        Invois yuran akan dihantar melalui e-mel daripada bendahari@koirserimelati.org.my; sila semak folder spam jika tidak menerima invois sebelum 15 Januari.
        Yuran lewat dikenakan RM10 sebulan selepas 31 Mac. Ahli yang belum menjelaskan yuran selepas 30 Jun tidak layak menyertai konsert akhir tahun di Dewan Filharmonik.
        Talian pertanyaan pejabat: 03-7955 2130 (Isnin hingga Jumaat, 9 pagi-5 petang) atau WhatsApp perniagaan 011-1098 7720. Pejabat ditutup pada cuti umum.
        Kadar sewaan studio latihan di Wisma Seni, Lot 12, Jalan Tun Sambanthan, Brickfields: RM80 sejam untuk dewan besar dan RM40 sejam untuk bilik seksyen.
        Sumbangan kepada tabung biasiswa muzik boleh dituntut potongan cukai di bawah subseksyen 44(6) Akta Cukai Pendapatan 1967; resit rasmi akan dikeluarkan.
        Pakej penaja korporat: Emas RM10,000 (logo di kulit depan buku program), Perak RM5,000, Gangsa RM2,000. Hubungi penaja@koirserimelati.org.my untuk maklumat lanjut.
        Nota: Yuran ahli orkestra belia Pulau Pinang kekal RM90 setahun, termasuk kelas teori muzik mingguan di Dewan Sri Pinang, Lebuh Light, George Town.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        SM here: tonight call time 6pm sharp ya, 燈光 team 先 focus Act 2 cue 45-60, sound check 7pm. Jangan lupa bawa black clothing for all crew.
        FOH update: house open 7.15pm, 已经卖出 412/540 seats, walk-in counter at Level 1 lobby. Kalau ada complimentary tickets, tolong collect at box office first.
        Props 那边 missing the red umbrella for scene 7, boleh check storeroom B? If not found, Daiso at Bugis Junction got similar one, claim petty cash with receipt.
        Reminder: 明天 Victoria Theatre load-in 8am, loading bay at the Empress Place side, truck details will come from the transport company. 请穿 covered shoes.
        Lighting plot v4 uploaded to shared drive /Productions/2027_Mulan/LX/plot_v4.pdf, changes from v3 是 cue 23 和 cue 31 的 timing. Pls review before tech run.
        乐团 pit 今天少两个 cello stand, stage crew tolong ambil dari Rehearsal Room 3. Also the conductor podium light 坏了, already reported to venue tech.
        Box office system down 15 min tadi, all QR scans queued. Ticketing vendor says fixed in build 3.8.2, ref INC-20270314-0091. 记得 re-sync the attendance sheet.
        Costume fitting for ensemble 改到 Thursday 3-6pm at wardrobe room, bawa own skin-coloured shoes. Sizes yang belum submit tolong fill the Google Sheet tonight.
        Macau tour: TurboJET group block 30 seats, 上環 10:30am sailing, 回程 Sunday 5pm. Passports 請自己帶, jangan pack dalam checked luggage, ok?
        Sponsor banner from Tom Lee Music 已到 loading bay, sila pasang at foyer left side, bukan kanan. Logo placement follows the brand guide page 4.
        Interval drinks: kopi, teh tarik 同 bottled water only, supplier Ah Hock Trading send 200 bottles, invoice no. AHT-2027-0413 已 pass to finance.
        Wireless mic check: channel 1-12 all OK, channel 13 got interference from the mall next door, 换去 606.125 MHz. Spare AA batteries x48 in sound desk drawer.
        Closing night 后 strike 大约 3 hours, semua crew stay until 12am. Supper at the coffeeshop in Waterloo Centre, Blk 261 Waterloo Street, company belanja.
    """),
    ("en", "ticketing_log_lines"): _lines("""
        2027-03-14T19:02:11+08:00 INFO scan-gate-02 ticket=ESP-27C-004512 section=Stalls row=K seat=14 status=ADMITTED latency_ms=38
        2027-03-14T19:02:13+08:00 WARN scan-gate-01 ticket=ESP-27C-004513 status=DUPLICATE_SCAN first_seen=19:01:57 action=REFER_TO_BOX_OFFICE
        [booking-api] v2.14.1 POST /orders 201 order_id=ORD-8F3K2Q total=SGD 176.00 items=2 payment=card_tokenised gateway=stripe 412ms
        config: venue_id: VCH-SG; capacity: 673; house_open_offset_min: 45; late_entry_policy: between_movements; currency: SGD; gst_rate: 0.09
        ERROR seatmap-render failed for event_id=HKCC-CH-20270402 layout=concert_hall_v7.svg: missing zone Choir Stalls (expected 19 zones, got 18)
        sha256(ticket_payload)=9f2c1e7a44b0d3c86e15a9027bb4f6d1c0e83a5f72d91b64e0ac39d8f1725b43 signature_ok=true key_id=tix-signing-2027-01
        def member_fee(tier: str) -> int: return {'adult': 120, 'student': 60, 'senior': 60, 'patron': 500}[tier]  # MYR, 2027 schedule
        CSV header for the nightly export: order_id,event_code,price_band,seat_label,purchased_at,channel,promo_code,refund_status
        cron: 0 2 * * * /opt/boxoffice/bin/export_sales --event=PHANTOM-MBS-2027 --format=csv --out=/data/exports/ (nightly sales export)
        INFO refund-worker processed refund RF-20270320-0077 amount=HKD 380.00 reason=EVENT_RESCHEDULED original_order=ORD-7Z1M0P status=SETTLED
        promo_codes: [EARLYBIRD27 (15% off, until 2027-01-31), CHOIRFRIENDS (SGD 10 off, min 2 tickets), STUDENT50 (50% off Band C)]
        DEBUG waitlist recalculated event=TW-NCH-20270509 band=B queue_len=214 released_seats=12 next_release_at=2027-05-01T12:00:00+08:00
        GET /api/v1/events/SSO-27-0412/availability 200 cache=HIT age=42s bands={A:0,B:17,C:96} user_agent=BoxOfficeKiosk/5.2
    """),
    ("zh-Hant", "場館與樂評"): _lines("""
        國家音樂廳（台北市中山南路21-1號）音響依舊一流，但二樓側座視線被欄杆擋住一半，買票前建議先看座位圖，別像我們整團坐到看不到指揮。
        衛武營國家藝術文化中心歌劇院的後台動線很順，裝台時貨梯夠大，合唱團八十人換裝也不擁擠，場館人員回覆訊息很快，推薦給外縣市團體。
        台中國家歌劇院的小劇場適合社區劇團演出，約兩百個座位，但附近停車不易，建議觀眾搭乘捷運綠線到市政府站再步行約十分鐘，散場後叫車也要排隊。
        國家交響樂團前音樂總監呂紹嘉此次客席指揮馬勒第二號交響曲《復活》，由台北愛樂合唱團擔任合唱，終樂章合唱進入時的弱音處理令人屏息。
        長榮交響樂團昨晚的柴可夫斯基第五號交響曲，下半場銅管表現亮眼，掌聲持續近五分鐘；唯一可惜的是節目單錯字不少，校對可以再加強。
        位於師大路的樂譜專賣店「巴赫樂譜社」選書齊全，合唱譜可代訂日本及德國版本，店員對Bärenreiter與Henle版本差異很熟悉，四星推薦。
        排練場租借心得：大稻埕這間排練空間每小時新台幣600元，有直立鋼琴但音不太準，冷氣很強，週末要提前兩週預約，整體CP值尚可。
        新聞：鄧麗君經典歌曲紀念音樂會將於十月在高雄舉行，主辦單位表示將由在地社區合唱團演唱〈月亮代表我的心〉、〈小城故事〉等名曲。
        《歌劇魅影》中文版巡演台北站口碑兩極：魅影與克莉絲汀的二重唱很有感染力，但翻譯歌詞有些拗口，最高票價新台幣6,800元偏貴。
        網購評論：在樂器行官網買的譜架（型號 MS-200BK）三天就送到，出貨單號 TW27031588421，包裝完整但少一顆螺絲，客服專線 02-2362-8899 處理很快。
        屏東演藝廳的燈光音響技術人員很專業，社區劇團第一次上大舞台也不會手忙腳亂，唯一缺點是附近晚上九點後幾乎沒有餐廳營業，記得先買好宵夜。
        蕭泰然紀念音樂會由台南的社區管弦樂團演出〈出外人〉與《一九四七序曲》，作曲家生前的學生也到場致詞，現場座無虛席，氣氛感人。
        兩廳院售票系統 OPENTIX 的退票手續費為票價一成，演出前七天後不受理退票；如遇天災停演則全額退費，不另收手續費，款項約十四個工作天入帳。
    """),
    ("mixed", "invoices_and_listings"): _lines("""
        INVOICE No. INV-2027-00318 | Swee Lee Music Company Pte Ltd | 40 x choral folders black A4 @ SGD 12.50 = SGD 500.00 | GST 9% SGD 45.00 | Total SGD 545.00
        發票 Invoice 2027/HK/0045 | 和聲樂譜有限公司 Harmony Score Ltd, BR No. 71234589 | 《彌賽亞》Novello 版 x 60 @ HKD 168 = HKD 10,080 | 付款方式：FPS 轉帳至公司戶口
        Product: Yamaha YDP-165 digital piano (rental for rehearsal), SKU YDP165-B-RNT, RM350/month, delivery within Klang Valley RM80, minimum rental 3 months.
        商品：指挥棒 Mollard P-Series 14吋 白色软木柄，SKU MOL-P14W，售价 ¥268，现货 23 支；全国包邮（偏远地区除外），支持7天无理由退换。
        Invois Cukai No. 2027-0192 | Lim Brothers Piano Co. Sdn Bhd (199701012345 / 432109-K) | Penalaan piano grand x 2 @ RM280 = RM560 | SST 8% RM44.80
        Listing: Choir robe, royal blue polyester with gold stole, sizes S-XXL, MOQ 20 pcs, USD 28/pc, lead time 4 weeks, ships from Guangzhou via DHL Express.
        統一發票 字軌 AB-12345678 | 賣方：巴赫樂譜社 統一編號 24536871 | 品名：韋瓦第《榮耀頌》RV 589 合唱譜 x 45 @ NT$320 = NT$14,400 含稅
        Receipt 收据 No. R-27-0771 | rehearsal studio hire at Esplanade, 3 hrs @ SGD 95 = SGD 285 | paid by bank transfer from the chorale's corporate account
        Tracking: 顺丰 SF1428839917452, 发件：上海乐谱中心仓库，收件：Singapore Chinese Orchestra office, Singapore Conference Hall, 7 Shenton Way, Singapore 068810.
        Product listing: Hal Leonard Disney Showstoppers SATB collection, ISBN 978-1-5400-2734-6, songs sung by Elsa, Simba and Belle; SGD 18.90, 20+ copies SGD 16.50 each.
        Quotation QT-0456 | Sound & Light Rental Sdn Bhd | Shure SM58 x 8, Sennheiser EW 100 G4 x 12, grandMA3 compact console, 2 days: RM 6,480 excl. SST
        Invoice from Parsons Music 柏斯琴行 Mong Kok branch: 12 x Manhasset M48 music stands @ HKD 520 = HKD 6,240; deliver to Sha Tin Town Hall loading dock, 1 Yuen Wo Road.
        商品上架：合唱团定制团服 T恤，印字“华乐合唱团 2027巡演”，起订50件，单价 ¥45，打样费 ¥150，交期10-12个工作日，可开具增值税专用发票。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Audition result for Rachel Koh Mei Ling (soprano, NRIC S8812345D): accepted into Harmonia Chorale, please confirm by replying to rachel.koh88@gmail.com by 20 Jan.
        Member fee reminder: Darren Lee Wei Jie still owes SGD 360 for three quarters; he said he lost his job in October and asked to pay in instalments.
        Please don't cast Mrs Gomez as the lead this round - she told me privately she's on chemotherapy until June and doesn't want the rest of the choir to know.
        Emergency contact for our youngest violinist: mother Nurul Huda, +65 9123 4578, home at Blk 412 Tampines Street 41, #08-233, Singapore 520412.
        Roster swap: Uncle Ben (Benjamin Ong, bass 2) can't do the 14 Mar concert, he has a court hearing for his divorce that morning.
        Refund to Vincent Chua, DBS account 072-123456-7, SGD 176.00 for order ORD-8F3K2Q, which he could not attend because he was hospitalised.
        Ticket collection by proxy: authorised person Alicia Tan, passport E1234567K, collecting on behalf of her grandfather who uses a wheelchair.
        Our tenor Marcus Yeo's car SJK 4821 M got clamped at the Victoria Theatre carpark again; he asked if the group can cover the S$150 release fee.
        Casting note: Jasmine (alto, 17) is pregnant and her parents don't know yet; director suggests a non-dancing role without telling the cast why.
        Volunteer usher sign-up: Priya Ramasamy, 34, F, priya.r.sings@yahoo.com, 8765 4321, available Fri/Sat, vegetarian, needs a parking coupon.
        Hi all, pls keep our pianist Kelvin in your prayers, he was arrested last night in Geylang for drink driving and is still at Bedok Police Division.
    """),
    "zh-Hans": _lines("""
        报名表：姓名 王思远，性别 男，身份证号 310104199205183217，手机 13816729045，声部 男高音，曾任复旦大学学生合唱团团员。
        陈阿姨这周排练请假了，她女儿说她查出乳腺癌早期，下个月要在中山医院做手术，大家先别在群里问。
        退款请转到刘建华的招商银行卡 6225 8812 3456 7890，金额 480 元，订单 HY20270315-009921，他说家里老人住院来不了。
        团费催缴：赵敏（女中音）已经欠了两个学期的团费共 1,600 元，听说她老公生意失败欠了很多钱，要不要先免了？
        快递寄到：上海市徐汇区漕溪北路 88 弄 5 号 1203 室，收件人 孙晓红，电话 139 1728 6604，内装演出服两套。
        小周的工资条被人拍下来发在群里了，月薪才 5,800，他很尴尬，麻烦管理员马上撤回，大家也别再转发。
        家长联系单：学员 李可欣（12岁，长笛），监护人 李国栋，微信号 ligd_1978，家庭住址 杭州市西湖区文三路 259 号 3 幢 502 室。
        老杨昨晚演出后在后台晕倒，送到医院查出是心梗，现在还在ICU，家属说暂时不要去探视。
        签到记录：2027-03-14 19:05 张雨桐 手机尾号 2261 女高音声部 已签到，备注：需要走轮椅通道。
        演员资料：黄子豪，艺名“豪仔”，出生日期 1998年7月2日，护照号 E87654321，因签证被拒无法随团去新加坡巡演。
    """),
    "zh-Hant": _lines("""
        報名資料：陳嘉欣，香港身份證 Y123456(7)，手提 9123 4567，住址：沙田禾輋邨豐和樓 1203室，聲部：女高音。
        林太話佢個仔上個月確診自閉症，問可唔可以俾佢喺後台幫手但唔使上台，佢驚其他家長講閒話。
        阿明今季團費仲欠緊$2,400，佢話上個月俾公司裁咗，想分三期俾，司庫話要問吓委員會先。
        北城社區劇團演員名單：吳冠廷，身分證字號 A123456789，出生 1990/05/21，手機 0912-345-678，住新北市板橋區文化路一段 188 巷 6 號 4 樓。
        張伯伯上星期中風，右手暫時無法拉琴，家屬請我們把他從五月演出名單中移除，也請大家暫時不要打電話打擾。
        退票請匯入：國泰世華銀行 013，帳號 0123-4567-8901，戶名 許雅婷，金額新台幣 2,400 元。
        何生喺群組講佢離咗婚，搬咗去秀茂坪邨秀明樓 2215 室，之後團訊同收據請寄去新地址。
        車位登記：團員 鄭志強，車牌 RB 3821，每逢週六停大會堂停車場，請保安放行。
        CSV：member_id,name,hkid,phone,voice_part | M0231,李詠詩,K654321(3),6789 0123,Alto
        劇團導演說小芸最近情緒很不穩，她跟我們說正在吃抗憂鬱藥，希望排練不要超過晚上十點。
    """),
    "ms": _lines("""
        Borang pendaftaran: Nama Nurul Aisyah binti Kamarudin, No. K/P 950312-10-5682, tel 012-378 4591, alamat No. 23, Jalan SS 2/64, 47300 Petaling Jaya.
        Encik Faizal dari bahagian bass minta tangguh bayar yuran sebab gaji dia dipotong dan dia masih ada hutang PTPTN RM18,000.
        Kak Ros tak dapat datang latihan minggu ni, dia baru keguguran hari Isnin, tolong jangan tanya dia dalam group.
        Bayaran balik tiket ke akaun Maybank 1640 2233 8871 atas nama Muhammad Hafiz bin Rahman, jumlah RM116, tempahan TIX-MY-55210.
        Senarai penumpang bas ke Pulau Pinang: 12. Siti Zulaikha binti Osman, 20 tahun, alergi kacang teruk, bawa EpiPen, waris: ibu 019-882 4410.
        Pak Cik Rahim (biola kedua) ditahan polis semalam di Johor Bahru atas tuduhan pecah amanah, jadi dia tak boleh main untuk konsert 5 April.
        Kereta Proton X70 nombor WVB 7719 milik Cikgu Lim selalu parkir depan pintu kecemasan dewan, tolong beritahu dia sebelum kena saman.
        Pelakon utama kita, Daniel anak Jimbun, sudah bercerai dan anaknya tinggal dengan bekas isteri di Kuching; dia minta jadual latihan tak bertembung hari lawatan.
        Ahli baharu: amirul.hakim93@gmail.com, IC 930807-08-6127, suara tenor, pernah menyanyi dengan koir universiti di UiTM Shah Alam.
    """),
    "mixed": _lines("""
        Eh guys, 阿Ken 的 wife 刚刚 bersalin, baby boy 3.2kg, dia cuti two weeks so 下个 rehearsal 的 bass section 要 someone else lead ok.
        Sorry 迟到, 我陪 mother pergi Hospital Kuala Lumpur for dialysis, I'm Tan Siew Ling the alto, tolong mark me present for second half.
        Ticket transfer request: 2 seats Row F 从 Jason Wong Kah Meng (+60 16-223 9087) transfer kepada adik dia Wong Kah Yee, IC 010523-14-0226.
        Admin pls update roster: 林美华 Mei Hua 搬家了, new address Unit 5-3, Residensi Bukit Jalil, Jalan Jalil Perkasa 1, 57000 KL, 电话 017-664 2390 不变.
        FYI sopranos 那个 Cheryl 欠大家 hutang banyak, dah pinjam RM3,000 dari three members and tak bayar balik, 委员会要不要 take action?
        Member list export: SG-0045 | Goh Boon Huat | S7734561B | 9788 1123 | Blk 108 Bishan St 12 #05-41 | Tenor 1 | paid
        阿 Joyce 说她 HIV positive, 要不要通知 makeup artist? 我觉得 tak perlu, this is private and 应该保密.
        Photo dari rehearsal semalam, yang pakai baju merah tu Ah Seng, 他刚 keluar dari rehab, please jangan post dekat Facebook.
        Hi I'm Stephanie Lau, 我想 register for the Hong Kong audition, my HKID is R234567(8), 可以 WhatsApp 我 9456 1287, thanks!
        Salary slip part-time conductor Encik Azman Shah: RM4,200 per month, 扣 EPF RM462, bank CIMB 7012 3345 6610, 请 finance check.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the admin assistant of a community choir in Singapore. Be polite and concise.",
        ),
        (
            "user",
            "Can you draft a gentle fee reminder to Gerald Lim (gerald.lim.sg@gmail.com)? He owes SGD 240 for Jan-Jun and has been quiet since his mum passed away in March.",
        ),
        (
            "assistant",
            "Subject: Membership fee, January-June 2027 Dear Gerald, We hope you are keeping well, and we are very sorry again for your loss. This is a gentle note that the fee of SGD 240 for January to June is still outstanding. There is no rush; if instalments would help, just let us know. Warm regards, Choir Administration",
        ),
        ("user", "Thanks. Maybe remove the line about his mum, he may not want it in writing."),
        (
            "assistant",
            "Sure. Here is the revised version without the reference to his bereavement: Dear Gerald, this is a gentle reminder that the SGD 240 fee for January to June is still outstanding. If instalments would help, just let us know. Warm regards, Choir Administration.",
        ),
    ],
    [
        ("system", "你係一個香港業餘合唱團嘅行政助理，用廣東話回覆。"),
        (
            "user",
            "幫我排吓星期六去屯門大會堂嘅車：有車嘅係 梁志偉（9634 2218，車牌 PK 6631）同 區美玲（6120 7745），冇車嘅有四個人，住喺荃灣同葵涌。",
        ),
        (
            "assistant",
            "可以咁安排：梁志偉（PK 6631）負責接荃灣嗰兩位，下晝1點喺荃灣站B出口等；區美玲負責葵涌嗰兩位，1點10分喺葵芳站A出口集合。建議你喺群組只公佈集合點，唔好貼出車牌同電話。",
        ),
        ("user", "好，咁幫我寫一句群組通告。"),
        (
            "assistant",
            "「星期六屯門大會堂排練，需要搭順風車嘅團員：荃灣組1點正荃灣站B出口、葵涌組1點10分葵芳站A出口集合，司機會直接聯絡大家。」",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis mesej WhatsApp untuk group koir, beritahu Puan Zaleha binti Ahmad (alto) tak dapat menyanyi sampai hujung tahun sebab dia sedang rawatan kanser payudara.",
        ),
        (
            "assistant",
            "Cadangan mesej: Assalamualaikum dan salam sejahtera semua. Puan Zaleha akan berehat daripada aktiviti koir sehingga hujung tahun atas sebab kesihatan. Mari kita doakan beliau. Sebarang bantuan boleh disalurkan melalui jawatankuasa. Saya tidak sebut jenis penyakit kerana itu maklumat peribadi beliau.",
        ),
        (
            "user",
            "Ok bagus. Boleh tambah nombor akaun untuk sumbangan? Akaun anak dia, Bank Islam 1203 4019 8876, nama Nur Iman binti Rosli.",
        ),
        (
            "assistant",
            "Boleh, tetapi lebih selamat jika sumbangan dikumpul melalui akaun rasmi pertubuhan dan diserahkan kepada keluarga. Jika keluarga setuju nombor akaun peribadi dikongsi, tambah baris ini: Sumbangan boleh dibuat ke Bank Islam 1203 4019 8876 (Nur Iman binti Rosli).",
        ),
    ],
    [
        ("system", "你是一个合唱团招新工作的助理，帮忙整理报名信息。"),
        (
            "user",
            "把这几条报名整理成表格：周雅琪，女高音，身份证 330106199811042524，电话 15858120937；郭晨阳，男低音，身份证 320102200101150617，电话 18651736628。",
        ),
        (
            "assistant",
            "| 姓名 | 声部 | 身份证号 | 电话 | | 周雅琪 | 女高音 | 330106199811042524 | 15858120937 | | 郭晨阳 | 男低音 | 320102200101150617 | 18651736628 | 建议对外公布名单时只保留姓名和声部，身份证号和电话仅供内部保险登记使用。",
        ),
        ("user", "好的，再帮我写一条面试通知短信，时间是3月20日下午两点，地点在团部排练厅。"),
        (
            "assistant",
            "【华乐合唱团】您好，您的面试安排在3月20日（周六）14:00，地点为团部排练厅，请提前15分钟到场并准备一首自选曲目。如需改期请回复本短信。",
        ),
    ],
    [
        (
            "user",
            "Help me write announcement for our theatre group chat lah. Lead actor Kenneth Foo 要退出 the production sebab he's going through a messy divorce and custody fight, 下个星期 understudy takes over.",
        ),
        (
            "assistant",
            "Here's a version that keeps his private matters out of it: Hi everyone, due to personal reasons Kenneth will be stepping away from the production. From next week our understudy will take over the role. Please give both of them your support, and kindly don't speculate in the group.",
        ),
        (
            "user",
            "ok can. 顺便 remind everyone rehearsal at Kuala Lumpur Performing Arts Centre, Sentul Park, Saturday 2pm.",
        ),
        (
            "assistant",
            "Added: Rehearsal this Saturday, 2pm, at the Kuala Lumpur Performing Arts Centre (klpac), Sentul Park. Jumpa semua di sana!",
        ),
    ],
    [
        (
            "system",
            "You are a helpdesk bot for an orchestra. Member record on file: Name: Ong Hui Min; Instrument: Viola; NRIC: T0123456J; Mobile: +65 8234 5190; Address: 27 Jalan Kechubong, Singapore 549540; Notes: asthma, carries inhaler.",
        ),
        ("user", "Hi, when is my next sectional and do you have my right phone number?"),
        (
            "assistant",
            "Hi Hui Min! Your next viola sectional is Wednesday 7.30pm in Room 3. The mobile number on file ends in 5190. If that has changed, reply with the new number and I will update it.",
        ),
        (
            "user",
            "That's right. Also can you tell the section leader I may need breaks because of my asthma?",
        ),
        (
            "assistant",
            "Done. I have added a note for the viola section leader that you may need short breaks during rehearsal. Only the section leader and the orchestra manager can see this note.",
        ),
    ],
    [
        (
            "user",
            "我們劇團的演出取消了，要退票給觀眾。有一位觀眾葉書豪留了帳戶：玉山銀行 808，帳號 0987-654-321098，電話 0928-556-301，請幫我寫一封退款確認信。",
        ),
        (
            "assistant",
            "葉先生您好：因本團《雷雨》台中場次取消，我們將於十個工作天內將票款新台幣1,600元退至您提供的玉山銀行帳戶（末四碼 1098）。如有疑問，請來電劇團辦公室。造成不便，敬請見諒。",
        ),
        ("user", "謝謝，信裡要不要寫完整帳號？"),
        (
            "assistant",
            "不建議。信件只需列出末四碼讓對方核對，完整帳號保存在內部退款表即可，以免郵件外流時洩漏他的金融資料。",
        ),
    ],
    [
        ("system", "You help a Hong Kong community theatre company with correspondence."),
        (
            "user",
            "Please draft a rejection letter to Ms Chan Wing Sze, Flat 8B, Block 3, Laguna City, Kwun Tong. She auditioned for Eliza in My Fair Lady but her pitch was off.",
        ),
        (
            "assistant",
            "Dear Ms Chan, Thank you for auditioning for the role of Eliza Doolittle in our production of My Fair Lady. We were impressed by your stage presence. After careful consideration, we are unable to offer you a principal role this time, but we would love to invite you to join the ensemble. Yours sincerely, Casting Panel",
        ),
        ("user", "Good, keep it kind. Send to her e-mail chanws.acting@gmail.com instead of post."),
        (
            "assistant",
            "Noted. Address the e-mail to chanws.acting@gmail.com with the subject My Fair Lady audition result, and paste the letter above as the body. You may leave out her home address since it is not needed for e-mail.",
        ),
    ],
    [
        (
            "user",
            "Saya bendahari orkestra belia. Kira tunggakan: Haziq bin Anuar RM180, Lee Jia Xin RM90, Kavitha a/p Suresh RM270. Yuran bulanan RM45. Berapa bulan setiap orang tertunggak?",
        ),
        (
            "assistant",
            "Berdasarkan yuran RM45 sebulan: Haziq bin Anuar tertunggak 4 bulan (RM180), Lee Jia Xin 2 bulan (RM90), dan Kavitha a/p Suresh 6 bulan (RM270). Jumlah keseluruhan tunggakan ialah RM540.",
        ),
        ("user", "Kavitha tu ayah dia baru hilang kerja, boleh cadangkan cara yang baik?"),
        (
            "assistant",
            "Cadangan: hubungi ibu bapa Kavitha secara peribadi, bukan dalam group, dan tawarkan pengecualian sementara atau bayaran ansuran RM20 sebulan. Jawatankuasa boleh meluluskan pengecualian di bawah dana kebajikan tanpa mendedahkan sebabnya kepada ahli lain.",
        ),
    ],
    [
        ("system", "你是社区合唱团团长的私人助理。"),
        (
            "user",
            "我们团的男高音何俊杰最近被诊断抑郁症，请假两个月，他妈妈打电话给我（电话 13602457718）问能不能保留他的位置。我该怎么回复？",
        ),
        (
            "assistant",
            "可以这样回复何妈妈：“阿姨您好，俊杰的位置我们会一直保留，请他安心休养，不用担心排练进度。等他准备好了，随时欢迎回来。”同时建议在团里只说他“因个人原因请假”，不要提及病情。",
        ),
        ("user", "好，他的谱和演出服要不要寄回家？地址是广州市天河区天河北路 233 号 12 栋 804。"),
        (
            "assistant",
            "如果他还要回来，谱和演出服可以先留在团里；若家属希望寄回，可寄到您提供的广州天河北路地址，并注明收件人何俊杰，寄件前先和何妈妈确认一下时间。",
        ),
    ],
]
