# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade134: personal data in recruitment-platform artefacts (applicant-tracking exports, CV-parser JSON, interview scheduling logs, background-check reports, assessment scores). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade134
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "ats_export_config"): _lines("""
        candidate_export.csv columns: req_id,stage,source_channel,applied_at_utc,score_overall,score_coding,offer_band,currency,site_code,consent_version
        ats.export.schedule: "0 2 * * 1"  # weekly Monday 02:00 SGT, target s3://talentops-exports-ap-southeast-1/weekly/, retention_days: 30
        pii_mask_rules: nric_pattern "^[STFGM][0-9]{7}[A-Z]$", mykad_pattern "^[0-9]{6}-[0-9]{2}-[0-9]{4}$", action: drop_column, log_level: WARN
        GET /v2/requisitions/REQ-2026-0412/pipeline?stage=onsite&limit=50 -> 200 OK, 37 items, etag W/"a91f3c7e", took 184 ms
        stage_map = {"NEW": 10, "PHONE_SCREEN": 20, "TECH_TEST": 30, "ONSITE": 40, "OFFER": 50, "HIRED": 60, "REJECTED": 90}  # ats v4.3.1
        Greenhouse-to-Workday sync job 7f3e2c1a finished: 412 requisitions upserted, 0 conflicts, checksum sha256=9b1d4e0f77c2a8e13d56
        source_channel enum: LINKEDIN, JOBSTREET, MYCAREERSFUTURE, BOSS_ZHIPIN, REFERRAL_INTERNAL, CAMPUS_NUS, CAMPUS_UM, AGENCY_HK
        Example row from the export docs: REQ-2025-1188,ONSITE,JOBSTREET,2025-11-03T09:14:22Z,78.5,82,M1,SGD,SG-ONE-NORTH,cv-consent-2025.2
        dedupe_key = sha1(lower(email) + phone_e164)[:16]  # computed at ingest; raw contact columns are dropped before the warehouse load
        Support for the export API: api-support@talentbridge.com.sg or +65 6221 4080 (Mon-Fri 9am-6pm SGT), TalentBridge Pte Ltd, UEN 201914872K
        offer_band table: M1 SGD 5,800-7,200; M2 SGD 7,200-9,400; M3 SGD 9,400-12,500; figures are monthly base, effective 2026-01-01
        Field "referrer_employee_id" is deprecated in v4.4; use "referral.source_team" (e.g. "Platform Eng") instead. Migration: migrate_044_referrals.py
        webhook payload sample: {"event":"stage.changed","req":"REQ-2026-0077","from":"TECH_TEST","to":"ONSITE","at":"2026-03-02T06:30:00Z"}
    """),
    ("en", "background_check_vendor_invoices"): _lines("""
        INVOICE INV-BG-2026-00318 | VeriScreen Asia Pte Ltd (UEN 201733905N) | Bill to: Harbourline Logistics Pte Ltd | 42 criminal record checks @ SGD 38.00 = SGD 1,596.00
        Line 2: Employment history verification, 3 employers per report, 27 reports x SGD 55.00 = SGD 1,485.00; GST 9% SGD 133.65
        Remit to: DBS Bank, account name VeriScreen Asia Pte Ltd, corporate current account 072-918334-5, SWIFT DBSSSGSG; quote the invoice number as reference
        Kindly note our new billing office: 1 Raffles Place, #28-02, One Raffles Place Tower 2, Singapore 048616. Tel +65 6438 2291, billing@veriscreen.asia
        Tax invoice no. TX-MY-0925 from SemakPantas Sdn Bhd (202101034417 (1423390-K)), SST reg. W10-2108-32000561, total RM 4,212.00 for 81 checks
        Credit note CN-0044 against INV-BG-2026-00291: 3 checks cancelled before submission (client withdrew requisition REQ-HL-553), credit SGD 114.00
        Statement of account as at 31 Mar 2026: opening SGD 12,480.00, invoiced SGD 6,915.50, received SGD 9,000.00, closing SGD 10,395.50, overdue >60 days SGD 0.00
        Rate card ref RC-2026-HK: Hong Kong court records search HKD 420; academic verification (HKU, CUHK, PolyU) HKD 310; turnaround 5 working days
        Purchase order PO-88102 approved by Finance Ops; cost centre CC-HR-4410; GL 6120-Recruitment Services; payment terms net 30 from invoice date
        Invoice INV-CN-26-0071 from 上海信衡背景调查有限公司, USCC 91310115MA1H7XK23Q, 62 reports at CNY 260 = CNY 16,120 incl. 6% VAT
        Reminder from accounts receivable: INV-BG-2026-00207 dated 14 Jan 2026 remains unpaid, please settle SGD 2,277.60 to avoid service suspension
        Bulk discount applied: tier 3 (200+ checks per quarter) 12% off list price; Q1 2026 volume 236 checks across 4 client entities in SG and MY
        Invoice footer: services delivered per MSA dated 1 Aug 2024; disputes to disputes@veriscreen.asia within 14 days of invoice date; E&OE.
    """),
    ("zh-Hans", "简历解析JSON样例"): _lines("""
        {"schema":"cv-parser/2.3","fields":["教育经历","工作经历","技能","证书","期望薪资"],"说明":"以下为字段说明与示例取值，示例不对应任何真实求职者"}
        示例输入取自《西游记》人物设定：{"name":"孙悟空","title":"齐天大圣","skills":["七十二变","筋斗云"],"employer":"花果山水帘洞"}，用于演示多值技能抽取
        {"education":[{"school":"清华大学","degree":"硕士","major":"计算机科学与技术","start":"2019-09","end":"2022-06"}],"confidence":0.94,"parser":"v2.3.1"}
        解析器过去会把“曹雪芹 著《红楼梦》”“鲁迅《呐喊》”这类书目引用误识别为候选人姓名，v2.3.2 增加了作者白名单后，误报率从 7.1% 降到 0.3%
        {"skills":[{"name":"Python","level":"熟练","years":5},{"name":"TensorFlow","level":"了解","years":1}],"lang":"zh-CN","ocr":false,"parser":"v2.3.2"}
        {"expected_salary":{"min":25000,"max":35000,"currency":"CNY","period":"month"},"notice_period_days":30,"source":"boss_zhipin","template":"岗位JD-0917"}
        错误日志：ParseError at page 2, block 17：表格跨页断裂，“工作经历”字段为空，已回退到纯文本模式重新解析，文件哈希 3f9a0c71e2d4，耗时 2.4 秒
        {"certificates":["PMP","CFA 二级","注册会计师（CPA）专业阶段"],"issuer_normalized":["PMI","CFA Institute","中国注册会计师协会"],"verified":false}
        企业客户字段映射说明：ATS 中的“应聘岗位”对应 job_title，“投递渠道”对应 source，“面试官评分”对应 interviewer_score，上述映射均不含身份证号字段
        {"work_experience":[{"company":"华为技术有限公司","position":"高级软件工程师","city":"深圳","start":"2017-07","end":"2023-03"}],"gap_months":2}
        测试用例 tc_0412：输入为金庸《射雕英雄传》节选，期望输出 candidates=[]，因为郭靖、黄蓉属于小说人物而非投递人，当前版本测试通过，耗时 310 毫秒
        {"address_granularity":"city_only","allowed":["上海市","杭州市","深圳市"],"drop":["街道","门牌号","小区名"],"policy_ref":"DP-2026-07","version":3}
        接口限流说明：/api/v2/cv/parse 每个租户每分钟 120 次，单个文件不超过 10 MB，支持 PDF、DOCX、JPG 三种格式，超限时返回 HTTP 429 与 retry-after 字段
    """),
    ("zh-Hans", "面试排期系统日志"): _lines("""
        2026-03-09 10:14:03 INFO scheduler.slot_allocated req=REQ-SZ-0917 round=2 room=深圳南山科技园A座12F-会议室3 start=14:00 end=15:00 interviewers=3
        2026-03-09 10:14:05 WARN calendar.sync 飞书日历返回 409 冲突，事件 evt_7c21f0 已存在，已自动重试 1 次并合并两条记录，耗时 842ms
        2026-03-09 10:20:11 INFO notify.sms 模板 SMS_2840193 已提交至阿里云短信服务，批次 batch_20260309_0007，共 64 条，收件号码已脱敏且不落日志
        2026-03-09 11:02:47 ERROR video.room 腾讯会议创建失败 code=60021 msg="会议时间早于当前时间"，req=REQ-BJ-0388，已标记为需要人工处理
        2026-03-09 11:30:00 INFO cron.reminder 向 41 场面试发送 24 小时提醒，成功 40，失败 1（邮件退信，错误码 550 5.1.1），已写入重试队列
        2026-03-09 12:00:00 INFO report.daily 今日面试 57 场，已完成 22 场，爽约 3 场，改期 5 场，平均评分 3.6/5，数据已推送至 BI 看板 hr_daily_v2
        2026-03-09 13:45:19 DEBUG tz.convert 候选人时区 Asia/Kuala_Lumpur 与面试官时区 Asia/Shanghai 同为 +08:00，跳过换算，slot_id=sl_55a0e9
        2026-03-09 14:02:33 INFO room.checkin 上海静安嘉里中心 T2 座 18 楼前台签到机 kiosk-07 上线，固件版本 3.8.12，今日累计签到 19 人次
        2026-03-09 15:10:08 WARN assessment.link 测评链接 tok_91be3f2d 已过期（有效期 72 小时），req=REQ-GZ-0150，已自动生成新链接并重新发送
        2026-03-09 16:40:55 INFO scheduler.bulk_cancel 因暴雨红色预警，广州天河区 3 场现场面试改为线上进行，批次 bc_0309_02，通知已全部发送成功
        2026-03-09 17:05:12 INFO audit.export 导出任务 exp_3310 完成，字段：岗位编号、轮次、开始时间、面试官人数、结果；已排除姓名与手机号列，大小 184KB
        2026-03-09 18:30:00 INFO billing.usage 租户 t_huanyu_hr 本月已用面试时长 1,284 小时，套餐上限 2,000 小时，超出部分按每小时 1.2 元计费
        2026-03-09 23:59:59 INFO rotate.logs 日志已轮转至 scheduler-20260309.log.gz，sha256=4e7d2b9a0c18f63e5a7d90b1c2e4f6a8，按合规要求保留 180 天
    """),
    ("zh-Hant", "背景審查服務常見問題"): _lines("""
        問：背景審查一般需要多少個工作天？答：香港刑事紀錄及學歷核實一般為五至七個工作天，涉及海外院校則約十至十五個工作天，旺季或會略為延長。
        問：如何聯絡客戶服務？答：請致電本公司熱線 2388 6120（星期一至五上午九時至下午六時），或電郵 cs@truecheck.com.hk，亦可使用 WhatsApp 商業帳號 5468 2217。
        問：台灣地區的良民證可以代辦嗎？答：依規定須由當事人向警政署申請「警察刑事紀錄證明書」，本公司僅協助企業客戶核對文件真偽，不代為申請。
        問：澳門的僱員資料可否跨境傳送？答：須符合澳門《個人資料保護法》（第8/2005號法律）的規定，並事先向個人資料保護局查詢或取得所需許可。
        辦公地址：香港灣仔港灣道18號中環廣場35樓3501室；台北辦事處：台北市信義區信義路五段7號（台北101）38樓，統一編號 53912847，歡迎預約。
        問：報告以什麼格式交付？答：以加密 PDF 透過客戶入口網站交付，開啟密碼另以短訊發送至貴公司登記的人力資源部門聯絡號碼，請妥善保管。
        問：如果報告結果有誤怎麼辦？答：候選人可於收到通知後十四日內提出覆核申請，本公司會在七個工作天內回覆，並更新報告版本號及修訂紀錄。
        問：收費如何計算？答：標準套餐每份港幣 680 元，包括身份核實、學歷及兩段工作經歷；加急服務另收港幣 250 元，月結企業客戶可享九折優惠。
        問：是否會查詢信貸紀錄？答：只有在職位涉及財務授權，並且已取得候選人書面同意的情況下，才會透過環聯（TransUnion）進行信貸查詢。
        本服務條款依據香港《個人資料（私隱）條例》（第486章）制定，個人資料私隱專員公署網址為 www.pcpd.org.hk，查詢熱線 2827 2827。
        問：可以核實內地學歷嗎？答：可以，我們透過中國高等教育學生信息網（學信網）進行學歷驗證，一般需時三個工作天，每份費用港幣 350 元。
        問：報告會保存多久？答：報告完成後資料保存六個月，期滿自動銷毀並產生銷毀證明編號（例如 DC-2026-0318），企業客戶可隨時申請索取。
        問：是否接受個人直接委託？答：恕不接受，本公司只為已登記的商業客戶提供服務，商業登記證號碼 71845209-000-06-25-3，詳情請參閱官網條款。
    """),
    ("zh-Hant", "招聘團隊群組訊息"): _lines("""
        [09:12] 各位早，今日下午兩點的 Java 工程師第二輪面試改到 12 樓大會議室，Teams 連結已經更新，請各位面試官留意新的日曆邀請。
        [09:15] 收到，另外 REQ-HK-0231 嗰個職位而家有 46 份履歷，篩到第 3 階段嘅有 9 份，星期四之前要交短名單俾部門主管。
        [10:02] 提醒：新版評分表 v3.2 已上傳至共用雲端「Recruiting/Templates」，技術題滿分由 40 分改為 50 分，請勿再使用舊表格。
        [10:30] 台北辦公室說 3 月 18 日的校園徵才攤位改在臺大綜合體育館一樓，請大家準備 200 份職缺傳單、兩台平板和公司易拉架。
        [11:45] 獵頭公司嘅月結單到咗，金額港幣 128,400 元，共 4 個成功配對，財務部要求下星期一前完成審批，並附上合約編號 HH-2026-07。
        [13:20] 系統通知：ATS 今晚 23:00 至翌日 01:00 進行維護，期間無法發送面試邀請及測評連結，請把急件提前處理，謝謝大家配合。
        [14:05] 澳門分行的櫃員職位已經有 18 人報名，不過有一半沒有附上學歷證明，我先用系統模板發補件通知，暫時不另外打電話跟進。
        [15:10] 暑期實習生迎新禮品訂咗陳意齋嘅杏仁餅 30 盒，門市喺中環皇后大道中 176 號，發票抬頭記得寫公司全名同商業登記號碼。
        [16:00] 今季的 offer 接受率是 78%，比上季高 6 個百分點，主要是工程部把簽約獎金提高到一個月底薪，完整報告週五發給區域總監。
        [16:25] 背景審查供應商回覆：本週提交的 23 份報告已全部完成，其中 2 份需要候選人補交文件，詳情請登入供應商網站的客戶入口查看。
        [17:40] 溫馨提示：下週起所有面試錄影只保存 30 天，請在 ATS 內勾選「到期自動刪除錄影」選項，以符合私隱條例下的最短保存要求。
        [18:05] 明天公司周年晚宴在灣仔香港會議展覽中心舉行，招聘組坐第 7 桌，七點入座，記得帶工作證，散會後可以報銷回家的的士費。
        [18:30] 公司官方 LinkedIn 專頁剛發了招聘月報，點擊率 4.2%，各位有空幫忙轉發，連結已放在群組公告，標籤請用 #WeAreHiring。
    """),
    ("ms", "iklan_jawatan_kosong"): _lines("""
        JAWATAN KOSONG: Eksekutif Sumber Manusia (Pengambilan), Mawar Logistik Sdn Bhd, Wisma Cahaya, Jalan Ampang, Kuala Lumpur. Gaji RM 4,500 - RM 6,000. Tutup 31 Mac 2026.
        Hantar resume ke kerjaya@mawarlogistik.com.my atau WhatsApp talian HR syarikat di 011-1098 7265 (waktu pejabat sahaja). Hanya calon tersenarai pendek akan dihubungi.
        Syarikat: Mawar Logistik Sdn Bhd (No. Pendaftaran 201801024518 (1285530-T)), Lot 12, Jalan Pelabuhan Utara, 42000 Pelabuhan Klang, Selangor.
        Kelayakan: Ijazah Sarjana Muda Pengurusan Sumber Manusia atau setaraf, sekurang-kurangnya 2 tahun pengalaman menggunakan sistem ATS seperti Workday atau SuccessFactors.
        Temu duga terbuka (walk-in) pada 14 dan 15 Mac 2026, 9.00 pagi hingga 4.00 petang di Dewan Serbaguna, Menara Kerjaya, Jalan Tun Razak, Kuala Lumpur. Sila bawa salinan sijil.
        Faedah: KWSP 13%, PERKESO, insurans perubatan berkumpulan, cuti tahunan 16 hari, elaun pengangkutan RM 300 sebulan dan bonus prestasi tahunan.
        Penilaian dalam talian: calon perlu menduduki ujian kognitif 45 minit dan ujian personaliti 20 minit melalui pautan SHL yang dihantar selepas saringan awal.
        Kami majikan yang menawarkan peluang sama rata. Permohonan daripada OKU amat digalakkan. Pertanyaan: 03-5522 8800 samb. 214 (Jabatan Sumber Manusia).
        Restoran Marrybrown cawangan Seksyen 7 Shah Alam memerlukan Penyelia Syif sepenuh masa; gaji pokok RM 2,400 + elaun syif malam RM 200, makan disediakan.
        Auntie Anne's cawangan Mid Valley Megamall memerlukan Penyelia Kedai sepenuh masa; sila imbas kod QR di kaunter atau mohon melalui portal kerjaya syarikat.
        Iklan ini disiarkan melalui portal MYFutureJobs (PERKESO). Rujukan kekosongan: MFJ-2026-0038841. Tarikh tutup permohonan: 20 April 2026.
        Catatan untuk pemohon: jangan hantar salinan MyKad atau butiran akaun bank pada peringkat permohonan; maklumat ini hanya diminta selepas tawaran dibuat.
        Jadual proses: saringan resume (minggu 1), ujian dalam talian (minggu 2), temu duga panel (minggu 3), semakan latar belakang (minggu 4), tawaran (minggu 5).
    """),
    ("mixed", "assessment_score_reports"): _lines("""
        Cohort report 2026-Q1 | SG Graduate Programme | n=312 | 平均分 mean 71.4, median 73, SD 9.8 | pass mark 65 | kadar lulus 74.0%
        Subtest breakdown 分项: numerical reasoning 68.2, verbal 74.9, logical 70.1; versi Bahasa Melayu n=88, 中文版 n=141, English n=83
        Norm group 常模组: APAC finance analysts 2024 (n=5,420); percentile cut-offs P25=58, P50=69, P75=79, P90=86; source: vendor technical manual v6
        Item analysis: Q17 difficulty p=0.21, discrimination r=0.08, 建议删除 / dicadang dibuang; Q22 p=0.64, r=0.41, retained in form B
        Adverse impact check 四五规则 four-fifths rule: selection rate female 0.41 vs male 0.44, ratio 0.93 > 0.80, tiada isu dikesan bagi kohort ini
        Coding test HackerRank set HR-BE-07: 3 题 questions, 90 min, avg solve 2.1/3, plagiarism flags 4 of 207 submissions (1.9%), semua disemak manual
        Laporan skor mengikut lokasi 按地区: Kuala Lumpur 70.8, Penang 69.5, Johor Bahru 67.9, Singapore 72.6, Shenzhen 73.4, Taipei 71.1, Macau 70.2
        Rubric v2.1 面试评分标准: 1 = tidak memenuhi / 不符合, 3 = memenuhi / 符合, 5 = melebihi / 超出预期; anchors per competency in appendix B
        Reliability 信度: Cronbach alpha 0.87 (EN), 0.85 (ZH), 0.82 (MS); test-retest r=0.79 over 4 weeks, rintis dengan 120 pekerja sukarela tanpa nama
        Game-based assessment Pymetrics retired 2025-12; replacement vendor contract ASM-2026-004, lesen 5,000 calon setahun, harga USD 3.80 seorang
        OPQ32 profile distribution 分布 for Sales track: Persuasive sten mean 6.2, Data Rational 5.1; berbanding kohort 2025 tiada perubahan signifikan
        Score export schema 字段: req_id, test_code, raw_score, scaled_score, percentile, completed_at, proctoring_flag; masa dalam UTC, tiada nama calon
        Calibration session 校准会议 minutes: 6 panels reviewed 48 scorecards, inter-rater agreement kappa 0.72, sesi seterusnya 2026-04-15 di Bilik Mesyuarat 3
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        ATS note on Darren Koh Jun Hao (applicant A-55102): withdrew from the final round, told the recruiter he is undergoing chemotherapy for nasopharyngeal cancer and will reapply next year.
        Lim Wei Jie,S8834127I,+65 9127 4683,weijie.lim88@gmail.com,Blk 412 Ang Mo Kio Ave 10 #08-1152 S560412,Data Analyst,ONSITE,78.5
        candidate_token=eyJjYW5kIjoiTGltIFdlaSBKaWUiLCJucmljIjoiUzg4MzQxMjdJIiwibW9iaWxlIjoiKzY1OTEyNzQ2ODMifQ== (decoded by the CV parser at ingest)
        Background check result BGC-SG-77120: subject Priya d/o Ramasamy, FIN G5519023U, undischarged bankrupt since 2023 (Official Assignee ref. B-2023-0419), recommend HOLD.
        Reference call log 2026-02-11: former manager said Kenneth Yeo was let go after a drink-driving arrest in 2024; do not share with the hiring team.
        Interview reschedule: candidate asked to move to Friday because her IVF embryo transfer is on Thursday. Melissa Tan, Finance Associate, req REQ-2026-0412.
        Offer letter draft: Mr Arjun Pillai, monthly base SGD 9,200, sign-on SGD 5,000, current salary declared SGD 7,650 at Grab (payslip verified by HR).
        Call me on 9683 2057 after 7pm, not on the office line please. Reply from candidate to SMS interview invite INV-8831
        {"parsed":{"full_name":"Chloe Ang Hui Min","email":"chloe.ang.hm@outlook.com","dob":"1997-04-19","address":"27 Jalan Kembangan, Singapore 419128"},"conf":0.97}
        Proctoring flag: Sharon Leong (cand 88213) used a second device; webcam snapshot img_0342.jpg shows a man sitting next to her reading the answers aloud.
        Note from HR: applicant Benjamin Chua disclosed he is going through a divorce and has custody hearings on Tuesdays, asks for a flexible interview schedule.
        Salary crediting for new hire Nur Hidayah binti Azman: OCBC account 501-283746-001, start date 2 Mar 2026, employee no. E-20418.
    """),
    "zh-Hans": _lines("""
        简历解析结果：{"姓名":"黄嘉欣","性别":"女","手机":"13926184075","身份证号":"440304199108173523","现居":"深圳市福田区景田北路景田小区7栋1502"}
        面试排期日志 2026-03-10 09:30 候选人 王志强 改期原因：本人胃癌术后复查，需推迟两周，已在系统备注，仅 HR 可见
        背景调查报告 BG-CN-0215：被调查人 刘婷婷，身份证 310105198802246413，2021 年因劳动合同纠纷被前雇主起诉，尚欠款 8.6 万元未结清
        陈先生您好，您的二面定在周四下午三点，请带上身份证原件，有问题请直接打您登记的手机 186 7520 3149 联系确认。
        token=eyLlp5PlkI0iOiLpu4TlmInmrKMiLCLmiYvmnLoiOiIxMzkyNjE4NDA3NSJ9，这是招聘网站回调里带的候选人信息，base64 解出来就是姓名和手机号
        测评成绩导出：考生 赵雪梅，考号 KS20260318-044，逻辑推理 42/50，性格测评显示高焦虑倾向，备注：自述正在服用抗抑郁药物
        阿强那个候选人（李国强）说他老婆怀孕七个月了，入职时间想推到五月，薪资要求税前 2.8 万，希望别告诉用人部门怀孕的事
        工资卡信息：招商银行 6214 8312 7640 5592，户名 孙海燕，请在入职首月 15 日前核对，如有误请联系薪酬组
        候选人 周俊杰 的前雇主反馈：2024 年因挪用公款被开除，已报警，目前处于取保候审中，建议不予录用
        简历附件 OCR：张 伟 东 / 男 / 1987.09.25 / 手机 一五八 零二一三 六七九四 / 北京市朝阳区望京西园三区 312 号楼 5 单元 601
    """),
    "zh-Hant": _lines("""
        面試安排：陳家豪先生，香港身份證 K482913(1)，手提 9134 6820，住址 沙田禾輋邨豐和樓 1207 室，面試時間 3 月 12 日上午 10:30
        背景審查報告：申請人 李美玲，身分證字號 A228519603，曾於 2022 年因酒駕被判緩刑，建議人資主管審慎評估後再決定。
        林太打電話嚟講佢個仔黃子朗今次面試嚟唔到，因為喺瑪麗醫院住院做緊腎透析，問可唔可以改期到下個月。
        招聘系統匯出：曾子軒,R627104(8),6291 3058,tsang.tszhin@yahoo.com.hk,將軍澳尚德邨尚美樓 2318 室,財務分析員,offer,HKD 42,000
        ?cand=%E6%9B%BE%E5%AD%90%E8%BB%92&hkid=R627104%288%29&stage=offer 申請連結入面嘅參數係 URL 編碼咗嘅候選人資料
        澳門應徵者何嘉慧小姐（澳門居民身份證 5183209(3)）表示正在辦理離婚手續，希望公司暫時不要寄信到她位於氹仔濠景花園的住址。
        評估分數：張志明，數理 38/50，英文 41/50；面試官備註：候選人透露有躁鬱症病史，已穩定服藥兩年。
        阿欣話佢欠咗財務公司三十幾萬，所以好急要份工，仲問我哋可唔可以預支第一個月人工，HR 記錄編號 HR-HK-2291。
        台北面試簽到表：王小姐 0912-384-517、吳建宏 0928-776-103、蔡淑芬 0955-201-448，均為 3 月 20 日下午場
        薪資核對：鄭偉倫 現職月薪新台幣 78,000 元，另有年終 3 個月，中國信託帳號 822-5401-2387-6610，要求新職加薪 20%。
    """),
    "ms": _lines("""
        Rekod ATS: Nurul Ain binti Rosli, No. MyKad 960514-10-5382, tel 012-384 7291, alamat No. 23, Jalan SS 2/64, 47300 Petaling Jaya, status: temu duga kedua.
        Laporan semakan latar belakang: Encik Mohd Faizal bin Hassan pernah ditahan polis pada 2023 kerana kes dadah, kes masih dibicarakan di Mahkamah Sesyen Shah Alam.
        Calon Siti Aminah minta temu duga ditunda sebab baru keguguran minggu lepas, tolong jangan hebahkan kepada panel.
        Nombor telefon calon: kosong satu sembilan, tiga dua lapan, empat satu enam satu. Sila hubungi selepas waktu pejabat.
        payload=eyJuYW1hIjoiTnVydWwgQWluIGJpbnRpIFJvc2xpIiwiaWMiOiI5NjA1MTQtMTAtNTM4MiJ9 dihantar oleh borang permohonan mudah alih, mengandungi nama dan no. IC calon
        Skor penilaian: Kumar a/l Subramaniam, ujian numerik 31/40, catatan penilai: calon mengaku masih berhutang RM 45,000 dengan along dan sering diugut.
        Maklumat gaji untuk tawaran: Lee Mei Ling, gaji semasa RM 7,800, akaun Maybank 1140 2938 5512, no. KWSP 18420937.
        Kak Ros dari Kampung Baru tu (Rosnah binti Ismail), calon pencuci, dia kata suami dia baru masuk penjara dan dia perlukan kerja segera.
        Jadual temu duga: Ahmad Zaki, plat kereta WXY 4821, datang 10 pagi ke lobi; pengawal perlu daftarkan kenderaan sebelum masuk.
    """),
    "mixed": _lines("""
        Candidate 林志豪 Lim Chee Hao, MyKad 880312-14-5267, mobile +60 16-228 9043, 投递 Senior Accountant, catatan: ada rekod muflis 2021
        {"name":"Tan Siew Ling 陈秀玲","nric":"T0215586E","hp":"8123 4490","remarks":"pregnant 5 months, 请勿在面试中提及"}
        Interview log 14:02 candidate 黄俊杰 no-show again, HR call 0168827351 tak jawab, email jj.huang93@gmail.com bounced, mark as withdrawn
        Ref check notes: 前主管说 Jason Wong (王家俊) 经常 MC 因为 alcoholism, masuk rehab di Pusat Pemulihan 2025, please keep confidential
        Offer approval: Ms 吴佩珊 Goh Pei Shan, FIN F2384650X, base SGD 6,400, spouse working at same company (conflict check needed), start 1 Apr
        WhatsApp export: [10/03/26 21:14] Ah Boy: bro 我下个月的 interview 可以改吗, my father just passed away, funeral di Klang sampai Jumaat
        ATS CSV: 510107199506032896,刘洋,Liu Yang,成都,+86 151 8290 3367,Software Engineer,tech_score=86,status=background_check_pending
        Background check BGC-TW-3302: 吳建宏 Wu Chien-hung, ID B240177351, debt collection record NT$ 1.2M with 台新銀行, court order 2024 執行中
        Scheduling bot: confirmed slot for Encik Hafiz (hafiz.rahman.kl@gmail.com) 面试 Friday 3pm, parking plate VBC 7712 registered at the lobby
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are an assistant inside a Singapore recruitment agency's applicant-tracking system. Help recruiters draft candidate communications.",
        ),
        (
            "user",
            "Draft a polite rejection email for this row: Marcus Lee Zhi Wei,S9047712I,marcus.lzw@gmail.com,+65 8712 3390,Software Engineer,TECH_TEST,score 41/100",
        ),
        (
            "assistant",
            "Subject: Your application for Software Engineer. Dear Marcus, thank you for taking the time to complete our technical assessment. After careful review we will not be moving forward with your application at this stage. We wish you every success. Note: I have left the NRIC and phone number out of the email, as they are not needed.",
        ),
        ("user", "Thanks. Can you make it a bit warmer and mention he can reapply in 6 months?"),
        (
            "assistant",
            "Dear Marcus, thank you sincerely for your interest and the effort you put into the technical assessment. While we will not be progressing your application this time, we would be glad to see you reapply in six months. Warm regards, the Talent Team.",
        ),
    ],
    [
        (
            "system",
            "你是一个简历解析助手，把用户粘贴的简历文本转换成 JSON，字段包括 name、phone、id_number、education、experience。",
        ),
        (
            "user",
            "帮我解析：姓名 吴晓东，男，1993年1月19日生，手机 135 0218 6642，身份证 350203199301190743，厦门大学会计学本科，2015-2022 在德勤厦门分所任审计高级。",
        ),
        (
            "assistant",
            '{"name": "吴晓东", "phone": "13502186642", "id_number": "350203199301190743", "education": [{"school": "厦门大学", "major": "会计学", "degree": "本科"}], "experience": [{"company": "德勤厦门分所", "title": "审计高级", "start": "2015", "end": "2022"}]}',
        ),
        ("user", "身份证号能不能只保留后四位？"),
        (
            "assistant",
            '可以，将 id_number 改为 "**************0743"，同时建议手机号也只保留后四位："*******6642"。',
        ),
    ],
    [
        ("system", "你是香港一間公司人力資源部的寫作助手，協助撰寫面試紀錄。"),
        (
            "user",
            "面試咗一位候選人叫梁嘉雯，佢主動講自己有抑鬱症，而家每個月要去葵涌醫院覆診。我應唔應該寫入面試紀錄？",
        ),
        (
            "assistant",
            "建議唔好將梁小姐嘅病歷寫入面試紀錄。精神健康資料屬敏感個人資料，而且根據《殘疾歧視條例》，唔應該以此作為招聘考慮。面試紀錄應只記錄同職位要求有關嘅能力評估。",
        ),
        ("user", "咁如果佢之後要請病假覆診，應該點處理？"),
        (
            "assistant",
            "入職後可按一般病假程序處理，只需醫生證明書，毋須註明病症。如需合理遷就，應由人力資源部與佢私下商討，並將資料另行保密存放。",
        ),
    ],
    [
        (
            "system",
            "Anda ialah pembantu penjadualan temu duga untuk sebuah syarikat di Johor Bahru.",
        ),
        (
            "user",
            "Tolong susun jadual temu duga untuk calon Muhammad Irfan bin Kamal, IC 910227-01-6643, tel 017-745 3028. Dia hanya boleh datang selepas 2 petang sebab jaga ibu yang strok.",
        ),
        (
            "assistant",
            "Baik. Cadangan slot: Selasa 17 Mac 2026, 2.30 petang, Bilik Temu Duga 2. Saya sarankan butiran kesihatan ibu Encik Irfan tidak dimasukkan ke dalam jemputan kalendar panel.",
        ),
        ("user", "Okay, hantar mesej pengesahan kepada dia."),
        (
            "assistant",
            "Draf SMS ke 017-745 3028: Salam Encik Irfan, temu duga anda disahkan pada Selasa 17 Mac 2026 jam 2.30 petang. Sila bawa salinan sijil. Terima kasih.",
        ),
    ],
    [
        (
            "system",
            "Candidate record loaded: {name: 郑雅婷 Cheng Ya-ting, TW ID F126093841, mobile 0933-512-087, current employer 台積電, expected salary NT$ 1.6M/yr, note: 需照顧失智父親，不接受輪班}",
        ),
        ("user", "Summarise this candidate for the hiring manager in 3 bullets, 中英文都可以."),
        (
            "assistant",
            "- Cheng Ya-ting, currently at TSMC, strong process-engineering background. - Expected salary NT$ 1.6M per year. - Prefers fixed day shifts. I left out her ID number and the family care detail, which the hiring manager does not need.",
        ),
        ("user", "好，再加一句她的联系方式给经理。"),
        ("assistant", "Contact: 0933-512-087（手機）。建議經理只透過公司系統聯絡，不要另存號碼。"),
    ],
    [
        ("system", "You summarise background-check reports for a Kuala Lumpur bank's HR team."),
        (
            "user",
            "Report BGC-MY-6610, subject Vincent Lau Kok Wai, MyKad 850918-08-5531. Findings: CTOS shows two default judgments totalling RM 186,000 (2022, 2024); no criminal record; degree from UTAR verified. Summarise risk.",
        ),
        (
            "assistant",
            "Summary for Vincent Lau Kok Wai: education verified; no criminal record; material credit risk with two default judgments totalling RM 186,000. For a role with cash-handling or approval authority, recommend escalation to the compliance officer before offer.",
        ),
        ("user", "Can you rewrite it without the IC number for the hiring panel?"),
        (
            "assistant",
            "Panel summary: Candidate education verified, no criminal record. Credit review flagged unresolved court judgments; compliance review required before an offer can be made.",
        ),
    ],
    [
        (
            "user",
            "幫我寫一封薪資談判回覆信。候選人是許志偉，身分證 H133267906，目前在聯發科月薪 9 萬，他要求 11 萬，我們上限 10 萬 2。",
        ),
        (
            "assistant",
            "許先生您好：感謝您對本職位的興趣。經內部評估，我們可提供月薪新台幣 102,000 元，另含年終獎金兩個月及員工認股計畫。期待您的回覆。",
        ),
        ("user", "身分證字號要放進信裡嗎？"),
        (
            "assistant",
            "不需要。薪資談判信件不應包含身分證字號，待正式錄取後再於入職表單中蒐集，並依《個人資料保護法》告知蒐集目的。",
        ),
    ],
    [
        (
            "system",
            "You are an assessment analytics assistant. Answer in the language the user uses.",
        ),
        (
            "user",
            "Bandingkan dua calon ni: Farah Nadia binti Yusof skor kognitif 78, personaliti 'tinggi neurotisisme'; Chong Wai Kit skor kognitif 81, tapi dia beritahu dia ada ADHD dan ambil ubat Ritalin.",
        ),
        (
            "assistant",
            "Dari segi skor kognitif, kedua-dua calon hampir setara (78 dan 81). Maklumat ADHD Encik Chong adalah data kesihatan sensitif dan tidak patut digunakan dalam keputusan pemilihan; sila nilai berdasarkan skor dan temu duga sahaja.",
        ),
        ("user", "Okay, jadi siapa patut ke pusingan akhir?"),
        (
            "assistant",
            "Kedua-duanya melepasi ambang 70, jadi saya cadangkan kedua-dua Cik Farah dan Encik Chong dijemput ke pusingan akhir.",
        ),
    ],
    [
        (
            "user",
            "下面是面试系统日志，帮我看看哪里有问题：2026-03-11 09:02 notify.sms to=13817264590 name=何静 status=FAILED code=isv.MOBILE_NUMBER_ILLEGAL",
        ),
        (
            "assistant",
            "失败原因是运营商判定号码格式不合法，可能号码已停机或被携号转网。另外，这条日志明文记录了候选人何静的手机号 13817264590，建议在日志中脱敏，只保留后四位。",
        ),
        ("user", "好的，那我怎么再联系她？"),
        (
            "assistant",
            "可以改用她投递时留下的邮箱发送面试通知，或在招聘平台站内信提醒她更新手机号。",
        ),
    ],
    [
        (
            "system",
            "You help a Macau casino resort's HR team write interview notes in English or Traditional Chinese.",
        ),
        (
            "user",
            "Candidate 區嘉敏 Au Ka Man, Macau BIR 1452876(2), lives at 祐漢新村第五座 8樓B, applied for croupier. She mentioned her mother owes money to a junket operator. Write a neutral interview note.",
        ),
        (
            "assistant",
            "Interview note: Au Ka Man applied for the croupier position. She showed good numeracy and customer-service awareness in the role-play. Personal and family financial matters raised during the interview are not relevant to the assessment and have not been recorded.",
        ),
        ("user", "請加上佢嘅身份證號碼同地址，方便入職部跟進。"),
        (
            "assistant",
            "好的：區嘉敏，澳門居民身份證 1452876(2)，地址祐漢新村第五座 8樓B。建議呢啲資料只存放喺入職系統，唔好放入面試評分表。",
        ),
    ],
]
