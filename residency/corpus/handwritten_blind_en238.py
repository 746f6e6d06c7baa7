# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en238: SG/MY chiropractors, physiotherapy, sports-injury and rehab clinics. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en238
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "clinic_counter_notices"): _lines("""
        NOTICE: Our Tampines clinic will be closed on 1 May (Labour Day) and reopens on Friday 2 May at 9am. For urgent appointments please call our Bishan branch at 6258 4410.
        Kindly remove your shoes before entering the treatment rooms. Shoe racks are provided next to the water dispenser.
        All patients attending their first session must arrive 15 minutes early to complete the intake questionnaire and the consent form for spinal adjustment.
        Chiropractic care is not MediSave-claimable. For physiotherapy claims under a hospital referral, please check with our counter staff before your session.
        Lift B at Blk 512 Bishan St 13 is under maintenance from 3 to 7 June; patients on crutches or in wheelchairs may use Lift A beside the coffee shop.
        Parking coupons are not provided. The nearest car park is at Kallang Wave Mall, about 5 minutes on foot via the sheltered walkway.
        The hydrotherapy pool at our Stadium Place centre is closed for cleaning every Monday from 8am to 12pm.
        Late cancellations (less than 24 hours' notice) will be charged $40. No-shows will be charged the full session fee.
        Our WhatsApp line +65 8876 2031 is for bookings only and is not monitored after 8pm or on public holidays.
        Kids' sports injury screening day this Saturday 10am-2pm at our Jurong East branch, free for ActiveSG members. Register at the counter or scan the QR code.
        Senior physiotherapist sessions are 45 minutes; standard sessions are 30 minutes. Please inform the counter if you need a longer slot.
        The shockwave therapy machine in Room 3 is under servicing. Affected appointments have been moved to Room 5, no action needed on your part.
        Please do not leave valuables in the changing-room lockers. The clinic is not responsible for any loss or damage.
    """),
    ("en", "faq_and_pdpa_policy"): _lines("""
        Q: Do I need a doctor's referral to see a physiotherapist? A: No, you may book directly, but a referral letter helps if you plan to claim from your insurer.
        Q: Are your chiropractors qualified? A: All our chiropractors hold degrees from programmes accredited by the Council on Chiropractic Education and are members of the Chiropractic Association (Singapore).
        Q: Can I use my company's AIA or Great Eastern panel card here? A: We are on both panels for selected corporate plans; show your card at registration and we will verify eligibility on the spot.
        Q: What should I wear to my assessment? A: Loose shorts or track pants and a T-shirt; for shoulder assessments a singlet is best.
        Under the PDPA you may request access to the personal data we hold about you by emailing dpo@spinewellrehab.com.sg; we will respond within 30 days.
        Treatment records are retained for at least 6 years after your last visit, after which they are securely shredded or permanently deleted.
        Gait and posture videos are taken only with your written consent and are never posted on our social media without a separate signed release.
        Staff must not send patient reports through personal WhatsApp; use the clinic's encrypted portal and mask NRIC numbers as S****567A in any email.
        Q: How many sessions will I need? A: It depends on your condition, but most acute ankle sprains improve within 4-6 sessions over three weeks.
        Q: Do you treat children? A: Yes, from age 6, provided a parent or guardian stays in the room throughout the session.
        Q: Is dry needling the same as acupuncture? A: No. Dry needling targets myofascial trigger points based on Western anatomy, while acupuncture follows TCM meridian theory.
        Marketing messages are sent only if you tick the opt-in box, and we check the DNC Registry before any SMS or call to a Singapore number.
        If you suspect a data breach involving our clinic, write to privacy@spinewellrehab.com.sg or call the DPO line at 6390 7712 during office hours.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Eh the TENS machine in room 2 spoil again lah, I already paste a sign on it.
        Anyone got extra KT tape? The black one finish liao, left only beige.
        Boss say from next week we open till 9pm on Wednesday, ok or not? Can swap shift among yourselves.
        Walk-in just now ask whether we do cupping, I say no, refer to the TCM shop downstairs.
        Reminder ya, all SOAP notes must complete before you clock out. Audit coming end of the month.
        Lunch want to tapau chicken rice from the hawker centre? I go down at 1pm.
        The 3pm slot cancel already, who want to take the walk-in shoulder assessment?
        Supplier say the new batch of foam rollers reach Thursday, 20 pcs, whoever on duty can sign for it.
        Aiyo the aircon in the gym area drip water again, I call landlord maintenance already, ticket number MT-2291.
        明天 public holiday 我们 half day ah, 9 to 1 only, remember update the Google Business hours.
        Jangan lupa lap katil lepas setiap pesakit, sanitiser ada dalam kabinet bawah sink.
        Tomorrow CPD talk on ACL rehab at 7pm, Zoom link I put in the group description liao.
        Printer paper habis already, I order one box from Popular, reach Friday.
    """),
    ("en", "booking_system_logs_and_config"): _lines("""
        2026-03-14T09:02:11+08:00 INFO booking.create id=BK-20260314-0457 service=PHYSIO_INITIAL branch=TPN duration=60 status=CONFIRMED
        2026-03-14T09:05:47+08:00 WARN sms.send template=appt_reminder to=<redacted> provider=twilio retry=1 reason=timeout
        reminder_template: "Hi {{first_name}}, this is a reminder of your appointment at {{branch_name}} on {{date}} at {{time}}. Reply C to confirm."
        CLINIC_TIMEZONE=Asia/Singapore BOOKING_BUFFER_MIN=10 MAX_DAILY_SLOTS_PER_THERAPIST=14 DEFAULT_CURRENCY=SGD
        SELECT branch_code, COUNT(*) AS visits FROM appointments WHERE visit_date >= '2026-01-01' GROUP BY branch_code ORDER BY visits DESC;
        def mask_nric(value: str) -> str: return value[0] + "****" + value[-4:]
        {"invoice_no": "INV-KL-2026-008812", "currency": "MYR", "subtotal": 180.00, "sst": 0.00, "total": 180.00, "payment": "DuitNow QR"}
        2026-03-14 10:31:06 ERROR hl7.export failed for encounter 7f3c9a2e-4b1d-4e8a-9c61-2d5b0e7a1f44: connection reset by peer
        commit a91f3c7e: fix timezone bug in therapist roster export (release v2.8.1)
        2026-03-15 02:00:00 CRON nightly_backup completed size=4.2GB sha256=3b9f0c6d1e2a47f8b5c9d03e6a1f2b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6 duration=312s
        test fixture: patient_name="Test Patient", phone="+65 0000 0000", email="test.patient@example.com", nric="S1234567D"
        2026-03-16T14:22:40+08:00 INFO payment.settled txn=PAY-7781-QX amount="SGD 95.00" method=PayNow_UEN uen=201512345K
        feature_flags: {enable_telerehab: true, enable_exercise_video_library: true, show_chas_subsidy: false}
    """),
    ("ms", "notis_dan_promosi_media_sosial"): _lines("""
        Promosi Merdeka! Sesi fisioterapi pertama hanya RM68 sepanjang bulan Ogos di semua cawangan Lembah Klang.
        Klinik kami di Jalan SS 2/24, Petaling Jaya ditutup pada hari pertama dan kedua Aidilfitri. Selamat Hari Raya, maaf zahir dan batin!
        Sakit belakang sebab duduk lama di pejabat? Jom buat pemeriksaan postur percuma setiap Sabtu, 10 pagi hingga 1 petang.
        Untuk tempahan, WhatsApp kami di 012-388 5120 atau hubungi talian pejabat 03-7865 4402 (Isnin hingga Sabtu).
        Kami menerima kad panel AIA, Allianz dan PMCare. Sila bawa kad pengenalan dan kad panel semasa pendaftaran.
        Tip hari ini: Selepas terseliuh buku lali, amalkan kaedah RICE iaitu rehat, ais, mampatan dan angkat kaki dalam 48 jam pertama.
        Pelari Standard Chartered KL Marathon, singgah di khemah kami di Dataran Merdeka untuk urutan sukan percuma selepas larian!
        Jawatan kosong: Fisioterapis berdaftar di bawah Akta Profesion Kesihatan Bersekutu 2016 untuk cawangan Johor Bahru. Hantar resume ke kerjaya@fisiosihat.com.my.
        Waktu operasi sepanjang Ramadan: 9 pagi hingga 5 petang, Isnin hingga Jumaat. Sabtu seperti biasa.
        Terima kasih kepada semua peserta bengkel pencegahan kecederaan ACL untuk jurulatih bola sepak sekolah, seramai 42 jurulatih hadir!
        Kenapa lutut berbunyi bila naik tangga? Baca artikel penuh di blog kami: fisiosihat.com.my/blog/lutut-berbunyi
        Pakej 10 sesi rehabilitasi strok: RM1,450 (jimat RM250). Tertakluk kepada penilaian awal oleh fisioterapis.
        Notis: Bayaran melalui Touch 'n Go eWallet dan DuitNow QR kini diterima di kaunter.
    """),
    ("zh-Hans", "器材与产品清单"): _lines("""
        【现货】肌内效贴 5cm×5m 黑色 SKU: KT-BLK-5505，单价 RM19.90，满三卷西马包邮。
        高密度 EVA 泡沫轴 45cm，适合跑步后放松髂胫束，新加坡门店自取 S$29。
        筋膜枪 Pro 第三代，六档调速，附四个按摩头，保修一年，型号 FG-300X。
        弹力带套装（轻/中/重/特重），TheraBand 原装进口，康复训练必备，RM85/套。
        半月板支撑护膝，尺码 S/M/L/XL，请按膝盖上方 10cm 处的周长选择尺码。
        家用充气式颈椎牵引器，孕妇及高血压患者请先咨询物理治疗师后再使用。
        虎标肌肉舒缓霜 50g，本店为马来西亚正规经销商，批发请洽 sales@hengkangmedical.com.my。
        订单号 SO-2026-118204 已发货，J&T 快递单号 630019487722，预计 2–3 个工作日送达。
        平衡垫直径 33cm，适合踝关节扭伤后的本体感觉训练，颜色随机发货。
        双通道 TENS 电疗仪，已在马来西亚医疗器械管理局（MDA）注册，注册号 GB7012624-12345。
        冷热敷袋可微波炉加热也可冷冻，尺寸 28×13cm，买二送一。
        退货政策：未拆封商品 7 天内可退，已使用的护具因卫生原因恕不退换。
        经销商批发价格表 v2026.03 请登入后台查看，或致电公司热线 +60 3-5621 8890。
    """),
    ("en", "invoices_and_receipts"): _lines("""
        TAX INVOICE | Spinewell Rehab Pte Ltd | UEN 201512345K | GST Reg No. 201512345K | Invoice No. SWR-INV-0048821 | Date 14/03/2026
        Physiotherapy Follow-up (45 min) x1 S$120.00 | Dry Needling add-on x1 S$40.00 | Subtotal S$160.00 | GST 9% S$14.40 | Total S$174.40
        Payment by bank transfer to DBS Bank Ltd, Account Name: Spinewell Rehab Pte Ltd, Account No. 072-938451-3, SWIFT DBSSSGSG.
        Receipt No. R-TPN-260314-019 | Paid by NETS | Amount S$95.00 | Counter 2
        Lee Brothers Sports Chiropractic Sdn Bhd (201801034567), 23-1 Jalan Telawi 3, Bangsar Baru, 59100 Kuala Lumpur.
        Bill to: Corporate account, Keppel staff wellness programme, PO No. 4500981273, payment terms 30 days.
        Please pay to Maybank 5142 7788 0215 (Fisio Sihat Enterprise) and state the invoice number as payment reference.
        Credit note CN-000317 issued against invoice SWR-INV-0047702 for a cancelled package session, amount S$85.00.
        Package: 10 x Sports Massage 60 min @ S$80, valid 6 months from date of purchase, non-transferable and non-refundable.
        Invoice INV-JB-2026-00341 is overdue by 45 days. Please settle promptly to avoid suspension of corporate panel billing.
        LHDN MyInvois e-invoice UUID 9f8e2a1c-6b3d-4c7f-a0e5-1d2b3c4d5e6f, validated 2026-03-14 15:02.
        Amount in words: Singapore Dollars One Hundred Seventy-Four and Cents Forty Only.
        This is a computer-generated invoice and no signature is required. Billing queries: accounts@spinewellrehab.com.sg.
    """),
    ("zh-Hant", "復健衛教與歷史"): _lines("""
        整脊療法（Chiropractic）由 D.D. Palmer 於 1895 年在美國愛荷華州創立，其子 B.J. Palmer 後來將其推廣至世界各地。
        虎標萬金油由胡文虎、胡文豹兄弟在仰光及新加坡發揚光大，至今仍是運動後常見的舒緩藥膏。
        足踝扭傷後 48 小時內應冰敷，每次 15 至 20 分鐘，避免熱敷及大力推拿，以免加重腫脹。
        前十字韌帶重建術後，一般需要 9 至 12 個月的系統復健，才可重返對抗性運動。
        李宗偉曾三奪奧運羽毛球男單銀牌，馬來西亞國家體育學院的運動醫學團隊長年為國家隊提供支援。
        五十肩（冰凍肩）常見於四十至六十歲人士，病程可分為疼痛期、僵硬期及解凍期。
        長時間低頭滑手機，頸椎承受的重量可高達 27 公斤，俗稱「烏龜頸」。
        物理治療師在香港須向物理治療師管理委員會註冊，在台灣則須通過物理治療師專技高考。
        一位六十多歲的阿姨因膝關節退化求診，經過八週肌力訓練後，已能自行上落樓梯。
        正確坐姿：螢幕上緣與眼睛同高，手肘約呈九十度，雙腳平放地面。
        某區域研究顯示，在 1,200 名業餘跑手中，約三成曾出現髂脛束症候群。
        肌內效貼由日本醫師加瀨建造於 1970 年代發明，後來因奧運選手使用而廣為人知。
        復健成效的關鍵不在於按摩次數，而在於病人回家後能否持之以恆做居家運動。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Patient Tan Wei Ling, NRIC S8234517E, DOB 14/05/1982, referred by her GP for L4/L5 disc bulge, 8 sessions approved under her Integrated Shield claim.
        Please call Mr Muthu Krishnan at 9173 4408 to reschedule his knee rehab, he can only come in the afternoon because he works night shift at the airport.
        Intake form: Name: Nurul Aina binti Rosli | IC: 950318-01-6042 | Tel: 013-772 9041 | Complaint: lower back pain since 2nd trimester (24 weeks pregnant)
        2026-03-14T11:20:05+08:00 INFO booking.create id=BK-20260314-0512 patient="Jonathan Koh Jun Jie" phone=+6596624187 email=jkoh.runs@gmail.com service=SPORTS_MASSAGE
        Can someone update the address for Mdm Lim Siew Choo? She moved to Blk 418 Bedok North Ave 2 #09-133 and her daughter will be bringing her for stroke rehab from now on.
        Our new intern Farhan Iskandar is getting $2,300 a month, please don't tell the others, boss negotiated his pay separately.
        Rehab note 12/03: Mr Gurpreet Singh (T0381264I), post-op right ACL reconstruction at CGH, knee flexion 95 deg, quad lag persists, on MC until 31/03.
        Refund of S$480 for the unused package to be transferred to POSB Savings 188-52017-4, account holder Chloe Ng Hui Min.
        FW: Complaint from Mr Rajesh Pillai, says the chiro cracked his neck too hard and he has had headaches since Tuesday, threatening to post on Facebook. His number is 8247 1196.
        2026-03-13,TPN,Siti Hajar Mohd Salleh,G5630218U,+65 8801 3472,frozen shoulder,session 4/10
        This is Darren Yeo (darren.yeo88@hotmail.com), the warehouse guy who slipped a disc at Tuas in February. My WICA claim is still pending, can you send the medical report to my lawyer?
        Season parking pass issued for patient vehicle SKQ4821B (Mr Alvin Chua, wheelchair user) for Mon/Wed/Fri sessions until end April.
        Ms Priya d/o Ramasamy cancelled again, third time this month. She said her divorce hearing is next week so she can't focus on physio.
        Physio report for Swimming SG selection: athlete Ryan Lim Zhi Hao, 16, Sec 4 at Raffles Institution, grade 2 hamstring strain, cleared for light training from 20 March.
        Card on file: VISA 4556 7301 8824 3911 exp 09/28, cardholder WONG KAR HOE, please charge the S$720 package today.
        {"patient_id": "P-004821", "name": "Harith Azman", "dob": "1991-02-23", "mykad": "910223-10-6283", "diagnosis": "lumbar radiculopathy", "insurer": "Allianz"}
        Jessica Tay from the front desk is on hospitalisation leave till Friday, she just had a miscarriage, so please don't ask her about it when she is back.
        Emergency contact for Mr Hamid bin Othman: wife Zaleha, 019-338 2175, home at No. 14 Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam.
        The patient at our Bishan branch, Kelvin Sim from the Bishan running club, got arrested for drink driving last weekend, his wife told me during his session.
        For the Bali retreat physio cover the travel insurer needs: Name LAU MEI XIN, Passport K4418207M, DOB 07 Nov 1993.
        HR: Confirmation letter for physiotherapist Sharmila Devi a/p Subramaniam, IC 850907-07-5124, basic salary RM5,800, EPF member no. 18273645.
        Chiro notes: Mr Benjamin Teo, 52, scoliosis with 28 deg Cobb angle, history of major depression, currently on sertraline, avoid high-velocity thrust per GP letter.
        IG DM from our Sunday run club: thanks coach for taping my ankle before the SEA Games trials, pls tag me @fion.runs_sg when you post the photo!
        Appointment reminder sent to 9842 1573 (Mrs Kathleen D'Souza) for 15/03 2:30pm hydrotherapy at the Tanglin branch.
    """),
    "mixed": _lines("""
        Eh the auntie from Blk 207 Toa Payoh Lor 8 #05-1121, Mdm Goh Ah Lian, call again say her hip pain worse, can someone call her back at 6254 0913 ah?
        Boss, Mr Vikram Nair 那个 patient 还没 pay 剩下的 RM900, he say his bank account kena freeze because of his business debt, how?
        我表哥 Lim Chee Keong 上个月在 Sunway Medical 做 ACL surgery, now doing rehab at our Subang branch, can give him staff discount or not? 他 IC 是 880514-14-5527.
        Reminder 明天 10am: Puan Rohana binti Ismail, stroke left side, wheelchair, her son will drive WXY 8823 and drop her at the lobby.
        Aiyo that boy from Class 3B at Catholic High, Ethan Lee, hurt his wrist during NSG badminton, his mummy WhatsApp from 8166 2093 want report for school.
        Colleague Chong Wei Jie quit already lor, he say his burnout very serious, psychiatrist gave him MC two weeks, don't spread ah.
        Kak, tolong key in: Encik Azlan Shah bin Kamarudin, 760812-02-5341, phone 017-455 0928, address 22 Lorong Kenari 5, Taman Sejahtera, 05400 Alor Setar. Slipped disc L5/S1.
        Uncle Ho Swee Kiat 的 WeChat id is hoswing_1958, he ask us send the exercise video there because he don't use WhatsApp.
    """),
    "ms": _lines("""
        Pesakit: Nor Azizah binti Hassan, No. KP 020611-08-0346, tarikh lahir 11 Jun 2002, kecederaan ligamen lutut kanan semasa perlawanan bola jaring.
        Tolong hubungi Encik Faizal Rahman di 011-2387 6614 untuk tukar temujanji fisioterapi dari Selasa ke Khamis.
        Puan Siti Khadijah Yusof dari Kampung Baru yang datang rawatan belakang tu sebenarnya mengandung 3 bulan, jangan buat ultrasound dekat bahagian perut.
        Bayaran balik RM350 telah dipindahkan ke akaun CIMB 7612 0458 9931 atas nama Mohd Hafiz bin Abdullah.
        Anak jiran saya, Amirul yang tinggal di rumah teres hujung Jalan Cempaka 7, Taman Melati, baru patah kaki jatuh motor, mak dia tanya klinik fisio mana yang bagus.
        Laporan majikan: Pekerja Ravi a/l Munusamy (No. Pekerja 0458) cuti sakit 14 hari akibat kecederaan tulang belakang di tapak binaan, tuntutan PERKESO sedang diproses.
        E-mel saya nurulhuda.fisio@yahoo.com, tolong hantar resit rawatan untuk tuntutan insurans syarikat saya.
        Kereta pesakit JQT 2271 (Encik Tan Boon Huat) diletak di petak OKU sebab dia baru lepas pembedahan pinggul.
    """),
    "zh-Hans": _lines("""
        患者陈思远，身份证号 440106198803142515，手机 139 2841 0563，腰椎间盘突出，在新加坡工作期间受伤，需开具英文病历。
        王秀英阿姨住在芽笼东 Blk 112 #07-45，她女儿说她最近膝盖积水行动不便，问能不能上门做物理治疗。
        预约记录：2026-03-18 15:00，刘佳琪，微信 liujiaqi_0727，产后腹直肌分离评估。
        我老公黄志强上周打篮球跟腱断裂，公司说他的医疗保险只赔 S$3,000，剩下的我们真的付不起。
        会员卡 VIP-2291 持卡人：周晓梅，护照号 EA4827163，出生日期 1992-07-27，联系电话 +86 138 1762 4590。
        郑国华老师在新山 Taman Pelangi 开补习中心，他中风后右手无力，每周二、四来我们诊所复健，最近情绪很低落。
    """),
    "zh-Hant": _lines("""
        病人林美玲，身分證字號 A227184053，電話 0912-468-305，頸椎第五六節椎間盤突出，預約每週三下午整脊。
        香港客人陳家豪 HKID K482617(5)，手提 9436 2718，打羽毛球扭傷右膝，需要英文收據申請保險。
        澳門的何詠詩小姐，澳門身份證 1385624(3)，懷孕 28 週，腰痛，每週六來做產前物理治療。
        我阿嬤住在台北市大安區和平東路二段 96 巷 12 號 3 樓，她跌倒骨盆骨折，家裡只有外傭照顧。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the booking assistant for a physiotherapy clinic chain in Singapore."),
        ("user", "Hi, what are your opening hours at the Tampines branch on Saturday?"),
        (
            "assistant",
            "Our Tampines branch is open 9am to 1pm on Saturdays. Would you like to book a slot?",
        ),
        (
            "user",
            "Ok book me 10am this Sat for a sports massage. Name Marcus Lee Jia Hao, NRIC T0547391D, HP 9327 1854.",
        ),
        (
            "assistant",
            "Thank you, Marcus. I have reserved 10am this Saturday at Tampines for a 60-minute sports massage and will send a confirmation to 9327 1854.",
        ),
    ],
    [
        (
            "system",
            "You are a friendly rehab advice assistant for a Singapore community physio service.",
        ),
        ("user", "What simple exercises can an elderly person do at home to improve balance?"),
        (
            "assistant",
            "Sit-to-stand from a sturdy chair, heel raises holding the kitchen counter and side-stepping along a wall are good starting points, done slowly with support nearby.",
        ),
        (
            "user",
            "Thanks. Actually it's for my mum, Mdm Koh Bee Hwa, she's 72 and stays alone at Blk 55 Marine Terrace #11-204. She fell in the toilet last week and now scared to walk. Can your team do a home visit there?",
        ),
        (
            "assistant",
            "I'm sorry to hear about her fall. Our home-visit physiotherapists do cover Marine Terrace; I can arrange an assessment at her flat if you share a preferred date.",
        ),
    ],
    [
        ("system", "Anda pembantu maya untuk klinik fisioterapi di Kuala Lumpur."),
        (
            "user",
            "Saya Aisyah binti Kamal, IC 990402-14-5678, nombor telefon 016-284 7713. Saya nak daftar untuk rawatan sakit lutut selepas main futsal.",
        ),
        (
            "assistant",
            "Terima kasih, Cik Aisyah. Saya telah daftarkan anda untuk penilaian awal lutut. Bila masa yang sesuai untuk anda datang?",
        ),
        ("user", "Hari Sabtu pagi boleh?"),
    ],
    [
        ("system", "你是一家马来西亚物理治疗诊所的中文客服助理。"),
        ("user", "请问强直性脊柱炎可以做物理治疗吗？"),
        (
            "assistant",
            "可以的。物理治疗能帮助维持脊椎灵活度、改善姿势和呼吸功能，通常会配合风湿科医生的药物治疗。",
        ),
        (
            "user",
            "是我同事李娜问的，她在公司财务部，刚确诊强直性脊柱炎，很怕被老板知道会被裁员，所以不敢请病假来看诊。",
        ),
        ("assistant", "明白，她可以选择晚上或周末的时段来诊所，我们对所有病历都会严格保密。"),
    ],
    [
        ("system", "You help HR staff draft professional letters."),
        (
            "user",
            "Draft a short letter to our insurer. Our operations executive Suresh Kumar s/o Ganesan has been on MC since 2 March for a herniated disc at L5/S1, he is doing physio three times a week at a clinic in Ang Mo Kio, and his monthly salary is $4,200, we need to claim the salary continuation benefit.",
        ),
        (
            "assistant",
            "Dear Claims Team, we write to notify you that our employee Mr Suresh Kumar s/o Ganesan has been on medical leave since 2 March due to a herniated disc at L5/S1 and is undergoing physiotherapy three times weekly. We wish to claim the salary continuation benefit based on his monthly salary of $4,200.",
        ),
    ],
    [
        ("system", "你是香港一間運動創傷診所的客服助理。"),
        (
            "user",
            "我個仔陳俊朗讀聖保羅男女中學中三，上星期打籃球十字韌帶撕裂，醫生話要做手術，術後邊度可以做復康？",
        ),
        (
            "assistant",
            "前十字韌帶術後復康一般需要九至十二個月，我們的運動物理治療師可以為他制定分階段的訓練計劃。",
        ),
        ("user", "好，咁幾時可以開始？"),
        ("assistant", "一般術後一至兩星期便可開始第一階段的復康，請帶同醫生轉介信預約首次評估。"),
    ],
    [
        (
            "system",
            "You are an internal assistant for clinic staff with access to the patient directory.",
        ),
        ("user", "Need to call back Mr Ong about his lumbar MRI, what's his contact?"),
        (
            "assistant",
            "Mr Ong Kok Wah: mobile 9614 2208, home address Blk 301 Serangoon Ave 2 #04-17. Last visit 10/03 for lumbar spondylosis, MRI pending at Tan Tock Seng.",
        ),
        ("user", "Thanks, will call him now."),
    ],
    [
        ("system", "You are a running coach assistant for a sports injury clinic's run club."),
        (
            "user",
            "Any tips to avoid shin splints when training for the Standard Chartered Singapore Marathon?",
        ),
        (
            "assistant",
            "Increase weekly mileage by no more than 10 percent, mix in soft-surface runs and do calf raises and tibialis strengthening twice a week.",
        ),
        (
            "user",
            "Cool. Can you register me for the club's pacer group? My Strava is strava.com/athletes/hafizr_runs, name Hafiz Rahim, DOB 12/09/1996, shoe size 10 if you need for the singlet order.",
        ),
        (
            "assistant",
            "Done, Hafiz, you are in the 5:30 pacer group. I will link your Strava profile so the coaches can track your weekly mileage.",
        ),
    ],
    [
        ("system", "You help physiotherapy students write clinical case studies in English."),
        (
            "user",
            "Tolong bantu saya tulis case study. Pesakit saya Encik Zulkifli bin Daud, 58 tahun, dari Felda Jengka 2, Pahang, baru amputasi kaki kiri bawah lutut sebab diabetes dan sekarang dalam latihan prostetik.",
        ),
        (
            "assistant",
            "Sure. Case summary: A 58-year-old male with type 2 diabetes underwent left below-knee amputation and is now in pre-prosthetic and gait training. Consider removing his name and village before submitting, to protect his privacy.",
        ),
    ],
    [
        (
            "system",
            "You are the billing support assistant for a chiropractic clinic in Johor Bahru.",
        ),
        ("user", "Hi, I think I was charged twice for my chiropractic package last week."),
        (
            "assistant",
            "Sorry about that. Could you share the invoice number or the date of the transaction so I can check?",
        ),
        (
            "user",
            "It was on 8 March, RM1,200 two times on my Mastercard 5204 7311 6620 5875. Please email the refund confirmation to tehsl.jb@gmail.com, name on card Teh Soo Ling.",
        ),
        (
            "assistant",
            "Thank you, I can see the duplicate RM1,200 charge on 8 March and have raised a refund request; confirmation will be sent to your email within 3 working days.",
        ),
    ],
]
