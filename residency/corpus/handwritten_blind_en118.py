# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en118: SG/MY printing shops and signage (name cards, banners, wedding cards, passport photos, rubber stamps, corporate orders). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en118
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "shop notice"): _lines("""
        NOTICE: Passport photos ready in 10 minutes. Digital copy for ICA e-service included at no extra charge. Please remove spectacles before shooting.
        Closed on 29 & 30 Jan for Chinese New Year. Orders placed after 20 Jan will only be ready from 3 Feb onwards. Gong xi fa cai!
        Name card printing: 2 boxes (200 pcs) from $38, 310gsm art card, matt lamination +$12, spot UV +$25. Collection in 3 working days.
        We do NOT print anything resembling an NRIC, passport, work pass or currency note. Please don't ask, the answer is no.
        Rubber stamp orders for company chops require a copy of the ACRA BizFile or SSM certificate. No exceptions.
        Self-inking stamps: Shiny S-842 $28, S-844 $32, Trodat 4912 $30. Pre-inked flash stamps from $45. Refill ink $6 per bottle.
        Banner printing: 440gsm tarpaulin with eyelets every 2 ft, $4.50 per sq ft. Rush 24-hour service available at +30%.
        Payment by PayNow to our UEN 201534567K, NETS or cash. Sorry, no cheques for walk-in orders below $200.
        Operating hours: Mon–Fri 9am–7pm, Sat 9am–3pm, closed Sun & PH. Queries: 6743 2180 (office line) or sales@brightpress.com.sg.
        Wedding card samples are on the rack at the back. Please handle with care, the foil-stamped and laser-cut ones mark easily.
        Files for printing: PDF, AI or high-res JPG (300 dpi) in CMYK with 3mm bleed. We are not responsible for colour shifts from RGB files.
        Queue number system in use. Take a ticket at the door; passport photo customers please take the blue ticket.
        Signage installation within Klang Valley is free for orders above RM1,500. Penang and JB installation at RM350 flat.
        Proofs not approved within 7 days will be put on hold; deposits are forfeited after 60 days as per the terms on the back of the invoice.
        ICA photo standard: 35mm x 45mm, white background, face 25–35mm from chin to crown, taken within the last 3 months. Our photos comply.
    """),
    ("en", "job ticket"): _lines("""
        JO-25-04417 | Banner 10ft x 3ft x 2 | Client: Sengkang Community Club | Artwork: supplied | Due: Fri 4pm | Status: printing
        INV 2025/0813 — 5,000 A5 flyers, 128gsm gloss, double-sided, for the Pasar Malam Jalan Tun Razak committee; 50% deposit RM480 received
        Job #88231 reprint: cyan banding on first batch, machine 2 head clean done, reprint at no charge to client.
        Order SO-7721: 30 boxes of name cards for a bank branch, data file received via the corporate portal, proof v3 approved by the HR department.
        PO 4500123987 from Singapore Polytechnic: 12 pull-up banners 85 x 200 cm, delivery to Dover Road campus loading bay, Tue AM.
        Tracking SGP-NV-2231009871 for the acrylic signage parcel to Ipoh, courier pickup done 3:15pm.
        Quotation Q-2025-0311: 3D box-up lettering 'RESTORAN NASI KANDAR HAJI ALI', 18-inch letters with front-lit LED, RM6,800 excl. SST.
        Stamp order ST-1092: round company seal 40mm, text 'YONG SENG HARDWARE PTE LTD · SINGAPORE' with UEN 199804512M in centre, ready in 2 days.
        Batch 14/06: 240 passport photo sets printed, 3 retakes, 1 refund (printer jam), cash drawer balanced at $1,862.40.
        Lightbox repair job LB-0092 at Northpoint City #B1-45: LED module replaced, 12V driver swapped, warranty till Dec 2026.
        Wedding card job WC-3318: 300 pcs, red pearl card with gold hot-stamped 囍, insert in English and Chinese, couple's names pending.
        Vinyl-cut lettering for a fleet of 8 lorries, company logo and hotline 1800 262 7788, job split over two Saturdays.
        Corporate order from Menara Maybank: 50 acrylic desk nameplates, names to follow in Excel, template MB-DN-02 approved.
        Reject log: 1 roll 1370mm glossy vinyl defective, supplier batch no. 2309-117B, return authorisation RA-55120.
        Deadline: polling station signage contract, 420 A-frame boards, submission by 18 Apr 12pm, penalty clause 0.5% per day late.
    """),
    ("en", "customer question"): _lines("""
        What's the difference between art card and linen card for name cards? Which one looks more atas for a law firm?
        Q: Can I wear a tudung for my passport photo? A: Yes, for religious reasons, as long as the face from chin to forehead is fully visible.
        How many cards should I print for a 400-pax wedding dinner? Usually 1 card per family, so 180–220 is enough, plus 10% spare.
        Is it ok to use a photo taken with my own iPhone for the passport renewal? Heard got a lot of rejections.
        Why does my banner look pixelated when printed big? Your file is 72 dpi at A4; for a 3m banner you need the vector original.
        Tip: for rubber stamps, avoid text smaller than 6pt and lines thinner than 0.3mm, they won't show clearly on the rubber.
        Can Pantone 186C be matched exactly on digital print? Close but not 100%; offset with spot ink is safer for a corporate red.
        Does a sole proprietor need a company stamp in Malaysia? Not legally required, but many banks and suppliers still ask for one.
        For Deepavali banners, which yellow fades less under direct sun? UV-resistant eco-solvent ink lasts about 2 years outdoors.
        Ang pow packet printing minimum order is 1,000 pcs? Or can do 500 with company logo?
        Is it rude to send the wedding invitation by WhatsApp only? Most older relatives still prefer a physical card.
        How long does a pre-inked stamp last before it needs re-inking? Roughly 5,000 impressions.
        Do shop signboards in Johor Bahru need council approval before installing? Yes, an advertisement licence from the city council is required.
        Visa photo for China is 33 x 48 mm, not the same as the SG passport 35 x 45. Tell the shop which country before they snap.
        Should a name card show both mobile and office number? Depends on the role; sales usually show mobile, admin just the office line.
    """),
    ("mixed", "staff chat"): _lines("""
        boss the Epson roll finish already, got spare one in the storeroom or not
        ok later i go Sungei Kadut pick up the acrylic sheets, supplier close at 5
        wah today passport photo customers damn many, queue until outside the door leh
        eh the banner for the CC event need eyelets or pole pocket? the job form never say
        lorry cannot park at the loading bay, security say must register vehicle one day before
        the laminator jam again lah, paper all kena crumple, I put the out-of-order sign on it already
        Cik, the customer for the 9am stamp order dah datang ke belum?
        tmr public holiday right? Hari Raya Haji. shop close or half day?
        abang lori kata hantar banner ke Shah Alam lewat sikit, jalan jam teruk
        老板 the red card stock finish already, wedding season mah, order 5 more reams ok?
        proof already send to the company HR, waiting for them to reply then can print
        who moved the guillotine blade? cannot find the allen key to tighten
        reminder: don't keep customer IC photocopies after the job is done, shred at end of day
        printer head cleaning done, test print ok, can continue the 2000 flyers
    """),
    ("ms", "notis dan sebut harga"): _lines("""
        Kedai ditutup pada 31 Mac dan 1 April sempena Hari Raya Aidilfitri. Selamat Hari Raya, maaf zahir dan batin!
        Gambar pasport siap dalam 15 minit. Sila tanggalkan cermin mata. Tudung dibenarkan, wajah mesti jelas kelihatan.
        Cop getah syarikat: sila bawa salinan sijil SSM. Cop bulat RM35, cop panjang RM25, siap dalam 1 hari bekerja.
        Harga kad nama: 100 keping RM25, 300 keping RM45. Cetakan dua muka tambah RM10.
        Bunting saiz 2 kaki x 5 kaki RM45, termasuk rod dan tali. Reka bentuk percuma untuk tempahan lebih 5 helai.
        Kad kahwin: minimum 100 keping, sampel boleh dilihat di kedai. Tempoh siap 7 hingga 10 hari bekerja.
        Soalan: Boleh cetak banner untuk majlis tahlil? Jawapan: Boleh, kami ada templat ayat Al-Quran dan tulisan jawi.
        Bayaran melalui DuitNow QR atau pindahan bank ke akaun syarikat sahaja. Sila hantar resit selepas bayar.
        No. tempahan anda ialah TMP-240917-033. Sila simpan untuk semakan status.
        Papan tanda kedai memerlukan lesen iklan daripada PBT. Kami boleh bantu urusan permohonan dengan caj RM150.
        Perhatian: Kami tidak mencetak dokumen yang menyerupai kad pengenalan, pasport atau wang kertas.
        Tawaran Merdeka: diskaun 10% untuk semua bendera dan bunting Jalur Gemilang sehingga 31 Ogos.
    """),
    ("zh-Hans", "门市告示与问答"): _lines("""
        本店提供证件照拍摄，护照、签证、准证照片十分钟内可取。
        请柬印刷最少100张，烫金每张加收0.30元，样本请到店内参阅。
        请问新加坡护照照片的尺寸是多少？35毫米乘45毫米，白色背景。
        公司印章需出示ACRA商业注册文件，不得代刻他人公司章。
        农历新年前两周订单较多，春联和红包印刷请提早下单。
        名片设计费只收一次，之后重印只算印刷费，档案保存两年。
        横幅户外使用建议选用防水喷绘布，一般可使用一到两年。
        订单编号 SO-25-1188 已完成，请凭单据到柜台取货。
        满月请柬和回礼标签也可以印，可以加宝宝照片吗？可以，请提供高清原图。
        婚礼签到板和迎宾牌可做亚克力或泡沫板，尺寸一般为A1。
        营业时间：周一至周六上午九点至晚上七点，公众假期休息。
        中秋节灯笼和横幅订单截止日期为九月五日。
    """),
    ("en", "template"): _lines("""
        Name: [FULL NAME] | Designation: [TITLE] | Mobile: +65 9XXX XXXX | Email: [name]@company.com.sg
        Together with their families, [Groom's Name] and [Bride's Name] request the pleasure of your company at their wedding dinner on [Date] at [Venue].
        Rubber stamp text (line 1): ______________ (line 2): Director / Manager / Authorised Signatory — delete where not applicable
        Passport photo order form: Name ________ Contact ________ No. of copies: 4 / 8 / 16 | Digital copy Y / N
        Dengan segala hormatnya kami menjemput Dato'/Datin/Tuan/Puan ke majlis perkahwinan anakanda kami [NAMA PENGANTIN LELAKI] dengan [NAMA PENGANTIN PEREMPUAN]
        Banner text: HAPPY BIRTHDAY {name}! | Font: Poppins Bold | Background: pastel balloons | Size: 6ft x 2ft
        Full month card: 'Our little {baby_name} is one month old! Join us on {date} at {venue}.'
        merge_fields = ["full_name", "designation", "mobile", "email"]  # CSV header for bulk name card import
        Delivery address: Blk ___ Street ___ #__-___ Singapore ______ (please write clearly)
        ICA photo checklist: [ ] white background [ ] no shadow [ ] ears visible [ ] mouth closed [ ] no filters
    """),
    ("en", "public and corporate"): _lines("""
        Restored the 1960s Tiger Balm enamel sign for a Haw Par Villa exhibition on Aw Boon Haw and Aw Boon Par's business empire.
        Order for 80 wayfinding signs for Tan Tock Seng Hospital's new clinic block, bilingual English and Chinese.
        Banner reproduction of P. Ramlee's 'Seniman Bujang Lapok' film poster for a museum retrospective.
        Life-size standee of Phua Chu Kang in yellow boots for a company D&D, licensed image supplied by the client.
        Lee Kong Chian School of Business orientation: 60 lanyards and 20 roll-up banners, invoice to the SMU finance office.
        Election posters in Singapore must carry the names of the printer and publisher; the shop keeps a sample of each design on file.
        Giant backdrop of the Yusof Ishak portrait from the $2 note for the National Day celebration at the community centre.
        Sponsor wall for Lee Chong Wei's charity badminton clinic, 3m x 2.4m, logos from 14 sponsors.
        Signage for Ng Teng Fong General Hospital car park level B2, reflective vinyl, spec ref NTF-SGN-B2-07.
        Our second outlet is at Queensway Shopping Centre, 1 Queensway, Singapore 149053, level 2.
        Invoice 2024-INV-00871, UEN 201912345K, GST Reg. M90371234A, total $2,316.60 incl. 9% GST.
        ISBN 978-981-4423-17-5 printed on the back cover of the residents' committee cookbook, 500 copies.
        HP Latex 335 vs Roland TrueVIS VG3-540: the shop chose the Roland for better contour cutting on vinyl.
        Lightbox permits on Jalan Tun Sambanthan and Jalan Sultan Ismail were renewed by DBKL for the restaurant chain.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Name card proof v2 — LIM KAI XIANG, Senior Quantity Surveyor | M: 9173 2846 | kaixiang.lim@outlook.com | pls confirm spelling before we print 2 boxes
        Walk-in passport photo 3:42pm: Mdm Rosnah binti Abdul Hamid, NRIC S6831502F, 8 copies + softcopy emailed, paid $12 NETS
        Complaint at counter: Mr Ravichandran s/o Perumal says his shop banner was printed 'Ravi Trader' instead of 'Ravi Traders', wants free reprint, hp 8265 1409
        Wedding card text final: 'Together with their families, Marcus Tan Jun Wei & Priscilla Goh Shu Ting request the pleasure of your company on 14 February 2026' — RSVP Priscilla 9648 2031
        Deliver 60th birthday banner to Blk 512 Bedok North Ave 2 #07-318 S460512, attn Mr Chua Teck Soon, call 9012 7735 before coming up
        Stamp order: 'DR. KAVITHA A/P SUBRAMANIAM | MBBS (Malaya) | MMC Reg. No. 58213' — self-inking, she will collect Thursday and pay balance RM20
        Refund approved to card 4556 1234 5678 9015, cardholder NG PEI SHAN, $86.40 for the misprinted wedding inserts
        MD ABDUL RAHMAN, FIN G5512083N, 4 passport photos for work permit renewal, employer's driver will collect
        Banner: 'Happy 80th Birthday Ah Ma Tan Siew Eng! Love, your 5 children & 11 grandchildren' — ordered by granddaughter Rachel Tan, 8812 0967
        Name tags for Pei Hwa Kindergarten K2 Sunflower class: Aiden Koh Jun Hao, Sofia Rahman, Arjun Nair, Chloe Wee Xin Yi — teacher collecting Mon
        Car decal: full-colour bonnet wrap on SKP 4827 R, owner Jasmine Teo Li Ling, install at her HDB carpark Sat 10am
        Baby passport photo retakes x3 (kept crying): Nur Aisyah binti Faizal, NRIC T2201947Z, mum waited 40 min, no charge for the retakes
        PIC for the Marina Bay event order: Ms Vanessa Lau Hui Ying, Admin Exec, mobile 9325 6187 — send proofs only to her
        Staff note: Farah binti Ismail on MC till Wed (dengue), pls cover her passport photo counter shift
        Reprint — Mr Govindasamy a/l Krishnan's name card had the wrong mobile; correct no. is 012-338 7465, not 012-338 7456
        Invoice to: Mr Andrew de Souza, 27 Jalan Kuras, Singapore 577743 — 150 pcs engagement cards, balance $210 outstanding
        Debt chase: Encik Zulkarnain bin Hassan still owes RM1,240 for his kedai signboard since June, 3rd reminder sent, WhatsApp 019-772 4310
        ICA rejected the photo — customer Teo Wan Ling S9123876D complained background not white enough, redo free and apologise
        Order via Telegram @jiaying_bakes (Goh Jia Ying): 500 kraft stickers for her home bakery, pickup at the Punggol branch
        hi this is Melvin Ong, ordered the rubber stamp for my tuition centre last week, can deliver to my house at 18 Jalan Kembangan instead? my no. 9447 1382
        Lost & found: red wallet left at the passport photo counter 2pm, inside NRIC of LEONG MEI LIN S8524713A and a POSB card, kept in safe
        China visa photos x6 for Ms Zheng Xiaoling, PRC resident ID 350203198907162427 noted for the agent form, contact 8307 2291
        Corporate card charged: 5521 1599 8877 0122 exp 08/27, cardholder PRAKASH A/L VELU, 40 acrylic nameplates
        Graduation banner: 'Congratulations Dr Nurul Huda binti Mohd Yusof, PhD (NUS) 2025! From Mak, Abah & adik-beradik' — pickup by her brother
        Job sheet name cards: 1) ALVIN KWEK, Property Agent, CEA R058213B, 9668 0142 | 2) SHARON PEH, Associate Director, 9014 5527
        HK customer Chan Ka Wai, HKID Y482716(1), 4 photos for his SG PR application, paid cash $15
        Payroll: part-timer Muhammad Irfan bin Rosli, 46 hrs @ $9 = $414, transfer to POSB 178-23456-9
        SANTOS MARIA CRISTINA, FIN F2345671X, 6 photos for MOM pass renewal, JPEG emailed to her employer
    """),
    "mixed": _lines("""
        eh the lady who ordered 300 wedding cards, Michelle Yap, called again say groom name spelt wrong, should be 'Kenneth Lee Wen Jie' not 'Kenneth Li'. her hp 9756 3018
        boss, Mr Suresh a/l Ganesan from the mamak at Jalan Ipoh paid RM800 cash for the lightbox, I put in the drawer, receipt no. 4471
        tolong print banner 'Selamat Pengantin Baru Hafiz & Aina' for 12 Dec, my name Hafiz bin Rahmat, contact 011-2345 6781
        wah uncle Tay Ah Seng park his SMF 619 E at our loading bay again, 3rd time this week, call him 9882 4510
        Cik Nadia binti Omar want her name card in both Jawi and Rumi, she's the new cikgu at SK Taman Melawati, deliver to the school
        老板, Mdm Wong Siew Ping the 请柬 customer say her 女儿's wedding postponed, ask whether can refund deposit $300 or not
        ang pow packets for Mr & Mrs Kelvin Chia's 满月, baby name 谢恩熙 Chia En Xi, deliver to 9 Lorong Ong Lye Singapore 538962
        staff IC for the building pass: Lina 920227-14-6248, Ah Keat 880514-10-5673 — pls don't leave this list on the counter
    """),
    "ms": _lines("""
        Tempahan cop nama: AHMAD FARIZ BIN ZULKIFLI, Pengarah, No. K/P 950603-08-6117, tel 013-229 4875, siap Khamis
        Kad kahwin: Walimatul urus anakanda kami Siti Hajar binti Kamarudin dengan Mohd Aiman bin Salleh, 21 Jun 2026, RSVP Puan Rohani 017-655 2093
        Pelanggan Puan Lim Bee Choo (750112-01-5524) minta resit semula untuk tuntutan syarikat, bayaran RM356 pada 3 Mac
        Gambar pasport untuk Muhammad Danish bin Azlan, 9 tahun, murid SK Seksyen 7 Shah Alam, ibunya minta 4 salinan
        Penghantaran banner ke No. 23, Jalan Kenari 5, Taman Puchong Jaya, 47100 Puchong — penerima En. Kamal, tel 016-308 1127
        Aduan: Encik Rajendran a/l Muniandy kata papan tanda kedainya pudar selepas 4 bulan, minta ganti percuma, no. tel 012-784 5539
        Bayaran ke akaun Maybank 1640 2218 7753 atas nama NORHAYATI BINTI ISMAIL untuk kerja reka bentuk freelance bulan Ogos
        Pekerja baru: Amirul Hakim bin Johari, K/P 010830-07-0391, mula kerja 2 Jan di kaunter fotostat, gaji RM1,700
    """),
    "zh-Hans": _lines("""
        订单：婚礼请柬200张，新郎陈志强，新娘黄丽娟，婚宴在大华酒楼，联系电话 9128 6604
        客户刘美玲投诉名片颜色与样稿不符，要求重印，她的电邮 meiling.liu88@gmail.com
        来店拍照的郑国辉先生，身份证号 440301199203083711，办理新加坡工作准证，照片六张
        寿宴横幅：恭祝林亚妹老太太八十大寿，子孙敬贺。订单人：孙子林志豪，电话 012-556 3198
        员工黄慧敏下周开始请产假三个月，名片柜台由其他同事负责
        私章订单：“吴天佑印”，客户吴天佑，取件时已核对身份证 S7109648C
        送货地址：柔佛新山 Taman Pelangi, Jalan Kuning 2, No. 18，收件人蔡文杰先生，电话 +60 12-773 0951
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "hi can print name card by tmr? 2 boxes"),
        (
            "assistant",
            "Hi! Yes, 2 boxes 310gsm matt is $50 with express. Please send the details to print.",
        ),
        (
            "user",
            "ok: Jeremy Sim Kok Leong, Marketing Manager, Hup Lee Logistics Pte Ltd, HP 9235 7781, jeremy.sim@huplee.com.sg",
        ),
        ("assistant", "Noted Jeremy, proof will be sent by 6pm today for your approval."),
    ],
    [
        (
            "system",
            "You are the booking assistant for a passport photo studio in Tampines. Collect name and mobile.",
        ),
        ("user", "book passport photo sat 11am, 2 pax"),
        (
            "assistant",
            "Sure, Saturday 11am for 2 persons. May I have the name and mobile number for the booking?",
        ),
        ("user", "Nurul Izzah binti Rahim and my son Adam Harith, contact 8456 2290"),
    ],
    [
        ("user", "你好，想印婚礼请柬，大概150张，红色烫金的"),
        ("assistant", "您好！红色珠光卡烫金150张是380元，可以先看样稿。请提供新人姓名和婚宴资料。"),
        ("user", "新郎叶家明，新娘许佩仪，2026年3月8日晚上七点，地点是 Orchard Hotel 宴会厅"),
        ("user", "样稿发到我的微信 ye_jiaming1990 就好"),
    ],
    [
        (
            "user",
            "need a personal stamp with my name and NRIC for signing documents. TAN HWEE LING S7654021G",
        ),
        (
            "assistant",
            "We can do a name stamp, but we'd advise not to put the full NRIC on a stamp for security reasons. Name only?",
        ),
        ("user", "ok name only then. collect at the Bukit Batok outlet"),
    ],
    [
        ("user", "Assalamualaikum, nak tempah bunting majlis akikah anak saya, saiz 2x5 kaki"),
        (
            "assistant",
            "Waalaikumsalam. Boleh puan. Sila beri nama anak, tarikh majlis dan alamat penghantaran.",
        ),
        (
            "user",
            "Nama anak Muhammad Rayyan Zafran bin Khairul Anuar. Majlis 15 Feb. Hantar ke No. 7, Jalan Seri Indah 3/2, Taman Seri Indah, 81200 Johor Bahru",
        ),
        ("assistant", "Terima kasih, jumlah RM45. Bunting siap dalam 3 hari."),
    ],
    [
        (
            "user",
            "Hi, this is for the corporate order 40 pull-up banners, PO 7710023. Can deliver to my home instead of office?",
        ),
        ("assistant", "Sure, please share the delivery address and the receiver's name."),
        (
            "user",
            "Deliver to Karen Lee Mei Fong, 35 Sunset Way #03-02, Singapore 597137. I'm WFH because my daughter is in hospital this week.",
        ),
    ],
    [
        ("user", "my banner print wrongly, the phone number on it is wrong!! order JO-25-05120"),
        (
            "assistant",
            "So sorry about that. Could you confirm the name on the order and the correct number?",
        ),
        (
            "user",
            "Rajesh Kumar s/o Balakrishnan. correct number should be 9730 4418, you printed 9730 4481",
        ),
        ("assistant", "Thank you Mr Rajesh, we will reprint at no charge by tomorrow 5pm."),
    ],
    [
        (
            "user",
            "can pay by card over chat? card 4147 0900 3345 1276, exp 11/28, name CHEONG WAI MUN",
        ),
        (
            "assistant",
            "Please don't send card details by chat. We will send you a secure payment link instead for the $264.",
        ),
        ("user", "ok send to cheongwaimun@yahoo.com"),
    ],
    [
        ("user", "wanna do car sticker for my home cake business, put on my car GBF 2034 J"),
        ("assistant", "Nice! Rear windscreen or door panel? And what text to show?"),
        (
            "user",
            "door panel. 'Bakes by Aunty Jo, order 9862 3304' — I'm Josephine Yeo, can install at Blk 221 Serangoon Ave 4 carpark?",
        ),
    ],
    [
        ("user", "hello need sports day banner for my son's class, Rosyth School P5 Diligence"),
        ("assistant", "Sure! What should the banner say?"),
        ("user", "'Go Go Ethan!' with his photo. he is Ethan Lau Zhi Yang, running the 100m final"),
        ("assistant", "Got it. 4ft x 2ft with photo is $38. Ready Thursday."),
        ("user", "ok i'll pay paynow, my number 9177 0435"),
    ],
]
