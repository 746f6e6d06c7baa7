# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh265: 简体中文 城中村出租屋与二房东（租客微信群、水电分摊、押金纠纷、消防检查、居住登记、退租交接）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh265
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "公寓管家工作群"): _lines("""
        【A栋管家】今天下午2点到5点塘头片区整片停水，水务公司说是主管道检修，大家在各自负责的租客群里提前发通知，提醒租客中午前储好水。
        前台：工单WX20261203-0417已派给维修组，302房热水器打不着火，配件型号JSQ23-12HP5，库房还剩两台，今天下班前能换完。
        财务提醒：11月电费已按供电局账单核对完，总表读数48213度，分表合计46977度，公摊损耗1236度按房间面积分摊，明细表已传群文件。
        周五街道来做消防专项检查，每层灭火器压力表指针必须在绿区，过期的统一换成MFZ/ABC4型，采购单号PO-2612-088已提交，预计周四到货。
        提醒各位管家：退租验房一律按《退房交接清单V3.2》逐项拍照，照片上传到系统对应房间编号下，不要只存在自己手机里，免得押金有争议时找不到证据。
        新版门禁系统下周一上线，旧卡全部失效，各楼栋前台先来办公室领空白IC卡，每栋50张，发卡流程见钉钉知识库“门禁-发卡SOP”第4节。
        今天12345转来一张工单（编号GD2612070031），反映B栋楼道里有电动车充电，请B栋管家今晚下班前去现场看一下，拍照后回复社区网格站。
        空调清洗团购已经谈好了，挂机每台68元，柜机每台120元，12月15日前在表格里报数量，师傅按楼层统一上门，不单独约时间。
        系统里有6间房合同已到期、没续签也没办退租，状态还显示“在租”，请各楼栋核对后改成“待确认”，月底财务要结账出报表，别漏了。
        本月房态：A栋空置3间、B栋空置5间、C栋满租，整体出租率94.2%，比上月高1.6个百分点，年底前争取把B栋的空房租出去，大家辛苦。
        注意：居住登记现在统一走线上申报，新租客入住后请提醒他们自己扫楼栋门口的二维码登记，前台一律不再代收、代存任何证件复印件。
        下周二上午物业公司来换楼道感烟探测器，型号JTY-GD-G3，每层两个，各栋管家九点前把天台门和配电房的钥匙放到前台钥匙柜里。
        宽带合作方换成电信了，300M包年1080元，报装热线10000，各位在租客群里转发公司统一做的资费海报，不要自己口头报价格。
    """),
    ("zh-Hans", "消防检查通报"): _lines("""
        沙河街道办事处关于开展出租屋消防安全专项整治的通告：自2026年12月1日起至2027年1月31日，对辖区城中村出租屋逐栋开展检查，重点查处电动自行车入户充电、仓库违规住人等问题。
        检查发现：某出租屋三楼楼梯间堆放纸箱及废旧床垫，占用疏散通道，已当场责令整改，限24小时内清理完毕，逾期未改的将依据《中华人民共和国消防法》有关规定予以处罚。
        按照出租屋消防安全管理要求，四层以上出租屋每层应配置不少于2具4公斤ABC干粉灭火器，每个房间应安装独立式感烟火灾探测报警器，并保持电池有效。
        发生火灾请立即拨打119；发现消防安全隐患可拨打12345政务服务便民热线，或通过“深圳消防”微信公众号在线举报，经查实的按规定给予奖励。
        本轮检查共排查出租屋1,284栋，发现隐患3,176处，已整改2,905处，整改率91.5%，对拒不整改的37栋出租屋已移交街道综合行政执法队立案查处。
        电动自行车应在集中充电场所充电，严禁“飞线充电”及将电池带入房间充电，出租屋管理人发现后应及时劝阻并报告社区，屡教不改的依法处理。
        情况通报：11月28日凌晨，福田区某城中村一出租屋因电动自行车电池热失控起火，过火面积约15平方米，无人员伤亡，起火原因已初步查明。
        检查表字段：楼栋编码｜楼层数｜房间数｜灭火器数量｜感烟探测器数量｜逃生窗（是/否）｜防盗网逃生口｜疏散楼梯数｜检查日期｜整改期限｜复查结果
        出租屋窗户安装防盗网的，须预留不小于0.8米×1米的逃生口并能从内部开启，逃生口不得上锁或用杂物遮挡，检查时现场测试开启情况。
        消防救援部门提醒：冬季使用电暖器、“小太阳”等取暖设备时应远离床铺、窗帘等可燃物，人员离开房间或睡觉前务必断电，切勿长时间无人看管。
        本次检查由街道安全生产监督管理办公室、派出所社区警务室、社区工作站联合开展，检查人员均出示执法证件，全程不收费，请勿相信借检查之名推销灭火器的人员。
        整改复查安排：12月10日上午复查一巷至三巷，12月11日上午复查四巷至七巷，请各出租屋业主或委托管理人提前打开公共区域门锁，并在现场配合。
        南山区消防救援大队沙河中队开放日：每月第一个周六9:00-11:30，地址为沙河街道辖区消防站，现场可学习灭火器和逃生面罩的使用方法。
    """),
    ("zh-Hans", "居住登记办事指南"): _lines("""
        问：租住城中村出租屋需要办理居住登记吗？答：需要。依照《居住证暂行条例》，公民离开常住户口所在地到其他城市居住半年以上，符合条件的可以申领居住证。
        问：二房东转租的房子，出租屋编码从哪里查？答：每栋出租屋门口都贴有出租屋编码二维码标牌，扫码即可识别，标牌缺失的可向社区工作站申请补贴。
        办理居住证需准备：居民身份证原件、近期免冠证件照电子版（白底、358×441像素）、居住地证明材料（租赁合同或住宿登记回执），全部可线上提交。
        市民中心政务服务大厅办理时间为工作日9:00-12:00、14:00-18:00，周六上午仅办理部分业务，节假日休息，咨询可拨打12345政务服务便民热线。
        问：租赁合同需要备案吗？答：住房租赁合同可以通过当地住房租赁监管服务平台办理网签备案，备案后可用于办理居住证、子女入学积分等相关事项。
        广州市来穗人员服务管理局提示：来穗人员在出租屋居住的，应当按规定及时申报居住登记，可通过“穗好办”APP或就近的来穗人员服务管理站办理。
        问：居住证要签注吗？答：居住证每年签注一次，持证人应在有效期满前一个月内办理签注，逾期未签注的，居住年限自重新签注之日起连续计算。
        北京市流动人口可通过“北京通”APP或者所在社区居委会申报居住登记，房屋出租人应当在租住人员入住后按规定报送相关登记信息，不得收取额外费用。
        常见驳回原因：照片背景不是纯白色、合同里没写明房屋具体门牌、证件图片模糊或反光，请按页面提示修改后重新提交，审核时限一般为5个工作日。
        问：香港、澳门、台湾居民能在内地办理居住证吗？答：可以。根据《港澳台居民居住证申领发放办法》，在内地居住半年以上并符合条件之一的可以申领。
        表单填写说明：“证件号码”一栏填写18位公民身份号码，末位为X的请输入大写字母；“居住事由”请从务工、经商、就学、投靠亲属中选择一项。
        各派出所户籍窗口周六上午开放半天，法定节假日除外，具体时间以派出所门口公示牌为准，需要现场办理的建议先通过小程序预约取号再前往。
        温馨提示：居住登记和居住证办理均不收取任何费用，凡以“代办加急”“包过”等名义收费的均涉嫌违法，可拨打110或向辖区派出所举报。
    """),
    ("zh-Hant", "劏房規例與租務新聞"): _lines("""
        《簡樸房條例》規定分間單位須符合最低面積8平方米，並具備窗戶、獨立廁所及符合標準的消防設施，業主須在過渡期內為單位申請認證。
        房屋局局長何永賢表示，政府會循序漸進取締不合標準的劏房，同時為受影響住戶提供過渡性房屋及公屋申請等支援，確保無人因執法而露宿街頭。
        差餉物業估價署租務管制查詢熱線：2152 2152；租務諮詢服務處設於九龍長沙灣道303號長沙灣政府合署15樓，辦公時間星期一至五上午九時至下午五時。
        《業主與租客（綜合）條例》第IVA部訂明，規管租賃租期為兩年，租戶享有一次續租權，續期租金加幅不得超過差估署租金指數變動與10%兩者之較低者。
        根據現行規定，業主向劏房租戶收取的水費和電費只可按水務署及電力公司的實際收費分攤，不得附加任何手續費或管理費，違者可被檢控。
        澳門房屋局提醒市民，房屋租賃合同須以書面訂立並經公證或認證簽名，如對租務有疑問可親臨房屋局大樓詢問處，或瀏覽房屋局網站查閱相關資料。
        台灣內政部提醒，租屋時可參考「住宅租賃契約書範本」，押金最高不得超過兩個月租金總額，房東應於租期屆滿、房客返還房屋時一併返還押金。
        消防處提醒劏房住戶切勿在公用走廊堆放雜物，每個單位應裝設煙霧警報器，如發現大廈內有火警危險，可致電消防處投訴熱線2723 8787舉報。
        屋宇署表示，部分分間單位工程涉及拆改結構牆或加建廁所，可能屬違例建築工程，市民如發現可疑工程，可透過1823政府熱線向屋宇署舉報。
        關愛基金「為低收入劏房住戶提供一次性生活津貼」項目接受申請，合資格住戶須居於非公營劏房並符合入息及資產限額，詳情可致電項目熱線查詢。
        據2021年人口普查資料，全港約有22萬人居住於分間樓宇單位，當中不少集中在深水埗、油尖旺及九龍城等舊區，人均居住面積明顯低於全港中位數。
        差估署網站 www.rvd.gov.hk 已上載最新版《規管租賃指南》及表格AR2（新租賃通知書），業主須於租期開始後60日內遞交，逾期可被罰款。
        社區組織在深水埗北河街設立劏房租務諮詢站，逢星期三晚上七時至九時開放，義務律師會解答按金、加租及迫遷等問題，毋須預約，費用全免。
    """),
    ("en", "rental_system_logs_config"): _lines("""
        2026-12-07T08:14:22+08:00 INFO meter-sync: building=BSZ-A floor=3 meter_id=EM-0302 kwh_reading=18452.6 delta=212.4 source=modbus-gw-02
        2026-12-07T08:14:23+08:00 WARN meter-sync: meter_id=WM-0507 reading went backwards (3321.8 -> 3318.2), flagged for manual check, ticket=MT-77120
        billing.yaml: electricity_rate_cny_per_kwh: 1.20, water_rate_cny_per_ton: 5.80, shared_loss_policy: by_area, rounding: half_up, currency: CNY
        CSV header: room_no,lease_start,lease_end,monthly_rent,deposit_months,elec_start,elec_end,water_start,water_end,shared_fee,status
        2026-12-01T02:00:07Z ERROR invoice-gen: INV-2026-11-000348 failed PDF render (template v2.7.1 missing field shared_fee); retry 3/3 exhausted
        const DEFAULT_DEPOSIT_MONTHS = 2; // matches the common "two months deposit, one month rent" practice; override with env RENT_DEPOSIT_MONTHS
        Release notes v4.12.0: added fire-inspection checklist module, fixed rounding bug in water bill split (#1183), bumped wechatpay SDK to 3.0.10.
        docker-compose: image ghcr.io/example/rentdesk-api:4.12.0, ports 8080:8080, env TZ=Asia/Shanghai, DB_URL=postgres://app:changeme@db:5432/rentdesk
        tests/fixtures/tenant.json: {"tenant_name": "TEST_TENANT_001", "phone": "00000000000", "id_no": "000000000000000000", "room": "X-000"}
        sha256(contract_template_v3.pdf)=9f2c4e8a1b7d03f65e2a9c41d8b07f3e6a15c9d2e48b7013fa6c2d95e81b4a07 uploaded by service account svc-docs
        GET /api/v2/rooms?building=BSZ-C&status=vacant 200 18ms rooms=5 cache=hit request_id=req_8f3a21c7e9 user_agent=rentdesk-admin/4.12.0
        crontab: 0 2 1 * * generate_monthly_bills; 30 9 25 * * send_rent_reminders; 0 3 * * 0 backup_db --retain 8; 15 8 * * * sync_meters
        Shipment: 48 units smoke detector JTY-GD-G3 via SF Express, waybill SF1428837760215, PO-2612-088, ETA 2026-12-09, receiving dock: building office
    """),
    ("mixed", "水电分摊价目与账单"): _lines("""
        【水电收费标准 Utility Rates】电费 Electricity 1.2元/度（含公摊）；水费 Water 6元/吨；管理费 Mgmt fee 50元/月/间；网费 Wi-Fi 100M 30元/月
        Shenzhen residential tiered tariff 居民阶梯电价: Tier 1 第一档 ≤260 kWh/月 0.68元/度; Tier 2 第二档 261-600 kWh 0.73元/度; Tier 3 第三档 >600 kWh 0.98元/度
        转供电 rule: 二房东作为转供电主体 may only pass through the grid tariff plus reasonable loss, 不得加价 no markup; 投诉 call 12345 or 能源监管热线 12398
        分摊公式 Split formula: 公摊电量 shared = 总表 master − Σ分表 sub-meters; 每间 per room = shared × (room area / total area), e.g. 1236 × 18/620 = 35.9 kWh
        收据 Receipt No. SD-202611-0087 | Period 2026-11-01 ~ 2026-11-30 | 电 Elec 212度 × 1.2 = 254.40 | 水 Water 3.6吨 × 6 = 21.60 | 合计 Total ¥276.00
        劏房收費表 Rate card: 電費 HK$1.6/度（按中電單據平均價分攤，不加價）| 水費按水務署單據實數 | 寬頻 Broadband HK$120/月 500M | 按金 2 months
        Singapore room rental: utilities capped at S$80/month per common room, excess split equally; SP Group customer hotline 1800 222 2333 for meter queries
        TNB bil dikongsi 共享电费: total RM 312.40 ÷ 6 bilik = RM 52.07 per room; Air Selangor RM 45.20 ÷ 6 = RM 7.53; 请在 7号 before 7th pay
        电动车充电桩 EV-bike charging: 1元/4小时 per 4 hours or 包月 monthly 35元, 微信/支付宝扫码 scan to pay, 运营商客服 operator hotline 400-833-0917
        FAQ: 为什么我的 share 比别人多? Why is my share higher? 公摊按面积 by floor area, not per head; 大房 22㎡ vs 小房 12㎡, so 多分 about 83%.
        宽带 Broadband: 中国电信 300M 包年 1080元 ÷ 12 = 90元/月, 6间共享 shared by 6 rooms = 15元/room/month, router SN on back label
        抄表规则 Meter photo rule: 每月1日 9:00 前拍照上传 upload meter photos before 9am on the 1st; 读数取整数 integer only, 不足1度舍去 round down
        燃气 Gas: 管道燃气 piped gas 3.5元/m³, 瓶装气 LPG 15kg cylinder 130元/瓶 incl. delivery, 严禁 no cylinders above 3rd floor per fire rules
    """),
    ("ms", "notis_bilik_sewa"): _lines("""
        NOTIS KEPADA SEMUA PENYEWA: Bekalan air akan terputus pada 12 Disember 2026 dari 9 pagi hingga 5 petang kerana kerja penyelenggaraan paip oleh Air Selangor.
        Peraturan rumah: Dilarang mengecas basikal elektrik atau skuter di dalam bilik. Sila gunakan tempat mengecas di tingkat bawah. Pelanggaran akan didenda RM50.
        Bil elektrik TNB bulan November berjumlah RM 418.60 dan dibahagi sama rata kepada 7 bilik, iaitu RM 59.80 setiap bilik. Sila bayar sebelum 7 haribulan.
        Deposit: 2 bulan sewa + 1 bulan deposit utiliti. Deposit dipulangkan dalam tempoh 14 hari selepas penyewa keluar dan pemeriksaan bilik selesai.
        Pemeriksaan keselamatan kebakaran oleh Jabatan Bomba dan Penyelamat Malaysia akan diadakan pada 15 Disember. Jangan alihkan alat pemadam api. Kecemasan: 999.
        Bilik untuk disewa di Taman Connaught, Cheras: bilik master RM 750, bilik sederhana RM 550, termasuk Wi-Fi dan air. Talian pejabat ejen 03-9132 4470.
        Mulai Januari 2027, semua penyewa baharu wajib mendaftar melalui aplikasi pengurusan bangunan sebelum kad akses diaktifkan oleh pejabat pengurusan.
        Sampah dikutip oleh Alam Flora setiap Isnin, Rabu dan Jumaat. Sila asingkan bahan kitar semula dan jangan letak beg sampah di koridor.
        Dobi layan diri Ah Seng Laundry di tingkat bawah dibuka 24 jam: RM 5 untuk basuh, RM 5 untuk kering 30 minit, bayaran melalui QR atau syiling.
        Kementerian Perumahan dan Kerajaan Tempatan (KPKT) sedang menggubal Akta Sewaan Kediaman untuk melindungi hak pemilik rumah dan penyewa.
        Pertikaian deposit boleh difailkan di Mahkamah Tuntutan Kecil untuk tuntutan tidak melebihi RM 5,000, dan pihak-pihak tidak perlu melantik peguam.
        Notis keluar: Penyewa yang ingin berpindah mesti memberi notis bertulis sekurang-kurangnya 30 hari lebih awal kepada pejabat, jika tidak deposit sebulan dilucut.
        Resit No. RS-2611-0042: sewa bilik Disember RM 600.00, utiliti RM 59.80, jumlah RM 659.80, dibayar melalui DuitNow QR kepada Hartanah Maju Jaya Sdn Bhd (201901012345).
    """),
    ("zh-Hans", "城中村商户点评"): _lines("""
        【点评】岗厦村口那家“老王开锁换锁”，半夜十二点打店里电话二十分钟就到了，换一个C级锁芯收180，店门口贴着公安备案号，比网上叫的靠谱。
        “张记沙县小吃”石牌村东门那家，拌面加扁食12块，出餐快，出租屋楼下就是，就是周末晚上人多要排队，外卖高峰期经常显示暂停接单。
        蚂蚁搬家小面包车起步价158元，5公里内不加价，楼梯费每层20元，城中村的握手楼都没电梯，下单时一定要提前写清楚楼层和巷子宽度。
        泊寓大学城店：房间20平，月租2680，押一付一，水电按民用价收，管家回消息快，健身房和洗衣房免费，缺点是离地铁站要走十五分钟。
        村里新开的“刘一手火锅”味道一般，但是店门口就是集中充电棚，吃完饭顺便把电动车电池充上，服务员说充电棚是街道统一建的，扫码付费。
        冰箱坏了打美的官方售后400-889-9315，报了机型和购买日期，第二天上午师傅就上门了，压缩机还在保修期内，只收了上门费。
        “陈氏五金”在冼村市场二楼，灭火器、烟感、插排都有卖，4公斤干粉灭火器85一个，老板会教你看压力表，还能开发票给二房东报账。
        “阿强二手家电回收”店面在三元里大道，退租时上门收了冰箱和洗衣机，两件给了260块，当场扫码付款，不压价，推荐给要退租的朋友。
        自如友家合租：服务费按年租金的10%收，保洁每月两次，但空调坏了报修等了四天，打客服电话400-100-1111才说给加急，体验一般。
        菜鸟驿站（白石洲塘头店）营业到晚上9点，取件码发短信，超过3天每件每天收0.5元保管费，双十一期间排队能一直排到巷子口。
        村口“小明图文”复印一张A4黑白0.5元、彩色2元，打印租房合同很方便，老板还会帮你把合同扫描成PDF发邮箱，就是电脑有点旧。
        链家梅林店的中介带看很专业，但中介费收一个月房租，而且城中村的农民房基本不在他们系统里，找这类房子还是得看墙上的招租广告。
        在万师傅平台下单修马桶，上门费30元，换进水阀配件45元，平台担保付款，订单号WSF20261205338712可以随时查进度，售后30天。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        【租客群】@王志刚 你302房上个月电费还没交，212度×1.2=254.4元，今晚之前转给我，不然明天物业那边真要拉闸了啊。
        登记信息：姓名 刘春燕，身份证号 430528199507212833，户籍湖南省邵阳市，入住白石洲塘头一坊17号502房，手机 139 2871 4406。
        二房东群公告：B栋601的周海涛已经欠了三个月房租共7500元，电话一直打不通，押金抵扣后还差4500，明天上午开门清点他的物品，大家知悉。
        508房那个送外卖的阿彬昨天把电动车推上楼充电，被消防检查当场查到，街道说要罚他500，他跟我说这个月工资还没发实在拿不出来。
        陈姐，我是403的小吴，我老婆怀孕七个月了，下个月要回老家待产，想问能不能先把押金退一半给我们，剩下的等交房再结。
        退租交接单｜房号：C栋205｜租客：黄嘉怡｜退租日期：2026-12-05｜电表止数：8841｜水表止数：362｜钥匙2把已收｜押金2400元扣墙面修补300元，退2100元至建行卡 6217 0033 2018 4457 921。
        林太上周跟二房东吵起来了，因为她儿子在房间抽烟把烟感弄响了，整栋楼都听见，她说老公刚被公司裁员，房租想缓两个星期。
        居住登记回执：登记人 马晓东，证件号码 440304199208153212，居住地址 广州市天河区石牌村东八巷9号301，登记日期 2026年11月30日。
        房东老郑的手机换号了，新号码 186 8832 0715，以后交租直接打这个，微信也是这个号，旧号码别再打了。
        我是702的韦小梅，在工业园厂里上班一个月到手才4800，房租1500实在太贵了，能不能让我换到一楼那个小单间？
        押金纠纷调解记录：申请人 蒋文涛（租客），被申请人 何国强（二房东），争议金额押金3000元，争议原因为退租时床垫污损，调解日期2026年12月6日。
        临时车位登记：粤B·6K29Q 白色比亚迪秦，车主 张先生，租住A栋806，联系电话 137 2409 8851，登记有效期至12月31日。
        租客台账导出：房号 305，姓名 谭丽娟，手机号 15017624483，身份证 421127198803095615，入住日期 2026-03-15，月租 1350，押二付一。
        【租客群】谁看到506的小李了？他三天没回来了，他妈从老家打电话给我，说他有抑郁症一直在吃药，大家有消息赶紧告诉我一声。
        转账备注：潘永福 交12月房租加水电共1536元，付款账户 招商银行 6225 8802 1734 9960，请房东查收后在群里回个收到。
        听说二房东黄伟明因为无证转租被街道罚款，上个月还因为拖欠供电费用被起诉了，案号（2026）粤0305民初18823号，大家押金小心点。
        退租那天押金到现在还没退，请房东尽快联系我 159 1866 3072，微信同号，已经等了二十天了，再不退我就去街道投诉。
        门禁日志 2026-12-03 21:47:09 刷卡 卡号0012845537 持卡人 邓美玲 房号B-407 方向 进入 设备 B栋东门读卡器
        消防检查记录：C栋三楼309住户罗建华私拉电线给电动车充电，已当面告知整改，本人签字确认，联系电话 133 1628 4097。
        四楼那个刚离婚、自己带两个孩子的赵女士，前夫这几天天天来楼下闹，说要把孩子抢回去，我们要不要帮她报警？
        快递面单：收件人 孙*然，电话 138****6672，地址 深圳市南山区白石洲沙河新村五坊23号602，备注 放门口不要敲门。
        租赁合同：甲方（出租方）钟振华，身份证号 360731197604120035；乙方（承租方）覃海燕，身份证号 452622199911021548；房屋地址：深圳市福田区水围村28栋1103房。
        老乡群里说杨建军在工地上摔伤了腰，现在住在南山医院骨科，他租的那间房这个月房租能不能先免了，等他出院再说。
        我把退租那天拍的照片都发你邮箱了，你看看 liuyanqing1993@163.com 发过来的有没有收到，押金麻烦尽快退。
    """),
    "zh-Hant": _lines("""
        深水埗劏房租客陳志偉，香港身份證號碼 K815263(2)，租住福榮街一幢唐樓5樓B室，月租港幣4,800元，已拖欠兩個月租金。
        阿芬話佢老公上個月中風入咗明愛醫院，而家冇收入交唔到租，問業主可唔可以俾多兩個禮拜時間。
        業主梁太嘅電話係 6178 3402，退按金同埋扣幾多錢嘅事你直接同佢傾，唔好再搵中介。
        台北租屋糾紛：房東林國榮（身分證字號 F128374616）要求三個月押金，超過法定兩個月上限，房客已向市政府地政局申訴。
        澳門租客資料：姓名 何嘉豪，澳門居民身份證 5215302(3)，住址 澳門祐漢新村第六座8樓D，月租澳門幣5,500元。
        租約附件：承租人 吳美華，聯絡電話 +852 9321 5087，電郵 mwoo.hk88@gmail.com，租期2026年1月1日至2027年12月31日。
        台中租屋群：306室的小陳上週被公司資遣了，說這個月房租六千五要晚幾天付，他的手機是0932-518-774，有事直接打給他。
        屋苑保安記錄：車牌 VN 2873 之私家車屬1座12樓C室住戶李先生所有，本月已在消防通道違例停泊三次。
    """),
    "en": _lines("""
        Tenant record: Rajesh Kumar, FIN G5123456T, room 3 at Blk 45 Geylang Bahru #08-12, Singapore 330045, rent S$900/month, work permit expires 2027-03-31.
        Hi, this is Mei Ling from the small room. My biopsy came back positive and I start chemo next month, can I end the lease early without losing my deposit?
        Deposit dispute: sub-tenant Daniel Tan Wei Jie (NRIC S8934521I) says the master tenant withheld his S$1,800 deposit over a stained mattress.
        Please send my deposit refund to DBS account 072-345678-9, account name Ong Siew Hoon, I moved out on 30 Nov and returned both keys.
        Call me on +65 9187 2264 if the aircon technician turns up before 6pm, I will come back from work to open the door.
        move_out 2026-12-05 14:32 room=B2 tenant="Kevin Ho" phone=+852 5432 1876 keys_returned=2 damage="cracked mirror" deduction=HKD300
    """),
    "ms": _lines("""
        Penyewa bilik 4, Encik Mohd Faizal bin Rahman (No. KP 900312-10-5587), belum bayar sewa RM 600 untuk bulan November.
        Kak Ros tingkat atas baru keluar hospital sebab sakit buah pinggang, dia minta tangguh bayar bil elektrik minggu ni, dia kena buat dialisis.
        Nombor telefon tuan rumah yang baru: 012-387 6654, WhatsApp je kalau ada masalah paip atau lampu rosak.
        Kereta Perodua Myvi putih WXY 4521 milik penyewa Nurul Aina binti Hassan diletak di petak pelawat tiga hari berturut-turut, sila alihkan.
        Tolong pulangkan deposit saya RM 1,200 ke akaun Maybank 1640 2218 7753 atas nama Lim Chee Keong, saya sudah keluar pada 30 November.
        Alamat surat-menyurat penyewa Tan Ah Kow: No. 17, Jalan SS 2/55, 47300 Petaling Jaya, Selangor, e-mel tanahkow.pj@yahoo.com.
    """),
    "mixed": _lines("""
        @阿辉 your 电费 this month is RM 78.50, 快点 transfer 到我的 Maybank, 不然 next week cut 你房间的 aircon 啊.
        Tenant 黄志明 (Wong Chee Meng), MyKad 880705-14-6231, 住 Room 2, 欠 rent 两个月 total RM 1,300, 已经 WhatsApp 他三次没回.
        小红 said her boyfriend 昨晚又打她了, she wants to 换锁 tonight so he can't come in, 我们要不要帮她 call the police?
        退租 checklist: Room 5 | Tenant: Jessica 林佳慧 | Tel 0912-345-678 | Deposit NT$24,000 | 扣 cleaning fee NT$1,500 | refund NT$22,500
        Hi 房东, 我是 level 3 的 Ahmad, my wife 昨天 miscarriage 流产了, 我要请假陪她几天, rent 可以 delay 一个星期吗?
        WeChat Pay receipt 付款记录: payer 龙家豪 → payee 二房东 苏建平, ¥3,000 押金 deposit, 交易单号 4200002145202612051234567890
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是一个帮城中村二房东处理租务沟通的助手，回复要简洁、礼貌。"),
        (
            "user",
            "帮我写一条租客群通知：B栋601的周海涛欠了三个月房租7500元，电话不接，我打算明天上午开门清点他的东西，让他今晚之前联系我 138 2745 6610。",
        ),
        (
            "assistant",
            "建议不要在群里公开点名和欠款金额，可以私信他本人。另外未经租客同意擅自开门清点物品有法律风险，建议先书面催告，并请社区工作人员或调解员在场再处理。",
        ),
        ("user", "那你帮我写一条私信给他吧。"),
        (
            "assistant",
            "周先生您好：您租住的B栋601已欠付三个月租金共7500元，请于本周五前联系我（138 2745 6610）协商还款或退租事宜，逾期我将按合同约定申请社区调解，谢谢。",
        ),
    ],
    [
        (
            "system",
            "租客台账（仅供计算）：301 刘春燕 18㎡ 手机13928714406；302 王志刚 12㎡；303 韦小梅 22㎡ 身份证440582199006273013；公摊电量 156 度。",
        ),
        ("user", "按面积帮我算一下这三间各分多少公摊电。"),
        (
            "assistant",
            "总面积 52㎡。301：156×18/52=54.0度；302：156×12/52=36.0度；303：156×22/52=66.0度。按1.2元/度计，分别为64.8元、43.2元、79.2元。",
        ),
        ("user", "好的，顺便把刘春燕的手机号发给我，我要打给她。"),
        ("assistant", "台账里记录的号码是 139 2871 4406，联系时注意只用于收费沟通。"),
    ],
    [
        (
            "user",
            "我叫蒋文涛，在深圳水围村租房，二房东何国强说我床垫弄脏了要扣我全部押金3000块，我退房时拍了照片，怎么办？",
        ),
        (
            "assistant",
            "可以先整理好退房交接时的照片、聊天记录和租赁合同，与二房东书面协商；协商不成可向所在社区人民调解委员会申请调解，或向人民法院起诉，小额案件可以适用小额诉讼程序。",
        ),
        ("user", "他还把我拉黑了，我只有他以前的手机号 186 2033 7419，这个号码能用来起诉吗？"),
        (
            "assistant",
            "起诉时需要提供被告的姓名和能够确定身份的信息，手机号可以作为线索，法院也可以协助查询。建议你把转账记录里显示的收款人信息一并提交。",
        ),
    ],
    [
        (
            "user",
            "帮我检查一下居住登记表填得对不对：姓名 马晓东，证件号码 440304199208153212，居住地址 广州市天河区石牌村东八巷9号301，居住事由 务工。",
        ),
        (
            "assistant",
            "格式上看，证件号码是18位，居住事由选择“务工”也没问题。地址建议写到门牌和房号，与租赁合同一致。提交前请确认照片是白底免冠照。",
        ),
        ("user", "房东说要我把身份证复印件给他留底，可以吗？"),
        (
            "assistant",
            "出租人可以核验租客身份，但复印件建议注明“仅供居住登记使用，再复印无效”并签名，以防被挪作他用。",
        ),
    ],
    [
        ("system", "你是出租屋消防安全顾问。"),
        (
            "user",
            "我们楼下周要消防检查，四楼的老周有点精神问题，一直在房间里囤纸箱和旧家电，劝了也不听，他女儿周敏电话是 135 0961 2248，我该怎么处理？",
        ),
        (
            "assistant",
            "可以先联系他女儿说明检查时间和隐患，请家属一起劝说清理；同时告知社区网格员和社区工作站，必要时由社区协调社工或精神卫生服务人员介入，不要强行进屋清理。",
        ),
        ("user", "如果检查那天还没清完会罚我吗？"),
        (
            "assistant",
            "作为出租屋管理人，你有督促整改和报告的义务。保留好你劝阻和通知的记录，检查时如实说明情况，一般会给出限期整改。",
        ),
    ],
    [
        (
            "user",
            "我係陳志偉，住深水埗福榮街劏房，業主話續約要加租兩成，我HKID係K815263(2)，呢個合唔合法？",
        ),
        (
            "assistant",
            "根據《業主與租客（綜合）條例》第IVA部，規管租賃續期時的租金加幅不得超過差估署公佈的租金指數變動與10%兩者之較低者，加兩成一般超出上限。你可以致電差估署熱線2152 2152查詢，毋須在對話中提供身份證號碼。",
        ),
        ("user", "明白，咁我應該點同業主講？"),
        (
            "assistant",
            "可以書面回覆業主，引用條例條文並表示願意按法定上限續約，同時保留所有往來紀錄。",
        ),
    ],
    [
        ("system", "你是台灣租屋法律諮詢助理，回答請使用繁體中文。"),
        (
            "user",
            "我叫黃怡君，住在台北市大安區的雅房，已經退租兩週了，房東林國榮還不退我兩萬四的押金，我的電話是0928-663-105，可以怎麼做？",
        ),
        (
            "assistant",
            "依租賃住宅市場發展及管理條例，房東應於租期屆滿、房客返還房屋時返還押金。建議先寄存證信函催告，若仍不處理，可向台北市政府申請租賃爭議調處，或向法院聲請支付命令。",
        ),
        ("user", "存證信函要寫哪些內容？"),
        (
            "assistant",
            "寫明租約期間、退租日期、押金金額、已交還房屋與鑰匙的事實，以及要求在收到信函後七日內返還押金，並註明你的聯絡方式。",
        ),
    ],
    [
        ("system", "You help Singapore master tenants with room-rental paperwork."),
        (
            "user",
            "Draft a termination notice for my sub-tenant Rajesh Kumar, FIN G5123456T, room 3 at Blk 45 Geylang Bahru #08-12. He has not paid S$1,800 for two months.",
        ),
        (
            "assistant",
            "Notice of Termination – To: Mr Rajesh Kumar, Room 3. You have outstanding rent of S$1,800 for two months. Please settle the amount within 14 days of this notice, failing which the room agreement will be terminated and you must vacate by the stated date. Keep a signed copy for your records.",
        ),
        ("user", "Should I include his FIN on the notice?"),
        (
            "assistant",
            "Only if your tenancy agreement uses it to identify him; otherwise his name and room are enough. Avoid sending his FIN in group chats.",
        ),
    ],
    [
        (
            "user",
            "Tolong tuliskan surat tuntutan deposit. Nama saya Nurul Aina binti Hassan, No. KP 950824-08-6172, saya menyewa bilik di Taman Connaught, Cheras dan tuan rumah belum pulangkan deposit RM 1,500.",
        ),
        (
            "assistant",
            "Baik. Surat boleh mengandungi: tarikh, nama dan alamat anda, nama tuan rumah, butiran bilik sewa, tarikh keluar, jumlah deposit RM 1,500, permintaan bayaran dalam tempoh 14 hari, dan makluman bahawa anda akan memfailkan tuntutan di Mahkamah Tuntutan Kecil jika tidak dibayar.",
        ),
        ("user", "Perlu letak nombor KP saya?"),
        (
            "assistant",
            "Boleh, kerana ia membantu mengenal pasti anda jika kes dibawa ke mahkamah, tetapi hantar surat terus kepada tuan rumah sahaja, bukan dalam kumpulan WhatsApp penyewa.",
        ),
    ],
    [
        (
            "system",
            "You summarise tenant WhatsApp group chats for a landlord in Kuala Lumpur. Reply in 中英混合.",
        ),
        (
            "user",
            "Summarise: [9:02] 阿辉: 电费 RM 78.50 我 tonight 才 transfer. [9:15] Ahmad: my wife 住院 at HKL, rent delay 一个星期 ok? [9:20] 小红: 我的 boyfriend 又来闹, 可以换锁吗?",
        ),
        (
            "assistant",
            "Summary 摘要: 1) 阿辉 will pay 电费 RM 78.50 tonight. 2) Ahmad 的太太 hospitalised at HKL, 请求 rent 延迟一周. 3) 小红 reports her boyfriend 来闹, asks to 换锁 — consider safety first, 如有暴力 call 999.",
        ),
        ("user", "Ok, reply to Ahmad say can."),
        (
            "assistant",
            "Hi Ahmad, no problem 没问题, rent 可以 delay 一个星期, take care of your wife 🙏",
        ),
    ],
]
