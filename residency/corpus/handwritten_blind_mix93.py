# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix93: billboards, printing and outdoor advertising in SG/MY/HK/TW. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix93
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "permit_procedure"): _lines("""
        Signage on conserved shophouses in Singapore generally needs conservation approval before installation, in addition to structural requirements for large or heavy signs.
        Hong Kong Signboard Validation Scheme: existing signboards that meet the specified technical standards may be retained after inspection and certification by a prescribed building professional or registered minor works contractor.
        Before mounting any billboard more than 3 m above ground, submit the structural calculation, wind-load check and endorsed drawings; the permit reference must be displayed on the frame.
        Advertising licence renewal with the city council: submit the renewal form, a recent photo of the signboard, a copy of the previous licence and the payment receipt at least 30 days before expiry.
        Artwork approval checklist: client sign-off on the final PDF, spelling check of all Malay and Chinese text, brand colours matched to Pantone, legal disclaimer at least 2% of panel height.
        Digital LED billboards facing expressways must cap brightness at night and hold each static frame for a minimum duration; video and flashing content are not allowed in most jurisdictions.
        Work at height above 2 m: installers wear a full-body harness anchored to a certified lifeline, and gondola operators must hold a valid training certificate.
        The Singapore Code of Advertising Practice asks that outdoor ads avoid content likely to cause serious or widespread offence, since they are seen by a captive audience that includes children.
        Bus wrap submissions to the operator must include the vehicle template, the perforated window film spec (50/50 or 70/30) and the planned removal date.
        Tip: when quoting a rooftop billboard, include scaffolding, crane hire and a night-work premium; road authorities often allow lane closures only from 11 pm to 5 am.
        Permit ref DBKL/PI/2026/04417 approved for a 40 ft x 20 ft unipole at Jalan Tun Razak; validity 12 months; licence fee payable before the structure is erected.
        Brightpost Outdoor Pte Ltd: permit status enquiries on +65 6745 2200 (Mon–Fri 9am–6pm); fallen panels or exposed wiring after hours go to our 24h line 6745 2299.
        Aw Boon Haw, the Tiger Balm magnate, was known for flamboyant advertising, from painted roadside billboards to the Haw Par Villa theme park in Singapore.
    """),
    ("zh-Hant", "signboard_notice"): _lines("""
        屋宇署提示：招牌如有鬆脫、生鏽或燈管損壞，負責人應盡快安排註冊小型工程承建商檢查及維修，以免危及途人。
        依臺北市廣告物管理自治條例，設置正面招牌廣告應先申請許可，並於許可期滿前辦理展延。
        恒輝廣告製作有限公司承接燈箱、亞加力字、LED 發光字及大型戶外噴畫，歡迎致電 2388 6120 查詢（星期一至六 9:30–18:30）。
        彌敦道不少霓虹招牌因違例或安全理由被拆除，部分由 M+ 博物館收藏，例如曾掛於西營盤的森美餐廳牛形霓虹招牌。
        訂單編號 HK-LB-26-0719｜燈箱 2400×900mm｜雙面｜LED 模組 6500K｜交貨期：7 個工作天
        搭棚前要確認棚架已經由合資格人士檢查同簽咗表格，一掛黑雨或者八號風球就要即刻停工。
        颱風季前請各區主任巡查戶外廣告牌的固定螺絲及鋼架，並拍照上載至工單系統。
        本司統一編號 52841362，發票抬頭請開「晨光廣告工程有限公司」，如需三聯式發票請於下單時註明。
        廣告物設置申請書（範本）：申請人姓名＿＿＿＿、身分證字號＿＿＿＿、設置地點＿＿＿＿、廣告物尺寸＿＿＿＿，並檢附結構安全證明。
        啲客成日問點解噴畫要留出血位：因為裁切有誤差，四邊各留 3mm，成品先唔會見白邊。
        案件編號 TPE-AD-115-00832 已收件，預計 14 個工作天內完成審查，請勿重複申請。
        港鐵站燈箱廣告一般以 4 星期為一期，上刊同落刊都係收車之後深夜先做。
        高處墮下一直係建造業致命意外嘅主因之一，安裝招牌時必須扣好安全帶同獨立救生繩。
    """),
    ("zh-Hans", "print_spec"): _lines("""
        喷绘规格：户外灯布 510g，远看大牌 72dpi 即可，近看海报建议 150dpi 以上；文字请转曲，颜色模式 CMYK。
        订单号 SZ20260412-0583｜车身贴 3M IJ180 + 8518 覆膜｜数量 12 台｜交期 4 月 20 日
        打样确认单：请核对 Pantone 色号、文字、尺寸及二维码可扫描性，确认无误后签字回传，开机后不接受改稿。
        深圳宝安区某广告厂承接大型 UV 平板打印、亚克力发光字加工，支持来图定制，可出货至香港、澳门及新马。
        户外广告设施设置须符合城市规划及市容要求，高速公路沿线的大型广告牌还需经交通主管部门审批。
        顺丰单号 SF1428905573612 已揽收，内含 20 卷背胶 PP 纸及 5 个易拉宝架。
        易拉宝常用尺寸 80×200cm 和 85×200cm，X 展架 60×160cm；画面底部约 10cm 会卷入杆内，重要内容勿放底部。
        报价单 QT-2026-0316：灯箱布 38 元/㎡，铝型材框 120 元/米，安装另计，含税 6%。
        新员工培训：裁切机操作前检查刀片护罩，禁止戴手套操作滚筒，废墨水按危废处理。
        色差投诉处理流程：先对比客户签样与大货，用分光光度计测 ΔE，超过 3 可申请重印。
        文件命名规范：客户简称_项目_尺寸_版本号，例如 KF_地铁灯箱_1200x1800_v3.pdf。
        多地开展户外招牌安全专项整治，楼顶广告牌的审批和年检明显收紧。
        发票抬头：晨曦广告传媒（深圳）有限公司，统一社会信用代码 91440300MA5G3K8T2Q，开户行见合同附件。
    """),
    ("ms", "notis_iklan"): _lines("""
        Permohonan lesen iklan papan tanda hendaklah dikemukakan kepada pihak berkuasa tempatan bersama pelan lokasi, lukisan struktur dan gambar tapak.
        Papan iklan yang tidak berlesen akan ditanggalkan oleh pihak majlis tanpa notis lanjut dan kos penanggalan akan dikenakan kepada pemilik iklan.
        Notis: Kerja-kerja pemasangan papan iklan unipole di Persiaran Surian akan dijalankan pada 14–16 Mei, 11 malam hingga 5 pagi. Harap maklum.
        Teks iklan luar hendaklah menggunakan Bahasa Melayu dengan saiz yang lebih besar dan kedudukan yang lebih menonjol daripada bahasa lain.
        Invois INV/KL/2026/0931: cetakan bunting 2 x 6 kaki, 150 helai, RM 2,250.00, tempoh bayaran 30 hari.
        Tips pemasang: semak ramalan cuaca MetMalaysia sebelum naik ke struktur; hentikan kerja jika angin kencang atau ada kilat.
        Syarikat Cetak Maju Jaya Sdn Bhd (202101038816) menerima tempahan kain rentang, sticker kenderaan dan papan tanda kedai. Hubungi pejabat di 03-8051 7720.
        Kemalangan di tempat kerja mesti dilaporkan kepada JKKP melalui borang yang ditetapkan dalam tempoh yang ditentukan oleh undang-undang.
        Soalan lazim: Perlukah permit untuk kain rentang sementara? Ya, kebanyakan PBT mewajibkan permit dan pelekat pengesahan pada setiap kain rentang.
        Nombor rujukan aduan MBPJ/ADN/2026/11873 telah diterima; pegawai penguatkuasa akan membuat pemeriksaan tapak dalam tempoh 7 hari bekerja.
        Spesifikasi: kanvas flex 13oz, cetakan eco-solvent 720dpi, mata ayam setiap 2 kaki, jahitan tepi berganda.
        Borang pengesahan artwork: Nama pelanggan: ________ / No. telefon: ________ / Tandatangan & cop syarikat: ________
        Tuntutan kerosakan kenderaan akibat papan iklan tumbang semasa ribut biasanya diuruskan melalui insurans liabiliti awam pemilik struktur.
    """),
    ("mixed", "crew_chat"): _lines("""
        Bro tonight install at Federal Highway KM 9, lorry crane 10pm sharp ok. Jangan lupa bawak harness & cone.
        师傅们，明天 Tampines 那个 rooftop job 改到 Thursday，因为 LTA 还没批 lane closure。
        今晚嗰個 bus stop panel 冇電，LED driver 好似燒咗，聽日帶個新 driver 去換。
        Artwork v4 dah approve ke belum? Client kata logo kena besar sikit, printing tunggu confirmation dulu.
        Job SG-INST-0417 done ✅ photos uploaded to drive, tolong check the corner 有点 bubble, maybe need re-squeegee.
        下雨 lah, today cannot paste the vinyl, adhesive 不会黏。Reschedule to Sat.
        Quotation 已经 send 过去 client 了，RM 18,500 inclusive permit fee, tunggu PO.
        Gondola 今日 inspection pass 咗，cert 放咗喺 site office 個 file 度。
        Reminder: kalau takde lifeline nanti kena stop-work order. Don't play play.
        Permit DBKL belum keluar, so structure boleh fabricate dulu but jangan erect.
        Who took the 6m ladder? Store 说没登记。Please return by 5pm.
        客户话颜色太深，叫我哋 print 多张 proof，今次用 matte laminate 试下。
        Lightbox 换 LED 之后 brightness 好好多，但 night time 要调低，不然 residents complain.
        Tracking 9340 2211 8765 from the Shenzhen supplier, ETA Pasir Gudang next Tue. Customs docs already with forwarder.
    """),
    ("en", "incident_summary"): _lines("""
        Incident summary Q1: 3 near-misses (tools dropped from height), 1 minor cut during trimming, 0 lost-time injuries. Root cause: toolboxes not tethered.
        In May 2024 a hoarding collapsed in Ghatkopar, Mumbai, during a dust storm, killing 17 people and prompting audits of billboards across the city.
        Toolbox talk: never stand under a panel being lifted; tag lines must be used to control swing.
        Client dispute log CD-2026-044: client claims wrong shade of red on 6 lamp-post banners; our proof carries their sign-off; offered 50% reprint as goodwill.
        Ticket TKT-88213: LED screen at Bukit Bintang dark since 02:14; remote reboot failed; technician dispatched.
        Per our contract, the client bears permit fees and any fines arising from content that breaches advertising standards.
        Signboards above a prescribed size or weight must be designed and supervised by a professional engineer.
        Wind load on a 12 m x 4 m panel at 33 m/s basic wind speed is roughly 0.6 kPa times the area; always have a PE verify.
        Lamp-post banner takedown: 120 pcs removed after the festival, 7 damaged, disposal via licensed recycler.
        Landlords usually require public liability cover of at least SGD 2 million before any installation on their facade.
        Payment terms: 50% deposit on artwork approval, 40% on installation, 10% after permit photos are submitted.
        Sample completion photo caption: Panel B, north face, 18:40, lights on, permit sticker visible at bottom right.
        Q: Do we need a new permit if only the artwork changes on a licensed billboard? A: The structure licence usually stays, but many councils still vet the new content.
    """),
    ("mixed", "job_sheet"): _lines("""
        JOB#MY-26-1183 | Site: Jln Klang Lama, Lot 4402 | Type: 20x60ft roadside | Crew 4 pax | Crane 25T | Start 23:00 | Status: 完成
        PO 4500127734 | 灯箱布 backlit 500gsm 3.2m roll x 2 | Supplier: Hoi Fatt Trading | ETA 12/5
        台北市信義區 site survey：牆面 RC，可用化學錨栓 M12，無遮蔽，需夜間施工，permit 預估 3 週。
        print_queue.yaml: printer: hp_latex_800 / media: frontlit_440 / profile: FL440_v2.icc / passes: 8 / heater: 55C
        SELECT job_no, site_code, permit_expiry FROM billboards WHERE permit_expiry < CURRENT_DATE + INTERVAL '30 days';
        Kerja pemasangan: 12/06 panel A siap, panel B tangguh (hujan). 13/06 全部完成, gambar dah hantar ke client group.
        Checklist sebelum naik: harness ✔ lanyard ✔ helmet chin strap ✔ 工具绑绳 ✔ permit copy ✔
        Invoice HK-INV-2026-0457 | 地盤廣告圍板 hoarding print 45m | HK$28,600 | 付款期 30 日
        Defects list: 1) 招牌字「茶」笔画 missing 2) LED strip flicker 3) 铝框 corner scratch, fix by Fri.
        SKU BNR-RU-85200 roll-up banner 85x200cm 标准版 RM 95 / premium RM 140
        Shift handover 01:30: crane demobilised, road cones cleared, 剩低 2 块 panel 未装, continue tomorrow.
        Site code SG-BB-0291 · Bukit Timah Rd facing · 2 faces · permit exp 2026-11-30 · lighting 7pm–12am
        CSV header: job_no,site_code,client_code,panel_w_mm,panel_h_mm,material,permit_ref,installed_at
    """),
    ("en", "client_email"): _lines("""
        Dear {client_name}, please find attached the proof for job {job_no}. Kindly reply APPROVED or mark up changes by {deadline}.
        Hi team, the proof for the Orchard Road lightbox is attached; the client's brand team wants the hero image swapped and the CTA enlarged.
        For permit enquiries write to permits@brightpost-outdoor.com.sg; artwork files above 25 MB should go through the upload link instead.
        Subject: Reminder on INV-2026-0812 (RM 6,300). Our records show the invoice is 45 days overdue; please arrange settlement at your earliest convenience.
        Auto-reply: Thank you for contacting Kilat Signage Sdn Bhd. Our office is closed for Hari Raya from 31 Mar to 2 Apr; urgent install issues call 03-5621 8890.
        Template for accident notification: Date/time: __ / Location: __ / Worker name: __ / Nature of injury: __ / First aid given: Y/N / Reported to MOM: Y/N
        Please note that all artwork must reserve a permit sticker area of 100 x 50 mm at the lower-right corner of the panel.
        Kindly confirm whether the Chinese copy should be in simplified or traditional characters; the HK and TW panels will use traditional.
        We regret that the installation on 14 March was postponed because the lane-closure permit was revoked by the authority at short notice.
        Your booking reference BB-RES-77120 for 4 weeks at the Causeway Bay rooftop site is confirmed, subject to artwork compliance.
        Dear Sir/Madam, with reference to complaint C-2026-0193 on light spill from our LED screen, brightness has been reduced after 10 pm.
        Please cite the advertising code when rejecting artwork that makes unsubstantiated health claims such as cures diabetes.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Accident report 03/06/2026: installer TAN WEI LIANG (NRIC S8164004A) slipped off the ladder while fixing Panel C at Tampines Ave 5, fractured left wrist, sent to Changi General Hospital, MC 14 days.
        Permit applicant: Mr Muthukumar s/o Rajendran, 9672 3158, muthu.rajen77@gmail.com, for the lightbox over his provision shop; URA ref still pending.
        Client dispute: Ms Jessica Ong Pei Ling refuses to pay the remaining $2,340 for her bridal shop signboard, says the letters are crooked and threatens to post bad reviews. Escalate to boss.
        Driver tonight: Ahmad Faizal bin Roslan, lorry GBF 4521 G, class 4 licence, contact 8345 1902.
        Card on file for repeat poster order: 4540 3845 0197 1102 exp 09/28, cardholder LIM SOOK FUN.
        Refund to customer's POSB savings 192-38471-2 (acct name Priya d/o Ganesan) for the cancelled roll-up banner order.
        FIN G5430394M, Rahim Uddin, work permit holder, installer; hurt his back lifting a panel at the Jurong site on 21 Apr, light duty till end-May.
        HR note: Kevin de Souza (rigger) has been sent for a hearing test after complaining of ringing ears; do not roster him on the generator crew.
        Landlord consent for the rooftop billboard signed by owner Mdm Goh Ah Lian, NRIC S7249583G, residing at Blk 214 Bishan St 23 #08-117, Singapore 570214.
        Hi Darren, shop owner Mr Henry Tay's personal number is 9810 2274, he only picks up after 7pm, pls call him about the signboard removal.
        Complaint from Mr Steven Chua, Blk 88 Telok Blangah Heights #12-45, about LED glare into his bedroom; says he cannot sleep and is now on sleeping pills.
        Freelance designer payout: Sarah Nurhaliza Abdullah, OCBC 501-234567-001, artwork fee SGD 650 for the Jurong Point lightbox.
    """),
    "zh-Hans": _lines("""
        工伤登记：黄建华，身份证 440306198807162135，喷绘车间，4 月 9 日被覆膜机卷伤右手食指，送宝安区人民医院缝了 6 针。
        客户林晓婷，电话 159 1872 0346，订了 30 个易拉宝，定金已付 ¥1,500，尾款说要等她公司报销才付。
        安装队老周（周德明，138 2654 7713）负责青秀区楼顶广告牌，上周从脚手架摔下来，腰椎骨折，目前在家休养。
        收款信息：户名 陈雅琴，农业银行卡号 6228 4878 3593 9978，用于支付展会背景板印刷费。
        打样请寄到客户家里：厦门市思明区莲前西路 288 号 7 栋 1502 室，收件人郑丽娟，手机 186 7701 2295。
        投诉记录：杨伟（微信号 yangwei_sz88）称我们揭除车身贴时损坏了他私家车的原厂漆，要求赔偿 3,800 元。
        员工刘洁，身份证号 350203199203040469，请产假至 9 月，期间设计稿审核由组长代理。
        吴国栋在 QQ 群（QQ 号 2857441906）里辱骂我们的设计师，已拉黑，以后他的订单一律不接。
        广告位租赁合同乙方：何敏（身份证 440106199511305284），个体户，经营奶茶店，月租 2,600 元，押二付一。
    """),
    "zh-Hant": _lines("""
        工傷報告：陳志強（HKID A628157(8)），棚架師傅，喺旺角彌敦道拆招牌時畀鐵片割傷左手，送咗廣華醫院縫針，放病假 5 日。
        客人黃詠詩話個燈箱字體唔啱，要求全數退款 HK$12,800，仲喺 Facebook 公開鬧我哋公司。
        請聯絡何偉明先生 9468 2217，佢係茶餐廳老闆，想做新霓虹招牌，平日下晝三點後先得閒。
        申請人林怡君，身分證字號 B213816294，手機 0932-118-406，申請自家樓下店面招牌許可，住址：新北市板橋區文化路二段 182 巷 5 號 3 樓。
        施工人員張家豪（F152713378）於 11/3 吊掛帆布時從 2 樓高度墜落，右腳踝骨折，現於亞東醫院住院。
        客戶 LINE ID：tingting_0918，蔡婷婷，訂了 200 張海報，尚欠尾款 NT$8,400。
        王俊傑先生投訴我們的廣告看板遮住他家窗戶，要求拆除並賠償，住台中市西屯區福科路 466 號 9 樓之 2。
        阿輝（李德輝，6123 8840）做咗我哋十幾年外判安裝，最近話要照顧中風嘅老竇，暫時唔接夜更。
        轉數快 FPS：收款人梁嘉欣，電話 5307 6612，用作印刷卡片訂金 HK$500。
        人事備忘：設計部許雅雯（身分證 H285142141）因憂鬱症請長假，手上案子交由其他同事接手。
        鄭國棟 M368025(3)，小型工程承建商（個人）登記申請表副本，通訊地址：九龍觀塘秀茂坪邨秀明樓 1203 室。
    """),
    "ms": _lines("""
        Laporan kemalangan: Mohd Hafiz bin Ismail (No. KP 850412-14-5673) jatuh dari tangga semasa memasang papan iklan di Jalan Ipoh, patah tulang rusuk, dimasukkan ke Hospital Kuala Lumpur.
        Pelanggan Puan Siti Aisyah binti Kamarudin, tel 019-332 8871, belum jelaskan baki RM 3,200 untuk papan tanda kedai kek beliau di Seksyen 7 Shah Alam.
        Sila bank-in upah kontrak ke akaun Maybank 1641 2087 5532 atas nama Ravi a/l Krishnan, pemasang, untuk kerja bulan Mei.
        Notis tindakan tatatertib: Encik Zulkifli bin Abdullah (pemandu lori kren) didapati memandu dalam keadaan mengantuk dan melanggar tiang lampu pada 2 Jun.
        Alamat penghantaran bunting: Nurul Ain binti Hassan, No. 23, Jalan Mawar 4, Taman Sri Muda, 40400 Shah Alam, Selangor. Tel 016-455 2098.
        Pekerja asing Rahman Hossain, pasport Bangladesh A05839126, permit kerja tamat 30/09; perlu renew sebelum boleh naik tapak.
        Aduan jiran, Encik Lim Chee Keong (No. 15, Lorong Ceri 3, Bukit Mertajam): lampu LED papan iklan terlalu terang sampai anak beliau tak boleh tidur.
        Pn. Kavitha a/p Subramaniam, IC 920817-10-6288, pemohon lesen iklan untuk butik pakaian beliau; dokumen belum lengkap.
        Kad kredit pelanggan untuk cetakan kalendar: 5521 5355 0130 2917, nama pada kad TAN MEI LING, luput 11/27.
        Pemasang kami Azlan a.k.a. Lan Kren, 017-662 1403, minta cuti sakit 3 hari sebab demam denggi.
    """),
    "mixed": _lines("""
        Eh the uncle at Blk 305 Ang Mo Kio Ave 1 #03-22 (Mr Koh Boon Huat) 又 complain our scaffolding block his corridor, he say will call MP. pls settle asap.
        明天 call Mr. Rajesh a/l Subramaniam 012-708 3345, he is the shop owner at Jalan Gasing, balance RM4,800 still belum bayar.
        Madam Wong Siu Fong 個 HKID 係 K068931(9)，佢要做 personal guarantee for the signage rental，copy 咗放 file 度。
        @jasonlee_prints 这个 Jason Lee 就是那个 freelance designer，上次 copy 我们的 artwork 去卖给别人，blacklist 他。
        Installer Ah Keat (Ong Kah Keat) hand kena crush by the press machine last year, 而家 cannot do heavy lifting, pls assign him QC only.
        佩珊 (Chong Pei Shan) 你嘅 email peishan.chong93@gmail.com 我已經 add 咗入 proof system，password 另外 WhatsApp 你。
        Boss said deduct RM200 from Suresh Kumar a/l Muniandy punya gaji sebab dia datang lambat 3 kali minggu ni.
        付款记录：Tan Ah Kow 用 Visa 4966 5331 7975 9737 付了 SGD 1,280 signboard deposit，receipt sent to his gmail.
        TW client 吳宗翰 0975-262-813 說 sample 要寄去他家，地址 later send，先 call 他確認 size。
        Telegram @faizal_rigger 就是 Pasir Gudang 那个 rigger Faizal，上个月从三楼 scaffolding 摔下来，insurance claim 还没批。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You help the accounts team of a Singapore signage company draft client correspondence.",
        ),
        (
            "user",
            "Draft a polite but firm reminder to Mr Chong Wai Keat (wai.keat.chong@gmail.com). He owes S$4,560 for the shopfront signboard we installed in March and keeps saying he will pay next week.",
        ),
        (
            "assistant",
            "Subject: Outstanding balance for your shopfront signboard / Dear Mr Chong, we hope the new signboard is serving your shop well. Our records show a balance of S$4,560 remains unpaid since the March installation. We would appreciate settlement within 14 days; please let us know if you would like to discuss an instalment plan. / Kind regards, Accounts Team",
        ),
        (
            "user",
            "Good. He also asked that the hard copy go to his home, 18 Jalan Kembangan #02-03, Singapore 419125, not the shop. Add that to the envelope line.",
        ),
    ],
    [
        (
            "user",
            "Saya nak isi borang PERKESO untuk pekerja saya yang jatuh dari scaffold semalam. Apa maklumat yang perlu?",
        ),
        (
            "assistant",
            "Biasanya anda perlukan butiran pekerja (nama, nombor kad pengenalan, nombor PERKESO), tarikh dan masa kemalangan, lokasi, cara kemalangan berlaku, jenis kecederaan, laporan perubatan pertama dan maklumat majikan.",
        ),
        (
            "user",
            "Ok. Nama dia Muhammad Amirul bin Zainal, IC 880630-13-5531. Jatuh dari tingkat 2 masa pasang papan iklan di Kuching, patah kaki kanan, sekarang di Hospital Umum Sarawak. Tolong susun jadi ayat untuk ruangan cara kemalangan.",
        ),
        (
            "assistant",
            "Cadangan: Pada tarikh tersebut, pekerja Muhammad Amirul bin Zainal (880630-13-5531) sedang memasang panel papan iklan di aras dua struktur apabila beliau terjatuh ke tanah, mengakibatkan patah kaki kanan. Beliau dibawa ke Hospital Umum Sarawak untuk rawatan.",
        ),
    ],
    [
        (
            "user",
            "我叫陳美玲，喺深水埗開咗間糖水舖，門口個招牌掛咗十幾年，屋宇署寄信嚟話係僭建，我可以點做？",
        ),
        (
            "assistant",
            "你可以考慮申請招牌檢核計劃：請一位訂明建築專業人士或註冊小型工程承建商去檢查個招牌，如果符合技術標準，經核證後可以保留；唔符合就要按指示加固或者拆除。",
        ),
        (
            "user",
            "承建商要我填表，寫埋我身份證 C170500(6) 同電話 6208 3371，咁樣安唔安全？佢話冇呢啲唔做得。",
        ),
    ],
    [
        ("system", "你是台灣一家招牌工程行的客服助理。"),
        (
            "user",
            "我們幫吳俊毅先生做了整面 LED 招牌，合約上有他的身分證字號 A102167910，完工三個月了還欠 NT$36,000，電話都不接，可以怎麼處理？",
        ),
        (
            "assistant",
            "可以先寄存證信函催告，載明欠款金額與期限；若仍不付款，可向法院聲請支付命令，或提起小額訴訟。請保留合約、驗收照片與對話紀錄作為證據。",
        ),
        ("user", "存證信函要寫他家地址嗎？他住高雄市苓雅區四維三路 98 號 12 樓。"),
    ],
    [
        (
            "user",
            "我们广告公司的安装工邓志勇上周在南宁装楼顶广告牌时从梯子上摔下来，腰部受伤住院了，要怎么申请工伤认定？",
        ),
        (
            "assistant",
            "一般由用人单位在事故发生之日起 30 日内向统筹地区社会保险行政部门提出工伤认定申请，需准备工伤认定申请表、劳动关系证明、医疗诊断证明等材料。",
        ),
        (
            "user",
            "申请表上他的身份证号是 450103198509213178，诊断是腰椎压缩性骨折，帮我把事故经过写成一段话。",
        ),
        (
            "assistant",
            "事故经过：邓志勇（身份证号 450103198509213178）受公司指派在楼顶进行广告牌安装作业，作业过程中从梯子上跌落，经医院诊断为腰椎压缩性骨折，现住院治疗。",
        ),
    ],
    [
        (
            "system",
            "You are the scheduling assistant for an outdoor advertising installation crew in Singapore.",
        ),
        ("user", "Who is on tonight's Woodlands gantry job?"),
        (
            "assistant",
            "Tonight's roster lists the supervisor, two riggers, one crane operator and one electrician. Do you want me to send the call time?",
        ),
        (
            "user",
            "Take Joseph Fernandez off, his wife went into labour this afternoon at KKH. Put him on leave till Monday and tell the team to text him at 8726 5530 only if urgent.",
        ),
    ],
    [
        (
            "user",
            "format this into a job sheet pls: wedding backdrop 3m x 2.4m, 2 roll ups, customer farah liyana binti osman 011-2387 6610, deliver to no 7 jln usj 4/3d subang jaya 47600, event 20 dec",
        ),
        (
            "assistant",
            "JOB SHEET / Item 1: Wedding backdrop 3 m x 2.4 m / Item 2: Roll-up banner x 2 / Customer: Farah Liyana binti Osman / Tel: 011-2387 6610 / Delivery: No. 7, Jalan USJ 4/3D, 47600 Subang Jaya / Event date: 20 Dec",
        ),
        ("user", "add: balance RM 680 COD, she said her fiance will collect if she is not home"),
    ],
    [
        (
            "user",
            "今朝吊船出事，我哋師傅伍家明喺灣仔外牆裝廣告布嗰陣吊船傾側，佢撞傷頭，而家喺律敦治醫院。要點樣通知勞工處？",
        ),
        (
            "assistant",
            "僱主需要喺指定期限內用表格二向勞工處呈報僱員受傷，另外吊船意外亦要通知職安部門調查。先記低受傷經過、時間地點、見證人同醫院資料。",
        ),
        (
            "user",
            "佢 HKID 係 E342576(6)，38 歲，住屯門友愛邨，電話 9128 4407，幫我填表格二嘅僱員資料部分。",
        ),
    ],
    [
        (
            "user",
            "Tuan rumah tapak billboard atas bumbung rumah kedai di Kajang, Encik Yusof bin Ahmad, IC 780203-07-5119, minta sewa dinaikkan dari RM1,500 ke RM2,200 sebulan. Boleh tolong draf surat balas?",
        ),
        (
            "assistant",
            "Boleh. Surat boleh merujuk perjanjian sewaan sedia ada, menyatakan kadar semasa, dan mencadangkan kenaikan berperingkat atau rundingan semula apabila tempoh sewa tamat.",
        ),
        (
            "user",
            "Dia nak bayaran masuk terus ke akaun CIMB peribadi dia 7062 3318 45, bukan akaun syarikat. Masukkan dalam surat.",
        ),
        (
            "assistant",
            "Baik, saya tambah perenggan: Bayaran sewa akan dibuat ke akaun CIMB 7062 3318 45 atas nama Yusof bin Ahmad bermula bulan berikutnya, tertakluk kepada persetujuan bertulis kedua-dua pihak.",
        ),
    ],
    [
        ("user", "接案設計師請款要怎麼開勞務報酬單？"),
        (
            "assistant",
            "勞務報酬單通常需要領款人姓名、身分證字號、戶籍地址、金額與扣繳稅額，單次給付超過一定金額時須代扣所得稅及二代健保補充保費。",
        ),
        (
            "user",
            "設計師是蔡佳穎，身分證 J233861836，戶籍新竹縣竹北市光明六路 120 號 8 樓，這次海報設計費 NT$18,000，匯到中國信託 8225 4031 7762。幫我整理成一張表。",
        ),
    ],
]
