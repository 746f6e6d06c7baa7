"""Blind check set en96: SG/MY photography studios and event photographers (bookings, passport and ID photos, model releases, delivery links, watermarks, complaints). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en96
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en-SG", "studio packages and price lists"): _lines("""
        Passport / IC photo: S$12 for 4 pcs (35mm x 45mm), softcopy +S$5. Ready in 10 mins, no appt needed.
        Wedding Actual Day Coverage - GOLD: 1 photographer, 8 hrs, 400+ edited images, online gallery. S$1,880 (GST incl.)
        ROM solemnisation at Registry of Marriages, Canning Rise - 2hr coverage from S$480, add-on videography S$350.
        Family portrait session (up to 6 pax) S$298 incl. 10 retouched photos + 1 canvas 16x20. Extra pax S$20 each.
        Corporate headshots on-site: min 10 staff, S$45/head, turnaround 3 working days, LinkedIn crop included.
        Rates valid till 31 Mar 2026. Prices excl. 9% GST. Weekend & PH surcharge 15%.
        Newborn sessions are best done 5-14 days after birth. All props are sanitised and the studio is kept at 26-28 deg C.
        Maternity + newborn bundle S$1,150 (save S$200). 30% deposit non-refundable, balance on shoot day via PayNow UEN 201912345K.
        Photo booth rental: 3 hrs unlimited 4R prints, custom template, props & 1 attendant. From S$650.
        Grad shoot @ NUS Kent Ridge / NTU The Hive - 1 hr, 2 outfits, 25 edited pics, S$220.
        Work Pass / EP photo (white bg, 400x514 px JPEG) S$15 incl. email copy.
        Student Pass photo resized for ICA SOLAR+ upload - S$10 per pax.
        Pet portraits every Tuesday! Dogs up to 25kg, 1 owner can join in the frame. S$180 / 45 min.
    """),
    ("en-SG", "official photo requirements"): _lines("""
        Photo must be taken within the last 3 months, 35 mm wide by 45 mm high, without borders.
        Background must be plain white with no shadows on the face or background; the full face from chin to crown must be shown.
        Spectacles are allowed only if there is no glare on the lenses and the frames do not cover any part of the eyes.
        Head coverings worn for religious reasons are allowed as long as facial features from the bottom of the chin to the top of the forehead are visible.
        Submit online at www.ica.gov.sg; passport collection is by appointment at ICA Building, 10 Kallang Road, Singapore 208718.
        For Malaysian passport renewal at JIM offices, the photo is taken at the counter, so there is no need to bring your own.
        Digital photo spec: JPEG, 400 x 514 pixels, max 4 MB, colour, 24-bit depth.
        Infants: eyes should be open and no hands, pacifiers or toys may be visible. Newborns may be photographed lying on a white sheet.
        Photos that have been retouched or taken with beauty filters will be rejected by the system.
        Indian e-Visa photo: 2 x 2 inch (51 x 51 mm) square, JPEG between 10 KB and 1 MB.
        US visa photo: 2 x 2 in, head height between 1 inch and 1 3/8 inches from chin to top of hair.
        Chinese visa photo: 33 mm x 48 mm, head width 15-22 mm, no uniform, hair must not cover the eyebrows.
        Embassy of Japan in Singapore, 16 Nassim Road, Singapore 258390 - visa applications accepted 9:00-11:30am on weekdays.
    """),
    ("en-MY", "studio promos and social posts"): _lines("""
        RAYA PROMO 2026!! Family raya photoshoot RM199 only, 15 softcopy + 1 frame A4. Slot terhad, DM us cepat!
        Studio kami dekat Seksyen 7 Shah Alam, parking free. Walk-in gambar passport RM15 siap 10 minit.
        Wedding package pelamin + outdoor shoot Putrajaya, RM3,500 full day, 2 photographers + 1 videographer. T&C apply.
        Thank you to all 42 families who came for our Deepavali mini sessions last weekend! Galleries going out by Friday.
        BTS: lighting setup for the KLCC skyline engagement shoot - 2 speedlights, 1 softbox, golden hour around 7.05pm.
        Convo season is here! UM, UiTM, UKM grads - book our 1-hr campus package at RM150 before 30 Nov.
        Closed on Thaipusam and CNY day 1-3. Online booking still open 24/7.
        New backdrop alert: pastel pink + sage green fabric backdrops, perfect for baby 100 days photos.
        Reminder: come 15 min early and wear dark colours for passport photos (no white shirt, the background is white).
        We are HIRING part-time 2nd shooters for wedding season. Must own full-frame body. RM250-RM400 per event. Email hr@lensaindah.my
        Yang tanya pasal softcopy: semua gambar akan dihantar dalam Google Drive link dalam masa 7 hari bekerja ya.
        Happy Hari Malaysia! 16 Sept all photo prints 16% off at all branches (Cheras, Kepong, Bangsar).
    """),
    ("en", "watermark, copyright and licensing notices"): _lines("""
        (c) 2025 Lumen & Grain Photography. All rights reserved. Unauthorised reproduction, cropping or removal of the watermark is prohibited.
        Watermark: LUMEN&GRAIN | lumengrain.sg - opacity 35%, bottom right, 12% of image width.
        Under the Copyright Act 2021 (Singapore), the photographer is by default the first owner of copyright in commissioned photos unless agreed otherwise in writing.
        Personal use licence: client may print and share images on social media with credit. Commercial use requires a separate licence.
        Image ID LG-20251122-0457.CR3 | exported 2025-11-24T16:42:09+08:00 | sRGB | 2048px long edge
        SHA-256 of delivered archive: 3b7f0c9e41d2a86f5e1b9c0d7a4e2f61b8c3d5e9f0a1b2c3d4e5f60718293a4b
        IPTC copyright field: '(c) {studio_name} {year}', Usage Terms: 'Licensed to {client_company} for web use only.'
        Akta Hakcipta 1987: penggunaan gambar tanpa kebenaran pemilik hakcipta boleh dikenakan tindakan undang-undang.
        Stock licence #ASL-7730-2219-0042, standard licence, up to 500,000 print impressions.
        Do not strip metadata. Reposts must tag @lumengrain.sg and link back to the original post.
        Takedown requests: legal@lumengrain.sg. We respond within 5 business days.
        exiftool -overwrite_original -gps:all= -xmp:geotag= *.jpg  # strip location before client delivery
        Lightroom export preset 'WEB_WM_v3': watermark ON, sharpen for screen (standard), quality 82, metadata: copyright only.
    """),
    ("en", "model release and data protection templates"): _lines("""
        MODEL RELEASE FORM - Name of Model: ____________ NRIC/Passport No.: ____________ Date of Shoot: __/__/____
        I, [MODEL FULL NAME], grant [STUDIO NAME] the irrevocable right to use photographs of me for portfolio and marketing purposes.
        If the model is under 18, a parent or legal guardian must sign on their behalf and state their relationship to the model.
        Under the PDPA we do not collect full NRIC numbers unless required by law; we may ask for the last 3 digits and letter only.
        Signed release forms are kept in a locked cabinet for 7 years; scans are stored on an encrypted drive (AES-256).
        Data Protection Officer: dpo@lumengrain.sg | Tel: 6255 0831 (office hours)
        Clients may request deletion of their raw files after delivery by submitting the Data Deletion Request form on our website.
        Do not post photos of minors from school events on the studio's social media without written consent from a parent.
        When sharing delivery links, send the gallery password in a separate message, never in the same email as the link.
        Template: Dear {{client_name}}, your photos from {{event_date}} are ready at {{gallery_url}} (password: {{gallery_pw}}). Link expires in 30 days.
        A property release is required for shoots inside private residences, restaurants or hotel function rooms.
        Akuan Pelepasan Model: Saya bersetuju gambar saya digunakan untuk tujuan promosi. Nama: ______ No. K/P: ______ Tandatangan: ______
    """),
    ("en-SG", "booking system and delivery notifications"): _lines("""
        Booking #BK-2025-11873 confirmed: Sat 14 Dec 2025, 10:30am, Studio B (Level 3). Please arrive 10 min early.
        Your gallery is ready! 312 photos | download expires 2026-01-15 23:59 SGT | lumengrain.pixieset.com/g/8kq2x7
        Invoice INV-000482 | Amount due: S$1,080.00 | Due: 20/12/2025 | PayNow UEN 201912345K
        Reminder: your session is tomorrow at 3:00 PM. Reply C to confirm or R to reschedule. Msg from LUMEN&GRAIN
        Payment received via Stripe, txn ch_3PqL8xE2aB91kD0c1Zr7Tm4F, S$300.00 deposit.
        Order 77120-SG: 2 x A3 fine art prints, 1 x 20-page layflat album. Tracking SPXSG034518872210.
        Status update: editing in progress (stage 3 of 4: retouching). Estimated delivery 28 Nov.
        Your reschedule request was received. The 11:00-12:00 slot on 3 Jan is no longer available; please pick another time.
        upload job 5521 done at 02:14:55 - 1,284 files (48.6 GB), 3 skipped (duplicate hash)
        Cancellation within 48 hours of the session forfeits the deposit. Rescheduling is free once.
        OTP for your booking portal login: 482916. Do not share this code with anyone. Valid 5 min.
        Queue no. A047 - please proceed to Counter 2 for your passport photo.
        Gallery v2.4.1 release notes: face-grouping opt-out added, fixed ZIP download for galleries over 2 GB.
    """),
    ("en", "public events, public figures and places"): _lines("""
        Official photographers at the National Day Parade at the Padang captured PM Lawrence Wong's salute during the march-past.
        Prime Minister Anwar Ibrahim was photographed at the opening of the ASEAN Summit in Kuala Lumpur.
        Official portraits of the Yang di-Pertuan Agong are issued by Istana Negara for display in government offices.
        Lee Kip Lin's photographs of pre-war shophouses are part of the National Library's Lee Kip Lin Collection.
        Cosplay shoot at Anime Festival Asia: Tanjiro Kamado and Nezuko group photo at 4pm near Hall 5, Suntec.
        We shot a lifestyle feature on the bars along Mohamed Sultan Road for a travel magazine.
        Venue: Tan Tock Seng Hospital atrium, staff appreciation day, group photos from 12-2pm.
        Engagement shoot spots: Jalan Tun H.S. Lee street art, Jalan Alor at night, and Dataran Merdeka at sunrise.
        Henri Cartier-Bresson's idea of the decisive moment still guides how we shoot candid wedding moments.
        The Lim Bo Seng Memorial at Esplanade Park is a popular spot for vintage-style portraits.
        The portrait of Yusof Ishak, Singapore's first President, appears on every note of the Portrait series.
        Professional cameras with detachable lenses are not allowed into the National Stadium for the concert.
        KK Women's and Children's Hospital, 100 Bukit Timah Road - commercial newborn photography is not allowed in the wards.
    """),
    ("en-MY", "reviews and complaint handling"): _lines("""
        2/5 - photos nice but delivery took almost 4 months, followed up many times. Admin keep saying 'in editing'.
        Owner response: We sincerely apologise for the delay. Your album has been escalated to our senior editor. Please PM us your booking number.
        Consumer tip: claims up to RM50,000 against a vendor can be filed at the Tribunal for Consumer Claims Malaysia.
        Customer care hotline 1-300-88-5686 (Mon-Fri 9am-6pm), or WhatsApp our business account from the website.
        Complaint ref CMP-2025-0319 closed: refund of RM450 processed to the original payment method.
        Dear valued customers, due to a server issue on 12 Nov some gallery links showed 'Access denied'. Fixed as of 9pm.
        5 stars! Photographer very patient with our toddler, editing natural not over-smooth. Highly recommend for family shoot.
        When complaining, state your booking number, date of event, what was promised vs delivered, and attach the contract.
        Kenapa softcopy saya blur semua? Shoot outdoor tapi macam tak focus. Nak refund boleh ke?
        In Singapore, CASE handles complaints about photography studios; the Small Claims Tribunals hear claims up to S$20,000.
        1-star: studio near Bugis hard-sell albums, quoted S$300 then upsell until S$2,800. Beware.
        Internal SOP: reply to negative Google reviews within 24h, never reveal client details publicly, move the conversation to a private channel.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en-SG": _lines("""
        Hi, booking for passport photo tmr 11am under Cheryl Goh Pei Shan, hp 9127 4830. Will bring my 2 kids also.
        Model release signed: Nur Hidayah binte Rahmat, NRIC S8734612I, Blk 218 Jurong East St 21 #07-334 Singapore 600218, DOB 02/03/1987.
        Pls resend the gallery link to my husband Marcus Teo's email marcus.teo.kh@gmail.com, the earlier one went to spam. Password was Teo2025!
        Hello, my son Ryan Lim Jun Hao (P3, Rosyth School) has photosensitive epilepsy, please don't use strobe lights during his class photo.
        Student Pass photo for Zhang Yuxin, FIN G6635120W, she's from Chengdu and studying at Kaplan, collecting on Thurs.
        Deposit S$300 paid via Visa 4556 3310 2874 1196 exp 08/27, cardholder ONG BEE LIAN.
        Complaint: your photographer Desmond Chua kept asking my 19yo daughter Alyssa Heng for her private Instagram and texted her at 1am. This is NOT ok.
        Wedding car SMF4827U will pick up the bride Jasmine Koh from her parents' place at 35 Jalan Kembangan, Singapore 419114 at 7:45am.
        EP renewal photo for Mr Arjun Krishnamurthy, passport Z5849213 (India), appointment at MOM Services Centre on 9 Mar.
        Received with thanks from Tan Wei Ming (S7621054C) the sum of S$1,880 for wedding AD coverage on 22/02/2026.
        Client: Mdm Goh Siew Hwa, NRIC Sxxxx044E, mobile 8xxx 5512, Blk 5 Upper Boon Keng Rd #11-1120.
        Shoot notes: groom Kelvin Ng uses a wheelchair since his 2019 accident, need ramp access at Chijmes; bride Samantha Loh is allergic to lilies.
        Family portrait: grandma Madam Lee Ah Moi, 88, has dementia and may get agitated with strangers. Daughter Irene 9688 2047 will accompany.
        Newborn home shoot: baby Chloe Tay born 21 Nov 2025, parents Benjamin & Grace Tay, 8 Sunrise Terrace, Singapore 806484.
        Freelance 2nd shooter Haziq Roslan paid S$3,600 for Nov (12 events), PayNow to 9733 1285.
        SCT claim: Lau Kah Wai vs Everbright Studio Pte Ltd, SCT/12345/2025, hearing 14 Jan 2026 over an undelivered wedding album.
        Pls don't tag me in the FB post. My ex-husband Vincent Sim has a PPO against him and I don't want him to know where I'm staying now. - Rachel Sim
        Telegram @jiayi_lim93 is the bridesmaid coordinator (Lim Jia Yi), her number is +65 8215 7730.
        EXIF on the pics u posted still shows GPS 1.3404, 103.7090 - that's Farah Nabilah's flat in Jurong West, pls strip before posting!
        ID photo for Wong Kai Xuan born 15/06/2013, birth cert T1378826F, for his first passport application.
        Headshot list: 1) Nicholas Yeo - Finance Director, nicholas.yeo@brightwave.com.sg 2) Siti Aminah Ismail - HR Exec, DID 6818 2204
        hi can reschedule? booked under Aaron Chng, 9 Dec 2pm family shoot. My wife Denise just got discharged from KTPH after a miscarriage, need more time.
        Can send the raws to my private email leong.mei.xin@hotmail.com instead? Don't cc my office, I'm on MC for depression and they don't know about this shoot.
        New hire: Joel Pereira, S9046217B, Blk 677A Punggol Dr #14-52, start 2 Jan, basic S$2,800 + S$150 per event.
        IG story by @ashley.tanyx shows the photo your guy took of her mum Mdm Tan Soo Lan on the hospital bed at SGH Ward 57. She did NOT consent.
    """),
    "en-MY": _lines("""
        Passport renewal photo for Lim Chee Keong, passport A39281746, IC 750611-07-5233, 23 Lorong Kenari 3, Taman Sri Bayan, 11900 Bayan Lepas, Penang.
        Bride Nurul Aisyah Kamaruddin is 5 months pregnant, no heavy gown pls and don't make her squat. Husband Amirul 012-338 5610.
        Delivery link sent to sharon.chew88@yahoo.com.my, password Chew0818. Client: Sharon Chew, Setia Alam.
        Refund RM1,200 to Maybank acc 1640 2288 7153, name Rajesh a/l Subramaniam, for the cancelled Deepavali shoot.
        Our ex-freelancer Faiz Hakimi Rosli was charged at the Shah Alam Sessions Court last week for secretly filming clients in the changing room.
        Car WVB 8821 (white Alphard) for the groom's entourage, driver En. Zulkifli Abu Bakar 019-772 4083.
        Convo photo for Tan Hui Min, UTAR student ID 21ACB04417, collecting with her mum, contact 016-448 2190.
        Model release: Kavitha a/p Murugan, IC 950228-07-5462, 17 Jalan SS 2/24, 47300 Petaling Jaya, signed 03/11/2025.
        Pls charge RM890 balance for the maternity package to card 5243 1189 0263 7756, card owner Lee Siew Ling.
        WhatsApp me at 011-2345 8871, I'm Daniel Wong Kah Hoe, the one with the raya family of 14 people.
        Our batik campaign model Amelia Zainal is only 16, her mum Puan Rosnah Idris signed the release, IC 830415-14-5026.
        Please blur my sister Melissa Yap's face from the Insta post, she's in a custody fight with her ex and his lawyer is collecting photos.
        Staff ID photo for Mohd Irfan Che Hassan, staff no. 00412, blood type O+, type 1 diabetic - for the event emergency card.
        Class photo SK Taman Megah: pupil Adam Harith (5 Bestari) must not be photographed, court order, his father has no access.
        TnG transfer from LOW KAR MUN ref 20251119-8812 RM250 is for her baby Ethan's 100-day shoot, her number 018-228 9054.
    """),
    "ms-MY": _lines("""
        Salam, nak book gambar passport untuk anak saya Muhammad Aqil bin Faizal, MyKad 150914-10-1187, untuk passport umrah.
        Hantar album ke rumah: Encik Hafiz Osman, No. 8, Jalan Mawar 2/3, Taman Mawar, 81300 Skudai, Johor. Tel 017-705 3129.
        Tukar nama atas cover album: 'Syafiq & Nadia, 12.07.2025'. No Syafiq Azman 013-992 1174 kalau ada apa2.
        Gambar IC untuk Puan Halimah binti Yusof, 67 tahun, baru lepas strok, datang dengan kerusi roda. Anak: Azlan 019-334 8812.
        Nak claim balik deposit RM500. Nama: Nor Azizah Hamid, akaun CIMB 7063 2214 58, booking bulan Ogos.
    """),
    "en": _lines("""
        Walk-in HKSAR passport photo: Chan Wing Yan, HKID Y482216(A), staying at Parkroyal Pickering rm 1815.
        PRC student Huang Zixuan needs 33x48 visa photo, resident ID 440304199508174322, WeChat hzx_0817.
        Invoice to: Chen Liwei, ID 350203198802261541, mobile +86 138 5921 0476, for the Xiamen destination pre-wedding shoot.
        Customer Kenji Watanabe (Japan passport TR8392014) lost the USB with his raw files, email k.watanabe.photo@outlook.jp.
        Destination wedding deposit AUD 1,500 charged to Amex 3777 201988 43110, card member OLIVIA HARTLEY, Bali 18/05/2026.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the WhatsApp booking assistant for Lumen & Grain Photography, Singapore.",
        ),
        ("user", "hi how much for family shoot 5 pax"),
        (
            "assistant",
            "Hi! Our family session for up to 6 pax is S$298 incl. 10 retouched photos. Which date are you looking at?",
        ),
        ("user", "20 dec morning can?"),
        (
            "assistant",
            "20 Dec 10am is available. May I have a name and contact number for the booking?",
        ),
        ("user", "Jonathan Seah"),
        (
            "user",
            "9812 0374. my wife will come w her parents, her dad just had knee replacement so need chair",
        ),
    ],
    [
        ("user", "Salam admin, boleh buat gambar passport untuk baby 4 bulan?"),
        (
            "assistant",
            "Waalaikumussalam, boleh. Baby akan dibaringkan atas kain putih. Caj RM15 untuk 4 keping.",
        ),
        ("user", "ok nak daftar dulu. nama baby Nur Damia Sofea binti Khairul Anuar"),
        ("user", "ic dia 250712-14-"),
        ("user", "0398"),
        ("assistant", "Terima kasih, slot Sabtu 10 pagi di cawangan Cheras sudah ditempah."),
    ],
    [
        (
            "user",
            "I want to make a complaint about the photographer for my company dinner at Marina Bay Sands last Fri",
        ),
        (
            "assistant",
            "I'm sorry to hear that. Could you share what happened and your booking reference?",
        ),
        (
            "user",
            "Booking LG-EV-2207. Your photographer, the tall guy called Bryan Kwek, was drunk by 9pm and kept taking upskirt angle shots of our female staff",
        ),
        (
            "user",
            "one of them, Pang Xin Yi from our finance team, is really upset and filed a police report",
        ),
        (
            "assistant",
            "This is very serious. We have suspended the photographer pending investigation and will contact you today.",
        ),
        ("user", "call me at 9016 2248, I'm the HR manager Sandra Ho"),
    ],
    [
        ("user", "the download link you sent doesnt work, says expired"),
        (
            "assistant",
            "Sorry about that! Please share the order number or the email the link was sent to, and I'll generate a new one.",
        ),
        ("user", "order 77120-SG, email is pohweiling.eve@gmail.com"),
        (
            "assistant",
            "Thanks Wei Ling, a new link valid for 30 days has been sent. The password will come in a separate SMS.",
        ),
    ],
    [
        ("system", "Collect model release details for the Orchard Road fashion editorial shoot."),
        (
            "assistant",
            "Hi! Before the shoot, please provide your full name as in NRIC, NRIC number, and mailing address for the release form.",
        ),
        ("user", "Charmaine Lee Xin Hui"),
        ("user", "S8801327A"),
        ("user", "Blk 12 Marine Terrace #09-85 Singapore 440012"),
        (
            "assistant",
            "Thank you Charmaine, the release form will be emailed to you for e-signature.",
        ),
    ],
    [
        ("user", "do u do home visit for IC photo? my father cannot go out"),
        (
            "assistant",
            "Yes, we offer home visits for elderly or bedridden clients at S$80 within Singapore. May I know more about his condition?",
        ),
        ("user", "he has Parkinson's, stage 4, can sit in wheelchair for about 10 min only"),
        (
            "assistant",
            "Understood, our photographer will work quickly. Please share the address and a contact person.",
        ),
        (
            "user",
            "Mr Ramli bin Said, Blk 304 Ubi Ave 1 #03-211 S400304. contact me Rosmah 8732 4106",
        ),
    ],
    [
        ("user", "Hi, I'm checking my booking, I think my number was 9xxx 2210"),
        (
            "assistant",
            "I found one booking: Mdm Rosalind Ho Mei Kuan, 9420 2210, family portrait on 4 Jan 2026, Blk 41 Telok Blangah Rise #06-301. Is this you?",
        ),
        ("user", "yes that's me, thanks"),
    ],
    [
        (
            "user",
            "Can you remove the studio watermark from the photo of my late wife? It's the last portrait we took before she passed from leukaemia in March",
        ),
        (
            "assistant",
            "I'm very sorry for your loss. We can release the unwatermarked file at no charge. Could you give us the booking name?",
        ),
        ("user", "Booked under my name, Gopal Naidu, 2023 anniversary shoot. Mobile 9655 0183"),
        (
            "assistant",
            "Thank you Mr Naidu, the full-resolution file will be sent to the email on record within today.",
        ),
    ],
    [
        (
            "user",
            "Hi, boleh book wedding photographer 15 Mar 2026 for solemnisation at Masjid Wilayah?",
        ),
        (
            "assistant",
            "Yes, 15 Mar is still open. Nikah coverage 3 hrs RM1,200. Please transfer RM300 deposit to secure the slot.",
        ),
        ("user", "done transfer from my account, Maybank 1142 7730 9861, nama Ahmad Danial Roslan"),
        (
            "user",
            "bride is Siti Nur Farhana, her house at No. 21 Jalan 3/70, Taman Setapak, 53000 KL for the bersanding after",
        ),
        ("assistant", "Deposit received, terima kasih! Booking ref NKH-0315 confirmed."),
    ],
    [
        ("system", "You help HR teams book on-site corporate headshot days."),
        ("user", "We have 3 new foreign staff who also need EP photos while your team is here"),
        (
            "assistant",
            "Sure, we can do EP photos (400x514 px) on the same day. Please send the list with names.",
        ),
        (
            "user",
            "1. Priyanka Deshmukh, FIN F2287319U\n2. Oliver Brandt\n3. Nguyen Thi Mai, FIN G5308716M",
        ),
        ("assistant", "Noted, we'll add 3 EP photos to the headshot day on 12 Feb."),
    ],
]
