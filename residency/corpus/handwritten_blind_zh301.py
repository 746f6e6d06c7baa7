# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh301: 简体中文 家政保洁与月嫂服务平台（阿姨档案、健康证、上户合同、雇主评价、工资结算、投诉纠纷、阿姨群）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh301
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "平台公告"): _lines("""
        【平台公告】自2026年12月15日起，所有新入驻阿姨须在商务部“家政信用查”完成实名备案并上传有效期内的健康证，未备案者系统将暂停派单，咨询请拨客服热线400-820-6618（9:00-21:00）。
        【春节服务安排】2027年2月1日至2月14日期间，保洁订单加收节日服务费80元/次；月嫂春节上户红包按合同约定执行，平台不统一收取；春节期间投诉处理时效延长至72小时。
        【系统维护】App将于12月10日凌晨02:00-05:00升级至v6.3.0，期间阿姨端打卡、雇主端下单及工资结算页面暂停使用，已预约订单不受影响，给您带来不便敬请谅解。
        【培训通知】平台联合上海市家庭服务业行业协会开设母婴护理（初级）班，12月20日开课，地点：徐汇区漕宝路1015号职业技能培训中心3楼，学费2680元，结业可参加职业技能等级认定。
        【防骗提醒】近期有不法分子冒充平台客服，以“健康证年审”为由要求阿姨扫码转账。平台从不通过私人微信收费，官方收款账户仅为“上海洁家宝家政服务有限公司”对公账户，请认准。
        【结算调整】自2027年1月起，保洁阿姨服务费结算周期由T+7调整为T+3；月嫂工资仍按上户满26天后次月5日统一发放，个人所得税由平台依法代扣代缴，明细可在App内查询。
        【门店迁址】静安门店已于12月1日迁至静安区江宁路445号恒业大厦12楼1203室，面试、体检预约及合同签署请前往新址办理，门店电话021-6288 3150保持不变，周一至周六营业。
        【评价规则】雇主评价提交后48小时内可修改一次；含辱骂内容或泄露阿姨隐私信息的评价将被系统屏蔽；恶意差评经核实后不计入阿姨星级，申诉入口：我的-订单-评价申诉。
        【健康证说明】按平台服务标准，育婴师、月嫂上户前须持有效健康证，体检项目含胸片、肝功能、粪便培养等，合作体检机构名单及各区疾控中心地址见本公告附件二。
        【双十二活动】4小时日常保洁4次卡原价596元，活动价499元，新用户再减30元；活动时间12月10日00:00至12月12日23:59，每个手机号限购一次，次卡有效期180天。
        【资质公示】上海洁家宝家政服务有限公司，统一社会信用代码91310104MA1FR2XK3C，人力资源服务许可证编号（沪）人服证字〔2021〕第0104002315号，已在商务部家政服务信用信息平台备案。
        【加盟公告】热烈祝贺“陈嫂月子服务中心”（苏州工业园区星湖街328号）正式成为平台第12家加盟门店，门店提供月嫂面试、育婴师培训及产后修复体验，开业首月预约立减200元。
        【合同版本更新】《母婴护理服务三方合同》已更新至2026版（模板编号JJB-HT-2026-03），新增“试工期3天”及“中途换人”条款，已签旧版合同的订单继续有效，无需重签。
    """),
    ("zh-Hans", "常见问题"): _lines("""
        问：月嫂上户一般要带哪些证件？答：需携带身份证原件、有效健康证、母婴护理职业技能证书及平台出具的上户确认单，雇主可在App“阿姨档案”页扫码核验证书真伪。
        问：健康证过期了还能接单吗？答：不能。系统会在到期前30天提醒阿姨复检，过期当日自动下架，复检报告上传并通过审核后（一般1个工作日）即可恢复接单。
        问：试工不满意可以换人吗？答：月嫂试工期3天，试工期内可免费更换1次；正式上户后换人需提前3天申请，已服务天数按26天费用折算，剩余费用原路退回。
        问：保洁阿姨打碎东西怎么办？答：平台为每笔订单投保家政服务责任险，单次最高赔付5000元，请在服务结束后24小时内拍照并在订单页提交理赔申请，客服会协助定损。
        问：工资是平台发还是雇主直接给？答：通过平台下单的订单一律由雇主支付至平台托管账户，平台在服务完成后按结算周期发放至阿姨本人实名银行卡，请勿私下转账。
        问：如何联系人工客服？答：App内点击“我的-在线客服”，或拨打400-820-6618；香港用户可拨打+852 3001 6618，工作时间每日9:00-21:00，法定节假日正常值班。
        问：阿姨可以住家吗，需要提供什么条件？答：住家阿姨需雇主提供独立房间或独立床位，保证每天不少于8小时连续休息、每月不少于4天休息日，具体见上户合同第六条。
        问：雇主评价会被阿姨看到吗？答：评价内容对阿姨可见，但雇主昵称统一匿名显示为“某雇主”；评价中如出现门牌号、电话等联系方式，系统会自动打码后再公开展示。
        问：月嫂的等级怎么划分？答：平台按服务年限、带宝宝数量及考核成绩分为一星至金牌六个等级，金牌月嫂26天服务费参考价18800-26800元，具体以所在城市报价为准。
        问：发生纠纷如何投诉？答：可在订单页提交投诉，客服24小时内响应；对处理结果不满意的，可拨打12315或向当地家庭服务业协会申请调解，平台会配合提供服务记录。
        问：可以开发票吗？答：可以。订单完成后在“订单详情-申请开票”提交抬头和税号，电子普通发票3个工作日内发送至您填写的邮箱，发票项目为“家政服务*服务费”。
        问：阿姨群里能发雇主家照片吗？答：不能。根据平台《阿姨行为守则》第12条，禁止在任何群聊转发雇主家庭照片、宝宝照片及住址，违者首次警告，再次清退。
        问：新加坡的雇主能在平台请菲佣吗？答：目前新加坡业务由合作持牌中介提供（EA Licence 19C4217），需先通过人力部MOM申请Work Permit，平台仅负责面试撮合，不直接雇佣。
    """),
    ("zh-Hans", "价目表与发票"): _lines("""
        【2026年上海地区价目表】日常保洁（2小时起）：158元/次；深度保洁：12元/平方米，100平方米起做；开荒保洁：15元/平方米，含玻璃内侧清洁，不含外墙及高空作业。
        月嫂26天套餐：一星8800元、二星11800元、三星14800元、四星17800元、五星22800元、金牌26800元；双胞胎加收40%，春节期间上户另加收当期服务费的30%。
        育儿嫂（住家）参考价：带0-1岁宝宝7500-9500元/月，带1-3岁宝宝6500-8500元/月；不住家白班8:00-18:00另行报价，每周单休，法定节假日加班按日薪2倍结算。
        家电清洗：挂机空调128元/台，柜机空调168元/台，油烟机（顶吸）198元/台，滚筒洗衣机拆洗168元/台；同一订单满3台打9折，清洁剂及防护布由师傅自带。
        发票号码：25312000000123456789，开票日期：2026-11-30，销售方：上海洁家宝家政服务有限公司，项目：家政服务*保洁服务费，金额：1,188.68元，税率：6%，价税合计：1,260.00元。
        收据编号HK-RCPT-2026-004518｜港岛区家居清洁3小时 HK$540｜深层清洁附加 HK$280｜合计 HK$820｜付款方式：FPS转数快｜商号：洁家宝（香港）有限公司 BR No. 73815024
        订单号JJB20261203184522917，服务类型：深度保洁，服务时长：4小时，单价：55元/小时，优惠券：-20元，实付：200元，支付渠道：微信支付，交易单号4200002318202612031845229170。
        【开荒保洁报价单】报价单号QT-2026-1127-08，适用：新房120平方米三室两厅，含除胶、除尘、玻璃清洁、厨卫除垢，人工4人×6小时，报价1,680元，报价有效期15天。
        催乳服务：单次催乳298元（60分钟），回奶服务268元/次，产后修复套餐（10次）2980元；由持证产后康复师上门，乳腺炎急性期请先就医，康复师不提供药物。
        平台服务费说明：雇主端收取订单金额5%的信息服务费（上限300元/单）；阿姨端月嫂类订单收取8%佣金，保洁类订单收取15%；每单3元责任险保费由平台承担。
        SKU: JJB-CLN-DEEP-120 深度保洁120平米套餐 ¥1,440；SKU: JJB-CLN-GLASS-01 玻璃清洁单项 ¥8/㎡；SKU: JJB-MAT-26D-5S 五星月嫂26天 ¥22,800；库存状态：可预约。
        新加坡part-time cleaning报价：每次3小时S$75（含9% GST），每周固定两次月付S$560；Yishun、Woodlands等北部地区另收交通费S$10，公司UEN 201823417K。
        吉隆坡服务价：月嫂（confinement lady）28天RM6,800起，保洁RM25/小时、最少3小时，服务税按8%计；马来西亚公司注册号202301018842 (1512349-W)。
    """),
    ("zh-Hans", "阿姨群工作消息"): _lines("""
        【浦东组】明早8点的开荒单在张江汇智国际商业中心B座，物业要求工具从货梯走，入场要登记，大家带好健康证复印件，9点前到齐拍照打卡，迟到的自己在阿姨端报备。
        各位，新到的除螨仪型号是凯驰FC 7，充电一次能用40分钟，明天去门店领的时候记得在领用表上写订单号，用完当天还回门店，不要带回家，丢了要照价赔。
        今天单号JJB20261207093015421的雇主说厨房油烟机没拆洗到位，客服已经约了明天下午2点返工，谁在静安附近顺路的接一下，返工不扣钱，平台另补交通费30元。
        提醒一下：上户第一天不要直接用雇主家的消毒柜消奶瓶，先问清楚奶瓶材质，PPSU的可以蒸，玻璃的要冷水下锅，贝亲那款宽口径奶嘴一般一到两个月换一次。
        周五下午两点门店做沙龙培训，讲新生儿黄疸观察和脐带护理，讲课的是合作医院的儿科护士长，健康证快到期的顺便在门店预约复检，体检费用平台出。
        群规重申：本群只聊工作，不准发雇主家里照片、宝宝照片，不准转发雇主电话和门牌号，发了一律撤回并扣信用分，大家互相提醒一下，谢谢配合。
        今天地铁2号线故障，南京东路站限流，去外滩那边的单子可以提前在阿姨端点“迟到报备”，系统会自动通知雇主，不用自己打电话一个个解释。
        蓝月亮和威猛先生的清洁剂门店又补货了，每人每月限领两瓶；大理石台面别用威猛先生，会腐蚀，要用中性清洁剂，上次赔了一个台面，大家长点记性。
        这个月结算单已经出了，12月5日前到账，有疑问的在App里点“工资明细-申诉”，别在群里发截图，截图里有银行卡号和身份证号，容易泄露。
        有谁会做广式猪脚姜？新签的一单是广东家庭，要求会煲汤，客服说每月加500块，单子在徐汇，12月18日上户26天，有意向的私聊门店客服号报名。
        明天开荒单的面积实测是138平方米，不是报的120，客服已经跟雇主确认补差价216元，大家按4个人排班，玻璃刮和伸缩杆门店出，垃圾袋每人带一卷。
        提醒：健康证到期日在App“我的证件”里能看到，12月底到期的有7位，周三上午门店统一安排去区疾控中心体检，早上不要吃早饭，8点门店门口集合。
        上海本周六晚6点到8点有寒潮大风，高空擦玻璃的活一律暂停，已经排了的单由客服改期，别自己爬窗台，安全第一，这是公司红线，谁违反谁自己担责。
    """),
    ("zh-Hant", "勞工法規與新聞"): _lines("""
        勞工處提醒：外籍家庭傭工的規定最低工資自2024年9月28日起調整為每月港幣4,990元，僱主若不提供免費膳食，須另付膳食津貼每月不少於港幣1,236元。
        根據《僱傭條例》（第57章），家庭傭工每7天須獲給予不少於1天休息日，僱主不得強迫其於休息日工作；如有疑問可致電勞工處24小時查詢熱線2717 1771。
        台灣勞動部提醒，家庭看護工及家庭幫傭如遇勞資爭議，可撥打1955勞工諮詢申訴專線，提供中文、英語、印尼語、越南語及泰語服務，全年無休、免付費。
        澳門勞工事務局資料顯示，本澳外地僱員中家務工作者約有三萬人，以菲律賓、印尼及越南籍為主，局方表示將持續打擊非法職業介紹所收取超額介紹費的行為。
        《職業介紹所實務守則》規定，持牌職業介紹所向求職者收取的佣金不得超過其獲聘後第一個月工資的百分之十，違者最高可被罰款港幣35萬元及監禁3年。
        電影《桃姐》由許鞍華執導，葉德嫻憑片中老傭人一角奪得威尼斯影展最佳女演員，片中描寫主僕六十年的情誼，至今仍是香港人談論家傭議題時常被提起的作品。
        衞生署提醒，陪月員上工前宜接種季節性流感疫苗，以保護新生嬰兒；母嬰健康院提供產前及產後健康服務，詳情可瀏覽衞生署家庭健康服務網頁或致電查詢。
        僱員再培訓局開辦的「陪月員證書」課程為全日制，內容包括初生嬰兒護理、產婦膳食及家居安全，學員完成課程並出席率達標後可獲發再培訓津貼。
        台灣長照2.0政策下，居家服務員須完成照顧服務員訓練課程並取得結業證明書或技術士證，方可受僱於長照服務提供單位，服務費用依照長照給付及支付基準計算。
        《外籍家庭傭工標準僱傭合約》（ID 407）為政府指定格式，僱主與外傭不得另訂與標準合約條款相抵觸的附加協議，合約期為兩年，完約後僱主須提供回程機票。
        本會將於2026年12月19日（星期六）下午3時假九龍灣國際展貿中心舉辦「家傭僱主講座」，內容涵蓋強積金豁免、僱員補償保險及颱風下工作安排，免費入場，名額200位。
        按勞工處《颱風及暴雨警告下的工作守則》，懸掛八號或以上熱帶氣旋警告信號期間，僱主不應要求家傭到戶外工作，例如抹窗或外出購物，以確保其人身安全。
        據政府統計數字，全港外籍家庭傭工人數已超過36萬，當中菲律賓籍約佔一半以上，其次為印尼籍，主要負責照顧長者、兒童及日常家務，是不少雙職家庭的重要支柱。
    """),
    ("en", "log_lines"): _lines("""
        2026-12-07T08:14:22.481Z INFO order-svc [req=7f3a9c21] order JJB20261207081422093 status CREATED -> DISPATCHED service=deep_cleaning city=SH duration_h=4 price_cny=220.00
        2026-12-07T08:15:03.102Z WARN cert-checker health_cert batch=HC-20261207-02 expiring_within_30d=17 suspended_today=3 notify_channel=app_push job_id=cron-4471 took=1.84s
        2026-12-07T09:02:47.559Z ERROR payout-svc settlement run SR-2026-12-W1 failed: upstream bank gateway timeout after 30000ms (gateway=unionpay-sandbox, retry=2/5)
        2026-12-07T09:30:11.007+08:00 INFO contract-svc template=JJB-HT-2026-03 rendered contract CT-26-120731 pages=9 sha256=349668a52f89d1c3f897032651a856e2998541825baa8f893462887f90a5dfd1
        2026-12-07T10:01:55.320Z INFO review-svc review RV-88213407 for order JJB20261206150210447 stars=5 text_len=142 pii_mask_applied=false moderation=PASS lang=zh-Hans
        2026-12-07T10:02:09.911Z INFO review-svc review RV-88213412 moderation=BLOCKED reason=contains_contact_info masked_fields=2 appeal_window_h=48 tenant=cn
        2026-12-07 10:45:33,618 DEBUG [dispatch] candidate pool size=42 filter(cert_valid=true, rating>=4.6, district=pudong) -> 9 ranked by distance_km asc, top score 0.913
        2026-12-07T11:20:40.002Z INFO complaint-svc ticket CMP-2026-004417 opened category=property_damage order=JJB20261205101102388 sla_deadline=2026-12-08T11:20:40Z priority=P2
        2026-12-07T11:20:41.515Z INFO insurance-adapter claim submitted policy_prefix=PICC-JZ claim_ref=CLM-77120934 amount_cny=860.00 status=PENDING_REVIEW
        10.24.8.17 - - [07/Dec/2026:11:32:05 +0800] "GET /api/v3/aunties/search?city=SZ&skill=yuesao&page=2 HTTP/1.1" 200 18342 "-" "JJBApp/6.3.0 (iOS 18.2)"
        2026-12-07T12:00:00.000Z INFO scheduler cron=monthly_payroll_preview tenant=sg status=SKIPPED reason="not first business day" next_run=2027-01-04T01:00:00Z
        2026-12-07T12:05:17.884Z WARN sms-gateway provider=aliyun template=SMS_2849117 rate_limited=true queued=318 dropped=0 region=cn-shanghai
        2026-12-07T13:47:29.276Z INFO k8s pod payout-svc-6d8f9c7b5-xq2lm restarted reason=OOMKilled mem_limit=512Mi node=ip-172-31-22-140.ap-southeast-1.compute.internal
    """),
    ("mixed", "config_and_code"): _lines("""
        # application-prod.yml → payout: {cycle_days: 3, yuesao_release_day: 5, min_payout_cny: 100.00, bank_channel: "unionpay", retry: {max: 5, backoff_ms: 2000}}
        CREATE TABLE auntie_profile (id BIGINT PRIMARY KEY, real_name VARCHAR(32) NOT NULL COMMENT '真实姓名', id_card_enc VARBINARY(256) COMMENT '身份证号AES加密', health_cert_expiry DATE);
        def mask_phone(p: str) -> str: return p[:3] + "****" + p[-4:]  # 手机号脱敏：仅保留前三后四位，日志与评价中禁止输出明文号码
        order_id,service_type,city,district,start_time,end_time,hours,unit_price_cny,coupon_cny,paid_cny,auntie_level,review_stars,complaint_flag
        {"event":"contract_signed","contract_id":"CT-26-120731","template":"JJB-HT-2026-03","parties":["employer","auntie","platform"],"trial_days":3,"signed_at":"2026-12-07T09:30:11+08:00"}
        HEALTH_CERT_PATTERN = r"^[0-9A-Z]{10,20}$"  # 各地健康证编号格式不统一，有纯数字也有字母加数字，这里只做长度和字符集校验
        .env.example: SMS_SIGN_NAME=洁家宝 SMS_TEMPLATE_CODE=SMS_2849117 OSS_BUCKET=jjb-cert-images-prod OSS_REGION=oss-cn-shanghai REVIEW_PII_MASK=true
        enum AuntieLevel { ONE_STAR = 1, TWO_STAR = 2, THREE_STAR = 3, FOUR_STAR = 4, FIVE_STAR = 5, GOLD = 6 } // 金牌月嫂需满36单且好评率>=98%
        SELECT city, COUNT(*) AS orders, ROUND(AVG(review_stars),2) AS avg_stars FROM orders WHERE service_type='yuesao' AND created_at >= '2026-11-01' GROUP BY city ORDER BY orders DESC;
        git log --oneline: a3f9e1c fix(payout): 月嫂26天工资按自然日折算的舍入误差 (#1482); 7b2d04e feat(review): 评价自动打码门牌号和手机号 (#1479); tag v6.3.0
        pricing_sg.json: {"part_time_3h": 75.00, "gst_rate": 0.09, "north_zone_surcharge": 10.00, "currency": "SGD", "uen": "201823417K", "ea_licence": "19C4217"}
        i18n/zh-Hant.json: "auntie.profile.cert_expired": "健康證已過期，請於7日內上傳複檢報告", "order.review.masked": "評價中的聯絡資料已自動隱藏"
        Dockerfile: FROM python:3.12-slim; WORKDIR /app; COPY requirements.txt .; RUN pip install -r requirements.txt; ENV TZ=Asia/Shanghai; CMD ["gunicorn","payout.wsgi:app","-w","4"]
    """),
    ("ms", "notis_agensi"): _lines("""
        NOTIS: Mulai 1 Januari 2027, semua pembantu rumah dan penjaga berpantang yang berdaftar dengan agensi kami wajib mengemukakan sijil pemeriksaan kesihatan yang sah sebelum ditempatkan.
        Kadar perkhidmatan pembersihan rumah di Lembah Klang: RM25 sejam, minimum 3 jam; pembersihan mendalam RM380 untuk rumah teres dua tingkat, termasuk bahan pencuci dan peralatan.
        Pakej penjaga berpantang (confinement lady) 28 hari bermula RM6,800, termasuk penyediaan masakan pantang, mandian bayi dan urutan ringan; caj tambahan RM800 untuk bayi kembar.
        Agensi pekerjaan swasta berlesen di bawah Akta Agensi Pekerjaan Swasta 1981, No. Lesen JTKSM 1234/2026, beroperasi di Lot 2-15, Jalan PJU 7/3, Mutiara Damansara, Petaling Jaya.
        Waktu operasi pejabat: Isnin hingga Jumaat 9.00 pagi - 6.00 petang, Sabtu 9.00 pagi - 1.00 petang. Talian hotline 03-7734 8899 atau WhatsApp perniagaan +60 12-388 6618.
        Peringatan: Majikan dilarang menyimpan pasport pembantu rumah asing. Sebarang aduan boleh dibuat kepada Jabatan Tenaga Kerja Semenanjung Malaysia melalui portal rasmi atau kaunter JTK berhampiran.
        Mulai 1 Februari 2025, gaji minimum di Malaysia ialah RM1,700 sebulan; agensi menasihatkan majikan merujuk garis panduan terkini bagi pekerja domestik sebelum menandatangani kontrak.
        Promosi Hari Raya: diskaun 15% untuk pakej pembersihan selepas majlis rumah terbuka, sah untuk tempahan antara 1 hingga 31 Mac 2027, kod promosi RAYA15, tertakluk pada terma dan syarat.
        Soalan Lazim: Adakah pekerja kami dilindungi insurans? Ya, setiap pekerja dilindungi di bawah skim PERKESO dan insurans tanggungan awam sehingga RM50,000 bagi setiap kejadian kerosakan harta.
        Invois No. INV-MY-2026-11-0387, tarikh 30/11/2026, perkhidmatan pembersihan pejabat 4 jam x 3 orang, jumlah RM300.00, SST 8% RM24.00, jumlah keseluruhan RM324.00, bayaran melalui DuitNow.
        Kursus Asas Penjagaan Ibu Berpantang anjuran agensi dengan kerjasama sebuah kolej latihan swasta akan diadakan pada 12-14 Januari 2027 di Kuala Lumpur; yuran RM450 termasuk sijil.
        Ulasan perniagaan: Syarikat Bersih Ceria Sdn Bhd datang tepat masa, kerja kemas, harga sama seperti sebut harga; cuma tempahan melalui aplikasi agak lambat disahkan. Empat bintang.
        Notis cuti: Pejabat cawangan Johor Bahru di Jalan Wong Ah Fook akan ditutup pada 25 Disember 2026 sempena Hari Krismas dan dibuka semula pada 26 Disember 2026 seperti biasa.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        阿姨档案｜姓名：邓桂芳｜性别：女｜年龄：47｜籍贯：四川省三台县｜身份证号：510722197903156427｜从业年限：8年｜证书：高级母婴护理师｜健康证有效期至2027-03-14
        健康证信息：持证人覃秀英，证号4403052026118765，体检日期2026年11月20日，体检单位南山区慢性病防治院，结论：合格，有效期一年，已上传平台待审核。
        雇主评价：月嫂周红梅阿姨很专业，宝宝黄疸期间每天帮我们记录吃奶和大小便，就是晚上打呼噜有点响，我老公有点受不了，总体还是五星推荐。
        投诉内容：保洁阿姨在我家（浦东新区锦绣路2580弄17号1402室）打扫时动了主卧衣柜里的首饰盒，少了一只金手镯，我已经报警，请平台尽快处理。
        工资结算单：阿姨刘春燕，上户日期2026-11-02至2026-11-27，共26天，服务费14800元，扣平台佣金1184元，实发13616元，收款卡号6217 0012 3456 7890 425（建设银行）。
        上户合同甲方：黄振宇，联系电话139 1762 4408，住址：杭州市西湖区古墩路666弄3幢2单元801室；乙方：月嫂龚美兰；服务期26天，服务费16800元。
        @王姐 你现在上户的那家卢太太产后抑郁挺严重的，天天哭，还说不想活了，你在那边说话小心点，别刺激她，有情况第一时间跟门店汇报。
        王春华阿姨上个月查出乳腺结节，医生让她三个月内复查，后面那单月嫂活她说做不了了，门店帮她把12月的两单都转给别人吧。
        门店备注：阿姨孟凤霞欠老乡借款四万多，对方最近天天打电话到门店找人，接到电话一律说不清楚，千万不要透露她现在上户的地址。
        麻烦查一下这个身份证号430524198811237760对应的阿姨健康证是不是已经过期了，雇主那边急着要结果，今天下班前回复我。
        客户回拨号码：186 2190 7734，备注：明天下午3点前回电确认开荒保洁时间，客户说上午在医院做产检，不方便接电话。
        投诉纠纷记录：雇主蔡建国先生称月嫂马小娟上户第5天私自带宝宝下楼晒太阳导致感冒，要求退还全部费用；马小娟称是蔡太太同意的，双方各执一词，已约12月9日门店调解。
        阿姨简历：贺兰英，52岁，湖南邵阳人，离异，独自供一个读大学的儿子，做过6年住家保姆，会做湘菜和月子餐，不会开车，期望月薪7500元。
        车牌沪A·D83721的车主就是这单的雇主，他让阿姨直接从地库B2电梯上去，到了先打电话给他太太，别按门铃吵醒孩子。
        雇主地址：北京市朝阳区望京西园四区412号楼1单元603室，联系人尹女士，电话131 2086 5512，家里有一只金毛，对狗毛过敏的阿姨不要派。
        【结算异常】阿姨唐小凤绑定的银行卡6228 4804 0213 5567 719户名不符，实际户名为其丈夫吴德胜，按平台规定不能代收，请通知阿姨本人重新绑定。
        月嫂谭秋菊的上户体检报告显示乙肝表面抗原阳性，按平台规定暂不安排新生儿护理单，只派保洁类订单，此信息仅限门店主管知晓，不得外传。
        雇主宋雅琴女士要求更换月嫂：她剖腹产后伤口感染再次住院，原月嫂不会护理伤口；宋女士的宝宝2026年11月28日出生，34周早产，目前还在新生儿科。
        A20417,廖金凤,女,362426198402118825,159 7920 3366,江西南昌,四星月嫂,健康证2027-05-30到期,紧急联系人:丈夫
        阿姨潘玉兰的老公赌博欠了二十多万，债主都堵到雇主小区门口了，雇主很害怕，要求平台立刻换人，我们这边先安排她休息一周再说。
        阿姨微信号qiuxia_8806，手机150 2139 4471，她说晚上十点以后别打，住在闵行区七宝镇新镇路1088弄，周末可以接零工保洁。
        雇主评价：郑翠萍阿姨手脚麻利，但偷偷用我们家洗衣机洗她自己的衣服，还翻看我女儿的日记，我们已经提前结束合同，差评，不推荐。
        2026-12-06 21:14:03 user_id=u_883104 name=冯建平 action=update_address new_address="广州市天河区龙口西路55号2栋1805" phone=13729015548
        工资条｜2026年11月｜育儿嫂韦春兰｜基本工资8000元｜加班2天（双倍）+1230.77元｜请假1天 -307.69元｜预支扣回 -2000元｜实发6923.08元｜尚欠预支1000元下月扣
    """),
    "zh-Hant": _lines("""
        陪月員何美玲，HKID K612478(A)，電話6238 1157，住九龍觀塘秀茂坪邨秀明樓1203室，上工日期2026年12月15日，28日陪月，酬金HK$23,800。
        僱主張太（張詠詩）投訴菲傭Rosalie Bautista每晚用手機視像到凌晨兩點，影響BB休息，要求中介安排提前解約；外傭則稱張太拖欠上月工資三千元。
        雇主林淑芬（身分證字號A223456781）申請家庭看護工，被看護人為其母親林陳阿綢，89歲，中度失智併中風右側偏癱，巴氏量表25分，住台北市萬華區西園路二段。
        澳門僱主梁志明先生，手機6682 3319，住址：澳門黑沙環馬路22號海天居第3座18樓B，聘請印尼家傭一名，要求會照顧洗腎的父親。
        李太產後大出血要輸血，住咗瑪麗醫院一個星期，陪月姐鍾惠芳每日煲湯送去醫院，李太出院後特登喺平台寫咗五星好評多謝佢。
        工資記錄：外傭Siti Rahayu，2026年11月工資HK$4,990，膳食津貼HK$1,236，經FPS轉帳至其戶口012-875-2-031456-7（中銀香港），僱主已簽收據。
        阿姨群：大家留意，黃姐個仔喺深圳出咗車禍，入咗ICU，佢今晚要趕返去，佢喺旺角嗰單聽日邊個可以頂住先？
        雇主評價：看護阿蒂（Ati Suryani）照顧我爸很用心，可是她最近懷孕了，仲介說要安排她轉出，我們全家真的很捨不得她。
        本人吳家豪同意將僱傭合約副本寄至電郵kaho.ng.1987@gmail.com，如有問題請致電9174 2256，平日晚上七點後方便接聽。
    """),
    "en": _lines("""
        Employer feedback: our confinement nanny, Auntie Lim Siew Hoon, was wonderful with the baby, but she told us she is going through a divorce and cried most nights.
        Helper profile: Maricel Dizon Reyes, Filipino, 34, FIN G5123456T, work permit expiry 2027-08-19, mobile +65 8123 4907, two children in Iloilo cared for by her mother.
        Complaint: Mr Daniel Koh of Blk 208 Bishan Street 23 #09-114 says the part-time cleaner broke the cover of his late father's urn and wants S$1,200 compensation.
        Payout failed for worker W-20931 (Nurhayati binti Hassan), Maybank account 5642 1190 8837, reason: account frozen under a court garnishee order.
        Call me back on 9734 2186 after 7pm, I'm the one who booked the deep clean for Saturday and your agency keeps losing my number.
        Our nanny Joy's husband was arrested in Manila last month and she has been sending most of her salary to pay his lawyer; she asked us for a S$2,000 advance.
        Contract party B: Angela Teo Hui Min, NRIC S8812345Z, 45 Jalan Kembangan #03-02 Singapore 419131, engages a confinement nanny from 3 Jan 2027 for 28 days at S$3,880.
    """),
    "ms": _lines("""
        Pembantu rumah Siti Aminah binti Yusof, No. KP 880614-10-5542, tinggal di No. 12, Jalan Melati 3, Taman Sri Muda, 40400 Shah Alam; mula bekerja 1 Disember 2026.
        Majikan Encik Rizal Hakimi mengadu penjaga berpantang isterinya, Puan Lee Ah Moi, selalu lewat; Puan Lee kata dia sedang menjalani rawatan dialisis tiga kali seminggu.
        Sila pindahkan gaji Kak Ros ke akaun CIMB 7012 4493 8821 atas nama Rosnah binti Ahmad, jumlah RM1,850 untuk bulan November.
        Nombor telefon pengasuh baru: 019-664 2187, nama panggilan Kak Yati, dia minta jangan beri nombor kepada majikan lama sebab ada pertikaian gaji.
        Ulasan majikan: pencuci bernama Farid Iskandar datang dengan kereta WXY 4821, kerja bagus tetapi dia beritahu kami dia baru keluar lokap minggu lepas kerana kes dadah.
    """),
    "mixed": _lines("""
        阿姨Lina（全名Lina Wati binti Sulaiman）的passport no.是B4471829，visa下个月到期，帮她renew的agent要copy，请WhatsApp发给+60 16-221 4093。
        Booking JJB20261204 by Ms 陈思颖 (Chen Siying), mobile 173 1652 0938, 备注：她上周刚流产，需要postpartum care，不要派话多的阿姨。
        月嫂review：Auntie戴玉珍 is super experienced，但她mention她有高血压，有时候忘记吃药，我们有点担心她上night shift。
        Hi admin，我的NRIC是S7654321F，之前register的时候名字打错了，应该是Tan Mei Ling不是Tan Mei Lin，请帮忙update我的employer profile。
        2026-12-07 14:22:10 WARN kyc_mismatch auntie_id=A30988 name="Nguyen Thi Hoa" doc=passport C8842107 dob=1989-04-22 selfie_score=0.41 需人工复核
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是洁家宝家政平台的客服助手，回答雇主关于月嫂、保洁订单和合同的问题，不得向第三方透露阿姨的证件信息。",
        ),
        (
            "user",
            "你好，我们家请的月嫂叫邓桂芳，身份证510722197903156427，她说健康证明年3月到期，想确认一下平台上备案的是不是同一个人？",
        ),
        (
            "assistant",
            "您好，为保护阿姨隐私，我无法在对话中核对完整证件号。您可以在App“阿姨档案”页查看经平台核验的实名标识和健康证有效期，若与阿姨本人出示的不一致，请联系门店人工核实。",
        ),
        ("user", "好的，那如果健康证到期了，她还能继续在我们家做吗？"),
        (
            "assistant",
            "已经上户的订单不受影响，但阿姨需要在到期前完成复检并上传报告，否则系统会在到期当天暂停她的新订单派发。",
        ),
    ],
    [
        (
            "user",
            "帮我写一份投诉，保洁阿姨上周六在我家打扫，地址是上海市浦东新区锦绣路2580弄17号1402室，走后我发现少了一只金手镯，订单号JJB20261205101102388，我叫许文静，电话138 1625 9903。",
        ),
        (
            "assistant",
            "好的，下面是投诉草稿：本人许文静，联系电话138 1625 9903，于12月5日通过平台预约保洁服务（订单号JJB20261205101102388），服务地址为浦东新区锦绣路2580弄17号1402室。服务结束后发现主卧首饰盒内金手镯一只缺失，现已报警，请平台调取服务记录并协助处理。",
        ),
        ("user", "再加一句要求平台在48小时内答复。"),
        ("assistant", "已补充：恳请平台于收到本投诉后48小时内给予书面答复，并告知后续处理进度。"),
    ],
    [
        (
            "system",
            "You are an assistant for a Hong Kong employment agency. Reply in Traditional Chinese.",
        ),
        (
            "user",
            "我個菲傭Rosalie Bautista琴日話胸口痛，睇咗醫生話係心律不正，要放三日病假，我要唔要畀足病假錢？佢HKID係Y384152(7)。",
        ),
        (
            "assistant",
            "根據《僱傭條例》，如外傭已累積足夠有薪病假日數，而連續病假不少於4天，先可以享有疾病津貼；只放3日一般不符合領取疾病津貼的條件，除非屬於產前檢查等特別情況。建議您保留醫生證明書，並唔好喺訊息中再傳送佢嘅身份證號碼。",
        ),
        ("user", "明白，咁佢心臟有事我可唔可以提早解約？"),
        (
            "assistant",
            "僱主不可以因為僱員正在放有薪病假而解僱佢，否則可能屬違法解僱。如要解約，建議等病假完結後，按合約條款給予一個月通知或代通知金，並可先致電勞工處查詢。",
        ),
    ],
    [
        ("system", "You help Singapore employers with helper salary calculations."),
        (
            "user",
            "My helper Maricel Dizon Reyes, FIN G5123456T, earns S$750 a month. She took 2 unpaid days off in November for her mother's surgery back in Iloilo. How much should I pay her for November?",
        ),
        (
            "assistant",
            "If both parties agreed the 2 days were no-pay leave, a common method is monthly salary divided by the working days in the month. With 26 working days, S$750 / 26 x 2 is about S$57.69, so November pay would be about S$692.31. Keep a written record signed by Maricel.",
        ),
        ("user", "Thanks. Can I also deduct the S$200 I lent her last month?"),
        (
            "assistant",
            "Under MOM rules, deductions for salary advances or loans are allowed, but total deductions in a month generally cannot exceed 50% of her salary, and she should agree in writing. A S$200 deduction is within that limit.",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis mesej WhatsApp kepada majikan Encik Rizal Hakimi (012-775 3140) untuk maklumkan penjaga berpantang Puan Lee Ah Moi tak dapat datang esok sebab rawatan dialisis.",
        ),
        (
            "assistant",
            "Salam Encik Rizal, kami dari agensi ingin memaklumkan bahawa Puan Lee Ah Moi tidak dapat hadir esok kerana ada temujanji rawatan di hospital. Kami akan hantar penjaga ganti sebelum jam 9 pagi. Mohon maaf atas kesulitan ini.",
        ),
        ("user", "Bagus, tapi jangan sebut hospital, dia tak mahu majikan tahu pasal sakit dia."),
        (
            "assistant",
            "Baik, versi baharu: Salam Encik Rizal, Puan Lee Ah Moi tidak dapat hadir esok atas urusan peribadi. Penjaga ganti akan tiba sebelum jam 9 pagi. Terima kasih atas pengertian Encik.",
        ),
    ],
    [
        (
            "system",
            "当前阿姨档案：姓名 廖金凤；手机 159 7920 3366；城市 南昌；等级 四星月嫂；健康证 2027-05-30 到期；备注 已婚，丈夫长期在广东打工。请根据档案为门店生成派单推荐语。",
        ),
        (
            "user",
            "Please write a short recommendation in Chinese for the employer, don't include her phone.",
        ),
        (
            "assistant",
            "推荐阿姨：廖阿姨，四星月嫂，常驻南昌，健康证有效期至2027年5月，擅长新生儿护理和月子餐，服务细致耐心，欢迎预约面试。",
        ),
        ("user", "OK, 再加一句她可以住家。"),
        (
            "assistant",
            "推荐阿姨：廖阿姨，四星月嫂，常驻南昌，健康证有效期至2027年5月，擅长新生儿护理和月子餐，可住家服务，服务细致耐心，欢迎预约面试。",
        ),
    ],
    [
        (
            "user",
            "帮我把这段阿姨群聊天总结一下：“潘玉兰老公赌博欠了二十多万，债主去雇主小区堵人了，雇主要求换人”“玉兰说她已经跟老公在办离婚”“门店说先让她休息一周”",
        ),
        (
            "assistant",
            "总结：阿姨潘玉兰因丈夫赌博欠债约二十万元，债主到雇主小区门口滋扰，雇主要求更换阿姨；潘玉兰表示正在办理离婚；门店决定先安排她休息一周。",
        ),
        ("user", "这个总结能直接发到大群里吗？"),
        (
            "assistant",
            "不建议。内容涉及潘玉兰的债务和婚姻等个人隐私，按平台群规也不应在大群传播。建议只在门店主管之间沟通，大群里只说明该订单已由门店另行安排即可。",
        ),
    ],
    [
        ("system", "你是面向家政阿姨的助手，帮助阿姨理解合同、工资和证件问题。"),
        (
            "user",
            "我叫韦春兰，做育儿嫂的，身份证号320582199105072340，上个月预支了3000块，雇主这个月扣了2000，还说我还欠1000，这样扣对不对？",
        ),
        (
            "assistant",
            "韦阿姨您好，如果预支工资时有书面或聊天记录约定分期扣回，这样扣是可以的。建议您核对11月工资条：基本工资、加班费、请假扣款和预支扣回是否都写清楚。另外身份证号属于敏感信息，以后咨询时不需要提供。",
        ),
        ("user", "加班费是按两倍算吗？我11月加了两天班。"),
        (
            "assistant",
            "平台上户合同约定法定节假日加班按日薪2倍结算，普通休息日加班按合同约定执行。若月薪8000元按26天计，日薪约307.69元，两天双倍约1230.77元，您可以对照工资条看看。",
        ),
    ],
    [
        ("system", "你是台灣一家人力仲介公司的助理，用繁體中文回答。"),
        (
            "user",
            "雇主林淑芬，身分證A223456781，要幫她媽媽申請外籍看護，她媽媽89歲失智又中風，巴氏量表25分，這樣可以申請嗎？",
        ),
        (
            "assistant",
            "依勞動部規定，被看護者經醫療機構專業評估，巴氏量表評為35分以下且有全日照護需要，或80歲以上有輕度依賴者，均可申請家庭看護工。林女士母親89歲、巴氏量表25分，符合申請條件。",
        ),
        ("user", "那要準備什麼文件？"),
        (
            "assistant",
            "一般需要雇主及被看護者的身分證影本、戶口名簿、醫療機構開立的病症暨失能診斷證明書，以及求才證明書等；建議林女士先向長期照顧管理中心確認是否需媒合本國照顧服務員。",
        ),
    ],
    [
        (
            "user",
            "Can you help me reply to this employer review in English? It says: 'Auntie 戴玉珍 is super experienced but she has high blood pressure and sometimes forgets her meds, worried about night shifts.' The employer is Ms Chen Siying, booking JJB20261204.",
        ),
        (
            "assistant",
            "Sure. Draft reply: Dear Ms Chen, thank you for your honest feedback on Auntie Dai's service. We take your concern seriously and will discuss with her how to arrange night-time care safely, including whether a rotation is needed. Our store manager will contact you within 24 hours.",
        ),
        ("user", "Don't mention her health in public, this reply will be visible on the platform."),
        (
            "assistant",
            "Understood, public version: Dear customer, thank you for your feedback. We have noted your concern about night-time care and our store manager will contact you privately within 24 hours to arrange a suitable plan.",
        ),
    ],
]
