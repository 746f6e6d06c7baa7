# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en117: SG/MY car workshops and vehicle servicing (job cards, claims, towing, transfer, warranty, road tax). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en117
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "workshop_notice"): _lines("""
        NOTICE: Workshop closed 28 Jan to 2 Feb for Chinese New Year. For towing during the closure please call our 24-hr hotline 6741 2280. Gong xi fa cai!
        Vehicles not collected within 14 days after the customer is notified of job completion will be charged a storage fee of $20 per day.
        Please remove valuables, your CashCard and any parking coupons from the vehicle before handing over the keys. The workshop is not responsible for items left in the car.
        Lim Brothers Motor Pte Ltd, 6 Kaki Bukit Ave 4 #01-12, Singapore 416073 | Mon-Sat 8.30am-6pm, closed Sun & PH | Tel 6846 3391 | WhatsApp bookings 8118 2261
        Bengkel Kereta Ah Seng Sdn Bhd (Co. No. 1029384-H), Lot 12, Jalan Perusahaan 3, Taman Industri Skudai, 81300 Skudai, Johor. Tel 07-556 2210.
        Tyre promo this month: buy 3 get 1 free for selected 16" and 17" sizes, fitting, balancing and nitrogen included. While stocks last.
        Inspection due? We can drive your car to the nearest inspection centre and back for $40 (within 5 km of the workshop). Inspection fee payable separately.
        EV servicing now available. Our technicians are trained for high-voltage isolation on BYD Atto 3, Hyundai Ioniq 5 and Tesla Model 3.
        All replaced parts carry a 6-month or 10,000 km warranty, whichever comes first. Warranty is void if the part is tampered with or the vehicle is used for motorsport.
        Reminder: road tax can be renewed online up to 3 months before expiry. Valid motor insurance, and an inspection pass if the car is due, are required.
        Customer parking is at the rear. Vehicles left at the loading bay will be moved at the owner's risk.
        Payment by PayNow (UEN 201734119W), NETS, Visa and Mastercard. Cheques payable to "Sin Ming Auto Care Pte Ltd".
        To towing partners: do not leave vehicles outside the gate after 7pm. Call the night supervisor line 6262 1145 for the key drop box.
        Authorised Reporting Centre: bring the vehicle, your driving licence, certificate of insurance and the other party's particulars. Reports are done on a first-come basis.
        New price list from 1 July: air-con gas top-up $65, full air-con service $180, battery replacement from $120 incl. installation.
    """),
    ("en", "customer_faq"): _lines("""
        How often should I change the CVT fluid on a 2015 Honda Vezel? The dealer says lifetime fill but my mechanic says every 40,000 km.
        Is a decarbonising service worth it on a Proton Saga with 150,000 km or is it just an upsell?
        What documents are needed to transfer a car from my late father's name to mine in Malaysia?
        Can I drive my Singapore car into Johor without a VEP? What happens if my RFID tag is not activated?
        Will my NCD drop if I claim against the other driver's insurer for an accident that was not my fault?
        How much does the PUSPAKOM B5 inspection cost for a used car ownership transfer?
        My check engine light only comes on when it rains. Could it be the ignition coils?
        What is the difference between a knock-for-knock claim and a normal third-party claim?
        Why does my Myvi's air-con blow warm at traffic lights but cold when moving?
        Is tinting the front windscreen allowed in Singapore, and what VLT percentage is the minimum?
        My road tax expired two months ago. Can I still renew online or must I go to a JPJ branch?
        Does the workshop need my approval before doing repairs that were not in the original quotation?
        What should I do right after a minor accident on the PIE where nobody is hurt?
        How do I check if a used car in Malaysia has outstanding summons or is blacklisted before buying it?
        For COE renewal, is the 5-year or 10-year option better if I plan to scrap the car soon after?
    """),
    ("en", "job_card_and_invoice"): _lines("""
        JC No. 24-08812 | Toyota Corolla Altis 1.6 | Odo 87,450 km | Replace front brake pads, skim rotors, flush brake fluid DOT4 | Labour 1.5 h
        Invoice INV-SMA-2025-01933: engine oil 5W-30 4L $68.00; oil filter 90915-YZZD2 $12.00; drain plug washer $1.50; labour $35.00; GST 9% $10.49; total $126.99
        Quotation Q-7731: timing belt kit, water pump and drive belt for Proton Persona 1.6 CamPro, RM 980 inclusive of parts and labour, valid 14 days.
        Diagnostic report: DTC P0301 cylinder 1 misfire, P0171 system too lean bank 1. Recommend new spark plugs and check for intake leak at throttle body gasket.
        Parts requisition PR-0412: 2x wiper blade 24"/16", 1x cabin filter 80292-TF0-G01, 1x battery 55D23L. Issue to Bay 3.
        Wheel alignment printout: front toe before -0.35°, after +0.05°; camber L -0.6° R -0.8°; caster within spec. Tyres 205/55R16 91V.
        Pre-delivery checklist: [ ] horn [ ] wipers [ ] all lamps [ ] tyre pressure 2.3 bar [ ] road test 5 km [ ] car washed [ ] floor mats returned
        Job status 14/03: Bay 1 Vios waiting parts (ETA Thu); Bay 2 Civic FC done, pending QC; Bay 3 X70 air-con compressor removed; Bay 4 Hilux panel beating.
        Warranty claim WC-HON-25-00418 to distributor: CVT judder on HR-V 1.5, 32,110 km, within 5-year warranty. Status approved, labour 4.0 FRU.
        Tow log #T-5521: pick-up Jalan Klang Lama KM 5 to workshop, 11.2 km, flatbed, RM 180 incl. night surcharge. Perodua Alza, front-end collision.
        Paint record: Honda Crystal Black Pearl NH-731P, 3 panels (front bumper, bonnet, LH fender), 2K clear coat, baked 60°C for 30 min.
        Deregistration done, PARF and COE rebates to be credited by LTA. Certificate of export ref EXP/2025/0038842.
        Stock count: 0W-20 4L x14, 5W-30 4L x22, 10W-40 semi-synthetic x9, ATF WS x6, long-life coolant (pink) x11.
        Accident repair estimate: rear bumper RM 1,250, reinforcement RM 320, paint 2 panels RM 600, labour RM 450; total RM 2,620 pending adjuster approval.
        Perodua service schedule: 1,000 km free check; oil and filter every 10,000 km or 6 months; spark plugs and air filter at 40,000 km.
    """),
    ("en", "insurance_and_claims_policy"): _lines("""
        All accidents must be reported to your insurer within 24 hours or by the next working day, even if you do not intend to make a claim.
        Own damage claims will reduce your No-Claim Discount unless you bought NCD protection; a not-at-fault third-party claim does not affect it.
        An excess of $500 applies to each own damage claim, plus an extra $2,500 for drivers under 25 or with less than 2 years of driving experience.
        Claim reference MC/SG/25/0042117: please quote this number in all correspondence with the loss adjuster.
        Windscreen claims do not affect your NCD. Replacement must be done at one of our panel windscreen specialists.
        For claims above RM 10,000 an independent adjuster appointed by the insurer will inspect the vehicle within 3 working days.
        Roadside assistance covers towing up to 50 km; beyond that RM 3 per km is chargeable to the policyholder.
        We are an authorised panel workshop for MSIG, Etiqa, Allianz, Generali and Takaful Ikhlas.
        Loss of use is payable only for the repair period assessed by the adjuster, not for delays caused by parts on back-order.
        If repair cost exceeds 60% of the market value, the insurer may declare the vehicle a total loss (beyond economical repair).
        Documents for a third-party property damage claim: police report, claim form, photos of damage, repair estimate, copy of the vehicle registration card and driving licence.
        Renewal notice template: Policy No. ________ Vehicle No. ________ Sum insured $________ NCD ____% Premium payable $________
        In a hit-and-run, lodge a police report; the claim is treated as own damage unless the other vehicle is traced.
        Flood damage is covered only if the special perils extension was purchased with the policy.
    """),
    ("mixed", "workshop_group_chat"): _lines("""
        boss, Myvi front brake pad stock habis already, tmr morning I go supplier take?
        supplier say the compressor for the X70 coming Thursday, cannot rush one lah
        guys reminder ah, after wash car must put floor mat back, yesterday got complain
        tow truck stuck at Federal Highway jam, ETA 45 mins, tell counter first
        who took the 10mm socket from bay 2?? every week also lost
        inspection slot tmr 9.40am full liao, can only book 2.20pm
        Puspakom Wangsa Maju today queue damn long, better go other branch
        reman pump quotation came in, RM 1,850 for Hilux D4D, boss confirm or not?
        counter pls print 10 copies of the blank job card, run out already
        tmr Hari Raya Haji half day ya, close at 1pm
        明天大老板来 inspection, bay 要 clean clean ok
        the grey Vios in bay 3 road test done, no more knocking, counter can call to collect
        anyone know torque spec for City GM6 wheel nut? 108 Nm right?
        lunch order: 3 nasi lemak ayam, 2 char kway teow, 1 roti kosong, teh tarik x4
    """),
    ("ms", "notis_bengkel"): _lines("""
        Notis: Bengkel ditutup pada 31 Ogos sempena Hari Kebangsaan. Perkhidmatan tunda 24 jam masih beroperasi.
        Pemeriksaan B5 di PUSPAKOM diperlukan untuk tukar milik kenderaan terpakai; bawa geran asal dan salinan kad pengenalan kedua-dua pihak.
        Pemilik warganegara Malaysia tidak lagi wajib mempamerkan pelekat LKM; LKM digital boleh dilihat dalam aplikasi MyJPJ.
        Servis minyak hitam separa sintetik 10W-40 untuk Saga, Persona dan Iriz bermula RM99 termasuk penapis dan upah.
        Sila pastikan insurans kenderaan masih sah sebelum memperbaharui cukai jalan.
        Tuntutan Own Damage Knock-for-Knock membolehkan anda menuntut daripada penanggung insurans sendiri tanpa menjejaskan NCD jika anda tidak bersalah.
        Perkhidmatan tunda percuma sehingga 100 km untuk pemegang polisi yang menghubungi talian bantuan penanggung insurans.
        Alat ganti yang ditukar di bawah waranti mesti dipulangkan kepada pengedar; pelanggan tidak boleh menyimpan bahagian lama.
        Waktu operasi bulan Ramadan: 8.00 pagi hingga 5.00 petang, rehat Jumaat 12.15 hingga 2.45 petang.
        Laporan polis hendaklah dibuat dalam tempoh 24 jam selepas kemalangan di mana-mana balai polis.
        Bengkel Muthu & Anak-Anak Sdn Bhd, No. 8, Jalan Industri 2, 34000 Taiping, Perak. Tel: 05-806 3321.
        Soalan: berapa lama proses tukar milik di JPJ jika penjual masih ada pinjaman bank yang belum selesai?
    """),
    ("zh-Hans", "车行告示"): _lines("""
        通知：农历新年期间（1月28日至2月2日）本厂休息，拖车服务请拨24小时热线 6741 2280。
        本店提供全合成机油保养配套，适用于丰田、本田、马自达车型，价格从新币128元起。
        请问在新加坡，COE快到期，是续COE划算还是直接报废拿PARF回扣？
        保险理赔须知：发生车祸后24小时内必须向保险公司报案，即使不打算索赔。
        更换刹车片后前200公里请避免急刹，让刹车片与碟盘磨合。
        工单 JC-25-03318：本田思域 1.5T，里程 64,200 公里，更换火花塞及空气滤芯，工时 1 小时。
        马来西亚二手车过户需要先到PUSPAKOM做B5检验，再到JPJ办理手续。
        更换零件保修六个月或一万公里，以先到者为准。
        大家好，本周六厂里做年度消防演习，上午10点前所有车辆移出车间。
        空调不冷常见原因：冷媒不足、压缩机离合器故障、冷凝器脏堵、鼓风机电阻坏。
    """),
    ("en", "motoring_news"): _lines("""
        Transport Minister Anthony Loke said the ministry would review summons discount campaigns to encourage motorists to settle outstanding fines.
        Proton was founded in 1983 under then Prime Minister Mahathir Mohamad; Geely bought a 49.9% stake in 2017.
        DRB-HICOM, controlled by tycoon Syed Mokhtar Albukhary, holds the remaining 50.1% of Proton.
        Fernando Alonso won the first Singapore Grand Prix at Marina Bay in 2008, a result later overshadowed by the Crashgate scandal.
        Category A COE premiums rose in the latest bidding exercise, LTA data showed, while Category B eased slightly.
        In the television series, Rowan Atkinson's Mr Bean drives a Mini with a padlock fitted to the driver's door.
        Dominic Toretto's black Dodge Charger is the most recognisable car in The Fast and the Furious films.
        Karl Benz is credited with the first practical petrol-powered car, the Benz Patent-Motorwagen of 1886.
        The National Automotive Policy 2020 was launched by then International Trade and Industry Minister Darell Leiking.
        BYD founder Wang Chuanfu started the company as a battery maker in 1995 before moving into cars in 2003.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        JOB CARD #JC-24-09127 | Customer: MR TAN KOK WEE | HP: 9734 2186 | Vehicle: SKQ 2207 M Toyota Wish | Complaint: air-con not cold, knocking front left when turning | Promised: Fri 5pm
        Towing log 02:14 - driver Muhammad Firdaus bin Rahmat (+60 17-552 8093) picked up Honda City WVN 661 at Jalan Duta toll plaza; owner Puan Siti Hajar binti Kassim rode in the cab to our Kepong yard.
        Claim form | Insured: LEE MEI LING | NRIC: S8819303B | Vehicle: SJF 3106 J | Accident: 14/02/2025 2140 hrs, CTE towards AYE | Third party: lorry, failed to stop
        Transfer of ownership: seller Rajendran a/l Subramaniam IC 780104-07-5211, buyer Goh Swee Lan IC 920718-10-6384, Proton Persona PKT 3390, price RM 14,500, B5 passed 03/03.
        Hi Mr Kelvin Ong, road tax for your Mazda 3 (SLA 6093 U) expires on 17 Jun. Reply YES and we will renew it together with your insurance. - Lim Bros Motor
        Note: Mdm Zaleha binti Abdul Hamid, 67, just had hip surgery and cannot drive manual, pls arrange driver to send her Picanto back to Blk 221 Tampines St 23 #05-62 on Sat.
        Outstanding: Jason Teo Wei Ming still owes $2,340 for the gearbox overhaul on SMB 3420 L; his cheque bounced twice, do not release the car until paid in cash.
        Warranty claim rejected - customer Priya d/o Ramasamy (priya.ramasamy88@gmail.com) serviced the engine at a non-authorised shop and missed two services; she says she will complain to CASE.
        Refund of overcharge $180.00 to POSB savings 189-40275-3, account name Nur Aisyah binti Othman.
        Card payment: VISA 4563 7406 3769 9697 exp 08/27, name on card WONG CHEE KEONG, $1,126.40 for JC-25-00771.
        Pls collect car from 38 Jalan Kembangan, S419130. Owner Mr Gregory Pereira, call 8845-2139 when you reach, gate code 4471.
        Courtesy car agreement | Hirer: Ms Chloe Fernandez | NRIC T0268284I | Class 3 licence | Honda Jazz SGA 47 C, fuel 1/2 | Return by 21/05
        Feedback from Ms Shermaine Ong (shermaine_ong@gmail.com): "Your service advisor Ahmad Zulkifli was very rude and threw my keys on the counter."
        GIA report extract: driver Muthu Krishnan s/o Velu, NRIC S7194580D, lorry driver with Kim Soon Logistics, minor cut on right forearm, treated at Ng Teng Fong General Hospital.
        Ah Seng the Grab driver from Jurong West, the one with the white Prius SFN 2605 Y, came again asking for credit. Don't give, he still owes $560 from March.
        Hire-purchase settlement: vehicle WXY 4471 registered to Cheah Li Yin (IC 840815-04-5138), balance RM 23,418.55 on Maybank Islamic HP account 5140 7762 9931, to be settled before transfer.
        Mr Oliver Hartley (FIN G3037486Q) is relocating to London in August and wants to export his BMW 320i; start deregistration paperwork, his mobile +65 9018 3362.
        Road tax renewal at counter: Mr Harjit Singh s/o Gurdial Singh, NRIC S7673021J, car SKH 8314 U, insurance with MSIG valid till 2026.
        Vehicle log card | Owner ID: S9412997D | Owner: CHAN SIEW MUN | Vehicle No.: SDC 5096 C | Toyota Corolla Altis 1.6A | Reg. date 12 Mar 2016 | COE expiry 11 Mar 2026
        Desmond de Souza (desmond.desouza@outlook.com) booked 60k servicing for 3 Apr 9am, wants pick-up from his office at Raffles Place, prefers calls after 6pm on 9461 2078.
        Quote sent to Dr Farah Nadia binti Yusof for respraying her Honda HR-V VAD 4412 after it was keyed at her condo; she suspects her ex-husband and has made a police report.
        Claim payout $3,750.00 to DBS 027-904813-2, account holder Lim Wei Jie (weijie.lim88@gmail.com).
        Mdm Chong Siew Fong (8261 0457) - Vios SKV 1188 P ready, balance $412.80, she says she will pay after her CPF payout next week.
        Service reminder SMS list: Kumar Rajan 9127 5803 SH 812 G (taxi, 90k) / Lee Boon Kiat 8190 4426 SGX 5519 D (60k) / Nicole Yeo 9552 0914 SJD 9271 K (40k)
        Statement: I, Mohd Hafiz bin Azman (K/P 881230-08-5093), was stopped at the traffic light on Jalan Ipoh when the Vellfire behind rammed my Myvi.
        Staff record: Lucas Rozario, 24, apprentice mechanic at the Ubi branch, written warning on 3 May for joyriding a customer's Porsche Cayenne.
        Foreman Tan Ah Kow on MC till 14/6, slipped disc after lifting a gearbox, MC from Raffles Medical Clementi. Pls cover his bay.
        Sharifah Nur Izzati binti Syed Ahmad called from 016-221 3908, her Axia AKC 2019 broke down at Sungai Besi toll, tow truck dispatched.
        Adjuster suspects staged accident: claimant Alvin Koh Jun Hao (S9164262Z, SMC 6021 E) and the third party are cousins, both cars insured within the last 2 weeks.
        Named drivers added to policy: Ho Jia Hui S8078614Z (wife), Ho Jun Jie T0523279H (son, 20, less than 2 years' experience, young driver excess applies).
        Work permit renewal due 30/9 for mechanic Arun Prakash, FIN M9880310J, from Tiruchirappalli; passport also expiring, remind him to renew.
        Payment received by Mastercard 5264 3512 3304 6314 from Mr Benjamin Yap for the turbo replacement on his Golf GTI, $3,980.00.
    """),
    "ms": _lines("""
        Borang tuntutan | Nama pemandu: NOR AZLINA BINTI MOHD SALLEH | No. K/P: 960611-12-5746 | No. Kenderaan: SAB 7712 C | Kemalangan di Jalan Tuaran, Kota Kinabalu, 3/5/2025
        Encik Kamarulzaman bin Hashim (013-605 2287) minta kereta Saga NDB 6178 dihantar ke rumah di Lot 1873, Kampung Parit Haji Ali, 83000 Batu Pahat selepas servis.
        Puan Rohani binti Ahmad belum bayar baki RM 1,320 untuk kerja ketuk dan cat, sudah tiga kali dihubungi, boss kata hantar surat peguam.
        Tukar milik: penjual Lim Chee Seng (K/P 730422-05-6019), pembeli Muhammad Haziq bin Roslan (K/P 990203-11-5363), Honda City NCX 4218, harga RM 32,000.
        Mekanik Faizal bin Omar cuti sakit 3 hari kerana demam denggi, MC dari Klinik Kesihatan Kajang.
        Aduan daripada Puan Hasnah: pemandu tunda Zulkifli bin Mat Isa (019 774 2301) memandu laju di lebuh raya dengan kereta beliau di atas trak.
        Resit: bayaran RM 2,450 oleh Dinesh a/l Murugan, kad Mastercard 5592 5218 4090 5366, untuk baik pulih gearbox JHF 772.
    """),
    "zh-Hans": _lines("""
        客户陈美玲，电话 8733 6590，车牌 SLB 88 U，宝马 520i，投诉上次换的电池三个月就坏了，要求免费更换。
        黄志强先生（NRIC S8357368F）车险理赔：被追尾，对方全责，维修费 $4,860 由对方保险公司支付。
        拖车记录：司机林国华 014-932 1106，从芙蓉高速公路把客户吴丽娟的本田思域拖回厂里，她在车上哭，说刚跟老公吵架。
        车主郑伟杰，微信号 zwj_auto1988，老客户，欠款 RM 780，说下个月发工资再还。
        员工刘建明上星期酒驾被警察抓，驾照被吊销，暂时不能开客户的车。
    """),
    "mixed": _lines("""
        Nama: NG BOON HOCK | Tel: 012-348 7716 | No. Kenderaan: BMK 5521 | Model: Perodua Bezza 1.3 | Kerja: servis 40k + tukar tayar depan | Deposit RM 200 paid
        boss, makcik Faridah from Taman Melawati with the maroon Kancil WHQ 3327 called again, she say brake still bunyi, very angry want refund
        jun kai u tell ur cousin marcus lee don't buy that 2nd hand Audi A4 from the dealer, we found sand under the seat, confirm flood car
        今天下午 Ah Keat 的 tow truck 去 Woodlands 拉 Mdm Low Siew Lian 的 Camry SMA 4821 L, her number +6598805314, 车停在 Blk 733 Woodlands Circle 后面
        refund deposit RM 500 to Nurul Aina binti Kamal, Maybank 1640 2291 8837, she cancel the bodykit order sebab husband tak bagi
        the guy Telegram @kelvin_sgx_ride who sold us the Vezel, name on log card Kelvin Sim Kai Xiang, odometer was tampered, police report made already
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the front-desk assistant of Sin Ming Auto Care. Keep messages short and polite.",
        ),
        (
            "user",
            "Draft a WhatsApp to Mr Rahul Menon at 8026 7731: his Civic SJN 4406 U is ready and the balance is $860.",
        ),
        (
            "assistant",
            "Hi Mr Rahul Menon, good news: your Civic (SJN 4406 U) is ready for collection. The balance is $860, payable by PayNow, NETS or card at the counter. Thank you!",
        ),
        ("user", "Add that his rear tyres are below 2mm and we recommend replacing them."),
    ],
    [
        (
            "user",
            "Summarise for the adjuster: insured Nicholas Tay Jun Wei, NRIC S8522003I, Toyota Camry SGM 1175 X, hit by a motorcycle at Bedok North Ave 3 on 2 May 2025 at 8.15am, rider taken to Changi General Hospital.",
        ),
        (
            "assistant",
            "Summary: On 2 May 2025 at about 8.15am, the insured's Toyota Camry SGM 1175 X was struck by a motorcycle at Bedok North Ave 3. The rider was conveyed to Changi General Hospital. Insured: Nicholas Tay Jun Wei (S8522003I).",
        ),
        ("user", "Also mention his NCD is 50% and he wants to claim against the rider's insurer."),
    ],
    [
        (
            "user",
            "Help me fill the JPJ transfer details: seller Lau Kim Huat IC 670909-02-5171, buyer Nur Syafiqah binti Hamdan IC 010925-01-1438, Proton Saga KDA 3391, price RM 8,000.",
        ),
        (
            "assistant",
            "Seller: LAU KIM HUAT, 670909-02-5171. Buyer: NUR SYAFIQAH BINTI HAMDAN, 010925-01-1438. Vehicle: KDA 3391 (Proton Saga). Price: RM 8,000. Both parties must verify biometrics at JPJ or a post office counter after the B5 inspection.",
        ),
        ("user", "Buyer's phone is 0187764520, add it in."),
    ],
    [
        (
            "user",
            "帮我写一条短信给客户王秀英，电话 9306 4471，她的丰田 Vios 保养好了，可以明天下午来取车，费用 $285。",
        ),
        (
            "assistant",
            "王秀英女士您好，您的丰田 Vios 已完成保养，明天下午即可来取车，费用共 $285。如有疑问欢迎来电。谢谢！",
        ),
        ("user", "再加一句，她老公上次说要顺便检查空调，问她还要不要做。"),
    ],
    [
        (
            "user",
            "Tolong tulis surat peringatan bayaran kepada Encik Shamsul Bahari bin Kadir, No. 5, Jalan Mawar 3, Taman Sri Gombak, 68100 Batu Caves, Selangor. Baki tertunggak RM 3,200 untuk kerja enjin.",
        ),
        (
            "assistant",
            "Kepada Encik Shamsul Bahari bin Kadir, No. 5, Jalan Mawar 3, Taman Sri Gombak, 68100 Batu Caves, Selangor. Tuan, PERINGATAN BAYARAN: baki RM 3,200 bagi kerja baik pulih enjin masih belum dijelaskan. Sila jelaskan dalam tempoh 14 hari dari tarikh surat ini.",
        ),
        (
            "user",
            "Tambah bahawa kereta beliau akan dikenakan caj simpanan RM 20 sehari mulai bulan depan.",
        ),
    ],
    [
        (
            "user",
            "My customer Anand Pillai tried to pay with card 4628 2262 3857 3419 but the terminal keeps declining. Can I just key in the number manually?",
        ),
        (
            "assistant",
            "Please don't key in or write down the card number. Ask the customer to call his bank or use another payment method such as PayNow or NETS.",
        ),
        ("user", "ok, he said he will come back tomorrow with cash for the $1,540."),
    ],
    [
        ("system", "You are a dispatch assistant for a towing company in Selangor."),
        (
            "user",
            "New job: Honda Stream broke down at KM 23.4 NSE northbound near Rawang. Caller Lee Ah Chai 012-771 5023, he has 2 small kids in the car.",
        ),
        (
            "assistant",
            "Dispatch note: Honda Stream breakdown, NSE northbound KM 23.4 near Rawang. Caller: Lee Ah Chai, 012-771 5023. Children on board, priority job. Nearest truck to be assigned.",
        ),
        ("user", "Update: his wife Tan Poh Lin will stay with the car, her number 017-318 4409."),
    ],
    [
        (
            "user",
            "Write a reply to Ms Elaine Sim (elaine.sim.82@hotmail.com). Her turbo warranty claim for the VW Golf SLD 2290 C is rejected because she has no service records for the last 2 years.",
        ),
        (
            "assistant",
            "Dear Ms Sim, thank you for your patience. We regret that the warranty claim for the turbocharger on your VW Golf (SLD 2290 C) could not be approved, as service records for the past two years were not available. We are happy to provide a repair quotation.",
        ),
        ("user", "Make it a bit softer, she has been our customer for 8 years."),
    ],
    [
        (
            "user",
            "Customer Mr Rajesh Kumar Gupta, FIN F9065286U, on a work pass with an IT firm, wants to buy a used Camry from us. Anything special for foreigners?",
        ),
        (
            "assistant",
            "Foreigners with a valid pass can generally register a car in their name. You will need his pass details for the transfer and he must have a valid driving licence recognised in Singapore; check his foreign licence conversion status.",
        ),
        (
            "user",
            "He converted his Indian licence last year. He wants delivery on 15 Aug before his wife arrives.",
        ),
    ],
    [
        (
            "user",
            "Customer Puan Salmah binti Daud punya Alza accident kat Karak highway semalam, dia patah tangan, still warded at Hospital Bentong. Need to inform Takaful Ikhlas, what to write?",
        ),
        (
            "assistant",
            "Boleh tulis: Pelanggan Puan Salmah binti Daud terlibat dalam kemalangan di Lebuhraya Karak pada semalam; beliau cedera (patah tangan) dan kini dirawat di Hospital Bentong. Kenderaan Perodua Alza berada di bengkel kami untuk pemeriksaan adjuster.",
        ),
        ("user", "Her son Amir will come sign the claim form for her, he is the named driver."),
    ],
    [
        (
            "user",
            "Renew road tax for SKP 7713 R, owner Goh Teck Seng, NRIC S7932245H, 1.6L petrol, inspection passed last week.",
        ),
        (
            "assistant",
            "You can renew it online once the inspection result and valid insurance are on record. The exact amount is shown during renewal as it depends on engine capacity and vehicle age.",
        ),
        (
            "user",
            "His insurance expired on 30 Nov, he forgot. Can we buy the policy for him first?",
        ),
    ],
]
