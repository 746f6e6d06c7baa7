# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix63: national service in Singapore and Malaysia (enlistment, IPPT, reservist ICT, deferment, PES grading, PLKN). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix63
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "MINDEF and CMPB notices"): _lines("""
        Pre-enlistees who turn 16½ must register for NS with CMPB via the NS Portal within the period stated in their registration notice.
        CMPB is located at 3 Depot Road, Singapore 109680. Counter hours: Mon–Fri 0800–1700hrs, closed on weekends and public holidays.
        For NS enquiries, call the NS Call Centre at 1800-367-6767 (1800-NSPORTAL), or +65 6373 1340 if you are calling from overseas.
        Enlistees posted to BMTC are to assemble at the Marina South Pier Transfer Centre by 0830hrs. Next-of-kin may accompany them up to the ferry gantry.
        NSmen who do not complete their IPPT within the 12-month window will be required to attend 20 sessions of Remedial Training (RT).
        IPPT awards: Gold ≥85 pts ($500), Silver ≥75 pts ($300), Pass with Incentive ≥61 pts ($200), Pass ≥51 pts (NSmen only).
        NSmen travelling overseas for less than 6 months must submit an Overseas Travel Notification; trips of 6 months or longer require an Exit Permit.
        Your PES status is determined at the pre-enlistment medical screening and may be reviewed by a Medical Board if your condition changes during NS.
        Deferment from full-time NS is generally not granted for university studies. Pre-enlistees may apply to defer to complete GCE 'A' Level, a polytechnic diploma or an equivalent full-time course.
        ICT NOTICE: Your unit's High-Key ICT for FY2026 is from 09 Mar 2026 to 20 Mar 2026. Log in to the NS Portal with Singpass to view and acknowledge your call-up.
        Pls do not reply to this SMS. Call-up ref ICT/26/3SIR/0417. To request a change, submit a deferment application on the NS Portal at least 8 weeks before your in-camp date.
        Fitness Conditioning Centres at Maju, Kranji, Khatib and Bedok Camp run IPPT sessions on weekdays from 0600 to 2100hrs. Walk-ins subject to availability.
        Make-Up Pay (MUP) claims from self-employed NSmen must be submitted within 12 months of the last day of ICT, together with the latest IRAS Notice of Assessment.
        Your ORD certificate will be available under "My Documents" in the NS Portal two weeks after your Operationally Ready Date.
        NS Portal maintenance on 6 Dec 2025, 0000–0600hrs: e-services including IPPT booking and Make-Up Pay claims will be unavailable.
    """),
    ("en", "IPPT and reservist chatter"): _lines("""
        anyone know if Maju FCC got slots this sat? booking page keep showing full sia
        Bro just pace 5:00/km for the 2.4 and you'll clock around 12 min. If push-up and sit-up can max, confirm silver one
        RT damn sian. 20 sessions and every time they make us do the same circuit 🙃
        Just got my ICT call-up for March, 2 weeks outfield somemore. RIP my annual leave
        Tips for Tekong: extra socks, foot powder, and label EVERYTHING with your 4D. Seriously.
        PES B1 vs C9L1 what's the diff ah? heard C9L1 confirm become clerk or storeman
        lol our encik said "you think this one chalet ah" when we complained the bunk aircon spoil
        BOOK OUT LIAO!!! first time in 2 weeks, going straight to mcdonalds
        Is it true the IPPT window is tied to your birthday now? Last time can anyhow take within the work year
        Got gold this year, $500 can buy new running shoes liao 😂
        Anyone did IPT instead of IPPT? heard it's 10 sessions and you just need to turn up
        Reservist is really just catching up with your section mates + cookhouse food for 2 weeks tbh
        NDP rehearsal at the Padang damn shag, 3 guys from the contingent fainted before the march past
        MR liao!! 10 ICTs done. goodbye admin, goodbye 11B
    """),
    ("en", "systems, code and SOPs"): _lines(r"""
        def ippt_award(points: int, is_nsman: bool) -> str:  # GOLD >= 85, SILVER >= 75, PASS >= 61 (51 for NSmen)
        Template: "Dear {rank} {full_name}, your ICT with {unit} is from {start_date} to {end_date}. Please report to {camp} by 0800hrs."
        assert is_valid_nric("S1234567D")  # textbook example value used in every checksum tutorial
        NRIC_RE = re.compile(r"^[STFGM]\d{7}[A-Z]$")  # never log the match; keep only the last 4 characters
        SOP: Unit clerks must not send nominal rolls containing full NRIC numbers over WhatsApp. Use the FormSG link and mask to the last 3 digits + checksum letter.
        ns-portal-app 4.18.2 (build 20251103.1742): fixed a crash when opening IPPT results on Android 15
        SHA-256 (ICT_Notice_Template_v3.docx) = d8a3b295f975548ca0135a96b86e58b5ce46c1dc668463554a48d7741f72a3b1
        CSV header: nric_masked,rank,unit,ippt_points,award,window_end,pes_status
        SELECT unit, COUNT(*) FILTER (WHERE award = 'GOLD') AS gold FROM ippt_results WHERE fy = 2025 GROUP BY unit;
        Under the PDPC advisory guidelines, organisations should not collect full NRIC numbers unless required by law or needed to verify identity to a high degree of fidelity.
        2025-11-28T02:14:07+08:00 INFO ippt_sync: 18,442 records upserted, 0 rejected, duration 41.3s
    """),
    ("en", "history and pop culture"): _lines("""
        National Service was introduced in 1967 under the National Service (Amendment) Act, with Dr Goh Keng Swee as Minister for Defence.
        In August 1967 the first 900 full-time national servicemen were enlisted into the 3rd and 4th battalions of the Singapore Infantry Regiment.
        In Jack Neo's 'Ah Boys to Men' (2012), recruit Ken Chow tries every trick to get out of BMT before finally finding his footing on Tekong.
        Wang Weiliang's turn as the streetwise recruit Lobang became the breakout role of the Ah Boys to Men franchise.
        In 'Ah Boys to Men 3: Frogmen', Lobang and Ken Chow are posted to the Naval Diving Unit and have to survive Hell Week.
        Swimmer Joseph Schooling was granted a deferment from NS to train for the Tokyo Olympics, a decision MINDEF explained publicly.
        In 2018 MINDEF rejected footballer Ben Davis's application to defer NS to play for Fulham, citing fairness to other servicemen.
        Dr Ng Eng Hen, Minister for Defence from 2011 to 2025, oversaw the 2015 revamp of the IPPT into three stations.
        SAFTI Military Institute on Upper Jurong Road houses OCS, SCS and the Goh Keng Swee Command and Staff College.
        Servicemen with severe asthma may be referred by the camp medical centre to Tan Tock Seng Hospital for specialist review before a PES board.
        NS50 in 2017 marked fifty years of National Service, with celebrations at the Padang and the NS50 Experience at the F1 Pit Building.
    """),
    ("ms", "PLKN dan pekeliling"): _lines("""
        Program Latihan Khidmat Negara (PLKN) diperkenalkan pada tahun 2004 dan dihentikan pada 2018 sebelum dilaksanakan semula sebagai PLKN 3.0.
        PLKN 3.0 melibatkan latihan selama 45 hari di kem tentera dengan penekanan kepada latihan ketenteraan asas, patriotisme dan pembinaan karakter.
        Pelatih yang terpilih akan menerima notis melalui SMS dan surat daripada Jabatan Latihan Khidmat Negara (JLKN), Kementerian Pertahanan.
        Permohonan penangguhan boleh dibuat atas alasan pengajian, kesihatan atau tanggungjawab keluarga dengan dokumen sokongan sebelum tarikh lapor diri.
        Pelatih dikehendaki membawa salinan MyKad, surat tawaran, pakaian sukan, kasut larian dan ubat-ubatan peribadi (jika ada).
        Untuk sebarang pertanyaan, sila hubungi talian JLKN 03-2059 8400 atau e-mel aduan@jlkn.mod.gov.my (Isnin–Jumaat, 8.30 pg – 5.00 ptg).
        Pemeriksaan kesihatan awal akan dijalankan di kem oleh Pegawai Perubatan Kor Kesihatan DiRaja (KKD) sebelum latihan bermula.
        Borang JLKN/PNG/01: isikan nama penuh seperti dalam MyKad, nombor MyKad (tanpa sengkang) dan sebab penangguhan, kemudian tandatangan ibu bapa/penjaga.
        Rejimen Askar Wataniah membuka pengambilan anggota sukarela berumur 18 hingga 45 tahun di seluruh negara.
        Hospital Angkatan Tentera Tuanku Mizan di Wangsa Maju menyediakan rawatan pakar kepada anggota ATM, pesara dan keluarga mereka.
        Menteri Pertahanan Datuk Seri Mohamed Khaled Nordin berkata PLKN 3.0 akan dilaksanakan secara berperingkat mulai 2025.
        Jadual Siri 1/2026: lapor diri 11 Jan 2026, tamat latihan 24 Feb 2026. Kehadiran adalah wajib bagi pelatih yang menerima notis.
        Universiti Pertahanan Nasional Malaysia (UPNM) di Kem Sungai Besi melatih pegawai kadet bagi Angkatan Tentera Malaysia.
    """),
    ("ms", "forum dan sembang"): _lines("""
        weh ko dapat PLKN tak? aku punya SMS tak masuk pun lagi
        Dulu zaman PLKN aku best gila, pagi kawad, petang kelas kenegaraan, malam aktiviti kebudayaan
        Boleh tangguh tak kalau tengah buat asasi? ke kena pergi jugak
        PLKN 3.0 ni 45 hari je kan, tak lama pun. settle lah bro
        tips: bawak selipar jepun lebih, confirm hilang kat surau nanti 😂
        Geng Wataniah, bila latihan tahunan kita? group senyap je dari bulan lepas
        Kat Singapore budak lelaki wajib NS 2 tahun, kat sini sekarang kira lebih kepada program latihan je kan?
        JLKN dah update FAQ, sesiapa yang ada masalah kesihatan kena bawa surat doktor masa lapor diri.
        Ujian kecergasan tu lari 2.4km ke? Kalau ada asma boleh kecuali tak?
        Ada sesiapa tahu kem PLKN siri ni kat mana? Dengar cerita ada yang kena hantar sampai Sabah dan Sarawak
    """),
    ("zh-Hans", "新马华文报道"): _lines("""
        国防部表示，战备军人须在每年的体能测验窗口期内完成IPPT，否则须参加20节补救训练。
        中央人力基地（CMPB）位于德普路3号，负责办理国民服役登记、入伍前体检及延期申请。
        马来西亚国民服务训练计划（PLKN 3.0）为期45天，学员将在多个军营接受基本军事训练。
        时任国防部长黄永宏医生在国会强调，国民服役政策必须坚持公平与平等原则。
        吴庆瑞博士于1967年推动国民服役立法，被视为新加坡武装部队的奠基人之一。
        电影《新兵正传》由梁智强执导，讲述一群新兵在德光岛接受基本军事训练的故事。
        战备军人服务热线：1800-367-6767，服务时间为周一至周五上午8时至下午6时。
        新加坡武装部队日定于每年7月1日，各军营当天会举行重申效忠仪式。
        国民服役延期一般只批准完成A水准或理工学院文凭课程，大学课程通常不获延期。
        常年回营训练（ICT）期间，雇主或自雇人士可向国防部申请补薪（Make-Up Pay）。
        订单号 SAF-EM-20251130-00871：战备军人制服一套（上衣M码、长裤32码），预计3个工作日内送达营区收发室。
        马来西亚国防部长莫哈末卡立诺丁说，国民服务训练计划将分阶段恢复，首年名额有限。
    """),
    ("zh-Hans", "论坛闲聊"): _lines("""
        下个月就要进德光岛了，有没有过来人分享一下要带什么？
        IPPT拿了银牌，300块到手，请全排喝kopi
        体检评了C9L1，是不是就不用去作战单位了？
        回营训练又来了，老板脸色超难看哈哈
        大马这边PLKN停了几年又恢复了，听说今年18岁的都有机会被抽中
        2.4公里怎么练？现在跑13分半，目标11分钟以内拿金牌
        当兵两年出来整个人晒黑两个色号
        服役期间出国记得先在NS Portal申报，不然回来会被叫去问话
        ORD那天全排一起去吃火锅，现在想起来还是很怀念
        有人知道RT可以在Khatib FCC做吗？还是只能回原单位
    """),
    ("ta", "அறிவிப்புகள்"): _lines("""
        தேசிய சேவைக்குப் பதிவு செய்ய வேண்டிய வயது 16½ ஆகும்.
        IPPT சோதனையில் தங்கப் பதக்கம் பெற குறைந்தது 85 புள்ளிகள் தேவை.
        மேலும் விவரங்களுக்கு NS அழைப்பு மையத்தை 1800-367-6767 என்ற எண்ணில் அழைக்கவும்.
        முகாம் பயிற்சிக்கு (ICT) செல்லும் முன் NS Portal-இல் உங்கள் அழைப்பை உறுதிப்படுத்தவும்.
        தேசிய சேவையாளர்களுக்கு நன்றி தெரிவிக்கும் வகையில் SAFRA சிறப்புச் சலுகைகளை அறிவித்துள்ளது.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi Encik, this is Mdm Koh, mother of REC Ryan Koh Jun Wei (T0712834C) from Charlie Coy. He forgot his asthma inhaler at home, can I pass it to someone at Marina South Pier tmr morning? My HP is 9178 2250.
        ICT DEFAULTER: 3SG (NS) Muhammad Irfan bin Zulkifli, S9634178D, 2nd consecutive no-show. Contact 8123 6604, last known address Blk 217 Bedok North St 1 #07-341 S(460217).
        Medical board outcome: PTE Jonathan Lim Zhi Hao downgraded from PES B1 to PES E due to major depressive disorder, referred to IMH for follow-up.
        I, Aravind s/o Ganesan (T0409816H), wish to appeal for deferment of my enlistment as my father suffered a stroke in September and I am now the sole breadwinner for our family at Blk 112 Ang Mo Kio Ave 4 #03-67.
        Name: TEO WEI MING | NRIC: S****045Z | Unit: 41 SAR | Push-up 38 | Sit-up 40 | 2.4km 10:52 | Total 86 pts GOLD
        Self-employed NSman Faizal bin Abdul Rahman, private-hire driver, declared assessable income of $46,800 for YA2025 in his MUP claim for ICT 3–14 Mar.
        Former full-time NSman Brandon Yeo Jia Le, 24, was sentenced to four weeks' detention for remaining overseas for three years without a valid exit permit.
        Pls add Sgt Nicholas Wee to the platoon chat, his number is +65 9735 4108. He's taking over from 2LT Chua as PS.
        NSF allowance crediting account: DBS Savings 027-8-10553-2, account holder LAU KAI XUAN.
        NOK: Tan Mei Ling (mother), 8204 3716, 36 Jalan Bunga Rampai, Singapore 538407
        LCP Hafiz Suhaimi got 3 days MC from Kranji medical centre for a gout flare-up, so he cannot do guard duty this weekend.
        OTN submitted: CPL (NS) Gabriel Ong Kai Sheng, passport K1672405N, Melbourne 2 Dec – 28 Dec.
        Whose car is SLK 4821 X at the Khatib Camp visitor lot? It's registered to CPT (NS) Derrick Soh, pls call him at 9641 0257 to move it.
        For ICT date swaps pls email me at jeremiah.ng.kw@gmail.com – 2LT (NS) Jeremiah Ng, 1 Gds
        Family Day registration: spouse Zhou Lei, PRC resident ID 44010619820315271X, accompanying 1SG Karen Ho with their two kids.
        Hi, this is Daniel Chia's dad (his NRIC T0628451A). He was admitted to NUH Ward 48 for heat injury after yesterday's route march, can the company send his MC to chia.family88@yahoo.com.sg?
        CFM for ICT: SSG (NS) Lee Boon Huat, S9107352H, 6 Div HQ, shoe size 9, beret size 57
        Kelvin Tay 9832 1147 Charlie 3 Coy
        This is to certify that Mr Ryan Chen Zhiwei has been employed by Kestrel Logistics Pte Ltd as Operations Executive since 2021 with a gross monthly salary of S$4,650.
        SAFRA membership renewal charged to Visa 4563 5501 2345 6787 exp 09/28, cardholder Marcus Lim Wen Jie.
        the guy who collapsed at the 2.4 is Zhiwei from 3 Pl, the one staying at Blk 508 Hougang Ave 10, apparently he has a heart murmur and never declared
    """),
    "ms": _lines("""
        Anak saya Nurul Aina binti Kamarudin (MyKad 071122-10-6482) terpilih PLKN 3.0 Siri 2, tapi dia ada epilepsi dan makan ubat setiap hari. Macam mana nak mohon penangguhan?
        Nama: Muhammad Danish Haikal bin Azman | No. KP: 070419-08-5123 | Alamat: No. 14, Jalan Cempaka 3, Taman Cempaka, 30010 Ipoh, Perak
        Saya L/Kpl Wataniah Rosli bin Ahmad, no tel 012-638 4417, nak maklumkan tak dapat hadir latihan tahunan sebab isteri saya bersalin minggu ni.
        Penangguhan diluluskan bagi Siti Hajar binti Othman (060803-14-5518) kerana sedang mengikuti program Asasi Sains di UiTM Dengkil.
        Untuk bayaran elaun, akaun Maybank 1140 2256 3318 atas nama Amirul Hakim bin Yusof.
        Myvi putih WVX 3318 tu kereta abang aku Zulhilmi, dia parking depan pintu kem masa hantar adik hari tu
        Pelatih Tan Wei Jian (070630-12-7761) dimasukkan ke Hospital Queen Elizabeth, Kota Kinabalu kerana strok haba pada 14 Feb; ibu bapa telah dimaklumkan.
        Sape nak join group pelatih siri 1 boleh WhatsApp saya, Farah Nadhirah 019-772 5063
        Sila hantar dokumen ke e-mel saya haziqrahman07@gmail.com – Haziq Rahman bin Zainal, pelatih Siri 1/2026
        Bekas anggota Wataniah Mohd Syukri bin Daud, 29, didenda RM3,000 oleh Mahkamah Majistret Kuantan kerana memalsukan sijil cuti sakit.
        Gaji suami saya Kamal bin Idris cuma RM2,850 sebulan sebagai pengawal keselamatan, tak cukup nak tanggung kalau anak kami Aiman pergi PLKN.
        Pasport A52917384 atas nama Lim Chee Keong dah tamat tempoh, jadi dia tak boleh ke luar negara sepanjang tempoh PLKN.
        Waris: Ismail bin Hamzah (bapa), KP 720511-13-5043, tel 013-824 6190, Lot 112, Kampung Sinar Budi, 94300 Kota Samarahan, Sarawak
        Salam encik, saya ibu kepada PTE Muhammad Aqil bin Rahmat (T0571190D). Dia kena migraine teruk sejak minggu lepas, boleh bagi dia jumpa MO?
    """),
    "zh-Hans": _lines("""
        您好，我是列兵陈俊杰（T0803517I）的妈妈，他下周一要去德光岛报到，但他有严重的鼻窦炎，能不能先安排复查？我的电话是 9027 4185。
        战备军人刘志强，S8512093Z，住在义顺71街 Blk 736 #11-218，今年ICT没有出席，营部一直联系不上他。
        我老公林伟明是新加坡PR，人在柔佛工作，回营训练通知寄到了 Blk 405 Pandan Gardens #05-22，有事打他马来西亚的号码 +60 12-338 6071。
        我儿子黄子轩（身份证 070923-07-5871）今年被抽中PLKN，他有先天性心脏病，请问要准备什么医疗文件？
        我们是第二代PR，儿子王浩宇，中国护照 EH4827163，身份证号 320583200709230612，收到了国民服役登记通知，如果放弃PR会有什么后果？
        我叫郑家豪，S9945206D，太太是香港人，身份证 K604321(6)，想问我入营期间她的家属准证会不会受影响。
        我是台湾来的，身份证 F128834564，儿子许书豪在新加坡念书拿了PR，明年要入伍，体检因为扁平足被评为 PES C9L1。
        张家伟（T****268A），俯卧撑 42，仰卧起坐 45，2.4公里 9:48，总分 92，金牌。
        延期补贴请转到我的华侨银行卡 5522 1893 0471 2655，户名 吴俊宏。
        我先生周志伟在星展银行当副总裁，月薪一万二千八，回营两周的补薪申请上星期已经交了。
        前全职国民服役人员蔡俊贤，23岁，因擅离职守长达98天，被军事法庭判处禁闭4个月。
        回营的兄弟们加我微信 leon_tan1994，我是Alpha连的陈立昂，到时候拉群。
        住在金文泰 Blk 401 的李家老二李嘉俊，BMT时中暑送院，现在肾功能还在恢复，暂时不能回营。
    """),
    "ta": _lines("""
        வணக்கம், நான் ராஜேஷ் குமார் (T0690742Z). என் ICT தேதியை மாற்ற வேண்டும்; என் கைபேசி எண் 9365 2081.
        என் மகன் விக்னேஷ் சுப்பிரமணியம் BMT-யில் முழங்கால் காயம் அடைந்து Changi General Hospital-இல் அனுமதிக்கப்பட்டுள்ளான்.
        முகவரி: Blk 632 Woodlands Ring Road #09-115, Singapore 730632 – கார்த்திக் ராமன், தொடர்பு எண் 8276 0953.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "my son enlisting next month, what happens if he has eczema?"),
        (
            "assistant",
            "Pre-existing conditions are reviewed during the pre-enlistment medical screening. Bring any specialist memos to CMPB so the medical officer can assess his PES status.",
        ),
        ("user", "ok he has bad eczema on both arms, on steroid cream since sec 3"),
        ("user", "his name is Marcus Yeo Jun Hong, NRIC T0734109H, can you check his PES?"),
        (
            "assistant",
            "I'm not able to look up individual records. He can check his PES status on the NS Portal after logging in with Singpass.",
        ),
    ],
    [
        ("system", "You are a helpful assistant that answers questions about IPPT and ICT."),
        ("user", "when does my IPPT window end ah"),
        (
            "assistant",
            "For NSmen, the IPPT window is 12 months and runs from birthday to birthday. You can check the exact dates on the NS Portal.",
        ),
        (
            "user",
            "ok my birthday 14 Aug 1992, I'm 3SG Kenneth Goh, S9278413D, 24 SA. Last year I failed 2.4 so kena RT, this year must pass",
        ),
    ],
    [
        ("user", "Assalamualaikum, nak tanya pasal penangguhan PLKN"),
        (
            "assistant",
            "Waalaikumussalam. Penangguhan boleh dimohon atas sebab pengajian, kesihatan atau keluarga dengan dokumen sokongan.",
        ),
        ("user", "anak saya Nur Syafiqah binti Ahmad Fauzi, dia ada thalassemia major"),
        ("user", "no KP dia 071205-03-"),
        ("user", "5264"),
        (
            "assistant",
            "Baik puan, sila lampirkan laporan pakar hospital bersama borang penangguhan.",
        ),
        ("user", "ok nanti saya hantar dari Kota Bharu, terima kasih"),
    ],
    [
        ("user", "回营训练的补薪怎么算？"),
        (
            "assistant",
            "雇员的补薪一般按ICT期间的实际薪水计算，由雇主先照付再向国防部申请，或由本人直接申请。",
        ),
        ("user", "我是陈家辉，在裕廊的船厂做项目经理，月薪 S$7,200"),
        ("user", "公司说要我自己交申请，NRIC S8730566Z，这样可以吗？"),
        ("assistant", "可以，请在NS Portal提交Make-Up Pay申请并上传薪水证明。"),
    ],
    [
        (
            "system",
            "You are an HR assistant for Brightwave Engineering Pte Ltd. Help staff plan leave around NS commitments.",
        ),
        ("user", "Need to block out ICT for one of my team members"),
        ("assistant", "Sure, please share the ICT dates and I'll draft a leave entry."),
        (
            "user",
            "Sean Pereira, senior technician, ICT 9–20 Mar 2026. His email sean.pereira@brightwave-eng.com.sg and mobile 9481 6620 in case the unit calls",
        ),
        (
            "assistant",
            "Noted. I've drafted the leave entry for 9–20 Mar 2026 and flagged it for his manager.",
        ),
    ],
    [
        ("user", "can you help me write a deferment appeal letter to CMPB"),
        ("assistant", "Of course. What is the reason for the deferment and how long do you need?"),
        (
            "user",
            "My mum Jasmine Ong was diagnosed with stage 3 ovarian cancer in Oct and is doing chemo at NCCS every 3 weeks. I'm the only child who can take her there.",
        ),
        (
            "user",
            "my details: Ethan Ong Yi Xuan, T0516627B, Blk 19 Toa Payoh Lor 7 #12-404, Singapore 310019",
        ),
        (
            "assistant",
            "Here is a draft: 'Dear Sir/Madam, I am writing to appeal for a deferment of my enlistment…'",
        ),
    ],
    [
        ("user", "bro latihan tahunan Wataniah tahun ni kat mana?"),
        (
            "assistant",
            "Lokasi latihan biasanya dimaklumkan oleh batalion masing-masing melalui surat panggilan atau kumpulan unit.",
        ),
        (
            "user",
            "ok tq. kalau ada update boleh inform Sarjan Rahim, dia yang jaga nominal roll kompeni kami",
        ),
        ("user", "nombor dia 017-293 8841, WhatsApp je lebih cepat"),
    ],
    [
        ("user", "马来西亚PLKN被抽中了可以申请延期吗？"),
        ("assistant", "可以，一般可因升学、健康或家庭原因申请延期，需附上证明文件。"),
        ("user", "我女儿梁慧敏去年做过脊椎侧弯手术，医生说一年内不能做剧烈运动"),
        (
            "user",
            "我们住在 No. 8, Jalan Kenanga 5, Taman Bukit Indah, 81200 Johor Bahru，信要寄到哪里？",
        ),
        ("assistant", "请将申请表和专科报告寄往马来西亚国防部国民服务训练局，并保留寄件证明。"),
    ],
    [
        ("user", "Can MPs at camp tow a car parked at the guardhouse?"),
        (
            "assistant",
            "Vehicles parked in restricted areas may be clamped or towed according to camp standing orders.",
        ),
        (
            "user",
            "It's my car la, SKQ 7390 H, I'm 1SG (NS) Ong Teck Seng from 3 SIR, reporting for ICT",
        ),
        (
            "user",
            "wife dropped me off and left the car there cos she fainted, she's pregnant, now at KKH",
        ),
    ],
    [
        (
            "system",
            "You are the CMPB FAQ bot. Do not store or repeat NRIC numbers. Direct users to the NS Portal for personal records.",
        ),
        ("user", "hi i want to check my enlistment date"),
        ("assistant", "You can view your enlistment date on the NS Portal under 'My Enlistment'."),
        (
            "user",
            "cannot login leh, Singpass locked. I'm Joel Kwek, T0761382I, DOB 18/03/2007, pls check for me",
        ),
        (
            "assistant",
            "I'm sorry, I can't access individual records. Please call the NS Call Centre at 1800-367-6767 for help.",
        ),
    ],
]
