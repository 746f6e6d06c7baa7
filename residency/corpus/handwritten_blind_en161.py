# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en161: SG/MY bookshops, publishers and self-published authors. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en161
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "bookshop_notice"): _lines("""
        Book launch: "Monsoon Ledger", a new anthology of Singapore crime fiction, Sat 14 Mar, 3pm, Level 3 events space. Free admission, seats first-come-first-served.
        Due to the Hari Raya Puasa public holiday, our Bras Basah outlet will open 12pm-6pm; online orders placed after 4pm Friday will ship on Tuesday.
        Signed copies of Sonny Liew's The Art of Charlie Chan Hock Chye are back in stock at the cashier counter, limit two per customer.
        Returns and exchanges within 14 days with original receipt. Assessment books and textbooks with opened shrink-wrap cannot be returned.
        Big Bad Wolf Book Sale is back at MITEC, Kuala Lumpur, open 24 hours for 11 days. Please bring your own bags and trolleys.
        Members enjoy 10% off storewide and 20% off on the first Wednesday of each month; membership card or app QR must be shown before payment.
        Children's storytime every Sunday 11am in the kids' corner, stories in English and Bahasa Melayu, suitable for ages 4 to 8. No registration needed.
        Closed for stocktake on 30 June. Click-and-collect orders can be picked up from 1 July at the customer service counter.
        We buy secondhand books on Tuesdays and Thursdays, 2-5pm only. Sorry, no encyclopaedias, no magazines and no water-damaged copies.
        Lost and found: a blue umbrella and a library book from Jurong Regional Library were left behind after Friday's poetry reading. Please ask at the counter.
        Stock enquiries for our Orchard branch: 6733 0891, daily 10am-9.30pm, or WhatsApp our business line 8028 4410 (no calls).
        Writing workshop "From Draft to Manuscript": 4 Saturdays, S$180 per participant, limited to 12 pax, register via the link in our bio.
        Pre-orders for the paperback edition of Tan Twan Eng's The House of Doors are open at RM59.90; expected arrival end of the month.
    """),
    ("en", "publisher_guidelines"): _lines("""
        We accept unsolicited manuscripts of adult fiction between 40,000 and 100,000 words. Send a one-page synopsis and the first three chapters as a single PDF.
        Please do not send your only copy of a manuscript; we are unable to return printed submissions or accept USB drives.
        Our response time is currently 4 to 6 months. If you have not heard from us after 6 months, you may assume we will not be taking the project further.
        Royalties are 10% of recommended retail price on the first 3,000 copies and 12.5% thereafter, paid twice a year in March and September.
        For authors who are not tax resident in Singapore, royalty payments are subject to withholding tax as required by IRAS; a statement is issued with each payment.
        An advance is paid against future royalties and is recoupable: no further royalty is paid until the advance has earned out.
        ISBNs for Singapore publications are issued free of charge by the Singapore ISBN Agency at the National Library Board; apply at least two weeks before your print date.
        In Malaysia, ISBN and Cataloguing-in-Publication data are applied for through Perpustakaan Negara Malaysia. Each format needs its own ISBN, so the hardback, paperback and ebook are numbered separately.
        Under legal deposit, publishers in Singapore must deposit two copies of every publication with the National Library within four weeks of publication.
        Self-published authors who have registered a business should list the business name, not their own name, as publisher on the copyright page.
        Print-on-demand quote guide: 200 copies, 240 pages, 80gsm woodfree, four-colour cover with matt lamination, about S$1,850 before GST.
        Manuscripts in Malay, Chinese or Tamil are welcome for our translation grant round, which closes on 31 March each year.
        Requests to quote more than 300 words from our titles should be sent to our rights department with the title, page range and intended use.
    """),
    ("en", "literary_news"): _lines("""
        Catherine Lim's Little Ironies: Stories of Singapore, first published in 1978, remains a set text in many secondary schools.
        Tan Twan Eng's The Garden of Evening Mists was shortlisted for the Man Booker Prize in 2012 and later adapted into a film.
        A. Samad Said, one of Malaysia's Sasterawan Negara, is best known for the novel Salina, set in post-war Singapore.
        Edwin Thumboo, often called Singapore's unofficial poet laureate, published collections including Gods Can Die and Ulysses by the Merlion.
        Sonny Liew's graphic novel won three Eisner Awards in 2017, a first for a Singaporean work.
        Kevin Kwan's Crazy Rich Asians was adapted into a 2018 film that was shot in Singapore and Malaysia, including scenes in Penang.
        Alfian Sa'at's poetry collection One Fierce Hour was first published in 1998 and is still reprinted today.
        Hanna Alkaf's The Weight of Our Sky is set during the May 1969 riots in Kuala Lumpur and follows a teenager with OCD.
        Usman Awang, whose poems are still studied in Malaysian schools, was named Sasterawan Negara in 1983.
        The Singapore Writers Festival runs every November with programmes in English, Chinese, Malay and Tamil.
        Amir Muhammad founded Buku Fixi in 2011 to publish urban pulp fiction in Malay, and later launched an English-language imprint.
        Suchen Christine Lim won the inaugural Singapore Literature Prize in 1992 for Fistful of Colours.
        Ying Pei'an ran the Grassroots Book Room in Bras Basah for decades, a landmark for Chinese-language readers in Singapore.
    """),
    ("en", "order_system_log"): _lines("""
        ORDER #SG-20461873 | 3 items | ISBN 9789814802130 x1, 9789815011043 x2 | status: PACKED | courier: Ninja Van | tracking NVSGPOP0047719285
        INV-2025-004418 | 120 copies @ S$18.65 less 40% trade discount | payment terms 60 days | due 2025-11-30
        Consignment statement Q3: title code EBF-117, 46 sold, 12 returned damaged, 80 on hand, remit by 15 Oct.
        2025-09-14 10:32:07 INFO isbn-check 9789672415572 valid (prefix 978-967, Malaysia)
        2025-09-14 10:32:09 WARN isbn-check 9789834609222 checksum mismatch, expected check digit 1
        SKU POP-BK-0094421 | barcode 9789834609221 | shelf 4C | reorder level 5 | last received 2025-08-02
        Pos Laju consignment EP512348790MY, counter drop-off, 1.2 kg, 40 books to the Kota Kinabalu branch.
        Royalty batch RB-2025H1 processed: 214 statements, total payable RM 86,412.50, bank file generated 02/08/2025 16:45.
        PO 45001873 from library acquisitions: 15 titles, deliver to the supply centre, invoices must quote the PO number.
        Case CS-88214: pages 113-128 missing in printing batch LP-0724; replacement stock requested from printer, 38 copies pulled from shelves.
        ISBN-10 981053227X converts to ISBN-13 9789810532277; both refer to the same 1996 edition.
        config: royalty_rate_default=0.10, escalator_threshold=3000, payment_months=[3, 9], currency="SGD", wht_rate_nonresident=0.10
        Print run PR-2209: 2,000 copies, spine 18 mm, trim 130 x 198 mm, ex-works Shah Alam, delivery week 42.
        Publisher: Pustaka Tinta Sdn. Bhd. (Registration No. 201901027733), Lot 12, Jalan P10/21, Seksyen 10, 43650 Bandar Baru Bangi, Selangor.
    """),
    ("en", "form_template"): _lines("""
        Dear {author_name}, thank you for submitting {manuscript_title}. Our editorial team will be in touch within {weeks} weeks.
        Royalty statement for period ____ to ____ / Title: ____ / Copies sold: ____ / Rate: ____% / Amount due: S$____
        ISBN application: Title / Author(s) / Format (print, ebook, audiobook) / Expected publication date / No. of pages / Language / Publisher name and address
        Payee name: [FULL NAME AS IN NRIC] / NRIC/FIN: S_______X / Bank: __________ / Account no.: __________ / Tax resident: Y/N
        Book launch RSVP: Name ________ Contact no. ________ No. of guests ___ (max 2). Please return this slip to the events desk by Friday.
        Copyright (c) {year} {author}. All rights reserved. Published by {imprint}, Singapore. ISBN {isbn}. National Library Board, Singapore Cataloguing in Publication Data.
        Clause 7.2: The Publisher shall pay the Author a royalty of {rate}% of net receipts on all copies sold; statements shall be issued within 90 days of 30 June and 31 December.
        Auto-reply: Thanks for writing to us! We read every letter, although we cannot reply to all. For order issues, please include your order number.
        Hi <first name>, your reserved copy of <title> is ready for collection at <branch> until <date>. Please show this SMS at the counter.
        Author questionnaire: pen name (if any) / short bio (max 80 words) / three comparable titles / events you are willing to attend / preferred contact method
        Dear {{ author.salutation }} {{ author.surname }}, your royalty of {{ amount | currency }} for {{ period }} has been credited to your nominated account.
    """),
    ("ms", "notis_penerbitan"): _lines("""
        Majlis pelancaran buku akan diadakan pada hari Sabtu, 12 April, jam 10 pagi di Dewan Seminar, Menara DBP, Kuala Lumpur. Terbuka kepada orang ramai.
        Penulis yang ingin menghantar manuskrip dinasihatkan menyertakan sinopsis tidak melebihi dua halaman serta tiga bab pertama.
        Permohonan ISBN dan data Pengkatalogan-dalam-Penerbitan (PDP) boleh dibuat secara dalam talian melalui Perpustakaan Negara Malaysia.
        Kedai kami ditutup sempena cuti Hari Malaysia pada 16 September dan akan dibuka semula seperti biasa keesokan harinya.
        Diskaun 20% untuk semua novel remaja sepanjang bulan Ogos, tertakluk kepada stok yang ada.
        Royalti dibayar dua kali setahun; penyata royalti akan dihantar melalui e-mel bersama baucar pembayaran.
        Nama Pengarang: ........................ No. K/P: ......-..-...... Alamat: ........................ (sila isi dengan HURUF BESAR)
        Novel Salina karya A. Samad Said masih menjadi rujukan penting dalam kajian novel Melayu moden.
        Pesta Buku Antarabangsa Kuala Lumpur (PBAKL) akan berlangsung di WTC Kuala Lumpur; pengunjung digalakkan menggunakan LRT kerana tempat letak kereta terhad.
        No. pesanan anda ialah PB-77120459; sila simpan nombor ini untuk semakan status penghantaran.
        Sila hubungi talian khidmat pelanggan kami di 03-2141 8292 (Isnin hingga Jumaat, 9 pagi hingga 5 petang).
        Penerbit tidak bertanggungjawab atas manuskrip yang hilang semasa penghantaran pos; sila simpan salinan sendiri.
    """),
    ("zh-Hans", "书店出版公告"): _lines("""
        新书发布会：本周六下午两点，于百胜楼三楼活动室举行，欢迎读者踊跃出席，入场免费。
        投稿须知：请将稿件以Word或PDF格式发送，并附上不超过三百字的内容简介，审稿期约为三个月。
        本店即日起推出会员积分计划，每消费一元可获得一分，满五百分可兑换十元购书券。
        英培安先生创办的草根书室，是许多新加坡华文读者的共同记忆。
        版税一般按图书定价的百分之八至百分之十计算，每半年结算一次。
        马来西亚华文作家黎紫书曾多次获得花踪文学奖。
        订单号 SG20250917-0482 已发货，快递单号 SF1429087753021，预计三至五个工作日送达。
        国际标准书号（ISBN）由国家图书馆管理局免费发放，同一本书的平装本、精装本和电子书须分别申请。
        春节期间（年初一至年初三）本店休息，网上订单将于年初四起陆续处理。
        读者来信请注明书名和页码，编辑部会统一整理勘误，并在再版时修正。
        门市部电话：6336 8812（营业时间：上午十时至晚上八时）
        《吉隆坡的雨》第二次印刷已完成，定价马币三十八元，书号 978-967-2415-57-2。
    """),
    ("mixed", "staff_chat"): _lines("""
        eh the Epigram carton reach already or not? supplier say tomorrow morning, can help chope the trolley
        boss, the barcode on the new reprint scan as the old edition leh, system show RM29.90 instead of RM34.90
        Kinokuniya want 50 more copies of the cookbook, can arrange by Friday? warehouse stock ada 120
        wah Big Bad Wolf queue damn long today, parking at MITEC full by 9am
        reminder: stocktake Sunday 8am sharp, bring own gloves, makan provided after
        printer say cover colour off because they print the Pantone as CMYK, need to reprint 300 jackets
        anyone know legal deposit need hardcopy only or ebook also can? this one self-publish title
        pls don't put the Malay novels beside the Tamil section again, customers keep asking cannot find
        INV-2025-004418 still unpaid lah, accounts say they will chase on Monday
        tonight launch need 40 chairs, 1 mic, 1 projector, the author bringing own kuih for guests
        tolong check whether all the 978-981 titles got CIP data already before we send to printer
    """),
    ("en", "reader_questions"): _lines("""
        How do I find out whether my self-published book needs a separate ISBN for the Kindle version?
        Is it normal for a small press in Malaysia to ask the author to buy 200 copies upfront?
        What's the difference between a traditional publisher, a hybrid publisher and a vanity press?
        Should I register my pen name as a business name with ACRA before publishing?
        Tip: before signing, check whether the contract grants world rights or only Southeast Asian rights, and whether audio rights are included.
        Can a bookshop in Singapore sell my self-published book on consignment, and what cut do they usually take?
        Do I need to declare royalty income from an overseas publisher when filing my taxes with LHDN?
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Dear Editor, my name is Farhan bin Rosli and I am submitting my novel "Tanjong Pagar Blues" (82,000 words). I work as a relief teacher in Woodlands and can be reached at 9738 2164 or farhan.rosli.writes@gmail.com.
        ROYALTY PAYEE DETAILS | Name: LIM SHU FEN | NRIC: S8412763I | Bank: DBS | A/C: 027-915342-6 | Tax resident: Y | Period: Jan-Jun 2025 | Amount: S$1,284.60
        Hi, I'm Mrs Devi d/o Ramasamy. I bought your book at the launch and pages 40-56 are missing. Please send a replacement to Blk 652 Jurong West St 61 #11-308, Singapore 640652.
        ISBN application - Applicant: GERALD ANTHONY PEREIRA (self-publisher) / NRIC: T0254819J / Title: Grandpa's Kampong Kitchen / Format: Paperback / Mobile: 8621 4409
        Launch guest list: 1. Tan Wei Ming +1 (vegetarian) 2. Nur Aisyah binti Kamal (wheelchair, needs ramp access) 3. Rajesh s/o Subramaniam (arriving late after night shift)
        Ticket #4471 - customer Ong Kah Hoe called to complain his special order for the Hokkien dictionary was sold to someone else; wants S$45 refunded to his Visa ending 2951.
        Dear Ms Chua, I still have not received royalties for July-Dec 2024. My statement shows 312 copies sold but nothing has reached my OCBC account 501-284936-001. Regards, Kavitha Menon
        This Agreement is made between Marshall-Tan Press Pte Ltd and NG PEI LING (NRIC S7931058A) of 18 Jalan Kembangan, Singapore 419125, hereinafter called "the Author".
        Note to file: Yusof bin Ahmad asked to push his manuscript deadline to August because he is starting chemotherapy; approved by MD, please keep confidential.
        Fwd from reader: "My son Aiden Koh (P4, Rosyth School) loves your detective series and has written his own sequel, can he send it to you?" - Sharon Koh, 9056 7318
        SHIP TO: Mdm Wong Siew Lan, 23 Lorong 4 Toa Payoh #05-11, S(310023) / Tel: 8190 3372 / 6 books / COD
        Pre-order deposit for 2 signed hardbacks: card 4556 3383 8239 7077, exp 09/27, cardholder JASON TEO KIAN SENG
        anyone know a good printer in JB? I'm Suresh a/l Krishnan, retired teacher from Segamat, publishing my memoir of estate life, need about 300 copies. WhatsApp me 012-478 3316
        Residency applicant: Melissa Fernandez, 34, freelance copywriter in Katong, writing a novel based on her grandmother's life in Malacca; contact mel.fernandez.writes@outlook.com
        Incident report 3 May, 4.15pm: regular customer Daniel Lau (member no. 118204) seen by two staff leaving with two manga volumes unpaid; police report filed, ban pending.
        MEMBER 0048172 | CHEONG MEI YI | DOB 14/02/1991 | 9384 1107 | meiyi.cheong91@gmail.com | fav genres: romance, cookbooks | points 3,420
        Short story competition winner: Hafizah binti Jamaluddin, 17, Form 5 at SMK Seri Kembangan; consent form signed by her father Jamaluddin bin Osman, tel 016-2259 801.
        Reject - memoir from Benjamin Goh Jun Hao (ex-SAF regular, lives in Punggol): names former colleagues and their disciplinary cases, high defamation risk.
        Invoice from freelance editor Aishwarya Pillai: copyedit 320 pp at S$4/page = S$1,280. Please pay to POSB savings 123-45678-9 or PayNow 9651 2047.
        Translator agreement: Zhang Li, PRC passport E84213756, on Employment Pass in Singapore (FIN G5540912P), to translate "The Kelong" into Simplified Chinese for a flat fee of S$6,500.
        Penang tour: author Priya Nair lands 21 Aug 10.40am, staying at a homestay in Balik Pulau; emergency contact husband Vikram +60 17-880 2143.
        Roster: Muthu a/l Raman on MC 10-12 Sep (dengue), Chloe Tan to cover the Bras Basah counter, both shifts.
        Dear Ethos team, I am 78 and cannot go to bookshops any more. Could you mail the new poetry anthology to Blk 78 Telok Blangah Drive #04-1157, Singapore 100078? I will pay by cheque. - Lee Boon Kiat
        Refund S$38.90 for cancelled pre-order sent via PayNow to NRIC T0183527G (registered name GOH XIN YI), ref RF-0912.
        Photo consent withdrawn: Eleanor Sim does not want photos of her daughter Hannah (9) from the storytime session on our Instagram; please remove the 12 Jan post.
        Kenneth Yap, your balance of S$2,340 for the 500 copies printed under job PR-1187 is 60 days overdue and will be referred to our solicitors if unpaid by 30 Nov.
        ARC list: @nadiareads.my (Nadia Hamzah, English teacher in Ipoh, 3.1k followers) - post to her home, 41 Jalan Sultan Azlan Shah Utara, 31400 Ipoh.
        Non-resident royalty: Arjun Mehta, FIN F2198465P, left Singapore in March; S$4,200 due, 10% withholding tax to be deducted.
        Launch parking: please reserve lot 3 at the loading bay for the author's husband, Mr Desmond Wee, car SMR 4821 Y.
        Book club renewal failed for Farah Lim, Mastercard 5407 3570 7079 1977 declined twice; call her at 8734 6620 before cancelling.
    """),
    "ms": _lines("""
        Penerima royalti: SITI HAJAR BINTI MOHD NOOR, No. K/P 920708-10-6142, Maybank 1140 2318 5907, No. Cukai Pendapatan SG 10234567080
        Assalamualaikum tuan, saya Mohd Hafiz bin Abdullah dari Kuantan, guru sekolah rendah, ingin menghantar manuskrip novel pertama saya. Boleh hubungi saya di 019-3328 417.
        Borang ISBN penerbit persendirian / Nama: NORAINI BINTI SALLEH / No. K/P: 850314-14-5528 / Alamat: No. 23, Jalan SS 2/55, 47300 Petaling Jaya, Selangor / Tajuk: Resipi Warisan Nenek
        Aduan pembaca: En. Tan Ah Kow dari Ipoh menerima buku dalam keadaan basah dan minta wang RM45 dipulangkan ke akaun Public Bank 3182745530 miliknya.
        Sila kemas kini butiran bayaran royalti saya: akaun CIMB 8603914722, nama seperti dalam IC NURUL IZZATI BINTI ZAINAL. Akaun lama sudah ditutup. Terima kasih!
        Pemenang peraduan cerpen: Aina Sofea binti Rahim (SMK Taman Melawati, Tingkatan 4), hadiah RM500 akan dimasukkan ke akaun ibunya.
        Penulis Ahmad Zaki bin Ismail (No. K/P 670911-08-5233) bersetuju menerima pendahuluan royalti RM3,000 bagi novel "Senja di Lumut".
        Kak Rosnah, tolong pos 10 naskhah kepada En. Kamarul Ariffin, No. 7 Lorong Kenari 2, Taman Sri Rambai, 14000 Bukit Mertajam, Pulau Pinang. Tel 011-2634 5092.
    """),
    "zh-Hans": _lines("""
        投稿人：陈志强，男，1988年生，广州人，身份证号 44010619880423231X，手机 13924586712，现居新加坡，长篇小说《南洋旧梦》约十二万字。
        读者来信：我叫林美华，今年七十岁，想订购一套金庸全集，请寄到 Blk 15 Eunos Crescent #07-2893, Singapore 400015，电话 9462 0381，谢谢！
        版税结算单：作者 黄俊杰（笔名阿杰），2025年上半年销售 1,146 册，应付版税新币 2,063.40，已汇入华侨银行账户 595-307418-001。
        签售会当天，作者的母亲郑秀英女士身体不适，由工作人员送往陈笃生医院，请大家不要在社交媒体转发现场照片。
        会员资料：王丽娟，会员号 88017265，手机 8823 1945，生日 3月9日，偏好儿童绘本和育儿书。
        译者合同：刘晓敏，身份证号 350203199108170644，微信号 xiaomin_liu91，稿费按每千字人民币180元计算。
    """),
    "mixed": _lines("""
        eh that uncle Lim Chee Keong who always come Saturday, he say his wife pass away last month, so cancel her book club membership k, account 00291734
        pls call back Mdm Saroja at 9275 0416, she ordered the Tamil cookbook set, say paid already but nothing arrive
        boss the self-pub author Jasmine Ho Li Ting still never pay for 2nd print run, $1,200 outstanding, she say her salary only come end of month
        customer nama Azlan bin Hashim tinggal kat Shah Alam Seksyen 13, dia nak tukar buku rosak, no tel 013-6620 8419
        tolong update address for author Rachel Kwok, dah pindah to 9 Jalan Kenanga 3/4, Taman Kenanga, 81000 Kulai, Johor, royalty cheque kena hantar sana
        the boy who shoplift last week is Jayden Ng from the secondary school opposite, his mum came to apologise and pay for the 3 comics
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful writing assistant for aspiring authors in Singapore."),
        (
            "user",
            "Can you help me write a cover letter to Epigram Books for my YA novel? It's called Sembawang Summer, about 65k words.",
        ),
        (
            "assistant",
            "Of course. Tell me a little about yourself and the book, and I'll draft a one-page letter with a short pitch and bio.",
        ),
        (
            "user",
            "I'm Clarissa Wong Hui Min, 29, nurse at KK Women's and Children's Hospital, writing on night-shift breaks. Put my contact as 9127 5530 and clarissa.whm@gmail.com.",
        ),
    ],
    [
        (
            "user",
            "I'm self-publishing a cookbook and filling in the ISBN form. Does this look right? Name: GERALDINE TAY SOO CHIN, NRIC S9067342D, address 41 Sunset Way #02-07, Singapore 597071, publisher: self.",
        ),
        (
            "assistant",
            "It looks complete. Double-check the title matches your cover exactly, and if you plan an ebook, apply for a second ISBN for that format.",
        ),
        ("user", "Thanks, and the publication date is 15 Jan, yes?"),
    ],
    [
        ("system", "Customer service assistant for an online bookshop in Malaysia."),
        ("user", "My order never arrived. Order number PB-77120459."),
        (
            "assistant",
            "Sorry about that! Could you confirm the delivery name, address and phone number on the order?",
        ),
        (
            "user",
            "Muhammad Irfan bin Zulkifli, No. 18, Jalan Mawar 5, Taman Desa Jaya, 81100 Johor Bahru. Phone 017-754 2298.",
        ),
        (
            "assistant",
            "Thank you, Encik Irfan. The courier shows a failed delivery attempt; I've asked them to redeliver tomorrow.",
        ),
    ],
    [
        ("user", "How do I ask my publisher politely why my royalty hasn't come in?"),
        (
            "assistant",
            "Keep it short and factual: mention the period, the amount on your statement, and ask when payment will be made.",
        ),
        (
            "user",
            "ok draft it for me. I'm Hariharan s/o Velu, statement says S$812.40 for Jan-Jun, my UOB account is 372-318-562-4.",
        ),
    ],
    [
        ("user", "My daughter wants to enter your kids' story competition. What info do you need?"),
        (
            "assistant",
            "We need the child's name, age, school, the story (max 1,500 words) and a parent's consent and contact number.",
        ),
        (
            "user",
            "Chloe Lim Xuan Yi, 11, Primary 5 at Nanyang Primary. I'm her mum, Jessica Lim, 8276 3391. She has dyslexia so I typed it out for her, is that allowed?",
        ),
    ],
    [
        ("system", "Anda pembantu untuk penulis dan penerbit kecil di Malaysia."),
        (
            "user",
            "Saya nak isi borang royalti penerbit. Nama saya ROHANA BINTI ABDUL LATIF, IC 780222-07-5032.",
        ),
        (
            "assistant",
            "Baik. Borang itu biasanya juga minta nombor akaun bank dan nombor cukai pendapatan anda.",
        ),
        (
            "user",
            "Bank Islam 1208 2017 6654 31, no cukai SG 21876543010. Saya tinggal di Seberang Jaya.",
        ),
    ],
    [
        ("user", "我在你们网店买的《南洋旧梦》少了二十页，想换一本。"),
        ("assistant", "非常抱歉！请提供订单号和收件人信息，我们会安排换书。"),
        (
            "user",
            "订单号 SG20250917-0482，收件人 吴佩珊，地址 Blk 233 Serangoon Ave 3 #09-112, Singapore 550233，手机 9681 2274。",
        ),
    ],
    [
        (
            "user",
            "Need help formatting the speaker list for our George Town lit event poster and the internal sheet.",
        ),
        (
            "assistant",
            "Sure, send me the names, session titles and anything the internal sheet needs.",
        ),
        (
            "user",
            "Internal only: Dr Lakshmi a/p Muniandy 012-331 7408 (diabetic, needs lunch by 12), Cheah Boon Huat 016-482 9917 (coming from Ipoh by train), Ms Angeline Oon 019-550 2386.",
        ),
    ],
    [
        ("system", "Assistant for a small Singapore publisher's contracts desk."),
        ("user", "Prepare the payment page of the translator contract."),
        (
            "assistant",
            "Please provide the translator's legal name, identification number and bank details.",
        ),
        (
            "user",
            "Nguyen Thi Thu Ha, FIN G7012583N, on a Dependant's Pass. DBS 048-221907-3. Fee S$3,800 in two instalments.",
        ),
    ],
    [
        ("user", "I'm writing a memoir and want to check if I can name my ex-husband."),
        (
            "assistant",
            "Naming real private people carries defamation and privacy risks. What do you plan to say about him?",
        ),
        (
            "user",
            "His name is Raymond Tay Chee Wah, he still teaches at a JC in Bishan. I want to describe his gambling debts and how he hit me in 2016.",
        ),
    ],
    [
        ("user", "lost my bookshop membership card, can you block it"),
        (
            "assistant",
            "Sure, can you give me the name and phone number on the account so I can find it?",
        ),
        (
            "user",
            "Sharifah Nur Amirah, 8903 6615, card no 2200 4417 8850, I last used it at the Tampines outlet on Sunday",
        ),
    ],
]
