# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix91: tennis, triathlon and running clubs in SG/MY/HK/TW. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix91
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "race_notice"): _lines("""
        RACE PACK COLLECTION | Marina Bay Night 21K | 14-16 Nov, 11am-9pm | Suntec City Convention Centre, Hall 401 | Bring your e-confirmation QR code. No QR, no bib. Proxy collection allowed with an authorisation letter and a copy of the participant's e-confirmation.
        Wave start times: 21.1K Wave A 4:30am, Wave B 4:45am, Wave C 5:00am. Bib colours: red = 42K, blue = 21K, green = 10K. Corral gates close 10 minutes before each flag-off.
        Bibs 20001-23500 (10K) collect at Counters 7-9; bibs 30001 onwards (5K fun run) at Counters 10-12. The timing chip is stuck on the back of the bib, please do not fold or cut it.
        Full marathon cut-off is 7 hours at the finish, with intermediate cut-offs at KM 21 (3h30) and KM 32 (5h15). Runners who miss a cut-off will be directed onto the sweeper bus.
        Road closure advisory: Nicoll Highway and Esplanade Drive will be closed from 2:00am to 11:00am on race day. Traffic enquiries: LTA hotline 1800 2255 582.
        Swim start at Tanjong Beach, Sentosa: rolling start, 6 athletes every 5 seconds. Forecast water temperature 29.5°C, so wetsuits are not permitted in any age group.
        LOST & FOUND: a grey Garmin Forerunner 265 and a pair of Hoka Clifton 9 (US 9) were handed in at the baggage deposit. Claim at the race office by 30 Nov with proof of ownership, quoting ref LF-2411-037.
        Medical stations are located every 2-3 km along the route and at the finish. If you feel chest pain, dizziness or unusual breathlessness, stop and signal the nearest marshal. Emergency ambulance: 995.
        Results are provisional for 72 hours. Appeals must be lodged through the online form under race reference SGNR24-APL with a S$50 fee, refunded if the appeal is upheld.
        Junior Open 2025 draw is out. Qualifying 3-4 May at Kallang Tennis Centre, main draw 6-11 May. Sign-in closes 30 minutes before the scheduled match time; players who are late forfeit under Rule 4.2.
        Court booking for 2025 opens 2 Jan, 9am. Members may book up to 7 days ahead, max 2 sessions a day. Floodlight surcharge S$6/hr after 7pm. Enquiries: courts@kallangracquetclub.org.sg or 6345 7781 (club office, Tue-Sun).
        Invoice INV-2025-00418 | Corporate team entry, 12 x 10K @ S$68.00 | Total S$816.00 incl. GST | Pay by PayNow to UEN 201912345K, reference RUN2025CORP.
        Baggage deposit closes at 4:15am. Only the clear bag issued in your race pack will be accepted; tag it with the sticker printed with your bib number.
        Route change notice: due to works at Gardens by the Bay East, the 10K turnaround has moved 300 m north. The course remains AIMS-measured at 10.000 km.
    """),
    ("en", "results_public"): _lines("""
        Soh Rui Yong won back-to-back SEA Games marathon gold medals for Singapore in 2015 and 2017.
        Li Na became the first Asian-born player to win a Grand Slam singles title at the 2011 French Open, and added the Australian Open in 2014.
        Hsieh Su-wei of Chinese Taipei has won the Wimbledon women's doubles title several times, the first of them with Peng Shuai in 2013.
        Singapore sprinter Shanti Pereira won the 200 m at the 2023 Asian Athletics Championships in Bangkok.
        Eliud Kipchoge ran 2:01:09 at the 2022 Berlin Marathon, a world record at the time.
        Lu Yen-hsun reached the Wimbledon quarter-finals in 2010 after beating Andy Roddick in the fourth round.
        M40-44 podium times: 2:51:08, 2:58:40, 3:02:15. Median finish 4:41:30; 3,812 finishers; DNF rate 6.2%.
        Marina Bay Night 21K 2024 in numbers: 8,240 starters, 7,951 finishers, fastest men's time 1:09:44 and fastest women's time 1:21:02, both by invited elites.
        Interclub Division 2 standings after Round 5: Tanglin Lawn TC 14 pts, Bukit Timah Racquet Club 12 pts, Serangoon Gardens TC 9 pts, Pasir Ris Tennis Academy 5 pts.
        Average finish times in the sprint triathlon (750 m / 20 km / 5 km) dropped by 4 minutes this year, mostly thanks to the flatter bike course.
        Club records board updated: men's 10K 31:48 (set 2019), women's 10K 36:22 (set 2023), mixed 4 x 400 m relay 4:12.6.
    """),
    ("en", "safety_and_coaching"): _lines("""
        Exertional heat stroke: cool first, transport second. Immerse the runner in an ice-water tub until core temperature falls to about 39°C, then hand over to the paramedics.
        Club safeguarding policy: coaches must not be alone with a junior player in a closed room; one-to-one lessons take place on open courts in view of other adults.
        Concussion protocol: any athlete with a suspected concussion is removed from play and may not return on the same day, whatever the symptoms look like ten minutes later.
        AED locations at the venue: registration tent, transition area exit, finish line medical tent. Every marshal holds a valid CPR+AED certificate.
        Tennis elbow usually settles with load management, eccentric wrist extension exercises and a check of racquet grip size and string tension.
        Hyponatraemia risk rises when slower runners drink more than they sweat; drink to thirst and use electrolyte drinks on runs longer than 2 hours.
        Medical clearance is required for full marathon participants aged 65 and above. Submit the form signed by a registered medical practitioner by 31 Oct.
        A swimmer in trouble should roll onto their back and raise one arm; the nearest kayak will come over. Holding the kayak to rest is allowed as long as you make no forward progress.
        Twelve-week sprint triathlon plan: weeks 1-4 base, weeks 5-8 build, weeks 9-11 race-specific, week 12 taper. Long ride on Saturday, brick session on Sunday.
        Data retention: participant medical declarations are deleted 90 days after the event unless they are needed for an open incident investigation.
        Sign of a stress fracture: pain on one spot of the shin that gets worse as the run goes on and hurts when you hop. Stop running and see a doctor for imaging.
    """),
    ("zh-Hant", "club_notice"): _lines("""
        【號碼布領取】維港夜跑10K｜11月22至23日 中午12時至晚上8時｜灣仔會議展覽中心展覽廳3B｜請攜帶電子確認信，代領須出示授權書及參賽者確認信副本。
        各位會員注意：今個星期六朝早6:30喺大埔海濱公園集合，長課25K，配速5:45至6:15，記得帶水同鹽丸。落雨照跑，黃雨或以上就取消。
        沙田公園網球場平日夜晚要經康文署SmartPLAY預訂，每次最多兩個鐘，逾時唔到場會被記一次缺席。
        「2025台北城市路跑」成績查詢：請於官網輸入參賽編號及出生年份查詢，紙本完賽證書恕不補發。
        鐵人三項轉換區規定：自行車須於賽前一日下午3時至6時完成寄車，安全帽號碼貼紙需貼於正前方，未戴妥安全帽不得取車。
        防中暑提示：跑步前後各補水300至500毫升，如出現頭暈、噁心或停止出汗，請即停跑並通知工作人員。緊急求助請致電999。
        教練小貼士：上旋球重點係由低到高揮拍，拍面稍為關閉，隨揮要完成喺對側膊頭上面，唔好用手腕去「撥」個波。
        本會週年大會將於2025年3月15日(六)晚上7時假會所舉行，議程包括通過經審核帳目及選舉新一屆委員會。
        報名費用：全馬新台幣1,200元、半馬1,000元、10K 800元，早鳥優惠至8月31日止，團報10人以上享9折。
        失物招領：賽後於存物區拾獲黑色Apple Watch一隻及藍色水壺一個，請於12月10日前憑物主證明到會所辦公室領回，編號LF-HK-0219。
        三項鐵人初學班第一堂游泳評估喺九龍公園游泳池，請帶泳帽同泳鏡。唔識自由式都可以報，我哋會由踢水開始教。
        比賽路線經過淡水河左岸自行車道，請跑者靠右行進，勿跨越黃線，並禮讓自行車通行。
        會員年費調整：由2025年4月1日起，成人年費HK$680，學生HK$380。請以轉數快轉賬至本會FPS識別碼 1638205，備註請填會員編號。
        醫護站設於5K、10K、15K及終點，均配備AED；大會醫療專線 (02)2765-3318，比賽當日上午4時起開通。
    """),
    ("zh-Hans", "training_and_rules"): _lines("""
        新手跑半马建议：前8周每周跑3到4次，周末长距离每周增加1到2公里，赛前两周把跑量减少30%到40%。
        马拉松赛前三天开始适当增加碳水摄入，每公斤体重约8到10克；比赛当天早餐要在起跑前3小时吃完。
        铁人三项公开水域游泳：出发时尽量站在外侧，避免被踢到；每划6到8下抬头看一次浮标。
        网球双打站位：发球方网前球员站在发球线与球网之间；用I字站位时要提前约好手势暗号。
        跑步心率区间：Z2约为最大心率的60%到70%，有氧基础期每周约80%的训练量应在Z2完成。
        【吉隆坡】2025城中夜跑领取号码布地点：Axiata Arena停车场帐篷，时间上午10点至晚上8点，需出示电子确认函，号码布不可转让。
        参加体能测试前请确认无心脏病史；如有高血压、哮喘等情况，请先咨询医生并携带医生同意书。
        赛事保险说明：每位参赛者均由主办单位投保个人意外险，保单编号PA-2025-SG-00731，理赔须在事故发生后30天内提出。
        比赛成绩以芯片时间（净成绩）为准，枪声时间仅供参考；各组别前三名则按枪声时间排名。
        课程退费政策：开课前7天取消可退80%，开课后不予退费，但可转让给他人使用一次。
        跑团群规：1. 请勿在群内发广告；2. 约跑请注明时间、地点和配速；3. 受伤求助请直接拨打995或联系现场教练。
        抽筋怎么办：立即停止，缓慢拉伸抽筋的肌肉并补充电解质；若反复抽筋或伴随胸闷，应马上就医。
    """),
    ("ms", "pengumuman"): _lines("""
        Pengambilan kit larian (bib, baju dan cip) pada 7-8 Jun, 10 pagi hingga 8 malam di Dewan Serbaguna MBPJ. Sila bawa e-mel pengesahan. Wakil dibenarkan dengan surat kebenaran.
        Larian bermula tepat jam 5:30 pagi. Masa tamat kategori 21KM ialah 3 jam 30 minit; peserta yang gagal akan dinaikkan ke bas penyapu.
        Peringatan kesihatan: jangan berlari jika anda demam atau baru pulih daripada sakit. Minum air secukupnya dan berhenti segera jika sakit dada. Kecemasan: 999.
        Jadual latihan tenis junior: Isnin dan Rabu, 5 hingga 7 petang di Pusat Tenis Kebangsaan Jalan Duta. Yuran RM120 sebulan, raket pinjaman disediakan.
        Triatlon: zon peralihan dibuka 5:00 pagi dan ditutup 6:15 pagi. Topi keledar mesti diikat sebelum basikal dikeluarkan dari rak.
        Keputusan rasmi akan dimuat naik ke laman web dalam masa 48 jam. Sebarang bantahan hendaklah dibuat secara bertulis bersama yuran RM50.
        Nombor bib tidak boleh dipindah milik. Peserta yang didapati berlari menggunakan bib orang lain akan dibatalkan kelayakan dan disenarai hitam dua tahun.
        Tips latihan: untuk larian 10KM pertama anda, mulakan dengan tiga sesi seminggu dan selang-selikan lari perlahan dengan jalan kaki.
        Bayaran penyertaan boleh dibuat melalui FPX atau kad kredit. Nombor invois seperti INV-MY-2025-004512 akan dihantar bersama e-mel pengesahan.
        Ruang letak kereta terhad. Peserta digalakkan menaiki LRT dan turun di Stesen Bukit Jalil; perkhidmatan bermula 4:30 pagi pada hari perlumbaan.
        Cuaca panas: jika indeks haba melebihi paras amaran, penganjur berhak memendekkan jarak atau membatalkan acara tanpa bayaran balik.
        Mesyuarat Agung Tahunan Kelab Pelari akan diadakan pada 22 Februari 2025, 8 malam di bilik mesyuarat kelab. Semua ahli berdaftar dijemput hadir.
        Pertandingan tenis beregu campuran: pendaftaran ditutup 15 Mac dan setiap pasangan mesti mempunyai sekurang-kurangnya seorang ahli kelab.
    """),
    ("mixed", "group_chat"): _lines("""
        Guys this Sat long run meet 6am at Bishan Park carpark B, 18K easy pace, confirm by tonight ok? 跑完去吃kopi.
        今日interval取消啦，落大雨加行雷，改做core workout at home，video已經send咗落channel.
        Sesiapa nak join bib collection esok? Boleh collect proxy tapi kena ada authorisation letter ok, lepas tu 一起去Suntec吃饭.
        Reminder: tapering week! 不要突然去跑PB哦, save your legs for Sunday lah.
        Vaporfly 3 or Adios Pro 3 better ah? 我脚比较宽, any recommendation?
        Race morning remember eat breakfast 3 hours before, jangan cuba gel baru on race day, 肚子会出事的.
        有冇人知Kallang Tennis Centre啲court而家點book? ActiveSG app定係walk-in?
        Water station at KM 15 got 100Plus and water only, no gels. Bring your own ok.
        Coach says tomorrow 8 x 400m @ 5K pace, 90s jog recovery. 准时6:15pm at track 哈.
        台北馬抽籤結果出咗未? 我check咗email都未收到wor.
        Kalau hujan lebat swim session cancel, tapi bike trainer session still on 在clubhouse.
        Anyone selling 2nd hand tri suit size M? budget around RM150, 唔使太新.
        Heat advisory: WBGT above 32 so club says all outdoor sessions stop until 5pm, 大家take care.
        Tennis doubles social tonight 7:30pm court 3 & 4, balls provided, 唔夠人就rotate king of the court.
        Did you all watch Kipchoge's Berlin interview? 他讲consistency is everything, very true leh.
    """),
    ("mixed", "forms_templates_code"): _lines("""
        ENTRY FORM | Full name (as in NRIC/Passport): ____________ | NRIC/FIN: ____________ | Emergency contact name & no.: ____________ | T-shirt size: XS / S / M / L / XL
        報名表｜姓名：＿＿＿＿｜身份證號碼：＿＿＿＿｜緊急聯絡人及電話：＿＿＿＿｜血型：＿＿｜如有長期病患請列明：＿＿＿＿
        Borang Penyertaan | Nama Penuh: [NAMA] | No. KP: [XXXXXX-XX-XXXX] | No. Telefon: [01X-XXXXXXX] | Saiz baju: [S/M/L/XL]
        Dear {first_name}, your bib number is {bib_no} and your start wave is {wave}. Please collect your race pack at {venue} on {date}.
        SELECT bib_no, chip_time, category FROM results WHERE event_id = 'MBN21K-2024' AND status = 'FINISHED' ORDER BY chip_time LIMIT 10;
        timing: { event_code: "TW-CITY-2025", mat_positions_km: [5, 10, 15, 21.1], chip_type: "UHF-disposable", firmware: "v3.2.1" }
        Authorisation letter template: I, [full name], NRIC/FIN [XXXXXXXXX], authorise [proxy name] to collect my race pack for [event name]. Signature: ______ Date: ______
        INCIDENT REPORT (blank) | Time: __:__ | Location (KM marker): ____ | Nature: □ cramp □ heat □ fall □ cardiac □ other | First aider ID: ____ | Conveyed to: ____
        代領授權書：本人＿＿＿（身分證字號：＿＿＿＿）因故無法親自領取物資，茲委託＿＿＿代為領取，如有遺失概由本人負責。
        bib_pattern = r"^[A-Z][0-9]{4,5}$"  # e.g. A1023 or M20417, validated before chip assignment
        CSV header: bib_no,category,gender,age_group,gun_time,chip_time,split_10k,split_21k,status
        Order #SO-883210 | HOKA Clifton 9 Black/White US9 (SKU 1127895-BWHT-09) | qty 1 | S$209.00 | SF Express tracking SF1402938475621
        收据号码 REC-20250312-0098｜项目：青少年网球课程（10堂）｜金额：S$380.00｜付款方式：PayNow（UEN 201715566D）
        wave_allocation: if predicted_time < "1:45:00" then "A" elif predicted_time < "2:15:00" then "B" else "C"
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Proxy collection: I, TAN WEI MING (NRIC S8834172D), authorise my colleague Lim Pei Shan to collect my 21K race pack. Contact me at 9734 2218 if there is any issue.
        Medical log 02:14 KM18 - male runner collapsed, bib 21487, identified as Rajesh Kumar a/l Subramaniam, 46. GCS 13, temp 40.1°C, ice tub 12 min, conveyed to Changi General Hospital by SCDF.
        Hi coach, this is Melissa's mum. Melissa Goh (U12 squad) can't come on Saturday, she sprained her left ankle during PE at Rosyth School and the doctor says two weeks' rest.
        Refund request #RF-20931 | Participant: Benjamin Oliver Clarke | Email: ben.clarke.runs@gmail.com | Reason: hospitalised with dengue 3 days before the race, MC attached.
        EMERGENCY CONTACT | Participant: NURUL AISYAH BINTI KAMARUDIN | Contact: Kamarudin bin Hassan (father) | +60 12-348 7721 | Allergies: penicillin, peanuts
        Technical official report: Daniel Fernandez, AG M35-39, received a third blue card for drafting on lap 2 of the bike course and is disqualified from the results.
        Membership renewal - Mr Ong Kah Seng, Blk 512 Bedok North Ave 2 #08-1147 Singapore 460512, paid by Visa 4556 7812 0934 8171 exp 09/27.
        Coaching notes: Priya d/o Ramasamy, 14, serve toss drifts to the right. Has asthma and keeps her inhaler in the side pocket of her bag; parents asked us to remind her at water breaks.
        Hello, my name is Jason Yip Chun Hei and I lost my bib for the Harbour 10K. I registered with HKID Y307215(9), could you reissue it at the counter tomorrow?
        Results query: Keith Anthony D'Souza, bib 5127, Sundown 50K. My Garmin shows 5:48:12 but the result says DNF. My activity is on Strava under keith.dsouza.ultra if you need to check.
        Waiver signed by Arjun Mehta, FIN G5537219K, Employment Pass holder, declares a knee reconstruction (ACL, 2021) and no cardiac history.
        Physio referral: Jeremy Chua, 52, right Achilles tendinopathy after Ironman 70.3 Bintan; please call his mobile 8652 0173 to book the first session.
        Whoever parked SMB 4821 G across the roller gate - the office says it's registered to member Victor Seah. Victor, please move your car, the delivery truck can't get in.
        Interclub Ladies Team A: 1. Sarah Lim S9023318A 2. Hazel Teo T0286619B 3. Charmaine Rodrigues S8201493D - please bring your NRIC for verification at sign-in.
        Ballot result: Dear Ms Chloe Wee Hui Min, your full marathon entry is confirmed. We noted from your medical declaration that you are 20 weeks pregnant; please contact the race doctor before the event.
    """),
    "zh-Hans": _lines("""
        报名信息：姓名 陈思远，身份证号 440106198903142715，手机 138 2716 4490，组别 半程马拉松，T恤 L码。
        王丽娟教练您好，我女儿周子涵下周二的网球课要请假，她发烧38.5度，医生开了三天病假条。
        医疗站记录：10:32 第15公里，跑者刘建国（男，58岁）自述胸闷，心率168，已由救护车送往吉隆坡中央医院急诊。
        退款申请：黄晓敏，马来西亚护照 A52718836，因怀孕无法参赛，申请把名额转让给丈夫李俊杰。
        会费未缴名单：林振华 S7615490B 电话 9081 4436，已逾期两个月，请尽快通过PayNow补缴。
        大家好，我是上周日在东海岸公园摔倒的张宇，想谢谢帮我叫救护车的那位大哥，请加我微信 zhangyu_runner88。
        已收到何志强的三铁训练营费用 ¥2,800，付款卡号 6228 4809 1203 7469（农业银行），收据已发到他邮箱。
        上海跑友徐浩然，身份证 31011519920817053X，报名新加坡马拉松全程，需要主办方出具参赛证明办签证。
        郑雅婷（350203199511024487）参加厦门站铁人三项时自行车摔车，右手腕骨折，已在医院打石膏。
    """),
    "zh-Hant": _lines("""
        代領授權書：本人李家豪（香港身份證 K482913(1)）授權朋友陳嘉欣代領維港夜跑10K號碼布，聯絡電話 9438 2716。
        @阿Ken 黃志偉 你條腰好返未呀？上星期喺馬鞍山練跑扭親，醫生話係椎間盤突出喎，唔好咁快返嚟跑啦。
        報名資料：林怡君｜身分證字號 A227183458｜生日 1990/05/12｜手機 0912-384-556｜緊急聯絡人 林志明（父）
        救護紀錄：14:05 轉換區，選手張家豪（編號T-0418，男，37歲）自行車摔車，左鎖骨疑似骨折，已送台大醫院急診。
        會員資料更新：麥詠詩 Mak Wing Sze，新地址 新界沙田第一城36座15樓F室，手提 6127 8853。
        教練您好，我是陳柏翰的媽媽，他有第一型糖尿病，上課時請讓他帶血糖機和果汁在場邊。我的LINE是 chen_mama0412。
        退款已處理：收款人劉美玲，轉數快登記電話 +852 5302 6648，金額HK$450（三鐵體驗班）。
        成績更正申請：吳俊傑，身分證字號 F139204616，男子40-44歲組，計時晶片失效，請協助以終點影片確認完賽時間。
        網球班學員名單：1. 鄭樂瑤（P651084(5)，8歲，有哮喘）2. 何卓霖（A738215(7)，9歲）3. 梁芷晴（10歲，對蜜蜂過敏）
        恭喜本會會員蔡宗翰（台積電工程師，42歲）在台南古都馬拉松以2:58:31首次破三，下月要請大家吃飯！
    """),
    "ms": _lines("""
        BORANG | Nama: MUHAMMAD HAFIZ BIN ABDUL RAHMAN | No. KP: 880412-14-5523 | Tel: 017-602 9145 | Kategori: 21KM Lelaki Veteran
        Laporan insiden: peserta Siti Hajar binti Yusof (bib 10877) pengsan di KM 8 akibat strok haba dan dihantar ke Hospital Kuala Lumpur. Suami beliau telah dimaklumkan.
        Salam coach, anak saya Aqil bin Faizal tak dapat hadir latihan tenis Sabtu ni sebab demam denggi, masih di wad Hospital Serdang.
        Yuran kem triatlon: Nurul Izzati binti Ramli, akaun Maybank 1640 2283 7719, RM350 telah dipindahkan pada 3/3.
        Senarai menunggu kelas renang dewasa: 1. Kavitha a/p Murugan, 011-2384 6619, langsung tidak boleh berenang, takut air dalam.
        Aduan rasmi: En. Lee Kok Leong (ahli no. 0412) didapati memaki pengadil garisan semasa perlawanan akhir beregu Ahad lepas. Jawatankuasa akan memanggil beliau.
        Permohonan tukar nama penyertaan daripada Wan Ahmad Zulkifli kepada adiknya Wan Nur Syafiqah, No. KP 020915-01-0364.
        Awangku Firdaus bin Awang Jaini, 850530-13-5291, alamat: No. 27, Lorong 4, Taman Desa Wira, 93350 Kuching, Sarawak.
        Abang Zam, saya dah emel sijil cuti sakit Puan Norhayati binti Ismail (lutut bengkak, tak boleh lari 3 minggu) ke zam.pelari@gmail.com.
    """),
    "mixed": _lines("""
        @jiaying 你的bib我帮你拿了ok, but counter auntie ask ur NRIC is T0312786E correct anot? Ng Jia Ying right?
        Eh Darren Lau fell during the MacRitchie trail run, 手腕fracture, now at TTSH A&E. His wife's number 8219 7760 if anyone can help inform her.
        Weiling 你register的email weiling.tan88@gmail.com 打错了啦, system send不到confirmation, 快点去改.
        Kelvin Yip 今朝swim完chest pain，已經call咗999送去瑪麗醫院，佢太太Joyce而家趕緊過去。
        Bro Faizal, transfer yuran bike fit ke akaun CIMB saya 7003 4412 98 ok, nama Tan Boon Keat, terima kasih!
        阿凱（陳凱文）的LINE id 是 kevin_tri_0958, 他說bike fit的師傅可以直接加他問。
        Mdm Rosalind Pereira (67) medical clearance form expired, cannot start the 42K unless she submits a new one by Fri. Her daughter Natalie's mobile is 9345 1186.
        Anyone lost a wallet at the track? 入面有张IC 950726-10-6148 名字 Chong Mei Ling, I pass to the guard house already.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful assistant for a running club in Singapore."),
        (
            "user",
            "Can you write a short proxy collection letter for me? My name is Goh Siew Ling, NRIC S9512846G. My friend Aaron Tay will collect my 10K pack on Saturday.",
        ),
        (
            "assistant",
            "Sure. 'I, Goh Siew Ling (NRIC S9512846G), authorise Aaron Tay to collect my 10K race pack on my behalf on Saturday. Signed: ______ Date: ______'",
        ),
        ("user", "Thanks! Add my mobile 9734 1102 at the bottom in case they need to call."),
    ],
    [
        (
            "user",
            "我個仔何俊賢今年9歲，喺九龍塘學校讀小四，有運動誘發哮喘。想寫張字條俾網球教練，講清楚佢要點用噴霧，可以幫我寫嗎？",
        ),
        (
            "assistant",
            "可以。範例：「教練您好，我是何俊賢的家長。俊賢有運動誘發哮喘，如訓練時出現氣促或咳嗽，請讓他停下並使用藍色噴霧兩下，休息十分鐘。」",
        ),
        ("user", "好，最尾加埋我電話 9438 6605，我叫何太。"),
    ],
    [
        ("system", "你是一位協助三鐵選手處理賽事事務的助理。"),
        (
            "user",
            "我叫蘇建宏，身分證字號 Q129385040，上週日的113公里賽被判繞標違規取消資格，我有GoPro影片可以證明，請幫我寫申訴信。",
        ),
        (
            "assistant",
            "好的，申訴信可包含：選手姓名、身分證字號、參賽編號、違規地點與時間，以及影片中能證明您正確繞標的時間碼。請問您的參賽編號是？",
        ),
        ("user", "編號是 1187，我在40-44歲組。"),
    ],
    [
        (
            "user",
            "Tolong tulis e-mel kepada penganjur larian. Saya Siti Aminah binti Othman, No. KP 990218-08-6012. Saya tak dapat berlari sebab baru bersalin bulan lepas, nak minta tangguh penyertaan ke tahun depan.",
        ),
        (
            "assistant",
            "Baik. 'Tuan/Puan, saya Siti Aminah binti Othman (No. KP 990218-08-6012) memohon penangguhan penyertaan ke edisi tahun hadapan kerana baru bersalin. Sijil doktor dilampirkan.'",
        ),
        ("user", "Bagus, letak juga nombor telefon saya 019-275 3380."),
    ],
    [
        ("system", "Format data for the club admin."),
        (
            "user",
            "Make this into a table: Marcus Leong 9081 7723 M40 10K / Fiona Ho 8824 3391 F30 21K / Suresh Nair s/o Gopal 9642 0058 M50 42K (knee surgery last year)",
        ),
        (
            "assistant",
            "Name | Mobile | Age group | Distance | Notes / Marcus Leong | 9081 7723 | M40 | 10K | - / Fiona Ho | 8824 3391 | F30 | 21K | - / Suresh Nair s/o Gopal | 9642 0058 | M50 | 42K | knee surgery last year",
        ),
    ],
    [
        (
            "user",
            "我是北京的跑者孙丽华，身份证11010519860709332X，报了新加坡渣打马拉松，但签证被拒了，能不能帮我写一封申请退款的英文邮件？",
        ),
        (
            "assistant",
            "当然可以。Dear Organiser, my name is Sun Lihua (ID 11010519860709332X). My Singapore visa application was rejected, so I am unable to travel for the race. I would like to request a refund or deferral.",
        ),
        ("user", "再加上我的手机 139 0125 7748 和邮箱 sunlihua86@163.com。"),
    ],
    [
        ("system", "You help tennis coaches keep training notes."),
        (
            "user",
            "Summarise this for my notes: Ethan Koh, 16, Raffles Institution, shoulder impingement on the right side, physio twice a week, no serving till end of month, dad (Mr Koh) is anxious about the national junior trials.",
        ),
        (
            "assistant",
            "Ethan Koh (16, RI): right shoulder impingement; physio 2x/week; no serving until month end. Father concerned about national junior trials.",
        ),
    ],
    [
        (
            "user",
            "my kaki Ah Boon (Lim Teck Boon) collapse at km 30 just now, paramedic bring him to NUH. how to write incident report for the club?",
        ),
        (
            "assistant",
            "Sorry to hear that. Include: time and location (KM 30), what you saw, who gave first aid, when the ambulance arrived and that he was taken to NUH. Keep to facts, no guesses about the cause.",
        ),
        (
            "user",
            "ok he is 61, got heart stent 2019, his telegram is @ahboon_runs if club wants to contact.",
        ),
    ],
    [
        (
            "user",
            "Help me reply to the timing company. I'm Nadia Rahman, bib 30518, email nadia.rahman.tri@outlook.com. My split at T2 is missing and my result says 3:15 when I finished 2:58.",
        ),
        (
            "assistant",
            "Dear Timing Team, I am Nadia Rahman (bib 30518). My T2 split is missing and my recorded time of 3:15 does not match my finish of about 2:58. Could you check the backup mat data? Reply to nadia.rahman.tri@outlook.com.",
        ),
    ],
    [
        ("system", "你係一個幫會員填表嘅助手。"),
        (
            "user",
            "幫我填報名表：姓名 譚家樂，香港身份證 V140628(0)，出生日期 1993年7月2日，電話 6512 7739，緊急聯絡人 譚太（媽媽）。",
        ),
        (
            "assistant",
            "報名表已整理：姓名：譚家樂｜身份證：V140628(0)｜出生日期：1993-07-02｜電話：6512 7739｜緊急聯絡人：譚太（母親）",
        ),
        ("user", "仲有住址：九龍觀塘秀茂坪寶達邨達欣樓2306室。"),
    ],
    [
        (
            "user",
            "Payment for the tri camp keeps failing. Card is 5432 1700 6684 2038, name on card LOW JUN HAO, expiry 11/26. What should I do?",
        ),
        (
            "assistant",
            "Please don't share full card numbers in chat. Try another browser, confirm your bank has enabled online transactions, or contact your card issuer. You can also pay by PayNow to the club's UEN.",
        ),
        ("user", "ok, bank is DBS. will call them."),
    ],
]
