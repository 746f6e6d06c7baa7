# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en316: SG/MY expat relocation and immigration agencies (employment and dependant pass applications, school placements, home searches, shipping household goods, consultants' chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en316
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "faq"): _lines("""
        Q: Can a Dependant's Pass holder still work on a Letter of Consent? A: No. Since 1 May 2021 DP holders need their own EP, S Pass or Work Permit to work in Singapore.
        Q: How long does an Employment Pass application take? A: Most myMOM Portal applications are processed within 10 working days; overseas employers may wait longer.
        Q: What is COMPASS? A: The Complementarity Assessment Framework scores an EP on salary, qualifications, firm diversity and local hiring. You need 40 points to pass.
        Q: Where are fingerprints and photos taken after IPA? A: At the MOM Services Centre, The Riverwalk, 20 Upper Circular Road, Singapore 058416, by appointment only.
        Q: Who handles Long-Term Visit Passes for parents? A: ICA, not MOM. ICA Building, 10 Kallang Road, Singapore 208718; general enquiries 6391 6100, Mon-Fri 8am-5pm.
        Q: What salary is needed for Malaysia EP Category I? A: RM20,000 per month and above, with contracts of up to 5 years, filed through the ESD portal by the employer.
        Q: Can EP Category III holders in Malaysia bring family? A: No, Category III does not allow dependants. Check esd.imi.gov.my before signing the offer letter.
        Q: How early should we apply to international schools? A: For Tanglin Trust, Dulwich College and UWCSEA, Year 3 to Year 6 waitlists can run 6-12 months.
        Q: How long is sea freight from Shanghai to Singapore? A: About 6-9 days port to port for a 20ft FCL, plus 3-5 working days for customs clearance and delivery.
        Q: Are wine and cigarettes duty-free in a used household shipment? A: No. Singapore Customs charges duty and 9% GST on liquor and tobacco; declare every bottle.
        Q: How do I reach your KL branch? A: Level 23, The Exchange 106, Lingkaran TRX, 55188 Kuala Lumpur, tel +60 3-2788 1450, or email kl.desk@harbourline-relo.com.my.
        Q: Do cats need quarantine when moving from Taipei? A: Apply for the AVS import licence at least 30 days ahead; quarantine length depends on the origin country category.
        Q: Is the ONE Pass worth it? A: The Overseas Networks & Expertise Pass needs S$30,000 fixed monthly salary, lasts 5 years and lets spouses work on a Letter of Consent.
    """),
    ("en", "price_list"): _lines("""
        Harbourline Relocation price list 2027 | EP application (standard) S$880 | EP with COMPASS pre-assessment S$1,180 | Appeals from S$650
        Dependant's Pass / Long-Term Visit Pass filing, per family member: S$320; add S$90 for courier of original documents to MOM or ICA
        Orientation day with consultant (6 hrs, car included, 3 neighbourhoods): S$1,450; half day (3 hrs) S$780; each extra hour S$190
        School search package: shortlist of 5 international schools, tour scheduling and application support, S$1,600 per child, sibling S$1,100
        Home search 2 days + lease negotiation: S$2,400; lease review only: S$480. Co-broke fees charged by landlord agents are not included.
        Sea freight door-to-door Shanghai > Singapore, 20ft FCL: USD 3,850; 40ft HC: USD 5,200; insurance 1.8% of declared value, min USD 120
        LCL consolidation Hong Kong > Port Klang, per cbm: HKD 1,150 (min 5 cbm); destination charges RM 1,850 flat; storage RM 45/cbm/month
        Air freight excess baggage TPE > SIN, 45 kg+ rate: TWD 118/kg; wooden crate 1.2 x 0.8 x 0.9 m quoted separately at TWD 2,400 each
        Pet relocation (1 cat, Category B origin): S$2,950 incl. AVS licence, rabies titre test coordination and collection at Changi quarantine
        Malaysia EP filing via ESD (Category II): RM 2,300 per applicant; DP10 dependant pass: RM 650 each; visa endorsement run to Putrajaya: RM 280
        Tenancy exit cleaning, 3-bedroom condo: S$420; curtain dry-clean S$12/panel; aircon chemical wash S$85/unit; all prices before 9% GST
        Corporate retainer Tier Gold: up to 25 moves a year, S$18,500 annually, SLA 2 working days for IPA submission, invoices on 30-day terms
        Piano moving within Klang Valley: upright RM 450, grand RM 1,200; staircase surcharge RM 80 per floor above 2nd floor when there is no lift
    """),
    ("en", "staff_group_chat"): _lines("""
        [09:14] Ops SG: MOM portal down for maintenance till 11am per their banner, pls don't resubmit any EP drafts, the IPAs will just error out
        [09:16] KL desk: noted. ESD portal also slow today, 3 DP10 cases stuck at Pending Payment even though FPX went through. Raising ticket w MDEC
        [10:02] Movers team: container TGHU 847216-3 released from PSA Pasir Panjang, delivery slot tmr 9am-1pm, lift booking confirmed w condo MCST
        [10:05] Ops SG: pls use COMPASS calculator template v3.2 in the shared drive, v3.1 still has the old salary benchmark for financial services
        [11:40] Schools: Dulwich Year 4 waitlist moved, 2 offers released this morning. Check the tracker tab Aug intake and update by EOD ya
        [12:03] Finance: invoice INV-SG-2027-01884 to the Jurong corporate account still unpaid after 45 days, pls nudge their AP team via the billing inbox
        [14:22] KL desk: lunch at Nasi Kandar Pelita Jalan Ampang ok? After that we go Mont Kiara for the 2 condo viewings, park at Publika basement
        [14:30] Ops SG: another HR asked if LOC still works for DP spouses. Told them no since May 2021, need own pass. Pls standardise the reply template
        [15:10] Movers team: Ah Huat Transport lorry broke down on PIE near Adam Rd exit, ETA pushed to 5pm, already informed the corporate HR contact
        [15:45] Schools: Tanglin Trust wants the Sept 2027 placement test slots booked via their admissions portal only, no more email bookings
        [16:20] Ops HK: ImmD says IANG extensions now taking 4-6 weeks. Tell SG > HK movers to keep the old visa label until the new one is collected
        [17:05] KL desk: MM2H briefing slides updated with the 2024 tiers Silver, Gold, Platinum. Don't use the 2021 deck, deposit amounts changed
        [18:30] Ops SG: good work all, 14 EPs approved this week, 2 rejected on COMPASS C2. Retro Friday 4pm in meeting room Orchard 3
    """),
    ("en", "business_reviews"): _lines("""
        5 stars for Harbourline Relocation. EP, DP and school tours all sorted within three weeks, and the Tiong Bahru orientation walk was the highlight.
        Ah Huat Movers packed a 3-bedroom in Bishan in one day with zero breakages, but the foreman wanted cash for the extra staircase. 4/5.
        Avoid Golden Lion Shipping. Quote said USD 3,200 door-to-door, then the invoice added S$690 of destination THC nobody mentioned. 2 stars.
        Uncle Lim Aircon Services came on time, chemical wash for 4 units, and issued a proper tax invoice with UEN 201622714M. Recommended.
        EdBridge Advisory in Bangsar knew exactly which Year 7 places at Alice Smith and Garden International still had openings. Worth the fee.
        Sea Breeze Relocation did our Hong Kong to Singapore move well, though the crate for the Steinway upright arrived cracked. Claim paid in 3 weeks.
        Fraser Residence River Promenade was the best of three serviced apartments we tried while waiting for a lease: shallow kids pool, MRT 5 min away.
        Mak Cik Kiah Catering made the office farewell makan so easy: 40 pax nasi lemak sets at RM 18 each, delivered to Jalan Sultan Ismail on time.
        Pet Pals Transport flew two cats from Taipei to Changi with perfect AVS paperwork. Only gripe: their WhatsApp line +65 8011 2299 is slow on weekends.
        1 star. The agency lost our marriage certificate copy twice and we had to re-apostille everything. Office at Anson Road is nice, the service is not.
        Madam Tan's Laksa House at Tanjong Pagar Plaza seems to be where every relocation consultant takes clients for lunch. Cheap, fast, very spicy.
        Relo Express KL: fine for paperwork, but the Mont Kiara landlord they found never fixed the water heater and the agency shrugged. 3/5.
        Our company uses Lighthouse Mobility for all Singapore EP filings; the SLA dashboard and 2-day IPA turnaround beat the Big Four, honestly.
    """),
    ("mixed", "system_logs"): _lines("""
        2027-03-14T09:12:44+08:00 INFO case=EP-2027-004512 stage=IPA_SUBMITTED portal=myMOM latency_ms=842 worker=relo-sync-03
        2027-03-14T09:13:02+08:00 WARN case=DP10-KL-2027-0319 status=PENDING_PAYMENT fpx_ref=FPX2027031409130217 retry=2/5
        [shipment] BL=MAEU264817390 container=TGHU8472163 origin=CNSHA dest=SGSIN ETA=2027-03-21 状态=已装船 vessel=MAERSK KOWLOON
        ERROR 2027-03-14 10:01:17 sg-docs-svc: 上传失败 upload_id=7f3c9a1e size=10.4MB exceeds max_size=10MB file_type=application/pdf
        config: COMPASS_MIN_POINTS=40; EP_MIN_SALARY_SGD=5600; EP_MIN_SALARY_FIN_SVC_SGD=6200; DEFAULT_LOCALE=en-SG; COMPANY_UEN=201934512R
        const SAMPLE_APPLICANT = { name: 'TEST APPLICANT', passNo: 'G0000000X', salary: 6500 }; // dummy fixture for unit tests only
        2027-03-14 11:22:05 MYT INFO permohonan=EP2-2027-88120 status=DILULUSKAN bahagian=ESD kategori=II masa_proses=6_hari_bekerja
        cron: 0 2 * * * /opt/relo/bin/sync_school_waitlists --schools=UWCSEA,DULWICH,TTS --out=/var/log/relo/waitlist.json
        sha256(inventory_template_v7.xlsx)=9b1e6c2f4a7d8e03c5b2f91a66d0e4c7b8a13f52d9e0c6a4b71f3e28d05c9a14 uploaded_by=svc-inventory
        webhook POST /api/v2/moves/MV-HK-2027-0573/status body={'stage':'customs_cleared','hub':'HKG','ts':'2027-03-14T12:40:00+08:00'}
        2027-03-14 13:05:33 INFO 通知已发送 template=ipa_approved_zh channel=email batch=17 count=9 bounce=0 duration_ms=311
        DEBUG rate_card.lookup(origin='TPE', dest='SIN', mode='AIR', weight_kg=45) -> TWD 118/kg, fuel_surcharge=0.22, valid_to=2027-06-30
        WARN 2027-03-14 16:48:10 sms-gateway: templat peringatan_temu_janji ditolak, sender_id=HARBOURLN belum berdaftar, fallback=email
    """),
    ("ms", "notis"): _lines("""
        Notis: Kaunter Pas Tanggungan (DP10) di Ibu Pejabat Imigresen, No. 15, Persiaran Perdana, Presint 2, 62550 Putrajaya dibuka 8.00 pagi hingga 5.00 petang.
        Makluman: Portal ESD akan diselenggara pada 22 Mac 2027 dari 12.00 tengah malam hingga 6.00 pagi. Permohonan pas tidak dapat dihantar dalam tempoh ini.
        Harbourline Relokasi Sdn Bhd (No. Pendaftaran 202101034567 (1432100-K)) tidak pernah meminta bayaran melalui akaun peribadi mana-mana kakitangan.
        Pemindahan barangan rumah melalui Pelabuhan Klang: sila sediakan senarai inventori dalam Bahasa Inggeris atau Bahasa Melayu sebelum kontena tiba.
        Notis cuti: pejabat KL ditutup sempena Hari Raya Aidilfitri pada 9 dan 10 Mac 2027. Untuk urusan penghantaran, hubungi talian syarikat 1-300-88-7356.
        Peringatan: Pas Penggajian Kategori III tidak membenarkan pemegang membawa tanggungan. Sila semak syarat terkini di laman esd.imi.gov.my.
        Sekolah antarabangsa di Lembah Klang biasanya meminta salinan pas tanggungan, rekod vaksinasi dan laporan sekolah dua tahun terakhir untuk pendaftaran.
        Waktu operasi kaunter khidmat pelanggan di Menara Harbourline, Jalan Sultan Ismail: Isnin-Jumaat 9.00 pagi-6.00 petang; Sabtu 9.00 pagi-1.00 petang.
        Sejarah ringkas: Pelabuhan Klang dahulu dikenali sebagai Port Swettenham, sempena Sir Frank Swettenham, Residen British di Selangor pada 1880-an.
        Caj simpanan gudang di Shah Alam: RM 45 setiap meter padu sebulan, minimum 3 bulan. Insurans barang simpanan ialah 0.5% daripada nilai diisytiharkan.
        Awas penipuan: pegawai Jabatan Imigresen Malaysia tidak akan meminta bayaran kompaun melalui WhatsApp atau pemindahan wang ke akaun individu.
        MM2H: kategori Silver memerlukan deposit tetap USD 150,000; maklumat lanjut di Pusat MM2H, Kementerian Pelancongan, Seni dan Budaya (MOTAC).
        Invois INV-KL-2027-00412 bagi perkhidmatan pembungkusan dan penghantaran ke Singapura telah dikeluarkan. Bayar melalui DuitNow ke akaun korporat sahaja.
    """),
    ("zh-Hans", "搬家与准证须知"): _lines("""
        国际搬家须知：新加坡海关对烟酒征收关税及9%消费税，即使是随自用旧家具一起运输的也不例外，请在装箱清单中如实申报每一瓶酒和每一条烟。
        上海至新加坡海运整柜参考价：20尺柜 3,850 美元起，40尺高柜 5,200 美元起，保险费为申报价值的1.8%，最低收费 120 美元。
        准证办理流程：雇主在 myMOM 门户提交 EP 申请，获得原则性批准信（IPA）后，员工入境再到人力部服务中心登记指纹和照片。
        客服热线 400-820-6172（工作日 9:00–18:00），企业邮箱 service@haixian-relo.cn，请勿向任何员工的个人微信或支付宝转账。
        本公司统一社会信用代码 91310115MA1K4B2X7Q，办公地址：上海市浦东新区陆家嘴环路1000号恒生银行大厦28楼，欢迎预约到访。
        宠物出境提示：猫狗需在出发前完成狂犬病抗体滴度检测，新加坡 AVS 对检测时间有严格要求，建议至少提前四个月开始准备，并保留兽医出具的全部原件。
        国际学校申请提示：新加坡德威国际学校和东南亚联合世界书院（UWCSEA）小学部插班名额紧张，建议在准证获批前就递交申请。
        订单号 HX-SH-20270314-0086 已完成上门估价，体积约 28 立方米，建议使用 40 尺高柜，预计 4 月 2 日在外高桥码头装柜。
        历史小知识：陈嘉庚先生十几岁南下新加坡经商，后来出资创办集美学校和厦门大学，是南洋华侨中最有代表性的人物之一，新加坡至今仍有以他命名的地铁站和建筑。
        马来西亚第二家园计划（MM2H）2024年新规分为银卡、金卡和白金卡三个级别，定期存款要求分别为15万、50万和100万美元。
        温馨提示：人力部服务中心位于 The Riverwalk（20 Upper Circular Road），最近的地铁站是克拉码头站，步行约5分钟即可到达。
        增值税发票 No. 31001927，开票方：海线国际搬运（上海）有限公司，项目：国际货运代理服务，金额 人民币 26,480.00 元，税率 6%。
        新加坡人力部在国会书面答复中表示，COMPASS 框架实施两年来，EP 申请的整体质量和雇主团队的国籍多元程度都有所提高，多数雇主已适应新规。
    """),
    ("zh-Hant", "新聞與公告"): _lines("""
        香港入境事務處表示，「高端人才通行證計劃」推出以來反應熱烈，申請人主要來自內地，其次為新加坡、美國及英國的專業人士，不少申請人計劃攜同家屬來港。
        新加坡總理黃循財在國慶群眾大會上表示，政府會繼續吸引國際人才，同時確保本地員工在職場上獲得公平的機會，並加強對違規僱主的執法力度。
        歷史回顧：1819年萊佛士爵士登陸新加坡，開埠之後大批來自福建、廣東及潮州的移民南來謀生，奠定了今日新加坡華人社群及會館文化的基礎。
        台灣內政部移民署提醒，外國專業人才申請就業金卡，可透過線上平台全程辦理，毋須親赴各地服務站遞件，審核進度亦可隨時在網上查詢。
        澳門治安警察局出入境事務廳提醒，外地僱員身份認別證續期申請應於證件到期前至少30日遞交，逾期或須重新申請，並可能影響僱主日後的配額。
        搬屋公司公告：本公司位於九龍觀塘道388號創紀之城一期的辦事處，將於2027年4月起遷往葵涌貨櫃碼頭路新倉庫大樓，客戶服務熱線維持不變。
        香港國際學校2027/28學年中學部插班生申請將於3月31日截止，家長可瀏覽學校網站招生頁面了解面試、英語評估及學費安排。
        報價單編號 QT-HK-2027-0391：香港至巴生港拼箱運輸，每立方米港幣1,150元，最低收費5立方米，目的港費用另計。
        小說《摘金奇緣》作者關凱文筆下的楊尼克與朱瑞秋，讓不少即將移居新加坡的讀者對當地上流社會、娘惹美食與豪宅生活充滿好奇與想像。
        客戶服務熱線 +852 2345 8870，WhatsApp 商務帳號 +852 5123 0088，辦公時間為星期一至五上午九時至下午六時。
        新加坡移民與關卡局提醒，長期探訪證持有人如更換護照，須於新護照簽發後儘快透過網上系統更新證件資料，以免出入境時遇到延誤。
        一代歌后鄧麗君生前曾多次到新加坡及吉隆坡演出，她的唱片至今仍是不少海外華人搬家時捨不得丟掉、一定要裝進紙箱帶走的珍貴回憶。
        馬來西亞首相安華在吉隆坡投資論壇上表示，政府將檢討外籍專業人士工作準證的審批流程，以縮短企業等候時間，並提高數碼化申請的比例。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        EP applicant: Rahul Menon Krishnan, Indian national, DOB 14/02/1991, passport Z7845123, offered Senior Data Engineer at S$9,800/month from 1 Apr 2027.
        Dependant's Pass for spouse Priya Nair, FIN G5518302W, and son Aarav (age 6); home address 18 Holland Grove View #07-12, Singapore 276214.
        Client called again: Mr Daniel Koh's wife is 5 months pregnant, so school tours only in the mornings, pls don't schedule anything after 1pm.
        Pls call Mrs Chloe Whitfield on +65 9183 4620 after 6pm, she's in the office before that and can't take personal calls.
        Note to file: applicant Marcus Teo disclosed a 2019 drink-driving conviction in Perth; check whether it affects the LTVP declaration.
        Hi, this is Jasmine from Bishan, my NRIC is S8723416I, can you update the tenancy agreement with my new number 8765 2091?
        Salary check: Andrea Lim Hui Min, basic S$7,200 plus fixed allowance S$800, COMPASS C1 only 20 points, below benchmark for her age band.
        Home search brief: the Fernandez family (Miguel, Carla, twins aged 4) need a 3BR near Tanjong Katong, budget S$6,500; Carla uses a wheelchair, lift access a must.
        Heads up, Mr Ong Wei Jie is going through a divorce and wants his kids' DP documents sent to his lawyer, not to the flat in Sengkang.
        Courier collected original degree cert from Ms Nurul Aisyah binti Hamzah at Blk 412 Pandan Gardens #09-147, Singapore 600412, signed 14:32.
        Deposit refund to OCBC 601-284739-001, account name TAN KIAN HWEE, reference LEASE-RV-0312, amount S$9,000.
        Tenant car plate SJK 4821 E to be registered for season parking, owner Mr Bradley Chua, unit #14-03, pls send to the MCST by Friday.
        Ticket #58213: Ms Siobhan O'Reilly says the movers broke her late mother's jade bangle; she is very upset and wants more than the insured amount.
        Mr Kenji Watanabe has type 1 diabetes and will hand-carry insulin pens through Changi, pls get the doctor's letter from him before Thursday.
        Employer CSV row: 2027-0419,Choo Sze Ling,S7619054B,Senior Analyst,8900,Marine Parade,+65 9622 1837
        Ravi Shankar's son was turned down by UWCSEA after the learning assessment, ADHD diagnosed last year; Ravi asked us to keep it confidential.
        Move-out inspection: Mdm Goh Siew Lan, 41 Jalan Kembangan, Singapore 419132, owes the landlord S$4,200 in rent and is unreachable since 3 Mar.
        Email from jonathan.pereira88@gmail.com: can you re-send my IPA letter? My old laptop died and I lost everything.
        Candidate Wei Ling mentioned she still owes S$18k to a licensed moneylender in Geylang and has to settle it before relocating to KL.
        Prepare the LOC letter for Sophie Martin-Leclerc, spouse of EP holder, passport 18FR77043, DOB 03-09-1989, address 9 Nassim Road #05-01.
    """),
    "mixed": _lines("""
        Eh boss, that Mr Lim from Punggol called again lah, his FIN F2274913R still pending, he say MOM never reply him, can help check or not?
        客户 Aunty Mei Fong 的 HP 9027 3314，她说明天 10am 可以 viewing，地址 Blk 233 Tampines St 21 #05-212。
        Kak Ros punya DP10 application kena reject sebab marriage cert belum attest, dia nangis kat office tadi, husband dia pun baru kena retrench.
        Ah Boon 那个 case 很麻烦，他欠 ah long 三万多，现在 EP renewal 要 declare，他叫我们不要告诉 HR。
        Mrs Suresh baby due in June, cannot fly after 32 weeks, pls tell the movers pack before 15 May ok, her mobile 012-738 4415.
        Confirm dah, Encik Faizal bin Rahmat IC 880314-14-5523, pindah ke unit B-12-3 Residensi Sri Hartamas, sewa RM4,800 sebulan.
        陈太 says her husband's HKID K382615(5) is on the old visa, need to re-endorse for SG LTVP, can call her at +852 6283 4471.
        Bro, Jason Tay the one in KL, his Maybank acc 1640 2278 9153, deposit RM 9,600 already bank in, pls issue receipt.
        Aiyo, Uncle Lau's medical report shows stage 2 kidney disease, LTVP insurance want extra loading, can explain to his daughter Karen Lau?
        Client form: 姓名 Wong Jia Hui / 黄佳慧, T0312785G, Nanyang Primary P3 transfer, parent contact jiahui.mum@yahoo.com.sg
    """),
    "zh-Hans": _lines("""
        客户信息：张伟，身份证号 440305198706123413，手机 138 2456 7719，申请新加坡EP，现居深圳市南山区后海大道海岸城公寓3栋1802。
        王女士怀孕三个月，丈夫刘建华下个月赴新加坡上任，她想等孩子出生后再办家属准证，请顾问跟进。
        李先生的银行账户：招商银行 6225 8821 4407 3396，户名 李志强，用于支付搬家尾款人民币 12,600 元。
        阿明说他老婆最近抑郁症复发，正在看心理医生，暂时不能陪他去吉隆坡，DP10 先不要递交。
        收件人：周晓雯，上海市徐汇区天钥桥路 580 弄 12 号 601 室，邮编 200030，电话 13917246685，内含学历公证原件。
        林太的儿子在新加坡的中学被记大过，学校要求家长面谈，她让我们帮忙安排翻译，还说别让她先生知道。
        申请人 孙悦 31011519900228462X，拟任职务：财务经理，月薪 8,500 新元，随行家属：女儿 孙可欣，8岁。
        刘总的司机说刘总每周三下午去新加坡中央医院做透析，看房只能安排在周四或周五，这件事不要在群里说。
    """),
    "zh-Hant": _lines("""
        申請人：陳美玲，香港身份證 Y407193(8)，住址：九龍何文田常盛街 88 號 12 樓 B 室，電話 9456 2013。
        黃先生和太太正在辦理離婚，兩個孩子的新加坡學位申請要等法院判決撫養權後再處理，暫時不要聯絡黃太。
        台灣客戶 林志豪 身分證 A228417355，手機 0932-518-746，預計五月搬到吉隆坡滿家樂（Mont Kiara）。
        搬運賠償投訴：何小姐表示她過世父親的遺照相框在運輸中破損，要求全額賠償港幣 8,000 元。
        澳門客戶 梁家豪（香港身份證 R559024(7)）的外地僱員身份認別證須於 4 月 18 日前續期，聯絡電話 6658 2210。
        阿傑話佢上個月喺新加坡酒駕被捕，依家好驚 EP 續期會出事，叫我哋幫手搵律師問下。
    """),
    "ms": _lines("""
        Pemohon: Siti Mariam binti Abdullah, No. MyKad 920705-10-6234, alamat No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor.
        Encik Kumar a/l Subramaniam memaklumkan isterinya baru disahkan menghidap kanser payudara, jadi perpindahan ke Singapura ditangguhkan.
        Sila hubungi Puan Lee Mei Chin di talian 016-284 7731 untuk sahkan tarikh pembungkusan barang di rumahnya di Taman Connaught, Cheras.
        Akaun bank untuk bayaran balik deposit: Maybank 5143 2207 8819, nama pemegang akaun HAFIZ BIN OTHMAN.
        Kak Yati cakap suami dia masih ada hutang PTPTN dan kad kredit lebih RM60,000, takut permohonan visa ditolak.
        Nombor plat kereta pelanggan WXY 7742 didaftarkan untuk tempat letak kereta kondominium, pemilik Encik Azlan bin Ismail.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are RelocateBot, a drafting assistant for consultants at a Singapore relocation agency. Keep letters formal and concise.",
        ),
        (
            "user",
            "Draft a short cover note for the Dependant's Pass application of Ms Elena Petrova, spouse of EP holder Dmitri Petrov (FIN G6032187L). They live at 27 Leedon Heights #03-05, Singapore 267953.",
        ),
        (
            "assistant",
            "Dear Sir/Madam, We submit on behalf of the employer the Dependant's Pass application for Ms Elena Petrova, lawful spouse of Mr Dmitri Petrov, Employment Pass holder (FIN G6032187L), residing at 27 Leedon Heights #03-05, Singapore 267953. The marriage certificate and passport copies are enclosed. Yours faithfully,",
        ),
        (
            "user",
            "Add a line that she is 7 months pregnant and will deliver at KK Hospital, so we ask for the pass before August.",
        ),
        (
            "assistant",
            "Added: As Ms Petrova is seven months pregnant and expects to deliver at KK Women's and Children's Hospital, we would be grateful if the application could be processed before August. Note that medical details are not required by MOM, so you may want to confirm she is comfortable sharing this.",
        ),
    ],
    [
        (
            "user",
            "Can you work out the COMPASS score for a candidate? Tan Jun Hao, 34, offered S$7,600 basic in the tech sector, degree from NUS, joining a firm where 30% of PMETs are Singaporean.",
        ),
        (
            "assistant",
            "Rough estimate for Tan Jun Hao: C1 salary at S$7,600 for age 34 in tech is likely between the 65th and 90th percentile, so 10 points; C2 NUS is a top-tier institution, 20 points; C3 diversity depends on nationality share, assume 10; C4 local PMET share of 30% is below the sector median, so 0 to 10. Total roughly 40 to 50, a pass, but verify with MOM's self-assessment tool.",
        ),
        (
            "user",
            "He also told me he was fired from his last job in Shenzhen over a harassment complaint. Does that matter?",
        ),
        (
            "assistant",
            "COMPASS itself does not score employment history, but the application asks about past adverse records only in specific cases. Please keep that information strictly confidential, do not put it in shared notes, and let the employer's HR decide with legal advice whether any disclosure is needed.",
        ),
    ],
    [
        (
            "system",
            "Assistant for a KL relocation desk. Staff paste WhatsApp chats; summarise them in English bullet points.",
        ),
        (
            "user",
            "Summarise pls: [client] Hi Kak, saya Nadia Rahman, husband saya Arjun Pillai dapat offer kat Singapore. Kami ada anak OKU, autism, perlu sekolah special needs. Budget rumah SGD 4k. Nombor saya 019-662 4810.",
        ),
        (
            "assistant",
            "Summary: client Nadia Rahman (mobile 019-662 4810); husband Arjun Pillai has a Singapore job offer; their child has autism (OKU) and needs a special needs school; housing budget about S$4,000 a month. Next step: shortlist SPED schools and homes within budget.",
        ),
        ("user", "ok tq, now draft a reply in Malay"),
        (
            "assistant",
            "Hai Puan Nadia, terima kasih kerana menghubungi kami. Kami akan sediakan senarai sekolah pendidikan khas di Singapura dan beberapa pilihan rumah sekitar SGD 4,000 sebulan. Boleh kami hubungi Puan pada hari Khamis untuk sesi perbincangan?",
        ),
    ],
    [
        ("system", "你是一家上海国际搬家公司的客服助手，回答要简洁、礼貌。"),
        (
            "user",
            "帮我写一条短信给客户：赵丽华女士，手机 13601825547，她的货柜 TGHU8472163 延误了三天，新加坡那边的新家地址是 Blk 18 Dover Crescent #11-22，送货改到 3 月 24 日。",
        ),
        (
            "assistant",
            "赵丽华女士您好，您的货柜 TGHU8472163 因船期调整延误三天，送货时间改为 3 月 24 日，送达地址为 Blk 18 Dover Crescent #11-22。给您带来不便，敬请谅解。如有疑问请致电我司客服热线。",
        ),
        ("user", "再加一句，她之前说家里老人刚做完心脏手术，送货时请师傅安静一点。"),
        (
            "assistant",
            "已补充：考虑到您家中长辈刚做完心脏手术，我们会提醒搬运师傅在送货时保持安静、尽量减少噪音。",
        ),
    ],
    [
        (
            "user",
            "我係香港嘅移民顧問，客人 區志偉 先生 HKID K382615(5) 個仔想入新加坡國際學校 Year 9，可唔可以幫我列出申請要準備咩文件？",
        ),
        (
            "assistant",
            "一般需要：學生護照及准證副本、最近兩年成績表、推薦信、疫苗紀錄、入學評估報告，以及家長的EP或DP副本。建議先向學校招生處查詢 Year 9 是否有學位。",
        ),
        ("user", "補充：區生話個仔有讀寫障礙，之前喺九龍塘嗰間學校俾人欺凌，想搵細班啲嘅學校。"),
        (
            "assistant",
            "明白。可以考慮設有學習支援部門而班級人數較少的學校，並在申請時附上教育心理學家報告。這些屬敏感資料，請只交給學校招生處，不要在群組內轉發。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk ejen imigresen di Kuala Lumpur. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong semak senarai dokumen DP10 untuk isteri klien kami, Puan Mei Ling Chua, warganegara Taiwan, suami dia Encik Hakim bin Yusof, MyKad 850912-08-5317, tinggal di No. 7, Jalan Setiabakti 3, Bukit Damansara.",
        ),
        (
            "assistant",
            "Biasanya diperlukan: salinan pasport Puan Mei Ling Chua, sijil nikah yang diakui sah, salinan MyKad suami 850912-08-5317, gambar berukuran pasport, surat sokongan majikan dan bukti alamat kediaman di Bukit Damansara. Sila sahkan dengan Jabatan Imigresen kerana syarat boleh berubah.",
        ),
        ("user", "Ok, sijil nikah mereka dari Taipei, perlu pengesahan apa?"),
        (
            "assistant",
            "Sijil nikah dari Taiwan perlu diterjemah ke Bahasa Inggeris atau Bahasa Melayu dan disahkan oleh pejabat perwakilan yang berkaitan, iaitu Taipei Economic and Cultural Office di Kuala Lumpur, sebelum diserahkan.",
        ),
    ],
    [
        (
            "system",
            "You are a concierge assistant for an expat relocation firm. Client record: Name: Oliver Grant-Hughes; Mobile: +65 8274 1903; Email: o.granthughes@protonmail.com; Temporary address: Fraser Residence Orchard, room 1207; Note: allergic to cats, do not show units with previous pets.",
        ),
        (
            "user",
            "What should I ask the landlord agents before booking viewings in River Valley this weekend?",
        ),
        (
            "assistant",
            "Ask each agent whether the unit has ever housed pets, as your client has a cat allergy; whether the landlord accepts a diplomatic clause; the maintenance fee split; aircon servicing terms; and earliest move-in date. I can draft a WhatsApp message to the agents if you like.",
        ),
        ("user", "Yes, draft it short."),
        (
            "assistant",
            "Hi, I'm arranging viewings this Saturday for a corporate tenant looking at 2-3 bedroom units in River Valley, budget up to S$7,500. Please confirm: no pets previously in the unit, diplomatic clause accepted, aircon servicing by landlord, and available from 1 May. Thanks!",
        ),
    ],
    [
        (
            "user",
            "Extract the key fields from this scanned form text: NAME: HARPREET KAUR GILL / NRIC: S9051238B / DOB: 22 JUN 1990 / ADDRESS: 65 SERANGOON NORTH AVE 4 #03-15 / RELATIONSHIP: SPOUSE OF SPONSOR",
        ),
        (
            "assistant",
            "Name: Harpreet Kaur Gill; NRIC: S9051238B; date of birth: 22 June 1990; address: 65 Serangoon North Ave 4 #03-15, Singapore; relationship: spouse of the sponsor.",
        ),
        (
            "user",
            "Great. Is a Singaporean spouse sponsoring a foreign husband for LTVP the right route?",
        ),
        (
            "assistant",
            "Yes, a Singapore citizen can sponsor a foreign spouse for a Long-Term Visit Pass through ICA, ideally after obtaining a Pre-Marriage Long-Term Visit Pass Assessment if the marriage is recent. The sponsor's income and the couple's circumstances are assessed.",
        ),
    ],
    [
        (
            "system",
            "Helpful assistant for an SG moving company. Staff write in Singlish; reply in plain English.",
        ),
        (
            "user",
            "Client Mr Gerald Sim very angry, his 65-inch TV crack during move from Clementi to his new place at 8 Bukit Timah Road. He threaten to post on Facebook. How to reply?",
        ),
        (
            "assistant",
            "Suggested reply: Dear Mr Sim, we are sorry about the damage to your television during the move to 8 Bukit Timah Road. We have opened a claim and our surveyor will contact you within two working days to inspect it. We will keep you updated on the insurance outcome.",
        ),
        (
            "user",
            "He also say he need the TV fixed fast because his wife just discharge from hospital after stroke and she watch TV all day.",
        ),
        (
            "assistant",
            "You could add: We understand Mrs Sim is recovering at home, so we will arrange a loan television within 24 hours while the claim is processed. Keep the health detail out of the claim form unless he asks you to include it.",
        ),
    ],
    [
        (
            "system",
            "Assistant for a Taipei agency that relocates Taiwanese professionals to Malaysia.",
        ),
        (
            "user",
            "Please prepare a checklist email for our client Lin Yu-Ting (ID F120938672, mobile 0921-447-305) who is moving to Penang for a semiconductor job in June.",
        ),
        (
            "assistant",
            "Subject: Your move to Penang - checklist. Dear Ms Lin Yu-Ting, please prepare: passport valid 18+ months, degree certificate with English translation, employment contract, passport photos with white background, and a medical check-up report. We will file your Employment Pass through the employer's ESD account. Contact us at any time on our office line.",
        ),
        ("user", "She also asked about schools in Penang for her 10-year-old daughter."),
        (
            "assistant",
            "For Penang, options include Uplands International School, Prince of Wales Island International School and Dalat International School. Suggest she visits before applying and checks Year 6 availability for her daughter.",
        ),
    ],
]
