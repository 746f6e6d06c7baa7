# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat51: chats about family immigration paperwork (PR, DP, LTVP, spouse visas) in English, Chinese and Malay. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat51
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "official guidance"): _lines("""
        The Long-Term Visit Pass (LTVP) allows eligible foreign spouses, children and parents of Singapore Citizens and PRs to stay in Singapore for an extended period.
        LTVP applications must be submitted by the local sponsor through ICA's e-Service; walk-in submissions are not accepted.
        Processing usually takes about 6 weeks from the date all documents are received, and may take longer if ICA requests more information.
        From 1 May 2021, DP holders who wish to work must hold their own work pass (EP, S Pass or Work Permit); a Letter of Consent is no longer issued to them.
        Documents not in English must be translated by the embassy, a notary public or a court-certified translator, and both the original and the translation uploaded.
        The Pre-Marriage Long-Term Visit Pass Assessment (ICA-PMLA) lets couples find out whether the foreign partner is likely to qualify for an LTVP before they marry.
        ICA Building, 10 Kallang Road, Singapore 208718 - the Citizen Services Centre is open Mon to Fri, 8am to 5pm, by e-Appointment only.
        For enquiries on passes for family members of work pass holders, call the MOM contact centre at 6438 5122 or use the online enquiry form.
        LTVP+ is granted for an initial period of up to three years and gives access to inpatient healthcare subsidies at public hospitals.
        PR applicants may be asked for up to six months of payslips, their highest educational certificate and the birth certificates of all children included in the application.
        Fees: LTVP processing S$30 per application; issuance S$60 per pass; replacement of a lost card S$100.
        An In-Principle Approval (IPA) letter is not a pass - formalities such as the medical examination and card collection must be completed before it expires.
        Parents are not eligible for a Dependant's Pass; EP holders earning at least S$12,000 a month may apply for an LTVP for their parents instead.
    """),
    ("en", "named people and places"): _lines("""
        Lee Kuan Yew, Singapore's first Prime Minister, held office from 1959 to 1990.
        Sir Stamford Raffles founded modern Singapore in 1819, which is why so many buildings here carry his name.
        Our corporate desk at One Raffles Quay, North Tower, Level 25 handles company-sponsored DP applications only.
        Civil marriages are registered at the Registry of Marriages, 7 Canning Rise; Muslim marriages at the Registry of Muslim Marriages on Braddell Road.
        In Crazy Rich Asians, Rachel Chu only flies to Singapore for a wedding - a social visit pass, not an LTVP.
        Mr Bean's passport photo scene is a good reminder: neutral expression, no glasses, plain white background.
        Paddington Bear arrived with a luggage label saying 'Please look after this bear', which sadly is not an accepted travel document.
        KK Women's and Children's Hospital issues the birth record; the birth itself is registered through the LifeSG app.
        Sun Yat Sen Nanyang Memorial Hall at 12 Tai Gin Road is a national monument, not a consular office.
        Tunku Abdul Rahman proclaimed the independence of Malaya at Stadium Merdeka on 31 August 1957.
        Saifuddin Nasution Ismail, Malaysia's Minister of Home Affairs, oversees the Immigration Department.
        The medical exam for PR can be done at any registered clinic, for example at Raffles Medical or the Tan Tock Seng Hospital health screening centre.
        Take the MRT to Lavender station; ICA Building is a five-minute walk along Kallang Road.
    """),
    ("en", "templates and rules"): _lines("""
        Sponsor's full name (as in NRIC): ____________  NRIC No.: ____________  Relationship to applicant: ____________
        Dear {{sponsor_name}}, the application {{app_ref}} for {{applicant_name}} has been approved in-principle. Please complete formalities by {{ipa_expiry}}.
        Declaration: I, [FULL NAME], holder of NRIC/FIN [NUMBER], declare that the information given in this application is true and correct.
        Cover letter, paragraph 2: briefly describe how you met, when you married, and where you intend to live in Singapore.
        Checklist: [ ] passport bio page [ ] marriage certificate [ ] child's birth certificate [ ] sponsor's latest IRAS Notice of Assessment [ ] 3 months' payslips
        The letter of employment must state job title, monthly basic salary and start date, and be signed by HR on company letterhead.
        Photo spec: 400 x 514 pixels, JPEG, under 50KB, taken within the last 3 months, white background.
        The 'Date of Birth' field expects DD/MM/YYYY; 01/01/1990 is shown only as a format hint.
        Statutory declaration of relationship (unmarried partners) - Deponent: <name>; Partner: <name>; Cohabiting since: <month/year>.
        Affidavit: I, ..............................., (NRIC No. ....................), of ............................ make oath and say as follows:
        Mask all but the last 4 characters of any identity number before putting sample screenshots in the shared drive.
        Never paste clients' passport scans into the chat tool; upload them to the encrypted case folder and refer to the case ID only.
    """),
    ("en", "systems and receipts"): _lines("""
        Payment receipt: ICA e-Service fee S$30.00, transaction ref TXN20251118-000482, paid via PayNow at 14:07:33 SGT.
        Speedpost tracking EZ417203968SG - status: Out for delivery (Tampines Delivery Base), 09:12.
        Invoice INV-25-07731: certified translation (Chinese to English), marriage certificate, 1 page, S$65.00 + GST 9% = S$70.85.
        Scheduled maintenance: 22 Nov 2025, 00:00-06:00 SGT. Portal build 7.4.2-rc3 (commit a9f3c1e).
        Error E-LTVP-0427: the uploaded file exceeds 5MB. Please compress it and try again.
        sha256 of the submitted bundle: 73ebc7f49c7ceed61c9e42d50beafc907b02ec936e3f73736eb7aff8906b60c6 - keep it for the audit log.
        Queue number B0217 please proceed to counter 12.
        UK settlement visa slots at the application centre: 3 Dec 09:15, 3 Dec 11:30, 4 Dec 14:00 - priority service costs extra.
        In 2024 our agency filed 412 LTVP applications; 71% were approved on first submission and median processing was 38 working days.
        Biometric appointment confirmation code K7Q-P2M-9XR. Bring this slip and the original passport.
        Fee schedule: PR application S$100 per applicant; Re-Entry Permit S$10 per year of validity.
    """),
    ("en", "flattened assistant chats"): _lines("""
        User: Can my wife work on an LTVP? Assistant: If she holds an LTVP or LTVP+ as the spouse of a Singapore Citizen, her employer can apply for a Letter of Consent; no separate work pass is needed.
        User: what's the difference between LTVP and LTVP+? Assistant: LTVP+ has longer validity and healthcare subsidies; it is for foreign spouses of citizens who have a child together or have been married at least three years.
        Instruction: List the documents a Dependant's Pass applicant needs for a child born overseas. Response: The child's passport, a birth certificate showing both parents, and the parents' marriage certificate.
        Q: My DP got rejected, can I appeal? A: Yes - the employer can submit an appeal on the MyMOM Portal within 3 months, with new information that addresses the reasons.
        User: i'm SC marrying my Vietnamese gf next year, should we do PMLA first? Assistant: It's a good idea - the assessment gives you an indication before you commit to the wedding plans.
        User: how long must my husband hold LTVP before applying PR? Assistant: There is no fixed minimum, but many couples apply after about two years of marriage with a stable household income.
        Prompt: Write a polite email to ICA asking for an update on a pending LTVP application. Use placeholders for all names and numbers.
        User: for UK spouse visa what's the minimum income? Assistant: For new applications since 11 April 2024 the sponsor needs at least 29,000 pounds a year gross.
        User: does my kid need a DP if she is already a Singapore PR? Assistant: No - a PR child doesn't need a DP, but she will need a valid Re-Entry Permit when travelling.
        User: Malaysian spouse of a Singaporean, can apply PR straight away? Assistant: Yes, you can apply at any time; ICA looks at the length of marriage, the sponsor's income and family ties.
        User: australia partner visa 820 processing time?? Assistant: It varies a lot; the Department of Home Affairs publishes global processing times on its website every month.
        User: what does IPA mean on my letter? Assistant: In-Principle Approval - you still need to complete the medical exam and collect the card before the pass is issued.
    """),
    ("zh-Hans", "移民问答与攻略"): _lines("""
        新加坡长期探访准证（LTVP）适用于新加坡公民或永久居民的外籍配偶、子女及父母，由本地担保人在ICA网站在线申请。
        2024年4月起，英国配偶签证的收入门槛提高到每年29,000英镑，已持签人士续签按原标准执行。
        2023年12月起签发新版外国人永久居留身份证，证件号码为18位，与居民身份证位数一致。
        温馨提示：请勿在群里发送护照首页、身份证照片等个人信息，如需核对材料请私信顾问并使用加密链接上传。
        结婚证认证流程：公证处公证后办理附加证明书（中国自2023年11月7日起适用《取消外国公文书认证要求的公约》），无需再办领事认证。
        孙中山南洋纪念馆（晚晴园）位于新加坡大人路12号，是国家古迹，不办理任何签证业务。
        本帖为模板：担保人姓名：＿＿＿；证件号码：＿＿＿；与申请人关系：＿＿＿；联系电话：＿＿＿。
        国家移民管理局12367服务热线提供24小时中英文咨询服务。
        香港入境事务处受养人签证申请表格为ID 997，一般在收齐文件后约4星期内处理。
        翻译费参考：结婚证中译英200元/份，加急另收100元；订单号 TR20251105-0392 可在公众号查询进度。
        我们2024年共递交新加坡PR申请318份，家庭团聚类占41%，平均等待时间约8.5个月。
        马来西亚第二家园计划（MM2H）2024年新规分为银卡、金卡、白金卡，定期存款要求分别为15万、50万、100万美元。
        邵逸夫医院、逸夫楼都是以捐赠人命名的机构名称，填写就医记录或学历时照实填写即可。
    """),
    ("zh-Hans", "对话摘录"): _lines("""
        用户：我老公是新加坡人，我能直接申请PR吗？助手：可以申请，但一般建议先持LTVP在新加坡生活一段时间，婚姻年限和担保人收入都会影响结果。
        用户：DP被拒了怎么办？助手：可由雇主在MyMOM Portal提交上诉，需要补充新的材料说明情况，一般在3个月内提交。
        用户：香港受养人签证能带父母吗？助手：可以，受养父母须年满60岁，保证人需证明有能力供养并提供合适居所。
        用户：中国绿卡配偶类要结婚几年？助手：外籍配偶一般需婚姻关系存续满5年、在华连续居留满5年且每年居住不少于9个月，并有稳定生活保障和住所。
        用户：马来西亚配偶签证可以工作吗？助手：持配偶长期社交访问准证的外籍配偶可向移民局申请在准证上加注允许受雇，无需另办工作准证。
        用户：帮我写一封给ICA的查询邮件，别放任何个人信息。助手：尊敬的ICA：本人于【日期】为【申请人姓名】递交LTVP申请，申请编号【编号】，至今未有结果，烦请告知进度。
        用户：英国配偶签证的英语要求是什么？助手：首次申请需达到CEFR A1，延签需A2，申请永居需B1，来自英语国家或持英语授课学位者可豁免。
        用户：体检在哪里做？助手：新加坡任何注册诊所都可以做LTVP或PR体检，带上护照和ICA的体检表格即可。
        用户：澳洲820配偶签证多少钱？助手：2024-25财年主申请人费用为9,095澳元，具体请以移民局官网公布为准。
        用户：孩子在新加坡出生，父母都是EP和DP，要申请什么？助手：先在出生后办理出生登记，再由EP持有人为孩子申请DP，孩子不会自动获得新加坡公民身份。
    """),
    ("ms", "panduan dan soalan lazim"): _lines("""
        Pas Lawatan Sosial Jangka Panjang (PLSJP) bagi pasangan asing warganegara boleh dipohon di pejabat Imigresen negeri tempat pemohon menetap.
        Pemohon perlu membawa sijil nikah yang didaftarkan di Malaysia, salinan kad pengenalan pasangan warganegara dan pasport pasangan asing yang sah sekurang-kurangnya 12 bulan.
        Pasangan asing yang memegang PLSJP boleh memohon pengendorsan untuk bekerja tanpa permit pekerjaan berasingan.
        Permohonan Taraf Penduduk Tetap bagi isteri asing warganegara lazimnya boleh dibuat selepas lima tahun memegang PLSJP.
        Ibu Pejabat Jabatan Imigresen Malaysia, Aras 1-7 (Podium), Blok 2G4, Presint 2, Pusat Pentadbiran Kerajaan Persekutuan, 62550 Putrajaya.
        Talian Khidmat Pelanggan Imigresen: 03-8000 8000 (Isnin hingga Jumaat, 8.00 pagi - 5.00 petang).
        Tunku Abdul Rahman Putra Al-Haj, Perdana Menteri pertama, mengisytiharkan kemerdekaan Tanah Melayu pada 31 Ogos 1957.
        Menteri Dalam Negeri, Datuk Seri Saifuddin Nasution Ismail, bertanggungjawab ke atas Jabatan Imigresen Malaysia.
        Templat: Nama pasangan warganegara: ________ No. K/P: ______-__-____ Nama pasangan asing: ________ No. Pasport: ________
        Peringatan: jangan kongsi gambar MyKad atau pasport dalam kumpulan WhatsApp ejen; hantar melalui pautan selamat yang diberi pegawai kes.
        Invois #INV-MY-2025-1187: terjemahan sijil kelahiran (Bahasa Indonesia ke Bahasa Melayu), RM120.00, dibayar melalui FPX pada 12/11/2025 15:22.
        Pas Tanggungan di bawah Expatriate Services Division dipohon oleh majikan melalui portal ESD, bukan oleh pekerja sendiri.
    """),
    ("ms", "sembang dirata"): _lines("""
        Pengguna: Isteri saya warga Indonesia, boleh dia kerja kat Malaysia? Pembantu: Boleh, jika dia memegang PLSJP pasangan, dia boleh mohon pengendorsan dibenarkan bekerja di pejabat Imigresen.
        Pengguna: Berapa lama nak dapat PR untuk suami asing? Pembantu: Biasanya selepas lima tahun memegang pas pasangan, dan prosesnya boleh mengambil masa satu hingga tiga tahun.
        Pengguna: anak lahir di luar negara, macam mana nak daftar? Pembantu: Daftarkan kelahiran di Kedutaan atau Pesuruhjaya Tinggi Malaysia, sebaik-baiknya dalam tempoh setahun selepas kelahiran.
        Pengguna: tolong buat surat iringan untuk visa pasangan, guna tempat kosong je untuk nama. Pembantu: Tuan/Puan, saya [NAMA], No. K/P [NOMBOR], ingin memohon PLSJP untuk pasangan saya [NAMA PASANGAN].
        Pengguna: LTVP Singapura untuk isteri Malaysia guna MyKad ke pasport? Pembantu: Pasport diperlukan untuk permohonan; salinan MyKad boleh dilampirkan sebagai dokumen sokongan.
        Pengguna: sijil nikah dari Thailand sah tak? Pembantu: Perkahwinan di luar negara perlu didaftarkan di Pejabat Agama Islam negeri (bagi Muslim) atau JPN sebelum memohon pas pasangan.
        Pengguna: ibu bapa boleh ikut atas pas ekspatriat ke? Pembantu: Bagi kategori tertentu di bawah ESD, ibu bapa boleh dipohon Pas Lawatan Sosial Jangka Panjang.
        Pengguna: nak semak status permohonan, nombor rujukan ada dalam emel je. Pembantu: Sila semak di portal rasmi dengan nombor rujukan tersebut; saya tidak dapat mengakses sistem Imigresen.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi, my wife Pham Ngoc Anh (passport C7319284, DOB 17/10/1994) is on LTVP till 30/06/2026 - can I apply PR for her together with our son Ethan Koh, born 11/04/2023?
        Pls update the DP record: dependant Priya Raghunathan, FIN G7250619M, new address 21 Holland Grove Road #03-07 Singapore 278802.
        Ms Kavitha d/o Ramasamy (S7924015Z) wants to sponsor her mother for an LTVP; her mum has stage 3 kidney disease and is on dialysis three times a week.
        My husband Marcus Teo earns S$4,200 basic as a technician in Tuas, is that enough to sponsor me for LTVP? I'm Jennifer Bautista from Iloilo.
        quick one - my PR got rejected and i think it's because of my 2019 shoplifting conviction. name Ong Kah Wei, T0412736B
        WhatsApp me at 8841 2967 (Sharon) about my mum's LTVP renewal, her FIN is G5509271R
        UK spouse visa - applicant Hazel Tan Mei Ling, SG passport K2748136F; sponsor Oliver Whitmore, 14 Ashby Road, Loughborough LE11 3TU, earns 31,450 pounds a year.
        For the PR form: father Tan Ah Kow (born 1955, retired, diabetic) and mother Lee Siew Lan (born 1958) both live with me at Blk 682 Jurong West Central 1 #05-211 S640682.
        I'm Rachel; my ex-husband Daniel Chua refuses to sign consent for our daughter Chloe's DP renewal, and our custody case is still in the Family Justice Courts.
        Sponsor is Suresh Nair, 36, of Blk 109 Tampines St 11 #10-322 S521109 - his wife's LTVP was refused twice and he wants to appeal.
        Partner visa 820: me Chloe Tan, 29, HIV positive and undetectable since 2021; partner Liam O'Connor, Australian citizen. Will my health stop the grant?
        Paying the DP issuance fee with card 5521 3840 6619 2748 exp 11/27, cardholder ANAND KRISHNAN - transaction keeps failing.
        Dear ICA, I refer to the LTVP application for my brother-in-law Wang Jianguo, PRC ID 430104198701293158, which was rejected for the second time on 2 October.
    """),
    "zh-Hans": _lines("""
        帮我看看这个LTVP资料对不对：申请人周桂兰，女，1962年4月3日出生，身份证370202196204035227，担保人是她女儿（新加坡PR）。
        我老公张浩然（身份证320582199309054275）在新加坡拿EP，月薪8,500新币，我和女儿能一起申请DP吗？
        我叫罗嘉怡，微信 luojiayi_0722，新加坡PR申请被拒两次了，有没有靠谱的中介推荐？
        我女儿刘思琪（330106199508170643）嫁到马来西亚，女婿叫Muhammad Hafiz，她想申请配偶签证，需要我这边开什么证明？
        收件人：吴丽娟 138 2647 9105，福建省厦门市思明区莲前西路862号8栋1502室（公证书寄回）
        我婆婆陈美华去年刚做完乳腺癌化疗，办新加坡长期探访准证体检会不会过不了？她护照号EH3928417。
        英国配偶签拒签信上写着：Mr WANG Lei, you previously overstayed in the UK by 143 days in 2016……我老公王磊这种情况还能再申请吗？
        儿子黄子轩，身份证42010620210228193X，在武汉出生，爸爸黄志强在新加坡工作，准备给他申请DP。
        招行卡6214 8390 0172 5365（户名梁秀芳）交签证费一直扣款失败，是什么原因？
        我和前夫孙立伟的离婚判决书（(2023)京0105民初18427号）要不要翻译？我要给孩子申请香港受养人签证。
    """),
    "zh-Hant": _lines("""
        我太太鄧麗萍拎單程證嚟港，HKID R729045(3)，而家住沙田禾輋邨豐和樓1207室，想幫佢個女由內地申請嚟港團聚。
        受養人簽證申請人：何嘉敏，電話6175 2039，保證人丈夫陳家豪，月入HK$58,000，麻煩幫手睇下夠唔夠。
        我老公張家銘係台灣人，身分證F104935279，想嚟香港以受養人身份同我住，要唔要無犯罪紀錄證明？
        阿爸黃國雄今年72歲，有柏金遜症，我想幫佢申請受養人簽證嚟港同我住，我HKID係XA513268(9)。
    """),
    "ms": _lines("""
        Saya nak mohon PLSJP untuk isteri saya, Dewi Lestari binti Suparman dari Surabaya, pasport Indonesia C4471829. Saya Zulkifli bin Hamid, K/P 880514-10-5527.
        Nombor telefon saya 012-398 4472, nama Nor Azlina binti Hashim; suami saya warga Bangladesh dan pas dia tamat 03/12/2025.
        Anak tiri saya Aiman, 9 tahun, ada autisme - boleh dia dimasukkan dalam Pas Tanggungan suami saya Khairul Anuar bin Rosli yang bekerja di Kerteh?
        Tolong hantar surat kelulusan ke alamat kami: Lee Chong Ming dan Tan Mei Fong, No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor.
        Kes hak penjagaan anak saya dengan bekas suami, Ahmad Zulkifli bin Daud, masih di Mahkamah Syariah Shah Alam - boleh ke saya bawa anak ke Singapura atas LTVP suami baru?
        Gaji suami saya, Mohd Rizal bin Jaafar, RM4,800 sebulan sebagai juruteknik di Kulim - cukup tak untuk taja saya (warga Vietnam) bagi PLSJP?
        Ayah mertua saya, Lim Ah Seng, K/P 540923-07-5243, nak ikut kami ke Singapura atas LTVP; dia ada sakit jantung dan baru pasang stent bulan lepas.
        Boleh semak borang ni? Nama: Jocelyn Ramos, pasport Filipina P5913208C, suami Muhammad Hafiz bin Zainal, K/P 920307-14-6131, nikah 18/08/2022 di Kuala Lumpur.
        Pas pasangan isteri saya, Nguyen Thi Lan (pasport C8842017), dibatalkan sebab dia overstay 40 hari tahun lepas - saya Azman, 016-725 1108, macam mana nak rayu?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are an assistant for a Singapore immigration consultancy. Be accurate and concise.",
        ),
        (
            "user",
            "hi, I'm Singaporean, married my wife in Shenzhen last year. how to apply LTVP for her?",
        ),
        (
            "assistant",
            "Congratulations! As the local sponsor you submit the LTVP application through ICA's e-Service. You'll need her passport, the marriage certificate (translated if not in English) and a recent photo.",
        ),
        (
            "user",
            "ok here's what I filled, can check?\nSponsor: Goh Jun Hao, NRIC S8831542A\nApplicant: HUANG YUTING, DOB 14/03/1991, PRC ID 440106199103142383, passport EJ4827193\nAddress: Blk 226C Sumang Lane #12-448 S823226",
        ),
        ("assistant", "Looks complete. Make sure the name order matches her passport exactly."),
    ],
    [
        (
            "system",
            "You are Helix Mobility's relocation assistant. Do not ask for more personal data than needed.",
        ),
        (
            "user",
            "my husband's EP was just approved, he starts next month. What do I need for DP for me and our son?",
        ),
        (
            "assistant",
            "The employer applies for the DPs on the MyMOM Portal. Prepare your passport, your marriage certificate and your son's birth certificate.",
        ),
        ("user", "his monthly salary is S$9,800. name Arvind Raghunathan, FIN G6183527Q"),
        (
            "user",
            "our son Aarav is 4 and was diagnosed with moderate autism last year - does MOM ask about that?",
        ),
        ("assistant", "MOM doesn't usually require a medical report for a child's DP."),
    ],
    [
        ("user", "我是新加坡PR，想帮我妈申请长期探访准证，有什么条件？"),
        ("assistant", "PR为父母申请LTVP，一般会看担保人的收入、住房情况以及父母本身的经济状况。"),
        ("user", "她今年63岁，有高血压和二型糖尿病，一直在吃药"),
        ("user", "资料：韩淑芬，身份证370202196204035243，护照EK6204518，现住青岛市市南区香港中路"),
        ("assistant", "慢性病一般不影响申请，但体检表需要如实填写。"),
    ],
    [
        ("user", "Assalamualaikum, saya nak tanya pasal visa pasangan untuk isteri dari Indonesia"),
        (
            "assistant",
            "Waalaikumussalam. Untuk PLSJP pasangan, tuan perlu hadir bersama isteri ke pejabat Imigresen negeri dengan sijil nikah dan pasport.",
        ),
        ("user", "Isteri saya Siti Rahayu binti Sutrisno, pasport C 5180732"),
        (
            "user",
            "saya Faizal bin Osman, IC 830211-10-5419, tinggal di Lot 1127, Kampung Sungai Tua, 68100 Batu Caves",
        ),
        ("assistant", "Terima kasih. Sila bawa dokumen asal semasa temu janji."),
    ],
    [
        (
            "user",
            "Can you explain what this letter from the Immigration Department means? pasting below",
        ),
        (
            "user",
            "Dear Mr CHEUNG Ka Lok (HKID Y306157(2)),\nRe: verification of your relationship with LEUNG Wai Man for a One-way Permit application.\nPlease attend an interview at Immigration Tower, Wan Chai on 16 January 2026 at 10:30 a.m. and bring your marriage certificate and proof of residence at Flat 17B, Block 3, Kwun Tong Garden Estate.",
        ),
        (
            "assistant",
            "It's an interview notice. ImmD wants to verify the marriage before the Mainland authorities issue the One-way Permit.",
        ),
    ],
    [
        ("user", "我老公係香港永久居民，我係內地人，想申請受養人簽證，使唔使佢份糧單？"),
        ("assistant", "需要保證人提供入息證明，例如最近三個月糧單同稅單。"),
        ("user", "佢叫陳浩文，做地盤工程，月入大概HK$36,000，HKID K482913(1)"),
        ("user", "有咩要補就打我9263 4817，叫我蘇小姐得㗎喇"),
    ],
    [
        ("user", "what's the financial requirement for a UK spouse visa now?"),
        ("assistant", "For new applications since 11 April 2024 it's 29,000 pounds gross a year."),
        (
            "user",
            "I'm Tom Whitfield, a teacher in Leeds on 31,200. My wife is Malaysian, Nurul Huda binti Ismail, passport A38174520. Is my income enough if she isn't working?",
        ),
        (
            "assistant",
            "Your salary alone meets the threshold, provided you have 6 months of payslips.",
        ),
    ],
    [
        ("user", "Help me check the family section of my PR form before I submit"),
        (
            "user",
            "FAMILY PARTICULARS\nFather: YEO KIM HUAT | DOB 12/07/1956 | Malaysian | retired\nMother: LOW AH MOI | DOB 03/02/1959 | Malaysian | housewife\nSpouse: CHUA PEI SHAN | NRIC T1935047E?? (wait that's my daughter's)\nDaughter: YEO XIN YI | DOB 08/09/2019",
        ),
        (
            "assistant",
            "The NRIC in the spouse row looks like your daughter's - please move it to her row.",
        ),
    ],
    [
        ("user", "我老公是马来西亚人，我们结婚6年了一直住在厦门，可以申请中国绿卡吗？"),
        (
            "assistant",
            "外籍配偶申请永久居留一般要求婚姻满5年，在华连续居住满5年，并有稳定收入和住所。",
        ),
        (
            "user",
            "他叫Tan Boon Hock，护照号A40918273，我身份证350203198807221266，我们住在厦门市湖里区嘉禾路",
        ),
        ("assistant", "可以到厦门市出入境管理部门预约递交材料。"),
    ],
    [
        ("user", "Isteri saya warga Filipina, dah 6 tahun pegang PLSJP. Boleh mohon PR sekarang?"),
        (
            "assistant",
            "Ya, lazimnya selepas lima tahun memegang PLSJP, permohonan PR boleh dibuat.",
        ),
        ("user", "Nama dia Maricel Dela Cruz, pasport P4829173B"),
        ("user", "Kalau ada apa-apa, WhatsApp saya 019-224 6730, Hafiz"),
    ],
    [
        (
            "user",
            "I need to translate a Vietnamese birth certificate for my wife's LTVP. Do you do that?",
        ),
        (
            "assistant",
            "I can draft an English translation, but ICA needs a certified translation, so have it checked by a court-certified translator or the embassy.",
        ),
        ("user", "ok how should I lay it out?"),
        (
            "assistant",
            "Follow the original layout field by field and keep the seal descriptions in brackets.",
        ),
        (
            "user",
            "ok the names on it: Child - Nguyen Thi Thu Trang, born 02/09/1995 in Hai Phong; Father - Nguyen Van Hung; Mother - Tran Thi Mai",
        ),
    ],
    [
        ("user", "Can someone call me about my mum's LTVP renewal? It expires in 2 weeks"),
        ("assistant", "Sure, please share a contact number and a good time to call."),
        ("user", "9785"),
        ("user", "0243"),
        (
            "user",
            "ask for Mdm Revathi. pass holder is my mother Lakshmi Subramaniam, she's 74 and bedbound after a stroke",
        ),
    ],
    [
        ("user", "帮我翻译下这封拒签信："),
        (
            "user",
            "Dear Mr ZHAO Yifan, your application for a UK Family visa (spouse), reference GWF071834229, has been refused. Home Office records show you previously overstayed by 143 days in 2016.",
        ),
        (
            "assistant",
            "赵一帆先生：您的英国家庭签证（配偶）申请已被拒绝，原因是您2016年曾逾期居留143天。",
        ),
        ("user", "那我还能再申请吗？我老婆Emily Clarke在曼彻斯特做护士"),
    ],
    [
        (
            "user",
            "Saya ekspatriat dari India kerja di KL (EP Kategori I). Nak masukkan anak dalam Pas Tanggungan.",
        ),
        (
            "assistant",
            "Majikan tuan perlu memohon melalui portal ESD dengan pasport anak dan sijil kelahiran.",
        ),
        (
            "user",
            "Anak saya Ananya Menon, 7 tahun, pasport India W4827163. Dia sedang rawatan leukemia di hospital swasta - boleh ke dia dapat pas?",
        ),
        (
            "assistant",
            "Keadaan kesihatan tidak semestinya menjejaskan permohonan, tetapi simpan laporan perubatan.",
        ),
    ],
    [
        (
            "user",
            "we're doing the 820 partner visa, what counts as evidence of a de facto relationship?",
        ),
        (
            "assistant",
            "Joint lease, shared bills, joint bank account, statements from friends and photos over time.",
        ),
        (
            "user",
            "we have a joint lease at 4/27 Elizabeth Bay Road, Elizabeth Bay NSW 2011 since 2022 - me Kenji Watanabe and my partner Sophie Marsh",
        ),
        ("user", "also I had a student visa cancelled in 2019 for low attendance, will that hurt?"),
    ],
    [
        ("user", "I submitted PR for my family last March, still no outcome. anything I can do?"),
        (
            "assistant",
            "ICA processing can take 6 months or more. You can check the status online with the application number.",
        ),
        ("user", "ok could your team ring me? 8362"),
        ("user", "5519"),
        ("user", "name's Daniel Koh, the application was for me, my wife Mai and our twins"),
    ],
    [
        ("system", "你是一家新加坡移民咨询公司的客服助手。"),
        ("user", "你好，我想咨询配偶准证"),
        ("assistant", "您好！请问您的配偶是新加坡公民还是PR？"),
        ("user", "公民，我们去年在新加坡注册结婚的"),
        (
            "user",
            "方便的话加我微信详细聊：lixiaoqing_0823，我叫李晓青，在新加坡读研，学生准证明年6月到期",
        ),
    ],
    [
        ("user", "payment on ICA e-Service keeps failing for the LTVP issuance fee"),
        (
            "assistant",
            "Common reasons are a 3-D Secure timeout or an overseas transaction block. Try another browser.",
        ),
        ("user", "card is 4556 3320 1847 1026, exp 08/28, name MARIA SANTOS. bank says no block"),
    ],
    [
        ("user", "Surat ni saya dapat dari Imigresen, tolong terangkan:"),
        (
            "user",
            "Permohonan PLSJP bagi Puan Sunita Devi (Pasport India Z5471820) di bawah tajaan Encik Rajesh Kumar a/l Subramaniam (No. K/P 810416-08-6217) adalah DITOLAK atas sebab rekod jenayah penaja (Akta Dadah Berbahaya 1952, 2015).",
        ),
        (
            "assistant",
            "Permohonan ditolak kerana rekod jenayah penaja. Tuan boleh mengemukakan rayuan secara bertulis.",
        ),
    ],
    [
        (
            "system",
            "You are an internal assistant for Lumen Relocation. Summarise case records for consultants.",
        ),
        (
            "user",
            'summarise this case:\n{"case_id": "LR-2025-0442", "client": "Ho Jia Min", "pass": "DP", "sponsor": "Ho Wei Ming", "sponsor_fin": "F3397104N", "email": "jiamin.ho88@gmail.com", "status": "IPA issued 2025-11-03", "notes": "client pregnant, due Feb; medical exam deferred"}',
        ),
        ("assistant", "DP case with IPA issued on 3 Nov 2025; medical exam deferred."),
    ],
    [
        ("user", "我是台湾人，嫁到马来西亚槟城，要办配偶签证"),
        ("assistant", "需要先在马来西亚注册婚姻，再由配偶陪同到槟城移民局申请长期社交访问准证。"),
        ("user", "我叫林佩君，身分证B228741633"),
        ("user", "老公叫Khoo Beng Chuan，IC 850923-07-5241，住在Jalan Burma那边"),
    ],
    [
        ("user", "Is it safe to share my details here? I'll mask them"),
        ("assistant", "Please avoid sharing full identity numbers; I can help without them."),
        (
            "user",
            "ok: Ramesh Pillai, NRIC S****015J, Blk 417 Bedok North Ave 2 #08-135 - my wife from Chennai had her LTVP rejected twice",
        ),
    ],
    [
        (
            "user",
            "My dad's PR medical came back with 'old healed TB' on the chest X-ray. Will ICA reject?",
        ),
        ("assistant", "Healed TB usually isn't a bar, but ICA may ask for a specialist memo."),
        (
            "user",
            "he's Ong Kah Seng, 67, screened at the clinic in Toa Payoh. should I ask for a sputum test?",
        ),
    ],
    [
        (
            "user",
            "Saya warganegara Singapura, isteri saya rakyat Malaysia. Perlu LTVP ke sebab dia boleh masuk 30 hari?",
        ),
        ("assistant", "Untuk tinggal lebih lama dan mendapat faedah seperti LOC, LTVP disyorkan."),
        (
            "user",
            "Nama isteri Nurul Aisyah binti Kamarudin, IC 950612-01-5388, dia mengandung 5 bulan dan nak bersalin di KKH",
        ),
    ],
    [
        ("user", "我在新加坡拿EP，女儿在成都出生，要给她办DP"),
        ("assistant", "由雇主在MyMOM Portal提交，需要孩子的护照和出生医学证明。"),
        ("user", "女儿王若溪，身份证510107201906110523，护照EG5839201"),
        ("user", "另外我老婆上个月在中央医院做了甲状腺手术，续签DP要不要申报？"),
    ],
]
