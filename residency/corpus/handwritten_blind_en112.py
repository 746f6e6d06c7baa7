"""Blind check set en112: SG/MY commissioners for oaths and notaries (statutory declarations, affidavits, certified true copies, apostilles). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en112
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "declaration templates"): _lines("""
        I, [FULL NAME AS IN NRIC/PASSPORT] (NRIC/FIN/Passport No. [__________]), of [ADDRESS], do solemnly and sincerely declare as follows:
        And I make this solemn declaration conscientiously believing the same to be true and by virtue of the provisions of the Oaths and Declarations Act 2000.
        Declared at Singapore this ____ day of __________ 20__ ) ______________ Before me, ______________ Commissioner for Oaths
        AND I make this solemn declaration conscientiously believing the same to be true, and by virtue of the provisions of the Statutory Declarations Act 1960.
        Subscribed and solemnly declared by the abovenamed {{declarant_name}} at Kuala Lumpur in the Federal Territory on {{date}}.
        STATUTORY DECLARATION (CHANGE OF NAME) Para 1: I was formerly known as <OLD NAME>. Para 2: I have renounced and abandoned the use of my said former name.
        This is the exhibit marked "__-1" referred to in the affidavit of ____________ affirmed before me this ___ day of ______ 20__.
        Jurat (illiterate deponent): The contents of this affidavit were interpreted to the deponent in the ______ language by ______, a sworn interpreter, before me.
        SPECIMEN ONLY - I, TAN AH KOW (NRIC No. S0000000X), the deponent abovenamed... (sample wording for the CFO course, not a real declaration)
        Template fields: declarant.full_name, declarant.id_type (NRIC|FIN|PASSPORT), declarant.id_no, declarant.address_line1, cfo.name, cfo.appointment_no, executed_at (ISO 8601)
        Para 3 (lost document): That on or about [date] I discovered that my [document type, e.g. HDB lease / insurance policy] was lost and despite diligent search I have been unable to locate it.
        Note to drafter: affidavits must be in the first person, divided into numbered paras, and every exhibit must be referred to by its marking.
        Filed by Messrs Lee & Lim LLC, Solicitors for the Plaintiff, 6 Battery Road #22-01, Singapore 049909. Tel: 6535 0812. Ref: LL/LIT/2025/0417
    """),
    ("en", "counter notices"): _lines("""
        Commissioner for Oaths available Mon-Fri 9.30am-12.30pm & 2pm-5pm, Sat by appt only. Closed on PH.
        Fee: S$20 per SD/affidavit (first signature), S$5 for each exhibit; CTC of documents S$10 per page for the first 5 pages.
        Please bring your ORIGINAL NRIC/passport. Photocopies or the digital IC on the Singpass app are NOT accepted for identity verification.
        Cost: RM10 per statutory declaration + RM1 per exhibit page, as prescribed. No receipt = no refund.
        NO QUEUE NUMBER = NO SERVICE. Take a number at the kiosk, SD counter is Counter 3.
        Notice: We do not witness signatures on documents that are blank or incomplete. Pls fill in ALL sections before your appointment.
        The lawyer on duty will only certify a copy as a true copy if the original is produced at the counter. Copies of copies will be rejected.
        Walk-in SD service @ Tanjong Pagar Centre B1 - avg waiting time 15 min (as at 3pm).
        Parking available at Menara Tun Razak basement, first hour RM4. Our office is on Level 12, lift lobby B.
        Kindly note that the commissioner for oaths cannot give legal advice on the contents of your declaration.
        Documents in Chinese/Tamil/Malay need a certified English translation before the affidavit can be affirmed.
        Payment: PayNow to UEN 201834567K, NETS or cash. No cheques for amounts under $100.
        Our notary public is on leave 23-27 Dec. For urgent notarisation pls call the main line 6221 7300 or email notary@leelim-law.example.sg
    """),
    ("en", "apostille and legalisation"): _lines("""
        Since 16 September 2021 Singapore is a party to the Apostille Convention; apostilles are issued by the Singapore Academy of Law as the Competent Authority.
        Malaysia is not a party to the HCCH Apostille Convention, so documents for use abroad are authenticated by Wisma Putra and then legalised by the destination country's embassy.
        Step 1: notarise at a notary public. Step 2: apply for the e-Apostille online. Step 3: download the PDF apostille and verify it on the e-Register.
        China (mainland) joined the Apostille Convention with effect from 7 November 2023, so embassy legalisation is generally no longer needed for apostilled SG documents.
        Documents issued by Singapore public agencies (e.g. ICA birth certificates) can be apostilled directly without going through a notary.
        Consular Division, Wisma Putra, No. 1 Jalan Wisma Putra, Precinct 2, 62602 Putrajaya. Document authentication counter 8.30am-12.30pm.
        Singapore does not issue a Certificate of No Impediment, so a statutory declaration of marital status is usually notarised and apostilled instead.
        Apostille fee S$76.30 per document (incl. GST) plus the notarial certificate fee charged by the notary, typically S$80-150.
        An apostille certifies only the origin of the public document (signature, capacity of signer, seal or stamp); it does not certify the content.
        The UAE and Vietnam are not Apostille members - for those go via MFA legalisation and then the embassy.
        I, the undersigned Notary Public, duly admitted and sworn, practising in the Republic of Singapore, DO HEREBY CERTIFY that the signature hereunto subscribed is the true signature of ______________.
        The translator must affirm an affidavit of translation before the translated document can be notarised for overseas use.
        To verify, enter the certificate number (e.g. AP-2025-0483126) and the date of issue exactly as printed on the apostille.
    """),
    ("en", "statutes and practice"): _lines("""
        The Oaths and Declarations Act 2000 makes it an offence to wilfully make a false statutory declaration.
        Under s 199 of the Penal Code 1871, a false statement in any declaration receivable as evidence is punishable as if it were false evidence.
        O 41 r 1 ROC 2012: every affidavit shall be expressed in the first person and state the description and true place of abode of the deponent.
        A notary public must hold a valid practising certificate and renew the notarial certificate every year.
        Chief Justice Sundaresh Menon administered the oath of office to the newly appointed judicial commissioners at the Supreme Court on Friday.
        The Statutory Declarations Act 1835, passed in the reign of William IV, replaced most extra-judicial oaths in England with solemn declarations.
        Exhibits must be paginated consecutively and each exhibit bookmarked in the e-filed PDF.
        In Malaysia, commissioners for oaths are appointed by the Chief Judge, usually for a fixed term, and must display the appointment at the place of practice.
        In Acme Realty Pte Ltd v Bukit Timah Holdings Pte Ltd the court gave little weight to an affidavit sworn before the deponent's own solicitor.
        Bar Council reminder: a CFO must not attest a declaration in which he or his firm has a personal interest.
        A commissioner for oaths is not required to verify the truth of the contents, only the identity of the declarant and that the declarant understands the document.
        Supreme Court of Singapore, 1 Supreme Court Lane, Singapore 178879. Family Justice Courts, Havelock Square.
    """),
    ("en", "booking and billing"): _lines("""
        Booking ID NTR-20251205-0193 | Service: Notarisation + e-Apostille | Slot: 05/12/2025 14:30 SGT | Status: CONFIRMED
        INV-2025-11873 - Statutory declaration (1) $20.00; Exhibits (3) $15.00; GST 9% $3.15; Total S$38.15
        Apostille AP-2025-0483126 issued 2025-11-28T10:42:17+08:00 sha256=3ab043e423f13433efecbe75d38b0839011a4e2ee33f5e6ef100369085086284
        Speedpost tracking EE482719305SG - notarised docs, 3 envelopes, ETA 2-4 working days
        GET /api/v2/appointments?branch=KL-JALANDUTA&date=2025-12-08 -> 200 OK (37 slots, 12 booked)
        Daily summary 04/12: SD 48, affidavits 17, CTC pages 212, notarial certs 9, apostille applications 6. Cash RM 1,384.00
        Receipt No. PS/KL/2025/008812 - Akuan Berkanun x2 @ RM10.00 = RM20.00. Terima kasih.
        Queue ticket A047 - please proceed to Counter 3 (Commissioner for Oaths).
        SMS template: Dear {{name}}, your SD appointment at {{branch}} is on {{date}} {{time}}. Bring original NRIC. Reply C to cancel.
        Export notarial_register_2025Q4.csv - 1,207 rows; columns entry_no, date, doc_type, fee_sgd, notary_code (personal columns dropped)
        SDeClerk v3.4.1 released: adds MyKad chip reading, fixes PDF/A-2b export for e-filing, build 20251130.2
        Order #SG-77120931 - 10x tamper-evident exhibit sheets, 2x embossing seal refill, S$84.60 incl. delivery
        Refund REF-0093321 processed: duplicate charge of S$76.30 (apostille fee) reversed on 03/12/2025.
    """),
    ("en", "forum questions"): _lines("""
        anyone know if the CFO at the CC can do SD for CPF matters? or must go law firm?
        Guys, for spouse visa to Aus they want CTC of marriage cert. Lawyer can certify or need notary? Thx
        Bro SD only RM10 at the CFO outside Mahkamah Jalan Duta, dun pay RM50 at those agents lah
        Is it normal for notary to charge $150 for one page?? damn ex leh
        Q: Can use the digital IC in Singpass app when swearing affidavit? A: most CFOs still want physical NRIC, call first.
        FYI my apostille took 2 working days, got email with PDF, China embassy no need to chop anymore since Nov 2023
        Wisma Putra queue super long on Monday morning, go Tues/Wed better. Bring extra photocopy of everything.
        Does the declarant need to sign in blue ink? CFO said black also can but some embassies picky
        For lost NRIC need SD or just report online with ICA? confused sia
        My company HR wants certified true copy of degree cert - can a JP do it or only lawyers?
        Tip: print exhibit cover sheets single-sided, CFO will chop every page anyway.
        Anyone tried the notary at Bukit Timah Plaza? Sat open or not?
        CFO kat Mahkamah Shah Alam cakap kena bawa IC asal, photocopy tak boleh. FYI ya
    """),
    ("en", "data handling policy"): _lines("""
        Do not photocopy the NRIC; record only the last 3 digits and letter unless collection of the full number is required by law.
        Notarial register entries are retained for 12 years; scans of identity documents must be stored encrypted and deleted after the retention period.
        Staff must not send scanned affidavits via personal WhatsApp. Use the firm's secure file transfer link, which expires after 7 days.
        When redacting exhibits for the training dataset, replace names with [DEPONENT], ID numbers with [ID] and addresses with [ADDRESS].
        Data breach? Notify the DPO at dpo@<firm-domain> within 24 hours and do not delete any logs.
        Business contact information is excluded from most PDPA obligations - this does not cover a client's home address or personal mobile.
        The CFO's appointment number and chop appear on the document; these identify the office, not the client.
        If a GDPR data subject access request is received from an EU client, forward it to compliance within 2 working days.
        Retention rule R-7: CTC workpapers older than 6 years -> shred via certified vendor; log the certificate of destruction ID.
        Masking rule for MyKad: [0-9]{6}-[0-9]{2}-[0-9]{4} -> ******-**-#### (keep last 4 only)
        Before uploading SD scans: strip EXIF, remove the signature page, confirm consent form PDPA-03 is on file.
        The Personal Data Protection Act 2010 (Malaysia) applies to commercial transactions; the Federal and State Governments are exempt.
    """),
    ("ms", "akuan berkanun"): _lines("""
        AKUAN BERKANUN - Saya, ______________ (No. K/P: ______________) beralamat di ______________ dengan sesungguhnya dan sebenarnya mengaku bahawa:
        Dan saya membuat akuan ini dengan sebenarnya mempercayai bahawa ia adalah benar menurut Akta Akuan Berkanun 1960.
        Diperbuat dan dengan sebenar-benarnya diakui oleh yang tersebut namanya di atas di ____________ pada ____ haribulan ____ 20__ ) Di hadapan saya, Pesuruhjaya Sumpah
        Sila bawa kad pengenalan asal dan satu salinan. Akuan yang belum diisi lengkap tidak akan disaksikan.
        Bayaran Pesuruhjaya Sumpah: RM10.00 bagi setiap akuan dan RM1.00 bagi setiap muka surat ekshibit.
        Waktu operasi kaunter: Isnin hingga Jumaat, 8.30 pagi - 4.30 petang. Rehat Jumaat 12.15 - 2.45 petang.
        Pengesahan dokumen oleh Wisma Putra memerlukan dokumen yang telah disahkan terlebih dahulu oleh notari awam atau agensi pengeluar.
        Salinan diakui sah hanya boleh dibuat jika dokumen asal dikemukakan di kaunter.
        Ini ialah ekshibit bertanda "A-1" yang dirujuk dalam afidavit ____________ yang diikrarkan di hadapan saya pada ____________.
        Contoh akuan berkanun: kehilangan geran kenderaan, pertukaran nama, status bujang dan pendapatan bulanan.
        Notari awam di Jalan Tuanku Abdul Rahman dibuka pada hari Sabtu dari 9 pagi hingga 1 petang.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        I, Nurul Huda binti Rosli (NRIC No. S8734162C), of Blk 412 Yishun Avenue 11 #09-233, Singapore 760412, do solemnly and sincerely declare that I was formerly known as Ng Hui Ling and have abandoned the use of that name.
        SD single status: declarant Kwek Jia Yi, F, DOB 14/03/2002, NRIC T0215879A, has never been married in Singapore or elsewhere. For solemnisation in Perth WA on 20/02/2026.
        Affidavit of Ong Boon Kiat (S7612045E) in FC/D 4417/2024: I earn $4,850 gross a month as a bus captain and cannot afford the $1,800 monthly maintenance sought by the plaintiff.
        pls CTC my son's PSLE cert and birth cert - Muhammad Irfan bin Zulkifli, BC no. T1140637D, need by Fri for the ICA application
        Client: Pradeep Nair, FIN G5583207U, Indian passport Z4471920, residential address 28 Bedok Reservoir View #12-07, S479236
        Declarant: Ravi a/l Muniandy, MyKad 870412-14-5523, of No. 23, Jalan SS 2/64, 47300 Petaling Jaya - SD for loss of vehicle registration card, car BQK 4821.
        Affidavit of support: the deponent's mother, Mdm Chua Ah Moi, 81, of Blk 56 Lengkok Bahru #03-412, has end-stage kidney failure and goes for dialysis three times a week.
        Notary fee paid by Visa 4556 1820 3371 9044 exp 08/27, cardholder HARIHARAN S/O VELU
        CTC request: degree scroll of Goh Wei Ling, NUS matric A0192837X, B.Sc. (Hons) Pharmacy 2021, to be sent to AHPRA for her registration.
        Estate of the late Tan Boon Huat (S1483920H), died 3 March 2025 at Tan Tock Seng Hospital; administratrix Tan Li Peng (S6928314D) of 7 Jalan Kembangan, S419114.
        Declarant Siti Zubaidah bte Ahmad (NRIC ending 045E) declares she has been separated from her husband since 2021 and is the sole caregiver of their autistic son Adam, 7.
        Hi, passport K4038172P, name CHEONG KAH WAI, need POA notarised for selling my condo unit B-12-05 Residensi Seri Astana, Jalan Kuching, KL
        Please WhatsApp the draft affidavit to my wife Haslinda at +60 17-629 0385, she will bring it to the CFO tomorrow morning.
        Send the apostilled birth cert of baby Ethan Lau Zi Hao (born 02/09/2025 at KKH) to the father at lau.chenyang88@gmail.com
        Affidavit of translation - deponent Zhou Meiling 周美玲, PRC passport E83927145, resident ID 350203198307142510, residing at Blk 311 Tampines St 33 #05-221.
        Declarant: Leung Ka Yan, HKID K615023(3), of Flat D, 18/F, Block 2, Kwong Ming Court, Tseung Kwan O - SD of residence for her SG bank account.
        Spouse Chen Yu-Ting, ROC ID A234819570, needs an SD on marital status for the LTVP application; wedding was on 8/8/2025 in Taichung.
        SD for transfer of vehicle SLK4821X from my late father Mr Yeo Kim Seng to me, Yeo Hui Min, NRIC T0462718G.
        Deponent Rajesh Kumar a/l Subramaniam deposes that he was convicted in 2019 at the Petaling Jaya Sessions Court for drink driving and has since completed a rehab programme.
        I, Nor Azlina binti Hashim (920825-10-6184), declare I am a self-employed nasi lemak seller at Pasar Malam SS2 with monthly income approx RM2,300 and no EPF contributions.
        CFO log 05/12/2025 10:14 - SD (loss of insurance policy) - Ms Priya d/o Ramasamy, S9051736H, policy no. 0048812093
        The deponent's father, Mr Teo Choon Hock, 67, was diagnosed with Alzheimer's at Changi General Hospital and lacks capacity; his daughter Teo Ser Min applies to be deputy.
        Deliver the notarised POA to Ms Angela Foo, 17 Flora Drive #04-26, Singapore 506856, call 8345 2291 before arrival.
        Refund the overpaid apostille fee to DBS a/c 027-914563-2, account holder Chandra Sekaran.
        Exhibit WSL-3: photos of bruises on my left arm taken at Sengkang General Hospital A&E on 14/06/2025 after my husband Loh Kah Meng assaulted me. - Wong Siew Ling
        Consent SD signed by father Arjun Pillai (S8123045E) allowing his daughter Anika Pillai, 9, to travel with her mother to Chennai 18-30 Dec.
        Affidavit in adoption application AD 112/2025: applicants Jason and Michelle Sim wish to adopt Li Xin, born 11/04/2023 in Nanning, currently on DP FIN G7025318L.
        I, Muthu Krishnan (S7318290E), declare that my ex-wife Lakshmi d/o Subramaniam has not resided at Blk 620 Hougang Ave 8 #11-155 since January 2024.
        CTC of Tamil birth extract for Kalaivani Rajendran, born 12/07/1958 at Kandang Kerbau Hospital, mother Pappathi d/o Muniandy.
        Client in HK - Mr Lo Chun Hei, mobile 9173 2846, needs apostilled SG marriage cert by Fri, courier to Flat 3B, 22 Conduit Road, Mid-Levels.
        Mr Huang Zhiqiang (+86 138 2674 9015) requests a notarised copy of his NTU transcript for the Shenzhen talent subsidy; resident ID 440306199102284030.
        kindly email the signed SD to nicholas.tay.wl@outlook.com - Nicholas Tay Wei Liang, Blk 8 Telok Blangah Crescent #15-88
        SD in support of Sabrina Lee Hui Wen's appeal: she was warded at IMH from 2 to 19 Aug 2025 for bipolar disorder, hence she missed the May exams.
        Paid via Mastercard ending 4487 - cardholder Goh Puay Hoon, e-receipt sent to puayhoon.goh@singnet.com.sg
        Affidavit of service: I served the writ personally on the defendant Kamal bin Yusof at No. 8, Lorong Mewah 3, Taman Sri Muda, 40400 Shah Alam on 17 Nov 2025 at 7.42pm.
        SD for bank loan: Kelvin Ang Wee Kiat, S8847213F, full-time private-hire driver, declares average income of $3,900/month (no payslips).
        Affidavit of Rahman Md Shahidul, work permit FIN F3147760M, on salary arrears of $6,240 owed by his employer since June 2025.
        eh the CFO spelt my name wrong on the SD leh, should be LOW JIA HUI not LOW JIA HWEE, NRIC T0559014G. can amend or must redo?
        Mdm Fatimah bte Osman, NRIC SXXXX847F, Blk 101 Towner Road #06-211, wheelchair-bound since her stroke in 2022 - CFO to attend at home.
        Ahmad Zaki bin Harun (MyKad 650311-07-5071) of Butterworth lost his IC and wallet at Penang Sentral, police report SEBERANG PERAI UTARA/004512/25.
        Malaysian passport A51872409 of Tan Mei Xuan expired 02/2025 - SD explaining late renewal, she was hospitalised in Johor Bahru for dengue.
        Affidavit of Jonathan anak Ngelambong, MyKad 780602-13-5239, claiming native customary rights over Lot 112, Block 7, Sungai Asap, Belaga.
        Kindly prepare SD for Lee Pei Shan (850917-08-6402) of Ipoh - she declares her late husband Wong Kok Leong left no will.
        Client Ms Tan Wei Ping, mobile 9682 0537, lives at 41 Jalan Bunga Rampai, Singapore 538419 - needs 3 CTCs of her late mother's CPF statements.
    """),
    "ms": _lines("""
        Saya, Nurul Aina binti Hamzah (No. K/P: 011119-01-0346), beralamat di No. 15, Jalan Kenanga 4, Taman Kenanga, 83000 Batu Pahat, Johor, mengaku bahawa sijil SPM saya telah hilang.
        Akuan pendapatan: Encik Zulkarnain bin Said, penoreh getah di Kampung Sungai Jerneh, pendapatan bulanan lebih kurang RM1,200, no. tel 019-441 8720.
        Afidavit Puan Rosnah binti Jaafar dalam Petisyen Perceraian No. JB-33-1187-06/2025: suami saya Hairul bin Anuar telah meninggalkan rumah sejak Mac 2024.
        Tolong WhatsApp draf akuan kepada anak saya Amirul di 011-2345 6781, dia akan bawa ke Pesuruhjaya Sumpah esok.
        Siti Khadijah binti Omar (K/P 780302-03-5188) ialah anak tunggal Allahyarham Omar bin Mat Daud yang meninggal dunia pada 12/10/2025 di Hospital Raja Perempuan Zainab II.
        Kad kredit 5204 7301 9926 4487 atas nama LIM CHONG WEI digunakan untuk bayaran pengesahan dokumen di Wisma Putra.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the virtual assistant of Chong & Partners, Advocates & Solicitors, Kuala Lumpur. Help clients book Commissioner for Oaths appointments.",
        ),
        ("user", "hi nak buat SD untuk tukar nama dalam geran tanah"),
        (
            "assistant",
            "Sure. To book a slot with our Commissioner for Oaths I need the declarant's full name as in MyKad and a contact number.",
        ),
        ("user", "Azman bin Ismail, 830715-10-5413"),
        ("user", "hp 012-338 4471"),
        (
            "assistant",
            "Thank you, booked for Tue 9 Dec, 10.00am. Please bring your original MyKad.",
        ),
    ],
    [
        ("user", "Can a notary in SG witness my ex-husband's signature if he is overseas?"),
        (
            "assistant",
            "Generally he would sign before a notary or consular officer where he is, and the document may then need an apostille or legalisation.",
        ),
        (
            "user",
            "ok context: it's for our divorce FC/D 2218/2025. he is Marcus Low, living in Perth now. I'm Jasmine Ong, T0671193B",
        ),
        ("assistant", "Understood. Your lawyer can advise which form the court will accept."),
    ],
    [
        ("user", "hello, I sent the NRIC photo just now, pls check"),
        ("assistant", "Received. Please confirm your name and address for the SD."),
        ("user", "Tan Wei Jie"),
        ("user", "Blk 12 Marine Terrace #04-56 S440012"),
        ("assistant", "Noted, see you at 3pm."),
    ],
    [
        ("user", "需要做一个affidavit for my China property, notary can help?"),
        (
            "assistant",
            "Yes, we can prepare and notarise it, and arrange the apostille for use in mainland China.",
        ),
        ("user", "ok my ID number is 310112197605"),
        ("user", "034824"),
        ("user", "name Xu Lihua, the flat is in Minhang, 我现在住Clementi"),
        ("assistant", "Thank you Ms Xu, we will send the draft by email."),
    ],
    [
        ("user", "how to apostille my daughter's birth cert for Canadian school?"),
        (
            "assistant",
            "ICA-issued birth certificates can be apostilled directly online; you will need the certificate number and a scan.",
        ),
        ("user", "ok her name Chloe Ng Xin Yi, BC T1938527I, born 2019 at Mount Alvernia"),
        ("assistant", "Thanks. Please upload the scan and we will file the application today."),
    ],
    [
        ("user", "my dad cannot come down to sign the affidavit, can CFO come to hospital?"),
        (
            "assistant",
            "Yes, some firms offer a hospital visit for an additional fee. May I know the patient's details?",
        ),
        (
            "user",
            "Mr Ramasamy s/o Pillay, 74, he had a stroke on 28 Nov, now at Ng Teng Fong General Hospital ward 9B bed 12",
        ),
        ("assistant", "We can arrange a visit on Thursday afternoon."),
    ],
    [
        (
            "system",
            "Client file: Mdm Koh Bee Lian, NRIC S6502847F, 55 Sunset Way #02-14, Singapore 597071. Matter: SD of loss of HDB lease.",
        ),
        ("user", "Draft the opening paragraph for the statutory declaration."),
        (
            "assistant",
            "I, Koh Bee Lian (NRIC No. S6502847F), of 55 Sunset Way #02-14, Singapore 597071, do solemnly and sincerely declare as follows:",
        ),
    ],
    [
        ("user", "I want to pay the notarisation fee online"),
        ("assistant", "You may pay by card via the payment link. The total is S$185.30."),
        ("user", "card 4987 6155 2030 8176, 11/28, name on card SHARIFAH NADIA"),
        (
            "assistant",
            "Please do not send card numbers in chat. Use the secure payment link instead.",
        ),
    ],
    [
        ("user", "I live in Hong Kong, can I do a Singapore SD here?"),
        (
            "assistant",
            "An SD under the Singapore Act is usually made in Singapore; abroad you may swear before a notary or a Singapore consular officer.",
        ),
        ("user", "ok. I'm Chan Wing Sze, HKID Y208714(4), whatsapp 6138 2094"),
        ("user", "it's for the sale of my late uncle's flat in Toa Payoh"),
        ("assistant", "Thank you Ms Chan, our notary will contact you."),
    ],
    [
        ("user", "help me draft affidavit for personal protection order"),
        ("assistant", "I can help with the structure. What happened, when and where?"),
        (
            "user",
            "respondent is my brother-in-law Hendra Wijaya, he punched me on 3 Nov at our flat Blk 455 Sengkang West Way #10-402",
        ),
        ("user", "I'm Melissa Tan, the police report was made the same night"),
        (
            "assistant",
            "Here is a draft outline: 1. Parties 2. Incident of 3 November 3. Medical report 4. Orders sought.",
        ),
    ],
]
