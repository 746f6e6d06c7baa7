# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix132: oil palm, rubber, cocoa and pepper smallholders and estate offices in MY/ID/SG traders (harvest tickets, FFB grading, mill payments, foreign workers, cooperative groups). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix132
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "mill_notice"): _lines("""
        NOTICE TO ALL FFB SUPPLIERS: Effective 1 March 2026, bunches with stalks longer than 5 cm will be trimmed at the loading ramp and a 2% deduction applied to the consignment.
        Mill gate hours during Hari Raya Aidilfitri: 30 Mar closed, 31 Mar 7:00am-1:00pm, normal operation resumes 1 Apr. Weighbridge enquiries: 09-573 2210 (office line).
        The daily FFB price for OER 20% at the Sg. Tekam mill today is RM 832.50 per tonne, Kuantan zone; dealers add transport at RM 18/t beyond 40 km.
        Unripe bunches (black, fewer than 10 loose fruits) will be rejected outright. Please brief your harvesting teams; rejected lots go back on the same lorry at the supplier's cost.
        Reminder: all dealers must present a valid MPOB licence at the weighbridge from 15 Jan. Copies may be e-mailed to compliance@seribulanmill.com.my before delivery.
        Payment cycle change: consignments delivered 1-15 of each month are paid on the 25th; those from the 16th to month-end are paid on the 10th of the following month via GIRO.
        Grading results for week 12/2026: ripe 88.4%, underripe 6.1%, unripe 1.2%, overripe 2.7%, empty bunch 0.9%, long stalk 0.7%. Mill target for ripe is 90% or better.
        The mill will host a smallholder field day on Good Agricultural Practice with MPOB TUNAS officers on 18 April, 9am, at Dewan Serbaguna Felda Jengka 8. Free lunch provided.
        RSPO supply chain: independent smallholder groups under the Mass Balance model must submit their internal audit report by 30 June; the template is at the mill office counter.
        Road to Loading Ramp B will be closed for resurfacing 5-7 May. Lorries above 10 tonnes kindly use the Jalan Kilang Lama entrance (Gate 2), next to the Petronas station.
        Loose fruit is paid separately at RM 0.95/kg when delivered in clean sacks not exceeding 50 kg. Sacks containing sand, stones or debris will be downgraded on the spot.
        Lorry turnaround data for March: average queue 47 minutes, longest 2h 15m on 14 March (Friday). We thank all suppliers for their patience during the boiler maintenance.
        For disputes on grading, request a joint regrading within 30 minutes of tipping; the mill grader and the supplier's representative will sign form QA-07 together.
    """),
    ("zh-Hans", "价格表"): _lines("""
        【今日收购价】2026年3月12日 砂拉越白胡椒 RM 21.80/公斤，黑胡椒 RM 14.50/公斤，水分超过14%按比例扣秤，谢谢各位园主支持。
        橡胶杯胶（cup lump）收购价：干胶含量DRC 50%，每公斤RM 3.05；DRC每增减1%加减6仙。本店地址：峇株巴辖 Jalan Rahmat 88号。
        可可豆（发酵干豆）一级 RM 17.20/公斤，二级 RM 15.60/公斤，未发酵豆另议。斗湖收购站营业时间：早上8点至下午5点，星期日休息。
        油棕果串FFB今日价格（彭亨区）：OER 18% RM 742/吨，OER 19% RM 783/吨，OER 20% RM 824/吨。价格随MPOB每日报价调整。
        SKU WP-500G 砂拉越白胡椒粒 500克装 批发价 RM 16.90，一箱24包 RM 388.00，满三箱免运费（限西马）。
        本周胶片价格表：RSS1 每公斤RM 6.42，RSS3 RM 6.18，胶屑 RM 2.90。报价参考马来西亚橡胶局（LGM）公布之SMR 20价格。
        黑胡椒ASTA等级出口报价 FOB古晋：550 g/l 每吨USD 6,850，500 g/l 每吨USD 6,400，报价有效期至2026年3月20日。
        收购价调整通知：即日起棕油散果（loose fruit）每公斤RM 0.92，须无沙无泥，过磅时间截止下午4点半，逾时明天再来。
        肥料价目：NPK 12-12-17-2 每包50公斤 RM 148；硼砂 Borate 25公斤 RM 96；MOP氯化钾 RM 132。合作社社员九五折。
        可可粉零售价：Chocolate Kingdom 门市 200克 RM 12.90，1公斤 RM 52.00；批发请联系公司客服热线 +60 4-731 5520。
        今日价格表已更新于 07:45（GMT+8），下次更新 13:00。价格仅供参考，实际以磅秤单（weighbridge ticket）为准。
        新加坡转口Muntok白胡椒（印尼邦加岛产）CIF新加坡报价 USD 7,200/吨，最小订量一个20尺柜，交期四周，付款方式T/T或信用证。
        橡胶木原木收购：直径20公分以上每吨RM 210，以下RM 165，运至居銮工厂另计运费，每车最少15吨，详情请洽门市柜台或致电工厂办公室。
    """),
    ("zh-Hant", "群組對話"): _lines("""
        各位同事，今日古晉嗰批黑胡椒已經入倉，總共320包，每包50公斤，請倉務部下晝三點前點清楚再報數，有爛包嘅影相放上群組。
        老闆話下個禮拜一嘅可可豆樣板要寄去台北客戶，每款500克，一共四款，麻煩物流部用DHL Express寄，單號記得貼返上群組。
        提提大家：星期五係月結，所有沙巴收購站嘅磅單要喺星期四晚之前scan晒入共享資料夾 /財務/2026-03，檔名用磅單編號。
        啱收到 MPOB 通知，今日FFB價格每噸跌咗RM 15，報價表我已經更新咗，version 3.2，大家用返新嗰份，舊嗰份唔好再send畀客。
        DHL 追蹤號碼 4829 1103 77，樣板預計星期三到桃園，客人收到之後會做 cut test 同水分測試，合格先再落大單。
        倉庫濕度今朝量到78%，胡椒包要墊卡板同開抽濕機，唔該當值嘅同事每兩個鐘睇一次，記錄喺門口嗰張溫濕度表度，如果超過80%即刻通知倉務主管。
        香港寫字樓地址更新：九龍觀塘道388號創紀之城一期12樓，由下個月一號起發票抬頭同提單收貨人資料請一律改用新地址，舊地址嘅信件會轉寄三個月。
        採購部問：今年蘇拉威西可可豆產量報告有冇人睇過？ICCO上個月出咗新數據，話減產8%，下季報價可能要再加，銷售部記得提早通知台灣同澳門嘅客。
        合約編號 PC-HK-2026-0417 已經雙方簽署，付款條件 30% 訂金、70% 見提單副本，請財務跟進同安排開發票。
        天文台話聽日可能掛八號風球，葵涌碼頭提貨暫停，已經同貨代講咗改期到禮拜四，倉務同事聽日唔使特登返倉，有咩最新消息我會喺群組通知。
        台灣分公司客服專線 (02) 2758-3366 已經開通，週一至週五 09:00-18:00，請同事轉告客戶，報價查詢都可以打呢條線。
        新ERP系統登入網址 https://erp.example-spice.hk/login ，預設密碼請向IT部索取，唔好喺群組度傳。
        今個月出口報關已完成18單，淨重合計412.6公噸，比上個月多咗9%，主要係砂拉越白胡椒同沙巴可可豆，下個月目標係450公噸，多謝各位努力！
    """),
    ("ms", "soalan_lazim"): _lines("""
        S: Bilakah dividen koperasi pekebun kecil akan dikreditkan? J: Dividen tahun kewangan 2025 dijangka dibayar selepas Mesyuarat Agung Tahunan pada bulan Jun 2026.
        S: Apakah dokumen yang diperlukan untuk memohon lesen MPOB? J: Salinan geran tanah, surat kebenaran pemilik jika menyewa, dan borang permohonan yang lengkap.
        S: Berapakah kadar OER yang digunakan untuk harga BTS di Johor? J: Kadar OER purata kilang berdekatan, biasanya antara 19% hingga 21%, diumumkan setiap bulan.
        S: Adakah RISDA memberi bantuan tanam semula getah? J: Ya, di bawah Skim Bantuan Tanam Semula, tertakluk kepada keluasan kebun tidak melebihi 40 hektar.
        S: Bagaimana cara menyemak harga harian getah? J: Layari laman web Lembaga Getah Malaysia (LGM) atau hubungi talian pejabat koperasi 07-431 8800 pada waktu pejabat.
        S: Bolehkah pekerja asing bekerja di kebun kecil? J: Boleh, melalui permohonan kuota di Jabatan Tenaga Kerja dengan permit PLKS sektor perladangan yang sah.
        S: Apakah maksud buah mentah dalam penggredan BTS? J: Tandan hitam atau ungu gelap tanpa buah relai, kandungan minyak rendah, dan akan ditolak oleh kilang.
        S: Di mana pusat pengumpulan koko terdekat di Sabah? J: Lembaga Koko Malaysia ada pusat di Tawau, Kota Kinabalu dan Keningau; waktu operasi 8 pagi hingga 4 petang.
        S: Bagaimana untuk menyertai kumpulan pensijilan MSPO? J: Daftar dengan Pegawai TUNAS di daerah anda; audit kumpulan dijalankan setahun sekali dengan kos ditanggung kerajaan.
        S: Berapa lama lada hitam mula berbuah selepas ditanam? J: Pokok lada mula berbuah selepas 18 hingga 24 bulan dan mencapai hasil penuh pada tahun ketiga.
        S: Apakah had muatan lori yang dibenarkan masuk ke kilang? J: Ikut had berat kasar JPJ; lori 3 tan tidak boleh melebihi 7,500 kg dan lori terlebih muatan akan diarah keluar.
        S: Adakah e-mel pertanyaan dijawab pada hujung minggu? J: Pertanyaan ke aduan@koperasisawitmaju.com.my dijawab dalam tempoh tiga hari bekerja.
        S: Bolehkah ahli koperasi membeli baja secara ansuran? J: Boleh, potongan dibuat daripada bayaran jualan BTS bulanan, maksimum enam bulan tanpa caj faedah.
    """),
    ("mixed", "log_lines"): _lines("""
        2026-03-14T07:42:18+08:00 WB01 INFO ticket=WB-260314-0087 lorry_class=3T gross=6840kg tare=3120kg net=3720kg grade=A supplier_type=DEALER
        2026-03-14 07:55:02 [kilang-sg-tekam] WARN grading: unripe_pct=4.8 melebihi had 3.0, potongan=2% applied to ticket WB-260314-0091
        sync_job 采购单同步 completed: 1,284 records pushed to SAP S/4HANA, 3 rejected (missing OER), duration 00:02:41, run_id=7f3c9a2e
        config: ffb_price.source=MPOB_DAILY region=SELATAN oer_default=0.20 rounding=HALF_UP currency=MYR # 默认值，勿改
        ERROR 2026-03-15 11:03:47 payment_batch PB-0315-02 gagal: bank API timeout (DuitNow Bulk), retry 2/3 scheduled 11:08
        INFO 磅秤 calibration check OK - test weight 10,000 kg, reading 10,005 kg, deviation 0.05% within tolerance (SIRIM cert 2025-11)
        CSV header: ticket_no,tarikh,block_id,tandan_count,berat_kasar_kg,berat_tara_kg,berat_bersih_kg,gred,catatan
        2026-03-16 06:30:00 cron: harvest_round_planner 生成 Blok 12A-12F pusingan tuai 10 hari, 42 hectares, est. yield 38.5 t
        docker compose up -d estate-api:2.7.1 rubber-tapping-svc:1.4.0 -- healthcheck passed, listening on 0.0.0.0:8080
        DEBUG sensor=rain_gauge_B3 hujan=23.4mm window=24h tapping_suspended=true untuk Ladang Getah Sg. Buloh Division 2
        audit: user_role=CLERK action=EDIT_TICKET ticket=WB-260317-0142 field=gred old=B new=A approved_by_role=MILL_MANAGER
        sha256(harvest_export_2026-03.csv)=9b1e4f7ac0d2e85b36f1a9c4d7e02b58f63a1c9e4b7d0f25a8c3e6b91d4f7a20 uploaded ke bucket estate-archive
        API GET /v2/koperasi/{coop_id}/members?page=2 200 OK 134ms -- response redacted; sample coop_id=KPK-PHG-0042
    """),
    ("en", "history"): _lines("""
        Henry Nicholas Ridley, director of the Singapore Botanic Gardens from 1888, developed the herringbone tapping method and tirelessly promoted rubber to sceptical Malayan planters.
        In 1896 Tan Chay Yan planted the first commercial rubber estate in Malaya at Bukit Lintang, Melaka, on land where he had earlier grown tapioca.
        The 22 seedlings sent from Kew Gardens to Singapore in 1877 descended from seeds collected in Brazil by Henry Wickham, whose role remains controversial today.
        The first commercial oil palm estate in Malaya, Tennamaram Estate in Selangor, was planted in 1917 under the French planter Henri Fauconnier.
        Henri Fauconnier's novel Malaisie, which won the Prix Goncourt in 1930, draws on his years running a rubber estate in Selangor.
        FELDA was established in 1956 and, under Tun Abdul Razak's rural development drive, resettled landless families onto oil palm and rubber schemes across Pahang and Johor.
        Sarawak pepper was introduced by Chinese settlers in the mid-nineteenth century; by the 1950s Kuching had become one of the world's leading pepper ports.
        The Rubber Research Institute of Malaya was founded in 1925 in Kuala Lumpur and bred high-yielding clones such as RRIM 600, widely planted from the 1950s.
        Cocoa cultivation in Sabah boomed in the 1980s around Tawau, until cocoa pod borer and falling prices pushed many growers to switch to oil palm.
        Anthony Burgess set parts of his Malayan Trilogy on rubber estates, portraying planters, clerks and tappers in the last years of British rule.
        During the Malayan Emergency of 1948 to 1960, rubber estates were fortified and tappers were moved into New Villages under the Briggs Plan.
        The four Elaeis guineensis palms planted at the Bogor Botanic Gardens in 1848 are regarded as ancestors of much of Southeast Asia's Deli dura oil palm stock.
        In the late 1980s Primary Industries Minister Lim Keng Yaik led Malaysia's campaign against the American Soybean Association's tropical oils advertisements.
    """),
    ("mixed", "staff_chat"): _lines("""
        Guys, FFB price today drop lagi RM 20, boss kata hold dulu jual to dealer, tunggu esok tengok MPOB update pukul 3 petang.
        Block 9 punya tandan semalam banyak yang mentah lah, mill reject 0.8 tonne. Mandor please remind team jangan potong buah hitam.
        明天早上7点lorry会到Division 3 ambil buah, 大家记得把loose fruit装好袋，jangan campur pasir ya.
        Kerani, tolong print harvest ticket book baru, nombor siri HT-7001 sampai HT-7500, yang lama dah habis since Monday.
        Hujan lebat dari pagi, tapping cancel hari ni. Latex cup semua kena tutup, nanti petang kita check lagi 天气 okay tak.
        Fertilizer lorry dah sampai, 240 beg NPK 15-15-6-4. 放在 store B, jangan letak dekat bilik racun, safety auditor datang Khamis.
        Reminder semua: CPO price ikut Bursa Malaysia FCPO third month, today close RM 4,126. So OER 20% punya FFB dalam RM 830-840 range.
        Koperasi meeting 改到 Sabtu jam 10 pagi di dewan orang ramai, agenda: dividend, baja subsidy, and MSPO audit schedule.
        Ada yang tau kenapa weighbridge printer keluar blank? Dah tukar kertas thermal, still sama. IT kata firmware v3.08 ada bug.
        Pekerja baru dari Sabah dah sampai hostel, 6 orang. HR akan buat induction Isnin, topik: PPE, cara guna sabit dan dodos.
        Cocoa pods dekat Plot C banyak kena black pod, 大概20%. Agronomist suggest spray copper fungicide lepas hujan berhenti.
        Pepper vines kat kebun contoh dah start berbunga, expected harvest around August. 价格如果保持 RM 20 above, memang untung lah.
        Estate manager approve OT untuk weekend: harvesting gang Division 1 & 2, rate 1.5x, max 4 jam sehari, please submit OT form by Friday.
    """),
    ("ms", "invois"): _lines("""
        INVOIS No. INV-2026/03/0418 | Kilang Sawit Seri Bulan Sdn. Bhd. (No. Syarikat 199801012345 / 462811-K) | Jumlah BTS: 128.44 tan @ RM 812.00 = RM 104,293.28
        Bil kepada: Koperasi Pekebun Kecil Sawit Maju Berhad, Lot 12, Jalan Perindustrian 3, 26400 Bandar Jengka, Pahang. Terma bayaran: 14 hari.
        Perkara 1: Baja NPK 12-12-17-2 (50 kg) x 80 beg @ RM 148.00 = RM 11,840.00; SST 0% (barang pertanian dikecualikan).
        No. Pendaftaran SST: J31-1808-32001234 | Nota Kredit NK-0079 untuk pelarasan gred BTS minggu 11, tolakan RM 1,206.50.
        Sila bayar ke akaun semasa Maybank 5621 0981 2233 atas nama Agro Lada Sarawak Sdn Bhd; nyatakan nombor invois, resit rasmi dikeluarkan dalam 3 hari bekerja.
        Invois Cukai e-Invois LHDN UUID 4F8A2C91-7D3E-4B05-9A1C-62E0F8D4B317, dikeluarkan 2026-03-18 10:24, status: Sah (Validated).
        Caj pengangkutan lori 10 tan dari Ladang Bukit Kemuning ke Kilang Kahang: 6 trip x RM 380.00 = RM 2,280.00, termasuk tol.
        Pembekal: Kedai Baja & Racun Ah Kow Trading (No. SSM 202103045678), Jalan Besar, 86000 Kluang, Johor. Tel kedai: 07-772 1934.
        Jumlah kecil RM 48,612.40, diskaun ahli koperasi 5% RM 2,430.62, jumlah perlu dibayar RM 46,181.78. Tarikh akhir: 15 April 2026.
        Invois Eksport No. EXP-KCH-2026-022: Lada Putih Sarawak Gred FAQ, 19.2 tan metrik, FOB Pelabuhan Senari, USD 138,240.00.
        Catatan: harga getah SMR 20 berdasarkan purata harian LGM bagi tempoh 1-15 Mac 2026, iaitu 712.5 sen/kg.
        Resit Rasmi No. RR-004512 diterima daripada Syarikat Koko Tawau Enterprise untuk invois INV-2026-0231, amaun RM 9,874.00 melalui DuitNow.
        Invois Pro Forma PF-0611: Biji koko kering gred SMC 1A, 25 tan @ RM 16,800/tan, penghantaran CIF Pelabuhan Pasir Gudang, sah sehingga 30 April.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Harvester Budi Santoso (Indonesian passport B 4827165, Block 14) has not returned to the line site since Friday; estate manager to inform JTK and the agent.
        Please pay the February FFB proceeds of RM 6,482.10 to smallholder Lim Ah Huat, Public Bank a/c 6129 4408 31, MPOB licence 517088012000, Kampung Sri Lalang.
        Mandor Rajesh a/l Muniandy was admitted to Hospital Tengku Ampuan Afzan on 3 March after a wasp sting during pruning; he is allergic and needs two weeks' leave.
        Debtor list: Mr Wong Kee Fatt owes the cooperative RM 3,200 for fertiliser on credit since 2024 and has missed five deductions; refer to legal if unpaid by June.
        Our tapper Aminah's husband filed for divorce last month, so she asked to move to the morning shift and take her kids to school herself.
        Contact for lorry pickup: Encik Zulkifli, 013-728 4591, plate WQX 7264, arrives at Block 3 around 7am on Tuesdays and Fridays.
        EMP0417,Ketut Wirawan,G5123847N,Tuas office clerk,S$2450,OCBC 601-238714-001,joined 2024-08-05
        Singapore buyer contact: Mr Desmond Ong Wei Liang, NRIC S7812254D, mobile +65 9387 2215, home at Blk 318 Tampines St 33 #05-224.
        Mill clerk note: supplier Siti Hajar bt Kassim says her daughter is pregnant and due in May, so she asked for the FFB payment early to cover hospital costs.
        Call back the dealer on 017-962 3308 after 6pm, he said it's his own handphone, not the company line.
    """),
    "zh-Hans": _lines("""
        陈先生（胡椒园主，古晋石角路）身份证 620715-13-5427，本季卖出白胡椒1.8吨，款项RM 39,240请转入他的丰隆银行户口 2840 1937 556。
        阿明最近诊断出糖尿病，脚上的伤口一直没好，医生说不能再下园割胶，合作社要帮他申请福利金。
        收购站登记：黄美玲，手机 016-882 4170，住址 柔佛州居銮 Taman Intan 5巷12号，可可豆每周交货约300公斤。
        林太说她老公欠了肥料店两万多块，现在每个月的胶钱都被扣，家里小孩的学费都付不起了。
        中国进口商联系人：张伟强，身份证号 440104197805123716，电话 138 2745 6619，邮箱 zhangwq1978@163.com。
        工人工资表：Suparman（印尼籍，护照 C 7712038）三月工资RM 1,720，扣除宿舍费RM 50，实发RM 1,670。
        刘老板的儿子上个月在新山因为贩毒被捕，他现在完全无心管园，十英亩油棕都没人收割，果子烂在树上。
        请把磅单寄给 tan.boonhock88@gmail.com，他是我们在巴生的小园主，送果的车牌是 BKT 8823。
        合作社会员名单第37号：郑国华，MyKad 690322-01-6183，面积4.2公顷，MPOB执照 520366341000，已缴会费。
        阿芳姐月薪只有RM 1,500，她向我借了RM 800说是给她妈妈洗肾，请财务从她下个月工资里扣。
    """),
    "zh-Hant": _lines("""
        香港買家黎志強先生，HKID K482163(7)，手提 9124 8835，送貨地址：新界元朗鳳翔路28號翠林閣15樓B室。
        台灣客戶 陳淑芬，身分證 B237158404，手機 0921-336-748，可可豆樣品請寄台中市西屯區文心路三段241號7樓之2（住家）。
        阿強啱啱話佢老婆流產咗，要陪佢覆診，今個禮拜唔返工，佢負責嗰幾行膠樹要搵人頂更。
        何生之前借咗公司五萬蚊買新車，依家話周轉唔靈，每個月分期都還唔到，老闆好嬲話要扣佢花紅。
        請轉賬去黃家豪嘅滙豐戶口 808-123456-838，係佢賣畀我哋嗰批胡椒嘅貨款 HK$42,600。
        澳門客人梁嘉欣小姐，澳門居民身份證 5215378(3)，電話 +853 6628 1947，佢話貨到之前先打電話。
        台北辦公室報銷單：員工 王志明，員工編號 TP-0088，身分證 A128640978，出差古晉機票 NT$18,450。
        呢張相係阿珍喺芭場跌親之後影嘅，手腕腫晒，X光話骨裂，要打石膏六個禮拜，記得幫佢報工傷保險。
        會員資料：姓名 吳國棟，電郵 kwokdung.ng@yahoo.com.hk，地址 屯門湖景邨湖畔樓1023室，持有沙巴可可園股份5%。
        劉太話佢先生喺檳城做完心臟搭橋手術，要休養一個月，下個月先可以返嚟揀胡椒，人工照出定停？
    """),
    "ms": _lines("""
        Pekebun kecil Encik Ahmad Fauzi bin Yusof, No. KP 710825-06-5133, Lot 442 Kampung Sungai Koyan, Raub, Pahang - bayaran BTS Mac RM 4,118.60.
        Kak Limah dah tiga bulan tak bayar hutang baja kat koperasi, katanya suami dia kena buang kerja dan anak dia sakit leukemia.
        Tolong hubungi Pak Samad di 019-774 2086 untuk ambil getah sekerap, dia cuma angkat telefon lepas Zohor.
        No. akaun Bank Islam 1201 3020 4588 71 atas nama Norhayati binti Osman, untuk bayaran hasil koko bulan Februari.
        Pekerja Indonesia Slamet Riyadi (pasport C 3309184, permit PLKS tamat 12/09/2026) ditahan Imigresen di sekatan jalan Temerloh semalam.
        Lori BTS JRB 5471 milik Encik Hashim Ali langgar tiang elektrik di simpang estet, pemandunya cedera kepala dan dibawa ke Hospital Segamat.
        Borang keahlian: Nama: Rosnah binti Abdullah | KP: 650409-03-5222 | Alamat: No. 17, Jalan Mawar 4, Taman Desa Jaya, 18000 Kuala Krai, Kelantan | Tel: 09-960 4418
        Gaji penoreh Encik Rahim bulan lepas cuma RM 980 sebab hujan, dia minta pendahuluan RM 300 untuk bayar sewa rumah.
        E-mel pekebun lada untuk hantar penyata: maryjimbun67@gmail.com (Puan Mary anak Jimbun, Serian, Sarawak).
        Encik Kamal dari Blok 6 positif denggi, isterinya pula mengandung lapan bulan, jadi kami beri dia cuti seminggu.
    """),
    "mixed": _lines("""
        Boss, Ah Seng 那个 lorry JPA 3382 又 overload, JPJ officer dah saman, fine RM 2,000, 他说要 potong gaji slowly.
        Pls update supplier master: 许文辉, MyKad 580916-08-5551, bank CIMB 7601 2288 4419 05, handphone 012-556 3190, kebun 6 ekar di Sitiawan.
        Kakak Yuni 的 work permit expire 了, agent 说 renew 要 RM 1,850, 她自己 bayar 不起, 问 boss boleh pinjam dulu tak.
        Driver Muthu kata his wife masuk wad ICU sebab stroke, 这个礼拜 tak dapat hantar buah, tolong cari replacement.
        Collection point log 2026-03-19: 08:12 Tan Mei Ling - 412 kg cup lump DRC 52% - RM 1,291.02 paid cash - IC 750602-10-5068.
        阿伟 from Tawau cocoa station 被 bank 追债, 他的 credit card hutang dah RM 28k, 现在每天有人打电话去他家 kacau.
        SG office: please courier the pepper samples to Mr Kelvin Teo's home, 23 Jalan Kembangan #03-01 Singapore 419127, he WFH this week, hp 9146 5027.
        新来的 kerani 刘佩珊 salary RM 2,300 + EPF, IC 980113-14-6242, start 1 April, 放在 Division 2 office.
        Wei, 你记得 Pak Usop 吗? Dia dah meninggal minggu lepas, anak dia nak claim balance FFB payment RM 3,460, need death cert & IC anak.
        Photo attached: IC depan & belakang Encik Lee Kok Meng untuk koperasi membership, 照片有点模糊 please ask him retake.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the supplier-desk assistant of a palm oil mill in Pahang. Be concise and polite.",
        ),
        (
            "user",
            "Draft a short letter to smallholder Encik Ismail bin Daud (IC 680214-06-5021, Lot 88 Kampung Bukit Tajau, Maran) telling him his 2.4 t of FFB on ticket WB-260312-0044 was rejected for unripe bunches.",
        ),
        (
            "assistant",
            "Dear Encik Ismail bin Daud, We regret to inform you that your consignment of 2.4 t FFB under ticket WB-260312-0044 was rejected at our loading ramp because of a high proportion of unripe bunches. You may request a joint regrading within 30 minutes of tipping on future deliveries. Thank you for your understanding. Supplier Desk",
        ),
        ("user", "Add that the lorry will return the bunches to his address tomorrow morning."),
        (
            "assistant",
            "Added: The rejected bunches will be returned on our lorry to Lot 88 Kampung Bukit Tajau, Maran tomorrow morning. Please ensure someone is present to receive them.",
        ),
    ],
    [
        (
            "user",
            "帮我算一下印尼工人Sutrisno（护照 B 6620471）三月份工资：割胶28天，每天RM 65，扣宿舍RM 50，扣预支RM 200。",
        ),
        (
            "assistant",
            "Sutrisno三月工资计算：28天 x RM 65 = RM 1,820；扣宿舍费 RM 50、预支 RM 200，共扣 RM 250；实发 RM 1,570。",
        ),
        (
            "user",
            "他说要把钱寄回东爪哇给老婆，她的BRI户口是 0123-01-009876-50-3，怎么写汇款备注比较好？",
        ),
        (
            "assistant",
            "备注可以写：Gaji Mac 2026 - Sutrisno，收款人户口 BRI 0123-01-009876-50-3。建议通过持牌汇款公司办理并保留收据。",
        ),
    ],
    [
        ("system", "Anda pembantu pejabat Koperasi Pekebun Kecil. Jawab dalam Bahasa Melayu."),
        (
            "user",
            "Tolong tulis surat rayuan bantuan baja untuk ahli kami Puan Zaleha binti Harun, KP 720530-11-5314, alamat No. 9 Kampung Padang Luas, 22000 Jerteh, Terengganu. Suami dia baru meninggal dan dia tanggung 4 anak.",
        ),
        (
            "assistant",
            "Tuan, RAYUAN BANTUAN BAJA: PUAN ZALEHA BINTI HARUN (KP 720530-11-5314) Dengan hormatnya, kami memohon pertimbangan bantuan baja untuk ahli kami yang beralamat di No. 9 Kampung Padang Luas, 22000 Jerteh. Beliau baru kehilangan suami dan kini menanggung empat orang anak seorang diri dengan hasil kebun sawit 3 ekar. Sekian, terima kasih.",
        ),
        ("user", "Ok bagus, tambah nombor telefon dia 014-935 2287 di bawah."),
        (
            "assistant",
            "Baik, di bawah surat ditambah: Untuk hubungan lanjut: Puan Zaleha binti Harun, tel. 014-935 2287.",
        ),
    ],
    [
        ("user", "幫我寫封email畀古晉嘅胡椒供應商，話上批白胡椒水分太高，要扣秤5%。"),
        (
            "assistant",
            "Dear Sir/Madam, 上批白胡椒（合約 PC-HK-2026-0392）抽樣水分達15.2%，超出合約上限14%，按條款我哋會扣秤5%。請確認，多謝。",
        ),
        (
            "user",
            "收件人係陳振輝老闆，佢手機係 +60 16-882 7153，email係 chunfai.chan@hotmail.com，幫我加埋上款同聯絡資料。",
        ),
        (
            "assistant",
            "陳振輝老闆： 上批白胡椒（合約 PC-HK-2026-0392）抽樣水分15.2%，超出上限14%，按條款扣秤5%。如有疑問請回覆 chunfai.chan@hotmail.com 或我哋會致電 +60 16-882 7153 跟進。",
        ),
    ],
    [
        (
            "system",
            "You help a cooperative clerk clean spreadsheets. Reply in the user's language mix.",
        ),
        (
            "user",
            "Check duplicate dalam list ni: KPK-0112,Goh Siew Lan,560711-01-5288,3.5 ha KPK-0187,Goh Siew Lan,560711-01-5288,3.5 ha KPK-0190,Razali bin Omar,610302-01-6027,2.1 ha",
        ),
        (
            "assistant",
            "Ada satu duplicate: Goh Siew Lan (IC 560711-01-5288) appears twice, KPK-0112 dan KPK-0187. Cadangan: keep KPK-0112, delete KPK-0187. Razali bin Omar (KPK-0190) tak ada duplicate.",
        ),
        ("user", "好的, 那 Goh Siew Lan 的 dividend 会不会被 double pay?"),
        (
            "assistant",
            "有可能。如果 KPK-0187 也已经 paid dividend 2025, 请 check bank statement; kalau dah double pay, minta dia pulangkan atau tolak dari bayaran BTS bulan depan.",
        ),
    ],
    [
        (
            "system",
            "User profile: Mr Chandran a/l Subramaniam, smallholder, 5 acres oil palm in Labis, mobile 012-704 6618, Maybank a/c 1140 3322 8761. Personalise answers.",
        ),
        ("user", "What is a fair FFB price this week for OER 19%?"),
        (
            "assistant",
            "Based on this week's MPOB southern-region figures, OER 19% FFB is around RM 780-790 per tonne. For your 5 acres in Labis, with a typical 1.5-2 t per round, that is roughly RM 1,170-1,580 per harvesting round before transport.",
        ),
    ],
    [
        (
            "user",
            "Saya kerani ladang. Tolong buat laporan kemalangan: pekerja Bangladesh Md Rafiqul Islam, pasport EB0394512, luka tangan kena dodos jam 9.15 pagi di Blok 21.",
        ),
        (
            "assistant",
            "LAPORAN KEMALANGAN Nama: Md Rafiqul Islam No. Pasport: EB0394512 Masa/Lokasi: 9.15 pagi, Blok 21 Kecederaan: luka pada tangan akibat dodos Tindakan: rawatan awal di klinik ladang, dirujuk ke hospital jika perlu.",
        ),
        ("user", "Doktor kata 8 jahitan dan MC 5 hari. Masukkan sekali."),
        (
            "assistant",
            "Dikemas kini: Rawatan: 8 jahitan di Klinik Kesihatan, cuti sakit (MC) 5 hari. Sila lapor ke PERKESO dalam tempoh 48 jam.",
        ),
    ],
    [
        (
            "user",
            "請幫我把這份可可豆採購合約的買方資料翻成英文：買方 林俊宏，身分證 H121553013，地址 桃園市中壢區中央西路二段88號5樓。",
        ),
        (
            "assistant",
            "Buyer: LIN Chun-Hung, National ID H121553013, Address: 5F, No. 88, Sec. 2, Zhongyang W. Rd., Zhongli Dist., Taoyuan City.",
        ),
        ("user", "付款帳戶也一起翻：玉山銀行 0123-940-218876。"),
        (
            "assistant",
            "Payment account: E.SUN Commercial Bank, account no. 0123-940-218876, account holder LIN Chun-Hung.",
        ),
    ],
    [
        ("system", "Assistant for a rubber cooperative WhatsApp group admin in Kedah."),
        (
            "user",
            "Tolong buat mesej reminder untuk Pak Long Mat Isa, dia hutang koperasi RM 1,450 for baja since Oktober, 他的号码 011-2645 9083.",
        ),
        (
            "assistant",
            "Assalamualaikum Pak Long Mat Isa, ini peringatan mesra dari koperasi: baki hutang baja sejak Oktober ialah RM 1,450. Boleh hubungi pejabat untuk aturkan bayaran ansuran. Terima kasih.",
        ),
        (
            "user",
            "Jangan hantar dalam group lah, nanti orang lain nampak. Make it private message.",
        ),
        (
            "assistant",
            "Baik, hantar terus secara peribadi ke 011-2645 9083, bukan dalam group, supaya hal hutang Pak Long Mat Isa tidak diketahui ahli lain.",
        ),
    ],
    [
        (
            "user",
            "把这张收购登记表整理成一句话摘要：卖方 苏秀英，身份证 350206198509174026，福建厦门，来新加坡收胡椒样品，微信 xiuying_su85。",
        ),
        (
            "assistant",
            "摘要：卖方苏秀英（身份证 350206198509174026，厦门人，微信 xiuying_su85）来新加坡提交胡椒样品进行收购登记。",
        ),
        ("user", "她还说自己有高血压，希望验货时间不要太长，要加进去吗？"),
        (
            "assistant",
            "健康信息属于敏感个人资料，登记表摘要里一般不需要写。建议只注明：卖方要求缩短验货时间。",
        ),
    ],
]
