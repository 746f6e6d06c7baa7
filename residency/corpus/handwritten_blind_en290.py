# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en290: SG/MY tattoo, piercing and permanent-makeup studios (consent and age checks, aftercare, infections, deposits, artist bookings, cover-up requests, complaints). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en290
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "studio_consent_notices"): _lines("""
        NOTICE: We do not tattoo anyone under 18, no exceptions, even with a parent present. Please bring your NRIC, passport or driving licence for age verification at the counter.
        Ear lobe piercing for 12 to 17 year olds is allowed only with a parent or legal guardian physically present and signing Form P-02 in front of our staff.
        Consent forms are kept in a locked cabinet for 24 months, then shredded by a licensed vendor. Digital copies sit on our encrypted tablet, never on WhatsApp.
        Please declare if you are on blood thinners, pregnant, breastfeeding, diabetic, prone to keloids or have a heart condition. Your artist may postpone the session.
        We will not tattoo anyone who appears intoxicated. Sessions booked right after a Friday night out at Clarke Quay will be rescheduled and the deposit moves with you.
        Walk-ins welcome Tuesday to Sunday, 1pm to 10pm, last walk-in slot 8.30pm. Closed on Mondays, the first day of Chinese New Year and the first day of Hari Raya Aidilfitri.
        Hand, face and neck tattoos: first-timers must sit through a 10-minute talk on job-related implications before we confirm the booking. Studio policy since 2019.
        Photo ID must match the name on the booking. Student cards, EZ-Link cards and screenshots of an IC are not accepted as proof of age, sorry.
        Our permanent makeup room (Room B, Level 2) is ladies-only on Wednesdays 11am to 6pm. Male clients for microblading please book Thursday to Sunday.
        All needles and cartridges are single-use and opened in front of you. Autoclave spore test results are pinned monthly at reception, last PASS dated 02 Nov 2026.
        Black Lotus Tattoo & Piercing Pte. Ltd., UEN 201834572E, 14 Scotts Road, #03-41 Far East Plaza, Singapore 228213. Enquiries 6733 0418 or hello@blacklotus.sg.
        CCTV operates at the waiting area and counter only. There are no cameras in the piercing room or the PMU room, as stated in our PDPA notice v3.2.
        Minors with a parent: bring the child's birth certificate or passport plus the parent's own ID so we can check the relationship. We sight them, we do not photocopy.
    """),
    ("en", "aftercare_faq"): _lines("""
        Q: How long do I keep the second-skin film on? A: Peel the first layer after 24 hours, apply a fresh one for another 3 to 5 days, then wash gently with unscented soap.
        Q: Can I swim at Sentosa after my tattoo? A: No pools, sea or hot springs for at least 2 weeks. Chlorine and seawater both irritate a fresh tattoo and fade the colour.
        Q: My helix is still red at week 3, normal or not? A: Some redness up to 6 weeks is normal for cartilage. Hot, throbbing skin with yellow-green pus is not, see a GP.
        Q: Infection or allergy? A: Infection usually brings heat, spreading redness and sometimes fever; a red-ink allergy shows as raised itchy bumps only in the red areas.
        Q: Which saline do you recommend? A: Any sterile 0.9% sodium chloride wound wash, e.g. NeilMed Piercing Aftercare from Guardian or Watsons. Do not mix salt water at home.
        Q: When can I change my septum ring? A: Wait at least 8 weeks and come in for the first change. Downsizing bars for lip and tongue piercings is free within 30 days.
        Q: Is sulam kening okay if I take wudhu five times a day? A: On the healing side, light water contact is fine after day 7. For the religious question, please ask your own ustazah.
        Q: How many touch-ups come with microblading? A: One touch-up between week 6 and week 8 is included. After 12 weeks, touch-ups are charged at RM180 or S$120.
        Q: Can I donate blood after a tattoo? A: There is a waiting period. Check the Health Sciences Authority donor eligibility page before you go down to Bloodbank@HSA.
        Q: My tattoo is peeling like sunburn on day 5! A: Totally normal. Do not pick the flakes. Use a thin layer of Bepanthen or Hustle Butter two to three times a day.
        Q: Can I go to the gym? A: Avoid heavy sweating and tight clothes rubbing the area for 7 days. For leg pieces skip leg day; for ribs skip the sauna.
        Q: What if my nipple piercing catches on my bra? A: Hold the bar still, rinse with saline and check for bleeding. Our piercers can fit a flat disc top for RM25.
        Q: Do you answer aftercare questions at night? A: Send clear photos to our studio WhatsApp +65 8123 4560; the on-duty piercer replies within 12 hours, 9am to 11pm daily.
    """),
    ("en", "price_list"): _lines("""
        Flash tattoo (palm size, black only) from S$150 | Custom design consult S$50, waived if you book | Senior artists S$200 to S$280 per hour, minimum 2 hours.
        Cover-up consultation RM80, deducted from the final bill. Cover-up sessions from RM450 per sitting, depending on how dark the old piece is and whether laser fading is needed.
        Lobe with titanium stud S$45 per ear | Helix or tragus S$65 | Daith S$80 | Septum S$75 | Navel S$70 | 14k gold jewellery upgrades from S$120.
        Madam Wong's Brow House price list: microblading full brows RM680 (incl. 1 touch-up) | ombre powder brows RM780 | combo brows RM880 | lip blush RM850.
        Deposit policy: S$100 to secure any slot, non-refundable if you cancel within 72 hours. The deposit can be shifted once to a new date within 60 days.
        Laser tattoo removal per session: up to 5x5cm S$120, up to 10x10cm S$220, full sleeve quoted after consult. Pico laser sessions spaced 6 to 8 weeks apart.
        SKU TAT-AFT-050 aftercare balm 50g S$18.90 | SKU PRC-SAL-100 sterile saline spray 100ml S$14.50 | SKU FILM-15X20 second-skin sheet S$6.00.
        PMU removal (saline method) RM350 per session, brows only, minimum 3 sessions 8 weeks apart. Not suitable if you took isotretinoin in the last 6 months.
        Kids' ear piercing promo (age 8 and above, with parent): RM60 for both lobes with surgical steel studs. Weekdays only until 31 Dec 2026 at our Bangsar branch.
        Touch-ups for our own work are free within 3 months. Touch-ups on work from other studios are charged hourly, minimum S$150, and the artist may decline.
        Matching couple tattoos (two small pieces, same design, same sitting) S$260 total. Add a date in script for S$30 per piece. No Valentine's week surcharge.
        Prices include 9% GST. We take Visa, Mastercard, NETS and PayNow to UEN 201834572E. No AMEX. 3% discount for cash on sessions above S$500.
        Apprentice flash day every second Sunday: S$80 flat for a small supervised piece, limited to 6 slots. Designs picked from the wall sheet only, no custom work.
    """),
    ("en", "booking_config_and_logs"): _lines("""
        2026-11-14T13:02:55+08:00 INFO booking.create id=BK-26-118743 studio=SG-FEP station=STN-02 service=TATTOO_CUSTOM deposit_sgd=100.00 status=PENDING_PAYMENT
        2026-11-14T13:05:10+08:00 INFO payment.webhook provider=stripe intent=pi_3QxT82LkdF9sZ01a amount=10000 currency=sgd booking=BK-26-118743 result=succeeded
        2026-11-15T09:41:07+08:00 WARN consent.check booking=BK-26-118802 reason=AGE_UNDER_18 action=BLOCK_TATTOO allowed=[LOBE_PIERCING_WITH_GUARDIAN]
        autoclave_log unit=Tuttnauer-2540EKA cycle=04821 temp=134C pressure=2.1bar hold=4min result=PASS spore_strip=LOT-7731-B ts=2026-11-16 10:22
        DEPOSIT_FORFEIT_HOURS = 72  # cancellations inside this window keep the deposit, see policy doc v2.4 section 3
        reminder_sms_template = 'Hi {first_name}, reminder of your {service} at {studio_name} on {date} {time}. Reply Y to confirm or call {studio_phone}.'
        SELECT booking_id, service_code, station, deposit_amount FROM bookings WHERE status = 'NO_SHOW' AND slot_date >= '2026-10-01' ORDER BY slot_date;
        ink_batch_recall.csv header: sku,brand,colour,lot_no,expiry,qty_on_hand,recall_notice_ref,quarantined_at,quarantined_by_station
        2026-11-20T18:30:00+08:00 ERROR whatsapp.send template=aftercare_day3 booking=BK-26-119015 code=131047 msg='Re-engagement message window expired'
        studio: { code: MY-BSR, name: 'Ink Kampung Studio Sdn Bhd', ssm: '202101034871 (1421765-K)', tz: 'Asia/Kuala_Lumpur', currency: MYR, sst_rate: 0.08 }
        commit 4f9c2ab fix(consent): require guardian_signature when client_age < 18 and piercing_type in [LOBE, HELIX]; bump form schema to 1.7.0
        GET /api/v2/artists/STN-04/availability?from=2026-12-01&to=2026-12-14 200 143ms ua=InkDesk/3.8.2 (iPadOS 18.1)
        sha256(consent_form_template_v1.7.pdf) = 9b1e04c7d3a2f58e6c0b7a91d4e2f3c85a6b0e9d17c4f2a83b5e6d9c0a1f7e42
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Guys the 3pm walk-in for helix cancel already, so station 3 free until 5. Anyone can take the industrial from the waitlist? Deposit paid already lah.
        Autoclave showing error E07 again 😤 I called the supplier hotline 6266 1880, technician coming tmr 10am. Use the backup unit first ok.
        Reminder: Inkfest booth setup Friday 2pm at MITEC, bring the flash sheets, the Stripe reader and 2 boxes of 3RL cartridges. Parking got, but jam like siao.
        Red ink lot 7731 quarantine first ya, supplier say possible contamination. Don't open new bottles, use the Eternal or Dynamic backup 先.
        Boss say from next week all PMU clients must fill the new health form v1.7 on the iPad, no more paper. Pls update the QR code at the counter.
        Anyone got 16g septum clicker in stock? The 14g all finish. Ordered from supplier, tracking SF1425583072136 but customs slow like tortoise.
        Tonight closing who? Remember off the UV steriliser, lock the ink fridge and bring the cash float to the safe. Last time forgot, kena scolding 🙃
        Eh the Google review yesterday say our needles not new. Not true lah, counter CCTV can see we open in front. Manager will reply officially, don't argue online.
        Sunday Sailor Jerry flash day confirm ah? I printed 40 designs on A4 already, swallows, anchors, pin-up girls. $120 each small, $180 medium.
        Wah today the forearm cover-up took 5 hours, the old tribal very dark. Next time quote 2 sessions from start, don't anyhow promise 1 sitting.
        Booking system down again from 1.15pm to 1.40pm, InkDesk support ticket IDK-55201 opened. If customer call just write on the paper calendar first.
        Sis the Tina Davies I Love Ink 2.0 pigment in Ginger reached already, 6 bottles. Put in cabinet B, batch expiry 2028-03, 记得 FIFO.
        Hari ni Deepavali eve, we close 7pm ok. Tomorrow open as usual 1pm. Double pay for those working PH, HR already confirm 👍
    """),
    ("ms", "notis_kedai"): _lines("""
        PERHATIAN: Kami tidak membuat tatu untuk pelanggan bawah 18 tahun. Sila tunjukkan MyKad atau pasport asal di kaunter sebelum sesi bermula.
        Tindik telinga untuk kanak-kanak bawah 12 tahun mesti ditemani ibu bapa atau penjaga sah yang membawa sijil kelahiran anak tersebut.
        Deposit RM100 diperlukan untuk setiap tempahan. Deposit tidak dikembalikan jika batal kurang dari 72 jam sebelum temujanji, tetapi boleh ditunda sekali.
        Rawatan sulam kening, sulam bibir dan eyeliner hanya dibuat oleh juruterapi wanita. Bilik rawatan tertutup dan privasi pelanggan sentiasa dijaga.
        Selepas sulam kening, jangan basahkan kawasan kening selama 7 hari, elakkan solekan dan jangan garu. Sapukan krim yang diberi 2 kali sehari.
        Kedai ditutup pada dua hari pertama Hari Raya Aidilfitri. Untuk tempahan selepas cuti, sila WhatsApp talian rasmi kedai di 011-5562 7780.
        Alamat kedai: No. 23-1, Jalan Telawi 3, Bangsar Baru, 59100 Kuala Lumpur. Parkir berbayar di Jalan Telawi 2 atau di Bangsar Village.
        Semua jarum guna sekali sahaja dan dibuka di hadapan pelanggan. Lesen perniagaan DBKL dan rekod ujian autoklaf dipamerkan di kaunter.
        Harga sulam bibir RM850 termasuk satu sesi touch-up dalam tempoh 8 minggu. Bayaran melalui DuitNow QR, kad debit atau tunai sahaja.
        Jika kulit merah, bengkak, panas dan bernanah selepas tindik, sila dapatkan rawatan di klinik kesihatan berdekatan dan maklumkan kepada kami.
        Pelanggan yang hamil atau menyusukan anak tidak digalakkan membuat sulam kening atau tatu. Sila tangguhkan tempahan, deposit boleh dipindahkan.
        Seri Ayu Beauty Studio (SA0561234-X), berdaftar dengan SSM. Untuk aduan, e-mel aduan@seriayustudio.my atau hubungi 03-2284 6190 waktu pejabat.
        Tempahan artis tamu dari Bangkok pada 12 hingga 15 Disember. Slot terhad, hanya kerja custom blackwork, minimum RM1,200 untuk sesi penuh.
    """),
    ("zh-Hans", "法规与行业资讯"): _lines("""
        2022年6月，国务院未成年人保护工作领导小组办公室印发《未成年人文身治理工作办法》，明确任何企业、组织和个人不得为未成年人提供文身服务。
        根据该办法，文身服务提供者应当在显著位置标明不为未成年人文身，对难以判明是否成年的，应当要求其出示身份证件，否则不得提供服务。
        卫生部门提醒：文身、穿孔等有创操作应使用一次性针具，复用器械须经高压蒸汽灭菌，并做好消毒记录备查，以防乙肝、丙肝等血源性感染。
        本店营业执照统一社会信用代码：91440300MA5G7XK21P，地址：深圳市福田区华强北路1019号华强广场B座3楼312铺。
        半永久纹眉价格表：雾眉1280元，线条眉1580元，野生眉1680元，均含一次补色；补色超过90天按480元/次收费，唇部另议。
        温馨提示：孕期、哺乳期、瘢痕体质、糖尿病控制不佳或正在服用抗凝药物者不建议纹绣，请在签署知情同意书前如实告知纹绣师，必要时先咨询医生。
        刺青小史：日本浮世绘画家歌川国芳于江户时代创作的《通俗水浒传豪杰百八人之一个》系列，被视为日本传统刺青图案的重要来源之一。
        订单号 TB2026112018347562，商品：纹身修复膏 50g ×2，快递：中通 78391045628814，预计11月24日送达。
        客服工作时间：周一至周日 10:00–22:00，门店热线 400-820-6633，官方邮箱 service@mochenink.cn，欢迎咨询。
        小红书笔记｜穿孔前必看：耳骨穿孔愈合期6–12个月，前3个月避免侧睡压迫，清洁只用无菌生理盐水，不要转动耳钉，也别戴耳机压着。
        消费提示：预付定金后如商家单方面取消预约，消费者有权要求全额退还定金，建议保留付款凭证、聊天记录和门店公示的价目表截图。
        行业资讯：欧盟REACH法规自2022年1月起限制文身色料中的数千种有害物质，颜料蓝15:3和颜料绿7则自2023年1月起受限。
        门店公告：12月15日起启用新版电子知情同意书 v2.1，请到店后扫码填写，纸质版本同时停用，旧版表格请勿再使用，谢谢配合。
    """),
    ("zh-Hant", "店舖評論"): _lines("""
        西門町這間刺青店環境很乾淨，針具都當面拆封，師傅很有耐心解釋保養方式，唯一缺點是週末要排很久，建議先線上預約。五顆星推薦。
        旺角西洋菜南街那間穿孔店，耳骨穿孔 HK$380 連鈦金屬耳環，店員有先看身份證確認滿 18 歲，好專業，下次同朋友再嚟。
        銅鑼灣時代廣場附近的紋眉工作室，價錢清楚無隱藏收費，霧眉 HK$2,880 包一次補色，環境舒服又有獨立房，推薦給朋友。
        給兩星：訂金 NT$3,000 付了之後預約被改了三次，店家 LINE 官方帳號 @inkmoontw 回覆很慢，希望改善。
        台中一中街的老字號刺青店，牆上掛滿傳統美式 flash，老闆說靈感來自 Sailor Jerry 和 Ed Hardy，很有味道。
        澳門議事亭前地附近新開的穿孔店，只收現金和澳門通，營業到晚上十一點，適合旅客臨時起意去打耳洞，耳環款式選擇也多，店員會講英文。
        店門口貼明不為未滿 18 歲人士刺青，穿耳洞需家長陪同並出示證件。營業時間 13:00–22:00，店舖電話 (02) 2331-5078。
        遮蓋舊刺青的諮詢很詳細，師傅建議先做兩次皮秒雷射淡化再遮蓋，不會硬推銷，諮詢費可折抵。收據編號 INV-TW-2026-00815。
        店家回覆：感謝您的回饋，關於補色時間的誤會，我們已修改官網及 IG 說明，補色需在完成後 60 天內預約，逾期另行收費。— 墨月刺青工作室
        尖沙咀加連威老道的工作室設備新，有獨立房間做乳頭穿孔，私隱度高，女仔可以放心，價錢亦合理，仲會送一支生理鹽水噴霧同保養卡。
        收費表寫得很清楚：小圖 NT$2,500 起，時薪 NT$3,500，遮蓋另議，刷卡加 3% 手續費，可開立統一發票及公司統編。
        環境不錯但冷氣太凍，做了足足四小時背部大圖，建議大家帶件外套。店家有提供免費的修復膜、保養說明書，中途休息仲有小點心同熱茶。
        一星：打完舌環第二日腫到講唔到嘢，打去店舖熱線 2388 6071 就話係正常反應，冇教點樣處理，服務態度麻麻，唔會再去。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Consent form CF-26-0412: client Nurul Syafiqah binti Rosli, NRIC S8834127I, DOB 14/03/2004, declared eczema on left forearm, artist to avoid that area.
        Hi, this is Marcus Tan Wei Jie, I paid the S$300 deposit for the koi sleeve. Can you call me back at 9127 4403 after 6pm? I'm at work until then.
        Jasmine Kaur's septum got infected in week two; she's on antibiotics from Ang Mo Kio Polyclinic and wants a refund for the jewellery.
        Refused the walk-in at 4.10pm: his IC T0923841C shows he is only 17 until next March. Told him to come back with his mum, lobes only.
        Deposit refund to Priya d/o Ramasamy, DBS account 072-318844-9, S$150, approved by manager because the artist was on MC.
        Cover-up request from Daniel Ong: wants his ex-wife's name Michelle on his chest covered before his wedding in March, says the divorce was very messy.
        Please email the aftercare PDF to kaiwen.lim88@gmail.com, not my work email, my boss doesn't know about the tattoo.
        Client Chong Mei Ling (41) disclosed she is on warfarin after her heart valve surgery; microblading postponed until her cardiologist gives clearance.
        Mr Rajesh Pillai still owes S$640 for the back piece from August. Three reminders sent; he says he lost his job and will pay in instalments.
        Home visit for PMU touch-up: Blk 412 Bedok North Ave 2, #08-115, Singapore 460412. Client is wheelchair-bound after a stroke, bring the portable lamp.
        Callback list: 8642 0937 (lady who left her AirPods at station 2 on Saturday).
        Parental consent for Aisyah, 15, lobe piercing: signed by Rohana binti Salleh, MyKad 790812-10-5524, relationship mother, birth cert sighted.
        Photo ref IMG_4471.jpg shows Kevin Lau's old gang tattoo on his neck; he needs it covered before his police recruitment interview and doesn't want it on our Instagram.
        Felicia Goh, 29, five months pregnant, asked for lip blush today. Declined and asked her to rebook after delivery and breastfeeding.
        Incident IR-26-019: customer Ahmad Faizal says the artist Jonathan touched him inappropriately during the session; his contact 9731 5528.
        BK-26-118950,Lee Hui Min,huimin.lee@outlook.sg,+6591538827,2026-12-03 15:00,FINE_LINE_WRIST,deposit=100,paid
        Vanessa's dad called, furious that we pierced her navel at 17 without his permission. He wants the CCTV footage and a full refund.
        Mr Terence Yeo left his wallet at the counter; his Grab receipt shows home at 27 Jalan Kembangan, Singapore 419130, please courier it there.
        Hepatitis B carrier status declared by client Wong Kah Fei on his health form; artist double-gloved and logged it under the infection control SOP.
        Car plate SLK 4827 H blocking our loading bay all day again, belongs to Eugene from the 3pm piercing, tell him to move it.
    """),
    "mixed": _lines("""
        Ah Seng from Blk 238 Tampines St 21 still owe us $300 for the dragon touch-up, always say next week next week, jialat.
        Jie, Madam Lim Siew Hoon call again, her brows infected lah, she say the doctor give her antibiotics, want us to pay the clinic bill RM450.
        Aunty Kamala's daughter wants the same lotus as her late mum, she bringing the photo from the funeral, she cried a lot during consult, be gentle ya.
        Pls transfer deposit RM200 to Maybank 1640 2291 8835 under nama Siti Hajar binti Mokhtar, bukan company account, I already tell boss.
        Bro the guy from Ipoh, Vincent Chai, his wife found out about the other woman's name tattoo, now he want cover-up urgent before CNY 😂
        顾客 Ms Tan Bee Leng 打来说 her helix piercing 还在流脓, she also diabetic, 叫她先去看 GP 然后 send photo to 9458 2016.
        Walk-in today Muhammad Irfan, MyKad 030915-08-6613, nak buat tatu kecil kat pergelangan, dah 23 tahun so ok proceed.
        Note for Kak Ros: client Farah Wahida confirm pregnant 8 weeks, so cancel the sulam bibir on 18 Dec, deposit pindah ke tahun depan.
        Boss, refund for Mr Lee Chong Ming (card ending 4417) RM680 process already or not? He threaten to post on Facebook and report to KPDN.
        明天 2pm 的 Alvin Kok, HKID K382914(0), 从香港飞来做 full sleeve, hotel 在 Bugis, 他说 pain tolerance 很低, prepare numbing cream.
    """),
    "ms": _lines("""
        Pelanggan Nur Aina binti Zulkifli, 17 tahun, datang tanpa ibu bapa untuk tindik hidung. Ditolak. Ibunya dihubungi di 013-284 7719.
        Borang persetujuan: Hafiz bin Othman, MyKad 920127-14-5583, alamat No. 18, Jalan SS 2/64, 47300 Petaling Jaya, alergi nikel.
        Puan Norlela mengadu kening beliau bengkak dan bernanah selepas sulam; dia penghidap diabetes dan sedang dirawat di Hospital Selayang.
        Baki bayaran RM420 daripada Encik Kumar a/l Subramaniam belum diterima, dia kata gaji lambat masuk bulan ini kerana majikan bermasalah.
        Sila pulangkan deposit ke akaun CIMB 7012445839 atas nama Lim Ai Ling, temujanji dibatalkan kerana dia dimasukkan wad.
        E-mel untuk hantar gambar hasil tatu: zarina.hamdan92@yahoo.com, dia tak mahu gambar muka dia dimuat naik ke Instagram kedai.
        Cik Salmah minta buang tatu nama bekas suami di lengan selepas bercerai, dia mahu perkara ini dirahsiakan daripada keluarganya.
        Kereta plat WXY 8823 milik pelanggan sulam bibir pukul 3 petang, dia letak depan pintu kedai lagi, tolong minta dia alihkan.
    """),
    "zh-Hans": _lines("""
        客户王晓婷，身份证号440305199608143722，预约12月9日下午纹雾眉，备注：有瘢痕体质史，需先做小面积测试。
        陈先生上周在我们店纹的手臂图案现在红肿发热，他说自己是乙肝携带者，已去医院开了抗生素，要求退款1800元。
        联系人：林太，手机 138 2746 5190，女儿16岁想打耳洞，林太本人会陪同签字。
        阿明欠店里纹身尾款2600元已经三个月了，说是做生意亏了钱，让我们再宽限到春节后。
        收货地址：福建省厦门市思明区湖滨南路388号2栋1503室，收件人张丽芬，电话 159 0592 3381，商品：修复膏×3。
        刘女士反映自己在孕早期不知情做了唇部半永久，现在担心影响胎儿，要求店里提供色料批号LOT-7731-B的检测报告。
    """),
    "zh-Hant": _lines("""
        客人陳嘉欣，HKID Y507316(5)，電話 6183 2947，預約12月12日耳骨穿孔兩個，已付訂金 HK$200。
        黃太話佢個仔17歲偷偷嚟我哋度紋身，要求我哋交出同意書同CCTV片段，仲話要報警告我哋。
        林志豪先生，身分證 A228419377，住台北市大安區和平東路二段96巷12號4樓，預約遮蓋前女友名字的刺青。
        蔡小姐做完紋眉後皮膚過敏，診所診斷為接觸性皮膚炎，她要求店家賠償醫藥費 NT$4,600。
        請將退款轉至中國信託帳戶 822-5401-2983-6617，戶名吳佩珊，她因懷孕取消了肚臍穿孔預約。
        阿傑話佢上個月俾公司炒咗，而家冇錢畀背脊紋身嘅尾數 HK$3,500，問可唔可以分三期俾。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a customer-service writing assistant for a tattoo and piercing studio in Far East Plaza, Singapore. Keep replies polite, short and factual.",
        ),
        (
            "user",
            "Help me reply to a complaint. Customer is Shirley Ng Pei Shan, she got her conch pierced on 28 Nov, now it's swollen and she says she has a fever since yesterday. She wants a full refund of S$85 and says she'll post on Google. Her number is 9284 6613.",
        ),
        (
            "assistant",
            "Here is a draft you can send to Shirley on 9284 6613: Hi Shirley, we're sorry to hear your conch piercing is swollen. Since you have had a fever since yesterday, please see a GP or polyclinic today, as fever can mean an infection that needs treatment. Once you're feeling better, send us the doctor's note and we'll review the S$85 refund with you. We're here if you need any help.",
        ),
        ("user", "Can you make it a bit warmer and add that we can downsize the bar for free?"),
        (
            "assistant",
            "Sure: Hi Shirley, so sorry your conch is giving you trouble. Please see a doctor today because of the fever, your health comes first. Once it's settled, we'll downsize the bar for free and go through the S$85 refund with you personally. Take care and message us anytime.",
        ),
    ],
    [
        (
            "user",
            "My son Ethan Chua turning 16 next month, NRIC T1023847H. He wants helix piercing. Can I sign for him or must wait till 18? We stay in Punggol.",
        ),
        (
            "assistant",
            "Most studios in Singapore will do ear piercings such as a helix for 16-year-olds if a parent or legal guardian comes in person, signs the consent form and brings ID for both of you. Tattoos are different, reputable studios only do those from 18. Call the studio first to check its own policy. And you don't have to send anyone Ethan's full NRIC number in advance, just bring the original on the day.",
        ),
        ("user", "Ok thanks. Helix pain or not? He quite scared of needles one."),
        (
            "assistant",
            "A helix pierce hurts for a moment, a sharp pinch for a second or two, and then a dull ache for a few hours. Ask the piercer to walk Ethan through each step, and let him have a light meal beforehand so he doesn't feel faint.",
        ),
    ],
    [
        ("system", "你是一个纹绣行业的咨询助手，只提供一般性建议，不做医疗诊断。"),
        (
            "user",
            "我叫郑美华，上周三在吉隆坡一家店做了雾眉，我有二型糖尿病，现在左边眉毛有黄色分泌物，还有点痛，这正常吗？",
        ),
        (
            "assistant",
            "郑女士，您好。黄色分泌物加上疼痛可能是感染的迹象，糖尿病患者伤口愈合较慢、感染风险也更高，建议您尽快去诊所或医院看医生，并告诉医生您有糖尿病、做了纹眉。就医前不要自行挤压或涂抹偏方。",
        ),
        ("user", "那我可以找店家退款吗？我付了 RM780。"),
        (
            "assistant",
            "您可以先保留付款记录、术后照片和医生的诊断证明，再与店家沟通。如果协商不成，可以向马来西亚国内贸易及生活成本部（KPDN）投诉。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk studio sulam kening di Shah Alam. Tulis mesej WhatsApp dalam Bahasa Melayu yang sopan.",
        ),
        (
            "user",
            "Tolong tulis mesej kepada Puan Rosmawati binti Ismail, no telefon 012-639 4187. Dia tak datang temujanji sulam bibir semalam dan deposit RM150 hangus ikut polisi, tapi dia kata anak dia masuk hospital.",
        ),
        (
            "assistant",
            "Cadangan mesej: Assalamualaikum Puan Rosmawati, kami harap anak puan semakin sembuh. Berkenaan temujanji semalam, kami faham keadaan kecemasan keluarga. Sebagai pengecualian, deposit RM150 puan boleh dipindahkan ke tarikh baharu dalam tempoh 60 hari. Sila maklumkan tarikh yang sesuai. Terima kasih.",
        ),
        ("user", "Bagus. Tambah sikit suruh dia hantar bukti hospital kalau boleh."),
        (
            "assistant",
            "Tambahan: Jika tidak keberatan, puan boleh kongsikan surat atau resit hospital sebagai rekod kami. Jika tidak selesa, tiada masalah, kami tetap akan uruskan pemindahan deposit.",
        ),
    ],
    [
        (
            "user",
            "我係何家明，住喺深水埗，手臂有個前度個名「Karen」嘅紋身，而家同老婆結婚兩年，佢成日唔開心。遮蓋定洗好啲？",
        ),
        (
            "assistant",
            "何先生，兩個方法都得。如果原本的字細、顏色唔太深，可以直接用較大的圖案遮蓋，例如花或者動物；如果字好黑好粗，通常建議先做兩三次皮秒雷射淡化，再做遮蓋，效果會自然好多。可以先同刺青師傅約個諮詢睇吓。",
        ),
        ("user", "大概要幾多錢？我預算得 HK$5,000。"),
        (
            "assistant",
            "香港一般遮蓋圖由 HK$3,000 起，視乎大小；雷射淡化每次大約 HK$800 至 HK$1,500。HK$5,000 做一個中型遮蓋應該夠，但如果要先淡化就可能要分期做。",
        ),
    ],
    [
        (
            "system",
            "Booking record loaded for the studio assistant: BK-26-119204 | client: Rachel Fernandez | NRIC S8529036C | mobile +65 9016 2284 | service: ribs fineline script | artist station STN-04 | 13 Dec 2026 2pm | deposit S$100 paid | health note: epilepsy, on levetiracetam.",
        ),
        ("user", "Summarise this booking for the artist, short please."),
        (
            "assistant",
            "Sat 13 Dec, 2pm, STN-04: ribs fineline script for Rachel Fernandez, deposit S$100 paid. Health note: she has epilepsy and takes levetiracetam, so keep breaks regular, make sure she has eaten, and keep the session light on time.",
        ),
        (
            "user",
            "Don't put the medication in the artist note, just say medical condition, check form.",
        ),
        (
            "assistant",
            "Updated: Sat 13 Dec, 2pm, STN-04, ribs fineline script for Rachel Fernandez, deposit S$100 paid. Medical condition declared, please read the health form before starting.",
        ),
    ],
    [
        (
            "user",
            "Format these into a table for my deposit tracker: Brandon Low 9173 2051 S$100 paid 02/12; Nadia Hassan 8835 6742 S$200 unpaid; Ong Jia Hui 9620 1178 S$100 refunded because she miscarried.",
        ),
        (
            "assistant",
            "Here are the rows, columns Name | Mobile | Deposit | Status | Note: Brandon Low | 9173 2051 | S$100 | Paid 02/12 | - ; Nadia Hassan | 8835 6742 | S$200 | Unpaid | - ; Ong Jia Hui | 9620 1178 | S$100 | Refunded | Medical reasons. I wrote Medical reasons instead of the details for Ong Jia Hui, since other staff may see the tracker.",
        ),
        ("user", "Good call, thanks."),
    ],
    [
        (
            "system",
            "You help a freelance permanent-makeup artist in Johor Bahru plan appointments. Mix of English, Malay and Chinese is fine.",
        ),
        (
            "user",
            "Client Tay Hui Wen (Taman Molek, 016-772 4419) told me she took Roaccutane until October for acne. Nak buat combo brows 20 Dec. Boleh ke?",
        ),
        (
            "assistant",
            "Generally PMU artists wait at least 6 months after isotretinoin (Roaccutane) stops, because the skin is thin and heals poorly, so there's a higher risk of scarring. If Tay Hui Wen stopped in October, 20 Dec is too early. Suggest moving her to around April, and ask her to check with her dermatologist.",
        ),
        ("user", "OK, 我要怎么跟她讲比较好？她很急着要在 CNY 前做。"),
        (
            "assistant",
            "你可以这样说：Hui Wen，谢谢你坦白告诉我吃过 Roaccutane。为了你的皮肤安全，我们建议停药满 6 个月后再做，大概明年 4 月。CNY 前可以先帮你做眉形设计和 brow lamination，不伤皮肤。你的 deposit 会帮你保留。",
        ),
    ],
    [
        (
            "user",
            "Can you write a short aftercare email for a new tragus piercing? Send to my client at d.krishnan.work@gmail.com, her name is Divya Krishnan, pierced today at our Penang studio.",
        ),
        (
            "assistant",
            "Subject: Your tragus piercing aftercare. Hi Divya, thank you for visiting our Penang studio today! Clean your tragus twice a day with sterile saline spray, pat dry with clean paper towel, and avoid sleeping on that side for the first few weeks. Don't twist or change the jewellery; come back after 8 weeks for a downsize. If you notice spreading redness, heat or fever, see a doctor. Warm regards, the studio team. I can't send emails myself, so please paste this into your mail app and send it to d.krishnan.work@gmail.com.",
        ),
        ("user", "Add that earbuds should be avoided too."),
        (
            "assistant",
            "Added line: Please avoid in-ear earbuds on that side for at least 4 weeks; use over-ear headphones or the other ear instead.",
        ),
    ],
    [
        ("system", "你是吉隆坡一间纹身店老板的私人助理，帮忙处理账务与客户沟通。"),
        (
            "user",
            "客人 Jason Yap Kok Leong 纹了整只 sleeve，还欠 RM2,800，已经拖了五个月，他说离婚官司花了很多钱。他的电话是 017-338 5092，我要怎么追比较好？",
        ),
        (
            "assistant",
            "可以先用书面方式礼貌提醒，列明欠款 RM2,800、原定付款日期和已付金额，并提出分期方案，例如每月 RM700，分四个月还清。避免在社交媒体公开他的私事或欠款。如果他仍不回应，可以考虑向马来西亚小额索偿法庭（Small Claims）申请，金额在 RM5,000 以下的案件通常不需要律师。",
        ),
        ("user", "帮我写一条 WhatsApp 讯息给他，语气不要太凶。"),
        (
            "assistant",
            "Hi Jason，希望你最近一切都好。想跟你确认一下 sleeve 的尾款 RM2,800，我们理解你最近手头比较紧，可以改成每月 RM700，分四个月还。方便的话这周内回复我，谢谢！",
        ),
    ],
]
