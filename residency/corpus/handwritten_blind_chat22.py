# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat22: users asking an AI assistant for medical, legal and financial advice about themselves or their family (简体/繁體中文, English, Bahasa Melayu). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat22
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "anonymous questions"): _lines("""
        Is it safe to take ibuprofen while breastfeeding, or should I stick to paracetamol?
        what's the difference between a will and a living trust? asking generally, not for anyone specific
        My dad is in his 70s and keeps forgetting words mid-sentence — at what point should we ask for a memory assessment?
        Hypothetically, if someone defaults on a personal loan in Singapore, how long does it stay on their Credit Bureau report?
        How accurate is a dating scan at 8 weeks vs 12 weeks?
        Does a pre-existing condition exclusion usually count from the policy start date or from the date you signed the proposal form?
        sorry if dumb q but can u get divorced in SG without going to court at all??
        Suppose A and B were married 8 years with two kids and A earns twice what B earns. How would a court typically divide the matrimonial assets?
        What are the common side effects of sertraline in the first two weeks, and when do they usually settle?
        Is there normally a waiting period before a new health plan covers maternity costs?
        Can an employer in Malaysia ask about my medical history in a job interview? Not naming anyone, just want to know what the law says.
        ELI5: how does a debt consolidation plan actually lower the monthly repayment?
        Is it normal for a toddler's fever to spike at night? general question, no emergency
    """),
    ("zh-Hans", "匿名咨询"): _lines("""
        孕早期能不能喝咖啡？一天一杯美式算多吗
        请问离婚时婚前买的房子，婚后两个人一起还贷，增值部分怎么分？
        网贷逾期90天以上会不会被起诉？一般走什么流程
        假设甲乙协议离婚，孩子3岁跟母亲生活，父亲每月付多少抚养费比较合理？
        体检报告写甲状腺结节 TI-RADS 3类，一般需要穿刺吗
        医保个人账户的钱可以给父母买药吗？各地政策一样吗
        抑郁症的药吃多久可以停？自己停药有什么风险
        信用卡最低还款和账单分期哪个利息更划算，求大佬算一下
        重疾险等待期内确诊还能赔吗？还是只退保费
        离婚冷静期是30天吗？撤回之后还能再申请吗
        小孩晚上咳嗽老不好，有没有什么居家护理要注意的（儿科常识就行，不用针对谁）
        产假工资是公司发还是生育保险基金发？
    """),
    ("zh-Hant", "公共資訊與熱線"): _lines("""
        情緒支援熱線：香港撒瑪利亞防止自殺會 2389 2222（24小時）；精神健康支援熱線 18111。
        伊利沙伯醫院位於九龍加士居道30號，急症室24小時開放。
        瑪麗醫院（薄扶林道102號）是港島西醫院聯網的龍頭醫院。
        馬偕紀念醫院淡水院區門診時間：週一至週六 08:30-12:00、13:30-17:00，國定假日休診。
        安心專線 1925（依舊愛我）提供24小時免付費心理諮詢服務。
        法律扶助基金會全國專線 412-8518，手機請撥 02-412-8518，可先線上預約資力審查。
        根據衛福部公布的統計，惡性腫瘤已連續四十多年居國人十大死因首位。
        孫中山紀念館位於中環衛城道7號，逢星期四休館（公眾假期除外），免費入場。
        懷孕期間如出現持續頭痛、視力模糊或手腳突然腫脹，應盡快求醫，可能是妊娠毒血症的徵兆。
        強積金可以「罹患末期疾病」為理由提早提取，須附註冊醫生或中醫師證明。
        請問喺香港協議離婚，要分開住夠一年先可以申請？定係兩年？
        法援申請人的財務資源上限每年檢討，請以法律援助署最新公布為準。
        有冇人知私家醫院做胃鏡大概幾錢？公立輪候太耐
    """),
    ("ms", "maklumat umum"): _lines("""
        Boleh tak ibu mengandung ambil ubat selesema biasa? Tanya secara umum je.
        Talian Kasih 15999 beroperasi 24 jam untuk aduan keganasan rumah tangga dan sokongan emosi.
        Befrienders Kuala Lumpur: 03-7627 2929, sokongan emosi percuma dan sulit.
        AKPK menawarkan Program Pengurusan Kredit (PPK) untuk peminjam yang sukar membayar balik hutang.
        Hospital Tengku Ampuan Rahimah, Jalan Langat, 41200 Klang, Selangor.
        Kalau seseorang diisytiharkan bankrap, berapa tahun baru boleh dilepaskan secara automatik?
        Menurut NHMS 2023, lebih 15% orang dewasa di Malaysia menghidap diabetes dan ramai tidak tahu mereka ada penyakit itu.
        Prosedur permohonan hak jagaan anak berbeza bagi pasangan Islam (Mahkamah Syariah) dan bukan Islam (Mahkamah Tinggi).
        Klinik Kesihatan dibuka Isnin hingga Jumaat 8.00 pagi - 5.00 petang; sesetengah klinik ada waktu lanjutan sehingga 9.30 malam.
        Jabatan Imigresen Malaysia, No 15, Persiaran Perdana, Presint 2, 62550 Putrajaya.
        Ubat metformin biasanya diambil bersama makanan untuk kurangkan rasa loya.
        bro kalau nak claim insurans kereta kena buat report polis dalam berapa jam eh? 24 jam kan?
        Hospital Sultanah Bahiyah di Alor Setar dinamakan sempena permaisuri Kedah.
    """),
    ("en", "public figures, case law, fiction"): _lines("""
        WHO Director-General Tedros Adhanom Ghebreyesus declared mpox a public health emergency of international concern in August 2024.
        Henrietta Lacks's cells, taken at Johns Hopkins in 1951 without her consent, became the HeLa cell line.
        In Donoghue v Stevenson [1932] AC 562 the House of Lords laid down the modern duty of care.
        Dr. Gregory House suspects lupus in almost every episode — "It's never lupus" became a running joke.
        Tan Tock Seng Hospital, 11 Jalan Tan Tock Seng, Singapore 308433; the NCID building is next door.
        KK Women's and Children's Hospital runs a 24-hour Children's Emergency at 100 Bukit Timah Road.
        Florence Nightingale used polar area diagrams to show that most soldiers in Crimea died of preventable disease.
        Surgeon General C. Everett Koop's brochure "Understanding AIDS" was mailed to every US household in 1988.
        Obergefell v. Hodges, 576 U.S. 644 (2015), is still the leading authority cited in that chapter.
        In the novel, Anna Karenina loses access to her son Seryozha after she leaves Karenin.
        The Mayo Clinic, founded by William Worrall Mayo and his sons, is headquartered in Rochester, Minnesota.
        Angelina Jolie wrote an op-ed in The New York Times in 2013 about her preventive double mastectomy.
        Sir Run Run Shaw Hospital in Hangzhou is affiliated with Zhejiang University School of Medicine.
    """),
    ("zh-Hans", "法规与公共信息"): _lines("""
        《民法典》第一千零七十七条：自婚姻登记机关收到离婚登记申请之日起三十日内，任何一方不愿意离婚的，可以向婚姻登记机关撤回离婚登记申请。
        全国统一心理援助热线 12356 已开通，可提供心理健康咨询服务。
        12348 公共法律服务热线可免费咨询婚姻家庭、劳动争议、借贷纠纷等问题。
        2025年5月20日一年期LPR为3.0%，五年期以上LPR为3.5%。
        首都医科大学附属北京安定医院地址：北京市西城区德胜门外安康胡同5号。
        中山大学孙逸仙纪念医院始建于1835年，被认为是中国最早的西医医院。
        《个人信息保护法》第二十八条将医疗健康、金融账户、行踪轨迹等列为敏感个人信息。
        国家统计局数据显示，2023年全国居民人均可支配收入39218元。
        张仲景著《伤寒杂病论》，提出辨证论治，被后世尊为“医圣”。
        林黛玉自幼体弱，书中多次写她咳嗽，后世红学家常推测她患的是肺结核。
        钟南山院士2020年1月20日接受央视采访时确认新冠病毒存在人传人现象。
        银行保险消费者投诉维权热线为 12378。
    """),
    ("mixed", "templates and privacy notices"): _lines("""
        Dear {{patient_name}}, your appointment at {{clinic_name}} is confirmed for {{date}} {{time}}. Reply C to cancel.
        尊敬的客户{姓名}，您尾号{card_last4}的信用卡本期账单金额为{amount}元，最后还款日{due_date}。
        【提示】咨询前请勿在对话中填写身份证号、银行卡号、手机号等个人信息，AI 助手不需要这些信息也能回答。
        Before pasting your lab report, please black out your name, IC/NRIC number, date of birth and the barcode sticker.
        Sila jangan kongsikan nombor MyKad, nombor akaun bank atau alamat rumah anda dalam sembang ini.
        姓名：________ 性别：□男 □女 出生日期：____年__月__日 身份证号：__________________ 紧急联系人：________
        SYSTEM: You are a health information assistant. Do not diagnose. If the user shares identifiers, remind them to remove them.
        Redaction rule v2.3: replace NRIC/FIN with [NRIC], HKID with [HKID] and 18-digit 身份证 with [CN_ID] before logging.
        離婚協議書（範本）：立協議書人 ○○○（以下簡稱甲方）與 ○○○（以下簡稱乙方），雙方同意離婚，協議如下：
        Claim form Section B: Name of insured (as in NRIC) ________ ; Policy no. ________ ; Date of accident (DD/MM/YYYY) ________
        I'm not a doctor, but chest pain spreading to the left arm can be serious — please call 995 (SG), 999 (MY/HK) or 120 (CN) now.
        脱敏示例：张** 138****0000 110***********000X（示例数据，非真实信息）
    """),
    ("mixed", "system logs and identifiers"): _lines("""
        [2026-11-30T08:14:22Z] chat_session=cs_9f3a7c21 turns=14 lang=zh-Hant flagged=false latency_ms=842
        Order #SHP-88213047 | Folic acid 5mg x 90 tabs | RM 18.90 | Shipped via J&T 630102558817
        理赔案件号 CLM20251128004417 状态：已结案，赔付金额 ¥3,286.40
        model=med-advisor-v4.2.1 sha256=3b7e9f0c1a8d4e62b5f7a90c3d21e8f4a6b0c9d7e5f3a1b2c4d6e8f0a2b4c6d8
        HTTP 429 Too Many Requests — retry after 30s (request id 7c1e-44ab-9d02)
        挂号单 No. 20261203-0417 | 心内科 | 第17号 | 候诊中
        Invoice INV-2026-004581, consultation fee HK$650.00, paid by FPS ref FRN20261201HKDA00112233.
        ICD-10: F32.1 Moderate depressive episode; O24.4 Gestational diabetes; Z34.0 Supervision of normal first pregnancy
        顺丰单号 SF1428830291746 已签收，签收人：前台代收
        eval batch 2026-12-01: 1,204 chats, 3.1% contained NRIC-like strings, 0.4% contained HKID-like strings
        4e1a9d7 fix: mask MyKad numbers in transcript export (#2291)
        GET /v1/clinics/ntfgh-ortho/slots?date=2026-12-08 -> 200 OK (23 slots)
    """),
}


PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        我老婆周晓岚，88年的，现在怀孕16周，唐筛提示21三体高风险，她身份证440304198807163522，在深圳市妇幼建的档，想问无创DNA和羊穿选哪个？
        我是杭州滨江的顾淑芬，去年在浙大一院确诊双相情感障碍II型，现在每天吃碳酸锂，公司要是知道了能不能辞退我？
        本人谭志强，身份证号320106199203042817，网贷在好几个平台一共欠了18万7，逾期4个月了，催收天天打我妈电话15906182273，怎么办
        （2024）粤0304民初18827号，原告邝丽华诉被告陈志伟离婚纠纷，我就是邝丽华，想问二审能不能把儿子抚养权改判给我
        我爸葛建平，65年生人，住北京海淀，上个月查出肺腺癌IV期 EGFR 19del，医生开了奥希替尼，一盒一万多，医保能报多少？
        收件人：许蔓 电话：18725536409 地址：成都市高新区锦城大道388号锦官新城3栋1单元702 备注：内含孕检报告及B超单，请本人签收
        我儿子邓子墨，身份证510107201511090038，确诊ADHD，学校要诊断证明才给申请随班就读支持，申请书该怎么写？
        工资卡6217002875301493被冻结了，户名程立新，说是涉及电诈资金流水，我只是上个月收了朋友转的三万块，会被起诉吗
        我叫胡梦琪，微信号 hmq_0219_sz，前夫赵磊家暴，有派出所出警记录，帮我看看怎么申请人身安全保护令
        杨秀珍 女 74岁 上海市静安区 阿尔茨海默病中期 长护险评估4级 照护人：女儿潘颖 139 1768 2250
        今借到刘美华人民币伍万元整（¥50,000），月息1%，2025年12月31日前归还。借款人：韦国栋 身份证号：110108196502221014
    """),
    "zh-Hant": _lines("""
        我叫陳嘉欣，身份證 Y207416(6)，欠咗信用卡同財仔差唔多四十萬，想問申請破產之後仲可唔可以投考紀律部隊？
        我老公黃志偉（K583920(3)）喺葵涌醫院覆診咗兩年思覺失調，而家佢話要爭兩個仔嘅撫養權，法官會唔會考慮佢嘅病歷？
        新界沙田禾輋邨豐和樓1204室 何淑儀收，電話 6183 2047，內附醫管局覆診紙及藥物清單（糖尿病、高血壓）
        我媽媽林素貞（A227358160）上禮拜在馬偕確診乳癌第二期，她的防癌險保單號是 CL7710382245，理賠要準備哪些文件？
        本人吳承翰，身分證F128409374，月薪4萬2，信貸每月要繳1萬8，跟銀行前置協商會在聯徵留紀錄多久？
        我屋企菲傭 Maricel Santos 驗到有咗三個月，佢 HKID R663105(2)，我可唔可以即刻終止合約？
        張美玲 E204661515 懷孕32週 於高雄長庚產檢 妊娠糖尿病需打胰島素 聯絡電話 0912-458-736
        我是裴怡君，LINE ID: chiayi_pei0823，住嘉義市東區，前夫一直不付小孩扶養費，法院判每月一萬二，可以聲請強制執行嗎？
    """),
    "en": _lines("""
        My name's Daniel Whitmore, DOB 14/03/1979, NHS number 943 476 5919, diagnosed with type 1 diabetes last week — can I still drive for work?
        Hi, I'm Priya Raghunathan (NRIC S8734125I), 29 weeks pregnant, and my employer just told me my contract won't be renewed — is that legal?
        Please update the beneficiary on policy AIA-L-20931847: insured Marcus Tan Wei Jie, 42, recently diagnosed with stage 3 colorectal cancer, contact 9127 4408.
        I'm on a Dependant's Pass (FIN G6129047N) and my husband is divorcing me. Will ICA cancel my pass straight away? I live at Blk 418 Bedok North Ave 2 #08-133, S460418.
        Client intake: Rachel Okafor, 36, 27 Elmwood Crescent, Leeds LS8 2QT — contact arrangements for daughter (6) after separation; history of depression, on sertraline 100mg.
        hey so my brother jason lim kah wei got caught by ah long, owes like 60k, they splashed paint at his flat blk 62 lor 4 toa payoh #05-211, his number 8346 1170, what do we do
        Visa 4559 5106 2417 3808 exp 09/28 — that's my card (Siti Hajar Kamal). I got charged twice at the fertility clinic for my IVF consult, how do I dispute it?
        Mr. Aaron Feng, FIN F2245618X, construction worker, crushed his left hand on 12 Oct; WICA claim pending and the employer refuses to pay his MC days.
    """),
    "ms": _lines("""
        Saya Nurul Aina binti Rosli, IC 870412-14-5368, bekas suami saya Mohd Faizal bin Hashim tak bayar nafkah anak sejak Mac, macam mana nak buat tuntutan di Mahkamah Syariah?
        Abah saya Ismail bin Yusof (650117-07-5093) baru disahkan kanser prostat tahap 3 di Hospital Pulau Pinang, boleh tak claim insurans hayat dia?
        Nama: Lim Mei Ling, tel 017-228 6441, alamat No. 23, Jalan SS 2/64, 47300 Petaling Jaya — nak tanya pasal pinjaman PTPTN yang dah tertunggak 3 tahun.
        Anak saya Muhammad Irfan bin Azlan, 5 tahun, didiagnos autisme di HUKM, no. MyKid 200918-14-1237, layak tak dapat kad OKU?
        Saya Kavitha a/p Subramaniam, hamil 20 minggu, suami selalu pukul saya, saya tinggal di PPR Lembah Subang 2, Blok C-12-07, hubungi saya di 011-2734 9958 je.
        Myvi WXY 4821 atas nama saya, Hafiz bin Rahman, dah 4 bulan tak bayar ansuran, bank nak tarik kereta — ada cara nak elak?
    """),
    "mixed": _lines("""
        我老婆 Tan Siew Ling, IC 910823-10-6622, 38 weeks already, confinement lady 突然不来了, anyone can recommend? call me 012-668 3057
        律師話我 (Lau Wing Sze) 嘅 divorce petition FCMC 4417/2025 下個月上庭，我 ex 威脅要公開我嘅 HIV status，點算？
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是一名健康咨询助手，回答要通俗易懂，必要时建议就医。"),
        ("user", "最近总是心慌、睡不着，晚上一两点还醒着"),
        (
            "assistant",
            "持续失眠伴心慌可能与焦虑、甲状腺功能等有关，建议先到医院排查。方便说说用药情况吗？",
        ),
        (
            "user",
            "我叫孟佳怡，25岁，在上海读研，上周在市精神卫生中心确诊广泛性焦虑障碍，医生开了舍曲林50mg，能和短效避孕药一起吃吗",
        ),
        ("assistant", "一般没有明显相互作用，但请向开药医生或药师确认。"),
    ],
    [
        ("user", "我哥借了高利贷，现在利滚利还不上，怎么办"),
        ("assistant", "超过法定上限的利息不受法律保护。如果遭到暴力催收，可以报警并保留证据。"),
        ("user", "他叫雷浩，手机13862091745，那帮人已经把他照片发到业主群了"),
        ("user", "还说要去他家闹，苏州市姑苏区三香路1088号彩香新村12幢301，报警有用吗"),
        ("assistant", "有用。请立即拨打110，并把聊天记录、转账记录截图保存。"),
    ],
    [
        ("user", "帮我写一份重疾险理赔申请说明"),
        ("assistant", "好的，请提供被保险人姓名、证件号、确诊时间和医院、保单号。"),
        (
            "user",
            "被保险人曹婉清，身份证330102197905304620，2025年10月在浙江省人民医院做了甲状腺乳头状癌根治术，保单号 P3301202300871562",
        ),
        (
            "assistant",
            "理赔申请说明：被保险人曹婉清（身份证号330102197905304620）于2025年10月经浙江省人民医院确诊甲状腺乳头状癌并行手术，现依据保单P3301202300871562申请重大疾病保险金……",
        ),
    ],
    [
        ("user", "孕32周，今天感觉胎动比平时少，要马上去医院吗"),
        ("assistant", "胎动明显减少需要尽快到医院做胎心监护，不建议等待。"),
        ("user", "好的，我在海淀妇幼建档的，名字是白露，医院说可以先打电话登记"),
        ("user", "登记电话留的是我的手机15210386627，我老公开车过去大概20分钟"),
        ("assistant", "请现在就出发，路上注意左侧卧位休息。"),
    ],
    [
        ("user", "协议离婚的时候孩子户口怎么处理"),
        ("assistant", "孩子户口可以随抚养方迁移，也可以暂不迁移，需要双方在协议中约定。"),
        (
            "user",
            "我跟老公邵文斌打算离了，女儿邵一诺今年6岁，在青岛市市南区上小学，我身份证370202199506115816……不对这个是他的",
        ),
        ("user", "反正抚养权给我，他每月出2500抚养费，这样写协议可以吗"),
        ("assistant", "可以写明抚养权归属、抚养费金额与支付方式，以及探视安排。"),
    ],
    [
        ("user", "我妈在老家看病，医保异地就医怎么备案"),
        ("assistant", "可以通过国家医保服务平台App或参保地医保经办机构办理异地就医备案。"),
        (
            "user",
            "她叫冯桂英，身份证420106195808213047，参保在武汉，现在在广州跟我住，糖尿病肾病要透析",
        ),
        ("user", "报销款打到我的卡 6225880317645209 上可以吗？户名是我，黎小军"),
        ("assistant", "一般需要打到参保人本人账户，如需代领请咨询当地医保经办机构。"),
    ],
    [
        ("user", "我想申請IVA定係破產好？卡數越滾越大"),
        (
            "assistant",
            "IVA需要大部分債權人同意，破產則由法院頒令，兩者對信貸紀錄同職業都有唔同影響。",
        ),
        ("user", "我叫李浩然，HKID XA118274(6)，做保險經紀，欠六間銀行合共七十幾萬"),
        ("assistant", "破產可能影響你持有保險中介牌照，建議先諮詢律師或財務顧問。"),
        ("user", "我住天水圍天恩邨恩澤樓2015室，收到律師信已經三封"),
    ],
    [
        ("user", "個女成日鎖埋自己喺房，手臂有𠝹痕，我好驚"),
        (
            "assistant",
            "如果有即時危險請打999；亦可聯絡18111精神健康支援熱線，或帶佢睇家庭醫生轉介。",
        ),
        ("user", "佢叫何穎琳，15歲，沙田讀中四，學校社工話懷疑係抑鬱症"),
        ("user", "我係佢媽媽 Winnie，手機 9437 2286，你可唔可以幫我預約兒童精神科？"),
        ("assistant", "我無法代你預約，但可以教你點樣經家庭醫生轉介至醫管局兒童及青少年精神科。"),
    ],
    [
        ("user", "請問中風後可以申請勞保失能給付嗎"),
        ("assistant", "需經醫院開立失能診斷書，符合失能給付標準表的項目才可申請。"),
        (
            "user",
            "我爸爸許文雄，身分證B133072652，去年八月在台中榮總中風，右側偏癱，現在住在台中市北屯區崇德路二段某巷的家裡",
        ),
        ("assistant", "可以請主治醫師開立診斷書後向勞保局申請。"),
        ("user", "他今年61，還沒退休，投保薪資45800，這樣一次金大概多少？"),
    ],
    [
        ("user", "離婚後小孩監護權可以改定嗎"),
        ("assistant", "可以，若有不利子女的情形，可向法院聲請改定監護人。"),
        ("user", "我是謝佩珊，身分證H225810495，前夫酗酒還會打小孩，小孩目前跟他住桃園"),
        ("user", "我的LINE是 peishan_h1990，社工說可以先加我討論，你覺得要準備哪些證據"),
        ("assistant", "可以準備驗傷單、家暴通報紀錄、學校或社工的訪視紀錄等。"),
    ],
    [
        (
            "system",
            "You are ClaimBuddy, the virtual assistant of a Singapore insurer. Never ask for full card numbers.",
        ),
        ("user", "hi i want to check my hospitalisation claim status"),
        ("assistant", "Sure! May I have the policy number or the insured's NRIC?"),
        (
            "user",
            "NRIC S7921603H, name Goh Boon Keat. warded at CGH for 5 days for pneumonia in Oct",
        ),
        (
            "assistant",
            "Thanks Mr Goh. Your claim is being assessed; you'll get an SMS within 5 working days.",
        ),
    ],
    [
        ("user", "My employer cancelled my work permit without telling me. Can they do that?"),
        (
            "assistant",
            "Employers can cancel a work permit, but they must settle salary and repatriation costs. You can contact MOM or MWC.",
        ),
        (
            "user",
            "i am Rahman Mia, FIN G5830271L, from bangladesh, working in tuas shipyard 4 years",
        ),
        ("user", "boss say i injure back so no more use me. MC from NTFGH still got 14 days"),
        (
            "assistant",
            "You may be eligible for work injury compensation. Please keep your MC and call MOM at 6438 5122.",
        ),
    ],
    [
        ("user", "my mum keeps mixing up her pills, any tips?"),
        (
            "assistant",
            "A weekly pill organiser and a simple medication chart usually help. What does she take?",
        ),
        (
            "user",
            "amlodipine 5mg, metformin 500mg twice a day, warfarin 3mg. Her name is Margaret O'Sullivan, 81, lives alone at 14 Carrow Road, Norwich NR1 1HS",
        ),
        (
            "user",
            "could you write a note for her GP asking for a blister pack? NHS no 485 721 3060",
        ),
        (
            "assistant",
            "Dear Doctor, I am writing on behalf of my mother, Margaret O'Sullivan (NHS no. 485 721 3060), to ask whether her medicines could be dispensed in blister packs...",
        ),
    ],
    [
        ("user", "Hi, I'm Sofia. Quick question about custody."),
        ("assistant", "Hi Sofia, happy to give general information. What's the situation?"),
        ("user", "My ex wants to move our son to Perth. He's 7, we share care 50/50."),
        (
            "assistant",
            "Relocation usually needs either the other parent's consent or a court order.",
        ),
        (
            "user",
            "ok. for the letter to my lawyer, it's Sofia Marchetti, 0412 558 903, our son is Luca Marchetti-Hughes, DOB 02/05/2018",
        ),
    ],
    [
        ("user", "Bank says I can dispute a charge from a debt collector. How?"),
        (
            "assistant",
            "Usually you call the card issuer, explain the charge and ask them to raise a chargeback.",
        ),
        ("user", "card is 4894 3711 0286 4051, name on card Kelvin Yeo Jun Hao"),
        (
            "user",
            "they took $1,280 for a loan I already settled in 2024. My phone 9810 6634 if the bank asks",
        ),
        (
            "assistant",
            "Please don't share full card numbers here. Contact your bank's hotline directly.",
        ),
    ],
    [
        ("user", "Assalamualaikum, saya nak tanya pasal ubat darah tinggi masa mengandung"),
        (
            "assistant",
            "Waalaikumussalam. Sesetengah ubat tak sesuai semasa hamil, sila rujuk doktor di klinik kesihatan.",
        ),
        (
            "user",
            "Saya Siti Khadijah binti Osman, IC 930316-03-5402, hamil 24 minggu, doktor Klinik Kesihatan Pasir Mas bagi labetalol",
        ),
        ("user", "tekanan darah saya semalam 150/100, perlu pergi hospital ke?"),
        (
            "assistant",
            "Bacaan itu tinggi. Sila ke Hospital Raja Perempuan Zainab II atau klinik terdekat hari ini.",
        ),
    ],
    [
        ("user", "Nak claim insurans hospital untuk bapa saya, apa dokumen perlu?"),
        (
            "assistant",
            "Biasanya borang tuntutan, laporan doktor, bil hospital asal dan salinan IC pesakit.",
        ),
        (
            "user",
            "Bapa saya Chong Ah Kow, IC 580209-08-5197, dimasukkan ke Hospital Raja Permaisuri Bainun Ipoh sebab serangan jantung",
        ),
        ("user", "no polisi dia 7004812265, bil semua RM 38,420.55"),
        ("assistant", "Baik, sila lampirkan dokumen tersebut bersama borang tuntutan."),
    ],
    [
        ("user", "Pekerja saya dari Indonesia, permit dah tamat. Boleh sambung lagi tak?"),
        (
            "assistant",
            "Pembaharuan PLKS bergantung pada sektor dan tempoh maksimum. Semak di portal FWCMS.",
        ),
        (
            "user",
            "Nama dia Sri Wahyuni, pasport C4821735, kerja pembantu rumah dengan saya sejak 2019",
        ),
        ("user", "dia baru disahkan TB di Hospital Sungai Buloh, masih boleh renew ke?"),
        (
            "assistant",
            "Pekerja asing dengan TB aktif biasanya tidak lulus FOMEMA sehingga dirawat.",
        ),
    ],
    [
        ("user", "macam mana nak mohon nafkah eddah dan mutaah?"),
        ("assistant", "Permohonan dibuat di Mahkamah Syariah negeri tempat tinggal anda."),
        (
            "user",
            "Saya Norhayati binti Abdullah, cerai talak tiga bulan lepas, suami Azman bin Said",
        ),
        (
            "user",
            "saya duduk No. 7, Lorong Seri Kenangan 3, Taman Seri Kenangan, 08000 Sungai Petani, Kedah. Anak tiga orang",
        ),
        (
            "assistant",
            "Sila bawa sijil cerai, salinan IC dan sijil kelahiran anak ke pejabat agama.",
        ),
    ],
    [
        ("user", "doc, my son lately very moody lah, nak cari counsellor"),
        (
            "assistant",
            "Boleh cuba kaunselor sekolah dulu, atau klinik kesihatan untuk rujukan ke pakar psikiatri kanak-kanak.",
        ),
        (
            "user",
            "he's Aiden Chin, 14, Form 2 at a school in Cheras, cakap nak bunuh diri last week",
        ),
        ("user", "WhatsApp me at 016-302 8875, name Chin Mei Fong, urgent please"),
        (
            "assistant",
            "Kalau ada risiko segera, sila bawa dia ke jabatan kecemasan atau hubungi 999.",
        ),
    ],
    [
        ("user", "我在新加坡读书, student pass, 最近 depression 很严重"),
        ("assistant", "学校一般有 counselling service，也可以打 SOS 1767。你现在安全吗？"),
        ("user", "还好. 我叫钟昊天, passport EJ5186273, 在 NUS 读 Year 2"),
        ("user", "如果我去 IMH 看病, ICA 会不会 cancel 我的 student pass? 我 FIN 是 G... 先不说了"),
        ("assistant", "就医本身通常不会导致准证被取消，你的医疗记录受保密保护。"),
    ],
    [
        (
            "system",
            "Memory: user_name=Farah Liyana binti Kamarul; condition=PCOS, trying to conceive 2 yrs; last_visit=KPJ Damansara 2026-10-14",
        ),
        ("user", "hi again, is it ok to take letrozole with my usual metformin?"),
        (
            "assistant",
            "Letrozole and metformin are often used together for PCOS, but follow your gynaecologist's instructions.",
        ),
    ],
    [
        ("user", "我阿爸中風之後要請外傭，可唔可以申請長者社區照顧服務券？"),
        ("assistant", "可以，經社會福利署安老服務統一評估機制評估後輪候。"),
        ("user", "佢叫鄧觀福，HKID C358172(A)，八十二歲，住觀塘翠屏邨翠楊樓1023室"),
        ("assistant", "建議先聯絡區內綜合家居照顧服務隊安排評估。"),
    ],
    [
        ("user", "Can my helper's visa be extended if she's pregnant?"),
        (
            "assistant",
            "In Hong Kong, pregnancy doesn't automatically affect a foreign domestic helper's visa, and dismissing her because of pregnancy is unlawful.",
        ),
        (
            "user",
            "ok, she's Jocelyn Dela Cruz, Philippine passport P4418627B, due in March. my number 5173 9402, Mrs Cheng",
        ),
        (
            "assistant",
            "Thanks. Please ensure her maternity leave and pay are handled under the Employment Ordinance.",
        ),
    ],
    [
        ("user", "ada tak bantuan untuk bayar hutang kad kredit?"),
        ("assistant", "Boleh dapatkan khidmat AKPK secara percuma."),
        (
            "user",
            "saya Raju a/l Muniandy, gaji RM3,200, hutang kad kredit RM47k, IC 790605-10-5821",
        ),
        ("user", "kalau join AKPK CCRIS saya rosak ke? nak beli rumah tahun depan"),
        (
            "assistant",
            "Penyertaan dalam PPK akan dicatat dalam CCRIS, tetapi dipadam selepas hutang selesai.",
        ),
    ],
]
