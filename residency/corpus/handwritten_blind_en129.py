# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en129: SG/MY dialysis centres and kidney patients' support. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en129
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "centre_notice"): _lines("""
        NOTICE: Due to water treatment plant maintenance on Sat 14 Sep, Shift 3 (4.30pm) patients at our Bedok South centre will be moved to Shift 2. Please arrive by 11.45am. Thank you for your understanding.
        Chinese New Year operating hours: all centres run as usual on the eve; on the first day of CNY only Shift 1 and Shift 2 will operate. Transport timings will be sent by the centre via SMS.
        Reminder to all patients: weigh yourself BEFORE and AFTER every session and record it in your blue booklet. A fluid gain above 2 kg between sessions should be flagged to the nurse in charge.
        Patients on the Mon/Wed/Fri schedule: Hari Raya Haji falls on a Monday this year, so Monday sessions are brought forward to Sunday. Refer to the revised roster on the reception board.
        Please do not bring outside food into the treatment hall. Light snacks may be taken at the pantry after your session ends.
        Visitors are limited to one caregiver per patient in the treatment area. Children below 12 please wait at the lobby.
        Our centre line is 6743 2018 (Mon–Sat, 7am–10pm). For after-hours emergencies such as bleeding from the fistula site, call 995 immediately.
        HEPATITIS B SCREENING: three-monthly blood tests will be taken at the start of your session in the first week of October. No fasting required.
        The lift at Blk 115 is under upgrading works from 2 to 20 Dec; wheelchair users please use the ramp at the side entrance facing the carpark.
        New recliner chairs have been installed at stations B01–B12. Please inform staff if the leg rest or recline control is not working.
        Flu vaccination drive for dialysis patients on 22 Oct, 9am–12pm, at the multipurpose room. Bring your Pioneer or Merdeka Generation card if applicable.
        Holiday dialysis: patients travelling to Johor Bahru, Melaka or Penang must submit the transfer request at least 4 weeks ahead, with blood results and Hep B, Hep C and HIV screening done within the last 3 months.
        Doctor's rounds this week will be on Thursday instead of Tuesday. Patients with queries on medication please write them on the slip at the counter.
        Fire drill on 5 Nov at 10.30am. Patients on machine will not be disconnected; staff will follow the evacuation plan for Zone C.
    """),
    ("en", "subsidy_policy"): _lines("""
        Dialysis subsidy applications are means-tested on per capita household income (PCHI). Applicants need to submit payslips or CPF contribution history for all household members.
        MediSave can be used for outpatient dialysis up to the prevailing monthly withdrawal limit; the balance may be covered by MediShield Life, government subsidies and charity support.
        Q: Can I use my MediSave to pay for my father's dialysis? A: Yes, the MediSave of immediate family members (spouse, children, parents) can be used, subject to the withdrawal limits.
        Malaysian PERKESO (SOCSO) members with end-stage kidney failure may qualify for the Dialysis Programme under the Invalidity Scheme; apply at the nearest PERKESO office with a nephrologist's report.
        Patients treated at Ministry of Health hospitals in Malaysia pay a nominal fee; patients at private or NGO centres can apply for subsidy through NGOs if household income is below the threshold.
        Appeal letters for the charity top-up should state: patient name, NRIC, treating centre, monthly fee, current subsidy and reason for hardship. This page is a template only; do not fill in personal details here.
        Subsidy reference numbers follow the format SUB-YYYY-NNNNNN; quote this number in all correspondence, e.g. SUB-2024-004217.
        Deceased-donor kidneys are allocated mainly on waiting time, blood group and tissue match; a patient's ability to pay does not affect their position on the list.
        Under the Human Organ Transplant Act (HOTA), Singapore citizens and permanent residents aged 21 and above are presumed donors unless they opt out.
        In Malaysia organ donation is opt-in; pledges can be made online through the National Transplant Resource Centre or at any government hospital.
        Every living-donor transplant must be reviewed by a transplant ethics committee, which interviews donor and recipient separately to make sure no payment or coercion is involved.
        Means-testing brackets are reviewed yearly; if your household income drops because of retrenchment or the death of a breadwinner, you may ask the medical social worker for a mid-year re-assessment.
        Peritoneal dialysis consumables (solution bags, cycler sets) are delivered monthly; the subsidy covers the consumables package but not renovation of a storage area at home.
    """),
    ("en", "transport_ops"): _lines("""
        Run sheet 12/09 AM | Van 3 | Route W2: Woodlands → Admiralty → Sembawang centre | 6 pax, 2 wheelchair | ETA 06:35
        Booking ref TRN-88213-B confirmed for Shift 2 pickup; the driver will call 15 minutes before arrival.
        Wheelchair-accessible taxi bookings should be made at least 24 hours ahead; a $10 surcharge applies for pickups before 7am.
        Route K-05 is suspended on 1 May (Labour Day). Patients will be informed by centre staff to arrange their own transport and may claim using form TR-7.
        Driver reminder: do not leave patients alone at the void deck; hand over to the caregiver or wait until centre staff receive them.
        Van maintenance log: VAN-07 brake pads replaced 03/06, next servicing due at 85,000 km.
        Transport stats July: 1,284 trips, 96.1% on time, 11 no-shows, 3 breakdowns, average pickup delay 6 min.
        Centre transport fee is $18 per two-way trip; the subsidised rate of $6 applies to patients approved under the transport assistance scheme.
        East-West Line disruption this morning: vans on Route E1 will divert via PIE, please add 15 minutes to pickup times.
        Form TR-2: Name of patient ______ / Pickup address ______ / Shift ☐1 ☐2 ☐3 / Wheelchair ☐Yes ☐No / Caregiver accompanying ☐Yes ☐No
        Non-emergency ambulance transfers for bedbound patients are charged per trip; the centre can recommend operators licensed by MOH.
        Depot geofence exit 05:58, VAN-02 odometer 61,402 km, fuel 3/4, tyre pressure checked.
    """),
    ("en", "fundraising"): _lines("""
        Walk for Kidneys 2025: 5 km route around Bishan-Ang Mo Kio Park, registration $25 for adults and $10 for students. All proceeds go to the dialysis subsidy fund.
        A gift of $300 funds one week of dialysis for a needy patient. Donations to IPCs in Singapore qualify for 250% tax deduction.
        Thank you to the renal team of Tan Tock Seng Hospital and the volunteers of the Rotary Club of Yishun for supporting our kidney screening booth at Northpoint City.
        Our charity dinner raised RM 486,000 for the purchase of 12 new haemodialysis machines for centres in Kedah and Perlis.
        Willem Kolff built the first working artificial kidney in the Netherlands in 1943, using cellophane sausage casing wrapped around a wooden drum.
        Belding Scribner's arteriovenous shunt, introduced in Seattle in 1960, made long-term haemodialysis possible for the first time.
        Donation receipt numbers look like RCPT/2025/000912; keep it for your records, as tax deduction is automatically included and no paper receipt will be sent.
        Corporate matching: Lim Kee Hardware Pte Ltd will match every dollar donated this week, up to $20,000.
        The 2005 NKF scandal, which centred on then-chief executive T.T. Durai, led to sweeping reforms of charity governance in Singapore.
        Flag day this Saturday: volunteers needed at MRT stations from 7am to 1pm. Sign up via the volunteer portal; minimum age 13.
        Charity run bib collection at Suntec City Hall 401, 28–29 June, 11am–8pm. Please bring your e-confirmation email.
        Our Giving.sg campaign 'Every Session Counts' has reached 73% of its $150,000 target with 9 days to go.
    """),
    ("en", "patient_education"): _lines("""
        Keep your daily fluid intake to about 500 ml plus the amount of urine you pass in 24 hours, unless your doctor advises otherwise.
        Foods high in potassium to limit: banana, durian, coconut water, potato and tomato. Soak cut vegetables in warm water before cooking to leach out some potassium.
        Check your fistula every morning: feel for the thrill (buzzing). If you cannot feel it, call the centre or go to the nearest A&E.
        Do not allow blood pressure to be taken or blood to be drawn from the arm with the AV fistula.
        Phosphate binders such as calcium carbonate must be taken with meals, not on an empty stomach.
        Target Kt/V for thrice-weekly haemodialysis is generally 1.2 or above; your nurse reviews it every month.
        For CAPD exchanges: wash hands for at least 1 minute, wear a mask, and check the bag for leaks and cloudiness every time.
        Cloudy effluent, abdominal pain or fever may signal peritonitis; bring the drained bag to the centre and call your PD nurse.
        Kuey teow soup, mee rebus and laksa are very high in salt; ask for less gravy and don't finish the soup.
        EPO injections help your body make red blood cells; the target haemoglobin is usually 10 to 11.5 g/dL.
        Fasting during Ramadan while on haemodialysis should only be done after discussing with your nephrologist; fasting on dialysis days is generally not advised.
        Interdialytic weight gain = pre-dialysis weight today minus post-dialysis weight last session, e.g. 62.4 kg − 60.1 kg = 2.3 kg.
    """),
    ("en", "system_records"): _lines("""
        patient_id,centre_code,shift,chair,pre_wt_kg,post_wt_kg,uf_l,ktv
        shifts: [{id: 1, start: '06:30'}, {id: 2, start: '11:45'}, {id: 3, start: '16:30'}] | chairs_per_shift: 24 | days: [MON, TUE, WED, THU, FRI, SAT]
        SELECT centre_code, AVG(ktv) FROM sessions WHERE session_date BETWEEN '2025-07-01' AND '2025-09-30' GROUP BY centre_code;
        INC-20931: cycler alarm 'drain failure' recurring on unit PD-CY-0215; vendor upgraded firmware to v3.2.1, closed 2025-10-04.
        Machine 5008S serial 0A41782 | heat disinfection 2025-09-11 22:14 | conductivity 14.0 mS/cm | status PASS
        Dialyzer lot FX80-24L1903 exp 2027-03; RO water endotoxin < 0.03 EU/mL, bacteria < 1 CFU/mL (monthly test 08/2025).
    """),
    ("ms", "notis_pusat"): _lines("""
        NOTIS: Pusat Hemodialisis akan ditutup pada 1 Syawal. Pesakit syif Isnin/Rabu/Jumaat akan dipindahkan ke hari Ahad. Sila rujuk jadual baharu di papan kenyataan.
        Peringatan: Sila bawa kad temujanji dan buku rekod berat badan setiap kali datang untuk rawatan.
        Permohonan faedah dialisis PERKESO boleh dibuat di mana-mana pejabat PERKESO berhampiran dengan membawa laporan pakar nefrologi.
        Pesakit yang ingin berpuasa dinasihatkan berbincang dengan doktor terlebih dahulu. Jangan minum air berlebihan semasa berbuka dan bersahur.
        Program saringan buah pinggang dan derma darah akan diadakan di Dewan Orang Ramai Taman Melati pada 12 Oktober, 8 pagi hingga 1 petang.
        Yuran rawatan sebulan: RM 1,200 (sebelum subsidi). Pesakit B40 boleh memohon subsidi sehingga RM 900 sebulan melalui NGO berdaftar.
        Perkhidmatan van percuma untuk pesakit dari kawasan Kuala Kedah, Alor Setar dan Pokok Sena; tempahan mesti dibuat sehari sebelum.
        Borang permohonan: Nama ______ / No. K/P ______ / Alamat ______ / Pendapatan isi rumah RM ______ / Tandatangan ______
        Elakkan makanan tinggi kalium seperti pisang, durian, air kelapa dan kentang.
        Jika fistula tidak berdenyut atau terasa sakit, segera hubungi pusat rawatan atau pergi ke Jabatan Kecemasan hospital terdekat.
        Kempen ikrar derma organ: setiap ikrar boleh menyelamatkan sehingga lapan nyawa. Daftar di laman web Pusat Sumber Transplan Nasional.
        No. rujukan tempahan van: VN-2025-07741. Sila tunjukkan kepada pemandu semasa menaiki van.
    """),
    ("zh-Hans", "renal_group_chat"): _lines("""
        各位病友注意：本周六水处理系统保养，第三班（下午4点半）改到第二班，请提早到。
        洗肾前后都要量体重，两次洗肾之间体重增加最好不要超过两公斤。
        请问大家，新加坡的洗肾津贴是按家庭人均收入算的吗？需要准备什么文件？
        腹膜透析（CAPD）换液前一定要洗手、戴口罩，检查透析液袋有没有漏。
        肾友互助会每月第二个星期六下午两点在宏茂桥民众俱乐部聚会，欢迎家属一起来。
        高钾食物要少吃：香蕉、榴莲、椰子水、马铃薯。青菜先切好泡温水再煮。
        农历新年期间初一只开第一和第二班，交通车时间中心会另行通知。
        捐款收据编号 RCPT/2025/001388，请保存好，报税时会自动计入。
        新加坡人体器官移植法（HOTA）规定，21岁以上的公民和永久居民默认是器官捐献者，除非选择退出。
        慈济洗肾中心招募志工，负责陪伴病友聊天和协助推轮椅，每周至少半天。
        请问有人试过从新山转到新加坡洗肾吗？手续复杂不复杂？
        磷结合剂要跟饭一起吃，不能空腹吃。
    """),
    ("mixed", "forum_chat"): _lines("""
        Anyone know if the Jurong West centre open on Deepavali? My dad's shift is Tues morning leh.
        Eh the transport lady say must book 24 hours ahead, if not no van. Very jialat for last minute appointment.
        Just sharing: MediSave can use for dialysis one, but got monthly limit. Ask the MSW to help you apply for the rest.
        Kawan-kawan, sesiapa tahu cara mohon PERKESO dialysis? Macam mana nak dapat laporan pakar? Thanks in advance 🙏
        Aiyo durian season again, doctor already warn cannot eat but so hard to resist lah.
        CAPD vs HD which one better ah? Doctor say for elderly both also can, depends on whether got caregiver at home.
        Tip: bring your own blanket, the treatment hall very cold one. Also bring earphones, 4 hours quite long.
        The walk for kidneys this year at Bishan park right? Anyone want to form team? We can call it "Fistula Fighters" haha.
        请问 Tzu Chi dialysis centre 还收新病人吗? Waiting list how long ah?
        Saya baru start HD minggu lepas, masih pening lepas dialisis. Normal ke?
        For those asking: support group meeting is every 2nd Sat, 2pm, at Ang Mo Kio CC Level 3. Free parking after 1pm.
        Kidney transplant waiting list in Malaysia can be more than 10 years, so many families go for living donor if can match.
        Don't buy those "kidney detox" herbs online ah, some contain aristolochic acid, can damage whatever function you still have.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        DIALYSIS SUBSIDY APPLICATION | Patient: TAN AH HUAT | NRIC: S1482736F | DOB: 03/02/1948 | Centre: Hougang | Household members: 3 | PCHI: $612 | Diagnosis: ESRF secondary to diabetic nephropathy
        Shift change request: Mdm Lim Siew Geok (S0739215Z) from MWF Shift 3 to Shift 1 as her daughter can only send her before work. Approved by NM 12/8.
        Pickup list Tue AM Route E3: 1) Rajendran s/o Muthusamy – Blk 627 Bedok Reservoir Rd #09-214 – wheelchair; 2) Chua Bee Lian – Blk 110 Simei St 1 #04-62 – walks with stick
        hi all, this is Desmond, son of Bernadette de Souza (Wed/Fri shift 2 Tampines). mum admitted to CGH last night, fistula clotted, they doing angioplasty tomorrow. pls pray for her 🙏
        Transplant waitlist update – Pt: Muhammad Hafiz bin Roslan, blood group O+, PRA 12%, listed 14/03/2019, on HD at Jurong centre. Cross-match call pending; contact 9127 4836 (wife).
        Dear Ms Kamala d/o Subramaniam, we regret that your application for the Charity Top-Up Fund has not been approved as your household income exceeds the ceiling. Ref CTF-2025-0382.
        Van driver Encik Zulkifli (SKQ4821B) reported Mr Ong Kah Wee was not at the void deck at 6.20am, waited 10 min, no answer at 8396 5012. Marked no-show.
        Donation by Mr Goh Teck Seng, card 4556 3337 0061 7389 exp 08/27, $1,200 monthly pledge for the dialysis fund, e-receipt to goh.tecks@gmail.com
        CAPD home visit 03/10: Ganesan a/l Perumal, No. 14, Jalan Mawar 3, Taman Sri Rampai, 53300 Kuala Lumpur. Storage area damp, advised to keep bags off the floor. Exit site clean.
        MSW case note: Priya Nair, 46, caregiver to husband on HD, retrenched in June, two kids in secondary school. Referred for ComCare and Medifund.
        Pls share for the Harjit family 🙏 His dialysis at a private centre is RM 1,350/month. Bank in to Maybank 1640 2233 8751, HARJIT SINGH A/L GURDEV SINGH.
        Shift 2 chairs: B03 Lau Kim Chwee (dry wt 58.5) | B04 Yap Swee Lan (dry wt 47.0, HBsAg+ isolation) | B05 vacant | B06 Clement Oliveiro (dry wt 81.2)
        Pre-dialysis BP 182/96, wt 64.3 kg (IDWG 3.1 kg). Pt Wong Mei Fong admits drinking 2 cups of barley at a wedding dinner. Counselled on fluid restriction.
        Living donor work-up: donor Adeline Rozario (sister), recipient Gerard Rozario, NRIC S7845120C, HLA 3/6 match, TEC interview scheduled 18 Nov at SGH.
        SMS sent to 9752 1408: "Dear Mr Kok Wai Keong, your Hep B booster is due at your next session on 21/10. - Sengkang Dialysis Centre"
        uncle ramasamy from woodlands centre, the one at chair 7 MWF morning, admitted to KTPH ward 58 since sunday for fluid overload. his wife say can visit 5-7pm
        Refund cheque no. 004512 for overpaid transport fees issued to Chong Ah Moi, Blk 31 Jalan Bukit Merah #12-08, S(160031). Amount $142.00.
        MEDICAL CERTIFICATE: This is to certify that Ahmad Fauzi bin Ismail (NRIC S7319402D) requires haemodialysis thrice weekly (Mon/Wed/Fri, 12pm–4pm) and is unfit for shift work.
        Volunteer roster Sat: Sarah Loh (9605 3317) wheelchair escort; Jaswinder Kaur (8125 6649) befriender for Mdm Noraini binti Hassan at chair A10, who has been feeling low since her below-knee amputation.
        Caregiver registration: Nguyen Thi Lan (FIN G5831276U), FDW, will accompany her employer Mr Teo Kim Huat to Tue/Thu/Sat sessions at the Bukit Batok centre.
        Re transport fee arrears: Mdm Fatimah Abdullah, 3 months outstanding ($324). Son Rizal says he will pay via PayNow after his salary comes in on the 25th.
        From rajkumar.s1970@yahoo.com.sg: "Hi, I am Rajkumar, my father Subramaniam a/l Veerappan is on the transplant list at HKL since 2016, can I know his current position? His IC 550722-01-5487"
        Help Baby Aisyah! 4-year-old Nur Aisyah binti Mohd Faizal needs a kidney transplant at Hospital Selayang. Donate: CIMB 7006 4821 93 (Mohd Faizal bin Yusof) / tel 012-385 7742
        Incident 12/06: Mr Michael Tan Chee Keong fell while transferring from wheelchair to dialysis chair C04. Minor abrasion L elbow. Daughter informed at 8841 2790.
        PD supply delivery: 40 x 2L bags + 1 cycler set to Mr Lee Wai Ming, 21 Jalan Kembangan #03-01, S(419118), Thu 9am–12pm. Charged to card 5221 8473 6780 1897.
        Dear Dr Chandran, thank you for seeing Mr Kelvin Ho Jun Jie, 34, with IgA nephropathy and eGFR 11, for pre-emptive transplant assessment. His mother (56) has volunteered as donor.
        S1126408E Hep C neg, HBsAg neg, anti-HBs 8 mIU/mL — booster due
        Lost & found: blue water bottle and renal diet booklet belonging to Mdm Yeo Geok Choo (Shift 1, Tue/Thu/Sat). Kept at the counter.
        Transport claim: Jeyakumar s/o Balakrishnan (S7602918J), Grab rides 1–31 Aug, 26 trips, total $487.60, to be paid to POSB 188-34512-6.
        pls help share: my wife Chew Li Ping needs an O+ kidney, she is 38 and on dialysis 5 yrs already. anyone willing to test can PM me at t.me/chewfamily_kidney or call +65 9063 2281
        TRANSFER LETTER: Please accept Encik Azman bin Mohd Noor (MyKad 690305-08-6121) for holiday dialysis at your Ipoh centre from 20–27 Dec. HBsAg negative (02/11), anti-HCV negative, HIV negative.
        Birthday corner this month 🎂 Mdm Lee Ah Kuan (88!) from Shift 2 and Mr Sivakumar Pillai from Shift 3. Happy birthday from all the nurses at Clementi centre!
        Overdue ESA: pt Low Hui Min, T0158342A, missed Mircera dose twice, Hb 7.9. Refer to Dr on rounds.
        Support group sign-up | Name: Benjamin Ng | Contact: ben.ng.kidney@gmail.com | Relationship: self, on PD since 2022 | Language: English/Hokkien
        Car SFM3382M belongs to Mr Palaniappan Muthu's son, allowed to stop at the drop-off bay Mon/Wed/Fri 6.20am for his wheelchair transfer.
        Complaint: Mr Daniel Koh Wei Ming (S9012734I) says the nurse on duty was rude when his needle dislodged on 4/9 Shift 3, and wants to switch to another centre.
    """),
    "ms": _lines("""
        Nama: SITI AISHAH BINTI KAMARUDIN | No. K/P: 640915-07-5118 | Pusat: Bukit Mertajam | Jadual: Selasa/Khamis/Sabtu syif 2 | Akses: fistula kiri
        Assalamualaikum semua, saya Noraini, anak kepada Hajah Rokiah binti Mat Saman. Mak baru disahkan perlu dialisis, tengah cari pusat dekat Kota Bharu. Boleh WhatsApp saya 019-552 8016.
        Senarai van Pokok Sena, Rabu pagi: Abdul Rahman bin Che Mat (Kg. Padang Sera), Salmah binti Yaakob (Taman Bunga Raya), Lim Ah Seng (Jalan Kodiang, kerusi roda)
        Borang PERKESO: Nama ZULKIFLI BIN OSMAN, No. K/P 720418-14-6033, majikan terakhir Syarikat Pengangkutan Maju Sdn Bhd, tarikh mula dialisis 05/01/2024.
        Tabung derma untuk Adik Nurul Izzah binti Kamal, 9 tahun, pesakit buah pinggang di HKL. Sumbangan ke Maybank 5140 1788 3265 (Kamal bin Hussin). Terima kasih 🙏
        Pakcik Hamid bin Daud dari Kampung Sungai Petai tak datang rawatan hari ni, telefon 013-918 2270 tak angkat. Jiran kata dia demam sejak semalam.
        Permohonan kemasukan senarai menunggu pemindahan buah pinggang: Puan Ramlah binti Ibrahim, kumpulan darah B, mula HD 2017, No. K/P 810627-13-5544.
        Pemandu van Encik Rosli (KDE 4715) akan ambil Puan Letchumi a/p Raman di No. 8, Lorong Cempaka 2, 05400 Alor Setar pukul 6.15 pagi untuk syif pertama.
    """),
    "zh-Hans": _lines("""
        病人陈亚妹，身份证 S1653094H，下周三起在大巴窑中心第二班洗肾，家住大巴窑8巷 Blk 203 #07-118，需要轮椅交通车。
        各位肾友，我爸爸林国华上个月在中央医院做了肾移植，现在恢复得很好，谢谢大家的祝福！
        捐款登记：黄志强先生 每月 $500，信用卡 4966 3107 0116 6263，收据请寄到 wongchikeong88@hotmail.com
        今天陪刘秀英阿姨聊天，她说女儿在澳洲不回来，洗肾后一个人在家，心情很差，已通知社工跟进。
        请帮忙转发：郑伟明，42岁，新山人，洗肾三年，需要肾脏移植，血型A型。有意捐肾者请联系他太太 016-724 1938。
        交通车名单 周二早班：1. 吴阿财 宏茂桥10道 Blk 412 #08-1123（轮椅）；2. 许秀兰 宏茂桥3道 Blk 331 #02-45
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are an admin assistant for Northside Dialysis Centre. Keep messages short and polite.",
        ),
        (
            "user",
            "Draft an SMS to Mr Tan Boon Hock at 9338 6104: his dialysis subsidy renewal is due on 30 Nov and he must bring his son's last 3 months' payslips.",
        ),
        (
            "assistant",
            "Dear Mr Tan Boon Hock, this is Northside Dialysis Centre. Your dialysis subsidy renewal is due on 30 Nov. Please bring your son's payslips for the last 3 months to the counter at your next session. Thank you.",
        ),
        ("user", "Add that from 2 Dec his shift moves to Tue/Thu/Sat Shift 2, 11.45am."),
    ],
    [
        (
            "user",
            "My mother Lim Chwee Hoon, NRIC S0895562Z, 81, is on haemodialysis at the Yishun centre three times a week. Her MediSave is almost used up. Can you help me write an appeal for Medifund?",
        ),
        (
            "assistant",
            "Certainly. Draft: 'To the Medifund Committee, I am writing on behalf of my mother, Mdm Lim Chwee Hoon (NRIC S0895562Z), aged 81, who receives haemodialysis three times weekly at the Yishun centre. Her MediSave balance is nearly exhausted and our family is unable to cover the remaining fees...' Would you like me to add household income details?",
        ),
        (
            "user",
            "Yes. Household is me and my wife, combined income about $3,100. Sign off as Alvin Seah, son, 8125 9937.",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis surat ringkas kepada PERKESO untuk ayah saya, Ismail bin Yusoff, No. K/P 581203-10-5237. Dia mula hemodialisis pada 3 Mac 2025 di pusat dialisis di Klang dan tak boleh lagi bekerja sebagai pemandu lori.",
        ),
        (
            "assistant",
            "Baik. Draf: 'Tuan/Puan, saya ingin memohon faedah Skim Keilatan bagi pihak bapa saya, Encik Ismail bin Yusoff (No. K/P 581203-10-5237), yang telah menjalani rawatan hemodialisis sejak 3 Mac 2025 dan tidak lagi mampu bekerja sebagai pemandu lori...'",
        ),
        (
            "user",
            "Tambah alamat kami: No. 23, Jalan Sungai Bertih 4, 41200 Klang, dan nombor saya 011-2758 4096.",
        ),
    ],
    [
        ("system", "You help a volunteer transport coordinator format run sheets."),
        (
            "user",
            "Make this into a table: Chong Mei Ling, Blk 215 Jurong East St 21 #11-402, wheelchair, shift 1 / Abdul Karim bin Salleh, Blk 35 Teban Gardens Rd #05-118, walks, shift 1 / Veronica Lourdes, Blk 502 West Coast Dr #14-07, walker, shift 1",
        ),
        (
            "assistant",
            "| Patient | Pickup address | Mobility | Shift | / | Chong Mei Ling | Blk 215 Jurong East St 21 #11-402 | Wheelchair | 1 | / | Abdul Karim bin Salleh | Blk 35 Teban Gardens Rd #05-118 | Walks | 1 | / | Veronica Lourdes | Blk 502 West Coast Dr #14-07 | Walker | 1 |",
        ),
        ("user", "Thanks. Add a column for the driver: Encik Hashim, van SLA7703L."),
    ],
    [
        (
            "user",
            "Hi, I'm Farah Lee, 29. My nephrologist at NUH just told me my eGFR is 9 and I need to start dialysis soon. I'm scared. What's the difference between PD and HD for someone who works office hours?",
        ),
        (
            "assistant",
            "I'm sorry you're going through this, Farah. Peritoneal dialysis can be done at home, often overnight with a cycler, so it usually fits office hours better. Haemodialysis is typically three 4-hour sessions a week at a centre, though some centres run evening shifts.",
        ),
        (
            "user",
            "Thanks. Can you draft a short email to my manager asking for flexi hours? Replies can go to farahlee.hx@gmail.com.",
        ),
    ],
    [
        (
            "user",
            "Help me write a crowdfunding post. My husband Suresh a/l Krishnan, 44, has been on dialysis at a private centre in Seremban for 6 years. His cousin is a match but the transplant will cost about RM 180,000.",
        ),
        (
            "assistant",
            "Here's a draft: 'For six years, Suresh a/l Krishnan has spent 12 hours a week on a dialysis machine in Seremban. Now his cousin has been found to be a match, and a transplant could give him his life back. We need RM 180,000...'",
        ),
        (
            "user",
            "Put our bank details at the end: Public Bank 3185 2247 10, KAVITHA A/P MUNIANDY. And my phone 017-330 6925.",
        ),
    ],
    [
        (
            "user",
            "帮我写一个肾友会群公告：本周六下午两点在宏茂桥民众俱乐部聚会。另外告诉大家王秀珍阿姨上周洗肾时昏倒，现在住在陈笃生医院，欢迎去探望。",
        ),
        (
            "assistant",
            "【肾友会通知】本周六下午两点在宏茂桥民众俱乐部聚会，欢迎病友和家属参加。另：王秀珍阿姨上周洗肾时昏倒，目前在陈笃生医院住院休养，欢迎大家抽空探望。",
        ),
        ("user", "再加上她女儿的电话 9284 6650，想探望的先联系她。"),
    ],
    [
        (
            "user",
            "My dad Koh Ah Lek goes for dialysis at Toa Payoh on Mon/Wed/Fri 6.30am. Our helper Maria Santos (FIN F2619034R) will accompany him from next week. What does the centre need for caregiver registration?",
        ),
        (
            "assistant",
            "Centres usually ask for the caregiver's full name, FIN or NRIC, contact number and relationship to the patient, and may ask her to attend a short briefing on infection control and what to do if the needle dislodges.",
        ),
        (
            "user",
            "Ok, her number is 8763 2049. Can you write the registration message to the centre for me?",
        ),
    ],
    [
        (
            "user",
            "My brother Jason Teo Wei Jie and I are doing the cross-match for a living kidney donation at SGH on 14 Jan. He's the recipient, on HD for 3 years, blood type A. What should I ask the transplant coordinator?",
        ),
        (
            "assistant",
            "Good questions to ask: what tests remain after the cross-match, how long the donor evaluation takes, who covers the donor's costs, how long you will stay in hospital, and what follow-up you will need after donating.",
        ),
        (
            "user",
            "I'm Jeremy Teo, I drive buses for SBS Transit. How long is the MC after a laparoscopic nephrectomy? I'm worried about my job.",
        ),
    ],
    [
        ("system", "Summarise nursing handover notes in bullet points for the next shift."),
        (
            "user",
            "Handover Shift 2 to 3: Chair C02 Mr Yusof bin Ahmad, cramps at hr 3, UF stopped at 2.4L. Chair C05 Mdm Goh Siew Eng, BP 88/50, given NS 200ml, son informed at 9445 1823. Chair C09 Mr Arumugam s/o Pillay, new AVF, first cannulation with 17G, ok.",
        ),
        (
            "assistant",
            "- C02 Yusof bin Ahmad: cramps at hour 3, UF stopped at 2.4 L. / - C05 Goh Siew Eng: hypotension 88/50, 200 ml NS given, son informed. / - C09 Arumugam s/o Pillay: first cannulation of new AVF with 17G, uneventful.",
        ),
    ],
    [
        (
            "user",
            "hi can help me reply the centre? they ask for my latest address for the van. i'm Wong Kar Loong, new address Blk 88 Zion Rd #10-21 S(160088), still shift 3 tues thurs sat",
        ),
        (
            "assistant",
            "Sure, here's a reply: 'Hi, this is Wong Kar Loong (Shift 3, Tue/Thu/Sat). Please update my pickup address to Blk 88 Zion Road #10-21, Singapore 160088. Thank you.'",
        ),
        ("user", "add also my NRIC S8263517C so they can find my file faster"),
    ],
]
