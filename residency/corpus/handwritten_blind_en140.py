# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en140: SG/MY school alumni associations and class reunions. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en140
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "reunion_notice"): _lines("""
        Class of 1996 Reunion / Saturday 14 Sept, 7pm / School Hall (Block C) / S$68 per pax, includes buffet and lucky draw / Register via the link in the OBA newsletter by 31 Aug.
        Calling all 4E3 and 4E4 of the 2004 batch! We are planning a 20th anniversary makan session at the canteen on Homecoming Day. Reply in the class chat if you can help with decorations.
        Homecoming Day 2025 programme: 9.00am registration at the Founders' Gate, 9.45am flag-raising and school song, 10.30am campus tour by current prefects, 12.00pm lunch at the quadrangle.
        Reminder: parking inside the school compound is limited to 40 lots on Homecoming Day. Please use the HDB carpark across the road or take the MRT, it is a five-minute walk.
        Dress code for the Gala Dinner: smart casual or batik. Old Boys are encouraged to wear the old school tie if they still have it!
        The 60th Anniversary Dinner has been postponed from 12 July to 23 August due to the hall renovation. Tickets already purchased remain valid; refunds are available on request through the alumni portal.
        Looking for lost classmates: if you were in Secondary 4 at our school between 1978 and 1982, please update your particulars on the alumni portal so we can include you in the 45th anniversary mailing.
        Table booking for the Annual Dinner: S$1,280 per table of 10 for members, S$1,480 for non-members. Vegetarian and halal tables available; please indicate when booking.
        Seating plan for tonight is at the registration counter. Classes are grouped by year of graduation; tables 1–5 are reserved for former teachers and guests of honour.
        Futsal match: Old Boys XI vs Current School Team, Sunday 8am at the school field. Boots and shin guards required. Bring your own water bottle, the canteen will be closed.
        Our 1999 cohort reunion raised S$8,450 for the school library, thank you everyone who came! Final accounts will be circulated once the hotel invoice is settled.
        Note: the reunion dinner is strictly for ex-students and their spouses. Children under 12 may attend the afternoon carnival but not the dinner.
        Registration closes this Friday at midnight. Late registrations will be waitlisted and confirmed only if there are cancellations.
    """),
    ("en", "association_policy"): _lines("""
        Membership of the Association is open to all former students who have completed at least one full academic year at the School. Life membership fee is S$300, payable once.
        PDPA notice: Personal data collected on this form will be used solely for alumni communications, event administration and fundraising. You may withdraw consent at any time by writing to the Honorary Secretary.
        The Association will not share the alumni directory with third parties, including insurance agents, property agents and direct-selling companies, even if they are members.
        Article 7.2: The Management Committee shall consist of a President, a Vice-President, an Honorary Secretary, an Honorary Treasurer and not more than nine ordinary committee members, elected at the Annual General Meeting.
        Notice of the 42nd Annual General Meeting: Saturday, 28 June, 2.30pm at the Alumni Clubhouse. Agenda: adoption of minutes, Treasurer's report, election of office bearers, any other business.
        Proxy forms must reach the Honorary Secretary at least 48 hours before the AGM. Only life and ordinary members whose subscriptions are fully paid are entitled to vote.
        Members who wish to be excluded from the printed directory should tick the opt-out box on the renewal form. Opting out does not affect voting rights.
        For tax-deductible donations, IRAS requires your NRIC/FIN or UEN so that the deduction can be auto-included in your tax assessment. Donations without an ID number will not be eligible.
        The Association's WhatsApp groups are for announcements only. Please do not post political, religious or commercial messages; repeat offenders will be removed by the admins.
        Office bearers will not give out members' contact numbers over the phone. Requests to reconnect with a classmate should be made in writing; we will forward your details to them instead.
        Bylaw 12: Honorary membership may be conferred on former principals and teachers of the School by a two-thirds majority of the Management Committee.
        Annual subscription for ordinary members: S$30 (working adults), S$10 (full-time students and NSFs), waived for members aged 65 and above.
    """),
    ("en", "donation_campaign"): _lines("""
        The Centenary Bursary Fund supports students from households with a per capita income of S$1,200 or less. Each award covers school fees, textbooks and a monthly transport allowance.
        Give S$100 for 100 years: help us reach S$1 million before Founders' Day. Every dollar donated this month will be matched 1:1 by a group of Old Boys from the Class of 1975.
        Memorial Fund update: the fund has disbursed 47 bursaries since it was set up in 2011, with a total payout of S$212,600. The annual report is available on the website.
        We are replacing the 40-year-old wooden benches in the school garden. Sponsor a bench for S$1,500 and have a brass plaque engraved with a message of your choice (max 40 characters).
        Donation tiers: Friend (below S$500), Patron (S$500–S$4,999), Benefactor (S$5,000–S$49,999), Founder's Circle (S$50,000 and above). Donors are listed in the annual report unless they opt for anonymity.
        Cheques should be crossed and made payable to "Old Boys' Association Building Fund", with your name and contact number written on the back.
        The Lim Boon Keng Scholarship is open to Secondary 3 students with strong results in the humanities and a record of community service.
        Corporate matching: if your employer has a matching gift programme, download form DG-07 from the portal and submit it together with your donation receipt.
        Thank you! Our Giving Day raised S$384,920 from 1,206 donors across 38 graduating cohorts. The Class of 1988 had the highest participation rate at 41%.
        Donations in kind (laptops, sports equipment, musical instruments) are welcome but must be less than three years old. Please email the alumni office before dropping off any items.
        The Memorial Fund was established by the Class of 1970 in remembrance of schoolmates who died during National Service. It now funds an annual outdoor leadership camp for Secondary 2 students.
        Please do not hand cash to anyone claiming to collect for the Memorial Fund. All donations go through the Association's official account and every donor receives a numbered receipt.
    """),
    ("en", "howto_advice"): _lines("""
        How do I track down old classmates from a primary school in Malaysia in the 1980s? The school has since merged and changed its name.
        Tips for organising a 20-year class reunion on a budget: book a function room at a community club, do potluck, and collect payment in advance through one treasurer.
        Is it legal under the PDPA for our alumni association to share its member list with another school's OBA for a joint event?
        What should a reunion registration form ask for? Keep it minimal: name used in school, graduating year, class, preferred contact method, dietary needs. Don't collect NRIC unless you are issuing tax receipts.
        How do we set up a memorial fund in Malaysia? Do we need to register separately with ROS or can it be a sub-fund under the existing alumni society?
        Our OBA wants to move its mailing list from Excel to a proper CRM. Any recommendation for something cheap that can handle 5,000 contacts and consent tracking?
        Best practice is to let classmates opt in to a directory rather than compiling one from old school records. People move, change numbers, and some simply do not want to be found.
        How to write a speech for a 50th anniversary dinner as the class rep? Start with a shared memory, thank the teachers, keep it under five minutes.
        Can an alumni association itself become an Institution of a Public Character (IPC) in Singapore, or only the school's fund can?
        Suggestions for icebreakers at a reunion where half the people haven't seen each other in 30 years? Name tags with the old class and a blown-up class photo help a lot.
        Should we invite former teachers to the class reunion? Generally yes, but retired teachers may prefer a printed invitation card delivered through the school rather than a WhatsApp message.
        How to politely remind people who signed up but haven't paid for the reunion dinner? Post a general reminder in the group with the deadline rather than naming anyone.
    """),
    ("mixed", "group_chat"): _lines("""
        Wah so fast 30 years already ah. Who's coming for the reunion on Sat? I confirm plus chop can go.
        Eh the buffet last time damn jialat, this year can we change caterer or not?
        Anyone still got the class photo from Sec 4? Mine kena water damage during the flood lah.
        Reunion dinner confirmed at the Chinese restaurant near the old school. Organiser say got free flow teh tarik, no alcohol because halal.
        Alamak I cannot make it Saturday, got outstation. Next time sure join. Send photos ok!
        Guys the homecoming carnival need volunteers to man the rojak stall, 2 hour shift only. Reply here if free.
        Lol the canteen still selling the same mee siam, same taste since 1992 sia.
        Reminder: transfer to the OBA account, not to the committee members' personal accounts ya. Receipt will be emailed.
        The school hall kena upgrade already, got aircon now! Last time we all sweat like crazy during assembly.
        Makan after the futsal? The mamak at the corner still open 24 hours.
        Admin here: please don't forward the group invite link outside, only our batch. Thanks all 🙏
        Boleh tak we do the reunion on Hari Raya weekend? Many people balik kampung so maybe not ideal.
        Photos from last night uploaded to the shared album already. Tag yourself if you want lah.
    """),
    ("ms", "notis_alumni"): _lines("""
        Majlis Reunion Bekas Pelajar Ambilan 1990-1994 akan diadakan pada 15 Jun di Dewan Besar sekolah. Yuran penyertaan RM80 seorang termasuk makan malam.
        Persatuan Bekas Pelajar mengalu-alukan sumbangan ke Tabung Kebajikan Alumni. Resit rasmi dikecualikan cukai akan dikeluarkan bagi sumbangan RM50 ke atas.
        Hari Kembali ke Sekolah: pendaftaran bermula jam 8.00 pagi, diikuti bacaan doa, ucapan Pengetua dan lawatan ke asrama lama.
        Notis Mesyuarat Agung Tahunan ke-35 Persatuan Bekas Pelajar: Sabtu, 20 September, jam 10 pagi di Bilik Seminar. Semua ahli dijemput hadir.
        Semua bekas pelajar asrama dijemput menyertai jamuan kesyukuran sempena ulang tahun ke-50 sekolah.
        Sila kemas kini maklumat keahlian anda melalui portal alumni. Maklumat peribadi hanya digunakan untuk urusan persatuan sahaja.
        Yuran keahlian seumur hidup ialah RM150. Bayaran boleh dibuat melalui pindahan bank ke akaun persatuan sahaja.
        Kami mencari bekas pelajar SPM 1985 untuk majlis sambutan 40 tahun. Sebarkan kepada rakan-rakan sekelas anda.
        Perlawanan bola sepak persahabatan antara Old Boys dan pasukan sekolah akan diadakan selepas solat Jumaat di padang sekolah.
        Biasiswa Alumni terbuka kepada pelajar Tingkatan 4 dari keluarga B40. Borang permohonan boleh didapati di pejabat sekolah.
        Makluman: tiada kutipan derma dibuat secara individu. Sebarang sumbangan hendaklah melalui akaun rasmi persatuan yang berdaftar dengan ROS.
    """),
    ("zh-Hans", "校友会通告"): _lines("""
        校友会通告：第四十届会员大会定于六月二十八日（星期六）下午两点在本校礼堂举行，敬请各位会员准时出席。
        母校创校一百周年庆典晚宴将于十月在酒店宴会厅举行，每席新币一千二百八十元，欢迎各届校友踊跃订席。
        1988年毕业班三十五周年聚会筹备中，请当年的同学互相转告，报名请通过校友会网站。
        校友会助学金开始接受申请，对象为家庭人均收入低于一千二百元的在籍学生，截止日期为三月三十一日。
        本会不会通过个人账户收取任何捐款，请认准校友会的官方账户，以免上当受骗。
        返校日活动：上午九点升旗礼，十点参观新校舍，中午在食堂与老师共进午餐。
        捐款满五十令吉以上可获发免税收据，请在捐款时注明用途（建校基金或助学金）。
        校友会华乐团招募团员，欢迎曾在母校华乐团演奏的校友回来一起排练，每周六下午练习。
        请问各位，校友会的会员资格是否包括只读过初中的同学？有没有年限要求？
        纪念基金设立十周年，共资助了六十三名学生完成中学教育，感谢各位校友多年来的支持。
        重要提醒：近期有人冒充校友会理事在群组里借钱，请大家提高警惕，不要转账。
    """),
    ("en", "school_history_public"): _lines("""
        Raffles Institution, founded in 1823, counts Singapore's first Prime Minister Lee Kuan Yew and first President Yusof Ishak among its alumni.
        Tun Abdul Razak, Malaysia's second Prime Minister, was educated at the Malay College Kuala Kangsar, whose old boys are known as Old Koleians.
        Tun Dr Mahathir Mohamad attended Sultan Abdul Hamid College in Alor Setar before studying medicine in Singapore.
        Olympic gold medallist Joseph Schooling is an Old Boy of the Anglo-Chinese School, which celebrated his 2016 win in Rio with a special assembly.
        Penang Free School, established in 1816, is often described as the oldest English-medium school in Southeast Asia.
        Victoria Institution in Kuala Lumpur was founded in 1893; its alumni body is known as the Old Victorians' Association.
        The old boys' network is regularly criticised in Singapore and Malaysia for reinforcing elitism in hiring and politics, a debate that resurfaces every election season.
        In Lat's memoir comic "Town Boy", young Mat leaves his kampung for Ipoh, where he studies at the Anderson School and makes friends from every community.
        Many mission schools in both countries were founded by the La Salle Brothers, the Methodists and the Infant Jesus Sisters, and their alumni associations still run bursaries in the founders' names.
    """),
    ("en", "hard_negatives"): _lines("""
        Receipt No. OBA-DR-2024-01873 | Amount: S$250.00 | Fund: Centenary Bursary | Payment mode: PayNow (UEN) | Status: Acknowledged
        Ticket order #HC25-004417 confirmed: 2 x Gala Dinner (Member), 1 x Carnival Pass. Total S$146.00. Show this QR code at the entrance.
        Persatuan registration no. PPM-014-10-23061987 (ROS); tax exemption ref. LHDN.01/35/42/51/179-6.7081 — printed on every official receipt.
        UEN T09SS0125K — please use this for PayNow transfers to the Association. The UEN is also printed on the top right of every invoice.
        Dinner invoice INV-2025-0612 from the hotel: 38 tables x S$1,088 + 10% service charge + 9% GST = S$49,571.46.
        Event code OB1975-45TH, postcode 159457, hall booking ref BK/2025/0387. Doors open 6.30pm.
        Alumni portal v2.3.1 changelog: added CSV export of event RSVPs, fixed a bug where the class-year dropdown skipped 1987.
        Yearbook reprint: ISBN 978-981-18-4527-7, S$45 per copy, limited run of 300.
        Car park label CP-HC-0417 is valid only on 16 Aug 2025 from 7am to 11pm. Display it on your dashboard.
        Your commemorative mug has shipped: tracking no. RR482915732SG via SingPost registered mail, 3–5 working days.
        SELECT grad_year, COUNT(*) AS n FROM alumni WHERE opted_in = 1 GROUP BY grad_year ORDER BY grad_year;
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        ALUMNI DIRECTORY 2024 | TAN WEI KIAT | Class of 1994, 4E2 | Senior Manager, shipping | HP 9736 2041 | tanweikiat94@gmail.com
        Donation form: Name: Mdm Rosnah binti Abdul Hamid | NRIC: S6788498A | Amount: S$500 | Fund: Memorial Fund, in memory of her late husband | Tax deduction: Yes
        Hi all, Raymond Chua (4S1, 1997) just told me he got retrenched last month. If anyone's company is hiring in logistics pls PM him, he's quite down.
        RSVP list: 1) Priya d/o Subramaniam – attending, vegetarian, bringing husband / 2) Goh Siew Ling – not attending, overseas / 3) Farid bin Yusoff – attending, severe peanut allergy
        Bursary application – Student: Muhammad Danial bin Roslan, Sec 3 Express; father unemployed since 2023, mother part-time cleaner; household income S$1,450/month for 5 persons.
        Our classmate Benedict Fernandez (ACS 1982) is warded at NUH after a stroke, ward 6A. Family says visitors OK in the evening but keep it short.
        Parking pass request: Dr. Ravindran s/o Muthusamy, vehicle SKQ 2231 S, Class of 1979, guest of honour for Homecoming.
        PayNow to me 8215 6609 (Jason Lim) for the dinner, S$68 each. I'll pass to the treasurer lump sum.
        Class of 2001 treasurer's note: Kelvin Ong Jia Wei still owes S$340 for the chalet booking from last December. Please remind him nicely.
        Old Boys job referral: my son Marcus Yeo Jun Hao, NUS Computer Engineering 2025, looking for an internship in fintech. CV attached, his mobile +65 9048 3317.
        Reconnect request: looking for Siti Hajar binti Kamarudin, Tunku Kurshiah College SPM 1992, last known in Seremban. Please contact me at 012-388 4521 (Aishah).
        Membership renewal — LIFE MEMBER NO. 0472 — NAME: LEE CHOON HOCK — NRIC S8944081E — ADDRESS: BLK 412 BEDOK NORTH AVE 2 #08-115 SINGAPORE 460412 — CLASS: 1986
        Condolences: Mr Daniel Koh (Class of 1975) passed away peacefully. His wife Mdm Jenny Koh and the children thank the OBA for the wreath; wake at Blk 225 Serangoon Ave 4 void deck till Sunday.
        Minutes, item 5: The committee noted a complaint by Mr Sanjay Pillai against the Honorary Treasurer, Ms Chong Mei Fong, regarding the delayed refund of his table deposit (S$1,280).
        Yearbook update: Adrian Teo Kok Leong, 1989 4A — now an orthopaedic surgeon, married with 3 kids, lives in Bukit Timah. Still plays rugby on weekends.
        hey guys, joshua tay's new number is 9571 0286, he changed after leaving singtel. add him back to the batch group pls
        Donor list extract (not for publication): LOW KAH HENG S$10,000 (Benefactor) / MDM SARASWATHY D/O RAMAN S$2,000 / ANG BOON SENG S$50 — receipts issued.
        Bank details for the wreath collection: OCBC 601-245873-001, account holder Melissa Tan Hui Min. Kindly put your name in the reference.
        Credit card donation (phone-in): Cardholder CHEW KIM HUAT, Visa 4563 1276 4263 5454, exp 09/27, S$1,000 to Building Fund. Called from his office at 2.15pm.
        Reunion seat allocation: Table 7 — Mr & Mrs Wong Kai Ming (wheelchair access needed, Mrs Wong recovering from hip surgery), Ms Angeline de Souza, Mr Farouk Abdullah.
        Homecoming volunteer roster: Nur Izzati binti Azman, T0134111H, alumna 2018 — registration desk 8–11am, requested halal meal box.
        Passport details for the OBA Bangkok trip: Name: GOH CHENG LEONG | Passport No: K3381927M | DOB 14/03/1981 | Room sharing with Eugene Sim.
        Newsletter mailing change: Frederick Oliveiro (SJI 1968), retired teacher, has moved to Perth to live with his daughter; please send newsletters to fred.oliveiro47@bigpond.com from now on.
        To whom it may concern: I have known Kumaresan s/o Govindasamy since we were in Victoria School together (1990–1993). He has volunteered with our OBA for ten years and I recommend him for the post.
        Sorry to share, our batchmate Hazwan Ismail (5 Sc 2, MCKK 1998) is going through a divorce and has moved back to his mother's house in Kuala Kangsar. Give him some space ya.
        Lucky draw winners: 1st prize (iPad) – Teo Swee Ling, ticket 0417, 1992 batch; 2nd prize – Harjit Singh s/o Gurdev Singh, ticket 1022, 1985 batch.
        FIN G9796252P — Mr Park Joon-ho, exchange student in 1999, requests alumni membership; currently working in Singapore as a process engineer on Jurong Island.
        Address for the donation receipt: Mr Ong Teck Soon, 27 Jalan Kembangan, Singapore 419150. He prefers hard copy, no email.
        Teacher tribute: Mrs Margaret Lim Swee Eng, who taught us English in 1985, is now 82 and in a nursing home in Ang Mo Kio; her niece says she would welcome cards from ex-students.
        Telegram @shafiqrazak88 is the contact for Shafiq Razak, our batch rep for the MCKK homecoming bus from KL.
        Volunteer sign-up: Name Chandran a/l Perumal, IC 690115-07-5121, HP 016-550 7182, Class of 1986, Penang Free School — available to help with the car park.
    """),
    "mixed": _lines("""
        eh got anyone contact for Ah Seng from 3E4? Lim Ah Seng lah, the one who became property agent in Punggol. His number I think 8862 1954 but not sure still using.
        Bro Faizal bin Othman kena hospitalised at Sunway Medical, dengue. He from our 1995 batch, sekolah asrama. Jom visit Saturday?
        Alamak Chan Mei Ling from 4E1, her husband lost his job, she say cannot pay the reunion fee this time. Maybe we all chip in for her? Don't tell her I told you ah.
        ok everyone, transfer RM120 to my Maybank 1140 2238 9157, Nurul Ain binti Ismail. Screenshot send here after bayar, thanks!
        Wei the guy who pinjam my yearbook never return, Vincent Lau from 5S3 1993. Now he working at CIMB KL. Damn lah.
        Guys, Rajendran s/o Pillai, our old PE coach's son, asking if can join reunion. His HP +65 9189 4022, pls add him to the group.
        Tolong share ya — Cikgu Rahimah binti Yusof, cikgu BM kita dulu, baru operate jantung di IJN. Wad 3B, family kata boleh melawat petang.
        Reunion merch order: Wong Kah Yee, size M, 2 pcs, deliver to 23 Jalan SS2/55, 47300 Petaling Jaya, HP 013-8841 207.
    """),
    "ms": _lines("""
        Borang Keahlian: Nama: AHMAD FAUZI BIN ABDUL RAHMAN | No. KP: 780412-10-5523 | Tahun Keluar: SPM 1995 | Alamat: No. 14, Jalan Melur 3, Taman Sri Muda, 40400 Shah Alam | Tel: 019-227 3640
        Sumbangan Tabung Arwah: Puan Norhayati binti Mat Zin menderma RM1,000 atas nama arwah suaminya; sila keluarkan resit kepada No. KP 850923-14-6078.
        Salam semua, Kamal bin Jaafar (Ambilan 1988) kini menganggur dan sedang cari kerja sebagai pemandu. Sesiapa ada kekosongan sila hubungi beliau di 017-603 2915.
        Senarai peserta bas ke Kuala Kangsar: 1. Zulkifli bin Hashim (Batch 82) – kerusi 4 / 2. Mohd Rizal bin Ahmad (Batch 84) – kerusi 5, perlu simpan ubat insulin dalam peti sejuk.
        Makluman: pembayaran yuran oleh Encik Lingam a/l Muniandy belum diterima sejak 2022; jumlah tertunggak RM90. Sila hubungi bendahari.
        Pemenang Biasiswa Alumni 2025: Nurul Syafiqah binti Hassan, Tingkatan 4 Sains, pendapatan isi rumah RM2,300 sebulan, bapa OKU.
    """),
    "zh-Hans": _lines("""
        校友通讯录更新：林志强，1987届高三理科，现任吉隆坡某银行经理，手机 012-556 7843，微信 lzq_1987kl。
        捐款收据请开给：陈淑芬女士，身份证号 S8553643E，捐款新币三千元给纪念基金。
        各位同学，黄国华上个月确诊癌症，正在国大医院治疗，他太太说暂时不方便探望，大家可以在群里留言鼓励他。
        返校日报名：李美玲，1995届初三（2）班，携丈夫与两个孩子出席，其中一个孩子对花生过敏。
        中国籍校友张宇航（2008届交换生）申请入会，身份证号 350203199007151233，现居厦门，邮箱 zhangyh_xm@163.com。
        @所有人 请转账到我的户口 POSB 188-52734-6（郑俊杰），每人六十八元，周五前。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful assistant for an alumni association secretariat."),
        (
            "user",
            "Can you turn this into a neat table? Tan Boon Huat 1984 4S2 9832 7715 attending; Sharifah Aminah bte Syed Ali 1984 4E1 not attending; Peter D'Cruz 1984 4S1 attending +1",
        ),
        (
            "assistant",
            "Name | Year | Class | Phone | RSVP / Tan Boon Huat | 1984 | 4S2 | 9832 7715 | Attending / Sharifah Aminah bte Syed Ali | 1984 | 4E1 | – | Not attending / Peter D'Cruz | 1984 | 4S1 | – | Attending (+1)",
        ),
        ("user", "Thanks, add a dietary column. Peter is diabetic, so no dessert for him."),
    ],
    [
        (
            "user",
            "Help me write a short WhatsApp message to our class group about collecting money for a classmate's family.",
        ),
        (
            "assistant",
            "Sure. Could you tell me who it is for, the amount you suggest, and where people should transfer the money?",
        ),
        (
            "user",
            "It's for Suresh a/l Krishnan, 5 Sains 1 SPM 2000, his mother passed away yesterday in Klang. Suggest RM50 each, transfer to my CIMB 7062118453 (Yap Li Shan).",
        ),
    ],
    [
        ("system", "You draft polite reminders for a reunion organising committee."),
        (
            "user",
            "Write a reminder to Eric Sim Boon Kiat. He booked 2 seats for the 25th reunion on 9 Nov but hasn't paid the S$136. His email is ericsimbk@hotmail.com.",
        ),
        (
            "assistant",
            "Hi Eric, hope you're well! Just a gentle reminder that the payment of S$136 for your 2 seats at our 25th reunion on 9 Nov is still outstanding. Do let us know once it's done. Thanks!",
        ),
    ],
    [
        ("user", "How can I find a secondary school friend I lost touch with in Malaysia?"),
        (
            "assistant",
            "You could try the school's alumni association, class Facebook groups, or LinkedIn. Alumni offices usually forward your contact to the person rather than giving theirs out.",
        ),
        (
            "user",
            "Ok. Her name is Cheong Pui Yee, we were at SMJK Chung Ling Butterworth until 1997. I still have her old IC number 820227-13-5212 from a trip form, can the association use that to find her?",
        ),
    ],
    [
        (
            "user",
            "Please draft a nomination for our OBA's Distinguished Alumnus Award. Nominee: Dr. Gerald Pereira, Class of 1971, retired GP in Tiong Bahru, gave free consultations to needy residents for 30 years, survived colon cancer in 2019.",
        ),
        (
            "assistant",
            "Nomination: Dr. Gerald Pereira (Class of 1971). For three decades Dr. Pereira ran his general practice in Tiong Bahru with an open door for residents who could not afford care, offering free consultations...",
        ),
        (
            "user",
            "Good. Add that he still lives at Eng Hoon Street and walks to the market every morning despite his illness.",
        ),
    ],
    [
        ("system", "Anda pembantu setiausaha Persatuan Bekas Pelajar."),
        (
            "user",
            "Tolong tulis surat ucapan terima kasih kepada Dato' Haji Roslan bin Mohd Nor atas sumbangan RM20,000 kepada Tabung Biasiswa. Alamat beliau: No. 8, Jalan Setiabakti 2, Bukit Damansara, 50490 Kuala Lumpur.",
        ),
        (
            "assistant",
            "Dato' Haji Roslan bin Mohd Nor, No. 8, Jalan Setiabakti 2, Bukit Damansara, 50490 Kuala Lumpur. Tuan, bagi pihak Persatuan Bekas Pelajar, kami merakamkan setinggi-tinggi penghargaan atas sumbangan RM20,000...",
        ),
    ],
    [
        (
            "user",
            "Our bursary committee needs a one-paragraph summary for each applicant. First one below.",
        ),
        ("assistant", "Sure, paste the applicant's details and I'll summarise them."),
        (
            "user",
            "Applicant: Low Jia Xin, Sec 2, NRIC T1130458Z. Lives with grandmother in a 2-room rental flat in Jalan Bukit Merah, parents divorced, father in prison. Per capita income S$380.",
        ),
    ],
    [
        ("system", "你是校友会秘书处的助理。"),
        (
            "user",
            "帮我把这位校友的资料整理成通讯录格式：吴家豪，1993届，现在新山做生意，手机 +60 12-781 4406，太太也是校友叫许丽珍。",
        ),
        (
            "assistant",
            "姓名：吴家豪 ｜ 届别：1993届 ｜ 现居：新山（经商） ｜ 手机：+60 12-781 4406 ｜ 配偶：许丽珍（校友）",
        ),
    ],
    [
        ("user", "what's a good format for a reunion donation acknowledgement?"),
        (
            "assistant",
            "Keep it short: thank the donor, state the amount and fund, give the receipt number, and mention whether it is tax-deductible.",
        ),
        (
            "user",
            "ok do one for my batchmate Daniel Chia Wee Lun, NRIC S9076785B, S$1,200 to the Memorial Fund, receipt OBA-DR-2025-00412. he wants it sent to his wife's email too, wendy.chia.sg@gmail.com",
        ),
    ],
    [
        (
            "user",
            "I'm giving a short speech at our class reunion for our form teacher Mr Chelliah, full name Thambirajah Chelliah. He's 79, retiring from tuition this year, recently had cataract surgery, and we all remember him for making us run laps when we forgot homework.",
        ),
        (
            "assistant",
            "Here's a draft: 'Mr Chelliah, some of us still flinch when we forget homework, because we can hear you say: one lap, please...'",
        ),
        (
            "user",
            "Nice. Also mention his wife Mrs Vasantha Chelliah who used to bring us murukku during exam week.",
        ),
    ],
]
