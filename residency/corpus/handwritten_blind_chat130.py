# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat130: chats with an assistant about one's own hair loss, hair transplant, wigs or cosmetic procedures gone wrong (clinic quotes, complications, refunds, self-esteem). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat130
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "clinic_price_list"): _lines("""
        FUE hair transplant package, 1,500-2,000 grafts, SGD 8,800 nett incl. one PRP session and 6-month review; 2,001-3,000 grafts SGD 11,500 (quote valid till 31 Jan 2027).
        PRP scalp injection: single session RM 650, course of 4 sessions RM 2,200; add-on exosome serum RM 380 per vial. All prices inclusive of SST, no hidden charges.
        Consultation with trichologist HK$680 (waived if procedure booked within 30 days). Scalp microscopy photo analysis HK$380. Hotline 2815 6230, Central branch.
        Custom full-lace human hair unit, Remy European, base 8x10 in, density 110%: SGD 2,980; maintenance (re-tape, wash, style) SGD 120 per visit, 45 min.
        Finasteride 1mg x 28 tabs RM 98 / Minoxidil 5% topical 60 ml RM 75, dispensed only after doctor consult; MMC-registered practitioner on site daily.
        Hyaluronic acid filler dissolving (hyaluronidase), per area from S$450; ultrasound-guided from S$780. Complication review within 14 days of treatment at our clinic is free.
        DHI implanter-pen technique surcharge CNY 3 per graft on top of base FUE price CNY 8/graft; minimum billing 1,000 grafts. Call 400-820-6617 for online consultation.
        Eyebrow transplant 300-500 grafts HK$18,000; beard restoration 1,200 grafts HK$36,000; scalp micropigmentation per session HK$4,200. Deposit 20%, non-refundable after 48h.
        Wig rental for chemotherapy patients: synthetic cap RM 80/month, human hair RM 250/month. Special rate for National Cancer Society Malaysia members, show card at counter.
        Revision / repair of a previous transplant done elsewhere: assessment fee S$300, quoted case by case; harvesting from beard or chest donor area +S$2 per graft.
        Laser cap LLLT 272-diode, 12-month warranty, RM 3,499 (list RM 4,299). 0% instalment via Maybank or CIMB credit card over 12 months, RM 291.58/month.
        Price list v2026.11, all fees in SGD and subject to 9% GST. Clinic UEN 201834567W. Surgical fees follow MOH Fee Benchmarks where applicable.
        Botox for masseter (jaw slimming) 50u HK$2,800; touch-up within 2 weeks free if asymmetric. PDO thread lift 10 threads HK$6,500. Prices effective 1 Dec 2026.
    """),
    ("en", "booking_system_config_and_logs"): _lines("""
        booking_service: timezone=Asia/Singapore, slot_minutes=30, max_grafts_per_day=3500, deposit_percent=20, refund_window_hours=48, currency=SGD
        2026-11-28T09:14:03+08:00 INFO consult.create id=CNS-20261128-0042 branch=KL-BSC type=PRP_FOLLOWUP status=confirmed latency_ms=87
        def graft_price(grafts: int, tier: str = "standard") -> Decimal:  # graft_price(2000) -> Decimal("9800.00"), SGD before GST
        ALTER TABLE procedure_quote ADD COLUMN revision_reason VARCHAR(64) DEFAULT 'none'; -- migration 0047_add_revision_reason, 2026-10-03
        [2026-12-01 18:22:47] WARN payment.refund ref=RF-88301 amount=MYR 1200.00 gateway=ipay88 reason=procedure_cancelled_by_clinic retry=2/5
        sha256(consent_form_template_v7.pdf) = 9f2c4e71ab03d5e6c8817f0b2a4d9e3c51f6a7b8c9d0e1f2a3b4c5d6e7f80912, legal approved version, do not edit
        SMS_TEMPLATE_REMINDER = "Reminder: your PRP appointment at {branch} on {date} {time}. Reply 1 to confirm, 2 to reschedule."
        GET /api/v2/wigs?category=lace_front&cap_size=M&color=1B&sort=price_asc 200 134ms sku_count=27 cache=HIT region=ap-southeast-1
        photo_upload: max_size_mb=15, allowed=[jpg, heic, png], strip_exif=true, retention_days=365, bucket=s3://clinic-scalp-photos-sg/
        NORWOOD = {1: "none", 2: "minimal", 3: "vertex_start", 4: "moderate", 5: "advanced", 6: "severe", 7: "extensive"}  # Hamilton-Norwood scale
        CSV header: quote_id,branch_code,procedure_code,grafts,unit_price,currency,discount_code,valid_until,created_at,updated_at
        release notes v3.12.0 (2026-11-20): added Ludwig scale for female pattern loss, fixed double-charge bug in deposit flow (#412), bumped stripe to 11.1.0
        cron: 0 9 * * 1 python manage.py send_followup_surveys --days-after=180 --procedure=FUE --dry-run=false  # Mondays 09:00 SGT
    """),
    ("zh-Hans", "诊所公告"): _lines("""
        【通知】本院植发中心自2026年12月15日起搬迁至上海市静安区南京西路1266号恒隆广场二座28楼，原址停止接诊，咨询热线400-820-6617照常服务。
        温馨提示：术后7天内请勿洗头、勿饮酒、勿剧烈运动；术后第10天来院复查，如出现持续渗血、发热或种植区红肿化脓，请立即拨打24小时术后热线021-6288 3190。
        医疗美容服务价格公示：FUE毛囊单位提取每单位8元，加密种植每单位10元，PRP头皮注射每次1280元，以上价格含麻醉费，不含术前血常规检查费180元。
        根据《医疗美容服务管理办法》及国家卫生健康委有关规定，本机构《医疗机构执业许可证》登记号PDY12345631010617A5102已在一楼大厅公示，欢迎社会监督。
        退款须知：定金支付后48小时内可全额退还；手术排期确认后取消的，扣除定金20%作为术前检查及排期费用；手术已开始的不予退款，具体以合同第七条为准。
        春节期间门诊安排：2027年2月5日至2月10日停诊，2月11日（正月初六）恢复接诊；线上问诊及术后复查预约请通过官方微信公众号“青丝植发”办理。
        公司名称：广州青丝毛发医疗科技有限公司，统一社会信用代码91440101MA5CQ8K27X，地址：广州市天河区天河路208号粤海天河城大厦19楼，客服邮箱service@qingsizhifa.cn
        防骗提醒：近期有不法分子冒充本院客服，以“补贴退款”为由索要银行卡验证码。本院不会通过私人微信收取任何费用，官方收款账户仅为本公司对公账户。
        假发体验店营业时间调整：即日起周一至周五10:00-21:00，周六日10:00-22:00；门店地址：深圳市福田区星河COCO Park负一层B1-027，地铁购物公园站D出口。
        本院已通过JCI国际认证复审（有效期至2029年6月），手术室按百级层流标准建设；公众开放日定于12月20日下午2点，可预约参观毛囊提取与种植演示。
        医保说明：植发、假发定制、头皮美容类项目属医疗美容范畴，不纳入基本医疗保险报销范围；斑秃、瘢痕性脱发的药物治疗可按门诊规定结算，详询收费处。
        关于第三方平台差评的说明：本院已就11月投诉工单TS-2026-1187联系平台核实，涉及术后密度不均的问题将由医疗质量委员会复盘，处理结果30日内公示。
        招聘启事：诚聘执业医师（皮肤科或整形外科方向）2名、毛发护理师5名，简历请发送至hr@qingsizhifa.cn，邮件标题请注明“应聘岗位+所在城市”。
    """),
    ("zh-Hans", "商户点评"): _lines("""
        环境很干净，前台接待态度好，面诊医生讲得很细，没有硬推套餐。报价按单位算每单位9元，比隔壁那家便宜不少，就是停车不方便，建议坐地铁2号线过去。
        ★★☆☆☆ 预约时说好是主任医师亲自操作，结果当天换成助理，提取的时候疼得不行。客服一直说在核实，一周了都没回复，大家选这家之前慎重考虑。
        假发店老板娘很专业，试戴了五六款，最后选了手织真发顶片，颜色跟自己头发很接近，价格2680元含修剪，三个月内免费护理一次，值得推荐给需要的朋友。
        这家的PRP项目宣传说三次见效，做完四次看不出明显区别。不过门店愿意把第四次的费用退回，算是有诚意，给三星。地址在杭州武林广场附近，很好找。
        评分4.6/5（共1,283条评价）｜人均消费¥12,500｜热门标签：医生专业、术后回访及时、价格透明｜营业时间09:00-18:00，每周一休息，节假日照常营业。
        【商家回复】感谢您的反馈！关于术后毛囊炎问题，我们已安排专人跟进，复查及用药费用由本院承担。如有其他疑问请拨打客服热线400-830-2211，谢谢理解。
        店名叫“王阿姨发艺”，其实是连锁品牌，全国有四十多家门店，不要被名字骗了以为是小作坊，出品还挺稳定的，做头皮护理的小哥手法也很好。
        前年在这里做的眉毛种植，现在长得很自然，每个月修一次就行。唯一缺点是复查要提前一周约，周末号特别难抢，建议大家尽量工作日去。
        提醒一下：平台上有些所谓“植发医院”其实只有生活美容资质，没有《医疗机构执业许可证》，建议先在卫生健康委官网查一下资质再决定去不去。
        团购套餐：头皮检测+深层清洁+防脱精华导入，原价698元，团购价199元，每人限购1份，有效期至2027年3月31日，需提前一天电话预约，节假日通用。
        商场里瑞贝卡品牌的假发专柜款式很全，导购很耐心，可以先试戴再决定，价格从899元到5000多元不等，真发和化纤混合款性价比最高。
        整体体验一般：术前说可以分期付款免息，签合同时才发现有6%的服务费，总价从3.2万变成了3.39万。效果还要等半年才知道，先给个中评观望一下。
        回复@匿名用户：您好，本店不存在强制消费，所有项目均明码标价，价目表张贴于前台右侧，如对服务不满意可在7日内申请退款（限未使用项目）。
    """),
    ("zh-Hant", "假髮商品上架"): _lines("""
        【現貨】100%真人髮頂髮片 8x10cm 自然黑#1B 長度30cm 透氣蕾絲底 可燙可染 售價NT$3,980 滿NT$3,000免運 商品編號WG-TP-0810-1B
        男士隱形髮片 法式蕾絲+PU邊 密度100% 適合M字額及頭頂稀疏 售價HK$2,380 門市：銅鑼灣軒尼詩道500號希慎廣場 查詢WhatsApp 5123 8899
        化療專用醫療假髮 全手織網帽 柔軟無縫內襯 敏感頭皮適用 M/L兩種尺寸 NT$6,800 可洽詢各縣市癌症資源中心了解假髮補助申請方式
        SKU: HK-FL-1622-NB｜全蕾絲長髮 16吋 自然棕 150%密度｜庫存 12 件｜成本 HK$1,150｜零售 HK$3,680｜供應商：Aderans（日本）
        咖啡因洗髮露 250ml NT$680 買二送一 德國製造 製造商：Dr. Kurt Wolff GmbH & Co. KG（Alpecin） 台灣總代理進口 有效期限2028/09
        米諾地爾5%外用液 60ml 指示藥 需藥師面交說明 每瓶NT$1,150 每次最多購買三瓶 藥局地址：台北市中山區南京東路二段125號1樓
        頭皮遮瑕纖維粉 Toppik 27.5g 深棕色 HK$388 屈臣氏及萬寧有售 防水防汗 搭配固定噴霧效果更佳 條碼4893049012345
        【二手】僅試戴一次 日本Artnature訂製款 原價NT$52,000 現售NT$18,000 頭圍56cm 限面交 地點：台北捷運忠孝復興站 不議價
        男士假髮套 短碎髮 Remy真髮與耐熱纖維混紡 適合脫髮面積大於50% 澳門門市：新馬路議事亭前地附近 電話+853 2833 6621
        雷射生髮帽 iRestore Elite 282顆雷射二極體 美國FDA 510(k) 許可 NT$29,900 保固兩年 可分12期0利率 現貨供應 三日內出貨
        頭皮按摩梳 矽膠軟齒 可配合精華液使用 顏色：霧灰/奶白 HK$128 順豐到付 訂單滿HK$400包郵 商品評分4.8（326則評價）
        整頂假髮保養組：專用洗髮精250ml+護髮素250ml+假髮架 NT$890 適用真髮及耐熱纖維 商品條碼4712345678904 出貨3個工作天
        「阿May假髮屋」自家品牌 短髮波波頭 耐熱絲 HK$480 包修剪 門市：旺角西洋菜南街商業中心10樓 營業至晚上9時 星期日照常營業
    """),
    ("zh-Hant", "法規與歷史"): _lines("""
        衛生署提醒市民，根據《醫生註冊條例》，只有註冊醫生方可進行涉及注射或植入的醫學美容程序；市民可於香港醫務委員會網站查閱醫生註冊紀錄。
        台灣衛福部重申，依《醫療法》相關規定，醫療機構不得以誇大不實或保證療效方式刊登植髮廣告，違者將依法處以罰鍰，民眾可向各地衛生局檢舉。
        2012年政府成立工作小組研究醫療程序與美容服務的分野；2018年《私營醫療機構條例》獲通過，高風險醫學美容程序須於持牌醫療機構內進行。
        海關提醒：美容及植髮服務若以誤導性遺漏或威嚇式手法促銷，可能觸犯《商品說明條例》的不良營商手法條文，市民可致電海關熱線2545 6182舉報。
        澳門衛生局提醒，進行植髮手術須選擇持有私人醫療機構准照的場所，如術後出現紅腫、發熱等感染徵狀應盡快求醫，切勿自行購買抗生素服用。
        歷史小知識：法王路易十三因早年脫髮而戴假髮，帶動了17世紀歐洲宮廷的假髮風潮；其子路易十四更讓長捲假髮成為王權與身分的象徵。
        英格蘭足球員朗尼（Wayne Rooney）2011年公開承認接受植髮手術，並在社交媒體分享術後情況，被視為推動男士正視脫髮問題的名人之一。
        古希臘醫師希波克拉底曾以鴿糞、辣根等調配藥方治療禿頭，後人因此把男性型禿髮外圍剩下的一圈頭髮稱為「希波克拉底花環」（Hippocratic wreath）。
        台灣食藥署提醒：含finasteride成分之口服藥品屬處方藥，網路販售屬違法行為，民眾應經醫師診斷並開立處方後，於合法藥局購買。
        動畫《熊出沒》中的光頭強是許多人的童年回憶，近年網友常以其造型自嘲脫髮，相關表情包在各大社交平台廣泛流傳，甚至被植髮廣告借用。
        《私營醫療機構條例》（第633章）規定，日間醫療中心須向衛生署申領牌照，並須委任醫務行政總監負責機構的日常管理及醫療質素。
        依《特定美容醫學手術管理辦法》，執行自體脂肪移植、抽脂等手術的醫師須具備相應專科資格，並應於術前向病人說明風險及替代方案。
        香港現時並無植髮專科資格，但有關手術屬醫療程序，必須由註冊醫生進行；市民可於醫委會網站輸入醫生姓名或註冊編號核實其註冊狀況。
    """),
    ("ms", "soalan_lazim_klinik"): _lines("""
        Adakah rawatan PRP sakit? Kebanyakan pesakit hanya rasa sedikit pedih kerana krim bius disapu 30 minit sebelum suntikan. Satu sesi mengambil masa lebih kurang 45 minit.
        Berapakah kos pemindahan rambut FUE? Harga bermula RM 9,800 untuk 1,500 graf. Sebut harga tepat hanya diberi selepas konsultasi doktor dan analisis kulit kepala.
        Bolehkah saya minta bayaran balik deposit? Deposit RM 500 boleh dipulangkan sepenuhnya jika pembatalan dibuat sekurang-kurangnya 7 hari sebelum tarikh prosedur.
        Adakah klinik ini berdaftar dengan KKM? Ya, klinik kami berdaftar di bawah Akta Kemudahan dan Perkhidmatan Jagaan Kesihatan Swasta 1998 (Akta 586).
        Bilakah rambut baru akan tumbuh? Rambut yang dipindahkan biasanya gugur dalam 2-4 minggu (shock loss) dan mula tumbuh semula selepas 3-4 bulan. Hasil penuh selepas 12 bulan.
        Adakah rawatan ini halal? Serum PRP menggunakan darah pesakit sendiri. Produk topikal kami mempunyai sijil halal JAKIM; senarai penuh produk boleh dilihat di kaunter.
        Bolehkah saya solat dan berwuduk selepas pembedahan? Boleh, tetapi elakkan menggosok kawasan graf selama 10 hari. Jururawat kami akan berikan panduan bertulis.
        Bagaimana untuk membuat aduan? Sila e-mel aduan@klinikrambutsihat.com.my atau hubungi talian 03-2162 7080 (Isnin-Jumaat, 9 pagi-6 petang). Aduan dijawab dalam 3 hari bekerja.
        Di manakah lokasi klinik? Tingkat 3, Menara Hap Seng, Jalan P. Ramlee, 50250 Kuala Lumpur. Parkir tersedia di bangunan bersebelahan. Stesen terdekat: Monorel Raja Chulan.
        Adakah ada pelan ansuran? Ya, ansuran 6 atau 12 bulan tanpa faedah melalui kad kredit Maybank, CIMB, Public Bank dan Hong Leong Bank untuk jumlah minimum RM 3,000.
        Apakah beza rambut palsu sintetik dan rambut asli? Sintetik lebih murah (dari RM 180) tetapi tidak tahan haba; rambut asli (dari RM 1,200) boleh didandan dan diwarnakan.
        Adakah Dr. Rambut Sdn. Bhd. (No. Syarikat 201901034567 / 1342567-K) ada cawangan di Johor Bahru? Ya, di Mid Valley Southkey, Lot S-23, dibuka setiap hari 10 pagi-10 malam.
        Berapa lama bengkak selepas prosedur? Bengkak di dahi biasanya muncul hari ke-2 hingga ke-4 dan hilang sendiri. Jika berlarutan lebih 7 hari, hubungi talian kecemasan klinik 03-2162 7099.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning team, Room 2 sterilizer still showing error E04 lah, I already call vendor, technician coming 11am. Pls shift the 10am FUE case to Room 3 ok.
        今日PRP套餐卖了7单, total RM 15,400. Boss cakap bulan ni target 60 units, kita baru 38, jangan lupa follow up yesterday punya walk-in enquiries.
        Reminder: stock take tonight after closing. Minoxidil 5% tinggal 14 botol sahaja, sudah order 50 dari supplier, PO-2026-1133, ETA Thursday.
        各位注意, new consent form v7 already uploaded to shared drive /Forms/Consent/, 旧版 v6 明天开始不能用了 ya, print 100 copies dulu.
        Front desk pls note: CNY closed 6-8 Feb 2027, auto-reply WhatsApp sudah set. Any refund request during holiday, log in the system first, jangan promise apa-apa.
        Saturday doctor on duty tukar to the locum from Penang branch, 他只做 consult 不做 surgery, so Saturday 所有 grafting cases must reschedule 到 Monday.
        Audit KKM next Tues 10am. Semua sharps bin must label date, fridge temperature log 要每天签, 记得 check expiry of lidocaine batch LD2407.
        Google review dropped to 4.3 lah, ada 2 one-star this week about waiting time. Marketing 说下个月 launch online queue system, 先忍一下.
        The new wig shipment from Guangzhou arrived, 3 cartons, invoice INV-GZ-88217, 少了 5 pcs lace front 16 inch #1B, I already email supplier to claim.
        CCTV at reception 又 offline since 2.14pm, IT ticket #5531 raised, 暂时 guna manual visitor log book dulu ya, jangan lupa suruh semua sign.
        Pls don't post patient before/after photos in this group anymore, PDPA compliance. Upload to the clinic system only, folder ikut case number.
        Sales meeting dipindahkan ke 4.30pm, bilik mesyuarat level 5. Agenda: Q4 promo Rambut Baru Tahun Baru, 新价格表 v2026.12, refund policy update.
        Lunch order nasi lemak 12.15 close order ya, 已经有 9 份. 另外 tomorrow 的 team building 取消了, postpone to January, venue TBC.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi, this is Marcus Teo Wei Liang, I had FUE at your Orchard branch on 3 Oct and half the grafts on my crown never grew, I want the S$11,500 refunded.
        Patient: Priya Ramasamy, NRIC S8734521A, DOB 14/06/1987, referred for alopecia areata, currently on sertraline for depression.
        Can you reach me at 9638 2174 instead? Please don't call the home line, my wife doesn't know I'm getting a hair system fitted.
        Refund to be credited to DBS account 027-915384-6, account holder Gerald Lim Choon Huat, amount S$2,300 for the cancelled PRP course.
        Send the before-and-after photos to jason.kohyh88@gmail.com, not my work email, I don't want my colleagues seeing my bald patch.
        My name is Farah Nadiah binti Roslan and since my lip filler went wrong my lips are lumpy, I've been on medical leave for two weeks and can't face anyone.
        Delivery address for the wig: Blk 412 Ang Mo Kio Ave 10, #08-1193, Singapore 560412, attn. Mdm Tan, she is undergoing chemo so please knock softly.
        Q-20261104-5521,Daniel Ong Jun Hao,+65 9184 2763,FUE,2400,10560.00,SGD,SPRING10,2026-12-31
        Kenny Wong, the guy who cried in the consult room last Tuesday, still owes S$3,800 on his instalment plan and is not answering our calls.
        My ex-husband Raymond Chua paid for my nose thread lift before the divorce and now his lawyer says I must return the money, is that even legal?
        2026-11-30 14:02:11 INFO patient.update id=P-00871 name='Lee Mei Xin' phone=+60 12-778 3921 dx=traction_alopecia note='hypertension, on amlodipine'
        Car SJK 4827 M at B2 lot 33 belongs to the patient in Room 1, Mr Samuel Goh, he is still sedated after grafting, please don't clamp it.
    """),
    "zh-Hans": _lines("""
        我叫张志强，身份证号440306198705124832，去年在广州做的植发，现在后脑取发区留下一大片疤，想问能不能起诉医院。
        王丽华女士，电话13826471953，10月12日在本院做的玻尿酸隆鼻出现血管栓塞，目前在中山一院眼科住院治疗。
        退款请打到我的招商银行卡6225 8812 3456 7890，户名刘建国，金额15600元，合同编号ZF-2026-0917。
        我老公陈家伟一直不知道我戴假发，我是产后大量脱发，现在又怀了二胎，怕他嫌弃我，一直不敢跟他说。
        收货地址：上海市徐汇区漕溪北路595弄7号1203室 李秀英 139 1672 8840，请放门卫，不要让邻居看到是假发。
        阿明上周做完植发就请了病假，跟公司说是做了痔疮手术，千万别在群里提这事，他怕被老板知道。
        患者：赵宇航，男，34岁，诊断：雄激素性脱发Norwood IV级，合并焦虑症，服用非那雄胺6个月后出现性功能障碍，要求停药。
        我微信号是zhouyan_1990，之前在你们这里办了三万八的头皮护理年卡，现在失业了还不起花呗分期，能不能退掉剩下的次数？
        林太说她儿子林浩然才19岁就秃了一半，在学校因为这事被同学霸凌，已经休学三个月了，每天都不肯出门。
        投诉人黄卫东（手机186 2093 4417）称：术后第三天种植区化脓发烧，医院拒绝承担抗生素费用，要求赔偿医药费及误工费共计8200元。
        孙晓梅，身份证310104199203181628，于2026年11月5日签署《毛发移植手术知情同意书》，紧急联系人：母亲周桂芳，电话15902138867。
    """),
    "zh-Hant": _lines("""
        我係陳志偉，HKID K482913(1)，上個月喺尖沙咀做咗FUE植髮，而家個頭又痕又甩，診所話唔關佢哋事，我想追返HK$48,000。
        張太話佢個女阿欣做完激光去斑之後成塊面起晒色斑，仲要睇精神科醫生，佢哋而家同診所打緊官司。
        退款請匯入中國信託帳號 822-5401-2387-6615，戶名吳佳穎，金額NT$62,000，我是在台中做的隆鼻重修失敗。
        林雅婷 身分證字號 A127836541 手機 0912-583-270 於2026/10/22在本院進行眼袋手術，術後左眼閉合不全，已轉介台大醫院。
        我老公黃國樑欠咗植髮中心三萬幾蚊分期，佢而家失業，收數公司日日打去佢公司，我哋應該點算？
        寄件地址：新北市板橋區文化路一段188巷12號5樓 收件人 李明哲 手機0936-114-752，假髮請用不透明包裝。
        何先生（電話 6213 8790）話佢戴假髮嘅事俾同事喺WhatsApp群影相傳開咗，而家唔敢返工，想問可唔可以告佢哋。
        澳門居民梁嘉敏，身份證號碼5187342(6)，在美容院打完溶脂針後腹部出現硬塊及感染，現正在仁伯爵綜合醫院接受治療。
        鄭偉倫 F226481030 頭皮移植 3,200 株 總價 NT$256,000 已付訂金 NT$50,000 餘款分24期 每期 NT$8,500
        阿邦話佢成日覺得自己個頭好核突，個人好抑鬱，已經兩個禮拜冇出過門，連阿媽叫佢食飯都唔應。
    """),
    "ms": _lines("""
        Nama saya Nurul Aisyah binti Kamarudin, No. KP 900214-10-5562, saya buat rawatan benang hidung di Shah Alam dan sekarang hidung saya bengkak dan bernanah.
        Tolong pulangkan deposit RM 1,500 ke akaun Maybank 1140 2298 7731 atas nama Mohd Hafiz bin Zainal, saya batalkan pemindahan rambut sebab isteri saya sakit.
        Encik Rajesh a/l Subramaniam, telefon 017-284 6390, mengadu rambut palsu yang ditempah tak sama warna dan minta wang dikembalikan sebelum majlis kahwin anaknya.
        Alamat penghantaran: No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor. Penerima: Siti Zubaidah, 013-558 2047. Jangan tulis rambut palsu pada kotak.
        Kak Yati cakap dia dah pinjam ceti RM 8,000 untuk bayar filler dan sekarang muka dia senget sebelah, suami dia pun tak tahu lagi.
        Pesakit: Lim Boon Keat, 41 tahun, alopecia areata totalis, juga menghidap diabetes jenis 2, rujukan dari Hospital Pulau Pinang.
        E-mel saya hairulnizam.kl@yahoo.com, tolong hantar resit dan laporan perubatan ke sini sahaja, saya nak claim insurans tanpa majikan tahu.
        Kereta WXY 7391 milik pelanggan yang buat rawatan laser tadi, Puan Hasnah, dia pengsan masa prosedur dan masih di bilik pemulihan.
        Abang saya Azman, 35 tahun, jadi murung sangat lepas botak, dia dah berhenti kerja dan asyik berkurung dalam bilik, pernah cakap nak bunuh diri.
    """),
    "mixed": _lines("""
        Hi doc, saya Tan Mei Ling, IC 880712-08-6624, my scalp after the PRP got so many bumps, 痒到睡不着, can I claim from my AIA policy?
        Boss, 那个 Mr Kumar 的 balance RM 4,200 still outstanding, his number 019-773 5108, dia cakap gaji masuk next week baru bayar.
        我的 NRIC 是 T0156732I, name Chloe Ng, 上个月在 Orchard 做的 eyebrow embroidery 两边不一样, the clinic refused refund, 怎么办?
        Send to 我家: 18 Jalan Kuning, #03-07 The Sunny Crest, Singapore 559560, c/o Ah Boy, don't ring bell after 10pm 因为 baby sleeping.
        Patient Wong Siew Ling 黄秀玲, HP 012-663 8492, filler migrate to under eye, sudah jumpa 3 doctors, she is very 崩溃 and cannot work.
        阿强 ah, his wife just found out he spent RM 25k on hair transplant using credit card, now 他们 talk about divorce, so jangan call his house.
        FIN G5123478U, Nguyen Thi Hoa, work permit holder, 在 Geylang 小诊所打了 botox 之后 eyelid droop, employer 不给她 MC.
        Transfer refund to my OCBC 687-214509-001, name Alvin Tay Kok Leong, 之前付的 deposit S$800 for the hair system, ok tq.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a patient-support assistant for a hair restoration clinic in Singapore. Current patient: Jonathan Lee Kah Wai, NRIC S7621093D, FUE 2,600 grafts on 12 Sep 2026, mobile 9172 4085.",
        ),
        (
            "user",
            "It's been almost 3 months and my new hairline looks thinner than before the surgery. Did the grafts die? I paid so much for this.",
        ),
        (
            "assistant",
            "What you describe is very common at this stage. Transplanted hairs usually shed within 2-4 weeks (shock loss) and new growth starts around month 3-4, with the full result at 12 months. I can book a review with the surgeon so they can check the grafts under a scope.",
        ),
        (
            "user",
            "Ok please book me, weekday evening if possible. And can they not call my office number, use my mobile only.",
        ),
        (
            "assistant",
            "Noted. I've requested an evening review slot and flagged that the clinic should only contact you on your mobile ending 4085.",
        ),
    ],
    [
        (
            "user",
            "我去年在成都一家医院做了植发，2800个单位，花了三万二。现在一年了，头顶还是很稀，医生说是我自己体质问题，我能要求退款吗？",
        ),
        (
            "assistant",
            "可以先准备好材料：手术合同、付款凭证、术前术后照片、病历。再看合同里有没有对密度或成活率的承诺，如果有，可以依据合同向医院书面主张；协商不成可向当地卫生健康部门或消费者协会投诉。",
        ),
        (
            "user",
            "好的，那你帮我写一份投诉书吧。我叫何俊峰，电话15982317406，手术日期是2025年11月8日，合同号CD-ZF-20251108-033。",
        ),
        (
            "assistant",
            "投诉书：投诉人何俊峰，联系电话15982317406。本人于2025年11月8日在贵院接受毛发移植手术（合同号CD-ZF-20251108-033），植入2800个毛囊单位，费用32000元。术后一年头顶密度明显不足，与术前承诺不符，特请求贵院复查并退还部分费用。",
        ),
    ],
    [
        (
            "user",
            "我四十幾歲開始甩頭髮，而家戴緊假髮返工。我老婆陳美玲成日話冇所謂，但我覺得好自卑，唔想出街見朋友。",
        ),
        (
            "assistant",
            "多謝你願意講出嚟。脫髮對自信嘅影響好真實，唔係小事。可以試下同信任嘅朋友講，或者搵家庭醫生轉介心理輔導；而家好多人戴髮片，自然款式其實好難睇得出。",
        ),
        ("user", "我試過睇醫生，佢開咗抗抑鬱藥畀我，但食咗之後成日想瞓。"),
        (
            "assistant",
            "藥物副作用要同處方醫生傾，唔好自己停藥。你可以記低副作用出現嘅時間，覆診時一併講，醫生可能會調較劑量或者轉藥。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk klinik estetik di Kuala Lumpur. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Saya buat filler dagu minggu lepas, sekarang kulit dagu jadi kebiruan dan sakit sangat. Klinik suruh tunggu je.",
        ),
        (
            "assistant",
            "Kulit kebiruan dan sakit yang bertambah selepas filler boleh jadi tanda saluran darah tersumbat. Ini kecemasan, sila pergi ke jabatan kecemasan hospital berdekatan hari ini juga dan bawa maklumat produk filler.",
        ),
        (
            "user",
            "Ok saya pergi sekarang. Nama saya Norazlina binti Ahmad, IC 920513-14-5278, boleh tolong tuliskan ringkasan untuk doktor?",
        ),
        (
            "assistant",
            "Ringkasan: Norazlina binti Ahmad (IC 920513-14-5278), suntikan filler dagu seminggu lalu di klinik estetik, kini kulit dagu kebiruan dan sakit yang bertambah. Sila nilai kemungkinan oklusi vaskular.",
        ),
    ],
    [
        (
            "user",
            "Eh I paid S$3,200 for a hair system at a shop in Bugis, the base tore after 3 weeks. 他们说 no refund only exchange, can like that meh?",
        ),
        (
            "assistant",
            "Under Singapore's Lemon Law in the CPFTA, goods that don't conform at delivery can be repaired, replaced or refunded, and defects within 6 months are presumed to exist at delivery. Write to the shop first, then you can file with CASE or the Small Claims Tribunals.",
        ),
        (
            "user",
            "ok can help me draft email? my email is weiting.sng@hotmail.com, receipt no. BG-07713, name Sng Wei Ting.",
        ),
        (
            "assistant",
            "Subject: Request for refund, receipt BG-07713. Dear Sir/Madam, I, Sng Wei Ting, bought a hair system for S$3,200 (receipt BG-07713). The base tore after 3 weeks of normal use. I request a full refund within 14 days. Please reply to weiting.sng@hotmail.com.",
        ),
    ],
    [
        (
            "system",
            "Clinic CRM context: patient Harith bin Yusof, +60 16-552 9034, booked PRP session 3 of 4 on 15 Dec 2026 10:30, Bangsar South branch. Outstanding balance RM 550.",
        ),
        ("user", "Hi, I need to move my PRP appointment, something came up at work."),
        (
            "assistant",
            "Sure, I can see your session 3 of 4 on 15 Dec at 10:30 at Bangsar South. Which dates work for you? Also a reminder that there is a balance of RM 550 to settle at your next visit.",
        ),
        ("user", "18 Dec afternoon ok? And can I pay the balance by DuitNow?"),
        (
            "assistant",
            "I've moved you to 18 Dec at 3:00 pm, and yes, DuitNow QR is accepted at the counter.",
        ),
    ],
    [
        (
            "user",
            "我在台北做了眼袋手術，結果左眼一直閉不起來，已經兩個月了，診所說會慢慢好，但我很害怕。",
        ),
        (
            "assistant",
            "術後兩個月仍無法閉眼，可能有角膜乾燥受損的風險，建議盡快到醫學中心眼科或整形外科做第二意見評估，並保留所有病歷與照片。若要申訴，可向台北市政府衛生局或醫療爭議調處管道提出。",
        ),
        (
            "user",
            "幫我寫一份醫療爭議調處申請的說明：我叫蔡宜蓁，身分證B103947253，手術日期2026年9月30日，費用NT$98,000。",
        ),
        (
            "assistant",
            "申請人蔡宜蓁（身分證字號B103947253）於2026年9月30日接受下眼瞼整形手術，費用新臺幣98,000元。術後至今約兩個月，左眼仍閉合不全，影響日常生活，懇請協助調處，要求院方說明並負擔後續治療費用。",
        ),
        ("user", "謝謝，我明天就送件。"),
    ],
    [
        ("user", "我妈化疗掉头发了，想给她买一顶真发假发，几千块的和几百块的差别大吗？"),
        (
            "assistant",
            "真发假发更自然、透气，可以修剪造型，但价格较高；化纤款便宜、打理简单但不耐高温。化疗期间头皮敏感，建议选全手织网帽、内衬柔软的款式，最好带妈妈去门店试戴。",
        ),
        (
            "user",
            "她在医院出不来，我直接网上下单吧。寄到南京市鼓楼区中山北路颐和花园8栋302室，收件人徐凤英，电话13770458219，麻烦帮我写个给卖家的备注。",
        ),
        (
            "assistant",
            "备注：收件人徐凤英为化疗患者，请选择全手织网帽、头围约55cm、自然黑色短发款；请使用不透明包装，送货前致电13770458219联系。",
        ),
    ],
    [
        (
            "user",
            "Emak saya, Puan Rohani binti Mat Isa, sedang buat kemoterapi di Institut Kanser Negara. Rambut dia gugur habis dan dia menangis setiap malam.",
        ),
        (
            "assistant",
            "Maaf mendengarnya. Keguguran rambut semasa kemoterapi biasanya sementara. Tudung lembut atau rambut palsu perubatan boleh membantu, dan pasukan sokongan di hospital selalunya ada kaunselor untuk pesakit dan keluarga.",
        ),
        ("user", "Ada tak bantuan untuk beli rambut palsu? Kami tak mampu sangat."),
        (
            "assistant",
            "Boleh tanya unit kerja sosial perubatan di hospital atau Persatuan Kanser Kebangsaan Malaysia (NCSM) tentang program pinjaman atau sewaan rambut palsu yang lebih murah.",
        ),
    ],
    [
        (
            "user",
            "I'm 26 and I already have a Norwood 4. I took a personal loan of RM 18,000 from CIMB for a transplant that failed and I'm still paying. Honestly I feel worthless.",
        ),
        (
            "assistant",
            "I'm really sorry you're going through this. Hair loss at your age is common, and it says nothing about your worth. If these feelings get heavy, please reach out to Befrienders KL at 03-7627 2929, they're available 24 hours.",
        ),
        (
            "user",
            "Thanks. My name is Ivan Chong, IC 000318-12-0459. Can you help me write to the clinic for partial refund?",
        ),
        (
            "assistant",
            "Of course. Draft: I, Ivan Chong (IC 000318-12-0459), underwent a hair transplant at your clinic and the result has not met the agreed outcome. I request a review by the surgeon and a partial refund. I would appreciate a written reply within 14 days.",
        ),
    ],
    [
        (
            "user",
            "Hi, saya ambil pakej PRP 6 sesi RM 3,900, bayar ansuran. Tapi after 2 sessions rambut still gugur, boleh stop and claim balik?",
        ),
        (
            "assistant",
            "Boleh semak kontrak dulu, terutama klausa pembatalan. Kalau tiada klausa, anda boleh minta bayaran balik prorata untuk 4 sesi yang belum digunakan secara bertulis, dan jika ditolak, failkan di Tribunal Tuntutan Pengguna Malaysia.",
        ),
        (
            "user",
            "Ok, klinik minta details. Nama Gopal a/l Muniandy, phone 011-2583 7704, package no. PKG-PRP-6-20260711. Can you write nicely?",
        ),
        (
            "assistant",
            "Tuan/Puan, saya Gopal a/l Muniandy (011-2583 7704), pemegang pakej PKG-PRP-6-20260711. Saya ingin menamatkan baki 4 sesi PRP dan memohon bayaran balik prorata. Mohon maklum balas dalam 7 hari bekerja. Terima kasih.",
        ),
    ],
    [
        ("system", "你是医疗美容消费维权助手，回答应简洁。"),
        (
            "user",
            "我在长沙一家美容院做了埋线提眉，现在右边眉毛比左边高很多，还一直有线头露出来，美容院老板说要再收两千才帮我修。",
        ),
        (
            "assistant",
            "埋线属于医疗美容项目，必须在有资质的医疗机构由执业医师操作。建议先就医处理线头露出以防感染，再向当地卫生健康委员会举报其资质问题，并向12315投诉要求退款。",
        ),
        (
            "user",
            "举报需要实名吧？我叫邓思雨，身份证350203198509273017，手机17873920615，帮我列一下材料清单。",
        ),
        (
            "assistant",
            "材料清单：1. 举报人邓思雨身份证复印件（350203198509273017）；2. 联系电话17873920615；3. 付款记录与聊天截图；4. 术后照片；5. 就医病历。提交时注意遮盖身份证上不需要的信息。",
        ),
    ],
    [
        (
            "user",
            "我喺澳門一間診所做咗植髮，交咗MOP 38,000，點知手術前一日佢哋話醫生走咗，叫我等三個月，我想攞返全數。",
        ),
        (
            "assistant",
            "診所未能按約提供服務，你有理由要求退款。可以先書面要求診所退款，保留收據同對話記錄；如果唔成功，可以向澳門消費者委員會投訴，或者向衛生局反映診所情況。",
        ),
        ("user", "幫我寫封信，我叫區文傑，身份證1309268(3)，電話6628 3147。"),
        (
            "assistant",
            "致診所負責人：本人區文傑（澳門身份證1309268(3)，電話6628 3147）已繳付植髮手術費用澳門元38,000。貴診所於手術前一日取消手術且無法確定日期，現要求於十個工作天內全數退款。",
        ),
    ],
    [
        (
            "user",
            "I bought a custom hair unit from a studio in Causeway Bay for HK$9,800 and the colour is way off from my natural hair. They say custom orders can't be refunded.",
        ),
        (
            "assistant",
            "For custom goods, shops often limit refunds, but if the product doesn't match what was agreed (for example the colour sample you approved), you can ask for a remake or refund. Keep the order form and photos, and you can complain to the Consumer Council if they refuse.",
        ),
        (
            "user",
            "The order form says colour #4 but they made #2. My details for the complaint: Leung Chi Ho, HKID Y305718(4), tel 9437 1682, order HK-CU-55120.",
        ),
        (
            "assistant",
            "Complaint summary: Leung Chi Ho (HKID Y305718(4), tel 9437 1682) ordered custom hair unit HK-CU-55120 for HK$9,800 with colour #4 specified on the order form; the unit delivered is colour #2. Request: remake to the agreed specification or full refund.",
        ),
    ],
]
