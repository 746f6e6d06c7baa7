# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat126: chats with an assistant about one's own fertility treatment, pregnancy loss or adoption journey (clinic visits, costs, leave from work, family pressure). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat126
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "clinic_faq"): _lines("""
        Q: How long does one IVF cycle take? A: Roughly 4 to 6 weeks from the Day 2 baseline scan to embryo transfer; the beta-hCG blood test is done 9 to 11 days after transfer.
        Q: Can I use MediSave for assisted conception? A: Yes, up to S$6,000 for the first cycle, S$5,000 for the second and S$4,000 for each later cycle, with a lifetime cap of S$15,000.
        Q: Does the government co-fund IVF? A: Singapore citizen couples may receive co-funding at public ART centres; please check the latest rates at www.moh.gov.sg before your first consult.
        Q: Who do I call to reschedule? A: Call our appointment line 6394 1123 (Mon-Fri 8.30am-5.30pm, Sat 8.30am-12.30pm) or email fertility.appts@sunrisewomenclinic.com.sg with your booking reference only.
        Q: Is there an age limit for egg freezing? A: Since 2023, women aged 21 to 35 may freeze eggs for non-medical reasons, and the eggs may be used only within a legal marriage.
        Q: Where do I park? A: Visitor parking is at Basement 2 of Paragon, 290 Orchard Road, Singapore 238859; our Level 14 counter validates 2 hours of free parking.
        Q: How do I get a medical certificate for work? A: The MC for retrieval day is issued at checkout; for HR or insurance claims ask the cashier for the itemised tax invoice (format INV-2025-004871).
        Q: Is there leave for adoptive mothers? A: Working adoptive mothers may qualify for 12 weeks of Adoption Leave for Mothers if the child is a Singapore citizen below 12 months at formal intent to adopt.
        Q: What does the package price include? A: The S$12,800 package covers stimulation monitoring, egg retrieval under sedation, ICSI, day-5 culture and one fresh transfer; drugs are billed at cost.
        Q: Can my partner come into the retrieval room? A: Sorry, no. Partners wait in Lounge B on Level 3 and are called in once you are in recovery, usually 30 to 45 minutes later.
        Q: Who can I talk to after a miscarriage? A: Our counselling team is on 6394 1123 ext 3, and the pregnancy loss support circle meets on the first Saturday of each month at 10am in Seminar Room 2.
        Q: Are frozen embryos stored forever? A: Storage is renewed yearly at S$600; consent form AC-07 must be re-signed every 10 years or after any change in marital status.
        Q: Is the first IVF baby still alive? A: Yes. Louise Brown, born in Oldham in 1978 thanks to Patrick Steptoe and Robert Edwards, has spoken publicly about IVF many times.
    """),
    ("en", "config_and_code"): _lines("""
        APPOINTMENT_REMINDER_HOURS=48  # send SMS reminder 2 days before each scan; sender ID SUNRISE-IVF, opt-out keyword STOP
        stim_protocol: { name: 'antagonist_short', start_day: 2, antagonist_from_day: 6, trigger: 'hCG_10000IU', monitoring_scans: 4 }
        SELECT cycle_id, stage, embryo_grade FROM ivf_cycles WHERE clinic_code = 'SG-ORC-01' AND transfer_date >= '2025-01-01' ORDER BY transfer_date;
        2025-03-14T09:12:44+08:00 INFO scheduler slot_booked room=US-3 type=follicle_scan duration=15m ref=APT-25031402217 status=confirmed
        def next_scan_date(start: date, cycle_day: int) -> date: return start + timedelta(days=cycle_day - 1)  # day 1 = first day of period
        curl -X POST https://api.example-clinic.sg/v2/invoices -H 'Content-Type: application/json' -d @invoice_INV-2025-004871.json
        EMBRYO_GRADES = ['4AA', '4AB', '4BA', '4BB', '3AA', '3BB', '2BC']  # Gardner blastocyst grading, best first
        version: 3.8.2 | changelog: fixed MediSave claim rounding for cycles spanning two calendar years (ticket FERT-1182, merged 2025-02-27)
        FROM python:3.12-slim; ENV TZ=Asia/Singapore CLINIC_HOTLINE=+6563941123 LAB_FAX=+6563941199; EXPOSE 8080; CMD ['gunicorn', 'app:wsgi']
        test_user_email = 'patient@example.com'  # placeholder only; real addresses come from the EMR through the HL7 ADT feed
        cycle_ref,clinic_code,protocol,oocytes_retrieved,mii_count,fert_2pn,blast_d5,blast_d6,pgt_a_sent,transfer_type,beta_hcg_day14
        sha256(consent_form_v4.pdf) = 9f2c1e7a4b8d3f60c5e2a19b7d4f8c03e6a1b92d7f5c4e08a3b6d2f19c7e4a58
        retry_policy: max_attempts=5 backoff=exponential base_ms=250 queue=lab-results-ack region=ap-southeast-1 dlq=lab-results-dead
    """),
    ("zh-Hans", "价目表"): _lines("""
        【辅助生殖中心收费一览·2025版】夫精人工授精（IUI）单周期 2,800 元，含排卵监测 B 超 4 次，不含促排药物费用。
        体外受精-胚胎移植（IVF-ET）基础套餐 28,000 元起；卵胞浆内单精子显微注射（ICSI）另加收 5,500 元，按实际操作收取。
        胚胎冷冻：首年 3,000 元/年（含冻存 1–4 枚），续冻 2,000 元/年，逾期 6 个月未续费的，中心将以书面形式通知。
        胚胎植入前遗传学检测 PGT-A：每枚胚胎 3,500 元，6 枚以上按 3,000 元/枚计；检测周期约 15 个工作日，报告统一领取。
        北京市自 2023 年 3 月 26 日起将 16 项辅助生殖技术项目纳入医保甲类报销，外地参保人员请以当地医保目录为准。
        宫腔镜检查 1,680 元；子宫输卵管造影（HSG）860 元；精液常规分析 120 元；AMH 抗缪勒管激素检测 260 元。
        取卵麻醉费（静脉麻醉）1,200 元/次；日间病房观察床位费 80 元/日；急诊挂号费 50 元；病历复印 1 元/页。
        促排药物参考价：重组人促卵泡激素 75IU 约 290 元/支，醋酸西曲瑞克 0.25mg 约 480 元/支，以药房当日价格为准。
        缴费窗口：门诊楼一层 3 号、4 号窗口，支持医保卡、微信、支付宝；发票抬头可开单位名称，税号请提前准备好；电子发票将在缴费后 24 小时内推送至预留的医保账户。
        收费咨询电话 0731-8447 1000（工作日 8:00-17:30），医疗服务投诉请拨打 12320 卫生健康热线。
        专家门诊挂号费 50 元，特需门诊 300 元；卢光琇教授团队名医门诊号源每周二上午 9:00 在官方小程序放出，每人每周限挂 1 个号，爽约 3 次将暂停预约 90 天。
        套餐编号 PKG-IVF-2025-B：含 2 次移植机会，总价 46,800 元，可分三期付款，首期 40%，第二期于取卵当日缴清。
        本价目表依据省医疗保障局最新医疗服务价格文件制定，自 2025 年 1 月 1 日起执行，原 2023 版同时废止；如遇物价部门调整，以医院收费处公示价格为准。
    """),
    ("zh-Hans", "新闻"): _lines("""
        国家卫健委在新闻发布会上表示，目前全国各省份已陆续将部分辅助生殖技术项目纳入医保支付范围，减轻不孕夫妇负担，下一步还将规范辅助生殖机构的收费行为和广告宣传。
        1988 年 3 月 10 日，中国大陆首例试管婴儿在北京医科大学第三医院诞生，主持这一研究的是妇产科专家张丽珠教授，这一年也被视为我国辅助生殖技术发展的起点。
        英国生理学家罗伯特·爱德华兹因开创体外受精技术，获得 2010 年诺贝尔生理学或医学奖，被称为“试管婴儿之父”，他与斯特普托于 1978 年共同迎来了世界首例试管婴儿的诞生。
        全国两会期间，有人大代表建议探索放开单身女性冻卵试点，相关话题在微博阅读量超过 3 亿次，引发广泛讨论，也有专家提醒冻卵并不能保证日后一定成功怀孕。
        国务院办公厅印发《关于加快完善生育支持政策体系推动建设生育友好型社会的若干措施》，提出完善生育休假制度，并鼓励有条件的地区将适宜的辅助生殖技术项目纳入医保报销。
        据国家统计局数据，2024 年全国出生人口 954 万人，比上年增加 52 万人，这是出生人口七年来首次出现回升，不少分析人士认为与“龙年”生育意愿上升有关。
        中信湘雅生殖与遗传专科医院创始人卢光琇教授在接受采访时，回顾了上世纪八十年代湖南首例试管婴儿的培育过程，以及早年实验室设备极其简陋的创业经历。
        《中华人民共和国民法典》第一千零九十八条规定，收养人应当无子女或者只有一名子女，有抚养、教育和保护被收养人的能力，并且年满三十周岁。
        某知名女演员在综艺节目中首次公开谈及多年试管经历，称希望更多女性不再为不孕感到羞耻，节目播出后引发热议，相关词条一度登上热搜榜第一位。
        世界卫生组织 2023 年发布报告称，全球约六分之一的成年人在一生中会受到不孕症影响，呼吁各国提高不孕症诊疗的可及性，并将生育保健纳入全民健康覆盖的政策框架。
        多地医保局宣布将取卵术、胚胎移植术等辅助生殖项目纳入医保，业内人士认为此举将显著降低患者的自付比例，但也提醒公众警惕打着“医保可报”旗号的违规机构。
        民政部发布的统计公报显示，近年来全国收养登记数量总体呈下降趋势，国内公民收养占绝大多数，涉外收养已按照有关规定逐步收紧，仅保留少数特殊情形。
        国家统计局表示，年度出生人口数据将于每年 1 月中旬随国民经济运行情况新闻发布会一并对外公布，省级数据则通常在当年的统计公报中陆续发布。
    """),
    ("zh-Hant", "法規"): _lines("""
        香港《人類生殖科技條例》（第561章）規定，任何人除根據生殖科技管理局發出的牌照外，不得提供生殖科技程序，亦不得在未獲授權的情況下儲存或使用配子及胚胎作研究用途。
        根據第561章的規定，生殖科技程序只可向屬婚姻雙方的人士提供，並須在持牌中心內由合資格人員進行，提供程序前亦須向雙方詳細解釋及取得書面同意。
        生殖科技管理局負責發牌及制定《生殖科技及胚胎研究實務守則》，持牌中心名單可於管理局網站公開查閱，市民如有投訴可循管理局的正式程序提出。
        臺灣《人工生殖法》第 11 條規定，夫妻符合法定各款情形者，人工生殖機構始得為其實施人工生殖，包括經醫師診斷夫妻一方確有不孕情形，且妻能以其子宮孕育生產胎兒。
        依臺灣《人工生殖法》第 8 條，捐贈人之年齡限制為男性二十歲以上、未滿五十歲；女性二十歲以上、未滿四十歲，且經依規定之檢查及評估結果，適合捐贈者方得為之。
        衛生福利部國民健康署自 2021 年 7 月 1 日起擴大試管嬰兒補助，一般夫妻首次申請最高補助新臺幣 10 萬元，中低收入戶及低收入戶另有較高的補助額度。
        補助次數：妻年齡未滿 40 歲者，每胎最多補助 6 次；妻年齡 40 歲以上、未滿 45 歲者，每胎最多補助 3 次，申請須由合格人工生殖機構協助線上登錄。
        香港《領養條例》（第290章）規定，領養申請人一般須年滿二十五歲，並與被領養兒童相差至少二十一歲，申請前亦須接受社會福利署的領養家庭評估及面談。
        澳門《民法典》親屬法設有收養專章，收養申請須經社會工作局進行評估，並由初級法院作出宣告後方生效力，有意申請的家庭可先出席社工局舉辦的收養講座。
        臺灣《性別平等工作法》第 15 條規定，受僱者妊娠期間，雇主應給予產檢假七日，產檢假期間薪資照給；受僱者之配偶妊娠者，亦得請陪產檢及陪產假七日。
        《性別平等工作法》第 15 條另規定：妊娠二個月以上未滿三個月流產者，應使其停止工作，給予產假一星期；妊娠未滿二個月流產者，給予產假五日。
        臺灣《勞動基準法》第 50 條：女工分娩前後，應停止工作，給予產假八星期；妊娠三個月以上流產者，應停止工作，給予產假四星期。
        依《人工生殖法》規定，捐贈之生殖細胞經保存逾十年者應予銷毀，但經捐贈人書面同意延長保存者不在此限，受術夫妻之胚胎保存期限同樣以十年為原則。
    """),
    ("zh-Hant", "商戶評論"): _lines("""
        ★★★★☆ 尖沙咀那間生殖中心環境乾淨，候診區有獨立房間，但周六早上排隊要等一個半小時，附近停車場收費 $38/小時，建議搭港鐵到尖東站步行五分鐘。
        ★★★★★ 「陳記月子餐」外送準時，豬腳薑醋夠味，28 日套餐 $16,800，客服 WhatsApp 9123 4567 回覆很快，推薦。
        ★★☆☆☆ 台北這間不孕症診所掛號要排三週，櫃檯態度冷淡，試管療程報價新臺幣 18 萬起，藥費與冷凍費另計，官網寫的價錢跟現場報價差了快兩萬，讓人很傻眼。
        ★★★★★ 宜蘭「阿嬤的手」產後護理之家，房間有山景，嬰兒室 24 小時護理，統一編號 24567813，可開三聯式發票。
        ★★★☆☆ 澳門仁伯爵綜合醫院婦產科門診人多，要預早取籌，但收費合理，護士講解驗血流程很清楚，只是停車位太少，建議坐巴士或者的士前往。
        ★★★★☆ Mother's Choice 的領養講座很實用，講者把申請流程、輪候時間和家庭評估報告都解釋清楚，值得報名。
        ★★★★★ 「王太太中醫館」調經助孕湯一帖 $180，位於旺角彌敦道 700 號 8 樓，預約電話 2388 1020，星期日休息。
        ★☆☆☆☆ 這間驗孕試紙網店出貨好慢，訂單編號 TW2025081500342 等了十天才到，客服電郵 service@babyhope.com.tw 也不回。
        ★★★★☆ 灣仔律敦治醫院附近的化驗所，AMH 抽血 $650，報告兩個工作天出，可以用電郵寄送，職員好有耐性，不過星期六只開到中午一點，要早啲去。
        ★★★★★ 台中「好孕來」中醫診所，排卵期針灸每次新臺幣 800 元，預約專線 04-2326-5588，週日公休，環境舒服。
        ★★★☆☆ 這間送子觀音廟香火很旺，來求子的人很多，廟方提供免費停車場，但週末人潮實在太擠，建議平日來，廟旁邊的素食麵店也很好吃，一碗只要新臺幣 90 元。
        ★★★★☆ 銅鑼灣「Baby Lam's 嬰兒用品」貨品齊全，日本葉酸 $268 一盒，門市在軒尼詩道 500 號希慎廣場 10 樓。
        ★★☆☆☆ 醫院停車場收費太貴，3 小時要 $120，建議搭港鐵到沙田站再轉乘接駁巴士，週末班次比較少，覆診那天等了差不多半個鐘，希望院方可以加密班次。
    """),
    ("ms", "notis"): _lines("""
        NOTIS: Klinik Kesuburan LPPKN Kuala Lumpur ditutup pada 31 Ogos sempena Hari Kebangsaan. Temu janji akan dijadualkan semula melalui SMS.
        Yuran rawatan IUI di klinik kesuburan kerajaan bermula RM500 bagi warganegara; rawatan IVF tertakluk kepada pakej dan penilaian doktor pakar.
        Mulai 1 Januari 2023, cuti bersalin pekerja di bawah Akta Kerja 1955 dilanjutkan daripada 60 hari kepada 98 hari berturut-turut.
        Pekerja lelaki yang layak di bawah Akta Kerja 1955 berhak mendapat cuti paterniti 7 hari berturut-turut bagi setiap kelahiran, maksimum 5 kelahiran.
        Permohonan pengangkatan anak boleh dibuat di Pejabat Kebajikan Masyarakat Daerah; sila bawa salinan kad pengenalan suami isteri dan sijil nikah.
        Talian Kasih 15999 beroperasi 24 jam untuk sokongan emosi, termasuk bagi pasangan yang mengalami keguguran atau kelahiran mati.
        Waktu operasi kaunter bayaran: Isnin hingga Jumaat 8.00 pagi - 5.00 petang; rehat Jumaat 12.15 - 2.45 petang. Sabtu dan cuti umum tutup.
        Sila hadir 15 minit lebih awal untuk imbasan ultrabunyi transvaginal; tidak perlu berpuasa kecuali untuk prosedur pengambilan telur (OPU).
        Sunway Medical Centre, No. 5, Jalan Lagoon Selatan, Bandar Sunway, 47500 Subang Jaya, Selangor. Talian utama 03-7491 9191, minta sambungan ke Pusat Kesuburan.
        Pelepasan cukai perbelanjaan perubatan sehingga RM10,000 termasuk rawatan kesuburan bagi diri sendiri atau pasangan; simpan resit asal selama 7 tahun.
        Embrio beku disimpan dengan bayaran RM1,200 setahun; notis pembaharuan dihantar 30 hari sebelum tarikh tamat melalui e-mel klinik@kesuburanharapan.com.my.
        PERINGATAN: Jangan kongsi gambar imbasan yang memaparkan nombor rekod perubatan atau nama pesakit di media sosial atau kumpulan WhatsApp.
        Kaunseling kesuburan LPPKN dibuka kepada orang awam; yuran RM50 bagi setiap pasangan, daftar di kaunter Aras 2 atau melalui portal rasmi LPPKN.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning team, lab update: 7 oocytes retrieved for case C-0412, ICSI done 11:40, fert check tmr 9am, 请大家留意 incubator 3 的温度.
        Reception 这边提醒：今日 2pm-4pm 系统 maintenance, booking portal down, 先用 paper form 登记 walk-in cases.
        Nurse station: stock Cetrotide 0.25mg tinggal 6 box je, dah order from supplier, PO-2025-1187, ETA Friday pagi.
        Ok noted. Room US-2 probe cover habis, tolong ambil dari store B2 before 10am session start, thanks semua.
        各位，MOH 新的 ART guideline effective 1 Jan, SOP 第 4.2 条要 update, draft 已放在 shared drive /QA/SOP-ART-v5.
        Embryology: D5 blast grading done for today's 3 cases, time-lapse photos uploaded to server, batch ID ES-20250318-03.
        Finance reminder: invoice INV-SG-25-00931 to insurer still pending since 3 Mar, 麻烦 admin 跟进 by EOD today.
        Cleaner schedule change: OT 2 deep clean Sat 6pm, jangan book any OPU after 3pm Sat ya, nanti clash.
        Pharmacy: 本周 Gonal-f 75IU 到货 40 支，请前台通知有预约的 cases 来拿药 (refer list in system, don't print).
        Reminder CME talk Thurs 12.30pm, topic 'Recurrent pregnancy loss workup', lunch provided, venue Seminar Rm 2, Level 3.
        IT: VPN cert expires 2025-06-30, pls renew via helpdesk portal ticket type ACCESS-RENEW or call IT hotline ext 4400.
        Tomorrow OPU list ada 4 cases, first case 8:15, anaesthetist confirmed, 记得提前 check 所有 consent forms signed.
        Liquid nitrogen top-up done 16:20, tank LN-04 level 78%, next top-up Monday. Log sheet signed by duty embryologist.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi, I'm Rachel Teo, 36, and after my second miscarriage in March my gynae at KKH said I should get tested for antiphospholipid syndrome.
        Please update the record: patient Tan Mei Ling, NRIC S8234567A, IVF cycle 3 cancelled due to poor response, AMH 0.4 ng/mL, next review in 8 weeks.
        My husband Jeremy Lim keeps telling his mum we're not trying yet, but we've done 4 IUIs since 2023 and his semen analysis showed very low motility.
        Contact for adoption home study: Mrs Priya Nair, mobile +65 9123 8876, email priya.nair82@gmail.com, Blk 412 Bedok North Ave 2 #07-118, Singapore 460412.
        Payment failed for Visa ending 4417, cardholder Kelvin Ong Wei Jie, amount S$8,420.00 for egg retrieval on 12 May; please call him to retry.
        I moved the IVF fund into DBS savings 027-884512-3 under Amanda Chua's name so my in-laws can't see it in our joint account.
        Can you help me write to my manager Harris Goh? I'm Natalie Soh and I need 3 days off for a D&C after a missed miscarriage at 9 weeks.
        If the clinic calls back, they should ring me on 8734 2291, not the office line, because my in-laws don't know about the transfer.
        Donor sperm match form: recipient Grace Lee Hui Min, DOB 14/02/1988, blood group O+, husband Daniel Lee Wen Kai, consent signed 03/06/2025.
        Wei Xiang and I adopted our daughter last year through a private agency; her birth mother Nadia was only 17 and still messages us from Johor Bahru.
        2025-04-02,SG-ORC-01,C-0588,Lim Shu Fen,S8812345Z,+6591827364,IVF-ICSI,oocytes=11,blast=4,beta_hcg=positive
        2025-05-19 10:22:08 INFO sms.sent to=+6597651203 body='Dear Ms Ho Jia Wen, your frozen embryo transfer is confirmed for 21 May 9.30am'
    """),
    "zh-Hans": _lines("""
        我叫李婷，今年 34 岁，做了两次试管都没着床，婆婆天天催生，老公王斌却一直不肯去医院查精子。
        患者信息：周晓燕，女，身份证号 43010419900312452X，诊断：多囊卵巢综合征，拟行 IVF-ET，首次促排定于 4 月 3 日。
        请帮我把钱转到这个账户：中国工商银行 6222 0212 3456 7890 123，户名张桂芳，是我妈借给我做试管的 5 万块。
        阿明说他妈知道我流产以后，在家族群里说是我自己不小心，还说要带我去看中医调理，我真的受不了了。
        陈先生您好，您爱人的取卵手术已安排在 6 月 12 日上午 8:30，请提前空腹，我们会打您登记的手机 139 2875 6410 通知。
        收养登记申请表：收养人 刘建国（男，1981 年生），配偶 孙丽（女，1983 年生），住址 成都市武侯区玉林南路 18 号 3 栋 2 单元 502 室。
        我老公赵磊的精液报告上写着前向运动精子 8%、畸形率 98%，医生说要做 ICSI，他不想让公司 HR 知道，只想请 3 天假。
        快递单：收件人 何静 电话 186 0755 3321 地址 深圳市南山区桃园路 2 号星河苑 5 栋 1203 室，内件：验孕棒、排卵试纸。
        2025-03-08 14:02:11 WARN payment.refund user_id=88412 name=郭蕾 phone=135****2210 amount=12800 reason=周期取消
        王阿姨跟我说她女儿小芸在长沙做了三次移植才成功，前后花了差不多 20 万，到现在还欠着亲戚一笔钱。
    """),
    "zh-Hant": _lines("""
        我係黃嘉欣，HKID K482913(1)，喺私家診所做咗兩次 IVF 都唔成功，想問醫管局嘅輔助生育服務要輪候幾耐？
        林太話佢上個月第三次流產，依家連返工都冇心機，老闆仲成日問佢幾時放完病假，佢老公又唔肯陪佢睇醫生。
        收據抬頭請寫：陳志偉先生，地址 九龍何文田忠孝街 66 號 1 座 12 樓 C 室，項目：胚胎冷凍保存一年 HK$6,000。
        申請人：蔡宜君，身分證字號 B219304766，妻年齡 38 歲，本次為第 2 次試管補助申請，診斷：雙側輸卵管阻塞。
        老公阿傑的媽媽每次過年都問我們什麼時候生，她不知道我去年 11 月才在台大醫院開刀處理子宮外孕。
        郵局帳號 0001234-0567890 戶名鄭雅婷，這是我們專門存試管費的帳戶，麻煩幫我算一下還差多少才夠第三次植入。
        我叫梁詠詩，澳門居民身份證 5213478(3)，想了解仁伯爵醫院人工受孕門診要輪候多久，我今年已經 39 歲。
        我老公許文彬每次產檢都開那台車牌 BKX-2291 的車載我去，最近胚胎染色體報告異常，他整個人很低落。
        領養面談紀錄：申請人何志明（47 歲）及周淑芬（45 歲），曾接受 6 次 IVF 均失敗，現居沙田穗禾苑 B 座 1508 室。
        我個人手機 6218 3390，醫院有咩消息就直接 WhatsApp 我，唔好打屋企電話，我未同家人講流產嘅事。
    """),
    "ms": _lines("""
        Nama saya Nurul Aina binti Zakaria, 33 tahun, baru keguguran kali kedua minggu lepas dan doktor di HKL suruh buat ujian darah lupus anticoagulant.
        Suami saya, Faizal bin Ismail, ada masalah kiraan sperma rendah; mak mentua pula asyik tanya bila nak dapat cucu setiap kali balik kampung.
        No. MyKad: 880412-14-5568, nama Siti Hajar binti Ahmad, permohonan rawatan IUI di Klinik Kesuburan LPPKN, tarikh temu janji 2 Jun 2025.
        Tolong semak baki pinjaman peribadi RM35,000 atas nama Kavitha a/p Raman, akaun Maybank 1140 2233 8765, saya pinjam untuk IVF tahun lepas.
        Alamat untuk lawatan rumah JKM: No. 27, Jalan Mawar 3/2, Taman Sri Muda, 40400 Shah Alam — pemohon Encik Rosli Hamzah dan Puan Zaleha Osman.
        Kak Ros kat ofis dah tahu saya buat IVF sebab saya minta cuti tiga hari berturut-turut untuk OPU, sekarang satu department dah tahu.
        Boleh hubungi saya di 012-738 4410 selepas 6 petang sahaja, suami belum tahu saya pergi klinik kesuburan hari ini.
        Rekod: Lee Chee Keong, IC 790923-07-5123, sperma beku 3 straw disimpan sejak 2021, bayaran simpanan tertunggak RM2,400.
        Puan Hamidah Yusof dari Kuantan, 41 tahun, menghidap endometriosis tahap 4 dan sudah tiga kali gagal IVF, kini sedang pertimbangkan anak angkat.
        E-mel saya aina.zakaria91@yahoo.com, tolong hantar resit rawatan ke situ untuk tuntutan pelepasan cukai LHDN atas nama saya.
    """),
    "mixed": _lines("""
        Doctor cakap my AMH only 0.6, 我 36 岁了, dia kata better buat IVF terus. Nama I Chong Mei Yee, IC 890315-10-5642, boleh check harga tak?
        My 婆婆 keeps asking 什么时候生 during CNY, she doesn't know Kevin and I already lost twins at 14 weeks last October.
        Pls transfer deposit RM5k to akaun CIMB 7012 3344 5566 (Tan Boon Hock), 这是我哥借给我们的 IVF 钱, bulan depan bayar balik.
        HR form: employee Siew Li Ting, staff ID E20931, leave type 无薪假 14 days, reason: IVF egg retrieval + OHSS recovery, approved by line manager.
        Eh Ah Boy, your wife's beta hCG came back 12 only, 医生说可能是 chemical pregnancy, jangan bagitahu mak dulu ok.
        Adoption agency pls call back: 郑先生 016-552 8830, we're interested in the baby from Sabah, boleh buat home visit hari Sabtu.
        Patient: Jessica Wong, HKID Y265830(3), 2nd trimester loss at 20 wks, 需要 counselling referral, contact 9482 6615 (WhatsApp).
        FIN G5283146L, Maria Santos, domestic helper, 6 weeks pregnant, her employer wants to send her home, can the clinic give a letter?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a warm, factual assistant for patients of a Singapore fertility clinic. Never give a diagnosis; suggest speaking to the doctor when unsure.",
        ),
        (
            "user",
            "Hi, I'm Michelle Koh, NRIC S8506721D. My second IVF cycle failed last week. How much more MediSave can I still use for a third cycle?",
        ),
        (
            "assistant",
            "I'm really sorry about this cycle, Michelle. MediSave limits are S$6,000 for the first cycle, S$5,000 for the second and S$4,000 for later cycles, up to S$15,000 in total. The clinic's billing team can check your exact balance.",
        ),
        (
            "user",
            "My husband Desmond says we should stop and save for a flat instead. I'm 38. Is it normal to feel this torn?",
        ),
        (
            "assistant",
            "Yes, many couples feel exactly this after a failed cycle. It may help to book a joint session with the clinic counsellor so you and Desmond can talk through both the money and the time pressure together.",
        ),
    ],
    [
        (
            "user",
            "我叫孙佳怡，今年 35 岁，在杭州做了三次移植都失败了。婆婆每次打电话都问怎么还没怀上，我老公也不帮我说话，我好累。",
        ),
        (
            "assistant",
            "佳怡，听到你经历了三次移植失败，真的很辛苦。反复种植失败（RIF）可以考虑做宫腔镜、免疫和凝血相关检查，也可以和医生讨论是否做 PGT-A。家人的压力方面，你愿意说说最让你难受的是哪一部分吗？",
        ),
        (
            "user",
            "主要是钱。三次已经花了 18 万，信用卡还欠 4 万多。医院说我下次可以打 138 5712 0946 这个号码约复诊，这是我自己的手机，你能帮我列一下下一步要准备什么吗？",
        ),
        (
            "assistant",
            "可以。建议准备：1）前三次的移植记录和胚胎评级；2）最近三个月的激素六项和 AMH；3）宫腔镜报告（如有）；4）预算表，把信用卡欠款和下一周期费用分开列。复诊时可以直接问医生是否有医保可报销的项目。",
        ),
    ],
    [
        ("system", "你是一個以粵語書面語回應的健康資訊助理，語氣溫和，不作診斷。"),
        (
            "user",
            "我係何穎欣，HKID R731046(2)，上星期喺伊利沙伯醫院做完小產手術，公司 HR 話要醫生紙先俾病假，我應該點同老闆講？",
        ),
        (
            "assistant",
            "穎欣，首先好遺憾你經歷咗呢件事。你只需要交醫生紙，唔需要向老闆交代詳細原因。可以簡單講「因醫療程序需要休息，已附上醫生證明」就得。",
        ),
        ("user", "但係我老公阿豪嘅屋企人成日話我太遲生仔，仲話係因為我做嘢太攰。"),
        (
            "assistant",
            "早期流產大部分同胚胎染色體有關，唔係因為工作或者你做錯咗咩。如果家人嘅說話令你好難受，可以考慮同阿豪一齊見醫院嘅輔導員，或者打撒瑪利亞防止自殺會 2389 2222 傾吓。",
        ),
    ],
    [
        (
            "user",
            "Assalamualaikum. Saya Farah binti Mohd Noor, 37 tahun, dah 10 tahun kahwin tapi tak ada anak. Kami nak mohon anak angkat melalui JKM. Apa dokumen yang perlu?",
        ),
        (
            "assistant",
            "Waalaikumussalam Puan Farah. Biasanya anda perlu borang permohonan, salinan MyKad suami isteri, sijil nikah, penyata gaji dan laporan kesihatan. Pegawai JKM juga akan membuat lawatan ke rumah.",
        ),
        (
            "user",
            "Rumah kami di No. 14, Lorong Damai 7, Taman Desa Jaya, 08000 Sungai Petani, Kedah. Suami saya Azman bin Yusuf kerja shift, boleh ke lawatan dibuat hujung minggu?",
        ),
        (
            "assistant",
            "Boleh tanya terus kepada Pejabat Kebajikan Masyarakat Daerah Kuala Muda. Ada pegawai yang boleh aturkan masa yang sesuai, tetapi lawatan hujung minggu bergantung pada budi bicara pejabat tersebut.",
        ),
    ],
    [
        (
            "user",
            "Hi, I'm thinking of egg freezing lah. I'm 34, working in Raffles Place, budget around 15k. Got any 推荐 clinic?",
        ),
        (
            "assistant",
            "Since 2023 women aged 21 to 35 in Singapore can freeze eggs for non-medical reasons. A cycle usually costs S$10,000 to S$17,000 including drugs, plus yearly storage. Public hospitals like KKH and NUH have ART centres, and there are licensed private clinics too.",
        ),
        (
            "user",
            "Ok. My name Cheryl Tay, I already saved in my OCBC 360 account 601-345678-001, 够不够 for one cycle plus 5 years storage?",
        ),
        (
            "assistant",
            "Cheryl, if the cycle is about S$13,000 and storage about S$600 a year, 5 years would total around S$16,000, so you may need a bit more buffer. Ask the clinic for a written quote so you can compare.",
        ),
    ],
    [
        (
            "user",
            "我是吳佩珊，身分證 F128475636，今年 41 歲，想申請國健署的試管嬰兒補助第二次，還能補助幾次？",
        ),
        (
            "assistant",
            "依國健署規定，妻年齡 40 歲以上、未滿 45 歲者，每胎最多補助 3 次。第二次以後的補助上限與首次不同，建議向您就診的人工生殖機構確認金額。",
        ),
        ("user", "好，另外我先生陳冠宇在科技業上班，他請陪同產檢假公司一直刁難，這合法嗎？"),
        (
            "assistant",
            "依《性別平等工作法》，受僱者的配偶妊娠時，可請陪產檢及陪產假，雇主不得拒絕或作不利處分。若公司刁難，可以向當地勞工局申訴，申訴時請保留請假紀錄。",
        ),
        ("user", "謝謝，我會叫冠宇先存證。"),
    ],
    [
        (
            "system",
            "You are an assistant for a patient-support app used in Malaysia. Reply in English unless the user writes in another language.",
        ),
        (
            "user",
            "Hi, my name is Kavya Subramaniam, MyKad 900718-08-6234, from Ipoh. My doctor says I have low AMH and recommends IVF. Roughly how much in KL?",
        ),
        (
            "assistant",
            "Private IVF in the Klang Valley commonly ranges from about RM15,000 to RM25,000 per cycle, with medication sometimes extra. Government options such as LPPKN or selected hospitals may cost less but have waiting lists.",
        ),
        (
            "user",
            "My husband Arvind wants to take a loan from his brother but I feel bad. And my boss only gives 2 days leave.",
        ),
        (
            "assistant",
            "That's a lot to carry, Kavya. You could ask your clinic for a timeline so you can plan leave around monitoring scans and egg retrieval. It may also help to agree repayment terms with Arvind's brother in writing so nobody feels awkward later.",
        ),
    ],
    [
        ("user", "我和爱人想收养一个孩子，我们都 42 岁，结婚 15 年没有孩子，需要满足什么条件？"),
        (
            "assistant",
            "根据《民法典》第一千零九十八条，收养人应当无子女或只有一名子女、有抚养教育能力、未患有医学上认为不应当收养子女的疾病、无不利于被收养人成长的违法犯罪记录，并年满三十周岁。",
        ),
        (
            "user",
            "那我把资料先发你看看：收养人 马志强，身份证 110105198602146728，配偶 杨慧，住北京市朝阳区望京西园三区 312 号楼 1806。可以帮我写一份申请书开头吗？",
        ),
        (
            "assistant",
            "可以，下面是一个开头示例：“民政局：申请人马志强、杨慧系夫妻，现住北京市朝阳区望京西园三区 312 号楼 1806，结婚十五年未生育子女，现自愿申请收养……”之后可补充收入证明、健康证明和无犯罪记录证明。",
        ),
    ],
    [
        (
            "system",
            "Patient profile (CRM): name=Olivia Chan Hui Ying; mobile=+65 9388 1726; cycle=FET-2; notes=two early losses in 2024, anxious about bleeding, prefers email olivia.chy@outlook.com.",
        ),
        ("user", "I had some spotting this morning, 5 days after my frozen transfer. Is it over?"),
        (
            "assistant",
            "Spotting around this time can be implantation bleeding and does not mean the cycle has failed. Please keep taking your progesterone as prescribed and call the clinic if the bleeding becomes heavy or you have severe pain.",
        ),
        ("user", "Ok thanks. Can you remind me what day my blood test is?"),
        (
            "assistant",
            "Your beta-hCG test is usually 9 to 11 days after transfer. I'll send the exact appointment details to your registered email so you have it in writing.",
        ),
    ],
    [
        (
            "user",
            "Saya baru keguguran 8 minggu. Bos saya Encik Tarmizi kata cuti sakit 2 hari je cukup. Betul ke?",
        ),
        (
            "assistant",
            "Maaf atas kehilangan anda. Di bawah Akta Kerja 1955, cuti sakit bergantung kepada sijil doktor. Jika doktor memberi MC lebih lama, majikan sepatutnya menghormatinya.",
        ),
        (
            "user",
            "Doktor bagi MC 7 hari. Nama saya Izzati binti Kamal, staff ID KLG-2231. Boleh tolong tulis e-mel ringkas kepada HR?",
        ),
        (
            "assistant",
            "Boleh. Contoh: 'Kepada HR, saya Izzati binti Kamal (ID KLG-2231) dengan ini mengemukakan sijil cuti sakit selama 7 hari selepas prosedur perubatan. Sila rujuk lampiran. Terima kasih.' Anda tak perlu nyatakan sebab terperinci jika tidak mahu.",
        ),
    ],
    [
        (
            "user",
            "Hi, 想问下 HK 可唔可以搵代母? My wife and I tried IVF 5 times already, she has Asherman syndrome.",
        ),
        (
            "assistant",
            "In Hong Kong, commercial surrogacy is prohibited under the Human Reproductive Technology Ordinance (Cap. 561). Non-commercial arrangements are heavily restricted. Please speak with a licensed centre or a family lawyer before considering anything overseas.",
        ),
        (
            "user",
            "明白. My name is Brian Leung Ka-ho, email brian.leungkh@netvigator.com, 可唔可以 send me a list of questions to ask the lawyer?",
        ),
        (
            "assistant",
            "Sure Brian. Questions to ask: 1) what is legally permitted in Hong Kong and in the destination country; 2) how parentage is recognised on return; 3) the immigration steps for the child; 4) realistic total costs. I can't send email myself, so please copy this list.",
        ),
    ],
    [
        ("system", "你是一名帮用户起草职场文书的助手。"),
        (
            "user",
            "帮我给领导写一份请假条。我叫罗晓梅，工号 SZ-08817，下周一到周三要去医院取卵，不想写太细。",
        ),
        (
            "assistant",
            "请假条：尊敬的领导：本人罗晓梅（工号 SZ-08817），因需在医院进行一项门诊医疗程序，申请于下周一至周三请病假三天，相关医院证明将于返岗后补交。恳请批准。",
        ),
        ("user", "很好。顺便问下，上海这边取卵术现在能走医保吗？"),
        (
            "assistant",
            "不少地区已将取卵术、胚胎移植等项目纳入医保，但具体范围和报销比例各地不同，建议拨打 12393 医保服务热线或咨询就诊医院的医保办确认。",
        ),
    ],
    [
        (
            "user",
            "Our son Ethan was stillborn at 34 weeks on 2 February at NUH. I'm Jasmine Ng. The hospital asked about a memorial and I don't know where to start.",
        ),
        (
            "assistant",
            "Jasmine, I'm so sorry for the loss of Ethan. Many parents choose a small private farewell. The hospital's medical social worker can explain options such as a simple funeral, cremation and keepsakes like hand and footprints.",
        ),
        (
            "user",
            "My husband Marcus went back to work after 3 days and I feel alone. Is there any paid leave for me?",
        ),
        (
            "assistant",
            "In Singapore, eligible working mothers whose baby is stillborn may still be entitled to maternity leave. Please check with your HR and the Ministry of Manpower's guidance. It may also help to join a pregnancy loss support group so you don't feel alone.",
        ),
    ],
    [
        (
            "user",
            "你好，我係澳門人，叫區美玲，身份證 1386042(7)，想去珠海或者香港做試管，邊度平啲？",
        ),
        (
            "assistant",
            "一般而言，內地公立醫院的試管費用較香港私家診所低，但要留意內地對境外人士的證件及婚姻證明要求。香港私家中心一個週期多數由十萬港元起。建議先比較兩地的報價同輪候時間。",
        ),
        ("user", "我老公 Tony 做賭場荷官，返班時間好亂，而且我哋之前欠咗財務公司八萬，驚唔夠錢。"),
        (
            "assistant",
            "明白你哋嘅壓力。可以先向診所索取分項報價，計埋交通同請假嘅成本；亦可以了解澳門社會工作局或者相關社團有冇家庭財務輔導，先處理好債務計劃再決定時間表。",
        ),
    ],
]
