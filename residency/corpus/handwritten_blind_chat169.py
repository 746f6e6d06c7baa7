# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat169: chats with an assistant about one's own smoking, vaping or drinking and quitting (nicotine patches, quit lines, relapses, a partner's drinking, liver tests, workplace rules). All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat169
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "quitline_faq"): _lines("""
        Q: Is the QuitLine free? A: Yes. Call 1800 438 2000 (Mon-Fri 9am-9pm, Sat 9am-1pm, closed Sun and PH) to speak to a trained quit advisor at no charge.
        Q: Can I use nicotine patches while pregnant? A: Talk to your doctor or pharmacist first; the 7 mg/24 h patch is sometimes used under supervision, but counselling comes first.
        Q: Where can I buy NRT in Singapore? A: Nicotine gum, lozenges and patches are sold at Guardian, Watsons and Unity pharmacies and at polyclinic pharmacies without a prescription.
        Q: How long should I stay on the patch? A: A typical course is 8 to 12 weeks: 21 mg for weeks 1-6, 14 mg for weeks 7-8, then 7 mg for weeks 9-10 before stopping.
        Q: Are e-cigarettes legal here? A: No. Under the Tobacco (Control of Advertisements and Sale) Act, buying, owning or using a vape is an offence with a fine of up to $2,000.
        Q: I slipped and smoked after 3 weeks. Do I restart from day 1? A: No. A slip is not a relapse. Log it in the app, note the trigger and carry on with your quit plan.
        Q: What is the I Quit 28-Day Countdown? A: An HPB programme that rewards you for staying smoke-free for 28 days; sign up in the Healthy 365 app or at a participating pharmacy.
        Q: Does Allen Carr's Easy Way to Stop Smoking work? A: Some quitters find the book helpful, but evidence is strongest when counselling is combined with NRT or varenicline.
        Q: How many units is a pint of Tiger at 5%? A: A 568 ml pint at 5% ABV is about 2.8 units; the low-risk guideline is under 14 units a week spread over 3 or more days.
        Q: Can my employer breath-test me? A: Many worksites with cranes or forklifts run random breath tests under their WSH policy; check your company handbook or ask your safety officer.
        Q: Who can I e-mail about the programme? A: Write to quitsupport@iquit-helpdesk.sg; we reply within 3 working days. Please do not send NRIC numbers or medical reports by e-mail.
        Q: Who said giving up smoking is the easiest thing in the world because he had done it thousands of times? A: The quip is usually attributed to Mark Twain.
        Q: Do Johnnie Walker, Jack Daniel's and Captain Morgan count under the public drinking ban? A: Yes, the Liquor Control Act bans drinking any liquor in public from 10.30pm to 7am.
    """),
    ("en", "app_log_config"): _lines("""
        2026-11-14T07:42:19.311Z INFO quitbuddy-api v3.8.2 POST /v1/cravings 201 latency_ms=84 region=ap-southeast-1 build=9f3c2a1
        2026-11-14T07:42:20.002Z WARN nrt-reminder scheduler lag=4.2s queue=patch_change_daily pending=1182 worker=pod-7b9d4
        craving_event_id,logged_at_utc,intensity_1to10,trigger_code,location_type,used_nrt,smoked_after,app_version
        TRIGGER_CODES = {'COF': 'coffee', 'ALC': 'alcohol', 'STR': 'work stress', 'MEAL': 'after meal', 'SOC': 'friends smoking'}
        quit_plan: {patch_mg: [21, 14, 7], step_weeks: [6, 2, 2], gum_max_per_day: 15, reminder_time: '08:00', tz: 'Asia/Singapore'}
        ERROR liver-panel-import: unit mismatch for ALT (expected U/L, got ukat/L) in batch LP-20261114-03, 12 rows skipped, sha256=4be1c07d9a31e6f2
        feature_flags.yaml: enable_relapse_coach=true, enable_quitline_callback=true, callback_hotline='+65 6435 3500', max_daily_push=3
        DEBUG sync job=drink_diary_rollup week=2026-W46 rows=48231 units_total=391207.5 avg_units_per_user=8.11 duration=37s
        GET /v2/clinics?country=MY&service=stop_smoking&page=2 200 items=25 next_cursor=eyJwIjozfQ cache=HIT edge=sin1
        pip install quitbuddy-sdk==1.4.0  # then: from quitbuddy import CravingTimer; CravingTimer(minutes=5).start()
        {"event": "patch_applied", "dose_mg": 14, "site": "upper_arm", "app_version": "3.8.2", "ts": 1763106139, "tz": "+08:00"}
        Release notes 3.9.0: added Malay and Traditional Chinese copy for relapse screens, fixed BAC estimator rounding (Widmark r=0.68/0.55), dropped Android 8.
        rate_limit: /v1/quitline/callback 5 req/min per device; 429 body: {'error': 'too_many_requests', 'retry_after': 60}
    """),
    ("zh-Hans", "控烟公告"): _lines("""
        根据《北京市控制吸烟条例》，本楼宇室内区域全面禁止吸烟（含电子烟）。违者由卫生健康监督部门处以200元以下罚款，投诉请拨打12345。
        《上海市公共场所控制吸烟条例》修订后已将电子烟纳入控烟范围，商场、地铁站及写字楼室内一律禁止使用电子烟，请各租户告知员工。
        全国戒烟热线400-888-5531、12320卫生热线均可提供免费戒烟咨询，服务时间为周一至周五9:00-17:00，节假日除外。
        本院戒烟门诊地址：北京市朝阳区樱花园东街2号中日友好医院门诊楼二层，每周二、周四下午开诊，普通号挂号费50元，专家号100元，可通过医院官方APP提前7天预约。
        温馨提示：车间及仓库严禁烟火，吸烟请到3号门外指定吸烟点。违反者首次书面警告，第二次按《员工手册》第7.4条扣减当月绩效。
        公司通知：自2026年1月1日起，公务接待一律不上白酒，茅台、五粮液等高档酒水不予报销，详见财务部〔2025〕18号文。
        世界无烟日（5月31日）活动：工会将在一楼大厅发放戒烟手册，并邀请呼吸科医生讲解尼古丁替代疗法，欢迎各部门员工参加，现场报名戒烟挑战赛还可领取纪念水杯一个。
        酒驾处罚提醒：血液酒精含量≥20mg/100ml为饮酒驾驶，≥80mg/100ml为醉酒驾驶，将依法追究刑事责任。需要代驾请用小程序预约。
        控烟投诉可拨打12345转控烟专线，也可在“深i控烟”小程序上传现场照片，工作人员将在48小时内到场处理，经营场所未劝阻吸烟的最高可罚款3万元。
        戒烟药物伐尼克兰（畅沛）需凭处方购买，标准疗程12周，常见副作用为恶心、失眠、多梦，请遵医嘱服用，切勿自行加量；有抑郁病史者用药前须告知医生。
        《健康中国行动（2019—2030年）》提出，到2030年我国15岁以上人群吸烟率降至20%以下，各单位应设立无烟办公环境。
        行政部通知：本周五部门聚餐改在国贸三期B1层“老王家常菜”，人均标准120元，严禁劝酒，饮酒员工请勿驾车，公司统一叫车。
        林则徐于1839年在虎门销毁鸦片两万余箱，6月3日为虎门销烟纪念日，本馆禁毒展厅开放时间9:00-17:30，周一闭馆。
    """),
    ("zh-Hans", "体检价目表"): _lines("""
        肝功能八项（ALT、AST、GGT、ALP、TBIL、DBIL、TP、ALB）套餐价168元，需空腹8小时以上抽血，报告次日可在公众号查询。
        项目编码LF-008 谷丙转氨酶ALT参考范围：男9-50 U/L，女7-40 U/L；结果超过参考上限3倍建议到消化内科复诊。
        肝脏瞬时弹性检测（FibroScan）单次380元，检测前禁食3小时，CAP值用于评估脂肪肝程度，LSM值用于评估肝纤维化。
        戒烟人群专项体检包：胸部低剂量螺旋CT、肺功能、肝功能八项、血脂四项，原价1280元，会员活动价899元，限时至12月31日。
        订单号MN20261108093417552，套餐：饮酒人群肝脏筛查，门店：徐汇漕溪北路分院，已支付599.00元，请于30天内预约到检。
        乙肝五项+丙肝抗体：135元；甲胎蛋白AFP：60元；腹部彩超（肝胆胰脾肾）：220元；以上项目可使用医保个人账户支付。
        发票代码：031002300111，发票号码：08862145，销售方：上海康澜健康管理有限公司，税号91310104MA1FR2KH6K，金额899.00。
        体检须知：体检前3天请勿饮酒，前一晚22:00后禁食禁水，长期服用降压药者当天早晨可用少量温水送服，孕妇请勿做CT项目。
        尿液可替宁（Cotinine）检测：88元/次，用于评估近期尼古丁摄入情况，戒烟门诊复诊时可凭医生开单申请，结果一般3个工作日内出具。
        γ-谷氨酰转移酶（GGT）参考值10-60 U/L，长期饮酒者常见升高，一般戒酒4-6周后可明显回落，请结合其他指标综合判断。
        康澜体检客服热线400-618-3377，服务时间周一至周日7:30-17:30，春节期间另行通知，团检业务请按2号键转企业客户部。
        团体体检价目表（2026版）：A套餐男士458元/人，B套餐女士498元/人；加项：肝纤维化四项210元，碳13呼气试验150元。
        SKU：KL-LIVER-PLUS-2026，名称：护肝关爱套餐（含肝功能十一项及腹部彩超），有效期至2027-06-30，不可与员工福利券叠加使用。
    """),
    ("zh-Hant", "藥房產品列表"): _lines("""
        Nicorette 尼古清 戒煙貼片 15mg/16小時 7片裝 HK$189，適合每日吸煙多於10支人士第一階段使用，萬寧及屈臣氏有售，貨號 MN-448120。
        NicoDerm CQ 21mg 尼古丁貼片 14片 NT$1,280，購買前需經藥師諮詢，可搭配國民健康署二代戒菸服務補助使用。
        Nicotinell 尼古丁口香糖 2mg 薄荷味 96粒 HK$268，每日不超過24粒，咀嚼至有辛辣感後停靠牙齦，數分鐘後再咀嚼。
        【新品上架】無酒精啤酒 Heineken 0.0 330ml×24罐 NT$890，滿NT$1,500免運費；未滿18歲請勿購買含酒精商品。
        衞生署綜合戒煙熱線 1833 183，提供戒煙輔導，並可轉介東華三院、博愛醫院及醫院管理局轄下戒煙輔導中心，服務時間為星期一至六上午9時至下午5時。
        台灣戒菸專線服務中心 0800-636363，週一至週六 9:00-21:00 免付費，可協助轉介鄰近醫院及藥局的戒菸門診。
        商品編號 TW-NRT-0721｜尼古丁口含錠 4mg 72粒｜建議售價 NT$1,150｜庫存 36｜供應商：康健藥品股份有限公司
        老陳藥房（澳門新馬路 58 號地舖）本月優惠：戒煙貼片買二送一，護肝寶 60 粒 MOP 228，營業時間每日 10:00-21:00。
        喜來健 奶薊草護肝膠囊 120粒 HK$398，每粒含水飛薊素 140mg；本品為保健食品，不能代替藥物治療，孕婦請先諮詢醫生。
        訂單編號 HKTV20261121-558013｜尼古清口腔噴霧 1mg 150噴｜HK$245.00｜已出貨，順豐運單號 SF1409927366513。
        戒酒輔助藥 Antabuse（雙硫侖）屬處方藥物，本店不提供網上銷售，請攜同醫生處方到任何一間門市配藥，服用期間及停藥後兩星期內切勿飲酒。
        電子煙產品依《菸害防制法》修法後在台灣全面禁止製造、輸入及販售，本平台已下架全部電子煙及煙彈相關商品，如發現違規賣家歡迎來信檢舉。
        香港自2022年4月30日起禁止進口、製造及銷售另類吸煙產品，違者最高可被罰款港幣50,000元及監禁6個月；旅客攜帶入境亦屬違法。
    """),
    ("zh-Hant", "酒吧評論"): _lines("""
        ★★★★☆ 阿美小酒館（台北市大安區復興南路一段）無酒精調酒選擇很多，Virgin Mojito 只要NT$220，戒酒中也能跟朋友坐一晚。
        ★★☆☆☆ 蘭桂坊這間 bar 竟然全場可以抽雪茄，明明室內禁煙，店員還說「後面有抽風」，衣服全是煙味，一杯 highball 要 HK$128，不推薦。
        ★★★★★ 澳門氹仔官也街「老友記茶餐廳」全店禁煙，凍檸茶少甜一流，飯後想抽煙的時候就來這裡點一杯，很有幫助，菠蘿油 MOP 18 也值得一試。
        推薦台中勤美附近的 Mr. Wang Beer House，精釀有 0.5% 低酒精款，老闆還會主動問要不要叫代駕，很貼心，四顆星。
        服務生態度好，但戶外座位一直有人抽電子煙，台灣已經禁售了還這樣，希望店家能加強勸導，空氣很差。餐點不錯，炸物拼盤 NT$380，三顆星。
        灣仔「Johnnie's Whisky Room」價錢偏貴，Johnnie Walker Blue Label 一杯 HK$380，不過有獨立 mocktail menu，整體 4/5。
        ★★★★☆ 高雄駁二的精釀酒吧「啤酒頭」有免費白開水和代駕 QR code，喝一杯後換氣泡水剛剛好，裝潢也很舒服，週末建議提前訂位。
        一星：訂位時說好非吸菸區，結果被帶到陽台，整晚吸二手菸，打客服 02-2771-8899 也一直沒人接，餐點普通又貴，不會再來。
        ★★★★★ 旺角「陳記涼茶舖」五花茶同廿四味都好正，店面乾淨，營業到凌晨一點，夜晚唔想去飲酒嗰陣可以嚟坐吓，一碗龜苓膏 HK$38。
        澳門大型酒店賭場的吸煙室已經全部取消，現在要走到戶外才能抽，對想戒煙的人來說反而是好事，這點給五星，不過自助餐就普普通通。
        ★★★☆☆ 信義區這間夜店週三女士之夜免費入場，但調酒偏甜、酒精味很重，音樂太大聲，服務生也不太理人，低消 NT$600 有點不值。
        Google 評論回覆：感謝您的寶貴意見，本店自2026年1月起全面禁菸，戶外露台亦不例外，歡迎再次光臨。—— 店長敬上
        ★★★★☆ 西門町的 Kavalan 品酒室，噶瑪蘭經典單一麥芽試飲 NT$150，店員會提醒開車的客人不可以喝，服務專業。
    """),
    ("ms", "notis_tempat_kerja"): _lines("""
        NOTIS: Mulai 1 Oktober 2024, Akta Kawalan Produk Merokok demi Kesihatan Awam 2024 (Akta 852) berkuat kuasa. Merokok dan vape dilarang di seluruh kawasan kilang.
        Kawasan merokok yang ditetapkan terletak di luar Pintu Pagar 3, sekurang-kurangnya 3 meter dari bangunan. Puntung rokok hendaklah dibuang ke dalam tong pasir.
        Pekerja yang didapati merokok di kawasan larangan boleh dikompaun oleh pegawai kesihatan dan dikenakan tindakan tatatertib di bawah Seksyen 7.2 Buku Panduan Pekerja.
        Klinik Berhenti Merokok kini dibuka di Klinik Kesihatan Kuala Lumpur, Jalan Temerloh, setiap Selasa 8.00 pagi hingga 12.00 tengah hari. Rawatan percuma untuk warganegara.
        Hubungi talian kaunseling berhenti merokok syarikat di 1-800-88-6800 (Isnin hingga Jumaat, 9 pagi - 5 petang) untuk sesi percuma dan sulit.
        Majlis makan malam tahunan syarikat di Hotel Istana, Jalan Raja Chulan: tiada minuman keras dihidangkan, minuman ringan dan kopi disediakan. Kod pakaian: batik.
        Ujian saringan alkohol dan dadah secara rawak akan dijalankan di Tapak Projek Pelabuhan Klang pada minggu ketiga setiap bulan mengikut prosedur HSE-PR-014.
        Program Syarikat Bebas Asap Rokok: staf yang berjaya berhenti merokok selama 6 bulan berturut-turut layak menerima baucar RM200 dan cuti sehari tambahan.
        Pertandingan poster Hari Tanpa Tembakau Sedunia 31 Mei. Hantar karya dalam format PDF kepada hr.wellness@petrokimia-utara.com.my sebelum 20 Mei.
        Peringatan: Penjualan rokok dan vape kepada individu bawah 18 tahun adalah dilarang. Kedai Runcit Ah Seng Sdn Bhd (No. Syarikat 201801023456) mematuhi peraturan ini.
        Jadual kaunseling kumpulan berhenti merokok: setiap Khamis, 3.00 petang, Bilik Mesyuarat Cempaka, Aras 5, Menara Dayabumi. Tempat terhad kepada 15 orang.
        Makluman daripada Pengurusan: Kantin tidak lagi menjual rokok mulai bulan ini. Gula-gula getah nikotin boleh dibeli di Farmasi Caring, tingkat bawah.
        Hukuman memandu di bawah pengaruh alkohol di bawah Seksyen 45A Akta Pengangkutan Jalan 1987: denda RM10,000 hingga RM30,000 dan penjara sehingga 2 tahun.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning all, Carlsberg delivery coming 10am, pls clear the chiller first. Last week got 3 cartons kembung, I already claim from supplier, ref CLM-88213.
        Reminder ya, smoking corner now moved to loading bay B, jangan smoke near the back door, building mgmt already complain twice this month.
        老板说今晚 happy hour 延长到 9pm, Tiger tower $58, 记得 update the menu board and the QR menu before 5pm ok?
        Stocktake result: Jim Beam 700ml short 2 btl, Captain Morgan lebih 1. Bar team pls recount tonight before closing, update Google Sheet tab Nov-W3.
        NEA officer came just now check the no-smoking signage, all OK. Next inspection Jan. Sticker baru sudah tampal kat pintu toilet.
        Liquor licence renewal due 15 Dec, portal reference LL-2026-004417. Finance pls prepare the $420 fee and upload the floor plan, thanks.
        Guys, after 10.30pm cannot sell takeaway beer, we are in liquor control zone. If customer argue, just show them the notice at the counter.
        Clinic group: Nicorette gum 2mg left 4 boxes only, patch 21mg out of stock. I place PO-5581 with the distributor this morning, ETA Thursday.
        明天的 health talk on 戒烟 at 2pm, pantry 那边 set up 30 chairs, projector 借了 IT 的. Speaker from HPB confirm already.
        Vape detector ceiling unit lvl 3 toilet keep false alarm, facilities ticket FM-23087 raised. Jangan cabut battery ya, nanti kena audit.
        Weekend roster updated in the pinned msg. Anyone want to swap Sat closing shift, settle among yourselves then inform the outlet manager by Thu.
        Reminder: breathalyser test for forklift drivers every Monday 7.45am at guard house. Reading above 0.00 terus tak boleh drive that day, SOP WSH-11.
        POS system down 15 min just now, error code E-402. Vendor hotline 6777 1234 said restart router. All good now, tolong check receipt printer paper.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        My husband Daniel Koh has been finishing a bottle of Chivas every night since he lost his job at the port, and last week he hit our son. I don't know who to call.
        Patient: Rachel Tan Hui Min, NRIC S8734521A, DOB 14/03/1987. Smoker 15/day x 12 yrs, started NRT patch 21 mg on 02/11/2026, CO reading 18 ppm.
        Hi, it's Marcus from Blk 412 Bedok North Ave 2, #08-115. The guy next door smokes in the corridor every night and my asthma is getting worse, please send someone.
        You can reach me on 9127 4468 after 7pm, I don't want my wife to know I've signed up for the quit programme yet.
        ALT 142 U/L, AST 98 U/L, GGT 311 U/L. Dr said fatty liver grade 2 for Kelvin Lim Jia Hao, 38, and told him to stop drinking completely for 3 months.
        Priya Ramasamy got a written warning from HR on 12 Nov for vaping in the level 5 toilet; a second offence means termination under clause 14.3 of her contract.
        quit_enrolment.csv row: 10482,Goh Siew Ling,siewling.goh88@gmail.com,+65 8812 0937,cigarettes_20_per_day,quit_date=2026-12-01
        I still owe my brother-in-law Aaron $6,800 from the drinking binge in Bangkok, he keeps texting my mum about it and I can't pay until March.
        Pls update my contact for the QuitLine callback: Wong Jun Kai, jk.wong.sg@outlook.com, Blk 28 Jalan Bukit Merah #12-304, S160028.
        I'm 9 weeks pregnant and still smoking about 5 a day, I haven't told my boss at the airport yet. My name is Nurul Aisyah Binte Rahim, can I get the gum?
        The car always parked outside the vape shop, SKV 4821 G, belongs to my ex, Jeremy Sim. He drives there drunk every Friday night.
        Transfer the $350 counselling deposit refund to my DBS account 072-418893-5 under Lee Shu Fen, reference QUIT-JAN.
    """),
    "zh-Hans": _lines("""
        我老公张建国今年45岁，每天喝一斤白酒，上个月体检查出早期肝硬化，医生让他马上戒酒，他还是不肯，我该怎么办？
        姓名：刘晓燕 身份证号：11010519880421352X 联系电话：13911872046 戒烟门诊初诊，吸烟史20年，每日约1包。
        王磊，住上海市浦东新区张杨路1588弄12号602室，因醉驾于2026年10月被行政拘留15天，单位已经知道了，可能要被辞退。
        我的电话是186 2159 0473，麻烦晚上十点以后再打，我不想让我妈知道我在偷偷戒电子烟。
        陈先生反映：他父亲陈国富肝功能ALT已经210，医生建议住院治疗，但老人坚持每天睡前喝二两药酒，全家都劝不动。
        李娜，中国银行卡号6217850000123345678，开户行北京海淀支行，用于退还戒烟训练营押金500元。
        阿明说他上周又复吸了，一天抽两包，跟女朋友分手以后每天晚上都睡不着，还开始一个人喝闷酒。
        体检报告 编号TJ20261103-0087 受检人：赵敏 女 32岁 GGT 186 U/L 脂肪肝（中度） 备注：自述每周饮酒4次
        我叫何志强，在深圳一家电子厂上班，车间主任发现我在厕所抽烟，这个月直接扣了我2000块工资。
        收货信息：孙丽 15800321764 广州市天河区龙口西路省实花园5栋1203房（尼古丁贴片3盒，货到付款）
        微信号 zhouyi_0921 是我，戒烟打卡群里的周怡，身份证440306199107152838是我老公的，帮他报名戒烟门诊。
    """),
    "zh-Hant": _lines("""
        我老公黃志偉（HKID：K482913(1)）每次飲醉都會打人，社工話要先報警，我好驚，個仔又細。
        林太話佢先生每晚飲成支紅酒，上星期驗血肝酵素超標三倍，醫生叫佢戒酒，佢仲唔肯去覆診。
        台北市信義區松仁路100巷7號3樓 吳佩珊 0928-617-403，戒菸門診轉介單請寄到這個地址，謝謝。
        身分證字號 F224871036 蔡雅婷，懷孕20週仍每天抽5支菸，產檢醫師已轉介戒菸衛教，先生不知情。
        我叫鄭家豪，今年失業後每天喝到斷片，信用卡欠了38萬台幣，都不敢跟爸媽講，覺得自己好失敗。
        阿輝又復吸啦，佢老婆話如果再食煙就同佢離婚，佢依家壓力好大，成晚瞓唔著，又唔肯去睇醫生。
        陳美玲 澳門居民身份證 1342876(3)，酒精性肝炎住院，科大醫院病房 12B，家屬聯絡電話 6688 3921。
        電郵：kaming.leung1990@yahoo.com.hk，我係梁家明，公司驗到我呼氣酒精超標停咗我職，想問可唔可以申訴。
        車牌 PV 3917 嗰架白色 Toyota 係我阿爸何偉雄嘅，佢飲完酒仲要揸車返屋企，我應唔應該報警？
    """),
    "ms": _lines("""
        Suami saya, Mohd Faizal bin Rahman, dah 3 kali relapse lepas guna patch nikotin. Sekarang dia hisap vape 2 pod sehari dan batuk teruk.
        Nama: Nor Azlina binti Hashim, No. KP: 870512-10-5632, Tel: 012-384 7719, rujukan Klinik Berhenti Merokok KK Seksyen 7 Shah Alam.
        Abang saya Hafiz Iskandar ditahan polis kerana memandu dalam keadaan mabuk di Jalan Tun Razak malam tadi, sekarang di lokap IPD Dang Wangi.
        Alamat rumah: No. 23, Jalan Melati 4/2, Taman Melati, 53100 Kuala Lumpur. Tolong hantar gula-gula nikotin ke sini atas nama Kamarul Ariffin.
        Hasil ujian hati Encik Rosli bin Othman: ALT 165, GGT 402, doktor sahkan hepatitis alkohol dan dia perlu berhenti minum sepenuhnya.
        Saya Devi a/p Krishnan, gaji saya RM3,200 sebulan tapi separuh habis untuk rokok dan arak suami. Boleh saya mohon bantuan JKM?
        Nombor akaun Maybank 1640 2233 8871 atas nama Tan Chee Keong untuk bayaran balik yuran program berhenti merokok.
        WhatsApp saya 019-776 2408 kalau ada slot kaunseling hujung minggu, saya tak nak isteri tahu saya masih merokok.
        Plat kereta WXY 7715 milik bekas suami saya, Azman. Dia selalu datang ke rumah dalam keadaan mabuk dan ugut saya.
    """),
    "mixed": _lines("""
        Doc, my dad 黄亚福 ALT 已经 180 了 but he still drink Guinness every night, can or not increase his medicine?
        Eh bro, Jason Lim tu kena tangkap DUI last Saturday, his IC 920614-07-5519, lawyer cakap boleh kena jail.
        我的 NRIC S9123874H, 想 register for the I Quit programme, but the online form keep error leh.
        Auntie Mei Ling 说她 son Wei Jie 在 NS camp kena caught vaping, now kena charge, she very worried until cannot sleep.
        Call me at +60 16-229 8043 ya, 我在 Penang 上班, lunch time only free. Nama saya Ong Boon Hock.
        Form submitted: name=Lim Xiu Ting; email=xiuting.lim@hotmail.com; smoker=yes; pregnant=yes (24wk); clinic=Sengkang Polyclinic
        我男朋友 Ravi Chandran 每次喝醉就 message 我 ex 骂人, 我们 already 吵了三次, 我想分手了.
        Hi, saya Farah, 我老公 quit smoking 3 months but now he secretly vape in the car, plate JQR 6612, what should I do?
        Employee ID E20417, Chong Wai Keat, failed breathalyser 0.05% at 7.50am, suspended 3 days without pay, 已通知 HR.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are QuitBuddy, a smoking-cessation coach. Current user profile: Tan Boon Leong, male, 46, NRIC T0248713B, mobile 9634 2108, smokes 20 Marlboro a day, quit date 2026-12-15.",
        ),
        (
            "user",
            "Hi, I bought the 21mg patches from Guardian yesterday. Should I start now or wait for my quit date?",
        ),
        (
            "assistant",
            "Most people start the 21 mg patch on the morning of their quit date, not before. Put it on clean, hairless skin on your upper arm or chest and change the spot each day.",
        ),
        ("user", "OK. My doctor also said my BP is 150/95, is the patch safe for me?"),
        (
            "assistant",
            "The patch is generally considered safer than smoking even with high blood pressure, but since your doctor is already monitoring your BP, please confirm with them before you start.",
        ),
    ],
    [
        (
            "user",
            "我老公叫马国强，在杭州做销售，天天陪客户喝酒，最近体检转氨酶高了，他说是工作需要戒不了。",
        ),
        (
            "assistant",
            "听起来您很担心他的身体。转氨酶升高常和长期饮酒有关，建议他先到消化内科复查肝功能和腹部B超，再评估下一步。",
        ),
        ("user", "他的手机是13757126684，你能不能帮我给他发个短信劝一劝？我说的他不听。"),
        (
            "assistant",
            "我没办法替您发短信，也建议不要在对话里分享他的手机号。您可以陪他一起去看医生，让医生来解释检查结果，往往比家人劝说更有效。",
        ),
    ],
    [
        ("user", "我又食返煙喇，戒咗兩個月，上星期同公司啲人去蘭桂坊飲酒，一飲就忍唔住。"),
        (
            "assistant",
            "戒煙途中偶然復吸好常見，唔代表失敗。飲酒係好常見嘅誘因，下次可以預早準備尼古丁香口膠，或者第一杯之後轉飲無酒精飲品。",
        ),
        (
            "user",
            "我想打衞生署戒煙熱線約輔導，我叫李浩然，HKID Y618204(4)，電話 9273 5816，你幫我登記得唔得？",
        ),
        (
            "assistant",
            "我冇辦法幫你登記，亦唔建議喺度提供身份證號碼。你可以直接打 1833 183，熱線職員會幫你安排輔導時間。",
        ),
    ],
    [
        (
            "system",
            "Anda ialah pembantu maya syarikat untuk soalan polisi tempat kerja. Jangan berikan nasihat undang-undang.",
        ),
        (
            "user",
            "Saya Muhammad Haikal bin Zulkifli, No. KP 950718-08-6213, kerja di bahagian gudang. Semalam supervisor nampak saya vape kat tandas, apa akan jadi?",
        ),
        (
            "assistant",
            "Mengikut polisi biasa, kesalahan pertama merokok atau vape di kawasan larangan akan dikenakan amaran bertulis. Sila rujuk Buku Panduan Pekerja atau bahagian HR untuk butiran.",
        ),
        (
            "user",
            "Kalau saya join program berhenti merokok syarikat, boleh ke amaran tu ditarik balik?",
        ),
        (
            "assistant",
            "Keputusan itu di tangan HR. Menyertai program berhenti merokok menunjukkan usaha anda dan boleh dibincangkan semasa sesi tatatertib.",
        ),
    ],
    [
        (
            "user",
            "Eh can help me read my blood test? ALT 96, AST 71, GGT 248. Doctor at Toa Payoh polyclinic say liver a bit jialat.",
        ),
        (
            "assistant",
            "Those enzymes are above the usual reference range, and a high GGT is often linked to regular drinking. Your doctor will usually advise cutting alcohol and repeating the test in 6 to 8 weeks.",
        ),
        (
            "user",
            "Ya lor I drink 4-5 Heineken every night after work. The report name is Sim Kok Wah, DOB 1979-08-22, patient no P-4418207. Can send to my wife?",
        ),
        (
            "assistant",
            "I can't send your report to anyone. If you want your wife involved, you could show her the report yourself or bring her to the review appointment.",
        ),
    ],
    [
        (
            "user",
            "My partner Alicia drinks every night and last night she passed out on the balcony. We live at 7 Jalan Kemuning, Taman Tun Dr Ismail, KL. Should I call an ambulance next time?",
        ),
        (
            "assistant",
            "If she is unconscious and you can't wake her, or her breathing is slow or irregular, call 999 straight away. Put her on her side in the recovery position and stay with her.",
        ),
        (
            "user",
            "She says she can stop any time but she's been like this since her mum died in March.",
        ),
        (
            "assistant",
            "Grief can make drinking harder to stop. When she is sober, you might gently suggest she talks to a GP or a counsellor, and you can look for support for yourself too.",
        ),
        ("user", "Thanks. I'll try talking to her this weekend."),
    ],
    [
        (
            "user",
            "我想預約戒菸門診，可以幫我整理一下資料嗎？我叫許志明，手機0935-218-774，住新北市板橋區文化路二段182號5樓。",
        ),
        (
            "assistant",
            "好的，以下是你提供的資料：許志明，手機0935-218-774，地址新北市板橋區文化路二段182號5樓。建議直接打給醫院掛號，或撥0800-636363請專線協助轉介。",
        ),
        ("user", "謝謝。我一天抽一包半，抽了15年，這樣可以申請二代戒菸補助嗎？"),
        (
            "assistant",
            "一般來說，每天吸菸10支以上的成年人就可以使用二代戒菸治療服務，看診時醫師會幫你評估尼古丁成癮程度。",
        ),
    ],
    [
        ("system", "你是某物流公司的员工健康助手，只回答公司制度和健康问题。"),
        (
            "user",
            "我们车队的司机周海涛昨天早上酒精测试结果是35mg/100ml，公司要开除他，这个合理吗？",
        ),
        (
            "assistant",
            "按照公司制度，驾驶岗位上岗前酒精检测超标通常属于严重违纪。具体处理应以员工手册和劳动合同为准，可以咨询人事部门或当地劳动仲裁机构。",
        ),
        (
            "user",
            "他说前一天晚上只喝了两瓶啤酒，而且他最近因为离婚一直在喝酒，能不能给他一次机会？",
        ),
        (
            "assistant",
            "个人情况可以向人事部门说明，公司也可以考虑引导他参加戒酒辅导。不过安全驾驶是底线，最终决定还是要由公司按制度做出。",
        ),
    ],
    [
        (
            "user",
            "Saya mengandung 14 minggu, tapi masih hisap rokok 3-4 batang sehari. Nama saya Aina Sofea binti Kamal, saya tak berani beritahu doktor di KK Ampang.",
        ),
        (
            "assistant",
            "Terima kasih kerana jujur. Berhenti merokok pada bila-bila masa semasa mengandung tetap memberi manfaat kepada anda dan bayi. Doktor di klinik akan membantu, bukan menghukum.",
        ),
        ("user", "Boleh ke saya guna patch nikotin masa mengandung?"),
        (
            "assistant",
            "Patch nikotin kadang-kadang digunakan semasa mengandung di bawah pengawasan doktor. Sila bincang dengan doktor di Klinik Kesihatan sebelum mula menggunakannya.",
        ),
    ],
    [
        (
            "user",
            "I've been vaping for 4 years, and since Malaysia's new law I want to quit. Where do I start?",
        ),
        (
            "assistant",
            "Good decision. Set a quit date within the next two weeks, tell people around you, and consider nicotine gum or lozenges to handle cravings. Free help is also available at government health clinics.",
        ),
        (
            "user",
            "Can the clinic call me? I'm Nicholas Yap, 012-559 3081, I work shifts at the Penang airport so mornings are best.",
        ),
        (
            "assistant",
            "I can't book appointments or pass on your number, so it's safer not to share it here. You can call your nearest Klinik Kesihatan yourself and ask for a morning slot at the stop-smoking clinic.",
        ),
    ],
    [
        (
            "user",
            "我 really need help, 因为 drinking 我欠了 Ah Long RM15,000, now they keep calling my office.",
        ),
        (
            "assistant",
            "这听起来很危险也很有压力。如果有人威胁你，请报警。关于债务，可以联系 AKPK 寻求免费的债务咨询和管理计划。",
        ),
        (
            "user",
            "My name Lee Kah Meng, IC 880304-14-5527, the loan app also took my contacts and message my boss already.",
        ),
        (
            "assistant",
            "不建议在这里提供身份证号码。你可以把骚扰短信截图保存，向警方报案，并联系 AKPK。同时，如果你想减少饮酒，也可以寻求戒酒辅导。",
        ),
    ],
    [
        (
            "system",
            "你是「戒了吧」App 的客服助手。当前用户档案：用户ID 88213407，姓名：邓晓峰，手机号15102987436，身份证310115197903044616，戒烟第23天，上周记录复吸1次。",
        ),
        ("user", "我昨天应酬又抽了三根，打卡是不是要清零了？"),
        (
            "assistant",
            "邓先生您好，偶尔一次复吸不会清零您的戒烟天数，系统只会记录一次「破戒」。建议您在App里写下当时的诱因，下次应酬前提前准备尼古丁口香糖。",
        ),
        ("user", "好的，谢谢，那我这周还能领戒烟勋章吗？"),
    ],
    [
        (
            "user",
            "I'm in Macau for work and got my liver test back: ALT 58, GGT 97. Is that bad? I drink wine maybe 3 nights a week.",
        ),
        (
            "assistant",
            "Those values are mildly above the usual range. Cutting down or stopping alcohol for a few weeks and retesting is a common first step. Your doctor can also check for fatty liver with an ultrasound.",
        ),
        (
            "user",
            "Could you write an e-mail to my doctor for me? Sign it as Vanessa Ho, vanessa.ho.mo@gmail.com, patient at Kiang Wu Hospital.",
        ),
        (
            "assistant",
            "Sure, here is a draft: Dear Doctor, I have reviewed my recent results (ALT 58, GGT 97) and would like to discuss next steps, including a liver ultrasound. Kind regards, Vanessa Ho, vanessa.ho.mo@gmail.com",
        ),
        ("user", "Perfect, thanks."),
    ],
    [
        (
            "user",
            "Can you summarise my quit log? Week 1: 0 cigs. Week 2: 2 cigs at a wedding. Week 3: 0. Week 4: 1 after fight with boss.",
        ),
        (
            "assistant",
            "Over 4 weeks you smoked 3 cigarettes in total, all linked to social events or stress. That is a strong start, and both slips happened in high-pressure moments you can plan for.",
        ),
        (
            "user",
            "Pls put my name on it, I want to print it for the polyclinic counsellor: 吴家乐 Goh Ka Lok, FIN G5821047T.",
        ),
        (
            "assistant",
            "Here it is: Quit log summary for 吴家乐 Goh Ka Lok (FIN G5821047T). Weeks smoke-free: 2 of 4. Total cigarettes: 3. Triggers: wedding, conflict at work. You may prefer to leave the FIN off before printing.",
        ),
    ],
]
