# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en292: SG/MY recording studios, rehearsal rooms and music producers (session bookings, artist contracts, royalties splits, studio damage, talent releases, group chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en292
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "studio_rate_card"): _lines("""
        Tracking Room A (Neve 8078 console, 42 sqm live room): $120/hr weekday, $150/hr weekend, 4-hour minimum block, house engineer included. Prices in SGD, before 9% GST.
        Rehearsal Room 3 - Marshall JCM800 half stack, Ampeg SVT-CL with 8x10 cab, Pearl Masters kit. RM45/hour off-peak (10am-5pm), RM60/hour peak. Cymbals not provided.
        Mixing package: up to 5 songs, stereo mixdown, 2 revision rounds, stems delivered as 24-bit/48kHz WAV. S$1,680 nett. Dolby Atmos version +S$350 per song.
        Mastering per track: S$180 standard, S$240 with vinyl pre-master. Album bundle of 10 tracks: S$1,500. Turnaround 5 working days from receipt of final mixes.
        Late cancellation (less than 48 hours): 50% of booked hours charged. No-show: 100%. Rescheduling allowed once per booking at no charge if done 72 hours ahead.
        Equipment add-ons: Neumann U87 Ai $40/session; Fender Twin Reverb $25/session; Yamaha C3 grand (tuned) $80/session; Radial JDI boxes free of charge.
        Voice-over booth hourly rate RM85, includes Source-Connect Standard link for remote client sessions. ISDN patching no longer supported since January 2024.
        Student rate: 30% off Rehearsal Rooms 1-2 Mon-Thu before 4pm with valid matriculation card from NAFA, LASALLE or SOTA. Not valid on eve of or on public holidays.
        Podcast Room package: 2 x Shure SM7B, RODECaster Pro II, 2 hours recording plus basic edit and loudness to -16 LUFS, S$220. Extra guest mic S$15 each.
        Overtime after 11pm billed in 30-min blocks at 1.5x the hourly rate. Building aircon switches off at midnight; portable units available at $10/hr.
        Day lockout (10 hrs, 10am-8pm) in Studio B: RM1,350 incl. assistant engineer, Pro Tools Ultimate HDX rig and basic backline. Meals and parking not included.
        Piano tuning before session: S$140 (A=440Hz standard) or S$160 for A=432 or a custom temperament. Please request at least 3 working days in advance.
        Deposit of 30% secures the booking. PayNow to UEN 201834127K (Bukit Merah Sound Works Pte. Ltd.) or bank transfer; balance due on the day of the session.
    """),
    ("en", "booking_faq"): _lines("""
        Q: Can I bring my own engineer? A: Yes. Outside engineers must be Pro Tools proficient and sign our gear-care form at the counter before the session starts.
        Q: Is there parking? A: Yes, the URA car park behind the industrial block at Aljunied Ave 5. Loading bay is at Level 1, cargo lift goes up to our unit #06-18.
        Q: How do I pay? A: PayNow, NETS, Visa or Mastercard. Corporate clients can request a tax invoice; give us your company name and UEN when booking.
        Q: Same-day bookings? A: Subject to availability. WhatsApp our front desk business line +65 8123 4410 (10am-10pm daily) and we reply within 30 minutes.
        Q: Can we eat in the rooms? A: Drinks with lids only. Food stays in the Level 3 pantry. Any spill on the console is charged under clause 7 of our damage policy.
        Q: What time does the Jalan Kuchai Lama outlet close? A: We open 9am-2am daily. After 11pm please use the side entrance; the guard post is at the lobby.
        Q: Do you sell sticks and strings? A: Vic Firth 5A (RM38) and Ernie Ball Regular Slinky (RM32) are sold at the counter. Picks and earplugs are free.
        Q: Who owns the session files? A: You do. We keep a backup for 30 days on our NAS; after that it is deleted unless you buy the archive plan (S$60 per year).
        Q: Can I record a cover song and release it? A: You need a mechanical licence. In Singapore check with COMPASS; in Malaysia, MACP administers composer rights.
        Q: Is the rehearsal room soundproof? A: Rooms are floated with about 45 dB isolation; our neighbours are a printing shop and a gym, so noise complaints are rare.
        Q: Do you allow minors? A: Under-16s must be accompanied by a parent or teacher for the whole booking. For school band packages email bookings@keplerstudios.com.sg.
        Q: Can I cancel because of haze or heavy rain? A: If NEA's 24-hr PSI goes above 200 or PUB issues a flash flood alert for our area, we waive the cancellation fee.
        Q: Can you take a Hammond organ? A: Cargo lift max load is 1,600 kg and the door is 1.2 m wide. A Hammond B-3 with a Leslie 122 fits with room to spare.
    """),
    ("en", "staff_group_chat"): _lines("""
        FrontDesk: Room 2 aircon leaking again near the drum riser, I put a pail under it. Can someone call the contractor tomorrow morning? Their hotline is 6748 2210.
        Eng-B: The 1176 in rack 3 got hum on channel 2, swapped to the Distressor for tonight's session. Already pasted a label on the unit, don't use it ok.
        Ops: reminder all, Pro Tools upgrade to 2024.10 tonight after the last booking. Don't open any session on the Mac Studio until I post done in this chat.
        FrontDesk: 7pm band cancel already, deposit forfeited per policy. Slot now open, can push to IG story? Rate still $45/hr, maybe do $35 as last-minute deal?
        Eng-A: Whoever used Studio A last, the U47 was left outside the case overnight. Pls la. That mic costs more than my car, and the aircon was on 18 degrees.
        Ops: Delivery from Swee Lee at 3pm, 2 boxes of Elixir strings and 1 Roland TD-27 module. Someone sign for it and check the serial before the driver leaves.
        FrontDesk: Invoice INV-2024-0917 still unpaid, 45 days already. The record label said they'll transfer end of month. Should I hold their Friday slot or release?
        Eng-B: Reamped the guitar DI for the bank ad jingle, sent bounce v3 to the agency Dropbox. Client wants the ukulele 2 dB lower, will do after lunch.
        Ops: Fire drill by building management this Thurs 11am. Pause sessions for 15 mins, everyone assemble at the open car park. Inform clients when they book.
        FrontDesk: Yamaha tech confirmed coming Sat 10am to service the C3. Room 5 blocked till 1pm, I already shifted the 11am booking to Room 4 with same rate.
        Eng-A: Backup NAS at 87% full. Moving 2022 projects to cold storage on Backblaze B2 bucket studio-archive-2022 tonight, ETA about 4 hrs, don't reboot.
        Ops: new rule from management, no more cash refunds at counter. All refunds go back via PayNow to the paying company's UEN or to the original card only.
        Eng-B: Talkback mic in Studio B dead. Using an SM58 taped on the desk for now lah. Ordered replacement from Thomann, DHL tracking 4927381056.
    """),
    ("mixed", "rehearsal_room_notices"): _lines("""
        NOTICE 注意: Please switch off all amps and the aircon before leaving. Sila tutup semua amp dan penghawa dingin sebelum keluar. Terima kasih! - Management
        Jamming Room 4 closed for renovation 装修 from 3 to 10 March. Semua bookings dipindahkan ke Room 2, same rate. Sorry for the inconvenience ya.
        Drum kit 鼓 only for use with sticks provided at counter. Jangan guna rods atau mallet sendiri without asking first. Broken heads charged RM90 each.
        Wifi: KL-JamSpace-Guest / password jamjam2024. Please don't stream 4K video during sessions, nanti the Zoom music lessons next door lag teruk.
        Hari Raya opening hours: 10-11 April tutup. 12 April onwards buka macam biasa 11am-1am. Selamat Hari Raya Aidilfitri, maaf zahir dan batin!
        CNY promo 新年优惠: book 3 hours get 1 hour free, valid 1-15 Feb only. Cannot combine with student rate. Terma dan syarat dikenakan, tanya kaunter.
        No smoking 禁止吸烟 dalam bilik. Vape also cannot. Fine RM200 is by the building management, not by us ok, we just the messenger only.
        Lost and found 失物招领: black Kyser capo, one Boss DS-1 pedal, a water bottle with Doraemon sticker. Collect at counter dalam 30 hari, after that we donate.
        Room 1 PA: Yamaha MG16XU mixer + 2 x JBL EON715. Jangan tukar the gain staging, sudah set oleh engineer. Kalau feedback, turn down master dulu.
        Parking: Level 2 lot only after 7pm on weekdays, sebelum itu untuk office tenants. Saman from the mall management 我们不负责, sorry ya.
        Booking melalui app sahaja mulai 1 Jun. Walk-in tetap boleh but subject to availability. Download JamSpace MY on App Store or Google Play.
        Kindly keep volume below 105 dB at the door, the meter at the corridor will flash red 红灯. Building office received complaint twice this month already.
        Ramadan special: sesi berbuka 7pm-8pm we pause the clock, no charge for that hour. Kurma and air sejuk provided at the pantry 茶水间.
    """),
    ("en", "booking_system_logs_config"): _lines("""
        2024-11-03T14:22:07+08:00 INFO booking.create id=BK-88213 room=STUDIO_A start=2024-11-09T10:00 hours=4 rate_sgd=150.00 status=PENDING_DEPOSIT
        2024-11-03T14:25:51+08:00 WARN payment.webhook retry=2 provider=stripe event=evt_1QGx7H2eZvKYlo2C order=BK-88213 reason=upstream_timeout
        studio_config.yaml -> rooms: [{id: REH_1, capacity: 6, rate_myr: 45}, {id: REH_2, capacity: 8, rate_myr: 55}], timezone: Asia/Kuala_Lumpur
        SESSION_ARCHIVE_BUCKET=s3://studio-sessions-ap-southeast-1/archive RETENTION_DAYS=30 ENABLE_GLACIER=true # see ops runbook v2.3
        def hourly_rate(room: str, peak: bool) -> Decimal: return RATES[room] * (Decimal('1.5') if peak else Decimal('1'))  # peak = after 6pm
        CREATE TABLE bookings (id TEXT PRIMARY KEY, room_id TEXT, start_ts TIMESTAMPTZ, hours NUMERIC(4,1), client_ref TEXT, deposit_sgd NUMERIC(10,2));
        ERROR protools.bridge session_open failed path=/Volumes/RAID/2024/BK-87990/Final_Mix_v7.ptx code=-9073 disk too slow (buffer 128)
        id,room,start,end,hours,amount,currency,status,invoice_no  # header of bookings_export_2024Q3.csv generated by StudioDesk 4.2.1
        sha256(Master_24bit_48k.wav)=3f9a1c0e7b52d48e6c1a9f0b2d7e4c58a1b3d6e9f0c2a4b7d8e1f3a5c6b9d0e2 delivered via link wt-7Kx92Pq
        [door-access] 2024-11-04 01:12:33 zone=REH_3 source=exit_button event=EXIT door_held=12s alarm=false controller_fw=3.1.7
        cron: 0 3 * * * /opt/studiodesk/bin/backup --target nas01:/volume1/projects --keep 14 >> /var/log/studiodesk/backup.log 2>&1
        midi_map.ini: CC7=volume CC10=pan CC64=sustain CC74=brightness; channel 10 reserved for drums per General MIDI spec
        INFO invoice.issue no=SWK-INV-2024-1187 client_uen=200512345N subtotal=2400.00 gst_9=216.00 total=2616.00 due=2024-12-01
    """),
    ("ms", "notis_dan_terma_studio"): _lines("""
        Tempahan studio rakaman boleh dibuat melalui WhatsApp perniagaan kami di 011-2345 8890 (Isnin-Sabtu, 10 pagi-8 malam). Deposit 30% diperlukan.
        Kadar bilik latihan: RM40 sejam (waktu biasa), RM55 sejam (waktu puncak selepas 6 petang dan hujung minggu). Harga sudah termasuk SST 8%.
        Sebarang kerosakan pada peralatan seperti kabel, mikrofon atau kulit drum akan dicaj mengikut kos pembaikan sebenar. Sila laporkan kepada kaunter segera.
        Studio kami terletak di Lot 3-12, Tingkat 3, Wisma Irama, Jalan Tun Razak, 50400 Kuala Lumpur. Parkir bawah tanah tersedia pada kadar RM3 sejam.
        Pembatalan kurang daripada 24 jam sebelum sesi tidak layak untuk pemulangan deposit. Penjadualan semula dibenarkan sekali sahaja bagi setiap tempahan.
        Pakej rakaman lagu raya: 1 lagu, rakaman vokal 4 jam, mixing dan mastering, RM1,800. Tempahan sebelum 15 Februari dapat diskaun 10%.
        Syarikat: Irama Tropika Records Sdn. Bhd. (No. Pendaftaran 201901023456 (1331234-K)), alamat berdaftar di Petaling Jaya, Selangor.
        Hak cipta karya muzik di Malaysia dilindungi di bawah Akta Hak Cipta 1987. Royalti komposer dikutip oleh MACP, manakala royalti artis rakaman oleh RPM.
        Lagu Getaran Jiwa ciptaan Allahyarham Tan Sri P. Ramlee sering dirakam semula; sila semak status hak cipta dan lesen sebelum kegunaan komersial.
        Bilik latihan dilengkapi amp Marshall, Fender dan Orange, satu set drum Tama Imperialstar dan sistem PA Behringer. Cymbal perlu dibawa sendiri.
        Waktu operasi sepanjang Ramadan: 2 petang hingga 6.30 petang dan 9 malam hingga 2 pagi. Studio ditutup pada hari pertama dan kedua Aidilfitri.
        Invois No. ITR-2024-0456 bertarikh 12/09/2024: Sesi rakaman 6 jam x RM150 = RM900.00, SST 8% RM72.00, jumlah RM972.00. Bayaran melalui DuitNow.
        Kanak-kanak bawah 12 tahun mesti ditemani ibu bapa atau guru. Kelas muzik berkumpulan untuk sekolah boleh ditempah melalui e-mel pendidikan@iramatropika.com.my.
    """),
    ("zh-Hans", "录音棚价目与须知"): _lines("""
        录音室A（Neve调音台，42平方米现场录音间）平日每小时新币120元，周末每小时150元，最少预订4小时，含录音师一名，以上价格未含9%消费税。
        排练室3配备Marshall JCM800音箱、Ampeg贝斯音箱及Pearl爵士鼓，非繁忙时段（上午10点至下午5点）每小时45令吉，繁忙时段60令吉，镲片需自备。
        混音套餐：最多5首歌，立体声混音，两轮修改，交付24-bit/48kHz WAV分轨文件，优惠价新币1680元；如需杜比全景声版本，每首另加350元。
        预订须支付30%订金，可通过PayNow转账至公司UEN 201834127K，余款于录音当天结清。如需开具税务发票，请提供贵公司名称及注册号码。
        取消政策：录音前48小时内取消将收取预订时数50%的费用，未到场者收取全额费用；提前72小时通知改期可免费更改一次，第二次改期需另付手续费。
        本录音棚地址：新加坡阿裕尼5道工业大厦#06-18单位，货运电梯最大载重1600公斤，门宽1.2米，适合搬运三角钢琴及哈蒙德风琴等大型乐器。
        翻唱歌曲正式发行前须取得机械复制许可，新加坡词曲版权由COMPASS管理，马来西亚由MACP管理，中国大陆作品请联系中国音乐著作权协会。
        农历新年营业时间：除夕下午6点提早关门，初一、初二休息，初三起恢复正常营业（上午10点至凌晨2点）。祝各位乐手龙年大吉，新年快乐！
        器材租借：诺依曼U87 Ai话筒每场40元，芬达Twin Reverb音箱每场25元，雅马哈C3三角钢琴（已调音）每场80元，DI盒免费提供，数量有限。
        学生优惠：周一至周四下午4点前预订排练室1至2号可享七折，须出示南洋艺术学院、拉萨尔艺术学院或新加坡艺术学校有效学生证，公共假期不适用。
        订单号BK-88213已确认：11月9日上午10点至下午2点，录音室A，共4小时，订金新币180元已收到。如需更改时间，请于72小时前回复本短信。
        录音室内严禁吸烟及进食，只准携带有盖饮料。若饮料洒在调音台上，将按损坏条款第7条收取维修费用，最高可达新币5000元，敬请见谅。
        客服热线：+65 6291 3380（办公时间），WhatsApp商业号码：+65 8123 4410，电邮：hello@keplerstudios.com.sg，欢迎查询团体及学校套餐。
    """),
    ("zh-Hant", "樂壇新聞與經典作品"): _lines("""
        林俊傑（JJ Lin）新加坡演唱會主辦單位提醒歌迷，入場前須出示電子門票及身份證明，場館將於晚上6時開放，場內禁止使用專業攝影器材。
        馬來西亞歌手光良的名曲《童話》發行近二十年，至今仍是KTV點唱率最高的華語情歌之一，亦常被參加歌唱比賽的新人選作試音曲目。
        梁靜茹來自馬來西亞，後赴台灣發展，她的代表作《勇氣》旋律簡潔、和聲層次豐富，被不少錄音及編曲課程用作和聲編寫與人聲疊錄的教材。
        香港歌手陳奕迅的《十年》由陳小霞作曲、林夕填詞，是錄音工程課程中分析人聲動態處理與壓縮器設定時最常被引用的經典範例之一。
        周杰倫作品《七里香》的弦樂編寫常被音樂製作人拿來討論，台北不少錄音室在調整混音監聽時，也會以這首歌作為混音比較的參考曲目之一。
        新加坡創作歌手蔡健雅曾多次入圍金曲獎，她同時擔任詞曲創作及專輯製作人，被視為新加坡華語樂壇幕後製作與台前演出兼顧的代表人物。
        馬來西亞創作歌手黃明志以多語混搭的作品聞名，歌曲常混合華語、馬來語、粵語及英語，被樂評人視為大馬本土流行音樂的重要特色之一。
        作曲家朱比爾·賽義德（Zubir Said）於1958年創作《前進吧，新加坡》，原為新加坡市議會活動而寫，後來成為新加坡國歌。
        鄧麗君的《月亮代表我的心》由翁清溪作曲、孫儀填詞，至今仍是各地錄音室人聲錄音練習及麥克風比較測試時最常選用的經典曲目之一。
        張學友的《吻別》專輯銷量超過四百萬張，唱片業界常以此作為九十年代華語流行音樂黃金時期的代表作品，亦是卡拉OK點唱榜上的經典。
        孫燕姿經典專輯推出黑膠復刻版，唱片公司表示首批限量發行，新加坡及台灣唱片行同步上架，預購可於唱片公司官方網上商店辦理，每人限購兩張。
        台北小巨蛋公告：演唱會當日禁止攜帶專業錄音器材、長鏡頭及腳架入場，違者工作人員有權要求寄存，詳情請洽場館官方網站或服務專線查詢。
        澳門威尼斯人金光綜藝館本週末演出的音響工程由外聘團隊負責，主辦方表示觀眾席最高音量將控制在100分貝以下，並設有耳塞派發。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Session booked under Marcus Tan Wei Jie, mobile 9127 4583, Studio B on 14 Dec 2pm-6pm, deposit S$180 paid via PayNow, wants the Neumann U87 set up.
        Talent release form - Name: Nurul Aisyah binti Kamarudin, MyKad 980412-10-5526, consents to her voice being used in the Hari Raya 2025 radio jingle.
        Royalty split agreed: Darren Koh (lyrics) 40%, Priya Ramasamy (melody) 40%, producer Jonathan Lim 20%. Darren's payouts go to DBS 120-45678-9.
        FYI our drummer Kelvin Ong Boon Hock can't do Saturday, he's warded at TTSH for kidney stone surgery, his wife says at least 2 weeks of rest.
        Damage report: keyboardist Wong Jia Hui spilled kopi on the Moog Subsequent 37 in Room 2. She agreed to pay RM1,200 in 3 instalments from her salary.
        Eh the guy who booked 9pm, Ah Seng, still owe us $450 from last two sessions. His number 8234 6619, pls chase him before he books again.
        Contract: Artist Siti Hajar binti Mohd Yusof (IC 010823-14-0388), residing at No. 17, Jalan SS 2/64, 47300 Petaling Jaya, signs a 3-album deal.
        Invoice to: Mr Benjamin Lau Jun Ming, Blk 412 Bedok North Ave 2 #07-153, Singapore 460412. Vocal production, 3 songs, S$2,400, due 30 Nov.
        Missed call from the lead singer for tomorrow's vocal slot, pls call her back at 9683 2017 before 6pm, she wants to push to 3pm.
        Heads up: bassist Rachel Chong is in the middle of a divorce, custody handover every Thursday evening, so don't schedule her band on Thursdays. Keep it between us.
        Singer Amanda Teo is 5 months pregnant, her gynae said no sessions longer than 2 hours and no standing in the booth, pls set up the stool and keep aircon at 24.
        Payroll: session guitarist Gopal Krishnan, FIN G5568213K, paid S$2,300 for October gigs, no CPF, credited to OCBC 501-234567-001.
        Ex-member Jason Ho Kah Wai was arrested last month for drug possession, the label wants his vocals removed from the EP before release. Don't mention in the group.
        2024-10-12,REH_2,3,Ng Pei Shan,pshan.ng92@gmail.com,+60 16-772 4198,RM165,PAID
        Car plate SJX 4821 K (black Honda Vezel) belongs to our drummer Terence Sim, tell security it's ok for him to park at the loading bay after 9pm.
        Can send the demo stems to my personal email yvonne.leong.vocals@hotmail.com instead? My phone spoilt, can't open WhatsApp until Monday.
        Minor performer consent: Ethan Chia Jun Hao, 12, NRIC T0251836D, guardian Mdm Chia Li Ling (mother) 9746 3328, approved for the school choir recording.
        2024-11-05T22:41:09+08:00 INFO booking.create id=BK-88377 client_name=Farah Izzati phone=+60 12-338 9071 room=REH_3 hours=2
        Our guitarist Shaun Pereira is still paying off an S$18k loan from a moneylender, he asked if we can pay his session fee in cash so the bank won't take it.
        Offer letter: Assistant engineer Muhammad Haziq bin Rosli, basic S$2,850/month plus S$15/hr overtime, effective 1 Jan 2025, employee no. BMS-014.
        Complaint from Mrs Lakshmi Nair (Blk 221 Jurong East St 21 #09-112): band in Rehearsal Room 3 too loud past midnight, she has a newborn and will report to NEA.
        Photo attached: IMG_4412.jpg shows Daniel Yap holding the cracked cymbal, plus his NRIC front and back (S8834172D) for the deposit claim.
    """),
    "mixed": _lines("""
        Eh bro, Ah Boy (Lim Chee Keong) say his IC 880305-07-5121, can help key in the booking form? Dia tak reti guna app lah.
        陈先生 (Mr Tan Kok Wah) called, 说他的 session 要改去星期五, his HP 012-776 3045, tolong confirm dengan dia before 5pm.
        林太 said her son 林子轩 got ADHD, teacher recommend drum lessons, she wants private room only, no group class ok. 电话 9055 1273.
        Abang Faizal punya hutang studio RM2,400 belum settle lagi since July, 他说 next month gaji masuk baru bayar. Jangan bagi dia book dulu.
        Talent release 肖像同意书: Nama Lee Mei Fong 李美芳, IC 950718-08-6642, alamat No. 8, Lorong Cempaka 3, 31400 Ipoh, Perak. Signed 12/11/2024.
        Pls transfer her royalty share to Maybank 1642 3380 9915, account name Chong Siew Lan, 这个月 streaming 收入 RM318.40 ya.
        阿明 last night drunk until vomit in Room 2, the carpet rosak habis. His mum already paid RM350 for cleaning, 不要再提 in the group.
        Kak Ros (Rosnah binti Abdullah) from the catering masuk hospital, dialysis 3 kali seminggu, so tomorrow's session makan kita order GrabFood je.
        Singer 黄小姐 Wong Hui Min's ex-boyfriend keeps calling the studio, she got a PPO against him, jangan bagi dia masuk kalau dia datang.
        Booking atas nama Kumar a/l Subramaniam, plate WXY 8821 (Myvi merah), 他会来 pick up the mixer at 3pm, tengok IC dia dulu before release.
    """),
    "ms": _lines("""
        Pelakon suara Nur Syafiqah binti Azman, No. KP 000916-01-0842, bersetuju suaranya digunakan dalam iklan radio. Bayaran RM600 ke akaun CIMB 7012 4458 31.
        Encik Hafiz Roslan (pemain bass) minta cuti sebab isterinya baru bersalin secara pembedahan di Hospital Ampang, dia tak dapat datang rakaman minggu ni.
        Aduan jiran: Puan Salmah, No. 12, Jalan Mawar 5, Taman Sri Muda, Shah Alam, kata bunyi drum sampai pukul 1 pagi. Nombor beliau 013-442 8890.
        Gaji Oktober jurutera studio Aiman Hakimi bin Zulkifli: RM3,200 tolak KWSP RM352, dimasukkan ke akaun Bank Islam 12034010098765.
        Azlan bin Mokhtar masih berhutang RM1,750 kepada studio untuk sesi rakaman album, dia kata tunggu duit KWSP keluar bulan depan baru boleh bayar.
        Kalau nak jam Jumaat ni, WhatsApp terus nombor peribadi saya 019-355 7102, jangan call studio. - Ijat, drummer band Senja
        Borang pelepasan bakat: Nama: Wan Nur Aina binti Wan Ismail; Tarikh lahir: 03/05/2006; Penjaga: Wan Ismail bin Wan Ahmad; Tel: 017-908 2213.
        Vokalis kami, Zulaikha Hamdan, disahkan menghidap barah tiroid dan perlu pembedahan bulan depan, jadi semua sesi vokal ditangguhkan hingga Mac.
    """),
    "zh-Hans": _lines("""
        王先生（王建华）的身份证号440304199008173518，预订了下周六下午的录音室，押金300元已通过微信转账，联系电话13826547190。
        歌手刘思琪怀孕了，医生建议她暂停录音，合同里的专辑交付日期需要跟唱片公司重新谈。这件事先不要在群里说。
        版税分成：作词周文杰30%，作曲许嘉欣50%，制作人陈浩20%。许嘉欣的收款账户：招商银行6225 8812 3456 7890。
        鼓手阿杰（郑俊杰）欠了排练室三个月的费用共2100令吉，他说最近在打离婚官司，手头很紧，想分期付款。
        艺人合约附件：姓名赵雨桐，护照号E52817364，住址广州市天河区体育西路123号1502室，紧急联系人为其母亲，电话13925816643。
    """),
    "zh-Hant": _lines("""
        陳太話佢個仔陳家豪下個月要做心臟手術，所以取消晒十二月嘅所有排練，訂金可唔可以退返？佢電話 9612 3584。
        藝人合約：黃詠詩，香港身份證K482731(7)，住址新界沙田禾輋邨豐和樓1203室，簽約期三年，版稅按淨收入30%計算。
        台北錄音室預約：林志明先生，身分證字號F230815473，手機0912-345-678，預約12月20日下午2點至6點B棚。
        澳門和音歌手Karen Lei因為欠債被追數，追數公司打電話到錄音室搵佢，我哋唔好透露佢嘅排班時間同住址。
        版稅分配：作曲張美玲40%，填詞何俊傑30%，編曲李志強（香港身份證Y305862(8)）30%，請匯至匯豐帳戶123-456789-001。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for Kepler Studios Singapore. Confirm room, time and deposit; keep replies short.",
        ),
        (
            "user",
            "Hi, I want to book Studio A this Saturday 2-6pm for vocals. Name is Bryan Goh Zhi Wei, HP 9321 7754, email bryangoh.music@gmail.com.",
        ),
        (
            "assistant",
            "Thanks Bryan. Studio A is free on Saturday 2pm-6pm. The rate is S$150/hr, so a 30% deposit of S$180 secures it. Shall I send the PayNow QR to 9321 7754?",
        ),
        ("user", "Yes pls. Also can set up the U87 and a pop filter?"),
        (
            "assistant",
            "Done. U87 Ai with pop filter added at S$40. Booking BK-88420 is pending your deposit.",
        ),
    ],
    [
        (
            "user",
            "Help me write a simple royalty split sheet for our single. Writers: Darryl Chua 35%, Nadia Rahman 35%, me (producer Leon Tay) 30%. Darryl's NRIC is S9127456F.",
        ),
        (
            "assistant",
            "Split sheet - Title: (song title). Darryl Chua (NRIC S9127456F), lyrics and melody, 35%. Nadia Rahman, melody, 35%. Leon Tay, producer, 30%. Each party signs and dates below; register the work with COMPASS once signed.",
        ),
        ("user", "Thanks, can add a line that this sheet overrides the earlier verbal agreement?"),
        (
            "assistant",
            "Add: This split sheet replaces any earlier verbal or written arrangement between the parties about this work, and takes effect on the date of the last signature.",
        ),
    ],
    [
        (
            "system",
            "You help a Malaysian rehearsal studio write polite collection messages. Be firm but friendly.",
        ),
        (
            "user",
            "Tolong tulis WhatsApp untuk Ah Keat (Tan Chin Keat, 016-552 0917). Dia hutang RM800 for 4 jamming sessions since Aug, already 3 times promise to pay.",
        ),
        (
            "assistant",
            "Hi Keat, this is the studio. Just a reminder the balance of RM800 for your 4 sessions since August is still outstanding. Boleh settle by 30 Nov via DuitNow? If not, we need to pause new bookings. Thanks ya.",
        ),
        ("user", "Ok but make it a bit softer, he just lost his job."),
        (
            "assistant",
            "Hi Keat, hope you are doing ok. Just a gentle reminder about the RM800 balance from the August sessions. No rush today, can we agree on a small monthly amount that works for you? Reply anytime.",
        ),
    ],
    [
        (
            "user",
            "Saya perlukan borang pelepasan bakat untuk penyanyi latar, Nabilah binti Hashim, No. KP 970221-06-5318, alamat No. 5, Jalan Melur 2, Taman Melati, 53100 Kuala Lumpur.",
        ),
        (
            "assistant",
            "Borang Pelepasan Bakat. Nama: Nabilah binti Hashim. No. KP: 970221-06-5318. Alamat: No. 5, Jalan Melur 2, Taman Melati, 53100 Kuala Lumpur. Saya bersetuju bahawa rakaman suara saya boleh digunakan oleh syarikat bagi tujuan komersial tanpa had masa. Tandatangan dan tarikh.",
        ),
        ("user", "Tambah klausa bayaran RM500 sekali bayar."),
        (
            "assistant",
            "Tambah: Sebagai balasan, penyanyi akan menerima bayaran sekali sahaja sebanyak RM500, dibayar dalam tempoh 14 hari selepas sesi rakaman.",
        ),
    ],
    [
        ("system", "你是深圳一家录音棚的合同助理，用简体中文回答。"),
        (
            "user",
            "帮我写一段艺人合约的身份条款：艺人叶晓琳，身份证号350203198703124023，手机13760294581，户籍地址厦门市思明区。",
        ),
        (
            "assistant",
            "第一条 艺人信息：艺人叶晓琳，居民身份证号码350203198703124023，联系电话13760294581，户籍地址福建省厦门市思明区。艺人保证上述信息真实有效，如有变更应于七日内书面通知甲方。",
        ),
        ("user", "再加一句保密条款。"),
        (
            "assistant",
            "第二条 保密：双方对本合同内容及艺人个人信息负有保密义务，未经对方书面同意，不得向任何第三方披露。",
        ),
    ],
    [
        (
            "user",
            "幫我寫封信俾客人追錄音室損壞賠償：客人梁浩然，香港身份證M215873(4)，佢上星期喺B房撞爛咗一支Neumann咪，維修費港幣8,600。",
        ),
        (
            "assistant",
            "梁浩然先生您好：本公司記錄顯示，閣下於上星期租用B房期間，一支Neumann咪高峰因碰撞損壞，維修費用為港幣8,600元。根據租用條款第7條，請於14日內繳付上述款項。如有疑問，歡迎致電本公司查詢。",
        ),
        ("user", "要唔要喺信入面寫埋佢身份證號碼？"),
        (
            "assistant",
            "唔建議喺信入面寫出完整身份證號碼，核對身份用內部記錄就夠，信件只需姓名同租用編號。",
        ),
    ],
    [
        (
            "system",
            "Customer record for this conversation: Mdm Rosalind Chew Siok Hoon, 45 Jalan Ampas Lama, Singapore 329401 (home), mobile 9788 1204, daughter enrolled in Saturday piano ensemble, outstanding balance S$320.",
        ),
        ("user", "Can you draft a reminder about the unpaid ensemble fees for this parent?"),
        (
            "assistant",
            "Dear Mdm Chew, this is a friendly reminder that S$320 for your daughter's Saturday piano ensemble is still outstanding. You may pay by PayNow or at the counter. Thank you.",
        ),
    ],
    [
        (
            "user",
            "One of my session singers, Joanne Lee Hui Qi, told me she has severe panic attacks in small booths and is on medication. How do I plan tomorrow's 4-hour session?",
        ),
        (
            "assistant",
            "Thanks for sharing that with care. Consider recording her in the larger live room with a gobo instead of the booth, keep the door open between takes, plan short 30-minute blocks with breaks, and let her decide the pace. Keep her health information private and share only what the engineer needs.",
        ),
        ("user", "Should I tell the rest of the band?"),
        (
            "assistant",
            "Only with her consent. You can simply tell the band the session will run in shorter blocks.",
        ),
    ],
    [
        ("system", "You format data for a KL music production house. Output CSV only."),
        (
            "user",
            "Tolong format ni jadi CSV: Hakim drummer 012-445 3091 RM250 per sesi; Mei Ling keys 017-220 8743 RM300; Suresh bass 011-6093 2258 RM250.",
        ),
        (
            "assistant",
            "name,instrument,phone,fee_per_session_myr; Hakim,drums,012-445 3091,250; Mei Ling,keys,017-220 8743,300; Suresh,bass,011-6093 2258,250 (each row on its own line in the file)",
        ),
        ("user", "Thanks, add column for bank also later."),
    ],
    [
        (
            "user",
            "Create a tax invoice for our client. Bill to: Mr Aaron Seah Kai Xiang, 18 Lorong Kismis, Singapore 598048. Mixing 4 songs at S$300 each, GST 9%.",
        ),
        (
            "assistant",
            "TAX INVOICE No. BMS-2024-221. Bill to: Mr Aaron Seah Kai Xiang, 18 Lorong Kismis, Singapore 598048. Mixing, 4 songs x S$300 = S$1,200.00. GST 9% = S$108.00. Total S$1,308.00. Payment by PayNow to UEN 201834127K within 14 days.",
        ),
        ("user", "Perfect, thanks."),
    ],
]
