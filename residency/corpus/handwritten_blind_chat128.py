# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat128: chats with an assistant about one's own moneylender or pawnshop loans and scams (licensed moneylender letters, pawn tickets, harassment by debt collectors). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat128
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "moneylender_registry_notice"): _lines("""
        Registry of Moneylenders, Ministry of Law: licensed moneylenders may charge a maximum interest rate of 4% per month, regardless of the borrower's income.
        Licensed moneylenders are NOT allowed to advertise via SMS, WhatsApp, flyers or social media. Report unsolicited loan messages to the police at 1800-255-0000.
        If in doubt, call the ScamShield Helpline at 1799 or check the list of licensed moneylenders on the MinLaw website before you sign any contract.
        Late interest is capped at 4% per month for each month the amount is late, and the late fee cannot exceed S$60 for each month of late repayment.
        Total charges (interest, late interest and all fees) are capped at an amount equal to the principal of the loan, as set out in the Moneylenders Rules.
        Lucky Star Credit Pte Ltd (UEN 201712345K), Licence No. 52/2025, 10 Anson Road #12-08 International Plaza, Singapore 079903. Open Mon-Sat 10am-7pm.
        Kim Seng Credit is a licensed moneylender; our staff will never ask you to transfer an 'admin fee' before disbursement. Office hotline 6221 8830.
        Reminder: a licensed moneylender must give you a copy of the note of contract and explain every term to you in a language you understand before you sign.
        Statements of account are issued monthly. Borrowers may request a free copy at the counter; bring your identity card so our staff can verify it is you.
        Tan Brothers Credit Pte Ltd, Blk 201 Toa Payoh North #01-1121 (ground floor shop, next to the bakery), Singapore 310201. WhatsApp enquiries 8011 2020.
        Pawnbrokers in Singapore are licensed under the Pawnbrokers Act 2015; the maximum interest rate is 1.5% per month and the redemption period is 6 months.
        Compare the pawn ticket interest rate shown at the counter of ValueMax, MaxiCash or Cash Converters outlets before you pledge your gold jewellery.
        Do not hand over your Singpass, bank token or ATM card to anyone offering a loan. Licensed moneylenders will never hold on to your personal documents.
    """),
    ("en", "loan_system_logs"): _lines("""
        2026-03-14T09:21:07+08:00 INFO loan-svc disburse loan_id=LN-2026-004902 amount=SGD 3000.00 status=APPROVED branch=AMK-02 latency_ms=184
        2026-03-14T09:22:45+08:00 WARN sms-gw rate_limit_exceeded template=REPAY_REMINDER_V3 queue_depth=1182 retry_in=30s
        config: max_monthly_interest_pct: 4.0 / late_fee_cap_sgd: 60 / admin_fee_pct: 10 / total_cost_cap_ratio: 1.0  # per Moneylenders Rules
        pawn_ticket schema: ticket_no CHAR(10), pledge_date DATE, item_desc TEXT, karat SMALLINT, weight_g NUMERIC(6,2), loan_amt NUMERIC(10,2), expiry DATE
        INSERT INTO rates (branch_code, gold_916_per_g, gold_999_per_g, effective_at) VALUES ('KL-CHOW-01', 318.50, 345.20, '2026-05-02 10:00');
        ERROR payment-recon mismatch txn_ref=PN20260502-88341 expected=1245.60 received=1245.00 channel=DuitNow QR merchant_id=MY-PAWN-00731
        release v2.8.3 (2026-06-01): fix rounding of daily interest on partial redemption; bump pdfgen to 4.1.0; sha256 9f2c1e7a4b0d83e6c5a1f7b2d9e04c63
        ticket_no,branch,pledge_date,item_category,gross_weight_g,purity,appraised_value,loan_amount,interest_rate_pm,status
        2026-06-11 18:02:33 INFO scheduler job=expire_unredeemed_pledges tickets_processed=214 forfeited=37 extended=12 duration=4.2s
        feature_flag anti_harassment_filter=true; blocked_phrases=['pay or else','we know where you live','O$P$']; locale=en-SG; max_calls_per_day=2
        GET /api/v1/branches?city=Kuala%20Lumpur 200 OK 37ms resp_size=4.1KB user_agent=PawnPOS/5.2.1 (Android 14)
        Invoice INV-2026-0712 from Aurum Refinery Sdn Bhd: melting of 2.35 kg scrap gold 916, assay fee RM 420.00, payment due 2026-07-30.
        cron: 0 9 * * 1-6 /opt/lender/bin/send_reminders --template=DUE_IN_3_DAYS --quiet-hours=21:00-09:00 --max-per-day=2
    """),
    ("zh-Hans", "反诈宣传"): _lines("""
        【国家反诈中心提醒】凡是自称“无抵押、无征信、秒到账”的网贷，要求先交保证金、解冻费、刷流水的，都是诈骗！如遇可疑情况请拨打96110咨询。
        正规持牌网络小贷公司放款前不会收取任何费用。下载“国家反诈中心”App，可开启来电预警、短信预警和涉诈网址识别功能，守护好您的钱袋子。
        最高人民法院关于审理民间借贷案件的司法解释规定，借贷双方约定的利率超过合同成立时一年期贷款市场报价利率四倍的，超过部分不予支持。
        暴力催收、软暴力催收均属违法行为，包括频繁电话骚扰、向通讯录联系人群发信息、PS侮辱图片等，遭遇时请保留证据并及时拨打110报警。
        《典当管理办法》规定：典当期限由双方约定，最长不得超过6个月；绝当物估价金额在3万元以上的，应当按照相关规定依法拍卖，不得私自处置。
        某市公安局反诈中心通报：今年以来共破获“注销校园贷”类诈骗案件312起，骗子冒充平台客服，以“影响征信”为由诱导受害人转账。
        本典当行营业执照统一社会信用代码91310101MA1FP8XX2K，典当经营许可证编号31001234，地址：上海市黄浦区河南中路88号一楼。
        反诈小课堂：遇到“贷款需先交会员费”“银行卡号填错需解冻”“需购买保险才能放款”的说法，一律挂断，不转账、不透露验证码。
        央视《今日说法》曾报道多起“套路贷”案件，犯罪团伙通过虚增债务、制造银行流水痕迹、恶意垒高借款金额等手段非法占有他人财物。
        《中华人民共和国反电信网络诈骗法》自2022年12月1日起施行，明确了电信业务经营者、银行业金融机构和互联网服务提供者的反诈义务。
        鲁迅在《呐喊·自序》中回忆，少年时“有四年多，曾经常常，——几乎是每天，出入于质铺和药店里”，这是当铺在近代文学中的著名片段。
        典当行营业时间：周一至周日 9:00-17:30；黄金类当物月综合费率2.7%，民品类月综合费率4.2%，当期5天起，续当请携带当票原件到柜台办理。
        某催收行业自律公约规定：催收人员不得冒充公检法、不得在晚上22点至次日8点之间拨打电话、不得向债务人以外的第三方透露债务信息。
    """),
    ("zh-Hant", "當舖告示及價目"): _lines("""
        本押依照《當押商條例》（第166章）領有牌照，月息不超過3.5%，當期為四個農曆月，逾期未贖之物品將按條例處理，敬請留意當票背面條款。
        今日金價（港幣／兩）：999.9飾金 買入 $27,850 賣出 $30,120；足金首飾回收按重量計，另收鑑定費$50，歡迎來電2388 1123查詢。
        放債人牌照號碼：1234/2025，公司註冊編號 3012345，地址：九龍旺角彌敦道688號旺角中心一期15樓1502室，辦公時間上午十時至晚上七時。
        《放債人條例》（第163章）經修訂後，實際年利率超過48%即屬違法；借款前請向公司索取書面貸款協議，並細閱還款時間表及所有收費。
        警方反詐騙協調中心提醒：如收到自稱「財務公司」要求先繳「手續費」「保證金」的訊息，請即致電「防騙易」熱線18222查詢。
        澳門司法警察局提醒：博彩場所附近有人以「即借即還」名義放貴利，非法借貸可涉刑事罪行，舉報熱線993，反詐騙查詢熱線8800 7777。
        結業通告：本店營業至2026年8月31日止，持有效當票之客戶請於期限前到店贖回或續當，詳情請致電店舖熱線2545 6630，多謝各位街坊多年支持。
        大押的「押」字招牌配以倒掛蝙蝠造型，寓意「福到眼前」；灣仔莊士敦道的和昌大押建於1888年，現已活化為餐廳，是香港一級歷史建築。
        價目參考：勞力士蠔式恒動 估值約 HK$28,000-35,000；Cartier Love 手鐲 HK$18,000 起；iPhone 16 Pro 256GB 可押 HK$4,500，須附盒及單據。
        當票遺失補領手續：申請人須親臨本店填寫遺失聲明書，並繳交行政費港幣$100，七個工作天後方可處理贖回，期間他人持票不得取贖。
        公司WhatsApp客服 6123 4500 只回覆貸款查詢，本公司職員絕不會以私人手機號碼追收欠款，如遇恐嚇、淋紅油等情況請立即報警。
        電郵查詢：enquiry@goldenharbourcredit.com.hk；如需投訴，可致電消費者委員會投訴熱線2929 2222，或向警方商業罪案調查科舉報。
        香港早於十九世紀已立例規管押業，戰後押店遍佈港九新界，舊式押店櫃枱特別高，據說是為了讓典當者免被街外人看見，保留幾分面子。
    """),
    ("zh-Hant", "台灣當舖業法規"): _lines("""
        依《當舖業法》規定，當舖業收取之利息以月息計算，年率不得超過百分之三十，除利息及倉棧費外，不得以任何名目向當戶收取其他費用。
        本舖許可證字號 北市當字第0321號，營業地址：臺北市萬華區西園路一段150號，服務專線 (02)2308-5566，營業時間上午九點至晚上十點。
        內政部警政署165反詐騙諮詢專線提醒：假借款真詐財手法頻傳，歹徒常要求先匯保證金或寄出存摺、提款卡，千萬不要上當受騙，有疑問請撥165查證。
        流當品拍賣會公告：本舖將於115年3月21日（六）上午10時舉辦流當品特賣，品項含金飾、名錶、精品包及機車，現場恕不議價。
        當票應載明當舖名稱、地址、許可證字號、當物名稱及數量、估價金額、當金、利率、滿當期限及持票人應注意事項等內容，請當戶收執時逐項核對。
        滿當期限不得少於三個月，期滿後五日內仍可取贖或辦理順延；逾期未取贖者，當物所有權即歸當舖所有，請務必留意當票上記載的日期。
        汽機車借款專案：憑行照正本及車輛即可估價，月息1.5%起，本店合法立案，新北市政府核發之許可證照可於門市櫃台查驗，歡迎來電預約估價。
        金融監督管理委員會提醒：地下錢莊常以「免聯徵、免保人、當日撥款」招攬，並以「砍頭息」「日日還」方式收取高額利息，民眾切勿輕信。
        刑法重利罪：乘他人急迫、輕率、無經驗或難以求助之處境，貸以金錢或其他物品，而取得與原本顯不相當之重利者，可處三年以下有期徒刑。
        清代臺灣的當舖多稱「典舖」或「質舖」，日治時期以質屋相關規則加以管理，戰後改依當舖業管理規則，直到《當舖業法》公布施行。
        Google 評論 4.6 顆星：門市在捷運龍山寺站2號出口附近，估價流程透明，電話先問價格也很清楚，營業到晚上十點，停車稍微不方便。
        當舖業管理資訊系統公告：系統將於 2026/04/12 02:00-06:00 進行維護，期間暫停線上申報當物資料，造成不便敬請見諒。
        常見問題：當票遺失怎麼辦？請攜帶身分證件至原當舖辦理掛失，經核對無誤後可補發新當票，掛失期間他人持舊票不得取贖，敬請配合。
    """),
    ("ms", "soalan_lazim_ar_rahnu"): _lines("""
        Ar-Rahnu ialah skim pajak gadai Islam berdasarkan konsep qard, rahn dan wadiah; upah simpan dikira berdasarkan nilai marhun, bukan jumlah pinjaman.
        Pinjaman pajak gadai konvensional dikawal di bawah Akta Pemegang Pajak Gadai 1972, dengan kadar keuntungan maksimum 2% sebulan atas pinjaman.
        Berapa lama tempoh gadaian? Tempoh biasa ialah 6 bulan dan boleh dilanjutkan sekali lagi selama 6 bulan dengan menjelaskan upah simpan terkumpul.
        Pemberi pinjam wang berlesen di bawah Akta Pemberi Pinjam Wang 1951 hanya boleh mengenakan faedah maksimum 12% setahun bercagar dan 18% setahun tanpa cagaran.
        Semak senarai pemberi pinjam wang berlesen di portal KPKT sebelum tandatangan perjanjian. Laporkan Ah Long kepada KPKT atau hubungi polis di talian 999.
        Ar-Rahnu X'change, Lot 12, Jalan Tuanku Abdul Rahman, 50100 Kuala Lumpur. Waktu operasi: Isnin-Sabtu 9.00 pagi-5.00 petang. Tel: 03-2691 4455.
        Jika anda ditipu melalui pindahan wang dalam talian, hubungi Pusat Respons Scam Kebangsaan (NSRC) di talian 997 secepat mungkin untuk sekat transaksi.
        Kadar harga emas hari ini (916): RM 425.00 segram untuk margin pembiayaan 75%; emas 999 RM 458.00 segram. Harga boleh berubah tanpa notis.
        Dokumen diperlukan: kad pengenalan asal pemilik barang kemas; gadaian atas nama orang lain tidak dibenarkan kecuali dengan surat kuasa yang sah.
        Kedai Pajak Gadai Kim Leong Sdn Bhd (No. Syarikat 198801012345), lesen KPKT PG/2025/0088, No. 28, Jalan Pasar, 41400 Klang, Selangor.
        Notis lelong: barang gadaian yang tidak ditebus selepas tempoh matang akan dilelong secara terbuka pada 15 Ogos 2026, jam 10 pagi, di cawangan Ipoh.
        Bolehkah pemberi pinjam wang datang kutip hutang di rumah? Pemberi pinjam wang berlesen dilarang mengugut, menggunakan kekerasan atau memalukan peminjam.
        Penipuan pinjaman segera: sindiket minta 'yuran guaman' atau 'duti setem' dahulu melalui WhatsApp ke akaun peribadi. Pinjaman sah tidak begitu caranya.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning all, today gold 916 buy-in rate naik jadi RM 428/g, pls update the board before 10am ya. Counter 3 printer rosak, call vendor dulu.
        收银台今天现金不够，下午两点前请 HQ 把 RM 20k float 送过来，记得 dual custody，两个人签名 ok?
        Reminder 各位: MinLaw inspection next Tuesday, all note of contract files from Q3 must be scanned and uploaded to the shared drive by Friday.
        Ticket PT-88120 to PT-88175 all expiring this week, tolong print reminder letter and post out today, don't WhatsApp from personal phone ah.
        Eh the new SOP says cannot call customers after 9pm or before 8am, system will block already, jangan cuba manual dial from 公司座机 also.
        POS update v5.2.1 已经 push 了, kalau screen hang just restart tablet, don't reinstall. IT hotline ext 2041, 9am-6pm only.
        今天有个 walk-in 说收到用我们公司名义发的 SMS offering loan，其实是 scam，已经 screenshot 报给 ScamShield 了，大家 FYI.
        Branch Bukit Bintang closing early 4pm today sebab ada road closure for marathon, pls put notice kat pintu and update Google Maps hours.
        Monthly KPI: redemption rate 82%, forfeiture 6%, new pledges 1,340 tickets, gold weight total 18.6kg. Good job team, 继续加油!
        Safe key #2 已经交给 area manager, tomorrow nobody boleh buka safe before 10am, tunggu area manager sampai dulu ok.
        Anyone knows whether 9K gold boleh terima? HQ says only 14K and above, 9K reject politely and recommend customer go to refinery.
        Training Sat 9am at HQ level 5: topic 'spotting fake Rolex & 电镀金', lunch provided, pls confirm attendance in this group by Thursday.
        Licence renewal form dah submit to KPKT, resit no. KPKT/2026/R/004512, keep one copy in the blue file ya, 别弄丢.
    """),
    ("zh-Hans", "典当行点评"): _lines("""
        ★★★★★ 这家典当行在南京西路地铁站附近，黄金按当天金价估价，月费率写得清清楚楚，没有乱收鉴定费，续当手续十分钟就搞定了。
        ★★☆☆☆ 前台态度一般，说好当天放款结果拖到第二天，不过利息确实是按合同算的，没有额外收费，扣三星给服务，希望门店以后改进。
        大众点评 4.3分｜宝瑞典当（徐汇店）营业时间09:00-17:30，地址：上海市徐汇区漕溪北路398号2楼，地铁1号线徐家汇站步行5分钟。
        评价：当了一块浪琴名匠，估值比二手表店高一点，当期一个月，赎回时表完好无损，盒子和保卡都保存得很好，推荐给急用钱的朋友。
        避雷！！！所谓“零利息借款”的APP其实是砍头息，借5000到手3500，七天要还5000，已经在黑猫投诉上提交了，大家千万别再下载。
        小红书笔记：打卡上海老字号典当行，店里还挂着“当”字旧招牌，讲解员介绍说典当业最早可追溯到南北朝时期寺庙经营的质库，很有意思。
        商家回复：感谢您的反馈，关于鉴定时间较长的问题，我们已增加一名鉴定师，客服热线400-820-6688，工作日9:00-18:00欢迎来电。
        东莞某典当行车辆质押业务体验：车停在他们的监管停车场，按月收综合费率，手续正规，墙上挂着商务部颁发的典当经营许可证，放心。
        店铺信息｜统一社会信用代码 91440300MA5G12AB3X｜深圳市福田区深南中路3018号｜业务：房产抵押、民品典当、黄金回收、名表寄卖
        ★★★★☆ 奢侈品包包估价挺专业的，LV Neverfull 中号估了6800，比网上回收平台高，唯一缺点是周末不营业，上班族不太方便。
        网友提问：典当行可以当手机吗？商家回复：iPhone 15 以上、华为 Mate 60 系列可以，需提供购机发票，无发票机器暂不收当。
        本店已入驻美团，线上预约估价可享首月综合费率8折优惠，活动时间2026年5月1日至5月31日，名额有限，最终解释权归本店所有。
        差评：打电话问利息，客服一直绕弯子不肯直说，最后才承认每月还要收2%的服务费，和门口公示的不一样，已向当地商务局投诉，等待处理结果。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        My name is Darren Koh Wei Liang, NRIC S8812345Z. I borrowed $5,000 from a licensed moneylender in Geylang and now owe $7,400 after late fees.
        Loan sharks spray-painted O$P$ on my door at Blk 415 Bedok North Ave 2 #09-233, Singapore 460415. My mum has heart problems and is terrified.
        Pawn ticket no. VM-2026-118204, pledgor: Priya d/o Ramasamy, 22k gold bangle 28.4g, loan S$1,650, expires 14 Sep 2026.
        Can you help me write to the collector? They keep calling my wife Shirley at 9123 4876 even though the loan is under my name only.
        I'm Farid bin Osman, 41, retrenched from my driver job in March. I owe three moneylenders a total of $18,600 and I'm thinking of bankruptcy.
        Please check this: my account DBS 027-843516-2 received $2,000 from a lender I never applied to, and now they demand $3,500 back by Friday.
        My brother Kelvin Tan has gambling debts with an unlicensed lender in Johor and they sent a photo of his IC and our home address to the family chat.
        ID on contract: G5123478U, Nguyen Thi Hoa, Vietnamese, work permit holder, cleaner at a condo in Tampines, monthly salary S$1,100.
        Borrower: Marcus Lim Jun Hao | DOB 03/11/1990 | HP 8765 2301 | email marcus.ljh90@gmail.com | Employer: logistics firm | Loan: $3,000 @ 4% p.m.
        The collector said he knows my daughter is in Primary 4 at a school in Yishun and will 'visit' her there. I'm Alvin, and the loan is only $800.
        Scammer got my OTP; they moved $6,200 out of my OCBC account 601-234567-001 and used my Singpass to apply for two loans in my name.
        Hi, Mrs Lakshmi Nair here, 67. I pawned my late husband's watch at Ang Mo Kio last year and ticket VM-2025-090311 expired while I was in hospital.
    """),
    "zh-Hans": _lines("""
        我叫王建国，身份证号440306198705232833，去年在网贷平台借了2万，现在每天有人打我电话骂人，还威胁要去我单位闹。
        催收的把我P成遗照发到我们小区业主群了，我住杭州市西湖区文三路某小区3幢2单元601，我老婆怀孕七个月，吓得整晚睡不着。
        手机号13812457790，这个号码半年来收到几百条催收短信，可我从来没借过钱，是不是前任机主欠的？
        借款人：李秀梅，女，1991年2月生，电话15967231408，借款金额8000元，逾期45天，紧急联系人：母亲张桂兰，138 0571 2264。
        我爸刘德顺今年72岁，老年痴呆早期，被人骗去典当行把房产证押了，借了30万，现在典当行说要拍卖房子。
        当票号：沪典2026-003417，当户：陈志强，身份证320582199102140619，当物：足金项链45.6克，当金12000元，当期一个月。
        小周，我是你表姐，上次帮你还的网贷1.2万你说发了工资就还，现在拖了半年了，你再不还我就跟你妈说了。
        我的支付宝账号 zhanghuilan1988@163.com 被人冒用借了花呗和借呗，一共欠了3.6万，征信已经花了，我该怎么办？
        我的工商银行卡6222 0212 3456 7890 123被冻结了，说是收到了一笔涉诈资金，其实是网贷平台强行打来的“借款”，怎么解冻？
        黄海涛 男 35岁 厦门 外卖骑手 月收入6500 负债：某网贷3.2万、信用卡4.8万、亲戚借款2万，离婚后一个人带孩子。
    """),
    "zh-Hant": _lines("""
        我叫陳嘉欣，HKID K582913(5)，喺旺角財務公司借咗五萬，而家每月還款要成半人工，可唔可以申請IVA？
        收數佬成日嚟我屋企淋紅油，地址係觀塘秀茂坪秀明樓18樓1806室，我阿媽有高血壓，真係好驚。
        當票號碼：押字第20260413號，當戶：黃志偉，身份證Y203845(3)，當物：勞力士手錶一隻，押款港幣一萬八千元。
        林太你好，你個仔阿俊喺我哋度借咗三萬冇還，佢留低嘅緊急聯絡人係你，請盡快聯絡我哋。
        我的身分證字號F228345019，被詐騙集團拿去辦了兩張門號和一筆信貸，現在銀行說我欠了新台幣二十五萬。
        借款人張雅婷，手機0912-345-678，住新北市板橋區文化路二段182巷7號4樓，機車車牌MKR-2271押在當舖。
        我老公吳明哲欠地下錢莊本金十萬，利息滾到四十萬，對方傳了我們女兒學校的照片過來，我想聲請保護令。
        澳門身份證號5182034(6)係我嘅，我喺賭場附近借咗疊碼仔二十萬，而家佢哋扣住我嘅回鄉證唔還。
        我係李伯，今年七十幾歲，上個月喺深水埗押咗老伴留低嗰對金鐲，當票唔見咗，仲有冇得贖返？
        帳戶資料：中國信託 822-1234-5678-9012，戶名 蔡宗翰，這是我的薪轉帳戶，錢莊要求我交出存摺和提款卡。
    """),
    "ms": _lines("""
        Saya Nurul Aisyah binti Rahman, No. KP 900812-14-5578. Saya pinjam RM3,000 daripada Ah Long dan sekarang mereka minta RM9,000.
        Tiket pajak gadai Ar-Rahnu No. AR-KL-2026-07731, nama pemajak: Siti Hajar binti Yusof, gelang emas 916 seberat 20.3g, pembiayaan RM6,100.
        Along tu datang rumah saya di No. 14, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam, simbah cat merah dan tampal gambar muka saya.
        Abang saya Hafiz kena tahan polis minggu lepas sebab jadi runner untuk sindiket pinjaman haram, mak saya jatuh sakit lepas dengar berita tu.
        Nombor telefon saya 012-687 3391 dah tersebar dalam group WhatsApp 'Senarai Penghutang', siapa yang boleh tolong padam?
        Akaun Maybank saya 1140 3322 8871 dibekukan sebab terima duit RM1,500 dari syarikat pinjaman yang saya tak pernah mohon.
        Pak Cik Ramli, 63 tahun, pesara, ada kencing manis, gadai rantai arwah isteri RM2,800 untuk bayar ubat dan sekarang tak mampu tebus.
        Borang pinjaman: Nama: Tan Mei Ling, KP 880224-08-6614, Alamat: 56 Lorong Kenari 2, 14000 Bukit Mertajam, Gaji: RM3,200, Majikan: kilang elektronik.
        Kereta Myvi saya nombor plat WVA 4721 kena tarik oleh orang yang mengaku wakil syarikat pinjaman, padahal saya cuma lewat bayar sebulan.
    """),
    "mixed": _lines("""
        Hi, 我是 Jessica Wong, my HP 9682 1457, 上个月跟 licensed moneylender 借了 $4k, now they say I must pay admin fee again, is that legal?
        Aku punya IC 950617-07-5231, semalam ada orang WhatsApp cakap aku dah approved loan RM10k, just need to bayar RM500 processing fee dulu.
        我老公 Ah Seng 欠 Ah Long RM50k, they came to our house in Taman Connaught, Cheras last night and 撞烂了 car windscreen, sangat takut.
        Borrower Lim Kah Hoe (S9034512E) tel 8133 0962, address Blk 22 Jalan Bukit Merah #05-118, loan LN-2026-004817 overdue 21 days 请跟进.
        My mum 阿芬 pawned her jade bangle at ValueMax Toa Payoh, ticket no. VT-2026-55102, but she has dementia and cannot remember the due date.
        Hello, saya Kumar a/l Subramaniam, email kumar.subra77@yahoo.com, I kena scam by fake moneylender app, hilang RM2,300 masa bayar 'insurance fee'.
        我的 PayNow number 9011 2288 is linked to my NRIC, the loan shark say will use it to 'transfer' money and 作为 proof I borrowed, what to do?
        Mr Ong 你好, your wife's pawn ticket 還有三日到期, principal HK$12,000, please bring HKID R661204(A) to redeem, thank you.
        Cik Aminah, mak saya, masuk ICU sejak Isnin, 所以她在 Ar-Rahnu 的 gadaian terpaksa extend, boleh saya pergi on behalf of her?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a helpful assistant that explains consumer credit rules in Singapore in plain English.",
        ),
        (
            "user",
            "Hi, I'm Ryan Chua (NRIC T0234567B). I took a $2,000 loan from a licensed moneylender in Jurong. They took 10% admin fee upfront and now charge me $120 late fee every month. Is that allowed?",
        ),
        (
            "assistant",
            "Under the Moneylenders Rules the admin fee is capped at 10% of the principal, so that part may be fine. But the late fee cannot exceed $60 for each month of late repayment, so $120 a month would be above the cap. Ask the lender for your statement of account and note of contract.",
        ),
        (
            "user",
            "They also call my office line at 6549 3310 and told my boss I owe money. Can they do that?",
        ),
        (
            "assistant",
            "Licensed moneylenders must not harass you or disclose your debt to third parties like your employer. Keep call logs and screenshots, and report it to the Registry of Moneylenders. If you feel threatened, call the police.",
        ),
    ],
    [
        (
            "user",
            "我叫赵丽，电话18657204913。上个月在一个叫“闪借宝”的APP借了3000，到手只有2100，七天后要我还3600，不还就给我通讯录里所有人发消息，怎么办？",
        ),
        (
            "assistant",
            "你遇到的很可能是“砍头息”加暴力催收的非法网贷。建议：1）保存借款合同、转账记录和催收短信截图；2）拨打96110咨询或到派出所报案；3）提前告知亲友不要理会陌生催收信息；4）不要再向对方提供的私人账户转账。",
        ),
        ("user", "他们已经把我的身份证照片发到我妈的微信上了，我妈有心脏病，我很担心她。"),
        (
            "assistant",
            "泄露你的身份证照片侵犯了你的个人信息权益，这也是报警时的重要证据。可以先安抚你母亲，告诉她这是违法催收，不用回复。报警时一并提交这些聊天记录截图。",
        ),
    ],
    [
        ("system", "你係一個用廣東話回答香港借貸同追數問題嘅助手。"),
        (
            "user",
            "我叫何家豪，住喺沙田禾輋邨豐和樓1203室，收數佬昨晚喺我門口淋紅油同埋貼咗張寫住「何家豪欠債還錢」嘅紙，我應該點做？",
        ),
        (
            "assistant",
            "刑事毀壞同恐嚇都係刑事罪行。首先唔好清理現場，影低相片同片段，然後即刻報警。如果係持牌放債人委託嘅收數公司，你亦可以向警方同放債人註冊處反映。",
        ),
        ("user", "其實我只係借咗兩萬，財務公司話利息加埋而家要還六萬，合法咩？"),
        (
            "assistant",
            "根據《放債人條例》，實際年利率超過48%屬違法。你可以要求財務公司提供貸款協議同還款紀錄，計清楚實際利率，有需要可以搵法律援助或者當值律師服務諮詢。",
        ),
    ],
    [
        (
            "user",
            "Assalamualaikum, saya Rosmah binti Hamid. Tiket Ar-Rahnu saya AR-JB-2025-11842 untuk rantai emas 30g dah tamat tempoh minggu lepas sebab saya masuk wad bersalin. Boleh tebus lagi tak?",
        ),
        (
            "assistant",
            "Waalaikumussalam. Tahniah atas kelahiran bayi puan. Biasanya Ar-Rahnu memberi notis sebelum lelong, jadi barang mungkin belum dilelong lagi. Sila hubungi cawangan secepat mungkin dan bawa tiket asal serta kad pengenalan.",
        ),
        ("user", "Nombor IC saya 870405-01-6342, saya risau kalau orang lain guna tiket tu."),
        (
            "assistant",
            "Jangan kongsi nombor IC atau gambar tiket di media sosial. Jika tiket hilang, buat laporan kehilangan di cawangan; barang hanya boleh ditebus oleh pemajak atau wakil yang sah dengan dokumen lengkap.",
        ),
    ],
    [
        (
            "user",
            "Eh bro I kena loan shark lah. Borrowed $1k from some WhatsApp guy, now they say I owe $3k. My name Jason Teo, they got my NRIC S6823091H and my mother's address in Hougang leh.",
        ),
        (
            "assistant",
            "Sorry to hear that. Lending by an unlicensed person is illegal in Singapore, and you are not obliged to keep paying inflated amounts. Please make a police report as soon as possible and tell your mother to be careful with strangers at the door.",
        ),
        ("user", "But 我怕他们去我妈家泼油漆 leh, she stays alone and just had stroke last year."),
        (
            "assistant",
            "That is a valid worry. When you make the report, tell the police that your mother lives alone and has health issues so they can advise on safety. You can also ask the Town Council about CCTV near the unit, and keep all WhatsApp messages as evidence.",
        ),
    ],
    [
        ("system", "請用繁體中文回答台灣使用者有關當舖與借貸的問題。"),
        (
            "user",
            "我叫鄭宇軒，身分證A277319408，上個月把機車拿去當舖借了三萬，說月息2.5%，這樣有超過法律規定嗎？",
        ),
        (
            "assistant",
            "依《當舖業法》，年率不得超過30%，換算月息約2.5%，所以剛好在上限內。不過除了利息和倉棧費外，當舖不能另外收其他費用，建議你看一下當票上的明細。",
        ),
        ("user", "當票上寫滿當日期是5月20日，我那時候可能在醫院開刀，會不會車就被流當了？"),
        (
            "assistant",
            "滿當後五日內仍可取贖或順延。如果預計住院無法前往，可以事先打電話給當舖說明，或委託家人帶當票和你的委託書去辦理續當，避免流當。",
        ),
    ],
    [
        (
            "user",
            "I'm in KL. Some 'Bank Negara officer' called me on 016-772 5084 saying my loan application was approved but I must first pay RM800 stamp duty into account CIMB 8603 1177 42. My name is Wong Siew Lan. Real or not?",
        ),
        (
            "assistant",
            "This looks like a classic loan scam. Bank Negara Malaysia does not approve personal loans or collect stamp duty. Do not transfer any money. If you already paid, call the National Scam Response Centre at 997 immediately.",
        ),
        (
            "user",
            "Too late, I already transferred from my Public Bank account 4-5521093-18 this morning. Can I get it back?",
        ),
        (
            "assistant",
            "Call 997 right now so the transfer can be traced and frozen if possible, then call Public Bank's hotline and make a police report. Keep the call log, the account number you paid to and the receipt.",
        ),
    ],
    [
        (
            "system",
            "你是典当行的客服助手。当前客户资料：孙美华，手机139 2871 0456，当票号粤典2026-001288，当物：18K金手链一条，当金5200元，到期日2026-07-15。",
        ),
        ("user", "你好，我想问一下我的当票什么时候到期？可以续当吗？"),
        (
            "assistant",
            "孙女士您好，您的当票粤典2026-001288将于2026年7月15日到期。可以在到期前或到期后5天内办理续当，届时需缴清本期综合费用并携带当票原件和身份证。",
        ),
        ("user", "好的，我最近住院做手术，能让我女儿代办吗？"),
        (
            "assistant",
            "可以的，请您女儿携带当票原件、您的身份证原件、她本人的身份证以及您签字的委托书到门店办理。祝您早日康复。",
        ),
    ],
    [
        (
            "user",
            "我喺澳門做荷官，叫梁詠詩，上個月喺賭場附近向人借咗八萬蚊，佢哋要我將工作證同埋身份證1398254(2)押喺佢度，而家我唔夠錢還，點算好？",
        ),
        (
            "assistant",
            "扣押他人身份證件本身可能已經違法。建議你盡快向澳門司法警察局舉報（熱線993），並保留所有借款同追數紀錄。唔好再借新債去還舊債。",
        ),
        ("user", "佢哋話如果我報警就去我屋企搵我老公同個仔。"),
        (
            "assistant",
            "呢種說法屬恐嚇，更應該報警。你可以同屋企人講清楚情況，叫佢哋唔好開門俾陌生人，並記低任何可疑人士嘅樣貌同車牌。",
        ),
    ],
    [
        (
            "user",
            "Can you draft a short letter to my moneylender asking for a restructured repayment plan? I lost my job last month.",
        ),
        (
            "assistant",
            "Sure. Please tell me your name, address, loan account number and the amount you can afford each month.",
        ),
        (
            "user",
            "Melissa Ho, 38 Sembawang Crescent #07-412, Singapore 750038, loan account ML-77821-03, I can pay about $250 a month.",
        ),
        (
            "assistant",
            "Here is a draft: Dear Sir/Madam, I am Melissa Ho of 38 Sembawang Crescent #07-412, Singapore 750038, holder of loan account ML-77821-03. I was retrenched last month and can no longer meet my current instalments. I would like to request a restructured repayment plan of $250 per month. I am committed to settling the loan in full. Yours faithfully, Melissa Ho.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI yang menjawab dalam Bahasa Melayu tentang hutang dan gangguan pemungut hutang.",
        ),
        (
            "user",
            "Adik saya Izzat, umur 19 tahun, pinjam dengan Along RM2,000 untuk bayar yuran kolej. Sekarang Along mesej saya di 019-338 2046 dan ugut nak pukul dia.",
        ),
        (
            "assistant",
            "Ugutan untuk mencederakan adalah kesalahan jenayah. Simpan semua mesej sebagai bukti dan buat laporan polis segera. Pastikan adik puan tidak keluar seorang diri buat sementara waktu.",
        ),
        (
            "user",
            "Kami tinggal di flat PPR Kampung Baru Air Panas, Blok C-7-3. Along cakap dia tahu rumah kami.",
        ),
        (
            "assistant",
            "Nyatakan alamat itu dalam laporan polis supaya rondaan boleh dibuat. Pinjaman daripada pemberi pinjam wang tidak berlesen juga boleh dilaporkan kepada KPKT, dan keluarga tidak wajib membayar faedah yang tidak sah.",
        ),
    ],
    [
        (
            "user",
            "我想问下, 我把 gold bracelet 拿去 Kedai Pajak Gadai Klang 当了 RM4,500, ticket number KL-PG-558102, nama atas tiket Lee Siew Fong, tapi saya lupa tarikh tamat.",
        ),
        (
            "assistant",
            "Tarikh tamat tempoh biasanya dicetak di bahagian depan tiket. Kalau tiket hilang atau tak jelas, you boleh call kedai tersebut dan beri nombor tiket serta IC untuk semak.",
        ),
        ("user", "Ok, 我的 IC 是 760318-10-5246, 明天去问. Kalau sudah lewat, boleh extend tak?"),
        (
            "assistant",
            "Di bawah Akta Pemegang Pajak Gadai, barang tak ditebus biasanya dilelong selepas notis. Kalau belum dilelong, minta untuk bayar faedah tertunggak dan sambung tempoh. Bawa IC asal ya.",
        ),
    ],
    [
        (
            "user",
            "I pawned my Omega in Hong Kong at a shop in Yau Ma Tei. Ticket name Chan Tsz Ching, HKID P093157(1). Now I'm back in Toronto and can't redeem in time. Options?",
        ),
        (
            "assistant",
            "Under the Pawnbrokers Ordinance, pledges are usually redeemable within four lunar months. Some pawnshops allow a trusted person to redeem on your behalf with the original ticket and an authorisation letter. Contact the shop first to confirm their requirements.",
        ),
        ("user", "My sister Chan Tsz Yan lives in Tuen Mun, phone 9437 2186. Can she go?"),
        (
            "assistant",
            "Yes, if the shop agrees. Send her the original ticket by courier, a signed authorisation letter and a copy of your HKID. She should bring her own ID card too.",
        ),
    ],
    [
        (
            "user",
            "我妈妈今年65岁，叫周玉芬，被一个“代还信用卡”的人骗了，把她的银行卡和密码都给了对方，卡号6217 0032 1045 8896 731，里面的8万养老钱全没了。",
        ),
        (
            "assistant",
            "非常遗憾。请立即拨打银行客服电话挂失并冻结该卡，然后带上你母亲的身份证和银行卡到派出所报案，也可以先拨打96110反诈专线说明情况。",
        ),
        ("user", "她有高血压，这两天气得吃不下饭，我应该先陪她去医院还是先报案？"),
        (
            "assistant",
            "如果她有头痛、胸闷等不适，请先就医，健康最重要；挂失冻结可以先用电话完成，报案可以由你陪同稍后进行，也可以请民警上门了解情况。",
        ),
        ("user", "好的，我是她女儿刘静，电话 15021873364，派出所需要我准备什么材料？"),
        (
            "assistant",
            "一般需要：你母亲的身份证、银行卡挂失回执、转账或取款记录、与对方的聊天和通话记录。你作为陪同人带上自己的身份证即可。",
        ),
    ],
]
