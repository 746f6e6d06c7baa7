# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat127: chats with an assistant about one's own addiction recovery (alcohol, smoking, vaping, gaming) and relapse (support groups, clinics, family, work). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat127
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "meeting_directory"): _lines("""
        Tuesday 7:30pm – Open speaker meeting, St Andrew's Cathedral, 11 St Andrew's Road, Singapore 178959, Room 3 (lift lobby B). Newcomers welcome, no sign-up needed.
        Wednesday 8:00pm – Big Book study, Wesley Methodist Church, 5 Fort Canning Road, Singapore 179493. Literature table run by the intergroup, donations in the blue box.
        Hong Kong English-speaking meetings: St John's Cathedral, 4-8 Garden Road, Central. Thursday 12:30pm lunchtime step meeting in the church hall, doors open 12:15.
        Kuala Lumpur: Saturday 10:00am SMART Recovery group at the community hall of St Mary's Cathedral, Jalan Raja, 50050 KL. Facilitated by trained volunteers.
        Online meetings: Zoom ID 842 1937 5520, passcode on the intergroup website. Cameras optional. Please mute on entry and use the raise-hand function to share.
        Intergroup enquiries: office@recoveryintergroup.sg or the office line +65 6475 0890 (Mon–Fri 10am–6pm). We do not give medical advice over the phone.
        NAMS All Addictions Helpline 6-RECOVER (6732 6837), Mon–Fri 8.30am–6pm. Clinic at Institute of Mental Health, Buangkok Green Medical Park, 10 Buangkok View.
        Gaming-disorder peer group moved from Room 2-04 to Room 2-07 at Toa Payoh HDB Hub, 480 Lorong 6 Toa Payoh, effective 1 March 2026. Same time, Mondays 7pm.
        Anniversary chips: 30 days, 90 days, 6 months, 1 year. Chips are free; bronze medallions are S$12 each at the literature counter, cash or PayNow to UEN 201912345K.
        Reminder from the group conscience meeting: no vaping devices on the church compound, including the car park. E-vaporisers are illegal in Singapore, fines up to S$2,000.
        Family members' meeting (Al-Anon format) runs in parallel, Friday 7:30pm, Room 5. Childcare is not provided; the nearest MRT is Dhoby Ghaut exit B.
        Macau: English/Portuguese meeting every Sunday 6pm at the parish hall near Largo do Senado. Call the parish office on +853 2857 3938 for directions.
        Meeting format: Serenity Prayer, reading of How It Works (Chapter 5, Alcoholics Anonymous, 1939), shares limited to 3 minutes, close with the Responsibility Statement.
    """),
    ("en", "pharmacy_price_list"): _lines("""
        Nicorette Invisi Patch 15mg, 7 patches – S$38.90 (Guardian, member price S$35.00). SKU GD-NIC-15-07. Pharmacist consultation required before first purchase.
        Nicotinell Gum 2mg Fruit, 96 pieces – RM89.90 at Caring Pharmacy Mid Valley, Lot LG-068, Mid Valley Megamall, 59200 KL. Promo ends 31/05/2026 or while stocks last.
        Champix (varenicline) 0.5mg/1mg starter pack – prescription only; polyclinic subsidised price from S$1.20 per tablet. Not sold over the counter.
        Nicotinell Gum 4mg Mint, 96 pieces – HK$268 at Mannings, Shop 218, Times Square, 1 Matheson Street, Causeway Bay. Buy 2 get 10% off this month.
        Watsons Singapore invoice INV-SG-2026-0418733: NRT lozenge 4mg x2 @ S$29.50, subtotal S$59.00, GST 9% S$5.31, total S$64.31, paid NETS.
        Nicotine-free herbal inhaler 'Breathe Easy' SKU BE-MINT-0003, S$14.90. Reminder: e-vaporisers and refill pods are prohibited in Singapore under the Tobacco Act.
        Price list Q2 2026, Kedai Ubat Ah Seng (SSM 199801012345): nicotine patch 21mg RM89, 14mg RM79, 7mg RM69; gum 4mg RM55. Prices include SST where applicable.
        Screen-time lockbox 'KitchenSafe' timed container, 2L, S$49.00 + S$5.00 delivery, tracking SPX-SG-7730214985. Popular with families limiting console use.
        Breathalyser BACtrack C8 – NT$3,290 at PChome 24h, item DYAJ9Q-A900FJ2KL. Useful for self-monitoring during recovery; not a legal-grade device.
        Hangover 'detox' sachets removed from listing on 2026-02-14 after a Health Sciences Authority advisory on unapproved claims; recall code HSA-RC-2214.
        Quit kit bundle (stress ball, sugar-free gum, 4-week planner) – S$19.90, free with HPB I Quit 28-day programme sign-up at selected Unity outlets.
        Opening hours: Guardian Raffles City B1-23, 252 North Bridge Road, daily 10am–10pm; pharmacist on duty 11am–7pm. Store line 6336 8123.
        Delivery note DN-0093321 from Zuellig Pharma, 15 Changi North Way: 24 cartons NRT patches, lot 4B2231, expiry 2027-09, store below 25°C.
    """),
    ("zh-Hans", "戒烟门诊须知"): _lines("""
        本院戒烟门诊设在门诊楼三楼呼吸与危重症医学科，开诊时间为每周二、周四下午1:30至4:30，请提前通过医院公众号或“健康160”预约挂号，现场号源有限，请合理安排时间。
        首次就诊请携带本人身份证或医保卡原件，医生将进行尼古丁依赖评估（FTND量表）和呼出气一氧化碳检测，全程约30分钟，检测费按物价部门核定标准收取。
        全国戒烟热线400-888-5531与卫生健康热线12320均可提供免费咨询，服务时间为工作日9:00—17:00，节假日另行通知，热线工作人员不会索要银行卡或验证码。
        伐尼克兰片为处方药，须经门诊医生评估后开具，疗程一般为12周；孕妇、哺乳期妇女及有严重精神疾病史者请在就诊时主动告知医生，切勿自行网购服用。
        电子烟同样含有尼古丁，不属于戒烟产品。根据2022年起施行的《电子烟管理办法》，除烟草口味外的调味电子烟已禁止在境内销售，请勿用电子烟替代戒烟治疗。
        地址：北京市朝阳区樱花园东街2号中日友好医院门诊楼，乘地铁10号线至“和平里北街”站下车，步行约800米；院内停车位紧张，建议患者绿色出行。
        随访安排：首诊后第1、2、4、8、12周进行电话或门诊随访，随访电话统一由医院总机010-84205566外呼，请注意接听，随访人员不会索取任何验证码。
        戒酒门诊由精神科物质依赖病区开设，周一至周五上午8:00—11:30；如出现急性酒精戒断症状（手抖、幻觉、抽搐、意识模糊），请直接前往急诊科就诊。
        收费参考：普通门诊挂号费15元，副主任医师挂号费30元，一氧化碳检测20元，尼古丁贴片（21mg×7贴）自费168元，可使用医保个人账户支付，发票当场打印。
        温馨提示：门诊区域全面禁烟（含电子烟），违者由保卫处劝离；根据《上海市公共场所控制吸烟条例》，个人在禁烟场所吸烟最高可处200元罚款。
        世界无烟日（5月31日）当天戒烟门诊免挂号费，并在门诊大厅东侧设立义诊台，提供肺功能检测、呼出气一氧化碳检测与戒烟咨询，时间为9:00—12:00。
        本门诊仅接待年满18周岁的就诊者；未成年人网络游戏沉迷问题请转诊至儿童青少年心理门诊，首诊需由监护人陪同并携带户口本，以便建立就诊档案。
        戒烟门诊满意度调查二维码贴于诊室门口，问卷编号CQ-2026-0315，匿名填写，约需3分钟，结果仅用于改进服务流程，问卷不收集姓名与手机号码。
    """),
    ("zh-Hans", "应用日志与配置"): _lines("""
        2026-03-14 21:05:33.218 INFO [打卡服务] 批量重算连续清醒天数 batch=42 处理记录=1873 耗时=412ms 服务版本=3.8.1 节点=cn-shanghai-b-07
        # 防沉迷配置（示例值）：minor_daily_limit_min=60；allowed_weekdays=[5,6,7]；allowed_window=20:00-21:00；依据国家新闻出版署2021年8月通知
        2026-03-15 02:14:09 WARN [提醒推送] 推送通道 huawei_push 返回 429，重试 3/5，任务ID push-job-7f3a9c21，当前队列积压 2,318 条，已触发限流告警
        config.yaml 片段：relapse_checkin: {reminder_cron: '0 21 * * *', cooldown_hours: 24, locale: zh-CN}  # 每晚9点推送复饮自评提醒
        发布说明 v3.9.0（2026-04-02）：新增“渴求冲浪”5分钟引导音频；修复 Android 14 下打卡日历错位问题；最低支持 iOS 15；安装包体积减少 12%。
        2026-04-02 10:00:01 INFO [部署] 镜像 registry.example.cn/sober/api:3.9.0 digest=sha256:9c1e4b7a0f2d5e88 灰度比例 10% 集群 cn-shanghai-b
        CSV表头：记录ID,日期,渴求强度(0-10),触发因素,是否复饮,应对方式,记录来源,所属小组编号,App版本,创建时间,更新时间
        埋点事件 craving_logged：字段 intensity(int 0-10)、trigger(enum: 压力/聚会/独处/熬夜)、coping(enum)、client_ts(ISO8601)，不采集位置与通讯录。
        2026-04-05 23:47:12 ERROR [支付] 订单 SO202604052347128831 微信支付回调验签失败，商户号 1601234567，已转入人工对账队列，待财务复核
        隐私配置：data_residency=cn-north；export_to_overseas=false；pii_masking=on；log_retention_days=180（参照《个人信息保护法》第三十八条）
        接口文档：POST /api/v2/groups/{group_id}/checkin 成功返回 201；group_id 示例值 grp_00017；限流 60 次/分钟；超限返回错误码 42901。
        定时任务表：每日03:00清理过期会话；每周一04:00生成互助小组周报；每月1日05:00将匿名统计数据归档至冷存储，保留3年后自动删除。
        2026-04-06 08:30:00 INFO [健康检查] api-gw 正常 p99=183ms；db-primary 正常 复制延迟=0.4s；redis 内存占用 61%；今日告警 0 条
    """),
    ("zh-Hant", "法規與新聞"): _lines("""
        臺灣《菸害防制法》修正條文自2023年3月22日起施行，全面禁止類菸品（含電子煙）之製造、輸入、販賣與使用，違者可處新臺幣5萬元至5,000萬元罰鍰。
        香港自2022年4月30日起禁止進口、製造、售賣及商業性管有另類吸煙產品，包括電子煙及加熱煙，違例者最高可被判罰款港幣5萬元及監禁6個月。
        澳門《新控煙法》規定娛樂場內全面禁煙，吸煙室須符合衛生局技術標準並經審批；市民可致電衛生局控煙辦公室熱線2853 5555舉報違規吸煙。
        衛福部國民健康署免費戒菸專線0800-636363，服務時間為週一至週六上午9時至晚上9時，提供一對一電話諮詢、簡訊追蹤及轉介戒菸門診。
        林則徐於1839年6月在虎門銷毀鴉片，歷時二十三日共銷煙逾二百萬斤，史稱「虎門銷煙」，其後6月3日在臺灣被定為禁煙節以資紀念。
        世界衛生組織於2019年第72屆世界衛生大會通過ICD-11，將「遊戲障礙」（Gaming Disorder，編碼6C51）列為疾病，自2022年1月1日起正式生效。
        香港衞生署署長林文健醫生在記者會上表示，將加強中學控煙教育，並呼籲市民善用綜合戒煙熱線1833 183，所有戒煙服務均免費提供。
        財政司司長陳茂波在2024年《財政預算案》宣布即時上調煙草稅，每支香煙加稅8角，以配合政府「吸煙率降至7.8%」的控煙目標。
        臺北市立聯合醫院松德院區成癮防治科地址：臺北市信義區松德路309號，酒癮治療門診每週一、三、五上午開診，初診需預約並攜帶健保卡。
        法規摘要：依《道路交通管理處罰條例》第35條，酒駕吐氣所含酒精濃度達每公升0.15毫克以上者，處新臺幣3萬元以上12萬元以下罰鍰並吊扣駕照。
        董氏基金會早年邀請周杰倫拍攝的拒菸公益廣告近日在社群平台重新流傳，基金會表示相關影片授權僅限公益宣導用途，請勿用於商業廣告。
        澳門社會工作局防治賭毒成癮廳為中小學提供預防沉迷網絡遊戲講座，學校可於每年9月前以公函申請，每場約90分鐘，費用全免並提供教材。
        新聞：馬偕紀念醫院精神醫學部今年起開設「網路遊戲成癮特別門診」，每週四晚間看診，採家庭治療模式，初診需家長陪同，掛號費新臺幣150元。
    """),
    ("ms", "soalan_lazim"): _lines("""
        S: Adakah rawatan di Klinik Berhenti Merokok kerajaan percuma? J: Ya, konsultasi di klinik kesihatan KKM adalah percuma; ubat NRT mungkin dikenakan caj nominal RM1.
        S: Bagaimana mendaftar program mQuit? J: Imbas kod QR pada poster atau layari laman web rasmi KKM, pilih negeri dan klinik terdekat, kemudian tunggu panggilan susulan.
        S: Adakah vape dibenarkan di kawasan hospital? J: Tidak. Di bawah Akta Kawalan Produk Merokok untuk Kesihatan Awam 2024 (Akta 852), vape dilarang di premis kesihatan.
        S: Berapa lama tempoh rawatan ketagihan alkohol di hospital? J: Program pesakit dalam biasanya 2 hingga 4 minggu, diikuti sesi susulan bulanan di klinik psikiatri.
        S: Siapa yang boleh saya hubungi pada waktu malam? J: Talian Kasih 15999 beroperasi 24 jam, atau WhatsApp 019-261 5999 untuk sokongan emosi dan rujukan perkhidmatan.
        S: Adakah AADK mengendalikan ketagihan permainan video? J: AADK menumpukan kepada dadah; untuk ketagihan permainan, rujuk Pusat Kesihatan Mental Komuniti (MENTARI) berhampiran.
        S: Di mana pejabat AADK di Kuala Lumpur? J: Sila rujuk direktori rasmi AADK; kaunter pertanyaan dibuka Isnin hingga Jumaat, 8.00 pagi hingga 5.00 petang kecuali cuti umum.
        S: Bolehkah majikan memecat pekerja kerana ketagihan? J: Rujuk Akta Kerja 1955 dan polisi syarikat; kebanyakan majikan menawarkan Program Bantuan Pekerja (EAP) terlebih dahulu.
        S: Berapakah harga tampalan nikotin di farmasi? J: Antara RM60 hingga RM95 bagi pek 7 keping bergantung pada jenama, contohnya Nicorette atau Nicotinell.
        S: Adakah sesi kumpulan sokongan dalam Bahasa Melayu? J: Ya, setiap Khamis 8.30 malam di Dewan Komuniti Taman Tun Dr Ismail, Jalan Wan Kadir 3, TTDI, Kuala Lumpur.
        S: Ada klinik berhenti merokok di Sabah? J: Hospital Queen Elizabeth, Jalan Penampang, 88200 Kota Kinabalu mempunyai klinik berhenti merokok setiap Selasa pagi.
        S: Adakah maklumat rawatan dirahsiakan? J: Ya, rekod rawatan dilindungi di bawah Akta Perlindungan Data Peribadi 2010 dan kod etika Majlis Perubatan Malaysia.
        S: Bilakah Hari Tanpa Tembakau Sedunia? J: 31 Mei setiap tahun; klinik kesihatan mengadakan ujian CO percuma dan ceramah oleh Pegawai Pendidikan Kesihatan.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        [09:02] Duty counsellor: Morning all, 今天 Room 3 aircon rosak lagi, I already log ticket FAC-2026-0412 with building mgmt, group session pindah ke Room 5 ok?
        [09:05] Admin desk: Noted. 我会在 front door 贴 notice. Also reminder HPB audit this Friday 2pm, please update attendance sheets by Thursday 6pm.
        [09:11] Nurse station: NRT stock low — 21mg patch tinggal 2 boxes only. PO-7731 submitted to Zuellig, ETA 3 working days. Lozenges ok, 14 boxes.
        [10:40] Programme lead: 下个月 World No Tobacco Day booth at Toa Payoh Central confirmed, 10am-4pm. Need 4 volunteers, sign up on the shared sheet tab WNTD.
        [11:15] IT: Zoom licence renewed until 2027-01-31, host key changed — check pinned message. 别把 host key 发到 client group please.
        [12:30] Duty counsellor: Lunch order from Ya Kun Kaya Toast Funan, 12 sets @ S$6.80, total S$81.60, 谁要 kopi-o kosong reply before 12:45.
        [14:02] Admin desk: Invoice INV-AC-88213 from Cool Breeze Aircon Pte Ltd (UEN 201533456W) S$420 for servicing, 请 finance approve by EOD.
        [15:20] Programme lead: Slides for gaming disorder parent talk updated to v4, based on WHO ICD-11 6C51. Jangan guna old version, statistik 2019 dah outdated.
        [16:45] Nurse station: CO monitor Bedfont piCO+ calibration due 2026-04-30, calibration gas order no. BF-CG-5521, 记得 sign log book after calibrate.
        [17:30] Clinic manager: Friendly reminder — client names never in this chat. Use case number only in the CRM, kalau urgent call the duty line 6123 4500 ext 2.
        [18:05] Admin desk: Centre closes early on Hari Raya Puasa eve, 1pm. 公众假期 hotline diverted to NAMS 6732 6837, update the voicemail greeting ya.
        [20:10] Evening facilitator: Tonight SMART Recovery meeting 14 attendees (9 returning, 5 new), no incidents. 登记表已经 scan 进 shared drive folder 2026-04.
        [21:00] Security: All rooms locked, alarm set at 20:58. Vending machine at level 2 rosak, kena call vendor hotline 1800 222 3030 tomorrow pagi.
    """),
    ("mixed", "clinic_reviews"): _lines("""
        ★★★★★ The peer support centre at Jalan Besar very welcoming lah, sessions free, 环境很干净. Parking at Kitchener Complex carpark, $1.20 per half hour.
        ★★☆☆☆ Waited 2 hours at the polyclinic smoking cessation counter, appointment system 完全乱. Staff nice but please fix the queue app, version 5.2 keep crashing.
        ★★★★☆ Pusat rawatan di Jalan Ampang ni okay, fee RM150 per session, counsellor sangat sabar. 唯一缺点 parking susah, better naik LRT ke stesen Ampang Park.
        ★★★★★ 呢間喺旺角彌敦道688號嘅戒煙中心好專業, free CO test and follow-up calls every 2 weeks. Recommend to anyone trying to quit 電子煙.
        ★☆☆☆☆ 'Detox retreat' in Genting advertised 7-day alcohol detox for RM8,800 but no doctor on site. 请大家小心, already reported to KKM complaint portal.
        ★★★★☆ Café Sobriety at Keong Saik Road serves zero-proof cocktails, 价钱 S$14-18, atmosphere chill. Good place to hang out kalau tak nak pergi bar with colleagues.
        ★★★★★ Gaming parents workshop by TOUCH Cyber Wellness very practical, 教我们 set Nintendo Switch parental controls step by step. Fee S$25, worth it.
        ★★★☆☆ Ah Seng Pharmacy kat SS2 ada jual nicotine gum, harga ok RM55, but pharmacist kurang explain cara guna. 下次会去 Caring instead.
        ★★★★★ Harbourlight Recovery Clinic at Novena Medical Center, fee 贵 but counsellors damn experienced with alcohol relapse. Booking via clinic hotline 6397 7309 quite fast.
        ★★☆☆☆ Mr Bean outlet at Tampines One gave free soya milk to our support group but 店里 music too loud, susah nak bercakap. Still appreciate the gesture.
        ★★★★☆ 澳门仁伯爵综合医院 psychiatry outpatient wait time about 3 weeks, but free for residents. English service available, 建议早点 book.
        ★★★★☆ After meeting we always go Ah Hock Fried Hokkien Mee at Chomp Chomp, 真的比去 bar 好. Stall closes 11pm, $5/$8/$10 plates.
        ★★★☆☆ 台北永康街 Sober Café 清醒咖啡, no alcohol menu, 手沖咖啡 NT$150. Wifi password on receipt, but seats very limited on weekends.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi, I'm Marcus Teo Wei Liang, 34, and I relapsed last Saturday after 212 days sober — drank a whole bottle of whisky alone at my flat in Sengkang.
        My NRIC is S8734512J, can you help me fill in the NAMS referral form? It keeps rejecting my date of birth 14/03/1987.
        Please update my emergency contact to my sister Rachel Ong, mobile 9127 4480, she's the only one in the family who knows about my gaming debt.
        Attendance log 2026-03-11: client Darren Koh Jun Hao, case NAMS-C-20931, CO reading 18ppm, reported 12 cigarettes/day, next review 25 Mar.
        My wife Serene found the vape pods in my car (SKX 4821 K) and now she wants a separation, and I don't know how to tell my boss either.
        Can you draft an email to HR explaining my 3-week inpatient alcohol detox? My staff ID is TBL-00482 and my name is Kelvin Ng Boon Hui.
        I owe my friend Jaya about $6,400 from when I was gaming 14 hours a day and buying skins, and he's started messaging my mum at 8822 1093.
        Send my weekly sober check-in to my sponsor at lionel.fernandez88@gmail.com — day 45, no drinks, cravings 6/10 on Friday after the office party.
        Home address for the clinic letter: Blk 412 Tampines Street 41, #08-233, Singapore 520412 — please don't send it to my office, my manager doesn't know.
        Aunty Mei Ling (my mother-in-law) keeps leaving beer in the fridge even though she knows I have alcohol use disorder and liver fibrosis stage F2.
        Jason Lim Kok Wai,41,alcohol,quit 2025-11-02,+65 8341 2276,relapse x2,referred by GP in Bedok,on naltrexone 50mg
        DBS account 027-914532-1 has a standing instruction to my ex-wife for child support S$1,200 — missed it twice because I spent it on drinks, I need a repayment plan.
    """),
    "zh-Hans": _lines("""
        我叫王志强，身份证号码是110105198803127714，在朝阳区戒酒门诊登记时系统一直提示格式不对，能帮我看看吗？
        我老公刘建军喝酒喝到肝硬化，上周又复饮被送进了协和急诊，他单位还不知道，我该怎么跟他领导请假？
        帮我给戒烟小组长发个消息：张姐你好，我是小赵，手机13917284463，这周四的小组活动我请假，最近又抽回去了。
        我儿子陈浩然今年15岁，每天玩王者荣耀到凌晨三点，班主任说他已经旷课11天，我想给他预约上海市精神卫生中心的青少年门诊。
        快递地址：广东省深圳市南山区桃源街道龙珠四路金谷花园8栋1203，收件人李女士，电话15820931176，是我老婆帮我订的戒烟贴。
        去年因为喝酒欠了网贷八万多，借呗和微粒贷都逾期了，催收打到我妈那里（她电话13605718829），我真的撑不下去了。
        戒断日记 2026-02-09：周晓梅，戒酒第37天，晚上同学聚会差点喝了，心率112，吃了医生开的劳拉西泮半片。
        我是杭州的老孙，孙国平，车牌浙A·7K319，上个月酒驾被查，驾照吊销五年，公司知道后把我调岗降薪了。
        R-00217,黄丽娟,女,186-7203-5514,戒烟日期2025-12-01,复吸3次,伴焦虑症,已转介心理科
        我工资卡是招商银行6214 8301 2736 5508，每月一发工资就被我拿去买酒和充游戏，能不能帮我设计一个让我老婆代管的方案？
        我的微信号是zhaolei_1991，戒酒互助群的群主阿强说要先加他好友才能进群，我有点担心是诈骗。
    """),
    "zh-Hant": _lines("""
        我係陳家豪，HKID Y482913(6)，上個月喺葵涌醫院戒酒，而家出院想返工，但係僱主要我交醫生紙。
        林太話佢先生林志偉成日喺屋企飲到醉，仲打過個女，佢想知點樣申請保護令同埋搵社工跟進。
        我的身分證字號是F228471936，想預約松德院區的戒酒門診，健保卡上面的名字是張雅婷。
        阿明（我哥黃俊明）在澳門賭場做荷官，最近抽電子煙抽到咳血，他的澳門電話是6638 2147，可以幫他找戒煙門診嗎？
        收件人：吳佩珊，地址：臺中市西屯區福科路318巷12號5樓，電話0932-516-884，這是我訂的戒菸口含錠。
        我老公欠咗財務公司三十幾萬，全部因為打機課金同飲酒，追數公司仲寄信去我哋屋企：將軍澳唐俊街23號9座1812室。
        我女朋友懷孕了，可是我戒菸三個月又復抽，她說如果我再抽就要分手，我叫李承翰，在新竹科學園區上班。
        病歷摘要：蔡明哲，男，52歲，酒精使用障礙，GGT 486，曾於2025/09因酒駕被判緩刑，家屬聯絡人為妻子蔡林美玲。
        請幫我寫封電郵畀我嘅AA贊助人Sunny哥：sunnyho.recovery@yahoo.com.hk，話佢知我第90日啦，多謝佢成日陪我。
        我的郵局帳號局號0021345、帳號0987612，被拿去還我爸賭博跟喝酒欠的債，現在連我的戒癮治療自付額都付不出來。
    """),
    "ms": _lines("""
        Nama saya Mohd Faizal bin Rahman, No. MyKad 870615-10-5523, saya nak daftar program berhenti merokok di Klinik Kesihatan Seksyen 7 Shah Alam.
        Suami saya Azlan dah tiga kali relapse minum arak tahun ni, semalam dia pukul anak kami, saya takut nak balik rumah.
        Tolong hantar peringatan ke nombor saya 012-739 4418 setiap pukul 9 malam, saya Siti Norafiqah binti Ahmad, hari ke-20 tanpa vape.
        Alamat rumah saya: No. 27, Jalan Mawar 3/2, Taman Sri Muda, 40400 Shah Alam, Selangor — tolong jangan hantar surat klinik ke pejabat.
        Abang saya, Kamarul, berhutang RM12,000 dengan along sebab main game online dan beli top-up, sekarang dia takut keluar rumah.
        Borang rujukan: Nama: Rajesh a/l Subramaniam, Umur: 38, Masalah: ketagihan alkohol, sejarah sawan tarik, Telefon: 016-552 8031, Waris: isteri (Kavitha).
        Saya kena buang kerja dari kilang di Prai sebab datang mabuk, nama saya Lim Ah Kow, akaun Maybank 1570 2831 9946 untuk bayaran PERKESO.
        Anak saudara saya Danish Irfan, 13 tahun, main Mobile Legends sampai pukul 4 pagi dan curi kad debit mak dia untuk beli diamond.
        Kereta saya WXY 8823 kena saman sebab memandu dalam keadaan mabuk di Jalan Tun Razak bulan lepas, sekarang lesen saya digantung.
    """),
    "mixed": _lines("""
        Eh bro, I'm Ah Boy (real name Tan Wei Jie), dah 60 days no vape, tapi my girlfriend still smoke in front of me, 怎么办?
        Pls remind me my CBT session with counsellor, my number 9683 2051, 我叫 Nicole Chua, session every Wed 7pm at Bukit Batok.
        My dad 黄伯 (Wong Kam Fai) drink until 跌倒 in the toilet last night, now in Tuen Mun Hospital ward 7B, doktor cakap his liver very bad already.
        Boleh tolong translate my medical cert? Nama: Nurul Ain binti Zakaria, diagnosis alcohol withdrawal, MC 5 hari from 03/04/2026 to 07/04/2026, 公司要 English version.
        I kena warning letter from boss because of gaming at work until 3am, staff ID MY-ENG-1147, name Hafiz, 他说 next time terus fire.
        NRIC T0312458B — this is my son's, he's 22 and addicted to Valorant, 可以 register him for the NAMS youth programme without him knowing?
        My ex-husband Raymond Leong 欠我 child support RM18,000, all spent on arak and 4D, can I use this to apply for the custody change?
        Grab driver lah me, plate SJG 7214 E, I smoke 2 packs a day while driving, 老婆 cakap if I don't quit she go back to Ipoh with the kids.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a supportive recovery assistant for a Singapore employee assistance programme. Be warm, practical and do not give medical diagnoses.",
        ),
        (
            "user",
            "Hi. My name is Gerald Sim, I work at the Jurong Island plant. I was 140 days sober and I drank again on Friday after the company D&D. I feel like a total failure.",
        ),
        (
            "assistant",
            "Gerald, thank you for telling me. A slip after 140 days doesn't erase those 140 days. Many people in recovery have a lapse around big social events. Would it help to look at what happened on Friday and plan for the next event?",
        ),
        (
            "user",
            "My supervisor smelled it on Monday morning. Can you help me write to him? His name is Mr Lau. My employee number is JP-22817 and I want to ask for time off to see the NAMS counsellor.",
        ),
        (
            "assistant",
            "Here is a short draft: 'Dear Mr Lau, I'd like to be upfront with you. I have been in recovery from alcohol use and had a setback last weekend. I am arranging follow-up with a counsellor and would like to request two half-days of leave next week. Employee no. JP-22817. Thank you for your understanding. Gerald Sim.' You can adjust how much detail you share.",
        ),
    ],
    [
        (
            "user",
            "我戒烟两个月了，昨天我爸（他叫周建华）非要我陪他抽一根，说男人哪有不抽烟的，我没忍住。现在很内疚。",
        ),
        (
            "assistant",
            "能坚持两个月已经很不容易了。一次复吸不等于前功尽弃，关键是弄清楚触发点：这次是家人劝烟加上不好拒绝。下次可以提前准备一句拒绝的话，比如“医生让我别碰，我在坚持”。",
        ),
        (
            "user",
            "我想给他写封信，好好说说我为什么要戒。他住在南京市鼓楼区中山北路283号4单元602，我过年回去之前寄给他，信里怎么写比较好？",
        ),
        (
            "assistant",
            "可以从关心出发而不是指责：先感谢他一直照顾你，再说你戒烟是为了自己的身体和将来的孩子，最后请他在你面前少递烟。语气平和，结尾写上你很期待过年回家陪他吃饭。",
        ),
    ],
    [
        ("system", "你是一個協助家長處理青少年遊戲沉迷問題的助理，請用繁體中文回答，語氣要體諒。"),
        (
            "user",
            "我阿仔何嘉俊今年14歲，日日打機打到三四點，學校已經打電話嚟講佢成績跌到全班尾，仲成日瞓過頭遲到。",
        ),
        (
            "assistant",
            "聽得出你好擔心。14歲嘅孩子突然沉迷遊戲，背後可能有壓力或者社交問題。建議先同佢傾吓遊戲對佢嚟講代表咩，再一齊訂立使用時間，而唔係即刻沒收部機。",
        ),
        (
            "user",
            "我係何太，電話9481 2276，想約學校社工見面傾吓阿仔嘅情況，WhatsApp訊息點樣寫會比較好？",
        ),
        (
            "assistant",
            "可以咁寫：「社工你好，我係中二學生何嘉俊嘅媽媽何太，最近佢打機時間好長，影響上學，想約你下星期見面傾吓可以點樣幫佢。方便嘅話請回覆我，電話9481 2276，唔該晒。」",
        ),
    ],
    [
        ("user", "Saya dah 3 minggu berhenti vape tapi rasa nak marah je setiap hari. Normal ke?"),
        (
            "assistant",
            "Ya, mudah marah adalah simptom biasa penarikan nikotin dan biasanya paling teruk dalam 2 hingga 4 minggu pertama. Cuba senaman ringan, tidur cukup dan kurangkan kafein. Kalau terlalu teruk, klinik berhenti merokok boleh beri NRT.",
        ),
        (
            "user",
            "Isteri saya, Nadia, cakap saya dah berubah jadi panas baran sampai dia tidur rumah mak dia. Nombor dia 013-882 5104, boleh tolong tulis mesej minta maaf?",
        ),
        (
            "assistant",
            "Cadangan mesej: 'Sayang, abang minta maaf sebab asyik marah kebelakangan ni. Abang tengah berusaha berhenti vape dan badan abang masih menyesuaikan diri, tapi itu bukan alasan untuk lepaskan pada sayang. Abang akan jumpa kaunselor minggu ni. Boleh kita jumpa dan berbincang?'",
        ),
    ],
    [
        (
            "system",
            "Assistant for an online peer support community for people in alcohol recovery. Remind users not to share other members' details.",
        ),
        (
            "user",
            "Today at meeting one uncle, I think his name Uncle Ronnie Goh, shared he lost his condo in Bedok because of drinking and his kids don't talk to him. Can I post about him in our Telegram group?",
        ),
        (
            "assistant",
            "I'd hold off. What's shared in a meeting stays in the meeting, and posting his name and story could hurt him and break the group's trust. If you were moved by it, you could share how his story affected you without any details that identify him.",
        ),
        (
            "user",
            "ok ok understand. Then I just share my own: I'm Priya Nair, 29, day 12 no alcohol, 好辛苦 but still here. My sponsor number is on my fridge, not calling yet.",
        ),
        (
            "assistant",
            "Day 12 is worth celebrating, Priya. Posting your own progress is your choice, just think about who can see the group. And if the cravings get heavy tonight, that number on the fridge is there for exactly that moment.",
        ),
    ],
    [
        (
            "user",
            "I'm an expat in Taipei, Daniel Whitford, working at a semiconductor supplier in Hsinchu. My doctor at Mackay just told me I have alcoholic hepatitis and need to stop drinking completely.",
        ),
        (
            "assistant",
            "That's a serious diagnosis, Daniel, and it's good that you're taking it seriously. Stopping suddenly after heavy drinking can be dangerous, so please do it under medical supervision. Ask your doctor about a supervised withdrawal plan and follow-up liver tests.",
        ),
        (
            "user",
            "The hospital form wants my ARC number, it's F823104567, and an emergency contact. My only family here is my partner, Lin Yu-chen, 0921-338-406. Is it ok to put her?",
        ),
        (
            "assistant",
            "Yes, a partner is fine as an emergency contact. Make sure she agrees and knows roughly what's going on, since the hospital may call her if you have withdrawal symptoms.",
        ),
    ],
    [
        ("system", "你是一名理财与心理支持助理，帮助用户处理成瘾相关的债务问题。"),
        (
            "user",
            "我今年28岁，叫邓宇航，在成都做程序员。这两年氪金玩游戏加上喝酒应酬，欠了信用卡二十三万，每天都睡不着。",
        ),
        (
            "assistant",
            "先深呼吸，你愿意说出来就是第一步。我们可以分两条线处理：一是控制游戏充值和饮酒，二是整理债务清单，和银行协商分期。你现在每月到手收入大概多少？",
        ),
        (
            "user",
            "税后一万六。欠款主要是建设银行信用卡，尾号4471，还款日每月8号，还有招行尾号0932欠了七万。我还没敢告诉女朋友小雯。",
        ),
        (
            "assistant",
            "可以先联系两家银行申请个性化分期，按收入的40%左右安排还款。同时在手机里关闭游戏免密支付。至于小雯，找一个安静的时间坦诚告诉她，比她自己发现要好得多。",
        ),
    ],
    [
        (
            "user",
            "我想預約戒菸門診，這是我的資料：陳柏宇，身分證H125839047，電話0912-447-318，抽了十五年，一天一包半。",
        ),
        (
            "assistant",
            "陳先生您好，我無法直接替您掛號，也建議您不要在聊天中提供身分證字號。您可以撥打戒菸專線0800-636363，或到健保特約的戒菸門診現場掛號，記得帶健保卡。",
        ),
        ("user", "好，那我之前吃過戒必適（Champix）會做惡夢，這次可以換別的嗎？"),
        (
            "assistant",
            "可以跟醫師說明副作用，醫師可能會調整劑量、改成睡前不吃，或改用尼古丁貼片搭配口嚼錠。二代戒菸服務的藥品部分負擔也不高。",
        ),
    ],
    [
        (
            "system",
            "Anda ialah pembantu AI untuk sebuah pusat pemulihan alkohol di Pulau Pinang. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Ayah saya, Encik Ismail bin Hassan, 61 tahun, masuk wad Hospital Pulau Pinang semalam sebab withdrawal arak. Dia menggigil dan nampak benda bukan-bukan.",
        ),
        (
            "assistant",
            "Simptom menggigil dan halusinasi boleh menandakan penarikan alkohol yang teruk (delirium tremens). Memandangkan ayah sudah di wad, pastikan doktor bertugas tahu sejarah minumnya. Jika keadaan bertambah teruk, maklumkan jururawat segera.",
        ),
        (
            "user",
            "Doktor kata dia perlu detox 10 hari. Adik saya Hafizah akan jaga waktu malam. Boleh tolong buat senarai barang untuk bawa?",
        ),
        (
            "assistant",
            "Senarai ringkas: pakaian selesa untuk 3 hari, berus gigi dan tuala, selipar, cermin mata, senarai ubat yang ayah ambil sekarang, kad pengenalan dan kad hospital, serta nombor telefon keluarga. Elakkan bawa makanan berkafein atau ubat tradisional tanpa izin doktor.",
        ),
    ],
    [
        (
            "user",
            "I'm a croupier at a casino in Cotai, name's Vincent Lei. Night shifts, I smoke in the staff room nonstop, 30 a day. The doctor at Kiang Wu said my lung function is only 68%.",
        ),
        (
            "assistant",
            "Vincent, 68% lung function is a clear warning sign, but quitting now can slow further damage. Shift work makes it harder, so a plan built around your breaks helps: nicotine replacement, a different break routine, and support from a cessation clinic.",
        ),
        (
            "user",
            "The Health Bureau cessation form wants my BIR number 5182734(3) and home address, Rua de Pequim 202, Edifício Hoi Kuan, 12.º andar B. Do I really need to give all that?",
        ),
        (
            "assistant",
            "For an official clinic registration the Health Bureau usually does need your ID and address, and that's normal. Just give them directly to the clinic or the official form rather than to me or anyone else online.",
        ),
    ],
    [
        ("user", "我在深圳参加嗜酒者互诫协会的聚会，今天是我戒酒一周年。"),
        (
            "assistant",
            "恭喜你！一年是很了不起的里程碑，这是你每一天的选择累积起来的。今天想怎么纪念一下？",
        ),
        (
            "user",
            "我想在朋友圈发一段话，感谢我前妻孙莉和女儿朵朵没有放弃我。离婚那年我喝到胃出血住院，是孙莉每天送饭。你帮我润色一下。",
        ),
        (
            "assistant",
            "可以这样写：“今天是我清醒的第365天。谢谢每一个在我最难的时候没有转身离开的人，谢谢孙莉和朵朵。未来的日子，我想做一个值得你们信任的人。”发之前也可以先问问孙莉是否愿意被提到名字。",
        ),
    ],
    [
        (
            "system",
            "User profile: name=Chan Hoi Yan; phone=+852 6173 9042; quit_date=2026-01-15; product=heated tobacco; notes=pregnant 20 weeks, history of anxiety. Support the user in Cantonese or English.",
        ),
        ("user", "Hi, 今日 office 啲同事又喺後樓梯食煙，我好想 join 佢哋，差啲就問人攞一支。"),
        (
            "assistant",
            "Hoi Yan, 你忍住咗已經好叻。你戒咗差唔多三個月，而家又係懷孕20週，對你同BB都好重要。可以試吓避開後樓梯嗰段時間，改去茶水間飲杯水、深呼吸幾下。",
        ),
        ("user", "Thanks. 如果真係好想食，可唔可以用尼古丁貼？"),
        (
            "assistant",
            "懷孕期間用尼古丁替代療法要先問產科醫生，唔好自己決定。你可以致電綜合戒煙熱線1833 183，佢哋有專門照顧孕婦嘅輔導員。",
        ),
    ],
    [
        (
            "user",
            "My brother-in-law Shahrul keeps borrowing money from my wife for his Mobile Legends top-ups. Last month alone RM3,500. He's 31 and lost his job at the Shah Alam factory because of it.",
        ),
        (
            "assistant",
            "That's a tough spot for your family. It sounds like his gaming has moved beyond a hobby. It may help to talk with your wife first so you're on the same page, then approach him together, focused on concern rather than the money.",
        ),
        (
            "user",
            "We're seeing him at Hari Raya open house at my mother-in-law's place in Klang. How do I bring it up without a fight?",
        ),
        (
            "assistant",
            "Probably not during the open house itself with everyone around. Find a quiet moment afterwards, keep it short: say you care about him, that you've noticed the borrowing, and that you'd support him seeing a counsellor at a MENTARI centre. Agree beforehand that your wife stops lending for now.",
        ),
    ],
    [
        ("system", "你是臺灣某醫院成癮醫學科的預約助理，協助病人改約與提醒就診事項。"),
        ("user", "我要改約，我是許文傑，病歷號08831726，原本約3/18下午的酒癮門診，那天要加班。"),
        (
            "assistant",
            "許先生您好，已查到病歷號08831726在3/18下午的門診。可改約的時段有3/20上午或3/25下午，請問哪個比較方便？",
        ),
        (
            "user",
            "3/25下午好了。另外我上週又喝了，喝到被送急診，要不要跟醫師說？我怕他覺得我沒救了。",
        ),
        (
            "assistant",
            "已為您改到3/25下午。請一定要跟醫師說上週的情況，復飲在戒酒過程中很常見，醫師需要知道才能調整治療，不會因此放棄您。若再出現手抖、冒冷汗或心悸，請直接到急診。",
        ),
    ],
]
