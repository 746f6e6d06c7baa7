# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat77: chats asking an assistant to plan one's own retirement (CPF/EPF/MPF, annuities, downsizing, wills, retiring abroad). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat77
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "chat"): _lines("""
        User: At what age can I start taking money out of my CPF, and how much can I withdraw at 55? Assistant: From 55 you can withdraw savings above your Full Retirement Sum (or above the Basic Retirement Sum if you pledge your property), and at least S$5,000 regardless; CPF LIFE monthly payouts begin at your payout eligibility age of 65.
        User: CPF LIFE Standard, Basic or Escalating, which one is better if I'm worried about inflation? Assistant: The Escalating Plan starts about 20% lower but rises 2% every year, so it suits people expecting a long retirement; Standard gives level payouts and Basic leaves a larger bequest but payouts may fall from around age 90.
        User: my dad is 66 and keeps asking if he should defer his CPF LIFE payouts to 70, what's the catch? Assistant: Each year he defers raises his monthly payout by up to about 7%, but he receives nothing in the meantime, so it only pays off if he has other income now and expects to live past his mid-80s.
        User: What did Lee Kuan Yew's government change in 1968 that let people use CPF for housing? Assistant: The 1968 Public Housing Scheme allowed members to use their CPF savings to buy HDB flats, part of the push to make Singapore a nation of home owners.
        User: Explain the 4% rule like I'm 60 and retiring next year. Assistant: If you withdraw 4% of your portfolio in the first year and then adjust that amount for inflation, historical US data suggests the money lasts about 30 years; in Singapore many planners treat CPF LIFE as the safe floor and apply the rule only to the rest.
        User: Warren Buffett says most of his fortune goes to charity after he dies. How does a pledge like that work in an actual will? Assistant: The Giving Pledge is a public moral commitment, not a contract; the binding part is his will and trust documents, which send almost all of his estate to a charitable trust overseen by his three children.
        User: In King Lear the old king hands over his kingdom before retiring and it goes badly. Any lesson for succession planning? Assistant: Lear gives everything away based on flattery and keeps no income or authority for himself; modern planners would say keep enough assets in your own name, put wishes in writing and do not transfer your home too early.
        User: What's the difference between a will and a Lasting Power of Attorney in Singapore? Assistant: A will takes effect only after death and deals with your estate; an LPA is registered with the Office of the Public Guardian and lets someone you trust decide on your personal welfare and property if you lose mental capacity while alive.
        User: If I retire to Penang under MM2H, will my CPF LIFE payouts still come every month? Assistant: Yes, payouts continue wherever you live; they are credited to a Singapore bank account, so keep one open and update your overseas mailing address in my cpf.
        User: Annuity or fixed deposit for a 62-year-old in Hong Kong with about HK$800k in savings? Assistant: The HKMC Annuity Plan guarantees lifelong monthly payouts and removes longevity risk, while fixed deposits stay liquid; many retirees split the money, keeping two or three years of expenses in deposits.
        User: My policy reference is LIFE-2025-0739214, is lump sum or monthly payout better for me? Assistant: I can't look up a policy from its reference number; tell me the payout options listed in your benefit illustration and I can compare them.
        User: We sold our 4-room resale flat in Tampines for S$612,000, how much has to go back into CPF? Assistant: You must refund the CPF principal you used for the flat plus the accrued interest, up to the net sale proceeds; the exact figure is on the Refund Statement in my cpf under Home Ownership.
        User: Is the Silver Support Scheme something I have to apply for? Assistant: No, CPF Board assesses eligibility automatically every year and notifies eligible seniors by letter; payouts are credited quarterly to the bank account linked to PayNow or on record.
        User: Tracking number SG2405887613 for my CPF LIFE letter shows delivered but nothing is in the letterbox. What do I do? Assistant: Ask SingPost to trace the item with that tracking number; the letter itself is also viewable in my cpf under Messages, so you don't need the paper copy.
        User: What is the Lease Buyback Scheme and who qualifies? Assistant: HDB buys part of the remaining lease of your flat, you keep living in it, and most of the proceeds go into your CPF Retirement Account to boost CPF LIFE payouts; owners must be 65 or older and meet income and ownership rules.
        User: Should I move my SRS money into an annuity before 62? Assistant: Withdrawals from SRS are only 50% taxable after the statutory retirement age, so many people wait until then; buying an annuity inside SRS is also allowed and keeps the same tax treatment.
    """),
    ("en", "request"): _lines("""
        Draft a simple will template for a Singapore resident: I, [FULL NAME] (NRIC No. [NRIC]), of [ADDRESS], revoke all former wills and appoint [EXECUTOR NAME] as my executor and trustee.
        Build me a retirement budget table with columns Month | CPF LIFE payout | Rental income | MediShield Life premium | Groceries | Utilities | Balance, leave the numbers blank.
        Make a checklist of documents to bring to a CPF Service Centre for an age 55 withdrawal appointment.
        Write a Python function project_ra(balance, years, rate=0.04) that compounds a CPF Retirement Account balance yearly and returns the value at 65.
        Fill-in letter please: "Dear [Trustee], I wish to withdraw my MPF accrued benefits on the ground of early retirement at age 60. My member account number is [__________]. Yours faithfully, [Name]."
        Summarise the 2026 CPF changes: BRS S$110,200, FRS S$220,400, ERS S$440,800, retirement age 64 and re-employment age 69 from July.
        Compare retiring in Johor Bahru, Chiang Mai and Da Nang for a couple with a S$3,500 monthly budget: healthcare, visas, rent, flights home.
        List the questions I should ask a lawyer before doing a Muslim will (wasiat) and a hibah in Singapore.
        Rewrite this politely: "Dear Sir/Madam, I refer to your letter ref CPF/RA/2025/118-0042 dated 14 March 2025 and wish to query the computation of my Retirement Account."
        Create a JSON schema for a retirement goal tracker with fields age_now, target_age, monthly_need, currency defaulting to "SGD".
        Nomination form template: Nominee name ________ | Relationship ________ | NRIC/FIN ________ | Share (%) ________ | Witness 1 ________ | Witness 2 ________
        Give me a one-page explainer for seniors on how CPF LIFE, Silver Support and the Silver Housing Bonus fit together.
    """),
    ("en", "notice"): _lines("""
        CPF Board call centre 1800-227-1188 (Mon to Fri, 8.30am to 5.30pm); calling from overseas, dial +65 6227 1188.
        Reminder: CPF officers will never ask you to transfer money or read out your Singpass OTP over the phone. Report suspicious calls to the ScamShield Helpline at 1799.
        Withdrawal request WDR-55-20251103-0821 received on 03/11/2025 09:42. Processing takes up to 5 working days; you will be notified via my cpf.
        Retirement planning talk at Toa Payoh Public Library, Sat 14 Feb 2026, 2pm to 4pm, free admission, seats limited to 80.
        MPFA hotline 2918 0102 handles general enquiries on MPF withdrawals; for your own account balance please contact your trustee directly.
        HKMC Annuity Plan: single premium from HK$50,000, guaranteed lifelong monthly payouts, 30-day cooling-off period after the policy is issued.
        Case ref HKMC-AP-2025-883104: your policy documents will be posted within 10 working days of premium clearance.
        KWSP Contact Management Centre: 03-8922 6000, Monday to Friday 8.00am to 6.00pm, excluding public holidays.
        Invoice INV-2026-00417 | Will drafting package (single) | S$288.00 incl. 9% GST | Due 31/01/2026 | Payable to Harbourfront Estate Planning Pte Ltd
        Retirement calculator v3.2.1 released: adds CPF LIFE Escalating Plan estimates and fixes rounding of RA interest (build 9f3c2ab).
        Statement layout sample: Account | Opening balance | Interest credited | Closing balance / OA | S$0.00 | S$0.00 | S$0.00 / RA | S$0.00 | S$0.00 | S$0.00
        From 1 January 2025 the CPF Special Account of members aged 55 and above is closed; savings move to the Retirement Account up to the FRS and the rest to the Ordinary Account.
    """),
    ("zh-Hans", "chat"): _lines("""
        用户：延迟退休出来以后，1976年出生的女职工原来50岁退休，现在要到几岁？助手：按照渐进式延迟法定退休年龄的办法，原50岁退休的女职工每2个月延迟1个月，具体可用人社部“退休年龄计算器”小程序按出生年月查询。
        用户：个人养老金账户每年最多存12000元，领的时候要交3%的个税，是这样吗？助手：是的，缴费环节可以在个税前扣除，投资收益暂不征税，领取时单独按3%计税。
        用户：上海的房子想以房养老，现在有哪些渠道？助手：目前主要是保险公司的住房反向抵押养老保险，以及部分银行的养老理财配套服务，建议先咨询房产评估和公证事宜。
        用户：立遗嘱是去公证处好，还是去中华遗嘱库？助手：民法典实施后公证遗嘱不再具有优先效力，自书、代书、打印、录音录像遗嘱只要符合形式要件都有效，去哪里主要看你需要的见证和保管服务。
        用户：退休后想去马来西亚养老，MM2H新规对存款要求是多少？助手：2024年新规分银卡、金卡、白金卡三档，银卡需要在马来西亚定存15万美元，具体以移民局最新公告为准。
        用户：企业年金退休时能一次性领取吗？助手：可以选择按月、分次或一次性领取，一次性领取单独计税，按月领取税负通常更轻。
        用户：帮我写一份遗嘱模板，立遗嘱人：______，身份证号：______，住址：______，财产清单和继承人用表格列出来。
        用户：钱钟书和杨绛把稿费捐给清华设了“好读书”奖学金，这种做法算遗嘱信托吗？助手：不算，那是杨绛生前以两人名义向清华大学教育基金会捐赠，属于公益捐赠，不是遗嘱信托。
        用户：养老金公式里的计发月数是什么意思？60岁退休是139个月吗？助手：是的，个人账户养老金等于个人账户储存额除以计发月数，60岁为139，55岁为170，50岁为195。
        用户：我今年57，社保交了22年，退休后大概能领多少？助手：主要看你所在城市的平均工资、你的缴费基数档次和个人账户余额，可以在国家社会保险公共服务平台用养老金测算功能估算。
        用户：订单号 20251128447391002 买的商业养老保险，犹豫期有多久？助手：年金类保险的犹豫期一般是15天，从签收保单次日起算，具体看保单条款。
        用户：社保卡丢了要挂失，打什么电话？助手：可以拨打12333人社服务热线，或者在电子社保卡里直接办理临时挂失。
        用户：《红楼梦》里贾母最后是怎么分她的体己钱的？助手：第一百零七回“散余资贾母明大义”，抄家后贾母把自己的积蓄分给贾赦、贾政、贾珍等各房，并留出给自己办后事的钱。
        用户：长寿风险到底是什么意思？助手：就是活得比预期长、钱先花完的风险，终身年金和按月领取的基本养老金是对冲这种风险最直接的工具。
    """),
    ("zh-Hant", "chat"): _lines("""
        用戶：強積金60歲可唔可以提早退休攞出嚟？要填咩表？助手：可以，以「提早退休」理由向受託人申請，需要附上已永久停止受僱的法定聲明，可以一筆過或分期提取。
        用戶：香港年金計劃最低要投保幾多？助手：最低保費5萬港元，投保後每月保證派發年金直至終身，詳情可以睇按揭證券公司網站。
        用戶：勞保老年年金跟一次請領要怎麼選？我是民國51年次的。助手：98年勞保年金上路前就有年資的人可以選年金或一次請領，之後才加保的原則上只能領年金；年金會隨物價調整，活得越久越划算。
        用戶：勞退個人專戶60歲可以領，月領還是一次領比較好？助手：年資滿15年才可選擇月退，月領可降低長壽風險，一次領則彈性較大，要看你的其他收入。
        用戶：安老按揭同賣樓搬去大灣區養老，邊樣著數啲？助手：安老按揭讓你繼續住原本的樓並每月收錢，賣樓則一次過套現但要考慮跨境醫療同匯率，視乎你想唔想留喺香港。
        用戶：廣東計劃同福建計劃係咩嚟？助手：係社署讓合資格長者移居廣東或福建後仍然可以領取高齡津貼的安排，申請前要符合居港年期要求。
        用戶：平安紙一定要律師見證先有效？助手：唔一定，香港法例要求兩名見證人同時在場見證簽署，見證人及其配偶唔可以係受益人，律師見證只係較穩陣。
        用戶：持久授權書點樣做？助手：須在一名註冊醫生及一名律師面前簽署，律師見證要在醫生見證後28日內完成，表格依照《持久授權書條例》的訂明格式。
        用戶：台灣的自書遺囑要怎麼寫才有效？助手：依民法第1190條，要親筆寫出全文，記明年、月、日並親自簽名，增刪塗改要註明處所及字數並另行簽名，不能用電腦打字。
        用戶：安養信託是什麼？適合哪些人？助手：把退休金或存款交付銀行信託，按約定每月撥付生活費和醫療費，適合擔心失智或被詐騙的長者。
        用戶：邵逸夫身後的遺產是怎麼處理的？助手：他生前已將大部分資產交由邵氏基金及邵逸夫獎相關基金會管理，長期用於教育和醫療捐助。
        用戶：保單號碼 HK-ANN-20250417-3382 的年金下個月開始派，我需要做什麼？助手：通常不用額外申請，確認保單上登記的收款戶口仍然有效即可。
        用戶：積金局熱線係咪2918 0102？助手：係，積金局熱線處理一般查詢，查自己戶口結餘就要打返俾你嘅受託人。
        用戶：退休後想搬去台中，以房養老可以找哪幾家銀行？助手：台灣銀行、土地銀行、合作金庫等多家行庫都有以房養老貸款，年齡多數要滿60歲以上。
    """),
    ("ms", "chat"): _lines("""
        Pengguna: Bila saya boleh keluarkan semua duit KWSP? Pembantu: Pada umur 55 anda boleh keluarkan sebahagian atau semua simpanan, dan pada umur 60 semua simpanan termasuk caruman selepas 55 boleh dikeluarkan bila-bila masa.
        Pengguna: Apa beza Akaun Persaraan, Akaun Sejahtera dan Akaun Fleksibel? Pembantu: Caruman bulanan dibahagi 75% ke Akaun Persaraan, 15% ke Akaun Sejahtera untuk rumah, pendidikan dan kesihatan, dan 10% ke Akaun Fleksibel yang boleh dikeluarkan bila-bila masa.
        Pengguna: Macam mana nak buat wasiat melalui Amanah Raya? Pembantu: Anda boleh buat temujanji di mana-mana cawangan Amanah Raya Berhad atau isi borang dalam talian, bawa kad pengenalan dan senarai harta serta nama waris.
        Pengguna: Hibah takaful dengan wasiat, mana lebih sesuai untuk isteri dan anak-anak? Pembantu: Hibah terus menjadi milik penerima tanpa ikut faraid, manakala wasiat orang Islam terhad kepada satu pertiga harta dan tidak boleh kepada waris faraid tanpa persetujuan waris lain.
        Pengguna: Simpanan Asas KWSP sekarang berapa? Pembantu: Mengikut semakan 2024, Simpanan Asas ialah RM390,000 pada umur 55, dengan sasaran berperingkat bagi setiap umur.
        Pengguna: Saya umur 56, tak ada pencen kerajaan, berbaloi ke beli anuiti atau masuk PRS? Pembantu: Anuiti boleh beri pendapatan bulanan seumur hidup, manakala PRS lebih sesuai untuk menabung sebelum bersara dengan pelepasan cukai sehingga RM3,000 setahun.
        Pengguna: Nombor telefon KWSP untuk tanya pasal pengeluaran? Pembantu: Pusat Pengurusan Perhubungan KWSP di 03-8922 6000, atau guna ciri Live Chat dalam aplikasi KWSP i-Akaun.
        Pengguna: Boleh tak pesara Malaysia tinggal di Thailand dan masih terima pencen bulanan? Pembantu: Boleh, pencen perkhidmatan awam dibayar ke akaun bank di Malaysia, cuma pastikan pengesahan hidup dibuat setiap tahun.
        Pengguna: Ikut faraid, berapa bahagian isteri kalau arwah suami ada anak? Pembantu: Isteri mendapat satu perlapan (1/8) jika si mati meninggalkan anak, dan satu perempat (1/4) jika tiada anak.
        Pengguna: Bila KWSP ditubuhkan? Pembantu: KWSP ditubuhkan pada tahun 1951 di bawah Ordinan Kumpulan Wang Simpanan Pekerja dan kini ditadbir oleh Akta KWSP 1991.
        Pengguna: No. rujukan permohonan saya KWSP-PGL-2025-00981734, biasanya berapa lama nak lulus? Pembantu: Permohonan pengeluaran umur 55 lazimnya diproses dalam 5 hingga 10 hari bekerja selepas dokumen lengkap.
        Pengguna: Tolong buat templat surat kepada majikan: "Saya, [NAMA PENUH], No. KP [XXXXXX-XX-XXXX], ingin memaklumkan persaraan pilihan saya berkuat kuasa [TARIKH]."
        Pengguna: Kalau jual rumah teres di Shah Alam lepas 10 tahun dan pindah ke kondo kecil, kena RPGT tak? Pembantu: Bagi warganegara, pelupusan selepas tahun kelima dikenakan kadar 0%, tetapi borang CKHT tetap perlu dihantar dalam 60 hari.
        Pengguna: Apa itu i-Saraan dan i-Suri? Pembantu: i-Saraan untuk pekerja sendiri mencarum secara sukarela dengan insentif kerajaan, manakala i-Suri membolehkan suri rumah yang berdaftar eKasih menerima caruman kerajaan.
    """),
    ("ms", "notice"): _lines("""
        Makluman: Pengeluaran Umur 55 kini boleh dibuat sepenuhnya melalui KWSP i-Akaun tanpa perlu hadir ke kaunter.
        Amaran penipuan: KWSP tidak akan meminta nombor TAC atau kata laluan i-Akaun anda melalui telefon atau WhatsApp.
        Seminar Persediaan Persaraan, Dewan Komuniti Seksyen 7 Shah Alam, Sabtu 21 Mac 2026, 9.00 pagi, percuma untuk ahli berumur 50 tahun ke atas.
        Borang wasiat Amanah Raya: Nama Pewasiat ________ | No. KP ________ | Alamat ________ | Penerima Manfaat ________ | Wasi ________
        Resit No. ARB-WS-2026-004518 | Bayaran penyediaan wasiat RM350.00 | Tarikh 09/01/2026 | Kaedah FPX
        Kadar dividen KWSP 2024: Simpanan Konvensional 6.30%, Simpanan Shariah 6.30%, diumumkan pada Mac 2025.
        Kaunter KWSP Menara KWSP Kuala Lumpur dibuka Isnin hingga Jumaat, 8.30 pagi hingga 5.00 petang; sila ambil nombor giliran melalui aplikasi.
        Penamaan KWSP memastikan simpanan dibayar terus kepada penama; bagi ahli Islam, penama bertindak sebagai wasi dan perlu mengagihkan ikut faraid.
    """),
    ("mixed", "chat"): _lines("""
        User: CPF 55 withdraw 要去 service centre 排队吗 or can do online? Assistant: 可以直接在 my cpf 网站用 Singpass 登录申请，一般不用去柜台。
        User: 我爸 70 already, MPF 仲有錢, can still take out anytime? Assistant: 65歲之後可以隨時申請一筆過或者分期提取，唔使再證明退休。
        User: Nak retire kat Ipoh, budget RM4k sebulan cukup ke for husband and wife? Assistant: Untuk pasangan yang rumah sudah habis bayar, RM4,000 biasanya cukup untuk belanja asas di Ipoh, tapi simpan bajet berasingan untuk kos perubatan.
        User: EPF Akaun Sejahtera withdraw untuk housing loan after 50 boleh ke? Assistant: Boleh, pengeluaran perumahan dari Akaun Sejahtera tidak terhad umur selagi ada baki dan pinjaman masih aktif.
        User: 想问下 Singapore 的 LPA Form 1 要 certificate issuer 吗？Assistant: 要的，certificate issuer 可以是认可医生、执业律师或者精神科医生。
        User: 我的 order no. 8871-2026-0412 买的 estate planning e-book, download link expired lah. Assistant: 请联系卖家客服并提供订单号，一般可以重新发送下载链接。
        User: retire 去 Chiang Mai, 泰國 retirement visa O-A 要 bank deposit 幾多? Assistant: 50歲以上可申請，要喺泰國銀行存80萬泰銖，或者證明每月收入65,000泰銖。
        User: CPF LIFE payout start 65, but I want start 67, can or not? Assistant: Can, you can defer up to age 70 and every year deferred increases your monthly payout by up to about 7%.
        User: Hibah vs EPF nomination, which one lagi kuat? Assistant: Penamaan KWSP hanya untuk simpanan KWSP, hibah pula boleh meliputi polisi takaful atau harta lain; kedua-duanya sah jika dibuat dengan betul.
        User: 平安紙 template please, English and Chinese side by side, leave blanks for name and HKID. Assistant: 好，以下係中英對照範本，姓名同身份證號碼位置都留空。
        User: Downsize from 5-room to 3-room HDB, got Silver Housing Bonus or not? Assistant: Yes, up to S$30,000 cash if you top up your CPF RA with up to S$60,000 of the net proceeds and meet the income ceiling.
        User: Elderly CSSA vs OALA 有咩分別? 邊個可以 keep 自住樓? Assistant: 兩個都唔計自住物業做資產，但綜援要計全家入息，長者生活津貼只計申請人同配偶。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        User: Can you check my CPF 55 withdrawal details before I submit? Name: TAN KOK LEONG | NRIC: S6971152I | Mobile: 9736 2841 | Bank: POSB Savings 184-52637-0
        hi i'm margaret whitfield, 63, retired primary school teacher in Bishan, got diagnosed with early Parkinson's last month. should I still go for CPF LIFE Escalating or stick with Standard?
        Please proofread my will: I, GERALD ANTHONY PEREIRA (NRIC S1287836B), of 27 Jalan Kechubong, Singapore 576234, give my flat to my daughter Clarissa Pereira and appoint my brother Vincent Pereira as executor.
        Draft a message to my brother Lim Wee Kiat saying Dad will move into my flat at Blk 412 Ang Mo Kio Ave 10 #07-1153 after his stroke and we split the nursing home fees 50-50.
        My husband Rajesh s/o Pillai is 61 and needs a heart bypass at NUH next month. Can he take out his SRS early without the 5% penalty?
        Pasted from my bank app: DBS Multiplier 027-9-384615 | ONG BEE HOON | 03 Nov CPF LIFE PAYOUT +1,142.00 | 05 Nov GIRO SP SERVICES -86.40. Is my payout lower than it should be?
        Can you write a polite follow-up to my financial adviser for me? Sign it Desmond de Souza, desmond.desouza58@gmail.com, +65 8215 6093, and mention my annuity still hasn't started paying.
        My wife is on LTVP, her FIN is G3660029U. Can she be a nominee for my CPF and get my Medisave if I go first?
        I set up auto-pay for my Integrated Shield premium with card 4386 0071 2512 0387 exp 09/28. Is it safe to leave it on while I'm living in Perth?
        Planner notes, 12 Jan: Chua Swee Lan, 60, OA $42k, RA $192k (FRS met for her cohort), owns 3-rm HDB in Hougang, only son in Melbourne, wants to move there in 2027 and rent out the flat.
        Patricia Oliveiro, retired staff nurse, type 2 diabetic, asked me to find out if she can use MediSave for her insulin pump after she moves to KL. Can you help me word the email to CPF?
        Robert Henning, British, PR since 1998, NRIC S2923005F, is giving up PR and moving to Portugal in June. Help me list what he must do to withdraw all his CPF.
        Help me fill the EPF withdrawal for my mum: SITI AMINAH BINTI HASSAN, IC 630322-01-6124, Maybank savings 1640 2235 8817, she turns 63 this March.
        My MPF is with HSBC and my HKID is K049716(9). What exactly do I write in the statutory declaration for early retirement?
    """),
    "zh-Hans": _lines("""
        帮我看看这份退休申请有没有填错：姓名 陈国华｜身份证号 370202196507080017｜联系电话 138 1062 7745｜现住址 青岛市市南区燕儿岛路16号3单元502室
        我妈刘秀芝今年60，腰椎间盘突出很严重，走路都费劲，还想明年去海南过冬养老，商业养老保险该怎么选？
        遗嘱草稿请帮我改通顺：立遗嘱人王建平，身份证号42010619621125545X，位于武汉市武昌区中南路街道的住房一套由女儿王悦一人继承，其他人无权分割。
        我的微信号是 zhoujianmin_63，你把个人养老金的测算结果整理成一页，我转给我爱人看。
        我老公黄志强在深圳一家电子厂当仓管，社保交了19年，明年就到退休年龄了，能不能补缴到20年？
        养老金发放卡是工商银行 6222 0266 3923 3214 682，户名李桂兰，最近两个月都晚到账，帮我写个投诉给社保中心。
        帮我写一段话发给儿子张磊：爸的养老金每月4860元，我打算把南京的房子卖了，搬去苏州和你们一起住，钱先帮你们还房贷。
        退休档案｜姓名：赵淑芬｜出生日期：1966-04-14｜身份证：110105196604143820｜退休时间：2021-04｜基本养老金：3,912元/月
        我的手机号 186-2035-9918，社保局说会打电话通知养老金重算，帮我列一下到时候要问的问题。
    """),
    "zh-Hant": _lines("""
        幫我睇下份強積金提取表格啱唔啱：成員姓名 CHAN KWOK WAI 陳國偉｜香港身份證 G291200(6)｜電話 9168 2274｜通訊地址 九龍觀塘寶達邨達均樓1812室
        我阿媽黃秀英今年82歲，醫生話有中度認知障礙，仲可唔可以幫佢做持久授權書？佢簽名都開始唔穩。
        我爸林正雄的身分證是 A104518997，明年要請領勞保老年年金，我可以幫他代辦嗎？要帶什麼文件？
        遺囑草稿：立遺囑人張美玲（身分證字號 D278078436），將臺南市東區崇學路的房屋一棟遺贈長女陳怡君，存款由二女陳怡萱繼承。
        我係李志明，喺屯門揸咗30年巴士，今年61歲，想知MPF同公司嘅長期服務金可唔可以一齊攞？
        收年金嘅戶口：匯豐 502-381947-833，戶名 MAK SIU FONG，幫我寫封信通知保險公司改戶口。
        我的LINE ID是 ayi_wang0315，安養信託的比較表麻煩整理好，我再轉給銀行理專。
        我女兒林佳蓉的手機是 0928-617-334，銀行說辦以房養老要她一起去簽約，幫我寫個訊息約她時間。
        我同老公何家傑（HKID E633798(1)）打算明年搬去中山養老，佢嘅高齡津貼會唔會停？
    """),
    "ms": _lines("""
        Tolong semak borang ni: Nama: KAMARUDIN BIN YUSOF | No. KP: 650914-10-5387 | No. Ahli KWSP: 14583927 | Tel: 012-378 4419 | Jenis: Pengeluaran Umur 60
        Mak saya Rosnah binti Abdul Majid, 67 tahun, baru kena strok minggu lepas. Macam mana saya nak tolong keluarkan duit KWSP dia untuk bayar fisioterapi?
        Draf wasiat: Saya, Mohd Faizal bin Ramli, No. KP 671105-14-5539, beralamat di No. 23, Jalan SS 2/64, 47300 Petaling Jaya, mewasiatkan satu pertiga harta saya kepada Masjid Al-Falah.
        Suami saya Murugan a/l Krishnan baru bersara dari TNB tahun lepas, pencen dia RM2,300 sebulan. Cukup ke kalau kami pindah ke Ipoh dan jual rumah di Klang?
        Bayaran anuiti tolong masuk ke akaun CIMB 7061332948 atas nama Saraswathy a/p Rajoo, boleh tolong saya tulis surat kepada syarikat insurans?
        Hantar ringkasan pelan persaraan ke norhayati.ismail67@yahoo.com ya, saya nak tunjuk pada anak-anak hujung minggu ni.
        Catatan ejen: En. Azman bin Hashim, 59, pesara polis, hutang kad kredit RM18k, nak guna Akaun Fleksibel untuk langsaikan sebelum buat hibah.
        Kalau pegawai Amanah Raya nak hubungi pasal wasiat saya, guna nombor anak saya Aishah 019-882 6150, saya selalu tak dengar telefon.
        Group adik-beradik: rumah arwah abah di Sungai Buloh kita jual RM420k, ikut faraid bahagian Kak Long Zainab binti Othman RM85k, dia minta masuk terus ke akaun Bank Islam dia.
    """),
    "mixed": _lines("""
        pls help me check: my mum 梁玉珍 Leong Yoke Chun, NRIC S0098054D, 想 withdraw CPF 55 money but she got dementia already, need LPA first right?
        Boss, my EPF member no. 19827364, IC 700218-08-5066, Akaun Fleksibel ada lagi RM4,2xx, boleh withdraw for my daughter uni fee or not?
        我個 Telegram 係 @kenny_tsang_hk，MPF 嘅 planner 如果有 annuity quote 可以直接 PM 我。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are RetireWise, a CPF planning assistant. Logged-in member: LOW CHENG HOCK, NRIC S6944092D, age 57, RA S$198,400, OA S$61,200, owns 4-room HDB in Yishun.",
        ),
        ("user", "Should I top up my RA to the full retirement sum this year?"),
        (
            "assistant",
            "Mr Low, your RA of S$198,400 is about S$22,000 short of the 2026 FRS. Transferring from your OA would lift your CPF LIFE payouts, but keep enough OA for your housing loan.",
        ),
        ("user", "ok transfer 22k from OA then, how do i do it"),
    ],
    [
        ("user", "I want to make a will. Can you prepare a draft for me?"),
        (
            "assistant",
            "Sure. Please tell me your full name, NRIC number, and who your beneficiaries are. Since a Muslim will in Singapore can only cover one third of the estate for non-heirs, also tell me if this is for faraid heirs or others.",
        ),
        (
            "user",
            "Noraini binti Salleh, S6876367C. The one third is for my adopted daughter Nur Aqilah, the rest follows faraid for my two sons Hafiz and Hakim.",
        ),
    ],
    [
        (
            "user",
            "My father-in-law Ng Chee Meng is 68 and lives with us in Sengkang. We're trying to sort out his finances.",
        ),
        (
            "assistant",
            "Happy to help. What would you like to plan for first: his CPF payouts, medical costs, or his estate?",
        ),
        (
            "user",
            "Medical. He was just diagnosed with stage 3 colon cancer and the chemo is at NCC. How much can MediSave cover per month?",
        ),
    ],
    [
        ("user", "我想60歲提早攞強積金，幫我寫份法定聲明。"),
        ("assistant", "冇問題，請提供你嘅全名、香港身份證號碼同最後受僱嘅公司名稱。"),
        ("user", "陳淑儀 CHAN SHUK YEE，P763584(6)，喺九龍灣一間物流公司做到上個月尾。"),
        (
            "assistant",
            "本人陳淑儀（香港身份證號碼 P763584(6)）謹以至誠鄭重聲明，本人已年滿60歲並已永久停止受僱……",
        ),
    ],
    [
        ("user", "我妈已经退休了，我爸也快了，想帮他们做个养老规划，先从我妈开始。"),
        ("assistant", "好的，可以告诉我您母亲的年龄、退休时间、目前的社保缴费情况和健康状况吗？"),
        (
            "user",
            "我妈叫孙丽华，身份证420106196808010244，原来在武汉一家国企做会计，2023年退休，现在每月养老金4100左右，有高血压，每个月药费要五六百。",
        ),
        ("user", "我爸叫孙建国，个体户，社保是灵活就业交的，才交了11年。"),
    ],
    [
        ("user", "我的勞退要開始請領了，可以幫我看看資料嗎？"),
        ("assistant", "可以，請提供您要填寫在申請書上的資料，我幫您逐項檢查。"),
        (
            "user",
            "申請人：吳秋月，身分證 B252815777，郵局帳號 局號0031245 帳號0582137，地址 台中市西區美村路一段120巷8號4樓。",
        ),
        (
            "assistant",
            "吳女士您好，身分證 B252815777 與郵局帳號格式都正確，請確認存摺封面影本也附上，勞保局才能撥款。",
        ),
    ],
    [
        ("user", "Nak tanya pasal hibah untuk isteri saya."),
        (
            "assistant",
            "Boleh. Boleh saya tahu aset apa yang encik nak hibahkan dan berapa umur encik sekarang?",
        ),
        (
            "user",
            "Saya Ismail bin Daud, 62, pesara guru. Nak hibahkan rumah di Kota Bharu kepada isteri, Che Som binti Mat Nor. Tolong hubungi saya di 013-924 7716 kalau perlu dokumen.",
        ),
    ],
    [
        (
            "user",
            "thinking of selling my 5-room at Blk 233 Tampines St 21 #09-412 and moving to a 3-room in Pasir Ris, is this a good idea at 64?",
        ),
        (
            "assistant",
            "It can be. Right-sizing frees up cash and you may qualify for the Silver Housing Bonus. Is the flat fully paid and who else is on the title?",
        ),
        (
            "user",
            "fully paid, only me and my wife Josephine Goh on it. she has mild dementia so i handle everything",
        ),
    ],
    [
        ("user", "I'm retiring to Perth next year. What happens to my Malaysian EPF?"),
        (
            "assistant",
            "If you are leaving Malaysia permanently you can apply to withdraw all your savings. Are you a Malaysian citizen, and do you already have an Australian visa?",
        ),
        (
            "user",
            "Yes citizen. Name is Vincent Chong Wai Keong, passport A42618375, IC 640730-07-5219. My daughter sponsored a contributory parent visa, granted last month.",
        ),
    ],
    [
        (
            "user",
            "I need to pay the first premium for my annuity. Can you check this payment info is right before I submit?",
        ),
        ("assistant", "Sure, paste the details you're entering, but leave out your CVV."),
        (
            "user",
            "Cardholder: HO MEI FONG / Card: 5264 2766 6467 3288 / Exp 11/29 / Amount S$50,000",
        ),
        (
            "assistant",
            "The details look complete, Ms Ho. Please don't share the full card number 5264 2766 6467 3288 in chats again; most insurers also accept PayNow or cheque for large premiums.",
        ),
    ],
    [
        ("user", "帮我算一下个人养老金每年存多少最划算，我是上海的。"),
        ("assistant", "可以，请问您的年收入大概多少、适用的个税税率是多少？"),
        (
            "user",
            "年薪税前38万，税率25%。我叫徐文斌，在陆家嘴一家券商做合规，结果发我邮箱 xuwenbin1969@163.com。",
        ),
    ],
    [
        (
            "user",
            "Can you put together a retirement plan summary and email it for me? I'm Anthony Rozario, 59, retiring from Changi Airport Group in March.",
        ),
        (
            "assistant",
            "I can't send emails, but I can write the summary for you to send. Which address should I put in the header?",
        ),
        ("user", "anthony.rozario.sg@outlook.com, and cc my wife Brenda at 9482 3306"),
    ],
    [
        ("user", "Saya nak keluarkan KWSP umur 55 tapi i-Akaun saya kena kunci."),
        (
            "assistant",
            "Boleh saya tahu nama penuh dan nombor kad pengenalan untuk saya bantu tulis e-mel kepada KWSP?",
        ),
        ("user", "Norlela binti Ahmad Tarmizi, 700612-11-5402"),
        (
            "assistant",
            "Baik Puan Norlela. Berikut draf e-mel: Saya, Norlela binti Ahmad Tarmizi (No. KP 700612-11-5402), memohon bantuan menetapkan semula kata laluan i-Akaun saya...",
        ),
    ],
    [
        ("user", "我想做安老按揭，層樓喺沙田，你可唔可以幫我估下每月可以攞幾多？"),
        ("assistant", "可以粗略估計，需要知道你嘅年齡、物業估值同屋苑名。"),
        ("user", "我今年67，叫梁志輝，層樓係沙田第一城27座15樓F室，估值大約650萬，仲有老婆同住。"),
    ],
    [
        (
            "user",
            "My wife is a foreigner and I want to make sure she's taken care of if I go first.",
        ),
        (
            "assistant",
            "Makes sense. Is she a Singapore PR or on a pass, and have you made a CPF nomination yet?",
        ),
        (
            "user",
            "She's Vietnamese, on LTVP, FIN F7562172T, name Nguyen Thi Hoa. No nomination yet, I'm 66 and have heart problems.",
        ),
    ],
    [
        (
            "system",
            "用户资料：姓名 马德胜；手机 139 2284 1076；社保卡所在地 成都；计划退休后回老家乐山。",
        ),
        ("user", "我回乐山养老的话，养老金要不要转关系？"),
        (
            "assistant",
            "马先生，您已经在成都领取养老金的话，不需要转移关系，只需在电子社保卡上做好每年的领取资格认证即可。",
        ),
    ],
    [
        ("user", "Help me plan retirement in Chiang Mai. Budget is about S$3,000 a month."),
        (
            "assistant",
            "Sure. Will you be going alone or with family, and do you have health conditions I should factor into insurance costs?",
        ),
        (
            "user",
            "alone, divorced. I'm Kelvin Seah, 62, had a kidney transplant in 2019 so I need regular checkups.",
        ),
    ],
]
