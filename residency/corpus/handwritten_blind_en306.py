# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en306: SG/MY spas, saunas, massage and reflexology centres (member packages, therapist rosters, health declarations, injuries during treatment, complaints, refunds, staff chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en306
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "shop_notices"): _lines("""
        NOTICE: Steam room and dry sauna at our Tanjong Pagar outlet will be closed 9-11 Dec 2026 for heater replacement. Enquiries: 6221 4830 or hello@kurakuraspa.com.sg
        This establishment is licensed under the Massage Establishments Act 2017. Licence no. MEL/2025/004187 is displayed at the reception counter as required.
        Please inform your therapist BEFORE the session if you are pregnant, have high blood pressure, recent surgery, a skin infection or are on blood thinners. Thank you!
        Lost & found items are kept for 30 days only, unclaimed items will be donated. Call the front desk at +65 6735 0912 (10am-11pm daily) to check.
        Chinese New Year operating hours: 16 Feb closed, 17-18 Feb 12pm-8pm, normal hours resume 19 Feb. Last booking 1 hour before closing. 新年快乐!
        For your safety, please do not enter the sauna after consuming alcohol or if you feel unwell. Maximum 15 minutes per round, drink water in between rounds.
        Package holders: unused sessions expire 12 months from date of purchase as stated in our T&C. Extensions are at management discretion only, no cash refund.
        We have moved! From 1 Mar 2027 find us at #03-27 Far East Plaza, 14 Scotts Road, Singapore 228213. Same hotline 6733 2190, same friendly team.
        Kura Kura Wellness Pte. Ltd. (UEN 201834567W) | Outlets: Tanjong Pagar, Katong, Jurong East | Corporate bookings: corporate@kurakuraspa.com.sg
        KL outlet: Lot 2.18, Level 2, Pavilion Kuala Lumpur, 168 Jalan Bukit Bintang, 55100 KL. WhatsApp Business +60 12-380 7721 (text bookings only, no calls).
        CCTV is in operation at reception and corridors only. There are no cameras in treatment rooms. Recordings are kept 30 days in line with our PDPA policy.
        Staff are not allowed to accept cash tips. If you enjoyed your visit, leave a Google review for Auntie Jade Foot Spa @ Chinatown Point, #B1-22!
        Gift vouchers bought from 1-15 Dec 2026 get 10% bonus value. Voucher codes (format GV-26-XXXXXX) can be verified at kurakuraspa.com.sg/voucher.
    """),
    ("en", "price_list_and_invoices"): _lines("""
        Foot Reflexology 45 min S$48 | 60 min S$58 | 90 min S$82 (incl. 10 min shoulder). Member price 15% off, weekdays before 5pm only.
        Traditional Malay Urut 60 min RM120 / 90 min RM165. Uses warm minyak urut and herbal tungku. Post-natal urut only from day 7 after delivery.
        Add-ons: hot stone +S$15, cupping (6 cups) +S$18, gua sha back +S$20, ear candling +S$25. Add-ons cannot be redeemed with package credits.
        Couple Room Package: 2 x Balinese massage 90 min + rose petal bath + herbal tea, S$298 nett (U.P. S$356). Valid Mon-Thu only, book 48h in advance.
        10-session Reflexology Card S$480 (S$48/session), 20-session Card S$880. Cards are non-transferable and valid 12 months from activation.
        Sauna day pass RM45 (towel, locker, shower amenities included). Add RM20 for 30 min body scrub. Seniors 60+ pay RM35 with MyKad shown at counter.
        SKU RFX-OIL-250 Lemongrass & Ginger massage oil 250ml S$32.00 | SKU RFX-BLM-030 Tiger Balm Red 30g S$6.90 | SKU RFX-SOCK-01 grip socks S$4.00
        Prices are in SGD and subject to 9% GST. No service charge. Prices effective 1 Jan 2027 and may be revised without prior notice.
        Cupping (拔罐) 30 min RM68 | Gua Sha (刮痧) 30 min RM68 | Moxibustion (艾灸) 45 min RM98 | Tui Na (推拿) 60 min RM138 | TCM physician consult RM40
        Head & Shoulder Express 20 min S$25, perfect for office workers on lunch break. Walk-ins welcome, Raffles Place MRT Exit H, 2 min walk.
        Membership tiers: Silver (top-up S$500, 5% bonus), Gold (S$1,000, 10% bonus), Platinum (S$3,000, 15% bonus + 2 free sauna passes monthly).
        Kids foot massage (age 6-12) 30 min S$30, parent or guardian must stay in the room. Maternity massage from 14 weeks with a doctor's memo.
        Invoice INV-BS-2026-11-00872 from Beauty Source Trading Sdn Bhd (201901023456) | 48 x face towels, 12 x carrier oil 1L | Subtotal RM1,864.00 | Sales tax 10% RM186.40
    """),
    ("en", "booking_system_logs_config"): _lines("""
        2026-12-03T14:02:11+08:00 INFO booking.create id=BK-20261203-0147 outlet=TPG room=R05 svc=FOOT60 slot=15:30 channel=whatsapp status=CONFIRMED
        2026-12-03T14:05:48+08:00 WARN pos.payment terminal=NETS-TPG-02 txn=8837261 amount=58.00 SGD retry=1 reason=HOST_TIMEOUT
        sauna_ctl v2.4.1 zone=DRY-1 setpoint=85C actual=83.6C humidity=12% door_open_count=47 auto_off_after=14h00m fault=none
        REMINDER_SMS_TEMPLATE = 'Hi {first_name}, your {service} at {outlet} is on {date} {time}. Reply C to confirm or R to reschedule.'
        DEFAULT_CONTACT = {'phone': '+65 6000 0000', 'email': 'test@example.com', 'name': 'Test Customer'}  # sandbox fixture only
        booking_id,outlet_code,service_code,room,start_time,duration_min,price_sgd,package_used,payment_method,status
        2026-12-04 22:47:03 ERROR roster.sync failed outlet=KTG shift=PM date=2026-12-05 error='overlap: room R02 double-booked 19:00-20:30' job=roster-cron-7f3a
        sha256(export_2026-11.csv) = 4c9e1f0b7a26d3e88f5b12c0a9d47e61b3f0c2d95e8a7146bd0e3f29c81a5d77 uploaded to sftp://reports.kurakura.internal/monthly/
        .env.example: SMTP_HOST=smtp.mailgun.org SMTP_FROM=no-reply@kurakuraspa.com.sg WHATSAPP_SENDER=+6562214830 STRIPE_KEY=sk_test_placeholder
        GET /api/v2/outlets/KTG/availability?date=2026-12-06&service=BALI90 200 142ms ua=KuraKuraApp/3.8.2 (Android 14)
        daily_summary outlet=JEM date=2026-12-02 bookings=64 walk_ins=19 no_shows=3 cancellations=5 revenue_sgd=4812.40 avg_rating=4.6
        Release 3.8.2 (2026-11-28): fixed package balance rounding bug, added Malay translation of the health declaration form, removed legacy fax field.
        CREATE TABLE health_declaration (id BIGSERIAL PRIMARY KEY, booking_id TEXT, q_pregnant BOOLEAN, q_hypertension BOOLEAN, signed_at TIMESTAMPTZ);
    """),
    ("en", "history_and_public_figures"): _lines("""
        Modern reflexology traces back to Dr William H. Fitzgerald, an American ENT doctor who described zone therapy in 1917; Eunice Ingham mapped the feet in the 1930s.
        Pehr Henrik Ling (1776-1839) is often credited with Swedish massage, though the French terms effleurage and petrissage were popularised by Johann Georg Mezger.
        Tiger Balm was developed by Aw Chu Kin and popularised by his sons Aw Boon Haw and Aw Boon Par, who built Haw Par Villa on Pasir Panjang Road in 1937.
        White Flower Embrocation (白花油) was created by Gan Geok Eng in Singapore in the late 1920s before the company moved its base to Hong Kong.
        Wat Pho in Bangkok has housed a traditional Thai massage school since 1955, and its stone inscriptions of massage points date from the reign of King Rama III.
        Singapore's Massage Establishments Act 2017 came into force in 2018, putting licensing of massage establishments under the Singapore Police Force.
        Wong Fei-hung (1847-1925), the martial artist and bone-setter played by Jet Li in Once Upon a Time in China, ran the Po Chi Lam clinic in Guangzhou.
        Hua Tuo, the Eastern Han physician, is credited in legend with the Wu Qin Xi exercises, and Bian Que is said to have revived a prince with needles and massage.
        The Huangdi Neijing, compiled over 2,000 years ago, mentions anmo (按摩) as a treatment, making massage one of the oldest recorded therapies in Chinese medicine.
        Malaysia's Traditional and Complementary Medicine Act 2016 (Act 775) requires practitioners in recognised practice areas to register with the T&CM Council.
        Jalan Bukit Bintang's row of foot reflexology shops became a tourist fixture in the 1990s, and many shopfronts there still advertise 60 minutes for about RM50.
        Japanese onsen etiquette, brought to Singapore by Yunomori Onsen & Spa at Kallang Wave Mall, means bathing without swimwear in gender-separated pools.
        In old Malay hikayat the Tok Bidan was both midwife and masseuse; urut bersalin with bertungku and barut is still offered by spas in Johor Bahru today.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning all, TPG outlet today 2 therapists MC, pls those on PM shift come in by 1pm can? OT will be paid, confirm in this group ok.
        Room 3 aircon bocor again lah, water dripping on the bed. Already called the contractor, they say come tmr 10am. Use Room 5 first.
        Reminder: every customer must sign health declaration before treatment, no exception. Last month the licensing officers came check, we kena warning already.
        Stock count tonight after closing. Minyak urut only left 4 bottles, Tiger Balm 2 boxes. Whoever pass by the wholesale shop tmr pls buy, claim petty cash.
        新 roster for Dec already uploaded to Google Drive folder 'Roster 2026'. Pls check your off day, want to swap must inform supervisor before 10 Dec.
        Customer in Room 7 felt dizzy after sauna, we gave 100PLUS and let rest 20 min, BP normal now. Already logged in incident book page 14.
        Boss say from Jan package price naik 8%, but existing members can still buy at old price until 31 Dec. Pls inform customers nicely, jangan force sell.
        Towel supplier Lotus Laundry Services late again, only 120 pcs came instead of 200. I WhatsApp their office line 6745 3381 already, no reply.
        Sauna heater breaker trip at 4.15pm, reset already. If happen again jangan reset yourself, call the technician hotline 6863 2000 straight.
        明天 CNY deco team come 9am, pls open shutter early. Red lanterns hang at entrance only, fire safety officer say cannot block the exit sign.
        Google review now 4.7 ya, 38 new reviews this month. Boss belanja bubble tea Friday! Keep it up team 💪
        Pls don't post customer photo or booking screenshot in this group ya, PDPA. Use the booking system notes only. Thank you 🙏
        Walk-in asking for 'special service' again, just say we are a licensed wellness centre, show the notice at counter and call manager if he insist.
    """),
    ("zh-Hans", "会员须知"): _lines("""
        会员卡一经售出，概不退款；如因健康原因无法继续使用，须提供医生证明，经店长审核后可延期，最长不超过6个月；已使用的赠送项目按原价扣除。
        储值会员全单享九折优惠，生日当月赠送60分钟足底按摩一次，凭会员卡核对，需提前一天通过小程序或热线预约，当月未使用不予顺延。
        客服热线：+65 6222 8813（每日10:00-22:00），企业邮箱：vip@fuyuanfoot.sg，新加坡公司注册号（UEN）202245678E。
        门店地址：新加坡 133 New Bridge Road 唐城坊 #02-41，牛车水地铁站A出口步行约3分钟，商场停车场入口在 Upper Cross Street。
        孕妇、高血压、心脏病、糖尿病足及近期手术者，请在健康声明表中如实填写，技师有权拒绝不适宜的项目；如隐瞒病情导致不适，本店不承担相关责任。
        会员积分规则：每消费1新元积1分，500分可兑换30分钟肩颈按摩，积分有效期为获得之日起24个月，逾期自动清零，积分不可转让或兑换现金。
        订单号 FY20261205-00388 已支付 S$168.00，支付方式：PayNow（收款方 UEN 202245678E），请保存电子收据以备查询。
        桑拿房温度设定为80-90°C，每次建议不超过15分钟；饮酒后、空腹或饱餐后一小时内请勿使用，如感不适请立即按墙上的红色呼叫铃。
        本店已依据《2017年按摩场所法令》取得营业执照，执照编号 MEL/2024/002961，张贴于前台，欢迎顾客及执法人员随时查验。
        马来西亚分店：吉隆坡 Jalan Alor 41号，营业时间中午12点至凌晨2点，WhatsApp 商务号 +60 11-2345 8890（仅限文字预约）。
        套餐转让须双方到店办理，手续费S$20；同一会员卡每日最多使用两次，节假日前一天不接受电话预约，请使用微信小程序或官网 fuyuanfoot.sg 在线预约。
        会员系统 v5.2 更新说明：新增电子健康声明、支持 GrabPay 付款、修复积分重复计算问题，旧版App将于2027年1月停用。
        投诉处理流程：收到投诉后24小时内回复，7个工作日内给出处理结果；如仍不满意，可联系新加坡消费者协会（CASE）热线 6277 5100。
    """),
    ("zh-Hant", "店舖評論"): _lines("""
        銅鑼灣呢間足底按摩真係唔錯，師傅手勢好穩，60分鐘 HK$268 包埋肩頸，仲有熱薑茶飲，地鐵站F出口行三分鐘就到，下次會再嚟。
        台北中山區這家「老師傅腳底按摩」價格透明，40分鐘NT$800，環境乾淨，但週末一定要先打店家電話 (02) 2571-6630 預約。
        澳門氹仔官也街附近嗰間水療中心，桑拿房太細，最多坐四個人，週六晚等咗半個鐘先有位，更衣室儲物櫃又唔夠，扣一粒星，希望店家擴充設施。
        已經係第三次幫襯「何伯推拿館」，招牌寫住1968年創立，而家由第二代打理，拔罐同刮痧都好專業，價錢公道，星期日休息，記得平日先去。
        旺角西洋菜南街嗰間，價錢牌寫HK$198，入到去就推銷HK$3,800套票，唔買就黑面，大家小心，一粒星都唔想畀，已經向消費者委員會投訴。
        新加坡烏節路的這家 spa 服務很好，但 GST 9% 另計，結帳時才發現，建議店家在價目表及官網上清楚註明，避免顧客誤會。
        高雄駁二附近的泰式按摩，師傅來自清邁，力道很夠，90分鐘NT$1,500，附贈花草茶與熱敷，停車要停在大勇路的收費停車場。
        店家回覆：感謝您的評價！本店已於2026年11月更換所有按摩床及毛巾消毒設備，歡迎再次光臨。查詢電話 2890 1234。
        香港中環「Dr. Feet 足療中心」，Google 評分 4.5，午飯時間做30分鐘肩頸啱啱好，HK$180，唔使預約，行 walk-in 都得。
        吉隆坡武吉免登嗰間腳底按摩，RM58 一個鐘，老闆係香港過去嘅，講廣東話好親切，就係冷氣開得太凍，記得帶件外套，附近 Jalan Alor 食宵好方便。
        訂單編號 TW-SPA-20261118-7732，團購券 NT$999 雙人足湯加60分鐘按摩，有效期至2027年3月31日，假日需加價NT$200。
        九龍城嘅泰式按摩店好地道，門口有金色佛像，老闆娘好熱情，不過浴室熱水唔夠熱，整體畀四粒星，九十分鐘 HK$320 性價比算高。
        台中這家溫泉會館的湯屋很乾淨，但規定每次限時90分鐘，超時每半小時加收NT$300，入場前請看清楚規則，平日下午人比較少。
    """),
    ("ms", "notis_dan_peraturan"): _lines("""
        NOTIS: Semua pelanggan wajib mengisi borang pengisytiharan kesihatan sebelum rawatan. Sila maklumkan jika anda hamil, mempunyai darah tinggi atau kencing manis.
        Pusat refleksologi ini dilesenkan oleh Dewan Bandaraya Kuala Lumpur (DBKL). No. lesen: DBKL/PL/2026/018834. Aduan boleh dibuat melalui talian 03-2617 9000.
        Waktu operasi bulan Ramadan: 12 tengah hari hingga 6 petang dan 9 malam hingga 1 pagi. Selamat berpuasa kepada semua pelanggan kami.
        Urutan tradisional Melayu 60 minit RM100, urutan selepas bersalin (pakej 3 hari) RM450 termasuk bertungku dan barut. Tempahan: 07-331 2288.
        Pakej ahli tidak boleh dipindah milik dan tidak boleh ditukar kepada wang tunai. Baki sesi akan luput 12 bulan dari tarikh pembelian.
        Sauna ditutup untuk penyelenggaraan pada 15 hingga 17 Disember 2026. Kami memohon maaf atas segala kesulitan. Pertanyaan: info@rimbaspa.com.my
        Rimba Spa & Wellness Sdn. Bhd. (No. Syarikat 202101045567 (1432198-K)), Lot 12, Jalan Dato Onn, 80000 Johor Bahru, Johor.
        Pelanggan lelaki dan wanita dirawat di bilik berasingan. Terapis wanita untuk pelanggan wanita sahaja. Pakaian sopan diwajibkan di ruang menunggu.
        Jangan gunakan sauna lebih daripada 15 minit. Minum air secukupnya. Kanak-kanak bawah 12 tahun tidak dibenarkan masuk ke bilik wap.
        Akta Perubatan Tradisional dan Komplementari 2016 (Akta 775) mewajibkan pengamal dalam bidang amalan yang diiktiraf berdaftar dengan Majlis T&CM.
        Aduan pelanggan akan dijawab dalam tempoh 3 hari bekerja. Bayaran balik hanya untuk sesi yang belum digunakan, ditolak caj pentadbiran RM30.
        Harga termasuk SST 8%. Resit rasmi dikeluarkan untuk setiap pembayaran. No. Pendaftaran SST syarikat: W10-2401-32000123.
        Kelas urut kaki untuk orang awam setiap Sabtu pertama, 10 pagi, di dewan komuniti Taman Tun Dr Ismail. Yuran RM80 termasuk minyak dan sijil.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Health declaration 03/12/2026: Mr Jeremy Koh Wei Liang, 47, declares hypertension (on amlodipine 5mg) and a slipped disc at L4-L5; therapist to avoid deep pressure on lower back.
        Complaint: Mdm Rosnah binti Kassim says she got a bruise on her left calf after the 90-min deep tissue on 28 Nov; she wants a refund of S$128 and has sent photos.
        Refund to POSB savings 123-45678-9 under the name LIM HUI SHAN, amount S$640 for 8 unused reflexology sessions, approved by outlet manager.
        Pls call back the lady who booked Balinese 90 min at 4pm, her number is 9173 6624, she wants to change to Saturday.
        Member: Priya d/o Ramasamy | NRIC S8712463J | Tel +65 8234 1197 | Package: Gold top-up S$1,000 | Balance S$412.50 | Notes: allergic to lavender oil
        WhatsApp from +65 8890 3412: can I bring my mother for the couple room tmr 7.30pm? Pls reply before 6pm.
        Aunty Molly from Blk 412 Bedok North Ave 2 #07-153 asked if we can send a therapist to her flat because she cannot walk after her knee replacement.
        FYI the guy in Room 2 yesterday, Daniel Ong, told me he just got retrenched and can't continue the package, asking if he can get back the S$900 balance.
        Incident report: hot stone burned customer Tan Siew Hoon's right shoulder at 3.40pm on 5 Dec; first aid applied, she was referred to SGH A&E.
        Customer Kelvin Ng (HP 9655 0281) still owes S$360 from last month's sessions, says will pay after payday on 25th, pls don't let him book until cleared.
        Health form: Nur Aisyah binti Rahmat, 29 weeks pregnant, gestational diabetes, her gynae at KKH said prenatal massage ok but no lying on her back.
        M10482,Goh Chee Keong,S7734519A,9021 4487,chee.keong.goh@gmail.com,Platinum,2026-01-14,1875.00
        Roster note: Wong Mei Ling (Katong, Mon-Fri AM), basic S$2,400 + commission, on no-pay leave 20-24 Dec for her divorce hearing.
        2026-12-05 19:22:07 INFO member_login ok user=sarah.tan.88@hotmail.com ip=118.200.54.17 device=iPhone15 outlet=JEM
        Mr Rajesh Kumar s/o Subramaniam called again about the ankle sprain he says happened during reflexology; his lawyer's letter is attached, claiming S$5,000.
        Give our regular Uncle Seng, the retired taxi driver who comes every Tuesday with his walking stick, 20% loyalty discount; he has diabetic foot, go gentle.
        Deliver gift voucher GV-26-481920 to Ms Chloe Yeo, 18 Jalan Kembangan, Singapore 419128, paid by her husband as anniversary surprise, don't call her.
        Car plate SKV 4721 E keeps parking at our loading bay every Friday night; the hair salon next door says it belongs to their boss's brother-in-law, Mr Hafiz.
    """),
    "zh-Hans": _lines("""
        陈先生（身份证号 440106198703152310）办理了20次足疗卡，预留手机 13826471953，备注：痛风，左脚大拇趾关节不能用力按。
        阿明昨晚在桑拿房晕倒，被送去陈笃生医院，医生说是低血糖，他太太打电话来问我们有没有监控录像。
        林太投诉：技师刮痧太用力，背部大面积瘀青，她已经拍照发到小红书，要求全额退还会员卡余额 S$1,260。
        退款账户：中国工商银行 6222 0212 3456 7890 123，户名 周晓燕，退款金额 RMB 2,380，原因：怀孕后无法继续使用套餐。
        员工黄丽娟上个月预支了 S$1,500 工资，说是给老家的父亲做手术，从12月工资起每月扣 S$300。
        会员资料：王建国，男，62岁，手机 +86 139 1024 7786，邮箱 wjg1964@163.com，地址：上海市浦东新区张杨路1588弄12号301室。
        请注意：刘小姐的前夫可能会来店里找她，她说已经申请了个人保护令（PPO），前台千万不要透露她的上班时间。
        客户 Zhang Wei（微信号 zw_runner1990）预约周六下午3点，腰椎间盘突出，只做肩颈不做腰。
    """),
    "zh-Hant": _lines("""
        何太（HKID K538291(2)）登記咗12次腳底按摩套票，電話 9347 2815，佢話自己有靜脈曲張，師傅唔好太大力。
        客人陳志強先生投訴喺桑拿房跌倒，右手腕骨折，已去伊利沙伯醫院求診，要求賠償醫藥費 HK$8,600。
        台灣會員 林雅婷，身分證字號 A227381945，手機 0936-418-205，地址：台北市大安區復興南路一段107巷5號3樓。
        阿輝個仔今年考DSE，佢話要暫停套票三個月，因為份人工唔夠交補習費，叫我哋幫佢延期。
        澳門分店收到黃美玲小姐嘅退款申請，MOP 3,200，轉賬至中國銀行澳門分行帳戶 1801-2237-6645-09。
        員工李家豪上星期被警察拘捕，涉嫌喺店內偷客人銀包，現已停職，請各位唔好喺客人面前討論。
        預約紀錄：2026-12-06 14:00 鄭先生 WhatsApp +852 6182 9034，項目：泰式按摩90分鐘，備註：糖尿病，腳底有傷口。
    """),
    "ms": _lines("""
        Pelanggan Encik Azman bin Yusof (No. KP 780514-01-5563) mengadu bahu kanan terseliuh selepas urutan tradisional pada 2 Disember dan minta bayaran balik RM240.
        Puan Noraini binti Hashim, 34 tahun, mengandung 6 bulan dan ada darah tinggi; doktor Klinik Kesihatan Ampang benarkan urutan ringan sahaja.
        Tolong hubungi Kak Ton di 013-772 4519, dia nak tukar tarikh urut bersalin ke minggu depan sebab baby kuning masuk wad.
        Bayaran balik RM1,150 ke akaun Maybank 1640 2234 8871 atas nama MOHD FARID BIN ISMAIL, baki pakej 10 sesi yang tidak digunakan.
        Alamat penghantaran baucar: Cik Farah Izzati, No. 23, Jalan Mawar 7, Taman Bukit Indah, 81200 Johor Bahru, Johor. Tel 017-308 6642.
        Terapis kita Rina sedang cuti sakit sebab keguguran minggu lepas, tolong jangan tanya dia pasal hal itu bila dia masuk kerja semula.
        Senarai hutang ahli: Lim Chong Ming RM520 (tertunggak sejak Ogos), Kavitha a/p Muniandy RM180, Ahmad Zaki RM95. Sila ingatkan mereka secara sopan.
    """),
    "mixed": _lines("""
        Boss, the uncle 老陈 from Blk 233 Ang Mo Kio Ave 3 #05-1122 call again, say his 膝盖 still pain after last reflexology, want to claim his polyclinic bill S$45.
        Member 张美华 aka Michelle, HP 9812 6637, top-up S$3,000 Platinum yesterday, pls give her the 2 free sauna pass and send e-receipt to michelle.zhang.mh@gmail.com
        Kak Yati punya anak lelaki kena denggi, dia MC 3 hari, so Thursday PM shift siapa boleh cover? Pls help ya.
        The guy with dragon tattoo, Marcus Lee, today paid with PayNow from 9023 5518 but the name shown is LEE KAH HENG, pls check if fraud or not.
        Feedback form: Name: Ng Pei Shan | Tel: 8166 3029 | Rating 1/5 | therapist 手太重, my neck 扭伤 for 3 days, went to see 跌打 sinseh, want compensation
        FIN G7261834W, Ms Nguyen Thi Hoa, work permit therapist, permit renewal due 15 Jan, medical check-up result pending (TB screening re-test).
        Tolong block booking dari Encik Hairul, dia pernah mabuk dan pukul terapis kita in Room 4, police report no. C/20261104/2231 already made.
        MyKad 910728-10-6214, Tan Bee Leng, 订了 post-natal urut package RM1,380, bersalin on 1 Dec via C-section, 医生说 4 weeks later baru boleh urut perut.
        Refund PayNow to 9447 1380 (Mdm Lau Siew Lan), S$250 for the cancelled package because she moving back to Ipoh to take care of her mother with dementia.
        Staff loan record: 阿芬 borrowed S$800 on 2 Nov for her son's school fees, deduct S$200 monthly from Dec salary, signed by her and supervisor.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the customer service assistant for a reflexology and massage chain in Singapore. Be polite, concise and follow the refund policy: unused sessions refundable minus S$30 admin fee.",
        ),
        (
            "user",
            "Help me reply to this complaint. Customer is Mrs Shirley Chua Bee Kim, member since 2023, HP 9127 4480. She says after the 60 min deep tissue on 2 Dec her lower back got worse and she saw a physio at Tan Tock Seng. She wants all 6 remaining sessions refunded.",
        ),
        (
            "assistant",
            "Dear Mrs Chua, thank you for letting us know, and we are very sorry to hear about the discomfort in your lower back after your session on 2 Dec. We have reviewed your account and can refund your 6 unused sessions at S$58 each, less the S$30 admin fee, which comes to S$318. We would also be glad to reimburse the physiotherapy consultation on sight of the receipt. May we call you at 9127 4480 to arrange the transfer? Warm regards, Customer Care Team",
        ),
        ("user", "Boss says waive the admin fee. Update please."),
        (
            "assistant",
            "Dear Mrs Chua, further to our earlier message, management has waived the admin fee, so the full S$348 for your 6 unused sessions will be refunded, together with the physiotherapy bill once we receive the receipt. We will call you at 9127 4480 to confirm your PayNow details. Warm regards, Customer Care Team",
        ),
    ],
    [
        (
            "user",
            "帮我写一条退款通知短信。客户陈国华先生，手机 +65 9366 2041，会员卡号 FY-VIP-00871，剩余8次足疗，每次按S$48退款，他因为中风住院无法再来。",
        ),
        (
            "assistant",
            "陈国华先生您好：得知您住院的消息，我们深表关心，祝您早日康复。您的会员卡 FY-VIP-00871 剩余8次足疗，共可退款 S$384，将在7个工作日内通过 PayNow 退至 +65 9366 2041。如需家属代办，请回复本短信。福源足道 敬上",
        ),
        ("user", "他太太说要退到她的账户，DBS 072-318845-6，户名 HO MEI CHING，可以吗？"),
        (
            "assistant",
            "可以，但建议先取得陈先生本人或其合法代理人的书面授权（例如签名的授权信或授权书），再把 S$384 转入 DBS 072-318845-6（户名 HO MEI CHING），并在系统中记录授权文件，以免日后产生争议。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk pusat urutan tradisional di Johor Bahru. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong ringkaskan borang kesihatan ni: Nama Siti Khadijah binti Omar, KP 870923-01-6638, umur 39, ada asma, baru bersalin 10 hari lepas secara normal, nak ambil pakej urut bersalin 5 hari. Telefon 012-745 3390.",
        ),
        (
            "assistant",
            "Ringkasan: Puan Siti Khadijah binti Omar (KP 870923-01-6638, 012-745 3390), 39 tahun, bersalin normal 10 hari lalu, menghidap asma. Pakej urut bersalin 5 hari sesuai, tetapi elakkan minyak atau herba berbau kuat yang boleh mencetuskan asma, pastikan bilik berudara dan inhaler beliau ada berdekatan semasa rawatan.",
        ),
        (
            "user",
            "Terima kasih, boleh tulis mesej WhatsApp untuk sahkan tarikh mula Isnin depan pukul 10 pagi?",
        ),
        (
            "assistant",
            "Assalamualaikum Puan Siti Khadijah, tempahan pakej urut bersalin 5 hari puan telah disahkan bermula Isnin depan jam 10 pagi. Sila bawa inhaler puan dan maklumkan kami jika ada sebarang perubahan. Terima kasih!",
        ),
    ],
    [
        (
            "user",
            "我哋喺旺角開足底按摩店，想知道登記會員時可唔可以影印客人身份證？例如有位客人馮嘉欣，HKID Y204617(0)，佢話唔想畀。",
        ),
        (
            "assistant",
            "根據私隱專員公署就身份證號碼及副本的實務守則，一般商戶登記會員並無需要收集身份證號碼或副本，更唔應該強制要求。馮小姐唔想提供係合理嘅，你可以用手機號碼或電郵做會員識別。如已收集咗 Y204617(0) 呢類號碼，建議盡快刪除並停止收集。",
        ),
        ("user", "明白，咁我哋系統入面佢嘅號碼應該點處理？"),
        (
            "assistant",
            "建議將馮小姐紀錄入面嘅身份證號碼欄位清空或刪除，保留預約所需嘅姓名同聯絡電話就夠，並喺內部記錄刪除日期，同時檢查備份同紙本表格有冇副本，一併銷毀。",
        ),
    ],
    [
        (
            "system",
            "You help a spa supervisor in Petaling Jaya plan weekly therapist rosters. Keep replies short.",
        ),
        (
            "user",
            "Next week roster pls. Therapists: Suriani (can't work Fri, got hospital follow-up for her thyroid), Jessie Lau (only AM), Bala (on leave Mon-Tue, wife giving birth), Mei Fong (full week). Need 2 therapists every shift AM and PM, Mon-Sat.",
        ),
        (
            "assistant",
            "Draft roster: Mon AM Jessie Lau + Mei Fong, PM Suriani + Mei Fong; Tue AM Jessie Lau + Suriani, PM Suriani + Mei Fong; Wed AM Jessie Lau + Bala, PM Bala + Mei Fong; Thu AM Jessie Lau + Suriani, PM Bala + Mei Fong; Fri AM Jessie Lau + Bala, PM Bala + Mei Fong; Sat AM Jessie Lau + Suriani, PM Suriani + Bala. Suriani is off Friday for her follow-up and Bala is off Mon-Tue. Everyone gets 6 shifts.",
        ),
        (
            "user",
            "Ok can. But Jessie Lau just asked for Sat off, she needs to bring her mother for chemo at NCIS.",
        ),
        (
            "assistant",
            "Updated Sat: AM Mei Fong + Suriani, PM Suriani + Bala. Jessie Lau now has 5 shifts with Saturday off, Mei Fong goes up to 7.",
        ),
    ],
    [
        (
            "system",
            "Customer profile loaded for this session: Name: Ahmad Firdaus bin Razak; NRIC: T0156728J; Mobile: 8632 7415; Allergies: nuts, eucalyptus; Conditions: eczema on both forearms, takes prednisolone; Package: 12x Swedish massage, 7 left.",
        ),
        ("user", "Customer in Room 6 now, which oil should I use for him?"),
        (
            "assistant",
            "For Mr Ahmad Firdaus, avoid anything with nut oils (sweet almond, macadamia) and eucalyptus because of his allergies. Use an unscented fractionated coconut or grapeseed-free sunflower base, do a small patch test, and skip the forearms where his eczema is active. As he is on prednisolone, use light to medium pressure only.",
        ),
        ("user", "Ok noted. Deduct one session after this."),
        (
            "assistant",
            "Done in the notes: after today's session his Swedish massage package will have 6 sessions remaining.",
        ),
    ],
    [
        (
            "user",
            "Calculate refund for member Jasmine Teo Li Ting, bought 20-session card S$880 on 3 Mar 2026, used 13, card expires 2 Mar 2027. She is moving to Perth for her husband's job. Refund via bank OCBC 501-234567-001.",
        ),
        (
            "assistant",
            "Price per session on the 20-session card is S$880 / 20 = S$44. Unused sessions: 20 - 13 = 7. Refund before any admin fee: 7 x S$44 = S$308. If your policy deducts a S$30 admin fee, the refund would be S$278. Transfer to OCBC 501-234567-001 in the name of Jasmine Teo Li Ting once she signs the refund acknowledgement form.",
        ),
        ("user", "No admin fee for relocation overseas. Final amount?"),
        (
            "assistant",
            "Then the final refund to Ms Jasmine Teo Li Ting is S$308, paid to OCBC 501-234567-001.",
        ),
    ],
    [
        ("system", "你是一家新加坡按摩连锁店的数据助理，负责把员工口述的内容整理成CSV。"),
        (
            "user",
            "帮我整理：今天受伤事件两宗。第一宗，顾客李秀英，电话 9288 5106，拔罐后左肩起水泡，已涂药；第二宗，顾客 Muthu a/l Krishnan，电话 +60 16-447 2093，桑拿后头晕摔倒，额头擦伤，送往樟宜综合医院。",
        ),
        (
            "assistant",
            "date,customer_name,phone,incident,action | 2026-12-06,李秀英,9288 5106,拔罐后左肩起水泡,已涂药观察 | 2026-12-06,Muthu a/l Krishnan,+60 16-447 2093,桑拿后头晕摔倒额头擦伤,送往樟宜综合医院",
        ),
        ("user", "再加一栏 therapist，第一宗是技师阿珍。"),
        (
            "assistant",
            "date,customer_name,phone,incident,action,therapist | 2026-12-06,李秀英,9288 5106,拔罐后左肩起水泡,已涂药观察,阿珍 | 2026-12-06,Muthu a/l Krishnan,+60 16-447 2093,桑拿后头晕摔倒额头擦伤,送往樟宜综合医院,（未填）",
        ),
    ],
    [
        (
            "user",
            "Need to write warning letter to our therapist Mohd Khairul bin Saad, IC 950311-08-5127. Late 6 times this month, he told me it's because he moonlights as Grab driver at night to pay off his ah long debt. Make it firm but kind, in English.",
        ),
        (
            "assistant",
            "Dear Mohd Khairul bin Saad (IC 950311-08-5127), this letter serves as a first written warning for late attendance: you reported late on 6 occasions this month. We understand you are facing personal financial difficulties and we encourage you to speak with management in confidence, and to reach the AKPK (Agensi Kaunseling dan Pengurusan Kredit) helpline for free debt counselling. However, punctuality is a condition of your employment, and further lateness may lead to disciplinary action. Yours sincerely, Outlet Manager",
        ),
        (
            "user",
            "Remove the debt part, don't want it in his HR file. Just mention support available.",
        ),
        (
            "assistant",
            "Dear Mohd Khairul bin Saad (IC 950311-08-5127), this letter serves as a first written warning for late attendance: you reported late on 6 occasions this month. If there are circumstances affecting your attendance, please speak with management in confidence; support is available. Punctuality is a condition of your employment, and further lateness may lead to disciplinary action. Yours sincerely, Outlet Manager",
        ),
    ],
    [
        ("system", "你是台灣一間溫泉會館的線上客服，請用繁體中文回答。"),
        (
            "user",
            "你好，我是吳宗翰，身分證 F128456300，上週六在你們湯屋滑倒扭到腳，骨科診斷是韌帶拉傷，想申請保險理賠，要準備什麼？我的手機 0921-563-774。",
        ),
        (
            "assistant",
            "吳先生您好，很抱歉發生這樣的意外，祝您早日康復。申請公共意外責任險理賠，一般需要：一、骨科診斷證明書正本；二、醫療收據；三、當日消費收據或訂房紀錄；四、事故經過說明。我們會由主管在兩個工作天內以 0921-563-774 與您聯繫，協助調閱當日現場紀錄並送件。",
        ),
        ("user", "好的，請寄文件到 wu.tsunghan@gmail.com。"),
        (
            "assistant",
            "收到，我們會把理賠申請表及所需文件清單寄到 wu.tsunghan@gmail.com，並在信中附上案件編號，方便您日後查詢。",
        ),
    ],
]
