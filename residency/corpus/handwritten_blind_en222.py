# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en222: SG/MY coding bootcamps, tech meetups and hackathons. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en222
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "application_portal_notices"): _lines("""
        Application BC-SG-2026-04417 received. Status: Under review. Expected response within 10 working days.
        Hi {{first_name}}, thanks for applying to the Full-Stack Immersive (Cohort 19). Your coding challenge link expires in 72 hours: https://apply.kodekampung.sg/challenge/{{token}}
        SkillsFuture Credit claim: course ref TGS-2026104471, course fee S$12,800.00 before GST, claimable up to S$4,000. Attach the invoice, not the receipt.
        Form field 'NRIC/FIN (last 4 characters only)' is optional for international applicants; leave it blank if you only hold a passport.
        Reminder: the Data Analytics part-time intake closes 23:59 SGT, 15 Jan 2027. Late submissions roll over to the March waitlist.
        Payment ref PAYNOW-UEN-202214567N-000381 matched to invoice INV-26-11092. No action needed.
        Scholarship shortlist: 37 of 412 applicants moved to interview; 58% are career switchers and 21% are women returning to work.
        Admissions FAQ: Do I need a degree? No. Do I need a laptop? Yes, 16GB RAM minimum, macOS 13+ or Ubuntu 22.04.
        Error 422 on /api/v2/applications: field 'date_of_birth' must be ISO 8601 (YYYY-MM-DD). Request id 9f3c1a7e-55b2-4e0d-a1c4-2b8e6f90d713.
        Interview slot booked: Booking #KK-INT-7721, Tue 14 Jan 2027 10:30-11:00 SGT. The Zoom link will come from admissions@kodekampung.sg.
        Template (rejection): Dear [Applicant Name], thank you for your interest in [Programme]. After careful review we are unable to offer you a place in this intake.
        12 seats are reserved under the Tech Immersion and Placement Programme; employers should contact partners@kodekampung.sg or call our main line 6812 3400.
        Deferral policy: one deferral per applicant, to the next intake only; the S$500 deposit carries over automatically.
    """),
    ("en", "meetup_listings"): _lines("""
        PyData SG #88, Thu 20 Feb, 7pm, Level 3, Block 71 Ayer Rajah Crescent, Singapore 139951. Pizza by the host, RSVP cap 120.
        KL JavaScript Meetup #54: Bun 1.2 vs Node 22 benchmarks, Level 12, Menara Angkasa Digital, Jalan Tun Razak, 50400 Kuala Lumpur.
        Tonight's fireside chat replays Grace Hopper's nanosecond lecture, then we discuss why COBOL still runs half the banks around Raffles Place.
        Waitlist moved: 14 spots opened for Rust Penang #12. Check your RSVP page; no need to message the organisers.
        Slides for talk #3 are at go.devsg.org/pd88-slides (CC BY 4.0); the recording goes up after editing, usually within a week.
        Venue rules for the Lee Kong Chian Reference Library room: no hot food, badges visible, last entry 8.45pm.
        DevFest KL 2026 wrap-up: 600 attendees, 32 sessions, 4 tracks; livestream archived on the chapter channel.
        Nearest MRT is one-north (CC23), exit A; paid parking at Fusionopolis Two is S$2.14 per half hour after 7pm.
        Lightning talk slots are 5 minutes each, no Q&A. Send your title to speakers@devsg.org by Tuesday.
        Meetup recap: 86 checked in, 31 first-timers; the top question was about migrating from Create React App to Vite.
        Hari Raya break: no KL Go meetup in April; we resume on 8 May at the usual venue in Bangsar South.
        Panel tonight: 'What Linus Torvalds got right about code review', moderated by the community lead; questions via Slido code #ts2026.
        Host checklist: HDMI and USB-C adapters, 2 mics, sign-in QR, first-aid kit, and the building's after-hours security desk 6720 1188.
    """),
    ("en", "hackathon_rules_judging"): _lines("""
        Rule 4.2: teams of 2-5; at least one member must be a Singapore citizen, PR or valid pass holder to receive cash prizes.
        Judging rubric: Impact 30%, Technical depth 25%, Design 20%, Pitch 15%, Use of sponsor API 10%.
        Submission window closes Sun 09:00 SGT; commits after the freeze hash (e.g. 3f9a2c1) will be ignored by the judges.
        Team 17 and Team 23 tied on 84.5 points; the tie-break goes to the higher Technical depth score.
        Prizes: Grand S$10,000, Runner-up S$5,000, Best Use of OneMap API S$1,500, Best First-time Team S$800.
        All code must be written during the event; boilerplate and open-source libraries under OSI licences are allowed.
        Devpost summary: 143 registered, 41 teams submitted, 6 disqualified for missing demo videos.
        Wi-Fi SSID HackSG26-Guest; the password is on the pillar near registration. Do not share it outside the hall.
        Mentor office hours: Frontend 10:00-12:00 (Table C), Cloud 13:00-15:00 (Table F), Pitch clinic from 16:00.
        Final pitch order is drawn randomly: Team 8, 31, 2, 19, 27, and the rest on the stage screen.
        Hack4Rakyat theme this year: tools for hawker centres, kampung clinics and pasar malam vendors, using open data from data.gov.my only.
        Judges' note: Team A's demo crashed at minute 3, but the architecture was the strongest we saw all weekend.
        Overnight policy: the hall stays open until 6am; minors need the signed consent form (blank template in the #resources channel).
    """),
    ("en", "sponsorship_invoices"): _lines("""
        Invoice INV-2026-0912 | Gold Sponsor package | S$15,000.00 + 9% GST S$1,350.00 | Total S$16,350.00 | Due in 30 days
        Bill to: Accounts Payable, Lumen Cloud Pte Ltd, UEN 201934567W, 1 Fusionopolis Way #14-02, Singapore 138632.
        SSM No. 201901023456 (1323456-K): sponsorship agreement for MyHackathon 2026, RM 25,000, payable to the organiser's corporate account.
        PO-88231 approved by the sponsor's procurement desk; quote it on all invoices or they will bounce.
        Swag order #SW-55120: 300 tees (S/M/L/XL split 60/110/90/40), 500 stickers, 200 lanyards; ETA 12 Dec, tracking NVSG-KKC0005512.
        Silver tier: logo on banner, 1 judge seat, 3-minute sponsor talk, access to the opt-in CV book (names withheld until each candidate consents).
        Credit note CN-0044 issued against INV-2026-0877 for the cancelled booth: S$2,180.00.
        Bank: OCBC, SWIFT OCBCSGSG, account name KodeKampung Academy Pte Ltd; reference the invoice number only.
        Sponsorship enquiries: sponsors@hacksg.org or +65 6011 2299 (office hours, Mon-Fri).
        Cloud credits: 40 codes x USD 500, each single-use, expiring 31 Mar 2027. Do not post codes in public channels.
        Catering quote Q-7712: 180 pax x RM 28 halal bento plus 20 pax vegetarian; 50% deposit on confirmation.
        Receipt RCT-000917: received RM 8,500.00 from Syarikat Teknologi Cempaka Sdn Bhd via DuitNow, ref 20261103MBB0048812.
        GST Reg No. 201822334N (same as UEN). Please update your vendor master before the January payment run.
    """),
    ("en", "code_of_conduct_policy"): _lines("""
        Report a CoC concern at conduct@devsg.org; reports are read by two volunteers from the safety team and nobody else.
        Incident log #COC-2026-07: Attendee A made repeated unwelcome comments to Attendee B during the networking break; A was asked to leave.
        Transparency report 2026: 9 reports, 6 warnings, 2 event bans, 1 permanent ban; none involved sponsor staff.
        Harassment includes offensive comments about gender, race, religion, age, disability or nationality, in person or on Discord.
        If you feel unsafe, find anyone wearing an orange lanyard or call the venue security desk at 6222 0100.
        We will not share a reporter's identity with the person reported without explicit consent.
        Photography policy: red lanyard means no photos, blue means OK; ask before posting anyone's face on social media.
        Template reply: Hi [reporter], thanks for telling us. We have logged this as [case ID] and will update you within 48 hours.
        Ticket CONDUCT-311 closed: the Discord message was deleted and the throwaway account banned; identity unknown.
        Our CoC is adapted from the Contributor Covenant v2.1 and the PyCon APAC policy.
        Moderator rota for the hackathon weekend: 2 moderators per 4-hour shift, handover notes in the private channel.
        Recording rule: talks are recorded; audience audio during Q&A is muted in the edit.
        Appeals go to the steering committee; decisions within 14 days; the appellant may bring one support person.
    """),
    ("mixed", "dev_help_channel"): _lines("""
        anyone know why npm run build fails with ERR_OSSL_EVP_UNSUPPORTED on Node 17+? set NODE_OPTIONS=--openssl-legacy-provider or upgrade webpack, settle liao
        git push rejected (non-fast-forward) la, just git pull --rebase origin main then push again, 搞定
        docker run -p 5432:5432 -e POSTGRES_PASSWORD=changeme postgres:16-alpine  # local only, jangan commit password
        my Flask app cannot find templates, the folder was called 'template' lol, rename to 'templates' and ok already
        SELECT cohort_id, COUNT(*) AS graduates FROM enrolments WHERE status = 'graduated' GROUP BY cohort_id ORDER BY cohort_id;
        Render free tier sleeps after 15 min idle so demo takes 30s to wake up, better ping it before judging start
        sha256 of the starter repo zip: 8c1f0e7d2a4b9c36e5f7a1d0b2c4e6f8091a3b5c7d9e1f20324a6b8c0d2e4f61, verify before unzip ya
        Version pin for the sprint: react@18.3.1, next@14.2.15, prisma@5.20.0, please don't simply bump
        how to handle NRIC field in our demo app without storing it? check the pattern client side, hash server side, keep only last 4 chars, PDPA friendly
        .env.example: DATABASE_URL=postgres://user:pass@localhost:5432/bootcamp_dev and JWT_SECRET=replace-me, copy then fill in
        cannot pip install mysqlclient on M1 Mac? brew install mysql-client pkg-config first, confirm plus chop works
        LeetCode Two Sum ok for warm-up but interviewers here ask more system design lah, practise designing a food delivery app
        rails db:migrate hang? check whether another Puma process is holding the SQLite lock with lsof | grep development.sqlite3
    """),
    ("ms", "pengumuman_bootcamp"): _lines("""
        Pengumuman: Kelas Asas Python untuk Belia B40 bermula 6 Januari 2027 di Perpustakaan Awam Shah Alam, percuma, tempat terhad 40 orang.
        Yuran program RM 6,500; boleh dituntut melalui HRD Corp untuk pekerja syarikat berdaftar.
        Sila bawa komputer riba sendiri; Wi-Fi disediakan. Hari Jumaat rehat 12.30 hingga 2.30 petang.
        Hackathon Digital Negeri Sembilan: 28 pasukan, 112 peserta, hadiah utama RM 20,000 ditaja oleh kerajaan negeri.
        Borang permohonan: Nama penuh: ______ No. MyKad: ______ No. telefon: ______ (sila isi dengan huruf besar).
        Talian bantuan program: 03-7890 1122 (Isnin-Jumaat, 9 pagi-5 petang) atau e-mel bantuan@kodnusantara.my.
        Statistik kohort 7: 64% tamat pengajian, 41 daripada 52 graduan dapat kerja dalam 6 bulan, gaji permulaan median RM 4,200.
        Tarikh tutup permohonan dilanjutkan ke 31 Disember kerana cuti Deepavali dan Krismas.
        Mentor sukarela diperlukan untuk modul JavaScript; pengalaman industri sekurang-kurangnya 3 tahun.
        Lokasi: Aras 3, Kompleks Tun Abdul Razak (KOMTAR), 10000 George Town, Pulau Pinang.
        Kod etika: gangguan dalam apa jua bentuk tidak akan diterima; laporkan kepada urus setia di meja pendaftaran.
        Sijil penyertaan akan dihantar secara automatik ke e-mel berdaftar dalam tempoh 14 hari bekerja.
        Soalan: bolehkah pelajar tingkatan 5 menyertai? Jawapan: boleh, dengan surat kebenaran ibu bapa (templat disediakan).
    """),
    ("zh-Hans", "社区活动通知"): _lines("""
        新加坡华语开发者聚会第12期：1月18日（周六）下午2点，地点纬壹科技城 Block 71 三楼，名额80人。
        黑客松报名截止时间：2027年1月10日 23:59（新加坡时间），每队2至5人。
        本期分享主题：从零开始用 Go 写一个 Redis 克隆，讲者为社区志愿者，幻灯片会上传到群文件。
        赞助商为一家云计算公司（UEN 201912345R），每队提供 USD 300 服务器额度。
        训练营转行统计：2026年三期共培训 96 人，其中 71 人在半年内找到技术岗位。
        行为准则：禁止任何形式的骚扰，违者将被请离现场。举报邮箱 conduct@sgcoders.org
        问：没有计算机学位可以报名吗？答：可以，入学测试只考逻辑题和基础 JavaScript。
        报名表模板：姓名【　】、手机号【　】、电子邮件【　】、是否需要签证邀请函【是/否】
        本次活动订单号 EVT-20270118-0042，票价 S$15，含茶点。
        吉隆坡华人程序员交流会：地点在茨厂街附近一间咖啡店楼上，欢迎带朋友来。
        鲁迅说过：“其实地上本没有路，走的人多了，也便成了路。”这也是我们开源社区的口号。
        本群禁止发广告；招聘信息请统一发到 #jobs 频道，注明公司名称和薪资范围。
        导师名单请见官网 mentors 页面，本群不公开任何导师的私人联系方式。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Applicant: Goh Wei Jie, NRIC S8834172D, mobile 9734 2186, applying for Full-Stack Immersive Cohort 20 under the Career Conversion Programme.
        Cohort 19 roster export row: 14, Tan Mei Ling, meiling.tan.dev@gmail.com, 8265 0913, Team Rambutan, laptop loan: yes
        Hi admissions, my son Ethan Koh (16) got into the junior hackathon but he has ADHD and needs a quiet room during the pitch round, can arrange?
        CoC report: Nur Syafiqah binti Zainal says Kenneth Wong from the Gold sponsor booth kept asking for her Telegram and followed her to the MRT after the event.
        Scholarship appeal: Ravichandran a/l Subramaniam, MyKad 880412-10-6127, household income RM 2,900, three children, wife recovering from a stroke.
        Refund request: card 4556 3371 8204 9177 was charged twice for the UX bootcamp deposit (S$500), cardholder Clarissa Pereira, please reverse one.
        Mentor Arjun s/o Pillai asked to come off the rota for two months; he is going through a divorce and has custody hearings on Thursdays.
        Placement form: Priya d/o Ramasamy, current salary S$2,850 as retail supervisor, expects S$4,200, home Blk 412 Bedok North Ave 2 #07-133, Singapore 460412.
        Marcus de Souza still owes the cohort fund S$340 for the Bintan retreat; he said he would pay after his bonus but it has been four months.
        Upskilling class: Md Rahim Uddin, Work Permit FIN G5520917R, staying at the Tuas South dormitory; his employer wants the cert before his permit renewal in March.
        Please send my certificate to my new address: 27 Jalan SS 2/64, 47300 Petaling Jaya, Selangor. Thanks, Lee Chong Hao, Cohort KL-08.
        Hey it's Daryl Toh from the React workshop, my number changed, now 9188 4402, can add me back into the WhatsApp group?
        Speaker reimbursement for Ong Kai Xiang: S$186.40 Grab rides plus S$62 dinner, pay to his DBS savings 120-458213-9.
        Hackathon consent form: participant Chloe Lim Xin Yi, age 15, guardian Lim Boon Keat, contact 9620 7318, allergies: peanuts and shellfish.
        Faizal bin Osman missed demo day because he was admitted to Changi General with dengue, please don't mark him as a dropout.
        IG @hafiz.buildsthings is the guy who kept DMing the girls from Team Kopi O at 2am, we have screenshots, please ban him from the next game jam.
        Visa invitation letter: Maricel Dela Cruz, Philippine passport P4827163B, arriving 12 Jan for the hackathon, staying at her cousin's flat in Yishun.
        Career coach notes: Jessica anak Nyandang left nursing after burnout, is on antidepressants, strong in SQL, wants remote work from Kuching.
        Laptop loan agreement: borrower Aaron Teo Jun Hao, NRIC T0251846A, asset tag KK-LT-0418, return by 30 Apr 2027.
        Telegram @jiaying_codes keeps asking mentors for money and says her landlord is evicting her; her real name is Chua Jia Ying, anyone else got this?
        Salary survey response #87 flagged: 'I'm Bryan Seah, junior dev at a fintech in Raffles Place, S$3,600 a month, please don't tell my boss I answered.'
        Hi, this is Kavitha a/p Muniandy, I need to withdraw from the data course because I'm pregnant and the doctor says bed rest till March.
        Car park claim: vehicle SKL 4827 L, driver Gerald Oliveiro, hackathon mentor, parked three nights at Block 71.
        Mentor sign-up: Hazel Yeo, hazel.yeo.sl@outlook.com, +65 8843 1290, available Saturday mornings, prefers juniors from non-tech backgrounds.
        Income share agreement: Low Zhi Wei owes the academy S$11,200 and pays 10% of salary for 24 months once employed above S$4,000.
        Disciplinary note: Samuel Tan from Cohort 18 plagiarised his capstone from a GitHub repo, second offence, final warning issued 3 Dec.
        Uncle Ah Seng from the kopitiam who joined our 60+ coding class was diagnosed with early dementia; his daughter asked us to pair him with someone patient.
        Mdm Tan from #05-12 is the one who called the police on our void deck hackathon last year, so keep the speakers low after 10pm.
        Intern transport allowance: Nicholas Fernandez, POSB 188-52140-3, S$120 per month from January.
    """),
    "ms": _lines("""
        Permohonan biasiswa: Muhammad Hafiz bin Rahman, No. MyKad 010322-07-0417, bapa baru diberhentikan kerja, pendapatan isi rumah RM 1,800.
        Peserta Nur Aisyah binti Kamarudin (950817-14-5528) tidak dapat hadir hackathon kerana menjaga ibunya di Hospital Kuala Lumpur.
        Tolong hubungi Encik Zulkifli di 012-338 7741 tentang bayaran penaja yang belum dijelaskan; dia nak bayar guna akaun peribadi Maybank 1140 2233 5519.
        Aduan etika: Amirul dari pasukan Nasi Lemak menghina Farah di grup Telegram; Farah tak mahu buat laporan polis, cuma nak dia dikeluarkan.
        Alamat penghantaran sijil: Nurul Ain binti Yusof, No. 14, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam, Selangor.
        Kak Ros, tukang masak yang join kelas coding petang, ada kes mahkamah dengan bekas suami, sebab itu dia selalu lewat hari Rabu.
        Senarai mentor: Ahmad Danial bin Ismail, e-mel danial.ismail92@gmail.com, WhatsApp 017-605 2298, kepakaran Laravel.
        Pelajar Mohd Syukri bin Abu Bakar didapati meniru dalam ujian akhir; yuran RM 6,500 tidak dapat dipulangkan dan dia digantung satu kohort.
    """),
    "zh-Hans": _lines("""
        报名信息：陈美玲，身份证号 440306199508173621，手机 13925718460，想从会计转行做前端。
        导师林志伟说他下个月要做心脏搭桥手术，所以这期黑客松不能来当评委了。
        3栋的陈阿姨就是一直投诉我们周末在活动室办编程班太吵的人，上次还把学生的自行车锁起来了。
        微信号 huangjiahui_0903 是学员黄佳慧的，她的训练营分期付款已经拖欠三个月，麻烦财务跟进。
        厦门来的学员王建国，身份证 350203199802140517，要申请新加坡学生准证，需要我们开在读证明。
        张晓峰在群里说他被前公司裁员了，房贷压力很大，问能不能延迟交学费。
    """),
    "zh-Hant": _lines("""
        香港參賽者何詠琪，身份證 Y730256(6)，手機 6183 2047，申請黑客松住宿補助。
        台灣導師吳承翰，身分證字號 F128374652，LINE ID wu.chenghan.tw，手機 0928 561 304，想報銷來新加坡的機票。
    """),
    "mixed": _lines("""
        Eh bro, Kelvin Ang's IC is S9127365I right? the SkillsFuture portal keep rejecting his claim, can check for him or not
        Cohort 12 gathering 记得 Uncle Ravi (Ravi a/l Kanan) 刚出院, don't ask him to carry the projector ok
        Judge Zaw Min Htet, FIN M4412807U, S Pass under a Tuas shipyard, need his employer letter first before he can take the honorarium lah
        Siapa ada nombor Wei Ling? 她的 Telegram @weiling_ux 被 hack 了, now scammers using her account to ask cohort mates for money
        Team Teh Tarik list: 1) Haziq 019-432 0871 2) 黄子轩 3) Deepa Krishnan deepa.k.codes@gmail.com 4) Jonathan Chia
        Hadiah pasukan Kaya Toast: ketua Rina Marlina, paspor Indonesia C4471826, transfer ke kad 5204 7300 6812 3459 sebab dia takde akaun bank sini
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the admissions assistant for a coding bootcamp in Singapore. Be concise.",
        ),
        (
            "user",
            "Hi, I submitted my application but typed the wrong IC. Name is Nicole Heng Si Min, correct NRIC T0119284H, phone 9055 7123. Can update?",
        ),
        (
            "assistant",
            "I can't edit application records myself. Please email admissions@ from the address you applied with and include your application number; the team will correct it within 2 working days.",
        ),
        ("user", "ok noted, will email them tonight, thanks"),
    ],
    [
        ("system", "You help volunteer organisers write clear, neutral incident summaries."),
        (
            "user",
            "Please write an incident summary: at the KL React meetup on 14 Nov, Haris bin Jamal kept touching Melissa Chong's shoulder after she told him to stop, then posted her photo in his Telegram group.",
        ),
        (
            "assistant",
            "Incident summary, KL React meetup, 14 Nov: Haris bin Jamal repeatedly touched Melissa Chong's shoulder after being asked to stop, and later shared her photo in a Telegram group without consent. Recommended next step: committee review and a temporary ban pending the outcome.",
        ),
        ("user", "Can make it shorter? Only for the committee, two sentences."),
        (
            "assistant",
            "On 14 Nov Haris bin Jamal repeatedly touched Melissa Chong's shoulder after she asked him to stop and later shared her photo without consent. The committee is asked to review and decide on a ban.",
        ),
    ],
    [
        (
            "user",
            "I'm writing a LinkedIn post on my career switch. I'm Suresh a/l Govindasamy, was a lorry driver in Klang, got retrenched in 2024, finished the bootcamp in June. Should I mention my bankruptcy discharge last year?",
        ),
        (
            "assistant",
            "That's your call, but most people keep financial history like a bankruptcy discharge out of a public post. Focus on the retrenchment, what you built in the bootcamp and the job you are aiming for.",
        ),
        ("user", "ok I leave out the bankruptcy part. can you give me a first line?"),
        (
            "assistant",
            "Two years ago I was driving a lorry around Klang; today I shipped my first production feature as a developer.",
        ),
    ],
    [
        ("system", "You draft logistics emails for a Singapore hackathon."),
        (
            "user",
            "Draft an email to our Hong Kong speaker Chan Tsz Ho. The venue security list needs his HKID K482019(3), which he sent us, and his flight is CX715 landing 14 Mar.",
        ),
        (
            "assistant",
            "Subject: Your arrival for the hackathon. Hi Tsz Ho, thanks for the details. We have registered you with building security using the HKID you provided, and our driver will meet CX715 on 14 Mar at the arrival hall. Let us know if anything changes.",
        ),
        ("user", "perfect, sending now"),
    ],
    [
        ("system", "You help hackathon organisers form balanced teams."),
        (
            "user",
            "Need 2 teams from: Darren Lau (backend), Aishah binti Rosli (design, uses a wheelchair so needs the ground floor table), Vikram s/o Nair (ML), Grace Lim (frontend).",
        ),
        (
            "assistant",
            "Team 1: Darren Lau and Grace Lim. Team 2: Aishah binti Rosli and Vikram s/o Nair, seated at a ground-floor table. Each team then covers both backend-ish and frontend or design skills.",
        ),
        ("user", "Good, go with that."),
    ],
    [
        ("system", "你是新加坡一家编程训练营的行政助理。"),
        (
            "user",
            "帮我写一条微信给学员刘子豪，提醒他还欠学费 S$3,200，他的手机是 9345 6612，下周五前要付清。",
        ),
        (
            "assistant",
            "子豪你好，提醒一下，你目前还有 S$3,200 学费未付，请在下周五前完成付款。如有困难可以先联系我们商量分期。谢谢！",
        ),
        ("user", "语气可以再客气一点吗？"),
        (
            "assistant",
            "子豪你好，打扰了～想温馨提醒一下，剩余学费 S$3,200 麻烦在下周五前处理。如果时间上有困难，随时告诉我们，我们可以一起想办法。谢谢你！",
        ),
    ],
    [
        ("system", "Anda membantu penganjur bootcamp menulis surat rasmi."),
        (
            "user",
            "Tolong tulis surat sokongan biasiswa untuk Nur Hidayah binti Salleh, MyKad 990105-12-5330, dari Tawau, ayah dia OKU dan dia sara tiga adik.",
        ),
        (
            "assistant",
            "Dengan hormatnya, kami menyokong permohonan biasiswa Nur Hidayah binti Salleh (MyKad 990105-12-5330). Beliau menunjukkan komitmen tinggi sepanjang program walaupun menanggung tiga orang adik dan menjaga bapa yang merupakan OKU.",
        ),
        ("user", "Terima kasih, saya tambah tandatangan pengarah."),
    ],
    [
        ("system", "You are the finance helpdesk assistant for a tech meetup community."),
        (
            "user",
            "A member, Vincent Sim, says his card 4012 8880 5537 2169 was charged for both the workshop and the conference pass. How should we reply?",
        ),
        (
            "assistant",
            "Thank him, confirm you see two charges, and say the duplicate will be refunded to the same card within 7-10 working days. Don't repeat the full card number in the reply; the last four digits are enough.",
        ),
        ("user", "ok, last four is 2169 right? will use that"),
    ],
    [
        (
            "user",
            "Format this as CSV with header name,email,phone: Lim Jun Kai jklim.codes@gmail.com 9822 6031 / Farhana binti Idris farhana.idris@yahoo.com 016-553 2087",
        ),
        (
            "assistant",
            "Here it is, one row per line once you paste it: name,email,phone | Lim Jun Kai,jklim.codes@gmail.com,9822 6031 | Farhana binti Idris,farhana.idris@yahoo.com,016-553 2087",
        ),
        ("user", "thanks, importing into the cohort sheet"),
    ],
    [
        ("system", "You advise volunteer meetup organisers in Singapore."),
        (
            "user",
            "One regular, Bernard Lim (Telegram @bernardlim_sg), keeps turning up drunk and shouting at speakers. How do we ban him politely?",
        ),
        (
            "assistant",
            "Send him a short private message: cite the code of conduct, describe the behaviour without labels, state the ban period and how he can appeal. Tell the door volunteers so they can decline his RSVP calmly.",
        ),
        ("user", "Can you draft the message?"),
        (
            "assistant",
            "Hi Bernard, at the last two meetups you were intoxicated and shouted at speakers, which breaks our code of conduct. You are not able to attend our events for the next six months. If you'd like to appeal, reply to this message and the committee will review it.",
        ),
    ],
]
