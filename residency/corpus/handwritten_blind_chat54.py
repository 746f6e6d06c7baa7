# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat54: chats on drafting wills, letters of wishes and lasting powers of attorney for oneself and parents (SG, MY, HK, CN, TW). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat54
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "will and LPA guidance"): _lines("""
        A Lasting Power of Attorney (LPA) lets you appoint one or more donees to make decisions on your behalf if you lose mental capacity.
        Under the Mental Capacity Act 2008, an LPA must be certified by an accredited medical practitioner, a practising lawyer or a registered psychiatrist.
        LPA Form 1 covers standard powers for personal welfare and property & affairs; Form 2 is for custom powers and must be drafted by a lawyer.
        A will in Singapore needs two witnesses present at the same time, and neither witness should be a beneficiary or the spouse of a beneficiary.
        A letter of wishes is not legally binding, but executors and trustees usually take it into account when exercising their discretion.
        If you die intestate in Singapore, the Intestate Succession Act decides who inherits; Muslims are governed by the Administration of Muslim Law Act instead.
        CPF savings are not covered by your will: make a separate CPF nomination at a CPF Service Centre or online with Singpass.
        Marriage revokes an earlier will in Singapore unless the will was expressly made in contemplation of that marriage.
        Tip: keep the original will somewhere your executor can find it, and register its location (not its contents) with the Wills Registry.
        An Advance Medical Directive (AMD) is not the same as an LPA; the AMD only deals with extraordinary life-sustaining treatment when you are terminally ill and unconscious.
        In Malaysia, non-Muslims make wills under the Wills Act 1959; the testator must be at least 18 and of sound mind.
        An uncontested grant of probate in Hong Kong typically takes 3 to 6 months after the application is lodged with the Probate Registry.
        For digital assets, list the platforms and say where the password manager's emergency kit is kept. Never write the passwords into the will itself.
        Residuary estate = whatever is left after debts, funeral expenses, taxes and specific gifts have been paid out.
    """),
    ("en", "clean chat requests"): _lines("""
        user: can my mum sign an LPA if she has early dementia? assistant: Possibly. What matters is whether she has capacity at the time of signing, and the certificate issuer will assess that.
        Help me write a letter of wishes to my executors explaining why I'm leaving my stamp collection to the Singapore Philatelic Museum instead of to my kids.
        Rewrite this clause in plain English: "I GIVE DEVISE AND BEQUEATH all my real and personal property whatsoever and wheresoever situate unto my Trustees upon trust..."
        pls explain difference between executor vs trustee vs donee, my lawyer keep using all 3 lol
        Draft a short, warm letter of wishes about my funeral: no flowers, simple Buddhist rites, ashes scattered at sea, donations to a hospice instead of wreaths.
        Is a handwritten will valid in Singapore? Just asking for a general understanding, not legal advice.
        What happens to an HDB flat held under joint tenancy when one owner passes away? Does it still go by the will?
        Can you make me a checklist of documents to gather before meeting a will-writer? Like insurance policies, property titles, bank accounts etc.
        Explain to my elderly parents in very simple English what "mental capacity" means in an LPA, max 5 sentences.
        My dad wants his dog Mochi looked after when he's gone. Can you draft a pet-care clause with a small cash gift for whoever takes her in?
        assistant: I can't confirm whether a particular will is valid, but generally it should be signed at the end, dated, and witnessed by two people present together.
        Summarise the pros and cons of appointing two donees to act "jointly" versus "jointly and severally".
        write a polite msg to my siblings proposing we all meet on sunday to talk about mum's LPA, not too formal, no drama pls
        Turn these bullet points into a letter of wishes: sentimental items shared fairly; family photos scanned for everyone; the piano goes to whichever grandchild actually plays it.
        We're the compliance team of a trust company: what retention period should we set for scanned wills in our document vault?
        Generate 5 sample FAQ questions for a law firm's "Wills & LPA" landing page. No real client examples please.
    """),
    ("en", "public references and institutions"): _lines("""
        Office of the Public Guardian, 512 Thomson Road, MSF Building, Singapore 298136. Counter services are by appointment only.
        Amanah Raya Berhad customer line 03-2055 7388 handles enquiries on wasiat writing and estate administration.
        Tan Tock Seng Hospital's Medical Social Work department can advise families on applying to court for deputyship.
        Shakespeare famously left his wife Anne Hathaway his "second best bed with the furniture" in his will of 1616.
        In Dickens' Bleak House, Jarndyce and Jarndyce drags on until legal costs swallow the entire estate.
        The dispute over Lee Kuan Yew's last will and the house at 38 Oxley Road was examined by a ministerial committee in 2017.
        Banks v Goodfellow (1870) LR 5 QB 549 remains the classic common-law test for testamentary capacity.
        Our One Raffles Quay office (North Tower, near Raffles Place MRT Exit B) holds will signings Mon-Fri, 9am to 6pm.
        Law Society Pro Bono Services runs free community legal clinics; call 6536 0650 during office hours to book a slot.
        The Wills Registry is administered by the Public Trustee's Office under the Ministry of Law, 100 High Street, The Treasury.
        Registered LPAs rose from 14,118 in 2019 to 26,341 in 2023, and about 61% of donors chose Form 1.
        Our Jalan Tun Razak branch closes at 4:30pm on Fridays; bring your MyKad for identity verification at the counter.
    """),
    ("en", "templates and system records"): _lines("""
        I, [FULL NAME] (NRIC No. [XXXXXXXXX]), of [ADDRESS], hereby revoke all former wills and testamentary dispositions made by me.
        I appoint {{executor_name}} of {{executor_address}} to be the sole Executor and Trustee of this my Will.
        Order WR-2025-118402 confirmed: Basic Will Package, SGD 388.00 incl. GST, 1 free revision within 12 months.
        Invoice INV-00731945 | LPA Form 1 certification | SGD 75.00 | status: PAID | 2025-11-28T10:42:17+08:00
        doc_sha256=9f3c2a7e51b0d84c6e19a2f7b3d05c8e4a61f92b7c0de3358a14f6b2d9e7c011 (will_draft_v3.pdf)
        wills-assistant v2.14.3: fixed a bug where witness signature blocks overlapped on A4 PDF exports.
        SIGNED by the above-named Testator as his last Will in the presence of us both present at the same time, who at his request have signed as witnesses: [Witness 1] [Witness 2]
        Reminder template: "Hi {first_name}, your will signing is on {date} at {time}. Please bring your original ID and both witnesses."
        Redaction rule: mask NRIC numbers to the last 4 characters before sending drafts to the offshore review team, and never paste full IDs into tickets.
        Tracking no. SPZ7703418826SG: original will couriered back to client, signature required on delivery.
        Schema fields: testator_name, testator_id_no, executor_1, executor_2, residuary_beneficiaries[], guardians[]; all required except executor_2.
    """),
    ("zh-Hans", "遗嘱与意定监护指南"): _lines("""
        根据《民法典》第一千一百三十四条，自书遗嘱由遗嘱人亲笔书写，签名，注明年、月、日。
        代书遗嘱应当有两个以上见证人在场见证，由其中一人代书，并由遗嘱人、代书人和其他见证人签名，注明年、月、日。
        打印遗嘱应当有两个以上见证人在场见证，遗嘱人和见证人应当在遗嘱每一页签名，注明年、月、日。
        立有数份遗嘱，内容相抵触的，以最后的遗嘱为准；《民法典》施行后公证遗嘱不再具有优先效力。
        意定监护是指具有完全民事行为能力的成年人，可以与近亲属或其他愿意担任监护人的个人、组织事先协商，以书面形式确定自己的监护人。
        中华遗嘱库全国服务热线：400-180-1100，登记需本人携带身份证原件提前预约。
        遗嘱中应写明财产的具体信息，例如不动产坐落、开户银行名称，但不建议写入任何密码。
        见证人不能是继承人、受遗赠人，也不能是与继承人、受遗赠人有利害关系的人。
        《红楼梦》里贾母散余资分派体己，可以看作小说中一份“口头遗嘱”的生动写照。
        北京市某公证处受理遗嘱公证，需提前在微信公众号预约，工作日 9:00-17:00 办理。
        某遗嘱库2024年度报告显示：60岁以上立遗嘱人占比约87.5%，房产是最主要的遗产类型。
        示例：立遗嘱人：【姓名】，性别：【 】，公民身份号码：【__________________】，住址：【 】。
        中山路198号这家律所提供遗嘱起草服务，收费标准为每份 1,800 元起，夫妻互遗嘱 3,000 元。
    """),
    ("zh-Hans", "对话提问（不含个人信息）"): _lines("""
        帮我写一封给子女的“心愿信”，语气温和一点，主要想表达不要为了房子吵架。
        请问意定监护协议一定要去公证处办吗？还是自己写一份就行？
        自书遗嘱和打印遗嘱哪个更不容易被认定无效？简单说说就行
        老人有轻度阿尔茨海默，还能立遗嘱吗？需要先做什么评估？
        帮我把这段话改得正式一点：“我走了以后房子给老二，存款三个孩子平分，谁照顾妈妈多就多分一点。”
        遗嘱里能不能写“我的微信零钱和支付宝余额给孙子”？虚拟财产怎么写比较规范？
        请列一个立遗嘱前需要准备的材料清单，按房产、存款、保险、股票分类。
        问一下：遗嘱见证人可以是我们楼下邻居吗？她和我们家没有亲戚关系。
        父母在国内，我在新加坡工作，怎么远程帮他们办遗嘱公证？
        给我一个“遗嘱信托”和“普通遗嘱”的对比表，三五行就够。
        助手：我无法替您判断某份遗嘱是否有效，但一般来说，打印遗嘱需要两名见证人全程在场并逐页签名。
        帮我写个家族群公告，通知大家周六下午开家庭会议商量爸妈养老和遗嘱的事，别写得太沉重。
    """),
    ("zh-Hant", "平安紙與持久授權書"): _lines("""
        根據《持久授權書條例》（第501章），持久授權書須在註冊醫生及律師見證下簽署。
        平安紙須由立遺囑人簽署，並有兩名見證人同時在場；見證人及其配偶不應為受益人。
        如果冇平安紙，遺產會按《無遺囑者遺產條例》分配，配偶同子女有優先權。
        遺產承辦處位於香港金鐘道66號金鐘道政府合署高座，查詢請先致電預約。
        法律援助署24小時熱線 2537 7677，可查詢申請資格及所需文件。
        請問「預設醫療指示」同「持久授權書」有咩分別？係咪可以一齊做？
        幫我寫封信俾啲仔女，講清楚我想樹葬，唔使搞大型喪禮，剩低啲錢捐俾動物福利機構。
        臺灣的預立醫療決定須依《病人自主權利法》先完成預立醫療照護諮商，並註記於健保卡。
        依民法第1189條，遺囑方式分為自書、公證、密封、代筆及口授五種。
        瑪麗醫院老人科可安排精神行為能力評估，收費詳情請向醫院查詢。
        範本：本人【姓名】（香港身份證號碼：【A000000(0)】），現居於【地址】，特此撤銷本人以往所訂立之一切遺囑。
        彌敦道呢間律師行做平安紙套餐 HK$2,800，包一次修改，夫婦同做有九折。
    """),
    ("ms", "wasiat dan hibah"): _lines("""
        Wasiat bagi orang Islam terhad kepada satu pertiga harta dan tidak boleh dibuat kepada waris yang sudah berhak menerima faraid.
        Hibah ialah pemberian harta semasa hidup; dokumen hibah biasanya ditandatangani di hadapan dua orang saksi.
        Boleh tak saya lantik adik sebagai wasi kalau dia tinggal di Singapura? Tanya secara umum je.
        Amanah Raya Berhad menyediakan perkhidmatan penulisan wasiat di semua cawangan; sila bawa salinan MyKad semasa temujanji.
        Tolong tulis surat hasrat ringkas untuk anak-anak: jangan bergaduh pasal tanah di kampung, bahagi ikut faraid.
        Surat Kuasa Wakil di Malaysia perlu didaftarkan di Mahkamah Tinggi jika melibatkan urus niaga tanah.
        Templat: Saya, [NAMA PENUH], No. K/P [______-__-____], beralamat di [ALAMAT], dengan ini membatalkan semua wasiat terdahulu.
        Unit Pembahagian Pusaka menguruskan pusaka kecil tanpa wasiat yang bernilai tidak melebihi RM5 juta.
        Cawangan Jalan Tun Ismail ditutup pada 20 Oktober sempena cuti umum Deepavali.
        Apa beza wasi dengan pentadbir harta pusaka? Terangkan dalam bahasa mudah.
        Yuran penulisan wasiat asas: RM350, termasuk simpanan dokumen asal sepanjang hayat.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        My mum Lim Soo Hwa, NRIC S0948271G, wants to make an LPA naming me and my brother Lim Wei Jie as donees. How do we start?
        Will draft v2. Testator: Rajesh s/o Murugan, NRIC S7812046J, of Blk 412 Bedok North Ave 2 #09-137 Singapore 460412.
        To my executors: my son Daniel Koh has struggled with gambling debts, so please release his share in yearly instalments, not a lump sum. Koh Chee Meng, 14 Nov 2025
        Dad (Mr Tan Ah Kow, 81) was diagnosed with vascular dementia at Changi General last month; the doctor says he may still have capacity for the LPA if we do it soon.
        Pls update the will of Mdm Ng Bee Lian: new address 27 Jalan Kembangan, Singapore 419143, mobile 9735 2816.
        Please pay the residue into my daughter Priya Nair's DBS savings account 027-441863-5.
        Witness 2: Farah binte Osman, FIN G6118250R, staff nurse, 88 Serangoon Ave 3 #04-21 Singapore 556112.
        Me (Alvin Seah, 52) and my wife Siew Ling (49) want mirror wills; our only property is the condo at 18 Jervois Road #11-03 and we earn about $14k a month combined.
        Certificate issuer's note: donor Jasmine Chua, T0234517F, on outpatient follow-up at IMH for bipolar disorder; capacity confirmed 03/12/2025.
        Hi this is Bernard Yeo, WhatsApp me at +65 8216 4093 re my father's will, he passed on 2 Dec and we can't find the original.
        Executor: Wong Kwok Leung, HKID K618340(9), Flat C, 15/F, Block 3, Lei King Wan, Sai Wan Ho, Hong Kong.
        Hibah for my wife Nurul Aini binti Hashim, she's at Lot 2247 Kampung Sungai Penchala, 60000 Kuala Lumpur, tel 012-338 6104.
        For the overseas notarisation: my mother Goh Mei Ling, passport E4472910K, DOB 09/05/1957.
    """),
    "zh-Hans": _lines("""
        立遗嘱人：郑桂芳，女，1952年3月14日出生，身份证号440306195203141727，住深圳市宝安区新安街道翻身路48号2栋502。
        我妈周玉梅今年77了，去年在华山医院确诊帕金森，想趁现在还清醒把意定监护人定成我，我叫周斌。
        帮我看看这句：“我名下工商银行卡 6217003310078259417 内存款由长子刘建国继承。”写法有没有问题？
        我爸冯德胜 11010519550822161X，户口在北京朝阳，遗嘱公证需要他本人到场吗？
        立遗嘱人钱秀英（31010419481107302X）：沪(2018)徐汇区不动产权第012873号房产归次女钱佩华所有。
        老公在外面欠了小贷二十多万，我想立个遗嘱把房子直接留给女儿，不给他。他叫孙志伟，我们还没离婚。
        见证人找好了，是我表哥何俊，电话 139 2847 6150，微信 hejun_sz88。
        代书遗嘱见证人：罗晓燕，身份证320508198704120043，苏州市姑苏区干将西路1288号3幢1102室。
        我爸邱国强63岁，月退休金8600，两套房都在青岛市北区，他说要全部留给我弟，我能争吗？
        遗赠扶养协议乙方：唐丽，护工，手机+86 151 0372 9486，负责照顾甲方唐德明生养死葬。
    """),
    "zh-Hant": _lines("""
        我阿爸陳志強 Y305721(4) 想做持久授權書，佢而家住喺葵涌邨碧葵樓2318室，醫生話佢有早期認知障礙。
        平安紙：本人梁美玲（R296431(6)）將九龍城太子道西328號8樓B室之業權留予女兒吳嘉欣。
        嫲嫲叫何秀英，WhatsApp 係 6138 2074，想問下喺老人院點樣搵律師上嚟簽平安紙。
        立遺囑人林淑貞，身分證字號E204596139，住高雄市苓雅區四維三路120號9樓之2。
        我爸黃振興（F120873452）去年中風後住在板橋的安養中心，我們想幫他聲請輔助宣告，我是女兒黃怡君，LINE：yijun0623。
        持久授權書受權人：梁嘉欣 Leung Ka Yan，電話 9426 1853，電郵 kayanleung.hk@outlook.com。
    """),
    "ms": _lines("""
        Wasiat ni untuk ayah saya, Haji Ismail bin Abdullah, No. K/P 520713-08-5127, No. 14 Jalan Dato Onn Jaafar, Taman Bukit Merah, 34400 Simpang Empat, Perak.
        Mak saya Puan Lee Ah Moi (491130-07-5288) nak buat hibah rumah di Bayan Lepas kepada cucu dia, boleh tolong draf?
        Saksi kedua: Encik Azlan bin Rosli, 012-774 3058, azlan.rosli@yahoo.com.my
        Abang saya Mohd Faizal bin Kamarudin tengah buat dialisis di Hospital Kuala Lumpur, jadi ayah nak tambah bahagian dia dalam surat hasrat.
        Akaun Maybank 1642 0388 7215 atas nama Siti Hajar binti Yusof, tolong masukkan dalam senarai aset wasiat.
        Kereta Perodua Myvi plat WXQ 4827 milik arwah suami saya Ahmad Zaki bin Hamid, macam mana nak tukar nama lepas faraid?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "how do i do an LPA for my mum, she's 74"),
        (
            "assistant",
            "You can fill in LPA Form 1 online via the OPG portal with her Singpass, then book a certificate issuer to witness her signing.",
        ),
        ("user", "ok her details: Tan Siew Kim, S1572384Z"),
        (
            "user",
            "address Blk 231 Ang Mo Kio Ave 3 #07-1142 S560231, can you prefill the donor section for me",
        ),
    ],
    [
        (
            "system",
            "You are WillWise, a drafting assistant for a Singapore will-writing service. Do not give legal advice.",
        ),
        ("user", "Can you check the wording of my draft? Pasting it below."),
        (
            "user",
            "THIS IS THE LAST WILL of me, Harjit Singh s/o Gurdev Singh (NRIC S2846103H) of 9 Jalan Bunga Rampai, Singapore 538409. 1. I appoint my wife Manpreet Kaur as sole executrix. 2. I give my Toyota Alphard SLD 8823K to my son Arjun.",
        ),
        (
            "assistant",
            "The structure is fine. Consider adding a substitute executor in case your wife cannot act.",
        ),
    ],
    [
        ("user", "自书遗嘱有固定格式吗"),
        (
            "assistant",
            "没有强制格式，但需全文亲笔书写、签名并注明年月日。建议写明身份信息、财产明细、继承人和遗嘱执行人。",
        ),
        ("user", "我照着写了，你帮我看看有没有漏的"),
        (
            "user",
            "遗嘱 立遗嘱人韩立新，男，身份证37020219570306401X，住青岛市市南区东海西路15号3单元601。本人名下上述房产由儿子韩旭继承，存款由妻子王淑英继承。2025年12月1日",
        ),
    ],
    [
        ("user", "帮我妈咨询意定监护，先给你她身份证号"),
        ("user", "44010619490215"),
        ("user", "3625"),
        (
            "assistant",
            "请不要在对话中发送完整身份证号码。一般流程是先和监护人签书面协议，再到公证处办理。",
        ),
        ("user", "好的。她叫黎秀珍，住广州越秀，去年中过一次风，说话还清楚"),
    ],
    [
        ("user", "想幫阿爸寫封 letter of wishes，講佢身後事點搞"),
        ("assistant", "可以，請講下佢對喪禮、骨灰安排同遺物分配有咩想法。"),
        ("user", "佢想海葬，唔要打齋，啲錶留俾孫仔"),
        ("user", "佢叫區永康，而家喺將軍澳醫院ICU，肺癌末期，我哋想趁佢仲醒嘅時候讀俾佢聽"),
    ],
    [
        ("user", "Saya nak buat wasiat untuk harta yang bukan faraid, boleh ke?"),
        (
            "assistant",
            "Boleh, tetapi wasiat terhad kepada satu pertiga harta dan bukan untuk waris faraid. Hibah juga satu pilihan.",
        ),
        ("user", "Ok. Nama saya Nor Azizah binti Kamal, IC 850416-14-6332"),
        (
            "user",
            "Saya nak bagi rumah di Taman Melawati, Jalan H4, No 22 kepada anak angkat saya Aina",
        ),
    ],
    [
        (
            "user",
            "Write a letter of wishes from me to my two kids, Mei and Jun, about looking after their mother.",
        ),
        (
            "assistant",
            "Dear Mei and Jun, when you read this I will no longer be with you. Please make sure Mummy is never alone on weekends, and keep the flat at Tampines St 81 for as long as she wants it. With all my love, Dad (Lawrence Ong Kah Seng)",
        ),
        ("user", "good, add that mum has diabetes and needs someone to check her insulin"),
    ],
    [
        ("user", "My father wants an enduring power of attorney in HK. Do we need a solicitor?"),
        (
            "assistant",
            "Yes, an EPA in Hong Kong has to be signed before a registered medical practitioner and a solicitor.",
        ),
        ("user", "OK. He's Lau Chi Keung, 84"),
        (
            "user",
            "HKID P770152(0), lives Flat 1207, Wah Fu Estate Wah Kwai House, I'm his daughter Lau Wing Sze 9318 6642",
        ),
    ],
    [
        ("user", "I'd like to pay for the Premium Will + LPA bundle"),
        (
            "assistant",
            "Sure, that's SGD 588. You can pay by card here in chat or by PayNow to our UEN.",
        ),
        ("user", "card 4214 8800 3719 5624 exp 08/28 name on card WONG SHU FEN"),
    ],
    [
        ("user", "意定监护人一定要是亲属吗？"),
        ("assistant", "不一定，可以是其他愿意担任监护人的个人或组织，只要双方书面协商一致。"),
        (
            "user",
            "那太好了。我叫许嘉言，身份证330106198802147829，我和伴侣陈默在一起十二年了，但家里不认可我们的关系，我想指定她做我的意定监护人",
        ),
    ],
    [
        ("user", "Can I leave one of my children out of my will completely?"),
        (
            "assistant",
            "Generally yes in Singapore, though a dependant may apply under the Inheritance (Family Provision) Act. It helps to record your reasons.",
        ),
        (
            "user",
            "ok so the reason: my son Marcus Lee Jun Hao has been in prison since 2021 for drug trafficking and has threatened his sister. I'm Lee Kok Wah, S0812657G.",
        ),
    ],
    [
        ("user", "boleh tolong check wasiat ni ok tak, saya copy paste"),
        (
            "user",
            "SAYA, TAN BOON CHYE (No. K/P 430519-07-5213), beralamat di 58 Lorong Kulit, 10460 Pulau Pinang, melantik anak saya Tan Li Ping sebagai wasi. Semua saham Public Bank saya diberikan kepada cucu saya Tan Yi Xuan.",
        ),
        (
            "assistant",
            "Secara umum struktur sudah lengkap; pastikan ditandatangani di hadapan dua saksi yang bukan benefisiari.",
        ),
    ],
    [
        ("user", "預立醫療決定要帶什麼去醫院諮商？"),
        ("assistant", "需要本人身分證、健保卡，並至少一位二親等內親屬陪同。"),
        (
            "user",
            "好的，我阿嬤陳阿桃（D220753188）住臺南市東區長榮路二段88號，我是孫女，手機0932-615-408，想幫她約下個月的諮商門診。",
        ),
    ],
    [
        (
            "system",
            'User profile: {"name": "Rachel Teo Hui Min", "email": "rachel.teohm@gmail.com", "mobile": "+65 9062 4471", "plan": "Family Wills"}',
        ),
        ("user", "What's the difference between an executor and a trustee?"),
        (
            "assistant",
            "An executor gathers and distributes the estate after death; a trustee holds assets on trust over time, e.g. for minor children.",
        ),
    ],
    [
        ("user", "帮我预约遗嘱登记，我爸下周二有空"),
        ("assistant", "好的，请提供联系人姓名和手机号，工作人员会回电确认。"),
        ("user", "联系人崔海燕 电话138"),
        ("user", "2716 0935"),
    ],
    [
        ("user", "I want to leave something to our helper in my will, is that allowed?"),
        ("assistant", "Yes, you can leave a specific gift to anyone, including a domestic helper."),
        (
            "user",
            "Great. Gift clause: I give SGD 20,000 to Maricel Dela Cruz Santos (FIN F2290374T) who has cared for my mother for 11 years.",
        ),
    ],
    [
        ("user", "Help me list digital assets for my letter of wishes"),
        (
            "assistant",
            "Sure. Typical items are email, cloud storage, crypto wallets, social media and loyalty points.",
        ),
        (
            "user",
            "mine: gmail daniel.tay1979@gmail.com, iCloud same, Coinhako acct under Daniel Tay Wei Ming, Facebook to be memorialised. Seed phrase is in the safe at home, 33 Siglap Hill.",
        ),
    ],
    [
        ("system", "你是律所的文书助理，请把客户资料整理成遗嘱起草备忘。"),
        (
            "user",
            "客户信息表：姓名 邓美凤；性别 女；出生 1942-10-19；身份证 120103194210193024；住址 天津市河西区友谊路南园里4号楼；既往病史 2型糖尿病、轻度认知障碍；子女 二人",
        ),
        ("assistant", "已整理：客户为高龄女性，建议起草前安排民事行为能力评估并全程录像。"),
    ],
    [
        ("user", "We have two kids aged 6 and 9. How do we appoint a guardian in our wills?"),
        (
            "assistant",
            "You can name a testamentary guardian in each will. It's wise to ask the person first.",
        ),
        (
            "user",
            "We've asked my sister Melissa Chong, she lives at 9 Jalan Ampas #03-02, her number is 9188 2047. Can you write the clause?",
        ),
    ],
    [
        ("user", "帮我 mum 写 LPA，她只会讲华语"),
        ("assistant", "可以用 OPG 的中文说明。请问她想委任谁做代理人（donee）？"),
        (
            "user",
            "委任我和我姐，我妈叫 Ong Lay Hoon 王丽云，NRIC S1269043F，住 Jurong West St 52 Blk 528 #11-205",
        ),
    ],
    [
        ("user", "I need to get my affairs in order quickly."),
        (
            "assistant",
            "I'm sorry to hear that. Shall we start with a simple will covering your main assets?",
        ),
        (
            "user",
            "Yes. I'm Victor Ho Kin Wai, 58, just diagnosed with stage 3 colon cancer at NCCS. I own a 3-room flat in Clementi and about $210k in my POSB account.",
        ),
    ],
    [
        ("user", "Nak tanya pasal penamaan takaful untuk hibah"),
        (
            "assistant",
            "Penama dalam sijil takaful boleh menerima manfaat sebagai hibah jika dinyatakan begitu.",
        ),
        (
            "user",
            "Sijil no TKF-88120457, peserta Rosnah binti Daud, penama anak saya Muhammad Irfan bin Zulkifli",
        ),
        ("user", "Telefon saya 019-552 7183 kalau ejen nak call"),
    ],
    [
        ("user", "可唔可以幫我寫封信俾我細佬，講我平安紙點解冇留嘢俾佢"),
        ("assistant", "可以，你想語氣平和定係直接啲？"),
        (
            "user",
            "平和啲。佢叫麥家輝，住屯門兆康苑兆麟閣 16樓F室，我哋十年冇講過嘢，因為佢呃咗阿媽啲積蓄去賭",
        ),
    ],
    [
        (
            "system",
            "You help accredited medical practitioners write LPA certificate issuer notes. Keep it factual.",
        ),
        (
            "user",
            "Patient: Mdm Siti Zubaidah bte Mohd Noor, 79, NRIC S0375518E. MMSE 22/30, mild Alzheimer's. Understood nature of LPA and named donee (son). Please write it up.",
        ),
        (
            "assistant",
            "Certificate issuer note: I assessed Mdm Siti Zubaidah bte Mohd Noor on the date stated. Despite a diagnosis of mild Alzheimer's disease (MMSE 22/30), she understood the purpose and effect of the LPA.",
        ),
    ],
    [
        ("user", "我爸想在遗嘱里把车也写进去"),
        ("assistant", "可以写明车辆品牌型号、车牌号和登记证书编号。"),
        ("user", "车是我爸杜建平的，粤B·7K2Q9，比亚迪汉，他说留给我表弟杜磊"),
    ],
]
