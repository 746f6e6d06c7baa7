# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en330: SG/MY land surveyors and boundary disputes (survey plans, lot and strata title owners, encroachment complaints, fence and drain disputes between neighbours, field notes, clients' chats). All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en330
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "survey_firm_notices"): _lines("""
        NOTICE: Our office at 190 Middle Road, #14-08 Fortune Centre, Singapore 188979 closes at 1pm on 24 Dec. Urgent setting-out requests: call 6336 2718.
        Boundary re-establishment jobs booked after 15 Jan 2027 follow the new fee schedule. Quotations issued before that date stay valid for 30 days. Meridian Geomatics Pte Ltd (UEN 201534781W)
        MCST 2817 notice to all subsidiary proprietors: a licensed surveyor will take levels at the common drain behind Blocks 5 and 7 on Saturday 9am to 12pm. Please keep the side gate unlocked.
        Tanjung Survey Sdn Bhd (201901023456 / 1330452-K) moves to No. 23-2, Jalan Setia Prima S U13/S, Setia Alam, 40170 Shah Alam from 1 March. Our WhatsApp line 011-5632 8801 stays the same.
        Public notice: survey marks (brass plugs, nails and concrete pillars) are protected by law. Do not remove or cover them during renovation; report damaged marks through the OneService app.
        Reminder to clients: a Certified Plan is needed before a subdivision can be registered with the Singapore Land Authority. Allow 4 to 6 weeks after field work for plan preparation and lodgement.
        Office hours Mon to Fri 8.30am to 5.30pm, Sat by appointment only. Email enquiries@meridiangeo.com.sg or call 6294 5170; our field crews cannot take calls on site.
        Hari Raya closure: our Johor Bahru branch at 42, Jalan Harimau Tarum, Taman Abad, 80250 Johor Bahru is closed 9 to 12 March. Drawings can still be collected from the building guardhouse.
        Current jobs: setting-out for the 3-storey factory extension at 8 Tuas Avenue 2, pile-position check at the Pasir Panjang warehouse, topo survey of the Kranji drainage reserve.
        Notice to contractors: no excavation within 1.0 m of the boundary pillars at Plot C without our surveyor on site. Call the site office at 6862 0419 ext 22 to book a check.
        Price revision: title survey for an intermediate terrace moves from S$2,800 to S$3,150 before 9% GST. Corner terrace and semi-D lots are quoted after a site visit.
        We are hiring: Survey Technician (2 posts), Diploma in Civil Engineering or Geomatics, Class 3 driving licence preferred. Send your CV to hr@meridiangeo.com.sg by 31 Jan.
        Scam alert: Meridian Geomatics never asks for deposits by PayNow to a mobile number. Our only PayNow UEN is 201534781W. Verify any invoice by calling 6294 5170.
    """),
    ("en", "land_law_and_history"): _lines("""
        Under section 340 of the National Land Code (Act 828), the title of the person registered as proprietor is indefeasible, subject to the exceptions in subsection (2) such as fraud or forgery.
        Licensed Land Surveyors Act 1958 (Act 458): only a surveyor licensed by Lembaga Jurukur Tanah may carry out title surveys in Peninsular Malaysia.
        Section 135 of the National Land Code covers subdivision of alienated land; the application goes to the State Director or Land Administrator together with the approved layout plan.
        SVY21 is the projected coordinate system for cadastral work in Singapore (EPSG:3414), a Transverse Mercator projection on the WGS84 ellipsoid; Peninsular Malaysia uses GDM2000 RSO (EPSG:3375).
        Sabah Land Ordinance (Cap. 68) and the Sarawak Land Code (Cap. 81) govern titles in East Malaysia; the National Land Code does not apply in those two states.
        Lieutenant Philip Jackson, surveyor and engineer, drew up the 1822 Plan of the Town of Singapore on the instructions of Sir Stamford Raffles; it is remembered today as the Jackson Plan.
        John Turnbull Thomson served as Government Surveyor in Singapore from 1841 to 1853 and built Horsburgh Lighthouse on Pedra Branca, completed in 1851.
        George Drumgoole Coleman, Irish architect and Superintendent of Public Works, laid out many roads of early Singapore and designed the Armenian Church, completed in 1835.
        Sir Robert Torrens introduced title by registration in South Australia in 1858; the Torrens system underpins both the Singapore Land Titles Act and the Malaysian National Land Code.
        The Kertau datum, named after a station in Pahang, was the reference for Peninsular Malaysia mapping for decades until it was replaced by GDM2000 in the early 2000s.
        Yap Ah Loy, Kapitan Cina of Kuala Lumpur, rebuilt the town after the fire and flood of 1881; Jalan Yap Ah Loy in the city centre carries his name.
        Loke Yew, tin miner and philanthropist, held large tracts of land around Kuala Lumpur; Jalan Loke Yew and the Loke Yew Hall at Universiti Malaya are named after him.
        Francis Light founded the settlement of Penang in 1786; early land grants there were often recorded on rough sketches without coordinates, a source of later boundary uncertainty.
    """),
    ("en", "field_logs_and_config"): _lines("""
        2027-01-14T09:12:44+08:00 [TS16 SN 3071284] STN=CP41 BS=CP40 HA=127.1422 VA=89.5810 SD=43.217 PPM=0 PC=0.0 FACE=L
        point_id,easting_svy21,northing_svy21,reduced_level_shd,feature_code,lot_ref,remark,obs_date
        BM-SLA-0417,28614.332,33915.087,15.214,BRASS_PLUG,,found intact on kerb of public road,2027-01-14
        [gnss] rtk_network = SiReNT ; mount_point = SNG1 ; elevation_mask_deg = 15 ; pdop_max = 4.0 ; fix_required = FIXED
        def misclose_ratio(perimeter_m: float, misclose_m: float) -> str: return f'1:{round(perimeter_m / misclose_m):,}'  # e.g. 1:18,400
        WARN 2027-01-14 10:03:11 traverse T-07 angular misclose 27 sec exceeds 20 sec limit for 9 stations; reobserve CP44 to CP45
        JOB_ID=MG-2027-0118 CLIENT_REF=PO-55031 TYPE=BOUNDARY_REEST LOTS=2 CREW=B STATUS=FIELD_DONE DWG_REV=C DUE=2027-01-22
        export: writing DXF layers BOUNDARY, FENCE_EXIST, DRAIN_CL, BLDG_OUTLINE, PEG_FOUND, PEG_SET to MG-2027-0118_revC.dxf (1,284 entities)
        sha256 3f9a6c1e8b27d04f5a1c9e7b2d6083f4a5b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7  MG-2027-0118_fieldbook.zip
        settings.py: DEFAULT_CRS = 'EPSG:3414'; MY_CRS = 'EPSG:3375'; AREA_UNITS = 'm2'; ROUND_DP = 3; PLAN_SCALE = '1:500'; SUPPORT_EMAIL = 'name@example.com'
        Leica Captivate v4.20 update applied to 3 instruments; TS16 SN 3071284 and SN 3071302 now fail the EDM test with error E-2231, ticket LSG-88214 raised.
        SELECT lot_no, mukim, area_m2, encroach_m2 FROM encroachments WHERE encroach_m2 > 0.5 ORDER BY encroach_m2 DESC LIMIT 20;
        Level run closed: BM-SLA-0417 to TBM1 and back, 1.62 km, misclose -3.1 mm, allowable 12 mm x sqrt(K) = 15.3 mm, result OK.
    """),
    ("en", "survey_firm_reviews"): _lines("""
        5 stars for Meridian Geomatics. Crew came on time at 8am, found all four boundary pillars within the hour and the report was in our inbox two days later. Worth the S$3,150.
        3 stars. Survey itself accurate but the office at Fortune Centre kept transferring my call between departments. Took three tries on 6294 5170 to get the quotation.
        Tanjung Survey Sdn Bhd in Setia Alam: clear explanation of the encroachment plan, the surveyor even sketched the offset distances for us on site. Highly recommended for landed homes.
        Avoid weekend bookings with this firm, they charge 20% extra and the drone job was postponed twice because of rain with no discount. 2/5.
        Ukur Delima JB very responsive on WhatsApp 019-772 5510, replied on a Sunday night. The strata area report matched the developer's figures to the decimal.
        Google review, 4.6 out of 5 from 212 reviews: most praise the clear CAD drawings and fast turnaround; several complain about parking at the Middle Road office.
        Hongji Survey did the setting-out for our factory in Jurong, invoice INV-HJ-2027-00412 was exactly as quoted, no hidden charges. Will use again for the extension.
        Wish they explained GST and SST on the quotation upfront. The 9% was only added on the final invoice, otherwise the fieldwork was professional.
        Booked a re-survey after our renovation contractor knocked out a pillar. The firm's crew replaced it in one morning and lodged the update with SLA. Fuss-free.
        Courteous crew, but they left orange spray paint marks on the walkway. The manager apologised and sent someone to clean it the next day. 4 stars.
        Price listed on the website was RM1,800 for a terrace, final bill RM2,150 because of the SST and a travel surcharge to Kulai. Acceptable but please state it earlier.
        Great for MCST work: they presented the drain levels at our AGM in simple language and stayed neutral between the two blocks. Report ref MG-2027-0093.
        The new client portal at portal.meridiangeo.com.sg is handy, you can download the CP, field photos and invoices in one place. App version 2.3.1 still crashes on Android though.
    """),
    ("zh-Hans", "测量服务价目表"): _lines("""
        【宏基测绘服务有限公司】新加坡地界复测（中间排屋）S$3,150起，半独立式S$3,800起，独立式洋房按面积另议，以上价格未含9%消费税。
        马来西亚地段分割测量（Subdivision）：柔佛州每地段RM4,500起，雪兰莪州RM5,200起，含向JUPEM提交费用，不含土地局规费。
        地形测量（比例1:200）：5,000平方米以内RM3,800，每增加1,000平方米加收RM450，如需0.25米等高线另计。
        围墙越界核查：现场定桩加简易报告S$980，一般两个工作日内出结果；如需出具供律师或法庭使用的正式测量报告，另收S$1,200。
        分层地契（Strata Title）面积测量：每单位RM380，50个单位以上打八五折，测量图按JKPTG格式交付，含电子版及纸本各一份。
        排水沟标高及坡度测量：每100米S$650，含纵断面图、横断面图三份及CAD文件；周末或晚间出勤加收20%，雨天改期不另收费。
        付款方式：公司银行转账（大华银行 UOB 账号 451-301-882-7，户名 Hongji Survey Pte Ltd）或 PayNow UEN 202212345D。
        发票号 INV-HJ-2027-00412｜项目：裕廊工业区厂房定线测量｜金额 S$6,540.00（含消费税）｜付款期限 2027-02-15
        咨询热线 6744 2086（周一至周五 9:00–18:00），WhatsApp 客服 +65 8123 0457，邮箱 sales@hongjisurvey.sg，欢迎来电预约。
        营业执照：宏基测绘（深圳）有限公司，统一社会信用代码 91440300MA5G8K2X7Q，地址：深圳市南山区粤海街道高新南七道12号。
        无人机航测（正射影像，地面分辨率3厘米）：每公顷RM280，最低收费RM2,800；含像控点布设、精度检查报告及GeoTIFF成果文件。
        加急服务：3个工作日内出图加收35%，5个工作日内加收20%；农历新年、开斋节、屠妖节等公共假期期间恕不接受加急订单，敬请提前安排。
        套餐A：地界复测＋围墙位置图＋现场说明一次，S$4,200；套餐B另加排水沟测量，S$4,900。优惠有效期至2027年6月30日。
    """),
    ("zh-Hant", "地界糾紛常見問題"): _lines("""
        問：鄰居的圍牆越界了怎麼辦？答：先委託認可土地測量師進行界址測量，確認越界範圍，再與對方協商，協商不成可循法律途徑處理。
        問：在台灣申請鑑界要去哪裡？答：向土地所在地的地政事務所申請土地複丈，可臨櫃或線上申辦，規費一般為每筆每單位新台幣4,000元。
        問：新界地段編號中的「DD」是什麼意思？答：DD是丈量約份（Demarcation District）的縮寫，地段資料可在土地註冊處查閱。
        問：鑑界費用由誰負擔？答：原則上由申請人負擔，鄰地所有人無須分擔；若法院判決由對方負擔，可依判決內容向對方求償，收據請妥善保存。
        問：界樁被人移動了怎麼辦？答：先拍照存證，不要自行把界樁放回原位，並向地政事務所申請複丈，由測量人員依地籍資料重新釘樁。
        問：澳門的地籍測量由哪個部門負責？答：由地圖繪製暨地籍局（DSCC）負責地籍圖及界線測量，業權登記則在物業登記局辦理，兩者資料可互相核對。
        問：鄰地的水可以流經我的土地嗎？答：依台灣民法第779條，高地所有人為排水可使水通過低地，但應選擇損害最少的處所及方法。
        問：越界建築一定要拆除嗎？答：依台灣民法第796條，鄰地所有人知其越界而不即提出異議者，不得請求移去，但可請求購買越界部分的土地。
        問：界址測量需要多久？答：一般住宅地段約需7至10個工作天，包括外業測量、內業計算、繪圖及報告撰寫；如遇大雨，外業會順延。
        問：可以用網上地圖判斷地界嗎？答：不可以。網上地圖及航拍圖沒有法律效力，誤差可達數米，地界須以地政機關的地籍圖及測量成果為準。
        問：香港的地界爭議可以找哪些機構？答：地政總署測繪處保存地籍測量資料，亦可委託認可土地測量師或香港測量師學會會員提供專業意見。
        問：大廈公共部分由誰管理？答：在香港一般由業主立案法團或其委聘的管理公司管理，外牆、天台及公共渠管的維修費按業權份數攤分。
        問：測量報告上的座標是什麼系統？答：香港採用HK1980方格網，台灣採用TWD97二度分帶座標，澳門另有本地座標系統，彼此不可直接套用。
    """),
    ("ms", "notis_dan_soalan_lazim"): _lines("""
        Notis: Kerja ukur semula sempadan rizab Sungai Skudai di Mukim Pulai, Johor Bahru akan dijalankan pada 18 Februari 2027 jam 9 pagi. Orang awam diminta tidak mengalihkan pancang.
        Pejabat Tanah dan Galian Negeri Selangor terletak di Bangunan Sultan Salahuddin Abdul Aziz Shah, Shah Alam. Kaunter dibuka 8.00 pagi hingga 4.00 petang, Isnin hingga Jumaat.
        Permohonan pecah sempadan (Seksyen 135 KTN) perlu disertakan pelan akui, salinan hakmilik, resit cukai tanah terkini dan kelulusan pelan susun atur daripada PBT.
        Hanya Jurukur Tanah Berlesen dibenarkan menjalankan ukur hakmilik. Semak senarai jurukur berdaftar di laman web Lembaga Jurukur Tanah Semenanjung Malaysia.
        Sebut harga: ukur semula sempadan rumah teres RM1,800, rumah berkembar RM2,400, banglo RM3,200 ke atas. Harga belum termasuk SST 8%.
        Syarikat Ukur Delima Sdn Bhd, No. 12A, Jalan Bayu 3/2, Taman Bayu, 81200 Johor Bahru. Tel 07-233 8641, WhatsApp 019-772 5510, emel ukur@delima.com.my.
        Peringatan: batu sempadan dan tanda ukur adalah harta Kerajaan. Mengalih atau merosakkan tanda sempadan adalah satu kesalahan dan boleh dikenakan denda.
        Cuti Hari Raya Aidilfitri: pejabat ditutup 9 hingga 12 Mac 2027. Kerja lapangan akan disambung semula pada 15 Mac, terima kasih atas kesabaran pelanggan.
        Soalan lazim: Berapa lama proses hakmilik strata? Jawapan: Biasanya 6 hingga 12 bulan selepas CCC dikeluarkan, bergantung kepada Pejabat Tanah dan Galian negeri.
        Soalan lazim: Siapa tanggung kos ukur jika pagar jiran menceroboh? Jawapan: Pihak yang memohon ukur membayar dahulu; tuntutan balik boleh dibuat melalui mahkamah.
        Laporan ukuran pencerobohan mengandungi pelan berskala 1:250, jadual koordinat RSO, gambar tanda sempadan yang dijumpai dan ulasan jurukur bertauliah.
        No. Pendaftaran Syarikat 201801034567 (1295310-P). Invois INV/DLM/2027/0088 bertarikh 14.01.2027 perlu dijelaskan dalam tempoh 30 hari.
        Novel Ranjau Sepanjang Jalan karya Shahnon Ahmad mengisahkan petani Lahuma yang bergelut dengan sawahnya; bacaan yang baik untuk jurukur yang berminat tentang manusia dan tanah.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Crew B pls bring the spare prism pole tmr, the one from Tuas site kena bent already. Also charge the GS18 battery, last time die halfway lah.
        Boss say the Jurong job must submit CP by Fri. Who free to do the plotting? I still stuck with the strata areas for the Bukit Batok condo.
        Site update 10:45am: 4 out of 6 boundary marks found at the Ampang job, 2 missing, probably buried under the new driveway. Will set new pegs after lunch.
        Aiyo the drain at Sungai Buloh site full of water again, cannot see the invert level. Tomorrow come back early before hujan turun.
        Reminder: all field books scan and upload to shared drive folder /2027/Jan before 5pm. Office PC password changed already, ask admin counter.
        Client's lawyer want the encroachment report in PDF and DWG. I send via WeTransfer can? File 180MB, email sure cannot attach one.
        Guard at the Shah Alam industrial park say we need permit from the management office before entering. Call their office 03-5510 2468 first ok.
        JUPEM reject our submission sebab coordinates not in GDM2000, still in Cassini. Need redo the transformation la, 2 days work at least.
        老板说今天下午三点开会 discuss the Punggol job, everybody must attend. Bring laptop, we go through the traverse adjustment together.
        Total station back from calibration, cert valid until Jan 2028. Collection slip no. CAL-27-00931, keep in the blue file ok don't lose.
        Tomorrow forecast thunderstorm whole afternoon. Field team start 7am, finish by 12. If got lightning stop work immediately, safety first ya.
        Invoice for the Senai warehouse job already sent, RM8,480 incl SST. Accounts say chase only after 30 days, don't call client every day la paiseh.
        Ah reminder the MCST meeting for the Tampines condo drain issue shift to Thurs 7.30pm, function room level 1. We only present the levels, don't take sides.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Site note 14/01: owner Mr Goh Kian Seng (NRIC S7234518E) of 36 Jalan Seruling Emas, Singapore 579163 says the neighbour's new fence sits 0.35 m inside his lot; wants our report for his lawyer.
        Mdm Rosnah binte Abdul Karim called again about the drain behind her terrace house; the water stagnates since the neighbour raised his ground and her husband is on dialysis, she cannot take more stress.
        Client callback +65 9274 6613, the lady from the corner terrace who wants a re-survey before she sells.
        Please send the draft plan to vincent.lau.kh@gmail.com, he is the co-owner of the lot, not the tenant.
        Mr Arjun Pillai said the survey is needed because he and his wife are divorcing and the court must split the Seremban land; keep it quiet, he is embarrassed.
        Do not release the CP to Mr Lim Boon Heng yet, he still owes us S$4,600 from the 2025 Sembawang job and his cheque 004512 bounced twice.
        2027-01-12,MG-2027-0107,Tan Siew Ling,S8512347E,+65 9137 2256,22 Jalan Kemuning Putih Singapore 487154,boundary re-survey,deposit paid
        2027-01-15 11:02:33 INFO portal.login ok user=farah.iskandar88@yahoo.com ip=116.88.214.37 job=MG-2027-0112 role=client
        The neighbour parks his black Vezel SLD7723M right across the boundary line every evening, so our crew could not reach the rear pillar; photos attached for the owner.
        Heads up: the adjoining owner Kumar s/o Raman was arrested last month for assaulting a contractor at the fence, do not go to that site alone.
        Mrs Cheryl Wong asked to reschedule the site visit, she is 8 months pregnant and her gynae told her to rest at home until delivery.
        Client Mr Hafiz Roslan can only pay in instalments, his salary is RM4,200 and he is still servicing a RM180k housing loan after the retrenchment.
        BOUNDARY DISPUTE INTAKE | Complainant: Ong Mei Xuan | NRIC: T0316624J | Mobile: 8422 1950 | Address: 9 Lorong Pelangi Biru, Singapore 538412 | Respondent: owner of No. 11 | Issue: rear drain diverted into her yard
        Photo IMG_4471.jpg shows Mr Dennis Chua's daughter standing beside the broken fence in her school uniform, crop her out before sending to the MCST.
        Refund the S$500 deposit to Mr Ravi Shankar, POSB savings 182-34671-2, he cancelled because his father passed away last week.
        Uncle Ah Huat from the corner house keeps pulling out our pegs at night; his son told us quietly that the old man has dementia.
    """),
    "zh-Hans": _lines("""
        客户陈国华先生，居民身份证 440306198507123417，在柔佛新山买了一块独立式洋房地段，委托我们做地界复测，联系电话 +86 138 2651 7740。
        林太说隔壁的排水沟把她家后院冲坏了，她老公上个月中风住院，没空处理，要我们直接跟对方谈。
        阿明的手机是 +60 12-338 4721，明天早上七点在工地门口等他开门，他说狗会先关起来。
        业主王秀英，护照号 E58213704，新加坡地址是 Sengkang 的 Blk 312A #11-245，要求把分层地契面积报告发到她邮箱 wangxy_sg@163.com。
        黄老板欠了隔壁邻居二十万令吉没还，邻居才故意把围墙往他那边推了半米，这个情况报告里要不要写？
        3,刘建平,+65 9683 0142,新加坡实龙岗花园第二道18号,围墙越界0.22米,已付订金S$800
        客户微信号 zhangli_1988sg，张丽女士说等她老公出差回来再确认报价，先别打电话到她公司。
        郑女士的父亲去世后，三兄妹在争遗产，要我们把吉隆坡那块地分成三份测量，但大哥郑建明不肯签同意书。
        请把测量费退款转到客户何志强的马来亚银行账户 1140 2233 5567，户名 HO CHEE KEONG，金额 RM1,250。
    """),
    "zh-Hant": _lines("""
        業主李慧萍（香港身分證 K482613(2)）委託本公司測量其元朗丁屋地界，聯絡電話 +852 6187 2435，請勿在平日上午致電。
        委託人張志明（身分證字號 B125730467）申請鑑界，地址台中市西屯區福科路三段88巷5號7樓，鑑界日期另行通知。
        何太話隔籬屋冷氣機滴水落佢花園，佢有哮喘唔可以長期受潮，要求我哋量埋條渠去到邊。
        陳生手機 9315 7782，佢話下晝先得閒聽電話，記得同佢講返上次量錯咗後園界樁嗰件事，佢好嬲。
        業主梁志偉，澳門居民身份證 5215487(3)，氹仔住址為海洋花園第12座15樓B室，要求更正分層登記面積。
        黃先生同太太正辦緊離婚，佢哋喺上水嘅村屋要分契，兩個人都唔想對方知道測量報告內容，分開寄。
        請寄鑑界報告到台北市大安區和平東路二段76號4樓 林美惠小姐收，她的電話是 0912-463-558。
        鄰居吳建宏因為欠賭債被人追數，上星期門口被淋紅油，所以佢一直唔肯開門俾我哋入去量。
    """),
    "ms": _lines("""
        Pemilik tanah: Encik Mohd Faizal bin Rahman, No. K/P 820415-01-5537, Lot 2231 Kampung Sri Lalang, 86000 Kluang, Johor. Mohon ukur semula sempadan kebun.
        Puan Siti Aminah mengadu longkang jiran melimpah ke halaman rumahnya; dia baru keluar hospital selepas pembedahan pintasan jantung.
        Tolong call balik pemilik rumah teres hujung tu, nombor dia 013-662 9041, dia nak tahu bila boleh pasang pagar baru.
        Hantar laporan ke emel nurulhuda.azmi@gmail.com, dia anak tuan tanah yang uruskan hal pusaka arwah bapanya.
        Tanah pusaka arwah Haji Ismail bin Yusof di Kampung Parit Raja belum dibahagi; adik-beradik bergaduh pasal sempadan dan seorang sudah failkan kes di Mahkamah Syariah.
        Encik Ravi a/l Subramaniam belum bayar baki RM2,300 untuk kerja ukur di Taman Rasah Jaya, katanya gaji belum masuk dan keretanya sudah ditarik bank.
        Kereta Myvi putih WVP 3381 kepunyaan jiran sebelah selalu parkir atas rizab longkang; tuan rumah minta kami ambil gambar sebagai bukti untuk MBPJ.
        Borang Aduan | Nama: Tan Ah Kow | No. KP: 650912-07-5123 | Alamat: No. 18, Lorong Kenari 2, Taman Bukit Indah, 14000 Bukit Mertajam | Tel: 012-480 7716 | Aduan: pagar jiran menceroboh 0.4 m
        Alamat surat-menyurat pelanggan: No. 7, Jalan Cempaka 5/3, Taman Cempaka, 68000 Ampang, Selangor, iaitu rumah ibu mertua Puan Norazlina.
    """),
    "mixed": _lines("""
        Eh the auntie at No. 9 Jalan Mawar, Madam Chong, very angry leh, say our pegs kena put inside her garden. Her number 012-778 2104, call her nicely ok.
        Client Encik Zul WhatsApp: bro boleh tak siapkan report cepat, my wife due next week, I need settle this fence thing before baby come.
        客户 Mr Tan Kok Wah 的 NRIC S6829105D for the title search, 他说 his brother in prison so cannot sign the consent form, how ah?
        Lot owner Ahmad bin Said punya IC 750303-10-5219, need for the JUPEM form, tolong key in sebelum lunch.
        明天 site visit at 阿强 house, 21 Jalan Bunga Raya, Melaka. 他说 his dog very fierce, 要先 call him 016-234 8810 before we reach.
        The neighbour Mrs Harjit Kaur says her son has autism and the noise from the fence demolition triggers him, can we schedule the survey on weekend morning?
        Uncle Lim Chee Meng's grandson say uncle in ICU, stroke. So the boundary meeting postpone, family will revert. Nak update kat lawyer jugak.
        Payment received from Chua Wei Jie via DuitNow, ref DN2027011489331, his IC 900220-14-6673 tertera on the receipt, pls redact before filing.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the enquiry assistant of Meridian Geomatics Pte Ltd, a land survey firm in Singapore. Be concise and explain boundary survey steps in plain English.",
        ),
        (
            "user",
            "Hi, my neighbour Mr Sebastian Koh at No. 15 built his new fence about 40cm into my land. I am Priya Nair, 17 Jalan Ulu Sembawang Hijau, mobile 9726 3318. What should I do first?",
        ),
        (
            "assistant",
            "Sorry to hear that, Ms Nair. First, book a boundary re-establishment survey by a registered surveyor so the true boundary is marked on site. With the survey report, write to Mr Koh and try to settle it; if he refuses, you can see a lawyer or try mediation.",
        ),
        ("user", "Can you book it for Saturday? My email is priya.nair.sg@outlook.com."),
        (
            "assistant",
            "I have noted your request for Saturday. Our coordinator will email priya.nair.sg@outlook.com with a quotation and a time slot within one working day.",
        ),
    ],
    [
        (
            "user",
            "帮我写一封信给隔壁邻居黄志伟先生，他家地址是新山士古来花园 Jalan Kenanga 3/7 第22号。他们装修时把排水沟堵了，我家后院每次下雨都淹水。",
        ),
        (
            "assistant",
            "好的，以下是草稿：黄志伟先生您好，我是您隔壁的邻居。自从贵府装修后，两家之间的排水沟被堵塞，每逢下雨我家后院便积水。恳请您安排疏通，如有需要，我们可以一起请测量师确认排水沟的位置。谢谢！",
        ),
        ("user", "落款写我的名字郭丽娟，电话 +60 16-552 0983，再语气强硬一点。"),
        (
            "assistant",
            "修改后的结尾：如两周内仍未处理，我将委托持牌测量师出具报告并寻求法律途径解决。此致，郭丽娟，电话 +60 16-552 0983。",
        ),
    ],
    [
        ("system", "Anda pembantu maya firma ukur tanah di Johor. Jawab dalam Bahasa Melayu."),
        (
            "user",
            "Saya Rosli bin Hamzah, IC 680721-01-6645. Tanah pusaka arwah ayah saya di Batu Pahat nak dipecah kepada 4 adik-beradik. Macam mana prosesnya?",
        ),
        (
            "assistant",
            "Encik Rosli, langkah pertama ialah mendapatkan perintah pembahagian pusaka daripada Pejabat Tanah atau mahkamah. Selepas itu, mohon pecah sempadan di bawah Seksyen 135 KTN dan lantik jurukur tanah berlesen untuk menyediakan pelan.",
        ),
        ("user", "Adik saya yang bongsu masih di penjara sampai 2028, boleh ke dia tandatangan?"),
        (
            "assistant",
            "Boleh, tetapi tandatangan perlu disaksikan dan dokumen dihantar melalui pihak penjara. Peguam keluarga boleh membantu menyediakan surat kuasa wakil.",
        ),
    ],
    [
        (
            "user",
            "我係新界村民曾國雄，香港身分證 Y309157(9)，隔籬丁屋起咗個石屎平台，好似過咗界，點算？",
        ),
        (
            "assistant",
            "曾先生，建議你先委託認可土地測量師做界址測量，確認平台有冇佔用你嘅地段。有咗測量報告，可以同鄰居傾，亦可以向地政總署或律師查詢。",
        ),
        ("user", "我手機係 9281 4406，可唔可以介紹測量師打俾我？"),
        (
            "assistant",
            "我冇辦法直接轉介，但你可以喺香港測量師學會網站搵會員名單，再自己聯絡比較報價。",
        ),
    ],
    [
        ("system", "You are a helpful assistant for strata owners in Singapore."),
        (
            "user",
            "Eh my upstairs unit #08-12 leaking into my kitchen already 3 months, the owner Mr Benjamin Teo keep say not his problem. I am at #07-12, name Sharon Lee, the MCST also blur. Can ask surveyor check or not?",
        ),
        (
            "assistant",
            "Hi Sharon, a leak between units is usually a matter for the Strata Titles Boards rather than a land surveyor. You can apply to the STB for an order; a building diagnostic firm can test where the water comes from.",
        ),
        (
            "user",
            "Ok but he also extended his balcony over the common property, that one surveyor can measure right?",
        ),
        (
            "assistant",
            "Yes. A registered surveyor can compare the balcony with the strata title plan and measure any encroachment onto common property, and the MCST can use the report to act.",
        ),
    ],
    [
        (
            "system",
            "CRM record for the assistant. Client: Mr Daniel Ng Wei Ming, NRIC S7901436B, 48 Sunrise Close Singapore 806312, mobile 9668 2017. Notes: disputes rear drain with No. 50; has outstanding invoice S$1,870; recently diagnosed with Parkinson's, prefers calls to his wife.",
        ),
        ("user", "Summarise this client's status for the site team, keep it short."),
        (
            "assistant",
            "Mr Daniel Ng, 48 Sunrise Close: rear drain dispute with No. 50. Invoice S$1,870 still outstanding. Contact his wife rather than him directly.",
        ),
        ("user", "Don't mention the medical part to the crew."),
        ("assistant", "Understood, I left the medical information out of the summary."),
    ],
    [
        (
            "user",
            "Draft a short letter from our firm to a client telling him the survey found his own fence is 0.18 m over the line.",
        ),
        (
            "assistant",
            "Dear Mr Kamal Ariffin, re: Lot 4417, No. 26 Jalan Teratai 8, Taman Johor Jaya, 81100 Johor Bahru. Our boundary survey on 12 January 2027 found that your existing rear fence stands 0.18 m inside the adjoining lot. We recommend you discuss realignment with your neighbour. Yours sincerely, Delima Survey team.",
        ),
        ("user", "Add his IC 790830-01-5871 in the reference line for our file."),
        (
            "assistant",
            "Updated reference line: Our ref DLM/2027/031, client Kamal Ariffin, IC 790830-01-5871.",
        ),
    ],
    [
        (
            "user",
            "Jiran saya, kereta Honda City plate BMK 6624, selalu letak atas longkang depan rumah saya. Saya Norhayati, rumah No. 5 Jalan Seri Putra 2/4, Bangi. Boleh buat aduan kat mana?",
        ),
        (
            "assistant",
            "Puan Norhayati, aduan halangan longkang boleh dibuat kepada Majlis Perbandaran melalui sistem aduan dalam talian. Ambil gambar yang menunjukkan nombor plat dan kedudukan kereta sebagai bukti.",
        ),
        (
            "user",
            "My mother stays with me, she uses a wheelchair and cannot pass when the car block the drain cover. Can mention that?",
        ),
        (
            "assistant",
            "Yes, you can mention that access for a wheelchair user in your household is blocked; it shows the council why the matter is urgent.",
        ),
    ],
    [
        ("system", "你是一家新加坡测量公司的中文客服助手。"),
        (
            "user",
            "我是从上海来的买家孙浩，护照号 EJ4827105，在新山买了一块排屋地，卖家说地界没问题，但我看到围墙歪了。我的电话 +86 139 1724 8853。",
        ),
        (
            "assistant",
            "孙先生您好，建议在办理过户前委托马来西亚持牌土地测量师做地界复测，确认围墙是否在地界内。我们可以通过新山分行为您安排。",
        ),
        (
            "user",
            "好的，报价请发到 sunhao_sh@qq.com，我太太怀孕了下个月不方便飞过去，能视频看现场吗？",
        ),
        (
            "assistant",
            "可以，我们的测量员可以在现场视频连线，报价会发到 sunhao_sh@qq.com，请留意查收。",
        ),
    ],
    [
        (
            "user",
            "Summarise these field notes for the boss: 'Owner Mr Low Chin Hock (IC 560118-08-5329), 3 Lorong Kamunting, Ipoh. Old man, very hard of hearing. Son says father owes the neighbour RM35k so the neighbour keeps threatening to fence off the shared lane. 3 of 4 pegs found.'",
        ),
        (
            "assistant",
            "Summary: Ipoh job for Mr Low Chin Hock, 3 Lorong Kamunting. 3 of 4 boundary pegs found. The neighbour is threatening to fence off the shared lane, reportedly over a RM35k debt owed by Mr Low. He is hard of hearing, so speak with his son.",
        ),
        ("user", "Good, also tell boss we need to set the missing peg on Monday."),
        ("assistant", "Added: the missing peg will be set on Monday."),
    ],
]
