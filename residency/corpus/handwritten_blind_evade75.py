# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade75: personal data in health-IT messages (HL7 v2, FHIR JSON, DICOM tags, lab exports). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade75
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "hl7v2-segment"): _lines(r"""
        MSH|^~\&|LIS|SGH_LAB|EPIC|SGH|20261203084512+0800||ORU^R01^ORU_R01|MSG00048213|P|2.5.1|||AL|NE|SGP
        OBR|1|ORD-2026-0048213|26A0312345|24323-8^Comprehensive metabolic panel^LN|||20261203071500|||||||||||||||20261203083000|||F
        OBX|3|NM|2823-3^Potassium [Moles/volume] in Serum or Plasma^LN||4.2|mmol/L^mmol/L^UCUM|3.5-5.1|N|||F|||20261203081130|LAB^Core Lab
        MSA|AE|MSG00048213|PID-7 invalid date format, expected YYYYMMDD
        ERR||PID^1^3^1|101^Required field missing^HL70357|E||||Identifier type code not in table 0203
        PID|1||{{mrn}}^^^{{assigning_authority}}^MR||{{family}}^{{given}}^^^{{prefix}}||{{dob:YYYYMMDD}}|{{sex}}|||{{street}}^^{{city}}^^{{postcode}}
        Conformance fixture copied from the HL7 v2.5.1 spec, fictitious standard patient: PID|1||PATID1234^^^HL7^MR||EVERYMAN^ADAM^A^III||19610615|M||2106-3|2222 HOME STREET^^ANN ARBOR^MI^99999
        SPM|1|26A0312345&LIS||119297000^Blood specimen^SCT|||||||||||||20261203071500|20261203074233
        ORC|NW|ORD-2026-0051877|||||^^^20261204080000^^R||20261203160211|||||HAEM^Haematology Lab^L
        EVN|A08|20261203094410|||INTERFACE^Nightly merge job
        PV1|1|O|CLINIC-B^^^TTSH||||||||||||||||VN-2026-118834
        NTE|1|L|Haemolysed sample; potassium result may be falsely elevated. Recollect if clinically indicated.
        OBX|1|ED|PDF^Final report^L||^application^pdf^Base64^JVBERi0xLjcKJeLjz9MKMSAwIG9iago8PC9UeXBlL0NhdGFsb2c+PgplbmRvYmoK||||||F
        OBX|1|ED|QCSUM^QC summary^L||^TEXT^PLAIN^Base64^UUMgU1VNTUFSWSBsb3QgMjYxMUE6IExldmVsIDEgUEFTUywgTGV2ZWwgMiBQQVNTLCBMZXZlbCAzIFBBU1MuIFdlc3RnYXJkIDEtM3Mgbm9uZS4gSW5zdHJ1bWVudCBjNzAyLTAyLg==||||||F
        MSH|^~\&|CMS|PYNEH|RIS|PYNEH|20261202230104||ORM^O01|PYN2612020044|P|2.4 (facility: Pamela Youde Nethersole Eastern Hospital)
    """),
    ("en", "fhir-json"): _lines(r"""
        {"resourceType":"Organization","id":"ttsh","name":"Tan Tock Seng Hospital","telecom":[{"system":"phone","value":"+65 6256 6011","use":"work"}],"address":[{"line":["11 Jalan Tan Tock Seng"],"postalCode":"308433","country":"SG"}]}
        {"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"718-7","display":"Hemoglobin [Mass/volume] in Blood"}]},"valueQuantity":{"value":13.5,"unit":"g/dL"},"referenceRange":[{"low":{"value":12.0},"high":{"value":15.5}}]}
        {"resourceType":"Patient","id":"example","name":[{"family":"{{family}}","given":["{{given}}"]}],"birthDate":"{{yyyy-mm-dd}}","identifier":[{"system":"{{id-system}}","value":"{{id}}"}]}
        GET /fhir/r4/Observation?code=http%3A%2F%2Floinc.org%7C2345-7&date=ge2026-11-01&_count=200&_summary=count
        {"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"invariant","diagnostics":"Patient.identifier[0].value does not match pattern ^[STFGM][0-9]{7}[A-Z]$","expression":["Patient.identifier[0].value"]}]}
        {"resourceType":"NamingSystem","name":"SingaporeNRIC","status":"draft","kind":"identifier","publisher":"Example Health Cluster","uniqueId":[{"type":"uri","value":"http://ns.example-health.sg/nric","preferred":true}],"description":"NRIC/FIN of patients; the value must never appear in URLs or logs"}
        {"resourceType":"Bundle","type":"transaction-response","entry":[{"response":{"status":"201 Created","location":"Observation/obs-7731/_history/1","etag":"W/\"1\"","lastModified":"2026-12-03T01:02:11Z"}}]}
        Authorization: Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGgubGFiZGVtby5zZyIsImF1ZCI6Imh0dHBzOi8vZmhpci5sYWJkZW1vLnNnL3I0IiwiY2xpZW50X2lkIjoibGlzLWV4cG9ydC1zdmMiLCJzY29wZSI6InN5c3RlbS9PYnNlcnZhdGlvbi5yZWFkIHN5c3RlbS9EaWFnbm9zdGljUmVwb3J0LnJlYWQiLCJleHAiOjE3OTY1MTUyMDB9.Vq3xT0bK9mW2pLrA7c
        {"resourceType":"Specimen","accessionIdentifier":{"system":"urn:oid:1.2.702.0.4.13","value":"26A0312345"},"type":{"coding":[{"system":"http://snomed.info/sct","code":"119297000"}]},"collection":{"collectedDateTime":"2026-12-03T07:15:00+08:00"}}
        {"resourceType":"CapabilityStatement","status":"active","date":"2026-11-30","kind":"instance","fhirVersion":"4.0.1","format":["json"],"rest":[{"mode":"server","resource":[{"type":"Patient","searchParam":[{"name":"identifier","type":"token"},{"name":"birthdate","type":"date"}]}]}]}
        {"resourceType":"Organization","id":"hsb","name":"Hospital Sultanah Bahiyah","telecom":[{"system":"phone","value":"04-740 6233","use":"work"}],"address":[{"city":"Alor Setar","state":"Kedah","country":"MY"}]}
        {"resourceType":"Group","type":"person","actual":true,"quantity":1842,"characteristic":[{"code":{"text":"HbA1c >= 8.0% in last 90 days"},"valueBoolean":true,"exclude":false}]}
        {"id":"Patient.telecom","path":"Patient.telecom","min":0,"max":"*","mustSupport":true,"short":"Contact detail; mobile numbers must be E.164, e.g. +65XXXXXXXX"}
        {"resourceType":"AuditEvent","type":{"code":"rest"},"subtype":[{"code":"search-type"}],"recorded":"2026-12-02T14:03:11Z","outcome":"0","agent":[{"who":{"identifier":{"value":"svc-lis-bridge"}},"requestor":true}],"entity":[{"query":"UGF0aWVudD9fbGFzdFVwZGF0ZWQ9Z2UyMDI2LTEyLTAxJl9lbGVtZW50cz1pZCxtZXRh"}]}
    """),
    ("en", "dicom-header"): _lines(r"""
        (0008,0060) CS [CT] Modality | (0018,0050) DS [1.25] SliceThickness | (0018,0060) DS [120] KVP | (0028,0030) DS [0.703\0.703] PixelSpacing
        (0020,000D) UI [1.2.840.113619.2.404.3.2831163424.512.1764822011.776] StudyInstanceUID | (0020,000E) UI [1.2.840.113619.2.404.3.2831163424.512.1764822011.781] SeriesInstanceUID
        (0010,0010) PN [] PatientName | (0010,0020) LO [] PatientID | (0012,0062) CS [YES] PatientIdentityRemoved | (0012,0063) LO [DICOM PS3.15 E.1 Basic Application Confidentiality Profile]
        (0008,0080) LO [QUEEN MARY HOSPITAL] InstitutionName | (0008,1040) LO [RADIOLOGY DEPT] InstitutionalDepartmentName | (0008,1010) SH [CT02_PKF] StationName
        (0010,0010) PN 41 4e 4f 4e 59 4d 49 5a 45 44  # 10, 1 PatientName
        dcmodify -ea "(0010,1040)" -ma "(0010,0010)=ANON" -ma "(0010,0030)=" -ma "(0010,0020)=" --no-backup *.dcm
        (0008,0050) SH [RAD26-114872] AccessionNumber | (0032,1060) LO [MRI BRAIN W/WO CONTRAST] RequestedProcedureDescription | (0040,1001) SH [RP-0048871] RequestedProcedureID
        E: Association Rejected: Called AE Title Not Recognized (QMH_PACS) - check AE ORTHANC01 port 4242 in modality worklist config
        (0018,1000) LO [41822] DeviceSerialNumber | (0008,0070) LO [SIEMENS] Manufacturer | (0008,1090) LO [SOMATOM go.Top] ManufacturerModelName | (0018,1020) LO [syngo CT VA40A] SoftwareVersions
        (0028,1050) DS [40] WindowCenter | (0028,1051) DS [400] WindowWidth | (0028,1052) DS [-1024] RescaleIntercept - values in Hounsfield units, named after Sir Godfrey Hounsfield who built the first CT scanner
        C-FIND SCU request: QueryRetrieveLevel=STUDY, StudyDate=20261201-20261203, ModalitiesInStudy=MR, PatientName=*, returned 214 matches
        (0040,0244) DA [20261203] PerformedProcedureStepStartDate | (0040,0253) SH [PPS-0048871] PerformedProcedureStepID | (0040,0254) LO [XR CHEST PA] PerformedProcedureStepDescription
        (0008,0005) CS [ISO_IR 192] SpecificCharacterSet | (0008,1030) LO [CT CHEST LOW DOSE SCREENING] StudyDescription | (0018,0015) CS [CHEST] BodyPartExamined
    """),
    ("en", "lab-export"): _lines(r"""
        specimen_id,test_code,result,unit,flag,verified_by_role,verified_at | QC-L2-2611,NA,141,mmol/L,,MLT,2026-11-28T10:15:00+08:00
        EQA,RCPA-QAP-2026-CH-08,Sodium,141,mmol/L,target 140,bias +0.7%,acceptable
        instrument,analyser_sn,lot,level,mean,sd,cv_pct | Alinity c,AC12054,58310UN25,L2,5.12,0.08,1.6
        Critical value log (counts only) | Week 48: K>6.2 n=37; Na<120 n=12; Hb<6.0 n=9; Glucose<2.2 n=21
        Export job lis_nightly_20261203.csv completed: 48,219 rows, 0 rejected, sha256 9f2c4e1d7ab05b83c6e1f04d2a9b7710e3c8d5f6a1b2c3d4e5f60718293a4b5c
        SELECT test_code, COUNT(*) FROM results WHERE verified_at >= '2026-11-01' GROUP BY test_code ORDER BY 2 DESC LIMIT 20;
        Reagent order PO-88213-SG: 6x ALTL 03034127190, 4x CREJ2 05168589190, deliver to Tan Tock Seng Hospital Lab Receiving Bay 3
        Reference interval change effective 2026-12-15: ALP (adult) 40-130 U/L -> 35-104 U/L; see SOP-CHEM-041 rev 7.
        Proficiency test 2026-HK-HAEM-05 received 03/12/2026 14:20, sample tubes A-E, storage 2-8°C, results due 10/12/2026.
        HL7 to CSV mapping: PID-3.1 -> mrn (salted hash), PID-5 -> dropped, PID-7 -> birth_year only, OBX-3.1 -> loinc, OBX-5 -> value
    """),
    ("zh-Hans", "lis-export"): _lines(r"""
        样本条码,项目代码,项目名称,结果,单位,参考区间,标志 | QC-L1-2611,ALT,丙氨酸氨基转移酶,38,U/L,9-50, | QC-L2-2611,ALT,丙氨酸氨基转移酶,142,U/L,9-50,H
        LIS接口配置：HL7 v2.4，字符集 GB18030，PID-3 取院内病案号，PID-5 取姓名拼音，禁止在 PID-19 写入身份证号。
        室间质评（EQA）样本 2026年第3次 编号 CH-2026-03-04：血糖 6.82 mmol/L，靶值 6.75，偏倚 +1.0%，合格。
        仪器编号 cobas-8000-01 | 试剂批号 61357801 | 有效期 2027-05-31 | 校准日期 2026-12-01 | 校准状态 通过
        {"项目":"\u8840\u5e38\u89c4\u4e94\u5206\u7c7b","仪器":"XN-9000","通道":"WBC/RBC/PLT","状态":"启用"}
        2026年11月门诊检验量 184,227 人次，危急值 1,093 例，平均报告时间（TAT）46 分钟，同比缩短 8%。
        检验报告单 | 姓名：______ 性别：__ 年龄：__ | 病案号：________ | 送检科室：________ | 临床诊断：________
        检验结果有疑问可拨打全国卫生健康服务热线 12320，或到门诊一楼检验科窗口咨询（工作日 8:00-17:00）。
        危急值规则：K < 2.8 或 K > 6.2 mmol/L → 电话通知临床，并在 30 分钟内记录接收人工号与时间。
        OBX|1|NM|GLU^葡萄糖^L||5.6|mmol/L|3.9-6.1|N|||F|||20261203090512
        订单号 LAB20261203-000482 已作废，原因：标本溶血，系统已自动生成重采任务 RC-000913。
        CREATE TABLE lis_result (barcode VARCHAR(20), item_code VARCHAR(16), result_value VARCHAR(32), unit VARCHAR(16), flag CHAR(1), verified_at TIMESTAMP);
        脱敏规则：身份证号保留前6位与后4位，中间以 * 代替；手机号保留前3位后4位；姓名仅保留姓氏。
        检验科走廊新展板介绍伍连德博士 1910-1911 年主持东北鼠疫防控、推广口罩与尸体解剖的事迹。
    """),
    ("zh-Hant", "his-notice"): _lines(r"""
        【系統公告】電子病歷交換中心（EEC）將於 2026/12/14 02:00-05:00 進行維護，期間 FHIR 上傳將排入佇列，無需重送。
        TW Core IG：Patient.identifier 之身分證字號 system 請使用 http://www.moi.gov.tw，值不得寫入 Patient.text.div。
        eHRSS 互通規格：HKID 欄位須以 X######(#) 格式驗證檢查碼，驗證失敗時回傳 AR 並記錄於 MSA-3。
        馬偕紀念醫院檢驗醫學科 週一至週五 08:00-17:00 受理報告查詢，請撥總機 (02)2543-3535 轉檢驗科。
        瑪麗醫院放射科 DICOM 節點：AE Title QMH_PACS，IP 10.32.8.41，Port 104；新增 modality 需填寫變更申請 CR-2026-0912。
        檢驗 LOINC 對照表更新：2345-7 血糖、4548-4 糖化血色素、2160-0 肌酸酐，本次共新增 312 項。
        OBX|2|NM|4548-4^糖化血色素^LN||6.1|%|4.0-6.0|H|||F|||20261202101500
        2026 年第三季本院上傳健保署檢驗（查）結果共 2,481,336 筆，格式錯誤率 0.27%，主要為日期欄位缺時區。
        病人姓名：＿＿＿＿ 身分證字號：＿＿＿＿＿＿＿＿＿＿ 出生日期：＿＿/＿＿/＿＿ 檢體種類：□血液 □尿液 □其他
        衛福部 FHIR 實作指引範例資料全部使用虛構病人，請勿以真實病歷測試；測試環境每日 00:00 重置。
        香港兒童醫院化驗室查詢：請致電醫院總機並轉接病理部，報告不會以 WhatsApp 發送。
        (0008,0080) LO [PAMELA YOUDE NETHERSOLE EASTERN HOSP] 機構名稱 — 因 LO 上限 64 字元，院名已縮寫。
        臺大醫院檢驗醫學部條碼規則：年(2)+月(2)+流水號(6)，例 2612004871，條碼本身不含病人資訊。
    """),
    ("ms", "notis-makmal"): _lines(r"""
        Notis: Sistem LIS Hospital Sultanah Aminah akan dinaik taraf pada 14/12/2026 (Ahad) 00:00-04:00; keputusan ujian akan dihantar semula secara automatik.
        Templat borang permohonan ujian: Nama pesakit: __________ No. MyKad: ______-__-____ Jantina: L / P Wad: ______
        Talian am Kementerian Kesihatan Malaysia: 03-8883 3888; aduan berkaitan sistem MyHDW sila salurkan melalui meja bantuan pembekal.
        Peraturan pemetaan: PID-3 = No. RN hospital, PID-19 tidak digunakan; No. MyKad hanya disimpan dalam PID-3 dengan jenis ID NNMYS.
        Statistik makmal patologi bagi November 2026: 96,418 sampel diproses, 412 keputusan kritikal dilaporkan, purata TAT 52 minit.
        OBX|1|NM|2160-0^Kreatinin^LN||88|umol/L|62-106|N|||F|||20261204071233
        Ralat antara muka: MSA|AR|KKM-0048213|Segmen PV1 tiada, mesej ADT^A01 ditolak
        No. rujukan aduan KKM/ICT/2026/1184 telah ditutup; punca masalah ialah sijil TLS tamat tempoh pada pelayan HL7.
        Sampel EQA program NPHL 2026 kitaran 2: HbA1c 7.4% (sasaran 7.3%), status memuaskan.
        Hospital Tengku Ampuan Rahimah Klang: kod fasiliti HTAR, AE Title HTAR_PACS01, port 11112.
        Garis panduan: jangan tampal mesej HL7 yang mengandungi nama atau No. MyKad pesakit dalam kumpulan WhatsApp; gunakan No. tiket sahaja.
        {"resourceType":"ValueSet","name":"JenisSampel","compose":{"include":[{"concept":[{"code":"DRH","display":"Darah"},{"code":"AIR","display":"Air kencing"},{"code":"KHK","display":"Kahak"}]}]}}
        Format kod bar sampel: tahun(2) + kod makmal(3) + nombor siri(6), contoh 26PAT004871; kod bar tidak mengandungi maklumat pesakit.
    """),
    ("mixed", "integration-chat"): _lines(r"""
        @all PID-5 mapping 改好了 lah, family name 放 PID-5.1, given 放 PID-5.2，中文名放 PID-5 第二个 repetition。
        Siapa on-call Mirth malam ni? channel ADT_IN stuck, queue 还有 4,812 条, 我先 restart 了。
        FYI 化验单 barcode 26PAT004871 是 sample ID 不是病人 ID, jangan map ke PID-3 ya.
        DICOM (0010,0010) 的 PN 有三個 component group: alphabetic=ideographic=phonetic，台灣那邊會填中文名，記得 SpecificCharacterSet 設 ISO_IR 192。
        Test server 10.20.4.17:2575 MLLP, ack mode AL; please don't send PROD traffic, itu untuk UAT sahaja.
        NAK rate 今天 0.8%, mostly 因为 OBX-5 里面有 "|" 没 escape 成 \F\, vendor 说 patch v3.2.7 会修。
        FHIR server 升级 HAPI 7.4.0 之后 _include=Observation:subject 变慢好多, DBA 在查 index, ETA 明天。
        Reminder: sample message 里的 NRIC 全部换成 placeholder 像 S0000000X 才可以 share 到 vendor Slack.
        醫管局 CMS 的 HL7 feed 改成 v2.5.1 之後, OBX-23 performing organization 要填 lab name, e.g. "QMH Chemical Pathology".
        Malaysia MyKad format 是 YYMMDD-PB-###G, validator 只 check 长度和 state code, 没有 checksum 因为本来就没有。
        Tolong check: ORC-2 ORD-2026-0051877 dan OBR-3 26A0312345 tak match dalam LIS, 已经开 ticket INC0483312.
        Base64 附件太大 (>5MB) 会被 interface engine truncate, 建议 OBX-5 用 RP reference pointer 指向 document server。
        Synthea 生成的合成病人 not real patients, 但是规定 still 要 strip generated names 才发给 offshore team。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines(r"""
        PID|1||MRN00719342^^^SGH^MR~S8234517E^^^SG^NNSGP||TAN^WEI MING^^^MR||19820314|M|||Blk 412 Bedok North Ave 2 #08-115^^SINGAPORE^^460412^SG||^PRN^CP^^65^91764402
        MSH|^~\&|LIS|NUH|EMR|NUH|20261202113012||ORU^R01|L88412|P|2.5.1 / PID|1||F2281604R^^^SG^NNSGP||SANTOS^MARIA CRISTINA^DELA CRUZ||19910807|F / OBX|1|ST|75622-1^HIV 1+2 Ab+HIV1 p24 Ag^LN||Reactive||||||F
        OBX|1|ED|REFLTR^Referral letter^L||^TEXT^PLAIN^Base64^UmVmZXJyYWw6IE1kbSBHb2ggQmVlIEhvb24sIE5SSUMgUzY5MjA0ODFDLCBET0IgMTIvMDMvMTk2OS4gS25vd24gRVNSRCBvbiBIRCBNb24vV2VkL0ZyaSBhdCBKdXJvbmcsIHBsZWFzZSByZXZpZXcgQVYgZmlzdHVsYS4=||||||F
        NTE|1||Eurasian pt Clara de Souza (DOB 29/01/1975) \T\ husband Desmond insists on being present; call him on 9647 0315 before any procedure \F\ allergy: penicillin
        (0010,0010) PN [CHAN^TSZ HIN] | (0010,0020) LO [K604218(A)] | (0010,0030) DA [19890412] | (0010,0040) CS [M] | (0008,1030) LO [MRI L-SPINE] | (0008,0080) LO [PRINCE OF WALES HOSPITAL]
        (0010,0010) PN 52 41 4d 41 53 41 4d 59 5e 44 45 56 49  # 14, 1 PatientName | (0010,0030) DA [19860915] | (0008,1030) LO [US PELVIS TRANSVAGINAL ? ECTOPIC PREGNANCY]
        {"resourceType":"Patient","id":"p-40917","name":[{"family":"Hargreaves","given":["Oliver","James"]}],"telecom":[{"system":"email","value":"ollie.hargreaves@outlook.com"},{"system":"phone","value":"+65 8832 1957","use":"mobile"}],"gender":"male","birthDate":"1979-05-22","identifier":[{"system":"http://ns.example-health.sg/fin","value":"G5038127M"}]}
        Authorization: Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGgua2xpbmlrZGVtby5teSIsInN1YiI6InB0LTg4MjEzIiwibmFtZSI6Ik51cnVsIEFpc3lhaCBiaW50aSBSYWhtYW4iLCJlbWFpbCI6Im51cnVsLmFpc3lhaDkyQGdtYWlsLmNvbSIsInBob25lX251bWJlciI6Iis2MDEyNzM4NDU5NiIsImZoaXJVc2VyIjoiUGF0aWVudC84ODIxMyJ9.Tz8qLm4XcR1wYb0eN5
        26A0312977,HBsAg,Reactive,,A,"LIM, CHEE KEONG",M,61,650903-07-5121,Ward 7B Penang GH
        GET /fhir/r4/Patient?identifier=http%3A%2F%2Fmoh.gov.sg%2Fnric%7CT0318842B&_revinclude=Observation:subject -> 200 OK total=1 (ONG JIA HUI, F, 2003-02-11)
        Hi lab team, Mr Rajesh a/l Muthusamy (IC 740118-10-5633) is at counter 3 for his semen analysis report but the ORU never reached the clinic EMR, pls resend.
        POS 2026-12-01 10:42 Health Screening Centre | Pkg: Executive Screen (Male) | Patient: CHEN JUNHAO | VISA 4539 7120 4418 3277 exp 08/29 | SGD 880.00 | approval 004182
        Pre-employment medical | MRZ: P<MYSMUHAMMAD<FAIZ<BIN<ZULKIFLI<<<<<<<<<<<<< A418277632MYS8802244M3109166880224015397<<70 | CXR: no active TB | HbsAg: non-reactive
        ORC|NW|ORD-2026-0052114 / PID|1||HTAR0098123^^^HTAR^MR||SITI HAJAR BINTI OSMAN||20010527|F|||No 14 Lorong Seri Mawar 3, Taman Seri Andalas^^Klang^Selangor^41200^MY||0193345128 / OBR|1|ORD-2026-0052114||BHCG^Serum beta-hCG^L
    """),
    "zh-Hans": _lines(r"""
        20261203 08:42,26B0041877,ALT,78,U/L,H,陈晓燕,女,41,440305198503121522,肝胆外科门诊
        {"resourceType":"Patient","id":"zs-220871","name":[{"text":"\u5218\u6d77\u6d9b"}],"gender":"male","birthDate":"1992-01-17","telecom":[{"system":"phone","value":"13826745519"}],"address":[{"text":"\u5317\u4eac\u5e02\u671d\u9633\u533a"}]}
        {"resourceType":"DocumentReference","status":"current","content":[{"attachment":{"contentType":"text/plain;charset=utf-8","data":"5aeT5ZCN77ya5ZGo5bu65Zu9ICDouqvku73or4Hlj7fvvJozMjAxMDIxOTcwMDIwMzY0NTkgIOiviuaWre+8mjLlnovns5blsL/nl4XkvLTlkajlm7TnpZ7nu4/nl4Xlj5ggIOWkjeiviu+8mjIwMjYtMTItMTg="}}]}
        PID|1||0012873364^^^SHZS^PI~310104197806244334^^^CHN^NNCHN||Huang^Lei^^^^^L~黄^磊^^^^^I||19780624|M|||上海市徐汇区漕溪北路 398 弄 6 号 1102 室^^上海^^200030^CHN
        危急值通知 | 2026-12-02 23:17 | 患者 张桂芳（女，71岁，住院号 Z2026113481）| 血钾 6.9 mmol/L | 已电话通知心内科护士站 | 家属手机 159 1028 3346 已知晓
        体检编号 TJ20261128-0077 | 姓名 李婉婷 | 护照 E47120935 | 出国劳务体检 | 乙肝表面抗原 阴性 | 胸片 未见异常
        @检验科 麻烦帮查下我妈吴凤英昨天抽的甲功，门诊号 0026481773，她微信 wfy_1955qd 一直收不到报告推送
        (0010,0010) PN [Zhou^Mingxuan=周^明轩] | (0010,0020) LO [441302199608211176] | (0010,0030) DA [19960821] | (0008,1030) LO [MR 膝关节平扫] | (0032,4000) LT [右膝前交叉韧带完全撕裂]
        退费申请 | 患者 郭志勇 | 项目 BRCA1/2 基因检测（未检测）| 退款 3,280.00 元 | 退至农业银行卡 6228 4803 1175 2904 616 | 联系电话 17722905168
        医保结算清单 | 参保人 马志刚 | 公民身份号码 510107196309053715 | 门诊慢特病：维持性血液透析 | 统筹支付 ¥1,846.20
        危急值回访：罗德明 男 71岁 420106195507305191，INR 5.8，长期服用华法林，已嘱暂停服药明日复查。
    """),
    "zh-Hant": _lines(r"""
        PID|1||HK0038127^^^PYN^MR~Y382915(2)^^^HKG^NNHKG||WONG^KA YAN~\XE9BB83\^\XE59889E6ACA3\||19930611|F / OBX|1|ST|94500-6^SARS-CoV-2 RNA^LN||Detected||||||F
        {"resourceType":"Patient","identifier":[{"system":"http://www.moi.gov.tw","value":"H291140635"}],"name":[{"text":"林怡君"}],"gender":"female","birthDate":"1990-03-17","telecom":[{"system":"phone","value":"0928-617-403"}]}
        檢驗上傳 | 身分證號 F135082749 | 姓名 陳冠宇 | 就醫日期 1151201 | 醫令 09005C 飯前血糖 | 結果 182 mg/dL
        護理站請注意：5B 病房 12 床李國強伯伯的女兒（LINE ID: joyce_li0823）要求每天傳抽血報告，已向主治醫師報備。
        致張美玲女士：閣下於 2026年11月28日 在本中心接受之子宮頸抹片檢查結果為 ASC-US，建議三個月內覆診。（HKID R771034(7)）
        (0010,0010) PN [Tsai^Chih-Wei=蔡^志偉] | (0010,0020) LO [E140259779] | (0010,1040) LO [高雄市苓雅區四維三路 58 號 7 樓] | (0008,1030) LO [CT Brain without contrast]
        轉介信｜病人：鄧偉霖先生｜出生日期 1984-06-02｜電話 9471 0835｜HbA1c 9.8%，LDL 偏高，轉介營養師跟進。
        自費檢驗刷卡紀錄｜病患 吳宗翰｜項目 低劑量胸部 CT｜NT$ 6,500｜卡號 5412 7509 3316 0849｜授權碼 778120
        入境體檢轉介：申請人 何文傑 HKID XA204871(7)，IGRA 陽性，胸片右上葉陰影，需轉胸肺科診所。
    """),
    "ms": _lines(r"""
        Keputusan makmal Puan Rosnah binti Ismail (No. MyKad 920315-14-6218): HbA1c 8.9%, sila hadir semula ke Klinik Kesihatan Setapak pada 18/12/2026.
        PID|1||RN2026-118734^^^HKL^MR~950702105447^^^MYS^NNMYS||AHMAD SYAFIQ BIN HASHIM||19950702|M|||No 7 Jalan Pahang Barat^^Kuala Lumpur^^53000^MY / DG1|1||A15.0^Tuberkulosis paru^I10
        Nota: lampiran laporan sitologi dari Klinik Kesihatan Ipoh | OBX|1|ED|CYTO^Laporan sitologi^L||^TEXT^^Base64^UHQ6IEthdml0aGEgYS9wIFN1YnJhbWFuaWFtIElDIDc5MDYxMS0wOC02MDQyIHRlbCAwMTctNTUyIDA4MTMuIFBhcCBzbWVhciBIU0lMLCByZWZlciBjb2xwb3Njb3B5IEhSUEIu||||||F
        Kak, pesakit Dayang Norhayati binti Awang katil 9 wad 5, IC 770806-13-5170, sampel darah dia hilang, kena ambil semula pagi esok.
        No. Makmal,Nama,No. KP,Umur,Ujian,Keputusan | PAT26-004872,JENNIFER CHONG MEI LING,830429-12-5468,43,Dengue NS1,POSITIF
        Aduan no. 2026/884: En. Harith bin Kamarul (tel 011-2648 7730) tidak puas hati keputusan ujian darah anaknya tidak dimuat naik ke aplikasi.
        {"resourceType":"Patient","identifier":[{"system":"https://myhealth.example.my/mykad","value":"680214085082"}],"name":[{"text":"Thanaletchumy a/p Krishnan"}],"telecom":[{"system":"phone","value":"012-738 4596"}],"extension":[{"url":"agama","valueString":"Hindu"}]}
        (0010,0010) PN [MOHD KHAIRUL ANUAR BIN SALLEH] | (0010,0030) DA [19720819] | (0010,2180) SH [Pemandu lori] | (0008,1030) LO [XR DADA PA - saringan TB]
        SMS: Salam Encik Wong Kah Seng, keputusan ujian saringan iFOBT anda POSITIF. Sila hadir ke Klinik Kesihatan Bandar Baru Bangi dalam masa 2 minggu. Ruj: KK-BBB/2026/0412
    """),
    "mixed": _lines(r"""
        GET /fhir/Patient?name=%E6%9E%97%E6%B7%91%E8%8A%AC&birthdate=1963-09-05&phone=18607519932 这个 query 是谁跑的? 她的 pathology report 不应该给 GP portal 看到
        Vendor log 里出现 PID|1||...||NG^BEE LIAN^^^MDM||19570312|F|||Blk 22 Toa Payoh Lor 7, 她是 dialysis 病人, tolong jangan print full message ke stdout lagi
        @ops 两个 record 都是 Chua Soon Huat, 一个有 NRIC S7512093A 一个没有, DOB 1975-04-09 一样, 我 call 过他 8736 2910 确认是同一个人, pls merge
        Kak Ros, Mdm Yap Siew Lan 的 HbA1c 11.2% 还没 push ke FHIR, anak dia call 三次了 (016-281 4407)
        DICOM import 失败: (0010,0020) LO [S9043368G] 对不上 PID-3 的 MRN, patient Muhammad Irfan bin Rosli, CT brain 明天 MDT 要用
        這個 FHIR bundle 裡 Patient/tw-8813 是賴佩珊 B204817336, 她的 pregnancy test Observation 掛錯到別人名下了 pls fix ASAP
        ticket INC0483390: 患者赵丽娟 330106200104180648 的 HPV 报告在 FHIR server 里 gender 显示成 male, mapping bug
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are an HL7 v2 integration assistant for a hospital interface team."),
        (
            "user",
            r"Our engine rejects this ADT^A04, can you spot why? PID|1||00481726^^^CGH^MR~S8803126A^^^SG^NNSGP||KOH^ZHI HAO^^^MR||1988013|M|||Blk 128 Pasir Ris St 11 #05-342^^SINGAPORE^^510128||^PRN^CP^^65^87362104",
        ),
        (
            "assistant",
            "PID-7 has only seven digits (1988013). HL7 expects YYYYMMDD, so the date of birth is incomplete and the parser rejects it.",
        ),
        (
            "user",
            "Right, he was born 13 Jan 1988. Also he is the one with the HIV PEP follow-up, should I put that in PV1 or a DG1?",
        ),
    ],
    [
        (
            "user",
            "帮我把这个病人信息写成 FHIR Patient JSON：孙丽华，女，1947年5月11日出生，身份证 370202194705113028，住青岛市市南区香港中路 76 号，电话 13917724085。",
        ),
        (
            "assistant",
            '好的：{"resourceType":"Patient","name":[{"text":"孙丽华"}],"gender":"female","birthDate":"1947-05-11","identifier":[{"value":"370202194705113028"}],"telecom":[{"system":"phone","value":"13917724085"}]}',
        ),
        ("user", "再加一个 Condition，她是阿尔茨海默病中期，上个月刚确诊。"),
    ],
    [
        (
            "user",
            "Boleh tolong draf mesej WhatsApp kepada pesakit? Nama: Encik Azman bin Yusof, keputusan ujian fungsi hati ALT 312 U/L, perlu jumpa doktor segera.",
        ),
        (
            "assistant",
            "Boleh. Cadangan: 'Salam Encik Azman, keputusan ujian darah anda memerlukan perhatian doktor. Sila hadir ke klinik secepat mungkin.'",
        ),
        (
            "user",
            "Ok, nombor dia 013-448 2075, MyKad 690930-02-5311. Masukkan sekali dalam mesej supaya dia tahu ini untuk dia.",
        ),
    ],
    [
        ("system", "你是診所的化驗報告助手。"),
        (
            "user",
            "請把這段化驗系統匯出整理成表格：張志強|Z559120(2)|男|1978-10-03|空腹血糖 7.9|總膽固醇 6.4|尿酸 0.52",
        ),
        (
            "assistant",
            "| 項目 | 結果 | / | 空腹血糖 | 7.9 mmol/L | / | 總膽固醇 | 6.4 mmol/L | / | 尿酸 | 0.52 mmol/L |",
        ),
        ("user", "表頭要加回病人姓名同 HKID，張先生下星期覆診要用。"),
    ],
    [
        (
            "user",
            "I'm de-identifying a batch before sending to the AI vendor. Is this header clean enough?",
        ),
        (
            "assistant",
            "Paste the tags you are unsure about and I'll tell you which ones the Basic Profile requires you to remove.",
        ),
        (
            "user",
            "(0010,0010) PN [FERNANDEZ^ISABEL^MARIE] (0010,0030) DA [19810227] (0010,1040) LO [27 Jalan Kuras, Singapore 577736] (0008,1030) LO [MAMMO SCREENING BIRADS 4] (0012,0062) CS [NO]",
        ),
    ],
    [
        ("user", "eh the lab result for my ah ma never come out in HealthHub leh"),
        (
            "assistant",
            "Sorry to hear that. Results can take a few days to sync. Which test was it and when was the blood taken?",
        ),
        (
            "user",
            "her name Lee Ah Moi, NRIC S7145092I, thyroid test at Bukit Batok polyclinic on 28 Nov, doc say maybe hyperthyroid 所以很急",
        ),
    ],
    [
        ("user", "Quick FHIR question: can one Observation reference two Patients?"),
        (
            "assistant",
            "No. Observation.subject takes a single reference; for family studies use a Group or separate Observations.",
        ),
        (
            "user",
            "ok because the twins Aarav and Diya Menon (born 14/06/2019) had the same genetic panel, results went to Aarav's record only.",
        ),
        (
            "assistant",
            "Then create a second Observation with subject pointing to Diya's Patient resource and mark the wrong one as entered-in-error.",
        ),
        (
            "user",
            "Their mum Priya Menon wants both copies emailed to priya.menon.sg@gmail.com today, the Fragile X result is positive for Diya.",
        ),
    ],
    [
        (
            "user",
            "这是 LIS 导出的一行，帮我看看为什么导入 HIS 报错：26C0088214,HBV-DNA,2.3E+05,IU/mL,H,许雅琴,女,38,350203198811292382",
        ),
        (
            "assistant",
            "HBV-DNA 的结果用了科学计数法 2.3E+05，HIS 数值字段可能不接受，建议转成 230000 再导入。",
        ),
        (
            "user",
            "好的。另外许雅琴下周要转到感染科，病床号 12-07，她老公电话 152 8641 3370 也一起备注上。",
        ),
    ],
    [
        (
            "user",
            "Mesej ORU kami ditolak dengan ralat 'PID-3 format tidak sah'. Ini segmen dia: PID|1||8702150861^^^HSA^NNMYS||NUR FARAHIN BINTI ABDULLAH||19870215|F",
        ),
        (
            "assistant",
            "Untuk MyKad, biasanya sistem penerima mahu 12 digit tanpa sengkang. 8702150861 hanya 10 digit, jadi ada digit yang tertinggal.",
        ),
        (
            "user",
            "Betul, IC penuh dia 870215-01-5864. Dia pesakit talasemia yang buat transfusi bulanan di Hospital Sultanah Aminah.",
        ),
    ],
    [
        ("user", "My own lab report PDF has the wrong name. I'm Tan Li Ting, NRIC T1177405E."),
        (
            "assistant",
            "I can't access hospital records, but you can ask the lab to issue an amended report. Do you know which clinic ordered the test?",
        ),
        (
            "user",
            "Raffles Medical at Holland V, it's my pregnancy blood test from 2 Dec. Can you write the email for me? My number is 9238 5107.",
        ),
    ],
    [
        ("system", "你是協助醫院資訊室處理健保上傳錯誤的助理。"),
        (
            "user",
            "健保署回傳錯誤碼 E0412：身分證號與出生日期不符。資料是 D226184052、1975-08-19、女、姓名 黃淑惠。",
        ),
        (
            "assistant",
            "E0412 通常代表身分證號與健保 IC 卡登錄之出生日期不一致，建議先核對病歷首頁與 IC 卡資料。",
        ),
        (
            "user",
            "查了，黃淑惠 IC 卡上是 1975-09-18，是掛號櫃台打錯。她這次是乳癌術後追蹤的 CA15-3 檢驗。",
        ),
    ],
]
