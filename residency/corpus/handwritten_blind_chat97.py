# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat97: chats asking an assistant for help with one's own traffic fines, summonses and towing (JPJ/PDRM saman, ERP, parking, 罰單, appeals). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat97
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "saman and fine how-to chat"): _lines("""
        User: How do I check if I have any outstanding PDRM saman? Assistant: You can check on the MyBayar PDRM portal or app with your IC number, or ask at the traffic counter of any police station.
        User: Is an AwAS camera saman from JPJ or from the police? Assistant: Camera notices under AwAS are issued by JPJ; PDRM issues its own traffic summonses separately, so check both systems.
        How long do I have to pay a JPJ saman before it turns into a court summons?
        User: My car got towed somewhere in KL, where do I collect it? Assistant: Look for the towing sticker or notice at the spot; bring the vehicle grant, your IC and payment for the towing and storage charges to the depot named there.
        Can I still pay a traffic summons for a car that is registered under my late father's name?
        What happens if I ignore a PDRM saman for a year, will I be blacklisted from renewing my road tax?
        User: Does ERP 2.0 still charge an admin fee if my card has no balance? Assistant: Yes, the ERP charge plus an administrative fee is billed to the vehicle owner, and you can pay it on OneMotoring within the stated period.
        Explain Singapore's demerit point system for a new driver still on probation, in simple terms.
        User: URA or HDB, who do I appeal a parking fine to? Assistant: Appeal to whichever agency issued the notice: URA for URA carparks and street parking, HDB for HDB carparks; the notice itself states the issuing agency.
        Is it legal for a private condo management in Malaysia to clamp a resident's car over unpaid parking?
        Can I ask the tow truck driver to let my car go if I get back before it leaves the spot?
        Give me a checklist of what to bring to the magistrate's court for a traffic summons hearing.
        User: I have a saman with reference 0412 8873 2019, can I still get the discount? Assistant: Discounts depend on the current campaign; key that reference into MyBayar PDRM and it will show today's payable amount.
    """),
    ("ms", "soalan saman dan tunda"): _lines("""
        Macam mana nak semak saman JPJ guna aplikasi MyJPJ?
        Pengguna: Saman AwAS boleh bayar kat mana? Pembantu: Anda boleh bayar melalui portal atau aplikasi MyJPJ, di kaunter JPJ atau di ejen pembayaran yang dilantik.
        Kalau saman polis dah jadi waran tangkap, apa yang patut saya buat dulu?
        Berapa lama tempoh untuk buat rayuan kompaun parkir DBKL?
        Kereta kena tunda depan Masjid Jamek Sultan Abdul Samad tadi, depoh tunda biasanya kat mana ya?
        Pengguna: Boleh tak orang lain tolong bayarkan saman saya? Pembantu: Boleh, dengan nombor saman atau nombor kad pengenalan anda, tetapi jangan kongsi maklumat itu dalam kumpulan awam.
        Saman bernombor KBN0034421 tu saman apa? Tertulis 'Kesalahan: Meletak kenderaan di petak kuning'.
        Tolong terangkan maksud senarai hitam JPJ dan macam mana nak keluar dari senarai hitam tu.
        Beri contoh surat rayuan saman untuk pelajar yang tak mampu bayar, guna [NAMA] dan [NO. KP] sebagai tempat kosong.
        Talian JPJ 03-8000 8000 tu buka pukul berapa pada hari Sabtu?
        Pengguna: Diskaun saman 50% tu sampai bila? Pembantu: Tempoh diskaun berubah ikut kempen, jadi semak pengumuman rasmi PDRM atau JPJ yang terkini.
        Apa hukuman kalau memandu tanpa lesen memandu yang sah di Malaysia?
        Saya dapat SMS kata ada saman tertunggak dan suruh klik pautan untuk bayar. Betul ke ni atau scam?
    """),
    ("zh-Hans", "罚单咨询"): _lines("""
        异地违章可以在交管12123上直接处理吗？还是必须回到违法发生地？
        用户：闯红灯一般扣几分罚多少？ 助手：按现行规定，驾驶机动车违反道路交通信号灯通行的，一次记6分，罚款金额各地有差异，一般在200元左右。
        驾照12分扣完了要参加什么学习和考试？
        在马来西亚收到saman，用马来文怎么跟警察说明当时开车的不是我？
        车在深圳被交警拖走了，一般在哪里可以查到被拖车辆停在哪个停车场？
        帮我写一份交通违法申诉模板，姓名和车牌号先用【姓名】【车牌号】代替。
        用户：决定书编号4403041234567890是什么意思？ 助手：这是交通违法处罚决定书的编号，用于缴款和查询，本身不代表任何人的身份。
        代扣分违法吗？网上有人说花几百块就能找人帮我消分。
        新手实习期内被扣6分会怎么样？驾照会被注销吗？
        《头文字D》里藤原拓海每天在秋名山飙车送豆腐，放在现实中会收到什么处罚？
        高速上超速不到10%会不会被罚款？
        小区物业说不交停车费就给车上锁，这样合法吗？
    """),
    ("zh-Hant", "罰單與告票申訴"): _lines("""
        台北市違規停車被拖吊，拖吊費和保管費各是多少？
        收到超速罰單，通知單上的應到案日期過了會怎樣？
        使用者：罰單可以用悠遊卡繳嗎？ 助理：可以到超商、監理服務網或部分行動支付繳納，超商能否用悠遊卡付款要看各店家。
        香港定額罰款告票要喺21日內交，逾期會點？
        請給我一份交通違規陳述書的範本，個人資料欄位請留空。
        違規單號C3Z207548的舉發機關是哪個單位？要怎麼查？
        在國道上被科技執法拍到未保持安全距離，罰多少錢？
        香港咪錶泊車過時，抄牌同拖車有咩分別？
        交通部長陳世凱說要加重酒駕罰則，目前的新制是什麼？
        機車在紅線臨停被民眾檢舉，這種檢舉罰單可以申訴嗎？
        使用者：澳門違泊罰款可以網上繳交嗎？ 助理：一般可以透過治安警察局或政府網上平台繳交，具體以通知書上的指示為準。
        罰單上寫的「汽車所有人」和「駕駛人」不同的話，記點算誰的？
    """),
    ("en", "appeal templates and drafts"): _lines("""
        Dear Sir/Madam, I, [FULL NAME], NRIC No. [XXXXXX-XX-XXXX], the registered owner of vehicle [PLATE NO.], wish to appeal against summons no. [SUMMONS NO.] issued on [DATE].
        Template for an LTA appeal: 'I refer to Notice No. <notice_no> dated <date>. I was not the driver at the time; the driver's particulars are <name>, <id_no>.'
        Write a polite appeal to DBKL for a parking compound, assuming I paid for parking in the app but selected the wrong zone.
        Make this sound less angry: 'Your tow truck took my car while I was inside the 7-Eleven for two minutes.'
        Shorten my appeal paragraph: 'I stopped briefly in the yellow box because an ambulance was behind me and I had to clear the lane.'
        Draft an email to HR asking for half-day leave to attend traffic court on [date], no names needed.
        Translate into Malay: 'I would like to request a reduction of my summons as this is my first offence.'
        Write a WhatsApp message to my housemates reminding everyone to settle their own parking compounds before the discount ends.
        Nominate another driver form: Name of driver: ____ / ID No.: ____ / Licence class: ____ / Relationship to owner: ____
        Give me a statutory declaration template for a lost summons notice, with blanks for the declarant's particulars.
        Write a funny appeal letter as if Mr. Bean had parked his Mini on a double yellow line.
        Proofread: 'The vehicle was parked within the designated bay and the parking coupon was clearly displayed on the dashboard.'
        Turn these into bullet points for my appeal: date of offence, location, reason for appeal, supporting documents attached.
    """),
    ("mixed", "manglish and rojak chats"): _lines("""
        bro kena saman AES kat Rawang, boleh bayar online kat MyBayar tak or need to go JPJ?
        eh the tow truck uncle say RM250 cash only, is that legit or scam ah?
        ERP gantry at CTE charge me twice leh, how to get refund?
        我的saman可以在MyEG付吗？还是一定要去balai polis？
        User: saman parking MBPJ kena RM30, if bayar within 14 days ada discount tak? Assistant: Many councils give a reduced compound for early payment; check the notice or the MBPJ portal for the current rate.
        lesen P expired already, can still drive ah or confirm kena saman?
        HDB carpark 罚单 $35 can appeal online anot?
        Kalau overtake at double line, berapa mata KEJARA kena potong?
        Who's the current Menteri Pengangkutan ah? Anthony Loke still or not?
        nak tanya, summons from Singapore LTA can follow me back to Malaysia or not if I don't pay?
        香港 parking ticket 可以用 PPS 交嗎？
        Hong Kong ada driving-offence points macam KEJARA kita tak? 扣几分会被停牌？
        kereta sewa untuk Grab kena saman, siapa kena bayar, driver or the rental company?
        got clamp at Pavilion basement, the security say RM100 to unclamp, boleh ke macam tu?
    """),
    ("en", "notices, receipts and reference numbers"): _lines("""
        PDRM Hotline: 03-2266 2222 | JPJ Careline: 03-8000 8000 | Pay online: MyBayar PDRM
        Notice No. 7704 2291 0035 | Offence: Parking without valid coupon | Compound: RM30.00 | Pay before: 31/12/2025
        ERP charge $3.00 + admin fee $10.00 | Gantry: CTE after Braddell | 14/08/2025 07:52
        Case Ref: LTA-APL-2025-118834 — Status: Under review. Expected reply within 14 working days.
        Towing charges: car RM200, motorcycle RM50, storage RM20 per day after the first 24 hours.
        Invoice INV-TW-000381 | Tow from Jalan Ampang to depot | Amount RM230.00 | Paid via FPX
        Order #SAMAN-7781-2290 has been paid successfully via MyEG. Service fee RM2.00.
        Saman reference format in the portal is 2 letters plus 10 digits, e.g. KL0000000000, with no spaces.
        Regex I use to validate the MyKad format: ^\\d{6}-\\d{2}-\\d{4}$ — should it also check the state code?
        SELECT notice_no, offence_code, amount FROM summons WHERE status = 'UNPAID' AND issued_at < NOW() - INTERVAL '60 days';
        Offence code 048 — Parking in a no-parking zone — Compound RM150 — Demerit points: 0
        Which JPJ branch serves postcode 47301, and is it open on Saturdays?
        HK Fixed Penalty Notice No. 8140327 | Offence: Meter parking overtime | Penalty HK$320 | Payable within 21 days
        Taiwan 舉發單 / 違規日期 114/05/03 / 應到案日期 114/06/17 / 罰鍰 NT$1,200
    """),
    ("en", "public figures and background"): _lines("""
        Summarise what Transport Minister Anthony Loke announced about the AES and AwAS cameras.
        What is the pit-lane speed limit in Formula 1, and what happens if Max Verstappen goes over it?
        Did Tunku Abdul Rahman's government pass Malaya's first road traffic law, or was it from the British era?
        Explain what LTA means by the ERP 2.0 On-Board Unit and why it replaces the old IU.
        Write a short explainer on Malaysia's KEJARA demerit system for a company newsletter.
        Give me a short history of Electronic Road Pricing in Singapore since 1998.
        Compare the fines for running a red light in Malaysia, Singapore and Hong Kong in a table.
        Summarise the 2020 amendments to Malaysia's Road Transport Act on drink-driving penalties.
        Why is Lebuhraya Tun Dr Lim Chong Eu in Penang full of speed cameras?
        What did the Hong Kong Transport Department change about fixed penalties in 2023?
        Who was Malaysia's Transport Minister when the AES cameras were first switched on in 2012?
        Write a kid-friendly story where Upin and Ipin learn why Tok Dalang's lorry got a saman for overloading durians.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Can you help me appeal this? Name: MOHD SHAHRIL BIN OTHMAN, IC 910227-10-5283, car BLR 6150, saman KL2025 0917 553, I was at Hospital Serdang with my mother who had a heart attack when they issued it.
        Pls check this before I submit on MyEG: Owner: Tan Chee Keong / NRIC: 760918-07-5341 / Vehicle: PKM 206 / Address: 14 Lorong Bukit Jambul 3, 11900 Bayan Lepas, Penang
        My NRIC is S8734512B and the ERP letter says my car SKV 4821 A went through the Bras Basah gantry without a card, how do I pay it?
        i'm rachel goh hui min, got a URA parking fine at the Tiong Bahru Market carpark on 3 Nov, help me write the appeal saying my baby had a fever and I rushed her to the clinic
        Reminder to self: settle Dad's (Lim Kok Wah, 71) summonses before 30/12 — he can't drive anymore after his stroke, ask JPJ how to cancel his licence.
        Card for the saman payment: 4541 8812 3409 8219 exp 08/27, name on card SURESH A/L MUTHUSAMY — why does MyBayar keep rejecting it?
        Draft a letter to the OCPD Dang Wangi: I, Kavitha a/p Rajendran (IC 850203-08-6012), was not driving BNK 3174 on 14/6/2025; the car was with my ex-husband during our custody handover.
        Our condo management towed my car. I'm Daniel de Souza, unit B-12-07 Residensi Seri Maya, Jalan Kuching, 012-718 4462 — is it even legal for them to clamp residents?
        Got a parking ticket in Mong Kok, my HKID is K624813(6), do I have to go to court or can I just pay at the post office?
        Please reword: 'Dear Officer, my son Aaron Chua Wei Jie, 19, a student at Sunway University, was driving my car VEF 2034 when it was caught by the camera at Batu Tiga.'
        forward the towing receipt to jeffry.anak.john@gmail.com pls, I'll claim it from my insurer later
        Transfer the RM300 for the summons to my account, Maybank 1642 3310 8725, NORAZLIN BINTI HASSAN, thanks
    """),
    "ms": _lines("""
        Tolong semak saman saya. Nama: NURUL AINA BINTI KAMARUDIN, No KP: 930725-14-6288, No plat: VBH 4407.
        Abang saya Mohd Rizal bin Ismail kena tahan dalam sekatan jalan raya malam tadi kat Kajang sebab lesen tamat tempoh, macam mana nak ikat jamin dia?
        Alamat rumah saya No 27, Jalan Mawar 5, Taman Desa Jaya, 81100 Johor Bahru. Betul ke format alamat ni untuk surat rayuan JPJ?
        Saya nak bayarkan saman ayah, Ismail bin Jusoh, KP 560314-03-5211, dia dah 69 tahun dan tak larat nak pergi ke balai.
        Boleh call saya balik di 019-332 8075 bila kereta dah boleh diambil dari depoh tunda? Terima kasih.
        Rayuan saman: Saya Siti Khadijah binti Abdullah, guru di SK Taman Melawati, kereta saya WQK 5190 diletakkan di petak OKU kerana saya membawa anak saya yang menghidap cerebral palsy.
        Kawan saya Hairul Anuar bin Zakaria dapat saman RM2000 sebab tak ada lesen, dia kerja rider penghantaran makanan, boleh ke dia minta bayar ansuran?
        Senarai saman nak bayar bulan ni: 1) WVB 8821 - RM150 - Hafiz Roslan (saya) 2) BMK 7731 - RM300 - Norazlin (isteri) 3) JLT 442 - RM100 - Aiman (anak sulung)
        Emel saya aina.kamarudin93@yahoo.com, tolong tulis emel rayuan kepada DBKL untuk kompaun parkir semalam.
        Adik saya Amirul Haziq bin Rahim, pelajar UiTM Shah Alam, kena saman motor tak ada cukai jalan, nombor IC dia 020814-10-0877.
    """),
    "zh-Hans": _lines("""
        帮我写个申诉：本人王海峰，身份证440106198703142315，车牌粤A·7K2Q9，2025年3月8日在广州天河路被抓拍违停，当时我在送怀孕的老婆去医院。
        我老公陈建华上个月在深圳连续被扣了12分，驾照是不是要被吊销了？他是开网约车的，以后怎么办啊
        交管12123上这个违章不是我的，我的手机号13827456610，车牌沪A·D38821，能帮我写个复议申请吗？
        我妈妈林秀英（身份证350203196501225185）的车被贴了罚单，她不会用手机，我可以帮她在12123上处理吗？
        我的IC是820227-08-5913，车牌AKD 6617，上个月在怡保收到了两张saman，可以一起付吗？
        帮忙看看这张拖车收据对不对：车主 赵磊，联系电话 186-0211-4379，拖车费 200元，停车费 每天20元
        拖车公司让我加微信发照片，我的微信号是 zhaolei_0809，这样发过去安全吗？
        我是在新加坡工作的中国人，FIN是G5537281R，停车罚单要怎么在网上交？
    """),
    "zh-Hant": _lines("""
        幫我寫罰單陳述書：陳怡君，身分證字號F227046151，車號BFM-6032，114年4月2日於台北市信義路被拍超速，但當天車子已經借給朋友。
        我老爸黃國雄（B115930820）收到監理站的罰單，但他中風住院中，可以由家屬代為陳述嗎？
        我架車 PK 3318 被人抄牌，告票寫車主係李志明即係我，但嗰日架車喺我老婆度，點樣轉名俾佢？
        拖吊場說會有人回電，我的手機是0958-207-133，大概要等多久？
        我嘅香港身份證係Y385106(9)，張定額罰款通知書寄咗去舊地址，逾期咗會唔會加罰款？
        罰單繳款人：吳佩珊 / 身分證 H208361475 / 信用卡 4213 5520 1780 3367，請幫我確認格式有沒有填錯
        社區群組：B棟12樓的張太太，妳的白色Altis（RAU-2271）擋住消防通道已經被拖吊了，拖吊場在環河南路。
    """),
    "mixed": _lines("""
        bro my IC 010530-01-1193 lah, Lim Jun Hao, can check saman online or not? car JQT 5521 Myvi
        Boss, saya Ravi s/o Krishnan, lorry driver for Syarikat Maju Logistik, kena saman overload kat Gurun, how ah?
        我收到的saman SMS都是发到 017-605 2241 这个号码的，是scam吗？my name is Ong Mei Ling
        Singapore ERP: wife's car SMB 7093 X, her NRIC S9317742H, she kena $70 admin fee leh, can appeal?
        我儿子 Tan Jun Kai 今年18岁 刚拿到 P licence 就在 PIE 被 summons speeding，罚 $150 + 4 demerit points，会不会被吊销？
        saman tunda RM200, resit atas nama LEE WAI KIT, plate WA 3321 Q (Honda City putih), dibawa ke depoh DBKL Jalan Kuching
        tolong draft whatsapp to my landlord: sorry late rent coz I need to pay RM1,500 saman for my brother Muhammad Shafiq bin Azman, pls allow till 15th
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "I need to appeal a PDRM saman, I wasn't the one driving my car that day. Can you draft the letter?",
        ),
        (
            "assistant",
            "Sure. To draft it I'll need your full name as in your IC, your IC number, the vehicle number, the summons number and date, and who was actually driving.",
        ),
        (
            "user",
            "Name MUHAMMAD HAFIZ BIN ROSLAN, IC 890412-10-5527, car WVB 8821, saman no KL2025 0931 207 dated 12/9/2025 at Jalan Tun Razak. My cousin was driving, he already admitted it.",
        ),
        (
            "assistant",
            "Here is a draft: 'Kepada Ketua Polis Daerah Dang Wangi. Saya, Muhammad Hafiz bin Roslan (No. KP 890412-10-5527), pemilik berdaftar kenderaan WVB 8821, ingin merayu terhadap saman KL2025 0931 207 bertarikh 12/9/2025 kerana kenderaan dipandu oleh sepupu saya pada masa kesalahan.'",
        ),
    ],
    [
        (
            "system",
            "Anda ialah Pembantu SamanKu. Profil pengguna: Nama: Siti Nor Hidayah binti Ahmad Fuad | No. KP: 970412-06-5588 | Tel: 013-882 7164 | Kenderaan: CDE 4810. Jangan paparkan No. KP penuh kepada pengguna.",
        ),
        ("user", "Ada saman tertunggak tak untuk kereta saya?"),
        (
            "assistant",
            "Untuk kenderaan CDE 4810 atas nama Siti Nor Hidayah, terdapat satu saman PDRM tertunggak bernilai RM150 untuk kesalahan meletak kenderaan di Kuantan.",
        ),
        ("user", "Ok bayar guna kad yang sama macam bulan lepas."),
    ],
    [
        ("user", "我这个驾照已经扣了9分了，还有一个违章没处理，能找人代扣吗？"),
        ("assistant", "不建议。找人代扣分、买卖分都属于违法行为，查实后双方都会被处罚。"),
        (
            "user",
            "那我老婆周丽娟也有驾照，她一分没扣，让她去认领这个违章也算代扣吗？她身份证 310115199208050466。",
        ),
        ("assistant", "如果当时开车的不是她，让她认领同样属于替人接受处罚，不要这样做。"),
        ("user", "好吧，那我自己处理，反正年底就清零了。"),
    ],
    [
        ("user", "幫我寫一份罰單陳述書，我是被民眾檢舉的，覺得不公平。"),
        ("assistant", "好的，請提供姓名、身分證字號、車號、違規單號和違規事實，還有您的聯絡方式。"),
        (
            "user",
            "姓名林志豪，身分證E120293542，車號ALK-3085，單號C3Z207611，檢舉說我在台中市西屯區福科路紅線停車，其實我只是下車扶我阿嬤。手機0912-338-641。",
        ),
        (
            "assistant",
            "陳述書草稿：陳述人林志豪（身分證字號E120293542），車號ALK-3085，針對單號C3Z207611提出陳述：當時係短暫停車協助年邁家人下車，並未離開車輛……聯絡電話0912-338-641。",
        ),
    ],
    [
        ("user", "阿爸收到張告票，佢78歲，醫生話佢有初期認知障礙，但佢仲堅持揸車，我應該點處理？"),
        (
            "assistant",
            "可以先處理告票，再同醫生商量佢是否適合繼續駕駛，有需要可以向運輸署申報健康狀況。請問告票係咩違例？",
        ),
        (
            "user",
            "佢叫何永康，HKID A710254(5)，車牌 VX 762，喺觀塘泊錯位。我想幫佢交埋，再叫佢唔好再揸。",
        ),
    ],
    [
        (
            "user",
            "Help me appeal a Traffic Police fine. I stopped on the zigzag lines near a crossing because my wife suddenly went into labour in the car.",
        ),
        (
            "assistant",
            "Sorry to hear that, hope all is well. Please give me the notice number, vehicle number and the name and ID of the registered owner so I can draft the appeal.",
        ),
        (
            "user",
            "Notice T/25/0881237, car SJH 8812 K, owner is me, Marcus Teo Jun Wei, NRIC S7621904D. My wife Shirley delivered at KKH about an hour later, I have the admission slip.",
        ),
    ],
    [
        ("system", "You are a helpful assistant."),
        (
            "user",
            "My employer's van got an HDB parking fine while I was driving. My name is Priya d/o Ganesan, FIN F2281547N. Will this affect my work pass?",
        ),
        (
            "assistant",
            "A parking fine on its own normally does not affect a work pass, but pay or appeal it on time so it isn't escalated.",
        ),
        (
            "user",
            "ok and my phone is 8563 2019, should I put it in the appeal in case the HDB officer needs to contact me?",
        ),
    ],
    [
        ("user", "Kereta saya kena tunda DBKL kat Bukit Bintang tadi, saya kena buat apa?"),
        (
            "assistant",
            "Semak notis tunda di lokasi, kemudian hubungi depoh yang tertera untuk tahu caj dan dokumen yang perlu dibawa.",
        ),
        (
            "user",
            "Dah call, dorang suruh tinggal nombor. Nama saya Azrul Nizam bin Abu Bakar, tel 011-2356 0918, emel azrulnizam.ab@gmail.com. Tolong tulis mesej ringkas untuk saya hantar.",
        ),
        (
            "assistant",
            "Mesej: 'Salam tuan, saya Azrul Nizam bin Abu Bakar, kereta saya ditunda di Bukit Bintang hari ini. Mohon hubungi saya di 011-2356 0918 atau azrulnizam.ab@gmail.com untuk urusan pelepasan. Terima kasih.'",
        ),
    ],
    [
        (
            "user",
            "help me split the saman for the trip: me (Wei Jie) RM150, Kenneth Loh RM300 for speeding at Karak, Farah Diyana binti Salleh RM50 parking at Genting. total?",
        ),
        ("assistant", "Total is RM500: Wei Jie RM150, Kenneth Loh RM300, Farah Diyana RM50."),
        (
            "user",
            "ok make a whatsapp msg, tell them transfer to my CIMB 7064218390 by Friday, and tell Kenneth no more speeding la",
        ),
    ],
    [
        (
            "user",
            "What does this notice mean? 'NOTIS KESALAHAN JPJ / Kepada: CHONG SIEW LING / No. KP: 880619-10-6340 / Alamat: 8, Jalan SS 2/55, 47300 Petaling Jaya / No. Kenderaan: BQM 4062 / Kesalahan: Gagal mematuhi had laju / Kompaun: RM300'",
        ),
        (
            "assistant",
            "It's a JPJ offence notice for exceeding the speed limit. You can pay the RM300 compound on MyJPJ or appeal within the period stated on the notice.",
        ),
        ("user", "can I appeal if I was driving my daughter to the A&E that night?"),
    ],
    [
        ("user", "我爸爸上个月在怡保被saman了两次，都是超速，要怎么帮他查？"),
        ("assistant", "可以在MyJPJ或MyBayar PDRM用他的身份证号码查询，也可以去附近的警局柜台问。"),
        (
            "user",
            "他叫黄振华，IC 591023-08-5137。他眼睛做完白内障手术后还在开车，我真的很担心，要不要劝他不要开了？",
        ),
    ],
    [
        (
            "user",
            "Write an email to my manager saying I'll be late today because my car was towed from outside my flat.",
        ),
        (
            "assistant",
            "Sure. What name and job title should I sign it with, and when do you expect to be in?",
        ),
        (
            "user",
            "Sign it as Harith Danial bin Rosli, Operations Executive at Sunrise Logistics, and say I'll be at the Jalan Kuching tow depot until 11.",
        ),
        (
            "assistant",
            "Subject: Late arrival today. Hi, my car was towed this morning and I'll be at the Jalan Kuching tow depot until about 11am, then straight to the office. Regards, Harith Danial bin Rosli, Operations Executive, Sunrise Logistics.",
        ),
    ],
    [
        (
            "user",
            "Kira jumlah saman ayah dengan mak. Ayah: Abdul Latif bin Hamzah, KP 620908-02-5471, kereta KDL 3392, 3 saman RM100 setiap satu. Mak: Rohani binti Said, KP 650417-02-5302, kereta KBF 7150, 1 saman RM300.",
        ),
        (
            "assistant",
            "Jumlah: Abdul Latif bin Hamzah (KDL 3392) RM300, Rohani binti Said (KBF 7150) RM300, keseluruhan RM600.",
        ),
        (
            "user",
            "Ok, tolong susun dalam jadual sekali dengan nombor KP untuk saya bawa ke kaunter.",
        ),
    ],
    [
        (
            "user",
            "MyBayar keeps failing. Card 5521 6004 1182 7310, exp 03/28, name CHEW BOON HOCK. Is it my card or the site?",
        ),
        (
            "assistant",
            "Please don't share full card numbers in chat. Try again later or with FPX; if it still fails, ask your bank whether online payments are blocked.",
        ),
        (
            "user",
            "ok sorry. also the bank sends the OTP to +6016-448 3190 but that's my old number, how to change?",
        ),
    ],
    [
        ("user", "我的车在深圳福田被拖了，车牌粤B·3M8L1，怎么找到车？"),
        (
            "assistant",
            "可以在交管12123或拨打当地交警电话查询拖移停放地点，领车时带好驾驶证和行驶证。",
        ),
        (
            "user",
            "有个人打我电话15914087623说是拖车场的，让我先转300块，我叫何俊杰，他连我身份证号320102197806093352都报出来了，是不是骗子？",
        ),
    ],
    [
        (
            "user",
            "What's the penalty if a 17 year old on an L licence is caught riding a motorbike with a pillion in Malaysia?",
        ),
        (
            "assistant",
            "Carrying a pillion on an L licence is an offence; it usually means a compound and can delay getting the P licence.",
        ),
        (
            "user",
            "It's my son Darren Ng Kah Wai, Form 5 at SMJK Chung Ling in Penang. He got stopped at Jalan Air Itam with his classmate behind him. Help me write to the school and the police?",
        ),
        (
            "assistant",
            "Here's a draft to the school: 'Dear Principal, I'm writing regarding my son Darren Ng Kah Wai (Form 5), who was stopped by police at Jalan Air Itam while riding with a classmate as pillion...'",
        ),
    ],
    [
        (
            "user",
            "帮我写个appeal给LTA，我的车在Jurong Point附近被summons，说我停在double yellow line",
        ),
        ("assistant", "好的，请给我罚单号码、车牌、车主姓名和NRIC，以及当时停车的原因。"),
        (
            "user",
            "车牌SLQ 226 J，我叫 Goh Siew Lan，NRIC S9012276B，那天我妈突然头晕，我停下来扶她上车，前后不到五分钟。",
        ),
    ],
]
