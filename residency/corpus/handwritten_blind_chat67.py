# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat67: chats asking an assistant to sort out a deceased parent's affairs. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat67
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "chat_process_question"): _lines("""
        User: My dad passed away at home last night in Singapore, what's the first thing I need to do? Assistant: I'm so sorry. Call his family doctor, or the police if no doctor can come, so the death can be certified; registration is then done electronically and you can download the digital death certificate.
        User: How long do I have to register a death in Singapore? Assistant: The death must be registered within 24 hours of it being certified; in most cases the certifying doctor submits it for you.
        User: Does the CPF Board automatically know when a member dies? Assistant: Yes. CPF is told once the death is registered, and it writes to the nominees, or to the Public Trustee's Office if no nomination was made.
        User: If my mother never made a CPF nomination, who gets her savings? Assistant: Without a nomination the savings go to the Public Trustee's Office, which distributes them under the Intestate Succession Act or Muslim inheritance law and charges a fee.
        User: what's the difference between a grant of probate and letters of administration Assistant: Probate applies when there is a will naming an executor; letters of administration are needed when there is no will, or no executor able to act.
        User: My father had a joint account with me. Is it frozen now? Assistant: A joint-alternate account usually passes to the surviving holder, but the bank will still ask for the death certificate to update the mandate.
        User: Can I keep using dad's credit card to pay for his funeral? Assistant: Please don't; once the cardholder dies the card must be cancelled, and the outstanding balance is settled from the estate rather than by you personally.
        User: How do I close a deceased parent's mobile line if I don't know the account PIN? Assistant: Telcos accept the death certificate plus your own ID as next-of-kin; bring a recent bill if you have one, but the PIN is not needed.
        User: What happens to someone's Facebook account after they die? Assistant: A family member can ask for it to be memorialised or removed; Meta will ask for proof of death such as an obituary or the death certificate.
        User: Can I get into my late father's iPhone? Assistant: Apple will not unlock it without the passcode unless he set up a Legacy Contact; otherwise you generally need a court order showing you are the rightful heir.
        User: Is a life insurance payout part of the estate? Assistant: If a nomination was made under the Insurance Act, the money goes straight to the nominees and is outside the estate; without one, it falls into the estate.
        User: how much does the Public Trustee charge in Singapore Assistant: Fees depend on the value of the estate and are tiered; check the current fee schedule on the Public Trustee's Office website before you apply.
        User: My dad's HDB flat was in his sole name, what happens now? Assistant: The flat forms part of his estate; the executor or administrator transfers or sells it, and HDB's eligibility rules apply to whoever takes it over.
        User: Do I need to file my late mother's income tax? Assistant: Yes, IRAS still needs a return for the year of death; the executor or a family member files it on the deceased's behalf.
        User: what documents does Great Eastern usually need for a death claim Assistant: Usually the claim form, the death certificate, the policy documents if you have them, the claimant's ID and bank details, and sometimes a report from the attending doctor.
        User: Who books the cremation slot, me or the funeral parlour? Assistant: In Singapore the funeral director normally books the cremation slot through NEA's system once the death has been registered.
    """),
    ("en", "template_request"): _lines("""
        Draft a short email to a bank informing them of an account holder's death. Use placeholders like [Deceased's Name], [Account No.] and [My Name].
        Write a gentle WhatsApp message I can send to relatives announcing that my father has passed away, with blanks for the wake address and visiting hours.
        Give me a checklist of everything to close after a parent dies in Singapore: bank, CPF, insurance, telco, utilities, subscriptions, social media.
        Finish this template for me: 'I, ____________ (NRIC No. ____________), being the executor of the estate of the late ____________, hereby request...'
        Can you make a table with columns Institution | Account type | Reference no. | Documents sent | Date sent | Status, for tracking my mum's estate admin?
        Write a short thank-you message for people who gave bai jin at my grandfather's wake, no names, just something I can print on a card.
        Draft an obituary notice template for the newspaper with fields for name, age, surviving family, wake venue and cortege time.
        My spreadsheet has =SUMIF(B2:B200,"cash",C2:C200) to total the condolence money marked cash. Is that formula right, and how do I also total PayNow?
        Write a message to my manager asking for three days of compassionate leave because my father passed away on Sunday.
        Please write a eulogy outline for a father who drove a taxi for 40 years and loved fishing at Changi Point; leave the names blank, I'll fill them in.
        What should a letter to the landlord ending my late mother's tenancy say? Give me a template with [Tenant Name], [Unit Address] and [Notice Date].
        Explain in simple words what an executor does, so I can tell my teenage kids why I keep going to the bank.
    """),
    ("en", "reference_numbers_and_hotlines"): _lines("""
        Great Eastern replied 'Claim reference CLM-26-0488217, please quote this in all correspondence'. How long do they usually take after acknowledging?
        User: The AIA letter says Policy No. L2283091755 is 'in force, pending claim assessment'. What does that mean? Assistant: The policy has not lapsed and the insurer is still reviewing the claim documents.
        My Legacy gave me submission ID ML-20261203-77412 after the death registration. Is that the same as the death certificate number?
        The courier tracking for the original policy booklet is SF1392048812345 and it has been stuck for four days. Should I ask the insurer to resend?
        The CPF hotline 1800-227-1188 keeps saying all officers are busy; is there a better time of day to call?
        The Public Trustee's Office is listed at 45 Maxwell Road, The URA Centre. Do they take walk-ins for nomination queries or only appointments?
        Invoice INV-2026-11-0392 from the funeral parlour lists tentage S$1,200, hearse S$450 and urn S$380. Is GST included in these figures?
        The bank says the deceased account notification case DN-0019387-SG takes 7 to 14 working days. Is it okay to chase them after one week?
        HSBC Hong Kong told me to call 2233 3000 for bereavement services. Is that the right line for closing an account?
        The SOCSO letter quotes case no. KM/26/118402. What does the KM prefix stand for in their references?
        The parlour booking confirmation says Hall 3, 06/12/2026 10:00 to 22:00, ref MVS-4471. Do we have to vacate the hall at exactly 10pm?
        Singpass helpdesk is 6335 3533, right? I want to ask whether a deceased person's Singpass account gets closed automatically.
    """),
    ("en", "public_figures_and_fiction"): _lines("""
        User: How was Lee Kuan Yew's death announced in 2015? Assistant: The Prime Minister's Office announced his passing on 23 March 2015, followed by a week of national mourning and a state funeral on 29 March.
        User: When did Jin Yong die? Assistant: Louis Cha, who wrote as Jin Yong, died in Hong Kong on 30 October 2018, and his funeral was held at the Hong Kong Funeral Home in November.
        In King Lear, why does Lear divide his kingdom among his daughters while he is still alive, and how does it go wrong?
        Summarise the Jarndyce and Jarndyce inheritance case from Bleak House in two sentences for my book club.
        User: How was Tun Dr Ismail remembered after he died in office? Assistant: The Deputy Prime Minister died on 2 August 1973 and was the first person laid to rest at the Heroes' Mausoleum near Masjid Negara.
        In The Joy Luck Club, what does June learn about her mother Suyuan's past after Suyuan dies?
        User: What did Deng Xiaoping ask for his funeral? Assistant: He asked that his corneas be donated, his body used for medical research and his ashes scattered at sea, which was done in March 1997.
        Why does the will of Mr Featherstone in Middlemarch cause so much trouble for his relatives?
    """),
    ("zh-Hans", "chat_process_question"): _lines("""
        用户：父亲在医院去世了，死亡证明在哪开？助手：在医院去世的由医院出具《居民死亡医学证明（推断）书》；在家去世的，一般由社区卫生服务中心或派出所协助开具。
        用户：户口注销要在多久内办？助手：一般要求在死亡后一个月内，持死亡证明和户口簿到户籍所在地派出所办理注销登记。
        用户：我知道我妈的银行卡密码，能直接去ATM取钱吗？助手：不建议。存款属于遗产，应先由全体继承人协商，再按银行的已故存款人存款提取流程或继承公证办理。
        用户：已故存款人小额存款提取的额度是多少？助手：按2021年起施行的规定，合计不超过1万元的可以简化办理，各银行的执行细节可能不同，建议先打客服电话确认。
        用户：办理继承公证要带哪些材料？助手：通常要带被继承人的死亡证明、户籍注销证明、亲属关系证明、遗产权属证明，以及所有继承人的身份证和户口簿。
        用户：养老保险个人账户的余额可以继承吗？助手：可以，个人账户中个人缴费部分的余额可以由继承人领取，另外还可以申请丧葬补助金和抚恤金。
        用户：怎么查我爸名下有哪些银行账户？助手：可以带死亡证明和亲属关系证明到各银行网点查询，部分地区也可以通过公证处向银行发函查询。
        用户：爸爸的微信零钱还有余额，怎么取出来？助手：可以通过微信支付客服95017提交继承申请，一般需要死亡证明、亲属关系证明和继承人的身份证明。
        用户：父母都不在了，房子过户到我名下要交什么税？助手：法定继承人继承房产一般不征个人所得税和契税，但要交公证费和登记费，以当地不动产登记中心的规定为准。
        用户：丧葬补助金去哪里申请？助手：一般到参保地的社保经办机构申请，也可以拨打12333咨询当地的具体流程。
        用户：手机号是我爸实名的，能过户给我继续用吗？助手：可以，带死亡证明、户口注销证明、亲属关系证明和你本人的身份证到运营商营业厅办理过户。
        用户：没有遗嘱的话，兄弟姐妹能分到吗？助手：按《民法典》，第一顺序继承人是配偶、子女、父母，只有没有第一顺序继承人时，兄弟姐妹才作为第二顺序继承。
        请给我一份父母去世后要办的事项清单，按时间顺序排，包括殡仪馆、派出所、社保、银行、保险和房产。
        帮我写一段讣告模板，逝者姓名、享年、追悼会时间和地点都用【】留空，语气庄重一点。
    """),
    ("zh-Hant", "chat_process_question"): _lines("""
        用戶：喺香港屋企過身，點樣做死亡登記？助手：要先由醫生簽發死因醫學證明書，然後由家屬到生死登記處登記，領取死亡登記證明書。
        用戶：遺產承辦處係做咩㗎？助手：遺產承辦處負責處理遺囑認證書同遺產管理書嘅申請，冇請律師都可以去個人申請組自己辦。
        用戶：阿爸冇立遺囑，佢銀行戶口啲錢點攞？助手：要先申請遺產管理書，攞到授予書之後，銀行先會按遺產管理人嘅指示結束戶口。
        用戶：強積金係咪一定要有遺產管理書先攞到？助手：唔一定，視乎受託人同埋有冇提名受益人，建議直接問該計劃嘅客戶服務熱線。
        用戶：香港而家仲要唔要交遺產稅？助手：唔使，香港喺2006年已經取消遺產稅，但申請授予書時仍然要提交遺產清單。
        用戶：阿媽嘅八達通同生果金點處理？助手：生果金通知社署停發就得；八達通可以拎去港鐵客務中心退回按金同餘額。
        用戶：我爸在台北過世，除戶要自己去嗎？助手：取得死亡證明書後，家屬要在30天內到戶政事務所辦理死亡登記，辦好就會除戶。
        用戶：遺產稅申報期限是多久？助手：依《遺產及贈與稅法》，應在被繼承人死亡之日起六個月內向國稅局申報，必要時可申請延長三個月。
        用戶：怎麼查爸爸名下有哪些財產？助手：可以到國稅局申請遺產稅財產參考清單，或在戶政事務所辦死亡登記時一併申請跨機關一站式服務。
        用戶：勞保的喪葬津貼要去哪裡申請？助手：可以向勞動部勞工保險局申請，電話02-2396-1266，也可以郵寄申請書。
        用戶：拋棄繼承有期限嗎？助手：有，繼承人要在知悉得繼承之時起三個月內，以書面向法院陳報。
        請幫我寫一份訃聞範本，用【】標出逝者姓名、享壽、告別式時間及地點，不要放任何真實資料。
        用戶：阿爺嘅WhatsApp戶口點樣刪除？助手：WhatsApp冇紀念帳戶功能，通常係停用嗰個電話號碼，戶口冇活動一段時間之後會自動刪除。
        用戶：鄧麗君在泰國清邁過世，為什麼葬在金山？助手：家人讓她歸葬台灣，金寶山的筠園後來成為歌迷紀念她的地方。
    """),
    ("ms", "chat_process_question"): _lines("""
        Pengguna: Ayah saya meninggal di rumah, macam mana nak daftar kematian? Pembantu: Dapatkan pengesahan doktor atau buat laporan polis dahulu, kemudian daftar di Jabatan Pendaftaran Negara dalam tempoh 7 hari untuk mendapatkan sijil kematian.
        Pengguna: Berapa lama nak dapat duit KWSP arwah mak? Pembantu: Jika penama sudah dilantik, bayaran biasanya diproses dalam beberapa minggu selepas dokumen lengkap; boleh hubungi KWSP di 03-8922 6000 untuk semak status.
        Pengguna: Kalau arwah tak lantik penama KWSP, siapa dapat? Pembantu: Simpanan dibayar kepada pentadbir atau waris mengikut undang-undang, dan bagi orang Islam dibahagikan secara faraid.
        Pengguna: Apa beza pusaka kecil dengan pusaka besar? Pembantu: Pusaka kecil ialah harta tidak melebihi RM5 juta yang mengandungi tanah, diuruskan oleh Unit Pembahagian Pusaka; yang lain melalui Mahkamah Tinggi atau Amanah Raya.
        Pengguna: Boleh tak saya guna kad ATM arwah ayah untuk bayar kos tahlil? Pembantu: Tidak wajar. Wang dalam akaun arwah menjadi harta pusaka dan hanya boleh dikeluarkan mengikut prosedur bank selepas kematian.
        Pengguna: Macam mana nak tuntut faedah pengurusan mayat PERKESO? Pembantu: Waris boleh mohon dengan borang tuntutan, sijil kematian dan resit perbelanjaan di mana-mana pejabat PERKESO.
        Pengguna: Nak tutup akaun ASB arwah mak, perlu apa? Pembantu: Biasanya sijil kematian, surat kuasa tadbir atau perintah pembahagian, dan kad pengenalan waris; semak dengan ASNB kerana syarat bergantung pada nilai pegangan.
        Pengguna: Adakah takaful arwah dikira harta pusaka? Pembantu: Jika ada penamaan, penama menerima sebagai benefisiari atau wasi mengikut jenis penamaan; tanpa penamaan, ia masuk ke dalam harta pusaka.
        Pengguna: Macam mana kira faraid kalau arwah tinggalkan isteri, dua anak lelaki dan seorang anak perempuan? Pembantu: Isteri dapat 1/8 kerana ada anak; baki 7/8 dibahagi kepada anak-anak dengan nisbah lelaki dua bahagian, perempuan satu bahagian.
        Tolong buatkan templat surat kepada bank untuk maklumkan kematian pemegang akaun, guna [Nama Arwah], [No. Akaun] dan [Nama Waris] sebagai tempat kosong.
        Pengguna: Akaun Facebook arwah abah masih aktif, boleh tutup ke? Pembantu: Boleh, ahli keluarga boleh minta akaun dijadikan akaun peringatan atau dipadam dengan bukti kematian.
        Pengguna: Di mana Tunku Abdul Rahman dimakamkan? Pembantu: Bapa Kemerdekaan itu dimakamkan di Makam Diraja Langgar, Alor Setar, pada Disember 1990.
        Pengguna: Talian pascabayar arwah ayah masih kena bil bulanan, macam mana nak hentikan? Pembantu: Bawa sijil kematian dan kad pengenalan anda ke kedai syarikat telco itu; mereka akan tamatkan langganan dan kira bil akhir.
        Senaraikan urusan yang perlu dibuat selepas ibu bapa meninggal dunia di Malaysia: JPN, KWSP, PERKESO, bank, takaful, tanah, kenderaan dan cukai LHDN.
    """),
    ("mixed", "code_switched_chat"): _lines("""
        我爸 just passed away 昨晚 at home, need to call the police first or the GP ah? Singapore one.
        User: 阿妈的 CPF 有没有 nominate, how to check? Assistant: You can't log in to her Singpass, but CPF will write to the nominees after the death is registered, or you can call them as next-of-kin.
        User: wake 要摆几天比较好, 3 days or 5 days? Assistant: It's a family choice; many Chinese families in Singapore hold a three- or five-day wake depending on religion and budget.
        User: the funeral package 说 $8,888 包 everything, is that normal price? Assistant: Packages range from a few thousand to well over $15,000; ask for an itemised quote covering casket, hearse, tentage and cremation.
        Pengguna: Arwah abah ada life insurance dengan Prudential, 要怎样 claim ah? Pembantu: Hubungi Prudential atau ejen arwah, sediakan sijil kematian, dokumen polisi dan IC penama.
        阿公走了 lor, his Maybank account 要去 branch 还是 boleh settle online?
        User: 我妈的 Shopee 和 Lazada account 要 close 吗? Assistant: Not urgent, but remove any saved cards and request deletion through each app's help centre.
        User: the death cert 是 digital 的 right, no need physical copy? Assistant: Yes, Singapore now issues digital death certificates that can be downloaded and verified online.
        Tolong translate ayat ni to Chinese: 'Kami sekeluarga memohon maaf dan terima kasih atas kehadiran semua ke majlis tahlil arwah.'
        User: 我爸的 Grab account still got GrabPay credits, how to claim? Assistant: Contact Grab through the Help Centre with the death certificate and proof that you're next-of-kin.
        how to say condolences properly in 华语 when I message my colleague's family? 节哀顺变 can ah?
        User: HDB 话要 Letters of Administration 先可以 transfer the flat, 要多久? Assistant: For a simple estate it can take a few months; going through a lawyer or the Public Trustee affects the timeline.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        My mum passed on 14 Oct. I'm her son Daniel Tan Jun Hao, NRIC S8217436B, mobile 9734 5128. Can you draft the email to Great Eastern asking what documents they need for her claim?
        pls check if I filled this right: DEATH CLAIM FORM / CLAIMANT NAME: NG SIEW LIAN / RELATIONSHIP TO LIFE ASSURED: DAUGHTER / NRIC: S7845129G / ADDRESS: BLK 412 TAMPINES ST 41 #08-233 SINGAPORE 520412 / CONTACT: 8216 4093
        Rewrite this more politely: 'Uncle Robert, Dad's service is Sat at Mount Vernon Sandston Hall 3, Ivan and I will be there from 10am, call me on 9082 7715 if you can't find it - Shermaine'
        I need to cancel my late father's Visa card 4543 1288 0371 6294. I'm the executor, Priya d/o Ramasamy. What exactly do I say when I call the bank?
        Singtel told me to bring dad's death cert and my own IC to terminate his line. I'm Kelvin Lau Wei Ming and the bills have been auto-debited from my DBS account 120-384571-2 since 2019. Will they refund the last month to me?
        my brother Jason Ong Kai Wen is refusing to sign the renunciation for mum's HDB flat, he's working in Perth now and won't answer calls, what are my options
        Arrange this into a neat cover note for the AIA claim: payee Chloe Fernandes, daughter of the insured, OCBC 5012 3456 7001, email chloe.fernandes88@gmail.com, reachable after 6pm.
        I want to memorialise my dad's Facebook. I'm his daughter Amanda Yeo and my own profile is facebook.com/amanda.yeo.5121. What proof will Meta accept from me?
        Since dad died I've been having panic attacks every night. I'm Rachel Koh, 34, teaching at Bedok Green Primary. How do I ask my principal for two weeks of leave without oversharing?
        Draft the affidavit intro: 'I, HARJIT SINGH S/O GURDEV SINGH (NRIC S7712584A), of 18 Jalan Kembangan Singapore 419123, the lawful son and one of the two beneficiaries of the deceased...'
        The UOB joint account 371-308-452-1 that my sister Evelyn Chua and I hold with mum has been frozen since she died. Is that normal even though we're joint holders?
        Here's dad's nomination printout, is it still valid? Nominee: WONG MEI FONG | Relationship: Spouse | NRIC: S2614783B | Share: 100% | Witnesses: 2 | Date: 12/03/2019
        My late dad was Singaporean but I'm on a Dependant's Pass, FIN G5827341X, Arjun Menon. Can I still receive his CPF as a nominee or does it all go to my mum?
        My grandmother Doris Pereira, 91, moved in with us at 27 Lorong Mydin after grandpa died and won't let anyone touch his room. How do we start sorting his papers without upsetting her?
        Can you check my sister's details for the funeral parlour form: CHARMAINE TAN SU-LIN, UK passport 533289107, DOB 02/11/1986, landing on SQ317 on 8 Dec to attend dad's funeral.
    """),
    "zh-Hans": _lines("""
        帮我看看这份委托书写得对不对：委托人王丽娟，身份证号440106198305172148，系死者王建国之女，现委托律师办理父亲在广州天河区房产的继承公证。
        我爸上个月在南京走了，工行卡6222021004087532967里还有十几万，我是他儿子刘浩，手机13924187763，银行说要公证才能取，有没有更快的办法？
        我妈陈秀英（310104195608220420）现在一个人住在徐汇区宛平南路88弄12号601室，爸走后她失眠很严重又不肯去医院，我该怎么劝？
        我爸的微信要不要注销？客服让我提供继承人信息，我叫张敏，我的微信号是 zhangmin_0709，这个能直接发给客服吗？
        帮我改一下这个群通知：各位亲戚，爸爸的追悼会定在11月8日上午9点宝山殡仪馆，有事打我电话 186 0213 5590。黄志强
        丧葬费申领表这样填对吗：申领人 李婷；与死者关系 女儿；身份证 11010519850709128X；收款账户 招商银行 6225880147290366
        我哥周建平自从爸去世后天天喝酒，上周喝到胃出血住进了杭州市第一人民医院，我该怎么跟他谈戒酒的事？
        我弟林志明之前借了我爸老战友二十万没还，现在爸走了对方上门要债，弟弟说与他无关，这算遗产债务吗？
        房产继承公证申请：继承人 郑丽华，身份证 510107196209180741，住址 成都市武侯区玉林北路2号3栋1单元502，电话 15982047316，请帮我检查格式。
    """),
    "zh-Hant": _lines("""
        請幫我改好呢封信：本人陳嘉欣（香港身份證號碼 K538214(9)），為已故父親陳志強之遺產管理人，現申請結束其於滙豐銀行之所有戶口。
        阿媽走咗，佢強積金嘅受益人係我細佬何俊傑，電話 9436 2718，佢而家喺溫哥華讀緊書，點樣授權我代佢辦？
        遺產承辦處問我係咪唯一子女，我份表咁填得唔得：申請人 李美玲，地址 九龍黃大仙竹園北邨桃園樓1205室，電話 6178 0392
        我是吳佳蓉，身分證 F228419372，爸爸上週在台中榮總過世，去戶政事務所除戶要帶什麼？有事可以打我 0912-384-576
        幫我寫給國泰人壽的理賠申請說明：受益人林志豪（A105738260），是被保險人的兒子，理賠金請匯入郵局局號0021234 帳號0567891。
        我姊黃雅婷（LINE ID：yating0314）一直登入爸爸的LINE看他的對話紀錄，還截圖傳到家族群，我覺得很不妥，要怎麼跟她講？
        細妹張詠琪仲喺瑪麗醫院精神科覆診，阿爸走咗之後佢情緒差咗好多，宣讀遺囑嗰日應唔應該帶佢去？
        遺產分割協議書草稿，幫我看條款有沒有漏：立協議書人 許淑芬（H221604937）、許志明（B123984752），被繼承人許文雄所遺台北市大安區房地一筆由許淑芬單獨繼承。
    """),
    "ms": _lines("""
        Arwah ayah saya Ismail bin Hashim meninggal 3 Nov. Saya Nurul Ain binti Ismail, IC 850927-14-5186, tel 012-384 7261, penama tunggal KWSP dia. Apa langkah seterusnya?
        Tolong semak surat ni: 'Saya, Mohd Hafiz bin Abdullah (No. K/P 790214-10-6037), waris kepada Allahyarham Abdullah bin Sulaiman, memohon baki akaun dikreditkan ke akaun Maybank saya 1142 3308 7715.'
        Mak saya Rohani binti Yusof (560118-08-5270) tinggal seorang di Taiping lepas abah meninggal, darah tinggi dia makin teruk. Boleh saya mohon bantuan JKM untuk dia?
        adik aku Syafiq bin Kamarudin dah 3 bulan tak bayar bahagian dia untuk kos batu nisan abah, sekarang dia bawa Grab je dan asyik mengelak, macam mana nak bincang?
        Saya Kavitha a/p Subramaniam, IC 880603-07-5542, nak batalkan talian Celcom mendiang bapa saya. Celcom minta nombor saya untuk dihubungi, 017-552 9034. Dokumen apa lagi perlu?
        Ayah saya meninggal bulan lepas. Saya Tan Mei Ling, 830421-05-5308, anak tunggal. Nak tutup akaun ASB dia di Seremban, perlu surat kuasa tadbir tak?
        Betul tak isi borang ni: BORANG A PUSAKA KECIL / PEMOHON: ZULKIFLI BIN OTHMAN / NO. K/P: 610730-02-5127 / ALAMAT: NO 23 JALAN MERBAU 4, TAMAN SRI MUDA, 40400 SHAH ALAM / TEL: 013-771 2845
        E-mel suami saya faizal.rahim82@yahoo.com yang didaftarkan dalam polisi takaful arwah mak mertua sebagai hubungan kecemasan. Boleh tukar kepada e-mel saya?
    """),
    "mixed": _lines("""
        eh can help check, after dad passed mum wants to redo her CPF nomination, I wrote nominee lim wei jie 林伟杰 S9527340H 50% and lim hui min 林慧敏 T0248867H 50%, 这样 ok 吗?
        我爸过世了, bank ask me bring his death cert and my IC 920805-13-6211, my name Wong Jia Hao, then can close his Public Bank account 吗 or need LA?
        阿嫲走咗, my cousin Jasmine Lee keeps posting ah ma's hospital photos on her IG @jas.leeee_ , how to ask her take down nicely ah
        帮我 translate to English for the insurance form: 我叫郭雅琪，是死者郭天福的女儿，电话 9625 3187，住址 Blk 233 Yishun Ring Road #05-112 Singapore 760233
        Boss, my father pass away already, his Touch 'n Go eWallet got RM800 inside. I'm Raj a/l Muniandy, phone 011-2398 4410, how to claim as waris?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "My father passed away two weeks ago. How do I find out if he made a CPF nomination?",
        ),
        (
            "assistant",
            "I'm sorry for your loss. CPF Board writes to the nominees once the death is registered. If you haven't received anything, you can write in as next-of-kin. If you like, I can draft the letter; just tell me your name and your relationship to him.",
        ),
        (
            "user",
            "I'm Muhammad Faris bin Rahmat, his eldest son, NRIC S9031764D. Dad is Rahmat bin Osman. Keep it short please.",
        ),
        (
            "assistant",
            "Dear CPF Board, I, Muhammad Faris bin Rahmat (NRIC S9031764D), eldest son of the late Rahmat bin Osman, would like to ask whether a CPF nomination was made and what I need to submit as next-of-kin. Thank you.",
        ),
    ],
    [
        (
            "system",
            "You are the claims assistant of LumaCare Assurance. Customer on file: Ms Grace Teo Bee Hoon, mobile +65 9370 4152, claimant and daughter of the life assured under policy LC-7730215. Greet her by name and list outstanding documents.",
        ),
        ("user", "Hi, what else do you still need from me for my father's claim?"),
        (
            "assistant",
            "Hello Ms Teo, we still need a copy of the death certificate and your bank account details for the payout. You can upload them in the app.",
        ),
    ],
    [
        ("user", "我爸在武汉去世了，他在建设银行有张卡，我人在深圳，能不能异地办理？"),
        (
            "assistant",
            "节哀。很多银行可以在任一网点受理已故存款人存款查询，但提取通常要回开户行所在地或按总行规定办理。一般需要死亡证明、亲属关系证明和继承人身份证。",
        ),
        (
            "user",
            "好的。那帮我写一份给银行的情况说明，我叫刘一鸣，身份证420106199204172596，手机13715820493，我爸叫刘德全。",
        ),
        (
            "assistant",
            "情况说明：本人刘一鸣（身份证号420106199204172596）系刘德全之子，因父亲已于武汉去世，现申请查询并办理其名下存款的继承提取事宜，联系电话13715820493。",
        ),
    ],
    [
        ("user", "我想自己去遺產承辦處申請遺產管理書，要帶咩文件？"),
        (
            "assistant",
            "一般要帶死亡證、申請人身份證、死者嘅財產證明同埋填好嘅申請表。請問你同死者係咩關係？有冇其他兄弟姊妹？",
        ),
        (
            "user",
            "我係佢個仔，叫梁家豪，身份證 E716093(7)，阿媽早幾年已經過咗身，仲有個家姐梁慧儀喺英國做護士。",
        ),
        (
            "assistant",
            "明白。你家姐同你係同一順序嘅繼承人，遺產承辦處可能會要求佢簽同意書或者放棄書，佢喺英國可以喺當地律師面前簽署再寄返嚟。",
        ),
    ],
    [
        ("user", "Saya nak tuntut KWSP arwah ibu saya, saya penama. Apa dokumen yang perlu?"),
        (
            "assistant",
            "Takziah. Biasanya sijil kematian, kad pengenalan penama, dan penyata atau buku akaun bank penama. Boleh saya bantu buat senarai semak?",
        ),
        (
            "user",
            "Boleh. Nama saya Siti Aishah binti Zainal, IC 900512-10-5628, akaun CIMB 7063552184.",
        ),
        (
            "assistant",
            "Senarai semak: (1) Sijil kematian arwah; (2) MyKad penama Siti Aishah binti Zainal, 900512-10-5628; (3) Penyata akaun CIMB 7063552184 atas nama penama; (4) Borang tuntutan yang telah diisi.",
        ),
    ],
    [
        (
            "user",
            "How do I get access to my late mum's Gmail? There are family photos in there we want to keep.",
        ),
        (
            "assistant",
            "Google has a form to request funds or content from a deceased user's account. They review each case and may ask for a court order, so there's no guarantee.",
        ),
        (
            "user",
            "Ok. I'm her son, Terence Goh. They'll reply to me at terence.goh.sg@gmail.com, right? And can my sister apply too?",
        ),
        (
            "assistant",
            "Yes, Google will correspond with the address you enter on the form. Your sister can apply too, but it's simpler if one of you makes the request with the death certificate attached.",
        ),
    ],
    [
        ("user", "我媽是勞保退休的，她過世了家屬可以請領什麼？"),
        (
            "assistant",
            "依身分不同，可能有喪葬津貼，符合條件的遺屬也可以請領遺屬年金。請問你要以誰的名義申請？",
        ),
        (
            "user",
            "我是她女兒蔡宜君，身分證Q220584138，要匯到我的郵局帳戶，幫我整理申請書要填的欄位。",
        ),
        (
            "assistant",
            "申請書欄位整理：申請人姓名 蔡宜君；身分證統一編號 Q220584138；與被保險人關係 女兒；給付方式 匯入申請人本人郵局帳戶（請附存摺封面影本）。",
        ),
    ],
    [
        ("user", "need help split dad's funeral cost among us 4 siblings, total $14,260"),
        ("assistant", "Equal split is $3,565 each. Has anyone already paid part of it?"),
        (
            "user",
            "Benedict already paid the $3,200 casket deposit. Joanne Sim say she can only pay $2,000 this month because she just got retrenched. Everyone PayNow the rest to Benedict at 9573 8410.",
        ),
        (
            "assistant",
            "Then Benedict still owes $365, Joanne pays $2,000 now and $1,565 later, and the other two siblings each PayNow $3,565 to Benedict at 9573 8410.",
        ),
    ],
    [
        (
            "user",
            "Format this for the obituary contact line: for enquiries contact my brother Desmond at 91642837 or me at 82530946",
        ),
        (
            "assistant",
            "For enquiries, please contact Desmond (9164 2837) or [your name] (8253 0946).",
        ),
        ("user", "Add my name, Felicia Lim, and say the wake is at our void deck till Sunday."),
        (
            "assistant",
            "The wake is held at our void deck until Sunday. For enquiries, please contact Desmond (9164 2837) or Felicia Lim (8253 0946).",
        ),
    ],
    [
        ("user", "支付宝里的余额继承要怎么申请？"),
        (
            "assistant",
            "可以在支付宝客服中心搜索“账户继承”提交申请，通常需要死亡证明、继承人身份证明和亲属关系证明，余额较大时可能要求继承公证书。",
        ),
        (
            "user",
            "我爸的支付宝绑的是他自己的手机号。我的联系方式：微信 chenjie_xm，手机 18659203741，我叫陈杰，身份证350203198803143272，帮我整理成给客服的材料清单。",
        ),
        (
            "assistant",
            "材料清单：1. 被继承人死亡证明；2. 继承人陈杰身份证（350203198803143272）正反面；3. 亲属关系证明；4. 联系方式：手机18659203741，微信chenjie_xm。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu yang membantu pengiraan faraid secara umum. Jangan beri nasihat undang-undang muktamad.",
        ),
        (
            "user",
            "Arwah abah tinggalkan RM186,000 dalam bank. Waris: mak saya Rohaya binti Daud, saya Amirul bin Azman, dan adik perempuan Nur Izzati binti Azman.",
        ),
        (
            "assistant",
            "Anggaran: isteri 1/8 = RM23,250. Baki RM162,750 dibahagi tiga bahagian: Amirul RM108,500 dan Nur Izzati RM54,250. Sila sahkan dengan Mahkamah Syariah.",
        ),
        (
            "user",
            "Tapi Izzati kata dia nak serahkan bahagian dia kepada mak sebab mak sekarang buat dialisis tiga kali seminggu. Boleh ke?",
        ),
        (
            "assistant",
            "Boleh, melalui persetujuan takharuj atau hibah selepas pembahagian, dan ia perlu direkodkan semasa permohonan perintah faraid.",
        ),
    ],
    [
        ("user", "I can't focus at work since my dad passed last month. Is that normal?"),
        (
            "assistant",
            "Yes, trouble concentrating is a very common part of grief. Be kind to yourself, and consider talking to someone if it keeps going.",
        ),
        (
            "user",
            "I'm Nadia Rahman, a staff nurse at Changi General, and I've already had two MCs for insomnia. My ward manager Sister Wendy Tay says I must see the staff counsellor. Should I?",
        ),
        (
            "assistant",
            "It sounds like a reasonable step, Nadia. A counsellor can help with the insomnia and the grief, and it's confidential.",
        ),
    ],
    [
        ("user", "阿爸嘅強積金受託人話要搵遺產代理人聯絡，我可唔可以叫佢哋直接打俾我？"),
        ("assistant", "可以，你可以寫封信提供你嘅聯絡資料，同埋講明你同死者嘅關係。"),
        (
            "user",
            "我係佢個女，黃綺雯，電話 6283 0419，email yeeman.wong@outlook.com，阿爸叫黃偉明。",
        ),
        (
            "assistant",
            "你可以咁寫：本人黃綺雯，為已故黃偉明之女兒，現擬申請遺產管理書，請直接以電話 6283 0419 或電郵 yeeman.wong@outlook.com 聯絡本人。",
        ),
    ],
    [
        (
            "user",
            "My father was a lorry driver and died in a road accident on his way to work. Can we claim from SOCSO?",
        ),
        (
            "assistant",
            "I'm very sorry. Commuting accidents are covered under the Employment Injury Scheme, so dependants may get dependants' benefit and funeral benefit. Who will be the claimant?",
        ),
        (
            "user",
            "My mum Letchumy a/p Ramasamy, IC 620918-08-5432. She doesn't read English so I'm handling it, I'm Suresh a/l Krishnan, 016-449 3082.",
        ),
        (
            "assistant",
            "Then the claimant is Letchumy a/p Ramasamy (620918-08-5432) and you can be listed as the contact person, Suresh a/l Krishnan, 016-449 3082. Bring the police report and the employer's confirmation to the SOCSO office.",
        ),
    ],
    [
        ("user", "上海的丧葬补助金和抚恤金怎么申请？"),
        (
            "assistant",
            "一般由家属带死亡证明、户口注销证明、申请人身份证和银行卡，到参保地社保经办机构或街道社区事务受理中心申请。",
        ),
        (
            "user",
            "申请人是我妈，孙桂芳，身份证310115195704120867，她腿脚不好住在浦东，能让我代办吗？我是她女儿。",
        ),
        (
            "assistant",
            "可以代办，通常需要孙桂芳（310115195704120867）签署的委托书，以及你本人的身份证，建议先打12333确认浦东的具体要求。",
        ),
    ],
    [
        ("user", "How do I transfer my late father's car to my name in Malaysia?"),
        (
            "assistant",
            "You'll usually need the death certificate, a letter of administration or distribution order, the vehicle grant, and your own MyKad at JPJ.",
        ),
        (
            "user",
            "It's his old Perodua Myvi, plate WVB 2281, and I'm Ooi Kah Seng, IC 870315-07-5213. My siblings already agreed I take it.",
        ),
        (
            "assistant",
            "Good. Get your siblings' written consent, then bring it with the distribution order to JPJ to transfer WVB 2281 into your name, Ooi Kah Seng, using MyKad 870315-07-5213.",
        ),
    ],
]
