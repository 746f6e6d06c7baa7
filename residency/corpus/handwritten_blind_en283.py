# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en283: SG/MY hearing-aid centres and audiology clinics (hearing tests, audiograms, hearing-aid fittings and trials, subsidies and grants, repairs and batteries, tinnitus counselling). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en283
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "clinic_notices"): _lines("""
        NOTICE: Our Tampines Hub outlet will be closed on 25 Dec 2026 (Christmas Day). Battery collection and cleaning resume 26 Dec, 10am to 7pm. For urgent repairs call 6786 2210.
        Hearing test slots under the Seniors' Mobility and Enabling Fund (SMF) are fully booked until 15 Jan 2027. Please bring your NRIC and CHAS card on the day of assessment.
        Free hearing screening for Pioneer and Merdeka Generation seniors every Saturday at the Residents' Network centre, Blk 512 West Coast Drive #01-305, 9am to 12pm, while slots last.
        Please switch off mobile phones inside the sound booth. Pure-tone audiometry takes about 20 minutes; speech testing and tympanometry add another 15 minutes.
        Wax removal by microsuction is done by our ENT partner at Mount Elizabeth Novena, Level 8. If you have ever had a perforated eardrum, inform the front desk first.
        Reminder: never leave hearing aids in a parked car under the Singapore sun. Heat above 50°C can crack the receiver housing and will void the Phonak warranty.
        Batteries size 312 (brown tab) and 13 (orange tab) are back in stock. Limit of 6 packs per customer during the Rayovac restock period ending 31 Dec.
        Tinnitus support group meets on the first Thursday of every month, 7.30pm, at our Novena Medical Center clinic, 10 Sinaran Drive #09-15. Walk-ins welcome, no fee.
        Our Penang branch has moved to Gurney Paragon Mall, 163D Persiaran Gurney, Level 3, from 1 November. WhatsApp 016-455 9021 for appointments (business line, 10am to 6pm).
        Hearing aid trial units must be returned within 14 days in the original case with all domes and chargers. A RM150 cleaning fee applies to units returned with wax-clogged filters.
        Effective 1 Jan 2027 the consultation fee for walk-in audiograms at the Kuala Lumpur flagship (Menara Hap Seng, Jalan P. Ramlee) is revised from RM80 to RM95.
        Newborn hearing screening referrals from KK Women's and Children's Hospital: please present the referral letter and the child health booklet at Counter 3.
        Hari Raya Aidilfitri hours: all Klang Valley outlets are closed on the first two days; the Sunway Pyramid kiosk LG1.88 reopens on the third day from 11am.
    """),
    ("en", "price_list"): _lines("""
        Phonak Audéo Lumity L90-R (rechargeable RIC), per pair: S$7,980 before subsidy; SMF subsidy up to 90% for eligible Singapore Citizens, subject to means test.
        Oticon Intent 1 miniRITE R, SKU OT-INT1-MRR-BLK, RM 14,600 per pair incl. 3-year warranty, 4 free fine-tuning sessions and a SmartCharger.
        Signia Silk Charge&Go IX 7 (instant-fit CIC), SKU SG-SLK7IX-MOC, S$4,450 per ear; no custom shell needed; includes 2 sets of click sleeves.
        Diagnostic audiogram (air + bone conduction, speech audiometry): S$90 | Tympanometry: S$35 | Otoacoustic emissions screening: S$60 | Report letter: S$25.
        Repair tier B (receiver replacement, reshelling excluded): S$180 out of warranty; Tier C (amplifier or microphone): S$320; manufacturer turnaround 7 to 10 working days.
        Zinc-air batteries size 10 (yellow) pack of 6: RM9.90; box of 60: RM88.00; PowerOne and Rayovac brands available, expiry date printed on every card.
        Custom swim plugs (silicone, pair, 5 colour options): S$120; musicians' ER-15 filtered plugs: S$280; noise plugs for shift workers: S$95.
        ReSound Nexia 9 RIE, bundle code RSN9-RIE-2P, RM 11,200 for two units; trade-in rebate RM800 for any working behind-the-ear device older than 5 years.
        Tinnitus counselling package (4 sessions x 45 min, incl. sound generator programming): S$420; single session S$130; follow-up call free within 30 days.
        Widex Moment Sheer 440 sRIC R D, per unit S$3,900; Widex Zen tinnitus programme included; 60-day trial period at the Plaza Singapura outlet.
        Starkey Genesis AI 24 custom ITE, SKU STK-GAI24-ITE, HK$26,800 per pair at our Mong Kok branch; impression and ear-mould fees waived this quarter.
        Loss and damage cover (1 claim per year, excess S$350): S$240 per device per year; valid for devices bought from 1 Mar 2026 only; underwriter: Income Insurance.
        Paediatric fitting (under 16): real-ear measurement, Roger receiver set-up and 2 school visits, RM650; Roger Touchscreen Mic rental RM60 per month.
    """),
    ("en", "faq"): _lines("""
        Q: Am I eligible for the Seniors' Mobility and Enabling Fund? A: Singapore Citizens aged 60 and above who meet the means test and are assessed by an audiologist may apply through AIC.
        Q: How long does a hearing aid battery last? A: Size 10 about 3 to 5 days, size 312 about 5 to 7 days, size 13 around 10 days, size 675 up to 2 weeks, depending on streaming.
        Q: Can SOCSO (PERKESO) pay for my hearing aid? A: Insured workers with occupational noise-induced hearing loss may claim under the Employment Injury Scheme with a medical report.
        Q: Why does my aid whistle? A: Feedback usually means the dome is loose, the ear canal has wax, or the tubing has hardened; book a free check and bring the charger case.
        Q: Is the hearing test painful? A: No. You wear headphones in a soundproof booth and press a button whenever you hear a beep; young children do play audiometry instead.
        Q: Can I use MediSave for hearing aids? A: Hearing aids are not MediSave-claimable; ask our counter about SMF, or the Assistive Technology Fund from SG Enable for students and workers.
        Q: What is a trial fitting? A: We programme a demo pair to your audiogram and lend it for 7 days so you can try it at home, at work and in a noisy kopitiam before deciding.
        Q: The school needs a hearing report for my grandchild, how? A: Request a report letter at the counter; we send it to the school only with a parent's written consent.
        Q: Can I shower with a rechargeable aid? A: Most current models are rated IP68 against splashes and sweat, but please remove them for showers, swimming and the sauna.
        Q: What does moderate sensorineural loss on my audiogram mean? A: Thresholds of roughly 41 to 55 dB HL caused by inner-ear hair-cell damage rather than a blockage.
        Q: Where is your Johor Bahru clinic? A: Level 2, KSL City Mall, 33 Jalan Seladang, Taman Abad, 80250 Johor Bahru; the nearest bus stop is opposite the mall entrance.
        Q: Do you repair other brands? A: Yes, we service Phonak, Oticon, Signia, Widex, ReSound, Starkey, Bernafon and Unitron; Siemens-era devices depend on parts availability.
        Q: How do I reach you after hours? A: Email care@earwise.com.sg or message our WhatsApp Business line +65 8123 4470; replies are sent on the next working day.
    """),
    ("en", "staff_group_chat"): _lines("""
        Morning team, Booth 2 calibration cert expired yesterday, don't run any audiograms in there until the Interacoustics tech comes at 2pm ok.
        Courier from Sonova picked up 7 repair bags, tracking DHL 4839201756, ETA back from the Singapore lab next Wed. Pls update the repair log by EOD.
        SMF claims for November must reach the AIC portal by 5 Dec, admin pls check all means-test letters are scanned before submit, batch ID SMF-2611-07.
        Stock count done, 312 batteries only 14 cards left at Toa Payoh, can Jurong Point outlet transfer 40 cards over tomorrow? I'll raise TO-20261207-03.
        Noah 4.16 update is out, don't install on the fitting laptop in Room 3 yet, Phonak Target still crashing on the new version according to the vendor.
        Walk-in at 3pm asking for Lyric extended-wear trial, we not certified at this branch, pls redirect to Orchard outlet and don't quote price over phone.
        Aircon in the waiting area leaking again lah, facilities ticket FM-55812 logged with Novena Medical Center management, put the wet floor sign first.
        Oticon rep coming Thurs 11am for Intent product training, all audiologists pls attend, lunch provided, 2 CPE points claimable.
        Invoice INV-2026-11874 from Widex for demo units is wrong, charged 12 units instead of 10, finance pls hold payment until the credit note comes.
        Reminder: wipe headphones and bone conductors with alcohol swabs after every client, infection control audit is this Friday 10am.
        Anyone seen the spare otoscope (Welch Allyn MacroView)? It was in the drawer under Counter 1 last night, inventory tag EQ-0193.
        Malaysia side update: KL flagship hit RM182k sales in Nov, Penang RM96k, JB RM74k, well done all, bonus memo will come from HR next week.
        Pls don't post client audiograms in this chat, use the clinic system only, PDPA audit next month and we must be clean ok thanks.
    """),
    ("en", "config_and_logs"): _lines("""
        2026-12-07T09:14:22+08:00 INFO fitting-svc session=FS-88213 device=PHK-L90R-R side=L firmware=2.3.1 gain_profile=NAL-NL2 status=OK
        2026-12-07T09:15:03+08:00 WARN audiometer-bridge booth=2 transducer=TDH39 calib_due=2026-12-06 action=BLOCK_TEST outlet=SG-NOV-01
        appointments.reminder.sms.template = Your hearing test at {outlet_name} is on {date} at {time}. Reply Y to confirm. Helpline 6250 8811.
        SELECT outlet_code, COUNT(*) AS fittings FROM fittings WHERE fitted_at >= '2026-11-01' AND brand IN ('Oticon','Signia') GROUP BY outlet_code;
        [battery-pos] 2026-12-06 18:02:41 SALE rcpt=RCP-TPY-0045521 sku=BAT-312-RAY-6 qty=3 unit=3.50 total=10.50 pay=NETS
        smtp: host: smtp.earwise.com.sg, port: 587, from: no-reply@earwise.com.sg, reply_to: appointments@earwise.com.sg, tls: true
        def classify_loss(pta_db: float) -> str: return 'normal' if pta_db <= 25 else 'mild' if pta_db <= 40 else 'moderate' if pta_db <= 70 else 'severe'
        audiogram_export v1.4 columns=freq_hz,ac_right_db,ac_left_db,bc_right_db,bc_left_db,masking,test_date,outlet_code
        2026-12-05 11:48:09 ERROR repair-tracker RMA=RMA-OTI-771204 carrier=POSLAJU tracking=EN384920175MY status=CUSTOMS_HOLD retry=3
        docker run -d --name noah-sync -e OUTLET=KL01 -e API_BASE=https://api.example-hearing.my/v2 -e TZ=Asia/Kuala_Lumpur noah-sync:1.8.0
        sha256(firmware/ReSound_Nexia_RIE_1.6.2.bin) = 9f2c4e71a0b35d88e6c1f04b7a92d3e5c8b1a6f7d0e4c9b2a5f8e3d7c6b1a0f9
        subsidy_rules.yaml: smf: {min_age: 60, max_pchi_sgd: 2800, max_subsidy_pct: 90, requires_audiologist_assessment: true}
        GET /api/v2/outlets/SG-NOV-01/slots?date=2026-12-09&service=PTA 200 OK 42ms cache=HIT user_agent=EarWiseApp/3.7.2 (Android 14)
    """),
    ("ms", "notis_dan_soalan_lazim"): _lines("""
        Makluman: Pusat Pendengaran kami di Mid Valley Megamall, Lot S-047, tutup pada 1 Januari 2027 sempena Tahun Baharu. Perkhidmatan bateri dibuka semula 2 Januari.
        Ujian pendengaran percuma untuk warga emas berumur 60 tahun ke atas setiap Sabtu pertama di Dewan Orang Ramai Seksyen 7 Shah Alam, 9 pagi hingga 1 petang.
        Soalan: Adakah PERKESO menanggung kos alat bantu pendengaran? Jawapan: Pencarum yang layak di bawah Skim Bencana Pekerjaan boleh memohon dengan laporan perubatan.
        Bateri saiz 13 (oren) dijual RM10.50 sepapan; beli 10 papan percuma satu berus pembersih. Tawaran sah sehingga 31 Disember atau selagi stok masih ada.
        Alat bantu pendengaran tidak boleh dibasuh dengan air. Lap dengan kain kering setiap malam dan simpan dalam kotak pengering bersama kapsul desikan.
        Pemegang kad OKU yang berdaftar dengan Jabatan Kebajikan Masyarakat boleh memohon bantuan alat sokongan; borang boleh didapati di kaunter atau laman web JKM.
        Waktu operasi bulan Ramadan: Isnin hingga Jumaat 9.30 pagi hingga 5.30 petang, Sabtu 10 pagi hingga 2 petang. Talian am 03-2282 6610, WhatsApp perniagaan 011-2345 8870.
        Kaunseling tinnitus secara berkumpulan diadakan di cawangan Ipoh, Jalan Sultan Idris Shah, setiap Rabu minggu kedua, jam 3 petang, yuran RM40 seorang.
        Pembaikan di luar waranti mengambil masa 10 hingga 14 hari bekerja kerana alat dihantar ke makmal pengeluar di Singapura; anggaran kos diberi sebelum kerja dimulakan.
        Tempoh percubaan alat bantu pendengaran ialah 14 hari. Sila pulangkan alat dalam keadaan baik bersama pengecas; deposit RM500 dikembalikan dalam 7 hari bekerja.
        Syarikat kami berdaftar dengan SSM, No. Pendaftaran 201801034567 (1294471-K), dan semua audiologis berdaftar dengan Majlis Profesion Kesihatan Bersekutu Malaysia.
        Ibu bapa dinasihatkan membawa anak untuk saringan pendengaran jika bayi tidak terkejut dengan bunyi kuat atau belum bercakap pada umur 18 bulan.
        Untuk pertanyaan korporat dan program saringan pendengaran di kilang, sila emel korporat@dengarjelas.com.my atau hubungi 1-300-88-3327 pada waktu pejabat.
    """),
    ("zh-Hans", "产品列表"): _lines("""
        【新品上架】峰力 Phonak Audéo Lumity L70-R 充电式耳背式助听器，单只售价新币3,280元，含三年原厂保修及两次免费调机服务，适合轻度至重度听力损失，新加坡各门店均有现货。
        奥迪康 Oticon Intent 1 miniRITE R，型号 OT-INT1-MRR，马币7,300元/只，支持蓝牙直连安卓及苹果手机，配原装充电盒，吉隆坡旗舰店提供七天免费试戴服务。
        西嘉 Signia Pure Charge&Go 7IX，颜色：深香槟，SKU SG-PCG7IX-DCH，新币4,150元/只，附赠一年电池损耗保障，须先完成纯音测听方可验配，欢迎预约。
        唯听 Widex Moment Sheer 330 耳道式定制款，制作周期约10个工作日，港币18,500元/对，旺角门店可先取耳模，本月取模费全免，名额有限请提前预约。
        瑞声达 ReSound Nexia 7 RIE，马币5,600元/只，支持 Auracast 广播音频，适合经常出席讲座或在宗教场所听讲的顾客，槟城及新山门店均有样机可试听。
        助听器电池 A312 型（棕色贴纸）六粒装新币3.50元，整盒60粒新币32元，品牌 Rayovac、PowerOne，有效期至2029年，购满两盒送电子除湿盒一个。
        电子干燥盒 DRY-ZP2，紫外线杀菌加热烘干，每晚使用8小时可延长助听器寿命，马币289元，适用于所有耳背式和耳内式助听器，门店及网店同价。
        儿童专用 Phonak Sky Lumity 防水耳背机，多种鲜艳外壳颜色可选，可配合 Roger 无线麦克风在课堂使用，让孩子听得更清楚，请先预约儿科听力评估。
        耳鸣声治疗功能说明：Oticon Tinnitus SoundSupport 内置海浪声、白噪声等多种声音，可在 Companion App 中自行调节音量，功能费用已含在主机价格内。
        二手翻新机清仓：斯达克 Starkey Livio 2400 耳内式，经原厂检测，保修六个月，新币1,200元/只，数量有限，仅限义顺门店销售，先到先得，售完即止。
        耳垢防护滤网 CeruShield Disk 每卡8片新币12元；Oticon ProWax miniFit 每盒6片新币14元；建议每两周更换一次，详情请向门店听力师咨询。
        助听器防丢挂绳（夹式，硅胶材质，适合长者及儿童），每条马币25元，多色可选，订单号以 EW-MY- 开头的网店订单均可在门店自提，无需另付运费。
        骨导助听器 Oticon Ponto 5 Mini 试戴服务，适用于传导性及混合性听力损失，须由耳鼻喉专科医生转介，诺维娜门店可预约试听，费用另计，详情请来电。
    """),
    ("mixed", "business_reviews"): _lines("""
        5 stars. Went to Kwong Wah Hearing Centre at Peninsula Plaza for my dad's hearing aid repair, siap dalam 3 hari, price very reasonable, staff can explain in Cantonese also.
        Service memang terbaik lah, the audiologist buat hearing test very thorough, explained the audiogram step by step, no hard selling at all. Recommended for Phonak users.
        2/5. Booking online say 10am, reach there wait until 11.15 still not called. 服务态度还可以但是等太久了. Parking at Sunway Pyramid also very expensive on weekends.
        Bought Signia Silk here last year, now the left one spoil already. Warranty claim smooth, they lend a loaner unit same day, 谢谢 the team at Jurong Point branch.
        Clean clinic, ada ramp untuk wheelchair, 5 min walk from Novena MRT exit B. Prices on the board clearly, no hidden charge, 值得推荐给家里的老人家.
        Ah Kow Hearing & Optical in Ipoh old town is old school but solid, the towkay fixed an old Siemens BTE for RM60 only, kedai lama tapi boleh percaya.
        Tinnitus counselling sessions helped a lot, 耳鸣还在但是睡得好多了. They taught sound therapy with the Widex Zen app, worth the S$130 per session honestly.
        1 star. Kena pressure to upgrade to the top model Oticon Intent 1, told them budget only RM6k, still push push push. 不会再来了, go elsewhere better.
        Came for the free SMF screening at the CC, very organised, volunteers help the aunties and uncles fill forms in Mandarin, Malay and Tamil. Good job team Tampines.
        Battery price at this shop cheaper than Guardian, RM9.90 for 6, and they check expiry date for you. Small shop but ok lah, parking at Jalan Ipoh side easy.
        Paediatric audiologist very gentle with babies during the OAE retest after newborn screening, 整个过程不到半小时, results explained clearly to parents.
        Google Maps pin is wrong, the clinic actually at Level 4 of Lucky Plaza, not basement. Lift lobby B is nearest. Otherwise service ok, 4 stars.
        Beethoven also could not hear, but now we got technology haha. Seriously the Phonak Naída trial changed my life, boleh dengar cucu bercakap lagi.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Patient: Tan Boon Keng, NRIC S1847362C, DOB 14/03/1952. Audiogram 02/12/2026: moderate-to-severe SNHL bilateral, PTA R 62 dB / L 58 dB. Fitted Oticon Intent 2.
        Mdm Rajeswari d/o Kandasamy called again about her SMF means-test letter, per-capita income S$1,150, son lost his job in October so she cannot top up the balance.
        Please call Mr Hafiz back on 9734 2816, his hearing aid fell into the toilet at home and he needs a loaner before his court hearing on Monday.
        Ship repaired aids to: Mrs Goh Siew Lan, Blk 218 Bishan Street 23 #08-145, Singapore 570218. Contact 8162 0475. Courier ref DLV-5521073.
        NRIC for the AIC claim: S2961058D (SMF application ref SMF-2611-07-042)
        Jonathan Lim Wei Jie, 34, tinnitus since a road accident in August, on antidepressants from IMH since September, wants counselling but cannot afford more than S$50 a session.
        Ms Nurul Ain binti Zakaria (MyKad 850917-14-6238) asked us to email her audiogram to nurulain.zakaria85@gmail.com for her PERKESO claim.
        Trial device S/N 2241X0913 lent to Mr Ong Chee Beng, 61, returned late; he says his wife hid it because she is against spending on aids while their HDB loan is in arrears.
        Only note on the card: Uncle Bobby from Bedok, the one with the cochlear implant on the right side, says he will come for batteries Friday.
        Refund RM2,400 for cancelled trial to Maybank acct 1140 2287 9632, account holder Siti Hajar Mohd Yusof, per her request dated 3 Dec.
        Walk-in Mr Arjun Pillai says his employer at the Jurong shipyard refuses to report his noise-induced hearing loss to MOM; he is scared of losing his work permit.
        client_id,name,nric,phone,loss_grade,device -> C-10452,Lee Mei Ling,S7715023D,91234876,severe,Phonak Naida P70-UP
        Mrs Chong is 7 months pregnant and reports a sudden hearing drop in the left ear since Sunday; GP referred her to ENT at KKH, audiogram booked 9 Dec 10am.
        FIN G5502871R, Mohammad Rafiqul Islam, construction worker, employer paying for left-ear BTE; his work permit expires in March so fitting must be done before then.
        2026-12-06 14:22:10 sms.sent to=+6598312047 template=appt_reminder client=C-11873 name='Koh Ah Lian' outlet=SG-TPY-02
        Email from daniel.teo.wk@hotmail.com: my dad Teo Kim Hock has dementia and keeps throwing away his aids, can you engrave our number 8745 2290 on the case?
        Outstanding balance: Mr Saravanan Muthu owes S$1,860 on the ReSound Nexia instalment plan, 3 months overdue, cheque returned twice. Do not release the repair until paid.
        Ms Priya Nair's car SGX 4418K was towed from our loading bay with her new aids in the glovebox, please help her call the towing company.
        Madam Wong Lai Chee, 78, lives alone in Ang Mo Kio; her daughter in Perth says she has early Parkinson's and may not manage the tiny battery doors.
        Ethan Koh, 9, Primary 3 in Sengkang, diagnosed with auditory processing disorder; parent wants the report withheld from the school because he is being bullied.
        Caller left number 012-688 4091, said to call only after 6pm because her husband doesn't know she is getting hearing aids.
        Mr Tay Kok Wah asks us not to release his audiology records to his ex-wife's divorce lawyer; new address 12 Jalan Kembangan #03-02, Singapore 419171.
    """),
    "zh-Hans": _lines("""
        陈先生（身份证号440304195807143026）从深圳过来新加坡配助听器，听力图显示右耳重度感音神经性聋，要求把报告发到他微信。
        林太上周来调机时说老公欠了大耳窿一大笔钱，家里电话老是被追债的打，叫我们以后只打她手机 9026 3318。
        阿明的妈妈打电话来说阿明在工厂做工被噪音搞到耳鸣，晚上睡不着，老板不肯出医药费，问我们有没有便宜一点的方案。
        客户资料：黄丽华，女，身份证350203196209231545，住址厦门市思明区莲花南路18号3栋1204室，电话13859207746，验配西嘉 Pure 7IX 双耳。
        张伯伯（住新山 Taman Pelangi）说他女儿在新加坡离婚了，孙子判给对方，现在心情很差，耳鸣更严重，想预约耳鸣辅导。
        退款请转到王建国的中国工商银行账户 6222 0212 0098 4471 553，试戴机已经寄回，顺丰单号 SF1420983361570。
        李秀英阿姨今天做测听时哭了，说刚确诊乳腺癌要做化疗，担心化疗药物会影响听力，请听力师下次多花点时间跟她解释。
        会员号 EW-SG-20418 的刘志强先生，手机 +65 9188 2035，电邮 liuzq1975@qq.com，上个月的维修费 180 新币还没付。
    """),
    "zh-Hant": _lines("""
        何太（HKID K384615(6)）話佢老公中風之後聽力差咗好多，想申請社署撥款買助聽器，請聽力學家幫手寫份報告。
        陳志偉先生，電話 6123 8874，住九龍城衙前圍道 88 號 5 樓 B 室，預約 12 月 10 日下午三時於旺角分店驗耳。
        台灣客戶林美玲（身分證 A220394588）來新加坡探親時助聽器壞了，需要把維修報價寄到 meiling.lin0611@gmail.com。
        周生話佢個仔上個月吸毒被捕，而家冇錢還助聽器分期，求我哋暫停追數三個月，佢會再聯絡。
        澳門客戶梁家豪，電話 +853 6688 1427，左耳突發性耳聾，正在鏡湖醫院覆診，想預約助聽器試戴。
        吳先生（身分證 F128473025）在台北的公司因為他聽力變差把他調職降薪，月薪從 68,000 降到 45,000 元，他想要一份聽力證明去勞工局申訴。
    """),
    "ms": _lines("""
        Encik Kamarul Arifin bin Ismail, No. KP 670824-08-5571, pesara polis dari Ipoh, dipasang alat Oticon Real 1 pada 4 Disember, bayaran ditanggung PERKESO.
        Puan Faridah minta kami hubungi anaknya di 013-772 5049 sahaja kerana suaminya tidak tahu dia ada hutang ansuran alat pendengaran sebanyak RM3,200.
        Alamat penghantaran: Zulkifli bin Abdullah, No. 27, Jalan Mawar 3, Taman Sri Rampai, 53300 Kuala Lumpur. Tel 019-331 8825.
        Cik Aisyah, 29, mengandung anak kedua, mengadu telinga berdengung teruk sejak trimester ketiga; doktor O&G di Hospital Ampang rujuk ke klinik kami.
        No. akaun CIMB 7062 1189 4401 milik Lim Siew Ping untuk pemulangan deposit percubaan RM500, sila proses sebelum 15 Disember.
        Pak Long Hassan dari Kampung Baru tu pendengaran dia makin teruk lepas kena strok, anak-anak dia bergaduh siapa nak bayar alat baru.
        Borang bantuan JKM: pemohon Muthu a/l Ramasamy, KP 550117-07-5233, pendapatan isi rumah RM1,200 sebulan, tinggal bersama isteri yang menghidap kanser.
        Log WhatsApp 2026-12-05 20:14 dari +60 12-508 9937: Saya Nadia, anak Encik Rosli, ayah saya kena tangkap semalam, tolong batalkan temujanji dia esok.
    """),
    "mixed": _lines("""
        Aunty Mei Fong (9117 2204) say her Phonak spoil again, 她说是孙子丢进水里的, can claim under insurance or not? Policy no. EW-INS-882104.
        Boss, Encik Razak Blk 403 Tampines St 41 #11-220 punya hearing aid courier sampai already or not? 他一直打电话来问.
        Ah Huat's son called, 他爸爸 diagnosed with dementia already, cannot remember how to charge the Oticon, asking whether can do home visit at Kuchai Lama.
        Refund for Ms Kavitha Subramaniam dah approve, transfer ke Public Bank 4-8231-6694-02, 麻烦 finance today settle ya.
        Pls note: Mr Benjamin Chua 蔡俊杰, S4406193G, 有糖尿病和高血压, sudden hearing loss right ear, ENT suspect stroke, DON'T fit until cleared by doctor.
        Customer row: Nor Azlina Hamzah | azlina.hamzah@yahoo.com.my | +60 17-283 4456 | Taman Tun Dr Ismail | tinnitus, anxiety, tolong masukkan ke CRM.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant of EarWise Hearing Centre, Singapore. Help clients book hearing tests, buy batteries and understand subsidies.",
        ),
        (
            "user",
            "Hi, I want to book a hearing test for my mother, Mdm Lim Ah Moi, 82, NRIC S0624518H. She stays with me at Blk 115 Yishun Ring Road #06-512. My number is 9650 1182.",
        ),
        (
            "assistant",
            "Thank you. I can hold a slot at our Yishun outlet on Tuesday 15 Dec at 10am. Please bring Mdm Lim's NRIC and CHAS card. Would you like me to check SMF eligibility as well?",
        ),
        (
            "user",
            "Yes please, she only has her CPF payout, around S$600 a month, and I am the only child supporting her.",
        ),
        (
            "assistant",
            "Based on that, she is likely to qualify for a high SMF subsidy tier. The audiologist will confirm after the test and help you submit the means-test form to AIC.",
        ),
    ],
    [
        (
            "user",
            "帮我写一封信给新加坡的助听器中心，说明我父亲周国华（身份证号11010819490605281X）在北京已经做过听力测试，结果是双耳中度听力损失，想在新加坡女儿家住期间验配助听器。",
        ),
        (
            "assistant",
            "好的，以下是草稿：尊敬的听力中心：您好！我父亲周国华先生（身份证号11010819490605281X）近期在北京完成了听力测试，结果为双耳中度听力损失。他将于12月在新加坡女儿家暂住，希望在此期间预约验配助听器。附件为北京的听力图，烦请安排。此致敬礼。",
        ),
        ("user", "再加上我的联系方式：周敏，电话 +65 8832 0419，邮箱 zhoumin.sg@163.com。"),
        (
            "assistant",
            "已加上：联系人周敏，电话 +65 8832 0419，邮箱 zhoumin.sg@163.com。如需英文版本，我也可以帮您翻译。",
        ),
    ],
    [
        (
            "system",
            "Anda ialah pembantu maya untuk pusat pendengaran di Malaysia. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Saya Roslan bin Hamid, KP 720405-01-6397, kerja kilang di Pasir Gudang 20 tahun. Doktor panel kata saya ada hilang pendengaran sebab bising. Boleh tuntut PERKESO tak?",
        ),
        (
            "assistant",
            "Encik Roslan, hilang pendengaran akibat bising di tempat kerja boleh dikategorikan sebagai penyakit khidmat. Anda perlu laporan perubatan dan audiogram, kemudian majikan atau anda sendiri boleh mengemukakan tuntutan di pejabat PERKESO berdekatan.",
        ),
        ("user", "Majikan saya tak mahu tolong, dia ugut nak buang kerja kalau saya buat aduan."),
        (
            "assistant",
            "Anda masih boleh menghantar tuntutan sendiri tanpa majikan. Jika diugut, anda juga boleh merujuk kepada Jabatan Tenaga Kerja. Simpan semua mesej ugutan sebagai bukti.",
        ),
    ],
    [
        (
            "system",
            "Clinic CRM context: client C-20931, Mr Gopal Krishnan, 66, tel 9481 3357, email gopal.k1960@gmail.com. Audiogram 2026-11-28: R 55 dB, L 70 dB PTA, asymmetric loss, ENT MRI pending to rule out acoustic neuroma.",
        ),
        ("user", "Summarise this client's status for the audiologist handover note."),
        (
            "assistant",
            "Handover: Mr Gopal Krishnan (C-20931), 66. Asymmetric sensorineural loss, left worse (PTA R 55 dB, L 70 dB) on 28 Nov. ENT has ordered an MRI to exclude acoustic neuroma; hold the fitting until results are back. Contact 9481 3357.",
        ),
    ],
    [
        (
            "user",
            "我媽媽林太（林陳秀琼）住喺觀塘，佢今年 79 歲，耳仔好差，想問長者醫療券可唔可以用嚟買助聽器？我電話係 9321 5508。",
        ),
        (
            "assistant",
            "長者醫療券可以用於登記醫療專業人員提供的服務，部分私營聽力中心的驗耳服務可以使用，但助聽器本身能否使用要視乎中心安排，建議預約時先查詢。",
        ),
        ("user", "佢上年跌倒撞到頭之後聽力先差咗，仲有輕度認知障礙，會唔會影響驗耳？"),
        (
            "assistant",
            "跌倒後出現的聽力下降應先讓耳鼻喉科醫生檢查。輕度認知障礙通常不影響基本的純音測聽，但聽力學家可能會放慢步驟，建議家人陪同。",
        ),
    ],
    [
        (
            "user",
            "I've had ringing in my ears for 6 months, 我真的很辛苦. Lost my job at the bank in September because I couldn't focus. Name is Chew Li Ting, can you suggest tinnitus therapy in KL?",
        ),
        (
            "assistant",
            "I'm sorry you're going through this. In KL, audiology clinics offer tinnitus counselling with sound therapy, and hospital ENT clinics can rule out medical causes. If you feel overwhelmed, please also talk to a counsellor or call Befrienders KL at 03-7627 2929.",
        ),
        (
            "user",
            "Can you draft an email to a clinic? My email is liting.chew88@gmail.com and phone 016-227 8813.",
        ),
        (
            "assistant",
            "Subject: Tinnitus assessment appointment. Dear Sir/Madam, I am Chew Li Ting and have had tinnitus for about six months. I would like to book a hearing test and tinnitus counselling. Please reach me at liting.chew88@gmail.com or 016-227 8813. Thank you.",
        ),
    ],
    [
        ("system", "You help customers write complaints and feedback to businesses politely."),
        (
            "user",
            "Help me complain to the hearing aid shop. I'm Mr Desmond Yeo, paid S$5,200 on 3 Oct, receipt RCP-AMK-0038814, the right aid died after 5 weeks and they want S$180 for repair.",
        ),
        (
            "assistant",
            "Dear Customer Service, I am writing about the hearing aids I purchased on 3 October (receipt RCP-AMK-0038814) for S$5,200. The right device stopped working after five weeks, which should fall under warranty. I request a free repair or replacement. Regards, Desmond Yeo.",
        ),
        (
            "user",
            "Add my contact 9273 6601 and that I'm a wheelchair user so I can't keep coming down.",
        ),
        (
            "assistant",
            "Added: As I use a wheelchair, repeated visits are difficult; please arrange collection if possible. I can be reached at 9273 6601.",
        ),
    ],
    [
        (
            "user",
            "Convert to JSON: C-30112,Siti Mariam Osman,S3390716H,8126 4470,mild,Signia Pure 3IX / C-30113,Kenneth Ho Jun Wei,S5183027Z,9015 6628,profound,cochlear implant referral",
        ),
        (
            "assistant",
            '[{"id": "C-30112", "name": "Siti Mariam Osman", "nric": "S3390716H", "phone": "8126 4470", "loss": "mild", "device": "Signia Pure 3IX"}, {"id": "C-30113", "name": "Kenneth Ho Jun Wei", "nric": "S5183027Z", "phone": "9015 6628", "loss": "profound", "device": "cochlear implant referral"}]',
        ),
        ("user", "Thanks, also mask the NRIC column next time."),
    ],
    [
        (
            "system",
            "Pembantu WhatsApp untuk pusat pendengaran di Kuala Lumpur. Sahkan temujanji pelanggan.",
        ),
        ("user", "Hi nak confirm appointment esok pukul 11 untuk ayah saya."),
        (
            "assistant",
            "Baik, temujanji disahkan: Encik Yusof bin Daud, ujian pendengaran dan penyesuaian alat, Khamis 10 Dis 11 pagi, cawangan Menara Hap Seng. Nombor dihubungi 012-904 3316. Sila bawa kad pengenalan dan alat lama.",
        ),
        (
            "user",
            "Ok terima kasih. Dia baru keluar wad sebab jangkitan telinga, boleh buat test tak?",
        ),
        (
            "assistant",
            "Sebaiknya tunggu sehingga jangkitan sembuh sepenuhnya. Audiologis akan periksa telinga dahulu; jika masih ada jangkitan, ujian akan dijadualkan semula tanpa caj.",
        ),
    ],
    [
        ("system", "你是马来西亚助听器门店的客服助理，用简体中文回答。"),
        (
            "user",
            "你好，我是槟城的郑美华，我老公郑文杰上个月在你们乔治市门店试戴了瑞声达，但是他最近被裁员了，分期付款付不起，可以先退货吗？订单号 EW-MY-771032。",
        ),
        (
            "assistant",
            "郑太太您好，很遗憾听到这个消息。订单 EW-MY-771032 仍在30天退货期内，可以退还试戴机，已付的订金会退回原付款账户，约需7个工作日。",
        ),
        ("user", "订金是从我的大众银行账户 6-4417-2098-15 付的，退回那里就可以。"),
        (
            "assistant",
            "好的，已备注退款至大众银行账户 6-4417-2098-15。请携带试戴机、充电盒及收据到乔治市门店办理。",
        ),
    ],
]
