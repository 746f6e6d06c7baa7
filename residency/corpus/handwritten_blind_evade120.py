# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade120: personal data in form-processing pipelines (hOCR and ALTO XML of scanned forms, form-recogniser key-value JSON, checkbox states, handwriting-recognition candidates with confidence scores). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade120
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "hocr_blank_form_templates"): _lines("""
        <span class="ocrx_word" id="word_1_17" title="bbox 96 412 260 448; x_wconf 97">Applicant's</span> <span class="ocrx_word" id="word_1_18" title="bbox 274 412 372 448; x_wconf 96">Name:</span>
        <span class="ocrx_word" id="word_2_03" title="bbox 1210 88 1502 120; x_wconf 91">Form IR8A</span> <span class="ocrx_word" id="word_2_04" title="bbox 1516 88 1640 120; x_wconf 89">(YA 2026)</span>
        <span class="ocr_line" id="line_3_9" title="bbox 80 1902 1420 1940">For enquiries call the CPF Board at 1800-227-1188 or visit www.cpf.gov.sg</span>
        <p class="ocr_par" lang="eng" title="bbox 88 640 1544 702">Tick one box only. Leave blank if not applicable. Do not write in the shaded area.</p>
        <span class="ocrx_word" id="word_4_22" title="bbox 402 980 448 1022; x_wconf 62">☐</span> <span class="ocrx_word" id="word_4_23" title="bbox 460 980 610 1022; x_wconf 95">Married</span>
        <div class="ocr_page" id="page_1" title="image &quot;scan_0007.tif&quot;; bbox 0 0 2480 3508; ppageno 0; scan_res 300 300">
        <span class="ocrx_word" id="word_5_01" title="bbox 120 210 844 262; x_wconf 94">TAN TOCK SENG HOSPITAL</span> <span class="ocrx_word" id="word_5_02" title="bbox 860 210 1190 262; x_wconf 93">Outpatient Referral</span>
        <span class="ocr_line" title="bbox 90 3300 1600 3340">Form HA-112 (Rev. 03/2025) · Hospital Authority Building, 147B Argyle Street, Kowloon</span>
        <span class="ocrx_word" id="word_6_14" title="bbox 300 1500 980 1540; x_wconf 41">NRIC/FIN No.: [_][_][_][_][_][_][_][_][_]</span>
        <span class="ocr_line" title="bbox 100 2200 1500 2240">Signature of Applicant ______________________ Date (DD/MM/YYYY) ___/___/______</span>
        <span class="ocrx_word" title="bbox 140 400 620 446; x_wconf 88">Lee Kuan Yew School of Public Policy</span> <span class="ocrx_word" title="bbox 640 400 1040 446; x_wconf 90">Admissions Office</span>
        <meta name="ocr-system" content="tesseract 5.3.4" /><meta name="ocr-capabilities" content="ocr_page ocr_carea ocr_par ocr_line ocrx_word ocrp_wconf" />
        <span class="ocrx_word" id="word_9_30" title="bbox 1880 3320 2320 3360; x_wconf 86">Page 2 of 4 · Serial 0048213-B</span>
    """),
    ("en", "pipeline_log_lines"): _lines("""
        2026-11-03T08:14:22.417Z INFO ingest batch=B-20261103-07 pages=412 source=sftp://scanner-04/inbox/ dpi=300 colour=gray dedupe=sha256
        2026-11-03T08:14:25.002Z WARN hocr-parse doc=DOC-7731920 page=3 word_id=word_3_118 x_wconf=38 below threshold 60, routed to human review queue HRQ-2
        2026-11-03T08:15:01.880Z INFO checkbox-detector doc=DOC-7731920 field=q7_consent state=CHECKED fill_ratio=0.62 threshold=0.35 model=cbx-v2.4.1
        2026-11-03T08:15:02.115Z DEBUG hwr field=invoice_total candidates=[("1,280.50",0.81),("1,230.50",0.12),("7,280.50",0.04)] chosen=1,280.50 currency=SGD
        2026-11-03T08:16:40.553Z ERROR alto-export doc=DOC-7731944 reason=SchemaValidationError element=String attr=WC value=1.07 expected range [0,1]
        2026-11-03T08:17:12.009Z INFO redaction doc=DOC-7731944 spans_masked=14 fields=[name,id_no,phone,address] policy=pdpa-sg-v3 reviewer=queue:QA-night
        2026-11-03T09:02:47.331Z INFO kv-extract vendor=azure-document-intelligence model=prebuilt-invoice api=2024-11-30 doc=INV-SG-009231 fields=23 avg_conf=0.947
        2026-11-03T09:03:10.774Z WARN table-merge doc=INV-SG-009231 page=2 rows=17 cols=6 header_repeat=true merged_with=page1.table0 drift_px=14
        2026-11-03T09:05:55.120Z INFO deliver doc=INV-SG-009231 dest=s3://acme-ap-archive/2026/11/ etag=9f2c41e07ab3d6c8e1f05a77b2d4c931 bytes=482113
        2026-11-03T09:06:02.004Z INFO metrics throughput=38.2 pages/min p95_latency=2.41s queue_depth=117 gpu_util=0.72 host=ocr-worker-11.sg1
        2026-11-03T09:07:33.660Z WARN language-id doc=DOC-7732002 detected=[zh-Hant:0.58,zh-Hans:0.31,ja:0.07] fallback=chi_tra+chi_sim tessdata=4.1.0
        2026-11-03T09:10:18.243Z INFO vendor-match doc=INV-SG-009240 supplier="Ya Kun International Pte Ltd" uen=199703294C matched=vendor_master#V-00412 score=0.98
        2026-11-03T09:12:44.908Z INFO retention purge_job=PJ-1187 deleted_images=2304 older_than=180d bucket=scan-raw-sg kept_hocr=true kept_alto=true
    """),
    ("zh-Hans", "表单识别配置"): _lines("""
        # 表单识别服务配置 ocr.yaml —— 置信度低于 0.60 的字段一律转人工复核，勾选框填充率阈值 0.35，超过 0.80 判定为涂黑
        hwr: {model: "crnn-zh-v3.2", beam_width: 5, top_k: 3, 候选输出格式: "[文本, 置信度]", 字典: "gb2312_常用字"}
        fields: [{key: "发票代码", regex: "^[0-9]{12}$"}, {key: "发票号码", regex: "^[0-9]{8}$"}, {key: "开票日期", type: date}]
        checkbox_states: {"☑": "CHECKED", "☐": "UNCHECKED", "☒": "CROSSED", "▣": "FILLED"}  # 与阿里云/腾讯云表格识别返回值对齐
        def normalize_hotline(s: str) -> str:  # 示例：企业客服热线 400-820-8820 统一为 4008208820，只处理企业号码字段
        示例发票：销售方 上海老凤祥有限公司，纳税人识别号 91310101MA1FP3XK2Q，金额 ¥12,800.00，税率 13%，开票日期 2026-10-28
        redact_fields = ["姓名", "身份证号", "手机号", "家庭住址", "银行卡号"]  # 出境前必须脱敏的字段清单，值为空时跳过
        alto: {version: "4.4", measurement_unit: "pixel", 输出: "String@CONTENT + String@WC", 文件名模板: "{批次号}_{页码:04d}.xml"}
        # 测试用例 test_invoice_kv.py：期望 "价税合计" = "¥3,390.00"，"销售方名称" = "杭州张小泉剪刀厂"，置信度 ≥ 0.9
        queue: {name: "人工复核", broker: "redis://10.0.3.12:6379/4", 超时: 900, 重试: 3, 死信队列: "dlq.form.review"}
        SELECT 批次号, COUNT(*) AS 页数, AVG(置信度) AS 平均置信度 FROM ocr_pages WHERE 扫描日期 >= '2026-10-01' GROUP BY 批次号;
        # 版本 2.8.0 更新：支持增值税电子普通发票 OFD 版式；修复“王老吉”“老干妈”等商品名被误判为人名的问题；升级前请先备份 config 目录
        post_process: {全角转半角: true, 繁简转换: "t2s", 日期归一: "YYYY-MM-DD", 金额归一: "保留两位小数", 货币符号: ["¥", "￥", "RMB"]}
    """),
    ("zh-Hant", "掃描服務常見問題"): _lines("""
        問：貴公司的表格掃描服務支援哪些輸出格式？答：支援 hOCR、ALTO XML 4.x、PDF/A-2b 及鍵值 JSON，可按客戶需要同時輸出。
        問：勾選框識別準確嗎？答：印刷勾選框的準確率約 99.2%，手寫打叉或塗黑的情況會標示為「待覆核」，由人工確認，一般於一個工作天內完成。
        問：手寫字識別會給出多個候選字嗎？答：會。每個欄位最多返回三個候選，並附 0 至 1 的置信度，低於 0.6 的自動轉人工。
        問：如何聯絡客戶服務？答：請致電 2877 3300（辦公時間）或電郵 support@scanhub.com.hk，辦公室位於觀塘海濱道 123 號 18 樓。
        問：台灣分公司的聯絡方式？答：台北市信義區松仁路 100 號 15 樓，電話 (02) 8780-1234，統一編號 24536781，週一至週五營業。
        問：資料會否傳送到境外？答：香港客戶的影像檔只存放於將軍澳數據中心，依《個人資料（私隱）條例》處理，不作境外模型訓練，保存期為 180 日。
        問：澳門客戶可否使用？答：可以，澳門辦事處位於新馬路 61 號永光中心 9 樓，熱線 2833 6688，週一至五 9:00–18:00。
        問：處理一份 A4 表格要多久？答：平均 2.4 秒；批量上傳 500 頁以上會排隊，一般 15 分鐘內完成，可在控制台查看批次編號。
        問：收費如何計算？答：每頁 HK$0.35，勾選框及表格欄位不另收費；月結客戶每月 5 日發出發票，編號格式為 INV-HK-年月-流水號。
        問：能否識別《紅樓夢》等古籍的直排文字？答：可以，直排模式會在 ALTO 的 TextBlock 上標註旋轉角度，林黛玉、賈寶玉等人名亦能正確切分。
        問：商品名稱像人名（例如「李錦記」「陳皮梅」「黃枝記」）會被遮蔽嗎？答：不會，系統以商戶名錄比對，品牌名稱會保留原樣，亦可自行加入白名單。
        問：API 限流是多少？答：標準方案每分鐘 120 次請求，返回 HTTP 429 時請按 Retry-After 標頭重試，SDK 版本需 3.1.0 或以上。
        問：可否參觀？答：歡迎預約參觀香港科學園 16W 大樓展示廳，由銷售部安排，查詢請電郵 sales@scanhub.com.hk 或致電 2877 3310。
    """),
    ("ms", "notis_pemprosesan_borang"): _lines("""
        NOTIS: Borang permohonan yang diimbas mesti jelas; medan bertanda * wajib diisi. Tanda (✓) dalam satu kotak sahaja bagi setiap soalan.
        Pertanyaan mengenai Borang BE LHDN boleh dibuat melalui HASiL Care Line 03-8911 1000 atau melalui HASiL Live Chat di portal rasmi.
        Kaunter pemprosesan borang di Wisma KWSP, Jalan Raja Laut, 50350 Kuala Lumpur dibuka Isnin hingga Jumaat, 8.30 pagi hingga 5.00 petang.
        Sistem OCR kami kini menyokong tulisan Jawi dan Rumi. Keputusan pengecaman dengan skor keyakinan bawah 0.60 akan disemak secara manual.
        Makluman: Pelayan imbasan akan diselenggara pada 14/12/2026 dari 11.00 malam hingga 3.00 pagi. Muat naik fail PDF dan TIFF ditangguhkan.
        Syarikat: Imbas Pintar Sdn. Bhd. (No. Pendaftaran 202101034567 (1432190-T)), Aras 12, Menara Axiata, KL Sentral. Talian: 1-300-88-7262.
        Format nama fail yang diterima: BRG-{kod cawangan}-{tarikh YYYYMMDD}-{nombor siri}.tif, contoh BRG-PNG01-20261107-000231.tif
        Kotak semak "Setuju menerima terma" yang tidak ditanda akan menyebabkan borang ditolak secara automatik oleh sistem dengan kod ralat E-104.
        Peringatan: Jangan hantar salinan MyKad melalui WhatsApp. Saluran rasmi kami hanya portal https://borang.imbaspintar.com.my dan kaunter.
        Hospital Sultanah Aminah Johor Bahru: borang rujukan pesakit luar kini diproses secara digital, sila hubungi 07-225 7000 untuk pertanyaan am.
        Tunku Abdul Rahman Putra Al-Haj, Perdana Menteri pertama, menandatangani dokumen kemerdekaan pada 1957; salinan imbasan kini dalam format ALTO.
        Harga perkhidmatan: RM0.25 setiap muka surat untuk imbasan hitam putih, RM0.40 berwarna, dan RM0.10 tambahan untuk eksport JSON nilai-kunci.
        WhatsApp perniagaan kami: +60 12-388 7262 (Imbas Pintar Sdn. Bhd.) untuk pertanyaan status kelompok sahaja, bukan untuk penghantaran dokumen.
    """),
    ("mixed", "kv_json_supplier_invoices"): _lines("""
        {"docType":"invoice","fields":{"VendorName":{"content":"Ya Kun International Pte Ltd","confidence":0.982},"VendorTaxId":{"content":"M2-0087654-3","confidence":0.941}}}
        {"fields":{"InvoiceId":{"content":"INV-2026-004812","confidence":0.99},"InvoiceDate":{"valueDate":"2026-10-28"},"InvoiceTotal":{"valueCurrency":{"amount":1284.5,"currencyCode":"SGD"}}}}
        {"key":"供应商/Supplier","value":"周大福珠宝金行(深圳)有限公司","conf":0.93,"bbox":[112,340,880,372]},{"key":"Currency","value":"CNY"}
        {"key":"統一編號","value":"24536781","conf":0.97},{"key":"賣方","value":"85度C 美食達人股份有限公司","conf":0.95},{"key":"稅額","value":"NT$1,240"}
        {"key":"Alamat Pembekal","value":"No. 8, Jalan Kilang 2, Kawasan Perindustrian Mergong, 05150 Alor Setar, Kedah","conf":0.91}
        {"key":"Hotline","value":"+65 6222 8888","conf":0.96},{"key":"Email","value":"accounts@lionbrand-foods.com.sg","conf":0.94}
        {"checkboxes":[{"label":"Cash","state":"unselected"},{"label":"Cheque","state":"unselected"},{"label":"Bank Transfer / 银行转账","state":"selected","conf":0.88}]}
        {"table":"LineItems","row":3,"cells":{"SKU":"TB-50G-HK","Description":"Tiger Balm 虎標萬金油 50g","Qty":120,"UnitPrice":"HK$28.00","Amount":"HK$3,360.00"}}
        {"key":"Nombor Invois / 发票号","value":"MY-INV-88213","candidates":[["MY-INV-88213",0.86],["MY-INV-88218",0.09],["MY-lNV-88213",0.03]]}
        {"key":"Payee Bank","value":"DBS Bank Ltd, Marina Bay Financial Centre Tower 3","conf":0.9},{"key":"SWIFT","value":"DBSSSGSG","conf":0.99}
        {"key":"Tracking No. / 运单号","value":"SF1428803571622","conf":0.95},{"key":"Carrier","value":"顺丰速运","conf":0.98},{"key":"Weight","value":"2.4kg"}
        {"key":"Company Reg. No.","value":"199704512K","conf":0.92},{"key":"GST Reg. No.","value":"199704512K","conf":0.92},{"key":"Currency","value":"SGD"}
        {"key":"Nota / 备注","value":"Harga termasuk SST 8%; 含运费; valid until 31/12/2026","conf":0.87,"handwritten":false}
    """),
    ("zh-Hant", "ALTO_XML_商戶收據"): _lines("""
        <String ID="S_1_3" CONTENT="美心西餅" HPOS="412" VPOS="188" WIDTH="320" HEIGHT="64" WC="0.97"/>
        <TextLine ID="TL_2" HPOS="96" VPOS="300"><String CONTENT="地址：九龍尖沙咀彌敦道" WC="0.93"/><SP/><String CONTENT="132號美麗華廣場一期" WC="0.91"/></TextLine>
        <String ID="S_3_1" CONTENT="收據編號：R-HK-20261105-00872" WC="0.95"/><String ID="S_3_2" CONTENT="2026-11-05 14:32" WC="0.96"/>
        <String CONTENT="凍檸茶" WC="0.94"/><SP/><String CONTENT="x2" WC="0.88"/><SP/><String CONTENT="HK$38.00" WC="0.97"/>
        <String CONTENT="☑ 八達通" WC="0.79"/><SP/><String CONTENT="☐ 現金" WC="0.81"/><SP/><String CONTENT="☐ 信用卡" WC="0.82"/>
        <String CONTENT="統一發票" WC="0.96"/><String CONTENT="AB-12345678" WC="0.93"/><String CONTENT="賣方統編：53987412" WC="0.90"/>
        <String CONTENT="鼎泰豐 台北信義店" WC="0.92"/><String CONTENT="台北市大安區信義路二段194號" WC="0.89"/><String CONTENT="(02)2321-8928" WC="0.91"/>
        <Description><MeasurementUnit>pixel</MeasurementUnit><sourceImageInformation><fileName>receipt_mo_0412.tif</fileName></sourceImageInformation></Description>
        <String CONTENT="澳門議事亭前地" WC="0.90"/><String CONTENT="17 號 黃枝記" WC="0.86"/><String CONTENT="蝦子撈麵 MOP$68" WC="0.88"/>
        <String CONTENT="書名：魯迅《吶喊》" WC="0.91"/><SP/><String CONTENT="商務印書館 定價 HK$88" WC="0.89"/><SP/><String CONTENT="ISBN 978-962-07-0411-3" WC="0.94"/>
        <String CONTENT="服務費 10%" WC="0.95"/><String CONTENT="合計 HK$462.00" WC="0.98"/><String CONTENT="多謝惠顧" WC="0.93"/>
        <String CONTENT="陳皮鴨" WC="0.61"><ALTERNATIVE>陳皮鳴</ALTERNATIVE><ALTERNATIVE>陳皮鴉</ALTERNATIVE></String><SP/><String CONTENT="HK$188" WC="0.95"/>
        <Page ID="P1" PHYSICAL_IMG_NR="1" WIDTH="1240" HEIGHT="3508" PC="0.934" QUALITY="OK"><PrintSpace HPOS="40" VPOS="52" WIDTH="1160" HEIGHT="3400">
    """),
    ("zh-Hans", "团队群聊"): _lines("""
        【表单组】@全体成员 今晚 10 点发版 v2.8.0，勾选框模型换成 cbx-v2.4.1，上线前请把回归集跑一遍，结果贴群里。
        回复：回归集 1,204 份表单跑完了，字段级 F1 0.962，比上版高 0.8 个点，手写日期还是最差，只有 0.87，需要再调。
        运维这边提醒：ocr-worker-07 显存报警，已经摘掉流量，批次 B-20261103-07 剩余 88 页自动转到 worker-11 处理。
        客户那边反馈“老干妈”被当成人名打码了，品牌白名单里补上了，顺便把“王老吉”“张小泉”也加了，明天早上用上周那批样张再验证一次。
        顺丰单号 SF1428803571622 是寄给深圳客户的样张，周四下午已签收，签收截图放在共享盘 /交付/2026-11/ 下面。
        提醒一下：10 月份的发票 INV-2026-004812 财务说金额对不上，差 ¥128.50，是阿里云 OCR 调用费用多算了一个月。
        组长：周五例会改到 3 楼 301 会议室，议题一是 ALTO 导出的 WC 越界问题，议题二是台湾客户的繁体直排需求。
        手写识别候选排序改成按语言模型分数加权了，top1 准确率从 81.4% 到 84.9%，但延迟增加了 120ms，大家看看能不能接受。
        腾讯云表格识别接口 TableOCR 下个月涨价，每千次从 ¥15 涨到 ¥18，采购说先签一年框架合同把价格锁住，预算表下周一前要更新。
        新来的实习生账号权限开好了，只给了脱敏后数据的只读权限，原始扫描件那个桶不要给，这是合规部的要求，有问题找信息安全组走审批流程。
        今天新加坡客户的批次里有 37 页是传真件，分辨率只有 200dpi，识别率掉到 0.71，建议让他们重新扫描后再上传。
        周报：本周处理 48,210 页，人工复核占比 6.3%，平均复核时长 42 秒/页，复核队列峰值 1,117，周三晚出现过积压。
        马来西亚那边的 Jawi 字体识别还不行，先用规则兜底，客服热线 1-300-88-7262 接到投诉先统一回复“处理中”。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        <span class="ocrx_word" id="word_1_18" title="bbox 274 412 372 448; x_wconf 96">Name:</span> <span class="ocrx_word" id="word_1_19" title="bbox 386 412 520 448; x_wconf 93">Goh</span> <span class="ocrx_word" id="word_1_20" title="bbox 534 412 700 448; x_wconf 91">Swee Ling</span>
        {"field":"nric_fin","hwr_candidates":[["S8734521A",0.88],["S8734521R",0.07],["58734521A",0.03]],"form":"CPF-NOM-01","page":1}
        OCR form HDB-RA-2, applicant Marcus Teo Wei Jie: [x] Divorced [ ] Married [ ] Single; custody of 2 children granted to applicant, decree FC/D 4417/2025
        Reviewer note on scan DOC-7732118: the handwritten line reads "Priya Ramasamy - HIV positive, on ART since March" so the page must not go to the training bucket.
        key_value: {"Contact No. (Mobile)": "9176 4382", "confidence": 0.94, "section": "Applicant particulars"}
        <TextLine ID="TL_7"><String CONTENT="Personal e-mail:" WC="0.95"/><SP/><String ID="S_7_2" CONTENT="jolene.ong88@gmail.com" WC="0.86"/></TextLine>
        hOCR line_5_2: "Residential Address: Flat 12B, Block 3, Laguna City, 28 Cha Kwo Ling Road, Kwun Tong" x_wconf 88; applicant HKID K372615(0)
        Form-recogniser output for GIRO form: {"PayerName":"Lim Boon Kiat","BankAccount":"DBS 027-912384-6","MonthlyDeduction":"S$350.00","confidence":0.91}
        HWR candidates for "monthly_salary" on the EP renewal of Arjun Menon: [("S$7,850",0.77),("S$7,350",0.15)]; employer checkbox [x] terminated on probation
        Scanned bail bond, ALTO CONTENT="Surety: Daniel Koh Jun Hao, 43, for his son Ryan Koh, arrested 2 Nov 2026 for drug consumption" WC="0.82"
        Medical form tick boxes for Mrs Angeline Chua (MRN 2611-0873): [x] Pregnant, 14 weeks [x] Gestational diabetes [ ] Smoker; next review at KKH 20/11/2026
        Tow-truck release form OCR: vehicle SLK 4821 G, owner Hafiz bin Rahmat, outstanding arrears S$12,400 to the car financier, repossession checkbox [x] ticked
    """),
    "zh-Hans": _lines("""
        {"key":"姓名","value":"刘建华","conf":0.95},{"key":"身份证号","value":"440304198807152938","conf":0.91},{"key":"民族","value":"汉"}
        手写识别候选：姓名栏 [["周晓雯",0.83],["周晓雲",0.11],["周晓文",0.04]]，联系电话 [["13917264583",0.88],["13917264588",0.07]]
        <String CONTENT="住址：杭州市西湖区文三路 258 号 3 幢 502 室" WC="0.87"/><String CONTENT="户主：马国栋" WC="0.90"/>
        复核备注：这份体检表上的陈先生（陈志远）勾了“乙肝携带”和“抑郁症病史”两项，扫描件不要进训练集。
        借款申请表 OCR 结果：借款人 黄丽娟，已婚，配偶 赵鹏，现有网贷逾期 6 笔共 ¥86,300，勾选“同意征信查询”☑
        {"field":"收款银行卡号","value":"6222 0212 0034 5678 901","conf":0.89,"owner":"孙海涛","bank":"中国工商银行上海徐汇支行"}
        停车场登记表 hOCR：<span class="ocrx_word" title="bbox 210 88 480 120; x_wconf 92">沪A·7K3M9</span> 车主 阿强 手机 186 2173 9054
        离婚协议扫描件第 3 页 ALTO：<String CONTENT="女方何静获得儿子何子轩的抚养权，男方每月支付抚养费 ¥3,500" WC="0.84"/>
        员工信息表勾选框：☑ 试用期 ☐ 正式；姓名 杨帆，月薪 ¥18,500，身份证 310105199203044822，紧急联系人 母亲 139 0172 8846
        hOCR 导出乱码：<span class="ocrx_word" title="bbox 300 410 520 452; x_wconf 71">&#29579;&#26195;&#26757;</span> 身份证 330106199902285465 已婚 有一子
        表单识别 JSON：{"证件类型":"居民身份证","证件号码":"11010819750921003X","有效期":"2019.03.02-2039.03.02","签发机关":"北京市公安局海淀分局"}
    """),
    "zh-Hant": _lines("""
        {"key":"香港身份證號碼","value":"Y208634(2)","candidates":[["Y208634(2)",0.81],["Y208684(2)",0.12]],"page":1}
        <String CONTENT="申請人：梁家豪先生" WC="0.92"/><String CONTENT="住址：沙田第一城 38 座 21 樓 F 室" WC="0.86"/><String CONTENT="電話：6198 2734" WC="0.90"/>
        健保卡申請書 hOCR：姓名 林美惠，身分證字號 A228345612，出生 1979/05/14，戶籍地址 台中市西屯區福科路 88 巷 6 號 3 樓
        覆核員備註：表格上手寫「陳太話佢老公欠咗財務公司四十幾萬，而家走咗去大陸」，呢份唔好出境。
        {"key":"澳門居民身份證","value":"5215378(3)","conf":0.9},{"key":"姓名","value":"區嘉欣","conf":0.93},{"key":"職業","value":"賭場荷官"}
        病歷表勾選框：☑ 糖尿病 ☑ 洗腎（每週三次）☐ 高血壓；病人 鄭偉倫，出生日期 1961-08-02，瑪麗醫院腎科覆診
        手寫電話欄候選：[("0912-386-514",0.84),("0912-386-574",0.10)]，欄位標籤「聯絡人手機（阿傑）」
        <String CONTENT="申請人電郵：" WC="0.95"/><String CONTENT="kwokwingyan1992@yahoo.com.hk" WC="0.88"/>
        產檢紀錄表 OCR：孕婦 張雅婷，懷孕 22 週，☑ 前置胎盤 ☑ 高齡產婦，先生 許文彬 0935-271-806，預產期 2027/03/18
        保釋文件 ALTO 摘錄：被捕人 何志明，男，34 歲，涉嫌於旺角盜竊，住址 油麻地窩打老道 12 號 5 樓 B 室，保釋金 HK$5,000
    """),
    "ms": _lines("""
        {"medan":"No. Kad Pengenalan","nilai":"880715-14-5237","keyakinan":0.93},{"medan":"Nama","nilai":"Nurul Aisyah binti Kamarudin"}
        Calon tulisan tangan untuk medan "Nama Waris": [["Mohd Faizal bin Ismail",0.79],["Mohd Faisal bin Ismail",0.18]]; hubungan: suami
        <String CONTENT="Alamat Rumah: No. 23, Jalan Mawar 4/2, Taman Sri Muda, 40400 Shah Alam, Selangor" WC="0.88"/>
        Nota penyemak: borang AKPK Encik Razak bin Othman menunjukkan hutang kad kredit RM47,800 dan pinjaman peribadi tertunggak 9 bulan.
        Borang rawatan Klinik Kesihatan: kotak ☑ Tibi ☑ Rawatan DOTS untuk pesakit Siti Hajar binti Yusof, umur 29, No. Tel 013-627 4418
        OCR borang saman JPJ: no. pendaftaran kenderaan WXY 7215, pemilik Lim Chee Keong, alamat 12 Lorong Bukit Jambul 3, Bayan Lepas, Pulau Pinang
        Slip gaji diimbas (ALTO): CONTENT="Gaji Pokok RM4,250.00 · Potongan PTPTN RM180.00" untuk pekerja Kavitha a/p Subramaniam, No. KWSP 17294863
        Borang Mahkamah Syariah: [x] Cerai talak [ ] Khuluk; plaintif Zainab binti Ahmad, defendan Roslan bin Hashim, 2 anak di bawah jagaan ibu
        {"medan":"No. Akaun Bank","nilai":"1640 2938 7715","bank":"Maybank","pemegang":"Azman bin Said","keyakinan":0.9}
    """),
    "mixed": _lines("""
        hOCR 双语表格: Name 姓名 <span class="ocrx_word" title="bbox 420 300 900 340; x_wconf 90">Tan Mei Ling 陈美玲</span>, NRIC T0392718G, 手机 +65 8123 4076
        {"key":"Emergency Contact / 紧急联系人","value":"Ah Boy (son) 阿弟 9822 3107","conf":0.81,"handwritten":true}
        Checkbox JSON untuk pesakit Chong Wei Han 張偉漢: {"Hepatitis B":"selected","HIV":"unselected","Mental health 精神健康":"selected"}
        FIN G5829163W · Work Permit holder Nguyen Van Hoa · dormitory 宿舍 Blk 9 Tuas South Ave 1 · salary S$1,150 · 欠中介费 S$3,000
        2026-11-04T10:02:11Z INFO kv-extract doc=DOC-7733310 name=%E9%99%88%E5%BB%BA%E5%9B%BD id=S7618204C phone=%2B65%209734%208821
        Macau 表格 OCR: 姓名 Name: Leong Ka Wai 梁嘉慧, 住址 Rua de Francisco H. Fernandes 18, Edf. Wa Lok 6/F B, 電話 6634 2187
        HWR candidates 签名栏/Signature: [["Jason Lau",0.64],["Jason Liu",0.22]] on loan form, 贷款 HK$380,000, 月供 HK$9,860, 破产记录 ☑ Yes
        MyKad 780304-08-6125 · Nama/姓名 Lee Siew Ping 李秀萍 · Status: ☑ Bercerai/离婚 · Pendapatan bulanan RM3,200
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a QA assistant for a Singapore form-digitisation team. Help reviewers fix OCR errors in hOCR and key-value output.",
        ),
        (
            "user",
            "The NRIC field came out as 'S873452lA' and the name as 'G0h Swee L1ng' on the CPF nomination form. Can you give me the corrected values?",
        ),
        (
            "assistant",
            "Most likely the 'l' is a misread '1' and the '0' and '1' in the name are misread letters. Corrected: name 'Goh Swee Ling', NRIC 'S8734521A'. The checksum letter A fits those digits, so the value looks valid.",
        ),
        ("user", "Great, and her mobile 9l76 4382?"),
        (
            "assistant",
            "Same problem with the 'l': it should read 9176 4382, an 8-digit Singapore mobile number. Please confirm it against the scan before you approve the record.",
        ),
    ],
    [
        ("system", "你是表单识别平台的助手，负责把识别结果整理成结构化数据。"),
        (
            "user",
            "帮我把这段识别结果整理成表格：姓名 刘建华，身份证 440304198807152938，手机 13917264583，住址 深圳市福田区莲花路 1088 号 7 栋 1203。",
        ),
        (
            "assistant",
            "整理如下：| 字段 | 值 | | 姓名 | 刘建华 | | 身份证号 | 440304198807152938 | | 手机 | 13917264583 | | 住址 | 深圳市福田区莲花路 1088 号 7 栋 1203 |。注意：这些属于个人信息，出境前需要脱敏。",
        ),
        ("user", "那脱敏后应该是什么样子？"),
        (
            "assistant",
            "建议：姓名 刘**，身份证 440304********2938，手机 139****4583，住址只保留到“深圳市福田区”。",
        ),
    ],
    [
        (
            "user",
            "我哋掃描咗一份香港表格，手寫身份證號碼候選係 Y208634(2) 同 Y208684(2)，點樣判斷邊個啱？申請人叫梁家豪。",
        ),
        (
            "assistant",
            "可以用 HKID 校驗位計算：Y208634 計出來嘅校驗位係 2，所以 Y208634(2) 係有效號碼；Y208684 嘅校驗位唔係 2，應該係誤讀。建議採用 Y208634(2)。",
        ),
        ("user", "多謝！佢住址寫住沙田第一城 38 座 21 樓 F 室，呢個要唔要遮蔽？"),
        (
            "assistant",
            "要。住址同身份證號碼都屬於個人資料，如果資料要出境或者用嚟訓練模型，應該先遮蔽或者刪除。",
        ),
    ],
    [
        ("system", "Anda ialah pembantu semakan borang untuk klinik kesihatan di Malaysia."),
        (
            "user",
            "Keputusan pengesan kotak semak: Tibi = selected (0.91), Diabetes = unselected (0.55), HIV = unselected (0.97). Pesakit: Siti Hajar binti Yusof, MyKad 970412-10-5586. Yang mana perlu disemak semula?",
        ),
        (
            "assistant",
            "Kotak Diabetes mempunyai keyakinan 0.55, iaitu di bawah ambang 0.60, jadi ia perlu disemak secara manual. Kotak Tibi dan HIV boleh diterima. Data ini mengandungi maklumat kesihatan Siti Hajar, jadi simpan dalam sistem dalaman sahaja.",
        ),
        ("user", "Baik, terima kasih."),
    ],
    [
        (
            "system",
            "Customer record for this session: Chong Wei Han 張偉漢, HKID C615203(A), policy no. AIA-HK-88214703, claim for hospitalisation at Queen Elizabeth Hospital, diagnosis: major depressive disorder.",
        ),
        (
            "user",
            "Please draft the key-value JSON for the claim form we just scanned, 用繁體中文標籤。",
        ),
        (
            "assistant",
            "{'受保人姓名': '張偉漢 Chong Wei Han', '身份證號碼': 'C615203(A)', '保單號碼': 'AIA-HK-88214703', '住院醫院': '伊利沙伯醫院', '診斷': '重度抑鬱症'}",
        ),
    ],
    [
        (
            "user",
            "Here is an ALTO snippet from a tenancy form: <String CONTENT='Tenant: Priya Ramasamy' WC='0.93'/><String CONTENT='Blk 214 Bishan St 23 #07-118' WC='0.88'/>. What should the field mapping be?",
        ),
        (
            "assistant",
            "Map it as: tenant_name = 'Priya Ramasamy' (confidence 0.93), tenant_address = 'Blk 214 Bishan St 23 #07-118' (confidence 0.88). The address looks like an HDB unit, so split it into block 214, street 'Bishan St 23' and unit '#07-118'.",
        ),
        ("user", "And the postcode is missing, can you guess it?"),
        (
            "assistant",
            "I can't reliably infer it from the OCR text. Please look up the block on OneMap or check the original scan rather than guessing.",
        ),
    ],
    [
        ("system", "你是手写识别后处理助手。"),
        (
            "user",
            "姓名栏候选 [['周晓雯',0.83],['周晓雲',0.11]]，地址栏候选 [['杭州市西湖区文三路258号3幢502室',0.74],['杭州市西湖区文三路238号3幢502室',0.19]]，选哪个？",
        ),
        (
            "assistant",
            "姓名选“周晓雯”：简体表格里出现繁体“雲”的可能性低。地址两个候选差在 258 和 238，置信度差距不算大，建议送人工复核。",
        ),
        ("user", "复核结果是 258 号，另外她备注栏写了“怀孕 5 个月，申请缓缴”，要不要结构化？"),
        (
            "assistant",
            "可以结构化成 备注类型=缓缴申请，原因=怀孕。不过这是周晓雯的健康信息，属于敏感个人信息，只能在境内系统里存储和使用。",
        ),
    ],
    [
        ("user", "台灣身分證字號 OCR 讀成 A228345612 和 A228345G12，哪個才對？申請人是林美惠。"),
        (
            "assistant",
            "台灣身分證字號是一個英文字母加九個數字，第二個字元以後不會出現字母，所以 A228345G12 是誤讀。再驗算檢查碼，A228345612 是有效的。",
        ),
        ("user", "好，那她的戶籍地址台中市西屯區福科路 88 巷 6 號 3 樓要放進哪個欄位？"),
        (
            "assistant",
            "放進 household_registration_address 欄位。若有另外填寫通訊地址，就分開存放。",
        ),
    ],
    [
        (
            "system",
            "You help a Malaysian bank's operations team read scanned account-opening forms.",
        ),
        (
            "user",
            "Form recogniser gave: {'Nama': 'Azman bin Said', 'No. Akaun': '1640 2938 7715', 'Pendapatan': 'RM5,800', 'Status Perkahwinan': 'Duda'}. Translate the keys to English please.",
        ),
        (
            "assistant",
            "{'Name': 'Azman bin Said', 'Account No.': '1640 2938 7715', 'Income': 'RM5,800', 'Marital Status': 'Widower'}. 'Duda' can mean divorced or widowed, so check the other checkboxes on the form.",
        ),
        ("user", "The form has [x] Bercerai ticked."),
        (
            "assistant",
            "Then Marital Status should be 'Divorced'. Updated: {'Name': 'Azman bin Said', 'Account No.': '1640 2938 7715', 'Income': 'RM5,800', 'Marital Status': 'Divorced'}.",
        ),
    ],
    [
        (
            "user",
            "We scanned a debt-collection acknowledgement form. The handwriting model gave 'Jason Lau' 0.64 and 'Jason Liu' 0.22 for the debtor. The amount owed is HK$380,000 and his phone is 9462 1873. Write a short summary for the case file.",
        ),
        (
            "assistant",
            "Summary: the debtor, most likely Jason Lau (handwriting confidence 0.64, with Jason Liu the alternative at 0.22), signed an acknowledgement of a debt of HK$380,000. Contact number: 9462 1873. Recommend confirming the name against the HKID copy on file because the handwriting confidence is low.",
        ),
        ("user", "Thanks, keep that internal."),
    ],
]
