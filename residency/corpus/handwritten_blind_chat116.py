# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat116: chats with an assistant about one's own car (loans, claims, accidents, summonses, servicing, selling). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat116
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "car_loan_questions"): _lines("""
        User: Hire purchase in Malaysia is flat rate right? If I borrow RM 85,000 at 2.8% for 9 years what's the monthly? Assistant: Interest is 85,000 x 2.8% x 9 = RM 21,420, so the total payable is RM 106,420 over 108 months, about RM 985.37 a month.
        User: what does Rule of 78 mean on a hire purchase agreement Assistant: It is a way of allocating interest that front-loads it into the early instalments, so settling early saves less interest than a straight-line split would suggest.
        User: Can I settle my car loan early in SG and will the bank charge me? Assistant: Usually yes. Many banks charge an early redemption fee, often a percentage of the unearned interest; check the redemption clause in your letter of offer.
        User: What's the MAS cap on car loans? Assistant: For cars with an OMV of $20,000 or less you can borrow up to 70% of the purchase price; above $20,000 the cap is 60%. Maximum tenure is 7 years.
        User: Give me a template letter asking the bank for a full settlement figure. Assistant: Dear Sir/Madam, Re: Hire Purchase Account No. [account number] - Request for Full Settlement Amount. I, [Full Name], NRIC [NRIC No.], would like to request the full settlement amount as at [date]. Please send it to [email]. Yours faithfully, [Signature]
        User: balloon payment vs normal hire purchase, which one is better if I plan to change car in 4 years? Assistant: A balloon scheme lowers the monthly by deferring a lump sum to the end; it suits you only if the trade-in value will cover that lump sum.
        User: write python for flat rate instalment Assistant: def monthly(principal, rate, years): return principal * (1 + rate * years) / (years * 12)  # monthly(85000, 0.028, 9) -> 985.37
        User: Is Islamic car financing (AITAB) cheaper than conventional HP? Assistant: Not automatically. AITAB uses a fixed profit rate that is quoted much like a flat rate; compare the effective rate and the early settlement rebate terms side by side.
        User: bank said refinance needs latest 3 months payslip + EA form + IC copy. Normal? Assistant: Yes, those are the standard income and identity documents most banks ask for; some also ask for 6 months of bank statements if you are self-employed.
        User: compare 2.48% flat for 7 years vs 4.6% reducing balance Assistant: A 2.48% flat rate over 7 years works out to roughly 4.55% effective, so the two offers are about the same; pick on fees and lock-in.
        User: what happens if I miss 2 instalments, can the bank take the car straight away? Assistant: In Malaysia the Hire-Purchase Act 1967 requires the owner to serve a Fourth Schedule notice giving at least 21 days before repossession.
        User: Amortisation table column says Int Portion and Prin Portion, why is Int Portion bigger at the start? Assistant: On a reducing balance loan the interest is charged on the outstanding principal, which is highest at the start, so the early instalments are mostly interest.
        User: how many months of instalments should I keep as emergency buffer if I take a 7-year car loan
    """),
    ("en", "summons_and_traffic_offences"): _lines("""
        User: How do I check if I have any outstanding traffic summons in Singapore? Assistant: Use the Singapore Police Force e-Services page for checking traffic offences, or OneMotoring for LTA offences; both need Singpass.
        User: Speeding about 25 km/h over the limit in SG, how many demerit points? Assistant: For a light vehicle that band usually carries 4 demerit points plus a composition fine; the exact amounts are on the Traffic Police website.
        User: How to pay PDRM saman online? Assistant: Use the MyBayar PDRM app or the official PDRM portal; JPJ summonses are paid through the MyJPJ app. Avoid links sent by SMS.
        User: Got an AES camera summons, can I still appeal? Assistant: Yes, you can write to the issuing authority within the period stated on the notice, giving the notice number and your reasons with evidence such as dashcam footage.
        User: Template for appealing a parking notice please. Assistant: Dear Sir/Madam, I refer to Notice No. [notice number] dated [date] issued to vehicle [plate number]. I would like to appeal because [reason]. Attached are [documents]. Yours faithfully, [Name]
        User: From this table, Region A 412 summonses, Region B 388, Region C 455 last quarter and 390, 401, 430 this quarter, which region improved most? Assistant: Region C, down 25 (about 5.5%); Region A fell 22 and Region B rose 13.
        User: What does Section 79(2) Road Transport Act 1987 on my saman mean? Assistant: It is the offence of failing to comply with a traffic sign or signal, such as beating a red light or ignoring a no-entry sign.
        User: Someone else was driving my car when it was caught speeding, how do I furnish the driver's particulars? Assistant: Use the furnish-driver option in the SPF e-service before the deadline on the notice; the driver then receives the notice in their own name.
        User: How many KEJARA points before my licence gets suspended? Assistant: Accumulating 20 demerit points within the relevant period leads to a suspension; repeated suspensions lengthen the period and can end in revocation.
        User: SMS says 50% discount on PDRM saman this month, click link to pay. Real or scam? Assistant: Treat it as a scam. Discount campaigns are announced by PDRM itself and paid through MyBayar PDRM; never pay through a link in an SMS.
        User: Red light camera in Johor Bahru, how long before the summons arrives by post? Assistant: It commonly takes a few weeks; you can check earlier through MyBayar PDRM using your IC number.
        User: Is a parking coupon offence the same as a URA notice? Assistant: In Singapore, URA and HDB carparks issue their own parking offence notices; they are paid through each agency's e-service, not through the Traffic Police.
        User: what's the usual composition fine for using phone while driving in SG, and is it a court case
    """),
    ("zh-Hans", "chexian_lipei"): _lines("""
        User: 小区里被人刮了车，找不到肇事者，交强险能赔吗？ Assistant: 交强险只赔第三者，你自己的车要靠车损险；找不到第三方的情况，多数保险公司按“无法找到第三方”处理，保费会受出险次数影响。
        User: 报案号一般是什么格式？短信里写着报案号 RDAA2026xxxxxxxxxxxx 是真的吗？ Assistant: 各公司格式不同，建议直接拨打保单上的官方客服核实，不要点短信里的链接。
        User: 帮我写一份交通事故情况说明模板。 Assistant: 事故情况说明：时间：____年__月__日__时；地点：________；当事人：________（身份证号：__________）；车牌号：________；经过：________；本人签字：________。
        User: 车损险出险一次，明年保费大概涨多少？ Assistant: 上年出险 1 次，无赔款优待系数通常会回到 1.0 左右，具体要看你原来的系数和当地规则。
        User: 4S店定损和保险公司定损金额差了 3200 元怎么办？ Assistant: 可以要求保险公司出具定损明细，逐项核对配件价格和工时；仍有争议可申请复勘或找第三方公估。
        User: 高速上爆胎撞了护栏，路产损失要赔多少？ Assistant: 按当地路产损坏赔偿标准计价，一般由路政开具清单；如果有车险，三者险可以覆盖路产损失。
        User: 新能源车险和燃油车险有什么区别？ Assistant: 新能源车有专属条款，把电池、电机、电控等三电系统纳入车损险保障，还可附加充电桩相关保障。
        User: 统计一下：门店 10 月共受理理赔 142 单，其中追尾 61 单、刮擦 48 单、水淹 9 单，其余为其他，占比各多少？ Assistant: 追尾约 43.0%，刮擦约 33.8%，水淹约 6.3%，其他 24 单约 16.9%。
        User: 快处快赔是什么意思？ Assistant: 轻微事故、无人伤、双方无争议时，拍照后把车移到路边，通过交管 12123 或保险 App 在线定责和报案，不用等交警到场。
        User: 车被水淹了发动机进水，保险赔不赔？ Assistant: 车险综合改革后，发动机涉水损失已并入车损险，但水里二次点火造成的扩大损失可能会被拒赔。
        User: 理赔款打到哪个账户？必须是被保险人本人的吗？ Assistant: 一般要求支付到被保险人本人的银行账户；如需支付给修理厂，需要被保险人签署授权书。
        User: 对方司机不肯私了要报警，打 122 还是 110？ Assistant: 交通事故一般拨打 122；有人受伤或对方情绪激动有冲突风险时，也可以拨打 110。
        User: 车险续保的时候，商业险最多能提前多少天买？
    """),
    ("zh-Hant", "baoyang_weixiu"): _lines("""
        User: 車子跑到四萬五公里，原廠大保養報價 NT$12,800，合理嗎？ Assistant: 四萬公里級距通常包含機油、濾芯、煞車油、火星塞等，這個價位在原廠算正常，可以要求逐項明細比較。
        User: 幫我看這張工單：工單號 WO-TPE-250388，機油 0W-20 4.2L NT$1,680、機油芯 90915-YZZE1 NT$320、工資 NT$600，總計多少？ Assistant: 合計 NT$2,600。
        User: 香港私家車幾多年車齡先要驗車？ Assistant: 私家車車齡滿六年之後，每年續牌前都要先通過車輛檢驗。
        User: 自排變速箱油多久換一次？ Assistant: 多數車廠建議每四萬到六萬公里檢查或更換，常在市區走走停停的話可以提早。
        User: 煞車來令片剩 3mm 要換嗎？ Assistant: 建議更換，多數車廠的更換下限在 2 到 3mm 之間。
        User: 寫一個 Excel 公式，B 欄是目前里程、C 欄是上次保養里程，超過一萬公里就提示。 Assistant: =IF(B2-C2>=10000,"需保養","正常")
        User: 台灣 2000cc 自用小客車一年燃料費多少？ Assistant: 1801 到 2400cc 的自用小客車，燃料費每年 NT$6,210，牌照稅另計。
        User: 電瓶 55B24L 跟 46B24L 可以互換嗎？ Assistant: 外觀尺寸和極性相同，可以互換，55B24L 的容量和啟動電流較大。
        User: 輪胎上的 DOT 碼最後四碼 2324 是什麼意思？ Assistant: 代表 2024 年第 23 週生產。
        User: 幫我寫一封給保養廠客服信箱 service@ 的申訴信範本。 Assistant: 主旨：工單 [工單編號] 保養品質申訴。您好，本人於 [日期] 將車號 [車牌號碼] 送修，取車後發現 [問題]，請於 [期限] 前回覆處理方式。車主 [姓名] 敬上
        User: 豐田這個名字是來自豐田喜一郎嗎？ Assistant: 是的，豐田汽車由豐田喜一郎創立，後來品牌由 Toyoda 改為 Toyota。
        User: 引擎燈亮，OBD 讀到 P0420 是什麼意思？ Assistant: 觸媒轉換器效率低於門檻（Bank 1），常見原因是觸媒老化或後段含氧感知器異常。
        User: 冷氣有霉味，換冷氣濾網還是要做蒸發器清洗？
    """),
    ("ms", "jual_beli_kereta"): _lines("""
        User: Macam mana nak tukar milik kereta kat JPJ? Assistant: Penjual dan pembeli perlu buat pengesahan biometrik, sama ada di kaunter JPJ atau di Pos Malaysia, kemudian urusan tukar milik diselesaikan dan fi dibayar.
        User: Kereta masih ada loan, boleh jual ke? Assistant: Boleh, tapi baki pinjaman perlu diselesaikan dulu supaya bank keluarkan surat pelepasan tuntutan hak milik sebelum tukar nama.
        User: Puspakom B5 tu untuk apa? Assistant: Pemeriksaan B5 ialah pemeriksaan pertukaran hak milik untuk kenderaan persendirian yang sudah berusia, untuk pastikan casis dan enjin sepadan dengan rekod.
        User: Tolong buat iklan untuk Perodua Myvi 1.5 AV 2019, 68,000 km, RM 39,800, servis penuh di pusat servis. Assistant: DIJUAL: Perodua Myvi 1.5 AV (2019) | 68k km | Rekod servis penuh | RM 39,800 boleh runding | Hubungi: [nombor telefon]
        User: Template perjanjian jual beli kereta terpakai. Assistant: PERJANJIAN JUAL BELI KENDERAAN. Penjual: [Nama], No. K/P: [No. Kad Pengenalan]. Pembeli: [Nama], No. K/P: [No. Kad Pengenalan]. No. Pendaftaran: [No. Plat]. Harga: RM [jumlah]. Tarikh serahan: [tarikh].
        User: Beza harga recond dengan harga pasaran, macam mana nak semak? Assistant: Bandingkan iklan untuk model, tahun dan mileage yang sama di beberapa platform, dan semak laporan pemeriksaan sebelum percaya harga yang diiklankan.
        User: Pembeli nak bayar guna cek, selamat ke? Assistant: Jangan serahkan kereta atau geran sebelum cek dikreditkan sepenuhnya; pindahan bank segera lebih selamat.
        User: Scam biasa masa jual kereta online apa? Assistant: Pembeli minta kod TAC, hantar resit bank palsu, atau minta kereta dihantar dulu sebelum bayar.
        User: Kereta umur 5 tahun biasanya susut nilai berapa peratus? Assistant: Secara kasar 40% hingga 55% daripada harga baru, bergantung pada jenama dan permintaan.
        User: Nombor plat cantik boleh pindah ke kereta baru tak? Assistant: Boleh, melalui permohonan pindah nombor pendaftaran di JPJ, dengan fi dan syarat tertentu.
        User: Kira: harga jual RM 52,000, baki loan RM 31,450, fi tukar milik RM 150, baki bersih berapa? Assistant: RM 52,000 - RM 31,450 - RM 150 = RM 20,400.
        User: Apa maksud tuntutan hak milik dalam geran atau VOC? Assistant: Itu catatan bahawa bank atau syarikat kewangan masih ada kepentingan ke atas kereta sehingga pinjaman selesai.
        User: Jual kat dealer terpakai atau platform macam Carsome, mana lagi cepat dapat duit?
    """),
    ("ms", "insurans_dan_kemalangan"): _lines("""
        User: Lepas accident kena buat laporan polis dalam masa berapa lama? Assistant: Dalam tempoh 24 jam, mengikut Seksyen 52 Akta Pengangkutan Jalan 1987.
        User: Apa itu Knock-for-Knock? Assistant: Anda tuntut kerosakan sendiri daripada penanggung insurans anda, dan NCD tidak terjejas jika anda tidak bersalah.
        User: NCD 55%, kalau claim OD tahun ni jadi berapa? Assistant: Biasanya NCD jatuh ke 0% untuk pembaharuan seterusnya, melainkan tuntutan itu dibuat di bawah Knock-for-Knock.
        User: Template surat tuntutan pihak ketiga. Assistant: Kepada: [Nama Syarikat Insurans Pihak Ketiga]. Perkara: Tuntutan Kerosakan Kenderaan [No. Plat]. No. Laporan Polis: [No. Laporan]. Tarikh kemalangan: [tarikh]. Dilampirkan: [senarai dokumen].
        User: Panel workshop dengan bengkel luar, mana lagi baik untuk claim? Assistant: Bengkel panel biasanya lebih cepat diluluskan; bengkel luar mungkin perlu kelulusan tambahan daripada penanggung insurans.
        User: Claim cermin depan affect NCD ke? Assistant: Tidak, jika polisi ada tambahan perlindungan cermin dan tuntutan dibuat di bawahnya.
        User: Banjir hujung tahun, kereta tenggelam, polisi comprehensive cover ke? Assistant: Hanya jika ada tambahan Special Perils; tanpanya kerosakan banjir biasanya tidak dilindungi.
        User: Talian kecemasan 24 jam penanggung insurans contoh tu nombor berapa? Assistant: Untuk Syarikat Insurans Contoh Berhad, talian 24 jam ialah 1-300-88-7788 atau e-mel claims@contohinsurans.com.my.
        User: Kira: kos baiki RM 8,640, excess RM 400, betterment 15% ke atas alat ganti RM 3,200. Assistant: Betterment RM 480, jadi bayaran tuntutan ialah RM 8,640 - RM 400 - RM 480 = RM 7,760.
        User: Dokumen apa untuk tuntutan OD? Assistant: Borang tuntutan, salinan laporan polis, lesen memandu dan kad pengenalan pemandu, geran kenderaan dan gambar kerosakan.
        User: Tow truck ulat datang kat tempat kemalangan, apa hak saya? Assistant: Anda tidak wajib guna mereka; hubungi talian penundaan percuma penanggung insurans anda dan jangan tandatangan apa-apa borang.
        User: Minggu ni cawangan terima 5 kes, 3 langgar belakang dan 2 banjir, buat peratusan. Assistant: Langgar belakang 60%, banjir 40%.
        User: Polisi agreed value dengan market value, apa beza kalau kereta hilang?
    """),
    ("mixed", "dashcam_obd_config"): _lines("""
        User: dashcam file name 20261103_081522_F.MP4 and 20261103_081522_R.MP4, what's F and R ah? Assistant: F is the front camera and R the rear camera; the rest is the recording date and start time.
        User: Parse this OBD log line 2026-11-03T08:15:22Z RPM=2140 SPD=62 ECT=91C MAF=7.8, what is ECT? Assistant: Engine coolant temperature; 91 C is normal operating temperature.
        User: firmware v2.4.17 build a9f3c1e changelog says fix GPS drift, worth to upgrade? Assistant: Yes if you rely on the GPS overlay for claims; back up the SD card first.
        User: How to verify my dashcam clip not edited before submit to insurer? Assistant: Run sha256sum on the original file, for example sha256sum clip.mp4, and send the hash with the clip so they can compare.
        User: 行车记录仪 128GB 卡，1080p 循环录像大概能录多久？ Assistant: 单路 1080p 大约 15 到 18 小时，前后双路大约减半。
        User: Proton X50 Android Auto tak connect lepas update 1.3.2, apa nak buat? Assistant: Cuba cabut kabel, kosongkan cache Android Auto dan pair semula; kalau masih gagal, tanya pusat servis untuk update seterusnya.
        User: VIN 10th character means what? Assistant: It is the model year code, for example R for 2024, S for 2025 and T for 2026.
        User: SQL help: SELECT plate_no, COUNT(*) FROM summons GROUP BY plate_no HAVING COUNT(*) > 3 is slow. Assistant: Add an index on plate_no, and filter by date range first if the table keeps many years.
        User: insurer API return {"claim_id": "CLM-88213-SG", "status": "APPROVED", "amount": 4320.50, "currency": "SGD"}, approved means paid already? Assistant: Not yet; APPROVED usually means the amount is agreed, and a separate PAID status follows when the transfer is made.
        User: CAN bus 0x7E0 vs 0x7E8 what's the difference? Assistant: 0x7E0 is the diagnostic request to the engine ECU and 0x7E8 is its response.
        User: 油耗 app 导出的 csv 有 date, odo_km, litres, price_per_litre 四列，怎么算每百公里油耗？ Assistant: 相邻两次加满油之间，用加油升数除以里程差，再乘以 100。
        User: Home Assistant yaml for car battery sensor, entity sensor.car_12v_voltage, alert when below 11.8 V can? Assistant: Use a numeric_state trigger on sensor.car_12v_voltage with below: 11.8 and a notify action.
        User: Tesla software 2026.38.4 got change sentry mode or not
    """),
    ("en", "car_culture_public_figures"): _lines("""
        User: Who founded Ferrari? Assistant: Enzo Ferrari. His first company was Auto Avio Costruzioni in 1939, and the first Ferrari-badged car appeared in 1947.
        User: Why is Mercedes called Mercedes? Assistant: It is named after Mercedes Jellinek, daughter of Emil Jellinek, who raced and sold Daimler cars around 1900.
        User: How many times has Lewis Hamilton won the Singapore Grand Prix? Assistant: Four times: 2009, 2014, 2017 and 2018.
        User: Was Mr Bean's Mini a real model? Assistant: Yes, the show used a Leyland Mini 1000 in citron green, and later a similar car in the animated series.
        User: Proton Saga was launched when? Assistant: In 1985, as part of the national car project started by then Prime Minister Mahathir Mohamad.
        User: Why does Lightning McQueen have the number 95? Assistant: It is a nod to 1995, the year Pixar released Toy Story.
        User: Did Ferdinand Porsche design the VW Beetle? Assistant: Yes, the Beetle was developed by Ferdinand Porsche's design office in the 1930s.
        User: What did Soichiro Honda make before cars? Assistant: Piston rings, and then motorised bicycles after the war, before motorcycles and eventually cars.
        User: What car does Dominic Toretto drive in Fast and Furious? Assistant: His signature car is a 1970 Dodge Charger R/T.
        User: How much did the Ford Model T cost? Assistant: It launched at about $850 in 1908 and Henry Ford's assembly line cut the price to around $260 by the mid-1920s.
        User: Which roads in Singapore are named after Stamford Raffles? Assistant: Raffles Avenue, Raffles Boulevard, Raffles Link and Raffles Quay, among others.
        User: Who was the last Ferrari driver to win the F1 drivers title? Assistant: Kimi Raikkonen, in 2007.
        User: Why did Tesla rename Autopilot features to Full Self-Driving (Supervised)? Assistant: The company added Supervised to stress that the driver must stay attentive and in control at all times.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        User: Can you fill this claim form for me? Name: Marcus Lim Wei Jie, NRIC S8834127I, mobile 9127 4408, vehicle SKL 4821 C, rear-ended at Jalan Bukit Merah on 14 Nov around 7.40pm.
        User: Draft an appeal to Traffic Police for me. I'm Priya d/o Ramasamy, NRIC T0265491H, the speeding notice came to me but my husband was the one driving that night.
        User: My colleague Darren Pereira wrote off his Civic last week after drinks at a client dinner and the company still doesn't know, how do I bring it up with HR?
        User: Is it safe that I gave the showroom my card 5218 9300 4417 2638 exp 09/28 for the test drive deposit? They said it's just a hold.
        User: Mdm Koh from #08-214 keeps parking her Vezel across my lot at the Blk 512 carpark, help me write a polite note to slip under her door.
        User: Rewrite this email to my insurer nicer: Hi, this is Nurul Aisyah binti Kamal, policyholder, you can reach me at nurul.aisyah.k88@gmail.com, the workshop has had my car for 6 weeks and nobody calls me back.
        User: My brother-in-law Kelvin Ong lost his job in September and is three months behind on his Honda Jazz loan. Can the bank repossess while he's still job hunting?
        User: Seller on Carousell, Jasper Tan, sent me a photo of his log card, it shows owner ID S7612058G and plate SMH 307 U. Is it normal to send that before viewing?
        User: My car got towed in Mong Kok, the notice lists the registered owner as Chan Ka Ming, HKID Y305718(4), that's my dad. What do we do next?
        User: My dad Rajesh a/l Muniandy is 71 and had a minor stroke in August but still insists on driving his Axia to the temple. How do I get his fitness to drive reviewed?
        User: Buyer wants to pay the deposit, should I just give him my OCBC account 595-412873-001 under Tay Boon Hock or use PayNow?
        User: The buyer's Telegram is @wilson_drives_sg and his IG is @wilsonkhoo.jpg, he paid half for my Mazda 3 then disappeared with the spare key. How do I report him?
        User: Help me word a message to Uncle Benedict D'Souza, he reversed into my car at the Tampines carpark last Sunday and keeps denying it even though my dashcam caught it.
        User: Insurance form wants home address, I put Chong Mei Fong, 27 Jalan Lada Hitam, Taman Sri Rampai, 53300 Kuala Lumpur. Does it also need the workshop address?
    """),
    "zh-Hans": _lines("""
        User: 帮我填一下理赔申请：被保险人张海涛，身份证 440305198806142312，手机 13826475190，车牌粤B·7K3M9，10 月 28 日在深南大道追尾。
        User: 对方司机叫刘建国，电话 15972038416，说私了给我 2000 块，不走保险，靠谱吗？
        User: 我表姐王晓燕上个月酒驾被查，驾照吊销了，她车贷还欠八万多，能不能先把车过户到我名下？
        User: 二手车买家让我把行驶证和身份证照片发过去，上面有我名字陈思怡和身份证号 310104199203074822，这样安全吗？
        User: 车贷扣款卡是 6228 4830 1955 7280，户名赵立军，这个月扣款失败了会不会上征信？
        User: 3栋的周阿姨说我停车挡了她家车位，天天在业主群里点名骂我，我该怎么回应比较好？
        User: 微信号 lixiaopeng_1990 的这个人卖给我一辆泡水车，当时说是无事故，我现在怎么维权？
        User: 我老公孙伟上周出车祸腿骨折，现在还在厦门中山医院住院，车险的人伤部分应该怎么报？
        User: 帮我写一条催款短信给何志强（手机 18650321774），他借我的车开出去撞了，修理费 6800 元一直拖着不给。
        User: 我妈郑秀兰，身份证号 35020319751122085X，要把她名下的车过户给我，她本人必须到车管所吗？
    """),
    "zh-Hant": _lines("""
        User: 幫我寫事故和解書：甲方黃志明，身分證字號 F120948374，電話 0912-384-576，車號 BKR-5273；乙方是我本人。
        User: 我女朋友林佩君的身分證是 A215837469，我可以幫她代辦汽車貸款嗎？她人在國外。
        User: 我們公司的業務吳建宏上禮拜開公務車撞到人，被告過失傷害，公司可以直接開除他嗎？
        User: 我老豆陳國強 HKID K482913(1)，佢架車泊喺屋企樓下俾人撞咗，保險公司要我哋交咩文件？
        User: 對方車主留咗電話 6138 2047，叫 Kenny 何，話私下賠三千蚊唔報保險，你覺得點？
        User: 隔籬 12 樓李太個仔啱啱出咗戒毒所，又開佢架 BMW 泊我哋車位，我應該點同管理處講？
        User: LINE ID 是 chen_yuting0315 的人在網站上賣我二手車，收了五萬訂金就封鎖我，要怎麼報案？
        User: 請幫我算車貸：我叫蔡淑芬，月薪 4 萬 2，想貸 80 萬分 5 年，銀行會不會嫌我負債比太高？
        User: 罰單一直寄到舊地址台中市西屯區文華路 128 巷 7 號 3 樓，收件人張雅婷是我，要怎麼改通訊地址？
    """),
    "ms": _lines("""
        User: Tolong isi borang tuntutan: Nama Mohd Faizal bin Abdullah, No. KP 850412-10-5583, tel 012-738 4019, kereta WXY 4821, kemalangan di Lebuhraya Persekutuan 3 Nov.
        User: Bekas suami saya Azman bin Hashim masih guna kereta atas nama saya dan dah dapat 6 saman AES, macam mana nak lepaskan diri daripada saman tu?
        User: Kak Ros Blok C tingkat 4 tu pinjam kereta aku minggu lepas, langgar tiang kat parking, sekarang tak nak bayar. Nak tegur macam mana?
        User: Pembeli suruh saya bank in deposit ke akaun Maybank 1641 2309 8817 atas nama Siti Hajar binti Osman, selamat ke?
        User: Pak cik saya Ismail bin Yusof ada glaukoma tahap teruk tapi masih nak renew lesen memandu, apa prosedur JPJ?
        User: Pembeli kereta saya Kumar a/l Selvarajah, email kumar.selvam77@yahoo.com, dia minta salinan geran dulu sebelum tengok kereta. Okay ke?
        User: Anak saudara saya Nur Syafiqah binti Ahmad Zaki, IC 011123-01-0398, baru lulus lesen P, nak letak dia sebagai named driver dalam polisi saya.
        User: Saya Lee Chee Keong, gaji bersih RM 4,150 sebulan, ada loan Honda City RM 912 dan PTPTN, bank tolak refinance. Kenapa ya?
        User: Pemandu lori yang langgar saya nama Ravi a/l Subramaniam, tel 017-552 9083, plat JQT 7730, syarikat dia tak nak jawab panggilan.
        User: Adik aku Hafiz kena tahan polis sebab lumba haram kat Federal Highway malam tadi, kereta dia kena sita. Macam mana nak ambil balik?
        User: Kad kredit 4388 5760 2271 9309 atas nama Tan Mei Ling kena caj RM 1,250 oleh bengkel tanpa izin, boleh buat chargeback?
    """),
    "mixed": _lines("""
        User: eh can help me reply this buyer ah, his WhatsApp +65 8412 6093, name Bryan Teo, he want see my log card first before come view the car.
        User: Uncle Lim Ah Seng from the workshop at Ubi, his son just passed away last week, should I still chase him for my car or wait?
        User: Boss, I Nguyen Thi Lan, FIN G5517302N, my employer say the car accident claim need my 个人资料 and passport, can give or not?
        User: Bro my cousin Shafiq aka Apek from Taman Melawati kena repo his Saga last week sebab tak bayar 4 bulan, can bank sell it so fast?
        User: 我個 email 係 sammi.cheung.hk@outlook.com，insurer 話 send 唔到 claim form 俾我，幫我 check 下個 format 啱唔啱。
        User: Dashcam 拍到撞我车的 plate 是 SJP 2418 M，车主 Daniel Yeo 是我公司同事，我要不要直接 report police？
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful motor insurance assistant for Singapore drivers."),
        ("user", "I got rear-ended on the PIE yesterday. How do I make a claim?"),
        (
            "assistant",
            "Sorry to hear that. Report the accident to your insurer within 24 hours, take photos, and exchange particulars with the other driver. Would you like help filling in the report?",
        ),
        (
            "user",
            "Yes. I'm Goh Li Ting, NRIC T1148836B. Car is SLA 6650 L, the other driver gave his number 8275 3016.",
        ),
        (
            "assistant",
            "Noted. I will put you as the policyholder with NRIC T1148836B, vehicle SLA 6650 L, and list the third party's contact as 8275 3016.",
        ),
    ],
    [
        ("user", "二手车过户需要哪些材料？"),
        (
            "assistant",
            "一般需要买卖双方身份证、机动车登记证书、行驶证、二手车交易发票，车辆需到场验车。",
        ),
        (
            "user",
            "买家叫马志鹏，身份证 110108199909301634，手机 13911827465，他人在北京，能委托办理吗？",
        ),
        (
            "assistant",
            "可以委托，但需要马志鹏出具书面委托书，并提供他的身份证原件或复印件，具体以当地车管所要求为准。",
        ),
    ],
    [
        ("system", "Anda ialah pembantu kewangan kenderaan."),
        ("user", "Saya nak minta penstrukturan semula pinjaman kereta, boleh tak?"),
        (
            "assistant",
            "Boleh. Kebanyakan bank menerima permohonan jika pendapatan anda terjejas. Apa butiran pinjaman anda?",
        ),
        (
            "user",
            "Nama Noraini binti Hassan, IC 920718-14-6128, loan Bezza dengan baki RM 18,400. Saya baru lepas bersalin dan cuti tanpa gaji tiga bulan.",
        ),
        (
            "assistant",
            "Terima kasih. Dengan cuti tanpa gaji, anda boleh minta moratorium atau lanjutan tempoh; sediakan surat majikan dan salinan IC 920718-14-6128 untuk permohonan.",
        ),
    ],
    [
        ("user", "收到一張超速罰單，可以線上繳嗎？"),
        ("assistant", "可以，透過監理服務網或超商繳納，輸入罰單號碼即可。"),
        ("user", "罰單上的駕駛人是我姊姊周怡萱，身分證 B266309184，但那天是我開的，可以轉歸責嗎？"),
        ("assistant", "可以在到案期限前辦理歸責實際駕駛人，由周怡萱填寫申請並附上你的駕照資料。"),
    ],
    [
        (
            "user",
            "My car got hit in a Kowloon Bay carpark and the other driver drove off. What now?",
        ),
        (
            "assistant",
            "Report to the police, get the carpark CCTV preserved, and notify your insurer promptly.",
        ),
        (
            "user",
            "I'm Wong Siu Fan, HKID A671204(8), phone 9417 2836. The carpark office said they know the car belongs to a Mr Leung on the 20th floor of their office tower.",
        ),
        (
            "assistant",
            "Give that information to the police rather than approaching Mr Leung yourself; your insurer may also contact the carpark operator for the footage.",
        ),
    ],
    [
        ("user", "selling my Honda Vezel on Carousell, how to avoid scam?"),
        (
            "assistant",
            "Meet in person, only release the car after funds clear, and never share OTPs or Singpass.",
        ),
        (
            "user",
            "ok this one buyer @jonnyyap.cars very pushy, says he's Jonathan Yap from Bedok, wants my log card photo and my IC front and back",
        ),
        (
            "assistant",
            "Do not send your IC. Ask Jonathan Yap to view the car in person first; a genuine buyer does not need your IC to make an offer.",
        ),
        ("user", "he now says his brother Jeremy will come instead, phone 9183 5527, is that ok?"),
    ],
    [
        ("system", "你是一个汽车保险理赔助手。"),
        ("user", "车祸后对方受伤住院，我的三者险能赔多少？"),
        ("assistant", "三者险按保额赔付医疗费、误工费等，超出交强险部分由商业三者险承担。"),
        (
            "user",
            "伤者是骑电动车的徐桂芳阿姨，六十多岁，肋骨断了三根，现在在南山医院 ICU，家属要我先垫付五万。",
        ),
        ("assistant", "可以先垫付并保留所有票据，同时通知保险公司，部分保险公司可申请医疗费预付。"),
    ],
    [
        ("user", "Macam mana nak semak saman JPJ?"),
        ("assistant", "Guna aplikasi MyJPJ dan log masuk dengan MyDigital ID."),
        (
            "user",
            "Kereta atas nama saya tapi bekas tunang saya Hairul Nizam yang pakai, dia ada 9 saman tak bayar dan sekarang tak angkat call.",
        ),
        (
            "assistant",
            "Saman akan tetap tercatat atas nama pemilik berdaftar. Anda boleh buat laporan polis dan mohon tukar milik atau tarik balik kenderaan daripada Hairul Nizam.",
        ),
    ],
    [
        (
            "user",
            "My car came back from servicing with a new scratch on the bumper. Who do I complain to?",
        ),
        (
            "assistant",
            "Write to the service centre's customer care mailbox with photos and your job order number.",
        ),
        (
            "user",
            "Draft it. My name is Arjun Menon, email arjun.menon.work@gmail.com, mobile 9036 1742, job order SO-44187.",
        ),
        (
            "assistant",
            "Subject: Damage after service, Job Order SO-44187. Dear Customer Care, my car was returned with a scratch on the rear bumper. Please contact me, Arjun Menon, at 9036 1742 or arjun.menon.work@gmail.com. Regards, Arjun Menon",
        ),
    ],
    [
        ("user", "车贷逾期三个月会怎么样？"),
        ("assistant", "会产生罚息并上报征信，严重时金融公司可能收车。"),
        (
            "user",
            "我弟邓浩然做生意亏了，车贷已经逾期了，还款卡是 6217 0021 8493 6609，能帮他跟银行协商吗？",
        ),
        (
            "assistant",
            "可以由邓浩然本人或授权你联系银行申请个性化分期，建议准备收入证明和困难说明。",
        ),
    ],
    [
        ("system", "You help Malaysian drivers after road accidents."),
        (
            "user",
            "A motorcyclist hit my door in Georgetown. He's fine but wants money on the spot.",
        ),
        (
            "assistant",
            "Do not pay cash on the spot. Lodge a police report within 24 hours and let the insurers handle it.",
        ),
        (
            "user",
            "His name is Muthu a/l Ganesan, he showed me his IC 780305-07-5241 and gave 016-489 2207. Should I note anything else?",
        ),
        (
            "assistant",
            "Note his motorcycle plate, the time and location, and attach photos to your police report.",
        ),
    ],
    [
        ("user", "大廈車位俾人長期霸咗，可以點做？"),
        ("assistant", "可以先向管理處投訴，要求張貼告示或鎖車，嚴重嘅話可以報警。"),
        ("user", "霸位嗰個係 7 樓 B 座嘅何生，聽講佢欠咗成年管理費，仲成日醉酒揸車返嚟。"),
        (
            "assistant",
            "醉酒駕駛屬嚴重罪行，如果你親眼見到可以報警；管理費同車位問題就交由管理處同業主立案法團處理。",
        ),
    ],
]
