# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix46: pilgrimages and retreats (umrah, hajj, temple tours, meditation, agents' forms). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix46
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "iklan pakej umrah"): _lines("""
        PAKEJ UMRAH RAMADHAN 2027 🌙 12H10M | Hotel 5⭐ 50m ke Masjidil Haram | dari RM11,990/org (bilik quad) | Lesen KPK/LN: 7731
        Harga termasuk tiket Saudia pergi-balik KUL-JED, visa umrah, insurans takaful, air zam-zam 5L, mutawwif bertauliah & kain ihram.
        Deposit RM1,500 je utk booking seat! Baki bayar 45 hari sebelum berlepas. Boleh ansuran 0% kad kredit terpilih.
        Ziarah Madinah: Masjid Quba, Jabal Uhud, Masjid Qiblatain, ladang kurma. Ziarah Makkah: Jabal Thur, Arafah, Muzdalifah, Mina & Jabal Rahmah.
        Pakej Umrah Siti Khadijah — khas muslimah, ditemani mutawwifah, bilik triple, termasuk kelas tahsin al-Quran di Madinah.
        Kursus Umrah Perdana: Sabtu 12 Dis 2026, 8.30pg–5ptg di Dewan Tun Hussein Onn, PWTC. Percuma untuk semua jemaah berdaftar.
        Tarikh berlepas: 14 Jan | 02 Feb | 20 Mac 2027 — kuota terhad 45 jemaah setiap trip, first come first serve!
        Hotline pejabat 03-8922 4411 (Isnin–Jumaat 9pg–6ptg). WhatsApp Admin Pejabat 012-688 7070 utk pertanyaan pakej sahaja.
        Pakej Umrah + Ziarah Taif 14H12M, hotel Anjum Makkah / Dallah Taibah Madinah, RM14,490 seorang (bilik double tambah RM2,800).
        Promo Early Bird tamat 31/12/2026! Jimat sehingga RM800 bagi tempahan berkumpulan 4 orang ke atas. T&C apply.
        Syarat: pasport sah laku min 7 bulan dari tarikh balik, suntikan meningitis ACYW135 & influenza, kad kuning wajib dibawa.
        Jom ikut jejak Rasulullah SAW ke Madinah al-Munawwarah 🕌 Solat di Raudhah (tertakluk kepada permit Nusuk).
        Agensi pelancongan berlesen MOTAC & ahli MATTA no. 4419. Kami bukan agensi haji muassasah — pakej haji furada tidak ditawarkan.
    """),
    ("en", "hajj and umrah guidance"): _lines("""
        Hajj 1448 AH is expected to fall in mid-May 2027; the exact dates depend on the sighting of the Dhul Hijjah crescent.
        Tawaf al-Ifadah is performed after Arafah and Muzdalifah; it may be delayed, but most scholars advise completing it within the days of Tashreeq.
        Ibn Battuta left Tangier for Makkah in 1325 and did not return home for twenty-four years.
        Mansa Musa of Mali travelled to Makkah in 1324 with a caravan so rich that gold prices in Cairo fell for years afterwards.
        Malcolm X described his 1964 hajj in a letter from Jeddah, writing of pilgrims "of all colors, from blue-eyed blondes to black-skinned Africans."
        The kiswah covering the Kaaba is woven at the King Abdulaziz Complex for the Holy Kaaba Kiswa in Makkah.
        At King Abdulaziz International Airport's Hajj Terminal, allow 3–5 hours for immigration, baggage reclaim and bus allocation.
        Emergencies in Saudi Arabia: dial 911 in the Makkah and Riyadh regions, or 997 for an ambulance elsewhere.
        Update Nusuk to v3.8 or later — Rawdah permits now show a QR code that is scanned at the entry gate.
        Each pilgrim may check in 2 x 23 kg on the return flight, plus one 5-litre carton of Zamzam bought at the airport counter.
        Women over 45 may perform umrah without a mahram when travelling with an approved group; check your agency's own policy.
        Umrah in 4 steps: ihram at the miqat, tawaf (7 circuits), sa'i between Safa and Marwah (7 laps), then halq or taqsir.
        Mina camps in zone A cost more than zones C/D because they are closer to the Jamarat; budget USD 1,500–3,000 extra.
    """),
    ("zh-Hant", "進香團行程"): _lines("""
        大甲媽祖遶境進香九天八夜，往返約340公里，途經台中、彰化、雲林、嘉義四縣市。
        第一天：07:30 台北車站東三門集合 → 北港朝天宮參拜 → 新港奉天宮 → 夜宿嘉義市區。
        團費 NT$8,800／人（含遊覽車、兩晚住宿、旅平險200萬＋醫療10萬），報名洽 順風旅行社 (02)2581-6633 分機12。
        鹿港天后宮供奉的開基媽祖，相傳為施琅將軍於康熙年間自湄洲迎請來台。
        台南延平郡王祠主祀鄭成功，園區內另有鄭成功文物館可順道參觀。
        集合地點：捷運中正紀念堂站2號出口，請提早10分鐘到，逾時不候喔～
        佛光山佛陀紀念館參訪須知：請勿穿無袖上衣、短褲，館內禁止吸菸及嚼檳榔。
        旅行業者：順風旅行社股份有限公司，交觀甲字第7321號，品保北1688號。
        報名表欄位：姓名＿＿＿＿ 身分證字號＿＿＿＿＿＿＿＿ 出生年月日＿＿＿ 緊急聯絡人／電話＿＿＿＿
        加入LINE官方帳號 @shunfeng-tour 即可收到出團通知與集合提醒。
        白沙屯媽祖徒步進香沒有固定路線，一切依神轎指示行進，信眾暱稱「粉紅超跑」。
        進香旗、帽子、香條由宮方統一發放，每人一份，遺失恕不補發。
        湄洲祖廟謁祖進香團 5天4夜，經小三通金門—泉州，團費 NT$21,500 起（台胞證代辦另計）。
    """),
    ("zh-Hans", "寺院朝山与禅修须知"): _lines("""
        五台山朝台线路：东台望海峰、南台锦绣峰、西台挂月峰、北台叶斗峰、中台翠岩峰，建议安排两天。
        普陀山进山门票旺季160元/人，客运码头至普济寺景区巴士单程10元。
        灵隐寺香花券30元，需先购飞来峰景区门票45元，寺内请勿自带香烛。
        禅七期间全程止语，手机统一保管；早板04:30，晚课后21:30止静熄灯。
        玄奘法师于贞观三年自长安西行求法，历时十七年，归国后在大慈恩寺主持译经。
        鉴真大师六次东渡，第六次于天宝十二载抵达日本，后在奈良创建唐招提寺。
        报名方式：关注公众号“云居禅院”，点菜单“活动报名”填写表单，审核结果3个工作日内短信通知。
        订单号 XC20270318094417263，2人成行，普陀山二日游，已支付 ¥1,376.00。
        旅行社客服热线 400-830-6666（7×24小时），投诉请拨 12345 政务服务便民热线。
        中山陵景区需提前一天通过“中山陵园”小程序实名预约，凭身份证入园。
        禅修营招募条件：18–60周岁，身心健康，无精神疾病史，能够遵守共住规约并全程参加。
        温馨提示：请勿在群内转发他人身份证照片；报名资料仅用于购买意外险，活动结束后30日内删除。
        九华山肉身宝殿供奉金地藏，相传为新罗王子金乔觉，唐开元年间渡海来华修行。
    """),
    ("en", "meditation retreat pages"): _lines("""
        Ten-day Vipassana courses are taught in the tradition of S.N. Goenka and are run solely on donations from old students.
        Daily timetable: 4:00 am wake-up bell · 4:30–6:30 meditate in hall or room · 6:30–8:00 breakfast & rest · 9:30 pm lights out.
        Noble silence (no speaking, gestures or eye contact) is kept from the evening of Day 0 until the morning of Day 10.
        Plum Village, founded by Thich Nhat Hanh and Sister Chan Khong in 1982, welcomes lay friends during the Summer Opening Retreat.
        Dorm bed SGD 85/night incl. three vegetarian meals; single room SGD 140. Early-bird pricing ends 31 Jan 2027.
        If you have a medical or psychiatric condition, please note it on the application; only the course manager will read it.
        Module 2 covers the body scan as taught in Jon Kabat-Zinn's MBSR programme; bring a yoga mat and a blanket.
        Teachings follow the Thai Forest Tradition of Ajahn Chah; the monastery does not charge for food or lodging.
        Please don't bring incense, crystals or reading material into the meditation hall. Phones go into the locker on arrival.
        Booking ref MRX-7Q4K-2291: 3-night Silent Weekend, Bukit Tinggi retreat house, 2 pax, paid in full.
        The Kalachakra teachings given by the Dalai Lama in Bodh Gaya drew well over 100,000 pilgrims.
        yo guys the Sunday sit at Kuan Yin Teng is cancelled this wk bc of Thaipusam traffic, see u next Sun 🙏
    """),
    ("en", "agency form templates"): _lines("""
        UMRAH REGISTRATION FORM — Section A: Pilgrim details. Full name (as in passport): ____________ Passport no.: ________ Expiry: __/__/____
        Mahram relationship (tick one): ☐ Husband ☐ Father ☐ Brother ☐ Son ☐ Other (specify): ________
        Emergency contact: {{emergency_contact_name}} ({{relationship}}) — {{emergency_contact_phone}}
        Dear {{title}} {{pilgrim_name}}, your umrah visa for group {{group_code}} has been approved. Please collect your passport from {{branch}}.
        NRIC format example: S1234567D — this is a sample number, please enter your own.
        Privacy notice: passport and vaccination copies are shared only with the Saudi e-visa platform and our insurer, and deleted 180 days after return.
        if not re.fullmatch(r"[STFGM]\\d{7}[A-Z]", nric): raise ValueError("Invalid NRIC/FIN")
        group_code,room_no,pax_name,passport_no,dob,gender,meningitis_cert_date
        Attach: (1) colour passport scan, all corners visible; (2) 2 photos 4x6 cm, white background; (3) meningitis certificate; (4) marriage cert for couples.
        For pilgrims under 18, a letter of consent signed by both parents or the legal guardian is required.
        Medical declaration: Do you have any of the following? ☐ Heart disease ☐ Diabetes ☐ Kidney failure ☐ Pregnancy ☐ None of the above
        Sample rooming list, replace before upload: ROOM 0000 | PAX NAME | PASSPORT NO. Do not e-mail this file unencrypted.
    """),
    ("ms", "borang dan notis agensi"): _lines("""
        Nama penuh (seperti dalam pasport): ______________________
        No. Kad Pengenalan: ______-__-____  Jantina: L / P  Warganegara: __________
        Notis Privasi: Data peribadi anda diproses mengikut Akta Perlindungan Data Peribadi 2010 bagi tujuan permohonan visa dan insurans sahaja.
        Sila bawa 2 keping gambar saiz pasport berlatarbelakang putih, muka penuh, tanpa cermin mata.
        Jemaah dinasihatkan mendapatkan suntikan meningitis sekurang-kurangnya 10 hari sebelum berlepas di klinik kesihatan atau klinik swasta berdaftar.
        Pemeriksaan kesihatan boleh dibuat di Hospital Sultanah Aminah, Jalan Persiaran Abu Bakar Sultan, 80100 Johor Bahru.
        Taklimat pra-keberangkatan akan diadakan di Masjid Wilayah Persekutuan, Jalan Duta, 50480 Kuala Lumpur pada 9 Jan 2027, jam 9 pagi.
        Jika pasport hilang di Tanah Suci, laporkan segera kepada Pejabat Tabung Haji Makkah dan Konsulat Jeneral Malaysia di Jeddah.
        Bayaran boleh dibuat ke akaun syarikat: Barakah Travel & Tours Sdn Bhd, Maybank 5642 1133 0871.
        Borang yang tidak lengkap atau tanpa tandatangan pemohon tidak akan diproses.
        Resit rasmi No. BTT-2026-11872 akan dihantar melalui emel dalam tempoh 3 hari bekerja.
        Jemaah warga emas berumur 70 tahun ke atas perlu mengemukakan surat pengesahan tahap kesihatan daripada doktor.
    """),
    ("en", "booking system logs"): _lines("""
        2027-01-14T02:35:11+08:00 INFO booking.sync group=UMR-KUL-0114 pax_count=45 status=CONFIRMED
        PNR 6KQ2TZ  SV835 KUL-JED 14JAN 0225 0635  HK45  GRP FARE
        ERROR 422 pax[17].passport_expiry must be >= return_date + 180d
        Release 4.12.0: rooming-list export now masks passport numbers by default (e.g. A4182****); added Malay UI strings.
        SELECT group_code, COUNT(*) FROM pilgrims WHERE visa_status = 'PENDING' GROUP BY group_code;
        sha256 0c00389515c5f823e8b573ce5fbfc995d87c19d5e14cf6e3979a02c336764472  manifest_template_v2.xlsx
        Invoice TT/2027/00381 · Amount due SGD 7,480.00 · Due 15/12/2026 · Ref: hajj briefing hall rental
        AWB 176-48201937 | 320 ctn Zamzam | JED-KUL | ETA 22JAN27
        [WARN] visa_api timeout after 30000 ms (attempt 3/5) request_id=1fe63eb2-211a-4775-a52f-c1defe5e63bb
        0 3 * * * /opt/barakah/bin/purge_passport_scans --older-than 180d
        webhook {"event":"payment.succeeded","amount":1500.00,"currency":"MYR","order_id":"UMR-270114-0093"}
        Build 2026.12.05-rc2 (commit 4e1b9c7) deployed to prod-sg-1 at 08:12 SGT.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Assalamualaikum tuan, saya nak daftar umrah utk mak saya Pn. Rohani binti Ismail, IC 550122-01-5072, alamat No. 17, Jalan Seri Intan 3, Taman Seri Intan, 81300 Skudai, Johor.
        Jemaah: Mohd Fadzli bin Hashim, No. Pasport A41827736, tamat tempoh 03/09/2029, tel 013-778 2150.
        Ayah saya Haji Kamarudin bin Yusof (68) ada sakit jantung dan pakai pacemaker, mohon kerusi roda di KLIA dan Jeddah ya.
        Baki RM8,450 dah transfer dari akaun Maybank 1640 2287 3315 atas nama Norazlina binti Ahmad, resit saya WhatsApp kejap lagi.
        Bilik 1207 (quad): Siti Aminah bt Razak 720903-07-6248, Halimah bt Osman 630708-03-5420 — dua-dua dari Seberang Perai.
        Tolong update no telefon suami saya En. Azrul Hisham bin Ramli, nombor baru 011-2358 9047, yang lama dah tak aktif.
        Saya Zulkifli bin Daud (IC 680415-10-5523) nak mohon refund sebab isteri saya disahkan hamil 8 minggu, doktor nasihat jangan terbang jauh.
        Resit: Nurul Aisyah binti Abdullah, kad Visa berakhir ****7782, deposit RM2,000 pakej Umrah Disember, emel nurulaisyah.abd98@gmail.com
        Kereta Proton X70 plat WPC 4471 milik Encik Roslan bin Mat Isa akan diparkir di kompleks jemaah selama 14 hari.
        Gaji pokok saya RM3,200 je, boleh ke mohon skim ansuran umrah 0%? Nama Faridah bt Jusoh, kerani di Majlis Perbandaran Kemaman.
        Bapa saya Haji Ismail bin Che Mat, no. akaun TH 0300 1452 8871, nak keluarkan RM5,000 untuk bayar pakej adik saya.
        Kak Lina, ni no pasport Aiman A50276183, lahir 12/06/2011, dia ikut kami umrah cuti sekolah nanti.
        Nama: Mdm Salmah bte Kassim, NRIC S5930471B, Blk 412 Bedok North Ave 2 #08-115, S(460412), HP 9123 4870.
        Pn. Hasnah Abdul Wahab (HP 012-906 3318) mohon bilik dekat lif sebab dia baru buat pembedahan ganti lutut bulan lepas.
    """),
    "zh-Hans": _lines("""
        报名普陀山禅修营：姓名 陈秀兰，身份证 330106199001173626，手机 13858217734，紧急联系人 丈夫 王建国 13905712208。
        我妈林阿珠78岁，高血压加糖尿病，去年还装了心脏支架，这次跟团去五台山朝台，导游那边能不能安排她坐缆车？
        收件人：王秋月 福建省泉州市南安市溪美街道成功路88号3栋502 电话15005938412（寄进香纪念品）
        厦门的黄德旺老伯 350203194510025119，护照 E58213947，这次跟团去台湾朝圣，入台证还没批下来。
        退款申请：张伟 申请退还灵隐寺禅修营费用 ¥2,680，原路退回招商银行卡 6212 2880 4072 3862 557，原因：确诊抑郁症住院。
        微信号 lzm_1987xm 是我表哥刘志明的，他在少林寺附近开民宿，你加他就说是我介绍的。
        南京的孙浩然（320102198306141279）在鸡鸣寺禅修期间突发癫痫，已送鼓楼医院，请尽快通知其妻子。
        车牌 浙A·7M3Q9 的车主周丽娟女士，您的车停在灵隐寺停车场占用消防通道，请尽快挪车。
        核对信息：何静，女，身份证 510107********8040，住成都市武侯区玉林北路17号2单元601，请确认是否本人报名峨眉山禅修营。
        刘师兄，我的皈依证编号 JY-2019-0386，法名妙音，俗名许晓燕，住杭州拱墅区，电话 186 6817 2093。
        护照信息：LIANG/MEIFANG 护照号 EH2819365 出生日期 1967-08-25 签发地 广东，请帮忙订去高雄的机票。
        我月薪才6500，老公孔德明去年被裁员了，这次朝山的钱是借的，能不能分期付？
    """),
    "zh-Hant": _lines("""
        報名表：林美惠，身分證 A223186506，生日 1979/03/14，手機 0928-661-304，住新北市板橋區文化路一段188巷9號4樓。
        大甲遶境徒步第三天，阿嬤蔡金枝在西螺小腿抽筋送醫，家屬陳志豪 0935-218-477 請速與隨隊人員聯繫。
        香港報名：陳嘉欣 HKID Y402957(5)，住九龍觀塘翠屏北邨翠楠樓1512室，手提 9182 3406。
        黃先生（K618203(8)）的回鄉證號 H07183526，請於出發前一星期交到旅行社辦理。
        我老公吳俊傑的LINE ID是 wu.jj0823，他負責這次北港進香團的收費，有問題直接找他。
        郭素珍師姐於法鼓山禪七報到時告知罹患乳癌第二期，正接受化療，請安排下鋪及清淡飲食。
        國泰世華信用卡 4507 5366 2339 4783，持卡人張雅婷，刷團費 NT$24,600 分6期。
        寄送地址：台南市東區崇學路55巷8號3樓，收件人許文雄，電話 (06)268-5517。
        麥太話佢個仔麥子軒（Z864201(0)）下個月去佛光山短期出家，佢有哮喘，要帶定噴霧。
        E105639284 這個身分證號是我爸劉榮華的，他想參加五月的湄洲進香團，請幫他辦台胞證。
    """),
    "en": _lines("""
        Pls register my dad Mr Tan Boon Huat, NRIC S6841207B, for the Wudang mountain temple tour, HP 9734 2168.
        Pilgrim: Ahmad Faiz bin Rahmat, passport A41920337 (MY), DOB 04/05/1985, type 1 diabetic, carries insulin pens in hand luggage.
        Sister Grace Lim (HP 8126 5590) asked me to tell the retreat team she's 14 weeks pregnant and can't do the fasting day.
        Deliver the ihram set to 23-5 Jalan PJU 8/3, Damansara Perdana, 47820 Petaling Jaya, attn. Mr Hafiz Ramli, 016-473 2901.
        Our accountant Ms Wong Mei Ling draws SGD 6,800 a month and wants the company to sponsor her 3-day meditation retreat.
        Manifest row 17: LEE/SHUFEN MS, SG passport K2187634N, DOB 02MAR1974, seat 34C, vegetarian meal.
        Card 5196 1184 8733 3117 exp 09/28, name on card Kumar Subramaniam. Please charge the full hajj deposit to this.
        FYI the agency owner's brother, Syed Ikhwan bin Syed Omar, was convicted at the Shah Alam Sessions Court last month for cheating 37 umrah pilgrims.
        Mdm Chua Geok Lian, 81, uses a walking frame and has early dementia; her son Daniel Chua (9456 1082) will accompany her to Putuoshan.
        From ravi.chandran1977@yahoo.com: "please refund my retreat deposit, my wife Priya had a miscarriage last week."
        Mr Leung Chi Wai, HKID R771406(7), Flat 8C, Block 3, Kingswood Villas, Tin Shui Wai, joining the Lantau meditation day trip.
        FIN G5083162R belongs to Rizal Pratama, a shipyard welder in Tuas on a work permit; he asked if he can join the SG umrah group.
        Umrah pax list: 1) NUR HIDAYAH BINTI ZAKARIA 850321-14-6032 F; 2) MOHD ARIF BIN ZAKARIA 880719-14-5411 M
        Reminder for the retreat kitchen: Bro Eddie Tan is allergic to peanuts (anaphylaxis), EpiPen in room 12, wife Serene 9671 0843.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "salam, pakej umrah 14 feb ada lagi seat?"),
        ("assistant", "Waalaikumussalam, ada lagi 6 seat untuk bilik quad. Nak saya holdkan?"),
        ("user", "ya tolong hold 2 seat, saya dgn suami"),
        ("assistant", "Boleh, sila beri nama penuh dan no. IC kedua-dua jemaah."),
        ("user", "Noraini binti Salleh 790214-11-5236"),
        ("user", "suami Ahmad Zaki bin Mahmud 770830-11-5143, no tel dia 019-935 2207"),
    ],
    [
        ("user", "Hi, is the 10-day silent retreat suitable for someone with panic disorder?"),
        (
            "assistant",
            "Many people with anxiety do attend, but the course is intensive. We recommend discussing it with your doctor first and mentioning it on the application.",
        ),
        (
            "user",
            "I've been on sertraline since March and my psychiatrist at IMH says it's fine. Can I still apply?",
        ),
        ("assistant", "Yes, you can apply. The course manager may call you to talk it through."),
        ("user", "Great, it's Jolene Koh, jolene.koh.88@gmail.com, mobile 9027 5518."),
    ],
    [
        ("system", "你是云居禅院禅修营报名助手，只收集报名必需的信息。"),
        ("user", "我想报五月那期禅七"),
        ("assistant", "好的，请提供姓名、身份证号和手机号。"),
        ("user", "郑国栋"),
        ("user", "350583 19580312 2716"),
        ("user", "手机 138 5081 6627"),
        ("assistant", "已登记，审核结果会短信通知您。"),
    ],
    [
        ("user", "請問北港進香一日遊，80歲長輩可以參加嗎？"),
        ("assistant", "可以的，行程多為乘車，步行距離不長；若需輪椅請事先告知。"),
        ("user", "我阿公葉清木，F126604737，要坐輪椅，他之前中風過一次"),
        ("assistant", "了解，我們會安排有升降梯的遊覽車。"),
        ("user", "聯絡人是我，孫女葉佩君 0919-472-583"),
    ],
    [
        ("user", "When does hajj registration for 2028 open for Singaporeans?"),
        (
            "assistant",
            "Registration is handled through MUIS and the licensed hajj agents; please check the MUIS website for the announced window.",
        ),
        ("user", "ok pls note down for my uncle: Haji Rahim bin Jaafar, S7512983A"),
        ("user", "address Blk 27 Marsiling Drive #11-402, Singapore 730027"),
        ("assistant", "Noted, we will contact him once the window opens."),
    ],
    [
        ("user", "nak tanya pasal refund deposit umrah, kami tak jadi pergi sebab ayah masuk wad"),
        ("assistant", "Maaf mendengarnya. Boleh berikan no. tempahan?"),
        ("user", "booking UMR-270114-0117"),
        ("user", "nama saya Khairul Anuar bin Mokhtar, refund ke CIMB 7061 228 455 ya"),
        ("assistant", "Terima kasih, refund akan diproses dalam 14 hari bekerja."),
    ],
    [
        ("user", "帮我妈办证件去台湾朝圣，需要什么材料？"),
        ("assistant", "需要办理大陆居民往来台湾通行证及签注，一般需身份证、户口簿和照片。"),
        ("user", "她叫梁美芳，身份证440104196708254488"),
        ("user", "户口在广州越秀区，能在番禺办吗"),
        ("assistant", "出入境证件目前可以全国通办，番禺出入境大厅也可以受理。"),
    ],
    [
        ("user", "想報名七月去佛光山嘅短期出家"),
        ("assistant", "好的，請提供參加者姓名、證件號碼及聯絡方法。"),
        ("user", "鄧家俊 XA093318(7)"),
        ("user", "住沙田禾輋邨豐和樓2203室，手機 6354 1927"),
        ("assistant", "收到，確認信會於三個工作天內寄出。"),
    ],
    [
        ("system", "You are the Barakah Travel assistant. Reply in the user's language."),
        ("user", "Saya nak tinggal kereta di kompleks jemaah masa pergi umrah 14 hari, boleh?"),
        (
            "assistant",
            "Boleh, parking jemaah RM10 sehari. Sila beri no. plat dan nama pemilik kenderaan.",
        ),
        ("user", "BMM 8210, atas nama Rashidah bt Awang"),
    ],
    [
        ("user", "My father is flying to Jeddah on SV835 on 14 Jan with your group."),
        ("assistant", "Thank you, how can I help?"),
        (
            "user",
            "He had a hip replacement in October and needs a wheelchair at both airports. His name is Abdul Hamid bin Yunus, passport A50918274.",
        ),
        ("assistant", "Noted, we will request wheelchair assistance with the airline for him."),
    ],
]
