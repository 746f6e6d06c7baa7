# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh293: 简体中文 独立书店与出版社（读者会员、签售会、投稿与版税、作者合同、退稿信、读书会群、图书馆借阅）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh293
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "读者会员须知"): _lines("""
        【会员须知】本店读者会员年费99元，入会即赠帆布袋一只；会员购书享9折，特价书与杂志除外。咨询热线400-820-6617（工作日10:00-18:00）。
        会员积分规则：每消费1元累计1分，500分可兑换20元购书券；积分有效期至次年12月31日，过期自动清零，恕不另行通知。
        先锋书店五台山总店地址：南京市鼓楼区广州路173号，营业时间每日10:00-22:00；会员卡限持卡本人在全国各分店使用，不可转借。
        会员生日月可领取一张8折券及一杯手冲咖啡，请在小程序“我的-卡券”中查看，领取后30天内有效，不可与其他优惠叠加使用，也不可折现或转赠。
        会员卡遗失请携带购书小票到收银台或登录小程序自助挂失，补卡工本费10元；原卡余额与积分将在48小时内转入新卡，期间暂停使用旧卡消费。
        储值卡说明：单笔充值满500元赠50元，充值金额不设找零、不可提现，退卡依据《单用途商业预付卡管理办法》相关条款办理，赠送金额不予退还。
        本店会员系统已于2024年3月升级至v3.2版本，旧版实体卡卡号以“PF”开头的，请于6月30日前到任一门店收银台换领电子会员卡。
        个人信息保护声明：本店仅为履行会员服务收集必要信息，不会向任何第三方出售；如需注销账户，请发送邮件至 member@xfbooks-demo.cn 办理。
        学生会员凭有效学生证可享年费半价（49.5元），每学年需重新认证一次；教师会员另享每月一次免费代订进口原版书服务，代订周期约四至六周。
        会员专享：每月第一个周六为“会员日”，全场新书85折，二楼旧书区满100减20，咖啡区饮品第二杯半价，本活动最终解释权归本店所有。
        线上商城订单满99元包邮（新疆、西藏、港澳台及海外地区除外），默认发中通快递，黑卡会员可免费升级顺丰标快，预售书籍按出版日期统一发货。
        会员等级分为银卡、金卡、黑卡三档，年度累计消费满2000元自动升级金卡，满6000元升级黑卡，次年按实际消费额重新评定。
        温馨提示：本店从未通过电话要求会员提供银行卡验证码，如接到可疑来电请立即挂断，并拨打官方客服025-8668 3311核实。
    """),
    ("zh-Hans", "签售会公告"): _lines("""
        【签售预告】余华新作分享会将于5月18日（周六）14:30在北京单向空间·大悦城店举行，现场限量签名本200册，凭购书小票排队领取签名号。
        刘慈欣《三体》典藏版签售会延期通知：因作者行程调整，原定于6月2日在成都方所的签售活动顺延，已购票读者可在原渠道申请全额退款。
        活动流程：14:00开始入场，14:30嘉宾对谈，15:30读者提问，16:00签售开始；每人限签两本，不签名外带书籍，不提供合影及题字服务。
        本次签售会由上海译文出版社与钟书阁联合主办，报名请扫描海报二维码，名额满500人即止，报名成功以官方短信通知为准，现场不接受临时报名。
        双雪涛、班宇对谈《平原上的摩西》与《冬泳》将于7月6日19:00在沈阳西西弗书店（万象城店）举行，免费入场，座位有限，先到先得。
        签售现场禁止使用闪光灯拍摄作者，请勿携带大件行李；书店二楼设临时寄存处，凭号码牌领取，活动结束后30分钟内请取回物品，贵重物品请勿寄存。
        活动直播：本场对谈将在“理想国imaginist”视频号同步直播，回放保留7天，直播链接将于开播前一小时在官方公众号推送。
        签名本预售说明：线上签名本订单号以QS2024开头，预计活动结束后7个工作日内发货，签名为作者随机签，不接受指定上款，签名本一经售出不退不换。
        台湾作家吴明益《单车失窃记》简体版新书发布会，特邀主持人与作者对谈，地点：上海思南书局（复兴中路517号），入场费30元含饮品一杯。
        马来西亚作家黎紫书将于11月在广州学而优书店举办《流俗地》分享会，本场使用粤语和普通话双语进行，请读者提前20分钟入场。
        特别提醒：签售会当日书店正常营业，活动区域自13:00起封闭布置，届时文学区图书暂停选购，可到三楼临时书架选书，给您带来的不便敬请谅解。
        排队须知：签名号码牌共三色，红色1-100号、黄色101-200号、蓝色201-300号，按颜色分批入场，过号读者需重新排队领号。
        茅盾文学奖得主分享会报名统计：截至3月10日18:00已报名1,286人，超出场地容量，主办方将增设线上观看通道，票价9.9元。
    """),
    ("zh-Hans", "投稿须知与版税条款"): _lines("""
        投稿须知：本社接受长篇小说、非虚构及散文集投稿，请将完整书稿（Word或PDF格式）与不超过1000字的内容简介发送至 tougao@qingyepress-demo.com，邮件主题注明“投稿+书名”。
        编辑部将在收到稿件后90天内回复，逾期未回复可视为未被采用，作者可自行另投他处；本社不退还纸质稿件，请投稿人务必自留底稿及电子备份。
        标准版税条款：纸质书首印版税率为图书定价的8%，累计销量超过3万册的部分提高至10%，电子书按出版社净收入的25%结算。
        版税结算周期为每半年一次，分别于每年3月31日和9月30日前出具销售结算单，付款前由出版社依法代扣代缴个人所得税，结算单可在作者后台下载。
        预付版税（Advance）在合同签订后30日内支付50%，交稿验收合格后支付剩余50%，预付款将从后续应付版税中全额抵扣。
        合同第七条 授权范围：作者授予出版社在中国大陆地区以简体中文出版、发行本作品纸质书及电子书的专有使用权，期限为五年，期满双方可协商续约。
        退稿信模板：感谢您对本社的信任。经编辑部认真审读，您的书稿暂不符合我们今年的出版方向，这并非对作品价值的否定，期待今后有机会再次合作。
        投稿字数要求：长篇小说8万至30万字，短篇小说集不少于6篇且总字数在5万字以上；诗歌投稿请一次不超过30首，并在邮件正文注明已发表篇目的刊物名称。
        本社从不向投稿作者收取审稿费、出版费或书号费，凡以本社名义索取任何费用者均属诈骗，请致电本社办公室010-6523 0870举报。
        翻译稿酬标准：文学类千字80-120元，社科类千字90-150元，按译稿实际字数计算，交稿验收后60日内一次性付清，重印时另付印数稿酬。
        版权页示例：ISBN 978-7-5321-8890-1，定价：68.00元，2024年8月第1版，2024年8月第1次印刷，印数：1-8,000册。
        编辑部选题评审会每月第二个周三召开，初审通过的稿件进入复审，复审意见将以书面形式反馈，整体流程约需6至10周，旺季可能适当延长。
        附件命名规范：书名_笔名_字数_投稿日期.docx，例如“雾中灯塔_笔名_120000_20240315.docx”，请勿使用压缩包或网盘链接。
    """),
    ("zh-Hans", "店员工作群消息"): _lines("""
        @全体成员 今天下午三点有一车新书到货，共42箱，早班同事下班前先别走，帮忙拆箱上架，文学区和社科区优先处理，绘本明天再拆也来得及。
        收银2号机的小票打印机又卡纸了，我已经报修，维修师傅说明天上午到，今天先用1号和3号机结账，高峰期记得开自助收银，大家辛苦一下。
        《我与地坛》纪念版库存只剩3本了，麻烦采购那边尽快补货，最近读书会在读史铁生，来问这本的读者特别多，平装版也顺便补十本吧。
        周末活动区桌椅记得提前一天摆好，签售会用长桌6张、椅子80把，话筒和投影仪在仓库B柜，钥匙在值班台抽屉里，用完记得放回去。
        提醒一下，本月盘点定在28号闭店后进行，预计到晚上十一点结束，夜班补贴按公司标准每人80元，打车票可以报销，发票抬头写公司全称。
        咖啡区的燕麦奶用完了，订货单已经发给供应商，单号PO-20240611-007，预计周四送到，这两天先暂停供应燕麦拿铁。
        刚刚有读者反映二楼儿童绘本区空调太冷，我已经调到了26度，大家巡场的时候留意一下温度，别让小朋友着凉，绘本区的加湿器也记得加水。
        上周会员日销售额统计出来了：总计38,640元，同比增长12%，其中文学类占41%，艺术类占18%，咖啡区营业额也创了新高，谢谢大家辛苦付出！
        新到的一批台版书价格标签贴错了，应该按新台币1:0.23换算，请负责文学区的同事明天开店前重新打印贴好，旧标签撕干净别留胶印。
        下周二全员闭店培训，主题是新版收银系统操作，地点在总部三楼会议室，请各门店店长周五前统计好参训人数，培训当天中午公司统一订餐。
        快递柜今天满了，顺丰揽件时间改到下午四点半，线上订单打包好放在后门货架上，面单统一贴在箱子右上角，易碎的画册记得多包一层气泡膜。
        消防检查周五上午十点到，安全出口前不要堆放纸箱，灭火器点检记录表请贴在仓库门口，过期的那两个已经送去换了，仓库通道也请保持畅通。
        读书会群里有人问下期书目，我已经回复是马伯庸老师的《长安的荔枝》，群公告也更新好了，周六晚七点照常开始，地点还是二楼活动区。
    """),
    ("zh-Hant", "圖書館借閱規則"): _lines("""
        香港公共圖書館讀者證持有人每次最多可借閱8項圖書館資料，借期為14天，可於到期前續借最多5次，惟已被其他讀者預約的資料除外。
        逾期歸還成人圖書館資料，每項每日收取逾期罰款港幣1.5元；兒童資料每項每日港幣0.5元，每項罰款上限為港幣130元，罰款可於任何分館或自助服務站繳付。
        臺北市立圖書館總館地址：臺北市大安區建國南路二段125號，開放時間週二至週六8:30-21:00，週日及週一9:00-17:00。
        預約圖書到館後，系統會以電郵或短訊通知，請於7個開放日內憑證到館取書，逾期未取將自動取消該項預約並記錄一次，一年內累計三次將暫停預約權限。
        電子書借閱服務：每位讀者同時最多可借閱10本電子書，借期21天，到期後系統自動歸還，無需親自到館辦理任何手續，熱門電子書亦可線上排隊預約。
        遺失或損壞圖書須按原價賠償並另付行政處理費港幣30元；如屬絕版書籍，由館方按市場參考價格評定賠償金額，賠償後原書如尋回恕不退款。
        澳門中央圖書館總館位於荷蘭園大馬路89號A-B，查詢電話(853) 2856 7576，逢星期一及公眾假期休館，其餘日子照常開放。
        自助借還機操作步驟：一、放置讀者證於感應區；二、將書本平放於感應板上；三、確認螢幕借閱清單；四、列印或電郵收據；如遇故障，請聯絡服務台職員協助。
        館際互借服務申請費每冊新臺幣50元，處理時間約7至14個工作天，影印文獻每頁新臺幣2元，僅限學術研究用途使用，申請表可於本館網站下載。
        本館自2025年1月1日起實施新版《讀者借閱規則》第12條：兒童讀者證持有人可借閱青少年館藏，首次辦證須由家長或監護人陪同，並出示有效身分證明文件正本。
        國家圖書館（臺北市中山南路20號）善本書室閱覽須事先預約，每次調閱不超過3冊，館內禁止使用原子筆及閃光燈拍照，閱覽時須配戴館方提供的手套。
        書目查詢結果：索書號 857.7 8765 2023，館藏地：總館三樓中文小說區，狀態：在架上，館藏條碼 31110024567890，可預約。
        八號或以上熱帶氣旋警告信號、黑色暴雨警告生效期間，所有公共圖書館暫停開放，期間到期的資料借期將自動順延至恢復開放後的第一個開放日。
    """),
    ("en", "book_product_listing"): _lines("""
        Paperback | The Garden of Evening Mists by Tan Twan Eng | ISBN 978-1-905802-80-7 | 448 pp | RM 59.90 | In stock at Kinokuniya Suria KLCC, Level 4.
        SKU BK-EPG-0231: The Art of Charlie Chan Hock Chye by Sonny Liew, Epigram Books, hardcover, 320 pp, full colour, S$49.90, ships in 1-2 working days.
        Pre-order: Harry Potter and the Philosopher's Stone, illustrated edition with artwork by Jim Kay, ships from 15 Oct, limit 2 per customer, S$69.00 incl. GST.
        Boxed set: Jin Yong's Legends of the Condor Heroes Vols 1-4, translated by Anna Holmwood and Gigi Chang, MacLehose Press, RM 220.00, free tote while stocks last.
        Signed first edition of Ministry of Moral Panic by Amanda Lee Koe, signed by the author at the Singapore Writers Festival, S$32.00, only 6 copies left.
        Used book, condition Good: Norwegian Wood by Haruki Murakami, Vintage 2003, light shelf wear, no highlighting, HK$68, listing ID UB-HK-55821.
        Specs: 234 x 156 mm, weight 612 g, sewn paperback with French flaps, 80gsm book wove paper, printed in Malaysia by Vinlin Press Sdn Bhd.
        The Three-Body Problem by Liu Cixin, translated by Ken Liu, Tor Books paperback, ISBN 978-0-7653-8203-0, HK$128, No. 3 on this week's bestseller table.
        Gift card SKU GC-100-SGD, value S$100, valid 24 months from activation, redeemable in-store and online, not exchangeable for cash or refundable.
        Out of stock: Mrs Dalloway by Virginia Woolf, Penguin Modern Classics, restock ETA 2 weeks; click Notify me to get an email when it is back.
        Tote bag Reading Is Resistance, 100% cotton canvas, 38 x 42 cm, screen-printed in Penang, SKU MERCH-TB-07, S$25.00, machine wash cold.
        Picture book: The Very Hungry Caterpillar by Eric Carle, board book, ages 0-3, RM 39.90, SKU KID-EC-0042, 20% off for club members this month.
        Distributed in Malaysia by Pansing Distribution Sdn Bhd (Co. Reg. No. 197701004325); trade enquiries to sales@pansing-demo.com.my or 03-7956 2012.
    """),
    ("mixed", "pos_log_与配置"): _lines("""
        2024-09-14 15:02:33 INFO [pos-svc] order=SO20240914-00871 store=SH-JA-03 items=3 total=¥186.40 pay=wechat status=PAID 已出票
        2024-09-14 15:05:10 WARN [inventory] ISBN 9787020024759 库存低于阈值 threshold=5 current=2 已自动生成补货单 RO-5521
        config.yaml -> membership: {annual_fee: 99, discount_rate: 0.9, points_per_yuan: 1, expire_month: 12}  # 2024版会员规则，勿改
        CSV header: order_id,isbn,title,author,qty,unit_price,discount,store_code,terminal_id,created_at（导出编码 UTF-8 with BOM）
        [royalty-batch] job=H1-2024 contracts=312 processed=312 failed=0 total_payable=CNY 1,842,730.55 elapsed=48.2s 结算单已生成
        SELECT isbn, title, author, SUM(qty) AS sold FROM sales WHERE store_code='BJ-DC-01' AND sale_date >= '2024-01-01' GROUP BY isbn, title, author ORDER BY sold DESC LIMIT 20;
        2024-10-02T09:11:47+08:00 ERROR [ebook-drm] license_server timeout host=drm.internal.example port=8443 retry=3/5 request_id=7f3a9c1e-22b4-4d0e-9a61-0c5e8b2d4f10
        物流回传 tracking=SF1402938475612 status=已签收 signed_by=快递柜 locker=丰巢-静安寺站-A12 ts=2024-10-03 18:22 门店订单已关闭
        sha256(catalog_2024Q3.csv)=173aee9b4b3aa68bf58533aa8266068912dff2136ce435947889ab9885d3f00d rows=48,215 书目数据校验通过
        library-sync v2.7.1: 已同步首都图书馆馆藏元数据 12,408 条，跳过重复 57 条，MARC 字段 245/260/020 校验全部通过。
        .env.example: SMTP_HOST=smtp.example.com SMTP_USER=noreply@bookstore.example ADMIN_HOTLINE=400-000-0000 DEBUG=false 仅供本地测试
        invoice_no=INV-MY-2024-003318 seller=Lorong Buku Sdn Bhd (SSM 202301012345) SST=8% amount=RM 1,274.00 status=issued 发票已开具
        [event-checkin] event_id=EV-0518-YH seats=200 checked_in=187 no_show=13 queue red=1-100 yellow=101-187 closed_at=16:05 签售结束
    """),
    ("ms", "notis_kedai_buku"): _lines("""
        Notis: Kedai kami akan ditutup pada 31 Ogos sempena Hari Kebangsaan dan akan dibuka semula seperti biasa pada 1 September, jam 10 pagi.
        Ahli kelab pembaca menikmati diskaun 10% untuk semua buku baharu; diskaun ini tidak terpakai untuk majalah, alat tulis dan buku teks sekolah.
        Sesi bual buku bersama Sasterawan Negara A. Samad Said akan diadakan di Dewan Bahasa dan Pustaka, Kuala Lumpur pada 12 Oktober, jam 3 petang.
        Pertanyaan pesanan dalam talian boleh dihantar melalui WhatsApp perniagaan kami di +60 11-5566 2024 (Isnin hingga Jumaat, 9 pagi hingga 6 petang).
        Buku terpakai diterima setiap Sabtu; kami membeli buku dalam keadaan baik pada harga 20% hingga 30% daripada harga asal, tertakluk kepada penilaian kakitangan.
        Pesta Buku Antarabangsa Kuala Lumpur 2024 berlangsung di WTC Kuala Lumpur dari 24 Mei hingga 2 Jun; kunjungi gerai kami di Dewan Tun Razak 2, Lot B-118.
        Harga buku di Sabah dan Sarawak mungkin berbeza; caj penghantaran ke Kota Kinabalu dan Kuching ialah RM12 bagi setiap pesanan di bawah RM150.
        Kelab buku bulan ini membincangkan novel Interlok karya Abdullah Hussain; perjumpaan di tingkat 2 kedai, Sabtu terakhir setiap bulan, jam 4 petang.
        Buku Serambi Sdn. Bhd. (No. Syarikat 201901023456), Lot 12, Jalan Telawi 3, Bangsar Baru, 59100 Kuala Lumpur. Tel kedai: 03-2282 4590.
        Pulangan dan penukaran buku hanya dibenarkan dalam tempoh 7 hari dengan resit asal; buku yang rosak, bertanda atau plastiknya telah dibuka tidak diterima.
        Perpustakaan Negara Malaysia, 232 Jalan Tun Razak, Kuala Lumpur: bilik bacaan umum dibuka Selasa hingga Ahad, 10 pagi hingga 7 malam; tutup pada hari Isnin.
        Baucar Buku Belia boleh ditebus di kedai kami; sila tunjukkan kod QR dari aplikasi semasa pembayaran di kaunter, baki baucar tidak boleh ditunaikan.
        Terbitan baharu ITBM: kumpulan cerpen dwibahasa Melayu-Inggeris, ISBN 978-967-460-712-8, harga RM35.00, kini boleh didapati di semua cawangan MPH dan Popular.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        会员档案：姓名 张晓雯，手机 139 1627 8843，会员卡号 XF-M-0028817，生日 1991-04-22，常住地址 南京市鼓楼区虎踞北路98号5栋302室。
        签售会报名表：王立新，身份证号 320106198807234516，联系电话 186-0213-5579，选择场次 5月18日14:30，同行人数 1 人。
        退稿信抄送：刘佳怡女士，您投稿的长篇小说《南方的雨季》经审读暂不采用，打印稿已按您留的地址寄回：杭州市拱墅区湖墅南路紫荆花园12幢2单元601。
        作者合同 乙方：周建国（笔名“北岸”），身份证号 330105199202113025，开户行 中国工商银行南京新街口支行，账号 6222 0243 0100 5821 337。
        读书会群里的小鹿姐这两周没来，听说她刚确诊乳腺癌在做化疗，大家先别在群里问，私下关心一下就好。
        陈先生上周在店里赊了三套《追忆似水年华》，一共1,260元，说月底发工资再还，到现在还没动静，电话也一直不接。
        快递备注：收件人 李秀芬，13812347765，上海市徐汇区漕溪北路595弄3号1201，工作日白天家里没人，请放门口鞋柜里。
        版税结算单：作者 赵明远，2024年上半年应付版税 42,386.20元，代扣个税 6,781.79元，实付 35,604.41元，收款卡号 6217 0012 3456 7890 123。
        图书馆借阅记录：读者证号 0020418832，借阅人 孙雅婷，逾期书目《抑郁症自救手册》《走出离婚阴影》，逾期 23 天，欠罚款 11.5 元。
        店员老杨的老婆上个月跟他离婚了，孩子判给了女方，他现在情绪很差，排班的时候尽量别给他安排晚班。
        只留了个手机号：15967823104，说是要订二十本《小王子》给学校用，让我们到货后打这个电话找他。
        投稿人 吴昊天，邮箱 wuhaotian1987@163.com，微信号 haotian_writes，稿件《北漂十年》已转给复审编辑，请一周内回复他。
        会员投诉记录：黄女士（会员号 M20230917）称店员在她结账时大声念出她购买的《性传播疾病防治指南》书名，要求书面道歉并赔偿。
        签售会现场走失儿童登记：孩子叫郑可欣，7岁，穿红色羽绒服，家长郑伟，电话 137 7188 2046，已在二楼服务台等候。
        员工档案：何静，入职日期 2021-03-01，月薪 6,800 元，社保基数 5,975 元，紧急联系人 何建华（父亲）158 0109 4432。
        读书会成员林晓峰因为酒驾被拘留十五天，这期的领读人需要换人，群里大家就别再提这件事了。
        作者苏婉的产检报告显示是高危妊娠，她申请把交稿日期从9月推迟到明年3月，合同补充协议请法务部起草。
        车牌 沪A·7K29X 的车主是我们的老顾客冯老师，每周三下午都来，停车券记得给他多开两个小时。
        线上订单 SO20240622-01183：收货人 马丽娜，电话 17710293856，地址 北京市朝阳区望京西园三区314楼2门1102，备注“别按门铃，孩子在睡觉”。
        译者邓博文个税申报信息：身份证号 110108198509307717，本次翻译稿酬 28,400 元，应纳税额按劳务报酬所得计算。
        M0031847,钱小雨,13521886704,1996-11-03,2860,金卡,上海市长宁区愚园路1088弄17号
        2024-08-03 11:42:17 INFO member_login uid=88120 name=高志强 phone=13466120938 ip=112.64.221.37 device=iPhone15 result=success
        被退稿后作者谢雨晴在微博上骂我们编辑，她姐姐私信说她最近双相情感障碍发作住院了，希望我们不要追究。
        读者韩磊还回来的《百年孤独》里夹着一张他的工资条，实发 9,432.60 元，已放在前台失物箱，等他本人来取。
    """),
    "zh-Hant": _lines("""
        會員登記：陳嘉慧小姐，香港身份證 K512837(4)，手提電話 9123 4587，住址 新界沙田禾輋邨豐盛樓 12 樓 1203 室。
        簽書會候補名單：黃志偉 6188 2203；吳美玲 5432 9981；以上兩位如有人取消，請按次序致電通知。
        作者合約 乙方：林彥廷，身分證字號 A227618349，戶籍地址 臺北市大安區和平東路三段221巷7弄5號3樓，匯款帳號 台新銀行 2888-10-0123456-7。
        讀書會的阿芬最近欠了卡債三十多萬，上次聚會還跟好幾個人借錢，大家之後要借給她的話自己小心一點。
        退稿通知副本：謝怡君小姐 yijun.hsieh0412@gmail.com，您的詩集稿件《海岸線以北》暫不採用，原稿將於兩週內寄回。
        澳門讀者何家豪辦理會員卡，澳門居民身份證 5215398(2)，手提電話 6628 7431，希望新書到貨時以短訊通知。
        圖書館備註：讀者證號 HKPL-0041-8823 持有人張偉明，逾期 45 日未還書，他早前申報視力障礙，已為他改借大字版。
        店長說黃太上個月流產之後就一直沒來讀書會，大家在群組裡千萬不要再問她懷孕或者BB的事，讓她好好休息。
        訂單備註：收件人 蔡佩珊，0932-718-406，新北市板橋區文化路一段188巷3號5樓，請下午六點後再送達。
        版稅匯款退回：作者許文彬的玉山銀行帳戶 0989-940-123456 已結清，他說自己正在破產程序中，要求改匯到太太名下帳戶。
        員工請假單：曾淑芬，申請病假三日（2024/11/04-11/06），診斷為憂鬱症復發，已附台大醫院診斷證明書。
    """),
    "en": _lines("""
        Membership form: Rachel Tan Hui Min, NRIC S8834127I, mobile 9178 2364, email rachel.tanhm@gmail.com, Blk 412 Ang Mo Kio Ave 10 #08-1123, Singapore 560412.
        Dear Mr Daniel Koh, thank you for sending us Salt and Monsoon; we are unable to take it on and are returning your manuscript to 27 Jalan Kemuning, 47400 Petaling Jaya.
        Author payee details: Priya Ramasamy, FIN G5281634W, DBS account 027-905813-4, royalty advance S$3,500 to be paid on signing.
        Book club note: Uncle Teo won't be joining for a while, his wife says he has been diagnosed with early dementia, so please don't chase him about the overdue books.
        Hold ready for pickup: borrower Marcus Lim, library card 2002-4418-7763, phone +65 8422 1907, item Living With Type 1 Diabetes, held until Friday.
        Keep this between us: Jason from the Bugis branch told me he owes a loan shark about $12k and asked whether he could get his salary in advance.
        "Lee Wen Jie","wenjie.lee88@outlook.com","+60 16-338 2741","2 seats","vegetarian","signing queue yellow 142"
        Only number she left at the counter was 9736 5182, said to call her when the Murakami preorder arrives.
    """),
    "mixed": _lines("""
        签售会 RSVP：Name: Chloe Wong 黄嘉敏，HKID Y604219(6)，WhatsApp +852 6934 2018，签名上款写 To Chloe，同行 1 人。
        Royalty statement for 作者 Alvin Chua 蔡俊杰：NRIC S9017452E，OCBC a/c 601-234567-001，H1 2024 royalties S$2,184.50，已扣 withholding tax。
        读书会 group 里 Aunty Mei 说她儿子上个月在新山被警察抓了，所以这个星期她 cannot host，聚会改到线上。
        2024-07-11 20:14:05 member_update id=MY-55012 name="Nur Aisyah binti Rahman" mykad=950318-10-5624 phone=+60 12-774 3098 tier=gold
        投稿邮件 from melissa.ong.writes@yahoo.com.sg：Hi 编辑，我是 Melissa Ong，我的 memoir 写的是我和前夫的离婚和 custody battle，附件是 draft。
    """),
    "ms": _lines("""
        Borang keahlian: Nama Muhammad Hafiz bin Ismail, No. MyKad 890725-08-6137, telefon 013-472 8851, alamat No. 23, Jalan Mawar 4, Taman Sri Muda, 40400 Shah Alam, Selangor.
        Kak Suraya dari kelab buku kita baru keluar hospital selepas pembedahan jantung; tolong jangan hubungi dia pasal buku pinjaman yang lewat dulu.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是一家独立书店的会员客服助手，帮助店员撰写通知短信，语气亲切简洁。"),
        (
            "user",
            "帮我写一条短信，通知会员王丽娟（手机13661287705），她预订的《额尔古纳河右岸》已经到店了，请她三天内来取。",
        ),
        (
            "assistant",
            "王丽娟女士您好，您预订的《额尔古纳河右岸》已到店，请于三天内凭会员码到收银台领取，逾期将释放预留。如有疑问请回复本短信。祝阅读愉快！",
        ),
        ("user", "再加一句：会员日当天来取可以叠加85折。"),
        (
            "assistant",
            "王丽娟女士您好，您预订的《额尔古纳河右岸》已到店，请于三天内到收银台领取；若在本周六会员日来取，可享85折优惠。祝阅读愉快！",
        ),
    ],
    [
        (
            "user",
            "我是出版社的编辑，要给投稿作者胡子航写退稿信，他的邮箱是 hzh_writer@126.com，稿子是一部写他父亲尘肺病去世的非虚构。帮我写得温和一点。",
        ),
        (
            "assistant",
            "胡子航先生您好：感谢您把《父亲的矿山》交给我们。书稿中对父亲患病与离世的记录真挚动人，编辑部反复讨论后，认为它与我们今年的选题方向尚不契合，暂时无法出版。这并不代表作品本身的价值，建议您尝试投给专注非虚构的出版机构。再次感谢您的信任。",
        ),
        ("user", "不错，帮我翻译成英文，他也想投海外。"),
        (
            "assistant",
            "Dear Mr Hu Zihang, thank you for entrusting us with My Father's Mine. Your account of your father's illness and death is deeply moving. After careful discussion, we feel it does not fit our list this year, but this is no judgement on its worth, and we encourage you to approach publishers focused on narrative non-fiction.",
        ),
    ],
    [
        (
            "system",
            "你是出版合同审阅助手。当前合同草稿：甲方 青叶文化传媒有限公司；乙方 宋佳琪，身份证号 440304197906142837，住址 深圳市福田区莲花路1088号景田小区6栋1704；版税率 8%，首印 10,000 册。",
        ),
        ("user", "帮我看看版税条款对作者是否公平，首印一万册按定价59元算，作者能拿多少？"),
        (
            "assistant",
            "按8%版税率计算，首印10,000册×59元×8%=47,200元（税前）。这一比例在国内文学类新人作品中属常见水平，但建议为乙方宋佳琪争取阶梯条款，例如累计超过3万册的部分提高到10%，并明确结算周期和对账权利。",
        ),
    ],
    [
        (
            "user",
            "幫我寫一段讀書會群組公告：梁太（電話 9461 2375）這個月做完膝關節手術，暫時不能主持，改由店長代為帶讀《傾城之戀》。",
        ),
        (
            "assistant",
            "各位書友：本月《傾城之戀》讀書會將由店長代為帶讀，時間地點不變。梁太近期需要休養，暫停主持一段時間，大家如想問候，可以私下聯絡她。感謝各位體諒！",
        ),
        ("user", "唔該，另外記得提醒大家帶返上次借嘅書。"),
        (
            "assistant",
            "已補充：請各位書友於本月聚會時帶回上次借閱的圖書，交到店長處登記歸還。多謝合作！",
        ),
    ],
    [
        ("system", "You help a small Singapore bookshop organise event paperwork."),
        (
            "user",
            "Can you turn this into a neat table for our signing night? Tan Wei Ling 9832 1174 two seats; Ahmad Faizal 8127 5530 one seat, wheelchair access; Serene Goh serene.goh@gmail.com one seat.",
        ),
        (
            "assistant",
            "Here you go: | Name | Contact | Seats | Notes | Tan Wei Ling | 9832 1174 | 2 | - | Ahmad Faizal | 8127 5530 | 1 | wheelchair access | Serene Goh | serene.goh@gmail.com | 1 | - |",
        ),
        ("user", "Thanks. Put the wheelchair guest near the front door please."),
        (
            "assistant",
            "Noted: Ahmad Faizal will be seated in row A beside the front entrance, with the aisle kept clear for wheelchair access.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu kewangan untuk sebuah penerbit kecil di Kuala Lumpur. 回答可以用中文或马来文。",
        ),
        (
            "user",
            "帮我算一下作者 Lim Siew Peng 的版税：MyKad 820914-14-5238，Maybank 账户 5140 1234 5678，上半年卖了 3,420 本，定价 RM38，版税率 10%。",
        ),
        (
            "assistant",
            "Pengiraan: 3,420 naskhah × RM38 × 10% = RM12,996.00。版税 RM12,996.00 将汇入 Lim Siew Peng 的 Maybank 账户 5140 1234 5678；请在付款凭证上注明合同编号以便对账。",
        ),
        ("user", "她说今年收入超过了起征点，要不要扣税？"),
        (
            "assistant",
            "如果她是马来西亚税务居民，版税收入应由她本人在年度报税时申报，出版社一般无需预扣；若她是非居民，则需按10%预扣税并向 LHDN 缴交。建议先确认她的税务居民身份。",
        ),
    ],
    [
        (
            "user",
            "我是区图书馆的管理员。有位读者邱振宇，读者证 3101-0087-5521，手机 13917702468，欠了 86 元罚款还弄丢了两本书，打电话他说刚失业没钱赔。怎么处理比较合适？",
        ),
        (
            "assistant",
            "可以考虑：一、按馆规先冻结借阅权限而不是直接追缴；二、向邱先生说明可分期缴纳或以捐赠同等价值图书抵偿；三、如果馆里有困难读者减免政策，请他提交失业证明申请减免。沟通时注意不要在公开场合提及他的经济状况。",
        ),
        ("user", "好的，帮我拟一条短信发给他。"),
        (
            "assistant",
            "邱振宇先生您好，关于您读者证下的逾期罚款与遗失图书，本馆可提供分期缴纳或图书抵偿方式，也可凭相关证明申请减免。方便时请致电图书馆流通部或到馆咨询。",
        ),
    ],
    [
        (
            "user",
            "Hi, I'm Grace Lim, an author with a small press in Penang. My royalties for last year never arrived. My account is CIMB 7012 3344 56 and my IC is 880412-07-5524. Can you help me write a firm but polite email to them?",
        ),
        (
            "assistant",
            "Subject: Outstanding royalty payment for 2023. Dear Editor, I am writing about my 2023 royalties, which I have not yet received. For your records, my payee details are CIMB account 7012 3344 56 under the name Grace Lim. Could you please send the royalty statement and confirm a payment date within 14 days? Thank you.",
        ),
        ("user", "Should I really put my IC number in the email?"),
        (
            "assistant",
            "Better not. Send the IC number only if they ask for it for tax forms, and preferably through a secure channel rather than plain email. The account number is enough for payment.",
        ),
    ],
    [
        ("system", "你是书店店长的助理，协助处理顾客投诉，回复中应复述关键信息以便存档。"),
        (
            "user",
            "今天有个顾客投诉，说店员把她的订书单拍照发到了员工群，单子上有她的名字和电话，怎么处理？",
        ),
        (
            "assistant",
            "存档摘要：投诉人 罗晓燕，电话 18626037719，订购《创伤后应激障碍的认知疗法》两册，订书单照片被店员转发至员工群。建议：立即删除群内照片并截图留证；当面致歉；对涉事店员进行个人信息保护培训。",
        ),
        ("user", "她还说最好不要让别人知道她在看这类书。"),
        (
            "assistant",
            "明白，已在存档中标注：罗女士要求对其购书内容保密，今后她的订单由店长本人处理，不在群内讨论。",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis mesej WhatsApp kepada ahli kelab buku: Encik Roslan bin Hamzah (012-339 4471) tidak dapat hadir sebab isterinya baru bersalin, jadi sesi bulan ini ditangguhkan.",
        ),
        (
            "assistant",
            "Salam semua ahli kelab buku. Sesi perbincangan bulan ini ditangguhkan kerana Encik Roslan, fasilitator kita, baru menimang cahaya mata. Tarikh baharu akan dimaklumkan kemudian. Terima kasih atas pengertian anda.",
        ),
        ("user", "Bagus, tambah juga ucapan tahniah."),
        (
            "assistant",
            "Salam semua ahli kelab buku. Tahniah kepada Encik Roslan dan isteri atas kelahiran cahaya mata! Sesi bulan ini ditangguhkan dan tarikh baharu akan dimaklumkan kemudian. Terima kasih.",
        ),
    ],
]
