# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat80: chats asking an assistant for help with one's own debts and credit (cards, BNPL, CTOS/CCRIS, consolidation, loan scams). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat80
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "chat_howto"): _lines("""
        User: What's the difference between CTOS and CCRIS, and which one do banks actually look at when I apply for a housing loan? Assistant: CCRIS is Bank Negara Malaysia's central credit database showing your last 12 months of repayment conduct; CTOS is a private credit reporting agency that also pulls in litigation records and trade references. Most banks check both.
        User: If I pay off my credit card in full today, how long before CCRIS shows the balance as zero? Assistant: Lenders usually report once a month, so expect the update after the next reporting cycle, typically within 4-6 weeks.
        How does the AKPK Debt Management Programme work and will it stop me from getting a new credit card while I'm on it?
        User: is it true that having zero credit history is worse than having a bad one? Assistant: Not worse, but a thin file gives lenders little to go on. A small card used lightly and paid in full every month builds a track record within a year.
        Can you explain the snowball vs avalanche method using RM figures? Say I have three cards at 15%, 17% and 18% p.a. with balances of RM3,200, RM7,800 and RM1,450.
        User: I have four BNPL plans running on Atome, SPayLater, Grab PayLater and Boost. Does missing one show up anywhere? Assistant: Some BNPL providers already share repayment data with credit reporting agencies and regulation is tightening, so treat a missed BNPL instalment exactly like a missed loan payment.
        What does the 'Special Attention Account' flag in CCRIS mean and how do I get removed from it?
        User: Got a WhatsApp saying I'm pre-approved for a RM50,000 personal loan at 0.8% flat, just need to pay a RM399 processing fee first. Legit? Assistant: That is a classic advance-fee loan scam. Licensed lenders never ask for upfront payment before disbursement. Check the lender on the KPKT licensed moneylender list and call the NSRC at 997 if you have already paid.
        Is a debt consolidation loan better than a balance transfer if my total card debt is around RM28k and my salary is RM4,200?
        User: What happens if I just stop paying my credit card? Assistant: Late charges and interest pile up, CCRIS shows the months in arrears, the account goes to a collection agency and the bank may eventually sue. In Malaysia a bankruptcy petition needs a debt of at least RM100,000.
        How do I read the facility table in my CCRIS report? What do the numbers 0, 1, 2 in the 12-month row mean?
        User: my sister keeps using my credit card and I end up paying, how do I bring it up without a fight? Assistant: Start from the numbers rather than blame: show her the statement, agree on a fixed amount she repays each month, and remove her as a supplementary cardholder if it continues.
        Explain in simple words what paying only the 5% minimum actually costs me over a year on an RM10,000 balance at 18% p.a.
        User: Is it legal for a debt collector to call my office and tell my boss? Assistant: Collection agents acting for Malaysian banks must follow Bank Negara's debt collection rules; they may not disclose your debt to third parties or harass you. Complain to the bank first, then to BNMLINK.
        Write me a 6-month budget plan in a table for someone earning RM3,800 net with RM1,100 in card minimums and a RM650 car loan.
        What's a good CTOS score range, and how is it different from the FICO score Americans talk about?
        User: my late father left credit card debt, do we as family have to pay it? Assistant: Heirs are generally not personally liable; the debt is paid from his estate before distribution. If the estate is not enough, the balance is usually written off unless someone co-signed or stood as guarantor.
        Is it smarter to use my EPF Akaun Fleksibel withdrawal to clear an 18% credit card, or leave the money to grow?
    """),
    ("en", "template_request"): _lines("""
        Draft a hardship letter to my credit card issuer asking to convert my outstanding balance into a 36-month instalment plan. Use [Full Name], [Card Number: last 4 digits] and [Address] as placeholders.
        Fix the grammar of this template: Dear Sir/Madam, RE: Request for Restructuring of Personal Financing Account No. [__________]. I, [NAME], NRIC No. [______-__-____], wish to apply for a reduced monthly instalment due to loss of income.
        Please make this sound more formal: 'hi bank pls stop charging me late fee i paid already on 3rd, ref no is FPX2611030045812'.
        Give me a fill-in-the-blank IOU form in English and Malay for lending money to a friend: lender name, borrower name, IC number, amount, repayment date, two signature lines.
        Can you write a polite WhatsApp message asking a friend to repay RM800 they borrowed last month? Don't use any names, I'll add them myself.
        Create a debt tracker spreadsheet with columns: Creditor, Type (Card/BNPL/PL), Balance, APR, Min Payment, Due Day, Status, and a formula for total interest per month.
        Write a dispute letter to CTOS about an incorrect trade reference entry. Placeholders: <Your Name>, <IC No.>, <Entry Reference>, <Creditor Name>, <Date of Report>.
        Template SMS for our collections system: 'Dear Customer, your Card ending XXXX has an overdue amount of RM[amount]. Please pay by [date] to avoid late charges. Ignore if paid.'
        Help me write a LinkedIn-style post about how I cleared RM40k of debt in 3 years, without naming any banks or people.
        Draft a letter of authorisation allowing [Name of Representative] to liaise with AKPK on behalf of [Name of Applicant], IC [XXXXXX-XX-XXXX], for the purpose of the Debt Management Programme.
    """),
    ("ms", "chat_soalan"): _lines("""
        Pengguna: Macam mana nak semak CCRIS sendiri? Boleh buat online ke? Pembantu: Boleh. Daftar akaun eCCRIS di laman web Bank Negara Malaysia, sahkan identiti anda, dan laporan boleh dimuat turun secara percuma.
        Saya ada hutang kad kredit RM15 ribu, gaji RM3,200. Patut masuk AKPK terus atau cuba berunding sendiri dengan bank dulu?
        Pengguna: Apa maksud 'R&R' dalam laporan CCRIS saya? Teruk ke? Pembantu: R&R bermaksud penjadualan semula dan penstrukturan semula, iaitu terma bayaran kemudahan itu telah diubah. Ia bukan senarai hitam, tetapi sesetengah bank menilai permohonan baharu dengan lebih ketat.
        Tolong terangkan apa itu Beli Sekarang Bayar Kemudian (BNPL) dan risikonya kalau guna banyak platform serentak.
        Pengguna: Dapat panggilan kononnya dari Bank Negara kata akaun saya terlibat pengubahan wang haram. Betul ke? Pembantu: Itu modus penipuan biasa. Bank Negara tidak menghubungi orang awam tentang akaun peribadi. Letak telefon dan hubungi NSRC di talian 997 jika wang sudah dipindahkan.
        Boleh buatkan contoh surat rayuan kepada bank untuk tangguh bayaran 3 bulan sebab hilang kerja? Guna ruang kosong untuk nama dan nombor akaun.
        Berapa lama rekod tunggakan kekal dalam CCRIS selepas saya langsaikan hutang?
        Pengguna: Ceti haram ugut nak datang rumah. Apa saya patut buat? Pembantu: Buat laporan polis segera, simpan semua mesej sebagai bukti dan jangan bayar ke akaun pihak ketiga. Pemberi pinjam wang tidak berlesen juga boleh dilaporkan kepada KPKT.
        Kalau saya jadi penjamin pinjaman kereta kawan dan dia tak bayar, adakah rekod CCRIS saya pun terjejas?
        Program Pengurusan Kredit AKPK biasanya ambil masa berapa tahun? Ada caj tak?
        Pengguna: Kad kredit saya kena caj tahunan RM250, boleh minta dikecualikan? Pembantu: Boleh cuba. Hubungi khidmat pelanggan bank, nyatakan anda pelanggan lama dan minta pengecualian; banyak bank akan beri jika perbelanjaan tahunan mencapai jumlah minimum.
        Senaraikan tanda-tanda iklan pinjaman 'tanpa CTOS, tanpa CCRIS, lulus segera' yang sebenarnya penipuan.
        Apa itu pinjaman penyatuan hutang bank? Biasanya kelayakan gaji minimum berapa?
        Apa perbezaan kad kredit dan kad caj? Mana satu lebih selamat untuk orang yang baru habis program AKPK?
    """),
    ("zh-Hans", "chat_question"): _lines("""
        用户：马来西亚的CTOS分数多少算好？我现在是612分，想申请房贷。助手：CTOS分数范围是300到850，一般697以上被视为良好。612分属于中等，建议先降低信用卡使用率、准时还款三到六个月再申请。
        信用卡只还最低还款额，利息到底是怎么算的？能用一万令吉的例子说明吗？
        用户：网贷逾期会不会上征信？我在国内用过借呗和花呗。助手：借呗和花呗的大部分额度已接入中国人民银行征信系统，逾期记录会被上报，一般保留五年。
        帮我写一封请银行减免滞纳金的邮件模板，姓名和卡号留空就好。
        用户：有人打电话说是银保监会的，要帮我注销校园贷账户，不然影响征信，这是真的吗？助手：这是典型的“注销校园贷”诈骗，监管机构不会打电话让你转账或贷款来“注销”账户。请挂断，并拨打96110反诈专线咨询。
        债务重组和债务合并有什么区别？哪个对征信影响小一点？
        用户：我有五张信用卡，总共欠了八万多令吉，每个月光利息就一千多，怎么办？助手：先列出每张卡的余额和利率，再考虑向AKPK申请债务管理计划，它可以跟各家银行协商较低的利率和较长的还款期。
        先买后付（BNPL）分期太多了，有没有什么方法系统地整理？
        个人征信报告里的“查询记录”太多会影响贷款审批吗？多久会消失？
        用户：刘备借荆州是不是史上最有名的“有借无还”？哈哈，帮我写一段幽默的开场白，讲按时还钱的重要性。
        怎么判断一个贷款App是不是正规持牌机构？在马来西亚可以查哪些名单？
        用户：银行说我的账户已经列为坏账，还能协商吗？助手：可以。即使已转为坏账或交给催收公司，你仍然可以直接联系银行或通过AKPK提出一次性和解或分期方案，并要求书面确认。
        帮我算一下：信用卡余额RM6,500，年利率18%，每月还RM500，多久能还清？
        用户：我朋友说可以花钱“洗白”征信记录，是真的吗？助手：不是。逾期记录只能靠按时还款、等保存期限届满来改善，所谓“征信修复”“洗白”大多是诈骗。
    """),
    ("zh-Hant", "chat_question"): _lines("""
        使用者：聯徵分數多少才算正常？我想辦房貸。助手：聯徵信用評分一般介於200到800分，多數銀行認為700分以上較佳；建議避免短期內頻繁申請信用卡或貸款。
        卡債協商跟前置調解有什麼不同？哪一個對信用紀錄影響比較小？
        使用者：香港的TU信貸評級H級以下是不是很難借錢？助手：環聯將評級分為A至J級，H至J級屬高風險，銀行通常會拒絕或提高利率。按時還款並減少信貸查詢，評級會逐步回升。
        請問「個人自願安排」（IVA）和申請破產在香港有什麼分別？
        幫我寫一份給銀行的還款協商信範本，姓名、身分證字號和帳號都用○○○代替。
        使用者：有人在Facebook貼「免聯徵、當天撥款」，這種可信嗎？助手：非常可疑。合法業者不會保證免審核撥款，常見手法是先收保證金或要你交出存摺和提款卡，小心淪為人頭帳戶。可撥165反詐騙專線查詢。
        信用卡循環利息上限是多少？台灣現在是不是最高15%？
        使用者：晚繳一次卡費會被記錄多久？助手：在台灣，延遲繳款紀錄一般在聯徵中心揭露一年；在香港，環聯的逾期紀錄通常保留五年。
        先買後付（BNPL）會不會影響我在環聯的信貸評級？
        請用表格比較債務舒緩計劃（DRP）與個人自願安排（IVA）的利弊。
        請簡述2005至2006年台灣雙卡風暴的成因、卡奴問題與後來的法規改革。
        使用者：我媽媽有三張卡欠款，退休了沒收入，可以幫她申請什麼？助手：可以先向最大債權銀行申請債務協商，或向法院聲請前置調解；若確實無力清償，再評估更生或清算程序。
    """),
    ("mixed", "manglish_chat"): _lines("""
        User: bro my cc outstanding dah 12k, bank call every day, can lapor AKPK ke? Assistant: Yes, you can apply for AKPK's DMP online; once you are enrolled the banks usually stop their own collection calls.
        eh how to check CTOS score free ah? the app keep asking me pay RM26.50
        User: 我的SPayLater逾期了两个月, will it affect my housing loan application tahun depan? Assistant: 有可能。部分BNPL平台已向信用报告机构提供还款记录，银行审批房贷时也会查看CTOS/CCRIS。建议尽快还清并保留收据。
        User: kawan ajak join 'investment' 10% sebulan, but need to take personal loan first. sounds like scam kan? Assistant: Yes. Guaranteed 10% monthly returns are a hallmark of a Ponzi scheme, and borrowing to join doubles the damage. Check the Securities Commission's Investor Alert List.
        请问 credit card balance transfer 0% 6 bulan 真的划算吗? got hidden fee or not
        User: my CCRIS got 1 then 2 then 0, means what ah? Assistant: Each number is how many instalments you were behind that month. 1 and 2 mean one and then two months in arrears; 0 means you caught up.
        can help me translate to BM: 'I am writing to request a reduction in my monthly instalment due to a temporary reduction in income.'
        User: Ah Long 放贷 interest 20% per week, boleh report ke mana? Assistant: 可以向警方报案，也可向房屋及地方政府部（KPKT）举报无执照放贷者。请保留所有聊天记录和转账收据。
        lol my card statement got RM0.01 outstanding, if don't pay will kena late fee ke?
        User: 我想 settle 我的 PTPTN, got discount if pay lump sum? Assistant: PTPTN has run discount campaigns for full settlement from time to time; check the official PTPTN site or the myPTPTN app for the current offer.
        is it ok to apply 3 credit cards at same time for the welcome gift? later CCRIS jadi ugly tak?
        User: I want to surrender my car because can't afford, voluntary repossession will affect CCRIS tak? Assistant: Yes. The bank will auction the car and if the sale price doesn't cover the balance you still owe the shortfall, which stays in CCRIS until settled.
    """),
    ("en", "reference_numbers"): _lines("""
        AKPK case reference DMP/2026/KL/0048113: status changed from 'Proposal Sent' to 'Accepted by all creditors' on 14/11/2026. What happens next?
        User: My Atome order ATM-7Q2K-88341 shows 'Overdue' but I paid on the 3rd, FPX ref 2611030045812774. Assistant: Contact Atome support with the FPX reference and a screenshot of the bank confirmation; they can reconcile the payment manually and reverse the late fee.
        Statement date: 18 Nov 2026 | Payment due: 08 Dec 2026 | Minimum payment: RM 312.40 | Total outstanding: RM 6,248.05 | Card ending 0071 - why is the minimum not 5%?
        Can you add pytest cases for this: def min_payment(balance, rate=0.05, floor=50): return max(balance * rate, floor) - test balances of 0, 999.99 and 25000.
        Tracking no. ER884420352MY - the bank says my replacement card was posted by Pos Laju, how long does it usually take to reach Sabah?
        Regex question: does ^[0-9]{6}-[0-9]{2}-[0-9]{4}$ reject an IC with month 13, or do I need a date check as well?
        Use the Stripe test card 4242 4242 4242 4242 with any future expiry and CVC 123 when testing the repayment page; never paste a real card into the sandbox.
        Invoice INV-2026-11-004718 from Grab PayLater: Instalment 3 of 4, RM 47.25, due 25/11/2026. Is the RM2 late fee capped?
        Loan agreement v3.2 (rev. 2026-08), clause 14.2: late payment charge of 1% per annum on the overdue instalment, calculated daily. Is that normal?
        SHA-256 of the exported CTOS report PDF: 9f2c1e7a4b3d6e8f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6071 - is this how I check it wasn't edited?
        Ticket #CS-20261204-7731 (PayLater): customer reports duplicate deduction of RM 89.90 on 02/12/2026 23:41; escalated to Tier 2, SLA 5 working days.
        The debt collector's letterhead shows SST No. W10-1808-31012345 and company no. 201901012345 (1320456-K). Is that enough to check they are a real agency?
    """),
    ("mixed", "public_bodies_and_figures"): _lines("""
        User: what's AKPK's number? Assistant: AKPK's contact centre is 03-2616 7766; you can also start an application on the AKPK website or at any of its branches.
        User: Who is the current Governor of Bank Negara Malaysia? Assistant: Datuk Seri Abdul Rasheed Ghaffour, who took office in July 2023, succeeding Tan Sri Nor Shamsiah Mohd Yunus.
        Summarise Mr Micawber's famous advice on income and expenditure from David Copperfield and relate it to a modern monthly budget.
        The National Scam Response Centre (NSRC) can be reached at 997; for complaints about banks, BNMLINK is at 1-300-88-5465.
        User: Was CCRIS set up under Zeti Akhtar Aziz? Assistant: Yes, Bank Negara Malaysia built the Central Credit Reference Information System in the early 2000s while Tan Sri Dr Zeti Akhtar Aziz was Governor.
        Rewrite Polonius's 'Neither a borrower nor a lender be' speech from Hamlet in plain Malaysian English for a financial literacy poster.
        Maybank's customer care line is 1-300-88-6688 and CIMB's is 03-6204 7788; both say they will never ask for your TAC over the phone.
        用户：马来西亚存款保险机构（PIDM）每位存款人在每家银行的保障上限是25万令吉，对吗？助手：对，这是每位存款人在每家成员机构的保障上限。
        Elizabeth Warren 在哈佛研究美國家庭破產的主要結論是什麼？請用繁體中文簡述。
        Pengguna: Siapa kawal selia pemberi pinjam wang berlesen, KPKT atau Bank Negara? Pembantu: KPKT, di bawah Akta Pemberi Pinjam Wang 1951; senarai syarikat berlesen disiarkan di laman web KPKT.
        Credit Bureau Singapore lets you buy your own credit report online, and it is free within 30 days of applying for a new credit facility.
        Koperasi potongan gaji dan pinjaman LPPSA: adakah kedua-duanya direkodkan dalam CCRIS?
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        My CTOS report says there's a legal case against me but I never borrowed from them. Details: NUR FARHANA BINTI ZAKARIA, IC 930918-01-6644, case filed at the Sessions Court Johor Bahru by a credit company for RM4,180. Help me write a dispute.
        Can you rewrite this to the bank more politely: 'I'm Lim Wei Jie, card no 4570 1837 9774 5276, I already paid RM1,200 on 2 Nov and you still charged late fee. Fix it.'
        help me reply to my cousin Priya d/o Ramasamy, she asked to borrow RM3k again to clear her Atome and Shopee PayLater, she still owes me RM1,800 from March
        Pasting my statement: MR DANIEL JOSEPH FERNANDEZ | Card No. 5196 9996 9978 5867 | Statement Date 15/11/2026 | Total Due RM 9,418.72 | Min Due RM 470.94 - why is the interest so high?
        I need to list my debts for AKPK. Name: Mohd Hafiz bin Abdullah, IC 880412-10-5523, phone 012-387 4416, site supervisor in Shah Alam, net RM3,950. Debts: CIMB card RM11,200, Maybank PL RM24,500, Atome RM640. Make it a table.
        Scam check: a guy called my number 016-552 7093 and already knew my name Siti Aminah binti Rahman and my address, No. 17, Jalan Kenanga 3, Taman Sri Muda, 40400 Shah Alam. He said my Maybank account 5140 2281 9307 will be frozen. Is this a data leak?
        fix grammar pls - From: kelvin.ooi.kh88@gmail.com / Subject: settlement / Dear Sir, I, Ooi Kah Hock, would like to request a settlement discount for my overdue Visa 4532 9104 8607 6812 because I am retrenched since August.
        My dad Lim Chee Keong (IC 640221-05-5089) had a stroke in September and can't work; his Public Bank card is 3 months overdue. Can I apply for hardship assistance on his behalf?
        I'm on the Debt Repayment Scheme in Singapore, NRIC S8821457I, Tan Jun Hao. The Official Assignee letter mentions an 'ad-hoc contribution' - what does that mean for my S$650 monthly instalment?
        Summarise this collection letter for me: 'To: ARUN KUMAR A/L SELVARAJ, 23A Lorong Bukit Minyak 5, 14000 Bukit Mertajam, Pulau Pinang. Outstanding RM 7,325.60 on Account 3188047726. Failing payment within 14 days legal action will be taken.'
        A 'loan agent' on Telegram wants me to verify my handle @hazwan_ridzuan95 and send front and back of my IC before releasing RM8,000. I'm Hazwan, I already sent the selfie. What now?
        Is this format fine for the balance transfer form? Applicant: CHAN MEI LING, NRIC 910726-14-6138, mobile 017-208 5531, transferring RM8,000 from card 4364 9321 1980 8828.
    """),
    "ms": _lines("""
        Tolong semak surat ni: Saya, NORAZLINA BINTI MAT ISA (No. KP: 870509-12-5746), memohon penstrukturan semula pinjaman peribadi akaun no. 1620 4419 0735 kerana suami saya telah diberhentikan kerja.
        Abang saya Khairul Anuar bin Jaafar pinjam duit ceti RM2,000, sekarang kena bayar RM600 seminggu, ceti dah datang rumah mak kami di Kampung Padang Jawa. Apa kami boleh buat?
        Nombor saya 019-664 2380, saya dapat SMS kononnya dari AKPK suruh bayar RM150 yuran pendaftaran ke akaun CIMB 7064118293. Betul ke AKPK minta bayaran?
        Kereta Myvi saya nombor plat PKN 4721 kena tarik semalam, nama dalam geran Muhammad Izzat bin Roslan. Bank cakap boleh tebus dalam 21 hari. Betul ke?
        Senarai hutang keluarga: Mak (Zaharah binti Osman) - kad kredit RM4,300; Ayah (Ismail bin Hassan) - pinjaman koperasi RM18,000 potong gaji; Adik (Nadia) - SPayLater RM900. Buatkan pelan bayar balik.
        Borang AKPK: Nama: SYAFIQ IRFAN BIN KAMARUL ZAMAN | No. KP: 020815-10-1233 | Emel: syafiqirfan.kz@yahoo.com | Pendapatan: RM2,100 | Majikan: kedai telefon di Bangi. Betul ke cara isi?
        Nak tanya, Puan Faridah Hanim binti Yusof, cikgu anak saya, pinjam RM5,000 dari kumpulan kutu kami dan dah 4 bulan tak bayar. Boleh failkan tuntutan kecil?
        Saya Dayang Nurul Syahirah binti Awang Ahmad, IC 960302-13-5480, gaji bersih RM2,850. Tolong kira DSR saya kalau nak mohon pinjaman peribadi RM20k.
        Apa maksud penyata ni? Pemegang akaun: AHMAD FAUZI BIN RAZAK / No. Akaun: 5621 0934 8817 / Baki: RM 312.45 / Auto-debit Aeon Credit gagal 3 kali berturut-turut.
    """),
    "zh-Hans": _lines("""
        帮我看看这份征信报告有什么问题：姓名 陈晓彤，身份证号 440306199007143627，手机 138 2654 7719，逾期记录：某股份制银行信用卡 2026年3月 逾期1期。
        我叫黄丽娜，在吉隆坡工作，IC是850103-07-5262，信用卡一共欠了RM32,000，想参加AKPK，帮我算一下每个月大概要还多少。
        我老公周建明在网贷平台借了十几万，现在催收天天打我电话 159 1872 4406，还说要上门到厦门我们家，怎么办？
        帮我改一下这条微信：“林子豪，你上个月借的3000块什么时候还？我微信号 xiaoyu_0923 你也删了？”
        客户资料（请帮我翻译成英文）：姓名：吴淑芬 | 护照号：E71204853 | 马来西亚工作准证持有人 | 欠款：信用卡 RM5,600、个人贷款 RM12,000
        我在借呗逾期了，账户绑定的手机号是 186 0597 3321，身份证 350203198611250479，能不能帮我写一份协商还款申请？
        我表哥郑国强欠了我两万块，他在昆山一家电子厂上班，我想写一封律师函吓吓他，帮我起草。
        信用卡账单：户名 王磊 卡号 6225 8852 5243 8627 本期应还 ¥18,420.66 最低还款 ¥1,842.07，分期的话手续费怎么算？
        我妈妈 Tan Ah Moi 今年68岁，被人骗去用她的IC 580914-07-5138 申请了三张信用卡，现在银行来追数，要怎么处理？
    """),
    "zh-Hant": _lines("""
        請幫我潤飾給銀行的協商信：本人張家豪，身分證字號 F124590730，信用卡卡號 4283-8612-2685-8947，因失業無力繳款，懇請同意分120期攤還。
        我太太陳怡君（A228710468）的卡債已經轉給資產管理公司，對方一直打她手機 0912-386-540，說不還就要扣薪水，這合法嗎？
        本人梁志偉，HKID K472918(8)，想申請IVA，欠款大約HK$38萬，電話 9136 2247，幫我整理一份資產負債表。
        幫我回覆財務公司WhatsApp：「何小姐，你嘅私人貸款已逾期45日，請即聯絡我哋」- 我叫何詠詩，住將軍澳彩明苑彩富閣12樓7室，想問可唔可以分期。
        我老豆黃國雄上個月中風入院，佢張信用卡 5412 1153 1897 9348 仲有三萬幾未還，我可唔可以代佢申請暫緩還款？
        我同事吳宗翰一直借錢不還，總共欠我新台幣八萬，他的LINE ID是 tsunghan0716，我可以怎麼提告？
        香港身份證 Y305164(A) 係我阿媽嘅，佢畀人冒用咗去借財仔錢，我哋點樣報警同埋通知環聯？
    """),
    "mixed": _lines("""
        bro can help me check this msg from 'bank'? they sent to my no 011-2874 3360, say card 5579 5358 0191 2283 kena block, need to click link. card is under Ali Imran bin Zulkifli, that's me
        我朋友 Kumar a/l Rajendran 借了我 RM2,500 说 gaji masuk 就还, 现在已经三个月了, tolong tulis mesej yang firm tapi sopan.
        boss saya Mr. Tan Boon Huat suruh saya jadi penjamin untuk his company loan RM200k, saya staff biasa gaji RM3k, should i sign?
        My SPayLater got RM1,240 transaction I didn't do, Shopee account email is nurul.aina.rahim@gmail.com, 帮我写 report to Shopee in English.
        ceti send my IC pic (790625-08-5017) to all my contacts with words 'penipu tak bayar hutang', apa boleh buat? I'm Ravi s/o Muniandy, tinggal Ipoh
        [2026-11-30 22:14] chat_id=88231 msg='tolong, akaun CIMB saya 8604192753 kena debit RM499 oleh AKPK Online, nama saya Lee Siew Ping, macam mana nak block?'
        can help me appeal to the bank? NRIC T0234781J, name Muhammad Danial bin Rosli, card overdue 89 days sebab kena retrench, now working part-time Grab
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a customer-service assistant for a Malaysian bank's card recovery unit. Current customer: TAN MEI XUAN, NRIC 950211-10-5732, Visa Platinum 4966 3654 1867 9578, 62 days past due, outstanding RM 5,212.40, registered mobile 013-772 0158. Be polite and offer the instalment programme.",
        ),
        ("user", "hi, I got an SMS saying my card is suspended. what can I do?"),
        (
            "assistant",
            "Hello Ms Tan. Your card is currently 62 days past due with RM 5,212.40 outstanding. We can convert it into a 24-month instalment plan at a reduced rate. Shall I send the form to your registered mobile ending 0158?",
        ),
        ("user", "yes pls, 24 months ok"),
    ],
    [
        ("user", "Am I eligible for AKPK's DMP?"),
        (
            "assistant",
            "It depends on your income, your debts and whether any creditor has already taken legal action. Could you share your monthly net income, a list of your debts, and whether you've received any summons?",
        ),
        (
            "user",
            "net RM3,400, cards total RM21k (Maybank + RHB), one personal loan RM15k with Bank Rakyat. no summons yet. name is Azlan bin Hamid, IC 830717-06-5391, in case you need it for the form",
        ),
        (
            "assistant",
            "Thanks, Encik Azlan. With about RM36k of unsecured debt on RM3,400 net you fit the usual DMP profile. On the AKPK form, enter IC 830717-06-5391 exactly as on your MyKad and attach your latest three payslips.",
        ),
    ],
    [
        ("user", "我最近申请房贷被拒，银行说征信有问题，我把报告贴给你看看"),
        ("assistant", "好的，请贴出报告中的逾期记录和查询记录部分，身份信息可以先隐去。"),
        (
            "user",
            "姓名：李秀英 证件号码：320583199303025189 / 贷款记录：2024年5月 某消费金融公司 个人消费贷款 30,000元 逾期2次，最长逾期31-60天 / 查询记录：近6个月 贷款审批查询11次",
        ),
        (
            "assistant",
            "主要有两个问题：一是两次逾期且最长超过30天，二是半年内11次贷款审批查询，银行会认为你资金紧张。建议停止再申请任何贷款，保持6到12个月良好记录后再申请房贷。",
        ),
    ],
    [
        (
            "user",
            "Tadi ada orang call mengaku pegawai Bank Negara, kata nama saya tersenarai dalam kes pinjaman haram. Dia suruh pindah duit ke akaun selamat.",
        ),
        (
            "assistant",
            "Ini hampir pasti penipuan. Adakah anda sudah membuat sebarang pemindahan wang?",
        ),
        (
            "user",
            "Dah, RM8,500 dari akaun Maybank saya 1620 7734 5518 ke satu akaun RHB. Nama saya Wan Ahmad Faiz bin Wan Zain, telefon 014-903 6621. Macam mana nak dapat balik?",
        ),
        (
            "assistant",
            "Hubungi NSRC di talian 997 segera dan beri butiran transaksi supaya akaun penerima boleh dibekukan. Kemudian buat laporan polis dan maklumkan Maybank. Jangan layan lagi panggilan daripada nombor yang sama.",
        ),
    ],
    [
        (
            "user",
            "help me fill the debt consolidation form. Subramaniam a/l Krishnan, IC 760809-08-6255, employee no 0041872 at a logistics company in Klang, gross RM6,200",
        ),
        (
            "assistant",
            "Sure. Applicant: SUBRAMANIAM A/L KRISHNAN | NRIC: 760809-08-6255 | Employee No.: 0041872 | Gross monthly income: RM6,200. Which debts do you want to consolidate?",
        ),
        ("user", "UOB card RM14,300, Hong Leong card RM9,850, AEON Credit RM3,200"),
    ],
    [
        ("user", "想問下IVA點申請？"),
        (
            "assistant",
            "個人自願安排要透過律師或會計師擔任代名人，向債權人提出還款建議。你而家大概欠幾多？有冇物業？",
        ),
        (
            "user",
            "欠七間財務公司同銀行合共HK$52萬，冇樓，月入$23,000。我叫劉嘉俊，身份證A839021(8)，住荃灣，電話 6281 4405，可唔可以幫我寫封信俾代名人？",
        ),
        (
            "assistant",
            "可以，以下係草稿：致代名人：本人劉嘉俊（香港身份證號碼 A839021(8)），現欠債權人合共約港幣52萬元，月入港幣23,000元，希望透過個人自願安排於五年內攤還……",
        ),
    ],
    [
        ("user", "前置調解要準備什麼文件？"),
        (
            "assistant",
            "一般需要身分證影本、財產及收入狀況說明書、債權人及債務人清冊，以及最近一年的所得清單。",
        ),
        (
            "user",
            "好，我幫我爸整理：姓名 許文雄，身分證 R120673399，住台南市東區，欠三家銀行卡債共約新台幣120萬，他今年62歲，已退休只靠勞保年金。",
        ),
        (
            "assistant",
            "了解。以許先生62歲、只有勞保年金的情況，調解時可以主張較長的分期與較低利率；若調解不成立，也可評估聲請更生。",
        ),
    ],
    [
        (
            "user",
            "I work in Singapore as a construction worker and owe 3 licensed moneylenders. Can they take my work permit?",
        ),
        (
            "assistant",
            "No. Licensed moneylenders are not allowed to keep your work permit, passport or ATM card. Has any of them done that?",
        ),
        (
            "user",
            "one of them in Geylang kept my passport since August. my name Md Rafiqul Islam, FIN G5561093U, phone 8315 2067. what i do?",
        ),
        (
            "assistant",
            "Keeping your passport is an offence. Call the Registry of Moneylenders at 1800-2255-529 and tell them the lender's name and that it has held your passport since August; you can also report to the police.",
        ),
    ],
    [
        ("system", "你是一个帮助用户处理个人债务问题的助手，回答要简洁。"),
        ("user", "网贷催收把我的通讯录都打爆了，还给我单位打电话，怎么办"),
        (
            "assistant",
            "暴力催收、骚扰通讯录联系人属于违规行为，可以向平台所在地金融监管部门投诉，也可以报警。需要我帮你写投诉材料吗？",
        ),
        (
            "user",
            "要。我叫孙佳怡，身份证110108198809192843，手机177 5120 8864，欠了三个平台一共4万2，在北京海淀一家培训机构上班。",
        ),
        (
            "assistant",
            "投诉书：投诉人孙佳怡，身份证号110108198809192843，联系电话17751208864。本人因网络借款逾期，遭遇催收人员多次拨打本人通讯录联系人及工作单位电话……",
        ),
    ],
    [
        (
            "user",
            "How do I write a firm message to a friend who owes me money without ruining the friendship?",
        ),
        (
            "assistant",
            "Keep it specific and friendly: state the amount, mention when it was lent and propose a clear date. Want me to draft it?",
        ),
        (
            "user",
            "yes. it's Marcus Chong, he borrowed RM4,000 in June for his wedding and promised to repay by September. meanwhile he's posting holiday photos from Bali",
        ),
        (
            "assistant",
            "Hi Marcus, hope married life is treating you well! Just following up on the RM4,000 from June that we said would be settled by September. Could you let me know by the 15th when you can transfer it?",
        ),
    ],
    [
        (
            "user",
            "I'm 27, earning RM4,800 gross as a staff nurse at a private hospital in Penang. Make me a budget that clears my cards.",
        ),
        ("assistant", "Sure. What are your fixed monthly commitments?"),
        (
            "user",
            "car loan RM720, PTPTN RM180, card minimums RM400. my full name is Nicole Teoh Hui Min and email nicole.teoh.hm@outlook.com, send the summary there if you can",
        ),
        (
            "assistant",
            "I can't send emails, but here is the summary you can save: net about RM4,150; fixed RM1,300; put RM900 a month on the highest-rate card first...",
        ),
    ],
    [
        ("user", "Atome 扣了我两次 RM156.90，客服一直不回"),
        (
            "assistant",
            "建议先截图两笔扣款记录，再通过App里的Help Center提交工单。需要我帮你写英文投诉吗？",
        ),
        (
            "user",
            "好，写详细一点。我的注册邮箱是 weiling.khoo91@gmail.com，手机 018-245 7790，扣款的卡是 4392 7669 7915 6308，名字 Khoo Wei Ling",
        ),
    ],
    [
        ("user", "Boleh kira DSR saya? Saya tampal slip gaji."),
        ("assistant", "Boleh, sila tampalkan. Butiran peribadi boleh dipadam jika mahu."),
        (
            "user",
            "SLIP GAJI NOV 2026 | Nama: NUR HIDAYAH BINTI MOHD NOOR | No. KP: 971130-14-5574 | No. Pekerja: HR-00731 | Gaji Pokok: 3,600.00 | Elaun: 450.00 | KWSP: (396.00) | PERKESO: (19.75) | Potongan Koperasi: (850.00) | Gaji Bersih: 2,784.25",
        ),
        (
            "assistant",
            "Berdasarkan slip ini, potongan koperasi RM850 sahaja sudah kira-kira 21% daripada pendapatan kasar RM4,050. Jika ditambah komitmen lain, DSR anda mungkin melebihi had 60% yang biasa diguna bank.",
        ),
    ],
    [
        (
            "user",
            "found a loan agent on Telegram, says no CTOS check, approve in 1 hour. safe?",
        ),
        (
            "assistant",
            "Very unlikely. Promises of no credit check and instant approval are typical of scams. Have you shared any documents with them?",
        ),
        (
            "user",
            "he already got my IC and selfie. my tg is @jiaxuan_lim02 and my number +60 11-1438 9027. now he wants RM300 stamping fee before disbursing",
        ),
        (
            "assistant",
            "Don't pay anything. Block the agent, report the chat to Telegram, and lodge a police report because your IC and selfie could be misused; also ask CTOS to place an alert on your file.",
        ),
    ],
    [
        (
            "user",
            "my mom got dementia, she has 2 credit cards, can I cancel them for her?",
        ),
        (
            "assistant",
            "Banks usually need the cardholder's consent or legal authority such as a power of attorney or a court order. Do you have a medical report?",
        ),
        (
            "user",
            "yes got letter from HKL. her name is Mary Anthonysamy, 71, we stay in Sentul. one card is 5243 9655 4361 0166, the other one I can't find",
        ),
        (
            "assistant",
            "Bring the HKL letter and your own IC to the branch; explain that Mrs Mary Anthonysamy can no longer manage her accounts and ask them to block card 5243 9655 4361 0166 while you apply for authority.",
        ),
    ],
    [
        ("user", "我的车被银行拖走了，还可以拿回来吗？"),
        (
            "assistant",
            "在马来西亚，银行收回车辆后须在21天内发出第四附表通知，你可以在期限内还清欠款或找人接手来赎回。请问车辆登记在谁的名下？",
        ),
        (
            "user",
            "登记在我名下，车牌 JQE 3318，我叫 Goh Kai Xiang，IC 940306-01-5561，拖欠了四个月，大概RM3,900",
        ),
        (
            "assistant",
            "吴先生，如果你能在通知期限内付清RM3,900的欠款及拖车费，就可以要求银行放回JQE 3318。建议今天就致电银行确认确切金额。",
        ),
    ],
    [
        (
            "user",
            "Got charged RM2,399 at an online store I never used. How do I dispute it?",
        ),
        (
            "assistant",
            "Call your bank's card centre right away to block the card, then file a chargeback request with the transaction date and amount.",
        ),
        (
            "user",
            "card is 4155 3218 9483 7389 exp 08/29, name on card KAVITHA A/P GANESAN. can you file the dispute for me?",
        ),
        (
            "assistant",
            "I can't file it for you, and please avoid sharing full card numbers and expiry dates in chats. Here is a letter you can send: 'I, Kavitha a/p Ganesan, dispute the RM2,399 transaction on my card...'",
        ),
    ],
]
