# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix100: solar PV installers and aircon servicing firms in SG/MY/HK/TW. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix100
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "quotation and spec"): _lines("""
        Quotation Q-SG-26-0418: 8.8 kWp rooftop system, 16 x Jinko Tiger Neo 550W, Huawei SUN2000-8KTL-M1 inverter, est. yield 10,900 kWh/yr, total S$14,280 before GST.
        Option B: add LUNA2000-10-S0 battery (10 kWh) for +S$9,650; payback extends from 5.8 to 9.1 years at the current tariff of 29.94 cents/kWh.
        System 4 multi-split quote: Daikin iSmile MKM75 outdoor + 3 x CTKM25 fan coils + 1 x CTKM35, 15m piping per unit included, extra piping S$35/m, trunking S$18/m.
        Chemical overhaul for wall-mounted FCU 9k-12k BTU: S$80 per unit; 18k-24k BTU: S$100; price excludes refrigerant top-up (R32 S$2/psi).
        Site survey checklist: roof type (metal deck / RC flat / clay tile), azimuth, tilt, shading at 9am and 3pm, DB space, earthing pit location, ladder access.
        Roof at 14° tilt facing 210°, two vent pipes on the east slope cause 6% shading loss between 8:00 and 9:30am; recommend optimisers on string 2 only.
        Cable schedule: DC 6mm² PV1-F twin, 42 m per string; AC 4C 10mm² XLPE/SWA from inverter to main DB, 18 m; isolator at inverter and at DB.
        Invoice INV-2026-004715 | Tax invoice | GST Reg No. 201912345K | Amount due S$3,816.00 | Terms 30 days | Sunbright Energy Pte Ltd
        Serial no. 2103K58A0219, firmware V100R001C00SPC134, warranty reg. ref WR-88421 — inverter swapped under RMA 5509812.
        For a 4-room HDB flat a System 4 (one 18k + three 9k BTU) is usually enough; a west-facing living room may need 24k BTU instead.
        Panel datasheet: Voc 49.9 V, Isc 14.12 A, temp coeff Pmax -0.29 %/°C, 30-year linear power warranty to 87.4%.
        Quote valid 14 days. 50% deposit on confirmation, balance upon T&C and commissioning. PayNow to UEN 202233145E (Sunbright Energy Pte Ltd).
        Ticket #AC-77120 closed: compressor capacitor 35/5 µF replaced, running amps 6.8A, suction 120 psi, supply air 13.5°C.
        Tracking no. SPXMY0283719451 — replacement PCB for Panasonic CS-PU12XKH shipped from the Shah Alam warehouse, ETA 2 working days.
    """),
    ("en", "installation and commissioning log"): _lines("""
        Day 1: mounting rails installed on rows A-D, 72 mid/end clamps torqued to 14 Nm, roof penetrations sealed with EPDM washers.
        Commissioning record: IR test 500V DC > 200 MΩ on both strings, polarity verified, earth continuity 0.3 Ω, inverter online 15:42.
        Job JB-0927 | Unit: FCU-03 (master bedroom) | Action: coil washed, drain pan flushed, 2 psi R32 added | Time on site 1h20m
        Chiller plant log 02:00: CH-2 tripped on low oil pressure, standby CH-3 started automatically, CHWS 6.8°C, no alarm at BMS after 02:15.
        Snag list: conduit clip missing at level 2 riser, label on AC isolator faded, inverter display cover scratched (cosmetic only).
        Monthly yield report Oct: 1,042 kWh generated, 61% self-consumed, 406 kWh exported; performance ratio 81.3%.
        Condensing unit mounted on ledge bracket with 4 x M10 anchor bolts, anti-vibration pads fitted, test run 30 min, no abnormal noise.
        Roof inspection after heavy rain: no leaks at penetrations, minor ponding near the west gutter, recommend gutter clearing next visit.
    """),
    ("en", "regulation and policy"): _lines("""
        Singapore's Mandatory Energy Labelling Scheme grades air-conditioners from 1 to 5 ticks; more ticks means lower annual energy consumption.
        Any PV installation connected to the grid in Singapore must be designed and signed off by a Licensed Electrical Worker before the meter is changed.
        Malaysia's NEM scheme lets domestic consumers offset exported solar energy against their TNB bill; check SEDA's portal for the remaining quota.
        CLP Power's Feed-in Tariff pays tiered rates by system size (up to 10 kW, above 10 kW to 200 kW, above 200 kW to 1 MW) for renewable energy fed to the grid.
        Taiwan Power Company buys rooftop solar output at the feed-in rate published each year by the Energy Administration, fixed for 20 years from grid connection.
        PDPA reminder for staff: do not photograph customers' NRIC cards; record only the last 3 digits and letter if identity must be checked.
        Willis Carrier designed the first modern air-conditioning system in 1902 for a printing plant in Brooklyn.
        Lee Kuan Yew called air-conditioning one of the most important inventions of the 20th century because it made work in the tropics possible.
        Safety SOP: working at height above 3 m requires a full-body harness anchored to a lifeline; no roof work while a lightning alert is active.
        Refrigerant handling: recover R410A into a labelled recovery cylinder and never vent it to atmosphere; log the weight recovered on the job sheet.
        Tan Tock Seng Hospital tender TTSH/FM/2026/031 covers a chiller plant retrofit and a 420 kWp rooftop PV array on the multi-storey car park.
        Warranty terms: compressor 5 years, parts 1 year, labour 6 months; void if the unit is serviced by unauthorised parties or sited within 1 km of the sea without anti-corrosion coating.
    """),
    ("zh-Hans", "客服问答与通知"): _lines("""
        请问变频冷气和定频冷气哪一种比较省电?一般来说变频机在长时间开着的情况下可以省 30% 左右。
        新加坡组屋的屋顶不能自己装太阳能板,屋顶属于建屋局和市镇会,要通过 SolarNova 计划统一安装。
        冷气滴水的常见原因:排水管堵塞、室内机安装不水平、过滤网太脏。建议每三个月清洗一次过滤网。
        报价单编号 QT-MY-2026-0912:5.4kWp 系统,12 块 Longi Hi-MO 6 450W,逆变器 Solis S6-GR1P5K,总价 RM21,800(含安装与 TNB 申请)。
        安装日志:3月14日 10:30 到场,屋顶为铁皮屋面,已装导轨 4 排,下午 4 点完成直流接线,等 TNB 更换双向电表。
        售后热线 1300-88-7626,服务时间周一至周六 9am-6pm,公共假期休息。
        R32 和 R410A 冷媒不能混用,换机时铜管要先用氮气吹扫,再抽真空到 500 micron 以下。
        太阳能板一年清洗一到两次就够了,雨季基本可以自然冲掉灰尘,但靠近工地或者鸟多的地方要多洗。
        保修申请需提供:购买发票、机身序列号照片、故障代码照片。提交后 3 个工作日内会有技术员联系安排上门。
        故障代码 E7 一般是室外机风扇马达问题,U4 是室内外机通讯异常,可以先断电 5 分钟再开机试试。
        工单号 WO-260318-027 已完成,更换室外机电容一个,收费 RM150,含一年零件保修。
        明天全组 8 点在仓库集合,带好安全带和梯子,下午有雷雨预报,屋顶作业 1 点前必须收工。
        逆变器显示 Grid Lost 不用慌,通常是电网停电或者总闸跳了,恢复供电后会自动重新并网。
        一匹冷气大约适合 10 到 15 平方米的房间,西晒的房间建议加大半匹。
    """),
    ("zh-Hant", "保養通知與說明"): _lines("""
        【大廈公告】本座將於12月9日(星期二)上午10時至下午5時進行中央冷氣系統年檢,期間冷氣暫停供應,不便之處敬請見諒。管理處啟
        窗口機滴水多數係去水喉塞咗,或者部機裝得唔夠斜,可以自己用軟喉通一通先。
        分體機洗機服務:掛牆機 HK$480/部,兩部或以上每部 HK$420,包殺菌除臭,唔包加雪種。
        CLP 上網電價計劃申請流程:遞交申請表 → 註冊電業工程人員檢查 → 安裝智能電錶 → 開始計算發電量。
        台電併聯審查約需 4 至 6 週,屋頂型小型案場需附結構技師簽證與單線圖。
        太陽能板保固分兩種:產品保固 12 年,線性輸出保固 30 年,兩者不要搞混。
        維修單號 HK-SR-2611-0457:Daikin FTXM35 室內機 PCB 更換,保養期內免費,已完成測試。
        變頻冷氣長時間開著反而比較省電,一直開開關關會讓壓縮機頻繁啟動。
        颱風季前請檢查屋頂支架螺絲是否鬆動,鋁軌與浪板接合處要補防水膠。
        報帳請附統一發票 QK-40918273 影本及驗收單,發票抬頭為本公司。
        部分縣市有住宅屋頂光電設置補助,金額與名額以當年度公告為準。
        師傅上門前會先打電話確認時間,如需更改請至少提前 24 小時通知客服。
        冷氣機能源效益標籤分 1 至 5 級,第 1 級最慳電。
        冷媒壓力參考:R410A 運轉低壓約 110 至 130 psi,若低於 90 psi 需要檢查漏點。
        香港中文大學逸夫書院天台光伏系統 2025 年發電量 182 MWh,約相當於減少 70 噸碳排放。
    """),
    ("ms", "notis dan soalan lazim"): _lines("""
        Notis: Kerja penyelenggaraan penghawa dingin di Blok C akan dijalankan pada 12 Disember, 9 pagi hingga 1 petang. Harap maklum.
        Soalan: Berapa lama pemasangan panel solar untuk rumah teres dua tingkat? Jawapan: Biasanya 1-2 hari, tidak termasuk kelulusan TNB.
        Sebut harga SH-2026-0331: 6.1 kWp, 14 panel 440W, penyongsang Sungrow SG5.0RS, jumlah RM24,500 termasuk permohonan NEM.
        Aircond bocor air? Periksa paip saliran, bersihkan penapis, dan pastikan unit dalaman dipasang condong sedikit ke arah paip.
        Waranti pemampat 5 tahun, alat ganti 1 tahun. Waranti terbatal jika unit diservis oleh pihak yang tidak bertauliah.
        Talian khidmat pelanggan: 1-300-80-2468 (Isnin-Jumaat, 9 pagi-6 petang), atau WhatsApp ke talian rasmi syarikat.
        Pemasangan di Masjid Sultan Salahuddin Abdul Aziz Shah: 120 kWp, siap 80%, menunggu pemeriksaan Suruhanjaya Tenaga.
        Juruteknik wajib memakai abah-abah keselamatan semasa bekerja di atas bumbung melebihi 3 meter.
        Kod ralat E1 pada unit Midea biasanya menunjukkan masalah komunikasi antara unit dalaman dan unit luaran.
        Servis am aircond 1.0-1.5hp RM80 seunit; chemical wash RM150 seunit; tambah gas R32 dari RM60.
        Nombor tiket TKT-88213 telah ditutup. Kapasitor kipas luaran telah diganti dan unit diuji selama 30 minit.
        Bil elektrik bulanan purata RM350 ke atas sesuai untuk sistem 5 kWp ke atas di bawah NEM.
        Pastikan meter dua hala telah dipasang oleh TNB sebelum sistem solar dihidupkan sepenuhnya.
        Sistem solar 12 kWp di Sekolah Kebangsaan Tunku Abdul Rahman dijangka menjimatkan kira-kira RM2,100 sebulan.
    """),
    ("mixed", "technician group chat"): _lines("""
        bro the inverter at today's job show error 2064 lah, already reset twice still same, later I call Huawei support
        明天的 job 全部 postpone,因为 weather forecast 说有 thunderstorm,roof work cannot lah
        Boss, stock habis dah for 1.5hp Daikin outdoor, kena order from KL warehouse, ETA Thursday
        今日做咗三間 chemical wash,個 outdoor unit 啲 fin 好污糟,用咗成支 coil cleaner
        guys remember hor, before charge gas must vacuum until 500 micron, don't anyhow
        panel delivery dah sampai site, 24 pcs, one box corner pecah sikit tapi panel ok, I take photo already
        台灣這邊的併聯文件 okay 了,等台電排 meter 更換,大概 next week
        pipe kena extend 3 meter, customer agree already, update the quote to add RM105 ya
        wah today roof very hot, 62°C on the panel surface, everybody drink more water ok
        Can someone share the SOP for Mitsubishi Starmex error code P8? 我唔記得點 reset
        Reminder: all jobs must upload before/after photos to the job app by 7pm, no photos no claim
        PV string 2 Voc only 310V, expected 440V, maybe one panel bypass diode faulty, tomorrow bring IV tester
        那个 job WO-260412-011 customer cancel 了,下午直接去 Tampines 那个 job
        Harini aircond service RM80 tapi customer minta chemical wash, so upsell jadi RM150, ok boss?
        HK 呢邊 FiT application 要 REW 簽 form,記得影低 form number 先好交
        Lunch break 12-1, after that continue mounting rails, 今天要完成 4 rows
    """),
    ("mixed", "warranty and claim templates"): _lines("""
        Warranty Claim Form | Customer name: ________ | Contact: ________ | Unit model: ________ | Serial no.: ________ | Fault description: ________
        Dear {customer_name}, your aircon servicing is scheduled on {date} between {time_slot}. Reply Y to confirm. — CoolBreeze Services
        保修申请表 / Borang Tuntutan Waranti: 姓名 Nama: [    ] 电话 Telefon: [    ] 地址 Alamat: [    ] 序列号 No. Siri: [    ]
        Hi <NAME>,多謝選用 SunHarvest!閣下的安裝日期為 <DATE>,師傅會於到達前 30 分鐘致電 <PHONE>。
        Claim status codes: RCV = received, INS = pending inspection, APV = approved, RJT = rejected (see reason code), CLS = closed.
        Reason code R04: damage caused by power surge or lightning is not covered under manufacturer warranty; refer to home insurance.
        {{technician}} 已到達 {{site_area}},預計工作時間 {{duration}} 小時 — auto-message template v2.3
        Surat pengesahan waranti: Dengan ini disahkan bahawa sistem solar bernombor siri ________ dilindungi waranti sehingga ________.
        RMA request template: RMA No. (auto) | Product SKU | Serial | Date of install | Photos (min 3) | Installer company UEN
        Claim #WC-2026-00871 approved: replacement outdoor fan motor, part no. 4022A134, courier tracking JNT8800127741MY.
        Insurance policy ref. PV-ALL-RISK-2026-11832 covers panels against storm, theft and accidental damage, excess S$500 per claim.
        保固申請需附上:1. 發票影本 2. 模組序號照片 3. 故障現場照片。未完成線上登錄之產品恕不受理。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Site survey booked: Mr Jason Tan Wei Ming, 23 Jalan Kembangan Singapore 419128, corner terrace, mobile 9726 4183, prefers Sat morning; car SMK 4821 J in porch must be moved before scaffold goes up.
        WARRANTY CLAIM | NAME: NOR AZLINA BINTI KAMARUDDIN | MYKAD: 920307-10-6284 | UNIT: PANASONIC CS-XU18XKH | FAULT: NOT COLD SINCE 3 NOV
        Customer Rajesh Kumar a/l Subramaniam refuses to pay the RM4,200 balance, says the panels went on the wrong roof slope; escalated to management.
        Technician note: Mdm Koh at the 3rd storey unit uses a wheelchair after her knee operation, ring twice and wait; her daughter Melissa Koh (8851 0374) will open the door.
        Payment received via card 4543 1279 0184 7621 exp 08/28 from Daniel Lim Jun Hao for 2 x FCU installation, S$2,460.
        Cancelled job 14/11: Mrs Priya d/o Ramasamy, Blk 418 Tampines St 42 #09-271 S(520418) — husband hospitalised, will reschedule after discharge.
        Referral bonus S$100 to be credited to POSB savings 188-52714-3 (account holder Kevin Ong Boon Keat) for referring the Serangoon install.
        Contractor pass: MUHAMMAD HAFIZ BIN ROSLI, FIN G5528173X, work permit (Malaysian), aircon installer, escorted by security for Tower B works 9-11 Dec.
        Feedback: your technician Alvin Chua was rude and left dirty water all over our parquet, we want a partial refund. — Grace Lee, 9043 7721
        Instalment plan approved: applicant Lim Siew Ling, NRIC S7634092G, declared income S$5,800/month, 24 months for the 6.4 kWp system.
        HK lead: Mr Leung Ka Ho, HKID Y305718(4), Flat B, 12/F, Tower 3, Laguna City, Kwun Tong — wants PV on the rooftop he owns plus aircon swap, call 9432 7718.
        Note for Saturday: Robert D'Cruz, the retired teacher at 7 Jalan Tembusu, Ipoh, wants his two old Carrier units removed and pays cash only.
        Reminder: call back Ms Tsai Yi-Ting on LINE (id: yiting_0805) about the Taichung roof quote, she only replies after 9pm.
        Email from nurul.aina92@yahoo.com: Nurul Aina asks to transfer the warranty of her solar system to the buyer when she sells her Shah Alam house next month.
    """),
    "zh-Hans": _lines("""
        客户陈志强(中国籍,身份证 44010619880912473X,手机 +86 138 2741 9035)在新山 Forest City 有一套公寓,想装两台变频冷气,微信 czq_1988jb。
        投诉记录:林美玲女士反映上周安装的冷气漏水把木地板泡坏,要求赔偿 RM1,800,联系电话 016-552 0917。
        师傅王建华这个月请了两周病假(腰椎间盘突出),他的单子先分给阿强和阿明。
        安装确认:黄俊杰先生,地址 No. 15, Jalan SS 2/64, 47300 Petaling Jaya,5.4kWp 系统,已付订金 RM10,900。
        退款申请 — 客户郑丽华,Maybank 账户 1640 2217 8830,退还多收的清洗费 RM320。
        李国栋先生(NRIC S6911384B)要求报价单发到他公司邮箱,但合同上要写他本人的名字。
        今天去 Bukit Timah 张秀兰太太家,她说先生上个月刚过世,家里冷气一直没人管,想全部换新,情绪比较低落,跟进时语气要温和。
        新员工入职:刘嘉欣,FIN F2284671W,电话 8190 2256,下周一开始在 Jurong 仓库负责库存。
        分期付款逾期提醒:客户吴德明已逾期 2 期,共欠 S$1,130,多次拨打 9658 3110 都没人接。
        群里那个 Cindy 就是上次投诉的何欣怡,住 Blk 275C Compassvale Link #14-208,这次又说师傅迟到。
    """),
    "zh-Hant": _lines("""
        客戶資料:李偉強先生,HKID K482913(1),沙田第一城 32座 18樓 F室,手提 6120 5593,預約 12月15日 洗三部分體機。
        投訴:黃美玲(黃太)話師傅裝機時打爛咗佢屋企個花樽,要求賠 HK$2,000,佢個女遲啲會再打嚟跟進。
        報價確認 — 陳怡君小姐,身分證 F229048153,新北市板橋區文化路一段 288 號 11 樓之 3,分離式冷氣 2 台共 NT$86,000。
        太陽能案場聯絡人張志明(E115204766)0928-417-305,台中市北屯區崇德路二段 185 巷 7 號,屋頂 12kW,已簽約。
        師傅阿豪(李志豪)上星期喺天台跌低,手腕骨裂,請咗兩個禮拜病假,勞保工傷申請跟進中。
        退款轉帳:戶名 林雅婷,中國信託 帳號 901-540-287361,退還訂金 NT$15,000。
        客人吳家豪先生嘅 WhatsApp 係 +852 9781 2034,佢話星期六下晝先得閒睇 site。
        保固登錄:姓名 郭建宏 / 身分證字號 A128473619 / 產品序號 SN2206K7731 / 安裝日期 2025.11.02 / 地址 高雄市鼓山區美術東二路 96 號 5 樓
        陳冠宇先生的信用卡 5264-1800-3927-1556 刷卡失敗兩次,已請他改用匯款支付尾款 NT$42,000。
        Tower 2 嗰個業主 Karen 即係劉詠詩,佢話之前間公司整壞咗條去水喉,今次要我哋寫報告俾保險公司,email 係 karenlau.ws@gmail.com
    """),
    "ms": _lines("""
        Pelanggan: Encik Ahmad Faizal bin Othman, No. KP 880514-14-5327, Lot 2281 Kampung Sungai Buloh, 47000 Sungai Buloh. Pasang 2 unit aircond 1.0hp.
        Aduan daripada Puan Noraini binti Ismail (019-772 3045): juruteknik datang lewat 3 jam dan tidak memaklumkan terlebih dahulu.
        Bayaran ansuran Oktober belum diterima daripada Encik Muthu a/l Krishnan (KP 670302-05-5079), baki tertunggak RM2,340.
        Juruteknik Azman bin Yusof cuti sakit 5 hari kerana demam denggi, MC dari Klinik Kesihatan Seksyen 7.
        Pulangan deposit RM500 ke akaun CIMB 7013442981 milik Puan Rosnah binti Abdullah, pelanggan yang membatalkan pemasangan solar.
        Maklumat pemilik untuk permohonan NEM: Tan Ah Kow, KP 750921-07-5113, akaun TNB 220014839201, 32 Lorong Seri Tanjung 3, 11200 Tanjung Bungah, Pulau Pinang.
        Nota: Cik Farah Nabilah binti Rahim akan buka pintu di No. 9 Jalan Mawar 4, Taman Melati; bapanya menjalani dialisis setiap Selasa dan Khamis, jadi elakkan hari tersebut.
        Pekerja baru: Kumaran s/o Velu, tel 017-360 5589, lesen memandu D, mula kerja 2 Januari di cawangan Klang.
        Pindah milik waranti dari Encik Ong Kah Seng kepada Puan Jessica Ho Mei Yin, pembeli rumah di 8 Jalan Bukit Indah 15/7, 81200 Johor Bahru.
    """),
    "mixed": _lines("""
        Boss, customer Mr Wong Kai Ming punya payment guna card 4916 1120 4478 9038 kena decline, dia kata try again esok
        明天 9am Ah Boon 的 job 在 Blk 621 Hougang Ave 8 #05-112, customer 是 Mdm Teo Bee Hwa, 她 hearing not good, must call loud loud: 8863 2917
        Hi team, Lina binti Harun from accounts akan cuti bersalin mulai 1 Jan, semua claim form hantar kepada Sharon dulu.
        個客 Mr Ng Chi Wai 話部 Daikin 又出 E5, HKID 我影咗 XA219384(9), send 去 Daikin warranty 先
        FYI 台北那個 case 客戶蔡明哲 0955 162 883 說他 LINE 是 mingche_tsai,晚上 8 點後才可以聯絡
        wei bro, the auntie at 12 Jalan Setia Indah U13/3 Shah Alam, Mrs Vasanthi a/p Rajoo, she give RM300 cash tip for us 😂 jangan bagitau boss
        Refund already PayNow to Bryan Sim Jia Le 8327 6690, 你確認下佢收到未
        Daniel 那边的 site survey 可以 cancel 了, his wife called, 他们 divorce 了 house also sold, 原 customer Daniel Foo Teck Seng 叫我们 delete his info
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for SunHarvest Solar Pte Ltd, Singapore. Collect details for a free site survey.",
        ),
        ("user", "Hi, I want a site survey for my landed house, thinking about 10 kWp"),
        (
            "assistant",
            "Happy to help! May I have your full name, the property address and a contact number?",
        ),
        ("user", "Eric Goh Chee Keong, 41 Jalan Chempaka Kuning, Singapore 468512. HP 9812 7305"),
        (
            "assistant",
            "Thank you Mr Goh. Our surveyor will call 9812 7305 within 2 working days to confirm a slot.",
        ),
    ],
    [
        ("user", "師傅你幾點到呀?我係黃淑儀,住大埔翠怡樓 1023 室,電話 5307 8841"),
        ("assistant", "黃小姐你好,師傅大約 2 點半到,到樓下會打俾你。"),
        ("user", "好,我身份證 P771402(9) 要唔要登記?管理處話外判師傅要住戶簽名"),
        ("assistant", "唔使俾我哋身份證號碼,你喺管理處簽名就得。"),
    ],
    [
        ("system", "Pembantu tuntutan waranti CoolAir Sdn Bhd."),
        ("user", "Saya nak buat tuntutan waranti, aircond baru pasang 2 bulan dah tak sejuk"),
        (
            "assistant",
            "Baik. Sila berikan nama penuh, nombor MyKad dan nombor telefon untuk semakan.",
        ),
        (
            "user",
            "Nur Izzati binti Kamal, 010418-01-0896, +6011-2390 4471. Rumah di Taman Universiti, Skudai",
        ),
        (
            "assistant",
            "Terima kasih Cik Nur Izzati, tiket waranti telah dibuka dan juruteknik akan menghubungi anda.",
        ),
    ],
    [
        ("user", "我要申請屋頂太陽能的補助,需要準備什麼?"),
        ("assistant", "一般需要屋主身分證影本、建物權狀、台電電費單和施工照片。"),
        (
            "user",
            "好,我是劉淑芬,身分證字號 H251769307,地址桃園市中壢區環北路 402 號 7 樓,電話 0937-208-614,可以幫我先填表嗎?",
        ),
        ("assistant", "可以,劉小姐,我先用這些資料幫您填好申請表草稿,請確認後再簽名。"),
    ],
    [
        (
            "user",
            "Help me write a complaint to the installer. I paid S$7,800 in March and the inverter has tripped every week since.",
        ),
        (
            "assistant",
            "Sure. Please give me your name, the installation address and the invoice number so I can include them.",
        ),
        (
            "user",
            "Lakshmi d/o Arumugam, Blk 106 Jurong East St 13 #07-88, invoice INV-SG-24031. My husband has a heart condition and we need the aircon running at night.",
        ),
        (
            "assistant",
            "Here is a draft: Dear Sir/Madam, I am writing about the PV system installed at my home in March under invoice INV-SG-24031...",
        ),
    ],
    [
        ("user", "can i pay the deposit for the 2 aircon by card over chat?"),
        (
            "assistant",
            "Please use the secure payment link we send by SMS; do not type card numbers in chat.",
        ),
        ("user", "ok too late lol 3778 124599 03210 exp 11/27, name on card CHEONG WAI LUN"),
        (
            "assistant",
            "Noted Mr Cheong, for your safety we will not use these details; a payment link has been sent instead.",
        ),
    ],
    [
        ("user", "你好,我想问太阳能可以分期付款吗?"),
        ("assistant", "可以的,我们有 12 到 36 个月的分期方案,需要做简单的资格审核。"),
        (
            "user",
            "我是怡保的钟美君,IC 850116-08-5562,在医院做护士,月薪大概 RM4,500,电话 012-347 8812",
        ),
        ("assistant", "谢谢钟小姐,我们会把资料交给分期合作银行审核,三个工作日内通知您结果。"),
    ],
    [
        ("system", "You summarise technician visit notes for the HK service team."),
        (
            "user",
            "Summarise: visited Mr Yip Siu Kwan (HKID A662051(8)) at 18 Tai Hang Road 3/F, 3 window units, he says landlord refuses to pay for repair, tenant pays; tel 9135 6624",
        ),
        (
            "assistant",
            "Summary: 3 window units inspected at 18 Tai Hang Road 3/F for Mr Yip Siu Kwan; repair cost to be borne by the tenant, landlord declined; contact 9135 6624.",
        ),
    ],
    [
        ("user", "Draft a final warning letter for one of my aircon technicians."),
        ("assistant", "Sure, what happened and what is the staff member's name?"),
        (
            "user",
            "Suresh s/o Pillai, employee no. 0142. He was caught on CCTV taking 3 rolls of copper pipe from the store on 21 Nov. Second offence after the fuel card issue.",
        ),
        (
            "assistant",
            "Final Written Warning — Mr Suresh s/o Pillai: On 21 November you were recorded removing company copper pipe without authorisation...",
        ),
    ],
    [
        ("user", "請問高雄透天厝裝 8kW 太陽能大概多少錢?"),
        ("assistant", "一般 8kW 約新台幣 40 至 50 萬,實際要看屋頂結構與鋼構需求。"),
        ("user", "那請你們業務聯絡我,我叫許志偉,手機 0921 556 018,email hsu.chihwei77@gmail.com"),
        ("assistant", "好的許先生,業務會在明天下午前跟您聯絡並安排現場勘查。"),
    ],
]
