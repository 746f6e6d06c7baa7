# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en97: SG/MY hospice and palliative care (care plans, home visits, volunteer rosters, family meetings, bereavement support, donations). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en97
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "care plan guidance"): _lines("""
        Breakthrough pain: morphine oral soln 2.5-5mg q2h PRN, review if >3 doses/24h.
        Syringe driver checklist — site check q4h, record rate, line and volume remaining on the CSCI chart.
        For terminal secretions consider glycopyrronium 200mcg SC q4h PRN; reposition pt first, suction rarely helps.
        Goals of care discussion: use REMAP — Reframe, Expect emotion, Map values, Align, Propose a plan.
        PPS 30% or less + reduced oral intake → flag for 'last days of life' care plan, inform MO on call.
        Care plan template: Patient ____ / NRIC (last 4) ____ / Primary caregiver ____ / Preferred place of death: home ☐ hospital ☐ hospice ☐
        ESAS-r scores to be documented every home visit; if dyspnoea ≥7 escalate to HC doctor same day.
        Pls remember ACP convo is not the same as an AMD — the AMD is a legal document under the Advance Medical Directive Act 1996.
        Oxygen concentrator 5L: keep 1m from walls, no smoking or joss sticks nearby, change nasal cannula weekly.
        Home death: call the HC on-call doctor to certify, do NOT call 995. Funeral director can assist with registration after that.
        Mouth care q2h for pts who are NBM — moistened sponge swab, lip balm, avoid lemon glycerin.
        Kalau pain score 7 and above, call the 24hr line first before giving extra dose ya
        Pressure injury prevention: turn 2-hourly, air mattress set to pt weight, check heels & sacrum every shift.
        Anticipatory meds ('just in case' box) for home: midazolam, morphine, hyoscine butylbromide, haloperidol — 5 amps each.
    """),
    ("en", "volunteer roster"): _lines("""
        ROSTER WK49 — Mon AM: 2 befrienders (Tampines cluster) | Tue PM: 1 driver | Thu: day hospice arts & craft x3 vols
        Still short of 4 vols for Sat 13 Dec Christmas party at day hospice, pls sign up via the volunteer portal by Wed 🙏
        Reminder: all new volunteers must complete the 12-hr Basic Palliative Care Volunteer Course before doing home visits.
        Drivers pls log mileage in the form, claim is $0.60/km capped at $60/mth.
        Shift swap requests must go through the coordinator, not directly in the group chat k thx
        Vol briefing 9.30am at Level 2 Seminar Rm; bring your vol pass + mask. Parking coupons at reception.
        No home visits on 1 Jan (public holiday); Team B covers urgent calls only.
        Bereavement tea session needs 2 hosts who have done the grief companion module (Module 4).
        Cluster map: North (Woodlands, Yishun, Sembawang), East (Tampines, Pasir Ris, Bedok), West (Jurong, Bukit Batok, CCK).
        Roster v3 uploaded, changes highlighted in yellow. Total vol hours for Nov: 1,284.
        Befriending visits max 1 hr, always go in pairs for the first 3 visits. Never accept cash or ang bao from families.
        Volunteer ID format is VOL-YYYY-NNNN, e.g. VOL-2026-0000 for testing only; do not reuse IDs.
        Lim Chu Kang cluster visits cancelled this week due to road works along Lim Chu Kang Road.
    """),
    ("en", "donations and fundraising"): _lines("""
        Donations of $50 and above to IPCs qualify for 250% tax deduction for donations made until 31 Dec 2026.
        PayNow to UEN 198903412K (Harbourlight Hospice Ltd) — put 'DONATE' plus your NRIC/UEN in the reference if you want a tax receipt.
        Receipt no. HLH/DN/2026/004417 — amount SGD 200.00 — mode: GIRO — status: auto-submitted to IRAS
        Charity Run 2026: 5km fun run $35, 10km $45, early bird till 31 Jan. All proceeds go to home hospice care.
        Thank you to the Chua Seng Hock Foundation for the $250,000 grant supporting our caregiver training programme!
        FY2025: total donations RM3.42 mil, of which 61% came from individuals and 22% from corporate donors.
        Flag day 18 Apr: 120 tins collected, $48,306.50 counted; bank-in slip ref 0023-118442-9.
        Charity bazaar @ Bishan Community Club, 9am-4pm. Pre-loved books $2, bags $5, all proceeds to Harbourlight.
        Corporate matching: every $1 raised by staff is matched up to $50,000 by the Meridian Bank Foundation.
        In memoriam giving: gifts made in memory of a loved one can be acknowledged in our newsletter — tick the box on the form.
        Donation ref DN-88120345 failed: card declined (code 05). Please retry or use PayNow.
        Malaysian donors: receipts issued under Section 44(6) Income Tax Act 1967, approval ref LHDN.01/35/42/51/179-6.7721
        Golf charity 2026 raised $612,400 — thank you to all 36 flights and our hole-in-one sponsor!
        Please do not include donors' full NRIC in the Excel export; IRAS submission is done via the secure API only.
    """),
    ("en", "helplines and institutions"): _lines("""
        Referrals to Tan Tock Seng Hospital Palliative Medicine: 11 Jalan Tan Tock Seng, Singapore 308433.
        Samaritans of Singapore (SOS) 24-hour hotline: 1767; CareText via WhatsApp 9151 1767.
        Befrienders Kuala Lumpur: 03-7627 2929, 24 hours, free and confidential.
        Agency for Integrated Care (AIC) hotline 1800 650 6060 for caregiver support schemes like the Home Caregiving Grant.
        Home Caregiving Grant: $250-$400/mth depending on household monthly income per person.
        Assisi Hospice and Dover Park Hospice both run inpatient beds; MOH subsidies apply for SC/PR patients.
        Hospital Kuala Lumpur Palliative Care Unit, Jalan Pahang, 50586 Kuala Lumpur.
        MediShield Life and Medifund may cover inpatient hospice stays; check eligibility with the MSW.
        995 is for emergencies only; for non-emergency ambulance transport call 1777.
        Hospis Malaysia's 24-hour advice line is for registered patients only — the number is printed on the back of your care card.
        HCA Hospice's Star PALS programme serves children with life-limiting conditions and their families.
        Clinic hours: Mon–Fri 8.30am–5.30pm, Sat 8.30am–12.30pm; closed Sun & PH.
        Harbourlight Day Hospice, 21 Jalan Bahagia, Singapore 329873 — main enquiry line 6891 2000.
    """),
    ("en", "history and literature"): _lines("""
        Dame Cicely Saunders founded St Christopher's Hospice in London in 1967, often called the birth of the modern hospice movement.
        Elisabeth Kübler-Ross described five stages of grief in On Death and Dying (1969); the model is now seen as descriptive, not prescriptive.
        In Tolstoy's The Death of Ivan Ilyich, only the servant Gerasim offers Ivan honest comfort.
        Book club this month: Being Mortal by Atul Gawande — chapter 6, 'Letting Go'.
        Mitch Albom's Tuesdays with Morrie is on the volunteer reading list; Morrie Schwartz died of ALS in 1995.
        Singapore's first hospice care began in 1985 when the nuns at St Joseph's Home set aside beds for the dying.
        The Economist Intelligence Unit's 2015 Quality of Death Index ranked Singapore 12th of 80 countries.
        Florence Nightingale's Notes on Nursing (1859) already stressed fresh air, light and quiet for the sick.
        Dumbledore's line 'to the well-organised mind, death is but the next great adventure' was read at our memorial evening.
        Lee Kuan Yew spoke publicly about signing an Advance Medical Directive, which raised awareness of AMDs in Singapore.
        Mother Teresa opened Nirmal Hriday, her home for the dying destitute in Kolkata, in 1952.
        Like Beth in Little Women, many young patients worry more about their family than about themselves.
    """),
    ("en", "bereavement support"): _lines("""
        Grief doesn't follow a timetable. It's ok to still cry at CNY reunion dinner years later.
        Our bereavement support group meets every 2nd Saturday, 10am–12pm, in English and Mandarin.
        Children may show grief through play or anger; keep routines and use simple words like 'died', not 'went to sleep'.
        The 100th day, Qing Ming, Hari Raya — anniversaries can bring waves of grief; our counsellors can help you plan for them.
        Bereavement follow-up protocol: phone call at 2 weeks, 6 weeks, 3 months and 13 months after the death.
        If you feel you cannot go on, please call SOS at 1767 or go to the nearest A&E.
        Memorial service programme: 7.30pm welcome, 7.40 hymn 'Amazing Grace', 7.50 lighting of candles, 8.15 refreshments.
        Signs of prolonged grief: intense yearning beyond 12 months, difficulty accepting the death, feeling life is meaningless.
        Workshop 'Living with Loss' — 3 sessions, $30 (waived for families of our patients).
        Grief journal prompt: write a letter to your loved one about something you never got to say.
        Widowed spouses often struggle with tasks the other used to do — bills, CPF matters, cooking. Practical help counts.
        Doa untuk arwah will be recited at the end of the tahlil; non-Muslim friends are welcome to sit in quietly.
    """),
    ("en", "systems and templates"): _lines("""
        Dear {{nok_salutation}} {{nok_name}}, we are deeply sorry for the passing of {{patient_name}} on {{date_of_death}}.
        2026-12-04T09:14:22+08:00 INFO hv-sync v3.8.2 pushed 48 visit notes (batch 7f3c9a1e) to EMR
        commit 4b1d9e07a3: fix NRIC mask regex so only the last 4 chars are kept
        def mask_nric(v: str) -> str: return '*' * 5 + v[-4:]
        Sample NRIC for form testing: S1234567D (do not use real IDs in UAT).
        PO-2026-0318 to MedEquip Pte Ltd: 6x alternating air mattress @ $389.00, GST 9% — total $2,544.06
        Delivery of hospital bed, tracking no. SPX-SG-7724 0913 552, ETA 5 Dec 2–6pm.
        ERROR 2026-12-03 22:01:07 whatsapp-bridge: template 'visit_reminder_v2' rejected (code 132012)
        Export settings: de-identify free-text notes, drop columns nric, dob, address, phone before sharing with the research team.
        SMS template: Hi {name}, your nurse {nurse} will visit on {date} between {slot}. Reply 1 to confirm.
        Form field help: 'Contact number' must be 8 digits starting with 6, 8 or 9; Malaysian numbers in +60 format.
        SHA-256 of export file: 9f2c1e7b4a0d88e3b61f5c2a7e9d04b1c3f6a8e2d5b7c9f1a4e6d8b0c2f4a6e8
        Invoice INV-HLH-260412 from Gentle Care Funeral Services Pte Ltd, $6,880.00, payment due in 30 days.
        IT issues: call ext 4410 or email helpdesk@harbourlight-hospice.org.sg
    """),
    ("ms", "notis hospis"): _lines("""
        Sukarelawan diperlukan untuk lawatan rumah di sekitar Klang dan Shah Alam setiap Sabtu pagi.
        Derma boleh dibuat melalui DuitNow QR atau pindahan bank ke akaun Hospis Harapan Berhad.
        Kursus asas penjagaan paliatif untuk penjaga: 3 sesi, percuma, sijil penyertaan disediakan.
        Jangan kongsi gambar MyKad pesakit dalam kumpulan WhatsApp; guna borang dalam talian sahaja.
        Talian Kasih 15999 untuk bantuan sosial dan kaunseling, 24 jam.
        Majlis tahlil dan doa arwah untuk semua pesakit yang telah pergi tahun ini akan diadakan pada 14 Dis, 8.30 malam.
        Jadual lawatan minggu ini: Isnin – Cheras, Rabu – Ampang, Jumaat – Setapak.
        Ubat morfin mesti disimpan dalam almari berkunci dan jauh daripada kanak-kanak.
        Resit cukai di bawah Seksyen 44(6) akan dihantar dalam tempoh 30 hari bekerja.
        Jalan Tun Razak ditutup sebahagian pada hari Ahad, lawatan ke Hospital Kuala Lumpur mungkin lewat.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        HV 03/12 Mdm Koh Siew Lan 84F, ca pancreas w liver mets, Blk 412 Bedok North Ave 2 #08-233. Dtr Irene main CG (9734 5512). Pain 6/10 → ↑ MST to 20mg BD.
        Pt Mr Tan Boon Huat, NRIC S4218739I, DOB 14/02/1947 — ESRF, family decided to stop HD, for home hospice from Mon.
        FM minutes 2/12: son Kok Wee (LPA donee for Mr Tan Boon Huat) & dtr-in-law present. Agreed no CPR. Kok Wee hp 8233 6190.
        Uncle Ravi (Ravichandran s/o Muthu) from Blk 651 Jurong West St 61 kena admitted to NTFGH again, his COPD damn bad now, on 2L O2 at home already
        Volunteer application — Name: Nurul Ain binti Hassan | MyKad: 950312-10-5678 | H/P: 017-338 9021 | Email: nurulain.h95@gmail.com | Availability: Sat AM
        Tax receipt HLH/DN/2026/005102 issued to Mr Goh Wee Liang (S7734512D), $500 via PayNow, 28 Nov 2026.
        Pls charge my monthly pledge of $30 to Visa 4557 0123 4567 8910 exp 08/28, name on card CHUA MEI FONG.
        Helper Maricel Dela Cruz (FIN G5120887R) has been caring for Mdm Ong 24/7, pls include her in the caregiver training on Thurs.
        Bereavement call 6 wks: Mrs Rosalind Lim (wife of the late Mr Lim Ah Kow) still not sleeping, lost 5kg, GP started her on sertraline. Next call 3 mths, hp 9621 0473.
        Mdm Chew Geok Lian, Ward 7B bed 12, now actively dying — family informed, son flying in from Perth tonight.
        Son's passport K1837265M for the compassionate airfare letter, name LOH JUN WEI; pt is his mother Mdm Loh Bee Choo.
        Volunteer driver Jason Ong, car SKQ 4521 S, will fetch Mdm Lee Ah Hua from Blk 88 Zion Rd #12-405 to day hospice every Tue.
        Deputyship application for Mdm Fatimah bte Osman (advanced dementia) filed by her daughter Rosnah bte Ismail, FJC case FC/OSM 1182/2026, hearing 9 Jan.
        Pls add me to the vol WhatsApp grp, +65 8123 4078 — Desmond Tay (Sat driver)
        Send the bereavement pack to jennifer.lau.sy@yahoo.com.sg pls, her mum Mdm Lau Kim Hoon passed at home on Tues night.
        Volunteer Benjamin Teo told me he's on treatment for depression, pls don't roster him for bereavement calls for now (keep confidential).
        Donor Mr Anand Krishnan wants to up his pledge to $1,000/mth — said his salary is around $14k + 4 mths bonus so can afford.
        NOK update: Mr Ramasamy s/o Periasamy, NRIC ****046J, Blk 55 Chai Chee Dr #03-17, is now NOK instead of his late brother.
        Her sister from HK, Chan Mei Kuen, HKID D482915(9), arriving Fri; pls list her as 2nd NOK, tel +852 9138 2746.
        Pt's younger sister from Jinjiang, Hong Ah Lian, PRC ID 350582195807143024, WeChat hongal_0714 — she wants to be in the family meeting by video.
        Caregiver stress: Mr Suresh Nair (son of pt Mdm Kamala Nair, Blk 230 Tampines St 21) scored 38/48 on Zarit, lost his job in Sept, sounds burnt out. Refer MSW.
        GIRO form: account holder Heng Soo Ping, POSB savings 188-52301-4, monthly $50 to Harbourlight Hospice.
        Mdm Wong Ah Moi, 91, passed away 04:35 today at home, 12 Jalan Kembangan S(419123). Wake at home, son Wong Kian Seng 9187 3320 handling.
        Card ending 4417 belongs to Mdm Heng Lay Kuan — she called to stop the auto-debit cos she just got diagnosed with breast ca herself.
        New referral: Zulkifli bin Ahmad, 24M, T0276514J, osteosarcoma w lung mets, lives with parents at Blk 123 Pasir Ris St 11 #05-88.
        Compassionate leave approved for Priya d/o Raman (Emp no. 20381), 3 days — her father passed on 1 Dec.
        Hospital bed delivery address: 27 Jalan Chempaka Kuning, Singapore 468215, contact Mr Gabriel Soh 9046 7781 (son-in-law of pt).
        Mr Lee Chee Keong, S1957623Z, signed his AMD today at home; copy to be lodged with the Registry of AMD.
        Spouse's LINE id is kaori_t_0922 (Mrs Kaori Tan) — she prefers LINE over WhatsApp for updates on her husband's condition.
        Volunteer Rachel Yeo, DOB 22/09/1998, NRIC S8821354H, vaccinated, police clearance still pending.
        Donor card on file: Mastercard 5241 2345 0987 6549, holder PATRICK SEOW, $88/mth since 2019.
        MY family: Mr Lim Kah Heng, IC 580927-14-5331, No. 18, Jalan SS 2/55, 47300 Petaling Jaya — transferring to Hospis Malaysia home care.
        Bed 3: Mdm Sarojini a/p Subramaniam, MyKad 620105-07-5028, ca cervix stage IVB, daughter Kavitha 012-455 7810.
        The lady at #11-07 in Blk 309 Clementi Ave 4, the one with motor neurone disease — her husband Tony keeps calling the hotline at night.
        Mr Hakim Rashid's wife Nadia (9012 3344) asked if we can visit before 10am cos she works night shift at Changi Airport.
        Interpreter needed: pt Mr Ng Ah Seng speaks only Teochew, lives alone at Blk 16 Upper Boon Keng Rd #07-1021, no NOK, hep B carrier.
        Estate dispute: the late Mr Kumar Pillai's daughter Meena Pillai (S6603178J) says the chaplain witnessed the will, her brothers are contesting it in court.
        OT home assessment — Mrs Fiona Rodrigues, 61, ALS, wheelchair-bound, 3rd floor walk-up at 45 Lorong 25 Geylang, needs stair-climber.
        Salary slip attached for Medifund: Tham Wai Keong, cleaner, gross $2,180/mth — father is our pt at Ward 3.
        Vol coordinator pls note: 'Sister Agnes' is volunteer Agnes Chia Pei Ling, agneschia.pl@hotmail.com, hp 9650 8112 (not a nun lol).
    """),
    "ms": _lines("""
        Pesakit En. Kamarulzaman bin Yusof, 67, kanser paru-paru tahap 4, alamat No. 23, Jalan Melati 4, Taman Sri Rampai, 53300 Kuala Lumpur. Anak: Aisyah 012-677 4321.
        Puan Rohani binti Abdullah (MyKad 710822-01-6114), pesakit buah pinggang tahap akhir, tinggal di Kampung Parit Raja, Batu Pahat; telefon suami 019-772 3015.
        Sukarelawan baru: Muhammad Firdaus bin Rahman, 012-980 4471, firdaus.rahman92@gmail.com, kereta WXY 8812 boleh guna untuk hantar pesakit.
        Arwah ayah saya Haji Osman bin Daud meninggal semalam. Saya Siti Khadijah, anak sulung, boleh hubungi saya di 013-225 6690 untuk urusan derma.
        Bayaran derma bulanan RM100 daripada kad Visa 4012 8882 0034 5615 milik Encik Azman bin Hashim, tamat 11/27.
    """),
    "zh-Hans": _lines("""
        陈亚妹婆婆，87岁，住宏茂桥3道 Blk 327 #04-1189，晚期肺癌，女儿电话 9456 2318。
        林国华先生的太太说他这几天都吃不下，疼得厉害。他们住 No. 7, Jalan Sentul Pasar, 51000 Kuala Lumpur，电话 016-302 8841。
        学生义工黄美玲（15岁），NRIC T1183950E，妈妈的电话 9735 0416，周六下午陪伴病人做手工。
        张志明用信用卡 5522 3300 0412 8871 付了他爸爸的殡葬费，收据请寄到 Blk 701 Yishun Ave 5 #10-563。
        家属会议记录：病人苏玉珍（F2438016P）的女儿说妈妈不想知道自己是癌症，请大家在她面前不要提。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the Harbourlight Hospice helpline assistant. Be warm and brief."),
        (
            "user",
            "hi my father got discharged from CGH, doctor say can refer home hospice. how to start?",
        ),
        (
            "assistant",
            "I'm sorry to hear that. The hospital team usually sends the referral. May I have the patient's details so our nurse can follow up?",
        ),
        ("user", "Ok. Mr Koh Teck Chye, 78, NRIC S2874051D"),
        (
            "user",
            "stay at Blk 19 Marine Terrace #09-66. he has end stage heart failure. my no. is 9182 6640, I'm Vanessa",
        ),
        ("assistant", "Thank you Vanessa, a nurse will call you within 2 working days."),
    ],
    [
        ("user", "Can I get a tax receipt for my donation last week?"),
        ("assistant", "Of course. Could you share the name and NRIC used for the donation?"),
        ("user", "Name is Koh Jia Hui. NRIC S50"),
        ("user", "66213F sorry sent too early"),
        ("assistant", "Thanks, the receipt will be submitted to IRAS automatically."),
    ],
    [
        ("system", "Volunteer sign-up bot for Hospis Harapan, Klang."),
        ("user", "I want to volunteer as befriender on weekends"),
        (
            "assistant",
            "Wonderful! Do you have any health conditions we should know about for home visits?",
        ),
        (
            "user",
            "Type 1 diabetes, on insulin pump, but stable. I'm Low Wei Sheng, 016-771 2093, stay in Bandar Botanic Klang",
        ),
        ("assistant", "Noted, thank you. Our coordinator will WhatsApp you."),
    ],
    [
        (
            "user",
            "my mum died in the hospice 3 weeks ago and i can't stop thinking i should have brought her home",
        ),
        (
            "assistant",
            "I'm so sorry. Feelings of guilt are very common after a loss. Would you like to talk about her?",
        ),
        (
            "user",
            "her name was Mdm Quek Soo Har. im her only daughter, Melissa Quek, i live alone at Blk 502 Hougang Ave 8 now and honestly some nights i think of ending it",
        ),
        (
            "assistant",
            "Thank you for telling me, Melissa. Please call SOS at 1767 now or go to the nearest A&E — you don't have to carry this alone.",
        ),
    ],
    [
        ("user", "Assalamualaikum, bapa saya nak rawatan hospis di rumah, kami di Ipoh"),
        ("assistant", "Waalaikumussalam. Boleh saya dapatkan butiran pesakit?"),
        ("user", "Nama Ismail bin Hamid, MyKad 540611-08-5217, kanser hati"),
        (
            "user",
            "alamat No. 5, Lorong Pasir Puteh Baru 3, 31650 Ipoh. Telefon saya 012-509 3382 (Nordin, anak)",
        ),
        ("assistant", "Terima kasih En. Nordin, jururawat kami akan hubungi dalam 48 jam."),
    ],
    [
        ("user", "我妈妈在 Ward 5A, morphine 打了还是很痛, 正常吗?"),
        ("assistant", "疼痛控制需要医生评估，请告诉值班护士，剂量可能需要调整。"),
        ("user", "她叫 Ong Bee Leng, 73岁, 胰腺癌, bed 18. 我是她儿子 Ong Zhi Hao, 电话 8761 0025"),
        ("assistant", "好的，我会转告护理团队，请您放心。"),
    ],
    [
        (
            "system",
            "Caller record (internal): Mdm Tay Ai Ling, S4410287J, 82, metastatic breast ca, Blk 7 Telok Blangah Cres #14-102, NOK daughter-in-law Grace 9477 3108. Answer the caller's questions.",
        ),
        ("user", "Hi, what time is the nurse coming tomorrow?"),
        ("assistant", "The nurse is scheduled between 10am and 12pm tomorrow."),
    ],
    [
        ("user", "Need to set a family meeting for Dad, my brother is in Melbourne"),
        ("assistant", "We can arrange a video call. Who should receive the meeting link?"),
        ("user", "Send to my brother darren.yap.au@gmail.com and me, Cheryl Yap, 9330 5581."),
        ("user", "Dad is Yap Kim Chuan, the one with the brain tumour at bed 9"),
        ("assistant", "Done — the link will be emailed by tomorrow."),
    ],
    [
        ("user", "Hello mam, I am helper of Madam Goh. My name Sri Wahyuni, FIN G7012348M"),
        (
            "user",
            "madam fall down in toilet just now, her leg swelling. she have bone cancer. we stay Blk 40 Chai Chee St #06-410",
        ),
        (
            "assistant",
            "Please don't move her. Call our 24-hour nurse line now; if she is unconscious or bleeding heavily call 995.",
        ),
    ],
    [
        ("user", "I donated twice by mistake, can refund the second one?"),
        ("assistant", "Sorry about that. Please share the bank account for the refund."),
        ("user", "OCBC 601-352817-001, account name Jeremy Ho Kah Leong"),
        ("assistant", "Thanks Jeremy, finance will process the refund within 14 days."),
    ],
]
