# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat93: chats asking an assistant for help with one's own car accident or insurance claim. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat93
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "claim how-to chat"): _lines("""
        User: Someone rear-ended me at a red light this morning, nobody hurt, the other driver admitted it was his fault. What should I do in the next 24 hours? Assistant: Photograph both cars and the scene, exchange details, make a police report if your country requires one, and notify your insurer even if you plan to claim from the other side.
        User: what's the difference between an own damage claim and a third party claim? Assistant: An own damage claim goes to your own insurer under a comprehensive policy and may affect your no-claim discount; a third party claim is made against the at-fault driver's insurer and normally leaves your NCD intact.
        User: is it normal for the insurer to insist I use a panel workshop? Assistant: Many motor policies require or strongly encourage panel workshops; a non-panel one may need prior approval or may limit what is reimbursed, so check the workshop clause in your schedule.
        User: How long do I have to lodge a police report after an accident in Malaysia? Assistant: The report is expected within 24 hours of the accident; insurers also ask for a copy of it together with the claim form.
        User: the adjuster says my car is "beyond economical repair", what does that mean? Assistant: The estimated repair cost is too high compared with the car's market value, so the insurer proposes to pay out the sum insured or market value instead of repairing it, less any excess.
        User: Do I need a medical report to claim for whiplash from the other driver's insurer? Assistant: Yes, a bodily injury claim is normally supported by a medical report, treatment receipts and sick leave certificates; a lawyer often handles it because the amounts are negotiated.
        User: can I still claim if I didn't call the police at the scene in Singapore? Assistant: Under the Motor Claims Framework you report the accident to your insurer within 24 hours or by the next working day; a police report is only needed in certain cases, such as injuries or a government vehicle being involved.
        User: What does "excess" mean on my motor policy and who pays it if the other guy is at fault? Assistant: Excess is the first part of an own damage claim that you bear yourself; if the other driver is found liable you can usually recover it from their insurer.
        User: explain knock-for-knock in simple words please. Assistant: Each insurer pays for its own customer's damage regardless of who caused the accident, which speeds things up; whether your NCD is protected still depends on fault.
        User: what photos should I take after a minor collision? Assistant: Wide shots showing both cars and the road markings, close-ups of every damaged area, both number plates, skid marks or debris, the traffic lights, and the lighting and weather.
        User: the workshop quote lists "OEM" and "recond" parts, which one will insurance pay for? Assistant: Policies differ; many pay for original parts on newer cars but allow reconditioned or non-original parts on older ones, so get the adjuster's answer in writing before repairs start.
        User: my insurer offered a cash settlement instead of repairing, should I accept? Assistant: Compare the offer with two independent workshop quotes and check whether it includes loss of use; you can negotiate and do not have to accept on the spot.
        User: if my car was hit while parked and the driver just left, can I still claim? Assistant: Usually yes, as an own damage claim; report the hit-and-run to the police, collect any CCTV or dashcam footage, and ask whether your policy protects the NCD in that case.
        User: Can passengers in my car claim against my insurance if I caused the crash? Assistant: In most markets passengers can claim for bodily injury against the driver's third-party cover; check the legal liability to passengers extension in your policy.
        User: what is loss of use and how is it calculated? Assistant: It compensates you for being without your car during repairs, usually a daily amount based on the car class and a reasonable repair period, sometimes capped by the insurer.
        User: how does the no claim discount drop after an at-fault claim? Assistant: Most insurers reset it to zero or step it down by a fixed number of levels; the exact table is in your policy wording.
    """),
    ("en", "template request"): _lines("""
        Draft a short email to my insurer notifying them of an accident on [date] at [location], policy number [policy no.], and asking which documents they need. Keep it polite.
        Write a letter of demand template to a third-party insurer for repair costs of RM [amount], with placeholders for both vehicle numbers and the police report number.
        Give me a checklist of documents to bring to the workshop for a claim: IC copy, driving licence copy, police report, photos, policy schedule, anything else?
        Can you make a table with columns Date | Workshop | Item | Amount | Paid by, for tracking my accident repair costs? Leave the rows empty.
        Template please: "Dear Sir/Madam, I refer to the accident on ____ involving vehicle ____ ..." finish it as a third party property damage claim.
        Write a witness statement form with blank fields: Name, Contact number, What you saw, Time, Signature.
        Help me write a neutral statement of facts for the accident report form without admitting fault. Use [my car] and [other car] as placeholders.
        Fill-in template for a Singapore accident report to the insurer: Vehicle No: <VEH_NO>, Driver NRIC: <NRIC>, Date/Time: <DATETIME>, Location: <LOCATION>, Description: <DESC>.
        Draft a follow-up email asking the adjuster for an update on claim reference {claim_ref}, submitted on {submit_date}, with a polite deadline of 14 days.
        Make a WhatsApp message template I can send to the other driver asking for their insurer and policy number, leave [Name] blank.
        Give me an appeal letter template against a rejected windscreen claim, with placeholders for the policy number and the date of loss.
        I need a simple diary template to record pain levels and physio sessions after a car accident, for my injury claim.
        Write a sample reply to an insurer that asked me to sign a discharge voucher, saying I need time to review it with my lawyer first.
        Create a JSON schema for an accident claim intake form with fields claimant_name, ic_number, vehicle_no, date_of_loss, description; no sample values please.
    """),
    ("en", "reference numbers"): _lines("""
        User: the insurer SMS says claim ref CLM-MY-2024-0883172 is "pending adjuster", how long does that stage take? Assistant: Appointing the adjuster and inspecting the car usually takes one to two weeks; you can ask the insurer which adjusting firm holds that reference.
        Policy no. PMC/24/KL/00193847 - which part of this format is the branch code? Just curious how insurers number their policies.
        User: workshop invoice INV-20241107-0452 shows SST 8% on labour RM 1,240.00, is SST charged on parts too? Assistant: It depends on the workshop's registration and the item; ask them for an itemised tax invoice.
        User: I posted the original repair receipts to the insurer, tracking ER482177306MY, how do I check delivery? Assistant: Enter the tracking number on the courier's tracking page; the MY suffix shows it was lodged in Malaysia.
        User: Part number 52119-0K921 for a Hilux front bumper cover, is it the same for the facelift? Assistant: Facelift models often change the bumper part number, so confirm with the parts counter using the model code before ordering.
        User: what does "Ref: GIA/AR/2024/118234" on my accident report receipt mean? Assistant: It is the reference the reporting centre gave your report; quote it whenever your insurer or the other insurer asks.
        Ticket #SR-77120493 on the insurer's claim portal keeps showing "document incomplete", which documents are usually missing at that stage?
        User: the claim form asks for the date of loss in DD/MM/YYYY, is 03/11/2024 right for 3 November? Assistant: Yes, 03/11/2024 is 3 November 2024 in that format.
        User: where do I find the engine number for the claim form on a Myvi 1.5 AV? Assistant: It is printed on the vehicle registration certificate and stamped on the engine block; the adjuster compares the two.
        User: the quotation shows labour 14.5 hours at RM 65/hr and paint for 3 panels, is that reasonable for a rear bumper and boot lid? Assistant: It is within the usual range for that job; ask whether the paint includes blending into the adjacent panels.
        User: BMW X5 vs Mazda CX-5, which one has cheaper insurance after an accident claim? Assistant: Premiums depend on the sum insured, repair cost group and your NCD, so the CX-5 is usually cheaper but get quotes for both.
    """),
    ("en", "public figures and fiction"): _lines("""
        User: what happened in Donoghue v Stevenson and why does it matter for car accident claims? Assistant: The 1932 House of Lords decision set out the modern duty of care in negligence; road accident claims still rest on that neighbour principle.
        User: who was Ralph Nader and what did "Unsafe at Any Speed" change? Assistant: His 1965 book attacked the car industry's safety record and helped bring about the 1966 US federal motor vehicle safety law.
        User: Was Niki Lauda's 1976 Nurburgring crash the reason Formula One stopped racing on the Nordschleife? Assistant: Largely yes; the circuit was already considered too dangerous and the crash ended its use for Formula One.
        User: In The Great Gatsby, who was actually driving the car that hit Myrtle Wilson? Assistant: Daisy was driving Gatsby's yellow car, but Gatsby let everyone believe he had been at the wheel.
        User: why is Nils Bohlin's three-point seat belt for Volvo such a big deal? Assistant: He designed it in 1959 and Volvo made the patent freely available, so it became standard across the industry and has saved many lives.
        Mr Toad in The Wind in the Willows wrecks several motor-cars. Write a funny claim letter from Toad to his insurer in Kenneth Grahame's style.
        User: how did Ayrton Senna's death at Imola in 1994 change Formula One safety? Assistant: It led to higher cockpit sides, crash structure rules, circuit changes and eventually the work that produced the HANS device and the halo.
        User: Tun Dr Mahathir launched the Proton Saga in 1985, right? Was it ever crash tested by ASEAN NCAP? Assistant: Yes, he launched it as prime minister; ASEAN NCAP only began in 2011, so the original Saga was never tested by it.
    """),
    ("zh-Hans", "理赔咨询"): _lines("""
        用户：追尾了前车，我全责，交强险和商业险分别赔哪些？ 助手：交强险在限额内赔对方的人身伤亡和财产损失，超出部分由商业三者险赔，你自己车的损失走车损险。
        用户：单方事故撞了护栏需要报警吗？还是直接打95518报案就行？ 助手：撞坏路产一般要报122，由交警出具证明，同时向保险公司报案，路产赔偿也可以走三者险。
        快处快赔是什么流程？两车轻微刮擦没人受伤，是不是拍完照就可以撤离？
        帮我写一份交通事故情况说明的模板，时间、地点、车牌号、当事人都用【】留空。
        用户：定损员给的定损单比4S店报价低很多，差价可以要求保险公司补吗？ 助手：可以要求复勘或核价，提供4S店的维修清单和配件价格，协商不成可以向金融监管部门投诉或起诉。
        我的报案号是 RDAA2024440100000387126，保险公司说要等定损，一般几天能出结果？
        用户：对方全责但一直拖着不去报案，我可以直接找对方保险公司吗？ 助手：可以尝试，也可以用自己车损险的“代位求偿”，由你的保险公司先赔，再向对方追偿。
        用户：误工费怎么算？我是自由职业，没有工资条。 助手：可以用近三年的平均收入证明，无法证明的，参照受诉法院所在地相同或相近行业上一年度职工的平均工资计算。
        交通事故伤残鉴定一般在治疗终结后多久做？要准备什么材料？
        事故认定书上写的是“同等责任”，那两边的维修费是不是各出一半？
        车险第二年涨价多少算正常？出了两次险，平安给的续保报价上浮了很多。
        用户：4S店说可以“保险直赔”，让我签一份授权书，有没有风险？ 助手：授权书一般是让保险公司把赔款直接付给修理厂，签之前确认金额和维修项目，并保留一份复印件。
        用大白话解释一下“代位求偿”、“推定全损”、“免赔额”这几个词。
        用户：交管12123上面的“事故快处”是官方的吗？ 助手：是的，交管12123是公安交通管理部门的官方App，轻微事故可以在线快处，上传照片后等待定责。
        写一个 Python 函数，检查车险理赔材料清单是否齐全，输入是材料名称的列表，不要用真实数据。
    """),
    ("zh-Hant", "理賠諮詢"): _lines("""
        用戶：香港撞車之後，第三者保險公司大概幾耐會聯絡我？ 助手：通常一至兩星期內會有理算師聯絡你，你亦可以主動透過自己保險公司提交索償。
        想問一下，台灣車禍後要先申請「道路交通事故初步分析研判表」還是直接找保險公司？
        請幫我寫一份車禍和解書範本，甲方乙方姓名、身分證字號、車號都用○○○留空。
        用戶：強制險的傷害醫療給付上限是多少？ 助手：每一個人傷害醫療費用的上限是新台幣20萬元，失能最高200萬元，死亡給付200萬元。
        香港嘅汽車保險局（MIB）係做乜嘅？撞車對方冇買保險點算？
        用戶：修車廠說要先付鈑金費，保險公司之後才理賠，這樣正常嗎？ 助手：如果是自己車體險，常見做法是保險公司直接付給合作修車廠；要你先墊付的話，記得索取發票與估價單。
        車禍鑑定會通常要等多久？申請鑑定要準備哪些文件？
        用戶：肇事逃逸找不到對方，可以申請特別補償基金嗎？ 助手：可以，財團法人汽車交通事故特別補償基金會處理肇事車輛無法查究的情形，需要警方報案紀錄與醫療證明。
        香港交通意外之後嘅警方「交通意外報告」同保險索償有咩關係？
        用戶：公立醫院的醫療報告要點申請？要幾耐？ 助手：可以向醫院病人資源中心遞交申請表並繳費，一般需時數星期，律師代為申請亦可以。
        保單號碼 MV-HK-23-0061529 上面寫「自負額 HK$5,000」，年輕司機再加 HK$5,000，即係點計？
        請用表格整理台灣車禍後的處理流程：現場、報案、就醫、鑑定、調解、理賠，不要放任何個人資料。
        用戶：第三者保險同綜合保險喺撞車索償上最大分別係咩？ 助手：第三者保險只賠你對其他人造成嘅損失，自己架車嘅損失要綜合保險先賠。
        鄉鎮市調解委員會調解車禍要收費嗎？調解成立之後還可以再告嗎？
    """),
    ("ms", "soalan tuntutan"): _lines("""
        Pengguna: Macam mana nak buat tuntutan OD-KfK kalau kereta saya dilanggar dari belakang? Pembantu: Maklumkan syarikat insurans anda secepat mungkin, hantar kereta ke bengkel panel, dan sertakan laporan polis serta gambar kerosakan.
        Berapa lama tempoh untuk buat laporan polis selepas kemalangan jalan raya? Saya terlupa nak buat semalam.
        Tolong buatkan templat surat tuntutan pihak ketiga kepada syarikat insurans, tinggalkan ruang kosong untuk nombor kenderaan dan nombor laporan polis.
        Pengguna: Apa beza bengkel panel dengan bengkel bukan panel? Pembantu: Bengkel panel dilantik oleh syarikat insurans dan kosnya dibayar terus; bengkel bukan panel mungkin perlukan kelulusan awal dan anda mungkin perlu bayar dahulu.
        Pengguna: NCD saya hilang tak kalau tuntut cermin depan je? Pembantu: Biasanya tuntutan di bawah perlindungan cermin tidak menjejaskan NCD, tetapi semak jadual polisi anda.
        Kalau kemalangan masa balik kampung raya dan kereta tersadai di lebuh raya, khidmat tunda percuma ada ke dalam polisi biasa?
        Pengguna: PIAM tu apa? Pembantu: Persatuan Insurans Am Malaysia, badan yang mewakili syarikat insurans am di Malaysia.
        Senaraikan dokumen untuk tuntutan kecederaan diri selepas kemalangan: laporan perubatan, resit, sijil cuti sakit, laporan polis, keputusan siasatan.
        Pengguna: Tuntutan ditolak sebab lesen memandu dah tamat tempoh, boleh rayu ke? Pembantu: Boleh buat rayuan bertulis kepada syarikat insurans; jika tidak puas hati, aduan boleh dibawa ke Ombudsman Perkhidmatan Kewangan (OFS).
        Pengguna: Berapa lama nak dapat keputusan siasatan polis untuk kes kemalangan? Pembantu: Biasanya beberapa minggu; pegawai penyiasat akan memaklumkan bila anda boleh datang ambil keputusan kes.
        Nombor rujukan tuntutan saya CLM/TKF/2024/004417, bila boleh semak status dalam aplikasi?
        Pengguna: Apa maksud kesalahan di bawah Seksyen 79(2) APJ 1987? Pembantu: Ia berkaitan kesalahan tidak mematuhi lampu isyarat atau tanda lalu lintas.
        Buatkan jadual ringkas kos baiki kereta: Bahagian | Kos (RM) | Status, tanpa sebarang nama.
        Pengguna: Perlu ke lantik peguam untuk tuntutan kecederaan kecil? Pembantu: Tidak wajib, tetapi peguam membantu menilai jumlah pampasan dan berunding dengan syarikat insurans.
        Tulis mesej WhatsApp sopan kepada bengkel bertanya bila kereta siap, guna [Nama Bengkel] dan [Nombor Kereta].
    """),
    ("mixed", "code-switch chat"): _lines("""
        User: bro my car kena langgar kat traffic light, the other side nak settle cash RM800, should I accept atau claim insurance? Assistant: Get a workshop quote first; if the repair costs more than RM800, a third party claim is safer, and any cash deal should be in writing.
        我的车在 Shah Alam 被撞了，对方说 claim 他的 insurance 就好，我还需要做 police report 吗？
        User: 撞車之後 insurance company 話要 adjuster 嚟睇車，咁我可唔可以住先拎車去修？ Assistant: 最好等 adjuster 睇完先修，否則有機會被拒賠或者減賠。
        Can you translate this into Malay: "I was not at fault, the other vehicle failed to stop at the junction."
        我被追撞，對方保險 claim 要多久？ Taiwan 有沒有像 subrogation 那樣的代位求償？
        User: workshop kata part belakang kena tunggu 3 minggu dari Japan, loss of use boleh claim tak? Assistant: Boleh, jika tuntutan pihak ketiga; simpan surat bengkel tentang kelewatan alat ganti sebagai bukti.
        老婆开车 kena langgar, 她没事 tapi kereta teruk, polisi atas nama saya, boleh dia pergi buat report sendiri?
        How to say 定损 and 推定全损 in English for my email to the UK insurer?
        User: lepas accident klinik bagi MC 3 hari, boleh claim gaji hilang dari pihak ketiga ke? Assistant: Boleh dimasukkan sebagai loss of earnings dalam tuntutan kecederaan, dengan slip gaji dan MC sebagai bukti.
        点样 request 香港警方嘅 traffic accident report copy？要填咩 form？
        Explain in Chinese and English: what is subrogation 代位求偿 in a motor claim?
        User: 理想 L7 同 问界 M7 边架 repair cost 高啲？insurance premium 差几多？ Assistant: 两者都有大量电子部件，碰撞后维修成本偏高，保费要以保险公司报价为准。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Please fix my grammar before I send to the insurer: "On 14/10/2024 about 7.45pm my car WVK 5821 (Honda City) was hit from behind by lorry at Jalan Ipoh, the lorry driver Muthu a/l Rajendran IC 780215-07-5391 admit his fault at the scene."
        Claim form details - Name: LEONG WEI MING | NRIC: S8734215H | Mobile: 9127 4408 | Vehicle: SLK 4472 U | Date of accident: 19/11/2024. Which section do I put the other driver's details in?
        Can you write to the other driver's insurer? He's Daniel Koh Jun Hao, +65 8263 1057, he reversed into my parked car at the Tampines Ave 5 multi-storey carpark on 2 Nov and admitted it on WhatsApp.
        make this sound professional pls: "hi this is Priya d/o Suppiah, my physio for the whiplash from the accident is 3x a week at the Bangsar clinic, used 11 days MC already, pls reimburse asap"
        Summarise this for my insurer in plain English: "Pt: Nur Aina binti Kamarul, 26F, MVA 12/09/2024, closed # distal R radius, ORIF done 13/09, MC 30 days, review 6/52"
        Write a short email asking the insurer to pay the settlement into my account: Maybank 1141 2233 5567, account name CHRISTOPHER DE SOUZA, claim ref CLM-24-55810.
        The workshop says I must pay the RM400 excess first and wants my card details by email: 4557 0218 3346 2018 exp 09/27. Is it safe to send it like that or should I pay at the counter?
        My mum, Mdm Lim Geok Hoon, 71, was in the passenger seat when we got T-boned at the Jurong junction; she fractured her wrist and can't cook or shower alone now. What can she claim for pain and suffering and home help?
        the guy who hit me keeps posting on his FB (facebook.com/ahseng.vellfire88) that he'll "fight my claim until I give up", can I screenshot it as evidence for the insurer?
        Parse this into CSV with columns date,name,email,status: 2024-11-03 10:22 claimant=Rajesh Kumar s/o Pillai email=rajesh.kp83@gmail.com status=docs_pending
        Shorten my complaint to the panel workshop and keep my signature: "...they scratched my door again during the repair and refused to redo the paint... Regards, Hazel Fernandez | hazelf.writes@yahoo.com | 016-338 2197"
        The taxi driver, Mr Chan Tak Ming (HKID Y560243(0)), ran the red light on Nathan Road and hit my car; his insurer now says it was 50/50. How do I challenge that?
    """),
    "zh-Hans": _lines("""
        帮我润色一下事故经过：2024年10月8日晚8点左右，我（张晓雯，身份证310115199208051645）驾驶沪A·D82761在延安高架下匝道排队时被后车追尾，后车全责。
        对方司机叫王建国，手机13912784350，当时答应私了赔2000，现在电话不接微信不回，我能直接去法院起诉他吗？
        我爸刘德顺今年68，上周骑电动车在路口被右转的货车撞了，腰椎压缩性骨折还在住院，对方保险只肯赔医药费，护理费和营养费怎么争取？
        车友群里有人说撞了我车就跑的那个司机叫赵磊，QQ 382716455，我去交警队的时候要不要把这个QQ号提供给他们？
        帮我检查一下理赔收款信息格式对不对：户名 陈思远，开户行 招商银行深圳科技园支行，卡号 6214 8327 1936 0450。
        事故认定书摘抄：“当事人李军，男，身份证号440106198803172319，驾驶粤A·3K7Q9小型轿车，未与前车保持安全距离，负事故全部责任。”我就是李军，这对我明年的保费影响大吗？
        我朋友周倩（电话 186 2037 5591）当时坐在副驾，是目击证人，她愿意给我作证，证人证言应该怎么写？
        老公孙浩开车在沪宁高速上被大货车刮了，现在在南京鼓楼医院骨科住院，肋骨断了两根，我应该先联系哪家保险公司？
        保单信息：被保险人 何美玲，身份证 330106200109302827，车牌 浙A·9Y5T2，商业险到期日 2025-03-14。帮我看看车损险和三者险的保额够不够。
        我公公陈国栋（身份证 350203196611083456）开车撞了一辆电动车，对方要求私了两万，他不会用手机，你帮我写一份私了协议。
    """),
    "zh-Hant": _lines("""
        幫我寫封信俾對方保險公司：我係陳家豪，身份證 K382716(A)，車牌 TX 4281，2024年9月5日喺觀塘道停定等燈俾佢哋受保人追尾。
        幫我看看這份和解書有沒有問題：「甲方林怡君（身分證字號 A228347161）與乙方王志明就113年10月2日於新北市板橋區之車禍，乙方同意賠償新台幣捌萬元整，雙方拋棄其他民刑事請求。」
        我阿嬤黃秀英上個月過馬路被機車撞倒，現在還住在台大醫院骨科病房，肇事者一直不認錯，我要怎麼提告過失傷害？
        對方 LINE ID 是 chiawei0815，一直說要私下和解卻拖了兩個月，LINE 對話紀錄可以當法院證據嗎？
        請幫我整理成表格：車主 張書豪，手機 0933-512-874，車號 BKR-7302，修車廠估價 NT$46,800，保險公司已經派人勘車。
        個司機留咗個電話 6138 2754 俾我，話架車係佢表哥林偉強嘅，而家打極都唔聽，我可以點追？
        理賠款請匯到：台北富邦銀行 帳號 0012-1680-884259，戶名 吳佩珊。請幫我用正式一點的語氣回覆保險公司。
        診斷證明書：姓名 許家銘 身分證 F129573024 診斷 頸椎扭傷、左膝挫傷 醫囑 宜休養兩週並門診追蹤。幫我算可以請求幾天的薪資損失？
    """),
    "ms": _lines("""
        Tolong semak ayat laporan polis ni: "Saya, Mohd Faizal bin Abdullah, No. KP 850412-14-5237, memandu kereta Perodua Bezza VEN 2290 dari arah Cheras ke Kuala Lumpur apabila sebuah van telah melanggar bahagian kanan kereta saya."
        Pihak ketiga yang langgar kereta saya nama dia Siti Hajar binti Yusof, no tel 013-772 4519, kejadian dekat lampu isyarat Seksyen 13 Shah Alam. Macam mana nak buat tuntutan TP terus?
        Anak saya Aiman Hakimi bin Rosli, 17 tahun, cedera kaki dalam kemalangan motosikal dekat SMK Bandar Baru Bangi, boleh ke tuntut dari insurans pemandu kereta tu?
        Betul tak format ni untuk bayaran tuntutan: CIMB 7034 5512 88, nama pemegang akaun Nurul Izzah binti Hamdan?
        Emel saya azlan.razak77@gmail.com. Tolong tulis emel aduan kepada bengkel panel sebab kereta saya BPK 4417 dah dua bulan tak siap dibaiki.
        Kawan saya Ganesan a/l Murugan jadi saksi kemalangan tu, alamat dia No. 12, Jalan Melati 3, Taman Sri Muda, 40400 Shah Alam. Perlu ke letak alamat penuh dalam borang saksi?
        Ringkaskan laporan perubatan ini untuk insurans: Nama: ROHANI BINTI ISMAIL, No. KP: 680519-08-5062, Diagnosis: patah tulang rusuk kanan (3 batang), Cuti sakit: 14 hari.
        Suami saya Kamal bin Osman (KP 910728-10-6043) dipanggil ke Balai Polis Trafik Jalan Tun H.S. Lee untuk keputusan siasatan kemalangan minggu depan, apa yang dia perlu bawa?
    """),
    "mixed": _lines("""
        Bro tolong tulis mesej ni in English: "Hi Mr Tan Kok Leong, your Vellfire JHA 6612 hit my car at the Tesco Mutiara Rini carpark, sila bagi insurance details sebelum Jumaat."
        我的 IC 020903-01-1128，nama Lee Mei Xin，nak claim own damage, borang insurans tanya occupation, student pun boleh isi ke?
        My FIN is G5183027Q, work permit holder, accident on PIE driving the company lorry, 公司的 insurance 会不会 cover 我的 medical bill?
        對方 phone 0912-468-305，他叫我去他 friend 的修車廠估價，is that a red flag? 我只知道他叫阿凱。
        my mother 何淑儀 got knocked down by a minibus in Mong Kok, 佢而家喺伊利沙伯醫院 ward, how to start an injury claim?
        Rental car accident in Bangkok, the rental company wants a statement: NG CHEE KEONG, Malaysian passport A52817364, a pickup truck hit my rear at Sukhumvit Soi 11. Can you draft it in English?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a helpful assistant that drafts motor insurance correspondence for users in Singapore. Be concise.",
        ),
        (
            "user",
            "I need to report an accident to my insurer within 24 hours. Can you draft the notification?",
        ),
        (
            "assistant",
            "Sure. Please tell me the date, time and place, your vehicle number, the other vehicle number and a short description. Your NRIC is only needed if the insurer's form asks for it.",
        ),
        (
            "user",
            "yesterday 6.40pm, PIE towards Changi after the Eunos exit, my car SMB 1096 C got side-swiped by a van changing lanes, van is GBK 2817 R, driver said his name is Ong Boon Huat. I'm Rachel Tay Hui Min, NRIC T0261843A, hp 9027 6631",
        ),
        (
            "assistant",
            "Draft: Dear Claims Team, I, Rachel Tay Hui Min (NRIC T0261843A, tel 9027 6631), wish to notify you of an accident yesterday at about 6.40pm on the PIE towards Changi after the Eunos exit, in which my vehicle SMB 1096 C was side-swiped by goods vehicle GBK 2817 R driven by Mr Ong Boon Huat.",
        ),
    ],
    [
        ("user", "被撞之后脖子一直疼，对方保险公司让我提供材料，人伤理赔一般要哪些？"),
        (
            "assistant",
            "一般需要：事故认定书、病历和诊断证明、医疗费发票、误工证明、护理证明、交通费票据，以及身份证复印件和收款银行卡。如果有伤残，还需要伤残鉴定报告。",
        ),
        (
            "user",
            "好，我把诊断证明贴给你，帮我看看写得够不够：姓名：周丽华 性别：女 年龄：49 身份证号：320106197506120588 诊断：颈椎挥鞭样损伤，C5/6椎间盘突出加重 建议：休息30天，定期复查",
        ),
        (
            "assistant",
            "这份诊断证明已经写明了周丽华女士的伤情和休息天数，可以作为误工期的依据；建议再请医院开具护理依赖程度的证明，并保留每次复查的病历。",
        ),
    ],
    [
        (
            "user",
            "Tuntutan OD saya ditolak, alasan pemandu tiada lesen sah. Boleh tolong tulis surat rayuan?",
        ),
        (
            "assistant",
            "Boleh. Saya perlukan nama pemegang polisi, nombor polisi, nombor kenderaan, tarikh kemalangan dan sebab anda percaya penolakan itu tidak tepat.",
        ),
        (
            "user",
            "Nama Mohd Hafiz bin Zainal, KP 870623-10-5417, polisi P/24/MTR/0041187, kereta BNH 7725, kemalangan 2 Okt 2024 di Kajang. Lesen CDL saya cuma lambat renew 5 hari, masa kemalangan dah renew pun.",
        ),
        (
            "assistant",
            "Draf: Tuan/Puan, saya Mohd Hafiz bin Zainal (No. KP 870623-10-5417), pemegang polisi P/24/MTR/0041187 bagi kenderaan BNH 7725, ingin merayu keputusan menolak tuntutan saya kerana lesen memandu saya sah pada tarikh kemalangan.",
        ),
    ],
    [
        ("user", "我上禮拜在台中被一台機車擦撞，對方說要和解，和解金怎麼算比較合理？"),
        (
            "assistant",
            "通常包含醫療費、交通費、工作損失、車輛修理費與精神慰撫金。先把單據收齊，談不攏可以到區公所調解委員會申請調解。",
        ),
        (
            "user",
            "對方叫蔡承翰，電話 0958-233-176，他說只願意賠5000，可是我的機車修理就要 NT$12,300，而且我左手腕扭傷看了三次骨科。",
        ),
        (
            "assistant",
            "以你的修車費和三次門診來看，5000元明顯偏低。建議把估價單和診斷證明整理好，以書面方式回覆蔡先生，列出各項金額。",
        ),
        ("user", "好，我的資料是鄭雅婷 B284103966，幫我把這些填進調解申請書的當事人欄。"),
    ],
    [
        ("user", "help me write complaint to the workshop, they already keep my car 6 weeks"),
        (
            "assistant",
            "Sure. What's the workshop name, your car number, when you sent it in and what they promised?",
        ),
        (
            "user",
            "Bengkel Auto Jaya Sdn Bhd (Klang), kereta WQX 3120 Honda Jazz, hantar 16 Sept, janji 2 minggu. nama saya Kavitha a/p Ramasamy 012-647 3308",
        ),
        (
            "assistant",
            "Draf: Kepada Pengurus, Bengkel Auto Jaya Sdn Bhd. Saya, Kavitha a/p Ramasamy (012-647 3308), pemilik kenderaan WQX 3120, telah menghantar kereta pada 16 September dengan janji siap dalam 2 minggu, namun sehingga kini masih belum siap.",
        ),
    ],
    [
        (
            "system",
            "You are the virtual assistant of a motor insurer. Verified customer: Aaron Teo Kah Wei, mobile 9683 2210, email aaron.teo.kw@outlook.com, policy MCP-SG-2024-118604, open claim on SJP 3318 L (rear bumper).",
        ),
        ("user", "hi, any update on my claim? the workshop says they're waiting for your approval"),
        (
            "assistant",
            "Hi Aaron, your claim for SJP 3318 L is with the adjuster. The repair estimate was received on 28 Oct and approval is expected within 5 working days.",
        ),
        ("user", "ok thanks, can you also send the approval letter to my email when it's out"),
    ],
    [
        ("user", "刚才在小区地库倒车被一辆白色SUV刮了，对方说不想走保险要私了，怎么处理稳妥？"),
        (
            "assistant",
            "可以私了，但最好签一份书面协议，写明双方信息、车牌、事故经过、赔偿金额和付款时间，并保留现场照片和对方联系方式。",
        ),
        (
            "user",
            "对方留了微信 xiaoma_chen2019，车牌京N·7H2K5，说明天转账1500。我需要让他拍身份证给我吗？",
        ),
        (
            "assistant",
            "拍下对方的驾驶证和行驶证就够了，并在微信里让他确认“京N·7H2K5 刮蹭，明天赔付1500元”，作为证据保存。",
        ),
    ],
    [
        (
            "user",
            "I was injured in a taxi collision in Hong Kong last month. Who do I claim against, the taxi or the other car?",
        ),
        (
            "assistant",
            "As a passenger you can claim against the insurer of whichever vehicle was at fault; it is common to notify both insurers and let them sort out liability.",
        ),
        (
            "user",
            "ok. my details for the letter: Wong Siu Fan, HKID R917305(5), Flat D, 18/F, Hoi Ming Building, 23 Shing Yip Street, Kwun Tong. Fractured collarbone, 6 weeks sick leave from my warehouse job.",
        ),
        (
            "assistant",
            "Draft: Dear Sirs, we act for Ms Wong Siu Fan (HKID R917305(5)) of Flat D, 18/F, Hoi Ming Building, who suffered a fractured collarbone in the collision and was on sick leave for six weeks.",
        ),
    ],
    [
        (
            "user",
            "Anak saya kena langgar motor masa lintas jalan depan sekolah. Macam mana nak claim?",
        ),
        (
            "assistant",
            "Maaf mendengarnya. Tuntutan dibuat terhadap insurans penunggang motosikal itu. Boleh beritahu nama anak, umur, kecederaan dan sama ada laporan polis sudah dibuat?",
        ),
        (
            "user",
            "Nama dia Nur Damia binti Azhar, 9 tahun. Patah kaki kiri, tahan wad Hospital Selayang 4 hari. Laporan polis dah buat.",
        ),
        (
            "assistant",
            "Baik. Untuk Nur Damia binti Azhar, sediakan laporan perubatan Hospital Selayang, resit rawatan, salinan laporan polis dan sijil kelahiran kerana dia bawah umur.",
        ),
    ],
    [
        ("user", "hi im jasmine, got into a fender bender in PJ today, airbag went off"),
        (
            "assistant",
            "I'm sorry to hear that. Are you hurt? If an airbag deployed it's worth getting checked even if you feel fine.",
        ),
        (
            "user",
            "I'm 5 months pregnant so yes going to the ob-gyn now. full name is Jasmine Rao btw, the car is under my husband's name though",
        ),
        (
            "assistant",
            "Please prioritise the check-up. When you're back, we can list what to send the insurer and how to add the other driver's details.",
        ),
        (
            "user",
            "ok. for the record the other driver's name on his IC was Lau Chee Meng and his number is 017-352 8840",
        ),
    ],
    [
        ("user", "我的车在4S店修了一个月还没修好，想投诉，怎么写比较有效？"),
        (
            "assistant",
            "写清楚车辆信息、送修时间、承诺的完工时间、实际进度和你的诉求，附上定损单和沟通记录。",
        ),
        (
            "user",
            "车主马俊杰，电话15820463397，车牌粤B·F2381，9月12号送修，定损金额18600元，说好两周修好。",
        ),
        (
            "assistant",
            "投诉信草稿：本人马俊杰（联系电话15820463397），车牌粤B·F2381，于9月12日送修，定损金额18600元，承诺两周完工，至今已超过一个月仍未交车。",
        ),
    ],
    [
        (
            "user",
            "insurer approved my TP claim, they ask bank details for payout. which field is the account no.?",
        ),
        (
            "assistant",
            "Usually they need the account holder name, bank name and account number. The account number is printed at the top of your bank statement.",
        ),
        (
            "user",
            "ok ni details saya: Muhammad Irfan bin Salleh, Public Bank 6413225081, tolong check betul tak format sebelum hantar",
        ),
        (
            "assistant",
            "Nampak lengkap: Nama pemegang akaun Muhammad Irfan bin Salleh, Public Bank, akaun 6413225081. Pastikan nama sama seperti dalam IC.",
        ),
    ],
    [
        (
            "user",
            "Translate this into English for my UK travel insurer: 道路交通事故认定书 第110105120240000123号 当事人郭宇航，男，1999年2月24日出生，身份证号码110105199902244172，驾驶京A·5M2B8小型轿车，无责任。",
        ),
        (
            "assistant",
            "Road Traffic Accident Determination No. 110105120240000123. Party: GUO Yuhang, male, born 24 February 1999, ID No. 110105199902244172, driving small car Jing A·5M2B8, not at fault.",
        ),
        (
            "user",
            "great, also add that I was treated at Beijing Chaoyang Hospital for a cut on my forehead, 5 stitches",
        ),
    ],
    [
        ("user", "對方保險公司寄咗封信嚟，叫我提供資料先可以處理第三者索償，點回覆好？"),
        (
            "assistant",
            "一般要提供姓名、聯絡方法、車牌、意外日期地點、維修報價同相片。銀行資料可以等和解時先俾。",
        ),
        (
            "user",
            "幫我寫：姓名 梁詠詩，電話 9421 6673，地址 沙田銀城街12號曉峰閣8樓C室，車牌 PX 6180，2024年8月22日喺吐露港公路俾佢哋受保人追尾。",
        ),
        (
            "assistant",
            "敬啟者：本人梁詠詩（電話 9421 6673），車牌 PX 6180，於2024年8月22日在吐露港公路被 貴公司受保人車輛追尾，現附上維修報價及相片，懇請處理索償。",
        ),
    ],
    [
        (
            "user",
            "I drive for Grab in KK, got hit by a pickup at Jalan Lintas. Does my e-hailing cover pay for my own injuries?",
        ),
        (
            "assistant",
            "It depends on your e-hailing extension and any personal accident cover from the platform or your insurer. Send me what the claim form asks and I'll help fill it in.",
        ),
        (
            "user",
            "Ok this is my info for the PA claim form: Jennifer Gudunsing, MyKad 950111-12-6610, Perodua Bezza SAA 8137 J. Injury: 4 stitches on scalp, MC 7 days from Klinik Kesihatan Luyang.",
        ),
    ],
    [
        (
            "user",
            "Traffic Police says I'm the driver at fault for a collision at Bukit Timah Road. I disagree. Can you help me write to them?",
        ),
        (
            "assistant",
            "Yes. Please give me the TP reference, date and time, and your account of what happened. Keep it factual.",
        ),
        (
            "user",
            "Ref TP/ACC/2024/15522. I'm Harpreet Singh s/o Gurdev Singh, car SKV 8025 E, 14 Oct about 8.15am, the other car swerved into my lane from the bus lane.",
        ),
        (
            "assistant",
            "Draft: Dear Officer, I, Harpreet Singh s/o Gurdev Singh, driver of SKV 8025 E, refer to TP/ACC/2024/15522 and respectfully dispute the finding that I was at fault.",
        ),
    ],
    [
        ("system", "你是一个帮助用户整理交通事故理赔材料的助手。"),
        ("user", "我坐朋友的车出了事故，我是乘客，受了伤，应该找谁赔？"),
        (
            "assistant",
            "乘客受伤可以向过错方索赔：如果你坐的车有责任，可以找该车的交强险、三者险或车上人员责任险；对方车有责任的，找对方保险。",
        ),
        (
            "user",
            "司机是我同事吴涛，身份证510107198301210797，他说他车上买了座位险；我叫邓佳，左腿胫骨骨折，在华西医院做了手术。",
        ),
        (
            "assistant",
            "好的。邓佳的胫骨骨折手术材料加上吴涛车辆的保单，可以先走车上人员责任险，不足部分再向过错方主张。",
        ),
    ],
]
