# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en134: SG/MY hearing, speech and occupational therapy clinics. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en134
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "clinic_notice"): _lines("""
        Clinic closed on 31 Oct for Deepavali. Hearing aid battery collection resumes Fri 9am. For sudden hearing loss or severe dizziness, please go to the nearest A&E.
        Reminder: please bring your child's latest school report, any previous therapy reports and the health booklet to the first speech therapy assessment (about 90 min).
        Hearing aid repairs are sent to the manufacturer's service centre; turnaround 10-14 working days. Loaner aids available subject to stock, refundable deposit S$200.
        Our Tampines branch has a new hotline: 6785 2240 (Mon-Fri 9am-6pm, Sat 9am-1pm). The old number will be discontinued end of the month.
        From 1 Jan 2027 walk-in hearing screening is by appointment only. Book on our website or call the main line 6255 0188.
        Sound booth 2 is under calibration on 14 and 15 Jan; all pure-tone audiometry slots on those days are moved to booth 1, no change to your appointment time.
        Parents are reminded that siblings cannot be left unattended in the waiting area while a session is in progress. Thank you for your understanding.
        Free hearing screening for seniors aged 60 and above at the community centre this Saturday 9am-12pm, organised with the Residents' Network. No registration needed.
        Hearing aid batteries size 10, 312 and 13 are available at the counter at S$9.50 per card of 6. Rechargeable users can buy spare chargers by order.
        Term 2 OT group 'Handwriting Heroes' (ages 5-7) starts 8 April: 8 weekly sessions of 60 min, S$880 before subsidy. Limited to 6 children per group.
        We can reprogramme hearing aids bought elsewhere only if the manufacturer fitting software is supported (Phonak, Oticon, Signia, Widex, ReSound, Starkey).
        Lift at Block B under maintenance 3-5 March; wheelchair users and patients with walking frames please use the ramp next to the car park entrance.
        Current waiting time for paediatric speech therapy is about 10 weeks. Feeding and swallowing concerns are triaged within 5 working days.
        Please do not hand over wet hearing aids wrapped in tissue at the counter. Use the drying box provided or put them back in the case.
    """),
    ("en", "subsidy_and_policy"): _lines("""
        Under the Seniors' Mobility and Enabling Fund, eligible Singapore Citizens aged 60 and above may receive subsidies for hearing aids, subject to means testing.
        Means testing uses per capita household income; for households with no income, the Annual Value of the residence is used instead.
        Subsidy applications must be submitted and approved before the hearing aid is fitted. Retrospective claims for devices already fitted will not be accepted.
        Documents required: NRIC of the patient, latest 3 months' payslips of all household members, CPF contribution history if self-employed, and the audiologist's recommendation form.
        Children with developmental needs may be eligible for early intervention subsidies; a referral from a hospital or polyclinic paediatrician is needed before enrolment.
        For insured workers in Malaysia, occupational therapy after an employment injury may be funded under the SOCSO Return to Work programme; ask your case manager.
        The field 'Relationship to patient' on page 2 of the application must be completed whenever the form is signed by a caregiver instead of the patient.
        Permanent Residents and foreigners are not eligible for the citizen hearing aid subsidy tier but may claim under employer or private medical insurance where applicable.
        Assistive technology for students with hearing loss (for example remote microphone systems) may be funded through school-based schemes; the school submits the request.
        Clinic policy: cancellations with less than 24 hours' notice will be charged 50% of the session fee, except for medical reasons supported by a medical certificate.
        Personal data collected on this form is used only for processing your subsidy application and will be retained for 7 years in accordance with our data protection policy.
        Hearing aids bought under subsidy may not be resold. If the device is lost within the first year, a replacement is not covered by the subsidy.
    """),
    ("en", "report_template"): _lines("""
        AUDIOGRAM SUMMARY | Patient: __________ | DOB: ____ | Right ear PTA: ___ dB HL | Left ear PTA: ___ dB HL | Tympanometry: Type ___ | Recommendation: __________
        Speech Therapy Progress Report template v3.2 - sections: Background | Assessment tools (CELF-5, PLS-5, GFTA-3) | Goals | Progress | Recommendations | Home programme
        Audiogram legend: O = right air conduction, X = left air conduction, < and > = unmasked bone conduction, [ and ] = masked bone conduction, arrow = no response.
        Degree of hearing loss (dB HL): normal up to 25, mild 26-40, moderate 41-55, moderately severe 56-70, severe 71-90, profound above 90.
        Fitting checklist: [ ] feedback test [ ] real-ear measurement to NAL-NL2 targets [ ] datalogging on [ ] charger demo [ ] cleaning demo [ ] review booked in 2 weeks
        Sensory Profile 2 scoring: quadrants Seeking, Avoiding, Sensitivity, Registration; classifications range from 'Much less than others' to 'Much more than others'.
        Dear Teacher, <Student name> of class <Class> has been attending speech therapy at our clinic since <month/year>. We recommend the following classroom strategies: ...
        Referral letter template: To Dr {doctor_name}, Re: {patient_name} ({nric_masked}), DOB {dob}. Reason for referral: {reason}. Audiogram attached: {yes_no}.
        Tinnitus Handicap Inventory: 25 items, total score 0-100; grade 1 slight (0-16) up to grade 5 catastrophic (78-100).
        Hearing aid warranty card: Serial No. __________ Date of fitting __________ Warranty 2 years from date of fitting, excludes loss, theft and moisture damage.
        Speech sound norms used in our reports: /p b m/ by age 3, /k g f/ by 3;6, /s/ blends by 5, /r/ and /th/ may continue to develop until 7.
        Service codes: ST-ASMT (assessment 90 min), ST-IND45 (individual 45 min), OT-GRP60 (group 60 min), AUD-HAF (hearing aid fitting), AUD-REV (review).
    """),
    ("en", "advice_qa"): _lines("""
        How often should I change the wax guard on a receiver-in-canal hearing aid? Usually every 4-6 weeks, or sooner if the sound becomes weak or muffled.
        My toddler is 2 and says only about 10 words, should I be worried? Most therapists suggest an assessment if a 2-year-old has fewer than 50 words or no two-word phrases.
        Is it normal for new hearing aid users to find their own voice too loud? Yes, it is called the occlusion effect; the audiologist can change the dome or vent.
        Simple home activities for fine motor skills: playdough, picking up beads with tweezers, peg boards, tearing paper and drawing on a vertical surface.
        Can I swim with rechargeable hearing aids? No. An IP68 rating means they resist sweat and rain, not swimming or showering. Always remove them first.
        What is the difference between an audiologist and an ENT doctor? The ENT doctor diagnoses and treats ear disease; the audiologist tests hearing and fits hearing devices.
        How does a school apply for access arrangements in national exams for a student with hearing loss? The school submits the application with supporting professional reports.
        Tips for preschoolers who stutter: do not finish their sentences, slow down your own speech, give them time and keep eye contact.
        For picky eaters with sensory sensitivities, feeding therapy usually starts with food play without any pressure to eat.
        My hearing aid whistles when I wear a face mask, is that normal? The mask strap can push the receiver out of the ear; try an ear-saver hook behind the head.
        Speaking Mandarin or Malay at home and English at school does not cause language delay. Keep using the language you are most fluent in with your child.
        Should I choose ABA or speech therapy for my 4-year-old? They target different goals; discuss with the developmental paediatrician what your child needs first.
        Why does my audiologist ask about noise at work? Long-term exposure above 85 dB(A) can cause a permanent notch in the hearing around 4 kHz.
    """),
    ("en", "public_and_history"): _lines("""
        Helen Keller lost her sight and hearing at 19 months after an illness; her teacher Anne Sullivan taught her to communicate by finger-spelling into her hand.
        Alexander Graham Bell, whose mother and wife were both deaf, worked as a teacher of deaf pupils before his work on the telephone.
        Beethoven's hearing began to fail in his late twenties, and by the premiere of the Ninth Symphony in 1824 he was almost completely deaf.
        The Scottish percussionist Evelyn Glennie has been profoundly deaf since childhood and often performs barefoot to feel the vibrations of the instruments.
        Malaysian Sign Language (Bahasa Isyarat Malaysia) is recognised as the official sign language of the deaf community under the Persons with Disabilities Act 2008.
        KK Women's and Children's Hospital and the National University Hospital both run paediatric cochlear implant programmes in Singapore.
        Marlee Matlin won the Academy Award for Best Actress for Children of a Lesser God and remains the only deaf performer to win that category.
        The Singapore Association for the Deaf runs sign language courses, interpreting services and a deaf-friendly employment programme.
    """),
    ("en", "ops_log"): _lines("""
        INV-2027-004812 | Signia Pure Charge&Go 7AX pair | Qty 1 | S$6,480.00 | Subsidy: S$0.00 | Payment: NETS | Status: PAID
        Tracking no. SGP0011283745SG - 4 repair units returned to manufacturer, courier pickup 3pm, signed by front desk.
        Ticket #88213: Booth 3 audiometer failed the daily biological listening check at 1 kHz left channel; calibration service booked for Thursday.
        Charger firmware 2.4.1 released, fixes LED blinking after full charge. SHA-256 9f3c1e07ab44d2c8e6b90f1a5d7738c2e4f01b96a8d3c57e2b1f4a690c8d7e31.
        Case ref SMF/2027/00531 returned by the agency: page 2 of the means-test declaration missing, please resubmit within 14 days.
        Stock alert: domes 'open 6mm' below reorder level (12 left), SKU OT-DOME-O6; tubes size 1R reorder placed, PO 4500218877.
        Room ST-2 14:30-15:15 blocked every Wednesday in March for clinical supervision and staff training.
        Batch upload of 342 de-identified audiograms to the research registry completed at 23:10, 0 errors, 2 duplicates skipped.
        Backup job 'emr-nightly' finished 02:14, 18.3 GB, retention 35 days, next full backup Sunday 01:00.
        config: reminder_sms.enabled=true; reminder_sms.hours_before=24; template="Your appointment at {clinic} is on {date} at {time}. Reply Y to confirm."
        Monthly stats Feb: 412 hearing tests, 96 hearing aid fittings, 1,108 ST sessions, 874 OT sessions; average no-show rate 7.4%.
    """),
    ("ms", "notis_dan_soalan"): _lines("""
        Klinik Audiologi ditutup pada 1 Mei sempena Hari Pekerja. Semua temujanji pada hari tersebut akan dijadualkan semula.
        Ibu bapa dinasihatkan membawa buku rekod kesihatan kanak-kanak semasa datang untuk saringan pendengaran.
        Kad OKU boleh dimohon di pejabat Jabatan Kebajikan Masyarakat dengan laporan perubatan daripada pegawai perubatan kerajaan.
        Terapi pertuturan untuk kanak-kanak: sesi 45 minit, seminggu sekali, yuran RM120 satu sesi. Bayaran boleh dibuat secara tunai atau DuitNow.
        Soalan: alat bantu pendengaran boleh dipakai semasa tidur ke? Jawapan: tidak digalakkan, tanggalkan dan cas semalaman.
        Hotline cawangan Johor Bahru: 07-223 4456 (Isnin-Jumaat, 9 pagi-5 petang). Untuk pertanyaan bil, sila e-mel ke bahagian kewangan.
        Bateri saiz 10 (kuning) dan 312 (coklat) dijual di kaunter pada harga RM12 sepapan.
        Borang permohonan bantuan alat bantu pendengaran mesti disertakan salinan MyKad pemohon, slip gaji terkini dan audiogram tidak lebih 6 bulan.
        Saringan pendengaran bayi baru lahir (OAE) dibuat sebelum bayi keluar wad di kebanyakan hospital kerajaan.
        Tips: bercakap dengan jelas dan bersemuka dengan warga emas yang kurang pendengaran, jangan menjerit kerana suara akan jadi herot.
        Kelas asas Bahasa Isyarat Malaysia untuk ibu bapa dibuka semula: 6 minggu, setiap Sabtu jam 10 pagi, yuran RM150.
        Terapi cara kerja membantu kanak-kanak dengan kemahiran motor halus, tulisan tangan, pengurusan diri dan integrasi deria.
    """),
    ("zh-Hans", "诊所通知与问答"): _lines("""
        本中心农历新年休息：1月28日至1月31日，2月1日照常营业。助听器电池可到服务台购买。
        请问孩子三岁还不太会说话，要不要做语言治疗评估？一般建议越早评估越好，可先到综合诊疗所请医生转介。
        助听器保养小贴士：每晚放入干燥盒，每周清洁耳塞，喷发胶和香水前先把助听器拿下来。
        听力图上的"O"代表右耳气导，"X"代表左耳气导，数值越大表示听力损失越重。
        职能治疗（OT）主要帮助孩子改善精细动作、书写、自理能力和感觉统合。
        乐龄助听器津贴须由合格听力师推荐，并经过家庭人均收入审查，批准后才可以配戴。
        报名表填写说明：家长姓名、联系电话、孩子出生日期为必填项，请用正楷填写。
        助听器维修一般需要10至14个工作日，期间可借用备用机，押金新币200元，归还时全额退还。
        发音不清常见原因包括舌系带过短、口腔肌肉力量不足、听力问题等，需要语言治疗师评估。
        语言治疗收费：初次评估新币280元，之后每节45分钟新币150元，可用部分保险报销。
        贝多芬在几乎完全失聪后仍然完成了第九交响曲。
        老人家配戴助听器初期会觉得声音很吵，这是正常的，一般需要两到四个星期适应。
    """),
    ("mixed", "group_chat"): _lines("""
        anyone know if polyclinic can refer for hearing test or must go hospital direct ah
        OT at private centre quite ex leh, S$160 per session, got cheaper option or not?
        early intervention centre waiting list now 6 months sia, better register early
        hearing aid battery finish so fast one ah? size 312 only last me 5 days
        Bila nak apply subsidi alat pendengaran kena bawa apa ya? payslip semua ahli keluarga ke?
        学校的 speech therapist 说要多读绘本，大家有推荐的 picture book 吗？
        the new rechargeable ones quite shiok, just put in the charger overnight can already
        Tomorrow's caregiver workshop on AAC is 2pm, zoom link same as last week ya
        can claim company insurance for OT or not? HR say must have doctor memo first
        Dah try Phonak vs Oticon? Which one less whistling ah
        reminder everyone: bring your own earphones for the auditory training app session tomorrow
        for those asking, Rainbow Centre and AWWA both run programmes for kids with developmental needs, check their websites
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        AUDIOGRAM | Name: TAN WEI MING, BENJAMIN | NRIC: S8812345Z | DOB: 14/03/1988 | R: PTA 48 dB HL (moderate SNHL) | L: PTA 22 dB HL | Tymp: A/A | Rec: R hearing aid trial
        Fitting 12/02/2027 - Mdm Lee Ah Lian, 78, bilateral Phonak Audeo L70-R, subsidy 90% approved. Daughter Jenny will collect the charger, contact 9734 5512.
        ST progress note: Aarav s/o Prakash (K2, Greenridge Kindergarten) attended 8/10 sessions; /s/ accurate at word level, still fronting /k/ to /t/ in conversation. Mum to continue home practice.
        To: Form Teacher, P3 Diligence | Re: NUR AISYAH BINTI MOHD FAIZAL | Aisyah has a mild bilateral conductive hearing loss. Please seat her in the front row away from the fan and check she has understood instructions.
        SUBSIDY APPLICATION | Patient: GOH SOON HUAT | NRIC: S1834562E | Age: 81 | Per capita household income: S$1,150 | Caregiver: GOH MEI XIN (daughter), HP 8123 4407 | Device: bilateral BTE
        OT discharge summary - Ryan Fernandez, 6y, handwriting now legible, tripod pencil grip established; discharged to school-based learning support. Mother Michelle Fernandez informed by phone.
        Recurring payment authorisation: cardholder ONG PEI SHAN, Mastercard 5401 5922 2679 4378, exp 09/29, weekly ST sessions for son Ong Jun Hao (S$150/session).
        Dear Dr Wong, thank you for seeing Encik Hamid bin Osman (S2047719I), 67, who noticed sudden right-sided hearing loss with tinnitus 3 days ago. Kindly see urgently.
        No-show x3: Chloe Ng Xin Yi (T1560843E), ST Tue 4pm slot. Policy letter e-mailed to mother at ngxinyi.mummy@gmail.com on 02/03.
        Waitlist #47 - Muhammad Irfan bin Zulkifli, 3y2m, suspected ASD, referred by Klinik Kesihatan Seri Kembangan, mum's HP 016-728 4413, prefers Saturday slots.
        Tele-audiology 09:40 - Mr Chua Kok Leong's aids reprogrammed remotely via app; complains of echo during church services. Next review in 3 months.
        SMS to 9012 6638: Dear Mdm Siti Rahmah, your hearing aid review is on 14 Mar at 10:30am at our Woodlands clinic. Reply Y to confirm, N to reschedule.
        Incident report 07/03: right hearing aid of patient Mr Yeo Kim Huat (S1702846D) misplaced during cleaning at counter 2; clinic to replace at no cost, apology call made to his son.
        Consent: I, KAVITHA D/O SUBRAMANIAM (NRIC S8501627Z), consent to my daughter Diya's speech therapy sessions being video-recorded for supervision purposes. Signed 03/01/2027.
        Refund of S$350 for cancelled OT block (Ethan Lau, 5y) to POSB savings 188-53214-7, account holder LAU MEI LING. Approved by clinic manager.
        EI intake: Sophia Rodrigues, DOB 03-11-2022, Down syndrome, mild conductive loss L (grommets 2025); father Daniel Rodrigues +65 8866 1203.
        OT home-safety visit: Mdm Koh Siew Eng, 84, Blk 347 Ang Mo Kio Ave 3 #08-1124, fell in the bathroom last week, now using a walking frame; recommend grab bars and shower chair.
        Access arrangement support letter - Candidate: HARRIS LIM JUN KAI, Sec 4, Bukit Panjang Secondary. Severe-profound bilateral SNHL with a right cochlear implant. Requests: remote mic, separate room, 25% extra time.
        CI mapping note: Toh Jia Yi (6y) - electrode 22 deactivated, C-levels raised by 5 CU on apical channels; parents report she now turns to her name from the next room.
        Dysphagia review Ward 7B bed 12: Mr Ramasamy s/o Perumal, 72, post-stroke; IDDSI level 4 puree, mildly thick fluids, aspiration risk high, wife to bring dentures.
        Aphasia therapy goals for Mdm Fatimah binti Ahmad: name 20 family photos, use a communication board to talk with her grandchildren, practise phone calls with daughter Rosnah.
        Hearing conservation audiometry - employee Kumar a/l Selvaraj, shipyard welder, bilateral 4 kHz notch at 45 dB; referred for noise-induced hearing loss assessment and workplace review.
        Medical travel: Wong Siew Ling, Malaysian passport A38271945, coming to Singapore on 20 May for her son's cochlear implant candidacy assessment.
        Pre-employment screening FIN G5512083N (Nguyen Van Hai, construction worker): failed hearing screen both ears at 4 and 6 kHz, employer informed with consent.
        Hi Ms Priya, this is Aunty Mary, Jayden Goh's grandma. Jayden cannot come for OT today, he got fever since last night. Can change to Friday? My number 9245 8810.
        Repair collection RP-22917: Mr Teo Hock Seng's left ITE aid, collected by son Teo Wen Jie on 12/03, paid S$85 for shell repair.
        Feedback: 'The audiologist was impatient with my father Mr Sim Chin Huat when he could not hear her instructions.' Submitted by Sim Li Ting, simliting.work@outlook.com
        OT school report: Zara Iskandar (P1) shows poor bilateral coordination and tires quickly when writing; recommend slanted board and pencil grip, review end of Term 3.
        Tinnitus intake: Derrick Chan Wei Loon, 48, NRIC S7911024H, bank relationship manager, bilateral tinnitus since 2024, THI 58 (moderate), poor sleep, on leave for anxiety.
        Dear Mr Balakrishnan, the ABR results for your son Vikram (18 months) show a moderate hearing loss in the left ear. We would like to discuss hearing aid options on Monday.
        Appeal letter: I am a single mother of three and my son Adam Tan Zhi Hao, 5, needs weekly speech therapy. I earn S$1,900 a month as a cleaner. - Tan Siew Hoon, 9627 7318
        Rosalind D'Cruz, 81, cannot manage the battery door because of arthritis in both hands; nephew Gerard to help switch her to a rechargeable model next visit.
        Payment slip: Visa 4563 0386 9791 4134 charged RM9,800 for a pair of Signia aids - patient Rajendran a/l Muthusamy, 41 Jalan Kenari 3, Taman Bukit Indah, 81200 Johor Bahru.
        Staff note: Mrs Angela Ho (mother of twins Lucas and Lily Ho, ST Saturday) shouted at reception over the late-cancellation charge; manager to call her back on 8390 2265.
    """),
    "ms": _lines("""
        Rekod saringan pendengaran: MUHAMMAD ADAM BIN ROSLAN | MyKad 190612-10-5383 | OAE gagal telinga kiri | Rujuk ke klinik ENT Hospital Selayang dalam 2 minggu.
        Puan Rohani binti Said, 70 tahun, telah dipasang alat bantu pendengaran telinga kiri pada 3 Mac. Anak beliau Encik Hafiz boleh dihubungi di 019-352 8870.
        Permohonan elaun OKU: Siti Khadijah binti Abdullah, OKU pendengaran, bayaran ke akaun Maybank 1141 2870 5523.
        Laporan terapi cara kerja: Daniel Wong Jun Xiang, 7 tahun, murid Tahun 1 SK Taman Megah, genggaman pensel lemah, disyorkan 10 sesi lagi.
        Encik Muthu a/l Ganesan tidak hadir temujanji audiologi sebanyak 3 kali; rujukan akan ditutup jika tiada jawapan sebelum 30 April.
        Saya ibu kepada Nur Qistina, kelas 5 Bestari SK Seri Indah, nak tanya keputusan ujian pendengaran minggu lepas. Nombor saya 017 662 0934.
        Surat sokongan: Pesakit ZULKARNAIN BIN ISMAIL (No. KP 510823-07-5127) menghidap kehilangan pendengaran sensorineural teruk di kedua-dua telinga dan memerlukan alat bantu pendengaran.
    """),
    "zh-Hans": _lines("""
        听力检查报告：姓名 陈美玲，72岁，右耳中度感音神经性聋，建议配戴助听器，女儿联系电话 9688 2314。
        语言治疗进度：林子轩小朋友（K1，就读于淡滨尼一所幼儿园），目前能说三词句，口吃情况有改善，妈妈每天在家练习十分钟。
        黄先生您好，您父亲黄亚福的助听器已维修好，维修费新币85元，请于周五前到本中心领取。
        OT评估：李欣怡，6岁，感觉统合失调，上课坐不住，写字容易累，建议每周一次职能治疗，为期三个月。
        津贴申请：申请人 郑国强，NRIC S0963385E，家庭人均收入新币900元，双耳助听器津贴已批准。
    """),
    "mixed": _lines("""
        Tan Kai Xuan today ST session cancel ah, 公公 say he fever since morning, rebook next Tue 5pm can?
        bro my dad Ismail bin Kassim just got his hearing aids at the Tampines clinic, subsidy cover 90% so only pay S$300, can pass the contact to your mum
        Kak, anak saya Iman Nadhirah dah start speech therapy, doktor kata moderate language delay tapi waiting list panjang, ada klinik lain tak?
        pls update record: Jeremy Pereira new HP 8273 1196, new address 12 Jalan Kembangan #03-05 S419123, ST sessions continue Sat 10am
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant of a children's speech and occupational therapy centre in Singapore.",
        ),
        (
            "user",
            "Hi, I want to book a speech assessment for my son. He is 5 and still cannot say his r and l properly.",
        ),
        (
            "assistant",
            "Sure. May I have your child's full name, date of birth and NRIC/birth certificate number, plus a contact number?",
        ),
        (
            "user",
            "Lim Yu Xuan Nathan, 02/09/2019, T1983406E. My number is 9151 0472, I'm his mother Cheryl.",
        ),
    ],
    [
        (
            "user",
            "My father is 83 and can't hear the TV anymore. How do I apply for the hearing aid subsidy?",
        ),
        (
            "assistant",
            "He needs a hearing assessment and recommendation from an audiologist, then a means-tested application with household income documents.",
        ),
        (
            "user",
            "ok his name is Lee Chee Keong, NRIC S2390571Z, he stays with me and my wife, our combined income is about S$5,800. Can he qualify?",
        ),
        (
            "assistant",
            "With three people the per capita income is about S$1,933; that is likely within the subsidised tiers, but the agency will confirm after assessment.",
        ),
    ],
    [
        (
            "user",
            "Salam, saya nak tukar temujanji OT anak saya Aqil Danish bin Faizal dari Rabu ke Khamis boleh?",
        ),
        ("assistant", "Boleh puan. Boleh berikan nombor telefon untuk kami hantar pengesahan?"),
        (
            "user",
            "013-488 2107, nama saya Puan Nurul Huda. Aqil ada demam panas minggu ni, sebab tu nak tukar.",
        ),
    ],
    [
        (
            "user",
            "Can you help me write a short letter to my daughter's teacher? She has hearing loss in her left ear.",
        ),
        (
            "assistant",
            "Of course. Please tell me her name, class and what you would like the teacher to do.",
        ),
        (
            "user",
            "Her name is Sarah Yeo Hui Min, Primary 4 Courage at Pei Hwa Presbyterian Primary. She wears a hearing aid, pls ask teacher to let her sit in front and repeat classmates' answers.",
        ),
        (
            "assistant",
            "Dear Teacher, Sarah Yeo Hui Min in P4 Courage has a hearing loss in her left ear and wears a hearing aid. It would help her greatly to sit in front and to have classmates' answers repeated. Thank you.",
        ),
    ],
    [
        (
            "user",
            "I've had ringing in both ears for 6 months, it's worse at night and I can't sleep. What should I do?",
        ),
        (
            "assistant",
            "Please see an ENT doctor or audiologist for a hearing test first. Sound therapy and CBT-based tinnitus programmes can help with sleep.",
        ),
        (
            "user",
            "ok can book me at your clinic. I'm Marcus Tay Jun Wei, marcus.tjw91@gmail.com, any evening after 7 works since I work night shift at the airport.",
        ),
    ],
    [
        ("user", "你好，我想帮我妈妈预约听力检查，她今年76岁，最近常常听不清楚电话。"),
        ("assistant", "好的，请提供老人家的姓名、联系电话和方便的时间。"),
        ("user", "她叫刘秀英，电话 8475 3390，平时白天都在家，住在宏茂桥，下午比较方便。"),
    ],
    [
        (
            "user",
            "Can you explain my mum's audiogram? Right ear 65 dB at 2k and 4k, left ear 40 dB, tympanometry type A both sides.",
        ),
        (
            "assistant",
            "That suggests a sensorineural hearing loss, moderately severe on the right and mild to moderate on the left, with normal middle ear function.",
        ),
        (
            "user",
            "Thanks. Her name is Mdm Chong Lai Fong, she is 74 and has diabetes too, the clinic says she needs two hearing aids. Is S$4,200 reasonable for a pair?",
        ),
    ],
    [
        ("system", "You help therapists rewrite clinical notes in plain English for parents."),
        (
            "user",
            "Rewrite for parents: 'Pt Keshav a/l Raman, 4y, Taman Desa, receptive lang age-appropriate, expressive delay approx 12m, MLU 2.1, recommended 1x/wk ST x 12/52.'",
        ),
        (
            "assistant",
            "Keshav understands language as expected for his age, but his talking is about a year behind. He mostly uses two-word sentences. We recommend weekly speech therapy for 12 weeks.",
        ),
    ],
    [
        (
            "user",
            "Saya cedera tangan kanan di kilang bulan lepas, doktor suruh buat terapi cara kerja. PERKESO cover tak?",
        ),
        (
            "assistant",
            "Jika ia kemalangan semasa bekerja dan anda pencarum PERKESO, rawatan pemulihan seperti terapi cara kerja biasanya boleh dituntut. Hubungi pegawai kes anda.",
        ),
        (
            "user",
            "Nama saya Azman bin Yusof, IC 790418-01-5237, kerja operator di Pasir Gudang. Boleh tolong semak status tuntutan saya?",
        ),
    ],
    [
        (
            "user",
            "Hi, I paid for a 10-session OT package for my son but we are moving to Perth next month. Can get refund for the remaining 6 sessions?",
        ),
        (
            "assistant",
            "Unused sessions can usually be refunded minus an admin fee. Please share the payment details so the clinic can process it.",
        ),
        (
            "user",
            "Paid with my card 4987 9698 0200 2944 under Jessica Koh, son is Oliver Koh, 7. Please refund to the same card.",
        ),
    ],
    [
        ("system", "Internal assistant for front desk staff. Keep answers short."),
        (
            "user",
            "format as table: Mdm Seah Geok Lan collect R aid 10am 9326 4418 / Mr Anthony Sequeira collect charger 11am 8541 0967 / Pn Zaleha binti Omar review + new domes 2pm 012-906 3358",
        ),
        (
            "assistant",
            "| Time | Patient | Item | Phone | / | 10am | Mdm Seah Geok Lan | R aid collection | 9326 4418 | / | 11am | Mr Anthony Sequeira | Charger collection | 8541 0967 | / | 2pm | Pn Zaleha binti Omar | Review + new domes | 012-906 3358 |",
        ),
    ],
]
