# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade121: personal data in electronic signature and document-workflow artefacts (DocuSign and Adobe Sign audit trails, envelope metadata, signer certificates, approval-routing logs, PDF form field dumps). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade121
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "docusign_audit_trail"): _lines("""
        Envelope Id: 7C2B9E41-5A03-4F8D-B1E6-29D04A7F3C18 | Status: Completed | Envelope Originator: Contracts Desk, Meridian Freight Pte. Ltd. (contracts@meridianfreight.com.sg)
        Certificate Of Completion - Subject: Master Services Agreement 2027 (MSA-SG-2027-014) | Document Pages: 23 | Signatures: 4 | Initials: 12 | Time Zone: (UTC+08:00) Kuala Lumpur, Singapore
        Record Tracking: Status: Original 03-Dec-2026 | 09:14:52 | Holder: Procurement Shared Mailbox | procurement@harbourline.com.sg | Location: DocuSign
        Signer Events: Role "Vendor Authorised Signatory" - Security Level: Email, Account Authentication (None) - Signature Adoption: Pre-selected Style - Using IP Address: 10.20.4.15 (corporate proxy)
        Electronic Record and Signature Disclosure: Accepted: 04-Dec-2026 | 10:02:19 | ID: 3f6a1c0e-88b2-4d71-9a55-0e7c2d4b1f93 | Company Name: Straits Packaging Sdn. Bhd. (201801023456)
        Envelope Summary Events: Envelope Sent 02-Dec-2026 | 16:02:11 Hashed/Encrypted | Certified Delivered Security Checked | Signing Complete Security Checked | Completed Security Checked
        Carbon Copy Events: Accounts Payable Team (ap@sunrisecold.com.sg) - Sent: 05-Dec-2026 | 10:45:07 - Viewed: 05-Dec-2026 | 11:02:33 - Status: Completed
        Payment Events: none | Witness Events: none | Notary Events: none | Editor Delivery Events: none | Intermediary Delivery Events: none | In Person Signer Events: none
        Agent Delivery Events: Legal Operations Queue (legalops@anchorpoint.asia) - Sent: 06-Dec-2026 | 08:30:00 - Status: Delivered - Using IP Address: 203.0.113.24 (office gateway)
        Completed PDF hash (SHA-256): 6a383c01b74ea2130684cdaba9a43087ed2a30017c4cc28a268cdce1061e2461 - sealed with DocuSign Envelope Seal certificate, tamper-evident
        Envelope Originator: Grants Office, Tan Kah Kee Foundation | Subject: Scholarship Funding Agreement FY2027 | Pages: 9 | Completed 01-Dec-2026 17:40:19 SGT
        Reminder sent automatically: "Please DocuSign: Lease Renewal - Unit #03-12, Lucky Plaza, 304 Orchard Road" - reminder every 3 days, envelope expires after 30 days
        Envelope voided 07-Dec-2026 14:22:09 by sender account "Admin - Kopitiam Ah Seng Holdings" - Void reason: wrong pricing schedule attached (Annex B v3 replaced by v4)
    """),
    ("en", "signer_certificate"): _lines("""
        Issuer: CN=Netrust Corporate CA 3, O=Netrust Pte Ltd, C=SG | Serial: 4A:1F:09:7C:2E:88:B3:D0 | Valid: 2025-03-01 to 2030-02-28 | Key Usage: Certificate Sign, CRL Sign
        Subject: CN=Document Signing - Finance, OU=Group Treasury, O=Pacific Harbour Holdings Ltd, L=Singapore, C=SG, organizationIdentifier=NTRSG-201534567R
        Issuer: CN=MSC Trustgate.com Sdn Bhd Class 2 CA, O=MSC Trustgate.com Sdn. Bhd., C=MY | Signature Algorithm: sha256WithRSAEncryption | Public Key: RSA 3072 bits
        Extended Key Usage: Document Signing (1.3.6.1.4.1.311.10.3.12), Adobe Authentic Documents Trust (1.2.840.113583.1.1.5) | Basic Constraints: CA=FALSE
        CRL Distribution Point: http://crl.example-ca.asia/corpsign-g2.crl | OCSP: http://ocsp.example-ca.asia | Authority Key Identifier: 7E:2A:91:C4:05:DB:3F:68:11:A0:5C:E9:44:72:0B:D6:83:1F:2C:97
        Signature validation: VALID - signed by "Company Seal - Golden Dragon Noodle House Pte. Ltd." at 2026-11-28 15:03:44 +08:00, TSA: TSA-SG-02, document not modified since signing
        Issuer: CN=Hongkong Post e-Cert CA 3 - 17, O=Hongkong Post, L=Hong Kong, C=HK | Certificate type: e-Cert (Organisational) for corporate signing | Validity: 2 years
        Thumbprint (SHA-1): 3C 8E 51 A0 7F 2D 94 B6 1E 0C 47 D9 88 2A F3 65 C1 0B 7E 42 | Friendly name: AcmeSign Test Signer (non-production) | Store: LocalMachine/My
        Subject (RFC 2253): 2.5.4.3=Contract Seal,2.5.4.10=#0C18E6B5B7E6B5AAE789A9E6B581E69C89E99990E585ACE58FB8,2.5.4.6=CN | Key: SM2 256-bit | Sig alg: SM3withSM2
        Signer certificate chain: Apex Container Lines Sdn Bhd Seal -> Pos Digicert Class 2 Enterprise CA -> Pos Digicert Root CA 2 | Revocation check: OCSP good at 2026-12-03T02:11:45Z
        Long-term validation enabled: DSS dictionary contains 3 certificates, 2 OCSP responses, 1 CRL; embedded timestamp token from DigiCert SHA256 RSA4096 Timestamp Responder 2025 1
        Subject: CN=Sun Yat-sen University Contract Office e-Seal, O=Sun Yat-sen University, L=Guangzhou, ST=Guangdong, C=CN | Key: SM2 256-bit | NotAfter: 2028-06-30 23:59:59 UTC
        Subject: CN=Mr Bean Group Limited Authorised Signing Key, O=Mr Bean Group Limited, C=SG | Key: ECDSA P-256 | NotBefore 2026-01-15 00:00:00 UTC | NotAfter 2028-01-15 23:59:59 UTC
    """),
    ("zh-Hans", "信封元数据"): _lines("""
        {"envelopeId":"e8d41c27-93fa-4b06-a5e2-7c1f0b39d682","status":"completed","emailSubject":"请签署：2027年度物流服务框架协议","sender":{"name":"法务部共享账号","email":"legal@hailang-logistics.cn"}}
        信封元数据：发起方 上海远洋冷链物流有限公司，统一社会信用代码 91310115MA1H8K2X4P，签署顺序 1/3，合同编号 HT-SH-2026-11873，有效期至 2026-12-31 23:59
        {"event":"recipient-completed","recipientRole":"乙方授权代表","routingOrder":2,"recipientName":"{{乙方.法定代表人}}","authMethod":"企业实名认证"}
        签署方2：深圳市南山区 腾讯滨海大厦 法务中心（企业签章），印章编码 4403050123456，用印时间 2026-12-02 10:31:08，签章状态 有效
        customFields: {"成本中心":"CC-4102","项目代码":"PRJ-GZ-0087","审批单号":"OA-20261203-00451","金额":"¥1,286,400.00","币种":"CNY","dept_b64":"5rOV5Yqh6YOo"}
        通知回调 POST https://api.example.cn/esign/callback?flowId=2f9a6e1d8c&dept=%E6%B3%95%E5%8A%A1%E9%83%A8 返回 200，耗时 184ms，重试次数 0
        文件摘要：document_1《采购合同（标准版 V3.2）.pdf》SHA256=70104cf37ee5087c252049410082ada68824bce35d0794d2739a451d850215eb，页数 17
        信封状态变更：created → sent → delivered → completed；完成时间 2026-12-04T15:47:22+08:00；保存期限 10 年（公司档案管理制度 第7条）
        签署方：东来顺餐饮管理有限公司（企业主体），经办岗位：门店发展部，企业客服热线 400-820-1234，签署方式：企业电子印章 + 法人授权书
        模板ID tpl_7Q2xK9 变量：{甲方名称}、{乙方名称}、{签约日期}、{合同金额大写}，默认值为空，必填项 4 个，选填项 2 个
        信封品牌 brandId=cb3f0a21，品牌名称“老干妈”（贵阳南明老干妈风味食品有限责任公司），语言 zh_CN，水印“仅供内部审阅”
        envelope.locale=zh_CN; reminderDelay=2; expireAfter=15; allowReassign=false; enableWetSign=false; 抄送对象：财务共享中心 fssc@hailang-logistics.cn
        批量发送任务 BULK-20261205-07：共 240 份《经销商年度返利确认函》，成功 236，失败 4（原因：企业邮箱退信），失败清单 bulk_fail_07.csv
    """),
    ("zh-Hant", "審批路由日誌"): _lines("""
        [2026-12-03 09:12:44] 流程 PR-TPE-2026-3381 建立：請購單《伺服器機櫃擴充》金額 NT$486,000，路由：部門主管 → 資訊處 → 財務處 → 總經理室
        [2026-12-03 10:05:17] 節點2「資訊處審核」已核准（代理人規則：依職務代理表 R-07），耗時 52 分鐘，附件 3 份，數位簽章序號 5C1E09A7
        [審批] 單號 HK-CAPEX-0912 於 2026-12-04 14:30 由「財務處」退回：報價單有效期已過，請供應商 德昌電機（Johnson Electric）重新報價
        路由規則 v4.2：金額 ≥ HK$500,000 須加簽「集團內控部」；涉及個人資料處理之合約須會簽「私隱合規組」（《個人資料（私隱）條例》第486章）
        澳門分公司簽核節點：法務 → 行政 → 董事會秘書；分公司地址：澳門孫逸仙大馬路 288 號 海景商業中心 9 樓，總機 (853) 2872 6600
        [2026-12-05 16:48:02] 會簽逾時提醒：節點「法務審閱」已停留 72 小時，系統自動通知 法務信箱 legal-tw@kaohsiung-harbour.com.tw
        簽核紀錄匯出欄位：單號, 節點序, 節點名稱, 角色, 動作(核准/退回/加簽), 時間戳, 意見摘要, 附件數, 數位簽章序號
        流程 TW-HR-POLICY-07《員工手冊 2027 版》發布簽核：人資處 → 法務處 → 董事長室（依公司治理守則第 12 條），全體同仁電子確認截止 2027-01-15
        [錯誤] 2026-12-06 02:14:09 節點「財務處覆核」簽章失敗：憑證 OCSP 回應逾時 (ocsp.twca.com.tw)，已自動重試 3 次，狀態改為 PENDING_RETRY
        路由：鼎泰豐（Din Tai Fung）信義店 裝修合約 → 工務部 → 採購部 → 財務處；合約金額 NT$2,350,000，保固 24 個月，預計 2027-02 動工
        審批摘要：本月共 412 張單據，平均簽核時間 1.8 天，最長節點為「採購比價」（平均 0.9 天），退回率 6.3%，逾時件數 11
        香港總部 灣仔港灣道 18 號 中環廣場 35 樓 文件管理中心公告：實體用印已全面改為電子用印，紙本歸檔僅限法定要求文件
        [2026-12-07 11:20:35] 流程 MO-LEASE-0044 完成：租賃合約《議事亭前地 地舖 G/F 續租》各方已簽署，歸檔至 DMS /Legal/Macau/Leases/2026
    """),
    ("zh-Hant", "電子簽署常見問題"): _lines("""
        問：以電子方式簽署的合約在台灣有法律效力嗎？答：依《電子簽章法》，經相對人同意且能表示身分及簽署意思者，與書面簽名具同等效力。
        問：香港哪些文件不能用電子簽署？答：依《電子交易條例》（第553章）附表1，遺囑、信託、授權書及若干土地文件仍須以紙本簽立。
        問：收到簽署通知信但找不到連結怎麼辦？答：請檢查垃圾郵件匣，或來信 support@signdesk.hk、致電客服熱線 (852) 3188 2000（週一至五 9:00–18:00）。
        問：可以用手機簽嗎？答：可以，支援 iOS 16 以上及 Android 11 以上；建議使用 Chrome 或 Safari 最新版本，單一檔案上限 25 MB。
        問：簽署後文件存放在哪裡？答：完成後系統會寄送含稽核軌跡（Audit Trail）的 PDF，並於雲端保存 7 年，資料中心位於新加坡及東京。
        問：工商憑證（MOEACA）可以用來簽公司文件嗎？答：可以，插入讀卡機並安裝 HiCOS 跨平台元件後，選擇「工商憑證」即可加蓋公司數位簽章。
        問：澳門的電子簽名有何規定？答：請參考第 5/2005 號法律《電子文件及電子簽名》，合格電子簽名須由認可的認證實體發出之證書支援。
        問：稽核軌跡裡的「IP 位址」是什麼？答：那是簽署時連線的網路位址；若經公司 VPN 連線，通常會顯示公司出口 IP，例如 203.0.113.10。
        問：費用怎麼計算？答：標準方案 HK$398/月（含 50 份信封），進階方案 HK$1,280/月（無限信封、批次傳送、API 每分鐘 200 次）。
        問：如何更改簽署順序？答：於「信封設定 → 收件人 → 路由順序」拖曳調整；已寄出的信封需先「修正」（Correct）才能修改。
        企業服務中心：台北市信義區市府路 45 號 台北 101 大樓 32 樓，週一至週五 09:30–17:30，本中心只受理公司憑證申請。
        問：簽名圖樣可以用「王羲之」行書字體嗎？答：可以，系統提供行書、楷書等 6 款字型，但字型僅為樣式，不影響簽章的法律效力。
        問：驗證碼簡訊來自哪個號碼？答：官方簡訊發送號碼為 +852 6452 0099 及短碼 50088，請勿回覆任何要求提供密碼的訊息。
    """),
    ("ms", "soalan_lazim_e_tandatangan"): _lines("""
        S: Adakah tandatangan elektronik sah di Malaysia? J: Ya, di bawah Akta Perdagangan Elektronik 2006 (Akta 658) dan Akta Tandatangan Digital 1997 (Akta 562).
        S: Dokumen apa yang tidak boleh ditandatangani secara elektronik? J: Surat kuasa wakil, wasiat, amanah dan surat cara boleh niaga dikecualikan di bawah Jadual Akta 658.
        S: Bagaimana saya tahu e-mel jemputan itu tulen? J: E-mel sah hanya dihantar dari noreply@etandatangan.syarikatcontoh.my dan tidak sekali-kali meminta kata laluan.
        S: Berapa lama pautan tandatangan sah? J: Pautan tamat selepas 14 hari. Jika tamat, minta penghantar menghantar semula sampul (envelope) melalui portal.
        Hubungi Meja Bantuan e-Dokumen: 03-2716 8800 (talian am syarikat) atau WhatsApp Perniagaan +60 11-5566 2200, Isnin–Jumaat 8.30 pagi–5.30 petang.
        Alamat pejabat: Aras 18, Menara Binjai, No. 2 Jalan Binjai, 50450 Kuala Lumpur - kaunter pengesahan sijil digital dibuka mengikut temu janji sahaja.
        S: Sijil digital siapa yang diiktiraf? J: Sijil daripada Pihak Berkuasa Pemerakuan berlesen seperti Pos Digicert, MSC Trustgate dan Telekom Applied Business diterima.
        S: Adakah jejak audit disimpan? J: Ya, setiap sampul mempunyai Sijil Penyelesaian yang merekodkan masa, tindakan dan cap masa pelayan dalam zon MYT (UTC+8).
        Yuran perkhidmatan: Pelan Asas RM49/bulan (10 sampul), Pelan Perniagaan RM189/bulan (100 sampul), caj tambahan RM1.20 setiap sampul; SST 8% dikenakan.
        S: Bolehkah syarikat guna cop syarikat elektronik? J: Boleh, muat naik imej cop (PNG, latar lutsinar, maks. 2 MB) di Tetapan Jenama → Cop & Meterai.
        Notis penyelenggaraan: Portal e-Tandatangan tidak dapat diakses pada 14 Dis 2026, 00:00–04:00 MYT untuk naik taraf ke versi 5.8.1. Dokumen dalam proses tidak terjejas.
        Contoh rujukan sampul: ENV-MY-2026-004417; nombor pendaftaran syarikat dalam sijil: 199701012345 (432100-K); pastikan sepadan dengan rekod SSM.
        S: Kenapa nama pengirim tertera "Kedai Runcit Pak Ali Sdn Bhd"? J: Itu nama akaun syarikat penghantar; semak domain e-mel dan nombor SSM sebelum menandatangani.
    """),
    ("mixed", "pdf_form_field_dump"): _lines("""
        FieldType: Text | FieldName: vendor_company_name | FieldValue: Seng Heng Hardware Trading Sdn Bhd | FieldFlags: 0 | FieldJustification: Left
        FieldType: Text | FieldName: 供应商统一社会信用代码 | FieldValue: 91440300MA5G7T3Q8L | FieldMaxLength: 18 | FieldFlags: 2 | FieldJustification: Left
        /T (dept_name) /V <FEFF91C78D2D90E8> /FT /Tx /Ff 0 /DA (/Helv 9 Tf 0 g) /Rect [72 640 300 658]
        /T (approver_role) /V (Finance Approver) /TU (Nama jawatan / 职位) /FT /Tx /Ff 2 /Q 0
        FieldType: Button | FieldName: agree_terms_chk | FieldStateOption: Off | FieldStateOption: Ya | FieldValue: Ya | FieldFlags: 0
        FieldType: Choice | FieldName: negeri_cawangan | FieldValue: Pulau Pinang | FieldStateOption: Johor | FieldStateOption: Selangor | FieldStateOption: Sabah
        FieldType: Signature | FieldName: sig_company_seal | FieldValue: (empty) | FieldFlags: 0 | /Lock /Action /Include /Fields [witness_name witness_ic]
        FieldType: Text | FieldName: 公司地址_Alamat_Syarikat | FieldValue: Lot 12, Jalan Perusahaan 3, Kawasan Perindustrian Prai, 13600 Prai, Pulau Pinang
        FieldType: Text | FieldName: x_meta_b64 | FieldValue: UHJvY3VyZW1lbnQgRGVwYXJ0bWVudA== | FieldFlags: 1 | FieldJustification: Left
        FieldName: contact_hotline | FieldValue: +65 6789 1234 (Customer Service) | FieldName: contact_email | FieldValue: sales@kimlianhardware.sg
        FieldName: invoice_no | FieldValue: INV-2026-11-08842 | FieldName: amount_myr | FieldValue: 12,480.00 | FieldName: 发票日期 | FieldValue: 2026-11-30
        FieldName: signer1_name | FieldValue: {{signer.full_name}} | FieldName: signer1_ic | FieldValue: {{signer.nric}} | 备注：模板未填写 (unflattened)
        <field name="dept_zh"><value>法务部</value></field><field name="doc_ref"><value>LGL-HK-2026-0193</value></field><field name="lang"><value>zh-HK</value></field>
    """),
    ("mixed", "esign_config_code"): _lines("""
        DOCUSIGN_ACCOUNT_ID=3b7c2e91-04af-4d6a-8f1e-5a9d0c2b7e64  # 沙箱账户 sandbox only, jangan guna di produksi
        envelope_definition = {"emailSubject": "Sila tandatangan: Perjanjian NDA", "status": "sent", "templateId": "tpl-nda-my-v7"}  # 模板 v7
        signer = Signer(email="signer@example.com", name="{{SIGNER_NAME}}", recipient_id="1", routing_order="1")  # SDK sample placeholder
        adobe_sign: {base_uri: "https://api.ap1.adobesign.com/api/rest/v6", webhook_secret: "${ADOBE_WEBHOOK_SECRET}"}  # AP1 区域
        ALLOWED_SIGNER_DOMAINS = ["hailang-logistics.cn", "straitspack.com.my", "meridianfreight.com.sg"]  # 外部域名白名单 / senarai putih domain
        SELECT envelope_id, status, completed_at FROM esign_envelopes WHERE completed_at >= '2026-12-01' AND sender_dept = '法务部' ORDER BY completed_at DESC LIMIT 50;
        retention: {audit_trail_years: 7, purge_signer_ip_after_days: 365, mask_phone: true}  # 符合 PDPA / PIPL 最小化原则
        curl -X POST https://demo.docusign.net/restapi/v2.1/accounts/$ACCOUNT_ID/envelopes -H "Authorization: Bearer $TOKEN" -d @envelope_nda_v7.json  # 测试环境
        const routing = [{order: 1, role: "Pengurus Jabatan"}, {order: 2, role: "财务审批"}, {order: 3, role: "Company Secretary"}];
        log.info("envelope %s moved to %s by rule %s", "a41f0c7e", "COMPLETED", "AUTO_ARCHIVE_30D")  # 自动归档规则 auto-archive
        FORM_FIELD_MAP = {"nama_syarikat": "company_name", "公司注册号": "company_reg_no", "alamat_berdaftar": "registered_address"}
        X-DocuSign-Signature-1: 6kQp3V0yXg2tR7bN9cZ1mW4eH8sL5aJdFuKo0iPvTyE=  # HMAC-SHA256 of webhook payload, verify before processing
        # TODO(法务IT): 将根证书 "Hongkong Post Root CA 3" 加入 truststore.jks, alias=hkpost-root3, 密码从 Vault secret/esign/jks 读取
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Signer Events: Goh Shu Min (gohshumin.88@gmail.com) - Security Level: Email, SMS Auth +65 9386 2741 - Signed 03-Dec-2026 | 21:47:03 - Using IP Address: 116.87.152.34
        Document e-signed by Lim Chee Keong (cklim.home@yahoo.com.my) Signature Date: 2026-11-29 - 23:12:40 GMT - Time Source: server - IP address: 175.139.204.61
        Envelope custom field employee_b64 = TmFuY3kgS29oIFN1IFl1biwgUzc5MTIwODNJ | field type: text | hidden from recipients: true
        Routing note: HR reissued the separation agreement to Derrick Pang after his second hospital stay for major depression; do not cc his line manager.
        Recipient authentication phone: +65 8274 3390 (SMS code failed 3x, signer locked out 04-Dec-2026 07:15)
        Subject: CN=Rajesh s/o Krishnan, E=rajesh.krishnan.home@gmail.com, serialNumber=S8216407C, L=Singapore, C=SG | Issuer: Netrust Individual CA
        Decline reason entered by signer: "I'm not signing the loan guarantee for my brother Marcus Yeo again, he still owes me $38,000 from the last one." - Declined 05-Dec-2026 19:02
        ENV-88213,Priya Nair,priya.nair1990@outlook.com,+65 9712 0458,2026-12-02T11:08:51+08:00,Blk 412 Bedok North Ave 2 #07-133 Singapore 460412
        Witness Events: Ahmad Faizal (IC 880412-14-5678) witnessed for his mother, who is bedridden after a stroke - Witness signed 06-Dec-2026 | 16:20:05
        Approval comment: salary revision for Joanne Seah approved at S$7,850/month effective 1 Jan 2027 - keep out of the shared HR folder.
    """),
    "zh-Hans": _lines("""
        签署记录：签署人 陈志强（身份证号 440305198706234519，手机 138 1647 2950）于 2026-12-03 22:14:08 通过人脸识别完成签署，IP 113.88.204.17
        审批流日志：节点「直属上级审批」由 马经理 退回，意见：“小刘这个月第三次请病假，抑郁症复诊证明补齐了再批。”
        PDF表单字段 /T (applicant_name) /V <FEFF9EC47F8E73B2> /T (id_no) /V (310104199103142824) /FT /Tx /Ff 1
        webhook 回调 body：{"signerName":"%E5%91%A8%E4%BF%8A%E6%9D%B0","signerMobile":"15920387461","status":"declined","declineReason":"房贷逾期，银行卡被冻结"}
        信封元数据 customFields.employee=5byg5LiA5biGfDE4OTExMzQ2NzIw（Base64，入职协议批次 HR-2026-12）
        抄送人：李婷婷，私人邮箱 tingting.li1993@163.com，用于接收她本人离婚协议的签署副本，请勿转发给其丈夫
        签署意愿认证短信已发送至 186****3307，验证码连续 4 次错误，账户锁定 30 分钟
        用印申请单：申请人 赵磊，事由：为本人位于上海市浦东新区锦绣路 1500 弄 12 号 602 室的房产办理抵押，需公司出具收入证明（月薪 ¥38,500）
        审批意见：孙主任说杨阿姨的儿子上个月因为酒驾被拘留了，她的劳动合同续签先暂停，等人事部再评估
        证书主题 Subject: CN=刘洋, SERIALNUMBER=110108198509027619, E=liuyang_85@qq.com, O=个人, C=CN | 颁发者 CFCA ACS OCA31
    """),
    "zh-Hant": _lines("""
        簽署人：張家豪 先生，身分證字號 A128493068，手機 0912-845-337，於 2026/12/04 20:31 以自然人憑證完成簽署
        稽核軌跡：林淑芬 (shufen.lin0618@gmail.com) 檢視文件 3 次後拒簽，原因：「我懷孕五個月，這份調職同意書我不能簽」
        收件人驗證：香港身份證號碼 K483921(8)，出生日期 1986-07-22，驗證方式：身份證 + 短訊 OTP，結果：通過
        PDF 表單欄位：/T (受款人) /V <FEFF4F5556096B23> /T (銀行帳號) /V (012-882-7-014593-1) /FT /Tx
        審批路由：陳太欠公司員工貸款 HK$86,000 未還，法務部要求佢個女 黎詠詩 做擔保人再簽一次
        簽署人 梁志偉（澳門居民身份證 5215874(3)），住址：澳門氹仔 海洋花園 翠湖閣 12 樓 B 座，簽署日期 2026-12-01
        同事群組：阿明今日喺醫院洗腎，份租約佢老婆代簽，用咗佢嘅 DocuSign 帳戶，要唔要撤回信封？
        收件人電郵更正：舊 kaho.wong1992@yahoo.com.hk → 新 wongkaho.hk@gmail.com（原信箱已停用）
        自然人憑證 CN=吳冠廷, C=TW；憑證序號 4D2A91C0E3B7F605；用途：簽署房屋租賃契約（台中市西屯區 福科路 88 號 7 樓之 3）
        薪資調整簽核：陳嘉怡 月薪由 NT$52,000 調至 NT$61,500，主管備註：試用期表現佳，但請勿告知同組同仁
    """),
    "ms": _lines("""
        Jejak audit: Dokumen ditandatangani oleh Siti Khadijah binti Osman (sitikhadijah.osman@gmail.com), No. KP 900215-10-6248, IP 60.50.132.77, 02/12/2026 21:05:44 MYT
        Medan borang: nama_penuh=TnVydWwgQWlzeWFoIGJpbnRpIFJhaG1hbg== ; no_tel=MDEyLTM0OCA5OTAx ; pengekodan=base64
        Sebab tolak: "Saya tak mampu bayar ansuran kereta lagi, gaji dipotong dan saya sedang bercerai" - ditolak oleh Faridah bte Hassan pada 05/12/2026
        Catatan kelulusan: Encik Razak (pemandu) cuti sakit 3 minggu kerana kanser usus, surat lantikan semula ditangguhkan
        Pengesahan OTP dihantar ke 019-772 4156; percubaan gagal 3 kali, sampul ENV-MY-2026-004488 dikunci
        Alamat surat-menyurat penandatangan: No. 23, Jalan Mawar 4/2, Taman Sri Muda, 40400 Shah Alam, Selangor - isteri Norhayati, 2 orang anak
        ENV-MY-4471,Muhammad Hafiz bin Zulkifli,hafiz.zul87@yahoo.com,870923-08-5531,Maybank 1140 2298 7731,Diterima
        Borang tuntutan kenderaan: No. pendaftaran WXY 8821, pemilik Kamal bin Yusof, lesen memandu tamat 2027-03-10
        Sijil penandatangan: CN=Chong Mei Fong, serialNumber=920311-12-5084, E=meifong.chong@gmail.com, O=Individu | Pengeluar: Pos Digicert Class 2
        Mesej penghala: Kak Ros minta tukar penerima kepada anak dia sebab dia masuk wad jantung, tolong guna nombor 013-665 2207
    """),
    "mixed": _lines("""
        https://apps.docusign.com/send/documents?recipientName=Lee%20Mei%20Xuan&recipientEmail=lee.meixuan92%40hotmail.com&role=Penyewa
        X-Envelope-Meta: signer=VGFuIFdlaSBMaW5nIDx0YW53ZWlsaW5nODhAZ21haWwuY29tPg==; 签署顺序=1; status=completed
        /T (nama_saksi 见证人) /V <FEFF738B5EFA56FD002000310033003800310036003400370032003900350030> /FT /Tx /Ff 0
        审批 log 2026-12-04 11:02 node=HR_Final approver_ok payload=T25nIEJvb24gSHdhfFM4NzM0NTIxQQ== (base64, jangan buka di PC awam)
        Adobe Sign: 签署人 郑丽华 (+65 9123 4781) e-signed via SMS link; Bukti: gambar IC depan/belakang dimuat naik zlh_ic_front.jpg
        Boss, the envelope for Uncle Lim's kopitiam lease bounce already - his personal email limkahseng.57@gmail.com penuh, can send to his daughter Jasmine instead?
        Cert Subject: CN=黃志明 WONG Chi Ming, serialNumber=Y627105(5), E=cmwong.home@netvigator.com, OU=Personal, O=Hongkong Post e-Cert
        callback?signer=%E9%83%91%E4%B8%BD%E5%8D%8E&email=zheng.lihua.sg%40gmail.com&event=envelope-declined&reason=medical_leave
        Subject (RFC 2253): 2.5.4.3=#0C09E894A1E69687E99B84,2.5.4.5=330106197901174035,2.5.4.6=CN | 用途 personal loan agreement
        {"signer":"Nur Izzati binti Kamal","ic":"950607-03-5120","会签":"HR","note":"sedang mengandung 7 bulan, minta tandatangan dari rumah"}
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a contracts operations assistant for a Singapore logistics company. Answer briefly.",
        ),
        (
            "user",
            "Can you summarise this DocuSign certificate? Signer Events: Benjamin Chua Wei Jie (benchua.wj@gmail.com) - Signed 02-Dec-2026 | 23:58:41 - IP 118.200.71.9 - SMS Auth +65 9654 0127. Carbon copy: hr@meridianfreight.com.sg",
        ),
        (
            "assistant",
            "Summary: one signer, Benjamin Chua Wei Jie, signed late on 2 Dec 2026 after SMS authentication to his mobile; HR received a carbon copy. The record holds his personal email, phone and IP address, so treat it as personal data.",
        ),
        ("user", "Thanks. Should I store it in the shared drive?"),
        (
            "assistant",
            "Store it in the restricted contracts folder instead, and limit access to HR and legal.",
        ),
    ],
    [
        ("system", "你是企业电子签章平台的客服助手，用简体中文回答。"),
        (
            "user",
            "签署一直失败，提示“实名信息不一致”。签署人：郭海燕，身份证 330102198209153624，手机 13957218846。",
        ),
        (
            "assistant",
            "“实名信息不一致”通常是姓名、身份证号或手机号与运营商实名记录不匹配。请确认该手机号是否登记在郭海燕本人名下，再重新发起签署。",
        ),
        ("user", "手机号是她老公的，她自己的号码欠费停机了。"),
        ("assistant", "那需要换成她本人实名的手机号，或改用人脸识别方式完成意愿认证。"),
    ],
    [
        (
            "user",
            "幫我寫一封提醒電郵畀陳太，佢租約仲未簽，單位係 屯門 兆康苑 5 座 1203 室，電話 9287 4410。",
        ),
        (
            "assistant",
            "陳太您好：您的租約（屯門兆康苑 5 座 1203 室）尚未完成電子簽署，請於本週五前點擊郵件內連結完成簽署。如有疑問，請致電我們的辦公室。謝謝！",
        ),
        ("user", "加一句：如果佢仲係住院，可以由佢個仔代簽嗎？"),
        (
            "assistant",
            "代簽需要由陳太本人出具授權書；如她正在住院，可先聯絡我們安排見證人到醫院協助。",
        ),
    ],
    [
        ("system", "Anda pembantu aliran kerja dokumen untuk syarikat hartanah di Johor Bahru."),
        (
            "user",
            "Tolong terangkan jejak audit ni: 'Ditandatangani oleh Zulaikha binti Mohd Noor, KP 910328-01-6134, 019-338 4720, IP 115.132.8.201, 01/12/2026 22:41 MYT'.",
        ),
        (
            "assistant",
            "Rekod ini menunjukkan Zulaikha binti Mohd Noor menandatangani pada 1 Disember 2026 jam 10.41 malam waktu Malaysia, dari alamat IP tersebut. Nombor KP dan telefon beliau ialah data peribadi, jadi simpan rekod ini secara terhad.",
        ),
        ("user", "Boleh saya hantar ke pemaju melalui WhatsApp?"),
        (
            "assistant",
            "Lebih selamat hantar melalui portal rasmi atau e-mel syarikat yang disulitkan, bukan WhatsApp peribadi.",
        ),
    ],
    [
        (
            "user",
            "pdftk output ni ada hex pelik, boleh decode? FieldName: nama_penyewa | FieldValue: <FEFF90B17F8E83EF> | FieldName: phone | FieldValue: 0917-226-508",
        ),
        (
            "assistant",
            "Nilai itu ialah UTF-16BE dengan BOM FEFF; ia menyahkod kepada nama Cina 邱美華. Jadi penyewa ialah 邱美華, dan telefonnya 0917-226-508, yang kelihatan seperti nombor mudah alih Taiwan.",
        ),
        ("user", "ok thanks, 那我要不要在导出 CSV 时去掉这两栏？"),
        ("assistant", "建议导出给外部时删除或脱敏这两栏，内部留档则保留原件并限制访问权限。"),
    ],
    [
        (
            "system",
            "HR e-sign bot. Employee record in context: Name: Alvin Teo Kok Meng; FIN: G7123658M; Mobile: +65 8833 1902; Pending envelope: Employment Pass renewal consent; Note: on medical leave until 20 Dec for spinal surgery.",
        ),
        ("user", "What's the status of my pending document?"),
        (
            "assistant",
            "Your Employment Pass renewal consent is still waiting for your signature. Since you're on medical leave until 20 Dec, the deadline has been extended to 27 Dec.",
        ),
        ("user", "Can you resend it to my personal phone?"),
        ("assistant", "I've queued a new SMS link to the mobile number on file ending 1902."),
    ],
    [
        (
            "user",
            "帮我设计一个审批路由：请假超过 5 天需要总监会签。比如这次 运营部 罗晓东 因为做化疗要请 3 个月，目前卡在人事那里。",
        ),
        (
            "assistant",
            "可以这样设置：请假天数 ≤ 5 天 → 直属主管；5–30 天 → 直属主管 + 部门总监；> 30 天 → 加签人事总监与分管副总。罗晓东这类长期病假，建议附上医院证明并限定只有人事能查看附件。",
        ),
        ("user", "好的，附件权限怎么设？"),
        ("assistant", "在流程设置 → 附件可见范围，选择“仅审批人及人事部”，并关闭下载功能。"),
    ],
    [
        ("system", "你是台灣電子簽署平台的技術支援。"),
        (
            "user",
            "自然人憑證讀不到，錯誤碼 9056。我是 許雅婷，身分證 F226184376，要簽新北市板橋區 文化路一段 120 號 5 樓 的租約。",
        ),
        (
            "assistant",
            "錯誤碼 9056 通常表示 HiCOS 元件版本過舊或讀卡機驅動異常。請更新 HiCOS 至最新版後重新插卡，再於簽署頁選擇「自然人憑證」。",
        ),
        ("user", "更新了還是不行。"),
        (
            "assistant",
            "請改用「行動自然人憑證」App 掃描 QR Code 簽署，或聯絡房東改寄一般電子簽署信封。",
        ),
    ],
    [
        (
            "user",
            "Field x_signer_b64 dalam envelope metadata ada nilai SGFmaXphaCBiaW50aSBLYXJpbXw4NTA3MTYtMDEtNTUyMg== dan x_mobile_b64 KzY1IDkwNDYgMzE3OA== - apa maksudnya?",
        ),
        (
            "assistant",
            "Kedua-duanya Base64. Yang pertama ialah nama Hafizah binti Karim bersama nombor KP 850716-01-5522, yang kedua nombor telefon +65 9046 3178. Ini data peribadi yang dikodkan, bukan data sistem.",
        ),
        ("user", "So encoding doesn't make it anonymous?"),
        (
            "assistant",
            "Correct. Base64 is reversible by anyone, so the field must be treated exactly like the plain name, IC number and phone.",
        ),
    ],
    [
        (
            "system",
            "You help a Kuala Lumpur law firm prepare documents for an offshore AI vendor. Flag personal data.",
        ),
        (
            "user",
            "Is this approval log safe to send? '[2026-12-05 10:14] Partner approved settlement for client Yap Siew Ling (yapsl.home@gmail.com), debt RM214,000 to Hong Leong Bank, file KL-LIT-2026-118.'",
        ),
        (
            "assistant",
            "No. It names a private client, her personal email and her debt amount. Remove the name and email and replace them with a client code before sending; the bank name and file number alone are less sensitive.",
        ),
        ("user", "What about the file number?"),
        (
            "assistant",
            "Keep it only if the vendor cannot map it back to the client; otherwise swap it for a random reference.",
        ),
    ],
]
