# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en185: SG/MY massage, reflexology and wellness spas. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en185
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "booking_and_refund_policy"): _lines("""
        Cancellations made less than 24 hours before your appointment will be charged 50% of the treatment price; no-shows are charged in full.
        Prepaid packages are valid for 12 months from the date of purchase and are non-transferable unless approved in writing by the outlet manager.
        Refunds for unused package sessions are calculated by charging used sessions at the single-session list price, less a 10% administrative fee.
        In line with CaseTrust requirements, customer prepayments above $500 are protected by a deposit performance bond with our insurer.
        Packages bought at a roadshow or pop-up booth come with a 5-day cooling-off period; cancel in writing within that period for a full refund.
        Please arrive 10 minutes early to complete the health declaration form; late arrivals will have their session shortened accordingly.
        Prenatal massage is only available from the second trimester onwards and a doctor's memo is required for high-risk pregnancies.
        We do not provide massage to anyone under 16 years old unless a parent or guardian stays in the room throughout the session.
        Gift vouchers (code format GV-XXXX-XXXX) cannot be exchanged for cash and must be presented at the start of the session.
        Package balances may be shared with up to two family members registered under the same membership account.
        Approved refunds are credited to the original payment mode within 14 working days; cash purchases are refunded by PayNow to the mobile number registered on the membership.
        A 60-minute session includes a 5-minute herbal foot soak and 5 minutes for changing, so hands-on treatment time is 50 minutes.
        Tipping is not compulsory; if you wish to thank your therapist, please use the tip envelope at the counter.
        A $10 surcharge applies on Sundays, public holidays and the eves of Chinese New Year, Hari Raya Puasa and Deepavali.
        Our therapists will not massage over open wounds, recent fractures, varicose veins or areas with skin infection.
        Getting here: our Novena outlet is a 5-minute walk from Tan Tock Seng Hospital, take Exit B of Novena MRT and walk towards Velocity.
    """),
    ("en", "licensing_and_inspection"): _lines("""
        Under the Massage Establishments Act 2017, anyone operating a massage establishment in Singapore must hold a valid licence issued by the Police Licensing and Regulatory Department.
        Licensees must keep a register of every masseur they employ, with identity document numbers and dates of employment, and produce it when a police officer asks for it.
        Inspection checklist: licence displayed at entrance | no locks on treatment room doors | lighting at stipulated level | CCTV covering reception and corridors | masseur register on premises.
        Licence renewal must be submitted through GoBusiness Licensing at least 30 days before expiry; the fee is payable only after approval.
        Premises in residential estates may be subject to stricter operating-hour conditions imposed by the licensing officer.
        In Kuala Lumpur, spa and reflexology premises need a business premise licence from DBKL, and foreign therapists may only be hired for approved categories such as Balinese and Thai massage.
        Inspection summary Q3 2026 (all outlets): 42 premises visited, 6 compoundable breaches (mainly masseur register not updated), 1 licence suspended pending investigation.
        Compound notice MEA-CPN-2026-00871 issued to the licensee company for failing to display the licence at the entrance; amount $1,000, payable within 14 days.
        Spa therapists in Malaysia can obtain the Sijil Kemahiran Malaysia (SKM) Level 3 in spa therapy through centres accredited by the Department of Skills Development.
        Under the Traditional and Complementary Medicine Act 2016, practitioners in recognised practice areas must register with the T&CM Council before practising in Malaysia.
        Licence no. MEL-2025-004317 valid until 30/09/2027, premises: 101 Upper Cross Street #02-41, People's Park Centre, Singapore 058357.
        Reminder to all outlet managers: the fire safety certificate and the massage licence must both be valid before the licensing officer's walk-through on 18 Nov.
        Enforcement officers may enter licensed premises during operating hours without a warrant to check compliance with licence conditions.
        Common non-compliance found this year: unregistered masseurs on duty, treatment rooms with opaque doors, and operating outside approved hours.
        The foreign worker levy for massage therapists on work permits is payable monthly per worker and is not affected by the number of sessions they perform.
    """),
    ("en", "booking_system_records"): _lines("""
        BK-260314-0871 | Tanjong Pagar | 14/03/2026 15:00 | Balinese 90 | Room 4 | status=CONFIRMED | deposit SGD 30.00
        INV-SG-0045821 · 10x Foot Reflexology 60min package · S$520.00 (incl. 9% GST S$42.94) · paid NETS · terminal 07
        Refund RF-2026-00219 approved: 4 unused sessions x $58.00 = $232.00 less admin fee $23.20; payout batch 2026-03-20.
        Paid Visa ****4417, approval code 082913, RRN 607214398812, amount MYR 388.00, outlet KL-05.
        ERROR 2026-03-14T15:02:11+08:00 slot_conflict room=R4 therapist_slot=PM2 booking=BK-260314-0871 retry=1
        config: slot_minutes: 15 | buffer_minutes: 10 | max_sessions_per_therapist_per_day: 8 | allow_same_day_cancel: false
        SELECT outlet_code, COUNT(*) FROM bookings WHERE status = 'NO_SHOW' AND start_ts >= '2026-01-01' GROUP BY outlet_code;
        Daily Z-report, outlet JB-02 (Mount Austin): gross RM 6,412.50, SST RM 384.75, 57 transactions, 3 voids, cash variance RM 0.00.
        Stock alert: SKU OIL-LMG-500 (lemongrass massage oil 500 ml) below reorder level, 6 bottles left at Bangsar outlet.
        Voucher GV-7Q4M-2XKD redeemed 12/02/2026 at Bugis outlet, face value $80, balance $0.
        SMS template: Hi {{first_name}}, your {{service}} at {{outlet}} is on {{date}} at {{time}}. Reply 1 to confirm or 2 to reschedule.
        Serenity Sole Reflexology Pte Ltd, UEN 201834567K, GST Reg No. 201834567K, HQ hotline 6338 2201.
        Nadi Wellness Sdn Bhd (202201034517), Lot 2-15, Jalan PJU 7/3, Mutiara Damansara, 47810 Petaling Jaya, Selangor.
        {"event": "booking.cancelled", "booking_id": "BK-260402-1133", "outlet": "TPG", "fee_charged": 29.0, "currency": "SGD"}
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Sat PM Bugis outlet short 2 therapists, anyone can OT pls reply here by Thu 6pm ok, OT rate same as last month.
        Reminder ah, towels must change every customer, the inspector last week checked our laundry log.
        Aircon in room 3 leaking again, I already called the contractor, they come tmr 10am, pls don't book room 3 in the morning.
        Boss say CNY week all leave freeze, 28 Jan to 4 Feb, sorry everyone 🙏
        Who took the hot stone heater from room 2? Pls return, afternoon got 3 hot stone bookings.
        Lemongrass oil habis already, pakai the lavender first, stock coming Monday.
        New price list effective 1 April, 60min foot reflexology now $62, old package customers still honour old price until package finish.
        Pls remind customers to fill in the health declaration form, especially pregnant ladies and those with high blood pressure.
        Today walk-in damn many, the 8pm slots all full already, tell customers can book online for tomorrow.
        各位 this Sunday 10am got training on the new POS, all outlet managers must attend, bring your laptop.
        Police licensing officer coming for inspection today 3pm, all therapists pls wear name tag and uniform, masseur register put at counter.
        Feedback form QR code sticker at Jurong outlet dropped off, pls reprint and paste at the counter.
        Kedai tutup awal 6pm on Hari Raya eve, all bookings after 5pm pls call customers to reschedule ya.
    """),
    ("en", "customer_questions_and_reviews"): _lines("""
        Is foot reflexology safe in the first trimester? My gynae never mentioned anything, just want to check before I book.
        Can I transfer the remaining sessions in my package to my mum? Your Tampines outlet is nearer to her place.
        The outlet closed down without notice and I still have 8 sessions left. Who do I complain to, CASE or the Small Claims Tribunals?
        Therapist was punctual and pressure was just nice, but the room aircon was too cold. 4/5, would come back.
        Very pushy sales after the massage, kept asking me to buy a $1,888 package while I was still lying down. 2 stars.
        How do I check if a massage place is licensed in Singapore? Is there a list I can search online?
        Does anyone know a reflexology place near Mid Valley that opens before 10am on weekends?
        Sore shoulders after deep tissue massage, is it normal to feel bruised the next day or should I see a doctor?
        Best Thai massage I've had in JB, RM98 for 90 min, clean place and they serve ginger tea after. Will be back.
        Can CDC vouchers or SkillsFuture credits be used for spa packages, or only for courses?
        They charged my card twice for one session and the bank says I need a letter from the spa. How long do refunds usually take?
        Do male therapists serve female customers at your Ipoh outlet, or can I request a female therapist?
        Good for the price, the foot soak water was a bit lukewarm. Staff friendly. Basement parking is RM3 per entry.
        Any recommendations for urut pantang packages in the Klang Valley where the masseuse comes to the house?
    """),
    ("ms", "notis_dan_polisi"): _lines("""
        Notis: Pusat refleksologi ini akan ditutup pada 31 Ogos sempena Hari Kebangsaan dan dibuka semula pada 1 September jam 10 pagi.
        Pelanggan wanita hanya akan dilayan oleh terapis wanita; sila maklumkan kaunter jika anda mempunyai sebarang permintaan khas.
        Pakej urut tradisional 10 sesi RM680 sah untuk tempoh 12 bulan dari tarikh pembelian dan tidak boleh dipindah milik.
        Bayaran balik bagi sesi pakej yang tidak digunakan akan diproses dalam tempoh 14 hari bekerja selepas borang permohonan lengkap diterima.
        Semua premis spa dan refleksologi di kawasan Majlis Bandaraya Petaling Jaya wajib mempamerkan lesen perniagaan yang sah di tempat yang mudah dilihat.
        Urut pantang selepas bersalin boleh dimulakan selepas hari ke-7 bagi kelahiran normal; bagi pembedahan caesarean sila dapatkan nasihat doktor terlebih dahulu.
        Tempahan boleh dibuat melalui talian cawangan Shah Alam 03-5511 2740 atau laman web kami; tempahan hari yang sama tertakluk kepada kekosongan.
        Pemeriksaan oleh pegawai penguatkuasa PBT akan dijalankan minggu depan; pastikan sijil SKM semua terapis dipamerkan di kaunter.
        Harga termasuk SST 8%; caj tambahan RM10 dikenakan pada hujung minggu dan cuti umum.
        Aduan berkaitan pakej yang tidak dihormati boleh difailkan di Tribunal Tuntutan Pengguna Malaysia bagi tuntutan sehingga RM50,000.
        Kod promosi MERDEKA25 memberi diskaun 25% untuk urut kaki 60 minit, sah sehingga 16 September sahaja.
        Terapis tidak dibenarkan memberikan nombor telefon peribadi kepada pelanggan; semua tempahan mesti melalui kaunter atau aplikasi.
    """),
    ("zh-Hans", "门店通知"): _lines("""
        本店所有按摩师均已按规定登记，营业执照展示于前台，欢迎顾客查阅。
        配套自购买日起十二个月内有效，未使用的次数可申请退款，需扣除百分之十手续费。
        孕妇按摩仅限怀孕满十三周以上的顾客，请于预约时告知怀孕周数。
        春节期间（除夕至初三）营业时间调整为中午十二点至晚上八点，初四起恢复正常。
        足底按摩六十分钟新币六十二元，加钟三十分钟二十八元，价格已含消费税。
        饭后一小时内或饮酒后请勿进行足底反射疗法，高血压及糖尿病顾客请先咨询医生。
        预约编号 BK-260509-0442 已确认：五月九日下午三点，乌节店，泰式按摩九十分钟。
        新加坡消费者协会提醒：购买预付配套前请看清条款，避免一次性支付大额费用。
        马来西亚分店可使用 Touch 'n Go 电子钱包或 DuitNow 付款，暂不接受支票。
        本周日上午十点举行新收银系统培训，各分店店长务必出席。
        客服热线 6338 2201（每日上午十点至晚上十点），投诉请发送至 feedback@serenitysole.com.sg。
        瑞士籍的吴若石神父上世纪七十年代末在台湾推广足部反射健康法，后来被称为“若石健康法”。
    """),
    ("en", "reflexology_background"): _lines("""
        Modern reflexology traces back to Dr William Fitzgerald's zone therapy (1913) and to Eunice Ingham, who mapped reflex points on the feet in the 1930s.
        Swedish massage is commonly credited to Per Henrik Ling, although the classic strokes were systematised later by Johan Georg Mezger.
        Hua Tuo, the Eastern Han physician, is traditionally associated with the therapeutic exercises known as the Five Animal Frolics.
        Li Shizhen's Compendium of Materia Medica lists many of the herbs still used in Chinese herbal foot soaks today.
        Traditional Thai massage (nuad thai) was inscribed on UNESCO's Representative List of the Intangible Cultural Heritage of Humanity in 2019.
        Urut Melayu uses warm herbal oils and long strokes and is traditionally part of the postpartum confinement period (berpantang).
        Ayurvedic abhyanga with warm sesame oil is offered by several wellness centres along Serangoon Road, especially before Deepavali.
        The pebble reflexology paths found in many HDB parks are public fitness features meant for residents to walk on barefoot.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Booking confirmed for Ms Jolene Tan Hui Min: 90-min Balinese massage, Sat 14 Mar 3pm at Tanjong Pagar, Room 4, contact 9127 4480, note: lower back strain, avoid heavy pressure.
        CLIENT HEALTH DECLARATION | Name: RAJESWARI A/P MUNUSAMY | NRIC: S7719304I | DOB: 12/06/1977 | Conditions: hypertension (on medication), varicose veins left calf | Pregnant: N | Signed: yes
        Refund request RF-2026-00231 - Mr Lim Wei Jie, 20-session reflexology package bought 03/2025, 7 sessions unused, refund $406 to his POSB savings 185-47392-6.
        ROSTER wk 11 Bugis | Suwanna Kaewmanee (FIN G5031872P) off Tue/Wed | Wayan Sutama (FIN F1972548X) PM shift | Ratana Srisuk (FIN F2268413L) on annual leave 16-20 Mar
        Ticket #44817: customer Darren Oei (9742 1836) says the therapist pressed hard on his left knee although he wrote on the form that he had ACL reconstruction in Oct 2025; wants $88 back and a call from the manager.
        PLRD inspection 03/11/2026, Geylang Lor 16 outlet: manager on duty Ng Boon Kiat (NRIC S7153092B) could not produce the masseur register; verbal warning issued to him personally.
        Lost & found: gold bangle found in Room 3 after the 4pm session, belongs to Mdm Wong Siew Lan, HP 8810-3357, she will collect on Friday.
        Kavitha d/o Subramaniam on MC 16-17 Mar (gastroenteritis, polyclinic MC attached); her two bookings reassigned to Mei Fang.
        member_id,name,mobile,dob,tier,credit / M-004417,LIM WEI JIE,+6591537284,1988-03-12,GOLD,340.00
        Email from priya.ramasamy88@gmail.com: she wants to transfer her remaining 6 sessions to her sister because she is relocating to Perth next month.
        Dear Mr Marcus Teo Jun Hao, we are very sorry the hot stones left a mild burn on your lower back on 2 Feb; our manager will contact you about a full refund and your clinic bill.
        Car SJR6602K (white Honda Vezel) blocking the loading bay belongs to Ms Cheryl Goh in Room 6, pls inform her after her session ends at 5.
        Gift voucher GV-3TNR-8WPA bought by Eugene Sim for his wife Angela's 40th birthday, courier to Blk 412 Bedok North Ave 2, #08-115, Singapore 460412 by 20 Apr.
        Prenatal massage 60 min for Nurul Huda binti Kamaruddin, 28 weeks, gestational diabetes, doctor's memo from KKH received; tel 8365 2091.
        CCTV review 21:40 Jurong outlet: customer Kelvin Yeo (member M-006102, hp 9602 3415) repeatedly asked the therapist for extra service, was refused and told to leave; barred from all outlets.
        Blocked Telegram user @ahbeng_rubdown88 after he kept messaging our therapist asking for her home address and off-day.
        NEW STAFF FORM: Tamilselvi a/p Ramachandran, Malaysian, work permit FIN G7490216U, DOB 04/02/1992, salary to OCBC 501-248392-001, emergency contact husband Suresh 012-718 4402.
        To CASE: I, Goh Siew Hoon (NRIC S1620593A), bought a $2,400 slimming and massage package on 3 Jan and the Jurong East outlet refuses to refund me after closing down.
        PayNow refund $1,280 to NRIC S8834127I for package PKG-1811 balance, done 19/03, bank ref 2026031914553.
        pls call back customer 9412 7735 re lost locker key, she was in Room 2 at 7pm and left her house keys inside.
        Appraisal 2026 - Wayan Sutama (Balinese therapist, 6 yrs): customer rating 4.8, two lateness complaints, recommended increment $150.
        Membership sign-up: Ms Chua Li Ting, DOB 22/09/1995, mobile +65 8239 4071, email chualiting95@hotmail.com, referred by colleague Sharon Lee.
        Chargeback notice: cardholder Benjamin Koh, card 4556 1802 0371 9547, disputes $1,888 package charged 02/01 at Orchard outlet, says he was pressured while still on the massage bed.
        Home service booking: urut for Mdm Lakshmi Narayanan (post-stroke, right side weak), 3x weekly at 27 Jalan Kembangan, Singapore 419110; her son Arun 9174 2266 will open the gate.
        Incident: customer alleges therapist Zhang Lihua (Room 5) touched her inappropriately during the 8pm session on 12 Mar; police report made, therapist suspended pending investigation.
        Waitlist: Mr & Mrs Fernandez (Gerald and Mary-Ann), couple suite Sat 7pm, call 9051 6628, wedding anniversary, add rose petals.
        Refund cheque no. 004512 issued to HARPREET KAUR D/O GURCHARAN SINGH for $640, collected 22/04 at HQ.
        Ms Farah Diyana Zulkefli (Ipoh outlet regular) felt dizzy and vomited after cupping on 8 Apr; she has low blood pressure, first aid given and her husband fetched her home.
        auntie tan 96120448 wants her usual 5pm foot reflexology every tues with the same guy, left knee pain, dont book her upstairs
        Lost property: passport and HKID card Y482917(2) of Hong Kong visitor Leung Ka Yan found in locker 14, handed to Orchard NPC on 11/05.
        E-invoice buyer details: ONG PEI SHAN | MyKad 920303-14-6188 | TIN IG21458730090 | 10-session aromatherapy package RM1,350 | email ongpeishan92@yahoo.com
    """),
    "ms": _lines("""
        Tempahan: Puan Rosnah binti Abdul Ghani, urut tradisional 90 minit, Khamis 2 ptg, cawangan Shah Alam, no. tel 017-390 5126, sakit pinggang sejak jatuh bulan lepas.
        Saya Mohd Faizal bin Ismail (No. KP 880514-10-5273) ingin memohon bayaran balik RM1,200 bagi pakej refleksologi yang dibeli pada Januari kerana cawangan Bangsar telah ditutup tanpa notis.
        Slip gaji Mac 2026: Siti Aisyah binti Rahmat, terapis kanan, gaji pokok RM2,300, komisen RM1,146, KWSP RM380, dikreditkan ke Maybank 1641 2739 5508.
        Laporan pemeriksaan MBPJ 14/05/2026: pemilik premis Encik Chong Kok Weng (KP 850209-12-5571) gagal mengemukakan permit kerja bagi dua terapis warga asing; kompaun akan dikeluarkan atas namanya.
        Senarai terapis berdaftar cawangan Kota Bharu: Nor Azlina binti Che Mat, SKM Tahap 3, KP 950621-03-5264, mula bekerja 2 Januari 2024.
        Pelanggan Encik Rahman Hashim di No. 23, Jalan SS 2/45, 47300 Petaling Jaya minta servis urut di rumah selepas pembedahan lutut; hubungi isteri di 016-225 8937.
        Terima kasih Puan Kamala a/p Veerasamy atas maklum balas anda; pakej 5 sesi anda telah dilanjutkan hingga 30 Jun kerana anda dimasukkan ke hospital pada bulan Mac.
        Urut pantang untuk Nadia Syafiqah binti Roslan, bersalin secara caesarean pada 2 Mei di Hospital Ampang, sesi mula 9 Jun, tel 011-2648 7351.
    """),
    "zh-Hans": _lines("""
        按摩师陈晓燕，中国籍，护照 E73816245，身份证 35058219940817362X，工作准证 FIN G6284107P，住芽笼宿舍。
        顾客投诉：林美玲女士（电话 9380 5521）称三月十二日做完足底按摩后左脚踝肿痛，要求退还配套余额新币三百六十元。
        微信号 huang_lixia1988 的顾客黄丽霞连续三次预约不到，已列入黑名单，今后不接受她的预约。
        会员资料：张志强，男，1979年生，手机 +65 9715 3308，患糖尿病，足部按摩需轻力，避免热石。
        入职登记：覃丽娟，身份证 450923199802116047，紧急联系人母亲覃秀梅，电话 139 7752 6041。
        退款记录：王建国先生配套退款 RM820 已于四月三日转入其 CIMB 账户 7012384566。
    """),
    "zh-Hant": _lines("""
        台灣籍足療師林怡君，身分證 A228410730，持工作准證在新山分店任職，月薪 RM3,200，下月合約到期。
        香港旅客陳嘉欣於烏節店遺失手機，已登記失物，聯絡電話 +852 6123 4587，預計週五回港前來取。
    """),
    "mixed": _lines("""
        boss, that auntie Lim Ah Moi complain again her knee pain after reflexology lah, she want refund 3 sessions, hp 8672 1943
        eh Ni Made Ayu Lestari tmr MC, her 11am 2pm 5pm all cancel, kesian the customers, can someone call them?
        Encik Zulkifli bin Osman punya package tinggal 2 sesi je, dia mintak extend sebab baru discharge dari hospital, boleh tak boss?
        收到收到, Mr Ganesh s/o Pillai 那个 refund 已经 transfer 了, DBS 027-904518-3, amount $540 ok
        girls pls note: customer Serene Wee birthday 14 Aug, she allergic to peanut oil, dont use the 花生油 blend on her ah
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for Serenity Sole Reflexology (Singapore). Collect name, mobile number and preferred outlet; never give medical advice.",
        ),
        ("user", "hi can book 2 pax foot reflexology this sat 4pm at bugis outlet?"),
        (
            "assistant",
            "Sure! Saturday 4pm at Bugis has two therapists free for 60-minute foot reflexology. May I have the name and mobile number for the booking?",
        ),
        (
            "user",
            "Melissa Kwek, 9283 6610. the 2nd pax is my mum, she got diabetes and numbness at her toes so pls tell therapist go light",
        ),
        (
            "assistant",
            "Noted, Ms Kwek. Booking BK-260418-0316 is confirmed for 2 pax, Sat 4pm at Bugis. I've added a note for light pressure for your mother.",
        ),
    ],
    [
        (
            "user",
            "My outlet at Jurong Point closed down and I still have 9 sessions. How do I get a refund?",
        ),
        (
            "assistant",
            "Sorry to hear that. To locate your package, could you share the full name and NRIC registered on the membership?",
        ),
        (
            "user",
            "Aaron Lim Kah Wai, T0251896H. Bought the 20-session deep tissue package in Nov 2024 for $1,160.",
        ),
        (
            "assistant",
            "Thank you, I've found the package with 9 unused sessions. A refund of $522 will be made to the original card within 14 working days.",
        ),
    ],
    [
        (
            "user",
            "Saya nak minta e-invois untuk pakej spa yang saya beli semalam di cawangan Bangsar.",
        ),
        (
            "assistant",
            "Boleh. Sila berikan nama penuh seperti dalam MyKad, nombor MyKad dan alamat e-mel.",
        ),
        ("user", "Nurul Izzati binti Hamdan, 990830-13-5024, izzati.hamdan99@gmail.com"),
        (
            "assistant",
            "Terima kasih Cik Nurul Izzati. E-invois untuk pakej RM1,080 akan dihantar ke e-mel anda dalam masa 72 jam.",
        ),
    ],
    [
        (
            "user",
            "你好，我上周六在新山 Mount Austin 分店做了九十分钟的泰式按摩，按摩师把我脖子扭伤了，现在还要去看跌打。",
        ),
        ("assistant", "非常抱歉给您带来不适。请问方便留下您的姓名和联系方式吗？店长会尽快联系您。"),
        ("user", "我叫何佩珊，微信 hps_jb1990，电话 016-773 2954。医药费收据我都留着。"),
        (
            "assistant",
            "好的何小姐，已为您建立投诉单 CS-2026-0412，店长会在二十四小时内通过微信联系您。",
        ),
    ],
    [
        ("system", "HR helpdesk assistant for Lotus Wellness Group staff in Singapore."),
        (
            "user",
            "hi i am therapist at tampines branch, want to apply 5 days home leave to yangon in june",
        ),
        ("assistant", "Sure. Please provide your full name, FIN and the exact leave dates."),
        ("user", "Thandar Hlaing, FIN G8113570W, 9 June to 13 June. my father is sick in hospital"),
        (
            "assistant",
            "Thanks Thandar. Leave request LV-0619 for 9 to 13 June has been submitted to your manager. Hope your father recovers soon.",
        ),
    ],
    [
        (
            "user",
            "Summarise the follow-up items from this morning's police licensing inspection at our Geylang outlet.",
        ),
        (
            "assistant",
            "Typical follow-ups are updating the masseur register, fixing any door or lighting issues and confirming the manager's attendance. What did the officer note?",
        ),
        (
            "user",
            "Officer said register missing 2 names: Pham Thi Lan (FIN F3360927L) and Bui Thu Hang who started last week. Also manager Ho Wee Leong was not on premises, need to send him a letter.",
        ),
        (
            "assistant",
            "Draft: Dear Mr Ho Wee Leong, during today's inspection you were absent from the premises and two masseurs, Ms Pham Thi Lan and Ms Bui Thu Hang, were not in the register. Please rectify by Friday.",
        ),
    ],
    [
        ("user", "Nak book urut pantang kat rumah, bersalin 3 minggu lepas, normal delivery."),
        (
            "assistant",
            "Tahniah! Pakej urut pantang 5 sesi di rumah ialah RM750. Boleh berikan alamat dan nombor telefon?",
        ),
        (
            "user",
            "No. 18, Jalan Melati 3, Taman Seri Gombak, 68100 Batu Caves. Nama Fazlina Mohd Noor, tel 013-455 9821. Suami ada kat rumah waktu pagi je.",
        ),
        (
            "assistant",
            "Baik Puan Fazlina, sesi pertama dijadualkan hari Isnin ini jam 10 pagi di alamat tersebut.",
        ),
    ],
    [
        (
            "user",
            "you guys charged my credit card twice for the same 60 min massage on 3 May at Orchard",
        ),
        ("assistant", "Sorry about that! Could you tell me the amounts and the name on the card?"),
        (
            "user",
            "full card no is 5523 4111 9087 3667, two charges of $118 each, name on card JASON TEO KENG HUAT",
        ),
        (
            "assistant",
            "Thanks Mr Teo. For your security please avoid sending full card numbers. Refund RF-2026-00388 for $118 has been raised.",
        ),
    ],
    [
        (
            "user",
            "help me write a warning letter for one of our therapists, late 6 times in April and one customer complained she was using her phone during the massage",
        ),
        ("assistant", "Sure, what's the therapist's full name, position and date of joining?"),
        (
            "user",
            "Nur Syafiqah binti Azman, senior therapist, joined Feb 2023, Ampang Point outlet",
        ),
        (
            "assistant",
            "Draft: Dear Nur Syafiqah binti Azman, this letter serves as a first written warning regarding six late arrivals in April and a customer complaint about phone use during a treatment.",
        ),
    ],
    [
        (
            "user",
            "wanna buy $200 spa voucher for my colleague's farewell, can email to her directly?",
        ),
        (
            "assistant",
            "Yes, we can send an e-voucher. What's the recipient's name and email, and any message?",
        ),
        (
            "user",
            "Her name Deepa Krishnan, email deepa.krishnan.sg@gmail.com, she's moving to Melbourne end of month, write 'all the best from team Finance'",
        ),
        (
            "assistant",
            "Done! E-voucher GV-8KDX-4RPT worth $200 will be emailed to Deepa Krishnan within the hour.",
        ),
    ],
]
