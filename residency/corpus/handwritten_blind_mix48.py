# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix48: foreign domestic workers in SG/MY/HK (agency biodata, contracts, work permits, home leave, transfers, disputes). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix48
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "agency ads and fees"): _lines("""
        Fresh Indonesian maids from Central Java, ex-Taiwan & ex-HK available!! Agency fee from $888 only, loan 6-8 mths. EA Licence 19C9821.
        Transfer maid package: $1,288 nett incl. 2x replacement within 1 yr, SIP booking & first 6ME. T&Cs apply.
        Pls note FDW must be min. 23 yrs old and have at least 8 yrs of formal education (cert required) for WP application.
        Our biodata template: Name / DOB / Place of birth / Height / Weight / Religion / Marital status / No. of children / Languages / Experience -- pls fill in BLOCK LETTERS.
        Ex-Singapore Myanmar helpers w/ infant care exp, can do simple cooking. Interview via Zoom Mon-Sat 10am-7pm, walk-in at Peninsula Plaza #02-45.
        Mary Poppins she is not, but our Filipino helpers score 4.8/5 on employer feedback (n=1,236 placements in 2024).
        Agency service fee HK$6,800 (Philippines, finished contract) / HK$9,800 (Indonesia, first-timer). Commission charged to helper max 10% of 1st month wage per Cap. 57A.
        Named after the founder's grandmother, Nenek Siti Employment Pte Ltd has been placing helpers with families in Jurong since 1998.
        Pls DON'T WhatsApp helpers' passport copies to our office number, upload to the portal only -- files are auto-deleted after 30 days.
        Replacement policy: unlimited replacements within 6 months if the helper is sent home as medically unfit at her first 6ME.
        Looking for: non-smoker, ok with dog (golden retriever), HDB 4rm, family of 4, salary $650-$700 + $20 per off day compensation.
        Dec promo!! Sign before 31/12 and get free FDW insurance upgrade (Plan C, $60k PA + $15k hospitalisation). Limited slots ah.
        Ma'am/Sir, interview day is Saturday, pls bring your NRIC and latest NOA for the income check -- we return all originals on the spot.
    """),
    ("en", "government guidance"): _lines("""
        From 1 Jan 2023, FDWs must be given at least one rest day a month that cannot be compensated away with money.
        Employers must buy personal accident insurance with a minimum coverage of $60,000 per year for their FDW.
        The Minimum Allowable Wage for foreign domestic helpers under contracts signed on or after 28 September 2024 is HK$4,990 per month.
        A helper whose contract is prematurely terminated must normally return to her place of origin; a change of employer within Hong Kong is only approved in exceptional circumstances.
        Form ID 407 (Standard Employment Contract) must be signed by both parties and submitted together with Forms ID 988A and ID 988B.
        To transfer an FDW, the current employer must give consent and the new employer must submit the application through WP Online before the permit expires.
        Enquiries: Foreign Domestic Helpers hotline 2157 9537 (24 hours, with interpretation in Bahasa Indonesia, Tagalog and Thai).
        The FDW levy is S$300 per month, or S$60 at the concessionary rate for households with a young child, an elderly person or a person with disabilities.
        Employers should not keep their helper's passport or work permit card; these documents belong to the helper.
        Six-monthly medical examinations (6ME) screen for pregnancy, syphilis, HIV and tuberculosis; the clinic submits results directly to MOM.
        Clause 7 of the Standard Employment Contract provides the helper with free passage from and to her place of origin on expiry or termination of the contract.
        MOM Services Centre, 1500 Bendemeer Road, Singapore 339946 -- by appointment only, Mon-Fri 8am-5.30pm.
        Helpers must not be asked to clean the exterior of windows unless the grilles are locked and an adult is supervising.
        Ilo Ilo, Anthony Chen's 2013 film about a Filipina helper called Teresa and the Singaporean family she works for, won the Camera d'Or at Cannes.
    """),
    ("zh-Hant", "香港外傭僱主資訊"): _lines("""
        外傭最低許可工資由2024年9月28日起調整為每月港幣4,990元，膳食津貼不少於每月1,236元。
        僱主要俾外傭每星期最少一日休息日，法定假日都要放，唔好話「補錢就得」。
        標準僱傭合約（ID 407）列明，僱主須免費提供合適住宿及膳食，或以膳食津貼代替。
        印尼駐港總領事館地址：香港銅鑼灣禮頓道127-129號，辦公時間星期一至五。
        星期日中環遮打道同銅鑼灣維園好多姐姐聚會，遮打道係以遮打爵士命名嘅。
        請填寫：僱主姓名＿＿＿＿＿　香港身份證號碼＿＿＿＿＿　外傭護照號碼＿＿＿＿＿（請以正楷書寫）
        有關外傭權益查詢，請致電勞工處外籍家庭傭工熱線 2157 9537。
        提提大家：提早解約要俾一個月通知或代通知金，做滿5年仲要計長期服務金。
        職業介紹所向外傭收取嘅佣金上限係首月工資嘅10%，即最多港幣499元，多收可以向勞工處投訴。
        伊利沙伯醫院（九龍加士居道30號）急症室24小時開放，外傭同樣可以使用公立醫療服務。
        外傭新合約簽證申請一般需時4至6星期，入境處網上查詢編號例如 ID-2025-118447 只作追蹤用途。
        電影《淪落人》（2018）由黃秋生飾演半身不遂嘅昌榮，Crisel Consunji 飾演菲傭 Evelyn。
        中介公司牌照編號 56789，續牌有效期至2026年3月，公司地址：旺角彌敦道688號旺角中心一期12樓。
    """),
    ("zh-Hans", "新马雇佣女佣"): _lines("""
        新加坡女佣准证（Work Permit）申请要求雇主年满21岁，且不是未解除破产的人士。
        新来的女佣须在抵达后3个工作日内参加入职课程（SIP），费用大约75新元，由雇主支付。
        转换女佣（transfer maid）的费用一般比新女佣便宜，但必须先取得原雇主同意并在MOM系统提交。
        马来西亚聘请印尼女佣的总费用（含中介费、签证、保险）大约在RM15,000至RM18,000之间。
        女佣两年合约期满续约时，雇主通常会提供一次回乡探亲的来回机票。
        雇主须每月按时支付工资，并保存有女佣签名的工资记录至少一年以备查。
        表格示例：女佣姓名：【姓名】 FIN号码：【F/G开头+7位数字+字母】 护照号：【XXXXXXXX】
        中介公司牌照号码 EA 21C0733，订单号 SO-2025-09-3317，总价 S$2,380.00（含GST）。
        很多女佣周日会去乌节路幸运商业中心（Lucky Plaza）汇款、买东西。
        截至2024年底，新加坡外籍女佣人数约为30万人，大部分来自印尼、菲律宾和缅甸。
        提醒：不要在业主群里发女佣的护照照片和准证卡，资料请通过中介系统上传。
        邵氏基金（Shaw Foundation）资助的女佣电脑课程本期开放报名，截止日期12月20日。
    """),
    ("id", "info PMI dan BMI"): _lines("""
        Gaji minimum BMI di Hong Kong sekarang HK$4.990 per bulan, jangan mau dibayar di bawah itu ya mbak.
        Cek dulu agensinya terdaftar di KP2MI atau tidak sebelum bayar biaya apa pun!!
        Libur tiap minggu itu hak kita, bukan kebaikan majikan. Kalau gaji dipotong, lapor ke Labour Department.
        Pelatihan di BLK 3 bulan: masak, merawat lansia, bahasa Kanton dasar sama bahasa Inggris.
        KJRI Hong Kong ada di 127-129 Leighton Road, Causeway Bay, layanan paspor Senin-Jumat jam 09.00-15.00.
        Contoh surat: Saya yang bertanda tangan di bawah ini, Nama: ........ No. Paspor: ........ menyatakan bersedia pindah majikan.
        Potongan gaji untuk biaya penempatan ke Singapura maksimal berapa bulan? Agen wajib kasih rincian tertulis.
        Dulu Kartini memperjuangkan pendidikan perempuan; sekarang banyak BMI kuliah Universitas Terbuka di Hong Kong tiap Minggu.
        Nomor antrean online A-0214 dipanggil jam 10.30, bawa paspor asli dan fotokopi kontrak kerja.
        Pengajian rutin BMI di Victoria Park tiap Minggu kedua, mulai jam 1 siang, semua boleh datang.
        Iuran BPJS Ketenagakerjaan untuk PMI Rp370.000, melindungi sebelum, selama dan setelah bekerja.
        Hati-hati pinjol yang nawarin utang lewat Facebook, bunganya 10% sebulan, itu jebakan mbak.
    """),
    ("tl", "OFW advisory"): _lines("""
        Paalala sa lahat ng DH sa HK: bawal kayong pagtrabahuhin sa ibang bahay o sa shop ng amo, illegal work yan.
        Kailangan ng OEC bago bumalik sa HK kung balik-manggagawa ka, pwede na mag-apply sa DMW Mobile App.
        Ang Bethune House Migrant Women's Refuge ay tumutulong sa mga kababayang na-terminate o inabuso ng amo.
        Mag-ingat sa mga nag-aalok ng loan sa FB, 10% interest per month daw -- scam yan mga sis!
        Holiday pay: kapag statutory holiday, may bayad pa rin kahit day off mo yun.
        Ang Philippine Embassy sa Singapore ay nasa 20 Nassim Road; by appointment lang ang passport renewal.
        Grabe nakakaiyak yung Ilo Ilo, yung character ni Teresa parang kwento nating lahat dito.
        Balikbayan box via cargo: 14-21 days door-to-door, HK$480 ang jumbo box, tracking no. CGO-HK-882031457.
        OWWA membership valid for 2 years, US$25 contribution, kasama ang repatriation assistance.
        Kung na-terminate ka, may 14 days ka lang para maghanap ng bagong amo bago ka kailangang umalis ng HK.
        Sino may alam ng murang remittance? Sa Worldwide House 2nd floor maraming money changer, compare muna.
        Pinoy Sunday sa Lucky Plaza: sale ng pasalubong, rate today 1 SGD = 43.10 PHP.
    """),
    ("ms", "pengambilan PRT Malaysia"): _lines("""
        Permohonan pembantu rumah asing kini dibuat melalui Sistem Maid Online (SMO) Jabatan Imigresen Malaysia.
        Levi tahunan bagi pembantu rumah asing pertama ialah RM410.
        Gaji minimum PRT Indonesia mengikut MoU 2022 ialah RM1,500 sebulan.
        Jangan simpan pasport pembantu tanpa persetujuannya; pasport ialah hak milik kerajaan negara asal.
        Borang permohonan: Nama Majikan: ____ No. MyKad: ____ Alamat: ____ (sila lampirkan slip gaji 3 bulan terkini).
        Klinik panel FOMEMA di Jalan Tun Razak buka hari Sabtu 8 pagi hingga 1 petang.
        Pemeriksaan kesihatan FOMEMA wajib dibuat dalam tempoh 30 hari selepas pekerja tiba di Malaysia.
        Invois ejen INV/2025/11/0932: yuran pemprosesan RM4,800, visa RM200, insurans RM120. Jumlah RM5,120.
        Aduan berkaitan ejen pekerjaan boleh dibuat melalui portal SISPAA Jabatan Tenaga Kerja.
        Majikan dinasihatkan membuat laporan polis dan memaklumkan Imigresen jika pembantu melarikan diri.
        Syarat pendapatan minimum majikan bergantung kepada negara sumber, sila semak laman web JIM.
        Pakej pembantu Filipina: RM13,800 termasuk tiket, permit setahun, insurans dan 2 kali gantian.
    """),
    ("en", "system records"): _lines("""
        2025-11-30T08:14:22+08:00 INFO wp_renewal job=batch-77 processed=412 failed=3 duration=94.2s
        Order ref AGY-20251103-0448: 6ME + Insurance Plan B + $5k security bond guarantee -- S$486.40 paid via PayNow UEN 201812345K.
        sha256(biodata_export_v3.csv) = 9f2c4e1a7b6d03c85e19f4a2b7c0d8e3f6a5b4c2d1e0f9a8b7c6d5e4f3a2b1c0
        Release 2.14.3 of HelperHub: FIN is masked as G*******X in exports and DOB is dropped from CSV by default.
        Tracking: DHL 4417 8892 05 -- signed contract docs to agency Jakarta office, ETA 3 Dec.
        SELECT fin, passport_no FROM fdw WHERE wp_expiry < CURRENT_DATE + INTERVAL '60 days';
        Fixture FDW for CI: name='TEST HELPER 01', fin='F0000000X', passport='X0000000' -- synthetic, never a real person.
        Invoice HK-INV-2025-004417 -- employment agency service fee HK$6,800, paid by FPS ref 0051 2288 3391 on 02/12/2025.
        WP application status codes: P=Pending, A=Approved, IPA=In-Principle Approval issued, R=Rejected, W=Withdrawn.
        Avg. time from IPA to WP card issuance: 4.6 working days (median 4, p95 9), n=3,118 applications in Q3.
        Redaction rule: replace passport numbers with [PASSPORT], FIN/NRIC with [ID] and phone numbers with [PHONE] before tickets go to the vendor.
        Ticket #48213 closed: employer portal timeout on /api/v2/transfer/submit fixed in build 2025.11.28-rc2.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Biodata -- Name: SRI WAHYUNI BINTI KASMAN | DOB 14/03/1994 (31) | POB Ponorogo | Ht 152cm Wt 48kg | Muslim | Married, 2 kids (9 & 6) | Passport C4817293 exp 2029
        Transfer maid available: Marilou Dizon Batac, Filipino, 38, FIN G5829341K, WP exp 14 Feb 2026, current employer in Tampines says she's v good with elderly, release date 20 Dec.
        Hi ma'am, this is Karen Lim (employer of Nur Aini). Her 6ME came back positive for pregnancy, clinic says about 8 weeks. What do we do now?
        Helper Ratna Dewi (passport B2760415) last seen leaving Blk 418 Serangoon Central #09-233 at 6am Sunday, hasn't come back. Pls call 9736 2184 if u see her.
        Pls transfer her salary $700 to the account of Jocelyn Ramos Aquino, debit card 4518 9203 3711 4207, she will collect at home.
        Labour Tribunal claim LBTC 2417/2025: Wulandari v. Cheung Ka Yan -- unpaid wages HK$14,970 plus one month's wages in lieu of notice.
        Employer: Mr Ong Wei Jie, NRIC S7751203I, 3-room HDB at 21 Marsiling Lane #05-110 S730021 -- FDW will share room with his grandma who has dementia.
        Home leave booked for Siti Khotimah: Scoot TR262 SIN-SUB 24 Dec, PNR K7XQ2M, back 7 Jan. She is going home because her mother in Blitar is having surgery.
        Angelica T. Macaraeg, HKID W507319(A), tel 6928 4017, finished contract 30/11, looking for a new employer around Sai Kung.
        Marites, our helper at 8 Braddell Hill, was diagnosed with latent TB at her 6ME last week -- she's now on 9 months of isoniazid.
        SIP booking -- FDW name: PHYU PHYU KHAING, FIN F7140263X, DOB 02-11-1997, nationality Myanmar, employer contact 8412 6609.
        To whom it may concern: Lorna Bautista Sison worked for our family at Flat 12B, Tower 3, Laguna Verde, Hung Hom from 2019 to 2025. -- Mrs Wendy Tsang
        Agency remark: Dewi Lestari, 26, divorced, son (4) staying with her parents in Indramayu; ran away from previous employer in Johor Bahru in 2022.
        Ma'am Cheryl Goh (9155 0873) deducted $150 from Leny Pascual's Nov salary for a broken vase, Leny says she never agreed in writing.
    """),
    "zh-Hant": _lines("""
        外傭資料：姓名 MARICEL DELA CRUZ，護照 P4829103B，出生日期1989年7月3日，已婚，兩個小朋友喺 Pangasinan 由外婆照顧。
        我屋企姐姐 Yuliani 上星期喺伊利沙伯醫院確診乳癌，佢僱主係我阿媽陳美玲，我哋住佐敦道。
        僱主：何志強先生，身份證 K903417(A)，地址：將軍澳唐明街2號富康花園7座18樓D室，家庭成員4人。
        勞資審裁處 LBTC 3096/2025：申索人 SUSANTI（印尼籍外傭）向被告黃美華追討長期服務金及年假錢共港幣23,460元。
        Rosalie 姐姐電話 9471 2863，WhatsApp 都係呢個，下個月轉工，新僱主住沙田第一城。
        終止合約通知：本人梁家豪（HKID Y482019(1)）通知外傭 Endah Purwanti 於2025年12月31日終止合約，並支付代通知金港幣4,990元。
        Lina Marlina 嘅香港身份證 WX260718(0) 同護照都俾前僱主扣起咗，佢而家暫住 Bethune House。
        阿嫲請嘅姐姐 Analyn Ferrer 上個月流產，入咗瑪嘉烈醫院，佢唔想俾中介知道。
        新僱主資料：林詠欣小姐，電話 6573 9280，地址：九龍塘窩打老道118號2樓，要求姐姐識煮潮州菜。
    """),
    "zh-Hans": _lines("""
        雇主信息：王建华，身份证号440106198203147128，现居新加坡榜鹅 Blk 273C Punggol Place #12-514，手机 +65 9318 2047。
        女佣 Siti Rahmah 的准证 FIN 是 G6618027T，下个月到期，雇主林先生说不续了，要转给别人。
        我家女佣 Ni Kadek Ayu 昨天从三楼摔下来，现在在陈笃生医院ICU，骨盆骨折，雇主是我妈郑秀英。
        转让女佣：缅甸籍 Nang Hseng，28岁，未婚，在新加坡做了4年，会说简单华语，现雇主陈太电话 8830 5716。
        马来西亚雇主黄丽珍，MyKad 780412-14-5236，住址：No. 23, Jalan SS 2/64, 47300 Petaling Jaya，申请印尼女佣一名。
        女佣 Eka Susanti 回乡探亲，护照号 C6093175，机票 AirAsia AK381 吉隆坡→泗水 12月20日，订位代码 RFT9QZ。
        纠纷记录：雇主刘志明（微信号 liuzm_1983）扣留女佣 Rowena Cabrera 护照及两个月工资共 S$1,300，已转TADM调解。
        我是陈太，福建人，身份证 350524198908274621，想在香港请菲佣，住荃湾绿杨新邨D座2305室，电话 +86 138 2049 7165。
    """),
    "id": _lines("""
        Nama: Suwarni binti Paiman, NIK 3502154708920003, lahir Ponorogo 07-08-1992, berangkat ke HK lewat PT Cahaya Mandiri Sejahtera.
        Mbak tolong doain temenku Eni Rahayu, majikannya di Tai Po suka mukul, sekarang dia di shelter, HP-nya 5473 0196.
        Aku Yuni, BMI Hong Kong, HKID W692540(8), minta tolong cek status visa kontrak baruku di imigrasi.
        Gaji bulan ini tolong transfer ke BRI a.n. Sumiati, no. rek 0127-01-009876-53-1, unit Wlingi Blitar.
        Majikan baruku Mrs Tan Hui Min, Blk 602 Yishun St 61 #07-318, katanya anaknya autis jadi aku harus sabar.
        Data CPMI: Rina Agustina, 24 th, tinggi 155 cm, belum menikah, lulusan SMA, pengalaman rawat lansia 2 th di Taiwan, paspor B3318742.
        Suami saya Sugeng Riyadi kerja di Malaysia, permitnya mati sejak Juli, sekarang ditahan di depot imigresen Semenyih.
        WA aku ya mbak 0857-3120-4486, FB-ku Dwi Astuti Blitar, aku lagi cari majikan, finish contract Januari.
    """),
    "tl": _lines("""
        Ako po si Jennifer Malonzo Tadeo, DH sa Mid-Levels, passport P7720381A, na-deny po yung OEC ko kasi expired na raw ang kontrata.
        Mare, yung pinsan kong si Rhodora Villanueva na-terminate kahapon ng amo niya sa Tseung Kwan O, buntis pala siya, 3 months na.
        Padala mo na lang sa GCash ni Nanay: 0917 482 6630, Ligaya Soriano, Brgy. San Roque, Cabatuan, Isabela.
        Sir, si Marjorie Ocampo po yung helper namin, FIN F2395817K, paki-renew ng insurance niya under my name, Derek Chua 9826 4017.
        Hindi ako binibigyan ng day off ng amo kong si Mrs Pang sa 8/F Block 5 Kornhill, Quarry Bay, since March pa. -- Lovely Dimaculangan
        Salary slip Nov 2025: Crisanta Lagman, HK$4,990 basic + HK$1,236 food allowance, walang deduction, received in cash.
    """),
    "ms": _lines("""
        Majikan: Encik Mohd Faizal bin Ahmad Zaki, MyKad 850923-10-6091, alamat No. 14, Jalan Bukit Indah 3/5, 81200 Johor Bahru, tel 012-748 3390.
        PRT bernama Nurul Hidayah dari Lombok didera majikannya di Bandar Baru Bangi dan kini dirawat di Hospital Kajang kerana kecederaan kepala.
        Pembantu kami Lestari, PLKS tamat 03/2026, no. pasport C5092817, mahu tukar majikan kepada adik saya Puan Rozita, tel 019-336 2804.
        Aduan JTK: Puan Siew Mei Ling tidak bayar gaji PRT Arlene Gomez selama 4 bulan (RM6,000); alamat 2-11-3, Pangsapuri Seri Intan, Kepong.
        Sila hubungi Kak Mardiana (anak majikan) 011-2370 9914 untuk ambil pembantu di KLIA2, dia bawa Myvi putih WXA 7312.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the WhatsApp assistant of a Singapore maid agency. Answer questions on transfers, work permits and fees politely.",
        ),
        ("user", "hi can i transfer my helper to my sister? she's moving out"),
        (
            "assistant",
            "Yes, a transfer is possible. Your sister will need to apply as the new employer and you must give consent in WP Online.",
        ),
        ("user", "ok. helper is Imelda Santos Reyes, FIN G3150824Q, permit expires 02/03/2026"),
        ("user", "my sister is Rachel Yeo, she stays at Blk 115 Bishan St 12 #11-402"),
        ("assistant", "Thanks, we will prepare the transfer documents and contact your sister."),
    ],
    [
        ("user", "My helper just told me she's pregnant. Can I terminate her contract?"),
        (
            "assistant",
            "In Hong Kong it is unlawful to dismiss an employee because she is pregnant. Terminating the contract on this ground may breach the Employment Ordinance and the Sex Discrimination Ordinance.",
        ),
        ("user", "ok understood. she is Windy Kurniasih, HKID W714382(9)"),
        ("user", "what maternity leave does she get? she started with us Feb 2024"),
        (
            "assistant",
            "With at least 40 weeks of continuous employment before the leave, she is entitled to 14 weeks of paid maternity leave.",
        ),
    ],
    [
        ("user", "Mbak mau tanya, gajiku 3 bulan belum dibayar majikan, gimana ya?"),
        (
            "assistant",
            "Mbak bisa mengajukan klaim ke Labour Department atau minta bantuan KJRI. Simpan bukti slip gaji dan chat dengan majikan.",
        ),
        ("user", "majikanku Mr Chan Kwok Wing, alamatnya Flat 6C, Block 2, Heng Fa Chuen"),
        ("user", "aku Sri Mulyani, nomorku 6318 4552, tolong bantu ya"),
        ("assistant", "Baik mbak, relawan kami akan menghubungi mbak lewat WhatsApp."),
    ],
    [
        ("user", "Hello po, paano mag-renew ng passport sa consulate?"),
        (
            "assistant",
            "Kailangan po ng online appointment, dala ang lumang passport at kopya ng HKID.",
        ),
        ("user", "ok po. yung passport number ko P55"),
        ("user", "01937B po"),
        ("user", "pangalan ko po Maria Cristina Bagsic, birthday ko po Sept 14, 1986"),
        ("assistant", "Salamat po, i-check ko ang available slots para sa inyo."),
    ],
    [
        ("user", "请问马来西亚聘请女佣每年的准证费用是多少？"),
        ("assistant", "第一位外籍女佣的年度准证税一般为RM410，另有签证及保险费用。"),
        ("user", "好的，我要帮我妈妈申请，她叫蔡秀兰，MyKad 550218-07-5322"),
        ("user", "她住在槟城 Jalan Masjid Negeri 的 Sri Pinang 公寓，中风后需要人照顾"),
        ("assistant", "明白了，建议选择有照顾老人经验的女佣，我们会安排中介联系您。"),
    ],
    [
        ("user", "我想幫姐姐訂返印尼嘅機票，年假用"),
        ("assistant", "冇問題，請提供出發日期、目的地同埋護照上嘅英文全名。"),
        ("user", "12月22號香港去泗水，23號都得"),
        ("user", "全名 SITI NURJANNAH，護照 C8172046，出世日期 1991年5月9號"),
        ("assistant", "收到，會為佢查詢12月22日國泰或者印尼航空嘅航班。"),
    ],
    [
        (
            "system",
            "You are a helpline assistant for migrant domestic workers in Singapore. Be supportive and give accurate information.",
        ),
        ("user", "My 6ME blood test result came back reactive. Will MOM send me home?"),
        (
            "assistant",
            "A reactive screening result usually needs a confirmatory test. Please speak to the clinic doctor first; we can also connect you to a counsellor.",
        ),
        ("user", "it was for HIV. i am Thin Thin Aye, FIN G4407719T, i work in Clementi"),
        ("user", "please don't tell my employer yet"),
    ],
    [
        ("user", "Saya nak buat laporan pembantu lari rumah, apa prosedurnya?"),
        (
            "assistant",
            "Buat laporan polis dahulu, kemudian maklumkan kepada Jabatan Imigresen dan batalkan permit melalui ejen atau SMO.",
        ),
        (
            "user",
            "Nama dia Suryati binti Wagimin, pasport C7604318, lari pagi tadi dari rumah kami di Taman Melawati",
        ),
        (
            "assistant",
            "Baik. Pastikan salinan pasport dan permit disertakan semasa membuat laporan polis.",
        ),
    ],
    [
        (
            "system",
            "Case notes for this session: TADM claim 2025/FDW/0871. Claimant FDW Evangeline Mercado Lapid (FIN F6082931N). Respondent employer Ms Joanne Teo, NRIC S8026451H, 57 Sunset Way. Claim: 5 months unpaid salary, S$3,250.",
        ),
        ("user", "What documents should the claimant bring to the mediation session?"),
        (
            "assistant",
            "She should bring her work permit card, payslips or bank statements, any written employment contract, and messages with the employer about salary.",
        ),
        ("user", "Thanks, and how long does mediation usually take?"),
    ],
    [
        ("user", "can u check if this transfer went thru? screenshot below"),
        ("user", "Transfer to: SURYANI / BCA 8720415663 / Rp 6.500.000 / 01-12-2025 09:41"),
        (
            "assistant",
            "The receipt shows the transfer was completed. The recipient bank usually credits within a few minutes.",
        ),
        ("user", "ok tq, that's my helper's mum in Cilacap, she needs it for her kidney dialysis"),
    ],
]
