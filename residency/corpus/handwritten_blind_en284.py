# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en284: SG/MY DNA paternity-test labs, genetic carrier screening and ancestry-kit companies (sample kits, chain-of-custody forms, consent, results letters, lab reports, refunds). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en284
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "price_list"): _lines("""
        HelixTrue Diagnostics price list (effective 1 Jan 2026): Peace-of-Mind Paternity (non-legal), 2 parties, S$399 incl. 9% GST; add a third tested party at S$150.
        Legal Paternity with chain of custody, collection at our Science Park clinic: S$780 per case of 3 persons; results in 5 working days, court-ready report included.
        Prenatal Non-Invasive Paternity (NIPP) from 8 weeks gestation: S$1,890; maternal blood draw at partner clinic, alleged father by buccal swab. S$500 deposit non-refundable after kit dispatch.
        Carrier Screen 300 (thalassaemia, SMA, cystic fibrosis + 297 recessive conditions): RM1,450 per person, RM2,600 for couples; genetic counselling session RM250 / 45 min.
        AncestriAsia Heritage Kit SKU AA-HK-2026-STD: RM299 (promo RM239 until 31/03); Heritage+ with maternal haplogroup report, SKU AA-HK-2026-PLUS: RM459.
        Express upgrade: results in 48 hours for an extra S$250 (Mon-Fri only; samples must reach the lab at 10 Science Park Road, #03-14 The Alpha before 11:00).
        Home collection surcharge: Klang Valley RM120, Penang island RM150, JB RM150; East Malaysia home collection not available, please use the self-swab kit (RM35 courier).
        Re-issue of a results letter in a second language (BM, 中文, Tamil): S$45 per copy; certified true copy stamped by the laboratory director: S$60.
        Sibling DNA test (full vs half sibling), 2 persons: S$690; Avuncular (aunt/uncle) test: S$720; Grandparentage, 3 persons: S$820. Prices valid till 30 Jun 2026.
        Immigration DNA test for ICA / embassy submissions, per tested person: S$420, minimum 2 persons; embassy-nominated collection at our Novena outlet by appointment only.
        Corporate rate for clinics (code CLN-2026): 15% off list on Carrier Screen 300, invoiced monthly on 30-day terms; contact partners@helixtrue.sg or 6813 4470.
        Y-STR 37-marker paternal lineage add-on RM189; mtDNA full sequence RM529; raw data download (VCF, 22 autosomes + X) free with all Heritage kits.
        Extra swab set (4 buccal swabs + 2 paper envelopes) S$18; replacement prepaid return pouch S$12; tamper-evident seal sticker sheet S$5 each.
    """),
    ("en", "faq"): _lines("""
        Q: Can I do a legal paternity test with a home kit? A: No. For court, ICA or embassy use, samples must be collected by our staff with photo ID checked and a chain-of-custody form signed.
        Q: How long do you keep my DNA sample? A: Buccal swabs are destroyed 60 days after the report is released unless you opt in to storage (S$80 per year).
        Q: Is the prenatal test safe for the baby? A: The NIPP test only needs 20 ml of the mother's blood; there is no needle into the womb, so no procedure-related miscarriage risk.
        Q: Does the child's mother need to consent? A: For a child under 21 in Singapore we need consent from a person with parental responsibility; see section 4 of consent form HT-CF-07.
        Q: Why did my report say inconclusive? A: Usually too few cells on the swab. We re-run once for free; if it still fails we courier a new kit at no charge.
        Q: Why is your kit named after Gregor Mendel? A: Mendel was the 19th-century Augustinian friar whose pea experiments gave us the laws of inheritance; the Mendel Kit is our entry-level carrier screen.
        Q: Are you accredited? A: Our partner laboratory holds AABB accreditation for relationship testing and ISO/IEC 17025 accreditation under SAC-SINGLAS.
        Q: Can I test with a toothbrush or hair? A: Yes, as a discreet sample for non-legal tests only; success rate is about 70% for toothbrushes and lower for cut hair without roots.
        Q: Will my insurer see my carrier screening result? A: We do not share results with insurers or employers; reports go only to the consenting person and the doctor named on the requisition.
        Q: Do I need to fast before the swab? A: No fasting needed, but avoid eating, drinking, smoking or brushing teeth for 30 minutes before swabbing.
        Q: Where is the Malaysian lab? A: Lot 3A-2, Jalan Teknologi 3/1, Kota Damansara, 47810 Petaling Jaya, Selangor; walk-in Mon-Sat 9am-5pm, closed on public holidays.
        Q: How accurate is a paternity result? A: An inclusion gives a probability of paternity of 99.99% or higher on 24 STR loci; an exclusion is reported when 3 or more loci mismatch.
        Q: Can I pay with MediSave? A: No, direct-to-consumer DNA tests are not MediSave-claimable; we accept PayNow (UEN 201934567K), Visa, Mastercard and NETS.
    """),
    ("en", "lims_log_lines"): _lines("""
        2026-03-04T09:12:44+08:00 INFO lims.intake kit=HT-PK-0048213 status=RECEIVED seal=INTACT courier=NinjaVan trk=NVSGHTX0093184722 bench=A2
        2026-03-04T09:15:02+08:00 WARN lims.intake kit=HT-PK-0048219 seal=BROKEN action=QUARANTINE ticket=COC-2026-00712 notify=qa@helixtrue.sg
        2026-03-04T10:41:19+08:00 INFO extraction plate=EXT-0304-01 wells=94/96 method=Chelex-100 operator_id=OP-17 kit_lot=QG-23B-0912
        2026-03-04T13:20:55+08:00 INFO pcr run=PCR-GF-7781 chemistry=GlobalFiler cycles=29 thermocycler=ProFlex-03 plate=EXT-0304-01
        2026-03-04T16:05:37+08:00 INFO ce run=CE-3500-2291 instrument=3500xL-SN35021 polymer=POP-4 injection=1.2kV/15s status=COMPLETE
        2026-03-05T08:30:12+08:00 ERROR analysis case=PT-26-03118 locus=D18S51 reason=allele_dropout rfu=87 threshold=150 action=REINJECT
        2026-03-05T11:47:09+08:00 INFO analysis case=PT-26-03121 CPI=4.82e+07 W=0.99999998 prior=0.5 conclusion=NOT_EXCLUDED reviewer=OP-04
        2026-03-05T11:52:40+08:00 INFO analysis case=PT-26-03122 mismatches=11/24 conclusion=EXCLUDED second_review=REQUIRED
        2026-03-05T14:03:27+08:00 INFO report.render case=PT-26-03121 template=legal_v4.2 lang=en pages=3 sha256=9c1e7a04b2f3d8e6a1c5 ok
        2026-03-05T14:03:31+08:00 INFO mailer job=MAIL-556120 template=results_ready channel=portal status=QUEUED retry=0 smtp=smtp.helixtrue.sg:587
        2026-03-06T02:00:00+08:00 INFO retention.purge swabs_destroyed=312 older_than=60d freezer=F-07 audit=RET-2026-W10
        2026-03-06T07:58:14+08:00 WARN facilities freezer=F-07 temp=-71.4C setpoint=-80C alarm=HIGH_TEMP sms_sent_to=facilities_oncall_group
        2026-03-06T09:01:03+08:00 INFO refund.batch id=RF-2026-0311 count=7 total_sgd=2793.00 gateway=Stripe payout_eta=T+5 status=SUBMITTED
    """),
    ("en", "config_and_code"): _lines("""
        LAB_TIMEZONE = "Asia/Singapore"  # all chain-of-custody timestamps are stored in SGT (UTC+08:00)
        STR_LOCI = ["D3S1358", "vWA", "D16S539", "CSF1PO", "TPOX", "D8S1179", "D21S11", "D18S51", "D2S441", "D19S433", "TH01", "FGA"]
        MIN_RFU_THRESHOLD: 150  # peaks below this are flagged; see SOP-STR-011 rev 6, approved 2025-11-18
        def paternity_index(af: float) -> float: return 1.0 / (2.0 * af)  # simple PI for a heterozygous obligate allele
        kit_barcode_regex: '^(HT|AA|GK)-(PK|CS|HK)-[0-9]{7}$'  # e.g. HT-PK-0048213, AA-HK-0001942
        SELECT case_id, kit_id, received_at FROM coc_events WHERE seal_status = 'BROKEN' AND received_at >= '2026-01-01';
        smtp: {host: smtp.helixtrue.sg, port: 587, from: results-noreply@helixtrue.sg, reply_to: care@helixtrue.sg}
        RETENTION_DAYS = {"swab": 60, "extract": 365, "raw_ce_data": 3650, "consent_form": 3650}  # PDPA + AABB record keeping
        curl -X POST https://api.ancestriasia.example/v2/kits/activate -H 'Content-Type: application/json' -d '{"kit_id":"AA-HK-0001942"}'
        ENV=staging PORTAL_BASE_URL=https://portal-stg.genkinlabs.com.my STRIPE_MODE=test SENTRY_RELEASE=lims@4.18.2
        carrier_panel_v3.tsv columns: gene, transcript, condition, inheritance, hgvs_c, classification; e.g. HBB NM_000518.5 beta-thalassaemia AR
        if result.mismatches >= 3: conclusion = 'EXCLUDED' elif result.cpi >= 1e4: conclusion = 'NOT_EXCLUDED' else: conclusion = 'INCONCLUSIVE'
        cron: '0 2 * * *'  # nightly purge of swab records past retention; dry_run: false; notify: lab-ops@helixtrue.sg
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning all, courier just dropped 23 kits at front desk. 2 pouches seal koyak already, I put in quarantine tray and logged COC-2026-00712 & 00713.
        Eh who took the last box of buccal swabs lot QS-2511? Stock sheet says 0 left, need to reorder from the Tuas supplier before Friday ah.
        Reminder: from Monday all legal cases must have photo ID checked on the COC form, tick box 7b. AABB auditor coming 14 April, don't play play.
        Case PT-26-03118 need re-inject D18S51, RFU too low. I'll run it on the 3500 after lunch, pls don't book the machine 2-4pm.
        Freezer F-07 alarm again last night lah, -71°C. Facilities say compressor part arriving Wed. Move the extracts to F-03 first ok?
        Counter at Mid Valley outlet: today walk-in damn many, 11 sibling tests already. Can HQ send 20 more consent forms HT-CF-07 rev 3?
        Boss says CNY promo code CNY26 ends 28 Feb, after that system auto revert to RM299. Pls update the standee at Sunway Pyramid kiosk.
        Refund batch RF-2026-0311 approved by finance, 7 cases, total S$2,793. Stripe payout T+5, so customers will see the money around 16 Mar.
        Anyone know the new NinjaVan pickup cut-off for Science Park? Last time 4pm, now they say 3pm. Kits booked after that go next day.
        FYI 报告模板 legal_v4.2 已经 update, Chinese version got typo 「親子关系」 mix trad and simplified, I fixed already, pls regenerate PDFs from today.
        Tolong check printer label kat lab MY, barcode GK-CS-0003310 to 0003350 semua print blur. Scanner cannot read, I reprint tomorrow.
        Counselling room booked by the on-call genetic counsellor 10-12 Thursday for carrier screen briefings. Pls don't put walk-ins there.
        Website down 5 min at 21:40 because SSL cert expired, renewed already. Portal status page updated, no data affected, no need to panic.
    """),
    ("ms", "notis_pelanggan"): _lines("""
        NOTIS: Makmal GenKin Labs Sdn Bhd (No. Syarikat 202201034567 (1458822-H)) ditutup pada 20 dan 21 Mac 2026 sempena Hari Raya Aidilfitri. Operasi biasa bermula 23 Mac.
        Pelanggan yang menghantar kit sebelum 18 Mac akan menerima keputusan seperti biasa. Kit yang tiba selepas tarikh itu akan diproses mulai 23 Mac 2026.
        Ujian paterniti untuk tujuan mahkamah mesti dibuat di cawangan kami bersama pegawai pengambilan sampel; kit swab sendiri tidak diterima untuk kegunaan undang-undang.
        Sila bawa MyKad atau pasport asal bagi setiap orang yang diuji. Kanak-kanak di bawah 12 tahun perlu membawa sijil kelahiran dan ditemani ibu bapa atau penjaga sah.
        Bayaran balik (refund) hanya diberi jika kit belum dibuka dan dipulangkan dalam tempoh 14 hari. Caj pentadbiran RM30 akan ditolak daripada jumlah bayaran.
        Talian khidmat pelanggan: 03-7731 2288 (Isnin hingga Jumaat, 9 pagi - 6 petang) atau WhatsApp perniagaan 011-5566 0102. E-mel: bantuan@genkinlabs.com.my
        Saringan pembawa talasemia disyorkan untuk pasangan sebelum berkahwin; ujian ini tidak menggantikan saringan percuma di klinik kesihatan kerajaan.
        Alamat makmal: Lot 3A-2, Jalan Teknologi 3/1, Taman Sains Selangor 1, Kota Damansara, 47810 Petaling Jaya. Parkir percuma di ruang pengunjung aras B1.
        Sampel yang tercemar, tidak mencukupi atau bungkusan yang meterai keselamatannya rosak tidak akan diproses. Kit gantian akan dihantar tanpa caj.
        Kit AncestriAsia yang dibeli di Shopee atau Lazada mesti diaktifkan di portal dalam masa 30 hari sebelum sampel dihantar balik ke makmal.
        Makluman PDPA: Data genetik anda diproses mengikut Akta Perlindungan Data Peribadi 2010 dan tidak akan dijual kepada mana-mana pihak ketiga.
        Keputusan ujian boleh dimuat turun di portal selepas notifikasi SMS dihantar. Surat keputusan bercop asal boleh diambil di kaunter dengan kad pengenalan.
        Harga promosi Merdeka: Ujian Paterniti Peace-of-Mind RM650 (harga asal RM850) dari 25 Ogos hingga 16 September 2026, tertakluk kepada terma dan syarat.
    """),
    ("zh-Hans", "产品说明"): _lines("""
        AncestriAsia 祖源基因检测套装（标准版）：包含2支口腔拭子、保存管、预付回邮袋及激活卡，检测约70万个位点，报告涵盖东亚、东南亚及南亚等46个参考人群。
        亲子鉴定（非司法版）：适用于个人知情用途，检测24个STR位点，亲权概率≥99.99%，5个工作日出报告，新加坡售价S$399（含消费税）。
        司法亲子鉴定须由本中心采样员现场采集样本，核对身份证件原件并填写监管链表格，报告可用于法庭、移民与关卡局及各国大使馆申请。
        携带者筛查300项：覆盖地中海贫血、脊髓性肌萎缩症（SMA）、囊性纤维化等隐性遗传病，建议备孕夫妇双方同时检测，结果附遗传咨询一次。
        无创产前亲子鉴定：孕8周起即可检测，仅需抽取孕妇静脉血20毫升，对胎儿无创伤，报告周期7-10个工作日，新加坡及吉隆坡均可采血。
        祖源报告示例：父系单倍群O-M175、母系单倍群D4，华南汉族成分62.4%、马来成分18.1%（仅为示例数据，非真实客户结果）。
        产品编号 AA-HK-2026-PLUS，马来西亚售价RM459，Shopee官方旗舰店及Lazada LazMall同步销售，包邮至沙巴、砂拉越等东马地区。
        套装保质期：自生产日起24个月，请于常温下保存，避免阳光直射；拭子开封后请在30分钟内完成采样，采样前30分钟请勿进食、饮水或刷牙。
        本实验室合作伙伴获AABB亲缘关系检测认证及ISO/IEC 17025认可，所有样本均在新加坡科学园实验室完成检测，全程条码追踪。
        客服热线：+65 6813 4470（周一至周六 9:00-18:00），中文客服邮箱 zhongwen@helixtrue.sg，WhatsApp商务号 +65 8126 0455。
        套装名称“孟德尔”致敬遗传学之父格雷戈尔·孟德尔，“克里克”高阶版则以DNA双螺旋结构发现者之一弗朗西斯·克里克（Francis Crick）命名。
        原始数据可导出为VCF或TXT格式，支持上传至第三方平台；导出文件约25MB，仅供个人研究参考，不作任何医学诊断或治疗用途。
        退换说明：未拆封套装自签收起14天内可申请退款，已激活或已寄回样本的套装恕不退换，详情请参阅官网服务条款第6条及常见问题页面。
    """),
    ("zh-Hant", "退款及條款"): _lines("""
        退款條款第3.1條：客戶於收到套裝後14日內未開封並寄回，可獲全數退款，惟回郵運費HK$40由客戶自行承擔，退款以原付款方式處理。
        第3.2條：樣本已送抵化驗所並開始萃取DNA後，一概不設退款；如因化驗所原因未能出具報告，則全數退款或免費重新採樣及重驗一次。
        第4條：法律用途親子鑑定須於本中心（香港九龍尖沙咀彌敦道132號美麗華廣場一期12樓）由採樣員核實身份證明文件正本後採樣。
        第5條：未滿18歲人士進行檢測，須由父母或合法監護人簽署同意書；涉及法律程序之親子鑑定，應按法院指示安排採樣及出具報告。
        第6條：台灣地區客戶之樣本由合作化驗所於台北市內湖區檢測，報告以正體中文出具，售價新台幣12,800元含稅，另收採樣費新台幣800元。
        退款方式：信用卡付款將退回原卡，約7至14個工作天入帳；轉數快（FPS）付款請提供商戶訂單編號，例如 HK-ORD-26-004517，以便核對。
        澳門客戶可於氹仔合作診所採樣，樣本經順豐速運冷鏈寄送香港化驗所，運單編號可於官網「樣本追蹤」頁面輸入運單編號查詢最新狀態。
        如報告出現技術性錯誤（例如受檢人姓名串錯、採樣日期錯誤），本公司將於3個工作天內免費補發更正版本，並同時作廢原報告編號及電子版本。
        私隱條款：本公司遵守香港《個人資料（私隱）條例》，DNA樣本於報告發出後60日內銷毀，除非客戶以書面方式選擇保留樣本（每年收費HK$500）。
        客戶服務熱線 +852 3618 7720（星期一至六 10:00–19:00），電郵 support@helixtrue.hk；緊急法律個案請致電 +852 3618 7729。
        優惠碼不可與其他優惠同時使用，已使用的優惠碼於退款時不予退回；團購價（3人或以上同時檢測）每人HK$2,380，須於同一日採樣。
        祖源套裝一經啟用即綁定帳戶，不可轉讓；如需更改報告顯示語言（英文／繁體中文／簡體中文），可於帳戶設定內自行更改，毋須另行收費。
        本條款最後更新日期：2026年1月15日，版本編號 T&C-HK-v7；如中英文版本有任何歧義或不一致之處，概以英文版本為準。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Chain-of-custody form COC-2026-00841: alleged father Marcus Teo Wei Jie, NRIC S8734261A, DOB 12/07/1987; child Teo Yu Xuan, T1165802J; collector verified ID at 10:42.
        Hi, this is Priya Ramasamy, my husband does not know I am doing the prenatal paternity test, please don't call the home number, only WhatsApp me at 9123 8840.
        Results letter: Dear Mr Ahmad Faizal bin Rosli, we regret to inform you that you are EXCLUDED as the biological father of the child tested under case PT-26-03122.
        Refund to POSB savings 198-54321-7 under the name Goh Siew Lan, amount S$399, reason: kit never arrived at Blk 412 Tampines St 41 #08-233, Singapore 520412.
        Carrier screen result for Nurul Huda binti Kamal: heterozygous for HBB c.126_129delCTTT (beta-thalassaemia carrier). Husband to be tested next week.
        Kevin Lim's mum called again, he is 17 and did the ancestry kit without her consent, she wants his account deleted and his raw data file wiped.
        Please reissue the report to my new email rachel.tan.hy88@gmail.com, the old one rtan@oldcompany.com.sg no longer works. Case PT-26-02977, thanks.
        Mdm Letchumi d/o Subramaniam, 64, wants to confirm whether the man who contacted her on Facebook is really her late brother's son; sample collected 3 Mar.
        Pls call back +65 9786 2214 re: legal test for ICA, client says his wife's passport is still with the agent.
        Delivery address for replacement kit: Jason Ong, 27 Jalan Kembangan, Singapore 419125, leave with neighbour if no one home.
        Ms Chloe Wong (FIN F2290457N) disputes the result, she insists the child is her ex-boyfriend's and is threatening to post about us on Reddit.
        Client Daniel Khoo confided he is doing this test because his divorce hearing is on 14 April and his lawyer wants proof before maintenance is decided.
        ancestry_portal export: user_id=88213, name=Samantha Lee, dob=1993-05-02, email=sam.lee.93@hotmail.com, haplogroup=D4, opt_in_research=no
        Consent form HT-CF-07 signed by Rajesh Kumar s/o Maniam, NRIC S7712093I, of Blk 88 Bedok North Ave 4 #05-12, mobile 8455 0917, relationship: alleged father.
        Pregnant 10 weeks, two possible fathers. I'm Jess (Jessica Yap), the appointment is under my sister's name so please keep my file private.
        Invoice INV-HT-26-01944 bill to: Mr Tan Boon Huat, 16 Lorong Chuan #03-02, Singapore 556742; paid by Visa card ending 4417.
        Chargeback filed by cardholder Low Mei Fong on 2 Mar for the S$1,890 NIPP test; she claims she never received her results, ticket CB-2026-118.
        Hi, I'm Arjun Nair, our baby was born on 5 Jan at KKH; my in-laws are pressuring me to test because the baby looks too fair. Can we do it without my wife knowing?
        Collection log: 09:15 Azlan bin Hashim (MyKad 880412-14-5531) buccal x4, 09:18 child Aisyah (MyKad 150921-10-0244) buccal x4, witness collector CT-03.
        Note to counsellor: client Wong Kah Wai has Duchenne in the family (nephew died aged 19), very anxious about her carrier result, prefers an evening call.
        Car plate SJR 4721K belongs to the alleged father in case PT-26-03150; he stayed in our client lot 3 hours and refused to move it after collection.
        Balance owing: Mr Chandran Pillai still owes S$380 for the legal test from Nov; he says he lost his job at the shipyard and asked to pay S$50 a month.
    """),
    "mixed": _lines("""
        Ah Boy's dad (Lim Chee Keong) say he want the DNA test la, but he still owe us RM1,200 from last time, can collect cash first anot?
        陈先生 call again lah, he want the result letter faster because his wife 要离婚, his hp 012-338 7452, pls call back before 5pm.
        Kak Ros (Rosnah binti Othman) nak buat ujian paterniti untuk cucu dia, phone 013-667 2190, dia cakap anak lelaki dia baru keluar penjara.
        林太 from Bukit Timah WhatsApp +65 9012 4478 asking whether can test her husband's toothbrush secretly, she thinks he got another family in JB.
        Customer Siti Aminah binti Yusof, MyKad 900315-10-5286, minta refund RM459 ke Maybank 1140 2233 8871, kit AA-HK-0002218 tak pernah dibuka.
        阿明 the Grab driver who took the kit, plate WXY 8823, say he dropped at guard house but our CCTV no show, his number 016-992 3105.
        Mr Tan Ah Kow 的报告 PT-26-03201 confirm NOT excluded, but his wife Mdm Ng 说 she will sue the clinic, very emotional, please escalate to manager.
        Uncle Muthu (Muthusamy a/l Karuppiah) ask whether his carrier test can claim from his Great Eastern policy, policy no. 0081-553-7741.
    """),
    "ms": _lines("""
        Puan Farah Nadia binti Zulkifli, No. K/P 870523-08-6142, beralamat di No. 14, Jalan Mawar 3, Taman Sri Gombak, 68100 Batu Caves, Selangor.
        Encik Hairul Anuar mengaku dia bukan bapa kandung bayi tersebut dan enggan membayar nafkah; isterinya sedang hamil tujuh bulan.
        Sila hubungi Cik Nabila di 019-884 3371 untuk temu janji pengambilan sampel ujian paterniti di rumahnya di Seksyen 7, Shah Alam.
        Keputusan saringan pembawa: Encik Faizal bin Mohd Noor adalah pembawa talasemia alfa (--SEA); isterinya Puan Zarina juga pembawa, risiko anak 25%.
        Bayaran balik RM850 kepada akaun CIMB 7012 4438 29 atas nama Norazlina binti Ismail, rujukan RF-MY-26-0093, sila proses sebelum Jumaat.
        Pelanggan bernama Kumaresan a/l Rajoo menghantar emel dari kumaresan.rajoo77@yahoo.com mengadu keputusan ujian adik-beradik lewat tiga minggu.
        Borang persetujuan: nama penuh Mohd Shafiq bin Abdullah, tarikh lahir 02/11/1995, no. telefon 017-225 6081, hubungan: bapa yang didakwa.
        Pak Long kepada kanak-kanak itu, Encik Jamaluddin Harun, telah ditahan polis minggu lalu; peguam minta ujian DNA untuk kes hak penjagaan.
    """),
    "zh-Hans": _lines("""
        受检人：黄志伟，身份证号440304198807124515，联系电话13824517736，检测项目：司法亲子鉴定，案件编号PT-26-03177。
        刘女士说孩子父亲不肯配合采样，她老公在新加坡做工欠了一身赌债，她想先做无创产前鉴定再决定要不要这个孩子。
        邮寄地址：福建省厦门市思明区莲前西路188号5栋1203室，收件人郑晓燕，电话15980236617，请用顺丰寄送报告正本。
        张伟明先生的携带者筛查结果：SMN1基因仅1个拷贝，为脊髓性肌萎缩症携带者，其妻子目前怀孕第12周，已转介遗传咨询。
        客户王丽华（邮箱 wanglihua_2019@163.com）投诉报告中孩子名字写错，要求重新出具报告并赔偿误工费。
        祖源报告用户：周俊杰，出生日期1979-09-15，身份证110105197909152837，父系单倍群O-M122，已同意研究用途。
        阿强说他跟前妻离婚三年了，现在怀疑大儿子不是亲生的，想偷偷用孩子的牙刷做检测，他微信号是aqiang_jb88。
    """),
    "zh-Hant": _lines("""
        申請人陳嘉欣小姐，香港身份證號碼 K482197(1)，住址：新界沙田禾輋邨豐和樓1815室，聯絡電話 6123 9874。
        何生話佢太太生咗個BB之後佢一直懷疑唔係自己嘅，想做親子鑑定，但又唔想俾屋企人知，佢手機 9456 2210。
        台灣客戶林佳蓉，身分證字號A227819346，地址台北市大安區和平東路二段96巷7號3樓，電話0912-345-678。
        澳門客人梁志豪先生確診地中海貧血重型，太太懷孕16週，要求加急做胎兒攜帶者檢測，帳戶尚欠MOP 3,200未付。
        退款申請：客戶吳美玲，轉數快登記電話 +852 5378 1106，退款金額 HK$2,380，原因：採樣預約被取消兩次。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the customer assistant for HelixTrue Diagnostics, a DNA testing company in Singapore. Be polite, do not give legal advice.",
        ),
        (
            "user",
            "Hi, I'm Eric Chua, NRIC S9051376A. I did the peace-of-mind paternity test, case PT-26-03088. Can I use the result in my divorce case?",
        ),
        (
            "assistant",
            "Hi Mr Chua, thanks for reaching out. A peace-of-mind result is usually not accepted in court because the samples were not collected under chain of custody. You would need a legal paternity test done at our clinic, with ID checks for everyone tested. Please check with your lawyer on what the court requires.",
        ),
        (
            "user",
            "Ok. Can you book me for Saturday morning? My ex-wife will bring our son Ethan, he's 6.",
        ),
        (
            "assistant",
            "I can't make bookings directly, but you can book a legal test slot on our portal or call the clinic hotline at 6813 4470. Please bring your NRIC, and your ex-wife should bring her ID and Ethan's birth certificate.",
        ),
    ],
    [
        (
            "user",
            "Saya nak minta refund untuk kit AncestriAsia, belum buka lagi. Nama saya Nor Aishah binti Ramli, MyKad 920704-14-6628.",
        ),
        (
            "assistant",
            "Baik, Puan Nor Aishah. Kit yang belum dibuka boleh dipulangkan dalam tempoh 14 hari dari tarikh terima. Boleh berikan nombor pesanan dan cara pembayaran asal?",
        ),
        (
            "user",
            "Order AA-ORD-26-11873, bayar guna FPX. Akaun Bank Islam saya 1201 4020 0583 31, tolong masukkan ke situ.",
        ),
        (
            "assistant",
            "Terima kasih. Saya sarankan puan hantar butiran ini melalui borang refund rasmi di portal atau e-mel bantuan@genkinlabs.com.my, bukan dalam chat ini, supaya nombor akaun puan lebih selamat. Caj pentadbiran RM30 mungkin ditolak.",
        ),
    ],
    [
        ("system", "你是一家新加坡基因检测公司的中文客服助手。"),
        (
            "user",
            "我叫许美玲，上个月和老公一起做了携带者筛查。结果说我们两个都是β地中海贫血携带者，我现在怀孕十周，很担心。",
        ),
        (
            "assistant",
            "许女士，理解您的担心。夫妻双方都是同一种地中海贫血的携带者时，每次怀孕孩子患重型地贫的几率是25%。建议尽快联系您的产科医生，讨论绒毛取样或羊膜穿刺等产前诊断。",
        ),
        (
            "user",
            "可以请遗传咨询师打给我吗？我的电话是+65 9338 1627，白天老公在家不方便，晚上八点后打。",
        ),
        (
            "assistant",
            "好的，我会把您的请求转给遗传咨询团队，备注晚上八点后联系。也建议您在客户门户里预约咨询时段。",
        ),
    ],
    [
        (
            "user",
            "你好，我係香港人，身份證 Y305518(1)，叫張志明。我想同個女做法律用途嘅親子鑑定，因為前妻要我俾贍養費。",
        ),
        (
            "assistant",
            "張先生你好。法律用途嘅鑑定需要喺中心由採樣員核實身份證明文件後採樣，同時要小朋友嘅監護人簽署同意書。請問小朋友而家同邊位住？",
        ),
        ("user", "佢同媽媽住喺將軍澳，佢媽媽唔肯合作。我可唔可以偷偷攞佢嘅牙刷？"),
        (
            "assistant",
            "偷偷攞嘅樣本只可以做個人知情用途，法庭一般唔會接受，亦可能有法律同私隱問題。建議你先諮詢律師，睇下可唔可以向法院申請指示進行檢測。",
        ),
    ],
    [
        (
            "user",
            "Hello ah, I'm Michelle Tay, 9 weeks pregnant now. Got two possible dads, can do the prenatal paternity test already or not?",
        ),
        (
            "assistant",
            "Hi Michelle. The non-invasive prenatal paternity test can usually be done from 8 weeks of pregnancy. It needs a blood sample from you and a cheek swab from each possible father. Each possible father is a separate comparison, so ask the clinic about pricing for two.",
        ),
        (
            "user",
            "One of them is my boss leh, Mr Kelvin Seah, he dunno anything yet. Can I just pass you his cup he drank from?",
        ),
        (
            "assistant",
            "For a prenatal test the lab normally needs a proper cheek swab from the alleged father. Testing someone's DNA without their consent can also raise legal and ethical issues in Singapore. You may want to speak to a counsellor first. Would you like the numbers for support services?",
        ),
    ],
    [
        (
            "system",
            "Draft results letters for HelixTrue Diagnostics. Current case: PT-26-03121, legal paternity. Client: Mr Benjamin Koh Jun Hao, NRIC T0318745J, 21 Sunset Way #02-07, Singapore 597071, email ben.koh.jh@gmail.com. Child: Koh Xin Yi. Result: NOT EXCLUDED, probability 99.99999%.",
        ),
        ("user", "Please write the cover letter for this case, formal tone, max 120 words."),
        (
            "assistant",
            "Dear Mr Benjamin Koh Jun Hao, Re: Legal Paternity Test, Case PT-26-03121 We are pleased to inform you that testing of the samples collected under chain of custody has been completed. Based on the 24 genetic markers analysed, you are NOT EXCLUDED as the biological father of Koh Xin Yi, with a probability of paternity of 99.99999%. The full report is attached and has been signed by the laboratory director. Certified copies can be requested from our customer service team. Yours sincerely, HelixTrue Diagnostics",
        ),
        (
            "user",
            "Good. Also add a line that the report was sent to his email and a hard copy will be posted.",
        ),
        (
            "assistant",
            "Added: A copy of this report has been sent to ben.koh.jh@gmail.com, and the original hard copy will be posted to 21 Sunset Way #02-07, Singapore 597071 within 3 working days.",
        ),
    ],
    [
        (
            "user",
            "Help me write a complaint to the DNA lab. My order HT-ORD-26-00915, I paid S$780 for a legal test on 2 Feb and still no result after 4 weeks. My name is Farid Iskandar, phone 8271 5530.",
        ),
        (
            "assistant",
            "Here's a draft: Subject: Delayed result for legal paternity test, order HT-ORD-26-00915 Dear HelixTrue Customer Care, I paid S$780 for a legal paternity test, with samples collected on 2 Feb 2026. Your website says results take 5 working days, but after 4 weeks I have not received my report or any update. Please tell me the status of my case and when I will get the result, or offer a full refund. Regards, Farid Iskandar 8271 5530",
        ),
        (
            "user",
            "Can you make it stronger? Say that I need it for my custody hearing on 20 March.",
        ),
        (
            "assistant",
            "Sure, add this after the first paragraph: This is urgent because the report is needed for my custody hearing on 20 March 2026. If I do not receive it, or a written explanation, by 10 March, I will escalate to the Consumers Association of Singapore (CASE).",
        ),
    ],
    [
        (
            "system",
            "Anda membantu staf makmal GenKin Labs meringkaskan borang rantaian jagaan (chain of custody).",
        ),
        (
            "user",
            "Ringkaskan: Kes GK-LEG-26-0042. Bapa didakwa: Lee Wai Kit, MyKad 850219-07-5123, alamat 12 Lorong Kenari 5, 11900 Bayan Lepas, Pulau Pinang. Ibu: Tan Mei Ling. Anak: Lee Jia Hui, 4 tahun. Sampel diambil 3/3/2026 jam 10:20 oleh pegawai CT-05, meterai utuh.",
        ),
        (
            "assistant",
            "Ringkasan kes GK-LEG-26-0042: Sampel bapa didakwa (Lee Wai Kit, MyKad 850219-07-5123), ibu (Tan Mei Ling) dan anak (Lee Jia Hui, 4 tahun) diambil pada 3 Mac 2026, 10:20 oleh pegawai CT-05. Meterai keselamatan utuh. Alamat surat-menyurat: 12 Lorong Kenari 5, 11900 Bayan Lepas, Pulau Pinang.",
        ),
        ("user", "Thanks. Ada apa-apa yang kurang dalam borang ni untuk kegunaan mahkamah?"),
        (
            "assistant",
            "Biasanya perlu dipastikan ada salinan dokumen pengenalan setiap orang, tandatangan persetujuan ibu bagi pihak anak, gambar setiap orang yang diuji dan tandatangan saksi. Sila semak sama ada semua ini dilampirkan.",
        ),
    ],
    [
        (
            "user",
            "我在台灣買了祖源基因套裝，帳號註冊用的是我的身分證字號F129045632，可以改掉嗎？我叫蔡宗翰。",
        ),
        (
            "assistant",
            "蔡先生您好。一般來說不建議用身分證字號當帳號名稱。您可以到帳戶設定更改使用者名稱，或聯絡客服協助更新。",
        ),
        ("user", "另外報告說我有7%的南島語族成分，我爸媽都說我們是福建來的，這是真的嗎？"),
        (
            "assistant",
            "祖源比例是統計估計，參考族群和演算法不同，結果會有差異。台灣不少家族有數百年歷史，部分平埔族或其他南島語族血緣也相當常見，7%並不罕見。",
        ),
    ],
    [
        (
            "system",
            "You are an assistant for a Singapore DNA lab handling immigration DNA tests for embassies.",
        ),
        (
            "user",
            "Hi, I'm Suresh Babu, working in Singapore on Employment Pass, FIN G5516238M. The Indian High Commission wants a DNA test to prove my son Aditya is mine before they issue his passport. He is in Chennai with my mother.",
        ),
        (
            "assistant",
            "Hello Mr Babu. For immigration cases the embassy usually nominates or approves the collection site. You can give your sample at the Singapore lab, and your son's sample would be collected in Chennai by an approved collector, then couriered under chain of custody. Please check the High Commission's letter for specific instructions.",
        ),
        (
            "user",
            "My mother's number is +91 98401 22367, can the Chennai collector call her directly to arrange?",
        ),
        (
            "assistant",
            "Yes, the lab can pass that contact to the approved collector once your case is opened. Please also have your son's birth certificate and passport photos ready for the collection.",
        ),
    ],
]
