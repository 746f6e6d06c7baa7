# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en237: SG/MY watch, shoe, bag and phone repair shops and cobblers. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en237
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "shop_notices_and_policies"): _lines("""
        NOTICE: Watch battery replacement from S$8 (Seiko, Casio, Citizen). Water resistance test is S$15 extra, please ask the counter.
        Closed for Hari Raya Puasa from 10 to 12 April. Shoe repairs dropped off before 8 April will be ready on 15 April.
        All repaired phones are tested for 15 minutes before handover. We are not responsible for data loss, so please back up to iCloud or Google Drive first.
        Under the PDPA we keep your contact number only until your item is collected; job cards are shredded 90 days after collection.
        Lim Brothers Shoe & Bag Repair, #01-23 People's Park Centre, 101 Upper Cross Street, Singapore 058357. Tel 6535 2741, WhatsApp business line 8028 1134.
        Screen replacement warranty: 90 days against touch and display defects, void if the liquid damage indicator has turned red.
        Heel tip replacement while you wait, about 15 minutes, from S$12 per pair. Full Vibram resole needs 5 working days.
        We do NOT unlock stolen or iCloud-locked phones. Proof of purchase is required for every Apple ID removal request, no exceptions.
        Please remove SIM cards, memory cards and bank cards from bags sent for repair. Anything we find goes into a sealed envelope marked with your job number.
        Consumers with an unresolved dispute may contact CASE at 6277 5100 or file online with the Small Claims Tribunals.
        Rolex, Omega and Patek Philippe servicing is done at our partner workshop in Peninsula Plaza; turnaround 6 to 8 weeks, quotation given before any work starts.
        Minimum card payment S$20. PayNow to UEN 201734582K (Heng Kee Watch & Clock Pte Ltd) accepted, show the screenshot at the counter.
        Mall management notice: Lucky Plaza level 2 escalators are under maintenance from 3 to 7 March, please use lift lobby B to reach our unit.
    """),
    ("en", "customer_faq"): _lines("""
        Q: Why does my automatic watch stop overnight? A: Most movements have a 38 to 42 hour power reserve, so give the crown about 30 turns before wearing it again.
        Q: Can you fix a Louis Vuitton Speedy with cracked vachetta handles? A: Yes, we replace them with natural cowhide, but they are not official LV parts.
        Q: Will your technician look at my photos? A: No. Staff are not allowed to open your gallery; we test camera, display and calls in diagnostic mode only.
        Q: How long does a Dr. Martens resole take? A: About two weeks, because Goodyear-welted soles have to be restitched.
        Q: What battery does a Casio F-91W use? A: A CR2016 3V lithium cell, which usually lasts around seven years.
        Q: My Galaxy S23 Ultra has a green line on the screen, is it covered? A: Check the Samsung Members app first; out of warranty, an OLED replacement is about S$420 at our counter.
        Q: Do you cut keys too? A: Yes, house keys from S$4; car transponder keys by appointment only.
        Q: Is 3 ATM water resistance enough for swimming? A: No, 3 ATM is splash resistant only; choose 10 ATM or higher for swimming.
        Q: Can I dye my brown leather handbag black? A: Yes, but the change is one-way, and the lining and stitching thread may stay brown.
        Q: What happens if I never collect my item? A: We send a reminder after 60 days; after 90 days the item is donated or disposed of under our terms.
        Q: Are you open on Sundays? A: The Tampines Hub outlet opens 11am to 7pm on Sundays; the Bugis outlet is closed.
        Q: Why do you need my IC for a phone repair? A: We don't. We only need a name to call out and a contact number, so please do not hand us your NRIC.
        Q: Will a new battery make my iPhone show Unknown Part? A: Non-genuine batteries trigger a notice under Settings > Battery on newer models; genuine parts do not.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Eh the Renata 371 stock finish already, I order 2 box from supplier tomorrow ok?
        Boss say today close 8pm, later got stock take for all the phone screens, don't go back first ah.
        Got one auntie bring Coach bag, zip spoil, I quote $35 can or not? She say later come back.
        Walao the sole glue dry so slow today, aircon too cold kot. Put near the window lah.
        iPhone 13 screen OEM left 3 pcs only, the incell one 11 pcs, I put in drawer B ya.
        Tomorrow Deepavali, shop open half day until 2pm, pls update the Google Business hours.
        Kak, customer for job 4471 come already, the Tissot one, can pass to counter?
        Mesin jahit rosak lagi, I called the service guy, he say Thursday only can come.
        Today sales: 14 battery change, 6 heel, 3 screen, 1 full service. Quite slow sia.
        Anyone see the small screwdriver set with blue handle? Missing since morning, the 0.8mm one.
        New price list for watch straps printed already, I paste at the counter glass liao.
        Don't accept any more Huawei P30 motherboard job, supplier stop supplying parts already.
        Customer ask whether we do Hermès saddle stitch, I say must check with boss first, only he can do that one.
    """),
    ("en", "repair_ticket_logs"): _lines("""
        2025-03-14 10:22:07 JOB#SG-24-08817 status=RECEIVED item=Seiko SKX007 issue="crown stuck" deposit=SGD10.00
        2025-03-14 11:05:41 JOB#SG-24-08818 status=QUOTED item="iPhone 14 Pro" part=SCR-IP14P-OLED qty=1 price=SGD388.00
        [WARN] sms_gateway: template job_ready to {{customer_phone}} failed, retry 2/3 (HTTP 429)
        ticket_id=MY-KL-000731 branch=SungeiWang tech=T03 diag="charging IC U2 short" eta=2025-03-19
        IMEI check passed for JOB#SG-24-08820 (IMEI 35-209***-******-4), not on GSMA blacklist.
        2025-03-15 18:30:00 EOD close: cash SGD1,240.50 nets SGD2,318.00 paynow SGD905.00 jobs_open=37
        audit: user=counter2 action=REPRINT_RECEIPT receipt=R-20250315-0042 reason=printer_jam
        JOB#SG-24-08823 | Longines Conquest | full service + gasket | qc_water=PASS 10bar | qc_timing=+4s/d
        courier pickup: Ninja Van tracking NVSGB2B0123456789, 12 parcels to Peninsula Plaza workshop
        JOB#MY-PG-00219 | Bata school shoes x2 | resole + stitch | RM28.00 | READY | bin C-14
        cron 02:00 purge_job_cards: deleted 214 records older than 90 days, personal fields retained=0
        sync error: SKU STR-LTH-20-BRN qty mismatch (pos=7, warehouse=9), flagged for recount
        JOB#SG-24-08830 status=UNCLAIMED days=92 action=DISPOSE_QUEUE customer=<REDACTED> phone=+65 **** **07
    """),
    ("ms", "iklan_dan_notis_kedai"): _lines("""
        Kedai Jam & Kasut Pak Hassan, Pasar Besar Siti Khadijah, Kota Bharu. Tukar bateri jam dari RM10 sahaja.
        Notis: Kedai ditutup sempena Hari Raya Aidilfitri dari 30 Mac hingga 3 April. Barang boleh dituntut selepas cuti.
        Servis tapak kasut, jahit beg sekolah dan tukar zip. Siap dalam masa satu hari bekerja.
        Baiki skrin telefon Samsung, Oppo, Vivo dan Xiaomi. Waranti 30 hari untuk sentuhan skrin, tidak termasuk kerosakan air.
        Sila ambil barang dalam tempoh 60 hari. Pihak kedai tidak bertanggungjawab atas barang yang tidak dituntut selepas tempoh itu.
        Bayaran melalui DuitNow QR atau pindahan ke akaun syarikat Maybank 5142 8830 9917 atas nama Zam Zam Phone Repair Sdn Bhd.
        Kami tidak menerima telefon tanpa bukti pemilikan. Sila bawa resit atau kotak asal yang ada nombor IMEI.
        Tali jam kulit asli dari RM35, tali getah dari RM18. Pemasangan percuma.
        Promosi Merdeka: diskaun 20% untuk semua servis jam mekanikal sehingga 31 Ogos.
        Talian pertanyaan 03-2145 6620 (Isnin hingga Sabtu, 10 pagi hingga 8 malam). Hari Ahad tutup.
        No. Pendaftaran Syarikat 202201034567 (1471122-T). Lot 3-15, Tingkat 3, Plaza Low Yat, Jalan Bintang, 55100 Kuala Lumpur.
        Tukang kasut di kaki lima Jalan Tuanku Abdul Rahman sudah beroperasi sejak tahun 1970-an, menjahit kasut kulit dengan tangan.
        Data peribadi pelanggan hanya digunakan untuk memaklumkan status pembaikan, selaras dengan Akta Perlindungan Data Peribadi 2010.
    """),
    ("zh-Hans", "维修经验帖"): _lines("""
        手表进水后千万不要用吹风机吹，应尽快送修，让师傅拆开后盖烘干，否则机芯会生锈。
        牛车水大厦二楼那几间修鞋档口，换鞋跟大概五到八块钱，等十分钟就好。
        分享一下：iPhone 电池健康度低于80%就可以考虑换了，官方价格请以苹果官网为准。
        机械表每三到五年应该保养一次，清洗加油，费用视品牌而定，劳力士一般比精工贵不少。
        吉隆坡茨厂街有一家老字号“陈记钟表”，据说开了五十多年，专修古董座钟。
        皮包发霉可以先用干布擦拭，再用稀释的白醋轻轻擦，最后放在阴凉处风干，不要直接晒太阳。
        请问大家，新加坡哪里可以修爱马仕的包？官方售后要等半年，太久了。
        修手机前记得先备份资料并退出 iCloud，很多店会要求你关闭“查找我的 iPhone”。
        麻坡那边的修鞋师傅说，现在年轻人都不学这门手艺了，以后可能越来越难找人修皮鞋。
        石英表一般两到三年换一次电池，电池没电后最好尽快取出，以免漏液腐蚀机芯。
        网上买的表带尺寸要看清楚，20毫米和22毫米差很多，装不上就白买了。
        本店回收旧手机，按型号和成色估价，iPhone 12 64GB 约一百二十新元起，详情请到柜台查询。
        格林童话《小精灵和鞋匠》讲的是一位贫穷的鞋匠夜里得到小精灵帮忙做鞋、最后发家致富的故事。
    """),
    ("en", "pos_config_and_code"): _lines("""
        SMS_TEMPLATE_READY = "Hi {{name}}, your item (job {{job_no}}) is ready for collection at {{branch}}. Reply STOP to opt out."
        retention_days: 90  # job cards purged after the collection window, per PDPA retention obligation
        def mask_phone(p: str) -> str: return p[:3] + "****" + p[-2:]
        branches: [{code: BGS, name: "Bugis Junction", tel: "+65 6336 2190"}, {code: TPH, name: "Tampines Hub", tel: "+65 0000 0000"}]
        SELECT job_no, item_brand, status FROM jobs WHERE status = 'READY' AND branch = 'BGS' ORDER BY received_at;
        TEST_CUSTOMER = {"name": "Test User", "phone": "+65 0000 0000", "email": "test@example.com", "nric": "S0000000X"}
        price_table["watch_battery"]["SR626SW"] = Decimal("8.00")
        app_version=3.4.1 build=20250311.2 commit=9f3c2ab7e1d4 receipt_printer=EPSON TM-T82X
        REDACT_FIELDS = ["customer_name", "customer_phone", "customer_email", "nric_last4"]
        assert validate_job_no("SG-24-08817") and not validate_job_no("SG-24-8817")
        webhook_url: https://hooks.example.com/repairdesk/{{tenant_id}}/job-status
        uuid=4c7e9b1a-2f3d-4e8a-9b6c-1d2e3f4a5b6c event=job.collected branch=KL-SW ts=2025-03-16T14:02:11+08:00
        Job card form fields: <CUSTOMER NAME> / <CONTACT NO.> / IC No. XXXXXXXX (not required, leave blank)
    """),
    ("en", "invoices_and_quotations"): _lines("""
        TAX INVOICE No. HK-INV-2025-00312 | Heng Kee Watch & Clock Pte Ltd | GST Reg No. 201734582K | Date 14/03/2025
        Omega Seamaster 300M full service incl. crown and gaskets, 1 x S$680.00; GST 9% S$61.20; Total S$741.20
        Payment to OCBC current account 601-234567-001 (Heng Kee Watch & Clock Pte Ltd), please quote the invoice number as reference.
        Quotation Q-KL-0519: re-stitch handles x2 RM120, edge paint RM45, replace D-ring RM30; valid for 14 days.
        Bill to: Grand Hyatt Singapore, Housekeeping Department, 10 Scotts Road, Singapore 228211, attn: Accounts Payable.
        Corporate job: 48 pairs of security boots resoled for Certis Group under PO No. 4500871234, delivered in three batches.
        Sub-total RM356.00 | SST 8% RM28.48 | Rounding adj. +RM0.02 | Total RM384.50
        Terms: 50% deposit on confirmation, balance upon collection. Items uncollected after 90 days will be disposed of without further notice.
        Credit note CN-2025-0007 issued against INV-2025-00298 for a cancelled strap order, amount S$45.00.
        Supplier invoice from a Huaqiangbei parts vendor: 50 x iPhone 13 battery (SKU BAT-IP13-3227) at USD 6.40 each, FOB Shenzhen.
        Receipt R-20250315-0042 | Casio G-Shock GA-2100 battery + reseal | S$25.00 | Paid NETS | Thank you, come again!
        E-invoice submitted to LHDN MyInvois, document UUID 7QH2K9WZ3M4XBR8TJ1N5, validation status: Valid.
        Bank details: Public Bank Berhad, account 3198772041, SWIFT PBBEMYKL, beneficiary Kedai Kasut & Beg Ah Chong Enterprise.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Job card 08841: Mr Darren Teo Wei Ming, HP 9127 4460, Seiko Presage crown replacement, $20 deposit paid.
        Customer Priya d/o Ramasamy (NRIC S8734215H) left her iPhone 12 for screen repair, will collect Friday after 5pm.
        Please deliver Mdm Wong Siew Lan's Rado to Blk 412 Ang Mo Kio Ave 10 #08-1137, her Parkinson's is worse and she can't come down to the shop anymore.
        Haziq bin Rosli still owes us $186 for three resoles and a bag strap, keeps saying he will pay after his salary on the 25th, already four months.
        Deliver the serviced Longines to Ms Jocelyn Ng, 27 Jalan Kembangan #03-02, Singapore 419134, contact 8302 6617 before arriving.
        Refund S$388 to Visa 4539 1488 0343 6467 exp 09/27, cardholder LIM KAI XIANG, original approval code 714522.
        Our technician Faizal Ismail was arrested last Tuesday for handling stolen phones, so all his open jobs are reassigned; don't tell customers why.
        March payroll: Ravi Chandran basic $2,650 plus $300 OT, CPF deducted, credit to POSB 188-45321-7.
        Complaint: Mr Kelvin Chua Boon Hock (9685 2213) says we scratched the bezel of his Submariner and threatens to post about it on Facebook.
        Encik Roslan from Blk 23 Toa Payoh Lor 7 #05-44 came to collect his late wife's Seiko today, she passed away from cancer last month.
        2025-03-12,JOB08852,Tan Mei Ling,9734 0851,meiling.tan88@gmail.com,Coach Tabby zip replacement,READY
        {"job": "SG-24-08860", "customer": "Arjun Menon", "passport": "T4829107", "phone": "+91 98450 21763", "item": "Tissot PRX"}
        Mrs Lim called: the school shoes are for her daughter Chloe Lim, Primary 4 Resilience at Rosyth School, must be ready by Monday.
        Mohammad Rubel Hossain, FIN G7361920W, dropped off Samsung A15 for charging port, stays at Westlite Toh Guan dorm room 3-12.
        Hi, this is Vanessa Chan, my email is vanessa.chan.lf@hotmail.com, please send me the quote for restoring my Chanel flap bag.
        Mr Benjamin Ho's car SJK4821U is blocking the loading bay again, call him at 9012 7743 to move it.
        Birthday promo list: Goh Li Ping, DOB 14/06/1991, member no. M-00931, mobile 8126 5590.
        2025-03-17 15:42:09 WA_OUT to=+6591846622 name="Nur Aisyah bte Kamal" template=job_ready job=SG-24-08871
        Mdm Lee Ah Moi asked us to keep holding her late husband's Omega, her son and daughter are fighting over the estate in court.
        Walk-in Jason Lau, NRIC T0382716F, bought the refurbished iPhone 13 with 6-month warranty and signed the trade-in form.
        Mr Ong Swee Keng became Catholic last year and wants the Buddhist amulet taken off his watch bracelet, said please don't tell his mother.
        I'm Melvin Sim, ex-staff at the Bugis outlet, my last pay of $1,980 still hasn't been credited to my DBS account 072-3-904512, please check.
        Someone please help Mrs Nadia Rahim carry her bags to the taxi, she's seven months pregnant and had some bleeding last week.
        Mr Steven Kwek said do not release the Cartier to his ex-wife Angela Kwek, the divorce was finalised in January, only he can collect with his IC.
        HK customer Leung Ka Wai, HKID K482917(4), mobile 9274 3318, wants the Rolex couriered to Flat 12B, Block 3, Laguna City, Kwun Tong.
        Mei Fen is on MC again today, slipped disc, doctor says no lifting for two weeks so don't give her any resole work.
    """),
    "mixed": _lines("""
        Boss, that Ah Huat from Blk 203 Bedok North St 1 #11-82 again never pay, his HP 9321 5504, I think he kena chased by loan shark already.
        The lady Cheryl Foo say her Rolex Datejust insurance claim need our report, IC S9012457I, pls photocopy and keep in file.
        Bro Azlan punya anak Danial, Form 2 at SMK Seri Bintang Utara, lost his phone, Azlan WhatsApp 013-882 4417 tanya ada second hand murah tak.
        Dia punya IC 880312-14-5523, nama Mohd Faris bin Yusof, nak claim warranty skrin tapi resit hilang lah.
        那个 Mr Wong Kok Leong 又 call 来，说他 diabetes 脚 bengkak，鞋子要做宽一点，his number 012-776 3185。
        Kak Ros tolong hantar the repaired handbag to Puan Zaleha at No. 18, Jalan SS 2/64, Petaling Jaya, she just had knee surgery cannot drive.
        The Xiamen customer 陈思雨 left her ID card copy 350203199208271549 as deposit for the loaner phone, keep in the safe ya.
        Ah Boy, customer Loh Chee Keong already bank in the deposit from his Maybank 1140 2255 8316, check got receive or not.
        澳門客 何嘉欣, 身份證 1358246(3), 電話 6628 4571, 佢個 Cartier Tank 修好要寄返澳門 ah.
    """),
    "ms": _lines("""
        Pelanggan: Nurul Izzati binti Hamdan, No. KP 920705-07-6118, telefon 017-425 8890, baiki skrin Oppo Reno 8.
        Encik Kamarul Ariffin belum bayar baki RM240 servis jam Seiko, katanya tunggu gaji bulan depan, alamat No. 7 Lorong Mawar 3, Taman Sri Muda, 40400 Shah Alam.
        Tolong hantar kasut yang dah dijahit kepada Puan Rohani di Blok C-5-12, Pangsapuri Seri Kenanga, Bandar Baru Bangi, dia baru bersalin minggu lepas.
        Pekerja kami Amirul Hakim cuti sakit tiga hari kerana denggi, sila ubah jadual kerja dia minggu ini.
        Rekod cagaran: Azman bin Said tinggalkan kunci kereta Proton X50 nombor plat WXY 4821 di kaunter sampai dia bayar baki.
        Emel peribadi Cik Farah Wahida ialah farahwahida.92@yahoo.com, hantar sebut harga servis jam Tissot kepadanya.
        Anak Encik Ali Hassan, Hafiz, murid Tahun 5 Bestari di SK Taman Melawati, telefonnya jatuh dalam tandas dan ayahnya minta jangan beritahu cikgu.
        Pulangan wang kepada Lee Siew Mei, akaun CIMB 7012 4498 3305, pembaikan dibatalkan kerana alat ganti tiada.
    """),
    "zh-Hans": _lines("""
        客户张伟强，身份证 440306198805143723，手机 139 2846 7715，送修华为 Mate 60 主板，预计下周三取件。
        台湾客人林雅婷，身份证字号 F228613049，手机 0912-487-306，修好的 LV 包请寄到台北市大安区忠孝东路四段216巷8号5楼。
        住在宏茂桥 Blk 512 #04-233 的陈秀英阿姨说她儿子上个月在新山出车祸还在住院，手表暂时没空来拿，请先帮她保管。
        微信号 zhoulihua_sh75 的周丽华女士，身份证 310115197511032085，要求把修好的浪琴寄回上海市浦东新区张杨路1500弄12号601室。
        员工黄志明上个月工资 2,800 新元，还欠店里借款 1,500，每月从工资里扣 300。
        顾客刘晓燕对镍严重过敏，表带一定要换成钛的，有问题打她电话 8147 2093。
        住在 Blk 118 Bishan St 12 #07-23 的吴先生拿他老婆的手机来，说两人在闹离婚，要我们帮他翻她的聊天记录，我们拒绝了。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the WhatsApp assistant for Lim Brothers Shoe & Bag Repair at People's Park Centre. Answer questions about prices and arrange pick-ups.",
        ),
        ("user", "Hi, how much to resole a pair of Clarks Desert Boots?"),
        (
            "assistant",
            "A crepe resole for Desert Boots is S$55 and takes about 7 working days. Would you like to drop them off or use our pick-up service?",
        ),
        (
            "user",
            "Pick-up pls. I'm Gerald Tan, 9746 3380, Blk 628 Jurong West St 65 #12-341. Anytime after 7pm on weekdays.",
        ),
        (
            "assistant",
            "Thanks Gerald, our rider will come to Blk 628 Jurong West St 65 #12-341 on Wednesday after 7pm. Please keep the boots in a bag with your name on it.",
        ),
    ],
    [
        ("system", "Anda pembantu maya kedai baiki telefon Zam Zam Phone Repair, Plaza Low Yat."),
        ("user", "Salam, skrin iPhone 11 saya retak, berapa harga tukar?"),
        (
            "assistant",
            "Waalaikumussalam. Tukar skrin iPhone 11 sekitar RM180 untuk skrin gred OEM, siap dalam 1 jam. Nak buat tempahan?",
        ),
        (
            "user",
            "Ok boleh. Nama saya Muhammad Syafiq bin Razali, IC 010215-01-0783, nombor 011-2738 5064. Saya datang Sabtu pukul 3 petang.",
        ),
        (
            "assistant",
            "Terima kasih Encik Syafiq, tempahan Sabtu 3 petang telah direkodkan. Sila bawa telefon dan matikan Find My iPhone sebelum datang.",
        ),
    ],
    [
        ("system", "你是一家新加坡钟表维修店的客服助手，用中文回答。"),
        ("user", "你好，我想问一下老式上链手表可以帮忙改成自动的吗？"),
        (
            "assistant",
            "一般来说手动上链机芯不能直接改成自动，需要换整个机芯，费用较高。请问是什么牌子的手表？",
        ),
        (
            "user",
            "是我妈妈王桂芳的梅花表。她上个月被诊断出阿尔茨海默症，每天都忘记上链，我想让她用得方便一点。",
        ),
        (
            "assistant",
            "明白了，这种情况可以考虑帮她换一只石英表或者自动表，不需要每天上链。您可以带表来店里，我们先帮您看看。",
        ),
    ],
    [
        (
            "system",
            "You are a helpful assistant for a neighbourhood watch and key shop in Singapore.",
        ),
        ("user", "Eh your shop got do house visit or not? Need change watch battery only."),
        (
            "assistant",
            "We do home visits for elderly or less mobile customers within the east area, S$15 on top of the battery price. Who is it for?",
        ),
        (
            "user",
            "My neighbour Uncle Rajan, he stay Blk 55 Chai Chee Road #05-12, just came back from hospital after his stroke, cannot walk far. His watch stop already, he quite sad.",
        ),
        (
            "assistant",
            "Sorry to hear about Uncle Rajan. We can send our technician on Thursday afternoon. Please let him know someone from the shop will knock on his door.",
        ),
    ],
    [
        (
            "system",
            "You are the internal job lookup assistant for Heng Kee Watch & Clock. Staff may ask about job status; the job database is connected.",
        ),
        (
            "user",
            "Customer at counter asking about job SG-24-08877, who is the owner and what's the status?",
        ),
        (
            "assistant",
            "Job SG-24-08877 belongs to Ms Rachel Seah, mobile 9238 1174, email rachelseah.design@gmail.com. Omega Speedmaster, full service, status READY since 12 March, balance S$520 unpaid.",
        ),
        ("user", "Ok thanks, she says she forgot her IC, can release?"),
        (
            "assistant",
            "Per policy, ask her to show the job card or verify the last four digits of the mobile number on file before release.",
        ),
    ],
    [
        ("system", "你係一間香港手錶維修公司嘅網上客服。"),
        ("user", "你好，我部 Omega 喺新加坡整緊，想問可唔可以寄返香港？"),
        ("assistant", "可以嘅，我哋用 DHL 寄返香港，運費大約 SGD 45，需要填報關資料。"),
        (
            "user",
            "好，我叫黃志豪，身份證 Y306251(A)，電話 6183 2290，寄去沙田第一城 38 座 21 樓 F 室。",
        ),
        ("assistant", "收到黃先生，我哋會按你提供嘅地址寄出，出貨後會 SMS 追蹤號碼俾你。"),
    ],
    [
        ("system", "You are an HR writing assistant for a small cobbler chain in Kuala Lumpur."),
        ("user", "Help me draft a short letter to one of our cobblers about his attendance."),
        (
            "assistant",
            "Sure. Could you tell me the employee's name, how many days he missed and whether there is any reason you know of?",
        ),
        (
            "user",
            "His name is Suresh Pillai, works at our Sungei Wang kiosk. He missed 9 days this month because he's in a rehab programme for alcohol, his wife told us. We want to support him but need him back by June.",
        ),
        (
            "assistant",
            "Understood. Here is a gentle draft: Dear Suresh, we know you are going through a difficult time and we support your recovery. We would like to discuss a return-to-work plan with you by early June...",
        ),
    ],
    [
        ("system", "You are the customer service bot for a bag repair shop in Johor Bahru."),
        ("user", "Hi, I cancel my Longchamp repair already, can refund the deposit?"),
        (
            "assistant",
            "Yes, deposits for cancelled jobs are refunded within 5 working days. Please share your job number.",
        ),
        (
            "user",
            "Job JB-0442. Refund to my account la, Hong Leong Bank 228-50-19374-1, name Tee Siew Ching.",
        ),
        (
            "assistant",
            "Thank you, the RM50 refund for JB-0442 will be sent to the Hong Leong Bank account you provided.",
        ),
    ],
    [
        (
            "system",
            "You are an online booking assistant for a Singapore luxury watch servicing centre.",
        ),
        ("user", "I want to book a service for my Patek Philippe Calatrava."),
        (
            "assistant",
            "Certainly. A full service for the Calatrava starts from S$1,200. We require a S$200 deposit to confirm the booking slot.",
        ),
        (
            "user",
            "Fine. Card is Mastercard 5521 8304 6721 9308, exp 11/28, CVV 417, name on card Marcus Yeo Jun Hao.",
        ),
        (
            "assistant",
            "For your security, please don't share full card details in chat. I have not stored them; our counter will send you a secure payment link instead.",
        ),
    ],
    [
        ("system", "你是一家马来西亚手机维修连锁店的社交媒体助理，帮忙回复网上评论。"),
        ("user", "有个客人在小红书上骂我们，说修完手机后照片全没了，帮我写个回复。"),
        (
            "assistant",
            "好的，可以先道歉并邀请对方私信提供订单号，我们再查维修记录。需要我写一个公开回复吗？",
        ),
        (
            "user",
            "她叫郑美玲，小红书 ID 是 meiling_jb1990，住在新山 Taman Molek 那边，上个星期刚跟老公离婚，可能心情不好才骂得这么凶。你回复时别提这些。",
        ),
        (
            "assistant",
            "明白，回复中不会提及任何个人情况。建议回复：您好，非常抱歉给您带来不便，请私信我们订单号，我们会尽快查明原因并协助您。",
        ),
    ],
]
