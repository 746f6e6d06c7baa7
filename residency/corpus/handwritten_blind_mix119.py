# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix119: electricians, plumbers and handyman apps in HK/SG/MY/TW. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix119
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "job_ticket_log"): _lines("""
        JOB-HK-240917-0083 | Aircon drain pipe blocked, condensate leaking onto false ceiling | Tech arrived 14:22, cleared with nitrogen blow, 45 min | Status: CLOSED
        Ticket SG-EL-55120 reopened: ELCB tripping again after rain, second visit scheduled slot B (2pm-5pm), callout fee waived per policy 4.2
        Work order WO-7781: replace 3 x 20A MCB (Schneider Easy9 EZ9F56220), labour SGD 85/hr, parts SGD 42.60, GST 9% applied
        [2024-11-03 09:41:07 +08:00] dispatcher assigned job #MY-PLB-00921 to team KL-South-3; ETA 55 min; priority P2 (water leak, no electrical risk)
        Customer A reported low water pressure on the 12th floor; Customer B on the same riser reported the same. Root cause: PRV at booster pump set to 2.1 bar, reset to 3.0 bar.
        Job closed without fix: unit owner not home, access card required for service lift, rebook via app (code NOACCESS-02).
        Handyman slot reservation #BK-20241122-3391 for TV wall mount (55-65 inch), bracket SKU WM-6540T, drill into concrete only, no hollow partition.
        Postcode 529510 area, Tampines St 81 block range 801-830: 14 water heater jobs this week, 9 of them thermostat failures on the same 2019 batch.
        Ticket TW-KH-3021 escalated to the duty supervisor: tenant reports burning smell from DB box, isolator switched off, licensed electrician required on site within 4 hours.
        Invoice INV-2024-008817 status PAID via PayNow UEN 201912345K, amount SGD 318.50, reference JOB-77120.
        Follow-up survey sent to 1,240 households in Punggol; 61% response rate, average rating 4.3/5 for punctuality.
        Note from the lead tech: do not use PVC solvent cement on CPVC hot-water lines at the Sentosa Cove site, use the orange can only.
        SLA breach report Q3: 27 of 3,118 jobs exceeded the 24-hour response window; 19 were in Sabah due to the ferry schedule.
    """),
    ("zh-Hant", "hk_quotation"): _lines("""
        報價單 QT-HK-2411-0052：浴室翻新（拆舊磚、防水、鋪新磚）約 45 呎，連料 HK$38,500，工期 7 個工作天，唔包喉管改位。
        換熱水爐報價：儲水式 30 公升 HSW-88 型號 HK$4,280（已包安裝及拆走舊機），如需改電掣另加 HK$650。
        師傅上門檢查費 HK$380，如即日落單做工程，檢查費可以扣返。
        電力工程報價（單相 30A 改三相 60A）須由註冊電業承辦商提交 WR1 表格，審批約 2 至 4 星期。
        舊樓冇升降機，搬運費每層加 HK$80，以上報價已包括 5 樓。
        以下為空白報價模板：客戶：{customer_name}｜地址：{site_address}｜聯絡電話：{phone}｜工程內容：{scope}
        去水位塞咗用通渠機，HK$600 起，如需爆地台另議；報價有效期 14 日。
        窗口冷氣機安裝（1 匹）每部 HK$850，如需加長去水喉每米 HK$40，鋁架另計。
        本公司商業登記號碼 71234568-000-11-24-3，辦公時間熱線 2345 6789（星期一至六 9:00-18:00）。
        註：根據《建築物條例》，拆除結構牆須由認可人士（AP）提交圖則，本公司唔承接呢類工程。
        彌敦道 388 號商場 3 樓舖位照明改 LED 報價：T8 燈管 120 支，每支連工 HK$95，合共 HK$11,400。
        防水工程保養 1 年，如滲水係由樓上單位引起，唔喺保養範圍內。
        報價 QT-HK-2411-0079 已被客戶 C 接納，訂金 30% 經 FPS 收妥，交易編號 FPS-88213390。
    """),
    ("ms", "notis_keselamatan"): _lines("""
        NOTIS: Bekalan elektrik di Blok C akan diputuskan pada 14 Dis 2024 dari 9.00 pagi hingga 1.00 tengah hari bagi kerja penyelenggaraan papan suis utama.
        Semua juruteknik wajib memakai kasut keselamatan dan sarung tangan bertebat semasa bekerja di panel 415V.
        Laporan insiden IR-2024-117: seorang pekerja mengalami kejutan elektrik ringan di tapak projek Jalan Tun Razak, dirawat di klinik panel dan dibenarkan pulang.
        Jangan guna plag tiga pin berganda (adaptor) untuk pemanas air; sila pasang soket 20A khas dengan suis DP.
        Kerja panas (kimpalan paip) memerlukan permit kerja panas PTW-HW yang ditandatangani oleh penyelia tapak.
        Statistik bulan Oktober: 4 kes kebocoran gas kecil, 11 kes litar pintas, 0 kemalangan maut di semua tapak syarikat.
        Semua pendawai mesti mempunyai Perakuan Kekompetenan yang sah; salinan perlu dimuat naik ke aplikasi sebelum menerima tugasan.
        Amaran: kawasan Taman Tun Dr Ismail dijangka hujan lebat petang ini, tangguhkan kerja bumbung dan kerja luar selepas 3 petang.
        Prosedur LOTO: kunci, tag, uji ketiadaan voltan, barulah sentuh konduktor. Tiada pengecualian.
        Talian kecemasan syarikat: 1-300-88-2211 (24 jam). Untuk kebocoran gas, tutup injap utama dan keluar dari premis dahulu.
        Peringatan: tangga lipat melebihi 3 meter memerlukan rakan sekerja memegang tangga sepanjang masa.
        Tiket aduan #ADU-MY-0457 ditutup: punca bau hangit ialah kipas siling lama, telah diganti dengan model 56 inci baharu.
        Latihan keselamatan wajib Sabtu ini di Dewan Sultan Ismail, Johor Bahru, 8.30 pagi, sila bawa kad pekerja.
    """),
    ("mixed", "technician_group_chat"): _lines("""
        Boss, job #KL-2291 customer cancel already, I go next one at Cheras ok?
        师傅们 reminder：明天 Bukit Timah site 要带 ladder 6 ft 同 stud finder，don't forget ah
        Wah this DB box very old, still using rewireable fuse, need to quote full change ka?
        Got anyone got spare 18W LED downlight? Kedai tutup already, need 2 pcs only.
        今日荃灣嗰單 job 整完啦，唔該 admin 幫手 close ticket HK-TW-0932
        Supervisor cakap semua job bawah RM200 boleh terus buat, tak payah tunggu approval.
        Pls upload before/after photo to the app lah, else the system won't release payout for the job.
        呢間屋嘅 water heater 係 30L 嗰隻舊款，有冇人有 spare element？
        Traffic jam at PIE towards Changi, I late 20 min for the 3pm slot, can inform customer service?
        Ok noted, esok saya ambil van nombor 2, van 1 masuk workshop service.
        报价系统 v3.8.2 更新后 GST 计算有 bug，reported 给 IT 了，先手动算 9%。
        Anyone know if need to inform the grid operator for 63A upgrade or just LEW endorse can?
        Toilet bowl crack, customer A want same model, supplier say 2 weeks stock.
    """),
    ("zh-Hans", "platform_notice_stats"): _lines("""
        本月平台共完成 8,412 单维修，其中空调清洗占 37%，水管疏通占 22%，电路检修占 15%。
        【公告】自 2025 年 1 月 1 日起，上门服务费统一调整为 RM35，会员可享 8 折。
        用户评价摘要：“师傅准时、收费透明”出现 1,203 次；“迟到”出现 96 次。
        如何判断是漏电开关坏了还是电器漏电？先拔掉所有插头，再逐个插回，哪个插上就跳闸就是哪个电器的问题。
        鲁班被尊为木匠祖师，平台本周的师傅培训就以“鲁班精神”为主题，讲隐蔽工程验收流程。
        师傅接单规则：距离 15 公里以内优先派单，评分低于 4.0 分暂停派单 7 天。
        订单号 20241119883021 已退款 RM120.00，原路返回，预计 3-5 个工作日到账。
        新加坡组屋（HDB）卫生间改造需先申请许可，平台不代办。
        统计显示，雨季期间屋顶渗漏投诉量比旱季高出 2.4 倍。
        客服热线 400-820-6655（工作日 9:00-21:00），邮箱 service@fixhome-app.com。
        孙中山纪念馆附近的合作维修网点已于本周开业，周一至周六营业。
        版本 4.12.0 更新：新增电工证照片上传、修复地址定位偏移问题（iOS 17）。
        模板：尊敬的{用户昵称}，您的订单{订单号}已由{师傅工号}接单，预计{时间}上门。
    """),
    ("en", "licence_register_and_rules"): _lines("""
        To check if an electrician is licensed, search the regulator's public register by licence number, never by IC number.
        Registered Electrical Worker grades in HK: A (low voltage, up to 400A), B (up to 2500A), C (no limit), H (high voltage).
        A licensed plumber is responsible for submitting the sanitary plumbing form before works start; the app cannot do it on their behalf.
        Company registration: FixRight Services Pte. Ltd., UEN 201734566W, licensed electrical contractor since 2017.
        Wiremen in Malaysia need a Certificate of Competency; contractors also need a CIDB registration (grade G1-G7).
        Taiwan: grade A vs grade B electrician (甲級/乙級電匠) is shown as a badge on the technician card, but never the certificate number.
        Rule 11.3: technicians must not accept cash tips exceeding SGD 20 or equivalent; report to compliance@fixright.sg.
        The register search returned 0 results for licence no. LW000000; please double-check the format (two letters + six digits).
        Licence renewal reminder batch sent: 342 technicians with licences expiring before 31 Mar 2025.
        Audit sample: 50 job tickets from Q2; 48 had a licence number recorded, 2 missing (tickets JOB-44120, JOB-44976).
        Thomas Edison never needed a trade licence, but a modern electrician needs one before touching a single consumer unit, so our onboarding starts there.
        Fields required in the technician onboarding form: full_name, id_type, id_number, licence_no, licence_expiry, bank_account (all masked in exports).
        Licence class CW (cable worker) does not cover DB installation; escalate to a higher-grade LEW.
    """),
    ("zh-Hant", "tw_repair_platform_faq"): _lines("""
        Q：師傅到府後才發現要換整組馬桶，費用怎麼算？A：師傅會先在 App 上重新報價，您確認後才會施工。
        本平台客服專線 0800-268-168（週一至週日 8:00-22:00），LINE 官方帳號 @fixtw_service。
        停電公告：高雄市三民區部分區域 12/10 09:00-15:00 計畫性停電，請勿安排電力工程。
        冷氣安裝標準工資：分離式 2.8kW 以下 NT$3,500，含 4 米銅管，超出每米 NT$600。
        依《用戶用電設備裝置規則》，浴室插座須裝設漏電斷路器。
        中正路、中山路一帶的老公寓多為 1970 年代配線，建議整戶更換電線。
        訂單編號 TW20241205-00471 已完成，保固 90 天，保固卡可於 App「我的訂單」下載。
        師傅評分計算方式：最近 50 筆訂單的平均星等，取到小數點後一位。
        統一編號 24536806 之公司發票將於完工後 7 日內以電子發票寄出。
        熱水器一氧化碳中毒事件統計：今年冬季全台 31 件，多數為屋外式熱水器裝在室內。
        範例訊息：您好，我是{師傅姓名}，預計{時間}抵達，如需改期請回覆本訊息。
        為保護雙方隱私，師傅與客戶的通話將透過虛擬號碼轉接，訂單完成 48 小時後失效。
        國父紀念館站出口附近有平台合作的五金行，可現場取貨。
    """),
    ("mixed", "config_and_export"): _lines("""
        dispatch.max_radius_km=15  # SG default, MY overrides to 25
        SELECT ticket_id, trade, status, COUNT(*) FROM jobs WHERE region='HK' AND created_at >= '2024-11-01' GROUP BY 1,2,3;
        ticket_id,trade,postcode,amount_sgd,status | SG-EL-55120,electrical,529510,185.00,closed
        {"job_id": "MY-PLB-00921", "trade": "plumbing", "eta_min": 55, "customer": "<redacted>", "tech_id": "T-0412"}
        sha256(invoice_pdf)=9f2c4e1a7b03d5e8c6f1a2b4d7e9c0f3a5b8d1e4f7a0c3b6d9e2f5a8b1c4d7e0
        git commit 4e7a91c: fix(quote): round HKD to nearest dollar, closes #882
        export_2024-12-01.csv: 12,408 rows, PII columns (name, phone, address) dropped by masking job v2.3
        WEBHOOK_URL=https://api.fixhome-app.com/v2/hooks/job-status  TIMEOUT=30s RETRY=3
        cron: 0 2 * * * /opt/fixhome/bin/purge_closed_tickets --older-than 730d
        错误码 E4021：技师证照已过期，暂停派单；E4022：证照号码格式不符 (regex ^[A-Z]{2}[0-9]{6}$)
        log 2024-12-02T03:14:55Z WARN sms-gateway: template JOB_REMINDER_MS rendered with empty {nama_pelanggan}, fallback to 'Pelanggan'
        phone_mask(): show country code + last 4 only, e.g. +852 ****-0000，台灣格式 09**-***-000
        alert: HK region p95 dispatch latency 4.2 min > threshold 3.0 min (dashboard ops-hk-01)
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        JOB-SG-88214 | Customer: Mr Lim Wei Jie, 9187 3362 | Blk 412 Bedok North Ave 2 #08-117 | Water heater not heating, please call before coming.
        Technician onboarding: Rajesh s/o Muthusamy, FIN G5573016X, work permit expiring 03/2025, licensed plumber grade 2.
        Complaint from Mrs Veronica de Souza of 27 Jalan Kembangan: the tiler chipped her marble floor and she wants SGD 2,400 back or she goes to the Small Claims Tribunal.
        Please don't send Kelvin to Mdm Tan at #05-12 again, she said he shouted at her and she is scared to open the door now.
        Payout failed for tech ID T-0877: account holder Nurul Huda binti Ismail, Maybank 1140 2235 6618, name mismatch with IC.
        Our electrician Jason Koh is off this week, he had a panic attack on site on Monday and the doctor gave him MC until Friday.
        Safety incident IR-SG-0091: Mohd Faizal bin Rahman, 34, sustained second-degree burns to the right hand while working on a live busbar; admitted to ward 57.
        Refund to card 4556 3210 8874 2192 (cardholder Winston Chua) for cancelled booking BK-20241118-0045.
        Ms Priya d/o Suppiah, the admin at our Jurong office, is going through a divorce, so please handle her tickets gently and don't call her after 6.
        Vehicle SGX 4471M, driven by tech Alvin Yeo, got a summons outside Blk 208 Toa Payoh, deduct it from his salary this month.
        Customer verification: NRIC S8834512F, name Goh Siew Ling, home address 15 Jalan Mat Jambol #03-04, S119558.
    """),
    "zh-Hant": _lines("""
        單號 HK-PLB-3317：陳家樂先生，電話 6123 4587，地址：九龍城衙前圍道 88 號 5 樓 B 室，廚房去水位塞咗。
        師傅登記：黃志明，香港身份證 K583127(A)，註冊電業工人 A 級，聯絡 9456 2210。
        李太話佢老公中風之後行唔到，所以要喺浴室裝扶手同改企缸，叫師傅做細心啲。
        投訴：王師傅收咗何美玲女士 HK$5,000 訂金之後失咗蹤，何女士而家連租都交唔起。
        台灣訂單：林佳蓉小姐，身分證 A237190545，台北市大安區和平東路二段 96 巷 7 號 3 樓，熱水器點不著。
        師傅張育誠 LINE ID: ycchang_0912，手機 0912-558-437，想接新竹地區的單。
        許阿伯住在 5 樓，他有失智症，師傅到了要先打給他女兒確認，不要直接讓他開門。
        薪資單：技師吳冠廷 11 月應發 NT$52,300，扣勞健保 NT$2,180，實發 NT$50,120。
        工傷報告：電工梁偉強（身份證 Y402918(4)）於觀塘工地觸電，送院後左手二度燒傷。
        阿輝師傅上個月因為飲酒開工被停職，今次再犯就要炒。
    """),
    "zh-Hans": _lines("""
        客户周晓琳，手机 138 2741 5096，身份证 440304198706122318，深圳南山区科技园 1 栋 1203 房，电路跳闸。
        3栋的陈阿姨说她儿子欠了贷款跑路了，家里电费都交不上，能不能先帮她修好再慢慢付。
        师傅郑国强微信号 zgq_dianqi1988，银行卡 5201 9433 7615 0287，工资请打这张卡。
        维修工刘海涛（身份证 350203199103045182）在吉隆坡工地从梯子上摔下，腰椎骨折，已送医院。
        那个新来的水电工小马其实是假证的，听说以前在老家坐过牢，大家小心点。
        新加坡客户 Tan Bee Hoon（陈美云），NRIC T0218867D，地址 Blk 633 Ang Mo Kio Ave 6 #11-2345，要求周六上门。
        投诉：杨建华师傅在黄女士家装热水器时偷拍了她的卧室，黄女士要求报警。
        林志伟先生说他太太怀孕了，装修期间不能有油漆味，所以浴室工程要延后两个月。
        快递寄到槟城 Jalan Burma 32 号给黄丽珍，电话 016-478 2201，是她订的水龙头配件。
    """),
    "ms": _lines("""
        Tiket #MY-PLB-01147: Puan Siti Aminah binti Yusof, 012-338 7421, No. 14 Jalan SS2/24, Petaling Jaya, paip bawah sinki pecah.
        Juruteknik baharu: Muhammad Hafiz bin Abdullah, No. KP 850317-10-5521, Perakuan Kekompetenan PW2, akaun CIMB 7061 2245 8893.
        Encik Rosli dari Taman Melawati tu dah tiga bulan tak bayar invois, katanya dia kena buang kerja, boss suruh jangan terima job dia lagi.
        Laporan kemalangan: pendawai Kumar a/l Subramaniam (KP 920804-14-6083) jatuh dari tangga di tapak Bangsar, patah pergelangan tangan.
        Aduan: Cik Nur Izzati binti Kamal melaporkan juruteknik bernama Azman masuk ke bilik tidurnya tanpa izin semasa membaiki kipas.
        Kereta syarikat WXY 8821 dipandu oleh Faizal Hakim dilihat di Genting pada hari cuti sakit dia, perlu siasat.
        Kak Yati di unit A-3-5 baru keluar hospital lepas bersalin, jangan bunyi drill kuat sebelum 11 pagi.
        Bayaran balik RM450 kepada Ganesh a/l Rajoo, akaun Public Bank 3187 6620 14, untuk tempahan yang dibatalkan.
        Telegram @shafiq_plumber_kl: Shafiq Iskandar, tukang paip bebas, minta job di Shah Alam, no. tel 011-2398 4470.
        Abang Din, foreman kita, tengah proses cerai dan gaji dia kena potong untuk nafkah, jadi dia minta OT lebih bulan ni.
    """),
    "mixed": _lines("""
        Boss, customer Mdm Chua at Blk 118 Rivervale Drive #12-301 say her son Ryan got autism, pls tell the tech don't ring doorbell, call 9672 1184 instead.
        呢個 tech Ahmad bin Salleh 嘅 MyKad 780212-07-5236 upload 咗但係張相矇咗，麻煩叫佢 resend。
        阿強 last week kena food poisoning then still come work, now whole team 都 sick, can warn him or not?
        TW 單：客戶陳怡君 0933-612-859，新北市板橋區文化路一段 188 巷 12 號 4F，bathroom 漏水 urgent。
        Pls transfer payout to Nguyen Van Thanh, passport C4817263, OCBC 601-283447-001, he's the Vietnamese tiler for the Sengkang job.
        Uncle Ravi at Blk 22 keeps asking to pay in instalments, his pension got cut after the heart surgery, can approve?
        技师 Marcus Fernandez 的 IG @marcusfixesthings 一直 post 客户屋企的相，including 门牌号，要 warn 佢。
        Incident: Lau Kin Wai 嘅 HKID R771340(0)，喺將軍澳 site 跌落嚟，fracture，要報勞工處。
        那个 Indonesian helper Sri Wahyuni 说 madam 不让她开门给技师，每次都要等 madam 下班才可以做 job。
        F2290431X 是 Bangladeshi worker Md Rafiqul Islam 的 FIN，his work permit cancelled 因为 fail the safety course twice.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the support assistant for a Singapore handyman booking app. Be brief and polite.",
        ),
        (
            "user",
            "Hi, I need to reschedule job SG-HM-30218 to Saturday. I'm Chloe Ng, mobile 9034 5518.",
        ),
        (
            "assistant",
            "Thanks Chloe. I can move SG-HM-30218 to Saturday; slots 9am-12pm and 2pm-5pm are open. Which one works?",
        ),
        (
            "user",
            "2pm please. And please not the same tech as last time, Benny smelled of alcohol when he came.",
        ),
        (
            "assistant",
            "Noted, 2pm Saturday is confirmed and I have flagged the previous visit to the service quality team; a different technician will be assigned.",
        ),
    ],
    [
        ("system", "你係香港水電維修平台嘅客服助理，用廣東話回覆。"),
        ("user", "我姓麥，麥嘉欣，住荃灣海濱花園 3 座 18 樓 F，廁所漏水漏到落樓下，樓下話要告我。"),
        (
            "assistant",
            "麥小姐，唔好意思聽到咁。我可以幫你約師傅做滲水測試，最快聽日下晝。請問聯絡電話係咪登記嗰個？",
        ),
        ("user", "係，5128 3307。仲有我身份證 Z384016(7)，保險公司話要師傅報告寫埋。"),
        (
            "assistant",
            "收到，已經安排聽日 2 點至 5 點，報告會寫明單位同檢查結果。身份證號碼唔需要喺度提供，保險表格上填就得。",
        ),
    ],
    [
        ("system", "Anda pembantu maya untuk aplikasi servis pendawaian di Malaysia."),
        (
            "user",
            "Saya nak daftar waranti pemanas air. Nama Nur Aisyah binti Othman, No. KP 010930-01-3347.",
        ),
        (
            "assistant",
            "Terima kasih. Sila berikan nombor pesanan dan alamat pemasangan untuk lengkapkan pendaftaran waranti.",
        ),
        (
            "user",
            "Pesanan MY-WH-77104, alamat No. 8 Jalan Kenanga 3, Taman Johor Jaya, 81100 Johor Bahru.",
        ),
        (
            "assistant",
            "Waranti 2 tahun untuk pesanan MY-WH-77104 telah didaftarkan. Sijil waranti akan dihantar ke aplikasi dalam masa 24 jam.",
        ),
    ],
    [
        ("system", "你是台灣居家修繕平台的師傅端客服。"),
        ("user", "我是水電師傅蔡明翰，要申請提領這個月的收入，身分證 H209351866。"),
        ("assistant", "蔡師傅您好，已確認身分。請問提領到您登記的帳戶嗎？"),
        ("user", "改到新帳戶，國泰世華 255-50-318864-2，戶名蔡明翰。"),
        ("assistant", "收到，變更帳戶需要 1 個工作天審核，審核通過後款項會在 3 個工作天內入帳。"),
    ],
    [
        ("system", "You help a Singapore electrical contractor write incident reports."),
        (
            "user",
            "Help me write up today's incident. Our worker 谢文龙 Xie Wenlong fell from the scaffold at the Pasir Ris site, his NRIC is S9012873F, he's PR.",
        ),
        (
            "assistant",
            "Here is a draft: On [date], at the Pasir Ris site, worker Xie Wenlong (NRIC S9012873F) fell from the scaffold. First aid was given and he was sent to hospital. Shall I add the injury details?",
        ),
        (
            "user",
            "Yes, fractured left ankle, on MC 14 days. Also his wife called crying, she's pregnant, can mention we will pay for taxi to hospital.",
        ),
        (
            "assistant",
            "Added: he sustained a fractured left ankle and has 14 days of medical leave. I would keep the family details out of the official report and note the taxi support in a separate HR memo.",
        ),
    ],
    [
        ("system", "你是深圳一家家电维修平台的智能客服。"),
        ("user", "你好，我家浴霸不亮了，想约师傅。"),
        ("assistant", "您好，请提供上门地址和联系电话，我为您安排最近的师傅。"),
        (
            "user",
            "福田区莲花路 1088 号莲花北村 12 栋 604，找何志峰，电话 15918 462 730，身份证 440106198509223373 要登记吗？",
        ),
        (
            "assistant",
            "已为您预约明天上午 10:00-12:00 上门，师傅会提前致电 159****2730。身份证号码不需要提供，请不要在聊天中发送。",
        ),
    ],
    [
        ("system", "You are an HR writing assistant for a Kuala Lumpur handyman company."),
        (
            "user",
            "Draft a first warning letter for technician Saravanan a/l Murugan. He was late 6 times in November and one customer complained he was rude.",
        ),
        (
            "assistant",
            "Draft: Dear Mr Saravanan a/l Murugan, this letter serves as a first written warning regarding repeated lateness (6 occasions in November 2024) and a customer complaint about conduct. Please improve within 30 days.",
        ),
        ("user", "Add that his salary increment is frozen until June."),
        (
            "assistant",
            "Added: As a consequence, your scheduled salary increment is deferred until June 2025, subject to review.",
        ),
    ],
    [
        ("system", "Anda pembantu khidmat pelanggan untuk aplikasi tukang rumah di Selangor."),
        (
            "user",
            "Saya nak buat aduan. Tukang yang datang semalam langgar pagar rumah saya masa undur van.",
        ),
        (
            "assistant",
            "Maaf atas kejadian itu. Boleh berikan nombor tempahan atau nombor plat van tersebut?",
        ),
        (
            "user",
            "Plat VKB 3309, saya rasa nama dia Hairul. Saya Lim Mei Fong, rumah No. 22 Jalan USJ 4/7, Subang Jaya.",
        ),
        (
            "assistant",
            "Terima kasih Puan Lim. Aduan telah dibuka (ADU-MY-0612) dan pasukan kami akan menghubungi puan dalam 24 jam untuk penilaian kerosakan pagar.",
        ),
    ],
    [
        ("system", "你係香港一間維修公司嘅內部助手，幫同事整理紀錄。"),
        (
            "user",
            "幫我總結呢段：黃伯（黃錦棠）住秀茂坪曉麗樓，有認知障礙，上次師傅去完佢話唔見咗錢，佢個仔黃家俊 9321 6640 要求我哋賠償。",
        ),
        (
            "assistant",
            "總結：客戶黃錦棠先生（有認知障礙）於維修後表示遺失現金，其子黃家俊要求賠償。建議：核對師傅到場時間紀錄，並由主管致電家屬跟進。",
        ),
        ("user", "得，順手寫封道歉信畀佢個仔。"),
        (
            "assistant",
            "黃先生你好：就令尊早前維修後嘅事件，我哋深表歉意，主管會喺三個工作天內同你聯絡跟進。",
        ),
    ],
    [
        ("system", "You are a general assistant for tradespeople in Singapore."),
        (
            "user",
            "How do I check whether an electrician is properly licensed before letting him work on my DB box?",
        ),
        (
            "assistant",
            "Ask for his licence number and search it on the regulator's public register; also check the contractor's UEN and that the licence grade covers the work.",
        ),
        (
            "user",
            "Thanks. My neighbour Mr Ong Boon Keat at 41 Sunset Way keeps hiring an unlicensed guy and his wiring sparks at night, his number is 8870 2415, should I report him?",
        ),
        (
            "assistant",
            "If you believe there is a fire risk, you can report the unlicensed work to the regulator; you do not need to share your neighbour's personal details with me, just describe the hazard to them.",
        ),
    ],
]
