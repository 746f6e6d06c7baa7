# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat164: chats with an assistant about one's own tattoo, piercing or cosmetic-procedure regrets (removal costs, infections, a parent's anger, employer dress codes, complaints against studios). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat164
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "studio_aftercare_faq"): _lines("""
        Q: How long before I can swim after a new tattoo? A: Wait at least 14 days and skip chlorinated pools; for anything else WhatsApp our front desk at +65 8126 4410 (Mon-Sat, 12pm-9pm).
        Q: Is redness on day 3 normal? A: Mild redness and warmth are expected for up to 72 hours; spreading redness, pus or a fever above 38°C means see a GP or go to the Tan Tock Seng Hospital A&E.
        Q: Can I get a refund if I change my mind about the design? A: The S$100 deposit is non-refundable but can be moved once with 48 hours' notice, per our studio policy v3.2 dated 1 March 2026.
        Q: Do you cover up old lettering? A: Yes, cover-up consultations cost S$50 and are credited to the session; bring a clear photo of the existing piece in daylight, no filters please.
        Q: What jewellery do you use for new piercings? A: Implant-grade titanium to ASTM F136 only; our standard helix stud is 16G x 6mm, SKU TI-F136-HLX-06, restocked every Tuesday.
        Q: Where are you located? A: Ink Harbour Studio, 51 Haji Lane #02-01, Singapore 189244, five minutes from Bugis MRT exit B. UEN 201734512K, licensed since 2017.
        Q: Do you tattoo hands, neck or face? A: Only for clients aged 21 and above who already have other work, because many employers in banking and aviation still restrict visible ink.
        Q: Which numbing cream is allowed? A: We accept EMLA 5% applied 45 minutes before the session, but not creams bought from unlicensed sellers online; tell the artist before we start.
        Q: How do I raise a complaint? A: Email care@inkharbour.sg with your booking reference (format IH-2026-04-1187) and photos of the healed area; we reply within 3 working days.
        Q: Can laser removal fully erase a tattoo? A: Most black ink fades over 6 to 12 sessions spaced 8 weeks apart; green and light blue are stubborn, as any PicoWay or PicoSure clinic will tell you.
        Q: Are Sailor Jerry designs free to copy? A: Norman Collins' 1940s flash is widely reproduced, but we redraw every piece and never copy a living artist's work without permission.
        Q: Do you pierce minors? A: Ear lobes only for ages 12 to 17, with a parent present holding an original NRIC or passport; the parent signs consent form PF-07 at the counter.
        Q: Are you open on public holidays? A: Closed on Hari Raya Puasa and the first two days of Chinese New Year; on other holidays walk-ins run 1pm to 7pm, last entry 6:15pm.
    """),
    ("en", "booking_app_logs_and_config"): _lines("""
        2026-03-14T10:22:07+08:00 INFO booking.create id=BK-88412 studio=IH-SG-01 service=laser_removal_session price_sgd=280.00 slot=2026-03-21T15:00 status=PENDING_DEPOSIT
        2026-03-14T10:22:09+08:00 WARN payment.webhook retry=2 provider=stripe event=evt_3PqL9dK2eZvjLkT81c4mQx0a reason=timeout_after_30000ms
        2026-03-14T10:31:44+08:00 ERROR consent_form.render template=consent_piercing_v4.html missing_field=guardian_signature booking=BK-88419 build=2.18.3 commit=7f3c9a1e
        config: clinic.timezone = Asia/Kuala_Lumpur; clinic.currency = MYR; laser.max_sessions_per_day = 14; reminder.sms_sender_id = DERMALUXE
        DEFAULT_CLIENT = {'name': 'Jane Doe', 'phone': '+65 9000 0000', 'email': 'jane.doe@example.com'}  # placeholder for unit tests only, never shipped
        SELECT studio_id, COUNT(*) AS complaints FROM tickets WHERE category IN ('infection','scarring','wrong_design') AND created_at >= '2026-01-01' GROUP BY studio_id;
        booking_id,studio_id,service_code,artist_id,session_no,pigment_lot,laser_wavelength_nm,fluence_j_cm2,spot_mm,created_at
        2026-05-02 18:40:55 INFO inventory.low sku=NEEDLE-RL-1207 lot=L2403-118 remaining=36 reorder_qty=500 supplier=Kingpin Tattoo Supply
        sha256(aftercare_leaflet_en_v7.pdf) = 3b9f0c1e5a7d42c8e6f1b0a9d3c7e5f2a4b6c8d0e1f3a5b7c9d2e4f6a8b0c1d3 uploaded by cms-bot 2026-02-10 09:03 SGT
        feature_flags: show_removal_cost_estimator=true; estimator.rate_per_sq_inch_myr=85; estimator.min_charge_myr=250; estimator.colour_multiplier=1.4
        2026-06-18T21:05:13Z INFO sms.send template=APPT_REMINDER_24H to=[redacted] sender=INKHARBOUR segments=1 gateway_msg_id=SM7c1e44a09b2f
        Release notes 3.4.0: added PDPA consent checkbox to the walk-in kiosk, fixed the timezone bug for the Macau branch (Asia/Macau), bumped Django to 4.2.16.
        curl -X POST https://api.inkharbour.sg/v2/quotes -d size_cm=8 -d colours=black,red -d placement=forearm -d service=removal  # returns quote_id like Q-5532-AX
    """),
    ("zh-Hans", "洗纹身价目表"): _lines("""
        【2026年春季价目表】皮秒激光洗纹身（黑色，5×5厘米以内）单次980元，10×10厘米以内单次1680元，彩色墨水另加30%，首次面诊免费，具体以医生评估为准。
        深圳南山澜肤医疗美容门诊部（统一社会信用代码91440300MA5G8K2Q7N）温馨提示：洗纹身属于医疗美容项目，请认准《医疗机构执业许可证》后再消费。
        眉部纹绣修复：激光洗眉单次480元，三次疗程套餐1280元；半永久眼线去除单次580元，术后需间断冰敷24小时，两次疗程间隔不少于6周。
        穿孔项目：标准耳垂120元/对（含医用钛钉），耳骨180元/个，鼻翼220元，肚脐260元；未满18周岁须由监护人陪同到店并出示户口本原件。
        咨询热线400-820-6617，营业时间周一至周日10:00-21:00；地址：上海市静安区南京西路1266号恒隆广场二期18楼，地铁2号线南京西路站步行5分钟。
        疤痕修复套餐：点阵激光改善洗纹身后的色素沉着，单次1200元，五次疗程4800元，赠送医用修复敷料两盒（产品批号20260312），数量有限送完即止。
        注：以上价格均含税，可开具增值税普通发票；美团团购券请在预约时报券码，券码以MT开头共12位，过期券不予退款，节假日不加价。
        计价说明：纹身面积按最长边×最宽边计算，不足1平方厘米按1平方厘米计；手指、颈部、耳后等特殊部位加收20%操作费，遮盖重纹另行报价。
        会员储值规则：充值5000元赠送600元，储值金额不可提现，有效期自充值之日起24个月；会员卡转让须到店办理，收取手续费50元。
        店内文化墙：“岳母刺字，精忠报国”的典故流传八百余年，本店展出书法复刻作品仅供欣赏，洗纹身与遮盖项目不受理任何宗教或政治类图案设计。
        麻药说明：表面麻醉膏需术前45分钟涂抹，每次加收60元；孕期、哺乳期、瘢痕体质及正在服用抗凝药物者不建议进行激光洗纹身项目。
        成都锦江区分店开业优惠：2026年5月1日至5月31日，小面积洗纹身首单立减200元，每个微信账号限用一次，本活动最终解释权归本门诊部所有。
        术后护理包：医用凡士林20克装18元，无菌敷贴10片装25元，重组人表皮生长因子凝胶35元，均可在前台扫码购买，不单独提供邮寄服务。
    """),
    ("zh-Hans", "电商商品页"): _lines("""
        【官方旗舰店】纹身修复膏50g 无香料配方，适用于新纹身及穿孔后护理，质地类似 Hustle Butter，月销2万+，SKU：MY-HB-050，下单48小时内从义乌仓发货。
        医用钛合金耳骨钉 ASTM F136 标准 16G 内螺纹，长度6/8/10mm可选，单颗19.9元，满3件包邮，顺丰单号发货后可在订单详情页查询。
        纹身遮瑕贴 肤色超薄款 10片装，防水防汗12小时，面试、上班、见家长必备，单片尺寸13×8.5cm可随意裁剪，敏感肌请先在耳后试贴。
        德国进口 Bepanthen 拜耳贝乐欣 修护软膏 30g，海外直邮，跨境电商综合税已包含，保质期至2028年3月，支持七天无理由退换（未拆封）。
        一次性纹绣眉笔刀片 18针U型 100片盒装，仅供持证纹绣师使用，型号SP-18U-100，包装盒印有生产批号B26031与灭菌日期2026-03-05。
        商品评价（匿名用户）：遮盖效果很好，手臂上的小图案基本看不出来，就是夏天出汗边缘会翘起，建议配合定妆喷雾一起使用，会回购。
        订单号 2026041712345678901，商品：穿孔护理生理盐水喷雾 100ml×2，实付39.80元，物流：中通快递 78563412098765，状态：已签收。
        不是周杰伦同款！本店只卖正版授权周边：《七里香》专辑封面图案临时纹身贴，一套6张，持续3至5天，可用卸妆油轻松清除，拍下后48小时内发货。
        一次性无菌纹身针 RL/RS/M1 混装 50支，环氧乙烷灭菌，灭菌批号EO260218，有效期3年，拆封后禁止重复使用，医疗废物请按规定处理。
        温馨提示：本店不销售激光洗纹身仪器，网上售卖的所谓家用洗纹身笔未取得医疗器械注册证，使用可能导致烫伤和永久性瘢痕，请勿轻信。
        店铺信息：杭州墨愈生物科技有限公司，统一社会信用代码91330106MA2KD7XW3L，客服邮箱service@moyubio.cn，客服电话0571-8697 2210。
        规格参数：净含量15ml｜主要成分：泛醇、积雪草提取物、透明质酸钠｜适用：纹身后第3天起｜化妆品备案编号：浙G妆网备字2025018876。
        买家秀活动：晒出护理前后对比图（请勿露脸及露出任何证件）即可返现5元，参与方式见商品详情第4张图，活动编号HD-20260601，限前500名。
    """),
    ("zh-Hant", "店家評論"): _lines("""
        ★★★★★ 旺角西洋菜南街的「墨島刺青工作室」環境乾淨，針具全部當面拆封，報價一開始就講清楚，不會做到一半加錢，值得推薦給第一次紋身的人。
        ★★☆☆☆ 台北東區這家穿孔店預約系統常常當機，現場等了四十分鐘才輪到，耳骨打完隔天腫得很厲害，打電話去店裡只說是正常現象，服務態度有待加強。
        ★★★★☆ 銅鑼灣記利佐治街那間雷射診所收費透明，皮秒每次港幣1,800，護士解釋得很仔細，唯一缺點是週末很難約，最好提早三星期預約。
        ★☆☆☆☆ 澳門新馬路附近的紋繡店，說好是霧眉結果變成兩條粗黑線，要求退款被拒，已經向消委會投訴，奉勸大家做之前一定要先看真實作品。
        ★★★★★ 台中「阿樂刺青」老字號，師傅做遮蓋很有一套，把十年前的舊圖案蓋成一隻錦鯉，完全看不出原本的字，價格大約新台幣一萬二，很划算。
        ★★★☆☆ 荃灣這家店的穿孔師傅技術不錯，但店內不收信用卡，只收現金和轉數快（FPS ID 1690 2273），而且要先付全數，有點不方便。
        ★★★★★ 高雄新興區的雷射除刺青診所，醫師會先試打一小塊再決定能量，總共做了七次，收據都有印診所統一編號24681357，報帳很方便。
        ★★☆☆☆ 信義區那家網紅刺青店 IG 照片都修過圖，實際線條抖得很明顯，客服信箱 hello@inkcloud.tw 寄了兩次都沒回，個人不推薦。
        ★★★★☆ 尖沙咀加連威老道的美容中心做激光去眉，店員推銷療程有點進取，但價錢寫得清楚，單次HK$680，四次套票HK$2,380，不會亂加價。
        ★★★★★ 推薦板橋這家店，器械全部高壓滅菌，每一包都有滅菌指示膠帶和日期，地址在新北市板橋區文化路一段188號3樓，捷運新埔站步行三分鐘。
        ★☆☆☆☆ 旺角這個打耳洞攤位用穿耳槍打耳骨，網上已經有不少人打完發炎要去急症室，奉勸大家耳骨一定要用空心針，千萬不要貪便宜。
        ★★★★☆ 新竹竹北的「Ms. Lily 紋繡美學」做眉毛修復很細心，價目表直接貼在牆上，LINE官方帳號 @mslilybrow 預約回覆很快，停車也方便。
        ★★★☆☆ 中環那間刺青酒吧風格很酷，播的都是 Beyond 和黃家駒的歌，但洗手間沒有洗手液，衛生方面真的要加強，而且收費偏貴。
    """),
    ("zh-Hant", "法規與公告"): _lines("""
        依《醫療器材管理法》規定，皮秒雷射及Q開關雷射屬醫療器材，應由醫師或在醫師指示下之醫事人員操作，一般美容院不得自行執行雷射除刺青。
        香港衞生署提醒市民：進行高風險醫學美容程序（包括使用雷射及強脈衝光）前，應先確認執行者是否註冊醫生，可於香港醫務委員會網站查閱名冊。
        紋身業衛生管理重點：業者應使用一次性針具，色料須有完整標示，服務前應以書面告知消費者術後照護事項及可能之感染風險，並保存服務紀錄。
        澳門衛生局提示：未經許可不得以醫學美容名義提供注射或雷射服務，市民如發現懷疑非法行醫，可向衛生局或治安警察局舉報，熱線28 313 731。
        香港消費者委員會投訴及諮詢熱線 2929 2222；如與紋身店或美容院就預繳式療程產生糾紛，可攜同收據、合約及付款紀錄到諮詢中心查詢。
        公告：本中心自2026年7月1日起，所有穿孔服務須出示身分證明文件核對年齡，核對後即時歸還，不作影印或留存，敬請顧客配合。
        部分縣市自治條例要求，業者為未滿十八歲者提供紋身或穿孔服務前，應取得法定代理人書面同意，違者得依條例處以罰鍰並限期改善。
        食品藥物管理署提醒：紋身色料及相關產品應向合法業者購買，含重金屬或禁用成分之產品請勿使用，可至食藥署網站 www.fda.gov.tw 查詢相關資訊。
        依《個人資料保護法》第8條，店家蒐集顧客資料時應明確告知蒐集目的、資料類別、利用期間、地區及對象，顧客並得請求查詢、更正或刪除。
        依香港《個人資料（私隱）條例》保障資料第3原則，美容院未經當事人訂明同意，不得將顧客療程前後照片用於宣傳等新目的，違者可被私隱專員發出執行通知。
        服儀規定說明：雇主如以工作規則限制員工外露刺青或穿環，應與工作性質有合理關聯並事先公告，員工對規定有疑義者可向地方勞工主管機關諮詢。
        澳門消費者委員會提示：簽訂美容療程套票前，應先確認退款條款及服務期限，熱線8988 9315，辦公時間週一至週五9:00至17:45。
        緊急處理指引：穿孔後出現發燒、傷口流膿或紅腫範圍迅速擴大，應停止自行處理並盡快求醫；在香港可致電1823政府熱線查詢普通科門診資訊。
    """),
    ("ms", "notis_kod_pakaian"): _lines("""
        NOTIS KAKITANGAN: Berkuat kuasa 1 Julai 2026, tatu yang kelihatan di lengan, leher dan muka hendaklah ditutup sepenuhnya semasa bertugas di kaunter pelanggan.
        Kakitangan wanita dibenarkan memakai sepasang subang kecil di cuping telinga sahaja; tindikan hidung, lidah dan kening tidak dibenarkan di kawasan penyediaan makanan.
        Baju lengan panjang atau pelekat penutup tatu warna kulit boleh dituntut melalui borang HR-07, had RM60 setahun bagi setiap kakitangan, dengan resit asal.
        Rujukan: Manual Pekerja Langit Biru Aviation Berhad (No. Syarikat 199701023456), Bahagian 4.3 Penampilan Diri, semakan ke-5 bertarikh 15 Mac 2026.
        Sebarang pertanyaan berkenaan kod pakaian boleh diajukan kepada Jabatan Sumber Manusia di talian 03-7722 5100 sambungan 214 atau emel hr.policy@langitbiru.com.my.
        Kakitangan yang mempunyai tatu atas sebab agama atau budaya boleh memohon pengecualian secara bertulis; permohonan akan diputuskan dalam tempoh 14 hari bekerja.
        Pekeliling Bil. 3/2026: Juruterbang dan anak kapal dilarang mempamerkan tatu ketika berpakaian seragam, termasuk di lapangan terbang dan hotel penginapan kru.
        Pelajar kolej kejururawatan tidak dibenarkan memakai barang kemas tindikan semasa latihan klinikal di wad bagi mengelakkan jangkitan silang; rujuk Garis Panduan Latihan 2025.
        Untuk jawatan di cawangan bank, calon temu duga dinasihatkan menutup tatu dan menanggalkan tindikan selain subang telinga; perkara ini tidak menjejaskan penilaian kelayakan.
        Pihak pengurusan Hotel Seri Pantai, Jalan Pantai Baharu, 59200 Kuala Lumpur mengingatkan semua petugas bufet supaya menutup tatu dengan sarung lengan hitam yang disediakan.
        Soalan Lazim: Adakah tatu di belakang telinga perlu ditutup? Jawapan: Ya, jika kelihatan jelas ketika rambut diikat; gunakan plaster penutup saiz 5 x 7 cm daripada stor.
        Pelanggaran kod pakaian kali pertama diberi amaran lisan, kali kedua amaran bertulis, dan kali ketiga dirujuk kepada Jawatankuasa Tatatertib mengikut Seksyen 9 Manual Pekerja.
        Kemas kini kod pakaian ini telah dibincangkan bersama kesatuan sekerja pada mesyuarat 22 Mei 2026 dan dipersetujui tanpa bantahan; salinan penuh ada di portal intranet.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Guys, the 3pm laser removal cancel already, slot 15:00-16:00 now open, boleh tolong update dalam booking system tak? 我等下要去拿货 from the supplier.
        提醒大家：autoclave 今天的 test strip 已经换新, lot no. ST-2605-44, 每个 cycle 都要记录 121°C and time, jangan lupa sign the log book.
        Stock update: 16G titanium labret tinggal 12 pcs je, I already send PO-2026-0517 to supplier, ETA Thursday. 这两天先用 14G 的顶住。
        Boss cakap mulai minggu depan semua consent form kena scan masuk Drive folder Consent 2026, paper copy simpan dalam locker 3 bulan then shred.
        Our Google rating dropped to 4.3 after that eyebrow complaint, 老板说 reply 要 polite, jangan sebut apa-apa detail customer in public ya.
        FYI the new Pico laser machine serial PW-2211-0087 servicing by vendor on 12 June, 10am-1pm, so no removal booking that morning ok, 记得 block calendar.
        Printer kat kaunter rosak lagi, invoice INV-2026-00871 sampai INV-2026-00879 kena print semula esok, 收据本先用手写的 ya, nanti saya key in.
        明天 walk-in 肯定很多因为快 Chinese New Year, we need 2 people at front desk from 12pm, siapa boleh swap shift dengan afternoon team?
        Reminder: WhatsApp Business line 011-2345 8800 jangan guna untuk personal chat, semua enquiry kena reply dalam 2 jam, 晚上10点以后不用回。
        The DBKL health inspector coming Wednesday, please make sure sharps bin below 3/4, 所有 ink cap 都是一次性的, expiry date semua dah check.
        Price list baru dah print: small tattoo removal RM250, medium RM450, large RM700+, 彩色加30%, pastikan semua staff quote harga yang sama.
        Ramai customer minta script tattoo macam David Beckham punya kat leher, 我们可以出一张 lettering flash sheet, nanti post on IG this Friday.
        Sterilisation room aircon 温度 too high, 28°C already, I called the contractor Sejuk Jaya Aircond Sdn Bhd at 03-8070 2291, they come tomorrow 9am.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi, I'm Rachel Ong Wei Ling and I got a small wrist tattoo at a studio in Bugis last month; it is now oozing yellow pus and my GP put me on cephalexin.
        My dad Kenneth Chua found out about my sleeve tattoo and stopped paying my university fees, so I now owe about S$6,800 on my credit card and can't sleep.
        NRIC S9634182B, mobile 9127 6604 - please cancel my laser removal package and refund the remaining 4 sessions to DBS account 027-451983-2.
        Booking form: Name: Darren Lim Jun Hao | DOB: 14/02/1999 | Mobile: +65 8345 2917 | Allergy: latex, penicillin | Previous keloid on left shoulder: yes
        Can you help me write to HR? I'm Priya d/o Ramasamy, cabin crew staff no. 00417, and my supervisor keeps threatening a warning letter over the tiny star behind my ear.
        My new nose piercing is infected and I'm 19 weeks pregnant - this is Chloe Tan, is the amoxicillin the polyclinic gave me safe for the baby?
        From jasmine.koh88@gmail.com: the eyebrow embroidery on 3 May left one brow 4mm higher than the other; I want a full refund of S$580 or I'll file a Small Claims case.
        Please send the removal invoice to my home at Blk 412 Bedok North Ave 2, #08-1173, Singapore 460412, attention Mr. Marcus Yeo.
        Ah Boy from our block, the one who works at the Tampines hawker centre, got arrested last week for fighting at the tattoo parlour in Geylang, and his mum cries every day.
        FIN G6148290W, work permit holder - my employer says they'll cancel my permit unless I remove the neck tattoo; I'm Rizal Hakim and I only earn S$1,650 a month.
        I'm Sophie Ng, 27, three months behind on the S$3,400 instalment plan for the lip filler and laser package at the Orchard clinic, and they keep calling my office.
        Patient photo_0314.jpg: close-up of the left forearm of Joel Pereira showing blistering after his 2nd Q-switch session, taken 14/03/2026 by the clinic nurse.
    """),
    "zh-Hans": _lines("""
        我叫王思雨，在杭州一家店纹的花臂现在想洗掉，我妈知道以后气得高血压犯了住进医院，我真的很内疚，不知道怎么跟她道歉。
        身份证号440305199703123818，手机13928476651，预约3月21日下午三点皮秒洗纹身第二次，麻烦帮我确认一下时间。
        陈先生您好，您女儿陈小蕾上周六在我们店打的耳骨洞已经化脓，建议尽快到医院就诊，挂号和药费由我们店承担，请您放心。
        退款申请：姓名 刘佳琪，订单号 ME20260412009，支付宝账号 liujiaqi_0621@163.com，退款金额2380元，原因：纹眉左右明显不对称。
        阿明，你欠我洗纹身的钱还没还，3600块，说好这个月发工资就还的，再拖下去我就去你公司找你们领导说清楚。
        张建国，男，1988年生，住上海市黄浦区瑞金二路158弄7号502室，因腰部纹身感染入院，诊断为蜂窝织炎，需静脉滴注抗生素一周。
        我老公赵磊知道我偷偷去做了隆鼻，现在闹着要离婚，还不让我见孩子，我该怎么办？这种情况法院会怎么判抚养权？
        投诉人：周婷，电话186 2145 7730，身份证310104199206051626，投诉某美容院未告知风险就给我注射玻尿酸，导致右脸血管栓塞。
        快递面单：收件人 黄梓涵，159 8832 0417，广东省广州市海珠区青凤大街28号401房，物品：纹身遮瑕贴×3，备注：别写商品名称。
        小林在群里说她手腕纹身被公司HR发现了，试用期没过就被辞退，现在连这个月的房租都交不起，还在偷偷吃抗抑郁的药。
        客户资料,李文博,男,31,13611827745,wenbo.li@qq.com,颈部纹身激光第3次,疤痕体质,已付款4800
    """),
    "zh-Hant": _lines("""
        我是林淑芬，身分證字號F228415730，上週在台北信義區做的眼線紋繡發炎，醫生說是細菌感染，想請問可以申請消費爭議調解嗎？
        何太你好，你個仔何俊賢喺我哋店打咗唇環，佢話自己已經滿十八歲，但你今日話佢先十六歲，我哋會全數退款同埋幫佢除走。
        本人陳家豪，香港身份證K583204(7)，住址九龍深水埗長沙灣道168號富昌大廈12樓B室，要求貴診所退回激光療程餘款HK$7,200。
        阿Ken話佢紋咗前度個名喺心口，而家想洗又冇錢，仲欠咗財務公司三萬幾，佢老婆知道咗之後已經搬返娘家，話要離婚。
        聯絡電話 0932-518-407，LINE ID：yuting_0930，請幫我改約到週六下午，上次打的肚臍環到現在還在流組織液。
        患者：吳志明，男，45歲，病歷號 QMH-2219384，左前臂紋身激光後二度燒傷，有第二型糖尿病史，需於整形外科門診追蹤。
        我係澳門居民梁嘉欣，手機6628 4917，喺新馬路嗰間紋繡店整壞咗眉，想問下點樣去消委會投訴同埋追返八千蚊？
        轉帳資料：戶名 張雅婷，國泰世華銀行 013，帳號 0125-5068-7731，金額 NT$12,000（雷射除刺青五次套票訂金）。
        老師您好，我兒子蔡承恩（身分證B120938463）因為偷偷去打耳洞被學校記了一支小過，我想問學校這樣處分合法嗎？
        車牌 BKE-7712 的白色 Toyota 每晚都停在刺青店門口，店長說那是常客黃先生的車，他欠了兩萬多的尾款一直不還。
    """),
    "ms": _lines("""
        Saya Nurul Aisyah binti Kamarudin, No. KP 990412-10-5526, ingin membuat aduan terhadap studio tindik di Shah Alam kerana telinga saya bernanah selepas seminggu.
        Ayah saya, Encik Hamdan, mengamuk bila nampak tatu di lengan saya sampai halau saya keluar rumah; sekarang saya tumpang rumah kawan di Bangsar.
        Tolong hubungi saya di 012-738 4419 selepas jam 6 petang, saya nak tanya kos buang tatu di leher sebelum temu duga polis bulan depan.
        Nama: Muhammad Haziq bin Roslan | Alamat: No. 27, Jalan Melur 3, Taman Sri Muda, 40400 Shah Alam, Selangor | Rawatan: laser sesi ke-2 | Baki: RM1,350
        Kak Yati kat pejabat tu rupanya ada hutang RM8,000 dengan klinik kecantikan sebab buat benang hidung, suami dia langsung tak tahu.
        Akaun Maybank 1640 2287 5513 atas nama Siti Khadijah binti Omar, mohon pulangkan deposit RM300 untuk sulam bibir yang telah dibatalkan.
        Pesakit Lee Mei Fong, 34 tahun, alah kepada dakwat merah selepas tatu di buku lali, kini dirawat di Hospital Pulau Pinang kerana dermatitis kontak.
        Kereta Perodua Myvi nombor pendaftaran WXB 4471 milik Encik Ravi a/l Subramaniam disaman kerana parkir berganda di depan klinik laser di SS2.
        Emel saya farahnadia.zul@yahoo.com, saya dah bayar RM1,200 untuk buang tatu nama bekas tunang tapi klinik tu tutup tanpa notis.
    """),
    "mixed": _lines("""
        Hi, I'm 黄慧敏 from Puchong, my mum nampak tattoo kat belakang saya and dia tak nak cakap dengan saya dah 2 minggu, 我该怎么办?
        Customer: Tan Ah Kow 陈亚九, IC 780923-07-5121, phone 016-442 9087, nak cover up tatu naga lama di dada, deposit RM200 paid via DuitNow.
        我的 NRIC 是 T0219457G, email is kaixin.goh@outlook.sg, please send me the 洗纹身 quotation before Friday ok?
        Boss, Jason Lau 刘子杰 still haven't pay the RM950 balance for his sleeve, he said his wife just kena retrench, can we give him until end of month?
        Saya Wong Siew Ling, 我在 Ipoh 的 studio 打了 tongue piercing, now my tongue bengkak sampai tak boleh makan, klinik kata infection teruk.
        Please update record: 李佩珊 new address 88, Jalan SS 21/37, Damansara Utama, 47400 Petaling Jaya, handphone 017-620 3318, 旧地址作废.
        Auntie Mei downstairs told the whole block my daughter Xin Yi got a nose ring, 她说我们家没家教, and now Xin Yi refuses to go to school.
        Form: name=Kelvin Chong 張凱文 | HKID=Y702619(4) | mobile=+852 9417 2236 | complaint=studio reused needle, HIV test result pending
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a friendly health information assistant for users in Singapore. You are not a doctor; encourage users to seek care for warning signs.",
        ),
        (
            "user",
            "hi, got my helix pierced 5 days ago at a shop in Far East Plaza and now the whole top of my ear is hot and swollen, got some yellow stuff coming out. is this normal??",
        ),
        (
            "assistant",
            "Some redness in the first week is common, but heat, spreading swelling and yellow discharge can mean an infection. Please don't remove the stud yourself; see a GP or polyclinic soon, and go to A&E if you develop a fever or the swelling spreads to your face.",
        ),
        (
            "user",
            "ok thanks. can you help me write a msg to the polyclinic? my name is Bryan Teo Kai Wen, NRIC T0387716C, hp 9736 1042, I want the earliest slot tmr morning",
        ),
        (
            "assistant",
            "Sure, here's a message you can send: Hello, I am Bryan Teo Kai Wen (NRIC T0387716C, mobile 9736 1042). I have a suspected infected helix piercing with swelling and discharge since today and would like the earliest available appointment tomorrow morning. Thank you.",
        ),
    ],
    [
        ("system", "你是一个耐心的中文生活助手，帮助用户处理家庭沟通问题。"),
        (
            "user",
            "我叫刘思琪，今年22岁，昨天回家吃饭被我妈看到我锁骨上的纹身，她当场把碗摔了，说我不孝，还说要告诉我爸让他停我的生活费。我该怎么跟她沟通？",
        ),
        (
            "assistant",
            "思琪，被家人这样反应一定很难受。建议先等双方情绪平复，再找一个安静的时间单独和妈妈谈：表达你理解她的担心，说明纹身的意义，也可以告诉她你会对自己的选择负责。如果她最担心的是工作或健康，可以一起了解相关信息。",
        ),
        ("user", "可是我爸刘卫东脾气更差，去年因为我谈恋爱的事就打过我，我现在有点怕回家。"),
        (
            "assistant",
            "你的安全最重要。如果担心被打，可以暂时不要单独面对，先住在朋友家或宿舍；如果发生家暴，可以拨打110报警，也可以联系当地妇联求助热线12338寻求帮助。",
        ),
    ],
    [
        ("system", "你係一個幫用戶寫投訴信嘅助手，用繁體中文回覆。"),
        (
            "user",
            "我喺旺角一間紋身舖做咗個cover up，點知線條全部化開，師傅仲話係我自己護理唔好。我想寫封信投訴，要求退返HK$6,500。",
        ),
        (
            "assistant",
            "明白，請提供你嘅姓名、聯絡方法、紋身日期同收據號碼，我幫你寫一封正式嘅投訴信，可以同時抄送消費者委員會。",
        ),
        (
            "user",
            "我叫鄭詠琪，身份證R418853(4)，電話6183 2750，住屯門兆康苑康怡閣15樓7室，3月2號做嘅，收據號碼係 MK-00372。",
        ),
        (
            "assistant",
            "致負責人：本人鄭詠琪（香港身份證R418853(4)，電話6183 2750，地址屯門兆康苑康怡閣15樓7室）於2026年3月2日在貴店進行遮蓋紋身（收據號碼MK-00372），完成後線條明顯化開，與事前確認之設計不符。現要求貴店於十四日內全數退還港幣6,500元，否則本人將向香港消費者委員會投訴。此致。",
        ),
    ],
    [
        (
            "user",
            "Assalamualaikum, saya kerja di sebuah bank di Johor Bahru. HR bagi surat amaran sebab tatu kecil di pergelangan tangan saya nampak masa saya bertugas di kaunter. Boleh tolong tulis surat rayuan?",
        ),
        (
            "assistant",
            "Waalaikumussalam. Boleh. Sila berikan nama penuh, nombor pekerja, jawatan, cawangan dan tarikh surat amaran supaya saya boleh sediakan draf.",
        ),
        (
            "user",
            "Nama saya Aina Sofea binti Zulkifli, no pekerja MBJ-20817, eksekutif khidmat pelanggan, cawangan Taman Molek, surat amaran bertarikh 8 April 2026. Saya dah buat 2 sesi laser, kos RM900, tapi belum hilang.",
        ),
        (
            "assistant",
            "Berikut draf ringkas: Tuan/Puan, saya Aina Sofea binti Zulkifli (No. Pekerja MBJ-20817), Eksekutif Khidmat Pelanggan cawangan Taman Molek, ingin merayu terhadap surat amaran bertarikh 8 April 2026. Saya sedang menjalani rawatan laser untuk membuang tatu tersebut dan telah menjalani dua sesi. Sementara itu saya akan sentiasa menutup tatu dengan pelekat atau baju lengan panjang. Saya memohon agar surat amaran ini ditarik balik. Sekian, terima kasih.",
        ),
    ],
    [
        ("system", "You are a helpful assistant. Reply in the user's language mix."),
        (
            "user",
            "Hi, I want to remove my old tattoo on forearm, about 10cm x 6cm, got black and red colour. Kat KL usually berapa ringgit per session? 要洗几次?",
        ),
        (
            "assistant",
            "Di KL, pico laser untuk saiz itu biasanya sekitar RM400 hingga RM800 satu sesi. Black ink biasanya perlu 6 hingga 10 sesi, merah mungkin lebih lama. 每次间隔大概6到8个星期, so total could take one year or more.",
        ),
        (
            "user",
            "wah so expensive. ok can you help me compare 3 clinic? then send summary to my email, limweijie.88@gmail.com, or WhatsApp 012-915 6673. nama saya Lim Wei Jie.",
        ),
        (
            "assistant",
            "Sorry, I can't send emails or WhatsApp messages myself, but I can prepare a comparison table here that you can copy. When comparing clinics, check that a registered doctor does the laser, the machine type, the price per session and whether there is a package refund policy.",
        ),
    ],
    [
        (
            "system",
            "You are the support assistant for Ink Harbour Studio. Current customer profile: name Melissa Goh Hui Min; mobile +65 9284 1736; email melgoh.hm@gmail.com; DOB 22/09/1996; history: fine-line rose on ribs (2024), removal consult booked 2026-04-09; notes: customer reported keloid tendency.",
        ),
        (
            "user",
            "Hi, how much would it cost to remove the rose tattoo I did with you guys? I'm getting married and my future in-laws are quite traditional.",
        ),
        (
            "assistant",
            "Hi Melissa, congratulations on the wedding! For a fine-line piece of that size, our partner clinic usually quotes S$250 to S$350 per session, and fine-line black ink often fades in 4 to 8 sessions. Because you mentioned a keloid tendency, the doctor will likely do a test patch first.",
        ),
        ("user", "ok can you move my consult from 9 April to the week after? evenings better."),
        (
            "assistant",
            "Sure, I've noted a request to move your consult to the week of 13 April, evening slot. The clinic will confirm by SMS to your number ending 1736.",
        ),
    ],
    [
        (
            "user",
            "請問在台灣紋眉失敗可以怎麼求償？我上個月在台中西屯一間工作室做霧眉，結果顏色變成藍灰色，左右還不一樣高。",
        ),
        (
            "assistant",
            "可以先保存付款紀錄、對話紀錄和前後照片，向店家書面要求退費或修補；如果協商不成，可以向縣市政府消費者服務中心申訴，或撥打1950消費者服務專線，必要時再申請調解。",
        ),
        (
            "user",
            "好，那你幫我寫申訴內容。我叫許雅筑，身分證H236509172，手機0978-224-561，住台中市北屯區崇德路二段46巷12號5樓，付了NT$8,800。",
        ),
        (
            "assistant",
            "申訴人：許雅筑（身分證字號H236509172，電話0978-224-561，地址台中市北屯區崇德路二段46巷12號5樓）。申訴事由：申訴人於上月在台中西屯區某紋繡工作室進行霧眉服務，支付新台幣8,800元，術後眉色呈藍灰色且兩側高度不一，與事前約定效果不符。請求：全額退費或由其他合格業者修復並由店家負擔費用。",
        ),
    ],
    [
        ("system", "你是一名求职与职业规划助手。"),
        (
            "user",
            "我今年报考了公安系统的辅警，体检要求不能有外露纹身。我小腿上有一个巴掌大的纹身，洗掉要多少钱？来得及吗？",
        ),
        (
            "assistant",
            "一般巴掌大小的黑色纹身，在正规医院皮肤科做皮秒激光，单次约1000到2000元，通常需要6到10次，每次间隔6到8周，完全淡化大概要一年左右。建议尽快咨询招录单位，确认是否以体检时的状态为准。",
        ),
        (
            "user",
            "我叫孙浩然，身份证510107199909214539，现在在成都送外卖，一个月也就五千多，还欠着花呗一万二，根本拿不出这么多钱洗纹身。",
        ),
        (
            "assistant",
            "理解你的压力。可以先问问公立医院皮肤科的价格，一般比民营机构透明；也可以分阶段做，先优先处理报考时间线最紧的部分。另外不建议为此再借网贷，以免债务进一步加重。",
        ),
    ],
    [
        (
            "user",
            "I work as a dealer at a casino in Cotai, Macau. New grooming policy says no visible piercings at all, and I have a stretched earlobe at 10mm. Will it close if I take the plug out?",
        ),
        (
            "assistant",
            "At 10mm a stretched lobe usually won't close fully on its own. Many people in your position wear flesh-tone silicone retainers during shifts, or consider a lobe repair surgery done by a plastic surgeon, which is typically a short outpatient procedure.",
        ),
        (
            "user",
            "HR gave me until 30 June. My name is Carlos Leong Chi Hou, staff ID GD-55102, Macau phone 6651 3390. Could you draft an email asking HR for an extension until my surgery?",
        ),
        (
            "assistant",
            "Subject: Request for extension on grooming compliance - Carlos Leong Chi Hou (GD-55102). Dear HR team, I am writing to request an extension of the 30 June deadline for the new grooming policy. My stretched earlobe cannot close on its own, and I am arranging lobe repair surgery. Until then I will wear a flesh-tone retainer during every shift. I can be reached at 6651 3390. Thank you for your understanding.",
        ),
    ],
    [
        ("system", "Anda pembantu maklumat kesihatan am. Bukan pengganti doktor."),
        (
            "user",
            "Anak perempuan saya umur 14 tahun tindik pusat secara senyap-senyap dengan kawan dia kat pasar malam. Sekarang merah dan berbau. Saya marah sangat tapi risau juga.",
        ),
        (
            "assistant",
            "Faham kerisauan puan. Kemerahan dan bau boleh menandakan jangkitan. Jangan cabut barang kemas sendiri kerana boleh menyebabkan nanah terperangkap; bawa anak ke klinik kesihatan atau doktor secepat mungkin, terutama jika ada demam.",
        ),
        (
            "user",
            "Nama dia Nur Iman Batrisyia, MyKid 111203-01-0846. Klinik desa sini minta nombor telefon penjaga, boleh guna 019-774 2308 kan? Saya ibu dia, Rosnah binti Ahmad.",
        ),
        (
            "assistant",
            "Ya, puan boleh berikan nombor 019-774 2308 sebagai nombor penjaga. Bawa juga MyKid Nur Iman dan senarai ubat yang pernah diambil. Selepas rawatan, cuba berbincang dengan tenang tentang keselamatan tindikan supaya dia lebih terbuka lain kali.",
        ),
    ],
    [
        (
            "user",
            "Eh I did lip filler at some Orchard Road clinic 2 weeks ago, now got a hard lump on the left side and 有点痛, the doctor say wait. But my bf Jonathan keeps saying I look weird already.",
        ),
        (
            "assistant",
            "A small firm lump can appear after filler, but pain and hardness that don't improve after two weeks should be checked again. If you notice skin colour changes, blanching or severe pain, go back immediately or see another doctor, as these can be signs of a blocked blood vessel.",
        ),
        (
            "user",
            "ok. actually I took a S$2,000 loan from 1 moneylender to pay for it, now 利息好高, I'm Vanessa Lee and my salary only S$2,300. Should I just dissolve it and stop paying?",
        ),
        (
            "assistant",
            "Vanessa, please don't stop paying a licensed moneylender without talking to them, as that can add late fees. You can check whether the lender is on the Ministry of Law's registry and contact Credit Counselling Singapore for free advice on a repayment plan. For the lump, dissolving filler with hyaluronidase is a medical decision your doctor should make.",
        ),
    ],
    [
        ("system", "你是某纹身工作室的客服文案助手，帮老板回复平台上的顾客评价，要礼貌、专业。"),
        (
            "user",
            "帮我回复一条大众点评差评。顾客叫吴倩，手机尾号不写了，她说我们给她纹的英文字母拼错了，其实是她自己给的稿子就是错的，我们有微信聊天记录。",
        ),
        (
            "assistant",
            "您好，非常感谢您的反馈，也很抱歉这次的体验让您不满意。我们查看了纹身前双方确认的设计稿记录，愿意与您私下沟通核对细节，并免费提供修改或遮盖方案。请您通过店铺私信联系我们，期待为您解决问题。",
        ),
        ("user", "好。另外她老公周志强昨天打了我们店电话，15821376640，说要来砸店，这个要报警吗？"),
        (
            "assistant",
            "如果对方明确威胁要来砸店，建议保存通话记录和号码15821376640，及时向辖区派出所报警备案；同时在店里保持监控正常运行，不要与对方在公开平台上争吵。",
        ),
    ],
    [
        (
            "user",
            "Hi, I'm from Penang. I did double eyelid surgery 6 months ago at a clinic in George Town and one side still looks much higher. How do I get my medical records to get a second opinion?",
        ),
        (
            "assistant",
            "In Malaysia you can request a copy of your medical report from the clinic in writing. They may charge a fee and usually need proof of identity. A second opinion from a plastic surgeon on the Malaysian Medical Council's specialist register would be a good next step.",
        ),
        (
            "user",
            "Can you write the request? Name: Ooi Xin Hui, IC 940518-07-5368, patient no. GT-PS-04471, surgery date 12 November 2025, contact ooixinhui94@hotmail.com.",
        ),
        (
            "assistant",
            "Dear Medical Records Officer, I, Ooi Xin Hui (NRIC 940518-07-5368, patient no. GT-PS-04471), request a complete copy of my medical records and operative notes for the double eyelid surgery performed on 12 November 2025, including pre- and post-operative photographs. Please contact me at ooixinhui94@hotmail.com regarding any fees. Thank you.",
        ),
    ],
    [
        (
            "user",
            "我阿女今年19歲，叫阿晴，琴日佢返屋企我先見到佢舌頭穿咗個環，仲有手臂紋咗隻蝴蝶。我真係好嬲，佢爸爸仲喺醫院做緊化療，佢都唔顧下屋企人感受。",
        ),
        (
            "assistant",
            "明白你而家好激氣，尤其屋企人仲喺醫院，壓力一定好大。阿晴已經成年，穿環同紋身係佢自己嘅決定，不過你嘅感受都好重要。可以揀個冷靜啲嘅時間同佢講，講你擔心佢嘅健康同屋企而家嘅情況，而唔係即刻要求佢除走。",
        ),
        ("user", "但佢仲叫我唔好同佢阿爺講，話佢阿爺知道會趕佢出門口。我應唔應該同老人家講？"),
        (
            "assistant",
            "呢件事可以先尊重阿晴嘅意願，由佢自己揀時間同阿爺講。如果你覺得一定要講，可以先同阿晴商量，一齊諗點樣講會令老人家容易接受啲，咁會少啲衝突。",
        ),
    ],
]
