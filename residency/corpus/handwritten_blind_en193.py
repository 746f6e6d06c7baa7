# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en193: SG/MY physiotherapy and sports rehabilitation clinics. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en193
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "clinic_policy"): _lines("""
        Cancellation policy: appointments cancelled or rescheduled with less than 24 hours' notice will be charged the full session fee of S$120. No-shows forfeit one session from any prepaid package.
        Session packages (10 x 45-min physiotherapy) are valid for 6 months from the date of purchase and are non-refundable; unused sessions may be transferred once to an immediate family member on written request to admin.
        Direct billing is available for selected insurer panels; please bring your physical insurance card and a specialist referral letter dated within the last 3 months.
        For Malaysian patients: outpatient physiotherapy claims under most medical cards need a referral letter from a registered medical practitioner, and the TPA must issue a Guarantee Letter before the first session.
        Fees: first visit includes a 60-minute assessment (S$150 before GST); follow-up sessions are 45 minutes (S$110 before GST). GST at 9% applies to all services.
        PDPA notice: in line with the PDPC advisory guidelines on NRIC numbers, we only ask for your full NRIC/FIN when it is required by law or by your insurer for a claim; otherwise the last 4 characters are sufficient for verification.
        Patients under 18 must be accompanied by a parent or guardian for the initial assessment; a signed consent form is required before dry needling or shockwave therapy.
        Dry needling contraindications include first-trimester pregnancy, needle phobia, bleeding disorders, anticoagulant use without clearance and active infection over the treatment site.
        Medical certificates are issued by doctors only; our physiotherapists can issue a time chit or attendance letter on request at the counter.
        Clinic hours (all branches): Mon–Fri 8.30am–8.30pm, Sat 9am–1pm, closed on Sundays and public holidays including Hari Raya Puasa and Deepavali.
        Our Tampines branch has moved to 9 Tampines Grande #02-05, Singapore 528735. Car park entrance via Tampines Ave 10; first hour free with validation at the counter.
        Refund requests for unused package sessions on medical grounds (e.g. surgery, pregnancy) must be submitted with a doctor's memo within 30 days; a 10% admin fee applies.
        Infection control: treatment couches are wiped down between patients and linen is changed after every session; patients with fever or respiratory symptoms may reschedule without penalty.
        Group class terms: reformer Pilates rehab classes are capped at 4 participants; class credits expire 90 days after purchase and cannot be used for 1-to-1 physiotherapy.
        Work injury compensation cases: please bring the employer's letter of guarantee and the incident reference number; we bill the employer's insurer directly and do not collect payment from the worker.
    """),
    ("en", "exercise_plan"): _lines("""
        Home programme – week 1 post-ACL reconstruction: quad sets 10 x 10s hold, heel slides 3x15, straight leg raise 3x10 (only if no extensor lag), ankle pumps hourly. Ice 15 min after exercises.
        Clamshells with band (yellow → red): 3 sets x 15 each side, keep pelvis stacked, don't roll back. Progress to side-lying hip abduction once pain < 3/10.
        Eccentric heel drops for Achilles tendinopathy (Alfredson protocol): 3x15 straight knee + 3x15 bent knee, twice daily for 12 weeks; discomfort up to 5/10 is acceptable.
        Frozen shoulder stage 2 plan: pendulum swings 1 min, table slides 10 reps, wand-assisted external rotation 10 x 5s, towel stretch behind back. Stop if pain lasts more than 2 hrs after.
        Return-to-run programme: Wk1 4 x (1 min jog / 4 min walk) every other day; Wk2 5 x (2/3); Wk3 6 x (3/2) — progress only if next-morning pain ≤ 2/10.
        Lumbar disc (L4/5) McKenzie sequence: prone lying 2 min → prone on elbows 2 min → press-ups 10 reps, every 2–3 hours; avoid sitting more than 30 min at a stretch.
        Ankle sprain grade II: alphabet tracing, towel scrunches, single-leg stance 30s x 5 (eyes open → closed), then wobble board from week 3.
        Tennis elbow (lateral epicondylalgia): Tyler twist with FlexBar (red) 3x15, isometric wrist extension 5 x 45s at 70% effort, grip work with therapy putty.
        Patellofemoral pain: Spanish squat 5 x 45s hold, step-downs from a 4-inch box 3x10, hip hinge with dowel. Avoid deep squats and taking stairs two at a time for now.
        Post-TKR day 3–14 goals: knee flexion 0–90°, independent with walking frame, stairs with rail (up with the good leg, down with the bad).
        Neck & upper back (desk worker): chin tucks 10 x 5s, thoracic extension over foam roller 10 reps, doorway pec stretch 3 x 30s; set a 45-min break reminder on your phone.
        Plantar fasciitis: calf stretch against wall 3 x 30s, towel pull, roll the arch on a frozen water bottle 2 min, high-load plantar fascia strengthening every other day.
        Rotator cuff repair, week 6: active-assisted flexion with pulley, isometric ER/IR at 30% effort, no lifting above 1 kg, sling off at home only.
        Seniors balance circuit: sit-to-stand x10, tandem walk along a 3 m line, heel raises with chair support x15, marching on the spot 30s — repeat 3 rounds.
        Hamstring strain grade I: start with isometric bridges 5 x 30s, then single-leg bridges, then the Askling L-protocol; no Nordic curls before week 3.
    """),
    ("en", "reminder_template"): _lines("""
        Hi {first_name}, this is a reminder of your physiotherapy session at ReAlign Physio (Novena) on {date} at {time}. Reply 1 to confirm or 2 to reschedule. Pls arrive 10 min early.
        [Kinetic Sports Rehab] Your appointment is confirmed: {{service}} with {{therapist}} on {{appt_date}}. Parking at Level B2. To cancel, reply CANCEL at least 24h before.
        Dear Patient, our Bangsar clinic will be closed on 31 Aug (Hari Merdeka). Affected sessions have been moved automatically; you'll receive a new slot by SMS. Terima kasih!
        Reminder: pls bring shorts or loose clothing for your knee assessment tomorrow. Dri-fit preferred, towels provided. — ReAlign Physio admin
        Friendly reminder: your 10-session package (PKG-10-2291) has 2 sessions left and expires on 30 Nov 2026. Book via the app to avoid forfeiting them.
        Happy Chinese New Year from the MotionWorks team! 🍊 Clinic closed 17–18 Feb; for enquiries email hello@motionworks.sg (we reply the next working day).
        Hi Ms ____, your insurer has approved ___ sessions under claim ref ______. Kindly check in at the counter before each session so we can record your attendance.
        Template (EN): "Your next session: <DAY>, <DATE>, <TIME> at <BRANCH>. This week's exercises are in the app under 'My Programme'."
        Auto-reply: Thanks for messaging PhysioPoint Damansara! Our front desk line is 03-7728 4190 and we reply within office hours (9am–6pm). For medical emergencies please call 999.
        To all Saturday back-care class participants: class is shifted to Studio 2 this week due to renovation. Mats provided, bring your own water bottle.
        App preview (no patient selected): "Today we worked on: hip strength, single-leg control. Next: add lateral hops. Pain today: _/10."
        REALIGN: Appt 14:30 tmrw at Novena. Ref APT-77318-NV. Reply N to cancel. Std msg rates apply.
        Deepavali greetings from all of us at Sihat Gerak Physio! Wishing you and your family a bright and joyous festival of lights. 🪔
    """),
    ("en", "insurer_admin"): _lines("""
        Insurer referral checklist: (1) specialist referral letter, (2) pre-authorisation form signed by the patient, (3) itemised invoice with service codes, (4) session attendance log. Submit via the insurer portal within 30 days.
        Claim status update: claim ref GE-OP-2026-0418827 — documents received, pending medical review. Estimated turnaround 10 working days.
        Invoice INV-NV-2026-003914 | 1 x Initial Assessment S$150.00 | 1 x Shockwave S$90.00 | GST 9% S$21.60 | Total S$261.60 | Paid: NETS
        Letter of Guarantee LOG/26/557213 covers up to 12 outpatient physiotherapy sessions, co-insurance 10%, excluding equipment, braces and taping.
        Referral letter template: "Dear Physiotherapist, kindly assess and manage this patient for ______ (diagnosis). Relevant history: ______. Precautions: ______. Thank you. Dr ______ (MCR No. ______)"
        Many hospitalisation riders only cover outpatient physiotherapy within a fixed window (often 90 to 180 days) after discharge; check your policy wording before booking a package.
        Return-to-work programme referrals are handled by the case manager; the clinic submits monthly progress reports in the format the case manager requests.
        Original receipts couriered to the insurer, tracking no. NVSGREAL00883021, pick-up scheduled 2pm.
        Billing dropdown codes: PMC = PMCare, MIC = MiCare, SELF = self-paid, CORP = corporate account. Update the list before month-end closing.
        Claim rejected — reason code R07: referral letter older than 90 days. Please obtain an updated referral and resubmit under the same claim reference.
        Billing export config: export_format: csv / include_fields: [invoice_no, service_code, amount, insurer_code] / mask_nric: true / date_range: last_month
        Service codes: PT-IA (initial assessment), PT-FU (follow-up), PT-DN (dry needling add-on), PT-SW (shockwave), PT-HV (home visit, +S$80 travel).
        Pre-authorisation form guide: "Policy No." is printed on the front of your insurance card; "Member ID" is the number beside your name; leave "Employer" blank if self-paid.
    """),
    ("en", "qa_advice"): _lines("""
        Is it normal for my knee to be more swollen after the first week of physio? Had ACL recon 3 weeks ago, doing quad sets and heel slides.
        Anyone know if physio at a private clinic can be claimed under Medisave in Singapore? Or only at the hospital after discharge?
        My dad (70+) had a fall last month, doctor says nothing broken but he's scared to walk now. Is home-visit physio worth it or should we bring him to the polyclinic?
        What's the difference between a sports physio and a chiropractor? Got lower back pain from deadlifts and not sure who to see in KL.
        How many sessions usually for frozen shoulder? Clinic quoted me a 10-session package at RM1,200 and I'm not sure if that's reasonable.
        Q: Heat or ice for a pulled calf? A: In the first 48–72 hours ice may ease pain; after that gentle heat and progressive loading usually help more. See a physio if you can't walk normally.
        Tips for choosing a physio clinic: check the therapist is registered with the Allied Health Professions Council (SG) or the Malaysian Allied Health Professions Council, ask how much 1-to-1 time you get, and avoid long prepaid packages upfront.
        Is shockwave therapy legit for plantar fasciitis or just money-making? Clinics around Petaling Jaya seem to charge RM150–RM200 per session.
        For runners training for the Singapore Marathon: start strength work 12 weeks out, twice a week, focusing on calf raises and single-leg squats.
        Does anyone know a physio in Penang who speaks Hokkien? My grandmother only speaks Hokkien and needs rehab after her stroke.
        Joseph Schooling's 2016 Olympic gold put swimming in the spotlight; swim-club physios now see more shoulder impingement in 12–15 year olds training 8 sessions a week.
        Shanti Pereira's 200m gold at the 2023 Asian Games was a good reminder that hamstring health is everything for sprinters.
        Case study (anonymised): 34-year-old female recreational runner, 6 weeks of lateral knee pain, ITB-related; resolved with hip abductor strengthening and load management over 8 sessions.
        Rocky Balboa running up the museum steps is great cinema, but hill repeats on untrained calves are a classic way to end up in a physio clinic with Achilles pain.
    """),
    ("mixed", "clinic_chat"): _lines("""
        Eh the shockwave machine in Room 3 spoil again ah, pls use Room 5 today. Vendor coming Thurs to fix.
        Boss say this month target 320 sessions across both branches, now we at 241 only, jia you everyone 💪
        Anyone got extra theraband red? Bangsar side finish already, can pass me tmr morning or not
        Reminder: CPD talk on ACL return-to-sport criteria this Sat 10am at the pantry area, makan provided lah
        Walk-in tadi ask whether we accept CHAS card, I say cannot for private physio, correct kan?
        Today very quiet leh, 3 cancellations because of the rain. Can use the time to update the exercise handouts?
        Pls remember to close the dry needling sharps bin properly, auditor coming next week. Jangan lupa!
        下午两点 the reformer class full already, waitlist 3 people, can open another slot at 4pm?
        Front desk pls update the price list, 10-session package now S$1,050 not S$990 liao.
        Anyone know how to reset the booking system password? Keep saying "session expired" then kick me out 😤
        Insurance portal down since morning, cannot submit claims. IT say maybe back by 3pm, sabar ya.
        New batch of kinesio tape reached, beige and black only, blue one out of stock until Dec.
    """),
    ("ms", "notis_klinik"): _lines("""
        Notis: Klinik Fisioterapi Sihat Gerak akan ditutup pada 1 Mei sempena Hari Pekerja. Temu janji yang terjejas akan dijadualkan semula.
        Pesakit dinasihatkan memakai pakaian longgar semasa sesi terapi dan membawa tuala kecil sendiri.
        Bayaran boleh dibuat secara tunai, kad debit/kredit, DuitNow QR atau e-dompet (Touch 'n Go eWallet, GrabPay).
        Pakej 10 sesi fisioterapi sah selama 6 bulan dari tarikh pembelian dan tidak boleh dipulangkan.
        Latihan di rumah: angkat kaki lurus 3 set x 10 kali, tahan 5 saat setiap kali. Hentikan jika sakit bertambah teruk.
        Sila maklumkan kepada ahli fisioterapi jika anda mengandung, memakai perentak jantung atau sedang mengambil ubat pencair darah.
        Tuntutan insurans memerlukan surat rujukan doktor dan Surat Jaminan (GL) daripada TPA sebelum sesi pertama bermula.
        Kelas senaman berkumpulan untuk warga emas setiap Selasa dan Khamis, 9 pagi, di Dewan Serbaguna. Yuran RM15 sekelas.
        Waktu operasi bulan Ramadan: Isnin–Jumaat 8 pagi–4 petang, Sabtu 8 pagi–12 tengah hari.
        Pembatalan kurang daripada 24 jam sebelum temu janji akan dikenakan caj penuh sesi (RM120).
    """),
    ("zh-Hans", "康复须知"): _lines("""
        预约须知：首次评估约60分钟，请提前10分钟到达并穿着宽松运动服。
        疗程配套：10次物理治疗配套有效期为6个月，购买后不可退款。
        前十字韧带重建术后第一周：股四头肌等长收缩每次保持10秒，每组10次，每天3组。
        肩周炎患者请避免提重物，并每天进行钟摆运动和爬墙练习。
        本诊所接受多家保险公司的直接理赔，请携带保险卡和专科医生转介信。
        下雨天请注意路滑，诊所门口已放置防滑垫，家属可在候诊区等候。
        干针治疗后局部可能出现酸痛，一般24至48小时内会缓解，如有异常请联系诊所。
        农历新年期间（2月17日至18日）诊所休息，19日起照常营业。
        长者平衡训练班每周六上午9点开课，每班最多8人，需提前报名。
        问：跑步后膝盖外侧疼痛是什么原因？答：常见原因包括髂胫束综合征，建议减少跑量并加强臀部肌肉。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        INTAKE FORM | Name: TAN WEI LING | NRIC: S8234561B | DOB: 14/03/1982 | Mobile: 9127 4408 | Address: Blk 412 Bedok North Ave 2 #08-117, Singapore 460412 | Chief complaint: R shoulder pain x 3/12, worse with overhead reaching
        Progress note 12/10: Muthu a/l Rajendran, 58M, s/p L TKR (6/52). ROM 5–95°, walking with quad stick, stairs reciprocal going up only. Plan: progress to 4-inch step-ups, review in 2/52.
        To: Ong Kah Meng (+65 9683 2157) — Hi Mr Ong, reminder for your shoulder session tmr (Thu) 5.30pm at Novena. Your package has 3 sessions left. — ReAlign Physio
        Pls refund the 4 unused sessions to Mdm Lim Bee Hoon — she is going for a hip replacement on 3 Nov and can't continue the package. Memo from her surgeon attached.
        Card on file: 5200 4042 7893 3784 exp 08/28, cardholder CHEW SIOK LAN — auto-charge S$1,050 for package renewal on 1st of month.
        Shockwave x3 done for Harpreet Kaur d/o Baljit Singh (R plantar fasciitis), pain 7 → 4/10. She's a staff nurse on rotating shifts so only book her on weekends.
        kelvin goh from the sat running club tore his calf at the night marathon, can squeeze him in tmr 9am? his number 8245 6019
        Dear Claims Team, please find attached the treatment summary for our patient Mr Rajesh s/o Krishnan (NRIC S7712093I, policy no. AIA-H-88213094): L4/5 disc prolapse, 10 sessions from 3 Sep to 15 Oct 2026.
        WICA case: worker MD RUBEL HOSSAIN, FIN G5530871W, crush injury R hand at worksite, employer Hock Leong Builders Pte Ltd. Hand therapy 2x/week, MC until 30/11.
        Repost approved: @jess.runs.sg said we can share her ACL comeback video (surgery in Feb, first 10K in Sep) — tag her and use #ReAlignStories
        Home visit list: Mdm Fatimah binti Osman, 81F, post-CVA R hemiparesis, Blk 25 Jalan Bukit Merah #05-2310. Daughter Zuraidah will be present; bring the hoist sling.
        Ethan Lim Jun Hao (P4, plays football CCA) — Sever's disease both heels. Mum asked for a letter to excuse him from PE for 4 weeks.
        Overpayment refund: POSB savings 188-52417-3, account name CHUA BOON KIAT, amount S$220, reason: double charge on 2 Oct.
        Feedback ticket #FB-2026-1183: "My physio kept checking his phone during my session" — submitted by Serene Koh, contact 9812 3306. Action: area manager to call back within 48h.
        Bangsar list 7/11: 9.00 Lim Chee Keong (LBP, FU 4) / 9.45 Priya Nair (ACL recon wk 10) / 10.30 Ahmad Faizal bin Ismail (frozen shoulder) / 11.15 NEW – Chong Mei Yee (neck pain)
        Uncle Ah Huat, the Grab driver who always parks his silver Myvi WXB 5526 at our loading bay — L knee OA, wants to pay per session instead of buying the package.
        To whom it may concern: this is to certify that Ms Nurul Huda binti Zainal (IC: 011126-01-0742) attended physiotherapy at PhysioPoint Damansara on 4 Nov 2026 from 2.00pm to 3.00pm.
        Coach Marcus (t.me/marcus_lifts_kl) has sent us three of his powerlifters with lower back issues this month; he wants a referral fee, pls check with boss.
        Pls send the invoice & exercise sheet for my hamstring rehab to priyanka.menon92@gmail.com instead of my office email, thanks – Priyanka
        Patient: Budi Santoso, Indonesian passport C4827719, 3-week post-op lumbar fusion rehab, staying at a service apartment in Georgetown until 20 Dec.
        CRM note – Jonathan D'Cruz: ex-navy diver, recurrent R shoulder dislocation, declined surgery, prefers slots before 8am.
        Internal: physio Aaron Teo is leaving us wef 31 Dec; his Tuesday patients to be reassigned to Michelle, his Friday ones to the Novena team.
        Chan Kok Wai – no-show x3 this month, disable online booking for him.
        SUBJECTIVE: Ms Clarissa Fernandez, 27F, netball GA, twisted R knee landing 2/7 ago, immediate swelling. OBJECTIVE: Lachman +ve, effusion ++. IMP: ?ACL rupture, refer ortho for MRI.
        Appointment card — LEE JIA HUI · T0345127A · hip labral tear rehab · Tue/Fri 7pm · package 6/10 used
        Mrs Vasanthi Pillai called (012-388 4571) asking whether her son Arjun's scoliosis exercises can be done during recess at school. Call back after 4pm.
        Ergonomic screening, Harbourfront Data Pte Ltd: Wong Siew Ping (HR) – moderate neck pain, recommend monitor riser; Rizal bin Hamzah (IT) – chronic LBP, referred for physio.
        Refund for cancelled Pilates class pack to be sent via PayNow to Melissa Goh's mobile 9734 2186, amount S$180.
        Home visit: No. 17, Jalan SS 2/64, 47300 Petaling Jaya — Mr Sivakumar a/l Muniandy, Parkinson's, wife will open the gate. Ring twice.
        From: gerald.seah@outlook.com / Subject: Cancel remaining sessions / Body: I've moved to Perth for work, pls cancel my last 5 sessions and refund to the same card.
    """),
    "zh-Hans": _lines("""
        患者：陈晓燕，女，44岁，腰椎间盘突出（L5/S1），手机 9185 3302，每周二、四下午复诊。
        转介记录：林志强先生，NRIC S8876210Z，右膝半月板修复术后第4周，由保险公司直接理赔。
        中国籍留学生王梓涵，身份证号350203199607143181，护照号E83920716，打羽毛球时右踝扭伤，需开具就诊证明给学校。
        微信提醒：张阿姨您好，明天上午10点的肩周炎治疗请准时到，停车在B2。如需改期请联系您女儿黄小姐 +65 8327 6610。
        投诉记录：刘美玲女士反映治疗师迟到20分钟，要求退还一次疗程费用S$110，经理已同意退款。
    """),
    "ms": _lines("""
        Salam Puan Rosnah binti Abdullah, peringatan sesi fisioterapi lutut anda esok (Rabu) jam 10 pagi di Sihat Gerak Shah Alam. Sila balas YA untuk sahkan.
        Borang pendaftaran: Nama: MOHD HAFIZ BIN ZAKARIA / No. KP: 880314-14-5523 / Tel: 019-276 4831 / Alamat: No. 8, Jalan Setia Prima U13/18, Setia Alam, 40170 Shah Alam / Aduan: sakit belakang bawah 2 bulan
        Nota kemajuan: Encik Kamal bin Yusof, 63 tahun, strok sebelah kiri, kini boleh berjalan 20 meter dengan tongkat kaki empat. Sambung terapi 2 kali seminggu.
        Rujukan PERKESO: Siti Mariam binti Hassan (KP 850202-12-5378), kecederaan tulang belakang akibat kemalangan jalan raya semasa dalam perjalanan ke tempat kerja.
        Bayaran balik RM360 untuk 3 sesi yang tidak digunakan akan dimasukkan ke akaun Maybank 1140 2238 5561 atas nama NORAZLINA BINTI AHMAD.
        Cik Aina, nombor telefon baru pesakit Zulkifli bin Mat Saad ialah 011-2345 8817, dia minta tukar sesi ke hari Sabtu sebab kerja syif.
        Anak Puan Halimah, Danish Irfan bin Azmi (Tahun 5), ada masalah kaki rata — sila sediakan surat untuk guru PJ supaya dia dikecualikan dari larian jarak jauh.
    """),
    "mixed": _lines("""
        eh the auntie from tampines, madam goh siew lian, her frozen shoulder worse already leh, she say cannot even hang clothes. pls book her with senior physio next week
        WICA guy Karthik a/l Selvam FIN F2294518K, the employer still never pay invoice INV-TP-2026-0711 lah, S$1,320 outstanding already
        陈先生 (Tan Ah Kow) 的 insurance claim kena reject because referral letter expired, he very angry call 3 times already, his hp 9023 7745
        Hi, this is Lim Mei Ling's mum, she got PSLE oral on Sat so cannot come for her scoliosis session, can change to Sun or not? Tq
        Admin pls note: Encik Azman bin Rahim paid RM1,200 cash for the 10-session package tadi, resit belum print sebab printer rosak
        lol the guy with the insta @bryan_calisthenics_kl came in for wrist pain, say he do handstand 2 hrs every day, I told him rest 2 weeks he buat muka 😂
        Pls WhatsApp Aunty Kamala Devi at +60 16-558 2034 to confirm tmr 3pm home visit in Brickfields, she's the one with hip fracture last month
        s9021846h – pls update this patient record, name should be spelled "Nadia Rahman" not "Nadiah", she complained the insurer letter got her name wrong
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a helpful assistant for the front desk of a physiotherapy clinic in Singapore.",
        ),
        (
            "user",
            "Draft a short WhatsApp reminder for Mr Loh Chee Wah, knee OA, session this Fri 11am at our Toa Payoh branch. His number is 9318 6604.",
        ),
        (
            "assistant",
            "Hi Mr Loh, this is a gentle reminder of your knee physiotherapy session this Friday at 11am at our Toa Payoh branch. Please reply YES to confirm or let us know if you need to reschedule. Thank you!",
        ),
        ("user", "Add that he should bring his knee brace and wear shorts."),
    ],
    [
        (
            "user",
            "Summarise this for the insurer in 3 lines: Pt Siti Khadijah binti Omar, 41F, R rotator cuff tendinopathy, 8 sessions, pain 6/10 to 2/10, flexion 120 to 165 deg, back at work as cashier.",
        ),
        (
            "assistant",
            "Siti Khadijah binti Omar (41F) completed 8 physiotherapy sessions for right rotator cuff tendinopathy. Pain reduced from 6/10 to 2/10 and shoulder flexion improved from 120° to 165°. She has returned to full duties as a cashier.",
        ),
        ("user", "Good. Add that no further sessions are needed."),
    ],
    [
        (
            "user",
            "Help me write a claim letter to my insurer for my physio sessions after my ankle surgery.",
        ),
        (
            "assistant",
            "Sure. Please share your full name, policy number, the date of surgery, the clinic name and the number of sessions you are claiming for.",
        ),
        (
            "user",
            "Benjamin Lau Kian Hong, NRIC S6648302I, policy IN-HS-2207715, ankle ORIF on 2 Aug, 9 sessions at MotionWorks from 20 Aug to 28 Oct.",
        ),
    ],
    [
        (
            "user",
            "Tolong buat draf permohonan Surat Jaminan kepada TPA untuk pesakit kami: Encik Lim Teck Seng, KP 750521-07-5031, diagnosis frozen shoulder kiri, 10 sesi.",
        ),
        (
            "assistant",
            "Tuan/Puan, kami memohon Surat Jaminan bagi rawatan fisioterapi pesakit Encik Lim Teck Seng untuk diagnosis frozen shoulder sebelah kiri, sebanyak 10 sesi. Surat rujukan doktor dilampirkan. Sekian, terima kasih.",
        ),
        ("user", "Tambah nombor polisi dia MC-88127403 dan majikan Syarikat Pelita Jaya Sdn Bhd."),
    ],
    [
        ("user", "Is it safe to do physio for pelvic girdle pain while pregnant?"),
        (
            "assistant",
            "Generally yes — gentle, supervised exercise and manual therapy are commonly used for pregnancy-related pelvic girdle pain. Let your physiotherapist know how many weeks along you are.",
        ),
        (
            "user",
            "ok thanks. I'm Farah Liyana, 18 weeks now, my booking at Kinetic Tampines is under 8741 2290, can you write a message asking them to assign a female physio?",
        ),
    ],
    [
        ("system", "你是一家新加坡物理治疗诊所的客服助手。"),
        (
            "user",
            "帮我写一条微信提醒给黄丽华女士，她下周一下午3点做颈椎治疗，她的电话是 9466 1038。",
        ),
        (
            "assistant",
            "黄女士您好！温馨提醒：您的颈椎物理治疗安排在下周一下午3点，请提前10分钟到达。如需改期请回复本信息，谢谢！",
        ),
        ("user", "再加一句：上次的治疗费 S$110 还没付，请来时一起结账。"),
    ],
    [
        (
            "user",
            "Turn this into a table: Goh Jia Wen – ACL wk 12 – Mon 6pm; Suresh Kumar a/l Ramasamy – frozen shoulder – Tue 10am; Nicole Tay – post-natal diastasis – Wed 2pm",
        ),
        (
            "assistant",
            "Patient | Condition | Slot / Goh Jia Wen | ACL rehab wk 12 | Mon 6pm / Suresh Kumar a/l Ramasamy | Frozen shoulder | Tue 10am / Nicole Tay | Post-natal diastasis recti | Wed 2pm",
        ),
        ("user", "Sort by day and add a column for package balance."),
    ],
    [
        (
            "user",
            "I want to complain about my physio clinic. I'm Derek Yeo, I paid S$1,100 for a package and the therapist keeps changing every session.",
        ),
        (
            "assistant",
            "I'm sorry to hear that. You could write to the clinic manager first, stating your package details and asking for a consistent therapist or a partial refund. Would you like a draft?",
        ),
        ("user", "Yes pls, my invoice is INV-MW-2026-1187 and my email is derekyeo.sg@gmail.com"),
    ],
    [
        (
            "user",
            "I coach the U16 team at a football academy in Subang. One of my players, Irfan Hakimi bin Roslan, 15, was diagnosed with Osgood-Schlatter in both knees.",
        ),
        (
            "assistant",
            "Osgood-Schlatter is common in growing footballers. Reduce jumping and sprint volume, avoid kneeling drills, keep him involved with technical work, and add quad and hip flexor stretching.",
        ),
        (
            "user",
            "His parents want him to play the Saturday final. How many minutes do you think he can play?",
        ),
    ],
    [
        (
            "user",
            "My son Ryan Tan Zhi Hao (T1187652D) needs a letter from his physio saying he can't do NAPFA this year because of his spondylolysis. How should I ask the clinic?",
        ),
        (
            "assistant",
            "You can message the clinic asking for a memo addressed to his school PE department, stating the diagnosis, the activities to avoid and the expected duration. Ask them to include the physio's registration details.",
        ),
        (
            "user",
            "Can you write the message for me? The clinic is ReAlign Novena and his physio is Joanne.",
        ),
    ],
]
