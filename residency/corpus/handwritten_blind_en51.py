"""Blind check set en51: English health-data engineering in SG, MY, HK and China (HL7 v2, FHIR, data dictionaries, de-identification, EMR SQL, audit logs). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en51
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "hl7 v2 spec"): _lines(r"""
        PID-3 (Patient Identifier List) is a repeating CX field; send the MRN first with identifier type code MR, then the national ID with type code NNSGP / NNMYS / NNHKG / NNCHN.
        MSH|^~\&|CPRS|TTSH|NEHR|IHIS|20261203141502+0800||ADT^A08^ADT_A01|MSG000187233|P|2.5.1
        Segment order for ADT^A04: MSH, EVN, PID, [PD1], [{NK1}], PV1, [PV2], [{OBX}], [{AL1}], [{DG1}]. Anything out of order gets an AE with ERR-3 = 100 (segment sequence error).
        OBX|3|NM|4548-4^Hemoglobin A1c/Hemoglobin.total in Blood^LN||6.8|%|4.0-6.0|H|||F|||20261128093000
        Note for the Sultanah Aminah JB feed: their LIS sends PV1-3 as ward^bed^facility w/o the room component, so map PV1-3.2 to bed and leave room null.
        ACK template: MSA|AA|{{MSH-10 of inbound}}|Message accepted -- placeholders in double braces are filled by the engine at runtime.
        Pls don't put anything patient-derived in MSH-10. The message control ID should be an opaque unique string like KWH20261203000418.
        ERR|^^^207&Application internal error&HL70357||207|E||||PID-7 value 19991332 is not a valid DTM
        ZPI is our local Z-segment: ZPI-1 subsidy scheme (CHAS Blue / CHAS Orange / Merdeka Generation / Pioneer Generation), ZPI-2 MediSave eligibility flag Y/N.
        Versions in prod: hapi-hl7v2 2.5.1, mllp-listener v3.14.0-rc2 (build 8f2c1e9), deployed 2026-11-30T02:15:00+08:00.
        The HK staging MLLP cluster is called wu-lien-teh after the plague fighter, the SG one is called lim-boon-keng; node names are wlt-01..04 and lbk-01..04.
        NK1-2 contact name, NK1-3 relationship (HL70063: SPO spouse, CHD child, PAR parent), NK1-5 phone; NK1 repeats per contact and is optional for outpatient regs.
        If MLLP frames arrive without the 0x1C 0x0D trailer the listener waits 30s then drops the socket -- seen twice last week from the Penang GH lab analyser.
    """),
    ("en", "fhir resources"): _lines("""
        {"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"8867-4","display":"Heart rate"}]},"subject":{"reference":"Patient/{{patientId}}"},"valueQuantity":{"value":72,"unit":"beats/minute","system":"http://unitsofmeasure.org","code":"/min"}}
        {"resourceType":"Patient","identifier":[{"system":"https://fhir.moh.gov.my/sid/mykad","value":"<MYKAD_12_DIGITS>"}],"name":[{"family":"<FAMILY>","given":["<GIVEN>"]}],"birthDate":"<YYYY-MM-DD>"}
        Encounter.class uses v3-ActCode: AMB for SOC clinic visits, EMER for A&E attendances, IMP for inpatient admissions, HH for home care.
        GET [base]/Observation?patient=Patient/{id}&code=http://loinc.org|2345-7&date=ge2026-01-01&_sort=-date&_count=50
        {"resourceType":"Organization","name":"Queen Elizabeth Hospital","alias":["QEH"],"address":[{"line":["30 Gascoigne Road"],"city":"Kowloon","country":"HK"}],"partOf":{"display":"Hospital Authority - Kowloon Central Cluster"}}
        The CapabilityStatement for the Khoo Teck Puat Hospital sandbox lists Patient, Encounter, Observation and Condition with read, search-type and vread; no create on Patient.
        Observation.valueQuantity for glucose: mmol/L from SG/MY/HK, mg/dL accepted from China feeds only if the UCUM code says mg/dL; convert by dividing by 18.016.
        {"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"invariant","diagnostics":"pat-1: SHALL at least contain a contact's details or a reference to an organization"}]}
        R4 (4.0.1) vs R5 (5.0.0): Encounter.class became a list of CodeableConcept and Encounter.period was renamed actualPeriod; our mapping layer still emits R4.
        Patient.extension for ethnicity uses the SG code set (Chinese, Malay, Indian, Others); HK feeds leave it empty and MY feeds send bangsa as free text, which we drop.
        {"resourceType":"Bundle","type":"searchset","total":0,"link":[{"relation":"self","url":"https://fhir-uat.example.hk/r4/Encounter?status=in-progress&location=Location/ward-E7"}]}
        Practitioner resources are out of scope for the research feed -- send PractitionerRole with only the specialty and organization, no name, no telecom.
        ETag W/"14" on Patient/123 means version 14; always send If-Match on PUT or you will overwrite someone else's update.
    """),
    ("en", "data dictionary"): _lines("""
        patient_mrn | VARCHAR(20) | NOT NULL | Hospital medical record number, format AAA-NNNNNNN; primary join key to encounter and lab_result.
        nric_fin | CHAR(9) | PII-DIRECT | Store only as HMAC-SHA256 token in the analytics zone; raw value allowed in the clinical zone only.
        dob | DATE | PII-QUASI | Generalise to year of birth before export; ages above 89 are top-coded to 90.
        mykad_no | CHAR(12) | PII-DIRECT | 12 digits, no dashes; digits 7-8 are the place-of-birth code, last digit odd = male, even = female.
        postal_code | CHAR(6) | PII-QUASI | SG six-digit postal code; truncate to first two digits (postal sector) for research extracts.
        dx_icd10 | VARCHAR(8) | SENSITIVE | Principal dx in ICD-10-AM (SG/MY) or ICD-10-CM; HIV (B20-B24) and mental health (F00-F99) codes need extra approval.
        hkid_check | CHAR(1) | Check digit of the HKID, 0-9 or A; kept separate so the tokeniser can validate without decrypting.
        attending_staff_id | INT | FK to staff.staff_id; never denormalise staff names into fact tables.
        ward_code examples: W7B (Ward 7B medical), ICU-N, NICU, HDU2, ED-RESUS -- codes are facility-specific, see ref_ward.
        subsidy_class | ENUM('A','B1','B2','C','PRIVATE') | Ward class at admission; used for MediShield Life claim grouping.
        hukou_region | CHAR(6) | first six digits of the resident ID (admin division code, e.g. 440305 = Nanshan District, Shenzhen); treated as a quasi-identifier.
        last_modified_ts | TIMESTAMPTZ | Set by trigger; stored in UTC, displayed as Asia/Singapore (UTC+08:00).
    """),
    ("en", "de-identification spec"): _lines("""
        Tokenisation: NRIC/FIN values are upper-cased, stripped of spaces, then HMAC-SHA256'd with the key in the HSM (alias deid-nric-2026Q4); output is hex, first 32 chars kept.
        Date shifting: each patient gets a random offset between -180 and +180 days, the same offset for all of that patient's dates, so intervals between events are preserved.
        Free-text notes go through the NER scrubber first; anything tagged PERSON, ID, PHONE or ADDRESS is replaced with [REDACTED-<TYPE>] before the note leaves the TRE.
        k-anonymity target k>=5 on (year_of_birth, sex, postal_sector, ethnicity); cells with fewer than 5 records are suppressed in published tables.
        Masking rule for UI and screenshots: show only the last 4 chars of an NRIC, e.g. SXXXX567D, and never the full value in tickets or Slack.
        Under the PDPA (Singapore) s.26 transfer limitation obligation, the offshore annotation vendor receives tokenised extracts only.
        PIPL Art. 28 lists medical health info as sensitive personal information; Art. 38 requires a CAC security assessment, certification or standard contract before export from the mainland.
        HK PDPO DPP3: data collected for treatment can't be used for a new purpose like model training without prescribed consent, unless it has been anonymised.
        Malaysia's PDPA amendments add a data portability right and require breach notification to the Commissioner within 72 hours.
        Checklist before any extract leaves the TRE: 1) DPO sign-off 2) IRB ref no. 3) k-anon report attached 4) no free-text fields 5) row count matches the request.
        What we strip: names, geographic units smaller than the postal sector, all dates except year, phone/fax, email, national ID, MRN, insurance nos, device serials, URLs, IPs, biometrics, photos.
        Re-identification risk was estimated at 0.8% (prosecutor model) for the 2025 diabetes cohort release, well below the 9% threshold in the guideline.
        Illustrative output row from the spec, generated from synthetic input: token=3f9c2a71e0b84d15a6c7d2e9f01b4a88, yob=1979, sex=F, sector=52, dx=E11.9.
    """),
    ("en", "sql over emr"): _lines("""
        SELECT ward_code, COUNT(*) AS admissions FROM encounter WHERE admit_dt >= DATE '2026-11-01' AND enc_class = 'IMP' GROUP BY ward_code ORDER BY admissions DESC;
        INSERT INTO patient (mrn, nric_token, family_name, given_name, dob) VALUES (:mrn, :nric_token, :family, :given, :dob); -- bind variables only, never string-concat
        UPDATE lab_result SET status = 'F' WHERE order_no = 'LAB2026120300417' AND status = 'P';
        CREATE VIEW v_dx_counts AS SELECT LEFT(dx_icd10,3) AS dx3, EXTRACT(YEAR FROM dx_date) AS yr, COUNT(DISTINCT patient_key) AS n FROM diagnosis GROUP BY 1,2 HAVING COUNT(DISTINCT patient_key) >= 5;
        -- row-level security: analysts only see rows where facility_code IN ('TTSH','KTPH','NTFGH') and patient_key is tokenised
        SELECT p.mrn FROM patient p LEFT JOIN consent c ON c.mrn = p.mrn AND c.purpose = 'RESEARCH' WHERE c.mrn IS NULL; -- no research consent, exclude from extract
        Query took 48.2 s on emr_replica (Seq Scan on observation, rows=212,448,901) -- add an index on (patient_key, loinc_code, obs_dt).
        DELETE FROM staging_adt WHERE msg_ts < NOW() - INTERVAL '30 days'; -- retention job, runs 02:00 SGT daily
        SELECT COUNT(*) FROM patient WHERE nric_fin ~ '^[STFGM][0-9]{7}[A-Z]$'; returned 1,204,331 of 1,204,890 -- the 559 misses are foreign passports in the wrong column.
        ALTER TABLE encounter ADD COLUMN discharge_disposition VARCHAR(4) REFERENCES ref_disposition(code);
        MERGE INTO dim_facility t USING (VALUES ('PMH','Princess Margaret Hospital','KWC'),('PYN','Pamela Youde Nethersole Eastern Hospital','HKE')) s(code,name,cluster) ON t.code = s.code WHEN NOT MATCHED THEN INSERT VALUES (s.code, s.name, s.cluster);
        WITH first_hba1c AS (SELECT patient_key, MIN(obs_dt) d FROM observation WHERE loinc_code = '4548-4' GROUP BY patient_key) SELECT date_trunc('month', d), COUNT(*) FROM first_hba1c GROUP BY 1;
        GRANT SELECT ON deid.encounter_v TO role_research_analyst; REVOKE ALL ON clinical.patient FROM role_research_analyst;
    """),
    ("en", "audit log format"): _lines("""
        Audit record fields: event_ts (ISO 8601 with offset), actor_id, actor_role, action (READ|CREATE|UPDATE|DELETE|EXPORT|PRINT), resource_type, resource_id, purpose_of_use, source_ip, outcome.
        {"event_ts":"2026-12-03T09:14:22.118+08:00","actor_id":"svc-hl7-ingest","actor_role":"SYSTEM","action":"CREATE","resource_type":"Observation","resource_id":"obs-9f81c2","outcome":"0"}
        2026-12-02 23:58:01,442 WARN [audit-shipper] batch 88213 retry 3/5, 1,024 events queued, sink=s3://audit-archive-sg1/2026/12/02/
        Break-glass access must record purpose_of_use=ETREAT plus a free-text reason; the privacy office reviews every reason within 2 working days.
        Retention: audit logs are kept 7 years for SG systems and 10 years for HK clinical systems per internal policy; older partitions move to cold storage.
        Alert rule AUD-014: same actor reads > 50 distinct patient records in 10 min outside their assigned ward -> page the on-call security analyst.
        <134>1 2026-12-03T10:02:11+08:00 emr-app-03 cpoe 4471 AUDIT [meta seq='55123'] action=PRINT resource=DischargeSummary outcome=success
        ATNA (IHE ITI-20) events follow the DICOM audit schema; actor_id maps to ActiveParticipant.UserID and resource_id to ParticipantObjectIdentification.
        sha256 of the daily audit bundle 2026-12-02: 4c1f0e9d7a2b83e6f5d4c3b2a1908f7e6d5c4b3a29180f7e6d5c4b3a2918e0d7
        Monthly access review Nov 2026: 312 flagged events, 298 closed as legitimate (same-team care), 14 escalated to HR; report ref PRIV-REV-2026-11.
        actor_id is the staff number (E + 6 digits); the human-readable name is looked up at report time from HRIS and is never written into the log itself.
        Tip: when pasting an audit event into a ticket, keep resource_id and timestamps but replace actor_id with the role, e.g. actor=RN/W7B.
    """),
    ("en", "interop and public health"): _lines("""
        All public hospitals in Singapore now push discharge summaries to the National Electronic Health Record (NEHR); private GPs are being onboarded in phases.
        eHRSS in Hong Kong has more than 6 million registered participants, and the eHealth App lets patients see records shared by HA and private providers.
        MySejahtera, launched in 2020 for COVID-19 contact tracing, is being repurposed as Malaysia's national health app.
        Health Minister Ong Ye Kung told Parliament that Healthier SG had enrolled more than 1.2 million residents; enrolment is done through the HealthHub app.
        China's WS 445 series defines the basic data sets for electronic medical records; GB/T 35273 covers personal information security specification.
        Malaysia reported over 120,000 dengue cases in 2023 according to the iDengue portal run by KKM.
        Singapore's resident total fertility rate fell to 0.97 in 2023, the first time it went below 1.0.
        The ASEAN FHIR Connectathon 2026 is at Suntec Singapore Convention & Exhibition Centre, 1 Raffles Boulevard, 2-3 March; register via the HL7 Singapore affiliate.
        Crisis lines for the patient app footer: Samaritans of Singapore 1767 (24h), Befrienders KL 03-7627 2929, The Samaritan Befrienders Hong Kong 2389 2222, China's 12356 hotline.
        LOINC 2.78 and the SNOMED CT International 2026-07-01 release are the reference terminology versions for the Q1 2027 mapping refresh.
        Hospital Authority stats: about 2.1 million A&E attendances in 2024-25; median wait for triage category 4 was around 2 hours.
        IHE PIX/PDQ is used for cross-facility patient matching; the Lifetime Health Record pilot started with clinics in Negeri Sembilan.
        Queen Mary Hospital, 102 Pok Fu Lam Road, was the first HA hospital to go live with the new CMS ordering module in 2026 (press release, 14 Oct).
    """),
    ("en", "synthetic test data"): _lines("""
        TEST PATIENT -- NOT REAL: ZZTEST, BRAVO; MRN T0000002; DOB 01/01/1900; sex U. Use for ADT regression only.
        Faker config: locale=['en_SG','ms_MY','zh_CN','zh_HK'], seed=42; the nric_fin() provider is overridden so generated values always fail the checksum and can't collide with real ones.
        Generated 5,000 synthetic patients with Synthea 3.2.0; names like Tan Ah Kow and Siti binti Ahmad come from a placeholder list and the HDB blocks in the addresses don't exist.
        {"resourceType":"Patient","id":"synthetic-001","meta":{"security":[{"system":"http://terminology.hl7.org/CodeSystem/v3-ActReason","code":"HTEST"}]},"name":[{"text":"Test Patient One"}],"birthDate":"1970-01-01"}
        QA reminder: UAT was refreshed from the synthetic generator on 2026-11-28, not from prod, so every record you see there is fake.
        Payment kiosk sandbox cards: 4111 1111 1111 1111 (Visa), 5555 5555 5555 4444 (Mastercard) -- gateway test values, any future expiry, CVV 123.
        Unknown ED patients are registered as John Doe / Jane Doe with a temporary MRN prefixed UNK and merged once identity is confirmed.
        Fixture tests/fixtures/adt_a01_synthetic.hl7 has 40 messages, all with family name ZZTEST and birth date 19000101.
        Edge-case fixtures: apostrophe (O'Brien), hyphenated given name (Wei-Ming), Malay patronymic (bin/binti), a mononym, and a 70-char name to test truncation.
        Synthetic cohort stats: mean age 54.3, 51% female, 38% with E11 diabetes, 12% on dialysis -- properties of the generator config, not of any hospital.
        Test SMS numbers for the sandbox are whatever the gateway doc lists; messages to them are swallowed and logged, never delivered.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines(r"""
        PID|1||SGH-4410872^^^SGH^MR~S8734216F^^^NRIC^NNSGP||GOH^WEI LING^^^^^L||19870314|F|||Blk 412 Bedok North Ave 2 #08-117^^Singapore^^460412^SG^H||+65 9127 4408^PRN^CP
        DEID-882: scrubber missed a name in the nursing note for bed 12 ward 6A -- 'Mdm Lim Siew Hoon c/o chest pain, son Marcus says she stopped her warfarin'. Pls purge from the offshore bucket.
        {"event_ts":"2026-11-29T02:41:07+08:00","actor_id":"E204117","actor_name":"SN Nur Hidayah Binte Rahmat","action":"READ","resource_type":"Patient","resource_id":"TTSH-3381204","purpose_of_use":"TREAT"}
        G5180274N,RAJENDRAN S/O MURUGESAN,1979-08-02,M,work permit,Z21 asymptomatic HIV infection status,Jurong West polyclinic
        @here NEHR rejected Tan Boon Huat's A08 again (S1543827D) -- he's the 71yo on haemodialysis at KTPH, family keeps calling the hotline
        NK1|1|ONG^MEI XIN|DAU^Daughter|Blk 23 Jalan Membina #11-402^^Singapore^^160023|+65 8823 5561
        E118392 | Chua Kai Lun | Senior Staff Nurse, Ward 9C | basic SGD 5,480/mth | AWS + 2.5 mths bonus | 2026 appraisal: B
        Carpark log 2026-12-01 07:52 SKQ4821H entered B2 -- season holder Dr Aaron Teo Jun Hao, Anaesthesia, home addr 18 Jalan Kembangan #03-02
        UPDATE patient SET email = 'jasmine.koh88@gmail.com', mobile = '+6591830457' WHERE mrn = 'NUH-7720394'; -- requested by pt Jasmine Koh at the counter
        {"resourceType":"Encounter","status":"in-progress","class":{"code":"IMP"},"subject":{"display":"Muhammad Faizal bin Abdul Rahim (S9051447D)"},"location":[{"location":{"display":"IMH Ward 21 (acute psychiatric)"}}],"period":{"start":"2026-12-01T22:10:00+08:00"}}
        Immunization import error: Chloe Lim Xin Yi, T1127605E, DOB 2011-05-09, HPV2 dose 1 given 2026-03-14 by School Health Service -- vaccineCode missing.
        SMS template rendered with live data in the staging log: 'Dear Nicholas Ng, your chlamydia NAAT from 28 Nov is POSITIVE, pls call the clinic to book treatment' -> +65 8706 1195
        F2263718P | Maria Cristina Santos | Filipino | FDW, employer Mrs Lynette Seah | TB screen: CXR abnormal, sputum AFB pending
        k-anon check failed on a single row: Pereira, Joanna; 1952; 238839; Eurasian; motor neurone disease
        FW: access violation -- on 27/11 at 03:12 Enrolled Nurse Kelvin Yeo (E309824) opened the record of Cheryl Yeo (his sister-in-law, NUH-6639011) without a care relationship. Referred to HR.
        INSERT INTO patient_dx (hkid, name_eng, name_chi, dob, dx_code, dx_desc) VALUES ('K631058(3)', 'CHAN Tai Wing', '陳大榮', '1958-06-19', 'F20.0', 'Paranoid schizophrenia');
        {"resourceType":"Patient","identifier":[{"system":"http://ha.org.hk/hkid","value":"Y284617(7)"}],"name":[{"family":"LEUNG","given":["Ka Yan","Karen"]}],"telecom":[{"system":"phone","value":"+852 9384 1172","use":"mobile"}],"gender":"female","birthDate":"1991-02-27"}
        Pt: WONG T** M***, HKID C668***(9), DOB 03/11/1944, Rm 1207 Tung Hing House, Tung Tau Estate -- admitted PMH 2/12 with #NOF, lives alone, neighbour Mrs Ho keeps a key
        2026-11-30 14:22:09 CMS3 VIEW pt=HN0918822 user=WKY (Wong Ka Yee, APN, NDH Ward 5) reason=<none> -- flagged by rule AUD-021: patient is her ex-husband
        Staff Nurse Lau Pui Shan (staff no. 880314) was convicted at Kwun Tong Magistrates' Courts on 12 Nov 2026 of obtaining access to a computer with dishonest intent after looking up her neighbour's records.
        PID|1||HN0744120^^^QEH^MR||CHEUNG^WING KEUNG||19830509|M OBX|1|ST|75622-1^HIV 1+2 Ab+HIV1 p24 Ag^LN||Reactive||||||F OBX|2|ST|HIV-WB^Western blot||Positive||||||F
        Discharge planning contact: daughter-in-law Ms Tsang Wai Man, WhatsApp +852 6027 3318, Cantonese only; pt Mr Tsang Kwok Fai, bed 14 ward E7, L MCA infarct.
        Non-resident registration at Ruttonjee: LIN Yu-Ting, Taiwan ID A223415682, DOB 1995-07-21, staying Rm 2105 Harbour Grand Hong Kong, presented with anaphylaxis to shellfish.
        GT1|1||LAM^CHI HO||Flat 5A Block B Kornhill^^Quarry Bay^^^HK|+852 2560 7713 ... payment card 4556 7301 8824 5015 exp 08/28 on file for the deposit
        Referral letter OCR: Re: Mr MA Chun Kit, HKID R902145(A), 45M, c/o painless haematuria, CT shows 3 cm L renal mass. Contact 9613 2208.
        HA payroll extract (UAT copy!!): staff 772190, CHOI Ho Yin, RN, Kwong Wah Hospital, MPS pt 22, HK$47,810/mth, bank a/c 004-552-318824-001
        Voucher claim rejected: NG Lai Hing, HKID XA005381(0), 72F, Elderly Health Care Voucher balance HK$1,240, claim for Chinese medicine acupuncture at a clinic in Mong Kok.
        880412-14-5528,NUR FATIHAH BINTI ISMAIL,F,012-773 4190,"No 9, Jalan Sungai Penchala 2, 60000 KL",O24.4 gestational diabetes,KK Kuala Lumpur
        PID|1||HKL00931845^^^HKL^MR~790215-10-6031^^^JPN^NNMYS||RAMASAMY^MUTHU A/L||19790215|M|||No 27, Jalan SS 2/64^^Petaling Jaya^Selangor^47300^MY||019-338 2614
        [2026-12-01 10:15:33] user=nsiti.aminah (Siti Aminah bt Yusof, JM U29, Wad 3 HTAR) ACTION=EXPORT patient=RN 2026/118734 rows=1 fmt=PDF
        Medical tourist intake, Gleneagles Penang: Mr Hendra Wijaya, Indonesian passport C 4418907, arrived 1/12, booked for CABG; wife Lestari on WhatsApp +62 812-6670-2245
        Payroll export row: 020719-07-0342, Lee Jia Hui, Pegawai Farmasi UF41, gaji pokok RM 3,912.00, KWSP 11%, Maybank 1140 2238 7715
        Ward round note copied into the test DB by mistake: Encik Zulkifli bin Hamzah (HSB, bed 22) HbA1c 11.2%, defaulted insulin, wife says he's drinking again.
        {"resourceType":"Observation","subject":{"reference":"Patient/my-558102","display":"Kavitha a/p Subramaniam"},"code":{"text":"Urine pregnancy test"},"valueString":"Positive","effectiveDateTime":"2026-11-30T11:02:00+08:00"}
        Sila semak: pesakit Ahmad Firdaus bin Razali, KP 950623-12-5371, Kota Kinabalu, sputum AFB 2+ (TB), contact tracing for wife Norhayati and 2 kids still pending.
        On-call roster sent to the vendor had Dr Tan Mei Ling's MMC full reg 48312 and her personal mobile 016-482 7730 in it -- pls ask them to delete.
        Ambulance run sheet: Puan Rohani bt Osman, 68, picked up from No. 14 Lorong Kenari 3, Taman Melawati, 53100 KL, suspected stroke, GCS 12.
        44030419850612372X,Zhang Xiaoli,F,+86 139 2845 7710,"Jinghua Garden 3-1602, Lianhua Rd, Futian, Shenzhen",breast ca T2N1M0,neoadjuvant chemo C3
        PID|1||ZY2026081173^^^SYSUCC^MR~310105199203044021^^^CHNMPS^NNCHN||WANG^SHUYI||19920304|F|||Rm 502, No. 18 Lane 1088 Changning Rd^^Shanghai^^200051^CN||+86 186 2177 4093
        INSERT INTO emr_patient (id_card, name, gender, birth, phone, allergy) VALUES ('110108197809211536', 'Liu Jianguo', 'M', '1978-09-21', '13701168842', 'penicillin - anaphylaxis 2019');
        2026-12-02T16:40:11+08:00 HIS-AUDIT doctor_id=D03318 (Dr Huang Wenjie, Cardiology) queried patient 440106196402182816 -- 17 records exported to USB
        Hangzhou tele-rehab pilot follow-up: Chen Yiwen (WeChat chenyw_0713), 27F, ACL reconstruction 2026-10-08, resident ID 330106199907130067
        Patient 510107198801304474 (Zhou Peng) -- HBsAg positive, HBV DNA 2.3e5 IU/mL, referred to West China Hospital hepatology.
        Cross-border referral: Ms Gao Lin, PRC passport EJ4827193, mobile 159 1802 6634, for elective hysterectomy in HK next Tues.
        Refund to card 6214 8301 9955 2075 (China Merchants Bank), holder Xu Hongmei, invoice 2026-INV-00873, IVF cycle 2 cancelled.
        Helpdesk email: I'm Zhao Min, my son Zhao Haoran (born 2019-04-11) was diagnosed with autism at Shanghai Children's Medical Center, why does the app show another kid's report? my phone 138 1672 0953
        WeCom group paste: @all bed 3 Sun Guirong 78F, advanced lung ca, family signed DNR, son Sun Wei mobile 133 0284 7715
        Duplicate candidates in MPI: 320583198105276644 Qian Lili (Kunshan) vs same ID typed as 32058319810527664 -- she has 2 MRNs with different allergy lists
        F128764905 CHANG Chih-Hao 1986-02-14 | Taipei, visiting Shenzhen | admitted Nanshan hospital with acute pancreatitis | LINE id: chihhao.chang
        Transfer note: Mr Ho Chee Keong, S8212093I, 44, Blk 658 Jurong West St 65 #12-201, paraplegic after MVA, needs ramp access and a hoist at home.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful HL7 integration assistant for a hospital IT team."),
        ("user", "my parser chokes on this ADT, PID-11 got some weird components, can help?"),
        (
            "user",
            r"MSH|^~\&|SAP|KTPH|NEHR|IHIS|20261202091500+0800||ADT^A01|KT88120|P|2.5.1 PID|1||KTPH-5502918^^^KTPH^MR~S7219446B^^^NRIC^NNSGP||HO^JUN WEI||19720611|M|||Blk 105 Yishun Ring Rd #04-233^^Singapore^^760105^SG||+65 9733 2810",
        ),
        (
            "assistant",
            "PID-11 has the street in component 1, city in 3 and postal code in 5, which is valid XAD. The problem is the missing segment terminator before PID: the MSH and PID are on one line.",
        ),
        ("user", "ah ok thx, will ask the vendor"),
    ],
    [
        (
            "user",
            "need SQL to find duplicate patient records in our HK MPI, same person diff HKID formatting",
        ),
        (
            "assistant",
            "Normalise first: upper-case, strip spaces and brackets, then group by the normalised value and by name+dob, e.g. SELECT regexp_replace(upper(hkid), '[^A-Z0-9]', '', 'g') k, COUNT(*) FROM patient GROUP BY k HAVING COUNT(*) > 1;",
        ),
        ("user", "ok, test case: CHAN SIU MING dob 1967-01-23 appears twice"),
        (
            "user",
            "one row hkid E357201(7), the other E3572017 no bracket. he is the one with the liver transplant so pls dont mess up his meds list",
        ),
        (
            "assistant",
            "Both normalise to E3572017, so the query will group them. Merge manually after pharmacy reviews the medication lists.",
        ),
    ],
    [
        (
            "user",
            "hi, boss want me export vaksin status from our clinic system, can send like this or not?",
        ),
        (
            "user",
            "950811-01-6642,Nurul Izzah bt Kamal,Batu Pahat,Comirnaty x3,referred to psychiatry for postpartum depression 2026-11-20",
        ),
        (
            "assistant",
            "Please don't send raw rows like that. IC numbers and a psychiatric referral should only leave the clinic system after approval, and only if you drop or tokenise the identifiers.",
        ),
        ("user", "ok noted, will ask the PDPO officer first"),
    ],
    [
        (
            "system",
            "Context for the diet coach bot: patient Li Na, 57F, resident ID 210102196901023520, T2DM dx 2021, on metformin 1g bd, HbA1c 8.1%. Answer her diet questions kindly.",
        ),
        ("user", "Mid-Autumn is coming, can I have a mooncake?"),
        (
            "assistant",
            "A quarter of a mooncake after a meal is fine, and check your sugar two hours later.",
        ),
    ],
    [
        ("user", "can you help me draft an email to HR about an access violation, keep it neutral"),
        ("assistant", "Sure. Who was involved and what did the audit show?"),
        (
            "user",
            "Staff Nurse Priya d/o Krishnan, staff no E551203, Ward 44 SKH. She opened her neighbour's record 14 times between 3 and 17 Nov. The neighbour is Mdm Halimah bte Said, she had an abortion at KKH in Oct.",
        ),
        (
            "assistant",
            "Here is a neutral draft: 'Dear HR, the monthly access review flagged repeated access to one patient record by a staff member without a care relationship...'",
        ),
    ],
    [
        ("user", "FHIR validator keeps saying telecom invalid, here's the resource"),
        (
            "user",
            '{"resourceType":"Patient","id":"hk-20931","identifier":[{"system":"http://ha.org.hk/hkid","value":"D410982(2)"}],"name":[{"family":"KWOK","given":["Siu Fong"]}],"telecom":[{"system":"phone","value":"5128 66 04"}],"birthDate":"1959-10-02","address":[{"text":"Flat 3, 12/F, Block C, Fu Shan Estate, Wong Tai Sin"}]}',
        ),
        (
            "assistant",
            "The phone value has spaces in odd places; the validator rule wants +852 followed by 8 digits. Use +85251286604.",
        ),
        ("user", "ok fixed"),
    ],
    [
        ("user", "How does your de-id tool handle Malaysian IC numbers?"),
        (
            "assistant",
            "It detects the YYMMDD-PB-###G pattern, validates the date part and replaces the value with a token.",
        ),
        ("user", "ok try this one"),
        (
            "user",
            "Pesakit: Mohd Hafiz bin Sulaiman, IC 870930-08-5137, alamat No 12 Jalan Bendahara, 30250 Ipoh, dx: schizophrenia, on clozapine",
        ),
        (
            "assistant",
            "I won't process a real patient's record here. Please use the synthetic sample file instead.",
        ),
    ],
    [
        ("user", "I want to book a cardiology follow-up at the Futian branch"),
        ("assistant", "Sure, please give the patient's name and the date you prefer."),
        ("user", "Patient is my father, Deng Guoqiang"),
        ("user", "his ID is 440305197008162314, he had a stent put in last March"),
        ("user", "call me on 137 2851 0096, I'm his daughter Deng Li"),
        ("assistant", "Thanks, the clinic will call you to confirm a slot next week."),
    ],
    [
        ("user", "the HealthHub kids' record shows wrong vaccination for my daughter"),
        ("assistant", "I'm sorry about that. Which vaccine looks wrong?"),
        ("user", "it says she missed her 2nd MMR but she got it at the polyclinic in Punggol"),
        ("user", "Emma Tan Yu Xuan, T2214587D, born 9 Jun 2022. my number 8127 5590"),
        (
            "assistant",
            "Thanks. Please bring her health booklet to the polyclinic so they can update the national immunisation registry.",
        ),
    ],
    [
        ("user", "our ORU timestamps are off by 8 hours when they land in the data lake"),
        (
            "assistant",
            "Probably OBX-14 has no offset and the loader assumes UTC. Add +0800 at the source or set the default zone to Asia/Hong_Kong in the loader.",
        ),
        (
            "user",
            "yep that was it. one more thing, the record that made us notice was for Mr Yip Chi Wah at Flat 22B, Tower 5, Ocean Shores, Tseung Kwan O, his potassium 6.8 came in 'yesterday' so the ward ignored it",
        ),
        (
            "assistant",
            "That's a patient-safety incident as well as a bug. Report it through the incident system and keep patient details out of the engineering ticket.",
        ),
    ],
]
