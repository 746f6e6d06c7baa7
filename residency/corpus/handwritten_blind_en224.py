# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en224: SG/MY community theatre, drama schools and choirs. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en224
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "ticketing_box_office"): _lines("""
        Booking ref BKG-24-118273 confirmed: 4 x Cat 2 @ S$38.00, Row K seats 14-17, Sat 14 Jun 2025 8.00pm, Drama Centre Theatre. Collect at the box office 1 hour before the show.
        Order #SG-TIX-0093172 refunded S$126.00 to the original payment method due to cancellation of the 22 Mar matinee. Please allow 7-14 working days.
        Concession tickets (students, NSFs, seniors 60+) are S$22 each; valid ID must be shown at entry. Max 2 concession tickets per transaction.
        House seats held: Row A 1-6, Row B 1-4. Release to public sale 48h before curtain unless the producer confirms otherwise.
        Sales summary 09/05: 312 sold / 380 capacity (82.1%), gross S$11,436.00, comps 18, walk-ins 7.
        Promo code CHORALE25 gives 25% off Cat 1 and Cat 2 for the gala on 30 Aug; not valid with other discounts or for box seats.
        Your e-ticket QR code is attached. Ticket ID: 7F3A-22C9-B01E. Please do not share screenshots; each QR code can only be scanned once.
        FAQ: I was charged twice, what do I do? Email boxoffice@lanternstreet.sg with both transaction reference numbers; duplicate charges are reversed within 5 working days.
        Wheelchair bays: 4 per show at Stalls Row M (M1, M2, M29, M30); companion seat sold at concession price. Book via the hotline 6123 8800 (Mon-Sat 10am-6pm).
        Group bookings of 20 pax and above get 15% off. Schools please submit the group booking form with the MOE school code to groups@lanternstreet.sg.
        Payment by PayNow to UEN 201812345R (Lantern Street Players Ltd). Use your booking ref as the payment reference, e.g. BKG-25-000000.
        Ticket prices at Dewan Filharmonik: Premium RM120, Standard RM85, Student RM40, SST included. Booking hotline 03-2051 7000.
    """),
    ("en", "rehearsal_schedule"): _lines("""
        Week 3 schedule: Mon 7-10pm Act 1 blocking (Studio 2), Wed 7-10pm music call sopranos/altos only, Sat 10am-5pm full run with props. Call time 15 min before.
        Tech week: Q2Q Thu 6pm, dress rehearsal Fri 7.30pm, photo call Sat 2pm. Crew to wear blacks; no rubber slippers in the wings.
        Rehearsal venue changed to the Lee Kong Chian Room, Level 3, for this Saturday only. Lift lobby B is closed, use the staircase beside the cafe.
        Emily of Emerald Hill monologue runs: Tue and Thu at Stamford Arts Centre Room 4-06, 155 Waterloo St, Singapore 187962.
        Principals only this Sunday: Puck, Oberon, Titania, Bottom. Mechanicals called from 2pm. Fairies chorus not called.
        SM note: the Scene 4 transition is still 47 seconds; target is under 20. Fly crew please rehearse the drop with the ASM on Wednesday.
        Cantonese opera troupe: gong and drum section rehearses Tue 7.30pm at Kreta Ayer; costume fitting for the sheng and dan roles Sat 11am.
        Choir sectionals tonight: T1/T2 Room 101, B1/B2 Room 102, S1/S2 Main Hall, A1/A2 Music Room. Bring pencils, we are marking breaths.
        Rehearsal cancelled on 18 Jan due to venue closure. Make-up session Sun 26 Jan 2-6pm, same studio.
        Children's cast rehearsals end by 9.00pm sharp under our child performer policy; parents please collect from the lobby, not the carpark.
        Timings (GMT+8): 19:00 warm-up, 19:15 Sc 1-3, 20:30 break, 20:45 Sc 4-6, 21:45 notes. Bring script v3.2 dated 02/04.
        Director's call: off-book deadline for Act 2 is 15 March. After that the ASM will give one prompt per scene, no more.
    """),
    ("en", "audition_notice"): _lines("""
        OPEN AUDITIONS: Lantern Street Players seeks 6 actors (18+) of all ethnicities for a bilingual staging of Mama Looking for Her Cat by Kuo Pao Kun. Send headshot and CV to auditions@lanternstreet.sg by 28 Feb.
        Audition slots are 10 minutes. Prepare a 1-minute contemporary monologue and 16 bars of a song in your range. Accompanist provided; bring sheet music in the right key.
        Audition form: Name: ______ Age: __ Voice type: S / A / T / B  Contact no.: ______ Previous experience: ______ Availability (tick): Wk1 Wk2 Wk3
        The callback list will be posted on our IG @lanternstreetplayers by 8pm Friday. We are unable to give individual feedback.
        Seeking: PUCK (any gender, 16-25, strong movement), HERMIA (F, 18-30), LYSANDER (M, 18-30), BOTTOM (any, comic timing essential). Unpaid; transport allowance S$15 per rehearsal.
        Children's chorus audition (ages 8-12): a parent or guardian must accompany. Bring a photocopy of the birth certificate for age verification; originals not required.
        Audition results: 142 registered, 118 attended, 27 called back, 14 cast. Thank you to everyone who came down!
        Tip for auditionees: please don't pick Tomorrow from Annie. We heard it 31 times last year.
        Panel: Artistic Director, Music Director and Choreographer. All casting decisions are final.
        Malaysian auditions: KL session at KLPAC Studio 3, Sentul Park, 51100 Kuala Lumpur; Penang session at Penang PAC, Straits Quay. Register via the form link in our bio.
        Foreign nationals must hold a valid pass that allows unpaid community participation; check with MOM before applying.
        Candidate #037 to Studio B, #038 on standby. Numbers only on the scoresheet please, no names.
    """),
    ("en", "consent_form_template"): _lines("""
        CHILD PERFORMER CONSENT FORM. I, [Parent/Guardian full name], NRIC/Passport No. [__________], consent to my child [Child's name], born [DD/MM/YYYY], taking part in rehearsals and performances of [Production].
        Section C - Medical: Does the child have any allergies, asthma or other conditions we should know about? [ ] Yes [ ] No. If yes, please describe: ____________
        Photo/video consent: [ ] I agree [ ] I do not agree to my child appearing in publicity photos, social media posts and the archival recording.
        Emergency contact 1: Name ________ Relationship ________ Mobile +65 ________ Alternate no. ________
        Consent forms must be returned by the 2nd rehearsal. Children without a signed form cannot go on stage, no exceptions.
        Chaperone ratio: 1 chaperone per 8 children under 12; 1 per 12 for ages 12-16. All chaperones must complete the safeguarding briefing.
        Data protection notice: personal data on this form is used only for this production under the PDPA 2012 and destroyed 6 months after closing night. DPO: dpo@lanternstreet.sg
        Company manager checklist: signed consent, medical section, photo consent, emergency contacts, pick-up authorisation. Store originals in the locked cabinet in the production office.
        Pick-up authorisation: only persons named in Section E may collect the child. Staff will ask for photo ID at the stage door.
        Version 2.3 of the consent form (rev. Jan 2025) replaces v2.1; the old form is no longer accepted because it lacked the PDPA clause.
        Q: Do we need consent forms for 17-year-olds in the youth choir? A: Yes, anyone under 18 needs a parent or guardian signature under our policy.
        Child performer hours: max 3 hours per rehearsal on school days and 5 hours on weekends, with a 15-min break every hour.
    """),
    ("en", "backstage_incident_log"): _lines("""
        INC-2025-014 | 21:47 | Stage left wings | Cast Member A tripped over a cable run during blackout; ice pack applied, no further treatment. Cable taped and glow tape added.
        INC-2025-015: one chorister (S2, age 10) felt faint during Act 2; sat out with a chaperone, drank water, recovered in 10 min. Parent informed at pick-up.
        Fly bar 7 dropped 30cm unexpectedly at 19:12 during the rigging check; nobody under it. Counterweight checked by the TD; bar locked off pending inspection.
        Haze machine triggered the fire alarm in the foyer at 20:03; audience evacuated to Waterloo St; SCDF all-clear at 20:21; show resumed at 20:40 from the top of Act 2.
        Lost property: 1 black water bottle, 1 pair of ballet flats size 36, 1 unregistered EZ-Link card. Unclaimed items are donated after 30 days.
        Near miss: trap door left open after interval; spotted by the ASM. New rule: trap checked and signed off by two crew before house opens.
        Costume damage report: 3 of 12 kebaya for the wedding scene torn at the seams; wardrobe to repair by Thursday; cost est. RM180.
        Patron in seat J12 was filming with a phone; the house manager spoke to them at interval; no further action.
        Weekly safety stats: 0 lost-time injuries, 2 first-aid cases, 1 near miss, 4 hazard reports closed.
        Dressing room 3 aircon leaking onto the costume rack; facilities ticket FM-77410 raised; rack moved to DR4.
        Incident report template: Date/time | Location | Persons involved (use Cast Member A/B) | What happened | Action taken | Reported by (role) | Follow-up
        Pyro cue 118 fired 2 sec late; no injury. Operator to re-check the desk patch before each show.
    """),
    ("mixed", "cast_group_chat"): _lines("""
        Sopranos pls bring own water bottle tonight lah, the hall water dispenser rosak again 🙏
        Eh Act 2 run tmr start 7pm sharp ok, don't be late like last week, director already very sian
        Makan after rehearsal? Prata at Jalan Kayu or the kopitiam near the MRT, vote 👇
        各位, 今晚 sectional 在 Room 3, tenor 记得带 pencil ah. Thanks!
        Who took the Puck costume home ah? Wardrobe say missing 1 green jacket, pls return by Sat can?
        Reminder: costume fitting Sat 2pm, bring black socks and your own safety pins. Boleh?
        Sudah confirm: Hari Raya open house performance at the CC on 12 Apr, we sing the Suriram and Rasa Sayang medley.
        Anyone got the backing track for Majulah Singapura in our choir key? The Zubir Said SATB one.
        Uncle at the carpark say after 10.30pm the gantry close, so pls drive out by 10.15 ok
        Merdeka set list: 1) Tanggal 31 2) Keranamu Malaysia 3) Jalur Gemilang. P. Ramlee encore if got time 😂
        Group rules: no politics, no forwarding chain msgs, rehearsal stuff only. Admins = SM + choir secretary.
    """),
    ("ms", "notis_persatuan"): _lines("""
        Notis: Latihan koir dibatalkan pada hari Jumaat ini kerana dewan digunakan untuk majlis tahlil. Latihan ganti pada Ahad, 2 petang.
        Borang Kebenaran Ibu Bapa/Penjaga: Saya, ____________ (No. K/P: ______-__-____), membenarkan anak saya menyertai latihan dan persembahan teater sekolah.
        Uji bakat teater bangsawan untuk pelajar Tingkatan 1 hingga 4 akan diadakan di Dewan Besar pada 15 Mac, jam 2.30 petang.
        Harga tiket: Dewasa RM25, Pelajar RM10, kanak-kanak bawah 6 tahun percuma. Tiket dijual di kaunter mulai 9 pagi.
        Pelakon diminta hadir 1 jam sebelum persembahan untuk solekan. Sila bawa baju dalam hitam dan stokin sendiri.
        Jadual latihan Minggu 2: Isnin dan Rabu 8-10 malam (babak 1-3), Sabtu 9 pagi-1 petang (latihan penuh dengan muzik).
        Pertandingan Koir Antara Sekolah 2025: 18 pasukan mendaftar, 12 layak ke pusingan akhir di Auditorium DBKL.
        Sebarang pertanyaan sila hubungi pejabat persatuan di talian 03-7956 2210 atau e-mel urusetia@teaterkomuniti.my (waktu pejabat sahaja).
        Watak yang dibuka: Hang Tuah, Hang Jebat, Tun Teja, Sultan Melaka dan 8 penari istana.
        Kostum yang rosak mesti dilaporkan kepada pengurus pentas sebelum persembahan. Jangan bawa balik kostum tanpa kebenaran.
        Persatuan Teater Komuniti Seri Bayu (PPM-012-10-15062019) mengucapkan terima kasih kepada semua penaja dan sukarelawan.
    """),
    ("en", "programme_notes"): _lines("""
        Kuo Pao Kun's The Coffin Is Too Big for the Hole (1985) remains one of the most-staged Singapore plays; tonight we use the bilingual text.
        Stella Kon wrote Emily of Emerald Hill in 1982; the Peranakan matriarch Emily Gan has been played by several actors over four decades.
        Our Sound of Music owes everything to Rodgers and Hammerstein, though the real von Trapp family story differs quite a bit from the film.
        P. Ramlee's songs from the Jalan Ampas studio years feature in Act 2, arranged for a 24-voice SATB choir and kompang.
        Zubir Said, who composed Majulah Singapura in 1958, also wrote many songs for Malay films; our finale is a tribute to his work.
        Director's note: we have moved Shakespeare's Athens to a 1960s Katong shophouse, where Oberon runs a tailoring shop and Titania sings at the Capitol.
        Review (2024): a fizzy, warm-hearted staging, if overlong at 2 hours 40 minutes. Three stars.
        Running time: approx. 2 hrs 10 min including a 15-min interval. Recommended for ages 10 and above (some coarse language).
        The Victoria Theatre opened in 1862 as the Town Hall; the Memorial Hall next door was built to mark Queen Victoria's jubilee.
        Cast list (roles only, names TBC): Narrator, Joseph, Pharaoh, Potiphar, Mrs Potiphar, 11 brothers, ensemble of 16.
        Acknowledgements: National Arts Council, Esplanade, our community club partners and the 63 volunteers who ushered, sewed and painted sets.
    """),
    ("en", "config_and_exports"): _lines("""
        ticketing.yaml: venue_id: DCT-01, capacity: 380, hold_release_hours: 48, currency: SGD, gst_rate: 0.09, qr_secret: ${QR_SECRET}
        SELECT perf_code, COUNT(*) AS sold FROM tickets WHERE status = 'PAID' AND perf_date >= '2025-06-01' GROUP BY perf_code ORDER BY sold DESC;
        cue_sheet_v4.csv: cue,page,type,time,desc / LX 47,p.62,fade,3.0,warm sunset wash on Katong set
        QLab workspace MSND_2025_final.qlab5 sha256 3f9a1c0e7b2d4e58a6c91f03d7e2b8a4c5f601e9d2a7b3c4e8f9012a3b4c5d6e
        Seat map export: stalls_rows=A-P, seats_per_row=28, aisle_after=[7,21], wheelchair=[M1,M2,M29,M30], restricted_view=[P1,P28]
        Lighting desk software updated to v3.2.9; show file backed up to USB LX-BACKUP-0612 and the production drive.
        Mailing segment Past bookers 2024 (2,417 contacts) excluded from the gala campaign to avoid over-emailing; unsubscribe rate 0.6%.
        Lantern Street Players Ltd, UEN 201812345R, registered charity; registered office 15 Cecil St #04-01, Singapore 069535.
        {"order_id": "TX-550291", "perf": "MSND25-0712E", "seats": ["K14", "K15"], "amount": 76.0, "status": "PAID"}
        Error 502 from the payment gateway at 19:58:12 +08:00 on perf night; 37 orders retried successfully, 3 abandoned.
        Dimmer rack 2 channels 13-24 tripped; electrician job ticket JT-2025-0381 closed at 14:20.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Consent form received: Tan Wei Ling (mother), NRIC S8734215H, for daughter Chloe Lim Xin Yi, born 03/09/2014. Allergies: peanuts, carries an EpiPen.
        Emergency contact for Aarav (junior chorus): father Rajesh s/o Ganesan, mobile 9734 2815.
        Box office: customer Nurul Aisyah binti Rahmat (nurul.aisyah.rahmat92@gmail.com) wants her 4 Cat 1 tickets moved to the Sunday matinee, booking BKG-25-004417.
        Refund S$152.00 to card 4556 3312 0987 6548, cardholder Brendan de Souza, for the cancelled matinee.
        INC-2025-021: Priya d/o Maniam (14, chorus) fainted during the run; mum says she has a history of low blood pressure. Taken to KKH A&E by her aunt at 21:30.
        SM, keep Marcus Chua off the fly crew for now. He is on medication after his breakdown last month and shouldn't be up on the gallery.
        Can we not cast Kavitha as Titania this round? Her parents are going through a messy divorce and she told me she can't commit to Saturdays.
        Volunteer stagehand Md. Rahim Uddin, work permit FIN G5517730P, staying at the Kranji dorm; S$40 transport claim paid by PayNow to 8261 0947.
        Callback: Clarissa Pereira, 21, soprano, 9148 6620, clarissa.pereira.sings@outlook.com, available all weekends except 14 June (her sister's wedding).
        Parent complaint: Mdm Lim from Blk 218 Bedok North #07-231 says her son was left waiting alone at the stage door until 10.40pm after rehearsal.
        Joy Villanueva from the usher team asked to switch to backstage. She is pregnant and can't stand for 3 hours; please keep it quiet for now.
        Parent consent (KL): Encik Muhammad Haziq bin Zulkifli, MyKad 870412-14-5531, for his son Adam Haziq, 9, children's chorus at Dewan Filharmonik.
        Loading bay pass: lorry SJK 4471 D, driver Mr Ong Kah Seng of the set builder, hp 9327 1184, tech week only.
        Reminder to the treasurer: Derek Sim still owes S$480 in choir fees from the Taiwan tour. He says he lost his job in March, so go gently.
        Taipei host family for our alto Rachel Teo: Mrs Hsu Mei-hua, 0912 384 756, No. 18, Lane 32, Yongkang St, Da'an District.
        HK exchange: the visiting choir's assistant Chan Ka Yan, HKID K482137(8), mobile 6318 2094, arriving on CX715 at 14:35.
        Invitation letter for the Shenzhen youth choir chaperone Liu Jianguo, PRC ID 440306198709152312, mobile 138 2615 4079.
        Tour manifest: Nur Farhana binti Azman, passport A51847392 (MY), DOB 11/02/2008, halal meals, carries an asthma inhaler.
        SM pay for this run: we agreed S$2,800 with Ng Wei Jie but he's now asking for S$3,200 because his wife just had a baby.
        Warning letter: Haresh a/l Krishnan, Ensemble. Third unexcused absence (12, 19, 26 April). Next absence means removal from the cast.
        Please courier the altered costume to Ms Angeline Fernandez, 47 Jalan Kembangan #02-05, Singapore 419128.
        The backstage video was posted by @kaylaa.tanxy, that's Kayla Tan from our junior chorus (Sec 2). Please ask her mum to take it down.
        Chaperone roster: Mrs Lakshmi Pillai (Telegram @lakshmi_p_mum) covers Friday; Mdm Siti Rohana covers Saturday.
        Note for wardrobe: Benjamin Koh (Lysander) has bad eczema flare-ups, use only the hypoallergenic make-up kit on him.
        Jonathan Yeo from the tenor section was arrested last weekend and won't be at the concert. Please don't discuss it in the main chat.
        Honorarium for the accompanist Mr Daniel Rozario: DBS savings 027-915348-2, S$350 for 5 rehearsals.
        Child performer Ethan Lim Jun Kai, NRIC T1528406J, age 10, pick-up by grandmother only (court order on file).
        Mrs Goh from the alto section asked to be moved to the back row. She is still recovering from her mastectomy and doesn't want to be in the photos.
        Scoresheet #041 Arjun s/o Velu, 17: strong baritone, but his school counsellor says he is on probation for shoplifting. Hold decision.
        Medical: Sarah binte Osman (Ensemble) is diabetic and needs to eat at the 8pm break; keep glucose sweets in the SM kit for her.
        This is Lee Kok Wah, Ryan's dad. My email is lee.kokwah1978@yahoo.com.sg and hp 9021 3378, pls send the rehearsal schedule there.
        Ms Ho, our choir secretary, is on MC for two weeks after a miscarriage. Route admin to the committee mailbox and please don't ask her about it.
    """),
    "mixed": _lines("""
        Eh who is Ah Huat's mum ah? Her hp 9663 0142 right? The boy forgot his inhaler in the dressing room again.
        陈阿姨 from Blk 3 #04-15 (the one helping sell tickets at the CC) say her grandson Tan Jun Hao got asthma attack during rehearsal, pls inform SM 😢
        Kak Ros from the kuih stall tanya if her daughter Nurul Syafiqah can still join the chorus even though they cannot pay the RM150 fee this term, boleh waive?
        Bro, Vikram's PayNow is 8472 3316 right? I owe him $45 for the costume fabric lah.
        Pls don't tag Mei Ling in the cast photo ah, her ex is stalking her and she already got PPO.
        Uncle Ravi (the white Vellfire SLK 8821 G) will fetch the kids from Bishan to Drama Centre on Sat, pick-up 1pm at Blk 151 void deck.
        林晓雯 Lin Xiaowen, WeChat linxw_1993, the Shenzhen parent who wants to enrol her daughter for the holiday drama camp, pls call her back.
        Wah, Jasmine Kaur just told us she kena retrenched, cannot pay for the Bangkok choir trip. Can we quietly sponsor her from the welfare fund?
    """),
    "ms": _lines("""
        Borang kebenaran: Saya, Rohani binti Abdullah, No. K/P 920815-10-6248, membenarkan anak saya Aiman bin Faizal, 10 tahun, menyertai persembahan koir.
        Pelakon Hafiz bin Rosli diberi amaran kerana merokok di belakang pentas; ini kali kedua dalam bulan ini.
        Sila hubungi ibu Nur Aina di 017-3309 8841 jika dia tidak dijemput selepas latihan jam 10 malam.
        Bayaran elaun pemain muzik: Encik Kamarul Ariffin bin Hassan, Maybank 5140 2231 5578, RM300 untuk persembahan malam Sabtu.
        Puan Salmah dari Blok C, Flat Sri Kenanga, mengadu anaknya dibuli oleh pelakon lain semasa latihan; pihak sekolah sedang menyiasat.
        Kanak-kanak: Danish Haikal bin Amirul, MyKad 150623-01-1184, alahan kepada kacang, ibu bapa sudah tandatangan borang.
    """),
    "zh-Hans": _lines("""
        合唱团团员王丽娟（手机 8842 5519）上周排练时晕倒，医生说是贫血，请各声部长多留意她。
        黄志明的爸爸说他最近在住院做化疗，这学期戏剧班的学费可以延后缴吗？
        请把退票款退到李淑芬的卡 5204 7400 1382 9464，订单号 BKG-25-007731。
        台湾交流团联络人：陈建宏，身份证 F126509139，住台中市西屯区，接机请找他。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for the Lantern Street Players box office. Help patrons change or cancel bookings.",
        ),
        (
            "user",
            "Hi, I need to change my booking BKG-25-006120 from Saturday to the Sunday 3pm show. Name on the booking is Chong Li Ping, hp 9148 2273.",
        ),
        (
            "assistant",
            "Thanks, Ms Chong. I can see 2 x Cat 2 seats under BKG-25-006120. Sunday 3pm has seats in Row H. There is a S$4 exchange fee per ticket. Shall I proceed?",
        ),
        ("user", "Ok can, please send the new e-tickets to the same number."),
    ],
    [
        ("system", "You help a drama school office draft polite emails to parents."),
        (
            "user",
            "Draft an email to Mrs Angela Tan. Her son Zachary Tan, 11, fell off the rostrum at Saturday's class and sprained his wrist. Our teacher applied ice and she brought him to the polyclinic.",
        ),
        (
            "assistant",
            "Subject: Zachary's injury at Saturday class. Dear Mrs Tan, we are sorry that Zachary hurt his wrist during Saturday's class. Our teacher applied ice immediately, and we understand you took him to the polyclinic. We hope he is recovering well...",
        ),
        (
            "user",
            "Good. Add that we have padded the rostrum edges and he can sit out the movement exercises until his doctor clears him.",
        ),
    ],
    [
        ("system", "Extract fields from scanned consent forms into JSON for the company manager."),
        (
            "user",
            "Child: Isaac Lim Zhe Rui, NRIC T1134589H, DOB 14/05/2011. Parent: Lim Boon Hock, NRIC S7612093E, mobile 9305 7721, address 22 Jalan Bunga Rampai, Singapore 538405. Medical: mild asthma. Photo consent: No.",
        ),
        (
            "assistant",
            "{child_name: Isaac Lim Zhe Rui, child_id: T1134589H, dob: 2011-05-14, parent_name: Lim Boon Hock, parent_id: S7612093E, mobile: 93057721, address: 22 Jalan Bunga Rampai, Singapore 538405, medical: mild asthma, photo_consent: false}",
        ),
    ],
    [
        ("system", "You are a helpful assistant for a community choir committee."),
        (
            "user",
            "How do I word a reminder to a member who hasn't paid fees? It's Samuel Ng, he owes $320 for two terms and I know his mother passed away in January so I don't want to be harsh.",
        ),
        (
            "assistant",
            "Here is a gentle draft: Hi Samuel, hope you are keeping well. Just a quiet note that the fees for the last two terms ($320) are still open. There is no rush at all, and if an instalment plan would help, just let me know.",
        ),
        ("user", "Thanks, can you make it shorter for WhatsApp?"),
        (
            "assistant",
            "Hi Samuel, hope you're doing ok. Just a gentle note the $320 for the last two terms is still open, no rush. Happy to split it if that helps.",
        ),
    ],
    [
        ("system", "Anda membantu setiausaha persatuan teater menyusun dokumen."),
        (
            "user",
            "Tolong susun senarai pelakon ni ikut abjad: Siti Mariam binti Yusof (K/P 950304-08-5126), Lokman bin Harun (K/P 880719-02-7743), Devi a/p Ramasamy (K/P 910226-14-6380).",
        ),
        (
            "assistant",
            "1. Devi a/p Ramasamy, 910226-14-6380. 2. Lokman bin Harun, 880719-02-7743. 3. Siti Mariam binti Yusof, 950304-08-5126.",
        ),
    ],
    [
        ("system", "You format tour paperwork for a youth choir travelling to Taipei."),
        (
            "user",
            "Make a rooming table: Room 1201 Chloe Wong (passport E8842137B) and Aisha Rahman (passport K2290418M); Room 1202 Jun Wei Koh (passport E7713092F), teacher-in-charge Mr Eric Pereira (passport E6109384K).",
        ),
        (
            "assistant",
            "Room | Name | Passport. 1201 | Chloe Wong | E8842137B. 1201 | Aisha Rahman | K2290418M. 1202 | Jun Wei Koh | E7713092F. 1202 | Mr Eric Pereira (TIC) | E6109384K.",
        ),
        (
            "user",
            "Great, also note Aisha needs a vegetarian meal and Jun Wei has a peanut allergy.",
        ),
    ],
    [
        (
            "system",
            "You advise a community theatre's production manager on safeguarding and HR matters.",
        ),
        (
            "user",
            "A 16-year-old in our cast, Hannah Lee, told the SM that our lighting designer Kenneth Ong kept messaging her on Instagram late at night. What should I do first?",
        ),
        (
            "assistant",
            "Take Hannah's account seriously and record what she reported, with dates. Inform her parent or guardian, remove Kenneth from any unsupervised contact with minors pending review, and follow your safeguarding policy on escalation.",
        ),
        (
            "user",
            "Her mum's number is 8126 4490. Should I call today or wait for the board meeting?",
        ),
        (
            "assistant",
            "Call today. Safeguarding concerns about a minor should not wait for a scheduled meeting; brief the board chair separately.",
        ),
    ],
    [
        ("system", "你是合唱团的秘书助理，负责翻译家长信息。"),
        (
            "user",
            "请翻译成英文：陈阿姨（手机 139 2847 6015）说她孙女周雨萱这周发烧，不能参加周六的彩排，下周一会交医生证明。",
        ),
        (
            "assistant",
            "Auntie Chen (mobile 139 2847 6015) says her granddaughter Zhou Yuxuan has a fever this week and cannot attend Saturday's dress rehearsal. She will submit the medical certificate next Monday.",
        ),
    ],
    [
        ("system", "Summarise audition notes for the casting panel. Keep it brief."),
        (
            "user",
            "Notes: Farah binti Ismail, 16, mezzo, lovely tone, mentioned she has tinnitus and can't be near the drum kit. Darren Chia, 19, tenor, pitchy. Melissa Fonseka, 22, belt to E5, wants to be paid.",
        ),
        (
            "assistant",
            "Farah binti Ismail (16, mezzo): lovely tone; has tinnitus, seat away from the drums. Darren Chia (19, tenor): pitch issues. Melissa Fonseka (22): strong belt to E5; asking for a fee.",
        ),
        ("user", "Ok. Which two would you call back?"),
        ("assistant", "Farah and Melissa, if the budget can stretch to a small fee for Melissa."),
    ],
    [
        ("system", "You help a Singapore arts charity's finance volunteer with claims."),
        (
            "user",
            "Our volunteer carpenter Aung Ko Ko, FIN F2298417U, wants his S$85 timber claim paid. His OCBC account is 601-842197-001. What do I need before paying?",
        ),
        (
            "assistant",
            "Keep the original receipts, a signed claim form, and approval from the production manager. Pay to the account in his name only and note the FIN on the internal voucher, not on any public document.",
        ),
        ("user", "He also asked if we can add his roommate Thet Naing as a volunteer next show."),
    ],
]
