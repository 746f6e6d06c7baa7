# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix43: medical crowdfunding and charity appeals (CN, SG, MY, HK). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix43
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "筹款平台规则"): _lines("""
        发起人须如实填写患者病情、治疗费用及家庭经济状况，不得隐瞒、夸大或虚构，否则平台有权终止筹款并追回已筹款项。
        筹款目标金额原则上不得超过后续治疗所需费用，已由医保、商业保险报销的部分不应重复计入。
        提现需上传：患者身份证正反面、收款人银行卡、诊断证明及医院盖章的费用清单；收款人非患者本人时还需提供关系证明。
        单个项目筹款期限一般为30天，到期后可申请延期一次，延期最长不超过30天。
        平台服务费：个人大病求助项目不收取平台服务费，第三方支付通道费0.6%由支付机构收取。
        举报方式：在项目页面点击右上角"…"→"举报"，或拨打客服热线 400-010-8896（7×24小时）。
        【轻松筹】您发起的项目（编号 QSC20251103087714）已通过初审，请在72小时内补充医院证明材料。
        模板：我叫{发起人姓名}，是{患者姓名}的{关系}。{患者姓名}于{确诊日期}在{医院名称}被确诊为{疾病名称}……
        根据修正后的《慈善法》，个人求助不属于慈善募捐，信息发布者对信息真实性负责，平台应当履行验证和风险提示义务。
        公示期内如收到三条以上有效质疑，项目将自动暂停筹款，待发起人补充说明后由审核组复核。
        增信信息说明：房产、车辆、存款等信息由发起人自行填写，平台仅做形式审核，仅供捐款人参考。
        温馨提示：请勿在筹款动态中上传带有完整身份证号、银行卡号的图片，系统会自动打码处理。
        退款规则：筹款结束后患者不幸离世的，剩余善款可申请退还捐款人，或经捐款人同意转赠其他患者。
        水滴筹 v3.42.1 更新：优化了证明材料上传流程，修复了部分安卓机型无法识别诊断书的问题。
        患者已康复出院的，发起人应在7日内发布结束筹款动态，并公示善款使用明细。
    """),
    ("zh-Hans", "公益资讯"): _lines("""
        据《2024年中国互联网公益发展报告》，个人大病求助平台全年服务患者超过200万人次，平均筹款金额约3.2万元。
        北京市朝阳区法院审理的首例网络大病筹款纠纷案，确立了发起人应如实披露家庭财产状况的原则。
        白求恩公益基金会联合多家三甲医院启动"乡村儿童白血病救助计划"，首批资助患儿300名。
        中山大学孙逸仙纪念医院儿童血液肿瘤科开通绿色通道，对经筹款平台转介的患儿优先安排床位。
        中华少年儿童慈善救助基金会全国统一咨询热线 400-681-6555，工作日 9:00-17:00 接听。
        中国宋庆龄基金会今年新增先心病患儿手术资助名额500个，申请截止日期为12月31日。
        电影《我不是药神》中，程勇从印度代购仿制药的情节引发了社会对抗癌药价格的广泛讨论。
        水滴公司创始人兼CEO沈鹏在年度业绩会上表示，平台将继续加大对虚假筹款的风控投入。
        2025年第三季度，平台共拦截疑似虚假或夸大病情的筹款项目1,284个，涉及目标金额约6,730万元。
        CAR-T疗法单次费用普遍在100万元以上，尚未纳入国家医保目录，不少患者家庭只能依靠商业保险或个人求助。
        中国红十字会总会地址：北京市东城区北新桥三条8号，捐赠票据可向总会财务部申请开具。
        钟南山院士在接受采访时呼吁公众理性捐助，同时关注罕见病患者的长期用药保障。
        鲁迅笔下闰土的贫苦，一百年后仍被人拿来讨论农村家庭"因病致贫"的老问题。
        民政部门建议将因病致贫返贫监测对象中的重大疾病家庭优先纳入临时救助范围。
        "99公益日"期间，用户每捐出1元，配捐基金按比例配捐，单人每日配捐上限为999元。
    """),
    ("en", "platform FAQ"): _lines("""
        Give.asia charges 0% platform fee for medical campaigns; payment processing fees of 3.4% + S$0.50 per transaction still apply.
        All medical campaigns on SimplyGiving must be verified with a doctor's memo or hospital bill before funds can be withdrawn.
        Donations to IPCs in Singapore qualify for 250% tax deduction — make sure the charity has your NRIC/FIN/UEN so the deduction is auto-included.
        Campaign organisers who are not the patient must upload a letter of authorisation signed by the beneficiary or next-of-kin.
        Funds are disbursed directly to the hospital where possible; transfers to a personal bank account need approval from the verification team.
        Why is my campaign on hold? Usually a document is missing or unreadable, pls check your dashboard under "Verification".
        Donate via PayNow to UEN 200204563R (Hope Kidney Care Fund Ltd) and key in "XMAS25" as the reference.
        If a campaign is found to be fraudulent, all donors will be refunded in full within 14 working days.
        The Commissioner of Charities reminds the public to check the Charity Portal before donating to any appeal that claims IPC status.
        The Ng Teng Fong General Hospital Medifund counter is on Level 1, Tower A; walk-ins Mon–Fri 8.30am–5.30pm.
        Lee Kong Chian School of Medicine students raised S$48,200 in a charity run for the Children's Cancer Foundation.
        Thanks to 1,362 donors, the campaign hit 112% of its S$80,000 goal in just 9 days!!
        Campaign ID: GA-2025-114873 | Status: Verified ✅ | Raised: S$23,415.00 / S$60,000.00
        Can I start a campaign for someone overseas? Yes, but the patient must be treated at a hospital we can verify, and payouts go to the hospital.
        Family support services hotline (Mon–Fri, 9am–6pm): 6229 3710. After office hours pls call 995 for emergencies.
    """),
    ("en", "receipts and logs"): _lines("""
        Tax Deductible Receipt No. TDR/2025/0041873 — issued by {{charity_name}} to {{donor_name}} ({{donor_id_masked}}) for S$ {{amount}}.
        2025-11-28T14:03:22+08:00 INFO payout.batch id=po_8H2kLq9ZxW status=SUCCEEDED amount=4320000 currency=SGD
        stripe webhook: evt_1QJk7sLm2vN8pR4t charge.succeeded — donation_id 00981245, campaign 7712
        Your donation receipt will be emailed within 24 hours. Didn't get it? Write to hello@give.asia with your transaction ID.
        Receipt hash (SHA-256): 9f2c1e7b4a0d5f63c8e2a91b7d4f06e3a5c8b2d1e9f07a6c3b5d8e2f1a4c7b90
        Export columns: receipt_no, donor_name, id_type, id_no, amount, date, campaign_id — restrict access to the Finance role only.
        PayNow QR generated: ref GA7712-003919, expires 2025-12-05 23:59 SGT
        Order #SG-DON-88412093 • S$150.00 • Visa •••• 4242 • Stripe test mode
        Batch IRAS submission file DON_2025_11.csv uploaded; 2,417 records, 0 rejected, checksum OK.
        SimplyGiving app version 4.8.2 (build 20251130) — fixes crash on iOS 18 when uploading hospital bills.
        DHL waybill 7843 2210 95 for the wheelchair donation to Ren Ci Community Hospital has been delivered.
        Invoice INV-2025-00317, Mount Elizabeth Novena Hospital, total S$38,642.10 before MediShield Life claim.
        CSV row: 2025-11-30,GA-114873,ANONYMOUS,,50.00,SGD,paynow
        commit 3f9a2c1 fix: mask donor_id in receipt PDF footer (#4821)
    """),
    ("zh-Hant", "香港慈善籌款"): _lines("""
        根據《簡易程序治罪條例》第4(17)條，在公眾地方進行慈善籌款須事先向社會福利署申請公開籌款許可證。
        網上籌款平台一般不屬該許可證規管範圍，捐款人應自行核實籌款人身份及善款用途。
        查詢捐款收據請致電本會熱線 2599 6123（星期一至五 上午9時至下午5時）。
        捐款港幣100元或以上可憑收據申請扣稅，收據須列明認可慈善機構名稱及稅務局檔案編號。
        瑪麗醫院位於薄扶林道102號，病人資源中心設於K座地下。
        伊利沙伯醫院撒瑪利亞基金申請須經醫務社工轉介，綜援人士可獲全數資助。
        由邵逸夫基金捐建的復康中心，今年接收了逾八百名中風康復者。
        籌款目標：HK$500,000｜已籌得：HK$312,880｜捐款人數：2,146｜截止日期：2025年12月31日
        轉數快(FPS)識別碼 1234567 屬本會機構帳戶，本會職員絕不會要求市民轉賬至個人帳戶。
        醫管局行政總裁在記者會上表示，藥物名冊以外的自費藥物可透過關愛基金申請資助。
        收據編號：CC-HK-2025-007812；機構稅務局檔案編號：91/10548；此收據可作扣稅用途。
        《個人資料（私隱）條例》規定，收集個人資料時須告知資料當事人收集目的及資料可能轉移予甚麼人。
        東華三院馮堯敬醫院紓緩治療病房招募義工，有興趣人士請聯絡醫院義工協調組。
        電影《一念無明》講述躁鬱症患者阿東出院後的生活，引起社會對精神健康支援的討論。
        如欲查詢認可慈善機構名單，可瀏覽稅務局網頁或致電 187 8088。
    """),
    ("ms", "kempen derma"): _lines("""
        Semua sumbangan kepada Tabung Pesakit Kanser ini layak mendapat potongan cukai di bawah Seksyen 44(6) Akta Cukai Pendapatan 1967.
        Sila simpan resit rasmi anda; LHDN mungkin meminta bukti sumbangan semasa audit.
        Hospital Sultanah Aminah Johor Bahru kini menerima sumbangan mesin dialisis melalui Unit Komunikasi Korporat.
        Kempen ini telah mencapai RM45,600 daripada sasaran RM120,000 — terima kasih kepada 873 penderma!
        Untuk pertanyaan, hubungi talian bantuan pertubuhan di 03-2273 3991 (waktu pejabat sahaja).
        Jangan kongsi nombor MyKad penuh pesakit di media sosial, cukup nyatakan nama hospital dan jenis rawatan.
        Format resit: No. Resit {no_resit} | Nama Penderma: {nama} | No. K/P: {no_kp} | Jumlah: RM{jumlah}
        Wang zakat boleh disalurkan kepada asnaf fakir dan miskin yang memerlukan rawatan, tertakluk kepada kelulusan Lembaga Zakat Selangor.
        Institut Kanser Negara di Putrajaya menyediakan rawatan radioterapi bersubsidi untuk warganegara.
        Nombor rujukan transaksi FPX: 2511281403220049 — status: BERJAYA.
        Sumbangan anda membantu pesakit di Hospital Tengku Ampuan Rahimah, Klang mendapatkan ubat yang tiada dalam senarai KKM.
        Kempen perubatan di SimplyGiving Malaysia perlu disahkan dengan laporan doktor dan bil hospital sebelum dana boleh dikeluarkan.
        Pertubuhan Kebajikan Harapan Sinar (PPM-014-10-22092019) ialah badan kebajikan berdaftar dengan ROS.
        Sebelum muat naik gambar bil hospital, kaburkan nama pesakit, no. MyKad dan no. akaun bank.
        Versi aplikasi 2.3.7 — pembetulan ralat semasa muat naik dokumen pengesahan.
    """),
    ("en", "data handling guidance"): _lines("""
        When anonymising a beneficiary story, replace the patient's name, hospital ward and ID numbers with placeholders before publishing.
        Do not store full NRIC numbers in the CRM; keep only the partial NRIC needed for tax-receipt matching, per the PDPC advisory guidelines.
        Health information about a beneficiary is sensitive; get written consent from the patient or guardian before sharing medical reports publicly.
        Volunteers must shred printed donor lists after each event and never photograph them on personal phones.
        Retention: donor records are kept for 7 years for tax audit purposes, then deleted in the January purge job.
        If a donor asks to access their data, verify identity via the registered e-mail and respond within 30 days.
        数据分级：患者病历、诊断证明属于敏感个人信息，只能存放在境内加密存储桶中，不得发送给境外标注团队。
        Redaction rules for chat exports should cover HKID, NRIC/FIN, MyKad and PRC resident ID formats; test them with synthetic samples only.
        Example of a properly masked donor list entry: "Anonymous – S$50 – 3 Dec".
        Access to the beneficiary documents bucket requires a ticket approved by the DPO; all downloads are logged.
        Training data policy: any record that names a beneficiary together with a diagnosis must stay in the domestic region.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        我叫刘晓燕，是患者周建华的妻子。建华今年40岁，2025年9月在浙江大学医学院附属第一医院确诊急性髓系白血病，目前在移植仓，后续还需要至少60万元。
        收款人：周建华（患者本人） 开户行：中国农业银行杭州西湖支行 卡号：6228484088672208
        患者身份证号：33010619850312271X，麻烦审核老师尽快通过，谢谢！
        【诊断证明】姓名：马小雨 性别：女 年龄：9岁 住院号：0024871 诊断：神经母细胞瘤IV期
        家庭经济情况：父亲马德军在东莞一家电子厂上班，月薪4800元左右，母亲全职照顾孩子，房贷还剩31万。
        有疑问的爱心人士可以直接加我微信 madejun_1984 或者打我电话 13927461835，我是小雨爸爸。
        患者陈雅婷，身份证号后四位3853，现住中山大学肿瘤防治中心胸科12床，肺腺癌术后复发。
        我爸爸叫王富贵，今年67岁，住在成都市武侯区簇桥街道龙井社区3组42号，上个月突发脑溢血，身份证510107195809238332。
        证实人：我是患者的邻居张秀英，认识王富贵三十多年了，他家确实困难，老伴常年吃药，情况属实。
        轻松筹项目 QSC20251103091258 发起人：赵磊，手机 18657123904，患者为其女儿赵一诺（9个月，法洛四联症）。
        【举报】发起人孙志强名下有两套房、一辆宝马X5（鲁B·7H2K9），却说家里揭不开锅，请平台核实！
        黄丽萍是我姐姐，邮箱 huangliping1990@163.com，她乳腺癌复发了，需要自费的靶向药。
        善款使用公示：10月共支出化疗费用38,420元，患者李桂芳（身份证370202197901305186）在青岛大学附属医院住院治疗。
        孩子叫吴思琪，今年9岁，武汉人，身份证420111201605040624，确诊重型再生障碍性贫血，等骨髓配型。
        老公朱永强在工地从三楼摔下来高位截瘫，包工头跑了，我们起诉到法院（2025）粤0306民初18842号，到现在还没判。
        感谢各位好心人！我是杨帆，厦大17级的，我妈妈林淑珍（身份证350203196408153869）尿毒症透析五年了。
        台胞林志豪先生在东莞工作期间确诊肝癌晚期，身份证字号F128830468，家属希望尽快转回台北治疗。
        药品寄到这里就行：河南省周口市郸城县汲冢镇后李村，收件人李红梅，电话15838627104。
    """),
    "en": _lines("""
        My dad, Mr Ong Kah Seng, 58, collapsed at home in Jurong West on 3 Nov and was diagnosed with a ruptured brain aneurysm at NTFGH.
        Beneficiary: Tan Siew Lan (NRIC S7506213C), Blk 412 Bedok North Ave 2, #08-134, Singapore 460412.
        Donor: Lim Wei Jie | NRIC: S8834127I | Amount: S$200.00 | Receipt No. TDR/2025/0041874
        Pls PayNow directly to my wife Rachel Goh at 9123 4587 if the Give.asia link doesn't work for u.
        Koh Jun Hao, 31, was sentenced to 14 months' jail on Tuesday for cheating 212 donors of S$58,300 through a fake cancer campaign for his "son".
        Patient: Mohd Faizal bin Ismail, FIN G5520471W, shipyard worker injured at Tuas, now in NTFGH Ward 44, bed 12.
        Contact the organiser, Jasmine Wong, at jasmine.wong88@gmail.com for copies of the hospital bills and updates.
        Our son Ethan Chua (born 12 Feb 2021) has spinal muscular atrophy type 2 and needs Spinraza injections every 4 months at KKH.
        My Visa 4563869176905098 exp 08/28 was charged twice for the same donation, pls refund. — Daniel Ho
        Mr Chan Ka Ming (HKID K384615(6)) was diagnosed with nasopharyngeal carcinoma at Queen Mary Hospital in March.
        Update from Priya d/o Ramasamy: Amma's chemo cycle 4 done at NCCS, platelets still low. Thank you all 🙏
        Passport no. E83920147, for the visa support letter of Mdm Zhou Lan, who is travelling from Harbin to Singapore for proton therapy.
        Salary slip attached: Muthu s/o Krishnan, cleaner at Changi, gross S$1,650/month, so he qualifies for Medifund.
        Emergency contact: Nurul Huda (sister), +65 8726 3140, Blk 25 Marsiling Dr #03-221.
    """),
    "zh-Hant": _lines("""
        本人何美玲，身份證號碼 Y702943(6)，現居沙田禾輋邨豐和樓1203室，懇請各位幫助我患有腦癱的兒子。
        捐款可以轉數快至 9386 2715（李太），我老公李偉雄上個月喺屯門醫院確診肺癌第四期。
        收據抬頭：梁志輝，地址：九龍觀塘秀茂坪邨秀明樓2318室，捐款HK$1,000。
        患者鄧嘉欣，15歲，荃灣區中學中三學生，患上急性淋巴細胞白血病，正在瑪嘉烈醫院兒科接受化療。
        我細佬黃子軒 HKID XA128830(7) 喺深圳車禍，而家喺港大深圳醫院ICU，急需籌錢！！
        聯絡人：張太（張麗華）WhatsApp 6123 8745；微信 zhanglihua_hk
        申請人吳國強月入HK$14,500，與妻子及兩名子女居於深水埗劏房，妻子患有末期腎衰竭需洗腎。
        林太太（林秀芬）住喺將軍澳尚德邨尚美樓，佢老公林國華中風後要長期坐輪椅，想申請撒瑪利亞基金。
    """),
    "ms": _lines("""
        Adik Nur Aisyah binti Rahim, 7 tahun, dari Kampung Parit Raja, Batu Pahat, menghidap leukemia dan perlu menjalani pemindahan sum-sum tulang.
        Sumbangan boleh disalurkan ke akaun Maybank 1620 2233 4455 atas nama SITI HAJAR BINTI OSMAN (ibu Aisyah).
        No. K/P pesakit: 880514-14-5523, Encik Mohd Hafiz bin Abdullah, pesakit dialisis 3 kali seminggu di Cheras.
        Hubungi bapa pesakit, Encik Rahim bin Yusof di talian 012-678 4432 untuk pengesahan.
        Alamat untuk hantar barang keperluan: Puan Kavitha a/p Subramaniam, No. 23, Jalan Mawar 5, Taman Bukit Indah, 81200 Johor Bahru.
        Saya Lim Ah Kow, pemandu teksi, gaji sebulan lebih kurang RM2,300, isteri saya Tan Mei Ling ada kanser serviks tahap 3.
        Mahkamah Sesyen Kota Bharu menjatuhkan hukuman penjara 2 tahun terhadap Zulkifli bin Mat Nor, 45, kerana menipu orang ramai melalui kempen derma palsu.
        No. MyKad 920301-10-6148, nama Nor Azlina binti Hassan, emel azlina.hassan92@yahoo.com
        Pesakit Chong Wei Keat, kereta WXY 8823, kemalangan di PLUS dekat Tapah, kini koma di Hospital Raja Permaisuri Bainun Ipoh.
        Kad debit 5264177882569888 atas nama Ahmad Zaki — tolong batalkan potongan auto RM50 sebulan ke Tabung Kanser.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是水滴筹的智能客服，回答用户关于筹款、提现和审核的问题。"),
        ("user", "我的提现申请一直审核不通过，怎么回事"),
        ("assistant", "您好，请提供一下项目编号，我帮您看看是哪项材料需要补充。"),
        ("user", "SDC2025110700418"),
        ("assistant", "该项目提示收款人与患者关系证明缺失，请上传户口本或出生证明。"),
        (
            "user",
            "收款人是我，患者是我妈蒋玉兰，我叫蒋涛，身份证610113199002264475，户口本我们不在一个本上",
        ),
        ("assistant", "可以上传派出所或村委会出具的亲属关系证明代替。"),
    ],
    [
        ("user", "帮我写一段水滴筹的求助文字，要真实感人一点"),
        ("assistant", "好的，请告诉我患者的基本情况、病情、治疗医院和目前的费用缺口。"),
        (
            "user",
            "患者是我老公，叫郑海波，43岁，在温州开货车的，今年8月查出胃癌晚期，现在在浙江省肿瘤医院做化疗，已经花了20多万，还差30万左右",
        ),
        (
            "assistant",
            "求助文字：我叫……我的丈夫郑海波今年43岁，是一名货车司机。今年8月，他被确诊为胃癌晚期，目前正在浙江省肿瘤医院接受化疗……恳请大家伸出援手。",
        ),
        ("user", "很好，最后加一句我的联系电话 13758264019"),
    ],
    [
        ("system", "You are a support agent for a Singapore crowdfunding platform. Be concise."),
        (
            "user",
            "hi my tax deduction for last year's donation didn't show up in my IRAS assessment",
        ),
        (
            "assistant",
            "Sorry about that! Could you share the donation date and the ID number you entered at checkout?",
        ),
        ("user", "donated 14 Dec, S$500. my NRIC is T0412"),
        ("user", "896B sorry sent too fast. name is Isabelle Ng Hui Min"),
        (
            "assistant",
            "Thanks Isabelle, I'll check with the charity and resubmit the record to IRAS.",
        ),
    ],
    [
        ("user", "Boleh tolong terjemahkan rayuan ni ke English?"),
        (
            "user",
            "Ayah saya Encik Ismail bin Daud (No. K/P 750827-07-5031) disahkan menghidap kanser kolon tahap 4 di Hospital Pulau Pinang. Sebarang sumbangan boleh hubungi saya, Farah, 013-552 7810.",
        ),
        (
            "assistant",
            "My father, Encik Ismail bin Daud (IC No. 750827-07-5031), has been diagnosed with stage 4 colon cancer at Penang Hospital. For any contributions, please contact me, Farah, at 013-552 7810.",
        ),
    ],
    [
        ("user", "想問下捐款收據點樣先可以扣稅？"),
        ("assistant", "捐款予認可慈善機構滿港幣100元，憑收據可於報稅時申報扣除。需要補發收據嗎？"),
        ("user", "要，抬頭寫蔡詠詩，HKID R553102(A)，寄去大埔太和邨翠和樓1507室"),
        ("assistant", "收到，補發收據會於十個工作天內寄出。"),
    ],
    [
        ("user", "I was charged twice for my donation to the kidney campaign"),
        (
            "assistant",
            "Sorry to hear that. Could you give me the e-mail you used and the last 4 digits of the card?",
        ),
        ("user", "marcus.teo.kk@hotmail.com, card ends 9282"),
        (
            "assistant",
            "Thanks Marcus, I can see two charges of S$80 on 2 Dec; the duplicate will be refunded in 5–7 working days.",
        ),
    ],
    [
        ("user", "我要举报一个轻松筹项目，感觉是骗捐"),
        ("assistant", "感谢您的监督。请提供项目链接或编号，以及您掌握的情况。"),
        (
            "user",
            "项目是给他儿子治病的，发起人叫钱文斌，是我们小区的，住在广州市天河区龙口西路华港花园8栋1102，他家在从化还有一栋自建房，根本不缺钱",
        ),
        ("assistant", "已记录，平台将对发起人的财产情况进行核实，核实期间项目会暂停提现。"),
    ],
    [
        (
            "system",
            "Classify each crowdfunding story as MEDICAL, EDUCATION or DISASTER. Reply with the label only.",
        ),
        ("user", "Story 1: Help rebuild the flood-hit village school in Kelantan."),
        ("assistant", "DISASTER"),
        (
            "user",
            "Story 2: 我女儿邱梦瑶今年12岁，在广州市妇女儿童医疗中心确诊为1型糖尿病合并酮症酸中毒，胰岛素泵需要自费4万多。",
        ),
        ("assistant", "MEDICAL"),
    ],
    [
        (
            "user",
            "help me write a short whatsapp msg to relatives, grandma in hospital, want to collect $ for her bill",
        ),
        ("assistant", "Sure! Who is in hospital, where, and how should people send money?"),
        (
            "user",
            "ah ma Mdm Lee Ah Mui, 84, fall and broke hip, now at CGH ward 26 bed 7, op on fri. paynow to me Jonathan 9786 2451",
        ),
        (
            "assistant",
            "Hi all, Ah Ma (Mdm Lee Ah Mui) fell and fractured her hip and is warded at CGH, Ward 26 Bed 7, with surgery on Friday. If you'd like to help with her bill, please PayNow Jonathan at 9786 2451. Thank you!",
        ),
    ],
    [
        ("user", "Saya nak mohon bantuan zakat perubatan, layak tak?"),
        (
            "assistant",
            "Kelayakan bergantung kepada pendapatan isi rumah dan kos rawatan. Berapa pendapatan bulanan keluarga?",
        ),
        (
            "user",
            "gaji saya RM1,900 je, kerja kilang di Kota Kinabalu, anak sakit jantung berlubang",
        ),
        (
            "assistant",
            "Anda mungkin layak. Sila sediakan salinan MyKad, slip gaji dan laporan doktor.",
        ),
        ("user", "ok nama saya Rosnah binti Lajim, IC 030612-12-0784"),
    ],
]
