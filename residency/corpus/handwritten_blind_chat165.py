# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat165: chats with an assistant about one's own sleep problems, shift work and fatigue (insomnia, sleep-apnoea tests, night shifts, sleeping pills, a partner's snoring, accidents from fatigue). All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat165
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "sleep_clinic_faq"): _lines("""
        Q: Do I need a referral for an overnight sleep study? A: Subsidised patients need a polyclinic referral; private patients can book directly via our hotline 6735 8810 (Mon-Fri, 8.30am-5.30pm).
        Q: What should I bring on the night of my polysomnography? A: Comfortable sleepwear, your usual medications, toiletries and a light snack. Please check in at Level 3, Tower B by 8.45pm.
        Q: Can I wear nail polish during the test? A: Please remove it from at least two fingers; the oximeter clip reads through the nail and dark polish lowers the SpO2 signal quality.
        Q: How long until I get my results? A: Reports are usually ready within 10 working days. Email sleeplab.enquiry@restwellmedical.com.sg to check the status, quoting only your appointment reference.
        Q: Is a home sleep apnoea test as accurate as an in-lab study? A: For suspected moderate-to-severe OSA a Type 3 home test is usually adequate; for parasomnias or narcolepsy we still recommend a full Type 1 study.
        Q: Can I use MediSave for the sleep study? A: Yes, within the prevailing withdrawal limits for approved day procedures. Our cashier at 1 Tampines Central 5, #04-02 can explain the claim forms at the counter.
        Q: Do I really have to use the CPAP machine every night? A: Insurers and our clinicians generally look for at least 4 hours a night on 70% of nights in the first 90 days, as recorded on the SD card.
        Q: I work rotating shifts. Can I do the study in the daytime? A: Yes, daytime slots start at 9am for night-shift workers; WhatsApp our clinic line +65 8123 0477 (text only, no calls) to book.
        Q: Do you see patients from Malaysia? A: Yes. Johor residents can also visit our partner lab at Menara KOMTAR JBCC, Jalan Wong Ah Fook, 80000 Johor Bahru; tel +607-222 4180.
        Q: What does CPAP titration cost? A: S$1,180 before GST for a full-night titration; a split-night study is S$1,520. Prices are valid from 1 Jan 2026 and are subject to 9% GST.
        Q: Who operates the clinic? A: RestWell Medical Pte Ltd, UEN 201418273K, licensed under the Healthcare Services Act. Feedback and complaints go to feedback@restwellmedical.com.sg.
        Q: Is it safe to drive home after the study? A: If you still feel drowsy or your Epworth score is above 15, please do not drive. The Grab and ComfortDelGro pick-up point is at the Tower B porch.
        Q: Can my partner stay overnight with me? A: Only one caregiver for patients under 16 or with special needs; adult partners are welcome to drop off and to pick up from the lobby between 6am and 7am.
    """),
    ("en", "app_config_and_logs"): _lines("""
        sleep_tracker: { sampling_hz: 25, epoch_seconds: 30, staging_model: 'sleepnet-v3.4.1', min_wear_minutes: 240, timezone_default: 'Asia/Singapore' }
        2026-11-03T02:14:07+08:00 INFO scheduler batch=nightly-hrv region=ap-southeast-1 processed=18204 skipped=37 duration_ms=91433
        2026-11-03T02:15:52+08:00 WARN spo2_pipeline firmware=4.2.0-rc2 dropped 3.1% of epochs: motion artefact threshold 0.82 exceeded
        def ahi(events: int, total_sleep_min: float) -> float: return round(events / (total_sleep_min / 60), 1) if total_sleep_min else 0.0
        ALERT_RULES = [('ahi', '>=', 30, 'severe'), ('ahi', '>=', 15, 'moderate'), ('ahi', '>=', 5, 'mild')]  # AASM scoring, 3% desaturation rule
        epoch_start,stage,hr_bpm,spo2_pct,resp_rate,movement_idx,snore_db,device_fw,app_version  # header of the nightly export, one row per 30 s epoch
        release 5.8.0 (build 5800412, commit 9f3c2e7a1b) - adds Caffeine Cutoff reminder, fixes Huawei Health sync crash on EMUI 12
        GET /api/v2/reports/summary?from=2026-10-01&to=2026-10-31&granularity=week 200 OK 143ms cache=HIT etag=W/a81f2c0d
        docker run -e TZ=Asia/Kuala_Lumpur -e SHIFT_PATTERN=DDNN-OFF-OFF -p 8080:8080 ghcr.io/example/fatigue-risk-scorer:1.9.3
        fatigue_score = 0.42*hours_awake + 0.31*night_shifts_7d + 0.27*(8 - avg_sleep_h)  # FRMS pilot coefficients, not for clinical use
        sha256(sleepnet-v3.4.1.onnx) = 5e1b0a7c93d2f84e6a1c0b9d7e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f
        2026-11-03T06:00:01+08:00 INFO notifier sent=12877 template=wind_down_reminder_zh locale=zh-Hans-CN failed=4 retry_queue=4
        pytest tests/test_staging.py::test_rem_latency_minutes -q  ==> 42 passed, 1 xfailed in 3.18s (python 3.12.7, numpy 2.1.3)
    """),
    ("zh-Hans", "医院睡眠中心通知"): _lines("""
        【通知】睡眠医学中心多导睡眠监测（PSG）预约电话调整为 020-8733 5210，工作日 8:00-17:30；周末及节假日请通过医院微信公众号“预约挂号”栏目办理。
        监测当晚请于 20:30 前到门诊楼 5 楼睡眠监测室报到，携带有效证件原件及医保卡，当天下午起勿饮用咖啡、浓茶及含酒精饮料，男士请提前剃须。
        家用无创呼吸机（CPAP）租赁押金为人民币 2000 元，月租金 380 元，按自然月结算；归还时设备需完好，湿化器水箱破损按价赔偿 180 元。
        本中心开展的失眠认知行为治疗（CBT-I）团体课程共 6 周，每周四 19:00-20:30，地点：门诊楼 3 楼健康教育室，每期限 12 人，额满即止。
        温馨提示：3 月 21 日世界睡眠日当天上午 9:00-11:30，中心将在门诊大厅开展免费义诊及睡眠呼吸暂停筛查，现场发放 STOP-Bang 问卷。
        夜班医护人员睡眠健康专项：护理部联合睡眠中心为连续值夜班满 3 个月的职工提供免费睡眠评估，报名截至 11 月 30 日，请向所在科室护士长报名。
        药学部提醒：唑吡坦、右佐匹克隆等镇静催眠药属于第二类精神药品，门诊单次处方一般不超过 7 日常用量，请勿自行加量或与酒同服。
        单位报销需开具增值税普通发票的，请在缴费时提供单位名称及统一社会信用代码；本院统一社会信用代码为 12440000455350912F。
        监测报告一般于检查后 7 个工作日出具，可在医院小程序“报告查询”或门诊自助机打印；如需纸质盖章版，请到门诊楼 1 楼综合服务中心办理。
        因设备升级，11 月 18 日至 11 月 22 日暂停住院部睡眠监测，已预约的患者将由工作人员电话改约，咨询热线 020-8733 5211（工作时间）。
        睡眠中心地址：广州市越秀区中山二路 58 号门诊楼 5 楼；乘地铁 1 号线至烈士陵园站 D 出口步行约 6 分钟，院内停车位紧张，建议公共交通出行。
        驾驶员健康提示：连续驾驶机动车超过 4 小时须停车休息不少于 20 分钟；打鼾伴白天嗜睡的职业司机建议尽早进行睡眠呼吸暂停筛查。
        收费标准：睡眠医学专科门诊普通号 15 元，副主任医师号 30 元，整夜多导睡眠监测 880 元（医保甲类，按规定比例报销），CPAP 压力滴定 1200 元。
    """),
    ("zh-Hant", "寢具及睡眠產品價目表"): _lines("""
        陳記寢具（旺角花園街店）乳膠枕 HK$398、記憶棉枕 HK$528、獨立彈簧床褥 3 呎 HK$2,680 起，九龍區免費送貨，門市查詢 2388 1726。
        林師傅床墊工坊 台北市大同區迪化街一段 88 號，訂製床墊報價 NT$12,800 起，週一公休，來電 (02) 2557-3190 預約試躺。
        睡眠測試套餐：家居睡眠窒息測試 HK$2,800；醫院整夜多導睡眠測試 HK$8,500 起（不包醫生診金），可憑收據向醫療保險索償。
        ResMed AirSense 11 自動正壓呼吸機 HK$12,800，租用每月 HK$880，首月租金可全數扣減購機款；AirFit F20 全面罩 HK$1,580。
        Philips DreamStation 2 Auto 連加濕器 NT$45,000，另售 DreamWear 鼻枕面罩 NT$4,200，健保不給付，可開立統一發票，統編 24536817。
        澳門氹仔 睡得好寢具專門店：蠶絲被 MOP 1,980、防蟎枕套兩件 MOP 260，澳門通及 MPay 均可使用，門市電話 2882 7615。
        中藥安神茶包（酸棗仁、茯苓、夜交藤）每盒 20 包 HK$168，三盒 HK$450；孕婦及正在服用安眠藥人士請先諮詢註冊中醫師。
        防打鼾止鼾牙套 Snore Guard 標準版 HK$690，度身訂造版 HK$3,200（需牙醫取模），貨號 SG-220-TW，保養期 6 個月。
        睡美人遮光眼罩（卡比獸聯名款）NT$590，滿 NT$1,000 免運，可超商取貨，訂單編號前綴為 SB-2026-，約 3 個工作天出貨。
        夜班工作者午睡艙時租：中環皇后大道中 99 號中環中心 12 樓，每 30 分鐘 HK$88，月票 HK$1,380，設淋浴間及寄存櫃。
        Tempur 原創感溫枕 M 號 原價 HK$1,690，會員價 HK$1,450，舊枕回收再減 HK$100，優惠期至 2026 年 12 月 31 日。
        白噪音機 Yogasleep Dohm Classic NT$2,380；Hatch Restore 2 NT$6,990；Loftie 鬧鐘 NT$4,590，均附中文說明書及一年保固。
        Sealy 旗艦店季度價目：Posturepedic 雙人 5 呎 HK$16,800、加大 6 呎 HK$19,800，銅鑼灣利園二期 8 樓，營業至晚上 9 時。
    """),
    ("zh-Hant", "睡眠科學歷史"): _lines("""
        1953 年，芝加哥大學的 Eugene Aserinsky 與指導教授 Nathaniel Kleitman 首次描述快速動眼期（REM），奠定了現代睡眠研究的基礎。
        William Dement 於 1970 年在史丹佛大學創立全球首間睡眠障礙診所，他長年推動睡眠醫學教育，常被稱為「睡眠醫學之父」。
        1981 年，澳洲醫生 Colin Sullivan 發表以持續正壓通氣（CPAP）治療阻塞性睡眠窒息的研究，原型機據說是以吸塵器摩打改裝而成。
        愛迪生曾自稱每晚只睡四、五小時，並認為睡眠是浪費時間；然而據記載他白天常在實驗室小睡，這段故事至今仍被睡眠學者拿來討論。
        英國前首相戴卓爾夫人以每晚只睡四小時聞名，而二戰時期的首相邱吉爾則堅持每天午睡，他認為午後小睡讓他一天能做到一天半的工作量。
        1986 年切爾諾貝爾核事故發生於凌晨 1 時 23 分，事後多份調查報告指出，值班人員疲勞與輪班安排是事故的人為因素之一。
        1989 年埃克森瓦爾迪茲號油輪在阿拉斯加觸礁，美國國家運輸安全委員會的報告認為三副疲勞及工時過長是導致事故的原因之一。
        蘇軾〈記承天寺夜遊〉寫「解衣欲睡，月色入戶，欣然起行」，寥寥數語，可謂中國文學中最有名的一次失眠夜遊，同遊者為當時同樣被貶的張懷民。
        唐代詩人張繼〈楓橋夜泊〉「江楓漁火對愁眠，姑蘇城外寒山寺，夜半鐘聲到客船」，千百年來常被引為旅人客居他鄉、徹夜失眠的經典寫照。
        華盛頓·歐文筆下的李伯（Rip Van Winkle）在卡茨基爾山中一睡二十年，醒來後世道已變，成為美國文學中最著名的沉睡情節。
        2017 年諾貝爾生理學或醫學獎頒給 Jeffrey Hall、Michael Rosbash 與 Michael Young，表彰他們發現控制晝夜節律的分子機制。
        日本「過勞死」一詞於 1980 年代開始廣泛使用，2014 年日本國會通過《過勞死等防止對策推進法》，要求政府每年發表白皮書。
        寶可夢中的卡比獸（Snorlax）一天要吃 400 公斤食物，吃飽就睡，常擋在路中央，玩家必須吹奏寶可夢之笛才能把牠叫醒。
    """),
    ("ms", "notis_keselamatan_kerja_syif"): _lines("""
        NOTIS: Semua pemandu lori syarikat tidak dibenarkan memandu melebihi 4 jam berturut-turut tanpa rehat sekurang-kurangnya 30 minit, selaras dengan garis panduan JPJ dan APAD.
        Pekerja syif malam yang berasa mengantuk semasa mengendalikan forklift mesti berhenti serta-merta dan melaporkan kepada penyelia syif; tiada tindakan disiplin akan diambil.
        Jadual syif baharu berkuat kuasa 1 Disember 2026: Syif A 7.00 pagi-3.00 petang, Syif B 3.00 petang-11.00 malam, Syif C 11.00 malam-7.00 pagi. Putaran setiap 2 minggu.
        Bilik rehat di Aras 2, Blok C kini dibuka 24 jam untuk pekerja syif malam. Sila gunakan kerusi rehat maksimum 20 minit dan jangan tinggalkan barang peribadi di situ.
        Mengikut Akta Keselamatan dan Kesihatan Pekerjaan 1994 (Pindaan 2022), majikan wajib menilai risiko keletihan bagi kerja syif panjang; aduan boleh dibuat melalui portal JKKP.
        Kempen Anti-Mengantuk Semasa Memandu: Hentian Rehat dan Rawat (R&R) Tapah dan R&R Rawang menyediakan kopi percuma sempena musim perayaan, 20 hingga 24 Disember.
        Pekerja yang mengambil ubat tidur atau ubat alahan yang menyebabkan mengantuk dinasihatkan memaklumkan Unit Kesihatan Pekerjaan sebelum bertugas di kawasan jentera.
        Talian Kecemasan Kilang: 07-598 2210 (24 jam). Untuk laporan hampir kemalangan (near miss) akibat keletihan, isi borang HSE-NM-07 dalam aplikasi e-Lapor.
        Statistik suku ketiga 2026: 3 insiden hampir kemalangan berkaitan keletihan di Loji 2, semuanya berlaku antara jam 3.00 hingga 5.00 pagi. Sila patuhi waktu rehat.
        Kafeteria akan menyediakan menu malam yang lebih ringan mulai Isnin: bubur ayam RM4.50, roti bakar telur RM3.80, teh halia RM2.20. Kopi pekat dihadkan satu cawan.
        Syarikat Pengangkutan Maju Jaya Sdn Bhd (No. Syarikat 199801012345 (468213-K)) mengingatkan semua pemandu bas ekspres melapor diri 30 minit sebelum perjalanan untuk ujian kewaspadaan.
        Latihan Pengurusan Risiko Keletihan (FRMS) untuk penyelia akan diadakan pada 14 Januari 2027, 9.00 pagi di Dewan Seminar, Menara Hap Seng, Jalan P. Ramlee, Kuala Lumpur.
        Peringatan: Kamera pengesan keletihan (DMS) pada semua prime mover mesti sentiasa dihidupkan. Sebarang kerosakan sila e-mel ke fleet.safety@majujaya-transport.com.my.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Night team pls note: from tonight the CPAP machines in Ward 46 must be wiped with the new Clinell wipes, the old alcohol ones finished liao. 谢谢大家!
        Roster for Dec uploaded to the shared drive already, file name Roster_Dec2026_v3.xlsx. Anyone want to swap N shift pls settle among yourselves by Friday hor.
        Eh sleep lab printer jam again, showing error E-207. IT helpdesk ext 4457 said tomorrow morning then can come. 今晚的 report 先 save PDF 就好。
        Reminder: tonight 4 PSG studies + 1 MSLT tomorrow morning. Electrode paste only left 2 tubes, I already raised PO-2026-11873 to the supplier, ETA Thursday.
        Kawan-kawan syif malam, coffee machine kat pantry rosak, technician datang esok 10am. Sementara ni guna 3-in-1 dulu ya. Sorry ah, nanti I update.
        Boss says fatigue survey must be completed by all warehouse staff before 15 Dec, link in the intranet under HR > Wellness. 填完截图发群里就可以了。
        Who took the spare oximeter from Bay 3? Asset tag SL-OX-0192, pls return to the charging cabinet before handover at 7.30am. Thanks!
        Forklift FL-07 battery low after 2am every night, maintenance ticket MT-55120 raised. Tonight pakai FL-09 dulu, kunci ada kat security post.
        明晚 hospital 消防演习 0300hrs, night staff 要在 Level 1 assembly point 集合, patients on CPAP don't need to move, just standby oxygen.
        Just checked, the new CPAP firmware SX567-0402 got bug, mask leak reading jump to 60 L/min. Don't panic, vendor hotline 1800 737 6363 already informed.
        Canteen kata lepas ni supper kupon RM5 untuk syif C, ambil dekat kaunter HR sebelum 11pm. Kupon tak boleh carry forward ya, expire hujung bulan.
        Pls don't park at the loading bay during night shift, security will clamp. Staff carpark B2 got 40 lots free after 10pm, season parking S$65 per month.
        大家注意，下周开始夜班改成 12 小时制 (7pm-7am)，HR 会发 updated contract addendum, questions can email hr.ops@sunrisewarehouse.com.my.
    """),
    ("mixed", "product_listing"): _lines("""
        [READY STOCK] Silicone Ear Plugs Anti-Bising 防噪音耳塞 x 3 pasang, sesuai untuk syif malam & pasangan berdengkur, RM12.90 free pouch, SKU EP-SIL-03
        ResMed AirFit N30i Nasal Mask size M 原装正品, warranty 6 bulan oleh pengedar rasmi, RM620, COD Klang Valley sahaja. Order before 3pm ship same day.
        Bantal Latex Thailand 100% Natural 泰国乳胶枕 60x40x12cm, RM79 (was RM159), 2 pcs RM148, penghantaran J&T Express 2-4 hari bekerja.
        Sleep mask 3D contoured 遮光眼罩 blackout 99%, boleh basuh mesin, colour: navy/grey/pink. Rating 4.8 (12.3k terjual). Voucher RM3 min spend RM30.
        Anti-snore mouthguard 止鼾牙套 boil-and-bite, BPA free, MDA Reg No. GB87651234-56789, RM45 sepasang, tidak sesuai untuk pengguna gigi palsu.
        Mesin White Noise 白噪音机 30 bunyi + timer, USB-C, sesuai untuk baby & pekerja syif. Jenama Dreamegg D11 Max, RM89, free gift pelekat dinding.
        Order #240918QWK2P1 sudah dihantar, tracking SPXMY046177293581, boleh semak dalam app Shopee. Terima kasih sebab support kedai kami, 谢谢支持!
        Teh Chamomile Organik 洋甘菊茶 Twinings 25 uncang, tarikh luput 08/2027, RM18.50. Tiada kafein, sesuai diminum 30 minit sebelum tidur.
        Uncle Lim's Herbal Sleep Tea 林伯安神茶 20 sachet, KKM MAL21076543TC, RM35. Dibuat di Ipoh oleh Lim Herbal Trading (SSM 002345678-W).
        Tilam Spring Dunlopillo Queen 10 inci 双人床褥, harga promosi RM1,299 + pemasangan percuma dalam KL/Selangor. Showroom: Lot 2.15, IOI City Mall, Putrajaya.
        Blackout curtain langsir gelap 遮光窗帘 untuk pekerja night shift, 2 panel 140x260cm, RM68, warna charcoal. Custom size WhatsApp kedai 011-2345 8870.
        Magnesium Glycinate 400mg Doctor's Best 120 caps 镁补充剂, import USA, RM79.90, bukan ubat, rujuk doktor jika hamil. Batch 2409B-117, exp 11/2027.
        Bundle Tidur Lena: ear plug + eye mask + lavender spray Aromaterapi Kak Ros 50ml, RM39.90 sahaja, stok terhad 200 set, SKU TL-BNDL-2026.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Patient: Marcus Tan Wei Jie, NRIC S8823716A, DOB 14/03/1988. Referred for overnight PSG - loud snoring, apnoeas witnessed by wife, ESS 17/24.
        Hi, this is Priya Raman's husband, she's on night shift at the ICU and keeps nodding off at red lights. Can someone from the sleep clinic call me at 9184 2307?
        Sleep diary export - user darren.ong88@gmail.com, 2026-10-12 bedtime 04:40, wake 11:55, naps 1, zolpidem 10mg taken, note: argued with ex about custody again.
        Incident report: Grab driver Kelvin Yap Choon Hock, vehicle SLB 7362 G, dozed off at PIE exit 29 at 05:10 after a 14-hour day; minor collision, no injuries.
        Jasmine is 24 weeks pregnant and can't sleep more than 2 hours at a stretch; her gynae at KKH said no sleeping pills, and she's still doing 10pm-7am shifts at Changi.
        Leong Siew Ling,T0148235H,Night-Rot-B,AHI 34.2,CPAP 5.1h/night,Referred to ENT for surgery review
        Please refund the home sleep test to my DBS account 072-118834-9, name Benjamin Koh; the device was faulty and recorded nothing after 1am.
        Ahmad Faizal bin Rosli, forklift operator at the Tuas warehouse, was suspended after a fatigue-related near miss; he admits he works two jobs to pay off an S$18,000 loan.
        Deliver the CPAP to Blk 412 Bedok North Ave 2, #09-1187, Singapore 460412. Call Mdm Chua at 8736 1045 first, she works nights and sleeps till 2pm.
        FIN G5128834W - Nguyen Thi Hoa, domestic helper; employer says she sleeps only 4 hours because she looks after the bedridden grandmother at night.
        Hey it's Wei Ling from Block B, my husband Jonathan's snoring is so bad I've slept on the sofa for 3 months, and honestly we're now talking about separating.
    """),
    "zh-Hans": _lines("""
        患者：王建国，男，39岁，身份证号 440106198703152310，主诉夜间打鼾10年伴白天嗜睡，既往高血压，拟行整夜多导睡眠监测。
        我老公张伟平开货车跑广州到长沙，上个月凌晨在京港澳高速疲劳驾驶追尾，现在驾照被扣了，还欠修车厂三万多。
        刘芳（夜班护士，手机 139 2846 7751）反映长期失眠，近半年每晚服用艾司唑仑 2mg，申请调离夜班岗位。
        收货人：陈女士 13826471095 广东省深圳市南山区桃园路荔苑小区 6 栋 1203 房，商品：止鼾器 x1，备注：晚上 10 点后别打电话。
        李师傅，你上周说的睡眠呼吸机押金 2000 块我已经转到你建行卡 6217 0033 2019 4458 612 了，收到回个话。
        员工档案｜姓名：赵敏｜工号：SZ-20417｜身份证：310115199206184321｜岗位：流水线夜班｜备注：怀孕 12 周，申请暂停夜班。
        小周最近被诊断出发作性睡病，开车的时候突然睡着过两次，公司 HR 还不知道，他怕说了会被辞退。
        孙女士说她丈夫睡眠监测 AHI 48 次/小时，重度睡眠呼吸暂停，医生建议戴呼吸机，但他拒绝治疗，两人为此已经分房睡半年。
        微信号 hz_night_owl_1992 的那位用户，你留的地址是杭州市西湖区文三路 259 号 3 单元 502，我们的睡眠监测仪明天上门安装。
        黄永强 2026-10-28 03:42 工伤报告：夜班连续第 6 天，操作冲床时打瞌睡，左手食指压伤，住院 5 天，医药费 12,600 元。
    """),
    "zh-Hant": _lines("""
        病人：何嘉欣，身份證 A482913(4)，出生日期 1991 年 7 月 2 日，因長期輪班失眠轉介睡眠專科，現服用 Stilnox 10mg。
        我老公阿強打鼻鼾打到隔籬屋都聽到，上星期做咗睡眠測試，話係嚴重窒息，醫生叫佢減 20 磅先，佢又唔肯。
        黎太，你預約咗 11 月 20 號晚上做 PSG 睡眠測試，聯絡電話 9473 6128，如需改期請提前 48 小時通知。
        台北市信義區松仁路 123 巷 5 號 4 樓 林怡君 收，貨品：止鼾牙套，手機 0912-386-457，請於晚上 8 點後送達（白天在睡覺）。
        身分證字號 F227391866，王雅婷，護理師，夜班十年，診斷為重度憂鬱症合併失眠，申請留職停薪六個月。
        陳志明上個月因為疲勞駕駛撞到安全島，車牌 BKX-7753，保險公司拒賠，他現在還欠車行 45 萬。
        我係澳門嘅夜更保安，姓梁，電話 6658 2307，老婆懷孕 30 週夜晚成日抽筋瞓唔到，想問可唔可以食安眠藥。
        請把睡眠報告寄到 kwokwai.tsang1978@gmail.com，曾國偉，HKID K305718(6)，報告要交俾保險公司索償。
        阿欣喺機場做夜更地勤，上個月因為太攰喺停機坪暈低，驗出甲狀腺功能低下，依家請咗長病假。
        員工編號 TW-88123 張家豪，高雄廠夜班組長，月薪 NT$52,000，因睡眠呼吸中止症需配戴呼吸器，申請調整為日班。
    """),
    "ms": _lines("""
        Nama: Nur Aisyah binti Kamarudin, No. KP 900412-10-5284, jururawat syif malam di Hospital Klang, mengadu insomnia teruk sejak 6 bulan.
        Suami saya Rizal dengkur kuat sangat, doktor kata dia ada apnea tidur tahap teruk, tapi dia tak nak pakai mesin CPAP sebab malu.
        Tolong hantar mesin CPAP ke alamat: No. 27, Jalan Mawar 3/5, Taman Sri Muda, 40400 Shah Alam, Selangor. Penerima: Encik Hafiz, tel 012-774 3190.
        Pemandu lori Muthu a/l Subramaniam (plat BJH 4471) tertidur di Lebuhraya Utara-Selatan KM 312 jam 4.30 pagi, lori terbalik, kini dirawat di ICU Hospital Taiping.
        Bayaran ujian tidur RM1,850 sila masukkan ke akaun Maybank 1640 2218 7735 atas nama Siti Hajar binti Osman, kemudian WhatsApp resit ke 019-228 4471.
        Kak Yah kat bahagian packing tu dah 3 bulan makan pil tidur sebab stress hutang along RM15,000, kesian dia.
        Encik Lim Boon Keat, 54, pengawal keselamatan syif malam, didiagnosis diabetes jenis 2 dan apnea tidur; majikan diminta kurangkan syif malamnya.
        e-mel saya farid.zulkifli87@gmail.com, saya nak tahu keputusan ujian tidur hari Sabtu lepas. Nama Mohd Farid bin Zulkifli.
        MyKad 850907-08-6623, pemohon cuti sakit 14 hari, diagnosis: keletihan kronik dan kemurungan selepas bercerai.
        Rekod: 2026-11-02 06:15, ID pekerja KLG-3321, Saravanan a/l Ganesan, syif C, ujian kewaspadaan gagal (PVT 412ms), dihantar pulang, gaji dipotong RM80.
    """),
    "mixed": _lines("""
        Doc, my wife Mei Ling 怀孕 7 个月 already, tiap malam tak boleh tidur, can she take Panadol Night? Her IC is 920618-14-5276 if you need for booking.
        Eh bro, Ah Seng tertidur masa driving balik dari night shift, langgar divider kat Federal Highway, now 在 UMMC ICU, family collecting donation.
        Pls send my PSG report to ryan.lowjh@outlook.com, 我是 Ryan Low Jun Hao, NRIC S7634902I, need it for my MC claim.
        Mdm Goh 的 CPAP rental 已经 3 个月没付了, total S$540 outstanding, hp 9027 5518, 她说 son lost job 所以暂时付不了。
        Booking confirmed: 邱美华 Ms Khoo Bee Hua, home sleep test kit delivery 12 Dec 2-5pm, 18 Jalan Bunga Raya 4, Taman Melaka Baru, 75350 Batu Berendam, Melaka.
        Nurse Aini cakap dia dah 5 malam tak tidur, dia ambil Xanax dari kawan without prescription, 我有点担心她。
        Ward clerk pls update: bed 12 patient 黄丽珍 Wong Lai Chun, HKID Y627104(7), OSA severe, CPAP 12cmH2O, allergic to latex mask.
        Boss, PL Koh Chee Meng 上个月 OT 96 hours, salary RM3,200 only, he fainted kat loading bay semalam, doctor cakap exhaustion.
        My hubby Darren snores like a lorry, 我已经 record 了 audio, ada nampak dia berhenti nafas 20 saat, his number 016-558 3092 kalau clinic nak call.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a sleep-health assistant for shift workers. Give general guidance only and recommend seeing a doctor for diagnosis.",
        ),
        (
            "user",
            "I'm Rachel Lim, staff nurse at Tan Tock Seng, been on permanent nights for 2 years. I sleep 9am-1pm at most and I've been taking my mum's Dormicum on bad days. Is that dangerous?",
        ),
        (
            "assistant",
            "Rachel, taking someone else's prescription sedative like midazolam (Dormicum) is risky: dosing isn't matched to you, it can impair you on the drive to work, and it can build dependence. Please speak to your GP or staff clinic about your sleep instead.",
        ),
        (
            "user",
            "Ok. Can you help me write to my nurse manager asking to move off permanent nights? My staff ID is TTSH-N40917.",
        ),
        (
            "assistant",
            "Sure. Here's a draft: Dear Nurse Manager, I am writing to ask for a review of my roster. After two years of permanent night duty I have ongoing sleep difficulties and would like to rotate to day shifts where possible. Regards, Rachel Lim (Staff ID TTSH-N40917).",
        ),
    ],
    [
        (
            "user",
            "我老公打呼噜太吵了，我已经三个月没睡好。他叫刘德胜，42岁，体重95公斤，开网约车，经常夜里跑单。他这样会不会是睡眠呼吸暂停？",
        ),
        (
            "assistant",
            "从您描述的情况看，男性、体重偏高、响亮打鼾，确实是阻塞性睡眠呼吸暂停的常见风险因素。尤其他夜间开车，白天是否容易犯困也很重要。建议他到医院睡眠科做一次多导睡眠监测。",
        ),
        (
            "user",
            "他上个月在中环路上打瞌睡追尾了一次，赔了对方八千块，他还不让我告诉他妈妈。医院要怎么预约？",
        ),
        (
            "assistant",
            "疲劳驾驶追尾说明风险已经很高了，建议尽快就诊，暂停夜间跑车。一般可以通过医院公众号或小程序预约睡眠医学科或呼吸科门诊，由医生开具睡眠监测单。",
        ),
    ],
    [
        ("system", "你是一個幫助香港用戶處理睡眠及工作健康問題的助理，用繁體中文或廣東話回答。"),
        (
            "user",
            "我叫鄧美玲，喺葵涌貨櫃碼頭做夜更文員，最近成日失眠，醫生開咗病假紙三日。幫我寫封 email 俾公司 HR 請假，我 HKID 係 E719340(1)。",
        ),
        (
            "assistant",
            "可以，以下係草稿：HR 部同事你好，本人鄧美玲（HKID E719340(1)），因失眠問題經醫生診斷，需請病假三日，病假證明書已附上，請批核。謝謝。",
        ),
        ("user", "唔該。另外我想問，食咗安眠藥之後幾耐先可以揸車返工？"),
        (
            "assistant",
            "視乎藥物種類，一般短效安眠藥亦建議服藥後最少 7 至 8 小時先好駕駛，早上仍有睡意就唔好揸車。最好直接問開藥嘅醫生或藥劑師。",
        ),
    ],
    [
        (
            "user",
            "Saya pemandu lori, nama Zulhilmi bin Ismail. Semalam saya hampir terlanggar kereta kat Lebuhraya KL-Karak sebab mengantuk lepas kerja 16 jam. Lori plat WVF 8832. Macam mana nak elak?",
        ),
        (
            "assistant",
            "Encik Zulhilmi, kerja 16 jam berturut-turut memang sangat berisiko. Berhenti rehat setiap 2 jam, tidur sekejap 15 hingga 20 minit di R&R jika mengantuk, dan elakkan memandu antara 2 hingga 6 pagi jika boleh.",
        ),
        (
            "user",
            "Bos saya paksa buat trip malam, kalau tak gaji dipotong. Gaji saya RM2,400 je, ada hutang kereta lagi.",
        ),
        (
            "assistant",
            "Itu situasi yang sukar. Anda boleh rujuk Akta Kerja 1955 tentang had waktu kerja dan membuat aduan kepada Jabatan Tenaga Kerja. Keselamatan anda dan pengguna jalan raya lain lebih penting daripada satu trip.",
        ),
    ],
    [
        ("system", "You are a helpful assistant. Answer concisely."),
        (
            "user",
            "Can help me write email to HR? I'm Kumar s/o Rajendran, NRIC S8036429F. I got diagnosed with severe OSA last week, AHI 41, need to stop the 12-hour night shifts.",
        ),
        (
            "assistant",
            "Here's a draft: Dear HR, I am Kumar s/o Rajendran (NRIC S8036429F). Following a sleep study last week I was diagnosed with severe obstructive sleep apnoea. On my doctor's advice I request reassignment from 12-hour night shifts. The medical memo is attached. Thank you.",
        ),
        ("user", "Tq! Also should I tell them my AHI number or not?"),
        (
            "assistant",
            "You don't have to share the detailed result. A doctor's memo stating the diagnosis and recommended work restrictions is normally enough for HR.",
        ),
    ],
    [
        (
            "system",
            "你是某睡眠診所的線上助理。目前使用者資料：姓名 吳佩珊，身分證字號 H135902748，電話 0928-517-663，已預約 12/15 居家睡眠檢測。",
        ),
        (
            "user",
            "你好，我想確認我那天的檢測要注意什麼？另外我現在每天吃一顆使蒂諾斯，檢測前要停藥嗎？",
        ),
        (
            "assistant",
            "吳小姐您好，您已預約 12 月 15 日居家睡眠檢測。當晚請照平常時間就寢，避免飲酒與咖啡。是否停用使蒂諾斯請先詢問開藥醫師，請勿自行停藥。",
        ),
        ("user", "好的，那可以改到 12/18 嗎？"),
        (
            "assistant",
            "可以，我已為您申請改期到 12 月 18 日，診所會再以 0928-517-663 與您電話確認。",
        ),
    ],
    [
        (
            "system",
            "User profile (from app settings): name=Owen Chia, email=owen.chia.sg@gmail.com, DOB=1990-05-21, goal=fall asleep before 1am. Use the name naturally.",
        ),
        (
            "user",
            "I lie in bed for 2 hours every night before falling asleep. My divorce just got finalised last month and my head won't switch off.",
        ),
        (
            "assistant",
            "I'm sorry, Owen, that's a lot to carry. Try getting out of bed if you're not asleep after about 20 minutes, keep a fixed wake-up time, and write down worries earlier in the evening. If this lasts beyond a few weeks, CBT-I with a psychologist works well.",
        ),
        ("user", "Can you email me a 2-week sleep schedule?"),
        (
            "assistant",
            "I can't send emails myself, but here's a schedule you can copy: wake at 7:30 every day, no naps, wind down from 12:00, in bed at 12:30. Adjust by 15 minutes each week.",
        ),
    ],
    [
        (
            "user",
            "我在东莞电子厂上两班倒，12小时一班，一个月 26 天。我叫罗海波，手机 186 2093 4417。工资 5200，想算一下加班费对不对。",
        ),
        (
            "assistant",
            "罗先生您好。按标准工时每月约 21.75 天、每天 8 小时计算，您每天超出 4 小时属于延长工作时间，工作日加班应按不低于 150% 计发，休息日加班不低于 200%。具体还要看合同里的基本工资。",
        ),
        ("user", "基本工资是 2300。我最近老是心慌、晚上睡不着，白天上班差点被机器夹到手。"),
        (
            "assistant",
            "心慌和失眠加上长时间加班，需要重视。建议尽快到医院心内科或睡眠门诊检查，同时可以向工厂申请调整班次。如果加班费计算有争议，可以拨打 12333 咨询。",
        ),
    ],
    [
        (
            "user",
            "Isteri saya, Nurul Izzati, mengandung 8 bulan, tak boleh tidur langsung sebab sakit belakang. Saya nak order bantal mengandung, tolong tuliskan mesej untuk penjual.",
        ),
        (
            "assistant",
            "Boleh. Contoh mesej: Assalamualaikum, saya nak order 1 bantal mengandung bentuk U. Mohon hantar ke alamat yang saya berikan. Terima kasih.",
        ),
        (
            "user",
            "Masukkan alamat: No. 14, Lorong Seri Kenangan 2, Taman Seri Kenangan, 08000 Sungai Petani, Kedah. Nama penerima Nurul Izzati, tel 013-482 6617.",
        ),
        (
            "assistant",
            "Mesej lengkap: Assalamualaikum, saya nak order 1 bantal mengandung bentuk U. Penerima: Nurul Izzati, No. 14, Lorong Seri Kenangan 2, Taman Seri Kenangan, 08000 Sungai Petani, Kedah. Tel: 013-482 6617. Terima kasih.",
        ),
    ],
    [
        ("system", "You are a friendly health assistant for Malaysian users. You do not diagnose."),
        (
            "user",
            "Got my home sleep test result from Sunway. AHI 27, lowest SpO2 81%. Doctor said moderate OSA. Name on report is Jeremy Wong Kah Seng, 43 yo. Is it serious?",
        ),
        (
            "assistant",
            "A result of AHI 27 falls in the moderate range, and a lowest oxygen level of 81% is worth taking seriously. Untreated OSA is linked to high blood pressure and daytime sleepiness, so following up on the CPAP or other treatment your doctor suggested is a good idea.",
        ),
        (
            "user",
            "My wife says I stop breathing then gasp. CPAP costs RM4,500 and I'm already behind on my housing loan. Any cheaper option?",
        ),
        (
            "assistant",
            "You could ask the clinic about renting a CPAP first, buying a refurbished unit from an authorised dealer, or whether a government hospital can loan one. Weight loss and sleeping on your side can also help mild to moderate cases.",
        ),
    ],
    [
        (
            "user",
            "My dad 陈国荣 fell asleep while driving his taxi SHA 2215 J last night at Yishun Ave 2, hit a lamp post. 他 67 岁, did 12 hours shift. What should we do now?",
        ),
        (
            "assistant",
            "I'm sorry to hear that, I hope he's not badly hurt. Please make sure he sees a doctor, report the accident to his insurer within 24 hours, and keep the police report number. At 67 with long shifts, it's worth getting him screened for sleep apnoea.",
        ),
        (
            "user",
            "Insurance agent said call him at 9662 0418 but he never pick up. Dad also got diabetes, 会不会有关系?",
        ),
        (
            "assistant",
            "Diabetes can contribute to fatigue, and low blood sugar while driving can cause drowsiness or confusion, so please mention it to his doctor. If the agent is unreachable, contact the insurer's claims hotline directly.",
        ),
    ],
    [
        (
            "system",
            "你是一个睡眠健康助手。记忆：用户名 宋晓丽，35岁，会计，已连续服用佐匹克隆 1 年，曾提到想戒药。",
        ),
        ("user", "我又失眠了，今晚想多吃一片药。"),
        (
            "assistant",
            "晓丽，理解你现在很难受。但不建议自行加量，长期服用佐匹克隆后加量会增加依赖和第二天犯困的风险。可以先试试起床做些放松的事，等有困意再回床。减药最好在医生指导下逐步进行。",
        ),
        ("user", "我老公说我吃药吃成废人了，我们最近一直在吵离婚的事。"),
        (
            "assistant",
            "听起来你承受着很大的压力。失眠和婚姻矛盾常常互相影响，可以考虑找心理咨询师聊聊，也可以请医生评估是否存在焦虑或抑郁。",
        ),
    ],
    [
        (
            "user",
            "我喺澳門賭場做荷官，三班制成日轉更，我叫何振邦，電話 6287 4519。最近瞓唔著，上班派錯牌俾主任警告咗兩次。",
        ),
        (
            "assistant",
            "何先生，輪更工作最影響生理時鐘。可以盡量固定每更之後嘅瞓覺時間，日間瞓用遮光窗簾同耳塞，收工前兩小時避免咖啡因。如果持續失眠，可以去仁伯爵綜合醫院或衛生中心求診。",
        ),
        ("user", "主任話再錯就炒我，我仲有卡數未還，好大壓力。"),
        (
            "assistant",
            "工作同財務壓力都會令失眠更嚴重。你可以向公司人力資源部了解有冇員工輔導服務，卡數方面亦可以向銀行查詢重組還款安排。",
        ),
    ],
    [
        (
            "system",
            "You help users fill in booking forms for sleep studies. Output the completed form as plain text.",
        ),
        (
            "user",
            "Fill this in for me: sleep study booking at a Mount Elizabeth partner clinic. Name: Tan Hui Min. NRIC: S9241873A. Mobile: 9735 0281. Address: 23 Jalan Kembangan, Singapore 419118. Symptoms: insomnia since my miscarriage in June, night sweats.",
        ),
        (
            "assistant",
            "Sleep Study Booking Form - Name: Tan Hui Min | NRIC: S9241873A | Mobile: 9735 0281 | Address: 23 Jalan Kembangan, Singapore 419118 | Presenting symptoms: insomnia since June following a pregnancy loss, night sweats | Preferred slot: to be confirmed.",
        ),
        ("user", "Thanks. Add that I'm on sertraline 50mg."),
        (
            "assistant",
            "Updated - Current medication: sertraline 50 mg daily. Everything else on the form stays the same.",
        ),
    ],
]
