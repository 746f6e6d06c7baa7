# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix38: code-switched EN/Malay/Chinese amateur sports (SG/MY/HK) — clubs, marathons, bibs, court bookings, rosters, injuries. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix38
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("mixed", "race briefing"): _lines("""
        Race kit collection @ Suntec Convention Centre Hall 401, 4–6 Dec, 11am–9pm. Bring e-confirmation + photo ID, no ID no bib ah.
        Proxy collection allowed: bring the authorisation letter (download from race website) + copy of the participant's ID. Max 5 kits per proxy.
        Cut-off: 42K 7hr, 21K 4hr, 10K 2hr. Sweeper bus will pick up runners who cannot make the km 30 cut-off at 11:15am.
        Flag-off 42K 4:30am Esplanade Bridge, 21K 5:30am, 10K 6:45am. Pls be in your pen 20 min before, pen closes sharp.
        Bib must be pinned on the FRONT, visible, jangan lipat or cut — timing chip is at the back of the bib, fold it = no timing.
        Hydration point every 2.5km: 100Plus + air mineral. Gel station at km 18, 28 and 35.
        Corral A (sub-3:30) needs proof of time from a race in the past 24 months, upload by 15 Nov.
        Bag deposit closes 4:15am. Tag your bag with the sticker at the bottom of your bib, jgn guna your own label.
        天气预报早上会有雷雨，如果有闪电警报，主办方有权暂停比赛，请留意现场广播。
        Lightning risk: if the race is red-flagged, all runners proceed to the nearest shelter; timing will be adjusted, no refund as per T&C 14.3.
        Bib transfer not allowed. Runners caught running with someone else's bib will be DQ'd and banned 2 yrs.
        Medical tent at km 21, km 32 and finish. Feel giddy or chest pain → stop and raise your hand, marshals got AED.
        Finisher tee & medal collection at Finish Village — show your bib (not the tear-off tab).
    """),
    ("en-SG", "results and statistics"): _lines("""
        Full marathon 2025: 11,842 starters, 10,967 finishers, median 5:38:21, DNF 7.4% (hot & humid, WBGT 29.8 at 7am).
        Joseph Schooling won Singapore's first Olympic gold in the 100m butterfly at Rio 2016, clocking an Olympic record 50.39.
        Kipchoge's 1:59:40 in Vienna (2019) doesn't count as a world record because of the rotating pacers and the laser car.
        Age group M40–44 top 10 cut-off this year was 3:02:55, lol the uncles getting faster every year.
        Results are provisional until 72 hrs after the race; appeals via the results portal only, attach your Strava/Garmin file.
        Loh Kean Yew became Singapore's first badminton world champion in Huelva in December 2021.
        Soh Rui Yong won the SEA Games marathon gold in 2015 and again in 2017.
        Sample pacing chart for the 3:25 bus: 5K 24:17 | 10K 48:34 | 21.1K 1:42:30 | 30K 2:25:45 | 42.195K 3:25:00, avg 4:52/km.
        Pacer buses: 3:30, 3:45, 4:00, 4:30, 5:00, 5:30, 6:00 — look for the balloons with the time on it.
        Kelvin Kiptum's 2:00:35 at Chicago 2023 was ratified as the marathon world record; he died in a road accident in Kenya in Feb 2024.
        Top 3 clubs by finishers: Running Dept 214, Pacesetters 188, Kampong Runners 160 (team prize needs 5 scorers).
        AG placing uses gun time as per World Athletics rules; chip time is shown for reference only.
    """),
    ("ms-MY", "notis kelab"): _lines("""
        Notis Mesyuarat Agung Tahunan Kelab Larian Bukit Jalil kali ke-9 akan diadakan pada Sabtu 10 Jan 2026, jam 8.30 pagi di Dewan Serbaguna.
        Yuran keahlian 2026: RM60 setahun (dewasa), RM30 (pelajar). Bayar sebelum 31 Dis untuk dapat jersi percuma.
        Latihan mingguan: Selasa & Khamis 6.15 ptg, Taman Tasik Titiwangsa, berkumpul depan tandas awam. Kalau hujan lebat, batal.
        Long run Ahad ni 25km, pace group 6:00, 6:30, 7:00. Bawa air sendiri, water station hanya di km 12.
        Geng, tolong jangan share IC number orang lain dalam group WhatsApp ni. Kalau nak daftar beramai-ramai, PM bendahari terus.
        Kelab kami berdaftar dengan Pejabat Pesuruhjaya Sukan, no. pendaftaran PPS/WKL/2019/0412.
        Slot futsal Jumaat malam dah penuh, sesiapa nak tambah main hari Rabu boleh vote dalam poll.
        Tahniah kepada pasukan bola jaring kelab kerana menjadi naib johan Liga Komuniti Selangor 2025!
        Jersi edisi Merdeka dah sampai. Saiz XS–3XL, ambil di booth lepas latihan Khamis. Harga ahli RM45.
        Pengingat: semua ahli wajib isi borang pengisytiharan kesihatan sebelum event trail — link ada dalam description group.
        Stadium Hang Jebat di Krubong akan ditutup untuk penyelenggaraan trek sintetik dari 1 hingga 28 Feb.
        Sorry geng, trail run Bukit Gasing cancel sebab amaran ribut petir dari MetMalaysia. Refund akan diproses dalam 14 hari bekerja.
        Program Larian Merdeka 5K anjuran Majlis Sukan Negara — pendaftaran dibuka sehingga 15 Ogos atau sehingga cukup 3,000 penyertaan.
    """),
    ("zh-HK", "場地預訂"): _lines("""
        康體通：每個戶口每日最多可預訂2節羽毛球場，每節1小時，須於使用日期前7日預訂。
        預訂編號 LCSD-BK-20251205-004417，九龍仔公園體育館 羽毛球場 3號，19:00–20:00，費用 HK$59。
        如需取消預訂，請於使用日期前最少3個工作天辦理，逾期不設退款。
        伊利沙伯體育館今個月有幾場籃球聯賽，主場館 12月13、14號唔開放俾公眾預訂。
        租場用戶須於開場前15分鐘到櫃位出示預訂確認及身份證明文件正本，遲到15分鐘場地會被收回。
        壁球場只准穿著不留痕鞋底波鞋，違者職員有權拒絕入場。
        跑步徑每圈400米，逢星期二上午7時至9時保留予學校訓練，公眾不可使用。
        週末朝早啲場好難book，09:00 一開放就爆滿，建議用 app 唔好用網頁。
        系統維護通知：康體通將於12月8日（星期一）凌晨1:00至6:00暫停服務，不便之處敬請原諒。
        港大何鴻燊體育中心嘅泳池12月暫停對外開放，校友證持有人都唔可以用住。
        球場燈光費另計，每小時 HK$23，請於櫃位一併繳付。
        Booking confirmation: {{venue_name}} Court {{court_no}}, {{date}} {{start_time}}–{{end_time}}. 請於櫃位出示 {{id_doc_type}}。Ref: {{booking_ref}}
    """),
    ("en", "shops, venues and systems"): _lines("""
        Order #MY-RUN-2025-118734 shipped via J&T, tracking 630098117742. ETA 3–5 working days.
        Invoice INV-2025-04413: 10-session gym pass ×1 RM180.00, SST 8% RM14.40, total RM194.40.
        Nike Bukit Bintang Run Club meets Wed 7.30pm, free, all levels welcome, just turn up.
        Decathlon Mont Kiara now stocks the Kiprun KD900X, RM899, member price RM849 till 31 Dec.
        Jalan Tun Razak will be closed from 2am to 10am on race day; use Jalan Ampang or MRR2 instead.
        Garmin Forerunner firmware 19.22 fixes the HRV status bug — update via Garmin Express or the Connect app.
        Strava Android v412.0.1 (build 1024) crashes when uploading activities longer than 6 hrs, known issue, fix in next release.
        Customer care for race merch: 1300-88-7788 (Mon–Fri 9am–6pm) or email support@larianhq.my.
        SHA-256 of results_2025_final.csv: 4afb9f40cd345f8945b6d4fa032800c6e3148de99b1a337b81a159ebc187e08b
        Physio promo: first assessment RM120 (usual RM180), valid for members of registered running clubs.
        Majlis Sukan Negara Malaysia, Kompleks Sukan Negara, Bukit Jalil, 57000 Kuala Lumpur.
        National Stadium, 1 Stadium Drive, Singapore 397629 — Gate 3 for the baggage area.
        Tan Tock Seng Hospital's sports medicine clinic takes referrals from polyclinics, walk-ins not accepted.
    """),
    ("mixed", "injury and training advice"): _lines("""
        ITB pain on the outside of the knee usually flares after km 10–12; foam roll the TFL + glutes, and cut mileage 30% for 2 weeks.
        RICE dah outdated, sekarang guna PEACE & LOVE — Protect, Elevate, Avoid anti-inflammatories, Compress, Educate, then Load, Optimism, Vascularisation, Exercise.
        跑友们注意：足底筋膜炎早上起床第一步最痛，可以用网球滚脚底，每次5分钟。
        Shin splints common for new runners who increase mileage too fast — follow the 10% rule lah.
        Kalau ankle sprain, jangan terus urut kuat2, ais dulu 15–20 minit setiap 2–3 jam untuk 48 jam pertama.
        抽筋唔一定係缺鹽，多數係肌肉疲勞，賽前訓練夠長課先係重點。
        Heat stroke warning signs: confusion, stopped sweating, core temp >40°C. Call 995 immediately, don't wait.
        Achilles tendinopathy: eccentric heel drops 3x15, twice daily for 12 weeks (the Alfredson protocol).
        Sports massage vs physio — massage for recovery, see physio if pain >2 weeks or it changes your gait.
        Carbo loading 8–10 g/kg body weight per day for 36–48 hr before the marathon; contoh 60kg runner ≈ 500–600g carbs sehari.
        跑完全马48小时内唔好即刻按摩太大力，肌肉微撕裂會更嚴重。
        Badminton players: shoulder impingement common from smashing; strengthen rotator cuff with band ER/IR 3x15.
        Hamstring strain grade 1 usually 2–3 weeks RTP, grade 2 about 4–8 weeks; don't rush the sprint work.
    """),
    ("zh-MY", "跑团与赛事"): _lines("""
        听说今年槟城大桥马拉松的起点可能会换地方，桥上风很大，跑友要注意保暖。
        新山 Larian 10K 报名费 RM75，早鸟价 RM60，包括 finisher tee 和奖牌。
        吉隆坡渣打马拉松今年的完赛奖牌以双峰塔为主题，网上评价两极。
        李宗伟在2008、2012和2016年奥运会男单都拿到银牌，大马人都叫他拿督李。
        潘德丽娜（Pandelela Rinong）在2012年伦敦奥运会女子10米跳台获得铜牌，是大马首位奥运奖牌女选手。
        本周六早上 6 点在 Desa ParkCity 集合，LSD 20km，配速 6:30，结束后一起去吃 nasi lemak。
        跑团本月累计里程 8,412 公里，比上个月多了 12%，谢谢大家坚持！
        《灌篮高手》樱木花道的 10 号球衣在我们篮球队里没人敢穿哈哈。
        滨海湾夜跑今年停办，主办方表示会在2026年评估是否复办。
        报名须知：参赛者须年满18岁；未满18岁须由家长签署同意书（模板见附件）。
        古晋越野赛今年新增 50K 组别，累计爬升 2,300 米，关门时间 12 小时。
        传说雅典信使菲迪皮茨从马拉松跑回雅典报捷后倒地身亡，这就是马拉松的由来。
    """),
    ("mixed", "templates, data and code"): _lines("""
        bib_no,first_name,last_name,gender,dob,nationality,id_type,id_no,emergency_name,emergency_phone,tshirt_size
        SELECT bib_no, chip_time FROM results WHERE category = 'M40' AND status = 'FIN' ORDER BY chip_time LIMIT 10;
        Privacy notice: personal data collected (name, NRIC/passport no., contact) is used only for race admin and insurance, and deleted 6 months after the event per the PDPA.
        Hi {first_name}, thanks for registering for {event_name}! Your bib no. is {bib_no}, pen {pen}. Sila bawa IC/pasport semasa pengambilan kit.
        2025-12-07T06:42:13.184+08:00 mat=HM_21K chip=E2003412B802 rssi=-61 read=ok
        Masking rule: NRIC → show last 4 chars only, e.g. ****567D; never export the full NRIC to the results vendor.
        Bib ranges: 10001–14999 full marathon, 20001–29999 half, 30001–39999 10K, 40001+ 5K fun run.
        [Club] Reminder: training cancelled tmr due to haze (PSI {psi}). Stay safe and stay indoors ya!
        GET /v2/events/{event_id}/results?bib={bib} → 200 {"bib": "...", "chip_time": "...", "rank_overall": ...}
        報名表格欄位說明：「緊急聯絡人」請填寫非參賽者的親友姓名及電話，唔好填返自己。
        retention job OK: purged 18,204 registration rows older than 180 days (run 7c1e9a4f, v2.3.1)
        Roster template: | Pos | Jersey # | Name | DOB | Medical notes | — fill in and send to the team manager, not in the group chat.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en-SG": _lines("""
        Name: Goh Siew Ling | NRIC: S8834217H | DOB: 14/03/1988 | Emergency contact: Goh Kah Meng (father) 9738 2261
        hi admin can help me change tshirt size to M? my bib 21457, name Jonathan Lim Wei Jie, email jlim.wj88@gmail.com, thx
        FYI Darren Quek from our Sunday group tore his ACL at futsal last week, surgery at CGH on the 18th so he's out for the season.
        Pls deliver the club singlets to Blk 412 Bedok North Ave 2 #08-131, S460412, attn Mdm Rosalind Teo, hp 8426 1093.
        Gym membership auto-debit — cardholder: Ng Jia Hui, Visa 4532 1877 0041 2269, exp 09/28.
        Youth category: Aisyah binte Rahmat, T1048372C, Sec 4 at Bedok View Sec, consent signed by mother Norhayati 9052 7718.
        The uncle who collapsed at km 38 — Mr Kelvin Goh Teck Soon, 47, from Tampines — still in ICU at SGH after cardiac arrest, family asked us not to visit yet.
        Refund for cancelled court slot processed to DBS acct 072-384519-2 under Farhan Bin Ismail, ref ACT-RF-88310.
        Season parking at Bishan sports hall for SLK 3047 X, registered owner Samuel Tay Jun Wei, valid till 31 Mar.
        Coach Benedict Chua's allowance from the club is $1,850/month + $40 per session, pls keep this between EXCO ya.
    """),
    "ms-MY": _lines("""
        Borang penyertaan: Nama: Muhammad Hafiz bin Roslan, No. KP: 880412-14-5523, Tel: 012-387 4559, Saiz baju: M.
        Bendahari, saya dah bank in yuran RM60 dari akaun Maybank 5642 1837 2290 atas nama Nurul Huda binti Kamarudin ya.
        Kak Siti Aminah (isteri Coach Zul) tak dapat lari relay bulan depan, dia mengandung 14 minggu, jangan bagitahu orang lain dulu tau.
        Alamat penghantaran medal: No. 23, Jalan SS2/64, 47300 Petaling Jaya, Selangor — penerima Tan Boon Keat, 016-552 0913.
        Pemain kita Ahmad Faizal bin Yusof (jersi no. 9) koyak ligamen ACL kaki kanan, pembedahan di Hospital Pantai Bangsar 9 Dis, rehat 9 bulan.
        Senarai B18: Daniel Lee Jun Hao, KP 090611-08-1147, SMK Methodist Ipoh, alahan kacang tanah — bawa EpiPen.
        Kereta Myvi putih WXY 5521 milik En. Roslan Bakar parking halang pintu masuk dewan, sila call dia 019-228 4471.
        Tuntutan insurans: pesakit Lim Pei Shan, patah tulang pergelangan kaki kiri semasa trail Bukit Gasing, polisi no. PA-7731-0028814.
        Elaun jurulatih Puan Faridah Hassan naik ke RM2,400 sebulan mulai Jan, EXCO dah lulus semalam.
        Bekas bendahari kelab, Encik Kamal Ariffin bin Sulaiman, didakwa di Mahkamah Sesyen Shah Alam atas pecah amanah RM42,000 duit yuran ahli.
    """),
    "zh-HK": _lines("""
        康體通預訂人：陳嘉欣，身份證 Y552037(A)，手提 6892 0145，訂咗沙田源禾路體育館羽毛球場2號。
        我哋隊嘅守門員李志豪上星期打波跌親，左手舟狀骨骨折，而家喺威爾斯親王醫院跟進緊。
        獎牌寄去 新界沙田禾輋邨豐和樓 1812室，收件人：黃淑儀小姐，電話 9418 2276。
        報名10公里：姓名 吳志強，HKID K381204(9)，出生日期 1979-06-02，緊急聯絡人 太太 梁美玲 5173 6620。
        阿Ken（張家俊）上個月驗出有心房顫動，醫生叫佢暫停跑全馬，佢唔想其他隊友知。
        FPS 收款記錄：會員 麥詠詩，手機 6215 7781，已付年費 HK$480。
        我老婆鄭雪兒個 Strava 開咗公開，條 route 每朝都由鰂魚涌康怡花園F座樓下起步，即係我哋屋企，好驚俾人跟。
        隊友 Raymond 陳偉文嘅 WhatsApp 係 +852 9736 1420，佢負責收 jersey 錢。
        教練譚國樑每月喺會度收 HK$18,000 人工，仲另外收私人堂費，理事會要查下。
        龍舟隊名單（只限內部）：1. 周子朗 P709815(8) 2. 何穎欣 R126430(2)，保險公司要全名同身份證號碼。
    """),
    "zh-MY": _lines("""
        报名新加坡马拉松：姓名 王磊，身份证号 440304199004122510，手机 +86 138 2617 4490，护照 E38204571。
        跑友陈美华（440106198807233027）在槟城桥马 18 公里处中暑晕倒，已送往槟城中央医院。
        会费请转账到会长林志明的 CIMB 户口 7064881235，备注写你的名字。
        我们 U12 羽球队的黄子轩小朋友有哮喘，比赛时他妈妈 (012-771 5330) 会带喷雾在场边。
        新山 Larian 完赛名单有我老公吴家豪，bib 30881，IC 820917-01-5573，帮他拿一下奖牌。
        微信号 runner_lim0822 是林晓燕的，她是我们跑团的领跑员，住在蕉赖 Taman Connaught Jalan Cerdas 12 号。
        台湾来的跑友张雅婷，身份证字号 F229813749，报名了 KL 半马，紧急联系人是她哥哥 0928-517-304。
        刘建国（110108198511156735）北京马拉松后被确诊半月板撕裂，下个月在新加坡做手术。
        教练郑伟的月薪是 RM4,500，加上比赛奖金去年总共拿了 RM62,000，这个别外传。
        跑团 LINE 群：Kevin 黄俊杰 LINE ID kevin_hjj_run，住新加坡 Blk 207 Jurong East St 21 #05-278。
    """),
    "mixed": _lines("""
        Bib 21088 is registered to Ong Jia Sheng (S9517402G) but the guy who ran was his cousin lah, photo proof in album.
        Court booking confirmed! Booker: Priya d/o Ramasamy, priya.ramasamy92@yahoo.com, mobile 9124 6630, Court 4, Sat 8–10pm.
        Tolong update emergency contact saya: my wife 黄丽萍 +60 11-2387 5520, sebab nombor lama dah tak guna.
        Club card Mastercard 5204 7411 3988 3021 exp 11/27 — owner 蔡明轩, pls charge RM149 for the trail camp.
        Group reg for Bali Marathon: Tan Mei Xin, SG passport K2847105M, exp 2031-04-18, DOB 22 Aug 1993.
        Results list shows "LIM B*** K***, S****520J, 3:58:12, M35" — everyone in the club knows that's Lim Boon Kiat from Punggol lah.
        Roster for Sat: GK Haziq Rahman (017-665 2093), CB Marcus Yeo, ST Faizal — Marcus cannot play, hamstring grade 2 from last week.
        Maria Lourdes Santos (FIN G5531278N), the nurse in our running club, her work pass expires Feb so she can't register for 2026.
        陈伟杰 his Strava "Morning Run" always starts & ends at 12 Jalan Bukit Tunku, KL at 5:40am — that's his house, quite dangerous to show.
        司機何志明架七人車 RT 8812 會喺 start point 接送受傷跑手，佢手機 5316 0274，有事直接 call。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "hi, I registered for the half marathon but my name on the e-confirmation spelt wrong",
        ),
        (
            "assistant",
            "Sorry about that! Can you share the bib number and the correct name as per your ID?",
        ),
        ("user", "bib 22734. correct name is Chong Wai Keong, not Chong Wei Keong"),
        ("user", "NRIC S7720164E if u need to verify"),
        (
            "assistant",
            "Thanks, I've flagged it for the registration team. An updated e-confirmation will be emailed within 3 working days.",
        ),
    ],
    [
        (
            "system",
            "You are the booking assistant for a community sports centre in Selangor. Be brief.",
        ),
        ("user", "nak book gelanggang badminton Sabtu 8-10 malam"),
        ("assistant", "Boleh. Sila beri nama penuh dan no. KP untuk pendaftaran."),
        ("user", "Nurul Huda binti Kamarudin"),
        ("user", "950730-10"),
        ("user", "6214"),
        ("assistant", "Terima kasih. Gelanggang 2, Sabtu 8–10 mlm telah ditempah."),
    ],
    [
        ("user", "我個仔踢波拗柴，腳踝腫到好似饅頭，點算？"),
        ("assistant", "先冰敷同抬高隻腳，如果唔可以企或者行唔到四步，最好去急症室照X光。"),
        ("user", "佢叫梁浩賢，12歲，讀喇沙小學，下星期仲要代表學校出賽"),
        ("user", "醫生話係二級扭傷，要停四個禮拜，學校比賽梗係去唔到啦"),
        ("assistant", "明白，休息好先最重要，可以請醫生開紙俾學校教練。"),
    ],
    [
        ("user", "Can you format this into a clean table for the team manager?"),
        (
            "user",
            "Tan Wei Ling, 03/05/1997, asthma (Ventolin); Siti Nur Aisyah, 19/11/1999, none; Karen Ho Pui Yee, 28/02/1995, previous ACL recon L knee 2023",
        ),
        (
            "assistant",
            "| Name | DOB | Medical notes |\n|---|---|---|\n| Tan Wei Ling | 03/05/1997 | Asthma (Ventolin) |\n| Siti Nur Aisyah | 19/11/1999 | None |\n| Karen Ho Pui Yee | 28/02/1995 | ACL reconstruction, left knee (2023) |",
        ),
    ],
    [
        (
            "system",
            "Member record loaded: Lee Hui Min, member #KLR-0457, MyKad 770205-01-5348, tel 013-462 8815, Blk C-12-3 Pangsapuri Seri Ros, Cheras. Use it to answer membership questions.",
        ),
        ("user", "bila membership saya expire?"),
        ("assistant", "Keahlian anda sah sehingga 31 Disember 2026."),
    ],
    [
        ("user", "我想报名槟城的全马，外国人要什么资料？"),
        ("assistant", "一般需要护照号码、出生日期、紧急联系人和完赛证明（如果报名快速起跑区）。"),
        ("user", "好的，我先把资料发给你：周思雨"),
        ("user", "身份证 330106199706162388，护照 EJ4417203"),
        ("user", "紧急联系人是我妈，电话 +86 159 0213 8876"),
        ("assistant", "收到，不过建议您直接在官网填写，避免在聊天里发送证件号码。"),
    ],
    [
        ("user", "eh the gym auto debit failed again"),
        ("assistant", "Sorry to hear that! Could you check whether the card on file has expired?"),
        ("user", "ya new card liao. 5522 3301"),
        ("user", "8876 1240 exp 06/30, name on card WONG KAH YAN"),
        (
            "assistant",
            "Please update it yourself in the member portal — we can't take card numbers over chat for security reasons.",
        ),
    ],
    [
        ("user", "how ah, our club treasurer took the race fund money"),
        (
            "assistant",
            "That's serious. Has the committee made a police report or checked the bank statements?",
        ),
        (
            "user",
            "ya police report done at Ang Mo Kio NPC. his name Desmond Yap Kok Leong, he took about $23k over 2 yrs, hearing at State Courts next month",
        ),
        (
            "assistant",
            "Then let the police and the court handle it; keep all statements and minutes as evidence.",
        ),
    ],
    [
        ("user", "confirm my medal delivery address can?"),
        (
            "assistant",
            "Sure. We have: Mr Arjun s/o Velayutham, 18 Lorong Kemuning 3, Taman Kemuning, 14000 Bukit Mertajam, Pulau Pinang, tel 011-3345 9021. Is this correct?",
        ),
        ("user", "yes correct, thanks!"),
    ],
    [
        ("user", "幫我整個打風取消練習嘅通告"),
        ("assistant", "好，例如：「因八號風球，今晚7點嘅練習取消，請大家留喺屋企注意安全。」"),
        ("user", "ok 順便記低，新隊員 Lydia 黃曉彤 嘅 HKID 係 G834117(5)"),
        ("user", "佢有癲癇，練習時要有人睇住"),
        ("assistant", "建議呢啲健康資料同證件號碼唔好擺喺群組通告，交俾隊經理私下保存。"),
    ],
]
