# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh289: 简体中文 共享汽车与分时租赁（实名认证、押金退还、违章处理、事故定损、用车记录、客服工单、会员群）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh289
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "用车须知公告"): _lines("""
        【用车须知】取车前请绕车一周拍摄四个角度及仪表盘照片上传至App，未上传照片的，还车后发现的外观损伤将默认由本单承担，客服热线400-820-6617（7×24小时）。
        即日起上海虹桥枢纽P9停车库B2层共享汽车专用停车区调整至C区C101-C136车位，还车时请以App地图电子围栏为准，围栏外还车将收取调度费80元/次。
        押金退还说明：订单结束且无违章待处理的，押金将在还车后第15个自然日原路退回；芝麻信用分650分以上可免押用车，具体以授权页面展示为准。
        春节期间（2027年2月5日至2月13日）分时租赁价格调整为0.48元/分钟+1.20元/公里，日租封顶298元，北京南站、首都机场T3网点车辆供应紧张，建议提前2小时预约。
        违章处理提示：平台收到交管部门推送后，将在App“违章”页面同步显示违法时间、地点及扣分，用户须在7日内自行通过“交管12123”处理，逾期平台将代办并收取服务费50元/条。
        新能源车辆还车时剩余电量低于20%的，加收补电服务费35元；在深圳市福田区车公庙特来电充电站充电的，凭充电小票可在App内申请报销，单笔上限60元。
        车内禁止吸烟、携带宠物及易燃易爆物品，经清洁人员确认有烟味或宠物毛发的，收取深度清洁费200元，相关照片将在工单中同步给用户以供核对。
        广州白云国际机场T2航站楼网点地址：机场路P5停车楼2层东侧，营业时间06:00-24:00，网点服务电话020-3606 8821，夜间还车请将钥匙卡投入自助还钥箱。
        系统升级公告：App 5.12.0版本将于12月10日凌晨02:00-04:00停机维护，维护期间无法开锁及结束订单，已在用车中的订单计费将暂停，给您带来不便敬请谅解。
        保险说明：所有车辆均已投保交强险及商业三者险（保额100万元），用户可额外购买“无忧服务”29元/次，事故时免除1500元以内的车损自付部分，不含轮胎及玻璃单独损坏。
        成都天府国际机场网点开业啦！首周新用户注册即送30元无门槛用车券，券码CD2027NEW，有效期至2027年1月31日，仅限成都地区使用，每个账号限领一次。
        事故处理流程：发生事故后请立即拨打122报警并联系平台事故专线400-820-6618转2，切勿私下协商赔偿，定损将由平台合作的人保财险定损员到场或通过视频完成。
        企业会员通知：杭州云栖小镇园区企业客户可开具增值税专用发票，开票信息请发送至企业服务邮箱b2b-invoice@evgo-share.com.cn，开票周期为每月5日至10日。
    """),
    ("zh-Hans", "法规政策摘录"): _lines("""
        《中华人民共和国道路交通安全法》规定，车辆在道路上发生交通事故，车辆驾驶人应当立即停车，保护现场；造成人身伤亡的，应当立即抢救受伤人员，并迅速报告执勤的交通警察或者公安机关交通管理部门。
        《个人信息保护法》自2021年11月1日起施行，明确处理敏感个人信息应当取得个人的单独同意，行踪轨迹、金融账户等均属于敏感个人信息，分时租赁平台的用车轨迹数据需据此管理。
        《数据出境安全评估办法》自2022年9月1日起施行，数据处理者向境外提供重要数据或达到规定数量的个人信息的，应当通过所在地省级网信部门向国家网信办申报数据出境安全评估。
        2017年8月，交通运输部与住房城乡建设部联合印发《关于促进小微型客车租赁健康发展的指导意见》，明确鼓励分时租赁规范发展，并对用户押金的收取和退还提出管理要求。
        《民法典》第一千二百零九条规定，因租赁、借用等情形机动车所有人、管理人与使用人不是同一人时，发生交通事故造成损害，属于该机动车一方责任的，由机动车使用人承担赔偿责任。
        依据《机动车驾驶证申领和使用规定》，驾驶人在一个记分周期内累积记分达到12分的，公安机关交通管理部门将扣留其机动车驾驶证，并通知其参加满分学习和考试。
        押金管理条款示例：经营者收取押金的，应当明确押金金额、退还时限及方式，在银行开立专用存管账户，不得挪用用户押金；本条款摘自行业协会发布的分时租赁服务规范范本。
        新加坡《个人资料保护法》（PDPA）于2012年通过，个人资料保护委员会2018年发布NRIC相关咨询指引，要求机构原则上不得收集完整NRIC号码，法律要求或需高度核实身份的情形除外。
        马来西亚《2010年个人资料保护法》（PDPA 2010）于2013年11月15日正式生效，适用于在商业交易中处理个人资料的机构，汽车租赁及共享出行平台同样在其规管范围之内。
        《网络安全法》第三十七条规定，关键信息基础设施的运营者在中华人民共和国境内运营中收集和产生的个人信息和重要数据应当在境内存储，确需向境外提供的应当进行安全评估。
        《促进和规范数据跨境流动规定》于2024年3月22日公布施行，明确部分情形下向境外提供个人信息可免予申报数据出境安全评估、免予订立个人信息出境标准合同或通过认证。
        北京市交通委员会对分时租赁企业提出要求：取车前应通过人脸识别等技术手段核验实际驾驶人与注册用户一致，防止账号出借、冒用及无证驾驶，相关核验记录应按规定期限留存。
        香港《定额罚款（交通违例）条例》下，违例泊车等定额罚款通知书一般发给登记车主，租赁公司作为登记车主可在规定期限内提交实际驾驶人资料，否则须由登记车主承担相应责任。
    """),
    ("zh-Hans", "运营员工群聊"): _lines("""
        @全体运维 今晚22:00后虹桥P9库有14台车电量低于15%，请夜班补电车按工单顺序处理，车辆编号EV-SH-0412至EV-SH-0425，处理完在群里回个截图。
        工单GD20271207-0381已关闭：浦东张江网点那台车的右后视镜是停车场立柱刮的，监控已调，不属于用户责任，费用走平台车损池，报销单号BX-202712-0057。
        提醒一下，周五前各网点把12月的清洁巡检表交到共享盘“运营/巡检/2027-12”目录下，文件名按“网点编码_日期”格式，别再用微信发图片了，找起来太费劲。
        定损那边回复了：EV-GZ-1187前保险杠更换报价2380元，维修厂是白云区的广汽埃安授权服务中心，服务中心前台电话020-8622 1930，预计周三交车。
        客服组今天高峰期排队到了47人，主要是押金退款咨询，麻烦财务看下批次RF-1206的退款是不是卡在支付宝渠道了，回调日志里有一堆timeout。
        新版定价规则已经在测试环境上线，config版本v2.8.3，大家用测试账号体验一下夜间套餐（22:00-08:00 封顶69元），有问题直接提到Jira项目OPS-PRICING。
        各位，深圳南山科技园网点下周一起改为无人值守，钥匙柜编码SZ-NS-K02，故障报修统一打设备厂商热线400-700-3366，不要再找物业了。
        刚和成都车管所窗口确认，违章代办需要公司营业执照副本加盖公章，统一社会信用代码91510100MA6CJ7QK2R要和授权书上一致，明天带原件过去办。
        数据组同步：11月全国平均单均时长52分钟，单均里程23.6公里，上海和杭州的周末订单环比上涨18%，周报PPT已经放到飞书文档“运营周报”里了。
        北京首都机场T3的12台车明天上午年检，调度把这批车在App上置为“维护中”，车辆编号清单在附件，年检站是顺义区的机动车检测场，预约时间09:30。
        收到市场部通知，下周二和蔚来的联名活动开始，所有ES6车型车身贴纸要在周日晚前贴完，物料在嘉定仓库，仓库值班电话021-6995 3008。
        晚班注意：今晚有台风预警，广州番禺和南沙的网点车辆尽量挪到地下车库，露天停放的车辆拍照留档，统一上报到应急工单模板YJ-TYPHOON。
        系统告警：IoT网关 gw-sh-03 在 14:22 掉线 6 分钟，影响约 230 台车的远程开锁，运维已重启，请客服对这段时间的开锁失败投诉统一按系统故障免责处理。
    """),
    ("zh-Hans", "商家点评"): _lines("""
        【老周汽车快修（虹口店）】平台合作维修点，共享车钣金喷漆一般两天交车，价格比4S店便宜三成，地址四平路1188号，营业时间08:30-19:00，就是门口停车位比较少。
        在“阿杰精洗车行”洗了一台刚还的分时租赁车，内饰吸尘加玻璃水共45元，店员很细心，座椅缝里的纸屑都清干净了，位于南山区桃园路与北环大道交汇处，推荐。
        即行共享上海静安寺网点车况不错，刚保养过的比亚迪海豚，胎压正常，车内有湿巾和手机支架，唯一缺点是地库信号差，App开锁要等十几秒。四星。
        特来电宝安中心充电站，快充桩12个，周末下午基本不用排队，电价1.05元/度含服务费，停车前2小时免费，共享汽车很多，建议站方多加几个遮雨棚。
        差评：“李记轮胎快修”补一个胎收了120元，比周边贵一倍，还说共享车必须换新胎，打了平台客服电话才确认只需修补，大家去之前一定先问清楚价格。
        机场网点服务台态度很好，晚上十一点落地还能正常取车，工作人员帮忙调好了座椅和导航，车是特斯拉Model 3，按分钟计费比打车便宜，下次还会用。
        王师傅补胎（龙华民治店）24小时营业，凌晨一点共享车扎钉，打店里电话20分钟就到了，上门补胎80元，开了正规收据，可以在App里申请报销。
        这家4S店定损速度太慢了，共享车前杠刮蹭等了五天才出报价，前台说要等人保的定损员排期，建议平台换一家合作厂。地址：杭州市滨江区江南大道3588号。
        星星充电苏州工业园区站夜间电价0.68元/度，非常划算，共享车还车前顺路充满可以省掉补电费，就是指示牌不明显，充电桩在地下二层最里面。
        推荐“小马哥洗车美容”，平台车辆批量清洁的合作商，价格透明，单车精洗38元，每周二集中上门，位于成都高新区天府三街199号，门店电话028-8518 2266。
        即行客服体验：提交押金退款申请后第12天就到账了，比承诺的15天还快，中间问了两次在线客服，回复都在3分钟以内，给五星好评。
        北京西站南广场地下停车场的共享汽车专区经常被社会车辆占用，停车场管理处电话打了也没人管，还车绕了三圈才找到位置，建议平台和停车场协调一下。
        绍兴咸亨酒店旁边的共享汽车网点很方便，还车后步行五分钟就到鲁迅故居，孔乙己的雕像前总有人排队拍照，停车费由平台承担，周末游客多建议早点预约。
    """),
    ("zh-Hant", "常見問題"): _lines("""
        問：如何完成實名認證？答：請於App上傳香港身份證正面及有效駕駛執照，系統將於15分鐘內完成核對；非本地駕駛執照持有人請先參閱運輸署網站有關訪港人士駕駛的規定。
        問：按金何時退還？答：訂單完結後如無違例及損毀紀錄，HK$2,000按金將於14個工作天內退回原信用卡，如有疑問請致電客戶服務熱線 3188 6620（星期一至日 08:00-22:00）。
        問：收到定額罰款通知書怎麼辦？答：罰款通知書會寄至登記車主即本公司，我們會透過App通知您，您須於21日內自行繳付，逾期將由本公司代繳並收取手續費HK$150。
        問：台灣地區取車需要什麼證件？答：本國籍會員需攜帶國民身分證及駕照正本，外籍會員需持有效國際駕照及護照，首次取車請至台北車站東三門服務櫃檯核對。
        問：發生擦撞事故怎麼處理？答：請先撥打110報案並拍照留存，切勿自行移動車輛，再聯繫24小時道路救援專線0800-024-550，後續理賠將由合作產險公司協助處理。
        問：澳門可以用車嗎？答：目前澳門服務範圍僅限氹仔及路氹城區，還車點位於澳門國際機場停車場P2，客服電話 +853 2882 1166，暫不支援跨境駕駛至橫琴。
        問：電動車充電費用如何計算？答：使用本公司合作的充電站充電免費，在其他公共充電站自費充電者，可憑收據於30日內申請退款，每張訂單上限NT$300。
        問：為何我的帳號被停權？答：系統偵測到同一帳號於短時間內在不同裝置登入，或駕駛人臉部辨識與註冊者不符時，會暫停帳號以保障安全，請透過App內「客服中心」提交申訴。
        問：可以開統一編號發票嗎？答：台灣地區訂單將自動開立電子發票並存入會員載具，如需報帳請於結帳前填寫貴公司統一編號，開立後如需作廢請於當月內聯繫客服。
        問：車內遺失物品怎麼辦？答：請於App「遺失物協尋」填寫訂單編號及物品描述，清潔人員尋獲後會暫存於各區服務中心，保管期限為30日，逾期將依法送交警察機關。
        問：香港隧道費及泊車費由誰支付？答：車輛已登記「易通行」HKeToll，隧道費將於訂單結算時一併扣除；咪錶泊車費由用戶自付，請使用「HKeMeter」App繳費。
        問：會員等級如何計算？答：近12個月累計用車滿20次或消費滿NT$8,000可升級為金卡會員，享每小時租金九折及每月免費取消預約三次，等級每季重新核算。
        問：颱風天還能用車嗎？答：香港天文台發出八號或以上烈風或暴風信號時，系統將暫停接受新訂單，已在用車中的會員可免費延長至信號除下後三小時內還車。
    """),
    ("en", "system_logs"): _lines("""
        2027-12-07T08:14:22.431+08:00 INFO  order-svc order=ORD20271207081422773 vehicle=EV-SH-0412 event=UNLOCK_OK latency_ms=842 gw=gw-sh-03 fw=3.4.1
        2027-12-07T08:15:03.118+08:00 WARN  telematics vehicle=EV-GZ-1187 soc=14% odometer=38214.6km geofence=GZ-BY-T2 alert=LOW_BATTERY threshold=15%
        2027-12-07T09:02:41Z ERROR payment-gw refund_batch=RF-1206 channel=alipay status=TIMEOUT retry=3/5 trace_id=7f3c9a1e4b2d4c0e9a55b1e8d2f06c13
        [2027-12-07 10:21:55] deposit-svc INFO refund scheduled order=ORD20271122194510032 amount=CNY 1500.00 eta=2027-12-22 rule=T+15_natural_days
        2027-12-07 11:05:17,902 DEBUG violation-sync source=tmri_push batch=VS-20271207-0042 records=37 matched_orders=35 unmatched=2 next_poll=11:35
        Dec 07 12:40:09 gw-sg-01 iot-bridge[2231]: heartbeat lost from vehicle SG-EV-0093 (last seen 12:36:51 SGT), reconnect attempt 1, backoff=30s
        2027-12-07T13:22:48+08:00 INFO damage-assess claim=CLM-HK-20271207-0019 vehicle=HK-EV-0231 parts=[front_bumper,left_fog_lamp] quote=HKD 6,480 assessor=partner_lab_01
        2027-12-07T14:00:00+08:00 INFO cron job=nightly_pricing_rollout version=v2.8.3 cities=[SH,HZ,SZ] rows_updated=1284 duration=12.7s sha256=9e1b0c4fd27a8835e6c1
        2027-12-07 15:47:33 WARN ticket-svc ticket=GD20271207-0381 sla_breach=true queue=deposit_refund wait_min=47 assigned_group=cs-tier2
        2027-12-07T16:08:12.004Z INFO kyc-svc provider=face_liveness_v4 request_id=kyc-5d1f9a2c result=PASS score=0.973 doc_type=ID_CARD_CN region=CN-SH
        2027-12-07 17:30:55 INFO fleet-svc vehicle=MY-EV-0517 status=MAINTENANCE reason=PUSPAKOM_inspection location=KL-Sentral-B2 eta=2027-12-09
        2027-12-07T18:45:10+08:00 ERROR app-api route=/v3/orders/{id}/end http=502 upstream=order-svc:8080 pod=order-svc-7c9f6b-xk2lp build=5.12.0-rc2
        2027-12-07T19:59:59+08:00 INFO billing invoice=INV-SG-2027-004417 entity="Example Mobility Pte. Ltd." uen=201912345K subtotal=SGD 1,284.50 gst_9pct=115.61 total=SGD 1,400.11
    """),
    ("ms", "notis_dan_harga"): _lines("""
        Kadar sewaan kereta kongsi di Lembah Klang mulai 1 Januari 2027 ialah RM12 sejam atau RM99 sehari termasuk insurans asas, caj perjalanan RM0.35 sekilometer, minimum tempahan dua jam.
        Pengguna baharu perlu memuat naik gambar MyKad dan lesen memandu kompeten (CDL) yang sah untuk pengesahan identiti; pemegang lesen memandu percubaan (P) tidak dibenarkan menyewa kenderaan kami.
        Deposit sekuriti RM200 akan dikembalikan ke akaun asal dalam tempoh 7 hingga 14 hari bekerja selepas tempahan tamat, tertakluk kepada tiada saman trafik atau kerosakan yang belum selesai.
        Saman trafik daripada PDRM atau JPJ yang diterima semasa tempoh sewaan akan dipindahkan kepada penyewa berserta caj pentadbiran RM30 bagi setiap notis, semakan boleh dibuat melalui aplikasi MyBayar PDRM.
        Lokasi pengambilan baharu: Aras B2, KL Sentral, Jalan Stesen Sentral 5, 50470 Kuala Lumpur, dibuka 24 jam, talian khidmat pelanggan 1-300-88-5427 atau WhatsApp perniagaan +60 11-5566 2710.
        Kemalangan? Hubungi talian kecemasan 999 dahulu, kemudian maklumkan kepada kami dalam masa 24 jam; laporan polis perlu dibuat dalam tempoh 24 jam selepas kemalangan seperti dikehendaki undang-undang.
        Senarai harga pakej: Perodua Axia RM8/jam, Perodua Bezza RM10/jam, Proton X50 RM16/jam, BYD Atto 3 RM22/jam; harga termasuk SST 8% dan caj tol dikenakan berasingan melalui Touch n Go.
        Caj pembersihan RM150 dikenakan sekiranya kenderaan dipulangkan dalam keadaan kotor, berbau rokok atau terdapat bulu haiwan, gambar bukti akan dilampirkan dalam tiket aduan anda.
        Peringatan cuti Deepavali: permintaan tinggi dijangka pada 28 hingga 31 Oktober, sila buat tempahan sekurang-kurangnya 48 jam lebih awal; kadar harian meningkat kepada RM129 di Pulau Pinang dan Johor Bahru.
        Kenderaan elektrik perlu dipulangkan dengan bateri sekurang-kurangnya 25%, jika tidak caj pengecasan RM40 dikenakan; stesen pengecasan rakan kongsi termasuk ChargEV dan Gentari di seluruh Semenanjung.
        Syarikat: KongsiKereta Mobility Sdn. Bhd. (No. Pendaftaran 202101034567), alamat berdaftar Level 15, Menara Example, Jalan Tun Razak, 50400 Kuala Lumpur, e-mel aduan@kongsikereta.example.my.
        Insurans: semua kenderaan dilindungi polisi komprehensif, penyewa menanggung ekses RM2,000 bagi setiap tuntutan kemalangan, boleh dikurangkan kepada RM500 dengan pakej Perlindungan Plus RM15 setiap tempahan.
        Penyelenggaraan sistem aplikasi dijadualkan pada 14 Disember 2027 dari 1:00 pagi hingga 3:00 pagi waktu Malaysia, tempahan baharu dan buka kunci jarak jauh tidak dapat dibuat dalam tempoh ini.
    """),
    ("mixed", "config_and_code"): _lines("""
        deposit.refund: { rule: "T+15", channel_priority: ["alipay", "wechat_pay", "unionpay"], min_amount_cny: 0.01, notify_template: "TPL_REFUND_DONE_v3" }  # 押金退还规则
        pricing.night_package = { start: "22:00", end: "08:00", cap_cny: 69, cities: ["SH", "HZ", "SZ"] }  # 夜间套餐封顶，v2.8.3 起生效
        def calc_idle_fee(minutes: int, rate: float = 0.5) -> float: return round(max(0, minutes - 15) * rate, 2)  # 还车超时占位费，前15分钟免费
        SELECT order_no, vehicle_code, start_at, end_at, mileage_km FROM rental_orders WHERE city_code = 'SH' AND end_at >= '2027-12-01' ORDER BY end_at DESC LIMIT 100;  -- 12月上海订单抽查
        kyc: { provider: "face_liveness_v4", pass_threshold: 0.92, max_retries: 3, allowed_docs: ["ID_CARD_CN", "HKID", "TW_ID", "NRIC", "MYKAD"] }  # 实名认证配置，勿在生产直接修改
        curl -X POST https://api.example-carshare.com/v3/vehicles/EV-SH-0412/commands -H "Content-Type: application/json" -d '{"cmd":"LOCK","reason":"ops_remote"}'  # 远程落锁
        geofence.SH-HQ-P9.polygon = [[121.3201, 31.1943], [121.3225, 31.1943], [121.3225, 31.1927], [121.3201, 31.1927]]  # 虹桥P9停车库电子围栏
        PAYMENT_CALLBACK_URL=https://pay.example-carshare.com/callback REFUND_RETRY_MAX=5 VIOLATION_POLL_MINUTES=30  # 生产环境变量（示例值）
        message_templates.violation_notice.zh_CN = "您于{date}在{location}的用车订单{order_no}产生一条违章记录，请在7日内处理。"  # 模板变量，不含真实数据
        CREATE TABLE damage_claims (claim_no VARCHAR(32) PRIMARY KEY, vehicle_code VARCHAR(16), parts JSON, quote_amount DECIMAL(10,2), currency CHAR(3) DEFAULT 'CNY');  -- 事故定损表
        assert calc_idle_fee(25) == 5.0  # 单元测试：超时25分钟，扣除15分钟免费时长，按0.5元/分钟计，应收5元
        fleet_code 命名规则: "{地区}-{车型}-{四位序号}"，例如 "SG-EV-0093"、"MY-EV-0517"、"HK-EV-0231"，序号由调度系统自动分配，不可手工修改。
        rate_limit: { endpoint: "/v3/orders/{id}/end", per_minute: 30, burst: 10 }  # 防止客户端重复结束订单导致重复扣费，bug #4471 已于 5.12.0 修复
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        客服工单GD20271203-0117：用户陈志远（手机13917468253）反映押金1500元已超过15天未退还，要求今天之内给答复，否则向12315投诉。
        实名认证人工复核：姓名 刘晓雯，身份证号 310104198803124622，人脸比对分数0.61低于阈值，用户称上个月做了双眼皮和隆鼻手术导致面部变化，请人工审核。
        会员群里@周海峰 别再在群里催了，你那笔违章扣了6分是你自己5月18号在延安高架上超速，平台只是代收通知，不能帮你销分。
        事故定损记录：承租人孙建国，身份证号440306199307251814，2027-11-29于深圳市南山区深南大道追尾，自述当时低血糖头晕，前杠及水箱受损，定损金额8640元。
        林太今天又打电话来，说她先生用她账号借车出去撞了人，两口子正在闹离婚，让我们别把事故记录发给她先生，她的电话是18621907735。
        阿明（王明杰）欠平台两次违章代办费和一次清洁费共计430元，催收三次未回，已冻结账号，他说最近失业了手头紧，下个月领了补助再还。
        来电号码15002176408，问能不能把押金退到别人的银行卡上，核实身份时答不上来注册时间和常用网点，暂不处理，已标记可疑。
        退款账户信息：户名 赵丽娟，开户行 招商银行上海分行陆家嘴支行，卡号 6225 8821 4907 3365，退款金额1500.00元，原路退回失败后改为手工退款。
        用车记录导出：吴晓峰每个工作日07:45左右从上海市闵行区莲花南路1500弄23号楼下取车，08:30前还至漕河泾开发区网点，周五晚上常开去昆山。
        黄女士（黄佩琪）来电说自己怀孕五个月，要求取消上周的座椅污损清洁费，说是急刹时突然呕吐造成的，已附上医院产检单照片。
        违章推送：车牌沪AD83172，违法时间2027-11-14 19:22，地点中山北路近共和新路，未按导向车道行驶，当时承租人为郑凯（会员号M0038217）。
        order_no,name,phone,id_no,deposit,status -> ORD20271118090233021,何美玲,13512896034,510107197909183024,1500.00,REFUND_PENDING
        群里那个叫“胖虎”的其实是马国栋，他被交警查出酒驾，开的是我们的车，现在人被行政拘留十五天，车还扣在宝山交警支队停车场。
        何先生您好，您2027年11月的用车账单已发送至邮箱 he.jiaming1987@163.com，本月共用车11次，合计消费826.40元，如有疑问请回复本邮件。
        客服备注：用户许文静自述患有癫痫，近一年无发作，问驾驶共享汽车是否需要额外申报，已告知须遵守驾驶证体检相关规定，此备注仅内部可见。
        张阿姨打电话说她儿子杨帆偷偷用她的身份证注册了账号，还没拿到驾照就开车出去了，她要求立即注销账号，身份证后四位0948。
        投诉工单：会员高峻（138 1652 7390）称在望京SOHO网点取车时车内有上一位用户遗留的药盒，标着盐酸舍曲林，他担心自己的信息也会这样被人看到。
        纸质发票寄送地址：浙江省杭州市拱墅区湖墅南路186号湖墅新村7幢2单元501室，收件人邱雅婷，电话17757108246。
        罗志强上个月工资到手才六千二，还背着三万多网贷，借我们车跑网约车被封号了，现在还欠着1260元的超时费没交。
        用户昵称“小鹿乱撞”在会员群里发了自己的驾驶证照片，上面姓名叶思琪、证号420102199606302167都清清楚楚，管理员已撤回并私信提醒。
        事故对方信息：对方车主冯德胜，手机18930652217，车牌苏E5K629，平安产险报案号RDAA2027320500008813，对方称腰部受伤已去苏州市立医院拍片。
        会员群消息：@谢雨桐 你上次说的那个车损，我帮你问了，维修费要你自己出1500，你说你刚离婚没钱也没用啊，规则就是这样。
        订单ORD20271130221745006承租人曹磊，住址北京市海淀区学院路甲5号院12号楼3门402，因连续三次逾期还车被风控标记为高风险用户。
        邓丽华，女，1972年4月生，住青岛市市南区香港中路，黑卡会员，近期因乳腺癌化疗暂停用车，申请会员有效期顺延六个月。
        微信号 lucy_tang0817 的用户唐璐申请开具个人抬头发票，电子发票发送至 tanglu0817@qq.com，共三笔订单合并开票。
        李国华先生，您的身份证号320583199008153479已完成实名认证，驾驶证准驾车型C1，有效期至2032年8月15日，即日起可在昆山各网点用车。
    """),
    "zh-Hant": _lines("""
        客戶陳嘉欣（HKID: K382915(4)）於12月3日在觀塘網點還車時刮花左後門，已同意自付維修費HK$3,200，分兩期從信用卡扣款。
        梁太打電話嚟話佢老公梁志偉用咗佢個帳戶租車，之後喺屯門公路俾警察截停，驗出酒精超標被拘捕，佢要求我哋唔好再扣佢張卡。
        會員資料：姓名 黃冠廷，身分證字號 A123459879，手機 0912-375-608，地址 台北市大安區和平東路二段96巷17弄5號3樓。
        阿豪（吳家豪）喺會員群講自己欠咗財務公司十幾萬，問可唔可以租車做Uber幫補，管理員已經提醒佢唔好喺群組公開呢啲資料。
        違規通知：車牌 BKZ-7263 於2027/11/20 14:05 在新北市板橋區文化路超速，駕駛人為會員蔡宜蓁（會員編號TW-M-208834），罰單轉寄至 ycai.tw@gmail.com。
        澳門客戶何文斌先生，電話 6682 4517，於氹仔還車後投訴車內有異味，並表示自己有哮喘病，要求全額退款及醫療費補償。
        事故定損：承租人鄭雅文，身分證字號 F228160347，於台中市西屯區台灣大道三段追撞前車，自述懷孕七週受驚嚇已至醫院檢查，車損報價NT$42,600。
        收款資料更新：戶名劉浩然，匯豐銀行戶口 004-512-384920-838，按金HK$2,000改為轉賬退回，客人話張信用卡因為申請破產已經被銀行取消。
        客服紀錄：張先生（張啟明，9481 6253）投訴按金退咗一個月都未收到，佢話要等呢筆錢交租，再唔退就去消委會投訴。
    """),
    "en": _lines("""
        Ticket SG-CS-20271204-0088: member Tan Wei Ling (NRIC S8734215H, mobile +65 9127 4580) disputes a S$450 damage charge for a rear bumper dent, says it was there before pickup.
        Heads up team, Marcus Lim from the members group just told everyone his wife left him and he has been sleeping in our cars overnight at the Tampines hub.
        Refund to: Priya Ramasamy, DBS account 120-45678-9, SGD 200.00 deposit, because her original Visa card was cancelled after she reported it stolen.
        Accident report: renter Jason Ong Kah Seng, DOB 14/03/1991, Blk 42 Jalan Bukit Merah #08-215, Singapore 150042, admitted he was on his phone when he rear-ended a taxi on the PIE.
        Licence check failed for Nur Aisyah binti Kamal, FIN G5180273Q, work pass expired 30 Nov 2027; booking BK-SG-99120 cancelled and deposit held pending verification.
        Can someone call back Mr. Leong at 8826 3019? He was diagnosed with diabetes last month and wants to know if he must declare it before renting again.
    """),
    "ms": _lines("""
        Aduan daripada Encik Mohd Faizal bin Hassan (No. MyKad 880412-14-5527), telefon 012-387 4419, katanya deposit RM200 belum dikembalikan sejak tiga minggu lalu.
        Puan Rohana binti Ismail memaklumkan suaminya ditahan polis kerana memandu kereta sewaan kami dalam keadaan mabuk di Jalan Tun Razak, dan dia mahu akaun mereka ditutup.
        Alamat penghantaran kad keahlian: Lee Chee Keong, No. 27, Jalan SS 2/64, 47300 Petaling Jaya, Selangor, tel 016-228 5071.
        Saman JPJ untuk kenderaan WXY 5821 semasa disewa oleh Kumar a/l Subramaniam pada 9 November 2027, notis dihantar ke kumar.subra88@yahoo.com.my tetapi tiada jawapan.
        Ahli kumpulan Ah Seng (Tan Ah Seng) berhutang RM1,850 dengan syarikat untuk kos baiki kereta selepas kemalangan, dia kata baru kena buang kerja dan minta bayar ansuran RM150 sebulan.
    """),
    "mixed": _lines("""
        客户 Rachel Goh 吴慧玲（NRIC T0391827G）昨晚在 Punggol hub 还车时说 her son has autism 所以车里有点乱，要求 waive 清洁费 S$80，请 supervisor 决定。
        Member export: name=钟嘉欣 Chung Ka Yan, HKID=Y614073(2), phone=+852 6390 1842, tier=Gold, note=按金已退，留意佢之前有三張未繳告票。
        马来西亚分部转来：customer 黄俊杰 Wong Jun Jie, MyKad 920815-10-6314, 住 No. 8, Jalan 3/125D, Taman Desa Petaling, 57100 Kuala Lumpur，saman RM300 未付。
        2027-12-05T21:14:09+08:00 kyc-svc FAIL name="Sim Kok Wah 沈国华" id_no=S7625049I reason=face_mismatch note="user says he lost 15kg after cancer treatment"
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是即行共享出行的客服助手，帮助用户处理押金退还、违章和事故相关问题，回答要简洁礼貌。",
        ),
        (
            "user",
            "我叫潘文涛，手机号13661842579，押金1500元已经20天没退了，订单号ORD20271110183022417，帮我写一段发给客服的投诉。",
        ),
        (
            "assistant",
            "可以参考这段：您好，我是潘文涛（手机13661842579），订单ORD20271110183022417已于11月10日结束，押金1500元至今20天仍未退还，超过平台承诺的15个自然日，请尽快核查并告知具体到账时间。",
        ),
        ("user", "再加一句，我下周要住院做心脏支架手术，急着用这笔钱。"),
        (
            "assistant",
            "已补充：另外我下周需要住院做心脏支架手术，急需这笔押金，恳请优先处理，谢谢。建议同时在App内提交工单并保留截图。",
        ),
    ],
    [
        (
            "user",
            "昨天在成都天府大道开共享车追尾了，对方司机叫付永军，电话13880567214，他说脖子疼要去华西医院检查，我该怎么跟平台报案？",
        ),
        (
            "assistant",
            "先确认是否已拨打122报警并拍好现场照片。然后在App“事故上报”里填写订单号、事故时间地点，上传照片和对方信息，平台定损员会联系您。对方就医费用一般走交强险，不建议私下给钱。",
        ),
        ("user", "我已经报警了，交警的事故认定书编号是510100-2027-012345，我全责。"),
        (
            "assistant",
            "全责的话，车损和对方损失会先由车辆保险承担，您可能需要支付保险条款规定的自付部分，如购买了无忧服务可免除1500元以内车损。请把认定书照片上传到工单。",
        ),
    ],
    [
        ("system", "你係香港一間共享汽車公司嘅客服助手，用繁體中文回答。"),
        (
            "user",
            "我叫馮少華，香港身份證R725380(9)，上星期租車喺旺角收咗張泊車告票，你哋扣咗我信用卡HK$470，點解會咁多？",
        ),
        (
            "assistant",
            "馮先生你好，泊車定額罰款為HK$320，另加本公司代繳手續費HK$150，合共HK$470。如你認為告票有誤，可以喺App提交申訴並附上相片。",
        ),
        ("user", "好，我想順便改埋地址，新地址係九龍將軍澳寶琳北路38號寶林邨寶泰樓1208室。"),
        (
            "assistant",
            "收到，地址更改需要喺App「個人資料」頁面自行修改並重新驗證，為保障私隱，我哋唔會喺對話入面直接幫你改資料。",
        ),
    ],
    [
        (
            "system",
            "You are the in-app assistant for a Singapore car-sharing service. Current member: Daniel Koh Jun Hao, NRIC S9032748H, mobile +65 8235 6107, tier Silver, outstanding balance S$36.20.",
        ),
        ("user", "why can't I book a car tonight?"),
        (
            "assistant",
            "Hi Daniel, your account has an outstanding balance of S$36.20 from an ERP and late-return charge, so new bookings are paused. Once you settle it in Wallet, booking will be re-enabled within a few minutes.",
        ),
        ("user", "ok paid. also can you change my pickup to the Bishan hub?"),
        (
            "assistant",
            "Payment received, thanks. Bishan hub has 3 cars available after 19:00; tap Bookings, pick Bishan, and choose your slot.",
        ),
    ],
    [
        (
            "user",
            "Saya Nurul Izzah binti Ahmad Razali, saya dapat notis saman RM300 untuk kereta sewaan nombor plat VKD 4417 masa saya sewa pada 2 Disember. Macam mana nak rayu?",
        ),
        (
            "assistant",
            "Puan boleh semak saman melalui aplikasi MyBayar PDRM atau MyJPJ, kemudian hantar rayuan dengan bukti seperti resit tempahan dan gambar lokasi. Syarikat akan memindahkan notis atas nama penyewa.",
        ),
        (
            "user",
            "Alamat saya untuk surat tu No. 15, Jalan Mawar 3, Taman Seri Indah, 81200 Johor Bahru. Boleh tolong tulis ayat rayuan?",
        ),
        (
            "assistant",
            "Contoh: Saya, Nurul Izzah binti Ahmad Razali, beralamat di No. 15, Jalan Mawar 3, Taman Seri Indah, 81200 Johor Bahru, ingin merayu saman bagi kenderaan VKD 4417 bertarikh 2 Disember 2027 kerana kenderaan diletakkan di petak yang dibenarkan. Bukti dilampirkan.",
        ),
    ],
    [
        ("system", "你是共享汽车会员群的管理助手，负责提醒群成员不要泄露隐私、不要发广告。"),
        (
            "user",
            "帮我看看这条群消息要不要撤回：“@所有人 大家注意，会员彭立新借了我两万块到现在不还，他电话15821946603，住在徐汇区龙华西路某小区，谁见到他开共享车告诉我一声。”",
        ),
        (
            "assistant",
            "建议立即撤回。这条消息公开了彭立新的姓名、手机号和居住区域，还涉及个人债务纠纷，可能构成对他人隐私的侵犯。可以私下提醒发送者通过法律途径追讨借款，不要在群里曝光。",
        ),
        ("user", "好的，那我怎么跟发消息的人说？"),
        (
            "assistant",
            "可以这样说：您好，您刚才的消息包含他人手机号和住址等个人信息，按群规已撤回。借款纠纷建议通过协商或法院解决，平台无法提供其他会员的用车信息，感谢理解。",
        ),
    ],
    [
        (
            "user",
            "我在台北用車，帳號被停權了，客服說要我提供資料。My name is 林佳穎, 身分證 E255190476, phone 0928-614-302. 可以幫我寫一封英文申訴信嗎？",
        ),
        (
            "assistant",
            "Sure. Dear Support Team, my account under the name 林佳穎 (ID E255190476, phone 0928-614-302) was suspended yesterday. I believe this was caused by logging in from my new phone. Please review and restore my account. Thank you.",
        ),
        ("user", "再補充說我上週剛出院，臉因為過敏腫起來，所以臉部辨識可能沒過。"),
        (
            "assistant",
            "Added: I was discharged from hospital last week and my face is still swollen from an allergic reaction, which may explain the failed face verification. I can provide a medical certificate if needed.",
        ),
    ],
    [
        (
            "system",
            "你是即行共享的工单摘要助手，只输出工单要点。工单内容：用户章志明，电话18017735269，12月4日在杭州东站还车后被收取清洁费200元，用户称车内烟味是上一位用户留下的，上一单承租人为沈嘉琪。",
        ),
        ("user", "帮我把这个工单总结成三行给主管。"),
        (
            "assistant",
            "1. 用户章志明（18017735269）12月4日杭州东站还车被收清洁费200元。2. 用户否认吸烟，称烟味来自上一单承租人沈嘉琪。3. 建议调取两单的取还车照片及清洁员记录后再定责。",
        ),
        ("user", "主管问上一单的人要不要也联系一下？"),
        (
            "assistant",
            "可以联系，但只需告知其订单涉及车内烟味核查，不要向其透露章志明的姓名和电话，双方信息应分别保密。",
        ),
    ],
    [
        (
            "user",
            "I need to email the insurer about my car-share accident in Kuala Lumpur. I'm Lim Boon Hock, MyKad 010223-07-0892, claim CLM-MY-20271201-0044, my address is 12-3A Residensi Sentral, Jalan Tun Sambanthan, 50470 Kuala Lumpur.",
        ),
        (
            "assistant",
            "Here is a draft: Dear Claims Team, I am writing regarding claim CLM-MY-20271201-0044 for the rental vehicle involved in a collision on 1 December 2027. My details are Lim Boon Hock, MyKad 010223-07-0892, 12-3A Residensi Sentral, Jalan Tun Sambanthan, 50470 Kuala Lumpur. Please advise on the excess and next steps.",
        ),
        (
            "user",
            "Add that I fractured my wrist and will send the hospital report from Hospital Kuala Lumpur.",
        ),
        (
            "assistant",
            "Added: I sustained a fractured wrist in the accident and will forward the medical report from Hospital Kuala Lumpur once it is issued.",
        ),
    ],
    [
        ("system", "你是共享汽车App的实名认证帮助助手。"),
        (
            "user",
            "实名认证一直失败，我身份证号是37020219720403558X，名字叫宋秀英，是不是因为我年纪大了和身份证照片差别太大？",
        ),
        (
            "assistant",
            "宋女士您好，年龄变化较大时人脸比对确实可能失败。建议在光线充足处摘下眼镜重新拍摄；连续三次失败后可选择“人工审核”，上传手持身份证照片，一般1个工作日内完成。",
        ),
        (
            "user",
            "我还有白内障，看手机屏幕不太清楚，能让女儿帮我弄吗？她叫宋婷，手机号13969872210。",
        ),
        (
            "assistant",
            "可以让家人协助操作拍照，但账号必须是您本人驾驶使用，不能由女儿代为驾驶或共用账号。另外白内障可能影响驾驶视力，建议先确认驾驶证体检是否合格。",
        ),
    ],
]
