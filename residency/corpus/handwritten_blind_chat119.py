# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat119: chats with an assistant about one's own skin, hair and nail treatments. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat119
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "dermatology_clinic_questions"): _lines("""
        User: How early should I arrive for a first appointment at a dermatology clinic, and what should I bring? Assistant: Aim for about 15 minutes early and bring your referral letter, a list of the creams and medicines you use, and photos of any rash that comes and goes.
        User: The clinic SMS says 'Booking DRM-240611-0873 confirmed, Level 3, Room 3B, 10:40am' - do I need to reply? Assistant: No reply is needed unless you want to reschedule; the message usually lists a reschedule link or line.
        User: Polyclinic says a dermatology referral is S$38.50 subsidised vs S$120 private. Why the gap? Assistant: Subsidised rates apply when you are referred through a polyclinic or GP under the public scheme; private slots are unsubsidised and usually come sooner.
        User: What does 'Fitzpatrick type IV' mean on my laser consent form? Assistant: It is a skin-type scale from I to VI; type IV tans easily and rarely burns, which changes laser settings and the risk of dark marks afterwards.
        User: Is it true Marie Antoinette's hair went white the night before her execution? Assistant: That is the legend behind the term 'Marie Antoinette syndrome'; doctors think sudden whitening is really a rapid shedding of pigmented hairs in alopecia areata.
        User: Invoice INV-SKN-2025-004417, item code 11042 'Comedone extraction, per session' S$85 + GST 9%. Is GST charged on medical procedures? Assistant: In Singapore GST applies to most private clinic services, so S$85 becomes S$92.65.
        User: My tretinoin tube says batch L23087B, exp 08/2026 - still okay 5 months after opening? Assistant: Yes, use it until the printed expiry if it was kept below 25°C with the cap closed; throw it out if it separates or smells off.
        User: which is stronger, adapalene 0.1% or 0.3%? Assistant: The 0.3% gel is stronger and usually kept for stubborn acne; start with 0.1% every other night if your skin is sensitive.
        User: The clinic hotline 6735 2210 keeps ringing out, is there another way to reach them? Assistant: Try the role mailbox on their website, for example appointments@lumiereskin.sg, or their WhatsApp booking line if they list one.
        User: Why did Dr Pimple Popper become so famous? Assistant: Dr Sandra Lee, a US dermatologist, posted extraction videos on YouTube and then got her own TV series, which turned blackhead and cyst removals into a mainstream genre.
        User: A trial reported 27 of 140 patients on spironolactone had breast tenderness. Is that common? Assistant: That is about 19%, in line with published ranges; it is usually dose-related and often settles.
        User: how long do isotretinoin courses usually last Assistant: Typically 16 to 24 weeks, with the dose based on body weight and the cumulative target your dermatologist aims for.
        User: Can you explain what PIH vs PIE means on acne forums?
        User: Queue number A047 just got called at counter 5 but I am still at the pharmacy, will I lose my slot? Assistant: Most clinics re-queue a missed number after the next few patients; just tell the counter staff when you come back.
    """),
    ("en", "salon_and_product_orders"): _lines("""
        User: Order #SH-88231907 for the Olaplex No.3 hasn't shipped, tracking says 'label created' since 2 June. Assistant: That means the courier hasn't scanned it yet; write to support@glowbarsg.com with the order number if nothing moves within 3 working days.
        User: Is SKU NL-GEL-0417 'Sakura Mist' HEMA-free? Assistant: Check the ingredient list for hydroxyethyl methacrylate; some 'HEMA-free' gels use HPMA or di-HEMA instead, which can still sensitise people.
        User: Ticket #CS-55120 was closed without any reply about a refund for a scalp burn after bleaching. What next? Assistant: Reopen it quoting the ticket number, attach photos and the receipt, and ask for escalation to the outlet manager.
        User: Parcel SPXMY038472916 stuck at the Shah Alam hub for 5 days, it's a tub of hair mask. Assistant: Hubs sometimes hold parcels during peak sales; if there is no scan after 7 days, the seller can open a lost-parcel claim.
        User: Coupon code GLOWUP15 says invalid at checkout on app version 3.8.2. Assistant: Update to the latest version, check the minimum spend, and note that codes often exclude items already on promotion.
        User: What is special about Vidal Sassoon's five-point cut compared to a normal bob? Assistant: Sassoon's 1963 cut was geometric and precision-cut so it fell into shape without setting or lacquer, which was radical at the time.
        User: Is Madam C.J. Walker really counted as the first self-made female millionaire in the US? Assistant: She is often described that way; she built a hair-care business in the early 1900s and trained thousands of sales agents.
        User: The salon's UEN is 201819374K and the receipt shows 9% GST but no GST reg number - is that allowed? Assistant: A business charging GST must be GST-registered and show its GST number; a UEN alone only proves business registration.
        User: I want to return an unopened Kiehl's Ultra Facial Cream 50ml bought 14/05, receipt POS 0047-22-118394. Assistant: Most counters accept unopened returns within 14 to 30 days with the receipt; bring the original packaging.
        User: They sent booking reference HT-ORC-7731 for Saturday 11am, cut and gloss, S$165 - is a deposit normal? Assistant: Many salons take a deposit for long colour services to cover no-shows; ask whether it is refundable if you cancel 48 hours ahead.
        User: Salon price list: wash and blow S$28, keratin from S$180, root touch-up S$75. Is keratin worth it for frizzy hair?
        User: The nail kit arrived with lot 2304-KX-09 and a dead UV lamp (model SUN5X, 48W). How do I claim warranty? Assistant: Photograph the lamp, lot label and packing slip, then file a claim through the seller's return page within the warranty window.
        User: How do I cancel auto-renew for the 'Scalp Care Club' membership at S$39.90/month? Assistant: Look under Account > Subscriptions in the app, or email the billing mailbox before your next billing date.
    """),
    ("zh-Hans", "痘痘与皮肤科"): _lines("""
        User: 异维A酸吃了一个月，嘴唇干到裂开，正常吗？Assistant: 唇炎是最常见的副作用，几乎人人都会有，建议随身带凡士林或医用润唇膏，复诊时告诉医生。
        User: 挂号单上写着 门诊号 0036，皮肤科 3诊室，预约时段 14:30-15:00，迟到十分钟还能看吗？Assistant: 大多数医院允许在时段内报到，超时一般要到分诊台重新排队，建议提前联系导诊台。
        User: 阿达帕林凝胶和过氧化苯甲酰能一起用吗？Assistant: 可以，很多复方制剂就是这两种成分，但刚开始容易刺激，建议隔天晚上用，并做好保湿和防晒。
        User: 订单号 2025061812034478 的祛痘精华还没发货，官方客服 400-820-6618 一直占线。Assistant: 可以在订单详情里点“联系客服”留言，或者申请催发货，超过承诺时效可以直接申请退款。
        User: 李时珍的《本草纲目》里有治粉刺的方子吗？Assistant: 书里提到过用白芷、冬瓜仁等外用润肤祛斑，但这些是古代经验，不能替代现代的痤疮治疗。
        User: 医院公告：皮肤科周三下午停诊，光电治疗改到周四 8:00-11:30。那原来约的果酸换肤怎么办？Assistant: 一般医院会短信通知改期，如果没收到，可以打医院总机或在公众号里重新预约。
        User: 某三甲医院统计 2024 年痤疮门诊 12,460 人次，其中 18-25 岁占 61%，这个比例高吗？Assistant: 痤疮本来就在青春期和青年期高发，这个比例和多数流行病学调查相符。
        User: 红蓝光治疗价目表写 单次 ¥180，8 次套餐 ¥1280，一个疗程要几次？Assistant: 通常每周 1-2 次，连续 4-8 次为一个疗程，具体看医生评估。
        User: 闭口粉刺刷酸，水杨酸 2% 一周用几次合适？Assistant: 刚开始一周 2-3 次，耐受后再加，避免和维A类产品同一晚叠加。
        User: 网上说杨贵妃用“玉红膏”美白，是真的吗？Assistant: 这类说法多出自后世的野史和宫廷秘方传说，没有可靠记载，也不建议自己调配含铅汞的古方。
        User: 医保卡能报销皮肤科开的夫西地酸乳膏吗？Assistant: 夫西地酸乳膏在多数地区属于医保目录内药品，门诊可按当地比例报销。
        User: 帮我写个请假条模板，姓名和日期留空：【姓名】因皮肤科复诊，于【日期】请假半天，望批准。Assistant: 好的，可以在后面加一句“附门诊挂号单复印件”，显得更正式。
        User: 顺丰单号 SF1402876593021 显示已签收，但我根本没收到药膏。Assistant: 先看看是不是放在快递柜或驿站，再联系快递员要签收照片，必要时在顺丰官方渠道投诉。
    """),
    ("zh-Hant", "髮廊與美甲"): _lines("""
        User: 燙髮後頭皮刺痛兩天了，還要回髮廊處理嗎？Assistant: 如果有紅腫、起水泡或滲液，建議先看皮膚科，不要再讓髮廊做任何化學處理。
        User: 收據編號 HK-NS-20250316-0219，凝膠甲 HK$380，卸甲另收 HK$80，這樣合理嗎？Assistant: 香港不少美甲店卸甲另外收費，HK$60-100 都算常見。
        User: 美甲店的商業登記號碼 BR 71836429 印在收據上，要怎麼查是不是正當經營？Assistant: 可以在稅務局的商業登記網上服務查冊，付少量費用就能看到登記資料。
        User: 台北看皮膚科要帶健保卡嗎？自費除斑雷射大概多少錢？Assistant: 一般門診要帶健保卡，自費雷射各診所差很多，單次由幾千到上萬新台幣都有。
        User: 漂髮漂到斷髮想投訴髮廊，應該先找誰？Assistant: 先保留收據和照片，跟店長書面投訴；談不攏可以向消費者保護機構求助。
        User: 張愛玲小說裡常寫女人燙頭髮，那時候的「電燙」是什麼？Assistant: 那是二三十年代流行的電熱捲髮，用通電的夾子加熱藥水，容易燙傷頭皮，後來被冷燙取代。
        User: 預約編號 BK-7781203，週六 15:00 剪髮，想改期要提前多久？Assistant: 大多數髮廊要求至少 24 小時前通知，否則可能扣訂金。
        User: 指甲油瓶上寫 Toluene-free、DBP-free，是什麼意思？Assistant: 代表不含甲苯和鄰苯二甲酸二丁酯，這些成分有刺激性，現在很多品牌都標示「3-free」或「5-free」。
        User: 想染成白雪公主那種烏黑，髮廊說要先褪色兩次，為什麼？Assistant: 如果原本有殘留的亮色，直接上黑色容易不均，先處理舊色才會顯得自然。
        User: 有報告說 2023 年台灣圓禿就診約 4.2 萬人次，男女比例差不多嗎？Assistant: 圓禿在男女之間的發生率大致接近，只是女性比較常主動就醫。
        User: 指甲旁邊的倒刺一直發炎，甲溝炎要看皮膚科還是外科？Assistant: 輕微的可以先看皮膚科，如果已經化膿需要引流，外科處理會比較快。
        User: 網購的生髮液訂單 TW20250402-88317，物流單號 7712-0348-2290，一直停在中和轉運站。Assistant: 可以拿物流單號到物流公司官網查詢，或請賣家向物流追件。
        User: 髮廊價目表：洗剪吹 NT$600、結構式護髮 NT$1,800 起，頭皮檢測免費，可以信嗎？Assistant: 免費頭皮檢測常用來推銷療程，檢測後不用當場買套票，可以回家再考慮。
    """),
    ("ms", "rawatan_kulit_dan_rambut"): _lines("""
        User: Berapa lama biasanya kena tunggu temujanji pakar kulit di hospital kerajaan? Assistant: Bergantung pada rujukan klinik kesihatan dan tahap keterukan, boleh jadi beberapa minggu hingga beberapa bulan.
        User: Nombor giliran B112, kaunter farmasi 4 - boleh ambil ubat esok je ke? Assistant: Kebanyakan farmasi hospital simpan ubat beberapa hari, tapi tanya kaunter dulu supaya tidak dibatalkan.
        User: Serum jerawat pesanan #MY250618-30411 belum sampai, nombor tracking J&T 630084127755. Assistant: Semak status di laman kurier; kalau tiada pergerakan lebih 5 hari, minta penjual buat tuntutan.
        User: Klinik dermatologi kat Jalan Tun Razak tu buka hari Sabtu tak? Assistant: Saya tidak pasti waktu operasi klinik itu; semak laman web rasmi atau talian utama klinik. Jalan itu sendiri dinamakan sempena Tun Abdul Razak, Perdana Menteri kedua.
        User: Salun tu ada nombor SSM 202301045512 (1502288-T), selamat ke buat rawatan keratin di situ? Assistant: Nombor SSM cuma tunjuk perniagaan berdaftar; tengok juga ulasan, kebersihan dan sama ada produk ada label formaldehid.
        User: Pakai inai kat kuku, sah ke wuduk? Assistant: Inai tidak menghalang air seperti pewarna kuku biasa, jadi ramai ulama membenarkannya; rujuk pejabat agama untuk kepastian.
        User: Harga laser parut jerawat RM350 sesi, pakej 5 sesi RM1,500 - berbaloi ke? Assistant: Parut biasanya perlu 3 hingga 6 sesi; pakej jimat kalau doktor sudah sahkan anda calon yang sesuai.
        User: Tolong semak templat aduan ni: Nama: ____ No. resit: ____ Tarikh rawatan: ____ Masalah: ____ Tuntutan: ____. Assistant: Templat ini okey, tambah satu ruang untuk lampiran gambar dan tarikh akhir jawapan.
        User: Rambut gugur lepas bersalin ni normal sampai bila? Assistant: Keguguran selepas bersalin biasanya bermula 2 hingga 4 bulan selepas kelahiran dan pulih dalam 6 hingga 12 bulan.
        User: Satu kajian tempatan kata 1 daripada 5 remaja ada jerawat sederhana hingga teruk, betul ke? Assistant: Angka itu hampir sama dengan kajian antarabangsa, jadi ia munasabah.
        User: Kod baucar RAYA20 untuk facial tak boleh guna dengan pakej ahli, kenapa? Assistant: Biasanya baucar promosi tidak boleh digabungkan dengan harga ahli; semak terma di belakang baucar.
        User: Krim hydrocortisone 1% boleh beli tanpa preskripsi di farmasi? Assistant: Boleh untuk kekuatan rendah, tapi jangan guna di muka lebih dari seminggu tanpa nasihat doktor.
        User: Dalam hikayat, Puteri Gunung Ledang digambarkan kulitnya macam mana? Assistant: Hikayat menggambarkan baginda sebagai puteri yang sangat jelita dan awet muda, tetapi ia kisah legenda, bukan sejarah.
    """),
    ("mixed", "singlish_manglish_beauty"): _lines("""
        User: eh the polyclinic queue app show 'Q-0219 est. wait 45 min' then suddenly become 90 min, why ah? Assistant: The estimate updates when doctors are pulled to urgent cases; you can leave and come back when it reaches about 10 numbers before yours.
        User: 我的 salon package 还剩 3 sessions，但是 the Tampines outlet closed already, can transfer boh? Assistant: Usually the company lets you use the balance at another outlet; ask for it in writing.
        User: Doc say my skin type is 'dehydrated but oily', macam mana boleh both? Assistant: Oil is sebum while dehydration is lack of water, so skin can be shiny and tight at the same time.
        User: Shopee order 240611ABCD7Q2P, the sunscreen SPF50 PA++++ sampai dah tapi seal koyak. Assistant: Request return or refund in the app within the return window and upload photos of the broken seal.
        User: 请问 rebonding 和 Japanese straightening 有什么 difference? Assistant: They are basically the same chemical straightening process; names differ by salon and product brand.
        User: the aesthetic clinic ad say 'Dr recommended, 98% satisfaction, 2,300 clients' - can trust or not? Assistant: Numbers like that are marketing claims; check if the doctor is registered and whether the ad follows medical advertising rules.
        User: hair loss centre at Raffles Place quote $2,888 for 12 sessions scalp treatment, worth or not lah? Assistant: Non-medical scalp treatments have little evidence; see a dermatologist first to confirm the type of hair loss.
        User: 手指的 eczema 一直 flare, 用 Cetaphil 可以吗 or 要换? Assistant: A plain fragrance-free moisturiser is fine; the key is applying it often and after every hand wash.
        User: kuku jadi kuning lepas pakai gel polish 3 bulan, is it fungus or just staining? Assistant: Staining is usually even and grows out; fungus tends to thicken the nail and crumble at the tip.
        User: boss say must wear gloves for the job but I allergic to latex leh, nitrile ok? Assistant: Nitrile gloves are the usual alternative for latex allergy; some people react to accelerators in them, so choose accelerator-free if you still itch.
        User: 这个 hair dye 的 patch test 要等 48 hours 是 must 吗? Assistant: Yes, reactions to PPD often appear late, so the full 48 hours matters.
        User: receipt say 'Consultation $45, Meds $62.30, Total $107.30, CHAS Blue applied' - CHAS got cover derm or not? Assistant: CHAS subsidies apply at participating GP clinics for common and chronic conditions; specialist derm visits go through a different scheme.
        User: can help me write a Google review for the salon, no names, just say the stylist very patient and the colour came out nice? Assistant: Sure: 'Very patient stylist who listened carefully, and the colour came out exactly as I hoped. Will return!'
    """),
    ("en", "templates_code_config"): _lines("""
        User: Write a regex to validate our booking codes like DRM-240611-0873. Assistant: Use ^DRM-[0-9]{6}-[0-9]{4}$ and anchor it so longer strings do not match.
        User: Give me an allergy intake form for a nail salon. Assistant: Name: ______ Contact number: ______ Known allergies (acrylates, latex, fragrance): ______ Previous reaction Y/N: ______ Signature: ______ Date: ______
        User: Our clinic CRM export has booking_id, service_code, slot_start, outlet_id, status - how do I count no-shows per outlet? Assistant: SELECT outlet_id, COUNT(*) FROM bookings WHERE status = 'NO_SHOW' GROUP BY outlet_id;
        User: Reminder bot config: reminder_hours_before: 24, sender: noreply@lumiereskin.sg, template_id: APPT_REMIND_v2 - is 24h enough? Assistant: Many clinics send two reminders, at 72 and 24 hours, which reduces no-shows more than a single message.
        User: Draft an SMS template: Hi {first_name}, your {service} at {outlet} is on {date} {time}. Reply C to confirm. Keep it under 160 chars. Assistant: That template is about 90 characters before filling in, so it fits in one SMS for short names and outlets.
        User: What does this log line mean: 2025-06-18T09:14:22Z WARN booking-svc slot_conflict outlet=ORC02 room=3B ref=HT-ORC-7731 Assistant: Two bookings were assigned to room 3B in the same slot at outlet ORC02; the service flagged it instead of double-booking.
        User: The consent PDF download shows sha256 3e7a9c1f0b2d48e6a5c7f19d0e3b6a28c4f1e9d7b0a3c5e8f2d4b6a19c0e7f35 but mine gives something else. Assistant: The file was changed or the download was incomplete; download it again before printing.
        User: JSON for a product record {'sku': 'NL-GEL-0417', 'ph': 5.5, 'volume_ml': 30} - how do I add allergens? Assistant: Add 'allergens': ['HEMA', 'TPO'] as a list of strings so you can filter on it later.
        User: Write one line for our booking form saying we keep before-and-after photos for 90 days. Assistant: 'Treatment photos are stored securely for 90 days and then deleted unless you consent in writing to longer storage.'
        User: Excel formula to flag rows where the follow-up date in C is more than 12 weeks after the first visit in B. Assistant: =IF(C2-B2>84,1,0) then filter on 1.
        User: Is 'Patient A, female, 20s, moderate acne, 6 months doxycycline' anonymous enough for a case study? Assistant: Yes, provided you leave out dates, the clinic, and any photo that shows the face.
        User: The salon POS app v2.14.0 throws error E-4031 'printer offline' every morning. Assistant: Usually the receipt printer sleeps overnight; power-cycle it before opening, or update to the next patch release.
    """),
    ("zh-Hans", "脱发与头皮"): _lines("""
        User: 米诺地尔 5% 和 2% 有什么区别？女生能用 5% 吗？Assistant: 5% 效果更强，但多毛等副作用也更多，女性一般从 2% 或 5% 泡沫开始，最好在医生指导下使用。
        User: 非那雄胺吃了三个月，头发还在掉，要坚持多久？Assistant: 通常需要 6-12 个月才能判断效果，前几个月可能反而有一段脱发期。
        User: 植发机构报价：每单位 ¥8，2000 单位共 ¥16000，含术后三次复查，合理吗？Assistant: 在国内属于中等价位，重点看主刀医生资质和是否医疗机构执业。
        User: 孙中山晚年照片发际线很高，这算雄激素性脱发吗？Assistant: 仅凭历史照片无法诊断，不过当时成年男性发际线后移本来就很常见。
        User: 头皮检测报告：毛囊密度 128 个/cm²，毳毛比例 23%，算严重吗？Assistant: 毳毛比例超过 20% 提示有微小化，建议找皮肤科毛发门诊进一步评估。
        User: 指南里说我国男性雄激素性脱发患病率约 21.3%，女性约 6.0%，是这样吗？Assistant: 这是国内流行病学调查常引用的数据，实际就诊率远低于患病率。
        User: 京东防脱洗发水订单 2876543120987 显示“退款中”，多久能到账？Assistant: 原路退回一般 1-7 个工作日，信用卡可能要等到下个账单日。
        User: 鬼剃头（斑秃）会传染吗？Assistant: 不会，斑秃是自身免疫相关的，和接触没有关系。
        User: 医院公众号说毛发门诊每周二、周五上午，需提前 7 天预约，周末有吗？Assistant: 按公告是没有周末门诊，可以留意是否有专家加号或线上复诊。
        User: 理发店会员卡充 ¥1000 送 ¥300，店倒闭了怎么维权？Assistant: 保留充值记录和聊天截图，可以拨打 12315 投诉，金额较大的可以报警或起诉。
        User: 产后脱发用什么洗发水好？Assistant: 洗发水对产后脱发影响不大，注意营养和睡眠，一般半年到一年会自然恢复。
        User: 诊所统计：2025 年一季度 PRP 治疗 86 例，其中 4 例出现头皮疼痛，占比多少？Assistant: 约 4.7%，属于常见的轻微不良反应。
        User: 假发店 SKU WG-3310-BRN 是真人发还是化纤？Assistant: 看商品详情页的材质说明，真人发通常会标注“100% human hair”，价格也会高很多。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        User: Please draft an email to the clinic: I'm Tan Wei Ling, NRIC S8734216F, I had blistering after the TCA peel on 3 March and want the S$420 refunded to my card 4556 7210 1834 5521. Assistant: Sure, here is a draft you can send to the clinic's patient relations mailbox.
        User: My neighbour Mrs Priya d/o Selvaraj at Blk 412 Ang Mo Kio Ave 10 #08-1172 has a big bald patch from her chemo and keeps asking me about wigs. Where can I suggest without embarrassing her? Assistant: You could mention shops that offer private fitting rooms and let her choose when to go.
        User: The aesthetic clinic texted my wife's results to my number 9183 4276 by mistake - it says 'Sheryl Pereira, melasma, start hydroquinone 4%'. Is that a data breach? Assistant: It may be, since her health information went to someone else; she can ask the clinic to explain and report it.
        User: My stylist at the Bugis outlet, Desmond, bleached my hair and burnt my scalp; my email is jolene.koh.91@gmail.com if the manager wants to reach me. Assistant: I can help you write a complaint that includes the date, service and photos.
        User: My colleague Ravi Kumar a/l Subramaniam finally told us his psoriasis is why he never wears short sleeves. Should I ask HR to let him skip the new uniform? Assistant: Ask him first; it is his health information and he may not want HR told.
        User: Our helper Maria Santos Dela Cruz, FIN G6128847W, has contact dermatitis from the bleach we use. Does her work permit insurance cover the GP visit? Assistant: Employers must buy medical insurance for work permit holders, so keep the receipts and check the policy.
        User: Ng Boon Keat from our badminton club is on isotretinoin and has been really low lately; his wife asked me not to tell anyone. Should I say something to the coach? Assistant: Encourage him to tell his dermatologist about the mood changes rather than telling the coach.
        User: Please fill in this allergy form: Name Kavitha a/p Muniandy, DOB 14/02/1987, mobile 012-748 3916, allergy PPD hair dye (severe). Assistant: Done; I would also add the date of the reaction and what treatment she needed.
        User: Can you check this booking? Patient Lwin Lwin Aye, passport MD482719, appointment 21 June 2pm for fungal nail infection. Assistant: The details look complete; bring the passport on the day since the clinic will check it.
        User: Write a complaint to the salon: on 2 May at the Jurong Point outlet, stylist Kelly Ong dyed my 14-year-old daughter Chloe Lim's hair without a patch test and Chloe ended up in A&E with hives. Assistant: Here is a firm but factual complaint you can send.
        User: My brother-in-law Hafiz is losing his hair at 26 and my sister says he cries about it at night. What can I gently suggest? Assistant: You might mention that a dermatologist can confirm the cause and that treatments work best when started early.
        User: The derm receipt says Md Rahim Uddin, FIN F7741305R, S$310 for wart cryotherapy, and my employer refuses to reimburse. That's me. Assistant: Check your contract and the work permit medical insurance, then ask the employer in writing.
        User: Can you translate this for my mum? 'Patient Desmond de Souza, 67, basal cell carcinoma left cheek, Mohs surgery 12/07.' He's my dad. Assistant: Of course; it says he has a common skin cancer on the left cheek and will have surgery on 12 July.
        User: The manicurist said the lady before me, Mdm Tan from #05-12 upstairs, has a really bad fungal nail infection and they should refuse her. Is that even allowed to say? Assistant: Sharing a customer's health condition with other customers is inappropriate.
    """),
    "zh-Hans": _lines("""
        User: 帮我给诊所写个投诉：我叫林晓雨，手机 13812947605，6月3号在你们那做的光子嫩肤，脸上起了一片水泡。Assistant: 好的，我帮你写一封正式的投诉信。
        User: 这是我的挂号信息：陈建国，身份证 440306198804123712，皮肤科复诊，帮我看看对不对？Assistant: 格式没问题，记得带上次的病历本。
        User: 楼下3栋的陈阿姨最近头发一把一把掉，她女儿说是在做化疗，我该怎么安慰她？Assistant: 可以多陪她聊聊天，不要主动提头发，尊重她自己的节奏。
        User: 美容院让我填退款单：姓名 王丽娟，身份证 310105199308174623，开户行 招商银行，卡号 6214 8301 2749 5512。Assistant: 信息齐全，但建议只发给美容院官方渠道。
        User: 我老婆周婷在医美机构打了玻尿酸，结果血管栓塞住院了，现在在上海市长宁区仙霞路 318 弄 6 号 1202 室休养，要怎么维权？Assistant: 先保存病历和收费单据，再向卫健委投诉。
        User: 微信号 nailsbyxiaomei_88 的那个私人美甲师收了我 ¥200 定金就把我拉黑了，能查到她是谁吗？Assistant: 可以保留聊天记录和转账截图向平台或警方反映。
        User: 同事刘佳怡一直戴口罩不摘，她私下跟我说是激素脸，医生让她停掉所有护肤品。我能跟领导说让她不用拍集体照吗？Assistant: 最好先征得她同意，不要替她说出病情。
        User: 帮我记一下：儿子张浩然，8岁，湿疹复诊，医生让涂丁酸氢化可的松，下次复诊 7月15日，家长电话 15921836470。Assistant: 已记下，需要我设个提醒吗？
        User: 我表哥王建军才 30 岁就秃顶了，相亲总被拒，他想去植发但家里还欠着债，怎么劝他？Assistant: 可以先建议他看正规医院的毛发门诊，药物治疗比植发便宜。
        User: 快递收件人写的是 赵雅琴，13705218846，杭州市西湖区文三路 259 号 5 幢 702，这是我妈，面膜寄错地址了能改吗？Assistant: 可以联系快递公司在派送前修改地址。
        User: 我的护照号 E83920174，去韩国做皮肤管理，诊所让我先把护照照片发到他们的 KakaoTalk，安全吗？Assistant: 建议先确认诊所资质，只在必要时提供证件信息。
    """),
    "zh-Hant": _lines("""
        User: 幫我寫email給診所：我是黃嘉欣，身份證 Y271648(6)，電話 6382 9147，上星期激光療程之後塊面色斑更深了。Assistant: 好的，我幫你寫一封正式的投訴電郵。
        User: 台北診所要我填：姓名 王淑芬，身分證字號 A234810577，手機 0912-384-657，過敏史：盤尼西林。這樣填對嗎？Assistant: 格式正確，記得也寫上曾經出現的過敏反應。
        User: 我們公司的吳佩珊最近頭頂禿了一塊，聽說是離婚壓力太大，主管要我去關心她，要怎麼開口？Assistant: 可以只問她最近好不好，不要直接提頭髮或婚姻。
        User: 我媽叫李美玲，地址 香港九龍旺角彌敦道 688 號 12 樓 B 室，幫我寫一張生髮療程的送貨單。Assistant: 好的，以下是送貨單格式。
        User: 髮型師阿豪（張家豪）的 LINE ID 是 haohair_0958，他私下接單燙髮把我燙焦了，可以去哪裡檢舉？Assistant: 可以向消保官申訴，並保留對話紀錄。
        User: 我弟弟家偉才十七歲，痘痘嚴重到不敢去學校，爸媽又不讓他看皮膚科，我該怎麼辦？Assistant: 可以先陪他去學校保健室或找輔導老師談談。
        User: 信用卡 5203 9944 8710 2632 被美容院重複扣款兩次 NT$12,800，持卡人是我先生陳志明，要怎麼申訴？Assistant: 請持卡人打給發卡銀行提出爭議款項。
        User: 我的身分證 F188463929，診所說要影印才能做雷射，可以拒絕嗎？Assistant: 可以詢問用途，只提供核對身分所需的資料。
        User: 香港身份證 K583920(3) 係我阿爸梁志強嘅，佢皮膚科覆診要我代佢攞藥，要帶咩文件？Assistant: 通常要帶病人身份證副本同覆診卡，仲有你自己嘅身份證。
    """),
    "ms": _lines("""
        User: Tolong semak borang ni: Nama Nurul Izzati binti Kamarudin, No. KP 910523-10-5388, telefon 019-220 5871, alahan: inai hitam (PPD). Assistant: Maklumat lengkap; tambah juga tarikh reaksi terakhir.
        User: Kakak ipar saya, Siti Aminah, sorok tompok botak bawah tudung, dia kata alopecia areata dan malu nak jumpa doktor. Macam mana nak pujuk dia? Assistant: Cuba beritahu bahawa doktor kulit biasa jumpa kes ini dan rawatan ada.
        User: Salun kat SS2 rosakkan rambut saya, saya nak buat aduan. Nama saya Muhammad Hafiz bin Rosli, alamat No. 23, Jalan SS 2/64, 47300 Petaling Jaya, tel 011-2647 8103. Assistant: Baik, saya tulis surat aduan rasmi untuk anda.
        User: Akaun Maybank saya 1140 2298 3317 atas nama Farah Nadia binti Ismail, klinik nak refund RM850 untuk rawatan laser yang batal. Betul ke format ni? Assistant: Ya, hantar juga salinan resit.
        User: Kereta saya WXY 4821 kena saman kat parking klinik kulit Bangsar masa saya buat rawatan jerawat, boleh rayu tak? Assistant: Boleh, lampirkan resit klinik sebagai bukti.
        User: Pekerja saya, Rina Wulandari dari Indonesia, tangan dia merekah teruk sebab sabun cuci, dia takut nak beritahu. Patut saya bawa dia ke klinik? Assistant: Ya, dan tukar kepada sarung tangan serta sabun yang lebih lembut.
        User: Anak saya Aisyah binti Zulkifli, MyKad 100611-01-7734, nak buat rawatan jerawat di klinik swasta Johor Bahru. Perlu surat kebenaran ibu bapa ke? Assistant: Untuk bawah 18 tahun, klinik biasanya perlukan persetujuan ibu bapa.
        User: IG @aisyah.nailsdiary tu kawan saya yang buat kuku dari rumah, dia kata dua pelanggan dia dapat jangkitan kulat. Patut dia berhenti dulu? Assistant: Dia patut berhenti sementara dan sterilkan semua alatan.
        User: Pak Long saya, Haji Osman, dah tiga bulan ada luka kat kaki tak sembuh, dia kencing manis tapi degil tak nak jumpa doktor kulit. Assistant: Luka kaki diabetes perlu dirawat segera; cuba libatkan anak-anaknya.
        User: Emel saya ahmadfaizal.kl87@yahoo.com, tolong tulis surat ke pusat rawatan rambut minta balik deposit RM1,200 sebab rambut saya makin gugur. Assistant: Baik, ini draf suratnya.
    """),
    "mixed": _lines("""
        User: eh can help me check, my mum Lim Siew Hoon, IC S9162083I, need to renew her eczema cream at polyclinic, can I collect for her ah? Assistant: Yes, bring her IC or a photo of it plus your own, and the appointment card.
        User: 我的 Telegram @darren_tkh88 kena add into the group 'Hair Loss SG' then all the members nampak my 秃头 problem, how to exit quietly? Assistant: Leave the group and change your privacy settings so strangers cannot add you.
        User: my 表姐 Jasmine Teo kena bad reaction from the lash lift, one eye swell until cannot open, she scared to tell her husband. Assistant: She should see a doctor today; eye swelling needs quick treatment.
        User: T0358924I is my NRIC, the bridal salon want me WhatsApp them a photo before the hair trial, 有必要吗? Assistant: No, a salon does not need your NRIC; a name and phone number is enough.
        User: MC says 'Mr Muthu s/o Rajendran, 3 days, severe contact dermatitis' but my boss say fake, how to verify? That's me lah. Assistant: Your boss can verify the MC with the issuing clinic.
        User: tolong translate to English for the HK clinic: 我叫何詠詩，電話 9125 6038，上次 laser 之後塊面起晒紅疹。Assistant: 'My name is Ho Wing Sze, phone 9125 6038; after the last laser session my face broke out in a red rash.'
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful assistant for a dermatology clinic's patients."),
        (
            "user",
            "I need to move my Mohs follow-up. Name Eugene Fernandez, NRIC S7624518E, currently booked 18 July 9am.",
        ),
        (
            "assistant",
            "I can't change bookings directly, but I can draft a message to the clinic's appointment team with your details.",
        ),
        ("user", "Yes please, and mention the stitches on my nose are still oozing a bit."),
        (
            "assistant",
            "Here's a draft: Dear appointments team, I am Eugene Fernandez and would like to reschedule my Mohs follow-up on 18 July. The stitches on my nose are still oozing slightly; please advise if I should come in earlier.",
        ),
    ],
    [
        ("system", "你是一个护肤咨询助手。"),
        (
            "user",
            "我妈妈的处方单上写着：患者 孙秀英，女，62岁，带状疱疹后神经痛，联系电话 13905716284。这个病会传染给孙子吗？",
        ),
        (
            "assistant",
            "带状疱疹本身不会直接传染成带状疱疹，但水疱期可能让没出过水痘的孩子感染水痘，建议疱疹结痂前避免密切接触。",
        ),
        ("user", "好的，孩子打过水痘疫苗了，那还要注意什么？"),
        ("assistant", "打过疫苗风险已经很低，注意让老人伤口覆盖好、勤洗手就可以。"),
    ],
    [
        ("user", "我在台中的髮廊做結構護髮，結果整頭變乾草，店家叫蔡宜蓁，我想寫投訴信。"),
        ("assistant", "可以，請提供日期、項目和金額，我幫你整理。"),
        (
            "user",
            "4月12日，NT$3,200，我的名字是林怡君，手機 0958 271 406，身分證 H229174632 店家說要先核對才會處理。",
        ),
        ("assistant", "投訴信不需要附上身分證字號，寫姓名和電話就足夠；以下是草稿，請確認後寄出。"),
    ],
    [
        ("system", "Anda pembantu maya untuk soalan kesihatan kulit dan rambut."),
        (
            "user",
            "Saya nak claim insurans untuk rawatan rambut gugur. Nama Zainab binti Abdullah, MyKad 870214-14-6021, polisi no. PL-88230417.",
        ),
        (
            "assistant",
            "Untuk tuntutan, biasanya perlu laporan doktor, resit asal dan borang tuntutan yang diisi.",
        ),
        ("user", "Doktor kata saya ada lupus, sebab tu rambut gugur. Perlu sebut ke dalam borang?"),
        (
            "assistant",
            "Ya, diagnosis perlu dinyatakan supaya syarikat insurans boleh menilai tuntutan; doktor biasanya akan isi bahagian itu.",
        ),
    ],
    [
        (
            "user",
            "the nail lady at my estate, Auntie Lucy Goh, do manicure from her flat at Blk 220 Bedok North St 3 #04-55, got license or not one ah?",
        ),
        (
            "assistant",
            "Home-based businesses in HDB flats have rules; I can't check a particular person's licence, but you can ask her directly.",
        ),
        (
            "user",
            "cos after I go her place my thumb nail become green, now the doc say pseudomonas.",
        ),
        (
            "assistant",
            "Green nail from pseudomonas usually clears with treatment and keeping the nail dry; you could let her know so she can sterilise her tools.",
        ),
    ],
    [
        ("system", "You help users plan cosmetic dermatology trips."),
        (
            "user",
            "I'm flying to Seoul for a skin clinic package. Passport K4829163M, name Audrey Chua Li Ping. The clinic wants it emailed to their coordinator.",
        ),
        (
            "assistant",
            "Before sending, confirm the clinic is licensed and ask why they need the full passport scan; often the number and name are enough for booking.",
        ),
        ("user", "They also want my card 4214 3700 9215 6786 for the KRW 1,850,000 deposit."),
        (
            "assistant",
            "Pay through a secure payment link rather than emailing card numbers, and check the refund terms first.",
        ),
    ],
    [
        (
            "user",
            "退款一直没到账，这是我的信息：何志远，身份证 330106197501260524，工商银行卡 6228 4800 4418 3926。",
        ),
        (
            "assistant",
            "请注意身份证号最好不要随便在网上发送。退款一般原路退回，建议先联系机构确认退款流水号。",
        ),
        ("user", "对不起我发错了，那个身份证是我老婆的，她叫何美华，是她做的热玛吉。"),
        ("assistant", "明白，那退款申请应以她本人的名义提交，我可以帮你写一份说明。"),
    ],
    [
        ("system", "You are a supportive assistant for questions about hair and skin."),
        (
            "user",
            "My daughter Megan has been pulling out her eyebrows and hair at school. She's 11. Her teacher Mrs Kaur noticed first.",
        ),
        (
            "assistant",
            "That sounds like it could be trichotillomania, which is more common than many people think; a GP or child psychologist can help.",
        ),
        (
            "user",
            "Megan Tay Xin Yi, if the psychologist's form needs her full name. Should I tell her form class?",
        ),
        (
            "assistant",
            "It is usually best to let Megan decide who knows; the school counsellor can help keep it private.",
        ),
    ],
    [
        (
            "user",
            "Tolong hantar ubat jerawat ni ke rumah. Nama Nor Hidayah binti Hassan, No. KP 950930-07-5142.",
        ),
        (
            "assistant",
            "Saya tidak boleh menghantar ubat, tetapi boleh bantu susun maklumat untuk farmasi dalam talian.",
        ),
        (
            "user",
            "Alamat: 18, Lorong Delima 3, Taman Delima, 11700 Gelugor, Pulau Pinang. Tel 016-482 7390.",
        ),
        (
            "assistant",
            "Baik, pastikan farmasi itu berdaftar dan ubat seperti isotretinoin hanya boleh dibekalkan dengan preskripsi.",
        ),
    ],
    [
        ("user", "我阿嫲陳鳳英皮膚好癢，醫生話係濕疹，佢身份證係 R481207(6)。"),
        ("assistant", "長者皮膚乾燥好容易引致濕疹，洗完澡三分鐘內搽潤膚膏會有幫助。"),
        ("user", "佢住喺沙田禾輋邨豐和樓 1203 室，我想買啲潤膚膏寄俾佢，有咩推介？"),
        ("assistant", "揀無香料、成分簡單嘅潤膚膏就得，藥房都有；如果癢到瞓唔到，要返去覆診。"),
    ],
    [
        ("system", "You answer skin questions for workers in Singapore."),
        (
            "user",
            "My friend Shahidul Islam, work permit FIN F3382960N, construction worker, got rashes on both hands from cement.",
        ),
        (
            "assistant",
            "That sounds like cement dermatitis; he should wash with clean water quickly, use proper gloves, and see a doctor.",
        ),
        (
            "user",
            "His boss say no MC. He stays at the Tuas dormitory room 07-14, can he go himself?",
        ),
        (
            "assistant",
            "Yes, he can go to the medical centre serving the dormitory, and the employer must bear the cost of his medical treatment.",
        ),
    ],
    [
        (
            "user",
            "Hi, I did the scalp micropigmentation at a KL centre, then the colour turn blue. Refund they want bank details.",
        ),
        ("assistant", "Before sharing, confirm you are talking to the centre's official channel."),
        (
            "user",
            "ok ok, 我是 Kenneth Wong Kah Hoe, Public Bank 3-1928-4475-06, phone 017-395 2816.",
        ),
        (
            "assistant",
            "Thanks; send these only through the centre's official email or counter, and ask for a written refund confirmation.",
        ),
    ],
]
