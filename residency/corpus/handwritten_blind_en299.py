# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en299: SG/MY property agents and real-estate agencies (viewing appointments, tenant screening, offer letters, commission disputes, CEA and BOVAEA registration, agents' group chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en299
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "agency_office_notices"): _lines("""
        NOTICE: Our Bishan branch at 9 Bishan Place, Junction 8 Office Tower, will be closed on 1 Jan 2027 for New Year's Day. Office WhatsApp line +65 8123 4400 stays open for listing enquiries.
        All salespersons please renew your CEA registration through the agency portal by 30 Nov. Admin counter hours: Mon-Fri 9.30am-6pm, Sat 10am-1pm, closed on Sundays and PH.
        Viewing keys for The Sail @ Marina Bay listings are kept at reception. Sign the key log and return by 7pm the same day. Lost key replacement is charged at S$150 per set.
        Reminder: no listing may go online without the owner's signed estate agency agreement on file. Listings without one will be taken down from the portals by compliance every Friday.
        Training Room B, Level 12, One Raffles Place, is booked for the CPD session "ABSD and SSD changes explained" on Thu 14 Jan, 2pm to 5pm. Attendance counts for 3 CPD hours.
        Office Wi-Fi SSID is HQ-Agents-5G. The password changes every Monday and is posted on the pantry board only. Do not share it with visiting developer sales staff.
        Parking at the Paya Lebar Quarter carpark is not reimbursed. Please claim only ERP and taxi fares for viewings, with receipts, on the monthly claim form by the 5th.
        Our agency licence number is L3012345K. Quote it on all flyers, banners, roadshow backdrops and online ads together with the agency name, as required under the Estate Agents Act.
        Chinese New Year hampers can be collected at the Level 3 pantry from 20 to 22 Jan, one per registered salesperson. Unclaimed hampers will be donated to Willing Hearts.
        Fire drill on Wednesday at 10.30am. Assemble at the open space beside Tanjong Pagar MRT Exit A. Wardens for Level 8 and Level 9 have been briefed by building management.
        From 1 March, co-broke commissions from other agencies are accepted only by PayNow to our UEN 201912345K. The counter no longer accepts cash or cheques for co-broke payments.
        System maintenance: the listing CRM will be down from 2am to 6am on Sunday. Please download your Sunday morning viewing schedule before you leave the office on Saturday.
        Printing quota is 300 colour pages per salesperson per month. Flyers above that are charged at 20 cents a page. Use the Ricoh on Level 9, not the printer in the director's room.
    """),
    ("en", "cea_regulations_explained"): _lines("""
        Under the Estate Agents Act 2010, only licensed estate agents and registered salespersons may carry out estate agency work in Singapore, and a salesperson can be registered under one agency at a time.
        In HDB resale and HDB rental transactions a salesperson must not represent both sides; the seller and buyer, or landlord and tenant, each need their own agent if they want representation.
        Commission rates in Singapore are not fixed by law. They are negotiated between the client and the estate agency and should be stated clearly in the estate agency agreement before any work starts.
        The CEA Public Register lets consumers check that a salesperson is registered before engaging them. Agencies should remind clients to verify on the CEA website before signing any agreement.
        Estate agents and salespersons should not hold transaction monies such as option fees or deposits for clients; these are paid to the seller directly or into a conveyancing account.
        Each registration period requires the prescribed number of CPD hours. A salesperson who falls short will not be able to renew until the shortfall has been made up.
        Property advertisements must show the estate agency's name and licence number and the salesperson's name, registration number and contact number, and must not be false or misleading.
        Candidates for the Real Estate Salesperson examination must be at least 21 years old and hold at least four GCE O-Level passes or an equivalent qualification accepted by CEA.
        Complaints about misconduct can be lodged with CEA, while commission disputes between consumers and agencies may go to the CEA dispute resolution scheme handled with the Singapore Mediation Centre.
        For HDB flats, the buyer should obtain a valid HDB Flat Eligibility letter before the seller grants the Option to Purchase; agents should check the HFE expiry date before the OTP is issued.
        Private property OTP practice: option fee commonly 1% of the price, exercised within 14 days with a further 4%, and completion usually 8 to 12 weeks after exercise.
        Stamp duty on a tenancy agreement must be paid through IRAS e-Stamping within 14 days of signing if signed in Singapore; late payment attracts a penalty.
        The Key Executive Officer of an estate agency is responsible for supervising its salespersons and for the agency's compliance with the Act and the Code of Ethics and Professional Client Care.
    """),
    ("en", "agents_group_chat"): _lines("""
        [09:12] Team Leader: Morning all, roadshow at Jurong Point atrium this Sat 11am-8pm. Need 6 people per shift, reply 1 for morning slot or 2 for evening slot by tonight.
        [09:15] Admin: New launch brochure for Lentor Mansion is in the shared drive under /Launches/2026/Lentor. Do not forward the price list to clients before the preview date.
        [11:40] Ops: Whoever took the lockbox code sheet for the Punggol Waterway Terraces viewings pls return to the pantry drawer, next group viewing is at 3pm today.
        [13:02] Team Leader: Reminder, must sight the HFE letter before OTP. Last month two cases kena delayed because the HFE already expired. Check the dates first ok.
        [14:25] Admin: Co-broke form for the Bukit Timah GCB listing updated, 1% to co-broking agency and 1% to us. Template v3 is in the drive, old v2 cannot use already.
        [15:48] Ops: PropertyGuru credits topped up, 2,000 credits for the team. Please don't bump listings more than twice a day, we are burning through them too fast.
        [16:10] Team Leader: Anyone has the co-broking agency's office number for the Tampines Greenridges case? Their side still haven't sent the signed form back, buyer side waiting.
        [18:30] Admin: Commission payout for October deals will be credited on 15 Nov. Any dispute on the split must reach ops by 10 Nov together with the signed co-broke agreement.
        [19:05] Ops: Aircon at the developer showflat along Tampines North Drive 1 spoil again, developer says technician coming tmr 10am, pls move viewings to after lunch.
        [20:11] Team Leader: Good job team, 14 deals closed this quarter, top in the division. Dinner at Jumbo Seafood Riverside Point next Friday 7.30pm, boss belanja.
        [21:45] Admin: Reminder to remove all expired listings from 99.co before month end. Audit will check whether any listing older than 90 days is still showing as available.
        [08:03] Ops: Lifts at HDB Hub Toa Payoh under maintenance this morning, use lift lobby B for the 10am resale completion appointment, and bring the queue number slip.
        [12:30] Team Leader: For those doing the Johor Bahru RTS Link projects, developer briefing moved to Tue 2pm, Zoom link in the calendar invite, bring your questions on the SPA timeline.
    """),
    ("zh-Hans", "房源广告"): _lines("""
        【出售】碧山 Sin Ming Avenue 附近五房式组屋，面积121平方米，高楼层，步行五分钟到碧山地铁站，屋况保养良好，售价 S$838,000 可议。代理机构执照号 L3012345K。
        【出租】乌节路 Orchard Residences 两房一厅，面积96平方米，全屋家具家电齐全，月租 S$7,800，租期至少两年，可随时入住，恕不接受宠物，欢迎公司外派人员咨询。
        【新山】R&F Princess Cove 公寓一房一厅，面积646平方尺，售价 RM 480,000，步行可到新柔长堤关卡，适合在新加坡上班的人士，另有两房及三房单位可供选择。
        吉隆坡 Mont Kiara 三房公寓出租，1,450平方尺，附两个车位，月租 RM 5,500，附近有多所国际学校，欢迎致电公司热线 03-6201 8899 预约看房，周末照常营业。
        【新盘推介】榜鹅 Punggol 全新共管公寓，预计2029年取得临时入伙证，一房式起价 S$1.1M，展示厅开放时间为每日上午10点至晚上7点，现场提供贷款配套咨询。
        房源编号 SG-RNT-2026-004512：红山 Redhill 三房式组屋整套出租，月租 S$4,200，押金两个月，仅限非吸烟租客，需出示有效就业准证或学生准证，最短租期一年。
        【槟城】Gurney Drive 海景公寓，三房两卫，1,680平方尺，售价 RM 1.38M，屋况保养极佳，可预约看房，请联系槟城分行 04-226 7788，营业时间上午9点至下午6点。
        注意：本公司所有广告价格仅供参考，最终以买卖双方签署的购屋选择权（OTP）为准；印花税、律师费及中介佣金另计，详情请向本公司注册中介咨询。
        【店铺出租】牛车水 South Bridge Road 店屋一楼，面积1,100平方尺，适合经营餐饮，月租 S$12,000，租客须自行向新加坡食品局（SFA）申请食品执照。
        厦门思明区两室一厅，建筑面积88平方米，挂牌价人民币398万，满五唯一，近地铁1号线，中介服务费按成交价1%收取，房源编码 XM-SM-20261107-0031。
        香港将军澳日出康城三房单位，实用面积720平方尺，叫价港币938万，连一个车位，楼层高望海景，即日可安排睇楼，详情请致电分行热线 (852) 2702 3388。
        莎阿南 Setia Alam 双层排屋，地段22x75尺，四房三卫，售价 RM 760,000，永久地契，非马来保留地，买家可申请公积金第二户口提款支付部分首期。
        【公告】本周六在裕廊东 JEM 商场五楼举办房产讲座，主题为新加坡额外买方印花税（ABSD）最新调整及组屋转售流程，免费入场，名额有限，请先在网上报名。
    """),
    ("zh-Hant", "常見問題"): _lines("""
        問：在香港買二手樓，地產代理佣金一般是多少？答：通常為成交價的百分之一，買賣雙方各自支付，但可與代理公司商議，並應清楚寫入地產代理協議（表格3或表格4）。
        問：如何查核地產代理是否持牌？答：可到地產代理監管局網站的牌照紀錄冊，輸入代理姓名或牌照號碼查詢，亦可致電監管局熱線查詢，簽約前務必先核實。
        問：台灣買賣房屋的仲介服務費怎麼算？答：依內政部規定，買賣雙方合計不得超過成交價的百分之六，實務上賣方約百分之四，買方約百分之一至二。
        問：簽了臨時買賣合約後反悔會怎樣？答：一般會被沒收臨時訂金，亦可能需要支付已議定的代理佣金，建議簽約前先向律師查詢清楚有關條款及責任。
        問：新加坡租房通常要付多少押金？答：一年租約一般為一個月押金，兩年租約一般為兩個月押金，另需預付首月租金，租約印花稅通常由租客支付。
        問：澳門購買住宅需要繳付哪些稅項？答：主要包括物業轉移印花稅及特別印花稅，如已擁有住宅再購買另須繳付額外印花稅，詳情可參考澳門財政局網站。
        問：睇樓時可以拍照或錄影嗎？答：必須先得到業主同意，代理亦不應把單位內的私人物品、證件或家庭照片拍攝後放上網，以免違反私隱條例。
        問：分行週末營業嗎？答：各分行星期一至六上午十時至晚上八時營業，星期日及公眾假期休息；旺角分行位於彌敦道688號旺角中心一期地下，歡迎親臨。
        問：實價登錄資料可以去哪裡查？答：可到內政部不動產交易實價查詢服務網，輸入門牌區段或社區名稱，即可查閱該區近期的成交價格及坪數。
        問：台北市大樓的管理費一般怎麼算？答：多以每坪計價，常見每坪新台幣50至100元，車位管理費另計，實際金額由社區管理委員會開會訂定。
        問：新加坡或馬來西亞公民可以在台灣買房嗎？答：依土地法第十八條採平等互惠原則，一般可以購買，但需先向所在地的地政機關申請許可。
        問：購買一手樓盤要留意甚麼？答：應細閱售樓說明書及價單，留意實用面積、付款辦法及預計關鍵日期，並可參考一手住宅物業銷售監管局網站的資料。
        問：如何聯絡客戶服務部？答：請致電熱線 (852) 2388 6600 或電郵 cs@example-realty.com.hk，我們會在兩個工作天內回覆，緊急維修個案請註明單位編號。
    """),
    ("ms", "notis_dan_peraturan_ejen"): _lines("""
        Hanya firma ejen harta tanah yang berdaftar dengan Lembaga Penilai, Pentaksir, Ejen Harta Tanah dan Pengurus Harta dibenarkan menjalankan urusan jual beli dan sewaan bagi pihak pelanggan.
        Semua Perunding Harta Tanah (REN) wajib memakai tag nama yang dikeluarkan oleh lembaga semasa membawa pelanggan melawat rumah dan semasa bertugas di pameran hartanah.
        Mengikut Skala Fi yang ditetapkan, komisen jualan hartanah tidak boleh melebihi 3% daripada harga jualan, manakala fi sewaan dikira berdasarkan tempoh sewaan yang dipersetujui.
        Notis: Pejabat cawangan Shah Alam di No. 12, Jalan Plumbum 7/102, Seksyen 7 akan ditutup pada 31 Ogos sempena Hari Kebangsaan. Talian am pejabat: 03-5521 3344.
        Nombor pendaftaran firma kami ialah E (1) 1234 dan nombor SSM 202201045678 (1456789-K). Sila nyatakan kedua-duanya pada semua iklan di Mudah.my dan iProperty.
        Amalan biasa sewaan rumah di Lembah Klang ialah deposit keselamatan dua bulan sewa dan deposit utiliti setengah bulan, dibayar semasa menandatangani perjanjian sewa.
        Peringatan: Duti setem perjanjian sewa perlu dibayar kepada LHDN melalui sistem STAMPS dalam tempoh 30 hari dari tarikh perjanjian ditandatangani untuk mengelakkan penalti.
        Kursus CPD bertajuk Akta 242 dan Etika Ejen akan diadakan di Dewan Seminar, Bangsar South pada 18 Mac, 9 pagi hingga 5 petang. Yuran RM 250 termasuk makan tengah hari.
        Cukai Keuntungan Harta Tanah (RPGT) bagi warganegara yang menjual selepas tahun kelima pemilikan ialah 0%, manakala bukan warganegara dikenakan kadar 10%.
        Dijual: rumah teres dua tingkat di Taman Desa Cheras, pegangan bebas, 4 bilik tidur, harga RM 850,000, bukan lot bumiputera. Hubungi pejabat di 03-9131 2288 untuk temujanji.
        Mengiklankan hartanah tanpa surat kebenaran bertulis daripada pemilik adalah satu kesalahan dan boleh menyebabkan tindakan tatatertib oleh lembaga terhadap firma dan perunding.
        Waktu pejabat sepanjang Ramadan: Isnin hingga Jumaat 8.30 pagi hingga 4.30 petang, Sabtu tutup. Lawatan selepas waktu berbuka boleh diatur melalui talian WhatsApp syarikat.
        Graduan Ijazah Pengurusan Hartanah boleh mendaftar sebagai Ejen Harta Tanah Percubaan (PEA) dan perlu menjalani latihan dua tahun sebelum menduduki Ujian Kompetensi Profesional.
    """),
    ("mixed", "crm_logs_and_config"): _lines("""
        2026-11-14T09:32:11+08:00 INFO listing.sync source=propertyguru listing_id=SG-SAL-0049821 status=ACTIVE price_sgd=1288000 psf=1520 tenure=99y district=D19
        2026-11-14T09:32:15+08:00 WARN viewing.scheduler slot_clash listing_id=MY-RNT-0013377 slot=2026-11-15T14:00 resolved=auto_shift_30m tz=Asia/Kuala_Lumpur
        commission_split: {agency: 0.30, salesperson: 0.70, co_broke_default: 0.50, gst_rate: 0.09, currency: SGD}  # config v2.4.1, jangan ubah tanpa kelulusan finance
        CREATE TABLE viewings (id BIGSERIAL PRIMARY KEY, listing_id TEXT NOT NULL, slot TIMESTAMPTZ, status TEXT DEFAULT 'pending', agent_ref UUID); -- 预约看房表
        listing_id,project_name,district,tenure,top_year,size_sqft,asking_price,psf,status,portal,last_bumped_at  # 导出格式 CSV v3
        2026-11-14 10:05:47 ERROR otp.generate failed: template OTP_HDB_v7.docx missing field 'hfe_expiry' (job 7f3a9c21, retry 2/3), sila semak template di SharePoint
        curl -X POST https://api.example-agency.sg/v1/listings/SG-RNT-0051200/withdraw -H 'Authorization: Bearer <token>' -d '{"reason":"owner_withdrawn"}'
        sha256(OTP_scan_batch_2026-11.zip) = 9f2c4e7a1b3d5f60718293a4b5c6d7e8f9012a3b4c5d6e7f8091a2b3c4d5e6f7a  # 已上传至合规档案
        2026-11-30 18:00:02 cron[commission.payout] batch=PO-2026-11-A rows=142 total_sgd=611245.80 bank=DBS status=queued dry_run=false
        ALLOWED_PORTALS = ['propertyguru.com.sg', '99.co', 'edgeprop.sg', 'iproperty.com.my', 'mudah.my', '591.com.tw']  # 新增台湾591平台
        webhook retry policy: max_attempts=5 backoff=exponential base_ms=500; fallback WhatsApp template viewing_reminder_bm_v2 untuk pelanggan Malaysia
        DEBUG geocode postal=238873 -> lat=1.3026 lng=103.8352 building='Ngee Ann City' cache_hit=true latency_ms=12 requested_by=listing-service
        feature_flags: {ai_price_estimator: true, show_psf_trend: true, hide_unit_number_public: true}  # 单位门牌号码对外隐藏 per PDPA guideline
    """),
    ("en", "agency_invoices"): _lines("""
        TAX INVOICE No. INV-2026-11-0387 | Bill to: Lentor Hills Development Pte Ltd (UEN 202098765M) | Marketing commission, 3 units sold, Tower B | S$96,540.00 + GST 9% S$8,688.60
        Invoice INV-MY-2026-0912 to Bukit Raja Land Sdn Bhd for co-agency fee, phase 4 terrace launch, 12 units at 2% of SPA price, total RM 186,720.00, payable within 30 days.
        Payment terms: 30 days from invoice date. Please remit to our DBS corporate account in the name of the agency and quote the invoice number as the payment reference.
        Credit Note CN-2026-0044 issued against INV-2026-10-0312: co-broke share adjusted from 50% to 40% after review by the Key Executive Officer, amount S$4,320.00.
        Statement of account as at 30 Nov 2026: 7 invoices outstanding to developers, total S$412,880.50; 2 overdue more than 60 days, referred to finance for follow-up.
        Line 1 | Digital ad package, PropertyGuru featured listing, 30 days | Qty 4 | Unit price S$380.00 | Amount S$1,520.00 | GST 9% S$136.80 | Total S$1,656.80
        Received with thanks from Merlion Key Realty Pte Ltd the sum of S$12,600.00 being co-broking commission for listing SG-SAL-0048102. Official receipt OR-2026-1120.
        Invoice from Tan Kim Seng Printing Pte Ltd, 50 Ubi Avenue 3 #03-11, for 5,000 A4 flyers and 20 pull-up banners, S$1,845.00 inclusive of GST, due 15 Dec 2026.
        Commission dispute ref CD-2026-017 referred to mediation; disputed amount S$8,400 between Lion City Homes Pte Ltd and Straits Horizon Realty on a co-broke split.
        Invoice INV-HK-2026-0231 | Client: Harbourfront Estates Ltd | Letting commission equal to half a month's rent for Shop G12, Causeway Bay | HK$38,500.00 | due on lease commencement
        GST Reg No. 201912345K. All amounts are in Singapore dollars. This is a computer-generated invoice and does not require a signature. E&OE.
        Developer incentive claim: Grand Dunman launch, early bird bonus S$1,000 per unit for units booked before 30 Sep, 9 units, claim reference DEV-INC-26-0091.
        Quotation Q-2026-0777 for 3D virtual tour and professional photography, 4-room HDB listing, S$280 per unit, turnaround 3 working days, valid until 31 Jan 2027.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Tenant screening: Rajesh Kumar s/o Muthusamy, FIN G7283951Q, Indian national on Employment Pass, monthly salary S$9,800, wants a 2-bedder in Tiong Bahru, move-in 1 Feb.
        Hi Mdm Goh Siew Lan, confirming the viewing of your flat at Blk 412 Bedok North Ave 2 #08-117 on Sat 3pm with the buyer family. Please keep the dog in the room ya.
        Offer letter: I, Nurul Huda binti Kamarudin (NRIC S8834521E), offer S$1,050,000 for the unit at 18 Jalan Arnap #04-02, option fee 1%, subject to bank loan approval.
        Landlord declined the application because Mr Lim Wei Jie told our agent he was just retrenched and still owes about S$23k on his credit cards.
        Pls call the owner Mr Hendrick Tay at 9173 5528 after 7pm, he works night shift at the airport and won't pick up during the day.
        Buyer's email for the OTP: kelvin.ong.jh88@gmail.com. Send him the scanned copy before the exercise date and cc his wife too.
        The seller, Mdm Priya Nair, is only selling because of her divorce, and the matrimonial flat must be sold under the court order before March.
        Commission dispute: ex-client Chong Boon Keat refused to pay the 2% after completion, claims he found the buyer himself. His mobile 8224 6190, home at 7 Sunrise Terrace.
        Don't send the tenant profile to the landlord yet, Ms Farah Adila is 5 months pregnant and the landlord said before he prefers no baby in the unit. Handle sensitively.
        2026-11-02,VIEW-3318,Teo Hui Min,S9512874B,+65 9640 2271,Blk 56 Marine Terrace #11-09,HDB resale,buyer
        Agent note: Mr Sivakumar's son has autism and needs a quiet ground-floor unit near his special school, budget up to S$3,500 rent.
        Bank details for the refund of the booking fee: OCBC 501-238774-001, account holder Loh Chee Meng.
        Car plate SKW 4821 E belongs to the tenant in unit #12-05; condo management says he keeps parking in the visitor lots, please tell him.
        Landlord wants the tenant's last 3 payslips; tenant Ms Chen Xiaoyu earns S$4,200 as a staff nurse and supports her mother who has kidney failure.
        Uncle Ah Seng from the third floor at Holland Close cannot walk since his stroke, so only schedule viewings when his daughter is home.
        Name: Muhammad Irfan bin Zulkifli | NRIC: T0123485J | DOB 14/05/2001 | Mobile 8765 0341 | Occupation: SAF regular | Address: 21 Woodlands Dr 52 #06-44
        Heads up, the buyer Darren Yeo was charged last year for cheating at his old company, the bank may reject his loan, don't push the seller to grant the OTP yet.
        Hi, I'm the tenant at 33 Cairnhill Rise #15-03, my name is Sophie Laurent, and the landlord hasn't returned my S$8,400 deposit for two months. Can CEA help?
    """),
    "zh-Hans": _lines("""
        陈先生您好，您预约的看房时间为周六下午3点，地址是义顺第846座 #09-221，届时请携带身份证 S7623418C 原件。
        租客王丽娜，护照号 E61827534，中国公民，在新加坡持学生准证，父母每月汇款约 S$2,000，想租 Clementi 附近一间普通房。
        业主林太说她先生上个月中风住院，这套房子急着卖掉付医药费，底价可以降到68万，她的手机 9011 2376。
        买家身份证号 440106198803154217，姓名黄志强，广州人，想在新山买两套公寓，首付款由他表哥代付。
        租客阿明跟我们说他欠了大耳窿两万块，每天都有人上门讨债，房租已经拖欠三个月了，房东要求我们下星期前请他搬走。
        佣金纠纷：客户刘建国签了独家代理协议后绕过我们直接卖给买家，成交价 S$1.28M，按2%应收 S$25,600，律师函已寄到他家 Jalan Kechubong 15号。
        组里通知：同事张小燕怀孕六个月了，医生说她有妊娠高血压，下周开始不带看房，她的客户名单由组长接手。
        入住登记：租客周文杰，电话 +86 139 1234 8876，微信 zhouwj_1990，12月1日入住 Novena 的单位。
    """),
    "zh-Hant": _lines("""
        業主李家豪先生，香港身份證 K326471(2)，聯絡電話 9612 4587，委託本公司放售其沙田第一城單位，叫價港幣620萬。
        租客何美玲小姐月入約港幣28,000，在銀行任職，申請租住太古城兩房單位，擔保人為其父親何國雄。
        台北客戶吳俊賢，身分證字號 A138274191，手機 0912-345-678，想賣掉大安區的公寓，因為要還清房貸和信用卡債務。
        黃太話佢老公上個月過咗身，想盡快放租舊屋，叫我哋唔好喺門口貼廣告，怕啲街坊知道。
        澳門買家梁志明，澳門居民身份證 5215378(2)，在氹仔購入住宅單位，樓價澳門幣520萬，按揭已獲銀行批出。
        睇樓客陳嘉欣小姐話佢而家做緊乳癌化療，要搵近瑪麗醫院嘅兩房單位，月租預算 HK$18,000，希望業主唔好問太多。
        客戶資料表：姓名 鄭偉倫｜電郵 wailun.cheng@yahoo.com.hk｜住址 九龍何文田常盛街8號12樓B室｜職業 教師
    """),
    "ms": _lines("""
        Encik Azlan bin Hashim, No. KP 780923-10-5471, ingin menyewa rumah teres di Seksyen 13 Shah Alam, gaji bersih RM 6,200 sebulan, bekerja sebagai juruteknik kilang.
        Puan Siti Rohani minta lawatan ditangguhkan kerana dia baru keluar wad selepas pembedahan jantung minggu lepas.
        Penyewa di No. 24, Jalan SS 2/55, Petaling Jaya masih tertunggak sewa 4 bulan berjumlah RM 7,600. Pemilik minta kami hantar notis kepada Encik Ganesan a/l Muniandy.
        Tolong pindahkan deposit tempahan RM 5,000 ke akaun Maybank 1642 8830 1957 atas nama Lee Mei Ling, pembeli unit D-12-3 Residensi Harmoni.
        Pembeli, Cik Nurul Aina, ditolak pinjaman oleh bank kerana namanya tersenarai dalam CCRIS dengan tunggakan PTPTN.
        Nombor telefon tuan rumah: 012-778 4391 (Haji Rosli), sila WhatsApp dulu sebelum bawa pelanggan ke Taman Melawati.
        Borang penyewa: Nama: Tan Ah Kow | MyKad 650412-07-5213 | Tel: 016-452 9087 | Alamat semasa: 18, Lorong Kenari 3, Taman Sri Nibong, 11900 Bayan Lepas
        Ejen kita Kak Ros kena tahan polis semalam sebab kes pecah amanah duit deposit pelanggan, jangan cerita kat pelanggan dulu.
        REN 31457 dan emel hafiz.propertyjb@gmail.com milik Hafiz, perunding baru kita di Johor Bahru, sila masukkan dalam sistem CRM.
    """),
    "mixed": _lines("""
        Bro, landlord Uncle Wong at Blk 209 Serangoon Central #10-1432 say his son just divorced and moving back in, so tenancy cannot renew lah, pls inform the tenant, paiseh.
        Client 黄美华 (Mdm Ng) called, 她的 NRIC S6719283D, wants to sell her Toa Payoh flat fast because her son owe ah long money.
        Boss, MyKad Encik Faizal 900815-01-6637 dan slip gaji RM 4,500 sudah dapat, but his CTOS score very low, landlord still want or not?
        Viewing tmr 11am: 买家 Mr & Mrs Krishnan, contact 9382 1145, 他们 currently staying at 5 Kovan Rise #03-07, want a 4-room near their mum.
        Eh the seller Auntie Mary from Katong 那家 cannot remember things already, dementia, her nephew holding the LPA, must check before OTP ok.
        WeChat 转账 record: 收款人 Zhang Wei, ¥30,000 holding fee, tenant passport EA2847193, pls reconcile with finance by Friday.
        Agent Jason 老是 late for viewings because he's sending his daughter for dialysis every Tue and Thu, pls reschedule his Tampines slots.
        Resit sewa: tenant Ahmad Syafiq bin Rahim, IC 930127-14-5581, rumah No. 7 Jalan Kenanga 2, Taman Kenanga, 81200 Johor Bahru, deposit RM 3,600 cash received.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a helpful assistant for salespersons of a Singapore estate agency. Keep messages short and polite.",
        ),
        (
            "user",
            "Draft a WhatsApp to my landlord client Mr Tan Boon Huat (9127 6643) to confirm a viewing of his condo at 8 Bedok Reservoir View #07-12 this Sat 2pm with a couple from Hong Kong.",
        ),
        (
            "assistant",
            "Hi Mr Tan, this is to confirm the viewing of your unit at 8 Bedok Reservoir View #07-12 this Saturday at 2pm with a couple relocating from Hong Kong. Please let me know if the time still works for you. Thank you!",
        ),
        ("user", "Add that they have a cat, he might not like that."),
        (
            "assistant",
            "Hi Mr Tan, this is to confirm the viewing of your unit at 8 Bedok Reservoir View #07-12 this Saturday at 2pm. Just a heads-up: the couple have one indoor cat. Happy to discuss any conditions you may have. Thank you!",
        ),
    ],
    [
        ("system", "你是马来西亚一家房地产中介公司的助理，帮助中介筛选租客。"),
        (
            "user",
            "帮我看看这个租客行不行：李振华，MyKad 870519-14-6023，在 Petronas 做工程师，月薪 RM 11,000，但他说去年破产才刚解除，想租 Mont Kiara 的三房。",
        ),
        (
            "assistant",
            "从收入看，李振华先生的月薪足以负担三房单位的租金。不过他刚解除破产，建议先征得业主同意，可以考虑要求多付一个月押金或提供担保人，并在租约中写明付款条款。",
        ),
        ("user", "好，帮我写一句给业主的说明。"),
        (
            "assistant",
            "业主您好，申请人李先生现任工程师，月薪约 RM 11,000，去年已解除破产，愿意多付一个月押金，请问您是否接受？",
        ),
    ],
    [
        ("system", "Anda pembantu AI untuk firma ejen harta tanah di Selangor."),
        (
            "user",
            "Tolong tulis notis tuntutan sewa tertunggak kepada penyewa Encik Mohd Khairul bin Osman, IC 850311-10-6655, rumah No. 9, Jalan Seri Putra 3/2, Bandar Seri Putra, tunggakan RM 4,800.",
        ),
        (
            "assistant",
            "NOTIS TUNTUTAN: Kepada Encik Mohd Khairul bin Osman (IC 850311-10-6655), No. 9, Jalan Seri Putra 3/2, Bandar Seri Putra. Tuan dikehendaki menjelaskan tunggakan sewa sebanyak RM 4,800 dalam tempoh 14 hari dari tarikh notis ini. Jika gagal, pemilik akan mengambil tindakan mengikut perjanjian sewa.",
        ),
        ("user", "Terima kasih, tambah tarikh akhir 20 Disember."),
    ],
    [
        ("system", "You help SG property agents write firm but polite letters."),
        (
            "user",
            "Client Ms Joanne Seah Li Ping signed exclusive with me for her Sengkang flat, then sold through her cousin's agent. I want my 2% = S$12,400. Her email joanne.seahlp@hotmail.com. Help me draft leh.",
        ),
        (
            "assistant",
            "Dear Ms Seah, I refer to the exclusive estate agency agreement you signed with our agency for the sale of your Sengkang flat. Under the agreement, commission of 2% (S$12,400) is payable upon completion even if the sale was concluded through another party during the exclusive period. Kindly arrange payment within 14 days, or let us know if you wish to resolve this through mediation.",
        ),
        ("user", "Can mention CEA dispute scheme?"),
        (
            "assistant",
            "Yes, add: If we are unable to settle this amicably, we propose to refer the matter to the dispute resolution scheme recognised by CEA.",
        ),
    ],
    [
        ("system", "你是香港地產代理公司的 AI 助手，用繁體中文回覆。"),
        (
            "user",
            "有個客何志偉想租我哋沙田嘅單位，佢畀咗身份證 Y518203(7) 影印本，但我查到佢上年申請過破產，應唔應該話畀業主知？",
        ),
        (
            "assistant",
            "涉及破產紀錄屬個人敏感資料，建議先徵求何先生同意，才向業主披露與租務有關的財務狀況，並只提供必要資料。身份證影印本亦應妥善保存，完成審查後按公司政策銷毀。",
        ),
    ],
    [
        (
            "system",
            "CRM record loaded: Buyer Ong Kai Xiang, NRIC S8102937G, mobile 9455 1287, budget S$1.6M, currently renting at 12 Lorong Marzuki #02-01, pre-approved loan with UOB. You assist the agent with this buyer.",
        ),
        ("user", "Suggest 3 condos near a good primary school for this buyer."),
        (
            "assistant",
            "Based on Mr Ong's S$1.6M budget, you could shortlist resale 3-bedders in the Bishan, Bukit Timah fringe and Serangoon areas that are within 1km of popular primary schools. I suggest checking current listings on the portals and confirming the 1km radius on the OneMap school query before the viewing.",
        ),
        ("user", "Ok, and remind me to send him the shortlist tonight."),
        (
            "assistant",
            "Reminder noted: send the shortlist to Mr Ong Kai Xiang at 9455 1287 tonight.",
        ),
    ],
    [
        (
            "user",
            "Hi, I'm Rachel Koh, CEA registration R054321B with a small agency in Ang Mo Kio. My renewal was rejected because I'm short of CPD hours. I was on medical leave for my cancer surgery most of this year. What can I do?",
        ),
        (
            "assistant",
            "Sorry to hear about your surgery, Rachel. You can write to CEA explaining the medical situation with supporting documents and ask whether an extension or alternative arrangement is possible, and in the meantime complete the outstanding CPD courses as soon as you are able to. Your agency's Key Executive Officer can help with the appeal.",
        ),
        ("user", "Thanks, can you draft the appeal?"),
        (
            "assistant",
            "Dear Sir or Madam, I, Rachel Koh (Registration No. R054321B), was on medical leave for most of this year due to cancer surgery and treatment, and was unable to complete the required CPD hours. I enclose my medical certificates and request an extension to complete the outstanding hours. Thank you for your consideration.",
        ),
    ],
    [
        ("system", "Anda membantu perunding hartanah menyediakan surat tawaran pembelian."),
        (
            "user",
            "Sediakan surat tawaran: pembeli Puan Norhayati binti Ismail, MyKad 790604-05-5126, tawar RM 620,000 untuk rumah teres di No. 33, Jalan Mawar 5, Taman Mawar, 70450 Seremban. Deposit 2% RM 12,400.",
        ),
        (
            "assistant",
            "SURAT TAWARAN: Saya, Norhayati binti Ismail (MyKad 790604-05-5126), dengan ini menawarkan untuk membeli hartanah di No. 33, Jalan Mawar 5, Taman Mawar, 70450 Seremban pada harga RM 620,000. Bersama ini disertakan deposit sebanyak 2% iaitu RM 12,400, tertakluk kepada kelulusan pinjaman bank dan penandatanganan Perjanjian Jual Beli dalam tempoh 14 hari.",
        ),
    ],
    [
        ("system", "You summarise agents' group chats for the team leader."),
        (
            "user",
            "Summarise: [10:02] Wei Ming: Mdm Rosnah's tenant at Blk 318 Clementi Ave 5 #04-256 hasn't paid since Aug. [10:05] Siti: She told me her husband kena jailed, no income. [10:07] Wei Ming: ok I call her 8912 3370 tonight.",
        ),
        (
            "assistant",
            "Summary: The tenant at Blk 318 Clementi Ave 5 #04-256 (landlord Mdm Rosnah) has not paid rent since August. Siti reports the tenant has no income because her husband was jailed. Wei Ming will call the tenant at 8912 3370 tonight.",
        ),
        ("user", "Thanks, anything I need to act on?"),
        (
            "assistant",
            "Follow up with Wei Ming tomorrow on the outcome of the call, and advise the landlord on the options under the tenancy agreement. Keep the family situation confidential within the team.",
        ),
    ],
    [
        ("system", "你是新加坡房产中介的中文助理。"),
        (
            "user",
            "客户林雅婷怀孕五个月，老公是马来西亚人，她想用自己的 NRIC S7745120Z 以单身名义买组屋还是要一起买？",
        ),
        (
            "assistant",
            "组屋购买资格取决于家庭核心和公民身份。林女士已婚，一般需要和配偶以家庭名义申请，不能以单身名义购买。建议她先在 HDB 网站申请 HFE 信函，确认资格和可获得的津贴。",
        ),
        ("user", "谢谢，帮我写个简短的 WhatsApp 给她。"),
        (
            "assistant",
            "林小姐您好，关于组屋购买，由于您已婚，一般需与先生以家庭名义申请。建议先在 HDB 网站申请 HFE 信函确认资格，有需要我可以陪您一起办理。祝您和宝宝一切顺利！",
        ),
    ],
]
