# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix136: tailors, baju kurung and cheongsam makers and alteration shops in SG/MY/HK/TW (measurements, fittings, festive rush orders, deposits, complaints, staff groups). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix136
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "alteration_price_list"): _lines("""
        Hemming (trousers, plain): SGD 12.00 | keeping original hem: SGD 18.00 | express same-day if dropped off before 2pm: +SGD 8.00
        Waist take-in or let-out up to 2 inches: RM 25; beyond 2 inches needs the waistband re-cut, quoted after fitting, from RM 45
        Cheongsam (qipao) full bespoke, silk brocade, lined, hand-knotted pankou buttons: from HKD 4,800; rush within 10 working days +30%
        Baju kurung Pahang cut, customer's own fabric, with lining and side pocket: RM 85 per pasang; Raya season surcharge RM 20 from 1 Feb
        Zip replacement: invisible zip on dresses SGD 22, YKK metal zip on jeans SGD 28, two-way jacket zip SGD 38 (zip included in price)
        Sleeve shortening on suit jackets with working buttonholes (surgeon cuffs): SGD 65; non-working cuffs: SGD 40. Price list revised 01/03/2026
        Kebaya nyonya sulam bodice adjustment: RM 60-120 depending on the embroidery motif; we do not cut through hand-embroidered panels
        Men's suit package: 2-piece, Vitale Barberis Canonico 110s wool, 2 fittings, HKD 6,880; add waistcoat HKD 1,600; extra trousers HKD 1,500
        Deposit policy: 50% on order, balance on collection. Items uncollected after 90 days will be donated. 2.5% card surcharge on Amex only.
        Curtain hemming per panel SGD 15 (up to 2.4 m drop); blackout lining add SGD 10 per panel; ready for pickup within 7 working days
        Wedding gown bustle + hem + cup insertion bundle: SGD 280; the first fitting must be at least 6 weeks before the wedding date
        Samfu set (top + trousers), cotton poplin, kids size 4-12: RM 68; adult S-XXL: RM 98; XXXL and above +RM 15. SKU prefix SMF-CNY26
        School uniform alterations: pinafore hem SGD 10, shirt taper SGD 14, 20% off with a school bookshop receipt, valid 2-15 January only
    """),
    ("en", "order_system_logs"): _lines("""
        2026-01-18T09:42:11+08:00 INFO order.created id=ORD-MY-260118-0442 branch=KL-TAR items=3 deposit_myr=150.00 due=2026-03-15 status=PENDING_FITTING
        2026-01-18T09:42:12+08:00 WARN capacity.check branch=KL-TAR week=2026-W10 slots_used=118/120 raya_mode=true msg=near_capacity
        order_id,branch_code,garment_type,fabric_sku,bust_cm,waist_cm,hip_cm,length_cm,fitting_date,deposit_amount,currency,status
        ORD-SG-26-0031,SG-PPC,cheongsam_short,SLK-BRC-0917,86.0,68.5,92.0,98.0,2026-01-22,200.00,SGD,CUT
        [scheduler] cron '0 7 * * *' job=send_fitting_reminders sent=42 failed=1 provider=twilio error=21614 elapsed=3.8s
        notify.sender = orders@kedaijahitmelati.com.my; notify.reply_to = noreply@kedaijahitmelati.com.my; shop.timezone = Asia/Kuala_Lumpur; sst_rate = 0.08
        2026-02-03 14:05:56,812 ERROR payment.webhook provider=stripe event=evt_3OxK9L2eZvKYlo2C1a8Qd7Fw amount=48000 currency=hkd reason=card_declined retry=2
        git commit 4f9c2e1: fix(measurement): round shoulder_cm to 0.5 instead of 1.0 for kebaya templates; bump tailor-pos to v2.14.3
        SELECT order_id, garment_type, due_date FROM orders WHERE branch_code = 'HK-SSP' AND status IN ('CUT','SEWN') AND due_date < '2026-02-10';
        tracking: J&T Express JT0021874539MY picked up 2026-03-02 16:20 from the Kedai Jahit Melati warehouse, Shah Alam; ETA 2026-03-04
        backup ok: s3://tailorpos-prod-ap-southeast-1/db/2026-03-01.sql.gz size=184.2MB sha256=9b1f0c7e3a5d4b8e2c6f1a0d9e8b7c6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c
        feature_flags: { raya_rush_queue: true, cny_rush_queue: false, allow_deposit_via_duitnow: true, min_deposit_pct: 30 } # ticket OPS-1187
        invoice INV-HK-2026-000871 issued branch=MongKok subtotal=HKD 3,200.00 discount=HKD 160.00 total=HKD 3,040.00 paid_via=FPS status=PAID
    """),
    ("zh-Hans", "门店公告"): _lines("""
        【春节赶工通知】本店旗袍及唐装订单于1月10日起停止接单，已交定金的顾客请按约定日期来店试身，逾期将顺延至元宵节后交货。咨询请拨门店座机021-6321 8890。
        各位顾客：因南外滩轻纺面料市场三楼装修，本档口临时搬至同楼层318室，营业时间不变，每天9:00至18:00，改衣取件请认准“锦绣裁缝铺”招牌，谢谢配合。
        温馨提示：真丝面料改衣前请先确认是否留有备料，拆线后针孔无法复原，因面料老化导致的破损本店概不负责，敬请理解。定制订单开裁后定金不予退还。
        本店招聘熟练车位工2名、手缝盘扣师傅1名，要求有5年以上旗袍制作经验，月薪8000至12000元，包午餐，有意者请致电门店总机0755-8321 6677或发送简历至hr@jinxiutailor.cn。
        价目调整公告：自2026年3月1日起，裤脚改短由15元调整为20元，西装改袖由80元调整为95元，旗袍收腰维持120元不变。统一社会信用代码：91310101MA1FP3XK2L。
        双十一线上预约汇总：本次活动共收到量体预约1286单，其中旗袍512单、中山装203单、改衣571单，预计12月20日前全部交付，请留意以JX开头的订单号短信通知。
        海派旗袍制作技艺已列入国家级非物质文化遗产名录，本店选用的苏州宋锦与杭州真丝均来自正规厂家，每件成衣附带面料成分标签和洗涤说明，欢迎到店查看。
        门店地址：广州市越秀区北京路步行街218号二楼（近地铁公园前站C出口），停车请使用附近公共停车场，本店不提供代客泊车服务，改衣取件请带好取件单。
        国庆期间（10月1日至7日）本店照常营业，但量体师傅轮休，如需量身定制请提前通过小程序“锦绣裁缝铺”预约，当日到店只接受改裤脚、换拉链等简单改衣业务。
        本周五下午14:00至17:00店内收银系统升级，届时无法使用微信支付和支付宝，只收现金或银联刷卡，给您带来不便敬请谅解，已开出的取件单号不受影响。
        关于秀禾服和旗袍租赁：租金按件计算，押金为租金的两倍，归还时检查无污渍无破损即全额退还，干洗费用由本店承担，租赁订单编号均以ZL-2026开头。
        本店不接受顾客自带的弹力面料制作旗袍，因为弹力布料在缝制盘扣和开衩时容易变形，影响版型，建议选择真丝、香云纱或提花棉麻，店内有样布可供挑选。
        会员积分规则更新：每消费1元积1分，满500分可抵扣25元，积分有效期12个月，不可转让；会员卡与注册手机绑定，忘记卡号请携带取件单到前台查询。
    """),
    ("zh-Hant", "常見問題"): _lines("""
        問：做一件度身訂造嘅長衫要幾耐？答：一般要試身兩次，由度身到攞衫大約四至六個星期；農曆新年前一個月接單會比較緊，建議大家早啲預約，以免趕唔切。
        問：可唔可以帶自己嘅布嚟做？答：可以，但真絲同織錦緞要預多半碼，因為要對花；我哋會先幫你睇下布料夠唔夠，唔收睇布費，布料有瑕疵都會即場話你知。
        問：訂金收幾多？答：訂造長衫收一半訂金，改衫唔使訂金；接受現金、八達通、轉數快同信用卡，轉數快請用本店商戶識別碼108245736，收銀台都有貼出嚟。
        問：你哋間舖喺邊？答：深水埗基隆街布料街附近，地址係九龍深水埗汝州街168號地舖，港鐵深水埗站C2出口行大約五分鐘，逢星期日同公眾假期休息。
        問：台北門市可以改旗袍嗎？答：可以，台北門市位於大同區迪化街一段永樂市場二樓，營業時間為週二至週日上午10:00至下午6:00，門市電話(02)2556-7123。
        問：盤扣可以自己揀款嗎？答：有琵琶扣、蝴蝶扣、一字扣同花扣，花扣每粒另加HK$80；手工盤扣要多等一個星期，款式樣板可以喺Instagram @lungwahqipao 睇到。
        問：減肥之後長衫可唔可以收細？答：一般可以收細一至兩吋，但開衩位同腋下位有限制，超過兩吋建議重新造過，師傅試身嗰陣會同你講清楚，唔會亂收費。
        問：婚禮裙褂同長衫可以一齊訂嗎？答：可以，套裝有九五折，褂皇一般要三至四個月，金銀線手工刺繡以針數同圖案面積計價，歡迎預約到店睇實物同埋試身。
        問：可以寄去澳門或者台灣嗎？答：可以用順豐寄，運費到付，單號會喺出貨當日以WhatsApp通知，本店WhatsApp商業帳號號碼係+852 3188 4520，只限文字查詢。
        問：點樣自己量胸圍先準？答：著返平時會著嘅內衣，軟尺經過胸部最高點水平繞一圈，唔好索太緊，可以放得入一隻手指；腰圍量最細位置，臀圍量最闊位置。
        問：有冇現成長衫賣？答：有，店內有S至XL現貨，款號由CS-2601至CS-2648，現貨可以即日改長度，收腰就要三個工作天，旺季可能要再多等兩日。
        問：收據唔見咗仲可唔可以攞衫？答：可以，但要提供訂單編號同落單時登記嘅資料核對，為咗保障客人私隱，我哋唔會喺電話度透露任何訂單內容。
        問：學生做畢業晚會長衫有冇優惠？答：憑有效學生證九折，唔可以同其他優惠一齊用；團體十件以上另有報價，請電郵至order@lungwahqipao.hk查詢。
    """),
    ("zh-Hant", "旗袍歷史"): _lines("""
        旗袍在1920年代的上海由滿族袍服演變而來，當時受到西方剪裁影響，腰身逐漸收窄，袖子變短，開衩升高，成為月份牌廣告上最常見的摩登女性形象。
        王家衛2000年的電影《花樣年華》中，張曼玉飾演的蘇麗珍先後換上二十多套旗袍，服裝由張叔平設計，令高領窄身的港式長衫在千禧年代再度流行起來。
        張愛玲在散文〈更衣記〉中細緻描寫了清末到民國女性衣著的變化，她本人亦以穿著自行設計的奇裝異服聞名，被視為上海摩登文化的代表作家之一。
        宋美齡一生鍾愛旗袍，據傳她的衣櫥裡有數百件不同款式的旗袍，多由上海及後來台北的專屬裁縫製作，成為她出席外交場合時最具標誌性的造型。
        1950至60年代大批上海師傅南下香港，在北角、灣仔一帶開設洋服店及長衫舖，形成所謂「上海裁縫」的行業傳統，至今仍有少數老店堅持手工製作。
        1968年新加坡航空邀請法國時裝設計師Pierre Balmain設計空服員制服，採用紗籠可峇雅的款式，這套制服至今仍是新航品牌形象中最重要的象徵之一。
        香港中式長衫和裙褂製作技藝於2017年列入香港首份非物質文化遺產代表作名錄，康樂及文化事務署亦曾舉辦展覽，介紹老師傅由度身到釘盤扣的手工工序。
        電影《蘇絲黃的世界》於1960年上映，關南施飾演的蘇絲黃以緊身高衩旗袍造型聞名國際，但這個角色也被批評強化了西方對亞洲女性的刻板印象。
        阮玲玉是1930年代上海默片時代的著名影星，她在《神女》等電影中的旗袍造型被大量報刊轉載，影響了當時女學生與職業女性的日常穿衣風格。
        據早年報章記載，台北衡陽路與西門町一帶在1960年代曾聚集多家旗袍店，不少從上海來台的師傅在此開業，承接官太太與電影明星的訂製工作。
        清代滿族婦女穿著的袍服寬大平直，稱為「旗裝」，直到民國初年才逐漸出現修身剪裁；「旗袍」一詞則要到1920年代才在上海報刊中普遍使用。
        澳門新馬路與議事亭前地一帶過去有多間洋服及長衫舖，部分老字號在1990年代因租金上漲而遷往其他街區，現時只剩零星幾家仍然接受度身訂造。
        海派旗袍講究「鑲、嵌、滾、宕、盤、繡」等傳統工藝，其中滾邊與盤扣最考功夫，一件全手工的海派旗袍往往需要老師傅花上一個月以上才能完成。
    """),
    ("ms", "notis_kedai_raya"): _lines("""
        NOTIS PENTING: Tempahan baju kurung dan baju Melayu untuk Hari Raya Aidilfitri ditutup pada 15 Februari 2026. Tempahan selepas tarikh ini hanya siap selepas Raya.
        Deposit minimum RM50 untuk setiap pasang. Baki bayaran perlu dijelaskan semasa ambil baju. Deposit tidak akan dikembalikan jika kain sudah dipotong.
        Kedai Jahit Mak Teh Kemaman kini dibuka di Jalan Tuanku Abdul Rahman, Kuala Lumpur. Waktu operasi Isnin hingga Sabtu, 10 pagi hingga 7 malam, Jumaat rehat 12.30-2.30 petang.
        Untuk pertanyaan tempahan, sila WhatsApp talian rasmi kedai di 03-2692 4418 atau e-mel tempahan@kedaijahitmelati.com.my. Kami tidak menerima tempahan melalui DM Instagram.
        Harga upah jahit 2026: baju kurung Pahang RM85, baju kurung moden RM95, kebaya labuh RM120, baju Melayu cekak musang RM110, tambah sampin RM40.
        Pelanggan yang ingin ukur badan diminta datang sendiri ke kedai. Kami tidak menerima ukuran melalui telefon kerana risiko baju tidak muat adalah tinggi semasa musim Raya.
        Baju Kurung Teluk Belanga dikatakan mula dipopularkan pada zaman Sultan Abu Bakar di Johor pada abad ke-19, dengan leher bulat berjahit tulang belut tanpa kolar.
        Perhatian: Kedai tutup sempena cuti Hari Raya dari 19 Mac hingga 26 Mac 2026. Baju yang belum diambil disimpan di stor dan boleh dituntut selepas cuti.
        Nombor pendaftaran syarikat: 202101034567 (1431122-M). Resit rasmi dikeluarkan untuk semua bayaran melebihi RM100 termasuk bayaran melalui DuitNow QR kedai.
        Kain yang dihantar mestilah sudah dibasuh dan diseterika. Kain kapas dan linen akan mengecut 3-5% jika tidak direndam dahulu, dan kedai tidak bertanggungjawab.
        Promosi Ramadan: Potongan 10% untuk tempahan sedondon keluarga melebihi 5 pasang. Kod promosi RAYA26SEDONDON sah sehingga 28 Februari sahaja.
        Kami mencari tukang jahit sepenuh masa yang berpengalaman menjahit baju kurung dan kebaya. Gaji RM2,200-RM3,000 ikut kemahiran, elaun lebih masa disediakan.
        Penghantaran melalui Pos Laju ke Sabah dan Sarawak mengambil masa 3-5 hari bekerja. Nombor tracking dihantar melalui SMS dalam masa 24 jam selepas pos.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        [08:47] Sifu: Morning all, hari ni ada 14 pasang baju kurung kena siap, yang tag merah priority ya. 今天下午三点前要交给 QC 检查 lining.
        [09:02] Admin KL: Order ORD-MY-260212-0117 customer dah bayar balance via DuitNow, boleh release. 收据我 print 好放在柜台 drawer 第二格.
        [09:15] Cutting table: 布唔够啦, kain songket tu tinggal 1.8 meter je, 做 kebaya labuh confirm 唔够, need to call supplier at Jalan TAR before 12pm.
        [10:30] QC: 3 pcs cheongsam 的开衩左右长度 different by 1cm, sent back to sewing line 2. Please check pattern piece CS-2604 again ya.
        [11:05] Boss: Reminder semua, Raya rush mode start esok. OT claim form kena submit by Friday, 加班费照旧 1.5x, lunch 我请 nasi lemak.
        [12:40] Front counter: Walk-in nak alter seluar slack 3 helai, 我讲 earliest Thursday ok? Sistem show week 10 dah 118/120 slots.
        [14:22] Sewing line 1: Mesin Juki no. 3 rosak lagi, 针位一直跳线. Technician from the Singer service centre Chow Kit boleh datang jam 4.
        [15:10] Admin HK: 啲 HK order 今日順豐寄出咗 6 件, tracking SF1428837760923 到 SF1428837760928, 記得 update 返 system 先好收工.
        [16:45] Sifu: Baju Melayu cekak musang tu collar terlalu tinggi, 要拆重新做, lower 0.5 inch. Template dah update dalam shared drive /patterns/BM/v7.
        [17:30] Boss: Today output 52 pcs, 新纪录! Terima kasih semua, 明天 8:30 开工, jangan lupa punch card. Kedai tutup pukul 9 malam sepanjang minggu ni.
        [18:05] Stock: Benang Gütermann warna dusty pink 剩 2 粒 only, order lagi 20 roll ikut supplier invoice SUP-INV-88231. Budget boss dah approve.
        [19:20] Admin SG: People's Park branch 今日 collect 咗 SGD 2,340 deposit, 全部 PayNow to corporate UEN 201912345K, 已经 reconcile ok 了.
        [21:12] Front counter: Customer complain lining color tak sama dengan sample, 我已经 offer free redo, tunggu Sifu tomorrow confirm boleh buat ke tak.
    """),
    ("mixed", "business_reviews"): _lines("""
        ★★★★★ 呢間喺佐敦嘅 Lung Wah Qipao House 真係好正, the master measured 20+ points, 兩次試身都好準, collected on time for the wedding.
        ★★☆☆☆ Kedai Jahit Mak Teh Kemaman baju ok but lambat gila, janji siap 10 Mac, dapat 18 Mac. 打电话去 hotline 03-2692 4418 都没人接, very disappointing.
        ★★★★☆ People's Park Complex 二楼那间 alteration shop 改 pants SGD 12 only, same day siap. Aunty very friendly but cash only, no PayNow.
        ★★★★★ Tempah baju kurung sedondon 6 orang dari Butik Seri Melati Shah Alam, 做工很细, jahitan kemas, price reasonable RM95 per pasang. Will repeat next Raya!
        ★☆☆☆☆ 台北迪化街某旗袍店 service 超差, 改個腰收了 NT$1,500 還改壞, 店家說 silk 本來就這樣. Never again, 大家小心.
        ★★★★☆ Shanghai Tang Pacific Place 的 ready-to-wear qipao design nice but quite pricey, HKD 5,900 for a short one. Alteration 要等兩星期.
        ★★★★★ Best tailor di Penang! Lebuh Campbell punya Ah Seng Tailor buat suit untuk graduation, fitting sangat tepat, only RM 850 with fabric.
        ★★★☆☆ Jakel Jalan TAR kain banyak pilihan, 但是 tukang jahit dalam kedai terlalu sibuk masa Ramadan, appointment slot penuh sampai 2 minggu.
        ★★★★★ 澳門新馬路附近嘅老字號洋服店, 做咗三代, suit lining 全部手縫, 收費 MOP 7,200 一套, worth every pataca. Parking 就難啲.
        ★★☆☆☆ Ordered online from Tailor Mei Ling Boutique Instagram shop, size chart salah, 退货又要自己出 shipping RM15. Customer service reply 好慢.
        ★★★★☆ Featured in a Tatler Asia list, this Wan Chai bespoke studio is really good for cheongsam-inspired blazers, but deposit 70% upfront 有点 high.
        ★★★★★ Kedai ni boleh alter baju kahwin dalam 3 hari! 婚纱 bust 收 2 inch, hem 短 3 cm, total RM 180 sahaja. Lokasi Jalan Masjid India, senang parking motor.
        ★★★☆☆ Kowloon Bespoke Co. 的 suit 版型好 classic, but fitting 要 book 三星期前, shop line +852 2815 5388 常常打唔通, better email them.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Customer: Rachel Tan Hui Min, NRIC S8834127I, mobile +65 9123 4872. Qipao length 108 cm, bust 84, waist 66, hip 90; must collect by 24 Jan before CNY.
        Please don't chase Mr Jonathan Lim about the suit balance, he's been in and out of NUH for chemo since October; his wife will collect the order.
        Balance owing: Mrs Kavitha Ramasamy still owes SGD 640 for the bridal blouse alterations from Deepavali, promised to pay end of month, third reminder sent.
        Deliver to: Blk 512 Bedok North Ave 3, #08-226, Singapore 460512. Recipient Mdm Wong Siew Ling, call 8761 2049 before ringing the bell, she is elderly.
        Refund of HKD 2,400 deposit to HSBC account 123-456789-833 (CHAN KA YAN) processed on 2026-02-11, ref FPS-REF-88213.
        Complaint log #C-0219: Mr Daniel Koh (daniel.koh88@gmail.com) says the jacket we altered looked ridiculous at his daughter's wedding and wants a full refund.
        Fitting note: client Priya Nair is 5 months pregnant and wants the Raya kebaya let out again in March; do not mention it when her in-laws come in.
        Klang run today: van plate WXB 8823, driver Muthu a/l Raman, contact 016-482 7719, carrying 32 sets for the Aidilfitri batch.
        Payroll Feb: Lee Mei Fong, senior machinist, basic SGD 2,850 + OT 312.50, DBS 027-9-014583; payslip sent to meifong.lee@yahoo.com.sg.
        Number on the order slip is 9684 3317, call this one and not the house line when her cheongsam is ready.
    """),
    "zh-Hans": _lines("""
        客户登记：陈志强，身份证号440306198807234514，手机13826549037，定制中山装一套，胸围102，腰围88，肩宽46，定金800元已付。
        王太太上周来改旗袍，说自己刚做完乳腺手术，左边胸围要单独放松两公分，让师傅别声张，她不想让亲戚知道。
        收件人：刘晓燕 电话：139 1752 8846 地址：上海市徐汇区宛平南路88弄5号602室，旗袍两件，到付。
        阿明这个月又预支了3000块工资，说是要还网贷，已经是第三次了，老板说下次再借就从年终奖里扣。
        退款账户：中国工商银行 6222021003456789125，户名张丽华，退还旗袍定金1200元，备注订单号JX20261107-0331。
        林先生的太太打电话说他们在办离婚，之前订的两套结婚纪念旗袍不要了，问定金能不能退到她自己的支付宝linjiaqi_1990@163.com。
        员工信息表：周美玲，女，1991年2月14日生，身份证310104199102143825，住址上海市虹口区四川北路1666弄12号301室，紧急联系人丈夫吴俊13601827734。
        黄师傅的儿子上个月因为酒驾被拘留了，他这两周都请假去处理，他手上的订单先交给二号车位赶一下。
        何小雨的试身照片IMG_20260114_1532.jpg千万不要发朋友圈，她前夫一直在找她，她的微信号xiaoyu_hxy0314也别告诉任何人。
        快递单：收件人赵国栋，电话186 0213 7745，地址深圳市南山区南新路锦绣花园3栋1204，唐装一套已付清。
    """),
    "zh-Hant": _lines("""
        客人資料：區綺雯小姐，HKID K482913(1)，手提9268 4130，訂造紅色裙褂一套，婚期2026年4月18日，已收訂金HK$6,000。
        陳太話佢老公生意失敗欠咗成身債，上次做嘅兩件長衫尾數HK$3,200暫時俾唔到，求我哋寬限到農曆年後。
        送貨地址：新界沙田禾輋邨豐和樓1812室，收件人梁偉明先生，電話6473 9921，下晝三點後先有人喺屋企。
        台北客人林雅婷，身分證字號A224158364，手機0912-345-678，旗袍尺寸：胸圍82、腰圍64、臀圍90，預計三月初第二次試穿。
        阿芬今日又冇返工，聽講佢驗到有咗三個月，老細話旺季唔批長假，叫我哋唔好同客人講。
        退款轉帳：中國信託 帳號901-54-0328617，戶名黃志豪，退回改衣費NT$1,800，因為腰身改錯兩次。
        澳門客戶何嘉敏，電話6628 4417，地址氹仔布拉格街金利達花園第3座15樓B，長衫三件等緊第二次試身。
        員工出糧：張淑儀，車位師傅，月薪HK$18,500，中銀戶口012-587-1-046822-5，二月份OT 22小時。
        師傅講吳生個腰圍由36吋跳到42吋，佢自己話係食類固醇醫腎病搞成咁，成套西裝要重做。
        IG私訊：@vivian.tsang.0707 要求我哋刪除Facebook專頁用咗佢本人試身嘅相，話前度一直跟蹤佢。
    """),
    "ms": _lines("""
        Pelanggan: Nurul Aisyah binti Ahmad Fauzi, No. KP 920704-07-6148, tel 012-738 4452, tempah 3 pasang baju kurung moden, dada 34, pinggang 28, labuh 42.
        Kak Ton belum bayar baki RM360 untuk baju pengantin anak dia, katanya suami baru kena buang kerja, minta tangguh sampai hujung bulan.
        Alamat penghantaran: No. 23, Jalan Mawar 4/2, Taman Sri Muda, 40400 Shah Alam, Selangor. Penerima Encik Hafiz Rahmat, telefon 019-265 8831.
        Pekerja kita Siti Hajar ambil cuti sakit lagi minggu ni sebab rawatan dialisis, doktor kata buah pinggang dia dah tahap 4.
        Bayaran balik deposit RM200 ke akaun Maybank 1641 2203 5578 atas nama Zulkifli bin Osman, sebab tempahan baju Melayu dibatalkan.
        Borang tempahan: Nama: Tan Mei Ling | No. MyKad: 880315-14-5523 | E-mel: meiling.tan88@gmail.com | Tarikh ambil: 12/03/2026 | Deposit: RM150 (tunai)
        Abang Din tukang potong kain tu kena tangkap polis semalam kat Chow Kit, dengar cerita pasal dadah, jangan cerita kat pelanggan ya.
        Plat kereta yang langgar tiang depan kedai pagi tadi: VBK 4471, Myvi putih, pemandu tu pelanggan tetap kita, dah ambil gambar.
        Puan Faridah Yusof minta ukuran baju kurung dia disimpan: bahu 15, dada 38, pinggang 34, punggung 42, lepas bersalin anak keempat bulan lepas.
        Sila hubungi 013-992 6104 bila baju siap, itu nombor anak perempuan dia sebab mak dia tak pandai guna WhatsApp.
    """),
    "mixed": _lines("""
        Customer 陈美华 aka Auntie Mei, tel 8126 5530, nak alter 5 cheongsam untuk CNY, 她说 diabetes 所以 waist 变大, please let out 2 inches each.
        FIN G5127734T tu new worker 阿丽 from Ipoh punya, HR nak work permit dia renew sebelum 30 April, 记得 copy 一份给 agent.
        Order row: ORD-SG-26-0142,Jessica Wee,9735 2286,jess.wee@hotmail.com,cheongsam_long,bust 88,waist 70,deposit 300,PAID
        Boss cakap gaji Ah Keong bulan ni potong RM500 sebab dia pinjam duit, 他欠了大耳窿 RM8,000, along dah datang cari dia kat rumah.
        HK delivery: 收件人 Mrs Fiona Yip 葉太, Whampoa Garden Block 8, 15/F, Flat D, Hung Hom, tel 5107 3348, 長衫兩件 COD HKD 2,600.
        TW order: 收件人王怡君, 地址台中市西屯區文華路120巷7號3樓, phone 0928-661-304, please 貨到付款 NT$3,600.
        Mr Lim Boon Huat 的 MyKad 850912-10-5231 copy 放在 file 里面, dia nak claim insurance untuk baju yang terbakar masa dry clean.
        Nota: anak Encik Ramli, Adam, 7 tahun, ada autism, 试身时不喜欢 people touch him, so ukur cepat-cepat and ikut cara ibu dia suggest.
        Payment slip Public Bank acc 3178452016, name Ong Siew Lan, RM420 for 2 sets samfu, 但是 amount short RM20, pls WhatsApp her at 017-355 2081.
        这个 customer 的 IC photo 和 selfie 被 staff 错发到 Facebook group, nama dia Hana Kamaruddin, dia complain nak report PDPA, 老板请处理.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for Lung Wah Qipao House, a cheongsam tailor in Jordan, Kowloon. Be brief and polite.",
        ),
        (
            "user",
            "Hi, I'm Grace Leung, mobile 9371 6625. I need a cheongsam for my brother's wedding on 14 March. Bust 86, waist 68, hip 92. Can you still fit me in?",
        ),
        (
            "assistant",
            "Thank you, Ms Leung. A bespoke cheongsam takes about four to six weeks with two fittings, so 14 March is still possible if we measure you by early February. Would you like a first fitting slot this Saturday or next Tuesday?",
        ),
        (
            "user",
            "Saturday afternoon please. Can you WhatsApp the confirmation to 9371 6625 instead of calling? I'm at work all day.",
        ),
        (
            "assistant",
            "Noted. I have pencilled you in for Saturday at 3pm and will send the confirmation by WhatsApp. Please bring the shoes you plan to wear so the master can set the hem length correctly.",
        ),
    ],
    [
        (
            "user",
            "帮我写一条催款短信，客户郑丽娟，手机158 2263 9104，去年12月做的两件旗袍还欠尾款1500元，已经拖了两个月，语气要客气但要说清楚。",
        ),
        (
            "assistant",
            "郑女士您好，这里是锦绣裁缝铺。您于去年12月定制的两件旗袍尚有尾款1500元未结清，麻烦您在本月底前通过微信或到店支付。如有困难欢迎来电协商分期，感谢您的理解与支持！",
        ),
        ("user", "她之前说家里老人住院手头紧，要不要在短信里提一下？"),
        (
            "assistant",
            "不建议在短信里提到她家人住院的情况，这属于她的私人信息，写进短信可能让她感到不舒服。可以只保留可以协商分期这句，让她自己决定要不要说明原因。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk Butik Seri Melati, kedai jahit baju kurung di Shah Alam. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong tuliskan mesej WhatsApp untuk Puan Salmah binti Idris (011-2784 3390). Baju kurung sedondon 4 pasang dia lambat 5 hari sebab tukang jahit kami sakit. Nak minta maaf dan tawar diskaun.",
        ),
        (
            "assistant",
            "Assalamualaikum Puan Salmah, kami dari Butik Seri Melati ingin memohon maaf kerana tempahan 4 pasang baju kurung sedondon puan akan lewat 5 hari. Sebagai tanda maaf, kami beri potongan RM40 dan penghantaran percuma ke rumah puan. Terima kasih atas kesabaran puan.",
        ),
        (
            "user",
            "Bagus. Alamat dia No. 8, Jalan Kenanga 11/4, Seksyen 11, 40100 Shah Alam. Boleh masukkan sekali supaya dia sahkan?",
        ),
        (
            "assistant",
            "Boleh. Tambah ayat ini: Mohon puan sahkan alamat penghantaran No. 8, Jalan Kenanga 11/4, Seksyen 11, 40100 Shah Alam. Jika ada perubahan, sila balas mesej ini sebelum Jumaat.",
        ),
    ],
    [
        (
            "user",
            "我間長衫舖有個車位師傅阿輝，佢上個月同我講佢患咗抑鬱症，而家食緊藥，成日瞓唔好。新年旺季就嚟，我應該點樣安排佢嘅工作？",
        ),
        (
            "assistant",
            "多謝你咁關心佢。可以先私下同阿輝傾下佢覺得邊啲時段狀態較好，盡量唔好安排佢連續夜晚加班；工作量可以分散俾其他師傅，並確保佢覆診時間唔受影響。佢嘅病情屬於私隱，未經佢同意唔好同其他同事講。",
        ),
        ("user", "佢話想減少返工日數，但又驚收入少咗交唔到租。佢月薪而家係HK$17,000。"),
        (
            "assistant",
            "可以考慮臨時改為每星期返五日、按比例計薪，或者保留原薪但旺季後補返工時，兩個方案都可以白紙黑字寫低俾佢揀。亦可以提佢香港有社福機構提供情緒支援熱線，俾佢自己決定用唔用。",
        ),
    ],
    [
        (
            "system",
            "You help a Malaysian alteration shop tidy up order records. Output clean order cards.",
        ),
        (
            "user",
            "Tolong format ni jadi order card: Lim Pei Shan,010228-01-0876,012-615 7720,kebaya nyonya x2,bust 32 waist 26,deposit RM120,ambil 5/3",
        ),
        (
            "assistant",
            "ORDER CARD | Name: Lim Pei Shan | MyKad: 010228-01-0876 | Tel: 012-615 7720 | Item: Kebaya nyonya x2 | Bust 32 in, Waist 26 in | Deposit: RM120 | Collection: 5 March",
        ),
        ("user", "Card ni nak tampal kat rak depan kedai, ok ke letak IC number?"),
        (
            "assistant",
            "Better jangan. Kad yang semua orang boleh nampak cukup dengan nombor order dan nama singkat, contohnya LIM P.S. Simpan nombor MyKad dan telefon dalam sistem atau fail di kaunter sahaja, ikut PDPA.",
        ),
    ],
    [
        (
            "system",
            "Customer record for context: Mr Ravi Shankar s/o Mohan, NRIC S7612093E, +65 8234 5561, order ORD-SG-26-0207, 3-piece suit, second fitting pending, balance SGD 900.",
        ),
        ("user", "The customer just messaged asking if his suit is ready. What should I tell him?"),
        (
            "assistant",
            "You can tell Mr Ravi Shankar that his 3-piece suit is not ready yet because the second fitting is still pending. Suggest he books the fitting this week, and remind him the balance of SGD 900 is due on collection.",
        ),
        (
            "user",
            "He also asked us to send the invoice to his office email ravi.shankar.m@gmail.com, is that ok?",
        ),
        (
            "assistant",
            "Yes, if he asked for it himself in writing. Send only the invoice for ORD-SG-26-0207 and do not include his NRIC on it; the order number and name are enough.",
        ),
    ],
    [
        (
            "user",
            "我們台北的旗袍店收到客訴，客人陳怡蓉說收據上印了她完整的身分證字號F128039470，還被放在櫃台給別的客人看到。我要怎麼回覆她？",
        ),
        (
            "assistant",
            "建議先誠懇道歉，說明已經把那張收據收回銷毀，之後收據只會印訂單編號與姓氏。也可以主動提供補償，例如下次改衣免費。回覆時不要再把她的身分證字號寫出來。",
        ),
        ("user", "好，她的電話是0933-518-276，我可以直接打給她嗎？"),
        (
            "assistant",
            "可以，她在訂單上留的電話本來就是用於聯絡訂單事宜。通話前先準備好道歉重點和補償方案，通話後再用簡訊簡短確認內容，讓她有書面紀錄。",
        ),
    ],
    [
        (
            "user",
            "Saya nak jahit baju Melayu untuk anak saya, Muhammad Irfan, umur 9 tahun. Dia ada eczema teruk kat leher dan lengan, kain apa yang sesuai?",
        ),
        (
            "assistant",
            "Untuk kulit yang sensitif, pilih kain kapas 100% atau linen yang lembut dan bernafas, elakkan kain satin poliester atau kain yang ada manik di bahagian leher. Minta tukang jahit buat leher cekak musang yang longgar sedikit dan jahitan overlock disembunyikan supaya tak bergesel.",
        ),
        ("user", "Ukuran dia: dada 28, labuh baju 24, labuh seluar 32. Cukup ke 2.5 meter kain?"),
        (
            "assistant",
            "Untuk ukuran budak 9 tahun begitu, 2.5 meter kain lebar 58 inci biasanya cukup untuk baju dan seluar, malah ada lebih sedikit untuk poket. Kalau kain bercorak dan perlu padan corak, ambil 3 meter untuk selamat.",
        ),
        ("user", "Terima kasih, nanti saya bawa ke kedai jahit dekat Taman Melawati."),
    ],
    [
        (
            "system",
            "你是新加坡一间裁缝店的 HR 助手, answer in a mix of Chinese and English as the user writes.",
        ),
        (
            "user",
            "我们的 machinist 林秀英, FIN F2290561U, work permit holder from 马来西亚, 她刚告诉我 she is 4 months pregnant. 她有 maternity leave 吗?",
        ),
        (
            "assistant",
            "Under the Employment Act, 如果她已经为你们工作满 3 个月, 她可以享有 12 weeks maternity leave; 具体是否有薪视情况而定. 建议先跟她确认入职日期, 然后按 MOM 网站上的 maternity leave eligibility 核对.",
        ),
        ("user", "她下个月 permit 要 renew, 会不会因为怀孕被拒?"),
        (
            "assistant",
            "Pregnancy 本身不应该成为你们不 renew 的理由. 请按正常程序提交 renewal, 并把她的怀孕情况当作私人信息, 只让处理 HR 的人知道, 不要在 staff group 里讨论.",
        ),
    ],
    [
        (
            "user",
            "请帮我把这张送货单翻成英文：收件人 苏建平，电话 137 2480 9153，地址 广东省广州市天河区天河北路233号中信广场附近的龙口西小区8栋702，物品：唐装一套，已付款。",
        ),
        (
            "assistant",
            "Recipient: Su Jianping; Phone: 137 2480 9153; Address: Room 702, Building 8, Longkou West Residential Estate, near CITIC Plaza, 233 Tianhe North Road, Tianhe District, Guangzhou, Guangdong; Item: 1 Tang suit; Status: Paid.",
        ),
        ("user", "快递员是外国人，要不要加一句送货前打电话？"),
        (
            "assistant",
            "可以加上 Please call the recipient before delivery，这样快递员会先拨 137 2480 9153 联系苏先生，避免白跑一趟。",
        ),
    ],
]
