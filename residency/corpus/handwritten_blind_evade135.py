# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade135: personal data in legal e-discovery and document-review artefacts (load files, privilege logs, Bates-numbered exports, redaction logs, email-threading reports, custodian lists). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade135
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "load_file_records"): _lines("""
        þBEGDOCþ¶þENDDOCþ¶þBEGATTACHþ¶þENDATTACHþ¶þCUSTODIANþ¶þDATESENTþ¶þFILEEXTþ¶þMD5HASHþ¶þNATIVELINKþ¶þTEXTLINKþ
        þHLX-0004512þ¶þHLX-0004519þ¶þHLX-0004512þ¶þHLX-0004530þ¶þFinance_SharedDrive_SG01þ¶þ2022-03-14þ¶þxlsxþ¶þ9e107d9d372bb6826bd81d3542a419d6þ¶þNATIVES/VOL001/HLX-0004512.xlsxþ
        HLX-0004512,VOL001,IMAGES/VOL001/0001/HLX-0004512.tif,Y,,,8 -- Opticon entry for the 8-page spreadsheet placeholder, production volume VOL001
        QC note: VOL003 DAT has 41,288 records but the OPT references 40,977 image keys; 311 natives were produced without slip sheets, vendor to re-issue
        PROD004 overlay: field DOCTYPE remapped from 'E-Mail' to 'Email'; 12,604 records updated, 0 errors, run 2023-08-02 16:41 SGT by processing job JOB-88213
        þHLX-0019877þ¶þHLX-0019877þ¶þþ¶þþ¶þIT_Helpdesk_Mailboxþ¶þ2021-11-02T09:15:44+08:00þ¶þmsgþ¶þd41d8cd98f00b204e9800998ecf8427eþ¶þNATIVES/VOL002/HLX-0019877.msgþ
        Bates range for PROD007: TSB-SG-00120001 to TSB-SG-00134550 (14,550 pages), endorsement 'CONFIDENTIAL - SUBJECT TO PROTECTIVE ORDER' lower right
        LFP image key line: IM,ABC0000101,D,0,@VOL001;IMAGES/0001;ABC0000101.TIF;2 -- check that the volume label matches disc label PROD-VOL001
        Relativity import profile Std_DAT_v4: encoding UTF-8, column delimiter ASCII 020, quote ASCII 254, newline ASCII 174, multi-value ASCII 059
        Family integrity check failed: parent HLX-0022310 withheld as privileged but attachments HLX-0022311 to HLX-0022314 produced; re-run family propagation
        Production cover letter ref: Suit No. HC/S 512/2021, volume PROD005, 3 encrypted drives; decryption key to follow under separate cover from the vendor's project desk
        Deduplication summary VOL004: 210,442 items ingested, 88,907 global duplicates suppressed by SHA-1, 121,535 unique items promoted to review
        Text file path convention: TEXT/VOL004/0012/HLX-0121535.txt; extracted text preferred, OCR fallback where extracted text is under 200 bytes
    """),
    ("en", "privilege_log"): _lines("""
        Entry No. | Date | Doc Type | Author | Recipients | CC | Subject Matter Description | Privilege Basis | Treatment | Bates / Control No.
        PRIV-0001 | 2021-06-03 | Email | From: Legal Department (legal@heliox-marine.com.sg) | To: Drew & Napier LLC | Legal advice re charterparty termination | AC privilege | Withheld
        PRIV-0002 | 2021-06-04 | Memo | Author: Allen & Gledhill LLP | Recipients: Board of Directors | Draft advice on Companies Act s.216 exposure | AC / LP | Withheld in full
        PRIV-0017 | 2021-09-20 | Spreadsheet attachment | Parent: PRIV-0016 | Damages model prepared at request of Rajah & Tann Singapore LLP in anticipation of arbitration | Work product | Withheld
        PRIV-0023 | 2022-01-11 | Email chain (5) | Shearn Delamore & Co. to Company Secretary's office | Advice on Companies Act 2016 s.465 winding-up petition | Legal advice privilege | Redacted HLX-0033410-0033412
        PRIV-0031 | 2022-02-28 | Board paper extract | Prepared by Skrine for Audit Committee | Paras 4.1-4.6 redacted; commercial terms produced | Legal advice privilege
        Note to log: where the author is a lawyer, the log identifies the firm rather than the individual solicitor, as agreed in the parties' ESI protocol dated 15 March 2022
        PRIV-0044 | 2022-05-06 | Letter | Deacons (Hong Kong) to Heliox Marine (HK) Ltd | Advice on Cap. 486 Personal Data (Privacy) Ordinance cross-border transfer | LPP | Withheld
        PRIV-0052 | 2022-07-19 | Email | Lee and Li, Attorneys-at-Law (Taipei) to Group Legal | Taiwan Fair Trade Act analysis of distributor terms | Attorney-client | Withheld
        PRIV-0058 | 2022-08-02 | Draft press release | Corporate Communications to Group Legal for legal review | Draft only; final version produced at HLX-0041120 | AC privilege
        Challenge received 2023-02-14: opposing counsel disputes entries PRIV-0017, PRIV-0031 and PRIV-0058; meet-and-confer fixed for 2023-02-21 10:00 SGT
        PRIV-0066 | 2022-10-30 | Email | From: compliance@heliox-marine.com.my | To: Zaid Ibrahim & Co. | Advice on MACC Act s.17A adequate procedures | Legal advice privilege | Withheld
        PRIV-0071 | 2022-11-15 | Handwritten note | Author unknown; Legal Dept file box 14 | Notes of call with King & Wood Mallesons re SAMR merger filing | LPP claimed | Under review
    """),
    ("en", "email_threading_report"): _lines("""
        Thread ID T-000482 | 14 messages | 3 inclusive | Subject: RE: Berth allocation - Tanjung Pelepas window 22-24 Jul | First 2022-07-18 08:02 | Last 2022-07-21 17:45
        T-000482-07 marked non-inclusive: body fully contained in T-000482-11, but attachment Berth_plan_v3.pdf is unique, so T-000482-07 kept as inclusive
        Email threading settings: normalise subject prefixes (RE:, FW:, 回复:, 转发:, 答复:, Balas:), ignore signature blocks over 12 lines, use Message-ID and In-Reply-To
        Thread T-001930 | From: no-reply@sgx.com announcements feed | 62 messages | all auto-generated; suggest bulk tag Non-responsive - system notification
        Thread T-002244 | Distribution list ops-apac@heliox-marine.com | Subject: Weekly vessel utilisation KL / Penang / Kuantan | 27 messages, 27 inclusive (no replies)
        Message-ID: <20220915031244.4F2A1C0@mail.heliox-marine.com> | In-Reply-To: <20220914223010.9B7D03E@mail.drewnapier.com> | Thread T-003015 position 4 of 9
        Near-duplicate cluster ND-4417: 38 copies of MPA Port Marine Circular No. 14 of 2022 forwarded across 6 shared mailboxes; similarity score 0.97
        Thread T-003377 subject: Fwd: Press - Lawrence Wong speech at Singapore Maritime Week 2023; 5 messages, news forward only, no business content
        Missing parent: T-004010-03 references In-Reply-To <SG2PR06MB3210A1B2C3@SG2PR06MB3210.apcprd06.prod.outlook.com>, not in collection; flagged for gap review
        Thread summary by sender domain: heliox-marine.com 61%, drewnapier.com 9%, psa.com.sg 7%, maybank.com 4%, other 19% (2,211 distinct domains)
        Threading run TR-12 completed 2023-03-02 22:17 SGT: 311,904 emails, 84,311 threads, 129,660 inclusive, 4,921 orphan replies, 1,022 with broken headers
        Thread T-005118 | Subject: 会议纪要 - 2022年第三季度船期协调会 | Shared mailbox shanghai-ops@heliox-marine.cn | 9 messages | language zh-Hans detected
        Recommended review order: inclusive emails first, then unique attachments; skip non-inclusive copies unless the reviewer needs conversational context
    """),
    ("zh-Hans", "电子取证服务报价单"): _lines("""
        报价单编号 QT-2023-0419 | 上海律证数据科技有限公司 | 统一社会信用代码 91310115MA1K4B7X2R | 数据处理费 ¥180/GB，托管费 ¥95/GB/月，起订量 50GB
        发票号码 04412987 | 开票日期 2023年05月31日 | 项目：电子数据提取与审阅（VOL001-VOL004）| 价税合计 ¥286,400.00 | 税率 6%
        服务项目：手机数据取证（每台）¥3,500；邮箱服务器镜像（每TB）¥12,000；OCR 处理 ¥0.08/页；贝茨编号及加注 ¥0.05/页
        人工审阅：一审 ¥260/小时，二审（执业律师）¥680/小时，特权审查 ¥1,200/小时；周末及节假日加急按 1.5 倍计费
        收款单位：上海律证数据科技有限公司，开户行 招商银行上海张江支行，对公账号 1219 0866 5210 801；咨询热线 400-820-6617
        订单号 EDS-20230612-0087 状态：已交付 | 交付介质：加密移动硬盘 2 块（AES-256）| 顺丰运单 SF1408236619524 | 签收单位：北京市金杜律师事务所前台
        套餐说明：标准版含 TAR 技术辅助审阅、邮件串联、近似重复检测；专业版另含多语种 OCR（简繁中文、马来文、英文）与机器翻译接口
        2023年第二季度价格调整通知：自7月1日起托管费下调至 ¥85/GB/月，已签约项目按原合同执行，不受本次调整影响；如需改签新价格请联系客户经理
        发票抬头：深圳市海岚航运有限公司 | 税号 91440300MA5FQ2N81C | 地址：深圳市南山区科苑路15号科兴科学园B栋12楼 | 电话 0755-8663 2100
        报价有效期 30 天。以上价格不含增值税及差旅费；现场取证（上海市内）按 ¥2,000/人/天 另计，外地按实际发生报销
        账单明细 INV-SZ-2023-1187：数据托管 1,284 GB × ¥95 = ¥121,980.00；平台用户许可 12 个 × ¥1,500 = ¥18,000.00
        SKU 对照：EDS-PROC-STD（标准处理）、EDS-HOST-M（月度托管）、EDS-REV-L1（一审人工）、EDS-PRIV-LOG（特权日志编制）
        合同编号 HT-LZ-2023-056 第5.2条：供应商应于项目结束后90日内删除全部托管数据，并出具数据销毁证明（附哈希校验清单）
    """),
    ("zh-Hans", "审阅组工作群"): _lines("""
        各位，VOL003 今晚 22:00 冻结，还没打完 Responsive 标签的批次请在 21:30 前提交，Batch 114-120 优先处理
        QC 抽检结果：第 12 批 500 份里有 7 份特权标签打错，错误率 1.4%，超过 1% 阈值，整批退回二审重看，明天中午前交回
        提醒一下：凡是看到身份证号、银行卡号、手机号的页面，统一打 PII-REDACT 标签，不要自己在图片上涂黑，交给遮蔽组处理
        刚和客户法务确认，关键词「回扣」「返点」「茶水费」命中太多，改成搭配船名和合同号一起检索，明早 9 点前发新的检索式，今晚先别跑
        平台明天 02:00-04:00 维护（升级到 v11.3.2），期间无法登录，导出任务请今晚提前排队，别卡在维护窗口里
        第二轮 TAR 模型训练完成，精确率 0.81，召回率 0.86；低于 0.3 分的文档建议抽样 2,000 份人工确认后再批量排除
        繁体邮件那批（台北分公司）请分给看得懂繁体的同事审，简繁转换后关键词会漏命中，别直接套简体检索式，检索式我会另外出一版繁体的
        对方律所要求补充 2021 年 Q4 的企业微信导出，客户 IT 说会话存档只保留 180 天，需要出一份书面说明给法院
        @全体成员 本周五 16:00 在 3 号会议室开项目复盘会，腾讯会议号 816 442 907，远程的同事直接进会即可
        Bates 号段确认：本次出品从 HLX-0134551 起，到 HLX-0150200 止，中间不跳号；占位页也要编号，别漏
        加急：法院指令明天 17:00 前交换特权日志，大家今晚把 PRIV 标签的描述字段补完整，描述里不要写具体金额，也不要复述法律意见内容
        重复文件太多了，去重规则改成按家族级别 MD5 去重，不要按单个附件去重，不然家族关系会断掉，出品时附件和主邮件对不上 Bates 号
        请注意外发邮件只用项目邮箱 project-helix@lzdata.cn，不要用私人邮箱给客户发任何审阅截图或导出文件
    """),
    ("zh-Hant", "遮蔽紀錄與規則"): _lines("""
        遮蔽紀錄 RDX-0001｜Bates HLX-0045210 第 3 頁｜遮蔽理由：個人資料（身分證字號）｜遮蔽方式：黑框｜複核：通過
        遮蔽理由代碼：PD＝個人資料；PRIV＝律師與當事人特權；CI＝商業機密；3P＝第三方保密協議；NR＝與本案無關之敏感內容
        依香港高等法院實務指示 SL1.2，商業案件審訊表內之案件如涉大量電子文件，雙方應於首次案件管理會議前交換電子文件披露問卷
        RDX-0137｜HLX-0051822 至 HLX-0051830｜CI：供應商單價及折扣率｜9 頁全部以灰框遮蔽，保留表頭｜第二次複核 2023-04-12
        遮蔽作業規範第 4.3 條：遮蔽須燒錄至影像層，不得僅以註解方式覆蓋；原生檔（Excel）應以佔位頁替代並另行記錄於遮蔽紀錄表
        依台灣《個人資料保護法》第 6 條，病歷、醫療、基因、性生活、健康檢查及犯罪前科等特種個資，除法定例外外不得蒐集、處理或利用
        RDX-0212｜HLX-0060015｜PRIV：理律法律事務所致集團法務處之意見函第 2 至 4 段｜其餘部分照常出具，頁碼不變
        複核統計（VOL005）：遮蔽頁數 3,418 頁，其中 PD 2,907 頁、PRIV 311 頁、CI 200 頁；抽檢錯漏率 0.6%
        澳門第 8/2005 號法律《個人資料保護法》規定，個人資料轉移至澳門以外地方，須確保接收地能確保適當之保護程度，出具予境外律所前應先評估
        遮蔽工具設定：自動偵測香港身份證、台灣身分證、澳門居民身份證格式，偵測結果一律需人工確認，不得自動套用遮蔽，以免誤遮訂單號或提單號
        RDX-0300｜HLX-0071104｜3P：與長榮海運之保密協議附件 B 價格表｜經對方同意延後至保護令生效後再行出具
        出具前檢查清單：頁首頁尾 Bates 號連續、機密標示正確、遮蔽框無透明度、文字層已重新 OCR、中繼資料欄位已清除，並由第二人簽核
        中繼資料遮蔽：AUTHOR、LASTAUTHOR、COMPANY 欄位一律清空後出具；FILENAME 保留，但移除路徑中的使用者資料夾名稱
    """),
    ("ms", "notis_dan_prosedur"): _lines("""
        Notis: Semua dokumen yang dikemukakan dalam Guaman Sivil No. WA-22NCC-123-04/2022 hendaklah bernombor Bates dengan awalan HMM- dan dicop SULIT
        Mengikut Aturan 24 Kaedah-Kaedah Mahkamah 2012, pihak-pihak wajib menzahirkan dokumen yang berada dalam milikan, jagaan atau kuasa mereka
        Senarai penjaga data hendaklah dikemukakan mengikut jawatan sahaja, contohnya Ketua Pegawai Kewangan, Pengurus Operasi Pelabuhan Klang, Unit Audit Dalaman
        Heliox Marine (M) Sdn. Bhd. (No. Syarikat 201801012345 (1273456-D)), Aras 18, Menara Hap Seng 2, Jalan P. Ramlee, 50250 Kuala Lumpur
        Pertanyaan berkenaan muat naik dokumen boleh diajukan kepada meja bantuan vendor di talian 03-2788 4100 atau helpdesk@semakdata.com.my (Isnin-Jumaat, 9 pg - 6 ptg)
        Log pengeluaran PROD-MY-003: 4,812 dokumen, 36,905 halaman, julat HMM-0021001 hingga HMM-0057905, dihantar melalui SFTP pada 12/05/2023 jam 15:20
        Dokumen yang mengandungi data peribadi di bawah Akta Perlindungan Data Peribadi 2010 hendaklah disunting sebelum dikemukakan, kecuali dengan perintah mahkamah
        Kod sebab suntingan: DP (data peribadi), KP (keistimewaan peguam-klien), RK (rahsia komersial), TB (tidak berkaitan) - sila guna kod, bukan penerangan bebas
        Invois No. SD-INV-2023-0231 daripada Semak Data Sdn. Bhd.: pemprosesan 420 GB x RM55 = RM23,100.00; hos data 3 bulan = RM9,450.00; SST 8%
        Pengurusan kes di Mahkamah Tinggi Kuala Lumpur, Kompleks Mahkamah Jalan Duta, ditetapkan pada 18 Julai 2023 jam 9.00 pagi melalui e-Review
        Peringatan kepada pasukan semakan: emel dalam Bahasa Melayu dan Inggeris bercampur; gunakan istilah carian 'bayaran balik', 'komisen', 'duit kopi' serta padanan Inggeris
        Laporan threading VOL-MY-02: 18,220 emel, 5,604 thread, 7,911 emel inklusif; 312 emel tanpa tajuk dihantar untuk semakan manual
        Lampiran A kepada Protokol ESI: format pengeluaran TIFF satu halaman 300 dpi, fail teks berasingan, fail muatan DAT/OPT, natif untuk Excel dan audio
    """),
    ("mixed", "processing_config"): _lines("""
        ingest.timezone: Asia/Singapore  # 统一按 UTC+8 处理 DATESENT；台北資料同樣為 UTC+8，不需換算；data KL pun sama
        {"job_id": "PRC-20230702-014", "source": "PST", "volume": "VOL006", "dedupe": "global", "hash": "SHA-256", "ocr_lang": ["chi_sim", "chi_tra", "msa", "eng"]}
        redaction.patterns.hkid: '[A-Z]{1,2}[0-9]{6}[(][0-9A][)]'  # 只用於偵測，測試樣本請用 fixtures/fake_ids.csv，不要貼真實號碼
        redaction.patterns.mykad: '[0-9]{6}-[0-9]{2}-[0-9]{4}'  # corak MyKad; jangan log nilai sebenar, log kiraan padanan sahaja
        export.dat.fields = [BEGDOC, ENDDOC, CUSTODIAN_ROLE, DATESENT, FROM_DOMAIN, SUBJECT_HASH, MD5]  # 客户要求只出具寄件网域，不出具完整地址
        notify.email = ediscovery-ops@heliox-marine.com  # shared mailbox, bukan e-mel peribadi; CC legal-sg@heliox-marine.com
        2023-07-02T14:03:11+08:00 INFO processor[4412]: VOL006 ingest done, 58,204 items, 312 encrypted, 17 corrupt, 0 errors (版本 ediscover-core 4.9.1)
        2023-07-02T14:05:40+08:00 WARN ocr: HLX-0150922 page 6 confidence 0.41 < 0.60, queued for manual QC (語言 chi_tra, 已排入人工複核)
        bates: {prefix: 'HLX-', start: 150201, width: 7, endorse: 'CONFIDENTIAL 機密 SULIT', position: bottom_right, font_pt: 9}
        test fixture: custodian='Sample Custodian A', email='user@example.com', phone='+65 6000 0000'  # placeholder only, RFC 2606 域名
        SELECT begdoc, custodian_role, COUNT(*) FROM documents WHERE privilege_status = 'withheld' GROUP BY 1, 2; -- 特权日志对账用
        threading.prefixes = ['RE:', 'FW:', 'FWD:', '回复：', '回覆：', '轉寄：', '转发：', 'Balas:', 'Majukan:']  # subject normalisation
        sftp.host = sftp.lzdata.cn, port 2222, user = svc_prod_export  # 服务账号，密钥存放于 Vault 路径 kv/ediscovery/prod
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        þHLX-0088120þ¶þHLX-0088124þ¶þTan Wei Ling (Finance Manager)þ¶þ2022-04-19þ¶þmsgþ¶þweiling.tan88@gmail.comþ¶þRe: my salary advance and CPF arrearsþ
        CUST-014,Ong Siew Mei,Senior Trader,S8823417J,+65 9123 4678,Laptop HP-EB840-0331,collected 2022-11-03,home desktop not yet imaged
        PRIV-0093 | 2022-09-12 | Email | HR Business Partner to Drew & Napier LLC | Advice on dismissal of Rajesh Kumar s/o Muthusamy during his chemotherapy leave | AC privilege
        RDX-0419 | HLX-0090311 p.2 | PD: HKID of claimant's wife, Mrs. Chan Ka-yee, K346521(7) | black box | QA note: value still searchable in the OCR text layer
        From: =?UTF-8?B?5YiY5L2z5oWn?= <liu.jiahui@163.com> | To: hr@heliox-marine.cn | Subject: =?UTF-8?B?5YWz5LqO56a75ama6K+J6K6855qE6K+35YGH55Sz6K+3?= | HLX-0091876
        Thread T-006201 | 4 messages between Marcus Yeo Jun Hao <marcus.yeo@heliox-marine.com> and his personal address marcusyjh@hotmail.com | Subject: Fwd: bank statements for divorce settlement
        Reviewer note on HLX-0094410: attachment is Nurul Ain's pregnancy scan and an MC from Gleneagles, not responsive, tag PD and withhold
        Native HLX-0095002.xlsx, tab Payroll, row 211: 9188 3372 | POSB 188-52361-9 | $7,450.00 | bonus withheld pending disciplinary inquiry
        NATIVELINK: NATIVES/VOL007/Users/Goh%20Kah%20Wai/Documents/Loan%20from%20Ah%20Long%20-%20repayment%20schedule.xlsx
        HLX-0097331 WhatsApp export: [12/03/22, 23:41] Kelvin Ng: bro pls dont tell boss, traffic police caught me drink driving last night, licence suspended
        Processing exception EXC-5521: header X-Sender-Enc=ZGFuaWVsLmtvaC5zZ0BnbWFpbC5jb20= could not be decoded for HLX-0098004, custodian mailbox CUST-019
        Deposition of Priya d/o Ramasamy, 14 Feb 2023, p.88 l.12: witness confirmed she still lives at Blk 412 Bedok North Ave 2 #08-117, Singapore 460412 with her ex-husband
    """),
    "zh-Hans": _lines("""
        托管人清单 第7行：王志强 | 采购部经理 | 身份证 310104198507123414 | 手机 139 1672 4408 | 采集设备：iPhone 13（已镜像）
        特权日志 PRIV-0107：2022-03-08 邮件，外部律师致陈先生（客户财务总监）关于其本人涉嫌职务侵占被公安立案的辩护意见
        遮蔽记录 RDX-0522 | HLX-0102277 第5页 | 遮蔽内容：员工李秀英的银行卡号 6222 0210 0114 5578 903 | 黑框 | 复核发现文字层未清除
        审阅备注：HLX-0103550 是周海涛的住院病历（重度抑郁症，服用舍曲林），与本案无关，请打 PD 标签并整份不出具
        原生文件路径：NATIVES/VOL008/个人文件夹/黄丽萍/借条_欠王建国二十万元_2021.jpg | MD5 5f4dcc3b5aa765d61d8327deb882cf99
        HLX-0104918 微信聊天导出：[2021-12-03 21:14] 阿明：老婆已经起诉离婚了，房子在浦东新区锦绣路2580弄12号602室，你先别告诉公司
        装载文件第 41233 行 NATIVELINK 未解码：NATIVES/VOL008/HR/%E9%99%88%E9%9B%AA%E6%A2%85_%E4%B9%99%E8%82%9D%E6%A3%80%E6%B5%8B%E6%8A%A5%E5%91%8A.pdf
        邮件串 T-007702：赵晓雯 <zhaoxiaowen_1990@qq.com> 回复人事部：我下月开始休产假，预产期 2023 年 6 月 18 日，请按规定申领生育津贴
        HLX-0106004 第 2 页手写便签：18621907735，工行 6212 2610 0201 3345 876，转 5 万，别走公账，事后删聊天记录
        CUST-031,孙立伟,华南区销售总监,44030119790321551X,13802556671,sun.liwei@heliox-marine.cn,深圳市福田区香蜜湖路18号香蜜湖一号3栋1502
    """),
    "zh-Hant": _lines("""
        保管人名單 CUST-045：陳嘉怡（會計主任）｜香港身份證 Y512804(6)｜手提 9432 6618｜住址：九龍黃大仙竹園北邨蓮園樓1816室
        特權紀錄 PRIV-0132：2022-05-20 理律法律事務所致林太（董事長夫人）電郵，討論其與林董分居及贍養費協議草案
        遮蔽紀錄 RDX-0688｜HLX-0110045 第 1 頁｜遮蔽內容：身分證字號 F228410931（張雅婷）、戶籍地址 新北市板橋區文化路一段188巷6號4樓｜複核：遺漏，需重出
        審閱註記：HLX-0111207 為黃志偉向公司申請預支薪資之信函，內文提及其積欠卡債約新台幣 80 萬元，標記 PD，不予出具
        澳門分公司保管人：何文傑，澳門居民身份證 5208431(3)，電話 6621 4083，住址 澳門氹仔柯維納馬路258號濠庭都會第5座12樓B
        HLX-0112840 LINE 對話匯出：[2022/08/14 22:03] 小芬：我驗出懷孕了，先不要跟經理說，我怕合約不續
        郵件串聯報告 T-008331：寄件者 =?Big5?B?vEKn07C2?= <chiwai.lau@yahoo.com.hk>，主旨：關於我兒子自閉症評估報告，共 3 封
        HLX-0113902 手寫便條：0912-468-305，郵局帳號 0001234-0567890，每月5號前匯款，不要讓會計知道
        證人筆錄索引 第 3 卷第 56 頁：證人吳淑芬陳述其於 2021 年因酒駕被判緩刑，自用車車牌 BMN-2635 已遭吊扣
        Bates HKX-0020415 附件：梁先生（梁浩然）之強積金結單，成員編號 MPF-88201-4473，結餘 HK$412,886.20
    """),
    "ms": _lines("""
        Senarai penjaga: CUST-052, Muhammad Hafiz bin Abdullah, Pengurus Logistik, No. K/P 880412-10-5573, tel 012-338 4721, alamat No. 23, Jalan SS 15/4C, 47500 Subang Jaya
        Log suntingan RDX-0741: HMM-0061220 muka 4 - No. MyKad 920815-14-6208 dan akaun Maybank 1640 2233 8814 milik Siti Aisyah binti Kamal disunting; QC: lapisan teks masih ada
        Nota penyemak HMM-0062511: surat doktor Encik Kamarul Zaman menyatakan beliau positif HIV dan diberi cuti sakit 30 hari; tag DP, tahan daripada pengeluaran
        Log keistimewaan PRIV-0155: 2022-10-02 e-mel daripada Zul Rafique & Partners kepada Puan Rohana berkenaan tuntutan nafkah anak selepas perceraiannya
        HMM-0063004 eksport WhatsApp: [03/11/22 21:47] Ah Seng: Boss, saya kena tahan polis semalam sebab hutang along, tolong pinjam RM5k dulu
        HMM-0063550 nota tangan: 019-772 5160 / CIMB 7012 4458 92 / bayar RM1,200 setiap bulan sampai hutang selesai
        Tuntutan batu HMM-0064021: kenderaan peribadi WXY 8823 milik Encik Lee Chong Meng, 1,240 km, dari rumah No. 7, Jalan Datuk Sulaiman 3, TTDI, 60000 KL
        Thread T-009112: Nur Farhana <farhana.iskandar93@yahoo.com> kepada HR - saya hamil 5 bulan, mohon pertukaran ke tugas pejabat; 3 mesej, semua inklusif
        Pengecualian pemprosesan EXC-6120: pengepala From: =?UTF-8?B?QXptYW4gYmluIFl1c29m?= <azman.yusof71@gmail.com> tidak dapat dinyahkod, HMM-0065710
    """),
    "mixed": _lines("""
        CUST-060 | 郑美玲 Zheng Meiling | Singapore PR, FIN G5512345X | 住址 Blk 221 Jurong East St 21 #11-302 | custodian interview done 2022-12-08
        RDX-0813 | HLX-0120110 | PD: 客户 Mr. Wong Kar Lok 的 HKID P723418(3) 和電話 6198 2275 | redaction applied to image but not to extracted text
        {"begdoc": "HLX-0121004", "custodian": "Nor Azlina binti Hassan", "from": "azlina.hassan@gmail.com", "subject": "gaji lambat lagi, saya ada hutang PTPTN"}
        2023-07-03T09:12:44+08:00 WARN pii-scan: HLX-0121877 matched NRIC T0312458J (owner: Chua Jia En, intern) in Offer_Letter_signed.pdf, auto-redact skipped
        Reviewer chat: @阿杰 你那份 HLX-0122300 里 Ms. Kavitha 的 medical report 写的是 stage 2 breast cancer，记得 tag PD 不要 produce
        Header anomaly on HLX-0123018: X-Orig-User hex=6a61736f6e2e746f6e67406f75746c6f6f6b2e636f6d；转寄自私人邮箱，请解码后核对托管人身份
        PRIV-0170 | 2022-12-01 | 電郵 | 何律師致 Mr. Raymond Tse Ho-man | re: his bankruptcy petition HCB 1234/2022 及個人債務重組 | LPP
        Video depo index VD-004 00:42:17 - 證人 Cheng Li-hua 確認她的 mobile 0935-207-118 在 2021/06 被公司 IT 監看
        CUST-071,Lau Kah Heng 刘家兴,Johor Bahru branch,MyKad 850921-01-5327,+60 17-745 2093,kahheng.lau@gmail.com,laptop imaged
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are ReviewBot, an assistant that helps a Singapore law firm's e-discovery team draft privilege log descriptions. Keep descriptions neutral and never disclose privileged content.",
        ),
        (
            "user",
            "Rewrite this entry so it doesn't reveal the advice: PRIV-0201 | 2022-11-08 | Email from Drew & Napier to HR re whether we can terminate Sharon Teo Hui Min (NRIC S7645120F) while she is on hospitalisation leave for her kidney transplant.",
        ),
        (
            "assistant",
            "Suggested description: 'Email from external counsel to Human Resources providing legal advice regarding an employment matter.' I would also drop the NRIC and the medical detail from the log entirely; the log only needs to let the other side assess the privilege claim, not identify Ms Teo or her condition.",
        ),
    ],
    [
        (
            "user",
            "帮我看看这条遮蔽记录写得规范吗：RDX-0911 | HLX-0130221 第2页 | 遮蔽内容：员工何丽娟的身份证号 110108199203064825 及手机 13761208845 | 黑框。",
        ),
        (
            "assistant",
            "这条记录本身就把被遮蔽的内容写出来了，等于没遮。遮蔽记录只需写理由代码和位置，例如：RDX-0911 | HLX-0130221 第2页 | 理由：PD（身份证号、手机号）| 黑框。原值不要出现在日志里。",
        ),
        ("user", "明白。那托管人姓名何丽娟要不要也去掉？"),
        (
            "assistant",
            "如果这份日志要交给对方，建议用托管人编号（如 CUST-0xx）代替姓名；内部版本可以保留姓名，但要控制访问权限。",
        ),
    ],
    [
        ("system", "你是一間香港律師行的電子披露助理，協助整理保管人面談紀錄，輸出繁體中文。"),
        (
            "user",
            "幫我整理一段面談摘要：保管人陳太（陳李美華），香港身份證 R208817(6)，住九龍城嘉林邊道 22 號 3 樓，佢話部舊 iPhone 放喺屋企，入面有同前老闆嘅 WhatsApp 對話。",
        ),
        (
            "assistant",
            "保管人面談摘要：保管人陳李美華女士表示，其舊 iPhone 現存放於其九龍城住所，內有與前僱主之 WhatsApp 對話，建議安排鑑證人員上門鏡像。身份證號碼及住址建議只記錄於內部保管人登記表，不放入對外文件。",
        ),
    ],
    [
        (
            "user",
            "Tolong terjemah mesej WhatsApp ini ke Bahasa Inggeris untuk log semakan: [05/09/22 08:15] Faizal: Kak Ina, saya masuk wad Hospital Kuala Lumpur semalam, doktor kata jantung saya bermasalah, nombor saya 013-406 2291.",
        ),
        (
            "assistant",
            "Translation: [05/09/22 08:15] Faizal: Sis Ina, I was admitted to a ward at Hospital Kuala Lumpur yesterday, the doctor says I have a heart problem, my number is 013-406 2291.",
        ),
        ("user", "Perlu tag apa untuk dokumen ini?"),
        (
            "assistant",
            "Tag DP (data peribadi) kerana ia mengandungi maklumat kesihatan dan nombor telefon Faizal. Jika mesej ini tidak berkaitan dengan isu kes, tandakan juga TB dan tahan daripada pengeluaran.",
        ),
    ],
    [
        (
            "system",
            "Custodian list for matter Heliox v. Tan Brothers Shipping: CUST-001 Alvin Chia Kok Leong (CFO, chia.kokleong@heliox-marine.com); CUST-002 欧阳婷 Ouyang Ting (采购, 135 1092 7764); CUST-003 Norhayati binti Osman (HR, MyKad 790302-08-5442). Answer reviewers' questions about custodians.",
        ),
        ("user", "采购部有几个托管人？电话是多少？"),
        (
            "assistant",
            "采购部只有一位托管人：CUST-002 欧阳婷（Ouyang Ting），登记电话 135 1092 7764。",
        ),
        ("user", "And who handles HR documents?"),
        ("assistant", "HR documents sit with CUST-003, Norhayati binti Osman."),
    ],
    [
        (
            "user",
            "Our processing tool choked on this header in HLX-0131550: From: =?UTF-8?B?5L2V5ZiJ5qyj?= <hokayan.home@hotmail.com>. What does it say and how do I fix it?",
        ),
        (
            "assistant",
            "That is an RFC 2047 encoded-word (charset UTF-8, B = Base64). Decoded, the display name is 何嘉欣, so the sender is 何嘉欣 <hokayan.home@hotmail.com>. Turn on RFC 2047 header decoding in the ingestion profile and re-process the item so the FROM field is populated correctly.",
        ),
        ("user", "Thanks. She is not one of our custodians though, it's a personal Hotmail."),
        (
            "assistant",
            "Then flag HLX-0131550 for review as a third-party personal email; if it is not responsive, tag it PD and withhold, and note the decision in the review log.",
        ),
    ],
    [
        (
            "user",
            "我要写一个正则找出审阅集里的大陆身份证号，测试样本是托管人孙立伟的 44030119790321551X，要能匹配最后一位 X。",
        ),
        (
            "assistant",
            "可以用：[1-9][0-9]{5}(19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx]。另外建议不要用真实托管人的号码做测试样本，换成测试用的虚构号码，日志里也只记命中次数。",
        ),
        ("user", "好，那校验位也要验证吗？"),
        (
            "assistant",
            "建议验证：按 GB 11643 的加权系数求和取模 11，能大幅减少把订单号、运单号误判成身份证号的情况。",
        ),
    ],
    [
        ("system", "你是台灣一家律師事務所的文件審閱助理，協助撰寫特權紀錄描述。"),
        (
            "user",
            "這封信要怎麼寫進特權紀錄？內容是理律律師回覆人資，討論陳建宏先生（身分證 A125733083）因躁鬱症長期請假，公司能否資遣他。",
        ),
        (
            "assistant",
            "建議描述：「外部律師致人力資源部之電子郵件，就特定員工之僱傭事項提供法律意見。」特權基礎填律師與當事人間之秘密溝通。陳先生的姓名、身分證字號及病症都不應出現在紀錄中。",
        ),
    ],
    [
        (
            "user",
            "Load file error pada baris 8812: NATIVELINK=NATIVES/VOL009/Users/Saravanan%20a%2Fl%20Krishnan/Desktop/surat%20saman%20-%20hutang%20kereta.pdf tidak dijumpai. Kenapa?",
        ),
        (
            "assistant",
            "Laluan itu mengandungi %2F, iaitu garis miring yang dikodkan dalam nama folder pengguna Saravanan a/l Krishnan. Alat import membaca a/l sebagai dua folder, jadi fail tidak dijumpai. Nyahkod laluan sebelum import atau gantikan garis miring dalam nama folder.",
        ),
        ("user", "Fail tu pasal saman hutang kereta dia, perlu tag?"),
        (
            "assistant",
            "Ya, tag DP kerana ia mendedahkan hutang peribadi Saravanan; jika tidak berkaitan dengan isu kes, tahan daripada pengeluaran.",
        ),
    ],
    [
        (
            "user",
            "Summarise thread T-010233 for the second-level reviewer: the Macau office manager Leong Weng Kei (Macau ID 1306528(4), mobile 6683 1902) emails his sister asking to borrow MOP 300,000 to cover casino losses, then forwards his pay slip to finance asking for a salary advance.",
        ),
        (
            "assistant",
            "Summary: Thread T-010233 (2 emails) - Leong Weng Kei, Macau office manager, asks a family member for a personal loan of MOP 300,000 related to gambling losses, then forwards his own pay slip to Finance requesting a salary advance. Personal financial matter; recommend tag PD and assess responsiveness only against the expense-fraud issue.",
        ),
        ("user", "Should his ID number go into the review note?"),
        (
            "assistant",
            "No. Refer to him by custodian number in the note; the Macau ID and mobile number add nothing to the responsiveness call.",
        ),
    ],
]
