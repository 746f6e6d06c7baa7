# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en130: SG/MY prisons, rehabilitation and halfway houses. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en130
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "visit_booking_notice"): _lines("""
        Visits to Changi Prison Complex must be booked at least 3 working days in advance; walk-in visitors will not be admitted.
        Each inmate is entitled to a fixed number of visits per month depending on his or her classification; check the SPS website for the current entitlement.
        All visitors aged 13 and above must produce their original NRIC, FIN card or passport at the registration counter; photocopies and photos on phones are not accepted.
        Dress code: no singlets, shorts above the knee, slippers or clothing with offensive prints. Visitors who do not comply may be asked to reschedule.
        Your tele-visit booking TV-2612-04471 is confirmed for Sat 19 Dec 2026, 10:30am at the Family Visitation Centre. Please arrive 20 minutes early. Reply CANCEL to release the slot.
        Reminder: the Visitor Centre will be closed on 25 Dec 2026 and 1 Jan 2027. Bookings for these dates have been automatically moved to the next available slot.
        Children below 16 must be accompanied by an adult visitor who is listed on the inmate's approved visitors list.
        Lockers are provided at the Visitor Centre. Mobile phones, smart watches, bags and food are not allowed beyond the security screening point.
        Booking ref no. | Date | Slot | Mode | Status / VB2612-08833 | 21/12/2026 | 14:00-14:30 | Face-to-face | Confirmed / VB2612-08834 | 21/12/2026 | 14:30-15:00 | Tele-visit | Waitlisted
        Slot timings for e-visits from home: 9.00am, 10.00am, 11.00am, 2.00pm and 3.00pm; each session lasts 30 minutes and needs a stable internet connection and a webcam.
        If your booking shows 'Pending verification', the visitor's particulars are still being checked; do not make a second booking for the same slot.
        Visitor Centre, Upper Changi Road North, Singapore 507709. Nearest MRT: Tanah Merah, then a short taxi ride; parking is limited on weekends.
        Visits for inmates in the Drug Rehabilitation Centre follow the same booking process, but the first visit is only allowed after the induction phase.
        Visit bookings cannot be transferred to another visitor. The person who turns up must match the name and identity document on the booking.
        Tele-visit fee: S$5 per session at the Family Visitation Centre; e-visits from home are free of charge during the pilot period.
    """),
    ("en", "letter_guidelines"): _lines("""
        Letters to inmates must show the inmate's full name and inmate number on the envelope; letters without these details will be returned to sender.
        Do not enclose cash, stamps, stickers, polaroids, drawings with glitter, or any item stuck to the paper.
        All incoming and outgoing correspondence is read by prison officers; letters containing coded language, gang references or threats will be withheld.
        Photographs: up to 5 per letter, no larger than 4R, no nudity, no gang signs, no pictures of weapons or drugs.
        Template: Dear [name of inmate], / I hope this letter finds you well. [Family news here.] / We will visit you on [date]. / Take care, [your name]
        Letters written in English, Malay, Chinese or Tamil are accepted; letters in other languages may take longer because they need to be translated first.
        E-letters: families can send typed letters through the online portal, which are printed and delivered within the institution; replies come back by post.
        Tip from our family support group: write about ordinary things like what the kids ate, the football score or the new hawker stall. Inmates say the small details matter most.
        Envelope format: [Inmate name] / [Inmate no.] / [Institution and Cluster] / Changi Prison Complex / Singapore [postal code]
        Greeting cards for Hari Raya, Deepavali, Chinese New Year and Christmas are allowed as long as they have no music chip, glitter or 3D decorations.
        Andy Dufresne wrote one letter a week to the state senate for six years in The Shawshank Redemption; our letter-writing workshop uses his persistence as an icebreaker.
        Section 4.2: Correspondence with lawyers is privileged and will not be read, but the envelope must be clearly marked 'Legal Correspondence' with the law firm's name.
    """),
    ("en", "parole_reintegration"): _lines("""
        Under the Conditional Remission System, inmates released early remain subject to a Remission Order and may be recalled to serve the remaining sentence if they reoffend.
        The Mandatory Aftercare Scheme provides structured supervision and case management for inmates assessed to be at higher risk of reoffending, including curfews and electronic monitoring where needed.
        Home Detention Scheme participants wear an electronic tag and must stay at their approved residence during curfew hours, usually 10pm to 6am.
        Halfway houses such as HCSA Highpoint, The Helping Hand, Pertapis Halfway House and Jamiyah Halfway House take in ex-offenders who lack family support.
        House rules: residents attend morning devotion or religious classes, go to work or job search during the day, and must be back by 9pm unless the warden approves otherwise.
        Community Rehabilitation Centres are residential facilities for ex-drug abusers on community-based programmes; stays typically range from several weeks to a few months.
        Fig. 3: Two-year recidivism rate by release cohort, 2014-2023 (per cent). Source: annual statistics release, Singapore Prison Service.
        Case ref PRS/MAS/2026/00871: supervision conditions reviewed on 02/12/2026; next review due 02/03/2027.
        Reintegration plan checklist: [ ] housing confirmed [ ] job interview arranged [ ] CPF and bank account reactivated [ ] Singpass reset [ ] medical follow-up at polyclinic [ ] family conference held
        Inmates due for release are reminded to check whether their NRIC or passport has expired; replacement can be arranged through the case officer before discharge.
        The Yellow Ribbon Project began in 2004 to encourage the community to accept ex-offenders and give them a second chance.
        Supervision conditions typically include reporting to the Day Reporting Centre, regular urine tests, a curfew and no contact with co-accused persons.
        Jean Valjean in Les Misérables had to carry a yellow passport marking him as an ex-convict; our reintegration talk uses the story to explain why stigma blocks employment.
        A parole board's decision considers the offence, conduct in prison, programme participation and the strength of the release plan, including stable housing.
    """),
    ("en", "employer_scheme"): _lines("""
        Employers who hire ex-offenders through Yellow Ribbon Singapore receive job-matching support, pre-employment interviews in prison and follow-up by a career coach for the first six months.
        HIRING: Kitchen Assistant, central kitchen in Tuas, 5-day week, $1,900-$2,200 basic + OT, ex-offenders welcome, training provided. Apply via the job portal, job ID YR-J-26-04417.
        Employer briefing: workers placed under the Work Release Scheme return to the halfway house each evening; please do not assign them overnight shifts.
        This year's employer award recipients include logistics, F&B, construction and facilities management companies; the full list is published on the organiser's website.
        Q: Must I tell my other staff that a new hire is an ex-offender? A: No. The hire's history is confidential and should be shared only with the direct supervisor, and only with the worker's consent.
        Pre-employment interviews inside prison: bring your company ID, business card and a short job description; interviews are held at the Employment Preparation Centre.
        Invoice INV-2026-11-0382 | Yellow Ribbon Industries bakery order | 240 pcs pandan chiffon slices | S$456.00 | due 15/12/2026
        Job-match report Q3: 42 candidates interviewed, 31 offers made, 27 accepted, 19 still employed after six months.
        Our supervisors attended the 'Working with Second Chancers' workshop: managing disclosure, accommodating supervision reporting times and handling workplace conflict.
        Second Chance Hiring Programme hotline: 6555 0188 (Mon-Fri, 9am-6pm) or email hiring@secondchance-logistics.com.sg for employer enquiries.
        Employers must not retain an employee's NRIC, work pass or passport as a condition of employment.
        Shift roster template: Name ____ | Employee ID ____ | Mon ____ | Tue ____ | Wed ____ | Thu ____ | Fri ____ | Supervisor sign ____
        Placement criteria: candidates must have completed at least one vocational course in prison and have no outstanding disciplinary cases in the last 12 months.
    """),
    ("en", "volunteer_befriender"): _lines("""
        Become a befriender! Commit 2 hours every fortnight for at least one year to visit an inmate or a released person. Training: 3 Saturdays, 9am-1pm.
        Volunteers must be at least 21 years old, pass a security screening and attend the orientation before their first visit.
        Befrienders should not lend money, pass messages to third parties, or exchange personal phone numbers with their befriendees.
        Session log template: Date __ / Befriendee code __ / Duration __ / Topics discussed __ / Concerns to flag to case worker __
        Training module 3: motivational interviewing basics, active listening, and how to respond when a befriendee talks about relapse.
        Volunteer hours for November: 1,286 hours across 94 active befrienders, up 8% from October.
        Reading circle this month: Long Walk to Freedom by Nelson Mandela, the chapters on his years on Robben Island.
        Partner agencies include SANA, ISCOS, the Singapore After-Care Association and several faith-based halfway houses.
        Befriending Team of the Year 2026 goes to our Tuesday evening team at the Community Rehabilitation Centre. Thank you for 52 weeks without a single missed session!
        Volunteer ID card numbers follow the format VOL-YYYY-NNNN and are not the same as your NRIC number.
        Reminder: no photography inside the institution, and do not post about your befriendee on social media, even without their name.
        For queries on the befriending programme, write to volunteers@hopebridge.org.sg during office hours; we reply within three working days.
        Roster for Sat 13 Dec: Team A at Institution A1, Team B at Institution B4, Team C at the halfway house dinner; team leaders to confirm headcount by Thursday.
    """),
    ("en", "forum_question"): _lines("""
        How do I check if my visit booking went through? I booked on the app last night but never got an SMS.
        Can I send books to someone in prison in Singapore, or must they be bought from the approved vendor?
        Anyone knows if e-visit works on iPad? The guide only mentions a laptop with Chrome.
        What happens if someone on Home Detention misses curfew by 15 minutes because the MRT broke down?
        Is it true that ex-offenders cannot get a taxi or private-hire vocational licence? Asking for general info before choosing a course.
        How long after sentencing before the family is allowed the first visit?
        Tips for first time visiting Changi: go early, the registration queue can be long on weekends, and leave everything in the car except your IC.
        Does a criminal record show up on employers' background checks? How does a spent record work under the Registration of Criminals Act?
        Which halfway houses accept residents who are not Christian or Muslim? Looking for general options, no particular religion.
        Is there any support group for wives and mothers of inmates in the east side? Prefer weekday evenings.
        Can inmates receive money for canteen purchases? How do families top up, and is there a monthly limit?
    """),
    ("ms", "notis_penjara"): _lines("""
        Lawatan banduan hendaklah ditempah sekurang-kurangnya tiga hari bekerja lebih awal melalui sistem e-Lawatan Jabatan Penjara Malaysia.
        Pelawat wajib membawa kad pengenalan asal (MyKad) atau pasport. Salinan fotokopi tidak diterima.
        Pakaian sopan diwajibkan: tidak dibenarkan berseluar pendek, berselipar atau berpakaian tanpa lengan.
        Tempahan anda dengan no. rujukan EL-2612-55730 telah disahkan untuk 18/12/2026, sesi pagi, Penjara Kajang.
        Program Parol memberi peluang kepada banduan yang layak untuk menjalani baki hukuman di luar penjara di bawah pengawasan Pegawai Parol.
        Majikan yang berminat menyertai program penempatan pekerjaan bekas banduan boleh menghubungi pejabat Bahagian Parol di talian 03-8926 6100 pada waktu pejabat.
        Surat kepada banduan mesti mencatatkan nama penuh dan nombor banduan; wang tunai dan setem tidak boleh dimasukkan.
        Sukarelawan program pembimbing rakan perlu berumur 21 tahun ke atas dan menghadiri taklimat orientasi sebelum lawatan pertama.
        Kanak-kanak di bawah umur 12 tahun mesti ditemani oleh ibu bapa atau penjaga yang sah.
        Lawatan ditutup sempena Hari Raya Aidilfitri; tarikh lawatan khas akan diumumkan kemudian.
    """),
    ("zh-Hans", "探访须知"): _lines("""
        探访须提前三个工作日在线预约，每次探访时间为30分钟。
        所有访客须出示身份证或护照原件，手机、手表及包包须存放于储物柜。
        写信给服刑人员时，信封上必须注明其全名及囚犯编号，信内不可夹带现金或邮票。
        黄丝带计划自2004年起推动社会接纳更生人士，给他们第二次机会。
        中途之家为缺乏家庭支持的出狱人士提供住宿、辅导及就业协助。
        您的视频探访预约（编号 TV-2612-05102）已确认：12月20日上午10时30分。请提前20分钟到达。
        义工陪伴者须年满21岁，并通过安全审查及三次周六培训。
        家属支援小组每月第二个星期六在社区中心聚会，欢迎服刑人员的家人参加。
    """),
    ("mixed", "admin_chat"): _lines("""
        guys the e-visit system down again since morning, SPS says try again after 2pm, don't panic ok
        Reminder for befrienders: Sat session at the halfway house shifted to 3pm because of the Hari Raya Haji makan
        wah the queue at visitor centre today damn long, 9am already full, next time must come 8am lah
        Bos, minggu ni training befriender kat mana? Masih di community club yang sama ke?
        Admin here: pls don't share screenshots of letters from inside in this group, even if nama dah blur.
        Job fair next month got 30 employers, F&B and logistics mostly, Yellow Ribbon say will share the list soon
        Anyone got the new visit form PDF? The old one still ask for relationship to inmate but got no mode of visit column.
        明天family support group 7pm开始, bring some kuih can already, no need fancy
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        VISIT BOOKING FORM | Inmate: LIM KOK WAH (Inmate No. 2419877) | Visitor 1: LIM SIEW HOON, NRIC S6835818C, Relationship: Sister, Mobile 9183 4426 | Preferred date: 20/12/2026 am
        Visitor particulars not verified: Nurul Ain binti Kamaruddin, T0152076D, DOB 14/03/2001. Name on booking differs from NRIC (booked as 'Nurul Ain Kamarudin'). Please amend and resubmit.
        Approved visitors list for inmate Arjun s/o Ramesh: Kalaiselvi d/o Murugan (mother), Ramesh s/o Govindasamy (father), Divya d/o Ramesh (sister).
        Dear Hafiz, Mak and adik came on Saturday but we were turned away because adik forgot her IC. Sorry ah. We will come again on the 27th. Your Hari Raya baju is ready. Love, Mak (Rohani binti Yusof)
        To: TAY JUN WEI, Inmate No. 2503318, Institution A4, Cluster A, Changi Prison Complex / From: Tay Ah Lian, Blk 412 Bedok North Ave 2 #08-127 Singapore 460412
        Remission Order recall: SHAHRUL NIZAM BIN ABDUL LATIF (S8586477G) failed to report to his supervision officer on 28/11 and 01/12; warrant requested.
        Home detention curfew breach alert 02/12/2026 23:41, subject Wong Zi Hao, tag HD-7731, approved address Blk 238 Yishun Ring Rd #05-1142 S760238. Duty officer informed.
        Halfway house admission log | 01/12 | Kevin Ang Boon Keat, 34, drug (LT1), referred by SPS, bed 12 | 03/12 | Muthu a/l Perumal, 51, theft, self-referral, bed 7
        Employer placement: PANG WEI MING, released 14 Aug 2026, placed as forklift operator at a Jurong warehouse, basic $2,100; supervisor reports good attendance but late twice in Nov.
        Volunteer application | Name: Charlotte Pereira | NRIC: S7905395C | Mobile: +65 8726 1095 | Email: charlotte.pereira79@gmail.com | Occupation: accountant | Languages: English, Malay, some Cantonese
        Befriender session note 29/11: met Rizwan bin Abu Bakar at Institution B5; he is worried about his daughter's PSLE results and asked if I could check on her. Explained boundaries, flagged to case worker.
        Hi, I'm Ms Jasmine Oei, my husband Dominic Oei is in Tanah Merah Prison. Can I bring our 2-year-old for the e-visit? My number is 9650 3317.
        Pls transfer the $300 for Kah Heng's canteen money to my POSB savings 184-23657-1 under Goh Bee Leng, I will top up for him on Monday.
        FIN G5863322X: visitor barred for 6 months after attempting to pass contraband during the visit on 15/11/2026.
        Release day pickup: Kumar's brother will wait at the main gate in car SLA 4821 Z, white Toyota Wish.
        Reference letter: Hairul Azman bin Mohd Noor has stayed at our halfway house since March 2026, completed the 6-month programme and now works as a delivery rider. We support his application for a rental flat.
        Subject: Candidate disclosure. Ms Tan Hui Min (T0457661B) has a 2019 conviction for cheating; she consents to disclosure to the hiring manager only.
        Parole review 2026/12: Mohd Faizal Rahim, 38, completed anger management and vocational welding; family willing to house him in Tampines; recommended for release on 15 Jan 2027.
        urine test result for supervisee Leong Chee Keong, collected 04/12/2026: POSITIVE (methamphetamine). Escalate to DRC review.
        Ah Boy (Chua Kah Heng) asked me to tell his mum that he has been moved to the prison medical centre for his diabetes; she can call me at 8432 7781.
        Siti Khadijah binti Osman, 9027 5563, Tuesday befriender team, Institution A1
        Visitor log 14/11 10:30 slot: Marcus de Souza (S8828294I) visiting his son Daniel de Souza; visit cut short after an argument.
        Work release scheme: Nathaniel Koh, resident at Breakthrough Missions, left the worksite early on 3 Dec without informing staff and returned at 11:20pm.
        Card used for e-visit fee: 4556 3346 1754 2033, exp 09/28, name on card VALERIE SIM.
        Re: Letter withheld. Your letter dated 20 Nov to inmate Rajkumar s/o Selvam mentioned the home address of a prosecution witness and has been withheld.
        Inmate Steven Yeo Chee Meng's father passed away on 28 Nov; compassionate escorted leave for the wake at Blk 115 Ang Mo Kio Ave 4 approved for 30 Nov, 2pm-4pm.
        Please update the visitor profile: Mdm Lakshmi d/o Arumugam, old number 9374 6610, new number 8815 2049.
        CV summary: ABDUL RAHMAN BIN ISMAIL, released Oct 2026, Certificate in Culinary Arts obtained in prison school, looking for a cook job in the west, contact 9012 2170.
        Mother of inmate Eric Low, Mdm Low Swee Lan, S6505800F, uses a wheelchair; please arrange an accessible booth for her 22/12 booking VB2612-09011.
        Volunteer insurance list: Farah Nadia binti Hashim, S9462252B, DOB 07/08/1994; Gabriel Tan Wei Ren, S9638294D, DOB 21/02/1996.
        Employer scheme claim: employee Tan Jia Hui (S8751962G), hired 01/07/2026 after release, monthly wage $2,300; claim period Jul-Dec 2026.
        Visitor CHEN XIAOYAN, PRC resident ID 440981199208268007, FIN F1957293P, long-term visit pass holder, visiting husband Yeo Kian Huat at Cluster B.
        Dear Mr Rodrigues, we are pleased to confirm that Jonathan Rodrigues has been accepted into our halfway house from 5 Jan 2027; please bring his medication list and NRIC on admission.
    """),
    "ms": _lines("""
        Borang Permohonan Lawatan | Nama Pelawat: NOR AZIZAH BINTI HAMZAH | No. KP: 810922-01-6044 | Hubungan: Isteri | Nama Banduan: MOHD RIDZUAN BIN ISMAIL | Penjara Simpang Renggam | Tel: 012-736 4482
        Assalamualaikum tuan, saya Zulkifli bin Ahmad (870314-10-5523), bapa kepada Amirul Hakim, ingin bertanya status permohonan parol anak saya di Penjara Kajang.
        Kepada Abang Razak (Abdul Razak bin Osman), adik-adik semua sihat. Mak masuk hospital minggu lepas sebab darah tinggi, tapi dah keluar. Jangan risau.
        Senarai sukarelawan: 1) Nurul Huda binti Azmi 019-553 2107 2) Tan Boon Huat 011-2384 9961 3) Kavitha a/p Raju 017-620 9145
        Encik Lee Chong Meng dari Lee Hardware Sdn Bhd setuju ambil bekas banduan Mohd Hafizuddin bin Yaakob bekerja sebagai pemandu lori mulai 2 Januari.
        Laporan pengawasan: Rosli bin Mat Zin (750128-07-5171) tidak hadir ujian air kencing pada 30/11/2026, alamat terkini No. 14, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam.
        Maaf puan, lawatan Puan Devi a/p Subramaniam (680511-13-5092) pada 19/12 dibatalkan kerana nama banduan Ganesh a/l Muniandy tersalah eja dalam tempahan.
        Wang saku banduan: Ahmad Fauzi bin Hassan, akaun Maybank 1140 2287 6539, RM200 setiap bulan untuk anaknya di Penjara Pengkalan Chepa.
    """),
    "zh-Hans": _lines("""
        探监登记：访客 陈丽华（母亲），身份证号 S6981236H，手机 9471 2083，探访对象 林志强，樟宜监狱B区，12月21日下午两点。
        林志强在狱中考了O水准华文A2，他妈妈陈丽华很高兴，说等他明年三月出狱后送他去学厨师。
        中途之家入住名单：郑伟杰，42岁，毒品案，12月1日入住；刘俊明，29岁，偷窃，12月3日入住。
        各位义工好，我是新加入的陪伴者何美玲，微信号 meiling_ho88，手机 9805 3316，请多指教。
        雇主反馈：员工黄俊杰（T0361466I）出狱后在我们工厂做包装，出勤很好，下个月加薪到2,200元。
    """),
    "mixed": _lines("""
        eh my bro ahmad faizal bin zulkifli release on 3 jan, anyone free to fetch him from changi? can call me 9123 5840
        Sis Priya, your befriendee Vincent Chong say he want to change to weekday, his new job at Tuas got shift until 7pm on Sat
        adik aku Syafiq Iskandar bin Rosli kena transfer ke halfway house Pertapis, mak tanya boleh visit hari Ahad ke?
        听说 Kelvin Ong Jun Hao 下个月去 Highpoint halfway house, his mum very worried he relapse again
        Wei, the new volunteer Bryan Lee Zhi Hao IC T0296577H is it? Need for the screening form, submit by Friday
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a case-management assistant for a halfway house in Singapore."),
        (
            "user",
            "Draft a short letter to the Yellow Ribbon job coordinator recommending our resident Lim Jun Jie (S9235060F) for the warehouse assistant role. He has been with us 5 months, all urine tests clean, completed the forklift course.",
        ),
        (
            "assistant",
            "Dear Coordinator, we are pleased to recommend Mr Lim Jun Jie for the warehouse assistant position. Over the past five months at our halfway house he has kept to all house rules, tested clean at every urine test and completed a forklift certification course. We believe he is ready for steady employment. Yours sincerely, Programme Manager",
        ),
        ("user", "Add that he needs Sundays off to attend church with his mother."),
    ],
    [
        (
            "user",
            "How do I book a tele-visit? My husband is Muhammad Irfan bin Saad, he's in Cluster B.",
        ),
        (
            "assistant",
            "You can book through the prison's online visit booking page. Log in, choose tele-visit, select the inmate from your approved list, pick a date and slot, and bring your original NRIC on the day.",
        ),
        ("user", "ok thanks. in case the system asks, my IC is S9012217G and my hp 9726 3381"),
    ],
    [
        (
            "user",
            "Anak saya Muhammad Aiman bin Kamal (020817-03-0331) dalam Penjara Pengkalan Chepa. Bila dia layak dipertimbangkan untuk parol?",
        ),
        (
            "assistant",
            "Kelayakan parol bergantung kepada tempoh hukuman, tempoh yang telah dijalani dan kelakuan semasa dalam penjara. Puan boleh bertanya kepada Pegawai Parol di penjara berkenaan untuk maklumat tepat.",
        ),
        ("user", "Dia masuk Mac 2024, hukuman 4 tahun, tak pernah kena tindakan disiplin."),
    ],
    [
        ("user", "我儿子王俊豪在樟宜监狱，我想写信给他，但是不知道信封地址怎么写。"),
        (
            "assistant",
            "信封上需要写服刑人员的全名、囚犯编号、所在机构及区域，然后是樟宜监狱综合区的地址。",
        ),
        ("user", "他的囚犯编号是2418830，在A1。请帮我写好信封格式。"),
        (
            "assistant",
            "WANG JUNHAO（王俊豪）/ 囚犯编号 2418830 / Institution A1, Cluster A / Changi Prison Complex / Singapore",
        ),
    ],
    [
        ("system", "Summarise befriending session notes for the monthly volunteer report."),
        (
            "user",
            "Notes: 2/12 met Alvin Teo at Institution A5. He said his wife filed for divorce last week, feels hopeless, sleeping poorly. 9/12 he seemed calmer after the chaplain visit, asked for a Bible in Chinese.",
        ),
        (
            "assistant",
            "December summary: Alvin Teo (Institution A5) was distressed on 2 Dec after learning his wife had filed for divorce, reporting hopelessness and poor sleep. By 9 Dec his mood had improved following a chaplain visit; he requested a Chinese-language Bible. Recommend the case worker monitors his wellbeing.",
        ),
    ],
    [
        (
            "user",
            "We're thinking of hiring Rahim bin Sulaiman as a cleaner. He served 3 years for housebreaking and was released last month. His NRIC is S7115822E. Are there any grants?",
        ),
        (
            "assistant",
            "Employers who hire through Yellow Ribbon Singapore can get job-matching support and may qualify for wage support schemes. Contact their employer team with the job details to check eligibility.",
        ),
        (
            "user",
            "And what should I ask him in the interview about the conviction without making him uncomfortable?",
        ),
    ],
    [
        (
            "user",
            "my brother Eddie Goh release on 18 dec morning, i working cannot go. can help me write a msg to my cousin ask him fetch?",
        ),
        (
            "assistant",
            "Hi cousin, Eddie is being released on the morning of 18 Dec and I can't make it because of work. Could you pick him up at the main gate? Let me know, thanks a lot!",
        ),
        (
            "user",
            "add that the prison will call him at 9264 1187 to confirm the time, that one is my cousin hp",
        ),
    ],
    [
        (
            "user",
            "Turn this into a table: Grace Ng 9158 2274 Tue A1; Harpreet Kaur 8390 6612 Thu B4; Azlan bin Yusof 9781 0435 Sat halfway house",
        ),
        (
            "assistant",
            "| Volunteer | Mobile | Day | Site | / | Grace Ng | 9158 2274 | Tue | A1 | / | Harpreet Kaur | 8390 6612 | Thu | B4 | / | Azlan bin Yusof | 9781 0435 | Sat | Halfway house |",
        ),
    ],
    [
        (
            "user",
            "Help me write an appeal. I'm Sharon Lee Pei Shan, my visits to my son Ryan Lee were suspended for 3 months because I passed him a family photo during the visit. I'm a single mum and he's only 19.",
        ),
        (
            "assistant",
            "Dear Sir/Madam, I am writing to appeal the suspension of my visits to my son, Ryan Lee. I deeply regret passing him a family photo during our visit; I did not realise it was against the rules. As a single mother, these visits are his main family contact, and I humbly ask that the suspension be reviewed. Yours faithfully, Sharon Lee Pei Shan",
        ),
    ],
    [
        (
            "user",
            "For home detention the approved address is my flat, Blk 627 Woodlands Ring Rd #11-203 S730627. My son Jared Lim comes home on 4 Jan. What do I need to prepare?",
        ),
        (
            "assistant",
            "Make sure the home has a working power point near where the monitoring unit will be installed, that all household members agree to the arrangement, and that you are available for the officer's home visit before release.",
        ),
        ("user", "Ok. He will sleep in the small room with his younger brother, is that allowed?"),
    ],
    [
        (
            "user",
            "Translate to English: 'Abang Danial (Danial Haziq bin Roslan), ayah dah dapat kerja baru kat kilang Senai. Nanti bila abang keluar bulan Mac, ayah tolong carikan kerja untuk abang.'",
        ),
        (
            "assistant",
            "'Danial (Danial Haziq bin Roslan), Dad has got a new job at a factory in Senai. When you are released in March, Dad will help find a job for you.'",
        ),
    ],
]
