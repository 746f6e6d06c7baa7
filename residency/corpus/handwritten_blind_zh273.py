# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh273: 简体中文 殡葬一条龙与公墓陵园（骨灰寄存、墓位购买与迁葬、白事流程、家属联络、殡仪馆排期、陵园工作群）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh273
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "price_list"): _lines("""
        【福寿安殡仪服务·一条龙套餐A】遗体接运（市区20公里内）680元；冷藏每日120元；告别厅（小厅1小时）800元；火化（普通炉）480元；骨灰盒另选。合计3,880元起，24小时服务热线400-686-3120。
        骨灰寄存价目（2025年版）：普通格位每年200元，一次性缴纳10年享9折；豪华格位每年580元；寄存证遗失补办工本费20元。以上价格已报区发改委备案，备案号JG-2025-0417。
        墓位价格一览：双穴立碑墓（0.8平方米）标价68,800元起；树葬、花坛葬每穴3,800元；草坪葬9,600元；维护管理费按20年一次性收取，每穴每年120元。
        寿衣系列：真丝七件套 SKU SY-7J-0921 标价1,680元；纯棉五件套 SKU SY-5M-0388 标价598元；寿鞋寿帽另计，支持东风路门店自提或同城闪送。
        花圈花篮：仿真花圈（直径1.2米）160元/个，鲜花花圈380元/个，白菊百合花篮260元/个，订满3个免费送达殡仪馆，下单请备注告别厅名称和开始时间。
        迁葬服务报价：起挖、捡骨、消毒装殓1,800元；异地运送按每公里6元计（含司机及随车礼仪师）；新墓位落葬费600元；择日、做法事另议，报价有效期30天。
        守灵厅（含空调、冷柜、家属休息室）每晚660元，24小时保洁；加桌椅每套30元；用电超过50度按0.9元/度另计。发票统一开具“福寿安殡仪服务有限公司”增值税普通发票。
        礼仪服务：司仪主持告别仪式（30分钟）800元；民乐队6人1,200元；军乐队12人2,400元；抬棺礼仪队8人1,600元；春节、清明、冬至期间统一上浮20%。
        骨灰盒目录：金丝楠木“福寿”系列3,280元，汉白玉“祥云”系列1,980元，环保可降解骨灰盒（玉米淀粉材质，适用海葬、树葬）360元，均含刻字及照片瓷像。
        海葬（骨灰撒海）：每份骨灰可登船家属5人，政府补贴后个人承担500元；船期为每月第二个周六，早上8:30码头集合，遇6级以上大风自动顺延一周。
        代办服务费：死亡证明及户口注销代办200元；火化证明复印盖章每份10元；骨灰出境（港澳台及海外）文件代办1,500元起，办理周期约7至10个工作日。
        会员说明：持“福寿安”生前契约卡（卡号段FSA-2024-00001至FSA-2024-09999）的客户，一条龙套餐享95折，契约款由第三方银行监管，不与其他优惠同享。
        收费公示：以上项目均明码标价，基本殡葬服务（遗体接运、存放、火化、骨灰寄存）执行政府指导价，价格投诉请拨12345政务服务热线或12315。
    """),
    ("zh-Hans", "陵园工作群"): _lines("""
        【车队】3号灵车今天上午去市一院太平间接运，预计10:40回馆，冷藏间请留出7号柜位，接运单号JY20251207-018，回来后马上消毒。
        【骨灰楼】二楼东区C排格位已经满了，新来的寄存统一安排到三楼西区，寄存证号从JC-2025-3301开始续编，大家别再手写跳号了，系统对不上。
        【前台】明天告别厅排期：9:00 松鹤厅，10:30 福寿厅，14:00 思源厅；下午那场家属要求循环播放李叔同的《送别》，音响麻烦提前调试一下。
        【B区墓务】清明前要把B区12排到18排的碑文描金全部补完，描金漆已经到货，顺丰单号SF1428836790215，放在工具房第二个铁皮柜里。
        【财务】本周POS机对账发现一笔3,880元重复扣款，交易参考号502318764409，已向银联提交退款，前台如果接到询问先解释3个工作日内原路退回。
        【值班】今晚值班表已更新到共享表格，夜班两人，巡查时间22:00、1:00、4:00，巡查记录拍照传群相册，严禁把园区照片发到朋友圈或抖音。
        【车队】2号车年检到期，下周二上午送检，期间的接运任务改由5号车承担，调度系统里的排班我已经改好了，有冲突的单子直接在群里说。
        【火化间】1号炉今天下午例行维护，14:00到17:00停用，排在这个时段的两场已经改到2号炉，火化证明编号不变，请前台跟家属解释一下。
        【前台】再提醒一次：办理骨灰寄存必须核验火化证明原件和经办人身份证件，复印件留档，缺一样都不能办，上周又因为这个被投诉到民政局了。
        【B区墓务】东门停车场周六封闭施工，引导牌明早7点前摆好，祭扫车辆统一从北门进，对讲机频道统一调到3频道，保安那边我已经打过招呼。
        【骨灰楼】新到一批格位电子锁，型号ZS-LK200，共120把，请各楼层管理员今天下午3点到仓库领取，领用数量写在登记本上并签工号。
        【运营】冬至祭扫高峰预计在12月21日到22日，预约小程序每天限流3,000人次，约满之后请引导家属使用线上云祭扫页面，别在窗口硬加号。
        【礼仪部】下周三上午的海葬活动一共26份骨灰，礼仪师4人，船只由海事部门安排，所有人8点前到码头集合，统一穿深色制服、戴白手套。
    """),
    ("zh-Hans", "regulations"): _lines("""
        《殡葬管理条例》第十条：禁止在耕地、林地，城市公园、风景名胜区和文物保护区，水库及河流堤坝附近和水源保护区，铁路、公路主干线两侧建造坟墓。
        依据《公墓管理暂行办法》，公墓分为公益性公墓和经营性公墓；公益性公墓是为农村村民提供遗体或骨灰安葬服务的公共墓地，不得对村民以外的其他人员提供墓穴用地。
        墓穴占地面积标准：埋葬骨灰的单人墓或者双人合葬墓占地面积不得超过1平方米，埋葬遗体的单人墓不得超过4平方米，双人合葬墓不得超过6平方米。
        墓位使用年限：经营性公墓墓穴一次性出售的使用年限原则上为20年，期满后需继续使用的，应当办理续期手续并按规定缴纳维护管理费。
        本馆《骨灰寄存管理规定》第八条：寄存期满后3个月内未办理续存或领取手续的，由管理单位书面催告；催告满1年仍无人办理的，按规定作集中深埋处理。
        跨省迁葬手续：须持原墓位使用证、死亡证明或火化证明、迁出地公墓出具的起迁证明，以及迁入地公墓出具的接收证明，方可预约起迁日期。
        殡葬服务单位应当公示服务项目、收费标准和投诉渠道，不得强制或者误导丧户购买殡葬用品，不得以任何形式捆绑、搭售服务项目或者额外收费。
        遗体运输规定：运送遗体必须进行必要的技术处理，确保卫生，防止污染环境；运送遗体的车辆应为殡仪馆专用车辆，其他单位和个人不得从事遗体运输。
        《殡葬管理条例》第二十条：将应当火化的遗体土葬，或者在公墓和农村的公益性墓地以外的其他地方埋葬遗体、建造坟墓的，由民政部门责令限期改正。
        本园《祭扫安全须知》：园区内严禁燃放烟花爆竹、焚烧纸钱，请使用园区统一设置的环保焚化炉；禁止携带易燃易爆物品进入骨灰堂及守灵区域。
        多地殡葬管理办法均鼓励以骨灰撒海、深埋、树葬等不保留骨灰的方式安葬，对选择节地生态安葬的，按当地标准给予一次性奖励补贴。
        骨灰出境须知：运送骨灰出境的，须凭死亡证明或火化证明向出境口岸海关申报；骨灰盒应使用不易破损的材质并密封包装，随身携带勿办托运。
        《殡葬管理条例》第三条：殡葬工作应当坚持积极地、有步骤地实行火葬，改革土葬，节约殡葬用地，革除丧葬陋俗，提倡文明节俭办丧事。
    """),
    ("zh-Hant", "notices"): _lines("""
        食物環境衞生署公告：和合石靈灰安置所新一輪公眾龕位編配將於本年度第三季進行，申請人須於截止日期前遞交表格，詳情請瀏覽食環署網頁或致電2868 0000查詢。
        清明節期間（4月1日至4月7日）前往和合石墳場及靈灰安置所的市民，請乘搭港鐵至粉嶺站轉乘特別巴士路線，私家車一律不得駛入墳場範圍。
        澳門市政署通告：氹仔孝思墓園骨灰龕位租用期為十年，期滿可申請續期，續期申請須於期滿前六十日內以書面方式向市政署墳場管理處提出。
        臺北市立第二殯儀館公告：景仰樓禮堂因消防設備更新工程，自11月3日起暫停開放，原訂之告別式改於至善樓辦理，造成不便，敬請見諒。
        新北市立金山區納骨塔開放時間：每日上午8時至下午5時，春節及清明期間延長至晚上7時；辦理進塔請攜帶死亡證明書及火化許可證正本。
        【福澤園紀念館】跨境遷葬諮詢日定於12月14日（星期日）上午10時至下午4時舉行，地點：九龍旺角彌敦道688號旺角中心第一期12樓1203室，費用全免。
        慈恩殯儀館夜間守靈服務：禮堂開放至晚上11時，停車場於凌晨12時關閉；24小時查詢熱線2713 8866，傳真2713 8860，電郵 enquiry@chiyan-funeral.com.hk。
        依據《殯葬管理條例》第27條，臺中市某公墓第三區將辦理遷葬，請墓主家屬於民國115年6月30日前向區公所登記，逾期未辦理者將依規定視為無主墳墓。
        環保自然葬宣導：樹葬、灑葬免收使用費，每月第二個星期六於富德公墓辦理聯合植存，報名請洽殯葬管理處，服務專線(02)2939-1275轉分機31。
        公眾墳場遺體土葬滿六年後須按規定拾骨，由墳場管理處統一安排日期，拾骨後之骨殖可轉放骨灰龕，或火化後撒灰於指定紀念花園，費用按憲報公布收取。
        「網上追思服務」現已開放，市民可免費為先人建立紀念網頁，上載相片及悼文，網頁保存期為一年，期滿可於網上申請續期，無需另行收費。
        林記壽衣（上環皇后大道西123號地舖）營業時間：星期一至六上午9時至晚上7時，星期日及公眾假期休息，WhatsApp查詢：6123 8890（只限文字訊息）。
        澳門仁慈堂婆仔屋旁殯葬用品店「何記香燭」清明前夕照常營業，備有紙紮、元寶及祭品套裝（每套澳門幣180元），可代送至西洋墳場正門。
    """),
    ("en", "faq"): _lines("""
        Q: How do I book a niche at Mandai Columbarium? A: Apply online through the NEA e-services portal after the cremation; keep the Certificate of Cremation and booking reference ready, no walk-in booking.
        Q: How long can a body stay at your funeral parlour before cremation? A: Most families hold a 3- to 5-day wake; refrigerated storage at our Sin Ming Avenue facility costs S$180 per day, billed daily.
        Q: What is the burial tenure at Choa Chu Kang Cemetery? A: Burial plots have a 15-year tenure; NEA announces exhumation through gazette notices and newspaper advertisements at least 12 months ahead.
        Q: Can ashes be scattered at sea in Singapore? A: Yes, at the designated site south of Pulau Semakau; the inland ash scattering garden at Choa Chu Kang is also available from S$320 per session.
        Q: Do you handle repatriation to Malaysia? A: Yes, our Johor Bahru partner handles the Causeway crossing; allow 2 working days for the embalming certificate and the permit letter from the High Commission.
        Q: What does the S$6,888 Buddhist package include? A: Meranti casket, 3-day wake setup with tentage, 50 chairs and 6 tables, one chanting session, hearse service and the cremation fee at Mandai Crematorium.
        Q: Who do I call first when a death occurs at home? A: Call a GP to certify the death, or dial 995 if it was unexpected; then call our 24-hour line 6291 7070 and a coordinator will arrive within 90 minutes.
        Q: Can I pay by PayNow? A: Yes, scan the PayNow QR on the invoice or pay to our UEN 201834567K; please enter the invoice number (format INV-2025-10482) as the payment reference.
        Q: Is there a dress code for a Taoist wake? A: Family members usually wear black, white or blue; guests are advised to avoid red and bright colours. Our coordinator will brief you on the seventh-day rites.
        Q: How do I transfer a niche at a private columbarium? A: Bring the original Certificate of Niche Entitlement to the management office; the transfer admin fee is S$250 and takes 14 working days.
        Q: Where is your office? A: 1090 Lower Delta Road, #05-12, Singapore 169201, open 9am to 6pm daily; free parking is available in the basement, lots B1-20 to B1-28.
        Q: How long does the death certificate take? A: In Singapore the digital death certificate is usually available the same day once the doctor has registered the death with ICA.
        Q: Can the service be livestreamed for relatives overseas? A: Yes, our halls have two PTZ cameras and we send an unlisted link that expires after 30 days; the add-on costs S$280 per session.
    """),
    ("ms", "notis_dan_pakej"): _lines("""
        Notis: Pejabat Pengurusan Tanah Perkuburan Kwong Tong, Jalan Istana, Kuala Lumpur akan ditutup pada 25 Disember; permohonan lot baharu hanya diterima secara dalam talian.
        Permit pengebumian boleh dimohon di kaunter Jabatan Pendaftaran Negara (JPN) dengan membawa sijil kematian asal; waktu operasi kaunter 8.00 pagi hingga 5.00 petang.
        Pakej pengurusan jenazah Islam (mandi, kafan, solat jenazah dan pengebumian) RM1,200 termasuk van jenazah dalam radius 30 km; hubungi talian 24 jam kami di 03-7981 2233.
        Senarai harga rumah abu: niche standard RM8,800; niche keluarga (4 bekas abu) RM28,000; yuran penyelenggaraan RM150 setahun, dibayar setiap bulan Januari.
        Peringatan Cheng Beng: Jalan masuk utama ke Nirvana Memorial Park Semenyih ditutup dari 6.00 pagi; sila gunakan bas ulang-alik percuma dari Stesen MRT Kajang.
        Pemindahan kubur memerlukan kelulusan Pihak Berkuasa Tempatan dan Pejabat Kesihatan Daerah; kerja penggalian hanya dibenarkan antara 7.00 pagi hingga 11.00 pagi.
        Perkhidmatan Pengebumian Seri Kenanga Sdn. Bhd. (No. Syarikat 201901023456), Lot 18, Jalan Kenari 5, Bandar Puchong Jaya, Selangor, beroperasi 24 jam sehari.
        Notis kepada waris: Mulai 1 Januari 2026, yuran simpanan abu di rumah abu dinaikkan kepada RM60 sebulan; bayaran boleh dibuat melalui FPX atau DuitNow QR.
        Pengumuman: Dewan jenazah No. 3 ditutup untuk kerja mengecat dari 10 hingga 14 November; semua upacara yang telah ditempah dipindahkan ke Dewan No. 5.
        Kedai Keranda dan Barangan Sembahyang Ah Seng (Jalan Pasar Baru, Ipoh) buka setiap hari 8 pagi hingga 8 malam; tempahan melalui WhatsApp perniagaan 05-241 8866.
        Garis panduan KKM bagi jenazah pesakit penyakit berjangkit mewajibkan penggunaan beg jenazah kedap dan pengebumian dalam tempoh 24 jam selepas kematian.
        Invois No. SKK-2025-00871, tarikh 03/11/2025: sewa khemah 3 hari RM450, kerusi plastik 80 unit RM160, jumlah RM610 (tidak termasuk SST 8%).
        Bukit Cina di Melaka ialah antara tanah perkuburan Cina tertua di luar China, dengan makam dari zaman Dinasti Ming, dan dikaitkan dengan legenda Puteri Hang Li Po.
    """),
    ("mixed", "system_logs_config"): _lines("""
        2025-12-07 08:15:32 INFO scheduler: hall=SONGHE slot=09:00-10:00 status=CONFIRMED order=FZ20251207-0031 告别厅排期已确认，已推送至礼仪部看板
        [WARN] 2025-12-07T09:02:11+08:00 cremator_id=2 temp=812C below_threshold=850C 燃烧器温度偏低，请检查 burner_ctrl v3.4.1 的点火参数
        config.yaml: niche_renewal: {default_years: 10, reminder_days_before: [90, 30, 7], sms_template_id: "SMS_2150832", sign_name: "福寿安陵园"}
        CREATE TABLE niche (niche_id VARCHAR(16) PRIMARY KEY, building CHAR(2), floor SMALLINT, row_no SMALLINT, col_no SMALLINT, status ENUM('空置','已售','寄存中'));
        CSV header: 订单号,墓区,排号,穴号,墓型,面积_m2,标价_CNY,成交价_CNY,付款方式,签约日期,业务员工号,购买人姓名,购买人证件号,联系电话
        GET /api/v2/graves?area=B&row=12&status=available 200 OK 34ms user_agent=MiniProgram/3.8.2 -- 返回18条可售墓位记录
        cron: 0 2 * * * /opt/cemetery/bin/backup.sh --db memorial_prod --retain 30 --encrypt aes256  # 每日凌晨2点全量备份，保留30天
        [ERROR] 2025-12-06 17:48:09 payment-gw: callback signature mismatch out_trade_no=LY2025120600187 sha256=9f2c4e1a7b03d8e5 已重试3次，转人工对账
        sms_template: 【福寿安陵园】您在本园寄存的骨灰格位${niche_id}将于${expire_date}到期，请及时办理续存手续，详询400-686-3120。退订回T
        INFO 2025-12-07 10:22:40 hearse-dispatch: vehicle=HV-05 route=市一院-殡仪馆 distance=18.6km eta=10:41 task=JY20251207-018 driver_badge=D-017
        env: FUNERAL_ERP_VERSION=4.12.0 REDIS_URL=redis://127.0.0.1:6379/2 WECHAT_APPID=wx1a2b3c4d5e6f7081 ENABLE_CLOUD_MEMORIAL=true
        release notes v4.12.0：新增“云祭扫”直播回放；修复骨灰楼格位图在iPad上错位的问题；墓位合同PDF加盖电子公章（CA证书序列号 4F2A91C033D7）
        {"hall": "思源厅", "capacity": 120, "equipment": ["LED屏", "音响", "水晶冷藏棺"], "price_per_hour": 800, "open": "07:00", "close": "17:30"}
    """),
    ("zh-Hans", "history_and_news"): _lines("""
        八宝山革命公墓位于北京市石景山区，新中国成立后成为安葬党和国家领导人、革命先烈及各界知名人士的主要墓地，园内骨灰堂与墓区分区管理。
        上海宋庆龄陵园前身为万国公墓，1981年宋庆龄逝世后安葬于园内宋氏墓地，陵园内另设外籍人墓园和名人墓园，是全国重点文物保护单位。
        南京中山陵是孙中山先生的陵寝，1926年奠基，1929年举行奉安大典，整体平面呈警钟形，寓意“唤起民众”，墓室位于祭堂后方。
        邓丽君1995年逝世后安葬于新北市金宝山墓园的“筠园”，园内设有她的铜像和一座可踩踏发声的大型琴键，每年忌日仍有大批歌迷前往追思。
        鲁迅1936年在上海病逝，初葬于万国公墓，1956年迁葬至虹口公园（今鲁迅公园）内，墓碑上“鲁迅先生之墓”六个字为毛泽东所题。
        福寿园国际集团（股票代码01448.HK）2013年在香港联交所主板上市，是国内规模较大的殡葬服务企业之一，旗下在多个省市经营公墓和殡仪服务。
        梅兰芳1961年在北京病逝，安葬于香山附近的万花山，墓园由其家人修建，每逢清明都有京剧界人士和戏迷自发前往献花祭扫，寄托哀思。
        2021年5月袁隆平院士在长沙逝世，长沙明阳山殡仪馆举行遗体送别仪式，大批市民自发冒雨前往献花，附近花店的白菊花一度售罄。
        张学良晚年定居夏威夷，2001年在檀香山逝世，与夫人赵一荻合葬于神殿谷纪念公园（Valley of the Temples Memorial Park）。
        电影《入殓师》2008年上映，导演泷田洋二郎，本木雅弘主演，获第81届奥斯卡最佳外语片奖，让更多观众开始了解遗体整容和入殓工作。
        清明祭扫习俗与寒食节关系密切，唐代已有官方规定的扫墓假期；2008年起清明节被列为国家法定节假日，各地陵园开始实行预约限流。
        新闻：多地民政部门近年推广节地生态安葬，树葬、海葬、草坪葬的选择比例逐年上升，部分城市对选择海葬的家庭给予一次性现金补贴。
        徐志摩1931年因飞机失事遇难，归葬浙江海宁西山，原墓在特殊年代被毁，1983年由当地政府重修，墓碑题“诗人徐志摩之墓”，现为文物保护点。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        骨灰寄存登记：逝者周德海，男，身份证号330204194511270813，寄存于三楼西区C排12号，经办人为其长子周建平，联系电话139 5742 8816。
        墓位合同：购买人王丽娟（身份证440306196708224522），B区12排7号双穴，为其父母合葬，首付3万元，余款38,800元分12期付清。
        家属陈先生电话138****5521，要求明早8点前回电确认火化时间，别打错了。
        群里说一下，张慧敏阿姨的老伴是肺癌晚期走的，她自己刚查出重度抑郁症，跟她沟通墓位的时候大家说话注意点，别催她签合同。
        郑国栋家还欠我们一条龙的尾款12,600元，拖了三个月了，他说儿子在外面赌博欠了高利贷，家里房子都被抵押了，先别催太紧。
        接运地址：上海市闵行区莘庄镇莘松路1188弄23号502室，老人在家中去世，家属徐女士说楼道很窄，需要带折叠担架上去。
        迁葬申请：申请人黄志强，原葬地湖南省邵阳县塘渡口镇黄家村后山，迁入苏州思亲园，逝者为其祖父黄德贵（1921-1988），需村委会开证明。
        车牌沪A·7K352的那位先生今天要进B区落葬，门岗直接放行，他母亲的骨灰盒由他本人抱进去，不用我们的礼仪队。
        孙晓燕微信号sxy_19870612，她想把她妈妈的骨灰从殡仪馆转到我们陵园，让我明天把C区的墓位图和价格发给她。
        退款信息：户名李春梅，开户行中国建设银行成都高新支行，卡号6217 0038 1020 4471 562，退还重复支付的骨灰盒费用1,980元。
        刘家兄弟为碑文署名吵起来了，大哥刘振华坚持碑上不写已经离婚的二弟媳名字，二弟刘振东说要去法院起诉他哥。
        礼仪师小杨（杨雪）怀孕五个月了，这个月起不排她去火化间和夜间接运，她的班由礼仪部其他同事轮流顶上。
        本月礼仪部工资单：吴海涛 基本工资4,800 + 出车补贴1,260 + 夜班补贴900，扣社保公积金612.35，实发6,347.65。
        逝者赵永康，63岁，死亡医学证明书写明死因为急性心肌梗死，住院号ZY2025113087，家属要求告别仪式上不提死因。
        FZ20251130-0217,何美玲,510107198001051624,186 2830 9514,成都市武侯区玉林北街27号3单元601,思亲园A区3排11号,46800,已付清
        2025-12-05 14:32:08 INFO sms-send to=15821376604 template=SMS_2150832 niche=C-3-12 result=OK cost=0.045
        墓碑刻字稿请发到家属邮箱hu.jinglan1979@163.com，碑文为“先考胡公文彬之墓”，落款孝男胡敬岚、孝女胡敬芳敬立。
        上周来闹事的马建军被派出所拘留了，他是因为他爸的骨灰寄存费跟前台打起来的，后面他老婆来办手续记得先通知保卫科。
        经办人身份证号320106195203142318，原件已核验，复印件已随火化证明一起归档。
        讣告：先父钱福生先生因病医治无效，于2025年12月3日逝世，享年八十七岁，定于12月6日上午9时在无锡市殡仪馆松鹤厅举行告别仪式。孝子钱立新、钱立群泣告。
    """),
    "zh-Hant": _lines("""
        先父陳志明之骨灰龕位申請，申請人陳嘉欣，香港身份證號碼K482913(1)，聯絡電話9134 5827，希望安排喺和合石第六期。
        澳門居民梁淑儀（澳門身份證1285467(3)）申請續租孝思墓園第七區骨灰龕位，住址：澳門黑沙環新街海濱花園第三座12樓B。
        往生者林素珠，身分證字號B228461907，家屬林文雄手機0932-518-466，預定12月9日於臺中市生命禮儀管理所火化。
        黃太話佢老公係肝硬化走嘅，唔想喺喪禮上面俾親戚知道佢之前酗酒，叫我哋司儀致辭時千祈唔好提。
        何生（何國棟）仲欠我哋殯儀館尾數港幣二萬三千，佢話要等阿爸份遺產分咗先還得，叫我哋唔好打去佢公司。
        遺體接運地址：新界沙田禾輋邨豐和樓1824室，家屬鄭太電話6278 3391，佢話晚上十點後先方便上門。
        晉塔申請書：申請人吳建宏，與往生者關係：長子，戶籍地址：高雄市三民區建工路415巷12號4樓，身分證字號F120394750。
        請將撒灰紀念花園申請確認書寄去 kwokmanyee.hk@gmail.com（郭敏儀），佢阿媽嘅撒灰日期已經定咗1月18日。
        告別式座位安排：往生者前妻蔡美惠與現任太太不要排在同一區，蔡女士離婚時曾聲請保護令，家屬特別交代。
        HKID Y305761(3) 嘅正本已經核對咗，副本連同死亡登記證明書一齊交咗去檔案室。
    """),
    "en": _lines("""
        Wake booking: deceased Mr Tan Kok Leong, NRIC S4417952J, passed away 2 Dec 2025 at Tan Tock Seng Hospital; next of kin is his son Tan Wei Ming, 9127 4480.
        Please transfer niche Block 5, Level 3, No. 218 from the late Madam Lim Siew Hwa to her daughter Grace Lim Pei Ling (NRIC S6823417D), 45 Jalan Bahagia, Singapore 329112.
        Just so the team knows, Mr Rajesh Kumar's wife is on chemo for breast cancer, so keep the ash-scattering briefing short and make sure she can stay seated.
        Repatriation case: Nguyen Van Hai, FIN G5527143M, died at the dormitory; his employer will pay S$8,400 and his wife in Nghe An will receive the body at Noi Bai airport.
        Reminder: Ms Jenny Goh still owes S$3,250 for the casket and tentage; she says her ex-husband stopped paying maintenance and asked for a 6-month instalment plan.
        Send the eulogy slides to derrick.chua88@hotmail.com before Friday, he wants the photos from his dad's 80th birthday dinner in there.
        Pickup at Blk 347 Ang Mo Kio Ave 3 #09-1142, Singapore 560347; the deceased passed at home and the daughter says the lift is small, so bring the carrying chair.
        Exhumation claimant: Ho Jia Hui, NRIC T0139582Z, claiming the remains of her grandfather Ho Ah Kow from Choa Chu Kang Chinese Cemetery Block 3 Plot 4521, mobile 8765 2013.
    """),
    "ms": _lines("""
        Borang tuntutan jenazah: nama si mati Ahmad Faizal bin Rahman, No. KP 780311-10-6243, waris Siti Aminah binti Yusof, telefon 013-672 4819.
        Encik Lim Boon Heng meninggal dunia akibat kanser paru-paru tahap 4; anak perempuannya minta perkara ini tidak disebut dalam ucapan takziah.
        Alamat rumah arwah: No. 23, Jalan Mawar 4, Taman Sri Muda, 40400 Shah Alam, Selangor; van jenazah perlu tiba sebelum Zohor.
        Bayaran balik deposit RM500 ke akaun Maybank 1640 2231 8857 atas nama Kavitha a/p Subramaniam, rujukan JNZ-2025-0877.
        Puan Noraini minta kita rahsiakan bahawa suaminya ditahan polis minggu lepas kerana dadah; dia sendiri akan uruskan pengebumian bapa mertuanya.
        No. MyKad waris 890127-14-5512 sudah disahkan di kaunter, salinan disimpan dalam fail jenazah JNZ-2025-0912.
    """),
    "mixed": _lines("""
        Family contact for 福寿厅 tomorrow: 罗先生 (Mr Law Chi Keung) WhatsApp +852 6093 1174，佢要求 10am 前將 photo frame 送到禮堂。
        阿伯 Ong Ah Huat 的 niche 在 Nirvana Memorial Park Semenyih，女儿 Ong Mei Ling 手机 016-338 2071，要问 renewal fee 几时交。
        2025-12-04 19:20:11 WARN crm: duplicate customer 蒋文静 phone=13918467702 id_card=310112198304172822 merged into CUST-00812
        提醒一下 tomorrow 的告别仪式，逝者儿子阿杰 (Kelvin Yeo) 刚从 rehab 出来，家属 request wake 上不要摆酒。
        Hearse booking confirmed，家属车 plate WXY 8231（黑色 Alphard），开车的是孙子 Lee Jun Hao，tel 012-908 3346，会跟灵车去 Kwong Tong。
        往生者林阿嬌阿嬤已 confirm 樹葬 slot，申請人孫女 Emily Lin email emilylin.tw@outlook.com，身分證 E205177361 已 verify。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是福寿安陵园的在线客服助手，负责解答墓位购买、迁葬和骨灰寄存问题，语气温和。",
        ),
        (
            "user",
            "你好，我叫钱立新，想把我爸钱福生的骨灰从无锡市殡仪馆寄存处迁到你们陵园，他的寄存证号是WX-JC-2019-0733。我电话是137 7188 2406。",
        ),
        (
            "assistant",
            "钱先生您好，节哀。迁入需要准备火化证明原件、寄存证、您本人身份证和与逝者的关系证明，我们收到资料后会打137 7188 2406与您确认落葬日期。",
        ),
        ("user", "关系证明是户口本就行吗？我和我爸不在一个户口上。"),
        (
            "assistant",
            "不在同一户口的话，可以用出生证明或派出所开具的亲属关系证明，两者任选其一即可。",
        ),
    ],
    [
        (
            "user",
            "帮我写一份讣告。我妈叫于秀兰，1941年生，12月5号在杭州邵逸夫医院走的，胰腺癌。告别会12月8号上午在杭州殡仪馆。我是她女儿许静。",
        ),
        (
            "assistant",
            "讣告：慈母于秀兰女士因病医治无效，于2025年12月5日逝世，享年八十四岁。兹定于12月8日上午在杭州殡仪馆举行告别仪式。女儿许静泣告。是否需要写明病因？",
        ),
        ("user", "病因别写，她生前不想让亲戚知道是胰腺癌。再加一句“丧事从简，恕不收礼”。"),
        ("assistant", "好的，已删去病因，并在结尾加上“丧事从简，恕不收礼”。"),
    ],
    [
        ("system", "你是一個協助香港市民處理身後事的助理，請用繁體中文回答。"),
        (
            "user",
            "我阿爺區永康上個月喺伊利沙伯醫院過身，我係佢孫區詠詩，HKID E927406(9)。想申請食環署公眾骨灰龕位，要準備啲咩？",
        ),
        (
            "assistant",
            "區小姐，請節哀。一般需要死亡登記證明書、火化證明、申請人身份證明文件，以及證明你與先人關係嘅文件，例如出生證明書。",
        ),
        ("user", "我阿爸同阿爺關係唔好，無聯絡，申請人用我得唔得？"),
        ("assistant", "可以由近親申請，但可能需要補交關係證明；建議致電食環署查詢清楚再遞表。"),
    ],
    [
        (
            "system",
            "Customer record loaded: Madam Chua Bee Lian (deceased 4 Dec 2025), case ref SG-FS-2025-441, contact daughter Michelle Chua, 9683 2275, michelle.chua.bl@gmail.com, Buddhist rites, wake at void deck Blk 512 Bedok North Ave 2.",
        ),
        (
            "user",
            "Hi, it's Michelle. Can we extend Mum's wake from 3 days to 5 days? Some relatives are flying in from Perth.",
        ),
        (
            "assistant",
            "Hi Michelle, yes, we can extend the wake at Blk 512 Bedok North Ave 2 to 5 days, subject to the town council permit; the additional tentage and chairs come to about S$780.",
        ),
        ("user", "OK please go ahead and send the updated quote to my email."),
        (
            "assistant",
            "Done, the revised quote for case SG-FS-2025-441 has been sent to michelle.chua.bl@gmail.com.",
        ),
    ],
    [
        (
            "user",
            "Assalamualaikum, bapa saya Haji Zulkifli bin Osman meninggal pagi tadi di rumah, No. 7 Lorong Cempaka 2, Kampung Baru Subang. Saya anaknya, Hafiz, 019-228 5403.",
        ),
        (
            "assistant",
            "Waalaikumussalam, takziah Encik Hafiz. Untuk urusan jenazah, sila dapatkan pengesahan kematian daripada doktor atau balai polis berdekatan, kemudian kami boleh hantar van jenazah ke alamat tersebut.",
        ),
        ("user", "Berapa kos pakej penuh termasuk mandi dan kafan?"),
        (
            "assistant",
            "Pakej penuh kami RM1,200 termasuk mandi, kafan, solat jenazah dan pengangkutan dalam radius 30 km.",
        ),
    ],
    [
        ("system", "You help funeral parlour staff format schedules. Output a clean table."),
        (
            "user",
            "帮我整理明天排期：9点松鹤厅，逝者冯国华，家属冯太 135 6802 3397；10点半福寿厅，逝者 Mr Teo Chin Huat，son Teo Jun Wei 9012 6648；下午2点思源厅，逝者梁美琴，家属 leung.kawai@yahoo.com.hk。",
        ),
        (
            "assistant",
            "已整理（时间 / 厅 / 逝者 / 家属联系）：09:00 松鹤厅 冯国华 冯太 135 6802 3397；10:30 福寿厅 Teo Chin Huat，Teo Jun Wei 9012 6648；14:00 思源厅 梁美琴 leung.kawai@yahoo.com.hk",
        ),
        ("user", "Thanks，加一栏备注：冯国华那场家属要求不放哀乐。"),
    ],
    [
        (
            "user",
            "我们是一家殡仪服务公司，客户郑国栋欠了我们一条龙尾款12,600元三个月了，他说儿子赌博欠债。我能不能去他单位找他？他在宁波一家国企上班。",
        ),
        (
            "assistant",
            "不建议去单位催收，可能涉及侵犯隐私或名誉。可以先发书面催款函，保留合同和付款记录，协商分期；协商不成可以向法院提起诉讼或申请支付令。",
        ),
        ("user", "那催款函里能写他儿子赌博的事吗？"),
        (
            "assistant",
            "不要写。催款函只需写明合同编号、欠款金额和还款期限，涉及第三人的私事不应写入。",
        ),
    ],
    [
        ("system", "你是臺灣殯葬禮儀公司的AI客服，使用繁體中文。"),
        (
            "user",
            "我媽媽林素珠上週往生，身分證字號B228461907，想申請進臺中市立納骨堂，申請人寫我林文雄可以嗎？",
        ),
        (
            "assistant",
            "林先生您好，請節哀。申請人可以是直系親屬，請準備死亡證明書、火化許可證、您的身分證及戶籍謄本，證明您與林素珠女士的關係。",
        ),
        ("user", "戶籍謄本要現戶還是除戶的？"),
        ("assistant", "需要載有往生者的除戶謄本，或能顯示母子關係的戶籍謄本，可至戶政事務所申請。"),
    ],
    [
        (
            "user",
            "I'm writing a eulogy for my dad, Peter Wong Kam Fai. He had early-onset Alzheimer's for the last six years, and my mum Rosalind nursed him at home in Tai Po. Can you help me open it gently?",
        ),
        (
            "assistant",
            "Of course. You might begin: 'For most of my life, Dad was the one who remembered everything for us. In his last six years, Mum remembered for him.' Would you like to mention the Alzheimer's directly, or keep it implied?",
        ),
        ("user", "Keep it implied, Mum doesn't want people at the service talking about it."),
    ],
    [
        ("system", "你是殡仪馆排期助手，可查询预约记录。"),
        ("user", "查一下12月10号有没有一个叫邵文博的预约。"),
        (
            "assistant",
            "查到一条：预约号FZ20251210-0007，逝者邵文博，男，身份证110108197812303511，46岁，思源厅10:30，经办人邵太太，电话186 1039 7752，已付定金2,000元。",
        ),
        ("user", "好，帮我把时间改到11点，并短信通知经办人。"),
        ("assistant", "已改为11:00，通知短信已发送至186 1039 7752。"),
    ],
]
