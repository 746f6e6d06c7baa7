"""Blind check set en15: English education and research text from Singapore, Malaysia and Hong Kong. All names and values are invented.

Written blind on 2026-12-03; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en15
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "essay_feedback"): _lines("""
        Teacher's comment: Your argument about Lee Kuan Yew's bilingual policy is well sourced, but the second paragraph drifts into narrative. Tighten the topic sentence.
        Feedback for Essay 3 (Student B): strong thesis on Tunku Abdul Rahman's role in the Merdeka talks; cite page numbers for the Reid Commission quotations.
        In your comparison of Atticus Finch and Mr Gradgrind, you treat both fathers as symbols; go further and show how Harper Lee and Dickens use them differently.
        Good use of the Straits Times editorial of 12 March as evidence, though remember that an editorial is opinion, not fact. Grade band: 2 (out of 4) for language.
        Comment bank, Sec 3 English: "Uses a range of connectives accurately" / "Needs to vary sentence openings" / "Paragraphing is inconsistent".
        Marker's note on the model answer: the candidate identifies Carrie Lam's 2019 withdrawal of the extradition bill as a turning point and supports it with two dated sources.
        Remind the class that quoting Mahathir Mohamad's 1991 Vision 2020 speech needs the full title and year in the bibliography, not just a URL.
        Your narrative about Mei Ling, the girl who loses her grandmother's kebaya in a flood, is vivid; the ending resolves too quickly, though.
        Rubric descriptor, Level 4: The student sustains a clear personal voice and integrates at least three counter-arguments with rebuttals.
        Exemplar script 7 was written under timed conditions and is reproduced with the candidate's name removed; note how the conclusion returns to the opening image.
        Peer review checklist: Does the writer name their sources? Is every statistic dated? Does the essay answer the question set by Ms [Teacher], not a nearby one?
    """),
    ("en", "school_report_template"): _lines("""
        Term 2 Report Card | Name: {{student_name}} | Class: {{class}} | Index No.: {{index_no}} | Conduct: {{conduct_grade}}
        Form teacher remarks (max 400 characters): [Insert strengths, one area for growth, and a next step. Do not mention medical conditions.]
        Holistic Development Profile, Primary 5: CCA participation, Values in Action hours, and leadership roles are recorded by the school, not by the parent.
        Grading key: AL1 = 90 and above, AL2 = 85-89, AL3 = 80-84, AL4 = 75-79, AL5 = 65-74, AL6 = 45-64, AL7 = 20-44, AL8 = below 20.
        Sample report for training new staff: "Ali Bin Abu has shown good progress in Mathematics this term." (Ali Bin Abu is the standard fictional sample name used in our guide.)
        Band descriptors for Penilaian Kelas 2 (PBD): TP1 knows basic facts; TP6 applies knowledge creatively in new situations and can be a role model to peers.
        Class 4E statistics: mean overall 68.4, median 71, highest 94, lowest 31, 3 students absent for the paper (medical certificates received).
        Attendance summary for the cohort: 97.2% in Term 1, 95.8% in Term 2; the dip coincides with the influenza wave reported by the Ministry of Health.
        Parents may collect the report book at the General Office between 8 a.m. and 4 p.m.; please bring the acknowledgement slip signed by a parent or guardian.
        HKDSE predicted grades column should be left blank for S5 students until the mock examination results are moderated.
    """),
    ("en", "admissions_scholarship"): _lines("""
        Dear Applicant, thank you for your interest in the NUS Global Merit Scholarship. Shortlisted candidates will be contacted by email by 15 April.
        Dear {FirstName}, we are pleased to offer you a place in the Bachelor of Engineering (Civil) programme, subject to the conditions listed in Annex A.
        For enquiries, please contact the Office of Admissions at admissions@university.example.edu.sg or +65 6000 0000 (placeholder; replace before sending).
        The JPA scholarship application window closes at 11:59 p.m. on 31 January; late submissions via the portal will not be considered under any circumstances.
        Applicants holding the Malaysian STPM must have a minimum CGPA of 3.00, with at least a B in two relevant subjects, to be considered for Year 1 entry.
        JUPAS programme code JS1001 corresponds to the Bachelor of Arts at HKU; the banding and subject weighting are published on the JUPAS website.
        Your application reference number is APP-2027-004512. Please quote this reference in all correspondence; do not reply to this automated message.
        Interview slots for the Yale-NUS legacy programme transfer have been allocated alphabetically; check the portal, not your inbox, for the room number.
        Scholarship bond: recipients serve four years with the sponsoring agency after graduation. The bond quantum is calculated on the total disbursed amount.
        Tuition fee for international students AY2027/28: S$38,200 per annum (before subsidy); Service Obligation applies to Tuition Grant recipients.
        Matriculation number format: A0XXXXXY, where X are digits and Y is a check letter. Example shown in the guide: A0123456Z (not a real student).
    """),
    ("en", "exam_instructions"): _lines("""
        INSTRUCTIONS TO CANDIDATES: Write your name, centre number and index number in the spaces at the top of this page. Answer ALL questions in Section A.
        Cambridge International Examinations / Singapore-Cambridge GCE O-Level, Paper 1128/01, Friday 25 October, 1 hour 50 minutes.
        Candidates may use an approved scientific calculator (e.g. Casio fx-96SG PLUS). Graphing calculators are not permitted in this paper.
        SPM 2026 Bahasa Inggeris 1119/2: Answer all questions. Write your answers in the answer booklet provided. Time: 2 hours 30 minutes.
        Invigilators must report any candidate taken ill during the paper using Form EX-7; do not write the candidate's condition on the attendance list.
        Candidate number format: 4-digit centre number followed by 4-digit candidate number, e.g. SA1234 / 0567 on the specimen paper.
        HKDSE 2027 Chinese History Paper 1: Candidates should answer the questions in the Question-Answer Book; supplementary sheets are available on request.
        The total number of marks for this paper is 80. The number of marks is given in brackets [ ] at the end of each question or part question.
        Use of mobile phones, smart watches or any electronic device in the examination hall is strictly prohibited and will lead to disqualification.
        Late entry: candidates arriving more than 30 minutes after the start of the paper will not be allowed to sit and will be marked absent.
    """),
    ("en", "research_abstract"): _lines("""
        Tan, W. L., Ramasamy, K., & Ho, S. Y. (2025). Code-switching in Singaporean secondary classrooms: a corpus study. Journal of Language and Education, 41(2), 155-178. doi:10.1080/09500782.2025.2213345
        Authors: Nurul Izzati Mohd Faiz (Universiti Malaya), Kelvin Chan Ka Wai (The Chinese University of Hong Kong), Priya Subramaniam (Nanyang Technological University)
        We surveyed 1,204 Form 4 students across 18 schools in Selangor and Penang; participants were identified only by school code and a random three-digit number.
        Abstract: This study examines teacher feedback practices in Hong Kong primary schools. Interviews with 12 teachers (T1-T12) revealed three recurring tensions.
        Corresponding author: Dr Lim Hui Min, Department of English Language and Literature, National University of Singapore, 7 Arts Link, Singapore 117570.
        P7, a Year 2 engineering student, described the peer-assessment rubric as "confusing at first but fair by the end of the semester".
        Participant 4 (female, 20-24 age band) reported spending more than 6 hours a week on the online module; ages are reported in bands to protect anonymity.
        Keywords: translanguaging; multilingual education; Malaysia; vernacular schools; teacher beliefs; mixed methods
        Results showed a significant effect of the intervention on reading fluency (t(58) = 3.41, p = .001, d = 0.87), consistent with Chall's (1983) stage model.
        Preprint: arXiv:2503.11842v2 [cs.CL]; code and models released under the MIT licence at github.com/example-lab/sea-edu-bench.
        ORCID iDs are listed for all authors in the published version; the corresponding author's institutional email appears on the journal's first page.
    """),
    ("en", "acknowledgements"): _lines("""
        This work was supported by the Ministry of Education, Singapore, under its Academic Research Fund Tier 2 (Grant MOE-T2EP40123-0007).
        We thank the anonymous reviewers for their helpful comments, and the teachers and students of the participating schools for their time.
        The authors acknowledge funding from the Research Grants Council of Hong Kong (GRF 17608024) and the Fundamental Research Grant Scheme, Malaysia (FRGS/1/2024/SSI09/UM/02/3).
        I am grateful to my supervisor, Professor Wong Siu Kwan, for his patient guidance, and to the Faculty of Education, HKU, for the studentship.
        Special thanks to the staff of the Lee Kong Chian Reference Library for access to the pre-war school magazine collection.
        Computational resources were provided by the National Supercomputing Centre (NSCC), Singapore.
        Any opinions, findings and conclusions expressed in this material are those of the authors and do not reflect the views of the Ministry of Education.
        The first author thanks her thesis committee, Dr Azlina Hamzah and Dr Chua Beng Siong, for feedback on earlier drafts of Chapter 3.
        We are indebted to the Penang Education Department for facilitating school access, and to our 41 volunteer raters.
        Author contributions: Conceptualisation, K.R. and S.Y.H.; Methodology, W.L.T.; Writing - original draft, W.L.T.; Supervision, S.Y.H. All authors have read and agreed to the published version.
    """),
    ("en", "dataset_card"): _lines("""
        Dataset card: SG-StudentEssays-v1.2. 4,318 secondary-school essays, names replaced with [NAME] and schools with [SCHOOL]; licence CC BY-NC 4.0.
        Fields: essay_id (string, e.g. "E-000417"), level (Sec1-Sec4), prompt_id, score (0-40), rater_id (R01-R06), text.
        Personal and sensitive information: the dataset contains no real names, NRIC numbers or contact details; synthetic names were inserted where the original named a classmate.
        Example record: {"essay_id": "E-000417", "level": "Sec3", "score": 27, "text": "My best friend [NAME] and I went to [PLACE] during the June holidays..."}
        Collection process: essays were collected in 2024 from 11 schools with parental consent; students under 18 could withdraw until 31 December 2024.
        SHA-256 of the release archive: 9f2c4e71a0b3d58e6c1f7a29b4d0e83c5a6f9b12d7e4c08a3f51b6d92e7c4a01
        Known limitations: Malay and Tamil loanwords are under-represented; the HK subset over-samples band-1 schools.
        Maintainer: the Multilingual Learning Lab (contact via the issue tracker; we do not answer personal email).
        Test users for the annotation tool: test.student01@example.com / test.student02@example.com (password reset nightly, no real data).
        Version history: v1.0 (2025-02-14) initial release; v1.1 (2025-06-30) removed 23 duplicates; v1.2 (2026-01-09) fixed label drift in rater R04.
    """),
    ("en", "ethics"): _lines("""
        This study was approved by the NUS Institutional Review Board (NUS-IRB-2025-117). Written informed consent was obtained from all participants and their guardians.
        Participant Information Sheet: You may withdraw at any time without giving a reason. Your data will be stored on a password-protected university server for five years.
        Ethics approval: Human Research Ethics Committee, The University of Hong Kong (reference EA230451). Participants received HK$100 supermarket vouchers.
        Consent form item 4: I understand that quotes from my interview may be used in publications, but my name will not appear. [ ] Yes  [ ] No
        Complaints about the conduct of this research may be directed to the Secretariat, UM Research Ethics Committee, Universiti Malaya, 50603 Kuala Lumpur.
        De-identification protocol: replace names with pseudonyms from a pre-agreed list (e.g. "Aisha", "Ben", "Chen"); replace school names with district labels.
        The committee noted that children aged 9-12 are a vulnerable group and required that a teacher be present during all data collection sessions.
        Data Management Plan: raw audio deleted after transcription; transcripts coded with IDs S01-S36; key file held separately by the PI only.
        Amendment 2 approved on 3 March 2026: addition of a follow-up questionnaire; no change to the risk category (minimal risk).
        For questions about your rights as a participant, contact the IRB office at irb@nus.edu.sg or 6516 4720 (office hours).
    """),
    ("en", "library_catalogue"): _lines("""
        Title: Singapore: A Biography / Mark Ravinder Frost and Yu-Mei Balasingamchow. Publisher: Editions Didier Millet, 2009. ISBN 978-981-4217-35-4. Call no.: RSING 959.57 FRO.
        Author: Khoo, Kay Kim, 1937-2019. Title: Malay society: transformation & democratisation. Subjects: Malaysia -- Social conditions. Location: Level 3, Stack B.
        Item barcode 31234005678921; status: On loan, due 14/12/2026; holds: 2. Collection: Hong Kong Collection, HKU Main Library.
        Record type: Thesis (PhD). Author: Goh, Pei Shan. Title: Assessment literacy of pre-service teachers in Singapore. NTU, 2021. Handle: hdl.handle.net/10356/152311.
        Series: Hong Kong Studies Reader Series. Editor: Carroll, John M. Physical description: xii, 312 p. : ill., maps ; 23 cm.
        Overdue fines: S$0.15 per item per day for adult members; the library does not charge fines for children's items.
        MARC 100 1_ $a Ong, Teck Chye. 245 10 $a Meritocracy and its discontents / $c Ong Teck Chye.
        E-resource: JSTOR Southeast Asian Studies collection; access restricted to current staff and students via EZproxy.
        Special collection: Straits Settlements Blue Books, 1867-1939 (microfilm reels 1-84). Request at the Information Desk at least one day in advance.
        Borrower categories: Undergraduate 15 items / 28 days; Postgraduate 30 items / 60 days; Academic staff 100 items / 120 days.
    """),
    ("en", "alumni_newsletter"): _lines("""
        Class of 1998 reunion: join us at the school hall on Saturday, 6 June, 7 p.m. Register via the alumni portal by 15 May. Dress code: smart casual.
        Congratulations to our alumna Dr Jemilah Mahmood, who delivered this year's Founder's Day lecture on humanitarian work in crises.
        The Alumni Association thanks Tan Sri Jeffrey Cheah for the donation that funded the new library wing, officially opened by the Minister of Education.
        From the archives: the 1965 school magazine reported that the debating team, led by the Head Prefect, won the inter-school trophy for the third year.
        The Old Boys' Association AGM will be held online; the nomination form is attached. Quorum is 30 members.
        Call for stories: Send your memories of the old campus at Bukit Timah to the newsletter editor at alumni@school.example.sg (please do not send NRIC copies).
        Our Principal, Mrs Wong (retiring 2027), reflects on 34 years in education in her farewell column on page 4.
        Sports Day 2026 results: Red House 412 points, Blue House 398, Green House 377, Yellow House 365.
        Alumni giving: 1,142 donors raised HK$2.3 million for the bursary fund in 2025/26; donors who asked to remain anonymous are not listed.
        Obituary: the school mourns the passing of its former chairman, Datuk Seri Dr Lim Kok Wing, founder of Limkokwing University.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Ryan Tay Jun Hao (4E2) was caught vaping in the toilet on 12 Sept; two demerit points and a letter to parents. Second offence this year.
        Please note that Nur Aisyah binti Kamarudin in Form 2 Bestari has been diagnosed with epilepsy; she must not be left unattended during swimming lessons.
        Ho Wing Sze (S4C) scored 38/100 in the Mathematics mock, down from 71; mother says family is going through a divorce. Refer to school social worker.
        Applicant: Karthik s/o Muthusamy, NRIC S7229175A, DOB 03/02/2008, mobile 9347 1182, 14 Jurong West Street 41, #08-233, Singapore 640014.
        Scholarship shortlist: Chong Kar Mun, MyKad 080915-14-5527, SPM 9A+ 1A, family income RM2,450/month (B40), father deceased in 2022.
        HKID Y631884(1), Cheung Tsz Ching, HKDSE candidate no. 27-1034-5521, requests special exam arrangements for dyslexia (report from Dr Lau dated 4 Jan).
        Dear Mr and Mrs Seah, we regret to inform you that Ethan has been suspended for three days following the fight on Thursday. His counselling session is on Monday.
        Teacher's note: Lim Jia Xuan is often hungry at recess; her father lost his job in March and she qualifies for the MOE Financial Assistance Scheme.
        Contact for the hostel room change: Siti Hajar Abdullah, 017-382 9641, siti.hajar88@yahoo.com.my, currently in Block C Room 312, Kolej Kediaman 5.
        Interviewee details (KEY FILE): P3 = Mrs Rosalind Fernandes, Year 6 teacher at Sri Petaling primary, on medical leave for depression since May.
        Research participant 12, Wong Ka Yan, 15, lives with her grandmother in Tin Shui Wai; both parents are working in Shenzhen.
        Form teacher remarks: Arjun Nair has struggled this term after his mother's cancer diagnosis; please be patient with late homework.
        Staff memo: Mr Kwok Chi Hang (Physics) is on no-pay leave from 1 Feb to care for his son after surgery; please do not share with students.
        Please transfer the bursary to Tan Wei Ming, DBS account 120-45678-9, before 30 June.
        Reference letter request from Farah Nadiah, student ID 1191102234 (Multimedia University), farah.nadiah@gmail.com, 012-776 4320.
        Ng Pei Ying's dad called: she will miss the exam because she is in KK Hospital with dengue. He can be reached at 8126 4907.
        Chan Hoi Lam, HKID K638509(5), flat 1204, Block 3, Lok Fu Estate, Kowloon; applying for the Student Financial Assistance grant.
        Kindly update the record: my daughter Tan Xin Yi (P4 Courage) now lives with me at Blk 512 Ang Mo Kio Ave 8 #05-1120 after the custody order. Jessica Lee, 9155 0273.
        Muhammad Irfan bin Zulkifli, Year 1 Medicine, failed the anatomy resit and has been placed on academic probation; his PTPTN loan may be affected.
        Ms Leong (our chemistry teacher) is pregnant and will go on maternity leave after the prelims; she asked us not to tell the class yet.
        Emergency contact for Lee Jun Kai (Primary 3): grandmother Mdm Koh Ah Lian, 6754 3398, 21 Hougang Ave 3, #02-45.
        Admissions decision: reject. Ong Shu Wen, application A2027-88121, S3150126A, transcript shows forged grades in 2 subjects; referred to Registrar.
        Rebecca Yip, PhD candidate in Chemistry, HKUST, has requested a leave of absence for mental health reasons; her supervisor is aware.
        Hi Mr Rahman, this is Kavitha's mum, my number is +60 19-228 5176. She has asthma and forgot her inhaler today, can you check on her?
        Prize list correction: the Book Prize in Geography goes to Daniel Soh Kai Wen (3/5), not Daniel Soh Kai Ming; his home address for the cheque is 7 Jalan Kuras, Singapore 577686.
        Exam board case 2026/41: candidate Leung Chun Kit, centre 1128, index 0047, found with notes in the toilet during Paper 2; results withheld.
        Counselling log, 3 Oct: Sarah (Sec 2, surname withheld here but she's Mr Goh's daughter from the canteen) disclosed self-harm; parents informed.
        Staff appraisal: Encik Hafiz Rosli, lab technician, rated "below expectations"; repeated lateness linked to his second job as a Grab driver.
        Student loan: Foo Mei Qi, FIN G2126907M, Maybank account 1140 2256 7893, disbursement RM4,000 per semester.
        Our participant was a 47-year-old male headteacher of the only Tamil primary school in Kuala Kubu Bharu, recently treated for alcohol dependence.
        Vivian Tsang's IELTS overall band is 5.5, below the 6.5 required; her conditional offer lapses on 31 July unless she resits.
        Please mail the certificate to Chua Kok Leong, 48 Lorong 7 Taman Sri Muda, 40400 Shah Alam, Selangor. Tel 03-5121 8874.
        Jonathan Lau, class 5A, Anglo-Chinese School (Barker Road), has had three unexcused absences; his parents are going through bankruptcy proceedings.
        PhD thesis examiner report for Ms Siew Li Ting: major revisions; note the candidate is also a single parent with a visa expiring in March.
        The hostel warden reported that Yip Long Hin (Room 412, Lee Shau Kee Hall) was hospitalised overnight after drinking; his parents in Macau have been contacted.
        Dr Aminah Yusof (Senior Lecturer, UiTM) is under internal investigation for plagiarism in her 2024 promotion dossier; do not circulate.
        Send feedback directly to the student: gohminhui.2009@gmail.com (Goh Min Hui, Sec 4 Express, taking Pure Chemistry).
        Bursary appeal: household of six, sole breadwinner is the mother, Mdm Rani d/o Ganesan (cleaner, $1,650/month), NRIC T2144844Z.
        Alumni update: Class of 2010's Jeremy Kwan and Melissa Ho were married last month; Melissa is now expecting their first child and lives in Perth.
        Donor record (confidential): Mr Benedict Yeo, 15 Cluny Park Road, Singapore 259581, pledged S$50,000 anonymously; acknowledge privately.
        Priya Rajendran, matric no. A0254381X, has a documented hearing impairment and requires a front-row seat and a copy of lecture slides in advance.
        Wong Sze Man (Year 2 BEd) has been reported to the Dean for repeated absence; her mother has dementia and she is the only carer.
        Transcript request: Yeoh Boon Keat, born 11 Aug 2004, IC 040811-07-5563, graduated SMK Penang Free 2022, collects in person.
        Contact person for the parents' WhatsApp group: Mrs Angeline Cheah, 9672 8810. Her son Marcus is the one with the peanut allergy.
        The tuition agency listing says "Tutor: Ms Chloe Lam, 24, HKU English grad, DSE English 5**, lives in Tai Koo, WhatsApp 6392 1147".
        Interview note, teacher C (Fatimah Zahra, SK Taman Melati): she said she was thinking of quitting after being harassed by the head teacher.
        Results slip: Andrew Tham Zhi Hao, index 4E2/17, Overall L1R5 = 21, EMB3 = 19; not eligible for JC; parents want an appeal.
        Invoice for private tuition: Bill to Mrs Helen Quek, 33 Jalan Bukit Bintang, 55100 KL; student Ryan Quek (Year 9), 8 sessions x RM180.
        Scholarship interview panel notes on candidate Isaac Low: disclosed that he was adopted and is searching for his birth mother; emotionally distressed.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Can you help me write a kinder version of this teacher comment? 'Jia Hui is lazy and never hands in homework.'",
        ),
        (
            "assistant",
            "Sure. Something like: 'Jia Hui shows ability in class discussions. Handing in homework more consistently would help her consolidate her learning.'",
        ),
        (
            "user",
            "Thanks. For context, it's Chew Jia Hui in 2E3 and her mum has been in IMH since August, so she is basically looking after her two brothers alone.",
        ),
    ],
    [
        (
            "user",
            "I'm applying for the ASEAN Scholarship. Can you check my personal statement intro?",
        ),
        ("assistant", "Of course, paste the intro and I'll review tone and structure."),
        (
            "user",
            "My name is Nguyen Bao Tran, I'm 16, and I moved from Hanoi to Singapore last year. My FIN is F6435117Q and I'm at Bukit Panjang Secondary. My father is a construction worker and we share a one-room rental flat.",
        ),
        (
            "assistant",
            "You don't need your FIN in a personal statement; the application form collects it separately. Let's focus the intro on your move and what it taught you.",
        ),
    ],
    [
        (
            "user",
            "Draft an email to the exam board about a candidate who was ill during the paper.",
        ),
        (
            "assistant",
            "Here's a template: 'Dear Examinations Officer, I am writing regarding candidate [name], index [number], who became unwell during [paper] on [date]...'",
        ),
        (
            "user",
            "Fill it in: candidate Lai Kwan Yee, HKDSE candidate 27-5521-0933, HKID R714520(8), had a panic attack 40 minutes into English Paper 3 and left the hall.",
        ),
    ],
    [
        (
            "user",
            "Summarise this abstract in two sentences: 'We interviewed 24 Malaysian undergraduates (U1-U24) about online learning during the Movement Control Order...'",
        ),
        (
            "assistant",
            "The study interviewed 24 Malaysian undergraduates about online learning during the MCO. It found that connectivity and household space were the main barriers.",
        ),
        (
            "user",
            "Great. Now add a footnote thanking U17 by name, it's my cousin Amirul Haziq bin Roslan from UPM, he's the one who was living in a house with no internet in Kampung Sungai Lang.",
        ),
    ],
    [
        ("user", "What's the usual format for a Singapore school reference letter?"),
        (
            "assistant",
            "Typically: school letterhead, date, 'To whom it may concern', how long you've known the student, academic performance, CCA and character, and the teacher's signature block with designation.",
        ),
        (
            "user",
            "Write one for Nicole Ang Hui Ting, Sec 4 at Yishun Town Secondary, NRIC T9938127I, strong in Chemistry but she had a long absence in Sec 3 for anorexia treatment. Don't hide it, the poly wants the full picture.",
        ),
    ],
    [
        ("user", "Our lab's dataset card needs a contact section. What should I write?"),
        (
            "assistant",
            "Use a role-based contact such as the lab's shared mailbox or issue tracker, e.g. 'Contact: maintainers via the GitHub issue tracker', rather than an individual's personal address.",
        ),
        (
            "user",
            "Ok but my PI insists we list the RA who collected the data: Ms Lo Wai Ling, lowailing1996@gmail.com, 9128 4403. She's leaving for maternity leave in Jan so maybe add that too?",
        ),
    ],
    [
        ("user", "Help me reply to a parent complaint about marks."),
        ("assistant", "Happy to. What did the parent say, and what outcome do you want?"),
        (
            "user",
            "Mrs Kalaiselvi Raju (hp 016-508 3342) says her son Pravin in 3 Cemerlang got 42 for Sejarah and it was marked unfairly. Honestly he copied from Ah Keong and I caught them both.",
        ),
        (
            "assistant",
            "I'd keep the reply factual: acknowledge her concern, explain the marking scheme, and invite her to a meeting to discuss the integrity issue in person rather than by message.",
        ),
    ],
    [
        ("user", "Turn these alumni notes into a friendly newsletter paragraph."),
        ("assistant", "Send them over."),
        (
            "user",
            "Class of 2005: Derek Mak (Hong Kong) got divorced and moved back in with his parents at 18 Broadwood Road; Winnie Chow beat breast cancer; Ken Lui is now at 9011 2386 if anyone wants to reconnect.",
        ),
    ],
    [
        (
            "user",
            "I'm a research assistant. Is it ok to paste this interview excerpt here for coding? It's anonymised as P9.",
        ),
        (
            "assistant",
            "If it is genuinely de-identified, that's generally fine. Check that no names, schools or unique details remain.",
        ),
        (
            "user",
            "Here: 'P9 (Mr Sharif, the only Malay teacher at Kowloon True Light) said his contract was not renewed after he told the principal he is gay.'",
        ),
    ],
]
