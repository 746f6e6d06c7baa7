# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en138: SG/MY embassies, consulates and notaries (legalisation, apostille, stat decs, bookings, lost passports). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en138
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "consular_notice"): _lines("""
        The Embassy of the Republic of Singapore will be closed on 1 January 2027 (New Year's Day). Singaporeans abroad needing urgent help may call the MFA Duty Office at +65 6379 8800.
        Consular services at the High Commission of Malaysia are by appointment only; walk-ins will be served only for emergency travel documents.
        Notice: Passport collection hours are Mon-Fri 9.00am to 12.30pm. Please bring the acknowledgement slip and your old passport for cancellation.
        Due to system maintenance on Saturday 14 November from 10pm to 6am, the e-Appointment portal will be unavailable. We apologise for any inconvenience caused.
        Singaporeans travelling overseas are encouraged to eRegister with MFA so that the nearest Overseas Mission can reach them in an emergency.
        The Consulate will not accept documents for legalisation that have been laminated, unstapled after sealing, or bear corrections not initialled by the notary public.
        Hari Raya Aidilfitri: the Consulate-General will be closed for two working days. Applications submitted online during the closure will be processed in order of receipt.
        Lost or stolen passport abroad? Lodge a police report locally, then book an appointment at the nearest Singapore Overseas Mission to apply for a Document of Identity.
        All visitors must pass through security screening. Power banks, sharp objects and large bags are to be deposited at the guardhouse.
        Queue numbers for the legalisation counter are issued from 8.45am; the last number is issued at 11.30am or when the daily quota of 80 is reached, whichever is earlier.
        Public advisory: beware of scam calls claiming to be from the Embassy and demanding payment to release a detained parcel or passport. The Embassy never collects fees over the phone.
        Office address: High Commission of Malaysia, 301 Jervois Road, Singapore 249077. Consular section entrance is on the left of the main gate.
        Please note that the Mission cannot provide legal advice, act as your lawyer, or intervene in the court proceedings of the host country.
        Revised consular fee schedule takes effect on 1 January. Applications lodged before that date will be charged at the old rates.
        For after-office-hours emergencies involving the death, arrest or hospitalisation of a Singaporean, call the 24-hour MFA Duty Office; for general enquiries, please use the online feedback form.
    """),
    ("en", "procedure_faq"): _lines("""
        Q: Can a Commissioner for Oaths certify a true copy of my degree for use overseas? A: Usually not; foreign authorities generally want a notary public's certification, which can then be apostilled.
        A statutory declaration must be signed in the physical presence of the Commissioner for Oaths. Bring your original NRIC or passport as proof of identity and do not sign beforehand.
        NRIC format in the online form: one letter, seven digits, one letter, with no spaces or dashes. The help page uses the sample S1234567D; do not copy the sample into your application.
        For a Malaysian document to be used in a non-Apostille country, the usual chain is: notary public or issuing ministry, then Wisma Putra authentication, then the destination country's embassy.
        Documents issued in Malaysia must be authenticated by the Consular Division of Wisma Putra in Putrajaya before a foreign embassy will legalise them, as Malaysia is not a party to the Apostille Convention.
        In Singapore, apostilles and certificates of authentication are applied for through the Singapore Academy of Law's LegalisationSG platform; paper counters no longer accept walk-in submissions.
        Processing time for a Document of Identity is typically a few working days, longer if the Mission needs to verify the applicant's identity with ICA in Singapore.
        Minors applying for a passport at the Mission must be accompanied by a parent or legal guardian who brings the child's birth certificate and their own identity document.
        Tip: book your appointment at least three weeks ahead during the June and December school holidays, when slots for passport renewal fill up quickly.
        If your passport is damaged (water stains, torn pages, a loose photo page) it is treated as invalid and must be replaced, even if it has not yet expired.
        A power of attorney signed overseas for a property transaction in Singapore must be notarised and then apostilled or legalised before it can be lodged with the Singapore Land Authority.
        Translations must be done by an accredited or sworn translator; the consulate does not accept translations prepared by the applicant or a family member.
        Q: What is the difference between legalisation and an apostille? A: An apostille is a single certificate recognised by Convention states; legalisation is a chain of stamps ending with the destination country's embassy.
        In Malaysia, statutory declarations are governed by the Statutory Declarations Act 1960 and may be made before a magistrate, a Commissioner for Oaths or a notary public.
        In Singapore, statutory declarations are made under the Oaths and Declarations Act 2000 before a Commissioner for Oaths or a notary public.
        Passport photos: 35mm x 45mm, white background, taken within the last three months, eyes open, no spectacles, ears visible where possible.
    """),
    ("en", "booking_system"): _lines("""
        Dear {applicant_name}, your appointment for {service} is confirmed on {date} at {time}. Booking ref: {booking_ref}. Please arrive 10 minutes early with the original documents.
        [2026-11-03 09:14:22] INFO booking.api slot_released counter=C3 date=2026-11-17 time=10:45 reason=no_show_auto
        Booking ref APT-SGMY-2611-00483 has been cancelled automatically because payment was not received within 30 minutes.
        Invoice INV-LGL-0098127 | Apostille x 3 | S$ 60.00 | Paid via PayNow merchant QR | Issued 19/11/2026 14:02
        Tracking no. RR482917365SG: documents dispatched by registered mail on 12 Nov; allow 5 to 7 working days for delivery.
        ERROR 422: field passport_no failed validation (expected pattern ^[A-Z][0-9]{7}[A-Z]$, got 9 characters).
        Collection slot for Emergency Certificate: Counter 2, Thursday 09:30, ref EC/KL/2026/1147. Bring the police report and two photographs.
        SMS template: [Consulate] Your document {doc_ref} is ready for collection from {ready_date}. This is an automated message; do not reply.
        Queue status 10:42 | Passport: now serving P037 | Legalisation: now serving L112 | Collection: now serving C019
        Daily summary 21/11: 146 appointments booked, 9 no-shows, 3 emergency walk-ins, average waiting time 23 min.
        appointment.max_per_day=80; appointment.cutoff_hours=24; reminder.sms.enabled=true; reminder.offset_hours=48; tz=Asia/Singapore
        SELECT counter_id, COUNT(*) FROM bookings WHERE service = 'APOSTILLE' AND slot_date BETWEEN '2026-11-01' AND '2026-11-30' GROUP BY counter_id;
        {"event": "booking.rescheduled", "booking_ref": "APT-7731-QX", "old_slot": "2026-12-02T10:00+08:00", "new_slot": "2026-12-04T14:30+08:00"}
        Case ticket #CNS-58213 closed as duplicate; the original case #CNS-58190 remains open and is assigned to the consular desk.
        SERVICE_TYPES = ["PASSPORT_RENEWAL", "DOI", "LEGALISATION", "APOSTILLE", "STAT_DEC", "EC_COLLECTION"]
        Batch ref T2611043Q: 42 documents scanned, sha256 9f2c4e7a1b0d3e5f6a7b8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b, release v2.4.1
    """),
    ("en", "forum_advice"): _lines("""
        Anyone did apostille for marriage cert recently? How long LegalisationSG take ah, need to courier to Spain by January.
        Lost my passport in Hat Yai last year. Advice: go police station first, the Malaysian consulate in Songkhla will sure ask for the police report one.
        Commissioner for Oaths at the court building usually charge per declaration, cheaper than going to a lawyer's office for a simple SD.
        Don't laminate your birth cert!! The embassy rejected mine because of that, had to apply for a fresh extract lol
        For Wisma Putra authentication, must get the document endorsed by the issuing ministry first, then only go Putrajaya.
        Pro tip: print the booking confirmation. The guard at the High Commission sometimes won't accept just a screenshot on your phone.
        Is it true SG passport renewal overseas can apply online and just collect at the embassy? My colleague said can but I not sure.
        Went to a notary public at Raffles Place, quite fast, 15 minutes only, but the price not cheap leh.
        Any recommendation for a sworn translator Mandarin to English in KL? Need it for a degree cert going to the Chinese embassy.
        Since China joined the Apostille Convention in Nov 2023, SG documents with an apostille can be used in China directly, no more embassy legalisation.
        Before you fly, take a photo of your passport data page and keep it in the cloud; it makes the DOI application much faster if you lose it.
        The queue at UTC Pudu for passport on Monday morning damn long, better go on a Wednesday after lunch.
        Tried booking the JPN counter for a birth cert extract but the system keeps saying no slot, anyone know if walk-in can?
    """),
    ("ms", "notis_kedutaan"): _lines("""
        Kedutaan Besar Malaysia akan ditutup pada 31 Ogos sempena Hari Kebangsaan. Permohonan pasport akan diproses semula pada hari bekerja berikutnya.
        Rakyat Malaysia yang kehilangan pasport di luar negara hendaklah membuat laporan polis tempatan dan hadir ke Perwakilan Malaysia terdekat untuk memohon dokumen perjalanan kecemasan.
        Akuan berkanun hendaklah ditandatangani di hadapan Pesuruhjaya Sumpah. Sila bawa kad pengenalan asal dan jangan tandatangan lebih awal.
        Bayaran pengesahan dokumen dikenakan bagi setiap dokumen. Sila rujuk jadual fi terkini di laman web rasmi sebelum hadir.
        Temujanji boleh dibuat secara dalam talian. Pemohon yang tidak hadir tanpa notis perlu membuat tempahan semula.
        Dokumen yang telah dilaminasi tidak akan diterima untuk tujuan pengesahan.
        Waktu operasi kaunter: Isnin hingga Jumaat, 9.00 pagi hingga 12.30 tengah hari. Kaunter ditutup pada hari cuti umum.
        Soalan: Boleh saya memperbaharui pasport Malaysia di Singapura? Jawapan: Boleh, melalui Suruhanjaya Tinggi Malaysia dengan temujanji terlebih dahulu.
        Peringatan: Pihak Kedutaan tidak akan meminta sebarang bayaran melalui panggilan telefon atau WhatsApp. Berhati-hati dengan sindiket penipuan.
        Terjemahan dokumen ke Bahasa Melayu atau Bahasa Inggeris mesti dibuat oleh penterjemah bertauliah.
        Nombor rujukan permohonan: KL/SD/2026/00871. Sila simpan nombor ini untuk semakan status.
        Semakan status permohonan boleh dibuat di portal dengan memasukkan nombor rujukan dan tarikh permohonan.
        Kanak-kanak bawah umur mesti hadir bersama ibu, bapa atau penjaga yang sah semasa permohonan pasport.
        Gambar pasport: saiz 35mm x 50mm, latar belakang putih, wajah jelas, diambil dalam tempoh tiga bulan.
    """),
    ("zh-Hans", "consular_notice"): _lines("""
        中国驻新加坡大使馆提醒：自2023年11月7日起，新加坡出具的公文书附海牙认证后可直接在中国内地使用，无需再办理领事认证。
        新加坡公民在海外遗失护照，应先向当地警方报案，再前往最近的新加坡驻外使领馆申请身份证明文件（DOI）。
        法定声明须在宣誓官面前当场签署，请携带身份证或护照原件，切勿提前签名。
        办理公证请提前在网上预约，逾时未到者须重新预约。
        马来西亚文件在送交外国使馆认证前，须先经马来西亚外交部（Wisma Putra）认证。
        温馨提示：请勿将文件塑封，塑封后的文件将无法办理认证。
        领事部对外办公时间：周一至周五上午9:00至12:00，节假日休息。
        防诈骗提醒：使馆不会通过电话要求缴纳任何费用，如接到可疑来电请立即挂断并报警。
        问：结婚证书的翻译件可以自己翻译吗？答：不可以，须由认可的翻译机构翻译并盖章。
        您的预约编号为 SG-LEG-20261118-0427，请于预约时间前十分钟到达并出示预约确认单。
        春节期间领事部暂停对外办公三天，如遇紧急情况请拨打领事保护与协助热线。
        护照照片要求：白色背景，免冠正面，不得佩戴有色眼镜，近六个月内拍摄。
    """),
    ("mixed", "group_chat"): _lines("""
        eh the apostille counter closed for lunch 1 to 2pm ah, don't go at that time
        wah the consulate queue today damn long, confirm wait 2 hours one
        bro PDPA leh, cannot post other people's IC in the group ok, just PM the notary directly
        Sesiapa tahu SD boleh buat kat mahkamah tak? Or must go lawyer office for Commissioner for Oaths?
        ok noted, bring 2 copies of the cert plus original, photo 35x50 white background
        tomorrow 公证处 open or not? got public holiday or not ah
        lost passport overseas 千万 don't panic, police report first then go embassy
        DOI is one-way only ah, reach Changi already must apply new passport with ICA
        anyone got the link for Wisma Putra e-appointment? the old one 404 already
        can pay by NETS at the embassy counter or cash only? 谢谢
        Fee for SD at CFO around $20 to $30 per declaration I think, depends on the place
        lol the notary stamp a bit slanted also can, they still accept hahaha
    """),
    ("en", "public_and_history"): _lines("""
        Lee Kuan Yew announced Singapore's separation from Malaysia at a televised press conference on 9 August 1965.
        Tunku Abdul Rahman, Malaysia's first Prime Minister, proclaimed independence at Stadium Merdeka on 31 August 1957.
        The Hague Apostille Convention was concluded on 5 October 1961 and is administered by the Hague Conference on Private International Law.
        The Apostille Convention entered into force for Singapore on 16 September 2021, replacing the old multi-step legalisation route for most member states.
        Kevin Kwan's novel Crazy Rich Asians follows Rachel Chu as she flies to Singapore with Nick Young for his best friend's wedding.
        P. Ramlee made many of his best-known films at the Malay Film Productions studio on Jalan Ampas in Singapore.
        Lim Bo Seng, the wartime resistance fighter, is commemorated by the Lim Bo Seng Memorial at Esplanade Park.
        Wisma Putra is the name commonly used for Malaysia's Ministry of Foreign Affairs and its headquarters building in Putrajaya.
        The Singapore Academy of Law appoints notaries public in Singapore and keeps the register of Commissioners for Oaths.
        Tan Tock Seng Hospital and the Lee Kong Chian Natural History Museum are both named after nineteenth- and twentieth-century philanthropists.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        STATUTORY DECLARATION | I, TAN WEI MING (NRIC No. S8734512B), of Blk 412 Ang Mo Kio Avenue 10 #07-1183 Singapore 560412, do solemnly and sincerely declare that my Singapore passport No. K3318207R was lost on or about 14 October 2026 while I was in Osaka, Japan, and has not been recovered.
        Appointment confirmed: MS NUR AISYAH BINTI KAMARUL ARIFFIN | Passport renewal (overseas) | High Commission of Malaysia, London | 18 Nov 2026 10:30 | MyKad 920817-10-6348 | Ref HCML-PP-26-11873
        Consular case note 2026-11-02: Mr Rajesh s/o Krishnamoorthy, 41, passport stolen from rental car in Barcelona (Eixample). Staying at Hostal Girona till 6 Nov. Contact +65 9127 4408. DOI interview arranged Wed 10am; wife Kavitha d/o Subramaniam travelling with him.
        Notary register 2026/1142: certified true copy of BEng degree scroll and transcript for LIM JIA HUI (passport K7729140M) for the Australian skills assessment; fee S$180 paid by Visa ending 4462.
        Pls help legalise my parents' marriage cert for the Chinese embassy: father ONG KOK LEONG NRIC S6812309G, mother CHEW SIEW LAN NRIC S7629014H. Can call me at 9348 2216.
        Police report summary: complainant Muhammad Hafiz bin Rosli (MyKad 880412-14-5273) reported the loss of Malaysian passport A52718364 at Suvarnabhumi Airport, Terminal 1, on 3 Nov 2026 at about 2130 hrs.
        Refund request: apostille application LGL-24-09917 was charged twice. Cardholder: Yvonne Pereira, card 5204 7411 2306 8811, exp 08/28. Please refund the duplicate S$30 to this card.
        From: daniel.fernandez.sg@gmail.com | Subject: SD before Friday | Hi, I need my statutory declaration done before I fly to Perth; my FIN is G5561093U and I stay at 62 Jalan Kembangan. Can I come Thursday 3pm?
        Visitor log 12/11 | 09:12 CHONG MEI LING IC 750203-07-5118 (apostille collection) | 09:20 KUMARAN A/L MUNIANDY IC 670530-08-5033 (SD) | 09:31 SITI HAJAR BTE ABDULLAH IC 010925-01-0762 (EC enquiry)
        Hi Sir, I'm Farah binti Ismail. My brother Amir bin Ismail's passport kena curi in Istanbul yesterday, he's now at the Taksim police station and his phone is dead. Our family number is 012-788 3415, please help.
        Reschedule: Mdm Goh Bee Hoon missed her 10.30am stat dec slot on Tuesday because her grandson was admitted to KK Hospital; moved to Fri 2.15pm, no additional fee charged.
        Passport application (overseas) | Surname: D'SOUZA | Given names: MARIA THERESA | DOB: 04/09/1987 | Place of birth: Melaka | Previous passport: A41902337 | Address abroad: Flat 3, 27 Lordship Lane, London SE22 8HU | Mobile: +44 7700 900318
        Power of Attorney (extract): I, GURDEEP SINGH A/L HARBHAJAN SINGH, holder of Malaysian Identity Card No. 590406-02-5147, hereby appoint my son to sign all documents for the sale of my house in Sungai Petani.
        Lodged by Chua Zi Xuan, NRIC T0412876H, Blk 25 Bendemeer Road #15-22: Document of Identity requested at the Singapore Embassy in Hanoi because her passport was left in a Grab car and the driver cannot be reached.
        Apostille batch 26-1189: (1) birth cert of SARAH LEE EN QI, born 2019, for a Dutch residence permit; (2) marriage cert of LEE CHENG HAN and ANNE DE VRIES. Courier back to 88 Tanjong Katong Road #03-04 Singapore 436960.
        Dear Consul, my daughter Priya d/o Govindasamy (passport K6120394N, 19) is studying in Melbourne and lost her passport at Flinders Street. She is staying with friends in Carlton, mobile +61 412 557 908. Can she get a DOI before 20 Dec?
        Booking AB-20261203-117 | Name: Wong Kah Wai | HKID K482913(1) | Service: legalisation of Hong Kong birth certificate for use in Malaysia | Phone: 6138 2047
        Note to file: Encik Zulkifli bin Harun came in again about his late father's estate papers; he raised his voice at the counter because his SD was rejected, as his own IC number 780315-05-5231 had been mistyped by the lawyer's clerk.
        TO WHOM IT MAY CONCERN: This is to confirm that Ms Teo Hui Min, Singapore passport K5530218T, has been employed by our firm as Senior Analyst since March 2021 and will travel to Shanghai on business from 5 to 19 January.
        DEED POLL: I, ALEXANDER KHOO JUN WEI (formerly known as KHOO AH BENG), NRIC S8890432Z, of 15 Jalan Bunga Rampai Singapore 538401, absolutely renounce and abandon the use of my former name.
        hi this is Siva, 016-225 7841, need 3 certified copies of my IC and SPM cert, I'm working in Johor Bahru so can only come on Saturday morning
        Complaint C-2611-044: applicant Eunice Tay (eunice.tay88@hotmail.com) says the counter officer was rude and refused her late husband's death certificate without the original; she is 72 and came alone by bus.
        Payment advice: DBS a/c 027-915443-1 (NG PEI SHAN), reimbursement of S$92.50 for legalisation fees she paid on behalf of the company.
        Telegram @hazwan_jb92: Hazwan here, Malaysian working at Tuas shipyard, lost my passport at Woodlands Checkpoint yesterday. Can the High Commission issue EC tomorrow? My work permit FIN is G7032918U.
        Hotel incident note | Guest: Mr Harold Lim Chee Keong, Room 1207 | Emergency contact: Mrs Lim, +65 8226 1930 | Guest reports passport taken from in-room safe; Singapore Embassy informed at 11.40pm.
        Reminder SMS sent to 9671 5523 (Jasmine Koh): statutory declaration with Commissioner for Oaths at Bukit Timah Plaza #02-31, Sat 10.15am. Bring your IC.
        Legalisation applicant (PRC national): CHEN ZHIQIANG, resident ID 440106198703152839, passport EJ4417821, working in Singapore on an S Pass, mobile 8743 0612.
        Applicant LIN YU-TING, ROC ID F223109586, requests authentication of her Taiwan degree certificate at the Taipei Representative Office in Singapore; LINE id yuting_lin0921.
    """),
    "ms": _lines("""
        Saya, NORAZLINA BINTI MOHD YUSOF, No. K/P 830621-10-5526, beralamat di No. 14, Jalan SS 2/55, 47300 Petaling Jaya, Selangor, dengan sesungguhnya dan sebenarnya mengaku bahawa pasport saya telah hilang di Jeddah semasa menunaikan umrah.
        Tuan, anak saya Muhammad Danish bin Azlan (MyKad 100312-14-0457, umur 16) kehilangan pasport di Seoul semasa lawatan sekolah. Guru pengiring boleh dihubungi di 019-334 8826.
        Rekod temujanji: En. Kamal bin Othman, 8 Dis 2026, 9.30 pagi, pengesahan sijil nikah untuk kegunaan di Arab Saudi; no. telefon 013-607 2294.
        Salam, nama saya Hidayah, saya tinggal di Blok 7, Pangsapuri Seri Cempaka, Cheras. Pasport saya A60318245 dah tamat tempoh masa saya kerja di Dubai, macam mana nak perbaharui?
        Nota kes: Puan Letchumy a/p Arumugam, 58, ditahan di lapangan terbang Chennai kerana pasport rosak; suami beliau Encik Maniam a/l Perumal menghubungi Wisma Putra pada 2 Nov.
        Borang akuan | Nama: WONG SIEW PENG | No. KP: 950111-13-5420 | Alamat: Lot 233, Taman Desa Wira, 93250 Kuching, Sarawak | Tujuan: akuan kehilangan sijil kelahiran
        Bayaran balik ke akaun Maybank 1640 2785 3319 atas nama SHAHRUL NIZAM BIN ZAKARIA bagi yuran pengesahan dokumen yang terlebih bayar (RM150).
        Kak Ros tu nama penuh Rosnah binti Said, yang jual nasi lemak depan masjid Kampung Baru; IC dan pasport dia hilang masa umrah, dia minta tolong buat SD minggu depan.
        Emel daripada pemohon adibah.rahman97@yahoo.com: saya pelajar di Universiti Al-Azhar, Kaherah, pasport saya ditahan oleh tuan rumah, mohon bantuan pihak Kedutaan.
    """),
    "zh-Hans": _lines("""
        法定声明：本人黄丽娟（新加坡身份证号码 S7516620F），住址：义顺72街第752座 #09-318，新加坡 760752，郑重声明本人护照于2026年10月在曼谷遗失。
        领事认证预约：申请人 张晓燕，身份证号 350203199206114021，护照号 E38274619，预约时间 12月9日上午10:00，联系电话 138 5921 7736。
        大家好，我是李明辉，在吉隆坡工作，我的护照和工作准证在KLCC附近被偷了，有谁知道去中国驻马大使馆补办旅行证要带什么？我微信 lmh_kl1988
        公证员备注：为刘家豪先生办理委托书公证，委托其母亲刘陈秀英在槟城代办房产过户手续；刘先生在新加坡工作，FIN F2238176T。
        退款申请：认证费被重复扣款，持卡人周美玲，卡号 4009 3355 7129 0462，请退回新币45元。
        香港居民吴嘉欣（香港身份证 Y207651(7)）申请新加坡出生证明海牙认证，文件寄往九龙旺角弥敦道612号15楼B室。
        群里问一下：我老婆陈慧敏下个月要去新加坡驻台北商务办事处办DOI，她护照在台北丢了，现在住在信义区朋友家，电话 0928 614 307。
    """),
    "mixed": _lines("""
        eh guys my cousin Tan Jun Hao (NRIC T0587741A) lost his passport at Genting, need to go High Commission for DOI or not? he's only 21, can call him 8155 3092
        Boss tolong check appointment for my ah ma Lim Ah Moi 林亚妹, IC 450822-07-5006, dia nak buat SD for land transfer kat Penang, she's 81 already cannot walk far
        Hi 我是 Kelvin Yap，马来西亚护照 A48173920 在 Changi T3 不见了，now staying at my sister's place Blk 301 Tampines St 32 #05-210, HP 9785 0241
        Notary booking 确认: Mr and Mrs Ramasamy (Suresh a/l Ramasamy and Devi a/p Nadarajan), 公证 marriage cert, Sat 10am, contact 016-542 8803
        aiyo lost passport lah, nama saya Aiman bin Roslan, kat Hatyai now, dah buat report polis Thai, passport no A55029176, contact me telegram @aiman_rsln
        Receipt 收据: received from Ms Clara Thomas-Wee S$250 for notarisation of 5 documents, paid by card 4556 3301 8274 5308, to collect Monday at our Raffles Place office
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a helpful assistant for drafting legal and administrative documents in Singapore.",
        ),
        (
            "user",
            "Help me write a statutory declaration for lost passport. Lost it in Tokyo at Shinjuku station on 2 Nov.",
        ),
        (
            "assistant",
            "Sure. Please give me your full name as in your NRIC, NRIC number, residential address and passport number, and I will put them into the standard wording.",
        ),
        (
            "user",
            "Name GOH SHU FEN, NRIC S9123874H, address Blk 118 Rivervale Drive #11-402 Singapore 540118, passport K2048816C.",
        ),
    ],
    [
        ("user", "im stuck in bangkok, passport gone from my bag at chatuchak. what do i do"),
        (
            "assistant",
            "I'm sorry to hear that. First lodge a report at the nearest Thai police station, then contact the Singapore Embassy in Bangkok to apply for a Document of Identity. Keep a copy of the police report.",
        ),
        (
            "user",
            "ok. my name is marcus de souza, staying at Ibis Sukhumvit room 804 till sunday, my sg number 9455 6172 still works. can u draft the email to embassy",
        ),
    ],
    [
        (
            "system",
            "Consular booking assistant for the High Commission of Malaysia. Collect the details needed for an appointment.",
        ),
        ("user", "Nak buat temujanji untuk renew passport."),
        ("assistant", "Baik. Sila berikan nama penuh, nombor MyKad dan tarikh pilihan anda."),
        (
            "user",
            "Nurul Izzati binti Hamzah, 900214-06-5362, kalau boleh Jumaat pagi. Saya kerja shift di Jurong jadi pagi je free.",
        ),
        (
            "assistant",
            "Terima kasih Cik Nurul Izzati. Slot Jumaat 9.15 pagi masih ada. Sila bawa pasport lama dan MyKad asal.",
        ),
    ],
    [
        (
            "user",
            "My son needs his birth certificate apostilled for his school application in Germany. Can you fill in the online form fields for me?",
        ),
        (
            "assistant",
            "Yes. Which fields do you need help with? Usually it asks for the child's full name, date of birth, birth certificate number and the destination country.",
        ),
        (
            "user",
            "Ethan Koh Zhi Rui, born 3 March 2011, NRIC T1174526H, going to Internationale Schule Frankfurt from August. I'm his mother, Grace Lau.",
        ),
    ],
    [
        ("user", "Tolong saya. Pasport saya hilang kat Medan, saya dah buat laporan polis."),
        (
            "assistant",
            "Anda boleh ke Konsulat Jeneral Malaysia di Medan untuk memohon dokumen perjalanan kecemasan. Bawa laporan polis dan salinan MyKad jika ada.",
        ),
        (
            "user",
            "ok. nama saya Faizal bin Jaafar, IC 860929-12-5871, pasport lama A39017552. boleh tolong saya tulis surat kepada konsulat? no saya 011-2638 4097",
        ),
    ],
    [
        ("user", "帮我写一份委托书，我要委托我妹妹在北京办理房产手续。"),
        ("assistant", "好的，请提供委托人和受托人的姓名、身份证号码，以及委托事项的具体内容。"),
        (
            "user",
            "委托人 王建国，身份证 110105198509227312，现居新加坡，护照 EK2930847；受托人 王建英，委托她办理朝阳区房产过户。",
        ),
        (
            "assistant",
            "明白。委托书需要在新加坡公证并附海牙认证后才能在中国使用，我先为您起草正文。",
        ),
    ],
    [
        (
            "user",
            "We had our baby in Kuala Lumpur last month, how do we register the birth as a Singapore citizen?",
        ),
        (
            "assistant",
            "You can apply for registration of citizenship by descent with ICA within one year of the birth, using the Malaysian birth certificate and both parents' documents.",
        ),
        (
            "user",
            "Baby is Chloe Tan Yi Xuan, born 2 Nov at Gleneagles KL. Father is Tan Kok Wee, NRIC S8952207B. I'm the mother, Sharon Ho, NRIC T0265318J, we live in Mont Kiara now for his job.",
        ),
    ],
    [
        ("user", "Can you translate this note into Bahasa Indonesia for my helper?"),
        ("assistant", "Of course, please paste the note."),
        (
            "user",
            "Siti Rahayu, your passport C4172093 is with me for the renewal at the Indonesian Embassy on Chatsworth Road. Appointment is Sunday 9am. Please bring your work permit, and do not go out with your boyfriend on Saturday night.",
        ),
    ],
    [
        ("user", "I paid the notary twice for the same job. How do I ask for a refund?"),
        (
            "assistant",
            "Send the firm a short email with the invoice number, the date of both payments and the card used, and ask for the duplicate to be reversed.",
        ),
        (
            "user",
            "Please write it. Invoice NP-88120, paid 14 Nov, card 5456 1239 0017 7328, my email priyanka.menon@outlook.sg, name Priyanka Menon.",
        ),
    ],
    [
        ("user", "What documents does the Chinese embassy need to legalise a Malaysian degree?"),
        (
            "assistant",
            "Typically a notarised copy of the degree, authentication by Wisma Putra, and then the embassy's legalisation, plus a copy of your passport.",
        ),
        (
            "user",
            "ok thx. can u check my data first: Ooi Chee Seng, MyKad 030614-11-0183, degree from UTM 2025, passport A71650284, going to Shenzhen in Feb for job at a drone company.",
        ),
    ],
    [
        (
            "user",
            "My mother has early dementia and I need to handle her bank matters in Singapore while I'm working in Perth. What do I need?",
        ),
        (
            "assistant",
            "If she still has capacity, a Lasting Power of Attorney registered with the Office of the Public Guardian is the usual route; a doctor certifies her capacity at signing.",
        ),
        (
            "user",
            "Her name is Bernadette Rodrigues, 78, lives at 23 Jalan Kuras Singapore 577725, diagnosed at Changi General Hospital last month. I'm Francis Rodrigues. Can I do the certificate step by video from Perth?",
        ),
    ],
]
