# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix171: moving and removal companies in SG/MY/HK/TW (搬屋 and 搬家 quotes, old and new home addresses, damaged furniture claims, storage units, movers' rosters and chats). All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix171
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "price_list"): _lines("""
        HDB 3-room to 4-room move within the same town: from S$480, includes 1 x 24ft lorry, 3 movers, 4 hours; extra hour S$90, GST 9% not included.
        Condo-to-condo package (up to 2 bedrooms): S$650 weekday, S$750 Sat, S$850 Sun & PH. Lift booking with the MCST is the customer's responsibility.
        Add-on: upright piano S$280 ground floor, +S$60 per flight of stairs; baby grand quoted only after a site survey by our supervisor.
        Bubble wrap roll 1m x 100m S$38 | Carton box L (60x40x40cm) S$3.20 each, min 20 pcs | Free box collection within 30 days after move.
        Storage at our Tuas warehouse: 50 sq ft unit S$120/month, 100 sq ft S$210/month, climate-controlled +15%, min 3 months, deposit 1 month.
        Disposal: old mattress S$45/pc, 3-seater sofa S$80, fridge S$60, handled by an NEA-licensed general waste collector, receipts provided on request.
        Office relocation per workstation: S$35 dismantle + reassemble, server rack S$180/rack, IT cabling by partner vendor, quote valid 14 days.
        Surcharges: CBD/ERP zone S$30, walk-up above level 3 S$15 per floor per mover, after 8pm S$100 flat, Chinese New Year eve +30%.
        Insurance: basic cover S$0.60 per kg per article (included); full value protection 1.5% of declared value, minimum premium S$50.
        Aircon dismantling (wall-mounted, per unit) S$70, reinstall S$120 incl. 1m copper pipe top-up, R32 gas top-up S$60 per system.
        Hoisting via window for oversized sofa or fridge: from S$350, subject to town council approval, 2-man crew + pulley set, weather permitting.
        Cross-border SG to Johor Bahru: 3-ton lorry S$1,180 one way incl. customs documentation; Kuala Lumpur S$2,400, Penang S$3,300.
        Promo code MOVE2027 = 10% off weekday jobs booked before 31 Jan; not valid with the BTO key collection package (S$399 flat).
    """),
    ("zh-Hant", "faq"): _lines("""
        Q：搬屋前幾耐要預約？A：平日建議提早7日，月尾同農曆年前嘅星期六日最好預早3個星期，熱門時段好快爆，早啲book好啲。
        Q：有冇得上門睇貨報價？A：港九新界都免費上門估價，亦可以傳相去公司WhatsApp客服熱線 6688 2031，師傅會喺2小時內回覆報價。
        Q：唐樓冇電梯點計？A：每層樓梯每件大型傢俬加收$30，例如雪櫃、梳化、衣櫃，細件紙箱就唔另外收費，詳情睇報價單，如果要用吊運會另外報價。
        Q：搬屋公司有冇保險？A：本公司已購買第三者責任保險及貨物運輸保險，每單保額最高HK$50,000，詳情請參閱服務條款第6條。
        Q：傢俬撞花咗點算？A：請喺搬屋完成後48小時內經官網表格提交相片同單號（例如HK-MV-250318-07），我哋會安排師傅上門跟進。
        Q：可唔可以幫手拆裝IKEA傢俬？A：得，拆裝衣櫃每件$150起，床架$120起，PAX系列同MALM系列我哋師傅都好熟手，唔使擔心。
        Q：公屋搬屋要唔要同管理處講？A：要，請預先向屋邨辦事處申請搬運許可，並預約貨Lift時段，一般星期日及公眾假期唔接受搬運。
        Q：你哋有冇迷你倉？A：我哋喺葵涌及柴灣設有迷你倉，20呎倉位每月$580起，24小時保安同恆溫恆濕系統，新客首月半價。
        Q：點樣付款？A：接受現金、轉數快FPS（商戶識別碼 1688203）、PayMe for Business及公司支票，完工驗收後先收尾數。
        Q：落雨會唔會照搬？A：黃雨照常，紅雨、黑雨或八號風球會暫停，改期唔收手續費，天文台除下訊號後客服會再同你約過時間，唔使另外付訂金。
        Q：有冇得淨係搬一兩件嘢？A：有，散件運送服務$380起，包一部5.5噸貨車同一位師傅，適合搬雪櫃、洗衣機或者床褥，當日落單當日搬都得。
        Q：寫字樓搬遷可唔可以夜晚做？A：可以，商業大廈通常只准晚上7點後用貨Lift，夜間附加費另計，請電郵 office@hkmovepro.com.hk 查詢。
        Q：搬去澳門或者深圳得唔得？A：過境搬運需要預早14日辦理報關文件，深圳線由我哋嘅合作夥伴負責，報價以立方米計算，另加口岸費用。
    """),
    ("zh-Hans", "员工群聊"): _lines("""
        【调度】明早8点第一单在南山区科技园那栋写字楼，3号车4.2米厢货，B组4个人，记得带地毯保护膜、电梯护角和两台手推车，7点半在公司门口集合。
        3号车已到地库，物业说10点前货梯只能用一部，先搬文件柜，工位隔板等中午人少了再上，大家先别急着拆，等物业管理员到场确认后再动。
        收到，订单 SZ20270312-0458 要求钢琴单独走，已经联系合作的钢琴搬运队，报价单我刚发群里了，组长确认一下。
        提醒一下：今天下午35度，大家每两小时喝水休息十分钟，车上保温箱里有绿豆汤，别硬扛，中暑了更耽误事，有不舒服马上跟组长说。
        仓库盘点：二号库A区大号纸箱剩320个、中号510个、气泡膜17卷，周五前要补货，采购单号 PO-2027-0311，请财务尽快审批。
        浦东那单衣柜背板裂了，照片已上传系统，工单号 CL-0088，按流程先报保险公司，千万别在群里跟客户吵，有问题统一由客服部回复。
        大家注意，新版APP 4.6.2 上线了，签收页面要拍三张照片：门口、家具全景、车厢关门，不拍系统不让结单，旧版本今晚12点后停用。
        5号车胎压报警，先开去合作的轮胎店检查，下午那单调给7号车，7号车今天只排了一单，时间够用，车检报告和轮胎店的收据拍照发到车队群报销。
        @全体成员 本周六公司年中总结会在办公室三楼会议室，下午两点开始，缺勤按半天算，各组组长今晚前统计一下人数报给行政部，晚上公司请吃饭。
        报价规则更新：6楼以上无电梯每层加收20元/人，大件（冰箱、钢琴、保险柜）另算，一律以系统报价为准，下周一起执行，旧报价单作废。
        刚查了导航，沪昆高速堵了十公里，长途那单预计晚到两小时，我已经在系统里改了预计到达时间，客服那边会发短信模板通知收货方。
        下班前把对讲机和手推车还到仓库，上周少了两台手推车，从今天开始借用要在前台登记本上签字，归还时仓管核对编号，丢失的照价赔偿。
        今天的好评：订单 SZ20270311-0212 客户给了五星，说拆装空调很专业，奖励B组每人50元，月底跟工资一起发。
    """),
    ("ms", "notis_stor_dan_pindah"): _lines("""
        NOTIS: Pejabat stor mini kami di Jalan Kuchai Lama akan ditutup pada 1 Mei (Hari Pekerja). Akses unit 24 jam tetap beroperasi seperti biasa.
        Sewa unit stor 3m x 2m bermula RM280 sebulan, deposit dua bulan, bayaran melalui DuitNow atau FPX sebelum 7 haribulan setiap bulan.
        Barang yang DILARANG disimpan: bahan mudah terbakar, tong gas LPG, makanan mudah rosak, senjata api, dadah dan haiwan hidup.
        Untuk pertanyaan pindah rumah, sila hubungi talian khidmat pelanggan 1-300-88-6683 (Isnin hingga Sabtu, 9 pagi - 6 petang).
        Syarikat: Pindah Jaya Logistik Sdn Bhd (No. Pendaftaran 201801023456 / 1284567-K), pemegang permit lori barangan yang sah.
        Peringatan: kunci mangga unit stor adalah tanggungjawab penyewa; pihak pengurusan tidak menyimpan sebarang kunci pendua.
        Pakej pindah rumah Lembah Klang: lori 3 tan + 3 pekerja, RM450 untuk 4 jam pertama, tambahan RM80 bagi setiap jam berikutnya.
        Tuntutan kerosakan perabot mesti dibuat secara bertulis dalam masa 3 hari bekerja bersama gambar dan nombor invois asal.
        Cuti Hari Raya Aidilfitri: operasi lori dihentikan dari 29 Mac hingga 2 April; tempahan selepas itu dikenakan caj puncak 20%.
        Waktu akses gudang Shah Alam Seksyen 23: 7 pagi hingga 11 malam; selepas itu sila hubungi pengawal keselamatan di pondok utama.
        Kotak kadbod saiz besar RM4.50, pita pelekat RM6 segulung, balutan buih 50 meter RM35, semuanya boleh dibeli di kaunter gudang.
        Kami kini menerima perpindahan dari Johor Bahru ke Singapura; dokumen kastam disediakan oleh ejen penghantaran berlesen kami.
        Sila pastikan peti sejuk dikosongkan dan dicairkan sekurang-kurangnya 12 jam sebelum lori tiba untuk mengelakkan kebocoran air.
    """),
    ("mixed", "dispatch_log"): _lines("""
        2027-03-14T08:02:11+08:00 INFO dispatch job=MV-SG-0031877 truck=TRK-24FT-07 crew=TEAM_C status=EN_ROUTE eta=08:45 note=lift_booked_9_to_11
        2027-03-14 09:17:45 WARN storage.access unit=TUAS-B-118 door_open_duration=1840s threshold=900s action=alert_ops_channel 门未关好
        [KL-HUB] 10:22 job MV-MY-220915 lori 3 tan sampai lewat 40 min sebab jam di Federal Highway, pelanggan dimaklumkan via template TPL_DELAY_02
        2027-03-14 11:05:33 ERROR quote-svc POST /api/v2/quotes 422 reason=volume_m3_missing request_id=7f3a9c2e-41b8-4d0b-9e5a-0c6d2b1f8a47
        [HK-OPS] 13:40 搬運單 HKM-27-03-0412 已完成，貨車 VAN-5T-03 返回葵涌倉，用時 3h52m，紙箱回收 18 個，無損毀報告
        2027-03-14 14:12:09 INFO claim.create claim_id=CLM-2027-000341 job=MV-SG-0031802 item=dining_table damage=scratch severity=minor
        [TPE] 15:00 台北內湖倉 溫度 24.3C 濕度 58% 正常；夜班巡查 checklist v3 已簽核，消防栓壓力 OK，下次巡查 03:00
        2027-03-14 15:48:20 DEBUG pricing rule=stairs_no_lift floors=5 rate_per_floor=15.00 currency=SGD subtotal=75.00 applied=true
        [JB] 16:30 truck TRK-10T-02 cleared Bangunan Sultan Iskandar CIQ, SG side Woodlands Checkpoint ETA 17:10 ikut jadual
        2027-03-14 17:02:57 INFO sms.gateway template=MOVE_REMINDER_D1 sent=124 failed=3 provider=twilio cost_usd=0.94 batch=B-0314-2
        2027-03-14 18:20:14 WARN fleet.gps device=GPS-0098 last_ping=17:58 signal lost near Tai Lam Tunnel 大欖隧道, auto-retry 5 次
        [SZ] 19:05 车辆 SZ-T4.2-11 完成今日3单，油耗 14.2L/100km，里程 186km，已回公司停车场 B3 区，明早 07:30 出车
        2027-03-14 23:59:59 INFO cron.daily_report jobs_total=87 completed=84 cancelled=2 rescheduled=1 revenue_sgd=41230.50 claims_open=6
    """),
    ("zh-Hant", "商家評論"): _lines("""
        ★★★★★ 阿福搬家真的很推薦，三房兩廳從板橋搬到新莊只花四個小時，師傅用背帶把冰箱扛上五樓，完全沒碰到牆，收費也跟估價單一樣。
        ★★☆☆☆ 報價時說一車8000，到現場又說東西太多要加一車，最後付了14500，建議大家一定要請他們先到府估價再簽約。
        ★★★★☆ 小林搬家公司的客服回覆很快，LINE官方帳號 @xiaolinmove 傳照片就能估價，唯一缺點是週末很難約到。
        ★★★★★ 這家有代客打包服務，書櫃裡的書全部裝箱並標上編號，新家拆箱時很方便，發票也能打統編，公司報帳沒問題，整體體驗很好。
        ★☆☆☆☆ 餐桌玻璃破了，打給客服專線 02-2796-5533 說要等主管回覆，一週了還沒消息，理賠流程真的很慢，希望公司能改善客服效率。
        ★★★★★ 推薦給在台中找搬家的人，大里搬到北屯，跨區也沒有加價，師傅進門前還會穿鞋套，很有禮貌，結束後還幫忙把垃圾帶走。
        ★★★☆☆ 價格合理但遲到快一小時，說是前一單在內湖塞車，有先打電話告知所以還可以接受，下次希望能準時，不然整天行程都被打亂。
        ★★★★★ 全聯旁邊那家好運迷你倉很乾淨，24小時刷卡進出，2坪一個月3200元，比附近其他家便宜又有監視器，管理員也很親切。
        ★★☆☆☆ 鋼琴搬運另外外包給別家，收據上的公司名稱跟簽約的不同，售後要找誰都不清楚，這點要改進，合約上應該寫清楚外包單位。
        ★★★★☆ 畢業季學生方案很划算，學校宿舍搬到公館附近的套房，小貨車加一位師傅1800元，還送五個紙箱，很適合東西不多的學生。
        ★★★★★ 第三次找德昌搬家了，每次都一樣準時，紙箱免費提供20個，用完還會回來回收，值得一直回購，已經推薦給公司同事和鄰居。
        ★☆☆☆☆ 官網寫全程投保，實際上每件最高只保5000元，名牌沙發刮傷根本不夠賠，簽約前請大家看清楚條款，特別是保額上限那一段。
        店家回覆：感謝您的評價！本公司統一編號 24567813，所有搬運皆依消保法定型化契約辦理，歡迎來電或私訊官方LINE。
    """),
    ("en", "config_and_csv"): _lines("""
        moving_quote_csv_header: job_id,created_at,origin_postal_district,dest_postal_district,volume_m3,floors_no_lift,truck_type,crew_size,quote_sgd
        truck_types: [{code: LRY-10FT, payload_kg: 1000, volume_m3: 8}, {code: LRY-14FT, payload_kg: 2500, volume_m3: 15}, {code: LRY-24FT, payload_kg: 5000, volume_m3: 38}]
        SELECT job_id, SUM(volume_m3) AS vol FROM moves WHERE region = 'SG' AND move_date BETWEEN '2027-01-01' AND '2027-03-31' GROUP BY job_id;
        def surcharge(floors: int, has_lift: bool) -> float: return 0.0 if has_lift else max(0, floors - 2) * 15.0  # SGD per mover per floor
        STORAGE_UNIT_SIZES = {'XS': 25, 'S': 50, 'M': 100, 'L': 200}  # sq ft; pricing table lives in pricing/storage_2027Q1.yaml
        claim_schema_version: 3.2.0 | fields: claim_id (CLM-YYYY-NNNNNN), job_id, item_sku, damage_type {scratch, dent, break, water}, photo_count >= 3
        fixtures/customer.yaml: customer_email: user@example.com, customer_phone: +65 6000 0000  # placeholder, replaced at runtime by CRM lookup
        GET /v1/storage/units?site=TUAS&status=available&min_sqft=50 -> 200 OK, 17 items, cache-control: max-age=60, etag W/abc123
        inventory_item,room,qty,fragile,packing_material,est_weight_kg / wardrobe_2door,master_bedroom,1,no,stretch_film,65 / tv_55in,living,1,yes,tv_box,18
        cron: '0 22 * * *'  run: python -m moves.reminders --days-ahead 1 --channel whatsapp --template MOVE_REMINDER_D1 --dry-run false
        docker run -d --name quote-engine -e REGION=MY -e CURRENCY=MYR -e SST_RATE=0.08 -p 8080:8080 registry.internal/quote-engine:2.14.1
        CHANGELOG 2.15.0: HKID_MASK_REGEX removed; ID fields are now tokenised by the vault service before export, see ADR-0042 in docs/adr.
        git log --oneline: 9c1e4ab fix(pricing): CNY eve multiplier 1.3 -> 1.25 | 3f07d21 feat(storage): add climate_controlled flag to unit model
    """),
    ("mixed", "b2b_invoice"): _lines("""
        INVOICE No. INV-2027-00418 | Bill to: Orchard Property Management Pte Ltd (UEN 201534782M) | Office relocation Level 12 to Level 7, Ngee Ann City Tower B | S$6,850.00 + GST 9%
        發票號碼 HK-INV-27-0233 | 客戶：祥興物流有限公司（商業登記號碼 61234587）| 搬運寫字樓傢俬 42 件 + 文件箱 180 個 | 合共 HK$18,400 | 付款期限 30 日
        Invois INV/MY/2027/0912 | Kepada: Syarikat Perabot Maju Sdn Bhd (SSM 199901012345) | pindahan stok gudang Klang ke Puchong, 4 trip lori 5 tan, RM3,600, SST 8% RM288
        統一發票 AB-12345678 | 買受人：遠航文具股份有限公司 統編 53217864 | 品名：倉庫搬遷服務 | 銷售額 NT$86,000 | 營業稅 NT$4,300
        Credit note CN-2027-0017 issued against INV-2027-00391: display cabinet damaged during showroom move, 抵扣 S$420.00, approved by Claims Dept.
        Proforma quote PQ-0771 for Marina Bay Sands exhibition hall load-out: 6 x 24ft lorries, 18 crew, 2 night shifts, S$12,300 (valid till 30 Apr 2027)
        Resit No. R-008812 | Bayaran diterima melalui FPX daripada Syarikat Teknik Cahaya Sdn Bhd, RM1,250.00, rujukan pindahan pejabat Cyberjaya
        INV-SZ-20270322-019 | 客户：深圳前海启航科技有限公司 | 办公室整体搬迁（含机柜 6 台）| 人民币 23,800 元 | 增值税专用发票 税率 6% | 账期 45 天
        Line items: packing materials lump sum S$380 | crating for marble tabletop S$260 | after-hours lift surcharge S$150 | subtotal S$790, 9% GST S$71.10
        Supplier bill from Kotak Jaya Enterprise (SSM 003245678-W): 500 kotak kadbod saiz L @ RM2.10 = RM1,050.00, dihantar ke gudang Shah Alam
        Statement of account as at 31/03/2027, HarbourFront Storage Pte Ltd: opening S$14,200, invoiced S$9,880, paid S$12,000, closing S$12,080 due 15/04
        澳門分公司單據 MO-2027-0045：氹仔倉儲月租 MOP 7,500，冷氣電費 MOP 960，合共 MOP 8,460，請於月底前轉賬至本公司賬戶。
        Payment details: OCBC Bank, account name Swift Shift Movers Pte Ltd, A/C 601-234567-001, SWIFT OCBCSGSG, please quote invoice number as reference
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Quote request from Mr Daniel Koh Wei Jie, moving from Blk 412 Bedok North Ave 2 #08-115 to his new BTO in Tengah, 4-room, preferred date 22 May.
        Customer NRIC S8234517E needed for the lift booking at the condo, MCST wants it by Friday, pls don't forward elsewhere.
        Job MV-SG-0031911 cancelled: Priya Ramasamy said her husband was retrenched last week and they can't afford the condo anymore, moving back to her mother's flat.
        Damage claim: Mrs Tan Siew Ling's rosewood display cabinet cracked on the left panel; she sent 6 photos, call her on 9178 2046 after 7pm only.
        Storage unit TUAS-B-207 rented by Marcus Lim (FIN G6183027N) is 3 months overdue at S$630, final reminder before contents are auctioned.
        Crew note: the old lady at 27 Jalan Kembangan, Mdm Wong, is on dialysis three times a week, so the move must finish before 1pm Tuesday.
        hey can you send the invoice to jasmine.ong.88@gmail.com instead, my office email blocks personal stuff
        Roster Sat 15/3: Team C = Ravi Subramaniam (lead), Ah Keat, Mohd Faizal, part-timer Jun Hao at S$14/hr cash; Faizal still owes S$200 advance.
        Please don't tell the landlord she's 7 months pregnant: Ms Chloe Teo, moving into 19 Lorong Chuan #03-02 on 1 April.
        Pickup: 88 Holland Grove Road, Singapore 278896, owner Mr Benjamin Seah, gate code 4471, dog in the backyard, ring twice.
        Driver Kelvin Ng's licence was suspended after his drink-driving arrest last month, take him off the 24ft lorry roster until HR clears it.
    """),
    "zh-Hans": _lines("""
        陈先生，手机 13826471905，从福田区景田北路翠景花园7栋1203搬到龙华，预约3月28日上午，两房一厅，有一台钢琴。
        客户身份证号 440306198807152631，姓名刘晓燕，办理搬家保险用，请勿外传。
        王阿姨说她儿子在外面欠了二十多万网贷，催收的天天上门，所以急着搬家，新地址别告诉任何人。
        员工工资表：张建军 底薪5200 + 提成1870，李志强 底薪4800 + 提成2310，本月各扣社保486元。
        赔偿申请：黄女士（139 0271 8834）的实木餐桌桌脚断裂，要求赔偿2800元，已附购买发票照片。
        老周昨天搬冰箱闪了腰，医院诊断是腰椎间盘突出，要休两周，这段时间他的单子分给其他组。
        收货地址：上海市闵行区七宝镇新镇路1088弄23号502室，收件人赵敏，电话 186 2103 7745。
        客户微信号 sunny_lin1990，林小姐，离婚后从前夫家搬出来，只搬她自己的衣物和猫，让师傅别跟男方说话。
        司机何伟的车牌粤B·7K3Q9，上周在南山被交警扣了12分，这周先别派他出车，罚款他自己承担。
        支付宝转账记录：付款人 吴海涛，账号 wuhaitao_0715@163.com，金额 1,680.00，备注 搬家尾款。
    """),
    "zh-Hant": _lines("""
        李太話佢老公上個月中風入咗瑪麗醫院，搬屋要喺出院前搞掂，新屋喺鴨脷洲利東邨東業樓1812室。
        HKID K428153(5)，陳志明，迷你倉租約簽名用，正本睇完已經交返客人。
        阿明今日又冇返工，聽講佢欠咗財仔十幾萬，啲人打電話嚟公司搵佢，叫佢聽日返嚟傾吓。
        客人何嘉欣小姐 WhatsApp 9463 2718，舊屋荃灣海濱花園3座15樓C室，新屋大埔，4月6號星期日搬。
        台北客戶 林怡君 身分證 A224738157，舊址：台北市大安區和平東路二段96巷7號3樓，新址在新北市中和區。
        黃先生投訴師傅打爛佢亡妻留低嘅古董花瓶，情緒好激動，佢電話係 6127 8830，經理請親自回覆。
        員工名單：張家豪 0912-345-678、吳俊傑 0928-761-204，本週六桃園線，日薪2200元現金。
        客戶郭小姐說她正在跟前男友打官司，請搬家當天不要透露新住址給任何來電詢問的人，包括自稱是她家人的。
        國泰世華帳號 013-50-123456-7，戶名 鄭雅婷，搬家退款 NT$3,500 請於三日內匯入。
        陳伯伯有失智症，家人委託我哋搬佢去安老院，聯絡人係佢女兒陳美玲 5512 0947。
    """),
    "ms": _lines("""
        Encik Ahmad Faris bin Zulkifli, No. KP 880412-14-5567, pindah dari Taman Melawati ke Seri Kembangan pada 12 April, lori 3 tan.
        Puan Noraini minta tangguh bayaran RM850 sebab suaminya baru masuk hospital kerana serangan jantung.
        Alamat lama: No. 14, Jalan SS 2/55, 47300 Petaling Jaya; alamat baru di Bandar Baru Sungai Buloh; pelanggan Siti Khadijah, tel 012-678 4391.
        Pekerja Rizal dah tiga kali lambat bulan ni, gaji dia dipotong RM150 dan dia masih berhutang RM400 pada syarikat.
        Tuntutan kerosakan: almari jati milik Encik Tan Boon Heng retak di pintu kiri, bayaran balik ke akaun Maybank 1640 2213 8875.
        Cik Farah cakap dia baru bercerai dan tak nak bekas suami tahu alamat baru dia di Bangi, tolong jangan share dalam group.
        Kereta pelanggan WXY 4821 akan diparkir di petak pelawat semasa pindahan, pemilik Encik Kumar a/l Ramasamy.
        E-mel pelanggan: nurul.hidayah92@yahoo.com, dia nak resit dihantar sebelum Jumaat untuk tuntutan elaun pindah majikan.
        Senarai pekerja sambilan: Hafiz 011-2345 8790, Amirul 013-908 1123, bayaran RM120 sehari, bayar tunai hari Ahad.
    """),
    "mixed": _lines("""
        Boss, 客人 Mr Lim 的 new address 是 Blk 523 Jurong West St 52 #11-287, 他说 lift 很小 sofa 可能要 hoist, please confirm.
        Tolong bagitahu 师傅, Auntie Mei Ling dia ada sakit lutut, cannot climb stairs, barang dia kena angkat turun dulu.
        Customer 黄志伟 MyKad 850923-10-6681 called, 说 storage unit 的 key 不见了, minta buka locker KL-C-044.
        呢單 job 係 Mrs Chan 嘅, her son just passed away, 佢想搬之前唔好太多人入屋, 只派兩個師傅 ok?
        PayNow to 9023 4518 (Jason Yeo) for the S$200 deposit lah, he say company account got problem today.
        Old home: 新北市板橋區文化路一段188巷12號5樓, new: Taichung 西屯區, 客戶 Kevin 張 0935-218-447, 要搬兩隻貓和一台 piano.
        Eh the lady at Mont Kiara unit A-23-5, Puan Sarah Wong, she got restraining order against her ex, jangan bagi sesiapa naik.
        Aiya Ah Seng 那个 guy 又 MC 了, 说 gastric, 可是 Facebook 看到他在 Genting, boss 要不要扣他 salary?
        Claim form: Name: Lau Ka Wai | HKID Y603718(4) | Tel: 6291 5574 | Item: 梳化 leather 3-seater | Damage: 撕裂 20cm | Amount: HK$4,200
        2027-04-02,MV-MY-221034,Ng Mei Fong,mei.fong.ng@hotmail.com,016-552 9083,Taman Tun Dr Ismail to Cheras,RM680,paid
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for Swift Shift Movers Pte Ltd, Singapore. Collect move details and give indicative quotes only.",
        ),
        (
            "user",
            "Hi, I'm Rachel Goh, moving from Blk 231 Serangoon Ave 3 #05-42 to a condo in Punggol on 10 May. 4-room HDB, lots of books. My number is 8264 1930.",
        ),
        (
            "assistant",
            "Thanks Rachel. For a 4-room HDB with many books, our condo package starts at S$650 on a weekday. How many bookshelves and do you need packing help?",
        ),
        (
            "user",
            "3 bookshelves, 1 piano. Also can you not call before 10am, I work night shift at the hospital.",
        ),
        (
            "assistant",
            "Noted: no calls to 8264 1930 before 10am. With the upright piano (S$280) and packing for about 40 boxes, the estimate is S$1,150 before GST.",
        ),
    ],
    [
        ("user", "我上星期搵咗間搬屋公司，佢哋打爛咗我部電視，我想寫封投訴信，幫我整一封。"),
        ("assistant", "可以。請提供搬屋日期、公司名稱、單號同損毀情況，我會幫你寫一封正式投訴信。"),
        (
            "user",
            "3月22號，單號 HK-MV-270322-11，我叫張偉強，HKID P915204(4)，住將軍澳寶琳邨寶勤樓1506室，電話 9381 2264。電視係65吋，屏幕裂咗。",
        ),
        (
            "assistant",
            "致貴公司客戶服務部：本人張偉強（單號 HK-MV-270322-11）於3月22日搬屋期間，65吋電視屏幕被損毀，現要求貴公司於14日內回覆賠償安排。聯絡電話 9381 2264。",
        ),
    ],
    [
        ("system", "你是搬家公司的客服助手，回答要简洁。"),
        (
            "user",
            "帮我给物业写个通知，我叫周立新，身份证 350203199203044814，4月5日要从厦门思明区湖滨南路某花园12号楼1702搬出，需要预约货梯。",
        ),
        (
            "assistant",
            "物业管理处您好：业主周立新（12号楼1702室）定于4月5日搬家，申请当天上午8点至12点使用货梯，搬家公司将做好电梯保护，敬请安排。",
        ),
        ("user", "再加一句，我妈刚做完心脏手术住在家里，搬家时请保安帮忙看着楼道别太吵。"),
        (
            "assistant",
            "已补充：因家中老人刚做完心脏手术需要静养，恳请保安协助维持楼道秩序，减少噪音。谢谢配合。",
        ),
    ],
    [
        (
            "user",
            "Saya nak sewa stor mini untuk 6 bulan sebab rumah baru belum siap. Saiz apa yang sesuai untuk barang rumah teres 2 tingkat?",
        ),
        (
            "assistant",
            "Untuk rumah teres 2 tingkat, unit 10 x 10 kaki biasanya mencukupi. Harga anggaran sekitar RM550 hingga RM700 sebulan bergantung pada lokasi.",
        ),
        (
            "user",
            "Ok. Borang dia minta nama dan IC. Nama saya Mohd Hairul bin Rosli, IC 900715-08-5213, alamat sekarang No. 7, Jalan Cempaka 3, Taman Bukit Mewah, Kajang. Boleh tolong isi format?",
        ),
        (
            "assistant",
            "Nama: Mohd Hairul bin Rosli | No. KP: 900715-08-5213 | Alamat: No. 7, Jalan Cempaka 3, Taman Bukit Mewah, Kajang | Tempoh sewa: 6 bulan | Saiz unit: 10 x 10 kaki.",
        ),
    ],
    [
        (
            "system",
            "Internal ops assistant. Customer record: Job MV-MY-221102, Lee Wen Jie, 012-334 7781, from Desa ParkCity to Bukit Jalil, balance RM420 unpaid.",
        ),
        (
            "user",
            "Boss tanya, customer job 221102 tu dah bayar ke belum? 他说 already transfer 了.",
        ),
        (
            "assistant",
            "Ikut rekod, baki RM420 untuk job MV-MY-221102 (Lee Wen Jie) masih belum diterima. Boleh minta dia hantar resit transfer ke WhatsApp syarikat.",
        ),
        ("user", "ok can draft a polite msg in Chinese for him?"),
        (
            "assistant",
            "李先生您好，关于订单 MV-MY-221102，系统暂未收到余款 RM420，麻烦您把转账收据发给我们核对，谢谢！",
        ),
    ],
    [
        ("user", "我下個月要從高雄搬到台北，想比較三家搬家公司的報價，可以幫我整理嗎？"),
        ("assistant", "可以，請把三家的報價內容貼上來，包括車數、人數、樓層與是否含打包。"),
        (
            "user",
            "A家 32000 兩車四人，B家 28500 一車三人，C家 35000 含打包。舊家是高雄市苓雅區四維三路215號8樓之2，新家台北市信義區，我是吳家豪，電話0932-615-804。",
        ),
        (
            "assistant",
            "吳先生，以苓雅區8樓有電梯來看，B家一車可能不夠，建議請A家和C家到府估價再決定。C家含打包，對上班族最省時間。",
        ),
    ],
    [
        (
            "user",
            "Can you help me write a WhatsApp to my mover crew? One of them, Suresh, told me he has stage 2 kidney disease and can't lift heavy stuff anymore.",
        ),
        (
            "assistant",
            "Sure. Do you want to reassign him to lighter duties or give him leave? I'll keep his health details out of the group message.",
        ),
        (
            "user",
            "Reassign him to packing small boxes and driving the 10ft van. Don't mention the illness.",
        ),
        (
            "assistant",
            "Team, from next week Suresh will handle small-box packing and drive the 10ft van. Heavy lifting will be covered by Team B. Thanks all!",
        ),
    ],
    [
        ("system", "You help customers of a cross-border mover between Johor Bahru and Singapore."),
        (
            "user",
            "Hi, I moving from Taman Pelangi JB to Woodlands, need what documents? I'm Malaysian working in SG, my FIN F2957381Q.",
        ),
        (
            "assistant",
            "For household goods into Singapore you will typically need your passport, the work pass card, an itemised packing list and the new tenancy agreement. The mover's agent files the customs permit.",
        ),
        (
            "user",
            "Ok my new place is 678B Woodlands Ave 6 #09-211, landlord is Mr Tay, his number 9746 0382, he want to be there when we move in.",
        ),
        (
            "assistant",
            "Noted. I will add 678B Woodlands Ave 6 #09-211 and landlord contact Mr Tay (9746 0382) to the delivery notes so the crew calls him 30 minutes before arrival.",
        ),
    ],
    [
        ("user", "离婚协议刚签完，我要从前夫家搬出来，东西不多，怎么找搬家公司比较安全？"),
        (
            "assistant",
            "建议选择有营业执照、能开发票的正规公司，签合同时写明物品清单和赔偿标准。需要我帮你列一份清单吗？",
        ),
        (
            "user",
            "好的。我叫孙丽娟，从杭州西湖区文三路某小区搬到滨江区江南大道旁边的租房，主要是衣服、书和一台缝纫机，电话 158 6732 0419，不希望前夫知道新地址。",
        ),
        (
            "assistant",
            "孙女士，清单如下：衣物约8箱、书籍约5箱、缝纫机1台。联系电话只留 158 6732 0419，合同上新地址可写为公司仓库自提，以保护您的隐私。",
        ),
    ],
    [
        (
            "system",
            "Roster bot for 順景搬運 Hong Kong. Today's crew: 阿強 (driver, licence expiring 30/4), 梁志豪 9132 5508, 鄧家樂 6204 7719 (on medical leave after hernia surgery).",
        ),
        ("user", "聽日葵涌兩單要幾多人？邊個得閒？"),
        (
            "assistant",
            "聽日兩單各需3人。鄧家樂仲喺病假，可以派阿強揸車，加梁志豪（9132 5508）同一位散工。",
        ),
        ("user", "阿強個車牌幾時到期？"),
        ("assistant", "阿強嘅駕駛執照4月30號到期，建議提醒佢月中前續期，否則5月起唔可以排佢揸車。"),
    ],
]
