# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en173: SG/MY newspapers and magazines (letters, corrections, subscriptions, classifieds, obituaries, reporter notes). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en173
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "letters to the editor"): _lines("""
        I refer to the report “More seniors taking up part-time work” (Nov 28). While the re-employment age will rise to 69 by 2030, employers must also redesign jobs so that older workers are not confined to cleaning and security roles.
        The extension of the Thomson-East Coast Line towards Changi Airport is welcome, but feeder bus services in Bedok North remain infrequent after 10pm and residents still wait 20 minutes at the interchange.
        I applaud Health Minister Ong Ye Kung's announcement that Healthier SG will be widened; GP clinics in the heartland should be given more support to cope with the extra patient load.
        Letters should be no longer than 400 words and must include the writer's full name, address and contact number. Letters may be edited for length and clarity; anonymous letters will not be published.
        Editor's note: We received more than 60 letters this week on the proposed changes to secondary school subject banding. A selection appears below.
        The recent spate of PMD fires in HDB flats shows that UL2272 certification alone is not enough. The authorities should consider a mandatory battery inspection at least once a year.
        Some readers have asked why Lee Kuan Yew's press conference of Aug 9, 1965 is still quoted so often; his tears that day remain one of the defining images of Singapore's separation from Malaysia.
        Penang's traffic woes will not be solved by another highway. The state government should prioritise the LRT from Bayan Lepas to Komtar and improve Rapid Penang bus frequencies first.
        Reply from HDB: We thank the writer for the feedback on the lift upgrading works at Block 215, Ang Mo Kio Avenue 1. The works are expected to be completed by the third quarter of 2027.
        Hawker centres must not turn into food courts. Rental bids at some newer centres have pushed a plate of chicken rice to $5.50, which is hard on pensioners living on CPF payouts.
        Durian season should not be an excuse for litter along the roadside stalls in Bentong; the municipal council should place more bins and collect rubbish twice a day during the peak months.
        Writer's name and address withheld at the writer's request.
        As a parent of two primary school children, I find the move to remove mid-year exams a welcome step, although I suspect tuition centres will simply fill the gap.
        In response to the letter “Ride-hailing fares too high when it rains” (Dec 2), Grab Singapore said surge pricing is governed by its licence conditions under the Point-to-Point Passenger Transport Industry Act.
    """),
    ("en", "corrections and clarifications"): _lines("""
        CORRECTION: In the report “Tuas port to handle 65 million TEUs” (Dec 1), we said the port would be fully completed in 2030. It should have been in the 2040s. We are sorry for the error.
        Clarification: The graphic accompanying “Where your CPF savings go” (Nov 30, page A12) showed the Ordinary Account interest rate as 3 per cent; it is 2.5 per cent.
        In the article “New hawker centre opens in Tengah” (Dec 3), the number of cooked food stalls should have been 42, not 24.
        A photo caption in yesterday's Life section misidentified the Esplanade Concert Hall as the Victoria Concert Hall. We apologise for the error.
        Correction: Datuk Seri Anwar Ibrahim was sworn in as Malaysia's 10th Prime Minister on Nov 24, 2022, not Nov 25 as stated in our timeline on page 8.
        The headline of the story on SMRT's third-quarter results (Nov 14) should have read “Operating profit up 12%”, not “Operating profit down 12%”.
        An earlier version of this article stated that the Singapore Symphony Orchestra gave its first concert in 1969. It was in 1979. This has been corrected.
        Correction (Ref: ED/COR/2026/117): The price of the Toyota Corolla Cross 1.8 Hybrid in the Motoring pullout is $182,888 with COE, not $128,888.
        Our story on the flash floods in Shah Alam (Dec 4) wrongly attributed a quote to the Selangor Menteri Besar; the remark was made by a spokesman for the state disaster management unit.
        The quote attributed to Home Affairs Minister K. Shanmugam in “Casino rules tightened” (Nov 20) was made in a parliamentary reply on Nov 5, not at a press conference.
        Corrections are published in this space on page 2 every weekday. If you spot an error, e-mail the standards desk with the headline, date and page number of the article.
        The ISBN of the book “Kampong Kitchens: Recipes From The Coast” reviewed on Nov 29 is 978-981-5103-44-1, not 978-981-5103-42-7.
    """),
    ("en", "subscriptions and customer service"): _lines("""
        Digital subscription: $9.90 a month for the first 3 months, thereafter $24.90 a month. Cancel anytime via My Account > Manage Subscription.
        Your order SUB-2026-0048817 has been received. Delivery of the print edition will start within 3 working days.
        Invoice INV-881920-SG | Plan: Weekend Print + Digital | Period: 01/01/2027 - 31/12/2027 | Amount: S$312.00 incl. 9% GST
        Our circulation hotline 6319 5800 operates Mon-Fri 8.30am-6pm and Sat 8.30am-12pm; it is closed on Sundays and public holidays.
        Dear {subscriber_name}, your {plan_name} subscription will renew on {renewal_date}. To stop auto-renewal, log in to your account before {cutoff_date}.
        Temporary suspension of newspaper delivery must be requested at least 3 working days in advance; the minimum suspension period is 7 days.
        Ticket CS-114523 closed: non-delivery reported for postal sector 56, vendor route 14B; replacement copies dispatched from the Bishan depot.
        Student rate: 50 per cent off the digital plan with a valid e-mail address from NUS, NTU, SMU, SUTD, SIT or SUSS.
        How do I change the delivery address for my newspaper subscription if I am moving next month?
        Promo code READ2027 gives 3 months of the e-paper for $1; not valid with other offers, one redemption per account.
        Payment failed for transaction ref TXN-20261204-77310. Please update your card details within 7 days to avoid interruption of service.
        The morning edition is available from 6am at 7-Eleven, Cheers, Buzz and selected Unity pharmacies; Sunday copies sell out earliest at MRT station kiosks.
        Refunds are prorated for annual plans cancelled within 14 days of purchase; monthly plans are not refundable.
        For corporate and school bulk subscriptions of 20 copies or more, please use the Contact Us form or call our institutional sales line at 6319 5811.
    """),
    ("en", "classifieds"): _lines("""
        TUITION: MOE-registered centre in Tampines offers P5-P6 Maths and Science small-group classes, trial lesson $30. Call 6785 2210 during office hours.
        ROOM TO LET: Common room in Punggol condo, near LRT, working adult preferred, no cooking, $950 incl. utilities. Agency fee applies. CEA Lic. L3010738A.
        FOR SALE: Honda Vezel 1.5 X, reg 2019, COE till 2029, 78,000 km, full agent service record, $79,800. View at Ubi AutoHub showroom, tel 6748 0093.
        VACANCY: Coffeeshop assistant wanted, Jurong West, 6 days, $2,200 plus overtime. Walk-in interview Mon-Fri 10am-4pm at our stall, Blk 501 Jurong West St 51 #01-283.
        PEST CONTROL: Termite and bedbug treatment, NEA-licensed, free inspection islandwide. Call our hotline 6244 9180, 7 days a week.
        Lost & Found notices cost $45 for up to 25 words in the Classified section; each additional word is $1.80.
        Classified ad ref CL-77812 will run in the Saturday edition under Category 215 (Services - Renovation).
        PIANO FOR SALE: Yamaha U3H, recently tuned, good for exam practice, $4,200. Melodia Music Studio, Upper Thomson, 6256 3371.
        WANTED: Old Singapore coins and notes, Orchid and Ship series, fair prices. Numismatics House, Peninsula Plaza #03-12.
        PROPERTY: 5-room HDB flat in Fernvale, high floor, MOP reached, asking $720k. Call our agency hotline 6226 2000 and quote listing no. HDB-55-1093.
        MAID AGENCY: Transfer helpers from Indonesia and Myanmar available. MOM licence 18C9312. Tel 6735 4456, Katong Shopping Centre #02-41.
        TUTOR WANTED: Sec 3 E Maths home tutor needed in Bukit Timah area, 2 lessons a week, $50/hr. Reply to Classifieds Box No. T4471.
        FENG SHUI: Chinese New Year 2027 consultation packages from $388, Hup Seng Geomancy Centre, Chinatown Point #04-15.
    """),
    ("en", "obituary desk"): _lines("""
        Obituary notices: $120 for a single-column 5 cm notice in the weekday edition; adding a photo costs $60; Sunday rates are 20 per cent higher.
        IN LOVING MEMORY OF [Name of deceased] / [Year of birth] - [Year of death] / Deeply missed by [relationships] / Wake at [address], cortege leaves at [time] for [crematorium or cemetery].
        Notices for the next day's paper must reach the obituary desk by 5pm; Sunday notices must be in by 3pm on Saturday.
        Former president S R Nathan died on Aug 22, 2016, aged 92. He served two terms as Singapore's sixth president from 1999 to 2011.
        P. Ramlee's songs still play at Malay weddings more than 50 years after his death in 1973; the national film archive is restoring more of his films.
        Tunku Abdul Rahman, Malaysia's first prime minister, died on Dec 6, 1990; a memorial lecture in his name is held in Kuala Lumpur every year.
        Please check the spelling of all names in the proof carefully before approving it; reprints due to errors in customer-supplied text will be charged.
        Obituary proof ref OB-261206-014 approved; insertion in Monday's paper, page C8, 2 cols x 8 cm, colour photo.
        Wake etiquette: wear white or muted colours; a contribution of pek kim in a white envelope is customary at Chinese funerals, and odd amounts are preferred.
        Funeral directors may submit notices on behalf of families through the online portal; the desk will call the funeral parlour to verify each booking.
        Thank-you notices (“The family wishes to thank...”) are charged at the same rate as obituaries and can run up to 30 days after the funeral.
    """),
    ("en", "reporter notes"): _lines("""
        EMBARGO: MOM labour market report, not for publication before 10am Thursday, Dec 10. Resident unemployment 2.0%, overall 2.9%.
        Desk note: court stories involving children must omit names, schools and any detail that could identify the child, as required by the Children and Young Persons Act.
        Style: lowercase “the government” except in titles; spell Johor Bahru, not Johor Baru; use RM and S$ on first reference.
        Haze story: use NEA 24-hour PSI readings as at 4pm; call the NEA media line to confirm the quote on school closures.
        Interview with the Johor Menteri Besar at 3pm at Bangunan Sultan Ibrahim; bring press pass, photographer to meet us at the lobby.
        Pitch: how Malaysia's Sumbangan Tunai Rahmah cash aid compares with Singapore's Assurance Package payouts; graphics needed by Tuesday.
        Photo desk: pictures of Lawrence Wong taken from May 2024 onwards must be captioned Prime Minister Lawrence Wong, not Deputy Prime Minister.
        Fact-check: population figure in para 3 should read 6.04 million (June 2024, SingStat), not 5.92 million.
        At the launch of the Chinatown heritage trail, the Culture Minister said it would add 12 new markers at former clan association buildings.
        Court list tomorrow: DAC-904417-2026 and DAC-904418-2026, Court 4B, mentions only; no need to cover unless the charges are amended.
        Reminder: do not quote anonymous sources on casualty numbers; use only SCDF, PDRM or police statements.
        Sunday feature on Kampong Glam shophouses: 1,200 words plus two sidebars, filing deadline Friday 6pm.
    """),
    ("ms", "surat pembaca, pembetulan dan iklan"): _lines("""
        Pembetulan: Dalam laporan “Harga telur naik lagi” (3 Disember), harga sebiji telur gred A sepatutnya 45 sen, bukan 54 sen. Kami memohon maaf atas kesilapan tersebut.
        Surat pembaca: Kerajaan negeri perlu menambah baik sistem saliran di Taman Sri Muda yang sering dilanda banjir setiap kali hujan lebat.
        Langganan akhbar digital: RM9.90 sebulan, percuma 30 hari pertama untuk pelanggan baharu. Batal pada bila-bila masa.
        RUMAH UNTUK DISEWA: Teres dua tingkat, Seksyen 7 Shah Alam, 4 bilik, RM1,800 sebulan. Hubungi pejabat Hartanah Murni Realty di 03-5511 2233.
        Iklan kematian mesti dihantar sebelum jam 4 petang untuk terbitan keesokan harinya; bayaran boleh dibuat melalui FPX atau kad kredit.
        Sila nyatakan nama penuh, alamat dan nombor telefon bersama surat anda; nama pena dibenarkan tetapi butiran sebenar mesti diberikan kepada editor.
        JAWATAN KOSONG: Pembantu kedai runcit di Kajang, gaji RM1,700. Hubungi Amanah Jaya Niaga Sdn Bhd (No. Syarikat 201801023456) di 03-8736 4410.
        Tun Dr Mahathir Mohamad menjadi Perdana Menteri sebanyak dua kali, iaitu dari 1981 hingga 2003 dan dari 2018 hingga 2020.
        Nota wartawan: sidang media Menteri Pendidikan pada jam 10 pagi di Putrajaya, sila bawa pas media; soalan berkaitan keputusan SPM sahaja.
        Nombor rujukan aduan anda ialah ADU-2026-118734. Pasukan khidmat pelanggan akan menghubungi anda dalam tempoh 3 hari bekerja.
    """),
    ("zh-Hans", "读者来信、更正与启事"): _lines("""
        更正：本报12月3日第5版《组屋翻新工程延误》一文中，受影响的住户应为320户，而非230户，特此更正并致歉。
        读者来信请附真实姓名、地址及联络电话，字数以600字为限，本报有权删改，恕不退稿。
        订阅数码版首三个月每月1元，之后每月19.90元，可随时在“我的账户”取消。
        讣告刊登截稿时间为每日下午五时，周日版为周六下午三时；可通过殡仪馆或本报分类广告部办理。
        李光耀先生于2015年3月23日逝世，享年91岁，他担任新加坡总理长达31年。
        分类广告：大巴窑补习中心招收小六华文及数学学生，小班教学，办公室电话6253 7781。
        读者来信：巴士司机工作时间过长，有关当局应检讨排班制度，保障乘客和司机的安全。
        启事：本报客服热线服务时间调整为周一至周五上午九时至下午六时，公共假期休息。
        记者笔记：明早十时卫生部记者会，主题为骨痛热症病例上升，请摄影记者提早二十分钟到场。
        零售价调整：自2027年1月1日起，周一至周六每份售价RM2.00，周日版RM2.50。
    """),
    ("mixed", "newsroom group chat"): _lines("""
        eh the frontpage layout still got the old headline leh, can change to “Rain to continue till weekend” before 11pm cut-off?
        sub desk pls check the Deepavali bazaar story, the Little India road closure is Campbell Lane, not Campbell Road
        wah today classifieds so thin, only 3 pages, maybe because of the long weekend lah
        boss say the ministerial statement embargo lifted already, can publish online now, tolong update the push alert
        corrections box for tmr: 1 item only, the COE premium for Cat A should be $98,889 not $89,889, pls slot page 2
        sudah hantar Chingay rehearsal photos to picture desk, filenames CHG_2026_0012 to 0048, caption nanti I send
        printing plant say press 3 down, so tonight deadline move forward 30 min, tell everyone ok?
        anyone got the SingStat table for household income 2025? need the median figure for the cost of living explainer
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Forum submission | Name: Ong Kah Heng | NRIC: S7612093E | Address: Blk 412 Bedok North Ave 2 #08-1146, Singapore 460412 | Tel: 9173 5028 | Title: Bus 222 skips our stop after 11pm
        Letter from Madam Sarojini d/o Kanagasabai, 71, of Choa Chu Kang: my husband has Parkinson's and the polyclinic has postponed his review three times; we have now waited four months.
        Correction: In “Hawker, 68, still frying kway teow at 4am” (Dec 2), Mr Goh Ah Huat's stall is at Old Airport Road Food Centre, not Amoy Street Food Centre. He is 68, not 86.
        SUBSCRIBER: LIM SOK CHENG (MDM) | Acct 3004471829 | Blk 27 Toh Yi Drive #05-221 S590027 | Mobile 9028 4416 | Plan: Print Mon-Sun | GIRO: DBS 027-118340-6
        Payment received from Kumaran s/o Veerappan for annual e-paper plan, Visa 4119 5789 5360 5024 exp 08/28, receipt sent to kumaran.veerappan88@gmail.com
        Complaint: paper not delivered 5 days in a row to Mr Heng Chee Wah at 18 Jalan Kembangan, S419118; he says the vendor throws it into the drain. Call him at 8123 7740 before 9am.
        MISSING: Our father Mr Abdul Rahim bin Sulaiman, 79, has dementia and was last seen at Woodlands MRT on Dec 2 wearing a grey baju and black songkok. Please call his son at 9654 3092.
        FOUND: Wallet belonging to NATASHA DE SOUZA with NRIC T0345821G, found at Tiong Bahru Plaza taxi stand. Call 8870 1152 to claim.
        OBITUARY: Mdm Yeo Ah Moi @ Yeo Swee Lan, 1938-2026, passed on peacefully on Dec 4. Survived by sons Tan Kok Wai and Tan Kok Leong, daughter Tan Mei Ling and 5 grandchildren. Wake at Blk 118 Bishan St 12 void deck; cortege leaves Dec 7, 1pm.
        Passed away: Mr Suppiah a/l Muniandy, 82, of Klang. Beloved husband of Pakiam a/p Ramasamy, father of Ganesan, Kavitha and Mahendran. Funeral at No. 23, Jalan Mawar 3, Taman Sentosa, 41200 Klang. Contact Mahendran 012-338 9146.
        In loving memory of Bernard Francis Oliveiro (1941-2026). Sadly missed by his wife Agnes and children Clement, Rosalind and Gerard Oliveiro. Requiem Mass at Church of St Teresa, Dec 9, 10am.
        Interviewee: Nur Aisyah binti Kamarudin, 34, single mother of three, cashier at a supermarket in Tampines, take-home pay $1,900; agreed to be named but not photographed; HP 9315 6628.
        Court note: accused Ravindran s/o Selvam, 45, unemployed, of Jurong West, faces three cheating charges involving $27,000; bail of $20,000 offered by his sister Kalaiselvi.
        Tip-off from Ms Chloe Tan Hui Wen (chloetanhw@hotmail.com): her landlord in Jurong East has withheld her $2,400 deposit for three months and stopped replying to her.
        Refund request | Name: MUHAMMAD FIRDAUS BIN ISMAIL | Sub ID 55102-SG | Reason: relocating to Johor Bahru for work | Refund to POSB Savings 178-24593-0 | HP +65 8762 0934
        I have lived in Tampines for 30 years and my mother's wheelchair cannot get through the new gantry at the community club. Surely someone tested this with real users? Jonathan Pereira
        MATRIMONIAL: Malayalee Christian family seeks alliance for daughter, 29, MBBS, working at Tan Tock Seng Hospital, 162 cm. Contact father 9847 2201 or thomasvarghese.sg@yahoo.com.sg
        Clarification: Ms Farah Nadia Yusof, who was quoted in our Dec 1 report on e-scooter accidents, is a staff nurse at Changi General Hospital and not a doctor as stated.
        CS log 04/12 14:22 - caller Mr Tay Wei Jie (S8876120J) reports a double charge on Mastercard 5264 7273 3199 0729; reversal raised, ref CS-118842.
        Delivery instruction: pls leave paper at the gate, not letterbox. Mdm Wong, 7 Lorong Chuan Heights, dog bites. Tel 6289 4417.
        From: kelvin.ng.tw@gmail.com / Subject: story tip / My upstairs neighbour at Blk 654 Yishun Ave 4 keeps throwing bottles down. I'm Kelvin, unit #06-112, call me at 9182 3356.
        Sources for dialysis story: (1) Haji Osman bin Yusof, 66, dialysis 3x a week at the Bedok centre, 8128 4490; (2) his wife Rosnah binti Ahmad, his main caregiver.
        Weekend crossword winner: Mr Pang Seng Kiat of Serangoon North, who wins a $100 supermarket voucher. He has been contacted at the number he provided.
        New subscription form / Name: Priya Raghavan / FIN: G5517203Q / Address: 23 Cuscaden Road #14-02, S249724 / Email: priya.raghavan@outlook.com / Plan: Digital Premium
        Account flagged: student rate still used by ANG JUN HAO, NTU matric U2234871K, who graduated in July 2025; send reminder to jhang001@e.ntu.edu.sg
        Accident follow-up: pillion rider Lee Jia Xin, 19, a Republic Polytechnic student, is in the ICU at NUH; the motorcycle FBM4417M belonged to her boyfriend, who was not hurt.
        RENEWAL NOTICE / TO: MR & MRS LOH KENG SOON / 5 JALAN SEMPADAN, SINGAPORE 457325 / ACCOUNT NO. 2200893371 / AMOUNT DUE $298.80 BY 31/12/2026
        Reader feedback: Mr Lim Chee Keong of Taman Tun Dr Ismail says his mother, 84, was charged RM180 by a tow truck after a minor accident on the Sprint Highway; contact 016-227 4809.
        Paywall ticket #88213: user cheryl_lowyh (Cheryl Low Yi Hui) cannot log in after changing phones; registered mobile 9734 0621, card on file ending 4134.
        Contest entry - Name: Tan Siew Ling, IC 880512-07-5526, Tel 012-458 3310, Answer: (B) Penang Hill
        Notes: Mr Ramesh Pillai, 52, lorry driver from Ipoh, lost his left leg to diabetes in March; wife Shanthi sells nasi lemak to pay the bills; daughter Divya is sitting SPM this year.
        CNY pineapple tarts by Auntie Mei (Chan Mei Fong), homemade, $28 per tub. Order via Telegram @auntymei_tarts or 9671 2085, self-collect at Hougang Ave 8.
        Model release: I, Siti Zulaikha binti Hamzah (NRIC S9128846Z), consent to the use of my photograph taken at the Geylang Serai Ramadan bazaar. Signed 04/12/2026.
        Freelance payment Nov 2026: Desmond Koh Jun Wei, UOB a/c 368-302-914-2, 3 articles, $1,350, NRIC S6710452H.
    """),
    "ms": _lines("""
        Surat daripada Encik Zulkifli bin Abu Bakar, No. KP 670214-01-5893, Batu Pahat, Johor: anak saya dibuli di sekolah tetapi pihak sekolah tidak mengambil sebarang tindakan. Tel: 013-724 5108.
        Borang tukar alamat penghantaran / Nama: NORAZLINA BINTI MOHD SALLEH / Alamat baharu: No. 12, Jalan Kenari 4, Taman Bukit Indah, 81200 Johor Bahru / No. tel: 017-883 2046
        Iklan kematian: Telah kembali ke rahmatullah Hajah Fatimah binti Ismail, 76, pada 3 Disember 2026. Meninggalkan suami Haji Ahmad bin Daud, 5 orang anak dan 14 cucu.
        Pembetulan: Mangsa kemalangan di Lebuhraya Utara-Selatan dalam laporan semalam ialah Muhammad Haziq bin Rosli, 21, pelajar UiTM Shah Alam, bukan Muhammad Hafiz seperti yang dilaporkan.
        Pemenang teka silang kata minggu ini: Puan Kamala a/p Subramaniam dari Sungai Petani, Kedah, yang menerima baucar RM200.
        Nota wartawan: temu bual dengan Puan Rohani binti Sulaiman, 58, penjual kuih di Pasar Siti Khadijah, Kota Bharu; suaminya lumpuh sejak diserang strok pada 2024; no. HP 019-935 4417.
        Bayaran langganan gagal: En. Hafiz Rahman, akaun Maybank 1140 2238 5567, sila kemas kini butiran kad anda sebelum 15/12.
        Barang hilang: MyKad atas nama LEE MEI CHEN (920817-14-5684) dijumpai di Stesen LRT Kelana Jaya, sila tuntut di kaunter akhbar di tingkat bawah.
    """),
    "zh-Hans": _lines("""
        读者来信：我是住在宏茂桥的陈美珍，今年72岁，每月只靠子女给的600元过活，希望政府能增加乐龄补贴。联络电话：9236 1478。
        讣告：先父林国华老先生于2026年12月3日安详辞世，享寿八十八岁。孝男林志明、林志强，孝女林美玲。灵堂设于兀兰21街第735座组屋楼下。
        更正：本报12月2日报道中，受伤的外卖骑士黄俊杰今年23岁，并非32岁，他目前仍在陈笃生医院留医。
        订户资料：郑丽华女士，户口号码7012448390，地址：淡滨尼10街第201座#07-45，新加坡520201，手机8245 9913。
        寻人启事：李阿福，男，81岁，患失智症，12月1日在牛车水走失，身穿白色汗衫。如有消息请联络其女儿 9478 2263。
        记者笔记：受访者吴淑芬，45岁，单亲妈妈，在裕廊西小贩中心卖鱼圆面，儿子患自闭症，她同意具名受访。
        读者投诉：蔡文辉先生（身份证780923-10-5371）投诉蒲种公寓管理层拒绝归还RM3,000押金，电话019-776 2154。
        订阅续费提醒：尊敬的何家豪先生，您的报纸订阅将于2026年12月31日到期，费用已从您尾号6695的信用卡自动扣除。
    """),
    "mixed": _lines("""
        eh the aunty who called abt the lift story, Mdm Rajeswari, she stay blk 56 Marine Terrace #10-23, her number 9261 3380, she ok to be photographed tmr 10am
        tolong check with Encik Azman bin Yahya (cabbie, 63) whether ok we use his name, HP 8126 5092, he just discharged from SGH after heart bypass
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the subscription helpdesk assistant for a Singapore newspaper."),
        ("user", "hi i want to stop my paper delivery, we moving out end of the month"),
        (
            "assistant",
            "Sure, I can help with that. May I have the subscriber account number or the delivery address?",
        ),
        (
            "user",
            "acct 3008823417, blk 302 Serangoon Ave 2 #04-1187, under my mum's name Mdm Koh Lay Hoon",
        ),
    ],
    [
        (
            "user",
            "Can you clean up these interview notes into one paragraph: Mr Aloysius D'Cruz 67 retired teacher, lives alone in Siglap, stroke 2023, son in Perth rarely visits, neighbours bring food",
        ),
        (
            "assistant",
            "Mr Aloysius D'Cruz, 67, a retired teacher, lives alone in Siglap. Since his stroke in 2023 he has relied on his neighbours, who bring him food, as his son in Perth rarely visits.",
        ),
        (
            "user",
            "good, add that he agreed to be named and the photographer can reach him at 9012 7736",
        ),
    ],
    [
        (
            "user",
            "help me write a letter to the forum page about my dad's hospital bill, he was warded 3 weeks at Ng Teng Fong and the bill still $18k after MediShield Life",
        ),
        (
            "assistant",
            "I can draft that. Would you like the letter signed with your name and area, as the forum page requires the writer's details?",
        ),
        (
            "user",
            "yes sign as Sharifah Nurul Huda, address 20 Jurong East St 21 #12-301, hp 8331 0946",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis iklan jual kereta: Perodua Myvi 1.5 AV 2018, plat JQT 5521, warna putih, RM32,000 boleh runding",
        ),
        (
            "assistant",
            "IKLAN: Dijual Perodua Myvi 1.5 AV (2018), putih, no. plat JQT 5521, keadaan baik. Harga RM32,000 (boleh runding). Nama dan nombor untuk dihubungi?",
        ),
        ("user", "Faizal bin Hassan, 012-778 1403, boleh tengok kereta di Taman Universiti Skudai"),
    ],
    [
        ("user", "帮我写一则简单的讣告，先母张秀英，享寿九十岁，12月5日逝世"),
        (
            "assistant",
            "先母张秀英老夫人于2026年12月5日安详辞世，享寿九十岁。请问需要列出哪些家属姓名及灵堂地点？",
        ),
        ("user", "孝男刘文祥、刘文杰，孝媳王丽娟，灵堂设在后港1道第312座楼下，出殡日期12月8日"),
    ],
    [
        (
            "system",
            "You are the obituary desk assistant. Collect the notice text and payment details.",
        ),
        ("user", "Hi, I want to place an obituary for my grandma in Sunday's paper"),
        (
            "assistant",
            "We are sorry for your loss. Please send the name of the deceased, years of birth and death, and the family members to be listed.",
        ),
        (
            "user",
            "Mdm Chia Geok Lan 1935-2026, survived by son Ho Beng Huat, daughter-in-law Jessica Ho, grandchildren Darren and Megan. pay with my card 5401 0892 7712 3797",
        ),
    ],
    [
        (
            "user",
            "Your article today said Marcus Teo was fined for drink driving. That is not me, I'm Marcus Teo Zhi Wei and people are messaging me. Can you correct it?",
        ),
        (
            "assistant",
            "We take this seriously. To check our records, could you confirm some details so the standards desk can contact you?",
        ),
        (
            "user",
            "NRIC S8234517E, email marcusteo.zw@gmail.com, I work at a bank in Raffles Place and my boss saw the story",
        ),
    ],
    [
        (
            "user",
            "Draft a reporter note for tomorrow: the ward nurse says the patient from the Yishun fire can talk at 3pm",
        ),
        (
            "assistant",
            "Reporter note: Interview with a survivor of the Yishun fire at 3pm tomorrow, arranged through the ward nurse. Please add the patient's name and location.",
        ),
        (
            "user",
            "patient is Yusri bin Kassim, 38, burns on both arms, bed 12 ward 45 at SGH, his wife Norhayati will be there",
        ),
    ],
    [
        ("user", "saya nak langgan e-paper, boleh daftar kat sini?"),
        (
            "assistant",
            "Boleh. Sila berikan nama penuh, nombor kad pengenalan dan alamat surat-menyurat.",
        ),
        (
            "user",
            "Arumugam a/l Krishnan, IC 750630-08-5127, No. 41 Jalan Gopeng, 31350 Ipoh, Perak",
        ),
    ],
    [
        (
            "user",
            "Draft a lost dog classified: brown mongrel, answers to Kopi, lost near Bukit Batok West Ave 6 on Tuesday night",
        ),
        (
            "assistant",
            "LOST DOG: Brown mongrel answering to “Kopi”, last seen near Bukit Batok West Ave 6 on Tuesday night. Reward offered. Please call...",
        ),
        (
            "user",
            "owner Nicholas Chong, WhatsApp 9745 2218, reward $500, he's very timid so don't chase him",
        ),
    ],
]
