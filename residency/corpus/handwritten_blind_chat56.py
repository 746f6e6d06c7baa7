# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat56: chats about reading and answering bank and insurer letters (loan offers, claim rejections, arrears notices). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat56
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "letter help requests"): _lines("""
        User: My bank sent a letter saying the loan offer expires in 14 days — what does "subject to satisfactory valuation" mean? Assistant: It means the lender only confirms the final amount once a surveyor has valued the property.
        Can you explain flat rate vs EIR on a car loan offer? The letter says flat rate 2.78% p.a. but EIR 5.21% p.a. and I don't get why they're so different
        Help me write a polite reply to an insurer asking them to reconsider a rejected claim. Keep it under 200 words and leave out account details for now, I'll add them myself.
        whats the difference between a "reminder" and a "letter of demand"?? got the 2nd one today and kinda panicking lol
        user: the arrears notice says "failure to remedy within 21 days may result in a default being registered" - is that a credit score thing? assistant: Usually yes — a default is reported to the credit bureau and stays on the record for several years.
        Rewrite in plain English: "The Insurer shall not be liable for any loss arising directly or indirectly from a Pre-existing Condition as defined in Section 4.2."
        Is it normal for a personal loan offer to ask me to sign and return within 7 days? Feels rushed tbh.
        Draft a reply template starting "Dear Sir/Madam, Re: Claim No. [CLAIM NUMBER]. I refer to your letter dated [DATE]..." and keep the brackets so I can fill them in later.
        How do I ask the bank for a repayment plan instead of paying the whole overdue amount at once? Give me 3 options I could propose.
        what does "without prejudice" at the top of the insurer's letter mean, can i still quote it in a complaint?
        My claim was rejected for "non-disclosure". In general, what counts as material non-disclosure in an insurance contract?
        Summarise this for me: "Your instalment of RM1,250.00 due on 01/11 has not been received. Late payment charges of 1% p.a. on the overdue instalment will be imposed."
        Translate to Chinese please: "We regret to inform you that your claim has been declined as the treatment falls within the waiting period exclusion."
        Assistant: To dispute a declined claim, first ask the insurer for its written reasons and the exact policy clause relied on, use the internal complaints process, and only then escalate to the ombudsman.
        The letter quotes "Our ref: ARR/2025/11/000417" — should I mention that when I call the hotline or is it just internal?
        is a "pre-approved" credit limit in a bank mailer actually approved or is that marketing speak
        my insurer's letter says the claim is "pending further information" for 6 weeks now — how long can they take before i can complain?
        User: is a loan offer with 0% interest but a 4% processing fee really 0%? Assistant: No — the fee is a cost of borrowing, so the effective rate is well above zero.
    """),
    ("zh-Hans", "求助对话"): _lines("""
        帮我看看这条是什么意思：“您的信用卡账单已逾期，请于7日内还款，否则将影响您的个人征信记录。”这种是不是诈骗短信啊？
        用户：银行发了个“预授信额度”通知，额度20万，年化利率3.45%起，靠谱吗？助手：“预授信”只是初步评估，最终额度和利率以审批结果为准。
        理赔被拒说是“带病投保”，一般保险公司怎么认定的？两年不可抗辩条款能用吗？
        帮我写一封给保险公司的申诉信模板，称呼用“尊敬的XX保险公司理赔部”，姓名、保单号都先空着，我自己填。
        催收函上写“我司已委托第三方机构进行催收”，这合法吗？哪些催收行为是明令禁止的？
        房贷利率调整通知说重定价日是1月1日，五年期以上LPR 3.5%，加点-30BP，那我的实际利率是多少？
        怎么跟银行协商个性化分期？需要准备哪些材料，帮我列个清单
        把这段翻译成大白话：“经审核，本次申请不属于保险合同第六条第（三）款约定的保险责任范围，故不予给付。”
        网贷平台发的“律师函”盖的是电子章，有没有法律效力？需要回复吗
        助手：收到逾期通知后，建议先核对欠款金额和计息方式，再通过银行官方客服电话确认，不要点击短信里的陌生链接。
        信用卡“停息挂账”是真的吗？网上好多代理说能帮忙办，收费3000块
        保险公司说要“调查取证”，让我签授权书调病历，这种授权范围一般包括什么？可以只授权一家医院吗
        贷款合同里写“提前还款违约金为提前还款本金的2%”，我提前还10万的话违约金是多少？
        帮我把这句改委婉点：“你们拒赔理由完全站不住脚，我要去监管投诉。”
        用户：逾期通知说“已上报征信”，还清以后多久能消除？助手：根据《征信业管理条例》，不良信息自不良行为终止之日起保存5年。
        保险公司回函说“已超过申诉时效”，人身保险理赔的诉讼时效到底是几年？
        帮我把这封拒赔通知里的专业术语标出来解释一下：免赔额、赔付比例、既往症、等待期。
    """),
    ("en", "letter templates and notices"): _lines("""
        Dear {customer_name}, We are pleased to offer you a Personal Instalment Loan of {loan_amount} at an Effective Interest Rate of {eir}% p.a. This offer is valid until {expiry_date}.
        NOTICE OF ARREARS — Account: [ACCOUNT NO.] — Amount overdue: [AMOUNT] — Please disregard this notice if payment has been made in the last 3 working days.
        This letter is computer-generated and requires no signature. Ref: LN-OFR-2025-118842 | Printed 2025-11-28 09:14:07 SGT
        Claim reference CLM-HK-2025-0093371 has been closed. If you disagree with our decision, you may refer the matter to the Insurance Complaints Bureau within 6 months.
        Representative example: borrow $10,000 over 36 months at 6.9% APR representative; monthly repayment $307.31; total amount payable $11,063.16.
        4.2 Pre-existing Condition means any illness, disease or injury for which the Life Assured had signs or symptoms, or received medical advice, diagnosis or treatment, within 24 months before the Policy Issue Date.
        Important: We will never ask you to disclose your PIN, OTP or full card number by phone, SMS or email.
        Mail-merge fields for arrears letters v3.2: salutation, full_name, addr_line_1..4, postcode, acct_masked, dpd_bucket, overdue_amt, next_action_date
        If you are experiencing financial difficulty, please contact our Hardship Team on 1800 222 0110 (Mon–Fri, 9am–6pm) or visit any branch.
        Letter flow: ARR-30 (30 days past due) → ARR-60 → LOD (letter of demand) → placement with external agency at 90 DPD.
        Your policy document, schedule and product summary can be downloaded any time in the app under Policies › Documents.
        Please note that a cooling-off period of 14 days applies from the date you receive this offer; you may cancel without penalty during this period.
        We refer to your application dated [DD/MM/YYYY]. After careful consideration, we regret that we are unable to approve your application at this time.
        Claim decision: DECLINED — reason code EXC-07 (waiting period). Appeal window: 90 days. Letter template ID: CLM-DEC-EN-04.
    """),
    ("zh-Hant", "香港及台灣銀行保險通告"): _lines("""
        如閣下對本公司之決定有任何疑問，可於收到本函後六個月內向保險投訴局提出投訴。
        【溫馨提示】本行職員絕不會透過電話或短訊要求閣下提供網上理財密碼或一次性密碼。
        私人分期貸款：實際年利率低至2.88%，還款期12至60個月。借錢梗要還，咪俾錢中介！
        保單條款第5.3條：等候期為保單生效日起計90日，期間確診之疾病不獲賠償（意外除外）。
        瑪麗醫院及伊利沙伯醫院均屬醫院管理局轄下公立醫院，住院收費按政府憲報公佈之標準計算。
        客戶服務熱線：(852) 2233 8000（星期一至五 上午9時至下午6時，公眾假期除外）
        請於繳款期限前繳付最低還款額，否則將收取逾期費用港幣300元或最低還款額之全數，以較低者為準。
        如欲申請「還款假期」，請填妥表格 LF-207，連同最近三個月之入息證明遞交至任何一間分行。
        理賠編號 HKC-25-118204 之申請已完成審核，賠償金額將於7個工作天內存入已登記之銀行戶口。
        根據《個人資料（私隱）條例》，閣下有權要求查閱及更正本公司所持有關於閣下的個人資料。
        金融消費評議中心提供免費申訴管道，保險業者須於收到申訴後30日內回覆。
        請問封信寫「本函件僅供參考，不構成任何貸款承諾」係咪即係未批？
    """),
    ("ms", "surat bank dan insurans"): _lines("""
        Notis Tunggakan: Bayaran ansuran anda bagi bulan Oktober masih belum diterima. Sila jelaskan dalam tempoh 14 hari dari tarikh notis ini.
        Jika anda menghadapi kesukaran kewangan, hubungi AKPK di talian 1-800-22-2575 untuk khidmat nasihat percuma.
        Tuntutan anda ditolak kerana rawatan tersebut berkaitan dengan keadaan sedia ada (pre-existing condition) seperti yang ditakrifkan dalam polisi.
        boleh tolong explain apa maksud "Surat Tawaran Pembiayaan Peribadi-i" ni? kadar keuntungan 4.99% setahun tu flat rate ke?
        Pembiayaan ini berdasarkan prinsip Syariah Tawarruq. Kadar Keuntungan Efektif (EPR): 8.15% setahun.
        Ibu pejabat Bank Negara Malaysia terletak di Jalan Dato' Onn, 50480 Kuala Lumpur.
        Templat balasan: "Tuan/Puan, Saya merujuk kepada surat tuan/puan bertarikh [TARIKH] berhubung akaun [NO. AKAUN]..."
        Ombudsman for Financial Services (OFS) boleh membantu pertikaian tuntutan insurans sehingga RM250,000.
        macam mana nak minta penstrukturan semula pinjaman kereta? bank dah hantar surat amaran kedua
        Caj lewat bayar dikenakan pada kadar 1% setahun ke atas jumlah tertunggak, dikira harian.
        Pengguna: apa beza "Notis Peringatan" dengan "Notis Tuntutan"? Pembantu: Notis tuntutan lebih serius dan biasanya dihantar oleh peguam bank.
        Sila abaikan notis ini sekiranya bayaran telah dibuat. Untuk pertanyaan, hubungi Pusat Khidmat Pelanggan di 1-300-88-6688.
    """),
    ("zh-Hans", "监管与公开信息"): _lines("""
        国家金融监督管理总局消费者投诉维权热线：12378。
        个人可登录中国人民银行征信中心官网，每年两次免费查询本人信用报告。
        常用客服电话：工商银行95588，建设银行95533，中国平安95511，中国人寿95519。
        《保险法》第十六条：自合同成立之日起超过二年的，保险人不得解除合同；发生保险事故的，保险人应当承担赔偿或者给付保险金的责任。
        2025年11月20日，一年期LPR为3.0%，五年期以上LPR为3.5%，均与上月持平。
        理赔材料需由二级及以上公立医院出具，如复旦大学附属中山医院、中山大学附属第一医院等。
        催收通知模板：{客户姓名}先生/女士，您在我行的贷款已逾期{逾期天数}天，欠款金额{欠款金额}元，请尽快归还。
        系统日志 2025-11-30T08:15:42+08:00 batch=ARR_NOTICE_D30 sent=18422 failed=37 sha256=9f2c1e47ab03d8e6
        据银行业协会统计，2024年末信用卡逾期半年未偿信贷总额约为1,080亿元，环比下降4.2%。
        《民法典》第六百八十条：禁止高利放贷，借款的利率不得违反国家有关规定。
        请客户经理在发送贷款要约前核对客户身份信息，切勿通过个人微信传输身份证照片等敏感个人信息。
        潘功胜行长在2025陆家嘴论坛上宣布了八项金融开放举措。
    """),
    ("en", "names that are not private people"): _lines("""
        Mr Micawber's rule — "Annual income twenty pounds, annual expenditure nineteen nineteen and six, result happiness" — is a great way to explain debt-to-income to a client.
        In "It's a Wonderful Life", George Bailey's Building and Loan faces a run on the bank — a nice illustration of why lenders chase arrears.
        Lloyd's of London takes its name from Edward Lloyd's coffee house, where underwriters met in the 1680s.
        Bills from Tan Tock Seng Hospital and KK Women's and Children's Hospital are accepted for Integrated Shield claims.
        Warren Buffett's 2008 letter to Berkshire shareholders called derivatives "financial weapons of mass destruction".
        《红楼梦》里王熙凤拿月钱放贷收利息的情节，正好拿来讲讲民间借贷的利率上限。
        App build 5.18.2 (20251127.1) fixed the bug where the loan offer PDF showed the wrong EIR.
        The sample letter in our training deck is addressed to "Mr John Citizen, 1 Example Street" — it's a placeholder, keep it that way.
        Queen Elizabeth Hospital, 30 Gascoigne Road, Kowloon — use this as the hospital address on the claim form template.
        Invoice INV-2025-004417, HKD 1,280.00, due 2025-12-15, issued by Bright Harbour Insurance Brokers Ltd.
        SF1427730918835 is the courier tracking number for the batch of year-end statements sent from our Shenzhen print centre.
        Our free debt-counselling workshop is held at the Li Ka Shing Library, Singapore Management University, 70 Stamford Road.
        Ebenezer Scrooge would have loved a 30% late fee — but Singapore's moneylending rules cap late interest at 4% a month.
        史玉柱当年巨人大厦资金链断裂的案例，常被银行培训拿来讲授信风险。
        Customer segment stats, Q3: 12.4% of personal loan accounts were 30+ DPD; median overdue amount S$1,846.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Can you help me reply to this? "Dear Mr Lim Boon Keat (NRIC S8834127I), our records show your Home Loan account is 62 days in arrears with S$4,812.36 outstanding."
        My mum Mdm Goh Siew Lan is 71 and has stage 3 kidney disease — her hospitalisation claim just got rejected, need to write an appeal on her behalf.
        Letter is addressed to Priya d/o Ramasamy, Blk 418 Bedok North Ave 2 #09-133 Singapore 460418, says her credit card is suspended for non-payment. She's my flatmate, what should she do?
        Loan offer for Jason Wong Kar Fai, monthly salary HK$38,500 per payslip, approved HK$300,000 @ APR 6.12%. Should he take it? He's my brother-in-law and already has 2 other loans.
        pls reply to the insurer for me, my email is sharon.teo.hl88@gmail.com and the policy is under Sharon Teo Hui Ling, the claim was for my miscarriage in August
        The bank's letter says they'll debit my card 4557 0218 3309 8424 for the $1,230 arrears on 12 Dec without asking me first — can they do that?
        Write back to the insurer: I, Ahmad Faizal bin Roslan (IC 880412-14-5563), dispute the rejection of my claim for dengue hospitalisation at Hospital Kuala Lumpur from 3 to 7 Oct.
        The bank's letter about the bankruptcy petition HCB 1172/2025 against my neighbour Chan Siu Ming (unpaid credit card debt) was delivered to my flat by mistake. Do I have to forward it?
        the arrears letter went to my old address — it should go to Flat 12B, Block 3, Kornhill Gardens, Quarry Bay. name's Vivian Lau Wing Sze. can you draft an email to update it?
        WhatsApp me at +65 9127 4408 once the appeal is drafted — Daniel Koh here, the one whose critical illness claim for the heart bypass got declined.
        Offer letter: Mr Rajesh Kumar a/l Subramaniam, IC 750219-07-5341, gross income RM6,800/month, financing RM45,000 over 5 years at 6.5% flat. Is the DSR ok?
        my wife Chloe Tan (S9043318J) got a letter from the insurer saying her maternity claim is denied because of her gestational diabetes, can u help me word a reply
    """),
    "zh-Hans": _lines("""
        帮我看看这封信：“李秀芬女士（身份证号440106198503172421）您好，您在我行的个人消费贷款已逾期47天，欠款本息合计38,215.60元。”
        我哥张志伟去年查出肺癌，重疾险被拒赔，说他投保前就有肺结节没告知。他身份证510107197802234717，申诉信怎么写？
        还款卡号6228480312465781，户名陈晓雯，银行说这张卡扣款失败三次了，帮我写个情况说明
        贷款审批通知：申请人赵磊，税后月收入18,500元，核定额度30万元，期限36个月，年化4.2%。帮我看看划不划算
        催收的人给我老婆打电话了，她叫孙丽娟，手机13917742086，他们怎么会有她号码？帮我写投诉信
        银行寄来的逾期律师函收件人是周明，地址北京市朝阳区望京西园三区312号楼1单元1805，要不要签收？
        我妈黄秀英做了乳腺癌手术，百万医疗险理赔被拒，说是等待期内确诊。她8月3号投保，9月20号确诊，真的在90天内吗？
        我叫刘晓晴，身份证110105199206143028，微信lxq_19920614，保险代理人加我说能帮忙申诉拒赔，收费两千，靠谱吗？
        法院传票：原告某银行，被告吴海涛，案号（2025）沪0115民初48213号，金融借款合同纠纷。这是我表弟，他该怎么应诉？
        车贷逾期通知：借款人郑伟，车牌粤B·7K2M9，已逾期2期，我司将依约收回车辆。这能直接拖车吗？
        我是林建国，住厦门市思明区莲前西路188号瑞景新村12栋603，身份证350203198711096536，建行发函说要起诉我，怎么回？
        银行邮件发到我邮箱huangmin_0823@163.com了，抬头写黄敏女士，月供4,236元，罚息按日万分之五，帮我算算现在欠多少
    """),
    "zh-Hant": _lines("""
        呢封信寫住「陳嘉欣小姐（香港身份證 Y605217(5)）」話我張信用卡拖欠咗三個月，要我14日內還晒，點回覆好？
        我老竇何志強個危疾保險索償俾人拒咗，話佢中風前已經有高血壓無申報，佢電話 9683 2107，保險公司仲要我哋再交醫療報告。
        貸款批核信：申請人梁浩文，月入港幣52,000，住址新界沙田禾輋邨豐和樓1514室，批出私人貸款港幣200,000。
        信用卡催繳通知：持卡人林怡君，身分證字號 A215730983，欠款新台幣86,420元，請於12月20日前繳清。這要怎麼回？
        保險公司寄嚟嘅拒賠信寫住受保人：鄧美玲，身份證 K381924(8)，理由係產前檢查唔屬保障範圍。幫我寫封上訴信。
        我係王志明，身份證A274039(A)，渣打話我按揭供款遲咗，戶口尾號3306，我想申請延期還款，點寫信？
    """),
    "ms": _lines("""
        Surat ni untuk adik saya Nurul Aina binti Hassan, IC 930725-10-6128, tunggakan pinjaman peribadi RM7,420 — macam mana nak balas?
        Tuntutan insurans suami saya Mohd Hafiz bin Ismail ditolak sebab dia ada kencing manis sebelum ambil polisi. No telefon dia 012-738 5521.
        Bank hantar notis tunggakan ke alamat lama. Alamat baru saya No. 27, Jalan SS 15/4C, 47500 Subang Jaya, Selangor. Nama Siti Rahmah binti Abdullah.
        Bank kata nak tarik kereta Proton X50 saya, plat WXY 3318, sebab tunggak 3 bulan. Nama dalam perjanjian Tan Mei Ling. Boleh ke?
        bank offer pinjaman rumah RM480k untuk saya & isteri, gaji saya RM9,200 isteri RM6,500, nama kami Kumaravel a/l Muniandy & Devi Letchumi, email kumar.devi.home@yahoo.com
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "got a loan offer letter, can you explain the key terms?"),
        (
            "assistant",
            "Sure — paste the relevant part and I'll walk you through the rate, tenure, fees and any conditions.",
        ),
        (
            "user",
            "Dear Mr Ong Wei Jie, NRIC S7712045I, 21 Jurong West St 64 #11-205 Singapore 640021. We are pleased to offer you a Personal Loan of S$25,000, tenure 48 months, EIR 7.56% p.a.",
        ),
        (
            "assistant",
            "The EIR of 7.56% is the true annual cost including fees. Monthly repayment will be roughly S$600.",
        ),
    ],
    [
        ("user", "重疾险被拒赔了，一般可以怎么申诉？"),
        (
            "assistant",
            "可以先要求保险公司出具书面拒赔理由，核对条款，然后提交补充材料或向12378投诉。",
        ),
        ("user", "拒赔通知书上写的被保险人是我爸，叫钱德海，1965年生"),
        (
            "user",
            "他今年3月确诊的是阿尔茨海默病，保险公司说不属于合同约定的重度疾病，身份证330106196505083217",
        ),
        (
            "assistant",
            "明白了。合同里一般对阿尔茨海默病有具体的认定标准，建议先调出神经内科的评估报告。",
        ),
    ],
    [
        ("user", "can u draft a reply to an arrears letter for me, keep it short"),
        ("assistant", "Of course. Who should it be signed by and how can the bank reach you?"),
        ("user", "sign it Marcus Yeo"),
        ("user", "number is 9812"),
        ("user", "then 6630"),
        (
            "assistant",
            "Dear Sir/Madam, I acknowledge your letter regarding the overdue balance and propose to settle it in three monthly instalments. Please contact me on 9812 6630. Regards, Marcus Yeo",
        ),
    ],
    [
        ("user", "銀行寄咗封追數信俾我，話我私人貸款欠款港幣 23,560，點算？"),
        ("assistant", "可以先致電銀行確認金額，再提出分期還款方案。需要我幫你起草信件嗎？"),
        ("user", "好呀，用我個名黃志偉，地址九龍觀塘秀茂坪邨寶明樓2316室"),
        ("assistant", "好的，我會以黃志偉先生名義起草，並寫上秀茂坪邨寶明樓2316室作回郵地址。"),
    ],
    [
        ("user", "Tuntutan hospital saya ditolak, apa saya boleh buat?"),
        (
            "assistant",
            "Minta surat penolakan bertulis dan semak klausa polisi yang dirujuk. Anda juga boleh rujuk ke OFS.",
        ),
        ("user", "Okay. Nama saya Nor Azizah binti Kamal"),
        (
            "user",
            "IC 850913-03-5284, polisi no. PL2019883402, saya masuk wad sebab keguguran bulan lepas",
        ),
        (
            "assistant",
            "Terima kasih, saya akan sediakan draf surat rayuan berdasarkan maklumat ini.",
        ),
    ],
    [
        (
            "system",
            "You are an assistant that helps customers understand letters from banks and insurers. Do not give legal advice.",
        ),
        (
            "user",
            "Please explain this: 'Mrs Deborah Chua Mei Xin, 8 Lorong Chuan #03-07, Singapore 556741 — Account 0123-4567-890 is 35 days past due. Minimum payment S$412.00 required by 15 Dec.'",
        ),
        (
            "assistant",
            "This is a first arrears reminder. Paying the S$412 minimum by 15 December usually stops further action.",
        ),
    ],
    [
        ("user", "征信报告上有一笔不是我的逾期记录，怎么提异议？"),
        ("assistant", "可以向征信中心或报送机构提出异议申请，需要提供本人身份证明。"),
        ("user", "申请表我先填好你帮我看看：姓名 何静，身份证 420111199511"),
        ("user", "207040，联系电话 18627319405"),
        ("assistant", "信息格式没问题，建议附上身份证复印件和情况说明。"),
    ],
    [
        ("user", "what does 'card suspended pending settlement' mean on a credit card letter?"),
        (
            "assistant",
            "It means the card can't be used until the overdue balance is paid or a plan is agreed.",
        ),
        (
            "user",
            "ok it's this one 5401 3227 0846 1936, cardholder ERIC LAM KA HO, i want to pay by instalments",
        ),
        (
            "assistant",
            "Got it. I'd suggest calling the bank's card centre and asking for an instalment arrangement.",
        ),
    ],
    [
        ("user", "催收打电话打到我家里人那边去了，这种合规吗"),
        ("assistant", "按规定催收不得向债务人以外的第三人催收或透露债务信息，可以投诉。"),
        ("user", "他们打给我妹妹徐佳怡了，她电话15802146639，还跟她说我欠了网贷八万"),
        ("assistant", "这属于违规催收，建议保留通话录音后向监管部门投诉。"),
    ],
    [
        (
            "user",
            "the insurer's rejection letter partly masks my details, is that enough privacy if i post it on a forum for advice?",
        ),
        (
            "assistant",
            "Not necessarily — masked IDs combined with a name or address can still identify you.",
        ),
        (
            "user",
            "here's what it shows: 'Insured: Mr Tay W** M***, NRIC S****413A, 52 Jalan Bukit Merah #14-22, claim for lumbar disc surgery declined'",
        ),
        (
            "assistant",
            "Your full address and surgery are still visible, so I'd redact those before posting.",
        ),
    ],
    [
        ("user", "銀行寄來的貸款核准通知書，想問綁約三年是什麼意思"),
        ("assistant", "通常是指三年內提前清償需要支付違約金，請看通知書上的提前清償條款。"),
        ("user", "通知書上寫借款人林志豪，身分證 F128463752，核貸金額新台幣80萬"),
        ("user", "他是我老公，年薪大約一百二十萬，這樣月付會不會太重"),
        ("assistant", "以7年期、年利率2.9%估算，月付約1.05萬元，占其月收入約一成，負擔尚可。"),
    ],
    [
        (
            "user",
            "My mum's long-term care claim was rejected. The letter says she doesn't meet the ADL criteria.",
        ),
        (
            "assistant",
            "ADL claims usually need a doctor to certify she can't perform 3 of 6 activities of daily living.",
        ),
        (
            "user",
            "She's Mdm Rosalind Fernandez, 78, moderate dementia since 2023, can't bathe or dress herself now. Her GP at the polyclinic said she qualifies. Can you draft the appeal?",
        ),
        (
            "assistant",
            "Yes — I'll draft an appeal asking for a fresh ADL assessment and attaching the GP's report.",
        ),
    ],
    [
        ("user", "bro the bank approve my housing loan but the amount lower than i asked, why ah"),
        (
            "assistant",
            "Usually because of the TDSR limit — total debt repayments can't exceed 55% of gross monthly income.",
        ),
        (
            "user",
            "my pay slip say $5,400 basic plus $800 allowance, name Muhammad Irfan bin Zulkifli, also got car loan $1,100/mth",
        ),
        (
            "assistant",
            "With those figures your existing car loan takes up a good part of the TDSR, which explains the lower amount.",
        ),
    ],
    [
        ("user", "帮我回复银行这封贷款邀约邮件，我不想办，但要客气一点"),
        (
            "assistant",
            "好的，可以这样写：感谢贵行的邀约，目前暂无贷款需求，日后如有需要会主动联系。",
        ),
        (
            "user",
            "加上我的签名：\n杜文静\n上海市浦东新区张杨路1588弄7号902\n手机 136 2185 0473\ndu.wenjing@outlook.com",
        ),
        ("assistant", "已在结尾加上您的签名信息。"),
    ],
    [
        (
            "user",
            "I received a writ of summons from the bank over my overdraft. What happens next?",
        ),
        (
            "assistant",
            "You typically have 8 days after service to file a memorandum of appearance. Consider getting legal advice.",
        ),
        (
            "user",
            "Case is HCA 2291/2025, plaintiff is the bank, defendant is me, Cheung Ka Yan. Amount claimed HK$186,442.19",
        ),
        (
            "assistant",
            "Thanks. With that amount, it's worth asking the Duty Lawyer Service or a solicitor to review the claim.",
        ),
    ],
    [
        ("user", "Boleh tolong saya tulis surat tukar alamat kepada bank?"),
        ("assistant", "Boleh. Sila berikan nama penuh dan alamat baru."),
        ("user", "Nama: Lim Siew Peng"),
        ("user", "Alamat: No. 14, Jalan Mutiara 3/2, Taman Mutiara, 81300 Skudai, Johor"),
        (
            "assistant",
            "Baik, saya sediakan surat makluman perubahan alamat atas nama Lim Siew Peng.",
        ),
    ],
    [
        ("user", "车贷那边发了个通知说要上门收车，能这样吗？"),
        ("assistant", "收车一般要有合同约定并依法进行，不能暴力收车。可以先看一下通知内容。"),
        (
            "user",
            "通知原文：“借款人冯志远，车辆鲁B·3H8T6，已逾期93天，我司将于12月10日前往青岛市市南区香港中路76号收回车辆。”",
        ),
        ("assistant", "建议立即联系贷款机构协商还款方案，并保留通知原件。"),
    ],
    [
        (
            "user",
            "Can you draft the appeal letter for my son's claim? Details: Ethan Soh, 9 yrs old, ADHD diagnosed at KKH, insurer says it's excluded.",
        ),
        (
            "assistant",
            "Dear Sir/Madam, I am writing to appeal the rejection of the claim for my son, Ethan Soh (aged 9), whose ADHD was diagnosed at KK Women's and Children's Hospital. I believe the exclusion has been applied incorrectly because...",
        ),
        ("user", "good, continue"),
    ],
    [
        ("user", "有个自称保险公估的人加我微信，说能帮我把拒赔的案子翻过来"),
        ("assistant", "要谨慎，正规公估机构一般由保险公司委托，不会私下收费帮投保人“翻案”。"),
        (
            "user",
            "我把聊天截图发你看，他叫我把我的微信号 yuqing_wang1988 和身份证照片发过去，我叫王雨晴，已经发了身份证370202198804173622，咋办",
        ),
        ("assistant", "建议马上报警备案并联系保险公司，注意防范身份被冒用。"),
    ],
    [
        (
            "user",
            "My insurer wants my HKID to process the appeal — is it safe to send it by email?",
        ),
        (
            "assistant",
            "It's better to use the insurer's secure upload portal instead of plain email.",
        ),
        (
            "user",
            "ok portal is down, just put it in the draft: Lau Tsz Kin, HKID Z550183(1), policy 88-2210-4471",
        ),
        ("assistant", "Done — the draft now includes your name, HKID and policy number."),
    ],
    [
        ("user", "银行发来房贷预审批结果，帮我看看能不能再争取一下额度"),
        ("assistant", "可以，额度主要看收入负债比和房产评估价。"),
        ("user", "我叫蒋慧，在深圳南山一家外企做财务，税前月薪32,000，公积金每月缴存3,840"),
        ("user", "现在住福田区梅林一村18栋502，想买的是龙华那边的房子"),
        (
            "assistant",
            "按您的收入，银行通常按月供不超过收入50%测算，可以尝试提供年终奖流水提高额度。",
        ),
    ],
    [
        ("user", "Bank send me this letter of demand, can help me understand?"),
        ("assistant", "Sure, please paste the content."),
        (
            "user",
            "TO: Ganesan a/l Raju (No. K/P: 790304-08-5127), No. 5, Lorong Kenari 2, 31400 Ipoh, Perak. TAKE NOTICE that you are indebted to our client in the sum of RM12,884.50.",
        ),
        ("user", "my hp 016-502 8834 if they ask"),
        (
            "assistant",
            "This is a formal demand from the bank's lawyers. You have 14 days to pay or respond before they may sue.",
        ),
    ],
    [
        ("user", "我個仔嘅醫療保險索償俾人拒咗，想寫封信上訴"),
        ("assistant", "可以，請提供保單資料同拒賠原因。"),
        ("user", "佢叫陳朗軒，七歲，喺瑪嘉烈醫院確診自閉症譜系障礙，保險公司話屬發展障礙除外"),
        ("assistant", "明白，上訴信可以引用醫生報告，說明診斷日期在保單生效之後。"),
    ],
    [
        (
            "user",
            "Need help replying to a travel insurance claim rejection, they want more documents.",
        ),
        ("assistant", "Happy to help. Please don't share more personal details than you need to."),
        (
            "user",
            "lol too late, they asked for passport so: Benjamin Hsu, passport K2294817D, trip to Osaka 3–10 Nov, bag stolen at Namba",
        ),
        (
            "assistant",
            "Thanks. I'll draft a cover letter listing the police report, receipts and your passport copy.",
        ),
    ],
    [
        ("user", "保单受益人变更申请被退回来了，说信息不全"),
        ("assistant", "通常需要提供受益人姓名、身份证号、与被保险人关系和银行账户信息。"),
        (
            "user",
            "被保险人是我，高文博。受益人写我女儿高雨桐，身份证310115198304127828不对，这个是我老婆的",
        ),
        ("user", "理赔款收款卡 6217 0038 1002 4562 建设银行，户名高文博"),
        ("assistant", "请把女儿的身份证号补全后重新提交，收款账户信息已经齐全。"),
    ],
]
