# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade119: personal data in research and clinical-trial data files (REDCap exports, SPSS and Stata syntax with value labels, case report forms, de-identification logs, sample-tube barcode sheets). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade119
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "redcap_data_dictionary"): _lines("""
        Variable / Field Name,Form Name,Section Header,Field Type,Field Label,"Choices, Calculations, OR Slider Labels",Field Note,Text Validation Type OR Show Slider Number,Identifier?
        pt_name,enrolment,Contact details (identifier fields - excluded from de-identified export),text,Participant full name as printed on NRIC/FIN or passport,,,,y
        pt_mobile,enrolment,,text,Mobile number,,"8 digits, no +65, no spaces; leave blank if participant has no phone",integer,y
        pt_nric_hash,enrolment,,text,NRIC hash (SHA-256 with study salt),,Filled by the import script only - never type the NRIC into this field,,
        smoke_status,baseline,Lifestyle,radio,Current smoking status,"0, Never | 1, Former (quit > 12 months) | 2, Current | 99, Declined to answer",,,
        hba1c_v1,visit_1,Laboratory,text,HbA1c (%),,"Report to 1 decimal place, from the hospital LIS printout",number,
        ae_term,adverse_events,,text,"Adverse event term (MedDRA LLT, e.g. Stevens-Johnson syndrome, Bell's palsy, Guillain-Barre syndrome)",,,,
        site_id,enrolment,,dropdown,Study site,"01, Singapore General Hospital | 02, National University Hospital | 03, Hospital Kuala Lumpur | 04, Queen Mary Hospital",,,
        gcs_total,neuro,Glasgow Coma Scale,calc,GCS total (Teasdale and Jennett 1974),"[gcs_eye]+[gcs_verbal]+[gcs_motor]",Range 3-15,,
        ward_ext,enrolment,,text,Ward extension for query follow-up,,"Ward or clinic line only, e.g. the DM-REACH study office 6326 5512; never a participant number",,
        dob_calc,enrolment,,calc,Year of birth (derived),"year([dob_raw])",@HIDDEN-SURVEY @READONLY; branching logic [consent_yn] = '1' and [age_years] >= 21,,
        site_token,enrolment,,text,Site token (Base64 of site|visit|arm),,"Auto-filled, e.g. U0lURTAzfFYyfEFSTS1C = SITE03|V2|ARM-B",,
        REDCap project PID 14382 "DM-REACH v3.2" moved to Production on 2026-03-02 14:05 SGT; data dictionary snapshot DD_20260302_1405.csv (sha 4151c9beebb4) archived
    """),
    ("en", "deidentification_sop"): _lines("""
        4.2 Direct identifiers (name, NRIC/FIN, passport number, telephone, e-mail, residential address, full date of birth) must be removed before data leave the site server.
        4.3 Dates are shifted by a per-participant random offset of -180 to +180 days; the offset table is stored only on the secure drive of the Clinical Research Unit.
        4.4 Under the PDPA 2012 and the Human Biomedical Research Act 2015, de-identified data may be shared with the sponsor; any attempt to re-identify participants is prohibited.
        Queries about this SOP: CRU Data Management, Level 3, Academia, 20 College Road, Singapore 169856; cru-datamgmt@sgh.com.sg; tel 6326 5512 (Mon-Fri 8.30am-5.30pm).
        4.5 Free-text fields (ae_desc, comments, other_specify) are screened with regex list v2.4 and then read by two coordinators; 100% manual review for Chinese and Malay text.
        4.6 Postal codes are truncated to the first 2 digits (sector) for Singapore and the first 3 digits for Malaysian poskod; Hong Kong and Macau addresses keep the district only.
        4.7 Ages above 89 are top-coded to 90; year of birth is kept, month and day are dropped. k-anonymity target k >= 5 on age band, sex, ethnicity and site.
        Version 3.1 effective 15 January 2026, supersedes v3.0 dated 1 August 2024. Approved by the Institutional Review Board chair and the Head of Clinical Governance.
        4.8 Photographs of wounds or skin lesions must be cropped so that no face, tattoo, jewellery or wristband barcode is visible before upload to the eCRF.
        4.9 The key file linking study IDs to hospital MRNs is encrypted with AES-256 and held by the site data custodian; it is never e-mailed or uploaded to REDCap.
        Annex B: the Safe Harbor list of 18 identifiers under the US HIPAA Privacy Rule (45 CFR 164.514(b)(2)) is used as the minimum checklist for US co-sponsored studies.
        4.10 Suspected re-identification must be reported to the Data Protection Officer within 24 hours through the hospital incident system (form IR-07), not by WhatsApp.
        Training note: street and place names that contain a person's name (Lim Bo Seng Memorial, Jalan Tun Razak, Sun Yat Sen Nanyang Memorial Hall) are not identifiers and must not be redacted.
    """),
    ("zh-Hans", "病例报告表填写指南"): _lines("""
        受试者姓名缩写填写规则：取姓名拼音首字母共4位，不足4位以“-”补齐；本栏仅用于纸质CRF，电子数据采集系统中不录入姓名缩写。
        筛选号格式为“中心编号-流水号”，例如03-017；随机号由中央随机系统(IWRS)自动分配，研究者不得手工修改或重复使用。
        实验室检查请填写检测值及单位，超出正常值范围者需由研究者判定“有/无临床意义”，并签名、注明日期(YYYY-MM-DD)。
        不良事件名称请使用规范医学术语，如“帕金森病”“格林-巴利综合征”“史蒂文斯-约翰逊综合征”，勿照抄患者口语描述，也不要只写缩写。
        CRF第7页“合并用药”：通用名优先，如“阿司匹林肠溶片 100 mg qd”，商品名可写在括号内（拜阿司匹灵），起止日期必填。
        如需更正，请在原数据上划一横线，保持原记录清晰可辨，在旁边写上正确数据，并由研究者签署姓名缩写及日期，禁止使用修正液或贴纸覆盖。
        数据管理部答疑电话：010-6915 8872（工作日8:30-17:00），邮箱 crf-help@pumch-gcp.cn；中心地址：北京市东城区帅府园1号。
        本试验遵循《药物临床试验质量管理规范》(2020年第57号公告)及《中华人民共和国个人信息保护法》第二十八条关于敏感个人信息的规定。
        生命体征：收缩压/舒张压(mmHg)、心率(次/分)、体温(℃，保留1位小数)；访视窗为第28±3天，超窗须在方案偏离表中记录。
        访视日期若缺失日，请填写“UK”，如2026-03-UK；缺失月和日则填写“UK-UK”，不得自行推测，也不得以当月1日代替。
        ECOG评分：0=活动能力完全正常；1=能自由走动及从事轻体力活动；2=能自由走动及生活自理，但已丧失工作能力；3=生活仅部分自理。
        电子CRF导出文件中的中心名称为URL编码，例如 site=%E5%8C%97%E4%BA%AC%E5%8D%8F%E5%92%8C%E5%8C%BB%E9%99%A2 即“北京协和医院”，无需人工解码。
        方案编号：HR-2026-031-CN；CRF版本：V2.0/2026-01-15；申办方：江苏恒瑞医药股份有限公司；主要研究者签名页须在数据库锁定前完成。
    """),
    ("zh-Hant", "樣本管條碼表"): _lines("""
        條碼 HKBB-26-004417 | 管型 EDTA 紫蓋 4 mL | 採集 2026-05-12 09:40 | 離心 10:05 | 冷凍 -80°C 冰箱F3 架2 盒07 位A4
        批次清單：盒 BX-0712 共81管（9×9），其中血漿 54、血清 18、PBMC 9；交接時請由實驗室主任於紙本清單簽署並註明時間。
        條碼規則：研究代碼(3位)+中心(2位)+受試者流水號(4位)+訪視(V1-V6)+管號(01-12)，例如 TCR-07-0153-V2-04。
        溶血程度：0 無、1 輕微、2 中度、3 嚴重；溶血≥2 的樣本標記為「不可用於鉀離子檢測」，並另存於盒 HX-03 待銷毀。
        台大醫院臨床試驗中心 檢體收件時間：週一至週五 08:30-16:30，地址：台北市中正區中山南路7號，電話 (02) 2312-3456 分機 67011。
        掃描紀錄 2026-05-13T14:22:08+08:00 scanner=ZEBRA-DS2208 讀取 96 管，錯讀 0，重複條碼 0，已匯出 tube_scan_0513.csv
        運送溫度記錄器 TL-5532 全程 -78.1°C 至 -71.4°C，乾冰 8 kg，順豐運單號 SF1408839205776，由瑪麗醫院送至深圳中心實驗室。
        條碼標籤規格：聚酯材質，-196°C 液氮可用，尺寸 25.4 × 9.5 mm，型號 Brady B-490，每卷 1000 張，單價 HK$1,280。
        解凍次數欄：首次分裝填 0，每次取出回凍 +1；解凍超過 2 次之血漿不得用於細胞激素檢測（IL-6、TNF-α），請於清單註記。
        管位對照：A1-A9 為品管樣本（QC-LOW、QC-MID、QC-HIGH 各 3 管），B1 起為研究樣本，請勿在管身手寫任何文字。
        澳門仁伯爵綜合醫院檢驗科 交接窗口：週二、週四 14:00-16:00；樣本須附電子清單，手寫紙本清單自 2026 年起不再受理。
        條碼 HKBB-26-004418 至 004429 已於 2026-05-14 作廢（印表機色帶斷裂），補印序號由 HKBB-26-004430 開始。
        盒標 QR 內容為 Base64，例：6aaZ5riv55Gq6bqX6Yar6ZmiIOaoo+acrOW6qw== 解碼為「香港瑪麗醫院 樣本庫」，僅含院區資料。
    """),
    ("ms", "log_nyahpengenalan"): _lines("""
        2026-04-03 10:14:22 INFO nyahkenal: fail export_HKL_v5.csv dibaca, 1,284 rekod, 62 lajur; 7 lajur ditanda sebagai pengecam langsung.
        2026-04-03 10:14:23 INFO lajur 'nama_peserta' digugurkan; lajur 'no_kp' diganti dengan hash SHA-256 (garam projek v2); lajur 'telefon' digugurkan.
        2026-04-03 10:14:25 WARN 19 nilai dalam 'catatan_bebas' mengandungi corak nombor 12 digit; dihantar ke semakan manual (nilai tidak dicetak dalam log).
        2026-04-03 10:14:31 INFO tarikh lahir ditukar kepada tahun sahaja; tarikh lawatan dianjak secara rawak ±90 hari, jadual anjakan disimpan di pelayan CRC sahaja.
        2026-04-03 10:15:02 INFO poskod dipotong kepada 3 digit pertama (contoh: 50586 bagi Hospital Kuala Lumpur menjadi 505); 11 poskod tidak sah ditanda NA.
        2026-04-03 10:15:40 INFO semakan k-anonimiti: k minimum = 6 (kumpulan umur × jantina × etnik × hospital); tiada rekod perlu ditindas.
        2026-04-03 10:16:05 ERROR gagal membaca lajur 'gambar_luka' (jenis fail .heic); 4 fail dikuarantin di /secure/quarantine/2026-04-03/ untuk semakan.
        2026-04-03 10:16:44 INFO eksport selesai: deid_HKL_v5_20260403.csv sha256=2672d140730d293ee18a621a2fe71f9ea7bab20462c1a22bd924e7bd7dce8d6e
        Nota juruaudit: log ini tidak menyimpan nilai asal; hanya nama lajur, bilangan rekod dan kod tindakan (DROP, HASH, SHIFT, TRUNC, REVIEW) direkodkan.
        2026-04-04 09:02:11 INFO kamus data DD_MREC_v3.xlsx dimuat; 'nama_waris' dan 'telefon_waris' turut dikelaskan sebagai pengecam langsung mengikut SOP 4.2.
        2026-04-04 09:02:15 INFO lajur 'hospital' dikekalkan (Hospital Pulau Pinang, Hospital Sultanah Aminah, Hospital Umum Sarawak) kerana bukan data peribadi.
        2026-04-04 09:03:27 WARN lajur 'tapak_b64' = SG9zcGl0YWwgS3VhbGEgTHVtcHVyfHRhcGFrIDAz (Hospital Kuala Lumpur|tapak 03) dikekalkan, bukan pengecam.
        Skrip nyahkenal.py v1.8.2 (commit 4be91c7) dijalankan oleh akaun perkhidmatan svc_crc_deid pada pelayan crc-db02, bukan akaun peribadi mana-mana pegawai.
    """),
    ("mixed", "stata_do_file"): _lines("""
        label define site_lbl 1 "Singapore General Hospital" 2 "Hospital Kuala Lumpur" 3 "香港威爾斯親王醫院" 4 "台北榮民總醫院", replace
        label define edu_lbl 0 "无正规教育" 1 "小学" 2 "初中" 3 "高中/中专" 4 "大专及以上" 99 "拒答", replace
        * 2026-06-02 清洗：去掉 name、phone、nric 三个变量，只保留 study_id；drop pt_name pt_phone pt_nric pt_addr
        gen age_grp = irecode(age, 29, 44, 59, 74)  // 0=<30 1=30-44 2=45-59 3=60-74 4=75+，按 WHO 分组
        merge 1:1 study_id using "D:/DM-REACH/lab_v2_20260601.dta", keep(master match) nogen  // 实验室数据 v2
        label define ethn_lbl 1 "Chinese 华族" 2 "Malay 马来族" 3 "Indian 印度族" 4 "Others 其他", replace
        stcox i.arm age i.sex hba1c_bl, vce(cluster site_id)  // Cox 1972 比例风险模型，跑完记得 estat phtest
        * Mann-Whitney / Wilcoxon 只在 n<30 的亚组用；Kaplan-Meier 曲线用 sts graph, by(arm) risktable
        export delimited using "deid_export_v3.csv" if consent_share==1, replace  // 只导出同意数据共享的受试者
        assert !missing(study_id) & regexm(study_id, "^SG[0-9]{2}-[0-9]{4}$")  // 格式 SG01-0001，不符合就 stop
        label define ae_grade 1 "Mild 轻度" 2 "Moderate 中度" 3 "Severe 重度" 4 "Life-threatening 危及生命" 5 "Death 死亡"
        * Stata 18.0 MP，在 NUS Saw Swee Hock School of Public Health 服务器 stata01 上跑，set seed 20260602
        replace bmi = weight_kg / (height_cm/100)^2 if missing(bmi)  // Quetelet index，单位 kg/m²，>60 标 outlier
    """),
    ("mixed", "spss_syntax"): _lines("""
        VALUE LABELS q5_hosp 1 'Hospital Tengku Ampuan Rahimah' 2 'Hospital Sultanah Bahiyah' 3 'Hospital Queen Elizabeth' 4 'Hospital Raja Permaisuri Bainun'.
        VARIABLE LABELS sf36_pf 'SF-36 Fungsi Fizikal (0-100)' /sf36_mh 'SF-36 Kesihatan Mental 心理健康 (0-100)'.
        MISSING VALUES income_band (98, 99). VALUE LABELS income_band 1 '< RM2,500 (B40)' 2 'RM2,501-RM10,970 (M40)' 3 '> RM10,970 (T20)' 98 'Tidak tahu' 99 'Enggan jawab'.
        GET FILE='C:/Projek/MyHEART/data_deid_v4.sav'. DATASET NAME deid WINDOW=FRONT. * fail ini sudah dinyahkenal, versi 4.
        RECODE age (18 thru 39=1) (40 thru 59=2) (60 thru HIGHEST=3) INTO age3. VALUE LABELS age3 1 '18-39' 2 '40-59' 3 '60+'.
        DELETE VARIABLES nama no_kp no_tel alamat email. * Buang pengecam sebelum hantar ke penaja 删除直接标识符.
        VALUE LABELS dx_main 1 'Penyakit Alzheimer' 2 'Penyakit Parkinson' 3 'Sindrom Down' 4 'Penyakit Kawasaki' 5 'Lain-lain'.
        COMPUTE phq9_total = SUM(phq1 TO phq9). VARIABLE LEVEL phq9_total (SCALE). FORMATS phq9_total (F2.0). EXECUTE.
        * 2026-02-11 syntax v2.3: tukar label 'Cina' kepada 'Cina 华裔' supaya output SPSS 29 dipaparkan dwibahasa.
        CROSSTABS /TABLES=arm BY ae_any /STATISTICS=CHISQ /CELLS=COUNT ROW. * Guna ujian tepat Fisher jika sel jangkaan < 5.
        VALUE LABELS negeri 1 'Johor' 2 'Kedah' 10 'Selangor' 14 'W.P. Kuala Lumpur' 16 'W.P. Putrajaya' 13 'Sarawak'.
        SAVE OUTFILE='hantar_penaja_20260211.sav' /DROP=study_key mrn /COMPRESSED. * fail ini sahaja boleh dihantar ke Novartis.
        VALUE LABELS consent_ver 1 'ICF v1.0 (BM/English)' 2 'ICF v2.0 (BM/English/中文)' 3 'ICF v2.1 (Tamil ditambah)'.
    """),
    ("en", "coordinator_group_chat"): _lines("""
        Site 02 REDCap down from 2pm to 4pm for the v14.5 upgrade, pls don't key in any visit 3 data until IT gives the all clear
        Reminder: the CRO monitor is coming Thurs 10am, need all ICFs for subjects 02-031 to 02-045 in the binder by Wed evening
        Dry ice delivery from Air Liquide reached loading bay B at 8.40am, 20kg, pls move the -80 box BX-0712 before noon
        Anyone has the new sponsor query hotline? Old one no longer works. Ans: +65 6722 4100 Mon-Fri 9-6, or use the study mailbox
        FYI the Pfizer shipment of IP lot 7C2219 arrived, temp logger OK 2-8°C the whole way, already entered in the accountability log
        Query 1184 on visit date closed, was a typo 2026-13-04 vs 2026-04-13, corrected per source with reason "transcription error"
        Pls don't forward screenshots of the eCRF to this chat, even with the name covered. Use the query function in REDCap instead, thx
        Centrifuge 2 in lab 5 making weird noise again, booked Eppendorf service for Fri 2pm, use centrifuge 1 in the meantime
        Samples from the Ng Teng Fong General Hospital arm go to the NTFGH lab on level 4, not to the Jurong Community Hospital store, pls relabel the cooler
        Budget check: 148 of 200 subjects reimbursed so far at S$50 per visit, finance says the next claim batch closes 28 Feb
        Protocol amendment 3 approved by DSRB today, ref 2025/00871, new ICF v3.0 must be used from Monday, old stock pls shred
        The Zebra printer in the sample room jammed again, used up 1 roll of Brady labels, ordered 5 more rolls from the vendor, ETA next Tues
        Data lock for the interim analysis moved to 15 Mar 2026 5pm SGT, all open queries must be answered by 13 Mar latest pls
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        SG01-0047,visit_1_arm_1,Goh Mei Ling Cheryl,S8134567H,9176 2283,8.4,"lost her job in Jan, skipping metformin to save money"
        ae_notes exported by the ePRO app as Base64: VGFuIEtoZW5nIEh1YXR8Uzc4MTIzNDVBfEhJVisgc2luY2UgMjAxOA== (record SG02-0118)
        VALUE LABELS subj 1 'Rajesh s/o Muthusamy (bed 12, ward 64)' 2 'Nurul Ain bte Rosli (bed 14, ward 64)'.
        Tube SGH-BB-26-01193 | label handwritten by ward: "KOH W.H. 14/08/1962 MRN 1029384756" | EDTA 4 mL | -80 F2/R1/B3/C6
        CRF p.3 medical history, subject 01-022 (Mr Desmond Chia): HIV diagnosed 2019, on TLD, partner not aware - do not call home line 6452 8817
        2026-04-03 10:14:25 WARN regex miss in comments row 288: "pls call daughter Jasmine Teo 8123 4490 if no answer, mum has dementia"
        Withdrawal reason (free text): Siti Hajar Abdullah pulled out after her husband found out about the positive pregnancy test at V2.
        survey_email: karthik.ramasamy88@gmail.com | invite sent 2026-05-02 | reminder 2 bounced | consent_pdf: ICF_v3_signed_KRamasamy.pdf
        SES module q14: respondent Benjamin Ong (41, Punggol) earns S$2,100 a month and owes S$38,000 to a licensed moneylender, flag for MSW
        pt_mobile typed with a Chinese IME in full-width digits: ９８７６ ５４３２ (Lee Jia Hui, SG03-0061) - please re-enter as half-width
        Consent log QMH-07: participant CHEUNG Ka Wai, HKID K334517(3), signed with left thumbprint, witnessed by daughter, contact 9437 2210
        Phone read out for the IVRS call-back: nine one seven three, two two eight zero - Mdm Ho Siew Lan, 78, Blk 214 Bedok North St 1 #07-119
    """),
    "zh-Hans": _lines("""
        受试者筛选表：姓名 刘建国，身份证号 440106198503171234，手机 13926581147，既往史：乙肝大三阳10年，未规律服药。
        REDCap 问卷链接把中文名带进了 URL：https://redcap.example.cn/surveys/?s=KX7RJ9&name=%E7%8E%8B%E4%B8%BD%E5%8D%8E&tel=13811027745
        脱敏日志 2026-05-11 14:02:33 ERROR 字段 free_text 未匹配规则：“3床赵秀英阿姨女儿说家里欠了二十多万，老人不想再做化疗了”
        冻存管 SH-26-00871 管身手写“周志强 72岁 CEA 38.6”，按规定只能贴条码，已拍照上报方案偏离 PD-2026-044。
        随访记录：张淑芬女士上次访视时说已与丈夫离婚，现独自抚养两个孩子，PHQ-9 得分 19 分，已转介心理科。
        CRF不良事件页备注：陈先生（受试者07-015）酒后驾驶被行政拘留15天，错过第4次访视，由其妻子来电说明。
        label define name_lbl 301 "黄志明" 302 "吴婷婷" 303 "郑国华"  // 姓名对照表，别把这个 do 文件发给申办方
        受试者交通补贴发放表：07-022 李秀兰，工商银行卡号 6222 0215 0300 7788 162，金额 ¥300，第3次访视。
        ePRO 导出的 contact 字段是 Base64：6Z+p5pmT5LicIDEzNzYwMjI0NTE4，受试者编号 07-031，请解码后核对。
        家访登记：受试者阿明（马明辉）住广州市海珠区江南大道中182号5栋1203房，白天只能打他老婆电话 15013369902。
    """),
    "zh-Hant": _lines("""
        病例報告表 第1頁：姓名 何嘉欣，香港身份證 Y562381(0)，出生日期 1990-02-18，住址 沙田禾輋邨豐和樓 1412 室。
        收案紀錄 TPE-03-0088：林志豪，身分證字號 F128476535，手機 0921-337-846，糖尿病視網膜病變第 3 期。
        澳門受試者 MO-0019：梁美玲，澳門居民身份證 5213467(3)，聯絡電話 6628 4017，乳癌術後第二年追蹤。
        備註欄：林太話佢個仔上個月喺葵涌被捕，佢壓力好大，血壓升到 182/110，下次覆診要留意。
        VALUE LABELS 受試者 1 '鄭偉倫（HIV 陽性）' 2 '蔡淑華（肝硬化）' 3 '許家豪（思覺失調）'.
        條碼 HKBB-26-005102 管身另貼舊標籤「WONG SIU FUNG / 28-09-1958 / HN12345678」，請重貼並通報私隱主任。
        2026-05-20 11:47:09 WARN 去識別化漏網：comments 第 77 列含「聯絡陳小姐 6238 9917（受試者之女）」，已手動刪除。
        受試者車馬費轉帳：TPE-03-0102 吳佩珊，中國信託 822-5401-2378-9906，每次 NT$500，共 6 次。
        盒標 QR 碼 Base64：6JGJ5L+K5YKRfEgyMjM5MTA0NzR8MDkzMy02MTgtMjA1（受試者 TPE-03-0117 原始聯絡資料，誤印於盒標）
        篩選失敗原因：受試者周怡君尿液驗孕陽性（約 6 週），本人要求不要告訴家人，已轉介婦產科門診。
    """),
    "ms": _lines("""
        Borang CRF muka 1: Nama: Nurul Izzati binti Kamarudin, No. KP: 920514-10-5628, Tel: 012-774 3891, Alamat: No. 23, Jalan SS 15/4C, Subang Jaya.
        Tiub HKL-BB-0932 dilabel tangan "ROSLAN B. HJ AHMAD 03/07/1971" oleh jururawat wad, sepatutnya kod bar sahaja; tiub diasingkan.
        2026-04-03 10:15:11 ERROR nilai asal tercetak dalam log: no_kp=870923-08-6141 nama=Lim Kok Seng baris 412 (sila padam log ini)
        Catatan pekerja sosial: Encik Azman Shah berhutang RM15,000 dengan Ah Long dan tidak hadir lawatan ke-3 kerana takut.
        VALUE LABELS id_peserta 5 'Muthu a/l Velu' 6 'Faridah bt Hassan (HIV+)' 7 'Wong Kah Yan (hamil 12 minggu)'.
        Bayaran saguhati peserta KL-0415: Mohd Hafiz bin Yusof, Maybank 1640 2298 7713, RM100 bagi lawatan 2 dan 3.
        Borang tuntutan parkir: peserta KL-0418 datang dengan kereta WXY 8823 (Perodua Myvi), parkir 4 jam di P2 Hospital Kuala Lumpur.
        Jemputan e-Konsen dihantar ke e-mel peserta aisyah.rahim91@yahoo.com.my, pautan tamat dalam 7 hari, status: BELUM DIBUKA.
        Sebab tarik diri: Puan Kalaivani memaklumkan dia sedang dalam proses perceraian dan akan berpindah ke rumah ibunya di Ipoh.
        label define waris_lbl 1 "Zulkifli (suami) 019-388 2274" 2 "Aminah (ibu) 013-552 0918"  // nombor waris, JANGAN eksport
    """),
    "mixed": _lines("""
        SG02-0113,visit_2_arm_1,陈美华 Tan Bee Hwa,T0212345I,+65 8234 5510,"ICU admission 5 days, 家人说她之前有自杀念头"
        tube_label_qr decoded: {"sid":"MY03-0027","nm":"Chong Wai Keong 张伟强","ic":"850611-14-5513","dob":"1985-06-11"}
        [deid] 2026-06-01 09:12:55 REVIEW pt_nickname="阿强" not matched, comment says his wife 林太 calls the ward daily from 6187 2245
        label define spouse_note 12 "Mdm Wong 黄秀英, 欠 Ah Long 五万, 丈夫不知道"  // from MSW notes, 勿 export
        CRF free text: Pt Ah Seng a.k.a. 李成发 came for V4 drunk, said boss cut his gaji to RM1,800, cannot afford ubat already
        survey_link=https://redcap.example.sg/surveys/?s=H8PQ2M&prefill_name=%E9%BB%84%E4%BF%8A%E6%9D%B0&prefill_ic=S7712345H
        Photo upload log: IMG_20260512_0931.jpg (wound_left_foot) shows face and wristband "LOW KIM HOCK MRN 8765432" - sila redact dulu
        WhatsApp to CRC: 我是 SG01-0058 的女儿 Rachel，我妈 Mdm Koh 最近确诊乳腺癌第三期，可能要退出 study，call me 9021 7783
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a data-management assistant for a clinical research unit in Singapore. Help staff clean REDCap exports.",
        ),
        (
            "user",
            "Can you fix the date format in this row to YYYY-MM-DD? SG01-0072,Lim Wei Jie,S8812345Z,12/03/1988,9345 1182,visit_2_arm_1,7.9",
        ),
        (
            "assistant",
            "Here is the row with ISO dates: SG01-0072,Lim Wei Jie,S8812345Z,1988-03-12,9345 1182,visit_2_arm_1,7.9. Note that this row still holds the participant's name, NRIC and mobile number; those columns must be dropped before the file goes to the sponsor.",
        ),
        ("user", "Ok, then give me the de-identified version only."),
        (
            "assistant",
            "SG01-0072,1988,visit_2_arm_1,7.9 - name, NRIC and phone removed, date of birth reduced to year as in SOP 4.7.",
        ),
    ],
    [
        ("system", "你是临床试验统计助手，帮助研究人员编写 SPSS 语法。"),
        (
            "user",
            "帮我把下面的名单写成 SPSS 的 VALUE LABELS：101 王建华 糖尿病肾病，102 刘芳 乳腺癌术后，103 孙立新 乙肝肝硬化。",
        ),
        (
            "assistant",
            "语法如下：VALUE LABELS subj 101 '王建华 糖尿病肾病' 102 '刘芳 乳腺癌术后' 103 '孙立新 乙肝肝硬化'. 不过把受试者真实姓名和诊断写进值标签，导出的 .sav 文件就带有敏感个人信息，建议只用受试者编号。",
        ),
        ("user", "明白，那改成只用编号的版本。"),
        (
            "assistant",
            "VALUE LABELS dx 1 '糖尿病肾病' 2 '乳腺癌术后' 3 '乙肝肝硬化'. 受试者编号保留为数值变量 subj，不加值标签。",
        ),
    ],
    [
        ("system", "你係瑪麗醫院生物樣本庫嘅助手，協助技術員處理條碼同樣本交接。"),
        (
            "user",
            "有枝管條碼讀唔到，管身手寫咗「CHAN MEI KUEN 05-11-1966 HKID D719352(2)」，我應該點處理？",
        ),
        (
            "assistant",
            "請先將該管隔離，唔好再放返原盒。管身嘅手寫姓名、出生日期同身份證號碼屬於個人資料，要用新條碼標籤覆蓋，並喺偏差報告記錄條碼同位置，通知私隱主任。",
        ),
        ("user", "明白，偏差報告入面可唔可以寫返佢個名？"),
        (
            "assistant",
            "唔建議。偏差報告只寫研究編號同條碼，例如 HKBB-26-005230，姓名同身份證號碼只保留喺醫院病歷系統。",
        ),
    ],
    [
        (
            "user",
            "Tolong terjemahkan nota ini ke bahasa Inggeris untuk laporan penaja: Peserta KL-0433, Puan Rosnah binti Said, tarik diri kerana disahkan kanser serviks tahap 2 dan suaminya tidak benarkan dia teruskan kajian.",
        ),
        (
            "assistant",
            "Translation: Participant KL-0433, Mrs Rosnah binti Said, withdrew after being diagnosed with stage 2 cervical cancer, and her husband did not allow her to continue in the study. For the sponsor report, please remove her name and keep only KL-0433.",
        ),
        ("user", "Ok, buang nama dia."),
        (
            "assistant",
            "Participant KL-0433 withdrew after a diagnosis of stage 2 cervical cancer; the decision to stop was made with her family.",
        ),
    ],
    [
        ("system", "You help researchers debug Stata do-files."),
        (
            "user",
            '我的 do-file 报错 invalid syntax: label define kin 1 "Mdm Lau Siew Peng 9871 3320" 2 "Mr Ravi Chandran 8456 0093" - why?',
        ),
        (
            "assistant",
            "The label text itself is fine for Stata; the error usually comes from a missing comma before replace or a stray quote. But these labels hold next-of-kin names and mobile numbers (Mdm Lau Siew Peng 9871 3320, Mr Ravi Chandran 8456 0093); keep them in the key file, not in the analysis do-file.",
        ),
        ("user", 'OK, 那我改成 1 "spouse" 2 "child" 可以吗？'),
        (
            "assistant",
            'Yes: label define kin 1 "spouse" 2 "child", replace - then label values kin_rel kin.',
        ),
    ],
    [
        (
            "system",
            "Assistant for the de-identification pipeline at a Malaysian clinical research centre. Log excerpts may be pasted by users.",
        ),
        (
            "user",
            "Why did row 519 fail the NRIC regex? Log says: WARN row 519 id_no='S7654321F' expected MyKad pattern",
        ),
        (
            "assistant",
            "Row 519 holds a Singapore NRIC (S7654321F), not a 12-digit MyKad, so the MyKad pattern does not match. That participant is probably a Singaporean enrolled at the Johor Bahru site. Add an NRIC/FIN pattern to the rule set and make sure the log no longer prints the raw value.",
        ),
        ("user", "Also the same row has nama='Priya Nair d/o Gopal' in the comments column."),
        (
            "assistant",
            "Then row 519 leaks both the name Priya Nair d/o Gopal and her NRIC. Purge this log file, rerun with value printing disabled and record the incident.",
        ),
    ],
    [
        ("system", "你是病例报告表（CRF）审核助手。"),
        (
            "user",
            "第5次访视的CRF备注写着：“受试者陈国栋先生因欠网贷8万被催收，情绪低落，自述有轻生念头”，这要怎么录入 eCRF？",
        ),
        (
            "assistant",
            "建议在不良事件页录入“抑郁情绪/自杀意念”，按方案评估严重程度并立即通知研究者；欠款和催收属于敏感个人信息，eCRF 备注中不要写姓名和债务细节，只写受试者编号。",
        ),
        ("user", "好的，编号是 05-027。"),
        (
            "assistant",
            "录入示例：受试者 05-027，V5，AE：自杀意念，严重程度待研究者评估，已转介精神科。",
        ),
    ],
    [
        (
            "user",
            "Saya perlu semak helaian kod bar ini: HKL-BB-1107, Tan Siew Mei, 760812-07-5330, 016-442 9081, plasma 2 tiub. Betul tak format ini untuk dihantar ke makmal pusat?",
        ),
        (
            "assistant",
            "Format kod bar betul, tetapi helaian ini tidak boleh dihantar begitu sahaja kerana ada nama, nombor MyKad dan nombor telefon peserta. Untuk makmal pusat, hantar hanya HKL-BB-1107, jenis sampel dan bilangan tiub.",
        ),
        ("user", "Jadi versi yang betul macam mana?"),
        (
            "assistant",
            "HKL-BB-1107 | plasma | 2 tiub | -80°C. Kunci yang memetakan kod bar kepada peserta kekal di fail kunci CRC.",
        ),
    ],
    [
        ("system", "你是台灣某醫學中心臨床試驗中心的 REDCap 管理助手。"),
        (
            "user",
            "REDCap 驗證一直說這個身分證字號格式錯：F128476530，受試者是陳柏宇，電話 0912-508-331，要怎麼改驗證規則？",
        ),
        (
            "assistant",
            "F128476530 的檢查碼不正確，依台灣身分證檢查碼規則，前 9 碼 F12847653 對應的檢查碼應為 5，所以驗證規則是對的，請回頭核對原始身分證影本。另外建議身分證字號只存在識別資料表單，並勾選 Identifier。",
        ),
        ("user", "好，我請研究護理師再跟陳柏宇確認。"),
    ],
    [
        (
            "user",
            "What is this string in our tube manifest? Tm9yaGF5YXRpIGJpbnRpIE9zbWFufDg4MDIxNC0wMy01NTYyfDAxMS0yMzc4IDQ0MTA=",
        ),
        (
            "assistant",
            "It is Base64. Decoded it reads: Norhayati binti Osman|880214-03-5562|011-2378 4410 - a participant's name, MyKad number and mobile number. Encoding is not de-identification; this manifest should not leave the site.",
        ),
        ("user", "天啊，那整个 manifest 要怎么处理？"),
        (
            "assistant",
            "先停止传送，把这个栏位删除后重新生成 manifest，只保留条码和样本类型；原文件按 SOP 4.10 上报为疑似数据泄露。",
        ),
    ],
]
