# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en228: SG/MY fortune-telling, feng shui, BaZi, tarot and astrology services. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en228
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "booking_confirmations"): _lines("""
        Booking BZ-2026-04417 confirmed: 60-min BaZi consultation, Sat 14 Mar 2026, 2:30pm, Level 3 consult room B. Please bring your birth date and time (if known).
        Reminder: your tarot session (ref TRT-88213) starts in 30 minutes. Reply C to confirm or R to reschedule.
        Your feng shui home audit (job FS-SG-00931) is scheduled between 10am-1pm on 21/03. Our consultant will call from our main line 6789 2211 on arrival.
        Slot released: 19:00 Thursday, Master's Lunar New Year priority queue #47 is now open for online booking.
        Booking ID QM-5520871 | Service: Qi Men Dun Jia date selection | Fee: SGD 388.00 | Status: PAID | Channel: PayNow UEN 201834567K
        We regret the 3 April Zoom palm reading workshop is full. Waitlist position: 12. Next run: 17 April, 8pm SGT.
        Appointment for [CLIENT NAME] on [DATE] at [TIME] - please confirm the birth hour in 24h format (e.g. 07:45) before the session.
        Walk-in numbers today: 38 ticket holders, average waiting time 42 min, last queue number issued A-067.
        Ref KL-TAR-20260215-009: couple compatibility reading moved to 22 Feb because the consultant is on MC. No action required from you.
        Online order #MY-77120 - 1x Personalised 2026 Annual Forecast PDF (RM 128), delivered by email within 5 working days.
        Chap Goh Mei special: 15% off all love-tarot bookings made before 12 Feb 2026 23:59. Code CGM15. T&Cs apply.
        Your booking has been auto-cancelled as no deposit was received within 24 hours. Reference: ASTRO-SG-3391.
        Session length options: 30 min (S$68), 45 min (S$98), 60 min (S$128). Extra family member chart add-on S$40 each.
    """),
    ("en", "house_audit_notes"): _lines("""
        Audit checklist v3.2: main door facing, stove vs sink (fire/water clash), toilet position relative to centre, beam over bed, mirror facing bed.
        Period 9 (2024-2043) flying star chart for a sitting-North facing-South unit: 9 at the main door, 5 in the NE - place a metal wind chime, not a water feature.
        Showroom at 11 Kaki Bukit Crescent #02-08 Singapore 416240 reopens Monday; crystals and bagua mirrors 20% off.
        HDB 5-room, facing 225 degrees, Fire element dominant. Client A advised to shift study desk to the northwest corner. No renovation needed.
        Typical condo layouts in District 15 face the sea (SE); our 2025 survey of 64 units found 23 with the afflicted 2 star at the entrance.
        Audit fee schedule: up to 1,200 sq ft RM 1,888; 1,201-2,500 sq ft RM 2,888; landed above 2,500 sq ft quote on request. Travel outside Klang Valley extra.
        Luo pan reading taken at 3 points: 212, 214, 213 degrees. Average 213 = Kun mountain (SW2). Confirm with the second compass before drawing the chart.
        Site note (anonymised): office unit, 14th floor, tenant is an SME in logistics; main entrance in the Black Tortoise sector. Recommend red runner carpet.
        Q: Is it bad if the toilet door faces the main door? A: Traditionally yes; keep the toilet door closed and hang a bead curtain.
        Do not place cactus at the main door in the Year of the Fire Horse; use money plant or jade plant instead.
        The Marina Bay Sands towers are often discussed by feng shui hobbyists as a gateway shape. This is folklore, not our professional view.
        Report template: Property type: ____ | Facing degree: ____ | Construction period: ____ | Occupants' elements: ____ (fill in at consult).
        Bagua mirrors facing the common corridor may be removed by the town council; we recommend an internal placement above the door frame.
    """),
    ("en", "almanac_forecasts"): _lines("""
        2026 is the Year of the Fire Horse (Bing Wu). Clashing sign: Rat. Signs offending Tai Sui this year: Rat, Horse, Rabbit, Rooster.
        Auspicious dates for renovation in March 2026: 3, 9, 15, 21, 27. Avoid 12 March (clash with Pig).
        Weekly horoscope for Scorpio (23 Oct - 21 Nov): a good week to clear old debts and review contracts; lucky colour maroon.
        Tong Shu for 8 Feb 2026: good for signing contracts, moving house and prayers; bad for funerals and breaking ground.
        Visitors to the Sun Yat Sen Nanyang Memorial Hall often ask about the villa's feng shui; the hall faces a quiet stretch of Tai Gin Road.
        A Hong Kong TV panel once ran a BaZi analysis of Jack Ma's published birth date on the day Alibaba listed in New York.
        Chinese New Year 2026 falls on 17 February; Li Chun, the start of spring, is on 4 February.
        Mercury retrograde from late February to 20 March 2026: back up your devices and double-check your bookings.
        Lucky directions for the Dragon sign this month: Wealth God in the southeast, Joy God in the northeast.
        Star column: Yang Wood day masters born in summer need Water; expect a tiring Q2 but a strong Q4.
        Hungry Ghost month in 2026 begins in mid-August; many clients avoid moving house during the seventh lunar month.
        Annual Flying Stars 2026: 1 White in the centre, 5 Yellow in the South, 2 Black in the Northwest.
        Horse years: 1942, 1954, 1966, 1978, 1990, 2002, 2014, 2026. Those born in 1966 are Fire Horses like this year.
    """),
    ("en", "payments_invoices"): _lines("""
        INV-2026-000812 | Annual Forecast consultation | SGD 288.00 | GST 9% SGD 25.92 | Total SGD 313.92 | Paid via PayNow to UEN 201834567K
        Resit No. RC/KL/26/00419 - BaZi reading RM 350.00, SST not applicable, paid by DuitNow QR ref 20260214KLBZ0045.
        Refund processed: order #SG-TRT-40911, amount S$45.00, back to the original card within 5-7 working days.
        Gateway log: txn_8f3a21c9 status=captured amount=12800 currency=SGD merchant=AURA-SG-01 3ds=passed
        Deposit policy: 50% non-refundable deposit for feng shui audits; balance payable on the day of the audit.
        Pricelist 2026: Tarot 3-card S$38, Celtic Cross S$88, BaZi Life Reading S$388, Baby Name Selection S$588, Company Name Check S$888.
        Bank transfer: Maybank Islamic Berhad, account name Geomancy Hub Sdn Bhd (Co. No. 201901034567), corporate account 5141 2233 8890.
        Credit note CN-0042 issued against INV-2026-000799 for a cancelled Zoom session; balance carried forward S$120.
        Monthly takings Feb 2026: 312 readings, 41 audits, gross S$96,440, refunds S$1,230 (1.3%).
        Payment reminder template: Dear {client_name}, invoice {invoice_no} of {amount} is due on {due_date}. Kindly ignore if paid.
        Sandbox test card 4111 1111 1111 1111, any future expiry, CVV 123 - never use in production.
        Instalment plan via Atome available for packages above S$300 (3 monthly payments, 0% interest).
        MyInvois e-invoice UIN 2026KL00012345 validated at 14:02:11 for supplier TIN C25845632090.
    """),
    ("mixed", "forum_posts"): _lines("""
        Anyone know a good bazi master in Bukit Timah area? Budget around $300, don't want those who push crystals one.
        Is it true cannot cut hair during first lunar month ah? Asking for CNY prep.
        Bro the tarot reader at Bugis Street damn accurate leh, but $50 for 3 cards quite steep.
        Moving into new BTO in Tengah next month, which date auspicious for the 入伙 ceremony? Anyone use the Tong Shu app?
        Tarot ni betul ke? Baru try kat pasar malam SS2, RM20 sahaja, katanya bulan depan dapat rezeki.
        Can bagua mirror hang outside HDB door or not? Town council will fine anot?
        Which app better for western astrology chart, Co-Star or The Pattern? Need one that handles SGT timezone properly.
        Thread: share your worst 'master' experience. Rule: no names, no shop names, no phone numbers, mods will delete.
        Got any feng shui sifu in JB who speak Hokkien? Want to check a shop lot in Mount Austin before signing.
        Buy 招财猫 from Chinatown or Taobao better? The one at Pagoda Street $28 quite nice.
        Mercury retrograde means cannot sign S&P agreement meh? Property agent also say wait.
        Lol the annual forecast for Rat this year damn jialat, beware of backstabbers and small people. Every year also say same thing.
        Does anyone have a spreadsheet to convert Gregorian birthdate to the Four Pillars? The one on GitHub the hour pillar off by one.
    """),
    ("en", "app_logs_config"): _lines("""
        2026-02-17T00:00:03+08:00 INFO scheduler: regenerated 12 zodiac daily forecasts (build 4.18.2, commit a9c4e17)
        ERROR chart_engine: invalid hour pillar for input 1990-13-01T25:00 - rejected (validation v2.3)
        config: TIMEZONE=Asia/Singapore; SOLAR_TERM_SOURCE=solar-terms-2026.json; TRUE_SOLAR_TIME=true; LONGITUDE_DEFAULT=103.8198
        def hour_branch(h): return BRANCHES[((h + 1) // 2) % 12]  # 23:00-00:59 = Zi
        sha256(chart_pdf_template_v7.docx) = 3f1b9e0c7a224d6e8b51f0aa9c36e2d4b7e6f1c0a5d93b28e74c61f0d2a8b935
        Webhook POST /api/v1/bookings 201 Created in 87ms request_id=req_01HZX4P9K2M7
        migration 0042_add_lunar_birthdate: ALTER TABLE clients ADD COLUMN lunar_dob varchar(12) NULL;
        WARN sms_gateway: throttled 14 reminder messages, retry in 300s (provider quota 500/hr)
        Release notes 3.9.0: added Qi Men chart export, fixed Malay translation for Tai Sui, dark mode for the tarot spread view.
        cron: 0 6 * * * /opt/astro/bin/push_daily --signs all --lang en,zh,ms
        privacy: birth_time, birth_place and client_name are encrypted at rest with key alias kms/astro-prod-2026.
        Test fixture: client_id=TEST-0001 name='Jane Doe' dob=2000-01-01 time=12:00 place='Singapore' (synthetic)
        deploy: image fengshui-api:2.7.14 digest sha256:8d1e44a09b7c to ap-southeast-1, 3/3 pods healthy
    """),
    ("ms", "notis_perkhidmatan"): _lines("""
        Notis: Kedai kami tutup pada 17 dan 18 Februari 2026 sempena Tahun Baru Cina. Tempahan dalam talian masih dibuka.
        Bacaan tarot 30 minit RM60, 60 minit RM100. Bayaran melalui DuitNow atau tunai sahaja.
        Tempahan anda (No. TMP-0582) telah disahkan untuk Sabtu, 7 Mac 2026, jam 3 petang di cawangan Petaling Jaya.
        Peringatan: perkhidmatan ramalan adalah untuk hiburan sahaja dan bukan nasihat kewangan, perubatan atau undang-undang.
        Audit feng shui rumah teres dua tingkat: yuran RM1,500 termasuk laporan bertulis dan satu lawatan susulan.
        Sila isi borang: Nama: ______ Tarikh lahir: ______ Masa lahir: ______ Tempat lahir: ______
        Pejabat kami: Lot 2-15, Jalan Tun H.S. Lee, 50000 Kuala Lumpur. Talian am 03-2072 8899.
        Promosi Hari Raya: diskaun 10% untuk bacaan astrologi barat, kod RAYA10, sah sehingga 30 April.
        Aduan boleh dihantar ke aduan@ramalanbintang.com.my; kami akan membalas dalam tempoh 3 hari bekerja.
        Statistik 2025: 1,240 pelanggan, 62% wanita, purata umur 34 tahun, 18% tempahan dalam talian dari Singapura.
        Perhatian: sesi di cawangan Jalan Sultan Ismail ditunda kerana kerja-kerja penyelenggaraan bangunan.
        Kalendar Cina 2026: Tahun Kuda Api bermula 17 Februari. Shio yang bertembung: Tikus.
        Resit elektronik akan dihantar ke e-mel yang didaftarkan dalam masa 24 jam selepas pembayaran.
    """),
    ("zh-Hans", "shop_notices"): _lines("""
        本馆2026丙午年开运法会定于正月初九举行，报名截止2月20日，每位S$88。
        八字批命：一小时S$288，含流年分析；请提前提供出生年月日时（阳历或农历均可）。
        温馨提示：犯太岁生肖（鼠、马、兔、鸡）可于新春期间办理安太岁，名额有限。
        订单号 FS20260301-0087 已付款，三合罗盘（8寸）将于3个工作日内寄出，快递单号 SF1402287731055。
        客服热线 +65 6222 3388，营业时间：周一至周六 10:00-19:00，公众假期休息。
        塔罗占卜仅供参考，不构成任何投资、医疗或法律建议。
        本月吉日：入宅宜3月6日、3月18日；开市宜3月9日；忌动土：3月12日。
        统计：2025年全年共接待客户2,860人次，其中新加坡58%，马来西亚35%，其他7%。
        门店地址：新加坡桥南路（South Bridge Road）288号 #02-11，邮区058840。
        问：卧室镜子对床怎么化解？答：可用布帘遮挡，或调整镜子角度。
        孙中山南洋纪念馆附近的分店即日起暂停营业，原有预约自动转至总店。
        表格模板：姓名＿＿ 性别＿＿ 出生时间＿＿ 出生地＿＿（请勿在群内公开填写）
        APP版本 v5.2.1 更新：新增紫微斗数命盘导出功能，修复农历闰月换算错误。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Please update client record: Tan Wei Ming, NRIC S8123456F, born 12 Jun 1981 at 07:40 in KK Hospital, BaZi reading paid S$388.
        Hi Master, I'm Nurul Aisyah binti Kamarudin, my hp is 9127 4583. Can book tarot for this Sat 3pm?
        Home audit address: Blk 418 Bedok North Ave 2 #08-1123 Singapore 460418, owner Mr Lim Chee Keong, facing 135 degrees.
        Mdm Goh from #05-12 came again crying - her son's gambling debt with the ah long is the reason she wants the house cleansed.
        Card used for the 2026 forecast package: 4556 3412 8807 2133, exp 09/28, holder KRISHNAN A/L MUTHUSAMY.
        Siti Hajar's chart shows she was born in the Ghost month, and she told me in confidence she had two miscarriages last year.
        Complaint from Ms Priya d/o Ramasamy (priya.ramasamy88@gmail.com): the palmist told her she would divorce by 40 and she wants a full refund of S$150.
        Booking under FIN G5938142W, Nguyen Thi Hoa, domestic helper, wants love reading on her day off, pays cash S$30.
        Uncle Ah Seng from the Toa Payoh Lor 4 kopitiam, the one with diabetes, asked the sifu to pick a date for his toe amputation.
        MyKad 870423-14-5523, Wong Mei Ling from Cheras - wants an auspicious wedding date with her fiance Daniel Rozario.
        Telegram @jiaxin_tarot_luv is the client who keeps sending voice notes at 3am about her ex, Marcus Teo.
        IG @kavitha.sivam.92 DM'd for a compatibility reading with her married boss, says they have been seeing each other since June.
        Reading notes 14/2: Jonathan Pereira, Eurasian, 45, retrenched from the bank in January and hiding it from his wife Gloria.
        Car plate SJK 4821 U belongs to Mr Ong Boon Huat, the client who wants a lucky number reading before bidding for COE.
        Passport A51928374, Mr Rajesh Kumar s/o Pillai, joining the Bali retreat, birth 03/11/1979, dietary: vegetarian.
        Mrs Fernandez in the corner terrace off Jalan Kembangan told the sifu her husband hits her whenever he loses at the races.
        Refund S$85 to DBS account 027-912345-6 for Chua Li Ting (order #SG-TRT-40981).
        Send the 2026 forecast PDF to yeoh.sukfun@hotmail.com - the Ipoh client born 1966, pays via Maybank 1642 0339 8812.
        Farid bin Osman, the Grab driver who came last Tuesday, is HIV positive and asked whether his BaZi shows he will live past 50.
        Client contact: Ms Evelyn Ang, 8231 0947, Sengkang Compassvale, wants a flying star audit before her divorce settlement.
        Consult note: Chong Kah Yee, 34, on her third IVF cycle at Thomson Medical, wants a good date for the embryo transfer.
        Baby name selection - baby NRIC T2602187H, mother Loh Pei Shan, father Jeremy Sim, born 02:14 on 9 Jan 2026.
        Aminah from the Geylang Serai outlet asked for another $600 salary advance because her husband Rosli still no job.
        Mr Selvam's daughter Kaveri from Blk 22 is pregnant, family wants a date for a quick wedding before she shows.
        Debt chase: Ms Rachel Koh still owes S$1,288 for the audit done 3 Jan; her WhatsApp +65 9743 1180, send final reminder.
        Mainland client Lin Xiaoyan, ID 35020319920317052X, WeChat lxy_0317, wants a remote house audit for her Xiamen flat.
        Staff record: consultant Muhammad Hafiz bin Zulkifli given a written warning on 12/2/2026 for telling clients they would die within the year.
        Auntie Rosie from the Katong church group paid for a cleansing because her grandson Ethan keeps getting bullied at school.
        HK client Chan Chi Keung, HKID K482913(1), mobile 9138 2246, booked a remote Zi Wei session for Sunday.
    """),
    "ms": _lines("""
        Pelanggan: Nor Azizah binti Hassan, No. KP 910807-10-6218, tel 012-338 4729, tempahan bacaan tarot Sabtu ini.
        Encik Zulkarnain bin Yusof dari Taman Melawati mengadu bomoh palsu ambil RM3,000 untuk buang sial anak perempuannya.
        Sila pindahkan bayaran balik RM250 ke akaun CIMB 7064 2281 93 atas nama Lee Siew Peng.
        Puan Kalaivani a/p Subramaniam, No. 23, Jalan Mawar 5, Taman Sri Rampai, 53300 Kuala Lumpur - audit feng shui 14 Mac.
        Kak Ros jiran sebelah kata suami dia dah tiga bulan tak balik rumah, dia nak tanya tarot sama ada suami ada perempuan lain.
        Emel pelanggan: haziq.rahman97@yahoo.com, lahir 2 Mei 1997 jam 11 malam di Kota Bharu, mahu bacaan horoskop kerjaya.
        Pekerja Bangladesh, Mohammad Rafiqul Islam, pasport A02918374, minta bacaan nasib sebelum permit kerja tamat bulan depan.
        Cik Farah dari cawangan Shah Alam dipecat semalam sebab ambil duit tabung derma tokong.
    """),
    "zh-Hans": _lines("""
        客户王丽华，手机 138 0592 4471，身份证 440304198806123748，要求合八字，对象是她的前夫。
        陈阿姨（3栋12楼）说她女儿得了抑郁症，想请师傅看看家里风水是不是有问题。
        林先生车牌 WXY 8126，要求选个吉日提新车，付款卡号 5204 7301 9946 3857。
        黄志明的微信号 hzm_1988sg，他欠我们风水调整费S$2,400，已经三个月没付了。
        李美玲师姐昨天来说，她老公在新山欠了大耳窿十几万，想改名转运。
        请把流年报告寄到：马来西亚柔佛州新山 Taman Molek, Jalan Molek 2/7, 81100，收件人 郑淑芬，电话 016-772 9035。
        新员工张家豪，月薪S$2,800，试用期三个月，上周迟到四次，已口头警告。
    """),
    "zh-Hant": _lines("""
        客人陳美華，台灣身分證 A218374656，手機 0928 461 307，預約紫微斗數線上論命。
        何太（大埔廣福邨）話個仔讀書唔成，想改名，佢仲話自己啱啱驗出乳癌。
        李國樑先生，香港身份證 Y306571(3)，要求風水師上門睇樓，地址：沙田第一城 28座 17樓 D室。
    """),
    "mixed": _lines("""
        Eh boss, that Ah Huat from Jurong West Blk 765 #11-22 still owe us $800 for the feng shui visit leh, his number 9614 2280.
        Client Lau Kah Wai 刘家伟 says his money star weak, he just kena declared bankrupt last month - don't ask him for deposit lah.
        Sis Suganthi a/p Rajoo boleh WhatsApp 016-248 9931, dia nak tanya jodoh sebab family pressure kahwin before 30.
        Tolong check booking Mdm Ho Ai Lian, IC S7645210E, dia kata master tak datang semalam, nak refund.
        Telegram @ahboy_bazi_kl is actually Teoh Kok Leong, the guy our receptionist Jasmine secretly dating, don't tell boss ah.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for a Singapore feng shui studio. Collect the details needed for a home audit.",
        ),
        (
            "user",
            "Hi, I want to book a home audit. I'm Benjamin Lee Hock Seng, Blk 62 Telok Blangah Heights #14-287, Singapore 100062. Phone 9035 7712.",
        ),
        (
            "assistant",
            "Thank you, Mr Lee. I have noted the address and contact number. Which day suits you, and do you know the facing direction of the main door?",
        ),
        ("user", "Saturday morning can? Door facing the sea side, I think southwest."),
        (
            "assistant",
            "Saturday 10am is available. Our consultant will call 9035 7712 when he arrives at Blk 62.",
        ),
    ],
    [
        (
            "system",
            "You are a BaZi reading assistant for a Kuala Lumpur consultancy. Be kind and avoid fatalistic statements.",
        ),
        (
            "user",
            "Assalamualaikum, I'm Aishah binti Rahman, born 23 Nov 1993 at 5.15am in Kuala Lumpur. Will my career improve this year?",
        ),
        (
            "assistant",
            "Waalaikumussalam Aishah. With a 5.15am birth you fall in the Yin hour. Your chart suggests 2026 is steady rather than dramatic; the second half looks better for a job move.",
        ),
        (
            "user",
            "I got laid off from Petronas contract last month, my family don't know yet. Should I wait or apply now?",
        ),
        (
            "assistant",
            "I'm sorry to hear that. Practically, start applying now; the chart favours networking from April onwards.",
        ),
    ],
    [
        ("system", "You handle customer complaints for a tarot studio in Bugis."),
        (
            "user",
            "Your reader Melissa told my sister Grace Tan she will die young. Grace has been crying for three days and cannot sleep.",
        ),
        (
            "assistant",
            "We are very sorry. That is against our guidelines. May I have the booking reference so we can look into it and arrange a refund for Ms Tan?",
        ),
        ("user", "Booking TRT-90127, Grace paid $88 by PayNow from her number 8476 2291."),
    ],
    [
        (
            "system",
            "You are the payments helpdesk for an online astrology shop. Never store full card numbers.",
        ),
        (
            "user",
            "Please refund to my Visa 4217 6500 3391 8205, name on card Muthu Kumaran a/l Velu, order #SG-AST-5521.",
        ),
        (
            "assistant",
            "For your security please do not send full card numbers in chat. The refund will go back automatically to the card used for order #SG-AST-5521.",
        ),
        ("user", "Ok sorry. Can also send the receipt to muthu.kumaran.velu@gmail.com?"),
        ("assistant", "Done, the receipt for order #SG-AST-5521 has been emailed."),
    ],
    [
        ("system", "Anda pembantu tempahan untuk perkhidmatan astrologi di Pulau Pinang."),
        (
            "user",
            "Saya Rosnah binti Abdullah, IC 750112-07-5331, nak tempah bacaan horoskop untuk anak saya yang nak ambil SPM.",
        ),
        ("assistant", "Terima kasih Puan Rosnah. Boleh berikan tarikh dan masa lahir anak puan?"),
        (
            "user",
            "Anak saya Haikal, lahir 4 Jun 2009 pukul 9 pagi di Hospital Pulau Pinang. Dia ada ADHD, susah fokus belajar.",
        ),
    ],
    [
        ("system", "你是新加坡一家命理馆的客服助手。"),
        ("user", "你好，我姓陈，陈淑仪，厦门人，手机 159 6023 1847，想预约线上合婚。"),
        ("assistant", "陈小姐您好，请提供您和对方的出生年月日时。"),
        ("user", "我1995年7月8日早上6点；他叫许文杰，1992年生。其实他还没离婚，家里人都不知道。"),
        ("assistant", "明白，相关资料我们会保密。合婚报告预计三个工作日内发送。"),
    ],
    [
        ("system", "You help the studio manager with HR paperwork."),
        (
            "user",
            "Draft a warning letter to our consultant Vanessa Chia Hui Min. She sent client birth charts to her personal Gmail last week.",
        ),
        (
            "assistant",
            "Here is a draft: Dear Ms Vanessa Chia, this letter serves as a formal written warning regarding the transfer of client records to a personal email account on 27 November.",
        ),
        ("user", "Add that her December commission of $640 will be withheld pending review."),
    ],
    [
        ("system", "You are a compatibility reading assistant for a Singapore astrology app."),
        (
            "user",
            "Me Leo, born 5 Aug 1998. My boyfriend Arjun s/o Ganesan is a Capricorn, 2 Jan 1997. Are we compatible?",
        ),
        (
            "assistant",
            "Leo and Capricorn can be a strong pair when both respect each other's pace. Is there anything specific you want to ask about?",
        ),
        (
            "user",
            "I just found out I'm pregnant and Arjun's parents don't accept me because I'm Chinese. Will they come around?",
        ),
        (
            "assistant",
            "That sounds stressful. The chart is only a guide; talking openly with Arjun about a plan matters more than timing.",
        ),
    ],
    [
        ("system", "You are a booking bot for a palmistry stall in Little India."),
        (
            "user",
            "Hi I am Rahim Uddin, FIN F2873641W, work permit construction. Telegram @rahim_bd_sg. Sunday can come?",
        ),
        ("assistant", "Hello. Sunday 4pm slot is open. The reading is S$25, cash only."),
        ("user", "Ok. I want to ask if my mother surgery in Dhaka will be success."),
    ],
    [
        ("system", "Summarise consultation notes for the master's records. Keep it short."),
        (
            "user",
            "Notes: Mdm Siew Lai Kuen, 67, lives alone at Ang Mo Kio Ave 3, recently widowed, early dementia per her niece, wants to sell the flat because she thinks the house has bad luck.",
        ),
        (
            "assistant",
            "Summary: Mdm Siew Lai Kuen, 67, recently widowed, early dementia reported by niece; wishes to sell her Ang Mo Kio flat citing bad luck. Suggest involving family before any advice.",
        ),
        ("user", "Also note niece Pamela's number 9288 5016 for follow-up."),
    ],
]
