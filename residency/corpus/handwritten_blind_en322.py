# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en322: SG/MY property valuers and bank-auction houses (foreclosed homes, valuation reports, defaulting borrowers, bidders' deposits, auction-day notes, valuers' chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en322
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "auction_notices"): _lines("""
        PUBLIC AUCTION by Mortgagee in Possession: Thursday 16 April 2026 at 3.00pm, Level 2 function room, Raffles City Convention Centre, 80 Bras Basah Road. Registration from 2.15pm.
        Lot 3 | District 19 | 99-yr leasehold cluster terrace, land 1,829 sq ft, built-up approx. 3,250 sq ft | Opening bid S$2.05m | Sold with vacant possession
        Lot 7: Freehold 3-bedroom condominium unit near Novena MRT, 1,184 sq ft, tenanted at S$4,800/month until Sept 2026. Offered subject to existing tenancy.
        Lot 11 withdrawn prior to auction. Lots 12 and 14 postponed to the May sale, new dates to be announced on our website and in The Straits Times classifieds.
        Interested parties may inspect the title extracts and conditions of sale at our office, 8 Cross Street #11-00, Singapore 048424, Mon-Fri 9am to 5pm.
        Enquiries: Auction Department, Kingsbury Auctioneers & Valuers Pte Ltd (UEN 201728319W), Tel +65 6225 4190, auctions@kingsbury-av.com.sg
        MALAYSIA SALE by Order of the High Court at Kuala Lumpur: 2-storey terrace house in Taman Tun Dr Ismail, leasehold, reserve price RM1,350,000, sold as is where is.
        Reserve price RM412,000 (reduced 10% from the previous auction on 12.02.2026). Prospective bidders are advised to inspect the property and search the title before the sale.
        Lot 5: Conservation shophouse, 3 storeys, Jalan Sultan, 999-yr leasehold, ground floor let to a kopitiam operator. Opening bid S$6.8m, GST not applicable.
        Auction results 19 March 2026: 14 lots offered, 3 sold under the hammer, 2 sold post-auction, total S$11.46m. Highest: Lot 2, Bukit Timah landed, S$5.21m.
        This sale is conducted by the mortgagee pursuant to its power of sale. The mortgagee and the auctioneer make no representation as to the accuracy of the particulars.
        Online bidding opens at 10:00 SGT on sale day; proxy bids must be lodged 48 hours before the sale together with a S$200 non-refundable registration fee.
        Lot 9: HDB executive maisonette, Woodlands, 148 sqm, remaining lease 67 years; HDB eligibility conditions apply to the buyer (SC households only).
    """),
    ("en", "valuation_report_extracts"): _lines("""
        Basis of valuation: Market Value as defined in the SISV Valuation Standards and Practice Guidelines, adopted by the Singapore Institute of Surveyors and Valuers.
        Forced sale value has been assessed at 80% of Market Value, reflecting a restricted marketing period of three months as instructed by the lender.
        Market Value as at 3 March 2026: S$1,380,000 (Singapore Dollars One Million Three Hundred And Eighty Thousand Only), on a vacant possession basis.
        Comparable 1: 4-room HDB flat, Tampines Street 81 area, 93 sqm, mid floor, transacted Jan 2026 at S$598,000; adjusted -3% for inferior corridor position.
        Comparable 3: freehold condominium, same development, 1,141 sq ft, caveat lodged 12 Dec 2025 at S$1,720 psf; time adjustment +1.2% to date of valuation.
        Site area 162.3 sqm per title plan; built-up area measured on site at 281 sqm, with an unapproved rear extension of about 14 sqm noted during inspection.
        Malaysian valuation: Comparison Approach adopted as the primary method, cross-checked by the Cost Approach (land at RM85 psf plus depreciated building cost).
        The subject property is a 2-storey intermediate terrace house within Taman Desa Jaya, about 1.5 km from the Kepong Sentral KTM station.
        We have not carried out a structural survey. Hairline cracks were noted on the rear kitchen wall; no termite infestation was observed on the date of inspection.
        This report is prepared solely for Maybank Islamic Berhad for mortgage and auction reserve purposes and should not be relied upon by any third party.
        Valuation reference: KAV/VAL/2026/0318-R2 | Date of inspection: 27 Feb 2026 | Tenure: 99 years wef 01/06/1996 | Zoning: Residential, GPR 2.8
        Asking prices on PropertyGuru and EdgeProp listings were disregarded; only registered transactions from URA and JPPH NAPIC data were relied upon.
        Valuation fee per the Malaysian Scale of Fees: RM3,150 excluding SST 8%, travelling claim RM0.80/km beyond a 30 km radius of our Petaling Jaya office.
    """),
    ("en", "bidder_faq"): _lines("""
        Q: How much deposit do I need on auction day? A: 10% of the reserve price by cashier's order or bank draft made payable to the mortgagee bank, not to the auctioneer.
        Q: When must the balance be paid? A: Within 90 days of the auction date for Malaysian lots; Singapore lots usually complete in 8 to 12 weeks per the conditions of sale.
        Q: Can I bid on behalf of someone else? A: Yes, with a letter of authorisation and a copy of the principal's ID; company bidders must bring a board resolution and the company stamp.
        Q: Is the property sold with vacant possession? A: Check the particulars. Lots marked VP are vacant; lots marked Subject to Tenancy are sold with the existing tenants in place.
        Q: Are foreigners allowed to bid on Malaysian lots? A: Yes, subject to state consent and the minimum price threshold set by each state authority.
        Q: Who pays outstanding maintenance fees? A: Arrears owed to the MCST or JMB up to the date of sale are usually settled from the proceeds; see clause 14 of the conditions of sale.
        Q: What if I win but fail to pay the balance? A: Your 10% deposit will be forfeited and the property may be re-auctioned at a lower reserve price.
        Q: How do I register for online bidding? A: Create an account on our portal, upload your ID and proof of funds, then pay the S$200 fee via PayNow to UEN 201728319W.
        Q: Who do I call on the day? A: Auction desk hotline +65 6225 4191 or WhatsApp +65 8188 2040 (office line, 9am-6pm, replies within 1 working day).
        Q: Is stamp duty payable? A: Yes. Buyer's Stamp Duty applies as usual, plus ABSD where applicable; the hammer price is the consideration for stamp duty purposes.
        Q: Do you hold auctions in Johor? A: Yes, our JB branch at Level 8, Menara Landmark, 12 Jalan Ngee Heng, 80000 Johor Bahru runs sales on the last Wednesday of each month.
        Q: Can I get a copy of the valuation report? A: Reports belong to the lender; we only publish the summary particulars and the reserve price.
        Q: Where do I send documents? A: Email docs@kingsbury-av.com.sg with your auction reference (e.g. AUC-26-0416-L07) in the subject line, max 10 MB per email.
    """),
    ("en", "valuers_staff_chat"): _lines("""
        [08:47] Morning all, DBS panel queue is 23 reports this week, pls clear the Punggol and Sengkang ones first, bank wants them by Fri 5pm.
        [09:12] Site at Jurong West done. Unit is vacant, ceiling leak in master bath, photos uploaded to the shared drive under VAL-26-0331.
        [09:40] Anyone has the latest NAPIC Q4 data for Seremban 2? Need comps for the double-storey terrace job, the bank's reserve looks too high lah.
        [10:05] Reminder: SISV CPD talk on ESG in valuation, 22 Apr 7pm at the SISV office, 110 Middle Road, register by Thursday ok.
        [11:22] Locksmith quote for the Bukit Batok foreclosure came in at S$380 incl. 2 new padlocks, approved, invoice to be billed to the mortgagee.
        [12:30] Lunch at Ya Kun Kaya Toast Tanjong Pagar? Then head to the Tiong Bahru walk-up inspection at 2, bring the laser measurer and the spare battery.
        [14:18] JB team says the Maybank re-auction for the Skudai unit dropped the reserve to RM276k, 4th attempt already, still no bidders ah.
        [15:03] FYI the URA caveat data for Q1 got revised, the Clementi comps I sent yesterday need to change from S$1,688 psf to S$1,702 psf.
        [15:47] Client bank asked why our figure is 6% below the last report. Drafting the reply now, will copy the director before sending out.
        [16:20] Auction room booked: Function Room 2, Level 4 for 16 Apr, 2pm-6pm, S$1,450 incl. AV and 40 chairs, deposit already paid by GIRO.
        [17:05] Level 8 printer jammed again, the 60 auction catalogues are at Kiasu Print Shop, Bras Basah Complex #03-41, collect tomorrow 10am.
        [17:36] Heads up: heavy rain forecast tmr, the Pasir Ris landed inspection may get postponed, will update in this group by 8am.
        [21:14] Report VAL-26-0329 signed off and sent to OCBC, ref OCBC/MTG/88123. Thanks everyone, can go home liao.
    """),
    ("mixed", "property_market_news"): _lines("""
        Minister for National Development Chee Hong Tat told Parliament that HDB resale prices moderated this quarter as more BTO flats reached completion.
        Datuk Seri Anwar Ibrahim said the stamp duty exemption for first homes up to RM500,000 will continue, a relief for pembeli rumah pertama at bank auctions.
        KPKT Minister Nga Kor Ming visited a projek perumahan terbengkalai in Sungai Buloh and promised a rescue plan for the affected purchasers within six months.
        Bank Negara Malaysia kept the OPR at 2.75% at its latest MPC meeting, giving some breathing space to borrowers struggling with ansuran rumah.
        History corner: Lim Kim San, first chairman of HDB from 1960 to 1963, oversaw more than 21,000 flats in under three years, still quoted in valuation lectures.
        Data lelongan yang dikumpul oleh Henry Butcher Malaysia menunjukkan Selangor dan Johor masih mencatat jumlah lot lelong kediaman yang tertinggi.
        Kopi talk: Lee Kuan Yew's 1964 Home Ownership for the People scheme gets cited every time MAS tweaks the TDSR, 现在上限是55%.
        Jalan Tuanku Abdul Rahman, named after the first Yang di-Pertuan Agong, still has pre-war shophouses that come up at bank auctions, harga pun tinggi.
        MAS Managing Director Chia Der Jiun said household balance sheets remain resilient, although some mortgage borrowers feel the pinch of 利率 resets.
        Book club pick: Crazy Rich Asians by Kevin Kwan, whose fictional Tyersall Park estate valuers joke would fetch a billion at auction, 真的吗?
        Edmund Tie research notes that prime District 9 and 10 prices were flat quarter-on-quarter; ramai investor still waiting for auction bargains.
        Hong Kong: 法拍屋 listings in Tseung Kwan O increased as negative equity cases stayed in the tens of thousands, according to HKMA quarterly data.
        Taiwan 法拍屋 watch: the Taipei District Court 民事執行處 reported more flats sold in the second round of auction after the 20% reserve reduction.
    """),
    ("mixed", "config_and_code"): _lines("""
        AUCTION_DEPOSIT_PCT = 0.10  # deposit 10% daripada harga rizab, jangan tukar tanpa approval Legal
        reserve_price_myr: 412000.00  # 第二次拍卖减价10% after the first auction failed, rounded to RM1,000
        def forfeit_deposit(lot_id: str, days_late: int) -> bool: return days_late > 90  # tempoh bayar baki 90 hari
        SELECT lot_id, reserve_price, status FROM auction_lots WHERE sale_date = '2026-04-16' AND status IN ('OPEN', 'POSTPONED');
        logging: level=INFO, tz=Asia/Kuala_Lumpur, fmt='%(asctime)s lot=%(lot)s event=%(event)s'  # jangan log nombor IC
        CSV header: auction_ref,lot_no,tenure,land_area_sqft,built_up_sqft,reserve_price,deposit_amount,bank_panel,sale_status  # 不要加个人资料栏
        email_from: noreply@kingsbury-av.com.sg  smtp_host: smtp.example.com  smtp_port: 587  # test config sahaja, jangan guna production
        2026-04-16T15:02:41+08:00 INFO lot=AUC-26-0416-L03 event=BID amount=2150000 currency=SGD increment=10000 room=RCCC-L2 round=2 # bidaan kedua
        git commit -m 'fix: rounding harga rizab to nearest RM1,000, 修复四舍五入 bug'  -> [main 9f3c2e7] 2 files changed, 14 insertions
        version: 2.14.3  build: 20260402.1  feature_flags: {online_bidding: true, proxy_bid: false}  # 新加坡 lots only, MY lots next sprint
        PAYNOW_UEN = '201728319W'  # company PayNow for registration fee, bukan akaun peribadi staff
        MASK_FIELDS = ['nric', 'mykad', 'hkid', 'phone', 'email', 'bank_acct']  # 出口前必须脱敏, wajib mask sebelum export
        curl -X POST https://api.example.com/v1/lots/AUC-26-0416-L07/withdraw -H 'Authorization: Bearer <TOKEN>'  # lot ditarik balik oleh bank
    """),
    ("ms", "syarat_lelongan"): _lines("""
        Harta ini dijual tertakluk kepada satu harga rizab sebanyak RM380,000.00 dan kepada Syarat-Syarat Jualan yang dilampirkan bersama Perisytiharan Jualan ini.
        Semua penawar dikehendaki mendepositkan 10% daripada harga rizab dalam bentuk Bank Draf atau Cashier's Order atas nama Pemegang Gadaian sebelum lelongan bermula.
        Baki harga belian hendaklah dibayar sepenuhnya dalam tempoh 120 hari dari tarikh jualan kepada Pemegang Gadaian melalui Bank Draf.
        Lelongan akan diadakan pada hari Rabu, 22 April 2026, jam 10.00 pagi di Bilik Lelong, Kompleks Mahkamah Jalan Duta, Kuala Lumpur.
        Lelongan atas talian juga boleh dibuat melalui portal e-Lelong; pendaftaran ditutup dua hari bekerja sebelum tarikh lelongan.
        Penawar dinasihatkan memeriksa hartanah serta membuat carian hakmilik rasmi di Pejabat Tanah dan Galian Selangor sebelum jualan.
        Harta: Sebuah rumah teres dua tingkat (lot tengah), pegangan pajakan 99 tahun, keluasan tanah 1,540 kaki persegi, di Bandar Baru Bangi, Selangor.
        Hartanah ini dijual dalam keadaan as is where is tanpa apa-apa jaminan tentang keadaan fizikal, pemilikan kosong atau tunggakan cukai.
        Untuk butiran lanjut, sila hubungi firma pelelong: Mega Lelong Sdn Bhd, No. 23-1, Jalan Telawi 3, Bangsar Baru, 59100 Kuala Lumpur. Tel: 03-2284 6170.
        Peguamcara Pemegang Gadaian: Tetuan Rahim, Lee & Partners, Suite 8.02, Menara Keck Seng, 203 Jalan Bukit Bintang, 55100 Kuala Lumpur.
        Pembeli bertanggungjawab menjelaskan semua tunggakan caj penyelenggaraan dan kumpulan wang penjelas kepada JMB selepas tarikh jualan, jika ada.
        Jualan ini tertakluk kepada kelulusan Pihak Berkuasa Negeri bagi pindah milik; pembeli bukan warganegara perlu mendapatkan kebenaran tambahan.
        Notis: Lelongan No. LL/2026/0422/07 ditangguhkan atas arahan Pemegang Gadaian. Tarikh baharu akan diumumkan dalam Berita Harian dan Sin Chew Daily.
    """),
    ("zh-Hans", "估价服务收费表"): _lines("""
        金丰估价师行（新加坡）2026年收费表：组屋估价报告 S$120 起，私人公寓 S$250 起，有地住宅 S$500 起，以上价格另加9%消费税。
        法拍房（银行拍卖）底价评估：每份报告 S$380，加急24小时出报告另收 S$150；马来西亚物业按当地估价师收费标准另行报价。
        客服热线：+65 6338 2716（周一至周五 9:00-18:00），WhatsApp 查询：+65 9011 5273（公司专线），邮箱：service@jinfeng-val.com.sg
        公司地址：新加坡牛车水桥南路 101 号 #05-12，邮编 058699；公司注册号 UEN 200912345E；估价师行执照编号 EA-L-2026-0318。
        现场勘察交通费：中央区免费，裕廊、兀兰、榜鹅等地区加收 S$30，新山及柔佛其他地区每次 RM150，需提前两个工作日预约。
        银行拍卖出价代理服务：代办登记、准备10%押金本票、拍卖当天到场举牌，服务费为成交价的0.5%，最低 S$1,000，未成交只收 S$200 手续费。
        发票编号 INV-2026-04-0183｜项目：私人公寓市值评估报告×1｜金额：S$250.00｜GST 9%：S$22.50｜合计：S$272.50
        付款方式：PayNow（UEN 200912345E）、银行转账至公司华侨银行企业户口，或支票抬头“金丰估价师行私人有限公司”。
        温馨提示：估价报告仅供贷款及拍卖参考，不构成买卖建议；报告自出具之日起三个月内有效，逾期需重新勘察并按当时收费表重新收费，敬请留意。
        客户评价：报告出得快，估价师很专业，连屋子厕所漏水的问题都拍照写进报告，推荐！★★★★★（来自 Google 商家评论）
        套餐价：同一栋公寓两个单位同时估价，第二份报告半价；适用于遗产继承、分产及法拍前评估，优惠至2026年6月30日，不可与其他优惠同时使用。
        营业时间调整：2026年农历新年（2月17日至18日）公司休息，2月19日恢复营业，紧急查询请发邮件至公司邮箱，我们会在一个工作日内回复。
        合作银行：星展银行 DBS、大华银行 UOB、华侨银行 OCBC、马来亚银行 Maybank；本行估价师均为新加坡测量师与估价师学会 SISV 会员。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Borrower Mr Ong Boon Keat fell 6 months behind on his OCBC home loan after his renovation business folded; outstanding S$412,380.55 as at 31 Mar 2026.
        Site note: owner's mother Mdm Chua Ah Lian is bedridden after a stroke and sleeps in the back room, pls keep the inspection short and don't photograph her.
        Call the owner's son at 9176 4402 before 6pm to arrange access to the unit, he works night shift and won't pick up in the morning.
        Deposit refund outstanding for bidder NRIC S8634172G, cashier's order UOB 338210 for S$61,500, lot not won, pls chase finance.
        Bidder registration | Name: Rajesh Kumar s/o Subramaniam | NRIC: S7723518C | Mobile: +65 9263 7718 | Email: rajesh.subra77@gmail.com | Deposit CO DBS 771904 S$98,000
        Occupier Encik Rahim bin Yusof refuses to vacate; says his wife goes for dialysis three times a week at the NKF centre nearby and they have nowhere else to go.
        Vacant possession delayed: the tenant, Farah Nadia Abdul Karim, is 8 months pregnant and asked the bank for one more month, legal to decide by Friday.
        Unit sold under court order after the divorce of Mr Gary Pang Wee Liang and Mrs Irene Pang; she wants her share of the proceeds paid to a separate account.
        Owner Kelvin Ng Jun Hao has been remanded since February on cheating charges; his sister holds a power of attorney and will sign the transfer for him.
        AUC-26-0416-L07,Lot 7,Tan Mei Ling,S8912345C,+65 9650 2214,meiling.tan88@yahoo.com.sg,DBS CO 442187,S$118000,WON
        2026-04-16T14:21:07+08:00 INFO bidder_registered name='Arjun Pillai' nric=S9047721H mobile=+6581234567 lot=L03 deposit_ok=true
        Send the auction outcome letter to the borrower at Blk 418 Hougang Ave 8 #09-233, Singapore 530418, by AR registered post.
        Borrower's Feb payslip shows basic salary S$4,200 at a logistics firm, down from S$7,800; Ms Jasmine Teo Hui Min says she took a pay cut to keep her job.
        Refund the surplus of S$23,417.90 to the former owner's POSB savings account 188-23456-7, confirmed with her by phone on 2 Apr.
        A grey Honda Vezel SKA 2281 G is parked in the carport of the foreclosed house every night, probably the ex-owner's brother still sleeping there.
        Call log: bidder with NRIC ending ***4172G rang again about his forfeited deposit, very upset, said he owes money to three licensed moneylenders.
        IMG_4471.jpg from the inspection shows owner Mr Lawrence de Souza's wedding photo and his kids' school certificates on the wall, pls blur before sending to the bank.
        The valuation complaint came from dennis.yap.kh@hotmail.com, he claims our figure cost him his refinancing, reply politely and cc the director.
        Winning bidder Lot 12: Nurul Aisyah binti Kamarudin, MyKad 910715-10-5634, RM48,000 bank draft from RHB, balance due by 14 Aug 2026.
        The condo guard told us owner Mr Steven Lau Chee Meng passed away in January and his two daughters are fighting over the estate, hence the arrears.
        Ah Huat, the old uncle who turns up at every auction, told us he was just made bankrupt and the Official Assignee froze his accounts last week.
        Borrower profile | Ms Goh Siew Ping | DOB 14/09/1982 | NRIC S8230914D | 27 Jalan Kembangan, Singapore 419112 | Loan a/c 0711-284519-06 | Arrears S$31,920 | single mother of 2, breast cancer 2025
    """),
    "mixed": _lines("""
        Boss, the owner of the Setia Alam unit, Puan Hasnah binti Ismail, called sambil menangis, she said husband dah kena stroke and cannot pay the bank any more.
        陈先生 the bidder from Lot 4 tak datang bayar baki, his deposit RM35,000 kena forfeit, his HP 012-338 9041 tak angkat langsung.
        Eh the ex-owner Muthu a/l Ganesan still staying in the unit lah, he told me got gambling debt with ah long, sampai kena simbah cat merah at the door.
        林太 says her husband 林志强 ran off to China with the loan money, she can't pay the Maybank installment, 很可怜, please ask bank give more time.
        Bidder form: Nama: Lee Chee Keong | IC: 790224-07-5281 | Tel: 016-412 7730 | Alamat: 12, Lorong Kenari 3, 11900 Bayan Lepas, Pulau Pinang | 押金 RM52,000
        Valuer's WhatsApp: bro the tenant Siti Mariam tu pregnant 7 months, takkan we change lock today, tunggu dulu lah, let legal decide.
        Refund surplus proceeds RM18,230.40 ke akaun Maybank 1140 2233 8571 milik bekas pemilik, already confirmed with her by phone.
        Ah Seng the night guard at the Cheras auction house kena tangkap polis for drug possession last week, so now no one jaga the property.
        Owner Jessica Wong Mei Yee, email jess.wongmy@gmail.com, cakap she never received the notice of demand, 她说要告银行, pls check our dispatch record.
        Plate WVR 3318 selalu parking depan rumah lelong tu, I think the ex-owner's boyfriend, dia datang tengah malam ambil barang.
        Log: 2026-04-22 10:41 MYT bidder=Kavitha d/o Murugesan ic=850312-14-5528 bid=RM405,000 status=WON 成交, deposit BD CIMB 009217
        HK buyer 黄家豪 (HKID K123457(9)) wants to bid for the JB condo, tanya boleh ke foreigner beli bawah RM1 juta, his WhatsApp +852 9487 1120.
    """),
    "ms": _lines("""
        Peminjam Encik Mohd Faizal bin Rosli telah gagal membayar ansuran pinjaman perumahan selama 9 bulan; jumlah tunggakan RM27,640.15 setakat 31 Mac 2026.
        Menurut jiran, pemilik rumah Puan Zaharah binti Awang telah bercerai tahun lepas dan bekas suaminya enggan keluar dari rumah tersebut.
        Sila hubungi anak pemilik di talian 019-277 4815 untuk mendapatkan kunci rumah sebelum pemeriksaan penilaian pada hari Khamis.
        Borang Pendaftaran Penawar: Nama: Jaimah anak Ujang | No. K/P: 870921-13-5370 | Alamat: Lot 1442, Taman Sri Wira, 93250 Kuching, Sarawak | Tel: 013-822 4051
        Penyewa rumah lelong, Encik Azman Shah, memberitahu beliau sedang menjalani kemoterapi di Hospital Kuala Lumpur dan memohon tempoh tambahan untuk berpindah.
        Bekas pemilik Tuan Haji Zulkifli bin Hassan telah diisytiharkan bankrap pada Januari 2026; semua urusan kini melalui Jabatan Insolvensi Malaysia.
        Baki lebihan hasil jualan RM9,870.00 akan dikreditkan ke akaun Bank Islam 12014023118765 milik peminjam dalam tempoh 14 hari bekerja.
        Nota lawatan tapak: kereta Proton Saga JQT 7702 milik pemilik masih di porch, isteri beliau Nor Azlina berkata suaminya ditahan reman sejak minggu lepas.
    """),
    "zh-Hans": _lines("""
        借款人陈志明先生，身份证号 440304198807123416，已拖欠星展银行房贷7个月，本人现居深圳，联系电话 138 2655 7104。
        拍卖当天，竞买人刘女士在现场晕倒，后来才知道她有严重心脏病，她的押金本票 S$75,000 暂由我们代为保管。
        阿明（原业主的弟弟）一直住在法拍屋里不肯搬，他说欠了大耳窿二十多万，天天有人上门追债。
        估价师笔记：业主黄美玲女士离婚后独自带两个孩子，月薪约 S$3,500，无力偿还剩余贷款 S$286,000。
        退还押金请汇至竞买人账户：中国银行 6217 8560 0001 2345 678，户名：赵丽华，开户行：广州天河支行。
    """),
    "zh-Hant": _lines("""
        香港買家何德明先生（HKID: C668204(7)）透過代理競投吉隆坡法拍單位，聯絡電話 9316 2284，押金已電匯到律師樓。
        台灣投資人蔡宜蓁小姐，身分證字號 B228134601，欲標購新山公寓，她說資金來自父親遺產，目前與兄長仍有遺產糾紛。
        屋主李太話個仔欠咗財務公司好多錢，佢自己又患咗柏金遜症，求銀行唔好咁快拍賣層樓。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are DraftMate, an internal writing assistant for a Singapore valuation and auction firm. Keep letters formal and concise.",
        ),
        (
            "user",
            "Draft a short cover letter to DBS Mortgage Recovery for our valuation of the foreclosed condo at 8 Jalan Lempeng #14-06, Singapore 128800, mortgagor Mr Terence Lim Kok Wai (NRIC S7512346I). Market value S$1.21m, forced sale value S$968k.",
        ),
        (
            "assistant",
            "Dear Sir/Madam, Re: Valuation of 8 Jalan Lempeng #14-06, Singapore 128800 (Mortgagor: Mr Terence Lim Kok Wai). We enclose our report, which assesses the Market Value at S$1,210,000 and the Forced Sale Value at S$968,000 as at the date of inspection. Please contact us should you require any clarification. Yours faithfully, Auction and Valuation Department.",
        ),
        (
            "user",
            "Add a line that the occupier, his elderly father, looked unwell and asked for more time to move out.",
        ),
        (
            "assistant",
            "Added after the valuation figures: At the inspection, the occupier, Mr Lim's elderly father, appeared unwell and requested additional time to vacate the premises. We leave it to the Bank to consider this request.",
        ),
    ],
    [
        ("user", "How do valuers usually set the reserve price for a second auction in Malaysia?"),
        (
            "assistant",
            "After a failed first auction, the lender typically applies to reduce the reserve by around 10%, supported by an updated valuation. Courts and land offices usually accept reductions if the valuer confirms the market has not improved.",
        ),
        (
            "user",
            "Context: it's my aunt's house in Klang, Madam Saraswathy a/p Krishnan, IC 620418-10-5422. She has kidney failure and the bank is auctioning after 2 failed attempts. Can the family bid for it?",
        ),
        (
            "assistant",
            "Yes, family members can usually bid like any other member of the public, provided they pay the 10% deposit and can settle the balance within the deadline. Given your aunt's health, you may also ask the bank about a private treaty sale or a settlement before the next auction date.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk jabatan lelongan sebuah bank di Malaysia. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong sediakan draf surat peringatan akhir kepada peminjam: Encik Khairul Anuar bin Salleh, No. K/P 830605-01-6117, alamat No. 9, Jalan Kenanga 4/2, Taman Kenanga, 81300 Skudai, Johor. Tunggakan RM18,450.",
        ),
        (
            "assistant",
            "Tuan, Notis Peringatan Akhir: Rekod kami menunjukkan pinjaman perumahan tuan mempunyai tunggakan sebanyak RM18,450.00. Sila jelaskan jumlah ini dalam tempoh 14 hari dari tarikh notis ini, jika tidak pihak bank akan meneruskan tindakan lelongan hartanah tanpa notis lanjut.",
        ),
        (
            "user",
            "Tambah nombor telefon beliau 017-725 3349 dalam rekod rujukan dalaman sahaja, bukan dalam surat.",
        ),
        (
            "assistant",
            "Baik. Surat kekal tanpa nombor telefon. Rekod dalaman: Khairul Anuar bin Salleh, K/P 830605-01-6117, Tel 017-725 3349, tunggakan RM18,450.",
        ),
    ],
    [
        (
            "user",
            "我叫张静怡，身份证号 310104199003145729，在上海工作，想参加新加坡的银行法拍房竞拍，需要准备什么？",
        ),
        (
            "assistant",
            "外国买家在新加坡只能竞买私人公寓等非有地住宅，需要准备护照、资金证明和相当于底价10%的银行本票作为押金，另外成交后需缴纳买方印花税和60%的额外买方印花税。",
        ),
        ("user", "我的预算大约 S$1.5m，资金来自我和前夫离婚时分到的房产，银行会不会查资金来源？"),
        (
            "assistant",
            "会的。银行和律师会按反洗钱规定核查资金来源，建议准备离婚协议、房产出售合同及转账记录，以证明资金合法来源。",
        ),
    ],
    [
        ("user", "我係香港人陳嘉欣，HKID R417930(6)，想喺新山買法拍公寓，外國人有冇最低價限制？"),
        (
            "assistant",
            "有。馬來西亞各州對外國買家設有最低價門檻，柔佛一般較高，而且法拍物業同樣要申請州政府批准。建議出價前先請當地律師確認該單位是否開放予外國人購買。",
        ),
        ("user", "如果我中標但州政府唔批，押金點算？"),
        (
            "assistant",
            "要睇拍賣條款。部分條款會列明未獲批准時退還押金，但亦有條款要求買家自行承擔風險，所以報名前一定要細讀 Conditions of Sale。",
        ),
    ],
    [
        (
            "system",
            "You summarise staff WhatsApp chats for an auction house. Output short bullet points in English.",
        ),
        (
            "user",
            "Summarise pls: [10:02] Lot 5 bidder Mr Yeo Chin Huat tak bawa CO, dia kata bank lambat [10:05] his HP 9827 3316 [10:11] 杨先生 ask can pay deposit by PayNow or not [10:15] boss say cannot, must be CO",
        ),
        (
            "assistant",
            "- Lot 5 bidder Mr Yeo Chin Huat arrived without a cashier's order, citing bank delay. - Contact: 9827 3316. - He asked to pay the deposit by PayNow. - Management declined; a cashier's order is required.",
        ),
        ("user", "Remove his number from the summary, we are sending it to the bank."),
        (
            "assistant",
            "- Lot 5 bidder Mr Yeo Chin Huat arrived without a cashier's order, citing bank delay. - He asked to pay the deposit by PayNow. - Management declined; a cashier's order is required.",
        ),
    ],
    [
        (
            "system",
            "Case file loaded. Borrower: Haresh Menon, NRIC S6940218F, mobile +65 9734 5128, property 51 Sunset Way #03-11, arrears S$44,210. Note: borrower says he is being treated for depression (letter dated 3 Mar 2026). Answer staff questions about this case.",
        ),
        ("user", "What's the next step for this case?"),
        (
            "assistant",
            "Mr Menon's arrears stand at S$44,210. Since he has disclosed he is under treatment for depression, I suggest one more courtesy call to +65 9734 5128 to discuss a repayment plan before the bank issues the notice to take possession.",
        ),
        ("user", "If he doesn't answer, can we proceed to auction?"),
        (
            "assistant",
            "Only after the statutory notice period has lapsed and the bank's legal team confirms it. Record the call attempts in the case file before proceeding.",
        ),
    ],
    [
        (
            "user",
            "Extract the fields from this OCR'd bidder form: BIDDER REG FORM / Full name: Nur Syafiqah binti Hamdan / NRIC/FIN: T0318852Z / Mobile 8462 1937 / Email syafiqah.hamdan01@gmail.com / Deposit: UOB CO 552019 S$64,000 / Lot 11",
        ),
        (
            "assistant",
            '{"name": "Nur Syafiqah binti Hamdan", "nric": "T0318852Z", "mobile": "+65 8462 1937", "email": "syafiqah.hamdan01@gmail.com", "deposit": {"bank": "UOB", "instrument": "CO 552019", "amount_sgd": 64000}, "lot": 11}',
        ),
        ("user", "Is the NRIC in a valid format?"),
        (
            "assistant",
            "Yes. T0318852Z has the T prefix for a citizen or PR born in 2000 or later, seven digits and a check letter that matches the standard checksum.",
        ),
    ],
    [
        (
            "user",
            "My uncle Lim Ah Kow's shophouse in Ipoh kena lelong next month, he's 71 and got stage 3 liver cancer, family cannot settle the RM230k arrears. Boleh stop the auction tak?",
        ),
        (
            "assistant",
            "Sorry to hear about your uncle. Options include negotiating a settlement or restructuring with the bank, asking the bank to postpone on compassionate grounds with a medical report, or selling by private treaty before the auction date. A lawyer can advise whether any court application is possible.",
        ),
        ("user", "Kalau family kami bid sendiri at the auction, can or not?"),
        (
            "assistant",
            "Boleh. Family members may bid like anyone else, but you need the 10% deposit on auction day and must settle the balance within the period stated in the proclamation of sale.",
        ),
    ],
    [
        (
            "user",
            "I'm the former owner of a foreclosed apartment in Bukit Jalil. The bank says a surplus of RM12,640 will be paid out. My MyKad is 880215-14-5631 and my Public Bank account is 6412830719. How long does it usually take?",
        ),
        (
            "assistant",
            "Surplus proceeds are normally released after the buyer pays the full balance and the bank's costs are deducted, often within 1 to 3 months of completion. Ask the bank's recovery unit for a final statement of account.",
        ),
        ("user", "Do I need to declare this surplus for income tax?"),
        (
            "assistant",
            "Generally no income tax applies to the surplus from the sale of your own home, but RPGT may apply depending on how long you owned it. Check with LHDN or a tax agent.",
        ),
    ],
]
