# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat167: chats with an assistant about one's own hearing, vision or mobility aids (hearing aids, cataract surgery, wheelchairs and mobility scooters, subsidies, a parent's falls, costs). All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat167
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "price_list"): _lines("""
        Phonak Audéo Lumity L90 (pair) – S$7,980 before subsidy; includes 3-year warranty, 4 clean-and-check visits and a charger case. GST 9% inclusive.
        Signia Pure Charge&Go IX 7 – S$6,400/pair | Signia Silk 5X (CIC, single) – S$1,650 | Trade-in rebate S$300 on any working aid older than 5 years.
        Pure-tone audiogram + tympanometry: S$88, free for CHAS Blue/Orange cardholders at our Toa Payoh branch, Blk 190 Lorong 6 Toa Payoh #01-566.
        Domes (pack of 10, open/closed/power) S$18 | Wax guards CeruStop S$12 | Size 312 zinc-air batteries, 60 cells S$45 – Rayovac and PowerOne stocked.
        Out-of-warranty repair: receiver replacement S$180, shell re-make S$260, microphone cover S$25. Turnaround 7–10 working days via our Singapore lab.
        Seniors' Mobility and Enabling Fund (SMF) subsidy is applied at point of sale for eligible Singapore Citizens; co-payment shown on quotation Q-2026-0417.
        Oticon Xceed 1 power BTE for severe-to-profound loss S$8,900/pair; Xceed Play version S$5,200. Prices valid 1 Dec 2026 to 31 Jan 2027 while stocks last.
        Wheelchair rental (standard, 18-inch seat): S$60/month, deposit S$150. Lightweight transit chair 9.8 kg: S$85/month. Islandwide delivery S$40 each way.
        Mobility scooter (PMA) 4-wheel, 12Ah lithium pack, speed-limited to 6 km/h for footpaths, range 25 km – S$2,890 incl. basket, mirror and rear light.
        Cataract post-op pack: wraparound UV400 sunglasses S$19.90, eye shield with tape S$6.50, preservative-free artificial tears 30 vials S$14.80.
        Hotline 6255 0183 (Mon–Sat 9:30am–6pm) | WhatsApp 8123 4470 for appointments only | enquiries@clearsound-hearing.com.sg | UEN 201826734W
        Home-visit fitting for homebound seniors within 5 km of the clinic: S$50 per visit, waived when bundled with any pair purchase above S$3,000.
        Bone-anchored (BAHA) processor upgrades quoted separately; insurance pre-authorisation letter S$35, medical report for MediSave claim S$60.
    """),
    ("en", "app_logs_and_config"): _lines("""
        2026-11-03T08:14:22.517Z INFO  [bt-pairing] device=Phonak-Lumity-R fw=2.4.1 rssi=-61dBm status=PAIRED session=9f3c2e71
        2026-11-03T08:14:25.004Z WARN  [battery] left_aid level=12% estimated_runtime=1h40m threshold=15% action=notify_companion_app
        program_presets: [quiet, restaurant, music, tv_streamer]; default_volume_step: 4; max_gain_db: 38; feedback_canceller: adaptive
        export CATARACT_BOOKING_API=https://api.example-eyecentre.sg/v2/slots?clinic=NOVENA&date=2026-12-15&surgeon_code=OPH-07
        order_id=MS-SG-2026-118804 sku=PRIDE-GOGO-ES2-RED qty=1 unit_price=2650.00 currency=SGD warehouse=TUAS-02 status=PICKED
        tracking: SPX SG2611207734 | Ninja Van NVSGBLU4428871 | ETA 2026-11-28 | parcel 14.2 kg (folding walker + 2 boxes of rubber tips)
        CREATE TABLE fitting_sessions (session_id UUID PRIMARY KEY, device_serial TEXT, left_gain_db REAL, right_gain_db REAL, created_at TIMESTAMPTZ);
        sha256(firmware_RIC_3.1.0.bin) = 4be1a7d09c3f55e2b8a61f0d2e9c74a3b6d81f25c0e947a8d3b2f16e5c79a041
        fixtures/demo_audiogram.json: {"id": "demo-001", "ear": "L", "250Hz": 20, "500Hz": 25, "1kHz": 35, "2kHz": 50, "4kHz": 65}
        2026-11-03 09:02:11 +08 [sms-gateway] template=APPT_REMINDER_V3 sent=412 failed=3 provider=Twilio sender_id=EYECARE
        [scooter-telemetry] unit=SCT-KL-00921 volt=24.6V current=8.1A temp_motor=41C odo_km=1184.3 fault_code=E07 (brake lever sensor)
        release notes v5.12.0: added Mandarin and Malay voice prompts, fixed crash when an Auracast broadcast ends mid-stream; min iOS 16.4, Android 10.
        rate_limit: 120 req/min per clinic token; webhook retry backoff 2s,4s,8s,16s; SLA 99.5% monthly; support: devsupport@audiocloud-api.io
    """),
    ("zh-Hans", "常见问题"): _lines("""
        问：白内障手术医保能报多少？答：以上海为例，职工医保住院按三级医院比例报销，单焦点人工晶体按限价纳入，多焦点晶体超出部分需自费，具体以医保局当年目录为准。
        问：助听器可以用医保个人账户买吗？答：部分城市允许在定点药店或验配中心使用个人账户支付，请先拨打12393医保服务热线确认本地政策后再下单。
        问：老人白内障术后多久可以洗头？答：一般建议术后一周内避免污水进眼，可仰头由家人协助清洗；复诊时间通常为术后1天、1周和1个月，具体遵医嘱。
        问：残疾人辅具适配补贴怎么申请？答：持第二代残疾人证到户籍所在地街道残联窗口登记，经评估后按目录发放轮椅、助行器、助听器等，具体品目各地不同。
        问：电动轮椅能上高铁吗？答：按铁路部门规定，锂电池额定能量不超过100Wh可随身携带，超过的请提前咨询12306并预约重点旅客服务，以免进站受阻。
        问：单焦点和三焦点人工晶体有什么区别？答：单焦点一般看远清楚、看近需戴老花镜；三焦点可兼顾远中近，但夜间可能出现眩光，价格约1.2万至2.8万元一只。
        问：助听器验配要做哪些检查？答：纯音测听、声导抗和言语识别率测试，验配后还要做真耳分析，整个流程约90分钟，建议携带近半年的耳科检查报告。
        问：防跌倒扶手安装收费吗？答：本公司适老化改造套餐A（卫生间扶手2支+防滑垫+感应夜灯）报价1280元，列入居家适老化改造补贴名单的家庭可申请减免。
        问：耳背式和耳内式助听器选哪个？答：中重度听损通常推荐耳背式，功率大、好维护；耳内式外观隐蔽但容易受耵聍影响，儿童和手指不灵活的长者不建议使用。
        问：产品保修期多久？答：整机保修两年，电池、耳塞和滤网属于耗材，不在保修范围内；全国售后热线400-820-3185，工作日8:30-17:30，节假日顺延。
        问：看不清手机字怎么办？答：安卓手机在“设置—无障碍—放大手势”中开启；iPhone在“设置—辅助功能—缩放”中开启；微信可在“我—设置—通用—字体大小”里调整。
        问：爱尔眼科和普瑞眼科都能做飞秒激光辅助白内障手术吗？答：两家均为上市连锁眼科机构，多数门店配有飞秒设备，具体请以各门店官网公布的设备信息为准。
        问：轮椅坐宽怎么选？答：坐下后臀部两侧各留2-3厘米为宜，常见规格为41厘米、46厘米、51厘米；体重超过100公斤建议选加强型，承重可达150公斤。
    """),
    ("zh-Hans", "商品详情"): _lines("""
        鱼跃（yuwell）电动轮椅D130HL 锂电池款 可折叠 仅重24kg 续航约20公里 老人残疾人代步车 京东自营 到手价3299元 支持以旧换新 全国联保一年
        互邦 HBLD1-B 电动轮椅 铅酸电池 双电机 承重120kg 续航约25km 颜色：宝石蓝 规格：标准款 发货地：湖北武汉 月销2000+ 支持7天无理由退货
        Signia 助听器 Pure Charge&Go 7IX 耳背式 充电款 单只 品牌官方授权店 含专业验配 顺丰包邮 未拆封7天无理由 发票可开公司抬头
        SKU: 100045812276 | 名称：可孚 助行器 四脚带轮 铝合金可折叠 | 尺寸：58×50×78-95cm | 净重3.1kg | 承重100kg | 库存：842件
        老花眼放大镜 带LED灯 3倍/5倍双镜片 手持式 阅读专用 材质：光学玻璃 镜片直径75mm 电池：3节7号（另售） 本店商品编号 FD-2271
        【白内障术后护理套装】防护眼罩×2 + 一次性无菌眼贴×20 + 防紫外线太阳镜×1 适用于术后1-30天 械备案号：苏械备20160031号
        老人防跌倒报警器 跌倒自动检测 一键SOS 4G全网通 可绑定家属微信小程序 待机续航7天 医疗器械备案号 粤械备20230415号 售价459元
        瑞声达 ReSound OMNIA 9 耳内式 隐形助听器 蓝牙直连 苹果安卓通用 双耳优惠价19800元 含免费调试3次 门店：上海市徐汇区漕溪北路88号2楼
        浴室扶手 304不锈钢 防滑纹 无障碍卫生间 老人安全扶手 长度30/40/50/60cm可选 型号KY-Z60 累计评价5万+ 好评率98% 送膨胀螺丝
        商品参数：座宽46cm 座深43cm 靠背高41cm 后轮22寸实心胎 整车重量13.5kg 折叠后尺寸80×30×88cm 适用身高150-185cm 货号LW-8822A
        助听器电池 A312 德国原装 60粒装 PR41 锌空气电池 1.45V 保质期至2029年12月 店铺：听力之家旗舰店 赠运费险 下单立减10元
        电动代步车 四轮老年代步车 48V 20Ah 限速6km/h 不属于机动车 禁止驶入机动车道 到店自提：杭州市拱墅区湖州街168号美好生活广场B1层
        《假如给我三天光明》大字版 海伦·凯勒 著 中国盲文出版社 适合低视力长者阅读 正文字号相当于三号字 定价38元 ISBN 978-7-5002-6315-2
    """),
    ("zh-Hant", "公告"): _lines("""
        【長者醫療券】由2026年1月1日起，65歲或以上合資格長者每年獲發$2,000醫療券，可用於已登記的視光師及聽力服務，累積上限$8,000，詳情請瀏覽計劃網頁。
        社會福利署關愛基金「為有經濟困難的長者提供助聽器」計劃現接受申請，申請表可於各長者地區中心及長者鄰舍中心索取，截止日期另行公佈。
        衛生福利部社會及家庭署公告：輔具費用補助依《身心障礙者輔具費用補助辦法》辦理，助聽器每耳補助上限依核定等級而定，低收入戶可全額補助。
        長照2.0輔具服務：失能長者可向各縣市長期照顧管理中心申請到宅評估，請撥打1966長照專線，服務時間週一至週五8:30-17:30，費用依失能等級給付。
        澳門社會工作局復康服務：持有效殘疾評估登記證者可申請輔具借用，包括輪椅、助行架及沐浴椅，請於辦公時間前往社工局復康服務處櫃檯辦理。
        九龍醫院眼科白內障手術輪候時間：穩定個案約18個月，緊急個案約4星期，資料截至2026年9月30日，最新數字請瀏覽醫院管理局網站「專科門診輪候時間」。
        本中心將於12月24日至26日暫停聽力測試服務，已預約人士請致電2712 3388改期，或WhatsApp 5180 2266留言，不便之處敬請原諒。
        台北捷運公告：各站均設有無障礙電梯，輪椅使用者可向詢問處請求協助放置月台間隙渡板，旅客服務專線(02)218-12345，二十四小時服務。
        港鐵提示：電動輪椅及其他流動輔助器尺寸不得超過長120厘米、闊70厘米，連乘客總重量不超過300公斤，詳情請參閱港鐵附例及網站公佈。
        新北市輔具資源中心搬遷公告：自2026年3月2日起遷至板橋區中山路一段161號（新北市政府行政大樓）5樓，原址停止服務，電話(02)2960-3456。
        香港盲人輔導會提醒：低視能評估服務需經眼科醫生或視光師轉介，每次評估收費港幣$150，綜援受助人可獲豁免，請於預約時出示證明文件。
        【防跌倒講座】主講：物理治療師團隊；日期：2026年11月15日（六）下午2時；地點：沙田大會堂文娛廳；名額80個，免費入場，請準時出席。
        歷史小知識：路易·布萊葉於1824年發明六點凸字系統，他三歲時因意外失明；今日的點字標準仍沿用其設計，中文點字亦以此為基礎發展而成。
    """),
    ("zh-Hant", "商戶評論"): _lines("""
        旺角「好聲音助聽器中心」服務好有耐性，試咗三款先決定，價錢比連鎖店平大約一成，唯一缺點係要預約，walk-in要等成個鐘。★★★★☆
        信義路上的「林眼鏡行」老闆很專業，驗光做得很仔細，漸進多焦點鏡片加框共一萬二，三天就取件，推薦給需要配老花眼鏡的長輩們。
        「康福復康用品」銅鑼灣希雲街店租輪椅按月$450，送貨上樓要另加$100，職員態度一般，但輪椅好新淨，輪胎都冇乜磨損，整體合格。
        高雄「大同醫院」眼科白內障門診候診時間太長，掛號12號竟然等了兩個半小時，不過醫療團隊解說很清楚，手術當天流程順暢，三顆星。
        「Peter's Hearing Lab」中環分店環境舒適，有獨立隔音房，但收費偏貴，單純聽力測試要$680，建議大家先問清楚可唔可以用長者醫療券。
        台中「阿明電動代步車」修車速度快，換電池當天完成，價格透明有報價單，只是店面在巷子裡不好找，建議先用Google地圖導航再出發。
        觀塘apm附近的視光中心週末人太多，試戴隱形眼鏡排了四十分鐘；優點是有長者優惠九折，驗眼連眼壓檢查只收$200，算幾抵。
        網購平台「樂齡生活館」買的沐浴椅，到貨時螺絲少了兩粒，客服在24小時內補寄，處理效率值得讚，整體四星，包裝也很紮實，會回購。
        澳門仁伯爵綜合醫院附近嘅「陳記輔具」小店，老闆娘好熱心，幫手調整助行架高度唔收錢，仲教點樣收摺，推介俾屋企有長者嘅家庭！
        「Dr. Vision 眼科診所」網上預約系統經常當機，打電話3168 2200又長期佔線，希望改善；但手術技術無可挑剔，術後第二天已看得很清楚。
        新竹「聲寶助聽器」跟家電品牌聲寶沒關係，別搞錯XD 店員會用台語跟長輩解釋，保固三年，每半年免費清潔保養，電池買十送二。
        「眼鏡88」旺角西洋菜南街分店驗眼免費，但推銷鏡片加膜好進取，最後買咗$1,280嘅一副，質素OK，冇乜投訴，下次會再嚟。
        台北榮總附近的醫療用品店「佳醫復健器材」輪椅種類齊全，可以試坐比較，店家還主動提醒可申請輔具補助，省了將近一半的費用，很感謝。
    """),
    ("ms", "notis_dan_soalan_lazim"): _lines("""
        Makluman: Permohonan Bantuan Peralatan Tiruan (BPT) JKM kini boleh dibuat secara dalam talian; sila sediakan salinan Kad OKU dan sebut harga daripada pembekal berdaftar.
        Klinik Audiologi Hospital Kuala Lumpur ditutup pada 25 Disember 2026 (Hari Krismas). Temujanji akan dijadualkan semula; hubungi talian am 03-2615 5555.
        Soalan Lazim: Adakah PERKESO menanggung kos alat bantu pendengaran? Jawapan: Ya, bagi pencarum yang layak di bawah Skim Keilatan; rujuk pejabat PERKESO berhampiran.
        Harga kerusi roda di kedai kami: RM380 (keluli), RM650 (aluminium ringan 11kg), RM4,200 (elektrik lipat). Penghantaran percuma sekitar Lembah Klang.
        Notis: Skuter mobiliti tidak dibenarkan di atas jalan raya utama. Sila gunakan laluan pejalan kaki dan hadkan kelajuan kepada 10 km/j demi keselamatan semua.
        Pembedahan katarak di hospital kerajaan disediakan dengan caj bersubsidi untuk warganegara; tempoh menunggu di Hospital Selayang kira-kira 3 hingga 6 bulan.
        Waktu operasi Kedai Optik Ah Seng, No. 12, Jalan Besar, Kajang: Isnin–Sabtu 10 pagi hingga 8 malam; tutup setiap Ahad. WhatsApp perniagaan 012-388 4410.
        Sejarah ringkas: Louis Braille, seorang guru Perancis yang buta sejak kecil, mencipta sistem tulisan timbul enam titik pada tahun 1824 yang masih digunakan hingga kini.
        MobilityCare Sdn. Bhd. (No. Syarikat 202101034567 (1432876-K)), Lot 3-5, Jalan SS 21/39, Damansara Utama, 47400 Petaling Jaya, Selangor.
        Pakej ujian pendengaran warga emas: audiogram nada tulen, timpanometri dan ujian pertuturan – RM120 sahaja. Pemegang Kad OKU dapat diskaun 20% setiap lawatan.
        Invois No. INV-MC-2026-00931 bertarikh 14/11/2026: 1 unit walker beroda (RM289.00), 1 unit kerusi mandi (RM159.00), jumlah RM448.00 termasuk SST.
        Peringatan klinik: selepas pembedahan katarak, elakkan air sabun masuk ke mata selama 7 hari, pakai pelindung mata ketika tidur dan hadir untuk pemeriksaan susulan.
        Hospital Pulau Pinang, Jabatan Oftalmologi, Jalan Residensi, 10990 George Town. Talian am 04-222 5333; borang rujukan mesti disertakan bersama surat doktor.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning team, stock check: Pride GoGo ES2 tinggal 3 unit, 2 unit 红色 1 unit 银色. Please jangan promise customer delivery before Friday ok.
        老板 said the Phonak demo set kena hantar balik to distributor by 30/11, pls pack properly dengan box asal and charger, jangan hilang.
        Order SO-2611-0457 dah paid via DuitNow, tolong print DO and 安排 lorry esok pagi 10am, stock ambil dari cawangan Cheras 那边.
        Reminder: Sunday roadshow at Mid Valley Megamall Centre Court, setup 8am. Bawa banner, 3 wheelchair demo, 1 scooter, 还有 hearing test booth.
        Supplier invoice INV-HK-88213 amount HKD 12,460 belum settle lagi, accounts 说 next Tuesday baru bayar, jangan risau, dah email supplier.
        Scooter unit S/N SC24-KL-0781 balik for repair, error E07 again. 技术员 check brake sensor dulu, kalau warranty claim, fill form WC-3 ya.
        FYI JKM quotation template updated v2.3, sila guna yang baru, yang lama SST masih 6% → should be 8%. 已经 upload 到 shared drive folder Quotes.
        午餐 order: nasi lemak 6 packet, 2 no sambal, 1 extra telur. Siapa nak teh tarik tambah here before 12.30 ya, 迟了 tak tunggu 😂
        Shop phone 03-9133 2870 line rosak since morning, TM technician datang 3pm. Meanwhile customer call pakai WhatsApp business 011-2688 0193.
        Training tomorrow 2pm: Oticon rep akan datang explain new Intent series, 大家记得 bring notebook, ada quiz 后面 hahaha, winner dapat voucher.
        Cataract sunglasses batch 新到 200 pcs, barcode 9557123400871, rak C3. Harga jual RM19.90, jangan salah scan jadi RM9.90 macam last time.
        Closing report 29/11: sales RM18,430, 7 hearing aids fitted, 2 wheelchair rental baru, cash in drawer RM1,206.50, semua tally 👍 good job all.
        Pls note public holiday 25 Dec 关门, 26 Dec buka half day 10am-3pm. Roster dah update dalam Google Sheet tab Dec2026, check your shift.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        My mum, Margaret Tan Siew Lian, 78, had her second fall this month in the bathroom at Blk 412 Bedok North Ave 2 #08-115 and she still refuses to use the walker.
        Can you help me reply to the audiologist? My name is Daniel Koh Wei Jie, hearing aid serial 2319A88412, and I still hear whistling in the left ear.
        NRIC S1847263E – applying for SMF subsidy for a motorised wheelchair for my father, household per capita income S$1,150.
        Contact me at 9126 4870 after 6pm, I'm Priya's daughter and I handle all her eye appointments since her glaucoma got worse.
        Patient: Rosalind Cheah, DOB 14/02/1951, right eye cataract grade NS3, surgery 09/01/2027 8:30am, pre-op ECG normal, on warfarin 3mg.
        Mr Ong keeps forgetting to charge his hearing aids and his wife says he's become withdrawn since the stroke last March – should we worry about dementia?
        Goh Ah Lek,S5523071D,Ottobock Start M1 wheelchair,S$1,840,Blk 23 Jalan Bukit Merah #05-320,caregiver: daughter
        Email me the quote at kelvin.yeo1972@gmail.com – it's for my own cochlear implant processor upgrade, I can't pay S$12k upfront while I'm still clearing my credit card debt.
        Hi, I'm Farah binte Ismail, I use a manual wheelchair after my spinal injury and my landlord won't let me install a ramp at 18 Jurong West Street 91.
        Bank transfer for the scooter: OCBC 687-241530-001, account holder Tan Kok Wah, reference SCOOTER-DAD. Please confirm once received.
        My grandfather Lee Ah Seng is legally blind in one eye now, lost his taxi licence, and the family is fighting over who pays for his care.
        Car plate SJK 4417 R belongs to my husband, he drives me to the eye clinic every Tuesday – can the clinic give us a disabled parking label?
    """),
    "zh-Hans": _lines("""
        我妈王秀英，身份证号440106194908234020，去年在家里卫生间摔倒髋骨骨折，现在只能坐轮椅，想申请残联的电动轮椅补贴。
        帮我写个投诉：我爸刘建国10月在眼科做了白内障手术，术后右眼一直红肿发炎，医院说是个人体质问题，不肯退三焦点晶体的2.3万元。
        联系人：张丽华 手机13817264093 地址：上海市浦东新区锦绣路1500弄12号602室 需上门验配助听器，老人行动不便。
        李阿姨的助听器是女儿给买的，花了一万八，结果她嫌吵不肯戴，女儿又刚离婚，家里钱紧，我该怎么劝她？
        老陈最近欠了八万多的网贷，连给他老婆配老花镜的钱都拿不出来，听说残联能补助，他能申请吗？
        收货人：赵明远，电话15902178836，收货地址：杭州市西湖区翠苑二区17幢3单元501，备注：轮椅送货上门，老人腿脚不便请打电话。
        周桂芳，残疾人证号31011519520317162342（听力二级），申请2026年度助听器适配补贴，联系电话021-58834216。
        加我微信 xiaomei_chen85 细聊吧，我妈视网膜脱落做了两次手术，现在右眼基本失明，想问问低视力辅具哪里能试。
        工资条显示我每月到手才4300，老公孙志强还在住院做康复，轮椅加护理费每月要六千多，真的撑不下去了。
        患者：黄德胜，男，81岁，住院号ZY20261104087，诊断：双眼老年性白内障、2型糖尿病，拟于11月12日行左眼超声乳化+IOL植入术。
    """),
    "zh-Hant": _lines("""
        我阿爸陳國強，身份證K384512(5)，住觀塘秀茂坪邨秀明樓1824室，上個月喺屋企跌親，想申請社署嘅輪椅。
        林太話佢老公失業咗半年，仲欠咗財務公司錢，連助聽器電池都買唔起，問我可唔可以幫手申請關愛基金。
        請把報告寄到我的信箱 mei.ling.huang@yahoo.com.tw，我是黃美玲，上週做了左眼白內障手術，視力還是很模糊。
        身分證字號F225831045，姓名吳淑芬，申請身心障礙輔具補助（電動代步車），戶籍地址：新北市三重區重新路四段62巷8號3樓。
        阿明隻腳自從中風之後就行唔到，佢老婆又唔肯佢入院舍，成日喺WhatsApp 6392 7158同我呻。
        病人：鄭志偉 HKID E902476(3)，右耳突發性失聰，需要配置強力耳背式助聽器，已登記長者醫療券戶口。
        請幫我留言給輔具中心：我媽張秀蘭（0932-618-407）的輪椅剎車壞了，她一個人住台南市東區崇學路88巷5號，沒有人可以幫忙。
        我係何先生，車牌RK 8821，屋企喺大埔太和邨，每星期要載老婆去做復康，想問傷殘人士泊車證點申請。
        澳門身份證5218734(6)，姓名梁淑儀，眼科轉介信寫明佢係青光眼末期，要盡快安排低視力評估。
        帳號：中國信託 822-5401-3378-2104 戶名 許文雄，代步車尾款新台幣38,500元請匯入此帳戶，謝謝。
    """),
    "ms": _lines("""
        Nama saya Siti Aminah binti Abdullah, No. KP 540312-10-5521, saya nak mohon bantuan JKM untuk alat pendengaran kerana pekak telinga kanan.
        Ayah saya Encik Rahman jatuh lagi di bilik air semalam, kepala terhantuk, sekarang di wad kecemasan Hospital Tengku Ampuan Rahimah.
        Hantar kerusi roda ke alamat: No. 27, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam, Selangor. Penerima: Kamal Hisham, tel 013-472 9916.
        Mak Cik Timah dah buta sebelah mata sebab katarak tak dirawat, anak-anaknya pula berhutang dengan along, tak mampu bayar pembedahan swasta.
        Akaun Maybank 1623 4490 8812 atas nama Nurul Huda binti Osman – sila pindahkan deposit RM500 untuk sewaan skuter mobiliti ibu saya.
        Pesakit: Lim Chee Keong, MRN HKL-2026-448172, katarak matang mata kiri, diabetes tidak terkawal HbA1c 9.8%, pembedahan ditangguhkan.
        E-mel saya zulaikha.rosli88@gmail.com, tolong hantar borang OKU. Saya hilang penglihatan akibat glaukoma sejak tahun lepas.
        Plat kereta suami saya WXR 6632, dia hantar saya ke klinik mata setiap Khamis, boleh tak mohon pelekat parkir OKU guna nombor itu?
        Gaji Abang Faizal cuma RM2,100 sebulan, dia tanggung mak yang lumpuh separuh badan dan perlukan kerusi roda elektrik RM4,800.
        Tolong semak status permohonan: No. Rujukan JKM/BPT/2026/0821, pemohon Ganesan a/l Murugan, MyKad 490827-08-6137, peralatan: kerusi roda ringan.
    """),
    "mixed": _lines("""
        Hi boss, my father Mr Tan Ah Kow 明天要去做 cataract op kat Hospital Selayang, boleh tolong pinjam wheelchair satu hari? Contact 012-615 3378.
        我老公 Ahmad Faris 的 hearing aid 又坏了, warranty card no. WA-77120, dia bising sebab kena pergi kerja with one ear only.
        My helper's FIN G6612384M, dia yang tolak kerusi roda mak saya setiap hari, need to register her as caregiver for the CTG grant.
        阿珍 gave me her number 8839 2015, kata dia ada jual second-hand mobility scooter, but she's deep in debt so 可能急着卖.
        Pn. Rohani's audiogram: kiri 65dB, kanan 70dB, moderate-severe loss, 建议 bilateral BTE, follow-up 12/12 at 10am.
        收件人 Raj Kumar, 15 Jalan Ipoh Kecil, 50350 KL – hearing aid battery 60 pcs, COD RM45, 送之前打电话 016-228 4471 dulu.
        My sister Mei Ling 怀孕了 but her eyesight drop teruk, doctor kata maybe pre-eclampsia, so she can't drive lah.
        Case note: Uncle Lau 跌倒 3 times since Oct, tinggal seorang di Flat Sri Kota Block C-12-7, anak di Australia tak contact langsung.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a friendly assistant for a Singapore hearing care clinic. Answer questions about hearing aids, subsidies and appointments.",
        ),
        (
            "user",
            "Hi, I'm Vincent Lau Chee Meng, 67. My hearing aids (Phonak, bought 2021) keep cutting out on the right side. My NRIC is S5120847A if you need to check my record.",
        ),
        (
            "assistant",
            "Thanks, Mr Lau. I can't look up clinic records myself, and there's no need to share your NRIC here. Intermittent sound on one side is often a blocked wax guard or a worn receiver wire. Try replacing the wax guard first; if it still cuts out, book a clean-and-check.",
        ),
        (
            "user",
            "Ok. Is the repair covered by any subsidy? I'm retired and my pension is only about S$900 a month.",
        ),
        (
            "assistant",
            "Repairs are usually not covered by SMF, but the clinic can advise whether a replacement would qualify under the means-tested subsidy. Bring your latest income documents to the appointment.",
        ),
    ],
    [
        (
            "user",
            "我妈妈叫冯玉兰，今年74岁，身份证510107195606112836，成都的，右眼白内障很严重，医生建议做手术，大概要花多少钱？",
        ),
        (
            "assistant",
            "建议不要在聊天里发送完整身份证号。一般来说，成都三甲医院单眼超声乳化白内障手术加单焦点人工晶体，医保报销后个人自付大约两千到五千元；如果选多焦点晶体，自费部分会高很多。具体以医院收费和当地医保政策为准。",
        ),
        ("user", "她还有高血压，平时吃氨氯地平，手术前要停药吗？"),
        (
            "assistant",
            "降压药一般不需要停，反而要把血压控制稳定再手术。请把用药清单带给主刀医生和麻醉评估医生，由他们决定。",
        ),
    ],
    [
        ("system", "你是一個協助香港長者了解醫療券及輔具資助的助理，請用廣東話回答。"),
        (
            "user",
            "我叫麥潤好，今年71歲，HKID Y531708(6)。想用長者醫療券配助聽器，一對要三萬幾，夠唔夠用？",
        ),
        (
            "assistant",
            "麥先生你好。醫療券每年有$2,000，累積上限$8,000，可以用嚟俾部分費用，但三萬幾嘅助聽器就唔夠全數支付。如果經濟有困難，可以了解下關愛基金嘅助聽器計劃。另外身份證號碼唔使喺度提供㗎。",
        ),
        ("user", "我住黃大仙竹園北邨桃園樓，附近有冇登記咗嘅聽力中心？"),
        (
            "assistant",
            "你可以喺醫療券計劃網站用地區搜尋已登記嘅服務提供者，揀黃大仙區，再篩選聽力學家或者視光師就得。",
        ),
    ],
    [
        (
            "user",
            "Assalamualaikum. Ayah saya Haji Yusof bin Mat Zin, MyKad 480915-03-5127, dah tak boleh jalan jauh selepas strok. Macam mana nak mohon kerusi roda dari JKM?",
        ),
        (
            "assistant",
            "Waalaikumussalam. Ayah anda perlu berdaftar sebagai OKU terlebih dahulu dengan laporan doktor. Selepas itu, mohon Bantuan Peralatan Tiruan di pejabat JKM daerah dengan Kad OKU, salinan MyKad dan sebut harga kerusi roda. Tidak perlu kongsi nombor MyKad penuh di sini.",
        ),
        (
            "user",
            "Kami tinggal di Kampung Padang Tembak, Kota Bharu. Pejabat JKM mana yang paling dekat?",
        ),
        (
            "assistant",
            "Untuk kawasan Kota Bharu, rujuk Pejabat Kebajikan Masyarakat Jajahan Kota Bharu. Sebaiknya telefon dahulu untuk semak dokumen yang diperlukan sebelum pergi.",
        ),
    ],
    [
        (
            "user",
            "Eh my mother fell again lah, third time this year. She stays alone at Blk 508 Ang Mo Kio Ave 8 #11-2734, I only visit weekends. What can I do?",
        ),
        (
            "assistant",
            "I'm sorry to hear that. Some practical steps: install grab bars in the toilet, use non-slip mats, add night lights, and consider a personal alert alarm. AIC can also arrange a home safety assessment and check whether she qualifies for subsidised home modifications.",
        ),
        (
            "user",
            "She's 82, name Chua Bee Hoon, got diabetes and her eyes also not good after cataract last year. Any subsidy for the alarm?",
        ),
        (
            "assistant",
            "Check with AIC or her polyclinic's social worker about the alert alarm scheme for seniors living alone. Her falls together with poor vision also deserve a review by her doctor, since blood sugar swings and medication can add to dizziness.",
        ),
    ],
    [
        (
            "user",
            "Can you draft an email to the Eye Centre asking to move my cataract surgery? Sign it as Helen Ng, phone 9734 2185, email helen.ng.sk@hotmail.com.",
        ),
        (
            "assistant",
            "Subject: Request to reschedule cataract surgery. Dear Eye Centre team, I am scheduled for cataract surgery and would like to request a new date due to a family commitment. Please let me know the next available slots. Thank you. Regards, Helen Ng, 9734 2185, helen.ng.sk@hotmail.com",
        ),
        ("user", "Add that I'm on blood thinners, apixaban, so they know."),
        (
            "assistant",
            "Added: Please note that I am currently taking apixaban; kindly advise if I need to stop it before the new surgery date.",
        ),
    ],
    [
        (
            "user",
            "我爸爸張正雄，身分證B129473203，住台中市北屯區崇德路三段，中風後要買電動輪椅，輔具補助可以補多少？",
        ),
        (
            "assistant",
            "身心障礙者輔具補助依障礙類別、經濟狀況和評估結果核定，電動輪椅需先經輔具資源中心評估。低收入戶補助比例最高，一般戶則補部分金額。建議先打1966或聯絡台中市輔具資源中心預約評估。",
        ),
        ("user", "評估人員要打電話給誰？我的手機0918-527-346，我是他女兒張雅婷。"),
        (
            "assistant",
            "申請表上會有聯絡人欄位，填上主要照顧者的姓名和手機即可，評估人員會依表上資料聯絡；在這裡不用提供。",
        ),
        ("user", "好，謝謝。"),
    ],
    [
        ("system", "你是一个帮助出行不便人士规划出行的助手。"),
        (
            "user",
            "下个月我要带我爸从北京去济南看病，他坐电动轮椅，电池是24V 12Ah的锂电池，能上高铁吗？",
        ),
        (
            "assistant",
            "24V×12Ah约等于288Wh，超过了100Wh的随身携带限制，可能无法带上车。建议提前致电12306咨询，或者换一台可拆卸小容量电池的轮椅，也可以选择手动轮椅并预约重点旅客服务。",
        ),
        (
            "user",
            "那帮我写一段预约重点旅客的说明：乘车人孙德海，78岁，下肢瘫痪，联系人孙晓东，手机13601138274。",
        ),
        (
            "assistant",
            "预约说明：乘车人孙德海，78岁，下肢瘫痪，需轮椅协助进站及上下车。联系人：孙晓东，手机13601138274。请提前安排车站工作人员协助。",
        ),
    ],
    [
        (
            "user",
            "Saya Norhayati binti Sulaiman, 63 tahun, ada diabetes dan darah tinggi. Doktor kata mata kiri saya katarak. Boleh buat pembedahan kalau gula tinggi?",
        ),
        (
            "assistant",
            "Biasanya doktor mahu paras gula darah terkawal dahulu sebelum pembedahan katarak untuk kurangkan risiko jangkitan dan bengkak. Bincang dengan doktor klinik kesihatan tentang bacaan HbA1c anda dan ubat yang perlu diselaraskan.",
        ),
        (
            "user",
            "HbA1c saya 8.9% bulan lepas. Anak saya pula baru kena buang kerja, jadi tak mampu pergi hospital swasta.",
        ),
        (
            "assistant",
            "Anda boleh dapatkan rawatan di hospital kerajaan dengan caj bersubsidi. Minta surat rujukan dari klinik kesihatan ke klinik mata hospital. Sementara itu, cuba turunkan HbA1c dengan pemantauan gula dan susulan diet.",
        ),
    ],
    [
        (
            "system",
            "User profile (from onboarding): Name: Ravi Shankar s/o Pillai; NRIC: S1764392D; DOB 1958-03-21; conditions: bilateral moderate hearing loss, glaucoma (left eye); address: 33 Lorong Ah Soo, Singapore 536741. Use this profile to personalise answers.",
        ),
        ("user", "What's the cheapest way to get new hearing aids?"),
        (
            "assistant",
            "Since you're a Singapore Citizen, you may qualify for SMF subsidy at an approved provider, which can cover up to 90% of the cost depending on household income. Ask the polyclinic or hospital audiology department for a referral and means-testing.",
        ),
        ("user", "And will my glaucoma drops affect anything?"),
        (
            "assistant",
            "Glaucoma eye drops don't affect hearing aids. Keep using them as prescribed and keep your eye appointments.",
        ),
    ],
    [
        (
            "user",
            "我爸想买 mobility scooter, kedai kat Klang quote RM5,600, boleh bayar ansuran ke? 他退休了 no income.",
        ),
        (
            "assistant",
            "Many shops offer instalment plans through their own financing or credit cards, but without income it may be hard to get approved. Check whether he qualifies for JKM's Bantuan Peralatan Tiruan, and ask the shop for a quotation in JKM format.",
        ),
        (
            "user",
            "Ok, kedai minta deposit masuk account ni: Public Bank 4-1729-3365-08, nama akaun Tan Siew Peng, my sister. 我妹先帮忙付 RM1,000.",
        ),
        (
            "assistant",
            "Before paying, make sure the deposit goes to the shop's company account and that you get an official receipt. Paying into a personal account, even your sister's, makes refunds harder if something goes wrong.",
        ),
    ],
    [
        (
            "user",
            "I'm Jasmine Ho, 58, living with retinitis pigmentosa. My vision is down to about 10 degrees now. What low-vision aids help with reading?",
        ),
        (
            "assistant",
            "Options include handheld or stand magnifiers with LED light, electronic video magnifiers (CCTV), and phone apps that read text aloud. A low-vision assessment can match the magnification to your needs.",
        ),
        (
            "user",
            "My husband has been depressed since I stopped working and we're behind on the mortgage by three months. Are there grants for the CCTV magnifier?",
        ),
        (
            "assistant",
            "I'm sorry things are hard right now. Ask a medical social worker at your eye clinic about means-tested assistance for assistive devices. For your husband, the Samaritans of Singapore hotline 1767 and family service centres can offer support.",
        ),
    ],
    [
        (
            "user",
            "我上个月在网上买的助听器一直啸叫，订单号 JD 298874106532，收货人何淑珍，地址是南京市鼓楼区湖南路中山北路交界 怡景花园6栋1202，能帮我写个退货申请吗？",
        ),
        (
            "assistant",
            "可以。退货申请：您好，本人于上月购买的助听器（订单号JD 298874106532）使用中持续出现啸叫，经调整音量和更换耳塞仍无改善，申请退货或换货。收货人：何淑珍，地址：南京市鼓楼区怡景花园6栋1202。",
        ),
        ("user", "再加一句，我是神经性耳聋，医生说需要专业验配。"),
        (
            "assistant",
            "已补充：本人为感音神经性听力损失，医生建议经专业验配后使用，网购产品未经验配导致无法正常使用，恳请尽快处理。",
        ),
    ],
    [
        (
            "user",
            "我媽媽蘇玉蓮住喺澳門下環街，八十五歲，今個月跌咗兩次，身份證1356820(4)。社工局有冇上門評估？",
        ),
        (
            "assistant",
            "社會工作局同部分長者服務機構有提供家居安全評估同平安鐘服務。建議你聯絡就近嘅長者中心或社工局轉介，佢哋會安排上門評估。身份證號碼唔需要喺度提供。",
        ),
        ("user", "佢有骨質疏鬆，醫生話再跌多次可能要換髖關節，我好擔心。"),
        (
            "assistant",
            "可以先喺浴室加扶手同防滑墊，床邊放夜燈，避免地上有電線。另外請醫生跟進骨質疏鬆治療，同評估係咪需要助行架。",
        ),
    ],
]
