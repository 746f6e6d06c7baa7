# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en333: SG/MY car repossession agents and hire-purchase collections (repossession orders, defaulting hirers, vehicles seized from homes and workplaces, auction of seized cars, agents' chats). All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en333
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "hirer_faq"): _lines("""
        Q: Can the repossessor take the car from an office car park? A: Only after the Fourth Schedule notice period of at least 21 days under the Hire-Purchase Act 1967 has lapsed.
        Q: What must a repossession agent show? A: A valid repossessor permit from KPDN, the financier's authority letter and the company job sheet. Verify permits via the KPDN line 1-800-886-800.
        Q: I received a Fifth Schedule notice, what now? A: You have 21 days to settle the arrears plus reasonable costs and take back the vehicle, or introduce a buyer who pays the net balance.
        Q: Who can help if I cannot keep up with instalments? A: Agensi Kaunseling dan Pengurusan Kredit (AKPK) gives free counselling, call centre 03-2616 7766, or walk in at any AKPK branch.
        Q: Are agents allowed to enter a gated compound? A: No force, threats or breaking of locks is allowed. Report harassment to the nearest police station or BNMTELELINK at 1-300-88-5465.
        Q: What happens to belongings left in the car? A: They are listed on the inventory form and kept at our yard, Lot 12, Jalan Perusahaan 2, Bukit Beruntung, Mon to Fri 9am to 5pm.
        Q: How is the auction reserve price set? A: The financier obtains an independent valuation and the reserve is normally not lower than that value less a small margin; sales are advertised in a national daily.
        Q: Am I liable for the shortfall after the auction? A: If the sale proceeds are below the balance owing, the financier may claim the difference and must send a statement of account after the sale.
        Q: Where can Singapore hirers get help? A: CASE at 170 Ghim Moh Road, #05-01 Ulu Pandan Community Building, hotline 6277 5100, or Credit Counselling Singapore at 6225 5227.
        Q: Can a family member settle the arrears? A: Yes, any third party may pay at a Sentosa Motor Kredit branch quoting the agreement reference; always ask for the official receipt.
        Q: Will a repossession show up in CCRIS? A: The facility status is reported to Bank Negara Malaysia; you can request your own CCRIS report free of charge at BNMLINK or through eCCRIS online.
        Q: How do I confirm a tow truck in Singapore is ours? A: Ask for the job sheet stamped with our UEN 201815642N and call the 24-hour recovery desk at +65 6846 2290 before handing over any key.
        Q: Do you accept partial payment on the day of collection? A: Field agents cannot collect cash. Payments go to JomPAY biller code 88712 or DuitNow QR at the branch counter only.
    """),
    ("en", "auction_price_list"): _lines("""
        LOT 014 | 2019 Perodua Myvi 1.5 AV (A) | Granite Grey | 78,400 km | reserve RM31,500 | viewing 14-15 Jan, Shah Alam yard, Jalan Jurunilai U1/20
        LOT 015 | 2017 Honda City 1.5 V (A) | white | 112,900 km | reserve RM38,800 | dented rear bumper, no spare key, sold as is where is
        LOT 022 | 2021 Proton X50 1.5T Premium | Marine Blue | 41,200 km | reserve RM72,000 | road tax expired, buyer to arrange Puspakom B5 inspection
        LOT 031 | 2016 Toyota Vellfire 2.5 ZG (recond) | black | 96,000 km | reserve RM118,000 | 10% deposit by banker's cheque to Tan & Rajoo Auctioneers Sdn Bhd
        Buyer's premium 3% (min RM300) + admin fee RM150 + SST 8% on fees; balance payable within 14 working days by DuitNow to the account printed on the invoice.
        INVOICE INV-2025-11-0883 | Lot 022 hammer price RM74,500.00 | premium RM2,235.00 | admin RM150.00 | SST RM190.80 | total RM77,075.80
        Singapore e-auction 18 Dec 2025, 2pm SGT: 2018 Toyota Corolla Altis 1.6, COE valid till Mar 2028, opening bid S$38,000, view at 10 Sungei Kadut Avenue
        LOT 047 | 2015 Nissan Almera 1.5 VL | silver | 158,300 km | reserve RM14,200 | engine cannot start, tow-out by buyer, storage RM20/day after 7 days
        LOT 052 | 2020 Yamaha Y16ZR | Cyan | 23,700 km | reserve RM5,900 | key available, ownership transfer through JPJ after full payment
        Price guide Q4 2025 (repo units, Klang Valley): Axia RM14k-22k, Bezza RM19k-27k, Saga RM15k-24k, Myvi Gen3 RM30k-41k, Ativa RM48k-57k
        Auction results 06/11/2025: 64 lots offered, 41 sold (64%), highest hammer RM186,000 for a 2022 BMW 530e M Sport, lowest RM3,100 for a 2009 Kancil 660
        Catalogue RPO-CAT-2025-12 printed copy RM10 at counter, free PDF at www.tanrajoo-auction.com.my/catalogue; bidder deposit RM2,000 per lot
        Unsuccessful bidder deposits refunded within 5 working days; enquiries WhatsApp +60 12-338 7710 (office hours) or bids@tanrajoo-auction.com.my
    """),
    ("en", "recovery_system_log"): _lines("""
        2025-11-03T07:42:19+08:00 INFO dispatch.job created job_id=JOB-25110334 unit=TT-07 zone=KL-SOUTH priority=P2 sla_hours=48
        2025-11-03T09:15:02+08:00 WARN geofence.check unit=TT-07 outside_zone=true depot=PUCHONG-01 action=notify_ops latency_ms=412
        2025-11-03T11:02:47+08:00 INFO yard.intake stock_no=SA-25-1187 make=PERODUA model=BEZZA fuel_pct=25 odometer_km=88412 photos=12 items=4
        2025-11-03T11:03:05+08:00 ERROR police_report.upload failed stock_no=SA-25-1187 reason=PDF_TOO_LARGE size_mb=14.2 limit_mb=10 retry_in=900s
        recovery.notice.fourth_schedule_days = 21 ; recovery.notice.fifth_schedule_days = 21 ; auction.deposit_myr = 2000 ; currency = "MYR"
        SMS_TEMPLATE_REMINDER="Dear customer, your instalment for agreement {agreement_no} is overdue by {days} days. Pay via JomPAY biller code 88712."
        def overdue_bucket(days: int) -> str: return "M1" if days <= 30 else "M2" if days <= 60 else "M3" if days <= 90 else "NPL"
        CREATE TABLE auction_lot (lot_no VARCHAR(8) PRIMARY KEY, stock_no VARCHAR(16), reserve_myr NUMERIC(10,2), hammer_myr NUMERIC(10,2), sold_at TIMESTAMPTZ);
        GET /api/v2/yards/SA/occupancy 200 38ms {"capacity": 240, "occupied": 217, "pending_release": 9, "pending_auction": 51}
        Dockerfile: FROM python:3.12-slim; ENV TZ=Asia/Kuala_Lumpur; RUN pip install repo-tracker==4.7.2; CMD ["gunicorn", "tracker.wsgi:app", "-w", "4"]
        sha256(catalogue_2025-12.pdf)=9f2c4e7a1b03d8e56a4c0f71be29d3a8c5e6f7012ab34cd56ef78901a2b3c4d5 uploaded 2025-12-01 18:20 by svc-catalogue
        cron: 0 2 * * * /opt/recovery/bin/export_auction_results --region=MY --format=csv --out=/data/exports/ (runs 02:00 MYT daily)
        lot_no,stock_no,make,model,year,colour,odometer_km,reserve_myr,hammer_myr,buyer_premium_pct,yard_code,auction_date
    """),
    ("en", "agents_work_chat"): _lines("""
        [08:12] Ops Desk: Morning all, 27 active jobs today, KL South 11, Klang 9, Seremban 7. Pls update status in app before 6pm, no WhatsApp-only updates
        [08:20] Ops Desk: Reminder, permit card and company letter must be on you every job. KPDN spot check at Puchong last week, 2 teams kena warning
        [09:47] TT-07: Reached site at Bandar Kinrara, unit is inside a gated condo and guard won't let us in. Standby outside or abort?
        [09:49] Ops Desk: Abort, don't argue with the guard. Mark as NO ACCESS, we reschedule after the bank sends a fresh authority letter
        [11:30] Yard SA: Intake full already, 217/240. Anything after 3pm pls send to Rawang yard, Lot 8 Jalan Industri 3, gate closes 7pm
        [12:05] TT-03: Tow hook on truck 3 spoil again, sending to the Kepong workshop. Can any team cover the Seksyen 7 Shah Alam pickup?
        [13:40] Admin: Police reports must upload same day ya. Yesterday 3 jobs got no report attached, bank auditor already asking
        [15:02] Team Lead South: Unit confirmed at Mid Valley basement B2, tracker ping 14:58. Need flatbed not wheel-lift, it's AWD
        [17:25] Ops Desk: Good job team, 14 recovered, 6 settled at branch, 7 reschedule. OT claim form submit by Friday, RM15/hour after 7pm
        [18:10] Admin: SOP v3.2 uploaded to shared drive, page 4: inventory photos must show odometer and fuel gauge, minimum 8 photos per unit
        [20:33] TT-05: Hirer paid on the spot by bank transfer, branch confirmed receipt. Car released, release form RF-25-0442 uploaded
        [21:02] Ops Desk: Tmr CNY eve half day, yard closes 1pm. Glenmarie auction postponed to 6 Feb, catalogue will be re-issued
        [22:15] Team Lead North: Penang teams, Jalan Sultan Azlan Shah jam badly after 5pm, plan pickups early. Ipoh jobs moved to Saturday
    """),
    ("ms", "notis_dan_peraturan"): _lines("""
        NOTIS: Di bawah Seksyen 16 Akta Sewa Beli 1967, pemilik tidak boleh mengambil milik semula kenderaan sebelum notis Jadual Keempat tidak kurang 21 hari disampaikan.
        Ejen pemilikan semula mesti memegang permit sah daripada Kementerian Perdagangan Dalam Negeri dan Kos Sara Hidup (KPDN) dan menunjukkannya apabila diminta.
        Selepas kenderaan diambil milik semula, laporan polis hendaklah dibuat di balai berhampiran dan notis Jadual Kelima diserahkan kepada penyewa dalam masa 21 hari.
        Penyewa berhak menjelaskan tunggakan dan kos munasabah untuk mendapatkan semula kenderaan, atau memperkenalkan pembeli yang sanggup membayar harga bersih.
        PENGUMUMAN LELONGAN: Lelongan awam kenderaan milikan semula pada 20 Disember 2025, jam 10.00 pagi di Dewan Lelong, No. 3, Jalan Kemajuan 12/18, Petaling Jaya.
        Syarat: Penawar mesti mendaftar dengan deposit RM2,000 setiap lot. Kenderaan dijual dalam keadaan sedia ada tanpa jaminan. Harga rizab tertakluk kepada perubahan.
        Aduan mengenai ejen yang menggunakan kekerasan boleh dibuat melalui Talian Bebas Tol KPDN 1-800-886-800 atau portal e-Aduan KPDN.
        Waktu operasi Yard Bukit Beruntung: Isnin hingga Jumaat 9.00 pagi - 5.00 petang, Sabtu 9.00 pagi - 1.00 tengah hari. Tutup pada cuti umum Selangor.
        Barang peribadi yang ditemui dalam kenderaan disimpan selama 30 hari. Sila bawa salinan notis dan dokumen pengenalan diri untuk tuntutan di kaunter.
        Sentosa Motor Kredit Sdn Bhd (201401012345 (1090123-D)), Tingkat 7, Menara Sentosa, Jalan Tun Razak, 50400 Kuala Lumpur. Tel: 03-2161 4400.
        Kaunseling kredit percuma disediakan oleh AKPK untuk penyewa yang sukar membayar ansuran. Hubungi 03-2616 7766 atau lawati cawangan AKPK terdekat.
        Pekeliling Dalaman 07/2025: Semua pasukan tunda wajib merakam video sepanjang proses pengambilan semula dan memuat naik ke sistem dalam tempoh 24 jam.
        Sejarah ringkas: Akta Sewa Beli 1967 dipinda pada tahun 2010 bagi memperkemas perlindungan penyewa, termasuk peraturan berkaitan ejen pemilikan semula.
    """),
    ("zh-Hans", "拍卖公告"): _lines("""
        公开拍卖通告：本公司受多家金融机构委托，将于2025年12月20日上午10时在八打灵再也Jalan Kemajuan 12/18拍卖厅公开拍卖收回车辆共58辆，欢迎公众参与。
        拍卖条件：竞拍者须缴交每辆车RM2,000按金，车辆按现状出售，成交后须于14个工作日内付清余款，逾期者按金将被没收，恕不退还。
        第022号拍卖品：2021年宝腾X50 1.5T旗舰版，蓝色，里程41,200公里，底价RM72,000，路税已过期，买家须自行安排Puspakom检验。
        第031号拍卖品：2016年丰田Vellfire 2.5 ZG，黑色，里程96,000公里，底价RM118,000，仅有一把钥匙，内饰有轻微损坏，请于看车日查验。
        买家佣金为成交价的3%（最低RM300），另收行政费RM150，以上费用须另加8%销售与服务税，发票于付款后三个工作日内发出。
        看车时间：拍卖前两天上午9时至下午5时，地点为莎阿南Jalan Jurunilai U1/20停车场，恕不接受试驾，请自备手电筒检查底盘。
        查询请致电陈氏拍卖行（Tan & Rajoo Auctioneers）办事处03-5569 2288，或WhatsApp 012-338 7710（办公时间），电邮bids@tanrajoo-auction.com.my。
        温馨提示：根据1967年租购法令，银行在收回车辆前必须发出第四附表通知，给予租购人不少于21天期限，拍卖前亦须另行通知。
        成交结果（2025年11月6日）：共64辆车参与拍卖，成交41辆，成交率64%，最高成交价为2022年宝马530e M Sport，RM186,000。
        本公司不接受现金付款，余款请以银行本票或DuitNow转账支付至发票上注明的公司户口，正式收据将于三个工作日内以电邮寄出，敬请留意。
        新加坡场次：2025年12月18日下午2时网上拍卖，2018年丰田Corolla Altis 1.6，拥车证有效至2028年3月，起拍价新币38,000元。
        车辆若于拍卖前由原租购人结清欠款，将自动撤出拍卖，已缴按金全数退还，恕不另行通知，敬请竞拍者留意本公司网站及脸书专页的最新更新。
        马来西亚全国消费人协会联合会提醒公众：出价前应查核车辆是否有未缴罚单及路税状态，可通过JPJ官网或MyEG平台查询，以免日后产生额外费用。
    """),
    ("zh-Hant", "法規與歷史"): _lines("""
        臺灣《動產擔保交易法》於1963年公布施行，附條件買賣的出賣人於買受人不依約定償還價金時，得取回占有標的物，並須依法通知。
        依該法規定，出賣人取回標的物後，買受人可於一定期間內清償價金及費用後回贖；逾期未贖者，出賣人得再行出賣並結算餘額，不足部分仍可追償。
        香港並無專門的租購條例，汽車租購主要受合約及普通法規管，消費者委員會建議簽約前細閱收回車輛、逾期罰息及提早還款的相關條款。
        消費者委員會投訴及查詢熱線2929 2222，可查詢汽車貸款合約中有關逾期罰息、收車手續費及拍賣費用的條款是否合理，服務時間為辦公日。
        馬來西亞於1967年制定《租購法令》，當年正值東姑阿都拉曼擔任首相，國產車尚未出現，汽車逐漸普及至城市中產家庭，分期付款隨之興起。
        新加坡《租購法》於1969年通過，李光耀政府時期的立法亦涵蓋汽車，之後多次修訂以加強對租購人的保障，並規範收車程序及通知期限。
        收車公司常見收費項目：拖車費、保管費、估價費及拍賣佣金，應在第五附表通知中逐項列明，消費人協會建議租購人收到通知後逐項核對金額。
        澳門的汽車貸款多以動產抵押方式處理，並須於商業及動產登記局辦理登記，清償貸款後應盡快申請註銷抵押登記，以免日後影響車輛轉名手續。
        電影《無間道》中劉建明一角雖然與收數無關，但港產片中的追數情節常被業界拿來開玩笑，甚至成為新人培訓時講解守法收車的反面教材。
        台北市某汽車拍賣場每週三舉行銀行回收車拍賣，得標者須當場繳交保證金新臺幣五萬元，餘款須於七日內付清方可辦理過戶，逾期保證金不予退還。
        公告：本公司回收車輛保管場營業時間為週一至週六上午九時至下午六時，地址：新北市五股區五權路25號，電話(02)2299-8811。
        統一發票 AB-12345678，品名：回收車輛拖吊服務，數量1，單價NT$4,500，營業稅NT$225，總計NT$4,725，買受人：宏達租賃股份有限公司。
        銀行公會指出，2024年車貸逾放比率維持低檔，但二手車貸款的收車案件較前一年略增，業者呼籲借款人遇困難應及早與銀行協商。
    """),
    ("mixed", "business_reviews"): _lines("""
        ★★★★★ Went to Tan & Rajoo auction at Glenmarie, staff very clear on the buyer premium, no hidden charge. Dapat Myvi Gen3 bawah RM35k, worth it lah
        ★★☆☆☆ Yard at Bukit Beruntung damn hot, no shade at all, waited 2 hours for viewing. Kereta ok tapi management kena improve la
        ★★★★☆ 服务不错，拍卖流程很清楚，就是停车位不够，建议早点来。Bought a Bezza for shop delivery, engine smooth, aircond cold
        ★☆☆☆☆ Called the WhatsApp line 3 times nobody answer. Deposit refund took 3 weeks instead of 5 working days. Very lousy lor
        ★★★★★ Ahmad Motor Recovery Services very professional, towed our company lorry to the workshop after breakdown, harga berpatutan, recommended!
        ★★★☆☆ Online auction system ok but website slow during bidding, lag 5 saat, terlepas satu lot. Please upgrade the server la boss
        ★★★★☆ Ah Huat Towing 24 jam memang laju, 40 minit dah sampai Jalan Ipoh. Charge RM180 for 15km, reasonable for midnight call
        ★★★★★ 老板很诚实，车况都有照实说，catalogue photos also accurate. Will come again next auction, terima kasih banyak!
        ★★☆☆☆ Kedai Kereta Pak Abu Sdn Bhd sold a repo Saga but road tax and insurance not settled yet, they said tunggu seminggu. Not happy
        ★★★★☆ Puspakom Wangsa Maju: B5 inspection for auction car done in 1 hour, counter staff helpful, parking limited though
        ★★★★★ Singapore side pun ok, bought a COE car from the Sungei Kadut e-auction, transfer via LTA OneMotoring done same week. Shiok!
        ★★★☆☆ 车子便宜但是要自己叫拖车，yard storage RM20 per day after 7 days, baca terms betul-betul before bid ya
        ★★★★☆ Credit Counselling Singapore talk at the CC was useful, explained hire purchase arrears and how restructuring works. Free some more
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Repossession order RO-2025-3381: hirer Muthusamy a/l Krishnan, MyKad 790415-08-5527, 2018 Honda CR-V AKJ 6620, arrears RM9,840 (4 months).
        Hirer's home: No. 27, Jalan Cempaka 3, Taman Sri Muda, 40400 Shah Alam. Car usually parked outside the gate after 8pm, wife uses it for the school run.
        Called Mr Lim Boon Keat at 016-728 4419, he says he lost his job at the Penang factory in August and will pay RM1,200 on the 25th.
        Defaulter Nur Aisyah binti Zulkifli works at the clinic in Seksyen 13, her Vios WVB 3812 is parked at the staff car park level 2 every weekday.
        SG case: hirer Tan Wei Ling, NRIC S8412763I, mobile 9173 5508, Mazda 3 SKQ 4471 C, 5 instalments outstanding totalling S$6,215.
        Don't push too hard on Mr Rajendran, he just had bypass surgery last month at IJN, his son said he will settle after discharge.
        Puan Siti Hajar told the team she is 7 months pregnant and the Myvi is her only transport to the antenatal clinic; supervisor approved a 30-day deferment.
        Hirer Jason Ong Kah Wai was declared bankrupt in 2024 per MdI search, so stop recovery action and refer the file to the Official Assignee.
        Customer email from kelvin.ng.kw88@gmail.com: please don't take the car while my kids are at home, I will transfer the full arrears on Friday.
        Inventory RF-25-0447, hirer Harjit Singh s/o Gurdev Singh: baby car seat, golf bag, Touch 'n Go card, office lanyard; owner to collect by 15/12.
        Mdm Chua's son phoned, says she has dementia and cannot remember signing the guarantor form for the Camry; flag for legal review.
        Salary slip for restructuring: Faizal bin Rahman, gross RM3,450, net RM2,910, works at the Klang bus depot, monthly HP instalment RM812.
        Guarantor Lee Mei Fong, NRIC T0215548B, Blk 412 Bedok North Ave 2 #08-1123, says she is divorcing the hirer and refuses to pay a cent.
        RO-25-0921,Ganesh a/l Subramaniam,821103-10-6631,012-557 3094,Perodua Alza,BKR 2207,RM6480,M3,Klang
        2025-11-04T22:41:09+08:00 INFO release.confirmed hirer_ic=880921-14-5042 plate=VFN 918 paid_myr=4300.00 agent_unit=TT-05
        POSB account 198-34567-2 belonging to the hirer's brother was used to pay the arrears; refund request pending.
        Can someone check plate JRT 5519? The owner says he already settled at the Johor Bahru branch yesterday.
        Hirer Mohd Hafiz was arrested last week for drug possession, his mother in Kota Bharu is holding the Hilux keys. Coordinate with Kelantan team.
        Photo IMG_4471.jpg: Ahmad Zaki standing next to the seized Axia in front of his house at Lorong Seri Kenari 7, Kuantan, face clearly visible.
        Pls call back +65 8265 1907 after 7pm, the hirer works night shift and won't pick up in the day.
    """),
    "ms": _lines("""
        Penyewa Encik Rosli bin Hamzah, No. KP 750622-03-5519, tunggakan 5 bulan sebanyak RM7,250 bagi Proton Saga DCE 4410.
        Alamat rumah penyewa: Lot 1123, Kampung Parit Baru, 83000 Batu Pahat, Johor. Kereta biasanya diletak di bawah rumah.
        Puan Zarina binti Osman beritahu suami dia baru meninggal dunia bulan lepas dan dia tak mampu bayar ansuran Myvi lagi.
        Sila hubungi penjamin, Encik Azman, di talian 019-882 6370 sebelum kita tarik kereta esok pagi.
        Akaun Maybank 1140 2256 7718 atas nama Nor Hidayah bt Ismail digunakan untuk bayaran balik ansuran tertunggak.
        Penyewa Kamal (kerja kilang di Senai) minta tangguh sebab gaji dia dipotong separuh sejak Oktober, ada surat majikan.
        Laporan polis di IPD Seremban: Honda HR-V NDH 7713 milik Suresh a/l Palaniappan diambil di tempat kerja dia pada 3.15 petang.
        Pak Cik Yusof, 68 tahun, ada kencing manis dan baru dipotong kaki, anak dia akan uruskan penyelesaian Hilux yang tertunggak.
        Emel penyewa: faridah.kassim77@yahoo.com, dia minta penyata akaun terkini dan salinan notis Jadual Kelima.
        Borang tuntutan barang: Nama Lim Ah Kow, KP 620118-07-5213, barang: kerusi roda, ubat darah tinggi, dompet. Diterima 12/11/2025.
    """),
    "zh-Hans": _lines("""
        租购人陈志强，身份证号800514-10-5581，本田雅阁WPQ 8823已拖回莎阿南停车场，欠款RM12,300。
        阿明说他上个月被公司裁员，老婆又刚生孩子，求我们宽限到农历新年后再还那辆Saga的车贷，不要来家里拖车。
        林太太打电话来哭，说她先生欠大耳窿的钱跑去泰国了，Myvi的分期她一个人付不起。
        担保人黄丽珍，手机012-668 3095，住址：槟城日落洞Lintang Sungai Pinang 3号门牌18号。
        内地客户刘晓燕，身份证号440306198807143524，在新山买的车断供三个月，人已回深圳。
        拖车记录：2025-11-05 14:22，车牌JQU 3371，车主张伟杰在公司停车场与我们争执，已报警。
        王先生的Camry被收后，他太太说他有抑郁症，最近情绪很不稳定，请组长亲自处理，不要再打电话给他。
        客户邮箱 chong.yk1990@163.com，要求把第五附表通知的电子版发给他，他在新加坡工作不方便回来。
    """),
    "zh-Hant": _lines("""
        香港客戶何嘉欣，身份證號碼K482913(1)，在吉隆坡分期買的Vios斷供，聯絡電話+852 9435 2287。
        台灣買家周俊宏，身分證字號A130729582，標得第031號拍賣車後未付尾款，保證金依約沒收。
        陳伯伯的兒子說老人家中風住院，家裡那台Alphard暫時沒人開，願意自願交車給銀行。
        澳門居民梁美玲，住址氹仔海洋花園大馬路120號翠松樓5樓C，欠車貸MOP 86,000，已委託律師處理。
    """),
    "mixed": _lines("""
        Boss, the Hilux at Taman Connaught belongs to Ah Keong lah, his mum say he go Singapore work already, cannot contact him
        这个客户 Nur Syafiqah binti Hamid 说她 kena cancer, chemo every week, minta tangguh 3 bulan for the Myvi instalment.
        Eh the guarantor 黄先生 HP 017-392 6618, tell him datang branch Monday bawa IC, otherwise we proceed to auction.
        SG case: hirer Arun Kumar, FIN G5528134W, kereta dia kat workplace carpark 12 Tuas South Ave 3, guard say he work 7am-7pm shift
        收车单 RO-25-1043 | Vijay a/l Ramasamy | 850909-07-6643 | WXT 2285 | Perodua Aruz | tunggakan RM5,310 | 已拖回 Rawang yard
        Aunty Mary Fernandez cakap anak dia kena tangkap polis last week, so nobody can pay the Civic instalment, very pitiful lah
        Hirer 郑家豪 punya bank account CIMB 8603 1122 44, refund deposit masuk sini ya, dia dah confirm via WhatsApp.
        Tmr pickup at Blk 651 Jurong West St 61 #11-204, owner Goh Siew Ling, 她说 husband took the car keys, they separated already.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are an assistant for a Malaysian repossession agency's operations desk. Help staff draft polite, lawful messages to hirers.",
        ),
        (
            "user",
            "Draft a WhatsApp to hirer Mr Kumaresan a/l Velu (012-774 3815) that his Axia BNC 4472 will be collected on Thursday unless he pays the RM2,340 arrears.",
        ),
        (
            "assistant",
            "Good morning Mr Kumaresan, this is Sentosa Motor Kredit recovery desk. Our records show arrears of RM2,340 on your Perodua Axia BNC 4472. Please settle by Wednesday 5pm via JomPAY or at any branch to avoid collection on Thursday. For help, reply here or call 03-2161 4400.",
        ),
        ("user", "Make it shorter and add that he can call AKPK if he needs counselling."),
        (
            "assistant",
            "Hi Mr Kumaresan, arrears of RM2,340 on Axia BNC 4472 are due by Wed 5pm, otherwise collection is scheduled Thursday. Need help planning payments? AKPK offers free counselling at 03-2616 7766.",
        ),
    ],
    [
        (
            "user",
            "Saya Norazlina binti Ahmad, kereta Myvi saya BMK 6127 ditarik semalam di tempat kerja saya di Bangi. Apa hak saya sekarang?",
        ),
        (
            "assistant",
            "Puan Norazlina, di bawah Akta Sewa Beli 1967 pemilik perlu menyerahkan notis Jadual Kelima kepada puan dalam masa 21 hari selepas kenderaan diambil. Puan boleh menjelaskan tunggakan dan kos munasabah untuk mendapatkan semula kereta, atau memperkenalkan pembeli sendiri.",
        ),
        ("user", "Saya tak dapat pun notis Jadual Keempat sebelum ni. Boleh saya buat aduan?"),
        (
            "assistant",
            "Boleh. Simpan semua dokumen dan buat aduan kepada KPDN melalui talian 1-800-886-800 atau portal e-Aduan, serta hubungi pihak bank secara bertulis. Puan juga boleh mendapatkan nasihat AKPK jika perlu menstruktur semula bayaran.",
        ),
    ],
    [
        (
            "user",
            "我叫陈美玲，我先生黄国伟的车被银行收了，他欠了RM8,000，银行说下个月要拍卖，我可以帮他还吗？",
        ),
        (
            "assistant",
            "陈女士您好。一般来说，第三方可以代为清偿欠款，只要在付款时注明租购合约编号。建议您先向银行索取最新的结欠明细，包括拖车费和保管费，并确认在拍卖前付清后车辆能否发还。",
        ),
        ("user", "他最近因为胃癌住院，银行会不会通融一下？"),
        (
            "assistant",
            "您可以写信给银行说明他的病况，附上医院证明，申请暂缓拍卖或重组分期。也可以联系AKPK寻求免费的债务咨询，他们能协助与银行协商。",
        ),
    ],
    [
        (
            "system",
            "Internal assistant for a Singapore finance company collections team. Customer on file: Daniel Koh Jun Hao, NRIC S9043317B, mobile 9824 1176, Honda Vezel SLG 829 Y, 3 instalments overdue, S$4,120.",
        ),
        ("user", "Summarise this customer's status for the morning huddle in two lines."),
        (
            "assistant",
            "Daniel Koh (Vezel SLG 829 Y) is 3 instalments behind, S$4,120 outstanding. Next step: reminder call to 9824 1176 today, then notice of intention to repossess if no payment by Friday.",
        ),
    ],
    [
        (
            "system",
            "You help Malaysian field agents translate messages between English, Malay and Chinese.",
        ),
        (
            "user",
            "Translate to Chinese for the uncle: Uncle Tan Ah Seng, your Innova at Jalan Kuchai Lama will be towed tomorrow 10am, pls call 012-319 4408 if you already paid.",
        ),
        (
            "assistant",
            "陈亚成伯伯您好，您停在Jalan Kuchai Lama的Innova将于明天早上10点拖走，如果您已经付款，请拨打012-319 4408联系我们。",
        ),
        ("user", "Ok also in Malay for his son who stays with him."),
        (
            "assistant",
            "Salam, Innova milik Uncle Tan Ah Seng di Jalan Kuchai Lama akan ditunda esok jam 10 pagi. Jika bayaran sudah dibuat, sila hubungi 012-319 4408.",
        ),
    ],
    [
        (
            "user",
            "我是林雅婷，身分證F225816342，我的車上週被融資公司取回了，還欠大約新臺幣18萬，我還能拿回來嗎？",
        ),
        (
            "assistant",
            "林小姐您好。依《動產擔保交易法》，附條件買賣的出賣人取回車輛後，您通常可在法定期間內清償剩餘價金及必要費用後回贖。建議您立即向融資公司索取取回通知與結算明細，確認回贖期限。",
        ),
        ("user", "如果我付不出來會怎樣？"),
        (
            "assistant",
            "逾期未回贖，融資公司可以再行出賣，拍賣所得先抵償欠款與費用；若不足，仍可向您追討差額。您可以主動協商分期，或洽詢法律扶助基金會取得免費諮詢。",
        ),
    ],
    [
        (
            "user",
            "Clean up this CSV row for the bank report, columns are case, name, IC, phone, car, plate, arrears: RO-25-0877, Priya d/o Anbalagan ,900412-10-5866, 0167708213 , Honda Jazz,WTB4491 , 3,150",
        ),
        (
            "assistant",
            "RO-25-0877,Priya d/o Anbalagan,900412-10-5866,016-770 8213,Honda Jazz,WTB 4491,3150",
        ),
        ("user", "Thanks. Also note she said she's on maternity leave until March."),
        (
            "assistant",
            "Added to remarks: RO-25-0877, Priya d/o Anbalagan on maternity leave until March, consider deferment request.",
        ),
    ],
    [
        ("system", "Anda pembantu yang membantu pengguna menulis surat rasmi dalam Bahasa Melayu."),
        (
            "user",
            "Tolong tulis surat rayuan kepada bank. Nama saya Hairul Nizam bin Daud, KP 860217-11-5203, alamat No 14 Jalan Mawar 2, Taman Desa Mawar, 20400 Kuala Terengganu. Kereta Hilux saya ditarik, tunggakan RM6,900.",
        ),
        (
            "assistant",
            "Hairul Nizam bin Daud (KP 860217-11-5203), No 14 Jalan Mawar 2, Taman Desa Mawar, 20400 Kuala Terengganu. Tuan, RAYUAN PENJADUALAN SEMULA BAYARAN DAN PEMULANGAN KENDERAAN HILUX. Saya memohon pertimbangan tuan untuk menjadualkan semula tunggakan RM6,900 secara ansuran...",
        ),
        ("user", "Tambah yang saya baru dapat kerja baru di Kemaman bulan depan."),
        (
            "assistant",
            "Baik, saya tambah perenggan: Saya akan mula bekerja di Kemaman pada bulan hadapan dan mampu membayar RM1,150 sebulan mulai gaji pertama, termasuk ansuran semasa.",
        ),
    ],
    [
        (
            "user",
            "First time bidding at a bank repo car auction in Shah Alam. What should I check before putting a deposit?",
        ),
        (
            "assistant",
            "Check the catalogue conditions, buyer's premium and admin fees, storage charges after the sale, whether keys and registration documents are available, road tax status and whether a Puspakom B5 inspection is needed. Inspect the car on viewing day since units are sold as is where is.",
        ),
        (
            "user",
            "One more thing, I'm Ravi Chandran and my own Civic was repo'd last year, I still owe the bank a RM4,000 shortfall. Will that stop me from bidding?",
        ),
        (
            "assistant",
            "Mr Ravi, most auction houses only require the bidder deposit and identification, so the shortfall usually will not stop you from bidding. However if you plan to finance the purchase, the outstanding RM4,000 will appear in your CCRIS report and may affect a new loan approval.",
        ),
    ],
    [
        ("system", "你是收车公司的报告助手，帮外勤人员把口语整理成正式报告。"),
        (
            "user",
            "帮我写report: 今天在 Puchong IOI Mall 停车场收了 Mr Wong Kok Leong 的 Honda City, plate WA 8812 M, 他 IC 830305-10-5149, 他说他生病住院两个礼拜所以没还钱",
        ),
        (
            "assistant",
            "收车报告：2025年11月7日于蒲种IOI Mall停车场收回Honda City（车牌WA 8812 M），租购人Wong Kok Leong（身份证830305-10-5149）。租购人表示因住院两周未能按时供款。车辆已拖回停车场，警方报告待上传。",
        ),
        ("user", "加上车里找到的东西: 一个儿童座椅和一袋药"),
        (
            "assistant",
            "已补充：车内物品清单包括儿童安全座椅一个、药物一袋，已拍照登记，待租购人前来认领。",
        ),
    ],
]
