# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade37: self-corrections and retractions (values given then corrected, struck through, 'scratch that'; English, Malay, Chinese). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade37
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "corrections and errata"): _lines("""
        Correction: An earlier version of this article said the Bank of England raised rates to 5.5%. It raised them to 5.25%. We regret the error.
        CORRECTION (Dec 3): The story misidentified the minister who announced the package. It was then-Finance Minister Lawrence Wong, not the Trade Minister.
        Erratum: In Table 2, the median follow-up should read 38.4 months (IQR 22.1–51.7), not 34.8 months. The conclusions are unchanged.
        An earlier version of this profile gave the wrong year for Yusof Ishak's appointment as Yang di-Pertuan Negara; it was 1959, not 1965.
        Editor's note: this piece originally stated that Jane Austen's Persuasion was published in 1815. It appeared posthumously in December 1817.
        Update 14:20 — we previously reported 17 injured; police have revised the figure to 11. No names have been released.
        Retraction notice: the authors have retracted this article after an error in the analysis code (commit 9f3c2ab) inflated the effect size from d = 0.12 to d = 0.71.
        Clarification: Sherlock Holmes's address is 221B Baker Street, not 221A as printed in yesterday's crossword solution.
        Correction: the donation hotline for the flood relief fund is 1800-222-0000, not 1800-222-0001 as shown in the print edition.
        We wrongly stated that Tan Tock Seng Hospital's emergency department would close on 25 December. It remains open 24 hours.
        A photo caption in the 2 Dec edition placed the Sultan Abu Bakar State Mosque in the city centre; it is on Jalan Skudai, Johor Bahru.
        Earlier versions of this report misquoted the central bank governor's speech: the inflation forecast is 2.1–2.6%, not 2.6–3.1%.
        Correction appended: the headline originally said "thousands"; turnout was estimated at 800 by organisers and 450 by police.
    """),
    ("en", "changelogs and commit messages"): _lines("""
        Revert "Bump pydantic to 2.9.1" — wrong pin, scratch that, it should be 2.8.2. This reverts commit 4e1d9b07c2a3f5e8d6b1a0c9f7e2d3b4a5c6e7f8.
        fix: typo in DEFAULT_TIMEOUT (was 300ms, meant 3000ms)
        v3.14.1 ~~v3.41.1~~ — hotfix release; the tag was pushed with transposed digits and deleted within 2 minutes.
        CHANGELOG 2.0.0-rc.3: dropped the `--legacy-ids` flag introduced in rc.2 (not rc.1 as the previous entry claimed).
        amend: previous commit message said "closes #4471", should be "closes #4417"
        Reverted migration 0047_add_customer_nric. We do not store NRIC numbers; that column should never have existed.
        docs: README example no longer shows an ID-shaped literal; `mask("<NRIC>")` uses a placeholder instead of a sample number.
        Oops — force-pushed over main by mistake; restored from reflog at 2025-11-28T09:41:17Z. HEAD is back at 3f9e07a.
        chore: the SHA-256 for the 1.7.0 tarball was wrong in the release notes. Correct: 50d25ea3ee1ce0ede28329455027beac817d15305958717114b4942b704bc245
        Release notes 4.2.0 (amended): the minimum supported Node version is 18.17, ~~16.20~~ not 16.20 as first published.
        Correction to yesterday's incident report: the outage window was 02:14–02:51 UTC (37 min), not 02:14–03:51.
        Deprecated `User.ssn` — scratch that, we're removing it outright in 5.0. Use `User.tax_id_ref`, which stores only a vault token like `tok_8c1f…`.
    """),
    ("en", "support macros and templates"): _lines("""
        Hi {{first_name}}, thanks for letting us know the postcode we had on file was wrong. We've updated it to {{new_postcode}}.
        Agent note template: Customer corrected [FIELD] from [OLD VALUE] to [NEW VALUE] on [DATE]. Verified via [METHOD].
        If a caller says "sorry, it's 7 not 1", read the whole number back to them before saving — never save a partially corrected ID.
        Policy: when a customer retracts information they gave by mistake (e.g. a card number typed into chat), delete the message and log only the ticket number.
        Our customer care line is 1300-88-1111 (Mon–Fri 8am–8pm); for lost cards call +60 3-2178 8888, 24/7.
        Please disregard our previous email — the discount code WINTER25 has expired; the valid code is WINTER26 until 31 Jan.
        Correction: your order #A-77120349 will ship on 9 Dec, not 6 Dec. Tracking: SPXMY0429918374.
        Reminder for agents: do not paste a full NRIC into Zendesk. Keep only the last 4 characters and the ticket ID.
        Template: "I'm sorry, I gave you the wrong reference earlier. Your case number is <CASE_ID>, not <WRONG_ID>."
        We sent this survey to you in error. Please ignore it — no action is needed.
        Scratch the earlier macro: the refund SLA is 7 business days, not 14.
        Invoice INV-2025-00871 was issued with GST at 8%; credit note CN-2025-00112 reissues it at 9%, as required from 1 Jan 2024.
        SMS template: "Please ignore our last SMS — your appointment is on {date} at {time}, not {wrong_date}. Reply C to confirm."
    """),
    ("ms", "pembetulan dan ralat"): _lines("""
        RALAT: Tarikh tutup permohonan Biasiswa Yayasan Sime Darby ialah 15 Mac 2026, bukan 5 Mac seperti yang dinyatakan sebelum ini.
        Pembetulan: Hospital Sultanah Aminah Johor Bahru kekal beroperasi seperti biasa; kenyataan terdahulu mengenai penutupan jabatan kecemasan adalah tidak tepat.
        Ralat berita semalam: Yang di-Pertuan Agong pertama ialah Tuanku Abdul Rahman, bukan Tunku Abdul Rahman Putra seperti yang tertulis.
        Maaf, terdapat kesilapan pada poster: Talian Kasih ialah 15999, bukan 15909. Sila kongsi semula poster yang telah dibetulkan.
        Kenyataan media (dipinda): jumlah mangsa banjir di PPS Kuala Krai ialah 1,842 orang, bukan 1,482.
        PEMBETULAN HARGA: Minyak masak 5kg RM29.90 (bukan RM2.99). Harap maklum.
        Ralat: Jalan Tun Razak ditutup sementara dari 10 malam hingga 5 pagi, bukan Jalan Tun Perak.
        Notis pembetulan: No. pendaftaran syarikat yang betul ialah 201901034567 (1344556-K); nombor terdahulu tersalah taip.
        Pindaan jadual: kertas Matematik Tambahan SPM pada 19 Nov (Rabu), bukan 18 Nov.
        Artikel terdahulu tentang Tun Dr. Ismail Abdul Rahman telah dibetulkan: beliau meninggal dunia pada 2 Ogos 1973, bukan 1974.
        Pembetulan: kadar dividen yang diumumkan ialah 5.75 sen seunit, bukan 5.57 sen; bonus 0.50 sen kekal.
        Sekolah Kebangsaan Tun Hussein Onn memaklumkan hari terbuka dipinda ke Sabtu, 13 Disember (bukan Jumaat).
        Talian aduan KPDN yang betul ialah 1-800-886-800 — harap abaikan nombor dalam mesej sebelum ini.
    """),
    ("ms", "mesej kumpulan"): _lines("""
        eh silap, mesyuarat PIBG kat bilik 3 bukan bilik 2 ya
        sorry geng, scratch that, futsal tukar ke Khamis 9mlm. Court no 4.
        tak tak, bukan RM15 seorang, RM18 sbb ada air sekali
        Salah taip tadi 🙏 kod diskaun: RAYA2026 bukan RAYA2025
        Ralat: bas rombongan bertolak dari dataran sekolah pukul 7.30 pg, bukan 7.00. Jangan lambat!
        Abaikan msg atas, dah padam. Link zoom yg betul ada dlm emel dari pejabat.
        Maksud saya 2 bungkus nasi lemak, bukan 12 😂
        Betulkan sikit: kelas mengaji minggu ni cuti, sambung 16hb.
        ~~Hari Jumaat~~ Hari Sabtu gotong-royong taman, mula 8pg. Bawa sarung tangan sendiri.
        Admin: sila JANGAN hantar no IC dalam group ni. Kalau dah terhantar, padam dan PM bendahari.
        Akaun persatuan utk yuran: Maybank 5123 4567 8901 (Persatuan Penduduk Taman Melati) — tadi tertinggal satu digit.
        Oops tertekan hantar awal. Ok sambung: jangan lupa bawa bekas makanan sendiri, kita kurangkan plastik.
    """),
    ("zh-Hans", "更正启事与勘误"): _lines("""
        更正启事：本报12月3日第A05版《地铁14号线东延段开通》一文中，“全长12.6公里”应为“全长16.2公里”，特此更正并致歉。
        勘误：第37页表3-2中“2019年”应为“2021年”；第58页第4行“王安石变法”误作“王安石变革”。
        关于我司客服热线的更正说明：正确号码为400-900-8866，此前公告中的400-900-8686为误印，请广大用户注意。
        本公众号昨日推文中将鲁迅的出生年份误写为1891年，正确应为1881年，特此更正。
        更正：原定于12月18日举办的中山大学校友返校日活动改至12月20日（周六），地点不变。
        声明作废：我公司遗失增值税普通发票一张（发票代码044031900111，号码08816652），特此声明作废。
        撤稿声明：因数据处理错误，本刊撤回2024年第6期《城市绿地与居民幸福感》一文，作者已同意撤稿。
        关于招标公告的更正：投标截止时间由2025年12月15日09:30更正为2025年12月22日09:30，其余内容不变。
        更正：文中“诸葛亮六出祁山”系《三国演义》的说法，史书记载为五次北伐，特此说明。
        订正：统计公报中全市常住人口应为1,356.8万人，原稿误为1,365.8万人。
        此前通知中的12345政务服务便民热线分机号有误，请直接拨打12345后按语音提示转接。
        更正说明：逸夫楼（邵逸夫先生捐建）B座302教室本周暂停使用，原通知误写为A座。
        上期《红楼梦》导读把林黛玉的住处写成了“蘅芜苑”，特此更正：应为潇湘馆，蘅芜苑是薛宝钗的住处。
    """),
    ("zh-Hans", "群聊口误更正"): _lines("""
        刚才说错了，是周三下午开会，不是周二，大家改一下日程
        不对不对，报销单要贴在A4纸上，不是A5，我前面那条撤回了
        【已撤回】老师刚发的作业有误，以这条为准：数学练习册第42-43页
        打错字了，是“截止”不是“截至”，你们懂我意思就行😂
        划掉上一条，团建改去莫干山，不去千岛湖了，预算人均800
        运单号刚才少打了一位：SF1428803367729，这次应该没错了
        啊不是7楼，是1楼会议室，我手滑了
        更正一下数据：Q3环比增长是7.1%不是1.7%，PPT第5页我已改好
        撤回了一条消息。重新发：周五前把签到表交给班长，别把身份证照片发到群里！
        WiFi密码说错了，是 Office@2025! 不是 Office@2024!
        说漏了一个：冰箱第二层的酸奶是公用的，第三层别动
        嗯…不是，版本号是 v2.7.0 不是 v2.0.7，发版单我重新提了
    """),
    ("zh-Hant", "香港更正及通告"): _lines("""
        更正：九巴第1A線明日起改經彌敦道，原通告誤寫為廣東道，不便之處，敬請原諒。
        本台早前報道指天文台發出三號強風信號，實為一號戒備信號，特此更正。
        勘誤：伊利沙伯醫院專科門診地址為加士居道30號，並非30A號。
        更正啟事：本刊上期誤將李小龍主演的《猛龍過江》上映年份寫作1973年，應為1972年。
        聲明：本行客戶服務熱線為 2233 3000，較早前短訊所列之 2233 3003 並非本行號碼，請勿致電。
        唔好意思，頭先打錯咗，飲茶改咗十二點半，唔係十二點。
        更正：逸夫書院新生迎新營報名截止日期為8月15日，非8月5日。
        補充及更正：政府統計處公布失業率為3.1%，本台早前誤報為3.7%。
        更正：警察熱線為 2527 7177（非緊急），緊急情況請致電 999，早前刊出的號碼有誤。
        訂單 HK25120488731 出貨日期更正為12月9日，原電郵所示12月6日有誤。
        撤回早前聲明：本公司並無推出任何要求客戶提供身份證號碼的抽獎活動，請提防詐騙。
        孫中山紀念館開放時間更正：逢星期二休館，並非星期一。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Sorry typo — my IC is 880412-14-5237, not 880412-14-5231. Name as per IC: Muhammad Hafiz bin Roslan.
        Pls update delivery addr for order 55120: Blk 412 ~~Bedok North Ave 2~~ Bedok North Ave 3, #08-117, S460412 — recipient Joanne Lim, 9176 4402.
        Scratch that, wrong card. Use 4571 7306 6199 6648 exp 08/28 — cardholder WEI MING CHUA.
        Grace's mobile is +65 8211 7430 — no wait, it's 7 not 1, so 8217 7430. Grace Ong, tenant at 27 Jalan Lempeng, unit #05-12.
        Correction to the referral letter: patient is Mr Ravi s/o Subramaniam, DOB 14/02/1961 (not 1967); diagnosis is stage III colorectal carcinoma, not stage II.
        NRIC ~~S8734215D~~ S8734215H (customer re-checked her card). Customer: Tan Hui Min, policy LF-2210-0987.
        Ignore my previous email, I attached my old passport. The current one is E7720194K, issued 03/2024, name LEE JIA HUI.
        my salary is 7,800 not 1,800 lol. For the tenancy application: Benjamin Koh, software engineer, monthly gross SGD 7,800, currently at Blk 158 Serangoon North Ave 1.
        Edit: deleted the screenshot, but to answer — yes it was my neighbour Mdm Lau Siew Eng from Blk 33 Toa Payoh Lor 5 #09-… who fell, she's at TTSH now with a fractured hip.
        Please correct the court record: the accused in MC-004412-2025 is Daniel Chew Wen Jie, 34, not Daniel Chew Wen Jun; charged with drink driving, vehicle SLA 4821 Z.
        Wrong attachment earlier, sorry!! Correct payslip: Nurul Aina Binti Zakaria, Nov 2025, basic RM4,350.00, EPF 11% RM478.50, net RM3,702.15.
        re my last msg — my email is jiayi.tan88@gmail.com not jiayi.tan86@. pls send my HbA1c result (8.9) there. Thanks, Tan Jia Yi
        Amended statement: I, Kevin Loh Zhi Hao, previously said I left the premises at 11pm. That is incorrect; I left at 1:15am on 22 Nov. Contact: 9648 2130.
        Retraction: my earlier post named the wrong Marcus. The man sacked from the Jurong depot for stealing copper cable is Marcus Teo Jun Wei, not Marcus Tay.
        Sorry, corrected bank details for the refund: OCBC 601-234567-001, account name Priya d/o Rajendran.
        My WhatsApp is +60 12-3X8 9174 — the X is a 4, keyboard problem 😅 — Azlan from the Subang meetup
        Update: her FIN was keyed in as G5540218M; the correct FIN is G5540281M. Helper: Maricel Santos Dela Cruz, started with us on 3 Nov.
    """),
    "ms": _lines("""
        Maaf salah bagi tadi, no IC saya 910723-10-6148 (bukan 910723-10-6184). Nama: Siti Khadijah binti Ahmad Fauzi.
        Eh silap alamat, yang betul: No. 27, Jalan Mawar 3/2, Taman Sri Mawar, 43000 Kajang, Selangor. Penerima: Encik Rosli Hamzah, 013-662 0491.
        Betulkan sikit — nombor Kak Yati 019-2274 8810, bukan 019-2274 8801. Dia yang jaga anak-anak saya masa cuti sekolah.
        Tak, tak… bukan darah tinggi. Ayah saya Haji Kamarudin bin Ismail (67) disahkan kanser paru-paru tahap 4, sekarang di wad 7B HKL.
        Ralat pada borang: pelajar Nur Irdina binti Shahrul, No. MyKid 140305-01-0972, kelas 5 Bestari — bukan 5 Cemerlang.
        abaikan no akaun atas, dah tukar. Sila bank in ke CIMB 8011234567 atas nama Mohd Faizal bin Omar.
        Gaji saya sebenarnya RM3,200 bukan RM2,300 — tolong betulkan dalam borang pinjaman. Nama: Lee Mei Ling, IC 990218-07-5562.
        Plat kereta yang langgar saya semalam WVX 7714 — eh salah, WVX 1774. Pemandu lelaki, nama dalam insurans Tan Chee Keong.
        Maaf, emel yang betul: hazwani.rahim92@yahoo.com (bukan .com.my). Saya Hazwani Abd Rahim, nak tanya keputusan temuduga jawatan kerani.
        Ralat dalam senarai: penerima bantuan asnaf Lorong 4 ialah Puan Zainab binti Daud (ibu tunggal, 5 anak), bukan Puan Zaiton.
        Pembetulan laporan polis: Saya, Ahmad Nizam bin Yusof (IC 750219-07-5013), sebelum ini menyatakan motosikal dicuri jam 9 malam; sebenarnya jam 11.30 malam.
        Salah hantar gambar MC tadi 🙈 yang betul: cuti sakit 2 hari, Puan Noraini Sulaiman, diagnosis gastroenteritis akut, Klinik Kesihatan Seri Kembangan.
        No passport saya A58819204 — eh, A58819024. Nama ikut passport: MUHAMMAD ARIF BIN HASSAN.
        alamat rumah mak: Lot 1123, Kampung Padang Hangus, ~~Jalan Sungai~~ Jalan Pasir Puteh, 16800 Pasir Puteh, Kelantan. nama mak Che Esah binti Awang.
    """),
    "zh-Hans": _lines("""
        不好意思刚才身份证号打错了，最后一位是X不是8：44010619880314027X，姓名梁嘉欣。
        收货地址改一下，前面那个作废：上海市浦东新区张杨路1588弄12号601室，王丽娟 139 1672 0483
        我的手机号是138 1024 5570，不对，是138 1024 7750，我姓陈，陈建国。
        ~~工行那张~~ 卡号发错了，用这张：6228 4846 8784 7307 907（农行），户名：赵海燕
        医生，刚才说错了，我妈不是高血压，是二型糖尿病十几年了，上个月查出肾功能不全三期。我妈叫刘桂芬，68岁。
        撤回一下上条，微信号不是zhang_xm1990，是zhangxm_1990，张晓萌，加的时候备注房东。
        更正：员工孙浩（工号0037）11月实发工资为23,480元，之前发的18,430元是10月的。
        车牌打错了，是沪A·7K231，不是沪A·1K237。车主是我老公周文斌，保单号后面补。
        身份证前面那条发错了（是我弟的），我的是320102197506090133，黄志强。
        快递单上名字写错了，收件人应为何静怡不是何静仪，电话159 0211 8847，杭州市西湖区文三路478号华星时代广场B座1506。
        不是7号楼是1号楼：北京市朝阳区望京西园三区1号楼2单元1102，业主郭敏（身份证110105198309170622）
        前面说的判决有误，被告人吴振东是因危险驾驶被判拘役三个月，不是盗窃。案号（2025）浙0106刑初512号。
        刚才的截图没打码，已删除。重发：患者林晓雯，女，29岁，门诊号MZ20251201447，诊断：抑郁发作（中度）。
        邮箱写错了，是 li.yuqing@163.com，不是 li.yuqin@163.com。李雨晴，报名那边帮我改下。
    """),
    "zh-Hant": _lines("""
        唔好意思，頭先打錯身份證：K381526(9)，唔係(6)。陳嘉欣，麻煩幫我更正。
        電話寫錯咗，應該係 6218 4407，唔係 6218 4470。收件人：黃志明，沙田禾輋邨豐和樓12樓1207室。
        更正：住戶名單上 B座23樓D室 應為李美華女士（身份證 Y604219(6)），並非李美瑤。
        幫台灣朋友報名：林怡君，身分證字號 A235018479（剛剛少打一碼），手機 0912-468-305。
        寫錯咗，佢唔係腎石，係腎衰竭要洗腎，我阿爸梁國榮，而家喺伊利沙伯醫院，每星期三次。
        之前提供嘅銀行戶口作廢，請改用滙豐 012-345678-833，戶口名稱 CHEUNG WING SZE。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the ParcelGo support assistant. Never repeat full ID numbers back to users.",
        ),
        ("user", "hi need to change delivery address for SPXSG0098123"),
        ("assistant", "Sure, what is the new address?"),
        ("user", "Blk 618 Yishun Ring Rd #11-2345"),
        ("user", "wait no scratch that, #11-2354"),
        ("user", "and name on parcel should be Farah Nadhirah, hp 9735 0218"),
        ("assistant", "Thanks, the address for SPXSG0098123 has been updated."),
    ],
    [
        ("user", "Salam, saya nak semak status permohonan kad kredit"),
        ("assistant", "Waalaikumussalam. Boleh berikan nombor kad pengenalan anda?"),
        ("user", "020815-01-1267"),
        ("user", "eh silap, 1276 hujung dia. 020815-01-1276"),
        ("user", "nama Nurul Huda binti Kassim"),
        (
            "assistant",
            "Terima kasih. Permohonan anda sedang diproses, keputusan dalam 5 hari bekerja.",
        ),
    ],
    [
        ("user", "我想问一下头晕吃什么药"),
        ("assistant", "头晕原因很多，请问是您本人吗？有没有高血压、贫血等病史？"),
        ("user", "不是我，说错了，是我妈"),
        ("user", "她叫邓秀兰，72岁，去年在省人民医院做过心脏支架，现在每天吃氯吡格雷"),
        ("assistant", "有支架史的老人头晕需要警惕，建议尽快到心内科复诊。"),
    ],
    [
        ("user", "my card got charged twice for the same order"),
        ("assistant", "Sorry about that. Could you tell me the order number?"),
        ("user", "5521 1566 4993 3289"),
        ("user", "OH NO that's my card number not the order, pls delete that!!"),
        (
            "assistant",
            "I can't delete messages here; if you're worried, please contact your bank to block the card.",
        ),
        ("user", "ok. order is ORD-8813020, card is under Sharon Yeo"),
    ],
    [
        ("system", "你是某银行的开户助手。"),
        ("user", "开户需要填身份证，我先发一下"),
        ("user", "5101041996012804 58"),
        ("user", "说反了，最后两位是85，前面没错"),
        ("user", "姓名罗欣悦，手机187 8026 3319"),
        ("assistant", "收到，请您携带身份证原件到网点完成面签。"),
    ],
    [
        ("user", "你好，想預約星期六驗眼"),
        ("assistant", "可以，請提供姓名及聯絡電話。"),
        ("user", "何詠詩，電話 9384 2716"),
        ("user", "唔係，9384 2761，打錯咗"),
        ("assistant", "已預約星期六上午11時，請帶同身份證。"),
        ("user", "身份證 CH273805(6)，到時見"),
    ],
    [
        ("user", "Hi HR, nak betulkan maklumat dalam sistem payroll"),
        ("assistant", "Boleh, maklumat apa yang perlu dibetulkan?"),
        ("user", "Gaji I RM5,600 bukan RM6,500, and akaun bank salah — Maybank 1640 2318 7755"),
        ("user", "Staff ID tak penting, nama Kumaresan a/l Muthu, Finance dept"),
        ("assistant", "Noted, kami akan kemas kini sebelum payroll bulan ini."),
    ],
    [
        (
            "system",
            "Insurance claims bot. Collect: {policy_no}, {claimant_name}, {id_no}. Do not store card data.",
        ),
        ("user", "policy PL-7782014, name Alvin Wong"),
        ("assistant", "Thanks Alvin. Could you confirm your NRIC?"),
        ("user", "Actually ignore the name I gave, it's my wife's policy"),
        (
            "user",
            "Melissa Wong Pei Shan, NRIC T0318476A. She had a miscarriage at KKH last week, that's the claim",
        ),
        (
            "assistant",
            "Thank you, I've noted the claimant details and will route this to the maternity claims team.",
        ),
    ],
    [
        ("user", "帮我写个租房合同的乙方信息"),
        ("assistant", "好的，请提供乙方姓名、身份证号和联系方式。"),
        ("user", "乙方：秦凯，身份证330106200104050712"),
        ("user", "电话之前发的那个是旧号，新号是177 2190 4638"),
        ("user", "车位那栏写浙A·D52871，不是浙A·D25871"),
        ("assistant", "乙方：秦凯，身份证号已填写，联系电话177 2190 4638，车牌浙A·D52871。"),
    ],
    [
        ("user", "I need help drafting a character reference letter for court"),
        ("assistant", "Happy to help. Who is the letter for and what is the charge?"),
        (
            "user",
            "It's for my brother Jason Lim Kok Wah, he's up for a second assault charge. He was convicted of assault in 2019 too — actually forget I said that, don't put it in the letter.",
        ),
        ("assistant", "Understood, I'll leave the earlier case out of the draft."),
    ],
]
