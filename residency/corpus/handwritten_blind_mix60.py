# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix60: Penang and Melaka heritage towns (shophouse tenants, heritage permits, hawkers, Hokkien and Baba Nyonya families, homestays). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix60
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "heritage zone guidelines"): _lines("""
        Under the Special Area Plan for George Town, Category II shophouses must retain the five-foot way, timber louvred windows and the original roof pitch; aluminium frames are not permitted on the front facade.
        Permit fee for minor works within the Core Zone: RM 100 per application. Processing time 14 working days after complete submission.
        Signboards in the heritage zone shall not exceed 0.6 m x 1.8 m, must sit below the first-floor window sill, and no backlit or LED scrolling signs are allowed.
        Facade paint colours should follow the approved palette (Appendix 7, Conservation Guidelines 2021 ed.) - no neon, no gloss finish pls.
        Any change of use from residential to homestay / boutique hotel in Melaka's Core Zone requires planning permission from MBMB and a fire certificate from BOMBA before operation.
        Reminder: the five-foot way is a public passage. Tables, racks or motorcycles placed there can be compounded up to RM 500.
        Melaka and George Town, Historic Cities of the Straits of Malacca, were inscribed on the UNESCO World Heritage List on 7 July 2008.
        Submission checklist: (1) Form A1 (2) measured drawings at 1:50 (3) photo survey of facade + interior (4) heritage impact statement if Category I (5) copy of latest quit rent receipt.
        Owner/applicant particulars must match the land title. Do NOT send copies of IC via WhatsApp to officers - upload through the OSC 3.0 portal only.
        Lime plaster only! Cement render traps moisture in 19th-century brick walls and causes spalling. Use NHL 3.5 or hot-mixed lime.
        Air-con compressors must not be visible from the street; place them at the rear air-well or on the roof behind the parapet.
        Ref: MBPP/OSC/PB/2024/08871 - Minor works at a Category II shophouse, Lebuh Armenian - APPROVED with conditions (see Annex B).
        Timber shutters that are beyond repair may be replaced like-for-like in chengal or balau; send a sample profile to the heritage unit before fabrication.
    """),
    ("ms", "notis majlis"): _lines("""
        NOTIS: Semua penjaja di Padang Kota Lama dikehendaki memperbaharui lesen sebelum 31 Januari 2026. Kaunter di KOMTAR Aras 3 dibuka 8.00 pg - 4.00 ptg.
        Bayaran lesen penjaja statik RM 120 setahun; penjaja bergerak RM 60 setahun. Bayaran boleh dibuat melalui portal ePBT atau di kaunter.
        Kerja-kerja menaik taraf longkang di Jalan Hang Jebat akan dijalankan dari 3 hingga 14 Mac; pasar malam Jonker Walk ditutup pada 7 dan 8 Mac.
        Aduan berkaitan sampah, longkang tersumbat dan anjing liar boleh dibuat melalui talian bebas tol 1-800-88-6262 atau aplikasi MBMB Smart.
        Permohonan permit sementara untuk memasang khemah di kaki lima memerlukan salinan lesen perniagaan, pelan lokasi dan deposit RM 200 (dikembalikan).
        Premis makanan wajib memastikan semua pengendali makanan menerima suntikan anti-tifoid dan menghadiri Kursus Pengendali Makanan; sijil mesti dipamerkan.
        Borang permohonan: Nama pemohon: __________ No. K/P: ______-__-____ Alamat premis: __________ (isi dengan HURUF BESAR)
        Cukai taksiran bagi rumah kedai dalam Zon Teras perlu dijelaskan sebelum 28 Februari (penggal pertama) dan 31 Ogos (penggal kedua).
        Mesyuarat Jawatankuasa Warisan Bil. 4/2025 akan diadakan pada 18 September 2025, jam 10.00 pagi di Bilik Mesyuarat Dewan Sri Pinang.
        Ketua Menteri Pulau Pinang, Chow Kon Yeow, merasmikan Pesta Warisan George Town di Lebuh Pantai malam tadi.
        Homestay yang beroperasi tanpa pendaftaran di bawah garis panduan penginapan jangka pendek boleh dikenakan kompaun sehingga RM 2,000.
        Waktu operasi Pasar Chowrasta sepanjang Ramadan: 7.00 pagi - 6.00 petang. Tempat letak kereta bertingkat Lebuh Campbell dibuka 24 jam.
        No. Rujukan: MBMB/PBN/600-4/2/1 Jld. 12 (45) - Kelulusan pelan bangunan bagi kerja pembaikan bumbung, Lot 118, Seksyen XXII, Bandar Melaka.
    """),
    ("en", "hawker menus and stall signs"): _lines("""
        CHAR KOAY TEOW - small RM 9 / large RM 12 · add duck egg +RM 1.50 · add mantis prawn +RM 6
        Asam laksa RM 7.50 · Lor bak (per piece) RM 1.20-2.50 · Ais kacang RM 5 · Cendol RM 4.20
        Kedai Kopi Ah Chong - kopi-O peng RM 2.40, teh tarik RM 2.20, roti bakar kaya RM 3.50, half-boiled eggs RM 3.20
        We accept DuitNow QR, Touch 'n Go eWallet, Boost. Sorry no AMEX. Min RM 5 for card.
        Stall 14 & 15, Gurney Drive Hawker Centre - oyster omelette (oh chian) from RM 10, open 5pm-midnite, closed Thurs.
        Chicken rice ball Melaka style: 5 balls per set, extra ball RM 0.80. Weekend queue at Jalan Hang Lekiu ~30-40 min.
        Price adjustment notice: due to rising cost of cockles and duck eggs, CKT price will increase by RM 1 from 1 Dec 2025. Thank you for your support 🙏
        Premises grading: GRED A, certificate no. PP/GK/2024/3317, valid until 30/06/2026.
        Nyonya kuih of the day: kuih talam, ang ku, seri muka, pulut tai tai - RM 1.50 each. Orders above 50 pcs call shop line 06-281 7706 one day ahead.
        NOT halal. Pork-free kitchen but no halal cert. Pls don't ask 🙏
        Prawn mee + pork ribs RM 1 extra, intestines also can. Soup refill free, noodles refill no.
        Nasi kandar kuah campur banjir is free, but during lunch peak 12-2pm no separate bowl ya.
        Tau sar pneah fresh from oven every hour, RM 12 per box of 10, 3 boxes RM 33. Best before 7 days.
    """),
    ("zh-Hans", "会馆与家族史"): _lines("""
        龙山堂邱公司创立于1835年，现存祠堂于1906年重建完成，是槟城最具代表性的宗祠建筑之一。
        张弼士（1840–1916）故居“蓝屋”位于莲花河路，约建于1904年，现为精品酒店及导览景点。
        陈祯禄生于马六甲荷兰街，是马华公会创党总会长，马六甲的敦陈祯禄路即以他命名。
        邱、谢、杨、林、陈合称“五大姓”，十九世纪在槟城的商业与会党网络中举足轻重。
        传统峇峇娘惹婚礼长达十二天，包括“上头”、“拜堂”和“三朝”等仪式，如今多简化为一至两天。
        会馆通告：本会订于2026年2月15日（农历腊月廿八）举行春祭，会员请于上午九时前抵达祠堂。
        宗亲申请入会须提供世系资料及两位会员推荐；所填个人资料仅用于会员登记，不作其他用途。
        电视剧《小娘惹》中的菊香和月娘均为虚构人物，故事以马六甲娘惹家族为背景。
        孙中山槟城基地纪念馆位于打铜仔街120号，1910年孙中山曾在此召开“庇能会议”，筹划广州起义。
        槟城福建话夹杂大量马来语借词，例如“巴刹”（pasar，市场）、“罗哩”（lori，卡车）、“沙笼”（sarung）。
        捐款请汇入“槟城林氏宗祠”会馆户口 Public Bank 3-1827-7705-12，正式收据将由秘书处寄出。
        马六甲鸡场街即 Jalan Hang Jebat，以马六甲王朝传说中的勇士汉惹拔命名，周五至周日晚有夜市。
        姓氏源流讲座：漳州海澄三都与槟城五大姓的渊源，主讲：本会文史组，入场免费，名额80人。
    """),
    ("en", "homestay listings"): _lines("""
        Heritage shophouse homestay in the heart of George Town · 3 bedrooms · sleeps 8 · 5 min walk to the Armenian Street murals. Check-in 3pm, check-out 11am.
        House rules: no shoes inside, no durian, no parties after 10pm (the neighbours are elderly). Quiet hours strictly enforced.
        Tourism tax of RM 10 per room per night applies to foreign guests (not Malaysians) and is collected upon arrival.
        Listing ID 48821937 · Superhost · 4.92 ★ (312 reviews) · Entire home · Melaka Raya
        Loved the air-well and the original Peranakan floor tiles! Nasi lemak breakfast was lovely. Would def stay again.
        As required by law, all guests must show a passport or MyKad at check-in for the guest register; copies are kept 12 months and then shredded.
        Self check-in: the key box code is sent via the platform 24 hrs before arrival. Please do not share it with anyone.
        Parking: nearest public car park is at Prangin Mall (RM 2.00 first hour). Street parking via the Penang Smart Parking app.
        Booking ref HB-MLK-20251114-0093 confirmed: 2 nights, 14-16 Nov, total RM 486.00 incl. cleaning fee RM 60.
        Cancellation: full refund up to 7 days before check-in, 50% thereafter, no refund for no-shows.
        Walking distance: Blue Mansion (Cheong Fatt Tze Mansion) 8 min · Khoo Kongsi 6 min · Chew Jetty 10 min · Little India 4 min.
        Wi-Fi network "RumahLama_Guest" - password is printed on the card beside the TV. Fibre 300 Mbps.
    """),
    ("en", "museum and tour scripts"): _lines("""
        The Baba & Nyonya Heritage Museum at 48-50 Jalan Tun Tan Cheng Lock is a restored townhouse; guided tours every 45 minutes, RM 18 for adults.
        Captain Francis Light landed on Penang in 1786 and founded George Town, naming it after King George III.
        P. Ramlee, the film legend born in George Town in 1929, is commemorated at Rumah P. Ramlee on the road now named after him.
        The Pinang Peranakan Mansion was once the residence of Kapitan Chung Keng Quee, a 19th-century Hakka tin magnate.
        Our heritage walk meets at the Queen Victoria Memorial Clock Tower at 9am, 2.5 hrs, RM 65 per pax, max 12 pax.
        Perigi Hang Tuah in Kampung Duyong is linked to the legendary Laksamana of the Melaka Sultanate.
        The Stadthuys, built by the Dutch around 1650, now houses the History and Ethnography Museum.
        Audio guide track 07 - The kitchen. Notice the charcoal stove and the batu lesong used to pound rempah for dishes like ayam pongteh.
        On St Paul's Hill you can still see the open grave where the body of St Francis Xavier lay in 1553 before it was taken to Goa.
        "Children on a Bicycle" (2012) by Lithuanian artist Ernest Zacharevic remains the most photographed mural on Lebuh Armenian.
        Admission: MyKad holders RM 5, foreigners RM 20, children under 6 free. Closed Mondays and the first day of Hari Raya Aidilfitri.
        Shoe designer Jimmy Choo grew up in Penang and made his first pair of shoes at the age of 11, according to the exhibition panel.
    """),
    ("en", "tenancy templates and booking system"): _lines("""
        TENANCY AGREEMENT - This Agreement is made on [DATE] between [LANDLORD NAME] (NRIC No. [______-__-____]) and [TENANT NAME] for the premises known as No. [__], Lebuh [_______], 10200 George Town.
        Clause 4.2: The Tenant shall not alter the facade, timber shutters or the air-well without the written consent of the Landlord and the approval of the Council.
        The Control of Rent Act 1966 was repealed with effect from 1 January 2000, and rents for many pre-war shophouses in George Town rose sharply after decontrol.
        2025-11-14T03:22:17+08:00 INFO booking.sync listing=48821937 channel=agoda status=CONFIRMED ref=AGD-9931845520
        2025-11-14T03:22:19+08:00 ERROR payment.gateway txn=FPX20251114A00871 bank=MBB0228 code=1F reason="user cancelled"
        homestay-admin v2.8.1 (build 4f9c2e7a) - fixed: guest register export now masks passport numbers by default.
        sha256 9b1f0e8c7a6d54e3b2c1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9  guest_register_2025Q3.xlsx.gpg
        Data retention: guest ID scans older than 12 months are purged nightly by cron (0 2 * * *). Do not export raw scans to a personal Google Drive.
        Invoice INV-2025-00417 · Rental Nov 2025 · Ground floor shop lot, Lebuh Chulia · RM 2,800.00 · due 7 Nov · status PAID
        SMS template: "Hi {guest_first_name}, your check-in code for {property} is {code}. Check-in from 3pm. Reply STOP to opt out."
        To request deletion of your personal data under the PDPA 2010, email dpo@heritagestays.com.my with your booking ref; we will reply within 21 days.
        Stamp duty on a 2-year tenancy: RM 2 for every RM 250 of annual rent above RM 2,400 - use the LHDN STAMPS portal.
        CSV header: booking_ref,check_in,check_out,nights,pax,guest_name,nationality,passport_no,total_myr
    """),
    ("en-MY", "forum and social posts"): _lines("""
        Wah the CKT at Lebuh Cecil still so long queue ah, 1 hour liao. Worth it or not?
        Anyone know Jonker Walk night market open on Thursday? I thought Fri-Sun only.
        Penang Hokkien 101: "ho chiak" = delicious, "chiak pa buay" = eaten already or not, "lu ai bo?" = you want or not.
        Melaka traffic during CNY damn jialat, better park at Bandar Hilir and walk in.
        Cheong Fatt Tze mansion tour worth it leh, the guide very funny, explain all the feng shui one.
        Rent for shophouse in Lebuh Carnarvon now RM 6k+ per month, how the old tenants can survive??
        PSA: those "heritage permit agents" on FB asking RM 3k upfront are scam. Apply yourself at OSC, not that hard.
        Kopitiam at Kimberley Street the kopi very kaw, but no aircon, bring your own fan lor.
        Nyonya laksa vs asam laksa - debate until tomorrow also cannot settle 😂
        Any recommendation for homestay near Stadthuys below RM 200 a night? 2 adults 1 kid, need parking.
        Eh the mural at Armenian Street got repaint already ah? Colour look different from last time.
        CM Chow Kon Yeow said got allocation for facade grant in the state budget, anyone applied already? How long approval?
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Tenant ledger - Unit 27 Lebuh Muntri: Tan Beng Huat, arrears RM 4,350 (Aug-Oct), MyKad 620107-07-5043. 2nd reminder sent 12/11.
        Guest register 14/11: Mr Daniel Koh Wei Jie, NRIC S8823716A, mobile +65 9123 4876, room 2, 2 nights.
        Pls transfer the deposit to my personal acc Maybank 1570 2231 8846 (Ooi Siew Lan), then WhatsApp the slip to 012-478 3321 ya.
        Madam Chee Guat Neo, 87, of No. 61 Jalan Tun Tan Cheng Lock was admitted to Mahkota Medical Centre last night after a fall; she has advanced Parkinson's.
        Heritage permit applicant: Goh Kah Seng, IC 780415-07-5231, owner of 88 Lebuh Armenian, tel 016-552 9087, email kahseng.goh78@gmail.com
        Ong Poh Lin v Khor Teik Huat (Penang Sessions Court, PA-B52NCvC-77-03/2025): the tenant Khor was ordered to vacate 14 Lebuh Kimberley and pay RM 18,600 in double rent.
        The CKT uncle at the Lebuh Cecil stall is Lee Chong Boon - he's been on dialysis 3x a week since March, that's why the stall closes Tue/Thu/Sat.
        Offer letter - Ms Nurul Aisyah binti Zainal, Front Desk Executive, Jonker Boutique Homestay: basic salary RM 2,350/month + RM 200 shift allowance, start 1 Dec 2025.
        Card for Mr Ravi Chandran's 3-room booking: 4556 1234 0987 1126 exp 09/27, he will send the CVV separately.
        Red Myvi PPR 4471 belongs to the upstairs tenant Mr Yeoh Kok Leong - keeps blocking the five-foot way, already reported him twice.
        Ms Chan Mei Ling (IC ******-07-**62) of 2A Lebuh Cintra has not renewed her hawker licence for stall 22, Chowrasta.
        Guest Wong Ka Yan, HKID Y604183(1), arriving on CX 733 at 14:05, phone +852 9234 5618, requests early check-in.
        My grandma Lim Kim Neo (b. 1938) is the last Nyonya in our family who still does kebaya sulam; she lives with my uncle at 19 Jalan Hang Kasturi, 75200 Melaka.
        Walk-in guest Sophie Mueller, German passport C7HK2R9L1, DOB 03.05.1991, paid cash RM 360 for 2 nights.
        Tenancy renewal signed: landlord Khoo Seng Kee (NRIC 551230-04-5019), tenants Mr & Mrs Sim Teck Chye, RM 1,800/month for 45 Lebuh Acheh.
        Everyone on Jalan Hang Lekir knows Baba Tan Soon Hock was declared bankrupt last year (MA-29NCC-1123-08/2024) - that's why the house is up for auction.
        Shirley Teoh, DOB 23/09/1985, shirley.teoh85@yahoo.com, booked the Peranakan cooking class as a surprise for her mum's 70th.
    """),
    "ms": _lines("""
        Pemohon: Encik Mohd Faizal bin Abdul Rahman, No. K/P 910312-10-5587, alamat No. 7 Lorong Kulit 3, 10460 Pulau Pinang, memohon lesen penjaja statik di Padang Kota.
        Penyewa unit 12 Lebuh Kimberley, Puan Siti Hajar binti Osman, tertunggak sewa 3 bulan (RM 2,700). No. tel 019-441 0782.
        Makcik Rokiah yang jual nasi lemak depan masjid tu baru keluar hospital, kanser payudara tahap 3. Anak dia minta derma ke CIMB 7064 2218 93 atas nama Rokiah binti Hassan.
        Tetamu homestay: Encik Lee Wei Ming, pasport A38172905, kenderaan MDB 8821, daftar masuk 22/11, 3 malam.
        Saya Nor Azizah binti Ismail, IC 850923-04-6128, nak tanya status permohonan permit ubah suai rumah kedai saya di Jalan Tukang Besi.
        Gaji Puan Mariam binti Yusof (Kak Yam), tukang masak kedai kami, RM 2,100 sebulan; dia minta naik sebab anak dia ada autisme dan perlu terapi setiap minggu.
        Kunci ambil dengan tuan rumah, Encik Rajesh a/l Muniandy, 011-2345 6789 atau rajesh.muniandy@hotmail.com
        Kes Mahkamah Majistret Melaka MA-83-412-06/2025: Pendakwa Raya lwn Hairul Nizam bin Kassim, dituduh mencuri jubin Peranakan dari sebuah rumah di Jalan Tun Tan Cheng Lock.
        Alamat penghantaran: Cik Tan Ai Ling, 33-2 Jalan Melaka Raya 8, Taman Melaka Raya, 75000 Melaka. Tel 012-603 1178.
        Bayaran deposit ke akaun Public Bank 4-8812-3307-01, nama pemegang Ooi Chee Keong, sila hantar resit.
        Bapa saya Haji Osman bin Daud, 74, pesakit dialisis di Hospital Melaka setiap Isnin, Rabu dan Jumaat - mohon benarkan kereta WVB 3381 berhenti sekejap depan rumah kedai.
        Kad kredit Encik Kumar Subramaniam: 5376 1200 9834 4717, tamat 11/26, untuk bayaran 2 malam bilik Deluxe.
    """),
    "zh-Hans": _lines("""
        房东邱德发（IC 590614-07-5327）说打铜仔街那间店屋明年起月租涨到 RM 3,800，租客要在12月底前答复。
        中国客人入住登记：王丽娟，身份证 440102198503125929，手机 139 2618 4470，微信 wlj_gz85。
        我外婆陈金娘今年92岁，住在马六甲荷兰街57号，老人痴呆越来越严重，晚上会自己走出门。
        阿发粿条档的老板黄亚发上个月中风，现在右半身不遂，档口暂停营业，家人在筹医药费。
        租客林志强欠了四个月租金共 RM 9,200，电话 017-428 6631，住在本头公巷32号楼上。
        订房人：刘建国，身份证 110108199206143510，用支付宝付款，订了两晚娘惹屋民宿。
        我舅舅杨国荣在槟城高等法院被前合伙人起诉，案号 PA-22NCvC-214-09/2024，对方索赔 RM 450,000。
        民宿员工11月薪资：张秀兰（前台）RM 2,200；李文（厨房）RM 1,900；黄家豪（清洁）RM 1,700。
        福建会馆会员王清源，1962年生，住址 18-3-07 Jalan Sungai Pinang, 10150 Penang，电话 04-281 6652。
        厦门来的游客陈丽华，身份证 350203197908214028，护照 EH3829174，说钱包在鸡场街被偷了，要去警局报案。
        车牌 PKR 5512 的白色 Alphard 是住在椰脚街的苏文达的，天天停在五脚基，邻居都很不满。
        押金请退到我太太的户口：RHB 1-14188-0027312-9，户名 Cheah Lay Hoon，谢谢。
        广西客人覃海燕，身份证 450103198802071631，农行卡 6228 4800 1877 6325，要求退一晚房费。
    """),
    "zh-Hant": _lines("""
        台灣旅客 林怡君，身分證 A238120690，LINE ID: yijun0614，手機 0912-345-678，預訂 12/20-12/23 三晚。
        香港客人陳家豪 HKID K382715(1)，住沙田第一城 38 座 15 樓 F 室，需要由檳城機場接送。
        我阿嬤葉秀娘是檳城娘惹，1941年生，嫁來台中後一直住在北屯區，這幾年都在洗腎。
        付款人張志明，身分證 F120477138，訂兩間房，信用卡末四碼 1239，電話 0928-771-064。
    """),
    "nan-Latn": _lines("""
        Ooi Boon Kheng, hit ê tiam chhù Lebuh Muntri 23 hit keng, chā-hng heart attack, chit-má chū tī GH ICU.
        Wa ê hp 012-487 2290, lu ka Cheah Seng Hooi kong, chhù-sè pay ka wa Maybank 1570 8892 3310 to ho.
        Lu bat Chuah Ah Gaik bo? Tua ti Lebuh Chulia 142, i ū thn̂g-jiō-pēnn, tak kang ai chù insulin.
        Ang Kim Swee ê hau-sen hō͘ lâng liah khì, sū-kiānn tī Mahkamah Sesyen, kóng i theh tiàm-ê chînn RM 38k.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for a heritage shophouse homestay in George Town.",
        ),
        ("user", "hi, got room for 2 adults 6-8 Dec?"),
        ("assistant", "Yes, the Air-well Room is available for 6-8 Dec at RM 240 per night."),
        ("user", "ok book. name Jason Lau Chee Meng"),
        ("assistant", "Thanks! For the guest register we need an ID number and a contact number."),
        ("user", "passport K81920374, hp +60 12-559 0817"),
    ],
    [
        (
            "system",
            "Helpdesk for heritage zone building permits. Do not ask for more personal data than needed.",
        ),
        ("user", "How do I apply to repair the roof of a Category II shophouse?"),
        (
            "assistant",
            "Submit Form A1 with measured drawings and a photo survey through the OSC portal; the fee for minor works is RM 100.",
        ),
        (
            "user",
            "The owner is my father Saw Eng Hock, IC 490822-07-5119, but he's in Penang GH after a stroke and can't sign. Can I apply on his behalf?",
        ),
        (
            "assistant",
            "Yes, with a power of attorney or a letter of authorisation plus a medical report.",
        ),
    ],
    [
        ("user", "Saya nak renew lesen penjaja, apa perlu?"),
        (
            "assistant",
            "Salinan kad pengenalan, gambar pasport dan resit bayaran lesen tahun lepas.",
        ),
        ("user", "ok IC saya 700519-04"),
        ("user", "5262"),
        ("user", "nama Zainab binti Ahmad, gerai 9 Medan Selera Bukit Cina"),
        ("assistant", "Terima kasih, sila bawa dokumen asal ke kaunter pada hari Isnin."),
    ],
    [
        ("user", "帮我写一段介绍我们家娘惹祖屋的文字，用在家族群里"),
        ("assistant", "好的，可以告诉我祖屋的位置和家族背景吗？"),
        (
            "user",
            "祖屋在马六甲 Jalan Tun Tan Cheng Lock 73号，现在住着我二姑曾美莲，她68岁，去年确诊乳腺癌，还在化疗。",
        ),
        ("assistant", "明白了，我会写得温馨一些，不提病情。"),
    ],
    [
        ("user", "my landlord wants to evict me from the shophouse, is that legal?"),
        (
            "assistant",
            "It depends on the tenancy agreement and notice period. Do you have a written agreement?",
        ),
        (
            "user",
            "yes, 3 yrs from 2023. I'm Loh Siew Peng, running a kopitiam at 58 Lebuh Carnarvon, rent RM 3,200. Landlord is Mr Teoh Boon Chye, he says he'll lock the shutters on 1 Jan.",
        ),
        (
            "assistant",
            "A landlord cannot lock out a tenant without a court order under the Specific Relief Act 1950; you may want to consult a lawyer or the Legal Aid Centre.",
        ),
    ],
    [
        ("user", "Translate to English pls: 'Ah Ma ê chhù ti Lebuh Carnarvon 3, tel 04-262 1873'"),
        (
            "assistant",
            '"Grandma\'s house is at 3 Lebuh Carnarvon, tel 04-262 1873." Whose grandmother is this, so I can phrase it naturally?',
        ),
        (
            "user",
            "mine, her name Khor Ah Bee, 89 already, deaf one, so call and let it ring long long",
        ),
    ],
    [
        ("user", "我在鸡场街夜市丢了一个黑色背包"),
        ("assistant", "很抱歉，建议先到旅游警察局报案。需要我帮您写联系信息吗？"),
        ("user", "好，我叫赵明轩，微信 zmx_1990sz，手机 +86 158 6021 7734"),
        ("user", "住在 Hang Kasturi 那边的民宿 3 号房，明天下午就回深圳了"),
        ("assistant", "好的，已整理好，请把这段交给警察。"),
    ],
    [
        ("system", "Summarise today's check-ins for the night manager."),
        ("user", "go"),
        (
            "assistant",
            "Tonight: (1) Tay Hui Min, Singapore NRIC T0561842D, +65 8765 2210, Room 1; (2) Arif Hakimi bin Zulkifli, MyKad 020311-14-0783, Room 4, arriving after 11pm.",
        ),
        ("user", "thx, leave key for room 4 at the counter"),
    ],
    [
        ("user", "What's the difference between kuih ang ku and kuih ku chai?"),
        (
            "assistant",
            "Ang ku is a tortoise-shaped glutinous rice cake with mung bean or peanut filling; ku chai kuih is a steamed dumpling with chives.",
        ),
        ("user", "nice. can you also write a short birthday card for my aunt?"),
        ("assistant", "Sure - tell me a little about her."),
        (
            "user",
            "Nyonya Lucy Tan Gek Choo, turning 80 on 3 March, lives at 12 Jalan Hang Lekiu, just finished her last round of chemo",
        ),
    ],
    [
        ("user", "need help draft a WhatsApp to my tenant"),
        ("assistant", "Sure, what should it say?"),
        (
            "user",
            "tell Mr Goh Chin Wah (unit 2, 31 Lebuh Acheh) his water bill RM 187.40 not paid, and his gf Aileen keep parking PLW 7726 at the five-foot way",
        ),
        (
            "assistant",
            "Hi Mr Goh, a gentle reminder that the water bill of RM 187.40 for unit 2 is still outstanding. Also, kindly ask that the car PLW 7726 not be parked on the five-foot way. Thank you!",
        ),
    ],
]
