# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade153: personal data in e-signature and document-workflow artefacts (DocuSign envelope JSON, signing audit trails, PDF form-field dumps, approval-workflow logs, watermark text, e-stamp records). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade153
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "envelope_json"): _lines("""
        {"envelopeId":"7c1e9a42-5b3d-4f0e-9a61-2d8f0c44b7e1","status":"sent","emailSubject":"Please DocuSign: Master Services Agreement v4.2","brandId":"b-sg-legal-01"}
        {"recipients":{"signers":[{"roleName":"Landlord","routingOrder":"1"},{"roleName":"Tenant","routingOrder":"2"}]},"templateId":"TPL-SG-LEASE-2025-03"}
        {"customFields":{"textCustomFields":[{"name":"CostCentre","value":"SG-FIN-4410"},{"name":"PO","value":"PO-2025-118204"}]},"notification":{"reminderDelay":"2"}}
        {"documents":[{"documentId":"1","name":"NDA_Mutual_Template_2025.pdf","fileExtension":"pdf","documentBase64":"TkRBX011dHVhbF9UZW1wbGF0ZV8yMDI1"}]}
        {"signerName":"Authorised Signatory","title":"Director, for and on behalf of Pacific Harbour Logistics Pte. Ltd. (UEN 201834417K)","tabLabel":"Sig_Company_1"}
        {"eventNotification":{"url":"https://hooks.kinabalu-tech.com.my/docusign/connect","envelopeEvents":[{"envelopeEventStatusCode":"completed"}]},"requireAcknowledgment":"true"}
        {"emailBlurb":"Dear customer, please review and sign the attached Hire Purchase Agreement. For help call our hotline 1-300-88-6688 (Mon-Fri 9am-6pm).","status":"created"}
        {"tabs":{"dateSignedTabs":[{"tabLabel":"DateSigned","xPosition":"412","yPosition":"688","pageNumber":"3"}],"initialHereTabs":[{"tabLabel":"Init_p1","pageNumber":"1"}]}}
        {"brand":{"brandName":"Wong Kee Holdings (HK) Ltd","brandCompany":"Wong Kee","logoUrl":"https://cdn.wongkee.com.hk/brand/logo.png","defaultBrandLanguage":"zh_HK"}}
        {"envelopeId":"0b44d2e8-19fa-4c2b-8d37-a6e15c90f3d2","statusChangedDateTime":"2025-11-03T08:14:27.113Z","voidedReason":"Superseded by revised pricing schedule","annexB64":"QW5uZXggQiB2MyBwcmljaW5nIHNjaGVkdWxl"}
        {"documents":[{"documentId":"2","name":"Sherlock_Holmes_Stage_Licensing_Addendum_SG_2026.pdf","pages":"9"}],"emailSubject":"Countersign: Baker Street Theatricals licence renewal"}
        {"compositeTemplates":[{"serverTemplates":[{"sequence":"1","templateId":"8f2a11c0-6d6e-4b1f-a3c7-55e0d9e3a2b4"}],"inlineTemplates":[{"sequence":"2","recipients":{"signers":[{"roleName":"HR Approver"}]}}]}]}
        {"emailSubject":"Translation rights: Lu Xun Selected Stories (Vol. 3), English edition","sender":{"userName":"Rights & Permissions Desk","email":"rights@straitspress-books.sg"}}
    """),
    ("en", "signing_audit_trail"): _lines("""
        2025-10-14 09:02:11 +08:00 | Envelope Created | Sender: Contracts Desk (shared mailbox) | Envelope ID 5F2C1A90-77B3-4D1E-8E02-93A6C1B0D417
        2025-10-14 09:02:45 +08:00 | Envelope Sent | Routing order 1 of 3 | Recipient role: Vendor Authorised Signatory | Delivery: email + SMS OTP
        Certificate of Completion | Document hash (SHA-256): 9b3e7d0c4a1f62e58d7b90aa13c4f5e6d2b8a71c09e4f3d6b5a2c8e1f0d7a9b4 | Pages: 14 | Signatures: 3 | Initials: 12
        [AUDIT] tsa=timestamp.digicert.com serial=0x5A3E91C2 policy=2.16.840.1.114412.7.1 result=GRANTED genTime=2025-09-30T02:41:07Z
        2025-11-02 16:20:03 SGT | Signer authenticated via Singpass Sign (role: Lessee company representative) | assurance: LoA3 | session 7731-A
        Event: Viewed | Role: Witness | IP: 10.24.8.17 (corporate VPN egress) | User agent: Chrome 129 on Windows 11 | Time: 2025-08-19T03:14:55Z
        Envelope voided by sender at 2025-07-22 11:05:40 HKT. Reason: "Wrong entity - should be Lion Rock Freight (HK) Ltd, CR No. 2791034, not its Macau branch."
        Signature adopted: style "DS Handwriting 4" | Signature ID: 6c1d2f0e-aa13-4e7b-b9c4-0f3e8d21a5c7 | Applied to 4 fields on page 7 | Status: Valid
        Audit trail page 2 of 2 | Printed 2025-12-01 10:47 MYT | Docusign Inc., 221 Main Street, Suite 1550, San Francisco, CA 94105 | Form CoC-v5
        Reminder #2 sent to routing order 2 (role: Finance Controller) | no action after 48h | escalated to queue LEGAL-OPS-SG at 2025-10-16 09:00
        Adobe Acrobat Sign | Agreement ID CBJCHBCAABAA7xQ2mTf0Lp9 | Status: SIGNED | Signed by 2 of 2 parties | Completed 2025-06-05 14:33 GMT+8
        Envelope Completed | Total elapsed 3d 04h 12m | Certificate of Completion auto-attached | Retention: 7 years per Group Records Policy RP-07
        Declined | Role: Supplier Signatory | Reason: "Pricing in Annex C differs from quotation Q-2025-0871, please reissue with the corrected rate card."
    """),
    ("en", "api_config_and_code"): _lines("""
        DOCUSIGN_BASE_PATH=https://demo.docusign.net/restapi DOCUSIGN_ACCOUNT_ID=00000000-0000-0000-0000-000000000000 DOCUSIGN_AUTH_SERVER=account-d.docusign.com
        signer = Signer(email="signer@example.com", name="Example Signer", recipient_id="1", routing_order="1")  # replaced from CRM at runtime
        env.status = "sent" if os.getenv("SEND_NOW") == "1" else "created"  # keep drafts in sandbox for QA run 2025-w44
        sign_here = SignHere(anchor_string="/sn1/", anchor_units="pixels", anchor_x_offset="20", anchor_y_offset="10", tab_label="Sig_Tenant")
        workflow: { id: po-approval-v3, steps: [ {role: requester}, {role: dept_head, sla_hours: 24}, {role: cfo, threshold_sgd: 50000} ] }
        const watermark = `CONFIDENTIAL - ${tenantName} - ${new Date().toISOString().slice(0, 10)}`; // tenantName is the company, never a user email
        curl -X POST "$BASE/v2.1/accounts/$ACCOUNT_ID/envelopes" -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" -d @envelope.json
        <field name="applicant_nric" type="text" maxlength="9" pattern="^[STFGM][0-9]{7}[A-Z]$" placeholder="As shown on NRIC/FIN card"/>
        MYKAD_PATTERN = "^[0-9]{6}-[0-9]{2}-[0-9]{4}$"  # validation only; value is hashed with per-tenant salt before storage
        logging: level=INFO, format="%(asctime)s %(levelname)s envelope=%(envelope_id)s event=%(event)s", redact_fields=[email, name, phone, nric]
        "webhook_secret": "whsec_3f9a1c7e2b5d4086", "hmac_algo": "sha256", "retry": {"max": 5, "backoff_s": [2, 4, 8, 16, 32]}
        def stamp_duty_sgd(total_rent: float) -> float: return round(total_rent * 0.004, 2)  # IRAS lease duty, lease term 4 years or less
        INSERT INTO signing_roles (code, label_en, label_zh, label_ms) VALUES ('WIT', 'Witness', '见证人', 'Saksi'), ('GUA', 'Guarantor', '担保人', 'Penjamin');
    """),
    ("zh-Hans", "审批流日志"): _lines("""
        [2025-11-04 10:12:33] 审批单 SP-20251104-00871「合同用印申请」已发起，发起部门：华东区销售部，合同金额 ¥386,000.00，附件 3 个，紧急程度：普通
        [2025-11-04 10:40:02] 节点「法务审核」通过，意见：“违约金条款已按模板第 7.2 条修改，可以用印。” 耗时 27 分钟，下一节点：财务复核
        电子签章调用成功：签章平台=e签宝，印章类型=合同专用章，印章编码=3101150089421，签署文件=采购框架协议（王老吉大健康 2026 年度）.pdf
        流程 OA-HT-2025-3321 被驳回至发起人，原因：对方主体“李宁（中国）体育用品有限公司”与营业执照名称不一致，请核对统一社会信用代码后重新提交
        【钉钉审批】抄送：财务部全体；用印类型：公章+骑缝章；份数：2 份；归档位置：上海市浦东新区世纪大道 100 号 上海环球金融中心 57 楼 档案室
        2025-10-28 17:03:11 INFO approval_engine node=cfo_sign result=AUTO_PASS rule="金额<50000 且供应商在白名单" instance=PI-88213 cost_ms=41
        审批编号 202510280012 状态变更：审批中 → 已通过 → 已盖章 → 已归档；电子合同摘要 SM3：5e1a9c07d4b28f316ae0c95b77d2e4a1c08f9b3326d5e71a4c0b98f2e6d31a57
        飞书审批机器人：您有 4 条待处理的「对外付款」审批，最早一条已超时 26 小时，请尽快处理。点击进入 https://applink.feishu.cn/client/approval
        用印登记：张小泉剪刀 2026 春季订货会合同（杭州）· 用印 1 次 · 经办部门：渠道部 · 印章保管：行政部 · 登记时间 2025-09-15 14:20
        法大大签署回调：{"transaction_id":"FDD20251012093318775","contract_id":"HT-2025-00452","result_code":"3000","result_desc":"签署成功"}
        系统通知：因 CFCA 企业证书（序列号 2000117643）将于 2025-12-31 到期，12 月 20 日 22:00 起电子签章服务暂停 2 小时进行续期，请提前安排用印。
        审批模板变更记录 v3.4 → v3.5：新增“供应商统一社会信用代码”必填校验（18 位，如 91310115MA1K3B7Q2X），删除“经办人手机号”字段。变更方：系统管理员组
        合同归档提醒：鲁迅文学院 2026 年讲座合作协议（含《朝花夕拾》选段授权）已完成双方盖章，请法务部于 3 个工作日内上传扫描件至合同库。
    """),
    ("zh-Hant", "電子印花紀錄"): _lines("""
        電子印花證明書編號：ES2025-1103-884217；文書性質：非住宅物業租約；應繳印花稅：HK$4,250.00；加蓋日期：2025年11月3日；狀態：已發出
        稅務局印花稅署 電子印花服務：查詢熱線 187 8088，服務時間星期一至五 上午8時45分至下午5時45分，網上申請請登入「稅務易」。
        租約雙方：周大福珠寶金行有限公司（出租人）與 翠華餐廳有限公司（承租人）；物業：旺角彌敦道 688 號 地下 A 舖；租期 3 年；已加蓋印花
        文書編號 S/2025/ADJ/00931 已完成加蓋印花，PDF 已嵌入數碼簽署（香港郵政 機構電子證書），驗證結果：有效、文件未被竄改。
        澳門財政局 印花稅憑單 M/B 編號 2025-031877，應繳金額 MOP 1,260.00，繳款地點：澳門南灣大馬路 575、579 及 585 號 財政局大樓
        本合約屬承攬契據，依印花稅法按金額千分之一貼用印花，已向臺北市稅捐稽徵處繳納 NT$12,800（繳款書編號 11403-00457），影本附後。
        浮水印文字：「僅供 海港城商場管理處 內部審閱 · 嚴禁轉載 · 2025/10 第 2 版」，字型：思源黑體 Bold，透明度 18%，旋轉 -30°
        【用印紀錄】新光三越 信義新天地 A9 館 2026 春季檔期聯合行銷合約 · 大小章各 1 · 經辦單位：行銷企劃部 · 用印時間 2025-08-21 15:40
        電子簽署平台通知：信封 8A3F-21C0 狀態「已完成」，所有簽署角色（出租人代表、承租人代表、見證人）均已簽署，完成證明可於 30 日內下載。
        印花稅署提示：文書須於簽立後 30 日內加蓋印花；逾期加蓋者，罰款最高可達應繳稅款的 10 倍。詳情請瀏覽 www.ird.gov.hk 。
        用印申請單欄位：申請單位／合約名稱／對方公司統一編號（8 碼）／用印種類（公司大章、負責人章、騎縫章）／份數／歸檔編號／備註
        陳記車仔麵（銅鑼灣）有限公司 商舖租約續期 — 電子印花證明書已發出，證明書號碼 ES2025-0917-552063，租金每月 HK$68,000，租期兩年
        簽署稽核軌跡 時間戳記來源：TWCA 時戳服務（RFC 3161），時戳序號 0x7F12A9，時間 2025-12-02 09:18:44 +08:00，雜湊演算法 SHA-256
    """),
    ("zh-Hant", "同事群組訊息"): _lines("""
        各位同事早晨！DocuSign 範本「NDA 雙向 2025 版」已更新到 v2.3，舊版連結今晚 12 點後失效，請唔好再 send 舊 link 出去。
        提提大家：客戶簽完之後 Certificate of Completion 記得一齊 upload 去 SharePoint「Contracts/2025/Q4」，唔好只 save 喺自己部電腦。
        今日下晝 3 點 IT 會 reset 電子簽署平台嘅 SSO，期間大約 15 分鐘登入唔到，急件請先用 PDF 版本交畀法務部處理。
        台北辦公室這邊的大小章今天送去銀行辦理印鑑變更，週四前無法實體用印，請改走電子用印流程（單號前綴 TW-E），謝謝配合。
        有冇人知點解 Adobe Sign 個 reminder 收唔到？查咗 spam folder 都冇，對方公司話要我哋 resend，協議編號係 CBJCHBCAABAA3kQ9。
        新同事注意：水印一律用「CONFIDENTIAL – 公司名稱 – 日期」格式，唔好加自己個名或者 email，客戶會覺得唔專業。
        財務部話 11 月份印花稅帳單已經找咗數，總額 HK$38,760，收據已放喺 shared drive「Finance/Stamp/2025-11」，審計嗰陣要用。
        明天 10 點會議室 7B 開季度合約檢討會，議程：逾期未簽信封 12 份、被退回 3 份、範本版本整理。請各組帶電腦出席。
        順豐運單號 SF1409827731650 已經寄出正本合約去深圳，對方公司收到後會掃描回傳，預計週五到，到時再更新 tracker。
        澳門分行嗰份合約要用葡文版 + 中文版兩份，範本喺 Templates/Macau，簽署頁記得揀「兩名董事」嗰個 layout。
        今日嘅簽署平台 downtime 已經完結，status page 顯示 All Systems Operational，如果仲有問題請開 ticket 畀 IT Helpdesk（內線 8300）。
        提醒：e-Cert 裝置（USB Token）每部門只有一個，用完請放返入保險箱，借用登記簿喺前台，唔好帶離公司，多謝合作。
        琴日「金庸作品影視改編授權」合約已經簽晒，版權方簽署頁已回傳，麻煩版權組更新系統入面嘅授權期至 2030-12-31，正本交返法務部歸檔。
    """),
    ("ms", "notis_dan_soalan_lazim"): _lines("""
        NOTIS: Mulai 1 Januari 2026, semua perjanjian sewa premis perniagaan hendaklah ditandatangani secara digital melalui portal syarikat dan disetemkan melalui STAMPS LHDN.
        Soalan Lazim: Adakah tandatangan digital sah di sisi undang-undang? Ya, tertakluk kepada Akta Tandatangan Digital 1997 dan Akta Perdagangan Elektronik 2006.
        Untuk sebarang pertanyaan mengenai sijil digital, sila hubungi Meja Bantuan kami di 03-2788 4500 atau e-mel helpdesk@sijildigital-niaga.com.my (Isnin-Jumaat, 9 pg-6 ptg).
        Log: 2025-10-21 14:05:12 MYT | Sampul 4F9C-22A1 | Status: Selesai | Bilangan penandatangan: 3 | Sijil Penyempurnaan dijana secara automatik
        Duti setem untuk Perjanjian Sewa Kedai No. 12, Jalan Tun Sambanthan 4, Brickfields, Kuala Lumpur telah dibayar: RM 1,144.00, No. Sijil Setem 2025-KL-0088314.
        Tera air "SALINAN TIDAK TERKAWAL - Untuk Kegunaan Dalaman Sahaja - Versi 3.1" hendaklah dicetak pada setiap halaman draf perjanjian.
        Langkah 3: Klik butang "Tandatangan", pilih jenis tandatangan (lukis, taip atau muat naik), kemudian masukkan OTP 6 digit yang dihantar ke telefon berdaftar anda.
        Harap maklum, portal e-tandatangan akan diselenggara pada 15/11/2025 dari 12.00 tengah malam hingga 4.00 pagi. Dokumen yang dihantar dalam tempoh ini akan diproses semula.
        Pekeliling Bil. 7/2025: Semua memo kelulusan perolehan melebihi RM50,000 perlu melalui aliran kerja 3 peringkat (Ketua Jabatan, Kewangan, Pengarah Urusan).
        Kedai Kopi Ah Seng Sdn. Bhd. (No. Syarikat 201901028844) - kontrak pembekalan biji kopi 2026 telah lengkap ditandatangani oleh kedua-dua pihak pada 02/12/2025.
        Soalan Lazim: Berapa lama sijil penyempurnaan disimpan? Semua sijil dan jejak audit disimpan selama 7 tahun selaras dengan seksyen 245 Akta Syarikat 2016.
        Borang kelulusan cuti tahunan kini menggunakan MyDigital ID untuk pengesahan. Pastikan aplikasi MyDigital ID dikemas kini ke versi 2.4 atau lebih baharu.
        Perjanjian pelesenan watak "Upin & Ipin" bersama Les' Copaque Production Sdn. Bhd. telah dihantar untuk tandatangan; tarikh akhir 20 Disember 2025.
    """),
    ("mixed", "pdf_form_field_dump"): _lines("""
        FieldType: Text | FieldName: applicant_full_name | FieldNameAlt: Nama Penuh (seperti dalam MyKad) / 全名 | FieldValue: | FieldMaxLength: 80
        FieldType: Button | FieldName: chk_agree_pdpa | FieldStateOption: Off | FieldStateOption: Yes | FieldValue: Off | Tooltip: Saya bersetuju / 我同意
        FieldName: company_uen | FieldValue: 201834417K | FieldName: company_name | FieldValue: Pacific Harbour Logistics Pte. Ltd. | FieldName: gst_reg_no | FieldValue: M90-3318204-6
        FieldName: 统一社会信用代码 | FieldValue: 91440300MA5G2K8T4Q | FieldName: 公司名称 | FieldValue: 深圳市前海联拓供应链管理有限公司 | FieldName: 印章类型 | FieldValue: 合同专用章
        /T (Sig_Witness_1) /FT /Sig /V null /Lock << /Action /All >> /TU (Tandatangan Saksi / 見證人簽署) /Rect [72 96 268 140]
        Watermark layer "OC_DRAFT": text="DRAFT 草稿 DERAF - Not for execution", opacity=0.15, rotation=45, pages=1-12, font=Helvetica-Bold 54pt
        FieldName: invoice_no | FieldValue: INV-MY-2025-004417 | FieldName: amount_rm | FieldValue: 12,480.00 | FieldName: sst_no | FieldValue: W10-1808-32000114
        FieldName: signatory_title | FieldValue: Pengarah / Director / 董事 | FieldName: signatory_name | FieldValue: {{signer_1_name}} | FieldName: date | FieldValue: {{date_signed}}
        XFA: <form1><Header><FormNo>SD-LEASE-01</FormNo><Rev>2024-07</Rev></Header><Property><Type>Commercial</Type><District>D01 Raffles Place</District></Property></form1>
        FieldName: branch_address | FieldValue: Lot 2.18, Level 2, Pavilion Kuala Lumpur, 168 Jalan Bukit Bintang, 55100 KL | FieldName: branch_tel | FieldValue: 03-2110 5588
        FieldName: author | FieldValue: 張愛玲 | FieldName: work_title | FieldValue: 《傾城之戀》舞台劇改編授權 | FieldName: licensor | FieldValue: 皇冠文化出版有限公司
        Producer: Adobe PDF Library 17.11.238; Creator: Microsoft Word for Microsoft 365; ModDate: D:20251105091244+08'00'; PDF/A-2b: yes; Encrypted: AES-256
        FieldName: hotline_cs | FieldValue: +65 6221 8800 | FieldName: cs_email | FieldValue: service@harbourlogistics.sg | FieldName: whatsapp_business | FieldValue: +65 8800 2211
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        {"recipients":{"signers":[{"name":"Tan Wei Ling","email":"weiling.tan82@gmail.com","roleName":"Tenant","recipientId":"2"}]},"emailSubject":"Tenancy Agreement - Blk 412 Bedok North Ave 2 #08-117"}
        2025-10-14 21:47:09 SGT | Signed | Marcus Lim Jun Hao (marcus.ljh@outlook.com) | IP 118.200.47.61 | Singpass-verified, NRIC S8834127I
        Watermark: "Viewed by priya.nair1990@gmail.com on 2025-11-02 23:14 - Downloaded copy - Do not forward"
        {"documents":[{"name":"personal_guarantee.pdf"}],"customFields":[{"name":"guarantor_b64","value":"R29oIFNpZXcgTWVpLCBTNzcxMjkwM0o="}]}
        HR-OFFER-2025-0192 approved by CFO | candidate Rachel Ong Pei Shan | monthly base SGD 9,800 | sign-on bonus SGD 5,000 | start 2026-01-05
        Declined | Daniel Kwok declined the Deed of Separation with comment: "Not signing until the custody schedule for the kids is fixed."
        FieldName: emergency_contact | FieldValue: Mdm Lee Ah Hwa (mother) 9127 4408 | FieldName: medical_condition | FieldValue: Type 1 diabetes, insulin pump
        {"recipientId":"3","roleName":"Co-borrower","smsAuthentication":{"senderProvidedNumbers":["+65 9734 2186"]}}
        Witnessed by Harjit Singh s/o Gurdev Singh, FIN G5583021K, residing at 27 Jalan Kembangan, Singapore 419131, on this 3rd day of November 2025.
        Certificate of Completion - Signer: "Aunty Mei" (meiaunty.bakes@hotmail.com) - signed as guarantor for her nephew's renovation loan of SGD 38,000.
        Workflow hold: share transfer envelope paused because the signer, Jason Teo Kian Seng, was arrested on 28 Oct; his lawyer asked us to wait for the bail hearing.
        https://app.docusign.com/signing/start?clientUserId=cu_5521&email=kelvin.chua.sg%40gmail.com&name=Kelvin%20Chua%20Boon%20Keat
    """),
    "zh-Hans": _lines("""
        审批单 SP-20251106-01132 用印申请：借款担保合同，担保人 陈晓雯（身份证 440306198807231524，手机 13826619043），借款金额 ¥500,000
        e签宝回调：{"flowId":"5f7a1c03","signerInfoB64":"6LW15b635piOIDEzOTc1MjA4ODE2","signStatus":"SIGNED","signTime":"2025-11-07 20:31:55"}
        水印文字：“内部资料 仅供 刘芳 查阅 liufang_0812@163.com 2025-11-03 22:41 禁止截图外传”
        飞书审批意见：同意续签。备注：小周最近在做化疗，试用期考核先暂缓，续签合同按原薪资 ¥18,500/月执行，请人事注意保密。
        签署日志 2025-10-30 23:12:45 签署人 张伟强 使用个人数字证书签署《离婚协议书》，签署 IP 113.88.14.201，设备 iPhone 15
        PDF 表单导出：申请人姓名=黄丽娟；身份证号=310104199102140827；户籍地址=上海市徐汇区漕溪北路 398 弄 12 号 502 室；婚姻状况=离异
        短信通知日志：to=+86 139 2617 4480 template=SIGN_REMIND envelope=HT-2025-00913 status=DELIVERED
        人事审批抄送：孙丽 的产假申请（预产期 2026 年 3 月，双胞胎，高危妊娠）电子签收单已生成，请直属领导于今日内确认。
        电子借条（电子签章版）：今借到 林国栋 人民币 80,000 元整，借款人 郑小军，约定 2026 年 6 月 30 日前归还，逾期按年利率 12% 计息。
        合同签署页：乙方（个人）何秀英，身份证号 110108198509304612，开户行 中国工商银行北京海淀支行，账号 6222 0202 0012 3456 789
        快递面单水印：收件人 老陈 138 0571 2298，浙江省杭州市拱墅区莫干山路 1108 号 4 幢 2 单元 601 室（合同正本，请本人签收）
    """),
    "zh-Hant": _lines("""
        電子印花紀錄：住宅租約，業主 李家豪（香港身份證 K538214(9)），租客 黃美寶，物業：沙田第一城 38 座 15 樓 F 室，月租 HK$16,800
        DocuSign 稽核軌跡：2025-11-05 22:03 HKT 簽署人 陳志明 先生（chiming.chan1978@yahoo.com.hk）已簽署《遺囑》第 3 頁，見證人兩名
        審批意見：同意林太嘅退租申請，但佢仲欠三個月租金共 HK$45,600，扣除按金後尚欠 HK$13,200，請法務跟進追討。
        表單欄位匯出：姓名=吳淑芬；身分證字號=A227184535；出生日期=1979/04/18；戶籍地址=臺北市大安區和平東路二段 96 巷 7 號 3 樓
        簽署通知已以簡訊寄送至 0912-486-337，驗證碼 6 位數有效 10 分鐘，請勿轉寄他人。
        澳門電子印花：住宅單位買賣公證書，買方 梁嘉欣（澳門居民身份證 5218437(2)），單位：氹仔海洋花園 第 6 座 11 樓 C，印花稅 MOP 96,000
        浮水印：「本文件由 何永康 於 2025/10/31 下載 · 手機 9386 2157 · 僅供個人使用 · 請勿轉發」
        用印申請備註：倉務部阿明因酒駕被警方拘捕，佢嘅代簽權限已即時暫停，請各部門唔好再接受佢嘅電子簽名。
        手術同意書 PDF 欄位：病人=鄭詠詩；病歷號=QMH-2025-778102；診斷=乳癌第二期；手術日期=2025-12-09；簽署人=病人本人
        {"signerNameB64":"6buD5b+X5by3","idType":"HKID","idNo":"Y702631(3)","envelopeStatus":"completed","completedAt":"2025-09-18T06:12:40Z"}
    """),
    "ms": _lines("""
        {"signers":[{"name":"Nurul Aisyah binti Rahman","email":"nurulaisyah.r@gmail.com","roleName":"Peminjam"}],"emailSubject":"Sila tandatangan: Perjanjian Pinjaman Peribadi RM25,000"}
        Jejak audit: 2025-11-01 20:15:44 MYT | Ditandatangani | Muhammad Hafiz bin Osman | No. MyKad 880412-14-5523 | IP 175.139.22.84
        Tera air: "Salinan untuk Encik Rajesh a/l Muniandy - 012-538 7741 - Sulit & Peribadi - Jangan disalin"
        Log kelulusan: Permohonan cuti sakit panjang Puan Zaleha binti Yusof (kemurungan teruk, rawatan di Hospital Bahagia Ulu Kinta) diluluskan oleh Ketua Jabatan.
        Kod OTP tandatangan telah dihantar ke +60 17-294 8813 pada 21:04. Jangan kongsi kod ini dengan sesiapa.
        Borang PDF: nama_penuh=Lim Kok Wah; no_kp=750921-10-6147; alamat_rumah=No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor; akaun_maybank=5141 2230 8867
        Nota aliran kerja: Kak Yah (kerani akaun, cawangan Ipoh) masih berhutang RM3,200 kepada koperasi, borang potongan gaji perlu ditandatangani sebelum 30/11.
        E-setem Surat Ikatan Pindah Milik: penerima Siti Hajar binti Kamal (MyKad 920317-01-5568), rumah teres No. 8, Jalan Anggerik 3, Taman Johor Jaya, 81100 Johor Bahru.
        {"penerima":{"peranan":"Penjamin","emel_b64":"ZmFyaWRhaC5pc21haWw3N0B5YWhvby5jb20=","kaedah_pengesahan":"SMS"},"status":"dihantar"}
    """),
    "mixed": _lines("""
        {"signers":[{"name":"Lee Mei Ling 李美玲","email":"meiling.lee.sg@gmail.com","roleName":"买方 Buyer"}],"emailSubject":"请签署 Option to Purchase - 88 Tampines St 81 #04-22"}
        Boss, Mr Chan Kok Leong 陈先生 punya e-sign reject lagi, dia kata 他的 IC T0267514A salah taip dalam form, tolong resend ya
        2025-09-12 11:20 SGT | 已查看 Viewed | Wong Siew Ling 黄秀玲 | +65 8126 5530 | device: Samsung A54 | 未签署 not signed
        CONFIDENTIAL 机密 - printed for 劉德明 Lau Tak Ming - HKID R411987(7) - 2025-11-20 16:02 - 如有外洩 will be traced
        Nama/姓名: Ong Bee Choo 王美珠 | IC: 680215-07-5310 | Sakit/病况: dialysis 3x seminggu | Hutang bank/欠款: RM 42,000 tertunggak
        [审批 Approval] Staff loan 员工借款 - 申请人 Tan Jia Hui，理由：anak punya 学费 RM 6,500 + 还 Ah Long 利息，approve by HOD, potong gaji 12 bulan
        PDF Info: /Author (jessica.yeo) /Title (Statutory Declaration - 改名 change of name from Yeo Ah Lian to Jessica Yeo Jia Hui) /CreationDate (D:20251012)
        簽署人 Signer: 林怡君 Lin Yi-Chun，身分證 F129305642，email yichun.lin0507@gmail.com，role: 保證人 Guarantor，借款 NT$1,200,000
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are DocuFlow Assistant for a Singapore property agency. Help agents troubleshoot e-signature envelopes.",
        ),
        (
            "user",
            'This envelope has been stuck at "sent" for 3 days: {"signers":[{"name":"Goh Boon Hock","email":"boonhock.goh61@gmail.com","roleName":"Seller"}],"emailSubject":"OTP - 15 Lorong Ah Soo #05-03"}. Can you tell why?',
        ),
        (
            "assistant",
            "The seller, Goh Boon Hock, has not opened the envelope yet. Check whether boonhock.goh61@gmail.com is spelled right, then resend or switch to SMS delivery.",
        ),
        ("user", "His mobile is 9645 1127, can I add SMS authentication?"),
        (
            "assistant",
            'Yes. Edit the recipient, turn on SMS authentication and enter +65 9645 1127 under "senderProvidedNumbers", then resend the envelope.',
        ),
    ],
    [
        ("system", "你是公司内部的用印审批助手，帮助员工撰写审批意见。"),
        (
            "user",
            "帮我写一段用印审批意见：担保人周海燕（身份证 350203199305112830，手机 15060738842）给她弟弟的 30 万装修贷款做担保，合同已经法务看过。",
        ),
        (
            "assistant",
            "建议意见：“经法务审核，担保合同条款符合公司模板，同意用印。担保人周海燕身份信息已核验，用印后请将扫描件归档至合同库。”",
        ),
        ("user", "要不要把她的身份证号写进意见里？"),
        (
            "assistant",
            "不建议。审批意见会抄送很多人，身份证号只需保留在附件中，意见里写“身份信息已核验”就够了。",
        ),
    ],
    [
        (
            "user",
            "幫我設計一段 PDF 浮水印，份文件係畀客戶馮家樂睇嘅，佢電話 6128 3395，想每頁都顯示佢個名同電話，防止外傳。",
        ),
        (
            "assistant",
            "可以用：「僅供 馮家樂 先生 審閱 · 6128 3395 · 2025/12/07 · 嚴禁轉載」，斜 30 度，透明度 15%，每頁置中。",
        ),
        ("user", "咁樣會唔會太明顯？"),
        (
            "assistant",
            "如果想低調啲，可以將透明度降到 8%，字體縮細，放喺頁腳；咁樣追溯到外洩來源之餘，唔會影響閱讀。",
        ),
    ],
    [
        ("system", "Anda pembantu AI untuk ejen hartanah di Malaysia. Jawab dalam Bahasa Melayu."),
        (
            "user",
            "Macam mana nak setem perjanjian sewa rumah? Penyewa saya Mohd Faizal bin Ismail, MyKad 900714-08-6231, rumah di No. 41, Jalan Mawar 7, Taman Bukit Indah, 81200 Johor Bahru. Sewa RM1,800 sebulan.",
        ),
        (
            "assistant",
            "Log masuk ke STAMPS LHDN, pilih Surat Cara Sewaan, masukkan butiran penyewa Mohd Faizal bin Ismail (MyKad 900714-08-6231) dan sewa RM1,800 sebulan, kemudian buat bayaran duti setem secara dalam talian.",
        ),
        ("user", "Berapa lama tempoh untuk setem?"),
        (
            "assistant",
            "Perjanjian perlu disetemkan dalam tempoh 30 hari dari tarikh ditandatangani untuk mengelakkan penalti.",
        ),
    ],
    [
        (
            "user",
            "Summarise this signing audit trail for me: 2025-11-03 09:14 Viewed by Ng Hui Min 黄慧敏 (huimin.ng@yahoo.com.sg); 09:20 Signed; 09:21 Completed. IP 116.87.203.45.",
        ),
        (
            "assistant",
            "摘要 Summary: Ng Hui Min 黄慧敏 (huimin.ng@yahoo.com.sg) opened the envelope at 09:14, signed at 09:20, and the envelope completed at 09:21 from IP 116.87.203.45.",
        ),
        ("user", "Can you redact it before I share with the vendor?"),
        (
            "assistant",
            "Redacted version: 2025-11-03 09:14 Viewed by [SIGNER 1] ([EMAIL]); 09:20 Signed; 09:21 Completed. IP [REDACTED].",
        ),
    ],
    [
        (
            "system",
            "Current user: Ivy Koh Hui Xin, Procurement Executive, staff ID E20417, mobile +65 9012 7748, ivy.koh.hx@gmail.com. Assist with approval workflows.",
        ),
        ("user", "What's pending in my approval queue?"),
        (
            "assistant",
            "You have 3 pending items: PO-2025-118204 (SGD 12,400), PO-2025-118219 (SGD 3,150) and a vendor onboarding form for Pacific Harbour Logistics Pte. Ltd.",
        ),
        ("user", "Approve the first two please."),
        (
            "assistant",
            "Done. PO-2025-118204 and PO-2025-118219 are approved and sent on to Finance for payment.",
        ),
    ],
    [
        (
            "user",
            "Please redact this PDF field dump: applicant_name=Cheung Wai Kit; hkid=K601245(0); bank_acct=HSBC 004-512-339871-838; home_addr=Flat 12B, Block 3, Kornhill, Quarry Bay",
        ),
        (
            "assistant",
            "Redacted: applicant_name=[NAME]; hkid=[HKID]; bank_acct=[BANK ACCOUNT]; home_addr=[ADDRESS]. Keep the original in the restricted folder only.",
        ),
        ("user", "Thanks. Is the HKID format even valid?"),
        (
            "assistant",
            "It has the right shape: one letter, six digits and a check digit in brackets. I cannot confirm it belongs to a real person, so verify it against the physical card.",
        ),
    ],
    [
        ("system", "你是电子合同平台客服助手。"),
        (
            "user",
            "我同事小李（李俊峰）和他老婆在闹离婚，他让我帮他查一下他发给对方的离婚协议签了没有，合同编号 HT-2025-07731。",
        ),
        (
            "assistant",
            "出于隐私保护，合同状态只能由签署方本人登录查看。请李俊峰本人登录账户，在“我的合同”中查询 HT-2025-07731。",
        ),
        ("user", "那他可以授权我看吗？"),
        (
            "assistant",
            "可以。李俊峰需要在平台的“授权管理”里添加你为查看人，授权后你才能看到这份合同的签署进度。",
        ),
    ],
    [
        (
            "user",
            "Tolong draft approval note for medical claim: staff Kavitha a/p Subramaniam, claim RM 8,450 untuk rawatan kanser serviks at Hospital Pantai, approved by HR?",
        ),
        (
            "assistant",
            "Draf: Tuntutan perubatan Kavitha a/p Subramaniam sebanyak RM 8,450 bagi rawatan di Hospital Pantai telah disemak dan diluluskan oleh Jabatan Sumber Manusia. Bayaran melalui gaji bulan Disember.",
        ),
        ("user", "Perlu sebut diagnosis tak?"),
        (
            "assistant",
            "Tidak perlu. Diagnosis ialah data kesihatan yang sensitif; simpan dalam fail perubatan sulit sahaja dan jangan masukkan dalam nota kelulusan.",
        ),
    ],
    [
        ("system", "你是台灣企業法務部的用印助理。"),
        (
            "user",
            "保證人陳淑惠（身分證 B204156785，住址：新北市板橋區文化路一段 188 巷 5 號 4 樓）要簽連帶保證書，用印流程怎麼走？",
        ),
        (
            "assistant",
            "請先在電子用印系統建立 TW-E 單據，附上保證書草稿及陳淑惠的身分證影本，經法務與財務兩關簽核後，再安排保證人以自然人憑證簽署。",
        ),
        ("user", "身分證影本要遮哪些欄位？"),
        (
            "assistant",
            "建議遮蔽出生日期和住址，只保留姓名與身分證字號後四碼，並加註「僅供本次保證契約使用」字樣。",
        ),
    ],
]
