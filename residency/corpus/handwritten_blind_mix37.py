# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix37: cross-border families and migrant workers between China, Hong Kong, Singapore and Malaysia (English, Chinese and Malay code-switching). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix37
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "official notices"): _lines("""
        MOM advisory: from 1 Sep 2025 the minimum qualifying salary for new S Pass applications is $3,300 ($3,800 in financial services), rising progressively with age.
        Work Permit holders must not marry a Singapore Citizen or PR without MOM's approval, including marriages solemnised outside Singapore.
        ICA: all foreign visitors must submit the SG Arrival Card (SGAC) within three days before arrival. The e-service is free of charge.
        The daily quota for One-way Permit holders remains at 150, of which 60 places are set aside for children with right of abode under Article 24 of the Basic Law.
        Notice to cross-boundary students: the Lok Ma Chau Spur Line control point opens at 06:30 on school days. Please carry your CBS quota letter and Home Visit Permit.
        JIM reminds employers that the Temporary Employment Visit Pass (PLKS) should be renewed at least 3 months before expiry via the FWCMS portal.
        ICA general enquiries 6391 6100 (Mon-Fri 8am-5pm). MOM Work Permit enquiries 6438 5122.
        Due to scheduled maintenance, the MyICA Mobile app will be unavailable from 02:00 to 06:00 SGT on 14 Dec 2026. Ref: ICA/SM/2026/118.
        Hong Kong permanent residents aged 11 or above must apply for a smart identity card within 30 days of reaching that age or of arriving in Hong Kong.
        Address: Immigration Headquarters, 61 Po Yap Road, Tseung Kwan O, New Territories.
        FDW levy is $300 a month; the concessionary rate of $60 applies if a Singapore Citizen child under 16 lives in the same household.
        LTVP processing fee S$30 per application; issuance fee S$60 on approval. Allow about 6 weeks for processing.
        Eligible Malaysians working abroad may contribute voluntarily to KWSP under i-Saraan; please check the KWSP website for the current government incentive.
    """),
    ("zh-Hans", "政策问答"): _lines("""
        问：内地居民申请赴港定居（单程证）有哪些类别？答：主要包括夫妻团聚、投靠父母、照顾无依靠父母等，须向户口所在地出入境管理部门申请。
        探亲签注分为一次有效和多次有效，每次在港逗留期限以签注上标注为准，逾期逗留会影响下次签注申请。
        内地居民同香港居民在内地登记结婚，应当到内地居民常住户口所在地省级民政部门指定的婚姻登记机关办理。
        新加坡公民与中国公民在华登记结婚，外方须提供有效护照及经认证的无婚姻状况证明（单身证明）。
        港澳居民来往内地通行证（回乡证）有效期：成年人10年，未满18周岁5年。
        据统计，2024/25学年每日经罗湖、落马洲、深圳湾等口岸跨境上学的学童约2.5万人。
        办理往来港澳通行证可在“移民局”App预约，证件费60元，一次有效签注每次15元。
        出境务工人员应与有资质的对外劳务合作企业签订劳务合同，切勿通过“黑中介”赴新加坡、马来西亚打工。
        外交部全球领事保护与服务应急热线：+86-10-12308 或 +86-10-59913991，24小时有人接听。
        个人年度便利化购汇额度为等值5万美元，超出部分须凭真实交易材料在银行办理。
        随迁子女参加积分入学，一般需提供居住证、社保缴纳证明和房屋租赁凭证，具体以各区教育局公告为准。
        护照在新加坡遗失，可向中国驻新加坡大使馆申请旅行证回国。使馆地址：150 Tanglin Road, Singapore 247969。
        按照国务院规定，未婚职工探望父母每年给假一次，假期为20天。
    """),
    ("zh-Hant", "香港社區資訊"): _lines("""
        新來港人士可向社會福利署綜合家庭服務中心求助，查詢熱線：2343 2255。
        入境處提提你：單程證持有人抵港後，應盡快到人事登記辦事處申領香港身份證。
        跨境學童保姆車2027/28學年即日起接受報名，名額有限，額滿即止。
        伊利沙伯醫院、瑪麗醫院及屯門醫院急症室假期照常開放。
        東華三院黃笏南中學及保良局李城璧中學均設新來港學生適應課程，歡迎查詢。
        阿媽，我今晚OT，唔返嚟食飯喇，你哋食先唔使等我。
        過去十年經單程證來港人士累計約40萬，當中約七成為婦女及兒童。
        香港身份證號碼格式：一至兩個英文字母，加六位數字，括號內為校驗碼（0至9或A）。
        電視劇《單程路》講述新移民阿芳由深圳嫁到深水埗嘅故事，播出後引起好大迴響。
        孫中山紀念館位於半山衛城道7號甘棠第，逢星期四休館。
        匯款服務收費：每筆HK$50，匯往內地銀行賬戶一般1至2個工作天到賬。
        八達通客戶服務熱線：2266 2222。
    """),
    ("ms", "notis dan maklumat"): _lines("""
        Notis: Kaunter Jabatan Imigresen di UTC Johor Bahru ditutup pada 25 Disember 2026 sempena cuti umum Hari Krismas.
        Permohonan Pas Lawatan Sosial Jangka Panjang (PLSJP) bagi pasangan warga asing perlu disertakan sijil nikah asal dan salinan kad pengenalan pasangan.
        Pekerja asing wajib menjalani pemeriksaan kesihatan FOMEMA dalam tempoh 30 hari dari tarikh ketibaan.
        Pusat Panggilan KWSP: 03-8922 6000.
        Hospital Sultanah Aminah dan Hospital Sultan Ismail di Johor Bahru menyediakan perkhidmatan kecemasan 24 jam.
        Kadar tukaran hari ini: 1 SGD = 3.42 MYR; 1 MYR = 1.63 CNY (kadar indikatif, tertakluk kepada perubahan).
        Pelajar warganegara Malaysia di sekolah Singapura perlu memperbaharui Student's Pass sebelum tamat tempoh.
        SJK(C) Foon Yew 2, SMK Dato' Jaafar dan Sekolah Tun Fatimah antara sekolah yang paling ramai pemohon di Johor Bahru.
        Jalan Tun H.S. Lee dan Jalan Yap Kwan Seng terletak di pusat bandar Kuala Lumpur.
        Sila pastikan nama penerima sama seperti dalam kad pengenalan sebelum membuat pindahan wang ke luar negara.
        Dianggarkan lebih 300,000 rakyat Malaysia berulang-alik setiap hari ke Singapura melalui Tambak Johor dan Linkedua.
        Tun Dr. Mahathir Mohamad menjadi Perdana Menteri Malaysia sebanyak dua kali, iaitu 1981-2003 dan 2018-2020.
    """),
    ("mixed", "family group chat"): _lines("""
        Ma, I dah sampai JB already, jam teruk gila at the Causeway 😩 2 hours leh
        大家CNY几时回来？阿嫲说要做年糕，记得 confirm 日期 in the group ok
        Aiyo the WeChat 红包 I cannot open la, my account not yet verified
        Sapa nak tumpang balik kampung hari Jumaat? Kereta ada 2 seat kosong, gerak lepas Subuh.
        奶奶叫大家饭前洗手 lol 这个 group 好多 forward message, pls don't share fake news 🙏
        Tonight video call 8pm SG time = 8pm 中国时间 also, same same 😂
        Remit already ya, received or not? Bank say 1-2 working days.
        Mak, Raya Haji nanti saya tak dapat cuti, boss tak approve. Sorry ya 🙏
        食咗飯未呀？今日深圳落大雨，小朋友返學要帶遮喔 ☔
        Group rule: no politics, no selling Amway, no 拜年 stickers after 元宵 🙏🙏
        PSLE 成绩下个礼拜三出，S1 posting 要记得在 MOE portal 填志愿哦
        Sape ada charger Type-C? Nenek punya phone habis bateri 😅
        Happy birthday 老豆!! 🎂🎉 身体健康 万事如意 (from all of us in SG)
    """),
    ("en", "remittance and agents"): _lines("""
        Rate alert 🔔 SGD→CNY 5.38 today, zero fee for your first transfer! T&Cs apply.
        Your transfer TXN-SG-20261203-884172 of SGD 500.00 to a China UnionPay card is being processed. Expected arrival: 1-2 business days.
        Your MTCN is a 10-digit number. Never share it with anyone who calls claiming to be from the police or immigration.
        Work Permit package (Malaysian, F&B): S$1,200 incl. MOM application, medical and SIP. Agency fees are capped at one month's salary per year of the contract.
        Invoice INV-2026-11-00371 | LTVP application assistance | S$180.00 | GST 9% S$16.20 | Total S$196.20
        Tracking no. SF1429983357021 | 顺丰国际 Shenzhen → Singapore | Status: customs cleared
        Remittance corridor estimates 2025: Singapore→Malaysia USD 2.1bn; Hong Kong→mainland China USD 1.4bn.
        Maybank2u overseas transfer cut-off is 3:30pm MYT on business days; later instructions are processed the next business day.
        Tanjong Remit Sdn Bhd careline 1300-22-8463 (Mon-Sat, 9am-6pm).
        Licensed by MAS under the Payment Services Act 2019, licence no. PS20200317. Customer funds are safeguarded.
        Golden Bridge Manpower Pte Ltd (EA Licence 19C8821) hiring Malaysian production operators in Jurong, S$1,800-2,200 + OT, dorm provided.
        Ref WU-HK-0025-7731 | Payout: Bank of China (Hong Kong) | Fee HKD 0 (promo) | Rate 0.9165 CNY per HKD
        Top up your SIM: hi!Card $15 gives 100GB plus 500 IDD minutes to China and Malaysia.
    """),
    ("mixed", "templates and docs"): _lines("""
        Dear {customer_name}, your remittance of {amount} {currency} to {beneficiary_name} was completed on {date}. Ref: {txn_ref}.
        尊敬的{姓名}，您的往来港澳通行证（证件号码：{证件号码}）签注将于{到期日}到期，请及时续签。
        Sila isi: Nama penuh (seperti dalam MyKad): ________ No. MyKad: ______-__-____ No. Tel: __________
        Pattern for SG NRIC/FIN: ^[STFGM][0-9]{7}[A-Z]$ — validate the checksum letter too, not just the pattern.
        Data handling: mask HKID as A123***(*) in logs; never store full MyKad numbers in the CRM free-text field.
        PDPA reminder: do not send scans of NRIC or passport in the family WhatsApp group; use the agency's secure upload link.
        def mask_phone(s): return s[:3] + '****' + s[-4:]  # 138****5678 style for CN mobiles
        字段说明：applicant_id_type 取值 CN_ID / HK_ID / SG_NRIC / MY_IC / PASSPORT；applicant_id_no 须加密存储（AES-256-GCM）。
        单程证材料 checklist: ☐ 户口簿 ☐ 结婚证 ☐ 香港配偶身份证副本 ☐ 亲属关系公证 ☐ 2寸白底照片 x4
        Borang Permohonan Pas Tanggungan — Lampiran A: salinan pasport pemohon dan pasangan (semua muka surat bercop).
        commit 9f3c2a7e: fix remittance_fee() rounding for MYR→CNY; bump version to 2.14.3
        Sample CSV header: family_id,member_role,country,permit_type,expiry_date — use synthetic rows only in test data.
    """),
    ("zh-Hans", "新闻与历史"): _lines("""
        陈嘉庚1874年生于福建同安集美，早年南渡新加坡经营橡胶业，后倾资兴办集美学校和厦门大学。
        胡文虎、胡文豹兄弟以虎标万金油起家，新加坡的虎豹别墅至今仍免费对公众开放。
        李光耀于1959年出任新加坡自治邦总理，1990年卸任。
        香港特区行政长官李家超今日表示，将继续推动北部都会区发展，便利两地家庭往来。
        马来西亚首相安华今日在新山与新加坡总理黄循财会面，双方就柔佛—新加坡经济特区及新柔地铁交换意见。
        电视剧《小娘惹》讲述了月娘和菊香两代娘惹的命运，故事背景设在马六甲和新加坡。
        粤语情景剧《外来媳妇本地郎》以西关康家为主线，讲述外来媳妇融入广州家庭的故事。
        据统计，2025年经深圳湾口岸出入境旅客超过4500万人次，其中港澳居民占六成以上。
        新加坡陈笃生医院由商人陈笃生于1844年捐资创建，是当地历史最悠久的医院之一。
        1910年孙中山在槟城召开庇能会议，筹划次年的广州起义。
        邵逸夫楼、田家炳中学遍布两岸四地，都是以捐资人命名的建筑和学校。
        郑和下西洋时曾多次停靠马六甲，当地至今保留三宝山和三宝井。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi Ms Tan, this is for the LTVP renewal of my wife Zhou Xiaoyan (FIN G5130927N), her pass expires 18 Jan 2027. You can reach me at 9127 4638. Regards, Ong Kah Wee
        Employee: Muhammad Hafiz bin Roslan | MY NRIC 880314-14-5527 | WP expiry 03/09/2027 | Basic S$1,950 | Dorm: 21 Tuas South Ave 1, Rm 04-17
        Remit to: LIANG Guifen 梁桂芬 (mother), Agricultural Bank of China card 6228482168535507449, Meizhou, Guangdong. Amount SGD 800.
        Please be informed that our helper Siti Rohani was diagnosed with pulmonary TB at TTSH on 2 Dec; she stays with us at Blk 412 Choa Chu Kang Ave 4 #08-219.
        Lee Chun Fai, 42, a Johor-born lorry driver, was fined S$6,000 in the State Courts on 14 Nov for employing two Chinese nationals without valid work passes.
        My son Ethan Ong Jun Hao (P3, NRIC T1529044C) has moved, please update his address to Blk 655B Jurong West St 61 #11-402 S642655.
        Emergency contact: Chan Wai Kin (brother, HK) +852 6128 4407, chan_wk1979@yahoo.com.hk
        Passenger HUANG YUQING, CN passport EJ3692017, DOB 12 JUL 1987, seat 23A, KUL-CAN
        Missing since Sunday: Teo Ah Seng, 67, has dementia, last seen near Woodlands Checkpoint in a blue shirt. Pls call his daughter at 8346 1902.
        The car SLK 4827 E is my brother-in-law Kelvin Goh's, he drives my mother to JB every Friday for her chemo.
    """),
    "zh-Hans": _lines("""
        单程证申请人黄雨晴，身份证440106198703120423，香港配偶陈伟坚（K381902(7)），2019年5月20日在广州登记结婚。
        林志强在新加坡做焊工，月薪S$2,300，每月寄8000块回晋江安海老家，老婆郑丽娟在家带两个孩子。
        跨境学童报名：学生陈思琪，HKID Y604217(A)，回乡证H60213947，家住深圳福田区益田村88栋602，监护人手机138 2746 1093。
        微信号 lin_lj0712，我是新山的林丽君，做代购的，手机 +60 16-552 8073，要拿货的加我。
        徐建华（350524197802210510）2024年经中介去砂拉越务工，护照E52817634至今被雇主扣着不还。
        我爸刘国栋去年在吉隆坡中风，现在住Cheras的疗养院，每个月RM3800，我们三兄妹分摊。
        收件人：郑美玲 福建省泉州市晋江市安海镇星塔村后埔路38号 电话159 8013 2276（她婆婆代收）
        原告吴秀兰诉被告李建明（新加坡永久居民）离婚纠纷一案，案号（2025）粤0304民初18877号，涉及两名子女抚养权。
        小姨的建设银行卡6217001657109510172，户名蔡秀芳，帮我转2万过去，她下个月去新加坡陪读。
        南宁人韦小燕，身份证450103199306300647，持新加坡工作准证G8842153T，在裕廊一家餐馆做厨工。
        申请探亲签注的是我爸周建国，住梅州梅江区江南路金山巷12号，身份证4414021965****0336，有高血压，装过心脏支架。
        妹妹吴佳怡的邮箱2658803117@qq.com，下周飞樟宜读O水准，住 Blk 23 Jalan Membina #14-57 S160023。
    """),
    "zh-Hant": _lines("""
        我阿媽何美華（身份證R275318(8)）住喺天水圍天恩邨恩澤樓1823室，下個月返開平鄉下探親。
        陳太，你個仔張梓軒喺學校發燒39度，已經通知咗佢爸爸張家豪 9376 2184，麻煩盡快嚟接。
        業主梁志偉（電話5173 9062）要求租客蕭振邦月底前遷出深水埗北河街88號4樓B室。
        申請人黃麗珍2026年10月8日持單程證經羅湖抵港，內地身份證350181198411030969，現與丈夫同住屯門兆康苑兆麟閣15樓G室。
        新郎鄭家樂（香港身份證M913046(8)）與新娘林曉彤（台灣身份證F228710347）於2026年11月28日在紅棉路婚姻登記處註冊結婚。
        唔該寄去深圳羅湖區翠竹路2099號翠竹苑7棟1403，收件人何子晴，手機186 6021 7745。
        盧國輝個仔喺深圳讀書，每日過關返香港，佢太太有抑鬱症，屋企仲欠緊財務公司十幾萬。
        呢個係我老公嘅中銀戶口：012-678-1-034592-1，戶名KWOK SIU MING，唔該幫手轉HK$12,000。
        區志明伯伯（78歲，身份證XA110372(2)）已申請廣東計劃，東莞地址係常平鎮振興路金地花園3座801。
    """),
    "ms": _lines("""
        Nama: Nurul Ain binti Hamzah, No. KP 010923-12-7468, alamat Lot 1183 Kampung Sungai Tiram, 81800 Ulu Tiram, Johor. Pekerjaan: jurujual di Singapura.
        Suami saya Ahmad Faizal bin Othman kerja di Tuas sejak 2019, Work Permit FIN F2716604X, gaji S$2,100 sebulan.
        Kak, tolong transfer RM450 ke akaun Maybank adik saya Mohd Irfan 1621 4409 8837 untuk yuran asrama.
        Pesakit Lim Boon Keat, KP 750902-07-5133, 51 tahun, disahkan diabetes jenis 2 dan kini menjalani dialisis di Hospital Sultanah Aminah.
        Kompaun JPJ untuk kenderaan JQR 4821 milik Wong Kar Meng masih belum dibayar, RM300.
        Anak saya Aisyah Humaira binti Zulkifli, 11 tahun, MyKid 150427-01-0256, bersekolah di SK Taman Universiti 2, Skudai.
        Untuk urusan pembantu rumah, hubungi Puan Rosnah Ismail di 019-331 4620 atau rosnah.ismail67@gmail.com.
        Mohd Khairul bin Abdullah dan Chen Li (warganegara China, pasport EA8201347) mendaftarkan perkahwinan di Pejabat Agama Islam Daerah Johor Bahru pada 12 Oktober 2026.
        Alamat rumah mak: No. 27, Jalan Bukit Indah 15/3, Taman Bukit Indah, 81200 Johor Bahru. Penerima Hasnah binti Yusof, tel 012-738 2194.
    """),
    "mixed": _lines("""
        Ah Boy's mama pls note: 我老公 Ong Chee Keong 的 PR card S7619382G 过期了, need renew before CNY, his HP 8851 6427
        Eh bro, Kevin Lau punya WeChat id kevinlau_jb88, dia agent yang uruskan permit aku, phone 017-604 9218
        阿姨 Lim Siew Eng 的 Malaysia passport A41829305 下个月 expire, 她要去广州看孙子, remind her renew at UTC ya
        Jason Koh Wei Liang (S8213475A) 跟 his wife 王静 2023年在广州结婚, now apply LTVP for her, 她 passport EJ7710429
        Pls pray for my cousin 黄俊杰 (Jun Jie), kena accident kat Second Link last night, now ICU at Hospital Sultan Ismail, severe head injury 🙏
        OT claim: worker 徐海波 FIN G7316284Q, Oct OT 62 hrs x S$9.40 = S$582.80, 他说 boss 还欠他两个月工资, pls follow up with MOM
        Hi 陈生, 我係 agent Wendy, 你太太刘晓梅 嘅单程证 interview 定咗 12月18号 9am 喺梅州出入境, 记得带结婚证同埋佢身份证 441402199104020267
        My mum Tay Geok Lian's DBS card 4966 7105 3922 1414 kena scam last night, they took $3k, she's at Blk 88 Tanglin Halt Rd now crying 😢
        粤Z·H628港 是 曾国威 的两地牌车, he drives 深圳湾 ↔ 元朗 every day for his logistics job, HK plate RX 8321
        Birth registration: baby Chloe Tan Xin Yi, born 04/02/2026 at KKH, BC no. T2603118J; mother 林佩琪 MY IC 920611-10-6084, father Tan Wei Ming (SC)
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the support assistant for SwiftLah Remit. Be concise and never ask for full card numbers.",
        ),
        ("user", "hi my transfer to china still not arrive, already 3 days"),
        ("assistant", "Sorry about the delay! Could you share the transaction reference?"),
        ("user", "TXN-SG-20261129-550318, to UnionPay card 6259649891177619"),
        (
            "assistant",
            "Thanks. The payout bank returned it because the account name did not match. Please confirm the recipient's name as printed on the card.",
        ),
        ("user", "my mother 邓美芳, ID 350582195608240622, 晋江人"),
    ],
    [
        ("user", "Salam tuan, saya nak tanya pasal permit kerja Singapore untuk adik saya"),
        ("assistant", "Waalaikumsalam. Boleh, adik umur berapa dan nak kerja apa?"),
        ("user", "22 tahun, lepasan SPM, nak kerja kilang kat Woodlands"),
        ("assistant", "Ok, saya perlukan salinan passport dan IC untuk semak kelayakan."),
        ("user", "Nama dia Muhammad Danial bin Rosli"),
        ("user", "IC 040715-01-6237, passport A58102946"),
        ("user", "nombor dia 011-2647 3085"),
    ],
    [
        ("user", "帮我写一封给入境处的信，说明我太太申请单程证的情况，语气正式一点"),
        (
            "assistant",
            "好的，请提供申请人的姓名、出生日期、内地身份证号码、与您的关系，以及您的香港身份证号码。",
        ),
        (
            "user",
            "我太太刘晓梅，1991年4月2日出生，梅州人。我叫陈国豪，HKID Z552109(3)，我们2020年在梅州结婚，女儿在香港读小学",
        ),
        (
            "assistant",
            "以下是草稿：敬启者：本人陈国豪，谨此说明本人配偶刘晓梅申请来港定居一事……",
        ),
    ],
    [
        (
            "system",
            "You help parents with Hong Kong cross-boundary student school placement questions.",
        ),
        ("user", "How many CBS quotas does Lok Ma Chau control point have this year?"),
        (
            "assistant",
            "Quotas are announced by the Education Bureau each year; please check the EDB website for the latest figures.",
        ),
        (
            "user",
            "OK. My daughter Cheung Hoi Yan, born 3 May 2019 at Kwong Wah Hospital, HKID P708163(8). We live in 深圳龙华区民治 万科城12栋2A. Can she get a P2 place in Sheung Shui?",
        ),
    ],
    [
        ("user", "Macam mana nak daftar kahwin dengan warganegara China di Malaysia?"),
        (
            "assistant",
            "Bagi pasangan bukan Islam, pendaftaran dibuat di JPN. Pasangan asing perlu surat akuan status bujang yang disahkan oleh kedutaan.",
        ),
        (
            "user",
            "Anak perempuan saya Siti Khadijah binti Rahim nak kahwin dengan Zhang Wei, passport China EB4127598. Zhang Wei dah masuk Islam tahun lepas.",
        ),
        (
            "assistant",
            "Jika kedua-duanya beragama Islam, permohonan dibuat di Pejabat Agama Islam daerah dengan sijil pengislaman.",
        ),
        ("user", "Ok terima kasih. Kami tinggal di Kuantan, nombor saya 013-948 2075"),
    ],
    [
        ("user", "How to bring a sick family member from Singapore back to KL by ambulance?"),
        (
            "assistant",
            "Cross-border ambulance transfers need a medical clearance letter from the treating hospital; several licensed operators provide this service.",
        ),
        (
            "user",
            "my husband Lee Ah Kow, 63, end-stage kidney failure, now at NUH ward 36, doctor say can discharge next week",
        ),
        ("assistant", "I'm sorry to hear that. Has he been given a dialysis slot in KL?"),
        ("user", "yes at Pantai Cheras already, his IC 630718-13-5391"),
    ],
    [
        ("user", "新來港人士可唔可以申請公屋？"),
        (
            "assistant",
            "可以，但申請時家庭成員中最少一半要喺香港住滿七年，而且入息同資產要符合限額。",
        ),
        ("user", "我同老公黃志成一齊申請，佢係香港人，我今年先拎單程證落嚟，仲有個仔5歲"),
        (
            "user",
            "老公做地盤月入$16,800，我哋而家住葵涌和宜合道133號9樓C3劏房，租$5,200",
        ),
        ("assistant", "根據你提供嘅資料，入息應該符合三人家庭嘅限額，建議盡快遞表。"),
    ],
    [
        ("user", "Need a simple tenancy agreement for renting out a room in my HDB flat"),
        (
            "assistant",
            "Sure. Remember to register the room rental with HDB within 7 days of the tenancy starting.",
        ),
        (
            "user",
            "Tenant is Ng Kok Leong, Malaysian, S Pass FIN G6047295K, phone +60 12-880 4173. Room at Blk 104 Yishun Ring Rd #07-311, $950 a month from 1 Jan 2027",
        ),
        (
            "assistant",
            "Here's a draft: TENANCY AGREEMENT made between the Landlord and Ng Kok Leong (FIN G6047295K) for one room ...",
        ),
    ],
    [
        ("user", "我想帮爸妈申请新加坡探亲签证，需要什么材料？"),
        (
            "assistant",
            "中国公民赴新加坡需办理签证，可通过授权代理递交，材料包括护照、照片、Form 14A和邀请信等。",
        ),
        ("user", "我叫许文斌，S Pass FIN F8054771N，在Jurong做工程师"),
        (
            "user",
            "爸爸许振南，1954年3月19日生，身份证440507195403190416，护照E71428396；妈妈蔡玉娥有糖尿病，要带胰岛素",
        ),
        (
            "assistant",
            "好的，建议同时准备户口本和亲属关系证明，药品请携带医生处方的英文版。",
        ),
    ],
    [
        ("user", "remit SGD to MYR which one cheaper, bank or app?"),
        (
            "assistant",
            "Apps usually offer better rates and lower fees than bank telegraphic transfers; compare the final amount received.",
        ),
        ("user", "ok how about to China, alipay can?"),
        (
            "assistant",
            "Yes, several licensed providers can pay out to Alipay or WeChat Pay wallets linked to a mainland phone number.",
        ),
        (
            "user",
            "ok send 2k to my sis 李慧敏 alipay 135 0273 9641, she 在东莞读研 need pay tuition",
        ),
    ],
]
