# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en198: SG/MY university convocation, graduation and alumni offices. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en198
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "convocation notice"): _lines("""
        Gown collection for Commencement 2025 graduands runs from 23 June to 4 July, 10am to 5pm, at the Multipurpose Hall, Level 2, University Cultural Centre. Bring your e-ticket QR code; no appointment is needed.
        Graduands who cannot collect their academic dress in person may send a representative, who must bring the signed authorisation form and a copy of the graduand's identity document (front only).
        Academic dress must be returned to the Gown Return Counter by 6pm on the day after your ceremony; a late return fee of S$20 per day applies after that.
        Each graduand is entitled to two guest tickets. Additional tickets, if any, will be released by balloting on 16 June and results posted on the Commencement portal.
        Children below 6 years old are not admitted into the hall during the ceremony. A live-stream viewing room is available at Seminar Room 3 for families with young children.
        Dress code: lounge suit, or long-sleeved shirt with tie, for men; formal or national dress for women; covered shoes only. Baju Melayu, kurta and cheongsam are all welcome.
        Rehearsal is compulsory for all graduands receiving their scroll on stage. Report at the Hall foyer 90 minutes before your session; latecomers will be seated at the end of the row.
        Session 7 (Faculty of Engineering, B.Eng. Civil and Environmental) starts at 2.30pm on Thursday 10 July 2025. Doors close at 2.15pm sharp.
        Parking at Car Park 10B is free for guests displaying the Commencement car label; no label is needed for drop-off at the Hall porch.
        Photographs from the official studio booth can be bought online within five working days; packages start at S$38 for two 8R prints in a folder.
        The hood for the Bachelor of Business Administration is lined in gold; for the Master of Science it is dark blue with a white lining.
        Graduands in wheelchairs, or guests needing accessible seating, should indicate this on the registration form by 6 June so that ushers can hold seats near the ramp.
        Lost items found in the Hall after each session are kept at the Security Post, Level 1, for 30 days before disposal.
        Ticket batch CMT25-S07 (serials 0401 to 0600) was reprinted because of a misprinted seat row; holders please exchange at Counter B before entry.
        Graduands with outstanding library fines or tuition fees cannot register for the ceremony until these are cleared; check the Student Account page for your balance.
        The citation for each honorary degree recipient will be read by the Public Orator, after which the Chancellor will confer the degree.
    """),
    ("en", "registrar services"): _lines("""
        Official transcripts are issued in a sealed envelope at S$10 per copy; the e-Transcript is S$5 and is delivered as a digitally certified PDF through the issuing portal.
        Processing time for certified true copies of degree scrolls is 7 working days from the date payment is received.
        Replacement of a lost degree scroll requires a police report or statutory declaration and a fee of S$100; the replacement will be marked 'Duplicate'.
        Graduates who changed their name after graduation may request a letter certifying both names; the scroll itself will not be reissued.
        Request reference TRX-2025-118734 has been completed and the documents were despatched by registered post on 14 August 2025.
        To verify a graduate's qualification, employers may use the online Degree Verification service; the graduate's written consent is required.
        Template: Dear [Name], we are pleased to confirm that you have fulfilled the requirements for the degree of [Degree] with [Class of Honours]. Your scroll will be conferred at Session [No.].
        Class of honours follows the final CAP: First Class 4.50 and above, Second Upper 4.00 to 4.49, Second Lower 3.50 to 3.99, Third 3.00 to 3.49.
        The Student Service Centre hotline 6601 2200 operates Monday to Friday, 9am to 5pm; it is closed on weekends and public holidays.
        Scrolls posted to Malaysia are sent by courier to the correspondence address in the student portal, so please update it before 30 September.
        The University does not legalise documents; graduates needing an apostille should approach the Singapore Academy of Law with the original scroll.
        WES and ECE evaluation requests must be started on the agency's portal; we send the transcript straight to the agency once the request code reaches us.
        Invoice INV-RO-2025-004512: 3 x certified true copy of scroll at S$15.00, 2 x official transcript at S$10.00, total S$65.00, paid by PayNow to UEN T08GB0046C.
        Scrolls not collected within one year are mailed to the address on record; any returned as undelivered are kept for three years.
        FAQ: Can my parent collect my transcript? Yes, with an authorisation letter signed by you; the collector must show their own identity card at the counter.
    """),
    ("en", "alumni relations and giving"): _lines("""
        The Alumni Card gives you free access to the Central Library, 10% off at the Co-op and member rates at the University Sports Centre. Apply online with your matriculation number.
        Life membership of the Alumni Association costs S$250, payable once; annual membership is S$30 and renews every 1 April.
        The Lee Kong Chian Scholars' Dinner will be held at the Shaw Foundation Alumni House on Saturday 22 November, 7pm.
        Class of 1995 Reunion, 30 years on! Dinner in the Orchid Ballroom on Saturday 8 November at 7pm, S$88 per pax, tables of 10. Register on the alumni portal by 20 October.
        Giving Day raised S$4.2 million from 3,180 donors this year; gifts to bursaries were matched dollar for dollar by the Government.
        Donations of S$50 and above to the endowment fund qualify for 250% tax deduction, and receipts are sent to IRAS automatically.
        Applications for the Tun Abdul Razak Bursary open on 1 March; the bursary covers tuition and a monthly allowance of RM600.
        Royal Professor Ungku Aziz, the first Malaysian Vice-Chancellor of the University of Malaya, is remembered for the idea that became Tabung Haji.
        A portrait of Tunku Abdul Rahman, the first Chancellor of the University of Malaya, hangs in the Senate Room of the Chancellery.
        Donor recognition wall: names are listed by tier (Platinum S$100,000+, Gold S$25,000+, Silver S$5,000+) and only with the donor's written consent.
        Reunion mailer draft: Hi [First Name], it's been 20 years since we tossed our mortarboards at the Guild House! Join us on [Date] at [Venue]. RSVP by [Deadline].
        This year's homecoming theme is The Great Gatsby, so expect a 1920s dress code, a jazz trio and a champagne tower on the Kent Ridge lawn.
        Graduate Employment Survey 2024: 87.1% of fresh graduates found work within six months; the median gross monthly salary was S$4,500.
        Alumni e-mail forwarding is free for life; forwarding addresses end in @alumni.example.edu.sg and can be switched off at any time.
        The Yusof Ishak House refurbishment was funded in part by the Class of 1975, whose plaque sits at the main stairwell.
    """),
    ("en", "helpdesk questions"): _lines("""
        Q: I graduated in 2009; can I still apply for the Alumni Card? A: Yes, every graduate is eligible. Log in with your alumni ID or ask the Alumni Relations office to issue one.
        How do I change the name to be printed on my scroll? Names follow the official student record; changes after 31 May need a deed poll or court order.
        Can my guest ticket be passed to another person? Yes, tickets are not named, so you may simply forward the e-ticket.
        What happens if my flight is delayed and I miss my session? You will graduate in absentia and can collect the scroll later from the Registrar's Office.
        Is the convocation fee refundable? The RM250 fee covers gown rental, the official photo and the scroll folder, and is not refundable after 15 September.
        What is the difference between graduating in absentia and deferring? In absentia means the degree is conferred without you; deferral moves you to next year's ceremony.
        Advice for parents: arrive at least 45 minutes early, because the bag check at the main entrance can be slow on weekends.
        Tip: take a clear photo of your scroll on the day and store the scan safely; many employers now accept the verified e-certificate instead.
        Can I wear my hijab or turban with the mortarboard? Yes; the mortarboard is optional for graduands who wear religious headwear.
        Why does the e-Transcript portal say my request is pending? Requests stay pending until payment clears, usually within one working day for PayNow.
    """),
    ("ms", "notis konvokesyen"): _lines("""
        Majlis Konvokesyen ke-62 akan diadakan di Dewan Tunku Canselor mulai 18 hingga 25 Oktober 2025. Graduan diminta hadir ke raptai sehari sebelum istiadat.
        Pengambilan jubah konvokesyen dibuka pada 13 hingga 16 Oktober, jam 9.00 pagi hingga 4.30 petang, di Kaunter Jubah, Aras Bawah, Bangunan Canselori. Sila bawa slip pendaftaran.
        Setiap graduan layak mendapat dua pas tetamu. Kanak-kanak berumur bawah 12 tahun tidak dibenarkan masuk ke dalam dewan.
        Pakaian graduan lelaki: kemeja putih berlengan panjang, bertali leher dan berseluar gelap. Graduan wanita: baju kurung atau kebaya berwarna cerah dan berkasut tertutup.
        Jubah mesti dipulangkan dalam tempoh tiga hari selepas istiadat. Denda lewat sebanyak RM10 sehari akan dikenakan.
        Graduan yang masih mempunyai tunggakan yuran pengajian tidak akan menerima skrol sehingga bayaran dijelaskan sepenuhnya. Semak baki anda di portal pelajar.
        Permohonan transkrip rasmi tambahan dikenakan RM20 setiap salinan dan bayaran melalui FPX sahaja. Nombor rujukan akan dihantar melalui e-mel.
        Persatuan Alumni mengalu-alukan semua graduan baharu untuk mendaftar sebagai ahli seumur hidup dengan yuran RM150.
        Tetamu dinasihatkan menaiki bas ulang-alik dari Stesen LRT Universiti; bas bertolak setiap 15 minit mulai jam 7.00 pagi.
        Untuk sebarang pertanyaan, hubungi Bahagian Hal Ehwal Akademik di talian 03-7967 4000 pada waktu pejabat.
        Graduan OKU yang memerlukan kerusi roda atau tempat duduk khas boleh memaklumkan semasa pendaftaran dalam talian sebelum 30 September.
        Slip pendaftaran bernombor KNV62/2025/08813 hingga KNV62/2025/08900 telah dicetak semula kerana ralat sesi. Graduan tidak perlu mengambil sebarang tindakan.
    """),
    ("zh-Hans", "校友会通知"): _lines("""
        2025年毕业典礼礼袍领取时间为6月23日至7月4日，每日上午10时至下午5时，地点：大学文化中心二楼多功能厅。
        每位毕业生可获两张观礼嘉宾票，如需额外票券，请于6月16日前在网上参加抽签。
        校友会将于11月8日晚7时举办1995届毕业30周年聚餐，每位88新元，十人一桌，欢迎各位校友报名。
        申请正式成绩单每份10新元，电子成绩单每份5新元，处理时间约为五个工作日。
        李光前先生是南洋大学的重要捐助人之一，他创办的基金会至今仍资助多项奖学金。
        校友卡持有人可享图书馆免费借阅、合作社九折以及体育中心会员价。
        毕业证书遗失补发须提交警方报告或法定声明，手续费为100新元，补发证书将注明“副本”。
        捐款50新元或以上可享250%扣税，收据将以电邮发送，并自动呈报税务局。
        典礼进行期间请勿使用闪光灯拍照，典礼结束后可在礼堂外草坪合影留念。
        参考编号 CMT25-ZH-00731 至 CMT25-ZH-00760 的团体票已作废，请持新票入场。
        家长如需轮椅或无障碍座位，请在网上登记时注明，引座员会在斜坡旁预留座位。
    """),
    ("mixed", "graduand group chat"): _lines("""
        eh anyone know if gown collection need to bring IC or just the QR code ah
        confirm can wear sneakers or not? last year got people kena stopped at the door leh
        guest tickets only 2 per person sia, whole family want to come how
        the hood for FASS is what colour ah? white or green?
        wah the photo package $88 for 3 prints, so ex lah, go outside studio cheaper
        rehearsal start 12.30 but they tell us report 11am, confirm will wait until siao
        Boleh bawa bunga masuk dewan tak? Tahun lepas nampak ada orang bawa bouquet masuk
        reunion dinner this year same hotel as 2015 or not? 大家还记得那时候的 buffet 吗 hahaha
        我的礼袍太长了，can exchange size at the counter or not?
        transcript online one can use for job application or must be the sealed copy ah
        parking at UCC full already lah, better take shuttle from Kent Ridge MRT
        mortarboard tassel start on which side ah, left or right? then shift after the Chancellor nod?
    """),
    ("en", "systems and templates"): _lines("""
        matric_no,full_name_on_scroll,id_masked,degree_code,session_no,seat_row,seat_no,guest_ticket_1,guest_ticket_2
        SELECT session_no, COUNT(*) AS graduands FROM convocation_registration WHERE status = 'CONFIRMED' GROUP BY session_no ORDER BY session_no;
        gown_sizes: {XS: "150-159cm", S: "160-169cm", M: "170-179cm", L: "180-189cm", XL: "190cm and above"}
        Mail merge: {{salutation}} {{first_name}}, your Alumni Card No. {{card_no}} is ready for collection at {{venue}} from {{date}}.
        Export rule: mask identity numbers with the pattern [STFGM][0-9]{7}[A-Z] so only the last four characters remain visible in reports.
        Error ALM-404: alumni record not found for the given matriculation number; check that the number starts with A0 and has seven digits plus a letter.
        Batch of 120 scrolls for Malaysian graduates despatched by SingPost Registered Article RR284613095SG; expected at the KL liaison office by 12 September.
        convo-ticketing v3.4.1 (build 2025.06.12, commit 9f3c2e7a) fixes duplicate seat assignment in Session 12 and the QR timeout at Gate 3.
        Souvenir programme, Commencement 2025: 2,400 copies, 180gsm ivory cover, ISBN 978-981-18-7403-1.
        Gown bag label GWN-B-M-0425 means Bachelor, size M, batch 0425; GWN-M-L-0112 means Master, size L, batch 0112.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        GOWN COLLECTION AUTHORISATION | I, LIM JIA HUI (NRIC S9933938A), Session 7, B.Eng (Civil), authorise my sister LIM JIA XIN to collect my academic dress as I am on internship in Jakarta until 30 June. Signed 20/06/2025.
        Ticket appeal from Muhammad Faris bin Rosli (BBA 2025): grandparents flying in from Kota Bharu, requests 2 extra guest tickets for Session 5. Contact 017-362 0481.
        Accessible seating, Session 3, Row AA seat 4: Mdm Kamala d/o Raman (mother of graduand Vikneswaran s/o Raman), wheelchair user, needs companion seat beside her.
        hi office, my dad just had knee surgery, can he use the lift at the side entrance? graduand Ong Kai Xiang, session 11, hp 9736 2184
        Transcript request TRX-2025-120455 | Name: PRIYA NAIR A/P GOPALAN | MyKad 011204-07-0548 | 3 sealed copies by courier to 21, Lorong Sungai Ara 8, 11900 Bayan Lepas, Pulau Pinang.
        Alumni Card application: Chan Wai Keong, B.Sc. (Hons) 2003, NRIC S8177084J, mailing address Blk 512 Bedok North Ave 2, #08-117, Singapore 460512.
        Donor record D-0048812 | Dr Sharifah Nurhaliza binti Syed Ahmad, MBBS 1998 | annual gift S$5,000 to the Medical Bursary Fund | Visa 4556 1834 8294 9645 exp 09/28 | charge every January.
        Reunion RSVP (Class of 2005, Hall 3): Kenneth Tay - yes + wife, 9158 0362; Aisyah Rahmat - yes, vegetarian, 8429 5507; Gurpreet Singh - maybe, in Perth till Oct.
        Scroll name correction: graduand's name to read NG SHU TING, CHARMAINE instead of NG SHU TING; supporting document deed poll dated 3 March 2025; NRIC T0142483H.
        Fee hold list: Rajesh Kumar a/l Subramaniam, MSc Finance 2025, outstanding tuition S$3,480.50, ceremony registration blocked until cleared.
        In absentia request: Nur Izzati binti Hamdan's baby is due on 12 July, the week of Session 9; please post her scroll to Blk 823 Tampines St 81, #05-340, Singapore 520823.
        Hi Alumni Office, I'm Daniel Pereira (BA 2012). I've moved to Sydney, so please update my mailing address to 14/22 Ocean Street, Bondi NSW 2026 and my mobile to +61 412 556 803. Thanks!
        VIP Row C, Session 1: Mr and Mrs Loh Chee Meng (parents of valedictorian Loh Wen Qi) and Madam Siti Aminah binti Abu (grandmother, needs aisle seat).
        MC received: Tan Yi Ling (B.Sc. Pharmacy) missed rehearsal on 8 July due to dengue fever, MC from Sengkang General Hospital; Dean approved her to go on stage.
        Convocation deferred for Mohd Hafiz bin Zainal (B.Comp 2025) pending the outcome of academic integrity hearing AI-2025-031.
        Refund approved: Ho Mei Ling overpaid gown deposit S$60; refund to her POSB Savings 145-62318-7 by GIRO within 10 working days.
        Life membership payment RM150 received from WONG KAH WAI, Maybank account 1621 4508 7732, reference ALUM-LIFE-2025, receipt e-mailed.
        Returned mail, Class of 1985 reunion: Mr Arumugam Pillai, 7 Jalan Bunga Raya, Taman Melawati, 53100 Kuala Lumpur - addressee moved, no forwarding address.
        Hi all, Priscilla here from EEE 2016 batch. Collecting for the reunion, please PayNow to 9047 7315 (Priscilla Goh), $50 each by Friday ya
        Lost Alumni Card ALM-0082211: holder Benjamin Lau Jun Hao, NRIC S9156211A, replacement fee S$10 paid at counter, new card to be mailed.
        Pledge form | Mr Lim Boon Huat | NRIC S6835842F | S$25,000 over 5 years to the Engineering Scholarship Fund | Mastercard 5401 3572 8689 4637 | first deduction 1 Dec.
        Photo order 4471: Jessica Fernandez, Session 4, 2 x 8R prints, deliver to 26 Siglap Drive, Singapore 456170, call 8650 2197 before delivery.
        Visa support letter: graduand WANG ZIHAN (PRC passport EJ4827163) asks for invitation letters for her parents WANG JIANGUO and LI HONG to attend the ceremony on 15 July.
        This is to certify that FATIMAH ZAHRA BINTI ISMAIL (MyKad 980615-12-5328) was awarded the Bachelor of Accounting (Hons), Second Class Upper, in 2021.
        Late gown return: Shawn Koh Jun Wei, bag GWN-B-M-0425, returned 5 days late, S$100 deducted from deposit; called his mobile 8312 6649 twice, no answer.
        Bringing my mother from Ipoh, she's on dialysis Tue/Thu/Sat - can my ceremony be moved to a morning slot? - Lee Siew Ping, B.A. Psychology, Session 6
        Hong Kong Chapter gathering sign-up: Ms Cheung Wing Yan, HKID Y528316(5), mobile +852 9635 2718, BSc 2010, attending with husband.
        Taiwan alumni gathering sign-up: Chen Yi-Chun, ID A227184535, mobile 0933 617 204, MBA 2014, dietary: no beef.
        Seating clash: twins Darren Chua Wei Lun and Dylan Chua Wei Ming are in different sessions; family asks to put both on Session 10. Home 6785 3320.
        Alumni donor thank-you list - Mdm Rosnah binti Kassim gave S$300 in memory of classmates; her address 61 Jalan Kayu, Singapore 799468 for the acknowledgement card.
        Student account statement for Harpreet Kaur d/o Baljit Singh: library fines S$12.40 and hall damage S$85 outstanding; scroll withheld.
        FIN G9109241M, Nguyen Thi Mai Anh, M.Sc. Data Science 2025: Student's Pass expires 31 July, asks if she can still attend the 14 August ceremony.
    """),
    "ms": _lines("""
        Borang Pengambilan Jubah Melalui Wakil: Saya NURUL ATIQAH BINTI MOHD YUSOF, No. KP 000817-14-6238, membenarkan abang saya MOHD AIMAN mengambil jubah bagi pihak saya.
        Rayuan pas tambahan: Ahmad Zulkifli bin Hassan (990302-01-5517), ibu bapa dan datuk datang dari Muar, mohon 2 pas tetamu tambahan. Tel 019-885 2043.
        Senarai tunggakan yuran: Awang Kamil bin Awang Jaya, Sarjana Muda Kejuruteraan, RM2,150.00, skrol ditahan sehingga bayaran penuh.
        Skrol untuk Siti Hajar binti Omar akan dihantar ke No. 12, Jalan Mawar 3, Taman Seri Indah, 81200 Johor Bahru melalui Pos Laju.
        Yuran ahli seumur hidup RM150 daripada Encik Mohd Nizam bin Abdullah (alumni 2001) dibayar dengan kad 4966 0675 9392 4874.
        Graduan Hafizah binti Ramli tidak dapat hadir raptai kerana kaki patah akibat kemalangan jalan raya; beliau akan naik pentas dengan kerusi roda.
        Permohonan Kad Alumni: Dr. Kavitha a/p Muniandy, No. KP 871123-10-5876, e-mel kavitha.muniandy87@gmail.com, Ijazah Sarjana Muda Perubatan 2011.
        Tetamu khas graduan Muhammad Hakim bin Idris (010710-03-5419): bapa, Encik Idris bin Mat, pesara guru dari Pasir Mas, perlu tempat duduk berhampiran pintu.
    """),
    "zh-Hans": _lines("""
        代领礼袍授权书：本人陈嘉欣（身份证号 S9811781D）授权母亲黄美华代领学位袍，本人因在美国交换无法亲自领取。
        成绩单申请：林志远，中国籍，居民身份证 350203199904182179，申请三份密封成绩单，寄往厦门市思明区莲前西路188号3栋1402室。
        校友聚会报名：黄俊杰，1998届电机系，手机 8861 4903，将携太太和两个孩子出席。
        捐款记录：郑丽华女士，每年捐5000新元给医学助学金，信用卡 5521 6075 1222 0253，每年一月扣款。
        签证邀请函：毕业生何思琪（身份证 440106200009120466）申请为父母办理探亲签证，以出席7月15日的毕业典礼。
        各位98届校友，聚会费用请转给我，微信号 jason_tan_98sg，联系人陈志明（Jason），谢谢！
    """),
    "mixed": _lines("""
        eh guys i'm jun hao from ceg, my gown too short can someone swap with me? text me 97485120
        my grandma 85 already, wheelchair, can bring her into the hall ah? i'm nurul huda binti azman session 4, hp 012-748 3915
        reunion committee update: Siva (Sivakumar s/o Rajoo) collecting $80 per head, paylah to 9027 1164 by this sunday ok
        我表妹 Tan Hui Xin 今年 econs 毕业 session 8, tickets not enough, anyone got extra pls pm me
        eh you remember Marcus Lee Wei Jie from Hall 7? heard he declared bankrupt, that's why he skip the reunion, owe people money somemore
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Can you help me write a short email to the Registrar's Office asking for 2 sealed transcripts?",
        ),
        (
            "assistant",
            "Sure. Please give me your full name as on the scroll, your degree and year, and where the transcripts should be sent.",
        ),
        (
            "user",
            "Goh Li Ting Rachel, B.Sc. (Hons) Life Sciences 2019, NRIC S9539910Z, send to Blk 109 Clementi St 11, #12-55, Singapore 120109",
        ),
        (
            "assistant",
            "Dear Registrar's Office, I am Goh Li Ting Rachel (NRIC S9539910Z), B.Sc. (Hons) Life Sciences 2019. I would like to request two sealed official transcripts to be posted to Blk 109 Clementi St 11, #12-55, Singapore 120109. Thank you.",
        ),
    ],
    [
        (
            "user",
            "i need an authorisation letter so my brother can collect my gown, i'm overseas during collection week",
        ),
        (
            "assistant",
            "I can draft it. What are your name and ID number, your brother's name and ID number, and your session?",
        ),
        ("user", "me: Aaron Teo Zhi Hao T0208315E, session 12. bro: Bryan Teo Zhi Wei T0045272B"),
        (
            "assistant",
            "Here is the letter: I, Aaron Teo Zhi Hao (NRIC T0208315E), Session 12, authorise my brother Bryan Teo Zhi Wei (NRIC T0045272B) to collect my academic dress on my behalf, as I will be overseas during the collection period.",
        ),
    ],
    [
        (
            "system",
            "You help the Class of 2010 reunion committee keep tidy lists. Output tables only, one row per person, rows separated by slashes.",
        ),
        (
            "user",
            "make a table from this: farah binte salleh coming +1 96027418 / jonathan d'cruz no cannot, in dubai / mei xin coming alone 81546320 / ravi coming with 2 kids 90381552",
        ),
        (
            "assistant",
            "Name | RSVP | Guests | Mobile / Farah binte Salleh | Yes | 1 | 9602 7418 / Jonathan D'Cruz | No (in Dubai) | 0 | - / Mei Xin | Yes | 0 | 8154 6320 / Ravi | Yes | 2 children | 9038 1552",
        ),
    ],
    [
        (
            "user",
            "My recurring alumni donation card expired. New card is 4147 1847 7271 4091, exp 11/29. Donor ID D-0031907, name Mrs Evelyn Sim.",
        ),
        (
            "assistant",
            "Please don't send full card numbers by chat or e-mail. Update the card yourself in the Giving Portal under 'My Recurring Gifts', or call the Development Office so they can take it over the phone.",
        ),
        (
            "user",
            "ok noted, but can you tell them my gift should stay at $200 a month to the bursary fund",
        ),
    ],
    [
        (
            "user",
            "Tolong tuliskan surat rayuan untuk tangguh bayaran yuran supaya saya boleh terima skrol konvokesyen.",
        ),
        (
            "assistant",
            "Boleh. Sila berikan nama penuh, nombor kad pengenalan, program dan jumlah tunggakan.",
        ),
        (
            "user",
            "Nama saya Mohamad Syafiq bin Abdul Rahim, KP 020129-13-0913, Diploma Kejuruteraan Mekanikal, tunggakan RM3,400. Ayah saya baru diberhentikan kerja bulan lepas.",
        ),
        (
            "assistant",
            "Tuan/Puan, saya Mohamad Syafiq bin Abdul Rahim (No. KP 020129-13-0913), pelajar Diploma Kejuruteraan Mekanikal, ingin memohon penangguhan bayaran tunggakan yuran sebanyak RM3,400 kerana bapa saya telah diberhentikan kerja bulan lepas. Saya memohon agar skrol dapat diserahkan semasa majlis konvokesyen.",
        ),
    ],
    [
        (
            "user",
            "My son has cerebral palsy and uses a motorised wheelchair. How do we arrange for him to receive his scroll on stage?",
        ),
        (
            "assistant",
            "Most universities have a ramp or a stage-side presentation for graduands who use wheelchairs. Tell the Commencement Office early, giving the graduand's name, session and the support he needs.",
        ),
        (
            "user",
            "He is Joshua Rajan Samuel, B.Soc.Sci. Social Work, Session 9. I'm his mum, Grace, reachable at 9264 1830.",
        ),
    ],
    [
        ("user", "帮我写一段中文的同学会邀请，2000届化工系，12月20日晚上在牛车水聚餐。"),
        ("assistant", "好的。请告诉我报名方式和联系人，我会写进邀请里。"),
        ("user", "联系人是我，吴慧敏，手机 9415 2087，微信 wuhuimin_2000，报名截止12月10日。"),
        (
            "assistant",
            "亲爱的2000届化工系同学们：二十五年过去了，我们相约12月20日晚上在牛车水聚餐叙旧！请在12月10日前联系吴慧敏报名（手机 9415 2087，微信 wuhuimin_2000）。期待与大家重聚！",
        ),
    ],
    [
        (
            "system",
            "You are an assistant for the Alumni Relations office. Summarise incoming complaints for the duty officer.",
        ),
        (
            "user",
            "Complaint received: 'My name was printed as SURESH A/L KRISHNAN on my scroll but it should be SURESH KUMAR A/L KRISHNAN, same as my MyKad 990517-08-6133. Very disappointed, my parents saw it on stage. Reply to suresh.krishnan99@yahoo.com.my'",
        ),
        (
            "assistant",
            "Summary: Graduate Suresh Kumar a/l Krishnan reports his name was misprinted on his scroll (missing 'KUMAR'), states it does not match his MyKad, is upset his parents saw the error at the ceremony, and asks for a reply at suresh.krishnan99@yahoo.com.my. Action: verify against the student record and arrange a reprint.",
        ),
    ],
    [
        (
            "user",
            "I'm going through chemo and my cycles clash with convocation week. How do I ask to graduate in absentia?",
        ),
        (
            "assistant",
            "I'm sorry you're dealing with that. You can e-mail the Commencement Office before the registration deadline; a short note is enough, and you don't have to give medical details unless you want to.",
        ),
        (
            "user",
            "Please draft it. I'm Tham Kar Mun, Master of Public Health, Session 14, and my oncologist at NCIS says no crowds for the next two months.",
        ),
        (
            "assistant",
            "Dear Commencement Office, I am Tham Kar Mun (Master of Public Health, Session 14). Because of ongoing medical treatment, my doctor has advised me to avoid crowds for the next two months. I would like to graduate in absentia and collect my scroll at a later date. Thank you for your understanding.",
        ),
    ],
    [
        (
            "user",
            "I need invitation letters for my parents' visas to attend my graduation. Can you format it?",
        ),
        (
            "assistant",
            "Yes. I need your name and student details, and your parents' names and passport numbers as printed.",
        ),
        (
            "user",
            "Me: Zhang Yuxuan, B.Eng Computer Engineering 2025. Dad: ZHANG WEI, passport EH5137204. Mum: LIU FANG, passport EC8860319. Ceremony is 11 July.",
        ),
    ],
    [
        (
            "system",
            "You are the virtual assistant of the university Alumni Office. Be brief.",
        ),
        ("user", "hi i lost my alumni card yesterday at the sports centre"),
        (
            "assistant",
            "Sorry to hear that. I can log a replacement request. Please give your full name and NRIC/FIN.",
        ),
        (
            "user",
            "Sim Wei Liang Desmond, F5605980Q. can mail the new one to my office at 1 Raffles Place #20-01? I'm there Mon-Fri",
        ),
    ],
]
