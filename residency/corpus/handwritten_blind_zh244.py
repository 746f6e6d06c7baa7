# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh244: wedding photography studios in mainland China (packages, photo selection, raw files, client-photo consent, balance-payment disputes, couples' groups). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh244
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "套餐价目表"): _lines("""
        【2027春季婚纱照套餐】经典内景套系 3999元：服装3套（含主纱1套），造型3组，精修照片30张，入册30张，12寸水晶相册1本，24寸放大框1幅，拍摄时长约6小时。
        旅拍套系「三亚·海岸线」12800元/对，含2晚亚龙湾海景酒店，摄影师+化妆师全程跟拍，精修60张，底片全送，不含往返机票，节假日加收800元。
        加选说明：超出套系的精修照片按每张80元计算，入册每版120元；加选满20张赠送7寸摆台1个，加选满40张升级为意大利进口皮质相册。
        门店地址：杭州市西湖区文三路478号华星时代广场A座3楼（地铁2号线学院路站C口），预约热线 400-826-5520，营业时间 10:00-20:00，周二店休。
        汉服古风主题「长安十二时辰」套系 5280元：含唐制齐胸襦裙2套、发髻造型2组，拍摄地横店影视城秦王宫，精修35张，景区门票由客人自理。
        婚礼跟拍（单机位）2980元/场，双机位4680元/场；含当天精修100张，底片48小时内通过网盘交付，超出8小时按每小时300元计费。
        儿童照、孕妇照套系另见价目表B；婚纱照老客户凭合同号（格式如HS-2027-0315）享孕妇照8折，有效期至2027年12月31日。
        定金规则：签约时付定金1000元，拍摄当天付至套系价的50%，取件时付清尾款；定金不退，但可在6个月内免费改期一次，第二次改期收取200元服务费。
        全送底片版：在经典套系基础上+600元，原片以JPG格式交付（约800-1200张），RAW文件另加300元，交付介质为64G品牌U盘。
        价目表统一说明：如需开具增值税普通发票加收3%，增值税专用发票加收6%，开票抬头需与签约单位一致，个人抬头仅可开普票，发票在付清尾款后7个工作日内开具。
        企业联名团拍（20对起）：每对2680元，含集体婚礼合影60寸1幅、每对精修15张，详询企业客户部 0571-8796 3320（工作日9:00-18:00）。
        服装升级：主纱可升级为Pronovias 2026系列（+1800元）或Vera Wang White系列（+2600元），租期仅限拍摄当日，损坏按吊牌价赔偿。
        夜景灯光加拍：外滩/陆家嘴夜景1组+880元，含灯光助理1名、补光设备及外拍交通费，遇雨自动顺延，不另收费；拍摄时间为日落后19:00-21:30。
    """),
    ("zh-Hans", "员工群工作消息"): _lines("""
        @修图组 今天三组外景的原片已经传到NAS的 /2027/03/0315_外景 目录，合同号HS-2027-0315、HS-2027-0316、HS-2027-0319，周五前出初修。
        前台注意：下周六（3月20日）内景棚A、B全部约满，新进的咨询请优先推荐周日或工作日，工作日签约送10张精修，活动截止到本月底。
        化妆部：新到的MAC和阿玛尼粉底各10瓶已入库，领用请在钉钉「物料申领」里走审批，不要直接从仓库拿，月底要盘点，差额从部门物料预算里扣。
        摄影二组明天去西湖外景，天气预报有小雨，记得带两把透明伞和镜头防雨罩，早上6:30门店门口集合，商务车已经订好，早餐在车上解决。
        再强调一遍：所有客片发朋友圈、小红书之前必须确认合同里勾选了「同意用于宣传」，没勾的一律不能发，上个月已经被投诉过一次了。
        选片室2号的显示器校色又偏黄了，已经报修，今天下午的选片先安排在3号房，爱色丽校色仪在店长办公室左边抽屉里，用完记得放回去。
        本月业绩：签约68单，比上月多12单，旅拍套系占比31%；尾款未收齐的合同还有9份，财务明天统一发催款提醒模板，各店按模板发，别自己改措辞。
        修图规范更新：磨皮不要过度，保留皮肤纹理；液化瘦脸幅度不超过5%，背景里的路人一律P掉，细节看共享盘《修图SOP v3.2》。
        网盘交付链接统一改用企业版百度网盘，提取码不要再写在短信里，改为在小程序「我的订单」里查看，有效期30天，过期后客户可在小程序里一键续期。
        三亚旅拍团4月8日出发，机票已经出完，酒店是亚龙湾瑞吉度假酒店，员工两人一间，行程单发在群文件里了，大家自己下载，身份证原件记得带。
        明天上午10点开月度例会，议题：1.尾款纠纷处理流程 2.客片授权书新模板 3.五一档期排班，请各组组长准时参加，会议室在三楼，会后有午餐。
        抖音直播间今晚8点上「520限定套系」链接，库存50单，客服组提前准备好话术，千万别承诺合同外的赠品，所有优惠以直播间页面和合同为准。
        相册工厂反馈，编号ALB-0412到ALB-0420这批相册封面烫金有瑕疵，已安排重做，预计下周三到店，相关客户先别通知取件。
    """),
    ("zh-Hans", "合同条款与法规"): _lines("""
        第七条 肖像使用：未经乙方书面同意，甲方不得将乙方的照片用于门店橱窗、官网、社交媒体等宣传用途；乙方已同意的，可随时书面撤回。
        依据《中华人民共和国民法典》第一千零一十九条，未经肖像权人同意，不得制作、使用、公开肖像权人的肖像，但是法律另有规定的除外。
        《个人信息保护法》第二十八条将生物识别信息列为敏感个人信息；处理敏感个人信息应当取得个人的单独同意，并告知处理的必要性。
        第十二条 原片保存：甲方对原片（含RAW格式）自拍摄之日起保存12个月，期满后不再承担保存义务，乙方可在期满前付费申请延长保存。
        第九条 尾款：乙方应在选片当日付清全部尾款；逾期超过30日的，甲方有权暂缓交付相册及电子档，但不得以此为由删除原片，亦不得另行收取保管费。
        根据《消费者权益保护法》第二十六条，经营者不得以格式条款作出排除或者限制消费者权利、加重消费者责任等对消费者不公平、不合理的规定。
        多地消保委发布的婚纱摄影消费提示指出，「加选照片」「隐形消费」「服装升级」是投诉集中的环节，提醒消费者签约前问清加选单价。
        第十五条 不可抗力：因台风、暴雨等天气原因无法外拍的，双方协商改期，甲方不另收费；如遇政府管控导致无法拍摄，双方可协商解除合同。
        市场监管总局《合同行政监督管理办法》要求，经营者采用格式条款的，应当以单独告知、字体加粗等显著方式提示对方注意免责条款。
        第二十条 争议解决：本合同履行中发生争议的，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼，或向当地消费者协会申请调解。
        附件三《客片宣传授权书》：授权范围 ☐门店展示 ☐官方网站 ☐小红书/抖音账号 ☐平面广告；授权期限自签署之日起24个月。
        第十条 照片交付：精修照片在选片后25个工作日内交付，相册在精修确认后30个工作日内交付；逾期每日按合同总额0.5%支付违约金。
        本合同一式两份，甲乙双方各执一份，自双方签字（盖章）且乙方支付定金之日起生效；合同编号格式为HS-年份-四位流水号，附件与正文具有同等效力。
    """),
    ("zh-Hant", "常見問題"): _lines("""
        Q：香港新人可以到深圳門市拍攝嗎？A：可以，深圳福田門市距福田口岸步行約10分鐘，持回鄉證即可入境，建議預約平日時段，週末檔期通常需提前兩個月。
        Q：底片會全部給我們嗎？A：標準套系只送精修照片，如需全部原片（JPG）需加購「全送底片」方案，RAW檔需另加人民幣300元，以64G USB手指交付。
        Q：可以用FPS轉數快付款嗎？A：深圳門市接受微信支付、支付寶及銀聯；香港客戶可透過FPS付款至公司賬戶，識別碼請向客服索取。
        Q：選片當天需要帶什麼？A：請攜帶合約正本及付款收據，選片約需2至3小時，建議新人雙方一同出席，避免日後對選片有爭議，門市亦提供免費茶點。
        Q：拍攝的照片會被拿去做廣告嗎？A：未經你們書面授權，我們不會將客片用於任何宣傳；授權可隨時撤回，撤回後7日內於所有平台下架。
        Q：颱風天外拍怎麼辦？A：香港天文台發出八號或以上風球、或黑色暴雨警告時，外拍自動改期，不收取任何改期費用，已付訂金全數保留。
        Q：台灣客人可以在台北看樣片嗎？A：台北信義區展示中心（信義路五段7號，台北101旁）每週六開放，需先於官方LINE預約。
        Q：尾款可以分期嗎？A：信用卡可分3期或6期免息（限指定銀行），分期手續費由本公司承擔，詳情請洽門市人員，分期須於選片當日辦理。
        Q：澳門有合作的外景場地嗎？A：有，包括大三巴牌坊、議事亭前地及路環聖方濟各堂，拍攝許可由我們代為申請，費用已含在套系內。
        Q：修圖可以修到什麼程度？A：精修包含膚色、瑕疵、身形微調及背景清理；大幅度改變五官或換臉不在服務範圍內，如有特別要求請於選片時提出。
        Q：相冊寄到香港需要多久？A：經順豐寄出，一般3至5個工作天到達，運費HK$80由客人支付，亦可寄往順豐站或智能櫃自取，寄出後會提供運單號碼。
        Q：客服熱線是多少？A：香港客服WhatsApp +852 5180 2266，內地客服熱線400-818-5207，服務時間每日10:00至21:00。
        Q：可以指定攝影師嗎？A：可以，總監級攝影師加收1,500元，首席攝影師加收800元，指定需於簽約時註明並視乎檔期安排。
    """),
    ("en", "log_lines"): _lines("""
        2027-03-15T09:42:17+08:00 INFO upload.worker job=raw-sync contract=HS-2027-0315 files=1184 bytes=38.6GB dest=nas01:/shoots/2027/03 duration=412s status=ok
        2027-03-15T10:03:55+08:00 WARN gallery.api order=ORD20270315004417 share_link_expired=true ttl_days=30 action=regenerate requested_by=role:frontdesk
        2027-03-15T10:11:02+08:00 ERROR payment.callback provider=wechatpay out_trade_no=WX2027031510110288 code=SIGN_ERROR retry=3/5 next_retry_in=60s
        [retouch-queue] 2027-03-15 11:20:45 batch=RT-0315-07 images=35 assignee_group=retouch-B preset=skin_soft_v3.2 eta=2027-03-20 priority=normal
        2027-03-15 12:00:00 CRON consent.audit scanned=2,341 galleries public=212 missing_consent_form=3 action=unpublish_pending_review
        2027-03-15T13:27:19Z INFO s3.lifecycle bucket=studio-raw-archive rule=expire-after-365d objects_deleted=40,912 freed=1.87TB
        sync.client v2.8.1 (build 4f9c2a1) started on host=select-room-03 os=Windows 11 23H2 cache=D:/SelectCache quota=500GB
        2027-03-15 14:05:33 INFO album.factory po=ALB-0412 status=reprint reason=foil_stamp_defect vendor=factory-dongguan-02 ship_eta=2027-03-24
        2027-03-15T15:48:10+08:00 INFO sf.express waybill=SF1402876531907 event=picked_up origin="Shenzhen Futian" dest="Hong Kong Kwun Tong" weight=2.4kg
        2027-03-15 16:30:02 WARN storage.nas01 volume=/volume2 used=91.3% threshold=90% hint="move shoots older than 2026-09 to cold tier"
        2027-03-15T17:02:44+08:00 INFO selection.session room=2 contract=HS-2027-0298 picked=46 included=30 extra=16 extra_fee_cny=1280.00
        2027-03-15T18:15:09+08:00 ERROR export.lightroom catalog=Wedding2027Q1.lrcat error="preview cache corrupted" recovered=true rebuilt_previews=8204
        2027-03-15 19:00:00 INFO report.daily signed=7 deposits_cny=7000.00 balance_collected_cny=41260.00 disputes_open=2 refunds_pending=0
    """),
    ("mixed", "config_and_code"): _lines("""
        studio.yaml: delivery: {provider: baidu_netdisk_enterprise, link_ttl_days: 30, watermark: "© 花间集婚纱摄影 Sample", max_preview_px: 2048}
        RAW_RETENTION_DAYS=365  # 对应合同第十二条：原片保存12个月，到期前30天自动给客户推送续存提醒
        def extra_fee(picked: int, included: int, unit: float = 80.0) -> float: return max(0, picked - included) * unit  # 加选费用
        CREATE TABLE contract (contract_no VARCHAR(20) PRIMARY KEY, package_code VARCHAR(16), deposit_cny NUMERIC(10,2), balance_due DATE, consent_promo BOOLEAN DEFAULT FALSE);
        consent.json 示例: {"contract_no": "HS-2027-0001", "scope": ["store_display", "xiaohongshu"], "expires": "2029-03-14", "revocable": true}
        # 测试用例 test_extra_fee: assert extra_fee(46, 30) == 1280.0; assert extra_fee(25, 30) == 0  —— 选少了不退钱，跟合同一致
        nginx: location /gallery/ { proxy_pass http://127.0.0.1:8081; client_max_body_size 2048m; }  # 选片小程序大图上传
        CSV表头: contract_no,package_code,shoot_date,studio_branch,picked,included,extra_fee_cny,balance_status,consent_promo
        cron: 0 3 * * * /opt/studio/bin/archive_raw --older-than 365d --dest s3://studio-raw-archive --dry-run=false >> /var/log/archive.log
        const PACKAGES = { CLASSIC: 3999, SANYA_TRAVEL: 12800, HANFU_CHANGAN: 5280, FOLLOW_SINGLE: 2980 } // 价格单位：人民币元
        watermark.py: draw.text((w - 420, h - 80), "花间集 Studio · 样片", font=ImageFont.truetype("SourceHanSans-Bold.otf", 36), fill=(255, 255, 255, 128))
        .env.example: SMS_TEMPLATE_BALANCE=SMS_2770451 ; SMS_SIGN=花间集婚纱 ; WECHAT_MCH_ID=1600000000 ; LOG_LEVEL=info
        git log --oneline: 7c1e9ab fix(selection): 加选超过40张自动升级相册 / 2d4f0e3 feat(consent): 授权撤回后7天内自动下架客片
    """),
    ("zh-Hans", "商家点评"): _lines("""
        花间集婚纱摄影（杭州文三路店）整体体验不错，化妆师手法很轻，服装比较新，就是选片时加选推销有点猛，建议签约前问清楚加选单价。
        给「薇拉摄影工作室」打四星：样片和成片差距不大，修图自然，没有把脸修成网红脸；扣一星是因为相册做了40天才到，比合同写的晚了十天。
        避雷！某连锁婚纱影楼（不点名了）拍摄当天说主纱要升级另加1800元，合同里根本没写，最后投诉到12315才退回来，大家签合同前一定要看清条款。
        金夫人婚纱摄影是老牌子了，这次陪闺蜜去重庆解放碑那家看的，服务流程很成熟，但价格比独立工作室贵三成左右，适合看重品牌和流程的新人。
        「Mr.Lee 旅拍」三亚线性价比高，摄影师会引导动作，一点不尴尬；底片当晚就拷给我们了，没有拿底片卡着要尾款，好评，已推荐给身边朋友。
        大众点评上那家「小王子与玫瑰」主题摄影，布景很童话，适合喜欢法式风格的新人，但停车不方便，建议坐地铁过去，周末人多要提前预约试妆。
        差评：选片室只给两个小时，全程一直催，修图还把背景里的西湖断桥修歪了，反馈三次才重修，客服态度倒是还可以，总体只能给两星。
        维多利亚婚纱（上海静安店）婚纱款式多，Vera Wang和Pronovias都有正品，试纱不收费，但拍摄档期要提前三个月约。
        推荐「阿May的相馆」，小而美的独立工作室，一天只接一对，原片全送还包RAW，适合不想被推销的新人，就是档期很难约，要提前半年。
        拍的是中式秀禾主题，服装是手工苏绣的，造型师对凤冠的佩戴很专业；唯一的问题是棚里空调太冷，建议自带一件外套，中途可以要热水。
        卡门婚纱摄影在长沙五一广场附近，价格透明，明码标价贴在墙上，加选每张60元，比我们之前问的几家都便宜，而且不强制消费，推荐。
        在小红书看到他们家客片才去的，结果发现那组客片是两年前拍的，现在的摄影师风格完全不同，宣传有误导嫌疑，两星，希望商家更新一下样片。
        「老周影像」婚礼跟拍双机位，快剪视频当晚就在婚宴上播放了，宾客反响很好，4680元这个价格很值，强烈推荐给预算有限的新人。
    """),
    ("ms", "iklan_pakej_studio"): _lines("""
        Pakej Pre-Wedding Kuala Lumpur RM4,888: 2 set gaun, 1 lokasi luar (Dataran Merdeka atau Masjid Putra), 40 gambar suntingan, semua fail asal dalam pemacu USB.
        Notis: Studio kami di Jalan Bukit Bintang tutup pada 1 dan 2 Syawal; tempahan baharu boleh dibuat melalui WhatsApp perniagaan +60 3-2145 8870.
        Pakej fotografi perkahwinan Cina: sesi minum teh (tea ceremony) dan majlis resepsi, dua jurugambar, RM6,500, termasuk video highlight 3 minit.
        Bayaran deposit RM500 tidak dikembalikan; baki bayaran mesti dijelaskan 7 hari sebelum tarikh penggambaran melalui FPX atau DuitNow QR perniagaan.
        Gambar pelanggan tidak akan dimuat naik ke Instagram atau Facebook studio tanpa borang kebenaran bertandatangan, selaras dengan Akta Perlindungan Data Peribadi 2010.
        Lokasi popular untuk sesi luar: Bukit Tinggi (Colmar Tropicale), Jeti Pulau Ketam, Taman Botani Putrajaya dan Jambatan Pulau Pinang waktu senja.
        Invois No. INV-KL-2027-0088: Pakej Pre-Wedding Klasik RM4,888.00, tambahan 20 gambar RM800.00, SST 8% RM455.04, jumlah RM6,143.04.
        Soalan Lazim: Berapa lama fail suntingan siap? Biasanya 21 hari bekerja selepas sesi pemilihan gambar; album bercetak mengambil masa tambahan 30 hari.
        Syarikat: Bunga Studio Photography Sdn. Bhd. (No. Pendaftaran 202301045678), Lot 3-12, Wisma Bintang, Jalan Sultan Ismail, 50250 Kuala Lumpur.
        Promosi Hari Kekasih: tempah sebelum 14 Februari dan dapatkan percuma satu sesi bergambar bertema pakaian Nyonya Peranakan di Melaka.
        Kami juga bekerjasama dengan studio rakan kongsi di Guangzhou dan Shenzhen untuk pasangan yang mahu bergambar di tanah besar China; harga dalam RMB.
        Perhatian: hujan lebat pada waktu petang lazim pada bulan November; sesi luar akan dijadualkan semula tanpa caj berdasarkan ramalan MetMalaysia.
        Waktu operasi: Selasa hingga Ahad, 10.00 pagi hingga 8.00 malam; ditutup setiap Isnin kecuali cuti umum. E-mel: hello@bungastudio.com.my
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        客户王思琪（合同HS-2027-0315）选片时加选了26张，尾款2080元至今未付，微信提醒三次都没回，手机139 5714 2086也打不通。
        尾款纠纷登记：刘建国先生，身份证号330106198803152419，称拍摄当天摄影师迟到两小时，拒付剩余尾款4500元，并要求全额退还定金。
        新娘周婷婷已经怀孕四个月了，拍摄时请避开勒腰的款式，主纱换成高腰A字款；她不希望这件事在群里说，大家注意保密。
        陈先生说他和太太正在办离婚，要求把之前拍的婚纱照原片和宣传授权全部撤回，门店橱窗那张他们俩的大图今天必须撤下来。
        快递信息：收件人 赵雅楠，电话 186 0211 7735，地址 上海市闵行区莘庄镇莘建路88弄12号502室，相册一本，顺丰到付。
        新人群里有人问：@小鹿（林晓璐）你们家的照片什么时候能出？我看你朋友圈已经发了预告，新郎好像瘦了好多。
        客片授权表：新郎 何志远，新娘 许佳怡，授权小红书展示但不允许露脸，授权书签字日期2027年3月14日，合同HS-2027-0327。
        摄影师反馈：3月16日外景那对新人，新郎黄磊（不是那个明星）有癫痫病史，拍摄前要确认他带了药，不要安排闪光灯连拍。
        退款申请：申请人 孙悦，开户行 中国建设银行杭州城西支行，账号 6217 0012 3456 7890 123，退还定金1000元，事由：婚期取消。
        阿杰（郑俊杰）用微信号ajie_wedding1990注册了选片小程序，他太太那边的账号还没绑定，合同号HS-2027-0402，选片约在周六下午。
        HS-2027-0417,经典内景,2027-04-17,文三路店,冯凯,13857129904,尾款已结,同意宣传
        前台小美说，那位姓钱的大姐今天又来店里闹了，说我们把她女儿钱多多的婚纱照发到抖音上，她女儿根本没签授权书。
        客户林太（林美华）来电，说老公去年底生意失败欠了三十多万，想把12800元的旅拍套系降级成内景套系，问差价能不能退。
        外景车辆报备：客户自驾，车牌浙A·7K3Q9，车主吴海涛，需提前在西溪湿地周家村停车场登记，预计上午8点到。
        修图备注：新娘叶梓萱右脸有一块烫伤疤痕，她明确要求不要修掉，保持原样，切记不要自作主张给她磨平。
        工资明细：化妆师罗丹丹本月底薪8600元、提成3120元，迟到扣款200元，工资条已发到她邮箱luodd_mua@163.com。
        新人互助群通知：马骁先生反映被冒充本店客服的人骗走尾款2600元，已向西湖区公安分局报案，请大家只认准门店官方收款码。
        婚礼跟拍合同：新郎邓宇航，新娘曹欣然，婚期2027年5月20日；接亲地址 成都市青羊区清江东路222号3栋1单元801（新娘家）。
        谢文斌因为涉嫌诈骗被刑拘了，他和未婚妻那单婚纱照尾款3900元估计收不回来，财务先挂账处理，别在群里议论。
        选片记录：唐诗雨、宋博文夫妇3月15日选片，共选46张，超出套系16张，加选费1280元，已用宋博文名下招商银行信用卡付清。
        孕妇照预约：韩雪，预产期2027年6月8日，二胎，上一胎是剖腹产，拍摄时不要安排下蹲动作，联系电话158 6801 3347。
        海外旅拍签证资料：姓名 GAO MINGYUE 高明月，护照号E83920147，有效期至2031年8月，出生日期1993年6月17日，办理巴厘岛落地签。
    """),
    "zh-Hant": _lines("""
        香港新人陳嘉欣，HKID Y472819(8)，預約4月10日深圳福田門市拍攝，回鄉證號碼H10293847，聯絡WhatsApp +852 6123 4589。
        台灣客戶李冠宇，身分證字號A126845395，相冊寄送地址：台北市大安區復興南路一段390號7樓之2，收件時間限平日晚上。
        客訴記錄：梁太投訴我們把她和先生的婚紗照用喺大灣區廣告牌上，她從未簽署授權書，要求賠償並即時下架。
        澳門客戶何家豪先生的尾款MOP 8,600仍未付清，他說最近失業了，請求分三期付款，經理已同意，首期4月30日前付。
        阿詩（黃詩敏）話佢唔想自己張相出現喺新人群，因為佢前度都喺群入面，麻煩大家唔好轉發。
        收件資料：張偉倫先生，新界沙田第一城32座18樓F室，手提電話9281 4637，相冊兩本，請於週末派送。
        新娘蔡佩珊有嚴重花粉過敏，捧花請改用絲綢仿真花，化妝品需避免含香精的產品，上次試妝後她臉腫了兩天。
        匯款通知：戶名 林志明，中國信託商業銀行 帳號 822-540123456789，已匯入尾款新台幣45,000元，請查收並開立收據。
    """),
    "en": _lines("""
        Client Emily Tan (emily.tan.wedding@gmail.com) asked us to delete all her pre-wedding photos from the studio Instagram after her engagement was called off.
        Balance dispute: Mr. Daniel Wong, contract HS-2027-0288, refuses to pay the remaining CNY 6,200, saying the retouching made his wife look unrecognisable; he threatens to post on Xiaohongshu.
        Shipping label. To: Rachel Lim, Blk 412 Ang Mo Kio Ave 10, #08-1123, Singapore 560412, Tel +65 9134 7720. Contents: 1 wedding album.
        Consent form signed by Jason Chua Wei Ming, NRIC S8834512F: photos may be used in the studio window only, not online or in print ads.
        Note from retoucher: the groom, Kevin Ho, has vitiligo patches on both hands and asked us to leave them exactly as they are.
        booking.csv row: 2027-05-02,Sanya Coastline,Priscilla Ng,+60 12-438 9015,priscilla.ng88@yahoo.com,deposit_paid
        Just FYI, the bride from Saturday's shoot (Vanessa, the one in the red qipao) told me she is on chemo and may need a break every hour.
        2027-03-15T10:22:41+08:00 INFO gallery.share user_phone=+8613967214450 user_name="Huang Xiaoyu" contract=HS-2027-0311 action=download_all
    """),
    "ms": _lines("""
        Pelanggan Nurul Aisyah binti Kamarudin, MyKad 950612-10-5524, tempah pakej pre-wedding Melaka; baki RM2,300 masih belum dibayar.
        Alamat penghantaran album: Encik Hafiz Rahman, No. 27, Jalan SS 2/64, 47300 Petaling Jaya, Selangor, tel 012-377 4821.
        Pengantin lelaki, Amirul, baru keluar hospital selepas pembedahan jantung; sesi luar perlu dipendekkan kepada satu jam sahaja.
        Puan Lim Siew Ling minta gambar perkahwinan keduanya tidak dikongsi dalam kumpulan pasangan kerana bekas suaminya masih dalam kumpulan itu.
        Bayaran balik deposit kepada Tan Mei Kuan, akaun Maybank 1140 2387 6651, jumlah RM500, kerana majlis dibatalkan selepas bapa pengantin meninggal dunia.
    """),
    "mixed": _lines("""
        新人 Jessica Li 李佳琪 WhatsApp 我说 her fiancé 还没 settle 尾款 ¥3,500，叫我们直接 call 他 mobile 135 1098 2764。
        Form 表单提交：name=蒋欣怡, phone=177 2093 5518, wedding_date=2027-10-01, package=三亚旅拍, note=我妈不知道我们拍婚纱照，请不要打家里电话。
        FYI 修图组：Mandy 陈（HS-2027-0330）手臂上的纹身是前男友的名字，she wants it removed in all 30 精修，不要漏。
        Hi 店长，客户 Alan Yip 叶俊朗 的 HKID K318920(1) 拿来做跨境付款 verification，已经 scan 存在 CRM 里了。
        新人群截图：「@Cherry 黎 your wedding photos 好靓！but 你个 baby bump 好明显喔，几个月了？」她本人要求我们删掉这条。
        Reminder：李振华的 salary advance ¥5,000 已批，从下月工资扣；他说屋企阿爸住院急用钱，don't tell the others.
        选片 log: user=chen_xiaoyu_0618, name=陈晓雨, order=ORD20270316008812, addr=深圳市南山区蛇口望海路1088号海上世界双玺2栋1702
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是花间集婚纱摄影的客服助手，负责起草给客户的通知，语气礼貌、简洁，不得威胁客户。",
        ),
        (
            "user",
            "帮我写一条催尾款的短信：客户王浩然先生，合同HS-2027-0288，加选18张共1440元还没付，他电话是137 5810 6623，已经拖了40天。",
        ),
        (
            "assistant",
            "王浩然先生您好，这里是花间集婚纱摄影。您的合同HS-2027-0288选片加选18张，费用共计1440元，目前尚未结清。为不影响相册制作和电子档交付，烦请方便时通过小程序或到店完成付款。如有疑问请回电门店，感谢您的理解！",
        ),
        ("user", "要不要加一句再不付就删原片？"),
        (
            "assistant",
            "不建议。按合同第九条，逾期可以暂缓交付，但不能以删除原片作为手段，否则可能构成违约并引发投诉。可以改为提示：逾期超过30日，相册及电子档将暂缓交付。",
        ),
    ],
    [
        (
            "user",
            "Hi, I'm Grace Teo from Singapore. My husband and I did a pre-wedding shoot with a studio in Shanghai in 2025 and they've put our photos on their Xiaohongshu without asking. Can you help me write a takedown request? My email is grace.teo.sg@gmail.com if they need to reply.",
        ),
        (
            "assistant",
            "Of course. Here's a short, firm request you can send in English and Chinese. Dear Studio Team, I am Grace Teo, a client who had a pre-wedding shoot with you in 2025. I have not given written consent for our photos to be used for promotion. Please remove all posts containing our images from your Xiaohongshu account within 7 days and confirm by email to grace.teo.sg@gmail.com. Under Article 1019 of the PRC Civil Code, use of a person's portrait requires their consent. Thank you.",
        ),
        ("user", "Thanks. Should I also mention our contract number? It's HS-2025-1187."),
        (
            "assistant",
            "Yes, add it near the start so they can find your file quickly: 'our contract number is HS-2025-1187'. Keep screenshots of the posts with dates in case you need to escalate to the platform or a consumer association.",
        ),
    ],
    [
        ("system", "你是一位協助香港客人處理內地婚紗照事宜的助理，使用繁體中文回答。"),
        (
            "user",
            "我叫鄧家樂，合約寫包30張精修，我哋揀咗47張，每張加80蚊人民幣，幾錢？我電話係6734 2918，門市話會打俾我確認。",
        ),
        (
            "assistant",
            "鄧先生你好，超出的張數是47減30，即17張，每張80元人民幣，加選費用合共1,360元人民幣。建議付款前向門市索取加選明細，確認單價與合約一致。",
        ),
        ("user", "可唔可以用FPS俾？"),
        (
            "assistant",
            "要視乎門市有冇香港公司賬戶。如果有，可以用FPS付港幣，但記得問清楚匯率同埋要求對方發收據，收據上要寫明合約號同加選張數。",
        ),
    ],
    [
        (
            "user",
            "帮我把这几行整理成表格，要给修图组排期：HS-2027-0401 何静 15867230914 精修35张；HS-2027-0403 Tommy 吴 tommy.wu@outlook.com 精修30张 客户要求去掉眼袋；HS-2027-0405 白露 精修60张 旅拍",
        ),
        (
            "assistant",
            "整理如下：合同号 | 客户 | 联系方式 | 精修张数 | 备注 ／ HS-2027-0401 | 何静 | 15867230914 | 35 | 无 ／ HS-2027-0403 | Tommy 吴 | tommy.wu@outlook.com | 30 | 去眼袋 ／ HS-2027-0405 | 白露 | 未提供 | 60 | 旅拍 ／ 提醒一下：发给修图组时其实不需要联系方式，建议只保留合同号和修图要求。",
        ),
        ("user", "ok good point，那把联系方式那列删掉再给我一版"),
        (
            "assistant",
            "合同号 | 客户 | 精修张数 | 备注 ／ HS-2027-0401 | 何静 | 35 | 无 ／ HS-2027-0403 | Tommy 吴 | 30 | 去眼袋 ／ HS-2027-0405 | 白露 | 60 | 旅拍",
        ),
    ],
    [
        (
            "user",
            "Saya dan tunang nak buat sesi pre-wedding di studio Guangzhou bulan Oktober. Nama saya Siti Hajar binti Osman, MyKad 960314-08-6652. Studio minta salinan MyKad untuk tempahan, perlu ke?",
        ),
        (
            "assistant",
            "Biasanya studio hanya perlukan nama, nombor telefon dan tarikh penggambaran. Untuk perjalanan ke China anda memerlukan pasport, bukan MyKad. Jika studio berkeras meminta salinan kad pengenalan, tanya tujuannya dan tandakan salinan itu 'untuk tempahan studio sahaja'.",
        ),
        ("user", "Ok. Bayaran baki RMB 6,000, boleh bayar guna kad debit Malaysia?"),
        (
            "assistant",
            "Kebanyakan studio di China menerima Alipay atau WeChat Pay; kedua-duanya kini membenarkan kad Visa atau Mastercard antarabangsa. Semak caj pertukaran bank anda dan minta resit rasmi yang menyatakan nombor kontrak.",
        ),
    ],
    [
        (
            "system",
            "你是门店选片助手。当前客户资料：姓名 苏晴，手机 182 6630 9157，合同 HS-2027-0352，套系 经典内景3999元，含精修30张，已付定金1000元，备注：客户有轻度抑郁，选片时避免催促。",
        ),
        ("user", "客户刚选了38张，还想再加5张，她问总共多少钱。"),
        (
            "assistant",
            "一共43张，比套系多13张，按每张80元计加选费1040元。另外，客户加选已超过20张的门槛还差7张，如果加满20张可以送7寸摆台，可以温和地告诉她，但不要催促。",
        ),
        ("user", "那她尾款一共要付多少？"),
        ("assistant", "套系3999元减已付定金1000元为2999元，再加加选费1040元，合计应付4039元。"),
    ],
    [
        (
            "user",
            "我们在一家影楼拍的婚纱照，合同尾款还有5800元。问题是我老公叫钟明辉，去年网贷欠了十几万，现在被催收天天打电话，影楼说如果不付尾款就不给底片，我们能不能先拿底片再慢慢还？",
        ),
        (
            "assistant",
            "很理解你们的压力。可以先和影楼商量分期付尾款，书面写明每期金额和日期；一般合同约定的是逾期可暂缓交付，影楼没有义务在未付款时交付底片，但不能删除原片。另外，网贷催收如果有骚扰行为，可以向当地金融监管部门或12378投诉。",
        ),
        ("user", "影楼那边的联系人是谁都可以吗？我想用我自己的名字签分期协议，我叫邱雨萱。"),
        (
            "assistant",
            "可以由你以合同一方的身份签署，前提是你在原合同上也是签约人。建议协议里写明：合同编号、剩余尾款5800元、分期安排、付清后交付底片的时间，双方签字并各留一份。",
        ),
    ],
    [
        (
            "user",
            "A client named Sophia Chen left a 1-star review saying our retoucher 'ruined her face'. She shot with us on 2 March, contract HS-2027-0266. Can you draft a polite public reply that doesn't reveal her details?",
        ),
        (
            "assistant",
            "Sure. Suggested public reply: 'Thank you for your feedback, and we're sorry the retouching didn't meet your expectations. We'd like to make this right, including a free re-edit of your selected photos. Please contact our front desk so we can arrange it.' It avoids her name, contract number and shoot date.",
        ),
        ("user", "Nice. And a private message to her?"),
        (
            "assistant",
            "Private message: 'Hi Sophia, this is the studio manager. I've read your review about contract HS-2027-0266 and I'm sorry. Could you mark the photos you're unhappy with? Our senior retoucher will redo them at no charge within 7 working days.'",
        ),
    ],
    [
        ("system", "你是修图顾问，帮助婚纱影楼修图师处理客户的特殊要求。"),
        (
            "user",
            "客户孟佳音胸口有一道心脏手术留下的疤，她说婚纱照里想保留，但她婆婆私下找我们说要修掉，还说别告诉孟佳音。我该听谁的？",
        ),
        (
            "assistant",
            "应当以客户本人的意愿为准。孟佳音是合同当事人，也是肖像权人，她明确要求保留疤痕，就不应按第三方私下要求修改。建议在修图单上书面记录她的要求，如家属有异议，请他们与客户本人沟通。",
        ),
        ("user", "好的，那要不要给她做两个版本？"),
        (
            "assistant",
            "可以主动询问她是否需要一个淡化版作为备选，但默认交付保留原样的版本，并且不要透露家属私下的请求，以免引起家庭矛盾。",
        ),
    ],
    [
        (
            "user",
            "請幫我把這份同意書翻成英文：「本人吳怡君，身分證字號B223058713，同意花間集婚紗攝影將本人婚紗照用於台北展示中心樣片展示，期限兩年。」",
        ),
        (
            "assistant",
            "英文譯文如下：I, Wu Yi-Chun (National ID No. B223058713), consent to Hua Jian Ji Wedding Photography using my wedding photos as sample displays at its Taipei showroom for a period of two years.",
        ),
        ("user", "可以不要寫身分證字號嗎？"),
        (
            "assistant",
            "可以。同意書只要能確認簽署人身分即可，通常以簽名、日期及合約編號代替身分證字號就足夠：I, Wu Yi-Chun, holder of contract HS-2027-0510, consent to the use of my wedding photos as sample displays at the Taipei showroom for two years.",
        ),
        ("user", "謝謝，這樣好多了。"),
        ("assistant", "不客氣！記得在同意書上加上簽名欄、日期，以及可隨時書面撤回同意的說明。"),
    ],
]
