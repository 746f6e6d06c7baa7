# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en194: SG/MY property estate agents (listings, viewings, OTPs, tenancies, commission disputes, CEA/REA matters, agent chats). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en194
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "listing"): _lines("""
        FOR SALE | 4-room HDB @ Blk 318C Anchorvale Link | high floor, unblocked view | 93 sqm | MOP reached 2024 | asking S$628,000 nego | viewing via Harbourline Realty office 6291 4408
        FOR RENT: Common room at Punggol Waterway Terraces, aircon + WiFi, light cooking only, owner not staying, S$950/mth incl. utilities, available 1 Feb
        Freehold cluster terrace off Jalan Loyang Besar, 2,800 sqft land, renovated 2021, 4+1 bedrooms, open to offers above S$3.3m
        Whole unit 2BR at The Florence Residences, 721 sqft, fully furnished, S$4,300/mth, min 2-year lease, near Kovan MRT
        5-room DBSS at Centrale 8 Tampines, mid floor, asking S$898k, buyers please check ethnic and SPR quota on the HDB portal before offering
        Double-storey terrace @ Taman Mount Austin, 22x75, freehold, 4+1 bed 3 bath, RM 780k, walking distance to AEON Tebrau City
        Mont Kiara condo 1,453 sqft, 3+1R 3B, partially furnished, RM 5,800/month, 2 car parks, near Garden International School
        Tanjung Bungah sea-view apartment, 1,100 sqft, 99-year leasehold, RM 650k nego, Bumi lot already released
        Conservation shophouse @ Joo Chiat Road, 3 storeys, freehold, guide price S$8.8m, EOI closes 28 Feb 2026 at 3pm
        NEW LAUNCH preview: 2-bedders from S$1.3xm, showflat open daily 10am–7pm, no appointment needed, early-bird discount 5% till month end
        Citylights studio 452 sqft, S$3,100/mth, 1-year lease, tenant pays half month agent fee
        EC for sale @ Parc Canberra, 4BR 1,119 sqft, MOP met, open to SC and SPR buyers only until the 10-year mark
        Seremban 2 semi-D, 40x80, Bumi lot, RM 1.1m, currently tenanted till August at RM 2,400
        Listing ID 24311876 | 3-room HDB | Toa Payoh Lor 8 | S$468,000 | 67 sqm | 48 years lease left
        Bukit Panjang master room with attached bath, S$1,300, no agent fee, non-smoking working professional preferred
        Ground-floor shop lot @ Taman Connaught, Cheras, 1,540 sqft, RM 6,500/mth, suitable for F&B, 3 months deposit
    """),
    ("en", "procedure"): _lines("""
        For an HDB resale, the option fee is capped at S$1,000 and the option period is 21 calendar days; the buyer must submit the resale application on the HDB Resale Portal before the option expires.
        Under the Estate Agents Act 2010, only licensed agencies and registered salespersons may do estate agency work in Singapore; check the Public Register on the CEA website before engaging anyone.
        A salesperson may not represent both landlord and tenant in the same transaction; dual representation is not allowed under the CEA Code of Ethics and Professional Client Care.
        BSD on residential property: 1% on the first S$180,000, 2% on the next S$180,000, 3% on the next S$640,000, 4% on the next S$500,000, 5% on the next S$1.5m and 6% on the rest.
        ABSD from 27 April 2023: Singapore citizens 0%, 20% and 30% for first, second and third property; PRs 5%, 30% and 35%; foreigners 60% on any residential purchase.
        Stamp duty on a lease of up to four years is 0.4% of the total rent and must be paid within 14 days of signing, or 30 days if signed overseas.
        The minimum rental period is 6 months for HDB flats and 3 months for private residential properties.
        Malaysia RPGT for citizens: 30% if disposed within 3 years, 20% in year 4, 15% in year 5 and 0% from year 6 onwards.
        Malaysia stamp duty on the memorandum of transfer: 1% on the first RM100,000, 2% up to RM500,000, 3% up to RM1m and 4% on the amount above RM1m.
        In Malaysia only registered estate agents, probationary estate agents and REN holders with a valid tag may market property; ask to see the tag before the viewing starts.
        Never hand the earnest deposit to a negotiator in cash; pay into the agency's client account or the solicitor's stakeholder account and ask for an official receipt.
        Agencies must not hold the rental deposit for the landlord unless there is written authority and the money goes into a designated client account.
        Before the OTP is granted, the agent must complete customer due diligence under the Estate Agents (Prevention of Money Laundering and Financing of Terrorism) Regulations 2021.
        Commission disputes between consumers and agencies can be brought to the CEA Dispute Resolution Scheme, which starts with mediation and may go on to arbitration.
        Seller's stamp duty applies if a residential property acquired on or after 4 July 2025 is sold within four years of purchase.
        How much of my CPF OA can I use if the remaining lease of the flat does not cover the youngest buyer to age 95?
    """),
    ("en", "template"): _lines("""
        OPTION TO PURCHASE | Grantor: ____________ (NRIC/FIN: ____________) | Grantee: ____________ | Property: Blk ___ #__-___ Singapore ______ | Option fee: S$______ | Exercise by 4pm on ____________
        THIS TENANCY AGREEMENT is made on the ___ day of ______ 20__ BETWEEN [LANDLORD NAME] (NRIC No. [XXXXXXXXX]) (the "Landlord") AND [TENANT NAME] (Passport/FIN No. [XXXXXXXXX]) (the "Tenant").
        Clause 2(f): The Tenant shall bear the cost of minor repairs up to S$150 per item; repairs above this sum are for the Landlord's account unless caused by the Tenant's negligence.
        Diplomatic clause: should the Tenant be transferred out of Singapore after the 12th month, the Tenant may terminate with 2 months' written notice and refund the pro-rated commission.
        Letter of Offer: We, {buyer_name}, offer to purchase {property_address} at RM {price}, subject to a loan of not less than 90%. Earnest deposit of RM {deposit} enclosed.
        Hi {first_name}, thanks for viewing {project} today! Let me know if you'd like the floor plan or a second viewing. – {agent_name}, {agency}
        CEA prescribed Estate Agency Agreement – Seller of HDB flat | Commission: ___% of transacted price + GST | Period: from ________ to ________ | Exclusive: Yes / No
        Inventory checklist: Living – aircon x2, ceiling fan x1, curtains x2 sets | Kitchen – fridge, washer, hob & hood | Keys – main door x3, gate x2, access card x2, mailbox x1
        Receipt No. ______ | Received from ______________ the sum of RM ______ being earnest deposit for ______________ | Signed: ______ (REN No. ______)
        Co-broke agreement: Listing agent ________ (CEA Reg ________) and co-broke agent ________ (CEA Reg ________) shall share the commission of ___% equally, payable within 14 days of completion.
        Handover form: Meter readings – electricity ______ kWh, water ______ m³, gas ______ | Defects noted: __________ | Landlord signature / Tenant signature / Date
        Auto-reply: Thanks for contacting Harbourline Realty! Our agents reply within 1 working day. For urgent viewing changes call our office at 6291 4408 (Mon–Sat 9am–6pm).
    """),
    ("mixed", "agent_chat"): _lines("""
        anyone got buyer for 5rm Punggol Waterway? my seller wants 720k, co-broke 1% ok
        bro tmr viewing at Sengkang Grand cancelled, buyer side say their IPA not out yet
        paiseh guys, the HDB portal still show ethnic quota check right? my buyer keep kena block because the block quota full
        landlord say tenant can keep cat but must do professional cleaning upon move out, standard clause ok?
        heard CEA want reg number shown in all ads incl TikTok videos also, anybody confirm?
        sis JB side, earnest deposit you all collect 2% or 3% for subsale? my boss say 3% then balance 7% upon SPA
        got client ask whether foreigner can buy landed in Iskandar, min price now RM 1m right?
        showflat today damn pack, all the 2BR already 70% sold, wah lau
        reminder all: team meeting Thurs 10am at office, bring your Q4 pipeline. no need bring kopi, boss belanja
        大家好, anyone got 3BR rental around Bishan under 5k? expat family, company lease, move in Jan
        tuan rumah want to increase rent 10% upon renewal but market now flat, how to advise ah
        buyer lowball 20% below valuation, seller buay song, deal off lor
        有没有人知道 Bukit Batok 那边 executive maisonette 最近的 transacted price? 我 seller 想开 1.1m
        just closed my first HDB deal! thank you team for all the tips 🙏
    """),
    ("en", "crm_log"): _lines("""
        [2025-11-03 14:22:07] LISTING_UPDATE listing_id=24311876 status=ACTIVE->UNDER_OFFER agent_id=AG-00412 price=628000
        Case ref CEA/CMP/2025/004512 – status: closed, outcome: advisory issued to agency; no further action.
        HDB resale application R2503-118842 submitted 12/03/2025 10:41; acceptance due 26/03/2025.
        OTP No. 004518 issued 09 Oct 2025 – option fee received by cheque no. 000731 into agency client account.
        Invoice HR-INV-2025-0871 | Co-broke commission | Amount S$6,540.00 | GST 9% S$588.60 | Total S$7,128.60 | Due 30 Nov 2025
        Ticket #PSF-11873: photo upload fails for listings with more than 30 images; fix deployed in v3.14.2.
        Stamp certificate e-Stamping ref 2025-11-0087723 generated for lease document LD-5521.
        webhook payload: {"event": "viewing.booked", "listing": "L-88213", "slot": "2025-12-06T10:30:00+08:00", "attendee_count": 2}
        sha256(signed_otp_scan.pdf) = 1a51c6013d54d4beb164cde479924bf7eac1628f75c93842b2f3e60ae9b6ea30
        Strata title application for phase 2 submitted to PTG Selangor, ref PTG/SEL/ST/2025/1187.
        Export job rent_roll_2025Q3.csv completed: 1,284 rows, 0 errors, duration 00:02:17
        Valuation request VAL-MY-2025-3391: 3-storey superlink, Setia Alam, market value RM 1,050,000 as at 14 Oct 2025.
    """),
    ("ms", "notice"): _lines("""
        NOTIS: Bekalan air di Blok A dan B akan terganggu pada 12 Disember 2025 dari 9 pagi hingga 5 petang kerana kerja penyelenggaraan tangki.
        Pembeli dinasihatkan membuat semakan di laman web Lembaga Penilai sebelum membayar sebarang deposit kepada ejen hartanah.
        Deposit sewa lazimnya 2 bulan sewa sebagai deposit keselamatan dan 1 bulan sebagai deposit utiliti.
        Rumah teres dua tingkat untuk dijual di Taman Sri Muda, Seksyen 25 Shah Alam, pegangan bebas, RM 560,000 runding. Hubungi pejabat kami di 03-5121 8830.
        Lot Bumiputera: pembeli bukan Bumiputera perlu mendapatkan kelulusan pelepasan kuota daripada pihak berkuasa negeri.
        Yuran penyelenggaraan bulan Januari perlu dijelaskan sebelum 15hb. Bayaran lewat dikenakan caj 10% setahun.
        Sila pastikan perjanjian sewa disetemkan di LHDN dalam tempoh 30 hari selepas ditandatangani.
        Ejen hartanah tidak dibenarkan mengenakan komisen melebihi kadar dalam Skala Fi Lembaga Penilai.
        Mesyuarat Agung Tahunan Badan Pengurusan Bersama akan diadakan pada 20 Disember 2025, jam 8 malam di dewan serbaguna.
        Untuk disewa: apartmen 3 bilik di Cyberjaya, separa perabot, RM 1,500 sebulan, berhampiran stesen MRT Cyberjaya City Centre.
        Bagaimana cara menyemak status pendaftaran ejen REN sebelum menandatangani borang tawaran?
        Pembeli rumah pertama warganegara Malaysia dikecualikan duti setem pindah milik bagi rumah sehingga RM 500,000 di bawah inisiatif i-MILIKI.
    """),
    ("zh-Hans", "listing"): _lines("""
        出售：新山 Mount Austin 双层排屋，永久地契，4房3卫，售价 RM 780,000，可议价，欢迎联络本公司热线 07-351 6622。
        出租：吉隆坡 Mont Kiara 公寓，1,453 平方尺，3+1房，家私齐全，月租 RM 5,800，附两个车位。
        新加坡碧山三房式组屋转售，高楼层，剩余地契 66 年，要价 S$780,000，屋主已找到新房。
        新盘预售：槟城峇都丁宜海景公寓，起价 RM 680,000，首付 10%，发展商承担律师费。
        注意：外国人在新加坡购买住宅须缴付 60% 额外买方印花税。
        中介佣金一般为成交价的 1% 至 2%，具体以书面中介协议为准。
        看房时间：周六、周日上午 10 点至下午 5 点，请提前一天预约。
        租约期满前两个月须书面通知续约或退租。
        订金收据编号 RC-2025-00318，金额 RM 2,000，用途：承租定金。
        请问在马来西亚买二手房，律师费和印花税大概要准备多少？
    """),
    ("en", "news"): _lines("""
        National Development Minister Desmond Lee said the September 2022 cooling measures were meant to encourage prudent borrowing as interest rates rose.
        HDB resale prices rose 9.7% in 2024, a slower pace than during the pandemic years but still above long-term averages.
        PropNex CEO Ismail Gafoor said demand for new launches stayed resilient in the second half of the year.
        Local Government Development Minister Nga Kor Ming said the Residential Tenancy Act would aim to protect both landlords and tenants.
        The number of registered property salespersons in Singapore exceeded 35,000, according to CEA figures.
        URA flash estimates showed private home prices rising 3.9% in 2024.
        NAPIC data showed that serviced apartments still make up a large share of Malaysia's unsold completed units.
        Singapore's executive condominium scheme was introduced in 1995 to serve households that earn too much for HDB flats.
        The Johor-Singapore Special Economic Zone agreement was signed in January 2025 by Prime Ministers Lawrence Wong and Anwar Ibrahim.
        The RTS Link between Bukit Chagar and Woodlands North is expected to start operating by the end of 2026, lifting rental demand in JB.
        Under the framework that took effect in October 2024, new HDB flats are classified as Standard, Plus or Prime.
        The fate of 38 Oxley Road, the former home of founding Prime Minister Lee Kuan Yew, remains a subject of public debate.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        OPTION TO PURCHASE | Grantor: TAN WEI MING (NRIC S7612093E) | Grantee: NUR AISYAH BINTI ROSLAN (NRIC S9041576Z) | Property: Blk 318C Anchorvale Link #14-227 Singapore 543318 | Option fee: S$1,000 | Exercise by 4pm on 30 Oct 2025
        THIS TENANCY AGREEMENT is made on 1 March 2026 BETWEEN LIM SOO HOON (NRIC No. S6829135F) of 27 Jalan Lempeng Singapore 128811 (the "Landlord") AND ARJUN MEHTA (FIN G5507381W) (the "Tenant") for 24 months at S$4,300 per month.
        hi sis, owner is mdm koh siew eng, she say can do 3.2k if tenant sign 2 yrs. her hp 9183 4462, call after 7pm cos she work shift at SGH
        Dear Mr Ong, we refer to the complaint lodged by Mr Jeffrey Seah Kok Leong concerning the commission of S$12,840 claimed on the sale of his unit at Kovan Melody, which he says he never agreed to in writing.
        Complainant: Ms Priya d/o Ramasamy (HP 8726 1059) alleges that salesperson Alvin Teo Jun Jie (CEA Reg R061234B) collected the S$2,000 booking fee in cash and issued no receipt.
        Sat 10am viewing @ Treasure at Tampines lobby – Mr Vikram Chandrasekaran + wife, 2 kids (P3 & K2), IPA from DBS S$850k, current lease ends 31 Jan, must move before school term.
        Tenant profile for landlord: Kenji Watanabe, 41, Japanese, EP holder, VP at a Japanese bank in MBFC, wife + 1 toddler, prefers company lease, budget up to S$6,800.
        Seller Mdm Goh Ah Bee, 68, widow, selling her 4rm at Blk 682 Jurong West Central 1 to move in with daughter; co-owner son Goh Jun Hao (T0219574C) will sign at the HDB appointment on 14 Nov.
        Landlord Mr Henry Chua Teck Hwee is withholding S$2,400 of Ms Farah Nadia binti Azman's deposit, saying her cat scratched the parquet; she disputes it with move-in photos.
        Subscription renewal – Agent Pro 12 months charged to VISA 4556 3601 2847 3913 exp 08/28, cardholder JASMINE LOH PEI SHAN.
        Hi Daniel, pls send the signed LOI to my personal email sharon.yeo88@gmail.com, not the office one, my boss reads that. Thanks, Sharon Yeo
        Season parking for tenant of #08-12 (The Trilinq): vehicle SMK4821J registered to Mr Wong Kah Fai, start 1 Dec.
        CEA Disciplinary Committee outcome: salesperson Ng Boon Kiat fined S$8,000 and suspended 6 months for failing to verify the landlord's identity before marketing the unit.
        Condo for rent @ Parc Clematis 3BR, S$5,200/mth, pet friendly. Call/WA Marcus 9034 7718 (R054321Z)
        Buyer Ms Chloe Tan Hui Min: IPA S$1.02m from OCBC, TDSR 48%, CPF OA S$186k available, sold her HDB last month, wants 4BR near Nan Hua Primary for her son.
        Landlord Uncle Ramli bin Yusof had a stroke in Sept, son Faizal bin Ramli is handling the sale under LPA; call Faizal at 016-442 9087, not the house line.
        TAX INVOICE INV-2025-0412 | Bill to: Mr Desmond Lim Chee Keong, 12 Jalan Bunga Raya 5, Taman Kepong, 52100 Kuala Lumpur | Agency fee 2% on RM 850,000 = RM 17,000 + SST 8% RM 1,360
        Tenant Suresh a/l Krishnan has not paid rent for Sep–Nov (RM 4,500) at B-12-3A Residensi Desa Aman, Kepong; landlord wants the notice sent to suresh.krish77@yahoo.com
        Contact my buyer on Telegram @meiling_condohunt – she's relocating from Shanghai in March and needs a 2BR near Tanjong Pagar.
        Chinese buyer Mr Zhao Lei, WeChat zhaolei_1987, wants freehold landed in D10/D11, budget S$12m, says 60% ABSD no problem, flying in on 18 Dec.
        Tenant passport no. EJ2196374 (PRC), name WANG YUTING, DOB 14/06/1995, student pass holder at NUS, guarantor: father WANG JIANJUN.
        Handover checklist signed by tenant Aaron Fernandes on 2 Feb 2026: 3 main door keys, 2 access cards, aircon serviced; he noted a crack on the kitchen wall tiles.
        Complaint from neighbours: agents bringing viewers to Mdm Chew Lay Hoon's flat at Blk 455 Hougang Ave 10 #05-31 past 10pm; she says she works night shift and agreed to it.
        Referral fee S$500 payable to Jaya Prakash s/o Subramaniam, POSB 183-52077-4, for introducing the buyer of the Kent Ridge Hill Residences unit.
        Sale of matrimonial flat under Family Court order: Mr Low Kian Seng and Ms Tay Bee Lian (divorced 2024), proceeds split 60:40 after CPF refunds; Ms Tay wants weekend viewings only.
        Tenant: Ms Olivia Hartley (British, FIN F3318462W), works at a law firm in Raffles Place | Emergency contact: Thomas Hartley (husband) +65 8102 6634
        Note: Mr Harpreet Singh s/o Gurdev Singh, PR since 2019, already owns 1 HDB so ABSD 30% on this condo; wife Manjit Kaur is SC, discuss buying in her name.
        Ms Kavitha Ramachandran's cheque for the exercise fee (S$48,400) bounced, OCBC a/c 501-234567-001; call her at 9671 2280 before 4pm.
    """),
    "ms": _lines("""
        Assalamualaikum En. Zulkifli bin Osman, tuan rumah setuju sewa RM 1,800 sebulan untuk rumah teres di No. 23, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam. Deposit 2+1 perlu dibayar sebelum 1 Januari.
        BORANG PENDAFTARAN PENYEWA | Nama: NOOR AZLINA BINTI MOHD SALLEH | No. K/P: 880117-01-6672 | Tel: 019-775 3126 | Majikan: Hospital Sultanah Aminah, Johor Bahru | Bil. penghuni: 3
        Puan Kamariah binti Hassan minta sewa bulanan dimasukkan terus ke akaun CIMB beliau 7060441822 sebelum 7hb setiap bulan.
        Saya, Mohd Firdaus bin Rahim (REN 31245), menuntut baki komisen RM 9,500 daripada penjual En. Azman bin Karim bagi jualan rumah semi-D di Bangi yang selesai pada 3 Oktober.
        Kenderaan penyewa: Perodua Myvi putih WXJ 4829, milik Cik Nur Syafiqah binti Kamal, petak parkir B2-118.
        NOTIS PENGOSONGAN: Encik Ganesan a/l Muniandy, penyewa unit A-7-2 Pangsapuri Seri Cempaka, Cheras, dikehendaki mengosongkan premis sebelum 31 Januari 2026 kerana tunggakan sewa 4 bulan.
        Pembeli Puan Rosnah binti Ibrahim, 55, pesara guru, mahu bayar tunai RM 420,000 untuk rumah di Kajang; anak beliau Hafiz akan hadir semasa tandatangan SPA.
        Tuan rumah Encik Tan Chee Wah (K/P 750921-07-5511) bersetuju menjual rumah di Bayan Lepas pada harga RM 690,000; deposit awal 2% telah diterima.
    """),
    "zh-Hans": _lines("""
        张伟明先生您好，您在新山 Mount Austin 的双层排屋已有买家出价 RM 720,000，买家是新加坡人陈女士，请尽快回复。
        租客资料：姓名 刘佳慧，护照号 EH4820917，微信 liujiahui_sg，入住日期 2026年3月1日，月租 S$3,800，担保人：父亲刘国强。
        业主黄秀英阿姨说儿子在澳洲读书要交学费，她武吉班让的公寓底价 S$1.35m，千万别让买家知道。
        买家林志强投诉中介没有告知屋内漏水问题，拒绝支付 S$8,500 佣金，他的电话是 9623 1847。
        买家周晓燕，身份证号 320102198706142131，以外国人身份在新加坡购房，需缴纳 60% 额外买方印花税，首付由她父亲汇款。
        王先生（手机 139 1862 4407）想远程视频看房，他太太下个月带两个孩子来新加坡读国际学校。
        房东李美华女士的银行账号：大华银行 372-315-884-6，请租客每月5号前转账 S$2,900。
        中介陈俊杰（CEA 注册号 R058812C）私下向租客何丽君收取 S$1,500 “服务费”，已被她投诉到 CEA。
    """),
    "mixed": _lines("""
        boss, the tuan rumah Encik Roslan bin Hamid already sign the SPA liao, his IC 820514-14-5237 I whatsapp u the copy, pls dun forward to buyer side ah
        sis the buyer Tan Kok Meng from Bedok, paiseh he wanna lower to 580k cos his bank only approve 75% loan, he say his bonus kena cut
        那个 tenant Melissa Pereira 又 late pay rent 了, 第三次了, landlord want to terminate, her number 8215 3390 you call her can?
        eh bro, Mr Rajendran's daughter Divya d/o Rajendran lost her job, now they want to sell the EC fast, asking 1.28m only, don't tell other agents ok
        pls transfer booking fee RM 2,000 to Maybank 1141 2200 7893 (MUHAMMAD HAFIZ BIN ISMAIL) and whatsapp the slip to 012-387 5540, terima kasih
        landlord Madam Ho Siew Lan passed away last week, her son Jason Ho say tenancy continue until estate settled, pay rent to his DBS 072-8-183904
        aunty Lim Bee Choo 住在 Blk 128 Bedok North St 2 #07-15, she want to downgrade to 3rm, 孩子都结婚了, call her 9752 6618
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are an assistant for a Singapore real estate agency. Help salespersons draft documents.",
        ),
        (
            "user",
            "Draft a short tenancy renewal letter. Landlord: Mr Benjamin Koh Meng Hui, tenant: Ms Anita Rao, unit: 8 Holland Hill #11-03, new rent S$6,200 from 1 Apr 2026.",
        ),
        (
            "assistant",
            "Dear Ms Rao, further to our discussion, Mr Benjamin Koh Meng Hui is pleased to renew the tenancy of 8 Holland Hill #11-03 for a further 12 months from 1 April 2026 at S$6,200 per month. Kindly confirm by signing and returning the enclosed renewal agreement.",
        ),
        ("user", "Add that she pays the stamp duty and that her S$12,000 deposit carries over."),
    ],
    [
        (
            "user",
            "Summarise this for my manager. Client Mr Lee Hock Seng: 'I never agree 2% lah, you told me 1.5%' / me: 'Sir, the EAA you signed on 3 Sep says 2%' / him: 'Then I won't pay, go sue me'. The unit at Bishan Loft sold for S$1.48m.",
        ),
        (
            "assistant",
            "Summary: Mr Lee Hock Seng disputes the 2% commission on the S$1.48m sale of his Bishan Loft unit, claiming 1.5% was agreed verbally. The EAA he signed on 3 Sep states 2%. He has refused to pay. Suggested next step: offer CEA mediation before legal action.",
        ),
        ("user", "What's the difference in dollars between 1.5% and 2% here?"),
        (
            "assistant",
            "2% of S$1.48m is S$29,600 and 1.5% is S$22,200, so the disputed amount is S$7,400 before GST.",
        ),
    ],
    [
        (
            "user",
            "Translate to English: 'Saya, Salmah binti Ahmad (No. K/P 670430-13-5025), memberi kuasa kepada anak saya Hairul Nizam bin Jamil untuk menandatangani perjanjian sewa rumah saya di Kuching bagi pihak saya.'",
        ),
        (
            "assistant",
            "I, Salmah binti Ahmad (NRIC No. 670430-13-5025), authorise my son Hairul Nizam bin Jamil to sign the tenancy agreement for my house in Kuching on my behalf.",
        ),
        ("user", "ok make it more formal, like a letter of authorisation"),
    ],
    [
        (
            "user",
            "Sort my Saturday viewings into a table: 10am Mr Ong Boon Huat 9128 7735 Bishan 4rm; 11.30am Nurul Ain 8734 0021 Sengkang 5rm, she's bringing her mum who uses a wheelchair; 2pm the Fernandez couple 9306 4412 Punggol EC.",
        ),
        (
            "assistant",
            "Time | Client | Contact | Property | Notes / 10:00 | Mr Ong Boon Huat | 9128 7735 | Bishan 4-room | – / 11:30 | Nurul Ain | 8734 0021 | Sengkang 5-room | mother uses wheelchair, check lift access / 14:00 | Fernandez couple | 9306 4412 | Punggol EC | –",
        ),
    ],
    [
        (
            "user",
            "My client Harvinder Kaur, PR, NRIC S8153046G, buying her second property at S$1.6m. How much ABSD and BSD?",
        ),
        (
            "assistant",
            "As a PR buying a second residential property, ABSD is 30%, i.e. S$480,000. BSD on S$1.6m is S$49,600. Total stamp duty payable: S$529,600, due within 14 days of exercising the OTP.",
        ),
        ("user", "She's also asking if she can use CPF for the ABSD. Her OA has about S$210k."),
    ],
    [
        (
            "user",
            "帮我写一条微信给租客郑家豪（电话 8847 2053），说明年三月起月租从 S$3,200 调到 S$3,450。",
        ),
        (
            "assistant",
            "郑家豪先生您好！感谢您一直以来的支持。根据目前市场租金水平，自明年三月一日起，月租将由 S$3,200 调整为 S$3,450。如有任何疑问，欢迎随时与我联系。",
        ),
        ("user", "语气再客气一点，他上次说他刚失业，不要太直接。"),
    ],
    [
        (
            "user",
            "I want to complain to CEA about agent Kelvin Poh (R049771D). He pressured my mother Mdm Seet Ai Choo, 79, to sign an OTP alone at her flat at Blk 21 Marsiling Drive while I was at work. She has early dementia.",
        ),
        (
            "assistant",
            "I'm sorry to hear this. You can file a complaint on the CEA website. Include: the salesperson's name and registration number, the date and place the OTP was signed, that your mother was alone and has been diagnosed with early dementia, and any messages or documents. You may also want to seek legal advice on whether the OTP can be set aside.",
        ),
        (
            "user",
            "Can you draft the complaint text for me? My name is Daniel Lim Wei Jie, contact 9238 5506.",
        ),
    ],
    [
        (
            "user",
            "My landlord Mr Vincent Yap won't return my RM 3,600 deposit for my unit at Sunway Velocity. I'm Aina Sofea binti Razak, IC 930806-08-5394. I moved out on 30 Sept and left it clean.",
        ),
        (
            "assistant",
            "You can send a letter of demand giving 14 days to refund the deposit, attaching your tenancy agreement and move-out photos. If he still refuses, you can file a claim at the Magistrates' Court small claims procedure, which covers claims up to RM 5,000 without a lawyer.",
        ),
        ("user", "ok pls write the letter of demand, my email is ainasofea.razak@gmail.com"),
    ],
    [
        (
            "user",
            "Write a WhatsApp broadcast for my new listing, 3BR at Lakeside, S$1.25m. Owner Mr Francis D'Cruz wants it quiet because he's going through bankruptcy, so don't mention him. His number 9416 0527 is only for me.",
        ),
        (
            "assistant",
            "🏡 NEW LISTING – Lakeside 3BR, S$1.25m! Spacious layout, near Lakeside MRT and Jurong Lake Gardens. DM me for exclusive viewing slots this weekend.",
        ),
    ],
    [
        (
            "user",
            "help me reply this buyer in Chinese: 林先生 (Lim Kah Hin), 他的 loan 被 reject 了 because his credit score 不好, 但是 option already exercise, completion in 8 weeks",
        ),
        (
            "assistant",
            "林先生您好，得知您的贷款申请未获批准，我们非常理解您的处境。由于购屋选择权已经行使，交易须在八周内完成，建议您尽快联系其他银行或贷款经纪重新申请，我们也可以为您介绍合适的贷款顾问。",
        ),
        ("user", "also add that his wife 可以做 co-borrower, she's a teacher earning 6k"),
    ],
]
