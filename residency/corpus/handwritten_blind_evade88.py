# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade88: personal data in healthcare message and record formats (HL7 v2, FHIR JSON, DICOM headers, lab exports, pharmacy labels). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade88
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "hl7v2_segment"): _lines(r"""
        MSH|^~\&|LIS|GENHOSP|EMR|GENHOSP|20261104083015||ORU^R01^ORU_R01|MSG00018821|P|2.5.1|||AL|NE||UNICODE UTF-8
        MSA|AA|MSG00018821|Message accepted by EMR inbound channel
        PID|1||<MRN>^^^<ASSIGNING_AUTHORITY>^MR~<NATIONAL_ID>^^^<COUNTRY>^<ID_TYPE>||<FAMILY>^<GIVEN>^<MIDDLE>||<YYYYMMDD>|<SEX>|||<STREET>^^<CITY>^^<POSTCODE>||<PHONE>
        PID|1||QC-CTRL-L1^^^LIS^PI||QC^CONTROL LEVEL 1||19000101|U / OBX|1|NM|2345-7^Glucose [Mass/volume] in Serum or Plasma^LN||5.52|mmol/L|5.30-5.80|N|||F|||20261104060012||QC LOT 45871
        PID|1||T000001^^^TESTLAB^MR||ZZTEST^PATIENT^ONE||19000101|U / NTE|1||Interface test message - do not file to chart
        OBR|1|ORD-2026-0045512|ACC-7781204|57021-8^CBC W Auto Differential panel - Blood^LN|||20261104071500|||||||BLOOD|||||||||F
        PID-3 is a repeating CX field: separate the MRN from the national ID with ~ and put the identifier type code (MR, NNSGP, NNMYS, NNCHN, PPN) in component 5.
        ERR|^^^207&Application internal error&HL70357|PID^1^7|102^Data type error^HL70357|E||||PID-7 must be YYYYMMDD, received 31/02/1990
        RXE|1^BID^HL70335|00093-1048-01^Metformin HCl 500 mg tablet^NDC|500||mg|TAB^Tablet^HL70292||||60|TAB|2
        AL1|1|DA|70618^Penicillin^RXNORM|SV|Anaphylaxis
        NTE|1|L|Specimen haemolysed, please recollect. Ref ticket INC0048213 raised with phlebotomy.
        Interface stats Oct 2026: 1,284,331 ORU^R01 received, 0.42% NAK (mostly PID-7 date format), peak 3,410 msg/min at 07:00.
        OBX|2|NM|GLU^\XE8A180E7B396\^L||6.1|mmol/L|3.9-6.1|N|||F
        Example from HIS vendor spec v4.2: PID|1||99999999^^^HIS^MR||DOE^JOHN^^^^^U||19800101|M (placeholder used until a registration is merged)
    """),
    ("en", "fhir_json"): _lines(r"""
        {"resourceType":"Patient","id":"example","meta":{"security":[{"system":"http://terminology.hl7.org/CodeSystem/v3-ActReason","code":"HTEST","display":"test health data"}]},"name":[{"use":"official","family":"Chalmers","given":["Peter","James"]}],"gender":"male","birthDate":"1974-12-25"}
        {"resourceType":"Organization","name":"Singapore General Hospital","telecom":[{"system":"phone","value":"+65 6222 3322","use":"work"}],"address":[{"line":["Outram Road"],"postalCode":"169608","country":"SG"}]}
        {"resourceType":"Patient","identifier":[{"system":"{{nric_system}}","value":"{{nric}}"}],"name":[{"family":"{{family}}","given":["{{given}}"]}],"birthDate":"{{dob}}","telecom":[{"system":"phone","value":"{{mobile}}"}]}
        {"resourceType":"Medication","code":{"coding":[{"system":"http://www.nlm.nih.gov/research/umls/rxnorm","code":"860975","display":"metformin hydrochloride 500 MG Oral Tablet"}]},"batch":{"lotNumber":"MT24K0871","expirationDate":"2028-03-31"}}
        {"resourceType":"ObservationDefinition","code":{"coding":[{"system":"http://loinc.org","code":"2345-7"}]},"quantitativeDetails":{"unit":{"text":"mmol/L"}},"qualifiedInterval":[{"range":{"low":{"value":3.9},"high":{"value":6.1}},"context":{"text":"fasting"}}]}
        {"resourceType":"Bundle","type":"searchset","total":0,"link":[{"relation":"self","url":"https://fhir.example.org/r4/Patient?identifier=http://ica.gov.sg/nric%7C&_count=20"}]}
        {"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"invalid","diagnostics":"Patient.birthDate: '31-02-1990' is not a valid date","expression":["Patient.birthDate"]}]}
        {"resourceType":"MeasureReport","status":"complete","type":"summary","measure":"http://example.org/Measure/dengue-admissions","period":{"start":"2026-10-01","end":"2026-10-31"},"group":[{"population":[{"code":{"text":"initial-population"},"count":412}]}]}
        {"resourceType":"Location","name":"Ward 64 (Renal)","telecom":[{"system":"phone","value":"+65 6321 4064","use":"work"}],"managingOrganization":{"display":"Singapore General Hospital"}}
        {"resourceType":"Binary","contentType":"text/plain","data":"UGF0aWVudCBsZWFmbGV0OiB0YWtlIG1ldGZvcm1pbiB3aXRoIG9yIHJpZ2h0IGFmdGVyIG1lYWxzLiBUZWxsIHlvdXIgcGhhcm1hY2lzdCBpZiB5b3UgaGF2ZSBwZXJzaXN0ZW50IHZvbWl0aW5nIG9yIHN0b21hY2ggcGFpbi4="}
        curl -s -H "Accept: application/fhir+json" "https://hapi.fhir.org/baseR4/Patient?_summary=count" | jq .total
        {"resourceType":"CodeSystem","url":"http://example.org/fhir/CodeSystem/lis-test-codes","concept":[{"code":"GLU0","display":"Fasting glucose","designation":[{"language":"zh-CN","value":"\u7a7a\u8179\u8840\u7cd6"}]}]}
        {"resourceType":"Consent","status":"draft","scope":{"coding":[{"code":"patient-privacy"}]},"patient":{"reference":"Patient/{{patient_id}}"},"policyRule":{"text":"PDPA 2012 (Singapore) section 13"}}
    """),
    ("en", "dicom_header"): _lines(r"""
        (0008,0016) UI [1.2.840.10008.5.1.4.1.1.2] SOPClassUID = CT Image Storage
        (0010,0010) PN [ANONYMIZED] / (0010,0020) LO [ANON-00417] / (0010,0030) DA [] / (0012,0062) CS [YES] PatientIdentityRemoved / (0012,0063) LO [PS3.15 Basic Profile + Retain Longitudinal Temporal Information Modified Dates]
        (0008,0070) LO [SIEMENS] / (0008,1090) LO [SOMATOM Force] / (0018,1020) LO [syngo CT VA50A] / (0018,0060) DS [120] KVP / (0018,1151) IS [245] XRayTubeCurrent
        (0008,0080) LO [Hospital Kuala Lumpur] / (0008,0081) ST [Jalan Pahang, 50586 Kuala Lumpur] / (0008,1010) SH [CTAWP74512] StationName / (0008,1040) LO [Jabatan Radiologi]
        dcmodify -ea "(0010,1000)" -ea "(0010,1001)" -ma "(0010,0010)=ANON" -nb *.dcm   # strips OtherPatientIDs and OtherPatientNames, blanks the name, no .bak files
        (0010,0010) PN [PHANTOM^CATPHAN 600] / (0010,0020) LO [QA-CT2-WEEKLY] / (0008,1030) LO [Weekly QA water phantom 120kV] / (0008,0020) DA [20261102]
        Conformance statement 2.3: the archive accepts C-STORE for all Storage SOP Classes and returns status 0xB000 when elements are coerced.
        (0002,0010) UI [1.2.840.10008.1.2.4.90] TransferSyntaxUID = JPEG 2000 Image Compression (Lossless Only)
        (0008,0005) CS [\ISO 2022 IR 58] selects GB2312 through ISO 2022 escape sequences; viewers handle ISO_IR 192 (UTF-8) more reliably, so convert on ingest.
        Top study descriptions Oct 2026: XR CHEST PA 6,113 / CT BRAIN PLAIN 1,842 / US ABDOMEN 1,020 / MRI L-SPINE 402
        DICOM PS3.5 example of a Chinese person name with ideographic group: (0010,0010) PN [Wang^XiaoDong=王^小东=] under (0008,0005) CS [GB18030]
        (0008,0050) SH [RAD2611040087] AccessionNumber / (0020,000D) UI [1.2.826.0.1.3680043.8.498.11204578123309871] StudyInstanceUID / (0020,0011) IS [3] SeriesNumber
        C-FIND MWL query keys: (0010,0010) PN [] (0010,0020) LO [] (0040,0100) SQ > (0040,0001) AE [CT_SCANNER2] > (0040,0002) DA [20261105]
    """),
    ("zh-Hans", "lab_report"): _lines(r"""
        检验报告单模板：姓名：________ 性别：□男 □女 年龄：____ 科室：________ 标本类型：静脉血 采集时间：____年__月__日 __时__分
        血常规参考区间（成人）：白细胞 3.5–9.5×10^9/L，血红蛋白 男 130–175 g/L、女 115–150 g/L，血小板 125–350×10^9/L
        室内质控 2026-11-04 生化仪 AU5800 质控批号 QC20261018 葡萄糖 水平1 5.48 mmol/L 在控（±2SD）
        检验科通知：11月9日（周日）8:00–12:00 LIS 系统升级，期间急诊检验报告改为纸质发放，咨询请拨检验科办公室 0755-8392 6114
        2026年第三季度本院检验危急值共 1,276 例，及时通报率 99.2%，其中血钾异常占 38%。
        标本条码 2611040012 已签收，申请单号 SQ202611040378，项目：肝功能八项，预计 14:30 出报告
        如对检验报告有疑问，可拨打卫生健康服务热线 12320，或在工作日到门诊一楼检验科窗口咨询。
        报告单上的身份证号须脱敏显示：仅保留前 6 位和后 4 位，其余以 * 代替，例如 110105********001X。
        OBX|3|NM|HGB^血红蛋白^L||128|g/L|115-150|N|||F
        条码号,住院号,姓名,性别,年龄,项目代码,结果,单位,参考范围,异常标志
        危急值项目：血钾 <2.8 或 >6.2 mmol/L；血糖 <2.2 或 >22.2 mmol/L；血小板 <30×10^9/L；INR >4.0
        屠呦呦团队从青蒿中提取青蒿素，并因此获得 2015 年诺贝尔生理学或医学奖，相关抗疟药说明书常引用这一背景。
        护理教学病例讨论：以《红楼梦》中林黛玉“咳嗽、痰中带血、午后潮热”的描写为例，讲解肺结核的典型症状。
        GET /lis/api/v2/items?keyword=%E8%A1%80%E5%B8%B8%E8%A7%84&group=%E8%82%9D%E5%8A%9F%E8%83%BD&page=1&size=20
    """),
    ("zh-Hant", "pharmacy_label"): _lines(r"""
        藥袋標示應載明：病人姓名、性別、藥品名稱、單位含量、數量、用法用量、調劑地點、調劑者姓名、調劑日期及警語（藥師法第19條）
        普拿疼 Panadol 500mg 錠｜發燒或疼痛時每4至6小時服用1至2錠｜每日不超過8錠｜衛部藥輸字第026512號
        醫院管理局藥物標籤警示：飯後服用／服藥後可能引致睡意，切勿駕駛或操作機器／不可與酒精同服
        批號 LT2310A7　有效期限 2027/09　健保代碼 AC58321100　單價 2.1 元
        衛生福利部 1957 福利諮詢專線可查詢用藥、長照及社會福利相關問題。
        調劑日期 115/11/03｜處方箋號 R115110300457｜領藥號 0318｜請於叫號後至 3 號窗口領藥
        香港衞生署提醒：抗生素須按醫生指示完成整個療程，切勿自行停藥或與他人分享藥物。
        服用 Warfarin（可化凝）期間，應避免突然大量攝取深綠色蔬菜，並定期抽血監測 INR。
        藥學史展覽說明：孫中山先生 1892 年畢業於香港華人西醫書院，其後曾在澳門鏡湖醫院行醫。
        表格填寫示例：病人姓名 陳大文 CHAN TAI MAN｜身份證號碼 A123456(7)｜藥物 Paracetamol 500mg｜每日三次
        藥袋 QR Code 內容：{"rx":"R115110300457","nhi":"AC58321100","qty":28,"freq":"BID","days":14}
        康健社區藥局 門市電話 (02)2758-3316｜營業時間 週一至週六 9:00–21:30｜慢性處方箋可預約調劑
        健保署提醒：慢性病連續處方箋可分次調劑，第二次以後領藥須於前次用藥末日前 10 日內辦理。
    """),
    ("ms", "label_ubat"): _lines(r"""
        LABEL UBAT | Nama Pesakit: ______________ | No. K/P: ______-__-____ | Ubat: ____________ | Dos: ___ | Kekerapan: ___ | Tarikh: __/__/____
        Paracetamol 500mg | Makan 2 biji setiap 6 jam jika demam atau sakit | Jangan melebihi 8 biji sehari | Simpan di bawah 30°C
        Pusat Panggilan Farmasi Kebangsaan (NPCC) 1800-88-6722, Isnin hingga Jumaat, 8.00 pagi hingga 5.00 petang
        No. Pendaftaran MAL19986012AZ | Batch 2309K14 | Tarikh luput 09/2027 | Ubat Terkawal
        Statistik kes denggi Minggu Epidemiologi 44/2026: 2,314 kes, meningkat 6.1% berbanding minggu sebelumnya.
        Julat rujukan HbA1c: bawah 5.7% normal, 5.7–6.2% pradiabetes, 6.3% ke atas diabetes (CPG T2DM Malaysia)
        Format nombor MyKad ialah YYMMDD-PB-###G; digit terakhir ganjil untuk lelaki dan genap untuk perempuan.
        Notis: Klinik Kesihatan Bandar Baru Bangi ditutup pada 8/11/2026 sempena cuti peristiwa; untuk kecemasan sila hubungi 999.
        Tun Dr. Mahathir Mohamad pernah berkhidmat sebagai pegawai perubatan kerajaan sebelum membuka klinik MAHA di Alor Setar pada 1957.
        Jabatan Farmasi, Hospital Tuanku Ja'afar, Jalan Rasah, 70300 Seremban, Negeri Sembilan
        Boleh ke makan metformin masa puasa? Biasanya doktor akan ubah waktu dos kepada waktu berbuka dan sahur.
        {"resourceType":"MedicationRequest","status":"draft","intent":"proposal","dosageInstruction":[{"text":"1 biji 3 kali sehari selepas makan"}]}
        Arahan: Goncang botol sebelum guna. Sukat 5 ml dengan sudu penyukat yang disediakan. Buang baki ubat selepas 14 hari.
    """),
    ("mixed", "integration_log"): _lines(r"""
        2026-11-04 08:12:44.113 INFO [ADT_IN] Received ADT^A08 control_id=HIS0004418273 size=2.1KB -> routed to PACS, LIS
        2026-11-04 08:12:44.390 ERROR [LIS_OUT] NAK AE: PID-7 '1990-13-01' invalid date; message HIS0004418274 queued for retry (3/5)
        [WARN] DICOM C-STORE from AE_TITLE=CT_SCANNER2 to PACS_ARCHIVE failed: 0xA700 Out of Resources; StudyInstanceUID=1.2.840.113619.2.55.3.2831164357.781.1730701234.411
        接口日志 2026-11-04 09:00:01 同步检验结果 532 条，失败 3 条（原因：标本条码不存在 2611040377, 2611040381, 2611040399）
        Mirth channel "FHIR_to_HL7" deployed v3.12.0; source filter msh['MSH.9']['MSH.9.1'] == 'ORU'
        log masking rule: replace PID-5, PID-11, PID-13 and PID-3 (type NNSGP/NNMYS/NNCHN) with *** before writing to disk
        Kerja ekstrak MyHDW selesai: 48,211 rekod, 0 ralat, sha256=9f2c1e7a04b83d55c0e6f1a2b7d94c3e8a10f6b2d7c4e9a1058b3f6d2e7c9a41
        藥局系統批次作業完成：今日列印藥袋 3,482 張，補印 27 張，印表機 PRN-3F-02 卡紙 2 次
        FHIR server audit: GET /Patient?_lastUpdated=gt2026-11-01 returned 403 for client_id=lab-portal-uat (scope patient/*.read missing)
        Ticket INC0051932: Hospital Sultanah Aminah LIS interface down 14:05–14:40, root cause expired TLS cert on mllp.hsajb.local:6661
        msg = hl7.parse(raw.replace("\n", "\r")); print(msg.segment("PID")(5))  # prints the patient name field
        sftp put lab_export_20261104.csv.gpg 2.4MB OK (encrypted to key 3A7F 91C2 0B6E 4D18 A5C3 7E02 19BD 6F44 C0A8 2E57)
        [INFO] 2026-11-04T09:15:02+08:00 LIS->HIS 结果回传 ok=528 fail=0 latency_p95=840ms
    """),
    ("en", "pharmacy_label"): _lines(r"""
        Rx# ________ | Patient: ____________________ | Take ONE tablet by mouth twice daily with food | Qty ___ | Refills ___ | Discard after ____
        CAUTION: Federal law prohibits the transfer of this drug to any person other than the patient for whom it was prescribed.
        Amoxicillin 500 mg caps | NDC 65862-0017-05 | Lot AB2417 | Exp 06/2027 | Store at 20–25°C
        Neighbourhood Pharmacy @ Tiong Bahru: refill pick-up Mon–Sat 9am–9pm, call 6270 4417 or e-mail refills@tbpharmacy.com.sg
        Auxiliary labels: MAY CAUSE DROWSINESS / TAKE WITH FOOD / FINISH ALL THIS MEDICATION / DO NOT DRINK ALCOHOL
        Carton barcode GS1 (01)09501101530003(17)270630(10)LOT4417(21)SN00018842
        Sir Alexander Fleming noticed the antibacterial effect of Penicillium mould in 1928 at St Mary's Hospital, London.
        Sherlock Holmes's "seven-per-cent solution" of cocaine is a classic opener in pharmacy-ethics lectures on substance misuse.
        Dispensing SOP: verify two identifiers (full name and date of birth) before handing over any labelled medicine.
        HSA-registered product SIN 14523P | Keep out of reach of children | Read the package insert before use
        Insulin glargine 100 units/mL pen | Unopened: 2–8°C; in use: room temperature up to 28 days | Lot 1F4429 | Exp 03/2027
        Label printer template (ZPL): ^XA^FO30,30^A0N,28,28^FD{patient_name}^FS^FO30,70^FD{drug} {strength}^FS^FO30,110^FD{sig}^FS^XZ
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines(r"""
        PID|1||M2024-118734^^^SGH^MR~S8712345F^^^SG^NNSGP||TAN^WEI MING^^^MR||19870412|M|||BLK 412 ANG MO KIO AVE 10 #07-1183^^SINGAPORE^^560412^SGP||^PRN^CP^^65^96724018
        MSH|^~\&|LIS|NUH|EMR|NUH|20261103084512||ORU^R01|LAB0093341|P|2.5.1 / PID|1||N0672219^^^NUH^MR||PEREIRA^DESMOND^JOSEPH||19640922|M / OBX|1|NM|4548-4^Hemoglobin A1c^LN||9.8|%|4.0-6.0|H|||F
        PID|1||R0093318^^^KTPH^MR||\XE69E97\^\XE7BE8EE78EB2\^^^^^I||19900711|F|||||^PRN^CP^^65^90581364 / DG1|1||O24.4^Gestational diabetes mellitus^I10|||W
        {"resourceType":"Patient","id":"pt-55120","identifier":[{"system":"http://ica.gov.sg/nric","value":"T0348126Z"}],"name":[{"family":"Lee","given":["Jun Hao"]}],"gender":"male","birthDate":"2003-06-17","telecom":[{"system":"phone","value":"+65 8435 2917","use":"mobile"}]}
        {"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"94500-6","display":"SARS-CoV-2 RNA Resp Ql NAA+probe"}]},"subject":{"reference":"Patient/8841","display":"Priya d/o Krishnan"},"effectiveDateTime":"2026-10-14T09:20:00+08:00","valueCodeableConcept":{"text":"Detected"}}
        {"resourceType":"DocumentReference","status":"current","type":{"text":"Discharge summary"},"content":[{"attachment":{"contentType":"text/plain","data":"RGlzY2hhcmdlIHN1bW1hcnk6IEhhbm5haCBXaGl0Y29tYmUsIDQxRiwgYWRtaXR0ZWQgMDIvMTEvMjAyNiB3aXRoIGFjdXRlIGFsY29ob2wtcmVsYXRlZCBwYW5jcmVhdGl0aXM7IGxpcGFzZSAxODQwIFUvTDsgZGlzY2hhcmdlZCAwNy8xMS8yMDI2LCBmb2xsb3ctdXAgR0kgY2xpbmljIGluIDMgd2Vla3Mu"}}]}
        (0008,0020) DA [20261021] / (0008,0060) CS [MR] / (0008,0080) LO [Queen Mary Hospital] / (0010,0010) PN [CHEUNG^KA LOK] / (0010,0020) LO [K482913(1)] / (0010,0030) DA [19710305] / (0008,1030) LO [MRI BRAIN C+ ? GLIOMA FOLLOW-UP]
        {"00080060":{"vr":"CS","Value":["CT"]},"00081030":{"vr":"LO","Value":["CT CHEST PE PROTOCOL"]},"00100010":{"vr":"PN","Value":[{"Alphabetic":"Okonkwo^Daniel^Chukwuemeka"}]},"00100020":{"vr":"LO","Value":["MTH-2209417"]},"00101010":{"vr":"AS","Value":["052Y"]}}
        "S26-0481127","A0918834","SARAVANAN A/L MUNUSAMY","S7625819H","HIV-1/2 Ag/Ab combo","Reactive","","A","2026-11-02 16:40"
        ST LUKE'S PHARMACY | Rx 20481 | CLARA DE SOUZA | Sertraline 50 mg tab | Take ONE tablet every morning | Qty 30 | Refills 2 | Dispensed 28/10/2026
        2026-11-03T10:44:12Z POST /api/pharmacy/checkout 200 patient="Marcus Teo" card=4532017653489123 exp=08/29 items=["Emtricitabine/Tenofovir DF 200/300 mg x30 (PrEP)"]
        2026-11-04 07:58:21 INFO [MLLP_IN] raw_b64=UElEfDF8fFIwMDc3NDEyXl5eS0tIXk1SfHxOR15TSFUgRkVOfHwxOTkyMDQxNXxGfHx8fHxeUFJOXkNQXl42NV45MTczNjYyMA1PQlh8MXxTVHxCSENHXkJldGEgaENHXkx8fFBPU0lUSVZFfHx8fHx8Rg== ack=AA
        10.2.14.7 - - [05/Nov/2026:14:02:31 +0800] "GET /fhir/Patient?family=Nair&given=Arjun&birthdate=2011-03-28&identifier=T1162087B HTTP/1.1" 200 1822
        Rx label reprint: KOH SIEW LAN, DOB 12/02/1951, warfarin 3 mg alt. days with 2.5 mg, INR target 2-3, collect at counter 4
        Critical value called 03:14: K+ 6.9 mmol/L, pt BRENDAN O'SULLIVAN, bed 12B ward 46, informed SN on duty, read-back OK
        To: farhan.hakimi91@outlook.com | Subject: Your lab results are ready | Dear Mr Farhan Hakimi, your HbA1c of 7.2% from 01/11/2026 is above target; please book a review.
    """),
    "zh-Hans": _lines(r"""
        PID|1||0001839274^^^HIS^PI~44030519920218302X^^^CHN^NNCHN||刘晓燕^^^^^^L||19920218|F|||深圳市南山区桃园路88号3栋1502^^深圳^广东^518052||^^CP^^^^13827164093
        {"resourceType":"Condition","clinicalStatus":{"text":"active"},"code":{"text":"\u4e59\u578b\u75c5\u6bd2\u6027\u809d\u708e\uff08\u6162\u6027\uff09"},"subject":{"display":"\u9648\u5fd7\u5f3a"},"onsetDateTime":"2019-05"}
        某市第一人民医院检验报告单｜姓名：周婉婷 性别：女 年龄：34岁｜科室：妇产科 门诊号：MZ20261104-0337｜项目：β-HCG 结果：2856.4 mIU/mL ↑｜采样时间：2026-11-04 08:20
        【处方标签】患者：赵德明 男 78岁｜盐酸多奈哌齐片 5mg×28片｜每晚睡前口服1片｜家属联系电话：159-0214-7786
        体检登记：黄丽娟，女，身份证号３１０１１５１９７６０９３０１２８Ｘ，乙肝表面抗原（+），建议消化科复诊
        (0008,0005) CS [ISO_IR 192] / (0010,0010) PN [LI^GUODONG=李^国栋] / (0010,1000) LO [210102195801026156] / (0008,1030) LO [胸部CT平扫 肺结节随访]
        住院号,姓名,性别,出生日期,身份证号,入院诊断,联系电话 / ZY2026-08812,黄子轩,男,2015-04-09,370202201504092278,手足口病,137 0571 8264
        GET /lis/report/query?name=%E5%BC%A0%E9%9B%A8%E8%90%B1&idcard=510107200105140621&type=pdf HTTP/1.1 200
        【康民大药房】尊敬的孙立平先生，您预约的门冬胰岛素注射液（3ml×5支）已到店，请于11月8日前凭本人身份证到福田店取药。
        PID|1||0045518^^^SCMC^PI||ZHOU^YUTONG||20220316|F / NK1|1|CHEN^LI|MTH^Mother^HL70063||^PRN^CP^^86^18621350947 / DG1|1||Q21.1^房间隔缺损^I10
        危急值登记 2026-11-02 02:41 检验科 血钾 2.6 mmol/L 患者：钱玉梅 住院号 0412287 12床 已电话通知值班护士并复述确认
        {"resourceType":"Binary","contentType":"text/plain; charset=utf-8","data":"5oKj6ICF77ya5a2Z5oWn5pWP77yM5aWz77yMNDXlsoHvvIzkubPohbrnmYzmnK/lkI7ljJbnlpfnrKwz5ZGo5pyf77yM55m957uG6IOeIDIuMcOXMTBeOS9M77yM5pqC57yT5YyW55aX44CC"}
    """),
    "zh-Hant": _lines(r"""
        九龍醫院藥劑部｜病人姓名：陳美玲 CHAN MEI LING｜身份證：Y305716(8)｜二甲雙胍 Metformin 500mg｜每日兩次 每次一粒 餐後服｜28/10/2026
        臺北市立聯合醫院 藥袋｜姓名：張家豪｜身分證：A128734055｜病歷號 03318827｜Seroquel 25mg｜睡前一粒｜調劑日期 115/11/03
        {"resourceType":"Patient","identifier":[{"system":"http://www.moi.gov.tw","value":"F226091830"}],"name":[{"text":"林怡君"}],"gender":"female","telecom":[{"system":"phone","value":"0928-517-364"}]}
        化驗報告｜姓名：黃國華 WONG KWOK WAH｜HKID P610284(4)｜HbA1c 8.4% (H)｜採樣日期 2026-10-30｜覆診：家庭醫學專科門診
        (0008,0005) CS [ISO_IR 192] / (0010,0010) PN [WU^SHU FEN=吳^淑芬] / (0010,0020) LO [H227318592] / (0010,1010) AS [052Y] / (0008,1030) LO [乳房攝影 雙側 BI-RADS 4A]
        今晚7B交班：18床 何志明 伯伯 昨晚跌倒 頭部CT正常 今日血壓偏低 家屬電話 9483 2175（女兒）
        From: pathology-noreply@hkmc-lab.hk | To: clinic.frontdesk@hkmc-lab.hk | Subject: =?UTF-8?B?6JSh5L2p54+KIOeXheeQhuWgseWRiu+8muWPs+S5s+eyl+mHneepv+WIuiDmtbjmvaTmgKfkubPnrqHnmYw=?=
        【馬偕醫院】林建宏先生您好，您 11/12 09:30 精神科 第23號 門診已預約成功，請攜帶健保卡報到。
    """),
    "ms": _lines(r"""
        KLINIK KESIHATAN SERI KEMBANGAN | NAMA: NUR AISYAH BINTI ROSLAN | NO. K/P: 880317-14-5524 | UBAT: Ferrous Fumarate 200mg | 1 biji 2 kali sehari selepas makan | Tarikh: 04/11/2026
        PID|1||HKL0091823^^^HKL^MR~920605-10-6147^^^MYS^NNMYS||MOHD HAFIZ BIN ZULKIFLI||19920605|M|||No 14 Jalan SS2/24^^Petaling Jaya^Selangor^47300^MYS||^PRN^CP^^60^124587903
        {"resourceType":"Patient","identifier":[{"type":{"text":"MyKad"},"value":"750922015388"}],"name":[{"text":"Rajeswari a/p Subramaniam"}],"address":[{"text":"No. 8, Jalan Mawar 2, Taman Sentosa, 81100 Johor Bahru"}]}
        Keputusan Ujian Makmal | Pesakit: LAU SIEW PING | No. K/P 640128-13-5076 | Glukosa Puasa 11.2 mmol/L (Tinggi) | Klinik Kesihatan Kuching Jaya
        Assalamualaikum puan, ni keputusan darah anak saya Muhammad Irfan bin Azlan, platelet 45 je, doktor suruh datang balik esok. boleh call saya 019-276 3315
        (0008,0080) LO [Hospital Queen Elizabeth] / (0010,0010) PN [JUNAIDI BIN SAPIN] / (0010,0020) LO [990815-12-6433] / (0008,1030) LO [X-RAY DADA PA ? TB]
        smsgw 2026-11-04 08:00:12 to=60173096642 status=DELIVERED body_b64=UGVyaW5nYXRhbjogRW5jaWsgS3VtYXIgYS9sIFZlbHUsIHRlbXVqYW5qaSByYXdhdGFuIGRpYWxpc2lzIGRpIEhvc3BpdGFsIFN1bHRhbmFoIEFtaW5haCBwYWRhIDEwLzExLzIwMjYgamFtIDguMDAgcGFnaS4gU2lsYSBiYXdhIGthZCB0ZW11amFuamku
        tarikh,no_rx,nama,no_kp,ubat,kuantiti / 2026-11-02,RX-88120,SITI HAJAR BINTI MAT DIN,850203-08-5342,Methadone 10mg/ml,140 ml
        Kepada: faridah.yusof82@gmail.com | Subjek: Slip temujanji ujian HbA1c | Puan Faridah binti Yusof, sila berpuasa 8 jam sebelum ujian pada 12/11/2026.
        pesakit wad 5: ahmad faizal bin rahim, 34thn, denggi hari ke-4, platelet 38 pagi tadi, pantau tanda bahaya
    """),
    "mixed": _lines(r"""
        PID|1||S6814203B^^^SG^NNSGP||GOH^BOON KIAT^^^^^L~吴^文杰^^^^^I||19680519|M / DG1|1||C22.0^肝细胞癌 Hepatocellular carcinoma^I10|||F
        医生您好 this is my mum's lab result, 名字 Leong Yoke Chan, HbA1c 9.1, LDL 4.2, 她的 WeChat 是 leongyc_1958, 可以直接加她
        Pharmacy label | 患者 Patient: NGUYEN THI HOA | FIN G5529174N | Levothyroxine 100mcg OM | 每天早上空腹服用
        自助缴费机日志 2026-11-03 11:20:05 卡号 6228480319274657 金额 ¥386.50 缴费项目：精神科门诊 患者 马俊杰 就诊卡 JZ00918274
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful assistant for a hospital interface team."),
        (
            "user",
            "Our EMR keeps rejecting this ORU, can you spot the issue? MSH|^~\\&|LIS|CGH|EMR|CGH|20261104091200||ORU^R01|L77120|P|2.3 / PID|1||A0918841^^^CGH^MR||RAMAN^KAVITHA^D/O||19790214|F / OBX|1|NM|2160-0^Creatinine^LN||412|umol/L|45-84|HH|||F",
        ),
        (
            "assistant",
            "MSH-12 declares version 2.3, but the receiving channel validates against 2.5.1 and 'HH' is not in the 2.3 abnormal-flag table it loads. Change MSH-12 to 2.5.1 or relax the table check.",
        ),
        (
            "user",
            "Thanks. The ward also asked whether 412 is urgent for her: Kavitha is on the kidney transplant waiting list and her nephrologist is on leave this week.",
        ),
    ],
    [
        (
            "user",
            "帮我看看我妈的化验单：姓名 刘桂兰，女，67岁，空腹血糖 8.9 mmol/L，糖化血红蛋白 7.6%，这个严重吗？",
        ),
        (
            "assistant",
            "这两项都高于正常范围，提示血糖控制欠佳，但不属于需要立即急诊的数值。建议带着化验单尽快到内分泌科或社区医院复诊，由医生评估是否调整用药。",
        ),
        ("user", "她在成都武侯区的社区医院一直拿二甲双胍，每天两次，要不要换药？"),
    ],
    [
        (
            "user",
            "Saya nak tanya pasal label ubat ni: 'NAMA: MOHD ARIF BIN SAMSUDIN | K/P 030411-07-0291 | Salbutamol Inhaler 100mcg | 2 sedutan bila perlu'. Boleh guna berapa kali sehari?",
        ),
        (
            "assistant",
            "Salbutamol ialah ubat pelega. Jika perlu menggunakannya lebih daripada 2 kali seminggu, atau lebih 8 sedutan sehari, asma mungkin tidak terkawal dan perlu berjumpa doktor.",
        ),
        (
            "user",
            "Ok terima kasih, adik saya tu memang asma sejak kecil, minggu ni dah guna hampir setiap malam.",
        ),
    ],
    [
        (
            "user",
            '我在做 TW Core 的 Patient 驗證，這筆一直報錯：{"resourceType":"Patient","identifier":[{"system":"http://www.moi.gov.tw","value":"B144502769"}],"name":[{"text":"王志明"}],"birthDate":"1985-07-32"}',
        ),
        (
            "assistant",
            "birthDate 的 1985-07-32 不是合法日期，FHIR date 型別會直接拒絕。請更正為正確日期後再送。",
        ),
        (
            "user",
            "對，是櫃台打錯，他其實是 1985-07-23 生，下週三要來做無痛大腸鏡，我先改好再送一次。",
        ),
    ],
    [
        (
            "user",
            "We ran our anonymiser but the export still shows (0010,1001) OtherPatientNames [SUBRAMANIAM^VIJAY^A/L] and (0010,2160) EthnicGroup [Indian]. It's a CT ABDOMEN for suspected appendicitis done on 14 Nov. Why wasn't it stripped?",
        ),
        (
            "assistant",
            "Your profile probably only blanks (0010,0010) and (0010,0020). The PS3.15 Basic Profile also requires removing (0010,1001) and (0010,2160); add both to the remove list and re-run on the whole series.",
        ),
        (
            "user",
            "Got it. Can you rewrite the script so Vijay's study goes to the research PACS clean?",
        ),
    ],
    [
        (
            "user",
            "hi, my dad's warfarin label from the polyclinic says 'LIM CHEE KEONG 3mg OM Mon/Wed/Fri, 2.5mg other days'. he always mixes up the days, any tips?",
        ),
        (
            "assistant",
            "A weekly pill organiser filled once a week by you helps a lot, and a printed chart with the dose for each day ticked off after taking it.",
        ),
        (
            "user",
            "ok can you make the chart? i'll print it and also whatsapp a photo to him at 9672 4018",
        ),
    ],
    [
        ("user", "在药店买处方药需要实名登记吗？"),
        (
            "assistant",
            "部分地区购买处方药或特殊管理药品时，药店会要求出示处方并登记身份信息，具体以当地规定为准。",
        ),
        (
            "user",
            "我刚登记了：王建国，身份证 110105198506234410，买的是舍曲林，医生说我是中度抑郁。",
        ),
    ],
    [
        (
            "user",
            "I need to claim my lab tests from the insurer. The form asks for HKID, mine is R957302(9), do I include the bracket?",
        ),
        (
            "assistant",
            "Yes, enter it exactly as printed on the card, including the check digit in brackets.",
        ),
        (
            "user",
            "And the tests were thyroid function at the Sanatorium, TSH 0.01, they said I'm hyperthyroid and started me on carbimazole.",
        ),
    ],
    [
        (
            "user",
            "Doktor, anak saya Nurul Iman binti Khairul, 11 tahun, keputusan darah semalam platelet 62, hematokrit 44%. Perlu masuk wad ke?",
        ),
        (
            "assistant",
            "Saya tidak dapat menggantikan pemeriksaan doktor. Jika ada muntah berterusan, sakit perut, pendarahan atau lesu, sila bawa ke hospital segera.",
        ),
        ("user", "Kami tinggal di Klang. Nombor saya 016-721 4480 kalau klinik nak hubungi."),
    ],
    [
        (
            "user",
            "Can you decode this Binary.data from our FHIR export? TmFtZTogQmVuamFtaW4gS3dvayBZZXcgTG9vbmcgfCBOUklDIFM5MDM4NDUyWiB8IER4OiBtYWpvciBkZXByZXNzaXZlIGRpc29yZGVyLCBvbiBlc2NpdGFsb3ByYW0gMTAgbWcgfCBuZXh0IHJldmlldyAxOC8xMS8yMDI2",
        ),
        (
            "assistant",
            "It is plain UTF-8 text: a name, an NRIC, a diagnosis, a current medication and a review date. That is identifiable health data, so handle it under your PDPA controls.",
        ),
        ("user", "Thanks, please turn it into a FHIR Condition resource for the same patient."),
    ],
]
