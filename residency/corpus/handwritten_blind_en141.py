# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en141: SG/MY blood, organ and bone marrow donation. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en141
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "drive_notice"): _lines("""
        Community Blood Drive @ Our Tampines Hub, Sat 21 Mar 2026, 10am-4pm. Walk-ins welcome, please bring your NRIC or FIN card. Organised by Singapore Red Cross with HSA.
        URGENT APPEAL: Stocks of O- and A- are at a critical level. Donors with these blood types, please visit any Bloodbank@HSA this week. Opening hours at hsa.gov.sg.
        Bloodbank@Woodlands will be closed on Hari Raya Puasa. Bloodbank@Dhoby Ghaut and Bloodbank@Westgate remain open 10.30am to 8.30pm.
        Masjid Sultan Blood Donation Drive after Friday prayers, 1pm-5pm. Kurma and air bandung served. Please have a proper lunch before donating.
        Sri Srinivasa Perumal Temple x Red Cross: Deepavali Gift of Life drive, 25 Oct, 9am-3pm at the temple multi-purpose hall, 397 Serangoon Road.
        NUS hall blood drive has moved from UTown Auditorium 2 to Stephen Riady Centre Level 2 because of exam hall bookings. Same timing, same free kaya toast.
        Corporate drive at Marina Bay Financial Centre Tower 3, Thursday 12 Feb. Staff please register via the intranet form by 5 Feb; the bloodmobile will park at the Marina Boulevard loading bay.
        Bone Marrow Donor Programme registration booth at Jurong Point, Level 1 atrium, 7-8 March. Takes 10 minutes, just a cheek swab. Open to ages 18-49.
        Thank you to the 312 donors who turned up at our Chinese New Year drive at Toa Payoh Central! Together we collected 268 units.
        Reminder to all Rotaract members: our quarterly drive with Khoo Teck Puat Hospital is on 9 May. Volunteers needed for the registration desk and refreshments, sign up with the club secretary.
        Lions Club blood drive at Mid Valley Megamall Centre Court on 14 June, World Blood Donor Day, in partnership with Pusat Darah Negara.
        Due to the haze (PSI above 200), the outdoor bloodmobile at Bedok Reservoir Park is cancelled. Please visit Bloodbank@HSA at Outram Road instead.
        Platelet apheresis donors needed at Bloodbank@HSA. By appointment only, about 90 minutes per session. Call the donor hotline 6220 0183 during office hours or book online.
        St Andrew's Cathedral Sunday drive: 40 slots only, arrive between 9am and 1pm. Children under 16 can colour donor thank-you cards at the kids corner.
    """),
    ("en", "eligibility_faq"): _lines("""
        Q: Can I donate blood if I have a tattoo? A: Yes, if the tattoo was done at least 6 months ago at a licensed parlour and the area has fully healed.
        Q: How often can I donate whole blood? A: Every 12 weeks for whole blood; platelet donors may give more often, up to the limit set by the blood bank.
        Minimum weight for whole blood donation is 45 kg. Donors aged 16 and 17 need a signed parental consent form.
        If you have travelled to a malaria-risk area, such as parts of Indonesia or Cambodia, you will be deferred for 4 months after your return.
        Taking paracetamol the day before is okay, but please tell the nurse if you have taken antibiotics in the past 7 days.
        Why do you ask about sexual history? Every question on the donor health assessment questionnaire protects the patient who receives your blood, and your answers are kept confidential.
        Haemoglobin threshold: 12.5 g/dL for women and 13.0 g/dL for men. If yours is lower, you will be asked to come back after a course of iron supplements.
        Q: I am fasting during Ramadan, can I still donate? A: We suggest donating after buka puasa; several centres extend their evening hours during Ramadan.
        Bone marrow donor registration is open to healthy adults aged 18 to 49 who weigh at least 45 kg and are willing to stay on the registry until age 60.
        Under HOTA, Singapore Citizens and PRs aged 21 and above are covered unless they opt out; you can also pledge specific organs for transplant or research under MTERA.
        Peripheral blood stem cell collection takes about 4-6 hours over 1-2 days; the donor receives G-CSF injections for four days beforehand.
        Recently had dengue? Please wait 6 months after full recovery before donating blood.
        First-time donors above 60 are not accepted, but regular donors may continue up to 65 after a doctor's assessment.
        Can my family see my answers? No. Questionnaire answers are seen only by the screening nurse and doctor, and are never shared with your employer or family.
    """),
    ("en", "form_template"): _lines("""
        DONOR HEALTH ASSESSMENT QUESTIONNAIRE / Name (as in NRIC): ____________ / NRIC/FIN No.: ____________ / Date of Birth: __/__/____ / Blood Group (if known): ____
        Dear {donor_first_name}, thank you for donating at {site_name} on {donation_date}. You are eligible to donate again from {next_eligible_date}.
        PARENTAL CONSENT FORM (for donors aged 16-17) / I, ______________ (NRIC ________), parent/guardian of ______________, consent to my child donating blood.
        ORGAN DONOR CARD / I, ____________________, wish to donate my organs and tissues after my death. / Signature: ________ / Next of kin informed: Yes / No
        Q7. In the past 12 months, have you had a tattoo, body piercing or acupuncture? [ ] Yes [ ] No
        Q12. Have you lived in the United Kingdom for a cumulative period of 3 months or more between 1980 and 1996? [ ] Yes [ ] No
        SMS template: Hi <NAME>, blood type <TYPE> is urgently needed this week. Book at <LINK>. Reply STOP to opt out.
        BMDP CONSENT TO REGISTER / Full name: [ ] / Ethnicity (for HLA matching): [Chinese / Malay / Indian / Eurasian / Others] / Preferred contact: [mobile] [email]
        Deferral letter template: Dear [Title] [Surname], we regret that you are unable to donate until [date] because of [reason]. This does not affect your long-term eligibility.
        Post-donation care card: Drink extra fluids for 24 hrs. Avoid strenuous exercise and alcohol. Keep the plaster on for 4 hours. If the site bleeds, press firmly and raise your arm.
        Export schema for donor table: donor_id, nric_masked (last 4 chars only), blood_group, last_donation_date, deferral_code, deferral_until
        Next of kin section: Name ________ / Relationship ________ / Contact No. (+65) ________ / I confirm my next of kin knows my wishes [ ]
    """),
    ("en", "history_news"): _lines("""
        Karl Landsteiner identified the A, B and O blood groups in 1901 and received the Nobel Prize in Physiology or Medicine in 1930.
        Christiaan Barnard performed the world's first human-to-human heart transplant at Groote Schuur Hospital in Cape Town in December 1967.
        E. Donnall Thomas shared the 1990 Nobel Prize for his pioneering work on bone marrow transplantation to treat leukaemia.
        Singapore's Human Organ Transplant Act was passed in 1987 and first covered only kidneys; later amendments added the liver, heart and corneas.
        Amendments to HOTA in 2009 allowed living donors to be reimbursed for their expenses while keeping organ trading a criminal offence.
        Malaysia's organ pledge rate remains below 2 per cent of the population, the Health Ministry said in its annual transplant update.
        The National Transplant Resource Centre at Hospital Kuala Lumpur coordinates deceased organ donation across Malaysian government hospitals.
        World Blood Donor Day is marked every year on 14 June, the birthday of Karl Landsteiner.
        In Jodi Picoult's novel My Sister's Keeper, 13-year-old Anna Fitzgerald sues her parents rather than donate a kidney to her sister Kate.
        Tan Tock Seng Hospital is named after the 19th-century philanthropist Tan Tock Seng, who funded a hospital for the poor in 1844.
        The Bone Marrow Donor Programme, a non-profit set up in Singapore in 1993, runs the national registry of unrelated volunteer donors.
        Malaysia's first kidney transplant was performed at Hospital Kuala Lumpur in 1975.
        Ng Teng Fong General Hospital in Jurong East is named after the late property developer, whose family foundation made a large gift towards public healthcare in the west.
    """),
    ("ms", "notis_derma"): _lines("""
        Kempen Derma Darah Masjid Al-Falah Bandar Baru Bangi, Ahad 15 Mac, 9 pagi hingga 1 petang. Anjuran bersama Pusat Darah Negara. Sila bawa MyKad.
        Syarat penderma: berumur 17 hingga 60 tahun, berat badan sekurang-kurangnya 45 kg, sihat dan tidak sedang mengambil antibiotik.
        Wanita yang sedang haid, hamil atau menyusukan anak tidak digalakkan menderma darah.
        Stok darah kumpulan O di Pusat Darah Negara berada pada tahap kritikal. Orang ramai diseru hadir ke PDN Jalan Tun Razak atau mana-mana hospital kerajaan.
        Ikrar derma organ boleh dibuat dalam talian melalui portal Kementerian Kesihatan Malaysia atau di kaunter Pusat Sumber Transplan Nasional.
        Menderma organ adalah harus di sisi Islam menurut keputusan Muzakarah Jawatankuasa Fatwa Kebangsaan pada tahun 1970.
        Selepas menderma, minum banyak air dan elakkan mengangkat barang berat selama 24 jam.
        Jangan menderma darah jika anda pernah menghidap hepatitis B, hepatitis C atau HIV.
        Hospital Sultanah Bahiyah Alor Setar akan mengadakan kempen derma darah sempena Hari Kebangsaan pada 31 Ogos.
        Borang Ikrar Penderma Organ / Nama: ____________ / No. Kad Pengenalan: ______-__-____ / Waris terdekat: ____________ / No. Telefon Waris: ____________
        Kenyataan media: Bilangan penderma darah kali pertama meningkat 12 peratus pada suku pertama 2026 berbanding tempoh sama tahun lalu.
        Derma darah di bulan Ramadan: kaunter PDN dibuka dari 8.30 malam hingga 11 malam selepas solat tarawih.
    """),
    ("zh-Hans", "notice"): _lines("""
        新加坡红十字会联合卫生科学局，将于3月21日（星期六）上午10时至下午4时在淡滨尼天地举办社区献血活动，欢迎踊跃参与。
        献血者须年满16岁，体重不少于45公斤；16至17岁首次献血者须出示家长同意书。
        吉隆坡暨雪兰莪中华大会堂献血运动，4月12日上午9时至下午2时，地点：大会堂礼堂。请携带身份证。
        骨髓捐赠者登记只需口腔拭子，过程约10分钟，18至49岁的健康成人均可参加。
        骨髓资料中心提醒：配对成功后，捐赠者可选择周边血干细胞采集或骨髓抽取方式，费用全由中心承担。
        近期曾到疟疾流行地区旅游者，回国后须暂缓献血四个月。
        献血前请吃饱、睡好，避免空腹；献血后24小时内不宜剧烈运动或饮酒。
        新加坡《人体器官移植法令》采用“推定同意”制度，21岁以上的公民和永久居民如未申请退出，即被视为器官捐献者。
        血库存量（3月14日）：O型 紧急，A型 正常，B型 偏低，AB型 正常。
        槟城韩江华文独立中学学生会今年第三次主办献血运动，共收集血液186包。
        新山宽柔中学校友会献血活动因场地维修改期至5月17日，敬请留意。
        献血常见问答：服用降血压药物者，若血压控制稳定，一般仍可献血，请向现场医生说明。
    """),
    ("mixed", "group_chat"): _lines("""
        anyone know can donate blood after tattoo ah? did mine at a parlour in Bugis 3 months ago
        wah Dhoby Ghaut bloodbank today super long queue, better go weekday morning lah
        guys the BMDP booth at Jurong Point got free tote bag if you register, go go go
        lepas derma darah kena makan Milo and biskut dulu baru boleh balik, jangan skip ah
        今天Westgate人好多，护士说周末要早点来排队哦
        eh the drive at our condo clubhouse cancel already ah? management never inform one
        Does anyone know if PRs can opt out of HOTA online or must go down to the hospital?
        kawan2, PDN cakap stok darah O tengah low, jom pergi Sabtu ni
        if hb always borderline 12.3 cannot make it leh, any tips? eat more spinach issit
        btw platelet donation got give voucher or not ah? or only the small towel
        reminder: donor drive at our church this Sun 11am after service, bring IC and eat breakfast k
        Sabtu ni ada kempen derma darah kat Masjid Negara, siapa nak ikut?
        the nurses at Outram damn pro, one poke only, didn't even feel anything
        各位，下个月华人大会堂有捐血活动，要去的可以一起car pool
    """),
    ("en", "ops_stats_config"): _lines("""
        Daily stock report 14-Mar-2026: O+ 4.1 days, O- 2.3 days (CRITICAL), A+ 7.8 days, A- 5.0 days, B+ 6.2 days, AB+ 9.4 days.
        INFO 2026-03-14T09:02:11+08:00 scheduler: 148 appointments booked for BB-OUTRAM, 23 walk-in slots remaining
        deferral_rules.yaml: tattoo: {defer_days: 180} / malaria_travel: {defer_days: 120} / hb_min_female: 12.5 / hb_min_male: 13.0
        Case ref NOTU-2026-00417 closed: corneal retrieval completed, tissue released to the eye bank at 06:40.
        Ticket INC-884213: bloodmobile tablet cannot sync questionnaire responses offline; workaround is to reconnect to the hotspot and resubmit.
        Product code E0291V00 (Red Blood Cells, Leukoreduced): shelf life 42 days from collection, store at 2-6 °C.
        def is_eligible(age, weight_kg, hb, sex): return 16 <= age <= 60 and weight_kg >= 45 and hb >= (13.0 if sex == "M" else 12.5)
        Q1 2026 summary: 31,482 whole blood donations, 3,906 apheresis collections, 17.4% first-time donors, 0.8% adverse reactions (mostly mild vasovagal).
        Invoice INV-2026-03-0218 from bloodmobile vendor: 2 x donor couch replacement, SGD 7,840.00 incl. GST.
        HLA typing batch B-2611 uploaded: 412 new registrants, 3 samples failed QC and will be asked for a fresh cheek swab.
        Swab kit courier consignment JNTSG0012345678 delivered to the registry lab, signed by reception at 15:12.
        Donor kiosk app v3.4.1 adds Malay and Tamil translations of the questionnaire; release sha256 9f2c4be01d77a3e5c8b6f0a2d41e9c73b58a06e2f1d4c7b9a3e60d85f2c1e71a
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        DONOR REGISTRATION | Name: TAN WEI LING | NRIC: S8634127A | DOB: 14/03/1986 | Blood Grp: O+ | Mobile: 9734 2218 | Email: weiling.tan86@gmail.com
        Dear Mr Muthu s/o Rajendran, thank you for coming to Bloodbank@Westgate on 3 Nov. Your haemoglobin today was 12.1 g/dL, below the 13.0 required, so we could not proceed. Please see your GP about your iron levels.
        URGENT MATCH APPEAL: 6-year-old Aiden Lim Jun Hao was diagnosed with acute myeloid leukaemia in January and needs a stem cell transplant. Donors of Chinese descent are most likely to match. Contact his dad Lim Chee Keong at 8265 1194.
        2026-03-14 10:22:07 DONOR_LOOKUP nric=S9012745D status=DEFERRED reason=MALARIA_TRAVEL until=2026-07-01 site=BB-WOODLANDS
        Nursing note: Mdm Fatimah bte Ismail (58F) fainted approx 5 min post-donation, BP 92/58, HR 54. Legs raised, oral fluids, recovered in 15 min. Advised no driving today, husband fetched her.
        Ticket #BMDP-22817 | Donor: RAJESH KUMAR A/L SUBRAMANIAM | Request: withdraw from registry | Reason: newly diagnosed type 1 diabetes, on insulin | Action: mark permanently unavailable
        Hi, I'm Jonathan Pereira (donating since 2014). Just back from Lombok last week, can I still donate this Sat at Dhoby Ghaut or must I wait? You can reach me at jonpereira88@gmail.com.
        Transport claim for matched donor Chua Boon Keat, 4 trips to SGH for G-CSF injections, total $46.80. Please credit POSB Savings 188-52097-3.
        Volunteer parking list, Toa Payoh drive: SKQ 4821 B - Goh Kah Wai (registration desk, Sat and Sun)
        Please call Mdm Lee Siew Hong at 6452 8817 (home) to reschedule; she missed her platelet appointment on Tuesday because her grandson was warded at KKH.
        Deferral record: SITI NORAINI BINTI MD YUSOF, FIN G5583107L, deferred 12 months - tattoo done on 2 Feb 2026 at an unlicensed studio in JB.
        Lost and found: donor card of Amanda Chew Hui Min, BMDP registrant since 2019, left at the Jurong Point booth. Mobile on the card is 9056 3371.
        Matched donor follow-up: Mr Hairul Nizam bin Jamaluddin (T0327718B) completed PBSC collection on 11 Mar at NUH, mild bone pain on day 2, now fully recovered and back at work.
        Organ pledge confirmation: Ms Kavitha d/o Ramasamy, NRIC S7841903B, has pledged all organs and corneas under MTERA. Next of kin: brother Suresh, 8812 4409.
        Reminder sent to ravichandran_77@hotmail.com: congratulations on your 50th donation, the milestone award ceremony is on 20 June, please confirm attendance.
        Eurasian Association volunteers: Melissa de Souza's dad, Uncle Patrick de Souza, is still in ICU at TTSH waiting for a liver, the family asks everyone to consider pledging.
        Pledge for the transplant patient fund: SGD 200 charged to Visa 4556 3380 9729 7042, exp 08/28, cardholder NG PEI SHAN.
        Incident report: needle-stick injury to phlebotomist Nurul Huda binti Kamal at Bloodbank@HSA, 9 Jan, 3.40pm. Source donor serology pending; staff member sent to SGH A&E for baseline bloods.
        ZHANG LEI | PRC | Passport E82715539 | Work Permit FIN F2249631W | Deferred: lived near the Myanmar border in a malaria-endemic area until 2025.
        Hi Aunty Jenny, just confirming Mr Ong Teck Huat's kidney transplant work-up at SGH is on 4 April, 8am. Please make sure he fasts from midnight. - Michelle, renal coordinator
        Donation history S6629014Z: 23 donations, last on 2026-01-18 at BB-DHOBY, blood group B+, CMV negative, iron stores low at last check.
        Post-donation callback 17/3: spoke to Mr Arjun Nair re bruising on left arm, swelling has gone down, no fever. Advised warm compress, will call again Friday.
        eh guys my colleague priya d/o ganesan just kena call by BMDP, she's a 10/10 match for some patient in taiwan!! so proud of her
        SMS log: to +65 9381 2076 "Hi Marcus, your apheresis slot at Bloodbank@HSA is confirmed for Thu 19 Mar 2.30pm." delivered 16:04
        Donor welfare visit: Mr Teo Kim Seng, 72, Blk 221 Toa Payoh Lorong 8 #07-1456, Singapore 310221. Over 100 donations; family agrees to feature him in the newsletter.
        anyone still need B- for the appeal? DM me @shazwani_rizal on telegram, I'm B- and just passed my 12 weeks
        Dear Ms Catherine Yeo, your bone marrow registration swab was insufficient; please redo it with the new kit posted to 18 Jalan Kembangan, Singapore 419127.
        PDN donor record: NG SIEW LAN | IC 950226-08-6042 | A Rh-negative, rare phenotype | on call list for HKL maternity ward emergencies
        Parental consent received: Mr Vincent Ho Kok Leong for his son Ethan Ho (17, Raffles Institution, Year 5) to donate at the school drive on 6 March.
        Tham Mei Xuan - HIV reactive on screening, confirmatory test sent, refer to NCID, do NOT recall for donation.
        Auntie's message: my son Darren Soh Jia Wei is AB- and can donate for your mum, his number is 8073 5592, he's free after 6pm
    """),
    "ms": _lines("""
        Saya, MOHD HAFIZ BIN ABDULLAH, No. K/P 850314-10-5523, dengan ini berikrar untuk menderma organ dan tisu saya selepas kematian. Waris: isteri, Nurul Ain binti Zakaria, 012-387 5521.
        Rekod penderma: NUR AISYAH BINTI ROSLAN | 920707-14-6218 | Kumpulan darah: B+ | Ditangguhkan 6 bulan - baru bersalin pada Januari 2026.
        Rayuan: Adik Muhammad Irfan bin Azlan, 9 tahun, pesakit talasemia major di Hospital Tunku Azizah, perlukan darah kumpulan O- setiap bulan. Hubungi ibunya Puan Rohana di 017-264 9038.
        Salam tuan, saya Salmah binti Othman, nak tanya boleh derma darah tak sebab baru mula makan ubat darah tinggi minggu lepas? IC saya 690815-03-5128.
        Senarai sukarelawan kempen Masjid Al-Falah: 1) Amirul Hakim bin Zulkifli - 011-2687 4915 2) Farah Diyana binti Harun - 019-552 7710 3) Lim Chong Wei - 016-772 1304
        Penderma Encik Suresh a/l Muniandy pengsan selepas menderma di PDN pada 12/3 dan dibawa ke Jabatan Kecemasan HKL untuk pemerhatian.
        Tuntutan elaun penderma sumsum tulang: Encik Kamarul Ariffin bin Hassan, akaun Maybank 1642 8830 1957, jumlah RM350.
        Kad penderma organ hilang, milik Wong Mei Fong, alamat No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor. Sila pulangkan kepada pemilik.
    """),
    "zh-Hans": _lines("""
        陈美玲女士（身份证 S9528470A）您好：您于11月2日在义安城献血车所捐的血液已送往中央医院，感谢您第38次献血。
        林志强先生，电话 9456 7812，已登记为骨髓捐赠者，HLA初步配型与一名淋巴瘤患者相符，请于本周内回电。
        黄丽华是AB型阴性，上周因贫血（血红蛋白11.2）被暂缓献血，她女儿说下个月再陪她去复查。
        刘伟杰（微信号 liuweijie_kl88）说他愿意为蔡阿姨的肾移植做配型检查，他是O型血。
        器官捐献登记表：姓名 郑淑芬 / 身份证号码 881130-12-5678 / 出生日期 1988年11月30日 / 血型 A型
        吴家豪的爸爸上周在国大医院做了肝移植，恢复得不错，谢谢大家当初帮忙转发捐肝呼吁。
    """),
    "mixed": _lines("""
        weiming can u fetch my mum tmr? she got appt at Dhoby Ghaut 10am, her name Koh Ah Moi, she always forget bring IC lol
        guys pls share!! my cousin Nurul Syafiqah binti Azman (24) perlukan darah O- at Hospital Sultanah Aminah JB, sudah 3 hari in ICU after accident. Call her bro 013-449 2761
        eh Dinesh a/l Krishnan from 4E2 kena defer because he just went Lombok, so cannot join our school drive
        我阿嬷 Tan Geok Lian 上个月在 Outram 献血晕倒，nurse 说以后不可以再捐了
        kak Ros (Rosmah binti Sulaiman, cleaner kat Block C) baru tahu dia match untuk derma sumsum tulang kepada anak saudara dia
        pls send the donor certificate to Joel Tay Zhi Hao at joel.tzh@outlook.com, dia dah derma 25 kali
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "My niece Chloe Tan Xin Yi, 4 years old, was just diagnosed with ALL at KKH and the doctors say she needs a bone marrow match. Can you help me write a short Facebook appeal?",
        ),
        (
            "assistant",
            "I'm so sorry to hear about Chloe. Here is a draft: 'Our little Chloe, 4, is fighting acute lymphoblastic leukaemia and needs a bone marrow donor. If you are 18-49 and healthy, please register with the Bone Marrow Donor Programme, it only takes a cheek swab.' Would you like to add a contact person?",
        ),
        (
            "user",
            "yes pls put my sister Rachel as contact, her number is 9627 3358, and mention we are Teochew so Chinese donors more likely to match",
        ),
    ],
    [
        (
            "user",
            "I got deferred last year for low Hb. My NRIC is S8817356B, can you check if I'm allowed to donate again now?",
        ),
        (
            "assistant",
            "I can't look up blood bank records, and it's best not to share your NRIC in chats. In general, a low-Hb deferral is temporary: once your haemoglobin is above the threshold on the finger-prick test, you can donate.",
        ),
        (
            "user",
            "ok my last reading was 12.0, I'm female, 38, been taking iron pills since Jan. Should I go this weekend?",
        ),
    ],
    [
        ("system", "You are the virtual assistant of a blood bank appointment desk."),
        (
            "user",
            "Hi, I'm Farid bin Osman. I want to cancel my appointment on Sat 21 Mar at Westgate, I have fever. My mobile is 8156 2093.",
        ),
        (
            "assistant",
            "Sorry to hear you're unwell, Farid. I've noted your request to cancel the Saturday slot. Please wait until you have been fever-free for at least a week before rebooking.",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis surat kepada majikan saya. Saya Norhayati binti Kassim, perlu cuti 2 hari untuk derma sumsum tulang di HKL pada 8 dan 9 April.",
        ),
        (
            "assistant",
            "Tuan/Puan, saya ingin memohon cuti selama dua hari pada 8 dan 9 April kerana saya telah dipadankan sebagai penderma sumsum tulang dan perlu menjalani prosedur pengambilan di Hospital Kuala Lumpur. Surat pengesahan hospital akan saya kemukakan.",
        ),
        ("user", "Bagus. Tambah no IC saya sekali: 870519-05-5364."),
    ],
    [
        (
            "user",
            "帮我写一封感谢信，给捐肾给我爸爸的表哥张振宇。我爸爸叫张国明，去年12月在中央医院做的移植手术。",
        ),
        (
            "assistant",
            "振宇表哥：去年12月，您毫不犹豫地把一颗肾脏捐给了我爸爸。手术非常成功，爸爸现在每天早上都能去公园散步。这份恩情，我们全家永远铭记。",
        ),
        ("user", "再加一句，爸爸的肌酐指数已经正常了，医生说下次复诊是三个月后。"),
    ],
    [
        (
            "user",
            "My dad Subramaniam a/l Velu has end-stage kidney failure and is on dialysis 3 times a week at NKF Bedok. My brother and I are both O+. Who should get tested as donor?",
        ),
        (
            "assistant",
            "Both of you can be assessed; the transplant team at the hospital will do blood group, tissue typing and crossmatch tests, and check each person's own health before choosing.",
        ),
        (
            "user",
            "I'm Kavin, 29, but I have mild hypertension on amlodipine. Does that rule me out?",
        ),
    ],
    [
        (
            "user",
            "Summarise this nurse note for the handover: 'Donor Ang Soo Lin (F, 45) reported chest tightness 10 min after platelet donation at BB-HSA. ECG normal, vitals stable, observed 2 hrs, discharged 4pm with husband.'",
        ),
        (
            "assistant",
            "Handover: Ang Soo Lin, 45F, chest tightness 10 min post platelet donation at BB-HSA. ECG normal, stable vitals, observed 2 hours, discharged 4pm accompanied.",
        ),
    ],
    [
        (
            "user",
            "write a reminder msg for my friend lee jun jie, he booked blood donation this sat 10am at woodlands, first time, super scared of needles",
        ),
        (
            "assistant",
            "Hey Jun Jie! Just a reminder about your blood donation this Saturday 10am at Bloodbank@Woodlands. Eat a good breakfast, drink lots of water, and don't worry, the needle part is over in seconds!",
        ),
        (
            "user",
            "nice, also remind him to bring his IC, his is T0158842C, he always forget where he keep it",
        ),
    ],
    [
        (
            "user",
            "Translate to Malay: 'Dear Mr Gurdeep Singh, your platelet count today was 120, too low for apheresis. Please return in 4 weeks.'",
        ),
        (
            "assistant",
            "Encik Gurdeep Singh yang dihormati, bilangan platelet anda hari ini ialah 120, terlalu rendah untuk afresis. Sila datang semula selepas 4 minggu.",
        ),
    ],
    [
        (
            "system",
            "You fill in donor registration forms from the details the volunteer gives you.",
        ),
        (
            "user",
            "Name: Isabel Fernandez, DOB 02/09/1991, NRIC S9137264I, mobile 9812 6640, address Blk 34 Marine Crescent #11-205 Singapore 440034, blood group unknown",
        ),
        (
            "assistant",
            "DONOR REGISTRATION / Name: ISABEL FERNANDEZ / NRIC: S9137264I / DOB: 02/09/1991 / Mobile: 9812 6640 / Address: Blk 34 Marine Crescent #11-205, Singapore 440034 / Blood group: to be tested",
        ),
    ],
]
