"""Blind check set en101: SG/MY fitness trackers, wellness challenges and health-app rewards. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en101
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "app release notes and support"): _lines("""
        FitLink v5.8.2 (build 20261121.1740): fixes step count doubling when both phone and band are paired; improves BLE reconnect on Android 15.
        Known issue: heart-rate data from 3 Nov 23:00 to 4 Nov 09:00 SGT may not show in the app. Our engineers are on it, no action needed.
        Error E-SYNC-4012: token expired. Log out, log back in, then pull down on the Today tab to force a sync.
        If your band shows "---" for HR, tighten the strap one notch above the wrist bone and wipe the sensor with a dry cloth.
        Your ticket #SR-2026-118847 has been closed. Rate our service: https://help.fitlink.example/csat?t=118847
        Firmware 2.41.7 is rolling out in stages - SG first (25%), MY from 2 Dec. Keep the band on the charger above 50% during the update.
        Customer Care: +65 6716 2288 (Mon-Fri 9am-6pm, excl PH) | Malaysia 1-300-88-3548 | WhatsApp Business +65 8000 4321
        Order SG-ORD-7734120 shipped via Ninja Van, tracking NVSG0FL9931847264, est. delivery 2-4 working days.
        Warranty replacement needs the device serial (Settings > About > S/N, format FL5-XXXX-XXXX) and proof of purchase.
        Google Fit sync will be switched off on 30 Jun 2026; please move to Health Connect to keep sending steps to Healthy 365.
        Band stuck at "Syncing 87%"? Turn off battery optimisation for the app (Settings > Apps > FitLink > Battery > Unrestricted).
        iOS 18.2 users: if Apple Health permissions reset after the update, re-enable Steps, Heart Rate and Sleep under Health > Sharing > Apps.
        Refund of S$48.90 for invoice INV-SG-20261017-0042 will be credited to the original payment method within 7-10 business days.
        sha256(fitlink-android-5.8.2.apk) = 392a88d2928c41ae9f2512fd646d83b4937231c5e0ba62cbd5edb224d9dcd1d7
    """),
    ("en", "corporate wellness comms"): _lines("""
        Step Up 2026 kicks off 1 Dec! Teams of 5, daily cap 25,000 steps, top 3 teams win a makan session at Lau Pa Sat.
        Leaderboard wk 2: 1. Team Kopi Siew Dai - 1,284,330 steps 2. Ops Jalan Jalan - 1,201,978 3. Finance Fit Fam - 1,156,402
        Reminder: manual entries and "phone shaking" steps are removed by the anti-cheat filter. Only synced device data counts.
        The Tuesday lunchtime walk starts at Raffles Place MRT Exit H and loops past the Fullerton Hotel and Merlion Park (2.4 km).
        Wellness subsidy FY2026: up to S$300 per staff for wearables, gym memberships or ActiveSG passes. Claim via Concur by 15 Dec.
        Health screening at the Level 3 pantry on 19-20 Nov, 8am-12pm, fasting 8 hours required. Book your slot on the HR portal.
        Our KL office is joining the charity walk along Jalan Tun Razak on 7 Dec - meet at the Menara 3 lobby, 6.30am sharp.
        The EAP is confidential and free for staff and immediate family: call 1800 355 7070 (24/7) or chat via the Wellbeing app.
        Participation so far: 412 of 630 staff (65%) have linked a device; average 7,412 steps/day vs 5,980 in Q2.
        Congrats to the Penang team for the highest participation rate (92%)! Durian party on us this Friday.
        To protect privacy, the leaderboard shows team names only. Individual step counts are never shared with line managers.
        Hi {first_name}, you're {steps_to_go} steps away from this week's goal - a 10-min walk should do it!
        Prizes: 1st - Garmin Forerunner 265 x5; 2nd - S$100 Decathlon vouchers x5; 3rd - Hydro Flask bottles x5.
    """),
    ("en", "insurance rewards terms"): _lines("""
        Earn 50 points a day when you reach 7,500 steps and 100 points at 12,500 steps. Points are capped at 700 per week.
        Lionheart Vitality status is reviewed on every policy anniversary: Bronze 0-9,999 pts, Silver 10,000, Gold 20,000, Platinum 30,000.
        A premium discount of up to 15% applies to Lionheart ShieldPlus riders for Gold and Platinum members only.
        Steps from devices not registered with us, or synced more than 7 days late, are not eligible for points.
        RM10 weekly cashback is credited to your e-wallet within 5 working days after the week closes (Sun 23:59 MYT).
        Policy number format: LH- followed by 8 digits. Please quote it in all correspondence and do not include your NRIC.
        Claims hotline 1800 888 2020 (SG) / 1-300-88-2020 (MY), 8.45am-5.30pm on weekdays.
        Health screening packages at Khoo Teck Puat Hospital and Tan Tock Seng Hospital qualify for 2,000 bonus points.
        This programme is administered by Lionheart Assurance Pte Ltd (UEN 201934567K), 1 Raffles Quay #22-01, Singapore 048583.
        Heart Age Check results are used only to compute your points and are never used for underwriting (see clause 7.3).
        Illustration: a 35-year-old non-smoker paying S$1,200 a year who keeps Gold status saves S$180 per year.
        Brand ambassador Lee Chong Wei will flag off the 5 km Vitality Run at Dataran Merdeka on 14 Dec.
        Points expire 24 months after they are earned. Redeemed e-vouchers (Grab, FairPrice, Shopee) are non-refundable.
    """),
    ("en", "data export and developer docs"): _lines("""
        Your data export is ready. The download link expires in 72 hours: https://export.fitlink.example/d/397bfebf (ZIP, 18.4 MB).
        export/heart_rate.csv columns: timestamp_local, bpm, source_device, confidence (0-3)
        2026-11-03T06:12:44+08:00,142,FL5-Band,3
        GET /v2/users/{user_id}/activities?start=2026-11-01&end=2026-11-30 returns 200 with a paginated list; 429 if >60 req/min.
        Webhook payload: {"event": "sync.completed", "user_id": "<uuid>", "records": 1284, "ts": 1764633600}
        OAuth scopes: activity.read, heartrate.read, sleep.read. Do not request profile.write unless the user edits their profile in-app.
        Health Connect record types used: StepsRecord, HeartRateRecord, SleepSessionRecord, ExerciseSessionRecord.
        sleep.json: stages are encoded 0=awake, 1=light, 2=deep, 3=REM; all durations are in seconds.
        The device ID is a random UUID v4 regenerated on factory reset, e.g. 3f2b6d1e-8a4c-4f7e-9b21-0c5d7e6a9f13.
        Rate limits reset at 00:00 UTC (08:00 SGT/MYT).
        Data is stored in ap-southeast-1 (Singapore) with backups in ap-southeast-5 (Malaysia) since March 2026.
        CSV exports use ISO 8601 timestamps with offset and UTF-8 with BOM so that Excel opens them correctly.
        If the export fails with EXPORT_TOO_LARGE, pick a date range of 12 months or less.
        commit a91f3c7: fix off-by-one in weekly step aggregation across DST changes (no effect on SG/MY, breaks AU users)
    """),
    ("en", "heart-rate and health info"): _lines("""
        A resting heart rate between 60 and 100 bpm is considered normal for adults; well-trained athletes may sit around 40-50.
        The irregular rhythm notification is not a diagnosis. If you get one, see a doctor and do not stop any prescribed medication.
        The high heart rate alert defaults to 120 bpm after 10 minutes of inactivity; you can set it between 100 and 150 in Settings.
        Max HR estimate: 220 minus age. Zone 2 is roughly 60-70% of max, so for a 40-year-old about 108-126 bpm.
        SpO2 below 90% during sleep may point to sleep apnoea, but wrist sensors are less accurate than clinical oximeters.
        WHO recommends 150-300 minutes of moderate-intensity aerobic activity per week for adults.
        Walking 7,000-8,000 steps a day is linked to lower all-cause mortality in several cohort studies.
        Call 995 for emergencies in Singapore and 999 in Malaysia. Do not rely on your wearable to call for help.
        Tan Tock Seng Hospital is at 11 Jalan Tan Tock Seng, Singapore 308433; the Emergency Department is on the ground floor.
        Phua Chu Kang's "don't pray pray" line is back in the new HPB ads telling heartlanders to get off the sofa.
        Caffeine, dehydration and poor sleep can all raise your resting HR by 5-10 bpm the next morning.
        In our 2025 user survey (n = 18,240), 41% of users in Malaysia and 36% in Singapore wore their tracker to bed every night.
    """),
    ("en-SG", "forum and group chat"): _lines("""
        anyone else band cannot sync since yesterday? keep say "device not found" sian
        bro the new firmware drain battery like siao, 2 days only leh
        NSC new season start already ah? got the free tracker from the CC last year, still working ok
        my company doing step challenge again, confirm got people shake the phone at their desk lol
        tip: off then on bluetooth, then force stop the app. works for me 9/10 times
        HR alert keep pinging when i drink kopi-o kosong, is the sensor spoil or i really need to cut down
        wah the Vitality points system change again, now need 12.5k steps for 100 pts, jialat
        export data got csv one, but the sleep file is json, need open with notepad++ then can see
        anyone know Healthy 365 can link with Huawei Health or not? support say "coming soon" since 2024 liao
        Saturday morning MacRitchie 10km loop anyone? meet 7am at the carpark near Lornie Road
        Lee Kong Chian Natural History Museum got free entry for NSC participants? or fake news
        aiyo my Garmin say body battery 5 after the wedding dinner, accurate sia
        Jurong Lake Gardens 5km loop very good for the step challenge, got shade and toilets
    """),
    ("ms", "notis aplikasi dan insurans"): _lines("""
        Kemas kini aplikasi ke versi 5.8.2 untuk membetulkan masalah penyegerakan langkah pada peranti Android.
        Ganjaran mingguan RM10 akan dikreditkan ke e-dompet anda dalam masa 5 hari bekerja.
        Pastikan Bluetooth dihidupkan dan jam tangan berada dalam jarak 1 meter semasa penyegerakan.
        Cabaran 10,000 Langkah antara jabatan bermula 1 Disember. Hadiah utama: baucar RM500 untuk pasukan terbaik.
        Talian Khidmat Pelanggan: 1-300-88-3548 (Isnin-Jumaat, 9 pagi-6 petang).
        Data kesihatan anda disimpan di pusat data di Malaysia dan Singapura selaras dengan Akta Perlindungan Data Peribadi 2010.
        Saringan kesihatan percuma di Hospital Kuala Lumpur, Jalan Pahang, 50586 Kuala Lumpur pada 12 Disember.
        Amaran kadar denyutan jantung tinggi bukan diagnosis perubatan. Sila berjumpa doktor jika anda bimbang.
        Fail eksport data anda sedia untuk dimuat turun. Pautan akan tamat tempoh dalam 72 jam.
        Pesanan MY-ORD-5520913 telah dihantar melalui Pos Laju, nombor penjejakan ER118349275MY.
        Larian amal 5km di Dataran Merdeka bersama duta jenama Lee Chong Wei, 14 Disember, 6.30 pagi.
        Hospital Sultanah Aminah, Johor Bahru menawarkan pakej saringan jantung pada harga RM180.
    """),
    ("en", "privacy and data handling guidance"): _lines("""
        Before attaching a data export to a support ticket, remove profile.json - it contains your name, birth date and e-mail.
        HR must not receive individual heart-rate or sleep data; only team totals with n >= 5 may be shared.
        When logging a sync bug, paste the error code and app version, never the user's NRIC or phone number.
        Under the PDPA, staff must be told the purpose before their wearable data is collected for the wellness programme.
        Redact like this: "User [REDACTED], Blk [X] #[XX]-[XXX]" - keep the placeholders, drop the real values.
        Data Protection Officer: dpo@lionheart-assurance.example, Lionheart Assurance, 1 Raffles Quay #22-01, Singapore 048583.
        Retention: raw HR samples 24 months, aggregated steps 7 years; everything deleted within 30 days of account closure.
        Test accounts must use synthetic profiles (name "Test User 01", DOB 1900-01-01); real staff data is banned in staging.
        Access to the claims database needs 2FA and is logged; quarterly access reviews are run by the DPO's office.
        PDPC advisory: NRIC numbers should not be collected for reward redemption unless required by law.
        Mask card numbers as 4xxx xxxx xxxx 1234 in screenshots; never show the full PAN or the CVV.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Congrats to Nurul Huda Binte Rahmat (Finance, Emp ID 40882) for topping the November step challenge with 412,880 steps!
        ALERT: High heart rate for Lim Wei Jie - 168 bpm while inactive at 02:14 SGT. Emergency contact Grace Lim (wife) +65 9127 4408 has been notified.
        Policy LH-20391877 | Life assured: Muthu a/l Raman | NRIC S7209381Z | Vitality status downgraded to Bronze (avg 4,210 steps/day)
        user_id,name,dob,email,weight_kg / 88123,Chua Hui Min,1990-03-14,huimin.chua90@gmail.com,61.4
        {"displayName": "Kavitha Rajan", "email": "kavitha.r88@outlook.com", "birthDate": "1988-09-02", "weightKg": 72.3, "restingHR": 64}
        FYI Daniel Koh from Ops won't be joining the stair climb - he had a stent put in last month and his cardiologist said no strenuous exercise till Feb.
        Wellness claim pro-rated: Farah Liyana Binte Osman, basic S$4,850/mth, eligible for S$243.50 of the Garmin Venu purchase.
        Can we exempt Tay Mei Ling (Marketing) from the 10k challenge? She's 28 weeks pregnant and was just diagnosed with gestational diabetes.
        Reward voucher issued to TAN S** H***, NRIC ****102C, delivered to Blk 88 Zion Rd #12-05, Singapore 160088.
        Morning run export for haziq_runs (Haziq Rosli): every weekday 06:05 start/end at 1.35211, 103.94482 - that's his block at Tampines Ave 9.
        Wang Jianguo (FIN G7730215N, Employment Pass, Data Engineering) asked for the Mandarin version of the wellness consent form.
        Chen Xiaoli's Huawei Health account is tied to her PRC ID 440306198807124534, so she can't switch the region to Singapore.
        Lai Kok Weng, 52, a logistics supervisor, was fined $3,000 on Tuesday for using a phone-swinging gadget to claim $1,820 in insurance step rewards.
        Sleep report - Ong Pei Shan, 14 Nov: 3h48m total, 11 awakenings, SpO2 min 86%. Referred to the sleep clinic for suspected OSA.
        Goh Swee Lan's HbA1c came back 8.9% from the panel clinic, so she doesn't qualify for the Gold tier premium discount this year.
        Applicant: Jeremy Tan Kok Leong, DOB 14/02/1985, smoker, BMI 31.2, declared asthma since childhood; wearable linked for underwriting.
        Fall detected - Ms Lakshmi d/o Pillai (67) at Blk 45 Bedok North St 1 #04-117. No response after 60s, 995 auto-called.
        Ho Wei Xiang's Apple Watch flagged AFib 3x this week and he's only 34. Booked him at NHCS, Thu 2:30pm.
        For the Bali charity walk: Priya Nair, passport K4410289B (exp 03/2027), DOB 11 Jun 1991, vegetarian.
        Premium auto-debit: VISA 4147 2099 3155 0829, exp 08/28, cardholder TEO JUN HAO
        Refund the device deposit to Mastercard 5326 1044 8871 9036 (Chan Siew Ling) - she returned the band on 2 Dec.
        EAP referral: Hafiz Iskandar, Sales, staff no. 10377 - anxiety, averaging 4h12m sleep on his tracker, recommend reduced KPI for Q1.
        My daughter Chloe Goh, NRIC T0391822F, registered for the Healthy 365 challenge on my number 9188 0473 - can she have her own account?
        Mohd Irfan Bin Kamal (staff no. MY-22871) claimed RM899 for a Galaxy Watch6 - approved, to be paid with his Dec salary of RM5,420.
        Sorry team, Ahmad Faizal can't count steps this week - he's warded at Sengkang General for dengue, ward 7B bed 12.
        Ship the replacement strap to Kelvin Ong, Blk 512 Tampines St 51 #08-234, Singapore 520512, hp 9634 1820.
        Account owner: Vanessa Low Hui Ying, vanessa.lowhy@hotmail.sg, last login from iPhone 15, 2FA number +65 8466 2019.
        Pls update the cashback payee: Lee Bee Hoon, NRIC S6620931H, POSB savings 188-53201-7.
        Rider beneficiary changed from ex-husband Raymond Chia to son Marcus Chia (S9182736J) per the policyholder's request of 28 Nov.
        Attendee row 37: Benjamin Seah, 9 Jalan Kembangan, Singapore 419095, T-shirt L, emergency contact mum 9722 1846.
    """),
    "en-SG": _lines("""
        eh Jason Pang from IT is it? ur car SLK 7302 H blocking the loading bay during the fun walk, pls move asap
        Auntie Doris Yeo here, join our Bukit Timah morning walking kakis, WhatsApp me +65 8231 6690 ok
        Siti Rahayu from accounts say her HR alert keep going off coz she on thyroid meds, she dun want boss to know
        bro can help check why my Vitality pts never come in? policy LH-30917752, IC S8567013A, name Desmond Lau
        aiyo my dad Tan Ah Kow 78yo his watch detect fall again at home, Blk 203 Toa Payoh North #06-1120, rushing back now
        anyone selling old Fitbit? PM Shawn 8907 5531 or telegram @shawn_kiasu_runner
        the winner Suresh Kumar from Jurong office actually had bypass surgery 2 yrs ago one, now walk 20k daily, steady lah
        boss say must submit screenshot, i send mine liao: Kenneth Yap, emp 22019, 68,402 steps, resting HR 88 (doc say my BP also high)
        my wife Jolene Ng cannot register for NSC, her FIN F2938471K keep say invalid, anyone kena before?
        Grab delivery for Rachel Khoo, 18 Lorong Ah Soo #02-07, call 9355 2104 when reach, it's the Garmin from the lucky draw
    """),
    "ms": _lines("""
        Encik Zulkifli bin Hassan (No. KP 850227-01-5937) disahkan hipertensi, BP 162/101 semasa saringan kesihatan syarikat 12 Nov.
        Tahniah Puan Rohani Ismail dari Jabatan HR, pemenang cabaran 10,000 langkah! Hadiah RM300 akan dikreditkan ke akaun Maybank 1142 0933 8812 beliau.
        Sila hantar jam pengganti kepada Siti Aminah binti Yusof, No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor. Tel 017-552 9013.
        Tuntutan rebat peranti: Rajesh a/l Subramaniam, IC 790303-07-5121, resit Harvey Norman RM1,299, polisi LH-MY-44019283.
        Nur Syafiqah binti Ahmad (920918-10-6684) tak boleh sync Huawei Band dia, akaun emel syafiqah.ahmad92@gmail.com
        Anak saya Tan Jia Yi, IC 010625-08-0412, nak sertai larian amal tapi dia ada asma teruk, boleh daftar kategori 3km je?
        Melissa anak Jugah (931104-13-6026), cawangan Kuching - nadi 45 bpm masa tidur, doktor syak bradikardia, MC 3 hari.
        Bayaran premium kad kredit 4921 8104 4377 6513 milik Lim Chee Keong gagal, sila hubungi beliau di 012-778 3091.
        Gaji Encik Faizal Rahim RM7,200 sebulan, layak subsidi gim penuh RM150; nombor pekerja KL-10552.
        Pn. Norhayati Saad, 58, pesakit diabetes jenis 2 dan buah pinggang tahap 3, tak sesuai sertai cabaran tangga minggu ni.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the FitLink support assistant for Singapore and Malaysia."),
        ("user", "my band not syncing since the update, already restart 3 times"),
        (
            "assistant",
            "Sorry about that! Could you share the e-mail on your FitLink account so I can check the sync logs?",
        ),
        ("user", "m.fadzil.84@gmail.com"),
        (
            "assistant",
            "Thanks. I see the last successful sync was 21 Nov. Is the band still under warranty?",
        ),
        ("user", "yes bought at Courts Megamall in March, name on receipt Mohd Fadzil Rahman"),
    ],
    [
        ("user", "Can you draft a short winner announcement for our step challenge?"),
        (
            "assistant",
            'Sure: "Congratulations to {winner_name} from {department} for walking {steps} steps in November! Thank you all for taking part."',
        ),
        (
            "user",
            "Winner is Angeline Chong Pei Wen from Legal, 502,114 steps. Pls mention she did it while still recovering from chemo, very inspiring",
        ),
    ],
    [
        ("user", "Why my Vitality points for last week never credit?"),
        ("assistant", "I can look into it. Please give me your policy number."),
        ("user", "LH-28810473"),
        ("assistant", "For verification, I also need the policyholder's name."),
        ("user", "Ong Boon Huat, NRIC S9034512E"),
        (
            "assistant",
            "Thank you. Your device synced 9 days late, so the steps fell outside the 7-day window.",
        ),
    ],
    [
        ("user", "my watch keep saying HR 150 when i'm just sitting watching tv. should i worry?"),
        (
            "assistant",
            "A sustained high heart rate at rest can be a sign of a rhythm problem. If you feel dizzy, breathless or have chest pain, call 995.",
        ),
        ("user", "i'm 61 and had a heart attack in 2019, on bisoprolol"),
        (
            "assistant",
            "Given your history, please contact your cardiologist soon and bring the watch readings along.",
        ),
        ("user", "ok. I'm Mdm Koh Lay Hoon, can your clinic partner call me at 9472 3381 to book?"),
    ],
    [
        ("user", "Can you help me understand this export file? it's from my fitness app"),
        ("assistant", "Of course, please paste a sample."),
        (
            "user",
            '{"profile": {"name": "Arjun Menon", "dob": "1979-05-21", "email": "arjun.menon79@yahoo.com", "heightCm": 174, "weightKg": 88.6}, "conditions": ["type 2 diabetes"], "restingHR": 79}',
        ),
        (
            "assistant",
            "This file holds your profile, a list of declared conditions and your average resting heart rate.",
        ),
    ],
    [
        ("system", "You help HR write clear, kind internal e-mails."),
        (
            "user",
            "Need an email to one of my staff who skipped the wellness weigh-in. Keep it gentle.",
        ),
        ("assistant", "Happy to help. Is there anything I should know about the reason?"),
        (
            "user",
            "Her name is Jasmine Teo, she's in recovery for an eating disorder and her psychiatrist asked that she not be weighed. Tell her she's exempt",
        ),
    ],
    [
        ("user", "Saya nak tukar alamat penghantaran untuk jam tangan baru"),
        ("assistant", "Baik, sila berikan alamat baharu dan nombor telefon untuk kurier."),
        ("user", "No. 8, Lorong Mawar 3, Taman Bukit Indah, 81200 Johor Bahru"),
        ("user", "nama Azlan bin Mokhtar, tel 019-772 4410"),
        ("assistant", "Terima kasih, alamat telah dikemas kini."),
    ],
    [
        ("user", "the Healthy 365 app say my NRIC already registered, but i never sign up before"),
        (
            "assistant",
            "That can happen if someone mistyped their NRIC. Could you share it so we can raise a check?",
        ),
        ("user", "S77"),
        ("user", "41028G"),
        (
            "user",
            "Alvin Lee Chee Meng, born 1977. pls settle fast, my company challenge start monday",
        ),
    ],
    [
        ("user", "I want to pay the annual premium for my wife's policy by card"),
        ("assistant", "Sure. Please share the card number, expiry and the cardholder's name."),
        ("user", "5204 7411"),
        ("user", "2389 0024 exp 11/29"),
        ("user", "cardholder NG SOOK FUN, policy LH-51928374"),
        ("assistant", "Payment of S$1,486.20 received. A receipt will be e-mailed to you."),
    ],
    [
        ("system", "You are a parent helpdesk for a school fitness tracker pilot."),
        (
            "user",
            "My son Ryan Lim got a high heart rate alert during PE today, 210 bpm. He has Wolff-Parkinson-White and the school knows",
        ),
        (
            "assistant",
            "I'm sorry to hear that. Please make sure his doctor reviews the recording. Do you want me to flag his profile?",
        ),
        ("user", "yes, his NRIC is T0234871Z, class 3E2"),
    ],
]
