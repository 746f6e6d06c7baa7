# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat131: chats with an assistant about one's own problems as a ride-hailing or delivery driver (account deactivation, accidents, passenger complaints, earnings disputes, car loans, insurance). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat131
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "driver_help_centre_faq"): _lines("""
        Q: My account shows Temporarily suspended. What now? A: Open the Driver app > Help > Account & Profile and submit an appeal within 7 days. Walk-in Driver Centre hours are Mon-Sat 9am-6pm.
        Q: Who do I call after an accident while on a trip? A: Call 995 or 999 if anyone is hurt, then our 24h safety line. In Singapore, report to your insurer within 24 hours under the Motor Claims Framework.
        Q: Is my PDVL still valid if I change cars? A: Yes, the vocational licence stays valid, but the new car must be registered for private hire use with LTA before your first trip on it.
        Q: Why is my weekly payout lower than what the passenger paid? A: Payout = fare minus platform commission (up to 20%), minus ERP already reimbursed, plus incentives. See Earnings > Trip breakdown.
        Q: Can I dispute a cancellation fee? A: Yes. Go to Activity, pick the trip (e.g. A-5KX9T2WQ7HBN), tap Report an issue and choose Passenger no-show. Disputes older than 14 days cannot be reopened.
        Q: Do e-hailing drivers in Malaysia need a PSV licence? A: Yes. You need an EVP vehicle permit from APAD, a PSV (e-hailing) licence from JPJ, and valid e-hailing insurance cover for every trip.
        Q: How do I update my insurance policy in the app? A: Upload the full cover note PDF (max 5 MB) under Documents > Insurance. Policies expiring within 30 days trigger a reminder at 09:00 SGT.
        Q: What happens after 3 passenger complaints in 30 days? A: Your account goes on review and we may ask for dashcam footage. Reviews take 3-5 working days; you can keep driving unless safety was involved.
        Q: Where do I send a car loan hardship request? A: Email hardship@lionfleetfinance.com.sg or visit 1 Kaki Bukit Road 1, #05-12, Enterprise One, Singapore 415934. Hotline 6745 2200 (Mon-Fri 9am-5.30pm).
        Q: Does the app track my location when I am offline? A: No. Location is only collected while you are online or on an active job. You can review the permission log under Settings > Privacy > Data use.
        Q: I got a red-light camera fine along Orchard Road while carrying a passenger. Who pays? A: Traffic fines are the driver's responsibility. Pay via AXS or the OneMotoring portal before the due date.
        Q: How does the Platform Workers Act affect me? A: From 1 Jan 2025, operators make CPF contributions on platform earnings and provide work injury compensation for ride-hail and delivery workers in Singapore.
        Q: Is there a fee to reactivate a deactivated account? A: No. We never charge for appeals. Beware of Telegram groups selling unban services for S$150 and report them to the Anti-Scam Helpline 1800-722-6688.
    """),
    ("zh-Hans", "平台规则公告"): _lines("""
        【司机端公告】自2025年3月1日起，北京、上海、深圳三地快车订单抽成上限调整为27%，每单明细可在“我的-收入-订单账单”中查看，如有疑问请拨打司机服务热线400-806-1188。
        关于账号封禁申诉：司机如对封禁处理有异议，可在处理通知下发后7个自然日内在App内提交申诉，平台将在3个工作日内反馈结果，逾期未申诉的视为认可处理结果。
        骑手配送须知：配送超时10分钟以内不扣款，超时10至20分钟扣除本单配送费的20%，遇暴雨、大雪等恶劣天气系统将自动延长预计送达时间，具体以骑手App“规则中心”为准。
        交通事故处理指引：发生轻微事故且无人员伤亡时，请先拍照固定现场，使用“交管12123”App快处快赔，再在司机端“安全中心-事故报备”上传现场照片和事故责任认定书。
        车辆准入标准（深圳）：车辆轴距不小于2650毫米，新能源车续航里程不少于250公里，车龄不超过6年，须取得《网络预约出租汽车运输证》后方可上线接单，燃油车不再新增。
        乘客投诉处理规则：同一司机30天内被有效投诉3次以上，暂停派单24小时；涉及性骚扰、辱骂乘客等严重投诉的，核实后永久清退，并依法配合公安机关调查取证。
        收入结算说明：每周二0点结算上周一至周日的流水，周三18:00前打入已绑定的银行卡，单笔提现手续费0元，每日最多提现3次，如遇法定节假日顺延至下一个工作日。
        【营业执照信息】上海途安汽车租赁有限公司，统一社会信用代码91310115MA1K4B7X2Q，注册地址：上海市浦东新区张江路665号3层，网约车车辆租赁咨询电话021-5080 3366。
        骑手意外险说明：平台为每位在线骑手按日投保意外险，意外身故及伤残保额60万元，意外医疗保额5万元，由中国人民财产保险股份有限公司承保，理赔报案请拨打95518。
        车贷逾期提示（通用模板）：您的车辆分期本期应还款额为【金额】元，还款日为每月15日，逾期将按日万分之五收取罚息并上报征信，如有困难请及时联系客服协商延期方案。
        网约车驾驶员从业资格考试须知：全国公共科目与区域科目均需合格，深圳区域科目考点设在福田区车管所考试中心，考试当天请携带本人有效证件原件，迟到15分钟不得入场。
        夜间安全提醒：22:00至次日6:00期间，系统将对连续驾驶超过4小时的司机强制下线休息20分钟，当日累计在线时长超过10小时将无法继续接单，次日0点自动恢复。
        高峰奖励规则更新：工作日7:00-9:00及17:30-19:30完成的订单每单额外奖励3元，单周完成80单可再获200元冲单奖，奖励于次周二随流水一并结算，作弊订单不计入。
    """),
    ("zh-Hant", "車隊群組工作訊息"): _lines("""
        【調度】今日紅隧收費廣場有車壞咗，佐敦去機場嘅單盡量行西隧，隧道費公司照報，記得入單時揀「代付路費」，唔好自己墊錢之後先嚟問。
        各位師傅注意：觀塘偉業街嗰間車房今個禮拜六日唔開，換油同補胎請去九龍灣宏開道分店，電話2755 8810，報車隊名有九折，收據記得拎返公司報數。
        保險公司通知：本月起所有租車牌續保都要附上最新驗車紙同行車證副本，請大家喺月尾前交去公司寫字樓，或者WhatsApp公司熱線5118 2030，逾期唔保證可以續保。
        【車行公告】台北市多元計程車請於下個月底前完成行車紀錄器檢查，影像至少保存7日，未完成者暫停派遣，請各位司機大哥利用空檔到公司一樓服務台登記時段。
        Uber 台灣司機中心（台北市中山區南京東路二段）週一至週五10:00至18:00開放，帳號停權申訴請攜帶職業登記證與行照正本，現場不收現金，也不代辦罰單繳費。
        下午三點後機場排班區已滿，第二航廈的車請先到停車場P4等候，排班系統顯示號碼牌「T2-0412」之前的車先進場，其他車輛請勿在出境大廳違停候客。
        提醒大家：颱風警報期間公司暫停派遣機場單，已預約的單會由客服逐一通知乘客取消，取消費由公司吸收，不會影響各位本月的接單率和獎勵計算。
        今晚旺角彌敦道封路做工程，十一點至朝早五點，接落單請用上海街或者砵蘭街，唔好喺巴士站停車上落客，運輸署同交通警最近好密抄牌，大家小心。
        車貸專員週四下午來公司辦說明會：新車72期零頭款方案、月付約新台幣18,600元，舊車貸可辦理展延，有興趣的請在群組回「+1」讓行政統計人數。
        澳門電召的士中心今日系統維護，由下午兩點至四點改用人手派單，對講機頻道轉去二號台，氹仔碼頭同關閘嘅排隊單照常，有問題打車行熱線2898 8988。
        公司收費表更新：日更車租每更港幣420元，夜更港幣380元，已包第三者保險，要全保每更另加港幣35元，新價由下個月一號起生效，舊合約做到完為止。
        外送群公告：下個月起單趟基本運費調整為新台幣40元，雨天加給每單10元，跨區單另計，詳情以夥伴App最新公告為準，有問題請在工作時段私訊站點客服。
        提醒：撞車報警之後記得問警察拎報案編號，格式通常係「區域代碼加年份加流水號」，保險公司冇呢個編號唔會受理索償，拍相要影齊四個角同埋車牌。
    """),
    ("ms", "notis_dan_peraturan"): _lines("""
        NOTIS: Mulai 1 Julai 2025, semua pemandu e-hailing wajib memperbaharui lesen PSV melalui portal MyJPJ. Kaunter JPJ Wangsa Maju dibuka Isnin hingga Jumaat, 8.00 pagi hingga 5.00 petang.
        Peringatan APAD: Permit Kenderaan e-Hailing (EVP) hanya sah untuk kenderaan yang memenuhi had umur kenderaan. Kenderaan yang tamat EVP tidak dilindungi insurans e-hailing semasa membawa penumpang.
        Insurans e-hailing: Perlindungan per-trip berkuat kuasa dari masa penumpang naik sehingga turun. Tuntutan kemalangan hendaklah dilaporkan kepada syarikat insurans dalam masa 7 hari bersama laporan polis.
        Soalan Lazim Penghantar: Bayaran insentif mingguan dikreditkan setiap Khamis sebelum jam 6 petang. Jika tidak diterima, semak status di aplikasi bawah Pendapatan > Sejarah Pembayaran, ID rujukan bermula PAY-.
        Pusat Sokongan Pemandu, Lot 3A-2, Menara Kelana, Jalan Tun Razak, 50400 Kuala Lumpur. Waktu operasi 9 pagi hingga 6 petang (Isnin-Sabtu). Sila ambil nombor giliran dan bawa lesen memandu asal.
        Rayuan akaun digantung: Sila hantar rayuan dalam tempoh 14 hari melalui borang dalam aplikasi. Pasukan kami akan menyemak rakaman kamera papan pemuka dan rekod perjalanan sebelum membuat keputusan.
        Harga servis Bengkel Ah Seng Motor, Jalan Kuchai Lama: tukar minyak hitam + penapis RM120, penjajaran roda RM40, bateri Amaron 55B24L RM260. Harga termasuk SST. Tel kedai 03-7980 1123.
        Skim Keselamatan Sosial Pekerjaan Sendiri PERKESO: caruman bermula RM13.10 sebulan bagi pelan 1 dan merangkumi faedah perubatan, hilang upaya kekal serta faedah orang tanggungan.
        Makluman pembiayaan kereta: Bayaran balik bulanan dikenakan setiap 7 haribulan. Tunggakan lebih dari 3 bulan boleh menyebabkan tindakan tarik balik kenderaan di bawah Akta Sewa Beli 1967.
        Jadual tambang asas e-hailing Lembah Klang: RM3.00 tambang asas, RM0.75 sekilometer, RM0.30 seminit, caj tol dan letak kereta ditanggung penumpang. Caj pembatalan RM5.00 selepas 5 minit menunggu.
        Amaran penipuan: Pihak kami tidak pernah meminta kata laluan atau kod OTP melalui WhatsApp. Laporkan panggilan mencurigakan kepada Pusat Respons Scam Kebangsaan di talian 997 dengan segera.
        Peraturan hab: Penghantar yang menerima 3 aduan berkaitan makanan tumpah dalam tempoh 30 hari wajib menghadiri sesi latihan semula selama 2 jam di hab Petaling Jaya sebelum boleh menerima pesanan semula.
        Kemalangan jalan raya: Laporan polis mesti dibuat dalam masa 24 jam di mana-mana balai polis. Nombor laporan polis diperlukan untuk tuntutan insurans pihak ketiga dan pembaikan di bengkel panel.
    """),
    ("mixed", "app_log_lines"): _lines("""
        2025-03-14T08:21:07+08:00 INFO dispatch.match order_id=GF-20250314-7781923 city=SIN eta_s=240 surge=1.3 vehicle_class=JustGrab latency_ms=87
        2025-03-14 08:22:45.118 WARN payout-svc 结算延迟 batch=PAYOUT-2025W11 pending=1,204 retry=3/5 region=MY-KUL next_run=08:37
        [2025-02-28 23:59:59] ERROR insurance-sync cover note 拉取失败 provider=etiqa status=504 trace_id=9f2c7a41e0b84d6a attempt=2
        level=info ts=2025-01-07T14:03:11Z svc=appeal-worker msg=account_review_closed case=APL-88213 outcome=reinstated sla_hours=52 lang=zh-Hant
        I/DriverApp(31245): 01-07 19:44:02.331 GPS fix lost 12s, 切换到网络定位 accuracy=65m build=6.42.1 (6421003) android=14
        2025-04-02 12:00:03 INFO 配送状态变更 rider_task=MT-PSD-99210374 已取餐->配送中 distance_m=2380 est=18min weather=小雨
        WARN fraud-rules rule=R17_gps_spoof hits=3 window=15m decision=manual_review app_ver=5.118.0 device_model=SM-A546E
        2025/05/19 07:15:40 [notify] push sent template=LOAN_REMINDER_MS lang=ms body=Bayaran ansuran anda akan tamat tempoh dalam 3 hari status=200
        2025-06-01T00:00:00+08:00 cron[earnings-report] generated 48,312 weekly statements to s3://driver-reports/2025/W22/ size=1.8GB took=412s
        2025-03-09 21:47:18 ERROR 行程结束异常 trip=DD-TRIP-5521870094 fare_calc=NaN fallback=estimate_fare rule_ver=2025.03.1
        HK-DISPATCH 2025-02-11 17:32:05 INFO 的士召喚 queue=TST-HUB depth=37 avg_wait=6m12s 天氣=黃雨 surcharge=off
        2025-07-22 10:05:33 INFO claim-gw 新增理赔案件 claim=CLM-SG-2025-004417 type=third_party_property stage=awaiting_surveyor insurer=income
        nginx 10.24.8.15 [22/Jul/2025:10:05:34 +0800] POST /api/v3/driver/documents/upload HTTP/1.1 413 0 upstream=docs-svc rt=0.004
    """),
    ("en", "workshop_and_rental_price_list"): _lines("""
        Ah Huat Auto Care, 21 Ubi Road 1, #01-08, Singapore 408724. Toyota Prius hybrid battery health check S$45; front brake pads S$180; aircon gas top-up S$68. Call 6841 2093.
        PHV rental weekly rates from 1 Apr: Toyota Corolla Altis Hybrid S$525/wk, Honda Vezel Hybrid S$560/wk, BYD Atto 3 S$595/wk. Deposit S$1,000. Comprehensive insurance included.
        Partner fleet lease: 6-month Hyundai Ioniq 5 at S$89/day. Excess for own-damage claims S$2,500 (S$1,500 for drivers aged 30 and above with no claims in the last 3 years).
        Uncle Lim Tyre & Battery (Jalan Besar) price list: Michelin Primacy 4 215/55R17 S$210 each, Bridgestone Ecopia 195/65R15 S$135 each, wheel alignment S$40, nitrogen fill free.
        Motor insurance add-on for e-hailing (Malaysia): RM299/year for private cars up to 1,800cc; RM399/year above 1,800cc. Per-trip cover from RM0.20 per ride is billed by the platform.
        Dashcam installation package: 70mai A810 front+rear 4K with hardwire kit S$229; Viofo A229 Pro 2CH S$359. Installation takes 45 min at our Sin Ming Lane outlet, 1-year warranty.
        Windscreen replacement (Toyota Prius 2018-2022): OEM S$620, aftermarket S$420, ADAS camera recalibration S$150. Claim processing available for Income, AIG and HL Assurance.
        Towing rates (island-wide): S$120 flat within 20 km, S$4/km thereafter, CTE/KPE tunnel surcharge S$20, after-midnight surcharge 30%. 24h hotline 6749 9811, WhatsApp 8188 3020.
        Kedai Tayar Kim Seng, No. 12 Jalan Pudu Lama, 50200 Kuala Lumpur: Proton Saga 4-tyre package RM520, Perodua Myvi 4-tyre package RM480, balancing free. SSM 201901023456.
        EV charging at our depot (Tuas South Avenue 2): DC 60 kW at S$0.62/kWh for fleet members, S$0.75/kWh for public. Idle fee S$0.30/min from 15 min after charging completes.
        Accident repair quote template: Ref Q-2025-0412, panel beating (rear bumper) S$380, spray painting S$260, labour 3.5 h at S$70/h, GST 9% applied on total, valid 14 days.
        Car loan promo for PHV drivers: 2.78% p.a. flat, up to 7 years, max 70% of purchase price for OMV above S$20,000. Processing fee S$250 waived in May. UEN 201912345K.
        Rental return checklist: charge at least 80%, no smoking odour (S$150 cleaning fee), all ERP and parking charges settled, scratches above 5 cm reported before 6 pm or S$200 admin fee.
    """),
    ("zh-Hans", "行业新闻与历史"): _lines("""
        滴滴出行创始人程维在2015年推动滴滴与快的合并，2016年又收购优步中国，此后滴滴长期占据国内网约车市场最大份额，也因此多次接受监管部门约谈。
        Grab联合创始人陈炳耀（Anthony Tan）与陈慧玲（Tan Hooi Ling）2012年在吉隆坡推出MyTeksi，后来把总部迁到新加坡，并于2021年在纳斯达克上市。
        2016年7月，交通运输部等七部委联合发布《网络预约出租汽车经营服务管理暂行办法》，网约车在中国首次获得合法地位，办法自当年11月1日起施行。
        2020年，人社部等部门将“网约配送员”列为新职业，此后多地陆续开展新就业形态就业人员职业伤害保障试点，外卖骑手按单参保，保费由平台承担。
        曹操出行于2025年在香港联交所上市，其控股股东为吉利控股集团，集团创始人李书福被视为中国民营汽车工业的代表人物之一，网约车业务主打定制车。
        新加坡人力部长陈诗龙在国会辩论《平台工作者法案》时表示，法案将为数以万计的送餐骑手和网约车司机提供公积金缴交和工伤赔偿保障。
        马来西亚交通部长陆兆福宣布，电召车司机的公共服务车辆驾照申请程序将进一步简化，部分课程可在线完成，以减轻新入行司机的时间和费用负担。
        Uber创始人特拉维斯·卡兰尼克2017年辞去首席执行官职务，由达拉·科斯罗萨西接任；次年Uber把东南亚业务出售给Grab，换取合并后公司约27.5%的股份。
        叫车方式的变迁：从上世纪的无线电出租车调度、九十年代的电话叫车中心，到2012年快的打车与嘀嘀打车先后上线，出行行业经历了三次大的技术变革。
        《骆驼祥子》是老舍1936年创作的长篇小说，讲述北平人力车夫祥子三起三落、拼命攒钱买车的故事，常被评论者拿来与今天背着车贷跑网约车的司机相比较。
        货拉拉创始人周胜馥很少公开露面，2021年长沙发生乘客跳车事件后，公司对平台规则进行了全面整改，增加了全程录音、偏航预警和紧急联系人等功能。
        高德打车、T3出行、如祺出行等平台近年快速扩张，据交通运输部公布的数据，截至2024年底全国各地共发放网约车驾驶员证超过700万本，运力明显过剩。
        美团创始人王兴在一次业绩会上回应骑手社保问题时表示，公司将逐步推进骑手养老保险补贴方案，首批试点城市包括泉州和南通，并计划逐步推广至全国。
    """),
    ("en", "config_and_code"): _lines("""
        DRIVER_APPEAL_WINDOW_DAYS=7  # days after deactivation notice; keep in sync with policy doc v2025.2 section 4.1
        const MAX_CANCEL_RATE = 0.15; // drivers above this over a rolling 28 days are moved to the manual review queue
        payout: { schedule: weekly, cutoff: Mon 04:00 SGT, min_amount_sgd: 10.00, bank_file_format: GIRO_FAST_v3, retry: 3 }
        CSV header: trip_id,driver_id,pickup_ts,dropoff_ts,distance_km,fare_sgd,commission_sgd,erp_sgd,surge_multiplier,rating
        SELECT city, SUM(fare) AS gross, COUNT(*) AS trips FROM trips WHERE city = 'KUL' AND completed_at >= '2025-03-01' GROUP BY city;
        insurance_providers = ['income', 'etiqa', 'allianz_my', 'ping_an', 'fwd_hk']  # per-trip cover adapters, see adapters/README
        curl -X POST https://api.example.com/v1/claims -H 'Authorization: Bearer <TOKEN>' -H 'Content-Type: application/json' -d @claim_sample.json
        Plate validation regex for SG vehicles: ^S[A-Z]{1,2}[0-9]{1,4}[A-Z]$ (never log the matched value, only the boolean result)
        FEATURE_FLAGS: dashcam_upload=true, fatigue_lock_hours=12, night_safety_checkin=on, complaint_auto_suspend=false, ev_bonus=0.05
        docker run -d --name earnings-api -p 8080:8080 -e TZ=Asia/Singapore ghcr.io/fleetops/earnings-api:2.14.0
        # loan_calc.py: monthly = principal * r / (1 - (1 + r) ** -n) where r = annual_rate / 12; flat-to-EIR conversion not applied here
        Error code reference: E1042 document expired, E1043 face verification mismatch, E2001 bank account name mismatch, E3005 vehicle permit missing
        git log --oneline: 7c1e9a2 fix(payout): round ERP reimbursement to 2 dp; 3b8f0d4 feat(appeal): add zh-Hant and ms templates
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi, I'm Darren Koh Wei Jie, driving Grab since 2021. My account got deactivated on 3 March after a passenger said I was rude. NRIC S8837412F. Can you help me write the appeal?
        My plate is SLF4827G, the white Corolla Altis. A van rear-ended me at the Bukit Timah junction and now the insurer says I'm 30% liable. What should I reply to them?
        My wife Priya is 7 months pregnant and I need to take 3 weeks off driving when the baby comes. Will the platform count that as inactivity and drop my Gold tier?
        Contact me at 9127 4408 or marcus.teo.drives@gmail.com if the workshop needs more details on the accident claim, I'm driving until 7pm today.
        Name: Nur Aisyah Binte Rahmat | FIN: G5518273L | Bank: DBS 027-845193-2 | Vehicle: SNB1163E | Claim: CLM-SG-2025-005102 | Status: pending documents
        I was diagnosed with sleep apnea last month and the doctor at Tan Tock Seng told me not to drive nights. Do I have to tell LTA? My name is Jason Lee Kok Meng.
        I owe the rental company about S$6,800 in arrears and they're threatening to sue me. I'm Rajesh s/o Muthusamy, I drive night shift. Is there a payment plan I can ask for?
        The passenger who complained was a woman called Cheryl Ng, she called me a scammer in the review, and her number 8345 2917 is still in my call log. Can I report her?
        Home address for the loan form: Blk 412 Tampines Street 41, #08-227, Singapore 520412. Applicant Kelvin Ong Jun Hao, monthly income about S$4,200 after commission.
        My statement shows S$2,140 for February but I did 412 orders. Rider ID FP-SG-2231984, the account is under my sister Tan Mei Ling. Is the per-order rate wrong?
        Bro my delivery account got banned because my brother Aaron was riding on my login while I was warded for dengue. How do I explain this without getting him in trouble?
        CSV row: 2025-03-02,Farid Iskandar,+65 9712 3345,SKT907Z,accident,rear bumper,S$1450,awaiting_surveyor
    """),
    "zh-Hans": _lines("""
        我叫王建国，在深圳跑滴滴三年了，身份证号440304198806142738，昨天突然被封号说我恶意绕路，能帮我写个申诉吗？
        我车牌是粤B·D36271，比亚迪秦PLUS，上周五在南山区出了个小剐蹭，对方是一辆宝马，非要我赔八千，交警判的是同等责任。
        我老婆刘秀芳上个月查出乳腺癌，要去中山医院化疗，我现在每天跑十四个小时外卖还不够还车贷，真的不知道怎么办了。
        车贷是平安银行的，每月还4380，已经逾期两期了，催收天天打到我妈手机13817264590上，还威胁要去她单位闹，这合法吗？
        乘客赵女士投诉我性骚扰，其实我只是问她空调温度合不合适，现在账号被暂停了，平台说要配合警方调查，我会不会被抓？
        骑手信息：姓名 陈小龙，骑手ID MT8827561，手机 15902136648，所属站点 上海浦东张江站，违规记录：超时3次，差评1次。
        我叫李娟，以前在货拉拉跑车，离婚后孩子跟我，前夫一直不给抚养费，现在我一个人跑车养孩子，每月收入六千左右。
        我的工商银行卡号6222 0210 0123 4567 890，平台说账户名和实名不一致提现失败，我叫张伟，当初是用我哥张强的卡绑定的。
        阿明（我同车队的兄弟）昨天在虹桥枢纽被查到无证运营，车被扣了还罚了一万块，他现在不敢跟家里说，我该怎么帮他？
        家庭住址：四川省成都市武侯区人民南路四段27号院3栋2单元601，收件人周海燕，电话18608012377，保险理赔材料请寄这里。
    """),
    "zh-Hant": _lines("""
        我係陳志強，揸Uber三年，HKID K482913(1)，上個禮拜俾人投訴話我兜路，而家戶口被停咗，點樣申訴先最有機會成功？
        我架車牌係 PX 8263，喺將軍澳隧道出口撞咗前面架私家車，對方司機話要報警，我份保單係AXA嘅，保單號碼 MTR-HK-88213497。
        林太你好，我係你老公嘅車隊同事，佢中風入咗伊利沙伯醫院，我哋幫佢交咗今個月車租，你有咩需要可以打我 6128 9037。
        本人黃美玲，身分證字號F128394056，在台北跑外送，上個月被扣了新台幣3,200元說我餐點未送達，但我明明有拍照。
        我在高雄開多元計程車，車牌RCX-6673，車貸還欠大約42萬，這個月開始繳不出來，老婆又剛生小孩，可以跟車貸公司協商延後嗎？
        阿傑哥昨天被乘客打了，現在在台大醫院縫了八針，他叫蔡宗傑，手機0912-487-305，請問有沒有什麼保險可以理賠？
        外送員資料：姓名 吳家豪，身分證 H227054182，帳戶 中國信託 822-5401-2398-7716，地址 新北市板橋區文化路二段182巷5號3樓。
        我係澳門的士司機何文輝，澳門居民身份證 5213748(3)，上個月俾乘客投訴拒載，交通事務局要我去解釋，會唔會吊銷我張的士證？
        我欠咗財務公司十二萬，佢哋寄信去我屋企：九龍城區馬頭圍道88號啟明樓5樓B室，收信人係我阿媽梁玉珍，佢而家好驚。
    """),
    "ms": _lines("""
        Saya Mohd Hafiz bin Abdullah, pemandu e-hailing di Shah Alam, akaun saya digantung sebab penumpang kata saya merokok dalam kereta. No IC saya 880614-10-5273.
        Nombor plat kereta saya VEP 8821, Perodua Bezza. Saya kemalangan di Jalan Klang Lama semalam dan pihak lagi satu tak nak bayar. Boleh tolong buat surat tuntutan?
        Isteri saya Nurul Izzati baru bersalin secara pembedahan di Hospital Selayang, jadi saya tak boleh bawa e-hailing sebulan. Ada tak bantuan untuk pemandu macam saya?
        Tolong hubungi saya di 012-638 4471 atau email azlan.rider88@yahoo.com, saya dah tunggu jawapan tuntutan insurans hampir dua bulan.
        Saya ada hutang AKPK sebanyak RM23,000 dan bayaran kereta Myvi pun dah tertunggak 2 bulan. Nama saya Kumar a/l Subramaniam. Boleh ke saya masih buat e-hailing?
        Penghantar: Lim Wei Siang | MyKad 930417-07-5531 | Akaun Bank: Public Bank 6412038857 | Alamat: No. 23, Jalan Mawar 4, Taman Sri Muda, 40400 Shah Alam
        Abang saya Zul kena tangkap polis minggu lepas sebab bawa kereta sewa tanpa insurans, sekarang dia tak boleh kerja langsung. Macam mana nak bantu dia?
        Saya disahkan menghidap kencing manis tahap 2 dan doktor di klinik kesihatan kata tak sesuai memandu lebih 8 jam sehari. Nama saya Rosli bin Ismail, umur 52.
        Pendapatan bersih saya bulan lepas cuma RM2,150 selepas komisen, tapi penyata tunjuk RM2,680. ID pemandu DRV-MY-00481257, akaun atas nama ibu saya Aminah binti Yusof.
        Alamat rumah untuk surat saman: No. 7, Lorong Seri Kenangan 3, Taman Seri Kenangan, 08000 Sungai Petani, Kedah. Penerima: Faizal bin Osman, tel 019-552 7813.
    """),
    "mixed": _lines("""
        Hi 我叫 Jessie Wong，在 Singapore 做 delivery rider，my account kena deactivated sebab customer complain makanan tumpah，rider ID FP-9921834，怎么 appeal?
        我的 car loan 是 with Maybank，每个月 RM1,450，already 3 months tak bayar，they called my office at 03-7722 8810 and now my boss knows. Malu gila.
        Boss，我系 Ah Keong 啦，plate WXY 5523，semalam accident dekat Jalan Ipoh，对方 Honda City driver 要 claim RM3,000，insurance 可以 cover 吗？
        Passenger 投诉我 rude，但他自己 mabuk。His name on app is Jonathan Tay, booking GRB-8812-KL, pickup at his condo in Mont Kiara. 我 want to report him too, can?
        SG PHV driver, NRIC T0265813A, 被 LTA 罚 S$300 因为 PDVL expired 两个星期, but I was in hospital for a heart bypass. Can 申请 waiver?
        我老公 Ravi 去年 accident 之后 paralysed waist down, now I drive to pay the car loan, 他的 SOCSO claim 还没批, what documents 需要?
        Payout 少了 RM380, driver name Tan Chee Keong, phone 016-221 9045, DuitNow ID 930812075531, tolong check sebelum Jumaat.
        澳門唔可以揸白牌我知，but 我老細 Mr. Chan 叫我揸，now 俾警察拉咗，fine MOP 30,000，我叫阿傑 Kit，can I appeal?
        Row 14: 李国强, +86 139 2871 6604, 沪A·F58821, Premier, complaint=车内有异味, rating 4.2, status=suspended_7d
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a helpful assistant for gig workers in Singapore. Be practical and concise.",
        ),
        (
            "user",
            "My Grab account was deactivated yesterday. The reason says multiple safety reports. I have never had an accident. My name is Darren Koh Wei Jie, NRIC S8837412F, driver since 2021. Please help me write an appeal.",
        ),
        (
            "assistant",
            "Sorry to hear that. Here is a draft you can paste into the appeal form: Dear Driver Support, I am Darren Koh Wei Jie (NRIC S8837412F), a driver partner since 2021. My account was deactivated on 3 March citing safety reports. I have no accident record and I can provide dashcam footage for any trip you identify. I kindly request a review. You may want to leave the NRIC out of the free text if the form already has it on file.",
        ),
        ("user", "Should I also mention my 4.93 rating and 6,200 trips?"),
        (
            "assistant",
            "Yes, add one line: I have completed over 6,200 trips with a 4.93 rating. Keep it factual and attach the dashcam clips if you have them.",
        ),
    ],
    [
        ("system", "你是一个帮助网约车司机处理交通事故和保险问题的助手。"),
        (
            "user",
            "我车牌粤B·D36271，昨天在深南大道追尾了前面的出租车，交警判我全责。我的车险是人保的，对方司机说后背受伤要我私了五千，我该怎么办？",
        ),
        (
            "assistant",
            "建议不要私下给现金。你是全责，对方的人伤和车损应当通过你的交强险和商业三者险理赔。请尽快拨打95518报案，保留交警出具的事故认定书，并让对方提供医院的诊断证明和发票。",
        ),
        ("user", "对方叫孙立伟，电话13922876415，他说不私了就去平台投诉我，让我被封号。"),
        (
            "assistant",
            "平台一般不会因为已走保险流程的事故直接封号。你可以在司机端安全中心提交事故报备，附上认定书和保险报案号。如果孙先生继续以投诉相威胁索要钱财，保存好聊天记录和通话录音。",
        ),
    ],
    [
        (
            "user",
            "Saya tertunggak bayaran kereta Axia 3 bulan dengan bank, RM620 sebulan. Nama saya Mohd Hafiz bin Abdullah, IC 880614-10-5273. Bank hantar notis nak tarik kereta. Kereta ni saya guna untuk e-hailing.",
        ),
        (
            "assistant",
            "Encik Hafiz, di bawah Akta Sewa Beli 1967, pihak bank perlu menghantar Notis Jadual Keempat sebelum menarik balik kenderaan. Cuba hubungi bank untuk memohon penstrukturan semula bayaran, dan anda juga boleh mendapatkan nasihat percuma daripada AKPK.",
        ),
        ("user", "Kalau saya bayar RM300 dulu boleh ke mereka tunggu?"),
        (
            "assistant",
            "Bayaran separa menunjukkan niat baik, tetapi minta persetujuan bertulis daripada bank. Simpan resit dan jangan serahkan kereta kepada ejen yang tiada surat kuasa sah.",
        ),
    ],
    [
        ("system", "你係一個用廣東話回覆嘅助手，幫香港司機處理工作上嘅問題。"),
        (
            "user",
            "有個乘客投訴我話我喺車入面講粗口，其實係佢自己先鬧我。我叫陳志強，電話 6214 3087，而家Uber話要暫停我戶口七日。",
        ),
        (
            "assistant",
            "陳生，你可以喺App入面回覆投訴，講清楚當時經過，如果有行車記錄器錄音就最好一齊提交。語氣保持平和，唔好反過嚟指控乘客。",
        ),
        ("user", "我有錄影，但係影到乘客個樣，咁樣交出去會唔會有私隱問題？"),
        (
            "assistant",
            "只係交俾平台用嚟處理投訴，一般問題唔大，但唔好放上網或者WhatsApp群組。提交時可以註明只供調查用途。",
        ),
        ("user", "明白，唔該晒。"),
    ],
    [
        (
            "user",
            "I deliver for foodpanda in Penang. Last week's payout was RM410 short. The app shows 96 orders but they only paid for 81. My rider email is azlan.rider88@yahoo.com and my phone is 012-638 4471.",
        ),
        (
            "assistant",
            "That's a sizeable gap. Export or screenshot the order history for the week, list the 15 orders that seem unpaid with their order IDs and timestamps, and submit them through the in-app Help > Earnings issue. Ask for a written breakdown.",
        ),
        ("user", "They keep replying with the same template. Can I go to the Labour Department?"),
        (
            "assistant",
            "As a platform rider you may not be covered as an employee, but you can still lodge a complaint with the Ministry of Human Resources or seek help from a rider association. Keep every reply from support as evidence.",
        ),
    ],
    [
        ("system", "Assistant for private-hire drivers. Answer in the user's language mix."),
        (
            "user",
            "我 SG PHV driver, name Benjamin Goh, last month 做了 heart bypass, doctor say cannot drive 3 months. My car rental contract still charging S$75 a day. Can I pause?",
        ),
        (
            "assistant",
            "Benjamin, many PHV rental companies allow a medical suspension if you provide a medical certificate. Send the MC and the hospital memo to the rental company and ask in writing to freeze the daily rental. Also check whether your Work Injury or personal accident cover pays a daily benefit.",
        ),
        ("user", "Rental company say must pay 50% also. Fair or not?"),
        (
            "assistant",
            "It depends on your contract terms. Look for a clause on early return or medical hardship. If there is none, negotiating a reduced rate or early return without penalty is reasonable to ask for.",
        ),
    ],
    [
        (
            "system",
            "用户资料：美团骑手 陈小龙，骑手ID MT8827561，手机15902136648，站点：上海浦东张江站。请根据资料回答用户问题。",
        ),
        ("user", "我昨天送餐时在科苑路被电动车撞了，左手骨折，站长说平台有保险但让我自己去问。"),
        (
            "assistant",
            "陈小龙你好，平台为在线骑手投保了意外险和职业伤害保障。请在骑手App的“保险服务”中提交报案，上传医院诊断证明、病历和费用发票，并保留事故现场照片。如对方全责，还可以向对方索赔。",
        ),
        ("user", "住院这几天没法跑单，收入损失能赔吗？"),
        (
            "assistant",
            "部分意外险含住院津贴，职业伤害保障也可能按天给付停工补偿，具体以保单条款为准。报案时可以一并询问。",
        ),
    ],
    [
        (
            "user",
            "Boleh tolong saya isi borang tuntutan insurans? Kemalangan 12 Mac di Jalan Klang Lama, kereta saya VEP 8821, penumpang cedera ringan.",
        ),
        (
            "assistant",
            "Boleh. Sila beri nama penuh, nombor IC, nombor polisi dan nombor laporan polis.",
        ),
        (
            "user",
            "Nama Rahim bin Jaafar, IC 790322-14-6187, polisi e-hailing Etiqa EH-2025-771093, laporan polis BRICKFIELDS/004412/25.",
        ),
        (
            "assistant",
            "Berikut draf: Nama Pemegang Polisi: Rahim bin Jaafar; No. IC: 790322-14-6187; No. Kenderaan: VEP 8821; No. Polisi: EH-2025-771093; Tarikh Kemalangan: 12 Mac 2025; Lokasi: Jalan Klang Lama; Laporan Polis: BRICKFIELDS/004412/25; Kecederaan: penumpang cedera ringan. Sila semak sebelum dihantar.",
        ),
    ],
    [
        ("system", "你是一位熟悉台灣外送平台規則的助理，請用繁體中文回答。"),
        (
            "user",
            "我叫黃美玲，身分證F128394056，跑外送兩年，昨天突然被停權，說我有三筆訂單未送達，但我都有拍照放在門口。",
        ),
        (
            "assistant",
            "黃小姐您好，建議先在夥伴App的申訴頁面提交這三筆訂單的送達照片，照片上最好能看到門牌與時間。也可以附上GPS軌跡截圖，說明您確實到達了地址。",
        ),
        ("user", "如果申訴失敗，我可以找誰？"),
        (
            "assistant",
            "可以向地方勞工局或消保單位陳情，也可以詢問外送員職業工會協助。請保留所有與平台的往來紀錄。",
        ),
    ],
    [
        (
            "user",
            "I rent a car from a PHV fleet in Singapore and they say I owe S$3,900 for damage I didn't do. They want to send a lawyer's letter to my home at Blk 58 Marine Terrace, #03-112. What can I do? I'm Kelvin Ong.",
        ),
        (
            "assistant",
            "Kelvin, ask the fleet for the handover inspection report and photos from when you collected and returned the car. If they can't show the damage was caused during your rental, dispute it in writing. For claims up to S$20,000 you can go to the Small Claims Tribunals.",
        ),
        ("user", "I didn't take photos when I collected it."),
        (
            "assistant",
            "That makes it harder but not hopeless. Check if the fleet app has a digital checklist you signed, and ask for the workshop quotation and photos. Don't pay until you see evidence.",
        ),
    ],
    [
        (
            "user",
            "Eh bro, wife I pregnant already 8 months, doctor say high risk, must stay Hospital Sultanah Aminah maybe 2 weeks. I GrabCar driver JB, can claim anything ah? My name Suresh a/l Ganesan.",
        ),
        (
            "assistant",
            "Congratulations and hope all goes well. As a self-employed e-hailing driver, check whether you registered for PERKESO SKSPS; it covers work injuries, not pregnancy. Some driver partner programmes offer hospital income benefit for the driver only, so look at the Benefits tab in the app.",
        ),
        ("user", "Ok then the car loan how? RM1,100 per month, 2 weeks no income."),
        (
            "assistant",
            "Call your bank before the due date and ask for a one-month deferment or restructuring, explaining the medical situation. Banks often agree if you ask early and provide the hospital letter.",
        ),
    ],
    [
        ("system", "你是一个帮助用户处理债务和催收问题的法律信息助手，不提供正式法律意见。"),
        (
            "user",
            "我车贷逾期两期，催收员每天打给我妈（刘桂英，13817264590）和我前单位，还说要去我家门口贴告示。我家地址是上海市闵行区七莘路1888弄12号602室。",
        ),
        (
            "assistant",
            "根据相关规定，催收不得骚扰借款人的亲友，也不得以公开张贴等方式侮辱威胁。你可以收集通话录音，向放款银行投诉，并向当地金融监管部门或12378热线反映。如果有人到你家门口张贴，可以报警。",
        ),
        ("user", "那我该怎么跟银行协商？"),
        (
            "assistant",
            "可以书面申请个性化分期或延期还款，说明收入下降的原因，附上网约车平台近三个月的流水截图，提出你能承受的月还款额。",
        ),
    ],
    [
        (
            "user",
            "Penumpang nama Shahrul buat aduan saya memandu laju, tapi dia sendiri yang suruh cepat sebab nak kejar flight di KLIA. Sekarang akaun saya digantung 3 hari.",
        ),
        (
            "assistant",
            "Anda boleh rayu melalui aplikasi. Terangkan penumpang meminta anda memandu cepat dan lampirkan data kelajuan daripada kamera papan pemuka jika ada. Nyatakan anda mematuhi had laju.",
        ),
        (
            "user",
            "Dia ada hantar mesej WhatsApp dari nombor 017-330 2894 suruh saya cepat. Boleh guna tak?",
        ),
        (
            "assistant",
            "Boleh, tangkapan skrin mesej itu berguna sebagai bukti. Kaburkan maklumat yang tidak berkaitan dan hantar hanya kepada pasukan sokongan platform.",
        ),
    ],
    [
        (
            "system",
            "Driver profile loaded from CRM: name=Nur Aisyah Binte Rahmat; FIN=G5518273L; vehicle=SNB1163E; phone=+65 9034 7712; tier=Gold; home=Woodlands Drive 16. Use this profile to answer earnings questions.",
        ),
        ("user", "How much did I earn last week after commission? My gross was S$1,380."),
        (
            "assistant",
            "With the standard 20% commission, net earnings would be about S$1,104 before ERP reimbursements and incentives. As a Gold tier driver you may have a lower commission on some trips; check Earnings > Weekly statement for the exact figure.",
        ),
        ("user", "And the CPF part under the new law?"),
        (
            "assistant",
            "Under the Platform Workers Act, CPF contributions are phased in. Your statement should show a separate line for the worker share deducted and the operator share paid into your CPF account.",
        ),
    ],
]
