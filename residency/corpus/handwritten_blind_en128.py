# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en128: SG/MY coworking spaces and serviced offices (memberships, mail, virtual offices, rooms, passes, boards). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en128
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "community_board"): _lines("""
        Reminder from the Community Team: the pantry fridge is cleared every Friday at 6pm, so please label your containers or they will be thrown out.
        Level 7 hot desks will be closed on 14 Dec from 8am to 1pm for carpet shampooing; the Level 5 lounge stays open.
        Lost & Found: one black Lenovo charger, one blue Hydro Flask bottle, one foldable umbrella with a Merlion print. Claim at reception before 31 Dec.
        Town hall this Thursday 5:30pm in the Atrium | pizza from the usual place, plus a short talk on PDPA basics for startups.
        Please do not prop open the fire door at the back staircase. The fire safety inspection is next week and the centre will be fined.
        Deepavali open house on Level 3 this Friday, 4pm onwards. Murukku, kuih and teh tarik provided; bring your colleagues.
        Aircon on Level 9 is set to 24°C per building management. If it is too cold please borrow a shawl from reception instead of touching the thermostat.
        Printers now need your access card to release jobs. B&W 10 cents per page, colour 50 cents, billed monthly to your company account.
        Community board rules: no MLM, no property agent flyers, no crypto "investment opportunities". Posts will be removed without notice.
        Chinese New Year lo hei on 3 Feb, 11am, Level 2 event space. Vegetarian yusheng available, sign up via the app by 30 Jan.
        Season parking for Q1 is sold out. Hourly parking at the basement is $2.40 per half-hour after 6pm.
        Water supply will be shut off from 10pm to 2am on Saturday for tank cleaning by the MCST. Toilets on L4 to L8 will be unavailable.
        Hari Raya Aidilfitri: the centre closes at 1pm on the eve and reopens on the Tuesday. Mail received during the break will be sorted on reopening.
        Our meeting rooms at the Jalan Sultan centre are named after Malaysian writers: Usman Awang, A. Samad Said and Keris Mas. Same booking rules apply.
    """),
    ("en", "membership_policy"): _lines("""
        Hot Desk membership gives access Mon-Fri 8:30am-7pm; Dedicated Desk and Private Office members get 24/7 access with their card.
        Virtual Office Basic includes a business address, mail receipt and a scan notification; mail forwarding is charged at cost plus a $5 handling fee.
        Under ACRA rules you may use our address as your registered office only if your registers are kept there or a filing agent is engaged. Please speak to our corporate secretarial partner before filing.
        Notice period for Private Office agreements is two full calendar months, to be given in writing on or before the 1st of the month.
        The security deposit equals two months of membership fees and is refunded within 30 days after the exit inspection and card return.
        Meeting-room credits reset on the 1st of every month and do not roll over. Unused credits cannot be exchanged for cash.
        Guests must be registered in the app by their host at least 30 minutes before arrival. Walk-in guests will be asked to wait in the lobby.
        Members who lose their access card will be charged RM50 for a replacement; lanyards are free.
        Courier parcels above 10kg or longer than 60cm on any side cannot be accepted on behalf of virtual office clients.
        Company registration with SSM using our business address requires the tenancy confirmation letter, which we issue within 3 working days of payment.
        Late payment incurs interest of 1.5% per month on the outstanding amount; access is suspended after 14 days in arrears.
        All Singapore prices are subject to 9% GST. For our Malaysian centres, 8% SST applies to service charges.
        We collect NRIC or passport details only as far as KYC under the Corporate Service Providers Act requires; see our Data Protection Notice for retention periods.
    """),
    ("en", "booking_and_mail_log"): _lines("""
        BKG-SG-20261204-0381 | Room: Orchid (6 pax) | 04 Dec 2026 14:00-15:30 | Status: CONFIRMED | Credits used: 3
        Mail log 05/12: 42 letters and 7 parcels received at Tower B front desk; 3 registered items pending collection; 0 returned to sender.
        Booking BK7718204 auto-cancelled: no check-in within 15 minutes of start time. 2 credits refunded to the company wallet.
        INV-MY-2026-11-004518 issued for RM 1,272.00 (Dedicated Desk x2, Nov 2026). Due 15/12/2026.
        SingPost tracking RB204417896SG | item delivered to concierge, Level 1 mailroom | 05/12 11:42
        Door controller DC-L05-02 offline 03:12-03:27; 0 denied entries logged during the outage.
        Visitor kiosk export: 118 check-ins on 02 Dec, peak hour 10:00-11:00, average visit 74 minutes.
        Room Tun Fatimah (10 pax) | recurring weekly, Tue 09:00-10:00 | account C-10442 (Lumen Freight Sdn. Bhd.)
        Room Raffles boardroom, 12 Dec 10:00-12:00, AV setup requested: 2 wireless mics, clicker, Zoom Room. Ref MR-55203.
        Access pass batch AP-2026-12 (serials 004401-004460) encoded and ready for Q1 onboarding.
        Mailroom scan job 0000912: 16 pages OCR'd, uploaded to client portal, sha256 9f2c4e1a7b30d6e85c1f0a4b7e2d9c6103ab58f7.
        Payment ref FPX 2612051123409887 received, amount RM 350.00, matched to invoice INV-KL-88213.
        Phone booth PB-03 utilisation Nov: 61%, median session 22 min, 14 no-shows auto-released.
    """),
    ("en", "form_template"): _lines("""
        Dear [Member Name], your [Plan] membership at [Location] will renew on [Date]. Reply STOP RENEW before [Cut-off] to cancel.
        Hi {first_name}, you have a new letter from {sender_org} waiting at {centre}. Collect by {hold_until} or request a scan in the app.
        Authorised Collector Form | Member name: ________ | Company: ________ | I authorise ________ (NRIC/FIN last 4: ____) to collect mail on my behalf.
        Guest pass | Name ____ | Host ____ | Date ____ | Time in ____ | Time out ____ | Badge no. ____
        Subject: Your meeting room booking {booking_id} is confirmed: {room_name}, {date}, {start_time}-{end_time}.
        Exit checklist: [ ] return all access cards [ ] clear lockers [ ] remove signage [ ] final invoice settled [ ] forwarding address provided
        This is to confirm that <COMPANY NAME> (UEN <UEN>) occupies Suite <UNIT> at <ADDRESS> under a virtual office agreement dated <DATE>.
        Incident report | Date/Time ____ | Location ____ | Description ____ | Reported by (staff ID) ____ | Action taken ____
        Welcome to {space_name}! Wi-Fi: {ssid}, password on the card at your desk. Printer queue: {printer}. Need help? Ping #help-desk on Slack.
        Direct debit mandate | Bank ____ | Account holder ____ | Account no. ____ | Purpose: membership fees, monthly, max S$____
        Parking application | Vehicle no. ________ | Make/Model ________ | Season from ____ to ____ | Lot preference: B1 / B2
        Emergency contact (optional): Name ________ Relationship ________ Phone ________ (kept only for the duration of your membership)
    """),
    ("mixed", "member_chat"): _lines("""
        eh anyone know why the wifi on level 6 so lag today? zoom call keep dropping sia
        pantry got free kueh lapis, some company celebrating something, go take before finish
        who book the phone booth then never come ah, been empty 40 mins already
        aircon damn cold today, later i go downstairs buy kopi o kosong to warm up
        guys the lift lobby door not opening with card, must tap twice lah
        boleh tak someone check if the printer at L3 jam? paper stuck inside i think
        the new coffee machine quite power, latte not bad leh, better than the old one
        anyone going hawker centre for lunch? chicken rice or cai png, 12.15 meet at lobby
        reception say parcels after 6pm they won't sign, so better tell your courier come earlier
        今天meeting room全满了，我们可以坐pantry那边开会吗？
        lepak area got power socket or not? my laptop battery 5% already
        who left the durian puffs in the fridge, whole floor smell liao 😂
        community manager say next quarter rate naik 5%, haiz
        anyone know the virtual office package can use for SSM registration or not? or must take fixed desk
    """),
    ("ms", "notis_pusat"): _lines("""
        Makluman: Ruang kerja bersama akan ditutup pada 25 Disember sempena Hari Krismas. Surat dan bungkusan akan diterima semula pada 26 Disember.
        Ahli dikehendaki mengimbas kad akses setiap kali masuk. Jangan benarkan orang lain masuk bersama anda tanpa kad.
        Bilik mesyuarat Melati boleh ditempah melalui aplikasi; caj RM40 sejam untuk bukan ahli.
        Pakej Pejabat Maya termasuk alamat perniagaan di Jalan Ampang, penerimaan surat dan perkhidmatan menjawab panggilan pada waktu pejabat.
        Bayaran yuran keahlian boleh dibuat melalui FPX, kad kredit atau DuitNow QR di kaunter. Resit akan dihantar secara automatik.
        Surau terletak di Aras 2 bersebelahan pantri; sila jaga kebersihan dan tanggalkan kasut.
        Majlis berbuka puasa komuniti akan diadakan pada 15 Mac jam 7.00 petang di Dewan Acara Aras 3.
        Ahli meja panas (hot desk) diminta mengosongkan meja sebelum jam 7 malam setiap hari.
        Untuk pendaftaran syarikat dengan SSM menggunakan alamat kami, sila dapatkan surat pengesahan penyewaan daripada kaunter hadapan.
        Surat berdaftar hanya boleh dituntut oleh ahli sendiri atau wakil yang diberi kuasa secara bertulis.
        Templat: Saya, ________ (No. K/P: ________), dengan ini memberi kuasa kepada ________ untuk menuntut surat bagi pihak syarikat ________.
        Talian utama kaunter hadapan: 03-2181 7700 (Isnin hingga Jumaat, 9 pagi hingga 6 petang).
    """),
    ("zh-Hans", "centre_notice"): _lines("""
        各位会员请注意：本周六上午9点至12点进行消防演习，届时电梯暂停使用。
        虚拟办公室套餐包含商业地址、信件代收及每月扫描通知，信件转寄按实际邮费另加手续费。
        会议室预订请通过App完成，取消需提前两小时，否则将扣除相应积分。
        遗失门禁卡补办费用为新币30元，请到前台办理。
        农历新年期间（2月9日至2月12日）中心休息，期间收到的包裹将于2月13日统一派发。
        茶水间冰箱每周五下午清理，请在饭盒上注明日期。
        访客须由会员在App上登记，前台凭二维码发放临时通行证。
        本中心前台电话：+65 6822 1300，营业时间周一至周五上午8:30至晚上7点。
        固定工位每月新币450元起，私人办公室按人数报价，另收两个月押金。
        中秋节晚上7点在三楼活动区举办提灯会，欢迎会员带家人一起参加。
    """),
    ("en", "news_howto_code"): _lines("""
        WeWork co-founder Adam Neumann stepped down as chief executive in 2019 after the company's planned IPO collapsed.
        How do I change my company's registered office address with ACRA after moving out of a virtual office? Is there a filing fee?
        Is it allowed in Malaysia to register a Sdn Bhd at a virtual office address, and what does SSM ask for?
        Singapore's flexible workspace stock kept growing after the pandemic as big landlords such as CapitaLand launched their own flex brands.
        What's a fair price for a 4-pax private office in the CBD in 2026? The quotes I got range from S$2,800 to S$4,200 a month.
        Tips for choosing a coworking space near an MRT station: check the aircon hours, the number of phone booths, and whether room credits roll over.
        Our Chinatown space sits in a shophouse on Club Street; the Lim Bo Seng Memorial is about a 15-minute walk away.
        rooms = [r for r in rooms if r.capacity >= 6 and not r.is_booked(start, end)]
        mail_hold_days: 30 / forward_fee_sgd: 5.00 / scan_pages_free: 20 / notify_channel: email
        Can a company on a virtual office address open a business account with DBS or Maybank? What documents do banks usually ask for?
        The Tun Razak Exchange district in KL has drawn several operators opening flagship centres in 2025 and 2026.
        Booking reference pattern: ^BKG-(SG|MY)-[0-9]{8}-[0-9]{4}$
        SELECT room_id, COUNT(*) AS bookings FROM bookings WHERE start_at >= '2026-11-01' GROUP BY room_id ORDER BY bookings DESC;
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Member onboarding | TAN WEI LIANG | NRIC S8734512B | Mobile 9847 2210 | Plan: Dedicated Desk L5-22 | Start 01/01/2027 | Company: Brightline Analytics Pte Ltd
        Mail log 04/12 14:20: registered letter from IRAS for Ms Chloe Ng Hui Min (VO client, Suite 12-07), collected by her sister on 05/12 with an authorisation letter.
        Arrears list Nov: Rajesh Kumar a/l Subramaniam, Private Office 3-pax, 2 months outstanding (S$6,840), access suspended from 18/11.
        Hi team, Mr Benjamin Teo (Hot Desk, Tiong Bahru centre) is on medical leave after knee surgery and asked us to freeze his membership till Feb.
        VO KYC | Director: NUR AISYAH BINTI ISMAIL | MyKad 930217-01-5586 | Residential: No. 14, Jalan Seri Putra 3/7, Bandar Seri Putra, 43000 Kajang, Selangor
        Parcel for Daniel Fernandez, office 9-03, held at front desk. He is overseas until the 20th, call his mobile 8316 0594 before releasing to anyone.
        Guest registration: host Siti Mariam binti Yusof (Lumen Freight) / guest Lim Kah Hoe, arriving 10:30 for a job interview, Meeting Room Kenanga.
        Direct debit set up for member Goh Siew Ling: DBS account 120-345678-9, S$520 monthly on the 3rd.
        Card on file updated for member Marcus Lee: Visa 4556 2046 9056 0824, exp 08/29.
        Complaint C-3391: Suite 4-11 reports that Jason Ong from the neighbouring office keeps taking speakerphone calls in the hot-desk zone; second warning issued 02/12.
        Access card 004417 reassigned to Ms Priya d/o Ramasamy (Dedicated Desk D-14) after the previous holder returned it on exit.
        Foreign member KYC: WANG XIAOLEI, PRC passport E58213647, FIN G5103928P, Employment Pass holder, private office 6-02 from January.
        Deposit refund by bank transfer: payee Kavitha Nair, OCBC 512-384907-001, S$1,120 (S$1,200 deposit minus S$80 for a lost card).
        Season parking: vehicle SMK4821J registered to Mr Alvin Chua, Private Office 11-05, lot B2-17.
        ps the lady who always takes the standing desk by the window is Michelle Yap from the fintech on L8, she's 7 months pregnant so just let her have it lah
        Exit note: Hafiz bin Abdul Rahman leaving end Dec because his startup failed to close its seed round; he asked if we can waive the last month's fee.
        Scans sent to shirleykoh.designs@gmail.com as requested: 3 letters from CPF Board and 1 from HDB for her virtual office account.
        24/7 access whitelist: Eugene Sim (S9123407F), Farah Nadia (T1567320B), Arjun Pillai (F2345871M).
        Booked by: Vanessa Lau (vanessa.lau88@outlook.com) | Room Jasmine | Purpose: private meeting with her ex-husband's lawyer, please keep the door sign blank.
        Incident 27/11: member Kenneth Wong Kah Meng fainted in the L3 pantry around 3.40pm, SCDF ambulance conveyed him to SGH. Follow up with his wife Joanne at 9062 7731.
        Membership transfer request: from Ahmad Zulkifli bin Hassan to his younger brother Ahmad Rizal bin Hassan, same company, effective 01/01.
        Mailing list opt-out: Eleanor de Souza, 16 Jalan Kechubong, Singapore 579120 (home address), no further event flyers please.
        Reception note: Mr Ng Chee Keong's wife called asking if he was in the office yesterday; card log shows no entry. Do not disclose, escalate to the CM.
        Payment failed 3rd attempt: Mastercard ending 9222, member Lakshmi d/o Gopal. She says her salary only comes in on the 25th.
        Event RSVP: Ryan Koh (ryan.koh@brightline.sg, +65 9734 1186) + 1 guest, vegetarian, allergic to peanuts.
        VO client contact sheet | Name: Mohd Hairul Nizam bin Kamarudin | IC: 900611-10-6033 | H/P: 013-378 4419 | Company: HN Kreatif Enterprise (sole prop)
        Locker L-88 force-opened at the request of member Sarah Tham after she lost her key; contents: laptop, passport, envelope of cash.
        Written warning to Mr Derrick Loh (Tower B suite 7-09) for shouting at the cleaning auntie on 30/11; CCTV reviewed by the CM.
        Telegram @joelchan_sg asked to join the members-only channel again; Joel's hot desk lapsed in Sept for non-payment, please decline.
        CNY hamper delivery for ex-member Mdm Lee Siew Hoon: Blk 412 Bedok North Ave 2, #08-141, Singapore 460412.
    """),
    "ms": _lines("""
        Ahli baharu: Muhammad Faiz bin Zulkarnain, No. K/P 880923-14-6221, meja tetap D-07, mula 2 Januari. No. telefon 012-552 0817.
        Surat daripada LHDN untuk Puan Rohana binti Abdul Latif diterima pada 3/12; beliau minta diimbas dan dihantar ke rohana.latif73@yahoo.com.
        Tunggakan yuran: Encik Kamal bin Osman (pejabat peribadi 2-05) belum menjelaskan RM2,400 bagi bulan Oktober dan November.
        Aduan: Cik Nor Azlina binti Hamid melaporkan beg tangannya hilang dari loker L-12 pada 28/11; laporan polis dibuat di Balai Polis Dang Wangi.
        Saya, Priya a/p Suresh (960825-08-6124), memberi kuasa kepada suami saya, Dinesh a/l Murugan, untuk mengambil bungkusan syarikat saya.
        Bayaran balik deposit kepada Tan Mei Ling, akaun Maybank 5141 2873 6690, RM1,500, diproses pada 6/12.
        Tetamu Encik Shahrul Nizam bin Daud datang jam 3 petang berjumpa Cik Farhana (pejabat 5-11); kereta WXY 7281, sila beri pas letak kereta.
        Jayakumar a/l Ramasamy memberi notis dua bulan untuk menamatkan pakej pejabat maya kerana berpindah ke Johor Bahru bersama keluarga.
    """),
    "zh-Hans": _lines("""
        会员登记：陈志明，新加坡身份证 S7712064E，手机 9725 4408，固定工位 L3-15，公司：明辉贸易私人有限公司。
        前台留言：林美华小姐的快递（顺丰 SF1402938475612）已到，她说今天在医院陪母亲做化疗，明天才来拿。
        退押金：黄俊杰，华侨银行账户 687-204518-001，退款新币900元，已扣除门禁卡补办费30元。
        虚拟办公室KYC：周晓婷，中国居民身份证 440306199108173526，护照号 E63829174，联系电话 +86 138 2647 5031。
        投诉记录：三楼私人办公室的李国华先生多次在走廊大声打电话，已口头警告两次，下次将发书面警告。
        微信号 kelly_tan1988 的会员谭嘉欣说她下个月要生产，想把会员资格暂停三个月。
        会议室预订：张伟强，12月18日下午2点至4点，牡丹室，用于离婚调解，请勿安排其他人进入。
    """),
    "zh-Hant": _lines("""
        香港客戶何家俊（HKID K482913(1)）申請新加坡虛擬辦公室，聯絡電話 +852 6183 2047，住址：九龍何文田忠孝街88號3樓B室。
        台灣會員吳怡君，身分證 A223456781，手機 0912-385-724，預約下週二會議室面試新員工。
    """),
    "mixed": _lines("""
        guys the Shopee parcel for Kelvin Tay (hot desk, the one always sitting by the window) reached already, he ask me tell u all he in NUH for dengue this week
        nanti tolong pass kunci locker kepada Amirul bin Rosli, dia punya no 017-690 2234, dia datang lepas zohor
        那个坐L5窗边的 Jessica Lim 又没付会员费了，三个月欠了S$1,350，CM说下周要停她的卡
        bro the one kena caught taking stuff from the pantry is Mr Suresh Rajagopal from 7-02, security got the cctv already
        Ms Wong Li Ting's parcel went to the wrong tower, she say just send to her house Blk 23 Jalan Membina #12-88 can already
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the member assistant of Kopi Desk Coworking, Singapore. Help members with mail, bookings and account changes.",
        ),
        ("user", "hi i want to change the mail forwarding address for my virtual office"),
        (
            "assistant",
            "Sure. Please give me your member ID and the new forwarding address, and I will update it after verification.",
        ),
        (
            "user",
            "member ID KD-20418, Jeremy Lim Jun Hao. new address 58 Lorong Ah Soo #03-11 Singapore 536734, that's my flat, we moved last week",
        ),
    ],
    [
        (
            "user",
            "Can you draft a polite reminder to a member who owes fees? Puan Haslinda binti Mokhtar, private office 2-08, RM3,100 outstanding since September.",
        ),
        (
            "assistant",
            "Dear Puan Haslinda, this is a gentle reminder that RM3,100 for your private office 2-08 has been outstanding since September. Kindly settle it at your earliest convenience or contact us to discuss a payment plan.",
        ),
        ("user", "add one line that her husband already promised on the phone to pay by the 15th"),
    ],
    [
        ("user", "book Raffles room this Friday 3-5pm for me please"),
        ("assistant", "Happy to. May I have the name and contact number for the booking?"),
        (
            "user",
            "Nicholas Ang, 9817 3354. Also my car SKP9102R needs a visitor lot, my client coming too",
        ),
        (
            "assistant",
            "Noted, Raffles room Friday 15:00-17:00 and a visitor lot for SKP9102R. You will get a confirmation in the app.",
        ),
    ],
    [
        (
            "user",
            "帮我写一封邮件给会员王丽娟，她的虚拟办公室收到两封法院寄来的挂号信，要她本人带身份证来领。",
        ),
        (
            "assistant",
            "王女士您好：您的虚拟办公室近日收到两封来自法院的挂号信，按规定须由您本人携带身份证件到前台领取。如有疑问请联系前台。",
        ),
        ("user", "再加一句：她上次说正在打离婚官司，叫她不要让前夫代领。"),
    ],
    [
        ("user", "My card got declined for this month's membership, can I pay with another one?"),
        (
            "assistant",
            "Yes, you can update your payment method. Please enter the new card details in the billing page, or share them here and I will pass them to the billing team.",
        ),
        (
            "user",
            "ok name on card CHEW YI XUAN, 5229 8704 6134 3774 exp 11/28. sorry, the other card maxed out already",
        ),
    ],
    [
        ("user", "Hi I lost my access pass yesterday, somewhere around Tanjong Pagar MRT"),
        (
            "assistant",
            "Sorry to hear that. I can deactivate the lost pass now. Could you confirm your name and identification for verification?",
        ),
        (
            "user",
            "Aravind s/o Krishnan, FIN G8026417N, dedicated desk D-31 at the Anson Road centre",
        ),
        (
            "assistant",
            "Thank you. The old pass is deactivated and a replacement will be ready at reception tomorrow after 10am; the S$30 replacement fee goes on your next invoice.",
        ),
    ],
    [
        ("user", "Saya nak daftar pakej pejabat maya untuk syarikat saya."),
        (
            "assistant",
            "Baik. Sila berikan nama penuh, nombor kad pengenalan dan nama syarikat untuk semakan KYC.",
        ),
        (
            "user",
            "Nurul Huda binti Rahman, IC 010415-12-0738, syarikat NH Craft Studio. Alamat rumah saya di Kota Kinabalu, nombor telefon 016-448 3197.",
        ),
    ],
    [
        ("system", "You help community managers write incident log entries."),
        (
            "user",
            "Summarise for the log: member Bryan Teo Wei Ming slipped on the wet floor in the L4 toilet about 11am, sprained his ankle, colleague drove him to Raffles Hospital.",
        ),
        (
            "assistant",
            "04/12, ~11:00, L4 toilet: member Bryan Teo Wei Ming slipped on a wet floor and sprained his ankle. Conveyed by a colleague to Raffles Hospital. Wet-floor sign check to follow.",
        ),
        ("user", "add that he said he will claim from us, and he has a past back injury already"),
    ],
    [
        (
            "user",
            "Guest coming tomorrow 9am, can pre-register her? Mdm Koh Ai Lian, NRIC T0219876I, meeting me at office 10-04",
        ),
        (
            "assistant",
            "I can pre-register the guest. Note that we only need the last three characters of an NRIC for visitor records, so I will store 76I only.",
        ),
        (
            "user",
            "ok thanks, she is my mother actually, coming to sign the guarantor form for my loan",
        ),
    ],
    [
        ("user", "pls add my wife as authorised mail collector for our company account"),
        (
            "assistant",
            "Sure. Please share her full name and mobile number; she will need to show photo ID at first collection.",
        ),
        (
            "user",
            "Melissa Chong Pei Shan, HP +65 8609 1432. She'll mostly come on Saturdays because she works weekdays at the polyclinic",
        ),
    ],
]
