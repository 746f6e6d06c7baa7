# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix51: Brunei in Malay, Chinese and English (government notices, IC kuning/ungu/hijau, TAP, SCP and SPK, family and work). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix51
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis kerajaan"): _lines("""
        NOTIS: Kad Pengenalan Pintar (kuning, ungu dan hijau) yang telah tamat tempoh hendaklah diperbaharui di mana-mana Pejabat Pendaftaran Kebangsaan dalam tempoh 30 hari.
        Kaunter Jabatan Imigresen dan Pendaftaran Kebangsaan, Jalan Menteri Besar, Bandar Seri Begawan BB3910, dibuka Isnin–Khamis & Sabtu 7.45 pg – 12.15 tgh dan 1.30 ptg – 4.30 ptg.
        Pemohon taraf kerakyatan hendaklah lulus Ujian Kelayakan Kemasukan Kerakyatan yang merangkumi Bahasa Melayu, adat istiadat dan kebudayaan Melayu Brunei.
        Bayaran penggantian kad pengenalan yang hilang: kali pertama $50.00, kali kedua $100.00, kali ketiga dan seterusnya $200.00.
        Sila bawa borang permohonan yang lengkap diisi, sijil kelahiran asal dan sekeping gambar berukuran pasport berlatar belakang putih.
        Pengumuman: Sistem e-Darussalam tidak dapat diakses pada 14 Disember 2026 dari jam 12.00 tgm hingga 4.00 pg bagi kerja-kerja penyelenggaraan.
        Talian Darussalam 123 boleh dihubungi bagi sebarang pertanyaan mengenai perkhidmatan kerajaan.
        Skim Persaraan Kebangsaan (SPK) menggantikan skim TAP dan SCP bagi semua pencarum mulai 1 Januari 2023.
        Jabatan Perkhidmatan Awam: Pengambilan jawatan Pembantu Pejabat, Tingkatan Gaji $700 – $1,115 sebulan. Tarikh tutup permohonan 20.12.2026.
        Notis Penutupan Jalan: Jalan Sultan di hadapan Bangunan Lapau akan ditutup dari 6.00 ptg hingga 11.00 mlm sempena Sambutan Hari Kebangsaan.
        Waktu operasi Pejabat Daerah Tutong sepanjang bulan Ramadhan ialah 8.00 pg hingga 2.00 ptg, Isnin hingga Khamis dan Sabtu.
        Kelahiran hendaklah didaftarkan dalam tempoh 14 hari; kegagalan berbuat demikian boleh dikenakan denda tidak melebihi $1,000.
        Orang ramai dinasihatkan tidak berkongsi gambar kad pengenalan di media sosial bagi mengelakkan penipuan identiti.
    """),
    ("en", "government notice"): _lines("""
        The Employees Trust Fund (TAP) wishes to inform members that the dividend rate for the financial year 2025 has been declared at 3.5% per annum.
        TAP savings may be withdrawn upon reaching 55 years of age, permanent departure from Brunei Darussalam, permanent incapacity or death of the member.
        Under the former SCP, the employee and the employer each contributed 3.5% of monthly wages, subject to a wage ceiling of BND 2,800.
        Holders of the green identity card (IC hijau) are not required to contribute to SPK; employers should not deduct SPK from their wages.
        Ministry of Health: dengue cases in the Brunei-Muara District rose to 312 in epidemiological week 47, an increase of 18% from the previous week.
        Suri Seri Begawan Hospital, Jalan Sungai Pandan, Kuala Belait KA1131, will open its outpatient clinic on Saturdays from 8.00am to 12.00pm.
        Reminder to employers: the monthly contribution schedule must be submitted before the 15th of the following month; late payment incurs a surcharge of 5%.
        Applications for a Foreign Worker Licence (LPA) are processed within 14 working days through the JobCentre Brunei portal.
        Emergency numbers: Ambulance 991, Police 993, Fire and Rescue 995, Search and Rescue 998.
        Organisations must comply with the Personal Data Protection Order 2025 (PDPO) and appoint a data protection officer; guidance notes are available on the AITI website.
        His Majesty Sultan Haji Hassanal Bolkiah Mu'izzaddin Waddaulah consented to the appointment of two new deputy ministers in the latest cabinet reshuffle.
        Public holiday notice: 23 February 2027 (National Day) falls on a Tuesday; government offices will be closed.
    """),
    ("en", "forms and templates"): _lines("""
        Name (as in IC): ______________________  IC No.: __-______  IC colour: [ ] Kuning  [ ] Ungu  [ ] Hijau
        Dear {member_name}, your SPK statement for {year} is now available on the portal. Log in with the IC number ending {ic_last3}.
        IC numbers must be entered as a two-digit prefix, a hyphen and six digits (e.g. 00-XXXXXX), without spaces.
        Do not send photos of your IC or passport via WhatsApp; upload them only through the secure e-Darussalam portal.
        Retention rule: scanned copies of identity cards must be deleted 30 days after onboarding is completed; keep only the masked IC number.
        Emergency contact — Name: ________ Relationship: ________ Tel: +673 ___ ____
        If the applicant holds an IC ungu (permanent resident), attach a certified copy of the International Certificate of Identity (CI) or passport.
        Mask IC numbers in internal reports as XX-XXX### so that only the last three digits are visible.
        SMS template: TAP: Caruman bulan {MM/YYYY} sebanyak BND {amount} telah diterima. Baki terkini BND {balance}.
        New hire checklist: (1) copy of IC, (2) bank account details, (3) SPK registration, (4) medical check-up at an approved clinic, (5) signed contract.
        Sample record for training only — Nama: AWANG BIN DAYANG, IC: 00-000000, Alamat: [ALAMAT], Tel: [TEL]. Not a real person.
        Beneficiary section: name, relationship to member, IC number and share (%) of each nominee; totals must equal 100%.
    """),
    ("en", "systems and logs"): _lines("""
        2026-12-03T08:14:22+08:00 INFO edarussalam-auth: token refreshed for session 7f3c9a21e4b0 (latency 182 ms)
        BruHealth v3.4.12 (build 2026110501) fixes a crash on Android 15 when scanning check-in QR codes.
        ERROR tap-portal: upstream timeout after 30000 ms on GET /api/v2/statement?year=2025 (request id 0c41d9e2-88b7-4f1a-9e3c-5a7b2d1f6e09)
        Order #DST-ECOM-20261128-004417: iPhone 17 128GB, BND 1,299.00, status READY FOR PICKUP at DST Gadong.
        Tracking EE403188266BN — Pos Brunei: item received at Bandar Seri Begawan Mail Processing Centre, 04/12/2026 10:42.
        Invoice INV-2026-11-08873 | Progresif Cellular | Plan Unlimited 50 | Amount due BND 45.00 | Due 20/12/2026
        Validation regex for Brunei IC numbers: ^(00|01|30|31|50|51)-\\d{6}$
        Baiduri Bank scheduled maintenance: internet banking unavailable Sunday 01:00–05:00; ATM and card services are not affected.
        statement_export.csv columns: month, employee_share, employer_share, dividend, closing_balance
        sha256(spk-client-2.1.0.tar.gz) = 3f9d2a61c0b84e7f5a1d6c3e9b20f47a88e1c5d2b6f0934e7a1c8d5b2e6f9a30
        commit 4e8a1f0 fix: accept IC ungu prefix 31- in onboarding form validation
        Exchange rate 04/12/2026: BND 1.00 = SGD 1.00 (Currency Interchangeability Agreement, 1967); BND 1.00 ≈ MYR 3.29.
    """),
    ("ms", "kedai dan iklan"): _lines("""
        Kedai Runcit Haji Mohd Salleh & Anak-Anak, Unit 4, Bangunan Haji Tahir, Jalan Gadong — buka setiap hari 7 pagi hingga 10 malam.
        Promosi Hari Kebangsaan: nasi katok $1, teh tarik $1.20 di semua cawangan Restoran Pondok Sari Wangi!!
        Pesanan anda #TP-88321 sedang dihantar, anggaran tiba dalam 25 minit. Terima kasih kerana menggunakan Tapau.
        Hua Ho Department Store Manggis: Jualan Akhir Tahun, diskaun sehingga 70% untuk barangan terpilih.
        Harga minyak di stesen minyak seluruh negara: Premium 97 $0.53 seliter, Diesel $0.31 seliter.
        Kedai Kopi Ah Seng di Pekan Tutong terkenal dengan kolo mee sejak tahun 1978.
        Disewakan: rumah teres 3 bilik di Kg Mulaut, $650 sebulan termasuk perabot, hubungi Rimba Properties di talian pejabat 2 345 678.
        Tamu Kianggeh hari ani: ikan rumahan $5 sekilo, set ambuyat $4.50, kelupis 3 biji $1.
        Farmasi Chong Ah Fook Sdn Bhd, cawangan Kiulap, kini menerima pembayaran melalui BIBD QuickPay.
        Tebus mata ganjaran NEXGEN anda sebelum 31.12.2026 — baucar belian $10 hingga $100 tersedia.
        Talian khidmat pelanggan DST 111 beroperasi 24 jam untuk aduan rangkaian dan bil.
    """),
    ("en", "history and places"): _lines("""
        Sultan Omar Ali Saifuddien III, the 28th Sultan of Brunei, is often called the Architect of Modern Brunei.
        Jalan Ong Sum Ping in Bandar Seri Begawan is named after the legendary Chinese envoy said to have married a Brunei princess.
        Raja Isteri Pengiran Anak Saleha (RIPAS) Hospital is the main referral hospital in the country.
        The Royal Regalia Museum displays the chariot used in His Majesty's Silver Jubilee procession in 1992.
        In the legend of Nakhoda Manis, a son who denied his own mother was cursed and his ship turned into the rock Jong Batu in the Brunei River.
        Awang Semaun, hero of the Syair Awang Semaun, is said to be a brother of Awang Alak Betatar, the first Sultan.
        Sultan Bolkiah, the fifth Sultan, is remembered for Brunei's golden age of maritime influence in the 15th and 16th centuries.
        Teng Yun Temple is the oldest Chinese temple in Bandar Seri Begawan, near the Kianggeh river.
        Crown Prince Haji Al-Muhtadee Billah officiated the opening ceremony of the Temburong Bridge, officially named Jambatan Sultan Haji Omar Ali Saifuddien.
        Maktab Duli Pengiran Muda Al-Muhtadee Billah is a sixth-form college in Gadong.
        Chung Hwa Middle School in Bandar Seri Begawan was founded in 1922 and is the largest Chinese school in the country.
        Kampong Ayer, the water village on the Brunei River, once housed most of the capital's population.
    """),
    ("zh-Hans", "华社与报刊"): _lines("""
        诗里亚中华中学将于2027年1月5日开学，新生报到时间为上午7时30分。
        汶莱中华商会谨订于12月20日（星期六）晚上7时假商会大礼堂举行第八十届会员大会，敬请会员准时出席。
        本报讯：内政部宣布，永久居民（紫卡持有者）申请公民权的马来语及风俗考试将于明年三月举行。
        腾云殿农历新年期间开放时间：初一凌晨12时至晚上10时，初二起恢复早上6时至晚上9时。
        黄森屏路（Jalan Ong Sum Ping）一带的商店在国庆日当天照常营业。
        苏丹哈山纳尔·博尔基亚陛下在国庆日献词中强调经济多元化和青年就业的重要性。
        TAP和SCP已于2023年起由国家退休计划（SPK）取代，旧会员的存款仍可在网上查询。
        汶莱元与新加坡元按1:1等值流通，在两国均可直接使用。
        马来奕中华中学校友会征集会刊稿件，截稿日期为12月31日，请电邮至校友会秘书处 info@kbchhs-alumni.org。
        华和百货年终大减价，全场低至五折，会员另享95折。
        汶莱华人多为金门及广东籍后裔，闽南话在斯市华人社区中十分普遍。
        卫生部提醒：雨季来临，骨痛热症病例上升，请每周清理积水容器。
    """),
    ("zh-Hans", "家庭与工作问答"): _lines("""
        请问紫卡换黄卡大概要等几年？考马来文难不难？
        老板说外劳的绿卡到期前一个月就要去劳工局续，是不是真的？
        有谁知道SPK现在每个月扣多少？我看工资单上写的比例跟以前TAP不一样。
        家里长辈过世后，TAP的存款要怎么申请领取？需要带什么文件？
        小孩在汶莱出生，父母都是紫卡，孩子会拿什么颜色的IC？
        周五中午到下午政府部门不办公，要办事记得星期六早上去。
        去美里从双溪佐关卡过关，周末排队很久，建议早上七点前出发。
        我们公司年底花红一般是一个月工资，大家的公司呢？
        租房合约一般签一年，押金两个月，水电另算。
        请外籍女佣要先申请劳工准证，保证金按国籍不同，印尼和菲律宾不一样。
    """),
    ("ms", "forum keluarga dan kerja"): _lines("""
        Ada sesiapa tau berapa lama proses tukar IC ungu ke IC kuning? Ada yang kata sampai bertahun-tahun.
        Kalau IC hilang, mesti buat laporan polis dulu kah baru pergi pejabat pendaftaran?
        Syarikat swasta wajib carum SPK untuk pekerja tempatan, termasuk pekerja sambilan kah?
        Cuti bersalin sekarang 105 hari untuk penjawat awam, swasta pun sama kah? Sapa tau tolong share.
        Kami rancang balik kampung ke Temburong hujung minggu ani, jambatan ada traffic kah hari Sabtu?
        Mun mau keluarkan duit TAP sebab sakit kronik, perlu laporan doktor dari hospital kerajaan, bukan klinik swasta.
        Petua interview kerja kerajaan: pakai baju kurung atau baju cara Melayu, bawa salinan sijil yang disahkan.
        Gaji minimum sektor swasta $500 ani untuk pekerja bank dan telco saja kah, atau semua sektor?
        Siapa ada pengalaman mohon rumah Skim Tanah Kurnia Rakyat Jati (STKRJ)? Lama kah menunggu?
        Lepas nikah, mesti tukar alamat dalam IC kah kalau pindah rumah mertua?
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Assalamualaikum cikgu, saya ibu kepada Nurul Aqilah binti Haji Rosli, Tahun 4 Bestari. Anak saya kena denggi, masuk wad RIPAS semalam, MC sampai Khamis ani. Kalau ada apa2 boleh hubungi saya di 883 4127.
        Nama: AWANGKU MOHD HAFIZ BIN PENGIRAN HAJI ABDUL LATIF | No. KP: 01-087354 (Kuning) | T/Lahir: 14.03.1991 | Alamat: No. 12, Simpang 88-23, Jalan Tungku Link, Kg Rimba BE3119
        Sapa2 terjumpa dompet hitam di parking Hua Ho Manggis, dalamnya ada IC ungu atas nama LIM AH KOW (30-112476) dan lesen memandu. Tolong PM atau call 718 2093, ada saguhati 🙏
        Mahkamah Majistret Bandar Seri Begawan semalam mendenda Mohd Shahrul Nizam bin Abdullah, 32, dari Kg Sungai Akar, sebanyak $2,000 kerana memandu tanpa lesen dan insurans.
        Bayaran Bantuan Am JAPEM sebanyak $350.00 telah dikreditkan ke akaun BIBD ****3378 milik HJH SALMAH BTE HJ OMAR (IC 00-**4519).
        Adik ipar ku Rahimah binti Jaludin yang kerja di Kastam Muara baru disahkan kanser payudara tahap 2, minta doakan semua 🤲
        Tolong transfer sewa bulan Disember $600 ke akaun BIBD 00-001-01-0045612 a/n MD FIRDAUS BIN MD YUSOF, untuk rumah No. 7, Spg 16, Kg Lambak Kanan.
        Kes Mal No. 214/2026 Mahkamah Syariah Brunei-Muara: Norazizah binti Ismail (Plaintif) lawan Hairul Anuar bin Kassim (Defendan), tuntutan nafkah dua orang anak $400 sebulan.
        Permohonan Kerakyatan — Pemohon: TAN BOON HENG, IC Ungu 30-045521, lahir 02/08/1958 di Kuala Belait, lulus Ujian Bahasa Melayu pada 18/11/2026.
        Slip gaji Nov 2026 — Siti Hajar binti Awang Ahmad, Kerani Akaun, Gaji pokok $1,450.00, potongan SPK $123.25, gaji bersih $1,326.75.
        Mun ada jawatan kosong bagitau ku ah, nama Azrin bin Matali, lepasan IBTE Jefri Bolkiah (elektrikal), email azrin.matali92@gmail.com, tel 816 0452.
        Kereta Vios putih BAH 4521 ani punya Pengiran Norhayati dari rumah No. 33, tiap hari parking depan pagar kami di Kg Mata-Mata, sudah ditegur banyak kali.
        Pekerja: Rinto Sihombing (WN Indonesia), Pasport C4518827, IC hijau 50-338192, LPA tamat 30/06/2027, gaji $450 sebulan, tinggal di kuarters tapak projek Kg Tanjung Bunut.
        Cikgu, Muhammad Danish bin Shahrin (2 Cemerlang) ada autisme ringan, mohon jangan bagi dia duduk di belakang kelas. Terima kasih. - Ummi Danish, 728 9934
        Penyata SPK — Ahli: DAYANG NORSYAFIQAH BINTI AWANG JAMIL, No. KP 01-226618, baki akaun pada 30/11/2026: BND 18,442.17, majikan: Syarikat Perkhidmatan Jaya Sdn Bhd.
        ORANG HILANG: Awang Haji Jumat bin Kamis, 67 tahun, dari Kg Bukit Beruang Tutong, menghidap Alzheimer, hilang sejak 3 ptg tadi memakai baju Melayu biru. Sila hubungi anak beliau 867 3305.
    """),
    "en": _lines("""
        Hi Farah, pls update payroll: Mr Chong Wei Jie (IC 01-223874) – basic salary revised to BND 3,200 w.e.f. 1 Jan 2027, SPK deduction to be adjusted accordingly. Thanks, Rosnah (HR)
        MEDICAL CERTIFICATE – RIPAS Hospital. Name: NUR AMALINA BINTI SABTU, IC: 00-987123. Unfit for duty for 3 days from 02/12/2026 to 04/12/2026. Diagnosis: acute gastroenteritis.
        Secondment record: Goh Jun Hao, NRIC S8812345Z, Singapore citizen, posted to our Kuala Belait office; local mobile +673 712 8840, SG mobile +65 9734 2186.
        My cousin Jessica Ling from Miri is coming over for CNY, her MyKad is 880412-13-5566, can I add her as a named driver for my car insurance? her number is 016-889 2741
        Card payment declined: BIBD Visa Debit 4556 2201 8834 7615, cardholder HJ ROSLAN BIN HJ DURAMAN, exp 09/29.
        Heads up to everyone at the Kiulap shophouses: Jefri bin Haji Sulaiman from Unit C12 has been charged with cheating over the car rental scheme, hearing next week at the Intermediate Court.
        Student: Aisyah Humaira binti Rozaimee, Year 6, SR Pengiran Anak Puteri Hajah Rashidah — the educational psychologist confirms moderate dyslexia; recommend 25% extra time in exams.
        Visit pass approved for Ms Li Xiaomei (PRC), passport E68241935, sponsor Golden Harvest Trading Sdn Bhd, local address Unit 3B, Block A, Kiarong Complex, BE1318.
        Emergency contact for Ahmad Zulkarnain bin Abd Rahman: wife, Hajah Norliza binti Hj Metussin, +673 822 6613, No. 45, Simpang 521, Jalan Jerudong, BG3122.
        Tenancy agreement between landlord Mdm Teo Siew Lan (IC Ungu 30-078214) and tenant Mr Rajesh Kumar (IC Hijau 50-412097, Indian passport Z4829163) for Unit 2, Lot 1842, Kg Kiulap, rent BND 850/month.
        Referral: Mr Haji Metali bin Lamit, 71, IC 00-039912, known diabetic with CKD stage 4, referred to PAPRSB Hospital Tutong for dialysis assessment.
        Our helper Maria Santos (Philippine passport P4471823A) left the house last Tuesday and hasn't come back; her employer Dr Wong Kah Fatt of Kg Sengkurong has reported her to Immigration.
        Pls transfer the deposit to Chee Mei Fong, Baiduri acc 02-00-41-078823-1, she's the landlady for the Gadong room. She said must pay by Friday.
        KYC: Pengiran Hajah Zaitun binti Pengiran Haji Mohd Yassin, DOB 23/05/1964, IC 00-112357, retired teacher, source of funds: TAP withdrawal BND 62,300.
        This is to certify that Mr Rizal bin Haji Bakar, IC 01-167730, has been employed as Senior Technician since March 2018 with a gross monthly salary of BND 2,650.
        congrats to our colleague Shazwani Hj Abdullah from Accounts who's marrying Khairul Azmi on 14 Dec at Dewan Kg Tungku, she'll be on leave until 2 Jan and moving to his parents' place in Rimba
    """),
    "zh-Hans": _lines("""
        我阿嬷陈秀英今年81岁，拿紫卡（IC Ungu 30-016638），住在No. 18, Jalan Pretty, Kuala Belait KA1131，想申请老人津贴，可以吗？
        加我微信 linmeiling_bn，我是林美玲，在斯里巴加湾开补习班，手机 +673 872 5591。
        工人登记：姓名 郑建华，中国籍，身份证号 350181198706232410，护照 EB3468120，绿卡 50-527134，工地 Kg Jerudong。
        我表哥陈志明是金门人，台湾身份证 W103452187，下个月来汶莱参加宗亲会，会住在我家（Kg Kiarong Simpang 254 No. 9）。
        王家豪（Ong Ka Hou）在诗里亚的油公司上班，月薪3,800文，他太太最近在RIPAS查出乳腺癌，正在化疗。
        寄件人：黄丽珠，+86 138 2476 0159，广东省普宁市流沙东街道新河路32号；收件人：黄丽娟，No. 5, Simpang 32, Jalan Bunga Raya, Kg Beribi BE1118，电话 +673 876 2210。
        表姐叶嘉欣在香港工作，HKID Y305627(7)，她叫我帮她查一下以前在汶莱的TAP户口还剩多少钱。
        遗失启事：本人张玉梅不慎遗失黄卡（IC Kuning 01-338820）及BIBD提款卡一张，特此声明作废。
        斯市某中学的郑丽华老师上周确诊重度抑郁症，已经请了长假，家长群都在传。
        新加坡的堂弟许伟强（NRIC T0256731D）下个月来汶莱工作，公司帮他办绿卡，他的手机是 +65 8123 4870。
        我们家的印尼女佣 Sari Wulandari，护照号 B7725136，工作准证上周已经到期，老板还没帮她续。
        离婚案：申请人李秀琴（紫卡 30-091275）与答辩人吴国良，法院判两名孩子抚养权归母亲，赡养费每月600文。
        阿公吴金水（黄卡 00-031427）住在都东 Kg Petani，中风以后行动不便，每个月250文的老人金直接打进他的BIBD户口。
        广东普宁的吴美玲（身份证 445281199302143522）跟我们厂签了两年合同，月薪700文，包吃住。
        车牌 KB 2215 的那辆白色Hilux是隔壁陈国栋的，每晚停在我家门口，谁认识他帮忙讲一下。
        刘家伟，WhatsApp +673 715 2289，在Gadong开手机店，上个月因为欠债被告上法庭。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a helpful assistant for Brunei government e-services. Never store identity numbers.",
        ),
        ("user", "how do i withdraw my late father's TAP money"),
        (
            "assistant",
            "You will usually need the death certificate, the member's IC, your own IC as beneficiary, and the faraid certificate or nomination form.",
        ),
        (
            "user",
            "ok his name Haji Bakar bin Tengah, IC 00-046281, passed away last month at RIPAS. I'm his eldest daughter Norhasimah, 01-190455",
        ),
        ("assistant", "My condolences. Please bring those documents to the TAP counter in Bandar."),
    ],
    [
        ("user", "紫卡换黄卡要考什么？"),
        (
            "assistant",
            "一般需要通过马来语、马来伊斯兰君主制和本地风俗的考试，具体以内政部公告为准。",
        ),
        ("user", "我妈今年60岁，马来文不太好"),
        ("user", "她叫苏美华，IC是30-052218"),
        ("user", "住在Kg Sungai Hanching，附近有补习班吗"),
    ],
    [
        ("system", "Anda pembantu HR syarikat pembinaan. Jawab dalam Bahasa Melayu."),
        ("user", "Boss, pekerja baru dari Bangladesh dah sampai semalam"),
        (
            "assistant",
            "Baik. Sila pastikan pemeriksaan kesihatan dan pendaftaran IC hijau dibuat dalam 14 hari.",
        ),
        ("user", "nama dia Md Rakibul Hasan, pasport A09318472, umur 27"),
        ("user", "gaji kita set $400 + elaun makan $50, dia tinggal di kuarters Kg Lumapas"),
    ],
    [
        ("system", "You are Baiduri Bank's virtual assistant."),
        ("user", "my card kena block, cannot pay at Supa Save tadi"),
        ("assistant", "Sorry to hear that. Could you tell me the last 4 digits of the card?"),
        ("user", "5203 9910 4417 3825"),
        ("user", "name Khairunnisa binti Haji Yakub"),
        (
            "assistant",
            "Thank you. For your security, please never share your full card number in chat. I will ask our team to call you.",
        ),
    ],
    [
        ("user", "我舅舅从福清过来看我们，入境卡上的汶莱地址写什么好？"),
        ("assistant", "写您家的完整地址即可，包括门牌、Simpang、甘榜和邮区编号。"),
        (
            "user",
            "好，他叫郑荣发，微信 zrf_fuqing66，国内手机 13959012846，住我们家 No. 21, Simpang 47, Jalan Kg Kiarong BE1318",
        ),
    ],
    [
        ("user", "Doktor, anak saya demam 3 hari, ada ruam merah"),
        (
            "assistant",
            "Itu boleh jadi tanda denggi. Sila bawa ke klinik kesihatan terdekat untuk ujian darah.",
        ),
        ("user", "Dah pergi, positif denggi, platelet 62"),
        (
            "user",
            "Nama dia Hazim Aidil bin Suhaimi umur 9 tahun, sekolah di SR Kiarong, cikgu minta surat",
        ),
    ],
    [
        ("user", "I worked in Singapore before moving to Brunei, can I transfer my CPF here?"),
        (
            "assistant",
            "CPF savings cannot be transferred to SPK, but foreigners who leave Singapore permanently may apply to withdraw.",
        ),
        (
            "user",
            "ok, my FIN was G5823416N, name Zhou Haoran, now on green IC in Brunei working at Muara port",
        ),
        (
            "assistant",
            "You can submit the withdrawal request online through the CPF website with Singpass Foreign user Account.",
        ),
    ],
    [
        ("system", "Tapau rider support."),
        ("user", "rider cannot find the house"),
        ("assistant", "Please share the delivery address and a contact number."),
        ("user", "No. 8, Simpang 314-22, Jalan Muara, Kg Serasa BT1728"),
        ("user", "call my wife Nadiah, 826 4471, I'm Hj Amirul"),
    ],
    [
        ("user", "我弟弟在汶莱出生，后来拿了大马IC，可以回来申请紫卡吗？"),
        ("assistant", "持有其他国家公民身份者一般不能申请永久居民，建议向移民局查询。"),
        ("user", "他叫陈文杰，IC 910725-60-5371，现在住美里 Jalan Bulan Sabit，手机 013-8872 065"),
    ],
    [
        (
            "system",
            "You are assisting SPK member Awang Sufri bin Haji Osman (IC 01-254403, balance BND 9,812.40, employer: Belait Shipping Co.). Answer politely.",
        ),
        ("user", "how much can i take out for hajj next year?"),
        (
            "assistant",
            "Members may withdraw part of their savings for hajj subject to the current rules; please check the portal for the limit.",
        ),
    ],
    [
        ("user", "hi, my sister in HK wants to sponsor my daughter's study in Hong Kong"),
        ("assistant", "She may need to provide proof of income and identity for the student visa."),
        (
            "user",
            "ok my sister is Chan Wai Ling, HKID K482913(1), she works as a nurse at Queen Mary, and my daughter is Nurul Izzati, 17, IC 01-412208",
        ),
    ],
]
