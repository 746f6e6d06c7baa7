# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat20: AI-assisted drafting of one's own letters, CVs, claims and notices (zh-Hans, zh-Hant, en, ms). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat20
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "letter templates"): _lines("""
        Dear [Landlord's Name], I am writing to give you [30/60] days' notice that I will be vacating [Property Address] on [Date].
        Subject: Leave Application – [Employee Name], [Department], [Start Date] to [End Date]
        I, [FULL NAME], holder of passport no. [PASSPORT NO.], hereby declare that the information provided in this application is true and correct.
        Dear Sir/Madam, I wish to lodge a formal complaint regarding the delayed delivery of order #[ORDER NUMBER] placed on [DATE].
        To whom it may concern, this letter confirms that {employee_name} has been employed with {company_name} as {job_title} since {start_date}.
        Please find attached my CV for the position of [Job Title] (Ref: [Job ID]). I look forward to hearing from you.
        Dear Mr/Ms [Surname], thank you for your letter dated [dd/mm/yyyy]. We acknowledge receipt of your claim ref. [CLM-XXXXXX] and will revert within 14 working days.
        Invitation letter (visit visa) — Inviter: [Name], NRIC/FIN: [SXXXXXXXA]; Visitor: [Name], Passport: [No.]; Relationship: [e.g. mother]; Duration: [dates]
        Hi {{parent_name}}, {{student_name}} will be absent from school on {{date}} due to {{reason}}. Kindly excuse him/her. Regards, {{parent_name}}
        Use "Yours faithfully" when you open with "Dear Sir/Madam", and "Yours sincerely" when you know the recipient's name.
        CV order for a fresh grad: Contact details → Education → Internships → CCAs / Projects → Skills → "Referees available upon request".
        Re: Notice of Rent Increase – Unit [#XX-XXX], [Building Name]. Effective [Date], the monthly rent will be adjusted from S$[old] to S$[new].
        Claim checklist: claim form (Part A signed by the policyholder, Part B by the attending doctor), original itemised bill, discharge summary, copy of ID with all but the last 4 characters masked.
    """),
    ("en", "assistant guidance"): _lines("""
        Before pasting your CV here, swap your NRIC, home address and phone number for placeholders like [NRIC] — I can still fix the grammar and layout.
        For a Schengen cover letter, state the purpose, dates, itinerary, who pays, and your ties to home (job, lease, family). Keep it under one page.
        Shorter version: "Due to a family emergency, I request leave from 8 to 12 Dec. My tasks will be covered by the team." (42 words → 21 words)
        In a complaint letter stick to facts — dates, order numbers, what was promised, what happened — and end with one clear request and a deadline.
        Passive voice isn't wrong, but "The deposit was not returned" hides who is responsible; "You have not returned the deposit" is clearer.
        I can't check visa status or look up anyone's records. Please use the official portal, e.g. the ICA e-Service or your VFS Global tracking page.
        UK vs US: "licence" (noun) vs "license", "cheque" vs "check", "programme" vs "program". Singapore and Malaysia mostly follow British spelling.
        Translation notes: 房东 → landlord; 押金 → security deposit; 物业费 → management fee (HK English often says "management fee" too).
        When asking a clinic for a memo you don't need to restate the diagnosis — quote the visit date and the invoice number instead.
        Readability: your draft scores Flesch 38 (difficult). Splitting the 64-word second sentence into three would bring it to about 55.
        model draft-assist v2.3.1 | tokens in 1,284 | tokens out 402 | latency 2.8 s | request_id 7f3c9e21-0b4a-4d8e-9a51-c2e8f06b7d13
        US résumés usually leave out the photo, date of birth and marital status; many employers ask applicants not to include them.
    """),
    ("en", "public and reference"): _lines("""
        Complaint re Tan Tock Seng Hospital car park charges — the Ministry of Health said in Parliament that the rates are reviewed every two years.
        Lee Kuan Yew School of Public Policy, 469C Bukit Timah Road, Singapore 259772 — use this address for scholarship enquiries.
        Mr Darcy's letter to Elizabeth Bennet is a masterclass in the proud-but-apologetic register; my teacher wants us to imitate it.
        Your parcel SPXMY027731946 has been delivered to the parcel locker at Jalan Tun Razak, Locker ID KL-TR-0142. Pick-up code valid 72 hours.
        The Queen Mary Hospital switchboard is 2255 3838; for appointment changes call the number printed on your SOPD slip.
        Invoice INV-2026-11-00482 | Qty 3 × S$45.00 | GST 9% S$12.15 | Total S$147.15 | Payment terms: 30 days
        Sun Yat Sen Nanyang Memorial Hall (12 Tai Gin Road) is closed on Mondays; school group bookings go through the NHB website.
        sha256 of the uploaded file: 3b7e0d9c41a2f6e88c05d1f9a7b2c4e6d8f0a1b3c5e7f9021436587a9bcdef01
        Sherlock Holmes's 221B Baker Street makes a good sample address for the exercise on addressing envelopes.
        In his Budget speech, Prime Minister Lawrence Wong said every Singaporean household would receive another round of CDC vouchers.
        Booking ref for the parents' briefing: EVT-26-3381, 7 Jan 2027, 7:30 pm, school hall. Please bring the e-ticket, not the child.
        HDB says resale prices of 4-room flats rose 1.9% in Q3; my letter to the town council cites that figure as background.
    """),
    ("zh-Hans", "写作问答"): _lines("""
        请假条的落款应该写在右下角还是左下角？日期要不要写成“2026年12月4日”这种格式？
        “此致敬礼”要不要分两行写？“此致”空两格，“敬礼”顶格，对吗
        投诉信里写“强烈要求贵公司给个说法”会不会太冲了，有没有更得体的说法
        帮我把这句改得正式一点：“你们物业到底管不管，电梯都坏三天了”
        简历里“熟练掌握Office”这种写法HR还看吗？用什么替代比较好
        英文简历要不要写出生年月和放照片？外企一般怎么要求的
        “兹证明”放开头，“特此证明”放结尾，两个能一起用吗？
        给孩子班主任发微信请假，开头称呼用“X老师您好”还是“尊敬的X老师”比较合适
        签证材料里的在职证明必须用公司抬头纸吗？盖公章还是人事章都可以？
        求职信一般控制在一页A4以内，三段式：为什么写信—我能带来什么—期待面谈。
        把“由于本人身体原因”换成“因个人健康原因”是不是更委婉一点？
        退租通知要提前多久发？合同写的是“提前30日书面通知”，微信消息算书面吗
        英文邮件结尾Best regards和Kind regards有啥区别，给学校老师用哪个
    """),
    ("zh-Hans", "公共事务与机构"): _lines("""
        致××小区物业服务中心：3号楼东侧电梯自11月28日起多次停运，请贵司于本周内安排维保单位检修并张贴公告。
        关于中山路与解放路交叉口红绿灯配时不合理的建议，已通过12345市民服务热线反映，工单号GD20261130088417。
        顺丰运单SF1428093357621在途超过7天未更新，已在国家邮政局申诉网站提交申诉，请帮我写个跟进模板。
        致浙江大学医学院附属邵逸夫医院：贵院门诊自助机近期频繁死机，建议高峰时段增开人工窗口。
        建议在逸夫楼东侧加装无障碍坡道，方便坐轮椅的学生和家长进出，盼校方研究。
        关于鲁迅公园南门共享单车乱停放的投诉，请城管部门协调各运营企业及时清运。
        发票代码144002600111，发票号码00837465；开票日期2026-11-19；价税合计¥1,280.00
        根据《个人信息保护法》第十三条，处理个人信息应当具有明确、合理的目的，并与处理目的直接相关。
        建议人社局在官网开通外国人工作许可办理进度查询，目前只能打12333电话咨询，排队很久。
        林黛玉进贾府那一回，帮我改写成给初中生看的白话版本，控制在300字以内。
        关于孙中山先生诞辰160周年纪念活动的通知：全体教职工于11月12日上午9点在学校礼堂集合。
        快递面单模板：收件人【姓名】 电话【手机号】 地址【省市区+详细地址】，寄件前请核对。
        近期有冒充“12315”客服的诈骗电话，以退款为由索要银行卡验证码，请市民提高警惕。
    """),
    ("zh-Hant", "範本與問答"): _lines("""
        敬啟者：本人【姓名】，現居於【地址】，因【原因】，特此申請由【日期】至【日期】請假共【 】天，懇請批准。
        請問寫俾業主嘅通知信，用「業主」定「房東」好？結尾係咪要加「謹啟」？
        【租約終止通知】致 {業主姓名}：本人擬於 {日期} 終止位於 {單位地址} 之租約，按金 HK${金額} 請於交吉後14日內退還。
        履歷表使唔使寫HKID同出生日期？依家好多公司都話唔好寫。
        投訴可寄消費者委員會（北角渣華道191號嘉華國際中心22樓），或致電投訴熱線 2929 2222。
        伊利沙伯醫院急症室今日輪候時間超過8小時，醫管局建議非緊急病人前往普通科門診。
        「頃接來函，敬悉一切」係咪太老套？有冇現代少少嘅寫法？
        信件結尾「順頌時祺」、「此致」、「敬祝 安康」點揀？寫俾學校校長用邊個？
        邀請函範本：茲邀請【受邀人姓名】（護照號碼：【 】）於【日期】來臺探親，停留期間一切費用由本人負擔。
        保險索償須知：申請表須於事故發生後30日內遞交，附正本收據及醫生證明書；身分證副本請遮蓋出生日期。
        孫中山紀念館（半山衛城道7號）逢星期四休館，團體參觀請提前兩星期預約。
        臺北市政府1999市民熱線可反映路燈故障，案件編號格式例如 1131204-00872。
        幫我將呢句改得客氣啲：「你哋個冷氣機漏水漏咗成個月，到底幾時先嚟整？」
    """),
    ("ms", "templat dan soalan"): _lines("""
        Tuan/Puan, PERMOHONAN CUTI TANPA GAJI. Dengan hormatnya saya, [NAMA PENUH], No. K/P: [XXXXXX-XX-XXXX], ingin memohon cuti tanpa gaji selama [tempoh].
        Boleh tolong semak ayat ni betul tak: "Saya dengan ini memaklumkan bahawa saya akan berhenti kerja berkuat kuasa 1 Januari."
        Surat rasmi kena ada "Sekian, terima kasih." dan "Yang benar," sebelum tandatangan kan? Atau pakai "Saya yang menjalankan amanah"?
        "Berkhidmat untuk negara" tu untuk surat jabatan kerajaan je ke, syarikat swasta perlu letak tak?
        Notis Pengosongan Rumah: Kepada [Nama Tuan Rumah], saya ingin memaklumkan bahawa saya akan mengosongkan premis di [Alamat] pada [Tarikh]. Deposit RM[ ] dipohon dipulangkan.
        Apa beza "memohon" dengan "merayu" dalam surat rayuan? Nak tulis surat rayuan penangguhan bayaran balik.
        Resume dalam BM ke BI lebih sesuai untuk mohon kerja GLC? Kawan cakap BI je.
        Templat surat kebenaran: Saya, [nama ibu/bapa], penjaga kepada [nama murid], Tahun [ ], membenarkan anak saya menyertai lawatan ke [tempat].
        Tolong tukar ayat ni jadi lebih sopan: "Kenapa claim saya belum bayar lagi, dah 2 bulan."
        Format tarikh dalam surat rasmi: 4 Disember 2026, bukan 04/12/2026. Rujukan surat diletakkan di penjuru kanan atas.
        Untuk tuntutan insurans perubatan sertakan borang tuntutan, resit asal, laporan doktor dan salinan MyKad (tutup nombor tengah).
        Nak translate "surat akuan berkanun" ke English — statutory declaration ke affidavit?
        Pengirim: {nama}, {alamat}. Penerima: Pengetua, SMK {nama_sekolah}. Perkara: Permohonan Pertukaran Sekolah Anak.
    """),
    ("ms", "hal awam"): _lines("""
        Aduan lampu jalan rosak di Jalan Tun Dr Ismail telah dihantar melalui aplikasi majlis, no. rujukan ADU-2026-118734.
        Hospital Sultanah Aminah Johor Bahru memaklumkan Klinik Pakar Ortopedik berpindah ke Blok C mulai 2 Januari 2027.
        Pusat Khidmat Pelanggan KWSP boleh dihubungi di 03-8922 6000; jangan kongsi nombor ahli atau kata laluan i-Akaun melalui WhatsApp.
        Tolong susun isi penting surat kepada ADUN kawasan tentang banjir kilat berulang di Taman Sri Muda, Seksyen 25.
        Tunku Abdul Rahman membacakan Pengisytiharan Kemerdekaan di Stadium Merdeka pada 31 Ogos 1957.
        Universiti Tunku Abdul Rahman (UTAR) kampus Kampar menutup pejabat pendaftar pada 24 dan 25 Disember.
        No. penjejakan Pos Laju ER284619735MY — status: Dalam transit ke Pusat Mel Nasional, Shah Alam.
        Cukai taksiran separuh tahun kedua perlu dijelaskan sebelum 31 Ogos; bayaran boleh dibuat secara dalam talian atau di kaunter majlis.
        Hang Tuah dalam Hikayat Hang Tuah digambarkan sebagai laksamana yang sangat setia kepada Sultan Melaka.
        Kenyataan media KKM: kes denggi bagi minggu epidemiologi ke-47 menurun 12.4% berbanding minggu sebelumnya.
        Kaunter JPN dibuka Isnin hingga Jumaat, 8.00 pagi hingga 5.00 petang; penggantian MyKad hilang perlu temujanji dalam talian.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        帮我写个请假条：本人刘佳音，财务部，因母亲在湘雅二医院做乳腺癌手术需陪护，请假12月8日至12日，期间手机15921873046保持畅通。
        改一下这段：我叫周启航，身份证号330106198502241514，2026年9月1日起租住杭州市西湖区文三路翠苑一区12幢3单元501室，现因工作调动需提前退租。
        签证用的在职证明帮我排下版：兹证明黄诗琪女士（护照号EJ4823716）自2019年3月起在我司担任高级会计，税前月薪人民币18,500元，准予其赴日旅游。
        投诉信帮我润色：12月1日在贵店买的冰箱送货时把我家木地板刮花了（广州市天河区侨林街27号603房），送货员还骂人。我叫陈嘉俊，电话138 2645 9017
        翻译成英文：“我儿子邓子墨，2018年5月出生，患有1型糖尿病，在校期间每天中午需要注射胰岛素。”
        简历帮我压缩到一页：孙浩然 | 男 | 1995.09 | 武汉 | 177 9402 1568 | haoran.sun95@163.com | 期望薪资 25k*14
        这是我的理赔说明，帮忙改通顺：被保险人杨慧敏（身份证510107197906053822），2026年10月23日因急性阑尾炎在华西医院住院5天，花费12,436.80元
        律师函太凶了帮我缓和一下语气：贺明杰于2025年3月向我借款8万元至今未还，我已向海淀区人民法院起诉，案号(2026)京0108民初23417号。
        给房东发的微信帮我改下：王姐，我是302的小李（李沐阳），12月房租3800已经转到您尾号6657的招行卡了，麻烦查收～
        写封感谢信：感谢瑞金医院内分泌科，去年治好了我爸吴国栋的甲亢，他今年68岁，家住上海市徐汇区田林路200弄15号402室。
        快递地址帮我翻成英文：收件人 何芷晴 186****2093 广州市海珠区滨江东路金海湾小区8栋1902
    """),
    "zh-Hant": _lines("""
        幫我改吓封信：本人梁卓謙，香港身份證號碼K382915(4)，現申請由12月15日至19日放年假返鄉探親，工作已交由同事跟進。
        致業主鄧生：本人（租客麥詠詩）租住沙田第一城38座12樓F室，租約將於2027年2月28日屆滿，不再續租，請安排退回按金HK$28,000。
        何老師你好，我係3B班黃梓朗嘅媽媽，佢最近確診ADHD，醫生建議坐前排，唔該老師幫手。有咩事可以WhatsApp我 9163 2874
        索償信：受保人葉志偉，保單號碼LH-88204713，10月3日於伊利沙伯醫院接受膝關節置換手術，賠款請存入匯豐戶口 512-378901-838。
        履歷幫我排版：林雅婷 Lin Ya-Ting｜身分證 A225873146｜0928-613-472｜台北市大安區和平東路二段96巷7號3樓
        幫我翻譯成英文：我老公羅家俊因為醉駕被控，下星期三喺九龍城裁判法院提堂，我要請假陪佢出庭。
        邀請函幫我看一下：茲邀請岳母范桂芳（大陸居民往來臺灣通行證 L38204716）來臺探親，保證人張育誠，身分證 F130642594。
        改錯字：本人區志明，因爲腰椎間盤突出，需要放病假兩個星期，病假紙由明愛醫院發出，現附上。
        租約終止書幫我整短啲：業主胡美玲；租客本人 Chan Tsz Hin（HKID Y604218(8)）；物業：紅磡黃埔花園第十期5座8樓C室
    """),
    "en": _lines("""
        pls proofread my leave email: "Hi Sarah, I'll be on MC from 3–5 Dec, doc says it's dengue. Will check email when I can. — Marcus Teo, Ops, ext 4417"
        Fix the grammar pls: My name is Nurul Ain binti Kamarudin, IC 920508-10-6242, I staying at No. 23, Jalan SS 2/64, 47300 Petaling Jaya and my landlord refuse return deposit RM2,400.
        Make this opening stronger: "I am Priya Raghavan (NRIC S8934217A), a Staff Nurse at a restructured hospital with six years in the ICU, applying for your Nurse Clinician role."
        Shorten this for the school: "Dear Mrs Lim, my daughter Chloe Ong (P4 Integrity) has mild scoliosis and is excused from PE until March. Call me at 9174 2286 if needed. — Jason Ong"
        Translate to Chinese for my in-laws: flight SQ 802 on 20 Dec; passport nos. for the hotel booking: Daniel Koh K1829034C, Mei Ling Koh K2047719M.
        Draft a letter to HDB: I, Tan Wei Jie (S7620481J), owner of Blk 412 Bedok North Ave 2 #08-153, Singapore 460412, wish to appeal the late payment charges on my loan account.
        Claim narrative, make it formal: on 14 Nov my husband Rajesh Kumar s/o Muthu slipped at the mall and fractured his left wrist; the surgery at CGH cost S$8,912.40.
        Can you make my salary email sound less desperate? Current pay S$4,200, asking S$5,000 after my probation. Thanks! Felicia Ng (felicia.ng.wy@gmail.com)
    """),
    "ms": _lines("""
        Tolong betulkan surat ni: Saya Muhammad Hafiz bin Roslan, No. K/P 870312-14-5537, memohon cuti kecemasan kerana isteri saya bersalin di Hospital Kuala Lumpur.
        Surat aduan kepada pemaju: saya pemilik unit B-12-3, Pangsapuri Seri Mutiara, Jalan Kuchai Lama, 58200 KL — Siti Khadijah binti Osman, tel 019-226 5830.
        Boleh ringkaskan? "Anak saya Aiman Danish, Tahun 4 Cempaka, ada asma teruk dan perlu bawa inhaler ke sekolah. Jika kecemasan hubungi saya, Puan Rozita 012-738 4492."
        Terjemah ke English: "Gaji bersih saya RM3,850 sebulan, majikan Jaya Logistik Sdn Bhd. Nama: Lee Chee Keong, akaun Maybank 1641 2839 0517."
        Surat rayuan PTPTN: Saya, Nur Izzati binti Azman (K/P 011130-01-0384), memohon penangguhan bayaran balik kerana diberhentikan kerja pada Oktober lalu.
        Tolong semak resume saya: KAVITHA A/P SUBRAMANIAM | 013-492 7715 | kavitha.subra@yahoo.com | No. 8, Lorong Permai 3, Taman Permai, 14000 Bukit Mertajam, Pulau Pinang
        Tuntutan insurans kereta: kenderaan WXY 3821 milik Encik Azlan bin Hamid dilanggar dari belakang di NKVE pada 2 Dis, laporan polis dibuat di IPD Petaling Jaya.
        Suami saya Faizal dah 3 bulan tak bagi nafkah. Saya nak tulis surat ke Mahkamah Syariah Shah Alam, nama saya Noraini binti Yusof, IC 850617-10-5128.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful writing assistant. Keep answers concise."),
        ("user", "can help me write a msg to my landlord to fix the aircon? 3rd time already"),
        ("assistant", "Sure! Who is the landlord, and which unit are you renting?"),
        (
            "user",
            "Landlord is Mr Goh. Unit is Blk 231 Tampines St 21 #11-287. Sign off as Aisha Rahman, hp 8325 6109",
        ),
        (
            "assistant",
            "Dear Mr Goh, the aircon in the master bedroom has stopped working again — this is the third time since September. Could you arrange a technician this week? Thank you. Aisha Rahman (8325 6109)",
        ),
    ],
    [
        ("user", "把这封签证邀请信翻译成英文，我妈要去伦敦看我"),
        ("assistant", "好的，请把中文原文发给我。"),
        (
            "user",
            "兹邀请本人母亲郭淑芬女士于2027年1月10日至2月5日来英探亲，期间食宿由本人承担。本人郭雨桐，现就读于伦敦大学学院",
        ),
        ("user", "我妈护照号 EK2719354，我的BRP号码 ZX4309187 也要写上"),
    ],
    [
        ("user", "幫我寫封投訴信俾管理處，樓上啲噪音搞到我成晚瞓唔到"),
        ("assistant", "明白。請問單位同大廈名稱，同埋噪音通常係咩時間？"),
        ("user", "我住荃灣麗城花園3期12座11樓A室，樓上B室張太屋企每晚12點後仲剁肉"),
        ("user", "署名用 黎家欣，電話 6728 0451"),
        (
            "assistant",
            "致麗城花園管理處：本人為12座11樓A室住戶，近月每晚深夜均受樓上噪音滋擾，懇請貴處跟進。黎家欣（6728 0451）",
        ),
    ],
    [
        ("user", "Saya nak tulis surat cuti sakit panjang kepada HR, boleh bantu?"),
        ("assistant", "Boleh. Berapa lama cuti yang dimohon dan adakah ada surat doktor?"),
        (
            "user",
            "2 bulan. Doktor psikiatri Hospital Permai sahkan saya ada major depressive disorder, kena rehat",
        ),
        (
            "assistant",
            "Baik. Saya sediakan draf ringkas dan sopan tanpa perlu huraikan diagnosis secara terperinci.",
        ),
        (
            "user",
            "Ok, letak nama saya Mohd Syafiq bin Ismail, jawatan Eksekutif Akaun, no pekerja JL-02291",
        ),
    ],
    [
        ("user", "Shorten my CV header, it's too long:"),
        (
            "user",
            "CHEN YU XUAN\nBlk 702 Woodlands Drive 70 #05-114, Singapore 730702\n(+65) 9038 4471 | yuxuan.chen.sg@outlook.com | linkedin.com/in/chenyuxuan-sg\nNationality: Singaporean | DOB: 17 Mar 1996 | NRIC: S9604418F",
        ),
        (
            "assistant",
            "Drop the address, DOB and NRIC — employers don't need them. Suggested: CHEN YU XUAN | (+65) 9038 4471 | yuxuan.chen.sg@outlook.com | linkedin.com/in/chenyuxuan-sg",
        ),
    ],
    [
        ("user", "帮我给班主任写条消息，语气别太冲"),
        ("assistant", "好的，想反映什么事情？"),
        ("user", "我女儿蒋欣悦在南京市琅琊路小学三(2)班，这学期被同桌多次推倒，上周膝盖缝了4针"),
        ("user", "我是她妈妈，手机13705812296"),
    ],
    [
        (
            "system",
            "Assistant drafts e-mails for the user. Never send anything on the user's behalf.",
        ),
        (
            "user",
            "Need an email to Dr Halim's clinic asking for a referral letter to the neuro at NUH",
        ),
        ("assistant", "Happy to help. What should the email mention?"),
        (
            "user",
            "Patient is my dad, Lim Kok Wah, 71. Two falls this month and his Parkinson's meds don't seem to work. His NRIC ends in 281J if they ask",
        ),
    ],
    [
        ("user", "理赔材料里的情况说明帮我写一下，银行卡信息也要写进去"),
        ("assistant", "可以，请提供被保险人姓名、出险经过和收款账户。"),
        ("user", "被保险人方俊豪，11月6日骑电动车摔伤右锁骨骨折，在武汉协和医院手术"),
        ("user", "身份证前面是420106199509"),
        ("user", "后面112076"),
        ("user", "收款卡 工行 6222 0210 0438 7168"),
    ],
    [
        ("user", "請幫我把履歷翻譯成英文"),
        ("assistant", "沒問題，請貼上內容。"),
        (
            "user",
            "姓名：蔡宜蓁\n出生：民國85年7月2日\n身分證字號：E226901581\n電話：0935-271-604\nLINE ID：yizhen0702\n學歷：國立成功大學會計學系 畢業",
        ),
        (
            "assistant",
            "Name: Tsai Yi-Chen | Date of birth: 2 July 1996 | Tel: +886 935 271 604 | Education: B.A. Accounting, National Cheng Kung University (I left out the ID number — it's not needed on an English CV.)",
        ),
    ],
    [
        ("user", "bro help me reply my boss, i want resign but dont want burn bridge"),
        ("assistant", "Sure, what's your notice period and last day?"),
        (
            "user",
            "1 month. last day 9 jan. my basic now RM6,800, new company offer RM8,500 so cannot say no lah",
        ),
        (
            "user",
            "sign as Ganesh Pillai a/l Ravindran, IC 650921-07-5181 coz HR want it in the letter",
        ),
    ],
    [
        ("user", "帮我检查下错别字"),
        (
            "user",
            "尊敬的物业：我是6栋2单元1101业主厉晓峰，我家卫生间天花板从10月起一直漏水，是楼上1201的防水层坏了，多次反应无果，请尽快处里。联系电话：186 7532 0418",
        ),
        (
            "assistant",
            "修改后：尊敬的物业：我是6栋2单元1101业主厉晓峰，我家卫生间天花板自10月起持续漏水，系楼上1201防水层损坏所致，多次反映未果，请尽快处理。联系电话：186 7532 0418。（“反应”→“反映”，“处里”→“处理”）",
        ),
        ("user", "小区是成都市武侯区棕北小区，要不要加上"),
    ],
    [
        ("user", "Tolong tulis mesej WhatsApp kepada tuan rumah, sewa lambat sikit bulan ni"),
        ("assistant", "Baik. Berapa hari lewat dan sebab apa?"),
        ("user", "Lewat 5 hari, gaji masuk lambat. Tuan rumah Encik Rashid, no dia 017-552 1904"),
        ("user", "Saya Farah, rumah No. 15 Jalan Mawar 2/3, Taman Bukit Indah, 81200 Johor Bahru"),
        (
            "assistant",
            "Assalamualaikum Encik Rashid, saya Farah penyewa di No. 15 Jalan Mawar 2/3. Mohon maaf, sewa bulan ini akan dibayar lewat 5 hari kerana gaji lambat masuk. Terima kasih atas pengertian Encik.",
        ),
    ],
    [
        (
            "user",
            "Help me write a baggage claim to the airline. Bag lost on SQ 317 from LHR, 28 Nov.",
        ),
        (
            "assistant",
            "Sorry to hear that. Do you have the Property Irregularity Report (PIR) number?",
        ),
        (
            "user",
            "PIR SINSQ48217. Passenger Goh Mei Xuan, passport E7304618K, the bag had my insulin pens and a MacBook worth S$2,900",
        ),
        ("user", "deliver to Blk 118 Ang Mo Kio Ave 4 #12-33 once found"),
    ],
    [
        ("user", "想請你幫手寫封請假信俾學校，要正式啲"),
        ("assistant", "好，請問學生姓名、班別同請假原因？"),
        ("user", "我個女 Jasmine 陳凱晴，聖保祿學校小學部 P.2C，發高燒39度，醫生話係甲型流感"),
        (
            "assistant",
            "敬啟者：小女陳凱晴（二年級C班）因感染甲型流感，須於12月4日至6日請假在家休養，附上醫生證明，懇請批准。家長 謹啟",
        ),
    ],
    [
        ("user", "在职证明帮我写一下，办申根签证用的"),
        ("assistant", "请提供姓名、职位、入职时间、月收入以及出行日期。"),
        (
            "user",
            "邱晨，女，身份证350203199007285549，2018年7月入职厦门海润科技有限公司，产品经理，月薪税前26,000元",
        ),
        ("user", "出行2027.2.1-2.15，去法国意大利"),
    ],
    [
        (
            "system",
            "User profile — name: Chua Boon Hock; preferred language: English; mobile: +65 9327 5580; email: bh.chua@singnet.com.sg",
        ),
        ("user", "Rewrite my complaint to the condo MCST more politely"),
        ("assistant", "Sure, please paste the draft."),
        (
            "user",
            "The gym has been closed 3 weeks and nobody tells residents anything. Fix it or refund our share of the maintenance fees.",
        ),
    ],
    [
        (
            "user",
            "Can you translate this to BM for my son's school? My mum was admitted to hospital",
        ),
        ("assistant", "Of course — please send the English text."),
        (
            "user",
            "Dear Cikgu, Adam Haziq (5 Bestari) will be absent 10–12 Dec as his grandmother Hajah Mariam binti Salleh is in ICU at Hospital Tengku Ampuan Rahimah after a stroke. — Norazlina, 011-2390 8817",
        ),
    ],
    [
        ("user", "写个退租通知给房东，发微信的"),
        ("assistant", "好的，请告诉我房屋地址、退租日期和押金金额。"),
        ("user", "深圳市南山区南头街道星海名城4期7栋2305，1月31日退，押金两个月共11,600"),
        ("user", "房东微信 liujie_sz1979，我叫钱梦瑶，微信 qmy_0214"),
    ],
    [
        (
            "user",
            "I need to email my manager that I'll be having chemo every 3 weeks, how do I phrase it",
        ),
        (
            "assistant",
            "I'm sorry you're going through this. You can keep medical detail minimal; would you like a short, factual draft?",
        ),
        (
            "user",
            "yes. I'm Hannah Lowe, diagnosed with Hodgkin lymphoma in Oct, treatment at NCCS starting 15 Dec. Manager is Kelvin",
        ),
    ],
    [
        ("user", "幫我寫封信去診所改覆診期"),
        ("assistant", "好的，請提供病人姓名、原定覆診日期同想改到幾時。"),
        (
            "user",
            "病人：溫慧君，出生日期1958年3月2日，HKID Z217***(4)，原定12月9日見糖尿病科，想改到12月下旬",
        ),
    ],
    [
        ("user", "简历帮我改成英文版，电话我先打码了"),
        (
            "user",
            "钟雨萱｜2025届硕士｜复旦大学新闻学院｜手机 139****6620｜邮箱 zhongyx2025@fudan.edu.cn｜曾在新华社上海分社实习",
        ),
        (
            "assistant",
            "Zhong Yuxuan | M.A. Journalism, Fudan University (2025) | zhongyx2025@fudan.edu.cn | Intern, Xinhua News Agency Shanghai Bureau",
        ),
    ],
    [
        ("user", "Boleh bantu tulis surat tuntutan insurans kereta? Panel workshop lambat sangat"),
        ("assistant", "Boleh. Sila beri no. polisi, no. kenderaan dan ringkasan kejadian."),
        (
            "user",
            "Polisi MT-5570318, kereta JQT 8052, Perodua Myvi 2021. Kemalangan 20 Nov di Jalan Skudai",
        ),
        ("user", "Pemilik: Wong Siew Lan, K/P 780423-01-6612, tel 016-771 2049"),
    ],
    [
        ("user", "Help me write to my ex-husband's lawyer, keep it calm"),
        ("assistant", "Okay. What's the matter about and is there a case number?"),
        (
            "user",
            "FC/D 4127/2025. My ex, Benjamin Seah, hasn't paid maintenance for our son Ethan since August — $1,200 a month per the court order",
        ),
        ("user", "I'm Sharon Tay, the lawyer is from a firm at Raffles Place"),
    ],
    [
        ("user", "把这段投诉翻译成英文发给航空公司"),
        (
            "user",
            "我是旅客邵一鸣，订单号 MU8837261045，12月2日东航MU551航班取消后，地面人员拒绝安排酒店，我和我70岁患心脏病的父亲在浦东机场T1过夜。联系电话+86 199 5123 8870",
        ),
        (
            "assistant",
            "I am passenger Shao Yiming (booking MU8837261045). After China Eastern flight MU551 on 2 December was cancelled, ground staff refused to arrange a hotel, and my 70-year-old father, who has a heart condition, and I spent the night at Pudong Airport T1. Contact: +86 199 5123 8870.",
        ),
    ],
    [
        ("user", "幫我寫封信俾管理處，我啲車位成日俾人霸咗"),
        ("assistant", "好，請提供車位號碼、你嘅車牌同聯絡方法。"),
        ("user", "車位B2-047，我架車係 TK 8862 白色Tesla，業主陸偉強，5419 3386"),
        ("user", "霸位嗰架車牌係 PX 3071，已經影咗相"),
    ],
]
