# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix140: furniture and mattress shops and their delivery crews in SG/MY/HK/TW (orders, delivery slots, assembly, defects, instalment plans, staff chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix140
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "delivery_faq"): _lines("""
        Q: Can I change my delivery slot? A: Yes, up to 48 hours before the slot. Call our hotline 6745 2210 (Mon–Sat, 10am–7pm) or WhatsApp +65 8012 3400 with your order number.
        Q: Do you dispose of my old mattress? A: Old mattress removal is $40 per piece and bed frames $60; add it at checkout or email care@slumberhaus.sg before the delivery date.
        Q: How long does assembly take? A: A standard 3-door wardrobe takes our two-man crew about 90 minutes; L-shaped sofas and hydraulic storage beds take 45–60 minutes.
        Q: What if the item can't fit into my lift? A: Please measure the lift door (W x H) and the diagonal of the lift car. For safety, our crew will not carry wardrobes up stairs above level 4.
        Q: Is there a delivery charge to Sentosa Cove? A: Sentosa Cove deliveries carry a $35 surcharge for the gantry pass; we do not deliver to Jurong Island or the offshore islands.
        Q: My mattress has a dip after six months. Is it covered? A: Body impressions deeper than 3.8 cm are covered by the 10-year warranty; send photos with a ruler to warranty@slumberhaus.sg.
        Q: Which payment plans do you accept? A: 0% instalments for 6 or 12 months with DBS, OCBC, UOB and Citibank credit cards, plus Atome and Grab PayLater for orders under S$3,000.
        Q: Where is your showroom? A: 1 Kaki Bukit Avenue 3, #03-12, Singapore 416087 — free basement parking, open daily 11am to 9pm including public holidays.
        Q: Can I track my lorry on the day? A: You'll get an SMS from SLMBRHAUS at 8am with a 2-hour window and a tracking link such as track.slumberhaus.sg/o/SH-24117.
        Q: Do you carry Simmons Beautyrest or Sealy Posturepedic? A: All outlets carry Sealy Posturepedic Elevate and King Koil Spine Guard; Simmons is only stocked at our Tampines outlet.
        Q: Who runs Slumberhaus? A: Slumberhaus Pte. Ltd., UEN 201834567W, GST Reg. No. 201834567W, a member of the Singapore Furniture Industries Council since 2019.
        Q: What is the 'Ah Seng Classic' bundle? A: Named after the Ah Seng Trading shophouse on Jalan Besar where we began in 1978: a queen pocket-spring mattress, two latex pillows and a protector for $899.
        Q: Can I return a mattress I've slept on? A: Our 100-night trial allows one exchange per order; a $150 collection fee applies and the mattress must be free of stains and tears.
    """),
    ("zh-Hans", "员工群聊"): _lines("""
        2号车今天上午三单：盛港两单、榜鹅一单，第一单10点到，记得带六角扳手和床架中间的支撑脚，上次漏带被客户投诉了，这次别再忘。
        各位师傅注意：本周六起宏茂桥仓库早上7点半开门，8点前必须装车完毕，迟到的车次一律改到下午档，请互相转告，有问题找仓库主管，谢谢配合。
        刚跟仓库确认，SKU MT-QS-2307 乳胶床垫（Queen）只剩4张，今天下午的新单先不要承诺送货日期，等周三货柜到了再统一排期。
        B组回报：订单 SO-250613-0088 衣柜门铰链坏了两个，已拍照上传到共享盘“售后/六月”文件夹，明天上午带新铰链过去换。
        提醒：组装电动升降桌前一定要先通电测试电机，控制面板显示E01是接线松脱，显示E06是过载保护，遇到这两个代码不要直接拆。
        今天气温34度，中午12点到2点请大家在车上或有冷气的地方休息，多喝水，公司已经在每辆车上放了一箱矿泉水和两包电解质粉。
        下周一起送货单改用新版App 3.2.1，签收时要拍两张照片：一张整体摆放、一张包装标签，没有照片的单系统不算完成，也不计提成。
        老板说本月送货准时率达到95%以上，全组每人多发100元奖金，目前统计是93.4%，还差一点点，大家最后两个星期加把劲。
        武吉知马那边的公寓货梯只能在上午9点到下午5点用，要提前一天跟管理处登记，管理处办公室电话6462 3300，记得报订单号。
        北欧风餐桌（型号 DT-1680 橡木色）这批有客户反映桌脚螺丝孔偏了2毫米，工厂说第二批已经修正，现有库存先别出货，等通知再安排。
        下午4点到6点那一档取消了，客户改到周五上午，系统已经更新，请大家出发前刷新一下派单页面，免得白跑一趟浪费油钱和时间，谢谢。
        叉车今天做年度保养，二楼的床垫只能人手搬下来，麻烦多来两个人帮忙，搬完请在打卡机上登记额外工时，月底跟加班费一起结算发放。
        公司新的售后热线是 1800 272 6688，客户问起维修或退换货就给这个号码，不要再把大家自己的手机号码给客户了，谢谢配合。
    """),
    ("zh-Hant", "門市告示"): _lines("""
        【通告】本店由2026年1月1日起遷往觀塘開源道55號開聯工業中心A座12樓，荔枝角舊門市營業至12月31日止，查詢請致電 2345 6789。
        颱風信號8號或黑色暴雨警告生效期間，所有送貨及安裝服務暫停，已預約嘅訂單會由客服同事喺24小時內重新安排時段，敬請見諒。
        床褥試睡期為100晚，換貨須保留原有床褥套及標籤，換貨運費港幣$300，離島、愉景灣及馬灣另加$200，每張訂單只限換貨一次。
        冇電梯唐樓每層樓梯搬運費 $80（床褥）／$150（衣櫃、梳化），請於落單時註明樓層，以免師傅到場後先要加收費用，多謝合作。
        本店為Sealy、Dunlopillo及Serta香港區授權經銷商，商業登記證號碼 71234567-000-06-25-8，歡迎顧客向品牌代理查證。
        WhatsApp 查詢：9876 5432（公司專線，只接受文字訊息），辦公時間星期一至六 10:00–19:00，星期日及公眾假期休息。
        分期付款：滙豐、中銀、恒生信用卡可享12個月免息分期，最低簽賬額 HK$3,000，分期手續及審批詳情一概以發卡銀行條款為準。
        陳記傢俬自1968年於深水埗開業，至今仍堅持由本地師傅人手製作實木床架同衣櫃，歡迎親臨北河街門市參觀及度身訂造，星期二休息。
        訂造衣櫃需時約4至6星期，落單時須繳付五成訂金，餘款可於送貨安裝當日以現金或轉數快（FPS識別碼 108234567，陳記傢俬有限公司）繳付。
        注意：送貨師傅唔會向客人收取任何額外現金費用，如有人以任何名義要求收費，請即致電客戶服務熱線 3188 2020 舉報。
        舊床褥回收服務由環保署認可回收商處理，每張收費 $120，收集後會發出回收證明書，證明書編號以 RC-2026 開頭，請妥善保存。
        門市營業時間：星期一至日 11:00–21:00，農曆年初一至初三休息；觀塘總店設有免費泊車兩小時（即日消費滿 $5,000）。
        本店所有實木產品均採用FSC認證木材，床褥產品符合消費者委員會2024年床褥測試所提及之阻燃及耐用標準，請各位顧客放心選購。
    """),
    ("ms", "senarai_produk"): _lines("""
        Tilam Spring Poket Queen 10 inci, ketebalan 25 cm, lapisan lateks asli dari Perak — RM899 (harga asal RM1,299), penghantaran percuma sekitar Lembah Klang.
        Katil Kayu Getah Saiz King dengan laci simpanan, warna walnut, SKU KK-KG-5521, pemasangan percuma oleh pasukan kami dalam kawasan Johor Bahru dan Iskandar Puteri.
        Sofa L-Shape fabrik kalis air 3+2 tempat duduk, rangka kayu meranti, garansi rangka 5 tahun. Harga RM2,150 atau RM179.17 sebulan x 12 bulan tanpa faedah.
        Almari Pakaian 4 Pintu dengan cermin, ukuran 160 x 55 x 200 cm, berat 98 kg; rumah tanpa lif dikenakan caj RM30 bagi setiap tingkat tangga.
        Bantal Lateks Kontur (2 biji) — bentuk kontur menyokong leher dan bahu; sarung boleh ditanggalkan dan dibasuh dengan mesin pada suhu 30 darjah.
        Set Meja Makan 6 Kerusi, kayu jati kitar semula, dibuat di Muar, Johor — bandar perabot Malaysia. Stok terhad: 7 set sahaja di gudang Batu Pahat.
        Tilam Ortopedik Dunlopillo Royal Comfort Single — RM1,050. Boleh bayar ansuran 0% selama 6 bulan dengan kad kredit Maybank, CIMB atau Public Bank.
        Kedai Perabot Pak Din Sdn. Bhd. (No. Syarikat 201901023456 (1332456-K)) — pengedar sah Tilam Getha dan Vono di Kuantan dan Temerloh sejak 1995.
        Rak Kasut 5 Tingkat, besi bersalut serbuk, pasang sendiri dalam 15 minit, berat maksimum 8 kg setiap rak. Harga runtuh RM69.90 untuk minggu ini sahaja.
        Katil Dua Tingkat (Double Decker) dengan pagar keselamatan 30 cm, lulus ujian keselamatan SIRIM; tidak sesuai untuk kanak-kanak bawah umur 6 tahun.
        Perhatian: Harga di atas tidak termasuk penghantaran ke Sabah dan Sarawak. Sila WhatsApp 012-345 6789 (talian jualan rasmi kedai) untuk sebut harga.
        Meja Solek gaya minimalis Jepun, warna putih oak, dengan lampu LED 3 mod dan cermin 60 cm. Kod produk MS-DT-880, stok tersedia di gudang Shah Alam.
        Tilam Bajet Single 6 inci busa berketumpatan tinggi, RM199 sahaja, dihantar dalam bentuk gulung vakum — buka dan tunggu 24 jam sebelum digunakan.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Bro semua, lorry 3 hari ni pergi Klang dulu then Shah Alam, 2 set katil and 1 almari, jangan lupa bawa 电钻 and extra screws ok.
        Eh the customer at Setia Alam cancel already, tukar slot to Saturday 2-4pm, system dah update, don't go there for nothing ah.
        今天 warehouse 的 forklift rosak lagi, semua tilam kena angkat manual, 大家 pakai back support belt please, safety first.
        Boss cakap bulan ni kalau complaint bawah 5 kes, semua dapat bonus RM150, sekarang baru 3 kes, 不要 anyhow hantam pasang ok.
        Order SO-MY-260412-031 the wardrobe door 歪了 sikit, I adjust the hinge already, customer puas hati, photo dah upload dalam Drive.
        Reminder: mulai Isnin, check-in app versi 4.0.2, kena scan QR kat gate gudang Puchong before 8am, kalau lambat 系统会 auto mark late.
        Condo dekat Mont Kiara tu loading bay tutup pukul 5pm, so last slot jangan book lepas 3pm, nanti 又要 carry naik tangga.
        Supplier Muar kata container delay sebab Port Klang congested, stok sofa Model SF-320 masuk 18hb, 先跟客人 inform dulu.
        Who has the 10mm allen key? Van 2 punya hilang, 我们在 Cheras Leisure Mall loading area, tolong hantar kalau ada yang dekat.
        OK guys, Hari Raya week no delivery on 20-21 Mac, 其他天照常, please pass the message to all the part-timers also.
        Tilam Vono yang return semalam tu ada stain, QC cakap tak boleh resell, masuk B-grade clearance, 价钱 RM399 jual kat outlet.
        Hotline baru 1-300-88-6688 start tomorrow, tell customers call this, jangan bagi nombor sendiri, 老板 very strict about this.
        Lunch break 1-2pm ya, 不要 park lorry depan kedai orang, last week kena saman RM300 dari DBKL, company tak cover lagi.
    """),
    ("en", "dispatch_log_lines"): _lines("""
        2026-03-14T08:02:11+08:00 INFO dispatch.scheduler route=SG-EAST-02 stops=7 est_km=48.6 vehicle_id=VAN-12 crew_size=2 window=09:00-13:00
        2026-03-14T10:47:53+08:00 WARN pod.upload order=SO-240311-1187 photo_count=1 required=2 status=PENDING_REVIEW retry_in=300s
        2026-03-14T11:15:09+08:00 ERROR payments.instalment provider=atome ref=ATM-7F3K9Q2 code=INSUFFICIENT_LIMIT amount_sgd=2480.00 action=fallback_card
        config: delivery.slot_length_min=120, delivery.max_stops_per_van=9, delivery.blackout_dates=[2026-02-17, 2026-02-18], assembly.default_crew=2
        SELECT order_no, sku, qty, slot_start FROM deliveries WHERE region = 'KL-SOUTH' AND slot_start::date = '2026-04-02' ORDER BY slot_start;
        sku,description,width_cm,depth_cm,height_cm,weight_kg,box_count,assembly_minutes,fragile_flag
        MT-KS-3001,King Koil Spine Guard Queen 30cm,152,190,30,42.5,1,0,N,2026-01-05
        2026-03-14T16:20:44+08:00 INFO tracking.webhook carrier=ninjavan awb=NVSGSLMB0002381174 event=DELIVERED hub=Tuas latency_ms=842
        git commit -m 'fix(slotting): skip lift-booking check for landed properties; bump version to 2.14.3 (sha 9c1e4ab7f2)'
        ALERT warehouse_temp_c=33.8 threshold=32 zone=LATEX-STORE-B sensor=tmp-0417 — latex foam may deform, switch on dehumidifier
        def slot_fee(postcode: str) -> int: return 35 if postcode.startswith('098') else 0  # Sentosa Cove gantry surcharge
        2026-03-15T09:00:00+08:00 INFO invoice.batch generated=214 first=INV-SG-2603-00001 last=INV-SG-2603-00214 total_sgd=318442.90
        k8s: deployment/slot-api image=registry.slumberhaus.sg/slot-api:2.14.3 replicas=3 cpu=500m memory=512Mi readiness=/healthz
    """),
    ("zh-Hant", "分期條款"): _lines("""
        本公司提供信用卡分期0利率方案：3期、6期、12期，適用國泰世華、中國信託、台新、玉山等銀行，單筆消費滿新台幣10,000元始得申請。
        無卡分期申請人須年滿18歲並提供身分證正反面影本，由合作融資公司審核，審核結果約於1至2個工作天內以簡訊通知申請人，請留意手機訊息。
        分期期間如欲提前清償，剩餘本金一次繳清即可，不另收違約金；逾期繳款者依約定書第七條計收每日萬分之五之遲延利息，並寄發書面催繳通知。
        依《消費者保護法》第19條，網路購買之床墊享有7日猶豫期，惟已拆封使用且有明顯污損者，本公司得酌收清潔、消毒及往返運送費用。
        床墊訂單一經成立即開始計算分期，送貨日期延後不影響首期扣款日，首期扣款日為刷卡後次月之信用卡帳單結帳日，特此說明，敬請留意。
        本方案由睡美人寢具股份有限公司（統一編號 24567813）提供，客服專線 0800-012-345，服務時間週一至週五 09:00–18:00。
        分期商品如有瑕疵，請於到貨後7日內拍照回報，經確認後免費更換同款商品，原分期契約內容維持不變，不需重新簽約或辦理對保手續。
        申請表欄位：申請人姓名、身分證字號、戶籍地址、聯絡電話、任職公司、月收入區間（請勾選），以上資料僅供本次授信審核使用，不作他用。
        系統櫃及組合家具分期最長24期，頭期款不得低於總價20%，安裝完成並經客戶驗收簽名後，始啟動第二期之扣款作業，敬請配合驗收程序。
        範例：總價NT$36,000之獨立筒床墊分12期，每期NT$3,000，0利率、無手續費，實際每期金額以發卡銀行帳單為準。
        中華民國115年1月1日起，本公司分期付款約定書改版為第5版（文件編號 INST-TW-V5），舊版約定書於原約定期限內仍然有效。
        若因颱風或地震造成配送延誤，分期首期扣款不受影響；新配送日期將由物流中心另以簡訊或LINE官方帳號 @sleepbeauty 通知。
        台北市大安區忠孝東路四段門市提供床墊試躺、分期試算及系統櫃丈量預約，營業時間 11:00–21:30，每週三公休，歡迎蒞臨。
    """),
    ("mixed", "business_reviews"): _lines("""
        5 stars for the delivery team from Courts Tampines — 两位师傅 very professional, assembled the bed frame in 40 min and took away all the cartons.
        Kedai ni okay la, harga tilam reasonable, tapi delivery lambat 2 minggu. 客服 reply WhatsApp fast though. Overall 3.5/5.
        IKEA Batu Kawan 的 assembly service 价钱合理, RM150 pasang almari PAX, tapi kena tunggu 10 hari for slot. Recommended kalau malas DIY.
        Avoid this shop!! Sofa came with torn fabric, 客服 keep saying the boss will call back, never did. Filed with CASE already. 1 star.
        陳記傢俬 in Sham Shui Po 真係好正，店員好有耐性解釋實木同夾板嘅分別，張床用咗五年都冇聲。Highly recommend!
        Harvey Norman Millenia Walk delivery guys were late by 3 hours, no call, no SMS. 後來 customer service 送了 $50 voucher 作補償, okay la.
        Tilam Getha memang padu, dah 3 tahun tak mendap langsung. 推荐 their outlet in Jalan Kuching, staff layan baik walaupun tak beli.
        HomesToLife 的 sofa quality ok, but the 12-month instalment through Atome 有 hidden fee? Actually no, read the T&C — just a late fee.
        Ordered from Shopee store 'Mr Tilam Official', sampai dalam 3 hari, vacuum-packed, 开了之后 24 hours baru full size. Value for money!
        This latex brand's pillow 太硬 for me, but their Orchard Road showroom let me exchange 一次 free. Service 10/10, product 7/10.
        Pasukan pemasangan datang tepat masa, 帮我把旧的 wardrobe 拆掉 and dispose, caj RM80 sahaja. Sangat recommend kedai ni di Seri Kembangan.
        Don't buy from their Taobao 代购 page, same sofa at the Tai Seng showroom is cheaper even after GST. Lesson learnt, 3 stars for honesty.
        台北 IKEA 新莊店 配送 on time, 組裝師傅 很細心 even fixed the wobbly leg of our old 餐桌 for free. 五星推薦!
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Delivery note: Mr. Benjamin Teo Wei Jie, Blk 512 Tampines Central 7, #09-233, Singapore 520512, mobile 9184 2276 — queen bed frame, call 30 min before arrival.
        Customer Priscilla Ng asked to postpone the wardrobe install because she just had a miscarriage and can't have strangers in the flat this week.
        Instalment default list: Rajesh s/o Muthusamy, NRIC S8123456D, owes S$2,340 on a 12-month sofa plan, 4 missed payments, pass to collections.
        Refund to be paid to DBS savings 027-91234-5 under the name of Tan Hui Min, order SO-250918-0042, amount S$1,189.00.
        Crew note: employer asked us to hand the keys to their helper Siti Rahayu (FIN G7654321N), who will be home alone at 45 Jalan Kembangan during the slot.
        Complaint by Mdm Wong Siew Lan, 72, who uses a walking frame after her stroke — she wants the bed frame lowered to 40 cm so she can get out safely.
        WhatsApp from +65 9733 0418: hi this is Kelvin, the sofa leg snapped again, pls send someone before my wife comes back from hospital tmr
        SO-251102-0031,Jonathan Lee Kok Hwa,+6588224190,jon.lkh88@gmail.com,22 Sunrise Drive Singapore 806530,2 x pillow,paid
        Customer's car SKQ 7731 H was blocking the loading bay at 18 Jalan Bunga Rampai; the owner, Mr Sim, only came down after 20 minutes.
        HR: delivery helper Muhammad Hafiz bin Rosli gets a $600 salary advance, deducted over 3 months, as he is clearing his father's hospital bill.
    """),
    "zh-Hans": _lines("""
        客户陈志强先生，手机 +65 9123 4587，住在裕廊西 Blk 639 #12-118，明早9点送乳胶床垫，要求师傅进门前穿鞋套。
        林太说她先生刚确诊肾衰竭，每周要洗肾三次，所以想买电动护理床，问分期付款能不能延后两个月再开始扣款。
        售后登记：刘海燕，身份证号 440106198807152346，订单 CN-2408-5521，投诉床垫有刺鼻异味，要求全额退款。
        阿明这个月又预支了800块工资，说是要还网贷，主管说下次再借就不批了，大家别跟其他人讲。
        送货地址：上海市闵行区七莘路1885弄12号602室，收货人王丽娟，电话 139 1762 8843，周六下午2点后在家。
        退款账户：招商银行 6225 8812 3456 7890，户名 赵建国，请财务在三个工作日内处理衣柜退货款 ¥4,680。
        客户黄先生（吉隆坡蒲种）说他太太怀孕七个月，要求床架组装时不要用有气味的胶水，电话 016-228 4471。
        新来的司机小郑上个月因为醉驾被警察抓过，驾照还在吊销期，老板说暂时只能让他当搬运工，不能开车。
        微信号 zhangyu_1992 的客户一直催单，她叫张瑜，说周五搬新家到万科城市花园8栋1单元1503，床必须当天到。
        员工表：周晓东，入职2023-05-08，月薪¥6,800，紧急联系人 母亲 138 0571 6629，已婚，育有一女。
    """),
    "zh-Hant": _lines("""
        客人李詠芯小姐，HKID Y654321(7)，住將軍澳日出康城第3期12座28樓B室，訂咗King size床褥，星期六上午送。
        陳生話佢同老婆啱啱離婚，老婆已經搬走，張雙人床唔要喇，問可唔可以取消訂單同退返訂金$3,000。
        送貨單：黃志偉先生，手提 6234 8871，九龍土瓜灣馬頭圍道88號美景樓5樓A室，冇電梯，要搬四層樓梯。
        台灣客戶林佳慧，身分證字號 A223456789，地址新北市板橋區文化路一段188巷3弄6號4樓，分期12期已核准。
        師傅阿強今日請病假，佢話腰椎間盤突出又發作，醫生叫佢休息兩星期，下星期嘅單要搵人頂。
        客服紀錄：蔡太（電話 9012 3378）投訴上門師傅喺佢屋企食煙，又話佢個仔有哮喘，要求公司書面道歉。
        退款請匯入中國信託 822-123540098765，戶名 吳承翰，退貨單號 TW-RT-240611-07，金額 NT$12,800。
        澳門客人梁嘉雯小姐，澳門身份證 1234567(8)，住氹仔濠景花園第7座9樓D，已付訂金MOP 2,000，餘款分6期。
        LINE 訊息來自 0912-345-678：「我是鄭先生，之前訂的床架螺絲又鬆了，我媽剛開完刀要躺，拜託明天一定要來修」
        分期逾期名單：許文彬，電話 0933 812 456，已欠第4至第7期共 NT$14,000，催收3次未回應，擬轉法務。
    """),
    "ms": _lines("""
        Pelanggan Encik Ahmad Faizal bin Zulkifli, No. KP 850314-10-5521, alamat No. 12, Jalan SS 15/4B, Subang Jaya, tilam king dihantar Sabtu pagi.
        Puan Norhayati minta tangguh ansuran katil bulan ni sebab suami dia baru kena buang kerja dan masih ada hutang kereta.
        Nombor telefon pelanggan untuk slot petang: 013-742 8816 (Cik Aina), rumah teres dua tingkat di Taman Melawati, sila bawa troli.
        Pemandu lori kami, Rosli, kena tahan polis semalam sebab lesen tamat tempoh; dia tak boleh bawa lori sehingga kes selesai.
        Bayaran balik ke akaun Maybank 1644 2210 8873 atas nama Siti Aminah binti Hassan, untuk sofa rosak, jumlah RM2,150.
        Nota pemasangan: anak Puan Kamala ada autisme dan takut bunyi gerudi, jadi pasukan kena siapkan almari sebelum pukul 3 petang.
        E-mel pelanggan: hafizah.rahman91@yahoo.com — dia nak invois atas nama sendiri untuk tuntutan pindah rumah daripada majikan.
        Kereta pelanggan VBK 3921 parkir di depan pagar rumahnya di Lorong Kenari 5, Bangsar; minta En. Kumar alihkan sebelum lori sampai.
        Borang ansuran: Nama: Lim Mei Ling | MyKad: 920708-14-6234 | Majikan: Hospital Pantai | Gaji: RM4,200 | Tempoh: 24 bulan | Status: Lulus
        Staf gudang Zulhilmi minta cuti tanpa gaji seminggu sebab isteri dia bersalin awal dan bayi masih dalam NICU di Hospital Serdang.
    """),
    "mixed": _lines("""
        Bro the customer Mr Gan at Puchong, 他的 phone 012-556 3049, cakap nak tukar ke 8pm slot sebab dia kerja shift, can or not?
        Jason 那边 already pay deposit RM500 but his credit card kena decline for baki, his IC 880921-08-5377, tolong check with finance.
        Alamat penghantaran: 27 Jalan Anggerik 3, Taman Bukit Indah, 81200 Johor Bahru, 收件人 Ong Bee Hoon, tilam queen + 2 bantal.
        Eh 阿芳 today MC again, heard she's going for 化疗 every two weeks, jangan bagi dia angkat barang berat ok.
        Customer Mrs Kaur email harpreet.kaur.sg@hotmail.com, 她要 the invoice split into 2 sebab company claim, one under her husband's name.
        Invoice 给 Tan Chee Keong 的 HP 9678 2215 tolong resend, he says 他没有收到 and his divorce lawyer needs proof of purchase for the asset split.
        師傅 tell me the old man at Kwun Tong, 何伯, lives alone with dementia 失智, so please call his daughter 9456 7123 before going.
        PayNow refund to 9187 6640 (Nur Syafiqah), sofa return approved, tolong cepat sikit, she already complain twice on Facebook.
        Log: 2026-02-11 14:02 cust=Wong Kar Yee hkid=K345678(9) addr=Flat 8C Block 2 Laguna City delivery=FAILED reason=no_answer 打咗三次電話
        Staff chat: Ah Boy 说他欠 along RM3,000, orang datang cari dia kat gudang semalam, boss 叫他 settle 快点 before something happens.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the customer-service assistant for Slumberhaus, a mattress and furniture retailer in Singapore. Be brief and polite.",
        ),
        (
            "user",
            "Hi, I'm Grace Lim, order SO-260105-0217. Can you move my delivery from Thursday to Saturday morning? My address is Blk 221 Serangoon Ave 4 #07-45, number 9281 6604.",
        ),
        (
            "assistant",
            "Thanks, Ms Lim. I've requested a Saturday 9am–11am slot for order SO-260105-0217 to Blk 221 Serangoon Ave 4 #07-45. You'll get an SMS confirmation at 9281 6604 within 2 hours.",
        ),
        (
            "user",
            "Great. Also the crew last time scratched the floor, please tell them to use the mats.",
        ),
        (
            "assistant",
            "Noted — I've added a remark for the crew to lay floor protection mats before moving the bed frame in.",
        ),
    ],
    [
        (
            "user",
            "帮我写一条道歉短信给客户，她叫孙雅琪，电话 137 2468 1357，衣柜送到的时候门板裂了，我们下周二补送新门板。",
        ),
        (
            "assistant",
            "孙女士您好，非常抱歉您订购的衣柜门板在送达时出现裂痕。我们已安排下周二上午为您补送并安装新门板，届时师傅会提前30分钟致电 137 2468 1357 与您确认。给您带来不便，敬请谅解。",
        ),
        ("user", "再加一句我们会送她一个枕头作为补偿。"),
        (
            "assistant",
            "好的，已补充：为表歉意，我们将随新门板一同赠送乳胶枕一个，感谢您的耐心与支持。",
        ),
    ],
    [
        ("system", "你係一間香港傢俬舖嘅內部助理，幫同事計數同整理客人資料。"),
        (
            "user",
            "陳太（陳美玲，HKID D765432(1)）買咗張$18,600嘅電動床，想用12個月免息分期，首期落$3,000，每個月要俾幾多？",
        ),
        (
            "assistant",
            "扣除首期$3,000之後餘額係$15,600，分12個月免息，每月$1,300。建議喺陳太嘅分期申請表註明HKID D765432(1)同首期收據號碼，方便銀行核對。",
        ),
        ("user", "好，順手幫我提醒佢要喺7日內交埋住址證明。"),
        (
            "assistant",
            "已加提示：請陳太於7日內提交三個月內嘅住址證明（例如水電費單），以完成分期審批。",
        ),
    ],
    [
        (
            "user",
            "Tolong buat mesej WhatsApp peringatan penghantaran untuk pelanggan Encik Mohd Azlan, 019-873 2241, alamat No. 8 Jalan Cempaka 2, Taman Sri Muda, Shah Alam, slot esok 10 pagi-12 tengah hari.",
        ),
        (
            "assistant",
            "Salam Encik Mohd Azlan, ini peringatan penghantaran tilam anda esok antara 10 pagi hingga 12 tengah hari ke No. 8 Jalan Cempaka 2, Taman Sri Muda, Shah Alam. Pasukan kami akan menghubungi 019-873 2241 sebelum tiba. Terima kasih!",
        ),
        ("user", "Tambah juga dia kena kosongkan bilik sebelum kami sampai."),
        (
            "assistant",
            "Baik, ditambah: Mohon kosongkan ruang bilik tidur dan laluan ke bilik sebelum pasukan kami tiba supaya pemasangan berjalan lancar.",
        ),
    ],
    [
        (
            "system",
            "You help a Malaysian furniture shop's staff summarise complaints. Staff often write in a mix of English, Malay and Chinese.",
        ),
        (
            "user",
            "Summarise these: 1) Lee Siew Ping, 012-998 7714, sofa fabric koyak after 2 weeks; 2) Encik Ravi a/l Subramaniam, 016-330 2289, katil bunyi kreak-kreak 每晚; 3) 何小姐 ho.xiaoling@gmail.com, delivery lambat 3 kali.",
        ),
        (
            "assistant",
            "Summary: (1) Lee Siew Ping (012-998 7714) — sofa fabric tore within 2 weeks, likely warranty replacement. (2) Ravi a/l Subramaniam (016-330 2289) — bed frame squeaks nightly, send crew to tighten joints. (3) Ms Ho (ho.xiaoling@gmail.com) — three late deliveries, offer a voucher and apology.",
        ),
        ("user", "Which one urgent?"),
        (
            "assistant",
            "Case 3 is most urgent for reputation since it's a repeat delay; case 1 is next because the fabric damage may worsen.",
        ),
    ],
    [
        (
            "system",
            "Customer record loaded: Name: Daniel Koh Jun Wei | Mobile: +65 8456 1123 | Address: 9 Bedok Reservoir View #14-03, Singapore 479233 | Note: herniated disc L4-L5, prefers firm mattress | Plan: 12-month UOB instalment, 2 payments overdue.",
        ),
        ("user", "Hi, can you check when my mattress is arriving?"),
        (
            "assistant",
            "Hi Mr Koh, your firm pocket-spring mattress is scheduled for Wednesday between 2pm and 4pm at your Bedok Reservoir View address. Please note there are 2 overdue instalments on your UOB plan; kindly settle them to avoid late fees.",
        ),
        ("user", "Oh I forgot about that, thanks. Can the crew also remove my old mattress?"),
        (
            "assistant",
            "Yes, I've added old mattress removal for $40, to be collected on the same visit.",
        ),
    ],
    [
        (
            "user",
            "客戶許先生（許志明，0921-456-789）的床墊分期已經逾期三期共NT$9,000，我該怎麼寫催繳通知比較委婉？",
        ),
        (
            "assistant",
            "可參考：許志明先生您好，您於本公司購買之床墊分期款項，目前第5至第7期共NT$9,000尚未繳納。若已繳款請忽略本通知；如有困難，歡迎來電 0800-012-345 洽詢調整方案。感謝您的配合。",
        ),
        ("user", "他之前說是因為住院才沒繳，要不要提到？"),
        (
            "assistant",
            "建議不要在通知中提及住院等健康資訊，僅保留金額與聯絡方式；若他主動說明，可由專人電話協商延後繳款。",
        ),
    ],
    [
        ("system", "你是新山一家家具店的行政助理，协助老板处理人事文件。"),
        (
            "user",
            "帮我写一封警告信给送货员李国华（IC 900215-01-5583），他上周三送货前喝酒，被顾客投诉身上有酒味。",
        ),
        (
            "assistant",
            "致李国华先生（身份证号 900215-01-5583）：本公司于上周三接获顾客投诉，指您在执行送货任务时身上带有明显酒味。此行为违反公司安全守则第4条，现予以书面警告一次。如再发生，公司将采取进一步纪律处分。",
        ),
        ("user", "加上他要去参加公司安排的辅导课程。"),
        (
            "assistant",
            "已补充：您须于本月底前参加公司安排的职场安全及酒精辅导课程，并提交出席证明。",
        ),
    ],
    [
        (
            "user",
            "Plan route untuk lorry 1 esok: (a) Puan Rohani, 15 Jalan Dato Onn, Kota Bharu; (b) Mr Chong Wai Kit, Lot 233 Jalan Hamzah, Kota Bharu, 011-2455 9081; (c) 黄小姐, Taman Guru, Pengkalan Chepa. Start from gudang Jalan Kuala Krai.",
        ),
        (
            "assistant",
            "Cadangan laluan: Gudang Jalan Kuala Krai → (b) Mr Chong Wai Kit di Lot 233 Jalan Hamzah (call 011-2455 9081 dulu) → (a) Puan Rohani di 15 Jalan Dato Onn → (c) 黄小姐 di Taman Guru, Pengkalan Chepa. Anggaran 38 km, sekitar 3.5 jam termasuk pemasangan.",
        ),
        ("user", "Puan Rohani minta lepas Zohor je, boleh tukar?"),
        (
            "assistant",
            "Boleh. Laluan baru: Gudang → Mr Chong → 黄小姐 (Pengkalan Chepa) → Puan Rohani selepas 1.30 petang. Jarak bertambah kira-kira 6 km.",
        ),
    ],
    [
        (
            "user",
            "My mum Mrs Leong Kam Foong is 81 and just discharged from hospital after a hip replacement. Which bed height should I buy? We live at 33 Lorong 4 Toa Payoh #05-120.",
        ),
        (
            "assistant",
            "After a hip replacement, a bed height where her knees are level with or slightly lower than her hips is usually advised — often 50 to 60 cm from floor to mattress top. Please confirm with her physiotherapist. An adjustable nursing bed could help too.",
        ),
        (
            "user",
            "OK please book a showroom visit for me, my number is 9345 2208, name Leong Mei Yee.",
        ),
        (
            "assistant",
            "I can't book directly, but you can WhatsApp the showroom with your name Leong Mei Yee and number 9345 2208 and mention you need a low, adjustable bed for your mother, Mrs Leong Kam Foong.",
        ),
    ],
]
