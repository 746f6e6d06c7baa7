# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en335: SG/MY waterproofing and roof-leak contractors (leak inspections in flats, neighbours' disputes over ceiling leaks, town-council and MCST cases, warranty claims, contractors' chats). All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en335
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "price_list"): _lines("""
        Ceiling leak inspection (HDB 3-5 rm): $120 nett, waived if repair is confirmed within 14 days. Moisture meter + thermal camera report included.
        Toilet floor re-waterproofing without hacking, PU injection method, up to 4 sqm: from $680. Hacking + new membrane + retile: from $1,850 per toilet.
        Landed/terrace roof, torch-on APP membrane 4mm: $38/sqm, min 30 sqm. Add $6/sqm for mineral-finish cap sheet. Workmanship warranty 5 yrs.
        Sikalastic-590 liquid membrane, 2 coats @ 1.2 kg/sqm, flat roof above 50 sqm: $32/sqm incl. primer. GST 9% not included in all prices above.
        Window frame sealant replacement (Dow Corning 791 / Bostik Seal N Flex): $45 per panel, scaffold or gondola not included, quoted separately.
        Epoxy grouting (Mapei Kerapoxy CQ) for kitchen and bathroom walls: $12 per ft run. Re-silicone around bathtub or shower tray: $60 per area.
        Klang Valley terrace roof package: replace cracked concrete roof tile RM15/pc, re-seal flashing RM350, gutter cleaning RM180. Outside Klang Valley add RM80 transport.
        PU foam injection for wall crack seepage, per injection port: $25, min charge $300. Crystalline coating (Xypex Concentrate) for basement walls: quote after site visit.
        Condo planter box hack & redo with HDPE root barrier: $420 per linear metre. MCST approval letter must be obtained before works start.
        Ponding test 48 hrs after membrane: free. Re-test after rectification: $80. Report with timestamped photos emailed within 2 working days.
        SKU WP-TF-0425 | Toilet floor package Type B | 1 toilet | SGD 1,650.00 | Davco K11 Flex 2 coats + 24h ponding test | Warranty 5 yrs
        Emergency call-out after 7pm or on PH: $150 surcharge. Office 6748 2291, WhatsApp 8827 5510 for photos & quotation. Rainshield Waterproofing Pte Ltd.
        Corporate rate for MCST/JMB jobs (min 10 units): 15% off list price. Payment 50% deposit, 50% on completion, PayNow to UEN 201534812W.
    """),
    ("en", "strata_and_town_council_faq"): _lines("""
        Q: Who pays for a ceiling leak in my HDB flat? A: Generally the owners of the upper and lower flats settle it between themselves; HDB can inspect and advise on the likely cause.
        Under Section 101 of the Building Maintenance and Strata Management Act, an inter-floor leak is presumed to come from the upper lot unless the contrary is proven.
        Disputes between subsidiary proprietors that the MCST cannot resolve may be brought to the Strata Titles Boards; the filing fees are listed on the STB website.
        Leaks from common property such as the roof, facade or lift lobby ceilings are handled by your Town Council. Call the 24-hour EMSU line printed on the notice board.
        Roof leaks into top-floor units are common property defects, so residents need not hire their own contractor. Report via the OneService app with a photo and the block number.
        Hacking of bathroom floor finishes and redoing waterproofing in HDB flats must be done by a contractor listed in HDB's Directory of Renovation Contractors (DRC).
        Malaysia: the Strata Management Act 2013 (Act 757) set up the Strata Management Tribunal, which can hear inter-floor leak claims of up to RM250,000.
        Lim Kim San, HDB's first chairman (1960-1963), oversaw over 50,000 flats in the Board's first five years; many of those flat roofs have since been re-waterproofed.
        Hong Kong: water seepage complaints are handled by the Joint Office of the FEHD and the Buildings Department; the public may call 1823 to lodge a case.
        Mainland China's Regulation on the Quality Management of Construction Projects (Art. 40) sets a minimum 5-year warranty for roof and wet-area waterproofing.
        HDB's Home Improvement Programme, introduced in 2007, treats spalling concrete repair and replacement of waste and soil discharge stacks as essential improvements.
        Act 757 falls under KPKT, the ministry led since December 2022 by Nga Kor Ming, and is administered day to day by the Commissioner of Buildings (COB) of each local authority.
        The Defects Liability Period for a new BTO flat is 1 year from key collection; report leaks through the Building Service Centre before the DLP ends.
    """),
    ("en", "staff_group_chat"): _lines("""
        Team B tmr 8am TC roof job Blk 301 to 309, bring 2 pails Sikalastic 590 + the small gas torch. Lorry key at office counter ya.
        Ponding test for J-24117 failed, water level drop 4mm after 24h. Likely the corner near floor trap. Redo corner with PU tape then retest Thursday.
        Boss say all quotation from today use template v3.2, GST 9%, validity 30 days. Old template already deleted, pls don't use.
        MCST site meeting shifted to Fri 2.30pm at the management office, bring the thermal images for stack B and the moisture readings sheet.
        Supplier confirm Davco K11 Flex back in stock, 40 bags arriving Wed, PO 4500238711. Whoever free go collect at Kaki Bukit warehouse before 5pm.
        Reminder: no torch-on work when wind above 30 km/h or rain forecast. Check the NEA weather app before going up. Safety first, MOM very strict now.
        Gondola for facade sealant at the Tampines condo booked 12-16 Aug, PE cert uploaded to shared drive /Projects/2024/TPN-facade/permits.
        Customer for J-24133 want invoice under company name, not personal. Office pls reissue INV-2024-0917 and void the old one.
        Thermal camera FLIR E8 battery spoil again, I send for repair at Sim Lim Tower 3rd floor. Use the backup Hikmicro one this week.
        Lift lobby ceiling leak at level 7 confirmed from the corridor planter above, not from any unit. So TC account, not owner. Photos uploaded.
        Wah today 3 jobs rain stop, all shift to Sat. Sat got OT, lunch on company. Pls confirm attendance by 9pm tonight in this group.
        Anyone got the new DRC renewal form? Need to submit by 30 Sep else our listing lapse. Office pls email the PDF to everyone.
        JB team update: Taman Molek bungalow roof done, 86 sqm membrane, photos in folder MY-JB-0412. Balance RM4,300 to collect next week.
    """),
    ("en", "system_log_and_config"): _lines("""
        2024-09-14T08:02:17+08:00 INFO job_scheduler assigned job_id=J-24117 crew=TEAM_B slot=AM region=SG-EAST status=CONFIRMED
        2024-09-14T10:45:03+08:00 WARN sensor_gateway device=MM-0031 moisture=28.4% threshold=20% location_code=ROOF-STACK-B action=ALERT_SUPERVISOR
        ERROR invoice_svc: failed to post INV-2024-0917 to Xero (HTTP 429 Too Many Requests), retry=3/5, next_attempt=2024-09-14T11:00:00Z
        quote_defaults: {currency: SGD, gst_rate: 0.09, validity_days: 30, deposit_pct: 50, warranty_years: {roof: 10, toilet: 5, facade: 3}}
        SELECT job_id, site_type, leak_source, membrane_type, ponding_result FROM inspections WHERE inspected_at >= '2024-09-01' AND region = 'MY-SEL';
        job_id,site_type,leak_source,membrane,area_sqm,ponding_24h_mm,result,inspector_code
        J-24121,HDB_common_roof,parapet_crack,APP_torch_on,212.5,0,PASS,INS-03
        deploy: rainshield-crm v2.14.3 (commit 9f3c2a7e1b) rolled out to prod-sg-1, migration 0047_add_warranty_expiry applied in 1.8s
        def ponding_pass(drop_mm: float, hours: int = 24) -> bool: return hours >= 24 and drop_mm <= 2.0  # per internal QA-WP-07
        webhook POST /api/v1/tickets source=oneservice category=CEILING_LEAK block_ref=BLK-301 priority=P2 sla_hours=72 ticket=TC-TPN-2024-118734
        cron: 0 6 * * 1 python -m reports.weekly --region SG --out s3://rainshield-reports/2024/wk37/ --format pdf  # weekly leak KPI
        sha256(report_J-24117.pdf)=c96f709a56c97a09ddc956fcdf7041f9c8c0afd7fd850fbfc527114baa3dce8b uploaded by svc-reporter
        env.example: SMTP_FROM=noreply@rainshield.com.sg WHATSAPP_BIZ_NUMBER=+6568001234 MAPS_API_KEY=your-key-here TZ=Asia/Singapore
    """),
    ("ms", "notis_jmb_dan_mc"): _lines("""
        NOTIS: Kerja-kerja kalis air bumbung Blok C akan dijalankan dari 3 hingga 14 Jun 2024, 9 pagi hingga 6 petang. Akses ke tingkat bumbung ditutup sepanjang tempoh ini.
        Pemilik petak dinasihatkan supaya tidak menyidai pakaian di koridor tingkat 18 semasa kerja penyemburan membran dijalankan. Kerjasama anda amat dihargai.
        Aduan kebocoran siling hendaklah dibuat secara bertulis kepada Pejabat Pengurusan menggunakan Borang BP-07 beserta gambar. Waktu pejabat: Isnin-Jumaat 9.00-5.00.
        Mengikut Akta Pengurusan Strata 2013 (Akta 757), pertikaian kebocoran antara tingkat yang tidak dapat diselesaikan boleh difailkan ke Tribunal Pengurusan Strata.
        Caj penyenggaraan dan kumpulan wang penjelas bagi suku tahun ketiga perlu dijelaskan sebelum 15 Julai ke akaun Maybank Badan Pengurusan Bersama: 5641 2203 8817.
        Kontraktor dilantik: Teguh Kalis Air Sdn Bhd (No. Syarikat 201801023456 (1284567-K)), talian pejabat 03-7865 4410, e-mel aduan@teguhkalisair.com.my.
        Ujian takungan air selama 48 jam akan dilakukan di bumbung rata Blok A. Sila laporkan sebarang titisan air di siling tingkat teratas kepada pengawal keselamatan.
        Jadual pembersihan longkang bumbung dan saluran air hujan: setiap Sabtu pertama bulan. Daun kering yang menyumbat parit adalah punca utama kebocoran musim tengkujuh.
        Mesyuarat Agung Tahunan Badan Pengurusan Bersama akan diadakan pada 20 Julai 2024, 10 pagi di Dewan Serbaguna. Agenda: kelulusan bajet baik pulih bumbung RM186,000.
        Waranti kerja kalis air bumbung ialah 10 tahun dari tarikh Perakuan Siap Kerja, tertakluk kepada penyenggaraan tahunan oleh kontraktor yang dilantik.
        Pemilik yang ingin mengubah suai bilik air wajib mendapatkan kelulusan Pejabat Pengurusan dan membayar deposit ubah suai RM1,000 yang boleh dikembalikan.
        Pengumuman: Lif B akan dihentikan operasi pada 5 Jun untuk mengangkat bahan membran ke bumbung. Sila gunakan Lif A dan C. Harap maklum.
        Talian kecemasan 24 jam Pejabat Pengurusan: 1-300-88-2468. Untuk kebocoran besar di luar waktu pejabat, sila hubungi pengawal di pondok utama, sambungan 101.
    """),
    ("zh-Hans", "防水材料商品详情"): _lines("""
        东方雨虹 SBS改性沥青防水卷材 4mm 聚酯胎 Ⅱ型，10㎡/卷，适用于屋面及地下室，单价 ¥268/卷，满20卷包邮（新疆、西藏除外）。
        德高 K11 柔韧型防水浆料 灰色 18kg/桶，卫生间墙地通用，两遍涂刷总厚度≥1.2mm，保质期12个月。商品编号 DV-K11F-18。
        西卡 Sikalastic-152 双组分聚合物水泥防水涂料，新加坡仓现货 SGD 89/套，马来西亚仓 RM 265/套，工程批量另行报价。
        科顺 单组分聚氨酯防水涂料 20kg，固含量≥85%，拉伸强度≥2.0MPa，适合阳台及厨房，订单满 ¥3000 送滚筒两支。
        堵漏王 速凝型 5kg 袋装，3分钟初凝，适用于墙角渗水、管根漏水应急抢修。SKU：DLW-5KG-QS，月销 2.1万+。
        红外热成像仪 海康微影 E20，分辨率 256×192，测漏水专用，可连接手机 App 导出报告，含税价 ¥2,899，整机保修两年。
        免砸砖透明防水胶 卫生间地面专用 1kg 装，渗透型纳米硅烷配方，施工后24小时即可做闭水试验。本店发货地：广东佛山，江浙沪次日达。
        丁基防水胶带 10cm×10m，铝箔面，用于彩钢瓦屋顶接缝、天沟裂缝补漏，-30℃~80℃ 不开胶。批发价 ¥36/卷，100卷起订。
        订单号 2024091423187745，商品：防水卷材热熔喷枪（液化气）×2，物流：顺丰 SF1423980755612，预计9月17日送达。
        本店为「立邦」「三棵树」官方授权经销商，统一社会信用代码 91440606MA52K3R81X，客服热线 400-882-6617，服务时间 9:00-21:00。
        闭水试验标准：蓄水深度不小于20mm、时间不少于24小时，楼下无渗漏为合格。本品符合 GB/T 23445-2009《聚合物水泥防水涂料》Ⅱ型要求。
        「鲁班匠心」系列外墙透明防水胶 5kg，以春秋时期巧匠鲁班命名，抗紫外线老化10年，活动价 ¥158/桶，每个账户限购5桶，工程客户请联系客服。
        售后说明：防水材料开封后不支持七天无理由退货；如收到破损，请于48小时内拍照联系在线客服，并提供运单号与订单号，核实后补发或退款。
    """),
    ("zh-Hant", "保養條款與管理處通告"): _lines("""
        本公司就天台防水工程提供十年保養，保養期內如因施工問題引致滲漏，將免費維修；因業主自行鑽孔、安裝天線或加建所致者除外，詳見保養證書背頁。
        滲水投訴聯合辦事處（聯辦）由食環署及屋宇署人員組成，市民可致電 1823 或親臨各區聯辦辦事處登記個案，聯辦會安排色水測試。
        浴室去水位漏水維修：免拆磚注射防水 HK$2,800 起；打磚重做防水連鋪磚 HK$18,000 起，工期約7至10個工作天。
        《公寓大廈管理條例》第十條：專有部分之修繕、管理、維護，由各該區分所有權人為之；共用部分則由管理負責人或管理委員會為之。
        大廈管理處通告：本月18日至22日進行外牆防水及窗邊打膠工程，期間吊船於A座東面運作，請各住戶關好窗戶並收起晾曬衣物，不便之處敬請原諒。
        澳門樓宇滲漏多屬私人業權糾紛，業主可先與上層單位協商，並可向房屋局查詢樓宇維修相關資助計劃的申請條件、所需文件及審批時間。
        工程單號 HK-WP-230815-07｜天台面積 120 平方米｜物料：Sika 聚氨酯防水膜兩層＋反光面漆｜閉水測試 48 小時｜結果：合格
        門市地址：九龍觀塘開源道 62 號駱駝漆大廈 3 座 12 樓 B 室，辦公時間星期一至六 9:00–18:00，WhatsApp 報價 6123 8890。
        颱風季前請檢查天台去水口有無落葉阻塞，並留意女兒牆裂縫；如發現天花板出現水漬，請先拍照記錄再聯絡管理處，切勿自行上天台。
        保養證書編號 WP-2024-HK-00871，保養範圍：天台防水層及排水口周邊；不包括冷氣機支架、太陽能板及住戶自行加裝之設施。
        台灣抓漏業者常用紅外線熱像儀搭配含水率計，費用約新台幣 3,000 至 6,000 元一次，若確認施工多可折抵工程款，報告一般三天內提供。
        統一編號 24681357｜順安防水工程行｜新北市三重區重新路五段 609 巷 12 號 3 樓（辦公室）｜客服專線 (02) 2999-8123
        強制驗樓計劃規定樓齡達30年或以上的私人樓宇（不超過三層的住宅除外）須每十年進行一次訂明檢驗，不少外牆滲水問題都在此時發現。
    """),
    ("mixed", "business_reviews"): _lines("""
        5 stars for Rainshield Waterproofing! Came on time, thermal cam check very detailed, found the leak from the floor trap not the pipe. Price ok lah, $1,650 all in.
        Uncle Lim Roofing Works (Ipoh) very steady, roof tiles replace in one day only. Harga berpatutan, cuma parking depan kedai susah sikit.
        Phua Chu Kang also cannot fix like this 😂 Third time call back, still bocor. Warranty 5 years but every time say need to observe first. 1 star.
        Ah Huat Waterproofing 服务很好，师傅很专业，厕所防水做完24小时闭水测试，楼下天花板再也没有漏了。Recommend!
        Kedai ni memang recommended. Datang check bumbung bocor dekat Shah Alam, terus bagi quotation dalam WhatsApp. Kerja kemas, clean up after. 👍
        Review for Teguh Kalis Air Sdn Bhd: response slow, 3 days then reply the email. But workmanship ok, no more leak after the rainy season. 3/5.
        Their office at 10 Ubi Crescent #05-12 Ubi Techpark very easy to find, can see sample membranes. Staff explain 5-year vs 10-year warranty clearly. Thumbs up.
        价钱公道，not the cheapest but got proper report with photos and moisture readings. MCST accepted the report straight away, no need second opinion.
        Avoid this company. Paid RM2,800 deposit in March, until now no show. Called 03-5882 1190 many times, always boss outstation. Reported to KPDN already.
        Bob the Builder pun boleh buat lagi cepat 😅 but to be fair the final result ok, siling dapur tak menitik lagi walaupun hujan lebat semalam.
        師傅好有耐性，上嚟睇咗兩次先搵到漏水位，原來係窗邊膠老化。收費合理，HK$1,200 搞掂。Would recommend.
        Called their hotline 6748 2291 on a Sunday, someone picked up within 5 min. Came Monday morning, diagnosis done in 1 hr. Quote valid 30 days, no hard sell.
        Mapei rep recommended them, ok la. Used Mapelastic Smart on the balcony, 2 coats with mesh. After 6 months of monsoon still dry. 五星好评!
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Mdm Tan Siew Lan, Blk 456 Jurong West St 41 #09-123, S(640456), reported a kitchen ceiling leak since May; the upper unit #10-123 refuses entry for inspection.
        Booking confirmed for Mr Rajesh s/o Muthusamy, HP 9734 2815, condo unit at 18 Flora Drive #04-07, inspection Sat 10am, bring the moisture meter.
        Mr Kelvin Ong from the 11th floor told the MCST he cannot pay for the bathroom rework now because he was retrenched in June and is behind on his mortgage.
        Pls call the owner back on 8265 1937 re: leak at master bedroom ceiling, she is only free after 7pm.
        Warranty transfer form: new owner Chua Wei Ming, NRIC S8823415D, unit #07-22, original warranty WP-SG-2019-0455 valid until 2029.
        Neighbour Mrs Fatimah Bte Osman at #05-311 is asthmatic and the mould from the ceiling leak is making it worse; her polyclinic memo is attached to the TC case.
        Send the inspection report to jasmine.teo.hl@gmail.com and cc her husband, he is the one paying for the repair.
        Owner's car SLB 7261 P is blocking the loading bay so we cannot bring the gondola in, call security to ask him to move it.
        Refund of $450 deposit to Mr Goh Chee Keong, POSB Savings 188-43217-9, approved by ops manager on 12/09.
        STB case 41/2024: Mr Daniel Sim Jun Hao (#11-04) vs Ms Irene Low Pei Shan (#10-04), inter-floor leak from master bathroom, mediation on 3 Oct.
        Ms Cheryl Ng says the flat is still under both names because the divorce is not finalised yet, so her ex-husband must also sign the repair consent.
        J-24140,Tan Ah Kow,9871 2245,Blk 128 Bedok North Ave 1 #06-54,S(460128),S6712345Z,toilet floor leak,paid
        2024-09-14T09:12:55+08:00 INFO crm customer_updated id=C-08812 name='Nur Aisyah Binte Rahman' mobile=+6591827364 email=aisyah.rahman88@hotmail.com
        Tenant Mr Nguyen Van Thanh, FIN G5123456T, says his landlord will not fix the bedroom leak and is threatening to deduct the repair from his deposit.
        Customer verified via last 4 of NRIC (***347E) and mobile 9*** 5521 before we released the warranty certificate.
        Photos from #07-22 show the owner's bedridden mother, Mdm Koh Ah Moi, next to the leaking window; blur her face before sending to the MCST.
        Ms Priya d/o Ramasamy asked us to postpone the torch-on work on her roof till after delivery, she is 8 months pregnant and cannot stand the bitumen smell.
        Upper floor owner Mr Aaron Chia is never home; neighbours say he owes loansharks and his door got O$P$ paint last month, so no one can get in to check his toilet.
    """),
    "mixed": _lines("""
        Boss, the aunty at Blk 210 Hougang St 21 #08-1187 call again, Mdm Lee Geok Hwa, say ceiling still drip after our repair. Her no. 9678 1203. Pls go see tmr can?
        陈先生 (Tan Boon Huat) 的 deposit $500 already PayNow from his number 9012 7733, pls check 收到没有 then send receipt.
        Encik Hafiz Bin Ismail, IC 870915-10-5523, bumbung rumah teres dia di Taman Sri Muda bocor teruk, wife dia baru bersalin so urgent please.
        Ah Meng upstairs always say not his problem, but his toilet floor trap clearly crack. Neighbours say he owe the TC S&CC arrears also, 6 months already.
        林太 called: her son is autistic and scared of the drilling noise, can we do the hacking only weekday morning when he is at school? 她说 9-12 ok.
        Invoice to: Mr Muhammad Irfan / Ms Tan Hui Min, 35 Jalan Kembangan #02-03, S(419117), email irfan.huimin.home@gmail.com, total $2,180 incl GST.
        WhatsApp from 017-338 4521 (Puan Salmah): siling bilik tidur anak saya dah runtuh sikit, tolong datang esok pagi + 3 photos attached.
        Uncle Ravi at Bukit Batok just came out from hospital after a stroke, cannot climb the ladder to show us roof access, his daughter Kavitha will be there, HP 8345 0092.
        客户 Wong Kah Seng, MyKad 790622-08-5411, 地址 No. 27, Jalan Bercham Ria 3, 31400 Ipoh, Perak, roof leak 保修 claim under warranty no. WP-MY-2021-0334.
        劉生 Lau Sir, HKID K456789(7), 話樓上漏水落佢廁所, upstairs 業主唔肯俾人入屋, he wants us to write a report for 聯辦.
    """),
    "ms": _lines("""
        Pemilik unit Encik Zulkifli bin Abdul Rahman (No. KP 680204-02-5187) mengadu kebocoran siling dari unit atas, No. 12-3A, Blok B, Pangsapuri Seri Melati, Cheras.
        Puan Norhayati menangguhkan bayaran baki RM3,200 kerana suaminya baru diberhentikan kerja dan mereka sedang menjual kereta untuk membayar hutang.
        Sila hubungi Cik Aina di 019-776 2034 untuk temujanji pemeriksaan bumbung, dia hanya ada di rumah selepas pukul 6 petang.
        Encik Kamarul telah memindahkan RM1,500 dari akaun Maybank miliknya 1621 4408 2917 sebagai deposit kerja kalis air; sila sahkan penerimaan.
        Kereta jiran, Proton X50 nombor pendaftaran WVD 3381, diletak di bawah paip bocor dan kini berkarat; pemiliknya Encik Lim Chee Wai menuntut ganti rugi.
        Borang aduan JMB: Nama: Siti Khadijah binti Yusof | Unit: C-15-07 | Tel: 012-904 5567 | E-mel: sitikhadijah.yusof@yahoo.com | Jenis: kebocoran tandas
        Jiran tingkat bawah, Pak Cik Osman, menghidap penyakit paru-paru kronik dan doktornya mengesahkan kulat dari siling bocor memburukkan keadaannya.
        Kes Tribunal Pengurusan Strata TPS/SEL/2024/0871: Penuntut Ravindran a/l Subramaniam, Penentang Chong Siew Fong, tuntutan RM18,500 kerosakan siling.
    """),
    "zh-Hans": _lines("""
        业主王建国，身份证号 110105198203154210，住朝阳区望京西园三区 412 号楼 1602 室，投诉楼上卫生间漏水，已找物业三次未果。
        张阿姨说楼上李先生家装修时把防水层打坏了，李先生还欠了物业两年物业费，一直躲着不见人。
        维修回访：刘女士 手机 139 2847 6615，上次补漏后客厅天花还有水印，约周六上午10点复查。
        新加坡客户黄美玲 (Ng Mei Ling) 要求把保修证书寄到 Blk 682 Woodlands Dr 62 #11-345 S(730682)，她下个月开始化疗，没人签收就放信箱。
        收款记录：陈志强 支付宝转账 ¥2,400（订金），支付宝账号 chen.zq1986@163.com，备注：卫生间闭水返工。
        小区群里说 302 的赵姐离婚后一个人住，房子漏水也没钱修，物业想帮她申请动用维修基金。
        施工人员登记：杨师傅，身份证 440304197811236056，车牌 粤B·7K2M9，进场时间 8:30，负责屋面卷材热熔。
    """),
    "zh-Hant": _lines("""
        業主陳振邦先生報稱浴室天花滲水，地址：新界沙田禾輋邨信和樓 1812 室，聯絡電話 9386 2154，要求星期六上門檢查。
        林太話樓上個租客阿強成日唔喺度，聽講佢欠咗財務公司好多錢，啲追數佬上過門，所以漏水都搵唔到人。
        台北客戶王淑芬小姐，手機 0912-345-678，身分證 A224813575，住址：台北市大安區復興南路二段 151 巷 8 號 5 樓，陽台漏水待抓漏。
        藍田李生嘅太太啱啱做完乳癌手術，要喺屋企休養，佢哋要求打鑿工程延後兩個星期先開工。
        收據抬頭：黃志明先生，中國銀行（香港）戶口 012-875-1-093384-2，已收訂金 HK$5,000，餘款完工後以轉數快支付。
        澳門氹仔客戶梁先生，電話 6688 4213，住址：氹仔海洋花園 7 座 12 樓 C，投訴樓上廚房去水喉漏水至其天花。
        阿明（王家明）上個月喺地盤跌落嚟斷咗腳，工傷索償仲未搞掂，老闆叫我哋唔好喺群組度講。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the customer-service assistant for Rainshield Waterproofing Pte Ltd, a Singapore contractor. Be polite and concise.",
        ),
        (
            "user",
            "Hi, I'm Siti Rohani, Blk 519 Tampines Central 1 #11-56. My bathroom ceiling has been dripping for 3 weeks and the upstairs owner at #12-56 keeps ignoring my notes. Can you come? My number is 9812 6634.",
        ),
        (
            "assistant",
            "Hi Ms Siti, sorry to hear that. We can do a ceiling leak inspection at #11-56 with a moisture meter and thermal camera; the fee is $120 and is waived if you confirm the repair within 14 days. Would Thursday 10am or Saturday 2pm suit you? We will call 9812 6634 to confirm.",
        ),
        ("user", "Saturday is fine. Also, what if the upstairs owner still won't let you in?"),
        (
            "assistant",
            "We can still test from your side and document the findings. If the upstairs owner refuses access, you can ask HDB to help inspect and mediate; our report with photos will support your case.",
        ),
    ],
    [
        (
            "user",
            "帮我写一封给物业的投诉信。我叫周丽华，住在上海市浦东新区锦绣路 2288 弄 15 号 902 室，楼上 1002 室的卫生间漏水到我家天花板已经两个月了，电话 138 1746 2290。",
        ),
        (
            "assistant",
            "好的，以下是投诉信草稿：尊敬的物业管理处：本人周丽华，系锦绣路 2288 弄 15 号 902 室业主。自两个月前起，楼上 1002 室卫生间持续渗漏至我家天花板，造成墙面发霉、吊顶变形。恳请物业尽快协调楼上业主入户检查并维修，并出具书面处理意见。联系电话：138 1746 2290。此致 敬礼。",
        ),
        ("user", "能不能加一句，要求楼上赔偿我刷墙的费用 1800 元？"),
        (
            "assistant",
            "可以，在结尾前加一句：「另，因渗漏造成的墙面翻新费用约人民币 1,800 元，请物业协调 1002 室业主予以赔偿，相关照片和报价单附后。」",
        ),
    ],
    [
        (
            "system",
            "Anda ialah pembantu AI untuk syarikat kalis air di Selangor. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong draf surat kepada JMB. Saya Mohd Faizal bin Razak, unit B-08-12 Residensi Seri Kembangan, no. tel 013-552 8190. Siling dapur saya bocor dari unit B-09-12 sejak Ogos dan JMB tak ambil tindakan.",
        ),
        (
            "assistant",
            "Baik. Draf ringkas: Kepada Pengerusi Badan Pengurusan Bersama. Saya, Mohd Faizal bin Razak, pemilik unit B-08-12, ingin memaklumkan kebocoran siling dapur yang berpunca dari unit B-09-12 sejak Ogos. Saya memohon pihak JMB mengatur pemeriksaan bersama dalam tempoh 14 hari. Sila hubungi saya di 013-552 8190.",
        ),
        ("user", "Kalau JMB masih diam, apa langkah seterusnya?"),
        (
            "assistant",
            "Encik boleh memfailkan tuntutan di Tribunal Pengurusan Strata di bawah Akta 757. Simpan semua gambar, surat dan laporan kontraktor sebagai bukti.",
        ),
    ],
    [
        (
            "user",
            "Help me make invoice for customer lah. Name Mr Lee Kok Wah, 23 Jalan Bunga Rampai, S(538413), toilet floor waterproofing $1,650 + GST, he paid deposit $800 from his DBS 029-3-118842.",
        ),
        (
            "assistant",
            "Sure. Invoice INV-2024-0931 | Bill to: Mr Lee Kok Wah, 23 Jalan Bunga Rampai, S(538413) | Toilet floor waterproofing $1,650.00 | GST 9% $148.50 | Total $1,798.50 | Less deposit received (DBS 029-3-118842) $800.00 | Balance due $998.50.",
        ),
        ("user", "ok can add 保修 5年 at the bottom?"),
        (
            "assistant",
            "Added: 'Workmanship warranty 5 years from date of completion / 施工保修五年'.",
        ),
    ],
    [
        (
            "user",
            "我係何美琪，HKID Y318452(6)，住喺觀塘順天邨天明樓 2215 室，樓上漏水落我廚房，點樣向聯辦投訴？",
        ),
        (
            "assistant",
            "何小姐，你可以致電 1823 或者親身去區內聯辦辦事處登記，提供你嘅地址同滲水位置相片。聯辦會安排測試，確定水源後可向樓上業主發出妨擾事故通知。",
        ),
        ("user", "我媽媽有腎病要洗肚，屋企潮濕好擔心感染，可唔可以催快啲？"),
        (
            "assistant",
            "明白你嘅擔心。登記時可以說明家中有長期病患者及衞生風險，並附上醫生紙，聯辦可能會優先處理。同時建議先請承辦商做臨時防漏措施。",
        ),
    ],
    [
        (
            "system",
            "Internal CRM context for the assistant. Customer: Mr Bala Krishnan a/l Govindasamy, MyKad 650113-07-4489, 14 Lorong Kenari 3, 11900 Bayan Lepas, Penang, mobile 012-467 3318. Open warranty claim WP-MY-2020-0218 (roof, 10 yrs).",
        ),
        (
            "user",
            "Customer asking whether the roof leak after last week's storm is covered under his warranty. What should I tell him?",
        ),
        (
            "assistant",
            "His roof warranty WP-MY-2020-0218 runs 10 years from 2020, so it is still valid. Storm damage from fallen branches is excluded, but membrane failure is covered. Book a site inspection first and call him on 012-467 3318 to arrange access.",
        ),
    ],
    [
        (
            "system",
            "You summarise service tickets for the operations manager of a Singapore waterproofing company.",
        ),
        ("user", "Summarise ticket TC-TPN-2024-118802 for me."),
        (
            "assistant",
            "Ticket TC-TPN-2024-118802: Mr Jonathan Yeo Kian Meng, Blk 828 Tampines St 81 #04-221, HP 9047 3316, reports water stains on the living room ceiling. The upper unit owner, Mdm Chan Lai Kuen, is overseas for medical treatment, so access is pending. Next step: TC to contact her son for keys.",
        ),
        ("user", "ok, draft a short SMS to Mr Yeo saying we will follow up next week."),
        (
            "assistant",
            "Hi Mr Yeo, this is Rainshield Waterproofing on ticket TC-TPN-2024-118802. We are arranging access to the upper unit and will update you by next week. Thank you for your patience.",
        ),
    ],
    [
        (
            "user",
            "My ex-wife and I still co-own the condo at 6 Simei Street 4 #09-14 after our divorce. The unit below is claiming $6,000 for ceiling damage. Who has to pay, me or her?",
        ),
        (
            "assistant",
            "If both of you are still registered proprietors, the neighbour can claim against either or both of you. How you split the cost between you depends on your divorce settlement, so check the order or speak to your family lawyer.",
        ),
        (
            "user",
            "My name is Marcus Tan Wei Jie and my ex is Angela Koh. Can you write a letter to the MCST saying we dispute the amount?",
        ),
        (
            "assistant",
            "Draft: To the Management Council, Re: #09-14. We, Marcus Tan Wei Jie and Angela Koh, acknowledge the leak claim from #08-14 but dispute the amount of $6,000. We request an itemised quotation and a joint inspection by an independent contractor before any payment is agreed.",
        ),
    ],
    [
        (
            "user",
            "樓上的王先生家浴室漏水到我家天花板，他一直不處理。我住新北市板橋區文化路一段 188 巷 5 號 4 樓，可以怎麼辦？",
        ),
        (
            "assistant",
            "建議先以存證信函通知樓上住戶，說明漏水情形並要求於期限內修繕；若仍不處理，可向管委會反映或向法院聲請調解。記得保留照片與抓漏報告作為證據。",
        ),
        ("user", "他的手機是 0928-771-436，我可以直接打給他嗎？還有他說他最近失業沒錢修。"),
        (
            "assistant",
            "可以先電話溝通，態度保持理性並做紀錄。即使王先生經濟困難，依《公寓大廈管理條例》專有部分的修繕仍由所有權人負責，可協商分期或由雙方各自負擔部分費用。",
        ),
    ],
    [
        ("system", "You help an MCST manager in Singapore prepare documents. Do not invent facts."),
        (
            "user",
            "Turn these into a neat table for the council meeting: #03-07 Ho Siew Peng 9182 7744 leak from #04-07; #05-11 Abdul Karim 8123 9055 leak from roof; #02-02 Yvonne Lim 9661 0283 leak from #03-02.",
        ),
        (
            "assistant",
            "Unit | Owner | Contact | Source of leak; #03-07 | Ho Siew Peng | 9182 7744 | #04-07; #05-11 | Abdul Karim | 8123 9055 | Roof (common property); #02-02 | Yvonne Lim | 9661 0283 | #03-02.",
        ),
        ("user", "Which of these is the MCST's responsibility?"),
        (
            "assistant",
            "Only #05-11, since the roof is common property. The other two are inter-floor leaks, presumed to come from the upper units under Section 101 of the BMSMA unless proven otherwise.",
        ),
    ],
]
