# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat61: chats asking an assistant to help prepare for one's own small claims, employment or traffic hearings (SG/MY/HK/CN/TW). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat61
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "procedure question chat"): _lines("""
        User: What's the maximum I can claim at the Small Claims Tribunals in Singapore? Assistant: Generally up to S$20,000, or up to S$30,000 if both sides sign a memorandum of consent. The claim usually has to be filed within 2 years of the dispute arising.
        User: my ex-employer still hasnt paid my last month salary, do i go TADM first or straight to ECT? Assistant: Salary claims must first go to mediation at TADM. If mediation fails you'll receive a claim referral certificate, and only then can you file at the Employment Claims Tribunals.
        User: Is a lawyer allowed to represent me at the SCT hearing? Assistant: No. Parties normally appear in person and lawyers cannot act for them at the SCT, although a company may send an authorised employee.
        User: I got a notice of offence for beating a red light. What happens if I contest it in court instead of paying the composition? Assistant: You attend the court mention on the date stated. If you are convicted the fine can be higher than the composition sum, and the demerit points still apply.
        User: how long does a speeding mention at the State Courts usually take? Assistant: Expect some waiting time, then only a few minutes before the judge, where you say whether you plead guilty or claim trial. Bring the notice and your ID.
        User: What should I bring to the first call-over at the Labour Tribunal in Hong Kong? Assistant: Your employment contract, pay slips, MPF statements, any termination letter and a short written chronology. Bring copies for the other side and keep the originals with you.
        User: Can I claim for stress at the small claims tribunal? My contractor ruined my kitchen. Assistant: Tribunals mainly award losses you can quantify, such as repair costs. Build your claim around receipts, quotations and dated photos rather than distress.
        User: I'm really nervous about speaking in front of the referee. Any tips? Assistant: Prepare a one-page timeline, number your documents, answer only the question asked, and don't argue when the other side interrupts — the referee will give you your turn.
        User: What does "without prejudice" mean on the letter the landlord's agent sent me? Assistant: It marks the letter as part of settlement talks, so the offer in it generally cannot be shown to the tribunal as an admission.
        User: The other party didn't turn up for the consultation. What happens now? Assistant: The tribunal may decide in your favour in their absence or fix a new date. Bring proof that the notice of claim was served on them.
        User: Do demerit points still matter if I'm on a probationary licence? Assistant: Yes. For probationary drivers the threshold is lower, and reaching 13 or more points during the probation period can lead to the licence being revoked.
        User: Can WhatsApp messages be used as evidence at the ECT? Assistant: Yes. Print them with the dates visible, label each page, and be ready to show the original chat on your phone if the tribunal asks.
        User: My employer says I'm not covered because I'm a manager. Is that right? Assistant: Since 2019 managers and executives are covered by the Employment Act's core provisions, and the ECT can hear salary-related claims from them. Check the MOM website for the details that apply to you.
        User: What's the difference between a summons and a notice of offence? Assistant: A notice of offence usually lets you settle by paying a composition. A summons requires you to attend court, where the matter is dealt with by a judge.
        User: Could you role-play as the tribunal magistrate so I can practise? It's about an unpaid invoice. Assistant: Sure, I'll be the magistrate. First question: when did you deliver the goods, and which document shows the agreed price?
        User: In To Kill a Mockingbird, how does Atticus Finch cross-examine witnesses, and is there anything I can borrow for my own SCT hearing? Assistant: He asks short, factual questions one at a time. At a tribunal, the referee will usually do most of the questioning, so keep yours short and polite.
    """),
    ("en", "template and drafting request"): _lines("""
        Draft a letter of demand template: "Dear [Respondent Name], I refer to the sum of S$[amount] owed under invoice [no.] dated [date]. Unless payment is received by [deadline], I will file a claim at the Small Claims Tribunals without further notice."
        Make me a one-page hearing checklist for a small claims case: parties, claim amount, timeline, numbered evidence list, witnesses, and exactly what I'm asking the tribunal for.
        Write a mitigation plea template for a first-time speeding offence: "Your Honour, I am [Name], aged [age], working as a [job]. I have been driving for [X] years with no previous offences..."
        Give me a table with columns Date | Event | Evidence No. | Notes for my employment claim chronology, with three blank example rows.
        Fill this statement of claim skeleton with placeholders only: Claimant: ____ / ID No.: ____ / Address: ____ / Respondent: ____ / Amount claimed: ____ / Particulars: ____
        Can you make this sound more formal for the tribunal: "they ghosted me after I paid the deposit and never delivered the sofa"
        Write a short opening statement I can read at the Labour Tribunal, with blanks for my name, job title, the employer and the amount of wages in lieu of notice.
        Give me a polite but firm WhatsApp message to a former boss asking for copies of payslips before a TADM mediation. Keep it generic, no names.
        Summarise the steps from filing a claim on CJTS to the actual hearing as bullet points I can print and bring.
        What questions is a referee likely to ask in a landlord–tenant deposit dispute? List ten and how to answer each briefly.
        Create cross-examination questions for when the respondent says the laptop was already damaged when I sold it to them.
        Draft a request to adjourn: "[Date] / To: The Registrar, [Tribunal] / Case No.: [ ] / I, [Name], the Claimant, respectfully request that the hearing fixed on [date] be adjourned because..."
        Turn my evidence list into an index with page numbers: Tab 1 Tenancy agreement, Tab 2 Deposit receipt, Tab 3 Move-out photos, Tab 4 Repair quotation, Tab 5 Chat printouts.
    """),
    ("en", "reference numbers and notices"): _lines("""
        User: The notice says "Composition amount: S$150 / Demerit points: 4 / Pay by 28/12/2026 / Notice No. T2026-118-430977". Can I still appeal online? Assistant: Yes, you can submit an appeal through the Traffic Police e-services before the payment deadline shown.
        Claim No. SCT/26/014582 — the hearing was moved to Court 3B at 9.30am on 15 Jan 2027. What happens if I'm 20 minutes late?
        User: My receipt shows "SCTC 08817/2026 — filing fee paid". Is that the case number I quote when I call the registry? Assistant: Yes, quote the full SCTC number in every letter and phone call to the Small Claims Tribunal.
        The TTPM form has "TTPM-WPKL-(P)-0813-2026" printed on top. What do the WPKL and (P) parts mean?
        My Shopee order #260917KQ4R8T3N never arrived and the seller refuses a refund. Which tribunal handles a claim of RM189?
        The tracking number SPXMY041827365920 says delivered but nothing came. Is a screenshot of the tracking page enough evidence?
        Quotation ref Q-2026-0471 from the contractor said S$3,850 incl. GST, and the second quote Q-2026-0519 says S$5,200. Can I claim the difference?
        The speed camera photo says "PIE (Tuas) after Adam Rd exit, 14:07:32, recorded 102 km/h, limit 80 km/h". How do I argue that the speed limit sign was blocked by trees?
        What does "Road Traffic Act s 63(4)" on my charge sheet mean, and what's the usual range of fines for a first offence?
        Explain in plain words what Chief Justice Sundaresh Menon has said in his public speeches about helping self-represented litigants.
        My hearing notice reads "Mention — Court 21, Level 2, 10:00 a.m., 07/01/2027". Is a mention the same as the trial?
        Invoice INV-2026-00417 dated 3 Aug 2026 for S$2,680 was never paid. Is invoice date or due date the start of the limitation period?
    """),
    ("zh-Hans", "劳动仲裁与小额诉讼问答"): _lines("""
        用户：公司拖欠我两个月工资，申请劳动仲裁需要准备什么材料？ 助手：一般需要仲裁申请书、身份证复印件，以及能证明劳动关系和欠薪事实的材料，比如劳动合同、工牌、工资流水、考勤记录。
        用户：劳动仲裁的时效是多久？ 助手：一般为一年，从知道或应当知道权利被侵害之日起计算；劳动关系存续期间因拖欠劳动报酬发生争议的，不受一年限制。
        用户：小额诉讼的标的额上限是多少？ 助手：标的额为各省、自治区、直辖市上年度就业人员年平均工资百分之五十以下的简单金钱给付案件，适用小额诉讼程序，实行一审终审。
        用户：收到开庭传票，案号（2026）粤0106民初12345号，我是原告，第一次出庭要注意什么？ 助手：提前半小时到，带身份证原件、证据原件和复印件，按法官提问作答，不要打断对方。
        帮我写一个劳动仲裁申请书模板，申请人和被申请人信息用【】留空，仲裁请求分三条：支付拖欠工资、支付经济补偿金、补缴社会保险。
        用户：被电子警察拍了闯红灯，我觉得当时是黄灯，可以申请复核吗？ 助手：可以先在交管12123查看违法图片，有异议的可以向处理地交管部门提出申辩或申请复核。
        用户：对交通事故认定书不服怎么办？ 助手：可以自收到认定书之日起三日内，向上一级公安机关交通管理部门提出书面复核申请。
        用户：仲裁庭上对方问我加班有没有审批记录，我该怎么回答？ 助手：如实说明加班是根据工作安排进行的，并提交聊天记录、邮件、打卡记录等作为佐证。
        用户：12348法律援助热线能帮我写起诉状吗？ 助手：12348主要提供法律咨询，符合条件的可以申请法律援助，由援助律师协助起草文书。
        用户：古代包青天那种击鼓鸣冤，现在立案是怎么个流程？ 助手：现在实行立案登记制，可以通过人民法院在线服务平台网上立案，也可以到法院诉讼服务中心窗口递交起诉状。
        请列一个小额诉讼开庭前的准备清单：证据目录、证据原件、身份证明、授权委托书（如有）、质证意见提纲、计算表。
        用户：经济补偿金N+1里的N怎么算？ 助手：按在本单位工作的年限，每满一年支付一个月工资；六个月以上不满一年的按一年算，不满六个月的支付半个月工资。
        用户：12333是劳动仲裁委的电话吗？ 助手：12333是人社服务热线，可以咨询仲裁受理范围、管辖和材料要求，具体仲裁院地址以当地公布为准。
        用户：快递单号SF1427830965521显示已签收，但我根本没收到货，这种网购纠纷能走小额诉讼吗？
        用户：罚款缴纳后电子票据编号 44032600817263 需要保存吗？复核成功能退钱吗？
    """),
    ("zh-Hant", "香港台灣審裁處與交通裁決"): _lines("""
        用戶：小額錢債審裁處而家申索上限係幾多？ 助手：自2018年12月起，上限為港幣75,000元，超過就要去區域法院。
        用戶：勞資審裁處聆訊可唔可以請律師代表？ 助手：唔可以，雙方要親身出席，律師唔可以代表任何一方出庭。
        用戶：收到定額罰款通知書，想去裁判法院抗辯，要點做？ 助手：喺通知書指定期限內向警方表明有意抗辯，之後會收到傳票，按日期到法院應訊。
        用戶：勞工處勞資關係科查詢電話係咪 2717 1771？ 助手：係，可以先打去預約勞資關係科嘅調解會議。
        請幫我整理一份去小額薪酬索償仲裁處嘅文件清單：僱傭合約、糧單、強積金紀錄、出勤紀錄、銀行入數紀錄，用編號列出。
        使用者：台灣小額訴訟是多少錢以下？ 助理：請求給付金錢或其他代替物、有價證券，標的金額在新臺幣10萬元以下的，適用小額程序。
        使用者：收到超速的交通違規裁決書，不服要怎麼辦？ 助理：可在裁決書送達後30日內，以原處分機關為被告，向管轄的行政法院提起撤銷訴訟。
        使用者：勞資爭議調解不成立，下一步可以直接告嗎？ 助理：可以向地方法院勞動法庭起訴，或先聲請勞動調解，由法官和調解委員一起處理。
        使用者：1955勞工諮詢申訴專線可以幫忙算資遣費嗎？ 助理：可以，也可以用勞動部網站的資遣費試算功能先算一次。
        開庭通知寫「114年度北小字第2381號，請攜帶證物原本到庭」，原本是指什麼？要影印幾份？
        請用正式書面語改寫：「業主一直拖住唔還按金，仲話牆身有污漬要扣錢」，我想喺審裁處讀出嚟。
        香港小額錢債審裁處表格一「申索書」填寫範例，當事人姓名、地址、電話請一律用「XXX」代替。
        用戶：睇完《壹號皇庭》，真實嘅勞資審裁處係咪都咁戲劇性？ 助手：唔會，審裁處程序比較簡單，主要由審裁官主導提問，唔會有激烈嘅盤問。
        使用者：罰單上的舉發單號 A2E651238 要填在陳述書哪一欄？ 助理：填在「違規通知單號碼」欄位，並附上罰單影本。
    """),
    ("ms", "soalan tribunal dan saman"): _lines("""
        Pengguna: Berapa had tuntutan di Tribunal Tuntutan Pengguna Malaysia? Pembantu: Tuntutan sehingga RM50,000 boleh difailkan di TTPM dan fi pemfailannya hanya RM5.
        Pengguna: Majikan tak bayar gaji 3 bulan, boleh buat tuntutan di Jabatan Tenaga Kerja? Pembantu: Boleh, di bawah seksyen 69 Akta Kerja 1955, di pejabat JTK yang berdekatan dengan tempat kerja anda.
        Pengguna: Saya dapat saman kamera AWAS, boleh rayu tak? Pembantu: Boleh, rayuan dibuat kepada pihak yang mengeluarkan saman dalam tempoh yang dinyatakan pada notis, bersama bukti sokongan.
        Tolong buatkan templat surat tuntutan deposit sewa rumah, letak [Nama Penyewa], [No. Kad Pengenalan], [Alamat] dan [Jumlah Deposit] sebagai tempat kosong.
        Pengguna: Apa beza Mahkamah Tuntutan Kecil dengan TTPM? Pembantu: Tuntutan kecil di Mahkamah Majistret untuk jumlah sehingga RM5,000, manakala TTPM khusus untuk pertikaian pengguna dengan peniaga.
        Senaraikan dokumen yang patut dibawa ke Mahkamah Perusahaan untuk kes buang kerja tanpa alasan, dalam bentuk senarai semak.
        Pengguna: Nombor saman KL2026/0418837 tak keluar dalam MyBayar PDRM, kenapa ya? Pembantu: Saman baharu kadang-kadang ambil beberapa hari untuk dikemas kini dalam sistem.
        Pengguna: Talian KPDN 1-800-886-800 boleh bantu isi Borang 1 TTPM ke? Pembantu: Mereka boleh beri panduan, dan kaunter TTPM di negeri anda juga boleh membantu semasa pemfailan.
        Pengguna: Kalau penentang tak hadir pendengaran TTPM, apa jadi? Pembantu: Tribunal boleh membuat award tanpa kehadiran penentang jika notis telah diserahkan dengan betul.
        Pengguna: Pesanan Lazada no. 281746390215437 sampai rosak, penjual tak nak pulangkan duit. Layak bawa ke TTPM?
        Terangkan prosedur tuntutan kecil di Mahkamah Majistret untuk jumlah bawah RM5,000 dalam bahasa yang mudah.
        Pengguna: Gaji minimum sekarang RM1,700 kan? Majikan bayar RM1,500 je. Pembantu: Ya, gaji minimum RM1,700 sebulan berkuat kuasa Februari 2025 bagi kebanyakan majikan.
        Pengguna: Boleh lakonkan pegawai JTK supaya saya boleh berlatih? Pembantu: Baik. Soalan pertama: bila tarikh anda mula bekerja dan berapa gaji pokok yang dijanjikan?
        Pengguna: Bila tarikh akhir bayar saman dengan diskaun? Pembantu: Ikut tawaran diskaun semasa yang diumumkan PDRM atau JPJ; semak di MyBayar atau aplikasi MyJPJ sebelum tarikh tamat.
    """),
    ("mixed", "code-switched chat"): _lines("""
        User: boss cakap I kena buang sebab performance tapi takde warning letter langsung, can I go Mahkamah Perusahaan? Assistant: For unfair dismissal you file a representation under s.20 Industrial Relations Act at the JPPM within 60 days of dismissal.
        User: 我個 claim 喺 SCT 輸咗，可唔可以 appeal？ Assistant: 可以申請上訴許可，但時限好短，建議即刻去審裁處登記處問清楚同攞表格。
        User: the TP notice says must attend court on 9 Jan, can 改期 or not? Assistant: You can usually apply to reschedule through the State Courts e-services before the mention date.
        请帮我把这段 English 翻译成中文给仲裁员看："I worked overtime every Saturday from March to June without any pay."
        User: ECT mediation 那天要穿 formal 吗？ Assistant: 不需要正装，整洁的 smart casual 就可以，重要的是带齐文件。
        User: saya nak claim deposit RM2,400 dari landlord, tapi agreement in English only, boleh guna kat tribunal? Assistant: Boleh, dokumen bahasa Inggeris diterima; bawa salinan dan dokumen asal.
        老闆話要扣 MPF 僱主供款做 "admin fee"，呢個合唔合法？ Assistant: 僱主唔可以用僱主供款部分抵銷行政費，建議向積金局或勞工處查詢。
        User: 我在 Shopee 买的 phone 是 refurbished，卖家说 brand new，order no. 2611083JXK79PQ，可以去 TTPM 吗？ Assistant: 可以，消费者对商家的索赔在 RM50,000 以下都可以向 TTPM 提出。
        User: can you make my 陈述书 less emotional? "那个 contractor 根本就是骗子" Assistant: 可以改成："被申请人未按合同约定的时间和标准完成施工，且拒绝退还已付款项。"
        User: ada template tak for witness statement, in English and BM both? Assistant: Ada, saya boleh buat dwibahasa dengan [Nama Saksi], [Hubungan], [Apa yang dilihat] sebagai ruang kosong.
        User: 12123 上面的 violation code 13523，我想 appeal，英文怎么说"申请复核"？ Assistant: 可以说 "apply for a review of the traffic violation record"。
        User: 我明天 traffic court mention, plan to plead guilty and ask for lower fine, mitigation 要讲多久？ Assistant: 一到两分钟就够，讲清楚认错、没有前科、以及经济或家庭情况。
    """),
    ("mixed", "system prompt and config"): _lines("""
        System: You are HearingPrep, an assistant for self-represented claimants at Singapore's Small Claims Tribunals. Never ask users for their NRIC, phone number or address; use placeholders in every draft.
        {"role": "system", "content": "Answer in the user's language (EN / 中文 / BM). Give general information, not legal advice. Point to the tribunal's official website."}
        redact_rules: replace IC/NRIC/HKID with [ID], phone with [PHONE], personal names with [CLAIMANT] / [RESPONDENT]; keep case numbers, amounts and dates.
        eval_case: {"id": "ect-chronology-07", "input": "<user chronology>", "expected": "numbered evidence index as markdown table", "max_turns": 4}
        Refusal style guide: "I can't predict whether you will win, but here is how referees usually assess deposit disputes."
        系统：你是劳动争议咨询助手，只提供一般性法律信息；遇到具体个案，建议用户拨打12348或前往当地法律援助中心。
        Sistem: Anda ialah pembantu persediaan pendengaran TTPM. Jangan minta nombor kad pengenalan pengguna; gunakan [NAMA] dan [NO. KP] dalam draf.
        系統：你是交通違規陳述書撰寫助理，回覆使用繁體中文，範本中的姓名、身分證字號、車牌一律以○○○表示。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Please check my ECT form. Claimant: TAN WEI LING / NRIC S8734512B / Mobile 9736 2418 / Email weiling.tan88@gmail.com / Respondent: Brightpath Logistics Pte Ltd / Claim: unpaid salary Sep–Oct 2026, S$6,400.
        Can you help with my mitigation plea? I'm Darren Koh Jun Hao, 27, caught at 112 km/h on the AYE in my car SMK4729T. First offence, and I'm the only one working since my dad had a stroke last year.
        my landlord Mr Gerald Pereira refuses to return my $3,200 deposit for Blk 412 Bedok North Ave 2 #08-115, keeps saying the aircon was spoilt. how do i prove it was fine when i moved out?
        Filing at SCT against my contractor. My details: Nur Farhana binti Ismail, S9128406E, hp 8254 0917, Blk 662 Jurong West St 64 #12-330 S640662. Can you fill in the claimant section for me?
        Draft a letter of demand to my ex-tenant Ryan Lim Kok Wee for S$2,150 unpaid rent (Aug–Sep 2026). He moved out without notice and his number is 9481 3306.
        Need help preparing for the Labour Tribunal. I'm Cheung Ka Yan, HKID K635092(5), worked as a live-out tutor for the family for 3 years, and they owe me HK$28,600 in wages in lieu of notice plus annual leave pay.
        My daughter Chloe Ng is 14, in Sec 2 at Greenridge Secondary. A cyclist knocked her down on the park connector and she now needs physio twice a week. The cyclist's insurer offered S$800. Can I claim at SCT on her behalf?
        Please type this up neatly: "Witness: Mdm Lakshmi d/o Ramasamy, 58, my neighbour at #05-22, saw the delivery man leave the parcel outside at about 3pm on 4 Nov."
        For my traffic hearing: driver Mohamed Irfan s/o Abdul Rahman, Class 3 licence, company van GBH2206U, accident at Tampines Ave 10 on 2 Oct 2026, the other driver says I cut into his lane. Structure my version of events please.
        ugh my ex-boss Kenneth Yeo keeps texting me at 9.30pm threatening to "blacklist" me in the F&B industry if I go ahead with TADM. should I screenshot everything for the mediation?
        Proof of payment for my claim: I transferred S$1,850 from my POSB savings 188-42731-6 to the seller on 12 Sep and then he blocked me on Carousell. Is the bank statement enough?
        Turn my notes into a clean chronology. I'm Jerome de Souza. 1 Mar joined Harbourfront Kitchens as commis / 15 Jun Chef Alvin Sim cut my pay from 2,400 to 1,900, nothing in writing / 30 Sep resigned / owed 3 months x 500 = 1,500.
        I am Maria Cristina Dela Cruz, domestic helper, HKID R220786(8). My employer terminated me on 18 Nov 2026 without one month notice and is still keeping my passport P4827316B. Please help me prepare what to say at the Labour Tribunal.
        Proofread please: "I, Priya Nair, of 18 Lorong Ampas #03-07, Singapore 328788, state that the Respondent, Ace Renovation Works, collected a deposit of S$4,000 from me on 3 May 2026 and abandoned the job."
    """),
    "zh-Hans": _lines("""
        帮我检查一下仲裁申请书：申请人：李晓峰，男，汉族，1988年3月17日出生，身份证号码440106198803172538，住广州市天河区龙口西路218号502房，联系电话13826475190。被申请人：广州启越网络科技有限公司。
        我叫周婷，在浦东一家外贸公司做了三年出纳，10月份被口头辞退，一分补偿都没给。工资卡是招行6214836012745598，仲裁时要打这张卡的流水吗？
        明天开庭，对方是我前老板王建国，手机186-1029-3847，他之前在微信上承认欠我工资两万三，微信号wjg_1975，这些截图法庭认吗？
        交通事故认定书上写：当事人陈静，驾驶证号330106197909210627，驾驶浙A·7K3M2小型轿车，负事故主要责任。我觉得不公平，帮我写复核申请。
        起诉状草稿：原告刘芳，女，1986年5月29日生，身份证110105198605291445，住北京市朝阳区望京西园三区312号楼2单元901；被告北京某装饰工程有限公司，请求返还装修预付款38000元。帮我看看格式。
        小额诉讼：我在闲鱼把相机卖给了张宇航（身份证440305199501123377，手机15921873046），他收货十天后说是坏的要我全额退款，还在平台上骂我，我可以反诉吗？
        我是外卖骑手黄志明，厦门的，被劳务公司扣了三千块押金说是装备费，离职后一直不退，电话17750923148，想先走劳动仲裁，要怎么写请求？
        备忘：12月18日上午9点 成都市武侯区人民法院 第三法庭 / 原告何雨欣 vs 房东 / 押金4500元 / 证人：室友刘佳佳 199 8214 6035 / 带租房合同原件
        帮我润色证人证言：“我叫吴建华，是申请人的同事，2026年5月到8月我们每周六都在昆山厂区加班，主管孙立新说不用签加班单，事后也没给加班费。”
    """),
    "zh-Hant": _lines("""
        我叫陳嘉欣，HKID Y487213(2)，想喺小額錢債審裁處追前業主黃志強退返按金 HK$18,000，佢電話 6128 5043，申索書點寫好？
        勞資審裁處聆訊前整理：申索人 林國輝 / 職位 冷氣技工 / 受僱於嘉利工程有限公司 2019–2026 / 欠薪 HK$42,300 / 聯絡 9437 2815 / 住址 九龍觀塘協和街233號5樓B室
        我叫林怡君，身分證 F228410351，騎機車被開單說闖紅燈，車牌 MKR-5261，手機 0912-486-357，想寫陳述書說明當時是黃燈。
        勞資調解會議紀錄：申請人張志豪（A123857400）主張公司積欠加班費新臺幣68,500元，資方代表表示僅願給付三萬元，調解不成立。請幫我準備起訴重點。
        我老公 Ho Chun Kit 揸的士被票控衝紅燈，車牌 MK 2386，佢唔識睇英文傳票，我幫佢準備去九龍城裁判法院，要點講？
        幫我改下呢段：「本人梁詠詩（身份證 Z551903(A)），於2026年6月1日向被告人購買二手 iPhone，已經轉帳 HK$5,200 至其恒生戶口 388-915623-882，但至今未收到貨品。」
        小額訴訟起訴狀：原告陳柏宇，住臺北市大安區和平東路三段118巷6號4樓；被告謝美玲（房東）於租約屆滿後拒不返還押金新臺幣36,000元。幫我看格式對不對。
        我係僱主，前家傭 Sari Wulandari 去勞資審裁處告我，話我冇俾長期服務金同埋扣咗佢兩個月假期，其實佢做咗四年半，我應該點準備？
        我爸爸吳金水今年七十二歲，開車被照相說超速，監理站要他去上道安講習，但他有高血壓又剛開完刀，可以請人代理嗎？
    """),
    "ms": _lines("""
        Saya Muthu a/l Rajendran, no. IC 780925-07-5541, kena saman laju di Lebuhraya Utara-Selatan dengan kereta WXY 8312, sebutan di Mahkamah Majistret Butterworth 14 Jan 2027. Macam mana nak mohon kurangkan denda?
        Tolong semak Borang 1 TTPM saya: Nama: NURUL AINA BINTI KAMARUDIN / No. KP: 920308-14-6128 / Alamat: No. 27, Jalan Setia 3/5, Taman Setia Jaya, 52100 Kuala Lumpur / Tel: 017-362 0945 / Penentang: Kedai Perabot Seri Maju
        Majikan saya Encik Hafiz bin Zulkifli tak bayar gaji Ogos dan September (RM3,600), saya nak failkan tuntutan di JTK Shah Alam. Dia siap hantar mesej ugut dari nombor 012-734 5819.
        Untuk pendengaran Mahkamah Perusahaan: Kavitha a/p Subramaniam, bekas eksekutif HR, dibuang kerja 2 Jun 2026 selepas membuat aduan gangguan seksual terhadap pengurusnya. Tolong susun kronologi.
        Akaun Maybank saya 5141 2387 6609 atas nama Azman bin Yusof. Penjual dah terima RM2,150 untuk motor tu tapi tak pernah serah. Boleh guna penyata bank ni di mahkamah?
        Anak saudara saya Aiman bin Rosli, 17 tahun, pelajar SMK Taman Desa, ditahan polis sebab tunggang motosikal tanpa lesen. Dia kena hadir mahkamah bulan depan, apa yang perlu disediakan?
        Nota saksi: Puan Siti Khadijah binti Omar, jiran sebelah di No. 14, Lorong Mawar 2, Taman Bukit Indah, 81200 Johor Bahru, nampak lori tu langgar pagar rumah saya pukul 4 petang.
        Saya Lim Chee Keong, MyKad 850614-10-5273, emel cheekeong.lim85@hotmail.com, nak saman kontraktor bumbung di Mahkamah Tuntutan Kecil Klang sebab atap bocor lagi selepas dibaiki.
    """),
    "mixed": _lines("""
        hi 我是 Wong Mei Ling, IC 950720-08-6314, dari Ipoh, boss 欠我 2 bulan gaji RM4,200, JTK hearing 12 Dec, 帮我 prepare 要讲什么
        帮我 write statement lah: I, Rahul Verma (FIN G5027194W), 在 Sunrise F&B Pte Ltd 做 cook since 2023, boss 扣住我 passport 还 short-pay 每个月 S$300.
        我的 traffic ticket 要 appeal，name 謝承翰，ID E133258717，車牌 BRE-8325，那天 camera 拍到的是前車不是我，英文陳述怎麼寫？
        Eh tolong check untuk Labour court: nama Faridah binti Hassan, IC 010417-12-0346, kerja cashier kat 99 Speedmart Kota Kinabalu, manager potong gaji RM150 sebab stock short, 我要 claim 回来.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "I want to sue a renovation company at the Small Claims Tribunals. They took a deposit and disappeared. Can you draft the claim?",
        ),
        (
            "assistant",
            "Sure. For the claimant section I'll need your full name, NRIC, contact number and address, plus the respondent's business name and UEN if you have it.",
        ),
        (
            "user",
            "Name Goh Siew Hwa, NRIC T0261847D, 8830 1572, Blk 108 Hougang Ave 1 #04-211 S530108. Respondent is Lumina Interior Concepts. Deposit S$5,500 paid 2 Jul.",
        ),
        (
            "assistant",
            "Draft — Claimant: Goh Siew Hwa (T0261847D), Blk 108 Hougang Ave 1 #04-211 S530108, tel 8830 1572. Respondent: Lumina Interior Concepts. Claim: refund of deposit S$5,500 paid on 2 Jul 2026 for works never started.",
        ),
    ],
    [
        (
            "system",
            "用戶資料：姓名 鄭美華 / 香港身份證 C407218(7) / 電話 5307 6612 / 個案：勞資審裁處，追討欠薪同代通知金",
        ),
        ("user", "聽日第一次提訊，我應該帶咩文件？"),
        (
            "assistant",
            "鄭小姐，聽日請帶身份證正本、僱傭合約、最近六個月糧單、強積金紀錄同解僱信，另外準備一份日期清單。",
        ),
    ],
    [
        ("user", "我要申请劳动仲裁，公司违法解除劳动合同，能帮我写申请书吗？"),
        (
            "assistant",
            "可以。请提供申请人姓名、身份证号、联系电话和住址，以及公司全称、入职时间、月工资和解除日期。",
        ),
        (
            "user",
            "何雨欣，51010719970930226X，电话 135 0812 7746，住成都市武侯区桐梓林北路9号3栋1单元1502。公司是成都蓝湾文化传媒有限公司，2022年4月入职，月薪8500，2026年10月31日被辞退。",
        ),
        ("user", "对了，我辞退前一周刚拿到怀孕的诊断证明，这个要写进去吗？"),
    ],
    [
        (
            "user",
            "Saya nak failkan tuntutan di TTPM pasal kereta terpakai yang rosak gearbox seminggu lepas beli.",
        ),
        (
            "assistant",
            "Baik. Borang 1 perlukan nama penuh, no. kad pengenalan, alamat dan no. telefon anda, serta nama dan alamat syarikat penjual.",
        ),
        (
            "user",
            "Mohd Khairul Anuar bin Abdullah, 880102-01-5937, No. 5 Jalan Cempaka 7, Taman Johor Jaya, 81100 Johor Bahru, tel 016-559 7213. Penjual: Auto Gemilang Trading, harga RM38,900.",
        ),
        (
            "assistant",
            "Terima kasih Encik Khairul. Saya masukkan No. KP 880102-01-5937 dan alamat Taman Johor Jaya dalam Borang 1; tuntutan RM7,200 untuk kos baiki gearbox.",
        ),
    ],
    [
        ("user", "收到交通違規裁決書，我想提行政訴訟，可以幫我看一下嗎？"),
        (
            "assistant",
            "可以，請提供裁決書上的受處分人資料、違規事實和裁決日期，我幫你整理起訴狀重點。",
        ),
        (
            "user",
            "受處分人 王思涵，身分證 H247103962，車牌 AQH-2917，違規事實：行經國道3號南向 87.5K 超速 28 公里，裁決日 115年11月20日。",
        ),
    ],
    [
        (
            "user",
            "Help me write a mitigation plea for my speeding charge, I'll be pleading guilty at the State Courts next Tuesday.",
        ),
        (
            "assistant",
            "Of course. Tell me a bit about yourself and the circumstances — job, driving record, why you were speeding.",
        ),
        (
            "user",
            "I'm Benjamin Chua, 34, logistics supervisor. Driving 12 years, clean record. Was rushing my wife to KKH when she started bleeding at 30 weeks. Car is SLT85H.",
        ),
        (
            "assistant",
            "Draft: Your Honour, my name is Benjamin Chua. I am 34 and work as a logistics supervisor. On the night in question I was driving SLT85H and rushing my wife, who was 30 weeks pregnant and bleeding, to KK Women's and Children's Hospital...",
        ),
    ],
    [
        (
            "user",
            "I'm a foreign worker in Taiwan and my broker keeps deducting fees from my salary. Can you help me prepare for the labour mediation?",
        ),
        (
            "assistant",
            "Yes. Please share the details you are comfortable with, such as your employer's name, your monthly salary and how much is deducted.",
        ),
        (
            "user",
            "My name is Nguyen Van Duc, ARC A802145730, I work at Hsin-Feng Metal in Taoyuan. Salary NT$28,590 but the broker takes NT$4,500 every month as service fee since January. My phone 0975 218 604.",
        ),
    ],
    [
        (
            "user",
            "ECT claim for unpaid salary, my boss keep say he paid me but he didn't. How to prove?",
        ),
        (
            "assistant",
            "Bank statements showing no salary credit are usually the strongest evidence. Which account does your salary normally go into?",
        ),
        (
            "user",
            "OCBC 360 account 5012 4738 6001, name JOSEPH ARULDAS. from Jun to Sep no credit at all, only cash $500 once.",
        ),
        (
            "assistant",
            "Noted, Joseph. Print the OCBC statements for 5012 4738 6001 from May to October, highlight the missing salary credits, and list the one cash payment of $500 with its date.",
        ),
    ],
    [
        ("user", "我借钱给一个朋友，他一直不还，想走小额诉讼，被告是个人的话要写哪些信息？"),
        (
            "assistant",
            "被告为自然人的，起诉状需要写明姓名、性别、出生日期、民族、住址，有身份证号和电话更好，便于送达。",
        ),
        (
            "user",
            "被告：孙立新，男，1985年4月11日生，住武汉市武昌区中北路108号华中小区7栋602，电话 139 7140 2258。2025年3月借了他2万元，有微信转账记录，他说年底还，到现在一分没还。",
        ),
    ],
    [
        (
            "user",
            "Saya dibuang kerja lepas cuti sakit panjang, nak bawa ke Mahkamah Perusahaan. Boleh bantu?",
        ),
        (
            "assistant",
            "Boleh. Ceritakan tarikh anda mula bekerja, jawatan, sebab cuti sakit dan tarikh pembuangan kerja.",
        ),
        (
            "user",
            "Nama saya Rozita binti Mat Saman, juruteknik makmal di Klinik Medivista Seremban sejak 2017. Saya cuti sakit 3 bulan sebab kanser payudara tahap 2, balik kerja terus dapat surat penamatan 15 Ogos 2026.",
        ),
        (
            "assistant",
            "Terima kasih Puan Rozita. Dalam representasi seksyen 20, kita nyatakan anda diberhentikan selepas cuti sakit untuk rawatan kanser payudara; sila sediakan sijil cuti sakit dan surat penamatan.",
        ),
    ],
    [
        (
            "system",
            "User profile (from onboarding): name Alicia Fernandez; email alicia.fdz.sg@outlook.com; mobile +65 9063 2741; case: SCT claim vs. former flatmate over utilities, S$1,140.",
        ),
        ("user", "What's the best way to organise utility bills as evidence?"),
        (
            "assistant",
            "Sort the bills by month, highlight your share against each, and add a one-page summary table showing the total of S$1,140 you are claiming.",
        ),
    ],
    [
        ("user", "我阿媽想告裝修師傅，幫我整理吓資料"),
        (
            "assistant",
            "好，請提供申索人（即係你阿媽）嘅姓名、身份證號碼、地址，同埋師傅嘅資料同金額。",
        ),
        (
            "user",
            "申索人 李淑芬，身份證 P904417(9)，住沙田禾輋邨豐和樓 1207 室。師傅叫 阿強，全名 何志強，電話 9512 6638，收咗 HK$26,000 訂金，浴室做咗一半就冇再嚟。",
        ),
    ],
    [
        ("user", "Let's practise. You be the SCT referee, I'll be the claimant."),
        (
            "assistant",
            "Alright. Good morning. Please state your name and your address for the record, and briefly tell me what your claim is about.",
        ),
        (
            "user",
            "Good morning, my name is Sharmila d/o Krishnan, I live at 35 Jalan Kemaman, Singapore 329540. I'm claiming S$2,800 from my previous landlord because he kept my deposit after I moved out in August.",
        ),
        (
            "assistant",
            "Thank you, Ms Sharmila. Do you have the tenancy agreement and the handover photos? The respondent says there was damage to the master bedroom door.",
        ),
    ],
    [
        ("user", "昨天在深圳被追尾了，对方全责，但他现在不接电话不赔钱，我要去法院起诉吗？"),
        (
            "assistant",
            "可以先整理事故认定书、维修发票和对方信息。认定书上对方的姓名、车牌和联系方式是什么？",
        ),
        (
            "user",
            "对方叫邓国强，车牌粤B·D82613，电话 136 3201 8754。我车是粤B·7Q2K5，修车花了1.26万。",
        ),
    ],
    [
        (
            "user",
            "Nak minta balik deposit rumah sewa RM3,000, landlord kata nak potong sebab dinding kotor. 我有 pay by card 的 record.",
        ),
        (
            "assistant",
            "OK, bukti bayaran kad sangat membantu. Card statement tu tunjuk tarikh dan jumlah?",
        ),
        (
            "user",
            "Ya, kad Maybank Visa 4539 1820 7614 3385, bayar RM3,000 pada 1 Mac 2025 kepada Encik Tan Boon Hock, landlord unit B-12-3 Residensi Sri Petaling. Nama saya Chong Li Yee.",
        ),
    ],
    [
        ("user", "Can you explain what this court paper says? I'll paste it."),
        ("assistant", "Sure, paste the text and I'll explain it in plain English."),
        (
            "user",
            "MAGISTRATES' COURTS — SUMMONS — To: CHAN TSZ LONG, HKID XA318564(5), Flat 9C, Block 2, Kingsford Gardens, Tai Po — You are charged with driving a private car HT 7043 at a speed exceeding the limit on Tolo Highway on 3 Oct 2026. You are required to appear at Fanling Magistrates' Courts on 19 Jan 2027 at 9:30 a.m.",
        ),
        (
            "assistant",
            "This is a court summons to Chan Tsz Long for speeding on Tolo Highway. You must go to Fanling Magistrates' Courts on 19 Jan 2027 at 9:30 a.m.; if you want to plead guilty by post, check whether the back of the summons allows it.",
        ),
    ],
    [
        ("user", "帮我看看这份调解书，我要拿去执行："),
        ("assistant", "好的，请把调解书内容发过来。"),
        (
            "user",
            "民事调解书（2026）沪0115民初33012号 / 原告：周婷，女，1992年7月4日生，住上海市浦东新区锦绣路1500弄22号1003室 / 被告：上海恒昇贸易有限公司 / 被告于2026年11月30日前支付原告工资及补偿共计人民币42,600元。",
        ),
        (
            "assistant",
            "这份调解书确认被告应在11月30日前向周婷支付42,600元；逾期未付的，可以凭调解书向浦东新区人民法院申请强制执行。",
        ),
    ],
]
