# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en277: SG/MY food banks, soup kitchens and community fridges (beneficiary registers, volunteer rosters, donor pickups, household means notes, delivery routes). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en277
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "community_fridge_notices"): _lines("""
        COMMUNITY FRIDGE @ Blk 115 void deck: Take what you need, leave what you can. No raw meat, no opened packs, no alcohol. Fridge is wiped down daily at 9am by the RC duty team.
        NOTICE: The fridge at Bukit Panjang CC will be closed 14-16 Mar 2026 for compressor servicing by CoolTech Refrigeration Pte Ltd (UEN 201418832M). Dry goods rack stays open.
        Please label all cooked food with the date and time it was packed, e.g. Packed 12/03 6:30pm. Cooked food older than 24 hours will be thrown away by the duty team, no exceptions.
        Halal items on the TOP shelf only. Non-halal items go in the bottom drawer. Terima kasih for helping keep our Muslim neighbours' food separate and clearly marked.
        Report spoiled food or a faulty fridge: WhatsApp the Kampung Fridge hotline +65 8012 3398 (Mon-Sat, 9am-9pm) or email care@kampungfridge.sg with the fridge code on the door.
        Fridge temperature must read between 1°C and 4°C. If the display shows above 5°C for more than 2 hours, move perishables to the cooler box and call the CC office at 6448 2210.
        Bread from Gardenia and Sunshine arrives every Tuesday and Friday before 8am. Please take not more than 2 loaves per household so that the later folks also got share.
        This fridge is supported by Tampines West Community Club and Food from the Heart. Open 7am to 10pm daily including public holidays, except Chinese New Year Day 1 and 2.
        Ramadan iftar packs (nasi briyani, kurma, air sirap) will be placed in the fridge at 6.45pm from 19 Feb to 20 Mar 2026. Limit 1 pack per person please, selamat berbuka!
        CCTV in operation at this fridge point. Footage is kept for 30 days and viewed only by the Residents' Network office for incident reviews under our PDPA policy v2.1.
        Do NOT leave baby formula, medicine or supplements in the fridge. Bring them to our donation counter at 1 Jurong West Central 2, #03-15 (Mon-Fri 10am-6pm) for checking.
        Scan the QR code on the door (go.gov.sg/fridge-tw-feedback) to tell us which items run out fastest. The survey is anonymous and takes less than 1 minute.
        Sponsored this month by Ah Huat Kopi Pte Ltd and Mdm Kwan's Pastry House. Sponsors please drop off before 11am so items can be checked, labelled and shelved.
    """),
    ("en", "volunteer_faq"): _lines("""
        Q: What is the minimum age to volunteer at Sunrise Soup Kitchen? A: 13 years old; volunteers aged 13 to 15 must be accompanied by a parent or guardian for the whole shift.
        Q: Do I need a food hygiene cert? A: Kitchen helpers need the SFA Basic Food Hygiene course (WSQ). Packers and drivers do not. Course fee is about S$107 before SkillsFuture credit.
        Q: Can I claim tax deduction for cash donations? A: Yes, we are an IPC (UEN T15CC0041K). Eligible donations get 250% deduction and are auto-submitted to IRAS when you opt in.
        Q: Where do I report for the Saturday cooking shift? A: Unit #05-22, 8 Kaki Bukit Avenue 4, take the cargo lift to level 5. Shift starts 4:30am sharp; aprons and hairnets provided.
        Q: How many meals do we cook a day? A: About 6,500 packed lunches on weekdays, delivered to 70 distribution points island-wide by 11am, and about 4,000 on Sundays.
        Q: My shop wants to donate 40kg of rice. Who do I contact? A: Email donations@sunrisesoup.org.sg with product, quantity and expiry, or call the donor line 6741 0099 ext 3.
        Q: Do you accept expired food? A: Dry goods up to 30 days past best-before are accepted after checks, but never anything past the use-by date, in line with SFA guidance.
        Q: Is there parking for volunteer drivers? A: No season parking is provided. Use the URA coupon lots along Kaki Bukit Ave 1; parking is claimable up to S$6 per shift.
        Q: What should I wear? A: Covered shoes, long pants, no jewellery. Long hair must be tied up. Nail polish and false nails are not allowed in the food prep area.
        Q: Can my company book a CSR session for 30 staff? A: Corporate slots run Tue and Thu, 9am-12pm, max 25 pax per slot. Book via sunrisesoup.org.sg/csr at least 3 weeks ahead.
        Q: How are beneficiaries selected? A: Through referrals from Family Service Centres, SSOs and hospital medical social workers. We do not register walk-ins at the kitchen.
        Q: What happens to leftover cooked food? A: Surplus is chilled within 2 hours and sent to partner fridges before 3pm; anything uncollected by 8pm goes to our composting partner.
        Q: Is the kitchen halal certified? A: The main line is MUIS-certified (cert no. MUIS-HC-2024-88217); the Sunday vegetarian line is run separately with its own utensils.
    """),
    ("en", "config_and_code"): _lines("""
        beneficiary_id,household_size,postal_sector,diet_flag,delivery_day,route_code,last_delivered_at,consent_version
        ROUTE_MAX_STOPS=18  # per van; raise to 22 only for the Toyota Hiace high-roof units with dual chiller
        routes: { code: 'TPY-03', depot: 'Ubi Hub', window: '09:00-12:30', stops_max: 18, chiller: true, driver_role: 'volunteer' }
        def needs_halal(item): return item.get('halal_cert') in {'MUIS', 'JAKIM'} and not item.get('contains_pork', False)
        SELECT route_code, COUNT(*) AS stops FROM deliveries WHERE delivery_date = '2026-03-14' GROUP BY route_code ORDER BY stops DESC;
        donor_pickup.yaml -> donor_type: supermarket, chain: FairPrice, outlet_code: FP-0217, pickup_slot: '21:30', bins: 6, temp_class: chilled
        sample .env: SMS_SENDER_ID=FOODBANKSG SMS_API_KEY=changeme_example_key TWILIO_FROM=+15005550006  # Twilio magic test number, never a real line
        FS-0042,TW-115,2026-03-14T06:00:00+08:00,3.4,17,OK  # sensor_id,site_code,reading_ts,temp_c,door_open_count,status
        commit 3f9a7c2e fix(route-opt): treat Sentosa and Jurong Island as restricted zones; bump ortools to 9.10.4067
        const SLOT_LABELS = { AM: '8am - 12pm', PM: '2pm - 6pm', EVE: '7pm - 9pm' }; // shown in the donor pickup booking widget
        household.income_band ENUM('A: up to S$800', 'B: S$801-1500', 'C: S$1501-2500', 'D: above S$2500') NOT NULL DEFAULT 'A: up to S$800'
        0 22 * * * /opt/fridgebot/bin/restock_alert --site ALL --threshold 0.25 --notify ops-channel >> /var/log/fridgebot/cron.log 2>&1
        PYTHONPATH=src pytest tests/test_route_split.py -k 'johor_bahru and not causeway_closed' -q  # 14 passed in 2.31s
    """),
    ("zh-Hans", "捐赠收据与发票"): _lines("""
        发票号 INV-2026-003187｜开票单位：顺丰速运（新加坡）有限公司｜项目：冷链配送 3 趟 × S$180｜合计 S$540.00（含 9% GST）
        收据编号 RCPT-SG-88412：收到 NTUC FairPrice 捐赠白米 50 包（每包 5 公斤），批次号 LOT240917，保质期至 2026-09-17，已入库。
        供应商：大马粮食贸易有限公司（SSM 202101034567）｜品名：食用油 2L × 120 瓶｜单价 RM 14.90｜小计 RM 1,788.00｜付款条件：30 天
        本收据可作慈善捐款扣税凭证，机构注册号 UEN S98SS0123A，IPC 资格有效期至 2027-06-30。如有疑问请致电财务部 6288 1900。
        采购订单 PO-7721 已确认：Ayam Brand 沙丁鱼罐头 425g × 240 罐，送货至淡滨尼 10 街 23 号仓库 3 楼装卸区，预计 3 月 18 日上午到货。
        运单号 SF1402938857612，始发：新山 Tebrau 仓，目的：新加坡 Ubi 中转站，货物：婴儿奶粉 12 箱，清关状态：已放行。
        发票抬头：阳光施粥站（新加坡）｜GST 注册号 M90371234X｜开票日期 2026-03-02｜金额大写：新元伍佰叁拾元整｜小写 S$530.00
        本月捐赠汇总：现金 S$12,480.50，实物折价 S$31,905.00，共 214 笔；其中企业捐赠 37 笔，个人捐赠 177 笔，明细不对外公开。
        退款说明：订单 #SG-20260311-0457 多收运费 S$35.00，已于 3 月 12 日原路退回至本机构 DBS 企业账户，请财务部核对流水。
        供货清单：老干妈风味豆豉 280g × 48、李锦记蚝油 510g × 36、王老吉凉茶 310ml × 96、陶华碧同款辣酱礼盒 × 6，总计 S$612.40
        发票备注：本批蔬菜由金马仑高原（Cameron Highlands）合作社直送，冷藏车车厢温度记录 2-6°C，附温度曲线报表 1 页。
        收据 RCPT-MY-20260305-019：吉隆坡食物银行中心收到 Mydin 超市捐赠饼干 80 箱、速食面 60 箱，经仓库主管核点签收。
        对账单：2026 年 2 月 GoGoVan 冷链车租赁共 22 单，订单号 GGV-5520811 至 GGV-5520832，合计 S$2,904.00，请于 3 月 31 日前付款。
    """),
    ("zh-Hant", "新聞"): _lines("""
        勞工及福利局局長孫玉菡今日到訪深水埗一間社區飯堂，了解長者午膳服務的運作，並與前線社工及義工交流，承諾檢視食物援助服務的資助安排。
        行政長官李家超出席社福界新春團拜時表示，社區食物援助網絡是基層支援的重要一環，並感謝各區義工團體多年來在派飯及送餐方面的付出。
        新加坡總理黃循財週末在濱海灣出席全國義工嘉許禮，感謝逾三千名食物銀行及社區廚房義工在過去一年協助包裝及派送超過一百萬份膳食。
        馬來西亞首相安華出席「Menu Rahmah」經濟餐計劃活動，呼籲更多餐館參與，讓低收入人士能以五令吉或以下享用一份有飯有菜的午餐。
        台灣食物銀行聯合會表示，今年第一季共募集物資逾 120 公噸，通膨使求助個案較去年同期增加約兩成，米、油及奶粉需求最為殷切。
        惜食堂（Food Angel）宣布於將軍澳增設中央廚房，預計每日可額外製作 5,000 份熱餐，供應予區內長者中心及家庭。
        立法會福利事務委員會今日討論短期食物援助服務檢討報告，多名議員促請當局放寬服務期限至十六星期，並增加熱食及長者軟餐選擇。
        澳門社會工作局公布，去年透過短期食物補助計劃發放的食物券總值約澳門元 1,800 萬元，受惠個案約 4,200 宗，較前年上升一成。
        聖雅各福群會「眾膳坊」舉行開放日，展示剩食回收流程，並邀得名廚梁文韜示範以回收蔬果製作三道家常菜，吸引逾百名街坊及學生參加。
        新加坡社會及家庭發展部部長馬善高表示，社區冰箱須遵守食品局衛生指引，並鼓勵基層組織向當局登記冰箱位置、清潔時間表及負責單位。
        香港明愛提醒市民，如遇家庭經濟突變可致電明愛向晴軒熱線 18288 查詢食物援助轉介，熱線全日 24 小時運作，毋須預約。
        《深夜食堂》作者安倍夜郎早前接受雜誌訪問時提到，漫畫中老闆為客人做家常菜的情節，啟發了香港、台灣及新加坡不少社區食堂的經營模式。
        新加坡國會通過《好撒瑪利亞人食物捐贈法案》，提出議員之一黃國光（Louis Ng）表示，法案可減輕真誠捐贈食物者的法律責任，鼓勵商戶捐出剩食。
    """),
    ("ms", "pengumuman"): _lines("""
        PENGUMUMAN: Agihan bakul makanan Bank Makanan Masjid Al-Falah akan diadakan pada Sabtu, 14 Mac 2026, jam 9 pagi hingga 12 tengah hari di dewan serbaguna.
        Penerima bantuan diminta membawa kad penerima (warna hijau) sahaja. Salinan kad pengenalan TIDAK diperlukan untuk agihan bulanan mulai bulan ini.
        Dapur Jalanan Chow Kit beroperasi setiap Rabu dan Jumaat jam 8 malam di hadapan Pasar Raja Bot. Sukarelawan sila hadir 30 minit lebih awal untuk taklimat.
        Sumbangan boleh disalurkan ke akaun Maybank Persatuan Kebajikan Dapur Prihatin Selangor: 5141 2233 8870 (No. Pendaftaran PPM-012-10-22052019). Resit cukai disediakan.
        Peti sejuk komuniti di Dewan Orang Ramai Taman Melawati ditutup sementara untuk penyelenggaraan. Sila gunakan peti di Surau Al-Ikhlas, Jalan H8.
        Talian bantuan Bank Makanan negeri: 1-800-88-3636 (bebas tol), Isnin hingga Jumaat, 8.30 pagi - 5.30 petang. WhatsApp pejabat: 019-330 2211.
        Makanan yang disumbang mestilah berlogo halal JAKIM atau dari premis bersijil halal. Makanan bermasak hendaklah dibungkus kemas dan dilabel tarikh.
        Jadual ambil lebihan roti dari Roti Pak Man dan Bakeri Mak Jah: setiap malam jam 10, laluan Kota Damansara - Sungai Buloh, van nombor 2.
        Program Menu Rahmah: hidangan nasi berlauk serendah RM5 boleh didapati di lebih 1,200 premis di Selangor. Senarai penuh premis di laman web KPDN.
        Mesyuarat AJK Bank Makanan Komuniti akan diadakan pada 20 Mac, 8.30 malam, di bilik mesyuarat Masjid Jamek Kampung Baru. Agenda: laporan stok dan audit.
        Sumbangan beras 10kg jenama Jati dan Faiza telah diterima daripada Lotus's Stores (Malaysia) Sdn. Bhd. Terima kasih atas sokongan berterusan anda.
        Pekeliling 03/2026: Semua sukarelawan pemandu wajib mengisi log perjalanan (odometer, masa keluar dan masuk) dalam aplikasi Laluan v1.4 sebelum tuntutan minyak diproses.
        YB Fahmi Fadzil, Ahli Parlimen Lembah Pantai, dijangka hadir merasmikan pusat agihan makanan baharu di Jalan Pantai Dalam pada 28 Mac 2026, jam 10 pagi.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        [14/03 07:42] Kitchen Lead: Morning all, rice cooker no. 3 trip again. Electrician from Kwong Seng Electrical coming 10am, pls don't use that socket ah.
        [14/03 07:55] Ops Desk: Van 2 (the white Hiace) tyre pressure low, send to the Ubi workshop first. Route TPY-03 swap to Van 4 today ok.
        [14/03 08:10] Driver Team: FairPrice Hougang outlet say the chilled bins not ready yet, they ask us come back 9:30. Wait or skip lah?
        [14/03 08:12] Ops Desk: Wait. Their yoghurt expiring tmr, confirm good stuff. After that go Sheng Siong Bedok North, pickup ref SS-PU-4471.
        大家注意：今天 Chinatown Complex 的 stall 捐了 80 packets char kway teow，11am 前要 pack 完 send 去 Bukit Merah 那个 fridge。
        Boss cakap stok minyak masak tinggal 14 botol je. Sapa yang pergi Lotus's Sungai Buloh nanti tolong ambik PO-7730, dah bayar siap.
        [14/03 12:30] Volunteer Coord: Sat shift still short 6 packers. Pls share the Giving.sg link in your CCA or company chats, thanks all 🙏
        FYI Ah Ma's Kitchen (the caterer lah, not the beneficiary list) cancel Sunday bee hoon order, they say their stove spoil. Need backup caterer by Fri.
        Fridge @ Blk 115 sensor show 7.8°C since 2am. Anyone nearby can check if door tak tutup rapat? Ticket #FR-2291 already opened.
        Reminder 各位 volunteer：PDPA training quiz due Friday, link in the pinned msg. 没做完的不能 access beneficiary list 哦。
        Today's count: 1,342 meals out, 27 routes done, 2 routes late due to PIE jam. Good job team, jia you! 💪
        Eh the Mao Shan Wang durians from the Geylang stall cannot put in fridge la, whole void deck complain smell 😂 move to the open shelf outside.
        SFA officers coming Wed 2pm for routine inspection. Pls clear walk-in chiller shelf C and print the Feb temperature logs, thank you semua.
    """),
    ("en", "system_log_lines"): _lines("""
        2026-03-14T06:02:17+08:00 INFO route-planner: generated 27 routes for depot=UBI total_stops=412 avg_stops=15.3 solver=ortools status=OPTIMAL
        2026-03-14T06:15:44+08:00 WARN fridge-monitor: site=TW-115 sensor=FS-0042 temp_c=7.8 threshold=5.0 duration_min=135 action=ticket FR-2291
        2026-03-14T08:31:09+08:00 INFO pickup-svc: donor=FP-0217 (FairPrice Hougang Mall) status=COLLECTED bins=6 weight_kg=142.6 ref=PU-20260314-0033
        [ERROR] sms-gateway 2026-03-14 09:01:55 provider=AcmeSMS code=429 Too Many Requests retry_in=30s batch=BEN-REMIND-0314 size=380
        2026-03-14 09:12:40 INFO auth: role=route_driver login ok device=android-14 app=Laluan/1.4.2 (build 210) region=ap-southeast-1
        2026-03-14 10:47:03 INFO tracking: shipment JNTSG0048812973 status=OUT_FOR_DELIVERY hub=Tuas carrier=J&T Express eta=14:00-16:00
        2026-03-14T11:05:00Z INFO export: wrote 27 aggregate rows to s3://fb-analytics/aggregates/2026/03/14/meals_by_sector.parquet sha256=9b1f0c77e4a2d3
        2026-03-14 11:30:22 WARN inventory: SKU RICE-5KG-JASMINE stock=38 below reorder_point=60 supplier=Hup Seng Trading Pte Ltd lead_time_days=3
        2026-03-14 12:00:00 INFO scheduler: job meal-count-daily finished in 4.82s rows=27 version=2.7.1 commit=a41d9e7
        2026-03-14 13:14:51 ERROR payments: PayNow corporate UEN 201912345K callback signature mismatch txn=PN-88120934 amount=SGD 250.00 status=PENDING_REVIEW
        2026-03-14 15:40:18 INFO geo: geocoded 412/412 stops via OneMap API v2, 3 fallbacks to postal sector centroid, cache_hit=0.91
        2026-03-14 17:02:33 INFO donor-portal: invoice INV-2026-003187 marked PAID by finance_bot ledger=GL-4010 cost_centre=COLD-CHAIN
        2026-03-14 21:30:05 DEBUG mailer: template=volunteer_shift_reminder_v5 locale=ms-MY queued=212 sent=209 bounced=3 report=BR-0314
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Beneficiary register #BR-0412: Mdm Rosnah binti Kassim, 67, Blk 52 Chai Chee Street #07-118, S(460052), lives alone, diabetic, soft food only, deliver Mon/Thu.
        Volunteer roster Sat 15/3: Driver - Marcus Teo Wei Jie, HP 9127 4408, own car SMB 4821 K, route TPY-03, reporting 8:00am at Ubi Hub.
        Means note: Mr Gopal s/o Ramasamy lost his security guard job in Jan, household income now S$650 for 4 pax, owes S$3,200 in HDB arrears. Recommend 6-month ration.
        NRIC S8734521A - please verify against the FSC referral letter before issuing the NTUC voucher.
        Auntie Lily from Blk 115 keeps taking 5 loaves; her son just got released from Changi Prison last week so she is feeding him too, according to the RC chairman.
        Pickup contact for the bakery surplus is the owner's own mobile, Jason Lim, 8836 2175 - don't call after 10pm, his wife just gave birth.
        Delivery note: Mr & Mrs Tan Boon Hock, 19 Jalan Kembangan, S(419120); gate code 4471, dog in compound, wife on dialysis Tue/Thu/Sat mornings so deliver after 2pm.
        BEN-2291,Nur Aisyah binti Osman,T0261847D,+65 9382 1106,520312,5,halal,TUE
        Referral from Bukit Merah FSC: client Wong Mei Ling (FIN G5528164K), Malaysian, separated from husband, 3 kids under 10, pending work pass renewal.
        Please remove Kelvin Ng from the Wednesday roster - he told me he has stage 3 colon cancer and starts chemo next week. Keep this between us.
        Donor email: Hi, I'm Priya Nair (priya.nair.87@gmail.com), I'd like to sponsor 20 meals monthly by GIRO from my POSB savings 188-23456-7.
        Photo IMG_20260314_0931.jpg shows Uncle Ah Seng (Lim Kok Seng) receiving his rations at his flat door, unit number visible. Do not post on IG.
        Household means test: applicant Nurul Huda, 34, single mother, salary S$1,450 as cashier at a Tampines supermarket, rent S$450, CPF OA balance S$32,118.20.
        Call log 14/03 10:22 - Mdm Chua (9745 0381) says her husband hit her again, she is staying at her sister's flat in Yishun; flagged to FSC social worker.
        Volunteer sign-up: Daniel Koh Jun Hao, DOB 04/11/1996, emergency contact mother Mdm Koh Swee Lan 9063 5548, allergy: peanuts, shirt size L.
        Mr Rahim is 4 months behind on his S&CC and SP bills, about S$1,900 in total. He asked us not to tell his daughter.
    """),
    "zh-Hans": _lines("""
        受助家庭登记：陈秀英，女，37岁，身份证号 440304198806132716，从深圳来新加坡陪读，丈夫欠债失联，带两个孩子在 Jurong West 租房住。
        送餐路线备注：林太住宏茂桥 Blk 418 #05-233，腿脚不便，敲门要大声，她听力不好；电话 8112 6093。
        义工名单更新：张伟明（微信 zwm_sg1991，手机 +86 138 2745 6190），周六负责淡滨尼冰箱补货，下个月回国。
        阿明说他上个月被公司裁员了，房贷还欠银行十几万，不好意思来领米，让我们偷偷送到他家楼下。
        捐赠人黄志强先生要求开收据，他的转账来自中国银行新加坡分行个人账户 100-1234-5678-9，请财务核对后寄出。
        备注：刘阿姨（刘桂芳）刚确诊乳腺癌，下周开始化疗，送餐改为流质；联系她女儿请用邮箱 liu.xiaoyu@163.com。
        家访记录：王先生，身份证 350203197509214389，福建厦门人，工伤后无法工作，一家五口靠妻子在食阁洗碗每月 1,200 新元维持。
        车牌 SLA 7721 X 的李师傅是我们的义务司机，他说离婚后一个人住在 Bedok North Ave 3 Blk 540 #09-12。
    """),
    "zh-Hant": _lines("""
        食物銀行登記表：申請人 何嘉欣，HKID Y204617(5)，住深水埗南昌街 188 號 4 樓 B 室劏房，月入港幣 9,800，育有一女。
        陳生話佢老婆上個月流產咗，兩公婆心情都好差，今個禮拜唔好排佢星期六嚟深水埗做派飯義工住。
        台北物資站個案：林淑芬，身分證字號 A225846130，單親媽媽，卡債約新台幣 38 萬，手機 0928-417-365。
        送餐員回報：黃伯（黃德興）住觀塘翠屏邨翠楓樓 1523 室，最近認知障礙症加重，成日唔記得開門，請聯絡佢個仔 9635 2217。
        義工聯絡：鄭家豪，電郵 kahou.cheng@outlook.com，澳門居民身份證 5213847(2)，負責氹仔區送餐。
        請注意：梁太個女喺學校偷嘢俾警察拉咗，佢屋企而家唔想見社工，食物包放喺門口就得。
        捐款紀錄：吳志明先生，匯豐戶口 004-512-345678-833，每月捐 HK$500，收據寄往將軍澳唐德街 9 號 2 座 18 樓 F 室。
    """),
    "ms": _lines("""
        Senarai penerima: Encik Azman bin Yusof, No. KP 850412-14-5523, PPR Kampung Baru Air Panas Blok C-7-12, 53200 Kuala Lumpur, isi rumah 6 orang.
        Puan Salmah kata suaminya masuk lokap minggu lepas sebab dadah, dia sekarang tiada pendapatan langsung. Tolong hantar bakul makanan segera.
        Sukarelawan pemandu: Hafiz Rahman, tel 012-738 4519, kereta Perodua Myvi WXY 8823, boleh bawa hari Sabtu sahaja.
        Nota isi rumah: Kak Ros (Rosmawati Ahmad) mengandung 7 bulan, suami kerja Grab, pendapatan RM1,800 sebulan, sewa rumah RM650 di Taman Sri Muda.
        Pak Cik Osman yang tinggal seorang di No. 23, Lorong Melati 4, Taman Melawati, Hulu Kelang baru keluar hospital lepas strok. Hantar bubur je.
        Borang permohonan: nama Nor Fazila binti Hashim, emel norfazila.hashim90@yahoo.com, no. akaun Bank Islam 12034010098765, untuk bantuan tunai RM200.
        No. MyKad 920315-10-6634 - sila semak dengan JKM sebelum kad penerima baharu dikeluarkan.
        Mak Limah tu ada hutang along RM5,000, orang datang ketuk pintu rumah dia tiap malam. Jangan bagi alamat dia kat sesiapa.
        Laluan hantaran 14/3: 1) Lot 1182 Kampung Sungai Penchala (Encik Kamal, 013-992 1047), 2) Desa Mentari Blok 3 #8-05 (Puan Devi, 017-285 6630).
        Sukarelawan Tan Chee Keong (IC 780922-07-5871) minta cuti dua bulan sebab nak jaga ayah dia yang ada kanser paru-paru di Hospital Pulau Pinang.
    """),
    "mixed": _lines("""
        Eh the auntie at Blk 203 Toa Payoh #11-456, Mdm Goh, her hp is 9448 1270, she say 她的肾不好 cannot eat salty, pls tell kitchen.
        Ah Boy 那个 volunteer (real name Lee Jun Wei) kena caught for drink driving last night, cannot drive the van for now lah.
        Abang Faizal punya no. akaun CIMB 7012345678 for the petrol claim RM85, he send IC photo also, 880726-05-5219.
        Beneficiary update: 阿珍 (Tan Ah Chin), FIN F2194736U, employer cancel her work permit, owe agent fee S$2,400, now staying at 朋友家 in Geylang Lor 25.
        @Ops pls call Encik Rizal at +60 11-2345 8876, the donor from JB, he want to collect the tax receipt personally, email rizal.jb@protonmail.com
        Mrs Kaur tadi menangis, she said her son dah tiga bulan tak balik rumah, dia rasa son dia join gang. Tolong refer FSC.
        Roster update: 周四 route TPY-05 driver Ong Kah Wai (car SGH 5512 D), partner Melissa Tan 9186 3320, start 9am from Ubi Hub.
        Beneficiary photo for annual report: Puan Aminah & her 3 grandkids, 住在 Woodlands Dr 14 Blk 681 #04-301, consent form NOT signed yet ah.
        老陈 (Chan Kwok Leung) on the Kechara 派饭 list, HKID K582913(A), came from HK last year, gambling debt, no fixed address, sleeps near KL Sentral.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are RosterBot, an assistant for Sunrise Soup Kitchen's volunteer coordinators in Singapore. Keep answers short and in table form when possible.",
        ),
        (
            "user",
            "Can you turn this into a neat Saturday roster? Packers: Grace Lee 9312 6654, Haris bin Salleh 8245 1190. Drivers: Marcus Teo 9127 4408 (car SMB 4821 K), Vincent Ho 9688 0273. Kitchen: Mdm Lim Siew Hoon 6-10am.",
        ),
        (
            "assistant",
            "Saturday roster: Kitchen 4:30-10am - Mdm Lim Siew Hoon (from 6am). Packing 8-11am - Grace Lee (9312 6654), Haris bin Salleh (8245 1190). Driving 9am-12:30pm - Marcus Teo (9127 4408, SMB 4821 K), Vincent Ho (9688 0273). Shall I add route codes?",
        ),
        (
            "user",
            "Yes, Marcus on TPY-03 and Vincent on BDK-01. Also note Vincent has a bad back so no lifting rice bags.",
        ),
        (
            "assistant",
            "Updated: Marcus Teo - TPY-03; Vincent Ho - BDK-01 (note: no heavy lifting, back injury; pair him with a packer at drop-offs). If this roster goes into the shared group chat, you could leave out the health note and phone numbers.",
        ),
    ],
    [
        (
            "user",
            "帮我把下面这几户排一条送餐路线，从 Ubi Hub 出发：1) 林太 宏茂桥 Blk 418 #05-233；2) 陈伯 大巴窑 Blk 203 #11-456，电话 9448 1270；3) 周小姐 碧山 Blk 137 #03-88，她怀孕八个月行动不便。",
        ),
        (
            "assistant",
            "建议顺序：Ubi Hub → 大巴窑 Blk 203（陈伯）→ 碧山 Blk 137（周小姐，怀孕八个月，请送到门口）→ 宏茂桥 Blk 418（林太）。全程约 18 公里，预计 55 分钟。",
        ),
        ("user", "好的，林太耳朵不好，再帮我写一句给司机的提醒。"),
        (
            "assistant",
            "司机提醒：宏茂桥 Blk 418 #05-233 的林太听力不好，敲门请大声并等候至少两分钟；如无人应门，请致电办公室，不要把食物留在走廊。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk Bank Makanan Komuniti Kampung Baru. Bantu petugas menulis surat rasmi dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong draf surat rujukan ke JKM untuk Puan Rohani binti Ismail, No. KP 810527-08-5142, alamat No. 7, Jalan Raja Muda Musa, 50300 Kuala Lumpur. Suami meninggal Januari, ada 4 anak sekolah, tiada pendapatan.",
        ),
        (
            "assistant",
            "Tuan/Puan, dengan hormatnya kami merujuk Puan Rohani binti Ismail (No. KP 810527-08-5142) yang beralamat di No. 7, Jalan Raja Muda Musa, 50300 Kuala Lumpur. Beliau kematian suami pada Januari 2026 dan menanggung empat orang anak yang masih bersekolah tanpa sebarang pendapatan. Kami memohon pertimbangan Bantuan Kanak-Kanak dan bantuan am bulanan. Sekian, terima kasih.",
        ),
        ("user", "Bagus. Tambah juga yang anak sulung dia ada asma teruk."),
        (
            "assistant",
            "Ditambah: Anak sulung beliau menghidap asma kronik yang memerlukan rawatan berkala di klinik kesihatan, menambah beban perbelanjaan isi rumah.",
        ),
    ],
    [
        (
            "user",
            "我喺觀塘住，最近俾公司裁咗，屋企三個人淨係靠我老婆做兼職。我叫莫志偉，HKID C668305(6)，想問點樣申請短期食物援助？",
        ),
        (
            "assistant",
            "明白你嘅處境。短期食物援助一般要經社工或指定服務單位評估，你可以直接聯絡觀塘區嘅食物援助服務隊，或者去就近嘅綜合家庭服務中心。提提你：初步查詢毋須喺網上提供身份證號碼，等正式登記先交俾職員核對就得。",
        ),
        ("user", "咁要準備咩文件？"),
        (
            "assistant",
            "通常要準備：身份證、住址證明、最近三個月入息證明或解僱信、家庭成員資料。帶齊文件去約見，社工會幫你評估，最長可以領取數個星期嘅食物。",
        ),
    ],
    [
        (
            "system",
            "You summarise WhatsApp group chats for the coordinators of a community fridge network in Singapore. Output bullet points.",
        ),
        (
            "user",
            "Summarise pls: [08:01] Shirley: Blk 115 fridge door spoil again. [08:05] Ravi: I go check after work. [08:20] Shirley: btw Uncle Tan from #04-22 took all the eggs again, his neighbour say he got dementia. [08:31] Ravi: ok I talk to his daughter, her number 9076 3318.",
        ),
        (
            "assistant",
            "- Blk 115 fridge door faulty again; Ravi will check after work. - Shirley reports that Uncle Tan (#04-22) took all the eggs; neighbour says he may have dementia. - Ravi will contact Uncle Tan's daughter at 9076 3318.",
        ),
        ("user", "Can make it shorter for the management report?"),
        (
            "assistant",
            "- Blk 115 fridge door faulty; volunteer to inspect today. - One resident with suspected cognitive issues is over-taking items; volunteer liaising with family. (Names and numbers left out for the report.)",
        ),
    ],
    [
        (
            "system",
            "Beneficiary on file: Mdm Fatimah binti Yahya, NRIC S7615093A, 61, Blk 681 Woodlands Dr 14 #04-301, tel 8723 0451, hypertension and on a low-salt diet, delivery every Wednesday.",
        ),
        (
            "user",
            "Write a short WhatsApp reminder to her about tomorrow's delivery, in simple English with a bit of Malay.",
        ),
        (
            "assistant",
            "Assalamualaikum Mdm Fatimah, this is Sunrise Soup Kitchen. Esok (Wednesday) our volunteer will deliver your meals between 10am and 12pm to Blk 681 #04-301. Your food is low-salt as usual. Terima kasih!",
        ),
    ],
    [
        (
            "user",
            "A donor wants us to collect 30 boxes of mooncakes from his house. Address is 12 Jalan Bunga Rampai, Singapore 538395, contact Mr Benjamin Sim 9811 2640. How should I plan the pickup?",
        ),
        (
            "assistant",
            "Suggested plan: send a van with at least 2 volunteers, since 30 boxes need several trips from the door. Call Mr Benjamin Sim at 9811 2640 a day ahead to confirm the slot and whether there is parking outside 12 Jalan Bunga Rampai. Check the best-before date on the boxes before loading.",
        ),
        ("user", "He also asked for a tax receipt, his NRIC is T1183592E."),
        (
            "assistant",
            "Noted. For an IPC tax deduction, record NRIC T1183592E against the cash donation in your donation system so it is reported to IRAS. In-kind gifts such as mooncakes usually do not qualify for the 250% deduction, so let him know gently.",
        ),
    ],
    [
        (
            "system",
            "Anda membantu pegawai kebajikan mengira kelayakan bantuan makanan. Had pendapatan per kapita ialah RM600.",
        ),
        (
            "user",
            "Isi rumah Encik Zulkifli bin Hamid: dia kerja kilang gaji RM2,100, isteri Norhayati suri rumah, 3 anak, ibu mertua 72 tahun tinggal sekali. Layak tak?",
        ),
        (
            "assistant",
            "Isi rumah seramai 6 orang dengan jumlah pendapatan RM2,100 memberi pendapatan per kapita RM350. Ini di bawah had RM600, jadi keluarga Encik Zulkifli bin Hamid layak untuk bantuan bakul makanan bulanan.",
        ),
        ("user", "Dia ada hutang kereta RM18,000 juga, kena kira ke?"),
        (
            "assistant",
            "Mengikut garis panduan biasa, hutang tidak ditolak daripada pendapatan kasar, tetapi boleh dicatat dalam nota kes sebagai faktor tekanan kewangan untuk pertimbangan pegawai.",
        ),
    ],
    [
        (
            "user",
            "我们食物银行有个义工叫赵丽娟，身份证 510107199203045622，她说想把她的资料从系统里删掉，要怎么回复她？",
        ),
        (
            "assistant",
            "可以这样回复：赵丽娟您好，我们已收到您删除个人资料的请求，将在 30 天内从义工系统中删除您的姓名、身份证号码及联系方式，完成后会以邮件通知您。感谢您过去的付出。",
        ),
        ("user", "她的邮箱是 zhaolijuan92@qq.com，帮我写成邮件格式。"),
        (
            "assistant",
            "收件人：zhaolijuan92@qq.com；主题：个人资料删除确认。正文：赵丽娟您好，我们已收到您的请求，将在 30 天内删除您在义工系统中的全部个人资料，完成后另行通知。如有疑问请回复本邮件。阳光施粥站 义工组 敬上",
        ),
    ],
    [
        ("system", "你是台中一間食物銀行的個案登記助理，協助社工整理受助者資料。"),
        (
            "user",
            "幫我整理成表格：申請人 蔡宗翰，身分證 F127390581，機車行工作被資遣，太太 許雅婷 身分證 B244183060 懷孕五個月，住台中市北屯區崇德路二段 88 巷 5 號 3 樓，電話 0935-218-476。",
        ),
        (
            "assistant",
            "申請人：蔡宗翰｜身分證：F127390581｜狀況：遭資遣｜配偶：許雅婷（B244183060，懷孕五個月）｜地址：台中市北屯區崇德路二段 88 巷 5 號 3 樓｜電話：0935-218-476",
        ),
        ("user", "再加一欄建議的物資。"),
        (
            "assistant",
            "建議物資：孕婦營養品、奶粉預備、白米 10 公斤、罐頭及乾貨每月一份，並轉介產檢補助資源。",
        ),
    ],
]
