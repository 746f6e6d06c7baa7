# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en273: SG/MY locum doctors, GP clinic staffing agencies and medical-certificate verification (locum shifts, MC checks by employers, clinic rosters, payment disputes, patient complaints). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en273
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "agency_faq"): _lines("""
        Q: When will I get paid for my locum shift? A: Timesheets approved by the clinic before Tuesday 11:59pm are paid out on Friday via GIRO; later approvals roll over to the next cycle.
        Q: What is the standard GP locum rate? A: Our Singapore rate card starts at S$110/hour for weekday day sessions and S$140/hour for Sunday and PH sessions, before the 8% agency fee.
        Q: Do I need my own malpractice cover? A: Yes. Clinics on our panel require proof of indemnity from MPS, CMPS or an equivalent provider before the first shift is confirmed.
        Q: Can I cancel a confirmed shift? A: Cancellations less than 48 hours before the session start incur a S$80 admin fee unless supported by a valid medical certificate.
        Questions about your account? WhatsApp our rostering desk at +65 8123 4400 (Mon-Sat 8am-8pm) or e-mail shifts@medilocum.com.sg. We do not take bookings over Telegram.
        Q: Which clinics are on the panel? A: Over 140 GP clinics across Singapore, from Woodlands to Tampines, plus 22 partner clinics in Johor Bahru and Iskandar Puteri.
        Q: Is the agency licensed? A: MediLocum Staffing Pte Ltd (UEN 201733905W) holds an MOM Employment Agency licence, EA Licence No. 19C9876, renewed until 2027.
        Q: How do employers verify an MC I issued during a locum shift? A: Each MC carries the clinic's HCI code and a QR link; the clinic confirms validity, not the agency.
        Q: Are Malaysian-registered doctors eligible for SG shifts? A: Only with full or conditional registration with the Singapore Medical Council; MMC registration alone is not enough.
        Q: What if a clinic disputes my hours? A: Raise a ticket within 14 days quoting the shift ID (e.g. SH-2025-000001); our ops team reconciles it against the clinic's queue-system log.
        Q: Does the agency contribute CPF? A: No. Locum doctors are engaged as independent contractors and pay their own MediSave contributions as self-employed persons.
        Q: Minimum shift length? A: Clinics may post sessions of 3 hours or more. Night sessions at 24-hour clinics run 10pm-8am and are paid at the night rate of S$150/hour.
        Office: 10 Anson Road, #22-08 International Plaza, Singapore 079903. Walk-ins for document checks Tue and Thu 2pm-5pm only; please bring a printout of your current PC.
    """),
    ("en", "mc_verification_notice"): _lines("""
        HR NOTICE: From 1 March, all medical certificates must be uploaded to the Leave module within 2 working days. MCs submitted after that are treated as unpaid leave.
        Employers may verify a Singapore MC by scanning the QR code printed on it; the page shows the clinic name, issue date, number of days and MC serial only, never the diagnosis.
        Sunrise Family Clinic Group will not confirm diagnoses, medications or any patient details over the phone. MC validity checks: 6555 0192, weekdays 9am-6pm.
        Under the Employment Act, an employee on paid sick leave must produce an MC from a doctor; MCs from teleconsultations by licensed providers are accepted the same way.
        Malaysia: under Section 60F of the Employment Act 1955, sick leave must be certified by a registered medical practitioner; employers should not reject a valid MC without basis.
        Reminder to line managers: do not call clinics to ask what an employee was treated for. Only HR may run MC validity checks, and only through the clinic's official hotline.
        Example result screen: Serial MC-2025-00000000 | Issued: 01/01/2025 09:00 | Clinic HCI: 00X0000 | Status: VALID | Days: 1 | Checked via portal.
        Fake MC alert: we have received MCs bearing our letterhead from a 'Klinik Sejahtera Ampang' that is not part of our group. Please report suspected forgeries to the police.
        Per MOH guidance, MCs must not be backdated. A doctor who certifies a day on which the patient was not assessed may face disciplinary proceedings before the SMC.
        Our company accepts e-MCs from MaNaDr, Doctor Anywhere and WhiteCoat teleconsults, provided the MC shows the doctor's registration number and a verification link.
        HR FAQ: Is an MC from a clinic in Johor Bahru valid for Singapore-based staff? Yes, if issued by an MMC-registered practitioner; attach an English translation if needed.
        Verification requests sent to hr-mccheck@tengara-logistics.com.my are processed within 1 working day. Ref format: HRV/2025/0412. Do not attach payslips or IC copies.
        Circular HR-07/2025: Staff who fall ill while travelling overseas must submit the foreign MC together with the boarding pass; MCs in Thai or Bahasa Indonesia need a certified translation.
    """),
    ("en", "clinic_price_list"): _lines("""
        CONSULTATION FEES (from 1 Jan 2025): GP consult day S$38, after 6pm S$48, Sun/PH S$55. CHAS Blue and Merdeka Generation subsidies apply. Prices before 9% GST.
        Medical certificate only (no consultation): not available. An MC is issued only after the doctor has seen you in person or through an approved video consult.
        Memo / letter for employer or school: S$25 | Medical report (1-2 pages): S$80 | Detailed insurance report: from S$150, ready in 10 working days.
        Vaccinations: Influenza (Vaxigrip Tetra) S$32 | Tdap (Boostrix) S$55 | Hep B per dose S$45 | Pneumococcal PCV20 S$180. Walk-in 9am-12pm, no appointment needed.
        Malaysia panel rates: Consultation RM30 + medication capped at RM60 per visit for PMCare and MiCare members; any excess is charged to the patient with a receipt.
        Pre-employment medical check-up (non-FOMEMA): RM120 incl. urine FEME, full blood count, chest X-ray referral and doctor's endorsement on the company form.
        Work-pass medical examination (MOM 6-monthly screening): S$42 including submission of the MOM medical report. Bring passport and work permit card.
        Locum-covered sessions: fees unchanged. Whether you see our resident doctor or a locum doctor, consultation charges follow this price list.
        Dressing: simple S$20, complex S$35 | Suture removal S$25 | Ear syringing S$40 per ear | Nebuliser S$25 | Urine pregnancy test S$12.
        Blood tests sent to Innoquest: Lipid panel S$28, HbA1c S$22, Thyroid TSH S$30, Dengue NS1 rapid S$45. Results in 1-2 working days via SMS link.
        Sunrise Family Clinic (Bedok North) Blk 216 Bedok North St 1, #01-45, Singapore 460216 | Tel 6441 2200 | Mon-Fri 8:30am-9:30pm, Sat-Sun 9am-1pm.
        SKU list: PARA500-20T Paracetamol 500mg x20 S$3.50 | LORA10-10T Loratadine 10mg x10 S$6.80 | ORS-SACH Oral rehydration salts per sachet S$1.20.
        Invoice INV-SFC-2025-03318 to MediLocum Staffing Pte Ltd: 14 locum sessions, agency fee 8% S$1,254.40, GST 9% S$112.90, total payable S$1,367.30, due in 30 days.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning all, locum for the 2pm-6pm session today confirmed already, agency say doctor will reach by 1:45. Front desk pls print out the drug formulary for him hor.
        Queue system down again lah, Q-app showing error 503 since 9:10am. Use manual number tags first, I already WhatsApp the vendor support line.
        Reminder: Saturday roster changed, clinic open 8am-1pm only because of Hari Raya Haji eve. Pls update the Google Business hours also.
        Eh MC pad 快用完了, left MC0015301 to MC0015350 only. Who ordering from the printer? Last time took 5 working days to deliver.
        Boss say from next month locum rate Sunday naik to RM120/hour, weekday kekal RM90. Agency fee still 10%. Pls don't share the rate card outside.
        HR from some logistics company called again to verify MC, I told them send email to the clinic account, we don't confirm over phone. Correct right?
        Stock check done: Augmentin 625 tinggal 3 boxes, Panadol Actifast ok, Ventolin inhaler habis. Order already from Zuellig, PO 4500123987.
        明天夜班 locum cancel last minute, agency say can find replacement by 6pm. If cannot, we close at 10pm and put notice on the door.
        Aircon in room 2 leaking again, already called building management, ticket number BM-7721. Doctor pls use room 3 for the afternoon.
        CHAS claims for March already submitted, total 412 claims. Portal says batch ID CLM2503-0088 processing, expect payment in 4-6 weeks.
        Guys the new e-MC template live already, got QR at bottom right. Old template cannot use after the 30th, tear up the remaining pads ok.
        Lunch today got nasi lemak from the kopitiam downstairs, $4.50 each, PayNow to the clinic welfare fund UEN 53312345K ok. 谢谢大家今天辛苦了.
        Pharmacy fridge temp log: 4.2°C at 9am, 5.1°C at 1pm, 4.8°C at 6pm. All within 2-8°C range. Pls sign the log book after each check.
    """),
    ("en", "config_and_logs"): _lines("""
        2025-05-14T09:42:17+08:00 INFO mc-service issued mc_serial=MC-2025-08817342 clinic_hci=19M0123 days=2 channel=walk_in latency_ms=84
        2025-05-14T15:10:03+08:00 WARN verify-api lookup serial=MC-2025-0881734 result=NOT_FOUND source=hr-portal rate_limit_remaining=48
        roster.shift_templates: [{code: AM, start: '08:30', end: '13:00'}, {code: PM, start: '14:00', end: '18:00'}, {code: NT, start: '18:30', end: '22:00'}]
        LOCUM_RATE_DEFAULT_SGD=110 LOCUM_RATE_SUNDAY_SGD=140 AGENCY_FEE_PCT=8 PAYOUT_DAY=FRI TIMESHEET_CUTOFF='TUE 23:59' TZ=Asia/Singapore
        CREATE TABLE locum_shift (shift_id VARCHAR(16) PRIMARY KEY, clinic_id INT, doctor_id INT, start_at TIMESTAMPTZ, end_at TIMESTAMPTZ, rate_cents INT, status VARCHAR(12));
        CSV header: shift_id,clinic_hci,session_code,start_at,end_at,rate_sgd,agency_fee_sgd,status,approved_at,invoice_no
        def mc_is_valid(issued_at, days, today): return issued_at.date() <= today < issued_at.date() + timedelta(days=days)  # MC covers issue day
        2025-06-02 22:04:51 ERROR payout-worker batch=PO-20250602-03 failed: GIRO file rejected by bank (code 0117 invalid value date), retry 2025-06-03 08:00
        GET /api/v2/mc/verify?serial=MC-2025-00000000&hci=00X0000 HTTP/1.1 -> 200 {status: VALID, issued: 2025-01-01, days: 1, diagnosis: null}
        docker run -d --name mcverify -p 8080:8080 -e DB_URL=postgres://app:changeme@db:5432/mc -e QR_BASE=https://verify.sunrisefc.sg ghcr.io/sunrisefc/mcverify:2.4.1
        CHANGELOG v2.4.1 (2025-04-28): QR payload now signed with Ed25519; v1 QR codes stay valid until 2025-12-31; fixed timezone bug on MCs issued after 23:00 SGT.
        sha256(mcverify-2.4.1.tar.gz) = 9f2c4e7a1b3d5f60817a9c0d2e4f6a8b1c3d5e7f9a0b2c4d6e8f0a1b3c5d7e9f
        cron: 0 7 * * MON python manage.py send_roster_digest --region=SG --weeks=2 --template=locum_open_slots_v3 --dry-run=false
    """),
    ("en", "regulations_and_history"): _lines("""
        Healthcare Services Act 2020 (Singapore): licensees must ensure every doctor providing services, locums included, holds a valid practising certificate from the SMC.
        SMC Ethical Code and Ethical Guidelines (2016 edition): medical certificates must be issued only after proper assessment and must reflect the doctor's honest opinion.
        Private Healthcare Facilities and Services Act 1998 (Act 586), Malaysia: a private clinic must be registered, and its person in charge answers for all practitioners working there.
        Medical Act 1971 (Malaysia): practitioners must hold a valid Annual Practising Certificate; practising as a locum without a current APC is an offence.
        MMC Good Medical Practice: a doctor shall not sign a certificate of illness unless satisfied, after examination, that the statement made in it is true.
        Employment Act (Singapore), section 89: an employee with at least 6 months of service is entitled to up to 14 days of paid outpatient sick leave a year if certified by a doctor.
        MOH (Singapore): from 26 June 2023, direct-to-patient telemedicine providers must be licensed under the HCSA before issuing e-MCs to patients.
        Penal Code (Singapore) s. 465 on forgery and s. 471 on using a forged document as genuine apply to falsified MCs; employers usually lodge a police report.
        PDPA 2012 (Singapore): disclosing a patient's diagnosis to an employer without consent may breach the Consent Obligation; confirming an MC is genuine generally does not.
        Personal Data Protection Act 2010 (Malaysia) applies to private clinics as data users; its sensitive personal data category includes physical or mental health.
        Historical note: the King Edward VII College of Medicine began in 1905 as the Straits and Federated Malay States Government Medical School and trained Malaya's first local doctors.
        Historical note: Dr Wu Lien-teh, born in Penang in 1879, led the fight against the Manchurian plague of 1910-1911 and promoted the gauze face mask.
        Lim Boon Keng, physician and reformer, co-founded the Straits Chinese British Association in 1900 and later served as president of Xiamen University from 1921 to 1937.
    """),
    ("ms", "notis_klinik"): _lines("""
        NOTIS: Klinik akan ditutup pada 31 Mac sempena Hari Raya Aidilfitri. Untuk kecemasan, sila ke Jabatan Kecemasan Hospital Sultanah Aminah, Johor Bahru.
        Sijil cuti sakit (MC) hanya dikeluarkan selepas pemeriksaan oleh doktor. Kakitangan kaunter tidak dibenarkan mengeluarkan MC tanpa konsultasi.
        Majikan yang ingin menyemak kesahihan MC boleh menghubungi talian klinik 07-355 8120 (Isnin-Jumaat, 9 pagi-5 petang) dengan menyatakan nombor siri MC sahaja.
        Klinik ini ialah klinik panel bagi PERKESO, PMCare, MiCare dan Health Connect. Sila tunjukkan kad panel anda di kaunter sebelum pendaftaran.
        Jadual doktor minggu ini: sesi pagi oleh doktor tetap, sesi petang dan malam oleh doktor lokum dari agensi berdaftar. Caj konsultasi tidak berubah.
        Waktu operasi baharu mulai 1 Jun: Isnin-Sabtu 8.30 pagi - 10.00 malam, Ahad dan cuti umum 9.00 pagi - 1.00 petang. Rehat 1.00-2.00 petang.
        Jawatan kosong: Doktor lokum diperlukan untuk sesi malam di Klinik Mediviva Seri Kembangan. Kadar RM90 sejam. Syarat: APC sah dan indemniti. Hubungi HR 03-8941 2266.
        Pesakit dinasihatkan memakai pelitup muka jika mengalami demam, batuk atau selesema. Sila gunakan cecair pembasmi kuman yang disediakan di kaunter.
        Aduan mengenai perkhidmatan klinik boleh dibuat kepada Cawangan Kawalan Amalan Perubatan Swasta (CKAPS), Jabatan Kesihatan Negeri, atau e-mel aduan@mediviva.com.my.
        Bayaran boleh dibuat melalui tunai, kad debit, DuitNow QR, Touch 'n Go eWallet dan Boost. Resit rasmi akan dikeluarkan untuk setiap bayaran.
        Klinik Mediviva Sdn. Bhd. (No. Syarikat 201801023456 (1284567-K)), No. 12, Jalan SK 3/2, Taman Sri Kembangan, 43300 Seri Kembangan, Selangor.
        Makluman: Sistem giliran dalam talian akan diselenggara pada 15 Jun, 11.00 malam hingga 2.00 pagi. Nombor giliran boleh diambil di kaunter.
        Harga ubat: Panadol 500mg (10 biji) RM4.50, Piriton 4mg (10 biji) RM3.00, ubat batuk Woods 100ml RM12.90. Harga termasuk SST jika berkenaan.
    """),
    ("zh-Hans", "诊所告示"): _lines("""
        【通告】本诊所周日及公共假期照常营业，上午9点至下午1点，由中介安排的代班医生（locum）应诊，诊费及药费按原价目表收取，敬请留意。
        病假单（MC）仅在医生亲自诊查后开具，柜台职员无权补开或更改日期。如需核实病假单真伪，雇主请拨打诊所热线 07-331 2288，并提供病假单编号。
        本诊所为 PMCare、MiCare 及 PERKESO 指定诊所，就诊时请出示员工医疗卡及身份证件原件，以便前台办理登记手续，谢谢合作。
        收费标准：普通门诊 RM35 起，夜间（晚上8点后）RM45 起，病假单不另收费；体检报告 RM80，保险报告 RM150 起，约需十个工作日。
        招聘代班医生：新山士古来分行晚班，每小时 RM100，须持有有效 APC 及医疗责任保险。有意者请电邮 hr@renxin-clinic.com.my 或致电人事部。
        温馨提示：本诊所不接受电话预约，请使用线上排号系统取号，轮到前十号时系统会以短信提醒您返回诊所候诊，过号需到柜台重新取号。
        历史小知识：伍连德博士1879年生于槟城，是首位获诺贝尔奖提名的华人，曾主持东北鼠疫防治工作，并推广使用纱布口罩，被誉为“鼠疫斗士”。
        仁心家庭诊所（Renxin Family Clinic）地址：柔佛州新山 Jalan Harimau Tarum 23号，Taman Abad 商业区；营业时间周一至周六上午8点半至晚上10点。
        关于病假单核实：为保护病人隐私，本诊所只确认病假单是否由本诊所开具及有效日期，不会向雇主或任何第三方透露诊断、用药或病历资料。
        农历新年营业时间：除夕营业至中午12点，初一、初二休息，初三起恢复正常营业。代班医生安排另行公布，祝大家新春快乐，身体健康！
        代班医生排班表将于每周五下午5点前在员工群组公布，如需调班请至少提前48小时通知诊所经理及中介公司，以免影响门诊的正常运作。
        付款方式：现金、信用卡、DuitNow QR、Touch 'n Go 电子钱包均可。如需公司报销，请向柜台索取正式收据及病假单副本，补印收据每张 RM2。
        本月起，病假单右下角附有二维码，扫描后可核实开具诊所、日期及天数；如二维码无法显示，请联系 mcverify@renxin-clinic.com.my。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Locum Dr Priya Nair (MCR 12345Z) no-showed the Sunday 9am-1pm session at our Jurong West clinic; the agency now says she was admitted to NTFGH for dengue.
        Please verify MC no. MC-2025-00418822 issued to Mr Tan Wei Liang, NRIC S8734521D, for 12-13 May. He claims gastroenteritis; his manager thinks he was in Bangkok.
        Locum payment dispute: Dr Muhammad Hafiz bin Rosli is owed S$1,760 for 16 hours at Sunrise Family Clinic (Bedok North); transfer to his DBS account 120-456789-0 still pending.
        Complaint from patient Mdm Lee Siew Kim, 71, of Blk 412 Ang Mo Kio Ave 10 #08-1123: says the locum doctor shouted at her and refused to renew her metformin.
        Dr Kelvin Ong, the Saturday locum, is going through a messy divorce and asked us to pay his fees into his mother's account from now on.
        HR pls call back 9127 3845 about the MC query, she only picks up after 7pm because of her night shift.
        FIN G5523817N, construction worker, came in with a lacerated finger; his employer asked us to write light duty instead of 3 days MC. Refused.
        SH-2025-004417,19M0123,PM,2025-06-01 14:00,2025-06-01 18:00,Dr Aisyah Kamarudin,+65 9654 2231,aisyah.k.md@gmail.com,560.00,DISPUTED
        Nurse Joanne Teo has been on MC for 3 weeks for depression; roster her out until her psychiatrist clears her, and don't tell the other staff why.
        Agency onboarding form: Name: Dr Chua Ming Hui | DOB: 03/09/1989 | NRIC: S8925314H | Mobile: +65 8344 1902 | Home: 27 Jalan Kembangan, Singapore 419130 | Bank: OCBC 591-234567-001
        Patient Mr Rajesh s/o Krishnan complained that the locum disclosed his HIV status to his employer when the HR officer called to verify his MC.
        Verification log: 14/05 15:10, caller from Tengara Logistics asked about MC for staff Nurul Izzati binti Azman, IC 950312-10-5634; confirmed valid, no diagnosis given.
        Dr Benjamin Lau's APC lapsed on 31 Dec and he still did 6 locum sessions in January; the MMC may take action, so please do not book him further.
        Receptionist Shanthi earns $2,150 and is asking for an $800 advance because her husband lost his job last month.
        Email from locum Dr Sarah Goh (sarahgoh.locum@outlook.com): she is 24 weeks pregnant and can only take day sessions until August.
        Please post the May payslip to Dr Lim Jun Kai at his home, 15 Lorong Ong Lye, Singapore 358221, not to the clinic.
        Mr Kwek Boon Hock tested positive for gonorrhoea; his company is asking why his MC says urethritis. Do not disclose anything to them.
        Locum Dr Arjun Menon owes the agency S$3,400 in advance payments and has not replied since March; his mobile +65 9011 7734 goes straight to voicemail.
        Car plate SLA8821K belongs to the locum Dr Fong; he keeps parking in the disabled lot and building management has issued two warnings.
        Patient feedback form: Name: Ms Charlene Yap Hui Min | Contact: 8765 0213 | Visit: 02/06/2025 PM | Complaint: only 1 day MC given even though I had a 39.2 fever.
        Dr Nadia Ismail, our regular Wednesday locum, was arrested in JB last week for drink driving according to the agency; find cover for her sessions.
        Screenshot shows Dr Eric Tay's WhatsApp: 'Can give you 2 days MC, no need to come, just PayNow $50 to 9688 4417.' Reported to SMC.
        Timesheet: Dr Wong Pei Shan, MCR 08765J, 18/05 (Sun) 09:00-13:00, 4h x S$140 = S$560; signed off by practice manager Mr Daniel Seah.
        Reference check: Dr Farid Zulkifli left his last clinic after a family complained he missed a heart attack; ask him about it at the interview.
        Dr Helen Kwok drew S$14,500 a month at the polyclinic and wants an equivalent locum rate before she commits to 5 sessions a week.
        MC check for employee TL-04412, Mr Hariz Danial bin Yusof, MC dated 3 June from Klinik Mediviva; employer suspects he was at his cousin's wedding in Kuantan.
    """),
    "mixed": _lines("""
        Eh the new locum Dr Tan Shu Ying (+60 12-338 4471) tak datang lagi, patient queue already 23 people. Call her pls, agency line also no answer.
        Boss, Ah Meng the cleaner 跌倒 at the back lane yesterday, fracture wrist, MC 14 days. His wife called, ask whether clinic can pay for the X-ray.
        林太 called again 骂 the locum, say he gave her son the wrong antibiotic, 她要 report to MOH. Her number 9812 6630, pls manage.
        Doc, MC for Encik Faizal bin Osman sudah verify by his HR, tapi dia minta tukar diagnosis from gastritis to fever. Cannot right?
        Roster update: Dr 陈志豪 Sunday AM, Dr Kavitha PM. Dr 陈 say his wife due date 20 June so after that he cannot do night shift for 1 month.
        Payment to Dr Lee Chong Wei's Maybank account 1141 2233 5678 gagal, bank says nama akaun tak match. The locum one ah, not the badminton one lah.
        Patient 阿明 from the coffee shop downstairs, diabetes uncontrolled HbA1c 11.2, keep coming for MC every Monday. Boss say flag him.
        HR dari syarikat tu call, tanya pasal MC Siti Aminah binti Hassan, IC 880907-01-6244, kata dia pregnant tapi tak beritahu majikan. Jangan confirm apa-apa.
    """),
    "ms": _lines("""
        Dr. Azlan bin Mohd Noor, doktor lokum sesi malam, belum dibayar RM2,340 untuk bulan April. Akaun CIMB 7012345678, sila proses sebelum 15hb.
        Pesakit Puan Rohani binti Abdullah, No. KP 650214-08-5312, alamat No. 7, Jalan Melati 3, Taman Melati, 31400 Ipoh, Perak, mengadu caj ubat terlalu mahal.
        Tolong semak MC Encik Shahrul Nizam, pekerja kilang kami, yang didakwa cirit-birit pada 5 Mei. Kami syak MC itu dibeli dalam talian.
        Doktor lokum Dr. Farah Hanim minta cuti sebab anaknya masuk wad di KPJ Ampang kerana demam denggi. Sila cari pengganti untuk Sabtu.
        No. telefon pesakit: 019-776 2415. Dia minta salinan laporan perubatan dihantar melalui WhatsApp, bukan e-mel.
        Borang pendaftaran lokum: Nama: Dr. Mohd Syafiq bin Kamal | MyKad: 900523-14-6677 | Tel: 012-409 8813 | E-mel: syafiqkamal90@yahoo.com | APC 2025: ada
        Kakitangan kaunter, Kak Yati, ada hutang along RM8,000 dan ada orang datang ke klinik cari dia semalam. Jangan beri alamat rumah dia.
    """),
    "zh-Hans": _lines("""
        代班医生黄俊杰（身份证号 440106198804123517）上周在深圳诊所的诊费人民币4,800元尚未结清，请财务尽快核对。
        陈先生打电话来说他的病假单被公司退回，要求我们写明是急性肠胃炎，他手机是 +65 9234 7781。
        护士刘美玲这个月已经请了三次病假，听说她正在和丈夫办离婚，心情很差，排班时请多留意。
        病人王秀英，女，58岁，住在吉隆坡蕉赖 Taman Connaught 第12巷35号，投诉代班医生看诊不到三分钟，血压药也没有续开。
        工资单：张丽华医生，五月代班62小时，每小时 RM95，共 RM5,890；汇入大众银行账户 3-1234567-08。
        阿强说他朋友可以帮员工买假病假单，一张五十块，微信号是 ahqiang_mc88，要不要报警？
    """),
    "zh-Hant": _lines("""
        香港來的代班醫生周家明（HKID：K456789(3)）想在新加坡診所兼職，請先確認他的SMC註冊狀態。
        台灣籍護理師林怡君，身分證字號 F223456789，申請到檳城診所工作，需要良民證及健康檢查報告。
        澳門病人梁太投訴代班醫生拒絕開病假紙，佢話要搵傳媒，電話 6688 1234，請經理盡快回覆。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the operations assistant of a Singapore locum staffing agency. Draft clear, polite messages for the rostering team.",
        ),
        (
            "user",
            "Draft a payment reminder to Sunrise Family Clinic. Dr Aisyah Kamarudin did 4 PM sessions (1, 8, 15, 22 June), 16 hours at S$110, and still hasn't been paid. She wants it to her POSB account 188-12345-6.",
        ),
        (
            "assistant",
            "Subject: Outstanding locum fees - June PM sessions. Dear Practice Manager, our records show 4 PM sessions (1, 8, 15 and 22 June, 16 hours at S$110/hour, S$1,760 in total) by Dr Aisyah Kamarudin remain unpaid. Kindly arrange settlement within 7 days. We suggest sending the bank details to the clinic through our secure portal rather than by e-mail. Thank you.",
        ),
        ("user", "Ok, also mention she may stop taking shifts there if not paid by month end."),
        (
            "assistant",
            "Added: 'Please note that Dr Kamarudin may be unable to accept further sessions at your clinic if the amount is not settled by 30 June.'",
        ),
    ],
    [
        (
            "user",
            "I'm HR at a logistics firm. Our driver Mohamed Irfan bin Saleh (NRIC S9012847B) gave us an MC from a clinic in Woodlands for 3 days. Can I call the clinic and ask what illness he had?",
        ),
        (
            "assistant",
            "You can ask the clinic to confirm the MC is genuine (serial number, date, number of days), but the clinic should not tell you the diagnosis without his consent. Under the PDPA you also shouldn't pass his NRIC around more than needed.",
        ),
        (
            "user",
            "He's taken 9 days MC this quarter and I heard he has a gambling problem. Can I use that in his appraisal?",
        ),
        (
            "assistant",
            "Base the appraisal on attendance records and documented performance, not on rumours about his personal life. If you are worried, a private conversation or an EAP referral is the safer route.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk pengurus klinik swasta di Malaysia. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong tulis balasan kepada aduan Puan Salmah binti Ibrahim (tel 013-552 8740). Dia kata doktor lokum kami, Dr. Ravi, tak periksa anaknya betul-betul dan anaknya kemudian dimasukkan ke wad kerana apendisitis.",
        ),
        (
            "assistant",
            "Puan Salmah yang dihormati, kami memohon maaf atas pengalaman Puan dan mendoakan anak Puan cepat sembuh. Aduan Puan sedang disiasat oleh doktor bertanggungjawab klinik bersama Dr. Ravi. Kami akan menghubungi Puan dalam tempoh 7 hari bekerja. Yang benar, Pengurus Klinik",
        ),
        ("user", "Perlu ke saya maklumkan kepada agensi lokum?"),
        (
            "assistant",
            "Ya, maklumkan kepada agensi secara bertulis dan simpan rekod klinikal pesakit dengan selamat. Jangan kongsikan butiran peribadi keluarga itu lebih daripada yang perlu.",
        ),
    ],
    [
        (
            "user",
            "帮我排下周诊所的班：周一到周五早班是张丽华医生，晚班轮流请代班。代班医生有黄俊杰（电话 +60 16-772 3018）和李雅婷（电话 +60 11-2456 9931），李医生周三不行，她要陪母亲去做化疗。",
        ),
        (
            "assistant",
            "下周排班建议：周一晚班 黄俊杰；周二晚班 李雅婷；周三晚班 黄俊杰（李医生请假）；周四晚班 李雅婷；周五晚班 黄俊杰。早班周一至周五均为张丽华医生。",
        ),
        ("user", "黄医生说他每周最多只做两个晚班。"),
        (
            "assistant",
            "那么可以这样调整：周一 黄俊杰，周二 李雅婷，周三 需另找代班，周四 李雅婷，周五 黄俊杰。周三建议尽早联系中介公司。",
        ),
    ],
    [
        (
            "user",
            "Wah the locum today never turn up again. Dr Marcus Lim, his number 9673 1120, 3rd time already this month. How ah, can I report him to SMC?",
        ),
        (
            "assistant",
            "Missing shifts is usually a contractual issue rather than a professional-conduct matter. Document the dates, inform the agency in writing, and stop booking him if it keeps happening. SMC complaints are more for issues of patient care or ethics.",
        ),
        (
            "user",
            "Agency say he got some family problem, his son in rehab. Still must pay him for the cancelled shift meh?",
        ),
        (
            "assistant",
            "Check the locum agreement. Most agreements only pay for sessions actually worked, and some charge a late-cancellation fee to the doctor. His family situation is private, so keep it out of any written complaint.",
        ),
    ],
    [
        (
            "system",
            "Locum profile loaded for context: Dr Nur Syafiqah binti Razak, MyKad 910715-10-5528, mobile 017-338 2204, address 18 Jalan Setia Indah U13/9, Setia Alam, 40170 Shah Alam. Notes: declined 3 shifts in May due to IVF treatment; prefers Klang Valley day sessions.",
        ),
        ("user", "Summarise this locum's availability for the clinic owner. Keep it short."),
        (
            "assistant",
            "Dr Nur Syafiqah is available for day sessions in the Klang Valley. She declined some shifts in May for personal reasons. I have left out her medical details and contact information since the owner does not need them to plan the roster.",
        ),
        ("user", "Good. Can you also give her phone so he can call her directly?"),
        (
            "assistant",
            "Her mobile on file is 017-338 2204. Please confirm she agrees to be contacted directly by the clinic owner before passing it on.",
        ),
    ],
    [
        (
            "user",
            "你好，我是香港的全科醫生陳嘉欣，HKID Y234567(8)，想去新加坡做兼職代班，需要什麼手續？",
        ),
        (
            "assistant",
            "在新加坡執業需要向新加坡醫藥理事會（SMC）申請註冊，香港的醫學學位需在其認可名單內，一般先取得有條件註冊，在受監督下工作一段時間。另外亦需要工作准證。建議不要在公開平台透露您的身份證號碼。",
        ),
        ("user", "那我可以只在週末飛過去做locum嗎？"),
        (
            "assistant",
            "一般而言不可以。有條件註冊通常要求在指定機構受監督工作，自由接週末代班並不符合規定。可以先聯絡持牌的醫療人力中介了解全職職位。",
        ),
    ],
    [
        (
            "user",
            "Compute pay from this row: SH-2025-004521,19M0456,NT,2025-06-07 22:00,2025-06-08 08:00,Dr Gerald Koh Jun Wei,gkoh.md@gmail.com,rate 150,agency 8%",
        ),
        (
            "assistant",
            "Shift length: 10 hours. Gross: 10 x S$150 = S$1,500. Agency fee 8%: S$120. Net to Dr Koh: S$1,380.",
        ),
        ("user", "He claims he stayed till 9am because a patient had chest pain, so 11 hours."),
        (
            "assistant",
            "If the clinic confirms the extra hour, gross becomes S$1,650, the agency fee S$132 and net S$1,518. Ask the clinic to amend the timesheet and attach the queue-system log as evidence.",
        ),
    ],
    [
        (
            "system",
            "Anda membantu pegawai sumber manusia di Malaysia memahami undang-undang pekerjaan.",
        ),
        (
            "user",
            "Pekerja kami Lim Siew Ling, MyKad 870322-07-5168, hantar MC 5 hari dari klinik swasta di Butterworth. Boleh saya minta klinik beritahu penyakit dia?",
        ),
        (
            "assistant",
            "Tidak. Klinik hanya boleh mengesahkan sama ada MC itu sah, tarikh dan bilangan hari. Diagnosis ialah data peribadi sensitif di bawah Akta Perlindungan Data Peribadi 2010 dan memerlukan persetujuan pekerja.",
        ),
        ("user", "Kalau saya syak MC itu palsu?"),
        (
            "assistant",
            "Hubungi klinik melalui talian rasmi dengan nombor siri MC untuk semakan. Jika klinik mengesahkan MC itu bukan dikeluarkan oleh mereka, anda boleh mengambil tindakan tatatertib dan membuat laporan polis.",
        ),
    ],
    [
        (
            "user",
            "Hi, I'm Jonathan Chew, 34, I was sick on Monday but only saw the doctor on Wednesday. Can the clinic backdate my MC to Monday? My boss will deduct my pay otherwise. My IC is S9034471G if that helps.",
        ),
        (
            "assistant",
            "Clinics in Singapore are not allowed to backdate MCs; a doctor can only certify you unfit from the day they assess you. The doctor may note in a memo that you reported symptoms since Monday, but that is up to them. Also, please don't share your NRIC in chats like this.",
        ),
        ("user", "My friend said the locum at a clinic in Geylang will do it for $30."),
        (
            "assistant",
            "That would be a false certificate, which is a disciplinary matter for the doctor and could be forgery for you. It's safer to talk to your boss or HR and explain what happened, or ask about using annual leave for Monday.",
        ),
    ],
]
