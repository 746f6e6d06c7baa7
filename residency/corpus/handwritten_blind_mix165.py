# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix165: clinical-trial and research-study recruitment in SG/MY/HK/TW (screening questionnaires, consent forms, participant IDs, adverse events, reimbursements, coordinators' chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix165
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "study_faq"): _lines("""
        Q: Who can join the DIAMOND-SG study? A: Adults aged 21 to 65 with type 2 diabetes on metformin alone for at least 3 months. Call the study hotline 6772 4460 (Mon-Fri, 9am-5pm).
        Q: Will I be paid? A: Participants receive SGD 80 per completed visit to cover transport and time, credited within 14 working days after each visit. There is no payment for screening-only visits.
        Q: Where do visits take place? A: At the Investigational Medicine Unit, Level 2, NUHS Tower Block, 1E Kent Ridge Road, Singapore 119228. Parking coupons are available at the registration counter.
        Q: Can I withdraw? A: Yes, at any time and without giving a reason. Your usual care at the hospital will not be affected. Tell the study team by phone or e-mail imu.enquiry@nuhs-research.sg.
        Q: What is a placebo? A: A placebo looks like the study tablet but contains no active drug. In this study 1 in 3 participants will receive placebo, decided by a computer (randomisation).
        Q: Who approved this study? A: The Domain Specific Review Board (DSRB Ref: 2026/00417) and the Health Sciences Authority (CTA No. CTA2600123). The sponsor is Novo Nordisk Pharma (Singapore) Pte Ltd.
        Q: How much blood will be taken? A: About 20 ml (4 teaspoons) at visits 1, 4 and 8, plus a finger-prick glucose test at home twice a week using the Accu-Chek Guide meter we provide.
        Q: I live in Johor Bahru. Can I take part? A: Yes, if you can attend all 9 visits in Singapore. Travel on Causeway Link bus CW2 is reimbursed up to SGD 15 per visit with receipts.
        Q: What happens to my samples after the study? A: They are stored at -80°C in the Biorepository, Block MD11, for up to 15 years, labelled with a study code only. Names are never written on tubes.
        Q: Who do I contact about my rights as a participant? A: The DSRB Secretariat, tel +65 6471 3266, e-mail dsrb.secretariat@nhg-research.sg, 8.30am to 5.30pm on weekdays.
        Q: Is there a WhatsApp line? A: Yes, message +65 8129 3307 (study team, office hours only). Please do not report emergencies by WhatsApp; go to the nearest A&E or call 995.
        Q: Do I need to fast before visit 2? A: Yes, no food from 10pm the night before; plain water is fine. A breakfast set from Ya Kun Kaya Toast is provided after the blood draw.
        Q: Will my GP be told? A: Only if you agree on page 6 of the consent form (version 3.1 dated 02 Oct 2026). Your GP then receives a letter summarising the study medication.
    """),
    ("en", "edc_config_and_logs"): _lines("""
        subject_id,site_id,screening_date,consent_version,age_at_consent,sex,hba1c_pct,egfr,eligible_flag,randomisation_arm
        2026-11-18T09:14:02+08:00 INFO edc.sync site=SG-003 forms_pushed=42 queries_open=7 duration_ms=1834 build=redcap-14.5.11
        randomisation: {block_size: 6, strata: [site, hba1c_band], ratio: '2:1', seed_source: 'sealed_envelope_api', allocation_concealment: true}
        ALTER TABLE ae_log ADD COLUMN meddra_pt_code CHAR(8) NOT NULL DEFAULT '00000000', ADD COLUMN ctcae_grade SMALLINT CHECK (ctcae_grade BETWEEN 1 AND 5);
        WARN query.engine rule=VS_SBP_RANGE form=vitals_v2 msg='Systolic BP outside 70-220 mmHg, please verify source' fired=3 site=MY-011
        export SPONSOR_API_BASE=https://api.ctms.example-cro.com/v2 && export SPONSOR_API_TIMEOUT=30 && python -m ctms.pull --study DMD-301 --since 2026-11-01
        def mask_initials(first: str, last: str) -> str: return (first[:1] + last[:1]).upper() if first and last else 'XX'  # pseudonymised listings only
        ERROR ewallet.payout batch=RB-2026-11-07 provider=TouchNGo status=FAILED count=3 reason='recipient account not verified' retry_at=2026-11-08T10:00:00+08:00
        kit_number,lot_no,expiry,storage_temp_c,site_id,dispensed_on,returned_tablets,temp_excursion_flag,pharmacist_sign_off
        sha256(consent_form_v3.1_en.pdf) = 95ae74675bcad5e69c8b33137ac964d5148b5e9aac1199d95d260b734385ae62; zh-Hant version pending IRB stamp
        visit_window: {V2: {day: 14, minus: 3, plus: 3}, V3: {day: 28, minus: 3, plus: 5}, V4: {day: 84, minus: 7, plus: 7}}  # protocol amendment 2
        GET /api/v1/sites/TW-005/enrolment?from=2026-10-01&to=2026-10-31 200 OK 312ms screened=18 consented=15 randomised=11 screen_fail=4
        INFO ivrs.resupply site=HK-002 trigger=min_stock_3 kits_shipped=12 awb=SF1428805513620 courier=SF_Express eta=2026-11-21
    """),
    ("zh-Hans", "受试者招募公告"): _lines("""
        【受试者招募】北京协和医院临床药理研究中心现招募健康志愿者参加一项I期生物等效性试验，年龄18至45岁，BMI 19-26，试验期间包食宿，完成全部访视可获营养补贴4800元。咨询电话：010-6915 8888（工作日）。
        新加坡中央医院内分泌科正在招募2型糖尿病患者参与一项为期52周的新药研究，符合条件者将获得免费血糖监测及每次访视80新元交通补贴。报名请WhatsApp +65 8831 2046（研究团队）。
        本研究已获医院伦理委员会批准（批件号：2026-伦审-第137号），国家药品监督管理局临床试验默示许可受理号：CXHL2600458，申办方为江苏恒瑞医药股份有限公司。
        招募条件：①年满50岁；②确诊轻度阿尔茨海默病；③有固定照料者可陪同访视。排除条件：近3个月参加过其他药物试验者、严重肝肾功能不全者、正在服用华法林者。
        马来西亚吉隆坡中央医院（HKL）诚邀45至70岁慢性肾病患者参与膳食干预研究，全程约6个月，每次复诊可获RM50补贴及免费午餐券（可于OldTown White Coffee使用）。
        温馨提示：本中心不会通过私人微信收取任何报名费，所有受试者补贴均以银行转账发放。如遇可疑来电，请拨打医院官方监督电话 021-6404 1990 核实。
        上海交通大学医学院附属瑞金医院I期临床研究病房地址：上海市黄浦区瑞金二路197号，门诊楼12楼。地铁13号线淮海中路站步行约8分钟，院内停车位有限。
        本项目受屠呦呦发现青蒿素的工作启发，旨在评估双氢青蒿素片治疗系统性红斑狼疮的疗效与安全性，首批计划入组120例，预计2027年6月完成随访。
        扫描下方二维码填写初筛问卷（约5分钟），问卷不收集身份证号，仅询问年龄段、病程和用药情况。问卷链接：https://wj.qq.com/s2/18830457/7f2c
        招募截止日期：2026年12月31日。名额有限，额满即止。本公告由研究者发起，未收取任何企业广告费用。发布单位：四川大学华西医院国家药物临床试验机构。
        志愿者补贴标准：筛选期200元（无论是否入组），住院期每天300元，随访期每次150元，交通费按实际发生额凭票报销，单次上限100元，均按月统一发放。
        新加坡国立大学医院眼科研究中心招募近视儿童（6至12岁）参加低浓度阿托品滴眼液研究，家长须全程陪同。研究中心地址：5 Lower Kent Ridge Road, Singapore 119074。
        热线更新：香港大学深圳医院临床试验中心咨询热线已改为0755-8691 3388，原号码于2026年11月30日停用，官方邮箱 gcp@hku-szh.org 保持不变。
    """),
    ("zh-Hant", "知情同意書條款"): _lines("""
        一、研究目的：本研究旨在評估一種新型口服降血脂藥物於亞洲人群中的療效與安全性，預計於全港五間公立醫院招募約三百名受試者，研究期為十八個月。
        二、您的權利：參與本研究完全出於自願。您可隨時退出，無須提供任何理由，亦不會影響您日後在醫院管理局轄下醫院所接受的任何醫療服務。
        三、可能的風險：常見副作用包括頭痛、噁心及肌肉痠痛（發生率約百分之五）。如出現嚴重不適，請立即致電研究團隊二十四小時熱線 2255 4321。
        四、個人資料保障：您的資料將以研究編號代替姓名儲存，並依照《個人資料（私隱）條例》（第486章）處理。研究結果發表時不會披露任何可識別您身份的資料。
        五、保險及賠償：申辦者已為本研究投保臨床試驗責任保險（保單號碼 CT-HK-2026-0088173），因參與研究而引致的傷害將按保單條款獲得賠償。
        六、補償：每次完成訪視可獲港幣三百元交通及時間補償，以八達通增值或銀行轉帳方式發放；中途退出者按已完成的訪視次數計算，不設扣減。
        七、檢體保存：剩餘血液檢體將於國立臺灣大學醫學院附設醫院人體生物資料庫保存十年，未經研究倫理委員會核准不得用於本計畫以外之研究。
        八、聯絡方式：若您對受試者權益有疑問，可聯絡臺大醫院研究倫理委員會，電話 (02) 2312-3456 分機 63155，電子郵件 rec.office@ntuh-irb.tw。
        九、懷孕相關：具生育能力之女性受試者須於篩選期進行驗孕，並同意於研究期間及最後一次服藥後九十天內採取兩種醫學上有效之避孕措施。
        十、同意書版本：中文版第4.0版，日期2026年9月15日，經香港大學／醫院管理局港島西醫院聯網研究倫理委員會（HKU/HA HKW IRB）核准，編號 UW 26-318。
        十一、基因檢測：本研究將進行藥物基因體分析（CYP2C19、SLCO1B1），結果僅供研究用途，不會寫入您的病歷，亦不會提供予保險公司或僱主。
        十二、新資訊告知：研究期間如有可能影響您繼續參與意願之新發現，研究團隊將以書面方式通知，並請您重新簽署更新版本之同意書。
        簽署欄說明：受試者、法定代理人（如適用）、見證人及取得同意之研究人員須各自親筆簽名並填寫日期；不識字者以指印代替，並由見證人簽署。
    """),
    ("zh-Hant", "醫學研究史"): _lines("""
        一九一零年東北鼠疫爆發，伍連德醫生以解剖及流行病學調查證實肺鼠疫經飛沫傳播，並推廣紗布口罩，被視為中國現代防疫體系的奠基人。
        一九四七年《紐倫堡守則》確立「受試者自願同意絕對必要」的原則，成為日後《赫爾辛基宣言》及各地人體研究倫理規範的重要基礎。
        二零零三年沙士期間，香港威爾斯親王醫院8A病房成為疫情焦點，當年多項針對冠狀病毒的臨床研究在極短時間內獲倫理委員會快速審批。
        陳馮富珍於二零零六年當選世界衞生組織總幹事，任內推動《國際衞生條例（2005）》實施，並於二零零九年宣布甲型H1N1流感大流行。
        臺灣自一九九零年代起逐步推行優良臨床試驗規範（GCP），二零零零年代設立多個卓越臨床試驗與研究中心，臺大、榮總、長庚等醫學中心為主要據點。
        屠呦呦受東晉葛洪《肘後備急方》中「青蒿一握，以水二升漬，絞取汁」啟發，改用低溫乙醚提取青蒿素，於二零一五年獲諾貝爾生理學或醫學獎。
        一九六一年沙利竇邁（反應停）事件導致全球逾萬名嬰兒肢體畸形，直接促成美國一九六二年《基福弗-哈里斯修正案》要求藥物上市前證明療效。
        何大一於一九九六年因雞尾酒療法研究獲選《時代》雜誌年度風雲人物，其團隊在紐約艾倫·戴蒙德愛滋病研究中心進行多項早期臨床試驗。
        香港大學裴偉士教授與袁國勇教授等團隊於二零零三年參與確認一種新型冠狀病毒為沙士病原體，其後多年持續投入抗病毒藥物及疫苗研究。
        一八九四年香港爆發鼠疫，日本細菌學家北里柴三郎與瑞士裔法國醫生耶爾森先後抵港，耶爾森在堅尼地城附近的草棚實驗室中分離出鼠疫桿菌。
        一九六四年世界醫學會於芬蘭赫爾辛基通過《赫爾辛基宣言》，其後歷經多次修訂，最近一次修訂於二零二四年十月在赫爾辛基大會上通過。
        澳門於二零二二年正式成立藥物監督管理局，逐步建立本地臨床試驗審批制度，並與鏡湖醫院及仁伯爵綜合醫院合作推動研究能力建設。
        一九五四年沙克（Jonas Salk）研發的滅活小兒麻痺疫苗在美國進行大規模田野試驗，參與兒童逾一百八十萬名，被稱為史上規模最大的公共衞生試驗之一。
    """),
    ("ms", "notis_bayaran_balik"): _lines("""
        Makluman: Bayaran balik tambang pengangkutan bagi peserta kajian akan dikreditkan dalam tempoh 14 hari bekerja selepas setiap lawatan. Sila simpan resit Grab atau tiket LRT anda.
        Kadar elaun peserta: RM50 bagi lawatan saringan, RM100 bagi setiap lawatan rawatan dan RM150 bagi lawatan susulan akhir. Elaun dibayar sekali gus pada akhir setiap bulan.
        Tuntutan perlu dihantar ke Unit Penyelidikan Klinikal, Aras 3, Blok Klinikal, Hospital Pulau Pinang, Jalan Residensi, 10990 George Town, Pulau Pinang sebelum 25 haribulan setiap bulan.
        Bayaran dibuat melalui DuitNow ke akaun bank peserta sahaja. Pihak kami tidak akan meminta nombor PIN, TAC atau kata laluan perbankan melalui telefon atau WhatsApp.
        Pertanyaan mengenai bayaran balik boleh diajukan ke talian Unit Penyelidikan 03-7949 2851 atau e-mel crc.pptum@ummc-research.my pada hari bekerja 8.30 pagi hingga 4.30 petang.
        Bagi peserta dari Sabah dan Sarawak, tambang penerbangan ekonomi MASwings atau AirAsia akan dibayar balik sepenuhnya dengan syarat tempahan dibuat melalui ejen pelancongan kajian.
        Jadual bayaran November 2026: kelompok A dibayar pada 10/11, kelompok B pada 24/11. Sebarang kelewatan disebabkan cuti umum Deepavali akan dimaklumkan melalui papan kenyataan.
        Nota: Baucar makanan bernilai RM15 boleh ditebus di Secret Recipe atau Marry Brown di lobi hospital pada hari lawatan sahaja dan tidak boleh ditukar kepada wang tunai.
        Peserta yang menarik diri sebelum tamat kajian tetap layak menerima elaun bagi lawatan yang telah disempurnakan, dikira secara pro rata mengikut Jadual 2 dalam borang persetujuan.
        Kos letak kereta di Menara Parkir Hospital Sultanah Aminah dibayar balik sehingga RM10 sehari. Sila cop tiket parkir di kaunter Pusat Penyelidikan Klinikal (CRC) Aras 2.
        Borang Tuntutan CRC-F07 versi 2.3 (berkuat kuasa 1 Oktober 2026) menggantikan versi 2.2. Borang lama yang diterima selepas 31 Oktober akan dikembalikan untuk diisi semula.
        Bayaran balik untuk penjaga yang menemani peserta warga emas ialah RM30 setiap lawatan, tertakluk kepada kelulusan Jawatankuasa Etika Penyelidikan Perubatan (MREC) rujukan NMRR-26-01542-KQZ.
        Sebarang aduan berkaitan bayaran boleh dihantar kepada Sekretariat MREC, Institut Kesihatan Negara, No. 1, Jalan Setia Murni U13/52, Seksyen U13, 40170 Shah Alam, Selangor.
    """),
    ("ms", "invois_vendor"): _lines("""
        INVOIS No. INV-2026-11-0483 | Pembekal: Medilab Diagnostik Sdn Bhd (No. Syarikat 201401028765 (1103394-K)) | Perkhidmatan: Ujian HbA1c x 48 sampel @ RM45.00 | Jumlah: RM2,160.00
        No. Pendaftaran SST: W10-1808-32001234. Cukai perkhidmatan 8% dikenakan ke atas caj logistik sampel beku sebanyak RM1,250.00, iaitu RM100.00. Jumlah perlu dibayar: RM1,350.00.
        Bil kepada: Pusat Penyelidikan Klinikal, Hospital Kuala Lumpur, Jalan Pahang, 50586 Kuala Lumpur. Terma pembayaran: 30 hari dari tarikh invois. Caj lewat 1.5% sebulan.
        Butiran bank: Maybank Berhad, nama akaun Medilab Diagnostik Sdn Bhd, no. akaun korporat 5140 1288 3306, SWIFT MBBEMYKL. Sila nyatakan nombor invois sebagai rujukan bayaran.
        Nota kredit CN-0091 dikeluarkan bagi 6 kit ujian yang rosak semasa penghantaran (suhu melebihi 8°C), bernilai RM540.00, ditolak daripada invois INV-2026-10-0457.
        Sewa peti sejuk beku -80°C Thermo Scientific TSX600 bagi tempoh Nov 2026: RM1,800.00 sebulan termasuk penyelenggaraan pencegahan dan alat pemantau suhu jarak jauh.
        Caj kurier GDEX untuk penghantaran sampel ke makmal pusat di Singapura: 3 bungkusan ais kering, no. penjejakan GDX88123904571, kos RM420.00 termasuk surcaj barang berbahaya UN1845.
        Invois Proforma PF-7713 daripada Pharmaniaga Logistics Sdn Bhd bagi penyimpanan ubat kajian (IP) di gudang Shah Alam, 12 palet x RM95.00 sebulan, tempoh Okt-Dis 2026.
        Percetakan borang persetujuan dwibahasa (BM/BI) oleh Percetakan Warni Sdn Bhd: 500 naskhah x RM1.20, kulit berwarna dan jilid dawai, jumlah RM600.00 sebelum cukai.
        Penyata Akaun bertarikh 30/11/2026: baki tertunggak RM12,480.50 bagi invois INV-0471, INV-0476 dan INV-0483. Sila abaikan notis ini jika bayaran telah dibuat dalam 7 hari lepas.
        Yuran terjemahan dokumen kajian oleh Institut Terjemahan & Buku Malaysia (ITBM): 18 halaman x RM35.00, termasuk semakan bahasa oleh penterjemah bertauliah.
        Invois JEP: Fi semakan protokol baharu oleh Jawatankuasa Etika Penyelidikan UKM RM3,000.00; fi pindaan protokol RM500.00 setiap satu. Rujukan JEP-2026-612.
        Resit Rasmi No. RR-004418 diterima daripada Novartis Corporation (Malaysia) Sdn Bhd sebanyak RM25,000.00 melalui pindahan telegrafik sebagai bayaran pendahuluan pusat kajian.
    """),
    ("mixed", "coordinator_group_chat"): _lines("""
        [09:02] CRC Site HK-002: Morning all, dry ice shipment 今日 arrive 唔到 lah, SF 話 customs hold at Lok Ma Chau. AWB SF1430927764185, will update once cleared.
        [09:15] Study nurse HKL: Freezer -80 #2 alarm semalam pukul 3 pagi, suhu naik ke -62°C for 40 min. Dah log dalam excursion form, semua sampel dah pindah ke freezer #1.
        [10:31] PI office: 提醒大家 monitor visit 下礼拜二 11/17，SDV 要 100% for consent forms version 3.1，请 prepare ISF binder 同 delegation log 签好名。
        [11:08] Site TW-005 協調員: 這個月 screened 18 人、randomised 11，screen fail 主要是 eGFR 不符合，sponsor 問 recruitment plan 要不要加開週六門診。
        [11:40] Pharmacy: IP lot 26K0913 expires 31/01/2027, jangan dispense selepas 15/01 ya. New lot 27A0102 akan sampai minggu depan via Zuellig Pharma.
        [12:05] Data manager: EDC freeze for interim analysis 定喺 Dec 15 23:59 SGT，所有 open queries 请喺之前 close 晒，current count 47 open, 12 overdue。
        [14:22] CRA: Reminder ICH E6(R3) GCP certificate 要 renew before Jan, NIDA 或者 TransCelerate 的 course 都 accepted，记得 upload 去 eTMF folder 05.02。
        [15:10] CRC Kota Kinabalu: Grab voucher RM30 untuk participants 下个月开始改成 Touch 'n Go eWallet reload，finance kata lebih senang audit. Form baru CRC-F07 v2.3 ok?
        [16:45] Lab: 明早 8am 到 10am 中心实验室 courier pickup，请把 PK samples 按 timepoint 排好，label 只写 study code 同 visit number，千万唔好写名。
        [17:20] Site SG-003: IRB approved Amendment 4 today (ref 2026/00417-A4), 新版 ICF 要 re-consent 所有 active participants at their next scheduled visit.
        [18:02] Recruitment lead: FB ad untuk kajian asma dah lulus MREC, budget RM2,000 sebulan, target Klang Valley umur 18-40, landing page guna hotline 03-7949 2851 bukan handphone sendiri.
        [20:15] On-call CRC: SAE reporting 24h clock, sponsor safety fax +65 6223 0918 or pv.singapore@sponsor-safety.com，CIOMS template 已经放 shared drive /Safety/Templates。
        [21:30] Project manager: 明天 townhall 改去 Level 5 Seminar Room, Academia, 20 College Road，会讲 Q1 2027 的 recruitment target 同 budget，麻烦大家准时。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Screening log SG-003: Mr Lim Boon Keat, 58, NRIC S6829147Z, HbA1c 9.2%, failed eligibility on eGFR 38, refer back to renal clinic at next appointment.
        Participant Nurul Ain binti Rosli (DOB 14/03/1991) reported a miscarriage at week 9 during the IMPACT-MY study; SAE form filed 02/11/2026.
        Reimbursement: please pay SGD 240 to Jason Teo Wei Ming, DBS savings 027-915483-6, for visits 2 to 4. Grab receipts attached.
        Can someone call back the lady who left a voicemail about the asthma study? Her number is 9177 3052, she said she's Mrs Chandran from Jurong West.
        Adverse event: Subject 011-0047 (Goh Siew Lan, 67F) developed grade 3 neutropenia after cycle 2; her husband asked that their daughter not be told.
        FIN G5380912Q, Indonesian domestic helper, lives with her employer at Blk 512 Bishan St 13 #08-221 and wants to join the vaccine trial on her Sunday off.
        Dear Dr Ng, my brother Kelvin Ho is HIV positive and terrified his employer will find out if he joins the PrEP study. Please keep this confidential.
        Consent witness: Rajesh s/o Muthusamy, mobile +65 8542 1190, signed on behalf of his mother who cannot read English.
        Email from priya.nair.87@gmail.com: I was in the depression study last year and still haven't received my final SGD 150, my OCBC account is 595-280147-001.
        Eligibility note: Chloe Tan (37) is going through a divorce and started sertraline 100 mg last month, excluded under criterion 4.2.
        Home visit booked for 12 Jalan Kembangan, Singapore 419120: participant lives alone, uses a walking frame, spare key with the neighbour at No. 14.
    """),
    "zh-Hans": _lines("""
        受试者筛选表：王建国，男，1962年5月生，身份证号 110105196205182830，既往心梗病史，放过两次支架，拟入组心衰研究。
        协调员注意：3号床的刘阿姨（刘秀英）昨晚服药后全身起皮疹，家属手机 139 1876 4420，请早上8点前回电。
        补贴发放：张伟明 工商银行卡号 6222 0212 0400 5567 891，本期交通补贴450元已转账，请本人确认收款。
        小赵妈妈在群里说孩子上周确诊了抽动症，想报名儿童多动症那个研究，问能不能不告诉学校老师。
        陈先生（微信号 chenhao_1985）说他欠了网贷二十多万，就是为了补贴才来参加I期试验的，建议PI评估是否存在不当诱导。
        随访失访记录：受试者李梅，住上海市闵行区七莘路1839弄12号402室，电话一直打不通，已上门两次无人应答。
        不良事件报告：受试者黄丽萍，女，44岁，身份证 310112198803074426，第3周期后确诊怀孕约6周，已停药并通知申办方。
        新加坡的周太（周美玲）昨天打电话来，说她老公失业了，问研究补贴能不能提前发，她的手机是 +65 9460 2718。
        受试者身份核验：马来西亚籍林志强，MyKad 780923-10-5541，现居柔佛新山，每次跨境到新加坡中央医院参加访视。
    """),
    "zh-Hant": _lines("""
        篩選問卷：陳大明先生，HKID P582037(9)，吸煙三十年，上個月確診早期肺癌，希望參加標靶藥試驗。
        林太話佢個仔阿朗（林子朗）上星期食完研究藥之後成晚嘔，佢想退出，叫我哋打 9123 6674 搵佢。
        受試者補助匯款：黃淑芬，中華郵政局號 0091233 帳號 0458812，金額新臺幣3,000元，請出納核對。
        臺北榮總篩選紀錄：吳志豪，身分證字號 F228341904，男，52歲，B型肝炎帶原，ALT 偏高，暫不符合收案條件。
        張小姐（張詠詩）喺WhatsApp講佢同老公離緊婚，問可唔可以唔畀佢老公知佢參加咗精神科研究。
        嚴重不良事件：受試者何振邦，住沙田禾輋邨豐和樓1208室，於家中暈倒送院，家屬電話 6187 2045。
        阿May（李美華）話佢欠咗財務公司八萬蚊，想問研究補償可唔可以一次過畀晒佢，下個月就要還錢。
        澳門受試者登記：梁嘉欣，澳門居民身份證 5218374(6)，手提電話 6632 7019，長期服用抗癲癇藥。
        知情同意書簽署頁：受試者蔡明哲因中風無法簽名，由法定代理人蔡林秀琴（配偶）代簽，聯絡電話 0928-417-356。
        林口長庚協調員筆記：許雅婷小姐懷孕十二週，因妊娠糖尿病轉介至營養介入研究，Email yating.hsu0915@gmail.com。
    """),
    "ms": _lines("""
        Borang saringan: Nama: Ahmad Faizal bin Hashim, No. MyKad 850412-08-5523, alamat No. 17, Jalan Mawar 3, Taman Sri Gombak, 68100 Batu Caves, Selangor.
        Peserta Siti Hajar binti Kamarudin mengadu dia mengalami ruam teruk selepas suntikan kedua; suaminya boleh dihubungi di 019-284 7731.
        Tuntutan elaun: Encik Tan Kok Seng, akaun Public Bank 3182746509, RM300 untuk 3 lawatan, sila proses sebelum Jumaat.
        Kak Ros (Rosnah Abdullah) beritahu dia baru disahkan HIV positif dan tak mahu anak-anaknya tahu dia sertai kajian ini.
        Pak Cik Ramli dari Kampung Baru ada hutang ah long RM15,000, dia kata nak sertai kajian fasa 1 sebab perlukan duit segera.
        Kesan sampingan: Puan Kavitha a/p Subramaniam, 45 tahun, pengsan di rumah selepas dos ketiga, dimasukkan ke ICU Hospital Tengku Ampuan Rahimah pada 4/11/2026.
        No. plat kenderaan peserta untuk pas parkir percuma: WXY 4821 (Perodua Myvi putih), milik Encik Muhammad Hafiz bin Zainal.
        E-mel daripada nurulhuda.azmi92@yahoo.com: Saya hamil 8 minggu, adakah saya masih boleh teruskan dalam kajian vaksin ini?
        Sila hubungi 012-765 3390 (peserta lelaki, 60an) untuk jadual semula lawatan 5, dia tak dapat datang sebab dialisis setiap Isnin.
        Rekod penarikan diri: Lim Mei Ling, MyKad 920715-07-5634, menarik diri kerana baru bercerai dan berpindah ke Ipoh.
    """),
    "mixed": _lines("""
        Eh the uncle from Tampines, Mr Koh Ah Huat, his NRIC S5917204B 写错了 in the EDC, boleh tolong betulkan? His HP 9734 1186.
        Subject 003-0112 Wong Siu Ming 今朝 call 返嚟話 chest pain 成晚，已經叫佢去 QMH A&E，HKID R730184(6)，記得 file SAE。
        Participant Farah binti Osman 话 her husband 打她, she wants to withdraw 因为 afraid 他 find out about the study visits, please handle sensitively.
        Reimbursement CSV row: 2026-11-05,SG-003,Tan Li Hua,S8264139D,POSB 128-40571-3,SGD 160,visit 3+4
        阿强 (Ah Keong) 话佢 gambling debt 好多，借咗大耳窿，maybe not suitable for the phase 1, PI please review. 佢个 number 8123 9901。
        Pls update address for participant Nur Izzati: Blk 305 Ubi Ave 1 #11-482, Singapore 400305, she moved out after the divorce, 新 number 8890 3417.
        台中那位 Mr 林 (林國華) 的 Taiwan ID L139507625 要 mask 掉 before sending to sponsor, he has Stage III colon cancer, 在 chemo 第二輪。
        Photo of IC uploaded: IMG_20261103.jpg, MyKad Ng Chee Keong 710228-01-5183, No. 42 Jalan Sutera 7, Taman Sentosa, 80150 Johor Bahru, 请 delete after verification.
        Lab result for 刘小姐 (Liu Jia Yi), hCG positive 昨天, she's only 19 and asked us not to tell her parents, 记得 note in confidential log only.
        WeChat 转账 failed: recipient 王芳 Fang Wang, 微信号 wangfang_sh88, ¥600 study stipend, 请 finance 改用 bank transfer to 招商银行 6214 8312 0457 6690。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a writing assistant for clinical research coordinators at a Singapore public hospital. Keep messages short and polite.",
        ),
        (
            "user",
            "Draft an SMS reminding Mr Lim Boon Keat (HP 9177 4028) that his visit 3 for the DIAMOND-SG study is on Thursday 20 Nov at 8am, fasting from 10pm.",
        ),
        (
            "assistant",
            "Dear Mr Lim Boon Keat, this is a reminder of your DIAMOND-SG visit 3 on Thu 20 Nov at 8am. Please fast from 10pm the night before (water is fine). Reply or call the study line if you need to reschedule.",
        ),
        ("user", "Shorter please, and don't mention the study name in case his wife reads it."),
        (
            "assistant",
            "Dear Mr Lim, reminder: appointment Thu 20 Nov, 8am. Please fast from 10pm the night before. Call us if you need to reschedule. Thank you.",
        ),
    ],
    [
        (
            "user",
            "幫我將呢段 AE narrative 整理成英文：受試者陳大明，HKID D417203(6)，男，63歲，十一月八號喺屋企（將軍澳寶琳邨寶勤樓2214室）暈低，送將軍澳醫院，診斷為低血糖，血糖2.1 mmol/L。",
        ),
        (
            "assistant",
            "Narrative: A 63-year-old male participant collapsed at home on 8 November and was taken to Tseung Kwan O Hospital, where hypoglycaemia was diagnosed (blood glucose 2.1 mmol/L). For the sponsor report, I suggest replacing the name, HKID and home address with the subject number.",
        ),
        ("user", "好，subject number 係 HK-002-0031，再加一句話已經停藥。"),
        (
            "assistant",
            "Subject HK-002-0031, a 63-year-old male, collapsed at home on 8 November and was taken to Tseung Kwan O Hospital, where hypoglycaemia was diagnosed (blood glucose 2.1 mmol/L). Study drug has been withheld.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu pentadbiran untuk Unit Penyelidikan Klinikal di Hospital Pulau Pinang.",
        ),
        (
            "user",
            "Tolong tulis surat pengesahan bayaran balik untuk peserta Puan Norhayati binti Yusof, MyKad 790618-07-5328, jumlah RM450 bagi lawatan 1 hingga 3, dibayar ke akaun Bank Islam 07012020148817.",
        ),
        (
            "assistant",
            "Kepada Puan Norhayati binti Yusof (MyKad 790618-07-5328), dengan hormatnya dimaklumkan bahawa bayaran balik sebanyak RM450.00 bagi lawatan 1 hingga 3 telah dikreditkan ke akaun Bank Islam anda berakhir 8817. Sekian, terima kasih.",
        ),
        ("user", "Terima kasih, tambah juga bahawa baki lawatan 4 akan dibayar bulan depan."),
        (
            "assistant",
            "Baik. Ayat tambahan: Bayaran bagi lawatan 4 akan dikreditkan ke akaun yang sama pada bulan hadapan selepas resit disahkan.",
        ),
    ],
    [
        (
            "user",
            "把这份筛选表转成一行CSV：姓名 赵丽娟，身份证 440306197509116515，电话 136 2718 0954，诊断 类风湿关节炎，病程8年，甲氨蝶呤 15mg/周。",
        ),
        ("assistant", "赵丽娟,440306197509116515,136 2718 0954,类风湿关节炎,8,甲氨蝶呤 15mg/周"),
        ("user", "等一下，这个身份证号第17位是单数，应该是男的，可是她是女的，是不是录错了？"),
        (
            "assistant",
            "您说得对：第17位为奇数表示男性，与“赵丽娟，女”不符，建议回到原始身份证复印件核对后再录入EDC，并在修改记录中注明原因。",
        ),
    ],
    [
        (
            "system",
            "Roster for SG-003 asthma study (confidential): 1) Mdm Siti Aminah, HP 9025 6631, severe asthma, lives at Blk 88 Tampines St 81 #05-117; 2) Mr Ong Teck Huat, HP 8316 2249, smoker, recently retrenched.",
        ),
        (
            "user",
            "Who on the roster should I call first for the home spirometry pilot? Keep it short lah.",
        ),
        (
            "assistant",
            "Start with Mdm Siti Aminah (9025 6631): she has severe asthma and a Tampines address close to the pilot zone. Then Mr Ong Teck Huat (8316 2249).",
        ),
    ],
    [
        (
            "user",
            "I'm the witness for an illiterate participant tomorrow. Can you write the witness statement template for me?",
        ),
        (
            "assistant",
            "Sure. Witness statement: I confirm that the information in the consent form was accurately explained to, and apparently understood by, the participant, and that consent was freely given. Witness name, signature, date and time.",
        ),
        (
            "user",
            "Fill it in: witness is Muthu a/l Krishnan, NRIC T0374815J, participant is his grandmother Mdm Letchumi a/p Ramasamy, 82, thumbprint, 15 Nov 2026 10.20am.",
        ),
        (
            "assistant",
            "I, Muthu a/l Krishnan (NRIC T0374815J), confirm that the consent form was accurately explained to Mdm Letchumi a/p Ramasamy, aged 82, who apparently understood it and freely gave consent by thumbprint on 15 Nov 2026 at 10.20am. Signature: ____________",
        ),
    ],
    [
        (
            "user",
            "我是臺中榮總腸癌試驗的受試者，身分證 E214738569，想問如果我現在退出，之前拿到的車馬費要不要退回？",
        ),
        (
            "assistant",
            "一般而言，退出試驗不需退回已領取的車馬費或營養費，且不影響您日後的常規治療。建議您直接聯絡研究護理師確認本試驗同意書中的補助條款。另外，請勿在對話中提供身分證字號等個人資料。",
        ),
        ("user", "好，那我可以請研究護理師打給我嗎？我電話 0936-582-107，晚上七點後比較方便。"),
        ("assistant", "可以的，建議您將聯絡方式直接告訴研究團隊，由他們在晚上七點後與您聯絡。"),
    ],
    [
        (
            "user",
            "Hi, saya Aisyah, 29, currently 14 weeks pregnant. Boleh tak saya join the dengue vaccine study at UMMC? My number 017-330 8214 kalau nurse nak call.",
        ),
        (
            "assistant",
            "Terima kasih kerana berminat. Kebanyakan kajian vaksin mengecualikan wanita hamil untuk keselamatan ibu dan bayi. Sila semak kriteria kelayakan dengan pasukan kajian; elakkan berkongsi nombor telefon di sini.",
        ),
        (
            "user",
            "Ok, tapi my sister Aina pun nak join, dia ada thalassemia minor, is that a problem?",
        ),
        (
            "assistant",
            "Thalassemia minor biasanya tidak menjadi halangan, tetapi keputusan akhir bergantung pada protokol. Adik anda boleh menghubungi talian rasmi kajian untuk saringan.",
        ),
    ],
    [
        (
            "system",
            "你是新加坡樟宜综合医院临床研究组的翻译助手，负责把英文通知译成简体中文给年长受试者。",
        ),
        (
            "user",
            "请翻译：Dear Mdm Tan Ah Moi, our nurse will visit your home at Blk 214 Bedok North St 1 #07-53 on Monday 10am to collect your blood sample. Please do not take your insulin before we arrive.",
        ),
        (
            "assistant",
            "陈亚妹女士您好：我们的护士将于星期一上午10点到您家（勿洛北1街第214座#07-53）为您抽血。护士到达之前，请不要注射胰岛素。",
        ),
        ("user", "她不识字，帮我改成打电话时可以念的口语版，她女儿的电话是 9318 6620。"),
        (
            "assistant",
            "陈阿姨，您好！星期一早上十点，我们护士会到您家帮您抽血。护士来之前，胰岛素先不要打，等护士来了再说，好吗？有问题可以打给您女儿，或者打我们医院的电话。",
        ),
    ],
    [
        (
            "user",
            "Pls redact this before I paste into the monitoring report: 'SGH-0219 Lee Wai Kit 李偉傑, HKID Z650928(3), withdrew because 佢老婆 diagnosed with breast cancer, 要照顧佢.'",
        ),
        (
            "assistant",
            "Redacted: 'SGH-0219 [NAME], [ID], withdrew due to family caregiving responsibilities.' The spouse's diagnosis is also health data about a third party, so I removed it.",
        ),
        (
            "user",
            "Good. Also keep a private note for me that his mobile is 6021 7738 so I can call for the exit visit.",
        ),
        (
            "assistant",
            "Noted for your private use only: the mobile number 6021 7738 should stay in the site's confidential contact log, not in the monitoring report.",
        ),
    ],
]
