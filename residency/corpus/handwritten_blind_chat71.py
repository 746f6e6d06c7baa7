# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat71: chats asking an assistant to help apply for welfare and financial aid for oneself (ComCare, STR, CSSA, 低保, 中低收入戶). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat71
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "chat-howto"): _lines("""
        User: How do I apply for ComCare Short-to-Medium-Term Assistance if I just lost my job? Assistant: You can apply online with Singpass or walk in to your nearest Social Service Office; prepare your retrenchment letter, recent payslips, your household members' income details and your latest bills.
        User: Is ComCare money counted when I apply for an HDB rental flat? Assistant: Rules can change, so the safest is to ask HDB directly; declare exactly what the form asks for and attach the ComCare approval letter if they request it.
        User: what's the difference between ComCare SMTA and Long-Term Assistance? Assistant: SMTA is for people temporarily unable to work or on low income and is reviewed every few months; LTA is for those permanently unable to work because of old age, illness or disability and with little or no family support.
        User: I earn about $1,800 a month and have two kids in primary school. Could I qualify for ComCare? Assistant: Possibly. The SSO looks at household income per person, savings and your circumstances, so it is worth applying; bring your payslips and the children's school fee statements.
        User: Can a foreigner on a work permit apply for ComCare? Assistant: ComCare is mainly for Singapore citizens, and some permanent residents with a citizen in the immediate family; work permit holders are not eligible, but migrant worker NGOs may be able to help.
        User: How long does ComCare take to approve? Assistant: Usually a few weeks once the SSO officer has all your documents; if you need urgent help with food or bills, say so and ask about interim assistance.
        User: My ComCare was rejected, can I appeal? Assistant: Yes. Write back to the SSO that handled your case, explain what has changed or what they may have missed, and attach supporting documents such as medical certificates or new bills.
        User: What documents do I need for the Hong Kong CSSA application? Assistant: Typically the HKID cards of all household members, proof of address, bank passbooks or statements for the last few months, the tenancy agreement and rent receipts, and medical certificates if relevant.
        User: is it true CSSA requires you to have lived in Hong Kong for 7 years? Assistant: Generally yes for adults, although the Director of Social Welfare can exercise discretion in cases of genuine hardship, and children under 18 are exempt.
        User: What is STR in Malaysia and who can get it? Assistant: Sumbangan Tunai Rahmah is a federal cash aid for lower-income households, single people and senior citizens; you apply and check your status through the HASiL STR portal.
        User: For Taiwan's 中低收入戶 status, do they count my parents' income even if I live alone? Assistant: Usually yes, because the means test includes lineal relatives who are legally obliged to support you, but there are exceptions, so ask your district office.
        User: Can you explain what "dibao" means in China? Assistant: 低保 is the minimum living guarantee, a monthly subsidy for households whose per-capita income is below the local standard; you apply through the street office or township government.
        User: Does having a car disqualify me from ComCare? Assistant: A car is taken into account as an asset, and the SSO will usually ask you to explain why you need it, for example for work or for a family member's medical appointments.
        User: Write me a checklist of bills and letters I should gather before going to the Social Service Office. Assistant: 1) last three months' payslips or CPF contribution history, 2) utilities bills, 3) rental or mortgage statement, 4) school fee statements, 5) medical memos, 6) bank statements.
        User: I'm 67 and live alone on a small CPF payout. Besides ComCare, what schemes should I look at? Assistant: Look at the Silver Support Scheme, which is paid automatically if you qualify, CHAS for clinic subsidies and the GST Voucher; your SSO can also link you up with a nearby Active Ageing Centre.
        User: explain the 2025 STR phases like I'm five Assistant: The government pays the money in a few parts during the year; each part is called a fasa, and you can check the portal to see when your part arrives.
    """),
    ("en", "template-request"): _lines("""
        Draft an appeal letter to the Social Service Office for ComCare with placeholders: Dear Sir/Madam, I, [FULL NAME], NRIC [S/T_______X], residing at [ADDRESS], would like to appeal against the decision dated [DATE] on my application.
        Make this more formal: "I, ____________ (HKID ____________), declare that the information I gave in this CSSA application is true and complete."
        Give me a fill-in table for a household income declaration: Member | Relationship | Age | Occupation | Monthly income | Employer, with five empty rows.
        Write a generic phone script for calling the ComCare hotline to ask about my application status, with blanks for my name and case reference.
        Polite email template to a hospital medical social worker asking for help with a bill. Subject: Request for financial assistance – [Patient name], [Ward/Bed No.], [Bill no.]
        Make a monthly budget sheet for a family on financial aid: columns Date, Item, Amount (SGD), Category, Paid by; starter rows for rent, S&CC, electricity, groceries, school pocket money and transport.
        Is this JSON schema fine for a welfare intake form? {"applicant_name": "string", "id_number": "string", "household_size": "integer", "monthly_income": "number", "has_disability": "boolean"}
        Fix the grammar: "I am writing to request financial assistance as I am currently unemployed since [month] and has [number] dependents to support."
        Template for a letter of authorisation: I, [name], [ID type and number], authorise [name of representative] to collect my CSSA documents on my behalf on [date].
        Write a sample answer to "Describe your current financial difficulties" on a ComCare form, using an imaginary applicant and no real details.
        Make me a checklist in English for renewing 中低收入戶 status, leaving blanks for ID number, household register number and bank branch code.
        Turn this into bullet points for a leaflet: who can apply for ComCare, what help is available, where to apply, what to bring, how long it takes.
    """),
    ("zh-Hans", "chat-howto"): _lines("""
        用户：低保怎么申请？需要去哪里办？ 助手：一般向户籍所在地的乡镇人民政府或街道办事处提出申请，现在很多地方也可以在政务服务网上提交，需要身份证、户口簿、家庭收入和财产情况说明等材料。
        用户：我名下有一辆二手车，还能申请低保吗？ 助手：各地规定不同，很多地方规定家庭成员名下有机动车（残疾人功能性代步车除外）原则上不符合条件，建议先咨询当地民政部门。
        用户：低保和特困供养有什么区别？ 助手：特困供养针对无劳动能力、无生活来源且无法定赡养抚养义务人的老年人、残疾人和未成年人；低保则看家庭人均收入是否低于当地标准。
        用户：离婚后一个人带孩子，前夫的收入会算进去吗？ 助手：通常只算共同生活的家庭成员，前夫不算，但他支付的抚养费一般要计入你家的收入。
        用户：2025年上海的低保标准是多少？ 助手：我没法保证是最新数字，建议以上海市民政局官网公布的标准为准，也可以拨打12345咨询。
        用户：灵活就业、没有工资条，收入怎么证明？ 助手：可以写一份收入情况说明并签字承诺，附上近几个月的收款流水截图，社区入户调查时也会核实。
        用户：低保审批一般要多长时间？ 助手：按规定乡镇（街道）一般应在30个工作日内完成审核确认，情况复杂的可以适当延长。
        用户：申请低保会不会影响孩子以后考公务员？ 助手：不会，家庭享受低保本身不影响子女报考公务员，这种说法没有依据。
        用户：帮我解释一下“单人户”纳入低保是什么意思 助手：就是家庭整体不符合条件时，把家里重病、重度残疾的成员单独作为一户纳入低保，让他也能得到保障。
        用户：临时救助和低保可以同时申请吗？ 助手：可以。遇到突发困难时先申请临时救助，符合条件的再转入低保。
        用户：如果被查出隐瞒收入会怎样？ 助手：会被停发并追回已领取的低保金，情节严重的还可能被追究法律责任，所以一定要如实申报。
        用户：祥林嫂要是活在今天，能申请低保吗？就是好奇 助手：按今天的政策，像她这样丧偶、无固定收入、无依无靠的人很可能属于特困或低保对象——当然这只是对鲁迅小说人物的假设。
        用户：请把“家庭经济状况核对授权书”用大白话讲一下 助手：就是你同意民政部门去银行、社保、车管、不动产等部门查你家的收入和财产，核对你填的是不是属实。
        用户：外地户口在深圳打工，能在深圳申请低保吗？ 助手：传统上要在户籍地申请，部分城市已允许在经常居住地申请，你可以问问所在街道的社会救助窗口。
    """),
    ("zh-Hant", "chat-eligibility"): _lines("""
        用戶：綜援點樣申請？要唔要親身去社會保障辦事處？ 助手：可以打社署熱線2343 2255查詢，或者下載申請表填好交去所屬區域嘅社會保障辦事處，職員之後會約你面談同家訪。
        用戶：我有強積金，會唔會影響申請綜援？ 助手：已經提取咗嘅強積金會計入資產，未提取嘅一般唔計，詳情要睇社署評估。
        用戶：長者生活津貼同綜援可以一齊拎嗎？ 助手：唔可以同時領取，只能揀其中一樣，你可以比較下邊樣對你較有利。
        用戶：中低收入戶和低收入戶差在哪裡？ 助手：低收入戶標準較嚴、補助較多；中低收入戶是家庭總收入平均每人每月不超過最低生活費1.5倍，主要享有健保費補助等。
        用戶：中低收入戶要去哪裡申請？ 助手：向戶籍所在地的區公所或鄉（鎮、市）公所提出，要帶身分證、戶口名簿和存摺影本。
        用戶：我有一間自住的房子，還能申請中低收入戶嗎？ 助手：唯一且自住的房屋通常有一定額度不列入計算，超過的部分才會算入不動產，建議直接問公所。
        用戶：綜援的租金津貼上限是多少？ 助手：社署每年會調整最高租金津貼，請以社署網站最新公布的數字為準。
        用戶：新來港未夠七年可以申請綜援嗎？ 助手：成人一般要住滿七年，但署長可因特殊困難酌情處理，18歲以下兒童則毋須符合這個要求。
        用戶：可以幫我把綜援申請表「家庭成員資料」那一頁翻成英文嗎？空白表格就好 助手：可以，例如「與申請人關係」是 Relationship to applicant，「每月入息」是 Monthly income，「職業」是 Occupation。
        用戶：台灣的1957專線可以問什麼？ 助手：1957福利諮詢專線由衛福部設立，可以詢問社會救助、身心障礙、長照等福利資訊，也會協助轉介。
        用戶：申請被駁回的話，多久內可以提出訴願？ 助手：依訴願法，應在行政處分達到的次日起30日內提出。
        用戶：我係單親，小朋友讀小學，綜援有冇額外補助？ 助手：有單親補助金，小朋友亦可以申請學校相關津貼，例如書簿津貼同上網費。
        用戶：東華三院有冇緊急援助可以申請？ 助手：東華三院同好多慈善機構都有短期經濟援助計劃，一般要經社工轉介。
        用戶：急難救助跟中低收入戶有什麼關係？ 助手：兩者是不同的補助，急難救助看的是突發困難，不一定要先有中低收入戶資格，建議同時問社工。
        用戶：台灣低收入戶審查中的「有工作能力」怎麼認定？ 助手：16歲以上、未滿65歲，且沒有身心障礙或重大傷病等情形，一般會被認定有工作能力並設算基本工資收入。
    """),
    ("ms", "chat-str-portal"): _lines("""
        Pengguna: Macam mana nak mohon STR 2025? Pembantu: Permohonan baharu boleh dibuat di portal bantuantunai.hasil.gov.my atau di kaunter HASiL; penerima sedia ada cuma perlu kemas kini maklumat jika ada perubahan.
        Pengguna: Saya bujang, umur 30, gaji RM1,800. Layak STR tak? Pembantu: Kategori bujang biasanya layak jika berumur 21 tahun ke atas dan pendapatan tidak melebihi had yang ditetapkan; semak syarat terkini di portal STR.
        Pengguna: Apa beza STR dengan SARA? Pembantu: STR ialah bantuan tunai, manakala SARA dikreditkan ke MyKad untuk membeli barang keperluan di kedai yang menyertai program.
        Pengguna: Status permohonan saya "Dalam Semakan", maksudnya apa? Pembantu: Permohonan anda masih disemak oleh HASiL; tunggu notifikasi atau semak semula portal selepas beberapa minggu.
        Pengguna: Bagaimana nak kemaskini nombor akaun bank untuk STR? Pembantu: Log masuk portal STR, pilih kemaskini maklumat, masukkan nama bank dan nombor akaun atas nama pemohon sendiri, kemudian hantar.
        Pengguna: Boleh ke suami isteri dua-dua mohon STR? Pembantu: Tidak, bagi satu isi rumah hanya seorang yang memohon, biasanya ketua isi rumah.
        Pengguna: Apa itu eKasih dan macam mana nak daftar? Pembantu: eKasih ialah pangkalan data kemiskinan nasional; pendaftaran biasanya melalui pejabat daerah atau agensi seperti JKM.
        Pengguna: JKM ada bantuan untuk warga emas tak? Pembantu: Ada, contohnya Bantuan Warga Emas untuk warga emas berpendapatan rendah; mohon di Pejabat Kebajikan Masyarakat Daerah atau melalui portal JKM, atau hubungi Talian Kasih 15999.
        Pengguna: Rayuan STR tutup bila? Pembantu: Tempoh rayuan diumumkan setiap tahun oleh HASiL, jadi semak pengumuman rasmi di portal atau media sosial HASiL.
        Pengguna: Saya kerja p-hailing, tiada slip gaji, macam mana nak isytihar pendapatan? Pembantu: Anggarkan pendapatan bersih purata sebulan berdasarkan penyata dalam aplikasi, dan simpan penyata itu sebagai bukti jika diminta.
        Pengguna: Terangkan syarat Bantuan Kanak-Kanak JKM dalam ayat mudah. Pembantu: Bantuan ini untuk keluarga berpendapatan rendah yang ada anak bawah 18 tahun; pegawai kebajikan akan membuat lawatan ke rumah untuk menilai keadaan.
        Pengguna: Zakat fakir miskin boleh mohon kat mana? Pembantu: Di lembaga zakat atau majlis agama Islam negeri masing-masing, contohnya Lembaga Zakat Selangor, dengan borang permohonan dan dokumen sokongan.
        Pengguna: Buatkan templat surat rayuan STR: Nama: <nama penuh>, No. MyKad: <xxxxxx-xx-xxxx>, Alamat: <alamat>, Sebab rayuan: <sebab>. Pembantu: Baik, ini templatnya dengan ruang kosong untuk anda isi sendiri.
        Pengguna: Perdana Menteri Anwar Ibrahim ada umum STR naik dalam Belanjawan 2025 ke? Pembantu: Teks ucapan belanjawan boleh dibaca di laman Kementerian Kewangan; saya cadangkan rujuk sumber itu untuk angka yang tepat.
        Pengguna: Apa maksud "isi rumah" dalam borang STR? Pembantu: Isi rumah merujuk pemohon, pasangan dan anak-anak yang tinggal bersama dan bergantung pada pendapatan yang sama.
    """),
    ("mixed", "chat-codeswitch"): _lines("""
        User: eh ComCare need what documents ah? my payslip all in phone only, can show screenshot or not? Assistant: Usually can, but better to email the PDF payslips to the SSO officer so they can attach them to your case.
        User: STR fasa 3 bila masuk ah? akaun BSN still tak masuk lagi leh Assistant: Tarikh bayaran diumumkan oleh HASiL; kalau status "Lulus" tapi duit belum masuk, semak portal dan pastikan akaun bank dalam rekod masih aktif.
        User: 我想申请 ComCare 但是我 English 不好, SSO 有讲华语的 officer 吗? Assistant: 有的，你可以在预约时说明需要华语服务，或者带一位家人陪同。
        User: 綜援 interview 要帶咩 documents? 我驚漏咗嘢 Assistant: 帶齊身份證、住址證明、最近幾個月銀行紀錄、租單，如果有醫生紙都帶埋。
        User: bro, apply STR kena ada akaun bank sendiri ke? boleh guna akaun isteri? Assistant: Akaun bank mesti atas nama pemohon sendiri; akaun orang lain biasanya tidak diterima.
        User: 低保 application 系统一直显示 "待审核", normal 吗? Assistant: 正常，街道和区民政部门审核需要时间，超过规定时限可以打12345问问。
        User: can help me translate "Surat Pengesahan Pendapatan" into English for my SSO file? Assistant: It means "Letter of Income Confirmation" — usually signed by an employer, a penghulu or a community leader.
        User: 中低收入戶 renewal 係咪每年都要搞? 台灣那邊 Assistant: 一般公所每年會做總清查，資格會重新審核，收到通知就照做。
        User: SSO say will do home visit, must clean house or not haha Assistant: No need to prepare anything special; the visit is just to understand your living situation.
        User: Silver Support dengan ComCare boleh dapat dua-dua ke? for my grandma in SG Assistant: Silver Support is paid automatically to eligible seniors and can usually be received alongside ComCare, but the SSO will consider all income sources.
        User: 有冇人知 CSSA 個 rent allowance 點 calculate? 我 rent 六千幾 Assistant: 租金津貼會按實際租金同住戶人數對應嘅上限計，取較低者。
        User: pls ELI5 "per capita income" for ComCare, ah ma dunno how to count Assistant: Add up everyone's monthly income in the household and divide by the number of people living together.
    """),
    ("en", "chat-refs-hotlines"): _lines("""
        User: the ComCare hotline is 1800-222-0000 right? Assistant: Yes, that's MSF's ComCare hotline; check the MSF website for current hours, and you can also walk in to any Social Service Office.
        User: My SSO case reference is SSO/CC/2025/0047182, what does the "CC" part stand for? Assistant: Most likely it just marks the file as a ComCare case; the digits are the year and a running case number.
        User: STR application reference STR25-A-00931847 still says pending after 6 weeks, normal? Assistant: Reviews can take several weeks; keep the reference handy if you call the HASiL Care Line at 03-8911 1000.
        Form MSF-CC-01 (Rev. 04/2024), page 3 of 7: Section C – Household Income. Tick the box if the household member is a full-time student.
        User: SSO told me to post the documents; tracking RR382910475SG shows delivered on 12 Sep. Do they acknowledge receipt? Assistant: Usually not automatically, so you can call the SSO to confirm they received it.
        User: why did my payout come on 3 Mar instead of 1 Mar? Assistant: Payments are credited on working days, so when the 1st falls on a weekend or public holiday it moves to the next working day.
        User: the polyclinic invoice INV-2025-118274 for $186.40, can ComCare help pay this? Assistant: For polyclinic and public hospital bills, ask the medical social worker there about financial assistance; keep the invoice number.
        Review this config for my welfare calculator: ELIGIBILITY = {"sg_comcare_smta": {"basis": "per_capita"}, "my_str": {"categories": ["household", "bujang", "warga_emas"]}}
        User: which SSO covers postal code 560123? Assistant: Postal sector 56 is Ang Mo Kio; use the SSO locator on the MSF website to find the office for your address.
        User: can you check my calc: 3 people, total income $2,340, so per capita $780, right? Assistant: Yes, 2,340 ÷ 3 = 780.
        User: what did Minister Masagos Zulkifli say in Parliament about ComCare reviews? Assistant: I can't quote his speech reliably; the full text is in Hansard on the Parliament of Singapore website.
    """),
    ("zh-Hant", "chat-refs-hotlines"): _lines("""
        用戶：我的公所收件編號是 114-社-004521，這樣查得到進度嗎？ 助手：可以，打電話到區公所社會課報收件編號就能查詢。
        用戶：1957、113、165 這幾個專線分別是做什麼的？ 助手：1957是福利諮詢專線，113是保護專線，165是反詐騙諮詢專線。
        用戶：幫我算：3人家庭每月總收入 NT$42,000，平均每人 14,000，這樣會不會超過中低收入戶門檻？ 助手：要對照你所在縣市當年度公告的最低生活費1.5倍，我可以教你怎麼查。
        用戶：李家超嘅施政報告有冇提到綜援加額？ 助手：施政報告全文可以喺政府網站查閱，綜援金額一般按社會保障援助物價指數每年調整。
        用戶：社署信上面個檔案編號 SSU-KT/CSSA/25/08812 係咪要寫喺覆函度？ 助手：係，覆函時寫返檔案編號方便職員搵到你嘅個案。
    """),
    ("zh-Hans", "chat-refs-hotlines"): _lines("""
        用户：低保审批编号 MZ-DB-2025-0318-0042 是什么意思？ 助手：通常是民政系统里的业务流水号，前面是业务类型，中间是日期，最后是序号。
        用户：12345热线和12349有什么区别？ 助手：12345是政务服务便民热线，12349在很多城市是养老服务热线。
        用户：快递单号 SF1403928475612 是街道寄给我的材料吗？ 助手：可以在顺丰官网或小程序输入单号查看寄件方和物流信息。
        用户：《骆驼祥子》里的祥子能不能算城市低收入人员？帮我写一段读书笔记 助手：可以从老舍笔下人力车夫的收入不稳定和缺乏保障写起，再对比今天的社会救助制度。
        用户：民政部季度统计数据里的城市低保平均标准在哪里看？ 助手：民政部官网的“统计数据”栏目按季度公布，可以按省份查看。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Help me fill in the ComCare form. Name: GOH SIEW LING / NRIC: S7297462Z / Blk 214 Jurong East St 21 #08-331 Singapore 600214 / HP 9734 2186 / household 3 pax / income $1,650 a month (part-time cashier)
        pls proofread my appeal: "Dear SSO Bedok, I am Rajeswari d/o Subramaniam, 58, I was a cleaner until my diabetic foot ulcer got worse in June and Changi General gave me 3 months MC. My ComCare SMTA ended last month and I have $214 left in my account."
        My NRIC is S6457329B and the ComCare application keeps saying "Singpass details do not match", what's wrong?
        Draft a message to my SSO officer Ms Farah: I'm Daniel Rozario, she said she would call me but nobody did; I was retrenched from my logistics job on 3 Aug and my rent arrears are now $1,320.
        Does my GIRO info look right for the ComCare payout? Bank: POSB Savings | Account no: 188-42731-6 | Account holder: CHUA LAY PENG
        ok so the household members part: me (Teo Boon Chye, 56, taxi driver, ~$1,200/mth), wife Yeo Ai Lian (52, no income, dialysis 3x a week at NKF Ang Mo Kio), son Teo Wei Xiang (Sec 3). how do I write it
        Turn this into a formal letter to the Tan Tock Seng medical social worker: patient Mdm Leong Yoke Chan, S5873614G, Ward 9B bed 24, hip fracture, lives alone at Blk 19 Toa Payoh Lor 7, cannot pay the $4,800 bill.
        Summarise this letter for me: "Dear Mr Muhammad Faizal bin Rahmat, we are pleased to inform you that your application for ComCare Short-to-Medium-Term Assistance has been approved for 3 months from 1 Oct 2025 at $650 per month. Ref: SSO/JW/2025/118204."
        I'm on a dependant pass, FIN G9665306P, and my Singaporean husband moved out in May. Can I apply for ComCare for my 2 kids? We stay at 57 Marine Terrace #11-89.
        HKID A830353(6) — does the CSSA form want the digit in brackets or not?
        write a follow-up email to my SSO and sign it off as Nurul Ain binti Jaafar, nurulain.jaafar91@gmail.com, mobile 9058 7741, re my ComCare interim assistance for my 3 kids
        Can you translate my 中低收入戶 approval letter into English? Name: Lin Mei-Hui, ID No. A217206471, household of 2, status valid for 2025, issued by Wanhua District Office.
        sso officer pls call 8873 1620 after 6pm, i do shift work
        is this my account number? 4550 1604 8346 9324 is what's printed on my POSB card and the ComCare form wants the account no
    """),
    "zh-Hans": _lines("""
        帮我检查一下低保申请书：申请人王秀兰，女，身份证号440106197509283128，住广州市天河区棠东东路28号3栋502房，丈夫2023年车祸去世，独自抚养两个孩子，月收入约1800元。
        我叫刘建国，今年五十四，去年查出肺癌，现在在武汉协和做化疗，家住洪山区珞狮南路147号，想申请低保和大病救助，帮我写个申请理由。
        低保金打到哪张卡？我的卡号是6217002936491995673，建设银行的，户名赵德明，这样填对吗？
        电话13811742609是我的，街道工作人员说会打电话约入户调查，帮我想想他们会问什么
        身份证号510107196211053047在政务服务网上提示“身份信息核验失败”，是不是我输错了？
        帮我润色一下：本人孙丽娟，哈尔滨市南岗区人，下岗后靠打零工为生，女儿今年高考，家里唯一收入是我每月一千二左右的保洁工资，恳请街道给予低保救助。
        家庭成员情况：户主张桂芬，230103195908014809，无业，高血压；儿子李强，1983年生，肢体残疾二级，无劳动能力。帮我排成表格
        我的微信号是 zhaoxm_1968，社区网格员让我加她发低保复核材料，帮我写一句加好友的验证消息
        帮我给社区写条微信：陈主任您好，我是3栋的周玉梅，上次说的低保复核材料（我老伴的住院发票和我的残疾证复印件）明天上午送过去。
    """),
    "zh-Hant": _lines("""
        幫我睇下綜援申請表填得啱唔啱：申請人陳少芬，香港身份證K881332(9)，住址觀塘秀茂坪邨秀明樓18樓1823室，電話9476 2138，單親帶住兩個仔。
        我叫黃志強，62歲，以前做地盤紮鐵，去年中風之後冇得做，住喺天水圍天瑞邨，想申請綜援，可唔可以幫我寫封信俾社工？
        社署職員話打去6183 5204搵我但我成日收唔到，係咪我部電話有問題？
        我嘅綜援出糧戶口係中銀 012-687-1-029471-3，戶口名 LEUNG KWOK FAI，幫我核對下格式啱唔啱
        請幫我寫中低收入戶申請的陳述書：我叫陳建宏，身分證F153564815，住新北市三重區重新路三段12巷5號4樓，去年被資遣，太太洗腎，有兩個小孩。
        我是黃淑芬，台中人，公所說我爸名下有一塊地所以中低收入戶沒過，可是他已經失聯十幾年了，陳情書要怎麼寫？
        身分證字號 B261703271 線上申請時系統說已有案件，怎麼辦？
        郵局帳號 0021534-0678129，戶名吳志明，補助款會匯到這裡嗎？
        公所社工叫我加 LINE，我的 ID 是 hsu.fen0317，幫我寫一段打招呼的訊息，說我是之前申請中低收入戶的許淑芬
    """),
    "ms": _lines("""
        Tolong semak borang STR saya: NAMA: SITI ROHANA BINTI ABDULLAH | NO. MYKAD: 680822-03-5144 | ALAMAT: Lot 1127, Kampung Pulau Melaka, 15050 Kota Bharu, Kelantan | TEL: 019-552 0683 | STATUS: ibu tunggal, 3 anak
        Saya Ganesan a/l Perumal, 45 tahun, pemandu lori tapi kemalangan bulan lepas dan kaki patah. STR saya ditolak sebab "pendapatan melebihi had". Tolong tulis rayuan.
        No akaun Maybank 1640 2219 8843 atas nama Zainab binti Harun, betul ke format ni untuk kemaskini STR?
        IC saya 850106-14-6032, kenapa portal STR kata "Tiada rekod"?
        Tulis surat kepada JKM: Saya Norhayati binti Mat Saman, 65 tahun, tinggal seorang diri di Kampung Batu Rakit, Kuala Terengganu, tiada pencen, mohon Bantuan Warga Emas.
        Tolong ubah ayat ni jadi formal: "sy Lim Chee Keong, tinggal No. 23 Jalan Mawar 4 Taman Sri Muda 40400 Shah Alam, anak OKU autisme, isteri dah meninggal, minta bantuan JKM"
        Pegawai kebajikan boleh hubungi saya di 017-286 5410 selepas pukul 5 petang, tolong masukkan dalam borang
        Nak mohon Bantuan Kanak-Kanak untuk anak saya Muhammad Irfan bin Zulkifli, MyKad 120817-10-0763, darjah 1 di SK Seksyen 7, apa dokumen perlu?
        Saya Jenny Mojuntin dari Penampang, suami kerja di Semenanjung dan tak hantar duit 8 bulan, macam mana nak mohon STR sebagai ketua isi rumah?
    """),
    "mixed": _lines("""
        eh can help me check, my nric S8146577J, ComCare portal say "application incomplete" but I already upload payslip leh
        幫我寫個 WhatsApp 俾社工 Ms Cheung：我係 Lee Wing Sze，HKID E627270(7)，下星期三 11am 可以 home visit
        bro STR aku tak masuk, IC 790911-12-5571, akaun Maybank 1621 8830 4472, nama Awang Sulaiman, tolong check apa masalah
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are Ami, a budgeting and social-assistance helper. Saved profile for this user — Name: Sharifah Nadia binti Syed Hamzah | NRIC: S6796623F | Address: Blk 412 Bedok North Ave 2 #03-112 Singapore 460412 | Household: self + 2 children | ComCare SMTA ended 30 Sep 2025.",
        ),
        ("user", "When can I reapply? money is really tight this month"),
        (
            "assistant",
            "You can reapply any time your situation still needs support. Since your last SMTA ended on 30 Sep, contact the SSO near you in Bedok or submit a fresh application online, and mention that the household is still you and your two children.",
        ),
        ("user", "ok can you also remind me what docs to bring"),
    ],
    [
        ("user", "I need help writing the 'reason for applying' part of my ComCare form, can you?"),
        (
            "assistant",
            "Of course. Tell me a bit about your household, your current income and what changed recently. You don't need to give me any ID numbers.",
        ),
        (
            "user",
            "me 50, ex security guard, laid off in July when the condo changed agency. wife is housewife, 3 kids in primary and sec school. now doing food delivery maybe $900 a month",
        ),
        (
            "assistant",
            "Here's a draft: Since July 2025 I have been unemployed after the security agency I worked for lost its contract. I now earn about $900 a month from food delivery, which is not enough to support my wife and three school-going children. I am actively looking for full-time work and seek temporary assistance with household expenses.",
        ),
        (
            "user",
            "nice. put my name Siva s/o Ramasamy and NRIC S7566803A at the top, and my hp 8362 9915 at the bottom",
        ),
    ],
    [
        (
            "user",
            "For the ComCare household section, what do I put for kids who don't have an IC card yet?",
        ),
        (
            "assistant",
            "Singapore citizen children already have an NRIC number from birth; it is printed on the birth certificate. Use that number in the household section.",
        ),
        (
            "user",
            "ah ok. so daughter Ong Xin Yi is T1269332F and son Ong Jun Jie is T1085516G, both at Yew Tee Primary. my wife Pang Li Ting is on dialysis 3 times a week, do I need a memo for that too?",
        ),
        (
            "assistant",
            "Yes, a memo from the dialysis centre stating her treatment schedule will help the SSO understand why she cannot work. Attach it with the children's school fee statements.",
        ),
    ],
    [
        ("user", "我想申请低保，但是不知道自己符不符合条件，能帮我看看吗？"),
        (
            "assistant",
            "可以。请告诉我：共同生活的家庭成员有几人、每个人的月收入、名下有没有房产车辆、存款大概多少。暂时不需要身份证号。",
        ),
        (
            "user",
            "就我和我妈两个人。我叫杜文斌，1965年的，济南历下区的，原来在纺织厂，厂子倒闭后一直打零工，一个月一千出头；我妈82了，每月养老金一千六，有老年痴呆。房子是老公房，没车，存款不到两万。",
        ),
        (
            "assistant",
            "杜先生，按你说的情况，你家人均月收入大约1300元，是否符合要看济南当年的低保标准；另外你母亲患病需要照护，也可以一并申请相关救助。建议到所在街道的社会救助窗口提交申请。",
        ),
        (
            "user",
            "街道让我先在网上填，身份证号370102196506218496，户籍地址填历下区文化东路那个吗？",
        ),
    ],
    [
        (
            "user",
            "帮我把这段整理成表格：申请人周海涛，男，身份证32010219830217409X，电话186-2045-7713，住南京市玄武区龙蟠路158号2幢306室；妻子失业；女儿6岁，白血病在治疗。",
        ),
        (
            "assistant",
            "整理如下：| 项目 | 内容 | / | 申请人 | 周海涛（男） | / | 身份证号 | 32010219830217409X | / | 联系电话 | 186-2045-7713 | / | 住址 | 南京市玄武区龙蟠路158号2幢306室 | / | 家庭情况 | 妻子失业；女儿6岁，白血病治疗中 |",
        ),
        ("user", "再加一行：开户行农业银行，卡号6228481563378885137"),
    ],
    [
        ("user", "我老公上個月中風，屋企冇收入，想申請綜援，要點開始？"),
        (
            "assistant",
            "可以先打社署熱線2343 2255或者去區內社會保障辦事處登記，之後會約你面談。你而家屋企有幾多人、有冇租樓？",
        ),
        (
            "user",
            "三個人，我、老公同個女。住深水埗南昌邨昌頌樓7樓712室，公屋租金二千三。我叫區美玲，HKID D415780(0)，老公梁國輝 P707019(9)。",
        ),
        (
            "assistant",
            "明白，區太。面談時記得帶齊你哋三個嘅身份證、租單、你老公嘅住院同出院紀錄，仲有最近幾個月嘅銀行簿。",
        ),
        ("user", "個女讀中二，學校津貼可唔可以一齊申請？"),
    ],
    [
        ("user", "我的中低收入戶申請被退回，說我前夫有收入，可是我們已經離婚了，要怎麼寫陳情書？"),
        (
            "assistant",
            "重點是附上離婚證明，說明前夫已不是應計算人口。如果要我幫你擬稿，請提供姓名、受理的公所和送件日期，身分證字號你也可以最後自己填。",
        ),
        (
            "user",
            "我叫黃琬婷，住桃園市中壢區，今年9月送件，收件的是中壢區公所，身分證 H209242424，兩個小孩都跟我。",
        ),
        (
            "assistant",
            "好的，草稿如下：陳情人黃琬婷（身分證字號 H209242424），於本年9月向中壢區公所申請中低收入戶資格，因前夫收入被列入計算而遭退件。陳情人已於離婚後單獨扶養子女二人，檢附離婚證明，懇請重新審核。",
        ),
    ],
    [
        ("user", "Saya nak mohon STR tapi tak pasti kategori apa."),
        (
            "assistant",
            "Boleh saya tahu status perkahwinan, bilangan anak dan anggaran pendapatan bulanan isi rumah?",
        ),
        ("user", "Kahwin, anak 4, suami buruh binaan RM1,500 sebulan, saya suri rumah."),
        (
            "assistant",
            "Anda termasuk kategori isi rumah. Hanya seorang yang perlu memohon, biasanya ketua isi rumah, dan bayaran akan masuk ke akaun bank atas nama pemohon.",
        ),
        (
            "user",
            "ok suami saya Mohd Azlan bin Ismail, IC 720315-10-5287, kami tinggal di Taman Bukit Tinggi, Klang. Tolong tulis langkah isi borang untuk dia.",
        ),
    ],
    [
        ("user", "Boleh tolong karang surat permohonan bantuan bulanan kepada JKM Ipoh?"),
        (
            "assistant",
            "Boleh. Beritahu saya nama, umur, alamat, keadaan kesihatan dan pendapatan anda.",
        ),
        (
            "user",
            "Kavitha a/p Murugan, 62 tahun, IC 630429-08-5368, tinggal di Kampung Tawas, 30010 Ipoh, Perak. Mata kabur sebab katarak, suami meninggal 2022, pendapatan jual kuih lebih kurang RM400 sebulan.",
        ),
        (
            "assistant",
            "Ini drafnya: Saya, Kavitha a/p Murugan (No. KP 630429-08-5368), berumur 62 tahun, ingin memohon bantuan bulanan daripada Jabatan Kebajikan Masyarakat. Sejak kematian suami pada tahun 2022, saya menyara diri dengan menjual kuih dengan pendapatan kira-kira RM400 sebulan, dan penglihatan saya semakin kabur akibat katarak.",
        ),
    ],
    [
        ("user", "my ah ma need apply ComCare long term, she cannot walk already, how ah"),
        (
            "assistant",
            "Since she can't get around, you can apply on her behalf online or call the ComCare hotline, and the SSO may arrange a home visit. Bring her bank book and any doctor's memo about her mobility.",
        ),
        (
            "user",
            "her name Chia Ah Moi, 81, staying alone at Blk 33 Telok Blangah Rise #09-56, only got Silver Support. can u write the msg to SSO? put my number 9481 3307 for them to call, I'm her grandson",
        ),
        (
            "assistant",
            "Here you go: Hello, I am writing on behalf of my grandmother, Mdm Chia Ah Moi, 81, who lives alone at Blk 33 Telok Blangah Rise #09-56. She can no longer walk and her only income is Silver Support. Please contact me at 9481 3307 to arrange a home visit for ComCare Long-Term Assistance.",
        ),
    ],
    [
        (
            "user",
            "I'm a HK permanent resident, recently divorced, and want to apply for CSSA for me and my kids. Can you help me prepare for the interview?",
        ),
        (
            "assistant",
            "Sure. The officer will ask about household members, income, savings, rent and why you need help. If you share your situation I can draft a short summary you can bring.",
        ),
        (
            "user",
            "Maria Liza Tan Co, HKID R216568(5), Flat 1207, 12/F, Tin Yiu House, Tin Yiu Estate, Tin Shui Wai. Two kids aged 6 and 9. My ex-husband pays nothing and I lost my part-time job at a bakery in August.",
        ),
        (
            "assistant",
            "Thanks, Maria. Summary: Applicant Maria Liza Tan Co, single parent of two children aged 6 and 9, living in a public rental flat in Tin Yiu Estate; no maintenance from former spouse; unemployed since August after losing part-time bakery work.",
        ),
    ],
    [
        ("user", "how to register for eKasih if I live in a longhouse in Sarawak?"),
        (
            "assistant",
            "You can ask the Tuai Rumah to help you contact the district office or the welfare department in your division, and they can register you in eKasih after a visit.",
        ),
        (
            "user",
            "I'm Linda anak Jimbun from Kapit, IC 770218-13-6420, husband passed away last year, 5 kids, our longhouse still no proper electricity. What else can I apply for?",
        ),
        (
            "assistant",
            "I'm sorry about your husband, Linda. Besides eKasih, you can apply for STR as a household, Bantuan Kanak-Kanak from JKM for the five children, and ask the welfare office in Kapit about emergency aid.",
        ),
    ],
    [
        (
            "system",
            "你是一个帮助用户办理社会救助业务的助手。用户上传的身份证识别结果：姓名 高建军 / 性别 男 / 民族 汉 / 出生 1968年4月12日 / 住址 北京市朝阳区八里庄街道红庙北里12号楼3单元501 / 公民身份号码 110105196804123277",
        ),
        ("user", "帮我看看低保申请表里“户籍地址”和“居住地址”怎么填"),
        (
            "assistant",
            "户籍地址按身份证或户口簿填写：北京市朝阳区八里庄街道红庙北里12号楼3单元501；如果你现在实际住在别处，居住地址就填现在的住址，并说明原因。",
        ),
        ("user", "我就住这，那两个都填一样的对吧"),
    ],
    [
        ("user", "中低收入戶的健保費補助要另外申請嗎？"),
        ("assistant", "通常取得資格後，公所會通報健保署，不用另外申請。"),
        (
            "user",
            "那我這樣可以申請嗎：蔡明哲，高雄三民區，身分證 E184444285，49歲，腰椎開刀後不能搬重物，被工廠資遣，現在靠太太做清潔一個月兩萬五，兩個小孩。",
        ),
        (
            "assistant",
            "蔡先生，四口之家月收入兩萬五，平均每人約六千多，很可能在高雄市中低收入戶的標準內，建議帶診斷書和資遣證明到三民區公所申請。",
        ),
    ],
    [
        (
            "system",
            "Memory from earlier chats: the user is Priya Menon, 41, lives in Woodlands, has lupus, was retrenched from an admin job in March, receives ComCare SMTA of $600 a month; son Aarav is 9.",
        ),
        ("user", "my SMTA review is next week, what should I prepare?"),
        (
            "assistant",
            "Hi Priya, for the review bring your latest rheumatologist memo about the lupus, proof of your job applications since March, Aarav's school fee statement and your last three months of bank statements.",
        ),
        ("user", "should I mention the flare-up in October?"),
    ],
    [
        ("user", "我要 apply STR 可是 portal 说我的 IC 已经有人申请了，怎么办？"),
        (
            "assistant",
            "可能是家里另一位成员（例如配偶）已经以家庭身份申请了。你可以先问问家人，或者打 HASiL Care Line 查询。",
        ),
        (
            "user",
            "我 IC 880530-01-5893，名字 Tan Wei Liang，老婆 Chong Mei Yee 说她没有 apply 啊。我们住 Taman Molek, Johor Bahru。",
        ),
        (
            "assistant",
            "明白，Tan 先生。如果你太太确定没有申请，可以带 MyKad 到新山的 HASiL 分行柜台，请他们核查 880530-01-5893 名下的申请记录。",
        ),
    ],
    [
        (
            "user",
            'Tolong semak mesej ni sebelum saya hantar ke HASiL: "Saya Khairul Anuar bin Hashim, No KP 910704-07-5219, akaun STR saya sudah ditukar ke Bank Islam 12092010447761 sebab akaun lama ditutup."',
        ),
        (
            "assistant",
            "Mesej anda sudah jelas. Versi lebih formal: Saya, Khairul Anuar bin Hashim (No. KP: 910704-07-5219), ingin memaklumkan bahawa akaun bank untuk bayaran STR saya telah ditukar kepada Bank Islam 12092010447761 kerana akaun lama telah ditutup.",
        ),
        ("user", "ok terima kasih, tambah no telefon 011-2635 8874 kat bawah"),
    ],
    [
        ("user", "低保的银行卡可以换成别的银行吗？"),
        ("assistant", "一般可以，到街道社会救助窗口填写变更申请，并提供新卡的复印件。"),
        (
            "user",
            "我是思明区的低保户林志鹏，原来的卡丢了，新卡是工商银行6222029306385778677，电话17762841935，帮我写个变更说明。",
        ),
        (
            "assistant",
            "变更说明：本人林志鹏，系思明区低保对象，因原低保金发放银行卡遗失，现申请变更为工商银行卡（卡号6222029306385778677），联系电话17762841935。身份证号：＿＿＿＿。",
        ),
        ("user", "身份证号是350203198810276452，帮我填进去"),
    ],
]
