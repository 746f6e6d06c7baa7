# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en126: SG/MY church and mosque community offices (registers, zakat counters, rosters, welfare, bulletins). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en126
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "parish bulletin"): _lines("""
        Weekend Masses: Sat 6pm (English); Sun 7.30am, 9.30am (Mandarin), 11.30am, 5.30pm (Tamil on 1st & 3rd Sundays). Weekday Mass 6.45am Mon–Fri in the chapel.
        Second collection this weekend is for the Archdiocesan Catholic Council for Social Concern. Last week's collection: $18,432.60 (envelopes) and $6,210.00 (cashless). Thank you for your generosity.
        Infant Baptism is celebrated on the last Sunday of each month at 2pm. Both parents must attend the pre-baptism talk; registration closes three weeks before. Forms are at the parish office or on our website.
        Marriage Preparation Course for couples marrying in 2027: 8 Saturday sessions from 16 Jan, 9am–1pm, Parish Hall Level 2. Fee $250 per couple; subsidies available, please speak to the office quietly.
        Parish office hours: Tue–Sat 9am–5pm, Sun 8am–1pm, closed on Mondays and public holidays. Tel 6283 0472 | office@stbarnabas-parish.org.sg
        Cardinal William Goh will confer the Sacrament of Confirmation on 84 candidates at the 11.30am Mass on Pentecost Sunday; please keep the first six pews free.
        Columbarium wing building fund: $1.27m raised of the $3.4m target. Niches are allocated by ballot after completion; no reservations are taken at this stage.
        Lost and found: a black umbrella, a blue children's water bottle with dinosaur stickers and a wooden rosary left in the chapel. Claim at the sacristy before 30 Nov.
        Please do not reserve seats with bags or hymnals. Ushers will direct latecomers to the canteen, where the Mass is screened live.
        Christmas Eve parking: the school field opens from 5pm and vehicles must exit by 1am. Please do not park along Jalan Kembangan; the town council will issue summonses.
        Legion of Mary (Our Lady of Good Counsel Praesidium) meets every Thursday 8pm in Room B3. New members aged 18 and above are most welcome.
        Mass intentions may be booked at the office with a suggested offering of $10 per intention. Names are read only at the 6.45am weekday Mass and are not printed in the bulletin.
        Bulletin No. 36/2025, 23rd Sunday in Ordinary Time. Readings: Wis 9:13-18; Ps 90; Phlm 9-10, 12-17; Lk 14:25-33.
        Holy Communion is served on the first Sunday of the month at all three services; baptised believers visiting from other churches are welcome to partake.
    """),
    ("en", "zakat counter"): _lines("""
        Zakat fitrah 1447H: S$7.50 per person (normal rice) or S$11.50 (premium rice). It must be paid before the Hari Raya Aidilfitri prayer to count as fitrah.
        Nisab for zakat on savings this month: S$9,617, based on 85 g of gold at the reference price. Zakat payable is 2.5% of the lowest balance held for one full lunar year.
        Counter hours during Ramadan: 10am–1pm and 2.30pm–6.30pm, closed during Friday prayers. Cash, NETS and PayNow accepted; cheques payable to "Majlis Ugama Islam Singapura".
        Receipt ZF/1447/MAF/002318 reprinted at counter 2; original voided in the system by the supervisor at 4.15pm.
        To pay fitrah for your whole household, just tell the amil how many dependants you are paying for. You do not need to bring their ICs.
        Can zakat fitrah be paid in instalments? No, it is a fixed amount per head, but you may pay for different family members on different days before Syawal.
        Daily summary 18 Mar 2026: 412 transactions; fitrah S$9,882.00; fidyah S$1,344.00; zakat harta S$27,615.40; infaq S$2,107.00. Cash bags sealed 6.42pm, bag nos. 44781–44784.
        The mobile zakat counter will be at the mosque car park on 7 and 8 March, 9am–9pm. Official receipts are printed on the spot or e-mailed on request.
        Gold jewellery that is worn regularly is exempt up to the uruf limit set by the state religious council; anything above that limit is charged 2.5% on the excess value.
        Fidyah is S$1.40 per day missed. Someone who missed 10 days of puasa for health reasons and cannot replace them pays S$14.00.
        Amil volunteers must wear the lanyard at all times and may not accept money outside the counter. Report any shortfall above $5 to the treasurer the same evening.
        Zakat paid through the state zakat centre qualifies for a tax rebate in Malaysia; keep the official receipt with its reference number for your e-Filing.
        The eight asnaf listed in Surah At-Tawbah 9:60: fakir, miskin, amil, muallaf, riqab, gharimin, fisabilillah and ibnu sabil.
    """),
    ("ms", "pengumuman masjid"): _lines("""
        Kutipan Jumaat minggu lepas: RM 8,431.70. Terima kasih kepada para jemaah atas sumbangan yang diberikan.
        Kuliah Maghrib diadakan setiap Selasa bersama penceramah jemputan. Kuliah Subuh Ahad 14 Disember diganti dengan gotong-royong membersihkan kawasan masjid.
        Pendaftaran kursus pra-perkahwinan Islam siri 4/2026 kini dibuka. Yuran RM 80 seorang. Sila bawa salinan kad pengenalan pada hari pertama kursus.
        Tabung pembinaan dewan serbaguna: jumlah terkumpul RM 412,650.00 daripada sasaran RM 1.2 juta. Nombor akaun masjid ada di papan kenyataan utama.
        Waktu solat Kuala Lumpur 5 Disember 2026: Subuh 5.54, Zohor 1.06, Asar 4.31, Maghrib 7.09, Isyak 8.23.
        Ibadah korban 1448H: harga satu bahagian lembu RM 850. Tempahan ditutup pada 1 Mei 2027 atau apabila kuota 21 ekor penuh.
        Jemaah dinasihatkan tidak meletakkan kenderaan di laluan kecemasan semasa solat Jumaat. Kenderaan yang menghalang akan ditunda oleh pihak berkuasa tempatan.
        Borang permohonan bantuan asnaf boleh diambil di pejabat masjid. Lampirkan slip gaji, bil utiliti terkini dan salinan kad pengenalan semua ahli isi rumah.
        Kelas fardu ain kanak-kanak (7–12 tahun) setiap Sabtu, 9.00 hingga 11.30 pagi. Yuran RM 30 sebulan termasuk buku teks.
        Senarai tugas siak bagi bulan Januari akan dikemaskini dalam kumpulan WhatsApp AJK. Sila semak giliran masing-masing.
        Pejabat masjid: 03-4021 7785 (Isnin–Jumaat, 9 pagi–5 petang). Urusan jenazah selepas waktu pejabat: talian 24 jam masjid 03-4021 7790.
        Majlis khatam Al-Quran dan jamuan Hari Raya akan diadakan pada 1 Syawal selepas solat sunat Aidilfitri. Semua dijemput hadir.
        Rujukan aduan ADU/2026/11/00471 (lampu tandas wanita rosak) — status: dalam tindakan kontraktor.
        Sumbangan tabung masjid boleh dibuat ke akaun Bank Islam 14013010045261 atas nama Masjid Al-Hidayah Taman Melati. Sila simpan slip untuk rujukan.
    """),
    ("zh-Hans", "教会周报"): _lines("""
        本主日崇拜：上午8:00（英文）、9:30（华语）、11:30（英文）。华语崇拜设有福建话同步翻译，请向招待员领取耳机。
        上周奉献总额：$24,318.50，其中建堂基金 $6,200.00。感谢弟兄姐妹忠心的奉献。
        洗礼班将于1月11日开课，共十堂，每周日下午2点在副堂二楼。有意受洗者请于12月28日前向办公室报名。
        圣诞节联合崇拜：12月25日上午10点，会后备有简单午餐。需要交通协助的长者请联络各小组组长。
        教会办公室电话：6345 2718；电邮：admin@gracechapel-bukitbatok.sg；办公时间：周二至周六，上午9点至下午5点。
        请勿在圣殿内饮食或用手机拍照。带婴幼儿的家长可在母婴室参加崇拜，室内有直播画面。
        婚礼登记须知：新人须在婚礼日期前至少六个月向办公室预约，并完成六堂婚前辅导课程。
        本月代祷事项：为国家领袖、为在本地工作的外籍员工、为即将放榜的O水准考生祷告。
        长者关怀事工需要更多义工，每周三上午陪伴长者做手工、唱诗歌，有意者请于会后到询问台登记。
        奉献可通过 PayNow 转至教会 UEN T08SS0123B，请在备注栏注明"什一"或"建堂"。
        本月读书会选读考门夫人的《荒漠甘泉》，请各人自备一本，周六晚上在图书室聚会。
        义工轮值表已贴在布告栏，请各位查看自己负责的主日，如需调换请自行协调。
        宋尚节博士生平讲座：介绍这位二十世纪著名布道家在南洋各地的布道与影响。
    """),
    ("zh-Hant", "堂會通告"): _lines("""
        本主日聯合崇拜改在禮堂舉行，主日學照常在二樓課室上課。
        本堂洗禮與轉會典禮定於復活節主日舉行，欲參加者請於三月八日前到辦公室填寫表格。
        聖誕報佳音隊將於12月20日晚上7時在停車場集合，請穿著白色上衣並自備手電筒。
        教會辦公室電話：084-332 617；傳真：084-332 618；辦公時間：星期二至星期六。
        感恩奉獻：RM 12,870.00；宣教基金：RM 3,450.00；慈惠基金：RM 1,120.00。
        婚前輔導課程共六堂，由牧師及資深夫婦帶領，請預先向辦公室報名。
        本週金句：「你們要彼此相愛，像我愛你們一樣。」（約翰福音15章12節）
        社會關懷部熱線：084-215 330，星期一至星期五上午九時至下午五時，急事請留言。
    """),
    ("mixed", "volunteer group chat"): _lines("""
        guys pls remember sat 3pm setup for the jumble sale, need 6 more pax to carry tables from the store room
        Who has the key for the sacristy cabinet? Father wants the purple vestments ready by 5
        Roster for Hari Raya open house sudah update dalam Google Sheet, sila check slot masing2 ya
        reminder: zakat counter volunteers tomorrow start 9am sharp, bring own tumbler, panas gila this week
        anyone got extra chairs? the 9.30 mandarin mass overflow again, 大家辛苦了
        Food distribution this Sat: 120 bags rice, 80 bags dry goods. Collection point tukar to the basketball court because the hall is booked for a wedding
        pls dont post photos of beneficiaries in this group ok, PDPA. if need to show the packing, take photo of the boxes only
        canteen stall rental for Dec: 4 stalls confirmed, $40/day, lucky draw tickets printing done already
        choir practice shifted to Thurs 8pm this week coz Wed got funeral mass in the church
        those driving for the elderly pickup on Sunday pls fill up the form by Fri, link in group description
        ustaz dah confirm kuliah Isnin ni cancel, so the hall is free for the ceramah committee meeting
        counted the tabung already, total RM 3,214.50, will bank in Monday morning. receipt photo later
        is it true the bazaar proceeds all go to building fund or some for missions also?
        kakak2 yang bawa kuih for iftar, pls label if got nuts, some kids allergic
        anyone knows if the 7am mass tmr still on? heard the priest from the other parish covering
    """),
    ("en", "welfare policy and FAQ"): _lines("""
        Applicants to the Parish Welfare Fund must live within the parish boundary or have been registered parishioners for at least six months; exceptions need the parish priest's approval.
        How do I apply for financial help from the mosque? Fill in the asnaf form, attach payslips or a letter of unemployment, and an officer will arrange a home visit within two weeks.
        Assistance is capped at $600 per household per quarter for utilities and $1,500 per year for school expenses. Cash is never disbursed; we pay the billing organisation directly.
        All case files are kept in a locked cabinet and on the restricted welfare drive. Volunteers may not photograph documents or discuss cases outside the committee.
        Q: Can non-Catholics receive help from the St Vincent de Paul conference? A: Yes, help is given according to need, regardless of religion or race.
        For family violence, call the National Anti-Violence and Sexual Harassment Helpline 1800 777 0000 and inform the welfare chair. Do not attempt mediation yourself.
        Template, letter of support: "This is to certify that ____________ (NRIC ________) is a member of ____________ and has attended services regularly since ________." To be signed by the pastor in charge.
        Case WF-2026-0193 closed: assistance period ended, no further action. WF-2026-0201 pending home visit; WF-2026-0207 awaiting documents.
        Food vouchers come in $20 denominations and are usable at NTUC FairPrice outlets only. They cannot be exchanged for cash or used for cigarettes or alcohol.
        Volunteers on home visits must go in pairs, show their parish ID card and must not accept gifts or ang pow from beneficiaries.
        How long are baptism registers kept? Sacramental registers are kept permanently, and a duplicate copy is sent to the diocesan archives every year.
        Can my baptism certificate show my new name after a deed poll? The original entry is never altered; a marginal note citing the deed poll is added and new certificates show both names.
        New converts may receive a monthly muallaf allowance for up to 12 months while attending classes; applications go through the mosque's muallaf officer.
    """),
    ("en", "office system records"): _lines("""
        CREATE TABLE baptism_register (entry_no INT PRIMARY KEY, volume SMALLINT, page SMALLINT, child_name TEXT, dob DATE, baptism_date DATE, father_name TEXT, mother_name TEXT, godparents TEXT, minister TEXT);
        roster_export.csv header: date,mass_time,ministry,volunteer_id,status,swap_with
        [2026-11-30 08:14:22] INFO zakat-pos: counter=C2 txn=ZF1447-000918 amount=23.00 method=NETS status=APPROVED
        cron: 0 2 * * 1 /opt/parish/bin/backup_registers.sh --target s3://parish-archive/registers --encrypt
        ERROR welfare-portal: submission rejected for case_id=WF-2026-0288 (validation: field 'nric' is empty)
        mail_merge.docx fields: «Title» «FullName», «Address1», «PostalCode» — thank you for your pledge of «Amount» to the building fund.
        SELECT COUNT(*) FROM asnaf_applicants WHERE status = 'approved' AND category IN ('fakir', 'miskin'); -- 143 rows
        sha256(register_scan_vol14.pdf) = cbb94bf9d994cdb0395a390aa4fe9514b3c7bbd60418e59d43a7dc82929b2b54
        Print job Bulletin_47_final_v3.pdf (12 pages, 450 copies, A4 duplex) sent to RICOH MP C3004 at 5.02pm.
        Room booking export: Room B3 | Thu 20:00–22:00 | Legion of Mary | recurring weekly | ref BK-58813
        env: PAYNOW_UEN=T08SS0123B DONATION_MIN=5 RECEIPT_PREFIX=STB-DON TAX_DEDUCTIBLE=false
        Volunteer app v2.4.1: roster swap requests now need coordinator approval; SMS reminders go out 24h before each shift.
        Tracking SPX-SG-88104527369: 60 copies of Mission Praise (ISBN 978-0-00-719969-1) out for delivery to the church office.
        Register index card template: Surname ______ Given names ______ Date of baptism __/__/____ Vol __ Page __ Entry ____
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        BAPTISM REGISTER Vol. 14 p. 233 No. 1187 | Name: CHLOE ANNE LIM XIN YI | Born: 03 Feb 2026, KK Women's and Children's Hospital | BC No.: T2604318I | Father: LIM WEI JIE (S8834157J) | Mother: TEO HUI SHAN (S8902146D) | Godparents: Marcus Lim, Rachel Koh | Baptised: 29 Nov 2026
        Banns of Marriage (first time of asking): Joshua Pereira, bachelor, of this parish, son of Anthony and Teresa Pereira, and Sharon Teo Hui Min, spinster, of the Church of the Holy Spirit. Anyone who knows of an impediment must inform the parish priest.
        Please keep in your prayers: Mdm Josephine Koh Ah Lian (82), recovering from a stroke at St Luke's Hospital, and Mr Desmond Rozario, who starts chemotherapy at NCCS this week.
        Welfare Assistance Request | Applicant: RAVI CHANDRAN S/O MUNIANDY | NRIC: S7412093H | Age 52 | Retrenched from logistics job Mar 2026; wife on dialysis; 3 children in school | HDB rent arrears $1,860 | HP 9387 2214 | Referred by SVDP conference
        Ushers roster Sun 30 Nov, 7.30am: Jerome Fernandez 9012 7748, Agnes Ng 8123 6650, Kelvin Chua 9735 0862 (team lead). Pls swap among yourselves if you cannot make it.
        Dear Parish Office, I need a baptismal certificate for my church wedding next year. Name: Gabriel Tan Jun Hao, born 2 March 1994, baptised here on 14 August 1994. Please email it to gabriel.tjh94@gmail.com. Thanks!
        Home visit 14/11/2026: Mdm Siti Aminah binti Yusof, 71, lives alone at Blk 18 Jalan Tenteram #05-221, type 2 diabetic, missed the last 2 ration collections; daughter works in JB and seldom visits. Recommend monthly food voucher + Meals-on-Wheels referral.
        Hi, I paid twice for the couples retreat ($380 x 2). Please refund one payment to my POSB savings 188-42719-3, account name TAN MEI LING. Receipt nos RT-0412 and RT-0413.
        Tithe card authorisation: I, Kenneth Ong Boon Kiat, authorise Grace Chapel to charge $500 monthly to VISA 4539 7510 2846 3719, exp 09/29, from Jan 2027 until revoked.
        Season parking labels for volunteers: SLK 4821 X — Patrick Sim (lector, 9.30am); SMB 772 R — Evelyn de Souza (choir); SKP 1930 U — Henry Lau (collection counter).
        Hi Father, our helper Maricel Dela Cruz (FIN G5127846T) would like to join the Filipino choir, Sunday is her off day. Can she register even though she lives in Yishun and is not a parishioner? — Mrs Serene Tan
        Complaint re usher Alvin Loh Kok Wai: at the 11.30am Mass on 2 Nov he shouted at two elderly parishioners for sitting in the reserved row. Second incident this year; please ask the ministry coordinator to speak to him.
        Catechism P4 Class B: Ethan Koh Jun Wei absent 5 weeks. Mum (Mrs Cheryl Koh, 9661 2093) says the parents are separating; only she or the grandmother may pick him up, NOT the father.
        Muallaf registration: Jason Lee Wei Kang, 35, NRIC S9178235I, embraced Islam on 20 Oct 2026, new name Muhammad Jason Lee bin Abdullah; intends to marry Nur Hidayah binti Ismail in March 2027.
        Applicant: Kavitha a/p Subramaniam, IC 880412-08-5562, single mother of two, part-time at a laundry in Ipoh Garden, income RM 1,150 a month, asking for help with school fees at SJK(T) Kerajaan.
        For church members: the wake of the late Mr Peter Chia is at Blk 231 Bishan St 23 void deck until Thursday. His wife Mdm Lucy Chia Siew Eng (9148 6623) welcomes visitors after 7pm.
        Youth sign-up: Lim Shu Yi, Sec 3, Crescent Girls' School, telegram @shuyi_lsy, mum's number 8266 1945, allergic to peanuts.
        MARRIAGE REGISTER | Groom: CHAN KA HO, HKID K482710(4), accountant, of Tsuen Wan | Bride: JOANNE PHUA LI TING, NRIC S9026715I, teacher | Solemnised 12 Dec 2026, Church of St Teresa | Witnesses: Derek Chan, Amanda Phua
        Pastoral note (confidential): Bro Samuel Thiagarajan disclosed gambling debts of about $40k to moneylenders; his wife Grace does not know. Referred to counsellor, follow up in 2 weeks.
        Ration list Sat 6 Dec: 1) Mdm Rosnah binti Kassim, 2 bags 2) Mr Tan Ah Kow, 1 bag, wheelchair, deliver to unit 3) Mdm Valli d/o Perumal, 2 bags + baby milk powder
        Hospital visitation (Legion of Mary): CGH Ward 56 bed 12, Mr Francis D'Cruz, 77, pneumonia; SKH Ward 8A, Mdm Theresa Yap, hip fracture, prefers Hokkien.
        Membership transfer: please transfer Mr Benjamin Goh Teck Seng (S7945012Z) and Mrs Lydia Goh née Wong (S8167320I) from Wesley Methodist Church to our congregation with effect from 1 Jan 2027.
        Zakat harta received: S$1,240.50 (savings, haul ended 15 Oct 2026) from Nurul Ain binti Hassan, T0165402G, via PayNow. Jazakallah khair.
        From anand.krishnan77@yahoo.com: Hi, I'm Anand a/l Krishnan from the Tamil Mass. My son Arjun's First Communion certificate has his name spelt wrong, can the office reissue? HP 017-652 9083
        Golden Age Ministry birthdays: Mdm Agnes Shepherdson turns 90 on 8 Dec! A parishioner since 1958, she still bakes sugee cake for every parish feast.
        SVDP record: Lee Siew Hong (S1573904E), 74, lives with her son who has schizophrenia; Oct utilities $212.30 paid directly to SP Group; next review Jan 2027.
        Volunteer screening: Mr Lionel Tay Wee Liang, applying for children's ministry, declared a 2015 drink-driving conviction; panel agreed he may serve with the older youth only.
        Records request: Mdm Chong Mei Fong, Malaysian passport A38107265, needs a certified copy of her 1987 church marriage entry for a property matter in Seremban; she will collect it herself.
    """),
    "ms": _lines("""
        Resit Zakat Fitrah No. ZF-1447-01884 | Pembayar: MOHD FAIZAL BIN ABDUL RAHMAN | NRIC S8512347E | Bil. tanggungan: 5 orang | Jumlah: S$37.50 | Kaunter 3
        Permohonan Bantuan Asnaf: Noraini binti Sulaiman, KP 690905-03-5120, Lot 4412 Kampung Pasir Hor, 15100 Kota Bharu. Suami meninggal 2024, 4 anak masih bersekolah, pendapatan jual kuih RM 600 sebulan.
        Tempahan korban 1448H: Hj Roslan bin Ahmad, 3 bahagian lembu (atas nama arwah ibu bapa), bayaran RM 2,550 dari akaun Maybank 1641 2853 0972, tel 012-378 4410.
        Pendaftaran nikah: pengantin lelaki Muhammad Hafiz bin Zulkifli (KP 950312-10-5671), pengantin perempuan Nur Syafiqah binti Azman (KP 970825-14-6032); akad 14 Feb 2027 di Masjid Al-Hidayah, wali bapa kandung Azman bin Omar.
        Khairat kematian arwah Ismail bin Yaakob (meninggal 2 Dis 2026): waris Zainab binti Salleh (isteri), 019-224 7315. Sumbangan RM 1,000 dimasukkan ke akaun CIMB 7008456123 atas nama waris.
        Aduan AJK: Encik Shahrul Nizam bin Kamarudin didapati mengambil wang tabung Jumaat sebanyak RM 350 pada 21 Nov; beliau telah mengaku dan akan membayar balik secara ansuran.
        Siak bertugas Ramadan: malam 1–10 Sdr. Firdaus bin Rahim (016-410 2287); malam 11–20 Sdr. Hakimi bin Jusoh (011-2763 5508); malam 21–30 Pak Mat Lazim, rumah belakang masjid, No. 12 Lorong Haji Taib 3.
        Pelajar tahfiz Ahmad Danial bin Mohd Rizal (KP 130522-11-0559), 13 tahun, tidak hadir 3 minggu; bapa memaklumkan Danial dimasukkan ke Hospital Sultanah Nur Zahirah kerana denggi.
        Baucar Aidilfitri untuk keluarga Puan Halimah binti Said, Blok C-3-12 PPR Kerinchi, 59200 Kuala Lumpur: 4 dewasa, 3 kanak-kanak; suami sedang dalam program pemulihan AADK.
    """),
    "zh-Hans": _lines("""
        代祷：请为陈美玲姐妹祷告，她上周确诊乳腺癌第二期，将于12月9日在中央医院动手术；丈夫黄志明弟兄需要力量照顾两个孩子。
        洗礼登记表｜姓名：林志强｜身份证：S6829471A｜出生日期：1968年3月14日｜住址：宏茂桥3道 Blk 405 #11-1024｜受洗日期：2026年12月25日
        新会友登记：张丽华，中国籍，身份证号 440106199105173423，工作准证 FIN G8035217X，手机 8745 3309，微信 zhanglh_gz91，原在广州天河区的教会聚会。
        探访记录：黄秀英阿嬷，89岁，独居在大巴窑8巷 Blk 212 #03-45，耳朵不好，只会讲潮州话，上次去发现家里没有米，已转介社区关怀。
        奉献收据 No. 2026-1187：郑家豪弟兄奉献 $5,000（建堂基金），支票号码 104522，感谢您的摆上。
        婚前辅导名单第三对：吴俊杰 & 许雅婷，婚期2027年1月16日；男方曾离婚，需要牧师另外面谈。
        小组长请注意：陈志伟弟兄最近被裁员，家里两个孩子还小，他不好意思开口，请私下关心，不要在群里讨论。
        林建国弟兄（身份证 350102198809231511，中国手机 138 2741 5096）下周回福州，请办公室把他的会籍证明寄到他鼓楼区的家里。
    """),
    "zh-Hant": _lines("""
        會友資料更新：劉美玲姊妹，台灣身分證 E224519030，丈夫為本地人黃志強，家住詩巫 Jalan Kampung Nyabor 第二巷18號，手機 013-885 6021。
        請為吳振邦執事的兒子吳家樂代禱，他車禍後在砂拉越中央醫院加護病房，至今仍未清醒。
    """),
    "mixed": _lines("""
        eh anyone free to fetch uncle tan boon hock on sun? he stay blk 105 tampines st 11 #04-329, just discharge from CGH last week, walk v slow need wheelchair. his hp 9254 8831
        kak ros ur zakat fitrah receipt dah siap, nama semua betul: rosmawati binti jaafar + 3 anak. boleh ambil kat kaunter lepas asar
        pls pray for my dad 王建华 la, tmr heart bypass at NHCS 7am, 大家帮忙代祷 🙏
        fyi the uncle who keep sleeping at the back pew is mr lim kok leong from blk 12, he told me his son chased him out of the flat. i gave him $50 from welfare petty cash, pls record
        bro jeremy's wife just delivered!! baby girl 3.2kg at mount e novena. jeremy & priscilla tan want a thanksgiving mass intention this sun
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You help the parish office of St Barnabas Church keep its sacramental registers tidy.",
        ),
        (
            "user",
            "Format this as a register entry: Ryan Matthew Ho, born 11 Sep 2026 at KKH, BC T2611874Z, parents Ho Jun Ming and Stephanie Low Pei Shan, godfather Daniel Ho, baptism 29 Nov 2026.",
        ),
        (
            "assistant",
            "Name: RYAN MATTHEW HO | Born: 11 Sep 2026, KKH | BC No.: T2611874Z | Father: HO JUN MING | Mother: STEPHANIE LOW PEI SHAN | Godfather: DANIEL HO | Baptised: 29 Nov 2026",
        ),
        ("user", "Add mum's mobile 8745 1190 in the remarks, she wants the certificate couriered."),
    ],
    [
        (
            "user",
            "Macam mana nak kira zakat simpanan? Baki terendah dalam setahun RM 48,200 dalam ASB dan RM 12,500 dalam Tabung Haji.",
        ),
        (
            "assistant",
            "Jumlahkan baki terendah: RM 60,700. Jika melebihi nisab, zakat ialah 2.5%, iaitu RM 1,517.50.",
        ),
        (
            "user",
            "Ok tolong isi resit: Zulkarnain bin Osman, KP 830214-13-5387, bayar RM 1,517.50. Isteri dia Rohani binti Daud, KP 861119-13-5294, nak bayar juga untuk emas RM 240.",
        ),
    ],
    [
        ("system", "You are a writing assistant for a church welfare committee in Singapore."),
        (
            "user",
            "Draft a support letter to the town council for Mdm Parvathi d/o Raman, NRIC S0428619G, 84, of Blk 32 Marine Crescent #07-88. She owes $1,430 in S&CC arrears since her husband passed and survives on Silver Support only.",
        ),
        (
            "assistant",
            "Dear Sir/Madam, we write in support of Mdm Parvathi d/o Raman (S0428619G) of Blk 32 Marine Crescent #07-88, an 84-year-old widow who depends on the Silver Support Scheme. We kindly ask for an instalment plan for her arrears of $1,430...",
        ),
        ("user", "Good. Mention our committee will pay $500 of it directly."),
    ],
    [
        (
            "user",
            "split these into 2 teams for the Sat food packing pls: Benedict Lam 9817 2203, Huda Rahman 8862 4417, Winston Goh 9330 6182, Aishah Karim 8150 7794, Pradeep Menon 9482 6605, Cindy Ong 8711 3358",
        ),
        (
            "assistant",
            "Team A: Benedict Lam (9817 2203), Aishah Karim (8150 7794), Pradeep Menon (9482 6605). Team B: Huda Rahman (8862 4417), Winston Goh (9330 6182), Cindy Ong (8711 3358).",
        ),
        ("user", "swap pradeep and cindy, pradeep got bad back cannot carry rice"),
    ],
    [
        ("user", "How do I ask the parish to update the register after a church annulment?"),
        (
            "assistant",
            "Write to the parish where you were baptised, enclose a copy of the tribunal decree, and ask them to add a marginal note to your baptism entry.",
        ),
        (
            "user",
            "Can you write it for me? I'm Michelle Goh Shu Fen, baptised 1989 at Church of the Holy Family, marriage to Raymond Seah declared null by the tribunal on 3 Nov 2026. Reply to michellegoh.sf@hotmail.com",
        ),
    ],
    [
        ("user", "Apa dokumen perlu untuk daftar nikah dengan warganegara Indonesia di Johor?"),
        (
            "assistant",
            "Biasanya borang permohonan, salinan kad pengenalan, pasport pasangan, surat akuan bujang dari kedutaan, sijil kursus pra-perkahwinan dan kebenaran berkahwin dari pejabat agama daerah.",
        ),
        (
            "user",
            "Saya Mohd Azri bin Kamal, KP 900617-01-6231. Bakal isteri Siti Rahayu, pasport Indonesia C4419827, kerja kilang di Pasir Gudang. Tolong semak apa lagi kurang.",
        ),
    ],
    [
        ("system", "You help the church treasurer reconcile donations."),
        (
            "user",
            "Match these PayNow credits: 'tithe nov kelvin chua' $800 from DBS 072-3-118945; 'building fund - Ng family' $2,000; 'mass intention for late mum' $10 from Evangeline Lopez.",
        ),
        (
            "assistant",
            "Kelvin Chua: tithe $800 (DBS 072-3-118945). Ng family: building fund $2,000. Evangeline Lopez: Mass intention offering $10.",
        ),
        (
            "user",
            "Also Kelvin asked for a tax receipt, his NRIC is S8790453I, add it to the record.",
        ),
    ],
    [
        (
            "user",
            "帮我写一封慰问信给李秀珍姐妹，她先生上个星期中风过世了，她住在义顺71街 Blk 731 #09-512，一个人照顾患自闭症的儿子。",
        ),
        (
            "assistant",
            "亲爱的秀珍姐妹：得知您先生离世，我们全教会都与您同哀。在这段日子，请让我们陪伴您和孩子……",
        ),
        ("user", "再加一句，教会会帮她付下个月的水电费 $180，小组长郑姐会上门。"),
    ],
    [
        (
            "user",
            "Tolong buat notis sumbangan: rumah keluarga Encik Azlan bin Hamid di Kampung Baru terbakar malam tadi, 5 beranak selamat tapi semua barang musnah.",
        ),
        (
            "assistant",
            "NOTIS SUMBANGAN: Rumah keluarga Encik Azlan bin Hamid di Kampung Baru musnah dalam kebakaran. Seisi keluarga selamat. Sumbangan ikhlas boleh disalurkan melalui pejabat masjid.",
        ),
        (
            "user",
            "Letak terus akaun dia, Maybank 5622 0914 7736, dan no tel isteri dia Puan Sarimah 013-247 9916.",
        ),
    ],
    [
        ("system", "You advise volunteer catechists on child safeguarding."),
        (
            "user",
            "One of my P5 kids, Nathaniel Lee, keeps coming with bruises on his arms and says he fell. His mum Jennifer Lee always drops him late and seems very tense. What should I do?",
        ),
        (
            "assistant",
            "Don't investigate or confront the parent. Write down what you saw and what he said in his own words, with dates, and report to the parish safeguarding officer today.",
        ),
        (
            "user",
            "ok. for the report: he lives at Blk 448 Clementi Ave 3, mum's number 9026 4471, and last sunday he had a cut near the eye.",
        ),
    ],
]
