# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh339: 简体中文 海上搜救与渔船安全（渔船编号、船员名单、遇险求救记录、家属联络、保险理赔、渔政群）. All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh339
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "渔政通告"): _lines("""
        【南海区渔政局通告】2027年南海伏季休渔自5月1日12时起至8月16日12时止，北纬12度以北南海海域（含北部湾）除钓具外所有作业类型一律休渔，违者依法查处。
        台风"海葵"预计于9月4日夜间在闽粤交界沿海登陆，请所有在港渔船加固缆绳、人员一律上岸避险；仍在海上作业的渔船须于3日18时前回港，渔业应急值班电话0591-87654321。
        中国海上搜救中心提醒：遇险请拨打水上遇险求救专用电话12395，或通过北斗短报文、VHF 16频道（156.800MHz）发送求救信号，报告船名、位置、人数及险情。
        根据《渔业船舶检验条例》，长度12米以上渔船须按期进行年度检验，届时须出示渔业船舶检验证书、国籍证书及捕捞许可证；检验站地址：宁波市江北区人民路132号二楼。
        浙江省海洋与渔业执法总队舟山支队公告：自即日起开展"亮剑2027"专项执法行动，重点查处"三无"渔船、"船证不符"及使用禁用渔具行为，举报电话0580-2025110。
        渔船安全生产"十不准"：不准超员出海、不准无证驾驶、不准关闭AIS及北斗终端、不准酒后驾船、不准超抗风等级出海……详见《渔业船舶安全生产管理规定》第十七条。
        2027年度渔船互保续保工作即日启动，中国渔业互保协会福建办事处受理时间为工作日8:30-17:30，地址：福州市鼓楼区五四路158号15层，咨询热线0591-83339912。
        北斗船载终端免费检修通知：市海洋与渔业局联合终端厂家于10月12日至14日在高崎渔港码头设点，型号BDS-CZ-3S及以下终端可现场升级固件至v4.2.7。
        渔港进出港报告制度：渔船出港前须通过"渔船进出港报告"小程序或向渔港监督站报告船名号、船员人数、作业海域及预计返港时间，未报告者按规定处罚。
        通报：9月21日，湛江籍一艘拖网渔船在北部湾海域因主机故障失去动力，"南海救116"轮于当日23时40分抵达现场实施拖带，船上9名船员全部安全，无人员伤亡。
        关于开展渔船船员安全培训的通知：培训地点为石狮市祥芝中心渔港综合服务楼三楼，每期50人，学时32小时，考核合格者颁发《渔业船员基本安全培训合格证》。
        海上渔业安全救助信息系统（版本3.1.0）将于本周六凌晨2:00-5:00停机维护，期间遇险报警请直接拨打12395或联系所在县渔业安全应急中心值班室。
        渔船救生筏须每12个月送经认可的服务站检修一次，参考收费：6人筏880元、10人筏1150元、15人筏1480元，检修报告编号格式为LSF-2027-00001。
    """),
    ("zh-Hans", "渔政群工作消息"): _lines("""
        各位，台风路径东调，指挥中心要求今晚20点前全部渔船回港清点完毕，各站点清点完在群里报数，格式：站点+在港船数+未归船数，别漏报。
        石狮站报：截至19:40在港渔船412艘，未归0艘，已逐一核对进出港报告系统和北斗船位，截图已发群文件，夜里继续安排两人轮流巡港。
        明天上午9点执法艇"中国渔政35011"例行巡查，请轮机班提前加满油，航线：深沪湾—祥芝—永宁，预计下午3点回码头，有事提前说。
        报销提醒：上月夜间值班餐补按每人每晚40元发放，财务要求统一在OA系统里提交，单号以BX-202611开头，周五下班前截止。
        刚才12395转来一条求助，位置北纬24°18'、东经119°02'，商渔船碰撞，已协调"东海救113"前往，预计40分钟到达，值班室继续跟进。
        新版渔船动态监控平台账号已统一开通，内网登录地址 http://10.32.8.15:8080/yzjk ，初始密码见纸质通知，首次登录必须修改。
        提醒一下：对外发布的通报里不要写船员姓名和身份证号，一律用"某籍渔船""船员若干名"表述，这是局里上周例会上再三强调的。
        救生衣采购已到货，型号DFY-I型（CCS认证），共600件，单价86元，供应商是宁波海安救生设备有限公司，发票号码已录入台账。
        周四下午两点在三楼会议室开安全生产例会，议题：冬季渔汛安全、商渔船防碰撞宣传、关闭AIS专项整治，请各科室负责人准时参加，材料会前发群里。
        省厅来电：2027年渔船更新改造补贴申报系统12月15日上线，材料清单已发到科室邮箱 yzc_office@fjhyj.example.cn ，请各县局转发到渔业村。
        无人机巡航今天飞了3个架次，覆盖围头湾至深沪湾，发现疑似"三无"船只2艘，照片已上传到共享盘/巡航/20261208文件夹。
        渔港监控摄像头CAM-XZ-017画面中断，已报修，维修单号WX20261208-003，厂家说明天上午派人来换交换机，预计中午前恢复。
        本周救助演练脚本已更新到V2.3：模拟渔船机舱进水、2人落水，参演单位有东海第二救助飞行队和晋江海事处，请大家提前熟悉流程。
    """),
    ("zh-Hant", "海事處常見問題"): _lines("""
        問：在香港水域遇險應如何求救？答：請致電999或香港海上救援協調中心（MRCC），亦可透過VHF第16頻道呼叫"Hong Kong MRCC"並報告船名及位置。
        問：本地漁船須否安裝自動識別系統（AIS）？答：按海事處現行規定，指定長度以上之第III類別漁船須安裝B級AIS並於航行時保持開啟。
        問：本地船隻運作牌照續期需帶備什麼文件？答：須帶備船隻擁有權證明、有效第三者風險保險單及檢驗證明書，於中環統一碼頭道38號海港政府大樓辦理。
        問：颱風期間避風塘是否開放？答：懸掛三號或以上熱帶氣旋警告信號時，各避風塘全日開放，香港仔避風塘及筲箕灣避風塘優先供本地漁船使用。
        問：台灣漁船在海上遇險可聯絡哪裡？答：請撥打海巡署118海巡服務專線，或經由高雄漁業電台、基隆漁業電台轉報，並保持無線電守聽。
        問：澳門漁船出海前須辦理什麼手續？答：須向海事及水務局申報出海，並確保船上救生衣數量不少於核定載員，辦公地點位於澳門萬里長城海事及水務局大樓。
        問：漁工保險如何理賠？答：請於事故發生後30日內，向承保公司提交事故報告、醫療證明正本及航海日誌影本；理賠查詢請致電保險公司客服，而非海事處。
        問：如何申請漁船安全設備資助？答：可向漁農自然護理署「漁業持續發展基金」提出申請，詳情請瀏覽 www.afcd.gov.hk 或致電基金秘書處查詢。
        問：緊急無線電示位標（EPIRB）誤發怎麼辦？答：請立即聯絡MRCC說明誤發並關閉示位標；406MHz信標之十五位十六進制識別碼（HEX ID）須事先註冊。
        問：船員名單需否每次出海更新？答：需要。船員名單須於出海前提交，船員人數有變更時應即時通報，違者最高可處罰款港幣10,000元。
        問：颱風季漁船應如何繫泊？答：建議使用雙纜繫泊並預留足夠纜繩長度應對潮汐，詳情可參閱海事處《颱風季節船隻安全指引》第4版（2024年修訂）。
        問：漁船上應配備哪些求救信號？答：應備有經認可之火箭降落傘信號（紅色）、手持紅光火焰信號及橙色煙霧信號，一般有效期為三年，過期須更換。
        問：在南海作業的台灣漁船如何接收氣象預報？答：可透過中央氣象署海象廣播、漁業署「漁業氣象」服務或 NAVTEX 518kHz 接收最新海況。
    """),
    ("en", "sar_log_lines"): _lines("""
        2026-11-03T04:12:07Z [MRCC-SG] INFO case=SAR-2026-0419 type=DISTRESS source=DSC vhf_ch=70 pos=01°12.4'N 104°05.8'E assets=[PCG_PATROL_2, RSAF_H225M] status=ACK
        2026-11-03T04:31:55Z [MRCC-SG] WARN case=SAR-2026-0419 weather=NE 25kn sea_state=5 visibility=2nm drift_model=LEEWAY v2.1 search_area=14.6nm2
        2026-11-03T05:02:10Z [MRCC-SG] INFO case=SAR-2026-0419 persons_on_board=6 rescued=6 missing=0 transfer_to=Changi_Naval_Base eta=06:15
        [ais-gateway] 2026-12-01 22:14:03 +0800 DROP msg_type=24 reason=checksum_mismatch port=10110 dropped_total=1834 uptime=17d04h
        [beidou-rx] 2026-12-02 03:47:19 CST alert_queue depth=3 oldest=00:04:12 worker=bd-rx-02 version=4.2.7 commit=9f3c1ab
        sar-dispatch 2026-12-02 03:48:00 INFO assigned asset "Donghai Jiu 101" to case CN-ZJ-2026-1187, distance 18.4 nm, ETA 52 min, priority=P1
        2026-12-02 07:20:44 INFO case CN-ZJ-2026-1187 closed: vessel under tow, 11 crew safe, no injuries; report stored at s3://sar-archive/2026/12/CN-ZJ-2026-1187.pdf
        HKMRCC 2026-10-18 14:05 HKT | Mayday relay received via coast station | ch16 | pos 22°09'N 114°21'E | tasked GFS helicopter, ETA 25 min | case HK-2026-0277
        MMEA-MRSC-PK 2026-09-07 19:42 MYT | case MY-2026-0883 | trawler engine failure, taking water | 8 POB | KM Pekan dispatched | sea state moderate
        cospas-sarsat 2026-09-07 19:40:11Z LUT=SGLUT1 detect 406MHz beacon country_code=533 (Malaysia) alert=UNLOCATED first_burst=true doa_pending=true
        ERROR 2026-12-05 10:11:32 crew_manifest_sync failed: HTTP 503 from https://api.fishery-port.example.cn/v2/manifest?vessel_type=trawler retry=3/5 backoff=8s
        2026-12-05 10:11:40 INFO crew_manifest_sync recovered, 214 manifests synced, 0 conflicts, duration=7.9s, job_id=7c41e2d0-5a6b-4f0e-9d1a-3b2c8e7f1a90
        drill-log 2026-11-20 09:00-11:30 Exercise SEASAFE-26 | scenario: engine room fire, 2 MOB | participants: MPA, RSN, PCG | debrief at Marina South Pier, Level 2
    """),
    ("en", "config_and_code"): _lines("""
        distress_router.yaml: channels: {vhf_dsc: 70, vhf_voice: 16, mf_dsc_khz: 2187.5, navtex_khz: 518}; escalate_after_sec: 120; fallback_hotline: "12395"
        CREW_CSV_HEADER = "vessel_no,crew_seq,full_name,id_type,id_no,role,cert_no,emergency_contact,phone"  # header only, rows come from the encrypted store
        def beaufort_to_knots(level: int) -> tuple[int, int]: return BEAUFORT_TABLE.get(level, (0, 0))  # e.g. level 7 => (28, 33)
        SELECT case_id, opened_at, vessel_type, pob, rescued, missing FROM sar_cases WHERE region = 'SCS-N' AND opened_at >= '2026-01-01' ORDER BY opened_at DESC LIMIT 50;
        vessel_no_format: "{province}{port}渔{serial:05d}"  # e.g. province="闽", port="狮", serial=0 -> "闽狮渔00000" (placeholder in unit tests only)
        .env.example: SAR_API_BASE=https://sar.example.org/api/v3 SAR_API_TIMEOUT=15 SAR_API_KEY=changeme LOG_LEVEL=info TZ=Asia/Shanghai
        docker run -d --name ais-decoder -p 10110:10110/udp -e NMEA_SOURCE=udp://0.0.0.0:10110 ghcr.io/example/ais-decoder:2.8.1
        const LIFERAFT_SERVICE_INTERVAL_DAYS = 365; const FLARE_EXPIRY_YEARS = 3; export const isOverdue = (d: Date) => daysSince(d) > LIFERAFT_SERVICE_INTERVAL_DAYS;
        claims_schema.json: {"claim_no": "CLM-YYYY-NNNNNN", "incident_type": ["collision", "sinking", "fire", "injury", "loss_of_life"], "currency": ["CNY", "HKD", "SGD", "MYR"]}
        pytest -k "test_drift_model and not slow" --maxfail=1 -q  # 42 passed, 3 skipped in 12.84s on leeway 2.1.0, python 3.12.7
        */5 * * * * /opt/vms/bin/pull_beidou_positions --region=east-china-sea --out=/var/lib/vms/pos >> /var/log/vms/pull.log 2>&1
        git log --oneline: a41d9e2 fix(epirb): handle 23-hex second-gen beacon IDs; 77b0c13 feat(manifest): add MyKad/NRIC id_type enum; 0e5f8aa chore: bump pyais to 2.6.5
        MID_TABLE = {"412": "China", "413": "China", "477": "Hong Kong", "453": "Macao", "416": "Taiwan", "563": "Singapore", "533": "Malaysia"}  # excerpt of ITU MID list
    """),
    ("ms", "notis_keselamatan_nelayan"): _lines("""
        NOTIS APMM: Semua nelayan dinasihatkan tidak turun ke laut mulai 12 hingga 15 Disember 2026 berikutan amaran angin kencang dan laut bergelora kategori kedua oleh MetMalaysia di perairan Pantai Timur.
        Sekiranya berlaku kecemasan di laut, hubungi talian MERS 999 atau Pusat Koordinasi Menyelamat Maritim (MRCC) Putrajaya melalui talian operasi 24 jam yang tertera pada papan notis jeti.
        Lembaga Kemajuan Ikan Malaysia (LKIM) menawarkan subsidi jaket keselamatan kepada nelayan berdaftar; permohonan dibuka di Kompleks LKIM Kuala Kedah, Jalan Kuala Kedah, 06600 Kuala Kedah, Kedah.
        Peringatan: Setiap vesel penangkapan ikan wajib membawa jaket keselamatan mencukupi bagi setiap awak-awak, lampu isyarat dan radio VHF yang berfungsi sebelum dibenarkan keluar dari jeti.
        Kursus Keselamatan Asas Nelayan siri 4/2026 akan diadakan pada 18 hingga 20 Januari 2027 di Institut Perikanan Malaysia, Kampus Kuala Terengganu; yuran RM150 termasuk makan.
        Jabatan Perikanan Malaysia: Pembaharuan lesen vesel penangkapan ikan bagi tahun 2027 boleh dibuat secara dalam talian melalui portal eLesen, fi lesen antara RM25 hingga RM500 mengikut zon.
        Kenyataan media: Pasukan APMM Negeri Sabah berjaya menyelamatkan 7 awak-awak sebuah bot pukat tunda yang karam 12 batu nautika dari Kudat pada 3 Disember; semua mangsa dilaporkan stabil.
        Perkhidmatan tunda kecemasan oleh Seri Mutiara Marine Sdn. Bhd. (No. Syarikat 201701023456) tersedia 24 jam di Jeti Pulau Ketam, talian WhatsApp syarikat 012-388 5210.
        Tarikh tutup tuntutan bagi Skim Takaful Nelayan untuk kejadian bulan November ialah 31 Disember 2026; borang boleh diperoleh di pejabat Persatuan Nelayan Kawasan (PNK) berhampiran.
        Jadual pemeriksaan pelampung dan rakit penyelamat: Pelabuhan Klang 5 Jan, Lumut 12 Jan, Kuantan 19 Jan, Kuala Terengganu 26 Jan; sila bawa sijil pemeriksaan yang lama.
        Untuk makluman, VHF saluran 16 (156.800 MHz) adalah untuk panggilan kecemasan dan panggilan awal sahaja; perbualan biasa antara bot hendaklah menggunakan saluran 6, 8, 72 atau 77.
        Sejarah ringkas: Agensi Penguatkuasaan Maritim Malaysia (APMM) mula beroperasi pada tahun 2005 di bawah Akta Agensi Penguatkuasaan Maritim Malaysia 2004 (Akta 633).
        Harga servis EPIRB di Kedai Marin Ah Seng, Lot 23, Jalan Pelabuhan, Kuantan: ujian bateri RM80, penggantian bateri RM420, pendaftaran semula beacon RM50, siap dalam 3 hari bekerja.
    """),
    ("mixed", "保险报价与商户发票"): _lines("""
        【报价单 Quotation】渔船互保 2027年度费率 premium rate：钢质拖网船 hull value × 1.85%，木质船 × 2.60%，船员人身险 每人每年 CNY 680，minimum premium CNY 3,000。
        Invoice No. INV-SG-2026-11873 | Tan Brothers Marine Chandlery Pte Ltd (UEN 198702345K) | 救生衣 SOLAS lifejacket x 20 @ SGD 48.00 | GST 9% | Total SGD 1,046.40
        理赔所需资料 Claim checklist：1) 海事报告 marine casualty report 2) 船舶国籍证书 copy 3) 检验证书 survey cert 4) 维修发票 repair invoices 5) 现场照片 photos，缺一不受理。
        發票 Invoice #HK-ME-20261104-07 海通船廠有限公司 Hoi Tung Shipyard Ltd（香港仔）：主機大修 main engine overhaul HKD 38,500；船底油漆 antifouling HKD 6,200；合計 HKD 44,700。
        顺丰 SF Express 运单 SF1428339107765（救生筏检修件 liferaft service kit，寄往沈家门渔港服务站），ETA 2026-12-10，客服热线 95338。
        產品 SKU EPIRB-GFV5-2874：ACR GlobalFix V5 AIS 406MHz 示位標，價格 MYR 3,280 / SGD 1,020，含 10-year battery，warranty 5 years，現貨 in stock。
        保险公司提示 Notice：人保财险 PICC 渔船保险报案电话 95518，请于出险后48小时内报案 report within 48 hours，逾期可能影响理赔 may affect the claim。
        Resit No. 000318 | Restoran Ah Keung Seafood 阿强海鲜 | Persatuan Nelayan Tawau 搜救演练工作餐 40 pax x RM15 = RM600 | 2026-11-20 | SSM 202203112233
        价目表 Price list 2027：北斗船载终端年服务费 CNY 360/台，AIS Class B 设备 CNY 2,980，VHF Icom IC-M330 CNY 1,650，安装费 free within 象山港区。
        Claim status update：CLM-2026-004517 状态 status = 已定损 assessed，定损金额 CNY 126,400，deductible 10%，预计 5 个工作日内赔付至投保公司对公账户。
        新加坡 MPA port dues for fishing vessels under 75 GT：SGD 35 per entry，年费 annual pass SGD 420，pay via Digital Port@SG，ref MPA-PD-2027-01。
        澳門漁船維修報價 quotation Q-MO-2611-15：更換舵機 steering gear replacement MOP 21,800，工期 lead time 12 days，報價有效期 valid for 30 days。
        Santiago Tackle 聖地牙哥釣具（高雄旗津店，高雄市旗津區廟前路10號）年終促銷：救生哨 buy 2 get 1，深海竿 8折 until 12/31，LINE 官方帳號 @santiagotackle。
    """),
    ("zh-Hans", "海难与搜救历史"): _lines("""
        郑和于1405年率船队首下西洋，船队使用牵星术和水罗盘导航，其航海图后被收入茅元仪所编《武备志》，即后世所称的《郑和航海图》。
        1912年4月15日凌晨，"泰坦尼克"号沉没，船长爱德华·史密斯随船遇难；此次海难直接促成1914年《国际海上人命安全公约》（SOLAS）的诞生。
        妈祖信俗源于宋代福建莆田湄洲岛，2009年被联合国教科文组织列入人类非物质文化遗产代表作名录，至今仍是沿海渔民出海前祭拜的对象。
        1999年11月24日，"大舜"号滚装船在烟台附近海域倾覆，造成重大人员伤亡，此后国家加快建设专业救助力量，海上救助体系由此大幅改革。
        海明威在《老人与海》中塑造了古巴老渔夫圣地亚哥，他连续84天出海未捕到鱼，第85天钓到一条大马林鱼，小说于1953年获普利策奖。
        1979年国际海事组织通过《国际海上搜寻救助公约》（汉堡公约），我国于1985年加入该公约，此后逐步建立起中国海上搜救中心体系。
        施琅于1683年率清军水师自铜山出发，在澎湖海战中击败郑氏水师，此役被视为清代前期规模最大的海战之一，随后台湾归入清朝版图。
        电影《紧急救援》（2020年，林超贤执导，彭于晏、王彦霖、辛芷蕾主演）以交通运输部救捞系统为原型，展现了海上搜救队员的日常训练与救援行动。
        1994年9月28日，"爱沙尼亚"号客轮在波罗的海沉没，852人罹难，为二战后欧洲最严重的和平时期海难之一，其后SOLAS对滚装客船稳性提出新要求。
        2003年，交通部救助打捞体制改革，成立北海、东海、南海三个救助局和烟台、上海、广州三个打捞局，实行救捞分离、专业化救助。
        郑成功于1661年率军从金门料罗湾出发，横渡台湾海峡，次年迫使荷兰殖民者投降、收复台湾，厦门鼓浪屿皓月园内现立有其巨型花岗岩雕像。
        上世纪六七十年代，舟山渔场是全国最大的渔场，大黄鱼、小黄鱼、带鱼和墨鱼被渔民称为"四大渔产"，后因过度捕捞资源严重衰退。
        新加坡海事及港务管理局（MPA）于1996年2月2日成立，由原海事局、国家海事局及港务局的监管部门合并而成，负责新加坡搜救区内的海上搜救协调。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        船员名单：闽狮渔05177，船长 陈水旺（身份证350581197604121530），轮机长 陈阿土，水手 王建明、吴志勇，共4人，出港时间2026-12-03 05:30。
        遇险求救记录：12月4日02:17，浙岱渔03219船长林海生用手机13857261943报警，称船舶在东经122°41'附近进水，船上6人，其中一人左腿骨折。
        家属联络：失联船员黄国平的妻子李秀英，电话 159 5932 7716，住址 福建省晋江市深沪镇华峰村南区38号，指挥部有消息请第一时间通知她。
        阿明（吴德明）出海前跟我说他欠了渔具店老板两万多，天天被催债，家里人都不知道，这事麻烦别在群里说。
        保险理赔申请：被保险人 郑春来，身份证号 330902198211053415，2026年10月17日作业时右手被绞车卷入，截去两指，申请伤残赔偿，收款账户 农业银行 6228 4803 9812 3456 719。
        粤湛渔12036船主梁志强因多次关闭AIS被立案调查，捕捞许可证已被暂扣，人现在被刑拘在湛江市霞山区看守所。
        陈太一直在问她老公陈志坚的遗体什么时候能打捞上来，她怀孕七个月了，情绪很不稳定，社工那边请尽快安排人陪着。
        船员刘小军，男，1989年生，四川南充人，乙肝携带者，上船前体检显示转氨酶偏高，船东要求暂缓上船，等复查结果。
        浙象渔01458,3,孙海波,居民身份证,330225199007082332,大副,ZJ2021A0337,孙丽（妹妹）,13605743382
        13906620458 这个号码是老郑家儿子的，老郑的船沉那天就是他报的警，后面理赔手续都找他办。
        调解记录：船员周文斌与船东何永福因工资纠纷申请调解，船东拖欠周文斌7个月工资共计52,500元，双方约定于12月31日前一次性付清。
        失踪人员信息：姓名 杨光辉，男，47岁，身高约172cm，左臂有船锚纹身，落水时穿橙色救生衣，家属联系电话 18759011265。
        小李，你把林伯（林振发）的出院小结拍照发我一下，他心梗刚做了支架，保险公司要看诊断证明才肯受理。
        微信转账记录：向"海浪"（谢海涛）转账 3,000.00 元，备注"借你交互保费"，交易单号 1000050001202612081234567890。
        我爸吴阿水在琼临渔11078上干活，已经三天联系不上了，我是他女儿吴晓燕，电话15289923570，求大家帮忙转发！
        船长许国栋出海期间他老婆起诉离婚，法院传票寄到了渔港服务站，收件地址写的是石狮市祥芝镇大堡村新街12号，麻烦转交本人。
        理赔查询：保单号 YBX2026350500012873，被保险人 方金土，出险日期2026-11-02，出险原因：落水后肺部感染住院治疗，目前在ICU。
        北斗终端注册信息：船主 曾庆华，手机 137 0595 2281，终端卡号 BD1712608834，绑定船舶 闽晋渔05621，登记日期2026-06-18。
        事故调查笔录：询问对象 洪阿福，男，58岁，住晋江市金井镇围头村海滨路7号，系闽晋渔05263船员，自述当晚喝了约半斤白酒后值班。
        抚恤金发放：遇难船员蒋德旺家属（母亲 蒋林氏，82岁）领取一次性抚恤金12万元，开户行 晋江农商银行，账号 9070 1012 0100 0468 215。
        @值班室 黄船长老婆刚打电话来，说黄船长高血压犯了在船上晕倒，船在北纬27°附近，她家里电话 0577-6352 8817，请马上联系他船。
        【渔港通】尊敬的王淑芬，您的家属王德胜所在渔船已于12月06日14:20进港，如需帮助请回复本短信。
        船员体检表：姓名 邱永强，出生日期 1972-03-15，血型 O，既往史：2019年肺结核已治愈，视力 左4.8 右4.6，色觉正常，结论：合格。
        二副符家明（身份证460200198503172035）在三亚崖州港被抓，涉嫌偷运柴油，船东让我们先别把他报进船员名单。
    """),
    "zh-Hant": _lines("""
        香港仔漁民鄧志偉（香港身份證 K602351(7)）報稱其漁船於西貢對開觸礁，船上三人，聯絡電話 9326 4178，請水警輪前往協助。
        林太話佢老公林家輝喺船上跌親，腰椎骨折，而家喺瑪麗醫院骨科病房，漁船保險索償要等醫生報告先得。
        台灣漁工資料：姓名 蔡文雄，身分證字號 E123847560，戶籍地址 高雄市前鎮區瑞北路88巷3號，手機 0932-518-276，職務 輪機長。
        澳門漁民何炳權欠船廠工程款澳門幣八萬元，漁船已被法院查封，佢太太同仔女都唔知，拜託大家唔好講出去。
        家屬聯絡表：失蹤船員 張金水 之兒子 張俊傑，手機 0921-663-408，電郵 junjie.chang1990@gmail.com，請海巡署有消息即通知。
        11/28 03:40 宜蘭南方澳「新漁順168號」船長陳明德報案，船員阿忠（黃信忠）落海，約35歲，穿藍色雨衣，目前仍在搜尋中。
        保險理賠：受益人 梁美玲（香港身份證 Y536418(1)），被保險人為其丈夫何志明，2026年9月於大嶼山海域遇難，收款戶口 滙豐 024-817263-838。
        黃伯個仔話佢爸爸有早期老人痴呆，成日偷偷開船出海，拜託水警同漁護署留意吓，佢哋屋企住長洲大新街56號地下。
    """),
    "en": _lines("""
        Crew list FV Sea Harvest 8: Master Goh Wei Liang, NRIC S7823456C, mobile +65 9127 4483; deckhands 2, engineer 1; departed Senoko Fishery Port 05:10.
        Next-of-kin notification: Mrs Priya Nair, wife of deckhand Rajesh Nair, Blk 112 Bedok North Road #08-214, Singapore 460112, tel 8234 1196.
        Claim note: deckhand Muhammad Faizal bin Rahim suffered severe hypothermia and kidney failure, now on dialysis at Tan Tock Seng Hospital; payout to DBS 027-415689-3.
        Uncle Ah Huat from the Punggol jetty has been gambling away his boat loan and owes about $38k to an Ah Long; his daughter asked us not to tell the other crew.
        Boat owner Daniel Teo, email daniel.teo.fishing@yahoo.com.sg, home address 27 Lorong Chuan #03-11, Singapore 556744, wants the EPIRB registration moved to his name.
        2026-11-03 05:40 survivor identified as Chen Jiahao, FIN G5123456T, age 29, admitted to NUH for near-drowning; emergency contact his brother +86 138 0592 6631.
        Skipper Kenneth Wong's wife filed for divorce while he was at sea; he asked us to hold his mail at the harbour office and not let her know his return date.
    """),
    "ms": _lines("""
        Senarai awak-awak bot TRF 2291: Nakhoda Che Mat bin Ismail, No. KP 710304-11-5283, tel 019-935 2107; awak-awak 4 orang, keluar jeti 0530.
        Waris mangsa: Puan Rohani binti Abdullah, isteri kepada awak-awak Zulkifli bin Hassan yang hilang, alamat No. 45, Kampung Seberang Takir, 21300 Kuala Terengganu, tel 013-962 4418.
        Pak Mat (Ahmad Tarmizi) ada hutang ansuran bot dengan bank RM62,000, dah tiga bulan tak bayar, bot dia mungkin kena tarik bulan depan.
        Tuntutan takaful: nama penuntut Siti Aminah binti Yusof, No. KP 850912-12-6042, akaun Bank Islam 12029010045871, hubungan: ibu kepada si mati.
        Laporan kesihatan: awak-awak Ah Keong (Lim Keong Seng) disahkan menghidap kencing manis dan darah tinggi, tidak dibenarkan turun ke laut lebih daripada 3 hari.
    """),
    "mixed": _lines("""
        船员 crew: Tan Ah Kow 陈亚九, MyKad 680725-07-5539, 住址 No. 18, Jalan Pantai, Pulau Ketam, 42940 Selangor, 手机 016-337 8821。
        我老公 Ah Seng（黄顺成）still missing since Tuesday, 我的 WhatsApp +60 12-770 3395，有任何消息 please call me anytime，谢谢大家。
        Claim 理赔 for 吴国强 Ng Kok Keong, NRIC S6834127B, injury 右手 fracture, 住院 Changi General Hospital 5 天, payout to OCBC 501-234567-001。
        印尼籍渔工 Darto Santoso, passport C4512876, 月薪 salary RM1,200, 老板已经三个月 not paid，他想去劳工部投诉 but afraid of losing his permit。
        2026-12-06 21:14 [family_contact] called 林美华 Lim Bee Hwa +65 9683 2210 re: husband 郑志明 Teh Chee Meng, status=missing, note=5 months pregnant, arrange counsellor
        香港漁船 crew list: 符亞弟 Foo Ah Tai, HKID P718204(3), 廚師 cook, mobile 6148 2295, emergency contact 符太 Mrs Foo 9752 6630。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是渔业安全应急中心的值班助手，负责把值班员口述的遇险信息整理成标准报告。"),
        (
            "user",
            "帮我整理一下：今天凌晨3点10分，闽狮渔05366船长蔡文华打电话报警，他手机13959812274，船在北纬24°05'、东经119°40'，舵机坏了，船上7个人，有个叫阿坤的船员手被割伤。",
        ),
        (
            "assistant",
            "遇险信息报告：时间 今日03:10；报警人 蔡文华（船长，13959812274）；船舶 闽狮渔05366；位置 24°05'N 119°40'E；险情 舵机故障失控；在船人数 7人，其中船员阿坤手部割伤。建议：协调就近渔船及救助船前往，保持每30分钟联络一次。",
        ),
        ("user", "好的，再帮我加一句已通知12395和东海救助局。"),
        (
            "assistant",
            "已补充：03:18 已通报中国海上搜救中心（12395）及东海救助局，救助力量正在调派中。",
        ),
    ],
    [
        (
            "user",
            "我爸爸郑国海上个月在舟山出海掉下去没了，身份证号330382199305142711是我的，我叫郑晓东，我想问渔船互保的死亡赔偿怎么申请？",
        ),
        (
            "assistant",
            "很抱歉听到您父亲的事。一般需要准备：死亡证明或法院宣告死亡判决、事故证明（渔政或海事出具）、被保险人身份证明、受益人身份证明及与被保险人的关系证明（户口本或派出所证明），以及收款银行卡。建议先联系船东确认投保的互保协会办事处，再按要求报案。",
        ),
        ("user", "我爸是失踪，还没找到人，能先赔吗？"),
        (
            "assistant",
            "失踪情况下，多数互保条款要求经过法定期限后由法院宣告死亡，或由有关部门出具不可能生存的证明，才能按死亡理赔。建议您向当地渔政部门申请出具事故证明，并咨询律师办理宣告死亡程序。",
        ),
    ],
    [
        ("system", "你是一個協助香港漁民處理文書的助理，以繁體中文回覆。"),
        (
            "user",
            "我想寫封信畀海事處，講我老公劉偉強（香港身份證 M145390(A)）喺九月十二號喺船上俾纜繩打中頭，而家仲喺伊利沙伯醫院深切治療部，想申請延遲續牌。我叫陳淑儀，電話 6273 9914。",
        ),
        (
            "assistant",
            "以下是信件草稿。敬啟者：本人陳淑儀（聯絡電話 6273 9914），為船東劉偉強先生之妻子。劉先生於九月十二日在船上工作時被纜繩擊中頭部，現於伊利沙伯醫院深切治療部留醫，未能親身辦理續牌手續，懇請貴處批准延遲辦理。隨函附上醫院證明副本。此致 海事處。",
        ),
        ("user", "唔該，可唔可以短啲？"),
        (
            "assistant",
            "敬啟者：船東劉偉強先生因工受傷，現於伊利沙伯醫院深切治療部留醫，未能親身續牌，懇請准予延期。附醫院證明。聯絡人：陳淑儀（其妻），6273 9914。此致 海事處。",
        ),
    ],
    [
        ("system", "You help Singapore fishing-boat operators prepare port and crew paperwork."),
        (
            "user",
            "Can you format this crew manifest for MPA? Skipper Lee Kah Wai NRIC T0312875F, deckhand Arumugam Selvam FIN F2287164K, deckhand Ong Boon Hock NRIC S8012936Z. Departing Senoko 6 Dec 0500.",
        ),
        (
            "assistant",
            "Crew manifest, departure Senoko Fishery Port, 6 Dec 05:00: 1) Lee Kah Wai, Skipper, NRIC T0312875F; 2) Arumugam Selvam, Deckhand, FIN F2287164K; 3) Ong Boon Hock, Deckhand, NRIC S8012936Z. Total persons on board: 3.",
        ),
        ("user", "Thanks. Also note Ong is on blood thinners after his stroke, in case of injury."),
        (
            "assistant",
            "Added a medical note for the master's copy only: Ong Boon Hock takes anticoagulants following a stroke; bleeding risk in case of injury. I suggest keeping this off the copy sent to the port and sharing it only with the skipper.",
        ),
    ],
    [
        (
            "user",
            "Saya Noraini binti Osman, No. KP 790218-02-5476. Suami saya Roslan bin Daud hilang di laut masa bot karam dekat Kuala Kedah bulan lepas. Macam mana nak tuntut Skim Takaful Nelayan?",
        ),
        (
            "assistant",
            "Takziah Puan Noraini. Biasanya puan perlu: borang tuntutan daripada Persatuan Nelayan Kawasan, laporan polis, laporan kejadian daripada APMM atau Jabatan Perikanan, salinan kad pengenalan puan dan suami, sijil nikah, serta butiran akaun bank.",
        ),
        ("user", "Suami belum dijumpai lagi. Boleh tuntut juga ke?"),
        (
            "assistant",
            "Bagi kes hilang, pihak takaful biasanya memerlukan perintah mahkamah yang mengisytiharkan kematian atau tempoh tertentu sebelum pampasan penuh dibayar. Puan boleh mula dengan menghantar laporan polis dan laporan APMM ke PNK supaya fail tuntutan dibuka dahulu.",
        ),
    ],
    [
        (
            "system",
            "You are a bilingual assistant for fishermen in Penang; reply in the user's mix of Chinese and English.",
        ),
        (
            "user",
            "我是 Khoo Teng Huat 邱廷发，我的 boat loan 还欠 RM48,000，上个月 engine 坏了不能出海，bank 一直打电话来 016-442 7091 是我的号码，can you help me write a letter 要求延期?",
        ),
        (
            "assistant",
            "可以。Draft: Dear Sir/Madam, 我 Khoo Teng Huat（电话 016-442 7091）目前 boat loan 余额 RM48,000。由于上个月主机故障 engine breakdown，无法出海作业，收入中断。恳请贵行批准 3 个月还款延期 moratorium，附上维修报价单作为证明。Thank you.",
        ),
        ("user", "要不要写我的 IC number？"),
        (
            "assistant",
            "一般银行会要求填写 IC 号码和 loan account number 以便核对，但建议您亲自填写在正式信件上，不要发到群里或公开的地方。",
        ),
    ],
    [
        (
            "system",
            "你是渔港服务站的家属联络助手。今日家属联络表：1. 失联船员 朱永泉，家属 朱妻 刘桂兰 13506061587；2. 受伤船员 石大勇，家属 石母 电话 0596-4328810，住址 漳浦县旧镇镇港头村48号。请根据值班员的要求起草短信。",
        ),
        ("user", "给两位家属各起草一条短信，告知搜救和救治进展。"),
        (
            "assistant",
            "短信一（发送至13506061587）：刘桂兰女士您好，朱永泉所在渔船的搜救仍在进行，今日已有两艘救助船和一架直升机参与，有新进展我们会第一时间通知您。短信二（发送至0596-4328810）：石阿姨您好，石大勇已送往漳州市医院治疗，目前生命体征平稳，服务站明天会派人上门到港头村48号看望您。",
        ),
        ("user", "第二条把上门的事删掉。"),
        (
            "assistant",
            "短信二（修改后）：石阿姨您好，石大勇已送往漳州市医院治疗，目前生命体征平稳，如有需要请随时联系渔港服务站。",
        ),
    ],
    [
        (
            "user",
            "Please anonymise this before I send it to the insurer's offshore team: Crew of Hai Xiang 3: Wong Kam Fai (HKID R293847(1), tel 9188 2047), Chan Siu Ming, age 52, HIV positive, on ART.",
        ),
        (
            "assistant",
            "Anonymised version: Crew of the vessel: Crew member A (ID and phone removed); Crew member B, age 50s, a medical condition under treatment (details withheld). Note that the insurer may still need the full details through a secure local channel.",
        ),
        ("user", "Do I need to tell them about Chan's HIV at all?"),
        (
            "assistant",
            "Only if it is relevant to the claim and the policy requires disclosure; health data is sensitive, so ask the insurer what is strictly necessary and share it only with the claims handler under your consent and data-protection rules.",
        ),
    ],
    [
        ("system", "你是渔政群的文案助手，帮工作人员写群通知。"),
        (
            "user",
            "帮我写一条群通知：浙岱渔02871的船员于海军，男，42岁，12月5日晚在嵊泗东部海域落水失踪，穿黑色雨衣，家属是他弟弟于海洋，电话13867206645，请各船留意。",
        ),
        (
            "assistant",
            "【协查通知】12月5日晚，浙岱渔02871船员于海军（男，42岁，身穿黑色雨衣）在嵊泗东部海域落水失踪。请过往及作业渔船注意瞭望，如有发现请立即报告12395或联系其家属于海洋（13867206645）。",
        ),
        ("user", "群里人多，家属电话要不要放？"),
        (
            "assistant",
            "建议不在群里公开家属手机号，改为留渔政值班电话或12395，由值班室统一转告家属，既能保证线索畅通，也能保护家属隐私。",
        ),
    ],
    [
        ("system", "你是協助台灣漁業家屬的客服助理，回答時使用繁體中文。"),
        (
            "user",
            "我叫許雅婷，身分證 U220173648，我先生吳建宏是東港「福滿財86號」的船長，船在關島附近失聯兩天了，我該找誰？",
        ),
        (
            "assistant",
            "許小姐您好，請先撥打海巡署118專線報案，並聯絡漁業署遠洋漁業組及船東公司，提供船名、最後聯絡時間與位置；東港漁會也可協助聯繫漁業電台。",
        ),
        ("user", "船東說我先生欠他三十萬，找到人也要先扣錢，這合法嗎？"),
        (
            "assistant",
            "搜救與債務是兩回事，船東不能以債務為由拖延通報或搜救。關於扣款是否合法，建議保留對話紀錄，向當地漁會法律諮詢或法律扶助基金會詢問。",
        ),
    ],
]
