# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en263: SG/MY craft breweries, taprooms and nightclubs (licences, table bookings, guest lists, bouncer incident reports, staff rosters, supplier invoices). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en263
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "licence_notices"): _lines("""
        NOTICE: This premises operates under a Class 1A liquor licence issued by the Singapore Police Force Liquor Licensing Unit. No takeaway liquor sales after 10.30pm.
        Public Entertainment Licence PEL/2026/04417 valid until 31 Mar 2027. Live band permitted Fri–Sat till 2am; DJ sets capped at 75 dBA measured at the facade.
        Persons under 18 will not be served. Door staff may ask for NRIC, passport or driving licence as proof of age; we never photograph or keep a copy of any ID.
        Licensee: Tanjong Hops Brewing Pte. Ltd. (UEN 201834512W), 48 Keong Saik Road #01-02, Singapore 089146. Approved trading hours: 12pm to 1am daily.
        Renewal reminder: liquor licence LL-26-0093817 expires on 14 Jan 2027. Submit the renewal through GoBusiness Licensing at least 30 days before expiry to avoid a lapse.
        The licence is held by the company, not by any staff member. Licensing enquiries: licensing@tanjonghops.com.sg or +65 6227 1908 (office, Mon–Fri 10am–6pm).
        DBKL premises licence for our Changkat Bukit Bintang outlet (licence account 0271-LP-2026-118) is displayed at the entrance as required under the Trades Licensing By-Laws 2016.
        Excise notice: every keg leaving the licensed warehouse in Shah Alam must carry the excise permit reference on the delivery order, e.g. EXP/SA/2026/00731.
        Noise complaints: residents may call our duty manager hotline 6534 0081 between 9pm and 3am. A monthly log of calls is shared with Tanjong Pagar Neighbourhood Police Centre.
        Smoking is permitted only at the designated yellow box in the back lane. Offenders may be fined up to $1,000 under the Smoking (Prohibition in Certain Places) Act.
        Licence condition 7(c): CCTV covering the entrance, bar counters and fire exits must keep footage for 30 days and produce it to SPF officers on request.
        Happy hour is advertised in line with the Liquor Control (Supply and Consumption) Act: no free-flow promotions after 10.30pm and no staff-organised drinking games.
        Hong Kong outlet: Liquor Licence No. 0912-802417, 23 Wing Fung Street, Wan Chai. Operating company Harbour Hops Limited (CR No. 2874419). Closing time 2am.
    """),
    ("en", "taproom_menu_price_list"): _lines("""
        TAP 1 — Auntie Siew's Gose, 4.6% ABV, salted plum and calamansi. Half pint $9 / pint $15 / 1L tower $28. Brewed in-house at our Jalan Besar brewhouse.
        TAP 4 — Ah Beng Bitter, 5.2%, English-style ESB with gula melaka. Pint $16, $13 during happy hour (5–8pm). Named after our first fermenter, not a person.
        Guest taps this week: Jungle Beer Pale Ale from Selangor $15 pint; Little Island Brewing Co. Changi Wheat $14 pint. Guest kegs rotate every Thursday.
        Bar bites: Har Cheong Gai wings 6pc $12, nasi lemak sliders 3pc $14, truffle keropok $8, sambal peanuts $5. Prices subject to 10% service charge and 9% GST.
        Tower deal: any 2 towers of house lager (3L each) for $118, Sun–Thu before 9pm. Not valid with Entertainer app, Chope vouchers or corporate packages.
        TAP 9 — Uncle Lim's Kopi Stout, 7.8%, brewed with kopi-o beans from a Jalan Besar roaster. 250ml $11 / 500ml $19. Limited batch of 12 kegs.
        Mead and cider corner: Lion City Meadery hibiscus mead 330ml $16; Tasmanian apple cider 330ml $13; yuzu sake spritz $18 per glass.
        Flight of 4 (150ml each) $26: Tiger Crystal vs our Keong Saik Lager vs Archipelago Bohemian Pilsner vs Tsingtao Draft — the great Asian lager blind test.
        KL price list from 1 Jan 2027: pint RM32 to RM34, jug RM95 to RM99 due to the revised excise duty. 6% service tax already included in all prices.
        Bottle shop: Mikkeller Beer Geek Breakfast 330ml $18.50, Brewlander Sundown Amber 6-pack $48, Rogue Dead Guy Ale 355ml $14, Kirin Ichiban can $6.
        Cocktails: Singapore Sling (Ngiam Tong Boon's 1915 recipe, Long Bar style) $24; Tiger shandy $15; Hoppy Negroni $22; Teh Tarik Espresso Martini $21.
        Designated drivers: house-made root beer $7, bandung soda $6, calamansi spritz $7. Free iced water and teh-o-ping refills for DDs on Friday nights.
        Merch: Tanjong Hops logo tee S–XXL $35, 16oz Teku-style glass $18, 1.9L growler $25 (refills from $38). All merch prices inclusive of GST.
    """),
    ("en", "booking_system_logs"): _lines("""
        2026-11-21T22:14:07+08:00 INFO booking.create id=BK-26-118402 outlet=CLQ table=T14 pax=6 min_spend=SGD800 source=chope status=CONFIRMED
        2026-11-21T23:02:55+08:00 WARN door.capacity outlet=CLQ count=298/300 action=HOLD_QUEUE queue_len=41 fire_cert=FSC-2025-0612
        2026-11-22T01:47:13+08:00 INFO pos.close shift=NIGHT-B terminal=POS-03 gross=SGD14382.60 voids=3 comps=SGD212.00 z_report=Z-20261122-03
        [guestlist-svc] v2.8.1 sync ok: 412 entries pulled from promoter portal in 1.84s, 0 conflicts, next run 2026-11-22 18:00 SGT
        2026-11-22T02:31:40+08:00 ERROR payment.gateway psp_ref=PSP88357712009433 reason=Refused(05) table=VIP-2 amount=SGD1650.00 retry=1
        keg-monitor: tap=7 sku=KSL-LAGER-50L remaining=12.4L temp=2.9C co2_psi=11.8 alert=LOW_LEVEL ts=1764356821
        2026-11-22T03:05:02+08:00 INFO incident.log id=INC-0447 category=ejection zone=main_floor post=DOOR-EAST police_called=false cctv_ref=CAM4-0305
        cron: 0 4 * * * /opt/taproom/bin/export_sales --outlet=JBS --format=csv --dest=s3://th-reports/daily/ # last exit 0 at 04:00:13
        2026-11-22T12:00:00+08:00 INFO supplier.po id=PO-2611-0093 vendor_uen=201527884M items=18 total=SGD6214.50 eta=2026-11-25
        fridge-sensor walk-in-2: 4.1C -> 7.9C at 14:22, door_open=true for 00:06:41, alarm pushed to #ops-alerts channel, ack by shift lead
        2026-11-22T19:30:11+08:00 INFO booking.cancel id=BK-26-118517 reason=weather_rain deposit_refund=SGD100 channel=website refund_ref=RF-77310
        sha256(menu_v14.pdf)=3f9a1c0e7b44d2a6e5c8910fbd27e3a4c1d5f6a7b8c9d0e1f2a3b4c5d6e7f809 uploaded by cms-bot at 2026-11-23 10:02
        GET /api/v1/tables?outlet=KLCC&date=2026-12-31&slot=22:00 200 84ms ua=TableCheck/3.12 rate_limit_remaining=482
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Closing team pls check: walk-in chiller door seal damn loose again, I tape first. Tomorrow whoever opens call Cold Tech at 6745 2210 ok
        Keg delivery from Shah Alam late 2 hours, lorry stuck at Tuas checkpoint. Dun promise customers the Ah Beng Bitter tonight, tap 4 swap to guest IPA first.
        Boss say from next week Friday door team need 3 pax minimum after 11pm, roster updated in the shared sheet tab Dec W2. Cannot make it tell earlier lah
        Guest list for Sat already cut off at 400 pax. Promoters still sending names, just reply them list closed, walk-in subject to capacity can liao
        Table 12 min spend $600 but they only order 2 towers, manager say waive this time because aircon rosak whole night. Note inside POS comment ya
        Eh the Heineken rep coming Thurs 3pm to check the font at bar 2, somebody pls clear the counter. Invoice INV-HK-88213 also need company chop
        Tonight DJ set start 10.30, soundcheck 8pm. Neighbours complain last week so keep below 75 dB at the window meter, jangan main bass kuat sangat
        Reminder: cash float $500 per terminal, count in front of CCTV, two signatures on the envelope. Last month short $20, we don't want again k
        CO2 cylinder tinggal 1 only. Order from the gas supplier hotline 6265 7755 before 4pm can deliver tomorrow, PO number PO-2612-0011
        Who take the mop from store room never put back? Closing checklist item 14 please lah. Landlord cleaning audit on Monday 10am.
        Bar 1 ice machine E7 error again. Hoshizaki service line 6841 3300, case number HS-55019. Meanwhile buy 10 bags ice from the mamak next door
        NYE package confirmed: $188++ per pax free flow house pour 10pm–1am, countdown bubbly toast. Chope and TableCheck both open for bookings now
        SFA inspection on 3 Dec, all food handlers bring your Food Hygiene Officer cert copy. Those expired pls renew thru the SkillsFuture course
    """),
    ("zh-Hans", "供应商发票"): _lines("""
        发票号 INV-2026-11-0387｜供应商：狮城麦芽贸易私人有限公司（UEN 201609871E）｜品名：Weyermann 皮尔森麦芽 25kg × 40 袋｜单价 S$68.00｜合计 S$2,720.00
        GST 注册号 M90-0384512-K，税率 9%。付款条件：月结 30 天，收款户名：狮城麦芽贸易私人有限公司，华侨银行公司账号 712-384905-001，请备注发票号。
        啤酒花到货单 DO-88142：Citra T90 颗粒 5kg × 6、Mosaic 5kg × 4、Nelson Sauvin 5kg × 2，冷链温度 -2°C，签收后 24 小时内反馈品质问题。
        马来西亚分公司发票：Hopsmith Supplies Sdn. Bhd.（202101034567 / 1421876-X），SST 登记号 W10-2104-32000518，总额 RM 8,416.00（含 6% 服务税）。
        酒桶押金单：50L 不锈钢酒桶 × 24 个，每个押金 S$120，退桶时凭押金单号 KD-2026-0451 退款，桶身钢印编号需与清单一致。
        青岛啤酒新加坡经销商报价：纯生 500ml × 24 罐 S$58.90/箱，满 50 箱免运费，报价有效期至 2026 年 12 月 31 日。
        广州德利酿造设备有限公司（统一社会信用代码 91440101MA5CXY1234）报价：10BBL 锥形发酵罐 × 2，含夹套及 CIP 喷球，FOB 南沙港 USD 14,800/台，交期 45 天。
        运费发票 SF-INV-771034：顺丰国际 深圳→新加坡 空运 3 件共 62kg，运单号 SF1409876543210，关税由收货公司承担。
        冰块供应月结单：11 月共送货 27 次，合计 1,350 袋，每袋 S$2.80，折扣 5%，应付 S$3,591.00。供应商客服热线 6748 2323。
        CO₂ 气瓶租赁：食品级二氧化碳 30kg 钢瓶 × 8，月租 S$15/瓶，充气 S$48/瓶，瓶号 CY-30-1187 至 CY-30-1194。
        玻璃杯采购单 PO-2611-0042：Spiegelau IPA 杯 × 96、Teku 杯 × 72，发票抬头：丹绒啤酒坊私人有限公司，地址：恭锡路 48 号 #01-02，新加坡 089146。
        对账提醒：10 月发票 INV-2026-10-0291 仍未结清，金额 S$4,120.50，请财务部于 12 月 5 日前处理，如已付款请忽略本提醒。
        澳门分店进货：澳门啤酒 330ml × 48 瓶，MOP 432.00；发票抬头：濠江酒馆有限公司，地址：新马路 18 号地铺，营业时间 18:00 至 02:00。
    """),
    ("zh-Hant", "酒吧評論"): _lines("""
        上環這間精釀酒吧款式多，12 個龍頭輪換很快，店員推介的荔枝酸啤好清新，半品脫 HK$58，一品脫 HK$88，週五晚上人多記得先訂位，最好坐吧檯看店員換桶。
        台北大安區這間精釀餐酒館的台灣啤酒花 IPA 有驚喜，炸雞配啤酒一流，唯一缺點是冷氣太冷、音樂太大聲，整體還是給四顆星，會再訪。
        中環蘭桂坊這間夜店週六門口排隊排了四十分鐘，入場費 HK$250 包一杯飲品，音樂不錯但舞池太擠，保安態度還算有禮，會檢查身份證明文件但不會拍照。
        高雄駁二附近的啤酒廠導覽很值得，每人 NT$450 含四款試飲，導覽員解說釀造流程很清楚，適合帶外國朋友來，結束後還可以在商店買罐裝帶走。
        澳門氹仔官也街的小酒館有自家釀的杏仁餅啤酒，名字很搞笑，味道其實不錯，MOP 68 一杯，服務費另加一成，店內只收現金和澳門通。
        少爺啤酒 Young Master 的經典 Pale Ale 超市也買得到，但在黃竹坑酒廠直接喝新鮮很多，週末開放的 taproom 很有工業風。
        臺中這家精釀店的「金城武拉格」只是酒名玩梗，跟明星無關，啤酒本身偏淡，NT$220 一杯有點貴，炸薯條倒是很好吃，可以試試。
        灣仔這間酒吧的 Happy Hour 到晚上九點，本地生啤買一送一，但信用卡最低消費 HK$300，建議用八達通或現金。
        整體評分 3.5/5：環境 4、酒款 4、服務 3、價錢 3。訂位系統說已發確認短訊，結果到了沒有位子，等了二十分鐘才安排到，希望店家改善訂位系統。
        旺角這間 live house 週五有本地樂隊表演，門票 HK$180，酒吧只收現金和 PayMe，廁所要排隊，但氣氛一流。
        台南老屋改建的啤酒吧，菜單上有用凍頂烏龍茶釀的艾爾，老闆娘很熱情介紹每款酒，甜點配黑啤很搭，週一公休，營業到晚上十二點。
        店家回覆：感謝您的評價，冷氣問題已於 11 月 20 日完成維修，歡迎再次光臨。訂位請致電 2545 8833 或電郵 booking@harbourhops.hk。
        香港精釀啤酒節 2026 於中環海濱舉行，門票 HK$388 含 10 張試飲券，超過 40 間酒廠參展，建議搭港鐵到香港站。
    """),
    ("ms", "notis_peraturan_premis"): _lines("""
        Premis ini memegang Lesen Minuman Keras yang dikeluarkan oleh Lembaga Pelesenan Minuman Keras Wilayah Persekutuan. Minuman beralkohol tidak dijual kepada individu bawah 21 tahun.
        Kakitangan berhak meminta MyKad, pasport atau lesen memandu untuk pengesahan umur. Salinan dokumen pengenalan tidak diambil atau disimpan oleh premis.
        Waktu operasi taproom: Isnin hingga Khamis 5 petang – 12 tengah malam, Jumaat dan Sabtu 5 petang – 2 pagi. Tutup pada hari Ahad untuk pembersihan tangki.
        Notis DBKL: semua premis hiburan di Jalan Changkat Bukit Bintang wajib memastikan tahap bunyi tidak melebihi 65 dB selepas jam 12 tengah malam.
        Syarikat: Bukit Hops Brewing Sdn. Bhd. (No. Pendaftaran 201901027845 / 1334562-D), Lot 12, Jalan Pelukis U1/46, Taman Perindustrian Temasya, 40150 Shah Alam, Selangor.
        Duti eksais bir dikenakan mengikut Akta Eksais 1976; setiap tong yang keluar dari gudang berlesen mesti disertakan nombor permit eksais pada pesanan penghantaran.
        Kod pakaian kelab: tiada selipar, seluar pendek atau singlet untuk lelaki selepas jam 10 malam. Pihak pengurusan berhak menolak kemasukan tanpa memberi sebab.
        Tempahan meja VIP memerlukan deposit RM500 yang tidak dikembalikan jika dibatalkan kurang daripada 48 jam. Talian tempahan kelab 03-2141 8890 (WhatsApp sahaja).
        Larangan merokok di premis makanan berkuat kuasa di bawah Peraturan-Peraturan Kawalan Hasil Tembakau; kompaun boleh dikenakan kepada perokok dan pengusaha premis.
        Sijil Halal tidak dipohon kerana premis menghidangkan minuman beralkohol; menu makanan bebas babi tetapi dapur tidak diperakui halal oleh JAKIM.
        Jadual kerja minggu 2 Disember: syif pagi 10 pagi – 6 petang (2 orang), syif malam 6 petang – 3 pagi (5 orang termasuk 2 pengawal pintu). Tukar syif mesti dimaklumkan 24 jam awal.
        Sejarah ringkas: kilang bir di Sungai Way, Petaling Jaya beroperasi sejak 1960-an; syarikatnya kini dikenali sebagai Heineken Malaysia Berhad dan tersenarai di Bursa Malaysia.
        Invois pembekal INV-BH-2026-0712: malt pilsner 25kg × 20 beg @ RM210, hop pelet 5kg × 3 @ RM640, jumlah RM6,120.00 termasuk SST. Bayaran dalam 30 hari.
    """),
    ("en", "config_code_csv"): _lines("""
        guest_list_export.csv header: booking_id,event_date,table_code,pax,min_spend_sgd,promoter_code,entry_status,checked_in_at
        staff_roster.csv columns: shift_id,outlet,role,start_time,end_time,break_mins,rsa_cert_required,headcount,approved_by_role
        POS_TIMEZONE=Asia/Singapore; TAX_RATE=0.09; SERVICE_CHARGE=0.10; ROUNDING=nearest_0.05; CURRENCY=SGD; RECEIPT_FOOTER=Drink responsibly
        booking: { max_pax_per_table: 12, deposit_sgd: 100, hold_minutes: 15, blackout_dates: [2026-12-24, 2026-12-31], sms_sender_id: TANJONGHOP }
        def min_spend(table_code: str, weekday: int) -> int: return 800 if table_code.startswith('VIP') and weekday >= 4 else 300
        test fixture: {'name': 'Jane Doe', 'phone': '+65 0000 0000', 'email': 'guest@example.com'}  # placeholder only, never real guests
        invoice_schema.json required: invoice_no (pattern ^INV-[0-9]{4}-[0-9]{2}-[0-9]{4}$), supplier_uen, gst_reg_no, currency, line_items, total
        nginx: location /bookings { proxy_pass http://127.0.0.1:8081; limit_req zone=booking burst=20; }  # taproom-web v3.4.2
        keg_sku,style,abv,volume_l,cost_sgd,tap_price_pint | KSL-LAGER-50L,Helles,4.8,50,210.00,14.00 | ABB-ESB-30L,ESB,5.2,30,168.00,16.00
        SELECT outlet, DATE(closed_at) AS d, SUM(gross) FROM pos_tickets WHERE closed_at >= '2026-11-01' GROUP BY outlet, d ORDER BY d;
        incident_report template fields: incident_no, datetime, location_zone, category (ejection/medical/theft/property), police_report_no, cctv_clip_ref, reviewed_by_role
        docker-compose: image ghcr.io/tanjonghops/guestlist:2.8.1, env RETENTION_DAYS=30, PURGE_ID_SCANS=true, PORT=8080, LOG_LEVEL=info
        Export masking rules: NRIC/FIN pattern [STFGM][0-9]{7}[A-Z] -> [REDACTED]; MyKad pattern [0-9]{6}-[0-9]{2}-[0-9]{4} -> [REDACTED]
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Incident report INC-0452, 23 Nov 02:40: patron Marcus Teo Wei Jie (NRIC S9138274F) ejected after punching the glass washer at Bar 2; police report F/20261123/1187 lodged.
        Table booking T08, Sat 7 Dec, 6 pax, min spend $800 — under Priya Ramasamy, mobile 9127 4480, deposit paid by PayNow.
        Guest list Club Vesper 14 Dec: Nur Aisyah binti Kamal +1, Daniel Chua x3, Kelvin Ng (birthday, cake at 12am), Sharmila d/o Raju +2 — promoter code JX12.
        Heads-up: our part-timer Jolene Sim just told me she's 14 weeks pregnant, so please take her off Friday closing and the keg room from now on.
        Bouncer note: the regular they call Big Sam (Samuel Lee Kah Meng) is banned till March after the fight on 9 Nov; his photo is pinned at the door station.
        Payroll Nov: Hafiz Rahman, bar supervisor, basic $3,150 + OT $412, CPF employee $712.40, DBS 027-883145-6. Payslip sent to hafizr88@gmail.com.
        Please don't put Ethan Koh on the roster this month — he's in rehab for alcohol dependence until 20 Dec and asked us to keep it quiet.
        Lost and found: wallet with driving licence of Tan Boon Hock, Blk 412 Ang Mo Kio Ave 10 #08-1123, found at Table 6 on 30 Nov.
        Deposit refund to Rachel Lim Hui Min, OCBC 551-204877-001, amount $200, booking BK-26-118733 cancelled due to a death in her family.
        Car park clamp: SJK 4521 M parked at the loading bay again, owner is Cheryl Ong, the DJ's girlfriend, 8612 0937.
        Door log 02:15 ID check: FIN G5281947N, age 22, entry allowed, wrist stamped, no further remarks.
        Supplier rep Kenneth Yap told our bar manager he owes $40k from mahjong and asked to borrow from the till — manager said no.
        Staff medical: Arjun Nair (runner) has epilepsy; if he seizes on shift, don't restrain, time it, call 995 after 5 min. Emergency contact his mum 9338 2106.
        Roster swap approved: Wong Mei Ling takes Sun 6pm–3am, Chong Kah Wai takes Fri. Mei Ling's new handphone 8890 3312, please update the staff sheet.
        Reservation email from xavier.goh.sg@hotmail.com asking for the corner booth for his divorce party on 12 Dec, 10 pax.
        Complaint: Lionel Fernandez says another patron groped him on the dance floor around 1am; CCTV clip saved as CAM2-0104, he is filing a police report.
        S Pass holder Nguyen Thi Hoa, bartender, FIN F7743028K, passport C8812034, pass expires 2027-03-31 — renew before her contract ends.
        Found on a napkin in the VIP room: 9745 6621, call me after 3am. Kept in the lost-and-found box for the guest who left it.
    """),
    "mixed": _lines("""
        Boss, that regular Ah Huat again drunk until vomit at table 5, his wife call the bar 3 times already, she say he lost job last month. Still serve him or not?
        陈先生 book VIP booth for Sat 12am, 8 pax, his handphone 9023 7718, want Hennessy tower. Deposit belum bayar lagi, tolong follow up.
        Bouncer report: abang Faizal Ismail from door team kena tumbuk by patron, MC 3 days, bengkak dekat mata kiri. Police report nombor DW/RPT/26/8812.
        Pls update payroll: Siti Hajar binti Osman, MyKad 950317-10-5486, Maybank 1640 2231 9087, start 1 Dec as waitress.
        林太 call again, she say her son Jason only 17, how come we let him in last Friday. She want the CCTV and threaten to report SPF.
        Eh the new barback 阿明 got hepatitis B, don't let him handle the ice scoop until doctor clear him ok. Keep this between managers.
        Guest list 20 Dec: Jessie Tan Hui Ying +2, 黄家豪 x1, Muhammad Irfan bin Zulkifli +3, Yeo Seng Kiat VIP — all confirm by WhatsApp already.
        Staff hostel for the cleaners: Blk 35 Telok Blangah Rise #12-48, rent $1,800 split 3 ways, landlord Mr Koh Beng Chye 9451 2873.
        Kelly 那个 Instagram @kellyyy.drinks 又 tag 我们, post 了她醉倒在 bar 的照片, boss 说要 DM 她删掉.
        Plate WXK 8821 belongs to the customer who langgar our signboard at 1am, Lee Chee Keong, IC 880709-14-6651, promise bayar RM1,200 by Friday.
    """),
    "zh-Hans": _lines("""
        订位：王建国先生，手机 139 1025 6678，12 月 31 日跨年夜 8 人卡座，最低消费 5,000 元，备注：带太太和岳父母。
        事故记录：11 月 22 日凌晨 2 点，顾客刘晓峰（身份证 44030519880612431X）在舞池摔倒，头部出血，已送医院，保安张强陪同。
        员工工资单：调酒师李娜，11 月基本工资 8,500 元，加班 1,200 元，工资卡 招商银行 6214 8365 0912 7743。
        小周最近欠了网贷三万多，老是找同事借钱，请各位主管不要借给他，也不要在群里讨论。
        黑名单：赵磊，外号“光头磊”，上月在深圳店闹事打伤服务员，照片已发各门店前台，禁止入场。
        供应商对接人孙丽萍的私人邮箱 sunliping1987@163.com，家住广州天河区林和西路 88 号 3 栋 1204，货款请勿打到她个人账户。
        前台说昨晚那位杨女士怀孕了还点了两杯鸡尾酒，她老公在门口吵架，要求店里以后拒绝接待她。
        车牌 粤B·7K829 的车主昨晚喝了酒还想开车，保安拦下后帮他叫了代驾，车主姓黄，电话 186 2077 3415。
    """),
    "zh-Hant": _lines("""
        訂枱：陳志偉先生，電話 6218 7735，12 月 24 日平安夜 6 位，要靠窗卡位，已付訂金 HK$500。
        保安報告：客人何嘉欣（香港身份證 Y482613(5)）聲稱手袋被偷，內有八達通及現金約 HK$3,000，已報警。
        員工資料：吧檯員林怡君，身分證 F228413597，住台北市大安區和平東路二段 96 巷 12 號 4 樓，緊急聯絡人：母親。
        灣仔店嘅阿強最近離婚又欠下一身卡數，上班成日飲醉，經理話佢下個禮拜再遲到就要請佢走，大家唔好同客人講。
        澳門分店：熟客梁太上週在店內暈倒，家人說她有糖尿病，以後她來的時候請留意她的飲品。
        台中店會員：張家豪，手機 0932-118-476，生日 1991/05/23，LINE ID: jhchang0523，累積消費 NT$42,800。
    """),
    "ms": _lines("""
        Laporan insiden: pengawal pintu Azman bin Yusof dipukul oleh pelanggan bernama Raymond Lau pada 1.30 pagi; Raymond ditahan polis di IPD Dang Wangi.
        Tempahan meja: Encik Kamarul Ariffin, telefon 012-748 3391, 10 orang, Jumaat 13 Dis, meja VIP 3, deposit RM500 dibayar melalui DuitNow.
        Gaji November: Nurul Ain binti Hamzah, pelayan, RM2,400 + elaun malam RM300, akaun CIMB 7062 1184 95, KWSP 11% dipotong.
        Kak Salmah di dapur baru disahkan menghidap kanser payudara, dia minta cuti tanpa gaji tiga bulan; tolong jangan hebahkan kepada staf lain.
        No. MyKad 910224-08-5127 ditemui pada kad akses pekerja yang tercicir di stor, tiada nama kerana pelekat sudah tertanggal.
        Alamat rumah pekerja baru: Hairul Nizam bin Ahmad, No. 17, Jalan SS 2/64, 47300 Petaling Jaya, Selangor. Kontrak bermula 2 Disember.
        Pelanggan tetap Uncle Chong Wai Keat masih berhutang tab bar RM1,860 sejak Oktober, anaknya kata dia dah bankrap, jangan beri kredit lagi.
        Kereta Proton X70 nombor VFT 3382 milik pengurus malam, Puan Lim Siew Lan, dicalar di tempat letak kereta; laporan polis sudah dibuat.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You help the operations team of a Clarke Quay nightclub write clear, factual incident reports.",
        ),
        (
            "user",
            "Draft an incident report: 30 Nov 01:50, patron Bryan Seah Jun Hao, NRIC S9527316B, threw a glass at door staff Rizwan after being refused entry. Rizwan had a cut on his forearm. Police came, report no. F/20261130/0456.",
        ),
        (
            "assistant",
            "Incident Report — 30 Nov, 01:50, Main Entrance. Subject: Bryan Seah Jun Hao (NRIC S9527316B). Refused entry, then threw a glass at door staff member Rizwan, causing a cut to the forearm. SPF attended; police report F/20261130/0456. First aid given on site.",
        ),
        (
            "user",
            "Good. Add that Rizwan went to Singapore General Hospital and got 4 stitches, MC 2 days.",
        ),
        (
            "assistant",
            "Added: Rizwan was taken to Singapore General Hospital, received 4 stitches and was given 2 days of medical leave. The report is ready for the duty manager's signature.",
        ),
    ],
    [
        ("system", "你是新加坡一家精酿啤酒屋的订位客服助手。"),
        (
            "user",
            "帮我写一条短信给王美玲女士，她的电话是 9684 2107，她订的 12 月 20 日 10 人包厢因为漏水取消了，押金 S$300 会在 5 个工作日内退回她的 PayNow。",
        ),
        (
            "assistant",
            "王女士您好，非常抱歉通知您，您于 12 月 20 日预订的 10 人包厢因场地漏水需要维修，订位已取消。押金 S$300 将在 5 个工作日内退回您的 PayNow 账户。如需改期，请直接回复本短信。",
        ),
    ],
    [
        ("system", "Anda pembantu pengurusan staf untuk sebuah taproom di Kuala Lumpur."),
        (
            "user",
            "Tolong susun jadual ini ikut syif: Farid (012-338 4410) malam Jumaat, Mei Yee pagi Sabtu, Suresh malam Sabtu, Aina (cuti sakit, demam denggi) tiada minggu ini.",
        ),
        (
            "assistant",
            "Jadual minggu ini: Jumaat malam — Farid (012-338 4410). Sabtu pagi — Mei Yee. Sabtu malam — Suresh. Aina bercuti sakit kerana demam denggi, jadi tiada syif untuknya minggu ini.",
        ),
        ("user", "Terima kasih. Syif Aina siapa boleh ganti?"),
        (
            "assistant",
            "Anda boleh tanya Mei Yee jika dia sanggup buat dua syif pada hari Sabtu, atau ambil seorang pekerja sambilan dari senarai simpanan.",
        ),
    ],
    [
        ("system", "You are an HR helper for a Singapore craft brewery. Answer in plain English."),
        (
            "user",
            "My brewer Desmond Quek kena caught for drink driving last weekend, court date in January. Can I terminate him or must I wait? He is on a 2-year contract.",
        ),
        (
            "assistant",
            "An arrest by itself doesn't automatically end a contract. Check Desmond's employment contract and your handbook for misconduct clauses, give him a chance to explain, and get advice from TADM or an employment lawyer before deciding.",
        ),
        ("user", "ok thanks, I will talk to him first"),
    ],
    [
        ("system", "你是香港一間夜店的賓客名單助理。"),
        (
            "user",
            "幫我刪除重複：鄭浩然 9481 2276、Karen Lau 6023 7719、鄭浩然 9481 2276、黃詠詩 5106 3348。",
        ),
        (
            "assistant",
            "整理後名單：1. 鄭浩然 9481 2276 2. Karen Lau 6023 7719 3. 黃詠詩 5106 3348。共 3 位。",
        ),
        ("user", "黃詠詩話佢未滿 18 歲可唔可以入？"),
        (
            "assistant",
            "不可以。香港法例禁止在持牌處所向未滿 18 歲人士售賣酒類，夜店一般亦不准其入場，請將黃詠詩從名單中移除。",
        ),
    ],
    [
        (
            "system",
            "CRM record for personalised offers — Name: Gabriel Tan Zhi Wei; mobile +65 9217 5530; email gabtzw@outlook.com; birthday 18 Dec; favourite: hazy IPA; tier: Gold.",
        ),
        ("user", "Write a short WhatsApp birthday offer for this member."),
        (
            "assistant",
            "Hi Gabriel! Happy early birthday from all of us at the taproom. Celebrate with us any day from 18 to 24 Dec and your first pint of hazy IPA is on the house. Just show this message at the bar. Cheers!",
        ),
    ],
    [
        ("system", "You help a brewery's finance team reply to suppliers."),
        (
            "user",
            "The keg supplier's salesman Ronald Phang keeps asking us to pay into his personal Maybank account 1142 8830 5517 instead of the company account. Write a firm reply.",
        ),
        (
            "assistant",
            "Dear Mr Phang, thank you for your follow-up. Our policy is to pay only into the registered company account printed on the invoice. We cannot transfer any payment to a personal account. Kindly ask your finance department to confirm the company bank details in writing.",
        ),
        ("user", "Add that we'll cc his boss."),
        ("assistant", "Added: We have copied your general manager on this email for transparency."),
    ],
    [
        ("system", "Anda membantu pengurus kelab malam di Johor Bahru membalas aduan pelanggan."),
        (
            "user",
            "Puan Rosnah binti Abdullah mengadu kad kreditnya yang berakhir 4417 dicaj dua kali RM680 pada 15 Nov. Emel beliau rosnah.abd72@yahoo.com. Tolong tulis balasan.",
        ),
        (
            "assistant",
            "Puan Rosnah yang dihormati, terima kasih kerana memaklumkan. Kami telah menyemak rekod dan mengesahkan caj berganda RM680 pada 15 Nov pada kad berakhir 4417. Bayaran balik telah dimulakan dan akan dikreditkan dalam 7 hingga 14 hari bekerja.",
        ),
    ],
    [
        ("system", "你是深圳一家精酿酒吧的行政助手。"),
        (
            "user",
            "新来的服务员周婷婷，身份证号 440305200103152228，健康证还没办，她说有乙肝小三阳，能上岗吗？",
        ),
        (
            "assistant",
            "根据国家规定，乙肝病毒携带者一般不属于禁止从事餐饮服务的情形，但周婷婷仍需先办理健康证并通过体检后才能上岗。她的健康信息请严格保密，不要在员工群里讨论。",
        ),
        ("user", "好的，我让她这周去办。"),
    ],
    [
        ("system", "You mask personal data in exports for a Singapore taproom chain."),
        (
            "user",
            "Mask this row for me: 2026-11-29,BK-26-119004,T03,4,Lim Jia Hui,S8841257C,8235 6614,jiahui.lim@gmail.com",
        ),
        (
            "assistant",
            "Masked row: 2026-11-29,BK-26-119004,T03,4,L** J** H**,S****257C,8*** **14,j*****@gmail.com. Note that partially masked NRIC and phone numbers can still identify a person, so full removal is safer for offshore use.",
        ),
        ("user", "ok then remove the columns fully"),
        ("assistant", "Row with personal columns removed: 2026-11-29,BK-26-119004,T03,4"),
    ],
]
