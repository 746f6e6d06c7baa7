# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat111: chats asking an assistant for help with one's own car (used cars, loans, insurance, accidents, road tax, servicing). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat111
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "used_car_buying"): _lines("""
        User: is 8 years COE left worth it for a 2016 Honda Vezel asking $52,800? dealer says depreciation is $6.1k/yr Assistant: $6.1k a year is mid-range for a Vezel with that much COE left. Ask for the full service records and book an independent STA or VICOM evaluation before you put down any deposit.
        User: what does '1 owner, no OMV surprises, PARF eligible' mean in a listing? Assistant: It means the car has had one registered owner, the dealer has disclosed the Open Market Value, and the car is young enough to get a PARF rebate if deregistered before 10 years.
        User: how do i read the 10th character of a VIN? dealer says 2019 model year but it was registered in 2020 Assistant: The 10th character is the model-year code: K is 2019 and L is 2020. A 2019 model-year car first registered in 2020 is common for stock that sat at the importer for a few months.
        User: compare Toyota Corolla Altis vs Honda Civic FC resale after 5 years, table pls
        User: dealer on Ubi Road says price includes 'driveaway, PARF rebate approx $14,320'. how is PARF calculated? Assistant: PARF is a percentage of the Additional Registration Fee paid, scaled by age: 75% if deregistered under 5 years, dropping by 5% a year to 50% at 9 to 10 years, and capped at $60,000 for newer registrations.
        User: is a Sime Darby Certified pre-owned warranty transferable if i sell the car in a year? Assistant: Most certified pre-owned warranties can be transferred once for an admin fee, but read the warranty booklet and confirm with the dealer's after-sales desk in writing.
        User: give me a test drive checklist for a used Perodua Myvi 1.5 AV 2019, about 68,000 km on the clock
        User: listing ref UC-2024-118732 shows 'Price $38,888 / Dep $7,940/yr / Reg date 14-Mar-2017 / 2 owners'. fair or not? Assistant: For a 2017 car with that depreciation it is within range, but check whether the COE was renewed and how many months remain, as that drives the real cost.
        User: Mr Bean's Mini was green right? what year was that Mini 1000? Assistant: The one most people remember is a late-1970s British Leyland Mini 1000 in Citron Green with a matte black bonnet, used in the TV series from 1990.
        User: my friend said never buy from dealers on Leng Kee Road, is that true? Assistant: That is too broad. Check the dealer's CaseTrust accreditation, read recent reviews, and insist on a written Vehicle Sales Agreement with the mileage, accident history and warranty stated.
        User: Cat A vs Cat B COE difference? Assistant: Cat A is for cars up to 1,600cc and 97kW (130bhp), or EVs up to 110kW; Cat B is for anything above that. Cat E is open and can be used for either.
        User: dealer quote Q-77810: Kia Cerato 1.6 K3, $79,999 incl. 1-yr warranty, excl. insurance. is excl. insurance normal? Assistant: Yes, many quotes exclude the first-year premium. Ask for the in-house insurance rate and compare it with two direct quotes before deciding.
        User: the log card shows ownership 2 of 3 and vehicle scheme 'Private Hire (Rental)'. should i worry? Assistant: Ex-rental private-hire cars usually have high mileage and heavy wear. Pull the servicing history and get the gearbox and suspension checked.
    """),
    ("en", "loan_insurance"): _lines("""
        User: bank offers 2.78% flat for 7 years on $60,000, what's the effective interest rate? Assistant: A flat rate of 2.78% over 84 months works out to an effective rate of roughly 5.2% a year, because you pay interest on the original principal throughout.
        User: max car loan is 70% if OMV is under $20k right? Assistant: Yes. For OMV up to $20,000 the cap is 70% of the purchase price; above $20,000 it is 60%. Maximum tenure is 7 years in both cases.
        User: is the NCD protector add-on worth $98? quote ref AVX-Q-2025-004417 shows my NCD at 50% Assistant: If you have 50% NCD, the protector lets you keep it after one claim. It usually pays off if a single claim would otherwise cost you several hundred dollars in lost discount.
        User: write me an email template to ask the insurer for claim status, with placeholders [Policy No.] [Claim Ref] [Your Name] [Vehicle No.] Assistant: Subject: Status of Claim [Claim Ref]. Dear Claims Team, I refer to my claim [Claim Ref] under policy [Policy No.] for vehicle [Vehicle No.]. Please update me on the current status and any documents outstanding. Regards, [Your Name]
        User: what's the usual excess for young drivers in SG? Assistant: Many insurers add an extra excess of about $2,500 for drivers under 27 or with less than two years of driving experience, on top of the standard policy excess.
        User: explain Rule of 78 early settlement with example: $45k loan, 60 months, settle at month 24
        User: under the Hire Purchase Act 1967 can the bank repossess after 2 missed instalments? Assistant: The owner must first serve a Fourth Schedule notice giving at least 21 days to pay the arrears, and only after that can the vehicle be repossessed.
        User: 10-year-old Corolla, comprehensive or third party fire and theft? Assistant: Once the market value drops below about $10,000, TPFT often makes more sense because the comprehensive premium can exceed what you would realistically recover.
        User: what's Lionshield General's claims line? Assistant: Lionshield General lists a 24-hour motor claims line at 6322 0800 and the mailbox claims@lionshield.com.sg on its website.
        User: Customer A pays $1,020/month with 30% down, Customer B pays $980/month with 40% down, same car and tenure. which is cheaper overall?
        User: explain balloon payment car loan in Malaysia vs Singapore
        User: insurer rejected a claim citing Clause 7(b) 'driver not named'. what does that usually mean? Assistant: It usually means the person driving at the time was not a named or authorised driver under the policy, so the insurer can refuse or apply an unnamed-driver excess.
        User: is it true Henry Ford paid $5 a day so workers could afford a Model T? Assistant: Ford introduced the $5 day in January 1914, mainly to cut staff turnover, and it also helped make the Model T affordable to his own workforce.
    """),
    ("zh-Hans", "accident_claims"): _lines("""
        User: 在上海追尾了前车，我全责，交强险财产损失能赔多少？ Assistant: 交强险有责情况下财产损失赔偿限额是2000元，超出部分由商业三者险承担，记得当场拍照并报保险公司。
        User: 出险后多久必须报案？保险条款写48小时 Assistant: 大多数条款要求在事故发生后48小时内通知保险公司，超时可能导致无法核定损失而被拒赔。
        User: 快处快赔怎么操作？交管12123上能弄吗 Assistant: 可以。无人伤、车辆能移动的轻微事故，双方在交管12123里选择“快处快赔”，上传现场照片并确认责任即可，然后各自向保险公司报案。
        User: 理赔单号 PICC-2025-3301-887412 状态显示“已结案-零赔付”，是什么意思？ Assistant: 一般表示案件已注销或核定损失为零，比如你报案后没去定损，或者最终选择了自行处理。
        User: 头文字D里藤原拓海的AE86要是撞了护栏，按现在的车险能赔吗？哈哈 Assistant: 虚构情节就当玩笑吧，现实中撞护栏属于单方事故，有车损险可以赔车，护栏损失走三者险。
        User: 4S店报价：前保险杠3860元，大灯总成6420元，工时费1200元，这个价合理吗？
        User: 帮我写一个事故情况说明模板，留好空：当事人姓名____、车牌号____、事故时间____、地点____ Assistant: 事故情况说明：____年__月__日__时，当事人____驾驶车牌号为____的车辆，在____路段发生事故，经过如下：____。特此说明。
        User: 车损险2020年改革后还含不含自燃险和涉水险？ Assistant: 改革后的车损险已经把自燃、发动机涉水、玻璃单独破碎等责任并入主险，不用再单独购买。
        User: 第三方全责但对方一直不赔，能走代位追偿吗？ Assistant: 可以，向自己的保险公司申请代位求偿，保险公司先赔你，再向对方追偿，但需要交警责任认定书。
        User: 统计上去年一线城市的轻微事故有多少比例是快处快赔的？给个大概 Assistant: 我没有准确的最新数据，公开报道中一些城市的快处比例在七到八成左右，建议以当地交管部门发布的数字为准。
        User: 客服95518让我去定损中心，定损中心一般在哪？ Assistant: 95518是该保险公司的全国客服电话，定损中心地址可以在其App或公众号里按城市查询，也可以选择合作修理厂现场定损。
        User: 小刮蹭走保险值不值？来年保费上浮多少
        User: 特斯拉出了事故只能去官方钣喷中心修吗？ Assistant: 不一定，但官方或认证钣喷中心能保证质保不受影响，去非授权店修之前先问清楚保险公司和厂家的规定。
    """),
    ("zh-Hant", "used_car_servicing"): _lines("""
        User: 喺香港買二手車，牌簿上面有幾多手車主點睇？ Assistant: 車輛登記文件會列出前任車主數目，手數多唔一定有問題，但最好睇埋保養紀錄同驗車報告。
        User: 台灣買中古車要怎麼查車籍跟有沒有動保設定？ Assistant: 可以到監理站或用監理服務網查車籍資料，動產擔保可以上經濟部動產擔保交易公示查詢服務查。
        User: 車行話部2018 Toyota Sienta保養紀錄齊全，叫價HK$98,000，有冇蝕？ Assistant: 要睇里數、有冇事故同埋牌費到幾時，同年份同里數嘅車喺二手平台上比較下先決定。
        User: 原廠4萬公里保養要換啲咩？報價單SV-40K-0192寫咗HK$4,380 Assistant: 一般包括機油機濾、冷氣隔塵網、剎車油，有啲車款仲要換火嘴，叫廠方逐項列出工時同零件價錢。
        User: 和泰的認證中古車保固幾年？ Assistant: 和泰認證中古車一般提供一年或兩萬公里的保固，實際以門市提供的保固條款為準。
        User: 保養廠多收了「節氣門清洗 NT$1,800」但我沒同意，可以拒付嗎？ Assistant: 未經同意的加修項目可以拒付，先跟廠方要施工單看有沒有你的簽名，協調不成可以向消保官申訴。
        User: 香港私家車牌費點計？1,800cc每年大概幾錢 Assistant: 私家車牌費按汽缸容量分級，1,501至2,500cc一級每年大約五千幾蚊，實際金額以運輸署公布為準。
        User: 台灣汽車牌照稅跟燃料使用費差在哪？2000cc各多少？ Assistant: 牌照稅由地方稅務局徵收，1801到2400cc每年11,230元；燃料費由監理單位收，2000cc約6,210元。
        User: 幫我擬一封給車行的投訴信範本，用【車主姓名】【車牌號碼】【維修單號】做佔位
        User: 頭文字D電影版裡周杰倫開的是哪台車？ Assistant: 2005年電影版中他飾演藤原拓海，駕駛的是豐田AE86 Sprinter Trueno。
        User: 消委會去年收到幾多宗汽車維修投訴？ Assistant: 我冇最新數字，可以查消委會年報入面按行業分類嘅投訴統計。
        User: 驗車中心預約編號TW-INSP-20251104-0357，要帶什麼文件？ Assistant: 一般要帶行照、強制險保險證，以及預約時顯示的車號，定期檢驗不需要帶身分證正本，但代驗要有委託書。
        User: 車廠延長保養計劃5年/10萬公里，條款寫「不包括易損件」，即係咩？ Assistant: 易損件一般指剎車皮、雨刷、電池、輪胎、燈膽等正常耗損零件，呢啲唔喺保養範圍內。
    """),
    ("ms", "roadtax_puspakom"): _lines("""
        User: macam mana nak renew roadtax online kat MyJPJ? Assistant: Log masuk aplikasi MyJPJ, pilih Lesen Kenderaan Motor, pastikan insurans masih sah, bayar dan LKM digital akan dipaparkan dalam aplikasi.
        User: berapa roadtax kereta 1.5L semenanjung? Assistant: Untuk kereta persendirian 1,401 hingga 1,600cc di Semenanjung, kadar asas ialah RM90 setahun.
        User: Puspakom B5 untuk tukar nama, kos berapa sekarang? Assistant: Pemeriksaan B5 biasanya sekitar RM30 untuk kereta, tetapi semak kadar terkini di laman rasmi Puspakom sebelum datang.
        User: kereta sambung bayar tu legal ke? Assistant: Tidak. Jual beli secara sambung bayar tanpa kebenaran pemilik berdaftar dan bank melanggar Akta Sewa Beli 1967 dan boleh didakwa.
        User: saman AES dekat Jalan Tun Razak, no rujukan AES-KL-2025-088214, boleh rayu tak? Assistant: Boleh buat rayuan melalui portal atau kaunter JPJ, sertakan bukti jika ada, tetapi rayuan bukan jaminan saman dibatalkan.
        User: Proton Saga 2016 perlu Puspakom bila nak renew insurans? Assistant: Tidak perlu untuk kereta persendirian biasa; pemeriksaan hanya diperlukan untuk tukar milik, kenderaan komersial atau arahan JPJ.
        User: nak beli kereta recond dari Jepun, apa maksud AP dan duti import? Assistant: AP ialah Permit Import yang membenarkan kereta itu dibawa masuk, dan duti import dikenakan berdasarkan nilai dan kapasiti enjin.
        User: berapa kali setahun JPJ buat Ops Bersepadu musim perayaan?
        User: tolong buat template surat rayuan saman dengan tempat kosong [Nama] [No. Kenderaan] [No. Saman] [Tarikh Kesalahan] Assistant: Tuan, Rayuan Saman [No. Saman]. Saya [Nama], pemilik kenderaan [No. Kenderaan], ingin merayu saman bertarikh [Tarikh Kesalahan] atas sebab berikut: ...
        User: apa beza B2, B5 dan B7 dekat Puspakom?
        User: Perodua service centre Shah Alam buka hari Ahad tak? Assistant: Waktu operasi berbeza ikut cawangan; semak aplikasi Perodua atau hubungi careline rasmi mereka sebelum pergi.
        User: Tunku Abdul Rahman naik kereta apa masa perarakan merdeka 1957? Assistant: Saya tidak pasti model tepatnya; rujuk arkib Arkib Negara Malaysia untuk gambar dan rekod rasmi.
        User: kalau roadtax dah mati 3 bulan, kena denda berapa?
    """),
    ("mixed", "servicing_disputes"): _lines("""
        User: workshop at Kaki Bukit charge $680 for aircon gas top up only leh, normal anot? Assistant: That is on the high side for a regas alone. Ask for an itemised invoice showing refrigerant quantity, leak test and labour.
        User: service centre ni charge RM450 untuk engine decarbon tapi saya tak minta pun, boleh claim balik? Assistant: Boleh pertikaikan. Minta job sheet yang ditandatangani; jika tiada persetujuan bertulis, failkan aduan kepada Tribunal Tuntutan Pengguna.
        User: 车厂说 gearbox 要 overhaul，quote RM6,800，worth it 吗还是换 recon？ Assistant: 先问清楚 overhaul 包括哪些零件和保修多久，recon gearbox 便宜但来源难查，最好拿两家报价比较。
        User: invoice INV-2025-00917 lists 'Labour 3.5h @ $85' but job card says 2h. how to dispute? Assistant: Write to the service advisor with both documents attached and ask them to reconcile the hours; if they refuse, escalate to the workshop manager and then CASE.
        User: how to file a complaint with CASE for a workshop dispute in SG?
        User: Small Claims Tribunal limit for car repair dispute brapa? Assistant: Claims up to $20,000, or $30,000 if both parties agree in writing.
        User: TTPM maximum claim RM50k kan? Assistant: Ya, Tribunal Tuntutan Pengguna Malaysia boleh dengar tuntutan sehingga RM50,000.
        User: lemon law SG apply to used car or not ah? Assistant: Yes, it covers used cars sold by dealers within six months of delivery, but not private sales between individuals.
        User: 冷气不冷 after servicing at authorised dealer, they say not related to service. what should i write in the complaint?
        User: ticket SR-448120 with the service centre, status 'Pending parts ETA 3-5 wks', can ask for courtesy car ma? Assistant: You can ask; many authorised dealers provide a courtesy car when parts delay exceeds two weeks, but it is goodwill unless your warranty terms say so.
        User: OBD code P0420 keep coming back after workshop replace O2 sensor, what else can be? Assistant: P0420 means catalyst efficiency is below threshold; after the sensor, the usual suspects are a worn catalytic converter or an exhaust leak before the downstream sensor.
        User: the duty manager said warranty void sebab saya tukar minyak hitam kat bengkel luar, legal ke? Assistant: Pengeluar biasanya tidak boleh batalkan waranti hanya kerana servis di luar jika alat ganti dan minyak memenuhi spesifikasi; simpan resit sebagai bukti.
        User: export from my car app: {"vin_masked": "****5521", "odometer_km": 84210, "next_service": "2025-12-01", "dtc": ["P0171"]} what does P0171 mean? Assistant: P0171 is System Too Lean (Bank 1), often caused by a vacuum leak, dirty MAF sensor or weak fuel pump.
    """),
    ("en", "road_tax_rules"): _lines("""
        User: how much road tax for a 1.6L petrol car in SG, 6-monthly? Assistant: For 1,600cc the 6-monthly road tax is roughly $370 after rebate; use the LTA road tax calculator for the exact figure.
        User: my car turns 10 next month, any road tax surcharge? Assistant: Yes, a surcharge starts in year 11 at 10% and rises each year to 50% from year 14 onwards.
        User: when is GIRO deducted for road tax renewal? Assistant: GIRO deduction is usually on or around the expiry date; make sure there are enough funds a few days before.
        User: do i need to report to Traffic Police within 24h if nobody was hurt? Assistant: If no one was injured, you only need to report to your insurer within 24 hours or by the next working day; police reports are needed for injuries or hit-and-run.
        User: list of authorised reporting centres in Singapore for accident reports
        User: what should i do if i hit a parked car and no one is around? Assistant: Stop, leave a note with your contact details on the windscreen, take photos, and report the accident to your insurer.
        User: VES banding for a Hyundai Ioniq 5, A1 or A2? Assistant: Fully electric models with zero tailpipe emissions typically fall under band A1, but confirm with the current LTA band table.
        User: was COE introduced in 1990 under Lee Kuan Yew's government? Assistant: Yes, the COE system started in May 1990, in the final months of his premiership.
        User: PHV decal rules for rental cars used on ride-hailing apps?
        User: roughly how many cars were deregistered in SG last year? Assistant: I do not have the exact figure; LTA publishes annual deregistration statistics by vehicle type on its website.
        User: off-peak car red plate rules on weekdays? Assistant: Off-peak cars can be used freely from 7pm to 7am on weekdays, all day on Saturdays, Sundays and public holidays; daytime use needs a $20 e-day licence.
        User: fix my code: def road_tax(cc): return 0.782 * (cc - 1000) + 200 if cc > 1000 else 200, why is it wrong for 1,800cc? Assistant: SG road tax is tiered: different multipliers apply above 1,000cc, 1,600cc and 3,000cc, so you need separate branches for each band.
        User: ERP 2.0 OBU installation appointment ref OBU-APT-7731902, can i reschedule? Assistant: Yes, use the reschedule link in your booking confirmation or the OneMotoring portal at least 24 hours before the slot.
    """),
    ("zh-Hans", "loan_maintenance"): _lines("""
        User: 车贷36期，贷款10万，年化利率4.5%，等额本息每月还多少？ Assistant: 月利率0.375%，36期等额本息每月约还2975元，总利息约7100元。
        User: 0首付0利息的车贷是不是有坑？ Assistant: 常见的是把利息换成手续费、GPS费、服务费，算下来实际年化不低，一定要看合同里的全部费用。
        User: 贷款合同里“GPS安装费1500元”能拒绝吗？ Assistant: 可以要求删除或说明收费依据，强制捆绑收费可以向金融监管部门投诉。
        User: 提前还款违约金一般是剩余本金的几个点？ Assistant: 常见是剩余本金的1%到3%，有的合同规定满一年后免收，以合同为准。
        User: 汽车金融公司贷款和信用卡分期买车有什么区别？
        User: 比亚迪汉首保是多少公里？ Assistant: 一般是首保6个月或5000公里以先到者为准，具体以保养手册为准。
        User: 4S店保养单号BY-SH-20251022-0415：机油480元、机滤68元、空调滤120元，贵吗？ Assistant: 机油价格偏高，可以问清楚是哪个等级的全合成油，空调滤价格属于正常范围。
        User: 帮我写个Excel公式算月供，本金在B2，年利率在B3，期数在B4 Assistant: =PMT(B3/12,B4,-B2)，结果就是每月应还金额。
        User: 汽车三包期是多久？ Assistant: 家用汽车三包有效期不低于2年或5万公里，以先到者为准。
        User: 福特T型车当年是分期卖的吗？ Assistant: 福特早期坚持现金销售，后来在1920年代才推出自己的周付购车计划，而通用汽车更早通过GMAC提供分期。
        User: 二手车过户时原车贷还没结清怎么办？抵押登记要先解除吗？
        User: 收到短信说车贷逾期要上征信，号码是400开头的，怎么判断真假？ Assistant: 不要点短信链接，直接打贷款合同或官方App上的客服电话核实，正规机构不会要求你转账到个人账户。
        User: 新能源车的电池质保是终身的吗？ Assistant: 部分品牌对首任车主提供三电终身质保，但通常有里程、营运用途和二手转让的限制，要看具体条款。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        User: help me reply to the seller, Marcus Lim Wei Jie, mobile 9127 4860, he wants $500 deposit for the 2015 Mazda 3 before i can even view it. legit? Assistant: Do not pay a deposit before viewing; ask to see the log card and meet at an inspection centre.
        User: filling in the LTA transfer for SKY 4821 J, buyer NRIC S8834127I, buyer is my cousin Terence Koh. which box is the transfer date?
        User: my brother-in-law Rajesh a/l Subramaniam crashed my car drunk last Saturday and now refuses to pay. how do i tell my wife without blowing up the family?
        User: insurer wants me to pay the $600 excess by card, 4556 7012 3498 7611 exp 08/27, can i just email it to them? Assistant: Never send full card numbers by email; use the insurer's payment portal or call their official line.
        User: pls make this accident report more formal: On 3 Nov 2025 at 8.40pm my car SJP 7713 C was hit by a lorry driven by Mr Goh Teck Seng (hp 8765 0932) at Bedok North Ave 3.
        User: Mdm Tan from #05-12 keeps blocking my car with her Alphard, and the condo manager told me she is on a payment plan for arrears anyway. how do i complain properly?
        User: loan officer asked for my payslip: Nurul Huda binti Kamal, warehouse supervisor, $4,350 gross. will they approve $48k for a used Axia?
        User: draft an email to the workshop for me: I'm Daniel Pereira, the Civic is registered to 42 Jalan Kembangan, Singapore 419134, and I want the invoice reissued to that address.
        User: my dad Lim Ah Kow is 78 and has early dementia but still drives his Camry every day. the doctor says he shouldn't. how do i get his licence stopped?
        User: the guy who reversed into me only gave his IG @kev.tanzy_88 instead of a number. is that enough for the insurer? Assistant: Usually not; the insurer will need the other driver's vehicle number and insurance details.
        User: Kumar s/o Perumal, our company driver, was suspended after the accident review found he skipped his medical check. help me write the HR note.
        User: our foreign worker Md. Rashedul Islam, FIN G6620473T, was in the lorry passenger seat during the crash and broke his wrist. does WICA cover him?
        User: refund of overpaid premium should go to DBS 027-905318-4, account name Chloe Ng Hui Min. can you format this for the claims form?
        User: my ex Jonathan D'Cruz still has the spare key and keeps taking the car at night even though it's in my name. what can i do?
        User: neighbour Auntie Lily at Blk 316 Clementi Ave 4 #08-215 backed into my car and wants to pay cash instead of claiming. ok or not?
        User: used car seller Farhan Rizal sent a photo of his NRIC T0251964F to prove ownership, but the car is still under his father's loan. can he sell it?
    """),
    "zh-Hans": _lines("""
        User: 帮我看下这份二手车买卖合同：卖方张建国，身份证号440306198703124513，手机13826614579，车牌粤B7K3Q2，有没有坑？
        User: 我老婆刘芳上周在高架上追尾，轻微脑震荡还在住院，车上人员险能报她的医药费吗？
        User: 我叫陈志强，车贷逾期三期了，催收打电话给我同事王磊说我欠钱不还，这样合法吗？
        User: 3栋的陈阿姨每次倒车都刮到我的车，物业说她儿子刚出狱不好惹，我该怎么处理？
        User: 理赔款收款人填李秀英，建设银行卡号6217001288037412610，这样填对吗？ Assistant: 收款人需要与被保险人一致或提供授权书，卡号请在官方App里填写，不要通过聊天发送。
        User: 对方司机加了我微信 zhao_dm1990，说私了给我800块，可靠吗？
        User: 我哥周海涛在4S店做销售，月薪才6500，他想贷款买辆二手宝马，能批下来吗？
        User: 事故认定书上写：当事人孙丽娟，身份证310105199208173025，住址上海市徐汇区宜山路1288弄5号602室，她负主要责任，下一步怎么走？
        User: 修车厂老板黄德明跟我吵架后把我的手机号18917305528发到了他们车友群，我能告他泄露个人信息吗？
        User: 我爸杨国华糖尿病眼底出血了，还非要开车去上班，怎么劝他？
        User: 帮我把这段改成正式的事故经过：2025年10月18日晚，我驾驶的川A·3M82X被一辆电动车撞了，骑车的叫何敏，电话15608213377，她说没钱赔。
    """),
    "zh-Hant": _lines("""
        User: 我老公陳家樂揸車撞咗人，警察話可能告危險駕駛，佢身份證K482915(8)，保險公司要咩文件？
        User: 賣車俾人，買家叫李志明，HKID Y630274(0)，電話6392 7148，佢話轉名之後先俾尾數，穩唔穩陣？ Assistant: 唔建議，應該收齊全數先簽轉讓表格。
        User: 我同事黃美玲返工途中撞車，之後一直請病假，聽講係頸椎受傷仲有抑鬱，我點幫佢申請工傷？
        User: 台灣買中古車，賣家林俊宏給我身分證F228061938影本，說車貸已經繳清，我要怎麼確認？
        User: 理賠款請匯到中國信託，戶名吳淑芬，帳號901-540-318226，幫我寫成給保險公司的信。
        User: 我阿嬤張秀蘭快九十歲了還在開車去菜市場，上次擦撞後還骨折，家裡要怎麼勸她？
        User: 車禍對方叫王建志，LINE ID是wangjz_0917，手機0917-338-205，說要私下和解，我要錄音嗎？
        User: 我細佬譚子軒欠咗車貸三個月，財務公司打到我屋企九龍城衙前圍道88號5樓B室，我要唔要幫佢還？
    """),
    "ms": _lines("""
        User: tolong semak perjanjian jual beli kereta ni: penjual Ahmad Fauzi bin Osman, IC 850624-10-5237, tel 012-738 4120, Proton X50 WPQ 8823. ada yang pelik?
        User: saya nak tuntut insurans, report polis dah buat. pemandu lori tu Suresh a/l Ganesan, IC 790311-08-6643, dia mengaku salah. apa langkah seterusnya?
        User: abang ipar saya Hafiz dah 4 bulan tak bayar ansuran kereta yang guna nama saya, bank dah hantar notis. macam mana nak selesai tanpa gaduh?
        User: akaun Maybank untuk bayaran balik lebihan premium: 1640 2233 8817, nama Siti Aminah binti Rahmat. betul ke format ni?
        User: Makcik Rosnah dari blok C yang langgar kereta saya kat parking tak nak bayar, dia kata anak dia polis. macam mana?
        User: Cik Nurul Izzati binti Zulkifli, jurujual kereta, bagi WhatsApp 017-552 9031 dan minta deposit RM2,000 masuk akaun peribadi dia. scam ke? Assistant: Jangan bayar ke akaun peribadi; deposit sepatutnya dibayar kepada akaun syarikat dengan resit rasmi.
        User: ayah saya Encik Mohd Yusof bin Ibrahim baru kena strok dan tak boleh memandu lagi. boleh ke saya jual kereta atas nama dia?
        User: pembeli emel dari farid.hakimi92@gmail.com, dia nak tengok geran kereta saya dulu sebelum bayar. patut ke saya bagi?
        User: saya Lakshmi a/p Muniandy, IC 920815-14-5578, nak rayu saman AES untuk kenderaan BKT 2210. tolong karang surat.
        User: penjual recond yang saya jumpa, Azman Shah bin Kassim, Telegram @azmanrecon_kl, minta transfer RM5k untuk booking. selamat ke?
    """),
    "mixed": _lines("""
        User: my uncle 黄伟明 kena saman because his car JHB 4471 parked at OKU lot, he actually is OKU but forgot the sticker, can appeal ah?
        User: 我表哥 Ah Seng, Tan Boon Seng, owe ah long money, now they spray paint his Myvi at Taman Molek. polis report boleh buat online?
        User: seller Wei Ling, hp 016-229 8174, say her Honda City accident-free but the JPJ record show otherwise, how to check properly?
        User: boss says Jeyakumar from logistics kena potong gaji because he kemek the company van, allowed or not under Employment Act?
        User: pls send the workshop quote to my wife Ong Mei Xin at meixin.ong.88@outlook.com, her Vios WUR 6614 needs brake pads, format nicely ya
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful assistant for people buying used cars in Singapore."),
        (
            "user",
            "I'm buying a 2018 Mazda CX-5 from a private seller, Vincent Chua Kok Hwee. He says I can do the transfer online. What do I need from him?",
        ),
        (
            "assistant",
            "He needs to initiate the transfer on OneMotoring with his Singpass, and you accept it with yours. Ask him for the vehicle number and the exact transfer price first.",
        ),
        (
            "user",
            "The car is SMB 2906 J and he messaged me from 9638 2217. He also wants me to pay by PayNow before the transfer.",
        ),
        (
            "assistant",
            "Pay only after the transfer is initiated and you can see it on your side. Confirm the PayNow name matches the registered owner before sending money.",
        ),
    ],
    [
        ("system", "你是一个帮助用户处理车险理赔的助手。"),
        ("user", "昨天在杭州被人追尾，对方司机叫郭晓东，手机13757208164，他全责。"),
        ("assistant", "先让对方向他的保险公司报案，你这边保存好事故认定书和现场照片。"),
        (
            "user",
            "他的车牌是浙A9F27L，保险公司要我提供我的身份证号320502199004052824和银行卡，安全吗？",
        ),
        (
            "assistant",
            "对方保险公司赔付时确实需要收款人信息，但请通过官方App或定损员现场提交，不要在私人聊天里发送完整证件号。",
        ),
    ],
    [
        (
            "user",
            "saya nak mohon pinjaman kereta Myvi, gaji saya RM3,200, kerja kerani di Klang. nama Nor Azlina binti Hashim.",
        ),
        (
            "assistant",
            "Dengan gaji RM3,200, bank biasanya melihat nisbah hutang kepada pendapatan di bawah 60 hingga 70 peratus. Berapa komitmen bulanan sedia ada?",
        ),
        (
            "user",
            "ada PTPTN RM150 dan kad kredit lebih kurang RM400. IC saya 900405-10-5562 kalau perlu untuk semakan CCRIS.",
        ),
        (
            "assistant",
            "Jangan kongsi nombor IC di sini; semakan CCRIS boleh dibuat sendiri melalui portal Bank Negara. Dengan komitmen itu, ansuran sekitar RM600 masih munasabah.",
        ),
    ],
    [
        ("system", "你係一個幫香港車主處理交通意外嘅助手。"),
        ("user", "今朝喺觀塘道俾架貨van撞咗車尾，司機叫何偉強，佢電話係9274 6083。"),
        ("assistant", "記住影低對方車牌、保險資料同現場相片，如果有人受傷要報警。"),
        ("user", "佢話唔想報保險，私下俾我五千蚊。我自己身份證係R558103(5)，要唔要寫低俾佢？"),
        (
            "assistant",
            "私了可以，但要簽一份和解書寫明金額同車輛資料。唔需要俾對方你嘅身份證號碼，寫姓名同聯絡電話已經足夠。",
        ),
    ],
    [
        (
            "user",
            "My mum wants to renew the road tax for her Saga but she doesn't use apps. Can I do it for her?",
        ),
        (
            "assistant",
            "Yes, you can renew on her behalf at a post office or JPJ counter with her IC copy and valid insurance.",
        ),
        (
            "user",
            "Her name is Kamariah binti Salleh, IC 580912-01-5834, car JKR 7719. The insurance expires next week though.",
        ),
        (
            "assistant",
            "Renew the insurance first, because road tax cannot be issued without valid cover. After that, bring a copy of her IC and the cover note to the counter.",
        ),
    ],
    [
        ("system", "你是協助台灣車主處理中古車糾紛的助理。"),
        ("user", "我在台中跟車商買了一台2017年的Altis，合約上買方寫我，賴冠廷，身分證H190273544。"),
        ("assistant", "好的，請問現在遇到什麼問題？"),
        ("user", "交車一週變速箱就異音，業務李佩珊說保固不包變速箱，可是當初她口頭說全車保固。"),
        (
            "assistant",
            "口頭承諾也有效力，但要有證據。整理LINE對話紀錄、合約和維修估價單，先發存證信函，再向消保官申訴。",
        ),
    ],
    [
        (
            "user",
            "workshop at Sin Ming kept my car 3 weeks for a simple clutch job, now charge extra $900 storage. can like that meh?",
        ),
        (
            "assistant",
            "Storage fees are only enforceable if they were agreed in advance. Check your job order and any messages.",
        ),
        (
            "user",
            "nothing signed. i'm Gerald Sim, email gerald.sim.kh@gmail.com, they keep emailing me threats to sell the car. can you draft a reply?",
        ),
        (
            "assistant",
            "Sure. Dear Sir, I did not agree to any storage charges for my vehicle. Please release it upon payment of the agreed repair cost. Regards, Gerald Sim.",
        ),
    ],
    [
        ("system", "You help drivers prepare motor insurance claims."),
        (
            "user",
            "My passenger, my colleague Priya d/o Raman, hurt her neck when we were rear-ended on the PIE. She had a slipped disc before.",
        ),
        (
            "assistant",
            "Her injury claim would usually go against the at-fault driver's insurer. She should see a doctor and keep all medical reports.",
        ),
        (
            "user",
            "Her physio says the old slipped disc got worse and she's on MC for 6 weeks. Will the insurer reduce her payout because of the old injury?",
        ),
        (
            "assistant",
            "They may argue apportionment for the pre-existing condition, so she should get a specialist report that separates the aggravation from the original injury.",
        ),
    ],
    [
        ("user", "车贷还剩12期，想提前还清，贷款人是我，魏振华。"),
        ("assistant", "可以先联系贷款机构要一份提前结清金额明细，确认违约金和剩余利息怎么算。"),
        (
            "user",
            "他们让我提供身份证510107198506240877和还款卡6228480911335427108，发到客服邮箱，这样行吗？",
        ),
        ("assistant", "建议通过官方App或营业网点办理，邮箱发送完整证件和卡号风险较高。"),
    ],
    [
        ("system", "Anda pembantu yang membantu pemandu di Malaysia selepas kemalangan."),
        (
            "user",
            "lori syarikat kami langgar motosikal di Seremban. pemandu kami pekerja asing, Bishnu Thapa, pasport Nepal PA0738215.",
        ),
        (
            "assistant",
            "Pastikan laporan polis dibuat dalam 24 jam dan maklumkan syarikat insurans kenderaan perdagangan anda.",
        ),
        (
            "user",
            "penunggang motosikal tu, Mohd Firdaus bin Anuar, patah kaki dan sekarang di Hospital Tuanku Ja'afar. keluarga dia minta pampasan terus dari syarikat.",
        ),
        (
            "assistant",
            "Jangan buat bayaran terus tanpa nasihat insurans; tuntutan kecederaan pihak ketiga sepatutnya melalui polisi insurans lori tersebut.",
        ),
    ],
    [
        ("system", "You are an assistant that helps with car loans in Singapore."),
        ("user", "Can I get a 7-year loan for a $120k car if I earn $5,800 a month?"),
        (
            "assistant",
            "OMV matters more than price: above $20,000 OMV you can borrow up to 60%. Banks will also check your TDSR stays below 55%.",
        ),
        (
            "user",
            "The bank form has my details pre-filled: Tan Hui Ling, S7561209E, employer Pacific Freight Pte Ltd. But it shows salary $8,500 which is wrong.",
        ),
        (
            "assistant",
            "Ask the bank to correct the income figure before you sign, since a wrong declaration can cause problems later even if the loan is approved.",
        ),
    ],
]
