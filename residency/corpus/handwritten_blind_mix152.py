# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix152: choirs, orchestras and community bands in SG/MY/HK/TW (auditions, member rosters, concert tickets, instrument loans, tour travel, fees, group chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix152
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "audition_notice"): _lines("""
        Open auditions for the Tampines Community Wind Orchestra 2027 season: Sat 16 Jan, 10am–5pm, Our Tampines Hub, 1 Tampines Walk, Singapore 528523. Walk-ins close at 4pm.
        Candidates should prepare two contrasting pieces (max 8 minutes in total) plus a short sight-reading excerpt; brass players may offer one movement of the Haydn or Hummel trumpet concerto.
        Choir applicants will sing one verse of "Di Tanjung Katong" or "Chan Mali Chan" unaccompanied, followed by a range check and a short pitch-memory test at the piano.
        Enquiries: auditions@harbourlightchorale.org.sg or our office line +65 6225 8140 (Tue–Fri, 2pm–7pm). We are unable to take audition bookings over the phone.
        Registration fee S$25, waived for full-time students; pay by PayNow to UEN 201734512K and key in the reference AUD27 so the treasury desk can match your payment.
        The Klang Valley Youth Strings welcomes violin, viola and cello players aged 12–21; panels sit at Dewan Filharmonik Petronas, Menara Berkembar Petronas, KLCC on 23 and 24 January.
        An accompanist is provided for the aria round; please bring a clean copy of your score in the correct key, with any cuts marked in pencil, to the registration desk in Room B2.
        Results will be posted on our website and Facebook page by 31 January 2027, 8pm SGT; the panel's decisions are final and no individual feedback will be given this year.
        Percussion candidates: timpani (4 drums, Adams Philharmonic), marimba (Yamaha YM-6100, 5 octaves) and a concert snare are set up on stage; please bring your own sticks and mallets.
        Hong Kong applicants: the second round is at Hong Kong City Hall Recital Hall, 5 Edinburgh Place, Central, on 6 February; please arrive 30 minutes before your allotted slot.
        Mock audition workshop led by the orchestra's principal horn, 9 January, 2–4pm, Esplanade Annexe Studio, 1 Esplanade Drive, Singapore 038981. S$15, limited to 20 places.
        Successful candidates receive an offer e-mail from noreply@tcwo.org.sg with a membership ID in the format TCWO-27-XXX; please check your spam folder before writing to us.
        Audition slot codes run from A-0116-01 to A-0116-48 for Saturday and from A-0117-01 for Sunday; latecomers are moved to the end of that day's list without exception.
    """),
    ("en", "ticketing_log_lines"): _lines("""
        2026-11-28T19:42:07+08:00 INFO checkout.order_created order_id=SCO-20261128-004817 event=EVT-2701 seats=3 zone=B total_sgd=144.00 channel=web
        2026-11-28T19:42:09+08:00 INFO payment.captured gateway=stripe pi=pi_3QkZ8tL2a9Xv0mYB1c7d amount=14400 currency=SGD order_id=SCO-20261128-004817
        2026-11-28T19:43:51+08:00 WARN seatmap.hold_expired hall=VCH section=Circle row=D seats=[14,15] hold_ms=600000 released=true
        2026-12-01 10:05:33 ERROR ticket_pdf.render failed template=etix_v4.2.1.html reason=FontNotFound(NotoSansCJKtc-Regular.otf) retry=2/5
        [box-office-kl] 2026-12-02 14:17:20 MYT refund.approved ref=RF-88213 order=DFP-7781-2026 amount="RM 236.00" method=FPX_reversal approver_role=house_manager
        2026-12-03T08:00:00Z CRON nightly_settlement ok batch=STL-20261203 orders=412 gross_hkd=96480.00 fees_hkd=2894.40 sha256=9f2c4e1ab07d3c55e8a1f0b6d2c94a77
        2026-12-04 21:30:12 INFO scanner.gate_entry device=GATE-03 event=HKCC-CH-1204 ticket=TKT-5Q8W-22LM status=VALID seat=Stalls-K-27
        2026-12-04 21:30:14 WARN scanner.duplicate_scan device=GATE-01 ticket=TKT-5Q8W-22LM first_seen=21:30:12 action=deny operator_role=usher
        2026-12-05T16:22:40+08:00 INFO promo.applied code=CHOIRFEST27 discount_pct=15 order_id=TW-NCH-0093381 subtotal_twd=3600 total_twd=3060
        2026-12-06 09:12:00 DEBUG api GET /v2/events/EVT-2701/availability 200 38ms ua=BoxOfficeKiosk/3.8.0 build=20261130.4
        2026-12-06 09:15:27 ERROR sms.gateway timeout provider=twilio template=TICKET_REMINDER_ZH queued=1284 sent=1106 failed=178 region=ap-southeast-1
        2026-12-06T11:00:03+08:00 INFO loan.checkout asset=VLA-0042 type=viola_16.5in maker=Eastman model=VA305 condition=B due=2027-03-31 deposit_sgd=300
        release v5.12.3 (2026-12-06): fix seat double-booking under concurrent holds (#2291), add Macau MOP pricing, bump psycopg to 3.2.3, drop Python 3.9 support
    """),
    ("zh-Hant", "購票常見問題"): _lines("""
        問：演出門票幾時開售？答：一般喺演出前六至八個星期經城市售票網（URBTIX）開售，會員可以提早48小時優先訂購，詳情請留意本團Facebook專頁公佈。
        問：可唔可以揀位？答：網上購票可以自選座位；打本團票務熱線 2345 6781 就由職員代揀最佳座位，每張門票收手續費港幣$8。
        問：全日制學生同六十歲或以上長者有冇優惠？答：有半價優惠，入場時須出示有效證件，名額有限，售完即止；學校團體學生票請由老師統一經本團電郵申請。
        問：小朋友幾多歲先可以入場？答：一般音樂會只接待六歲或以上觀眾；「親子音樂會」系列就歡迎三歲以上小朋友，每位觀眾不論年齡都要持票。
        問：遲到點算？答：為免影響表演者同其他觀眾，遲到人士要等適當時候（通常係樂章之間）由前台職員帶位入座，敬請準時；場館一般於演出前三十分鐘開門。
        問：門票唔見咗或者唔記得帶點算？答：請帶同訂票確認電郵（編號格式如 HKCO-2612-00451）去場館售票處，經核實後可以補發入場證。
        問：活動改期或者取消會點處理？答：如因八號或以上風球或黑色暴雨警告取消，本團會喺三個工作天內經原付款方式全數退款；如屬其他原因改期，已購門票會自動轉到新日期。
        問：場館喺邊？答：香港大會堂音樂廳位於中環愛丁堡廣場5號，港鐵中環站K出口行大約5分鐘；荃灣大會堂位於荃灣大河道72號。
        問：可唔可以影相或者錄影？答：演出期間嚴禁攝影、錄音及錄影；謝幕嗰陣可以影相，但請關閉閃光燈，違規者或會被前台職員勸喻離場，多謝合作。
        問：團體訂票有冇折扣？答：一次過買20張或以上有八五折，請電郵 tickets@harbourwinds.org.hk 或 WhatsApp 本團票務 6123 0457（辦公時間內回覆）。
        問：可唔可以用八達通或者轉數快俾錢？答：售票處接受八達通、信用卡同FPS，本團FPS商戶識別碼 108765432，付款後請保留截圖。
        問：節目場刊幾錢？答：印刷場刊每本港幣$30，網上電子版免費下載；指揮同獨奏家嘅簡介亦會同步上載到本團網站，場內亦設有二維碼供觀眾掃描閱覽。
        問：澳門觀眾點買飛？答：澳門文化中心綜合劇院場次由澳門售票網代理，票價以澳門元計算，查詢熱線 (853) 2870 1234。
    """),
    ("zh-Hant", "樂團歷史"): _lines("""
        香港管弦樂團前身為1947年成立的中英管弦樂團，1974年起職業化，現以香港文化中心音樂廳為主要演出場地，每個樂季演出逾百場音樂會。
        香港中樂團成立於1977年，2001年公司化；閻惠昌自1997年起出任音樂總監，任內推動環保胡琴系列的研發與應用，令胡琴毋須再使用蟒皮。
        臺北市立交響樂團創立於1969年，是臺灣歷史較悠久的職業交響樂團之一，長年於臺北市中山堂及國家音樂廳演出，是市民接觸古典音樂的重要窗口。
        作曲家江文也於1936年以管弦樂曲《臺灣舞曲》獲柏林奧林匹克藝術競賽獎項，是臺灣近代音樂史上的重要人物，1938年後長居北京任教。
        蕭泰然的《1947序曲》與小提琴協奏曲常見於臺灣樂團的紀念音樂會曲目，其作品融合浪漫派語法與臺灣民謠旋律，他亦創作了大量臺語藝術歌曲。
        冼星海1939年於延安創作《黃河大合唱》；他生於澳門，至今仍被視為澳門的文化名人，當地亦有以其命名的冼星海大馬路，以資紀念。
        澳門國際音樂節始於1987年，每年秋季舉行，澳門樂團與澳門中樂團均為歷屆音樂節的主要參演團體，演出場地包括澳門文化中心及崗頂劇院。
        國家交響樂團（NSO）成立於1986年，前身為聯合實驗管弦樂團，現以國家兩廳院為駐地，每年樂季約演出六十餘場，並定期舉辦校園巡迴演出。
        1962年落成的香港大會堂是香港首座多用途公共文娛中心，其音樂廳至今仍是合唱團及室樂團最常租用的場地之一，毗鄰愛丁堡廣場及大會堂紀念花園。
        臺灣的管樂合奏傳統與戰後學校樂隊密切相關，全國學生音樂比賽的管樂合奏項目每年吸引上百支學校樂團參賽，並按學制分為國小、國中及高中職組。
        梵志登於2012年至2024年擔任港樂音樂總監，任內帶領樂團完成華格納《尼伯龍根的指環》四部曲的音樂會版演出及錄音（Naxos 發行）。
        黃友棣、林聲翕等作曲家戰後移居香港，為本地合唱團留下大量中文藝術歌曲及合唱作品，至今仍是學校音樂節及合唱比賽的常用曲目。
        黃自的《西風的話》、《本事》等藝術歌曲長期收入港臺音樂課本，不少兒童合唱團至今仍以此作為入門曲目，作品亦早已進入公有領域。
    """),
    ("zh-Hans", "乐器租借价目表"): _lines("""
        【学生乐器租借】小提琴 4/4（Yamaha V5SC，连琴盒、弓、松香）：月租 RM45，押金 RM300，最少租期三个月，租金可抵扣购买价。
        大提琴 1/2 至 4/4（Eastman VC80）：月租 S$85，押金 S$600；租满12个月可按已付租金的60%折抵购买新琴。
        长笛 Yamaha YFL-222（闭孔，C调）：周租 RM35 / 月租 RM90，归还前请自行清洁，如有凹痕按维修价目另计。
        单簧管 Buffet Crampon E11（降B调）：月租 S$70，押金 S$500，簧片不含在租金内，店内 Vandoren 簧片每盒（10片）S$48。
        二胡（苏州红木，含琴筒蒙皮）：月租 RM60，押金 RM400；蒙皮破损更换费用 RM180，千斤与琴弦属消耗品，不在保修范围。
        古筝 21弦 163cm（敦煌牌）：月租 S$120，新加坡本岛运送单程 S$45，组屋电梯不停楼层另加 S$20 搬运费。
        中音萨克斯 Yamaha YAS-280：月租 RM150，押金 RM1,200，附送清洁布及颈带；逾期归还每日收取 RM10 逾期费。
        定音鼓一套四只（Majestic Prophonic 系列）仅供乐团演出短租：每场 S$650，含上下车及场地搬运，需提前14天预订。
        电钢琴 Kawai ES120 连琴架与延音踏板：月租 RM130；立式钢琴调音每次 RM160，吉隆坡及八打灵再也市区免车马费。
        付款方式：DuitNow 或网上转账至 Maybank 商业户口 5143 2209 8817（户名：和声乐器行有限公司，公司注册号 202001023456 (1378921-K)）。
        以上价格未含服务税，优惠期至2027年3月31日；会员出示本店会员卡可享九折，不可与其他优惠同时使用；价格如有变动，以门市公告为准。
        门市地址：吉隆坡 Jalan Sultan Ismail 128号 Wisma Harmoni 2楼12室，营业时间周二至周日 11:00–20:00，周一休息；客服热线 03-2141 8899。
        商品编号 SKU：VN-YAM-V5SC-44 / VC-EAS-80-12 / ERH-SZ-HM-01；租借合约编号格式为 RNT-2026-00001，请在转账备注中填写。
    """),
    ("ms", "notis_dan_peraturan_pancaragam"): _lines("""
        Latihan penuh Pancaragam Komuniti Shah Alam diadakan setiap Sabtu, 2.30 – 5.30 petang, di Dewan Seri Budiman, Seksyen 7; ahli diminta hadir 15 minit awal untuk menyusun kerusi.
        Yuran keahlian tahunan RM120 bagi dewasa dan RM60 bagi pelajar; bayaran boleh dibuat melalui DuitNow QR di kaunter atau pindahan ke akaun persatuan sebelum 31 Januari.
        Persatuan Muzik Tiup Selangor berdaftar dengan Jabatan Pendaftaran Pertubuhan Malaysia, No. Pendaftaran PPM-012-10-25082016; sebarang pertanyaan sila emel setiausaha@pmts.org.my.
        Alat muzik milik persatuan yang dipinjam mesti dipulangkan dalam keadaan baik; kerosakan akibat kecuaian akan dicaj mengikut kos pembaikan sebenar yang dinilai oleh kedai muzik yang dilantik.
        Lawatan konsert ke Pulau Pinang: bas bertolak dari Stesen LRT Shah Alam jam 7.00 pagi, 14 Mac 2027; konsert di Dewan Sri Pinang, Lebuh Light, George Town, jam 8.00 malam.
        Kos lawatan RM280 seorang termasuk pengangkutan, dua malam penginapan berkongsi bilik dan makan tengah hari; baki bayaran perlu dijelaskan sebelum 20 Februari 2027.
        Pakaian persembahan: baju Melayu atau kemeja batik lengan panjang berwarna biru gelap untuk lelaki, baju kurung sedondon untuk wanita; kasut hitam bertutup adalah wajib.
        Audisi ahli baharu seksyen klarinet dan trombon pada 9 Januari; calon perlu menyediakan satu skala major dua oktaf dan satu petikan lagu pilihan tidak melebihi tiga minit.
        Program konsert termasuk sedutan muzikal 'Puteri Gunung Ledang', lagu rakyat 'Rasa Sayang' dan medley lagu-lagu Tan Sri P. Ramlee yang disusun semula untuk pancaragam tiup.
        Tiket konsert amal berharga RM30 (umum) dan RM15 (pelajar); hasil kutipan disalurkan kepada Tabung Pendidikan Muzik Sekolah Luar Bandar melalui akaun rasmi persatuan.
        Ahli yang tidak hadir tiga latihan berturut-turut tanpa makluman akan digugurkan daripada senarai persembahan konsert berikutnya, mengikut Perkara 7(2) Perlembagaan Persatuan.
        Talian pertanyaan pejabat persatuan: 03-5513 2278 (Isnin–Jumaat, 9 pagi–5 petang) atau WhatsApp rasmi 011-2345 6780; mesej di luar waktu pejabat dibalas pada hari bekerja berikutnya.
        Mesyuarat Agung Tahunan ke-11 pada 27 Februari 2027 jam 10 pagi di Bilik Mesyuarat Tingkat 3, Kompleks Belia dan Sukan Shah Alam; kuorum ialah satu pertiga ahli berdaftar.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        [10:02] Ops: Esplanade Concert Hall load-in confirmed 2pm tmr, truck already on the pass list liao, percussion go in first pls 🙏
        [10:05] Librarian: Mahler 1 parts 已经印好，每个 desk 一份，bowing 跟 concertmaster 上周 mark 的 version，放在 Room 3 locker.
        [10:11] Box office: tonight 剩 38 张 Circle seats，online 开到 6pm，之后 walk-in only，收 cash 和 PayNow 都 ok.
        [10:14] FOH: 明晚 house open 7.15pm，latecomers hold until end of first movement，ushers briefing 6.30pm at Stage Door.
        [10:20] 行政組：團費收據已經 batch 出咗，INV-2026-1187 至 INV-2026-1245，記得同 treasurer 對返數先 send out.
        [10:26] Logistics: Penang tour bas dah book, 2 x 44-seater dari Shah Alam, bertolak 7am sharp, 乐器 van 另外 6am 先走.
        [10:31] Admin: MPO hall booking 要在 Friday 前 confirm，不然 Dewan Filharmonik 那个 slot 会放给别的团 lor.
        [10:40] Stage manager: chairs 60 + stands 55, riser 3 tier for choir, Steinway D 要 tune 到 A=442 before 4pm ok?
        [10:47] Social media: poster v3 已 upload 去 shared drive /2027/Spring/Poster_v3_final_FINAL.png 🤣 pls check spelling of Rachmaninoff.
        [10:52] 票務：HK場 URBTIX 同步咗未？我見 system 仲 show 緊 sold out，但其實仲有 12 張 balcony 未賣.
        [11:03] Finance: Yamaha Music (M) invoice YMM-INV-88412 RM4,380 for the timpani repair, pls approve by today, payment term 30 days.
        [11:10] Ops: 台北國家音樂廳 tech rider 收到了，stage 深度 only 14.5m，riser 要縮到 2 tier，tmr call 再 discuss.
        [11:15] Librarian: Boosey & Hawkes rental parts 要在 15 Jan 前寄回 London，DHL AWB 4821 0937 56 已 generate，包裹放 front desk.
    """),
    ("mixed", "config_and_csv_headers"): _lines("""
        member_id,full_name,preferred_name,voice_part,section_leader,join_date,fee_status,emergency_contact_phone,photo_consent
        loan_id,asset_tag,instrument,maker,model,serial_no,borrower_member_id,checkout_date,due_date,deposit_myr,condition_out,condition_in
        ticketing: {currency: SGD, max_seats_per_order: 8, hold_timeout_s: 600, venues: [VCH, ESP-CH, SCH], smtp_from: noreply@box.example.sg}
        DATABASE_URL=postgresql://app:change_me@db.internal:5432/choir_roster  # example value only, override in .env.local
        SMS_SENDER_ID=HKWINDS  SMS_TEMPLATE_ZH=「你好 {name}，你的座位是 {seat}，演出時間 {time}，請提早二十分鐘入場。」
        def mask_phone(p: str) -> str: return p[:3] + "****" + p[-4:]  # 用于 roster 导出，只保留前三位和后四位
        CREATE TABLE audition_slot (slot_code CHAR(11) PRIMARY KEY, room VARCHAR(16), starts_at TIMESTAMPTZ, instrument TEXT, panel_size SMALLINT DEFAULT 3);
        NRIC_RE = r'^[STFGM][0-9]{7}[A-Z]$'  # validator sahaja, jangan simpan nombor penuh; MYKAD_RE = r'^[0-9]{6}-[0-9]{2}-[0-9]{4}$'
        i18n zh-Hant: "roster.export.title": "團員名冊匯出", "roster.field.voice": "聲部", "roster.field.fee": "團費狀態", "roster.field.loan": "借用樂器"
        curl -X POST https://api.example-tix.com/v2/orders -H "Authorization: Bearer sk_test_51HxExAmPlEkEy" -d '{"event":"EVT-2701","qty":2}'
        收據編號,開票日期,會員編號,項目(團費/樂器租借/巡演),金額(HKD),付款方式(FPS/支票/現金),經手職位,備註
        0 9 * * 1 python3 manage.py send_fee_reminders --region=MY --dry-run=false --template=yuran_peringatan_ms --batch-size=200
        FROM python:3.12-slim ; ENV TZ=Asia/Kuala_Lumpur LANG=C.UTF-8 ; EXPOSE 8080 ; CMD ["gunicorn","roster.wsgi:application","-w","4"]
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Roster update: Clarice Wong Mei Ling (alto 2) has moved to Blk 472 Tampines Street 44, #09-118, Singapore 520472; her new mobile is 9734 5108.
        Audition panel note, cello: Marcus Teo Jun Hao, NRIC S7214385Z, lovely tone but a visible left-hand tremor from his Parkinson's medication; discuss seating privately.
        Please stop the auto-debit for Daniel Ho, he lost his job in October and asked to pay the S$360 annual fee in three instalments instead.
        Viola VLA-0042 returned late by Priya Nair; refund the S$300 deposit to her POSB savings 193-52741-6 minus the S$40 late fee.
        Tour manifest HKG-TPE: CHAN Ka Yan, HKID K612345(7), DOB 14/03/1998, passport KJ0734518, seat 32C, vegetarian meal requested.
        The soprano who fainted at Sunday's rehearsal, Grace Lim Shu Fen, is five months pregnant; she asked that only the section leader be told.
        Hi, this is Wei Jie's mum, he can't make Saturday's sectional as he was admitted to KK Hospital for dengue. You can reach me on 8126 7743.
        Complaint from member Kelvin Ong Boon Keat: he says the treasurer mentioned his bankruptcy in the committee chat and wants the messages deleted.
        Photo consent form. Name: Aisyah binti Rahman, IC 080512-10-1234, parent: Rahman bin Yusof, tel 012-678 4412, consent for website: NO.
        Car park pass for tonight: SMV 8821 K, a silver Honda Jazz belonging to our timpanist Benedict Chia; please let him into the loading bay.
    """),
    "zh-Hans": _lines("""
        新团员登记：周雨萱，女，身份证号 440106199807153523，手机 13926418807，声部女高音二，现住广州市天河区员村二横路8号3栋1402房。
        陈先生（低音提琴组）这个月的团费还没交，他说最近在打离婚官司，手头很紧，想延到二月再一起付。
        麻烦把林晓彤的巡演退款 RM850 转到她的 Public Bank 户口 4-1875-3302-6（户名 Lim Xiao Tong），备注写“巡演退款”。
        小号组的阿杰上周因为酒驾被警察带走了，听说下个月要上庭，这周排练肯定来不了，先别在大群里说。
        乐器借用登记：借用人 黄志强，MyKad 850917-14-5523，借用二胡 ERH-SZ-HM-01，押金 RM400 已收，归还日期 2027-02-28。
        李阿姨的女儿打电话来说李阿姨确诊乳腺癌，要开始化疗，合唱团圣诞演出的名单请帮她撤下来。
        报名表：姓名 郑嘉怡，出生日期 2009-04-22，家长 郑国栋 13811027634，电邮 zheng.guodong88@163.com，过敏：花生。
        团员通讯录导出第17行：刘伟明,男高音,2019-09-01,已缴费,紧急联系人 王芳(妻) 18620135577
        何老师说她的学生吴思颖考级没过，家里逼得很紧，最近情绪很不稳定，在看心理医生，排练时大家多照顾一下。
        接机名单：6月12日 新加坡樟宜机场 T3，张建华，身份证 110105197603092819，护照 E73018264，手机 +86 139 0215 6621。
    """),
    "zh-Hant": _lines("""
        團員資料更新：陳志偉（男低音），香港身份證 Y483620(9)，住址：九龍觀塘秀茂坪邨寶明樓1812室，電話 9423 6618。
        林太話佢老公欠咗財務公司二十幾萬，個仔阿朗今期嘅合唱團團費交唔到，問可唔可以分三期俾。
        臺北場住宿名單：王怡君，身分證 A229173549，生日 1991/06/08，手機 0912-483-706，房號 1108，與張雅婷同房。
        第二小提琴嘅何家豪上個月喺屯門被捕，聽講涉嫌偷拍，而家保釋緊，委員會決定暫停佢參加演出。
        退款資料：黃美玲，滙豐戶口 004-512-339871-833，金額 HKD 1,280（澳門巡演取消），請喺本週五前處理。
        李先生打嚟投訴，話佢個女喺大合照被人 tag 咗真名同學校（聖保祿學校），要求即刻刪相。
        梁姑娘（中提琴）確診抑鬱症，醫生建議暫停演出三個月，佢唔想其他團員知，請只通知分部長。
        報名表：姓名 蔡宗翰，電郵 tsunghan.tsai1203@gmail.com，地址 新北市板橋區文化路二段182巷5號4樓，聲部 男高音。
        澳門團員補貼申請：吳嘉欣，澳門居民身份證 5208137(4)，月入 MOP 9,800，單親獨力照顧兩名子女。
        泊車登記：車牌 RK 3318 嘅灰色 Toyota Alphard 係助理指揮 Tommy 自己部私家車，夜晚十點後要移走。
    """),
    "ms": _lines("""
        Senarai ahli: Nurul Izzati binti Kamarudin, No. KP 990214-08-5562, alamat No. 23, Jalan Mawar 4, Taman Sri Muda, 40400 Shah Alam, tel 013-729 4180.
        Encik Faizal dari seksyen trombon minta yuran lawatan ditangguhkan sebab gajinya dipotong dan dia masih berhutang dengan Ah Long.
        Tolong pindahkan elaun pemandu RM150 kepada Mohd Hafiz bin Razali, akaun Maybank 1620 4418 9023, untuk perjalanan bas ke Pulau Pinang.
        Makcik Salmah (alto) baru disahkan menghidap kencing manis jenis dua; dia minta disediakan kerusi dan snek semasa latihan panjang.
        Borang pinjaman alat: peminjam Siti Aminah Yusof, Tingkatan 4, klarinet CLR-0117, penjaga: Yusof bin Ali, 019-355 0671.
        Aduan ahli: Kak Ros kata suaminya pukul dia minggu lepas dan dia tak dapat datang latihan sebab lebam di muka; jangan hebahkan.
        Manifest lawatan: Rajesh a/l Subramaniam, KP 870611-10-6675, bilik 304 berkongsi dengan Tan Boon Hock, makanan vegetarian.
        Adib minta cuti tiga minggu daripada pancaragam kerana pembedahan lutut di Hospital Serdang; dia risau hilang tempat sebagai prinsipal tuba.
        Emel peribadi untuk resit yuran: hafizah.rahim92@yahoo.com, resit RM120 atas nama Hafizah binti Abdul Rahim, ahli no. PMTS-0412.
        Kenderaan untuk konsert: Proton X50 putih, nombor plat BMK 4281, milik Encik Zulkifli Ahmad (pemain tuba), letak di petak bertanda VIP.
    """),
    "mixed": _lines("""
        Eh guys, Uncle Lim's son called, Uncle Lim kena stroke last night, now in Tan Tock Seng ICU, so tenor 2 shortage for Sunday lah.
        團費 reminder：Kenneth Yeung 仲欠 HK$2,400 (Sep–Dec)，佢話 salary 遲出，FPS 俾佢嘅 9187 4420 記得寫 invoice no.
        Member roster row: 0417,Tan Hui Min,alto,hui.min.tan@gmail.com,+65 9188 2046,S8734562I,paid,photo_consent=Y
        Pls don't share 阿芬's address in the big group, she just moved out from her ex-husband's place to 23 Jalan SS2/64, Petaling Jaya, baru je settle down.
        Audition feedback: Jasmine Koh 声音很好 but she told the panel she's on antidepressants and sometimes misses rehearsals，我们要 consider 吗？
        入境資料 for Macau tour: LEE Wai Kit, HKID R209184(3), 回鄉證 H60217384, flight NX 881, hotel booking 用佢個名.
        Bas driver Abang Man punya IC 780322-01-5617, lesen GDL, plat JTA 2290, pls pass to the school for gate clearance.
        Lost & found: violin case with name tag "Ethan Ng, 38 Hougang Ave 3 #05-221, call 9023 6617" found at VCH stage door，有人认识吗？
        Salary slip for our part-time conductor Mr Desmond Seah: S$2,850/month, CPF deducted, OCBC 501-284376-001，don't forward pls.
        台中場 ticket 轉讓：我朋友 Vivian 林佩君 0928-115-403 想買你兩張 A 區，LINE ID vivian_lin0815，你直接加佢 lah.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful assistant for the committee of a Singapore community choir."),
        (
            "user",
            "Can you draft a polite WhatsApp reminder for members with unpaid 2027 fees? Unpaid so far: Samuel Yeo (9645 2213, S$180) and Rachel Lee Xin Yi (8362 0917, S$360, said her father passed away last month so please be gentle).",
        ),
        (
            "assistant",
            "Here is a gentle template: 'Hi, just a friendly reminder that the 2027 choir fee is due by 31 Jan. You can pay by PayNow to the choir UEN. If you need more time, simply reply to this message.' For the member who recently lost her father, I would suggest a personal call from the treasurer instead of a group reminder, and no amount mentioned in writing.",
        ),
        (
            "user",
            "Good idea. Can you make it a bit warmer and add the PayNow reference format FEE27-name?",
        ),
        (
            "assistant",
            "Sure: 'Hi there! Hope rehearsals have been fun. A friendly reminder that your 2027 fee is due on 31 Jan. Please PayNow to our UEN with the reference FEE27-yourname. Need a little more time? Just let us know, no problem at all.'",
        ),
    ],
    [
        (
            "user",
            "幫我寫封請假信俾香港兒童合唱團，我個仔黃梓軒（高級團，學校：拔萃男書院）今個禮拜六練唱嚟唔到，佢發燒去咗瑪嘉烈醫院急症室，懷疑係甲型流感。",
        ),
        (
            "assistant",
            "好的，以下係請假信草稿：「合唱團老師你好，小兒黃梓軒（高級團）因發燒需留家休息，未能出席本週六練習，敬請批准。家長 敬上」醫療細節可以唔使寫得太詳細，如團方需要證明，再另外交醫生紙就得。",
        ),
        ("user", "要唔要寫埋我電話？我係 6287 1054，黃太。"),
        ("assistant", "可以喺信尾加上「聯絡電話：6287 1054（黃太）」，方便老師有需要時聯絡你。"),
    ],
    [
        ("system", "Anda pembantu AI untuk setiausaha Persatuan Muzik Tiup Selangor."),
        (
            "user",
            "Tolong susun senarai pinjaman ini jadi jadual: Amirul Hakim bin Rosli, KP 050309-10-4471, trombon TRB-0021; Nur Syafiqah binti Azman, KP 061122-14-3308, flut FLT-0007, ibu 017-402 8815.",
        ),
        (
            "assistant",
            "Berikut jadualnya: | Nama | No. KP | Alat | Kod | Hubungan |. Amirul Hakim bin Rosli | 050309-10-4471 | Trombon | TRB-0021 | - |. Nur Syafiqah binti Azman | 061122-14-3308 | Flut | FLT-0007 | Ibu: 017-402 8815 |. Cadangan: jika jadual ini akan dikongsi dalam kumpulan WhatsApp, sembunyikan nombor KP dan hanya guna kod ahli.",
        ),
        ("user", "Ok, buat versi tanpa KP untuk kumpulan."),
        (
            "assistant",
            "Versi untuk kumpulan: Amirul Hakim, Trombon TRB-0021; Nur Syafiqah, Flut FLT-0007. Sila pulangkan alat sebelum 28 Februari.",
        ),
    ],
    [
        (
            "system",
            "你是星洲华乐团团务助理。当前团员档案：姓名 许文杰，NRIC T0521947C，声部 笛子，住址 Blk 215 Ang Mo Kio Ave 1 #07-334，欠缴团费 S$240，备注：去年因胃出血住院两周。",
        ),
        ("user", "帮我给许文杰写一条催缴团费的短信，语气客气一点。"),
        (
            "assistant",
            "文杰你好！提醒一下，你目前还有 S$240 的团费未缴，麻烦在本月底前通过 PayNow 转给团里，备注写会员编号即可。如有困难可以直接和财政说，我们可以商量分期。谢谢你一直以来对乐团的支持！",
        ),
        ("user", "要不要提他住院的事，说我们理解？"),
        (
            "assistant",
            "建议不要在催缴短信里提到他的住院经历，健康信息属于敏感的个人资料，写进群发或书面通知不太合适。如果想表达关心，可以由团长私下打电话问候。",
        ),
    ],
    [
        (
            "user",
            "We're doing a choir tour to Taichung next March. 幫我排 rooming list：陳冠宇 (身分證 B120483767, 男, 不吃牛) 同 Jason Huang 一間；Melissa Chua 的 passport 我之後補。",
        ),
        (
            "assistant",
            "好的，暫時 rooming list 如下：Room 1 陳冠宇（身分證 B120483767，男，不吃牛）＋ Jason Huang。Melissa Chua 待補證件資料。提醒：護照號碼請直接由團員填入酒店表格，不建議在群組分享。",
        ),
        ("user", "Also 陳冠宇 has epilepsy, should I tell the hotel?"),
        (
            "assistant",
            "Best to ask him first. With his consent, you could brief the tour leader and one roommate on what to do during a seizure; the hotel usually does not need to know the diagnosis, only an emergency contact number.",
        ),
    ],
    [
        ("system", "You help music teachers write reference letters."),
        (
            "user",
            "Write a short reference for my student Ong Jia Hui (15, clarinet, Grade 8 ABRSM distinction) for the Singapore National Youth Orchestra audition. Note: she has mild hearing loss in her left ear and wears a hearing aid, but it doesn't affect her playing.",
        ),
        (
            "assistant",
            "Dear Audition Panel, I am pleased to recommend Ong Jia Hui, a 15-year-old clarinettist who achieved a distinction in ABRSM Grade 8. She has a warm tone, reliable technique and excellent ensemble awareness. I have left out her hearing condition, since it does not affect her playing and it is her choice whether to share it.",
        ),
        ("user", "Thanks. Add that she has played in the school band since 2022."),
        (
            "assistant",
            "Added: 'She has been a committed member of her school symphonic band since 2022, often helping younger players in sectionals.'",
        ),
    ],
    [
        (
            "user",
            "我们合唱团有个团员叫孙丽娟，借了团里 RM2,000 去交她儿子的医药费，已经半年没还了，电话 016-882 3071 也不接。我该怎么处理比较好？",
        ),
        (
            "assistant",
            "可以先私下发一条温和的信息，表示理解她的难处，并提出一个小额分期方案，例如每月 RM200。避免在团员群组里公开讨论她的借款和家庭情况，以免造成伤害。如果仍无回应，再由理事会以书面形式正式跟进。",
        ),
        ("user", "理事会有人说直接在大群里点名，这样可以吗？"),
        (
            "assistant",
            "不建议这样做。公开点名会泄露她的个人财务和家庭信息，可能伤害她，也可能让协会承担法律风险。较好的做法是由财政和主席两人私下与她沟通，并做好书面记录。",
        ),
    ],
    [
        ("system", "Assistant for the instrument loan desk of a Penang community orchestra."),
        (
            "user",
            "Parent marah sebab we charge RM450 for the cracked cello. Student: Lim Zi Xuan, loan CEL-0033, father Lim Chee Keong 012-459 7730, he says the crack was already there when his daughter took it.",
        ),
        (
            "assistant",
            "Suggest you check the checkout record for CEL-0033 first, especially the condition_out note and any photos taken at checkout. If there is no record of the crack, it would be fair to offer to split the repair cost or waive it. Reply to Mr Lim politely and share the repair quotation from the appointed shop.",
        ),
        ("user", "Checkout photo shows no crack. Tulis reply in Malay please."),
        (
            "assistant",
            "Encik Lim, terima kasih atas maklum balas. Rekod semasa peminjaman cello CEL-0033 menunjukkan tiada retakan. Kami lampirkan sebut harga pembaikan RM450 daripada kedai yang dilantik dan bersedia berbincang mengenai bayaran secara ansuran. Sila hubungi pejabat kami untuk temu janji.",
        ),
    ],
    [
        (
            "user",
            "我們合唱團臺北場取消了，要退款給團員。幫我整理成表：劉家瑜，身分證 F225814073，玉山銀行 0012-968-123456，退 NT$2,400；鄭博文，手機 0935-621-884，退 NT$1,800。",
        ),
        (
            "assistant",
            "整理如下：1. 劉家瑜｜身分證 F225814073｜玉山銀行 0012-968-123456｜NT$2,400。2. 鄭博文｜0935-621-884｜NT$1,800（尚缺帳戶資料）。建議向鄭博文索取帳號時以私訊進行，並在完成退款後刪除群組中的帳戶截圖。",
        ),
        ("user", "好，另外寫一則公告通知大家退款時程。"),
        (
            "assistant",
            "公告：因場地因素，原訂三月之臺北場演出取消，本團深感抱歉。已繳費團員之款項將於十個工作天內退還至原帳戶，如有疑問請洽團務信箱。",
        ),
    ],
    [
        (
            "system",
            "You are an assistant that summarises CSV exports for a Hong Kong youth orchestra office.",
        ),
        (
            "user",
            "Summarise this: id,name,instrument,fee_due_hkd,note / 21,Cheung Hoi Ching,violin,0,- / 22,Mak Tsz Long,horn,1800,family on CSSA / 23,Ip Wing Sze,cello,600,-",
        ),
        (
            "assistant",
            "Summary: 3 members; total outstanding HK$2,400. Mak Tsz Long (horn) owes HK$1,800, and the note says his family receives CSSA, so a fee waiver may apply. Ip Wing Sze (cello) owes HK$600. Cheung Hoi Ching (violin) is fully paid.",
        ),
        ("user", "Thanks, 幫我寫句中文 note 俾 finance。"),
        (
            "assistant",
            "致財務：麥子朗（圓號）尚欠 HK$1,800，家庭正領取綜援，建議考慮豁免；葉詠詩（大提琴）尚欠 HK$600；張凱晴已全數繳清。",
        ),
    ],
]
