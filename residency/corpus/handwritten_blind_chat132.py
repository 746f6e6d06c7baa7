# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat132: chats with an assistant about one's own child's developmental delay or special needs (diagnosis, school placement, therapy costs, family conflict, caregiver burnout). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat132
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "therapy_centre_price_list"): _lines("""
        Speech therapy individual session (45 min): S$150 before GST; assessment report with recommendations S$680, ready within 10 working days.
        Occupational therapy package of 10 sessions at our Novena branch, 10 Sinaran Drive #08-12 Square 2, S$1,380 (save S$120), valid for 6 months.
        Psychoeducational assessment (WISC-V + WIAT-III) for ages 6-16: S$2,400 to S$2,900 depending on number of sessions; 50% deposit at booking.
        Subsidised EIPIC and DSP rates apply only to referrals made through the Child Development Unit; private clients pay the full fee of S$95 per group session.
        Social skills group 'Lego Club' (ages 7-10), 8 weeks, Saturdays 10:00-11:30, S$960 per term, max 6 children, run by two registered OTs.
        Home-based ABA programme, minimum 10 hours/week: S$110 per hour for the therapist, S$180 per hour for BCBA supervision, travel surcharge S$30 for Tuas and Changi.
        Cancellation policy: less than 24 hours notice is charged at 50% of the session fee; no-shows are charged in full. Medisave cannot be used for private therapy.
        WhatsApp enquiries for Little Steps Therapy Hub: +65 8123 4096 (Mon-Fri 9am-6pm), or email hello@littlestepstherapy.sg; we reply within one working day.
        Feeding therapy initial consult S$220 (90 min incl. parent interview and mealtime observation), follow-up S$160; please bring 3 preferred and 3 refused foods.
        Sensory integration room rental for registered therapists: S$45/hour weekdays, S$60/hour weekends, UEN 201934567K, invoices issued monthly.
        Prices effective 1 January 2027. GST at 9% is added to all invoices. PayNow to UEN 201934567K or NETS at the counter; no cheques accepted.
        PECS starter kit (Pyramid Educational Consultants) S$85; Hanen 'It Takes Two to Talk' parent programme S$1,100 for 8 group sessions plus 3 video feedback visits.
        Kuala Lumpur branch: Lot 3A-05, Menara Bangsar, Jalan Maarof, 59000 KL. Speech session RM180, OT session RM160, developmental screening RM350.
    """),
    ("en", "booking_system_logs_and_config"): _lines("""
        2027-01-14T09:02:17+08:00 INFO scheduler slot_id=SLT-88213 room=OT-2 status=RELEASED reason=cancel_lt_24h fee_rule=FEE_HALF
        2027-01-14T09:05:43+08:00 WARN reminder-svc sms_gateway=twilio batch=RMD-20270114-0900 sent=42 failed=3 retry_in=300s
        ERROR invoice-worker v2.8.1 job=INV-2027-000913 GST rate lookup failed for jurisdiction=SG-2027; fallback rate 0.09 applied, hash=3f9a1c07e2
        config/therapy.yaml: session_length_min: 45, buffer_min: 15, max_group_size: 6, clinics: [novena, tampines, bangsar], currency_default: SGD
        env: SMTP_FROM=noreply@littlestepstherapy.sg SMTP_HOST=smtp.mailgun.org SMTP_PORT=587 REPORT_TEMPLATE=ot_progress_v3.docx
        def fee_for(session_type: str, minutes: int) -> Decimal: return RATES[session_type] * Decimal(minutes) / Decimal(45)  # RATES['speech'] = 150
        csv header: slot_id,clinic,room,therapist_role,service_code,start_ts,end_ts,status,invoice_no,amount_sgd,gst_sgd
        INFO sync-referrals export=CDU_REFERRALS_2027W02.csv rows=118 checksum=sha256:9c2e41ab77d0 duration=4.2s target=sftp://partner-gateway
        DEBUG i18n loaded locales=[en-SG, zh-Hans, zh-Hant-HK, ms-MY] missing_keys=7 first_missing=report.header.assessment_summary
        2027-01-15 18:30:00 CRON backup db=therapy_prod size=2.4GB dest=s3://lsth-backups/2027/01/15/ retention_days=35 status=OK
        feature_flags: {telehealth_enabled: true, parent_portal_v2: false, waitlist_auto_offer: true, max_waitlist_days: 120}
        WARN api /v1/slots?clinic=bangsar&date=2027-01-20 responded 503 in 2031ms, upstream calendar-svc pod calendar-7c9d8f-x2k4p restarting
        Release notes 3.4.0: added MyInvois e-invoice submission for the Malaysian branch, TIN field for business payers, fixed PayNow QR expiry at 15 min.
    """),
    ("zh-Hans", "康复机构通知"): _lines("""
        【通知】因春节假期，本中心2月5日至2月13日暂停所有个训和集体课，2月14日（周日）恢复上课，已预约课时自动顺延，不扣课时，请各位家长相互转告。
        依据《残疾儿童康复救助制度》，0-6岁经诊断为孤独症、智力、言语、肢体障碍的儿童，可向户籍所在地残联申请康复训练补贴，具体额度以当地标准为准。
        星星语康复中心（朝阳分部）地址：北京市朝阳区东三环中路39号建外SOHO东区7号楼1803室，咨询电话010-8577 3921，工作日9:00-17:30。
        新学期感统训练集体课开始报名：4-6岁班每周二、四下午16:00-17:00，每期12节，收费2880元，可在残联定点机构直接结算，报名请扫前台二维码。
        温馨提示：进入训练室请家长穿好鞋套，每位儿童限一名家长陪同；观察室单向玻璃仅供家长观摩，请勿拍照录像，保护其他孩子的隐私。
        本机构为深圳市残联定点康复机构，统一社会信用代码52440300MJL123456X，收费标准已在南山区民政局备案，如有疑问请拨打12345市民热线。
        关于评估排期：新来访儿童需先进行PEP-3和格塞尔发育量表评估，目前排期约3周，评估费用800元，报告由持证评估师在10个工作日内出具。
        4月2日世界孤独症日，本中心联合上海市静安区图书馆举办绘本共读活动，共读书目《不一样的卡梅拉》《猜猜我有多爱你》，名额30组家庭。
        家长课堂第5讲：《如何在家做ABA回合式教学》，主讲：中心教研组，时间3月15日（周六）上午10点，地点：三楼多功能厅，免费参加，需提前报名。
        缴费说明：个训课每节（40分钟）280元，言语课每节300元，月卡优惠价4800元/20节；支持微信、支付宝及对公转账，发票抬头请在缴费时提供。
        重要提醒：请勿相信任何以“内部名额”为由收取入园费用的电话，本中心唯一官方咨询电话为400-820-6617，官方公众号为“星星语康复”。
        广州市越秀区特殊教育资源中心提示：申请随班就读的儿童，家长须于6月10日前向学区提交申请表及二级以上医院诊断证明，逾期不予受理。
        本周训练室消毒时间调整为每天12:00-13:00及18:00以后，期间暂停使用。器材室新添一批滑板车、平衡台（品牌：Hape、优彩），欢迎老师们领用。
    """),
    ("zh-Hans", "感统器材商品列表"): _lines("""
        【官方旗舰店】儿童感统训练平衡板 实木弧形摇摇板 承重150kg 适合3-12岁 SKU: GT-BB-0421 到手价￥139 满299减30 顺丰包邮
        咬咬棒 硅胶口肌训练器 食品级 无BPA 三色可选 口腔感觉统合训练 自闭症儿童适用 ARK Z-Vibe同款 型号ZV-03 ￥68 月销2000+
        重力被 儿童加重毯 3kg/5kg 玻璃珠填充 纯棉外罩可拆洗 规格100×150cm 助眠安抚 ￥299 注意：体重20kg以下儿童请选3kg款
        降噪耳罩 儿童隔音耳机 SNR 27dB 可调头梁 适合听觉敏感的孩子 品牌：3M Peltor 儿童款 ￥189 下单请备注颜色 蓝/粉
        图片交换沟通卡 PECS 中文版 400张 覆膜防水 含生活自理、情绪、食物类别 配魔术贴沟通本 ￥158 店铺编号：TB-387712
        视觉日程表 磁性作息卡 早晨流程 洗漱穿衣 结构化教学 TEACCH 适用 白板尺寸60×45cm ￥89 发货地：浙江义乌 48小时内发货
        小明同学玩具店 感统大龙球 直径75cm 加厚防爆 PVC材质 送打气筒 康复机构同款 ￥129 客服微信：xmtx_toys（仅限售后）
        秋千吊床 弹力布 室内感统秋千 承重100kg 前庭觉训练 安装需承重吊钩 ￥359 商品条码6901234567892 质保一年 支持七天无理由
        《孤独症儿童早期干预丹佛模式》(ESDM) 作者 Sally J. Rogers、Geraldine Dawson 中文版 定价￥78 ISBN 978-7-5080-9123-4
        触觉刷 Wilbarger 深压觉刷 医用软毛 10只装 ￥45 使用方法请遵治疗师指导 不建议自行用于面部及口腔 拍下48小时内发货
        订单号 E20270112093315678 已发货 顺丰运单号 SF1427 8865 3301 预计1月14日送达 感谢购买蒙氏教具套装 如有破损请拍照联系客服
        儿童语言发育评估 S-S法 测评工具套装 仅限专业机构购买 需提供机构资质证明 开票类型：增值税专用发票 ￥1,680 含培训视频
        蒙氏教具 粉红塔 棕色梯 红棒 三件套 榉木 Montessori 经典款 适合2.5岁以上 ￥428 买家评价：做工细致 包装结实 孩子很喜欢
    """),
    ("zh-Hant", "特殊教育常見問題"): _lines("""
        問：子女在幼稚園被懷疑有發展障礙，應該去哪裡評估？答：可由母嬰健康院、家庭醫生或私家兒科醫生轉介至衞生署兒童體能智力測驗服務。
        問：輪候學前康復服務期間有沒有資助？答：社會福利署設有學習訓練津貼，合資格家庭每月可獲發津貼，詳情可致電社署熱線2343 2255查詢。
        問：有特殊教育需要的學生升小一時要通知學校嗎？答：家長同意後，學前機構會透過「學前兒童發展及學習狀況轉介表」把資料轉交小學，以便及早支援。
        問：台灣的早期療育通報要找誰？答：各縣市設有兒童發展通報轉介中心，例如臺北市兒童發展評估及療育中心，也可撥打1957福利諮詢專線詢問。
        問：鑑輔會鑑定結果不服怎麼辦？答：家長可於收到鑑定結果通知書次日起30日內，向直轄市或縣市政府教育局（處）提出申復，由鑑輔會重新審議。
        問：澳門有沒有為特殊需要兒童而設的評估？答：可預約兒童綜合評估中心，評估後由教育及青年發展局按結果安排融合生或特殊教育服務。
        問：讀寫障礙學生考文憑試可以有甚麼調適？答：香港考試及評核局可按學校提交的資料批准延長考試時間、使用電腦作答或讀卷服務，須於截止日期前申請。
        問：台灣特教學生可以申請哪些補助？答：依《特殊教育法》及教育部相關補助辦法，身心障礙學生可申請教育代金、交通費補助及獎助學金，依縣市公告辦理。
        問：到校學前康復服務是甚麼？答：由非政府機構的跨專業團隊（言語治療師、職業治療師、物理治療師、教育心理學家、社工）到幼稚園為有需要兒童提供支援。
        問：我可以自己付費做私人評估嗎？答：可以，但部分學校或津貼計劃只接受註冊臨床或教育心理學家出具的報告，請先向學校特殊教育需要統籌主任查詢。
        問：身心障礙證明多久要重新鑑定？答：兒童因發展變化較大，效期通常為二至五年，到期前主管機關會寄發通知，亦可上衛生福利部網站查詢申請進度。
        問：特殊學校的學位怎樣分配？答：香港由教育局根據專業評估結果及家長意願作出轉介，家長可致電教育局熱線2891 0088查詢，或向就讀學校了解。
        問：新北市早療交通補助怎麼申請？答：設籍新北的6歲以下發展遲緩兒童，每月可申請療育交通補助，申請表可至各區公所社會課索取或在社會局網站下載。
    """),
    ("zh-Hant", "機構評價"): _lines("""
        ★★★★★ 旺角這間言語治療中心前台很有禮貌，評估報告寫得很詳細，有中英文兩個版本，收費HK$1,200一堂雖然貴但物有所值，會繼續上課。
        ★★☆☆☆ 排期太久，打了三次電話都說要等兩個月，中心的WhatsApp 6012 8834 也只有自動回覆，希望管理層盡快增聘治療師。
        ★★★★☆ 台中這家早療診所職能治療師很有耐心，教室有大型懸吊器材，唯一缺點是停車不方便，建議搭捷運到文心崇德站再走5分鐘。
        ★★★★★ 推薦「小樹苗兒童發展中心」觀塘分店（開源道55號開聯工業中心10樓），小組社交課設計得很好，家長可以在單向玻璃後觀察。
        ★☆☆☆☆ 收了訂金HK$5,000後臨時改時間又不肯退款，已向消費者委員會投訴，奉勸各位家長簽約前務必看清楚退款條款。
        ★★★★☆ 高雄長庚兒童心智科評估流程很完整，但掛號要提早，建議用官方App預約，早上8點開放，名額十分鐘內就滿了，停車場也很難找位。
        ★★★☆☆ 澳門這間私人治療中心設備新，但價錢比香港還貴，每堂MOP 850，而且暫時不接受政府資助計劃，希望將來能夠加入。
        ★★★★★ 感謝「彩虹橋」親子共融Cafe，專門為特殊需要家庭安排安靜時段，每週三下午2點至4點，燈光調暗音樂關掉，店員都受過培訓。
        ★★☆☆☆ 這家補習社標榜專教讀寫障礙，其實只是一般功課輔導，導師沒有相關資歷，一期十二堂HK$3,600，不太值得，家長們要小心。
        ★★★★☆ 臺北市立聯合醫院婦幼院區的兒童發展聯合評估中心，團隊包括小兒神經科、復健科和兒童心智科，一次看完不用跑很多次。
        ★★★★★ 淘寶買的「阿德爸爸」感統玩具店，大龍球品質很好沒有異味，客服回覆快，出貨附繁體中文說明書，還送打氣筒，一定會回購。
        ★★★☆☆ 沙田這間遊戲治療中心環境不錯，但治療師流失率高，半年內換了三位，孩子每次都要重新適應，希望管理層正視這個問題。
        ★★★★☆ 看了天寶·葛蘭汀（Temple Grandin）的講座錄影後來這家書店找書，特殊教育專區很齊全，店員還推薦了東田直樹的《我想飛進天空》。
    """),
    ("ms", "notis_dan_soalan_lazim"): _lines("""
        Permohonan Kad OKU boleh dibuat di mana-mana Pejabat Kebajikan Masyarakat Daerah dengan membawa Borang Pendaftaran OKU yang telah disahkan oleh pegawai perubatan.
        Soalan: Adakah kanak-kanak autisme layak ke Program Pendidikan Khas Integrasi (PPKI)? Jawapan: Ya, selepas pengesahan doktor dan penilaian oleh pihak sekolah serta PPD.
        Notis: Sesi terapi pertuturan di PDK Taman Melawati ditangguhkan pada 22 Januari kerana cuti umum Thaipusam. Sesi ganti akan dimaklumkan kemudian.
        Elaun Pekerja Cacat (EPC) sebanyak RM450 sebulan hanya untuk OKU yang bekerja; bagi kanak-kanak OKU, sila rujuk Bantuan Kanak-kanak (BKK) di JKM.
        Program intervensi awal untuk kanak-kanak 2 hingga 6 tahun di pusat kami dibuka untuk sesi Mac 2027; yuran RM350 sebulan, diskaun untuk pemegang Kad OKU.
        Talian Kasih 15999 beroperasi 24 jam untuk ibu bapa yang memerlukan sokongan emosi, kaunseling atau maklumat perkhidmatan kebajikan; WhatsApp 019-261 5999.
        Yuran terapi cara kerja (OT) di Klinik Tumbuh Kembang Sdn Bhd (No. Syarikat 202301045678): RM120 sesi individu, RM80 sesi berkumpulan, bayaran melalui DuitNow QR.
        Alamat baharu: PDK Seri Kembangan, No. 12, Jalan SK 3/1, Taman Seri Kembangan, 43300 Seri Kembangan, Selangor. Telefon pejabat 03-8941 2207.
        Soalan Lazim: Bolehkah ibu bapa menuntut pelepasan cukai untuk anak OKU? Ya, pelepasan RM8,000 bagi anak OKU belum berkahwin, rujuk garis panduan LHDN.
        Hari Terbuka Sekolah Pendidikan Khas di Pulau Pinang: 15 Februari 2027, 9.00 pagi hingga 12.30 tengah hari, ibu bapa dialu-alukan melawat kelas.
        Makluman: Mulai 1 Mac, borang permohonan Bantuan Peranti OKU boleh dimuat naik secara dalam talian melalui portal JKM; salinan fizikal tidak lagi diterima.
        Ceramah kesedaran disleksia di Dewan Komuniti Taman Tun Dr Ismail, Sabtu 20 Mac, 10 pagi, masuk percuma, kuota 80 orang, anjuran persatuan ibu bapa setempat.
        Peringatan: Sila bawa buku rekod kesihatan kanak-kanak (buku pink) dan laporan pakar semasa temu janji penilaian perkembangan di Klinik Kesihatan.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning team, Room 2 aircon rosak again, I've logged ticket FAC-2027-0113 with building management, pls use Room 4 for the 10am sensory group ya.
        Reminder semua: progress reports for Term 1 due 28 Feb, template ot_progress_v3 dah update kat shared drive, jangan guna version lama ok.
        今天下午3点的家长讲座改到 Level 5 Seminar Room，projector 已经借好了，记得带 HDMI adapter，上次那个坏了，thanks all。
        FYI the new Hanen book order arrived, invoice INV-HN-55821 S$1,245.60, pls sign the delivery note at reception before 5pm, thx.
        Clinic Tampines 这周 walk-in enquiry 多了很多，前台 hotline 6785 2210 一直 busy，我们可以考虑加一条 WhatsApp Business line 吗？
        Boss cakap bulan ni kita kena submit MyInvois untuk semua B2B invoice, the accountant will send checklist petang ni, please ikut format TIN.
        OT 同事注意：平衡台 SKU GT-BB-0421 有一块螺丝松了，已经贴了 DO NOT USE，供应商答应 1月20号前换货，先用旧的那块。
        Shift swap approved: Saturday 8 Feb morning session covered by the part-time speech therapist, roster v12 updated on Google Sheets, no action needed.
        Parents' group announcement draft: 'Clinic closed 6-7 Feb for CNY, sessions auto-rescheduled, no charge.' 大家看看有没有问题，I send at 6pm.
        Team lunch Jumaat ni kat Nasi Kandar Pelita Jalan Ampang, 12.30pm, company belanja sebab KPI Q4 achieved, please RSVP by Thursday ya.
        Training update: DIR/Floortime workshop (Stanley Greenspan's model), 12 hours online, fee S$480 claimable under SkillsFuture, register by 31 Jan.
        新买的 iPad 9th gen x3 已经装好 Proloquo2Go 和 TouchChat，asset tag IT-0457 to IT-0459，用完请放回 charging cart 充电。
        Audit next week from ECDA, pls make sure all session attendance logs for Dec dah lengkap, especially Room 3 group classes, thanks all.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        My son Ethan Goh Jun Hao, 5, was just diagnosed with autism level 2 at the KKH Child Development Unit and my husband refuses to accept it.
        Please send the OT report to my personal email, priya.nair.mum88@gmail.com, not my work address, my boss doesn't know about Aarav's ADHD yet.
        Name of child: Chloe Tan Xin Yi | NRIC: T1823456J | DOB: 14/03/2018 | Diagnosis: Global developmental delay | Parent contact: 9183 5520
        Can you call my mobile 9672 3481 after 8pm? That's the only time my daughter is asleep and I can talk about her speech delay without her hearing.
        We live at Blk 612 Jurong West Street 65 #11-248 and the SPED school bus doesn't come to our block, so I take Marcus by Grab every single day.
        My husband Jeremy Lim took out an S$18,000 loan from a licensed moneylender for our son's ABA therapy and now he hides the repayment letters from me.
        Isaac's grandmother, Mrs Evelyn Seah, keeps telling relatives at family dinners that he's just naughty and that his Down syndrome is my fault for giving birth at 41.
        RX-0312,Sophia Chua,2019-07-22,ASD + speech delay,mother Amanda Chua,+65 9183 5502,amanda.chua.sg@outlook.com,Enabling Services referral
        I'm Nurul's dad, Faizal bin Osman; I lost my job in October and we can't afford the S$150 speech sessions anymore, her therapist says she'll regress.
        DBS account 072-431598-6 under Grace Lee Hui Min, please refund the 6 unused OT sessions there, my son Caleb has moved to Pathlight School.
        Hi, it's Kelvin Ong again, my wife has postpartum depression and our 3-year-old with cerebral palsy needs feeding therapy, I'm barely sleeping 3 hours a night.
        Plate SLA4821Z is ours, the grey Honda Freed at the Eden School drop-off bay every morning, I have a disabled parking label because of Dylan's condition.
    """),
    "zh-Hans": _lines("""
        我儿子王浩然今年4岁了还不会叫爸爸妈妈，上周在北京大学第六医院确诊孤独症谱系障碍，孩子爷爷到现在都不肯承认。
        孩子姓名：刘子墨，身份证号：110105201903153424，申请残联康复救助，监护人刘建国，电话13911427365，户籍北京市朝阳区。
        陈先生您好，您女儿陈思琪的格塞尔评估结果显示发育商DQ=62，属于中度发育迟缓，建议每周至少3次个训，请尽快预约。
        我老公张伟明上个月跟我提离婚，说受不了家里有个“傻孩子”，儿子张一诺有唐氏综合征，现在全是我一个人在带。
        地址：上海市闵行区莘庄镇莘松路958弄12号402室，收件人：周丽华，手机18621553098，麻烦把感统器材寄到这里。
        阿明他妈，你能不能别再把明明的病到处说了？他多动症吃药的事我只告诉了你，现在整个小区都知道了。
        为了给女儿做ABA，我们在招商银行借了15万，还款卡号6214 8301 2233 4567，每个月还6800，我工资才9000块。
        我是杭州的李敏，孩子小宇脑瘫二级，在浙大儿院康复科做治疗，我已经辞职两年了，最近总是想哭，失眠很严重。
        家长登记：黄晓燕，女，1988年5月生，微信号hxy_19880512，孩子杨乐乐，语言发育迟缓，住深圳市宝安区西乡街道恒大城3栋2单元1602。
        孩子外婆赵桂兰每次来都偷偷给孩子停掉利培酮，说西药伤脑子，医生说这样反复停药对孩子的情绪很危险，我该怎么跟她沟通？
    """),
    "zh-Hant": _lines("""
        我個仔陳卓軒今年5歲，上個月兒童體能智力測驗中心話佢有讀寫障礙同輕度智障，老公屋企人仲怪我懷孕時飲咖啡。
        學生姓名：何梓晴　身份證號碼：Y543210(6)　出生日期：2018年9月2日　家長：何太（林美玲）　聯絡電話：6234 8871　申請：小一融合教育支援
        林太話佢女兒林芷瑩喺幼稚園成日俾人笑佢口吃，而家連返學都唔肯，林太自己都開始食抗抑鬱藥。
        我女兒吳宥蓁，身分證字號F228765431，去年鑑輔會鑑定為自閉症，今年要申請特教學生交通費補助，表格要怎麼填？
        住址：臺中市西屯區福星路427巷15號3樓，收件人蔡宜芳，手機0937-618-254，早療教具請寄這裡，謝謝。
        我先生鄭志豪因為兒子的過動症醫藥費跟我吵到要分居，他現在搬回他媽媽家住，每個月只給3000元生活費。
        我個女李詠詩4歲仲未識講句子，澳門社工局排期要等8個月，我喺娛樂場做輪班荷官，真係冇時間帶佢去私家中心。
        請把阿樂嘅評估報告寄去 kwok.family.hk@gmail.com，唔好寄返公司郵箱，因為同事唔知佢有自閉症，多謝，郭生。
        我弟弟的兒子黃柏翰確診唐氏症，弟媳產後憂鬱一直沒好，上週被送進台大醫院精神科急診，我現在幫忙照顧孩子。
        請將早療補助匯入我的郵局帳戶：局號0021234 帳號0567890，戶名邱淑惠，孩子邱品睿，謝謝社工幫忙。
    """),
    "ms": _lines("""
        Anak saya Muhammad Haziq bin Azman, 6 tahun, baru disahkan autisme di Hospital Kuala Lumpur, suami saya masih tak boleh terima dan salahkan saya.
        Nama: Nur Aisyah binti Rahim, No. MyKad 190415-10-0528, kategori OKU: Masalah Pembelajaran, penjaga: Rahim bin Yusof, tel 012-784 3316.
        Saya Kak Ros, ibu tunggal di Kuantan, gaji RM1,800 sebulan, terapi pertuturan untuk Danish RM150 seminggu, saya dah tertunggak sewa rumah 3 bulan.
        Alamat rumah: No. 27, Jalan Cempaka 5/3, Taman Cempaka, 68000 Ampang, Selangor, sila hantar surat temu janji PDK atas nama Siti Khadijah binti Omar.
        Akaun Maybank 1640 2233 8715 atas nama Lee Mei Ling, tolong pulangkan deposit RM500 sebab anak saya Jayden dah masuk kelas PPKI.
        Mak mertua saya, Hajah Rokiah, cakap anak saya Adam yang ada Sindrom Down ni sumpahan sebab saya tak jaga pantang, saya rasa nak putus asa.
        Email saya farah.izzati.mama@yahoo.com, tolong hantar laporan penilaian disleksia anak saya Iman ke sini, jangan ke email sekolah.
        Encik Ganesan a/l Murugan, bapa kepada Priya (8 tahun, cerebral palsy), dimaklumkan tunggakan yuran terapi RM2,340 perlu dijelaskan sebelum 31 Januari.
        Nombor plat kereta suami saya WXY 5123, dia selalu mabuk dan memandu masa bawa Aiman ke terapi, saya takut sangat tapi tak tahu nak report ke mana.
    """),
    "mixed": _lines("""
        Doctor kata my son Ryan Lee Jia Hao ada mild ASD, tapi my mother-in-law keep saying 迟讲话很正常，他爸爸小时候也是这样. So stressed lah.
        我女儿 Chloe 的 NRIC 是 T2034567A，school 要我 submit 给 SEN officer，can I just WhatsApp it to the form teacher?
        Hi, my wife 林美华 dah burnout teruk, she cries every night after handling our twins, both ADHD, dan saya kerja offshore 28 days on 28 off.
        Booking form: child=Aryan Kumar, age 4, dx=GDD, parent=Deepa Kumar, hp 011-2345 6789, address No 8 Jalan SS 2/24 Petaling Jaya, payment=DuitNow
        Can you help me write to 社署 about my son 梁俊熙's 學前康復 waiting list? We've waited 14 months, the case number is SWD/PRS/2025/08812.
        我老公 Daniel Teo 说如果再花钱在 therapy 上就要 divorce，我们的 joint account OCBC 601-234567-001 已经剩不到 S$2,000 了。
        阿妹 (my daughter Jessie) 在 kindergarten 被 teacher 说 she's slow，回家就哭，Jessie is 5 and just diagnosed with dyspraxia at NUH.
        我 church 那个 Uncle Ah Seng 说要停掉 Min Hui 的药 and pray more, but doctor said her epilepsy dan autism perlu Epilim, who to trust?
        My son 許承恩's 身分證 is A131245674, need it for the 早療 subsidy form online, can you check if I filled the 監護人 section correctly?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a supportive parenting assistant for families in Singapore. Give practical, non-judgemental information and suggest professional help where appropriate.",
        ),
        (
            "user",
            "My son Ethan (Goh Jun Hao) got his autism diagnosis at KKH last Tuesday. The doctor mentioned EIPIC and said the waiting list is long. What do I do in the meantime? My husband Benjamin keeps saying the doctors are exaggerating.",
        ),
        (
            "assistant",
            "I'm sorry, that's a lot to take in at once. While you wait for an EIPIC placement, ask the CDU social worker if Ethan can join a DSP or a Learning Support programme at his preschool. You can also start simple things at home: use visual schedules, narrate daily routines, and follow his lead in play. About Benjamin, it might help if he comes to the next review, so he hears the findings from the doctor directly.",
        ),
        (
            "user",
            "He won't take leave. He says his mother raised four boys and none of them needed 'therapy'. I'm so tired, I cry in the car after every appointment.",
        ),
        (
            "assistant",
            "What you're feeling is very common among parents right after a diagnosis, and it isn't a sign that you're failing. Please think about talking to a counsellor. The CDU can refer you to a caregiver support group, and Family Service Centres run free sessions. If you ever feel overwhelmed or unsafe, call the SOS hotline at 1767, any time of day or night.",
        ),
    ],
    [
        ("system", "你是一位熟悉中国大陆残疾儿童康复救助政策的助手，回答要准确、简洁。"),
        (
            "user",
            "我女儿刘子墨3岁半，北京户口，在儿研所诊断是语言发育迟缓加疑似孤独症。我想申请残联的康复救助，需要准备什么材料？孩子身份证号110105201903153424，我是她爸爸刘建国。",
        ),
        (
            "assistant",
            "一般需要准备：孩子的户口本和身份证复印件、二级及以上医院出具的诊断证明、监护人身份证，以及填好的《残疾儿童康复救助申请审批表》。拿着这些材料到户籍所在街道或乡镇的残联窗口提交就行。提醒一下，孩子的身份证号属于敏感信息，建议只在官方申请表里填写，不要在聊天里发。",
        ),
        (
            "user",
            "好的。还有一个问题，我老婆想送孩子去私立机构，一个月要一万二，我觉得太贵了，两个人天天吵架。",
        ),
        (
            "assistant",
            "建议先弄清楚残联定点机构的补贴能覆盖多少，再对比一下私立机构的课时、师资和评估方式。你们可以一起去两家机构试听，然后按照孩子的进步情况来定，别只拿价格做决定。如果争吵一直停不下来，可以考虑找家庭咨询师帮你们沟通。",
        ),
    ],
    [
        (
            "user",
            "我個仔陳卓軒而家K3，兒童體能智力測驗中心話佢有輕度智障同讀寫困難，社工叫我揀主流學校定特殊學校，我好亂，可唔可以幫我分析下？",
        ),
        (
            "assistant",
            "明白你而家好徬徨。輕度智障嘅小朋友，好多時可以讀主流學校，學校會用三層支援模式，佢可以攞到額外支援；特殊學校嘅班細啲，課程亦會調適。你可以問下測驗中心嘅評估報告有冇講到建議，再去參觀兩三間學校，問清楚佢哋有幾多言語治療時數，同埋會唔會有個別學習計劃。",
        ),
        (
            "user",
            "我老公陳家明話讀特殊學校好丟架，屋企人會覺得個仔冇用，仲話係我懷孕時唔小心先會咁。",
        ),
        (
            "assistant",
            "孩子嘅發展障礙唔係任何人嘅錯，醫學上同懷孕時飲咖啡呢類事冇關係。揀學校最緊要係睇邊度最適合卓軒學習同埋開心成長。你可以同老公一齊約學校嘅特殊教育需要統籌主任傾，等佢親耳聽下專業意見。",
        ),
    ],
    [
        (
            "system",
            "Anda ialah pembantu maklumat kebajikan untuk keluarga di Malaysia. Jawab dalam Bahasa Melayu yang mudah difahami.",
        ),
        (
            "user",
            "Assalamualaikum. Anak saya Nur Aisyah binti Rahim, umur 7, MyKad 190415-10-0528, doktor di Hospital Selayang sahkan dia ada masalah pembelajaran. Macam mana nak mohon Kad OKU dan masuk kelas PPKI?",
        ),
        (
            "assistant",
            "Waalaikumussalam. Untuk Kad OKU, minta doktor isi dan sahkan Borang Pendaftaran OKU, kemudian hantar borang itu ke Pejabat Kebajikan Masyarakat Daerah bersama salinan MyKad anak dan salinan kad pengenalan ibu bapa. Untuk PPKI, bawa laporan doktor ke sekolah atau ke PPD. Anak akan dinilai dalam tempoh percubaan dahulu sebelum penempatan.",
        ),
        (
            "user",
            "Terima kasih. Suami saya Rahim bin Yusof kerja lori, jarang balik. Saya sorang urus semua, kadang rasa nak menangis je.",
        ),
        (
            "assistant",
            "Puan tak keseorangan. Puan boleh hubungi Talian Kasih di 15999 untuk sokongan emosi. Puan juga boleh sertai kumpulan sokongan ibu bapa di PDK berdekatan. Jaga kesihatan diri ya, kerana Aisyah perlukan ibu yang sihat.",
        ),
    ],
    [
        (
            "user",
            "hi can help me plan my week or not. my daughter Min Hui got autism + epilepsy, I bring her to OT tues, speech thurs, neuro review every 3 months at NUH. I work part time at Jurong Point, husband overseas. I'm so burnt out sia.",
        ),
        (
            "assistant",
            "Of course. First, you're carrying a lot on your own, so let's make the week lighter where we can. Put the therapy days (Tue and Thu) next to your rest days if your roster lets you. Batch errands online. Ask the therapists whether one of the weekly sessions can be done by telehealth. Also look into respite care: the Enabling Services hotline can tell you about day respite options.",
        ),
        (
            "user",
            "我妈说她可以帮忙 but she keep giving Min Hui sweets and skip her Epilim when I'm not around, 我很怕她又 seizure.",
        ),
        (
            "assistant",
            "That's a real safety concern. Make a simple one-page care plan for your mum: the medication times, what to do if a seizure happens, and the foods to avoid. Put it on the fridge. A pill organiser with alarms helps too. It may also help to bring your mum to the next NUH review so the doctor can explain why Epilim can't be skipped.",
        ),
        (
            "user",
            "ok thanks, can you help me write the care plan in Chinese for her? Her name is 郑秀英, she reads simplified.",
        ),
        (
            "assistant",
            "当然可以。给郑秀英阿姨的照顾说明：一、敏慧每天早上8点和晚上8点各吃一次Epilim，不可以漏吃或者自己停药；二、如果她抽搐，让她侧躺，不要往嘴里塞东西，看好时间，超过5分钟马上打995；三、尽量少给糖果，用贴纸奖励代替。",
        ),
    ],
    [
        ("system", "你是熟悉台灣特殊教育與早期療育制度的諮詢助手，請用繁體中文回答。"),
        (
            "user",
            "我女兒吳宥蓁今年大班，明年要上小學，學校說要先送鑑輔會。我婆婆一直說不要去鑑定，會被貼標籤，以後嫁不出去。我先生吳建宏夾在中間不敢講話，我該怎麼辦？",
        ),
        (
            "assistant",
            "鑑輔會鑑定是為了讓孩子進小學後能拿到適合的支援，例如資源班、助理員或考試調整。鑑定結果依法保密，不會出現在畢業證書上。您可以請幼兒園老師或早療社工陪同，跟婆婆解釋清楚流程和保密規定。",
        ),
        (
            "user",
            "謝謝。另外我們住新北三重，早療一週三次交通費很吃緊，我在工廠做兩班制，月薪大概3萬2。",
        ),
        (
            "assistant",
            "新北市有早療交通補助，可以到三重區公所社會課或上社會局網站申請。如果家裡經濟困難，也可以請早療個管社工幫忙評估其他補助，例如療育費用補助。必要時也可以問問治療師，能不能把部分療程改成居家指導，減少往返。",
        ),
    ],
    [
        (
            "user",
            "I'm in Penang. My son Jayden Lee is 4, non-verbal, and the private ABA centre in Bayan Lepas wants RM4,800 a month for 20 hours a week. My wife Lee Mei Ling and I are already using our EPF savings. Is that price normal?",
        ),
        (
            "assistant",
            "In Malaysia, intensive ABA usually costs somewhere between RM3,000 and RM6,000 a month for 15-25 hours, so the quote is within range. Before you sign, ask who will supervise the programme and whether they hold a BCBA or similar qualification, how progress will be measured, and what the refund policy is. It's also worth asking about sliding-scale fees or NGO-run programmes, which often cost far less.",
        ),
        (
            "user",
            "We took a RM30k personal loan from Bank Rakyat last month too. My wife doesn't sleep, I work two jobs. Honestly sometimes I wonder if it's worth it.",
        ),
        (
            "assistant",
            "That sounds exhausting, and your feelings make sense given the pressure. Therapy intensity doesn't have to be all or nothing. Many families combine fewer centre hours with parent training, so you keep practising at home. Please also look after yourselves. AKPK offers free debt counselling, and if you ever feel hopeless, Befrienders Penang is there to listen.",
        ),
    ],
    [
        (
            "system",
            "Care coordination notes for the Tan family. Child: Chloe Tan Xin Yi, NRIC T1823456J, global developmental delay, attends Rainbow Centre. Mother: Amanda Tan, mobile 9183 5520, email amanda.tan.family@gmail.com. Help the mother draft messages and track appointments.",
        ),
        (
            "user",
            "Can you draft a short message to Chloe's teacher saying she'll miss school on Friday for her hearing test at KKH?",
        ),
        (
            "assistant",
            "Here's a draft: 'Dear Teacher, Chloe will be absent this Friday as she has a hearing assessment at KKH in the morning. She should be back on Monday. Please let me know if there is any work she should catch up on. Thank you, Amanda Tan (9183 5520)'.",
        ),
        ("user", "Thanks. Also remind me: when is her next developmental paediatrician review?"),
        (
            "assistant",
            "My notes don't have the date of Chloe's next review yet. Could you check the KKH appointment slip or the HealthHub app and tell me the date? Then I'll add it to her list together with the hearing test on Friday.",
        ),
    ],
    [
        (
            "user",
            "我儿子张一诺在杭州一所公立小学随班就读，有唐氏综合征。班主任今天在家长群里说他上课发出声音影响其他同学，暗示我们转去培智学校。我该怎么回应？",
        ),
        (
            "assistant",
            "首先别在家长群里公开争论，建议私下约班主任和学校资源教师面谈。按照《残疾人教育条例》，学校应当为随班就读学生提供合理便利，比如调整座位、安排资源教室的课程、制定个别化教育计划。你可以请孩子的康复机构出一份行为支持建议，带到学校去一起讨论。",
        ),
        ("user", "我老公张伟明说干脆别读了，在家请人带，我跟他为这事已经冷战一个月了。"),
        (
            "assistant",
            "孩子的教育安置会影响他很多年，建议夫妻俩一起参加学校的沟通会，先听听专业人员的评估。另外，区里的特殊教育资源中心一般也能提供免费咨询，可以请他们帮忙评估一诺适合什么样的安置。",
        ),
    ],
    [
        ("system", "你係一個熟悉澳門社會服務嘅助理，用廣東話回覆。"),
        (
            "user",
            "我個女李詠詩4歲，幼稚園老師話佢講嘢好遲，我喺銀河做荷官要輪班，社工局評估排到8個月後，有冇其他方法快啲？",
        ),
        (
            "assistant",
            "明白你好心急。你可以問下幼稚園有冇駐校治療師可以做初步篩查，或者先約私家兒科醫生轉介去私家言語治療中心，等緊政府排期期間都可以開始訓練。另外可以問下社團有冇資助計劃，有啲團體專登幫輪班家長安排夜晚或者週末嘅課堂。",
        ),
        ("user", "私家一堂要800幾蚊，我一個人湊佢，老公去咗內地做嘢冇寄錢返嚟，真係好攰。"),
        (
            "assistant",
            "一個人湊仔又要返輪班真係好辛苦。你可以向社工局嘅家庭服務中心申請經濟援助評估，亦可以問下有冇照顧者支援小組。如果覺得情緒頂唔順，記得搵輔導服務傾下，唔好自己一個人捱。",
        ),
    ],
    [
        (
            "user",
            "Saya Siti Khadijah, tinggal di Ampang. Anak saya Adam 5 tahun ada Sindrom Down. Mak mertua asyik salahkan saya, suami pula diam je. Saya dah 3 malam tak tidur.",
        ),
        (
            "assistant",
            "Puan Siti, saya faham puan sangat letih dan terluka. Sindrom Down berpunca daripada kromosom tambahan. Ia bukan salah sesiapa, dan bukan berlaku kerana apa yang ibu buat semasa mengandung. Puan boleh minta doktor Adam terangkan perkara ini kepada keluarga dalam sesi temu janji yang akan datang.",
        ),
        (
            "user",
            "Boleh tak tolong saya tulis mesej kat suami, nama dia Hafiz, nak minta dia back up saya depan mak dia?",
        ),
        (
            "assistant",
            "Boleh. Cadangan mesej: 'Abang, Siti rasa sangat penat dan sedih bila mak cakap Adam jadi macam ni sebab Siti. Doktor dah terangkan ini bukan salah sesiapa. Siti perlukan abang berdiri sebelah Siti bila mak sebut perkara ini. Boleh kita pergi jumpa doktor Adam sama-sama minggu depan?'",
        ),
        ("user", "Terima kasih, nanti saya hantar."),
    ],
    [
        ("system", "You help parents write clear, polite emails to schools and agencies."),
        (
            "user",
            "Please write an email to the SENCO at my daughter's primary school in Tampines. Her name is Sophia Chua, Primary 2, she has ASD and speech delay, and she's been coming home upset because she eats alone at recess. I'm Amanda Chua.",
        ),
        (
            "assistant",
            "Subject: Support for Sophia Chua (P2) during recess. Dear SENCO, I'm Amanda Chua, mother of Sophia Chua in Primary 2. As you know, Sophia has ASD and a speech delay. Lately she has been coming home upset because she eats alone at recess. Could we meet to talk about ways to help her, such as a recess buddy scheme or a structured activity during breaks? Thank you for your support. Warm regards, Amanda Chua",
        ),
        (
            "user",
            "Perfect, can you add my number 9183 5502 and say I'm free after 4pm on weekdays?",
        ),
        (
            "assistant",
            "Sure, add this line before the sign-off: 'I'm available after 4pm on weekdays and can be reached at 9183 5502.'",
        ),
    ],
    [
        (
            "user",
            "我個仔梁俊熙 Form 4，有讀寫障礙，學校話 DSE 要申請 extra time，但係要教育心理學家 report，我哋上一次 assessment 係 P3，仲用唔用得？",
        ),
        (
            "assistant",
            "通常考評局會要求比較近期嘅評估或者學校嘅支援紀錄，小三時做嘅報告可能太舊。建議你盡快問學校 SENCO，睇下學校嘅教育心理學家可唔可以幫佢做 re-assessment，因為學校申請有截止日期，最好預早準備。",
        ),
        (
            "user",
            "School EP 排到下年，private 要 HK$9,000，我老公梁志強話浪費錢，佢覺得個仔只係懶。",
        ),
        (
            "assistant",
            "讀寫障礙係學習上嘅差異，唔係懶。你可以搵 SENCO 幫手出一封信，講清楚俊熙喺學校有幾多支援、用咗咩調適，咁樣爸爸會更容易明白佢嘅需要。如果學校排期趕唔切，有啲大學或者 NGO 嘅評估中心收費會平啲，可以查下。",
        ),
    ],
    [
        ("system", "你是一个帮助家庭做预算和心理支持的助手。"),
        (
            "user",
            "我是深圳的黄晓燕，儿子杨乐乐4岁，语言发育迟缓。每个月康复费6000，残联补贴大概每月1500，我和老公杨志军两个人收入加起来2万1，房贷8000。婆婆说我乱花钱，还说孩子大了自然会说话。能帮我做个预算吗？",
        ),
        (
            "assistant",
            "可以。先按月算：收入21000，减去房贷8000、康复费6000，再加回残联补贴1500，还剩8500，用来支付生活费、交通、保险和其他开支。建议列一张固定开支表，每月留出至少1000元做应急储备。康复方面，可以问问机构有没有家长培训课，在家多做练习，说不定能减少一部分课时。",
        ),
        ("user", "婆婆那边怎么办？她天天在我老公面前说我坏话。"),
        (
            "assistant",
            "可以请治疗师出一份乐乐的阶段评估，用具体的进步数据跟家人沟通，比如以前会说几个词、现在会说几个词。也可以邀请婆婆来观摩一节课，让她亲眼看看训练是怎么做的。您自己也要注意休息，照顾者的情绪同样重要。",
        ),
    ],
]
