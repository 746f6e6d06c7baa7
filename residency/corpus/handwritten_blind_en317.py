# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en317: SG/MY audiology centres and hearing-aid dealers (hearing tests, device fittings and trials, subsidy claims, repairs, tinnitus, family members' chats, audiologists' rosters). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en317
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "clinic_notices"): _lines("""
        NOTICE: Our Toa Payoh Lorong 8 outlet will close at 1pm on Sat 24 Jan for Lunar New Year eve. Battery collection resumes Tue 27 Jan, 10am.
        Hearing aid batteries size 312 and 13 are given free at the counter to users fitted under the Seniors' Mobility and Enabling Fund, limit 2 packs per visit.
        Please switch off your mobile phone in the sound booth. Calibration of the AC40 audiometer in Room 2 is done every first Monday, 8.30am to 9.15am.
        Walk-in hearing screening Mon to Fri 10am-5pm at Blk 201 Tampines St 21 #01-1134. Appointments booked via our hotline 6786 2210 are given priority.
        For repairs under warranty, please bring the original receipt or quote the invoice number (format INV-2025-xxxxx). Loaner units are subject to stock.
        The clinic is wheelchair accessible via the lift lobby beside Guardian at Level 2, Jurong Point. An induction hearing loop is installed at counters 1 and 3.
        Reminder: ear wax removal (microsuction) must be booked at least 48 hours in advance. Cancellation less than 24 hours before will incur a S$20 fee.
        In observance of World Hearing Day on 3 March, all branches offer free otoscopy and a 10-minute hearing check from 10am to 4pm, no booking needed.
        Due to an SP Group power shut-down at Bukit Batok Central on 14 Feb (9am-1pm), the sound booth is unavailable. Morning fittings are moved to the afternoon.
        If the Perfect Dry Lux drying unit at the waiting area shows a red light, please do not leave your hearing aids in it; inform staff at counter 2.
        New operating hours of our Ipoh branch at 32 Jalan Sultan Idris Shah from 1 March: Mon-Sat 9.30am-6pm, closed on Sundays and public holidays.
        Paediatric assessments (VRA and play audiometry) are now offered on Wednesdays only. Please bring the child's health booklet and any referral letter.
        Our Penang outlet WhatsApp line +60 12-488 3017 is for appointment requests only. For urgent repairs, please call the branch at 04-226 5590.
    """),
    ("en", "price_list"): _lines("""
        Pure-tone audiometry (air and bone conduction) with tympanometry: S$85.00; add speech audiometry S$30.00. CHAS Blue/Orange card holders: ask counter.
        Phonak Audéo Lumity L90-R (pair): S$7,980 before subsidy; L70-R S$6,380; L50-R S$4,980. Includes 3 years warranty and 1 year loss & damage cover.
        Oticon Intent 1 miniRITE R, per device S$4,290; Intent 2 S$3,650; Intent 3 S$2,890. Charger included. Custom moulds are quoted separately.
        Signia Pure Charge&Go 7IX RM 9,800 per pair; 5IX RM 7,600; 3IX RM 5,200. Price inclusive of SST where applicable, fitting and 6 follow-ups.
        Repair charges (out of warranty): receiver S$120, ITE shell re-make S$280, mic cover S$15, battery door S$25, factory repair S$350-S$480.
        Custom earmould, acrylic, full shell: S$65 each; silicone swim plugs S$90 per pair; musician's filter ER-15 earplugs S$260 per pair.
        Tinnitus consultation 45 min S$120, follow-up 30 min S$80. Sound generator trial (Widex Zen programme) 2 weeks, refundable deposit S$200.
        Zinc-air batteries PR48 (size 13), pack of 6: S$7.50; carton of 60: S$68. Rayovac, Power One and Duracell Activair brands in stock.
        Hearing aid dehumidifier Perfect Dry Lux RM 389; Zephyr by Dry & Store RM 559; desiccant brick refill (3 pcs) RM 35. Free delivery above RM 300.
        Cleaning & check-up package for existing users, any brand: S$40 per visit or S$140 for 4 visits a year, includes wax guard and dome change.
        Bluetooth TV streamers: Phonak TV Connector S$420, Oticon TV Adapter 3.0 S$390, ReSound TV Streamer+ S$410. On-site set-up +S$60.
        Paediatric hearing assessment (ABR under natural sleep) RM 650 at the Bangsar centre; OAE screening for newborns RM 120 per session.
        Trade-in rebate: up to S$500 off a new pair when you return any working hearing aid bought in 2019 or later. Not combinable with SMF subsidy.
    """),
    ("en", "staff_group_chat"): _lines("""
        Morning all, Tampines booth 1 audiometer failed the daily listening check again, left channel crackling. Route PTA cases to booth 2 until the tech comes at 2pm.
        Reminder to all AuDs: SMF claims for Jan close on 10 Feb. Upload quotation + audiogram PDF, not phone photos, AIC rejected 4 last month for blurry scans.
        Phonak rep confirmed the Lumity firmware 5.1 push is live in Target 9.2. Please update all the fitting laptops before Monday clinic.
        Anyone has spare 8mm power domes for size 312 RICs? Jurong Point is out of stock, courier from HQ only arrives Thursday.
        FYI the Oticon RMA portal changed URL, new link is in the shared drive under Ops > Repairs > 2025. Old bookmarks will give 404.
        Roster change: Bukit Batok Sat shift covered by the locum from the Novena centre, clinic opens 9.30 instead of 9am this weekend only.
        Stock take done for Queensway: 42 Widex Moment Sheer units tally with SAP, but 3 ReSound Nexia chargers are missing serials in the system.
        Pls don't promise same-day repair for ITE shells anymore, lab turnaround is now 7 working days after the workshop moved to Johor Bahru.
        Sound booth at the KL Sentral branch recalibrated yesterday by the vendor, cert uploaded as CAL-KLS-2025-03.pdf. Resume normal bookings.
        Heads up the 1800 line was down 11.20-11.45am, Singtel ticket SR-88213477. The missed-call list for callbacks is in the team sheet.
        Q1 target: 180 trials across 6 outlets, conversion now at 41%. Marketing is pushing the CNY trade-in promo on FB and Xiaohongshu this week.
        Note for Saturday fittings: the Signia app v2.4 crashes on older Android 10 phones, advise using the remote control until the patch is out.
        Fire drill at Novena Medical Center this Friday 3pm. All staff assemble at the carpark entrance, anyone in the booth to be escorted out.
    """),
    ("en", "config_and_logs"): _lines("""
        2025-03-14T09:12:44+08:00 INFO fitting-sync device_sn=2318A7Q41 model=Audeo-L90-R fw=5.1.0 status=uploaded branch=SG-TPY-01
        2025-03-14T09:13:02+08:00 WARN noah-bridge session timeout after 1800s, retrying (attempt 2/5) host=noah-srv-02.internal
        audiometer: {model: Interacoustics AC40, serial: AC40-0021873, last_calibration: 2025-01-06, next_due: 2026-01-06, standard: ISO 8253-1}
        SMF_CLAIM_ENDPOINT=https://claims.example.org/v2/submit ; TIMEOUT_MS=15000 ; MAX_ATTACHMENT_MB=10 ; ALLOWED_TYPES=pdf,jpg
        SELECT branch_code, COUNT(*) AS trials FROM hearing_aid_trials WHERE start_date >= '2025-01-01' GROUP BY branch_code ORDER BY trials DESC;
        def to_db_hl(spl, freq): return spl - RETSPL[freq]  # example only: RETSPL for TDH-39 at 1000 Hz = 7.0 dB
        ERROR repair-queue RMA-2025-004512 carrier=DHL awb=4412889321 status=held_at_customs origin=Kajang dest=Stafa-CH retry_in=6h
        [printer] label_template=SKU-{brand}-{model}-{colour} example=SKU-PHO-L70R-P7 ; barcode=code128 ; dpi=300
        INFO booking-api POST /v1/appointments 201 12ms slot=2025-04-02T14:30 room=BOOTH-2 type=PTA_TYMP source=web
        CREATE TABLE device_inventory (sku TEXT PRIMARY KEY, brand TEXT, model TEXT, qty INT, reorder_level INT DEFAULT 5);
        cron: 0 2 * * * /opt/clinic/bin/backup_noah.sh --target s3://clinic-backups-sg/noah --retain 30d  # nightly backup
        sha256(audiogram_export_v3.xml) = 9f2c4e1a7b0d38e55c6a91f0e2b7d4c3a8e61f59b02d7c4e3a1f8b6d90c2e5a7
        WARN battery-monitor device_sn=ZN13-77A0912 charge_cycles=612 health=71% recommend=replace_rechargeable_cell
    """),
    ("ms", "soalan_lazim"): _lines("""
        Berapa lama tempoh percubaan alat bantu pendengaran? Tempoh percubaan percuma ialah 14 hari dengan deposit RM300 yang dikembalikan sepenuhnya.
        Adakah pemegang kad OKU layak mendapat bantuan? Ya, permohonan bantuan peralatan sokongan boleh dibuat di pejabat Jabatan Kebajikan Masyarakat daerah.
        Bolehkah alat bantu pendengaran dibawa mandi atau berenang? Tidak. Walaupun bertaraf IP68, alat tidak sesuai direndam. Tanggalkan sebelum mandi.
        Di mana cawangan kami di Johor Bahru? Lot 2-14, Tingkat 2, Plaza Pelangi, Jalan Kuning, Taman Pelangi, dibuka Isnin hingga Sabtu 10 pagi hingga 7 malam.
        Berapa kerap bateri perlu ditukar? Bateri saiz 10 biasanya tahan 3-5 hari, saiz 312 antara 5-7 hari, bergantung kepada penggunaan penstriman Bluetooth.
        Adakah ujian pendengaran perlu temujanji? Ya, sila hubungi talian 03-7956 2288 atau WhatsApp perniagaan kami di 011-2094 7760 untuk tempahan.
        Apakah itu tinnitus? Tinnitus ialah bunyi berdesing atau berdengung dalam telinga tanpa sumber luar. Ia bukan penyakit tetapi simptom keadaan lain.
        Bolehkah kos alat dituntut melalui PERKESO? Pencarum yang mengalami kehilangan pendengaran akibat bising di tempat kerja boleh memohon di bawah Skim Bencana Pekerjaan.
        Berapa lama waranti? Waranti pengeluar ialah 2 hingga 3 tahun bergantung kepada jenama. Kerosakan akibat air atau terjatuh tidak dilindungi.
        Adakah kanak-kanak boleh diuji? Ya, kami menjalankan ujian OAE dan ABR untuk bayi serta audiometri permainan untuk kanak-kanak berumur 2 tahun ke atas.
        Bagaimana cara membersihkan alat? Lap dengan kain kering setiap malam, tukar penapis lilin (wax guard) setiap 4-6 minggu dan simpan dalam pengering.
        Adakah anda menerima bayaran ansuran? Ya, pelan ansuran 0% sehingga 12 bulan tersedia untuk kad kredit Maybank, CIMB dan Public Bank yang terpilih.
        Apakah dokumen yang diperlukan untuk tuntutan insurans? Resit asal, laporan audiogram yang ditandatangani audiologis dan surat rujukan doktor jika ada.
    """),
    ("zh-Hans", "产品介绍"): _lines("""
        【峰力 Phonak】Audéo Lumity L90-R 耳背式助听器，锂电池充电款，支持蓝牙直连 iPhone 与安卓手机，单耳 S$3,990，新加坡各门店均有现货。
        奥迪康 Oticon Intent 1 采用4D传感技术，能根据头部动作和对话对象自动调整声音方向，适合中重度听力损失，马来西亚售价 RM 11,500/对。
        西嘉 Signia Silk Charge&Go IX 隐形耳道式助听器，即戴即用，无需定制耳模，颜色可选黑色与米色，充电盒可用约四天，原厂保修两年。
        唯听 Widex Moment Sheer 440 耳鸣管理版，内置 Zen 音乐疗法程序，提供14天免费试戴服务，试戴押金 S$200 可全额退还，详情请向门店查询。
        瑞声达 ReSound Nexia 9 支持 Auracast 广播音频，未来可在机场、剧院等公共场所直接收听广播，电视伴侣 TV Streamer+ 需另购。
        助听器干燥盒 Perfect Dry Lux，UV-C 紫外线消毒加热风干燥，一次循环约3小时，适用于所有品牌助听器及耳模，马来西亚售价 RM 389。
        Duracell Activair 312号锌空电池，每板6粒，标称电压1.45V，撕下贴纸后请等待约1分钟再装入助听器，一般可使用5至7天。
        儿童专用助听器 Phonak Sky Lumity，耳钩防脱设计，多种彩色外壳可选，适合0至18岁儿童及青少年，配合 Roger 无线麦克风使用效果更佳。
        斯达克 Starkey Genesis AI 内置跌倒侦测功能，可在手机应用中设定提醒对象，单次充电续航约51小时，充电盒可为助听器额外充电。
        商品编号 SKU-OTI-INT2-MRR-CHB，颜色：香槟银，库存 12 台，所属门店：新加坡诺维娜医疗中心分店，库存更新时间 2025-03-18 10:05。
        优利康 Unitron Vivante 提供 Flex:trial 试用功能，同一台设备可在不同技术等级之间切换试听，试听结束后再决定购买哪一个等级。
        Roger On iN 无线麦克风，可放在餐桌中央收集多人谈话声音，适合家庭聚餐和会议场合使用，新加坡零售价 S$1,890（不含消费税）。
        定制耳模（硬质亚克力材质）制作周期为7个工作日，需先到门店由听力师取耳印，耳印材料为医用硅胶，整个取模过程约10分钟，无痛无创。
    """),
    ("mixed", "business_reviews"): _lines("""
        5 stars. The audiologist at the Bishan outlet very patient, explain the audiogram step by step, never hard sell. Got the Oticon trial 2 weeks free, shiok.
        Service ok lah but waiting time too long, booked 11am but only called in at 11.50. Booth aircon also not cold. 3 stars for this branch.
        Kedai ni memang bagus, staf mesra dan boleh cakap Melayu, Mandarin pun boleh. Harga alat sedikit mahal berbanding online tapi servis selepas jualan tip-top.
        朋友推荐的这家 hearing centre 在 Ang Mo Kio Ave 3，价钱合理，repair 只需三天，店里的人很老实，不会乱推贵的型号。
        Avoid this dealer in Kepong. Sold a 'new' unit with scratches, then say cannot refund because trial period over. Will bring to Tribunal Tuntutan Pengguna.
        Best experience at Ah Seng Hearing Aid Centre, Geylang Road. Old-school shop but service very good, free batteries for life if you buy the set from them.
        Dr Audio Hearing Solutions @ Mid Valley: clean clinic, booking via app senang, got parking. Tapi the fitting software took very long to load, wait 20 mins.
        Went for the tinnitus consult at their Novena centre. They play different sound therapy options and explain the CBT approach, very professional. Worth the S$120.
        Rating 2/5. Hotline 6338 1920 always busy, WhatsApp reply after 2 days. The hearing aid itself is good but the customer service need to buck up.
        Jurong East 那间配的 ReSound 效果不错，but follow-up 每次都要提前两个礼拜 book，老人家等不了，希望 management 多请一个 audiologist。
        Good place for kids' hearing test. The paediatric room got toys and a VRA booth, Bangsar branch. Parking at Bangsar Village 2 quite expensive though.
        Terima kasih kepada pasukan cawangan Shah Alam Seksyen 13 kerana proses tuntutan insurans dengan cepat. Recommended untuk warga emas, parking pun senang.
        Price compare with Singapore much cheaper in JB, same Phonak model RM 8,900 vs S$6,380. But warranty only valid in Malaysia, remember to ask first.
    """),
    ("zh-Hant", "聽力史話"): _lines("""
        貝多芬在1801年寫給友人韋格勒的信中首次承認自己聽力衰退，其後仍完成了第九交響曲，首演時需有人示意他轉身才看見觀眾鼓掌。
        亞歷山大·格拉漢姆·貝爾的母親與妻子都是聽障人士，他早年從事聾人教育工作，電話的發明亦與他長期研究聲音傳遞及聾人言語教學有密切關係。
        海倫·凱勒一生倡議聾盲人士的教育權利，其自傳《我的生活》至今仍被譯成多種語言出版，亦經常被香港及台灣兩地的特殊教育課程引用。
        業界一般建議市民在選購助聽器前，先接受由合資格聽力學家進行的純音聽力測試及中耳功能檢查，而不要只在網上或電視購物頻道憑感覺購買。
        台灣自2012年起推動新生兒聽力篩檢補助，嬰兒出生後三個月內可接受免費篩檢，確診個案會轉介至醫院耳鼻喉科及聽語復健機構持續追蹤。
        品牌小史：丹麥奧迪康由漢斯·德馬特於1904年創立，起因是他想為患有聽障的妻子尋找合適的助聽設備，後來發展成今日的跨國醫療集團。
        瑞士峰力的前身 AG für Elektroakustik 於1947年在蘇黎世成立，後來改用 Phonak 品牌，現為 Sonova 集團旗下的主要助聽器品牌。
        唯聽 Widex 於1956年由 Christian Topholm 與 Erik Westermann 在丹麥創立，2019年與西嘉的母公司合併成為 WS Audiology。
        前美國總統列根在任內公開配戴助聽器，令當年美國助聽器銷量明顯上升，此現象後來被業界稱為「列根效應」，常見於助聽器行銷教材。
        前美國總統克林頓於1997年宣布開始配戴雙耳耳道式助聽器，白宮醫生指其聽力下降與年齡及年輕時長期接觸樂隊音樂有關，引起大眾關注。
        世界衞生組織《世界聽力報告》（2021年）指出，到2050年全球將有近25億人出現不同程度的聽力損失，其中約七億人需要康復服務。
        每年3月3日為世界聽力日，香港多間大學、醫院及非政府機構會於當日前後舉辦免費聽力篩查、講座及護耳常識展覽等公眾教育活動。
        2009年台北主辦第21屆夏季聽障奧林匹克運動會，是夏季聽奧首次在亞洲舉行，開幕式上表演者以手語及視覺信號配合音樂演出。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Patient: Mr Goh Teck Seng, 71, NRIC S4419027C, bilateral moderate-to-severe SNHL, fitted Phonak Audéo L70-R on 12/03, SMF claim pending.
        Hi, this is Rosnah's daughter. Mum's left hearing aid keeps whistling, can we come Sat 10am? My number is 9176 4402.
        Mdm Tan Ah Lian's son says she refuses to wear the aids since her dementia diagnosis, please call him at 8231 5096 before the next review.
        Repair intake #R-5521: Ravi Chandran s/o Muthusamy, Blk 412 Pasir Ris Dr 6 #09-233, S(510412), device dropped in toilet bowl, quote S$350 accepted.
        Vincent Lau, 44, tinnitus since his retrenchment in Aug, reports insomnia and anxiety, referred to TTSH psychology. Email: vincentlau.sg@gmail.com
        Call back pls: 9672 0481 (left voicemail re hearing aid trial return)
        NRIC for SMF form: S7533208D, DOB 03/05/1949, CHAS Orange.
        Jeremy Ong owes us S$2,140 balance for the Oticon pair since October, his cheque bounced twice, 3rd reminder sent to his Sengkang flat.
        Mr Kumar's wife called, he was arrested last week so he will miss Thursday's fitting; she asked us not to tell the other family members.
        Baby Chloe Tan Yi Xuan, born 02/11/2024, failed OAE both ears at KKH newborn screening, mother Mrs Tan at 9045 7718, ABR booked 14 Jan.
        2025-02-11,SG-BBT-02,Low Kok Wai,S6812453J,9350 2281,Blk 238 Bukit Batok East Ave 5 #07-112,Oticon Intent 2,trial
        Mrs Angela Fernandez disclosed she is 20 weeks pregnant and her otosclerosis is progressing; SGH ENT to review stapedectomy after delivery.
        Refund to POSB savings 188-45721-3 under the name Lim Hui Min, S$200 trial deposit, approved by branch manager.
        Photo IMG_4471.jpg shows Mr Yusof Hamid's left ear canal with the broken dome tip lodged inside, taken during his 4 Mar visit.
        Means test: Tay Boon Keng, cleaner, gross S$1,650/month, household of 4 in a 3-room flat at Jurong West St 42, applying for SMF top-up.
        FIN G5109364Q belongs to the helper accompanying Mdm Chua Siew Eng; employer authorised her to collect the repaired aids.
        Roster: audiologist Priya Nair on MC 3-5 Apr after her surgery, Ng Wei Ling covers Tampines; do not tell patients the reason.
        2025-03-02 10:14 user=frontdesk2 viewed record of Wong Siew Mei (T0338716F) audiogram, reason=insurance claim query
        Mr Lee Chong Beng's car SJK 4721 H is at the loading bay, he is in the booth for 40 mins, pls inform security not to tow.
        Mrs Harjit Kaur asked that invoices no longer go to her ex-husband's address at 18 Jalan Kembangan after the divorce; send to 27 Lorong Marzuki instead.
    """),
    "mixed": _lines("""
        Auntie Lim the Bedok one lah, her hearing aid spoil again, she say pls call her house 6442 8813 after 3pm, she stay alone cannot hear the door bell.
        陈先生 the Ang Mo Kio customer, his left ear sudden hearing loss last week, now on steroids from CGH ENT. Tell him come back after the course finish.
        Ah Boy's mummy WhatsApp: he got grommets done at KKH on Tues, cannot swim 2 weeks, can postpone the hearing test? Her no. 8123 9904.
        Encik Zulkifli Ahmad, MyKad 580312-14-5521, tuntutan PERKESO untuk NIHL dari kilang di Klang, report audiogram sudah hantar ke zulahmad58@yahoo.com.
        林太话佢老公 Mr Lim 最近 hearing 差好多, also got kidney failure, dialysis Mon/Wed/Fri, so only can come Tues or Thur afternoon.
        Kak Ros from Kampung Baru pesan: anak dia Danial, 9 tahun, autism + hearing loss, need report for sekolah pendidikan khas, call 019-338 2145.
        老王's daughter says he still owe the shop RM 4,200 for the Signia pair, ansuran tertunggak 3 bulan, she ask us don't call his house 03-4021 7765.
        Delivery to 阿明 at 21 Jalan SS2/24, Petaling Jaya, charger replacement, COD RM 85, call first because he cannot hear the bell.
        Kelvin Tan 代付 S$1,280 for his father's repair, PayNow from 9188 0347, receipt pls email kelvintan.kh@outlook.com.
        Puan Lakshmi a/p Subramaniam, 68, tinnitus kuat sejak suami meninggal bulan lepas, tak boleh tidur, family minta refer kaunseling.
    """),
    "ms": _lines("""
        Nama: Mohd Faizal bin Rahman, No. KP: 770921-10-6643, alamat: No. 12, Jalan Melati 3, Taman Sri Muda, 40400 Shah Alam, Selangor.
        Pesakit Noraini binti Hashim disahkan pekak telinga kanan selepas jangkitan meningitis, suami minta laporan untuk permohonan kad OKU.
        Sila pindahkan deposit RM300 ke akaun Maybank 1640 2218 5579 atas nama Azlan bin Yusof, bayaran balik percubaan alat bantu pendengaran.
        Hubungi semula Cik Farah di 012-774 9031 tentang tuntutan insurans ibunya, dokumen resit masih belum lengkap.
        Pak Cik Osman dari Kuala Terengganu masih ada hutang baiki alat RM650, anak dia kata dia baru keluar hospital sebab strok.
        Kereta pelanggan WXY 8821 diletak di petak OKU, pemiliknya Encik Hafiz Roslan sedang buat ujian ABR di bilik 2.
        2025-01-22, KL-SNT-01, Siti Hajar binti Ismail, 881107-03-5218, 013-665 2094, percubaan Phonak Lumity, pulang 05-02.
        Ustazah Rahimah minta keputusan ujian pendengarannya tidak dimaklumkan kepada majikannya di sekolah, takut dibuang kerja.
    """),
    "zh-Hans": _lines("""
        客户：王建国，身份证号 440304195708233616，来新加坡探亲期间助听器损坏，联系电话 +86 138 2751 6604。
        刘阿姨的女儿说她上个月确诊突发性耳聋，现在住在女儿位于榜鹅的组屋，请把验配改到周六上门。
        张先生还欠我们店 S$3,600 的助听器尾款，电话一直不接，他太太说他最近在打离婚官司。
        登记表：姓名 黄丽芳，出生日期 1962-05-14，身份证 350203196205142027，住址 福建省厦门市思明区湖滨南路 388 号 12 栋 1503 室。
        外婆的耳鸣越来越严重，我是她外孙李俊杰，微信号 lijunjie_0921，想预约这个周末的耳鸣咨询。
        周美玲在诺维娜分店试戴了助听器，她说先不要告诉家人她听力下降，怕影响她在银行的工作。
    """),
    "zh-Hant": _lines("""
        客戶資料：陳志強，香港身份證 K482615(9)，住址 九龍觀塘寶達邨達欣樓 1812 室，電話 9218 4470。
        梁太話佢老公梁國輝上個月中風，右耳幾乎聽唔到，想預約上門驗耳，佢哋住黃大仙竹園北邨。
        台灣客戶林怡君，身分證字號 A224817368，在新加坡工作期間購買助聽器，要求將保固轉回台北門市。
        何伯嘅助聽器維修費 HK$1,800 仲未找，佢個仔話遲啲先俾，電話 6390 2217。
        澳門客人鄭嘉欣，電郵 kayan.cheng88@gmail.com，手機 +853 6612 4839，想預約下星期的耳鳴評估。
        台北的吳先生在線上表單留言：本人身分證 F120573948，罹患梅尼爾氏症多年，近期耳鳴加劇，想詢問新加坡分店能否轉介專科。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a helpful assistant for a hearing-aid dealer in Singapore. Help customers with subsidy paperwork.",
        ),
        (
            "user",
            "Can you draft a short cover note for my dad's SMF hearing aid claim? He is Mr Ong Kim Huat, NRIC S3905517A, 78 years old, staying at Blk 115 Yishun Ring Rd #05-402. He got moderate hearing loss both ears.",
        ),
        (
            "assistant",
            "Here is a draft: 'To the SMF Claims Team, I am writing on behalf of my father, Mr Ong Kim Huat (NRIC S3905517A), aged 78, residing at Blk 115 Yishun Ring Rd #05-402. He has been diagnosed with bilateral moderate hearing loss and has been recommended a pair of hearing aids. Please find the audiogram and quotation attached.' You may want to add your own name and contact number as the applicant.",
        ),
        ("user", "Thanks. Put my number 9734 2810 and my name Ong Li Ting at the bottom."),
        (
            "assistant",
            "Updated closing: 'Yours sincerely, Ong Li Ting (daughter), contact 9734 2810.' Remember to attach the means-test documents as well.",
        ),
    ],
    [
        (
            "user",
            "Saya nak tuntut PERKESO sebab telinga rosak kerja kilang besi 20 tahun. Nama saya Rosli bin Ahmad, KP 680415-08-5371. Apa dokumen perlu?",
        ),
        (
            "assistant",
            "Encik Rosli, untuk tuntutan hilang pendengaran akibat bising di tempat kerja, biasanya anda perlukan borang notis penyakit khidmat, laporan audiogram daripada doktor atau audiologis, surat pengesahan majikan tentang jenis kerja, dan salinan kad pengenalan. Sila semak dengan pejabat PERKESO terdekat.",
        ),
        ("user", "Majikan lama dah tutup kilang. Boleh tak guna slip gaji lama je?"),
        (
            "assistant",
            "Slip gaji lama dan caruman KWSP boleh membantu membuktikan tempoh pekerjaan. Bawa semua dokumen yang ada dan terangkan kepada pegawai PERKESO bahawa syarikat sudah ditutup.",
        ),
    ],
    [
        ("system", "你是新加坡一家助听器中心的客服助手，用简体中文回答。"),
        (
            "user",
            "我妈妈叫许秀英，今年82岁，助听器一直有杂音。她住在 Clementi Ave 4 第 318 座 #08-27，可以上门维修吗？我的电话是 8467 3391。",
        ),
        (
            "assistant",
            "您好！我们提供上门检查服务，上门费为 S$60。已记下地址：Clementi Ave 4 第 318 座 #08-27，联系电话 8467 3391。请问许秀英女士的助听器是什么品牌和型号？",
        ),
        ("user", "是 Oticon 的，前年在你们 Jurong 分店买的。"),
        ("assistant", "好的，如仍在保修期内，维修可能免费。技术人员会在上门前一天致电确认时间。"),
    ],
    [
        (
            "system",
            "Clinical summary helper. Patient record: Name: Hendra Wijaya; DOB: 1958-09-30; FIN: F2274810Q; Dx: asymmetric SNHL R>L, MRI IAM clear; hx of noise exposure (shipyard); tinnitus THI score 58; Phone: 9051 6624.",
        ),
        ("user", "Summarise this patient for the referral letter to ENT, keep it under 80 words."),
        (
            "assistant",
            "Mr Hendra Wijaya (DOB 30/09/1958, FIN F2274810Q) presents with asymmetric sensorineural hearing loss, right worse than left, with a history of shipyard noise exposure. MRI of the internal auditory meati is clear. He reports bothersome tinnitus (THI 58, moderate handicap). Kindly review for further management and tinnitus counselling.",
        ),
    ],
    [
        (
            "user",
            "hi, i'm Nicholas Chia, 35, got tinnitus since covid last year, very loud at night until cannot sleep, my gf also complain i keep asking her repeat. can hearing aid help or not?",
        ),
        (
            "assistant",
            "Hi Nicholas, tinnitus often comes together with some hearing loss, and hearing aids with a sound generator can help by making the tinnitus less noticeable. The first step is a full hearing test and tinnitus assessment with an audiologist. If you lose sleep regularly, it's also worth seeing a GP or ENT.",
        ),
        (
            "user",
            "ok can help me book at the Toa Payoh one? my hp 9320 7758, email nicholaschia.work@gmail.com",
        ),
        (
            "assistant",
            "I can't make bookings directly, but you can call the Toa Payoh outlet or use their online form. When you book, give them your mobile 9320 7758 and email so they can send the confirmation.",
        ),
    ],
    [
        ("system", "你是香港一間助聽器公司的客服，請用繁體中文回覆。"),
        (
            "user",
            "我係陳美華，部助聽器跌咗落水，想問維修要幾錢？我住將軍澳唐明苑明楓閣 2205 室，電話 6128 9073。",
        ),
        (
            "assistant",
            "陳小姐你好，入水損壞一般要寄返原廠檢查，檢查費約 HK$300，維修費視乎損壞程度，大約 HK$1,200 至 HK$2,500。我哋可以安排速遞到將軍澳唐明苑明楓閣 2205 室收機。",
        ),
        ("user", "好，麻煩安排聽日下晝。"),
        ("assistant", "已記錄：明天下午上門收機，聯絡電話 6128 9073。速遞員到達前會先致電。"),
    ],
    [
        (
            "system",
            "You help the operations manager of a hearing-care chain in Malaysia plan audiologist rosters.",
        ),
        (
            "user",
            "Next week: Aina Sofea is on maternity leave, Dr Kevin Lim only Mon-Wed because of his chemo, and Tham Mei Kuan can do KL Sentral full week. Make a roster for KL Sentral and Bangsar, Mon-Sat.",
        ),
        (
            "assistant",
            "Draft roster: KL Sentral Mon-Sat: Tham Mei Kuan. Bangsar Mon-Wed: Dr Kevin Lim; Thu-Sat: locum or part-timer needed, since Aina Sofea is on maternity leave. I would avoid mentioning the medical reasons in the roster shared with the wider team.",
        ),
        ("user", "Good point. Just write 'leave' for both."),
        (
            "assistant",
            "Updated: Bangsar Mon-Wed Dr Kevin Lim, Thu-Sat TBC (locum). Aina Sofea: leave. Dr Kevin Lim: leave Thu-Sat.",
        ),
    ],
    [
        (
            "user",
            "Help me write a complaint to the dealer. I bought a ReSound pair for S$6,200, invoice INV-2024-11873, and it broke after 2 months. They say water damage but I never wet it. My name is Suresh Pillai, contact 9605 1147, address 36 Siglap Drive.",
        ),
        (
            "assistant",
            "Dear Sir/Madam, I am writing about my ReSound hearing aids purchased for S$6,200 under invoice INV-2024-11873. After only two months of normal use, the devices stopped working. Your staff attributed the fault to water damage, which I dispute, as they were never exposed to water. I request an independent manufacturer inspection and repair or replacement under warranty. Regards, Suresh Pillai, 36 Siglap Drive, tel 9605 1147.",
        ),
        ("user", "Add that I'll go to CASE if no reply in 14 days."),
        (
            "assistant",
            "Added: 'If I do not receive a reply within 14 days, I will refer this matter to the Consumers Association of Singapore (CASE).'",
        ),
    ],
    [
        (
            "user",
            "bro my grandma Lee Swee Lan 84 years old need hearing aid, budget max 3k. she stay with us at Punggol Walk, she got diabetes and hands shaky so cannot use small battery. what to get?",
        ),
        (
            "assistant",
            "For someone with shaky hands, a rechargeable behind-the-ear or receiver-in-canal model is easiest, because there are no tiny batteries to change and the charger just needs the aids dropped in. Within about S$3,000 for a pair, ask for entry-level rechargeable models and check whether she qualifies for SMF subsidy, which can lower the cost a lot.",
        ),
        ("user", "ok she got CHAS blue card, household income low. can claim?"),
        (
            "assistant",
            "A CHAS Blue card usually means lower household income, so she may qualify for a higher SMF subsidy tier. The audiologist's clinic can help submit the application with her details.",
        ),
    ],
    [
        (
            "system",
            "You draft SMS reminders for an audiology clinic in Singapore. Keep each SMS under 160 characters.",
        ),
        (
            "user",
            "Reminders for tomorrow: Mdm Koh Bee Hwa 9:30am fitting, 9812 6603; Mr Abdul Rahim bin Salleh 2pm ear wax removal, 8745 1029.",
        ),
        (
            "assistant",
            "To 9812 6603: Dear Mdm Koh Bee Hwa, reminder of your hearing aid fitting tomorrow 9:30am. Reply C to confirm. | To 8745 1029: Dear Mr Abdul Rahim bin Salleh, reminder of your ear wax removal tomorrow 2pm. Reply C to confirm.",
        ),
        ("user", "Perfect, thanks."),
    ],
]
