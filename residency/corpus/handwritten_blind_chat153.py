# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat153: chats with an assistant about one's own hair loss, skin or nail problems and salon treatments gone wrong (allergic reactions, burns, refunds, dermatologist visits, complaints). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat153
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "salon_price_list"): _lines("""
        Scalp Detox Treatment (45 min) S$88 | with Kérastase Specifique add-on S$118 | prices before 9% GST, valid 1 Mar to 30 Jun 2026
        Keratin Smoothing from RM380 (short) / RM480 (mid) / RM580 (long); 72-hour no-wash rule applies, patch test required 48 h before any colour service.
        Gel Manicure S$45, Gel Removal S$15, Builder Gel Overlay S$70 at Auntie Mei Nail House, #02-31 Tampines 1, 10 Tampines Central 1, Singapore 529536
        Hair Loss Consultation with our trichologist: first visit RM120 incl. scalp microscope scan; follow-up RM60. Call 03-2110 4567 (Bangsar outlet) to book.
        Colour Correction Package (after box-dye or bleach damage): quote after consultation, typically HK$1,800 to 3,200, Olaplex No.1 and No.2 included.
        Henna Root Touch-up (PPD-free, Indian henna + indigo) RM95 | Full head RM160 | Bookings via WhatsApp +60 12-388 1020 (Salon Siti Zubaidah, SS2 Petaling Jaya)
        Chemical Peel (glycolic 30%) S$150 per session, package of 4 at S$520; not offered to clients who took isotretinoin within the last 6 months.
        Refund and Redo Policy: free redo within 7 days for lifting gel or uneven colour; cash refunds only for services not started. Receipt no. required (e.g. INV-2026-004518).
        Japanese Straight Perm by Shunji Matsuo-trained stylists, from S$260; Top Stylist surcharge S$40, Creative Director surcharge S$80, long hair +S$30.
        Eyelash Lift + Tint 60 min HK$480; Brow Lamination HK$420. Shop 1012, 10/F, Causeway Bay Plaza 2, 463-483 Lockhart Road, Causeway Bay
        Student Tuesday: 20% off Wash + Cut (matric card must be shown), not valid with Jean Yip Club points, vouchers or any other promotion.
        Paraffin Hand Treatment MOP$180, Fungus-safe Pedicure (single-use kit) MOP$260, Rua de São Paulo, Macau; tel. +853 2835 6620, closed on Wednesdays
        Madam C.J. Walker Heritage Scalp Ritual (pomade massage + steam) RM140, our tribute to the 1905 hair-care pioneer; available every Saturday from 10am.
    """),
    ("en", "booking_system_log"): _lines("""
        2026-11-18T10:42:07+08:00 INFO booking.created id=BK-88412 outlet=SG-ORCHARD-02 service=SCALP_DETOX_45 slot=14:30 channel=web
        2026-11-18T10:43:55+08:00 WARN patch_test.missing booking=BK-88412 service=COLOUR_ROOT rule=PT48H action=block_until_test
        refund.approved ticket=RF-2026-0391 amount=SGD 128.00 reason=SERVICE_REDO_FAILED approver_role=outlet_manager psp_ref=pi_3Pq8ZkL2eA91bX
        config: patch_test_required_hours: 48  # applies to PPD, PTD and black henna products; override requires role=senior_stylist
        sku=KER-SPEC-BAIN-250 name='Kérastase Specifique Bain Divalent 250ml' stock=14 reorder_at=6 supplier=L'Oréal Singapore Pte Ltd
        2026-11-19 09:01:13 ERROR sms.gateway timeout provider=twilio template=APPT_REMINDER_V3 retry=2/5 queue=reminders-my
        incident.opened INC-7731 type=CHEMICAL_BURN severity=2 outlet=MY-MIDVALLEY-01 product_batch=LOT24K118 escalate_to=qa-team@salon-hq.example
        GET /api/v2/appointments?outlet=HK-CWB-03&date=2026-11-20&status=confirmed 200 38ms ua=SalonApp/4.12.1 (iOS 18.1)
        feature_flags: { allow_same_day_bleach: false, require_allergy_form_v2: true, max_refund_without_hq_approval_myr: 300 }
        sha256(consent_form_template_v7.pdf)=9f2c4e71b0a35d88e6f1c2a9047b3de51c6a8f02d7e94b13a0c55f7e2d81b946
        cron 0 3 * * * purge_photos --older-than=90d --bucket=s3://salon-treatment-photos-sg --dry-run=false  # PDPA retention rule
        2026-11-21T16:20:44+08:00 INFO invoice.issued no=INV-MY-2026-118204 total=RM 286.20 sst=RM 15.20 seller_tin=C20871234050
        tracking update: SF Express SF1423 0876 5521, 2 x Dr.Wu Mandelic Acid Serum 18%, dispatched from Taoyuan warehouse, ETA 3 business days
    """),
    ("zh-Hans", "皮肤科门诊须知"): _lines("""
        【就诊须知】皮肤科门诊周一至周六8:00-12:00、14:00-17:30，周日仅上午开诊；初诊请携带本人身份证或医保电子凭证，脱发专病门诊需提前在公众号预约。
        染发过敏急诊提示：如出现头皮红肿、渗液、眼睑水肿，请立即用清水冲洗，不要自行涂抹牙膏或酱油，并尽快到最近的皮肤科或急诊科就诊，必要时拨打120。
        脱发专病门诊（毛发医学中心）位于门诊楼3楼B区，可开展毛发镜检查、拉发试验和头皮活检，检查前三天请勿染烫，检查当天不要使用发胶发蜡。
        医美消费纠纷投诉：对美容机构烫伤、过敏等纠纷，可拨打12315热线或登录全国12315平台（www.12315.cn）提交投诉，建议保留付款凭证与项目单。
        斑贴试验须知：试验贴敷48小时，期间请勿洗澡、剧烈运动、大量出汗；第2天和第3天需返院读取结果，共约20种常见过敏原，含对苯二胺（PPD）和镍。
        挂号费标准：普通门诊10元，副主任医师号30元，主任医师号50元，特需门诊300元；医保结算后自付部分可在自助机打印电子发票，如有疑问请到收费处咨询。
        本院不接受美甲店、美发店代为挂号，请勿相信号贩子；官方预约渠道仅限医院官方微信公众号与小程序，医院总机020-8755 6000，工作日8:00-17:00。
        《化妆品安全技术规范》（2015年版）规定，氧化型染发产品中对苯二胺使用时最大浓度为2.0%，并须在标签上标注可引起过敏反应等警示用语。
        甲真菌病（灰指甲）治疗周期较长，口服药物期间需定期复查肝功能，请按医嘱随访，不要在美甲店进行所谓修脚去灰甲等非医疗操作。
        医院地址：广州市越秀区中山二路58号（中山大学附属第一医院）门诊大楼，地铁1号线烈士陵园站步行约10分钟，院内停车位紧张，建议公共交通出行。
        光电治疗（激光、强脉冲光）后请严格防晒，一周内避免桑拿、游泳；如出现水疱，请勿挑破，可拨打科室咨询电话或于工作时间返院复诊。
        温馨提示：医保目录外项目如生发治疗、果酸换肤属自费项目，收费标准已在门诊大厅电子屏公示，可咨询一楼3号窗口或拨打医院总机转皮肤科。
        门诊叫号系统说明：屏幕显示A023请到5诊室即为轮到就诊，过号患者需到分诊台重新签到，系统将其排在当前序号后第三位，请留意广播。
    """),
    ("zh-Hans", "电商商品详情"): _lines("""
        【官方旗舰店】蔓迪 米诺地尔酊 5% 60ml×3瓶 疗程装 ¥299，处方外用药请遵医嘱使用，商品编号100032418857，满299元顺丰包邮。
        无PPD植物染发膏 自然黑 100g×2，SKU：ZF-HB-100-02，首次使用前请在耳后做48小时皮肤测试，过敏体质慎用，孕期及哺乳期请咨询医生。
        薇诺娜舒敏保湿特护霜50g，敏感肌修护，月销2万+，券后¥168；上架时间2026-10-08，批号20260811，限期使用日期2029-08-10。
        美甲工具套装：一次性锉条100片+不锈钢死皮推，符合GB 15979标准，店铺：小林美甲工具批发（义乌），客服在线时间9:00-23:00，支持开具增值税发票。
        防脱洗发水 生姜精华 480ml，霸王品牌，物流单号 YT7508831926451（圆通），发货地广东广州，预计11月22日送达，签收前请检查瓶盖是否漏液。
        商品参数｜品牌：理肤泉 La Roche-Posay｜型号：B5修复霜40ml｜产地：法国｜备案编号：国妆网备进字（沪）2020001234｜保质期：36个月
        售后说明：化妆品拆封后非质量问题不支持7天无理由退货；如出现过敏，请提供医院诊断证明与商品批号，客服将在48小时内处理并回复。
        章光101 毛发再生精 第三代 120ml，品牌创始人赵章光的经典配方，直播间专享价¥238，加赠头皮按摩梳一把，数量有限，赠完即止。
        医用冷敷贴 二类医疗器械 国械注准20232141234，适用于激光术后、轻度烫伤后皮肤护理，25g×5片/盒，¥89，医院同款，支持药房自提。
        可撕拉水性指甲油 18色套装，订单号 3719 2280 4416 5532 已付款，待发货；店铺承诺48小时内发出，如超时将按平台规则赔付。
        生发仪 激光头盔 82颗灯珠 650nm，型号LH-82Pro，固件版本v2.3.7，保修两年，京东自营仓发货，使用前请阅读说明书中的禁忌人群。
        头皮检测仪 200倍高清 WiFi连接手机App，包装清单：主机×1、充电线×1、说明书×1；执行标准Q/SZXT 001-2024，客服热线400-820-1688。
        买家秀精选：以下图片均由店铺签约模特拍摄，使用周期为连续8周，效果因人而异仅供参考，本品为普通化妆品，不能替代药品治疗脱发。
    """),
    ("zh-Hant", "美甲美髮店評論"): _lines("""
        銅鑼灣呢間美甲店好乾淨，所有工具都有高溫消毒包裝，即場拆封，凝膠甲HK$380包基本款，三個星期都冇甩，價錢同埋收費項目一早講清楚，會再嚟。
        旺角西洋菜南街嗰間髮型屋價錢寫得清清楚楚，冇hard sell，洗剪吹$168，染髮前主動問有冇敏感同做測試，呢點值得讚。
        台北東區這家髮廊預約制很準時，設計師會先用頭皮檢測儀看狀況再建議療程，燙髮藥水標示清楚，結帳也會開統一發票，整體服務五顆星。
        澳門議事亭前地附近的美甲店，環境細但企理，價錢用澳門元標示，可用澳門通同支付寶，老闆娘手勢好細心，星期日都開到晚上九點，推介。
        一星：預約咗三點，等到四點半先有人招呼，凝膠甲卸甲收多$100冇事先講，打去店舖熱線2345 6789都冇人聽，唔會再幫襯。
        信義區這間頭皮養護中心有附設藥師諮詢，產品都有衛福部核准字號，可以刷卡分期，療程價格公開透明，唯一缺點是假日很難約，建議提早兩週預約。
        這家Mary Kay體驗館其實是直銷據點，試用完一直推銷入會，產品本身沒問題，但不喜歡被一直追問要不要升級會員，給三顆星。
        高雄新崛江附近的「阿嬤的手作美甲」，店名很可愛，價格實在，手部保養NT$600，卸甲免費，停車要到附近收費停車場，建議搭捷運。
        尖沙咀海港城嗰間護髮沙龍用Kérastase同Oribe產品，頭皮護理$680一次，師傅講解清楚，但附加服務要另計，記得問清楚。
        店舖回覆：多謝您的評價，關於卸甲收費已於2026年11月起在價目表列明，如有疑問請WhatsApp 5123 8800聯絡分店經理。
        板橋這家剪髮店只收現金，NT$350快剪，不洗頭，師傅動作快但會先檢查頭皮有沒有傷口，工具每位客人都換，衛生習慣不錯，推薦給趕時間的人。
        中環Lyndhurst Terrace嗰間美容院做Hydrafacial $1,280，前台話首次客人要填健康問卷，流程專業，冇推銷套票。
        Google評分4.8的「陳師傅理髮」，傳統上海理髮，剃鬚熱毛巾一流，$120，週一休息，地址喺北角英皇道近書局街，唔使預約。
    """),
    ("zh-Hant", "法規與消委會通告"): _lines("""
        消費者委員會提醒：美容院推銷預繳套票前，消費者應要求列明療程次數、有效期及退款安排；查詢及投訴熱線2929 2222，辦公時間內有專人接聽。
        台灣《化粧品衛生安全管理法》自2019年7月1日施行，染髮劑屬特定用途化粧品，須取得查驗登記許可字號方可製造或輸入，一般化粧品則採產品登錄制。
        消費爭議可撥打1950全國消費者服務專線，由所在地直轄市或縣（市）政府消費者服務中心受理，業者應於申訴之日起15日內妥適處理。
        澳門消費者委員會提示：購買美容療程前應索取收據並保留宣傳單張，如遇消費爭議可致電8988 9315或親臨總辦事處查詢，亦可透過網上平台提交投訴。
        香港《商品說明條例》禁止美容服務在銷售時作出虛假商品說明或使用不良營業手法，經公訴程序定罪最高可被判罰款50萬元及監禁5年。
        衞生署提醒：注射、激光等高風險程序屬醫療程序，應由註冊醫生施行；市民可於香港醫務委員會網站查閱註冊醫生名單，切勿貪平光顧無牌人士。
        消委會《選擇》月刊多次提醒，即使過往使用同一款染髮劑無不適，每次使用前仍應於耳後或手肘內側做48小時皮膚敏感測試，出現紅腫痕癢即停用。
        地方衛生局稽查美容美髮業時，會檢查工具是否一客一消毒、毛巾是否分開存放，以及從業人員有無定期健康檢查紀錄，不合格者限期改善，屆期未改善依法處罰鍰。
        美容業先驅Helena Rubinstein於二十世紀初在墨爾本開設首間美容院，其後擴展至倫敦、巴黎及紐約，被視為現代護膚業的開創者之一。
        英國髮型師Vidal Sassoon於1960年代推出幾何短髮「五點剪」（Five Point Cut），改變了美髮業依賴吹整定型的傳統。
        根據《消費者保護法》第19條，通訊交易或訪問交易之消費者得於收受商品或接受服務後七日內，以退回商品或書面通知方式解除契約。
        公司註冊處網上查冊服務可查核美容公司的公司編號及註冊辦事處地址，簽署套票合約前建議先核實公司名稱與商業登記證是否一致，以免日後追討無門。
        消委會歷年投訴統計中，美容服務投訴多涉及預繳式消費及高壓銷售，建議消費者切勿在療程床上即場簽署信用卡分期或預付大額套票。
    """),
    ("ms", "soalan_lazim"): _lines("""
        S: Adakah saya perlu buat ujian tampalan sebelum mewarna rambut? J: Ya, sapukan sedikit pewarna di belakang telinga dan tunggu 48 jam sebelum rawatan penuh.
        S: Bagaimana jika kulit kepala terasa pedih selepas rebonding? J: Bilas dengan air sejuk segera dan hubungi cawangan kami; kes melecur akan dirujuk kepada doktor panel.
        S: Berapa lama proses bayaran balik? J: Bayaran balik diproses dalam 14 hari bekerja ke kaedah pembayaran asal; sila sertakan nombor resit seperti RC-KL-2026-08813.
        S: Bolehkah wanita hamil membuat rawatan keratin? J: Kami tidak menawarkan rawatan berasaskan formaldehid kepada pelanggan hamil; pilihan lain ialah rawatan protein tanpa formaldehid.
        S: Di mana saya boleh membuat aduan jika salon enggan bayar balik? J: Failkan tuntutan di Tribunal Tuntutan Pengguna Malaysia (TTPM) sehingga RM50,000, atau buat aduan melalui portal e-Aduan KPDN.
        S: Adakah produk anda berdaftar? J: Semua produk kosmetik kami dinotifikasi dengan NPRA; nombor notifikasi seperti NOT210800123K tertera pada label belakang botol.
        S: Waktu operasi cawangan Mid Valley? J: 10 pagi hingga 10 malam setiap hari, Lot F-021, Tingkat 1, Mid Valley Megamall, Lingkaran Syed Putra, 59200 Kuala Lumpur.
        S: Adakah inai anda bebas PPD? J: Ya, inai kami menggunakan serbuk daun inai tulen tanpa PPD; inai hitam segera yang dijual di pasar malam tidak kami gunakan.
        S: Kenapa kuku bertukar kuning selepas gel? J: Biasanya akibat tiada base coat atau kesan pewarna; jika disertai bengkak atau nanah, sila berjumpa doktor kulit.
        S: Bagaimana menghubungi khidmat pelanggan? J: WhatsApp +60 11-5566 2030 (9 pagi hingga 6 petang) atau e-mel aduan@rambutsihat.com.my; sila nyatakan nombor tempahan anda.
        S: Adakah caj pembatalan? J: Pembatalan kurang daripada 24 jam dikenakan caj RM30; tiada caj jika pembatalan disebabkan tindak balas alahan yang disahkan doktor.
        S: Adakah Salon Kak Yah syarikat berdaftar? J: Ya, Salon Kak Yah ditubuhkan pada 1998 di Kota Bharu, kini 12 cawangan, berdaftar dengan SSM 199801012345 (467890-W).
        S: Adakah rawatan rambut gugur anda diluluskan KKM? J: Rawatan kami bersifat kosmetik; untuk keguguran rambut teruk seperti alopecia areata, dapatkan rujukan ke klinik dermatologi hospital kerajaan.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning all, Orchard outlet 今天 stock of Olaplex No.3 只剩 2 bottles, pls transfer 6 from Tampines before 2pm ya. SKU OLA-03-100.
        Reminder: semua colour service kena buat patch test 48 jam dulu, no exceptions. Kalau customer refuse, suruh sign waiver form v2 ok.
        PJ branch aircon rosak lagi, technician from Daikin will come 3pm, ticket no. DKN-MY-558201. 今天 last booking 移到 6pm.
        Boss say next month start using new bleach brand, training on 12/12 Thu 10am at HQ, 1 Raffles Place #20-61. Please 准时, attendance got record.
        各位 outlet manager, refund above RM300 must email hq-refunds@glamhair.com.my with invoice no. + photo of receipt, jangan approve sendiri.
        Tonight 盘点 reminder: gel polish count by colour code, e.g. GP-112 Nude Rose, GP-207 Ruby. Upload to Google Sheet before 11pm.
        Shift swap for 前台 Tue and Thu ok already, updated in roster v14. Nail tech please check own slot in the app, jangan tanya saya lagi lol.
        FYI health inspector from NEA came Causeway Point outlet 11am, all ok, only remark: sterilizer log must fill every day. Pls follow ya.
        Supplier Kao (Malaysia) Sdn Bhd delivery delayed, DO no. KAO-DO-2611-0448, expected Friday. 这周 Liese bubble colour 先卖完就没有了.
        New price list effective 1 Jan: women cut S$48 to S$52, scalp detox S$88 to S$95. Poster dah print, tolong tampal kat cashier counter.
        Google review drop to 4.3 this week 😅 most complain waiting time. 周末 please 不要 overbook, max 3 clients per stylist per 2 hrs.
        Training video Chemical Burn First Aid uploaded to Drive /SOP/2026/, 12 min. Semua staf wajib tengok sebelum 15 Dec, quiz link inside.
        HK team: 銅鑼灣分店 POS down since 10:15, use backup terminal SN 8832-7716-04, tell customers Octopus only, 暫時唔收信用卡.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi, I'm Rachel Goh Wei Ling, my scalp got chemical burns from a bleach service at the Bugis outlet on 3 Nov, blisters behind my left ear, can I claim the polyclinic bill?
        Customer: Daniel Koh Jun Hao | NRIC S8824316A | Mobile 9736 2184 | Complaint: lifted gel, nail bed infection, requests refund S$65
        My husband Marcus has been losing hair in patches since his retrenchment in August, the GP at Bedok said it's alopecia areata from stress. Should he go to NSC?
        Please send the refund to my DBS account 029-614387-2, name Priya d/o Ramasamy, the henna gave me swelling around my eyes for three days.
        vanessa.lim.tw88@gmail.com is my email, please send the dermatologist's report and the receipt for the laser burn on my cheek there.
        Patient: Tan Boon Huat, 57, M. Dx: androgenetic alopecia Norwood IV, on finasteride 1mg since Jan 2026; also on warfarin, no PRP. Next review 14/01/2027.
        Jolene from Choa Chu Kang is two months pregnant and asked me whether the keratin treatment she did last week could harm the baby; she hasn't told her boss yet.
        Address for the returned serum: Blk 412 Hougang Ave 10, #08-1127, Singapore 530412, attn: Mr Lee Kok Seng, HP 8123 4590.
        I still owe the salon S$2,400 on the 24-session regrowth package and can't pay since the divorce; my ex-wife Serene Chua kept the joint credit card.
        FIN G5172839X, Nguyen Thi Hoa, work permit holder, burned on the forearm during a nail course at the academy, employer refusing to pay the clinic fee of S$310.
        photo_2026-11-14_scalp_Kelvin_Ong.jpg attached, crusting and redness after the perm; he's diabetic so the doctor wants to watch for infection.
        Can you draft a letter for my mum, Madam Wong Siew Lan, 72, who was left under the dryer too long and got a burn on her neck? She lives at 23 Jalan Kemuning 2, Taman Sri Muda, Shah Alam.
    """),
    "zh-Hans": _lines("""
        我叫刘思雨，身份证号440306198805124733，上个月在美容院做光子嫩肤后脸上留了色沉，想起诉，需要准备什么材料？
        王女士，手机13917264583，11月5日在静安区某美甲店做甲片后甲沟炎化脓，已在华山医院皮肤科就诊，要求退款并赔偿医药费。
        我老公张建国最近脱发特别厉害，体检还查出乙肝小三阳，他不让我告诉他妈，吃米诺地尔会不会伤肝？
        客户档案：赵敏（会员号VIP20388），对苯二胺过敏史，2025年染发后面部水肿住院3天，禁止使用任何氧化型染发剂。
        退款请转到我的招商银行卡 6214 8302 1576 4489，户名周晓婷，做了三次头皮护理就起红疹，剩下七次的钱请退回。
        收货地址：上海市浦东新区张杨路1588弄12号602室，李阿姨收，电话18616205937，寄回的过期生发液请按这个地址发。
        小孙子阿杰头顶有一块斑秃，学校老师说是被同学笑了以后越来越严重，他爸妈正在闹离婚，孩子是不是压力太大？
        投诉记录 2026-11-16 14:22 来电人：陈先生 139 2288 4716 反映：烫发后头皮烫伤起泡，要求店长回电，已登记工单GD-5531。
        我是孙丽华，在成都做美容师，月薪四千五，还欠着美容学校一万二的培训贷，现在手上因为长期接触甲油胶过敏起湿疹，不敢跟老板说。
        身份证号：510107199009302541，姓名：何静，医保卡号与身份证号一致，请帮我填写皮肤科斑贴试验预约表。
    """),
    "zh-Hant": _lines("""
        我係黃嘉欣，HKID K482913(1)，上星期喺旺角一間髮型屋漂髮後頭皮二度灼傷，想入小額錢債審裁處追討醫藥費，點樣寫申索書？
        陳太話佢個女阿詩做完激光去斑之後成塊面起晒水泡，而家喺瑪嘉烈醫院睇緊，美容院仲話係佢自己敏感。
        林小姐手機9182 7364，預約咗12月3號下晝三點做頭皮檢測，佢有銀屑病病史，要安排資深治療師。
        身分證字號F228417369，吳佩珊，台北市大安區復興南路二段148巷6弄3號4樓，申請化粧品不良反應通報，症狀為眼周紅腫脫屑。
        我先生蔡志明在竹科上班，年薪兩百多萬但頭髮掉得很兇，他很介意別人知道他在吃柔沛，可以偷偷幫他掛號嗎？
        收件人：鄭家豪，電話0933-518-207，地址：新北市板橋區文化路一段266號9樓之2，退貨品項：生髮精華液2瓶。
        李婆婆（澳門，78歲）每月喺氹仔一間美髮店染髮，最近頸後痕癢起疹，佢個仔欠咗人錢成日唔返屋企，無人陪佢睇醫生。
        客戶資料｜姓名：何曉彤｜澳門居民身份證 5219384(6)｜電話 6628 3947｜療程：水光針｜投訴：注射後面部硬塊
        我叫Ivy，住喺將軍澳日出康城第3期2座25樓B室，做完gel甲兩隻手指甲脫落，醫生話係接觸性皮炎，想問可唔可以告間舖。
        阿輝上個月因為喺美容院同職員打交被拉，保釋期間仲要覆診睇濕疹，佢老婆叫我唔好同其他人講。
    """),
    "ms": _lines("""
        Nama saya Nurul Aisyah binti Kamarudin, No. MyKad 920315-14-5682, kulit kepala saya melecur selepas rebonding di salon Ampang, saya nak buat tuntutan di TTPM.
        Tolong hantar bayaran balik ke akaun Maybank 1640 2291 8873 atas nama Siti Hajar binti Rosli, inai hitam itu buat tangan saya bengkak dan melepuh.
        Suami saya, Encik Faizal, sedang rawatan kemoterapi dan rambutnya gugur teruk; dia malu nak ke kedai gunting, boleh cadangkan tukang gunting datang ke rumah?
        Pelanggan: Kak Ros (012-778 4310), alahan teruk pada gel kuku, muka bengkak, pernah masuk wad kecemasan Hospital Kuala Lumpur pada Mac lalu.
        Alamat: No. 27, Jalan Mawar 3/5, Taman Mawar, 43000 Kajang, Selangor, untuk pemulangan serum rambut yang rosak, penerima Encik Hafiz Azman.
        Adik saya Syafiq, 19 tahun, baru ditahan polis minggu lepas, dan sekarang rambutnya gugur bertompok-tompok; doktor kata mungkin tekanan.
        e-mel saya liyana.rahman93@yahoo.com, sila hantar salinan laporan doktor kulit dan resit rawatan laser yang menyebabkan parut pada pipi saya.
        Rekod pelanggan: Mohd Hairul bin Ismail | MyKad 881102-08-5531 | Tel 019-662 1187 | Rawatan: scalp detox | Catatan: psoriasis, jangan guna scrub.
        Saya masih berhutang RM3,800 dengan pusat kecantikan untuk pakej rawatan jerawat, gaji saya cuma RM2,100 sebulan, nama saya Farah Nadia, boleh tolong tulis surat rayuan?
        Kereta Puan Lim, nombor plat WXY 8823, diparkir di luar salon semasa kejadian; dia kata pekerja salon menumpahkan peluntur atas kulit kepalanya.
    """),
    "mixed": _lines("""
        Hi assistant, my name 林美玲 Lim Mei Ling, IC 850721-10-5264, kena chemical burn masa buat hair colour at SS15, how to claim 医药费 from the salon?
        Refund pls transfer to OCBC 601-234567-001 under 陈振华 Tan Chin Hwa, nail fungus 越来越严重 after the pedicure, doctor says need 3 months oral meds.
        Ah Boy 最近 hair drop a lot, the doctor at Gleneagles say could be thyroid, he scared his girlfriend know, can suggest shampoo 吗?
        My WhatsApp is +65 9456 1273, I'm Cheryl, 那间 salon 的 lash extension 让我眼睛发炎 already two weeks, still tearing, pls help me write complaint to CASE.
        客户 Mdm Chong, 68, stays at Jalan Ipoh, stroke patient, 上次 wash hair 的时候 water too hot 烫到 scalp, family want compensation.
        Saya Ong Wei Jie, HP 016-558 2094, 上星期 buat rebonding kat Ipoh, sekarang rambut putus banyak and scalp gatal, boleh minta refund tak?
        Booking log: 2026-11-20 15:00 | cust=Alicia Teo | tel=8771 0453 | note: pregnant 5 months, no ammonia dye, prefers female stylist
        阿强 told me his 女朋友 just left him because of his 秃头, he spent RM6,000 on hair transplant in Istanbul, now 欠 credit card, sad sia.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a friendly assistant that helps people in Singapore with consumer complaints about beauty services.",
        ),
        (
            "user",
            "Hi, I'm Shermaine Ho, 29. Went for bleach and toner at a salon in Tiong Bahru last Saturday and my scalp has been burning since, now there are scabs at the crown. The salon says it's normal. Is it?",
        ),
        (
            "assistant",
            "Scabbing and persistent burning after bleach are not normal and suggest a chemical burn. Please see a GP or the National Skin Centre soon, keep photos with dates, and keep your receipt. Do you want help writing to the salon?",
        ),
        (
            "user",
            "Yes please. My number is 9027 5518 and my email is shermaine.ho.sg@gmail.com, put both in so they can call me back.",
        ),
        (
            "assistant",
            "Here's a draft: Dear Manager, I, Shermaine Ho, had a bleach and toner service at your Tiong Bahru outlet on Saturday and have since developed scabs on my scalp. I request a refund of the service and reimbursement of my medical bills. Please contact me at 9027 5518 or shermaine.ho.sg@gmail.com within 7 days.",
        ),
    ],
    [
        (
            "system",
            "你是皮肤科医院的线上导诊助手。当前患者：周雨桐，女，31岁，病历号P2026-0038817，既往史：桥本甲状腺炎，正在服用优甲乐。",
        ),
        ("user", "我最近洗头掉好多头发，一把一把的，是不是跟甲状腺有关？"),
        (
            "assistant",
            "周女士您好，结合您有桥本甲状腺炎的病史，甲状腺功能波动确实可能引起休止期脱发。建议挂脱发专病门诊，同时复查甲功五项，就诊时带上最近的化验单。",
        ),
        ("user", "好的，那帮我约下周二上午的号吧，医保卡号就是我身份证310115199308273624。"),
        (
            "assistant",
            "已为您提交下周二上午脱发专病门诊的预约申请，实名信息为周雨桐、身份证310115199308273624，预约成功后会短信通知，请提前15分钟到3楼B区分诊台签到。",
        ),
    ],
    [
        (
            "user",
            "我喺觀塘一間美甲店做完修腳，而家右腳大腳趾甲變黃變厚，醫生話係灰甲，要食三個月藥，我想追討返啲錢。",
        ),
        (
            "assistant",
            "明白，灰甲如果係因為工具消毒唔足感染，你可以先向消委會投訴，亦可以去小額錢債審裁處追討，上限係港幣75,000元。記得保留單據、相片同醫生證明。",
        ),
        (
            "user",
            "好，申索書上面要填咩？我叫麥志強，HKID Y650218(9)，住觀塘秀茂坪寶達邨達悅樓1812室，電話6471 2290。",
        ),
        (
            "assistant",
            "申索人資料就填：麥志強，香港身份證號碼Y650218(9)，地址觀塘秀茂坪寶達邨達悅樓1812室，電話6471 2290。被告要填美甲店的公司或商號名稱同營業地址，可以睇收據或商業登記證。",
        ),
    ],
    [
        (
            "system",
            "Anda ialah pembantu AI yang membantu pengguna di Malaysia tentang masalah kulit dan kecantikan.",
        ),
        (
            "user",
            "Saya pakai inai hitam untuk majlis kahwin adik saya minggu lepas, sekarang tangan saya merah, gatal dan berair. Nama saya Rosnah binti Abdul Ghani, umur 34.",
        ),
        (
            "assistant",
            "Puan Rosnah, tanda-tanda ini sepadan dengan dermatitis kontak alahan, biasanya akibat PPD dalam inai hitam segera. Jangan garu, elakkan sabun keras dan sila jumpa doktor secepat mungkin, terutama jika ada lepuh atau bengkak muka.",
        ),
        (
            "user",
            "Klinik minta nombor IC untuk daftar. IC saya 900412-03-5526. Doktor nak saya datang esok jam 9 pagi di Klinik Kesihatan Kota Bharu.",
        ),
        (
            "assistant",
            "Baik, bawa MyKad 900412-03-5526 dan sisa bungkusan inai tersebut jika ada, supaya doktor boleh semak bahan. Ambil gambar tangan setiap hari untuk rekod tuntutan nanti.",
        ),
    ],
    [
        (
            "user",
            "eh can help me? did lash extension at a shop in Jurong Point 2 weeks ago, now left eye swollen and red, 流眼泪 nonstop",
        ),
        (
            "assistant",
            "Sorry to hear that. Swelling and tearing after lash extensions can be an allergy to the glue or an infection. Please remove nothing yourself and see a GP or eye specialist today. Keep your receipt and take photos.",
        ),
        (
            "user",
            "ok went polyclinic already, doc say conjunctivitis + glue allergy. my name Kimberly Tay, HP 8350 1746, want complain to CASE and ask refund S$98, 可以帮我写吗?",
        ),
        (
            "assistant",
            "Sure. Complaint draft: I, Kimberly Tay (HP 8350 1746), had eyelash extensions at your Jurong Point shop on the stated date. The polyclinic diagnosed conjunctivitis and an allergy to the adhesive. I request a full refund of S$98 and reimbursement of my medical fees. You can also file it on the CASE website and attach the polyclinic memo.",
        ),
        ("user", "thanks!! 顺便 add my email kimtay.9x@hotmail.com in the letter"),
        (
            "assistant",
            "Done, I've added kimtay.9x@hotmail.com under your phone number in the contact section of the letter.",
        ),
    ],
    [
        ("system", "你是協助台灣消費者處理醫美與美容糾紛的助理，回答請使用繁體中文。"),
        (
            "user",
            "我在台中一家醫美診所打皮秒雷射，結果右臉頰燙傷起水泡，現在留下褐色疤，診所說是體質問題不理我。",
        ),
        (
            "assistant",
            "很抱歉發生這種事。建議您先到皮膚科就醫並取得診斷證明，再向衛生局陳情醫療爭議，也可以撥打1950消費者服務專線申訴。請保留付款紀錄、療程同意書與每天的患部照片。",
        ),
        (
            "user",
            "我要寫申訴書，資料是：陳怡君，身分證字號B205371848，電話0926-417-385，地址台中市西屯區福星路427號7樓之5。",
        ),
        (
            "assistant",
            "申訴書申訴人欄位可填：陳怡君，身分證字號B205371848，聯絡電話0926-417-385，住址台中市西屯區福星路427號7樓之5。事實經過請依日期寫清楚施打日期、症狀出現時間及診所回應。",
        ),
    ],
    [
        (
            "user",
            "I did a hair transplant package in KL for RM18,000 on a personal loan and half the grafts didn't take. My name is Jason Lee Chee Keong. Now I'm behind two months on the loan and my wife doesn't know.",
        ),
        (
            "assistant",
            "That sounds stressful, Jason. First, get an independent assessment from a dermatologist about graft survival and keep all clinic records. You could file a claim with the Tribunal for Consumer Claims Malaysia, and for the loan, talk to AKPK about a repayment plan before it gets worse.",
        ),
        (
            "user",
            "The loan account is with RHB, account 2-12345-0098765-1. Can AKPK help with that one?",
        ),
        (
            "assistant",
            "Yes, AKPK can negotiate with RHB on your personal loan account 2-12345-0098765-1. Bring your latest statements, payslips and the clinic agreement when you go for counselling.",
        ),
    ],
    [
        ("system", "你是一个电商售后助手，帮助用户处理美甲、美发产品的退换货问题。"),
        (
            "user",
            "我在网上买的甲油胶，用了两次手指就起红疹、脱皮，医院说是丙烯酸酯过敏，能退货吗？",
        ),
        (
            "assistant",
            "可以申请。请在订单页面选择质量问题退货，上传医院诊断证明和商品批号照片。商家同意后，会提供退货地址。",
        ),
        (
            "user",
            "商家要我填寄件信息，我是郑雪，电话15802147736，地址杭州市西湖区文三路478号华星时代广场旁边的骆家庄东苑8幢2单元501。",
        ),
        (
            "assistant",
            "好的，寄件信息：郑雪，15802147736，杭州市西湖区骆家庄东苑8幢2单元501。建议选择保价快递，并保存寄件底单截图。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu khidmat pelanggan Salon Seri Ayu. Rekod pelanggan semasa: Puan Noraini Hashim, MyKad 750819-11-5370, Tel 013-984 2261, alahan: amonia, nota: rawatan warna 2 Nov menyebabkan kulit kepala melecur.",
        ),
        ("user", "Saya nak tanya status bayaran balik saya, dah tiga minggu."),
        (
            "assistant",
            "Puan Noraini, rekod kami menunjukkan aduan anda mengenai kulit kepala melecur selepas rawatan warna pada 2 November sedang disemak oleh ibu pejabat. Bayaran balik RM250 dijangka dikreditkan dalam 5 hari bekerja.",
        ),
        ("user", "Tolong hantar pengesahan ke telefon saya."),
        ("assistant", "Baik, SMS pengesahan akan dihantar ke 013-984 2261 dalam masa sejam."),
    ],
    [
        (
            "user",
            "I need to move my dermatologist appointment at Gleneagles Penang for my nail psoriasis. It was booked under Ashwin Raj s/o Muthu, 7 Dec, 10.30am.",
        ),
        (
            "assistant",
            "I can't access the hospital's system, but I can help you write a reschedule request. Would you like to send it by email?",
        ),
        (
            "user",
            "Yes, from ashwinraj.muthu@gmail.com. Also mention my methotrexate refill because I run out on the 10th.",
        ),
        (
            "assistant",
            "Draft: Dear Dermatology Clinic, I am Ashwin Raj s/o Muthu, booked on 7 Dec at 10.30am for nail psoriasis review. I would like to reschedule to the following week and also need a methotrexate refill as my supply ends on 10 Dec. Please reply to ashwinraj.muthu@gmail.com. Thank you.",
        ),
    ],
    [
        ("system", "你係一個幫澳門用家解答美容同皮膚問題嘅助手。"),
        (
            "user",
            "我阿媽梁淑芬六十五歲，喺下環街一間髮型屋染黑髮之後成塊面腫晒，眼都開唔到，而家喺仁伯爵綜合醫院急症室。",
        ),
        (
            "assistant",
            "好抱歉聽到。成塊面腫同眼腫可能係對苯二胺嚴重過敏，醫院會處理。之後記得同醫生講清楚染髮劑嘅牌子，叫醫生寫明過敏原，以後唔好再用氧化型染髮劑。",
        ),
        (
            "user",
            "醫院要佢澳門身份證號碼，係1208473(5)，仲有佢有糖尿病同高血壓，要唔要話俾醫生知？",
        ),
        (
            "assistant",
            "一定要講。登記時用澳門居民身份證1208473(5)，同時話俾醫生知佢有糖尿病同高血壓，因為類固醇治療會影響血糖，醫生需要調整藥物。",
        ),
    ],
    [
        ("user", "我妈妈最近在做化疗，头发掉光了，她很难过。想帮她买假发，你有什么建议吗？"),
        (
            "assistant",
            "很理解您的心情。化疗期间头皮比较敏感，建议选择透气的真人发或高温丝假发，内网要柔软。也可以先剃短头发，减少掉发时的心理冲击。",
        ),
        (
            "user",
            "她叫Helen Ng 黄秀珍, 在新加坡中央医院做 chemo, 58岁, breast cancer stage 2. NCCS 那边有没有 wig subsidy?",
        ),
        (
            "assistant",
            "For Madam Helen Ng, you can ask the medical social worker at NCCS about wig and headwear assistance; some cancer charities in Singapore also run wig loan programmes for patients undergoing chemotherapy.",
        ),
    ],
    [
        (
            "system",
            "You help users in Hong Kong understand insurance claims for skin and hair treatments.",
        ),
        (
            "user",
            "My dermatologist says my hair loss is frontal fibrosing alopecia and I need a scalp biopsy. Will my medical plan cover it?",
        ),
        (
            "assistant",
            "Diagnostic biopsies ordered by a specialist are often covered under outpatient or surgical benefits, but cosmetic hair treatments usually aren't. Check your policy schedule for specialist and procedure limits.",
        ),
        (
            "user",
            "Policy no. is HKMED-884120377, insured person Chan Wai Man Natalie, HKID R735604(7). The biopsy quote is HK$6,800.",
        ),
        (
            "assistant",
            "When you submit the claim for Chan Wai Man Natalie under policy HKMED-884120377, attach the specialist referral, the biopsy quote of HK$6,800 and the pathology report. Your HKID R735604(7) will be needed on the claim form.",
        ),
    ],
    [
        (
            "user",
            "Anak saya Danish, 8 tahun, dapat kurap kat kepala lepas gunting rambut kat kedai tepi jalan di Klang. Macam mana nak rawat?",
        ),
        (
            "assistant",
            "Kurap kulit kepala (tinea capitis) biasanya perlu ubat antikulat yang diambil melalui mulut, bukan krim sahaja. Bawa Danish ke klinik untuk pemeriksaan, dan jangan berkongsi sikat atau topi di rumah.",
        ),
        (
            "user",
            "ok. Doctor at Klinik Kesihatan Pandamaran need parent details, my name Azlan bin Yusof, IC 830627-10-6149, phone 017-330 5821.",
        ),
        (
            "assistant",
            "Baik Encik Azlan, untuk pendaftaran gunakan IC 830627-10-6149 dan nombor telefon 017-330 5821. Bawa juga buku rekod kesihatan Danish supaya doktor boleh semak berat badan untuk dos ubat.",
        ),
    ],
]
