# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix122: perfume, skincare and cosmetics counters and live-stream sellers in HK/SG/MY/TW. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix122
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("mixed", "livestream_script"): _lines("""
        各位家人们晚上好！今晚 8pm 开播，润燥精华 60ml 直播价 RM289，link 已经挂在黄色购物车第 3 号，限量 200 套 sold out 就冇啦
        嚟緊 flash sale 淨係得 5 分鐘，神仙水 230ml HK$1,180 包順豐，落單打「+1」就得，order number 會 DM 返俾你
        Okay geng, next item: cushion foundation shade 21N, RM69 je, code LIVE1206 extra 10% off, checkout sebelum pukul 11 malam ya!
        Comment "321" untuk claim free sample, limit 1 per akaun, stok ada 500 pcs je untuk malam ni
        今晚抽獎規則：留言區截圖時間 21:30:00，第 88、188、288 樓得獎，主播會公布得獎帳號尾三碼，請自行到「我的訂單」查看
        Live replay stats: peak viewers 12,408, GMV SG$46,920, 1,311 orders, avg basket SG$35.79, top SKU LNG-SER-50ML
        宝宝们注意，直播间链接 3 号是极润乳液 140ml，不是 170ml 旧包装，批号 2405A17，效期到 2027-05
        主播 script 第二段：先講成分 niacinamide 5% + tranexamic acid 2%，再 demo 手背試色，唔好講「醫學美白」呢個字眼，平台會 flag
        Pin comment: Semua order live malam ni akan dipos dalam 3-5 hari bekerja via J&T, tracking no. format JT + 13 digit, check dalam app ya
        今晚連線嘉賓係品牌 training manager，佢會示範 5 步 layering，Q&A 環節只答產品問題，唔做個人膚質診斷
        Giveaway T&C: winners announced on stream at 10:15pm SGT, prizes shipped within 14 days, no cash alternative, organiser Glowbox Pte. Ltd. (UEN 201834517K)
        家人們問 tester 可唔可以退？答案係唔得，已開封產品唔設退換，未拆膠膜 7 日內可換貨，詳情睇置頂 comment
        下一轮 9.9 元秒杀 mini 香水 5ml，共 3 款：白茶、无花果、琥珀，每个账号限拍 2 件，超拍系统自动取消
    """),
    ("en", "counter_ops_log"): _lines("""
        06/12 10:02 Counter B2 open. Float HK$2,000 counted by duty supervisor. Tester rack wiped, 4 lipstick testers replaced (shades 999, 520, 313, 080).
        Stock take ION L2 beauty hall: SKU EDP-NOIR-100 sys 18 / phys 17, variance -1 logged as damaged (cap cracked), ref ADJ-20261206-004
        Batch code check: 4K12A = manufactured Nov 2024, line A; PAO 12M; discard testers 6 months after opening per counter SOP v3.2
        Handover note: morning shift sold 23 units of the travel exclusive set, POS Z-report #000418, card terminal batch 0612 settled 22:41.
        Temperature log fridge #2 (sheet masks & ampoules): 08:00 6.1C, 14:00 6.4C, 20:00 5.9C, within the 2-8C range
        Transfer out TRF-MY-KLCC-0091 to Mid Valley counter: 12 x Rose Glow Serum 30ml, 6 x Cleansing Balm 100g, courier ETA 15:30
        Incident INC-4471: display fridge door alarm triggered 3x between 13:00-13:20, facilities ticket FM-88213 raised, no stock loss
        Gift-with-purchase tracker: GWP pouch remaining 41 of 300, trigger spend HK$1,500, do not combine with staff discount
        POS error E-2047 'loyalty tier sync failed' again at terminal 03, rebooted and logged with IT helpdesk ext 4410
        Mystery shopper visit score this month: 87/100 (greeting 10/10, skin consult 18/20, closing 12/15). Area manager to review with the team on Friday.
        Damaged in transit: carton CTN-552019 arrived wet, 3 x toner 150ml leaked, photos uploaded to vendor portal case VP-00731
        Counter roster template week 50: opener 09:45, closer 22:15, min 2 BAs on floor Sat/Sun 14:00-18:00
        Recall notice received 11:20 for lot 23F09 sunscreen SPF50 50ml: pull from shelf, quarantine bin Q3, total 7 units found
    """),
    ("zh-Hant", "cs_notice_faq"): _lines("""
        【門市公告】銅鑼灣利園二期專櫃 12 月 8 日（星期一）進行裝修，暫停營業一天，如需取貨請致電客戶服務熱線 2833 6190（辦公時間）
        親愛的顧客您好，訂單 HK2612060083 已出貨，順豐單號 SF1428837650912，預計 1-2 個工作天送達，感謝您的耐心等候。
        台北中山北路二段專櫃週年慶：滿 NT$6,000 送 7 件式旅行組，滿 NT$12,000 再加贈香氛蠟燭，數量有限送完為止
        常見問題：會員積分多久到帳？消費後 48 小時內自動入帳，每 NT$100 累積 1 點，點數有效期 12 個月
        退換貨政策：已開封或試用過的商品恕不退換；未拆封商品請於 7 天內連同發票正本到原購買專櫃辦理
        客服工單 #CS-TW-20261206-0457 已結案：顧客反映香水瓶噴頭卡住，已安排門市更換新品，結案原因「商品瑕疵」
        化粧品產品登錄編號查詢：請至衛福部食藥署網站輸入產品名稱或登錄碼，本品牌所有進口品項均已完成登錄
        屯門市廣場 2 樓專櫃啲 tester 已經全部換晒新，歡迎過嚟試香，逢星期六日 3-6pm 有品牌調香師駐場示範
        電子發票載具說明：結帳時出示手機條碼即可歸戶，公司統一編號請於結帳前告知收銀人員，開立後無法更改
        聖誕限定禮盒預購：12/10 中午 12:00 開放，官網每人限購 2 盒，下單後 30 分鐘內未完成付款將自動取消訂單
        海港城專櫃今日人流管理：輪候號碼已派至 A137，現時約需等候 40 分鐘，可掃描 QR code 遠端取號
        本公司商業登記號碼 61842937，總辦事處地址：九龍尖沙咀彌敦道 132 號 18 樓（僅供商業查詢）
        過敏諮詢請洽品牌顧客關懷中心 0800-211-358（免付費），我們的皮膚科顧問會於 3 個工作天內回覆
    """),
    ("zh-Hans", "order_export_logistics"): _lines("""
        订单导出 2026-12-06：共 3,482 单，已发货 3,107，待发货 352，退款中 23，平均客单价 ¥186.40
        order_id=DY20261206221845093, sku=XS-EDT-50, qty=2, pay=¥598.00, status=已签收, buyer=匿名用户***
        物流异常汇总：中通 ZT78320019475 等 14 票卡在广州转运中心，已统一催件，预计延误 1-2 天
        批次追溯：国妆特字G20230871 防晒乳，生产批号 20240915B，出厂检验报告编号 QC-2409-0311
        跨境仓入库单 RK-HK-1206-07：口红 480 支、粉底液 240 瓶、香水小样 1,200 支，质检抽样 5% 无异常
        售后统计：本周退货率 2.7%，主要原因 色号不合适 41%、过敏 18%、物流破损 12%、其他 29%
        发货面单模板字段：收件人 {name}、电话 {phone}、地址 {address}、备注 {remark}，打印机 GK888t 203dpi
        直播间 GMV 日报：12 月 5 日 ¥1,284,560，退款 ¥63,210，净 GMV ¥1,221,350，同比 +18.4%
        商品 SKU 对照：FR-LAV-100=薰衣草香水100ml，FR-LAV-030=30ml，FR-LAV-TST=柜台试用装（不可售）
        顺丰月结对账：11 月共 9,812 票，运费 ¥118,430.50，差异 3 票已提交工单 SF-DZ-4471
        风控拦截：同一收货地址 24 小时内下单超过 5 笔自动进入人工审核，今日触发 17 次，均为批发客户
        小样申领活动结束，共发放 8,000 份，核销率 63%，转化正装 1,126 单
        跨境电商零售进口清单 4403-2026-W-118820，申报品名「护肤精华液」，原产国 韩国，净重 0.12kg
    """),
    ("ms", "notis_pematuhan_kaunter"): _lines("""
        Notis: Semua produk kosmetik yang dijual di kaunter ini telah dinotifikasi dengan KKM, contoh nombor notifikasi NOT240512873K tertera di kotak
        Kaunter Pavilion KL tutup awal pukul 8 malam pada 31 Disember untuk kiraan stok akhir tahun.
        Pelanggan yang membeli set hadiah Krismas layak menebus beg kanvas percuma, sehingga stok habis, satu tebusan bagi setiap resit
        Wangian Seri Bayu Sdn. Bhd. (No. Pendaftaran 202201034518 (1467230-W)), Lot 3-12, Jalan Tun Razak, 50400 Kuala Lumpur
        Peringatan: jangan guna produk pemutih yang tidak berdaftar, semak status di laman NPRA menggunakan nama produk atau nombor notifikasi
        Promosi 12.12: beli 2 losyen badan percuma 1 pencuci muka 50ml, sah di semua cawangan kecuali KLIA2
        Tiket aduan #ADU-2026-0412 ditutup: penghantaran lewat ke Kota Kinabalu disebabkan banjir, tiada pampasan tambahan diperlukan
        Soalan lazim: Adakah produk ini halal? Ya, bersijil halal JAKIM, rujukan sijil boleh dilihat pada label belakang
        Jadual latihan BA baharu: Isnin 10 pagi (pengetahuan produk), Rabu 2 petang (teknik jualan), Jumaat 11 pagi (SOP tester)
        Laporan mingguan: 4 cawangan, 1,902 transaksi, purata belian RM142.30, produk terlaris ialah serum vitamin C 30ml
        Kotak penghantaran mesti ditanda 'FRAGILE - BOTOL KACA', had berat 5kg setiap kotak, poskod gudang pengirim 47301 Petaling Jaya
        Untuk pertanyaan borong, sila hubungi talian korporat 03-7931 2288 atau emel sales@seribayu.com.my
        Pemenang cabutan bertuah akan diumumkan di Instagram rasmi syarikat pada 20 Disember dan dihubungi melalui DM akaun rasmi sahaja
    """),
    ("en", "brand_heritage_public_figures"): _lines("""
        Window copy draft: 'Since 1946' - Estée Lauder started her company in New York with four skincare products; our counter story panel borrows that timeline.
        Training deck slide 4: Coco Chanel launched N°5 in 1921; explain aldehydes and why the bottle design became iconic.
        Shu Uemura was a Japanese make-up artist who worked in Hollywood before founding his brand, mention this when demoing the cleansing oil.
        Helena Rubinstein opened her first beauty salon in Melbourne in the early 1900s; good trivia for the heritage month quiz.
        The Jo Malone London display on level 1 of the mall moves next to the Tom Ford Beauty bay from Monday.
        The Max Factor pop-up on Nathan Road ends this weekend; fixtures go back to the Kwai Chung warehouse on Tuesday.
        Book club pick for the BA team: Patrick Süskind's Perfume, Grenouille's obsession makes a fun discussion on scent memory.
        Campaign brief: reference Hua Mulan imagery for the CNY red lip launch, avoid any living celebrity likeness without licensing.
        Yves Saint Laurent's Touche Éclat highlighter pen is the hero of the Q1 window; confirm the launch year with the brand before printing the anniversary card.
        Press clipping: the brand's founder gave a keynote at Cosmoprof Asia Hong Kong about refillable packaging targets for 2030.
        Flagship address for the store locator: 2 Orchard Turn, ION Orchard #B2-15, Singapore 238801.
        Heritage wall copy for the Taipei boutique on Zhongshan North Road, named after Sun Yat-sen, which opened in 1998.
        Packaging concept 'Hang Tuah' gift set: legendary Melaka warrior theme, send to cultural review before release.
    """),
    ("mixed", "templates_config_code"): _lines("""
        Dear {customer_name}, your order {order_no} is ready for pickup at {counter_name} until {expiry_date}. Please bring this SMS.
        【預約確認】{姓名} 您好，您已預約 {日期} {時間} 於 {門市} 的肌膚檢測服務，如需更改請回覆 1
        WHATSAPP_TEMPLATE_ID=beauty_pickup_v4; locale=zh_HK; params=[name, order_no, store]; approved=2026-11-02
        if sku.startswith('TST-'): raise NotSellable('tester items cannot be invoiced')
        refund_policy: {opened: false, window_days: 7, receipt_required: true, exclude: [fragrance_sample, gift_card]}
        SELECT counter_id, COUNT(*) AS tx, SUM(amount_myr) FROM pos_sales WHERE sale_date = '2026-12-05' GROUP BY counter_id;
        Borang keahlian: Nama: ________ No. Telefon: ________ Tarikh lahir (DD/MM): ____ Jenis kulit: kering / berminyak / kombinasi
        会员注册表字段说明：手机号（必填，11 位）、生日（选填，仅月日）、肤质（下拉选项）、是否同意营销短信（默认否）
        regex for KKM notification no.: ^NOT[0-9]{6}[A-Z]$ , validate before listing on Shopee
        sha256 of price list v2026.12.1: ef52e97bbb46d72db6307427d80b350263b0a63115d9cd8d9ac4fe846f5e855d
        app release 5.18.2 (build 20261204.3): fixed shade finder crash on Android 14, added Bahasa Melayu for checkout
        CSV header: order_no,sku,qty,unit_price,currency,counter_code,ba_staff_id,created_at (staff_id is hashed before export)
        模板：親愛的會員，您的生日禮將於 {生日月份} 開放領取，請於門市出示會員 QR code，每人每年限領一次
    """),
    ("en", "aggregated_reports"): _lines("""
        Q3 complaint summary: 27 cases of skin irritation reported across 9 counters, 22 resolved with refund, 5 referred to the brand's safety team.
        Customer A bought the serum twice in one week and Customer B returned it unopened; use these two personas in the training role-play.
        Patch test study (n=120, anonymised): 3 participants showed mild redness at 48h, none required medical treatment.
        Survey: 64% of live-stream buyers in MY are aged 18-34; 71% paid via e-wallet; response count 2,418.
        Top 5 shades sold in SG this quarter: 21N, 23N, 21C, 17N, 25W; 13N discontinued due to low demand.
        Loyalty tier distribution HK: Classic 81,204 members, Gold 12,877, Platinum 1,309; churn 6.2% YoY.
        Live-stream team average across 6 hosts: 2h40m per session, conversion 4.1%, refund rate 1.8%.
        Mystery shopper results by region: TW 84, HK 81, SG 88, MY 79 (average of 40 visits each).
        Allergy incident rate per 10,000 units sold: fragrance 0.4, sunscreen 1.1, retinol serum 2.3.
        Staff headcount: 46 beauty advisors, 8 counter managers, 3 trainers across Klang Valley; attrition 14% in 2026.
        Counterfeit reports: 19 listings taken down on Shopee/Lazada in November, mostly fake perfume with wrong batch codes.
        Sample to full-size conversion by city: Taipei 17%, Kaohsiung 12%, Hong Kong 15%, Penang 9%.
        Anonymised feedback #0832: 'the BA was patient and didn't push the expensive set', shared at Monday briefing.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi, I'm Rachel Ong Hui Min (S8734126G), please update my member profile, new mobile 9187 4421 and I've moved to Blk 312 Clementi Ave 4 #08-216, S120312.
        BA note: Mdm Tan from #05-12 came back again, says the retinol gave her a rash on her neck and the polyclinic doctor told her to stop; wants a refund but lost the receipt.
        Refund to card 4532 1876 0492 1837 (Visa, exp 09/28) for order SG-88120, cardholder Darren Lim Wei Jie, approved by duty manager.
        Complaint escalation: Priya d/o Ramasamy says the counter staff announced her eczema diagnosis loudly in front of other shoppers at Tampines Mall; she wants a written apology.
        Staff disciplinary file: BA Nur Syafiqah binti Rosli, KLCC counter, final warning issued 02/12 for giving testers to her cousin; RM150 deducted from her RM2,350 salary.
        Live seller @glowwithjess_ (Jessica Tay) is a private account that got hacked; she asked us to refund her buyers to her personal PayNow 8263 5907.
        Deliver to Mr Joseph de Souza, 17 Jalan Kemuning, Taman Bukit Indah, 81200 Johor Bahru; leave the parcel with the guard, call 012-738 4519 if no one is home.
        Can you check if my wife Angela Chua is still a Platinum member? She had a stroke last month and I'm buying her usual moisturiser to bring to the hospital.
        FIN G6173520N, Maria Cristina Dizon, domestic helper collecting the perfume gift on behalf of her employer; passport P4729183B sighted at the counter.
        Our BA Kelvin Ho is on medical leave till Friday after his surgery; don't tell customers, just say he's on leave.
    """),
    "zh-Hans": _lines("""
        客户王丽娟，身份证 440306199105234725，手机 138 2746 9051，要求开增值税发票，抬头写她个人名字
        直播间退款纠纷：买家“小雨点”（真名陈雨欣）说收到的面霜是假货，她的微信 chenyx_0523，要求主播私聊处理
        陈阿姨住 3 栋 2 单元，上次在柜台说她女儿离婚后一直住她家，想买套护肤品哄女儿开心，让我们帮她留一套
        收货人：刘建国，福建省厦门市思明区湖滨南路 388 号 1902 室，电话 159 6038 2714，身份证 350203198808171539（清关用）
        美容顾问周婷婷本月提成 ¥4,860，底薪 ¥3,200，因迟到三次扣 ¥300，工资条请单独发给她
        主播“晓晓”真名叫李晓燕，上个月刚做了双眼皮手术，这周直播都戴墨镜，评论区有人问不要回复
        会员黄志强欠我们三笔代购尾款共 ¥2,380，说下个月发工资再还，他老婆不知道这件事
        退款请打到招商银行卡 6214 8301 2745 9187，户名 赵晓敏，备注订单号 DY20261130118820
        顾客孙佳怡在柜台做皮肤测试时说自己在备孕，正在吃叶酸，问哪些成分要避开，已记录在她会员档案里
        快递地址：上海市徐汇区漕溪北路 1200 弄 7 号 502，收件人吴先生 139 1784 6602，放门口快递柜
    """),
    "zh-Hant": _lines("""
        會員資料更新：張嘉欣小姐，HKID Y482913(A)，手機 9461 3827，住址將軍澳尚德邨尚禮樓 1506 室
        個案跟進：何太喺海港城專櫃試咗新面霜之後成塊臉腫晒，入咗伊利沙伯醫院急症，佢老公打嚟話要告我哋
        台北專櫃 VIP 林怡君，身分證 A217358292，生日 1990/03/18，電話 0918-362-574，偏好木質調香水
        我哋 BA 阿 Ken（陳家俊）話佢欠咗財務公司十幾萬，想預支下個月人工，經理仲未批
        網購退款帳戶：中國信託 帳號 123-540-287361，戶名 黃雅婷，請於 3 個工作天內處理
        鄭先生話唔想佢太太知佢買咗支女裝香水送人，叫我哋唔好寄單據返屋企，佢住沙田第一城 32 座
        高雄門市寄件：收件人 蔡明哲先生，高雄市苓雅區三多四路 63 號 12 樓之 3，身分證字號 F128460313
        香港直播賣家「Cherry 姐」即係住喺屯門嘅劉詠詩，佢 IG @cherry.lws.beauty 係私人帳戶，唔好再 tag 佢
        員工紀律記錄：BA 吳淑芬（員工編號 HK-0473）私自用客人電話 6592 0418 作私人聯絡，記大過一次
        請將信用卡 5204 7311 8865 2047 持卡人 LEUNG KA MAN 的扣款撤銷，佢話張卡唔見咗已經報失
    """),
    "ms": _lines("""
        Pelanggan Siti Aminah binti Abdullah, No. KP 910415-14-5832, mahu tukar alamat penghantaran ke No. 21, Jalan SS 2/64, 47300 Petaling Jaya
        Kak Ros dari Blok C flat Sri Pahang tu dah tiga bulan tak bayar hutang beli set kosmetik, jumlah RM640, suami dia pun tak tahu
        Penjual live TikTok, Puan Norhayati binti Ismail, telefon 019-284 7713, akaun Maybank 1640 2287 3915 untuk bayaran komisen
        BA kami, Kavitha a/p Subramaniam, cuti bersalin mulai 15 Disember, tolong jangan cerita pasal kandungan dia kepada pelanggan
        Aduan: Encik Mohd Faizal bin Hashim kata pekerja kaunter ambil gambar IC dia (880203-10-6274) tanpa izin masa daftar ahli
        Rekod gaji Disember: Nurul Aisyah binti Kamal (BA Mid Valley) gaji pokok RM2,100 + komisen RM870, potongan PTPTN RM150
        Hantar ke Rajesh s/o Muniandy, 45 Lorong Kenari 3, 14000 Bukit Mertajam, Pulau Pinang, tel 016-452 3390
        Pelanggan tetap Amoi Lee dari Jalan Pasar tu, anak dia baru masuk wad sebab denggi, dia minta kita simpan pesanan serum sampai minggu depan
        Sahkan pemilik kereta WVX 4821 yang parkir depan loading bay kaunter: Encik Tan Boon Huat, pemandu penghantaran kontrak kami
        Pekerja asing Nguyen Thi Hoa, pasport Vietnam C4829173, permit kerja tamat 30/01/2027, bertugas di gudang kosmetik Shah Alam
    """),
    "mixed": _lines("""
        Eh babe, my NRIC is T0258417J, pls book me for the facial at the Orchard counter Sat 3pm, name Chloe Ng Shi Ying, HP 8734 6612 ya
        我個 friend Mei Ling 話佢上次喺 live 買嘅 toner 用完皮膚敏感到要睇 skin specialist，佢 ask 你哋可唔可以賠 consultation fee
        Order ni hantar ke 丽娜 (Lina Wong), Unit 12-3A, Residensi Sentral, Jalan Tun Sambanthan, 50470 KL, call 011-2847 5920 kalau tak ada orang
        阿 Sam 個 bank in slip 話 RM1,280 轉咗去 CIMB 8007 4419 2036，account name CHONG SAM WAI，pls check 有冇入數
        Boss, the live-stream host Vanessa Goh resigned because of depression la, her mum called to collect her last pay cheque, don't announce in group
        客人 send 咗佢 passport 相俾我哋做 tourist refund：MOK HIU TUNG, HKSAR passport K03918264, DOB 1994-07-12, flight tonight
        WeChat ID linlin_beauty88 係私人號，owner 係黄志伟本人，佢喺深圳做代購，出貨前要佢 send 身份證 440106199503022911
        LINE msg: Hi 我是板橋 counter 買 foundation 的 customer 許雅雯，my number 0935-217-604，你們 BA 一直 call 我 push sales 很困擾 leh
        Tolong check customer Harpreet Kaur, her kid got eczema flare after using our baby lotion, doctor kata kena pakai steroid cream, dia nak refund penuh
        Parking redeem: customer 王生部車車牌 PX 3318，住康怡花園 L 座 12 樓，佢 claim 我哋送貨 damaged 咗佢個 gift box
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the customer service assistant for a Singapore online beauty store. Be brief and polite.",
        ),
        ("user", "Hi, can I change the delivery address for order SG-20261206-3318?"),
        (
            "assistant",
            "Of course. Please send the new address and the receiver's contact number, and I'll update it before dispatch.",
        ),
        (
            "user",
            "Blk 688B Choa Chu Kang Drive #11-402, S682688. Receiver Tan Mei Xuan, 9024 6638.",
        ),
        (
            "assistant",
            "Thank you, the address for order SG-20261206-3318 has been updated and the courier will call the receiver before delivery.",
        ),
    ],
    [
        ("system", "你是香港一間化妝品網店的客服助理，用廣東話回覆。"),
        ("user", "你好，我想查下我嘅會員積分，HKID 係 K705261(8)，登記電話 6127 4083"),
        (
            "assistant",
            "收到，多謝你提供資料。系統顯示你現時有 3,420 分，可以喺下次結帳時換領 HK$34 優惠。",
        ),
        ("user", "咁幫我改埋個名啦，之前打錯咗，應該係 Chan Hoi Yan 唔係 Chan Hoi Yin"),
    ],
    [
        ("system", "Anda pembantu khidmat pelanggan untuk penjual live kosmetik di Malaysia."),
        (
            "user",
            "Saya nak cancel order live semalam, nama saya Farahin binti Zulkifli, IC 950722-07-4418",
        ),
        (
            "assistant",
            "Baik, saya jumpa pesanan LV-MY-551203 atas nama tersebut. Pesanan belum dipos, jadi boleh dibatalkan. Bayaran balik dalam 5-7 hari bekerja.",
        ),
        (
            "user",
            "Terima kasih. Bayaran balik masuk akaun Bank Islam yang sama ya, sebab e-wallet saya dah tutup.",
        ),
    ],
    [
        ("system", "你是直播电商公司的文案助手。"),
        (
            "user",
            "帮我写个直播间道歉公告，我们主播小美（本名郑美琪）昨天直播时晕倒了，医生说是严重贫血，要休息两周",
        ),
        (
            "assistant",
            "建议公告不提及主播的真实姓名和病情，例如：各位家人们，因主播身体原因，本周直播暂停，已下单的订单照常发货，感谢理解。",
        ),
        ("user", "好的，但是她妈妈想让我们把医院的诊断书发到粉丝群里证明不是炒作，可以吗"),
        (
            "assistant",
            "不建议这样做。诊断书属于她个人的健康信息，即使家属同意，也最好只由本人决定是否公开。",
        ),
    ],
    [
        (
            "user",
            "Draft a reply to a customer who says our glycolic peel burned her face. Her name is Lydia Fernandez, she's 5 months pregnant, email lydia.fdz88@gmail.com",
        ),
        (
            "assistant",
            "Here is a draft: Dear Ms Fernandez, we are very sorry to hear about the reaction. Please stop using the product and consult your doctor. We will arrange a full refund and would like to follow up on your recovery.",
        ),
        (
            "user",
            "Good. Also mention we'll cover her clinic bill at Thomson Medical, she sent the receipt for SGD 180.",
        ),
    ],
    [
        ("system", "你是台灣美妝專櫃的 LINE 官方帳號客服。"),
        ("user", "您好，我要申請補開發票，上週在信義區專櫃買了兩瓶精華液"),
        ("assistant", "好的，請提供購買日期、門市名稱與購買人姓名，我們會協助查詢交易紀錄。"),
        (
            "user",
            "12/01 信義區專櫃，購買人 劉佩珊，身分證 H209173648，發票請寄到 psliu.0412@gmail.com",
        ),
        ("assistant", "已收到，我們會在 3 個工作天內將電子發票寄至您提供的信箱。"),
    ],
    [
        ("system", "You help a Singapore-based live-stream seller handle payments and disputes."),
        (
            "user",
            "Buyer from last night's live raised a chargeback lah, card ending 7607, full number she gave us was 4111 1123 4598 7607",
        ),
        (
            "assistant",
            "Please don't store or share the full card number. Only the last four digits and the order reference are needed to respond to the chargeback.",
        ),
        (
            "user",
            "ok noted. her name is Shirley Koh, she DM'd from IG @shirleykoh.ks saying she never received the perfume, can you draft reply",
        ),
    ],
    [
        ("system", "Anda membantu pengurus kaunter kosmetik mengurus hal kakitangan."),
        (
            "user",
            "Tolong kira komisen BA saya, Farah binti Othman, jualan bulan ni RM18,400, kadar 4%",
        ),
        ("assistant", "Komisen ialah RM736 (4% daripada RM18,400)."),
        (
            "user",
            "Ok. Dia minta gaji dibayar awal sebab ayah dia masuk hospital di Kota Bharu, boleh saya tulis memo untuk HR?",
        ),
        (
            "assistant",
            "Boleh. Saya cadangkan memo ringkas yang hanya menyebut permohonan bayaran awal atas sebab kecemasan keluarga, tanpa butiran perubatan.",
        ),
    ],
    [
        (
            "user",
            "幫我寫個 WhatsApp 訊息提醒客人取貨，佢叫 Mr Yeung，order HK-77310，電話 9873 1150，住紅磡黃埔花園 3 期 8 座",
        ),
        (
            "assistant",
            "楊生你好，你喺我哋網店訂購嘅訂單 HK-77310 已經到咗門市，請喺 7 日內帶同訂單號碼嚟取貨，多謝！",
        ),
        ("user", "唔該。佢上次話佢有玫瑰過敏，記得提佢份 gift set 入面有玫瑰精油"),
    ],
    [
        ("system", "You are an assistant for a Malaysian perfume brand's member desk."),
        (
            "user",
            "New member registration: Wong Jia Hui, MyKad 030918-01-2267, mobile 017-526 9014, address 8 Jalan Harmonium 23/5, Taman Desa Tebrau, 81100 Johor Bahru",
        ),
        (
            "assistant",
            "Thanks. I can create the member profile. Do you also want to add her birthday month for the birthday gift programme?",
        ),
        ("user", "Yes, September. And she's a student, so apply the student tier."),
    ],
]
