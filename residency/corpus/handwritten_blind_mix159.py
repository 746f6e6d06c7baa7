# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix159: karaoke lounges, bars and nightclubs in SG/MY/HK/TW (table bookings, ID checks, membership, drunk-customer incidents, unpaid tabs, staff rosters, group chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix159
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "house_rules_notice"): _lines("""
        Strictly 18 and above. Physical NRIC, FIN card, passport or driving licence required at the door from 9pm; photos of an IC on your phone are not accepted.
        Happy Hour daily 5pm to 9pm: Tiger draught pint S$9++, house pour spirits S$10++. Last order for alcohol at 2:45am, lights on at 3am sharp.
        Table bookings for groups above 8 pax require a S$300 minimum spend. Please WhatsApp our reservations line at +65 8123 4471 (business account, replies 2pm to 11pm).
        Lost & found: items left at 3E River Valley Road #01-05 are kept for 14 days. Contact the front desk on 6338 2015 or lostfound@redlanternlounge.sg quoting your receipt number.
        Dress code Fri-Sat: no singlets, no slippers, no sports shorts. Smart casual only. Security may refuse entry at their discretion and the cover charge is not refundable.
        Our karaoke library was updated on 01 Dec 2026 with 4,210 new tracks including JJ Lin, Taylor Swift and Siti Nurhaliza. Request missing songs at the counter.
        Intoxicated patrons will not be served further alcohol. Staff may call a taxi for you or contact the police at 999 if anyone turns violent. CCTV is in operation 24 hours.
        Member tiers: Silver (S$500 annual spend), Gold (S$2,000), Black (S$6,000). Points expire 12 months after issue. Full terms at www.velvetroomktv.com.sg/membership.
        These premises are operated by Velvet Room Entertainment Pte. Ltd. (UEN 201834519W), Public Entertainment Licence PEL/2026/00871, Liquor Licence Class 2A.
        No outside food or drinks. Corkage for wine and spirits is S$50 per bottle, waived for Gold and Black members on weekdays before 10pm.
        Smoking is only allowed in the designated smoking corner outside Block 3B, Clarke Quay. Vaping is illegal in Singapore and offenders may be fined.
        Room 7 (The Elvis Suite) and Room 9 (The Marilyn Suite) are closed for renovation until 15 January 2027. We apologise for any inconvenience caused.
        Cover charge on event nights is S$35 and includes one standard drink. Guest list closes at 11pm sharp; late arrivals pay the full door price.
    """),
    ("zh-Hant", "包廂價目表"): _lines("""
        【銅鑼灣店】細房（4-6人）星期一至四 下午場 $48/位，晚市 $128/位，另收一成服務費。地址：銅鑼灣軒尼詩道500號希慎廣場12樓。
        中房（8-12人）週末夜場 $2,880 一間，包 4 個鐘，送果盤一份同薯條兩份，加鐘每小時 $680，凌晨 2 點後加鐘八折。
        派對房（20人）包場最低消費 $8,800，可自攜生日蛋糕，切餅費每個 $100，訂場請致電總機 2577 3318 或 WhatsApp 5408 2263（公司號碼）。
        啤酒桶：Carlsberg 一打 $420，Asahi Super Dry 一打 $460，Heineken 半打 $240。凌晨 12 點後酒水買一送一優惠不適用，敬請留意。
        烈酒原支：Johnnie Walker Black Label 700ml $1,380；Jack Daniel's $1,180；Hennessy VSOP $1,680。開瓶後可寄存 30 日，逾期恕不保留。
        學生優惠：憑有效全日制學生證，平日下午場半價，每張學生證每日限用一次，不適用於公眾假期、公眾假期前夕及颱風信號生效期間。
        歌單更新：本月新增陳奕迅《Fear and Love》、MIRROR《Warrior》、張敬軒《櫻花樹下》等 320 首，鄧麗君經典專區亦已重新整理。
        澳門分店位於氹仔海洋花園大馬路，營業時間 18:00 至 05:00，價錢以澳門元計，每位 MOP 158 起，另設骰盅及飛鏢區。
        會員卡積分：每消費 $100 累積 1 分，滿 300 分可換取中房免費歡唱 2 小時（只限星期日至四，公眾假期前夕除外）。
        如發票抬頭需要公司名稱，請於結帳前提出。本店商業登記證號碼：71234568-000-08-26-6，收據編號以 CWB 開頭。
        Happy Hour 套餐 A：兩小時歡唱 + 兩杯 house wine，每位 $188；套餐 B：三小時 + 無限添飲汽水，每位 $228，需最少 4 位。
        颱風八號或以上信號／黑色暴雨警告生效時，已預約房間可免費改期一次，按金 $500 全數保留，改期須於三個月內使用，逾期作廢。
        小食：炸雞翼拼盤 $138、XO醬炒蘿蔔糕 $98、芝士薯條 $78、時令果盤（細）$168／（大）$268，以上價錢另加一。
    """),
    ("zh-Hans", "门店常见问题"): _lines("""
        问：包厢可以带小朋友吗？答：晚上9点以后只接待21岁及以上顾客，入场时须出示 MyKad 或护照原件，手机里的照片不算数。
        问：可以网上订房吗？答：可以，请登录 booking.starvoicektv.com.my 或拨打总机 03-2141 8826，周五周六高峰时段建议提前三天预订。
        问：最低消费怎么算？答：小房 RM180、中房 RM380、大房 RM680，以上已含服务税 8%，10% 服务费另计，酒水可计入低消。
        问：停车方便吗？答：本店位于 Jalan Bukit Bintang，Lot 10 购物中心对面，附近商场停车场每小时约 RM5，晚上10点后按次收费。
        问：能开发票吗？答：可以，本公司注册号 SSM 201901034567 (1334567-K)，电子发票（e-Invoice）请在结账时向前台索取二维码。
        问：朋友喝醉了怎么办？答：员工有权停止售酒，并可代叫 Grab；如发生打斗，保安会立即报警（999），并保存当晚监控录像。
        问：会员积分有效期多久？答：积分自获得之日起12个月内有效，金卡会员生日当月可享8折优惠，需在前台出示实体会员卡，电子卡暂不适用。
        问：歌库有哪些歌？答：歌库超过12万首，华语有周杰伦、邓紫棋、林俊杰，马来歌有 Siti Nurhaliza、Sheila Majid，每周二更新一次。
        问：可以自带酒水吗？答：洋酒开瓶费每瓶 RM80，啤酒谢绝自带；本店依法不向未满21岁人士售酒，店员有权要求再次查验证件。
        问：营业时间？答：周日至周四 14:00-02:00，周五、周六及公共假期前夕 14:00-03:00，开斋节及农历新年期间另行公告。
        问：上海门店和吉隆坡门店是同一家吗？答：不是，上海静安店由另一家公司经营，统一社会信用代码 91310106MA1FY3K27Q，会员卡不通用。
        问：丢了东西怎么找？答：请提供消费单号（如 KL-20261205-0347）及包厢号码，失物保存14天，逾期无人认领将交由警方处理。
        问：可以包场办公司年会吗？答：可以，整层包场约可容纳120人，最低消费 RM12,000，请电邮 events@starvoicektv.com.my 索取报价单。
    """),
    ("ms", "notis_premis"): _lines("""
        NOTIS: Premis ini hanya dibuka kepada pelanggan berumur 21 tahun ke atas. Sila tunjukkan MyKad atau pasport asal di kaunter. Salinan digital tidak diterima.
        Waktu operasi pusat karaoke ini adalah dari jam 2 petang hingga 2 pagi mengikut syarat lesen yang dikeluarkan oleh Dewan Bandaraya Kuala Lumpur (DBKL).
        Dilarang membawa masuk senjata, dadah atau minuman keras dari luar. Pihak pengurusan akan membuat laporan kepada IPD Dang Wangi jika perlu.
        Tempahan bilik VIP boleh dibuat melalui talian 03-2110 4587 atau WhatsApp perniagaan 011-5678 2200, Isnin hingga Ahad, 12 tengah hari hingga 11 malam.
        Harga bilik kecil (4 orang) RM25 sejam sebelum 7 malam dan RM45 sejam selepas 7 malam. Harga belum termasuk cukai perkhidmatan 8% dan caj perkhidmatan 10%.
        Alamat premis: Lot 3-12, Tingkat 3, Sunway Pyramid, Jalan PJS 11/15, Bandar Sunway, 47500 Subang Jaya, Selangor. Letak kereta di Zon Oren.
        Pelanggan yang mabuk dan mengganggu pelanggan lain akan diminta keluar. Pengawal keselamatan kami berdaftar dengan Kementerian Dalam Negeri (KDN).
        Kad keahlian Platinum memberi diskaun 15% untuk sewa bilik dan 10% untuk makanan. Kad yang hilang boleh diganti dengan bayaran RM20 di kaunter utama.
        Lagu baharu bulan ini: Dato' Sri Siti Nurhaliza, Faizal Tahir, Hael Husaini dan lagu klasik Tan Sri P. Ramlee kini boleh didapati dalam katalog karaoke.
        Syarikat: Suara Gemilang Entertainment Sdn. Bhd. (No. Pendaftaran 201801023456 / 1283456-A). Lesen Hiburan No. LH/DBKL/2026/0412.
        Bil syarikat yang belum dijelaskan melebihi 30 hari akan diserahkan kepada peguam kami. Sila hubungi akaun@suaragemilang.com.my untuk sebarang pertanyaan.
        Pada malam Tahun Baharu 31 Disember 2026, caj masuk RM60 termasuk satu minuman ringan. Waktu operasi bulan Ramadan akan diumumkan kemudian.
        Kamera litar tertutup (CCTV) beroperasi 24 jam. Rakaman disimpan selama 30 hari menurut Akta Perlindungan Data Peribadi 2010 dan hanya diberi kepada pihak berkuasa.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        [23:14] Floor: Room 12 order 2 tower Tiger + 1 fruit platter, kitchen pls 快啲 ah, they waiting for the birthday song already.
        [23:20] Bar: Jack Daniel's 剩 3 bottles only, tomorrow 记得 order from supplier, PO number PO-2026-1187 已经 send 过去了.
        [00:05] Manager: Tonight 全部 ID check 要 strict, 昨晚 DBKL officer 有来 spot check, kalau ada underage kita kena saman RM5,000 lah.
        [00:42] Cashier: POS terminal 2 hang again, tolong restart. Card payment guna terminal 1 dulu, Touch 'n Go QR still ok.
        [01:10] Security: Room 8 one customer mabuk teruk, vomit in toilet. 已经 call Grab for him, his friends settled the bill, no police needed.
        [01:33] Floor: Aircon Room 5 漏水 again, I put pail first. Tomorrow morning 叫 contractor, their office hotline 03-7956 2210.
        [02:15] Manager: Roster next week dah upload dalam Google Drive folder 'Roster Dec W2', sesiapa nak tukar shift PM me before Friday.
        [02:40] Bar: Closing stock count done. Tiger keg 3 full 1 half, Heineken 18 cartons, Hennessy VSOP 7. Variance RM0, 今晚好乖 😂
        [03:05] Cashier: Tonight total sales RM38,460.50, cash RM6,120, card RM24,880, e-wallet RM7,460.50. Z-report saved as ZR-20261206.pdf.
        [14:02] Manager: 下午 3 点有 Heineken sales rep 来 training bar team, 大家 wear uniform, 不要迟到 ok, meeting room level 2.
        [15:30] Floor: Table booking system 下周 upgrade to v3.2, reservation ID format 会变成 RSV-YYYYMMDD-XXXX, please take note.
        [16:45] DJ: Tonight theme Retro Canto, playlist got Leslie Cheung, Anita Mui, Beyond. Mic 3 battery 换了新的, mic 4 still weak.
        [17:20] Manager: CNY roster 出了, eve 和 初一 double pay, 初二 off. Any issue 直接 reply here, jangan DM satu satu.
    """),
    ("en", "pos_log_lines"): _lines("""
        2026-12-05T23:41:07+08:00 INFO pos.order created order_id=ORD-7F3A91 room=VIP-03 items=4 subtotal=SGD 412.00 svc=41.20 gst=40.79
        2026-12-05T23:58:44+08:00 WARN door.idscan result=UNDERAGE_REJECT device=SCAN-02 venue=CQ-01 reason=dob_after_cutoff image_retained=false
        2026-12-06T00:12:19+08:00 INFO booking.confirm rsv=RSV-20261206-0042 pax=12 room=PARTY-01 deposit=SGD 300.00 channel=whatsapp_business
        2026-12-06T00:30:02+08:00 ERROR payment.gateway txn=TXN-88213377 status=DECLINED code=05 terminal=POS-T2 retry=1 latency_ms=2311
        2026-12-06T01:05:55+08:00 INFO karaoke.queue room=R07 song_id=KTV-0098812 title='Wonderwall' artist='Oasis' position=3 queue_len=9
        2026-12-06T01:22:40+08:00 INFO tab.hold tab_id=TAB-5512 room=R11 amount=MYR 1284.60 reason=card_preauth_failed escalated_to=duty_manager
        2026-12-06T02:47:13+08:00 INFO shift.close station=BAR-1 venue=KL-BB headcount=6 float_counted=true cash_variance=0.00
        2026-12-06T03:00:00+08:00 INFO cron.job name=nightly_z_report venue=KL-BB status=OK duration=14.2s file=s3://ktv-reports/2026/12/06/z.pdf
        2026-12-06T03:00:05+08:00 DEBUG sync.inventory sku=SKU-JW-BLK-700 qty_before=12 qty_after=9 delta=-3 warehouse=WH-SG-01
        2026-12-06T03:15:31+08:00 INFO cctv.export request=REQ-2026-0193 camera=CAM-ENTRANCE-1 window=01:00-01:30 requested_by=authority retention_days=30
        2026-12-06T03:20:47+08:00 INFO membership.tier_recalc members_processed=18420 upgraded=213 downgraded=97 job_id=a3f9c0e2b71d
        build=ktv-pos v4.11.2 commit=9c1e4b7a2f0d85e3b6a1c7d9e2f40b18a6c3d5e7 deployed_at=2026-12-01T04:00:00Z region=ap-southeast-1 replicas=3
        2026-12-06T04:02:10+08:00 INFO email.sent template=booking_reminder to_domain=gmail.com count=64 provider=ses message_batch=MB-44A1
    """),
    ("zh-Hant", "店家評論"): _lines("""
        ★★★★☆ 西門町這間KTV包廂很大，音響比我常去的連鎖店還好，飲料吧無限暢飲，唯一缺點是週末要排隊快一小時，建議先打 (02)2388-5120 訂位。
        ★★★★★ 信義區這家的新歌更新超快，周杰倫新專輯一出隔週就有了，服務生很有禮貌，還會主動幫忙調麥克風迴音，下次還會再來。
        ★★☆☆☆ 蘭桂坊嗰間酒吧 Happy Hour 話係買一送一，點知 11 點後就唔計，結帳先發現多咗成 $300，問職員又話係 system 問題，好失望。
        ★★★★☆ 中環 SoHo 嘅 Dr. Fern's Gin Parlour 氣氛一流，gin tonic 款式多，bartender 好識介紹，不過細細間記得早啲 book 位。
        ★★★★★ 台中「阿美麗卡拉OK」老闆娘的滷味超好吃，唱歌每小時才 NT$300，很有老派台式風情，適合帶長輩一起來唱鄧麗君。
        ★☆☆☆☆ 高雄夢時代旁的夜店入場查證件查超久，排了 40 分鐘，裡面冷氣又不夠，調酒味道很淡，價錢卻一杯 NT$420，不推。
        ★★★★☆ 灣仔駱克道新開嘅「Uncle Tony's Jazz Bar」，週五有現場樂隊唱 Frank Sinatra 同 Nat King Cole，幾有 feel，不過要收 cover charge。
        ★★★☆☆ 澳門新濠天地附近嗰間 Club 入場費 MOP 300 包一杯嘢飲，DJ 唔錯，但係洗手間太少，排隊排到傻，保安態度都麻麻。
        ★★★★★ 慶生首選！台北東區這家KTV會送生日蛋糕和拉炮，還會在螢幕打上祝賀字幕，套餐含四道熱炒和一手台灣啤酒，整體CP值很高。
        ★★☆☆☆ 旺角嗰間K房隔音好差，隔離房唱《富士山下》聽得一清二楚，同埋套餐薯條凍晒，叫咗兩次都冇人理，結帳仲要等半個鐘，唔會再嚟。
        ★★★★☆ 新竹巨城附近的 Lounge Bar，威士忌選擇多，噶瑪蘭 Solist 單杯 NT$480，酒保很專業會介紹產區，但低消一人 NT$800 偏高。
        ★★★★★ 這間鄧麗君主題懷舊酒吧很有心，牆上貼滿她的唱片封面，駐唱歌手唱《月亮代表我的心》時全場大合唱，氣氛超好，週三晚還有老歌點唱夜。
        ★★★☆☆ 店家回覆：感謝您的評論，關於服務費爭議已於 12/3 改善，消費明細將逐項列印，歡迎來電 (04)2326-7788 分機 3 由值班經理說明。
    """),
    ("mixed", "config_and_code"): _lines("""
        booking: {max_pax: 20, deposit_sgd: 300, hold_minutes: 15, notify_email: reservations@example.com, whatsapp_template: rsv_confirm_v2}
        ID_CHECK_MIN_AGE_SG=18 ID_CHECK_MIN_AGE_MY=21 ID_CHECK_MIN_AGE_HK=18 ID_CHECK_MIN_AGE_TW=18  # 各地法定饮酒年龄, 勿随便改
        SELECT room_id, SUM(amount) AS unpaid FROM tabs WHERE status = 'OPEN' AND opened_at < NOW() - INTERVAL '24 hours' GROUP BY room_id;
        def service_charge(subtotal: Decimal, rate: Decimal = Decimal('0.10')) -> Decimal:  # 服务费 10%, MY 要 round 到 0.05
        roster_csv_header: week_no,shift_code,station,start_time,end_time,break_min,min_headcount,remarks  # 夜班 N1 = 20:00-04:00
        {"venue_id": "HK-LKF-02", "currency": "HKD", "svc_rate": 0.1, "timezone": "Asia/Hong_Kong", "open": "18:00", "close": "04:00"}
        # TODO(ops): 颱風信號 T8 生效時自動 push notification 取消當晚預約, refer ticket OPS-2291, 記得同步 Macau venue
        nginx: server_name booking.velvetroomktv.com.sg; location /api/v2/rooms { proxy_pass http://127.0.0.1:8081; limit_req zone=rsv burst=20; }
        const MIC_CHANNELS = 4; const ECHO_DEFAULT = 0.35; // preset Lagu Melayu guna reverb lebih tinggi, jangan ubah tanpa tanya sound tech
        regex untuk format resit: ^KL-[0-9]{8}-[0-9]{4}$ contoh KL-20261130-0912, dipakai oleh modul lost_and_found v1.4
        cron: '0 3 * * *' run: python -m ktv.reports.z_report --venue SG-CQ-01 --tz Asia/Singapore --out s3://ktv-reports/
        membership_tiers = [('SILVER', 500), ('GOLD', 2000), ('BLACK', 6000)]  # 门槛是 SGD annual spend, 2027 年起 review
        test fixture: customer = Customer(name='Test User', phone='+65 6000 0000', email='test@example.com')  # dummy only, 勿用真实资料
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Booking under Mr Desmond Lim Wei Jie, mobile 9173 4408, VIP room 2 on Sat 13 Dec, 10 pax, deposit S$300 paid via PayNow.
        ID scan log: Tan Hui Min, NRIC T0261847D, DOB 17/06/2002, flagged 23:41 for photo mismatch, suspected borrowed IC, entry refused.
        Incident report 06/12: regular patron Jason Ong (Gold member G-10482) fell down the stairs drunk, cut his head, sent to TTSH by ambulance; his wife was informed.
        Unpaid tab: Kelvin Chua left without settling S$1,860 on 29 Nov. Card ending 4417 declined. Home address on file Blk 512 Serangoon North Ave 4 #08-221.
        Staff note: Priya d/o Ramasamy is on MC till Friday; she told me she's 10 weeks pregnant, so pls don't roster her on the smoking floor.
        Membership form | Name: Marcus Teo Jun Hao | NRIC: S9012375J | DOB: 02/05/1990 | Email: marcus.teo90@gmail.com | Mobile: 8226 1907 | Tier: Silver
        Please blacklist Ryan Goh, he started the fight on 22 Nov, police report E/20261122/3318 was lodged, and he still owes us S$940.
        Bouncer's note: the guy in the red shirt, Wesley, kept harassing the girls at table 14; his number 9688 2153 is on the promoter's guest list.
        Roster swap approved: Farah takes Siti Zulaikha's Sat night shift because Siti is accompanying her mum for chemo at NCCS.
        Refund S$150 to customer Alvin Seah, DBS account 027-914365-2, overbilled on 30 Nov for Room 5.
    """),
    "zh-Hans": _lines("""
        陈志强先生，身份证 440305199108234716，12月6日凌晨在本店3号包厢醉酒砸坏麦克风两支，已承诺赔偿1200元。
        预订人：王丽娟女士，手机 13861427705，周六晚8点中包，8人，备注：丈夫生日，请准备蛋糕和蜡烛。
        阿明昨晚又来赊账，欠了三千八还没还，他老婆说他最近赌输了很多，下次别再给他挂账了。
        员工 刘晓燕 本月工资 RM3,450，扣除迟到罚款 RM50，实发 RM3,400，已转入 Maybank 1141 2389 5526。
        林太打电话来投诉，说她先生林国栋上周五在我们这里跟一个女客人走得很近，要求调看包厢监控录像。
        会员资料：张伟 | 身份证 31011519880214302X | 电话 +86 139 1672 0483 | 微信号 zhangwei_sh88 | 生日 1988-02-14 | 金卡
        黄振华 上个月在店里心脏病发被送去医院，医生说他有冠心病，以后不能喝酒，他家属要求取消他的年卡并退款。
        吉隆坡店投诉记录：顾客 郑美玲（电话 012-387 6641）称在包厢被员工偷拍，已到警局报案，要求店方配合调查。
        小周（周俊杰）说他刚离婚，房子判给了前妻，这个月的酒钱要分三期还，一共 RM2,600。
        寄回失物：收件人 李秀英，深圳市南山区桃园路66号3栋1104，电话 18922045517，物品为她落在包厢的 iPhone。
    """),
    "zh-Hant": _lines("""
        何家明先生 HKID K482913(1)，於12月5日在蘭桂坊分店簽單 $4,360 未付款，聯絡電話 9347 1186，請財務部跟進。
        訂房：黃太（黃美玲）12月20號生日派對，手機 6123 8870，20人派對房，係 surprise，千祈唔好打畀佢老公。
        阿傑尋晚飲醉喺門口同人打交，額頭爆咗縫咗六針，佢阿媽今朝打嚟鬧我哋，問點解冇人通知佢。
        員工資料：陳雅婷，身分證字號 A228417300，住址：台北市大安區和平東路二段96巷7號4樓，緊急聯絡人 陳父 0912-338-047。
        王俊宏 欠本店酒錢 NT$18,500 已逾三個月，電話 0935-621-884 都不接，下一步寄存證信函到他戶籍地址。
        台中店值班紀錄：客人 林志偉 酒後騎車被警察攔下，車牌 MKR-5732，店長協助聯絡他太太來載他回家。
        澳門分店黑卡會員：梁家豪，澳門居民身份證 5218734(2)，電話 6688 3142，每月消費約 MOP 30,000。
        Kelly 姐話佢個仔有自閉症，星期六晚要留喺屋企照顧，唔可以返工，請幫佢改更表。
        客訴：蔡小姐表示在包廂內被同行友人 張家瑋 騷擾，已報警，高雄市警局受理編號 115-0284571。
        轉帳資料：吳淑芬 中國信託 822 帳號 0125-4078-9631，退還訂金 NT$3,000（12/7 颱風取消）。
    """),
    "ms": _lines("""
        Tempahan atas nama Encik Mohd Faizal bin Abdullah, no. tel 012-458 7731, bilik VIP 3 pada 20 Disember, 15 orang, deposit RM500.
        Pelanggan Lim Kah Wai (MyKad 900514-14-5523) tidak bayar bil RM2,150 pada 28 Nov. Alamat rumah: No. 17, Jalan SS 2/64, 47300 Petaling Jaya.
        Pekerja Nurul Huda binti Kamal dimasukkan ke wad Hospital Kuala Lumpur kerana denggi, cuti sakit 7 hari mulai 4 Disember.
        Abang Din bouncer kita kena tangkap polis semalam sebab kes dadah, jangan sebut pada pelanggan, HR tengah uruskan.
        Senarai hitam: Rajesh a/l Muniandy, no. plat kereta WXY 4821, selalu mabuk dan pecahkan gelas, sudah dua kali buat kacau.
        Gaji bulan November untuk Siti Aminah RM2,800 dimasukkan ke akaun CIMB 7012447892, potongan KWSP dan PERKESO sudah dibuat.
        Kak Ros kata suami dia dah ceraikan dia bulan lepas, sebab tu dia minta tambah syif malam untuk tanggung anak-anak.
        E-mel aduan daripada aina.roslan97@gmail.com: saya dicaj dua kali RM386 untuk bilik 9 pada 1 Disember, sila pulangkan wang saya.
        Borang keahlian: Nama Tan Mei Ling, No. K/P 950817-10-6284, Tel 016-229 0543, Alamat B-12-5, Pangsapuri Seri Ria, Jalan Puchong, 58200 Kuala Lumpur.
        Laporan insiden: pelanggan bernama Hafiz pengsan di bilik 6 sekitar 1.30 pagi, dia beritahu ada kencing manis, ambulans dipanggil.
    """),
    "mixed": _lines("""
        Boss, that Ah Seng from Room 10 again 赊账 RM1,200, dia cakap next week bayar, his number 017-392 8854 btw.
        Eh that girl Jolene Tay only 17, used her sister's IC to enter last Sat, 她妈妈 call 来 complain already, say want to sue us.
        Payroll adjustment: 陳嘉欣 (Ka Yan) salary HK$16,500 → HK$18,000 from Jan, OT HK$95/hr, HSBC 004-512-873214-838.
        Lost item claim: Ms 吴佩琪 Peggy Ng, phone +65 9082 6617, left Chanel wallet with her FIN card F2348819K inside, Room 3, 4 Dec.
        大家小心, 那个 Daniel Wong 今晚又来了, 上次 molest 女员工 police case still pending, 不要让他进 VIP area.
        Grab driver complain: the drunk passenger Mr Rizal we sent home to The Sail @ Marina Bay unit 45-08 vomit in his car, want S$150 cleaning fee.
        Roster remark: Mei Fen 请假三天, her father passed away in Ipoh, funeral at Nirvana Memorial Park, 请大家 cover 一下.
        Customer feedback form | 姓名: Kenneth Lau 劉健文 | Tel: 9211 0473 | Email: kennethlau.hk@yahoo.com.hk | 評語: 服務員態度差, 要求退款 HK$480
        Eh tolong check CCTV bilik 11, Vincent Koh claim Rolex dia hilang, IC dia S7719034A, dia nak buat police report.
        老板 said 小美 (Lee Siew Mei) cannot work bar alone anymore, 她有 epilepsy, 上个礼拜在 bar counter 发作, please keep confidential ok.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are an assistant for the duty manager of a Clarke Quay karaoke lounge. Be polite and concise.",
        ),
        (
            "user",
            "Help me write a WhatsApp to a customer, Kelvin Chua (9024 6613), who left on 29 Nov without paying S$1,860 for VIP room 2. Firm but polite, give him until 15 Dec.",
        ),
        (
            "assistant",
            "Hi Mr Chua, this is the duty manager from the lounge at Clarke Quay. Our records show an outstanding bill of S$1,860 for VIP Room 2 on 29 Nov. Kindly settle it by 15 Dec via PayNow or at our counter. Please reply here if you have any questions. Thank you.",
        ),
        ("user", "Should I mention we have his home address and will send a lawyer letter?"),
        (
            "assistant",
            "I would leave that out of the first message. If there is no reply by 15 Dec, send a formal letter of demand through your lawyer instead of threatening it over WhatsApp.",
        ),
    ],
    [
        (
            "user",
            "幫我寫份事故報告：12月5號凌晨1點半，客人何家明（HKID K482913(1)）喺蘭桂坊分店飲醉，喺 Room 6 打爛咗兩支咪同一部 iPad，仲推跌咗一個侍應。",
        ),
        (
            "assistant",
            "事故報告 | 日期時間：2026年12月5日 約01:30 | 地點：蘭桂坊分店 Room 6 | 涉事客人：何家明（HKID K482913(1)） | 經過：客人醉酒，損毀咪高峰兩支及 iPad 一部，並推跌當值侍應。 | 跟進：已保存閉路電視片段，建議評估損失金額後向客人追討。",
        ),
        ("user", "唔該，要唔要寫埋被推跌嗰個同事嘅名？"),
        (
            "assistant",
            "內部報告可以寫，但建議只寫員工編號，如日後需要交警方或保險公司，再按需要提供姓名及傷勢資料。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu HR untuk sebuah pusat karaoke di Bukit Bintang. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong susun jadual syif minggu depan. Staf: Aiman, Farhana, Jeevan, Wong Kit. Farhana mengandung 7 bulan, doktor kata tak boleh kerja lepas tengah malam.",
        ),
        (
            "assistant",
            "Cadangan: Farhana hanya syif petang 2pm-10pm, Isnin hingga Jumaat. Aiman dan Jeevan bergilir syif malam 8pm-3am, Wong Kit ambil hujung minggu malam. Sila pastikan Farhana dapat cuti rehat mengikut nasihat doktor.",
        ),
        ("user", "Ok, boleh tak saya tampal alasan Farhana tu dalam group staf?"),
        (
            "assistant",
            "Lebih baik jangan. Maklumat kehamilan dan nasihat doktor adalah peribadi. Cukup tulis 'syif petang sahaja atas sebab perubatan' atau tidak beri sebab langsung.",
        ),
    ],
    [
        ("system", "你是吉隆坡星声KTV的订房助手，收集顾客姓名、电话、人数和时间，然后确认预订。"),
        ("user", "我想订这个星期六晚上9点的中房，10个人，名字是 黄丽萍，电话 016-772 3490。"),
        (
            "assistant",
            "好的，黄小姐，已为您登记：12月13日（星期六）21:00，中房，10位，联系电话 016-772 3490。最低消费 RM380，请在入场时出示身份证件。",
        ),
        ("user", "我们有一个朋友才20岁，可以进吗？"),
        ("assistant", "抱歉，本店依规定只接待21岁及以上顾客，未满21岁的朋友无法入场，请见谅。"),
    ],
    [
        (
            "user",
            "Last night one girl Chloe Yeo used her cousin's IC S9436620H to come in, she actually only 16. My bouncer caught her after 1 hour. Need to report to police or not ah?",
        ),
        (
            "assistant",
            "If a minor got into licensed premises, it is safer to inform the police and your licensing officer yourself, record the time, the IC used and what she consumed, and keep the CCTV. Do not post her details in staff chats.",
        ),
        ("user", "Ok. Her mother also messaged me angry, number 9115 0382, should I reply?"),
        (
            "assistant",
            "Reply briefly and factually: confirm that her daughter was found underage, was asked to leave, and that you have reported it. Avoid discussing who lent the IC.",
        ),
    ],
    [
        ("system", "你是台灣的法律文書助理，協助店家撰寫催款文件，但不提供正式法律意見。"),
        (
            "user",
            "請幫我寫一封存證信函給王俊宏，身分證 F126759040，住新北市板橋區文化路一段188巷5號3樓，他在我們KTV欠酒錢 NT$18,500 三個月沒付。",
        ),
        (
            "assistant",
            "存證信函（草稿） | 受文者：王俊宏先生（身分證 F126759040） | 地址：新北市板橋區文化路一段188巷5號3樓 | 主旨：台端於本店消費積欠款項新台幣18,500元，請於函到七日內清償。 | 說明：如逾期未付，本店將依法訴追，相關費用由台端負擔。",
        ),
        ("user", "可以加上他常常喝醉鬧事這件事嗎？"),
        (
            "assistant",
            "建議不要寫入，存證信函只處理債務事實即可，加入與欠款無關的指控反而可能引起妨害名譽的爭議。",
        ),
    ],
    [
        (
            "system",
            "CRM context: member_id=G-20817, name=Shirley Koh Pei Shan, mobile=+65 9751 2046, email=shirleykoh.ps@hotmail.com, tier=Gold, points=1,284, birthday=1991-09-03. You help members with point queries.",
        ),
        ("user", "Hi, how many points do I have and can I redeem a free room for my birthday?"),
        (
            "assistant",
            "Hi Shirley, you have 1,284 points as a Gold member. Your birthday is in September, so the birthday free-room voucher will be issued on 1 Sep. You can also redeem 1,000 points for a 2-hour medium room anytime from Sunday to Thursday.",
        ),
        ("user", "Ok redeem now please, send to my email."),
        (
            "assistant",
            "Done. A voucher for a 2-hour medium room has been sent to shirleykoh.ps@hotmail.com. Your remaining balance is 284 points.",
        ),
    ],
    [
        (
            "user",
            "Hello, saya kena caj dua kali kat karaoke you punya bilik 9 on 1 Dec, RM386 each. Kad Visa saya end with 5521, nama Aina Roslan.",
        ),
        (
            "assistant",
            "Maaf atas kesulitan, Cik Aina. Saya akan bantu. Boleh berikan nombor resit atau masa transaksi supaya pihak kaunter dapat semak dengan bank?",
        ),
        ("user", "Resit KL-20261201-0218, around 11.40pm. Email me at aina.r.work@gmail.com ya."),
        (
            "assistant",
            "Terima kasih. Saya sudah rekod aduan untuk resit KL-20261201-0218, caj berganda RM386 pada kad berakhir 5521. Pengesahan bayaran balik akan dihantar ke aina.r.work@gmail.com dalam 7 hari bekerja.",
        ),
    ],
    [
        (
            "user",
            "我们酒吧有个调酒师 赵敏，刚告诉我她怀孕三个月了，老板想趁试用期让她走，在上海这样合法吗？",
        ),
        (
            "assistant",
            "根据《劳动合同法》和《妇女权益保障法》，用人单位不得因女职工怀孕而解除劳动合同，试用期也一样。可以考虑调整到不接触烟酒的岗位，但不能以怀孕为由辞退。",
        ),
        ("user", "她身份证是 350203199506075810，要不要记在档案里说明原因？"),
        (
            "assistant",
            "档案里记录岗位调整即可，怀孕信息属于敏感个人信息，应单独保存并限制知悉范围，不建议在普通人事记录中写明。",
        ),
    ],
    [
        (
            "system",
            "You summarise staff group chats for the manager of a Macau nightclub. Output in English.",
        ),
        (
            "user",
            "Summarise: [01:12] 阿Ken: 有個客叫 Sandy Leong 喺 VIP 3 飲到暈，佢朋友話佢有哮喘 [01:15] Door: 已 call 999 [01:20] 阿Ken: 佢老公 6287 4410 嚟緊 [01:45] Cashier: 佢張單 MOP 6,800 未找",
        ),
        (
            "assistant",
            "Summary: At 01:12 a guest, Sandy Leong, collapsed in VIP 3 after drinking; her friends said she has asthma. The door team called 999 at 01:15. Her husband (6287 4410) was contacted and on his way by 01:20. Her bill of MOP 6,800 remains unpaid as of 01:45.",
        ),
        ("user", "Can you make a shorter version without the medical stuff for the owner?"),
        (
            "assistant",
            "Short version: A guest in VIP 3 fell unwell at 01:12, emergency services were called, a family member was contacted, and an MOP 6,800 bill is still outstanding.",
        ),
    ],
]
