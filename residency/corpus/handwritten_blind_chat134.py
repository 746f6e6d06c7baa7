# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat134: chats with an assistant about one's own housing trouble as a tenant or room renter (illegal eviction, deposit not returned, sub-landlord disputes, unsafe rooms, rent arrears). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat134
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "tenant_advice_faq"): _lines("""
        Q: My landlord changed the locks while I was at work. Is that legal in Hong Kong? A: No. Only a court bailiff can recover possession; call our Tenancy Advice Line 2150 7788 (Mon-Fri, 9am-6pm).
        Q: How long can a Singapore landlord hold my security deposit after move-out? A: Most CEA-template agreements say 14 days after handover, less fair deductions for damage beyond normal wear and tear.
        Q: Where do I file a deposit claim below S$20,000? A: The Small Claims Tribunals, State Courts Towers, 1 Havelock Square, Singapore 059724; lodge online through the CJTS portal first.
        Q: Can a sub-landlord in a co-living unit evict me with 24 hours' notice? A: Check the notice clause of your room agreement; a clause shorter than the rent period is often unenforceable.
        Email casework@tenantaid.org.my with your tenancy agreement, the LHDN e-Stamping certificate and photos of the room; our volunteers reply within 5 working days.
        Q: The room has no window and the only exit is through the kitchen. Who inspects this? A: In Hong Kong, report suspected unauthorised subdivision to the Buildings Department hotline 2626 1616.
        Q: Do I still owe rent if the ceiling collapsed and I moved out? A: Keep every repair request with its date (e.g. ticket MR-2024-00817 logged 03/05/2024 14:22) and get advice before you stop paying.
        Walk-in clinic: Level 2, Chinatown Point, 133 New Bridge Road, Singapore 059413, every 2nd Saturday 10:00-13:00; no appointment needed, bring your tenancy agreement and receipts.
        Q: What is stamp duty on a 2-year room lease at S$900 a month? A: 0.4% of total rent over the lease, so S$21,600 x 0.4% = S$86.40, paid through IRAS e-Stamping within 14 days.
        Q: My agent took a S$450 admin fee and stopped answering. A: Look up the agent's registration number (format R123456A) on the CEA Public Register and file a complaint at cea.gov.sg.
        Q: Is a verbal tenancy valid in Malaysia? A: Yes, but under the Contracts Act 1950 you must prove its terms, so keep WhatsApp receipts, bank transfer references and the inventory list.
        Macau tenants: the Housing Bureau (IH) service counter is at Estrada do Repouso No. 220; the Consumer Council takes agency-fee complaints on 8988 9315 during office hours.
        Q: Can the landlord keep RM350 of my deposit for professional cleaning? A: Only if the agreement says so; compare quotes, e.g. Kemas Bersih Sdn Bhd lists RM180 for a 700 sq ft unit.
    """),
    ("zh-Hans", "长租公寓点评"): _lines("""
        泊寓（上海张江店）住了一年半，管家响应还算快，报修工单基本24小时内上门，但退租时押金扣了保洁费200元，说明里写得不清楚，给三星。
        「老周搬家」南山区分店，四个师傅两小时搬完一室一厅，报价480元没有临时加价，发票抬头开公司名也很配合，电话预约一次就定好了，推荐。
        木棉里长租公寓（天河体育西店）隔断间隔音太差，隔壁打电话都听得清清楚楚，前台说是消防验收过的轻质墙，两星，合同到期不会续租。
        找「张师傅开锁」换了锁芯，C级锁芯连工带料260元，师傅出示了公安备案的开锁登记证，营业执照统一社会信用代码也印在收据上，靠谱。
        栖筑青年社区的客服电话400-820-3719永远占线，APP内在线客服回复慢，押一付三的押金退了整整45天才到账，差评，希望总部看到。
        链家朝阳门店带看很专业，但服务费收一个月租金，合同第7.3条写明提前退租不退中介费，签约前一定要逐条看清楚，别只听口头承诺。
        青檬公寓杭州西溪店，独卫朝南，月租2380元含网费，水费按4.1元/吨、电费按1.0元/度收，比民用价贵了一截，其他都还行，扣一星。
        宿舍式合租房「安心居」床位月租680元，八人间上下铺，消防通道堆满电动车，向12345市民热线反映后一周内清理了，态度算端正。
        魔方公寓的押金退还流程：退房验收→管家拍照上传→财务审核3-5个工作日→原路退回，我这次总共用了6天，和APP里承诺的一致。
        大众点评上这家「李姐保洁」口碑不错，退租前深度保洁一室户收320元，墙面污渍也处理了，房东验房一次过，押金全额退回，五星。
        城中村这栋楼的二房东统一收电费1.5元/度，远高于供电局的0.68元/度，已经截图发到区住建局公众号留言，两周了还没有回复，避雷。
        泊寓的维修体验：工单号BY20240615-0732，热水器不出热水，报修后第二天上午10点师傅上门更换温控器，没有额外收费，点赞。
        蛋壳公寓暴雷之后，再选长租平台我只看有没有资金监管账户，这家在住建委备案了，押金进银行专户，门店地址在徐汇区漕溪北路，安心不少。
    """),
    ("zh-Hans", "法规条文"): _lines("""
        《民法典》第七百零三条：租赁合同是出租人将租赁物交付承租人使用、收益，承租人支付租金的合同。第七百零四条列明了租赁合同的一般内容。
        《民法典》第七百零五条：租赁期限不得超过二十年。超过二十年的，超过部分无效。租赁期限届满，当事人可以续订租赁合同，但约定期限不得超过二十年。
        《民法典》第七百零七条：租赁期限六个月以上的，应当采用书面形式。当事人未采用书面形式，无法确定租赁期限的，视为不定期租赁。
        《民法典》第七百一十六条：承租人经出租人同意，可以将租赁物转租给第三人；承租人未经出租人同意转租的，出租人可以解除合同。
        《民法典》第七百一十八条：出租人知道或者应当知道承租人转租，但是在六个月内未提出异议的，视为出租人同意转租，承租人与次承租人之间的转租合同继续履行。
        《民法典》第七百二十二条：承租人无正当理由未支付或者迟延支付租金的，出租人可以请求承租人在合理期限内支付；承租人逾期不支付的，出租人可以解除合同。
        《民法典》第七百二十五条：租赁物在承租人按照租赁合同占有期限内发生所有权变动的，不影响租赁合同的效力，俗称「买卖不破租赁」。
        《民法典》第七百三十一条：租赁物危及承租人的安全或者健康的，即使承租人订立合同时明知该租赁物质量不合格，承租人仍然可以随时解除合同。
        《商品房屋租赁管理办法》第八条：出租住房的，应当以原设计的房间为最小出租单位；厨房、卫生间、阳台和地下储藏室不得出租供人员居住。
        《商品房屋租赁管理办法》第十四条：房屋租赁合同订立后三十日内，房屋租赁当事人应当到租赁房屋所在地直辖市、市、县人民政府建设（房地产）主管部门办理登记备案。
        住房租赁合同示范文本（2023版）第5.2条：押金数额为___个月租金，合同期满承租人结清各项费用并返还房屋后，出租人应在3个工作日内无息退还。
        地方住房租赁条例常见规定：出租人不得采取停止供水、供电、供热、供燃气等方式，或者以暴力、威胁等非法手段，迫使承租人解除合同或者腾退房屋。
        《民法典》第七百三十四条：租赁期限届满，承租人继续使用租赁物，出租人没有提出异议的，原租赁合同继续有效，但是租赁期限为不定期。
    """),
    ("zh-Hant", "租務新聞"): _lines("""
        房屋局局長何永賢表示，「簡樸房」規管條例通過後，不符合最低標準的劏房須在過渡期內完成改善工程，否則業主不得繼續出租，違者最高可被判罰款及監禁。
        差餉物業估價署提醒，受規管租賃的劏房租戶享有「2+2」四年租住保障，續租時加租幅度不得超過差餉租值指數變動，上限為百分之十。
        電影《功夫》裡豬籠城寨的包租婆（元秋飾）一句「收租！」成了本地租客群組最常用的表情包，也常被網民拿來吐槽業主的加租通知和水電雜費單。
        張愛玲1939年起與姑姑住在上海常德公寓，後來在〈公寓生活記趣〉寫下電梯、熱水管與鄰里瑣事，成為研究民國都市租住生活的經典文本。
        內政部公布《租賃住宅市場發展及管理條例》實施成效，包租代管業者登記家數持續增加，民眾可撥打租賃服務專線（02）8195-8151查詢。
        澳門房屋局提醒，經濟房屋及社會房屋的住戶不得將單位轉租或分租，違者可被解除租賃合同，查詢可致電房屋局熱線2859 4875。
        台北市社會住宅租金多以周邊市場行情約八成計算，申請資格以設籍、就學或就業於台北市為原則，弱勢戶另有保障名額與租金分級補貼，每年分批公開抽籤。
        立法會房屋事務委員會今日會議上，多名議員關注劏房租戶水電費被濫收問題；根據條例，業主只可按水務署及電力公司實際收費向租客攤分。
        記者走訪深水埗福榮街一帶，發現多幢唐樓單位被分間成六至八個房間，最細的只有約40平方呎，月租卻要港幣4,200元，部分冇窗。
        魯迅1927年到上海後先租住景雲里，1930年遷往拉摩斯公寓，1933年再搬到大陸新村，三處舊居如今都在虹口區，可沿「魯迅足跡」路線參觀。
        消委會最新一期《選擇》月刊比較了15間地產代理的租盤收費，佣金一般為半個月租金，部分網上平台聲稱「零佣金」但另收行政費港幣800元。
        新聞稿編號 PR-HB-2025-117｜發布時間 2025年3月28日 16:30｜標題：政府就劏房租務管制檢討及租客支援措施作出回應
        土地註冊處資料顯示，涉事的油麻地上海街唐樓於1958年落成，業權由一間有限公司持有，公司註冊編號2978413，董事會拒絕回應記者查詢。
    """),
    ("ms", "notis_pengurusan_bangunan"): _lines("""
        NOTIS: Bekalan air ke Blok B dan C akan diputuskan pada 14 Mac 2025 (Jumaat) dari 9.00 pagi hingga 5.00 petang bagi kerja penggantian pam tangki simpanan oleh kontraktor lantikan.
        Badan Pengurusan Bersama (JMB) Residensi Seri Cempaka mengingatkan bahawa caj penyelenggaraan RM0.28 sekaki persegi sebulan adalah tanggungjawab pemilik, bukan penyewa.
        Pemilik unit yang menyewakan bilik secara berasingan perlu mendaftar semua penghuni di pejabat pengurusan (Aras G, Blok A) dalam tempoh 7 hari, selaras dengan Undang-Undang Kecil Strata.
        Aduan kerosakan lif, kebocoran paip atau lampu koridor boleh dibuat melalui aplikasi i-Neighbour atau WhatsApp pejabat pengurusan di 03-7734 5521 (Isnin-Jumaat, 9 pg-6 ptg).
        PERINGATAN: Pemasangan partition papan lapis untuk menambah bilik adalah DILARANG di bawah Undang-Undang Kecil Bangunan Seragam 1984; notis pembetulan akan dikeluarkan kepada pemilik.
        Kad akses tambahan untuk penyewa: RM50 setiap kad (tidak dikembalikan); permohonan mesti disertakan salinan perjanjian sewa yang telah disetem oleh LHDN dan surat kebenaran pemilik.
        Jadual semburan kabus (fogging) oleh Majlis Bandaraya Petaling Jaya: 20 Mei 2025, 7.00-8.00 malam, tingkat 1 hingga 18. Sila tutup tingkap dan alihkan kain jemuran.
        Pejabat Pengurusan Pangsapuri Taman Melati Indah, No. 2, Jalan Melati 3/5, 53100 Kuala Lumpur. Emel: pengurusan.tmi@gmail.com. Waktu operasi: 9.00 pagi-5.00 petang.
        Caj letak kereta pelawat dinaikkan kepada RM3 sejam mulai 1 Julai 2025; penyewa yang mempunyai pelekat kenderaan sah dikecualikan tetapi perlu memperbaharui pelekat sebelum 30 Jun.
        Makluman: Ujian sistem penggera kebakaran bersama pegawai Bomba akan dijalankan pada 3 Jun 2025; loceng akan berbunyi beberapa kali antara 10.00 pagi dan 12.00 tengah hari.
        Sebarang pertikaian deposit antara penyewa dan pemilik unit bukan di bawah bidang kuasa JMB; sila dapatkan nasihat guaman atau failkan tuntutan kecil di Mahkamah Majistret.
        Notis Tunggakan Am: Sebanyak 47 unit masih belum menjelaskan caj penyelenggaraan dan sinking fund bagi suku ketiga 2025; kad akses unit berkenaan akan disekat mulai 1 Oktober.
        Pertandingan gotong-royong dan kebersihan koridor sempena Hari Kebangsaan: hadiah baucar RM300 ditaja oleh Kedai Runcit Ah Seng & Anak, Lot 12, Jalan Pasar Baru.
    """),
    ("ms", "invois_syarikat"): _lines("""
        INVOIS No. INV-2025-004512 | Tarikh: 08/04/2025 | Pak Mat Lori Sewa Enterprise (SSM 202203145678) | Perkhidmatan pindah 1 bilik, lori 1 tan: RM280.00
        Perihal: Cuci rumah menyeluruh selepas keluar sewa (studio 550 kp) 1 unit x RM220.00; bahan pencuci RM35.00; jumlah kecil RM255.00; SST 8% RM20.40; jumlah RM275.40
        Kedai Kunci & Duplicate Siew Kee, 23 Jalan Pudu Lama, 50200 Kuala Lumpur | Tel kedai: 03-2072 1184 | Tukar tombol pintu + 3 kunci pendua: RM145.00, dibayar tunai.
        Resit Rasmi No. 00918 daripada Hartanah Gemilang Realty Sdn Bhd (E (1) 1872) untuk penyediaan perjanjian sewa RM250.00 dan duti setem LHDN RM60.00, jumlah RM310.00.
        Terma pembayaran: 14 hari. Sila bank-in ke akaun syarikat Maybank 5141 2288 9034 atas nama Kemas Bersih Sdn Bhd dan nyatakan no. invois sebagai rujukan.
        Nota kredit CN-0231: Pemulangan sebahagian bayaran RM80.00 kerana kerja mengecat semula dinding bilik tidur kedua tidak siap pada tarikh dijanjikan (rujuk INV-2025-003987).
        Sebut harga SQ-7781: baiki kebocoran siling bilik air, tukar paip PVC 20mm (RM65), kalis air membran 2 meter persegi (RM180), upah tukang 4 jam (RM160); sah 30 hari.
        Invois elektrik kongsi oleh Homestay Kak Yah Enterprise: penggunaan 612 kWj x RM0.516 = RM315.79, dibahagi sama rata kepada 4 bilik (RM78.95 setiap bilik).
        No. Pendaftaran SST W10-1808-32000123 | Angkut Cepat Logistik (M) Sdn Bhd | Bil ini dijana oleh komputer, tiada tandatangan diperlukan.
        Perkara: Sewa stor simpanan barang sementara (unit 5x5 kaki) 2 bulan x RM120.00 = RM240.00; deposit kunci RM50.00 dikembalikan apabila kontrak tamat. Cawangan Shah Alam Seksyen 15.
        Jumlah Perlu Dibayar: RM1,186.50 | Baki tertunggak invois sebelumnya: RM0.00 | Bayar melalui DuitNow QR atau FPX sebelum 25/06/2025 untuk elak caj lewat 1.5% sebulan.
        Invois rawatan kutu busuk (bed bug): semburan + wap panas untuk 2 bilik termasuk lawatan susulan hari ke-14, RM450.00, waranti 60 hari. PestAway Services PLT (LLP0031245-LGN).
        Ringkasan bulanan: 38 invois dikeluarkan, 31 dibayar, 7 belum dibayar melebihi 30 hari; jumlah penghutang RM6,412.80. Disediakan oleh Jabatan Akaun, Jun 2025.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        [09:12] Ops SG: Morning all, Tampines site room 3 aircon servicing done, vendor invoice INV-88213 uploaded to Drive, pls approve by today ya.
        [09:15] Finance: 收到，今日之內批，remember 本月 deposit refund batch 截數係 25 號，遲過就要等下個 cycle，大家 submit 早啲。
        [10:02] Leasing KL: Boss, viewing slot 3pm Mont Kiara unit penuh dah, boleh tak shift ke 5pm? Client prefer weekend actually, nanti I update calendar.
        [10:05] Admin: Reminder 所有新 tenancy agreement 一律用 template v3.2，clause 8 (early termination) 已經更新，舊版唔好再 send 出去。
        [11:40] Maintenance: Joven SA10 water heater 在 Cheras 嗰間 house 又 trip 咗，要 order spare part SKU JV-TH-220 兩件，supplier 話 3 日到。
        [12:03] CS Team: Hari ni dapat 6 complaint pasal wifi slow kat Subang hub, ISP ticket TM-20250611-4471 dah buka, ETA esok pagi, I dah broadcast dalam app.
        [14:20] Ops HK: 深水埗個 project 消防處 inspection 改咗去 6月18號 10am，記得 exit sign 同 fire extinguisher 要 check 晒先，唔好又俾人 warn。
        [15:00] Finance: FYI 本季度 rent arrears 總數 S$18,450，比上季少 12%，detail 喺 dashboard 'Arrears Q2' tab，唔好 forward 出 group。
        [15:32] Legal: 新加坡 CEA 新 guideline 生效了，所有 listing 要 show agency licence no. L3008899K 同 salesperson reg no，marketing 同事跟进一下。
        [16:45] Leasing SG: Checked with HDB branch, whole-flat rental minimum 6 months now ah, so the 3-month short stay listing must take down today.
        [17:10] Maintenance: 浴室排风扇全部换成 KDK 15WHC，单价 RM189，共 14 个，PO 号 PO-KL-0629 已经 raise 了，麻烦 boss approve。
        [18:02] Admin: Smart lock codes for the show flat will be regenerated by the Yale app tonight, jangan share kat public group, only ops channel.
        [21:30] Ops SG: Pest control vendor confirm Thursday 2pm datang, semua common area kena clear, 通知 tenants 用 app broadcast 就得，唔使逐個 call。
    """),
    ("mixed", "config_and_code"): _lines("""
        DEPOSIT_REFUND_SLA_DAYS=14  # 新加坡 CEA template 默认 14 天, MY biasanya 30 hari; override per country in config/regions.yaml
        2025-06-11T09:14:03.552+08:00 INFO  refund-svc  batch=RF-20250611-02 processed=128 failed=3 total_amount=SGD 142,880.00 duration_ms=8412
        CREATE TABLE tenancy (id BIGSERIAL PRIMARY KEY, unit_code VARCHAR(16), rent_cents INT, deposit_cents INT, start_date DATE, status TEXT DEFAULT 'active');
        <string name="deposit_hint_zh">押金将于退房验收后 %1$d 个工作日内原路退回，如有扣款会附上照片说明</string>
        if tenancy.arrears_days > 30 and region in ("MY", "SG"): send_notice(template="ARREARS_T2", lang=locale)  # notis tuntutan tunggakan
        2025-06-11 22:41:17 WARN  iot-gateway  device=SMK-DET-0042 site=HK-SSP-07 event=smoke_alarm_offline battery=12% fw=v2.3.1 retry=3
        {"listing_id": "L-MY-880213", "type": "room", "rent_myr": 650, "utilities": "kongsi", "deposit": "2+1", "furnished": true, "updated_at": "2025-05-30T14:22:10Z"}
        ALERT_EMAIL=ops-alerts@rentwise.sg  # 24h on-call inbox 值班邮箱; SMTP_HOST=smtp.rentwise.sg SMTP_PORT=587 SMTP_TLS=true
        git commit -m "fix(refund): 修正 deposit 扣款四舍五入问题, round half up to 2dp (closes #412)"  -> [main 9f3c2e1] 3 files changed
        locale/ms.json: "arrears_reminder": "Tunggakan sewa anda ialah RM{amount}. Sila jelaskan sebelum {due_date} untuk mengelakkan caj lewat."
        SELECT region, COUNT(*) AS disputes, AVG(deposit_cents)/100.0 AS avg_deposit FROM deposit_dispute WHERE created_at >= '2025-01-01' GROUP BY region;
        rate_limit: { login: 5/min, otp_send: 3/10min }  # 台灣簡訊 OTP 供應商 fallback 三竹資訊 Mitake, timeout 8s, 香港用 HKT
        2025-06-12 03:00:00 CRON  arrears-job  tenancies_scanned=4,218 reminders_queued=173 escalated_T3=21 next_run=2025-06-13T03:00:00+08:00
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi, I'm Marcus Tan Wei Liang, renting a common room at Blk 412 Bedok North Ave 2 #08-117. The master tenant says I must leave by Sunday, can he do that?
        My NRIC is S8823417J and the landlord is refusing to return my S$1,800 deposit unless I sign a statement saying I damaged the fridge.
        The landlord's agent keeps calling my mobile 9734 2810 at 11pm about the arrears, sometimes 6 times a night. Is that harassment?
        My housemate Sharon Lim is on chemo for stage 2 breast cancer and the owner still refuses to fix the broken water heater, says she can just boil water.
        I owe about S$4,350 in rent since I was retrenched in March, and my landlord Mr Raymond Goh threatened to tell my new employer if I don't pay by Friday.
        Tenant details for the Small Claims form: Priya d/o Ramasamy, FIN G5439021T, mobile 8126 4479, email priya.rama88@gmail.com, claim amount S$2,600.
        Kevin Ong, the sub-landlord at Jurong West St 64, collects S$750 per room in cash and never gave receipts, but I have 9 months of PayNow screenshots to 9021 5567.
        My wife is 7 months pregnant and the owner's son Daniel told us to move out within a week because he wants to renovate. Where do we go?
        Deposit went to POSB savings 188-43219-7 (account name LEE HUI MIN) on 2 Jan 2024, ref TRF202401020045. Now she says she never received it.
        The landlord, Mdm Koh Siew Lan, came into my room without notice on 14 May and took photos of my lithium pills, then told the other tenants I am bipolar.
        Hong Kong tenant here: my HKID is M774210(5), I live in Flat 5B, 38 Fuk Wing Street, Sham Shui Po, and the landlord cut my electricity on 3 June.
        Can you check my letter? Dear Mr Wong Siu Fai, I, Jason Lee (tel 6823 5190), demand the return of my HK$12,000 deposit for Flat C, 12/F, Tak Fung Building, 221 Reclamation Street.
    """),
    "zh-Hans": _lines("""
        我叫王建军，身份证号440305199108234716，在深圳南山区租的房子被二房东锁了门，行李全在里面，能报警吗？
        二房东刘海涛（手机13926481537）收了我三个月押金5400块就跑路了，房东说他从来没收到过钱，我该找谁？
        我女朋友陈晓雯刚查出怀孕，房东知道后就说不续约了，还说要扣一个月押金当违约金，这合理吗？
        我在上海闵行区七莘路1588弄23号402室合租一间次卧，房东周阿姨每天晚上十点就断网断电，说是为了省钱。
        我叫李浩，被公司裁员后欠了两个月房租一共7600元，还在申请失业金，房东说再不交就把我的东西扔出去。
        押金退款请打到我的招商银行卡 6225 8801 2345 6789，户名赵思敏，开户行招商银行杭州西湖支行，谢谢。
        租客信息：姓名 孙丽娟，身份证 31011519880214302X，电话 186 2173 0954，入住日期 2024-03-01，房号 501-B，月租2300元。
        老张（我室友）有重度抑郁症，最近一直不出门，二房东说他影响别人要赶他走，我该怎么帮他？
        微信号 xiaoyu_0917 就是那个中介小于，他说押金退房后7天退，现在两个月了还在拖，聊天记录我都截图了。
        我的车牌粤B·7K3L9被房东的亲戚故意堵在小区车位里，说我不交停车费就别想开走，可合同写明车位包含在租金内。
    """),
    "zh-Hant": _lines("""
        我係陳志強，住喺深水埗福華街一間劏房，業主黃生話下個月加租三成，唔加就要我走，咁樣合法咩？
        林太，你上個月嘅水費我計過，用咗8度但收咗你$280，按條例應該只收實數，麻煩你再check下。——業主留言，我應該點回覆？
        我的身分證字號是A227810343，住在台北市大安區和平東路二段118巷7號3樓之2，房東要求我提前搬走並扣押金兩個月。
        房東楊先生的手機是0912-486-375，他一直用LINE傳訊息恐嚇說要換鎖，我把截圖都存下來了，可以拿去報案嗎？
        阿傑（我的室友）因為賭債被人上門追討，債主把整層樓的門都潑了紅油，現在房東要我們全部搬走。
        租客資料：姓名 何美玲｜香港身份證 Y305718(4)｜電話 6138 2745｜地址 葵涌葵富路23號葵安大廈15樓B室｜按金 HK$9,600
        我叫梁家豪，電話6638 1924，喺澳門黑沙環租緊一間房，二房東收咗我三個月按金唔肯退，又唔肯出收據。
        我媽媽今年78歲有柏金遜症，住喺紅磡舊樓冇電梯，業主許伯仲話唔准我哋裝扶手，佢電話係9274 6603。
        我和前夫蔡明哲離婚後，租約還是他的名字，房東說我沒有權利續住，但我跟兩個孩子已經在那裡住了五年。
        退押金請匯到：中國信託 帳號 0715-4430-8826，戶名 吳佩君。房東說要我提供這個才會退，這樣安全嗎？
    """),
    "ms": _lines("""
        Saya Nurul Aisyah binti Rahman, no. IC 880926-07-6214, menyewa bilik di Bayan Lepas. Tuan rumah tak pulangkan deposit RM900 walaupun saya dah keluar bulan lepas.
        Tuan rumah saya, Encik Zulkifli Hamzah, tukar kunci pintu masa saya balik kampung. Semua barang saya termasuk laptop kerja ada dalam rumah tu.
        Nombor telefon tuan rumah 012-487 3362, dia asyik WhatsApp ugut nak buang barang saya kalau tak bayar tunggakan RM1,500 minggu ni.
        Alamat rumah sewa saya: No. 17, Jalan Kenari 8/2, Taman Puchong Jaya, 47100 Puchong, Selangor. Siling bilik air runtuh 2 kali, landlord tak nak baiki.
        Housemate saya, Faizal, ada asma teruk dan bilik tu penuh kulat hitam. Doktor dah bagi surat, tapi tuan rumah kata itu bukan masalah dia.
        Kak Ros (pemilik rumah) minta saya bayar sewa tunai RM550 setiap bulan tanpa resit, dan sekarang dia kata saya tertunggak 4 bulan. Saya ada bukti pengeluaran ATM je.
        Borang aduan: Nama: Muhammad Hafiz bin Osman | No. KP: 010312-10-1187 | Tel: 011-2384 9051 | E-mel: hafiz.osman01@yahoo.com | Isu: pengusiran tanpa notis
        Nama saya Siti Khadijah, baru diberhentikan kerja dan gaji terakhir RM2,100 pun belum masuk. Tunggakan sewa dah 3 bulan, boleh saya minta tangguh secara bertulis?
        Deposit saya dah bank-in ke akaun Maybank 1641 2209 8836 atas nama Lim Chee Keong pada 5/1/2025. Sekarang dia block nombor saya.
        Kereta saya VKE 4821 kena kapit oleh pengawal atas arahan tuan rumah sebab saya lewat bayar sewa. Boleh ke dia buat macam tu?
    """),
    "mixed": _lines("""
        Hi, saya Tan Mei Ling, my landlord 说要 sell the unit, so kena keluar dalam 2 minggu. Tenancy agreement masih ada 8 bulan, boleh claim compensation tak?
        房东 Uncle Lim 的 number 是 016-552 8719, he keeps saying next week bayar balik deposit, already 3 months lor.
        My MyKad 930417-14-5523, 地址 Unit 12-3A, Residensi Cendana Jaya, Jalan Kuching, 51200 KL。Can you help me draft surat tuntutan to landlord?
        我老婆 Jessica 有 postnatal depression, doctor 说要 quiet environment, 但二房东 Aunty Wendy 每晚在客厅打麻将到 2am。
        Eh can help me check this HDB room rental: owner Mr Chia Boon Hock, 电话 9388 1026, he want 我 pay 3 months deposit cash only, no agreement. Legit or not?
        My FIN is F2208461P, dorm operator 扣了我 S$300 说 bed damage 但我 have photos showing it was broken before I moved in.
        阿明 sent me this: Bro, 我下个月先付一半 rent RM400, 我妈在 hospital 做 dialysis, sorry ya. 我是 master tenant, 应该怎样处理?
        Landlord 黄伟雄 (IC 750822-10-5931) 去年 sued his previous tenant, now 他 threatens me the same. Case no. BA-A72NCvC-1123-11/2023, can check online?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a practical tenancy assistant for renters in Singapore. Give clear next steps and name the relevant agency.",
        ),
        (
            "user",
            "I rent a common room in a 4-room HDB flat in Sengkang. The main tenant, Jeremy Koh, just texted that I have 48 hours to move out because the owner found out he was subletting. I paid him S$2,000 deposit in cash. What now?",
        ),
        (
            "assistant",
            "That sounds stressful. First, keep every message from him and any proof of payment. If the owner did not authorise the sublet, your agreement is with the main tenant, so your deposit claim is against him. You can file at the Small Claims Tribunals. Do you have a written room agreement?",
        ),
        (
            "user",
            "Only WhatsApp messages. His number is 9642 7713 and he signed off as Jeremy K in the chat. Should I also tell HDB?",
        ),
        (
            "assistant",
            "You can, but HDB will act on the flat owner, not recover your money. For the deposit, export the WhatsApp chat with 9642 7713, list the dates you paid, and start a claim against Jeremy Koh online through the Small Claims Tribunals.",
        ),
    ],
    [
        (
            "user",
            "I need a formal letter to my landlord in Hong Kong. My name is Cheung Wing Sze, HKID R629104(9), room 3 of Flat A, 7/F, Kwong Hing Building, 165 Tai Nan Street, Sham Shui Po. He kept my HK$8,400 deposit.",
        ),
        (
            "assistant",
            "Here is a draft: Dear Sir, I, Cheung Wing Sze, tenant of Room 3, Flat A, 7/F, Kwong Hing Building, 165 Tai Nan Street, returned the room on 30 April and request the return of my deposit of HK$8,400 within 14 days. Do you want to add the landlord's name?",
        ),
        (
            "user",
            "Yes, his name is Mr Fung Kwok Leung. Also please say I will go to the Small Claims Tribunal.",
        ),
        (
            "assistant",
            "Updated: Dear Mr Fung Kwok Leung, ... If the deposit is not returned by 20 May, I will file a claim at the Small Claims Tribunal without further notice. Yours faithfully, Cheung Wing Sze. Keep a copy and send it by registered post.",
        ),
    ],
    [
        ("system", "Assistant for a Malaysian tenants' help desk. Reply in the user's language."),
        (
            "user",
            "I moved out of a room in Georgetown, Penang on 31 March. Landlady is Mrs Ooi Bee Hoon, she still holds my RM1,200 deposit and says the curtains were dirty. I'm a student at USM, can't afford a lawyer.",
        ),
        (
            "assistant",
            "You can use the small claims procedure at the Magistrates' Court, which does not require a lawyer for claims up to RM5,000. Prepare your tenancy agreement, payment proof and move-out photos. Have you sent her a written demand yet?",
        ),
        (
            "user",
            "Not yet. Her phone is 016-448 2097 and I paid by transfer to her CIMB account 7006 3318 42. Can you write the demand in English?",
        ),
        (
            "assistant",
            "Sure. Dear Mrs Ooi Bee Hoon, I vacated the room on 31 March 2025 and paid the deposit of RM1,200 to your CIMB account 7006 3318 42. Please return it within 14 days, less any documented deductions, failing which I will file a small claim. Send it by WhatsApp to 016-448 2097 and by post.",
        ),
    ],
    [
        ("system", "你是一名帮助租客维权的助手，回答要具体、可操作。"),
        (
            "user",
            "我叫何志鹏，在深圳宝安区西乡街道租了一间单间，今天下班回来发现二房东把锁换了，我的电脑和证件都在里面。二房东叫罗国栋，电话13715208864。",
        ),
        (
            "assistant",
            "先不要和对方发生肢体冲突。你可以立即拨打110报警，说明你是合法租户、有租赁合同或转账记录，对方擅自换锁扣留你的财物。同时把房间门、锁的照片和聊天记录保存好。",
        ),
        (
            "user",
            "合同是和罗国栋签的，可我刚知道他其实没有得到大房东同意转租。这样我的合同还有效吗？",
        ),
        (
            "assistant",
            "即使转租未经大房东同意，你和罗国栋之间的合同对你们双方仍有约束力，他无权用换锁的方式赶你走。你可以要求他退还押金和多收的租金，必要时向宝安区人民法院起诉，或者先找街道的租赁纠纷调解委员会。",
        ),
    ],
    [
        (
            "user",
            "北京朝阳区这边的群租房，一套三居隔成了九间，我住的那间没有窗户，插线板连着插线板，昨晚还冒烟了。能举报吗？",
        ),
        (
            "assistant",
            "可以。这种隔断群租存在明显消防隐患，你可以拨打12345市民热线或向所在街道、区住建部门举报，也可以拨打119反映消防隐患。举报前建议先拍照留证，也想好自己的搬离方案。",
        ),
        (
            "user",
            "我怕举报后房东报复。房东叫冯春梅，她知道我在附近一家医院做护工，之前就威胁过要找我单位。我的押金3000元还在她手里。",
        ),
        (
            "assistant",
            "举报时可以要求对举报人信息保密。押金方面，租赁物危及安全的，承租人可以依法解除合同，你可以书面通知冯春梅解除合同并要求退还3000元押金，保存好通知的发送记录。",
        ),
        (
            "user",
            "好的，那我明天就搬，先去我表姐家住，她在望京，地址是望京西园三区312号楼1单元602。",
        ),
        (
            "assistant",
            "好的，搬走时记得拍下房间现状和钥匙交接的照片，并在微信上给房东发一条确认消息，注明搬离日期和押金退还要求。",
        ),
    ],
    [
        (
            "system",
            "用户档案（记忆）：姓名 邓雅琪；手机 15821946037；城市 上海；情况：2025年4月失业，拖欠房租。请据此给出建议。",
        ),
        ("user", "我现在已经欠房东三个月房租了，一共11400元，房东说下周再不交就叫人来清东西。"),
        (
            "assistant",
            "雅琪，你好。房东不能自行清走你的物品或强行驱赶你，这属于违法行为。建议你先主动和房东书面沟通，提出一个分期还款计划，例如先付一个月，剩下的分三个月还清，并说明你正在找工作。",
        ),
        ("user", "他不接受分期，还说要去我老家找我爸妈要钱。"),
        (
            "assistant",
            "拖欠房租是民事债务，房东可以通过诉讼要求你支付，但不能骚扰你的家人。如果他到你父母家闹事或者威胁，你们可以报警。同时你也可以咨询上海的法律援助中心，电话12348。",
        ),
    ],
    [
        (
            "user",
            "我住喺觀塘一間劏房，業主每個月收我電費$1.8一度，但中電都唔係咁貴啦，我係咪可以唔俾？",
        ),
        (
            "assistant",
            "觀塘屬中電供電範圍，而根據受規管租賃嘅規定，業主只可以按電力公司實際收費向你收回電費，唔可以加價。你可以要求業主出示總錶單據，同埋向差餉物業估價署查詢。",
        ),
        (
            "user",
            "業主係麥太，佢話如果我再問就唔續租。我叫鄭嘉欣，個單位係開源道62號興業大廈9樓D室，電話5412 8836。",
        ),
        (
            "assistant",
            "鄭小姐，受規管租賃下你有續租權，業主唔可以因為你查詢水電費而拒絕續約。建議你保存收費紀錄同埋同麥太嘅對話，然後致電差餉物業估價署嘅租務諮詢熱線求助。",
        ),
    ],
    [
        ("system", "你是協助台灣租屋族的AI助理，請用繁體中文回答。"),
        (
            "user",
            "我在台中市北區租了一間套房，退租一個月了，房東還不還我兩個月押金24000元。房東叫謝文雄，手機0935-271-604。",
        ),
        (
            "assistant",
            "依照租賃住宅相關規定，押金最高不得超過兩個月租金，房東應在返還房屋時退還押金，扣除未付租金或損壞修繕費。你可以先寄存證信函催告，再向鄉鎮市區公所的調解委員會申請調解。",
        ),
        (
            "user",
            "存證信函要寫我的資料嗎？我的身分證是F123609454，戶籍地址是台中市北區健行路420號5樓。",
        ),
        (
            "assistant",
            "要的，寄件人欄需填寫你的姓名、身分證字號和地址F123609454、台中市北區健行路420號5樓，收件人填謝文雄及他的地址。內文寫明租期、押金金額、退租日期，並限期十日內返還。",
        ),
    ],
    [
        ("user", "我喺澳門租房，業主突然話要收返間屋自住，叫我一星期內搬走，但我份租約仲有半年。"),
        (
            "assistant",
            "根據澳門《民法典》，租約期內業主一般唔可以單方面提前終止，除非合同有相關條款或者有法定理由。你可以要求業主書面說明理由，同時可以向律師公會嘅免費法律諮詢計劃查詢。",
        ),
        (
            "user",
            "業主叫區錦華，佢今日仲同兩個人嚟拍門，話唔走就搬晒我啲嘢出去。我老公喺大陸做緊手術，得我同個女喺度。",
        ),
        (
            "assistant",
            "如果對方用威脅或者強行搬走你嘅物品，你可以即刻打999報警。保存好租約、交租紀錄同埋今日嘅情況，例如錄音或者鄰居作證。你可以去治安警察局報案，留低區錦華嘅資料。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu maya untuk penyewa di Malaysia. Jawab dalam Bahasa Melayu yang mudah.",
        ),
        (
            "user",
            "Saya dah keluar dari rumah sewa di Wangsa Maju bulan lepas, tapi tuan rumah, Puan Rohana Ismail, tak nak pulangkan deposit RM2,400. Dia kata dinding kotor.",
        ),
        (
            "assistant",
            "Tuan rumah hanya boleh potong deposit untuk kerosakan yang melebihi haus dan lusuh biasa. Adakah anda ada gambar keadaan rumah semasa masuk dan keluar?",
        ),
        (
            "user",
            "Ada. Nama saya Amirul Hakim bin Azmi, IC 950708-01-5341. Boleh tolong buat surat tuntutan?",
        ),
        (
            "assistant",
            "Boleh. Kepada Puan Rohana Ismail: Saya, Amirul Hakim bin Azmi (No. KP 950708-01-5341), bekas penyewa rumah anda di Wangsa Maju, menuntut pemulangan deposit sebanyak RM2,400 dalam tempoh 14 hari. Jika tidak, saya akan memfailkan tuntutan kecil di Mahkamah Majistret.",
        ),
    ],
    [
        (
            "user",
            "Bilik sewa saya di Johor Bahru selalu terpadam elektrik dan soket dinding pernah terbakar. Tuan rumah tak nak panggil juruelektrik.",
        ),
        (
            "assistant",
            "Ini risiko keselamatan yang serius. Elakkan menggunakan soket yang rosak, ambil gambar, dan maklumkan kepada tuan rumah secara bertulis. Anda juga boleh membuat aduan kepada Suruhanjaya Tenaga atau pihak berkuasa tempatan.",
        ),
        (
            "user",
            "Saya dah WhatsApp dia, namanya Encik Chong Ah Kow, nombor 017-739 1250. Dia balas kalau tak puas hati keluar je, tapi deposit hangus.",
        ),
        (
            "assistant",
            "Simpan tangkapan skrin mesej daripada Encik Chong Ah Kow itu. Jika bilik itu tidak selamat, anda ada asas untuk menamatkan sewa dan menuntut deposit. Hantar notis bertulis yang menyatakan masalah soket dan tarikh anda akan keluar.",
        ),
    ],
    [
        (
            "system",
            "Pembantu kewangan dan perumahan. Pengguna: Noraini binti Yusof, ibu tunggal, 2 anak, pendapatan RM1,800 sebulan, tertunggak sewa RM2,700.",
        ),
        (
            "user",
            "Tuan rumah bagi notis keluar dalam 7 hari kalau saya tak bayar semua tunggakan. Saya memang tak mampu sekarang.",
        ),
        (
            "assistant",
            "Puan Noraini, tuan rumah tidak boleh menghalau anda secara paksa tanpa perintah mahkamah. Cuba tawarkan pelan bayaran secara bertulis, contohnya RM300 sebulan di atas sewa semasa, dan simpan semua bukti bayaran.",
        ),
        ("user", "Ada bantuan tak untuk ibu tunggal macam saya?"),
        (
            "assistant",
            "Anda boleh memohon bantuan daripada Jabatan Kebajikan Masyarakat, pusat zakat negeri, atau program perumahan mampu sewa seperti Rumah Mesra Rakyat atau PPR. Sediakan slip gaji dan surat tunggakan sewa semasa memohon.",
        ),
    ],
    [
        (
            "user",
            "Hi, I'm a worker from Bangladesh staying in a shophouse room in Geylang lor, 12 people in one room, the boss say this is dormitory but got no fire exit.",
        ),
        (
            "assistant",
            "That sounds unsafe and may break the rules on occupancy and fire safety. You can report it to the Ministry of Manpower for worker housing issues, or to SCDF for fire safety. Do you know who manages the room?",
        ),
        (
            "user",
            "Manager is one Chinese uncle, everybody call him 阿发, his number 8567 3312. My work permit FIN is G7812245K and he keep my passport also.",
        ),
        (
            "assistant",
            "Holding your passport is not allowed. Please contact MOM and tell them the manager known as 阿发 at 8567 3312 is holding your passport. You can also reach out to a migrant worker NGO such as HOME or TWC2 for help.",
        ),
    ],
    [
        ("system", "You are a bilingual assistant (English/中文/Bahasa) for renters in Malaysia."),
        (
            "user",
            "我 rent 一间房 in SS2 PJ from a sub-landlord, then today the real owner datang and said 他 never agree to sublet. Now 两个人 both want me pay rent, pening kepala.",
        ),
        (
            "assistant",
            "This is a common sub-landlord dispute. Your contract is with the sub-landlord, but the owner can end the main tenancy. Don't pay twice. Ask both parties for documents, and keep your payment records. Who is the sub-landlord?",
        ),
        (
            "user",
            "Sub-landlord 叫 Benny Yeoh Kah Seng, 他的 Maybank account 5142 7731 0986, I transfer RM700 every month. Owner 是 Dato' Lim 的 wife, she say 要 call polis.",
        ),
        (
            "assistant",
            "Got it. Keep proof of the RM700 transfers to Benny Yeoh Kah Seng's Maybank 5142 7731 0986. If you must move, claim your deposit and any rent paid in advance from him; you can make a police report for cheating if he collected rent without authority.",
        ),
    ],
]
