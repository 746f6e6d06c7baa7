# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat146: chats with an assistant about one's own sexual health (STI tests and results, PrEP, telling a partner, clinic visits, contraception, insurance and privacy worries). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat146
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "clinic_notice"): _lines("""
        DSC Clinic, 31 Kelantan Lane #01-16, Singapore 200031. Walk-in registration closes 30 minutes before the session ends; anonymous HIV testing runs on weekday evenings.
        Notice: from 2 January 2027 the anonymous HIV test fee will be S$25 for citizens and PRs. Oral rapid test results are ready in about 20 minutes.
        Action for AIDS anonymous testing moves to 9 Kelantan Lane next month. Enquiries: testing@afa-example.org.sg or the AfA office line 6254 0212 during office hours.
        PrEP starter visits include a baseline HIV test, hepatitis B surface antigen, creatinine and a pregnancy test where relevant. Please bring your NRIC or passport to register.
        Reminder for PrEP users: repeat HIV, creatinine and STI screening every 3 months. Missed more than 7 days of daily dosing? Speak to the nurse before you restart.
        The Social Hygiene Clinic at Yau Ma Tei Jockey Club Polyclinic, 145 Battery Street, Kowloon, offers free and confidential STI services; enquiry line 2117 2127.
        Results are never given over the phone. You will receive an SMS from SHC-NOTIFY asking you to log in to the portal with your reference code and date of birth.
        Window period guide: 4th-generation antigen/antibody test 18-45 days, finger-prick rapid antibody test up to 90 days, NAT 10-33 days after a possible exposure.
        PEP must be started within 72 hours. If we are closed, go to the Emergency Department at Tan Tock Seng Hospital, 11 Jalan Tan Tock Seng, Singapore 308433.
        Privacy statement: your test record is filed under a clinic-assigned code, not your name, and is never shared with employers, insurers or MOM without written consent.
        Closed on 25 Dec and 1 Jan. For urgent advice on contraception or PEP, call the after-hours line 6222 0388 or email care@lanternhealth.example.sg.
        Doxy-PEP is not yet routinely offered here. Current guidance (version 2.1, updated 14 Oct 2026) is pinned on the notice board beside Consultation Room 3.
        Lantern Health Pte. Ltd. (UEN 201934417K), 1 Fullerton Road #02-01, One Fullerton, Singapore 049213. Licensed under the Healthcare Services Act 2020.
    """),
    ("en", "config_and_logs"): _lines("""
        SMS_SENDER_ID=DSC-CLINIC; RESULT_PORTAL_URL=https://results.example-clinic.sg/v2; RESULT_TTL_DAYS=30; REQUIRE_DOB_CHALLENGE=true
        2026-11-03T09:14:27+08:00 INFO booking-svc slot_reserved slot=SH-0930-R2 service=HIV_RAPID clinic=KL-BANGSAR latency_ms=84
        2026-11-03T09:15:02+08:00 WARN lab-bridge hl7_ack_timeout msg_id=ORU-7F3A21C9 panel=STI6 retry=2/5 upstream=lab01.internal
        CREATE TABLE test_panel (code VARCHAR(12) PRIMARY KEY, name_en TEXT, price_sgd NUMERIC(8,2), turnaround_hours INT); -- e.g. ('STI6', '6-in-1 STI panel', 180.00, 72)
        panel_code,display_name,specimen_type,price_myr,turnaround_days,requires_fasting,active_from
        PREP-30,Tenofovir/emtricitabine 300/200 mg x30 tablets,oral,SGD 48.00,2026-12-01,active,generic-batch-7731
        if result.status == 'REACTIVE': enqueue(task='counsellor_callback', sla_hours=24, template='reactive_v3')  # never put the result in the SMS body
        git log --oneline: a91c3e7 fix(portal): hide panel names in push notifications; 5b2f0d1 chore: bump openssl to 3.0.15; tag v4.8.2
        sha256(report_STI6_template_v7.pdf) = 3f9a1c0be27d4e88a1c5f09b6d2e7a4410c8f3b95e1d2a6c7b0f4e9d8a3c2b1f0
        notify: { channel: sms, sender: 'HealthHub', quiet_hours: '22:00-08:00', template_id: RES-READY-02, locale: en-SG, max_retries: 3 }
        HTTP 429 on GET /api/v1/appointments?clinic=HK-SHC-YMT&date=2026-11-20; limit is 60 requests/min per API key; see runbook RB-112.
        Order INV-2026-114820 | Home STI kit (chlamydia/gonorrhoea NAAT) x1 | SGD 89.00 | tracking SG3Q7710482XSG | dispatched 2026-11-05 16:40
        0 3 * * * /opt/clinic/bin/purge_unclaimed_results --older-than 90d --dry-run=false >> /var/log/clinic/purge.log 2>&1
    """),
    ("zh-Hans", "常见问题"): _lines("""
        问：HIV暴露前预防（PrEP）需要每天吃吗？答：目前国内常用方案是每日一片，按需服用（2-1-1方案）只适用于部分人群，具体请遵医嘱。
        问：做HIV检测要实名吗？答：各地疾控中心的自愿咨询检测门诊（VCT）可以匿名检测，结果凭检测编号领取，不需要出示身份证。
        问：检测结果多久能出？答：快速检测大约20分钟；确证试验由疾控中心实验室完成，一般需要2至4周，具体时间以当地疾控中心的通知为准。
        问：发生高危行为后72小时内能做什么？答：尽快到当地定点医院或疾控中心咨询阻断药（PEP），越早服用效果越好，完整疗程为28天。
        问：全国统一的健康咨询热线是多少？答：可以拨打12320卫生热线，也可以在国家卫生健康委员会官网查询本地自愿咨询检测点名单。
        问：药店买的自检试剂准不准？答：请选择有国家药监局注册证号的产品，例如万孚的口腔黏膜渗出液检测卡；自检阳性必须到医院做确证。
        问：医保能报销PrEP吗？答：截至2026年，多数地区的PrEP还没有纳入医保目录，需要自费购买，具体价格请以医院药房公示为准。
        问：梅毒治好后抗体还会是阳性吗？答：TPPA抗体可能终身阳性，判断有没有再次感染要看RPR滴度的变化，建议治疗后第3、6、12个月复查。
        问：紧急避孕药多久内吃有效？答：左炔诺孕酮片（如毓婷）应在无保护性行为后72小时内服用，越早越好；它不能预防性病，也不能代替常规避孕。
        问：男生能打HPV疫苗吗？答：部分城市已开放男性接种九价HPV疫苗，可以通过社区卫生服务中心预约，具体以当地卫健委公布的政策为准。
        问：单位体检会查HIV吗？答：根据《个人信息保护法》，医疗健康信息属于敏感个人信息，常规入职体检不包含HIV项目，除非本人另行书面同意。
        问：哪里有感染科专科门诊？答：北京地坛医院、上海市公共卫生临床中心、广州市第八人民医院都设有感染科门诊，可通过官方公众号挂号。
        问：告诉伴侣一定要自己开口吗？答：不一定。部分疾控中心提供匿名伴侣告知服务，由工作人员用短信或电话通知，不会透露是谁提供的信息。
    """),
    ("zh-Hans", "商品详情"): _lines("""
        【官方旗舰店】杜蕾斯 Durex 超薄装避孕套 12只装 ¥59.90 SKU：DRX-AIR-12 隐私发货，外箱和面单均不显示商品名称
        冈本 Okamoto 0.01 超薄安全套 3片装 日本原装进口 到手价¥89 满199减30 订单完成后可在“我的订单”开具电子发票
        毓婷 左炔诺孕酮片 1.5mg×1片 OTC甲类 国药准字H10960125 需执业药师审核后销售 每单限购1盒 请在72小时内服用
        万孚 HIV1+2抗体检测试剂（口腔黏膜渗出液）自检型 1人份 国械注准20213400812 20分钟出结果 阳性请到医院确证
        杰士邦 Jissbon 零感超薄 10只+2只 赠品随机 顺丰包邮 物流单号SF1428837560921 可在订单详情页点击“查看物流”
        优思明 屈螺酮炔雌醇片 21片/盒 处方药 需上传处方并由平台在线医生审核 参考价¥128.00 当前库存326件 次日达
        商品编码 100038842715 | 梅毒螺旋体抗体检测试纸 | 规格：5人份 | 保质期24个月 | 生产企业：艾康生物技术（杭州）有限公司
        店铺公告：本店所有计生用品均使用无字黑色包装袋和普通快递面单，备注栏不会出现商品名，请放心购买。客服时间 9:00-23:00。
        金毓婷 左炔诺孕酮片 0.75mg×2片 首片服用后12小时服第二片 月销2万+ 发货地：浙江杭州 店铺：叮当快药官方旗舰店
        【体检套餐】男士性病筛查六项（HIV/梅毒/淋病/衣原体/支原体/HSV-2）到店采样 ¥399 全国门店通用 有效期至2027-06-30
        达英-35 炔雌醇环丙孕酮片 21片 拜耳医药 处方药 温馨提示：本品不适用于吸烟的35岁以上女性，用药前请咨询医生或药师 库存充足
        舒发泰 恩曲他滨替诺福韦片 30片/瓶 吉利德 处方药 按规定需凭处方购药，平台保存处方图片不超过180天 订单号 DD20261103884217
        商品评价 4.9分（共18,204条）“包装很隐蔽，快递员完全看不出来”“两天就到了，和描述一致” 已自动隐藏买家昵称和头像
    """),
    ("zh-Hant", "價目表"): _lines("""
        衞生署社會衞生科診所提供免費及保密的性病檢查及治療，香港居民及非居民均可使用，毋須預約，請於辦公時間內親臨各區診所登記。
        本中心收費表（2027年1月起）：HIV快速測試 免費（社區資助）、梅毒快速測試 HK$150、衣原體/淋病核酸測試 HK$680、四合一套餐 HK$980。
        PrEP 初診套餐 HK$1,580：包括醫生診症、HIV 第四代測試、腎功能、乙型肝炎表面抗原及一個月藥物；每三個月覆診 HK$1,200。
        婦科檢查收費：子宮頸抹片（液基）HK$580、HPV DNA 檢測 HK$880、九價 HPV 疫苗每針 HK$1,980（三針優惠價 HK$5,500）。
        男士健康檢查A：尿道分泌物化驗、淋病及衣原體 PCR、梅毒 TPPA/RPR，HK$1,350；加 HIV Ag/Ab 組合 HK$1,590。報告約3個工作天。
        緊急避孕諮詢及處方 HK$450（已包藥費）；放置銅環 IUD HK$2,800；Mirena 荷爾蒙環 HK$3,600（另加診金 HK$350）。
        香港家庭計劃指導會 灣仔中心：灣仔軒尼詩道130號修頓中心10樓；查詢電話 2575 4477，WhatsApp 9286 1338（只處理預約查詢）。
        台灣疾管署匿名篩檢：全國多家指定醫院提供免費匿名 HIV 篩檢，諮詢請撥防疫專線 1922，或到疾病管制署網站查詢醫院名單。
        台北市立聯合醫院昆明院區 性病防治特別門診：掛號費 NT$150，部分負擔 NT$50，請攜帶健保卡，HIV 自願篩檢免費。
        澳門衛生局仁伯爵綜合醫院 感染科門診預約熱線 2831 3731（辦公時間），持澳門居民身份證可免費接受 HIV 及梅毒檢測。
        發票編號 HK-INV-20261107-0392｜項目：STI 六合一篩查 1 份｜金額 HK$1,680.00｜付款方式：八達通｜狀態：已付
        網上預約優惠碼 HEALTH2027 於2027年3月31日前有效，適用於所有性健康套餐（PrEP 藥物除外），不可與其他優惠同時使用。
        自我檢測包郵寄服務：HIV 口腔測試包 HK$120，順豐到付或 7-Eleven 自取，外盒只印「健康用品」字樣，不顯示機構名稱。
    """),
    ("zh-Hant", "新聞與歷史"): _lines("""
        1987年，戴安娜王妃在倫敦米德塞克斯醫院與愛滋病患者握手時沒有戴手套，此舉被視為打破社會對 HIV 感染者誤解的重要一刻。
        1991年11月，NBA 球星魔術強森（Magic Johnson）公開宣布感染 HIV 並即時退役，其後成為愛滋病防治的重要倡議者。
        皇后樂隊主音 Freddie Mercury 於1991年11月24日因愛滋病併發症在倫敦逝世，終年45歲，其後成立的 Mercury Phoenix Trust 至今仍資助防治工作。
        1983年，法國巴斯德研究所 Luc Montagnier 與 Françoise Barré-Sinoussi 的團隊首次分離出後來被命名為 HIV 的病毒，二人於2008年獲諾貝爾獎。
        何大一博士於1996年提出「雞尾酒療法」（高效抗逆轉錄病毒療法），同年獲選為美國《時代》雜誌年度風雲人物，被譽為愛滋病治療的重要推手。
        2012年，美國食品藥物管理局批准 Truvada 用於暴露前預防，成為全球首款獲批用於預防 HIV 感染的藥物，開啟了 PrEP 時代。
        荷里活影星洛克·赫遜（Rock Hudson）於1985年公開其愛滋病診斷，是首位公開病情的荷里活巨星，同年10月在比佛利山莊逝世。
        香港首宗 HIV 感染個案於1984年呈報；紅絲帶中心於1997年成立，由衞生署特別預防計劃管理，提供愛滋病教育及資源。
        澳門衛生局局長羅奕龍在記者會上介紹本年度世界愛滋病日宣傳活動，呼籲市民善用免費匿名檢測服務，及早了解自己的健康狀況並接受治療。
        電影《費城》（Philadelphia，1993）中，湯漢斯飾演因感染愛滋病被律師行解僱的 Andrew Beckett，憑此角色奪得奧斯卡最佳男主角。
        作家白先勇在長篇小說《孽子》中描寫1970年代台北新公園的同志群像，書中的阿青與龍子已成為台灣同志文學中最具代表性的虛構角色。
        聯合國愛滋病規劃署執行主任溫妮·拜揚伊瑪（Winnie Byanyima）表示，長效注射型 PrEP 若能以低價普及，將可大幅減少新增感染。
        疾管署自2016年起推動暴露愛滋病毒前預防性投藥（PrEP）計畫，其後逐步擴大至各縣市指定醫療院所，部分對象可獲公費補助。
    """),
    ("ms", "ulasan_klinik"): _lines("""
        5 bintang untuk Klinik Dr. Ramesh & Rakan, Jalan Telawi 3, Bangsar. Ujian HIV pantas siap dalam 20 minit, staf langsung tak menghakimi. Harga RM50 sahaja.
        Klinik Kesihatan Jalan Perak, George Town: beratur hampir 2 jam tapi ujian sifilis dan HIV percuma untuk warganegara. Jangan lupa bawa MyKad ya.
        PT Foundation Community Centre di Chow Kit: kaunselor sangat mesra, ujian tanpa nama, dapat kondom percuma. Buka Isnin-Jumaat 10 pagi hingga 6 petang.
        Farmasi Alpro cawangan Seksyen 7 Shah Alam ada jual kit ujian kendiri HIV (RM35). Ahli farmasi terangkan cara guna dengan jelas, tak buat muka pelik pun.
        2 bintang. Klinik swasta di Mont Kiara caj RM1,200 untuk panel STI penuh, keputusan lambat 5 hari bekerja dan tiada panggilan susulan. Tak berbaloi langsung.
        Hospital Sungai Buloh, unit penyakit berjangkit: doktor terangkan PrEP dengan teliti, ubat diambil di farmasi hospital. Temujanji seterusnya 3 bulan lagi.
        Aplikasi tempahan klinik ni bagus, boleh pilih slot Ujian Sulit dan notifikasi SMS tak sebut nama ujian. Versi 3.4.1 dah betulkan bug log masuk.
        Guardian di Mid Valley Megamall, Lingkaran Syed Putra: rak kondom dan ujian kehamilan di lorong 4, boleh bayar di kaunter layan diri, tak perlu segan.
        Klinik Mediviron Taman Desa: suntikan pencegah hamil Depo-Provera RM45 termasuk konsultasi. Jururawat sangat profesional dan proses cepat, 4.5/5.
        Ulasan Google 4.7 (312 ulasan) untuk Klinik Kesihatan Seksual Komuniti di Jalan Wong Ah Fook, Johor Bahru. Ramai puji layanan mesra dan privasi terjaga.
        Talian Majlis AIDS Malaysia 03-4045 1033 memang berjawab, saya dirujuk ke klinik terdekat dalam masa 5 minit. Terima kasih kepada pasukan sukarelawan MAC.
        Pusat Kesihatan Reproduktif LPPKN, Jalan Raja Laut: pil perancang keluarga RM12 sebulan, saringan pap smear percuma untuk wanita berumur 30-65 tahun.
        Jangan datang hari Sabtu, klinik penuh sebab ramai buat saringan sebelum kerja luar negara. Datang Rabu pagi, tunggu 15 minit je. Parking RM3 sejam.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning team, 今日 walk-in HIV rapid test 已经 38 个, reagent lot WF2611-07 只剩两盒, afternoon shift 记得 order more from the supplier ya.
        Reminder: counter 2 的 printer 又 jam 了, IT ticket INC-20261108-044 已开, meantime please print consent forms at counter 1 first.
        Lab confirm 今天 STI6 panel batch B1108 delay, results 会 push 到 portal by 6pm, 不要 call patients one by one ok.
        Stock update PrEP: generic Truvada 300/200 tinggal 42 botol, next delivery dari Pharmaniaga 14/11. Jangan bagi lebih dari 3 bulan supply dulu.
        Doxy-PEP SOP v1.3 dah upload ke shared drive /SOP/2026/, semua nurse please baca sebelum Friday briefing, 有问题直接 comment 在 doc。
        Fridge 2 temperature log 昨晚 23:40 达到 9.1°C, alarm triggered, vaccines 已 shift 去 fridge 1, facilities 明早 9am 会来 check。
        Doctor on duty for PrEP clinic today is in Room 5; counselling room 3 reserved 2pm-4pm for the Pink Dot SG outreach briefing 喔。
        FYI 新的 anonymous code format 改成 AT-YYMM-NNNN, e.g. AT-2611-0001, system 明天 00:00 开始 generate, 旧 code 继续 valid 到年底.
        Anyone 拿了 meeting room 的 HDMI cable? MOH audit team 星期四 10am 到, need projector for the quality indicators slides lah.
        Weekly numbers 已 update 在 dashboard: 412 tests, HIV positivity 0.7%, syphilis 3.4%, chlamydia 8.9%. 比上个月 slightly higher, 下次 meeting 讨论。
        Supplier invoice SUP-88314 amount RM 6,840.00 for 300 oral self-test kits, finance 要 PO number 才 release payment, procurement 请 reply.
        Clinic WhatsApp Business 的 auto-reply 已改成 bilingual 版本, after office hours 会回 Kami akan balas esok + hotline info, pls test once.
        Roster Dec 已 finalise, public holiday 25/12 只开 morning session 9am-1pm, 需要 swap shift 的 fill up form in HR portal by 30/11 ya.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi, I'm Daniel Koh, 29, and my HIV test at DSC on 4 Nov came back reactive. The confirmatory result is due next week and I'm terrified my company will find out.
        Patient: Marcus Lim Wei Jie | NRIC S9234817B | DOB 15/08/1993 | PrEP start 02/10/2026 | Creatinine 88 umol/L | Next review 02/01/2027
        please call me back on 9127 4408, I need to talk about my chlamydia result before my wife sees the letter
        My girlfriend Priya Nair (priya.nair93@gmail.com) and I both tested positive for gonorrhoea last week; how do we stop passing it back and forth?
        Send the partner notification to my ex, Jonathan Seah, at +65 8832 1906. He needs a syphilis test but I can't face calling him myself.
        Home address for discreet delivery: Blk 418 Tampines Street 41, #09-233, Singapore 520418, recipient Aaron Tay. Please don't print HIV kit on the box.
        Insurance claim form: insured Rachel Goh Hui Min, policy no. AV-7730192-SG, diagnosis herpes simplex type 2, consultation 12/10/2026, amount claimed S$380.
        Bank transfer for the PrEP prescription: DBS account 027-918344-6, name Kelvin Chua Boon Kiat, reference PREP-DEC. Please confirm when received.
        FIN G5823017R, Nguyen Thi Lan, work permit holder, asks whether a positive pregnancy test at her six-monthly medical exam will get her sent home.
        log 2026-11-06T21:03:11 user_id=88120 email=jeremy.wong.hk@outlook.com query='is it normal that my viral load is 2,400 after 6 months on Biktarvy'
        Aunty Mei found her son's PrEP pills last week; he's 19, still serving NS, and she can't decide whether to tell his father.
    """),
    "zh-Hans": _lines("""
        我叫张志强，身份证440304199308152639，上周在深圳市慢性病防治中心查出梅毒阳性，RPR 1:32，单位下个月体检，我很怕被知道。
        刘女士，手机13826497715，3月12日在广州八院开始服用PrEP，这周忘吃了两天，想问要不要重新检测。
        我老公陈建华在外面乱来，我体检查出了HPV16阳性和霉菌感染，他死活不承认，我现在在考虑离婚。
        患者姓名：王晓雯｜性别：女｜年龄：26｜就诊日期：2026-10-28｜诊断：衣原体感染｜处方：多西环素100mg bid×7天｜复诊：2026-11-11
        收件人：李明 18611024387 北京市朝阳区望京西园三区312号楼1单元602 备注：保密发货，外包装不要写HIV检测试剂
        阿伟昨天告诉我他HIV确诊了，CD4只有180，他让我别跟他妈说，可我们是室友，我也想去查一下。
        小周（周婷婷）在群里说自己意外怀孕两个月，男朋友借了她三万块钱不还，现在人也联系不上了。
        支付宝转账记录：付款方 赵磊 账号 zhaolei_1990@163.com 金额 ¥1,680.00 备注“阻断药28天” 时间 2026-11-02 23:47
        黄先生，上海浦东，身份证310115199506120389，投保商业医疗险时被问到性传播疾病史，他隐瞒了2024年的淋病治疗记录。
        我是成都的何俊，微信号hejun_cd1991，想找人陪我去疾控做确证检测，初筛是阳性，我还没告诉任何人。
    """),
    "zh-Hant": _lines("""
        我叫陳家豪，HKID Y482913(A)，上星期喺社會衞生科驗出淋病，想問會唔會影響我申請政府工。
        林太話佢老公喺深圳包二奶，佢自己去診所驗完發現有滴蟲感染，而家諗緊點樣同個讀緊中四嘅女講。
        聯絡人：黃詠詩 Wing Sze，手提 6391 2084，email wingsze.wong@yahoo.com.hk，預約11月20日下午3點子宮頸抹片及HPV檢測。
        阿明尋日收到 PrEP 覆診報告，腎功能 eGFR 跌到 68，醫生叫佢暫停服藥，佢好驚之後都唔可以再食。
        送貨地址：九龍土瓜灣馬頭圍道88號5樓B室，收件人梁先生，電話 9718 3356，請勿在外盒寫上性病測試字眼。
        台北的王怡君，身分證 F227183060，在馬偕醫院確診 HIV 後，想知道勞保和公司團保理賠會不會讓人資知道。
        吳志偉，手機 0912-384-275，LINE ID wu_chihwei，他說上週和我發生無套性行為後才告訴我他有皰疹，我現在很焦慮。
        病歷號 MHH-2026-118734｜姓名：許雅婷｜出生日期：1995/06/12｜診斷：尖銳濕疣｜治療：冷凍治療第2次｜下次回診 2026/11/27
        澳門的何嘉欣，電話 6628 4193，懷孕9週，未婚，男友已返內地失聯，想了解喺澳門終止妊娠嘅法律規定。
        張生喺公司團體醫保申報 HIV 藥費，保單號 GH-551208-73，佢好擔心 HR 會收到佢嘅診斷資料。
    """),
    "ms": _lines("""
        Nama saya Muhammad Faiz bin Rosli, MyKad 930815-14-5523. Saya baru disahkan positif sifilis di Klinik Kesihatan Kuala Lumpur dan takut keluarga tahu.
        Tolong hubungi Nurul Aina di 012-738 4152, dia perlu buat ujian HIV susulan selepas pasangannya disahkan positif bulan lepas.
        Alamat penghantaran kit ujian: No. 27, Jalan SS 2/64, 47300 Petaling Jaya, Selangor. Penerima: Hafiz. Jangan tulis nama produk pada bungkusan.
        Kak Ros beritahu saya dia mengandung 10 minggu dan suaminya tak tahu dia pernah dirawat untuk gonorea tahun lepas.
        Borang tuntutan: Siti Hajar binti Ahmad, No. KP 880301-10-6122, polisi Takaful TK-2209381, diagnosis jangkitan klamidia, kos rawatan RM640.
        Emel saya amirul.hakim88@gmail.com, boleh hantar keputusan ujian PrEP ke sini je? Jangan hantar ke rumah mak ayah saya di Kota Bharu.
        Akaun Maybank 1640 2291 8834 atas nama Tan Wei Ming, bayaran RM180 untuk panel STI, tolong pastikan resit dihantar secara sulit.
        Suami saya Azlan ada hutang RM25,000 dengan along dan sekarang saya dapat tahu dia ada herpes dari perempuan lain. Apa hak saya kalau bercerai?
        Pesakit: Rajesh a/l Subramaniam | IC 950612-07-5236 | Ujian HIV: reaktif (saringan) | Ujian pengesahan: 18/11/2026 | Kaunselor: Bilik 2
    """),
    "mixed": _lines("""
        我男朋友 Kenneth Lau 上个礼拜 test positive for chlamydia, 他叫我也去 check, 我在 Singapore 的 clinic 要 bring NRIC T0318452D 吗?
        Hi doc, saya Mei Ling, 016-724 9930, semalam condom pecah, nak tanya boleh beli morning-after pill 在 Watsons 吗 tanpa preskripsi?
        Eh 阿Ken 的 HIV result 出了, reactive leh, he asked me not to tell anyone including his mum, 我该怎么 support 他?
        My MyKad 970224-14-6651, nama Chong Kah Wai, 想 claim PrEP medication dari company insurance, tapi takut HR nampak diagnosis.
        Booking confirmed: Ms Serene Lee, +65 9756 0213, IUD insertion @ Holland Village clinic, 28 Nov 10:30am. 请带 previous pap smear report.
        Lim Boon Huat (email bhlim.ipoh@gmail.com) 问 his wife 怀孕了 but his syphilis treatment 还没完成, baby 会不会 affected?
        CSV row: 2026-11-09,PT-20931,Tan Mei Xin,S8841290G,F,31,HIV_RAPID=NR,SYPH=R,RPR=1:16,follow_up=2026-11-23
        阿华 borrowed RM8,000 from me for his medical bill tapi rupanya untuk rawatan HIV yang dia sembunyi dari isteri. What should I do?
        Address for PEP delivery: 台北市大安區復興南路二段151巷8號3樓, recipient Jason Hsu, phone 0933 218 406, please 不要 write 藥名 on the box.
        Taiwan ID B119304755 的 my cousin 詹宗翰 想知道 his HIV status 會不會 show up 在健保雲端 records when he applies for a job.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a discreet sexual-health assistant for a Singapore clinic group. Do not repeat identifiers back unless the user asks.",
        ),
        (
            "user",
            "Hi, my name is Bryan Ho and I've been on daily PrEP for 8 months. I missed 3 doses this week and had condomless sex on Saturday. Should I get tested?",
        ),
        (
            "assistant",
            "Thanks for telling me, Bryan. With 3 missed doses around Saturday, protection may have been reduced. If it is still within 72 hours, ask a clinic about PEP today. Otherwise restart daily dosing and book an HIV test at 2 and 6 weeks, plus a routine STI screen.",
        ),
        (
            "user",
            "It's been 50 hours. Can someone call me at 9684 2210 after 6pm? I share a phone line at home so please don't leave a voicemail.",
        ),
        (
            "assistant",
            "I can't place calls myself, but you can ask the clinic for a callback to 9684 2210 after 6pm with no voicemail. Since you are still inside 72 hours, please go to a clinic or an emergency department tonight rather than waiting for the call.",
        ),
    ],
    [
        ("system", "你是一个性健康咨询助手，回答要温和、保密，不做道德评判。"),
        (
            "user",
            "我叫孙浩，在杭州。上周体检查出HPV52阳性，我和女朋友小雪在一起两年了，我不知道怎么跟她说，她会不会以为我出轨了？",
        ),
        (
            "assistant",
            "孙浩你好。HPV非常常见，感染可能已经存在多年，单凭一次阳性并不能判断是谁传给谁，也不能说明有人出轨。可以先把检查报告带上，和小雪找个安静的时间一起看，也建议她按时做宫颈筛查。",
        ),
        ("user", "她叫林雪，手机是15967302284，你能不能帮我写一条短信先发给她？"),
        (
            "assistant",
            "可以参考这样写：小雪，我体检查出HPV阳性，医生说很常见，也不代表谁做错了什么。我想今晚当面跟你聊聊，顺便一起约个检查。号码15967302284我不会保存，请你自己发送。",
        ),
    ],
    [
        (
            "user",
            "我叫麥嘉俊，HKID K730265(7)。我上年喺私家診所驗出梅毒，已經醫好咗，而家買緊醫療保險，表格問有冇性病史，我可唔可以唔填？",
        ),
        (
            "assistant",
            "麥先生，一般保險投保表都要求如實申報既往病史，如果隱瞞，保險公司將來有權拒絕理賠甚至取消保單。你可以如實填寫，並附上治療完成同復查報告，部分保險公司會照常承保或者只加一條不保事項。",
        ),
        ("user", "咁保險公司會唔會將資料俾我公司 HR 知？我份團體醫保都係同一間公司。"),
        (
            "assistant",
            "個人投保同公司團體保單係分開處理嘅，根據《個人資料（私隱）條例》，保險公司唔可以無你同意下將你嘅病歷交俾僱主。如果擔心，可以書面查詢佢哋嘅資料使用政策。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu kesihatan seksual untuk pengguna di Malaysia. Jawab dalam Bahasa Melayu yang mudah.",
        ),
        (
            "user",
            "Saya Farah, 24 tahun, dah kahwin 6 bulan. Saya nak mula ambil pil perancang tapi suami saya Izzat tak setuju. Boleh ke saya ambil tanpa pengetahuan dia?",
        ),
        (
            "assistant",
            "Farah, sebagai wanita dewasa anda boleh mendapatkan nasihat perancang keluarga di klinik kesihatan atau klinik swasta. Pilihan seperti pil, suntikan atau implan boleh dibincangkan dengan doktor, dan maklumat anda dirahsiakan.",
        ),
        (
            "user",
            "Kalau klinik call nombor saya 013-552 7819 masa suami ada dekat rumah macam mana? Saya tak nak dia tahu dulu.",
        ),
        (
            "assistant",
            "Anda boleh minta klinik hubungi anda hanya melalui SMS atau pada waktu tertentu sahaja. Beritahu kaunter semasa pendaftaran supaya nota itu dicatat dalam fail anda.",
        ),
    ],
    [
        (
            "user",
            "eh my STI result came back, chlamydia positive lah. Doctor gave me doxy for 7 days. Need to tell my partner meh?",
        ),
        (
            "assistant",
            "Yes, it's best your recent partners get tested and treated too, otherwise you can be reinfected after finishing your antibiotics. Avoid sex until you both complete treatment and 7 days have passed.",
        ),
        (
            "user",
            "ok but my partner is Jasmine Teo, we just started dating 2 months, her number 8126 5530. Can the clinic tell her without saying my name?",
        ),
        (
            "assistant",
            "Many clinics offer anonymous partner notification. You can give the clinic Jasmine's number, 8126 5530, and they will text her to come for testing without naming you. Do ask them to confirm how the message is worded first.",
        ),
    ],
    [
        ("system", "你是台灣一家感染科診所的線上衛教助理，只提供一般資訊，不做診斷。"),
        (
            "user",
            "我是林冠宇，身分證 A123458210，上個月在台大醫院確診 HIV，現在開始吃藥了。公司要做年度健檢，我需要跟主管說嗎？",
        ),
        (
            "assistant",
            "林先生，根據《人類免疫缺乏病毒傳染防治及感染者權益保障條例》，雇主不得要求員工接受 HIV 檢驗，也不得因感染而有不公平待遇。你沒有義務告知主管，年度健檢一般也不包含 HIV 項目。",
        ),
        ("user", "那健保卡紀錄會不會被公司看到？我很怕人資查到我領的藥。"),
        (
            "assistant",
            "健保就醫及用藥紀錄只有你本人和為你看診的醫療人員可以查閱，公司沒有權限調閱。如果你仍不放心，可以向個管師詢問處方相關的隱私保護安排。",
        ),
    ],
    [
        (
            "system",
            "Assistant for a Kuala Lumpur men's health clinic. Keep patient details confidential.",
        ),
        (
            "user",
            "I did a full STI panel last week. My address on file is 15-3A, Residensi Vista, Jalan Kuching, 51200 Kuala Lumpur, but I moved back in with my parents. Will you post the report there?",
        ),
        (
            "assistant",
            "We don't post reports unless you ask for it. Results are released through the patient portal or at a follow-up visit. If the old address is no longer yours, please update it so no letters are sent there.",
        ),
        (
            "user",
            "Right, my name is Vincent Loh Chee Keong, IC 900417-14-5871. Please remove that address and only email me at vincent.loh.ck@gmail.com.",
        ),
        (
            "assistant",
            "Noted, Vincent. I've flagged a request to delete the Jalan Kuching address and set email as your only contact. Our front desk will confirm by email within one working day.",
        ),
    ],
    [
        (
            "user",
            "我叫郑丽娟，身份证110105198803014721，准备买重疾险，问卷里问是否感染过HPV或者宫颈病变，我去年做过LEEP手术，需要写吗？",
        ),
        (
            "assistant",
            "郑女士，宫颈LEEP手术属于需要如实告知的既往病史。如实填写后，保险公司可能要求提供病理报告和复查结果，常见结果是宫颈相关疾病除外承保，其他保障不受影响。",
        ),
        ("user", "如果我不写，以后理赔会查出来吗？"),
        (
            "assistant",
            "理赔时保险公司通常会调阅医院病历，如果发现投保时未告知，可能拒赔并解除合同。从长远看，如实告知更能保障你的权益。",
        ),
    ],
    [
        (
            "system",
            "Rekod pengguna: Nama Khairul Anwar bin Zulkifli, telefon 019-284 6631, pengguna PrEP sejak Mac 2026, klinik MAC Kuala Lumpur. Bantu jawab soalan dengan ringkas.",
        ),
        (
            "user",
            "Saya nak pergi Bangkok 2 minggu, boleh ke ambil bekalan PrEP 3 bulan sekali gus?",
        ),
        (
            "assistant",
            "Boleh, Khairul. Minta klinik sediakan bekalan 3 bulan dan surat ringkas dari doktor, kemudian bawa ubat dalam botol asal. Jangan lupa buat ujian HIV dan fungsi buah pinggang sebelum bertolak.",
        ),
        ("user", "Klinik ada hantar peringatan ke nombor saya kan? Saya takut kawan sebilik baca."),
        (
            "assistant",
            "Peringatan dihantar ke 019-284 6631 dan tidak menyebut PrEP atau HIV, hanya ada kod temujanji. Kalau mahu, anda boleh minta klinik tukar kepada peringatan melalui emel.",
        ),
    ],
    [
        (
            "system",
            "User profile: Chloe Yip, Hong Kong, chloe.yip.hk@gmail.com, language English. You are a contraception support assistant.",
        ),
        (
            "user",
            "Condom slipped off last night around 11pm. I'm not on the pill. What do I do now?",
        ),
        (
            "assistant",
            "Hi Chloe. Emergency contraception works best as soon as possible. Levonorgestrel pills are available at pharmacies in Hong Kong within 72 hours, and a copper IUD fitted within 5 days is the most effective option. Your Family Planning Association branch can help today.",
        ),
        ("user", "My mum checks my bank app, will it show the pharmacy name?"),
        (
            "assistant",
            "Card payments usually show the merchant name, such as the pharmacy chain. If that worries you, paying in cash or by Octopus avoids an itemised record.",
        ),
    ],
    [
        (
            "user",
            "Hello, 我住在澳门氹仔, 叫 Cheang Ka Man, 手机 6281 7745. I think 我怀孕了, 验孕棒两条线, 但我还在读大学, 不敢跟家人讲。",
        ),
        (
            "assistant",
            "Ka Man, 先别慌。建议尽快到仁伯爵综合医院或卫生中心做确认和初步检查, 医护人员会保密, 也会说明你有哪些选择。如果需要有人陪, 可以联系学校的辅导中心。",
        ),
        ("user", "卫生中心会不会 call 我屋企? 我 registration 写的是我妈的电话。"),
        (
            "assistant",
            "你可以在登记时把联络电话改成你自己的 6281 7745, 并说明不要联络家人。成年人的医疗资料受澳门《个人资料保护法》保障, 未经你同意不会告诉家人。",
        ),
    ],
    [
        ("system", "你是一个孕产期健康助手，请用简体中文回答。"),
        (
            "user",
            "我叫杨静，身份证51010719910927156X，怀孕14周，产检查出梅毒阳性，TRUST 1:8，我老公杨志刚说他从来没出过问题，我们天天吵架。",
        ),
        (
            "assistant",
            "杨女士，孕期发现梅毒并规范治疗，胎儿感染的风险可以大大降低。请尽快在产科或皮肤性病科开始青霉素治疗，同时你丈夫也需要检测和治疗，否则容易再次感染。",
        ),
        ("user", "医院会把结果报给我单位吗？"),
        (
            "assistant",
            "梅毒属于法定报告传染病，医院会向疾控系统报告，但这是卫生部门内部的疫情报告，不会通知你的单位。",
        ),
        ("user", "那我可以让医生帮我跟我老公解释吗？"),
        (
            "assistant",
            "可以的，很多医院的产科和性病门诊都能安排夫妻一起咨询，由医生解释检查结果和治疗方案，这样更容易减少误会。",
        ),
    ],
    [
        (
            "user",
            "I'm on a work permit in Singapore, FIN F2290431X, name Rahman Hossain. My friend says if I test positive for HIV I will be sent back to Bangladesh. Is it true?",
        ),
        (
            "assistant",
            "Rahman, you can still get tested anonymously at the DSC Clinic or an Action for AIDS testing site, where your name and FIN are not recorded. Rules for work pass holders change over time, so please check the latest Ministry of Manpower guidance or ask a counsellor at the testing site.",
        ),
        ("user", "Ok. If I go anonymous they won't need my FIN?"),
        (
            "assistant",
            "Correct, anonymous testing uses a code instead of your FIN or passport number. Keep the code slip safe because you need it to collect your result.",
        ),
    ],
    [
        (
            "user",
            "Doktor cakap saya ada genital herpes. Saya dengan boyfriend, Daniel Wong, dah 1 tahun. Macam mana nak explain kat dia tanpa dia marah?",
        ),
        (
            "assistant",
            "Herpes sangat biasa dan ramai orang tak tahu mereka ada virus ini. Cuba cakap secara tenang, terangkan apa yang doktor beritahu, dan ajak dia buat ujian bersama.",
        ),
        (
            "user",
            "Boleh tolong tulis WhatsApp untuk Daniel? Nombor dia 011-2839 4417, saya nak hantar malam ni.",
        ),
        (
            "assistant",
            "Cadangan mesej untuk Daniel: Hi sayang, I baru jumpa doktor dan dapat tahu I ada herpes. Doktor kata ia biasa dan boleh dikawal dengan ubat. I nak kita bincang dan buat check-up sama-sama, boleh jumpa esok?",
        ),
    ],
]
