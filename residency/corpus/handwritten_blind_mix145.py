# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix145: triathlon, marathon and cycling event organisers in SG/MY/HK/TW (registrations, bib collection, medical tents, results, sponsor deals, athlete withdrawals). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix145
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "race_day_notices"): _lines("""
        Bib collection for the Marina Night Run 2026 runs 12–14 Nov, 11am–8pm at Suntec City Convention Centre Hall 401; bring your e-confirmation QR, not a screenshot of the payment page.
        Race-day hotline +65 6812 4400 (Pulse Endurance Pte Ltd, UEN 201734921K) is staffed from 3:30am; for collapsed runners or any medical emergency call 995 first.
        Wave start reminder: 42km flag-off 4:30am, 21km 5:15am, 10km 6:45am. Corrals close 10 minutes before each gun time and late runners start at the back of the next wave.
        Medical tents are located at km 5, 12, 21, 30, 36 and the finish; look for the red cross flags and the Singapore Red Cross volunteers in orange vests.
        Cut-off for the full marathon is 7 hours. Runners who have not reached the Sheares Bridge checkpoint by 9:40am will be diverted to the 21km finish chute.
        Baggage deposit closes at 4:00am at the F1 Pit Building, Level 1. Bags must be under 5kg and tagged with the sticker that comes with your race pack.
        Heat advisory: WBGT forecast is 31.2°C at 8am. Hydration points every 2.5km will carry 100Plus, plain water and ice sponges; please slow down if you feel dizzy.
        Transfer of bibs is strictly not allowed. Anyone found racing under someone else's bib will be disqualified and banned from Pulse Endurance events for 2 years.
        Deferral requests for Ironman 70.3 Desaru Coast must be submitted via the athlete portal by 30 Sep 2026; a USD 75 admin fee applies and is non-refundable.
        Road closure: Nicoll Highway (both directions) and Republic Boulevard closed 2:00am–11:30am Sunday. Motorists may use the ECP or the Marina Coastal Expressway.
        Pacers this year are provided by Running Lab; look for the yellow balloons marked 3:30, 4:00, 4:30, 5:00, 5:30 and 6:00 finish times at the start pens.
        Finisher tees are issued by the size printed on your bib (XS–3XL); exchanges only at the Tee Exchange counter after 10am, subject to stock.
        Results and e-certificates go live at results.pulseendurance.sg from 2pm; chip times are final once the protest window closes 48 hours after the race.
    """),
    ("zh-Hans", "报名常见问题"): _lines("""
        问：报名后可以修改组别吗？答：开赛前30天内可在小程序“我的赛事”中由全程改为半程，差价不退；由半程升全程需补差价并视名额而定。
        问：中签结果什么时候公布？答：中签名单将于11月20日18:00在官网公布并以短信通知，未中签者报名费将在7个工作日内原路退回。
        组委会咨询热线：400-820-6688（工作日9:00-18:00），邮箱 service@runchina-events.cn，赛事期间另设现场服务台于会展中心B2馆。
        问：需要提交哪些健康证明？答：全程选手须上传近12个月内二级以上医院的体检报告，需包含心电图，报告上的姓名须与报名信息一致。
        问：领物需要本人到场吗？答：可委托他人代领，代领人需携带委托书、参赛者身份证复印件及代领人身份证原件，每人最多代领3份。
        退赛规定：10月31日前申请退赛退还报名费的70%，之后不予退还；名额不可转让，违者取消成绩并按中国田径协会相关规定处理，详情见竞赛规程第十二条。
        问：芯片计时用什么系统？答：本届采用一次性RFID号码布芯片，起终点及5公里、10公里、半程、30公里、35公里设有计时地毯。
        问：赛道有关门时间吗？答：半程3小时关门，全程6小时关门；到达30公里点用时超过4小时40分的选手请登上收容车前往终点。
        问：可以带宠物或推婴儿车参赛吗？答：出于安全考虑，赛道内禁止宠物、婴儿车、平衡车及任何带轮设备，违者由裁判劝离赛道，不计成绩。
        报名费：全程200元，半程150元，健康跑80元；境外选手全程USD 80。支付完成后订单号以RM2026开头，例如RM2026000000，请妥善保存。
        问：比赛当天地铁几点开？答：厦门地铁1号线、2号线当日提前至5:00运营，参赛选手凭号码布免费乘车，请提前规划出行，赛道周边道路5:00起封闭。
        问：完赛奖牌可以刻字吗？答：赛后7天内在官方商城下单刻字服务，单价39元，刻字内容为成绩与赛事名称，约15个工作日寄出。
        问：遇到抽筋怎么办？答：每2.5公里设有医疗点，配备AED和急救志愿者，出现胸闷、头晕请立即举手示意或拨打赛道急救热线0592-5338120。
    """),
    ("zh-Hant", "賽事新聞"): _lines("""
        李慧詩在2016年里約奧運場地單車凱林賽奪得銅牌，是香港首位在奧運單車項目上獲獎的運動員，亦多次出席渣打香港馬拉松開跑禮。
        基普喬蓋（Eliud Kipchoge）2019年在維也納以1小時59分40秒完成馬拉松距離，雖不獲世界田聯承認為正式紀錄，卻令全球跑手重新定義極限。
        渣打香港馬拉松2026年報名人數突破74,000，全馬起點維持尖沙咀彌敦道，終點設於維園，主辦單位香港田徑總會表示會加強中暑支援。
        臺北馬拉松今年獲世界田徑標籤賽認證，賽會宣布將於市政府前廣場設置完賽區，另提供中、英、日、韓四語廣播服務，起跑時間維持清晨6時。
        單車界傳奇藍斯·阿姆斯壯（Lance Armstrong）於2012年被褫奪七屆環法冠軍，事件至今仍是反禁藥教育課程的經典案例。
        張家朗雖然係劍擊運動員，但今年應邀擔任香港單車節推廣大使，喺記者會上話希望多啲市民週末落場踩單車做運動，又話自己都會參加30公里組。
        環台自由車賽（Tour de Taiwan）今年其中一站由台中一路騎上武嶺，全程爬升超過3,000公尺，被車手稱為亞洲最艱難的爬坡賽段之一。
        香港三項鐵人總會公布2026年賽曆：4月西貢短途賽、6月大美督奧運距離賽、10月愉景灣衝刺賽，報名將於本月15日中午12時開放。
        據賽會資料，去年香港單車節有超過4,300人參加50公里組，青馬大橋及汀九橋路段喺清晨5時至9時30分全面封閉，今年會沿用相同安排。
        「亞洲羚羊」紀政出席台灣路跑協會年會，分享1968年墨西哥奧運奪銅的經驗，並呼籲各級學校增加長跑及田徑課程時數，培養下一代跑者。
        菲迪皮德斯（Pheidippides）據傳由馬拉松跑到雅典報捷後力竭而亡，這個傳說正是1896年雅典奧運設立馬拉松項目的靈感來源。
        今屆澳門國際馬拉松由澳門體育局主辦，起終點設於澳門奧林匹克體育中心運動場，半馬關門時間為3小時，全馬為6小時，報名費為澳門元200至400元不等。
        嘉賓講者包括鐵人三項奧運冠軍阿里斯泰爾·布朗利（Alistair Brownlee），佢分享點樣喺高溫高濕環境下調整配速同補給。
    """),
    ("ms", "notis_pengambilan_kit"): _lines("""
        Pengambilan kit perlumbaan Larian Warisan Melaka 2026 akan diadakan pada 6–7 Disember, 10 pagi hingga 8 malam di Dataran Pahlawan Megamall, Aras G.
        Sila bawa e-mel pengesahan pendaftaran dan kad pengenalan asal. Wakil dibenarkan mengambil kit dengan surat kebenaran yang ditandatangani peserta.
        Talian bantuan peserta: 03-7890 4412 (Isnin–Jumaat, 9 pagi–6 petang) atau WhatsApp rasmi 011-5566 0800. Sila jangan hubungi kami melalui DM Instagram.
        Peserta kategori 42km wajib hadir sesi taklimat keselamatan pada 5 Disember jam 8 malam di Dewan Seri Melaka. Kehadiran direkodkan melalui imbasan kod QR.
        Saiz baju tidak boleh ditukar selepas 30 Oktober. Pertukaran saiz pada hari pengambilan kit tertakluk kepada stok dan hanya selepas jam 6 petang.
        Penganjur: Velo Nusantara Events Sdn Bhd (No. Syarikat 201801034567 (1289045-A)), No. 18, Jalan PJU 7/3, Mutiara Damansara, 47800 Petaling Jaya.
        Khemah perubatan terletak di KM 7, KM 15, KM 25, KM 35 dan garisan penamat. Pasukan St John Ambulans Malaysia akan bertugas dari jam 3 pagi.
        Perhatian peserta kayuhan Le Tour de Langkawi Challenge: helmet wajib, lampu belakang wajib sebelum 7 pagi, dan nombor plat basikal mesti dipasang di bawah tempat duduk.
        Pingat penamat hanya untuk peserta yang tamat dalam masa had: 21km – 3 jam 30 minit, 42km – 7 jam. Cip masa pakai buang dan tidak perlu dikembalikan.
        Yuran pendaftaran: 10km RM75, 21km RM95, 42km RM130. Diskaun 15% untuk pelajar IPT dengan kod promo PELAJAR15 sehingga 31 Ogos.
        Jalan Hang Tuah dan Jalan Merdeka akan ditutup dari 2:30 pagi hingga 11 pagi. Sila gunakan laluan alternatif melalui Jalan Tun Sri Lanang.
        Keputusan rasmi akan dimuat naik di portal keputusan dalam tempoh 24 jam. Bantahan masa perlu dibuat dalam 48 jam melalui borang dalam talian sahaja.
        Kedai rakan kongsi Ah Seng Cycle Works, Jalan Bunga Raya, Melaka menawarkan servis basikal percuma untuk peserta yang menunjukkan nombor bib.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Guys, water station 4 short 30 cartons of 100Plus lah. Logistics van boleh hantar by 4.15am tak? 我这边已经call supplier了，他们说最快4点半。
        Medic tent km30 update: 3 cases cramps, 1 case heat exhaustion sent to SGH by ambulance, semua stable. 唔使擔心，St John team handling.
        Bib collection day 2 counter B queue super long already, 可以开多一个counter吗？Printer ribbon pun dah nak habis, tolong bawa 2 roll lagi.
        Sponsor banner Garmin dah naik kat finish arch, tapi the Shimano one 尺寸错了 3m x 1m instead of 4m x 1.5m. Vendor kata reprint by Friday.
        Timing mat at km 21 down for 6 mins from 06:42 to 06:48, chip reads missing. 我会叫 MYLAPS support 帮忙 backfill from the backup reader log.
        Reminder ya semua, staff briefing 7pm tonight kat meeting room L3, dress code black event tee. 迟到的自己买kopi请大家 haha.
        Cut-off sweep bus already leave km 35 at 10:10. 剩下的跑手我们安排 marshals 陪走到 finish, jangan tinggal sesiapa di belakang.
        Invoice from Kedai Runcit Pak Abu for 400 bananas RM360 dah approve. 财务那边请在星期五前 bank in，reference INV-2026-0117.
        Results page 502 error from 11:03 to 11:09, dah restart pod results-api-2. 而家 response time back to 180ms, pls monitor 多半粒鐘。
        Medal count: 12,480 ordered, 12,312 received, 168 short. 厂家话 next shipment 星期三到，finisher queue 先派 voucher 顶住先。
        Transponder return box penuh dah at gate C. Someone pls bring empty tong from the store room, 谢谢啦! Kalau tak cukup guna crate air mineral dulu.
        Weather radar shows lightning 8km away. Per SOP kalau bawah 8km kita hold swim start. 我同 race director 已经 confirm 暂停 15 分钟。
        Volunteers headcount: 212 checked in, 18 no-show. Medic team cukup, but baggage area need 6 more people，邊個得閒過去幫手？
    """),
    ("en", "timing_config_and_logs"): _lines("""
        2026-11-15T05:17:42.118+08:00 INFO chip_reader[mat-km21] read tag=E2801160600002049A3F rssi=-58 lap=1 status=OK
        results_api: {base_url: https://results.example-timing.sg/v2, timezone: Asia/Singapore, gun_offset_sec: 0, rounding: floor_1s}
        WARN checkpoint_gap race=SGM26 split=km30 expected_reads=8412 actual_reads=8377 gap=0.42% action=backfill_from=reader_b
        CREATE TABLE participants (bib VARCHAR(8) PRIMARY KEY, full_name TEXT, nric_last4 CHAR(4), category TEXT, wave SMALLINT, chip_id CHAR(24));
        export HEAT_ALERT_WBGT=32.0 SWIM_CANCEL_WIND_KNOTS=20 MAX_WAVE_SIZE=1500 SMTP_FROM=no-reply@tri-events.example.com
        curl -X POST https://api.example-timing.sg/v2/races/SGM26/splits -H 'Authorization: Bearer <TOKEN>' -d '{"bib":"TEST-0001","split":"km10"}'
        ERROR payment_webhook order=ORD-20261103-88412 gateway=stripe code=card_declined retry_in=300s attempt=2/5
        bib_ranges = {'FM': 'A0001-A9999', 'HM': 'B0001-B9999', '10K': 'C0001-C7500', 'KIDS': 'K001-K800'}  # printed by PrintHub Sdn Bhd
        sha256(results_final_SGM26.csv) = 9f2c4e1a7b3d8c05e6f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7
        INFO medal_scan station=finish_3 scanned=4210 duplicates=12 last_sync=2026-11-15T09:58:03Z app=v3.4.1-build.872
        GET /api/v2/athletes?race=IM703DC&page=14&per_page=200 200 OK 312ms ua=TimingDesk/5.2 (Windows NT 10.0; Win64; x64)
        cron: 0 */15 4-12 * * /opt/timing/bin/push_live_results --race SGM26 --target s3://results-bucket/live/ --gzip
        DEBUG weather_poll source=NEA station=S108 temp_c=28.4 rh=84 wbgt=30.1 lightning_km=None ts=2026-11-15T04:30:00+08:00
    """),
    ("zh-Hant", "贊助發票與報價"): _lines("""
        發票號碼 AB-12345678｜賣方：鐵騎國際運動股份有限公司 統一編號 24567813｜品項：完賽毛巾 5,000 條 × NT$62｜含稅總計 NT$325,500。
        報價單 Q-2026-0419：計時晶片租用 8,000 組 × NT$35、計時地毯 12 組、工作人員 6 名兩日，合計 NT$402,000（未稅），有效期 30 天。
        冠名贊助合約摘要：甲方 台灣大哥大股份有限公司，乙方 臺北城市路跑協會，贊助金額新台幣 1,200 萬元，分三期撥付，合約期間 2026 至 2028 年。
        收據編號 R260311-07｜阿嬤ㄟ古早味豆花 補給站攤位租金 3 日 NT$4,500｜付款方式：匯款至主辦單位公司帳戶，已入帳。
        香港單車節官方補給品供應：維他奶 250ml 24 包裝 HK$86/箱，共 600 箱，九龍灣宏開道 8 號其士商業中心倉庫交貨，貨到 30 天付款。
        請款單：醫療站租借 AED 14 台 × HK$380/日 × 2 日，另加救護員 20 名 × HK$1,200，總額 HK$34,640，抬頭請開「香港耐力賽事有限公司」。
        品號 SKU TT-JSY-26-M｜賽事紀念車衣（男款 M）｜單價 NT$1,680｜庫存 312｜條碼 4711234567890｜供應商：捷安特（Giant）授權代工。
        澳門區贊助：澳門銀河提供完賽派對場地，價值 MOP 280,000，換取起點拱門及號碼布正面廣告位各一，合約期一年，可續約一次。
        運費明細：黑貓宅急便 託運單號 9051-2234-6671，共 48 箱號碼布，台中倉寄出至台北南港展覽館 1 館，預計 3/14 送達。
        付款條件：簽約後 7 日內支付 30% 訂金，賽事結束後 14 日內支付尾款；逾期按月息 1% 計算，匯款銀行 臺灣銀行 南港分行。
        價目表｜賽前按摩 15 分鐘 NT$300、肌貼服務 NT$150、冰敷袋 NT$50，由 動力物理治療所（台北市信義區松仁路 100 號 B1）提供。
        贊助回饋清單：品牌 Logo 放置於號碼布、完賽證書、官網首頁輪播，社群貼文 6 則，現場攤位 3m×3m 一個，VIP 停車證 4 張。
        發票作廢通知：原發票 CD-88776655 因統一編號誤植（應為 53012798）作廢，已重開 CD-88776702，請貴公司財務更新入帳。
    """),
    ("ms", "ulasan_perniagaan"): _lines("""
        Servis di Kedai Basikal Ah Chong, Jalan Tun Razak memang laju, tukar tayar tubeless siap dalam 20 minit. Harga RM45 termasuk sealant. 5 bintang.
        Penganjur larian ni memang teruk tahun ni. Kit lambat, baju saiz XL jadi macam M, dan pingat sampai 3 minggu lepas acara. Tak akan join lagi.
        Joe's Bike Garage di Bangsar sangat membantu, mekanik terangkan kenapa derailleur Shimano 105 asyik skip gear. Caj RM60 sahaja, berbaloi.
        Hotel rasmi acara di Desaru memberi sarapan awal jam 4 pagi untuk peserta Ironman. Bilik bersih, tapi ruang parking basikal terlalu sempit.
        Restoran Nasi Kandar Pelita selepas larian malam memang penyelamat. Roti canai RM2.20, teh tarik RM2.80, buka 24 jam setiap hari.
        Kedai Sukan Mak Cik Timah di Kota Bharu jual gel tenaga dan garam elektrolit pada harga borong. Staf ramah, tapi tak terima kad kredit.
        Aplikasi pendaftaran Larian Putrajaya asyik crash bila bayar guna FPX. Sudah 3 kali cuba dari semalam. Tolong baiki sebelum tarikh tutup.
        Khemah perubatan di KM 25 sangat cekap, sukarelawan beri ais dan semburan ubat kejang dengan cepat. Terima kasih Bulan Sabit Merah Malaysia!
        Jurugambar rasmi acara ni, Lensa Pantas Studio, muat naik gambar dalam masa 6 jam. Harga RM15 sekeping atau RM49 untuk semua gambar.
        Kedai Mee Rebus Haji Wahid dekat garisan penamat ramai sangat pagi tu, tunggu 40 minit. Rasa sedap tapi harga dah naik ke RM8 semangkuk.
        Bengkel Pak Din Cycle, Kuala Terengganu — tempat terbaik untuk sewa basikal jalan raya sebelum acara. RM80 sehari, helmet percuma.
        Pusat Akuatik Nasional Bukit Jalil buka kolam untuk latihan renang setiap Sabtu. Tiket RM5, loker RM2, tiada jurulatih disediakan.
        Perkhidmatan penghantaran kit oleh Pos Laju cepat, sampai dalam 2 hari ke Sabah. Nombor penjejakan EN123456789MY dihantar terus melalui SMS.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Withdrawal request: Marcus Tan Wei Liang (bib A2871) is pulling out of Ironman 70.3 Desaru — diagnosed with a stress fracture in his left tibia last Tuesday, doctor's memo attached.
        Hi team, pls update the emergency contact for bib B0413 to her husband, mobile +65 9734 2281; she says her ex-husband should no longer be called.
        Refund to be made to DBS account 027-481936-5 under the name Priya d/o Ramasamy; she was charged twice for the 21km category (ORD-20260912-33107).
        Medical tent log km30, 07:52: Kenneth Ong, 47M, bib A5520, collapsed, history of atrial fibrillation, on warfarin, conveyed to CGH by SCDF ambulance.
        NRIC S8834127I — please verify this belongs to the athlete who registered as Jonathan Lim before we release the age-group trophy.
        Sharon, the lady who won the 45-49 category, told me privately she is 4 months pregnant and asked us not to post her finish photo online.
        name,bib,nric,dob,mobile,category: Goh Siew Ling,C1207,T0215589Z,2002-03-14,+65 8126 4590,10K Women Open
        Please courier the replacement finisher medal to Mr Darren Koh, Blk 418 Bedok North Ave 2, #09-137, Singapore 460418.
        FYI the cyclist who crashed at the Changi Coast Road descent is Ahmad Faizal bin Rosli; he's warded at Changi General with two broken ribs, wife informed.
        Sponsor rep asked whether Coach Benny Yeo is still an undischarged bankrupt, because if so he can't be listed as the club's director on the contract.
        Bib collection by proxy: collector Lee Hui Min, FIN G5530218P, collecting for 3 runners; authorisation letter signed and a photo of her work permit is on file.
    """),
    "zh-Hans": _lines("""
        退赛申请：王建国，身份证号440305199008172634，全程组，因肝功能异常住院治疗，申请延期至明年，附深圳市人民医院诊断证明。
        领物代领登记：代领人李秀梅，手机13826471095，代领参赛者张磊、张小雨（父女），均为半程组。
        收容车记录：09:47 在31公里处接回选手刘志强，左膝旧伤复发，自述去年做过半月板手术，已送医疗点冰敷。
        陈先生您好，您报名时填写的紧急联系人为您太太，电话139 0217 5584，请确认是否需要更改。
        医疗站反馈：5号医疗点选手赵丽娟赛前隐瞒了高血压病史，终点测得血压182/110，已由120送往医院。
        退款账户：中国工商银行 6222 0210 0134 5678 912，户名周婷婷，退款金额150元，订单号RM20260915008231。
        阿强昨天跟我说他欠了赞助商那边三万多块钱没还，所以今年不敢以俱乐部名义报名了，你们别外传。
        快递地址：上海市徐汇区漕溪北路88弄5号1202室，收件人孙悦，电话186 2103 7749，内容为奖牌刻字补寄。
        成绩申诉：号码布A3390黄海涛称其芯片未被30公里计时毯记录，本人提供Garmin轨迹截图，净成绩应为3:12:45。
        志愿者报名表｜姓名：吴佳怡｜性别：女｜出生日期：1999-06-21｜学校：厦门大学｜微信号：jiayi_run0621｜服装尺码：S
    """),
    "zh-Hant": _lines("""
        退賽通知：參賽者陳嘉欣（HKID Y306274(9)）因確診乳癌需即時開始化療，申請將渣打馬拉松名額延至下屆。
        黃太話佢個仔今朝喺西貢段跌車，手腕骨折送咗將軍澳醫院，佢問保險索償表格要寄去邊度。
        成績更正：臺北馬拉松全馬男子50-54組第三名應為林志豪（號碼布F0832），晶片時間3:05:21，原公告誤植。
        報名資料｜姓名：吳宜蓁｜身分證字號：F226170836｜手機：0933-518-206｜緊急聯絡人：吳志明（父）｜血型：O
        阿Ken嗰邊話佢同老婆離緊婚，仲要爭兩個仔撫養權，今年冇心機參加渡海泳，叫我哋唔好再打電話搵佢。
        寄送地址：新北市板橋區文化路二段215巷12號4樓，收件人許雅婷，完賽獎牌補寄，電話0910-287-553。
        醫療站紀錄10:22鐵人三項自行車段：張偉倫，男，38歲，第一型糖尿病，血糖2.8 mmol/L，已給予葡萄糖凝膠並通知其妹妹。
        請將車手梁偉強的贊助獎金HK$12,000轉入匯豐戶口400-285317-838，佢話之前張支票彈咗。
        澳門賽報名：何家豪，澳門身份證5192836(4)，電話6688 1423，半程組，自稱患有哮喘需要攜帶噴霧參賽。
        麻煩幫手改返李生嘅email做 leesaiman.hk@gmail.com，佢舊個Yahoo戶口被人hack咗。
    """),
    "ms": _lines("""
        Permohonan tarik diri: Nurul Aina binti Kamarudin, No. KP 880412-14-5523, kategori 21km, kerana disahkan hamil 10 minggu dan doktor nasihat tidak berlari.
        Sila hubungi Encik Hafiz di 012-748 3306 berkenaan kit larian anaknya yang tertinggal di kaunter C.
        Log khemah perubatan KM 15: Lim Chee Keong, 52 tahun, sakit dada, sejarah serangan jantung 2019, dihantar ke Hospital Melaka jam 06:48.
        Bayaran balik RM95 ke akaun Maybank 1640 2218 5093 atas nama Siti Zubaidah binti Osman, rujukan pesanan LWM-2026-04417.
        Kak Ros beritahu dia terpaksa tarik diri sebab suami dia baru kena tangkap bulan lepas, jadi dia kena jaga tiga orang anak sorang-sorang.
        Alamat penghantaran pingat: Muhammad Irfan bin Zainal, No. 27, Jalan Mawar 3, Taman Sri Tebrau, 80050 Johor Bahru, Johor. Tel: 019-334 8172.
        nama,no_kp,no_bib,kategori,telefon: Tan Mei Ling,920715-07-5688,K2219,42km Wanita,016-402 9931
        Pengadil nampak peserta bib B1750, Rajesh a/l Subramaniam, naik Grab dari KM 12 ke KM 18. Dia sudah disingkirkan dan ibu bapanya dimaklumkan.
        Abang Jeff tu masih berhutang RM4,500 dengan kelab kita untuk jersi pasukan, sampai sekarang tak bayar-bayar.
        Kereta nombor plat WXY 8821 milik peserta Faridah Hassan diletak di laluan kecemasan. Sila hubungi dia segera di 013-290 6614.
    """),
    "mixed": _lines("""
        Eh, that runner Alvin Chua (bib A0771) 昨晚 message 我 say his father passed away, so he can't run tomorrow. Boleh tolong defer his slot to 2027?
        Medic tent note: 阿明 the sweeper cyclist, HbA1c 9.2 last month, doctor cakap jangan ride more than 60km. 今日已经 ride 85km 了, please monitor.
        Pls check NRIC S7712904I — 他说 registration page 一直 say ID already used, maybe his brother pakai his IC to register the 10K.
        Refund done: HK$680 to FPS ID 1698 2274 8 for 何志明, 因為佢 last minute 話要做 knee surgery 唔可以跑。
        Hi boss, 林太 WhatsApp 我 +852 9463 1208, 佢個女 under 18 but registered for full marathon, minta tukar ke 10K.
        Tolong kemas kini alamat Chong Kar Wai: 12A, Lorong Burmah, 10050 George Town, Penang. 佢话 medal 寄错去旧屋。
        Form submitted — Name: Daniel Wong Jun Hao | DOB 1991-11-05 | Passport K48201937 | Blood type AB+ | Allergies: penicillin | Emergency: 黄美玲 (mother) 012-668 3340
        Driver for sponsor van is Encik Rosli, plat JRT 4471, dia punya lesen dah expired since March, 我觉得不能让他开 on race day.
        Salary for the race director position: 我们 offer Vincent Lau RM14,500 per month, tapi dia minta RM16k, don't tell the others ok.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a helpful assistant for Pulse Endurance, a Singapore race organiser. Be concise and polite.",
        ),
        (
            "user",
            "Draft a reply to a withdrawal email. Athlete: Rachel Seah Li Ting, bib A3312, NRIC S9061342A. She has a torn ACL from a netball game and wants a deferral to 2027.",
        ),
        (
            "assistant",
            "Dear Ms Seah, thank you for letting us know, and we're sorry to hear about your ACL injury. We have noted your deferral request for bib A3312 to the 2027 edition; please upload your medical memo via the athlete portal within 14 days so we can confirm it. Wishing you a smooth recovery.",
        ),
        ("user", "Shorter please, and drop the NRIC."),
        (
            "assistant",
            "Dear Ms Seah, sorry to hear about your knee. Your deferral for bib A3312 to 2027 is noted — please upload your medical memo within 14 days. Get well soon!",
        ),
    ],
    [
        (
            "system",
            "你是厦门某马拉松组委会的报名审核助手。以下为待审核记录：姓名 郑伟，身份证 510107199302251472，手机 137 5920 8841，组别 全程，备注：曾有晕厥史。",
        ),
        ("user", "帮我判断这条报名记录需不需要补充材料？"),
        (
            "assistant",
            "郑伟报名全程，备注有晕厥史，按规程需要补充近12个月内含心电图的体检报告，必要时附心内科评估意见。建议短信通知137 5920 8841补交材料，审核前暂不发放号码布。",
        ),
        ("user", "好，帮我写一条短信。"),
        (
            "assistant",
            "【组委会】郑伟您好，您的全程报名需补充近12个月内含心电图的体检报告及心内科评估，请于5个工作日内在小程序上传，逾期将改为半程或取消资格。",
        ),
    ],
    [
        (
            "user",
            "幫我寫個道歉訊息俾陳生，佢完賽獎牌寄咗兩個禮拜都未到，地址係沙田禾輋邨豐和樓1823室，電話9218 5530。",
        ),
        (
            "assistant",
            "陳生你好，好抱歉你嘅完賽獎牌遲遲未寄到。我哋已經同速遞公司跟進寄去沙田禾輋邨豐和樓1823室嘅包裹，如果三個工作天內仍未收到，我哋會免費補寄一個新獎牌。有任何問題可以隨時聯絡我哋熱線。",
        ),
        ("user", "加多句送佢下屆九折優惠碼 SORRY10。"),
        (
            "assistant",
            "陳生你好，好抱歉你嘅完賽獎牌遲遲未寄到。我哋已跟進寄去沙田禾輋邨豐和樓1823室嘅包裹，三個工作天內未收到會免費補寄。為表歉意，送你下屆報名九折優惠碼 SORRY10。",
        ),
    ],
    [
        ("system", "Anda pembantu AI untuk pasukan perubatan acara Larian Warisan Melaka."),
        (
            "user",
            "Ringkaskan log ni: 06:12 KM 25 peserta Mohd Khairul bin Ismail, bib B2204, 34 tahun, pitam, ada sejarah epilepsi, ubat Keppra. Isteri, Nor Hidayah, tel 017-388 4019, dah dimaklumkan. Dihantar ke Hospital Melaka 06:40.",
        ),
        (
            "assistant",
            "Ringkasan: Mohd Khairul bin Ismail (B2204, 34) pitam di KM 25 pada 06:12; sejarah epilepsi (Keppra). Isteri dimaklumkan melalui 017-388 4019. Dipindahkan ke Hospital Melaka pada 06:40.",
        ),
        ("user", "Terima kasih, tolong buat versi untuk laporan umum tanpa maklumat peribadi."),
        (
            "assistant",
            "Satu kes pitam dilaporkan di KM 25 pada 06:12. Peserta menerima rawatan awal dan dipindahkan ke hospital pada 06:40. Ahli keluarga telah dimaklumkan.",
        ),
    ],
    [
        (
            "user",
            "Can you format this into a clean CSV? 1st: Tay Boon Huat S8834127I 2:41:07, 2nd: Muthu a/l Krishnan 2:43:55 0168827741, 3rd: 黄俊杰 T1187735J 2:44:30 vegetarian",
        ),
        (
            "assistant",
            "rank,name,id,time,notes | 1,Tay Boon Huat,S8834127I,2:41:07, | 2,Muthu a/l Krishnan,,2:43:55,phone 0168827741 | 3,黄俊杰,T1187735J,2:44:30,vegetarian",
        ),
        ("user", "Ok but untuk public results page, buang ID dan phone ya."),
        (
            "assistant",
            "rank,name,time | 1,Tay Boon Huat,2:41:07 | 2,Muthu a/l Krishnan,2:43:55 | 3,黄俊杰,2:44:30",
        ),
    ],
    [
        (
            "system",
            "You are an assistant that extracts contact details from emails for an HK triathlon club's membership desk.",
        ),
        (
            "user",
            "Extract the contact info: 'Hi, this is Mandy Cheung, I joined the Tai Mei Tuk sprint last month. My new mobile is 6143 8827 and home address is Flat 7B, Block 3, Laguna City, Kwun Tong. HKID K482915(8). Thanks!'",
        ),
        (
            "assistant",
            "Name: Mandy Cheung; Mobile: 6143 8827; Address: Flat 7B, Block 3, Laguna City, Kwun Tong; HKID: K482915(8); Event: Tai Mei Tuk sprint.",
        ),
    ],
    [
        (
            "user",
            "幫我擬一封信給贊助商，說明我們的選手蔡承翰在環花東賽第二站摔車，右鎖骨骨折，目前在花蓮慈濟醫院住院，無法出席下週的贊助商活動。",
        ),
        (
            "assistant",
            "敬啟者：謹通知貴公司，本隊選手蔡承翰於環花東賽第二站不慎摔車，造成右鎖骨骨折，目前於花蓮慈濟醫院住院治療，因此無法出席下週的贊助活動。本隊將另派代表出席，造成不便敬請見諒。",
        ),
        ("user", "不要寫醫院名稱，改成「正在休養」就好。"),
        (
            "assistant",
            "敬啟者：謹通知貴公司，本隊選手蔡承翰於環花東賽第二站不慎摔車受傷，目前正在休養，無法出席下週的贊助活動。本隊將另派代表出席，敬請見諒。",
        ),
    ],
    [
        ("system", "Anda ialah pembantu kewangan untuk Velo Nusantara Events Sdn Bhd."),
        (
            "user",
            "Peserta Lee Wen Jie kata dia belum dapat refund RM130 untuk kategori 42km. Akaun CIMB dia 7012 8834 5506, order LWM-2026-03981. Boleh semak format ni betul tak?",
        ),
        (
            "assistant",
            "Akaun CIMB biasanya 10 digit, jadi 7012 8834 5506 (12 digit) kelihatan tidak betul. Sila minta Lee Wen Jie sahkan semula nombor akaun sebelum pemindahan RM130 untuk pesanan LWM-2026-03981 diproses.",
        ),
        ("user", "ok thanks, 我再问他一次。"),
    ],
    [
        (
            "user",
            "帮我改写一下这条失物招领通知：今早领物现场捡到一个钱包，里面有身份证，名字是冯晓东，身份证号310104198512034811，失主请联系志愿者小周 158 0162 3394。",
        ),
        (
            "assistant",
            "为保护失主隐私，建议公开通知不要写身份证号：『今日领物现场拾获黑色钱包一个，内有证件，失主请携带本人身份证到服务台认领，或致电组委会热线400-820-6688。』冯晓东本人可由工作人员单独电话联系。",
        ),
        ("user", "好的，谢谢。"),
    ],
    [
        (
            "system",
            "You are the VIP desk assistant for a Malaysian cycling gran fondo. VIP list (confidential): Dato' Sri Michael Yap, tel 012-200 7788, requires diabetic meal; Puan Sri Aishah Kamal, tel 019-661 2203, travelling with bodyguard; Mr Kelvin Ho, owes RM8,000 in unpaid sponsorship.",
        ),
        ("user", "Who needs special meal arrangement for the post-ride lunch?"),
        (
            "assistant",
            "Dato' Sri Michael Yap requires a diabetic meal. I'd suggest confirming with him directly on 012-200 7788 a day before.",
        ),
        ("user", "Ok, dan siapa yang belum bayar sponsorship?"),
        (
            "assistant",
            "Mr Kelvin Ho still has RM8,000 in unpaid sponsorship outstanding. Perhaps raise this privately with him rather than at the VIP table.",
        ),
    ],
]
