# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade36: translation as evasion (English, Malay and Chinese translations, transliterated names, localised formats, translator's notes). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade36
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "translation style guide"): _lines("""
        Names: keep the order used in the source document. For Malaysian Chinese names, give the romanised form exactly as printed on the MyKad, then the Chinese characters in brackets if they appear in the source.
        Do not "correct" a romanisation: Hokkien Tan, Cantonese Chan and Mandarin Chen may all be 陈 — the client's official spelling wins.
        Dates: render DD/MM/YYYY source dates as "12 March 1988" in English, "12 Mac 1988" in Malay and "1988年3月12日" in Chinese; never use the US MM/DD order.
        Numbers: Malay and English both use a comma for thousands (RM12,500.00); Chinese text may use 万 — convert 1.25万 to 12,500, not 1,250.
        Translator's notes go in square brackets with the prefix [TN:] in English, [Nota Penterjemah:] in Malay and 〔译注：〕 in Chinese.
        If an identity number is illegible in the source, write [illegible] rather than guessing the missing digits.
        Redaction rule for samples sent to reviewers: replace every name with {NAME}, every IC number with {IC_NO} and every address line with {ADDR_1}, {ADDR_2}.
        "bin" (son of) and "binti" (daughter of) are part of the legal name and must not be dropped or translated as "son of" in the name field.
        A/L and A/P in Indian Malaysian names stand for anak lelaki / anak perempuan; keep them exactly as printed.
        The dialect group (籍贯) on pre-1990 birth certificates, e.g. "Hokkien" or "Hakka", should be translated, not transliterated.
        Seal text: translate the wording of a stamp in brackets, e.g. [Round seal: Jabatan Pendaftaran Negara, Pulau Pinang].
        Checklist before delivery: page count matches, all stamps and handwritten annotations accounted for, translator's declaration signed and dated.
        Use "Identity Card No." for "No. K/P"; use 身份证号码 for PRC cards and 身份证号码（MyKad）for Malaysian ones.
    """),
    ("ms", "glosari terjemahan"): _lines("""
        Sijil Kelahiran = birth certificate = 出生证明书
        Surat Akuan Berkanun = statutory declaration = 法定声明书
        waris terdekat = next of kin = 直系亲属 / 最近亲属
        Tarikh lahir (HH/BB/TTTT) → date of birth (DD/MM/YYYY) → 出生日期（年/月/日）
        Mahkamah Syariah jangan diterjemah sebagai "Islamic court" dalam dokumen rasmi; guna "Syariah Court" / 伊斯兰法庭（Syariah）.
        Istilah "penjaga" dalam borang sekolah bermaksud guardian, bukan "guard".
        Gelaran Dato', Datin, Tan Sri dan Puan Sri dikekalkan dalam ejaan asal dan tidak diterjemah ke bahasa Cina kecuali diminta klien.
        No. Pendaftaran Syarikat (SSM) 202301045873 (1512349-K) — contoh format nombor syarikat baharu dan lama.
        alamat surat-menyurat = correspondence address = 通讯地址
        Ringgit ditulis RM1,250.00 dalam BM dan BI; dalam teks Cina boleh tulis 1,250令吉 atau RM1,250。
        cuti tanpa gaji = unpaid leave = 无薪假; cuti bersalin = maternity leave = 产假
        Penterjemah bertauliah ITBM perlu menyertakan nombor keahlian di bawah tandatangan pada setiap halaman.
        Contoh templat: Saya, {nama penterjemah}, mengesahkan bahawa terjemahan ini adalah benar dan tepat mengikut dokumen asal.
    """),
    ("zh-Hans", "译注与人名对照"): _lines("""
        〔译注：郑和，马来文献多作 Cheng Ho，印尼文作 Zheng He，均指明代航海家。〕
        陈嘉庚（Tan Kah Kee，1874—1961）为新加坡华侨实业家，厦门大学创办人；英文文献沿用其闽南语拼法。
        孙中山在英文中常作 Sun Yat-sen，马来文作 Sun Yat Sen；槟城孙中山纪念馆位于打铜仔街120号（120 Lebuh Armenian）。
        东姑阿都拉曼（Tunku Abdul Rahman）是马来亚第一任首相，1957年8月31日宣布独立。
        李光耀（Lee Kuan Yew）1959年至1990年任新加坡总理，其回忆录中文版书名为《李光耀回忆录》。
        汉都亚（Hang Tuah）是马来传说中的英雄人物，旧译亦作“杭杜亚”。
        敦拉萨路（Jalan Tun Razak）是吉隆坡主要干道，不宜译为“拉萨先生路”。
        黄飞鸿、叶问等人物名在马来文字幕中通常保留粤语拼音 Wong Fei-hung、Ip Man。
        《红楼梦》中贾宝玉的马来文译名为 Jia Baoyu，译者在脚注中说明“宝玉”意为“珍贵的玉石”。
        苏丹依布拉欣（Sultan Ibrahim）于2024年1月31日就任第17任最高元首，中文媒体亦译作“易卜拉欣”。
        马来文 Encik 相当于“先生”，Puan 相当于“女士”，译人名时称谓应按中文习惯放在姓名之后。
        中文大写数字“壹贰叁肆伍陆柒捌玖拾”用于金额，翻译支票或合同时应同时给出阿拉伯数字。
        本术语表第3.2版（2025-06-18）新增 MySejahtera、PERKESO、KWSP 等27个条目的中文译名。
    """),
    ("en", "subtitles and literature"): _lines("""
        00:14:32,120 --> 00:14:35,004 Ah Q, you fool, the Earth God temple is the other way!
        In Lu Xun's "The True Story of Ah Q", the narrator admits he cannot even be sure how to spell Ah Q's name.
        Subtitle note: Mak Cik Kiah is a stock figure in Malaysian political speeches, not a real individual — keep the name, do not render it as "Auntie Kiah".
        P. Ramlee (1929–1973) directed and starred in "Ali Baba Bujang Lapok" (1960), still a favourite for subtitling exercises.
        Jin Yong's heroes travel badly: Guo Jing becomes Kwee Ceng in old Indonesian editions and Kwok Tsing in Cantonese romanisation.
        Line 212: "Sarah, you can't keep calling Uncle Lim at midnight!" — both are characters from the script.
        Subtitle limits: 42 characters per line for English and Malay, 16 Chinese characters per line, reading speed 17 cps.
        Chapter 3 opens on Jonker Street, Melaka, where the fictional tailor Lim Swee Kim keeps his shop above a kopitiam.
        Malay translators of "Journey to the West" have rendered Sun Wukong both as Sun Wukong and as "Raja Monyet".
        Subtitle file ep07_ms-MY_v3.srt: 612 cues, last timecode 00:43:58,040, md5 9e107d9d372bb6826bd81d3542a419d6.
        The Prime Minister's Hari Kebangsaan address is usually published in Malay first, with English and Chinese versions following in the press.
        Translating Tan Twan Eng's "The Garden of Evening Mists" into Chinese means undoing the author's own transliterations of Penang Hokkien.
    """),
    ("ms", "agensi awam dan talian"): _lines("""
        Jabatan Pendaftaran Negara, No. 20, Persiaran Perdana, Presint 2, 62551 Putrajaya.
        Kedutaan Besar Republik Rakyat China, 229 Jalan Ampang, 50450 Kuala Lumpur.
        Talian Kasih 15999 beroperasi 24 jam untuk aduan keganasan rumah tangga dan kebajikan kanak-kanak.
        Untuk pertanyaan am mengenai pengesahan dokumen, hubungi Pusat Panggilan Kerajaan di talian 03-8000 8000.
        Permohonan pasport Malaysia boleh dibuat di mana-mana pejabat Imigresen; bayaran RM200 untuk tempoh sah 5 tahun.
        Institut Terjemahan & Buku Malaysia (ITBM), Wisma ITBM, No. 2, Jalan 2/27E, Seksyen 10 Wangsa Maju, 53300 Kuala Lumpur.
        Borang permohonan daftar lewat kelahiran boleh dimuat turun dari portal rasmi JPN dalam bahasa Melayu dan Inggeris sahaja.
        Notis: Kaunter terjemahan ditutup pada 1 dan 2 Syawal; permohonan segera boleh dihantar ke terjemahan@penterjemah-bertauliah.com.my.
        Hospital Sultanah Aminah, Jalan Persiaran Abu Bakar Sultan, 80100 Johor Bahru.
        SJK(C) Chung Hwa, Jalan Tun Abdul Razak — nama Cina rasmi sekolah ialah 中华国民型华文小学.
        Laporan Statistik Penterjemahan 2024: 18,406 dokumen disahkan, 62% daripadanya sijil kelahiran dan sijil perkahwinan.
        Yayasan Tun Hussein Onn menawarkan biasiswa kepada pelajar jurusan terjemahan; tarikh tutup 30/06/2026.
    """),
    ("en", "localisation engineering"): _lines("""
        msgid "Your IC number {ic_no} has been verified" / msgstr "Nombor KP anda {ic_no} telah disahkan"
        date_format.zh_CN = "yyyy年M月d日"; date_format.ms_MY = "d MMMM yyyy"; date_format.en_SG = "d MMM yyyy"
        ICU MessageFormat: "{count, plural, other {# dokumen}}" — Malay has no plural inflection, so one branch is enough.
        Release notes v4.12.3 (build 20251127.2): fullwidth digits (０-９) are now normalised before IC-number validation.
        commit 7c1e9a4f2b: translate signup form to zh-Hans; "Nama penuh seperti dalam MyKad" → "姓名（与MyKad一致）".
        Phone mask per locale: MY "+60 1#-### ####", SG "+65 #### ####", CN "+86 1## #### ####".
        Test fixture: name="测试用户", ic="000000-00-0000", phone="+60 10-000 0000" — dummy values only.
        Jira LOC-3381: Chinese translation of "next of kin" inconsistent (紧急联系人 vs 直系亲属) across 14 screens.
        Crowdin export 2025-11-30T09:14:22+08:00 — ms: 98.4%, zh-Hans: 91.7%, zh-Hant: 76.2% translated.
        Placeholder check failed: source "{first_name} {last_name}" vs target "{last_name}{first_name}" — order swap is allowed for zh-Hans.
        sha256(glossary_v3.2.tbx) = 3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea
        Locale fallback chain: ms-SG → ms-MY → en-SG → en.
        Do not machine-translate field labels in the KYC form; use the approved glossary (glossary_id=GL-2207).
    """),
    ("zh-Hans", "翻译公司业务"): _lines("""
        订单号 TR-20251128-0457：出生证明（马来文→中文）1页，加急，预计12月2日交付。
        报价：证件类翻译每页RM80，含翻译专用章；认证翻译另加RM50/份；快递费RM15。
        发票号 INV/MY/2025/03318，金额 RM1,245.00（含6%服务税），开票日期 2025-11-30。
        本公司已通过 ISO 17100:2015 认证，所有证件译文均附译者声明及公司盖章。
        客服热线 1-300-22-8866（周一至周五 9:00–18:00），微信公众号：星洲译通。
        快递单号 EP417392058MY 已由 Pos Laju 揽收，当前状态：运输中（吉隆坡转运中心）。
        温馨提示：请勿在微信中直接发送身份证照片，请通过加密上传链接提交，链接72小时后失效。
        陈氏书院、邱公司（Khoo Kongsi）等宗祠名称在英文中一般保留方言拼写，不要改成汉语拼音。
        译员招聘：要求持有 ITBM 或 NAATI 认证，熟悉马来西亚法律文书，待遇面议。
        2025年第三季度共完成中马互译项目1,284单，平均交付周期2.6个工作日。
        合同模板第7条：乙方应对委托文件中的个人资料保密，不得用于翻译以外的任何用途。
        逸夫楼、邵逸夫医院等以捐赠人命名的建筑，英译时保留 Run Run Shaw 原名。
    """),
    ("mixed", "forum code-switching"): _lines("""
        Eh guys, nak tanya, translation of sijil lahir for China visa kena certified by notary ke? 谢谢！
        我之前做过PR申请，翻译公司收RM60一页，lepas tu kena stamp kat Wisma Putra, total about 2 weeks.
        Tips: kalau nama dalam IC ejaan Hokkien, visa China akan tulis ikut passport, jangan risau pasal pinyin lain.
        Anyone know "Penolong Pegawai Tadbir" in Chinese? 行政助理官 or 助理行政官? 我老板要明天交。
        Lol machine translation turned "Kak Long" into "Sister Long" 🤣 should be 大姐 lah.
        Jangan upload gambar IC dalam group ni ya, admin akan delete. 身份证照片请私聊翻译社。
        Question: 户口本 translate as "household register" or "hukou booklet"? Embassy KL accept both ke?
        Update: embassy now wants the translation stapled to a copy of the original, effective 1 Dec. Semak website dulu.
        Pro tip: in formal Chinese dates like 2025年12月5日 people usually skip the leading zero, jangan tulis 12月05日.
        Thread closed. Untuk soalan baharu sila guna template: [Jenis dokumen] [Bahasa sumber→sasaran] [Tarikh perlu].
        "Almarhum" before a Sultan's name = the late; 已故 in Chinese. Jangan translate as "deceased Mr".
        Betul ke Hikayat Abdullah ada terjemahan Cina? Abdullah Munsyi tu penulis abad ke-19 kan.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        CERTIFIED TRANSLATION — Birth Certificate No. BX 48217. Name of child: LIM WEI XUAN (林伟轩). Date of birth: 14 March 1991 [source: 14/03/1991]. Father: LIM AH CHOON (林亚春), MyKad 620915-07-5171. Mother: KHOO SIEW LAN (邱秀兰).
        [TN: The surname "Ng" on the applicant's MyKad is the Hokkien romanisation of 黄; the PRC household register lists the same person as HUANG Meiling (黄美玲), born 1993年5月14日, ID 350102199305140426.]
        Translation of marriage certificate: Husband — Muhammad Hafiz bin Rosli, IC 880721-10-5433; Wife — Chen Xiaoyu (陈晓雨), PRC passport E83920174; solemnised 02 Jun 2019 at Pejabat Agama Islam Daerah Petaling.
        Translator's note: the patient appears as "Goh Kim Hock" in the discharge summary and as 吴金福 on the prescription slip; same patient (MRN HPP-2291847), treated for stage II colorectal carcinoma.
        Payslip translated from Chinese: employee 梁志豪 (Leung Chi Ho), HKID Y305827(A), monthly salary HK$38,500 (原文：叁万捌仟伍佰港元), HSBC a/c 412-739105-838.
        English rendering of police report KLANG/004217/25: complainant Nor Azlina binti Kamaruddin, 34, of No. 17, Jalan Mawar 3/2, Taman Sri Andalas, 41200 Klang, states her ex-husband assaulted her on 3/11/2025.
        Pls update the guest list translation — "Auntie Kwan" is Kwan Lai Fong (关丽芳), HK mobile 9472 1836, needs wheelchair access + vegetarian meal.
        TN: DOB given in the lunar calendar (农历戊辰年正月廿五); Gregorian equivalent 12 March 1988 for the applicant Tan Boon Keat, NRIC S8834521E.
        Court interpreter's note, Sessions Court Johor Bahru, case JB-62R-118-07/2025: the accused, Wong Kar Seng (黄家成), answered in Hakka; his wife Lee Mei Fong was in the gallery.
        Sworn translation of divorce judgment: Plaintiff ZHOU Lina, born 1987-06-15, ID 310115198706152348; Defendant Ong Teck Seng, Malaysian passport A58203746; custody of the minor Ong Yu Xuan awarded to the Plaintiff.
        Transcript of voice note (Hokkien, translated): "Ah Hock, my number changed, now zero one six, seven two five, nine nine three one, tell your mother." Speaker: Ah Hock's aunt, Koay Guat Eng.
        Translation of tenancy agreement, Schedule 1: Tenant — Rajeswari a/p Subramaniam, IC 850722-14-6032, unit B-12-07, Residensi Sri Petaling, 57000 Kuala Lumpur; rent RM1,850.00/month.
        Back-translation check: source said "card ending 1625" but our Malay draft expanded it to the full 4556 3801 2947 1625 of Mr Yap Chee Keong — fix and re-issue.
        Referee letter (translated from Malay): I have known Nurul Ain binti Zulkifli since 2016; she can be reached at nurulain.zulk92@gmail.com or +60 19-442 0876.
    """),
    "ms": _lines("""
        Terjemahan sijil cuti sakit: Pesakit LEE SOOK YEE (李淑仪), No. KP 930819-10-5568, diberi cuti sakit dari 03/12/2025 hingga 05/12/2025 kerana gastroenteritis akut.
        Nota Penterjemah: nama bapa pemohon dalam dokumen Cina ialah 蔡文华 (Cai Wenhua), dieja CHUA BOON HUAT dalam MyKad; pemohon ialah anaknya Chua Li Ting, lahir 19 Ogos 1993.
        Salinan terjemahan penyata gaji: Pekerja Muthusamy a/l Karuppiah, No. Pekerja 20417, gaji pokok RM4,280.00, potongan KWSP RM471.00, akaun Maybank 1142 8830 5271.
        Untuk makluman, borang visa Encik Azman Shah bin Idris (pasport A37194026) dah siap diterjemah; alamat beliau No. 8, Lorong Kenari 5, Taman Bukit Indah, 81200 Johor Bahru.
        Terjemahan Sijil Kelahiran (Cina → Melayu): Nama anak: Wang Zihan (王子涵), lahir 2021年4月8日 = 8 April 2021 di Xiamen; ibu: Liew Pei Shan, No. KP 910314-07-5284.
        Dia minta saya translate surat doktor, rupanya Kak Zaleha Ismail dari Blok C PPR Kerinchi dah disahkan HIV positif sejak Mac, tolong jangan cerita kat orang lain.
        Laporan polis diterjemah ke bahasa Cina untuk tuntutan insurans: kereta PKC 7319 milik Teoh Swee Lan dilanggar di Jalan Sultan Azlan Shah, Bayan Lepas pada 21/10/2025.
        Penterjemah, sila ambil perhatian nombor telefon ditulis dalam angka Cina — 零一七 六零三 二二一九 — iaitu 017-603 2219 milik pemohon, Cik Ho Wai Leng.
        Terjemahan keputusan mahkamah: Mahkamah Majistret Butterworth mendapati Ravi a/l Krishnan (KP 770105-01-5127) bersalah memandu di bawah pengaruh alkohol dan didenda RM5,000.
        Nama dalam pasport China: ZHANG JUNJIE; dalam permit kerja ditulis "Chong Choon Kit" (ejaan Hakka) — orang yang sama, No. Pasport EJ4829103, majikan Perabot Kim Wah Sdn Bhd.
        Waris terdekat (diterjemah dari 紧急联系人): Encik Lau Kok Wai, abang kepada pemohon, tel 012-388 4102, Taman Melawati, Hulu Kelang.
        Sampel untuk klien TIDAK patut ada butiran sebenar — tapi fail sample_final.docx masih ada nama Puan Sharifah Nor Hidayah binti Syed Mansor dan IC 680930-08-5572.
    """),
    "zh-Hans": _lines("""
        译者注：申请人姓名马来文作 TAN KAH WENG，系福建话拼音，普通话为陈家荣；出生日期原文26/02/1990，中文译作1990年2月26日，MyKad 900226-07-5431。
        证件翻译（中译英）附注：被保险人 骆建国 Luo Jianguo，男，1965年8月2日生，身份证号44140219650802317X，2025年11月在梅州确诊二型糖尿病合并肾病。
        户口簿翻译：户主 吴春燕（Wu Chunyan）；长子 许晨阳，2012年7月出生；住址：福建省泉州市南安市溪美街道成功街88号。
        护照姓名拼音 LAM KA YAN 是粤语拼法，对应中文林嘉恩；持有人香港身份证 K482613(2)，手机 6138 2057。
        我帮表哥翻译马来西亚工作准证申请，他叫符永强，海南人，身份证460106199901192856，微信号 fu_yongqiang99。
        译文（马来文译中文）：申请人 Nur Farhana binti Azmi 月薪为马币6,800令吉（RM6,800.00），雇主为 Petronas Chemicals（摘自其雇佣信）。
        〔译注：原件手写电话“一三八二四一七六六三零”即138 2417 6630，为收件人郑丽华的手机号码。〕
        翻译稿第2页：患者 黄思敏（Ng Sze Min），新加坡公民，NRIC T0219473I，诊断：重度抑郁发作，建议住院治疗。
        英文版已送审，但中文版车主信息没删：新加坡车牌 SKF 4821 J，车主 Chua Hui Min，住 Blk 512 Jurong West St 52 #08-233, S640512。
        离婚调解书（中译马）：女方 邓雅琪，香港居民，身份证 P771024(4)；男方 Rosman bin Yusof；男方每月支付子女抚养费 HK$6,000。
        银行卡号请勿机翻：6228 4804 1937 2588 014（农业银行，户名 蔡振宇）。
        译员反馈：原文“陈先生”指的是陈国栋，住吉隆坡蕉赖 Taman Segar 第三路12号，他的糖尿病足已截肢，保险理赔需附此译文。
        台湾身份证 F217463088 的持有人林佩君，2025年12月1日起派驻槟城办事处，联系邮箱 peichun.lin0412@gmail.com。
        出生日期：一九八二年十二月三十日；身份证号：440582198212305261；姓名：李晓彤（马来文译本误作 Lee Siao Tong，请更正为 Li Xiaotong）。
    """),
    "zh-Hant": _lines("""
        譯者註：申請人 陳志明 的英文拼音 CHAN CHI MING 依香港身份證所載，身份證號碼 R194652(7)，住址 九龍觀塘協和街101號8樓C室。
        勞工合約翻譯（英譯中）：外傭 Siti Rahmah binti Yusuf（印尼籍），護照號碼 C7384921，月薪 HK$4,990，僱主 何美玲，電話 5403 9921。
        台灣身分證 A235816493 持有人 張雅婷，已在馬來西亞登記結婚，配偶 Lim Chee Meng，現住檳城 Jalan Burma 218-C。
        翻譯好的醫生紙：病人 區嘉慧，女，38歲，住九龍城，確診乳癌第二期，需於伊利沙伯醫院接受化療。
    """),
    "mixed": _lines("""
        Boss, tolong translate WhatsApp ni ke BM: 「阿梅，你的新加坡FIN是 G5120947N，下周一去MOM拿work pass」 — Amei tu Ong Siew Mei, our new hire.
        Translate to English pls: 我老婆 Priya 上个月流产了，医生说是子宫问题，她全名 Priya a/p Rajendran, IC 930502-08-6126.
        [MT output, unreviewed] Nama: Koh Jia Hui / 许嘉慧 / Xu Jiahui; Tarikh lahir: 2012-07-23 / 23.07.2012 / 2012年7月23日; Sekolah: SJK(C) Chung Hwa Klang, Darjah 6 Bestari.
        Draft EN→ZH: "Mr Ahmad Faizal's wife Noraini called — his bail hearing is on 12/12, case WA-45-77-11/2025, bring his passport A61039288." 译：艾哈迈德·费萨尔先生的妻子诺莱妮来电……
        Nota: "Ah Boy" dalam surat ni = Tan Jun Hao (陈俊豪), anak Encik Tan Chee Wah; 他的自闭症诊断报告需要翻成英文给学校。
        @翻译组 这份 surat akuan 里的 Mdm Ho Siew Peng NRIC S7612048Z 和她的 Blk 88 Tanglin Halt Rd #14-1075 记得 mask 掉再发给 vendor
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a certified translation assistant. Translate the user's Chinese documents into formal Malay.",
        ),
        (
            "user",
            "请翻译：兹证明 周伟 同志，身份证号 350583198803124213，于2020年3月至2025年6月在本公司任职销售经理。",
        ),
        (
            "assistant",
            "Dengan ini disahkan bahawa Encik Zhou Wei, No. Kad Pengenalan 350583198803124213, telah berkhidmat sebagai Pengurus Jualan di syarikat ini dari Mac 2020 hingga Jun 2025.",
        ),
        ("user", "ok, tambah juga gaji dia: 月薪18,000元人民币"),
    ],
    [
        ("user", "How do I write a Malaysian address in Chinese for a Taobao order?"),
        (
            "assistant",
            "Chinese addresses go from large to small: country, state, city, postcode, street, unit number, then the recipient. Send me the address and I'll convert it.",
        ),
        (
            "user",
            "No. 23, Jalan SS 2/64, 47300 Petaling Jaya, recipient Yeoh Pei Wen, 016-725 9931",
        ),
        (
            "assistant",
            "马来西亚雪兰莪州八打灵再也 47300，SS 2/64路23号；收件人：杨佩雯；电话：+60 16-725 9931",
        ),
    ],
    [
        ("user", "translate to english line by line pls"),
        ("user", "她叫谢玉珍"),
        ("assistant", "Her name is Xie Yuzhen."),
        ("user", "新加坡身份证 S8519336H"),
        ("assistant", "Singapore NRIC: S8519336H."),
        ("user", "去年确诊红斑狼疮，现在每个月在中央医院复诊"),
        (
            "assistant",
            "She was diagnosed with lupus last year and now has a follow-up at the Singapore General Hospital every month.",
        ),
    ],
    [
        (
            "user",
            "Tolong terjemah ke bahasa Cina: 'Saya, Mohd Khairul bin Hassan, No. KP 900611-03-5319, dengan ini mengaku bahawa saya tidak mempunyai sebarang rekod jenayah.'",
        ),
        (
            "assistant",
            "本人 Mohd Khairul bin Hassan（身份证号码 900611-03-5319）特此声明，本人并无任何犯罪记录。",
        ),
        ("user", "terima kasih, nama dia nak transliterate jadi 莫哈末凯鲁 boleh?"),
        (
            "assistant",
            "Boleh, tetapi dalam dokumen rasmi lebih baik kekalkan ejaan asal dan letak transliterasi dalam kurungan.",
        ),
    ],
    [
        (
            "system",
            "Translate subtitles from Malay to Simplified Chinese. Keep the timecodes unchanged.",
        ),
        ("user", "00:01:12,400 --> 00:01:14,900 Mak, Along dah balik!"),
        ("assistant", "00:01:12,400 --> 00:01:14,900 妈，大哥回来了！"),
        (
            "user",
            "oh btw also translate this msg for my landlord: 'Mr Lim, my rent transfer of RM1,600 from CIMB account 7061283945 (Nurul Hidayah Jamal) failed, I will pay cash on Saturday.'",
        ),
        (
            "assistant",
            "林先生，我（Nurul Hidayah Jamal）从联昌银行账户 7061283945 转账的房租 RM1,600 失败了，我星期六付现金。",
        ),
    ],
    [
        (
            "user",
            "In the Chinese version of a condolence card should I write 'Tan Sri' for my father?",
        ),
        (
            "assistant",
            "Only if he actually holds the title. Otherwise use 先生 after the name, or simply 家父 when you are the writer.",
        ),
        (
            "user",
            "He's not Tan Sri lol, just my dad, 陈志雄 / Tan Chee Hong. he had a stroke last week at Sunway Medical, I need the medical report translated for his Great Eastern claim, policy 0041738829",
        ),
    ],
    [
        ("user", "把这个日期改成马来西亚格式：1976年9月27日"),
        ("assistant", "27/09/1976，或写作 27 September 1976。"),
        (
            "user",
            "好，再翻译这行：持证人 郑少雄，公民身份号码 445102197609271633，签发机关 潮州市公安局湘桥分局",
        ),
        (
            "assistant",
            "Pemegang: Zheng Shaoxiong, No. Identiti Warganegara 445102197609271633, dikeluarkan oleh Cawangan Xiangqiao, Biro Keselamatan Awam Bandar Chaozhou.",
        ),
    ],
    [
        (
            "user",
            "My passport says ZHENG MEIQI but my MyKad says CHEANG MEI KEE, the embassy translator wants a note. Can you write one?",
        ),
        (
            "assistant",
            "Sure: [TN: CHEANG MEI KEE (Cantonese romanisation) and ZHENG MEIQI (Hanyu Pinyin) are two spellings of the same name, 郑美琪.]",
        ),
        ("user", "add my IC 950417-10-5820 and date of birth 17 April 1995 also, both formats"),
    ],
    [
        (
            "user",
            "幫我將呢段譯做英文：「本人 麥詠詩，香港身份證號碼 Z683105(3)，住址：新界沙田禾輋邨豐和樓1208室。」",
        ),
        (
            "assistant",
            "I, Mak Wing Sze, holder of Hong Kong Identity Card No. Z683105(3), residing at Flat 1208, Fung Wo House, Wo Che Estate, Sha Tin, New Territories.",
        ),
        ("user", "thx 仲有我老公 Ronald Chu 嘅電話 6288 4410 都加埋落去"),
    ],
    [
        (
            "user",
            "請把這段翻成馬來文：「我是吳孟潔，LINE ID: mengjie_0823，台灣身分證 B281740529，下個月去吉隆坡工作，住在 Mont Kiara 的 Arcoris 公寓」",
        ),
        (
            "assistant",
            "Saya Wu Meng-chieh, ID LINE: mengjie_0823, kad pengenalan Taiwan B281740529, bulan depan akan bekerja di Kuala Lumpur dan tinggal di kondominium Arcoris, Mont Kiara.",
        ),
        ("user", "ok terima kasih!"),
    ],
]
