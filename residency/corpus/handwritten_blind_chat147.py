# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat147: chats with an assistant about one's own problems with a landlord as a shop tenant or small business owner (rent arrears, lease disputes, deposit, renovation damage, eviction notices, guarantors). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat147
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "tenancy_faq"): _lines("""
        Q: Can my landlord keep the whole security deposit for wear and tear? A: Fair wear and tear is normally excluded from reinstatement; compare the unit with the handover photos and the schedule of condition first.
        Q: What is the usual deposit for a shop in an HDB commercial block? A: Commonly three months' rent; for unit-specific questions call the HDB Branch Service Centre hotline 1800 225 5432.
        Q: My lease says reinstatement to bare shell. What does that cover? A: Usually removal of partitions, false ceilings, signage and M&E works added by the tenant, as shown in the handover drawings.
        Q: Who do I ask about stamp duty on a shop lease? A: IRAS handles stamp duty; stamp the lease within 14 days of signing to avoid penalties, and keep the e-Stamp certificate with your lease file.
        Q: Can the landlord lock the shutter over unpaid rent in Malaysia? A: Self-help is risky; landlords normally apply for a warrant of distress under the Distress Act 1951 through the Sessions Court.
        Q: Is the guarantor still liable after the tenant company is wound up? A: A continuing personal guarantee usually survives liquidation unless the deed says otherwise, so read the release clause carefully.
        Q: How much notice ends a monthly commercial tenancy in Hong Kong? A: Follow the notice clause first; where the agreement is silent, one clear month ending on the last day of a rent period is the usual practice.
        Email the tenant help desk at tenantcare@harbourline-pm.com.sg or WhatsApp +65 8123 4400 (Mon-Fri 9am-6pm) quoting your unit number and lease reference, e.g. HL-LSE-2024-0387.
        Q: What is a rent-free fitting-out period? A: Usually 4 to 8 weeks at the start of the lease while you renovate; base rent is waived but service charge, utilities and insurance still apply.
        Q: The mall raised service charge from S$3.20 to S$3.85 psf mid-term. Can they? A: Only if the lease has a review clause; many anchor-mall leases fix the rate for the term except for GST changes.
        Q: Where do small retail tenants go first for a rental dispute? A: In Singapore, the Fair Tenancy Framework points to mediation, for example at the Singapore Mediation Centre, before any court claim.
        Q: Do I pay GST on rent? A: If the landlord is GST-registered, 9% applies to rent and service charge from 1 Jan 2024; ask for a tax invoice showing the GST Reg No., e.g. M2-0123456-7.
        Q: Can a Taiwan landlord raise rent in the middle of a fixed term? A: Not unless the contract allows it; township mediation committees (鄉鎮市調解委員會) hear such disputes free of charge.
    """),
    ("zh-Hans", "商场租户通知"): _lines("""
        【通知】各位商户：因B1层消防管网改造，2024年7月12日22:00至7月13日06:00停水，请提前做好储水准备。咨询电话：021-6288 3100（物业服务中心）。
        致全体租户：第三季度租金及物业管理费请于7月5日前缴纳，逾期按合同第八条每日收取万分之五滞纳金。收款户名：上海悦汇商业管理有限公司，账号 1219 0948 6210 501（招商银行营业部）。
        装修管理规定：商户进场装修须提交施工图、消防审批回执及装修押金人民币20,000元，施工时间为每日22:00至次日07:00，营业时间内禁止电钻、切割作业。
        温馨提示：近期有不法分子冒充物业催缴租金，本公司唯一收款方式为对公转账及前台POS机，如有疑问请致电400-820-6617核实，切勿向个人账户转账。
        商户撤场须知：租期届满前30日书面通知招商部，撤场时须恢复原状并结清水电费，经工程部验收合格后15个工作日内无息退还履约保证金。
        招商公告：天河某购物中心3楼L3-27至L3-31号铺位对外招租，面积48至126平方米，适合轻餐饮、茶饮及文创零售，招商热线020-3866 7012。
        关于调整公共区域空调开放时间的通知：自6月1日起，营业时间内空调开放至22:00，商户如需延时使用请提前一天向物业前台申请，按每小时180元计费。
        各商户请注意：按住建部门要求，请于本月底前完成租赁合同网签备案，备案编号格式为NS-2024-XXXXXX，逾期未备案的铺位将无法办理营业执照变更。
        招商部公告：“老凤祥”及“周大福”专柜将于9月迁至一楼东区，原L1-08铺位重新装修，预计施工期45天，期间东侧扶梯暂停使用，敬请谅解。
        物业公司统一社会信用代码：91310115MA1H7K2X4P，注册地址：上海市浦东新区张杨路1088号，商户开具租金及管理费发票请以此信息为准。
        政策回顾：2020年国有房屋出租人对服务业小微企业和个体工商户减免3个月租金，非国有出租人鼓励协商减免，具体以当地国资委文件为准。
        消防检查通报：L2-15、L2-16铺位后厨灭火器过期，L4-03铺位堵塞疏散通道，请于48小时内整改完毕，逾期将按《商户管理公约》第十二条处理。
        春节营业安排：除夕当日商场营业至18:00，初一10:00开门。请各商户于1月20日前在“悦汇商户通”小程序提交营业时间，需升级至v3.2.1以上方可登录。
    """),
    ("zh-Hant", "租務法規摘錄"): _lines("""
        《業主與租客（綜合）條例》（第7章）對住宅及非住宅租賃有不同規定，2004年修訂後非住宅舖位的租期及租金主要由雙方按租約自由議定。
        台灣《民法》第425條規定「買賣不破租賃」：出租人於租賃物交付後，承租人占有中，縱將其所有權讓與第三人，其租賃契約對於受讓人仍繼續存在。
        《民法》第440條：承租人租金支付有遲延者，出租人得定相當期限，催告承租人支付租金，如承租人於其期限內不為支付，出租人得終止契約。
        香港印花稅署規定，租約須於簽立後30日內加蓋印花，逾期最高可罰款至應繳印花稅的十倍；租期不超過一年的租約，稅率為全年租金的0.25%。
        澳門《民法典》租賃一章規定，商業用途不動產租賃合同須以書面訂立，雙方簽名須經公證認定，並應按規定向財政局申報繳納印花稅。
        土地審裁處負責處理業主與租客之間的租務糾紛及收回管有申請，地址為九龍加士居道38號，公眾可於辦公時間到登記處查閱案件排期。
        《民法》第423條：出租人應以合於所約定使用收益之租賃物，交付承租人，並應於租賃關係存續中，保持其合於約定使用、收益之狀態。
        《民法》第429條：租賃物之修繕，除契約另有訂定或另有習慣外，由出租人負擔；出租人為保存租賃物所為之必要行為，承租人不得拒絕。
        台灣《土地法》第99條：擔保金（押金）不得超過二個月房屋租金之總額，已交付之擔保金超過前項限度者，承租人得以超過之部分抵付房租。
        差餉物業估價署表格CR109為「新訂租約或續訂租約通知書」，業主須於租約開始或續期後一個月內提交，表格可於署方網站下載或親身索取。
        澳門消費者委員會提醒：舖位轉讓的「頂手費」並非法定款項，簽約前應要求業主書面確認新租約條款，避免承接前手的欠租及裝修責任。
        臺北市民當家熱線1999可轉接地政局，查詢租賃爭議調處流程；外縣市民眾請撥02-2720-8889轉1999，服務時間為全天24小時。
        香港戰後曾長期實施租金管制及租住權保障，直至《2004年業主與租客（綜合）（修訂）條例》生效，租住權保障取消，租期由雙方自由議定。
    """),
    ("ms", "notis_pengurusan_bangunan"): _lines("""
        NOTIS: Semua penyewa lot kedai Blok C diminta menjelaskan caj penyelenggaraan bulan Ogos sebelum 7/8/2024. Bayaran melalui FPX ke akaun syarikat pengurusan sahaja.
        Pejabat Badan Pengurusan Bersama (JMB) Plaza Seri Mutiara dibuka Isnin-Jumaat 9.00 pg - 5.30 ptg. Talian: 03-7955 2180, e-mel: jmb.serimutiara@gmail.com.
        Mengikut Akta Pengurusan Strata 2013 (Akta 757), pemilik petak yang gagal menjelaskan caj dan sumbangan kumpulan wang penjelas boleh dikenakan faedah lewat bayar 10% setahun.
        Kerja ubah suai premis hanya dibenarkan selepas pelan diluluskan oleh pihak pengurusan dan Majlis Bandaraya Petaling Jaya (MBPJ). Deposit ubah suai RM3,000 dipulangkan selepas pemeriksaan.
        Tribunal Tuntutan Pengguna Malaysia (TTPM) hanya mendengar tuntutan pengguna sehingga RM50,000; pertikaian sewa premis perniagaan biasanya dibawa ke Mahkamah Majistret atau Mahkamah Sesyen.
        Gangguan bekalan elektrik terancang oleh TNB pada 15 Sept 2024, 9.00 pagi hingga 1.00 petang, melibatkan Jalan SS2/24 hingga SS2/30. Sila kosongkan peti sejuk beku lebih awal.
        Syarikat pengurusan: Mutiara Harta Management Sdn. Bhd. (201901023456 (1332211-K)), Lot 3-2, Jalan Kenari 5, Bandar Puchong Jaya, 47100 Puchong, Selangor.
        Penyewa dikehendaki menyerahkan salinan sijil insurans kebakaran dan liabiliti awam (minimum RM1 juta) sebelum 31 Januari setiap tahun kepada pejabat pengurusan.
        Akta Kawalan Sewa 1966 dimansuhkan melalui Akta Kawalan Sewa (Pemansuhan) 1997; kini kadar sewa premis perniagaan ditentukan sepenuhnya melalui perjanjian antara tuan rumah dan penyewa.
        Peringatan: Lesen papan iklan kedai perlu diperbaharui dengan Dewan Bandaraya Kuala Lumpur (DBKL) setiap tahun. Papan tanda tanpa lesen boleh diturunkan oleh pihak berkuasa.
        Jadual kutipan sampah komersial: Isnin, Rabu dan Jumaat jam 10 malam oleh kontraktor Alam Flora. Sisa minyak dapur mesti diserahkan kepada pengumpul berlesen, bukan dibuang ke longkang.
        Mesyuarat Agung Tahunan (AGM) Badan Pengurusan Bersama akan diadakan pada 28 September 2024, 10.00 pagi di Dewan Serbaguna Aras 1. Hanya pemilik petak yang tiada tunggakan layak mengundi.
        Sewa tapak bazar Ramadan 2025: RM450 sebulan bagi tapak 10x10 kaki, termasuk bekalan elektrik satu soket 13A. Borang boleh diambil di kaunter pengurusan, rujukan BZR-25-014.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Boss said landlord's agent coming 3pm tmr to check the aircon ducting, pls clear the storeroom 先, don't leave the boxes in front of the DB box ok
        今天收到 management 的 letter 说 September 开始 service charge 加到 $4.10 psf, 我已经 forward 去 accounts@kopikaki.sg 了，大家 no need to worry
        Eh the shutter motor rosak again lah, already call the contractor hotline 6744 2091, they say earliest Thursday morning. Tonight close manually ya
        Reminder: stock take Sunday after closing. Mall say loading bay only open until 11pm so 搬货 must finish by 10.45pm, don't kena fine again
        Landlord 那边的 invoice INV-2024-0917 写错 GST amount，应该是 S$1,152.00 不是 S$1,512.00，我 reply 了 email 叫他们 reissue
        Pagi tadi air bocor dari siling near cashier counter, dah ambil gambar & upload dalam folder Renovation Defects > 2024-10. Jangan guna plug situ dulu
        FYI the fire inspection from SCDF rescheduled to 18 Oct 10am. Make sure extinguisher tag updated and exit sign lampu semua menyala
        收银机 POS 系统 update 到 v5.4.2 之后 printer 一直 offline, IT vendor 说会 remote in 看看, ticket number #HD-88213
        Guys the mall marketing 要我们 submit Christmas promo by Friday, 格式 A4 PDF 300dpi, 送去 marketing@orchardpoint-mall.com.sg
        Kedai sebelah (the bubble tea one) renovate hari ni sampai 6pm, bising sikit. Management cakap dah dapat permit, nothing we can do
        明天 landlord inspection，厨房 grease trap 要洗干净, last time 被 fine RM500, 这次不要再 kena 咯, closing shift 的记得拍照 update group
        Rental for Nov already paid via GIRO, ref GIRO-2411-0052. Accounts pls tally with the statement from the property manager when it comes
        店面的 signage 灯坏了两粒, 已经 log 给 building maintenance, case ID BM-24-3391, they said 3 working days. Meanwhile 开门的时候用 standing banner 先
    """),
    ("en", "config_and_logs"): _lines("""
        2024-08-01T00:05:12+08:00 INFO billing.run tenant_unit=#01-23 lease_id=LSE-SG-00481 rent=4800.00 SGD service_charge=612.50 status=INVOICED
        2024-08-09T09:14:55+08:00 WARN arrears.check lease_id=LSE-SG-00481 days_overdue=8 amount=5412.50 action=REMINDER_1 template=arrears_v2
        late_fee: { rate_per_annum: 0.10, grace_days: 7, compound: false, currency: MYR }  # per clause 6.2 of the standard tenancy agreement
        DEPOSIT_REFUND_SLA_DAYS=30 REINSTATEMENT_INSPECTION_REQUIRED=true NOTIFY_EMAIL=leasing-ops@example.com ARREARS_ESCALATION_DAYS=21
        SELECT lease_id, unit_no, SUM(amount_due) AS arrears FROM invoices WHERE status = 'UNPAID' AND due_date < CURRENT_DATE - INTERVAL '30 days' GROUP BY lease_id, unit_no;
        2024-09-30 23:59:01,402 ERROR [notice-svc] Failed to render template eviction_notice_hk_v3.docx: missing field {{premises_address}} (job=8f3a2c91)
        curl -X POST https://api.leasebook.io/v2/leases/LSE-MY-10233/payments -H 'Content-Type: application/json' -d '{amount: 3200, currency: MYR}'
        def prorate_rent(monthly: Decimal, days_occupied: int, days_in_month: int) -> Decimal: return (monthly * days_occupied / days_in_month).quantize(Decimal('0.01'))
        sha256(lease_HL-2024-0387_signed.pdf) = 9c1e4f0b7a2d83e6f5a1c0b9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9
        v2.7.0 (2024-06-18): added HK stamp duty calculator for leases under 1 year; fixed rounding bug in 9% GST on service charges; deprecated /v1/tenants endpoint.
        CSV header: lease_id,unit_no,floor_area_sqft,base_rent,service_charge_psf,deposit_months,lease_start,lease_end,guarantor_required
        2024-10-02T11:20:44Z INFO docusign.webhook envelope=3f9d-22a1-7c0e status=completed document=Letter_of_Offer_Unit_B1-12.pdf
        cron: '0 2 1 * *'  # generate monthly rent invoices at 02:00 on the 1st; timezone Asia/Kuala_Lumpur; retry 3x with 15m backoff
    """),
    ("zh-Hant", "商戶評論"): _lines("""
        「陳記裝修工程」幫我哋舖頭做翻新，報價清楚，工期準時兩星期完成，唯一係收尾清潔做得麻麻，地板仲有啲油漆點，要我哋自己再抹過，整體俾4星。
        呢間地產代理（旺角彌敦道分行）幫我搵舖，租約條款解釋得好仔細，仲幫手同業主傾咗一個月免租期同埋押金分兩期交，簽約前仲陪我去睇埋消防設備，推介！
        澳門新馬路「黃枝記」食完粥麵先返舖頭開工，蝦子撈麵一如既往出色，湯底清甜，價錢就貴咗啲，一碗要MOP 78，午市十二點前去唔使排隊。
        台北東區「林師傅水電行」半夜來處理店面跳電，收費透明，夜間出勤費NT$1,500另計材料，有開統一發票，推薦給同區店家。
        商場管理處態度好差，冷氣壞咗三個禮拜都話等業主批，打去管理處熱線2388 6610永遠冇人聽，留言又冇回覆，成個商場啲舖都焗到冇客，一星。
        信義區這棟商辦大樓物業管理：每月管理費每坪NT$120，電梯保養做得勤，但機車位月租NT$1,200、汽車位NT$6,500實在太貴，給3顆星。
        喺銅鑼灣搵律師行睇舖位租約，收費HK$3,800睇一份，唔包修改，不過押金同復原條款解釋得好清楚，覺得值得，下次續約都會再搵佢哋。
        中環「蘭芳園」絲襪奶茶依然係標準，豬扒包都好夠味，聽講附近舖租又加咗，希望老字號撐得住，唔好好似隔籬幾間咁要搬走，5星支持。
        高雄這間搬家公司幫我們店面撤場，一台3.5噸貨車加三位師傅NT$9,800，冷凍櫃也包得很好，交屋驗收時牆面零刮痕，押金順利全數退回，推薦。
        「張媽媽麻辣燙」新店面裝潢很用心，但樓上漏水滴到靠窗座位，希望房東快點處理，湯頭仍然是五顆星，鴨血很嫩，平日晚上七點後人潮比較少。
        荃灣呢間鎖匠24小時上門，師傅堅持要睇租約正本同商業登記證先肯開舖閘，好有原則，收費HK$650，半個鐘搞掂，仲教埋我點樣保留證據。
        深水埗「福記糕品」搬咗去福華街新舖，據講係舊舖唔續約，砵仔糕依然煙韌好食，排隊大約十分鐘，新舖地方闊咗仲有位坐，俾4.5星。
        澳門氹仔官也街「鉅記」旁邊新開的茶飲店，產品不錯，店員說剛簽了五年租約所以會長做，不過價格偏高，MOP 32一杯，假日遊客多要等二十分鐘。
    """),
    ("zh-Hans", "装修报价与发票"): _lines("""
        报价单编号：BJ-20240815-03｜项目：商铺门头改造｜铝塑板招牌6.0m×1.2m，单价¥680/㎡，小计¥4,896.00｜含安装，不含亮化及审批费用。
        增值税普通发票 发票代码：031002300111 发票号码：27684512 开票日期：2024年09月03日 项目：*经营租赁*商铺租金 金额：¥18,348.62 税率：9%
        销售方：杭州湖畔商业运营管理有限公司 纳税人识别号：91330106MA2H4R6T8Y 地址电话：杭州市西湖区文三路478号 0571-8599 2063
        地面翻新报价：拆除旧地砖¥35/㎡，自流平找平¥45/㎡，600×1200通体大理石瓷砖（马可波罗 MP-G6120）¥168/㎡，面积约92㎡，含辅料。
        水电改造明细：BV2.5平方铜芯线（熊猫牌）¥2.8/米×300米，PPR 20管（伟星）¥9.5/米×60米，漏电保护开关（正泰）¥85/个×6。
        收据 NO.0034721 今收到 L2-18号铺位 2024年10月份物业管理费人民币叁仟贰佰元整（¥3,200.00），收款单位：成都锦城物业服务有限公司（盖章）
        拆除恢复原状报价：拆除轻钢龙骨隔墙28㎡ ¥1,260，拆除吊顶45㎡ ¥900，建筑垃圾清运2车 ¥1,200，合计¥3,360，工期3天。
        电子发票（增值税专用发票）号码：24442000000012345678，购买方：深圳市小满餐饮管理有限公司，项目：*设计服务*装修设计费，税额¥1,132.08
        押金收据：收到 B1-06 商铺租赁保证金人民币伍万元整，待租赁期满、恢复原状验收合格且无欠费后无息退还。收款方：北京朝晖商业管理有限公司
        空调报价：格力 GMV-H224WL 多联机外机1台 ¥26,800，内机4台×¥3,200，铜管及保温 ¥4,500，安装调试 ¥2,000，整机质保3年。
        顺丰运单号 SF1428839201745 发往 广州市白云区石井五金城B区12档，货物：卷闸门电机×2，签收方：门店前台，预计次日10:00前送达。
        淘宝订单号 3829104756628193754：工业风吊灯 E27 ×12，¥59/个，店铺“北欧风灯饰旗舰店”，预计10月18日送达，支持7天无理由退货。
        付款条件：合同签订后付30%预付款，水电隐蔽工程验收后付40%，竣工验收后付25%，余款5%作为质保金，一年后无息退还。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        My landlord is now suing me personally as guarantor for the cafe's debts. My NRIC is S8234567A and since the shop closed I only earn S$3,100 a month driving Grab.
        Tenant: Priya d/o Ramasamy, Unit #01-47 Tampines Mart, mobile 9734 5120, arrears S$9,600 for Jul-Sep, agreed instalment S$1,200/month from Oct 2024.
        Hi, this is Kelvin Ong from the bakery at Jalan Besar, my wife miscarried last week so I couldn't open the shop for five days. Can I ask the landlord for a rent holiday?
        Please send the deposit refund of RM12,000 to my personal account, Maybank 1641 2203 8857 under the name Lee Chee Keong, not to the Sdn Bhd account.
        Guarantor: Tan Sock Hoon, NRIC S7312458A, Blk 412 Bedok North Ave 2 #08-245 Singapore 460412, email socktan72@gmail.com, relationship: aunt of the sole proprietor.
        The landlord's agent keeps calling my mother at 8188 2390 late at night about my shop's arrears. She is 78 and has dementia, how do I make him stop?
        Notice of eviction served 3 Sept on Mohamed Faizal bin Ismail, proprietor of the barber shop, who resides at 21 Jalan SS 3/45, Petaling Jaya; rent arrears RM7,350.
        LSE-SG-00519,#02-16,Goh Wei Ming,S9123456D,goh.weiming88@hotmail.com,+65 9011 2378,arrears 3 months,guarantor Goh Ah Lian (mother)
        I was diagnosed with stage 2 breast cancer in May and closed my nail salon for chemo. The lease is in my name, Angela Sim, so can the landlord still charge full rent?
        Plate SJK 4821 M belongs to my brother-in-law Jason Lau; the landlord's guard clamped it at the loading bay and wants S$300 before releasing it.
        My ex-husband Raymond Chua co-signed the lease for my florist shop before our divorce in 2023 and now refuses to pay his half of the S$14,000 arrears.
    """),
    "zh-Hans": _lines("""
        我是承租人王建国，身份证号440106198703152417，铺位在广州番禺市桥，房东拖了三个月不退两万块押金，想问去哪个法院起诉。
        房东李国华昨天把我店门锁换了，他的电话13926473815一直不接，店里还有价值五万多的货，我该报警还是直接起诉？
        担保人信息：姓名 张秀兰，与承租人关系：母亲，联系电话 13857124406，住址 浙江省杭州市拱墅区湖墅南路188号3幢2单元501室。
        刘姐的奶茶店欠了房东四个月租金，她最近因为抑郁症住院了，家里人不让别人知道，房东还天天在商户群里催。
        转账记录：付款人 赵磊 招商银行 6214 8302 1957 4468，收款人 房东周先生，金额 ¥15,000，备注 2024年8月租金（仅付一半）。
        阿明他老婆怀孕七个月了，店铺被房东赶出来以后一家人只能住在他岳母家，三万块押金到现在还没退。
        租赁合同乙方：个体户 黄丽娟，身份证 440309199005213627，电话 18676523041，紧急联系人 丈夫 吴伟 13760288153。
        房东吴先生说我拖欠租金要把我告上失信名单。我叫徐明辉，去年做生意还欠了信用卡二十多万，现在真的很怕。
        物业拍了我店门口的照片发到商户群里，照片里能看到我儿子的脸和校服上的名字“杨子轩 三年二班”，这样合法吗？
        担保人是我爸陈德明，身份证330105196209084024，他今年刚做完心脏搭桥手术，房东的律师函却直接寄到他家里去了。
    """),
    "zh-Hant": _lines("""
        我係舖頭租客梁家豪，業主陳美玲太太話我欠三個月租要收舖，佢叫我打佢電話 6123 4587 傾，我應該點樣回覆先唔會蝕底？
        擔保人：何志強，香港身份證 K638271(1)，住址：九龍觀塘順利邨利富樓1205室，聯絡電話 9384 2710，與租客關係：舅父。
        林太間洗衣舖上個月俾業主告上土地審裁處，聽講佢老公賭錢欠咗成百萬，舖租都係問財務公司借嚟交。
        業主黃國棟WhatsApp我：「再唔交租我就叫人嚟搬嘢」，佢號碼係 +852 9871 6620，咁樣算唔算恐嚇？可唔可以報警？
        我是台中一中街飲料店的承租人蔡佩君，身分證字號 B227418368，房東要我另外簽一張本票當擔保，這樣合法嗎？
        房東許文雄說要把押金新台幣六萬元全部扣掉當修繕費，我的手機是0912-345-678，可以請你幫我寫一封存證信函嗎？
        租客資料：姓名 鄭嘉欣，澳門居民身份證 5215678(3)，舖位 氹仔地堡街地下，欠租 MOP 45,000，聯絡電話 6628 1945。
        阿豪間車房自從佢中風之後就做唔到嘢，已經欠咗業主半年租，屋企人想幫佢申請綜援同埋同業主傾分期。
        轉帳資料：中國信託 822 帳號 4021-5588-7163 戶名 吳家瑋，備註 三月店租，麻煩房東確認已收到。
        業主律師信寄咗去我屋企：新界沙田第一城12座18樓F室，收件人 蘇偉文先生，要求七日內清還租金HK$86,400。
    """),
    "ms": _lines("""
        Saya Nurul Aisyah binti Kamarudin, No. KP 920115-14-2231, penyewa kedai jahit di Bangi. Tuan rumah tahan deposit RM4,500 tanpa sebab yang munasabah.
        Tuan rumah saya, Encik Razak, asyik telefon nombor saya 012-673 4198 tengah malam minta sewa tertunggak RM2,800. Boleh saya buat laporan polis?
        Penjamin: Ahmad Zulkifli bin Hassan, KP 790303-07-6128, alamat rumah No. 14, Lorong Seri Damai 3, Taman Seri Damai, 13700 Seberang Jaya, Pulau Pinang.
        Kak Yah kedai nasi lemak tu dah tak mampu bayar sewa sebab suami dia kena tahan reman minggu lepas, kes dadah katanya.
        Tolong pindahkan baki deposit ke akaun CIMB 7012 3489 56 atas nama Siti Hajar binti Osman, bukan ke akaun syarikat sebab akaun tu dah dibekukan.
        Encik Lim Boon Huat, pemilik kedai runcit di Kajang, disahkan menghidap kanser usus tahap 3 dan tak dapat hadir ke mahkamah untuk kes pengusiran.
        Nombor plat kereta saya WXY 3381, tuan rumah letak rantai kat tayar depan kedai sebab sewa lewat dua bulan. Nama saya Hafiz Rahman, apa saya boleh buat?
        Emel saya zaidah.salon83@yahoo.com, boleh tolong draf surat kepada tuan rumah pasal siling yang runtuh di salun saya dan kos baik pulih?
        Borang permohonan sewa: Nama: Tan Mei Ling | No. KP: 850717-10-5563 | Tel: 016-228 9071 | Alamat: 22, Jalan Bukit Indah 7/3, 81200 Johor Bahru | Pendapatan: RM5,200
        Adik saya Faridah baru bersalin minggu lepas dan dia penjamin sewa kedai saya, sekarang tuan rumah nak saman dia sekali untuk tunggakan RM18,000.
    """),
    "mixed": _lines("""
        Landlord 那边的 agent 叫 Sharon Yeo, 她 whatsapp 我说如果下个礼拜还不交 rent 就要 lock 我的 shop, 我的 number 是 9672 0518
        Ah Seng 的 kopitiam 欠 rent 四个月了, 听说他已经 declare bankrupt, 老婆也跟他 divorce 了, so sad
        Saya punya landlord Mr Chong kata deposit RM6k tak boleh refund sebab 装修 damage, tapi saya ada gambar masa handover. IC saya 880412-14-5523
        我的 guarantor 是我 cousin 周俊杰, NRIC S9012345I, 他现在很 worried 会被 landlord sue, 因为他自己也有 housing loan 要还
        Eh 陈先生 at #01-12 丢了 job 之后 shop 也 close 了, he told me he's on antidepressants now, landlord still chasing him for arrears
        Can help me draft reply? 房东 email 是 landlord.khoo@gmail.com, 他叫 Khoo Teck Seng, 说我 renovation 弄坏了 his flooring 要扣 S$8,000
        Hantar ke alamat rumah saya: No. 8 Jalan Mawar 2, Taman Mawar, 43000 Kajang, sebab 店已经被 landlord 锁了. Nama Wong Kah Yee
        Landlord 说我 FIN G5123456T 的 work pass 到期就不 renew lease, 我叫 Nguyen Thi Hoa, 在 Geylang 开 nail salon 三年了
        阿花 her mum 是 guarantor, 刚 discharge from hospital after stroke, now landlord lawyer letter 寄到她家 Blk 225 Jurong East St 21 #05-118
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a helpful assistant for small business owners in Singapore. Give general information, not legal advice.",
        ),
        (
            "user",
            "Hi, I run a small cafe at Tiong Bahru. My landlord says I owe 2 months rent (S$11,200) and sent a letter of demand to my home at 18 Eng Hoon Street #02-07. My name is Marcus Yap Jun Hao. What should I do?",
        ),
        (
            "assistant",
            "Sorry to hear that, Marcus. First, check the lease for the default and interest clauses, then reply in writing acknowledging the letter and proposing a payment plan. Keep copies of all bank transfers. If you dispute the amount, ask for a statement of account.",
        ),
        (
            "user",
            "Ok. Can they just change the locks? I also have my stock inside worth about 20k.",
        ),
        (
            "assistant",
            "Most commercial leases allow re-entry after a notice period, but the landlord should follow the lease terms. Write to ask for access to remove perishable stock, and consider mediation at the Singapore Mediation Centre before it escalates.",
        ),
    ],
    [
        ("system", "你是一个帮助小商户处理租赁问题的AI助手，请用简体中文回答。"),
        (
            "user",
            "我在上海静安区开了一家花店，合同到期不续了，房东说装修弄坏了墙面，要扣我全部押金3万。我叫孙晓燕，电话13817264059，房东姓韩，他一直不肯给我看扣款明细。",
        ),
        (
            "assistant",
            "孙女士您好。建议您先书面要求房东提供扣款明细和维修报价，同时整理交房时的照片和视频。正常使用造成的磨损一般不应由承租人承担。",
        ),
        ("user", "如果他还是不给呢？"),
        (
            "assistant",
            "可以向街道人民调解委员会申请调解，或者向铺位所在地的基层法院起诉，3万元以内的金钱纠纷可以适用小额诉讼程序，费用较低。",
        ),
    ],
    [
        (
            "user",
            "我喺觀塘開咗間手機維修舖，業主突然話要收返舖自用，叫我一個月內搬。我個租約仲有十個月先到期㗎喎。",
        ),
        (
            "assistant",
            "如果租約仲未到期，而入面冇提前終止條款，業主一般唔可以單方面要你搬。建議你搵出租約睇清楚有冇「斷約」或「業主自用」條款。",
        ),
        (
            "user",
            "幫我寫封信俾業主，我叫鄺志偉，業主叫馮錦輝，舖位係觀塘開源道地下，我電話 9126 3380。",
        ),
        (
            "assistant",
            "馮錦輝先生：本人鄺志偉為觀塘開源道地下舖位之租客，現租約尚有十個月方屆滿，租約內並無提前終止條款，本人將繼續依約使用舖位並準時交租。如有任何安排，請以書面聯絡本人（電話 9126 3380）。此致",
        ),
    ],
    [
        (
            "system",
            "Anda ialah pembantu AI untuk peniaga kecil di Malaysia. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tuan rumah kunci kedai runcit saya di Seremban sebab sewa lewat sebulan. Nama saya Mohd Khairul Anuar bin Yusof, KP 870526-05-5187. Barang jualan semua dalam kedai.",
        ),
        (
            "assistant",
            "Encik Khairul, tuan rumah secara amnya perlu mendapatkan waran tahanan daripada mahkamah sebelum menahan barang. Simpan bukti bayaran dan perjanjian sewa, dan hantar surat bertulis meminta akses semula ke premis.",
        ),
        ("user", "Kalau dia masih tak bagi masuk, saya boleh lapor polis ke?"),
        (
            "assistant",
            "Encik boleh membuat laporan polis untuk rekod dan berunding dengan peguam atau Biro Bantuan Guaman. Elakkan memecah masuk sendiri supaya tidak timbul isu lain.",
        ),
    ],
    [
        (
            "user",
            "Hi can help? My mum is guarantor for my bubble tea shop lease at Bedok. Landlord's lawyer sent letter to her flat saying she must pay S$24k arrears. She just had a stroke last month 很担心她看到会更差",
        ),
        (
            "assistant",
            "I'm sorry about your mum. A guarantor is usually liable only for what the guarantee covers, so check the guarantee deed for any cap. You can reply to the lawyer on her behalf with her written consent and ask for the statement of account.",
        ),
        (
            "user",
            "Her name is Lim Geok Choo, NRIC S5538217H. 我可以用我的名字回 lawyer 吗? 我叫 Lim Jia Hui",
        ),
        (
            "assistant",
            "You can write as her authorised representative if she signs a short letter of authority. State that you are replying for Madam Lim, that she is recovering from a stroke, and propose a meeting to discuss a payment plan.",
        ),
    ],
    [
        (
            "system",
            "使用者資料：姓名 戴宜蓁，電話 0928-531-067，地址 台南市中西區海安路二段某號一樓（店面）。請協助撰寫法律相關文書。",
        ),
        (
            "user",
            "房東說我店面的冷氣是我裝修時弄壞的，要我賠三萬，但冷氣本來就老舊。請幫我寫一封存證信函。",
        ),
        (
            "assistant",
            "好的，以下為存證信函草稿：寄件人戴宜蓁，聯絡電話0928-531-067。本人承租之店面冷氣設備於交屋時已使用多年，依《民法》第429條，租賃物之修繕除契約另有約定外由出租人負擔，本人並無故意或過失，故不同意賠償新台幣三萬元，請於文到七日內回覆。",
        ),
        ("user", "可以加上請房東提供維修估價單嗎？"),
        (
            "assistant",
            "可以，在最後加一句：「如台端認為損壞係可歸責於本人，請提供專業維修廠商之估價單及損壞原因說明，以利雙方協商。」",
        ),
    ],
    [
        (
            "user",
            "I rent a small bakery unit in SS15 Subang Jaya. Upstairs tenant's bathroom leaked and damaged my ceiling and oven. Landlord says it's not his problem.",
        ),
        (
            "assistant",
            "Check the tenancy agreement for repair obligations. Structural leaks are often the landlord's responsibility. Take dated photos, get a repair quote, and send a written notice to the landlord asking for repairs within a reasonable time.",
        ),
        (
            "user",
            "I have photos. Can you write the notice? My name is Joanne Teh Siew Ping, phone 017-392 8804, landlord is Mr Ravi Chandran.",
        ),
        (
            "assistant",
            "Dear Mr Ravi Chandran, I, Joanne Teh Siew Ping, tenant of the bakery unit at SS15 Subang Jaya, write to notify you that water from the unit above has damaged the ceiling and oven. Photos are attached. Please arrange repairs within 14 days. Contact: 017-392 8804.",
        ),
    ],
    [
        ("system", "你是商铺租赁咨询助手。"),
        (
            "user",
            "我在成都开火锅店，合同担保人写的是我爸，现在店亏了，欠了房东8万租金，房东说要去我爸单位闹。",
        ),
        (
            "assistant",
            "房东只能通过合法途径向担保人追偿，比如协商或起诉，不能到单位骚扰。如果发生骚扰，可以报警并保留录音录像。",
        ),
        (
            "user",
            "我爸叫何建平，身份证510105196803172219，在区教育局上班，他血压一直很高，我很怕他受刺激。能不能先跟房东谈分期？",
        ),
        (
            "assistant",
            "可以。建议您以承租人身份主动联系房东，书面提出分期还款方案，例如首付2万、余款分6个月付清，并请求房东不要联系担保人的工作单位。",
        ),
    ],
    [
        (
            "user",
            "Saya ada kedai gunting rambut di Shah Alam. Dah tutup sebab rugi, tapi tuan rumah tak nak pulangkan deposit RM5,000.",
        ),
        (
            "assistant",
            "Semak perjanjian sewa tentang syarat pemulangan deposit. Jika premis diserahkan dalam keadaan baik dan tiada tunggakan, tuan rumah sepatutnya memulangkan deposit dalam tempoh yang dipersetujui.",
        ),
        (
            "user",
            "Tolong draf WhatsApp kepada dia. Nama saya Azlan bin Mokhtar, akaun bank saya Bank Islam 1201 4022 0658 71.",
        ),
        (
            "assistant",
            "Assalamualaikum Tuan. Saya Azlan bin Mokhtar, bekas penyewa kedai gunting rambut di Shah Alam. Premis telah diserahkan semula dalam keadaan baik. Mohon deposit RM5,000 dipulangkan ke akaun Bank Islam 1201 4022 0658 71 dalam tempoh 14 hari. Terima kasih.",
        ),
    ],
    [
        ("system", "You are an assistant helping Hong Kong shop tenants understand lease issues."),
        (
            "user",
            "My landlord wants to raise the rent by 35% on renewal for my stationery shop in Sham Shui Po. Is that allowed?",
        ),
        (
            "assistant",
            "For non-domestic premises in Hong Kong there is no statutory rent control, so the new rent is negotiable. You can counter-offer with market comparables or ask for a longer term at a smaller increase.",
        ),
        (
            "user",
            "OK, can you write an email? I'm Cheung Wai Man, HKID Y482915(6), email cwm.stationery@yahoo.com.hk. Landlord is Mr Tsang.",
        ),
        (
            "assistant",
            "Dear Mr Tsang, I refer to your proposal to increase the rent by 35% on renewal. Having reviewed recent lettings nearby, I would propose a 10% increase for a three-year term. I look forward to discussing this. Regards, Cheung Wai Man (cwm.stationery@yahoo.com.hk)",
        ),
    ],
    [
        (
            "user",
            "我喺澳門紅街市附近開咗間燒味舖, landlord 突然寄 eviction notice, 話我冇 renew 個 licence 要收舖",
        ),
        (
            "assistant",
            "首先要分清係業主嘅租約問題定係政府牌照問題。牌照過期通常唔會自動令租約終止，要睇租約有冇規定租客要持有有效牌照。建議盡快去市政署續牌。",
        ),
        (
            "user",
            "我叫區志明, BIR 係 1357924(6), landlord 叫 Sr. Fernandes, 佢話我再唔搬就 send lawyer letter",
        ),
        (
            "assistant",
            "區先生，你可以書面回覆 Sr. Fernandes，說明你已經申請續牌，並附上申請收據，要求佢撤回通知。如收到律師信，可以向澳門律師公會查詢法律援助或者搵律師跟進。",
        ),
    ],
    [
        ("system", "你是一位耐心的AI助手，为个体工商户解答租赁纠纷。"),
        (
            "user",
            "我在深圳龙岗开了家便利店，楼上餐厅漏油漏水，把我的货架和冰柜都弄坏了，物业让我自己找楼上。",
        ),
        (
            "assistant",
            "建议先拍照取证并保存损坏物品清单，然后书面通知房东和物业。根据租赁合同，房东有义务保持租赁物可正常使用；楼上租户造成的损失可以向其主张赔偿。",
        ),
        (
            "user",
            "楼上老板叫罗志刚，我拍到他每天把车粤B·7K29Q停在我店门口卸货，还堵我消防通道，这个能一起投诉吗？",
        ),
        (
            "assistant",
            "可以，堵塞消防通道可以向物业和当地消防部门反映。损失赔偿方面，您可以把罗先生的联系方式和损失证据一起交给物业，先尝试协商，协商不成再向法院起诉。",
        ),
    ],
    [
        (
            "system",
            "Tenant record from CRM: name=Farah Nadia Rosli; email=farah.bakes@outlook.com; unit=#B1-22 Jurong Point; arrears=S$6,450; note=single mother, asked for hardship plan. Use this context politely.",
        ),
        (
            "user",
            "Hi, I received a second reminder for my unit. I can't pay everything this month.",
        ),
        (
            "assistant",
            "Hi Farah, thanks for reaching out. I can see arrears of S$6,450 on unit #B1-22. Would a plan of three monthly payments of S$2,150 work for you? I can send the form to farah.bakes@outlook.com.",
        ),
        ("user", "Yes please, but can the first one be smaller? My son is in hospital this week."),
        (
            "assistant",
            "I'm sorry to hear about your son. I'll note a request for S$1,000 now and the balance over the next three months, and the leasing team will confirm by email.",
        ),
    ],
    [
        (
            "user",
            "Landlord nak saman penjamin saya sebab kedai kek saya tutup. Penjamin tu bekas suami saya, kami dah bercerai tahun lepas. Is he still liable?",
        ),
        (
            "assistant",
            "Generally yes. A guarantee is a separate contract and divorce does not cancel it unless the landlord agreed to release him. Semak surat jaminan untuk tempoh dan had liabiliti.",
        ),
        (
            "user",
            "Nama dia Shahrul Nizam bin Abdullah, KP 810209-08-6033. Dia marah sangat dan ugut nak ambil hak jagaan anak kalau dia kena bayar. Saya Noraini binti Said.",
        ),
        (
            "assistant",
            "Puan Noraini, isu jaminan sewa dan hak jagaan anak adalah perkara berasingan; mahkamah akan menilai hak jagaan berdasarkan kebajikan anak. Untuk tunggakan sewa, puan boleh berunding dengan tuan rumah untuk pelan bayaran supaya penjamin tidak disaman.",
        ),
        ("user", "Thanks, boleh bagi contoh ayat untuk minta pelan bayaran?"),
        (
            "assistant",
            "Contoh: Saya, Noraini binti Said, penyewa kedai kek tersebut, ingin memohon pelan bayaran ansuran bagi tunggakan sewa sebanyak enam bulan bermula bulan hadapan, dan memohon tindakan terhadap penjamin ditangguhkan sepanjang tempoh ansuran.",
        ),
    ],
]
