# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat152: chats with an assistant about one's own problems as a small landlord (tenants who stop paying, damage and deposits, eviction, small-claims cases, subletting, tax on rent). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat152
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "tribunal_faq"): _lines("""
        Q: Can a landlord file at the Small Claims Tribunals for unpaid rent? A: Yes, for residential leases of up to 2 years where the claim is not more than S$20,000, or S$30,000 if both sides consent.
        Q: Where do I file? A: Claims are lodged online through the Community Justice and Tribunals System (CJTS); hearings are held at the State Courts, 1 Havelock Square, Singapore 059724.
        Q: My tenant left owing two months' rent and broke the aircon. Can I claim both in one case? A: Yes, list each item separately, e.g. rent arrears S$4,600 and repair quote S$780.
        Q: Does the tribunal order eviction? A: No. The SCT can order payment, but recovering possession of the premises goes through the Magistrate's Court or District Court with a writ of possession.
        Q: What is the claim limit at the Hong Kong Small Claims Tribunal? A: HK$75,000. The Tribunal sits at the West Kowloon Law Courts Building, 36 Tung Chau Street, Sham Shui Po.
        Q: Who hears possession cases in Hong Kong? A: The Lands Tribunal at 38 Gascoigne Road, Kowloon deals with most claims by landlords to recover possession of premises let under a tenancy.
        Q: Can I bring a lawyer? A: Lawyers may not represent parties at the Small Claims Tribunal in Hong Kong or at the SCT in Singapore; each side presents its own case.
        Q: What evidence should a landlord bring? A: The signed tenancy agreement, stamp duty certificate, rent ledger, bank statements, dated check-in inventory photos and repair invoices.
        Q: Can I keep the whole deposit for repainting? A: Usually only damage beyond fair wear and tear can be deducted; minor scuffs on a 3-year-old wall are normally the landlord's cost.
        Q: How long does a typical claim take? A: The first consultation is usually fixed 2 to 4 weeks after filing; if no settlement is reached, a hearing is often set within 1 to 3 months.
        Q: My lease is 3 years. Can I still use the SCT? A: No, leases longer than 2 years fall outside SCT jurisdiction; consider the Magistrate's Court or the Singapore Mediation Centre.
        Q: What if the other party does not turn up? A: The tribunal may make an order in the respondent's absence; an application to set it aside must be filed within the time stated in the order.
        Enquiries: State Courts general line +65 6587 8423, Mon-Fri 8.30am to 5.30pm; e-mail and web forms via judiciary.gov.sg. Do not send case documents by WhatsApp.
    """),
    ("zh-Hans", "法规条文"): _lines("""
        《民法典》第七百零三条：租赁合同是出租人将租赁物交付承租人使用、收益，承租人支付租金的合同。第七百零五条：租赁期限不得超过二十年，超过二十年的，超过部分无效。
        第七百一十六条：承租人经出租人同意，可以将租赁物转租给第三人。承租人未经出租人同意转租的，出租人可以解除合同。转租期间，承租人与出租人之间的租赁合同继续有效。
        第七百二十二条：承租人无正当理由未支付或者迟延支付租金的，出租人可以请求承租人在合理期限内支付；承租人逾期不支付的，出租人可以解除合同。
        第七百二十五条：租赁物在承租人按照租赁合同占有期限内发生所有权变动的，不影响租赁合同的效力，即通常所说的“买卖不破租赁”。
        第七百三十三条：租赁期限届满，承租人应当返还租赁物。返还的租赁物应当符合按照约定或者根据租赁物的性质使用后的状态，正常损耗不由承租人承担。
        第七百二十六条：出租人出卖租赁房屋的，应当在出卖之前的合理期限内通知承租人，承租人享有以同等条件优先购买的权利；但房屋按份共有人行使优先购买权的除外。
        《商品房屋租赁管理办法》（住房和城乡建设部令第6号）第十四条：房屋租赁合同订立后三十日内，房屋租赁当事人应当到所在地建设（房地产）主管部门办理房屋租赁登记备案。
        同办法第八条：出租住房的，应当以原设计的房间为最小出租单位，人均租住建筑面积不得低于当地人民政府规定的最低标准；厨房、卫生间、阳台和地下储藏室不得出租供人员居住。
        《住房租赁条例》明确：出租人不得采取暴力、威胁或者停止供水、供电、供热、供燃气等方式，迫使承租人解除住房租赁合同或者提前搬离。
        个人出租住房税费参考：增值税按5%征收率减按1.5%计算，月租金收入不超过10万元的免征；个人所得税按10%、房产税按4%计征，具体以当地税务局规定为准。
        《诉讼费用交纳办法》第十三条：财产案件标的额不超过1万元的，每件交纳50元；适用简易程序审理的案件减半交纳，小额诉讼案件同样减半收取。
        合同示范文本第九条：押金于租赁期满、乙方结清费用并交还钥匙后7个工作日内无息退还；水电燃气费用以交接当日抄表读数为准，物业费按实际天数分摊。
        北京12345市民服务热线可受理住房租赁投诉，也可登录“北京住房租赁监管服务平台”输入房源核验码查询房源是否真实、合同是否已经网签备案。
    """),
    ("zh-Hant", "港澳告示"): _lines("""
        【大廈管理處通告】本大廈將於2026年12月14日（星期一）上午9時至下午5時清洗食水缸，期間暫停供水，請各住戶及租戶預先儲水。管理處電話：2345 6789
        稅務局提示：業主出租物業所得租金須繳交物業稅，標準稅率為15%，並可獲扣除20%法定維修及支出免稅額；新租出物業請以表格IR1103通知差餉物業估價署。
        小額錢債審裁處：申索款額上限為港幣75,000元，案件毋須律師代表。地址：九龍深水埗通州街36號西九龍法院大樓，辦公時間星期一至五上午8時45分至下午5時30分。
        土地審裁處處理收回處所、業主與租客糾紛及大廈管理等案件，地址：九龍加士居道38號土地審裁處大樓；表格可於司法機構網站下載，亦可親臨登記處索取。
        印花稅署提示：住宅租約須於簽立後30日內加蓋印花，租期不超過一年者印花稅為租期內應繳租金總額的0.25%，逾期加蓋最高可被罰款至原稅款十倍。
        【地產代理收費】住宅租務佣金：業主及租客各付半個月租金，簽署正式租約時收取；代理公司牌照號碼C-012345，查詢請致電公司熱線3188 2020。
        澳門房屋局提示：根據第13/2017號法律修改《民法典》租賃規定，不動產租賃合同須以書面訂立，並須經公證認定簽名，否則合同無效。
        澳門財政局提示：出租樓宇須申報房屋稅，稅率為實際租金收入的10%，可扣除10%作維修保養費用；申報表M/1可於財政局網頁下載，逾期申報須繳付罰款。
        放租：旺角彌敦道商業大廈寫字樓，實用面積520呎，月租HK$18,800，包差餉管理費，即租即用，睇樓請致電代理公司熱線3188 2020或到門市查詢。
        租客須知：冷氣機、熱水爐如屬業主提供，正常損耗由業主負責維修；如因人為損壞，維修費用將按單據從按金中扣除，業主須於退租後14天內退還餘數。
        收據編號 RC-2026-11-0087｜服務：租約打釐印及代辦｜金額：HK$350｜經手公司：港島物業顧問有限公司｜商業登記號碼：71234567-000-11-26-8
        澳門租務仲裁中心處理租金、按金及遷出等爭議，程序較法院簡便，收費亦較低；市民可致電法務局查詢，或於辦公時間親臨位於新口岸的中心辦理。
        本管理公司WhatsApp查詢：+852 5123 8800（只限處理維修及停車位事宜，不接受租務糾紛查詢），服務時間為星期一至六上午9時至晚上7時。
    """),
    ("ms", "notis_cukai_sewa"): _lines("""
        Pendapatan sewa rumah kediaman dicukai di bawah Seksyen 4(d) Akta Cukai Pendapatan 1967; cukai pintu, cukai tanah, premium insurans dan kos pembaikan boleh ditolak.
        Duti setem perjanjian sewa mesti disetemkan melalui sistem STAMPS LHDN dalam tempoh 30 hari dari tarikh ditandatangani; lewat setem dikenakan penalti mengikut Seksyen 47A.
        Tribunal Tuntutan Pengguna Malaysia (TTPM) tidak mendengar pertikaian sewa rumah antara tuan rumah dan penyewa; tuntutan sewa tertunggak difailkan di Mahkamah Majistret.
        Notis Badan Pengurusan Bersama (JMB): Caj penyelenggaraan dan sumbangan kumpulan wang penjelas bagi suku pertama 2027 hendaklah dijelaskan sebelum 15 Januari 2027.
        Pemilik unit yang menyewakan rumah diminta mendaftarkan penyewa di pejabat pengurusan untuk kad akses; borang boleh dimuat turun di portal pengurusan, bukan melalui WhatsApp.
        Hasil Care Line LHDN: 03-8911 1000 (dalam negara) atau +603-8911 1100 (luar negara), Isnin hingga Jumaat 8.30 pagi hingga 5.30 petang kecuali cuti umum.
        Cukai pintu DBKL bagi kediaman dikira daripada nilai tahunan harta; bil dikeluarkan dua kali setahun, dan bayaran perlu dibuat sebelum 28 Februari dan 31 Ogos.
        Rang Undang-Undang Penyewaan Kediaman yang dicadangkan oleh KPKT bertujuan menubuhkan tribunal khas untuk menyelesaikan tuntutan deposit dan sewa tertunggak dengan lebih cepat.
        Akta Relief Spesifik 1950 Seksyen 7: tuan rumah tidak boleh mengusir penyewa tanpa perintah mahkamah; menukar kunci atau memotong bekalan air dan elektrik boleh membawa kepada tuntutan ganti rugi.
        Senarai harga servis: Cuci rumah kosong selepas penyewa keluar RM280 (studio), RM380 (3 bilik); cat semula dinding RM2.50 sekaki persegi. Kemas Jaya Services Sdn Bhd (201901023456).
        Bilik sewa di Seri Kembangan, 5 minit ke MRT Serdang Jaya, RM550 sebulan termasuk air, elektrik dan WiFi, wanita sahaja. Hubungi pejabat ejen hartanah: 03-8945 2211.
        Amalan biasa di Semenanjung Malaysia ialah deposit 2+1 bulan (2 bulan deposit sekuriti, 1 bulan deposit utiliti); di Johor Bahru pula sering 2+1+0.5 termasuk deposit akses.
        Peraturan kondominium: penyewaan jangka pendek seperti Airbnb dilarang mengikut Undang-Undang Kecil yang diluluskan dalam AGM 2025; kompaun RM200 sehari bagi setiap unit yang melanggar.
    """),
    ("mixed", "agency_staff_chat"): _lines("""
        [09:12] Morning team, listing SG-RNT-4471 (3-room HDB, Tampines) 已经出租了，请大家 update PropertyGuru 同 99.co, remove before lunch ya.
        [09:15] Noted boss. Btw Agreement template v3.2 dah update clause 5(b), minor repair cap S$150, semua please guna version baru dari shared drive.
        [10:02] Reminder CEA rules: jangan collect deposit dalam cash tanpa official receipt, semua payment masuk company client account OCBC 601-234567-001 sahaja.
        [10:30] Viewing slot untuk listing KL-MTK-0932 (Mont Kiara condo) 2pm dan 4pm hari ni, keys 在 front office drawer B, 记得签 key log.
        [11:47] 谁有空帮忙拍 handover photos for JB-SKD-118? 至少 40 张，每个房间 wide shot + meter reading close-up, upload 到 Drive folder handover/2026-12.
        [13:05] Stamping untuk 5 tenancies dah submit via MyTax STAMPS, ref no. 2026-1207-ST-00451 to 00455, sijil boleh download esok pagi.
        [14:20] FYI small claims filing fee untuk claim bawah S$5k sangat murah, landlord boleh file sendiri, kita cuma prepare documents pack sahaja.
        [15:33] Aircon vendor CoolBreeze Engineering quote S$65 per unit for general service, chemical wash S$120, 这个价 okay 可以 approve PO-2026-0388.
        [16:40] Pls stop sending tenant IC photos in this group, 按 PDPA 只能 upload 到 CRM, group chat tak boleh simpan personal data. Thanks all!
        [17:02] Commission split for Dec closing: co-broke 50/50 with ERA, invoice INV-SG-26-1193 amount S$2,180 incl. GST 9%, 请 finance 今天 issue.
        [18:15] Office tutup awal 24 Dec, last viewing 3pm. Hotline 6222 8080 will forward to duty phone, pastikan yang on duty update roster dulu.
        [19:01] Update listing PJ-S17-207: firma guaman Tan & Partners dah hantar notis tuntutan, next step tunggu 14 hari baru file writ of possession.
        [20:30] Reminder tomorrow 9am team meeting on Zoom, meeting ID 845 2231 9907, agenda: Q1 listing targets 同 new deposit escrow SOP.
    """),
    ("en", "config_and_code"): _lines("""
        RENT_DUE_DAY=1 LATE_FEE_PCT=0.05 GRACE_PERIOD_DAYS=7 CURRENCY=SGD  # defaults for tenancy module, override per lease in leases.yaml
        def late_fee(rent: Decimal, days_late: int) -> Decimal: return (rent * LATE_FEE_PCT).quantize(Decimal('0.01')) if days_late > GRACE_PERIOD_DAYS else Decimal(0)
        2026-12-07T08:15:02+08:00 INFO scheduler job=rent_reminder leases_scanned=214 reminders_queued=37 duration_ms=812 version=2.8.1
        2026-12-07T08:15:03+08:00 WARN payments webhook retry provider=stripe event=evt_1QxZ8mLkT0a9Bc2D attempt=3 status=502 next_retry_s=120
        lease_id,unit_code,start_date,end_date,monthly_rent,deposit_months,stamp_cert_no,status  # CSV header for export v4, unit_code is internal
        L-2026-0412,UNIT-000731,2026-01-01,2027-12-31,2800.00,2,SC-26-0098812,ACTIVE  # sample row from fixtures/leases_sample.csv
        SMTP_FROM=noreply@rentledger.example SUPPORT_EMAIL=support@rentledger.example SMS_SENDER_ID=RentLedger TZ=Asia/Singapore
        SELECT lease_id, SUM(amount_due - amount_paid) AS arrears FROM rent_schedule WHERE due_date < CURRENT_DATE GROUP BY lease_id HAVING SUM(amount_due - amount_paid) > 0;
        deposit_deduction_categories: [cleaning, repainting, key_replacement, appliance_repair, unpaid_utilities]  # max_total: deposit_held
        sha256(tenancy_agreement_v3.pdf) = ad9a0ad3c755fc7fb66edfbead52b5e2f5cfbd576bff71116aa4f39dc5666a7f
        curl -X POST https://api.rentledger.example/v2/notices -H 'Authorization: Bearer $API_TOKEN' -d '{"type":"arrears","template":"SG_LOD_v2"}'
        Release notes 3.4.0: added Malaysia stamp duty calculator, HK IR1103 reminder, Taiwan 43% expense deduction preset; fixed timezone bug for Asia/Macau leases.
        Error E4102: deposit refund exceeds deposit held (refund=3200.00, held=3000.00); check deductions ledger before approving payout batch PB-20261207-03.
    """),
    ("zh-Hant", "台灣租屋法規"): _lines("""
        《租賃住宅市場發展及管理條例》第7條：押金之約定不得超過二個月之租金總額；出租人應於租期屆滿或租賃契約終止，承租人返還租賃住宅時，返還押金或扣抵債務後之剩餘押金。
        同條例第10條：承租人遲付租金，經出租人定相當期限催告仍不為支付，其積欠租金額達二個月之租額者，出租人得提前終止租約，並應以書面通知承租人。
        依所得稅法規定，個人出租房屋之租賃收入，其必要損耗及費用可按租金收入的43%標準減除，超過部分也可檢附單據核實減除，於每年五月申報綜合所得稅時一併列報。
        房屋稅：自住住家用稅率為1.2%，非自住住家用改採全國歸戶累進稅率；公益出租人出租予租金補貼戶者可適用自住稅率，詳情請洽各地方稅務局。
        內政部「住宅租賃契約書範本」規定，租期屆滿時承租人應將租賃住宅返還出租人並遷出，回復原狀，但因自然耗損或不可歸責於承租人之事由者不在此限。
        小額訴訟程序：請求給付金錢或其他代替物、有價證券之訴訟，其標的金額在新臺幣10萬元以下者，適用小額程序，裁判費為新臺幣1,000元。
        租屋糾紛可向各縣市政府地政局申請調處，或向鄉鎮市區公所調解委員會聲請調解，調解不收費用；臺北市民可撥打1999市民當家熱線轉接。
        民法第440條：承租人租金支付有遲延者，出租人得定相當期限，催告承租人支付租金，如承租人於其期限內不為支付，出租人得終止契約。
        民法第443條：承租人非經出租人承諾，不得將租賃物轉租於他人。但租賃物為房屋者，除有反對之約定外，承租人得將其一部分轉租於他人。
        公益出租人：出租房屋予領有租金補貼之承租人，經主管機關認定者，每屋每月租金收入最高新臺幣1萬5千元部分免納綜合所得稅，超過部分必要費用另有優惠。
        強制執行費：執行標的金額或價額在新臺幣5,000元以上者，徵收千分之八；遷讓房屋之執行另需負擔鎖匠、搬運及保管等費用，由債權人先行墊付。
        中央擴大租金補貼專案申請期間，可至內政部國土管理署網站線上申請，或撥打專案諮詢專線0800-066-067查詢申請資格與進度。
        存證信函為催告租金的常用證據，郵局依頁數及副本份數收費，寄件人與郵局各留存副本；建議內容寫明租約日期、欠租期間與金額，以及限期給付的具體日期。
    """),
    ("zh-Hans", "中介门店评价"): _lines("""
        ★★★★☆ 自如南山科技园店：退租验房流程挺规范，押金7个工作日就退回来了，就是保洁费扣了150元感觉有点多，整体还算满意。
        ★☆☆☆☆ 某公寓品牌深圳宝安店：合同写明押一付三，退租时以墙面有钉孔为由扣了整月押金，客服热线400-820-1234打了三天都没人接。
        ★★★★★ 链家北京望京西园店，帮我做房东托管一年多，租客换了两次都没空置，每月10号准时打款，服务费是月租的8%，推荐。
        ★★☆☆☆ 平台上约的开锁换锁服务，房东换锁要出示房产证和身份证原件核验，上门费80元，开锁加换锁芯一共收了380元，比报价高不少。
        ★★★★☆ 贝壳找房的租赁合同电子签很方便，合同编号自动生成，网签备案也一起办了，省了去住建局窗口排队跑一趟的时间，推荐给第一次出租的小房东。
        ★★★☆☆ 上海某律师事务所的租赁纠纷法律咨询，收费500元/小时，律师讲得很清楚，但建议直接走诉讼，对小房东来说成本有点高。
        ★★★★★ 杭州西湖区人民法院诉前调解中心，欠租案件调解效率很高，两周就达成调解协议，不用交诉讼费，值得其他遇到欠租问题的房东参考。
        ★☆☆☆☆ 某家政公司的退租深度保洁，120平报价680元，结果厨房油烟机根本没洗，投诉后只退了100元，订单号JZ20261103-5521，差评。
        ★★★★☆ 广州越秀区叫的“啄木鸟家庭维修”，热水器故障上门很快，检测费30元，换温控器总共收了210元，还能开电子发票。
        ★★★☆☆ 自如“收房托管”模式下租金比自己出租低15%左右，但是省心，空置期由平台承担，合同三年起签，适合没空管房的房东。
        ★★★★★ 上海住房租赁公共服务平台查房源核验码很方便，输入合同编号就能看到备案状态，有问题可以打市民热线12345咨询。
        ★★☆☆☆ 成都某中介门店，签约时说好中介费半个月，结果收了一个月，发票抬头是成都安居房产经纪有限公司，已经向12315投诉。
        ★★★★☆ 万科物业对出租户管理比较严格，新租客入住要登记，门禁卡需要业主在App上授权，客服电话4008-515-515响应很快。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        My tenant Marcus Lim Wei Jie stopped paying in August and now owes S$7,200 for my Bedok North flat; he told me he was retrenched and is seeing a psychiatrist for depression.
        Tenant details for the SCT form: Name: Priya d/o Ramasamy, NRIC S8834172D, mobile 9183 4627, email priya.ramasamy88@gmail.com, unit at Blk 412 Hougang Ave 10 #08-1173.
        Sorry to ask again, Mrs Ong who rents my Toa Payoh unit says her son was arrested for drug offences and she can't pay December rent until his bail is sorted out.
        Deposit refund transfer: DBS Savings 027-918364-5, account holder Kelvin Teo Boon Kiat, amount S$2,850 after deducting the broken wardrobe door.
        FIN G5519038R, passport P7194283B - that is the subtenant my tenant moved in without asking me, a nurse called Joy Dela Cruz, I only found out from the neighbour.
        The tenant's WhatsApp is +65 8724 3091, he blocked me right after I asked about the water leak in the master bathroom.
        My Hong Kong tenant Chan Ka Yan (HKID K472913(7)) is three months behind; she says she is going through a divorce and her ex-husband used to pay the rent.
        House at 18 Jalan Kemuning 3, Taman Bukit Indah, Johor Bahru: tenant Ahmad Faizal bin Rosli owes RM4,500 and his car, plate JRT 8823, is still in the porch.
        The tenant's pregnant wife, Sarah Ng, called me crying, her husband lost his job at the shipyard and the baby is due in February, should I waive the late fee?
        Row from my rent ledger: 2026-11-01, Daniel Koh, 9452 1188, S$2,400, PAID LATE 19 days, note: salary delayed, works night shift at a Changi warehouse
        Photo IMG_4471.jpg shows the ramp Wong Siew Mei installed without consent; she uses a wheelchair since her stroke, so I'm not sure I can make her remove it.
    """),
    "zh-Hans": _lines("""
        租客王建军，身份证号440304198706123513，电话13922874615，欠了我三个月房租共1.65万元，微信一直不回，人也找不到。
        我那套在杭州拱墅区的房子，租客刘女士说她得了乳腺癌正在化疗，这个月房租想缓一缓，我该怎么处理比较合适？
        房客张晓东的银行卡号是6222 0215 0301 8847 266，开户行工商银行深圳福田支行，押金4800元退到这张卡就行。
        二房东李海波未经我同意把房子隔成5间转租，住了十几个人，他电话186 2039 7741，我现在联系不上他本人。
        租客陈女士的老公上个月因为赌博被拘留了，她说家里的钱都被他输光了，房租一直拖着，我是不是该让她搬走？
        押金收据：今收到周雨桐（身份证310115199203074821）租赁押金人民币叁仟元整，收款人：房东黄先生，2026年3月1日。
        就一个车牌：粤B·7K2M9，是租客的车，退租后一直占着我家楼下的车位，物业说要我提供车主信息才能处理。
        租客邮箱 yangfan_1991@163.com，我发了催缴函他说没收到，我能不能把发送记录截图当证据交给法院？
        我的房子被租客孙浩搞成了群租，邻居投诉，派出所的人说孙浩之前有盗窃前科，我现在很害怕，要怎么解约？
        起诉状草稿：原告赵立国，男，1965年4月出生，住成都市武侯区玉林南路18号3栋2单元601室；被告何静，身份证510107198009152278，欠租及违约金合计23,400元。
    """),
    "zh-Hant": _lines("""
        租客陳嘉欣（HKID Y608214(7)）話佢做完手術要休養兩個月，冇收入，問我可唔可以用按金抵埋最後兩個月租。
        梁太你好，我係大角咀福全街嗰層樓嘅租客，電話6123 4578，廁所天花滲水已經一個禮拜，麻煩盡快安排師傅上嚟維修。
        台北租客林志豪，身分證字號A128394702，手機0912-345-678，已經兩個月沒付租金共4萬6千元，我想先寄存證信函。
        我在台中的房客吳小姐說她懷孕了，男朋友也不見了，想提前解約回高雄老家，押金能不能全部退給她？
        存證信函收件人：黃俊傑，地址：新北市板橋區文化路二段182巷7號4樓，事由：催告給付積欠租金新臺幣69,000元。
        澳門租客何志明，澳門居民身份證5215309(3)，欠租澳門幣12,000，佢話喺賭場輸晒錢，而家連人都搵唔到。
        轉數快FPS識別碼 168 472 93，戶口名稱 CHEUNG WAI MAN，係租客退返嚟嘅第二期按金，麻煩幫我對下數。
        阿強（就係租我屯門嗰層樓嘅租客）成日飲醉酒打老婆，鄰居報咗警兩次，我想問可唔可以提早收返層樓？
        租客資料表：姓名 蔡佩君｜身分證 F226180350｜工作 新竹科學園區工程師｜月薪約9萬｜緊急聯絡人 母親 0937-228-104
        我爸爸鄭先生是房東，他最近失智症越來越嚴重，租客趁機兩年沒調租還把房子轉租給別人，我要怎麼替他處理？
    """),
    "ms": _lines("""
        Penyewa saya, Encik Mohd Hafiz bin Abdullah, No. KP 880512-14-5523, dah 4 bulan tak bayar sewa rumah teres di Kajang, jumlah RM5,200.
        Nombor telefon penyewa 012-718 4432, dia janji nak bayar hujung bulan tapi sekarang langsung tak angkat call saya.
        Kak Ros penyewa tingkat atas bagitahu dia baru disahkan kanser serviks dan tak mampu bayar sewa, saya kesian tapi saya pun ada pinjaman bank.
        Akaun Maybank 1140 2233 8871 atas nama Nurul Izzati binti Kamarudin, untuk pulangkan deposit RM1,800 lepas tolak kos cat dinding.
        Penyewa bilik saya, Siti Aminah, baru bercerai dan bekas suaminya datang mengamuk di rumah sewa malam tadi sampai jiran panggil polis.
        Kereta penyewa, Proton X50 nombor plat WXY 4512, ditinggalkan di tempat letak kereta kondo sejak dia pindah keluar, pengurusan suruh saya alihkan.
        Surat tuntutan: Kepada Encik Rajesh a/l Subramaniam, No. 23, Jalan SS 15/4C, Subang Jaya, Selangor, tunggakan sewa RM7,650 hendaklah dijelaskan dalam 14 hari.
        Emel penyewa haziq.rahman92@yahoo.com, saya dah hantar notis penamatan melalui emel tu, boleh guna sebagai bukti di mahkamah?
        Penyewa saya Pak Long Karim dah 70 tahun, ada sakit jantung, anak-anak dia tak ambil peduli, sekarang sewa tertunggak 3 bulan, apa patut saya buat?
        Borang daftar penyewa: Nama: Lee Mei Ling | MyKad 950823-10-6284 | Tel 016-330 9127 | Majikan: kilang elektronik di Bayan Lepas | Gaji: RM3,400
    """),
    "mixed": _lines("""
        Tenant 叫 Jason Tan Wei Ming, IC 900214-07-5531, 已经拖欠 rent 三个月了 total RM6,300, 我要去 Magistrate court file saman 要准备什么?
        房东你好, I'm the tenant at Blk 638 Jurong West St 61 #12-214, Rachel Lim here, 热水器坏了两个星期了 please fix ASAP.
        Aunty Lucy 的儿子 say she got dementia already, tak ingat nak bayar sewa, 怎么办, can I terminate the tenancy or not?
        Transfer deposit ke account CIMB 7012 4458 903, nama Goh Chee Keong, 谢谢 boss, sorry 迟了 pindah keluar.
        我个 tenant 阿Ben 说他被 company 裁员 lah, owe me S$3,900, can I deduct from his deposit or need to go SCT?
        租客 Mr Kumar's email kumar.s.velu@outlook.com, 他说 December rent 会迟, because his wife admitted to hospital for dialysis.
        Eviction notice draft: To 黄志伟 (NRIC S7712046G), you are required to vacate the premises by 31 Jan 2027 due to rent arrears of S$8,400.
        Subtenant 的 handphone 011-2345 6789, 我 tenant 偷偷 sublet 给他, 他说他每月付 RM700 给 tenant 不是给我.
        HK flat 租客 Mandy Cheung 欠我兩個月租 HK$32,000, 佢 Facebook 寫住 'bankrupt la', 係咪真係破咗產, 我仲可唔可以追?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a helpful assistant for small landlords in Singapore. Give general information, not legal advice.",
        ),
        (
            "user",
            "My tenant Benjamin Chua Kok Leong (NRIC T0267391B) has not paid rent since September for my condo unit at Pasir Ris. He owes S$9,600. Can I go to the Small Claims Tribunals?",
        ),
        (
            "assistant",
            "If the lease is 2 years or shorter and the claim is within S$20,000, the SCT can hear it. File through CJTS, attach the tenancy agreement, the rent ledger and your payment reminders. The tribunal can order payment but not eviction.",
        ),
        (
            "user",
            "He also said he is being treated for gambling addiction at IMH and begged me for more time. Does that change anything?",
        ),
        (
            "assistant",
            "It does not remove the debt, but you could offer an instalment plan in writing. If he misses it, the written plan is useful evidence at the SCT consultation.",
        ),
    ],
    [
        (
            "user",
            "租客失联两个月了，房租一个月3500，电话13807551942一直关机，东西还在屋里，我能直接换锁吗？",
        ),
        (
            "assistant",
            "不建议直接换锁或清理物品。可以先按合同约定的地址和联系方式发出书面催告，留存快递单号和发送记录；逾期不付，再依据《民法典》第七百二十二条通知解除合同。",
        ),
        ("user", "他叫钱伟，合同上写的身份证是440106199008232049，我已经发了微信和短信都没回。"),
        (
            "assistant",
            "可以把聊天记录截图、短信记录、转账记录整理好，向房屋所在地法院起诉，请求解除合同、支付欠租并腾退房屋。屋内物品建议在物业或社区见证下拍照清点，再按法院判决处理。",
        ),
    ],
    [
        (
            "system",
            "你是一個協助香港業主處理租務問題的助手，回答請用繁體中文及粵語口語。用戶資料：業主 麥志偉，電話 9278 3315。",
        ),
        (
            "user",
            "我租客話佢失業，三個月冇交租，總共欠我HK$45,000，我可唔可以去土地審裁處收返層樓？",
        ),
        (
            "assistant",
            "可以。租約有列明欠租可以收回物業嘅話，通常先發律師信或書面通知，之後向土地審裁處入紙申請收回處所同追討欠租。記得準備好已打釐印嘅租約同收租紀錄。",
        ),
        (
            "user",
            "租客叫李詠詩，HKID Z530218(9)，住咗喺我嗰個單位兩年。佢話佢阿媽入咗醫院，叫我畀多一個月。",
        ),
        (
            "assistant",
            "你可以考慮書面同意延期一個月，並寫明如果到期仍未清還，會即刻採取法律行動。咁樣可以保障你日後喺審裁處嘅立場。",
        ),
    ],
    [
        (
            "user",
            "Saya ada rumah sewa di Shah Alam. Penyewa dah tak bayar 5 bulan, jumlah RM6,500. Apa langkah pertama?",
        ),
        (
            "assistant",
            "Langkah pertama ialah menghantar notis tuntutan bertulis, biasanya melalui peguam, yang memberi tempoh tertentu untuk membayar. Jika tidak dibayar, tuntutan sewa boleh difailkan di Mahkamah Majistret dan perintah milikan diperoleh melalui mahkamah.",
        ),
        (
            "user",
            "Nama dia Zulkifli bin Hassan, MyKad 790301-10-5147, telefon 019-662 8130. Dia kata dia baru keluar penjara dan tengah cari kerja.",
        ),
        (
            "assistant",
            "Maklumat itu sesuai dimasukkan dalam notis dan borang saman. Jangan tukar kunci atau potong bekalan air sendiri kerana Akta Relief Spesifik 1950 memerlukan perintah mahkamah untuk mengusir penyewa.",
        ),
    ],
    [
        (
            "user",
            "我在 Cheras 有间 condo 租给一个 tenant, 结果他偷偷 sublet 给三个外劳, 合约写明 no subletting, 我可以 terminate 吗?",
        ),
        (
            "assistant",
            "如果合约明确禁止转租，这通常属于违约。你可以先发书面 notice 要求在指定期限内纠正，未纠正就按合约条款终止，并要求交还 vacant possession。",
        ),
        (
            "user",
            "Tenant 名字 Ong Kah Seng, IC 870915-14-6023, dia cakap subtenant tu kawan dia je. Boleh saya potong deposit?",
        ),
        (
            "assistant",
            "Deposit boleh ditolak untuk kerugian sebenar seperti kerosakan atau sewa tertunggak mengikut perjanjian. Simpan gambar, bil dan notis sebagai bukti sebelum memotong.",
        ),
        ("user", "OK thanks, 我先叫 lawyer 发 notice."),
    ],
    [
        (
            "system",
            "你是台灣房東的租屋法律小幫手。使用者資料：房東 許文彬，身分證 B155703129，出租物件位於台南市東區。",
        ),
        ("user", "房客退租後牆壁有很多釘孔跟壁癌，我可以從兩個月押金裡扣多少？"),
        (
            "assistant",
            "依《租賃住宅市場發展及管理條例》第7條，押金可扣抵承租人應負擔之債務。釘孔若超過正常使用範圍可請求回復原狀費用，但壁癌多與房屋結構或漏水有關，通常屬出租人責任。建議附上估價單再扣抵。",
        ),
        ("user", "房客是陳怡婷，她說她那時候在住院所以沒辦法處理，我要怎麼通知她？"),
        (
            "assistant",
            "可以寄存證信函到她提供的通訊地址，列明扣抵項目與金額，並附上照片與收據，剩餘押金在合理期間內退還。",
        ),
    ],
    [
        (
            "user",
            "I'm a Singapore tax resident and I rent out one room in my HDB flat. How is the rental income taxed?",
        ),
        (
            "assistant",
            "Rental income is added to your other income and taxed at your personal income tax rates. You may claim actual expenses or use the deemed expense of 15% of gross rent, plus mortgage interest if applicable.",
        ),
        (
            "user",
            "For reference, I'm Grace Loh Hui Min, NRIC S9021437C, my salary is about S$6,800 a month and the room rent is S$1,100. My husband and I are separating, so will my share change?",
        ),
        (
            "assistant",
            "Rental income is taxed according to each owner's share of ownership. If ownership changes after the separation, your share of the rent for tax purposes changes from that date; keep the documents that show the transfer date.",
        ),
    ],
    [
        (
            "user",
            "我在广州有套房子出租，租客肖美玲，电话15920037718，她说刚查出怀孕，老公又跑了，要求退租并全额退押金，合同还剩8个月。",
        ),
        (
            "assistant",
            "提前退租一般属于承租人违约，押金能否全退取决于合同约定的违约责任。出于人情，你可以和她协商，比如在找到新租客后退还押金，或者只扣一个月押金作为违约金。",
        ),
        ("user", "好的，那协商结果要不要写下来？"),
        (
            "assistant",
            "建议写一份解除租赁合同的补充协议，写明解除日期、押金退还金额和时间、水电燃气结算方式，双方签字并各执一份。",
        ),
    ],
    [
        ("system", "你是澳門業主的租務助理，請以繁體中文回答。"),
        (
            "user",
            "我喺氹仔有個單位租咗畀人，租客梁國華（澳門身份證1308467(2)）欠咗四個月租，總共澳門幣32,000，佢話佢喺賭場做荷官俾人炒咗。",
        ),
        (
            "assistant",
            "澳門嘅租賃爭議可以向租務仲裁中心申請，亦可以入稟初級法院。先準備好經公證認定簽名嘅租約、收租紀錄同書面催告，再決定行邊條路。",
        ),
        ("user", "租約當時冇做公證認定簽名，咁係咪無效？"),
        (
            "assistant",
            "根據第13/2017號法律，合同欠缺公證認定簽名可能影響效力，但法律亦有過渡及補救安排。建議盡快向律師或法務局查詢你嘅情況。",
        ),
    ],
    [
        (
            "user",
            "Hong Kong landlord here. My tenant moved out and the oven is ruined and there are cigarette burns on the sofa. Can I keep the deposit?",
        ),
        (
            "assistant",
            "You can deduct reasonable repair or replacement costs for damage beyond fair wear and tear, supported by photos and quotes. Tell the tenant in writing what you deduct and return the balance.",
        ),
        (
            "user",
            "Her name is Tiffany Yeung, email tiffyeung.hk@gmail.com, mobile 6938 2207. She's disputing everything and says she'll sue me at the Small Claims Tribunal.",
        ),
        (
            "assistant",
            "Then send her an itemised list with the check-in inventory, check-out photos and quotes. If she files at the Small Claims Tribunal, you can produce the same evidence there.",
        ),
    ],
    [
        (
            "user",
            "Saya sewakan dua unit apartmen di Seremban. Macam mana nak isytihar pendapatan sewa dalam Borang BE?",
        ),
        (
            "assistant",
            "Pendapatan sewa dilaporkan sebagai pendapatan daripada harta di bawah Seksyen 4(d). Tolak perbelanjaan yang dibenarkan seperti cukai pintu, cukai tanah, insurans dan pembaikan, kemudian masukkan pendapatan bersih dalam borang.",
        ),
        (
            "user",
            "Nama saya Norhayati binti Salleh, MyKad 681104-05-5318, no. cukai SG 10294857030. Tahun ni sewa terima RM26,400 tapi seorang penyewa lari tak bayar RM3,000.",
        ),
        (
            "assistant",
            "Sewa yang tidak diterima secara amnya tidak dikira sebagai pendapatan jika ia benar-benar tidak dapat dikutip. Simpan bukti tuntutan dan notis yang dihantar sekiranya LHDN meminta penjelasan.",
        ),
    ],
    [
        ("user", "我租 HDB 给一个 family, 后来发现他们把 one room 再租给别人, 这样 HDB 会罚我吗?"),
        (
            "assistant",
            "HDB requires owners to get approval for renting out the flat and the maximum number of occupants applies. If your tenant sublets without approval, the owner can still be held responsible, so act quickly and keep records.",
        ),
        (
            "user",
            "The main tenant is Mdm Siti Rahmah, 她的 number 8123 6604, the subtenant is her cousin. 我要怎样 inform HDB?",
        ),
        (
            "assistant",
            "You can report through the HDB e-service or contact the HDB branch. Give the flat details, the tenancy dates and what you found; also issue a written notice to the tenant under the no-subletting clause.",
        ),
    ],
    [
        ("system", "你是一位帮助中国大陆小房东处理租赁纠纷的助手。"),
        ("user", "二房东欠我半年房租，自己又收着十几个租客的钱，我想解约收房，要怎么写通知？"),
        (
            "assistant",
            "可以写一份《解除租赁合同通知书》，写明合同编号、欠租金额、催告记录和解除日期，通过EMS寄送到合同约定地址并保留回执。",
        ),
        ("user", "帮我写一下开头，二房东叫邓国峰，身份证510122197511303317，欠租合计6万3千元。"),
        (
            "assistant",
            "邓国峰先生：您于2025年6月与本人签订的房屋租赁合同，已连续六个月未支付租金，合计人民币63,000元。本人依据《民法典》第七百二十二条，通知您自本通知送达之日起十五日内付清，逾期合同解除。",
        ),
    ],
    [
        (
            "user",
            "I own a terrace house in Klang. My tenant Mr Lim Boon Huat left last month without notice, owes RM3,900 and left his old Perodua Myvi, plate BKM 2716, in the driveway. What can I do with the car?",
        ),
        (
            "assistant",
            "Do not sell or scrap the car yourself. Send a written notice to his last known address and e-mail asking him to remove it by a fixed date. If he doesn't respond, get legal advice on applying to court, and lodge a police report that the vehicle was abandoned.",
        ),
        (
            "user",
            "Also his ex-wife called saying he has a lot of debts with ah long and is hiding. Should I be worried about my own safety?",
        ),
        (
            "assistant",
            "If debt collectors come to your property or threaten you, make a police report straight away. Keep all communication in writing and avoid meeting them alone.",
        ),
    ],
]
