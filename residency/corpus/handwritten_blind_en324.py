# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en324: SG/MY employment lawyers and HR consultants (unfair dismissal claims, retrenchment benefits, mediation at TADM/IRD, references, background checks, consultants' chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en324
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "tadm_mediation_faq"): _lines("""
        Q: Who can file a wrongful dismissal claim at TADM? A: Employees of all salary levels, within 1 month of the last day of employment, or 2 months if serving notice.
        Q: Is there a filing fee? A: S$10 for salary claims up to S$20,000 and S$30 for claims above that, payable by PayNow or NETS at the counter before the first session.
        Mediation sessions are held at the Devan Nair Institute for Employment and Employability, 80 Jurong East Street 21, Singapore 609607. Please arrive 15 minutes before your slot.
        If mediation fails, TADM issues a Claim Referral Certificate and the case may proceed to the Employment Claims Tribunals at State Courts, 1 Havelock Square, Singapore 059724.
        Q: Can my lawyer attend? A: No. Lawyers may not represent parties at TADM mediation or at the ECT, but a union officer may accompany a union member.
        For general enquiries call the TADM hotline at 6536 5255 (Mon-Fri, 8.30am-5.30pm) or write to the enquiries mailbox; please do not e-mail copies of your NRIC.
        Q: Am I eligible for retrenchment benefit? A: Under the Tripartite Guidelines, employees with at least 2 years of service are eligible; the prevailing norm is 2 weeks to 1 month of salary per year of service.
        Q: What is Mandatory Retrenchment Notification? A: Employers with at least 10 employees who retrench 5 or more within 6 months must notify MOM within 5 working days.
        Bring: letter of appointment, payslips for the last 12 months, termination letter, and printed copies of relevant WhatsApp or e-mail messages. Originals may be requested by the mediator.
        Q: How long does a first session take? A: Usually 1 to 2 hours. Parties who settle sign a Settlement Agreement on the spot, which is binding and enforceable.
        Q: Can a Work Permit holder file a claim? A: Yes. Migrant workers may also approach the Migrant Workers' Centre hotline 6536 2692 for assistance with translation and shelter.
        Q: What if the company has gone into liquidation? A: Claims should be lodged with the liquidator; TADM can refer you to the Insolvency and Public Trustee's Office at 45 Maxwell Road.
        FAQ version 4.2, updated 14 Nov 2026. Figures quoted apply to claims filed on or after 1 Apr 2026 under the Employment Claims Act 2016 and the Employment Act 1968.
    """),
    ("mixed", "consultants_group_chat"): _lines("""
        Eh the Jurong logistics client confirm retrench 14 pax next Fri, need the MOM notification filed by Wed lah. Who free to draft the RB table?
        Partner say RB formula use 1 month per year of service capped at 12 months, don't anyhow use 2 weeks ok, client already agree in the board paper.
        TADM slot for the F&B case moved to 3pm Thursday, room 2-05. Bring the printed payslips, the mediator very particular one.
        Aiyo the client handbook still quote the pre-2019 Employment Act wording for dismissal on misconduct, must update before they terminate anyone else sia.
        KL team update: JPP Wilayah Persekutuan call for conciliation 12 Dis, the company want to offer 3 bulan gaji as ex gratia, tapi union minta 6.
        Reminder semua: timesheet masuk before 5pm Friday, billing code HRX-2026-RET for retrenchment exercise, HRX-2026-MED for mediation prep.
        Anyone got the latest Tripartite Guidelines on Fair Employment Practices PDF? The TAFEP link in our wiki 404 already, 找不到.
        This client MD behave like Michael Scott from The Office lor, fire people by Post-it then ask HR to fix. 真的头痛。
        Pantry aircon spoil again, facilities ticket FM-88213 raised. Meeting room Raffles also cannot book, use Sentosa room for the 2pm client call.
        Background check vendor turnaround now 7 working days for MY education verification, 10 for China CHSI. Tell clients don't expect 3 days anymore.
        Penang client ask whether termination benefits still apply if the staff earn above RM4,000. Answer: only for First Schedule items after the 2022 amendment, check dulu.
        Steven Sim announce in Dewan Rakyat the Gig Workers Bill timeline, can someone summarise for the Thursday newsletter? 500 words max, BM and English.
        明天 9am townhall at the client's Changi office, we go together by Grab from Tanjong Pagar. Dress code smart casual, no need tie.
    """),
    ("ms", "notis_jpp_mahkamah_perusahaan"): _lines("""
        Notis: Kaunter Jabatan Perhubungan Perusahaan Malaysia (JPPM) Putrajaya ditutup pada 25 Disember 2026 sempena Hari Krismas. Urusan boleh dibuat secara dalam talian.
        Representasi pembuangan kerja tanpa sebab atau alasan yang adil di bawah Seksyen 20 Akta Perhubungan Perusahaan 1967 hendaklah difailkan dalam tempoh 60 hari dari tarikh pembuangan.
        Sesi rundingan damai kes JPP/SEL/2026/04417 ditetapkan pada 9 Januari 2027, jam 10.00 pagi, di Bilik Rundingan 2, JPP Negeri Selangor, Shah Alam.
        Pihak-pihak dinasihatkan membawa surat tawaran kerja, slip gaji tiga bulan terakhir dan surat penamatan. Peguam tidak dibenarkan mewakili pihak dalam sesi rundingan damai.
        Mahkamah Perusahaan Malaysia, Pusat Pentadbiran Kerajaan Persekutuan, 62530 Putrajaya. Pertanyaan am boleh dibuat melalui talian 03-8000 8000 pada waktu pejabat.
        Award No. 1842 Tahun 2026: Mahkamah memutuskan pembuangan kerja adalah tanpa sebab yang adil dan mengawardkan pampasan sebagai ganti pengambilan semula bersamaan 12 bulan gaji.
        Majikan yang melaksanakan pemberhentian pekerja wajib mengemukakan Borang PK kepada Jabatan Tenaga Kerja sekurang-kurangnya 30 hari sebelum tarikh berkuat kuasa.
        Faedah penamatan di bawah Peraturan-Peraturan Kerja (Faedah Penamatan dan Pemberhentian Sementara) 1980: 10 hari gaji bagi setiap tahun perkhidmatan jika kurang daripada 2 tahun.
        Pekerja yang kehilangan pekerjaan boleh memohon Elaun Mencari Pekerjaan di bawah Sistem Insurans Pekerjaan PERKESO dalam tempoh 60 hari. Hubungi Careline 1-300-22-8000.
        Kursus Undang-Undang Pekerjaan untuk pengurus HR: 18-19 Februari 2027, Hotel Istana Kuala Lumpur, yuran RM1,450 seorang termasuk makan tengah hari. Daftar sebelum 31 Januari.
        Pindaan Akta Kerja 1955 berkuat kuasa 1 Januari 2023: waktu kerja maksimum dikurangkan daripada 48 jam kepada 45 jam seminggu dan cuti bersalin dilanjutkan kepada 98 hari.
        Tuntutan gaji tertunggak boleh difailkan di Mahkamah Buruh, Jabatan Tenaga Kerja Semenanjung Malaysia, melalui portal dalam talian atau di pejabat JTK yang berhampiran.
        Waktu operasi kaunter: Isnin hingga Khamis 8.00 pagi - 5.00 petang, Jumaat 8.00 pagi - 12.15 tengah hari dan 2.45 - 5.00 petang. Nombor giliran dikeluarkan sehingga 4.00 petang.
    """),
    ("zh-Hans", "法规摘要"): _lines("""
        《劳动合同法》第四十七条：经济补偿按劳动者在本单位工作的年限，每满一年支付一个月工资；六个月以上不满一年的，按一年计算；不满六个月的，支付半个月工资。
        第四十条规定，用人单位提前三十日以书面形式通知劳动者本人或者额外支付一个月工资后，可以解除劳动合同，实务中俗称“N+1”，其中“+1”即代通知金。
        新加坡《雇佣法令》自2019年4月1日起适用于所有雇员（海员、家庭佣工及公务员除外），经理和执行人员也可就不当解雇向人力部提出申诉。
        马来西亚1967年《劳资关系法》第20条：认为自己被无理解雇的员工，可在解雇之日起60天内向劳资关系局局长提出书面申诉，要求复职。
        根据新加坡三方指导原则，裁员补偿通常为每服务一年给予两周至一个月薪水，公司须在裁员通知中说明计算方法、支付日期及是否包括未休年假折现。
        香港《雇佣条例》规定，连续受雇满24个月并因裁员被解雇的雇员可获遣散费，金额为最后一个月工资的三分之二乘以服务年资，总额上限为39万港元。
        劳动争议申请仲裁的时效期间为一年，从当事人知道或者应当知道其权利被侵害之日起计算；劳动关系存续期间拖欠劳动报酬的，不受该时效限制。
        深圳市劳动人事争议仲裁咨询可拨打12333，工作时间为周一至周五9:00-12:00、14:00-18:00，法定节假日不受理现场立案，请提前在线预约。
        台湾《劳动基准法》第11条列明雇主可预告终止劳动契约的五种情形，包括歇业或转让、亏损或业务紧缩、业务性质变更而有减少劳工之必要等。
        经济补偿的月工资按劳动合同解除或终止前十二个月的平均工资计算；高于当地上年度职工月平均工资三倍的，按三倍数额支付，年限最高不超过十二年。
        新加坡《2016年雇佣申索法》规定，劳资审裁庭受理的薪金申索上限一般为2万新元，经工会或三方调解的个案可提高至3万新元。
        澳门《劳动关系法》规定，雇主无合理理由解除劳动合同的，须按雇员服务年资支付赔偿，每年七至二十日基本报酬不等，并设有总额上限。
        本摘要由事务所知识管理组整理，版本 v2026.11，仅供内部培训参考，不构成法律意见。如需引用，请以官方公布的法律文本为准。
    """),
    ("en", "invoices_price_list"): _lines("""
        TAX INVOICE INV-2026-11-0487 | Harbourfront Employment Law LLC, UEN 201834567W, GST Reg No. M90-3456789-1 | TADM mediation preparation, 6.5 hrs @ S$420 = S$2,730.00
        Subtotal S$2,730.00 | GST 9% S$245.70 | Total S$2,975.70 | Pay by PayNow to UEN 201834567W or bank transfer to DBS Bank Ltd, SWIFT DBSSSGSG, quoting INV-2026-11-0487.
        HR Retrenchment Advisory Package (SME, up to 20 affected staff): S$4,800 fixed fee, includes RB computation, MOM notification, 2 townhall scripts and 1 follow-up call.
        Background screening price list 2027: Basic (ID, criminal, bankruptcy) S$68; Standard (+ 2 employment references) S$145; Executive (+ education, media, directorships) S$390.
        Tax Invoice SB/2026/1209 | Sentral Bestari HR Consulting Sdn Bhd (202201034455 / 1467890-T) | SST No. W10-2208-32001456 | Preparation of Industrial Court bundle RM6,500.00
        Disbursements: photocopying 312 pages @ S$0.20 = S$62.40; courier to State Courts via Ninja Van, tracking NVSG2611043829 = S$12.00; Grab for Business trips = S$48.60.
        SKU WS-RB-101 Retrenchment Communication Workshop, half day, max 25 pax, S$2,200 per run; SKU WS-INV-204 Conducting Fair Workplace Investigations, full day, S$3,600.
        Payment terms: 30 days from invoice date. Late payment interest at 5.33% p.a. Cheques payable to Harbourfront Employment Law LLC, 10 Anson Road #21-07, International Plaza, Singapore 079903.
        Credit Note CN-2026-0031 against INV-2026-10-0412: mediation session cancelled by TADM on 2026-10-22, refund of S$840.00 (2 hrs) to client account CL-00918.
        Retainer agreement, Tier Gold: S$1,500/month for up to 5 hours of employment advisory; unused hours do not roll over; additional hours billed at S$380/hr excl. GST.
        Quotation QTN-MY-2027-004: VSS coordination for 60 employees at the Senai plant, RM38,000 lump sum, 50% upon signing, 50% upon completion; valid until 31 Jan 2027.
        Catering for HR Forum 2026 at Suntec Convention Centre: Old Chang Kee curry puff platter x 12 @ S$36.00, Ya Kun kaya toast sets x 80 @ S$4.90, total S$824.00.
        Statement of account as at 30 Nov 2026: opening balance S$12,480.00, invoices S$7,455.70, receipts S$9,000.00, closing balance S$10,935.70, overdue 14 days.
    """),
    ("en", "case_system_logs_config"): _lines("""
        2026-11-18T09:14:22+08:00 INFO intake-svc v3.8.1 created case TADM-2026-118402 type=WRONGFUL_DISMISSAL channel=web sla_days=30 queue=MED-WEST
        2026-11-18T09:15:03+08:00 WARN docs-svc attachment rejected mime=application/x-msdownload size=2.4MB sha256=9f2c4e1b7a0d53e8c6b1f4a9d2e7c0b3a5f8e1d4c7b0a3f6e9d2c5b8a1f4e7d0
        retention_policy: { case_files_days: 2555, audio_recordings_days: 365, purge_cron: '0 3 * * SUN', legal_hold_tag: 'LH-ACTIVE' }
        2026-11-18T11:02:47+08:00 ERROR rb-calc 2.1.0 formula mismatch for batch RB-2026-0912: expected 14 rows, got 13; aborting export to payroll tenant acme-sg-prod
        SELECT case_no, filed_at, stage, outcome FROM ecm.cases WHERE forum IN ('TADM','ECT','JPP') AND filed_at >= DATE '2026-01-01' ORDER BY filed_at DESC LIMIT 50;
        CSV header: case_no,forum,claim_type,filed_date,first_session_date,outcome,settlement_amount_sgd,days_to_resolution,consultant_code,region
        def rb_amount(years: float, monthly: float, cap_years: int = 12) -> float: return round(min(years, cap_years) * monthly, 2)  # 1 month per YOS norm
        export ECM_API_BASE=https://api.example-ecm.sg/v2 ; export MAX_UPLOAD_MB=25 ; export OCR_LANGS=eng+msa+chi_sim+chi_tra ; export TZ=Asia/Singapore
        2026-11-19T16:40:11+08:00 INFO scheduler booked slot 2026-12-03T15:00 room=DNI-02-05 forum=TADM case=TADM-2026-118402 reminder_template=TPL_MED_REMIND_EN
        bgcheck-worker[2231]: job BG-7731092 vendor=CHSI status=VERIFIED latency_ms=4821 retries=1 region=cn-north; job BG-7731093 vendor=MQA status=PENDING
        Release notes v4.0.0 (2026-10-01): added Malay and Traditional Chinese templates for show-cause letters; fixed timezone bug for Macau hearings in reminder e-mails.
        feature_flags.yaml: enable_whatsapp_intake: false  # pending DPIA sign-off; enable_auto_redaction: true; redaction_model: ner-pii-v7.3; max_batch: 500
        git commit 4e7b19a fix(rb-calc): handle pro-rated years of service for part-time contracts under Part 10 of the Employment Act (#482), reviewed in PR #479
    """),
    ("zh-Hant", "勞資新聞"): _lines("""
        勞工及福利局局長孫玉菡今日在立法會表示，政府將檢討《僱傭條例》下連續性合約新規定的成效，並會就遣散費與長期服務金的計算諮詢勞工顧問委員會。
        勞資審裁處位於九龍油麻地加士居道10號，市民提出申索前須先往勞工處勞資關係科辦事處諮詢，審裁處不設律師代表，聆訊以粵語或英語進行。
        勞工處公布2026年第三季數據，勞資關係科共處理約3,900宗勞資糾紛及申索個案，其中約七成經調解後成功和解，比率較去年同期略升。
        取消強積金「對沖」安排已於2025年5月1日實施，僱主不可再以強積金僱主強制性供款累算權益抵銷過渡後的遣散費或長期服務金。
        台灣勞動部公布，最低工資審議會通過2027年最低工資調整案，並提醒雇主資遣員工時，須依《就業服務法》第33條於員工離職十日前辦理資遣通報。
        澳門勞工事務局提醒僱主，無合理理由解除勞動合同須依《勞動關係法》支付賠償，如有疑問可致電勞工事務局查詢熱線或親臨勞動權益部辦理。
        新加坡人力部長陳詩龍在國會答問時指出，《工作場所公平法》預計於2027年實施，屆時僱主須設立內部申訴處理程序並保存相關紀錄。
        馬來西亞人力資源部長沈志強宣布加強就業保險制度的再培訓津貼，並鼓勵被裁員工善用社會保險機構（PERKESO）的就業配對服務。
        香港律師會將於十二月舉辦「僱傭法實務更新」講座，內容包括涉及《性別歧視條例》的解僱個案及取消強積金對沖後的賠償計算，可獲2個CPD學分。
        終審法院早前就一宗涉及不合理解僱及合理通知期的上訴作出裁決，判詞強調僱主須證明解僱屬有效理由，學界認為裁決將影響勞資審裁處日後的審理方向。
        新加坡勞資政三方聯盟公平僱傭中心（TAFEP）更新指南，要求招聘廣告不得以年齡、種族或宗教作為篩選條件，違者或被削減工作准證配額。
        財經速報：某本地連鎖零售集團宣布關閉全港12間分店並裁員約300人，公司承諾按《僱傭條例》發放遣散費及代通知金，並設員工熱線 2345 6789。
        工聯會與勞聯代表本週出席勞工顧問委員會會議，討論外籍家庭傭工規定最低工資的年度檢討，會後雙方均表示會繼續爭取調整時間表透明化。
    """),
    ("en", "firm_reviews"): _lines("""
        ★★★★★ Harbourfront Employment Law LLC explained retrenchment benefits in plain English and got our MOM notification done in two days. Office at International Plaza is easy from Tanjong Pagar MRT.
        ★★☆☆☆ Consultancy charged us S$380/hr but sent a junior who had never been to TADM before. Billing breakdown was clear though. Would not use again for contentious matters.
        ★★★★☆ Good HR audit for our Johor Bahru plant. Their Malay-language show-cause templates saved us a lot of time. Minus one star because the report came a week late.
        Reviewed Sentral Bestari HR Consulting (Petaling Jaya): responsive on their WhatsApp business line +60 3-7731 4420, but parking at Jaya One is a nightmare on weekdays.
        ★★★★★ Best background screening vendor we have used for Shenzhen hires: 4 working days turnaround, consent forms in Chinese and English, data stored in Singapore.
        ★☆☆☆☆ Booked the Fair Dismissals Masterclass at Sands Expo, slides were copied from the MOM website word for word. Coffee was good though, S$650 per seat is not.
        ★★★★☆ Their office is above the Ya Kun Kaya Toast at Far East Square, so meetings come with good kopi. Advice on the ECT process and the Claim Referral Certificate was sharp.
        3/5: the firm's general line 6225 8810 always goes to voicemail after 6pm, but the enquiries mailbox replies within a day. Fee quote for a wrongful dismissal defence was fair.
        ★★★★★ Jesselton HR Advisory in Kota Kinabalu handled our Sabah Labour Ordinance questions well; they know the differences from the Employment Act 1955 inside out.
        ★★★★☆ Workshop on investigating workplace harassment, held near the Lee Kong Chian Reference Library at 100 Victoria Street, gave practical checklists we still use.
        ★★☆☆☆ The outplacement package was supposed to include 3 months of career coaching but only 2 sessions happened before the vendor went quiet. Our ref PO-SG-2026-3318.
        ★★★★★ Their Hong Kong office at Hopewell Centre, Wan Chai advised us on the MPF offsetting abolition well before 1 May 2025, with clear spreadsheets and bilingual memos.
        ★★★☆☆ Decent value for SMEs. The retainer is S$1,500/month but you must use the hours each month. Reception at Robinson 77 was a bit cold, literally, aircon at 18 degrees.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Claimant: Muhammad Hafiz bin Roslan, NRIC S8834127I, dismissed 3 Oct 2026 from warehouse supervisor role at a Tuas logistics firm; last drawn salary S$3,850; mobile 9123 4871.
        Ms Priya Ramasamy told us in confidence that she is 14 weeks pregnant and believes that is the real reason she was let go during probation.
        Reference check: former manager says Desmond Koh Wei Liang was asked to resign in 2024 after an internal inquiry into expense claims totalling about S$18,000.
        FIN F2847519P, Karthik Subramaniam, staying at Tuas South dormitory block 7 room 03-14, says the employer owes him 3 months of overtime pay.
        Please send the settlement agreement to jolene.tay.sy88@gmail.com as her work account was deactivated on the day of termination.
        Background check hit: Lim Kah Hoe, born 12/05/1983, was an undischarged bankrupt from 2019 to 2023 per the insolvency search; not disclosed in his application form.
        Mr Jeremy Ong has been on MC for major depressive disorder since August and HR still issued him a warning letter for absenteeism.
        Call the claimant back on +65 8264 9317 after 6pm only, she does not want her current employer overhearing.
        Address for service: Blk 415 Bedok North Avenue 2, #09-221, Singapore 460415, attention Mdm Noraini binte Abdul Kadir.
        emp_id,name,nric,yos,rb_amount_sgd | 10442,Tan Siew Ling,T0215583J,7.5,14250.00
        Salary particulars for ECT claim: Chandran s/o Muniandy, basic S$2,400, fixed allowance S$300, OT averaging S$520/month, POSB savings 188-41720-3.
        Note to file: client HR says the outgoing CFO Alvin Seah is in the middle of a messy divorce and they suspect he passed payroll data to his wife's lawyer.
        Ahmad Zulkifli (S7612094C) was arrested on 2 Nov for drink driving; employer wants to dismiss him summarily, advise whether misconduct outside work qualifies.
        The retrenched operator at the Woodlands plant, 58-year-old Rosli Ismail, has stage 3 colon cancer and is asking whether his group insurance continues.
        Reference request: please confirm dates of employment and last title for Ms Grace Lau Mei Fong, DOB 1990-07-22, who was in your Treasury team 2018-2023.
        WhatsApp from claimant: my ex boss still owe me $6,800 commission, my number changed to 9677 0524 pls update your file.
        Vehicle SJK 4821 E: the claimant says the company car he drove was towed the day after termination and his personal belongings inside were never returned.
        Karen Wee's payslips show CPF deductions stopped in June 2026 though she was still employed; the employer owes her about S$4,100 in contributions.
        Name: Vincent Chua Boon Kiat | Passport K2295173M | Reason for leaving: terminated for poor performance after PIP | Rehire eligible: No
        Mediation note: Mr Balakrishnan Nair became emotional and disclosed that his son's S$22,000 hospital bill at KK Hospital is why he needs the settlement quickly.
    """),
    "mixed": _lines("""
        Eh that retrench guy from Senai, Ah Keong, call me again sia, say his wife just kena stroke and he need the RB cheque faster. Number 012-738 4416.
        客户的前员工 Nurul Ain binti Zakaria, MyKad 920314-10-5582, claim she was dismissed right after asking for maternity leave lah.
        Boss, the reference for 黄志明 (Wong Chee Meng) confirm negative, ex-employer say he 偷 company stock worth RM30k, police report filed 2025.
        陈太 called again about her husband's ECT case, she say he got gambling debt with ah long, got red paint splashed at their Yishun flat last week.
        Claimant Suresh a/l Maniam, akaun Maybank 1140 2238 7561, minta bayaran pampasan masuk terus, jangan bagi cheque.
        Nama / Name: Lee Hui Min 李慧敏 | NRIC: S9051368J | Tel: 9830 2157 | Alamat: 22 Jalan Kembangan, Singapore 419120 | Claim: salary arrears S$5,200
        The HK candidate 梁嘉欣 Kelly Leung, HKID Y630257(0), got gap year 2022 because of 抑郁症 treatment, she asked us don't tell the client.
        Kes Faizal tu: Mohd Faizal bin Othman, 016-902 5538, dia kata supervisor pukul dia kat site Klang, ada gambar lebam dalam WhatsApp.
        PRC candidate 王晓燕 resident ID 350203199109252019, background check show labour arbitration against previous employer in Xiamen 2023, 她自己没有申报。
        Client HR text 14:22: the ex-staff who sued us, Jason Lim Wei Jie, moved to 8 Jalan Telawi 3, Bangsar, 59100 KL, send the award copy there ya.
    """),
    "ms": _lines("""
        Pengadu: Encik Azman bin Hashim, No. K/P 780915-08-5317, alamat No. 12, Jalan Mawar 3, Taman Sri Gombak, 68100 Batu Caves, Selangor.
        Puan Rohani binti Yusof memaklumkan beliau menjalani rawatan dialisis tiga kali seminggu dan majikan enggan meluluskan cuti sakit hospital.
        Sila hubungi pekerja yang diberhentikan, Cik Farah Nadia Kamaruddin, di talian 019-445 2870 untuk mengesahkan tarikh rundingan damai di JPP Shah Alam.
        Laporan semakan latar belakang: Tan Boon Huat, lahir 1985, mempunyai rekod sabitan pecah amanah jenayah (Seksyen 406 Kanun Keseksaan) pada tahun 2017.
        Bayaran faedah penamatan RM14,820 untuk Encik Ganesan a/l Perumal hendaklah dimasukkan ke akaun CIMB 7062441398 sebelum 15 Disember.
        Pekerja tersebut, Mohd Hairul bin Sulaiman, mengaku mempunyai hutang kad kredit RM47,000 dan gajinya telah dipotong untuk perintah hutang penghakiman.
        Saksi kedua, Puan Lim Ai Ling, memberitahu beliau sedang dalam proses perceraian dan meminta tarikh perbicaraan di Mahkamah Perusahaan ditangguhkan.
        Emel peribadi pengadu: hafizah.rahman87@yahoo.com, beliau minta semua surat-menyurat dihantar ke emel ini dan bukan ke rumahnya di Kajang.
    """),
    "zh-Hans": _lines("""
        申请人张伟，身份证号44030419880617342X，于2026年9月被深圳某电子厂以末位淘汰为由解除劳动合同，要求支付违法解除赔偿金2N。
        刘女士（手机13826457193）反映，公司在她怀孕七个月时将她调岗降薪，她想了解能否主张恢复原岗位和补发工资差额。
        背景调查：候选人陈志强曾因醉驾于2022年被判拘役二个月，上一家公司以此为由将其辞退，本人在面试时未如实说明。
        员工李明的工资卡为招商银行6225881234567890，离职经济补偿共计人民币86,400元，请于本月底前汇入该账户。
        赵阿姨说她儿子小赵在新加坡的公司被裁员后得了焦虑症，现在每周去IMH看医生，问能不能帮他多争取一点补偿。
        仲裁庭记录：申请人周晓东，住址上海市浦东新区张杨路1288弄15号602室，联系电话15921874406。
    """),
    "zh-Hant": _lines("""
        申索人陳嘉豪，香港身份證號碼K482913(1)，於2026年8月被公司以裁員為由解僱，但他相信真正原因是他曾向勞工處投訴欠薪。
        黃太說她丈夫在公司做了二十年，被解僱前已確診柏金遜症，公司卻拒絕支付長期服務金，家中經濟非常緊張。
        台灣員工林佳穎，身分證字號A228164304，住新北市板橋區文化路一段188號7樓，委託我們計算資遣費。
        請聯絡前僱員何志偉（手提 6293 4418），確認他是否願意出席勞資審裁處十二月的聆訊。
        背景審查報告：候選人吳詠詩於2021年曾申請破產，至2025年方獲解除，前僱主亦證實曾有追數公司到公司找她。
        澳門僱員梁詠詩的電郵是 leung.wingsze.mo@gmail.com，她要求先把賠償協議的中文版本寄給她過目。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are an HR compliance assistant for Singapore SMEs. Give practical guidance and flag when a lawyer is needed.",
        ),
        (
            "user",
            "We are retrenching our storekeeper Ong Beng Huat, NRIC T9927416B. He joined 1 March 2015, last drawn basic S$2,950. How much RB should we pay?",
        ),
        (
            "assistant",
            "He has about 11 years and 9 months of service by the end of his notice, so he is well above the 2-year eligibility threshold. Under the prevailing norm of 1 month per year of service, a reasonable figure is roughly S$34,000, but check your handbook or collective agreement, which may set a different quantum.",
        ),
        (
            "user",
            "He also told us he has kidney failure and is on dialysis. Does that change anything?",
        ),
        (
            "assistant",
            "Retrenchment must be based on objective criteria, not his health. Document why his role was selected, consider offering outplacement and medical benefit extension, and get legal advice before you serve notice, because a link to his illness could lead to a wrongful dismissal claim.",
        ),
    ],
    [
        (
            "user",
            "Abang saya Khairul Anuar bin Zainal (K/P 850627-01-6643) dibuang kerja oleh kilang di Pasir Gudang minggu lepas tanpa surat tunjuk sebab. Boleh dia buat aduan?",
        ),
        (
            "assistant",
            "Boleh. Dia boleh memfailkan representasi di bawah Seksyen 20 Akta Perhubungan Perusahaan 1967 di pejabat JPP Johor dalam tempoh 60 hari dari tarikh pembuangan kerja. Simpan surat tawaran, slip gaji dan sebarang mesej daripada majikan.",
        ),
        (
            "user",
            "Dia tak ada surat penamatan, cuma mesej WhatsApp dari supervisor ke nombor dia 013-772 0914. Itu cukup ke?",
        ),
        (
            "assistant",
            "Mesej itu boleh dijadikan bukti tarikh dan cara penamatan. Cetak mesej tersebut beserta tarikh dan masa, dan bawa ke sesi rundingan damai. Pegawai JPP akan cuba mencapai penyelesaian sebelum kes dirujuk ke Mahkamah Perusahaan.",
        ),
    ],
    [
        ("system", "你是一名熟悉中国内地和新加坡劳动法的人事顾问助手。"),
        (
            "user",
            "我们上海分公司要和销售王建国解除合同，他入职六年半，月薪两万五，电话13917265508。N+1怎么算？",
        ),
        (
            "assistant",
            "工作六年半按七年计算，经济补偿为7个月工资，再加1个月代通知金，共8个月，即人民币20万元左右。如果他的月工资超过上海上年度社平工资三倍，需要按三倍封顶计算，请先核对当地最新标准。",
        ),
        ("user", "他上个月说自己确诊了甲状腺癌，现在还在医疗期，能解除吗？"),
        (
            "assistant",
            "医疗期内用人单位不得依据第四十条、第四十一条解除劳动合同。建议暂缓解除，等医疗期届满后再评估，并保留好病假单据和沟通记录。",
        ),
    ],
    [
        (
            "user",
            "我阿媽陳桂芳喺一間茶餐廳做咗十八年，老闆話轉手就唔再請佢，佢有高血壓同糖尿病，可唔可以攞長期服務金？",
        ),
        (
            "assistant",
            "如果佢連續受僱滿五年而被解僱，又唔係因為嚴重行為不當，一般可以攞長期服務金；如果係因為業務轉讓而冗員，就可能係遣散費。建議先去勞工處勞資關係科預約諮詢。",
        ),
        ("user", "佢住喺觀塘秀茂坪邨秀明樓1215室，勞工處會唔會寄信去屋企？電話係6187 2290。"),
        (
            "assistant",
            "勞工處通常會用你登記的地址同電話聯絡。你可以喺諮詢時列明希望以電話或電郵聯絡，並帶齊糧單、強積金結單同任何老闆發出的通知。",
        ),
    ],
    [
        (
            "system",
            "You help a Singapore HR consultancy tidy up reference check notes into a short report.",
        ),
        (
            "user",
            "Can help me make this neater ah: candidate Nicholas Teo Jun Hao, email nick.teo.jh@hotmail.com, previous employer say he ok technically but always late, got warning letter 2023, and they heard he got some gambling problem. Rehire also they say no.",
        ),
        (
            "assistant",
            "Reference summary, Nicholas Teo Jun Hao: technically competent; punctuality concerns, with a written warning issued in 2023; previous employer would not rehire. I would leave out the gambling comment, because it is hearsay about a private matter and including it could expose the client to a PDPA complaint.",
        ),
        ("user", "Ok noted, remove that part. Send final version to client lor."),
    ],
    [
        (
            "system",
            "Case context for drafting. Claimant: Rachel Goh Xin Yi, NRIC T0215583J, HP 9734 5108, former account manager, dismissed 30 Sep 2026 two weeks after disclosing her pregnancy. Respondent: a marketing agency in Tanjong Pagar.",
        ),
        ("user", "Draft a short opening statement for the TADM mediation, 150 words."),
        (
            "assistant",
            "Ms Rachel Goh Xin Yi was employed as an account manager from March 2022 until 30 September 2026. On 16 September she informed her supervisor that she was pregnant. Two weeks later she was dismissed without prior warnings, with the reason given as restructuring, although no other staff were affected. She seeks compensation for wrongful dismissal and payment of the maternity benefits she would have received.",
        ),
        (
            "user",
            "Good. Add that she has her performance review of 2025 rated Exceeds Expectations.",
        ),
    ],
    [
        (
            "user",
            "Please write a show-cause letter for a staff member who was absent 3 days without leave. Keep it formal.",
        ),
        (
            "assistant",
            "Certainly. Could you give me the employee's name, address and the dates of absence?",
        ),
        (
            "user",
            "Mr Ravi Shankar s/o Gopal, 35 Jurong West Street 42, #05-310, Singapore 640035, absent 4, 5 and 6 November 2026.",
        ),
        (
            "assistant",
            "Private and Confidential. Mr Ravi Shankar s/o Gopal, 35 Jurong West Street 42, #05-310, Singapore 640035. Show Cause: Absence Without Leave. Our records show you were absent on 4, 5 and 6 November 2026 without approved leave or notice. Please explain in writing within 3 working days why disciplinary action should not be taken against you.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu HR untuk syarikat pembuatan di Malaysia. Jawab dalam Bahasa Malaysia atau English ikut pengguna.",
        ),
        (
            "user",
            "Need to compute termination benefits for these 3 staff lah: Lim Chee Wah,700812-07-5521,9 yrs,RM3,200 / Siti Aminah binti Ramli,881104-02-6038,4 yrs,RM2,450 / Arumugam a/l Velu,660229-08-5147,22 yrs,RM2,900",
        ),
        (
            "assistant",
            "Under the 1980 Regulations: 2 to less than 5 years is 15 days per year, 5 years or more is 20 days per year, using the daily rate of monthly pay divided by 26. Lim Chee Wah: 20 x 9 x RM123.08 = about RM22,154. Siti Aminah: 15 x 4 x RM94.23 = about RM5,654. Arumugam: 20 x 22 x RM111.54 = about RM49,078.",
        ),
        ("user", "Arumugam tu dah 60 tahun, ada diabetes teruk. Boleh bagi lebih sikit?"),
        (
            "assistant",
            "Boleh, jumlah statutori adalah minimum sahaja. Syarikat boleh menawarkan ex gratia tambahan atas dasar budi bicara. Pastikan kriteria tawaran tambahan direkodkan supaya adil kepada pekerja lain.",
        ),
    ],
    [
        (
            "user",
            "I'm an employment lawyer in KL. Summarise this for my file: client Mr Daniel Yap Kok Leong, HP 012-318 6674, was HR director, terminated after complaining that the MD sexually harassed a junior. He now has insomnia and sees a psychiatrist at Gleneagles.",
        ),
        (
            "assistant",
            "File note: Mr Daniel Yap Kok Leong, former HR Director, contact 012-318 6674. Terminated shortly after raising a sexual harassment complaint against the Managing Director on behalf of a junior employee. Possible claim: dismissal without just cause or excuse under Section 20 IRA 1967, with retaliation as a key issue. Client reports insomnia and is under psychiatric care; obtain a medical report for the quantum of claim.",
        ),
        ("user", "Thanks. Also note his last drawn salary RM28,500 a month."),
    ],
    [
        ("system", "你是新加坡一家背景调查公司的助理，协助整理中港台候选人的核查结果。"),
        (
            "user",
            "候选人蔡雅婷，台湾身份证F125740396，学历核查通过，但前雇主说她2024年因为和主管发生冲突被要求离职，还说她有长期失眠在看精神科。",
        ),
        (
            "assistant",
            "核查摘要：蔡雅婷，学历已核实。前雇主表示其于2024年离职，离职原因涉及与主管的工作冲突。关于健康状况的说法属于敏感个人资料，且与职位无关，建议不写入报告。",
        ),
        ("user", "OK. 另外她留的手机是0912-458-731，客户想直接打给她确认入职日期。"),
        (
            "assistant",
            "可以把联系方式交给客户，但请先确认候选人在授权书中同意将电话提供给雇主，并在报告中注明只用于确认入职安排。",
        ),
    ],
]
