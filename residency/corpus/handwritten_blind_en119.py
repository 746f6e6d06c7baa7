# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en119: SG/MY veterinary clinics and pet boarding (vaccination records, microchips, AVS and DVS licences, boarding and grooming forms, lost pets). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en119
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "clinic_notice"): _lines("""
        Clinic hours: Mon–Fri 9am–8pm, Sat 9am–5pm, Sun & PH closed. For after-hours emergencies please proceed to the nearest 24-hour animal hospital.
        Reminder: core puppy vaccines (DHPPi) are given at 8, 12 and 16 weeks, with a booster at 1 year and then every 3 years as advised by the attending vet.
        Kennel cough (Bordetella) vaccination must be given at least 7 days before boarding check-in; intranasal and oral vaccines are both accepted.
        All dogs boarding with us must be on tick and flea prevention. If ticks are found on arrival we will treat at $35 and inform the owner.
        NOTICE: Our Tampines branch will be closed on 25 Dec and 1 Jan. Prescription refills can be collected at the Bukit Timah branch on those days.
        Due to the haze (PSI above 200), outdoor walks for boarders are suspended; dogs will be exercised in the air-conditioned play room instead.
        Pre-op instructions: no food after 10pm the night before surgery, water allowed until 7am, and please arrive by 8.30am for admission.
        Price list 2026: Consultation $55 (weekday) / $75 (Sat) | Microchip implant + registration $60 | Cat spay from $250 | Dog dental scaling from $380 (excl. GST).
        Heartworm is endemic in Singapore and Malaysia, so we recommend monthly prevention all year round, including for indoor dogs.
        We are now a Fear Free certified practice. Ask the front desk about pre-visit calming medication for anxious cats.
        Supply update: the L4 leptospirosis vaccine is delayed; appointments from 8–19 Dec will use the L2 formulation and booster schedules stay the same.
        Pet taxi pickup is available within 10 km of the clinic at $25 per way. Book at least 24 hours ahead via our hotline 6465 2300.
        Found a stray dog or cat? Bring it to any of our branches and we will scan for a microchip free of charge.
        Grooming slots for brachycephalic breeds (Pug, French Bulldog, Shih Tzu, Persian) are scheduled before 11am to reduce the risk of heat stress.
        Rabies certificates for export must be signed by an AVS-accredited vet, and the vaccine must be given at least 21 days before the travel date.
        Our blood bank needs donor dogs: healthy, 1–8 years old, above 25 kg and fully vaccinated. Every donor gets a free health screen and a goodie bag.
        Our waiting-room bookshelf has James Herriot's All Creatures Great and Small; feel free to read while you wait, but please return it to the shelf.
    """),
    ("en", "regulation"): _lines("""
        Under the Animals and Birds Act, every dog in Singapore must be microchipped before AVS will issue or renew a dog licence.
        HDB flat dwellers may keep one dog from the approved breed list; Project ADORE allows selected local mixed-breed dogs that meet the size criteria.
        Dog licence fees: $15 a year for a sterilised dog and $90 a year for an unsterilised dog; sterilised dogs may instead take a one-off lifetime licence of $35.
        Scheduled breeds such as the Akita, Bull Terrier and Dogo Argentino must be leashed and muzzled in public, and the owner must hold insurance of at least $100,000.
        A pet boarding establishment must hold a valid AVS licence and display its licence number at the reception counter.
        Dogs and cats imported into Singapore from Peninsular Malaysia need an AVS import licence, a valid rabies vaccination and an ISO 11784/11785 compatible microchip.
        Licensed groomers must keep a record of each animal groomed for at least 12 months and produce it to an AVS officer on request.
        Boarding premises must isolate any animal showing signs of infectious disease and report suspected notifiable diseases such as rabies to the authority within 24 hours.
        Under Malaysia's Animal Welfare Act 2015, pet boarding and grooming businesses need a licence issued under the Lembaga Kebajikan Haiwan framework.
        In Malaysia dog licences are issued by local authorities such as MBPJ, MBSA and DBKL, not by the DVS, and the annual fee differs from council to council.
        Microchip codes starting with 900 are shared manufacturer codes; codes starting with an ISO 3166 country code (702 for Singapore, 458 for Malaysia) are nationally allocated.
        Pets going to Australia need a rabies neutralising antibody titre test (RNATT) at an approved laboratory at least 180 days before export.
        Animals travelling into Sarawak must meet the state's own rabies entry conditions, which are stricter than those for Peninsular Malaysia.
        Veterinary clinics in Singapore must keep medical records for at least 3 years after the last consultation and keep controlled drugs in a locked cabinet.
    """),
    ("en", "faq"): _lines("""
        How soon after spaying can my cat go back to the boarding hotel?
        Is it safe to give my dog Panadol for pain, or should I wait for the vet?
        My dog's microchip was registered by the breeder; how do I transfer it into my name on the AVS portal?
        What is the difference between the 3-in-1 and 4-in-1 cat vaccines, and which one does a boarding cattery usually ask for?
        How long is a rabies titre result valid if I am moving my cat from KL to Singapore?
        Why does the boarding kennel ask for a stool test before check-in?
        Is it normal for a puppy to be sleepy and off food the day after vaccination?
        Which councils in Selangor require dog licences to be renewed every year?
        My cat stopped eating after coming back from boarding. How long should I wait before taking him to the vet?
        Can rabbits be boarded in the same room as cats, or should they be kept apart?
        What documents do I need to adopt a dog from an animal shelter in Malaysia?
        Does pet insurance in Singapore usually cover pre-existing conditions like luxating patella?
        Can I take my dog on the MRT or a public bus if he is in a closed carrier?
    """),
    ("en", "ops_log"): _lines("""
        2026-11-28 09:14:02 INFO booking.svc created BK-2026-118402 kennel=C07 nights=5 status=CONFIRMED
        [vaxrem] batch 2026-12-01T02:00+08:00 sent 1,284 reminders, 37 bounced, 0 errors, next run 2026-12-02T02:00+08:00
        INV-SG-0048213 | Consult 55.00 | Vaccine DHPPi 48.00 | GST 9% 9.27 | Total 112.27 | Status PAID
        Scanner firmware v2.4.1 installed on device HALO-03; FDX-B and FDX-A read test OK, HDX read disabled.
        PO-77120 received: Nobivac Tricat Trio x 50, lot A219B01, exp 2027-08, stored at 2–8°C in fridge 2.
        ALERT kennel sensor K-B2 reading 31.4°C > threshold 28.0°C at 14:22; aircon reset under facilities ticket OPS-4471.
        grooming.queue summary: 12 appointments, avg wait 18 min, 2 no-shows auto-charged the $20 no-show fee.
        Audit: AVS inspection ref PBE/2026/0319 closed with no findings; next routine inspection due Q3 2027.
        deploy petcare-portal 3.18.0 (sha 9f2c1e7) to prod-sg; migration 0042_add_titre_fields applied in 3.2 s.
        {"owner_name": "<REDACTED>", "owner_mobile": "<REDACTED>", "chip_id": "<CHIP_ID>", "species": "canine", "vaccines": ["DHPPi", "L4"]}
        SELECT kennel_id, COUNT(*) AS stays FROM boarding_stays WHERE check_in >= '2026-12-01' GROUP BY kennel_id ORDER BY stays DESC;
        Lab ref IDX-SG-20261204-0091: SDMA 13 µg/dL (ref 0–14), creatinine 142 µmol/L, result flagged normal.
        Courier tracking NJV 8812 0045 6631: carton of prescription diets out for delivery to the Jurong branch.
        Stock alert: Bravecto Chew 20–40 kg (SKU BRV-2040) below reorder level, 6 units left, auto-PO PO-77188 raised.
    """),
    ("en", "form_template"): _lines("""
        BOARDING AGREEMENT | Owner name: __________ | NRIC/FIN (last 4): ____ | Mobile: __________ | Emergency contact: __________ | Pet name: ______ | Breed: ______ | Check-in: __/__/____
        GROOMING CONSENT: I, [OWNER NAME], authorise [SALON NAME] to groom my pet and accept that a heavily matted coat may need a full shave-down.
        Vaccination card columns: Date | Vaccine | Batch No. | Next due | Vet signature & clinic stamp
        LOST [SPECIES] — [PET NAME], last seen at [LOCATION] on [DATE]. Please call [PHONE NUMBER]. Reward offered.
        AVS microchip ownership transfer form: Part A – particulars of current owner; Part B – particulars of new owner; both parties must sign and date.
        Euthanasia consent: I, the undersigned, being the owner of the animal described below, authorise the veterinarian to perform humane euthanasia. Owner signature: ________
        Dear {owner_first_name}, {pet_name} is due for the {vaccine_name} booster on {due_date}. Reply YES to book a slot at {branch}.
        SMS template: [{{clinic_name}}] Hi {{name}}, boarding booking {{booking_id}} is confirmed for {{check_in}}. Please bring the vaccination card.
    """),
    ("mixed", "groupchat"): _lines("""
        anyone know which vet open on Sunday near Punggol? my cat vomit since morning leh
        boarding places at Pasir Ris all full already for CNY, better book early lah
        don't give chicken bones to your dog ah, the vet say can splinter and poke the gut
        feeders in our estate pls don't leave the food packaging lying around, town council warn already
        last time my dog kena tick fever, blood test at the vet around $180, quite worth it lah
        kedai grooming dekat SS15 tu ok tak? dengar cerita they sedate the dogs, betul ke?
        有人知道 AVS 的 dog licence renew 要几多钱吗？lifetime 那个是 $35 right?
        pls remind everyone haze season coming, don't walk the doggos at noon
        grooming package $68 for small dog include nail clipping and ear cleaning, not bad already
        wah the new 24hr animal hospital very steep sia, after midnight consult $120
        share info: SPCA running free sterilisation for community cats this month, register through your town council
        any recommendation for pet relocation agent from Johor Bahru to SG? heard the paperwork damn leceh
        my kucing very scared of car ride, vet gave gabapentin before the visit, helped a lot
        jangan lupa bawak vaccination card bila check in boarding ye, they very strict one
    """),
    ("ms", "notis"): _lines("""
        Notis: Klinik ditutup pada hari pertama dan kedua Hari Raya Aidilfitri. Untuk kecemasan sila ke hospital haiwan 24 jam yang terdekat.
        Semua anjing yang dibawa masuk ke Semenanjung Malaysia perlu mempunyai permit import daripada Jabatan Perkhidmatan Veterinar (DVS).
        Vaksin rabies wajib diberi sekurang-kurangnya 30 hari sebelum haiwan dibawa masuk ke negeri Sarawak.
        Harga mandian kucing: RM45 (bulu pendek), RM60 (bulu panjang); potong kuku RM10; buang kutu RM25.
        Pemilik haiwan diingatkan supaya tidak memberi ubat manusia seperti paracetamol tanpa nasihat doktor haiwan.
        Kucing yang tidak dituntut 14 hari selepas tarikh keluar akan diserahkan kepada persatuan kebajikan haiwan.
        Borang penginapan: Nama pemilik: ________ | No. Tel: ________ | Nama haiwan: ________ | Tarikh vaksin terakhir: ________
        Kempen vaksinasi rabies percuma di dewan orang ramai, Sabtu 8 pagi hingga 1 petang. Sila bawa kad vaksin lama jika ada.
        Lesen anjing boleh diperbaharui secara dalam talian melalui portal majlis perbandaran masing-masing.
        Pusat penginapan kami dilengkapi CCTV 24 jam dan pemilik boleh memantau haiwan melalui aplikasi kami.
        Mikrocip mengikut piawaian ISO 11784/11785, mempunyai 15 digit dan dipasang di bawah kulit di antara bahu.
        Wabak parvo dikesan di kawasan Klang; pastikan anak anjing anda menerima tiga dos vaksin lengkap.
    """),
    ("zh-Hans", "notice"): _lines("""
        本诊所营业时间：周一至周六上午9点至晚上7点，周日及公共假期休息。
        寄养须知：入住前请出示有效的疫苗记录，狗狗需接种DHPPi及犬窝咳疫苗，猫咪需接种三联疫苗。
        新加坡所有狗只必须植入芯片，并向动物及兽医服务署（AVS）申领执照。
        美容价格：小型犬洗澡RM50起，中型犬RM70起，剃毛另计。
        提醒：春节期间寄养房间已满，如需预订请先登记候补名单。
        手术前一晚十点后请勿喂食，早上七点前可以喝水。
        猫咪绝育后需戴伊丽莎白圈约10至14天，请勿让其舔伤口。
        宠物走失怎么办？第一步联系附近诊所和收容所，第二步确认芯片登记的联系资料是最新的。
        请勿给狗狗吃葡萄、巧克力、洋葱和含木糖醇的食物。
        马来西亚兽医局（DVS）提醒：从狂犬病疫区进口的猫狗须在指定检疫站隔离观察。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        VACCINATION CERTIFICATE | Owner: TAN WEI LING | NRIC: S9288611E | Pet: MILO, Maltese x Poodle, M/N, DOB 14/03/2022 | Microchip: 900164001873421 | DHPPi + L4 given 02/12/2026 | Next due: 02/12/2027
        AVS dog licence renewal – licensee Muhammad Faizal bin Rahmat, Blk 412 Bedok North Ave 2 #08-115 Singapore 460412, HP 9123 4872, dog "Bobo" (local mixed breed, Project ADORE), lifetime licence paid.
        LOST DOG!!! Brown Singapore Special "Kopi", red collar, last seen Jurong West St 42 on 3 Dec evening. Pls call Jaslyn 8216 5390, reward $500.
        Boarding check-in 28/11: Mr Gerald de Souza, 9735 2018, 2 cats (Salt & Pepper), deposit paid with Visa 4556 7310 6223 9835 exp 08/29.
        Complaint CS-2026-0911: Mdm Lee Siew Keng says her poodle Cookie got a nick on the left ear during grooming on 12 Nov; manager approved a $65 refund and a free next session.
        Emergency admission 02:40 – owner Rajesh s/o Subramaniam (mobile 8834 1207) brought in 9yo Labrador Rocky, suspected GDV, estimate $4,800, owner agreed and paid a 50% deposit.
        Kavitha a/p Muniandy, tel 012-483 9120, cat Comel overdue for FVRCP booster since August; 3 SMS reminders unanswered.
        Overdue account: Mr Chia Boon Huat owes $1,240 for the hospitalisation of his dog Lucky (INV-SG-0047765); two reminder letters sent to 38 Jalan Kembangan, Singapore 419150.
        Front desk note: Mrs Priya Nair called crying, her cat Luna passed away at home overnight. She wants individual cremation with ashes returned; call back on 9026 4418.
        Found cat returned: chip 985141000562317 registered to Siti Hajar binti Abdullah, 16 Jalan Mawar 3, Taman Sri Gombak, 68100 Batu Caves; owner reached at 017-622 4093 and collected the cat.
        Sat 10:30 grooming – Jonathan Ong, toy poodle Teddy, full groom + teeth brushing. Owner says NO shaving of the tail, last time he was very upset.
        Incident report 4 Dec: boarder "Max" (owner Ms Melissa Pereira) bit a kennel assistant on the left hand; owner informed at 9612 0587; dog placed under 10-day observation.
        Insurance claim – policyholder Lim Hui Shan, NRIC S7887610G, TPLO surgery for dog Oreo, bill $6,950; payout to DBS account 120-345678-9.
        Adoption application: Nur Izzati binti Rosli, 27, staff nurse at Sengkang General Hospital, lives in a 4-room HDB flat in Punggol with husband and one toddler, applying for HDB-approved dog "Sunny".
        Boarding agreement signed by Mr Arjun Mehta, FIN G5826195K, emergency contact wife Pooja 8102 7734; family away in Mumbai 20 Dec – 5 Jan, dog Simba staying 16 nights.
        Microchip transfer: breeder to new owner CHEONG MEI XIN, S8021292E, Blk 208A Compassvale Lane #11-302 S541208, chip no. 900164002118530, puppy Maltipoo.
        Neighbour complaint forwarded to AVS: Mr Ho Kah Leong keeps 3 dogs in his flat at Blk 7 Telok Blangah Crescent #05-25, above the HDB limit, barking through the night.
        CCTV request: Ms Charmaine Goh wants footage of her shih tzu Bao Bao from 1–3 Dec, claims staff left the dog in the sun; reply to charmaine.goh88@gmail.com.
        Discharge summary – Bella (cat, 12y), owner Mr Edwin Rodrigues: CKD IRIS stage 3, renal diet. Owner mentioned he is on chemotherapy himself and may need us to give the sub-Q fluids.
        ANG SOO LIN | 9182 3356 | Mochi (cat, DSH) | FVRCP due 15/12/2026 | SMS sent 01/12 | no reply
        Paid by MasterCard 5521 1512 2137 8474, cardholder NG CHOON HOCK, large dog suite 7 nights $588, receipt emailed.
        Pls help share! My cat Oyen missing since Tuesday at Taman Daya, Johor Bahru, orange tabby with a tipped ear. Contact Aiman 011-2398 4471.
        Pet taxi job PT-3391: Faridah Hanim will follow in her own car SKH 4821 Z with the second dog; please keep the loading bay free at 8.15am.
        Kennel C07 owner wants daily photo updates on Telegram, handle @dennis_kwek88, dog Bolt checked in today for 5 nights.
        Mr Suresh s/o Krishnan was issued a composition fine of $1,000 for walking his Bull Terrier without a muzzle at Bishan Park; his dog licence is now under review.
        I, LAWRENCE FERNANDEZ, NRIC S6244379J, owner of Duke (German Shepherd, 13y), consent to euthanasia on 05/12/2026. Signed at the clinic in the presence of the vet.
        PET BOARDING FORM | Owner: Chloe Tan Xin Yi | Mobile: +65 9460 5321 | Address: 22 Siglap Drive, Singapore 456172 | Emergency contact: Tan Ah Kow (father) 6448 3109 | Pet: Peanut, Jack Russell, F/S, 5y | Allergy: chicken | Meds: Apoquel 16 mg daily | 20/12–02/01
        Thank you to Mr Hafiz Rahman and his greyhound Storm for donating blood last Sunday, which saved a dog hit by a car in Yishun!
        Instalment plan approved for Ms Wendy Lau: $200 a month for 6 months for her cat's FIP treatment, as she was retrenched last month.
        Relocation file: owner Wong Kar Mun, MyKad 930517-05-5264, moving from KL to Singapore with 2 cats in January; AVS import licence applied, RNATT done at the approved lab.
        Grooming profile: Mrs Jasmine Chandran | 8265 9013 | schnauzers Kiwi & Mango | hand-strip only, no clippers | prefers Thursday 3pm with the same groomer
        Community cat programme: Ms Nadia Tay, NRIC T0569538J, claimed 3 sterilisation vouchers for the cats she feeds near her block in Yishun Ring Road.
        Waitlist: Benjamin Lee Jun Jie, 13 y/o, P6 student at Rosyth School, wants to volunteer at our cattery during the school holidays; mum gave consent by phone.
    """),
    "ms": _lines("""
        Borang Penginapan | Nama pemilik: Nurul Aisyah binti Kamal | No. KP: 870923-10-5482 | Tel: 019-338 2716 | Alamat: No. 23, Jalan SS 2/64, 47300 Petaling Jaya | Haiwan: kucing Parsi "Gebu" | Vaksin terakhir: 10/06/2026
        Aduan: Encik Mohd Hafiz bin Osman mengadu kucingnya luka di kaki selepas mandian di kedai kami pada 30 Nov dan meminta pampasan RM300.
        KEHILANGAN: Anjing husky bernama Salji hilang di Taman Tun Dr Ismail pada 1 Dis. Sila hubungi Puan Lim di 016-771 0394. Ganjaran RM1,000.
        Permohonan permit import DVS: pemohon Tan Hui Min, No. KP 950722-14-0346, membawa 2 ekor kucing dari Singapura ke Kuala Lumpur pada 15 Dis 2026.
        Lesen anjing MBPJ: pemegang lesen Lim Chee Keong (KP 910308-07-5137), anjing jenis Golden Retriever, lesen tamat 31/12/2026, belum diperbaharui.
        Tunggakan bayaran: Puan Rohani binti Yusof belum menjelaskan bil rawatan RM2,150 untuk kucingnya Tompok; surat peringatan kedua telah dihantar.
        Nota doktor: Encik Dinesh a/l Ramasamy akan berpindah ke Kuching bulan depan dan minta rekod perubatan anjingnya dihantar ke emel dinesh.ramasamy@yahoo.com.
        Rekod vaksin rabies: pemilik Ahmad Zulkifli bin Mat Isa, Kampung Gong Badak, Kuala Nerus; 4 ekor anjing penjaga ladang, semua divaksin 2/12/2026.
    """),
    "zh-Hans": _lines("""
        寄养登记：主人陈美玲，手机 8477 2036，狗狗豆豆（比熊，5岁），12月20日入住，1月3日退房，已付订金$150。
        客户投诉：黄志强先生称其猫咪在美容后耳朵发炎，要求全额退款RM120，联系电话012-708 3365。
        寻狗启事：柯基犬“馒头”于12月2日在大巴窑走失，主人林佳慧，联系电话9735 8821，重谢！
        宠物出口档案：主人周雅婷，中国居民身份证号440306199209032749，携带一只英短猫从新加坡回深圳，需办理狂犬病抗体检测。
        兽医记录：张伟明的金毛“旺财”确诊髋关节发育不良，手术费约$5,500，主人表示最近失业，需分期付款。
        王丽华女士（NRIC S9460532F）已签署安乐死同意书，宠物为18岁老猫“咪咪”。
    """),
    "mixed": _lines("""
        kucing saya hilang at Tampines St 81 since semalam, orange colour, ada bell collar. call/whatsapp Farah 8761 2045 pls 🙏
        Reminder 给 Mr Leong Wai Kit：你的狗 Lucky 明天 10am 来打 rabies vaccine，记得 bring AVS licence ya
        Boarding log K-B3: Mochi (owner Sharifah Nadia) tak nak makan since check-in, called owner at 9183 2207, she say normal when she travel
        @joanne.lwx 你的 booking 已确认：2 nights cat condo, 12/12–14/12, pay at counter ok
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant of a neighbourhood veterinary clinic in Singapore.",
        ),
        (
            "user",
            "hi can book vaccination for my dog Bruno next Sat morning? my name Daniel Koh, number 9655 3018",
        ),
        (
            "assistant",
            "Hi Daniel, I can hold a 10:30am slot on Saturday for Bruno's annual vaccination. Is there anything the vet should know?",
        ),
        (
            "user",
            "yes he tested heartworm positive last year, finished treatment in March. pls tell the vet",
        ),
    ],
    [
        ("user", "I want to board my 2 cats over Christmas, what do you need from me?"),
        (
            "assistant",
            "We need the owner's full name, NRIC/FIN, mobile number, an emergency contact and the cats' latest vaccination records.",
        ),
        (
            "user",
            "Ok. Owner is Shirley Yeo Hwee Koon, NRIC S7767899I, mobile 9847 1162. Emergency contact my sister Gladys 8390 5517.",
        ),
        (
            "assistant",
            "Thank you, Shirley. I've created a draft agreement for 22–27 Dec; please upload the vaccination cards to complete it.",
        ),
    ],
    [
        (
            "user",
            "Can you help me write a lost cat poster? She's a grey British Shorthair called Smokey",
        ),
        (
            "assistant",
            "Sure. Where and when was she last seen, and what contact details should go on the poster?",
        ),
        (
            "user",
            "last seen at our corridor, 46 Hougang Ave 8 #04-211, on 2 Dec night. put my number 9071 6638, name Vanessa",
        ),
    ],
    [
        ("system", "Pembantu maya pusat penginapan haiwan di Shah Alam."),
        (
            "user",
            "Assalamualaikum, saya Nor Azlina binti Hassan, nak tempah bilik untuk kucing saya 5 malam mulai 24 Dis.",
        ),
        (
            "assistant",
            "Waalaikumsalam Puan Nor Azlina. Boleh berikan nombor telefon dan nombor KP untuk borang penginapan?",
        ),
        ("user", "Tel 013-926 4105, KP 830101-01-5534. Kucing nama Bulat, ada alahan pada ikan."),
    ],
    [
        ("user", "你好，我想预约下周二给猫咪洗澡"),
        ("assistant", "好的，请问主人姓名和联系方式？"),
        ("user", "我叫陈家豪，微信号 chenjh_1990sg，电话 8120 4479。猫叫布丁，是布偶猫。"),
    ],
    [
        ("user", "the clinic says my cat's hospital bill is $2,380, can I pay online?"),
        (
            "assistant",
            "Yes, you can pay through the payment link. Would you like me to process it here instead?",
        ),
        ("user", "ok use my amex 3778 010794 24152, name on card MARCUS LOW WEI JIE, exp 11/28"),
    ],
    [
        ("user", "I'm very unhappy with the grooming at your Serangoon outlet on Sunday"),
        (
            "assistant",
            "I'm sorry to hear that. Could you tell me what happened and the name on the booking?",
        ),
        (
            "user",
            "booking under Farhana Ismail. my maltese came back with razor burn all over the belly and now needs antibiotics, vet bill $145. I want a refund",
        ),
        (
            "assistant",
            "Thank you, Ms Farhana. I've logged complaint CS-2026-0977 and the outlet manager will call you within 24 hours.",
        ),
    ],
    [
        ("user", "What documents do I need to fly my dog from Singapore to Shanghai?"),
        (
            "assistant",
            "You will need an AVS export licence, a health certificate, a microchip, rabies vaccination and usually a rabies antibody test. The booking also needs the owner's passport details.",
        ),
        (
            "user",
            "Owner is my wife 周雅琴, Chinese ID 310104198805161232, passport E58213640. Dog is a corgi, chip 900164001652089. Flight 18 Jan.",
        ),
    ],
    [
        (
            "user",
            "my mum's cat hasn't eaten for 2 days, she lives alone and can't bring it to the clinic",
        ),
        ("assistant", "We can arrange a house call. May I have the address and a contact person?"),
        (
            "user",
            "Mdm Low Ah Moi, 78, Blk 55 Chai Chee Street #07-130. she has dementia so pls call me instead, Kelvin, 9301 8826",
        ),
    ],
    [
        ("system", "Clinic records assistant. Staff may look up owner and pet records."),
        ("user", "pull up record for chip 985141000731942"),
        (
            "assistant",
            "Found: owner ALVIN SIM KOK LEONG, FIN F4825462N, mobile 8946 0215. Pet: Boba, Pomeranian, M/N, 7y. AVS licence expires 31/01/2027. Note: owner disputes last invoice.",
        ),
        (
            "user",
            "ok thanks, I'll remind him about the licence when he comes for the dental on Monday",
        ),
    ],
]
