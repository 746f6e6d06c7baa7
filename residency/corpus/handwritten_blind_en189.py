# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en189: SG/MY pet grooming salons, boarding kennels and pet sitters. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en189
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "booking"): _lines("""
        Booking confirmed: Full Groom (Medium Dog, 10–20kg) on Sat 14 Mar 2026, 11:00am at our Tiong Bahru outlet. Booking ref PG-260314-0087. Please arrive 10 min early.
        Reminder: your cat grooming slot is tomorrow at 3pm. Reply 1 to confirm, 2 to reschedule. Late cancellation (<24h) forfeits the $20 deposit.
        BOARDING BOOKING FORM | Owner name: ____________ | Contact no: ____________ | Pet name: ________ | Breed: ________ | Check-in: __/__/____ | Check-out: __/__/____ | Special diet: ________
        Dear [Owner Name], thank you for booking [Pet Name] with us for [Service] on [Date]. Kindly bring the latest vaccination card at drop-off.
        Slots for CNY boarding (14–22 Feb 2026) are now 90% full. Remaining: 3 small-dog suites, 2 cat condos. Deposit of 50% is non-refundable.
        Your booking ref is 93814402 — please quote this booking number, not your mobile number, when you call the front desk.
        Walk-ins for nail trim only, Tue–Fri 11am–6pm, $15 per pet; no appointment needed.
        Booking status: CONFIRMED | Service: Puppy First Groom | Pet: Kopi (Toy Poodle, 14 wks) | Slot: 09:30–10:45 | Groomer: any available | Ref: GRM-0042619
        Daycare package: 10 visits for $350, valid 3 months from first visit, not transferable between pets.
        Pet sitter home visits: 30-min visit $28, 60-min visit $45, overnight stay $95. Areas covered: Bishan, Toa Payoh, Ang Mo Kio and Serangoon.
        Please note we do not accept dogs on heat for group daycare; a private boarding room surcharge of $15/night applies.
        Online booking will be down for maintenance on 2 Apr 2026 from 01:00 to 05:00 SGT; WhatsApp bookings to our shop line 8012 6630 will still be answered.
        Checkout summary — Booking BK-2026-11207: 6 nights x $48 (cat condo), medication admin x 6 @ $5, total $318.00 before GST.
        Cancellation policy: full refund if cancelled 7 days before check-in; 50% refund 3–6 days before; no refund within 48 hours or for no-shows.
        Booking changed: Bath & Tidy for 2 Shih Tzus moved from 10 Mar 2:00pm to 12 Mar 4:30pm at the owner's request. Ref PG-260310-0115.
        Yes, we board rabbits and guinea pigs too — small animal boarding is $22/night at our Pasir Ris branch; please bring your own pellets and hay.
    """),
    ("en", "vaccination"): _lines("""
        Boarding vaccination requirements (dogs): DHPPi or DHPPiL within the last 12 months and Kennel Cough (Bordetella) within 12 months, given at least 14 days before check-in.
        Cats: FVRCP (tricat) within 12 months is compulsory; FeLV is recommended for cats joining the communal play area.
        Titre test results are accepted in lieu of DHPP boosters for senior dogs above 10 years, provided the lab report is dated within the last 3 years.
        Vaccination card template: Pet name ______ | Species ______ | Vaccine ______ | Batch no. ______ | Date given ___ | Next due ___ | Clinic stamp ______
        Vaccine record check: Nobivac DHPPi batch A457B02, given 05/01/2026, next due 05/01/2027 — VALID for boarding.
        Puppies must have completed at least the 2nd core vaccination before their first grooming session; we recommend waiting 1 week after the 3rd shot.
        Rabies vaccination is not required for boarding within Singapore, but it is mandatory for pets travelling across the Causeway to Malaysia.
        Reminder: the intranasal kennel cough vaccine takes about 3–5 days to give protection, so please do not vaccinate on the day of check-in.
        Leptospirosis (L4) booster is yearly; dogs that swim at the beach or drink from puddles are at higher risk.
        Uploaded cert rejected: the photo is blurred and the clinic stamp and expiry date cannot be read. Please resend a clearer copy.
        Deworming every 3 months and monthly tick & flea prevention (e.g. Bravecto, NexGard, Revolution) are required for all boarders.
        Vaccination check summary for March: 212 boarders checked, 197 valid, 11 expired (rebooked after booster), 4 exempted on vet letter.
        Q: My cat never goes outside, still need vaccine for boarding? A: Yes, indoor cats still need FVRCP because other boarders may carry cat flu.
        Vet exemption letters must state the medical reason, be printed on the clinic's letterhead and be signed by the attending vet.
    """),
    ("en", "incident_report"): _lines("""
        INCIDENT REPORT IR-2026-031 | Date: 03/03/2026 14:20 | Pet: Toy Poodle (Room B2) | Nature: small nick on left ear during scissoring | Action: cleaned with chlorhexidine, owner informed by phone, groom not charged.
        Kennel log 22:15 — cat condo C4 occupant vomited hairball x1, eating normally, litter normal, will monitor.
        Two unneutered male dogs had a scuffle in the daycare yard at 11:05am; separated within 10 seconds, no punctures found on full body check.
        Incident summary Q1: 7 minor grooming nicks, 2 nail quicks, 1 escape attempt (contained in reception), 0 vet referrals required.
        Near miss: grooming table noose not clipped properly and the dog tried to jump down. Reminder to all groomers to double-check the loop before turning away.
        Heat stress watch: French Bulldog in Room A1 panting heavily after the 4pm walk, moved to aircon room, temp 39.1°C, settled by 4:40pm.
        Report form fields: Incident ID | Date & time | Location | Pet(s) involved | Staff on duty | Description | First aid given | Owner notified (Y/N) | Vet visit (Y/N)
        Escape incident: a Siberian Husky dug under the outdoor play area fence; found at the car park 6 minutes later, unhurt. Fence base to be concreted.
        Medication error: Kennel 7 dog given its evening Apoquel at 5pm instead of 8pm; vet advised no harm, next dose as scheduled.
        Power trip at 02:40 stopped the cattery aircon for 35 min; room temperature rose to 30°C, all cats checked and fine.
        Minor bite on a groomer's glove during nail clipping of an anxious Akita; muzzle to be used for this pet in future sessions.
        Cat found with mild diarrhoea on day 3 of boarding, likely from diet change; switched to sensitive formula with the owner's consent.
        CCTV reviewed for 5 Jan 15:00–15:30: no rough handling observed during the bath of the Golden Retriever in Room D.
        Incident closed: ear infection flagged during the groom of a Cocker Spaniel; owner took the pet to their own vet and the groom fee was refunded as goodwill.
    """),
    ("en", "invoice"): _lines("""
        TAX INVOICE | Pawfection Grooming Pte Ltd | UEN / GST Reg No. 201834567K | Invoice No. INV-2026-004128 | Full Groom (Large) $110.00 | De-shedding add-on $25.00 | GST 9% $12.15 | Total $147.15
        Receipt No. R-88213047 | Boarding 5 nights cat condo @ $45 = $225.00 | Paid by PayNow to UEN 201834567K | Thank you!
        Invoice INV/SG/2026/00412 — Daycare package (10 visits) $350.00, member discount 10%, total $315.00 incl. GST. Due on receipt.
        Please pay via PayNow to UEN 53412345X (Happy Tails Pet Sitting) and send a screenshot showing the invoice number.
        Credit note CN-00319 issued against INV-2026-003877 for $45.00 (groom cancelled due to skin condition).
        Quotation Q-2026-118: pet sitting 14 Dec – 2 Jan, 2 visits daily x 20 days @ $25 = $1,000.00; key handover fee waived.
        Invoice 2026/0088 | Kennel Club Pet Resort Sdn Bhd (Reg. No. 202301045678) | Boarding 3 nights RM180.00 | SST 8% RM14.40 | Total RM194.40
        Payment terms: invoices unpaid after 14 days incur a $10 admin fee; pets will not be released until outstanding boarding fees are settled.
        Line item codes: GRM-S (small groom) $55, GRM-M $75, GRM-L $110, BTH-S (bath only) $35, NL-01 (nail trim) $15, EC-01 (ear cleaning) $12.
        Refund processed: $60.00 to the original payment method for invoice INV-2026-004201; please allow 7–10 working days.
        Card payment declined (response code 05, Do Not Honour) for invoice INV-2026-004233; customer asked to retry with another card.
        Monthly sales report Feb 2026: grooming $48,320, boarding $71,905, retail $9,440; average invoice value $86.20.
        E-receipt | Order #SHP-240612QK8W3T | 2x grain-free cat food 1.7kg $37.80 | Shipping $0 | Total $37.80
        Deposit receipt DR-1042: $100 deposit received for CNY boarding, to be offset against the final invoice.
    """),
    ("en", "notice"): _lines("""
        NOTICE: Our Katong outlet will be closed on 1 May (Labour Day). Boarding pick-ups by appointment only, please call the shop line 6344 2210.
        All dogs must be on leash in the lobby and cats must be in a carrier. Thank you for helping us keep everyone safe!
        HDB reminder: only one dog of an approved breed is allowed per HDB flat, and every dog must be licensed and the licence renewed yearly.
        Due to the haze (PSI above 200), outdoor walks for boarders are suspended; indoor play sessions will replace them.
        We are hiring! Full-time groomers (certified or trainee) for our Jurong East and Punggol outlets. Send your CV to careers@pawfectionsg.com.
        Price revision from 1 Jan 2026: all grooming prices increase by $5 due to higher rental costs.
        Tick season alert: we have seen more brown dog ticks this month, so every dog gets a free tick check at check-in.
        Our groomers do not sedate pets and will stop a session if a pet is too stressed; the owner will only be charged for work done.
        Hari Raya and Deepavali boarding is open for booking now; early bird 10% off if paid before 30 Sep.
        Lost & found: a blue nylon collar with a bone-shaped tag (no name) was left at reception on Saturday; please claim at the front desk.
    """),
    ("en", "owner_chat"): _lines("""
        hi, can I check if got slot this Sat 2pm for full grooming? my shih tzu abt 6kg
        Is the kennel aircon 24 hrs? My frenchie cannot tahan heat one
        hello, my cat very fierce at the vet, will your groomer still do? or need to sedate?
        Can the pet sitter give meds? She needs 1/4 tablet twice daily with food
        How much for bath only for a golden retriever ah? Not cutting hair
        got webcam for boarding or not? want to see my dog at night
        Thanks for the update! So relieved she's eating already 😊
        My dog can't take chicken, allergic. Can I bring my own food for boarding?
        Do you do lion cut for cats? What's the price for a long-haired Persian with some matting?
        The water fountain was not topped up yesterday, pls remind the sitter on the next visit ya
        Can I pick up at 8pm instead of 7? Stuck in a meeting
        Do you groom rabbits and guinea pigs? Or only dogs and cats?
        Is there a discount for two dogs boarding together in the same room?
        Your groomer did a great job on the teddy bear cut, will come back next month!
    """),
    ("ms", "owner_chat"): _lines("""
        Salam, nak tanya harga grooming kucing Parsi bulu panjang berapa ya?
        Boleh tumpang kucing 5 hari masa cuti Raya? Kucing dah siap vaksin.
        Ada servis ambil dan hantar kucing tak? Rumah saya area Bangi.
        Kedai buka pukul berapa hari Ahad?
        Kucing saya takut air, boleh buat dry bath je ke?
        Terima kasih kak, Oyen nampak wangi dan gebu sangat lepas grooming!
    """),
    ("ms", "invoice"): _lines("""
        INVOIS | Bulu Manja Grooming Enterprise (SA0561234-X) | No. Invois: BM-2026-0231 | Mandi & Potong Kuku Kucing RM45.00 | Jumlah RM45.00
        Resit No. 000517 | Penginapan kucing 4 malam x RM25 = RM100 | Dibayar tunai | Terima kasih, datang lagi!
        Bayaran boleh dibuat melalui DuitNow QR di kaunter atau pindahan bank ke akaun syarikat; sila hantar resit ke talian kedai 03-5511 2840.
    """),
    ("zh-Hans", "notice"): _lines("""
        本店周一休息；春节期间（2月16日至2月19日）暂停美容服务，寄养照常。
        寄养须知：狗狗须在入住前14天完成年度疫苗（DHPPi及犬窝咳），猫咪须完成三联疫苗。
        美容价格表：小型犬洗澡 $35，全套美容 $55 起；猫咪洗澡 $60 起，打结严重另加 $20。
        温馨提示：请勿在美容前两小时喂食，以免宠物在吹干时呕吐。
        订单编号 PG-260214-0033 已确认，如需更改请至少提前24小时通知门店。
        招聘：宠物美容师（有经验者优先），工作地点：义顺及盛港分店，请将简历发送至公司邮箱。
    """),
    ("mixed", "owner_chat"): _lines("""
        Boss, my corgi very scared of dryer one, can hand dry or not ah?
        请问 boarding 一晚多少钱？my cat 4kg, 有没有 aircon?
        Kak, kucing saya boleh mandi today or not? Dia baru habis antibiotik semalam.
        Aiyo the groomer cut until so short, my poodle look like chicken already 😂 but ok lah hair will grow back
        Can pay by PayNow or must cash ah? 今天 pick up 的时候付可以吗？
        Sorry ah, 我们的 flight delay, maybe collect tmr morning can? Will pay the extra night.
        Ada slot untuk grooming Saturday pagi? Anjing saya Maltese, 3kg only.
        Walao the pet taxi 2 hours late, next time I bring the dog myself lah.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        BOOKING FORM | Owner: TAN WEI LING (Shermaine) | NRIC: S8234617A | Mobile: 9735 2148 | Pet: Mochi, Maltese, F, 4 yrs | Service: Full groom + tick bath | 14/03/2026 11:00 | Tiong Bahru
        Boarding agreement signed by Muhammad Hafiz bin Rosli (IC 850314-10-5521) for 2 cats, check-in 20 Dec, check-out 2 Jan; emergency contact: wife Nurul Huda, 016-725 3048.
        Vaccination record — Owner: Kavitha d/o Ramasamy, Blk 658B Jurong West St 65 #12-204 S642658 | Dog: Rocky (Labrador, M) | DHPPiL 12/01/2026 batch A3218 | KC 12/01/2026 | Next due Jan 2027
        INCIDENT REPORT IR-2026-044: quick cut during nail trim on Butter (Pomeranian), styptic applied, bleeding stopped in 2 min. Owner Mr Desmond Goh Kian Seng informed at 3.15pm on 8216 4093; he was upset and asked for a $25 refund.
        pls note Mdm Lim Ah Moi from Toa Payoh Lor 8 blk 79, the one with the old schnauzer Bobby — she just had cataract op and cannot drive, we need to send Bobby home by pet taxi after groom
        Payment retry failed for card 4556 1568 0496 8048 exp 09/28 — cardholder LEE JUN HAO, booking BK-2026-0412 (boarding 6 nights).
        DO NOT BOOK: Kelvin Ong Boon Kiat, 9482 0617 — 3 no-shows in Jan, shouted at front desk staff on 8 Feb.
        Refund $120 deposit to POSB savings 184-23567-9, a/c name NG SOO CHIN, for cancelled CNY boarding (ref BK-2026-0198).
        Import permit application | Owner: ZHANG YUHAN | PRC passport: E83194627 | FIN: G5637204R | Dog: Doudou (Shiba Inu) | Arrival: SQ 833, 12 Apr 2026
        Note for staff: Luna the ragdoll belongs to Siti Aishah binti Kamarudin — she is on chemo at NCCS every Tuesday, so extend Luna's boarding by a day whenever she messages, no extra charge.
        FOUND: brown toy poodle, no collar, near Blk 311 Clementi Ave 4 this morning. Owner pls call me, Jeremy, at 8870 3356, I'm keeping her at my flat for now.
        Pet taxi pickup 8.30am: Mrs Deborah Pereira, 42 Jalan Kembangan S419137, 2 crates (cats Pepper & Salt), drop at Katong outlet.
        Member sign-up | Name: Arjun s/o Subramaniam | Email: arjun.subra92@gmail.com | DOB: 02/05/1992 | Pets: Simba & Nala (cats) | Referred by: Instagram
        Ticket #CS-20931 from Wong Mei Xuan <meixuan.wong@outlook.com>: says her bichon Snowy came back with clipper burn on the belly, wants vet bill of $86.50 reimbursed.
        Sitter listing: Jolene Chua, part-time pet sitter, Woodlands/Sembawang, $25 per visit, ex-vet nurse, Telegram @jolene_petsitsg
        Staff injury: kennel assistant Darren Yeo Wei Jie bitten on left forearm by boarder Max (Rottweiler) during feeding, 3 stitches at KTPH A&E, MC 2 days.
        Security: car SGP 8803 E belongs to Mr Vincent Teo (Kaya's owner), allow him to park at the loading bay during pick-up on Sunday.
        CREDIT CARD AUTHORISATION | Cardholder: CHEONG KAR MUN | Card no.: 5523 3848 7514 6784 | Exp: 11/27 | Amount: SGD 1,240.00 (boarding 14 nights, 2 dogs) | Signature: ______
        Broadcast list "Boarding VIP": Jasmine Koh +65 9318 5062 | Adrian Seah +65 8593 1147 | Farah Nadia +65 9667 2480
        Dear Ms Chloe Tan Hui Wen, as you did not turn up for your 11am grooming slot on 3 March (your third no-show this year), your $20 deposit is forfeited and future bookings require full prepayment.
        PET SITTING AGREEMENT between Owner: Benjamin Rodrigues, NRIC S6842719C, of 9 Lorong Marzuki S417093, and Sitter: Hannah Lee Xin Yi, NRIC T0412853I. Period 18–27 Dec 2026. Fee $540.
        Incident: customer's son Ethan Lim (7, Pei Hwa Presbyterian Primary) bitten on right hand by a dog in the waiting area at 5.10pm; his mum took him to a GP clinic nearby for a tetanus jab.
        Collection instructions for Coco: only Mrs Irene Gan Siew Ling or her sister may collect — Irene says she is going through a divorce and her ex-husband is NOT allowed to take the dog.
        Outstanding $430: Mr Lawrence Chia Teck Meng still hasn't paid for Dec boarding after 3 reminders; boss says send lawyer's letter next week.
        Guest from HK: CHAN Tsz Ching, HKID K627391(2), HK mobile +852 9473 2816, boarding her shiba Kuro 6–10 May while attending a wedding in SG.
        Roster change: groomer Goh Hui Min on MC until Friday (dengue, warded at CGH), all her appointments reassigned to the Tampines team.
        Pet taxi driver for tomorrow: Mohd Faizal bin Rahmat, van plate SJX 1956 R, contact 8339 6105 — will pick up from Sengkang at 9am.
        Waitlist Dec boarding: 1) Rosnah binti Idris (Malaysian, 019-442 8163, 2 cats) 2) Aaron Chng Wei Ming (family relocating to Perth, needs 3 weeks)
        Review on our FB page: "Clara Lim Shu Fen looked after our two cats in Pasir Ris over CNY and sent videos daily, but she also let herself into our flat on 2 days we didn't book and charged us for them!"
        GIRO form | Account holder: Yvonne Sim Pei Shan | DBS account 027-904518-3 | Monthly daycare deduction $320 | Start Apr 2026
        Sitter check-in log 14 Dec 7:02pm: entered 18 Lorong Ah Soo #05-03 (Rachel Fernandez) using key from the lobby lockbox, fed cats, cleaned litter; Rachel is in Melbourne for her brother's wedding till 2 Jan.
        Groomer application: Nurul Izzati binti Hamzah, NRIC T0265894H, 24, Diploma in Veterinary Technology, expected salary $2,300, can start 1 Apr.
        Boarding card — Pet: Kaya (Golden Retriever, 9y, arthritis, Rimadyl AM) | Owner: Suresh Nair, 8124 9957 | Alt contact: Meena Nair (wife), 9840 3721
        Email from priscilla.ang.lm@gmail.com: "Hi, this is Priscilla, I'll be away for my mum's funeral in Ipoh, please keep Oreo until the 15th."
        Authorised collector for Bubbles: Rosalinda Dela Cruz (FIN M2817465Q), domestic helper of Mdm Koh Bee Leng at 7 Jalan Bunga Rampai S538375.
        Dog licence transfer request: from Mr Tan Kok Leong (S5382716J) to his daughter Tan Jia Min (S8841270B) — father moving into a nursing home, schnauzer will stay with daughter.
        Boarding agreement | Owner: Oliver Bennett | FIN: G8124056L | Mobile: 9206 5571 | Pets: Archie & Finn (Cavaliers) | Dates: 1–16 Aug 2026 | Relocating from London, first time boarding
    """),
    "ms": _lines("""
        Borang tempahan grooming | Nama pemilik: NOR AZLINA BINTI MOHD YUSOF | No. KP: 900722-14-6348 | Tel: 012-384 7291 | Kucing: Oyen (DSH, jantan) | Servis: mandi + potong kuku | Tarikh: 7/6/2026 10 pagi
        Assalamualaikum, saya Zulkifli bin Ahmad, nak batalkan tempahan penginapan kucing 20–25 Jun sebab isteri saya masuk wad bersalin. Tolong refund deposit RM50 ke Maybank 1641 2309 8857.
        Laporan insiden: kucing Comel milik Puan Faridah binti Hassan (No. 23, Jalan SS 2/64, 47300 Petaling Jaya) terlepas dari sangkar semasa dipindahkan ke bilik mandi; dijumpai 20 minit kemudian di bawah kaunter.
        Resit bayaran: Encik Kumar a/l Muniandy, kad 4147 4055 2670 8869, RM380 untuk penginapan anjing 10 malam.
        Pengasuh haiwan: Aina Sofea binti Rahim, 25 tahun, kawasan Shah Alam Seksyen 7, Telegram @ainasofea_petsit, boleh datang rumah 2 kali sehari.
    """),
    "zh-Hans": _lines("""
        寄养登记：主人 陈思颖，手机 +65 9524 1837，狗狗 豆豆（柯基，3岁），1月28日入住，2月3日退房，押金 $100 已付。
        客户投诉记录：林佳慧女士称她的英短在本店洗澡后眼睛红肿，已带去看兽医，要求赔偿医药费 $150，联系电话 8739 2064。
        宠物托运咨询：主人 王晓雪，身份证号 320502199203031823，计划从上海带猫移居新加坡，需要办理 AVS 进口许可证。
        美容师黄俊杰上周给哈士奇剪指甲时被咬伤手指，缝了四针，医生开了五天病假。
    """),
    "mixed": _lines("""
        eh boss, Tan Ah Seng here from blk 211 Serangoon Ave 4, my dog Lucky grooming tmr 10am can change to 2pm ah? hp 9206 4418
        Kak Yati (Suryati binti Osman) punya kucing 3 ekor boarding sampai Ahad, dia cakap bayar cash bila collect, total RM245, dia baru hilang kerja so bagi diskaun sikit ok
        Mdm 李秀英 Lee Siew Eng 的狗 Milo 今天 grooming，她刚做完 hip surgery 不能弯腰，please help carry Milo to her car SMB 772 R.
        Uncle Raju a/l Perumal cakap his wife passed away last month, Rimau the cat now very stressed, pls handle gently & waive the late pickup fee.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for Happy Paws Grooming, Singapore. Collect pet details, preferred slot and the owner's name and contact number.",
        ),
        ("user", "Hi, want to book full groom for my schnauzer Pepper next Sat morning"),
        (
            "assistant",
            "Sure! Next Saturday we have 10:00am or 11:30am. May I have your name and contact number?",
        ),
        ("user", "10am pls. Marcus Lim Zhi Wei, 8462 0973"),
        (
            "assistant",
            "Done! Pepper is booked for a full groom at 10:00am next Saturday under Marcus Lim. See you then.",
        ),
    ],
    [
        (
            "user",
            "hi i'm Nadia Rahman, my cat sitter cancelled last minute, can your sitter come to my place tonight?",
        ),
        (
            "assistant",
            "So sorry to hear that! We have one sitter free from 7pm. Could you share your address and the cats' names and feeding routine?",
        ),
        (
            "user",
            "Blk 117 Rivervale Drive #09-342, S540117. Cats are Kiki and Bean, half can wet food each + top up kibble. Spare key is with my neighbour at #09-340",
        ),
    ],
    [
        (
            "user",
            "This is Gary Sim. My dog Hachi came back from your boarding limping on his front leg.",
        ),
        (
            "assistant",
            "We're very sorry. Could you share the booking reference so we can check the kennel logs and CCTV?",
        ),
        (
            "user",
            "BK-2026-0877. My vet says it's a sprain, bill was $210. I want full reimbursement, reply to gary.sim.kc@gmail.com",
        ),
        (
            "assistant",
            "Thank you, Mr Sim. Our manager will review the footage and email you within 2 working days.",
        ),
    ],
    [
        (
            "user",
            "Salam, saya Hafizah binti Ismail. Nak hantar kucing tumpang masa saya balik kampung di Kelantan 1–7 Apr.",
        ),
        (
            "assistant",
            "Waalaikumussalam. Boleh, ada bilik kosong. Kalau nak guna servis ambil kucing, boleh beri alamat dan nombor telefon?",
        ),
        (
            "user",
            "No. 8, Jalan Seri Putra 3/2, Bandar Seri Putra, 43000 Kajang. Tel 013-871 2204. Kucing 2 ekor, Tompok dan Milo.",
        ),
    ],
    [
        ("user", "can I pay the boarding balance by card over chat?"),
        (
            "assistant",
            "For your security, please use the payment link we sent instead of typing card details here.",
        ),
        (
            "user",
            "aiya just charge it lah, 5300 8972 9846 1380, exp 04/29, name on card Samuel Tan Boon Hock",
        ),
    ],
    [
        ("user", "你好，我是刘佳琪，下个月要带我的布偶猫回深圳，你们有宠物托运服务吗？"),
        ("assistant", "您好！我们可以协助办理出口手续，需要主人的身份证号码、联系电话和航班信息。"),
        ("user", "身份证 44030619880715432X，电话 138 2745 9061，航班是 5月18日 的 CZ 3040。"),
    ],
    [
        (
            "system",
            "You are the HR assistant for PetStay Kennels Sdn Bhd, Puchong. Help job applicants submit their details.",
        ),
        ("user", "Hi, I want to apply as kennel attendant"),
        (
            "assistant",
            "Thank you for your interest! Please share your full name, IC number and phone number, plus any experience with animals.",
        ),
        (
            "user",
            "Lokman bin Hashim, IC 880611-08-5479, phone 017-309 5526. I worked 3 years at a vet clinic in Ipoh before.",
        ),
    ],
    [
        (
            "user",
            "I'm moving back to Manila with my dog next month, can you help with the export paperwork?",
        ),
        (
            "assistant",
            "Yes, we handle pet relocation. For the export licence we need the owner's full name, FIN, passport number and flight details.",
        ),
        (
            "user",
            "Maria Cristina Santos, FIN F2286173P, passport P4829173B, flight PR 508 on 30 Jun. Dog is Bruno, a 5-year-old beagle.",
        ),
    ],
    [
        (
            "user",
            "Your staff just told me my dog ran away at the park during the walk!!! I'm Jessica Wee, Snowball's owner, call me NOW 9127 5530",
        ),
        (
            "assistant",
            "Ms Wee, we are so sorry. Our team is searching the park and we have alerted the nearby pet groups. Our manager will call you in a minute.",
        ),
        (
            "user",
            "I'm leaving the office now, I'll be there in 20 min. If anything happens to her I'm going to the police.",
        ),
    ],
    [
        (
            "user",
            "Uploading Max's vaccine card for boarding next week. Owner name Tan Li Ping, email tanliping.home@yahoo.com.sg",
        ),
        (
            "assistant",
            "Thanks! The DHPPi is valid, but the kennel cough vaccine expired last month. It must be done at least 14 days before check-in.",
        ),
        ("user", "ok I'll bring him to the clinic this Saturday and send you the new cert"),
    ],
    [
        (
            "user",
            "hi this is Aunty Mei, Chong Mei Lan from Bedok. My grandson sick so I must go KL help my daughter, can send someone feed my 2 cats?",
        ),
        ("assistant", "Of course, Aunty. How many days, and where can our sitter collect the key?"),
        (
            "user",
            "5 days from tmr. Key I leave with my neighbour at #08-117, my flat is Blk 412 Bedok North Ave 2 #08-115. Any problem call my hp 9863 1045 ok",
        ),
    ],
]
