# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en202: SG/MY co-living, serviced apartments and student housing. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en202
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "house rules"): _lines("""
        House Rule 4: Quiet hours are 11pm to 7am on weekdays and midnight to 8am on weekends; speakers in the common lounge must be switched off by then.
        No frying of belacan or cooking of curry fish head in the shared kitchen after 10pm, the smell goes straight into the level 3 aircon ducts.
        Overnight guests must be registered at the front desk by 10pm and may stay a maximum of 3 nights per calendar month; the guest's ID is sighted only, never scanned or kept.
        Under URA guidelines private homes cannot be let for less than 3 consecutive months, which is why our minimum licence period is 3 months.
        Security deposit is one month's rent for stays of 3 to 6 months and two months for 12-month leases, refunded within 14 working days after the move-out inspection.
        Smoking, vaping and shisha are prohibited in all rooms, balconies and the rooftop garden; vaping devices are illegal in Singapore and may be reported to HSA.
        Kitchen fridge: label every container with your room number and the date; unlabelled items are cleared every Sunday at 10pm.
        Pets are not allowed in the building, except fish in tanks under 20 litres and certified guide dogs.
        Laundry machines on level 2 run on the resident app: S$4 per wash cycle and S$3 per dry cycle, payable by PayNow or card.
        Keycards are issued to the registered resident only; a replacement card costs RM50 and a lost card is deactivated as soon as it is reported.
        Residents of the female-only floor (Level 6) may not bring male visitors beyond the lift lobby, including family members.
        Hari Raya, Deepavali and Chinese New Year decorations are welcome on your own door, but no oil lamps, sparklers or joss sticks in the corridor.
        Subletting your room or listing it on Airbnb is a breach of the licence agreement and results in forfeiture of the full deposit.
        Room transfers within the same property are allowed once per lease, subject to availability and a S$150 admin fee.
        Common areas are cleaned by our contractor every Tuesday and Friday; residents are responsible for their own rooms and en-suite bathrooms.
        Aircon servicing is quarterly and included in the rent; a chemical overhaul needed because of misuse is charged at cost.
    """),
    ("en", "listing"): _lines("""
        Master room with attached bath at Tiong Bahru, S$1,650/month incl. utilities & weekly cleaning, 5 min walk to MRT, no agent fee. Enquire via the form on our website.
        Co-living studio at Bangsar South, RM1,890 fully furnished, 500Mbps WiFi, gym & rooftop pool. Viewing by appointment, call our leasing office at 03-2201 8800.
        Student hostel 10 minutes from Universiti Malaya: twin-sharing RM550 per bed, single RM850, 12-month contract aligned with the academic calendar.
        Serviced apartment, 2BR, off Orchard Road, from S$7,200/month, minimum stay 3 months, housekeeping 3x weekly, gym and 25m lap pool.
        Common room in a 4-room HDB flat near Bishan MRT, female tenants only, S$950 with aircon and light cooking allowed, available 1 Feb.
        Pod bed in our capsule co-living at Lavender, S$780/month, 24-hour security, lockers and shared pantry; no deposit for stays above 6 months.
        Near NUS Kent Ridge and Science Park, our newest property has 142 rooms across 8 floors; 30% are already reserved for AY2027/28.
        Room ref KL-BSR-0712: queen bed, window facing Mid Valley, RM1,350 incl. electricity up to 150 kWh per month.
        Sunway and Taylor's students: shuttle bus every 20 min from 7am to 10pm, included in the RM120 monthly facility fee.
        Available now at Tanjong Pagar: 3 rooms in a conservation shophouse, shared kitchen, bicycle storage, S$1,400 to S$1,900.
        Year-end promo: sign a 12-month lease before 31 Dec and get the 13th month free. T&Cs apply, promo code CLV13FREE.
        Brickfields, walking distance to KL Sentral and Little India, bus stop on Jalan Tun Sambanthan right outside, single room RM980.
        Georgetown serviced suites near Lebuh Armenian, weekly and monthly rates, concierge speaks English, Malay, Mandarin, Hokkien and Tamil.
        EP and S Pass holders welcome; we issue the stamped tenancy agreement you need as proof of address for your bank and telco within 3 working days.
    """),
    ("en", "faq"): _lines("""
        Q: Is stamp duty payable on a room rental in Singapore? A: Yes, the agreement must be stamped with IRAS within 14 days; for leases up to 4 years it is 0.4% of the total rent, and exempt if total rent is S$1,000 or less.
        How do I get my deposit back faster? Take dated photos at check-in, report defects in the app within the first 7 days, and book your move-out inspection at least 5 days ahead.
        Q: Can a Student's Pass holder sign a 12-month lease? A: Yes, but if the pass expires earlier we add an early-termination clause so you are not charged for the remaining months.
        In Malaysia the usual deposit is 2+1: two months' security deposit plus one month's utility deposit, and stamp duty on the tenancy agreement is normally borne by the tenant.
        What counts as fair wear and tear? Faded paint, minor scuffs and loose hinges are fair wear; nail holes, cigarette burns and broken blinds are chargeable.
        If your room aircon is leaking water, switch it off, put a towel underneath and log a ticket in the app; our technician aims to attend within 24 hours.
        Q: Can I use the tenancy letter as proof of address? A: Yes, most banks and telcos in Malaysia and Singapore accept our stamped letter together with the agreement.
        Q: Do foreign residents need to update their address? A: Pass holders should keep their residential address updated with the issuing authority, MOM for work passes and ICA for student passes.
        How is electricity split in a shared unit? We read the sub-meter on the 1st of each month and divide the kWh above the free allowance equally among occupied rooms.
        Are U-Save rebates passed to tenants? For whole-flat rentals the rebate is credited to the SP account holder, so please settle it directly with your landlord.
        Q: I lost my keycard at 2am, what do I do? A: Call the building's 24-hour security desk rather than the leasing line; the guard can issue a temporary pass after checking your booking.
        Can I pay rent by GIRO? Yes, submit the GIRO form on the resident portal; the first deduction happens on the 3rd working day of the following month.
        My housemate keeps bringing friends over late at night, what can I do? Try talking first, then raise it with the community manager; repeated breaches of quiet hours lead to a written warning.
        Where do tenancy disputes go in Singapore? The Small Claims Tribunals hear claims up to S$20,000, or up to S$30,000 if both parties consent in writing.
    """),
    ("en", "ops log"): _lines("""
        TKT-20261103-0417 | Level 5 pantry | induction hob not heating | assigned to vendor CoolTech | SLA 48h | status: parts ordered
        Incident IR-2026-0882: fire alarm activated 02:14 at level 3 corridor, cause: steam from a shower with the door open; SCDF informed, false alarm, no injuries.
        Move-out inspection checklist v3.2: walls, floor, mattress protector, aircon filter, fridge defrosted, keycards returned (2), car park fob returned (1).
        Weekly stats wk 45: 12 check-ins, 9 check-outs, occupancy 91.4%, average deposit deduction S$86, 3 open noise complaints.
        Pest control by Rentokil scheduled Thu 14 Nov 10am-1pm on all floors; please keep food sealed and leave your door unlocked if you are out.
        Invoice INV-SG-0048213 for October cleaning services, S$4,830.00, due 30 Nov, PO 7700123489, payment terms 30 days.
        Lift B out of service 9am-5pm for the annual BCA lift inspection; please use Lift A or the stairs.
        Water tank cleaning at Block C on Saturday 8am-12pm, supply will be interrupted; for area-wide disruptions call the Air Selangor hotline 15300.
        Standard deduction rates: wall touch-up S$40 per patch, hanger S$2 each, lost keycard S$30, mattress stain cleaning S$120, aircon filter wash S$25.
        Nightly backup of bookings DB completed 03:00, 1.8 GB, sha256 52c269d22d5cab6ea9ab9a91a0e44d8419e39fd7f7c77fdb249f0aeacf0a598e.
        Parcel room audit: 47 parcels older than 14 days, e.g. tracking SPXSG0283746519 and JNTMY600482917733, to be returned to sender on Monday.
        Config: deposit_months=2; notice_period_days=30; late_fee_per_day_sgd=10; grace_days=3; quiet_hours="23:00-07:00"
        Energy report Oct: 38,420 kWh total, 12% lower than Sep after switching corridor lights to motion sensors.
        Smart lock firmware upgraded to v4.7.2 on all 312 doors; 6 locks failed to update and will be reset on site.
        Case ref CR-88213: noise complaint about music after midnight on level 7, source unit could not be determined, reminder notice posted on all floors.
        Complaints breakdown 2025: noise 41%, cleanliness 23%, aircon 17%, WiFi 12%, others 7%.
    """),
    ("mixed", "group chat"): _lines("""
        Good morning residents! Water heater at level 4 spoil already, technician coming 2pm lah, pls use level 5 bathroom first 🙏
        Eh whoever leave the wok in the sink since Sunday pls wash hor, got ants liao
        Reminder: gotong-royong this Saturday 9am, free nasi lemak & teh tarik for all who join 😊
        CNY potluck on 15 Feb at rooftop, bring one dish, yu sheng provided by management, huat ah!
        Lift kena stuck again at L3, Otis already informed, ETA 45 min. Use stairs for now ya.
        Wifi down the whole Block A, Unifi say fibre cut somewhere along Jalan Ampang, hopefully restore by tonight.
        Boss, the washing machine eat my 2 dollar coin, got refund or not ah?
        Anyone got extra adapter UK plug? Mine tak boleh pakai here.
        Deepavali open house at the lounge on Sunday 4pm, murukku and kesari provided, everyone welcome!
        Pls don't open durian inside the pantry, go down to the BBQ pit, the whole L6 smell like D24 already 😂
        Management here: NEA fogging at the block tmr 9am, close your windows ya, got dengue cluster nearby.
        Ramadan: level 2 pantry will open 4.30am for sahur, pls keep noise low for those still sleeping.
        Book club this month: The Garden of Evening Mists by Tan Twan Eng, Sunday 3pm at the lounge, kopi and kaya toast on us.
    """),
    ("ms", "notis"): _lines("""
        Notis: Bekalan air akan terganggu pada 12 Mac dari 9 pagi hingga 3 petang kerana kerja pembersihan tangki.
        Penghuni dilarang merokok di dalam bilik, tangga dan bumbung; denda RM200 dikenakan bagi setiap kesalahan.
        Deposit keselamatan akan dipulangkan dalam tempoh 14 hari bekerja selepas pemeriksaan keluar bilik.
        Pelajar baharu sila daftar masuk di kaunter lobi antara 10 pagi hingga 6 petang dengan membawa surat tawaran dan kad pelajar.
        Surau di aras 1 dibuka 24 jam; sila jaga kebersihan dan senyapkan telefon bimbit.
        Waktu senyap bermula jam 11 malam hingga 7 pagi. Aduan bising boleh dibuat melalui aplikasi penghuni.
        Yuran kemudahan bulanan RM80 termasuk WiFi, pembersihan kawasan bersama dan bas ulang-alik ke kampus.
        Kad akses yang hilang perlu dilaporkan segera; penggantian dikenakan caj RM50.
        Sewa bulanan perlu dibayar sebelum 7 haribulan; bayaran lewat dikenakan caj RM10 sehari.
        Penyelenggaraan lif pada hari Selasa, 10 pagi hingga 12 tengah hari. Harap maaf atas kesulitan.
        Sila asingkan bahan kitar semula: kertas (tong biru), plastik dan tin (tong oren), kaca (tong coklat).
        Soalan: Bolehkah ibu bapa bermalam di bilik? Jawapan: Tidak, tetapi mereka boleh menyewa bilik tetamu di aras 2 pada kadar RM60 semalam.
        Malam tayangan filem P. Ramlee, Ali Baba Bujang Lapok, di lounge aras 3 pada Jumaat ini jam 8.30 malam. Popcorn percuma!
    """),
    ("zh-Hans", "公告"): _lines("""
        温馨提示：公寓押金为两个月租金，退房检查后十四个工作日内退还至原付款账户。
        本周六上午九点至十二点进行消防演习，请各位住户听到警报后从最近的楼梯撤离。
        厨房使用时间为早上七点至晚上十一点，请用完后清洁炉台，垃圾分类投放。
        新生入住须知：请携带录取通知书、学生证及护照原件到前台办理，证件仅作核对，不作复印。
        请问新加坡租房要交印花税吗？租期四年以内税率为总租金的0.4%，总租金不超过一千新元可豁免。
        十一月份入住率为93%，平均租期为7.5个月，住户满意度评分4.3分（满分5分）。
        空调滤网每季度清洗一次，由物业统一安排，无需另外付费。
        中秋晚会将于当晚八点在顶楼花园举行，提供月饼和柚子，欢迎大家参加。
        吉隆坡分店租客服务热线 03-2716 4400，服务时间为周一至周五上午九点到下午六点。
        维修单号 WX-20261118-032：三楼公共浴室热水器故障，已通知厂商，预计两天内修复。
        十一月电费账单（编号 202611180932457781）总额 RM 4,286.40，按各房间分表读数分摊。
    """),
    ("en", "template"): _lines("""
        Dear [Resident Name], your room [Room No.] has been allocated for [Start Date] to [End Date]. Please bring your NRIC/FIN or passport for verification at check-in.
        Licence Agreement cl. 7.2: The Licensee shall pay a security deposit equivalent to ____ month(s) of the Licence Fee, being S$________.
        Move-out form: Name: ______ | Room: ______ | Forwarding address: ______ | Bank for refund: ______ | Signature: ______
        Incident report template: Date/Time | Location | Room no. of persons involved | Description | Action taken | Reported by (staff ID)
        Hi {first_name}, your deposit refund of {currency}{amount} was processed on {date}. Ref: {refund_ref}.
        Emergency contact field: enter someone we can reach if you are unwell, e.g. a parent or sibling, with their mobile number including country code (+65 / +60).
        Guest registration: Guest name ____ / ID type (NRIC, FIN, MyKad, Passport) ____ / last 4 characters of ID only ____ / Host room ____ / Nights ____
        WARNING LETTER: Breach of House Rule No. __ ; Resident: [Full Name as per NRIC]; Room: [ ]; Date of breach: [ ]; Details: [ ]
        In line with PDPC advisory guidelines, receipts show only a partial NRIC such as S****123A, never the full number.
        Room allocation sheet headers: Room | Bed | Resident ID (internal) | Nationality | Lease start | Lease end | Deposit paid (Y/N)
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        TENANT REGISTRATION | Name: TAN WEI MING, JONATHAN | NRIC: S9234561J | Mobile: 9176 4402 | Room: TB-03B | Lease: 01/02/2027 - 31/01/2028 | Deposit: S$3,300 paid
        Room allocation AY26/27 Block C L4: C4-01 Nur Aisyah binti Kamarudin (UM, Y2 Accounting) / C4-02 Priya a/p Selvaraju (Y1 Medicine) / C4-03 Chong Mei Ling (Y3 Law) / C4-04 vacant
        Deposit refund: please transfer S$1,420 to Ms Lakshmi Pillai, POSB savings 198-36042-7, after deducting S$80 for the broken blind.
        Incident log 03/11 23:40: Resident Rajesh a/l Murugan (Rm 12A) found smoking at the rooftop staircase, cigarettes confiscated, 2nd written warning issued.
        Move-out inspection 28 Oct, Rm 5-07, Mr Daniel Fernandez: carpet burn near bed (S$150), 2 keycards returned, fridge not defrosted (S$30); balance S$1,820 to OCBC 5012 3874 6601.
        hi this is Mei Xuan from 11-03, my new number is 8832 1957 pls update the door access system thx
        FIN G5530218P - Nguyen Thi Thu Hang, S Pass, employer Bright Kitchen Pte Ltd, bed 2 in Rm 7C, moving in 14 Dec.
        Pls note Siti Hajar binti Osman (room 7) is asthmatic, cleaners must not use aerosol sprays in her room or the corridor outside.
        Season parking: SLB 4827 C belongs to Mr Lim Wee Kiat (unit 05-11), approved till 31 Mar.
        Late rent notice: Muhammad Hafiz bin Zulkifli, Rm B-12-3, arrears RM2,460 (Sep-Oct), final reminder before keycard deactivation.
        Guest register 22/11: visitor Ahmad Faizal, MyKad 030814-10-5627, visiting Rm 9-02, in 8.15pm, out 11.50pm.
        Emergency contact for Kavitha Rajendran (Rm 3A): father Rajendran Subramaniam, +60 12-738 4461, Ipoh.
        From: kavitha.raj92@gmail.com / Subject: away for Deepavali / I will be back in Ipoh from 28 Oct to 3 Nov, please don't let anyone into my room for inspection.
        Student Pass holder WANG YUXIN, passport EJ4827315, PRC, NTU Y1 Materials Engineering, room D-0716, 12-month lease from 5 Aug 2026.
        Please refund Mr Arjun s/o Krishnan's S$900 deposit via PayNow to 9648 2210; he left early because of his mother's surgery in Chennai.
        Card on file for auto-debit: VISA 4546 3391 4585 6303 exp 09/29, cardholder HO JIA HUI, room 2-14.
        Complaint from 14-05: the guy in 14-06, Marcus Yeo, brings his girlfriend to stay every weekend and they quarrel loudly at 3am.
        Tenant screening note: Aaron Goh Kai Wen, 29, software engineer at a fintech in one-north, salary approx S$8.5k, previous landlord says always paid on time.
        Telegram @jiahui_lim98 is the one selling the IKEA mattress in the resident group, she stays in Rm 8F.
        Lost & found: wallet with NRIC T0312874H handed in at the lobby on Tuesday night, owner please collect with another photo ID.
        Ops note: Ms Farah Nadia binti Rahman's licence terminated after 3 unpaid months; her belongings are stored in basement store B2, room 3-12 re-let from 1 Jan.
        Move-in condition report signed by SHARMILA A/P RAVICHANDRAN, FIN F2287346Q, room 6B, 2 keycards and aircon remote received, no pre-existing damage noted.
        Hi Auntie Rosalind, this is Wen Qi from the co-living on Jalan Kuching, my WeChat is wq_0526lee, you can send me the receipts there.
        Standing instruction for tenant Lee Chun Kit: Maybank 5142 0318 7764, RM1,150 on the 1st of every month to the operator's account.
        CCTV review for case CR-88540: Darren Teo (Rm 4-11) seen taking a parcel addressed to another resident at 18:32; police report lodged.
        Forwarding address for deposit cheque: Mdm Goh Siew Lan, Blk 415 Bedok North Ave 2 #08-143, Singapore 460415.
        Ezra Samuel in Rm 2-09 tested positive for dengue and was admitted to Tan Tock Seng last night, roommate informed, NEA may call us.
        Resident profile: Siddharth Menon, Rm 10C, diet vegetarian (no egg), allergy peanuts, emergency contact +65 8105 7736 (wife Anjali).
        room,name,id,mobile,deposit / 4-07,Low Kah Heng,S9045127H,91357720,2200 / 4-08,Aishwarya d/o Sundram,T0159923I,87026314,2200
        Key handover Fri: 10-02 Tiffany Wong done, 10-03 Haziq Iskandar done, 10-05 Benjamin Koh no-show (called 9073 5518, no answer).
        HKID K382615(5), holder CHAN TSZ YAN, HKU exchange student at NUS for Sem 2, single room R-1204, deposit waived under the partnership.
    """),
    "mixed": _lines("""
        bro @haikal_azmi u still owe me rm45 for the unifi bill this month, pls bank in to my cimb 7012448839 can?
        eh Jia Ling ah, ur mum call the front desk again, she say u never pick up, call her back at 016-552 0938 lah
        Oi Suresh room 4B, ur myvi WXY 7731 block the gate again, guard say next time kena clamp
        Haiya Kenneth Lau from 12-01 again never pay his share of the aircon gas top-up, $35 leh, anyone got his new number?
        Guys pls pray for Nurul Ain Hamdan from 3rd floor, she kena accident on Federal Highway last nite, now in UMMC ward 5
        can transfer the deposit to me instead, my PayNow is 8290 6613 under TAN KAI LING, my housemate Wei Jie already agree
        Lai Yee the new girl at 7-3 tak balik since Monday, her office at Menara TM also called the guardhouse, anyone manage to contact her?
    """),
    "ms": _lines("""
        Borang daftar masuk: Nama: NUR SYAFIQAH BINTI MOHD YUSOF | No. K/P: 011126-14-0384 | Tel: 019-304 8827 | Bilik: B-2-07 | Program: Diploma Kejururawatan
        Aduan: Penghuni bilik 5C, Amirul Hakim bin Roslan, selalu bermain gitar selepas jam 1 pagi walaupun sudah diberi amaran lisan dua kali.
        Bayaran balik deposit RM1,300 kepada Puan Rohani binti Said, akaun CIMB 8007 4521 9936 02, selepas potongan RM200 untuk cermin yang pecah.
        Pelajar Muhammad Danial bin Azman (no. matrik A221834) telah dimasukkan ke Hospital Serdang kerana demam denggi; keluarga telah dimaklumkan.
        Salam, saya Aina dari bilik 3-11, nombor baru saya 017-629 4105, tolong kemaskini dalam sistem ya.
        Senarai penghuni tingkat 2: 2-01 Farhan bin Ismail, 2-02 Ganesh a/l Muniandy, 2-03 Wong Kar Seng, 2-04 Aiman bin Hassan, semua pelajar tahun 1 UiTM Shah Alam.
        Surat amaran kedua kepada Encik Zulhilmi bin Kassim (MyKad 980502-07-5131) kerana membawa tetamu bermalam tanpa pendaftaran pada 9 dan 10 November.
    """),
    "zh-Hans": _lines("""
        住户登记：姓名 林诗涵，护照号 EK5538274，手机 +86 159 0217 4483，房间 12B，入住日期 2027年1月8日，押金 S$2,600 已付。
        三楼的黄志强又在房间里抽烟，烟雾报警器一晚响了两次，请管理处处理。
        退押金请转到我的马来亚银行账户 1640 2287 3315，户名王晓燕，谢谢。
        陈俊杰同学（NUS 计算机系大二，房间 C-0512）下周做膝盖手术，需请假两周，请暂停他房间的清洁服务。
        微信号 zhou_yiting0903 是周怡婷，住在 8 楼，她在群里转卖二手电饭锅。
        担保人 刘美华，新加坡身份证 S8812650E，为 9 楼租客担保，月收入约 6,000 新元。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the resident assistant for Harbourline Co-Living, Singapore."),
        (
            "user",
            "hi, I'm moving out of room 09-04 on 30 Nov, can you refund my deposit to my new account",
        ),
        (
            "assistant",
            "Sure. Please give me the account holder's full name, the bank and account number, and your booking reference.",
        ),
        ("user", "Nicholas Chua Boon Hock, DBS 027-918645-3, booking HL-BK-48821"),
    ],
    [
        ("user", "Assalamualaikum, saya nak tempah bilik single untuk semester depan."),
        (
            "assistant",
            "Waalaikumussalam. Boleh berikan nama penuh, nombor MyKad dan universiti anda?",
        ),
        ("user", "Nurul Huda binti Ramli, 020219-12-6648, UMS Kota Kinabalu, tahun 2 Sains Marin."),
    ],
    [
        ("user", "你好，我儿子张浩然下个月去新加坡读 SIM，想订你们的单人间。"),
        ("assistant", "好的，请提供学生的护照号码和预计入住日期。"),
        ("user", "护照号 EG6629157，8月3日入住，有事可以打我电话 139 5082 7716。"),
    ],
    [
        (
            "user",
            "can I change room? my roommate Ong Jun Hao keeps taking my food from the fridge and he came back drunk at 4am twice this week",
        ),
        (
            "assistant",
            "Sorry to hear that. I can log a transfer request. Which room are you in now, and how can we reach you?",
        ),
        ("user", "07-02B, I'm Tharshini, 9481 2276"),
    ],
    [
        ("system", "Concierge assistant for a serviced apartment in Marina Bay."),
        ("user", "Need to extend my stay by 2 weeks, charge the same card please."),
        ("assistant", "Certainly. May I confirm the name on the booking and the card number?"),
        ("user", "Hartmann, Julia. Card 5521 3746 3321 4265, apartment 2304."),
    ],
    [
        ("user", "what time is check in?"),
        (
            "assistant",
            "Check-in is from 3pm; after 10pm the guard at the lobby will hand over your keycard.",
        ),
        (
            "user",
            "ok I'll reach around 11pm, flying in from Penang. booking under Lim Soo Ching, my phone 013-882 5170, pls tell the guard",
        ),
    ],
    [
        (
            "user",
            "I want to report something. the guy in unit 15-03, I think his name is Farid Iskandar, keeps following me to the lift at night",
        ),
        (
            "assistant",
            "Thank you for telling us. Your safety comes first. Could you share your name and room so security can follow up?",
        ),
        ("user", "Melissa, 15-07. please don't tell him it was me"),
    ],
    [
        ("user", "Can you issue me a tenancy letter for my bank? They need proof of address."),
        (
            "assistant",
            "Yes. Please confirm your full name as on your pass, FIN, room number and lease start date.",
        ),
        ("user", "VIKRAM NAIR, FIN M3018452U, room 3-08, lease started 1 Oct 2026"),
    ],
    [
        ("user", "bos, aircon rosak dah 3 hari, bilik A-7-2"),
        (
            "assistant",
            "Maaf atas kesulitan. Boleh beri nama dan nombor telefon supaya juruteknik boleh hubungi?",
        ),
        ("user", "Kamal, 011-2384 7716. Saya kerja shift malam kat KLIA so datang before 5pm ok"),
    ],
    [
        ("user", "I'm the guarantor for my daughter Chloe Tan at your Kent Ridge hostel."),
        (
            "assistant",
            "Thank you. For the guarantee we need the guarantor's full name, NRIC and a contact number.",
        ),
        (
            "user",
            "Tan Hui Leng, S7765102J, 9023 6148. Also she has epilepsy, please let the night staff know.",
        ),
    ],
]
