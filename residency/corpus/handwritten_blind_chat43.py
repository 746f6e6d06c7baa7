# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat43: translation chats for letters, medical reports, contracts and messages (Chinese, English, Malay). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat43
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "translation requests"): _lines("""
        Translate into Malay, formal please: "Your appointment has been rescheduled. Please arrive 15 minutes early and bring your referral letter."
        can u put this into simplified chinese for the property agent? "The aircon in the master bedroom is leaking again, can someone come on Saturday morning?"
        pls translate to BM: "Parcel MY2408715523 is out for delivery, expected between 2pm and 6pm."
        Translate into Chinese for our newsletter: "Prime Minister Anwar Ibrahim tabled Budget 2025 in the Dewan Rakyat on 18 October 2024."
        Translate "Sherlock Holmes lived at 221B Baker Street with Dr Watson" into Malay for my son's reading worksheet.
        How do I say "fasting blood glucose" and "HbA1c" in Malay and in Chinese? It's for a diabetes leaflet at the klinik kesihatan.
        Please translate the line items on invoice INV-2025-004817: "Consultation fee RM85.00, Medication RM42.50, Total RM127.50".
        Translate this clause to Chinese: "Either party may terminate this Agreement by giving thirty (30) days' written notice to the other party."
        What does the box say? It's in Chinese: 孕妇禁用, 饭后服用, 置于儿童接触不到的地方. Need it in English.
        Translate to Malay: "Dear Parents, the school will be closed on 31 August for National Day. Classes resume on 2 September."
        Is "Hospital Kuala Lumpur" normally rendered as 吉隆坡中央医院 or just 吉隆坡医院? Need it consistent across our brochure.
        I'll paste a medical report next. Translate it into English but replace the patient's name, IC and phone with [PATIENT], [ID] and [PHONE] in your output.
        Translate our clinic tagline into Chinese: "Klinik Dr. Lim & Partners — caring for Klang families since 1987".
        Lu Xun wrote something like "hope is like a path in the countryside" — can you give me the original Chinese? I think it's from 故乡.
        App string: "Your OTP is {code}. Do not share it with anyone." Give me zh-CN and ms-MY, keep {code} as is.
    """),
    ("zh-Hans", "翻译请求"): _lines("""
        帮我把这句翻成马来文：“本店周一至周五营业时间为上午十点至晚上十点，公共假期照常营业。”
        请把下面的医院通知翻译成英文：“因系统升级，12月7日凌晨0:00至4:00线上挂号服务暂停，敬请谅解。”
        把“孙中山先生于1905年在东京成立中国同盟会”翻成马来语，给学生做历史练习用。
        公司简介要翻成英文和马来文：“云顶集团由林梧桐于1965年创办，总部位于吉隆坡。”
        请问“出院小结”用马来文怎么说？是 ringkasan discaj 还是 laporan discaj？
        帮我把快递短信翻成英文：“您的包裹 SF1420857736921 已到达吉隆坡转运中心，派送前快递员会与您联系。”
        《红楼梦》里“黛玉葬花”那一段有没有通行的英文译法？霍克思和杨宪益的版本哪个更好？
        把这段隐私政策翻成马来文：“我们仅在您同意的情况下收集您的姓名、电话和地址，并存储于境内服务器。”
        翻译成英文：“甲方应于每月5日前支付租金人民币4,500元，逾期每日按月租金的0.5%支付滞纳金。”
        血常规报告上的 WBC 6.2×10^9/L、HGB 135 g/L、PLT 240×10^9/L 分别是什么意思？帮我翻成中文。
        请把“陈笃生医院位于新加坡陈笃生路11号，邮编308433”翻成英文。
        更新日志要翻成英文：“v3.2.1 修复了马来语界面下日期显示为 DD/MM/YYYY 时的排序问题。”
        家长群通知帮我翻成马来文：“明天下午三点到五点小区停水，请提前储水。”
        “此致敬礼”在英文信里一般怎么结尾？Yours faithfully 还是 Best regards？
    """),
    ("ms", "permintaan terjemahan"): _lines("""
        Tolong terjemahkan ayat ni ke bahasa Inggeris: "Sila bawa kad pengenalan asal semasa mendaftar di kaunter."
        Boleh translate ke bahasa Cina tak? "Kedai tutup sempena Hari Raya Aidilfitri, buka semula 3 Syawal."
        Apa maksud 'hypertension stage 1' dalam BM? Nak letak dalam risalah klinik kesihatan.
        Terjemahkan klausa ni: "Penyewa hendaklah membayar deposit sebanyak dua (2) bulan sewa dan satu (1) bulan deposit utiliti."
        Tolong tukar ke English: "Hospital Sultanah Bahiyah, Alor Setar menerima pesakit rujukan dari seluruh negeri Kedah."
        Saya nak terjemah sajak "Aku" karya Chairil Anwar ke bahasa Cina untuk projek sekolah, boleh bantu?
        Translate ke Mandarin: "Nombor resit: RSK-2025-118204, Jumlah: RM356.80, Tarikh: 03/12/2025 14:22."
        "Surat akuan berkanun" dalam bahasa Inggeris ialah statutory declaration kan? Betul ke?
        Tolong terjemahkan notis ni ke bahasa Cina: "Talian Kasih 15999 beroperasi 24 jam untuk aduan penderaan dan kebajikan."
        Ayat dalam laporan: "Tiada kelainan ketara dikesan pada imbasan CT otak." Macam mana nak terjemah ke bahasa Cina?
        Upin dan Ipin tinggal dengan Opah dan Kak Ros di Kampung Durian Runtuh — tolong translate ke English untuk anak saya.
        Tolong semak terjemahan ni: 本合同一式两份 = "Perjanjian ini dibuat dalam dua (2) salinan." Betul tak?
        Alamat Jabatan Pendaftaran Negara, No. 20, Persiaran Perdana, Presint 2, 62551 Putrajaya — macam mana tulis dalam bahasa Cina?
    """),
    ("en", "medical report templates"): _lines("""
        IMPRESSION: No focal consolidation or pleural effusion. Cardiac silhouette is within normal limits.
        Patient Name: __________  MRN: __________  DOB: __/__/____  Ward/Bed: ______
        Reference range: HbA1c 4.0–5.6%; fasting plasma glucose 3.9–5.5 mmol/L.
        Discharge summary template v2.4 — sections: Presenting Complaint, Investigations, Management, Follow-up Plan.
        Units converted from mg/dL to mmol/L for the Malaysian reader (glucose: divide by 18).
        Alzheimer's disease is named after Alois Alzheimer, who described the first case in 1906.
        Specimen ID LAB-25-1203-00871 received 03/12/2025 09:14, reported 03/12/2025 16:40.
        Queen Elizabeth Hospital, 30 Gascoigne Road, Kowloon — Department of Radiology.
        Translated by Lingua Bridge Sdn Bhd (Registration No. 201901023456); this translation is true to the original document attached.
        eGFR >90 mL/min/1.73m² is considered normal kidney function; 60–89 is mildly decreased.
        Translator's note: render 左肺下叶结节 as "nodule in the left lower lobe", never "left lower leaf".
        Sample MRI report for the style guide; all identifiers have been replaced with XXXX before circulation.
    """),
    ("zh-Hans", "合同与公文"): _lines("""
        甲方（出租方）：____________ 身份证号：____________ 乙方（承租方）：____________ 联系电话：____________
        本合同自双方签字盖章之日起生效，合同期限为贰年，自2026年1月1日起至2027年12月31日止。
        合同编号：HT-SZ-2025-00318；签订地点：深圳市南山区。
        乙方对履行本协议过程中获知的甲方客户个人信息负有保密义务，未经同意不得向境外提供。
        本协议以中文、英文和马来文三种文字书写，如有歧义，以中文文本为准。
        发票号码 24442000000183725610，价税合计（大写）壹万贰仟伍佰元整，（小写）¥12,500.00。
        收款单位：广州译联翻译服务有限公司，统一社会信用代码 91440101MA59L7QK3T，开户行：中国工商银行广州东风路支行。
        因本合同引起的争议，提交上海国际经济贸易仲裁委员会按其届时有效的仲裁规则仲裁。
        根据《个人信息出境标准合同办法》，个人信息处理者应当在标准合同生效之日起10个工作日内向所在地省级网信部门备案。
        会议地点：中山大学东校区逸夫楼三楼报告厅，2025年12月18日14:30。
        兹委托______（身份证号：__________________）代表本人办理______事宜，委托期限自____年__月__日至____年__月__日。
        附件三《数据处理清单》列明了处理的数据类别，本项目不涉及敏感个人信息。
    """),
    ("ms", "surat dan notis"): _lines("""
        Rujukan Kami: KKM.600-1/2/35 Jld. 4 (18); Tarikh: 2 Disember 2025.
        Tuan/Puan, dengan hormatnya saya diarah merujuk perkara di atas.
        Untuk pertanyaan caruman, sila hubungi Pusat Panggilan KWSP di 03-8922 6000.
        Notis: Klinik Kesihatan Jalan Perak ditutup pada 25 Disember 2025 sempena Hari Krismas.
        Borang pendaftaran pesakit baharu: Nama penuh: ________ No. MyKad: ______-__-____ Alamat: ________
        Notis di bawah Akta Perlindungan Data Peribadi 2010: data anda hanya akan diproses bagi tujuan pendaftaran dan rawatan.
        Memorial Tun Abdul Razak terletak di Jalan Perdana, Kuala Lumpur dan dibuka kepada orang awam setiap hari kecuali Isnin.
        Sekolah Kebangsaan Bukit Damansara akan mengadakan Hari Sukan Tahunan pada 14 Mac 2026.
        Invois No. INV/LB/2025/1142 — Terjemahan dokumen perubatan (12 muka surat @ RM45) = RM540.00.
        Surat ini adalah cetakan komputer dan tidak memerlukan tandatangan.
        Hospital Tengku Ampuan Rahimah, Jalan Langat, 41200 Klang — Jabatan Kecemasan beroperasi 24 jam.
    """),
    ("zh-Hant", "港台訊息與公告"): _lines("""
        瑪麗醫院位於香港薄扶林道102號，急症室24小時開放。
        如需協助，請致電1823政府熱線（24小時服務）。
        合約第7.2條：租客須於每月首日繳付租金港幣18,000元正。
        請將以下句子譯成英文：「本診所逢星期日及公眾假期休息。」
        國父紀念館地址為台北市信義區仁愛路四段505號，展覽期間免費入場。
        香港撒瑪利亞防止自殺會24小時熱線：2389 2222。
        訂單編號 HK2512030047718，預計送達時間：12月5日下午2時至6時。
        化驗報告範本：總膽固醇 5.8 mmol/L（參考值 <5.2），屬輕度偏高。
        請問「強積金」嘅馬來文同英文點講？MPF 就係 Mandatory Provident Fund 啩？
        張愛玲《傾城之戀》的英譯本由 Karen S. Kingsbury 翻譯，2007年出版。
        衛生署長者健康中心：如需預約服務，請使用電話預約系統或「長者健康服務」流動應用程式。
    """),
    ("mixed", "translator notes"): _lines("""
        Glossary: 出院小结 = discharge summary = ringkasan discaj; 门诊 = outpatient = pesakit luar.
        SOP v1.3: before sending to the vendor, replace all names → [NAME], IC/NRIC → [ID], phone → [PHONE].
        sha256 of source PDF: 3f9a1c0e7b24d5e6a8c9f0b1d2e3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1
        TM export tm_zh-ms_2025-12-01.tmx (14,382 segments, 1.8 MB) uploaded to the shared drive.
        Eh boss, client nak the contract dalam 3 bahasa by Friday, 合同大概 12 页, rate RM0.25/word ok tak?
        这个 term "waris terdekat" 要翻成“最近亲属”还是“直系亲属”？In English just "next of kin" lah.
        Style: Malaysian Chinese readers prefer 大马 not 马国; use 令吉 for RM; dates as 2025年12月5日.
        Job #TRN-8841 status: QA passed, delivered 2025-12-04T17:32:08+08:00.
        Reminder: medical reports from Klinik Pakar Wanita & Kanak-Kanak must be translated on the on-shore workstation only.
        Placeholder check: {patient_name}, {ic_no} and {ward} must stay untranslated in the zh and ms strings.
        Sun Yat Sen Museum Penang, 120 Lebuh Armenian — 槟城孙中山纪念馆, open 9am–5pm daily.
        Rate card 2026: zh→en RM0.22/word, ms→zh RM0.25/word, certified copy + RM30/page.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Please translate into Malay for the maid agency: "I, Goh Hui Min (NRIC S8539216F), of Blk 412 Tampines St 41 #08-217, Singapore 520412, agree to employ the worker from 1 Jan 2026."
        Translate to Chinese pls, it's from my dad's oncologist: "Mr Lim Kok Wai, 61, has completed six cycles of FOLFOX for stage III colon cancer and is fit to travel to Xiamen."
        Can you translate this reference letter into Malay? "Kavitha a/p Ramasamy worked with us as a staff nurse from 2019 to 2024; her last drawn salary was RM5,200."
        translate to simplified chinese: "Payment to Tan Mei Ling, Maybank a/c 5142 0311 8765, RM3,800 being refund of deposit for unit B-12-3, Residensi Sentul Point."
        My wife's discharge letter says "Ong Siew Peng, MRN 2025-HKL-088123, admitted for severe pre-eclampsia at 34 weeks" — what's that in Chinese?
        For the embassy, into Chinese: "Passport holder: CHONG WEI JIE, passport no. A52918374, date of birth 03 DEC 2001, place of birth JOHOR."
        Need this in Malay: "Dear Suresh a/l Murugan, your probation ends on 15/12; your new salary is RM6,400 and your car WVB 7281 has been given a season bay at Level B2."
        Please translate for HR (to Chinese): "Sim Jun Hao, T0274518B, mobile 9173 4820, has been on hospitalisation leave since 28 Nov for dengue fever."
    """),
    "zh-Hans": _lines("""
        帮我把这封委托书翻成英文：“本人陈伟良，身份证号510107196503084718，现住成都市武侯区玉林北路17号3栋2单元502，特委托……”
        把我妈的体检报告翻成马来文给这边医生看：林秀英，女，58岁，乳腺超声提示左乳BI-RADS 4a类结节，建议穿刺活检。
        翻成英文：收款人 吴佩珊，招商银行卡号 6214830291756406312，开户行 深圳分行车公庙支行。
        请翻成马来文发给房东：我叫郑国强，手机 +86 139 2847 5106，微信号 zgq_xm1979，下周三到槟城看房。
        帮忙翻译劳动合同这一段：“乙方许丽华（身份证号350203199202231546）月工资税前人民币18,500元，试用期三个月。”
        翻成英文给学校：我儿子刘梓涵，2019年出生，有蚕豆病（G6PD缺乏症），不能吃蚕豆和部分药物，麻烦老师留意。
        判决书摘要翻成英文：“（2025）粤0104民初12873号，原告周建华诉被告黄立明民间借贷纠纷一案，判令被告于十日内偿还借款人民币26万元。”
        翻译成马来文：王丽娟女士，护照号 EJ4829173，入境后在新山的居住地址为 No. 8, Jalan Harmonium 23/3, Taman Desa Tebrau, 81100 Johor Bahru。
        帮我把这句翻成英文发给保险公司：被保险人梁美玲的车牌号粤B·7K392，12月1日在深南大道被追尾，她本人颈椎受伤住院。
    """),
    "ms": _lines("""
        Tolong terjemah ke bahasa Inggeris: "Saya, Nurul Aisyah binti Ramli (No. K/P 880517-14-5238), beralamat di No. 23, Jalan SS 2/64, 47300 Petaling Jaya, dengan ini mengaku bahawa..."
        Boleh translate ke Cina? Laporan perubatan: "Pesakit Mohd Faizal bin Hashim, 49 tahun, disahkan HIV positif sejak 2021 dan sedang menerima rawatan ART di Hospital Sungai Buloh."
        Terjemah mesej ni ke English untuk majikan: "Encik, saya Siti Khadijah, anak saya Aiman kena denggi, masuk wad Hospital Ampang. Boleh cuti 3 hari? No saya 013-648 2275."
        Translate ke Mandarin untuk tuan rumah: "Sewa Disember dah masuk ke akaun CIMB 8604228193 atas nama Ahmad Zulkifli bin Yusof, rujukan SEWA-DIS."
        Surat mahkamah nak diterjemah ke English: "Pendakwa Raya lwn. Haziq bin Kamarudin (No. K/P 990615-10-5173), pertuduhan di bawah seksyen 39A(1) Akta Dadah Berbahaya 1952."
        Tolong translate ke English — borang waris: "Waris terdekat: Rosnah binti Kassim (ibu), tel 019-227 8413, Lot 1182, Kampung Gong Badak, 21300 Kuala Nerus, Terengganu."
        Kad Maybank Visa 4117 5800 3162 8475 luput 08/28 atas nama NG CHEE KEONG — tolong terjemah aduan ni ke English: "Saya tak buat transaksi RM2,399 di Shopee semalam."
        Terjemah ke Cina: "Sijil cuti sakit untuk Nurlina binti Abd Rahman, MC 2 hari (4-5/12/2025) kerana gastroenteritis akut, Klinik Mediviron Setapak."
    """),
    "zh-Hant": _lines("""
        請幫我把這封信翻成英文：「本人何志恒，香港身份證號碼 K384651(2)，現居九龍觀塘順天邨天衡樓1706室，茲聲明……」
        幫我翻譯成馬來文：太太梁嘉欣（手提 6218 4537）上星期喺伊利沙伯醫院確診妊娠糖尿病，之後要定期覆診。
        翻成英文給律師：「申請人蔡淑芬（身分證字號A227518344）與相對人王建成於2023年協議離婚，未成年子女監護權歸母親。」
        請譯成簡體中文：王俊傑，身分證 F120637492，LINE ID junjie_wang0812，手機 0912-384-756。
        租約翻譯：「業主：陳淑儀（香港身份證 Y591027(5)），物業地址：新界沙田第一城35座12樓B室，月租港幣16,500元。」
    """),
    "mixed": _lines("""
        Boss can translate this to BM? "乙方 Yap Chee Hoe 已收到 deposit RM10,000, IC 760302-10-6127, 余款月底前付清"
        pls help translate ke English: 我的 Grab driver 偷拍我，车牌 JQT 4519，名字 Azman，电话 017-390 5521, nak buat report polis.
        Translate this WhatsApp from my 阿嬷's caregiver to English: "Nenek Chua Ah Moi hari ni BP 168/95, tak nak makan ubat Amlodipine, dah call Dr. Wong."
        帮我把这个 MC translate to English: "Muthu a/l Selvam, IC 650910-12-5081, diabetes type 2 with diabetic foot ulcer, MC 14 hari."
        translate 给我老板: 我的 FIN G5120947N, work permit 到 2026年3月, 现在住 Blk 88 Jurong West St 81 #11-402 Singapore 640088.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are LinguaPal, a translator between Chinese, English and Malay. Keep the original formatting.",
        ),
        ("user", "帮我翻一封信，英国大学要的家长信，我分两段发"),
        ("assistant", "好的，请发送第一段，我会译成英文并保留段落格式。"),
        (
            "user",
            "尊敬的招生委员会：我是黄志明的父亲黄国栋，志明身份证号350203200604183511，我们一家住在厦门市思明区湖滨南路338号之二1203室。",
        ),
        (
            "user",
            "第二段：如有任何问题，请拨打我的手机 +86 138 0592 7714 或发邮件至 huanggd_xm@163.com。此致 敬礼",
        ),
    ],
    [
        (
            "user",
            "Can you translate a medical report from Malay to Chinese? It's for my uncle's family in Fuzhou",
        ),
        ("assistant", "Sure, please paste the report text."),
        (
            "user",
            "LAPORAN PERUBATAN\nNama: Tan Ah Kow\nNo. K/P: 520714-07-5031\nHospital Pulau Pinang, Wad 7B\nDiagnosis: Karsinoma hepatoselular (HCC), peringkat BCLC-B\nRawatan: TACE sesi kedua dijadualkan 15/12/2025",
        ),
        (
            "assistant",
            "医疗报告\n姓名：Tan Ah Kow\n身份证号：520714-07-5031\n槟城中央医院 7B病房\n诊断：肝细胞癌（HCC），BCLC-B期\n治疗：第二次TACE定于2025年12月15日",
        ),
    ],
    [
        (
            "user",
            "I need a tenancy agreement translated from English to Malay, just the parties section",
        ),
        ("assistant", "No problem. Paste the parties section and I'll translate it."),
        (
            "user",
            'THIS AGREEMENT is made between CHONG MEI FONG (NRIC No. S7914362F) ("the Landlord")',
        ),
        (
            "user",
            "and the Tenant in respect of the premises at Blk 215 Bishan St 23 #05-118 Singapore 570215, monthly rent S$3,200.",
        ),
        (
            "assistant",
            'PERJANJIAN INI dibuat antara CHONG MEI FONG (No. NRIC S7914362F) ("Tuan Rumah") dan Penyewa berkenaan premis di Blk 215 Bishan St 23 #05-118 Singapura 570215, sewa bulanan S$3,200.',
        ),
    ],
    [
        ("user", "我要给家里的印尼阿姨写个留言，帮我翻成马来文"),
        ("assistant", "好的，请告诉我留言内容。"),
        (
            "user",
            "婆婆早上8点吃美多芭半片，中午12点再吃半片，饭前一小时吃。她走路不稳，不要让她一个人洗澡。",
        ),
        (
            "assistant",
            "Nenek makan Madopar setengah biji pada pukul 8 pagi, dan setengah biji lagi pada pukul 12 tengah hari, sejam sebelum makan. Dia tidak stabil berjalan, jangan biar dia mandi seorang diri.",
        ),
        (
            "user",
            "再加一句：婆婆叶桂芳的帕金森病历本和医保卡在电视柜第二个抽屉，身份证号210102195703165224，急救时给医生看。",
        ),
    ],
    [
        ("user", "translate into chinese pls, it's a complaint email to my bank"),
        ("assistant", "Sure, go ahead and paste it."),
        (
            "user",
            "Dear Sir/Madam, I, Lau Kah Meng, noticed an unauthorised charge of RM1,870.00 on my Mastercard 5521 0483 7261 9351 on 30/11/2025. Please block the card and call me at 016-442 9187.",
        ),
    ],
    [
        ("system", "Translate all user content into English. Do not add commentary."),
        (
            "user",
            "出院摘要\n伊利沙伯醫院 內科部\n姓名：鄺志偉　香港身份證：R720463(8)\n入院日期：2025年11月20日　出院日期：2025年11月27日\n診斷：急性心肌梗塞，已植入支架兩枚",
        ),
        (
            "assistant",
            "Discharge Summary\nQueen Elizabeth Hospital, Department of Medicine\nName: Kwong Chi Wai  HKID: R720463(8)\nAdmitted: 20 Nov 2025  Discharged: 27 Nov 2025\nDiagnosis: Acute myocardial infarction, two stents implanted",
        ),
    ],
    [
        ("user", "可以幫我把英文勞動契約翻成繁體中文嗎？台灣公司要的"),
        ("assistant", "可以，請貼上需要翻譯的條款。"),
        (
            "user",
            "Clause 1: The Company employs Ms. Hsu Ya-Ting as Senior Accountant from 5 January 2026.",
        ),
        (
            "user",
            "Clause 4: Monthly salary NT$68,000. Employee ID no. B288302152. Home address: No. 16, Ln. 52, Sec. 3, Taiwan Blvd., Xitun Dist., Taichung City.",
        ),
        (
            "assistant",
            "第一條：公司自2026年1月5日起聘用許雅婷女士擔任資深會計。\n第四條：月薪新臺幣68,000元。員工身分證字號 B288302152。住址：臺中市西屯區臺灣大道三段52巷16號。",
        ),
    ],
    [
        (
            "user",
            "Saya dapat surat saman dari mahkamah, dalam BM. Boleh tolong translate ke English?",
        ),
        ("assistant", "Boleh, sila tampal isi surat tersebut."),
        (
            "user",
            "SAMAN DALAM KES SIVIL\nMahkamah Sesyen Shah Alam, Guaman No. BA-B52NCvC-318-07/2025\nPlaintif: Bina Jaya Sdn Bhd\nDefendan: seperti di bawah",
        ),
        (
            "assistant",
            "SUMMONS IN A CIVIL CASE\nShah Alam Sessions Court, Civil Suit No. BA-B52NCvC-318-07/2025\nPlaintiff: Bina Jaya Sdn Bhd\nDefendant: as below",
        ),
        (
            "user",
            "Defendan: Rahimah binti Sulaiman, No. 41, Jalan Kenari 5, Bandar Puchong Jaya, 47100 Puchong. Tuntutan: RM84,500 hutang kerja pengubahsuaian rumah.",
        ),
    ],
    [
        ("user", "tolong translate borang ni ke english, bahagian butiran pemohon"),
        ("assistant", "Boleh, tampal bahagian tersebut."),
        ("user", "Nama: Ooi Siew Lan\nNo. MyKad: 920815-07"),
        ("user", "5394\nAlamat: 3-7-12, Taman Sri Nibong, 11900 Bayan Lepas, Pulau Pinang"),
        (
            "assistant",
            "Name: Ooi Siew Lan\nMyKad No.: 920815-07-5394\nAddress: 3-7-12, Taman Sri Nibong, 11900 Bayan Lepas, Penang",
        ),
    ],
    [
        ("user", "帮我把签证材料里的个人信息翻成英文"),
        ("assistant", "好的，请发过来。"),
        ("user", "姓名：吴嘉怡　性别：女　出生日期：1988年5月17日"),
        ("user", "身份证号码：44010419880517"),
        ("user", "362X"),
        ("user", "户籍地址：广州市越秀区农林下路83号之二1204房"),
        (
            "assistant",
            "Name: Wu Jiayi  Sex: Female  Date of Birth: 17 May 1988\nID No.: 44010419880517362X\nRegistered address: Room 1204, No. 83-2 Nonglin Xia Road, Yuexiu District, Guangzhou",
        ),
    ],
    [
        ("user", "Can you translate a letter to my parents into Chinese? They only read Chinese."),
        ("assistant", "Of course. Please share the letter."),
        (
            "user",
            "Mum, Dad, I'm writing because I couldn't say it on the phone. I'm gay, and David and I have been together for three years. I hope you can still accept me.",
        ),
        (
            "assistant",
            "爸爸妈妈：我写这封信，是因为在电话里说不出口。我是同性恋，我和David已经在一起三年了。希望你们仍然能接纳我。",
        ),
        (
            "user",
            "Thanks. Sign it 'Your son, Lee Wei Ming (Jason)' and put the address on top: No. 12, Jalan Pasir Puteh Baru, 31650 Ipoh, Perak.",
        ),
    ],
    [
        ("user", "I'm filling in a Chinese visa form, need the passport section in Chinese"),
        ("assistant", "Sure, what does the section say?"),
        (
            "user",
            "Name (as in passport): NUR FARHANA BINTI ISMAIL  Sex: F  Date of birth: 26 JUL 1994",
        ),
        (
            "user",
            "Passport No.: A41730562, issued at Putrajaya 12 Mar 2023, expiry 12 Mar 2028. Occupation: pharmacist at Hospital Serdang. Mobile: 011-2389 4416",
        ),
    ],
    [
        (
            "user",
            "Tolong terjemah tuntutan insurans ni ke bahasa Cina, agen insurans saya orang Cina",
        ),
        ("assistant", "Baik, sila tampal butiran tuntutan."),
        (
            "user",
            "No. Polisi: GE-MY-00837261\nPemegang polisi: Lim Bee Choo\nTarikh masuk wad: 22/11/2025, Hospital Pantai Kuala Lumpur\nDiagnosis: Apendisitis akut, apendektomi laparoskopik\nJumlah bil: RM18,742.60",
        ),
        (
            "assistant",
            "保单号：GE-MY-00837261\n投保人：Lim Bee Choo\n入院日期：2025年11月22日，吉隆坡班台医院\n诊断：急性阑尾炎，腹腔镜阑尾切除术\n账单总额：RM18,742.60",
        ),
    ],
    [
        ("user", "Please translate this offer letter paragraph into Malay"),
        ("assistant", "Happy to help — paste the paragraph."),
        (
            "user",
            "We are pleased to offer you the position of Logistics Executive at our Port Klang office, with a basic salary of RM4,850 per month plus RM300 transport allowance.",
        ),
        (
            "assistant",
            "Kami dengan sukacitanya menawarkan anda jawatan Eksekutif Logistik di pejabat Pelabuhan Klang kami, dengan gaji pokok RM4,850 sebulan serta elaun pengangkutan RM300.",
        ),
        (
            "user",
            "ok also translate the header: To: Encik Amirul Hakim bin Zainal, 27 Jalan Bayu Laut 4/KS9, Kota Bayuemas, 41200 Klang. Ref: HR/OFR/2025/117",
        ),
    ],
    [
        (
            "system",
            "User profile (CRM): 郑丽娜, 手机 +86 186 2031 4478, 会员号 VIP-0098812, 常用语言 zh-CN。Always reply in the user's language.",
        ),
        ("user", "帮我把“感谢您的耐心等待，您的订单将于三个工作日内发货”翻成马来文"),
        (
            "assistant",
            "Terima kasih atas kesabaran anda, pesanan anda akan dihantar dalam tempoh tiga hari bekerja.",
        ),
    ],
    [
        ("user", "幫我將離婚協議書其中一段翻譯成英文"),
        ("assistant", "沒問題，請貼上該段內容。"),
        (
            "user",
            "「男方麥家豪（香港身份證號碼C664018(2)）與女方黃詠詩同意，兒子麥梓朗（2017年出生）由女方照顧及管養，男方每月支付贍養費港幣12,000元。」",
        ),
        (
            "assistant",
            '"The husband, Mak Ka Ho (HKID No. C664018(2)), and the wife, Wong Wing Sze, agree that their son Mak Tsz Long (born 2017) shall be in the care and control of the wife, and the husband shall pay maintenance of HK$12,000 per month."',
        ),
    ],
    [
        ("user", "帮我把给老师的信翻成英文，新加坡小学"),
        ("assistant", "好的，请提供信的内容。"),
        (
            "user",
            "王老师您好，我是四年级 4E 班陈子轩的妈妈。子轩上个月在 KK Hospital 被诊断为多动症（ADHD），医生开了利他林，上课时可能注意力不集中，请多包涵。",
        ),
        (
            "assistant",
            "Dear Mdm Wong, I am the mother of Chen Zixuan from Primary 4E. Last month Zixuan was diagnosed with ADHD at KK Hospital and was prescribed Ritalin. He may have difficulty concentrating in class; thank you for your understanding.",
        ),
        ("user", "落款写：Mdm Liu Fang, FIN F2648031X, HP 8826 1937"),
    ],
    [
        ("user", "translate this email thread into Chinese for my boss"),
        ("assistant", "Sure, paste the thread."),
        (
            "user",
            "Hi Ms Zhang, as discussed the shipment will leave Port Klang on 8 Dec. Invoice INV-KL-7781 attached.\n\nRegards,\nFarid Hakimi bin Othman\nSales Manager\n+60 12-775 3318 | farid.hakimi88@gmail.com",
        ),
        (
            "assistant",
            "张女士您好，如前所述，货物将于12月8日从巴生港出发。附上发票 INV-KL-7781。\n\n此致\nFarid Hakimi bin Othman\n销售经理\n+60 12-775 3318 | farid.hakimi88@gmail.com",
        ),
    ],
    [
        (
            "user",
            "Sijil kematian arwah ayah saya dalam BM, nak translate ke English untuk urusan bank di Singapura",
        ),
        ("assistant", "Takziah. Sila tampal butiran sijil tersebut."),
        (
            "user",
            "Nama si mati: Lee Ah Hock\nNo. K/P: 480923-08-5127\nTarikh kematian: 19/10/2025\nSebab kematian: Infarksi miokardium akut\nPemberi maklumat: Lee Chin Huat (anak), 58 Jalan Sultan Idris Shah, 30000 Ipoh",
        ),
    ],
    [
        ("user", "这条转账凭证翻成马来文，房东要看"),
        ("assistant", "好的，请发送凭证内容。"),
        (
            "user",
            "付款人：覃秋燕　农业银行卡 6228480913277644591\n收款人：Zarina binti Mahmud　Public Bank 4-6612873-05\n金额：RM2,300　用途：12月房租　时间：2025-12-01 10:42",
        ),
        (
            "assistant",
            "Pembayar: Qin Qiuyan  Kad Bank Pertanian China 6228480913277644591\nPenerima: Zarina binti Mahmud  Public Bank 4-6612873-05\nJumlah: RM2,300  Tujuan: Sewa Disember  Masa: 2025-12-01 10:42",
        ),
    ],
    [
        (
            "user",
            "Can you translate a prescription from Chinese to Malay? I'm bringing the medicine into Malaysia",
        ),
        ("assistant", "Sure, please paste the prescription text."),
        (
            "user",
            "北京协和医院 处方笺\n姓名：孙浩然　性别：男　年龄：42\n就诊卡号：0010387265\n临床诊断：抑郁症（中度）\nRp: 舍曲林片 50mg ×28片 每日一次",
        ),
        ("user", "He's my husband, his ID is 110105198306267955 if customs asks"),
    ],
    [
        ("user", "Tolong terjemahkan surat ni ke bahasa Cina, untuk jiran baru saya"),
        ("assistant", "Boleh, sila tampal."),
        (
            "user",
            "Salam, kami baru pindah ke unit sebelah. Kalau bising masa renovasi, minta maaf ya. Anak saya ada autisme dan kadang-kadang menjerit waktu malam.",
        ),
        (
            "assistant",
            "您好，我们刚搬到隔壁单位。装修期间如果有噪音，请多包涵。我的孩子有自闭症，有时晚上会大叫。",
        ),
        (
            "user",
            "Tambah nama: daripada Norhayati & Iskandar, unit A-17-06 Pangsapuri Seri Kembangan, anak kami Adam Iskandar umur 7 tahun. WhatsApp 012-508 3361",
        ),
    ],
    [
        ("user", "帮我把朋友之间的借条翻成英文，朋友是马来西亚人"),
        ("assistant", "好的，请发借条内容。"),
        (
            "user",
            "借条\n今借到 Ong Boon Hui 人民币伍万元整（¥50,000），于2026年6月30日前归还。\n借款人：何雨桐\n身份证号：420106200107145321\n2025年12月3日",
        ),
        (
            "assistant",
            "IOU\nI hereby acknowledge receipt of RMB 50,000 (fifty thousand yuan) from Ong Boon Hui, to be repaid by 30 June 2026.\nBorrower: He Yutong\nID No.: 420106200107145321\n3 December 2025",
        ),
    ],
    [
        ("user", "Tolong translate repot polis ni ke English, insurans minta"),
        ("assistant", "Baik, tampal isi repot polis."),
        (
            "user",
            "No. Repot: BRICKFIELDS/013847/25\nPengadu: Kumar a/l Rajan, K/P 830212-14-6089\nKereta Proton X50 WXY 3186 dicuri di tempat letak kereta NU Sentral pada 29/11/2025 jam lebih kurang 9 malam.",
        ),
        (
            "assistant",
            "Report No.: BRICKFIELDS/013847/25\nComplainant: Kumar a/l Rajan, NRIC 830212-14-6089\nProton X50 car WXY 3186 was stolen from the NU Sentral car park on 29/11/2025 at about 9 pm.",
        ),
    ],
    [
        ("user", "hi can help translate to chinese? my gf's mum only reads chinese"),
        ("assistant", "Sure! What would you like to say?"),
        (
            "user",
            "Auntie, thank you for the dinner last Sunday. I'm sorry to hear about the surgery.",
        ),
        ("assistant", "阿姨，谢谢您上周日的晚餐。听说您要做手术，我很难过。"),
        (
            "user",
            "add: Hope the knee replacement at Gleneagles on 10 Dec goes well, Auntie Ho Lai Kuen. If you need a ride my number is 9065 3342 — Marcus Tay",
        ),
    ],
]
