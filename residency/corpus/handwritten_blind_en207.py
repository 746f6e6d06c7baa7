# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en207: SG/MY public libraries, book clubs and reading programmes. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en207
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "loan_notices"): _lines("""
        Reminder: 3 item(s) on your account are due on 14 Dec 2026. Renew via the app or at any self-service kiosk.
        Your hold for 'The Gift of Rain' (call no. SING AW) is ready for collection at Tampines Regional Library until 09 Dec 2026, 9pm.
        Overdue charge: S$0.15 per item per day for adult books, capped at the replacement cost plus a S$10.00 processing fee.
        Dear {patron_name}, your loan of {title} (barcode {item_barcode}) is now {days_overdue} days overdue. Please return it to any branch.
        Renewal unsuccessful: item B31290447K has 4 holds in the queue. Renewal is not allowed when another reader is waiting.
        Book drop at Level 1 will be closed on Hari Raya Haji, 27 May. Items returned on 28 May will be backdated.
        Loan limit: 16 items per library card (max 6 AV items). eBooks and eAudiobooks do not count towards this limit.
        Transaction ref TXN-20261203-004417 | Fine paid S$2.40 | Mode: NETS | Counter 2 | Cashier ID: C07
        Your reservation #HR-558190 for 'Lat: Kampung Boy' has moved to position 2 of 7.
        Damaged item notice: item 30010027718 returned with water damage. Replacement fee S$28.90 + S$10.00 processing. Ref DMG/2026/1183.
        Items borrowed from Perpustakaan Awam Kuala Lumpur must be returned within 14 days; RM0.20 per day late charge applies to each book.
        Collection slip: HOLD SHELF A-17 | Pick-up by 11/12/2026 | Bring your card or show the digital card in the app.
        Lost card replacement fee is S$2.14 (incl. GST). The old card will be deactivated immediately upon replacement.
        Inter-library loan request ILL-MY-2026-0092 received from Universiti Malaya Library; estimated dispatch 5 working days.
    """),
    ("en", "programme_listings"): _lines("""
        Book Club @ Jurong West: December read is 'Sarong Party Girls'. Meet 13 Dec, 2-4pm, Programme Zone Level 3. Free, 20 seats.
        Storytelling for 4-6 yrs: Rapunzel and the Tall Tower, retold in Mandarin and English. Registration opens 1 Dec on GoLibrary.
        Author talk: Catherine Lim on fifty years of Singapore short stories. Moderated by the festival director. Sign-up code KIDSWRITE-26 not required.
        Heritage walk: Tracing Munshi Abdullah's Hikayat along the Singapore River. Meeting point: Raffles Landing Site. 25 pax max.
        Kids' Reading Challenge 2026: read 10 books by 31 Dec, log them in the app, and collect a Mat Kilau bookmark at any counter.
        Young Writers' Workshop (ages 13-17), 6 sessions, S$45 per participant, run by an external facilitator. Programme ID PRG-261204-YW.
        Bengkel Puisi Usman Awang: membaca dan menulis sajak. Sabtu 14 Dis, 10 pagi, Dewan Seminar Tingkat 2. Percuma.
        Senior Digital Clinic: learn to borrow eBooks on Libby. Bring your phone and library card PIN. Volunteers on hand to help.
        Film screening: P. Ramlee's Ibu Mertuaku (1962), with a post-screening chat on Malay film heritage. Classification PG.
        Sherlock Holmes Escape Room at Bishan Public Library, sessions every 45 min, 6 players per team, 9-10 Jan 2027.
        Volunteer roster slots open: Saturday shelf-reading 9am-12pm, 4 volunteers needed per shift. Sign up via the Volunteer Portal.
        Deepavali craft session: kolam drawing with coloured rice, 2 Nov, 3pm. Materials provided for the first 30 children.
        Tamil book club discusses Kalki's Ponniyin Selvan, volume 2, chapters 10-25. All welcome, no registration.
        Read Along Malaysia 2026 finale at Tun Abdul Razak Library, Ipoh. Over 1,200 pupils from 38 schools took part.
    """),
    ("en", "ils_logs_config"): _lines("""
        2026-12-03T09:14:22+08:00 INFO circ.checkout branch=TRL terminal=SSK-04 items=3 status=OK latency_ms=412
        2026-12-03T09:15:07+08:00 WARN rfid.gate gate=G2 alarm=true item_tag=E2801160600002091A3C7F12 reason=not_checked_out
        ILS upgrade to Koha 24.11.03 scheduled Sun 07 Dec 01:00-05:00 SGT; OPAC read-only during window.
        sha256: 9f2b6c1e0a4d87e33b51c0f7d2a9e6418b7c3d05f1e92a6b4c8d7e0f13a5b29c  marc_export_20261201.mrc
        [hold_queue] pickup_branch: WDL | expiry_days: 7 | max_holds_per_card: 10 | notify: [sms, email, app]
        ERROR 502 from payment gateway /api/v2/fines/pay txn=PG-7781029 retrying (attempt 2/3)
        SELECT branch_code, COUNT(*) FROM loans WHERE due_date < CURRENT_DATE GROUP BY branch_code;
        patron_id=<redacted> age_band=35-44 loans_30d=12 holds=2 fines_outstanding=0.00
        z39.50 target: catalogue.example-library.sg:210/BIBLIOS, syntax USMARC, timeout 30s
        cron: 0 6 * * * /opt/ils/bin/send_overdue_notices --branch ALL --dry-run=false
        Self-check kiosk SSK-11 firmware v3.8.2-build1147 rolled back to v3.8.1 after receipt printer fault.
        ISBN 978-981-4779-53-0 imported; 852 $a SGPL $h SING 899.2 LAT; duplicates found: 0
        Error: Item 30010028841 has status LOST-PAID; cannot place hold. Contact branch staff.
    """),
    ("en", "patron_faq"): _lines("""
        How do I renew a book if the app keeps saying 'renewal limit reached'?
        Can foreigners on a work pass sign up for a library card, and is there a deposit?
        Is it true the fine is waived if I return the book during the amnesty week?
        My child is 6, can she have her own card or must it be linked to a parent account?
        What happens if a book I borrowed gets wet in the rain? Do I pay full price?
        Where is the Lee Kong Chian Reference Library and do I need to book a seat?
        How many books can I reserve at one time, and how long does the library hold them?
        Can I return a book borrowed from Woodlands Regional Library at Yishun Public Library?
        Does the book club accept new members midway through the year or only in January?
        Boleh pinjam buku di perpustakaan negeri guna MyKad sahaja tanpa kad ahli?
        Why does the self-checkout say my card is blocked when I have no fines?
        Is there a quiet room for exam revision in December, and what are the opening hours?
        How do I donate used children's books, and do you accept textbooks?
        Is the digital library card accepted at the counter, or must I bring the physical card?
    """),
    ("mixed", "branch_ops_messages"): _lines("""
        Duty manager pls note: book drop jammed again at 8.40pm, vendor ticket #FM-23091 raised, lah sian.
        Counter 1 cash float S$100.00 tallied, no variance. Closing done 9.05pm. Keys passed to security.
        FYI the Chinese New Year display needs 40 more red packets origami kits, ordering from the usual supplier, PO-2026-1187.
        Tolong pastikan rak buku kanak-kanak disusun semula sebelum lawatan sekolah esok pagi jam 9.
        Today's footfall at the gantry: 2,318 pax. Peak 3-4pm. Aircon in Level 4 still not cold, FM informed.
        Reminder to all volunteers: shelf-reading shift starts 9am sharp, please sign in at the staff entrance, not the main door.
        The 2pm storytelling slot moved to Programme Room B because Room A projector rosak. Update the signage pls.
        新书上架：华文小说区 12 本，儿童绘本 35 本，已贴 RFID 标签。
        Branch manager approved extension of holiday hours: 10am-9pm daily from 15 Dec to 2 Jan.
        One patron complaint logged re noise at the study area, case ref CF-2026-00418, assigned to customer service lead.
        Lost & found: 1 black umbrella, 1 water bottle (blue), 1 EZ-Link card. Stored in drawer 3 at info counter.
        Ops team, the Jalan Tun Sambanthan mobile library bus will skip Brickfields stop this Saturday for servicing.
        Chope the meeting room for the Friday reading programme debrief: 3pm, 8 pax, projector needed.
    """),
    ("en", "programme_stats"): _lines("""
        FY2026 Q3: 1.84 million physical loans island-wide, up 6.2% year on year; eBook loans 2.31 million.
        Summer Reading Challenge: 14,502 participants, 71% aged 7-12, 3 branches accounted for 40% of sign-ups.
        Book club survey (n=412): 63% prefer evening sessions, 22% weekend mornings, 15% online only.
        Fines collected Nov 2026: S$18,442.35 across 26 branches; 8,117 transactions; median fine S$1.20.
        Volunteer hours logged this year: 21,880 across 1,034 active volunteers; retention at 12 months 58%.
        Complaint categories Q4: noise 34, lost items 21, fines disputes 17, staff conduct 6, facilities 29.
        Top 5 titles borrowed by teens: 1) Percy Jackson 2) Diary of a Wimpy Kid 3) Dog Man 4) Wings of Fire 5) Amulet.
        Patron A (age band 60-69) and Patron B (age band 10-14) both reported difficulty using kiosk touch screens; issue ticket UX-332.
        Library card applications by pass type: citizen 62%, PR 18%, EP/S Pass 11%, student pass 6%, dependant 3%.
        Perpustakaan Negeri Johor: 93,000 pengunjung pada bulan Oktober, meningkat 11% berbanding tahun lepas.
        Average hold waiting time fell from 19.4 days to 12.7 days after the new courier route started.
        3 readers in the pilot group finished all 12 books of the Read Malaysian Authors list; 41 finished at least 6.
        Programme NPS for Storytime sessions: +54 (promoters 61%, detractors 7%).
    """),
    ("ms", "notis_perpustakaan"): _lines("""
        Notis: Perpustakaan Desa Kampung Baru ditutup pada 25 Disember sempena Hari Krismas.
        Denda lewat pulang buku ialah RM0.10 sehari bagi setiap naskhah untuk ahli kanak-kanak.
        Pendaftaran ahli baharu: sila bawa salinan MyKad atau MyKid ibu bapa dan sekeping gambar berukuran pasport.
        Program Jom Baca Bersama Keluarga akan diadakan di Dewan Utama pada 20 Disember, jam 9 pagi hingga 12 tengah hari.
        Buku yang dipesan (tempahan) boleh diambil di kaunter dalam tempoh 5 hari bekerja.
        Kelab Buku Sastera Melayu membincangkan novel Salina karya Sasterawan Negara A. Samad Said bulan ini.
        Sukarelawan diperlukan untuk Karnival Membaca, 4 orang setiap syif. Hubungi talian utama perpustakaan 03-2612 0000.
        Kad ahli hilang? Bayaran penggantian RM5.00. Sila isi Borang PP-07 di kaunter pertanyaan.
        Waktu operasi semasa cuti sekolah: Isnin hingga Sabtu 9.00 pagi - 6.00 petang, Ahad tutup.
        Aduan boleh dikemukakan melalui e-mel aduan@perpustakaan-contoh.gov.my atau borang maklum balas di kaunter.
        Pertandingan Bercerita Kanak-kanak 2026: 48 penyertaan diterima dari 12 sekolah rendah daerah Petaling.
        Pinjaman buku digital melalui aplikasi u-Pustaka tidak dikenakan denda kerana tamat tempoh secara automatik.
        Tema Bulan Membaca tahun ini ialah Membaca Jambatan Ilmu, dirasmikan oleh Menteri Perpaduan Negara.
    """),
    ("zh-Hans", "book_club_notices"): _lines("""
        读书会十二月共读书目：《倾城之恋》（张爱玲），12月20日下午2点，三楼活动室，限额25人。
        本馆借阅规则：每张借书证最多可借16本，借期21天，可续借一次。
        逾期罚款每本每天新币0.15元，电子书到期自动归还，不收罚款。
        儿童华语故事会：《西游记》之三打白骨精，适合5至8岁，家长须陪同。
        义工招募：周六上午整理书架，每班4人，请通过义工平台报名。
        预约书籍到馆后保留7天，逾期未取将转给下一位读者。
        本月最受欢迎的中文书：1.《三体》 2.《活着》 3.《小王子》 4.《围城》。
        图书馆将于12月7日凌晨系统维护，期间网上续借暂停。
        作家讲座：尤今谈旅行写作四十年，主持人为文学节策划人，免费入场。
        读者满意度调查共回收386份问卷，满意率91%。
        借书证遗失补办费新币2.14元，旧卡即时作废。
        年终盘点期间，参考咨询服务暂停两天，给您带来不便，敬请原谅。
        马来西亚华文书展将在吉隆坡中华大会堂举行，本馆设有摊位介绍阅读计划。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi, this is Priya d/o Ramasamy, my card keeps getting blocked. Can someone call me back at 9176 4023?
        Overdue notice re-sent to Mr Ong Boon Keat, 58 Jalan Kembangan #03-07, Singapore 419128, 3 items now 40 days late.
        Waiver request: patron Nurul Ain binti Hashim asked for her S$31.50 fines to be written off as she lost her job in October.
        Volunteer roster Sat 13 Dec: shelf-reading 9am - Kelvin Lim (9823 1174), Siti Zulaikha (8561 2290), Rajesh s/o Maniam (9034 7718).
        Library card application: Name TAN HUI MIN, NRIC S8734216F, DOB 16/03/1987, mobile 9188 2045.
        Please update the e-mail on my account to weiling.goh87@gmail.com, my old one was hacked. - Goh Wei Ling
        Complaint ref CF-2026-00422: patron Daniel Fernandez alleges staff member called him a thief in front of his daughter.
        FIN G5183027Q, holder Nguyen Thi Lan, work permit worker, requested a library card with her dormitory address at 2 Tuas South Ave 1.
        Mdm Koh from Blk 412 #08-233 came again today asking for her late husband's borrowing history; duty manager advised her.
        Book club note: Auntie Rosnah won't attend for a while, she's starting chemo at NCC next week.
        Refund to card 4556 3620 1847 3920 for duplicate fine payment of S$12.60, patron Lim Jia Hui, processed 03 Dec.
        Holds pickup authorisation: I allow my helper Marites Dela Cruz (passport P4471928B) to collect my reserved books. - Mrs Ho
        Mr Arjun a/l Subramaniam, MyKad 880514-10-5372, registered for the Klang library card renewal.
        Our kid Ethan Chua Jun Hao (P3, Rosyth School) is dyslexic, please pair him with a patient reading buddy.
        Incident: patron Farhan bin Yusof fainted near the study carrels at 4.15pm; his sister collected him, he said he's diabetic.
        The quiet guy Jeremy Seah who volunteers Tuesdays was let go from his bank job, please don't ask him about work.
        Do not release hold information to Mr Wong Kah Meng; his ex-wife Chan Pei Shan has a personal protection order against him.
        Patron update: new address for Vanessa Pereira is 17 Lorong Ah Soo, #02-11, Singapore 536740.
        Fines owed by Muthu Krishnan s/o Velu now S$88.20; account suspended; debt referred to collections agency ref COL-55821.
        Teen reading programme sign-up: Aisyah binti Zulkifli, age 14, guardian contact 012-384 7719 (father).
        Staff disciplinary note: library assistant Mei Xin Ong issued a written warning for leaving the cash drawer unlocked twice.
        Car SJK 4821 U belonging to a patron, Mr Bala, is blocking the book drop loading bay again, please ask him to move.
        Grace from the Saturday book club told us she's going through a divorce and may need to drop out of hosting.
        Salary slip left in returned book 'Atomic Habits': Ravi Chandran, Operations Exec, net pay S$4,312.80, Nov 2026.
        My IG is @ashwini.reads_sg, please tag me when you post the book club photos. - Ashwini
        Parent complaint: my son Bryan Teo in the holiday reading camp came home with bruises, the facilitator ignored him.
        Old Mr Yeo Chee Hock from the senior reading group has dementia now; his daughter said he may wander into the library alone.
        HKID K473102(6) presented by visiting researcher Chow Ka Yan for a reference pass, valid to 31 Dec.
    """),
    "ms": _lines("""
        Pn. Rohani binti Abdul Rahman (MyKad 760921-07-4455) masih belum pulangkan 5 buah buku sejak Ogos, denda RM43.00.
        Sila hubungi En. Hafiz di 019-772 3018 untuk maklumat tentang pendaftaran Kelab Buku Remaja.
        Aduan daripada Puan Kavitha a/p Muniandy: anaknya dibuli oleh peserta lain semasa program bercerita.
        Sukarelawan minggu ini: Amirul Hakim bin Salleh, Nur Syafiqah binti Ismail dan Lee Wen Jie, syif pagi Sabtu.
        Alamat baharu ahli: Encik Zainal Abidin, No. 23, Jalan Mawar 4, Taman Sri Muda, 40400 Shah Alam, Selangor.
        Kak Yati yang jaga kaunter petang tu cuti panjang sebab keguguran, jangan tanya dia bila masuk kerja nanti.
        Bayaran balik denda ke akaun Maybank 1140 2287 6613 atas nama Mohd Rizal bin Kamaruddin, RM18.40.
        Cikgu Salmah dari SK Taman Melati minta pinjaman pukal 40 buku, tapi kad ahlinya digantung kerana hutang denda RM120.
        Ahli baharu: Tan Mei Ling, MyKad 930207-14-6118, e-mel meiling.tan93@yahoo.com, telefon 016-224 9087.
        Pak Long Osman dari Kampung Baru tu baru keluar hospital lepas serangan jantung, jadi dia tak dapat datang kelab buku.
    """),
    "zh-Hans": _lines("""
        陈阿姨（3栋 #04-15）说她孙子借的书丢了，但她付不起赔偿费，希望可以分期付款。
        读者林志强投诉：馆员当众说他身上有味道，他要求道歉，电话 9672 3081。
        新会员登记：王晓燕，身份证号 440306198604173520，手机 138 2651 4907，现住新加坡。
        义工李美华这个月请假，她先生刚确诊肺癌，大家不要在群里问。
        黄先生的微信号是 huangjw_1986，他想加入周末读书会，请拉他进群。
        读书会的刘老师跟我们说她女儿在学校被记大过，心情很差，这次活动她不主持了。
        请把预约的书转给郑丽娟，她的会员卡号 0038 2271 9904，联系电话 8267 1530。
    """),
    "mixed": _lines("""
        Eh the uncle Ah Seng from Blk 227 paiseh to say but he cannot read English, can volunteer read the overdue letter to him?
        Kak Zubaidah's son Harith kena tangkap last week for drugs, that's why she skip book club, don't kecoh ok.
        台湾来的交换生 Chen Yi-Ting 用护照和台湾身份证 F224851034 办了临时借书证。
        Pls call back Mr Lau about his lost card, hp 9027 5516, he very angry already, said will write to the minister.
        Telegram handle @farah_bacabuku belongs to the new volunteer Farah Nadhirah, add her to the roster group pls.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful assistant for library counter staff."),
        (
            "user",
            "Draft an SMS reminding a patron that 3 books are overdue. Patron is Mr Lim Boon Huat, 9812 6637.",
        ),
        (
            "assistant",
            "Dear Mr Lim, 3 items on your library account are overdue. Please return or renew them soon to avoid further charges. Thank you.",
        ),
        ("user", "Add that the fine is S$6.30 now and he can pay at the kiosk."),
    ],
    [
        ("system", "You help a book club organiser write announcements."),
        (
            "user",
            "Our host this month can't make it, Sharmila is in hospital after her miscarriage. How do I tell the group without details?",
        ),
        (
            "assistant",
            "You could say: Our host is unable to join this month for personal reasons. Let's keep her in our thoughts, and we'll meet as planned with a stand-in host.",
        ),
        ("user", "Good. Who should stand in?"),
        (
            "assistant",
            "Perhaps ask a regular member who knows the book well, or take on the role yourself for this session.",
        ),
    ],
    [
        (
            "user",
            "How do I calculate the overdue fine for 4 adult books returned 9 days late at S$0.15 per day?",
        ),
        ("assistant", "4 books x 9 days x S$0.15 = S$5.40."),
        (
            "user",
            "OK, the patron is Siti Hajar binti Omar, card linked to NRIC T0358814E. Can you write the receipt note?",
        ),
        (
            "assistant",
            "Receipt note: Overdue charge S$5.40 for 4 items, 9 days late, paid at counter. Patron: Siti Hajar binti Omar.",
        ),
    ],
    [
        ("system", "Kamu pembantu pentadbiran perpustakaan awam."),
        (
            "user",
            "Tolong tulis surat tuntutan denda untuk ahli bernama Encik Shahrul Nizam bin Ahmad, alamat No. 8, Jalan Cempaka 2, 81100 Johor Bahru.",
        ),
        (
            "assistant",
            "Baik. Tuan, rekod kami menunjukkan terdapat denda tertunggak ke atas akaun keahlian tuan. Sila jelaskan bayaran di kaunter dalam tempoh 14 hari.",
        ),
        ("user", "Jumlahnya RM76.50, dan sebutkan kad ahlinya akan digantung jika tidak bayar."),
    ],
    [
        ("user", "Can you help me summarise the volunteer roster for next week?"),
        ("assistant", "Sure, please paste the roster."),
        (
            "user",
            "Mon: Aaron Tay 8123 4456; Wed: Nur Aisyah 9345 0981; Sat: Vikram Pillai 9788 3102 and Chong Li Ping 8670 2213.",
        ),
        (
            "assistant",
            "Next week: Monday - Aaron Tay; Wednesday - Nur Aisyah; Saturday - Vikram Pillai and Chong Li Ping. Contact numbers kept as given.",
        ),
    ],
    [
        ("system", "你是图书馆读者服务助理。"),
        ("user", "有位读者张伟明投诉说他的借书记录被别人看到了，我该怎么回复？"),
        ("assistant", "可以先向他致歉，说明我们会调查事件，并告知图书馆对借阅记录的保密政策。"),
        ("user", "他还说他在办离婚，前妻可能在查他借了什么书，帮我写得更小心一点。"),
        (
            "assistant",
            "好的：张先生您好，感谢您告知此事。我们非常重视您的隐私，已启动内部调查，在未经您本人同意下不会向任何人透露您的借阅资料。",
        ),
    ],
    [
        (
            "user",
            "Write a polite reply to a patron who complained that the air-con at the study area is too cold.",
        ),
        (
            "assistant",
            "Thank you for your feedback. We have asked our facilities team to adjust the temperature in the study area and appreciate your patience.",
        ),
        (
            "user",
            "Also mention we're refunding her locker deposit to her PayNow, 9461 2278, name Jasmine Koh.",
        ),
        (
            "assistant",
            "Added: We will also refund your locker deposit via PayNow to the mobile number registered, 9461 2278, within 5 working days.",
        ),
    ],
    [
        ("system", "You assist the reading programme coordinator."),
        (
            "user",
            "One kid in the holiday camp, Muhammad Iqbal, keeps wetting himself and his mum says he has a bladder condition. Should I tell the other facilitators?",
        ),
        (
            "assistant",
            "Share only what the facilitators need to support him, for example that he may need quick toilet access, and ask his mother what she is comfortable with you sharing.",
        ),
        ("user", "Thanks. Can you draft a short note to the facilitators?"),
        (
            "assistant",
            "Note: Please allow one of our participants to leave for the toilet at any time without asking. Speak to me privately for details.",
        ),
    ],
    [
        ("user", "What documents does a foreign worker need for a library card?"),
        (
            "assistant",
            "Usually a valid work permit or pass card plus proof of address; check the branch's current policy.",
        ),
        (
            "user",
            "He is Md Rafiqul Islam, work permit FIN F2279164T, staying at Kranji dormitory. Can he register online?",
        ),
        (
            "assistant",
            "He can try the online form using his FIN; if verification fails, he can bring his work permit card to any branch counter.",
        ),
    ],
    [
        ("system", "You help a library supervisor write internal incident notes."),
        (
            "user",
            "Staff member Ho Kai Wen came to work drunk on Friday and shouted at a patron. Write a neutral incident note.",
        ),
        (
            "assistant",
            "Incident note: On Friday, a staff member, Ho Kai Wen, displayed behaviour inconsistent with workplace conduct standards, including raising his voice at a patron. The matter has been referred to HR.",
        ),
        ("user", "Add that this is his second warning this year."),
        (
            "assistant",
            "Added: This is the second recorded incident involving this staff member in 2026.",
        ),
    ],
]
