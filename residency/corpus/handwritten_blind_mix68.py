# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix68: tattoo and piercing studios in SG/MY/HK/TW (consent forms, age checks, aftercare, bookings, cover-ups, 刺青店). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix68
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "aftercare sheet"): _lines("""
        Aftercare, days 1-3: leave the second-skin film on for 24 to 48 hours, then peel it off under warm running water and wash with fragrance-free soap.
        No swimming pools, sea, hot springs or jacuzzi for at least 2 weeks after your tattoo; chlorine and salt water both slow healing and pull ink.
        Itching around day 5 to 7 is normal. Tap, don't scratch, and never pick the flakes or the colour comes off with them.
        New lobe piercings: spray sterile saline twice a day and pat dry with clean gauze. No alcohol, no hydrogen peroxide, no tea tree oil.
        Cartilage (helix, conch, tragus) takes 6 to 12 months to heal fully; don't sleep on that side and don't change the jewellery before your downsize check.
        Tongue piercing swelling peaks around day 3 to 5. Ice chips and cold water help; spicy food, alcohol and smoking make it worse.
        Signs of infection: spreading redness, hot skin, green or yellow pus, fever. See a doctor and leave the jewellery in unless the doctor says otherwise.
        With the humidity here, wear loose cotton over fresh work and don't keep it wrapped in cling film all day; trapped sweat is the enemy.
        Sunblock only once the tattoo has fully healed (about 4 weeks). After that, SPF 50 every time it sees the sun or the colours fade.
        Navel piercings take 6 to 12 months; high-waisted jeans and car seatbelts are the usual irritants, so choose low-rise for a while.
        Free touch-up within 3 months for work done at our studio, as long as the aftercare above was followed.
        A blowout looks like a blurry blue halo around the lines. It is not an infection and will not spread; it can be lasered or worked into a cover-up.
        If the piece is on a knee, elbow or wrist, skip the gym for 48 hours; sweat and friction lift fresh ink.
        Bumps beside a nose stud are usually from knocking it, not infection. Hands off, keep up the saline, and come in to downsize the post when the swelling is gone.
    """),
    ("en", "studio policy and FAQ"): _lines("""
        We do not tattoo anyone under 18, with or without a parent. Bring your physical NRIC, passport or driving licence; photocopies and phone screenshots are not accepted.
        Piercings for ages 12 to 17 need a parent or legal guardian present with their own ID plus the minor's birth certificate or student pass.
        A S$100 deposit secures your slot and comes off the final price. It is non-refundable if you cancel with less than 48 hours' notice.
        We will refuse service to anyone who appears drunk or high, and the deposit is forfeited.
        Rates: minimum charge S$150, hourly S$220, full-day session S$1,400 for 6 hours. Prices exclude GST.
        Walk-ins Tuesday to Sunday, 1pm to 9pm. Closed on Mondays and on the first two days of Chinese New Year.
        Cover-up consults are free. Send a clear photo of the old tattoo in daylight and we will tell you honestly whether it can be covered or needs 2 to 3 laser sessions first.
        All starter jewellery is implant-grade titanium (ASTM F136) or solid 14k gold. We never pierce with a gun.
        Booking enquiries: WhatsApp our front desk at +65 6225 1808 or email bookings@ironlotustattoo.sg; we reply within one working day.
        Eat a proper meal before your session and bring water. Fainting happens far more often on an empty stomach.
        If you are on blood thinners, pregnant, breastfeeding, or have diabetes or a heart condition, tell your artist before we start; we may ask for a doctor's note.
        One free reschedule per deposit if you tell us at least 72 hours ahead; after that a new deposit is needed.
        Hand, neck and face tattoos are only done for clients who already have substantial work elsewhere. Please don't ask for a first tattoo on your knuckles.
        Signed consent forms are kept for 3 years in a locked cabinet and then shredded, in line with our PDPA data protection policy.
    """),
    ("en", "tattoo history and culture"): _lines("""
        Sailor Jerry (Norman Collins) worked out of Honolulu from the 1930s and helped bring brighter pigments and Japanese influences into American traditional tattooing.
        Horiyoshi III, the Yokohama tebori master, is best known for full-body irezumi and for his tattoo museum.
        In Stieg Larsson's The Girl with the Dragon Tattoo, Lisbeth Salander's dragon runs across her back, not her shoulder as in some film posters.
        Among the Iban of Sarawak, the bunga terung (eggplant flower) on the shoulder traditionally marks a young man setting out on his first bejalai journey.
        Atayal facial tattoos (ptasan) in Taiwan were banned under Japanese colonial rule in the 1910s; today the designs are revived mostly through art and photography.
        Hong Kong's Young and Dangerous films of the late 1990s made dragon-and-tiger back pieces a pop-culture shorthand for triad characters.
        Rihanna's tiny finger script tattoos set off a wave of finger tattoos that artists warn will blur and fade within a couple of years.
        Maori ta moko is a cultural mark of genealogy and status, and many studios in the region decline to copy moko patterns for non-Maori clients.
        Picosecond lasers break ink into smaller particles than older Q-switched lasers, so black usually clears in fewer sessions; yellow and white remain stubborn.
        The ancient Chinese punishment of tattooing the face of convicts (黥刑, qing xing) is one reason tattoos carried stigma in Chinese societies for centuries.
    """),
    ("en", "system records and specs"): _lines("""
        booking_api: slot_length_minutes: 60 | deposit_sgd: 100 | min_age_tattoo: 18 | min_age_piercing_with_guardian: 12 | reminder_hours_before: 24
        Invoice INV-SG-2024-10482 | Fine line tattoo, 2h | S$440.00 | GST 9% S$39.60 | Paid by PayNow to UEN 201912345K
        Cartridge reorder: 1207RLLT x 20 boxes, 1211RM x 10 boxes, 1005RS x 5 boxes; PO-7731 sent to supplier on 02/12.
        Jewellery spec: 16G (1.2 mm) x 8 mm labret, ASTM F136 titanium, internally threaded, lot TI-230715-08, autoclaved in sealed pouch.
        Parcel SF1482093377160 (ink restock, 6 bottles) out for delivery, estimated arrival 3-5pm.
        SELECT booking_id, slot_start, artist_id FROM bookings WHERE status = 'confirmed' AND slot_start::date = CURRENT_DATE ORDER BY slot_start;
        consent_form.schema: fields = [full_name, id_type, id_number, dob, mobile, emergency_contact, allergies, medication, placement, signature]; id_number masked to last 4 chars on export.
        Ink log: Lining Black LOT 0324-117 EXP 2027-03; Red Oxide LOT 1123-052 EXP 2026-11; SDS for both on file in the red binder.
        Autoclave cycle #0418, 134°C, 3.5 min hold, chemical indicator pass, Bowie-Dick pass, spore test due 09/12.
        Support ticket #ST-2291: POS terminal at front desk rejecting contactless payments since 11am; vendor replacing the reader on Thursday.
        Error 422 on /api/v2/consent: field "dob" must be a date before today minus 18 years for service_type=tattoo.
    """),
    ("zh-Hans", "纹身店规定与护理"): _lines("""
        纹身知情同意书 / 姓名：________ 证件号码：__________________ 出生日期：____年__月__日 / 本人确认已年满十八周岁，身体状况良好，自愿接受纹身服务。
        未满十八周岁者，本店一律不提供纹身服务，家长陪同也不可以，请勿为难前台。
        根据《未成年人文身治理工作办法》，任何企业、组织和个人不得为未成年人提供文身服务，也不得诱导、胁迫未成年人文身。
        以下情况请勿纹身：孕期或哺乳期、瘢痕体质、血糖控制不佳的糖尿病、凝血功能障碍、正在服用抗凝药、饮酒后。
        纹身后24小时内尽量不要碰水，之后用温水轻轻冲洗，纸巾按干，薄涂一层修复膏，不要涂太厚。
        定金200元，预约成功后不退；提前48小时以上改期，可保留定金一次。
        遮盖旧纹身时，新图案一般要比原图大三成以上、颜色更深，浅色是盖不住深色的，请理解。
        穿孔后三个月内不要自己换饰品，耳骨建议一直戴钛金属平底钉，别戴耳环耳圈。
        订单号 TS20241118-0457 已付款，款项为线稿设计费，设计稿48小时内通过私信发送。
        店内所有针头均为一次性无菌包装，用完即放入锐器盒，医疗废物由有资质的公司统一回收处理。
        问：纹身后能喝酒吗？答：建议至少一周内别喝，酒精会扩张血管，加重渗液和红肿。
        消毒记录：压力蒸汽灭菌器 第312锅次 134℃ 18分钟，化学指示卡合格，B-D测试通过。
        岳飞背上"尽忠报国"四字见于《宋史》，民间多传为岳母所刺，是中国最有名的刺字故事。
        店铺营业时间：周二至周日 12:00-21:00，周一店休，节假日照常营业，客服电话 400-820-3316。
    """),
    ("zh-Hant", "刺青店公告與衛教"): _lines("""
        本店依法不為未滿十八歲者刺青；未成年穿耳洞須由法定代理人陪同，並出示雙方身分證正本。
        刺青後兩週內請勿泡溫泉、游泳、洗三溫暖，也不要去海邊曬太陽。
        預約須先付訂金新台幣1,000元，作品完成後由尾款扣除，當日取消不退。
        農曆春節初一至初五公休，初六起正常營業，年前預約請提早。
        刺青後第三天起可能脫皮發癢，請勿摳抓，可擦無香料乳液，薄薄一層即可。
        穿鼻環後六個星期內唔好自己除，有少少瘀腫係正常，清洗用生理鹽水就得。
        《水滸傳》中九紋龍史進身刺九條青龍，浪子燕青一身花繡，是古典小說中最有名的刺青人物。
        想遮蓋舊圖的朋友，請先拍清楚的照片私訊粉專，我們會評估是否需要先做雷射淡化。
        本店色料皆附原廠批號與安全資料表（SDS），有需要可向櫃台索取。
        請於預約時間前十分鐘到店，遲到超過三十分鐘視同取消，訂金不退。
        常見問題：刺青痛不痛？手臂外側、小腿外側較不痛；肋骨、腳背、手肘內側比較痛。
        統一發票 ZX-48102937，金額 NT$6,500，品項：刺青服務一式，已開立並上傳載具。
        傷口如果發燒、流膿或紅腫一直擴大，請盡快求醫，唔好自己擠，亦唔好亂塗藥膏。
        訂位熱線：(02) 2771-5830，營業時間週二至週日下午一點至晚上十點。
    """),
    ("ms", "notis studio dan penjagaan"): _lines("""
        Pelanggan bawah 18 tahun tidak dibenarkan bertatu. Tindik telinga bagi bawah 18 tahun perlu ditemani ibu bapa atau penjaga sah yang membawa MyKad.
        Deposit RM100 diperlukan untuk setiap tempahan dan tidak akan dikembalikan jika dibatalkan kurang 48 jam sebelum temujanji.
        Jangan berenang di kolam atau di laut selama dua minggu selepas bertatu.
        Cuci tindikan dua kali sehari dengan larutan garam steril dan jangan pusing-pusingkan barang kemas.
        Studio tutup selama tiga hari sempena Hari Raya Aidilfitri; tempahan dalam talian dibuka semula selepas cuti.
        Kami hanya menggunakan jarum pakai buang, dan autoklaf diuji setiap minggu dengan ujian spora.
        Tatu penutup (cover-up) biasanya perlukan reka bentuk yang lebih besar dan lebih gelap daripada tatu lama.
        Soalan: Boleh bertatu kalau ada kencing manis? Jawapan: Boleh jika gula darah terkawal, tetapi dapatkan nasihat doktor dahulu dan beritahu artis.
        Harga tindik cuping telinga RM60 termasuk barang kemas titanium; tindik hidung RM90; tindik heliks RM110.
        Hubungi kaunter kami di 03-2141 8890 (Isnin hingga Sabtu, 12 tengah hari hingga 9 malam).
        Invois INV-2025-00731: sesi tatu 4 jam, RM1,200, dibayar penuh melalui DuitNow QR.
        Bengkak sedikit dan darah keluar pada hari pertama adalah perkara biasa, jangan panik.
        Tatu tradisional Iban seperti bunga terung di bahu melambangkan permulaan perjalanan bejalai seorang lelaki muda.
        Selepas bertatu, semak dengan Pusat Darah Negara berapa lama perlu tunggu sebelum boleh menderma darah.
    """),
    ("mixed", "front desk chat and ops"): _lines("""
        Boss, the 3pm slot tmr still available anot? Want to do small fine line only, like 5cm.
        今天 walk-in 很多，先做完耳洞的再做 tattoo，大家排一下 queue ok?
        Stock check: 1207RL cartridges tinggal 2 box, 9M1 still ok, lining black 1 bottle left, please order before Friday.
        明天如果掛八號風球 studio 會關門，all bookings auto shift 去下星期，訂金唔使擔心。
        Reminder to all artists: consent form must be signed BEFORE stencil, not after. No form no tattoo, 冇得傾。
        Lobe piercing promo RM49 this weekend only, titanium flat back included, walk-in je.
        Customer tanya boleh tak tattoo atas parut keloid, jawapan standard: tak boleh, refer doktor dulu.
        今日嘅 booking sheet 已經 update 咗喺 shared drive，請各位自己 check 下自己個 slot。
        Sterilisation pouch 90x260mm running low, order code STP-9026, supplier says delivery 2-3 days.
        Anyone know the rule for piercing a 16 year old in Taiwan? 要法定代理人同意書 right?
        Cover-up 的 consult 一律先收 photo，唔好即場報價，老細講咗好多次。
        Kalau customer datang mabuk, jangan layan, cakap baik-baik suruh datang hari lain.
        Christmas flash day 24/12: 20 designs, S$120 each, first come first served, 不接受預約。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        CONSENT FORM | Name: TAN WEI LING | NRIC: S8834126J | DOB: 12/03/1988 | Mobile: 9127 4406 | Medication: warfarin (AF), artist informed | Placement: left forearm, botanical fine line
        Walk-in refused 14/11: Marcus Lim Jun Hao said he was 18, but his IC T0863517F shows he only turns 18 on 3 Dec. Told him to come back after that.
        Booking: Priya d/o Raman, 2 Dec 3pm, helix + forward helix, deposit S$40 received by PayNow from 8823 1975.
        Cover-up notes for Jason Ong: wants his ex-wife's name MICHELLE on the right wrist covered with a peony, says the divorce went through last month. Session 2 of 3 on 18 Jan.
        Allergy flag: Ms Chloe Fernandes reacted to red pigment on her 2019 piece, so patch test red before Saturday. Contact chloe.fernandes88@gmail.com.
        Refund request from Kenneth Yeo (kenneth.yeo.sg@outlook.com): has to cancel because chemo starts next week, asking us to waive the 48h rule. Approved by manager.
        Follow-up call: Mr Wong Ka Ho, HKID Y305827(A), septum done 3 Nov, now swollen with yellow discharge; told him to see a GP today. Tel 9436 2851.
        No-show charge: card on file Visa 4835 1620 7734 9158 exp 08/27, cardholder DANIEL KOH, charged S$100 for missed 22/11 slot.
        Incident report 22/11: Amanda Seah fainted about 40 min into her rib session, came round in under a minute, then told us she skipped lunch and is 9 weeks pregnant. Session stopped, no charge.
        Age check log | 30/11 | lobe piercing x2 | minor: Ethan Chua, 14 | guardian: father Chua Boon Kiat, NRIC S7712859Z | birth cert sighted
        Please post the free aftercare kit to Harpreet Kaur, Blk 412 Bedok North Ave 2 #07-115, Singapore 460412. She has been waiting a week.
        Tagged @ryan.tattoo.diary in the healed photo; Ryan said it's fine to post his memorial piece for his late grandma as long as we don't mention the hospice.
        Deposit refund S$100 to DBS 120-345678-9, account holder Benjamin Ho, since we had to cancel when the artist got sick.
        Doctor's memo on file: Loh Kai Xin, 32, type 1 diabetic on insulin pump, HbA1c 6.8%, fit for a tattoo on the upper arm, avoid feet and lower legs.
        Tourist walk-in: LIN YU-TING, Taiwan ID A227358160, small cat on right ankle, paid cash S$180, staying at a hotel in Bugis till Sunday.
        Regular client Farouk Ismail (9310 5572) asked us not to post his back piece online because his employer, a bank in Raffles Place, does not allow visible tattoos.
    """),
    "zh-Hans": _lines("""
        纹身知情同意书 姓名：陈思雨 身份证号：440106200302115623 手机：138 2716 4590 部位：右锁骨 图案：英文字母 本人无过敏史、未怀孕
        顾客王浩然（身份证 31010420010917083X）约了12月8日下午两点遮盖旧纹身，原图是前女友的名字，定金200已付。
        【售后回访】刘佳怡，耳骨穿孔第10天，红肿流脓，已建议她去医院看，电话 159 0213 6628。
        拒绝记录 11/20：一名男生自称张子轩，学生证显示在深圳外国语学校读高二，未成年不接，已打电话通知他爸爸张伟 186 7732 0914。
        退定金申请：黄梓涵，微信号 hzh_0923kiki，原因是刚做完心脏支架手术，正在吃抗凝药，不能纹身。
        寄件地址：福建省厦门市思明区莲前西路188号3栋1502 林子健 收 13850129947（护理膏+备用钉）
        店长备注：周敏，女，27岁，第三次来补色，她说自己是瘢痕体质，上次手腕那块已经凸起来了，以后别接她的单。
        支付宝收款记录：付款人 杨帆 账号 yangfan.1999@163.com 金额 ¥1,800 备注：背部锦鲤第二次
        身份核验不通过：顾客李晓峰出示的身份证 350203199607041513 与本人长相明显不符，疑似借用他人证件，已拒绝服务。
        赵雅琪（QQ 2837465190）说纹身后全身起疹子，要求赔偿医药费620元，附了医院的过敏诊断书。
    """),
    "zh-Hant": _lines("""
        刺青同意書｜姓名：林怡君｜身分證字號：E226047180｜生日：民國84年6月3日｜手機：0912-384-756｜部位：左腳踝｜過敏：無
        未成年穿耳洞：吳宥辰，16歲，台中一中高一，由母親陳美玲陪同，母親身分證 H231590744，已簽法定代理人同意書。
        LINE ID: peggy_0815 黃佩琪 預約週六下午兩點 手腕小字，訂金已匯款，帳號末五碼 38271。
        陳嘉欣小姐（HKID M716094(7)）今日穿肚臍環，佢話有濕疹，用緊類固醇藥膏，已提醒避開患處。
        客訴：張志明先生說上週在本店刺的龍圖暈色，要求免費重做，電話 0935 227 418，住新北市板橋區文化路二段182巷7號4樓。
        退款匯款：郵局 700 帳號 0001234-0567891 戶名 蔡承翰，退回訂金 NT$2,000，因車禍住院無法赴約。
        何志強 6578 3421，IG @kc_ho.ink，想遮背脊舊紋身，約咗12月14號下晝3點 consultation。
        客人鄭雅婷說阿嬤上個月過世，想把阿嬤手寫的「平安」兩個字刺在手腕內側，這週三下午來。
        證件影本備註：劉冠宇 R138720549，89年次，已滿18，可刺青，監護人欄免填。
        跟進：梁詠詩（Z540218(3)）上星期穿耳骨，而家發炎，已叫佢去睇家庭醫生，手提 9123 8876。
    """),
    "ms": _lines("""
        Borang Persetujuan | Nama: MUHAMMAD HAFIZ BIN ROSLAN | No. KP: 951108-01-5617 | Tel: 016-742 3391 | Tindik: hidung kiri | Alahan: nikel
        Puan Kavitha a/p Subramaniam telefon dari 012-889 4150, anak dia Shalini umur 15 nak tindik telinga Sabtu ni, dia datang sekali bawa surat beranak.
        Encik Lim Kok Seng minta refund deposit RM150 sebab masuk wad denggi, akaun Maybank 1140 2239 8765.
        Pelanggan Nurul Syafiqah binti Hamzah, 19 tahun, pelajar UiTM Shah Alam, buat tatu kecil belakang telinga dan minta kami rahsiakan daripada keluarga.
        Alamat penghantaran: Farah Diyana, No. 27, Jalan SS 2/64, 47300 Petaling Jaya, Selangor. Kit penjagaan + anting titanium ganti.
        Ditolak 23/11: Danish bin Azlan, MyKad tunjuk lahir 14/06/2010, nak buat tatu nama awek. Ayah dia sudah dimaklumkan di 019-552 8104.
        Emel daripada aidil.rahman92@yahoo.com: Saya Aidil, tatu lengan kiri bengkak dan bernanah selepas 5 hari, doktor klinik bagi antibiotik, boleh dapat refund?
        Sesi cover-up untuk Encik Ganesh s/o Muthu: tutup tatu geng lama di lengan sebab dia baru keluar penjara dan nak cari kerja. Sesi 2 daripada 3 pada 7 Dis.
    """),
    "mixed": _lines("""
        eh the ah beng with the full sleeve, his number 9682 1147 right? he still owe us $300 balance since Oct leh, chase him pls
        IG DM from @siti_nabila_: hi nak book septum for my bday 21 Dec, I'm Siti Nabila, 17 tahun, parents tak tau tau 🤫
        今日 walk-in: Kelvin Tan Jia Le, 20yo, NUS year 2, 想 tattoo 佢阿媽個名 on chest, 佢阿媽上個月走咗, phone 8734 2091
        Client Arjun Nair, FIN G5187302K, wants a hand tattoo, told him check with his employer first because his work permit company is strict.
        Jess Ho from Ipoh, 28, helix + tragus, paid RM180 via TnG eWallet 011-2398 4471, minta resit hantar WhatsApp.
        Don't take booking from Chong Zhi Wei (telegram @zhiwei_tatt2) again lah, he chargeback his Mastercard 5264 1890 3372 6044 twice, bank case still open.
        Reminder: 下星期二 Cheung Wing Yan 做 half sleeve 第二 session, 佢話食緊 Roaccutane, 唔做得, call 佢 6312 0958 改期.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for Iron Lotus Tattoo, Singapore. Collect consent details before confirming a slot.",
        ),
        ("user", "Hi, want to book the Saturday 2pm slot for a small script tattoo on my ribs."),
        (
            "assistant",
            "Sure! Please send your full name as on your NRIC, your NRIC number, date of birth and mobile number for the consent form.",
        ),
        (
            "user",
            "Goh Shu Min, S9261047J, 5 Aug 1992, 9745 0382. Btw I have mild asthma, is that a problem?",
        ),
        (
            "assistant",
            "Thanks Shu Min, your slot is held. Mild asthma is usually fine; just bring your inhaler and let the artist know.",
        ),
    ],
    [
        ("user", "我上周在你们店纹了个小腿的图，现在有点渗液，正常吗？"),
        (
            "assistant",
            "头三天少量渗液是正常的，如果超过一周还在渗或者红肿发热，要去医院看一下。方便留下姓名和电话吗？我们让师傅回访。",
        ),
        (
            "user",
            "我叫郑嘉豪，电话 137 6021 8853，另外我有乙肝小三阳，之前忘了跟师傅说，会不会有影响？",
        ),
        ("assistant", "谢谢告知，师傅会记录在您的档案里并跟进。"),
    ],
    [
        ("user", "您好，我想幫女兒預約穿耳洞，她今年13歲。"),
        ("assistant", "未成年需要法定代理人陪同並帶雙方證件正本，請提供家長與小朋友的姓名。"),
        (
            "user",
            "我是她爸爸許志偉，身分證 F128460939，女兒叫許芷晴，讀國小六年級，我的 LINE 是 chihwei.hsu0721。",
        ),
        ("assistant", "好的，許先生，已暫時保留週日上午十一點，請記得帶女兒的戶口名簿或健保卡。"),
    ],
    [
        (
            "user",
            "Salam, saya nak minta refund deposit sebab tak jadi tatu, doktor kata saya mengandung.",
        ),
        ("assistant", "Tahniah! Boleh berikan nama penuh dan nombor akaun untuk refund?"),
        (
            "user",
            "Nama saya Nor Azlina binti Che Mat, akaun CIMB 7002 8841 5390, IC 880203-08-6124. Deposit RM100 hari tu.",
        ),
        ("assistant", "Baik Puan Nor Azlina, refund RM100 akan diproses dalam 3 hari bekerja."),
    ],
    [
        ("user", "hi 我想遮咗手臂上面個名, 係前度個名 'KELLY' 嚟"),
        ("assistant", "冇問題，可以 send 張相嚟先，我哋睇下大細同顏色。點稱呼你同聯絡電話？"),
        (
            "user",
            "Alex Chan Tsz Chun, 9871 3304, 張相等陣 WhatsApp 你. 我下個月結婚 所以想快啲整走佢",
        ),
        ("assistant", "收到 Alex，我哋會喺兩日內回覆評估結果。"),
    ],
    [
        ("system", "Internal assistant for studio staff. Help draft client messages."),
        (
            "user",
            "Draft a short email to Rachel Sim (rachel.sim.ly@gmail.com). Her conch piercing from 15 Nov looks infected in the photo she sent, she says she has a fever.",
        ),
        (
            "assistant",
            "Subject: Your conch piercing / Hi Rachel, thank you for the photo. With a fever and that redness, please see a doctor today and keep the jewellery in until they advise otherwise. Let us know how it goes. / Iron Lotus Tattoo",
        ),
        ("user", "Add that we'll waive the downsize fee when she comes back."),
    ],
    [
        ("user", "帮我看下这个身份证能不能做纹身：110108199901283320，客人叫孙诗涵。"),
        (
            "assistant",
            "出生日期是1999年1月28日，已满18周岁，可以做。请核对证件照片和本人是否一致。",
        ),
        ("user", "好的，她说她在吃抗抑郁药舍曲林，这个要不要医生证明？"),
        ("assistant", "建议请她先咨询主治医生，并在同意书上如实填写用药情况。"),
    ],
    [
        (
            "user",
            "My son Joel turns 18 next week, can he get his first tattoo this Friday if I come with him?",
        ),
        (
            "assistant",
            "Sorry, for tattoos the client must already be 18 on the day, even with a parent. Friday after his birthday is fine.",
        ),
        (
            "user",
            "OK. Then book Joel Pereira for 13 Dec 4pm. I'm his mum, Sandra Pereira, 8126 7719. His NRIC is T0841296G if you need it for the form.",
        ),
        (
            "assistant",
            "Booked Joel for 13 Dec 4pm under your number. Please have him bring his physical NRIC.",
        ),
    ],
    [
        (
            "user",
            "Hi boss, me and my fiancée want matching tattoo before our nikah on 18 Jan, boleh?",
        ),
        ("assistant", "Boleh! Nama dan nombor telefon untuk tempahan?"),
        (
            "user",
            "Haziq bin Zulkifli 017-264 9083 and Aina Sofea binti Ramli 013-701 5526. Small crescent on wrist, both. Family tak tahu lagi so please jangan post IG.",
        ),
        ("assistant", "Noted, 11 Jan 2pm for both, and we won't post anything online."),
    ],
    [
        ("user", "想俾訂金 book 下個禮拜六做 back piece 嘅 line work"),
        ("assistant", "可以，訂金 HK$1,000，可以用信用卡或者轉數快。請提供姓名。"),
        ("user", "李家明，張卡係 4532 7511 8062 9435，到期 11/28，HKID K482613(2) 使唔使？"),
        ("assistant", "唔使畀身份證號碼住，當日帶正本嚟核對年齡就得。訂金已收，多謝李生。"),
    ],
]
