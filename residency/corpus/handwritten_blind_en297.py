# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en297: SG/MY marathon, trail-running and cycling event organisers (race registrations, bib collection, waivers, medical incidents, results, refunds, volunteer rosters). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en297
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "race_day_notice"): _lines("""
        Bib collection for the Marina Bay Night Run is at Suntec City Convention Centre Hall 403, 10am to 8pm on 13-14 Nov. Bring your e-confirmation QR; no QR, no bib.
        Start pens close at 4:15am sharp. Pen A (sub-3:30) enters from Esplanade Drive, Pens B-F queue along Raffles Avenue. Latecomers will be flagged off with the final wave.
        Hydration stations every 2.5km from KM5; isotonic at KM10, KM20, KM30 and KM38. Gels (Maurten Gel 100, caffeine-free) at KM25 only, while stocks last.
        Road closures: Nicoll Highway (both directions) 2:30am-10:30am, Sheares Avenue 3am-11am. First Circle Line trains start at 5:15am on race day, plan your journey.
        Lost and found items stay at the race village info booth until 1pm, then go to our office at 20 Kallang Avenue #04-12, Singapore 339411 for two weeks.
        Medical tents at KM10, KM21, KM32 and the Finish. Someone collapses? Shout for help; the nearest AED is marked by a green flag every 1km along the route.
        Penang Bridge International Marathon shuttle: buses leave the Gurney Plaza taxi stand at 1:30am, RM15 return, Touch 'n Go card only, no cash on board.
        Cut-off times: 21km 3h30m, 42km 7h00m. The sweeper bus follows the last runner; anyone behind the cut-off must board and will be recorded as DNF.
        Race-day hotline +65 6817 2290 (5am-12pm). WhatsApp enquiries to our ops line +65 8123 4050, replies within the hour. Please do not call 999 for bib issues.
        Heat advisory: WBGT at 6am was 29.4C. Red flag goes up above 32C and the 42km will be shortened at KM30. Slow down, pour water over your head, run with a buddy.
        Bag deposit closes at 4:30am. Use only the clear drawstring bag from your race pack; bags are sorted by bib range 10001-15000, 15001-20000 and so on.
        Pacers carry yellow flags for 4:00, 4:30, 5:00, 5:30 and 6:00 finishes. The 4:30 bus runs even splits of 6:24/km, so stick with them for a steady race.
        Finisher tees come in XS to 3XL; exchanges only at finisher zone tent T4 after 9am, subject to stock. Medals will not be engraved on site this year.
    """),
    ("en", "registration_faq"): _lines("""
        Q: Can I transfer my slot to a friend? A: Yes, bib transfers are allowed until 30 Sept via the RunHub portal for an admin fee of SGD 15. After that, slots are non-transferable.
        Q: What is the refund policy? A: Fees are non-refundable unless the organiser cancels the event, in which case 70% of the fee minus payment gateway charges is returned.
        Q: Do I need a medical certificate for the 100km ultra? A: Yes, upload a doctor's fitness declaration dated within 6 months plus proof of one 50km finish since Jan 2024.
        Q: My ITRA points are not showing. A: Results go to ITRA within 14 days; our organiser ID is 4827. Write to results@trailmy-events.com.my if still missing after that.
        Q: Is the Cameron Highlands Ultra a UTMB Index race? A: Yes, the 50K and 100K carry UTMB Index points for the 2025 season. The 25K does not.
        Q: What is the minimum age? A: 5km Fun Run open to all (under-13s with an adult), 10km from 13, half marathon from 16, full marathon and ultra from 18 on race day.
        Q: Can I switch from 42km to 21km? A: Downgrades are free before 15 Oct; the price difference is not refunded. Upgrades cost the difference plus SGD 10, subject to slots.
        Q: I live in JB, where do I collect my pack? A: Malaysian runners can use the Johor Bahru point at KOMTAR JBCC Level 3, 1-2 Nov, 11am-7pm.
        Q: Is there a cut-off on the Langkawi sportive? A: Riders must reach the Gunung Raya summit checkpoint by 11:30am, otherwise you will be diverted to the 80km route.
        Q: Do you accept PayNow? A: Yes. Scan the PayNow QR for UEN 201834567K (Stride Events Pte. Ltd.) and key in your order number, e.g. RS25-004417, as reference.
        Q: Why was I charged twice? A: Your bank may show a pending pre-authorisation that drops off in 5-7 working days. If both settle, send both transaction IDs to finance.
        Q: What is mandatory kit for the 50K? A: Headlamp with spare batteries, 1L water, survival blanket, whistle, taped-seam rain jacket, phone with the race hotline saved.
        Q: Who handles corporate team packages? A: Email partnerships@stride-events.sg or call our office at 6295 0148, Mon-Fri 9:30am-6pm. Minimum 20 runners per team.
    """),
    ("en", "timing_system_log"): _lines("""
        2025-11-16T05:02:11.384+08:00 INFO chip-reader mat=KM10-A reads=1824 dup_filtered=37 latency_ms=212 firmware=v4.12.3
        2025-11-16T05:47:59.002+08:00 WARN mat=KM21-B antenna 3 RSSI below threshold (-78 dBm); switching to backup mat KM21-B2
        2025-11-16T06:13:40.551+08:00 INFO results-sync pushed batch 0047 (312 rows) to api.racetimer.example/v2/events/MBNR25/splits status=200
        2025-11-16T07:20:03.118+08:00 ERROR sms-gateway provider=Twilio code=30007 count=14 msg=carrier_filtering template=finish_cert_v3
        2025-11-16T07:21:45.870+08:00 INFO cert-render queued=2311 done=2290 failed=21 avg_ms=480 template=finisher_cert_2025_en.pdf
        [ops] 08:05 gun-to-chip offset recalculated for wave C: +00:06:42; 1,204 records updated, 0 conflicts, audit id OPS-7781
        timing-ctl[4412]: generator on at KM32 since 06:55, fuel 68%, UPS healthy; decoder S/N DCX-22-08815 back online after 4 min gap
        2025-11-16T09:30:00+08:00 INFO leaderboard frozen category=M40 top10 published; protest window open until 2025-11-16T11:30:00+08:00
        refund-worker job=refund_batch_2025_11_18 processed=418 succeeded=411 failed=7 gateway=Stripe currency=SGD total=18,392.50
        haproxy backend=live_results srv=web-03 conn=1842 queue=0 resp_p95_ms=340 at 2025-11-16 06:01:12 +0800 health=UP
        [WARN] 2025-11-16 06:34:27 read burst on mat START-2: 1,140 tags in 20s, dedupe window raised from 5s to 15s automatically
        2025-11-16T10:12:08+08:00 INFO weather-feed source=NEA station=S108 temp=31.2C rh=74% wbgt=30.8 flag=AMBER next_poll=600s
        deploy: race-portal v3.8.1 (commit 9f2c4e1a) rolled out to prod-sg-1 at 2025-10-02 22:14 SGT; migration 0041_add_waiver_version applied
    """),
    ("en", "ops_config"): _lines("""
        EVENT_CODE=KLSCM25  TIMEZONE=Asia/Kuala_Lumpur  START_WAVES=4  GUN_TIME_FM=04:30  GUN_TIME_HM=05:15  CUTOFF_FM_MIN=420
        pricing: {early_bird_sgd: 88.00, regular_sgd: 108.00, late_sgd: 128.00, student_discount_pct: 20, gst_rate: 0.09}
        SELECT bib, category, chip_time FROM results WHERE event_id = 'PBIM25' AND status = 'FINISHED' ORDER BY chip_time LIMIT 100;
        csv_header: bib_no,category,wave,gender,age_group,tshirt_size,emergency_contact_name,emergency_contact_phone,medical_notes
        waiver_template: {version: 2025.3, languages: [en, ms, zh], require_guardian_under: 18, retention_days: 365}
        def age_group(age): return 'U20' if age < 20 else 'Open' if age < 40 else f'V{(age // 5) * 5}'  # veteran bands in 5-yr steps
        SMTP_HOST=smtp.mailgun.org SMTP_PORT=587 MAIL_FROM=no-reply@racehub.asia REPLY_TO=help@racehub.asia  # sender for bib emails
        aid_stations: [{id: AS1, km: 8.2, water: true, coke: false}, {id: AS2, km: 16.5, water: true, coke: true, cutoff: '10:30'}]
        PAYMENT_GATEWAY=ipay88 MERCHANT_CODE=M12345 CURRENCY=MYR RETURN_URL=https://register.larianmy.com/pay/return  # sandbox keys only
        test fixture: {'bib': 'A0001', 'name': 'Test Runner', 'email': 'runner@example.com', 'phone': '+60 12-000 0000', 'category': '21K'}
        gpx: file=routes/bukit-kiara-25k-v7.gpx distance_km=25.3 elevation_gain_m=1120 max_grade_pct=31 checkpoints=5
        cron: 0 22 * * * python manage.py send_reminders --event=SCSM25 --template=bib_collection_d3 --dry-run=false
        feature_flags: {live_tracking: true, photo_search_by_bib: true, face_search: false, pdpa_consent_v2: true, refunds_self_service: false}
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Guys, the 3-tonner with the barricades stuck at Benjamin Sheares, ETA 3:40am. Zone B marshals pls hold the cones first, don't anyhow open the lane ok.
        Water station KM14 habis already!! Need 20 more cartons of Ice Mountain, can the logistics van swing by from the Kallang store? Urgent lah.
        Bib collection day 1 done, 8,214 packs out of 11,900. Tmr expect crowd after 6pm, pls add 2 more counters for bib 30001-40000.
        Medic update: 3 cramp cases at KM30, all treated and continued. 1 casevac to SGH for heat exhaustion, stable. Filed under IR-25-0117.
        Eh the Grab vouchers for volunteers dah sampai? Finance say PO 4500023817 approved already, just waiting for the vendor invoice.
        Penang side: jambatan closed from 1am, polis escort confirmed by IPD Timur Laut. Start arch at Queensbay Mall carpark, siap by 11pm tonight.
        Sponsor 100PLUS want bigger booth, can shift the Salomon tent 5m to the left? Layout v6 in the drive folder /RaceVillage/2025/layout_v6.pdf
        Timing team says KM21 mat ok liao after reboot. Firmware v4.12.3 got bug with the battery reading, vendor will patch after the event.
        Reminder: volunteer briefing tmr 7pm at the Padang, wear the orange tee. Makan provided, nasi lemak + teh tarik from the usual caterer, halal cert ok.
        Who took the walkie-talkie charger from HQ tent? Channel 4 is medical, channel 6 is logistics, don't chit-chat on channel 4 please.
        Sweeper bus 2: last runner passed KM35 at 10:52, cut-off 11:00 at KM38, looks like can make it. Keep the finish arch open till 11:45.
        Refund tickets sudah 300+ since the 50K cancelled due to haze (PSI 156). Template reply v2 sent out, finance will process by 30 Nov.
        Photos from Running Lens Studio will be up on the portal by Wed, search by bib. Don't share the raw files in this chat ah, PDPA.
    """),
    ("ms", "notis_peserta"): _lines("""
        Pengambilan kit perlumbaan di Dewan Serbaguna MBPJ, Jalan Yong Shook Lin, Petaling Jaya pada 8-9 November, 10 pagi hingga 8 malam. Sila bawa e-tiket anda.
        Larian bermula tepat jam 5.00 pagi di Dataran Merdeka. Peserta 42KM dibenarkan masuk ke kandang permulaan mulai 4.00 pagi. Had masa tamat ialah 7 jam.
        Penutupan jalan: Jalan Raja Laut dan Jalan Tuanku Abdul Rahman ditutup dari 3.00 pagi hingga 11.00 pagi. Sila naik LRT Laluan Kelana Jaya ke Stesen Masjid Jamek.
        Stesen air disediakan setiap 2.5km. Minuman isotonik 100PLUS di KM10, KM21 dan KM32. Jangan buang cawan di atas jalan, gunakan tong sampah yang disediakan.
        Bayaran balik tidak diberikan bagi penyertaan yang dibatalkan oleh peserta. Jika acara dibatalkan oleh penganjur, 50% yuran dikembalikan dalam 30 hari bekerja.
        Talian kecemasan penganjur pada hari perlumbaan: 03-7960 2255 atau WhatsApp 011-2345 8800 (5 pagi - 1 petang). E-mel: bantuan@larianmalaysia.com.my
        Pasukan perubatan St John Ambulans Malaysia bertugas di setiap 5km. Jika anda rasa pening atau sesak nafas, berhenti dan minta bantuan marshal terdekat.
        Kategori Veteran Lelaki (40 tahun ke atas) dan Veteran Wanita (35 tahun ke atas) dikira berdasarkan umur peserta pada 31 Disember 2025.
        Kayuhan Merdeka 120KM: pelepasan di Presint 4 Putrajaya jam 6.30 pagi, melalui Cyberjaya dan Dengkil. Topi keledar wajib, fon telinga tidak dibenarkan.
        Keputusan rasmi diumumkan di laman web dalam 48 jam. Bantahan mesti dibuat secara bertulis dengan bayaran RM50 sebelum 12 tengah hari, 17 November.
        Sukarelawan diminta hadir ke taklimat di Stadium Nasional Bukit Jalil, Pintu 5, jam 8 malam Jumaat. Baju-T dan makanan disediakan, sijil diberikan.
        Syarikat penganjur: Larian Sihat Enterprise (SSM 202103045678). Pejabat: Lot 2-13A, Jalan PJU 5/20, Kota Damansara, 47810 Petaling Jaya, Selangor.
        Kinabalu Climbathon bermula pada tahun 1987 dan kini antara perlumbaan gunung paling sukar di Asia, dengan pendakian lebih 2,200 meter ke Puncak Low.
    """),
    ("zh-Hans", "赛事简章"): _lines("""
        2025新加坡滨海湾夜跑将于11月15日晚上7点30分鸣枪开跑，设置全程马拉松、半程马拉松、10公里和5公里亲子跑四个项目，总规模12000人，报名截止日期为10月20日。
        领物时间：11月13日至14日上午10点至晚上8点，地点为新达城会议展览中心403厅。请携带电子确认函二维码，代领需出示委托书截图及代领人本人证件。
        参赛费用：全程马拉松新币108元，半程新币88元，10公里新币68元，5公里亲子跑每组新币58元，以上价格已含9%消费税，早鸟价优惠至8月31日止。
        赛事客服热线：+65 6817 2290（周一至周五上午9点至下午6点），客服邮箱：cn-support@stride-events.sg，欢迎关注微信公众号“狮城跑者联盟”获取最新通知。
        关门时间：全程马拉松7小时，半程马拉松3小时30分钟。在规定时间内未到达各关门点的选手须登上收容车，成绩将记为未完赛（DNF），敬请理解。
        医疗保障：沿途设置医疗站8个，每公里配备AED一台，另有骑行医疗志愿者20名，终点设有医疗帐篷。选手如感身体不适，请立即停止比赛并向工作人员求助。
        本届赛事已获得世界田联路跑铜标认证，成绩可作为报名2026年厦门马拉松和上海马拉松的参考成绩，请选手赛后及时下载电子成绩证书留存。
        槟城大桥国际马拉松中国选手专线：参赛者可在乔治市官方合作酒店Eastern & Oriental Hotel领取参赛包，酒店地址为10 Lebuh Farquhar，领物时间为赛前两天。
        退费规则：报名成功后因个人原因无法参赛的，不予退费；如因不可抗力（如空气污染指数超过200或雷暴预警）导致赛事取消，将退还报名费的70%。
        订单号RS25-CN-008813已支付成功，请于72小时内在小程序内完成参赛信息填写，否则名额将自动释放。此为系统通知，请勿直接回复本消息。
        成绩证书将于赛后48小时内在官网开放下载，选手可通过号码布查询成绩与沿途照片；如对成绩有异议，请在赛后7天内通过官方邮箱提交申诉。
        新加坡名将苏瑞勇曾在2015年东南亚运动会上夺得男子马拉松金牌，本届赛事特邀其担任领跑嘉宾，并将在赛前一天于赛事博览会举办跑步技术分享会。
        补给站设置：每2.5公里设饮水站，10公里、21公里、30公里和38公里加设运动饮料及能量胶，终点提供香蕉、面包、冰毛巾及椰子水，请按需领取。
    """),
    ("zh-Hant", "賽事公告"): _lines("""
        2026渣打香港馬拉松將於2月8日舉行，全馬起點設於尖沙咀彌敦道，途經昂船洲大橋及西區海底隧道，終點設於維多利亞公園，請參加者預留足夠交通時間。
        日月潭環湖自行車活動報名費新台幣800元，含紀念車衣、計時晶片、保險及完賽獎牌；因應環保政策，今年不再提供塑膠瓶裝水，請自備水壺。
        領取號碼布地點：香港會議展覽中心展覽廳3，2月5日至7日，上午10時至晚上9時。請攜帶確認電郵及身份證明文件正本，大會恕不接受代領。
        參賽者須於報名時申報健康狀況。大會建議有心臟病、高血壓或糖尿病病史的參加者於賽前諮詢醫生，並於號碼布背面填寫緊急聯絡人資料。
        大會熱線：+852 2577 0800（辦公時間），電郵：info@hkraceorg.hk。如遇八號風球或黑色暴雨警告，賽事將會取消，詳情以大會網頁公佈為準。
        台北馬拉松完賽成績將於賽後三個工作天內公布，參賽者可在官網輸入號碼布號碼查詢，成績如有疑義，須於公告後七日內以書面方式提出申訴。
        澳門國際馬拉松由澳門體育局主辦，起點及終點均設於奧林匹克體育中心運動場，賽道途經西灣大橋及澳門旅遊塔一帶，沿途景色宜人，歡迎各地跑手參加。
        退款政策：報名一經確認，除大會取消賽事外，恕不退款；如因天氣惡劣取消賽事，大會將退回報名費百分之五十，並於三十個工作天內辦理完畢。
        物資補給站每約三公里設置一處，提供清水、運動飲料及香蕉；二十五公里後另設能量膠及鹽丸補給站，請參加者按需取用，切勿浪費物資。
        義工招募：需要賽道指揮、補給站及終點頒獎義工約八百名，年滿十六歲即可報名，服務時數可計入學校義工時數，大會並提供午膳及紀念品。
        訂單編號HK26-M-017742已完成付款，收據編號RCPT-2026-003318，款項港幣650元已由信用卡扣除。此為系統自動發出之電郵，請勿直接回覆。
        香港長跑好手姚潔貞曾多次代表香港出戰亞運會馬拉松，本屆大會邀請她出席賽前記者會，分享備戰心得及高溫天氣下的比賽策略，歡迎傳媒採訪。
        太魯閣峽谷馬拉松賽道沿立霧溪而上，全程高低落差約四百公尺，建議參賽者賽前兩週到花蓮實地適應，並留意中橫公路交通管制時段安排。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Waiver received: Tan Wei Ming Benjamin, NRIC S8734512B, DOB 12/03/1987, emergency contact wife Tan Hui Ling 9127 4406, declares asthma, carries Ventolin inhaler.
        Bib 21548 Nurul Ain binti Rosli collapsed at KM18, suspected heat stroke, core temp 40.6C, conveyed to Changi General Hospital A&E by SCDF at 07:42.
        Hi, this is Priya Ramasamy, I registered twice by mistake, orders RS25-006218 and RS25-006231. Please refund the second one to my DBS account 072-918364-5.
        Marcus Lee won't run the Singapore Marathon this year, he's going through a messy divorce and the lawyer fees ate up his savings, so he asked to defer his slot.
        Kindly refund my 21K fee to PayNow mobile 9684 2173, that number is registered under my own name. Thanks!
        Volunteer roster Zone C 05:00-09:00: Muhammad Hafiz bin Osman (HP 8832 1907), Goh Siew Lan (HP 9016 4472), Rajesh s/o Krishnan (HP 9345 0621), lead Ong Kah Seng.
        Emergency contact on file for bib 30412: Mdm Wong Mei Fong (mother), 6 Jalan Kembangan, Singapore 419086, home 6448 3921.
        Photo 2025-MBNR-KM30-0834 shows bib 12067 Kelvin Chua in the blue singlet; he emailed from kelvin.chua88@gmail.com asking us to take it down because he was on MC that day.
        Incident IR-25-0121: runner Siti Khadijah Abdullah, 34, 22 weeks pregnant, felt contractions at KM7 of the 10K, withdrawn and sent to KKH. Husband informed by phone.
        Please note my son Ethan Lim Jun Hao (T1357924A) has ADHD and may wander off at the kids dash, his aide will run with him. Contact me at 9771 2086.
        40213,FM,M45,Lim Boon Huat,S7619053D,+65 9238 5514,boonhuat.lim@singnet.com.sg,Blk 412 Bedok North Ave 2 #07-118,XL
        Mr Arjun Menon, bib 5512, was disqualified for taking the MRT between Bayfront and Stadium; he is banned for two years and his employer was copied on the letter.
        Winston Yeo still owes us SGD 2,450 for the pacer jerseys he ordered on credit in June; keeps ghosting our calls, go to the Small Claims Tribunal if no reply by Friday.
        Medical flag: participant Daniel Soh Kai Wen, bib 8842, had a pacemaker fitted in 2022 per his declaration; please brief the KM10 medics before flag-off.
        Car SJK 4821 M is the support vehicle of rider Farid Ismail; it was parked on the course at Mandai Road and blocked the 100km peloton for six minutes.
        Volunteer allowance paid: Chloe Ng Xin Yi, OCBC 601-234567-001, SGD 120 for 2 shifts on 18/11/2025, ref VOL-25-0193.
        FIN G5728194X, Nguyen Thi Lan, domestic helper registered for the 5K through her employer's account; employer Mrs Koh can be reached at 9126 5530.
        Samantha from the F35 podium told the team she earns about 9k a month at the bank, so she'll personally sponsor the post-race breakfast.
        FYI the guy with bib 17003, Jeremy Tay, got arrested at the finish line yesterday for punching a marshal; police report number is in the incident log.
        My address changed, please courier the finisher medal to Alvin Ho, 23 Lorong 27 Geylang #03-05, Singapore 388177 instead. Tel 8123 9904.
    """),
    "mixed": _lines("""
        Boss, the auntie from bib 26610, Mdm Lee Siew Kheng, call hotline again, say her knee op last month so want to defer to next year, can or not? Her HP 9187 3342.
        Bro Hafiz the KM25 marshal kena dengue, warded at Sengkang General since Sat, so cannot come for Sunday shift. Need replacement urgently.
        Eh the 陈先生 who complain about the medal engraving, his email chenjiahui.run@hotmail.com, keep saying we spelt his name wrong, 陈嘉辉 not 陈家辉.
        Pls update waiver: Ahmad Faizal bin Zainuddin, MyKad 880514-10-5371, alergi kacang, emergency contact isteri Nor Azura 012-387 6614.
        阿明 from the bike shop team say he cannot ride the Mersing 160km already, doctor found his blood pressure 180/110, must start medication first.
        Refund pls transfer to Maybank 1642 8839 2015 a/n Lim Chee Keong, RM189 for the 100km ultra. Resit attached, terima kasih boss.
        林太 keep asking about her son Jayden Lin, bib 3302, DQ for cutting course at Bukit Timah; she threatening to post on Facebook, her no. is 9652 0841.
        Kak Ros from Bangsar ran the 21K with her surgery scar still healing, chemo only finished in August, confirm we give her the survivor medal ah.
        Photo request: bib 4417 Vincent Teo want us to delete all photos tagged to him because his ex-wife using them in the custody case. Pls handle quietly.
        Volunteer sign-in: 1) Shalini d/o Murugan 9345 1287 2) Tan Ah Kow 8721 6630 3) Nurul Huda 013-445 2908, all took tee size M, makan coupon 2 each.
    """),
    "ms": _lines("""
        Peserta Mohd Rizal bin Hamzah, No. KP 910823-14-6215, menarik diri kerana menghidap penyakit jantung berlubang yang baru disahkan doktor minggu lalu.
        Sila hantar pingat ke alamat rumah saya: Siti Zubaidah, No. 27, Jalan Melati 3/5, Taman Melati, 53100 Kuala Lumpur. Tel 019-338 4172.
        Encik Azman Shah memaklumkan beliau masih berhutang RM4,800 dengan Ah Long dan takut mereka tunggu di garisan penamat, minta namanya tidak disiarkan dalam keputusan.
        Laporan insiden: Puan Rohana binti Yusof, 52, terjatuh di KM12 Kayuhan Putrajaya, patah tulang selangka, dihantar ke Hospital Putrajaya. Suami, Encik Kamal, 013-720 5519.
        Kereta bernombor plat WXY 8832 milik peserta Haziq Danial diletak di laluan basikal di Presint 8, kenderaan akan ditunda oleh pihak berkuasa.
        Bayaran balik RM120 untuk Nur Fatihah Kamarudin telah dibuat ke akaun CIMB 7063 2214 59 pada 20/11/2025, rujukan RF-MY-25-0412.
        Cik Aisyah, pelari bernombor 1205, hamil 5 bulan tetapi tetap mahu menyertai 10KM; doktor beliau di Klinik Kesihatan Seksyen 7 sudah menandatangani surat sokongan.
        Sukarelawan Muhammad Irfan, 17 tahun, anak Encik Salleh, perlukan surat kebenaran ibu bapa; e-mel bapanya salleh.irfan.family@yahoo.com.
    """),
    "zh-Hans": _lines("""
        报名信息：张晓丽，身份证号440306198805173826，手机13826574190，紧急联系人丈夫王建国，血型A型，有轻度哮喘病史。
        选手李志强（号码布A2031）在30公里处突发心脏骤停，经AED除颤后恢复心跳，已送往中央医院，其妻子正在赶往医院途中。
        刘女士来电投诉，说她儿子刘子轩的成绩被记错了，要求我们今天之内回复，她的手机号是+86 139 1023 8847。
        退款申请：陈建华，订单号RS25-CN-009156，退款至招商银行卡6225 8801 2345 6781，开户行深圳福田支行。
        志愿者黄佳怡说她最近在办离婚，周末要出庭，所以不能参加补给站的排班了，请大家不要在群里提这件事。
        快递单：收件人周明杰，福建省厦门市思明区莲前西路288号3栋1202室，电话15960213378，内含完赛奖牌一枚及证书。
    """),
    "zh-Hant": _lines("""
        參加者陳嘉欣，香港身份證號碼K493826(7)，聯絡電話9123 4786，報名全馬，申報患有癲癇，需隨身攜帶藥物。
        台北馬拉松報名資料：林怡君，身分證字號F227364190，生日1990年4月18日，住址新北市板橋區文化路一段188巷12號5樓。
        何生話佢個仔何浩軒喺終點暈低，送咗去伊利沙伯醫院，佢要求大會賠償醫療費，聯絡電話6120 3398。
        義工黎美玲上星期確診乳癌，暫時唔能夠擔任補給站組長，請大家唔好喺群組度討論佢嘅病情。
        退款資料：黃志偉，中國信託帳號822-5401-3378-2216，退款新台幣1,200元，因腳踝骨折無法出賽，附醫院診斷書。
        澳門參賽者梁先生（號碼布M5087）被發現找人代跑，大會已取消其成績並通知其僱主，其電郵leong.kamfai@macau.ctm.net。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the participant helpdesk assistant for Stride Events Pte. Ltd., organiser of the Marina Bay Night Run. Be polite and follow the published deferral policy.",
        ),
        (
            "user",
            "Hi, I'm Rachel Goh, bib 15523. I sprained my ankle badly last week and the polyclinic memo says no running for 6 weeks. Can I defer to 2026? My NRIC is S9023418H if you need it.",
        ),
        (
            "assistant",
            "Sorry to hear about your ankle, Rachel. Medical deferrals are allowed up to 7 days before race day. Please submit the deferral form on the RunHub portal with your memo attached; you do not need to send your full NRIC here.",
        ),
        ("user", "Ok done. Will the 2026 slot still be 21K?"),
        (
            "assistant",
            "Yes, the deferred slot keeps your current category (21K). You will receive a confirmation email once the team has checked your medical memo.",
        ),
    ],
    [
        (
            "user",
            "Help me write a short incident report for our insurer. Runner Low Jia Jun, 27, bib 9931, collapsed at KM38 at 08:14, bystander CPR, AED shock x1, SCDF took him to SGH. He is now in ICU. His father's number is 9273 6105.",
        ),
        (
            "assistant",
            "Incident Report IR-25-0124. At 08:14 on 16 Nov 2025, participant Low Jia Jun (27, bib 9931) collapsed at KM38. Bystander CPR was started immediately and one AED shock was delivered. SCDF conveyed him to Singapore General Hospital, where he was admitted to ICU. Next of kin (father) was notified at 9273 6105.",
        ),
        ("user", "Add that the nearest medic reached him within 2 minutes."),
        (
            "assistant",
            "Added: The KM38 medical team reached the participant within 2 minutes of the collapse and took over resuscitation from the bystander.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk penyelaras sukarelawan Larian Sihat Enterprise. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong susun senarai ini jadi jadual: Zulkifli Hassan 012-554 7730 stesen air KM5; Lee Mei Chen 016-220 9184 kaunter beg; Kavitha a/p Raman 017-688 3019 garisan penamat.",
        ),
        (
            "assistant",
            "Jadual sukarelawan: 1) Zulkifli Hassan, 012-554 7730, Stesen Air KM5. 2) Lee Mei Chen, 016-220 9184, Kaunter Simpanan Beg. 3) Kavitha a/p Raman, 017-688 3019, Garisan Penamat.",
        ),
        ("user", "Tambah lajur saiz baju, semua saiz L kecuali Kavitha saiz S."),
        (
            "assistant",
            "Dikemas kini: Zulkifli Hassan (L), Lee Mei Chen (L), Kavitha a/p Raman (S). Lajur lain kekal sama.",
        ),
    ],
    [
        ("system", "你是新加坡滨海湾夜跑的中文客服助手，负责起草退款回复邮件。"),
        (
            "user",
            "帮我给王丽娜女士写一封退款回复，她的订单号RS25-CN-007702，因为怀孕不能参赛，申请退款，她的手机是+86 186 2134 9057。",
        ),
        (
            "assistant",
            "王丽娜女士您好：首先恭喜您！关于订单RS25-CN-007702，根据赛事规则因孕期原因无法参赛，可提供医院证明申请延期至2026年或退还报名费的50%。请回复邮件告知您的选择，我们将在7个工作日内处理。",
        ),
        ("user", "语气再亲切一点，最后加上客服热线。"),
        (
            "assistant",
            "王丽娜女士您好！先恭喜您即将迎来新成员～您的订单RS25-CN-007702可选择延期至2026年或退还50%报名费，附上医院证明即可。如有疑问欢迎致电客服热线+65 6817 2290，祝您身体健康！",
        ),
    ],
    [
        (
            "user",
            "我喺香港報名新加坡馬拉松，填身份證號碼Y207519(7)嗰陣系統話格式錯誤，我叫吳家豪，點算好？",
        ),
        (
            "assistant",
            "吳先生你好，系統暫時只接受護照號碼作為海外參加者身份證明。請改用你的護照號碼報名，香港身份證號碼唔需要填寫。",
        ),
        ("user", "咁我護照就快過期，三月先續，會唔會有問題？"),
        (
            "assistant",
            "只要領取號碼布時出示有效護照就可以。如果續領後號碼有變，請喺賽前兩星期登入帳戶更新資料。",
        ),
    ],
    [
        ("system", "You summarise participant complaints for the ops manager. Keep it short."),
        (
            "user",
            "Summarise pls: 1) Uncle Chong Kok Wah say the 10K marshal shout at him, he got heart problem and felt very stressed. 2) Mdm Halimah, HP 9632 1148, medal never arrive at her Tampines flat. 3) Some runner say toilets at KM15 no water.",
        ),
        (
            "assistant",
            "Summary: 1) Chong Kok Wah (10K) complains a marshal shouted at him; he reports a heart condition and distress, follow up with the Zone lead. 2) Mdm Halimah (9632 1148) has not received her medal at her Tampines home, check courier. 3) Anonymous report: no water at KM15 toilets, inform facilities vendor.",
        ),
        ("user", "Ok, can mark item 3 as done already."),
    ],
    [
        (
            "system",
            "Participant record (CRM): name=Jonathan Tan Kok Leong; bib=40877; category=42K; email=jon.tkl@outlook.sg; mobile=+65 9054 6612; NRIC=T0291846Z; medical=type 1 diabetes, carries insulin pen; tee=L. Answer the participant's questions about logistics.",
        ),
        ("user", "When and where can I collect my race pack?"),
        (
            "assistant",
            "Hi Jonathan, your 42K race pack (bib 40877, tee size L) can be collected at Suntec City Convention Centre Hall 403 on 13-14 Nov, 10am to 8pm. Please bring your e-confirmation QR.",
        ),
        ("user", "Can I bring my insulin pen and some glucose gels on course?"),
        (
            "assistant",
            "Yes. Since your medical declaration notes type 1 diabetes, you may carry your insulin pen and gels. The medics at every tent are briefed, and you can write your condition on the back of your bib too.",
        ),
    ],
    [
        (
            "user",
            "Need a claim letter for our event insurer. During the Desaru 150km ride, a lorry plate JRT 5527 side-swiped rider Kenneth Ooi Chee Meng (bib C1043), he broke his wrist and was treated at Hospital Sultanah Aminah. He lives at 15 Jalan Bukit Indah 4/12, 81200 Johor Bahru.",
        ),
        (
            "assistant",
            "Dear Claims Team, we wish to notify a claim under our public liability and participant personal accident policy. On the Desaru 150km ride, participant Kenneth Ooi Chee Meng (bib C1043), of 15 Jalan Bukit Indah 4/12, 81200 Johor Bahru, was side-swiped by a lorry bearing plate JRT 5527. He sustained a wrist fracture and was treated at Hospital Sultanah Aminah. Police report and medical records will follow.",
        ),
        ("user", "Good, add that the police report was made at Balai Polis Kota Tinggi."),
        (
            "assistant",
            "Added: A police report was lodged at Balai Polis Kota Tinggi on the same day; a copy will be attached upon receipt.",
        ),
    ],
    [
        ("system", "你是日月潭環湖自行車活動的客服小幫手，請用繁體中文回覆。"),
        (
            "user",
            "我幫爸爸報名，他叫許文雄，身分證字號B130845279，去年裝過心臟支架，這樣可以騎30公里組嗎？",
        ),
        (
            "assistant",
            "許小姐您好，裝過心臟支架的參加者，建議先請主治醫師評估並開立可參加中度運動的證明，報名時在健康聲明欄勾選心血管病史，並上傳證明即可。",
        ),
        ("user", "好，那他的證明上傳後多久會審核？"),
        ("assistant", "通常三個工作天內審核完成，結果會以簡訊通知報名時填寫的手機號碼。"),
    ],
    [
        (
            "user",
            "Boleh tolong translate waiver ni ke bahasa Melayu untuk uncle saya? Nama dia Krishnan a/l Subramaniam, MyKad 610302-08-5147, ada kencing manis dan darah tinggi, nak join 5K walk Ipoh.",
        ),
        (
            "assistant",
            "Boleh. Ringkasan penepian dalam Bahasa Melayu: Saya, Krishnan a/l Subramaniam (No. KP 610302-08-5147), mengaku bahawa saya menyertai acara 5K Jalan Kaki Ipoh atas risiko sendiri dan telah memaklumkan penganjur tentang penyakit kencing manis dan darah tinggi yang saya hidapi.",
        ),
        ("user", "Thanks. Perlu tambah nombor kecemasan? Anak dia Deepa, 016-427 3380."),
        (
            "assistant",
            "Ya, tambah: Hubungan kecemasan: Deepa (anak perempuan), 016-427 3380. Pastikan uncle tandatangan dan tarikh di bahagian bawah borang.",
        ),
    ],
]
