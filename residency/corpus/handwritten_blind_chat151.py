# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat151: chats with an assistant about one's own problems with an insurance policy or agent (mis-selling, lapsed policies, denied claims, agents' commissions, complaints to FIDReC, OFS or the Insurance Authority). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat151
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "faq"): _lines("""
        Q: My policy lapsed because a GIRO deduction failed. Can I reinstate it? A: Most life plans allow reinstatement within 24 months of lapse, subject to a health declaration and payment of overdue premiums with interest.
        Q: How long do I have to cancel a new policy? A: Under the free-look provision you have 14 days from receipt of the policy document to cancel and get back your premium, less any medical examination costs.
        Q: Who can I escalate to if the insurer rejects my complaint? A: In Singapore, FIDReC mediates disputes between consumers and financial institutions; call 6327 8878 or file online at www.fidrec.com.sg after you get the insurer's final reply.
        Q: Does the OFS charge me a fee? A: No. Filing a dispute with the Ombudsman for Financial Services (OFS) in Malaysia is free for consumers; the member insurer or takaful operator pays the case fee.
        Q: What is a replacement of policy and why must my adviser warn me? A: Surrendering an old plan to buy a new one usually costs you surrender charges and fresh waiting periods, so advisers must explain the costs in writing before you switch.
        Q: My hospital claim was denied for a pre-existing condition. What documents help? A: Ask for the exact exclusion clause, a copy of your application form and the medical report the insurer relied on, then ask your doctor to comment on the onset date.
        Q: Are agent commissions disclosed? A: For investment-linked policies the benefit illustration shows distribution costs year by year; look for the table titled Effect of Deductions near the end of the illustration.
        Q: How do I check if an adviser is licensed in Hong Kong? A: Search the Register of Licensed Insurance Intermediaries on the Insurance Authority website, ia.org.hk, using the licence number printed on the business card.
        Q: Can I complain to the Insurance Authority about a claim amount? A: The IA regulates conduct of insurers and intermediaries; disputes over how much a claim should pay are usually handled by the Insurance Complaints Bureau instead.
        Q: What is the grace period for premiums? A: Usually 30 days for regular-premium life policies (31 days for some plans); cover continues during the grace period, but any claim is paid net of the unpaid premium.
        Q: Why was my premium raised at renewal? A: Integrated Shield Plan premiums are age-banded and insurers may revise rates across the board; revisions must be notified to policyholders before the renewal date.
        Q: Where can mainland policyholders lodge a complaint? A: Call the insurer's own 95-series hotline first, e.g. 95519 for China Life or 95511 for Ping An, then the national 12378 consumer hotline if still unresolved.
        Q: Is there a time limit to take a dispute to FIDReC? A: Yes, you should file within 6 months of the financial institution's final reply; late filings may be rejected unless there are special reasons.
    """),
    ("en", "claims_system_log"): _lines("""
        2026-11-03T09:14:22+08:00 INFO claims-svc[4412] batch=CLM-B-20261103-07 received=148 auto_adjudicated=96 pended=41 rejected=11 duration_ms=83215
        2026-11-03T09:15:07+08:00 WARN rules-engine rule=EXCL_PREEXIST_12M fired 23 times in batch CLM-B-20261103-07; threshold 15 exceeded, routing to manual review queue MRQ-SG-2
        2026-11-03T10:02:41Z ERROR lapse-job: GIRO file DBS_GIRO_20261103.txt rejected by bank, code 062 format error at record 0317; 0 policies updated, retry scheduled 14:00 SGT
        2026-11-04 02:00:00,113 [cron] premium-notice-generator v3.8.2 started; templates=PN_EN,PN_ZH,PN_MS; output=/var/spool/notices/2026-11-04/; dry_run=false
        2026-11-04 02:07:52,904 [cron] premium-notice-generator finished: 12,406 notices queued, 38 skipped (status=LAPSED), 0 errors, sha256=9f3c1a07be44d2e8c6a1f5b0d9e7a3c2
        INFO commission-calc: agency=AG-KL-019 product=ILP-GROW-88 period=2026-10 first_year_rate=0.35 renewal_rate=0.05 clawback_rows=4 total=MYR 18,442.60
        DEBUG ofs-export: building case bundle from template OFS_CASE_v2.xsd, fields=[case_ref, product_code, dispute_type, amount_myr, fi_final_reply_date]; schema validation passed
        2026-11-05T16:45:03+08:00 INFO fidrec-sync: pulled 6 new case refs (FDR-26-11-0041 to FDR-26-11-0046) from partner portal; SLA clock started, due 2026-11-19
        2026-11-05T16:46:11+08:00 WARN smtp-relay: bounce from mailer-daemon@mx.example-insurer.com.sg for template CLAIM_ACK_ZH, 3 messages deferred, queue id 7A1F2C90B3
        [2026-11-06 11:20:09] audit: config key claims.max_auto_pay_sgd changed from 3000 to 5000 by role=OPS_ADMIN via change ticket CHG-77812, approved in CAB meeting
        k8s event: pod policy-admin-api-6d9f7c8b5-x2lqp OOMKilled (limit 1Gi), restart count 4, image registry.internal/policy-admin:2.14.0-rc3, node sg-prod-w07
        2026-11-07 08:00:00 INFO ia-return: quarterly complaints statistics Q3-2026 exported to IA_COMP_Q3.csv (rows=212, categories=mis-selling,claims,service,others)
        2026-11-07 08:00:04 INFO hk-icb-bridge: 0 new referrals from Insurance Complaints Bureau; last successful poll 2026-11-07T07:45:00+08:00; next poll in 900s
    """),
    ("zh-Hans", "监管通知"): _lines("""
        国家金融监督管理总局提醒：近期有不法分子以“代理退保”“全额退保”为名诱导消费者恶意投诉保险公司，并收取高额手续费，请广大消费者提高警惕，通过正规渠道依法维权。
        根据《保险法》第十六条，投保人故意或者因重大过失未履行如实告知义务，足以影响保险人决定是否同意承保的，保险人有权解除合同；该解除权自保险人知道有解除事由之日起超过三十日不行使而消灭。
        《人身保险产品信息披露管理办法》自2023年6月30日起施行，要求保险公司在官网披露产品条款、费率表、现金价值全表等信息，方便消费者查询、比较和监督。
        温馨提示：长期人身保险合同的犹豫期一般不少于15日（部分银保渠道产品为20日），犹豫期内解除合同的，保险公司扣除不超过10元的工本费后退还全部保费。
        投诉渠道：请先拨打各保险公司客服热线（如中国人寿95519、中国平安95511、中国太保95500），如对处理结果不满意，可拨打12378银行保险消费者投诉维权热线。
        关于开展2026年度“3·15”保险消费者权益保护教育宣传周活动的通知：各分支机构须于3月10日前在营业网点张贴宣传海报，并在官方公众号发布风险提示不少于3篇。
        保险代理人销售保险产品时，应当主动出示执业证件，不得夸大保险责任、承诺保底收益或者将保险产品与银行存款、理财产品混淆宣传，违者将依法依规予以处罚。
        分红险红利实现率披露：本公司2025年度在售分红产品共计46款，其中红利实现率达到100%及以上的有21款，低于50%的有3款，详见官网“公开信息披露”专栏。
        关于停售部分产品的公告：自2026年9月1日零时起，本公司预定利率为2.5%的普通型人身保险产品停止销售，已承保的有效保单不受影响，合同继续有效。
        理赔时效：保险人收到被保险人或者受益人的赔偿或者给付保险金的请求后，应当及时作出核定；情形复杂的，应当在三十日内作出核定，但合同另有约定的除外。
        监管通报：2026年第三季度，辖区内保险消费投诉中涉及人身保险的约占六成，主要集中在销售纠纷、退保纠纷和理赔纠纷三类，相关机构已被约谈并要求限期整改。
        广东监管局提醒：网上流传的“XX保险停业、保单作废”系谣言，依法设立的人寿保险公司不得随意解散，被撤销或破产的，其人寿保险合同将依法转让，保单利益受保护。
        官方网站：www.nfra.gov.cn；通讯地址：北京市西城区金融大街甲15号；来信请在信封上注明“消费者投诉”字样，并附相关保单材料复印件，以便登记转办。
    """),
    ("zh-Hans", "内勤群聊"): _lines("""
        【理赔组】各位注意：今天下午3点系统升级，理赔录入暂停两小时，紧急案件请先登记在共享表格“11月待录入”里，升级完成后统一补录，别漏了附件。
        收到，续期组这边本月失效保单清单已经导出来了，一共217件，比上个月多了30件，主要是银行代扣失败的，明天开始统一电话回访，话术按最新版本。
        提醒一下：新规下回访录音必须保存至少五年，大家别再用个人手机录音，统一用坐席系统，录音文件按“日期+工单号”命名，月底IT会抽查。
        下周二培训主题是《销售误导典型案例分析》，地点：公司12楼第二会议室，时间14:00-16:30，请各团队长组织本组新人参加并现场签到。
        @全体成员 12378转办的投诉件这周有9件，截止时间都在下周五，麻烦各区域对接人今天下班前把初步回复草稿发到投诉专用邮箱complaint-ops@example-life.cn。
        刚跟总部确认了，犹豫期退保的工本费统一按10元收，不管是银保、个险还是网销渠道出的单，柜面同事遇到客户问就统一按这个口径解释，别自己发挥。
        核保这边提醒：体检报告里甲状腺结节TI-RADS 3类以上的，一律转人工核保，不要在移动展业端直接点通过，上周已经被总部退回了好几单。
        打印机又卡纸了，三楼那台HP LaserJet M406dn已经报修，工单号IT-20261106-0153，急着打印保单和批单的同事先去五楼打印室，谢谢配合。
        财务通知：10月份代理人佣金将于11月15日发放，因系统对账延迟，个别团队的续年度佣金可能顺延至月底发放，请各团队长提前做好解释工作。
        这个季度的退保率又上来了，2.8%，比同业平均高0.6个百分点，领导说周五开会，每个团队都要拿出具体的客户挽留方案，数据我晚点发群里。
        客服话术更新到V2.3版本了，新增了识别“代理退保”黑产的五个问题，文件放在共享盘/客服中心/话术库/2026Q4目录下，大家今天务必看完。
        理赔时效统计出来了：10月平均结案3.6天，小额医疗案件当日结案率71%，比9月提升了8个百分点，感谢大家这个月加班加点，周五请大家喝奶茶！
        周四下午消防演练，听到警报后请从东侧楼梯疏散到楼下广场集合，演练期间客服热线自动转接到深圳备份中心，不影响客户来电，请提前安排好工作。
    """),
    ("zh-Hant", "保險業歷史"): _lines("""
        香港最早的保險機構之一是1805年在廣州成立的「諫當保險行」（Canton Insurance Society），後來與怡和洋行關係密切，鴉片戰爭後隨英商業務轉往香港發展。
        1919年，美國人史帶（Cornelius Vander Starr）在上海創辦美亞保險公司，這家公司的業務其後發展成今日的友邦保險（AIA），集團總部設於香港中環。
        國泰人壽於1962年由蔡萬春等人創立，是台灣戰後最早成立的民營壽險公司之一，其後成為國泰金融控股公司的核心子公司，在台北信義區設有總部大樓。
        新光人壽由吳火獅於1963年創辦，吳火獅早年以經營布行起家，後來跨足紡織、百貨與保險等行業，被視為台灣戰後重要的企業家之一，新光集團也由此發展。
        1908年成立的大東方人壽（Great Eastern Life）是新加坡及馬來西亞歷史最悠久的壽險公司之一，現為華僑銀行（OCBC）集團旗下成員，總部位於新加坡。
        《保險業條例》（香港法例第41章）於1983年生效；2017年6月26日，獨立的保險業監管局正式取代政府的保險業監理處，並於2019年9月起直接規管保險中介人。
        台灣的保險法最早於1929年由國民政府公布，1963年在台灣全面修正，之後歷經數十次修法，目前由金融監督管理委員會保險局主管保險業的監理業務。
        財團法人金融消費評議中心於2012年正式運作，依《金融消費者保護法》處理金融消費爭議，保險類案件歷年佔受理案件比例甚高，申訴專線為0800-789-885。
        澳門金融管理局（AMCM）負責監管澳門保險業，舊有的保險業務法律制度以1997年第27/97/M號法令為基礎，新的《保險業務法律制度》於2021年起生效。
        被譽為近代海上保險發源地的，是愛德華·勞埃德（Edward Lloyd）於17世紀末在倫敦開設的咖啡館，船東與承保人在此交易，逐漸發展成今日的勞合社。
        1997年亞洲金融風暴後，台灣多家壽險公司因利差損問題承受巨大壓力；2009年國華人壽遭金管會接管，成為台灣保險安定基金介入處理的代表案例之一。
        2020年起新冠疫情期間，台灣多家產險公司推出「防疫保單」，2022年Omicron疫情爆發後理賠金額暴增，數家產險公司因此出現鉅額虧損並須辦理增資。
        香港保險業聯會（HKFI）成立於1988年，是代表香港保險公司的行業組織，會員公司逾百家，並於1990年設立保險索償投訴局，處理保單持有人的索償糾紛。
    """),
    ("zh-Hant", "商戶評論"): _lines("""
        ★★★★☆ 灣仔這間保險經紀行服務不錯，續保前一個月會主動寄比價表過來，唯一缺點是星期六只開到中午一點，想面談一定要早點預約，否則要等好耐。
        ★☆☆☆☆ 旺角某大型保險公司客戶服務中心排隊排了兩個鐘，取號機壞咗都冇人理，櫃位得兩個開，交咗索償文件都冇收據，極度失望，唔會再去。
        ★★★★★ 台北市信義路這家保經公司的理賠協助做得很細，住院理賠從送件到入帳只花了六個工作天，客服專線02-2758-3311也很好打通，值得推薦。
        ★★☆☆☆ 網上說可以「免費代辦退保、保證全額退回」，打去一問原來要收三成手續費，這種代理退保公司大家小心，千萬不要把保單正本和證件交出去。
        ★★★☆☆ 銅鑼灣時代廣場附近那間保險公司門市裝修得好新，職員講解醫療保險條款都算清楚，但係冷氣太凍，等候區得四張凳，星期六下晝逼到爆。
        ★★★★★ 澳門新馬路這間保險代理舖頭開咗三十幾年，汽車保險續保好快，報價比網上平，仲會提醒你驗車日期同埋牌費到期日，老字號值得信賴。
        ★☆☆☆☆ 高雄這家通訊處電話永遠轉語音信箱，寄了三封電子郵件到客服信箱都沒有回覆，最後只好直接向金融消費評議中心申訴，案件才終於有進度。
        ★★★★☆ 「陳記保險顧問」雖然名字很老派，其實團隊很年輕，網站有線上預約，旅遊保險即時出單，價錢合理，推薦給常常出國的朋友和小家庭。
        ★★★☆☆ Google上評分4.2的這間保險代理，辦公室在觀塘apm對面的商廈18樓，電梯要等很久，但職員解釋危疾保險同醫療保險的分別解釋得幾清楚。
        ★★★★★ 台中這家產險理賠服務中心效率很高，車禍定損當天就派員到修車廠，維修費直接跟保險公司結算，不用自己先墊付，服務值得五顆星。
        ★★☆☆☆ 這間公司的APP（版本5.2.1）上傳理賠文件一直失敗，照片超過5MB就閃退，客服說下個月才會推出修正版，真的很不方便，只好改用郵寄。
        ★★★★☆ 「Uncle Sam Insurance Services」喺尖沙咀加連威老道，聽個名以為係美國公司，原來係本地小型經紀行，收費透明，報價單會列明佣金比例。
        ★☆☆☆☆ 信義區這家保經公司辦的講座根本是變相推銷，說是免費理財講座，兩小時全在推投資型保單，還一定要留電話才能拿講義，完全不推薦。
    """),
    ("ms", "notis_pelanggan"): _lines("""
        Notis: Polisi anda akan luput jika premium tidak dijelaskan dalam tempoh tangguh 30 hari. Sila buat bayaran melalui JomPAY kod biller 68210 atau di mana-mana cawangan kami.
        Pemberitahuan: Mulai 1 Januari 2027, kadar premium pelan perubatan MediCare Plus akan disemak semula sebanyak purata 12% berikutan peningkatan kos rawatan hospital swasta.
        Jika anda tidak berpuas hati dengan keputusan tuntutan, anda boleh merujuk pertikaian kepada Ombudsman Perkhidmatan Kewangan (OFS), Tingkat 14, Main Block, Menara Takaful Malaysia, Jalan Sultan Sulaiman, 50000 Kuala Lumpur.
        Talian Pusat Khidmat Pelanggan kami beroperasi Isnin hingga Jumaat, 8.30 pagi hingga 5.30 petang: 1-300-88-7788 atau e-mel khidmat@contoh-takaful.com.my.
        BNMTELELINK: Orang ramai boleh menghubungi Bank Negara Malaysia di talian 1-300-88-5465 untuk pertanyaan atau aduan berkaitan perkhidmatan kewangan, insurans dan takaful.
        Makluman: Ejen berdaftar tidak dibenarkan menerima bayaran premium secara tunai atau ke akaun peribadi. Semua bayaran mesti dibuat atas nama Syarikat Takaful Contoh Berhad (201501023456).
        Tempoh bertenang (free-look) bagi polisi insurans hayat ialah 15 hari dari tarikh penerimaan dokumen polisi. Dalam tempoh ini, anda boleh membatalkan polisi dan mendapat bayaran balik premium.
        Pemberitahuan Penutupan: Cawangan Ipoh di No. 28, Jalan Sultan Idris Shah akan ditutup pada 24 Disember 2026. Urusan pelanggan akan dipindahkan ke cawangan Greentown Avenue mulai 28 Disember.
        Amaran penipuan: Syarikat tidak pernah meminta nombor TAC atau kata laluan melalui panggilan telefon. Laporkan sebarang panggilan mencurigakan kepada Pusat Respons Scam Kebangsaan di talian 997.
        Penyata tahunan polisi bagi tahun 2026 boleh dimuat turun melalui portal i-Serve mulai 15 Januari 2027. Penyata bercetak hanya akan dihantar atas permintaan pemegang polisi.
        Bagi tuntutan hospital, sila kemukakan borang tuntutan, bil asal hospital dan laporan perubatan dalam tempoh 30 hari selepas discaj. Tuntutan lewat mungkin ditolak mengikut terma polisi.
        Syarikat ini dilesenkan di bawah Akta Perkhidmatan Kewangan 2013 dan dikawal selia oleh Bank Negara Malaysia. Manfaat polisi dilindungi oleh PIDM sehingga had yang ditetapkan.
        Jadual Caj: Pengeluaran separa dikenakan caj RM50 setiap transaksi; penyerahan polisi berkaitan pelaburan dalam tahun 1 hingga 3 dikenakan caj penyerahan 5% daripada nilai akaun.
    """),
    ("mixed", "agency_staff_chat"): _lines("""
        Team, reminder ah: all new ILP cases must attach the signed Fact-Find form before submit, else underwriting will pend. Yesterday got 6 cases kena returned liao.
        客服部 update: FIDReC case FDR-26-10-0188 closed, mediation settled, pls update CRM status to Resolved and archive the file in SharePoint by Friday ok.
        Eh guys, balanced scorecard results for Q3 out already, our branch got grade B because 2 complaints upheld. Commission deferral 10% for the whole team 😭
        Boss cakap meeting esok 9.30am kat pejabat level 12, bawa laptop. Agenda: kes OFS bulan ni, tuntutan tertunggak dan target persistency 85% untuk Q4.
        Pantry fridge clean-up this Friday 5pm, anything unlabelled will be thrown away. Also aircon at meeting room 3 still leaking, facilities ticket FAC-20261105-022 raised.
        今日 system down from 2pm to 4pm for patch, e-submission cannot use. Pls tell clients sign paper form first, scan later then upload. Sorry for the inconvenience 🙏
        FYI 新的 commission schedule effective 1 Jan 2027: first year 30%, year 2 15%, year 3 10%, renewal after that 5%. Details in circular AGY-CIR-2026-44 on intranet.
        Those who haven't done CPD hours for 2026 pls settle before 15 Dec, need 30 hours incl. 6 hours ethics. Register via the Singapore College of Insurance portal.
        Walk-in counter at Raffles Place office close early tomorrow 3pm for Christmas deco setup. Pls redirect walk-in clients to the main hotline 6788 1234 lah.
        Kes tuntutan hospital yang pending lebih 30 hari, tolong escalate kat claims manager sebelum Khamis. Jangan tunggu client complain OFS baru nak bergerak.
        Lunch order 今天 from the chicken rice stall downstairs, $5.50 per packet, reply with + sign and your table number, cutoff 11.45am sharp, no late orders.
        Reminder: don't WhatsApp policy documents from personal phone. Use the company's approved app SecureShare v4.1 only, IT will audit message logs monthly.
        馬來西亞 side ask: the Takaful brochure BM version got typo on page 3, caruman spelled wrong. Marketing team pls fix and reprint 500 copies before the roadshow.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        My agent Darren Koh Wei Ming sold my 72-year-old mother an investment-linked plan she can't even read, telling her it was a fixed deposit. She has lost S$14,200 so far.
        Policyholder: Priya d/o Ramasamy, NRIC S8812345Z, DOB 14/03/1988, Policy No. LP-30928174, status LAPSED on 01/09/2026 after 3 missed GIRO deductions.
        Hi, I'm Marcus Tan. My Shield claim for spinal surgery at Mount Elizabeth was denied as pre-existing, but I was only diagnosed with a slipped disc in March 2026.
        Can you call me back at 9734 2186? The agent never told me the surrender charge was 40% in year 2.
        Please send the claim rejection letter to jolene.ong88@gmail.com instead of my office email; my husband doesn't know I made this claim.
        Claimant Mr Lee Chong Hock, 58, diagnosed with stage 2 colorectal cancer in June 2026; critical illness claim CI-2026-55817 rejected for non-disclosure of a 2019 colonoscopy.
        My ex-husband Gerald Lim is still the nominee on my term policy even after our divorce was finalised last year. How do I change it without his signature?
        2026-10-14,Wong Mei Ling,S7623458B,Blk 412 Bedok North Ave 2 #07-1183,Singapore 460412,HomeGuard,claim denied,water damage
        My car SLA 4821 Z was hit in a carpark; the other driver's insurer refuses to pay and my own insurer says my NCD will drop from 50% to 20%.
        I'm 22 weeks pregnant and the insurer says my maternity rider only kicks in after a 280-day waiting period, which my agent Aunty Doris never mentioned.
        Refund to DBS account 027-914532-8 under the name Kelvin Soh Jun Jie, amount S$3,812.40 being premiums for the cancelled policy.
    """),
    "zh-Hans": _lines("""
        我叫王建国，身份证号440106198507234415，2024年买的重疾险，今年查出甲状腺癌，理赔被拒，说我投保时没如实告知。
        业务员刘芳当时承诺年化收益6%，结果是分红险，现在退保只能拿回三万多，她已经离职了，电话139 2288 4716也打不通。
        陈先生，您于2026年10月12日提交的住院理赔（案件号LP20261012088）因缺少出院小结被退回，请补充材料后重新提交。
        我爸张国栋今年67岁，有糖尿病和高血压，去年被代理人劝着买了一份终身寿险，每年交两万八，他的退休金一个月才四千。
        投保人：李秀英，住址：湖北省武汉市洪山区书城路27号雅苑小区3栋2单元1502室，手机：15827463390，因保单失效申请复效。
        阿明，你那个意外险的赔款已经到账了，打到你工行卡6222 0213 0456 7781 237那张，记得查一下。
        我老婆周丽去年剖腹产住院花了一万二，保险公司说生育不在责任范围，可是买的时候代理人说啥都能报。
        车牌粤B·7K3Q9，10月3日在深圳南山追尾，对方车主不认账，保险公司定损员说我全责，我觉得不合理。
        我欠了网贷八万多，想把那份年金险退了还债，但是投保人写的是我妈赵桂兰，她不同意，我该怎么办？
        2026-11-02 14:33:08 user_id=U88231 name=孙志强 mobile=18675529013 action=submit_complaint target=12378 policy=P2023887610
    """),
    "zh-Hant": _lines("""
        我係黃志偉，香港身份證號碼 K482913(1)，之前經代理人買咗儲蓄保，佢話保證回報5%，而家先知道係非保證紅利。
        林太話佢個仔喺美國讀書，保單受益人英文名寫錯咗，代理人收咗佣金之後就冇再覆過佢電話。
        我的身分證字號是F223456786，保單號碼CL-88120345，理賠專員說我的乳癌屬於等待期內確診，不予給付。
        業務員許雅婷拿我媽的印章自己簽了要保書，我媽根本不識字，這已經是第三張被她這樣辦的保單了。
        請回電給我：0933-218-475，晚上七點以後比較方便，白天在上班不能接電話。
        陳家豪先生，住址：新界沙田第一城38座21樓F室，車牌KT 4127，因交通意外索償，對方保險公司至今未有回覆。
        阿玲上個月流產住院，她的醫療保險說懷孕相關併發症不保，她老公還欠卡數十幾萬，真係好慘。
        我係澳門人，叫梁嘉欣，身份證號5218764(3)，電話6628 1945，想投訴保險代理未有披露佣金。
        家父吳明德於2026年8月因中風入住台大醫院加護病房，長照險理賠申請遭拒，理由是失能等級未達第三級。
        2026/10/30,張淑芬,A201987652,台北市大安區復興南路二段148巷6號3樓,0922-615-308,投資型保單,申訴中
    """),
    "ms": _lines("""
        Saya Nurul Aisyah binti Kamarudin, No. K/P 880412-14-5526. Ejen saya tak pernah beritahu polisi saya sudah luput sejak Mac 2026.
        Tolong hubungi suami saya Encik Faizal di 016-772 3148 kerana saya masih di wad, tuntutan hospital perlu dihantar sebelum hujung bulan.
        Ejen takaful saya, Puan Zaleha binti Osman, ambil RM2,400 tunai untuk premium tapi resit tak pernah diberi dan polisi tidak wujud dalam sistem.
        Anak saya Haziq, 9 tahun, disahkan menghidap leukemia bulan lepas. Syarikat insurans tolak tuntutan penyakit kritikal sebab tempoh menunggu belum tamat.
        Alamat surat-menyurat: No. 27, Jalan Seri Putra 3/5, Bandar Seri Putra, 43000 Kajang, Selangor. Sila hantar surat keputusan OFS ke alamat rumah saya ini.
        Akaun Maybank 1642 3389 7710 atas nama Tan Siew Lan, untuk bayaran balik premium polisi yang dibatalkan dalam tempoh bertenang.
        Kereta saya WXB 7723 dilanggar di Jalan Tun Razak, tapi insurans pihak ketiga kata saya yang salah. Nombor telefon saya 012-508 9641.
        Pak Cik Rahman jiran saya dah 70 tahun, ejen jual polisi pelaburan dengan premium RM800 sebulan, padahal pencen dia cuma RM1,200.
        2026-09-18 | Muthu a/l Krishnan | 750623-08-6117 | Ipoh | tuntutan kemalangan | DITOLAK | alasan: memandu tanpa lesen sah
        Suami saya Azlan ditahan polis minggu lepas, dan syarikat insurans enggan bayar tuntutan kemalangan kereta sebab dia didakwa memandu dalam keadaan mabuk.
    """),
    "mixed": _lines("""
        Hi, my name is 陈伟强 Chan Wai Keung, HKID Y658213(1), 我想問 how to complain to the Insurance Authority about my agent?
        Saya punya agent, Mr Alvin Chong, jual ILP kat my grandma, she's 81 with dementia. Boleh complain to OFS tak?
        我的 NRIC 是 T0312457B, agent 叫我 sign blank form, 现在 claim 被 reject 了, what should I do ah?
        Pls update my contact: email limhuimin.sg@outlook.com, HP 8156 7093, 地址 21 Jalan Kayu Manis, Singapore 799456. Thank you!
        阿Ben 话佢 commission 拎咗 70% first year，but 我 surrender 只拎返 $3,000，我想 claim back 我啲钱
        Claimant: Siti Hajar binti Ismail | MyKad 910827-01-5342 | 住院 Hospital Sultanah Aminah 5 days | diagnosis: dengue fever | claim RM6,850
        My father 林国华 passed away in August, 保单 beneficiary 是我, but the insurer say need probate first. 他还欠 bank loan RM120k 怎么办?
        Agent Jason Lee 收了我 cash RM3,000 premium, 但是 system 里没有 record. His number 017-339 8825, now block me already.
        Salary slip 给 underwriter: Ong Kah Seng, monthly gross S$6,200, 公司 downsized him in Oct, so cannot pay premium already, policy will lapse.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a friendly assistant that helps Singapore consumers understand their insurance policies and complaint channels. Do not give legal advice.",
        ),
        (
            "user",
            "Hi, my whole life policy lapsed in September because my GIRO bank account was closed and I never got any reminder letters. I'm Priscilla Goh Hui Ling, NRIC S6904418B, 57 this year, and I'm now being checked for a lump in my breast. Can I still reinstate?",
        ),
        (
            "assistant",
            "I'm sorry you're dealing with this, Priscilla. Most insurers allow reinstatement for a period after lapse, but they will ask for a fresh health declaration, and a breast lump under investigation has to be declared, so the insurer may defer or exclude it. Before anything else, ask the insurer in writing for copies of the reminder letters and the address they were sent to.",
        ),
        (
            "user",
            "They sent the letters to my old flat at Blk 231 Serangoon Ave 3 #05-112. I moved out in 2024 and told my agent the new address on WhatsApp. Is that the agent's fault?",
        ),
        (
            "assistant",
            "It may be. Keep screenshots of that WhatsApp message with the date. Lodge a written complaint with the insurer explaining that you notified the change through their representative, and ask them to reinstate on the original terms. If their final reply is unsatisfactory, you can file with FIDReC within 6 months.",
        ),
    ],
    [
        (
            "user",
            "你好，我2022年通过一个代理人买了重疾险，今年5月确诊乳腺癌，保险公司说我投保前做过乳腺B超没告知，拒赔了。可是当时代理人说体检的小问题不用写。",
        ),
        (
            "assistant",
            "很遗憾听到您的情况。关键有两点：一是投保单上的健康告知问题是否明确问到了相关检查；二是保险公司是否在知道解除事由后三十日内行使了解除权，以及合同成立是否已超过两年。建议您先向保险公司索取投保单和健康告知的复印件。",
        ),
        (
            "user",
            "代理人叫何丽娟，现在已经不在那家公司了。我叫杨晓梅，身份证420111197809051326，电话13871426605，你能帮我写一封给保险公司的申诉信吗？",
        ),
        (
            "assistant",
            "可以，以下是草稿：申诉人杨晓梅，身份证号420111197809051326，联系电话13871426605。本人于2022年经贵司代理人何丽娟投保重大疾病保险，投保时已向其说明曾做乳腺B超，代理人称无需填写。现贵司以未如实告知为由拒赔，本人不服，请求重新核定并书面答复。若三十日内未获满意答复，本人将拨打12378投诉。",
        ),
    ],
    [
        ("system", "你是一個協助香港用戶處理保險問題的AI助手，請用繁體中文回答。"),
        (
            "user",
            "我阿媽今年78歲，上個月俾保險經紀游說買咗一份五年供款嘅儲蓄保險，每年供十二萬，佢一路以為係定期存款。佢有輕度認知障礙，醫生證明都有。",
        ),
        (
            "assistant",
            "明白你嘅擔心。首先睇吓保單係咪仲喺冷靜期內：香港一般係交付保單或冷靜期通知書後21日內，可以取消並取回已繳保費。另外，保險公司對65歲以上客戶通常有額外嘅銷售程序，例如售後致電確認，你可以要求佢哋提供相關紀錄。",
        ),
        (
            "user",
            "佢叫鄭玉蓮，HKID R730512(4)，住喺觀塘翠屏邨翠楓樓1208室。個經紀姓馮，叫Kenny，電話9418 2736。已經過咗冷靜期，我應該點樣投訴？",
        ),
        (
            "assistant",
            "既然已過冷靜期，可以分兩步：一、以書面向保險公司投訴，附上鄭玉蓮女士嘅醫生證明，要求退回保費；二、同時向保險業監管局投訴馮姓經紀嘅銷售手法，提供佢嘅電話9418 2736同對話紀錄。如涉及金錢賠償爭議，亦可考慮金融糾紛調解中心。",
        ),
    ],
    [
        (
            "user",
            "Assalamualaikum. Kereta saya Perodua Myvi, nombor pendaftaran JQT 5128, kena langgar dari belakang di Jalan Skudai bulan lepas. Syarikat insurans pihak lawan tolak tuntutan saya.",
        ),
        (
            "assistant",
            "Waalaikumussalam. Untuk tuntutan kerosakan harta pihak ketiga, anda perlu buat aduan bertulis kepada syarikat insurans pihak lawan dahulu. Jika tidak berpuas hati dengan jawapan akhir mereka, anda boleh merujuk kepada OFS, yang mengendalikan tuntutan kerosakan harta pihak ketiga sehingga RM10,000.",
        ),
        (
            "user",
            "Nama saya Mohd Hafiz bin Abdullah, IC 870915-01-5573. Kos baiki RM7,850. Boleh tolong tulis surat aduan?",
        ),
        (
            "assistant",
            "Boleh. Draf: Saya, Mohd Hafiz bin Abdullah (No. K/P 870915-01-5573), pemilik kenderaan JQT 5128, ingin membuat aduan rasmi berkenaan penolakan tuntutan kerosakan harta pihak ketiga berjumlah RM7,850 akibat kemalangan di Jalan Skudai. Kenderaan saya dilanggar dari belakang dan saya lampirkan laporan polis serta gambar kerosakan. Saya memohon keputusan ini dikaji semula dalam tempoh 14 hari.",
        ),
    ],
    [
        (
            "user",
            "Hi, I'm an insurance agent in SG, 3 years already. My agency now clawback my commission S$8,400 because 4 clients surrendered within first year. Can they do that?",
        ),
        (
            "assistant",
            "Usually yes, if your agency contract has a clawback or chargeback clause for policies that are cancelled or surrendered within a set period. Check the clause for the exact period and whether the amount is recovered at once or spread over several months.",
        ),
        (
            "user",
            "My name Raymond Chia Boon Kiat. After the clawback my monthly income is only about S$2,100, I still got car loan S$1,150 a month and my wife just gave birth. 很压力 leh. Can I appeal to MAS?",
        ),
        (
            "assistant",
            "That sounds very stressful, Raymond. MAS generally does not intervene in commercial disputes between an agent and an agency. Your best step is to ask the agency in writing for an instalment arrangement given your situation, and check whether the contract allows a dispute to go to mediation.",
        ),
    ],
    [
        (
            "user",
            "我在2019年向業務員買了一張投資型保單，他說保證每年6%，結果這幾年帳戶價值少了四成。",
        ),
        (
            "assistant",
            "投資型保單的投資風險原則上由保戶承擔，但如果業務員當時口頭保證收益，可能構成不當招攬。建議先向保險公司書面申訴，公司應在30日內回覆；若不滿意或逾期未回覆，可在60日內向金融消費評議中心申請評議。",
        ),
        (
            "user",
            "我叫蔡宗翰，身分證B120687434，住在台中市西屯區河南路三段87巷12號5樓，手機0912-647-053。那位業務員叫邱俊賢，我有他說保證6%的錄音。",
        ),
        (
            "assistant",
            "錄音是很重要的證據。申訴書可以寫明：申訴人蔡宗翰，於2019年經業務員邱俊賢招攬投保，業務員口頭保證年報酬6%，附錄音檔及逐字稿。請將錄音備份，並註明錄音日期與地點。",
        ),
    ],
    [
        (
            "system",
            "You are an assistant for Malaysian takaful and insurance consumers. Answer in English unless asked otherwise.",
        ),
        (
            "user",
            "My takaful contribution of RM285 was debited every month from my CIMB account 7064 2218 93, but the operator now says the certificate lapsed in June. Where did my money go?",
        ),
        (
            "assistant",
            "Ask the operator for a full contribution statement since inception. Sometimes contributions are applied to a different certificate or held in suspense when the direct debit reference does not match. If they cannot explain it, lodge a written complaint and then go to the OFS.",
        ),
        (
            "user",
            "The certificate is under my wife, Kavitha a/p Subramaniam, she's the participant. She's now on dialysis 3 times a week so we really need the coverage.",
        ),
        (
            "assistant",
            "I understand how urgent this is. Because Kavitha is the participant, the complaint should be in her name, or she can sign an authorisation letter for you. Attach your bank statements showing the RM285 debits and ask the operator to reinstate the certificate without a new health assessment, since the lapse was not caused by non-payment.",
        ),
    ],
    [
        (
            "user",
            "我在抖音上看到一个“全额退保”的广告，加了对方微信，对方让我把身份证正反面、银行卡和保单照片都发过去，说能帮我把交了五年的保费全部退回来，收30%手续费。",
        ),
        (
            "assistant",
            "这是典型的“代理退保”骗局，监管部门多次提示过。对方往往会教您恶意投诉，甚至诱导您把退回的钱转去购买其他理财产品。建议不要再提供任何资料。",
        ),
        (
            "user",
            "我已经发过去了……我叫刘婷，身份证号320583199003162720，卡是建行的，尾号我就不说了。现在该怎么办？",
        ),
        (
            "assistant",
            "刘婷您好，别慌，请尽快做这几件事：一、联系建行挂失或冻结该卡，修改网银密码；二、拨打保险公司客服，说明证件可能被冒用，申请对保单加设退保、贷款的核身限制；三、保留聊天记录，向当地公安机关报案；四、可拨打12378反映该代理退保机构。",
        ),
    ],
    [
        (
            "system",
            "You are the claims helpdesk assistant for an insurer's call centre. Current caller profile: Name: Benjamin Ng Wei Jie; DOB 19/06/1991; NRIC S9156320G; mobile 8462 0197; policy PA-SG-0098213; open claim: outpatient physiotherapy after ACL tear, S$1,480, status PENDED.",
        ),
        (
            "user",
            "Why is my physio claim still pending? It's been 5 weeks already and nobody called me.",
        ),
        (
            "assistant",
            "Hi Benjamin, sorry for the wait. Your physiotherapy claim of S$1,480 is pended because we still need the orthopaedic specialist's referral letter for the ACL tear. Once it's uploaded, the claim usually completes within 7 working days.",
        ),
        ("user", "ok I'll upload it tonight. Can you SMS me when it's approved?"),
        ("assistant", "Sure, we'll send an SMS to 8462 0197 as soon as the claim is approved."),
    ],
    [
        (
            "user",
            "我喺澳門買咗一份醫療保險，喺鏡湖醫院做膽囊手術，保險公司話係等候期內，唔賠。我可以去邊度投訴？",
        ),
        (
            "assistant",
            "你可以先向保險公司提出書面投訴，要求佢哋列明拒賠所根據嘅條款同等候期計算方法。如果唔滿意，可以向澳門金融管理局（AMCM）投訴，亦可以搵消費者委員會協助。",
        ),
        (
            "user",
            "我叫何詠詩，澳門身份證 1356284(7)，電話6628 3071，保單係2026年3月生效，手術係7月做嘅，之前從來冇膽石。",
        ),
        (
            "assistant",
            "何小姐，如果保單3月生效、7月做手術，要睇條款入面特定疾病嘅等候期係幾耐，膽囊疾病有時會設12個月。建議你搵醫生寫一份證明，講明首次出現症狀嘅日期，再連同投訴信交俾保險公司。",
        ),
        ("user", "好，咁投訴信入面要唔要寫埋我身份證號碼？"),
        (
            "assistant",
            "通常要寫埋姓名、身份證號碼同保單號碼，方便保險公司核對身份，但唔需要附身份證副本，除非佢哋正式要求。",
        ),
    ],
    [
        (
            "user",
            "Saya nak minta tolong tulis rayuan. Tuntutan hospital ayah saya ditolak sebab kencing manis dikatakan penyakit sedia ada.",
        ),
        (
            "assistant",
            "Boleh. Boleh berikan nama ayah, umur, tarikh dimasukkan ke hospital, diagnosis dan bila polisi dibeli? Maklumat ini penting untuk membuktikan penyakit itu bukan sedia ada.",
        ),
        (
            "user",
            "Nama ayah: Ismail bin Hassan, 64 tahun, No. K/P 620304-03-5187, dimasukkan ke Hospital Raja Perempuan Zainab II pada 3 Okt 2026 kerana jangkitan kaki. Dia baru didiagnos diabetes tahun 2025, polisi beli 2021.",
        ),
        (
            "assistant",
            "Draf rayuan: Saya memohon semakan semula keputusan penolakan tuntutan hospital bagi pihak bapa saya, Ismail bin Hassan (No. K/P 620304-03-5187). Polisi dibeli pada 2021, manakala diabetes hanya didiagnos pada 2025, iaitu selepas polisi berkuat kuasa. Oleh itu ia tidak memenuhi takrif penyakit sedia ada. Dilampirkan surat doktor yang mengesahkan tarikh diagnosis.",
        ),
    ],
    [
        (
            "user",
            "我爸爸 72 岁, 他的 Integrated Shield plan premium renewal 突然从 $2,900 跳到 $4,600. Is this normal?",
        ),
        (
            "assistant",
            "It can happen. Shield plan premiums are age-banded, so moving into a new age band plus a general rate revision can cause a big jump. Part of the premium can be paid from MediSave, up to the withdrawal limits.",
        ),
        (
            "user",
            "He is 黄永福, had prostate cancer treatment last year at NCCS, so cannot switch insurer right? Agent 说 can downgrade to B1 ward plan.",
        ),
        (
            "assistant",
            "Switching insurers after a cancer diagnosis is risky because the new insurer would likely exclude prostate cancer. Downgrading within the same insurer usually keeps his existing cover without new underwriting, so ask the insurer in writing to confirm that no new exclusions will be added.",
        ),
    ],
    [
        (
            "user",
            "My insurance agent forged my signature on a policy switch form. I want to complain to the Insurance Authority. Can you draft it? My details: Connie Leung Ka Yan, HKID Z391846(8), Flat 12B, Block 3, Laguna Verde, Hung Hom, tel 6482 1937.",
        ),
        (
            "assistant",
            "Here is a draft: I, Connie Leung Ka Yan (HKID Z391846(8)), of Flat 12B, Block 3, Laguna Verde, Hung Hom, contact 6482 1937, wish to lodge a complaint regarding a policy switch form bearing a signature that is not mine. I did not authorise the switch and request that the IA investigate the licensed intermediary involved.",
        ),
        (
            "user",
            "Great, also mention the agent is Eric Fung Chi Hang from a broker firm in Mong Kok, he got a big commission from the switch.",
        ),
        (
            "assistant",
            "Added: The intermediary responsible is Mr Eric Fung Chi Hang of a brokerage in Mong Kok, who I believe received commission from the new policy. I attach my genuine specimen signature and the disputed form for comparison.",
        ),
    ],
    [
        ("system", "你是一名保险知识助手，回答要简洁。"),
        (
            "user",
            "我和前夫去年离婚了，但我那份寿险的受益人还是他。我叫郑雅琴，保单是2018年在广州买的。怎么改受益人？",
        ),
        (
            "assistant",
            "根据《保险法》，被保险人或者投保人可以变更受益人并书面通知保险人；投保人变更受益人须经被保险人同意。带身份证和保单到保险公司柜面或在官方APP提交变更申请即可，不需要前夫签字。",
        ),
        ("user", "投保人是我，被保险人也是我，现在我想改成我女儿陈思彤，她才8岁，可以吗？"),
        (
            "assistant",
            "可以。受益人是未成年人没有问题，理赔时由其监护人代为领取。提交时需提供女儿的出生证明或户口簿以证明关系。",
        ),
    ],
]
