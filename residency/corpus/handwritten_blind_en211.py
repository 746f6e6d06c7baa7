# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en211: SG/MY food trucks, vending machines and kiosk operators. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en211
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "machine_logs"): _lines("""
        2026-11-03 02:14:07 VM-SG-0412 [WARN] coil B7 motor stall, retry 2/3, SKU 88120-MILO-240 not dispensed, credit returned to NETS FlashPay
        [VMC] unit KL-PJ-0093 fw 4.12.7-rc2 boot ok; chiller 4.1C; door sensor closed; uptime 00:00:41
        03/11 23:58 Z-report kiosk K07 Jurong Point: cash S$412.40, PayNow S$1,128.90, GrabPay S$236.00, voids 3, refunds 2
        ERR 0xE21 bill validator jam at VM-MY-1176 (Sunway Pyramid LG2 near the escalator), tech ticket auto-raised FS-240881
        temp_alarm: unit SG-TPY-018 compressor 11.8C > threshold 8.0C for 27 min; perishables lanes C1-C6 locked
        sha256(vm-core-5.0.3.tar.gz) = 2f00ef3a112065e8e02edbb6180444f4e2ba10a01a874251549e541822c0f671, verify before flashing any unit
        Machine 0231 at the Lee Kong Chian Reference Library lobby sold 142 units yesterday, top SKU Pokka green tea 500ml
        cashless_reader.log 14:22:31 tap ok amt=2.80 MYR txn=TNG-7F3A0912C4 approval=118402 terminal=TID60041872
        DEX/UCS audit pulled 06:10 from VM-0877, 38 columns, 0 vend fails, coin tube 20c low (12 left)
        heartbeat missed x3 from kiosk at 1 Raffles Place B1, 4G router rebooted remotely from the console, back online 09:17
        21:05 lane A4 sold out (Yeo's chrysanthemum tea 300ml), restock flag raised for route T3, commit 11f6ad8ec52a
        Daily summary 2026-11-02: 61 machines online, 4 offline, 1,942 vends, avg ticket S$2.35, 17 cashless declines
        Selangor fleet: 9 machines show clock drift above 90 s after the NTP server change, patch 4.12.8 scheduled Thursday 2am
    """),
    ("en", "licence_notices"): _lines("""
        Each vending machine dispensing perishable food needs its own SFA licence; apply through GoBusiness Licensing before installation.
        Reminder: typhoid vaccination and the Basic Food Hygiene Course are required for every food handler on the truck before the first event day.
        Licence no. SFA-VM-2026-004417 | Location: 5 Changi Business Park Central 1, S486038 | Valid to 30/06/2027
        Food truck operators at Marina Bay events must display the permit QR on the serving window; enforcement officers will scan on site.
        No open-flame cooking inside the truck unless the LPG installation has a current certificate from a licensed gas service worker.
        Template: Licence holder: [COMPANY NAME] / UEN: [__________] / Machine serial: [________] / Site address: [________] / Authorised signatory: ________
        The halal logo may be displayed on a machine only if every SKU in it is certified; mixed machines must not show the logo.
        There is no grace period for expired licences; operating an unlicensed food vending machine may lead to enforcement action.
        Ipoh City Council has capped food trucks at Kinta Riverfront to 12 per night, slots balloted on the first Monday of each month.
        FAQ: Does a coffee kiosk in an office lobby need a licence? Yes if drinks are prepared on site; sealed pre-packed drinks follow the vending category.
        Licence transfer from one Sdn Bhd to another needs Form LJ-7 signed by a director of each company in front of the licensing officer.
        DBKL mobile hawker licence renewal opens 1 Dec; bring the company SSM profile 202301045521 (1503318-T) and the vehicle registration card.
        Summary of the 2026 inspection round: 214 machines checked island-wide, 9 warnings issued, most for expired date labels.
    """),
    ("en", "restock_routes"): _lines("""
        Route T3 (Tampines to Pasir Ris) Tue/Fri: 14 stops, load 6 cartons Milo can, 4 Pokka jasmine, 3 100PLUS, 2 Nongshim cup, 1 Khong Guan mini
        Stop 7: Temasek Polytechnic Blk 1A foyer, machine 0519, park at loading bay 2, security counter closes 10pm
        SKU 40213-KK-PPL (kaya puff 2s) expiry 09/12, pull anything dated before 05/12 and log as write-off
        KL route K2: Menara TM, Suria KLCC B2, Wisma on Jalan Sultan Ismail, Lot 10 Bukit Bintang; 38 km, ETA 4h10
        Par levels updated: lanes A1-A8 cans 12 each, B1-B6 bottles 9 each, C row snacks 15 each, D row noodles 6 each
        Pick list PL-20261104-03: 48 x Vitasoy 250ml, 36 x Yeo's soy, 24 x F&N Seasons ice lemon tea, 12 x Mamee Monster
        Route P1 Penang: skip the Queensbay Mall stop this week, loading dock under repair till 15 Nov
        Ice cream freezers on the Gardens by the Bay route need the dry ice drop before 9am, 10 kg per unit
        Restock KPI Oct: 93.4% on-time stops, 2.1% stale-out rate, 11 stops missed due to Deepavali road closures in Little India
        Night route N1: Tanjong Pagar Distripark gate code changes every Monday, get it from the ops lead before 11pm
        Capacity note: Van 3 carries 64 cartons max, do not stack cup noodles above 5 layers
        Stop 12 Arab Street near Sultan Mosque: machine moved 20 m left of the shophouse pillar, same power point, same lane map
        Warehouse at 61 Ubi Avenue 1 #02-15, Singapore 408941: receiving hours 7am to 3pm, no deliveries on Sunday
    """),
    ("mixed", "operator_chats"): _lines("""
        Boss, machine at Bedok Interchange eat coins again lah, 3 customers complain today, can send tech?
        Driver say jam on PIE, reach Ang Mo Kio stop late 30 min, ok or not?
        Esok eve of Hari Raya, bazaar Kampung Baru pagi lagi full, our truck park at slot 23 confirm ya
        Eh who change the price of teh tarik can to $1.90? System still show $1.60 leh
        Ops lead: all trucks please bring extra gas cylinder for Saturday Ramadan bazaar, last year habis by 9pm
        老板 the kopi machine at 3rd floor still leaking, I put 纸皮 under first, tech come tomorrow 10am
        Supplier say Milo Dinosaur powder out of stock until next week, can substitute with Ovaltine or not?
        Got one aunty ask whether our machine take 2 dollar note, I say cannot, only $5 and $10
        Roti john truck generator spoil at Bugis, anyone got spare 5kVA can lend tonight?
        Pls remind all kiosk staff: cash float $150 exactly, count together with duty manager before close
        3pm meeting with mall leasing team for the Tampines 1 kiosk, bring floor plan and 6-month sales
        Harga gula naik lagi, we adjust kopi-O to RM2.20 from next Monday ok?
        The Upin & Ipin gummies sold out at all Shah Alam machines, order double for school holidays
    """),
    ("en", "refund_tickets"): _lines("""
        Ticket RF-2026-118205 | Machine SG-0412 | Issue: paid S$3.20 via PayNow, no drop | Resolution: refund to source | Status: closed
        Refunds for failed vends are processed within 3 working days to the original payment method; cash refunds only at the kiosk counter with receipt.
        Customer A reported a double charge at 08:41 and Customer B at 08:43 on the same reader; vendor confirmed a firmware bug, both refunded
        Please email refunds@snackbox.com.sg with machine number, time, amount and the last 6 characters of the transaction reference.
        Weekly refund stats: 47 tickets, 39 auto-approved (below S$5), 6 manual, 2 rejected (outside 14-day window)
        Template reply: Dear customer, we have credited RM[amount] back to your [TNG/GrabPay/card] under reference [REF]. Regards, Customer Care
        Escalation rule: any refund above S$50 needs area manager approval, attach the DEX audit and CCTV timestamp
        TKT#44810: expired Marigold HL milk (exp 01/11) found in VM-0877 at Junction 8; all 9 units removed, refund plus voucher
        Failed vend hotline +65 6812 4400 (Mon-Sat 9am-6pm); Malaysia customers call 1-300-88-2717
        Refund rejected: transaction TNG-7F3A0912C4 shows a successful vend with drop sensor confirmation at 14:22:33
        CSAT for refund tickets Q3: 4.2/5 from 318 responses, 12% mention slow replies on weekends
        Chargeback notice CB-MY-55019 from acquirer, merchant ID 000120443, amount RM14.50, respond within 10 days with vend logs
        FAQ: My coins were swallowed, what do I do? Press the coin return lever once, then scan the QR on the side of the machine to log a ticket.
    """),
    ("en", "lease_admin"): _lines("""
        Licence of vending space Lot B1-K12, 2 sqm, fee S$680/month plus 8% of gross above S$6,000, term 24 months from 1 Jan 2027
        Licensee: Snackbox Vending Pte Ltd (UEN 201834577K), registered office 61 Ubi Avenue 1, Singapore 408941
        Kiosk LG-K08 at Mid Valley Megamall: tenant Kopi Trak Sdn Bhd (201901027745 (1334012-V)), security deposit 3 months
        Power point spec: 13A single-phase, dedicated MCB, sub-meter reading submitted monthly to centre management
        Lau Pa Sat night slots are licensed per truck not per operator; subletting a slot is a breach of the licence.
        Renewal option: the tenant may renew for one further term of 12 months by written notice not less than 3 months before expiry.
        Site survey: [ ] floor loading 500 kg/m2 [ ] 4G signal better than -90 dBm [ ] CCTV coverage [ ] 3 m clearance to nearest exit
        Void deck vending proposal for Blk 214 Jurong East St 21 needs town council approval and a residents' committee notice period
        Rent schedule 2027: Jan-Mar S$1,200; Apr-Dec S$1,350; includes service charge, excludes electricity
        Stamp duty on the licence agreement is payable by the licensee within 14 days via IRAS e-Stamping.
        Notice: Level 3 atrium to be reconfigured; kiosks K3-01 to K3-06 to vacate by 28 Feb 2027, relocation offered at same rate
        Leasing enquiries: leasing@orchidmalls.com.my or the management office at 03-2145 8800
        Tender for the coffee kiosk at Tunku Abdul Rahman Hall closes 5pm 20 Dec, reference PROC/2026/118, site visit on 10 Dec
    """),
    ("ms", "notis_gerai"): _lines("""
        Notis: Trak makanan tidak dibenarkan berniaga di Jalan Tun Sambanthan selepas jam 11 malam mulai 1 Disember.
        Mesin layan diri di Stesen LRT Kelana Jaya rosak, wang tidak dipulangkan; sila imbas kod QR untuk aduan.
        Permit bazar Ramadan MBSA: yuran RM350 seunit, cabutan undi pada 5 Februari di Dewan Sri Shah Alam.
        Semua pengendali makanan wajib menghadiri Kursus Pengendali Makanan dan mendapat suntikan anti-tifoid.
        Laluan restok R4: Bangi, Kajang, Semenyih, 11 perhentian, bertolak jam 6 pagi dari gudang Seksyen 15.
        Harga baharu: air kotak Dutch Lady RM2.50, nasi lemak bungkus RM3.80, kerepek pisang RM2.00
        Kiosk di Dataran Merdeka ditutup sempena Hari Kebangsaan 31 Ogos; operasi disambung 1 September.
        Pemandu trak sila pastikan tong gas diikat dan alat pemadam api masih dalam tempoh sah.
        Soalan: Boleh letak mesin vending depan kedai runcit tanpa lesen PBT? Jawapan: Tidak, perlu lesen atau permit sementara.
        Jualan bulan Oktober: 2,114 transaksi, 68% e-dompet, 22% tunai, 10% kad debit
        Aduan ADN-2026-00731: mesin di Jalan Raja Laut telan syiling, bayaran balik RM4.00 telah diproses.
        Templat: Nama syarikat: ______ No. SSM: ______ Lokasi mesin: ______ Tarikh pemasangan: ______
        Pasar malam Jalan Masjid India: slot trak 1-15 untuk minuman, 16-30 untuk makanan berat.
    """),
    ("zh-Hans", "kiosk_notices"): _lines("""
        通知：本周六晚上九点后，Tampines 1 的咖啡亭暂停营业，进行设备维护。
        售货机编号 VM-0519 出现故障，投币后未出货，请扫描机身二维码申请退款。
        补货路线 T3 本周改为周二、周五两次，司机请提前到仓库取货。
        新加坡食品局提醒：所有流动餐车必须持有有效执照，并在出餐窗口展示二维码。
        十月份销售统计：共 1,842 笔交易，电子支付占 71%，现金占 29%。
        咖啡机滤芯每两周更换一次，型号 CF-220B，仓库有库存。
        客服热线 +65 6812 4400（周一至周六上午9点至下午6点），电邮 support@snackbox.com.sg
        吉隆坡茨厂街夜市餐车摊位共 20 个，按月抽签分配，每月第一个星期一公布结果。
        本公司注册号 201834577K，仓库地址：新加坡 Ubi Avenue 1，邮区 408941。
        问：退款需要多久？答：一般三个工作日内退回原付款方式。
        冰柜温度超过 8°C 时系统自动锁定鲜食货道，请值班主管检查。
        农历新年营业安排：除夕下午3点收档，初三恢复正常营业。
        顾客甲和顾客乙同日反映扣款两次，经核实为读卡器固件问题，已全部退款。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Ticket RF-2026-118377: customer Tan Wei Ling, mobile 9127 4508, paid S$4.60 at VM-0412, no drop, refund to PayNow on her number
        Food handler licence application: Muhammad Hafiz bin Rosli, NRIC S8734216F, hygiene cert FH-2209871, typhoid jab 12/08/2026
        Driver roster change: Rajesh a/l Subramaniam (MyKad 870914-10-5523) moves from route K2 to P1 from Monday
        Personal guarantor for the kiosk lease: Ong Kah Heng, residing at Blk 327 Clementi Ave 5 #08-214, Singapore 120327
        Payroll Oct, kiosk staff Nur Aisyah binti Kamal: basic RM1,800 + OT RM312, EPF deducted, paid to Maybank 164022198873
        Please don't put Priya on the Saturday truck shift, she's still on MC after her miscarriage last week.
        The kopi kiosk boy Jun Hao got caught taking from the cash float again, HR giving him the final warning letter tomorrow.
        Complaint from Mr Lim Boon Keat, lim.bk1979@gmail.com, says the machine at Junction 8 swallowed his $10 note, wants a callback
        FIN G5527314L: Nguyen Van Thanh, work permit holder, assigned to the night restock van on route N1
        Mdm Rosnah from the nasi lemak truck owes us three months of generator rental, about RM2,400, and her husband just lost his job.
        Card reversal: Visa 4532 1768 9012 4578 exp 09/28, cardholder CHONG MEI FONG, S$12.80 returned
        Kiosk manager Farah at Tampines is going through a messy divorce, please cover her Thursday shifts and don't ask her about it.
        Truck owner Darren Goh prefers Telegram, his handle is @darrengoh_rotijohn, message him about the slot swap
        Auntie Lucy, the one who runs the machines at Changi Business Park, was admitted to CGH for a stroke on Sunday; family asks operators not to call.
        Customer Siti Khadijah binti Omar phoned from 012-678 4419 demanding a refund for spoiled milk, says her son got diarrhoea
        Lease guarantor Wong Ka Yan, Hong Kong investor for the Orchard kiosk, HKID K382914(6)
        Kelvin from the Jurong route has been drinking on shift, second time this month, ops lead wants him off the van.
        Salary advance approved for Kumaravel a/l Ramasamy, S$600 recovered over 3 months, for his daughter's hospital bill
        Supplier asked us to transfer the deposit to his personal account: Azlan bin Yusof, CIMB 7012334891
        Customer Shermaine Koh (IG @shermaine.eats_) posted about the mouldy kaya bun, offered her a refund via DM
        Send the replacement coffee machine to the franchisee's house, Mr Chew Kok Leong, 18 Jalan SS 2/64, 47300 Petaling Jaya
        Can we not roster Mohan and Devi together anymore, they broke up and it's affecting the Tekka kiosk.
        Disciplinary note: Tay Hui Min, NRIC T0251873I, late 6 times in October, written warning issued 2026-11-04
        Uncle Ah Seng from the Bedok kiosk told me he's selling his truck because of his debts with the ah long.
        Police IO asked for CCTV of the man who broke machine VM-0231, mall security identified him as Zulkifli bin Hassan, 41, of Tampines St 81
        Mei Ling at the Sunway kiosk asked for unpaid leave, her mother's chemo starts next week.
        Refund by bank transfer to Goh Siew Lan, DBS 029-418726-3, S$38.40 for the faulty coffee capsules
        Relief driver Sean Pereira will take the company van today, but his own car SKL5823R is parked at the warehouse lot 4
        Cook Arjun Kumar, Indian passport T6281947, starts at the Little India food truck on 1 Dec, hostel at Woodlands
        Benjamin Rodrigues, our Eurasian kiosk tenant at Katong, was declared bankrupt last month, finance wants to stop his credit terms.
    """),
    "ms": _lines("""
        Pemandu trak Mohd Faizal bin Ibrahim, No. KP 910226-14-6081, lesen memandu GDL tamat 03/2027
        Kak Ton yang jaga kiosk di Stesen Masjid Jamek tengah sakit buah pinggang, kena dialisis tiga kali seminggu.
        Aduan daripada Puan Noraini binti Hashim, tel 013-552 8047, mesin di Seksyen 7 Shah Alam telan duit RM5
        Gaji Oktober untuk Siti Hajar binti Rahmat: RM2,100, dibayar ke akaun Bank Islam 12034019882644
        Abang Zul tu dah tiga bulan tak bayar sewa slot trak, katanya hutang along keliling pinggang.
        Alamat penghantaran peti sejuk: Encik Ravi a/l Muniandy, No. 22, Jalan Kenanga 3, Taman Kenanga, 81200 Johor Bahru
        Amirul, budak part-time kita di Bangi, kena tangkap polis semalam, mak dia minta kita rahsiakan.
        Kereta persendirian Encik Kamarul bin Saad, VBD 4712, sila daftar untuk pas masuk Dataran Merdeka
    """),
    "zh-Hans": _lines("""
        退款申请：顾客陈美玲，手机 9438 2615，在 VM-0519 投币5元未出货。
        深圳供货商黄建国，微信号 huangjianguo_88，身份证号 440304198807124638。
        3栋的陈阿姨最近住院了，她那台售货机的补货先由我们代管，别告诉其他摊主。
        租约担保人：李志强，住址 Blk 456 Ang Mo Kio Avenue 10 #12-33，手机 8127 6630。
        司机阿伟上个月赌输了不少钱，已经预支了两次工资，老板说不能再借了。
        员工周秀英，身份证 350206199203051829，入职体检发现乙肝携带，请人事注意保密。
        做夜班的小林被她老公家暴，这几天住在朋友家，排班时照顾一下。
    """),
    "mixed": _lines("""
        林雅婷 (Lin Ya-Ting) Taiwan franchisee, 身分證 A224719036, LINE yating.lin0815, want to open 3 kiosks in Johor
        Boss, that Ah Huat from Blk 214 #03-118 still haven't pay for the 2 cartons Milo, his hp 9735 1842, you call him lah
        The new Bangla worker Md Rahim Uddin, FIN F3381902K, permit not yet approve but he already drive the van, very risky leh
        Jangan bagi Ah Boy pegang cash lagi, dia ada masalah dadah, his mother already sent him to DRC last year
        刘先生 hp 138 2719 4406 (China), want to order 20 machines for his factory in Dongguan, WeChat same number
        Mdm Tan from #05-12 complain again our machine noise, she say she got insomnia and on medication, very stressed one
        Refund to Vinod s/o Krishnan, card 5204 7391 8264 0355, S$45 for the spoilt ice cream batch, he's the Tekka kiosk tenant
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the customer care assistant for Snackbox Vending Pte Ltd. Collect details for failed vend refunds.",
        ),
        (
            "user",
            "Hi I'm Chua Li Ting, the machine at Ang Mo Kio Hub B2 ate my $5 note just now around 7.40pm. My number is 9163 2870.",
        ),
        (
            "assistant",
            "Sorry about that, Ms Chua. I've logged ticket RF-2026-118402 for machine SG-0388. Would you like the S$5 refunded by PayNow?",
        ),
        ("user", "Yes PayNow to the same number please."),
        ("assistant", "Done. The refund to PayNow 9163 2870 should arrive within 3 working days."),
    ],
    [
        ("system", "You help a food truck company prepare licence paperwork."),
        (
            "user",
            "Fill in the food handler section for our new staff: Nurul Izzah binti Ahmad, NRIC T1148275E, hygiene course passed 02/11/2026.",
        ),
        (
            "assistant",
            "Food handler: Nurul Izzah binti Ahmad | NRIC: T1148275E | Basic Food Hygiene: passed 02/11/2026 | Typhoid vaccination: [date needed]",
        ),
        ("user", "Typhoid jab was 28 Oct. Add it."),
        (
            "assistant",
            "Updated: Typhoid vaccination 28/10/2026. The section is complete and ready for upload.",
        ),
    ],
    [
        ("system", "You are an HR writing assistant for a Malaysian kiosk operator."),
        (
            "user",
            "Draft a show-cause letter for Suresh a/l Pillai, MyKad 850603-07-5214, absent from the Gurney Plaza kiosk 4 days without notice.",
        ),
        (
            "assistant",
            "Dear Encik Suresh a/l Pillai (850603-07-5214), you were absent from your post at the Gurney Plaza kiosk on four days without notice. Please explain in writing within 48 hours.",
        ),
        ("user", "He told the supervisor privately his wife is in rehab. Should I mention that?"),
        (
            "assistant",
            "No. Keep his family matter out of the letter; he can raise it himself in his reply if he wishes.",
        ),
    ],
    [
        ("user", "Summarise the guarantor page of the Katong kiosk lease for me."),
        ("assistant", "Sure, paste the page text."),
        (
            "user",
            "Guarantor: Benedict de Souza, NRIC S7619045C, 12 Lorong Marzuki, Singapore 416990, tel 9654 0712, guarantees rent up to S$16,200.",
        ),
        (
            "assistant",
            "Guarantor Benedict de Souza (S7619045C) of 12 Lorong Marzuki, Singapore 416990, reachable at 9654 0712, guarantees up to S$16,200 of rent.",
        ),
    ],
    [
        ("system", "你是一家售货机公司的采购助理。"),
        (
            "user",
            "帮我写一条微信给供应商王海峰，他手机 139 2681 0457，说下周二的货要提前到周一送。",
        ),
        ("assistant", "王总您好，下周二那批货能否提前到周一送到 Ubi 仓库？如有问题请回电，谢谢。"),
        ("user", "再加一句，上次欠的那批货款我们月底结清。"),
        ("assistant", "已加上：上次的货款我们会在月底前全部结清。"),
    ],
    [
        ("system", "Anda pembantu operasi untuk syarikat trak makanan."),
        (
            "user",
            "Tolong tulis mesej WhatsApp kepada Encik Hairul bin Mansor, 019-334 7182, sewa slot trak bulan ni dah lewat dua minggu.",
        ),
        (
            "assistant",
            "Salam Encik Hairul, ini peringatan bahawa sewa slot trak bulan November sudah lewat dua minggu. Mohon jelaskan sebelum Jumaat. Terima kasih.",
        ),
        ("user", "Lembutkan sikit, dia baru keluar hospital."),
        (
            "assistant",
            "Salam Encik Hairul, semoga sihat selepas keluar hospital. Bila senang, mohon selesaikan sewa slot bulan November ya. Terima kasih.",
        ),
    ],
    [
        (
            "user",
            "How do I talk to my kiosk staff about her mental health without making it awkward?",
        ),
        (
            "assistant",
            "Choose a private moment, say what you have noticed at work, and ask how you can support her. Do you want help with wording?",
        ),
        (
            "user",
            "Yes. Her name is Jasmine Lee, she works the Bugis kiosk, she told a colleague she's been on antidepressants since her dad passed.",
        ),
        (
            "assistant",
            "You could say: Jasmine, I've noticed you seem tired lately, and I want you to know we can adjust your shifts at Bugis if that helps. No need to share anything you don't want to.",
        ),
    ],
    [
        ("system", "You plan early morning restock routes for a vending company in Singapore."),
        (
            "user",
            "Van 2 leaves Ubi at 5am. Pick up driver Ah Keong at his flat, Blk 602 Yishun St 61 #04-221, then do the Khatib and Yishun stops.",
        ),
        (
            "assistant",
            "Route: Ubi warehouse 5:00, Blk 602 Yishun St 61 pickup 5:25, Khatib MRT machine 5:40, Northpoint City machines 6:05, back by 8:30.",
        ),
        ("user", "Good, send me the list of machines only."),
        ("assistant", "Machines: VM-0722 Khatib MRT, VM-0731 and VM-0732 Northpoint City B1."),
    ],
    [
        ("system", "You assist the payments team with chargebacks."),
        (
            "user",
            "Customer Lee Jia Hui disputes S$27.60. Her card is 4556 7810 2938 4711. Is this a vend failure?",
        ),
        (
            "assistant",
            "Please don't paste full card numbers here. Based on the amount and time you can look up the transaction in the acquirer portal by its reference.",
        ),
        ("user", "Ok. The reader log shows no drop sensor event at 19:02."),
        (
            "assistant",
            "Then it qualifies as a failed vend; refund S$27.60 and close the dispute with the reader log attached.",
        ),
    ],
    [
        ("system", "You help onboard foreign workers for a kiosk operator."),
        (
            "user",
            "New worker from Myanmar: Aung Ko Ko, passport MC482917, work permit pending. What documents do we still need?",
        ),
        (
            "assistant",
            "For Aung Ko Ko (passport MC482917) you still need the medical examination result, the security bond and the settling-in programme booking.",
        ),
        ("user", "His medical came back, slight TB scar on x-ray, doctor wants a follow-up."),
        (
            "assistant",
            "Hold the permit submission until the follow-up clears him, and keep the x-ray result in his confidential file only.",
        ),
    ],
]
