# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en191: SG/MY internships and industrial attachments (offers, logbooks, evaluations, allowances, coordinators, group chats). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en191
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "coordinator_notice"): _lines("""
        Dear Year 2 students, the Internship Preference Exercise on the IPS portal opens 12 Jan 2027 at 9am and closes 23 Jan 2027 at 11.59pm. Late submissions will not be entertained.
        Reminder: all interns must submit the Week 4 logbook to your Industry Supervisor for endorsement by Friday 5pm. Unsigned logbooks will be returned to you.
        IWSP briefing for Trimester 2 students: Thursday 3 Apr, 2pm, Lecture Theatre E2-03. Attendance is compulsory; the slides will be uploaded to the LMS after the session.
        Students placed in public hospitals must complete the N95 mask fit test and upload vaccination records to the clinical placement office two weeks before commencement.
        The mid-attachment visit schedule for the Chemical Engineering cohort is now on Brightspace > SIP > Visits. Please inform your supervisor of your slot and book a meeting room.
        Allowance for the May–Aug internship will be credited on the 7th of each month. Batch IAP-B0527 was delayed by the bank holiday and will be paid on 9 July.
        Please do NOT post screenshots of your offer letter in the class chat. Offer letters contain your NRIC and allowance; send them only through the portal.
        Final evaluation forms are due two weeks after the last day of attachment. Supervisors who have not received the e-form link can write to the WIL Office role mailbox listed on the portal.
        Interns who need to change placement after the matching exercise must submit Form IA-07 with a memo from the host company. Changes after Week 2 will not be approved.
        Career Services walk-in consultation for internship CV reviews: every Wednesday, 2pm to 5pm, Block 7 Level 3. No appointment needed.
        Attachment for Diploma in Nursing starts 6 Jan 2027. Uniforms can be collected from the Student Services Centre from 16 Dec onwards with your student card.
        Note to all SIP students: you are not required to work on public holidays such as Hari Raya Puasa and Labour Day unless your host company gives you a replacement day off.
        Due to the network outage this morning, the logbook submission deadline for Week 9 is extended to Monday 10am. No further extension will be given.
    """),
    ("en", "policy_faq"): _lines("""
        Q: Is the internship allowance subject to CPF? A: Not if you are on a school-approved internship and are not on a contract of service. Check with your host company's HR if unsure.
        Q: Can I take leave during my attachment? A: Interns follow the host company's working days. Absences must be covered by an MC or approved leave and recorded in the logbook.
        Full-time foreign students at approved institutions may do a compulsory curriculum internship in Singapore without a separate work pass, subject to MOM conditions.
        Interns absent for more than 10% of working days without valid medical certificates may be asked to extend the attachment or repeat the module.
        Logbooks should record tasks, tools used and reflections. Do not write client names, patient details, source code or confidential pricing in the logbook.
        The supervisor evaluation rubric scores five domains — Work Quality, Initiative, Teamwork, Communication and Professionalism — each on a 1 to 5 scale.
        Dr Goh Keng Swee championed the Jurong Industrial Estate in the 1960s, creating the factory jobs that Singapore's early technical institutes trained apprentices for.
        Tan Sri Jeffrey Cheah founded the Sunway Group and later Sunway University, whose students do their industrial training across the group's hotels, hospitals and property arms.
        The Lee Kuan Yew School of Public Policy and the Lee Kong Chian School of Business both run internship programmes; the schools are named after their benefactors, not staff.
        Under the Talent Corp Structured Internship Programme, host companies in Malaysia can claim a further tax deduction on allowances paid to eligible interns.
        Students in Malaysia who undergo industrial training are generally covered for workplace injury; host companies should confirm the coverage with the university before Day 1.
        Interns should not be made to work overtime without consent. Working hours above those stated in the offer letter should be reported to the school coordinator.
        Internship grades are Pass/Fail for most diploma courses; the supervisor evaluation counts for 60% and the final report and presentation for 40%.
    """),
    ("en", "hr_admin"): _lines("""
        Offer ref INT/2027/HR/0342 | Position: Data Analytics Intern | Duration: 20 May – 16 Aug 2027 | Allowance: S$1,100/month | Hours: Mon–Fri 9am–6pm | Location: one-north
        PO 4500187623 raised for 6 intern laptops (Dell Latitude 5440), delivery to Level 12 IT store, cost centre SG-OPS-221.
        Company UEN 201934512K is registered under the Work-Study Programme; claim ID WSP-CL-0039215 submitted 14/03/2027.
        Ticket INC0458812: accounts for the June intern batch not yet provisioned in Workday. Priority P3, assigned to IAM team.
        Host company registration: SSM 202101023456 (1412345-T), approved for LI placements from the 2027/2028 session.
        Courier tracking MY2307719934 — 18 original logbooks sent from the Penang plant to the faculty office.
        Batch JUN27-ENG-03: 14 interns, 9 confirmed, 3 pending pass approval, 2 declined. Onboarding on 2 June, 8.30am.
        Intern allowance cost centre 61-4400-INT, GL 720150, FY2027 budget S$158,400 for 12 interns over 6 months.
        Access cards ACC-27-0501 to ACC-27-0520 reserved for summer interns; all cards must be returned on the last working day.
        Laptop asset tag SGIT-LT-08814 returned to pool after the internship ended; reimaged with build 23H2-CORP-7.
        Transport claims above S$30 per trip need receipts. Taxi and Grab receipts accepted; MRT and bus fares claimable via the monthly TRV-03 form.
        Intern headcount Q3: Engineering 22, Finance 8, Marketing 5, HR 2. Conversion rate from last year's cohort: 31%.
        Template — Dear [Intern Name], we are pleased to offer you an internship as [Role] from [Start Date] to [End Date]. NRIC/FIN: [__________]. Monthly allowance: S$[amount].
    """),
    ("en", "logbook_entry"): _lines("""
        Week 5, Day 2: Calibrated pH probes in the QC lab following SOP-QC-014. Learned to prepare pH 4 and pH 7 buffers. Reflection: must double-check dilution factors.
        Week 3 summary: assisted in migrating 40 user mailboxes to Exchange Online, updated the asset register, shadowed the helpdesk on L1 tickets.
        Task log 14/05: stock take at Bay C, counted 312 pallets, variance 0.6%. Supervisor comment: Good attention to detail. Signature: ________
        Week 8 reflection: I learned that in a real project the requirements change every week, so documentation matters more than I thought in school.
        Day 1: Safety induction, PPE issued (helmet, safety boots, goggles). Site rules briefed: no phones on the production floor, smoking only at the designated area.
        Logbook page format: Date | Task description | Skills applied | Hours | Supervisor initials. Minimum 5 entries per week.
        Week 11: Wrote Python scripts to clean sensor data from 6 CNC machines; reduced manual Excel work from 3 hours to 20 minutes a day.
        Week 6: Rotated to the front desk. Handled check-ins and check-outs on Opera PMS, about 45 rooms a day. Learned how to handle overbooking.
        Week 2: Observed the monthly shutdown of Line 4; read the LOTO procedure LOTO-ME-003 and drew the P&ID for the chiller loop.
        Supervisor remarks (sample for guidance): The intern has shown steady improvement in technical skills and communicates clearly. Rating: 4/5.
        Week 10: Drafted social media calendar for Q4, created 12 Canva posts, scheduled them on Meta Business Suite. Engagement report due next Friday.
        Week 4: Tested the firmware build v2.3.7-rc1 on 20 units; 2 failed boot test, logged as BUG-1187 and BUG-1188.
    """),
    ("en", "whatsapp_group"): _lines("""
        [10:42] Anyone know if we need to print the logbook or can submit softcopy? 🙏
        guys the SIP portal down again ah, cannot upload week 6
        Is the allowance paid by school or company one? my offer letter never say
        lol my supervisor ask me do the whole stock count alone today 😭
        Who else got posted to Tuas? the shuttle from Boon Lay MRT leaves at 7.45am sharp
        Can share template for the final report? The one on LMS is the 2024 version
        eh the dress code for bank intern is full formal or smart casual ah
        Admin: Please keep this group for attachment matters only. Do not post personal contact details here.
        Offer came in — 1.2k for 6 months, should I take or wait for the other one?
        confirm the presentation is 15 min + 5 min Q&A right?
        anyone doing LI in Penang? looking for housemate near Bayan Lepas, budget RM500
        Reminder from the coordinator: evaluation forms due this Fri!! pls chase your supervisors
        the canteen at the plant only accepts cashless, bring your card or PayNow
        Just got my first allowance 🥹 treat myself to mala tonight
    """),
    ("mixed", "forum_question"): _lines("""
        Poly intern allowance $600 is this normal or kena exploited?
        Is it ok to reject internship offer after signing? school say will affect grade leh
        LI kat Shah Alam, allowance RM800, boleh survive tak kalau sewa bilik?
        实习津贴要报税吗? SG poly intern here, first time got income
        How to write logbook when my tasks same every day one? supervisor say cannot copy paste
        Anyone interned at a Big 4 in KL? Heard audit interns OT until 2am during peak season, betul ke?
        My company want me to sign NDA and bond for internship, is this legit or red flag?
        Intern but the boss ask me to buy kopi for the whole team every morning. Is this part of the job lah?
        Can foreign student in NTU do summer internship at startup? need to apply pass or not?
        Which is better for CV: MNC intern with boring admin work or startup intern with real projects?
        Kalau supervisor tak nak sign logbook sebab dia cuti, apa patut buat?
        Is the $10 daily transport allowance taxable? 还是只算 reimbursement?
    """),
    ("ms", "notis_latihan_industri"): _lines("""
        Makluman: Pelajar Latihan Industri sesi Mac–Ogos 2027 wajib menghantar Borang Pengesahan Melapor Diri (LI-02) dalam tempoh 7 hari selepas melapor diri.
        Buku log hendaklah ditandatangani oleh penyelia industri setiap minggu dan dicop dengan cop rasmi syarikat.
        Lawatan penyeliaan oleh pensyarah penyelia akan diadakan antara minggu ke-8 hingga minggu ke-12. Sila maklumkan penyelia industri anda.
        Pelajar yang tidak hadir tanpa sebab munasabah lebih daripada 3 hari berturut-turut boleh digagalkan dalam kursus Latihan Industri.
        Penempatan di agensi kerajaan memerlukan surat sokongan fakulti. Sila mohon melalui sistem e-LI sebelum 15 Februari.
        Soalan: Boleh tak buat LI di Singapura? Jawapan: Boleh, tetapi perlu kelulusan fakulti dan pas yang sah dari pihak berkuasa Singapura.
        Taklimat LI untuk pelajar Diploma Kejuruteraan Elektrik akan diadakan di Dewan Kuliah 2 pada jam 10 pagi, hari Isnin.
        Laporan akhir LI hendaklah dihantar dalam format PDF, maksimum 40 muka surat, melalui portal sebelum 5 September 2027.
        Pertanyaan mengenai caruman PERKESO boleh dibuat melalui talian 1-300-22-8000 atau di pejabat PERKESO berhampiran.
        Pelajar dinasihatkan supaya tidak berkongsi salinan MyKad dalam kumpulan WhatsApp kelas. Gunakan portal rasmi untuk muat naik dokumen.
        Syarikat yang menerima pelajar LI digalakkan membayar elaun sekurang-kurangnya RM500 sebulan bagi pelajar diploma.
        Markah LI: Penilaian penyelia industri 50%, penyelia fakulti 20%, laporan dan pembentangan 30%.
        Contoh format buku log: Tarikh | Tugasan | Kemahiran yang dipelajari | Tandatangan penyelia. Sila isi setiap hari bekerja.
    """),
    ("zh-Hans", "实习通知"): _lines("""
        各位实习生请注意：实习周记须于每周五下午五点前上传至系统，并由企业导师签名确认。
        实习评估表分为五项：工作质量、主动性、团队合作、沟通能力和职业素养，每项一至五分。
        实习生如需请病假，须在当天上午九点前通知企业导师，并在返回后两天内提交医生证明（MC）。
        请勿在群里发送身份证或护照照片，所有文件请通过学校门户上传。
        拉曼大学工程系学生须完成至少十二周的工业实习，实习单位须经系主任批准。
        本学期实习津贴统一于每月七号发放，如有延迟请联系财务处，勿在群组内追问。
        新加坡理工学院本届实习匹配结果将于三月十五日公布，学生可登录系统查看。
        实习期间禁止携带手机进入无尘车间，违者将被记录在实习表现评估中。
        实习结束后请于一周内归还门禁卡、电脑和制服，否则将扣除押金五十新元。
        企业导师请注意：最终评估表须在实习结束后十四天内提交，逾期将影响学生成绩。
        实习生微信群仅用于发布通知，请勿私下添加导师的个人联系方式。
        问：实习期间可以同时做兼职吗？答：须事先获得学校和实习单位的书面同意。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        OFFER OF INTERNSHIP | Name: MUHAMMAD FIRDAUS BIN ROSLAN | NRIC: T0312457B | Position: Mechanical Engineering Intern | Allowance: S$900/month | Commencement: 3 March 2027 | Reporting to: Mr Kelvin Ong
        hi all, intern here — priya d/o suresh from nyp biomed, pls add me to the lab roster. my hp is 9176 4082
        Logbook Week 7 — Student: Tan Wei Ling (Adm No. 2104387J) — Supervisor comments: Wei Ling was late 3 times this week and left early on Thursday without informing. Please discuss with her lecturer. — Lim Chee Keong, QA Manager
        Final Evaluation — Intern: Arjun a/l Ramasamy, UTM Electrical, 24 weeks at the Penang plant. Overall grade B+. Strengths: PLC troubleshooting. Weakness: report writing. Recommended for hire: Yes.
        Jun allowance | LEE JIA HUI | POSB 188-52714-6 | S$1,000.00 | NG KAI XUAN | DBS 027-904318-5 | S$1,000.00
        Emergency contact for intern Nurul Aisyah binti Kamarudin: mother Puan Rohani, 012-384 7716, No. 23, Jalan Mawar 4, Taman Sri Muda, 40400 Shah Alam.
        Pls note Jonathan Pereira (intern, Finance) is on MC 14–16 May for dengue fever. MC from the clinic uploaded to the HR folder.
        Carpark season parking for intern Daniel Chua Jun Hao, vehicle SMB4527G, 3 months from 2 Jun, deduct $80 monthly from allowance.
        TEP application: Nguyen Thi Mai Anh, Vietnamese, passport C4729183, NUS MSc student, 12-week research internship, allowance S$1,800.
        FIN G5192736U — Zhang Haoran, PRC student at SUSS, IPA approved 08/03/2027, start date 1 April.
        Personal email for the PDPA consent form: sharifah.nadia02@gmail.com (Sharifah Nadia binti Syed Hamid, Year 3 Accountancy, UiTM Puncak Alam)
        Forwarding for reimbursement: Grab receipts for Faris Iskandar, total S$84.60, pls pay to his OCBC 601-283947-001 by Friday.
        Hi Ms Kamala, I want to report that my supervisor Mr Raymond Yeo at the Jurong warehouse keeps commenting on my weight in front of everyone. — Chloe Tan Xin Yi, DBA Year 2
        Intern Harith bin Zulkifli (matric 2021456789) did not submit his logbook for weeks 3 to 6; warning letter issued on 12/07.
        SUPERVISOR: MDM SITI HAJAR BINTI ABU BAKAR (HR EXECUTIVE) | INTERN: KAVITHA A/P MUNIANDY | ATTENDANCE: 58/60 DAYS | RATING: 4.2/5 | REMARKS: RELIABLE, SHY IN MEETINGS
        Hostel clearance — Hamizah binti Osman, Room B-12-03, last day 30/08, deposit RM200 to be refunded to Maybank 1140 2738 5516.
        For the group personal accident policy, intern Muhammad Aiman bin Hashim, MyKad 030415-10-5673, effective 3 March.
        Pls remove Gerald D'Souza from the intern group, he quit after 2 weeks — family issue, his father is in ICU.
        Hi finance, the intern travel was charged to my personal Visa 4563 8888 2670 9106 by mistake, pls reverse and reimburse. Thanks, Melissa Fernandez (Marketing intern)
        Address for logbook courier: Lim Shu Ting, Blk 418 Bedok North Ave 2, #07-113, Singapore 460418, hp 8234 5176
        Shortlist | Aaron Teo Zhi Wei | SP Dip in Computer Engineering | GPA 3.72 | available from 2 Jun | 9638 2210
        Supervisor feedback: Muthu s/o Palaniappan is honest and hardworking but needs constant reminders on PPE. Gave him 3/5 for safety.
        Kindly note that Wong Jia Min's July allowance was reduced because she took 4 days of unpaid leave (S$184.62 deducted).
        Intern Nicholas Goh Boon Kiat was given a verbal warning on 21 Jul for using the office network to mine crypto overnight.
        Harpreet Kaur d/o Jaswant Singh has accepted the conversion offer as Junior Analyst, starting salary S$3,800, start date 1 Sep.
        Jessica anak Ngumbang (UNIMAS, LI at the Bintulu site) has asked for early release as she is 5 months pregnant; clinic letter attached.
        guys pls dont tag me, its vanessa lim from ite college west, my new no. is 9024 7713 kthx
        Congrats to our intern Ryan Koh Zheng Hao on winning the hackathon! Tag him on LinkedIn: linkedin.com/in/ryan-koh-zh-2003
        Industry supervisor contact: Ms Low Pei Shan, Senior Process Engineer, mobile +65 9745 3108, call only for urgent matters after 7pm.
        To whom it may concern, I confirm that Balqis Humaira binti Ahmad Fauzi completed her industrial attachment at our clinic from 6 Jan to 28 Mar 2027 with exemplary attendance.
        Bank: CIMB | Account name: TEH KAH HOE | Account no: 7063 4417 2258 09 | IC: 011203-01-1532 | Allowance: RM700
        Incident 14/08: intern Shaun Lee Jun Jie (ITE College Central) found sleeping in the storeroom during the night shift; second offence, coordinator informed.
        Foreign intern Rizky Pratama (Indonesian, passport B 7431926) will stay at the Woodlands dormitory, room 5-17, from 2 June.
        carpool to Tuas daily from Jurong West, pickup at Blk 651 Jurong West St 61, driver Faizal, car SKL8812C, $5 per way, whatsapp 8731 0946
        Hi En. Azlan, this is Deepa Krishnan from UPM, the intern starting at your plant on Monday. My WhatsApp is +60 11-2739 4058 in case I get lost.
        Internship completion letter request: Sheryl Rodrigues, NRIC T0129836J, 5 Jan – 26 Jun 2027, Credit Risk department.
        Attendance flag: Lucas Ang (Temasek Poly, Diploma in Logistics) absent Mon–Wed, no MC submitted, phone unreachable. Mother says he is at his grandmother's place in Batu Pahat.
        Telegram @kaixuan_ng runs the intern Telegram channel; he is also the one who leaked the allowance table, HR to follow up with Ng Kai Xuan.
    """),
    "zh-Hans": _lines("""
        实习生黄子轩（身份证号 T0423598Z）今天在仓库扭伤脚踝，已送往黄廷方综合医院，请导师跟进。
        林佳欣同学的实习津贴请汇入她的华侨银行账户 601-394821-001，金额 1,200 新元。
        导师评语：陈俊杰实习期间工作积极，但多次迟到，且未经批准提早离开，总评 C+。
        马来西亚实习生郑凯文，身份证 040127-07-0195，住槟城峇六拜，紧急联络人：母亲，电话 016-455 2093。
        请问李思颖的实习证书寄到哪里？她说地址是 Blk 211 Toa Payoh Lor 8 #05-220, Singapore 310211。
    """),
    "ms": _lines("""
        Borang Lapor Diri | Nama: NUR SYAFIQAH BINTI MOHD RIDZUAN | No. KP: 020918-14-6248 | Syarikat: Cyberjaya | Tarikh lapor diri: 3 Mac 2027
        Penyelia industri En. Khairul Anuar bin Jamil melaporkan pelajar Amirul Hakim bin Roslan tidak hadir selama 4 hari tanpa MC.
        Elaun LI bulan Jun untuk Siti Zulaikha binti Hassan belum masuk, akaun Bank Islam 1202 3018 4567 92, tolong semak.
        Salam, saya Danial Hakimi, pelajar LI UiTM Shah Alam, no telefon saya 013-728 4915, sila hubungi saya jika ada tugasan esok.
        Penilaian akhir: Kavin a/l Subramaniam — markah 82/100, penyelia mencadangkan beliau diserap sebagai pekerja tetap.
        Pelajar Farah Nabila binti Yusri dimasukkan ke Hospital Sultanah Aminah kerana demam denggi, LI beliau ditangguhkan dua minggu.
        Alamat penginapan pelajar LI: Muhammad Haziq bin Ismail, No. 8, Lorong Kenari 3, Taman Bukit Indah, 81200 Johor Bahru.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Can you help me write an email to my internship supervisor? I got 2 days MC for gastroenteritis from the polyclinic.",
        ),
        (
            "assistant",
            "Sure. Could you tell me your name, your supervisor's name and the dates of the MC?",
        ),
        (
            "user",
            "I'm Koh Hui Min, Aerospace intern, supervisor is Mr Balakrishnan. MC is 12 and 13 March. Please add my hp 9187 2264 at the end.",
        ),
    ],
    [
        (
            "system",
            "You are an assistant for the Industrial Attachment Office. Keep records concise.",
        ),
        (
            "user",
            "Update the record: student Ahmad Zaki bin Ismail, matric A21EE0123, placement changed from the Prai plant to the Bayan Lepas plant due to a conflict of interest — his uncle is the plant manager.",
        ),
        (
            "assistant",
            "Noted. Record updated: Ahmad Zaki bin Ismail (A21EE0123), placement moved to Bayan Lepas. Reason logged as conflict of interest.",
        ),
    ],
    [
        ("user", "Rephrase my logbook entry so it sounds more professional."),
        ("assistant", "Of course, please paste the entry."),
        (
            "user",
            "Week 9 - I, Sarah Lim En Qi, helped Mr Tan Boon Hock fix the conveyor sensor, but he scolded me in front of the operators because I dropped the multimeter. I felt very stressed and cried in the toilet.",
        ),
        (
            "assistant",
            "Week 9: Assisted the maintenance engineer in troubleshooting the conveyor sensor. Learned the importance of careful handling of test equipment. Reflection: I will work on staying composed under pressure.",
        ),
    ],
    [
        (
            "user",
            "my june internship allowance never come in. my name is Rachel Wee, NRIC T0267813B, supposed to get S$950",
        ),
        (
            "assistant",
            "I can't check payments, but I can help you draft an email to your school's finance office. Do you want to include your bank details for them to verify?",
        ),
        ("user", "ya pls include, POSB savings 219-46083-1, and cc my coordinator Mr Ismail"),
    ],
    [
        ("user", "Tolong tulis surat tunjuk sebab untuk pelajar LI yang ponteng 5 hari."),
        (
            "assistant",
            "Baik. Sila berikan nama pelajar, nombor kad pengenalan dan tarikh ketidakhadiran.",
        ),
        (
            "user",
            "Nama Mohd Hafizi bin Rahim, IC 031130-13-5821, ponteng dari 7 hingga 11 Julai, dengar cerita dia kerja part-time di kedai kakak dia.",
        ),
    ],
    [
        ("user", "帮我写一封实习推荐信，学生是吴欣怡，在我们公司会计部实习了六个月。"),
        ("assistant", "好的，请问她有哪些突出的表现或技能需要提到？"),
        (
            "user",
            "她做月结很细心，英文也不错。就是请了三次病假，因为她有哮喘。推荐信里不要提病假。",
        ),
    ],
    [
        (
            "user",
            "I'm supervising an intern called Siddharth Menon from SIT. Help me write his final evaluation, he's smart but very often MIA after lunch and once lied about a client meeting.",
        ),
        (
            "assistant",
            "Here is a balanced draft: Siddharth demonstrated strong analytical ability. However, there were concerns about punctuality and transparency, including one instance where his whereabouts were misreported. Overall rating: 3/5.",
        ),
        ("user", "Good. Add that I'd still recommend him for a role in data, not client-facing."),
    ],
    [
        (
            "user",
            "Should I accept an internship offer of S$700 a month? My dad was just retrenched and I need to support my two younger brothers.",
        ),
        (
            "assistant",
            "That sounds like a tough situation. It can help to compare the offer with your expenses and ask your school about financial assistance schemes. Which school are you from?",
        ),
        (
            "user",
            "I'm Ong Jia Hui, Temasek Poly, Year 3 Business. We stay in a 3-room flat in Hougang and my mum is a cleaner, so every dollar counts.",
        ),
    ],
    [
        ("system", "You help polytechnic coordinators format data."),
        (
            "user",
            "Make this into a table: Aloysius Tay 9823 1147 Keppel; Nur Hidayah bte Zainal 8162 5539 SATS; Vignesh s/o Ravi 9301 7725 Sembcorp",
        ),
        (
            "assistant",
            "| Name | Mobile | Host company | / | Aloysius Tay | 9823 1147 | Keppel | / | Nur Hidayah bte Zainal | 8162 5539 | SATS | / | Vignesh s/o Ravi | 9301 7725 | Sembcorp |",
        ),
    ],
    [
        (
            "user",
            "My son Lucas Tan Yu Xuan is interning at a logistics company in Loyang and they keep making him work until 11pm without extra pay. Is this legal?",
        ),
        (
            "assistant",
            "Interns are usually not covered by the Employment Act in the same way as employees, but excessive hours should be raised with the school's internship coordinator, who can speak to the company.",
        ),
        (
            "user",
            "He's only 17, from ITE College East. Can you help me write to his coordinator? My number is 9455 3018 if they need to call.",
        ),
    ],
    [
        ("user", "My TEP was rejected. FIN G6038417M. What do I do?"),
        (
            "assistant",
            "I'm sorry to hear that. Usually the employer can appeal through the MOM portal, or you can check whether your internship qualifies for the student exemption. What is your school and programme?",
        ),
        (
            "user",
            "I'm Pham Quoc Bao, Vietnamese, NTU Master of Computing. The company said the rejection is because my allowance is too low.",
        ),
    ],
]
