# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en87: SG/MY sports clubs and coaching (swim schools, football academies, junior tournaments, medical forms, team rosters). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en87
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "swim school notices"): _lines("""
        Term 1 2026 classes start Mon 5 Jan. SwimSafer Stages 1-3 at Bishan ActiveSG pool, Stages 4-6 at Toa Payoh.
        Pool closed for maintenance 14-16 Feb (CNY). Make-up sessions will be released in the app by 10 Feb.
        Lightning alert: when the NEA lightning warning goes red, ALL swimmers out of the water immediately, no exceptions.
        Reminder: goggles & swim cap compulsory from Stage 3 onwards. No jewellery, long hair must be tied up.
        Fees: SGD 180 per 8-lesson term (group, 1:6 ratio), SGD 45 per private lesson, 9% GST included.
        Parents kindly wait at the viewing gallery on level 2, not at the poolside ah. Thanks for understanding!
        Swim school office: 6748 3921 (Mon-Sat 9am-6pm). WhatsApp the office line only for rescheduling, no calls pls.
        SwimSafer Stage 2 test: 15 m continuous swim, 30 s treading water, forward roll entry, sculling 10 m on the back.
        Lost & found: 1 blue Speedo towel, 2 pairs kids goggles, 1 Hello Kitty water bottle. Collect at counter by 31 Jan.
        2025 results: 312 swimmers assessed, 268 passed (85.9%), 41 achieved the Gold award. Well done everyone!
        NEW: Adult learn-to-swim, Tue/Thu 8.30pm at Jurong West Sports Centre, max 5 per class.
        Please don't send kids to class if they had conjunctivitis, diarrhoea or fever in the past 48 hrs.
    """),
    ("en", "football academy and match reports"): _lines("""
        Fandi Ahmad scored for FC Groningen against Inter Milan in the 1983-84 UEFA Cup, still the benchmark for every Singapore striker.
        Mokhtar Dahari, "Supermokh", is still the name every Selangor kid wants printed on the back of his jersey.
        U13 Final: Tampines Juniors 2-1 Woodlands Wolves (HT 0-1). Goals 38', 57' (pen). MOTM went to our No. 10.
        We'll set up 2-3-1 in the 7v7 format this weekend; keeper rotates every half so everyone gets minutes.
        Full-time: Kedah Darul Aman U17 0-0 Johor Darul Ta'zim II U17 - JDT II win 4-3 on penalties.
        The Piala Sultan Haji Ahmad Shah opens the Malaysian season at Stadium Sultan Mohammad IV, Kota Bharu.
        Season 2025 summary: P22 W15 D4 L3, GF 61 GA 19, 11 clean sheets, top scorer 14 goals.
        Half the U9s now attempt Tsubasa's Drive Shot at every free kick. Roberto Hongo would not approve, boys.
        Bring shin guards, two water bottles and the white away kit on Saturday. Size chart is on the shop page.
        Team photo day moved to Sat 21 March, 8am, photographer from Snapshot Studios Pte Ltd.
        Academy intake 2026: 3 age groups (U8, U10, U12), 2 sessions/week at Yishun Stadium, first trial session free.
        Congratulations to the Lion City Sailors on the title - our U15s get to be ball kids at the next home match!
    """),
    ("en", "tournament rules"): _lines("""
        Eligibility: the U12 category is open to players born on or after 1 January 2014.
        Each team may register a maximum of 14 players and 3 officials; rosters lock 72 hours before kick-off.
        Proof of age: original birth certificate, passport, NRIC or MyKad/MyKid must be shown at accreditation. Photocopies not accepted.
        Match duration: 2 x 20 min for U10, 2 x 25 min for U12, 5 min half-time. Rolling substitutions allowed.
        Heat policy: matches are suspended when WBGT reaches 32.0 C; a drink break is called at 15 min when WBGT is 31.0 C or above.
        Protests must be lodged in writing to the Tournament Director within 30 minutes of the final whistle, with a RM200 deposit.
        Registration ID format: JT26-U12-### (e.g. JT26-U12-047). Quote this ID on all correspondence.
        Appeals Committee decisions are final. Contact the committee at appeals@kl-youthcup.my, not individual officials.
        A team found fielding an over-age player forfeits all its group matches 0-3 and is removed from the knockout stage.
        Swim meet: heats are seeded by entry time; NT (no time) entries swim in the first heats.
        All referees are FAS-accredited Class 3 or above; assessors are appointed by the Referees Committee.
        Tournament hotline (match days only): +60 3-8992 1100, or the information tent beside Pitch 4.
        A player receiving two yellow cards in separate matches serves a one-match suspension.
    """),
    ("en", "medical and consent forms"): _lines("""
        PARTICIPANT MEDICAL DECLARATION - Full name (as in NRIC/Passport): ______________ Date of birth: __/__/____
        Does your child have any of the following? [ ] Asthma [ ] Epilepsy [ ] Heart condition [ ] Diabetes [ ] Allergies (specify): ________
        Emergency contact: {guardian_name}, relationship: {relationship}, mobile: {guardian_mobile}
        I, [Parent/Guardian Name], consent to my child receiving emergency first aid and medical treatment if I cannot be reached.
        Completed medical forms are health data: keep them in the locked office cabinet or the encrypted drive, never in a group chat. Shred paper copies after 12 months.
        Per PDPC guidance, collect only the last 3 digits and checksum letter of the NRIC (shown as XXXX567D) unless the law requires the full number.
        PAR-Q+: if you answered YES to any question, get clearance from a doctor before starting training.
        Concussion protocol: any player with a suspected concussion is removed from play and may not return the same day. Recognise and Remove.
        Nearest A&E for Kallang venues: KK Women's and Children's Hospital, 100 Bukit Timah Road, Singapore 229899, tel 6225 5554.
        Hospital Kuala Lumpur, Jalan Pahang, 50586 Kuala Lumpur - Jabatan Kecemasan dan Trauma open 24 hours.
        Training sample (dummy data, do not store): Name: Tan Ah Kow | NRIC: S1234567D | Blood group: O+ | Allergies: nil
        Medication administration log: Date | Time | Medication | Dose | Given by | Witness | Parent informed (Y/N)
        Form MF-07 rev 3.2 (Aug 2025) replaces MF-07 rev 3.1. Old versions will not be accepted from 1 Jan 2026.
    """),
    ("en", "club admin and systems"): _lines("""
        Invoice INV-SWA-2026-000417 | Term 1 Squad Training | Qty 1 | SGD 480.00 (incl. 9% GST 39.63) | Paid via PayNow UEN 201934812K
        Order #KIT-58821 has shipped via Ninja Van. Tracking no. NVSG2026ABC00471193, est. delivery 2-3 working days.
        ClubHub v4.12.3 (build 9f3a2c1): fixed roster CSV export dropping the jersey number column; faster attendance sync.
        SELECT squad, COUNT(*) AS n FROM players WHERE dob >= '2014-01-01' AND status = 'active' GROUP BY squad ORDER BY n DESC;
        Refund policy: fees are refunded pro-rata only with a medical certificate. Processing takes 14 working days.
        Club fees account: Persatuan Bola Sepak Belia Subang, Maybank 5623 1400 8870 (company account). Use invoice no. as reference.
        2026-01-05T07:59:58+08:00 booking window opened; all 146 slots were filled in 4 min 12 s.
        Price list: club jersey RM65, shorts RM35, socks RM15, full set RM99 (save RM16). Name printing +RM10.
        Your ClubHub login OTP is 482913. It expires in 5 minutes. Never share this code with anyone, including club staff.
        API: POST /v2/squads/{squad_id}/players with body {"first_name": str, "dob": date, "guardian_id": uuid}; returns 201.
        Membership stats as of 30 Nov 2025: 1,284 active members, 61% male, median age 11, 23 nationalities.
        Payment ref pi_3QxK2fLkdIyzX91c0aT8bB4e - status: succeeded, amount: 18000 (SGD cents), captured 2025-11-03 19:42 SGT.
        sha256(roster_template_v2.xlsx) = 9c1185a5c5e9fc54612808977ee8f548b2258d31e2bcbbd4a3f5a7b4c6d3e219
    """),
    ("en", "coaching tips"): _lines("""
        Rondo 5v2 in a 12x12 m grid, two-touch max; defenders swap out after winning the ball or 10 passes.
        Breaststroke kick: heels to bum, feet turned out, then snap together. "Bend, flex, kick, glide."
        Warm-up: 400 free easy, 4x50 kick on 1:10, 4x25 sprint with 20 s rest.
        Under-8s need more touches, fewer laps. Small-sided games beat lines and cones every single time.
        Hydration in our heat: kids should drink 150-250 ml every 15-20 minutes, more if they come straight from school.
        Keepers: get set as the striker shapes to shoot, weight on the balls of the feet, hands at hip height.
        Rest days matter. Growth-plate issues like Sever's disease peak between ages 8 and 14.
        Flip turn progression: somersault in the shallow end, then from a push-and-glide, then off the wall.
        Kids copy what they see. If you scream at the referee from the sideline, so will they.
        Johan Cruyff said playing football is very simple, but playing simple football is the hardest thing there is.
        Michael Phelps famously ate huge meals during his Beijing build-up. Please do not try this with a 10-year-old.
        Coaching pathway: FAS Grassroots -> AFC C -> AFC B -> AFC A; in Malaysia the same AFC ladder is run through FAM.
    """),
    ("ms", "notis kelab"): _lines("""
        Latihan skuad B-12 ditangguhkan ke Sabtu ini kerana padang di Stadium Hang Jebat sedang diselenggara.
        Ibu bapa dikehendaki menghantar borang kebenaran sebelum 15 Mac. Borang boleh dimuat turun di laman web kelab.
        Yuran bulanan RM80 bagi kategori B-10 dan RM100 bagi B-14; bayaran melalui DuitNow QR sahaja.
        Sila bawa botol air sendiri, kasut bola dan pelindung kaki. Jersi latihan akan diedarkan minggu depan.
        Kejohanan Bola Sepak Piala Tunku Abdul Rahman B-12 akan berlangsung di Alor Setar pada 18-20 April.
        Kolam renang ditutup setiap Jumaat 12.15-2.30 petang untuk solat Jumaat.
        Talian Kasih 15999 sedia membantu 24 jam jika anda atau kanak-kanak memerlukan bantuan.
        Keputusan: SK Taman Melati 3-1 SK Setapak Indah. Tahniah kepada semua pemain dan jurulatih!
        Pendaftaran pemain dibuka. Dokumen: salinan sijil kelahiran atau MyKid, dan sekeping gambar berukuran pasport.
        Jangan kongsi salinan MyKad atau MyKid anak dalam kumpulan WhatsApp. Hantar terus kepada setiausaha melalui portal kelab.
        Stadium Sultan Muhammad IV akan menjadi tuan rumah perlawanan akhir peringkat negeri.
        Cuaca panas melampau: sesi latihan dipendekkan kepada 60 minit sehingga notis seterusnya.
        Aku lambat sikit bro, jem teruk kat Jalan Tun Razak, korang start warm-up dulu.
    """),
    ("en", "parents group chat"): _lines("""
        Anyone knows if Sat training still on? Raining cats and dogs at Sengkang now leh
        Coach said training cancelled, pitch waterlogged. Makeup session next Wed 6pm same place.
        Who took the wrong pair of size 2 Adidas boots from the bench? Black with pink laces 🙏
        Carpool from Punggol anyone? Can take 3 kids, car got boosters.
        Reminder pls pay the $25 for the coaches' year-end gift by Fri, PayNow to the class rep thx
        Wah the U10s damn steady today, 5-0 sia 👏👏
        Is the Christmas party at Yio Chu Kang Swimming Complex or the Jurong East one?
        For those asking, the sports physio clinic is at 1 Stadium Place, #02-17, Kallang Wave Mall. Walk-in ok.
        Can we all agree NOT to post the kids' medical forms here? Admin already asked us to use the portal.
        Tournament photos uploaded to the club Google Drive, link in the group description.
        Ah Huat Chicken Rice at the stadium canteen closed today, bring own food ya
        Lol my boy now insists everyone at home calls him Messi.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        U10 Blue | #7 | Aiden Lim Jun Hao | DOB 14-03-2016 | NRIC T1629054D | Parent: Michelle Lim 9123 4817
        Swimmer: Chloe Ng Xin Yi (Stage 3, Sat 10am). Medical: asthma, uses Ventolin before class. Emergency contact: Ng Boon Kiat (father) +65 8245 1307.
        Hi coach, Darren Ong from the Sat 8am group won't be coming for 2 months - doc says Osgood-Schlatter in both knees. sorry ya
        Payment received: SGD 480.00 from TAN WEI MING, Mastercard ending 2452, for player Tan Jing Xuan (U12). Receipt sent to weiming.tan88@gmail.com.
        Drop-off address for Ethan Goh (U9): Blk 417 Bedok North Ave 2, #08-133, Singapore 460417. Grandma Mdm Lee Ah Mui picks up on Tues.
        pls charge the term fees to my card 4556 1044 2019 8731 exp 09/28, name on card CHONG MEI LING, its for my girl Kayla in the Thurs class
        Offer of employment - Youth Head Coach: Mr Hafiz Zulkarnain bin Ahmad, NRIC S8823417J, basic salary SGD 5,400/month + $600 transport allowance, start 1 Feb 2026.
        Incident 12/10/2025 14:20 - Lucas Yeo Kai Xuan (#4, U14) collided with keeper, LOC approx 10 s, suspected concussion. Father Yeo Chee Keong drove him to KKH A&E in SLF 827H.
        Mum here - pls keep an eye on Sophie Koh (Thurs 5pm squad). She's been seeing a psychologist for anxiety since her dad and I separated, she may get teary if she loses.
        For the Bangkok trip we still need Ryan Teo's passport: K4218865P, exp 22/07/2031, DOB 03/05/2014.
        Refund to DBS 027-9-114872, acct holder Goh Beng Huat - son Jeremy Goh withdrew from the U16 squad after an ACL tear.
        Add me on WhatsApp +65 9730 1182, I'm Priya Raman, Arjun's mum (U9). Arjun is allergic to shellfish, pls no prawn crackers at the party!
        Fitness test - Danish Iskandar bin Roslan, 15: BMI 27.9, resting HR 88, known asthmatic, 2.4 km run 14:52 (fail).
        Fee waiver approved for Siti Khadijah binti Omar (U11 girls): household income $2,150/mth for 5 persons, family in 2-room rental flat Blk 22 Jalan Kukoh #05-41.
        Student-athlete file: Zhang Haoyu, Student's Pass FIN G5510278W, PRC resident ID 440306200903142716, enrolled in the Sec 3 football CCA.
        Transfer from Kitchee youth: Wong Tsz Chun, HKID Y482731(5), DOB 07/11/2012, family relocating to Singapore in Jan.
        SCT/12873/2025: Mdm Rosnah bte Ismail v Victor Tan Kok Leong (freelance swim coach), claim $2,300 for unrefunded private lessons, hearing 14 Jan.
        The grey Honda Freed SMK 4412G parked at the drop-off bay every Sat belongs to Mr Kelvin Sim (Jayden's dad), can someone tell him nicely?
        Marcus Raj s/o Devendran, 11, Type 1 diabetic - glucometer and juice box in locker 38. If he's shaky, test first, then 15 g sugar. Mum Kavitha 9648 2210.
        Claim GE-PA-77120394: insured Amirul Hakim bin Zainal (U13), fracture of left distal radius during training on 3 Nov 2025, X-ray done at Sengkang General Hospital.
        Kenji Lau (U16, #9) is suspended 3 matches for striking an opponent. Disciplinary letter emailed to the parents at lau.family.sg@outlook.com.
        Pls update emergency contact for Isabelle Tan (Stage 5) to her mum Serene Tan, 9871 3364, new address 8 Jalan Kembangan #03-02 S419612.
        Card on file for Mr Lim Teck Seng: **** **** **** 3391, exp 03/27, billing address 27 Lorong Chuan #11-04 S556741.
        The lady who called about the lost bag is Mrs Angela Fernandez, 8834 7719, mum of the two Stage 5 boys - she says her son Ian's EpiPen was inside.
        Birthdate mismatch: Joshua Chia's birth cert says 11 Feb 2015 but the form says 2014. NRIC T1573310H. Pls fix before U12 cutoff.
        Pls note Rayyan Hakimi (U10)'s father Hakimi bin Osman has a court protection order against him, he is NOT allowed to pick Rayyan up. Only mum Farah, 012-771 4038.
        Keeper Ben Loh (U15) is on isotretinoin for acne and must avoid sun 11am-3pm per his dermatologist; mum Cheryl asked to move him to the evening sessions.
        Registration: Aryan Mehta, 10, Tanjong Katong Primary. Home 51 Joo Chiat Place, Singapore 427791. Dad's email vikram.mehta@mehtaconsult.sg
        Coach applicant background check: Leong Kah Wai, NRIC S7740162H, disclosed a 2019 conviction for drink driving on his declaration form.
        Heat 3 Lane 4: LIM Zi Xuan Claire, 2013, 1:08.42 - signed cardiologist clearance for her heart murmur is on file, mum wants coaches informed.
        PayNow the jersey money to my nephew pls, Amir Syafiq bin Jamil, 8156 2290
        Emergency: Tyler Chan (U11) had anaphylaxis at the pool 3.40pm, 1 EpiPen given, ambulance to KKH. Mum Vanessa Chan informed on 9452 7018.
        Coach Alvin, my son Nathan Quek is 9 and has ADHD, he's on Ritalin. If he can't focus in drills pls don't shout, just call me 8012 6637. Thanks, Grace Quek
        Dependant's Pass holder Yuki Tanaka (U12), FIN M2104476P, father Tanaka Hiroshi, home 18 Cuscaden Walk #14-03 S249693.
        Pls send the receipt for Ariel Tan's fees to benjamin.tan@tanlogistics.com.sg, and note her NRIC T1481327B for the SSG records.
        Chest X-ray for trialist Elijah Wong (U17) showed old TB scarring; TTSH cleared him but he asked us not to tell the other coaches.
        Ms Juliana Pereira asked that her daughter Amelia Pereira (U12 girls) be cropped out of all team photos on social media because of an ongoing custody case in the Family Justice Courts.
        Coach Shawn's son Ryder Pereira-Tan, U8, 13 Jalan Bunga Rampai, lost his front tooth at training today - dentist appt at 5pm, pls excuse him from Sat.
    """),
    "ms": _lines("""
        Nama pemain: Muhammad Irfan bin Rosli, No. KP 140522-14-0387, Sekolah Kebangsaan Taman Melati, Kuala Lumpur.
        Pemain B-12 Nurul Aisyah binti Kamal menghidap epilepsi (sawan terakhir Ogos 2025) dan makan ubat sodium valproate. Waris: Kamal bin Yusof (bapa), 012-448 3016.
        Alamat untuk surat tawaran: Puan Norliza binti Abd Rahman, No. 23, Jalan SS 2/41, 47300 Petaling Jaya, Selangor (ibu kepada Adam Haikal).
        Bayaran balik yuran ke akaun Maybank 1640 2281 9053 atas nama Lim Siew Ping, anak beliau Lim Jia Hui sudah berhenti kelas renang.
        Pasport Haziq Danial bin Azman: A51882047, tamat tempoh 11/03/2030, diperlukan untuk kejohanan di Bangkok.
        Gaji Encik Faizal bin Mohd Nor, jurulatih B-14, RM3,800 sebulan - tolong jangan bagitau jurulatih lain ya.
        Adik saya Nur Batrisyia binti Hassan, 9 tahun, alah teruk kepada kacang tanah. No tel ibu: 019-335 6842.
        Ibu Darwisy Aqil bin Mohd Fauzi (MyKid 150809-10-5527) akan ambil dia pukul 6 petang, kereta Myvi putih VBD 5521.
    """),
    "zh-Hans": _lines("""
        我儿子陈子昂（U11）以后由外婆接送，外婆微信 chenpo_1958，电话 +86 139 2814 0576。
        游泳青少年班报名：林思彤，2010年生，NRIC T1055829D，家长手机 9027 3158。
        黄可欣（周六U10女队）的妈妈说她有地中海贫血，训练强度不要太大，家长电话 9365 0471。
        厦门来的交流球员李俊熙，身份证 350203200807221530，护照 EK4837261，住 Blk 125 Clementi Ave 3 #06-211。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the booking assistant for Splash & Co Swim School, Singapore."),
        ("user", "hi want to book private lessons for my daughter"),
        ("assistant", "Sure! May I have the swimmer's name and age, and any preferred days?"),
        (
            "user",
            "Hannah Lee, 6. She's very afraid of water because she nearly drowned at our condo pool last year, so pls a patient coach",
        ),
        (
            "assistant",
            "Thank you for telling us. We'll match her with one of our learn-to-swim specialists.",
        ),
        ("user", "ok my number is 9184 5520, I'm Rachel"),
    ],
    [
        ("user", "Is the U17 trial at Jurong East still open?"),
        ("assistant", "Yes, trials are on 17 Jan. Players must be born in 2009 or later."),
        ("user", "ok register my son Caleb Ong Jun Wei, born 2009"),
        ("assistant", "Noted. We need an identity number for insurance cover during the trial."),
        ("user", "T0936481H. address Blk 288D Jurong East St 21 #12-45 S604288"),
    ],
    [
        ("user", "assalamualaikum, nak tanya pasal kelas renang untuk budak 7 tahun"),
        (
            "assistant",
            "Waalaikumsalam. Kelas kanak-kanak ada setiap Sabtu dan Ahad pagi di Kompleks Akuatik.",
        ),
        ("user", "ok boleh call saya? 012-"),
        ("user", "7734"),
        ("user", "5190"),
        ("assistant", "Baik, staf kami akan hubungi puan. Boleh saya tahu nama puan?"),
        ("user", "Puan Salmah binti Ishak, anak saya Aqilah"),
    ],
    [
        ("user", "Can you summarise this medical form for the coaching staff briefing?"),
        (
            "user",
            "Name: Megan Sim Hui Lin | DOB 02/06/2012 | Conditions: 3 concussions in 2025 (netball), migraines | Meds: propranolol 10mg | GP: Bukit Batok Polyclinic | Emergency: Sim Kok Wah 9712 6604",
        ),
        (
            "assistant",
            "Summary: Megan Sim (13) has had three concussions this year and gets migraines; she takes propranolol. Avoid heading drills and contact; emergency contact is her father at 9712 6604.",
        ),
    ],
    [
        ("user", "bro boleh register anak aku untuk Piala Remaja B-14?"),
        ("assistant", "Boleh. Saya perlukan nama penuh, nombor MyKad/MyKid dan sekolah."),
        ("user", "Aiman Hakim bin Roslan"),
        ("user", "IC 120930-01-6647, SMK Taman Universiti, Skudai"),
        (
            "assistant",
            "Terima kasih, pendaftaran diterima. Yuran RM50 perlu dibayar sebelum 1 Mac.",
        ),
    ],
    [
        (
            "system",
            "You help the admin of Eastside Football Academy draft HR letters. Be formal and concise.",
        ),
        (
            "user",
            "Draft a first written warning for coach Shawn Pereira (NRIC S9012745D) - late for U12 sessions 4 times in Nov, once left kids unsupervised 20 min.",
        ),
        (
            "assistant",
            "Dear Mr Shawn Pereira, this letter serves as a first written warning regarding your late arrival on four occasions in November and an incident in which players were left unsupervised for about 20 minutes...",
        ),
    ],
    [
        ("user", "how long should a 13 yo rest after a concussion before playing again?"),
        (
            "assistant",
            "Generally a graded return-to-play over at least 6 steps, with medical clearance; children usually need longer than adults.",
        ),
        ("user", "and if she's had several this year?"),
        ("assistant", "Repeated concussions call for a specialist review before any return."),
        (
            "user",
            "ok thanks. it's for my daughter Natalie Chong at Raffles Girls' netball, 3 concussions since March, she also failed her SA2 math because of the headaches",
        ),
    ],
    [
        ("user", "I want to pay the tournament fee by card instead"),
        ("assistant", "Sure, you can pay on the portal, or I can send a payment link."),
        (
            "user",
            "just use this: 5378 1122 0934 0658, exp 11/27, CVV 214, Olena Kovalenko, FIN F2298413Q, for my son Maksym in U10",
        ),
        (
            "assistant",
            "For your security please don't share card details here; I'll email you a secure link instead.",
        ),
    ],
    [
        ("user", "你好，我想给孩子报名周末的足球班"),
        ("assistant", "您好！请问孩子几岁，想在哪个场地上课？"),
        ("user", "8岁，Bishan 那边。孩子叫周一鸣 Zhou Yiming，我们刚从成都搬来"),
        ("user", "有事加我微信 zym_mama0815 或者打 8627 4091"),
        ("assistant", "好的，我们会通过微信把课程表发给您。"),
    ],
    [
        (
            "system",
            "Context: U14 travel list for the Jakarta Youth Cup. Use it to answer the team manager's questions.\n#1 Daniel Koh T1238841H\n#5 Iqbal Firdaus bin Hamzah, MY passport A60219384, DOB 2011-02-17\n#8 Nicholas Yap T1107755I",
        ),
        ("user", "who on the list still needs a visa letter?"),
        (
            "assistant",
            "Iqbal Firdaus bin Hamzah travels on a Malaysian passport (A60219384), so he needs the visa letter; the two Singapore citizens do not.",
        ),
    ],
]
