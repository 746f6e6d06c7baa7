# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat33: assistant chats drafting appeals and complaints in English, 简体/繁體中文 and Bahasa Melayu (parking fines, insurance rejections, landlords, telco bills, school placement, workplace grievances). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat33
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "appeal guidance"): _lines("""
        Sure! For a parking appeal, submit it online within the period printed on the notice — attach photos of the signage and your parking receipt, not a long story.
        Tip: keep the tone factual. Say what happened, which rule you think was misapplied, and what outcome you want (waiver, reduction, or refund).
        If your insurer rejects the claim citing a pre-existing condition, ask them in writing for the exact policy clause and the medical evidence they relied on.
        Don't sign anything the landlord sends you about "forfeiting" the deposit until you've compared it against the deposit clause in your tenancy agreement.
        A grievance letter should go to whoever your employee handbook names in the grievance procedure — usually HR, not your direct supervisor if they're the subject of the complaint.
        For telco bill disputes, quote the invoice number and the billing period, list each disputed charge with the amount, and ask for a written breakdown.
        ok here's a tighter version of your second paragraph — I cut the bit about how frustrated you felt, appeal officers skim these.
        You generally can't appeal a Primary 1 posting result itself, but you can write to a school to ask to be put on its waiting list in case a vacancy opens up.
        Reminder: I can't look up the status of your summons — please use the agency's official portal or call its hotline.
        Would you like the letter in a formal British-English tone or something a bit friendlier?
        Step 1: screenshot the bill. Step 2: raise a ticket in the app. Step 3: if there's no reply in 14 days, escalate to the regulator.
        Most insurers acknowledge a written complaint within 7 working days and give a final response within 30, so note down the date you sent it.
        Keep a timeline: date of incident, date you complained, name of the department that replied, and what they said. Tribunals love timelines.
        If you were dropping off a passenger with mobility issues, say so and attach a supporting document — you don't need to share their full medical history.
    """),
    ("en", "templates"): _lines("""
        RE: Appeal against Parking Offence Notice No. [NOTICE NO.] issued on [DATE] at [LOCATION]
        I, [FULL NAME as per NRIC], NRIC No. [NRIC], residing at [ADDRESS], hereby appeal against the above notice on the following grounds:
        Name: ______  Policy No.: ______  Date of loss: __/__/____  Amount claimed: S$______
        Dear {landlord_name}, I refer to the tenancy agreement dated {start_date} for {property_address}. As the tenancy ended on {end_date}, please refund the security deposit of {amount} within 14 days.
        Hi {{first_name}}, your complaint #{{ticket_id}} has been received. We'll get back to you within 3 working days. — Customer Care Team
        Subject: Formal grievance – [your job title], [department] – submitted under the company grievance procedure
        Please find attached: (1) copy of tenancy agreement, (2) check-out inspection report, (3) bank transfer slip for the deposit.
        Complainant: John Doe; Respondent: ABC Telco Pte Ltd — this is only a sample layout, replace with your own details before sending.
        Example wording: "On 3 March I was charged $45.90 for roaming (invoice INV-2025-03-118842) although data roaming was switched off."
        Yours faithfully, <Your name> (signature) — Date: <DD/MM/YYYY>
        I would be grateful if you could reconsider the decision and waive the fine as a one-off gesture of goodwill.
        Outcome sought: (a) reversal of the rejection, (b) payment of the claim amount, (c) a written explanation if (a) is refused.
    """),
    ("en", "public bodies and references"): _lines("""
        URA Centre, 45 Maxwell Road, Singapore 069118 — counter services are by appointment only.
        Tan Tock Seng Hospital's patient relations team can be reached through the hospital's main line 6256 6011.
        Raffles Girls' Primary School and Nanyang Primary are among the most oversubscribed schools in Phase 2C, according to published balloting figures.
        In his Budget 2024 speech, then Deputy Prime Minister and Finance Minister Lawrence Wong announced another round of CDC vouchers for every Singaporean household.
        Order ID 2411-0877-3345 · iPhone 16 128GB · 24-month contract @ RM158/mth · status: delivered 09/11/2025 14:22
        SHA-256 of uploaded appeal.pdf: 9f2c1a7e4b0d3c58a6e1f4b2d9c07e31a5b8f6d2c4e0a9b7f1d3c5e8a2b4f6d0
        Honestly, Atticus Finch would have written a shorter letter than this — let's cut it to one page.
        Malaysia's Employment Act 1955 was amended in 2022 to cut the normal working week from 48 to 45 hours.
        Chief Justice Sundaresh Menon has spoken about making the small claims tribunals easier to use without a lawyer.
        The Lands Tribunal in Hong Kong, which hears tenancy disputes, sits at 38 Gascoigne Road, Kowloon.
        Ticket INC0048812 escalated to Tier 2 at 2025-11-14T09:03:27+08:00; SLA breach in 46h.
        Complaints to the regulator rose 18.4% year on year, with billing disputes making up 41% of all cases.
        For advice on tenancy or retail disputes, call the Consumers Association of Singapore (CASE) hotline at 6100 0315.
        Queen Elizabeth Hospital and the Prince of Wales Hospital both have a Patient Relations Officer who handles complaints.
    """),
    ("zh-Hans", "投诉指引"): _lines("""
        电信服务问题可以先找运营商客服（10086/10010/10000），30天内没解决再向工信部电信用户申诉受理中心申诉。
        对停车罚单有异议的，可以自收到处罚决定之日起60日内申请行政复议，或者6个月内提起行政诉讼。
        保险公司拒赔时，先要求对方出具书面《拒赔通知书》，写明拒赔所依据的具体条款。
        租房押金纠纷可以拨打12345市民热线，也可以向房屋所在地的街道人民调解委员会申请调解。
        劳动争议申请仲裁的时效期间为一年，从当事人知道或者应当知道其权利被侵害之日起计算。
        好的，我帮你把语气改得正式一点，去掉了“你们太过分了”这类情绪化的表达。
        小学入学派位有异议的，一般可以在结果公布后几个工作日内向区教育局书面反映，具体以当地通知为准。
        提示：发给我修改时，可以把身份证号、手机号这些信息用XXX代替，不影响我帮你改文书。
        国家金融监督管理总局的消费者投诉咨询热线是12378。
        投诉信结构建议：一、基本情况；二、事实经过；三、诉求；四、附件清单。
        订单号 E20251104183366021，套餐：畅享融合199元档，计费周期2025-10-01至2025-10-31。
        12345热线工单编号：GD20251117004458，处理状态：已办结，满意度回访中。
        根据《个人信息保护法》第二十八条，医疗健康信息属于敏感个人信息，处理前需取得单独同意。
        复议申请材料请寄至市公安局交通警察支队法制处（中山大道西1号），信封注明“行政复议”。
    """),
    ("zh-Hans", "申诉模板"): _lines("""
        申诉人：【姓名】  身份证号：【××××××××××××××××××】  联系电话：【    】
        此致 敬礼！ 申诉人：________  2025年__月__日
        示例：申请人张三，被申请人某某科技有限公司，请求事项：支付拖欠工资（请替换为真实信息后再提交）。
        本人对贵公司于【日期】作出的拒赔决定不服，现依据保险合同第【 】条提出书面异议。
        请求事项：一、退还多收取的套餐外流量费用【  】元；二、书面说明收费依据。
        附件：1. 租赁合同复印件；2. 押金收据；3. 退房交接照片。
        事实与理由：【请按时间顺序简要写明事情经过，每段不超过三句话】
        被投诉人：XX通信公司XX分公司　　投诉人：（本人签名）　　日期：
        本模板由消费者协会提供，仅供参考，不构成法律意见。
    """),
    ("zh-Hant", "港澳投訴"): _lines("""
        消費者委員會投訴熱線：2929 2222，網上投訴表格可於消委會網站下載。
        違例泊車定額罰款如有爭議，須於通知書發出日期起計21日內以書面通知警務處處長。
        通訊事務管理局辦公室處理電訊服務投訴，地址：灣仔皇后大道東213號胡忠大廈29樓。
        土地審裁處處理租務糾紛，位於九龍加士居道38號。
        伊利沙伯醫院病人聯絡主任可協助處理醫療服務投訴。
        小一入學統一派位結果每年6月初公布，家長須於指定日期到獲派學校辦理註冊。
        你可以喺信入面寫：「本人對上述帳單第3項收費有異議，請提供詳細計算方法。」
        勞工處勞資關係科提供免費諮詢及調解服務，熱線 2717 1771。
        發票編號 INV-HK-20251105-00371；帳單日期：2025年11月5日；應繳金額：HK$388.00
        唔該幫我改下呢封信嘅語氣，唔好太兇，但要講清楚我唔接受佢哋嘅解釋。
        孫中山紀念館位於半山衛城道7號，逢星期四休館。
        金融糾紛調解中心處理金融機構與客戶之間的金錢糾紛，須先向機構投訴並收到最終回覆。
        申訴人姓名：＿＿＿＿　香港身份證號碼：A123456(3)（示例，請填寫你自己的號碼）
    """),
    ("ms", "panduan rayuan"): _lines("""
        Untuk rayuan saman parkir majlis tempatan, biasanya anda perlu isi borang rayuan di kaunter atau portal majlis dalam tempoh yang dinyatakan pada notis.
        Kalau syarikat insurans tolak tuntutan, minta surat penolakan bertulis yang nyatakan klausa polisi yang digunakan.
        Aduan bil telco boleh dibuat kepada MCMC melalui portal aduan selepas anda adukan kepada syarikat telco terlebih dahulu.
        Tribunal Tuntutan Pengguna Malaysia (TTPM) boleh dengar tuntutan sehingga RM50,000 dan fi pemfailannya sangat rendah.
        Pertikaian deposit sewa rumah di bawah RM5,000 boleh difailkan melalui prosedur tuntutan kecil di Mahkamah Majistret.
        Baik, saya dah betulkan ejaan dan susun semula perenggan kedua supaya lebih formal.
        Tips: jangan tulis semua dalam HURUF BESAR dalam surat aduan, nampak macam marah.
        Rayuan penempatan murid Tahun 1 dibuat dalam tempoh yang ditetapkan oleh KPM, biasanya selepas keputusan penempatan diumumkan.
        Aduan berkaitan majikan boleh dibuat di Jabatan Tenaga Kerja terdekat atau melalui sistem Working for Workers (WFW).
        Ombudsman Perkhidmatan Kewangan (OFS) boleh kendalikan pertikaian tuntutan insurans secara percuma untuk pengguna.
        Sebelum hantar, semak semula: nombor saman, tarikh, lokasi, dan lampiran gambar.
        Nota: saya tak boleh semak status saman anda secara langsung — sila guna MyBayar PDRM atau aplikasi majlis tempatan.
        Nak saya tulis dalam Bahasa Melayu formal atau campur English sikit?
        Nombor rujukan aduan anda ialah JTK-SEL-2025-118734. Sila simpan untuk semakan status.
    """),
    ("ms", "templat dan rujukan"): _lines("""
        Kepada: Pengarah, Jabatan Penguatkuasaan, Majlis Bandaraya Petaling Jaya, Jalan Yong Shook Lin, 46675 Petaling Jaya, Selangor.
        Saya, [NAMA PENUH], No. K/P [XXXXXX-XX-XXXX], dengan hormatnya ingin merayu agar saman tersebut dibatalkan.
        Rujukan Saman: [No. Saman]   Tarikh Kesalahan: [DD/MM/YYYY]   No. Pendaftaran Kenderaan: [No. Kenderaan]
        Sekian, terima kasih. "MALAYSIA MADANI" — Saya yang menjalankan amanah,
        Hospital Sultanah Aminah Johor Bahru dan Hospital Tengku Ampuan Rahimah Klang ialah hospital kerajaan yang ada unit aduan awam.
        Jalan Tun Razak, Jalan Sultan Ismail dan Jalan P. Ramlee sentiasa sesak waktu puncak; saman parkir di situ dikeluarkan oleh DBKL.
        Hotline Digi (dari talian lain): 016-221 1800, Isnin hingga Jumaat 9 pagi - 6 petang.
        No. invois: 1049823317, Tempoh bil: 01/10/2025 - 31/10/2025, Jumlah perlu dibayar: RM 187.40
        Menteri Pendidikan Fadhlina Sidek dalam kenyataan media berkata tempoh rayuan Tahun 1 akan dibuka selama dua minggu.
        SK Tun Hussein Onn dan SMK Tunku Abdul Rahman menerima borang rayuan sehingga 30 November.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        can u make this sound more professional: I, Priya d/o Ramasamy (S8834217H), Blk 418 Tampines St 41 #09-227 S520418, appeal against parking offence PN 4471029 as I was inside the carpark paying
        Landlord is Mr Keith Soh Wee Liang (+65 9182 4407). He still hasn't returned my S$3,600 deposit for 23 Jalan Lempeng #12-05, tenancy ended 31 Aug.
        My dad Lim Ah Kow, 71, was hospitalised at SGH for a stroke in June and the insurer rejected his claim saying his hypertension was pre-existing. Policy no. L7730418826.
        Grievance draft: On 12 Oct my supervisor Jason Tay Wei Ming told the whole team at stand-up that Farah Nadia was "always on MC because of her IVF".
        hi pls help appeal, car plate SKQ 5827 D, registered to my wife Joanne Tan Hui Min, got a summons at Blk 112 Bishan St 12 carpark on 2 Nov 2025 9.41pm
        Singtel charged me twice for the same iPhone instalment. Account holder: Ng Kah Heng, mobile 8123 6640, email kahheng.ng88@gmail.com
        My son Ethan Goh (born 14 Feb 2019) didn't get a place at Rosyth School in Phase 2C even though we live at 8 Serangoon North Ave 1, within 1km. Can I appeal?
        For the refund pls credit to POSB savings 123-45678-9, account name Mohamed Hafiz bin Rahmat, he's my brother and the policy owner
        Write a complaint to HR: my basic is S$4,850 but my October payslip shows S$4,210 after unexplained deductions. Employee: Serene Quek, staff ID SQ20417, Operations.
        Here's the rejection letter: "Dear Mr Arjun Menon, we regret that your claim CLM-2025-889214 for treatment of major depressive disorder is excluded under clause 7.2."
        The agent's screenshot shows "Tenant: R***a K****r, NRIC ****217H, Unit #04-11" — that's me, Rekha Kumar, and now the whole condo chat knows I was late on rent
        Foreign worker complaint: Rahman Mia, FIN G5518203K, work permit at a Tuas shipyard, has not been paid overtime since July and his employer is holding his passport.
    """),
    "zh-Hans": _lines("""
        帮我写个交通违法申诉：本人刘佳琪，身份证440305198607124816，车牌粤B·7K3M2，11月3日在南山区科技园南路被拍违停，当时是在等人上车。
        我婆婆陈秀英去年在省人民医院做了乳腺癌手术，保险公司说投保前未如实告知，拒赔了38万，我想写个复议申请。
        房东叫黄建平，电话13925876604，住我楼下3楼，押金5400一直拖着不退，你帮我写个投诉给街道。
        我儿子王梓轩，身份证320106201704182711，户籍在南京市鼓楼区中山北路，派位却被分到离家6公里的学校，怎么申诉？
        我是联通用户，号码18621447093，机主是我爸赵德明，这个月莫名扣了89元的视频会员费，怎么投诉？
        劳动仲裁申请书——申请人：孙雯，女，身份证号320106199203182721，联系电话15850621937；被申请人：南京某某网络科技有限公司。
        我同事吴海涛因为举报领导被调岗降薪，月薪从税前2.2万降到9千，他本人不敢出头，我想帮他匿名投诉。
        理赔款请打到：招商银行深圳科技园支行，户名刘佳琪，卡号6225880192345511。
        原告林小雨，住厦门市思明区湖滨南路318号之二1702室，微信lxy_19950611，帮我看看这份租赁纠纷起诉状写得行不行。
        我邻居张翠兰，72岁独居，有阿尔茨海默症，被物业以“乱停电动车”罚款200元，她根本不会骑车，我替她写个申诉。
    """),
    "zh-Hant": _lines("""
        業主陳國棟（電話 9236 4418）一直唔退我 $24,000 按金，單位係將軍澳唐俊街9號第3座18樓F室，租約10月31號已經完咗。
        本人李慧珊，香港身份證號碼 K628304(7)，現就貴公司於2025年10月帳單收取之HK$1,280漫遊費用提出投訴。
        我個仔張浩霖今年派位派咗去好遠嘅學校，但佢有自閉症，需要就近返學，我哋住喺九龍城衙前圍道88號5樓B室。
        保險公司拒絕賠我老公黃志強嘅住院費，話佢嘅糖尿病係投保前已有，保單號碼 HK-MED-00571843。
        勞資審裁處案件編號 LBTC 3318/2025，申索人梁美玲，向前僱主追討欠薪 $38,600，想你幫我整理下陳述書。
    """),
    "ms": _lines("""
        Saya Nurul Aina binti Ahmad Fauzi, No. KP 920805-10-6148, ingin merayu saman parkir MBPJ No. 0012458873 bertarikh 4/11/2025 di Jalan SS2/24.
        Anak saya Muhammad Irfan bin Zulkifli (MyKid 190307-14-0451) dapat tempat di sekolah jauh, tapi kami tinggal di No. 23, Jalan USJ 4/7B, Subang Jaya. Boleh rayu tak?
        Tuan rumah saya, Encik Rosli bin Hamid (012-668 3142), tak nak pulangkan deposit RM2,400 walaupun rumah dah cuci bersih.
        Bos potong gaji saya RM450 sebab MC 3 hari — doktor sahkan denggi. Saya Siti Hajar binti Yusof, operator kilang di Batu Kawan, no. pekerja PG-0917.
        Polisi insurans hayat arwah ayah, Ismail bin Daud, No. Polisi 7700123498, ditolak sebab kononnya dia ada kanser paru-paru sebelum polisi bermula.
        Tolong tulis surat aduan kepada Unifi: akaun atas nama Tan Mei Ling, alamat pemasangan 12-3A, Jalan Puteri 2/4, Bandar Puteri Puchong, tel 016-382 9054.
        kereta WVX 4821 tu kereta saya, Ahmad Syafiq bin Roslan, kena saman padahal masa tu kereta ada kat bengkel Shah Alam, ada resit
        Tolong semak surat ni: "Saya, Kavitha a/p Subramaniam, No. K/P 870314-08-5524, pekerja di Klinik Pergigian Ipoh, ingin membuat aduan gangguan seksual oleh penyelia saya."
        Suami saya Faizal bin Osman (IC 850722-01-5217) dibuang kerja selepas didiagnos HIV, boleh saya buat aduan ke JTK bagi pihak dia?
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are LetterMate, an assistant that helps users draft appeals and complaint letters. Be concise and polite.",
        ),
        ("user", "got a parking fine at the Tiong Bahru carpark, want to appeal"),
        ("assistant", "Sure. What's the notice number, the date, and why do you think it's wrong?"),
        (
            "user",
            "PN 5520917, 18 Oct. my mum Mdm Koh Bee Hwa goes for kidney dialysis there 3x a week, I was waiting to carry her to the car when the warden came",
        ),
        (
            "assistant",
            "Got it — I'll say you were picking up a dialysis patient. Should I include her details?",
        ),
        ("user", "ya her NRIC is S1837264I, the centre can confirm her schedule"),
    ],
    [
        ("user", "Insurer rejected my hospitalisation claim, can you help me reply"),
        (
            "assistant",
            "Of course. Paste the key part of their rejection and tell me what you disagree with.",
        ),
        (
            "user",
            "They say my endometriosis was pre-existing but I was only diagnosed in March 2025, policy started 2023",
        ),
        (
            "assistant",
            "That's a strong point. I'll need the policy number and the name on the policy for the letter.",
        ),
        ("user", "policy HSP-2023-4418207, name Cheryl Lau Pei Shan"),
        ("user", "NRIC T0261943H"),
    ],
    [
        ("user", "帮我写一封电信资费投诉，移动那边多扣钱了"),
        ("assistant", "好的，请说明被多扣的金额、月份和你办理的套餐名称。"),
        ("user", "10月和11月各多扣了30元，说是开通了“咪咕视频包”，我从来没开过"),
        ("assistant", "明白。投诉信里需要写上手机号码和机主姓名吗？"),
        ("user", "号码 139 2241 7735，机主何丽娟，是我本人"),
    ],
    [
        ("user", "Tolong buat surat kepada tuan rumah, dia tak nak pulangkan deposit"),
        ("assistant", "Boleh. Berapa jumlah deposit dan bila tarikh tamat sewa?"),
        ("user", "RM3,000 (2+1), tamat 30 Sept. Rumah di Taman Melawati, Ampang"),
        ("assistant", "Baik. Apa nama tuan rumah dan nama penuh anda untuk surat ini?"),
        (
            "user",
            "Tuan rumah: Puan Halimah binti Sulaiman. Saya Mohd Khairul Anuar bin Zainal, IC 880419-14-5631, alamat sewa No. 17, Jalan H8, Taman Melawati, 53100 KL",
        ),
    ],
    [
        ("user", "我想寫信俾教育局，關於個女派位嘅問題"),
        ("assistant", "可以，請講下派位結果同埋你覺得唔合理嘅地方。"),
        ("user", "佢叫陳芷晴，派咗去屯門，但我哋住喺觀塘，每日要搭成個半鐘車"),
        ("assistant", "明白，我會寫明交通時間太長。有冇其他特殊情況？"),
        ("user", "佢有一型糖尿病，每日要喺學校打胰島素，所以更加需要就近"),
    ],
    [
        (
            "system",
            "You help employees write workplace grievance letters. Do not give legal advice; suggest seeking advice where appropriate.",
        ),
        ("user", "I want to raise a grievance about how my manager treats a teammate"),
        ("assistant", "Understood. Could you describe what happened, when, and who was involved?"),
        (
            "user",
            "Our manager Victor Lim keeps mocking Bryan Chua's stammer in meetings, last time on 6 Nov in front of the client. Bryan's been seeing a speech therapist and now he's on anxiety meds",
        ),
        (
            "assistant",
            "That sounds distressing. I'll draft it factually and suggest you check with Bryan before naming his medical details.",
        ),
    ],
    [
        ("user", "帮我写劳动仲裁申请书，公司拖欠工资三个月"),
        ("assistant", "好的，请提供申请人基本信息、公司名称、欠薪金额和入职时间。"),
        ("user", "我叫郑志远，男，1979年9月25日生，成都人"),
        ("user", "身份证 510107197909256633"),
        ("user", "公司是成都某某建筑劳务有限公司，月薪11500，7月到9月没发，一共34500"),
        ("assistant", "收到，我先按这些信息起草，你核对后再提交到劳动人事争议仲裁委员会。"),
    ],
    [
        ("user", "bil celcom saya naik mendadak bulan ni, RM312, selalu RM98 je"),
        ("assistant", "Boleh saya tahu caj apa yang tersenarai dalam bil tu?"),
        ("user", "roaming data masa pergi Hatyai, tapi saya dah off roaming. ada screenshot"),
        (
            "assistant",
            "Baik, saya akan draf aduan. Perlu nombor akaun atau nombor telefon untuk rujukan.",
        ),
        (
            "user",
            "nombor 019-774 2185, atas nama Lee Chong Wai... eh bukan yang badminton tu ya haha, saya Lee Chong Wai dari Kajang",
        ),
    ],
    [
        (
            "user",
            "Need help with an email to my HK landlord about a leaking ceiling he refuses to fix",
        ),
        ("assistant", "Sure. How long has it been leaking and have you notified him before?"),
        (
            "user",
            "Since August, told him 4 times on WhatsApp. His number is 6187 2093, name is Mr. Ho Kin Wah",
        ),
        (
            "assistant",
            "Thanks. I'll reference the WhatsApp messages and ask for repairs within 14 days. What's the flat address?",
        ),
        (
            "user",
            "Flat 12C, Block 2, Kingsford Gardens, 8 Tai Hang Road. I'm the tenant, Sophie Marchand",
        ),
    ],
    [
        ("user", "被电子警察拍了违停，但我当时是在临时停车下客"),
        ("assistant", "可以申请复核。请提供违法时间、地点和车牌号。"),
        ("user", "11月20日早上7点50，厦门市思明区莲岳路小学门口，车牌闽D·3E7K9"),
        ("assistant", "好的。申诉书上要写车主姓名和身份证号码吗？"),
        ("user", "要的，车主是我老婆，叫苏晓燕，身份证350203199506113047"),
    ],
    [
        ("user", "Saya nak rayu penempatan sekolah anak saya untuk Tahun 1"),
        ("assistant", "Boleh. Sekolah mana yang ditawarkan dan sekolah mana yang anda mahu?"),
        (
            "user",
            "Dapat SK Seksyen 20 tapi nak SK Seksyen 7 Shah Alam sebab dekat dengan tempat kerja isteri",
        ),
        ("assistant", "Ada sebab lain, contohnya kesihatan atau penjaga?"),
        (
            "user",
            "Anak saya Nur Aleesya binti Hakim ada asma teruk, kadang kena nebulizer kat klinik. Kami duduk No. 5, Jalan Kristal 7/65, Seksyen 7",
        ),
    ],
    [
        ("user", "my travel insurance claim for a missed flight got rejected, can u help me reply"),
        (
            "assistant",
            "Sure — what reason did they give, and do you have the airline's delay letter?",
        ),
        ("user", "they said I didn't submit the passport copy. I did! twice"),
        (
            "assistant",
            "Okay, I'll ask them to confirm receipt. Which details should the letter quote?",
        ),
        (
            "user",
            "Claim TRV-77120934, insured Marcus Yeo Jun Jie, passport K3981026B, flight SQ 938 on 3 Oct",
        ),
    ],
    [
        ("user", "家里老人的重疾险被拒赔了，想写个投诉给金融监管局"),
        ("assistant", "好的，请告诉我拒赔原因和你认为不合理的地方。"),
        ("user", "保险公司说我爸投保时隐瞒了冠心病"),
        ("user", "但他是2024年5月才在北京朝阳医院查出来的，保单是2021年买的"),
        ("assistant", "明白，这点可以作为核心理由。被保险人信息要写进去吗？"),
        (
            "user",
            "写吧：被保险人高建国，身份证110105198804021536是我的，我爸的是440106196302275329",
        ),
    ],
    [
        (
            "user",
            "Tolong draf surat kepada syarikat insurans, tuntutan kemalangan motor saya dah 4 bulan tak bayar",
        ),
        ("assistant", "Baik. Sila beri nombor tuntutan dan jumlah yang dituntut."),
        ("user", "No tuntutan MTR/25/0088142, RM6,850 untuk baiki motor dan kos klinik"),
        ("assistant", "Nak saya minta mereka bayar terus ke akaun bank anda?"),
        ("user", "ya, Maybank 1620 4471 8853, nama Muhammad Danial bin Rashid"),
    ],
    [
        ("user", "Can you polish this complaint to StarHub? I'm really angry so pls make it calm"),
        ("assistant", "Happy to. Paste your draft and I'll tidy it up."),
        (
            "user",
            "you people cut my fibre for 9 days and still charge full month, my account is 80017734 and i work from home!!!",
        ),
        (
            "assistant",
            "Here's a calmer version:\n\nDear StarHub Customer Care,\n\nI am writing regarding my fibre broadband account 80017734 (account holder: Daniel Teo Kok Leong, 82 Jurong West St 42 #06-115, Singapore 640082). The service was disrupted for nine days from 2 to 10 November, which affected my ability to work from home. I request a pro-rated rebate for the outage period.\n\nYours sincerely,\nDaniel Teo",
        ),
        ("user", "perfect thanks"),
    ],
    [
        ("user", "我想寫信追業主退按金"),
        ("assistant", "好，請提供租約期、按金金額同埋業主嘅回覆。"),
        ("user", "租約2023年11月至2025年10月，按金兩個月 $31,000，業主話要扣 $9,000 換地板"),
        ("assistant", "地板係咪正常損耗？你有冇入住時嘅相？"),
        ("user", "有相。信入面用我全名同身份證啦：吳詠欣，Y417265(3)，大埔太和路1號 2座 23樓 D室"),
    ],
    [
        ("user", "Help me write to MOE, we moved house and my daughter's P1 school is now far"),
        ("assistant", "Sure. When did you move, and which school is she posted to?"),
        ("user", "Moved in Sept. She's posted to a school in Woodlands, we're now in Punggol"),
        (
            "assistant",
            "Got it. Would you like to request a transfer to a specific school nearer to home?",
        ),
        (
            "user",
            "yes, anywhere near Blk 305C Punggol Road #14-362. Her name's Chloe Wong Xin Yi, birth cert T1921847 something, I'll check",
        ),
    ],
    [
        ("user", "公司领导长期对女同事言语骚扰，我想帮她写个投诉给集团纪委"),
        ("assistant", "理解。请描述发生了什么、在什么时间地点，以及有没有证人或证据。"),
        (
            "user",
            "部门经理冯立伟多次在微信上给我们组的实习生许婧发露骨消息，还说不陪他吃饭就不给转正",
        ),
        ("assistant", "这是严重的性骚扰问题。投诉信是否征得了许婧本人的同意？"),
        ("user", "她同意了，截图都在，她手机号17706523381，你信里留她的联系方式"),
    ],
    [
        ("user", "majikan tak caruman KWSP saya dah 6 bulan, nak buat aduan"),
        (
            "assistant",
            "Boleh buat aduan kepada KWSP dan juga JTK. Ada slip gaji yang tunjuk potongan KWSP?",
        ),
        ("user", "ada, tiap bulan potong RM352 tapi penyata KWSP kosong"),
        ("assistant", "Baik, saya draf. Perlu nama, no. ahli KWSP dan nama syarikat."),
        (
            "user",
            "Norazlina binti Kassim, no. ahli KWSP 18832047, gaji pokok RM3,200, kerja di Restoran Seri Melati Sdn Bhd, Klang",
        ),
    ],
    [
        ("user", "我在台北被開了停車費逾期的罰單，想申訴"),
        ("assistant", "可以。請提供罰單號碼、開單日期和您認為有誤的地方。"),
        ("user", "單號 A41TP0882716，11/8 開的，可是我那天早上就用悠遊卡繳過了"),
        ("assistant", "好的，建議附上繳費紀錄截圖。申訴書需要填車主資料。"),
        ("user", "車主：蔡佩君，身分證 F227381057，車號 BKR-5320，電話 0912-448-306"),
    ],
    [
        (
            "user",
            "bro help me write appeal for JPJ saman, camera AES caught me but I wasn't driving",
        ),
        ("assistant", "Sure. Who was driving at the time, and do you have evidence?"),
        (
            "user",
            "my brother borrowed the car la, Darren Yap Wei Sheng, IC 950611-10-5447, he admits it",
        ),
        (
            "assistant",
            "OK, I'll draft a nomination of driver letter. Need your vehicle number and saman number.",
        ),
        ("user", "BMT 7302, saman no. AES/P/2025/0419983"),
    ],
    [
        ("user", "帮我写个物业投诉，小区地库常年漏水把我车泡了"),
        ("assistant", "好的，请提供小区名称、时间经过和损失情况。"),
        ("user", "昆明市五华区翠湖北路58号翠湖名苑，10月暴雨车库进水，车泡了维修花了1.8万"),
        ("assistant", "明白。信件落款要留联系方式吗？"),
        ("user", "留：业主杨帆，3栋2单元1501，微信 yangfan_km88，电话 18787120346"),
    ],
    [
        ("user", "I'm pasting my landlord's message so you can help me answer it"),
        (
            "user",
            '"Hi Amir, this is Uncle Peter (Peter Leong). Rent for Nov still not in. If by 15th never pay I will change the lock. Pay to OCBC 601-228731-001 P Leong. WhatsApp me 9734 1128"',
        ),
        (
            "assistant",
            "That's quite aggressive. Is the rent actually late, and what does your lease say about lock changes?",
        ),
        (
            "user",
            "I paid on 3 Nov, I have the PayNow receipt. I'm Amir Hakim, room at 41 Lorong 25A Geylang",
        ),
    ],
    [
        (
            "user",
            "My sister is suing her ex-boss at the Small Claims Tribunal, can you help her prep",
        ),
        ("assistant", "I can help organise the facts and documents. What's the claim about?"),
        (
            "user",
            "Unpaid commission of S$7,400. Claimant is Vanessa Lim Shu Ting, respondent is her former boss Raymond Kwek who runs a one-man property agency. Hearing on 19 Dec, SCT/2025/031178",
        ),
        (
            "assistant",
            "Thanks. I'd suggest a one-page timeline and copies of the commission agreement and WhatsApp messages.",
        ),
    ],
    [
        ("user", "Saya nak buat aduan pasal sekolah tak sediakan kemudahan OKU untuk anak saya"),
        (
            "assistant",
            "Maaf dengar tentang itu. Boleh ceritakan apa keperluan anak anda dan apa yang sekolah tak sediakan?",
        ),
        (
            "user",
            "Anak saya Adam Haris bin Faizal, 9 tahun, pakai kerusi roda sebab cerebral palsy. Kelas dia di tingkat 3, tiada lif",
        ),
        ("assistant", "Baik, saya akan draf surat kepada Pejabat Pendidikan Daerah."),
        (
            "user",
            "Dia belajar di SK Taman Desa Skudai, kad OKU JKM 2231876. Nombor saya 011-2308 5716",
        ),
    ],
]
