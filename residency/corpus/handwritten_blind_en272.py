# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en272: SG/MY process servers, bailiffs and court e-filing agents (serving writs and summonses, affidavits of service, seizure and sale, e-filing portal notes, debtor visits, fees). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en272
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "practice_notes"): _lines("""
        Under Order 7 of the Rules of Court 2021, an originating process is served personally unless the court approves another mode; keep the signed acknowledgment page on the matter file.
        The affidavit of service must state the date, time and place of service, how the person served was identified, and exhibit a copy of the document served with the exhibit mark.
        Where personal service fails after three attempts on different days and at different times, instructing counsel may apply for substituted service by posting and registered post.
        Malaysia: under Order 62 of the Rules of Court 2012, a company may be served by leaving the document at its registered office; record the name of the counter and the company stamp.
        Bailiffs will not execute a writ of seizure and sale on a Sunday or public holiday, and the execution creditor's representative must attend with transport for any goods removed.
        Items exempt from seizure include necessary wearing apparel, bedding, cooking utensils and tools of trade up to the prescribed value; do not list them on the inventory sheet.
        The Sheriff's office at the Supreme Court, 1 Supreme Court Lane, Singapore 178879 handles High Court enforcement; State Courts matters go to 1 Havelock Square, Singapore 059724.
        Service into Hong Kong SAR is routed through the High Court Registry at 38 Queensway, Admiralty; allow 6 to 8 weeks and budget translation and correspondent fees separately.
        Firm practice: treat anything lodged on eLitigation after 4.30pm as filed on the next working day; the portal acceptance timestamp, not our email receipt, is what counts.
        Mainland China: service under the Hague Service Convention goes through the Ministry of Justice as Central Authority; expect 4 to 6 months and attach a certified Chinese translation.
        Photographs taken at an attempt should show the unit door and block signage only, never occupants or neighbours; upload them to the matter folder, not to WhatsApp groups.
        The bailiff's execution fee for a writ of seizure and sale in the Magistrate's Court is paid upfront; it is not refunded if the judgment debtor settles on the morning of execution.
        Small Claims Tribunals notices may be served by registered post; the tribunal sits at the State Courts Towers and its e-services are reached through the CJTS portal.
    """),
    ("en", "fee_schedule"): _lines("""
        SwiftServe Legal Support Pte Ltd (UEN 201934567K) | Rate card effective 1 Jan 2026 | All prices in SGD and exclusive of 9% GST unless stated otherwise.
        Personal service within Central Region, up to 3 attempts: $85.00; each additional attempt: $35.00; after-hours attempt (7pm to 10pm) surcharge: $40.00.
        Service on Jurong Island, Sentosa or the Southern Islands: quotation on request; ferry tickets, security passes and permit fees billed at cost against receipts.
        Affidavit of service drafting plus commissioning before a Commissioner for Oaths: $60.00 per affidavit, exhibits up to 20 pages included, $0.50 per page thereafter.
        eLitigation filing at our service bureau counter: $28.00 per document plus court fees; urgent same-day filing (instructions received before 3pm) adds $45.00.
        Attendance at a writ of seizure and sale with the court bailiff, half-day block: $320.00; locksmith booked at cost, usually $150 to $220 per door.
        Malaysia branch, Tetuan Pantas Serah Sdn Bhd (201801023456): serahan kendiri Lembah Klang RM120, luar Lembah Klang RM180 plus mileage at RM0.90 per km.
        Address verification using public registries and business profiles only (no purchased personal data): RM250 per report, turnaround 3 working days.
        Hong Kong via our correspondent Lam & Partners Process Agents: HK$1,200 per address, HK$600 per re-attempt, certified Chinese translation HK$180 per page.
        Package Writ-to-Sale: service, affidavit, one execution attendance and 14 days storage of seized goods for $980.00 (you save $115 against item rates).
        Storage of seized goods at our Kaki Bukit warehouse, 10 Kaki Bukit Road 2 #03-15, Singapore 417868: $18 per pallet per day, insurance 0.3% of declared value.
        Payment by PayNow to UEN 201934567K or by bank transfer; please quote the invoice number (format SS-INV-2026-0417) so that our accounts team can match it.
        Cancellation after the server has been dispatched: 50% of the service fee; no charge before 9am on the day. Hotline 6221 4088, ops@swiftserve.com.sg.
    """),
    ("en", "config_and_code"): _lines("""
        EFILING_BASE_URL=https://sandbox.efiling.example.sg/api/v2  # never point the integration tests at the production eLitigation endpoint
        MAX_SERVICE_ATTEMPTS = 3  # after this the matter is flagged for a substituted service application by counsel
        def in_attempt_window(ts): return 8 <= ts.hour < 22 and ts.weekday() != 6  # no Sunday service, no attempts after 10pm
        CREATE TABLE service_attempt (id BIGSERIAL PRIMARY KEY, matter_no TEXT NOT NULL, attempted_at TIMESTAMPTZ, outcome TEXT CHECK (outcome IN ('served','no_answer','refused','moved')));
        fixtures/matter.yaml: matter_no: "DC/OC 0000/2026", court: "State Courts", doc_type: "originating_claim", respondent: "<REDACTED>", fee_sgd: 85.00
        GET /v1/matters/HC-OC-2026-00412/documents?type=affidavit_of_service&page=2 returned 200 OK with 14 items in 231 ms
        cron: 0 6 * * 1-5 /opt/serve/bin/sync_court_calendar --court=KLCC --since=yesterday >> /var/log/serve/sync.log 2>&1
        RATE_CARD = {"personal_service": 85.0, "extra_attempt": 35.0, "after_hours": 40.0, "affidavit": 60.0, "gst": 0.09}  # SGD
        if doc.page_count > 50 and not doc.bookmarked: raise FilingError("Bundles above 50 pages must be bookmarked before upload")
        MATTER_RE = r"^(HC|DC|MC)/(OC|S|SUM) ?[0-9]{1,5}/20[0-9]{2}$"  # matches HC/OC 412/2026 and DC/SUM 88/2025
        image: swiftserve/affidavit-renderer:3.4.1  environment: [PDF_FONT=NotoSansCJK, TZ=Asia/Singapore]  ports: ["8088:8080"]
        assert render(sample_attempt()).startswith("I, [NAME OF PROCESS SERVER], of [FIRM ADDRESS], make oath and say as follows")
        sha256(rate_card_2026.pdf) = 9f2c4e1a7b3d0e58c6a1f4b2d9e7c3a05b8f1d2e6c4a9b7d3e0f5a1c8b2d4e6f  size=184213 bytes
    """),
    ("ms", "notis_pejabat_bailif"): _lines("""
        NOTIS: Kaunter Pejabat Bailif, Kompleks Mahkamah Kuala Lumpur, Jalan Duta, dibuka Isnin hingga Jumaat 8.30 pagi hingga 4.30 petang; rehat Jumaat 12.15 hingga 2.45 petang.
        Permohonan pelaksanaan Writ Penyitaan dan Penjualan hendaklah disertakan dengan salinan penghakiman yang dimeterai dan resit bayaran fi bailif yang lengkap.
        Fi perjalanan bailif dikira mengikut jarak dari mahkamah; sila rujuk Jadual Fi di papan kenyataan atau laman web rasmi Pejabat Ketua Pendaftar Mahkamah Persekutuan.
        Penyitaan tidak akan dilaksanakan pada hari Ahad, cuti umum atau selepas jam 7.00 petang kecuali dengan perintah khas mahkamah yang dikemukakan kepada bailif.
        Pemiutang penghakiman atau wakilnya wajib hadir bersama bailif pada tarikh penyitaan dan menyediakan lori serta pekerja untuk mengangkut barang yang disita.
        Barang yang disita akan dilelong secara awam selepas notis lelongan dipamerkan sekurang-kurangnya 7 hari di papan kenyataan mahkamah dan di premis berkenaan.
        Sebarang pertanyaan berkaitan sistem e-Filing boleh dibuat melalui talian khidmat pelanggan 1-300-22-3344 atau emel sokongan@pantasserah.com.my pada waktu pejabat.
        Peringatan: Bailif mahkamah TIDAK akan meminta bayaran tunai atau pindahan wang melalui telefon. Laporkan panggilan palsu kepada Pusat Respons Scam Kebangsaan di talian 997.
        Afidavit penyampaian hendaklah difailkan melalui e-Filing dalam format PDF teks yang boleh dicari, saiz maksimum 10MB bagi setiap fail, dengan ekshibit bertanda.
        Kaunter bayaran fi mahkamah menerima kad debit, FPX dan DuitNow QR sahaja; pembayaran tunai tidak lagi diterima di kaunter ini mulai 1 Mac 2026.
        Kompleks Mahkamah Shah Alam, Persiaran Perbandaran, Seksyen 14, 40000 Shah Alam: kaunter bailif Mahkamah Sesyen dan Majistret terletak di Aras 2, Blok B.
        Tetuan Pantas Serah Sdn Bhd menawarkan perkhidmatan penyampaian dokumen mahkamah di seluruh Lembah Klang; WhatsApp perniagaan +60 12-345 8890, Isnin hingga Sabtu.
        Notis penyelenggaraan: sistem e-Filing tidak dapat digunakan pada 14 Disember 2026 dari 10.00 malam hingga 6.00 pagi; dokumen yang dihantar dalam tempoh ini akan ditolak.
    """),
    ("zh-Hans", "常见问题"): _lines("""
        问：新加坡的诉讼文件一定要亲手交给被告本人吗？答：原则上须面交本人；如多次送达未果，委托律师可向法院申请替代送达，例如张贴于最后已知地址并以挂号信寄出。
        问：送达员能不能强行进入债务人的住所？答：不能。送达员只负责递交文件，扣押财物须由法院执达员（Bailiff）依法执行，并须有判决债权人的代表在场。
        问：马来西亚的e-Filing系统上传宣誓书有什么格式要求？答：须为可检索文字的PDF，每个文件不超过10MB，证物须加书签并按顺序编号，否则可能被系统退回。
        问：送达宣誓书（Affidavit of Service）需要写哪些内容？答：送达的日期、时间和地点，确认受送达人身份的方式，以及所送达文件的副本作为证物附上。
        问：公司被告应该送到哪里？答：可送达至其在ACRA或SSM登记的注册办事处，一般交给前台或公司秘书并取得签收，签收页和公司印章请拍照存档备查。
        问：你们的收费怎么算？答：新加坡中区面交送达三次以内85新元，每增加一次35新元，晚间时段另加40新元，以上价格均未含9%消费税，发票按案件开具。
        问：在中国内地送达新加坡法院的文件要多久？答：通过海牙送达公约经司法部中央机关转递，一般需要四到六个月，并须附上经认证的中文译本，请尽早安排。
        问：星期天可以安排送达吗？答：本公司不安排星期日及公共假期送达；如遇特殊紧急情况，须由委托律师书面确认，并按节假日费率另行收费，敬请谅解。
        问：扣押的家具和电器放在哪里？答：暂存于本公司加基武吉仓库，每个托盘每天18新元，拍卖日期以法院公告为准，委托人可提前预约前来查看货物状况。
        问：收到自称“法院执达员”的电话要求转账怎么办？答：法院人员不会通过电话要求转账付款，请立即挂断，并拨打新加坡反诈骗热线1799核实来电身份。
        问：香港的执达主任由哪个部门管理？答：由香港司法机构执达主任组负责执行令状，办事处地址及办公时间请以司法机构官方网站公布为准，本公司可代为联络安排。
        问：委托送达需要提供什么资料？答：案件编号、法院名称、需送达文件的电子版、送达地址，以及律师事务所的委托函和发票抬头，资料齐全后两个工作日内出勤。
        问：送达失败会退款吗？答：已出勤的送达尝试按次收费，不予退还；如三次均未能送达，我们会免费出具未能送达报告，供律师申请替代送达时使用。
    """),
    ("zh-Hant", "新聞"): _lines("""
        終審法院首席法官張舉能在法律年度開啟典禮上表示，司法機構會繼續推動電子訴訟，讓更多民事案件的文件可以經綜合法院案件管理系統以電子方式提交。
        新加坡首席大法官梅達順多次在法律年開幕典禮上強調，法院須善用科技提升效率，同時確保無律師代表的訴訟人能夠理解程序及按時提交文件。
        業界人士指出，香港近年經執達主任執行的扣押令數目有所下降，原因之一是更多債務在執行前已透過調解或分期還款協議以和解方式解決。
        台灣司法院推動的電子訴訟文書服務平台，讓律師可以線上遞狀及收受送達，一般民眾亦可透過平台查詢案件進度，減少親自往返法院的次數。
        澳門初級法院提醒市民，法院執達員執行職務時必須出示工作證件，如對來人身份有懷疑，可致電法院辦事處核實，切勿向來人即時支付任何款項。
        歷史上，英屬海峽殖民地的法院早在十九世紀已設有執達吏一職，負責送達傳票及執行扣押，檳城和馬六甲的法院檔案至今仍保存部分相關紀錄。
        馬來西亞前首席大法官敦東姑麥蒙任內推動法院數碼化，疫情期間大量民事案件改以視像方式審理，文件亦大多經電子存檔系統提交及送達。
        狄更斯筆下的米考伯先生因欠債被關進債務人監獄，這段情節常被法律學者引用，用來說明十九世紀英國債務人監禁制度的殘酷與荒謬之處。
        新加坡國家法院大廈位於夏維洛克廣場1號，於2019年啟用，樓高178米，是當地最高的法院建築，小額索償審裁處亦設於此，方便市民辦理手續。
        莎士比亞《威尼斯商人》中的夏洛克堅持按借據割取安東尼奧身上一磅肉，這個情節至今仍是法學院討論契約自由與衡平原則的經典教材之一。
        香港律師會呼籲會員留意假冒法院職員的詐騙電話，重申法院不會以電話或短訊要求當事人即時付款，以免財物被扣押，市民應提高警覺。
        1826年頒布的第二份司法憲章為檳城、新加坡和馬六甲設立統一法院，史學家認為本地執達吏和送達制度的雛形可以追溯至這個時期。
        台灣法務部行政執行署負責公法上金錢給付義務的強制執行，例如欠稅和罰鍰；民事判決的強制執行則由各地方法院民事執行處依法辦理。
    """),
    ("mixed", "staff_group_chat"): _lines("""
        [Team West] Morning all, 12 jobs today. Jurong ones pls go before 10am, later the lift at that block kena maintenance until 2pm, don't climb 14 floors ah.
        Dispatch: KL Court Jalan Duta counter jam teruk today, e-Filing down since 9.15am. Jangan waste petrol go there, wait for my update first ya.
        Reminder: affidavit of service photo must show door and unit signage only, jangan ambil gambar orang dalam rumah. Boss already said 3 times liao.
        今天Woodlands那边的三单都是公司地址，去前台签收就好，记得拍签收页和公司章，不用一直等到对方老板出来，浪费时间。
        Anyone going Tampines side after lunch? Got 2 summonses to drop near Our Tampines Hub, can tumpang one more job ah, I belanja kopi.
        Petrol claim form v3 is in the shared drive under Ops/Claims/2026, rate now 60 cents per km, submit by 25th or else next month then pay.
        Bailiff office confirmed WSS attendance moved to Thu 10am, 3-ton lorry booked from the usual vendor with 2 movers. Bring the inventory template printout.
        Eh the portal timestamp showed 16:31 so counted as tomorrow liao. Next time urgent filing pls send to counter team by 3pm, I beg you all 🙏
        明天大雨预报，出门记得带伞，文件用防水袋装好。上次湿了一份affidavit要重新commission，又多付了一次宣誓费，大家小心。
        Pantas Serah KL team: jobs hari ini Klang & Shah Alam, total 9 serahan. Kalau rumah kosong, tampal notis ikut SOP dan ambil gambar dengan timestamp.
        FYI new SOP effective 1 Dec: no more service attempts after 9.30pm even if client insists, safety first. Claim OT through the HR app by Friday.
        Scam alert again, someone pretending to be court bailiff calling people asking for transfer. If client forwards screenshot, send to compliance, don't reply them.
        今日Causeway好塞，JB嗰幾單改去聽日朝早，委託律師已經OK咗，唔該大家update返個tracker同埋通知會計部改返張單。
    """),
    ("mixed", "efiling_log_lines"): _lines("""
        2026-11-03T09:14:22+08:00 INFO efiling.submit matter=HC/OC 412/2026 doc=AffidavitOfService pages=6 status=ACCEPTED ref=EL-2026-1103-004417
        2026-11-03T09:15:01+08:00 WARN efiling.validate doc=Exhibit_A.pdf reason="not text-searchable" action=OCR_queued eta=4m
        2026-11-03T16:31:45+08:00 INFO efiling.submit court=StateCourts doc=Summons deemed_filed=2026-11-04 note="after cut-off"
        2026-11-04 08:02:10 MYT [EFS] Login OK firm_id=PSSB-0231 host=10.20.4.17 session=7f3a9c21 duration=42m browser=Chrome/131
        2026-11-04 10:47:33 MYT [EFS] Bayaran FPX berjaya amount=RM50.00 txn=FPX2611041047330091 kes=WA-22NCvC-388-11/2026
        2026-11-05 14:20:09 +0800 [SYNC] 法院日历同步完成 court=KLCC 新增聆讯=37 更新=5 失败=0 耗时=3.2s next_run=2026-11-06T06:00
        2026-11-05 14:20:11 +0800 [SYNC] 警告：Shah Alam 法庭接口超时 retry=2/5 next_in=30s endpoint=/calendar/v1/hearings
        2026-11-06T07:58:40Z ERROR pdf.render template=affidavit_service_v3 err="font NotoSansCJK-Regular not found" fallback=Arial
        2026-11-06 11:02:55 SGT [eLit] Document rejected: code=R07 "Wrong document type selected" case=DC/OC 1187/2026 resubmit_by=2026-11-09
        2026-11-07 09:30:00 HKT [iCMS] 文件已提交 case=HCA 1533/2026 類別=送達誓章 頁數=8 收據=ICMS-26-0098812
        2026-11-07 09:31:12 HKT [iCMS] 費用已繳 amount=HK$1,045 method=FPS status=SETTLED receipt=ICMS-26-0098813
        job=serve-batch-2026-11-08 total=24 served=17 no_answer=5 refused=1 moved=1 avg_attempts=1.8 duration=6h12m region=SG-East
        2026-11-08 18:45:03 SGT [tracker] SS-JOB-88213 status ASSIGNED -> SERVED server_id=PS-014 app=v5.2.0 photos=3 sync=ok
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Served the originating claim on Mr Lim Boon Hock personally at Blk 412 Bedok North Ave 2 #08-1157 on 3 Nov 2026 at 7.42pm; identified by his NRIC S7412258H.
        Debtor Priya d/o Ramasamy, HP 9173 4528, says she can only pay $300 a month, lost her clinic job in August and is now on chemo for breast cancer.
        Affidavit note: respondent Tan Wei Jie refused the summons and threw it over the gate of 27 Jalan Tari Piring, Singapore 799227; his wife witnessed it.
        WSS inventory at the home of Mdm Koh Siew Lan: 1 Samsung 65-inch TV, 1 rosewood cabinet, Honda Vezel SNB 4417K parked at the porch.
        Please re-serve: Mr Muhammad Hafiz bin Rosli has moved out; his mother said he is staying with his girlfriend in Sengkang since the divorce.
        FIN G5823917N, judgment debtor in MC/OC 224/2026; employer says his work permit is being cancelled at month end and he plans to fly home to Dhaka.
        Client instruction: serve the statutory demand on Ho Kah Wai, kahwai.ho88@gmail.com, mobile +65 8265 1903, owing $48,200 on a personal guarantee.
        Server's note: Ms Jasmine Ong answered the door heavily pregnant, said her husband is in Changi Prison until March, and refused to sign for the writ.
        Refund to the judgment creditor: POSB Savings 188-52714-3, account name Chua Meng Kiat; please transfer before Friday and send him the slip.
        Served Mr Ravi Chandran's bankruptcy papers at Tan Tock Seng Hospital ward 7B; the nurse confirmed he was admitted for a stroke on 28 Oct.
        SS-JOB-88214,Goh Li Ting,S8934471J,Blk 108 Yishun Ring Rd #11-402,9027 3316,NO_ANSWER,2026-11-08 21:05
        Debtor's son called to ask us to stop visiting; his father Mr Yeo Ah Seng has dementia and cannot understand what the writ is.
        Garnishee: employer confirms Nur Aisyah bte Kamal earns $3,850 gross a month, expecting her third child in January; asks deductions start after maternity leave.
        Respondent is known at the coffeeshop as Ah Huat, about 50, drives GBF 2831T, usually at Toa Payoh Lor 8 market from 6am selling fish.
        Dear Mr Sivakumar Pillai, your outstanding judgment sum is $12,640.55; please call us before we proceed with the seizure at your flat on 12 Dec.
        Photo IMG_4471.jpg: Mr Chong Kok Leong's door at Blk 22 Havelock Road #05-31, his name on the letterbox and writ pasted, his daughter in the frame.
    """),
    "ms": _lines("""
        Serahan gagal: En. Azlan bin Mohd Yusof, No. KP 850312-14-5521, tiada di rumah No. 17, Jalan SS 2/64, Petaling Jaya; jiran kata dia kerja di Singapura.
        Penghutang Puan Rohana binti Ismail mengaku berhutang RM23,500 dengan Ah Long, suami dalam penjara, minta tangguh penyitaan sampai selepas raya.
        Nombor telefon penghutang Encik Faizal: 012-638 4471, isteri 017-220 9185. Jangan call selepas 9 malam, dia sudah buat aduan.
        Barang disita di rumah Cik Siti Hajar binti Abdullah: 1 peti sejuk Panasonic, 1 set sofa dan motosikal Yamaha Y15ZR nombor VFD 8812.
        Saya menyerahkan saman kepada Encik Kumar a/l Subramaniam di 22, Lorong Cempaka 3, Taman Cempaka, 08000 Sungai Petani pada 4/11/2026 jam 10.15 pagi.
        Akaun bank penghutang untuk sitaan: Maybank 1641 2208 5537 atas nama Lee Chee Keong; gaji RM4,200 masuk setiap 25hb.
        Emel daripada penghutang nurul.izzati92@yahoo.com: dia merayu jangan sita kereta sebab guna untuk hantar anak OKU ke hospital setiap minggu.
        Pak Cik Hamid, jiran sebelah, kata Encik Zulkifli Osman dah lari ke Thailand sebab hutang judi, rumah kosong sejak Ogos.
        Rekod: KP 900715-10-6633, Wong Mei Ling, B-12-3 Residensi Desa Aman, Cheras; status SERAHAN DITOLAK, penghutang menangis dan tutup pintu.
        Encik Ganesh Muniandy minta kami jangan beritahu majikan dia tentang hutang kad kredit RM61,000, takut kena buang kerja.
    """),
    "zh-Hans": _lines("""
        债务人陈志强，身份证号码440106198507213417，现居深圳市福田区，欠款人民币38万元，律师要求在12月底前完成跨境送达。
        陈先生的手机是138 2634 7719，他说最近在医院陪做化疗的太太，求我们下个星期再上门送达。
        送达记录：林太在家，说林生已经搬去新山跟第二任老婆住，离婚手续还没办完，她拒绝代为签收。
        扣押清单：黄美玲女士住所（裕廊西91街第925座#12-88）内钢琴一台、劳力士手表一只、车牌SLA 6612B的丰田凯美瑞。
        阿明的微信号是aming_0829，他欠公司三个月的借款，我们只能通过微信把传票照片发给他。
        客户邮件：被告张丽华（zhang.lihua1979@163.com）现住上海市长宁区，请安排海牙公约途径送达。
        债务人刘建国患有严重抑郁症，家属提供了新加坡中央医院的诊断书，请求暂缓执行扣押。
        周小姐的银行账户：中国工商银行 6222 0210 0112 3456 789，她说判决款已经分三期转了，请核对。
    """),
    "zh-Hant": _lines("""
        送達人員記錄：被告李國雄，香港身份證號碼K473821(5)，於2026年11月2日下午在觀塘住所門口親身接收傳訊令狀。
        黃太話佢老公黃志明上個月中風入咗伊利沙伯醫院，無能力處理欠款，求我哋唔好再上門。
        債務人蔡明哲，身分證字號F128374659，住台北市大安區和平東路二段，積欠貨款新台幣120萬元。
        陳生手機9734 5218，住屯門安定邨，欠財務公司HK$86,000，已經收過兩次律師信。
        澳門居民何嘉欣（澳門身份證1274583(6)）在扣押時表示自己剛離婚，屋內傢俬全屬前夫所有。
        執達主任備註：葵涌屋主鄭伯伯獨居，有認知障礙，鄰居話佢個仔鄭家豪喺內地欠落大筆賭債，成日有人上門追數。
        客戶轉來嘅電郵kelvin.lau.hk@outlook.com，話劉先生已經移民英國，要求改為郵寄送達到曼徹斯特新地址。
    """),
    "mixed": _lines("""
        Boss, the debtor Ah Seng (陈亚成) say he no money lah, 刚刚被裁员, wife also sick 在NUH住院, ask us come back next month.
        Tracker: SS-JOB-88302 | Mdm Lee Siew Mei | 9812 6604 | 杨厝港 Blk 21 #04-117 | 已送达 at 8.05pm, signed by her.
        Encik Razak punya MyKad 780624-01-5339, 他说 car already sold, but JPJ record still show JHK 3321 under his name.
        Pls note: 债务人Kavitha说她怀孕五个月, doctor say cannot stress, request bailiff don't come with lorry on 15 Dec.
        WhatsApp from 林先生 +60 16-772 0931: bro 我下个月发薪水才还, jangan datang rumah, my mother sick kat hospital.
        Serve ke 38, Jalan Mawar 5, Taman Sri Muda, 40400 Shah Alam, rumah Mr Tan Chee Hong, 他儿子说他出国了 tapi kereta ada depan rumah.
        客户叫我们check Mr Wong Kah Seng 的 POSB account 118-44562-9, see got money or not before apply garnishee.
        2026-11-20,MY-JOB-5512,Noraini bt Salleh,901122-08-6124,019-445 3308,Ipoh,hutang RM8900,REFUSED
        阿强 again don't want open door, 邻居说他 every night drink until drunk, 老婆 already bring kids back to 娘家 in Muar.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are an assistant for a Singapore process-serving firm. Help servers draft affidavits of service in plain, formal English.",
        ),
        (
            "user",
            "Draft the key paragraphs for me. I served the originating claim on Mr Goh Teck Meng, NRIC S7823345F, at Blk 233 Serangoon Ave 3 #06-41 on 2 Dec 2026 at 8.10pm. He showed me his NRIC to confirm.",
        ),
        (
            "assistant",
            "Here is a draft: 1. On 2 December 2026 at about 8.10pm, I attended at Blk 233 Serangoon Avenue 3 #06-41, Singapore. 2. I there personally served Goh Teck Meng (NRIC No. S7823345F) with a copy of the Originating Claim, by handing it to him. 3. I identified him by his NRIC, which he produced to me. A copy of the document served is exhibited and marked 'A'.",
        ),
        (
            "user",
            "He also told me he has kidney failure and goes for dialysis 3 times a week. Should I put that in?",
        ),
        (
            "assistant",
            "No. His medical condition is not relevant to whether service was effected, so leave it out of the affidavit. If you think his health may affect the proceedings, tell the instructing solicitor separately and let them decide.",
        ),
    ],
    [
        (
            "user",
            "Tolong saya tulis mesej sopan kepada penghutang. Nama dia Puan Salmah binti Yaakob, telefon 013-552 7840, hutang penghakiman RM14,320 dan tarikh penyitaan 18 Disember.",
        ),
        (
            "assistant",
            "Cadangan mesej: Assalamualaikum Puan Salmah. Kami dari Tetuan Pantas Serah Sdn Bhd, bertindak bagi pihak pemiutang penghakiman. Jumlah penghakiman RM14,320 masih belum dijelaskan dan penyitaan dijadualkan pada 18 Disember 2026. Sila hubungi peguam pemiutang sebelum tarikh tersebut jika puan ingin berbincang tentang bayaran. Terima kasih.",
        ),
        ("user", "Dia kata suami baru meninggal bulan lepas. Perlu ubah nada?"),
        (
            "assistant",
            "Ya, mulakan dengan ucapan takziah dan elakkan bahasa yang mengugut. Fakta tentang jumlah dan tarikh tetap perlu dinyatakan dengan jelas, tetapi nyatakan juga bahawa dia boleh memohon penangguhan melalui peguam pemiutang.",
        ),
    ],
    [
        (
            "system",
            "你是一家新加坡送达公司的客服助理。当前案件资料：债务人陈国华，NRIC S6834102C，手机 9126 3385，住址 宏茂桥3道第567座#09-221。",
        ),
        ("user", "帮我写一条短信提醒陈先生，明天上午十点执达员会上门。"),
        (
            "assistant",
            "陈先生您好，这里是送达公司客服。根据法院执行令，执达员将于明天上午十点前往宏茂桥3道第567座#09-221执行程序，届时请留在家中。如有疑问，请直接联系委托律师事务所。",
        ),
        ("user", "短信里面不要写完整地址，改短一点。"),
        (
            "assistant",
            "陈先生您好，执达员将于明天上午十点按法院执行令上门，请届时留在家中。如有疑问，请联系委托律师事务所。谢谢。",
        ),
    ],
    [
        (
            "user",
            "我哋要喺香港送達傳訊令狀畀李美琪小姐，香港身份證Y582176(3)，住荃灣綠楊新邨。佢成日唔喺屋企，點算？",
        ),
        (
            "assistant",
            "可以喺唔同日子同時段再試幾次，每次記錄時間、情況同拍攝大廈門牌。如果多次都送達唔到，委託律師可以向法院申請替代送達，例如郵寄或者張貼。",
        ),
        ("user", "管理處話佢日頭喺將軍澳一間診所做護士，可唔可以去診所送？"),
        (
            "assistant",
            "原則上可以喺任何地方親身送達本人，但喺工作地點送達要顧及佢私隱，最好喺佢放工或者小休時低調處理，唔好喺病人面前交件。送達後喺誓章寫明時間、地點同點樣確認佢身份。",
        ),
    ],
    [
        (
            "user",
            "Eh the debtor Mr Lau Kim Swee car plate SKQ 7730E, can bailiff seize the car or not? He park at his HDB carpark Jurong West St 52.",
        ),
        (
            "assistant",
            "Generally a vehicle registered to the judgment debtor can be seized under an enforcement order, but the bailiff will check LTA records first and whether there is a hire-purchase finance company with a claim on it. The creditor's solicitor should apply and list the vehicle.",
        ),
        ("user", "Finance company still got loan on it leh, like 40k left."),
        (
            "assistant",
            "Then the finance company owns the car under the hire-purchase agreement, so seizing it usually gives the creditor little value. Better for the solicitor to consider other assets or garnishee proceedings.",
        ),
    ],
    [
        (
            "system",
            "You help a Malaysian e-filing agent answer questions about the court e-Filing portal.",
        ),
        (
            "user",
            "The portal rejected my affidavit of service for respondent Mr Daniel Chew Wai Loon, email daniel.chew.wl@hotmail.com. Error says exhibit not bookmarked. What to do?",
        ),
        (
            "assistant",
            "Open the PDF in an editor, add a bookmark for each exhibit (for example Exhibit A, Exhibit B), save it as a text-searchable PDF under 10MB, and resubmit under the same case number. You do not need to re-serve Mr Chew.",
        ),
        (
            "user",
            "Thanks. Also the respondent emailed us saying he is bankrupt already since 2024, does that matter?",
        ),
        (
            "assistant",
            "Yes. If he was adjudged bankrupt, proceedings against him may need leave and the Director General of Insolvency may need to be involved. Forward his email to the instructing solicitor before filing anything further.",
        ),
    ],
    [
        (
            "system",
            "Today's job list (CSV): job_id,name,nric,address,phone,status / SS-JOB-90011,Tay Hui Min,S9011243B,Blk 301 Tampines St 32 #07-55,8733 2190,PENDING / SS-JOB-90012,Abdul Rahim bin Ismail,S7723980J,Blk 8 Marsiling Dr #03-14,9660 1427,PENDING",
        ),
        ("user", "Which jobs are in the east and which are in the north? Plan my route."),
        (
            "assistant",
            "Tampines (SS-JOB-90011, Tay Hui Min) is in the east and Marsiling (SS-JOB-90012, Abdul Rahim bin Ismail) is in the north. Start with Tampines in the morning, then take the TPE and SLE up to Marsiling after lunch.",
        ),
    ],
    [
        (
            "user",
            "Tolong draf perenggan afidavit penyampaian dalam Bahasa Melayu. Saya serahkan writ kepada Encik Hairul Nizam bin Abu Bakar, No. KP 820409-05-6117, di rumahnya No. 45, Jalan Seri Putra 2, Kajang pada 5 Disember 2026 jam 6.30 petang.",
        ),
        (
            "assistant",
            "Draf: 1. Pada 5 Disember 2026 lebih kurang jam 6.30 petang, saya telah pergi ke No. 45, Jalan Seri Putra 2, Kajang. 2. Saya telah menyerahkan secara kendiri satu salinan Writ kepada Hairul Nizam bin Abu Bakar (No. K/P: 820409-05-6117). 3. Beliau mengesahkan identitinya dengan menunjukkan kad pengenalan. Salinan dokumen yang diserahkan dilampirkan dan ditanda sebagai ekshibit 'A'.",
        ),
        ("user", "Dia tak nak tandatangan penerimaan. Macam mana nak tulis?"),
        (
            "assistant",
            "Tambah perenggan: Penerima enggan menandatangani akuan penerimaan, dan saya meninggalkan dokumen tersebut di hadapannya selepas memaklumkan sifat dokumen itu. Penolakan menandatangani tidak menjejaskan penyampaian kendiri.",
        ),
    ],
    [
        (
            "user",
            "新加坡高庭的文件要送达到广州的被告王建军，身份证号码440103197902153618，住在越秀区。需要准备什么？",
        ),
        (
            "assistant",
            "需要通过海牙送达公约提交请求：填写公约附录的请求书格式，附上待送达文件及经认证的中文译本，交由新加坡最高法院转交中国司法部。一般需时四到六个月，请预留足够时间。",
        ),
        ("user", "被告的太太说他已经去香港工作了，地址改成香港能不能快一点？"),
        (
            "assistant",
            "如果能确认他在香港的地址，可以改为在香港送达，通常比内地途径快，但需要律师确认是否需要修改法院的许可令。请先核实新地址，不要仅凭家属口头说法。",
        ),
    ],
    [
        (
            "system",
            "You are an ops assistant for a process-serving company in Johor Bahru. Keep replies short.",
        ),
        (
            "user",
            "Client say debtor 黄志伟 (Mr Ng Chee Wai) got cancer stage 3, now at Hospital Sultanah Aminah, family ask us postpone the seizure. His wife number 012-771 5039.",
        ),
        (
            "assistant",
            "Understood. We cannot postpone on our own; only the judgment creditor or the court can. Please forward the family's request and any medical letter to the instructing solicitor today, and put the job on hold in the tracker until they reply.",
        ),
        ("user", "Ok, should I call the wife back to tell her?"),
        (
            "assistant",
            "Yes, a short call is fine: tell her the request has been passed to the creditor's solicitor and give her the firm's office number. Don't discuss the debt amount or make promises.",
        ),
    ],
]
