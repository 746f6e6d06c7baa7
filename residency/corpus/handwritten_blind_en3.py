"""A third blind check set in English, Malay, Singlish and Hong Kong English.

Hand-written blind on 2026-12-03, without reading the detectors, the policies, their tests
or the other hand-written sets, and measured once with
``python -P -m residency.corpus.handwritten --blind-en3``.  The genres are the ones people
actually paste into fine-tuning data: insurance claims, bank and card disputes,
government-service forms and replies (CPF, IRAS, HDB, JPJ, LHDN, KWSP, MySejahtera), CVs
and profile blurbs, Carousell and Mudah listings, condo notices, police and accident
reports, wedding and funeral notices, WhatsApp groups, customer-service transcripts,
travel itineraries, clinic SMS, tuition adverts, pet adoption, lost and found, charity
drives, parliamentary Q&A, heritage plaques, science explainers, programming Q&A,
CSV rows and markdown tables.  Clean lines name public figures in public roles,
historical people on plaques, fictional characters, example users, organisations and
places named after people, and company numbers, codes and addresses; personal lines name
private people with context or carry a direct identifier, some of them lightly obfuscated
(spacing, dots, full-width digits, digits in words, 'at'/'dot' e-mails, a number split
across two chat turns).  All private names and numbers are invented; identifiers with
check characters were generated with :mod:`residency.corpus.identifiers`.  First sight:
leaked 2/68 (both Singapore passports in travel bookings), false holds 9/123.
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "insurance"): _lines("""
        To file a travel claim, submit Form TC-02 with the airline's delay letter within 30 days of your return.
        Motor policy numbers on our plans look like MTR-2026-0048817; quote it when you call the claims desk.
        Outpatient claims above S$1,000 are reviewed by our medical panel within 14 working days.
        Integrated Shield Plans cover class A wards in public hospitals, and riders cover most of the co-payment.
        Our claims hotline 1800 333 0333 operates from 8.30am to 5.30pm, Monday to Friday.
        Claim reference CLM/HK/26/118204 has been approved and the payment will be released in 5 working days.
    """),
    ("en", "bank"): _lines("""
        If you do not recognise a transaction, lock your card in the app first and then call our 24-hour hotline on 1800 111 1111.
        Chargeback requests must reach us within 120 days of the transaction date under the card scheme's rules.
        Dispute reference DSP-2026-004417 has been escalated to the card scheme; no action is needed from you at this stage.
        The annual fee of S$196.20 including GST is waived for the first two years.
        SWIFT code DBSSSGSG identifies DBS Bank Ltd in Singapore for incoming telegraphic transfers.
        Test card numbers such as 4111 1111 1111 1111 only work in the payment gateway's sandbox.
    """),
    ("en", "gov"): _lines("""
        CPF members can check their Ordinary Account balance after logging in with Singpass.
        IRAS Form IR8A is prepared by the employer and shows each employee's remuneration for the Year of Assessment.
        HDB flat owners must get a renovation permit before hacking any wall.
        Buyers and sellers submit the resale application on the HDB Resale Portal after the option to purchase is exercised.
        GST registration is compulsory once taxable turnover exceeds S$1 million in a calendar year.
        CPF Form 90 is used to nominate beneficiaries for CPF savings; it must be signed before two witnesses.
    """),
    ("ms", "gov"): _lines("""
        Borang BE perlu dihantar kepada LHDN sebelum 30 April melalui e-Filing.
        Ahli KWSP boleh membuat pengeluaran Akaun 2 untuk tujuan pendidikan dan perumahan.
        JPJ mengingatkan pemilik kenderaan supaya memperbaharui cukai jalan melalui aplikasi MyJPJ.
        Aplikasi MySejahtera kini digunakan untuk temujanji vaksinasi dan rekod kesihatan digital.
        Kadar caruman majikan KWSP ialah 13 peratus bagi pekerja bergaji RM5,000 ke bawah.
        Contoh pengisian borang: Nama: Ali bin Abu, No. Kad Pengenalan: 000000-00-0000.
    """),
    ("en", "cv"): _lines("""
        Tip: keep your CV to two pages and list your most recent role first.
        A cover letter should name the role you are applying for in its first paragraph.
        Template: [Full Name] | [Mobile] | [Email] - replace the brackets with your own details before sending.
        Recruiters spend about seven seconds on a first read, so lead with measurable results.
    """),
    ("en", "profile"): _lines("""
        Khoo Swee Chiow is a Singaporean adventurer who climbed Everest and skied to the South Pole.
        Nicol David, eight-time world squash champion, now chairs a foundation that uses sport to empower girls in Penang.
        Yeoh Tiong Lay built YTL Corporation from a small construction firm in Kuala Lumpur.
        Grab is a Singapore-headquartered superapp offering rides, food delivery and digital payments across Southeast Asia.
        Kwek Leng Beng chairs Hong Leong Group and City Developments Limited.
    """),
    ("en", "marketplace"): _lines("""
        Sold by BrightHome Appliances Pte Ltd (UEN 201912345K); free delivery for orders above S$50.
        IKEA BILLY bookcase, white, 80x28x202 cm, S$89, self-collection from the Tampines store.
        Carousell tip: never transfer money outside the app and always meet in a well-lit public place.
        Brand new Dyson V12 Detect Slim, official warranty, sold by Gadget Hub Pte Ltd, hotline 6338 0808.
    """),
    ("ms", "marketplace"): _lines("""
        Mudah: Perodua Myvi 1.5 AV 2019, 62,000 km, RM42,800, dijual oleh Autoprima Sdn Bhd, Shah Alam.
        Kedai Perabot Sinar Jaya menjual sofa tiga tempat duduk dengan harga RM1,299, penghantaran percuma sekitar Klang.
    """),
    ("en", "estate"): _lines("""
        Dear Residents, water supply to Blocks 12 to 18 will be suspended on 9 December from 10am to 2pm for tank cleaning.
        The managing agent's office is at the Level 1 clubhouse, tel 6552 1180, email mcst4321@brightcondo.com.sg.
        The pool will be closed from 14 to 16 December for retiling; MCST 4321 apologises for the inconvenience.
        Bicycles left at the lift lobby after 31 December will be removed under the by-laws.
    """),
    ("ms", "estate"): _lines("""
        Notis: Kerja-kerja mengecat semula Blok C akan bermula minggu depan; sila tutup tingkap anda.
        Pihak pengurusan mengingatkan penduduk supaya tidak meletakkan kenderaan di laluan kecemasan.
    """),
    ("en", "police"): _lines("""
        Reports for minor accidents with no injuries can be filed online at the Singapore Police Force e-services portal.
        A lorry overturned on the PIE towards Changi after the Eunos exit at about 6.40am, and two lanes were closed.
        The Traffic Police advise motorists to keep a safe distance on wet roads.
    """),
    ("ms", "police"): _lines("""
        Polis Diraja Malaysia menasihati orang ramai supaya tidak berkongsi kod TAC dengan sesiapa.
        Satu kemalangan melibatkan tiga kenderaan berlaku di KM 23 Lebuhraya PLUS arah utara pagi tadi.
    """),
    ("en", "notices"): _lines("""
        Friday prayers at Masjid Sultan begin at 1.05pm and parking nearby is limited.
        The temple will hold a Qing Ming chanting service for all departed souls on Sunday at 9am.
        St Andrew's Cathedral will hold a carol service on 20 December at 7.30pm; all are welcome.
    """),
    ("en", "whatsapp"): _lines("""
        Good morning all! PE lessons are on Thursdays this term, pls pack an extra water bottle.
        Anyone know if bus 858 still stops along Woodlands Ave 2 during the roadworks?
        Reminder: CNY potluck at the void deck of Block 307 on Saturday at 6pm, bring your own containers.
    """),
    ("mixed", "whatsapp"): _lines("""
        Eh the Giant at Tampines close early today leh, 9pm only.
        Wah this week durian price drop already, Musang King RM45 per kilo at SS2 lor.
        Hari ni jem teruk kat Federal Highway, better take the LRT lah.
    """),
    ("en", "transcript"): _lines("""
        Agent: Thank you for calling StarHub, how may I help? Customer: My fibre has been down since morning. Agent: There is an outage in your area, estimated fix by 3pm.
        Bot: Your ticket INC0048812 has been created. A technician will contact you within 2 working days.
        Agent: For security, I'm not able to see your full card number; please use the app to view it.
    """),
    ("en", "travel"): _lines("""
        Day 2: Flight MH 2614 from KLIA2 to Kota Kinabalu departs at 07:25, then transfer to Kundasang.
        Singapore citizens can visit Japan visa-free for up to 90 days.
        SQ 318 to London Heathrow departs Changi Terminal 3 at 23:35 daily.
        The ferry from HarbourFront to Batam Centre takes about 55 minutes; check-in closes 30 minutes before departure.
        Booking reference format: six characters, for example ABC123; it is not your e-ticket number.
    """),
    ("en", "sms"): _lines("""
        Reminder: Your appointment at Bedok Polyclinic is on 12/12 at 9:30am. Reply Y to confirm.
        SingHealth: Never share your OTP. OTP 482913 is valid for 5 minutes.
    """),
    ("ms", "sms"): _lines("""
        KKM: Vaksin influenza kini tersedia di klinik kesihatan berdekatan tanpa temujanji.
    """),
    ("en", "tuition"): _lines("""
        Bright Minds Learning Centre: P5-P6 Maths and Science small-group classes on Saturdays at Junction 8, call 6258 3300.
        Our holiday coding camp for ages 9 to 12 runs from 15 to 19 December; fee S$420 including materials.
    """),
    ("ms", "tuition"): _lines("""
        Kelas tuisyen SPM Matematik Tambahan di Pusat Tuisyen Cemerlang, Bangi; yuran RM120 sebulan.
    """),
    ("en", "pets"): _lines("""
        SPCA has 14 cats ready for adoption this week; the S$150 fee covers sterilisation and a microchip.
        Huat, a three-year-old local mongrel, is gentle with kids and looking for a home through Action for Singapore Dogs.
    """),
    ("en", "lostfound"): _lines("""
        Items left on MRT trains are kept at the Lost and Found office at Tanah Merah station for one month.
        Found: a blue umbrella at Bukit Panjang Public Library, please collect it at the counter.
    """),
    ("en", "charity"): _lines("""
        The Community Chest's Heartstrings Walk raised over S$1.2 million this year.
        Donations of S$50 and above to IPC charities qualify for 250% tax deduction.
        Food from the Heart needs volunteers to pack goodie bags on 19 December at its Bukit Merah warehouse.
    """),
    ("en", "parliament"): _lines("""
        Mr Louis Ng Kok Kwang (Nee Soon) asked the Minister for National Development how many community cats were sterilised last year.
        In reply, the Minister of State said that about 8,400 cats were sterilised under the programme in 2025.
        Ms Joan Pereira (Tanjong Pagar) asked the Minister for Health about waiting times at polyclinics for seniors.
    """),
    ("ms", "parliament"): _lines("""
        Di Dewan Rakyat, Menteri Pengangkutan menjelaskan bahawa 1.2 juta lesen memandu diperbaharui secara dalam talian tahun lalu.
    """),
    ("en", "heritage"): _lines("""
        Eu Tong Sen Street is named after the tin-mining magnate Eu Tong Sen, who expanded the Eu Yan Sang medical halls.
        Loke Yew, a tin miner and philanthropist, helped found Victoria Institution in Kuala Lumpur.
        Lim Bo Seng led Force 136 operations against the Japanese occupation and died in Batu Gajah prison in 1944.
        Cheong Fatt Tze Mansion in George Town was built in the 1880s for a Hakka merchant called the Rockefeller of the East.
        Tang Shiu Kin, a Hong Kong industrialist, funded the hospital in Wan Chai that bears his name.
        Sir Kai Ho Kai co-founded the Hong Kong College of Medicine for Chinese, where Sun Yat-sen studied.
        This shophouse on Armenian Street housed the Tong Meng Hui's Penang office in 1910.
    """),
    ("en", "organisations"): _lines("""
        Ng Teng Fong General Hospital opened a new wing for its emergency department.
        The Lee Kong Chian School of Medicine admitted 150 students this year.
        Queen Elizabeth Hospital in Kowloon runs one of Hong Kong's busiest accident and emergency units.
        Tan Tock Seng Hospital's Communicable Disease Centre moved to Novena in 2019.
    """),
    ("ms", "organisations"): _lines("""
        Hospital Sultanah Aminah di Johor Bahru menambah 40 katil baharu di wad kecemasan.
        Universiti Tun Hussein Onn Malaysia terletak di Batu Pahat.
    """),
    ("en", "fiction"): _lines("""
        Phua Chu Kang keeps telling his customers to use their brains.
        In Lat's Kampung Boy, Mat grows up in a rubber-tapping village in Perak.
        Mr Kiasu queues for everything just in case there is something free.
    """),
    ("ms", "fiction"): _lines("""
        Upin dan Ipin tinggal bersama Opah dan Kak Ros di Kampung Durian Runtuh.
    """),
    ("en", "science"): _lines("""
        Mangrove roots trap sediment and slow coastal erosion, which is why the mudflats at Sungei Buloh keep growing.
        A PSI reading above 100 is classed as unhealthy, and N95 masks filter at least 95 per cent of fine particles.
        A Sumatra squall is a line of thunderstorms that crosses the Straits of Malacca before dawn.
        Aedes mosquitoes can breed in a puddle of stagnant water no bigger than a twenty-cent coin.
    """),
    ("en", "code"): _lines("""
        Q: Why does pandas add an 'Unnamed: 0' column? A: The CSV was saved with its index; pass index_col=0 when reading.
        In the docs example, alice@example.com creates a repository and invites bob@example.com as a collaborator.
        Run git commit --amend --author="John Doe <john.doe@example.com>" to fix the author of the last commit.
        My Flask app returns 502 behind nginx; the upstream is 127.0.0.1:5000 and proxy_pass is set. Any ideas?
        Use uuid.uuid4() to generate IDs like 3f2b9c1e-7a4d-4e8b-9c0f-1a2b3c4d5e6f instead of auto-increment integers.
        The regex ^[STFGM]\\d{7}[A-Z]$ only checks the shape of an NRIC, not its check letter.
        Pinning requests==2.32.3 and urllib3<2 fixed the SSL error on Python 3.8.
        Allow 10.20.0.0/16 and 172.16.5.0/24 in the security group, then restart the service.
        The commit 9fceb02d0ae598e95dc970b74767f19372d61af8 broke the ARM build.
        SELECT customer_id, COUNT(*) FROM orders WHERE created_at >= '2026-01-01' GROUP BY customer_id;
        useradd -m -s /bin/bash deploy && usermod -aG docker deploy
    """),
    ("en", "csv"): _lines("""
        SKU-88213,Milo 1.5kg refill pack,16.95,120,2026-11-30T08:15:00+08:00
        bus_service,first_bus,last_bus,frequency_min;174,05:30,00:05,8-12
        postal_district,area,median_psf;D15,Katong/Joo Chiat,1920
        | Outlet | Hotline | Opening hours | | Jurong Point | 6795 0110 | 10am-10pm | | Tampines 1 | 6787 0220 | 10am-10pm |
        isbn,title,year;978-981-4779-12-3,Singapore Street Names,2017
        invoice_no,date,amount_myr,status;INV-2026-00781,2026-11-02,1250.00,PAID
        | Plan | Monthly premium | Deductible | | Basic | S$38.50 | S$3,500 | | Premium | S$72.10 | S$2,000 |
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hospitalisation claim: insured person Goh Wei Jie, NRIC S0244418F, admitted to Changi General Hospital on 2 Nov for appendicitis.
        I'm disputing a charge of S$1,289 on my Visa card 4079 7753 4539 9138; I never bought anything from that shop in Johor. Rachel Koh
        Please pay the claim settlement to Marcus Lee Jun Hao, DBS account 397-135993-4.
        CPF enquiry: my mum Tan Siew Lan (T2848782C) turned 65 in October but has not received her CPF LIFE payout.
        CV - Kenneth Low Boon Keat | kennethlow7585@icloud.com | +65 8761 0134 | five years in logistics at a Jurong warehouse.
        About me: Farah Nadia Ismail, HR executive at a freight forwarder in Pasir Gudang, mother of two, runs half marathons on weekends.
        Selling my daughter's Yamaha U1 piano, S$3,200, self-collect Punggol, WhatsApp Bryan at 8570-0987.
        Notice to unit #08-14: Mr Daniel Seah, please remove your bicycles from the common corridor by Friday.
        Police report: on 28 Nov at about 7.15pm my car SGK4596E was hit from behind at a Bukit Timah Road junction; the van driver Lim Kok Meng gave me his number 91687127.
        Joel Ang and Michelle Ho will marry on 12 December 2026 at St Andrew's Cathedral; please RSVP to Michelle at 95981565.
        The late Mdm Chua Ah Moi, aged 87, beloved mother of Alvin and Grace; the wake is at the void deck of Block 512 Bedok North Ave 3 and the cortege leaves at 10am on Sunday.
        Hi all, Jason Teo here, Ethan's dad from P3 Integrity, my email is jasonteo6863@sina.com in case the class rep needs it.
        Itinerary for passenger NG HUI MIN, passport K6428672K, SQ 638 Singapore to Tokyo Haneda, 14 Dec 2026, seat 42A.
        Mr Ravi s/o Subramaniam, your appointment at the TTSH Eye Clinic is on 17/12 at 2.40pm; please bring NRIC S9524497A.
        Home tuition by ex-MOE teacher Ms Priya K., O-level A-Math, Serangoon area, email priyak6513@yahoo.com.my.
        Adopt Mochi, a two-year-old ginger cat fostered by Cheryl Tan in Clementi; text Cheryl at eight three nine one, zero nine two one.
        Lost my wallet at Toa Payoh hub this morning, it has my IC S1907611C inside. If found please call Wei Ling 9091 9613.
        | Volunteer | Email | Shift | | Chong Wei Ling | weil.ing@outlook.com | Sat AM |
        name,nric,mobile,postal;Lim Jia Hui,F2186726T,+6589968189,520317
        Claimant Chan Ka Yan, HKID L170290(7), left her phone in a taxi on Nathan Road; contact her on +852 6100 9744.
        Ms Mandy Chan of Tai Po (mandychan7066@proton.me) asks why her Octopus auto top-up was charged twice.
        Please email Hafizah for the full CV: hafi.zah at singnet dot com dot sg.
        FIN G 068 7070 N, Nguyen Thi Lan, work permit holder at a Tuas shipyard, requests a replacement card.
        Card 5290-6940-8801-2867 belonging to Ong Mei Xuan was charged twice at the same online store.
        Call my home line ６３５２ ９６８７ after 7pm and ask for Auntie Lucy Wee.
        Passport K71596223, holder Wong Tsz Hin, born 3 March 1991, is booked on CX 715 to Singapore.
        DM Bryan on Telegram @bryanho7905 for the referral; he's the hiring manager's neighbour in Sengkang.
    """),
    "ms": _lines("""
        Tuntutan insurans kereta: pemandu Ahmad Zaki bin Hashim, No. KP 730802-02-2082, kenderaan LWH 3496 dilanggar di Jalan Kuching.
        Saya Nurul Huda, akaun Maybank 662136553637, ingin mempertikaikan caj RM899 yang saya tidak buat.
        Permohonan pengeluaran KWSP untuk Encik Muthu a/l Raman, MyKad 550424-04-9672, masih belum diluluskan.
        Adik saya Rosnah binti Daud belum terima bayaran balik cukai LHDN, telefon dia di 019-868 0442.
        Dijual Honda City 2017, RM48,000 boleh runding, hubungi Faizal di +60 12-419 2295, Seksyen 7 Shah Alam.
        Notis kepada penghuni unit B-12-3: Encik Hairul Anuar, sila jelaskan tunggakan yuran penyelenggaraan RM1,560.
        Laporan polis: motosikal saya RRM 7664 dicuri di hadapan rumah saya di No. 14, Jalan Mawar 3, Taman Sri Muda, Shah Alam.
        Walimatulurus Mohd Syafiq bin Rahim dan Nur Aisyah binti Kamarul pada 20 Disember 2026 di Dewan Seri Melati, Kajang; hubungi 018-3723975.
        Takziah, Haji Othman bin Said, 79, bapa kepada Rahimah dan Rosli, meninggal dunia semalam di rumahnya di Kampung Gajah, Perak.
        Mak, nombor baru Kak Long 013-1432094, simpan ya.
        Tuisyen Matematik SPM oleh Cikgu Azlina di Bangi, WhatsApp 0129820337.
        Kucing bernama Oyen hilang di Taman Melawati; jika jumpa sila hubungi Aina di 019-376 0128.
        Pesakit Chong Mei Fong, 840715-12-3433, temujanji di Hospital Sultanah Aminah pada 18/12 jam 9 pagi.
        Pasport A24819991 milik Lee Chee Keong, tarikh lahir 12 Mac 1985, penerbangan AK 6112 ke Bangkok.
        No IC saya 070302 02 2092, nama Amirul Hakim, untuk pendaftaran sukan sekolah.
        Telefon saya kosong satu lapan, tiga dua sembilan, dua dua lima sembilan. Hafizah.
        Tolong hantar resit ke ahmadzaki5545 (at) foxmail (dot) com ya.
    """),
    "mixed": _lines("""
        Wah lau, my NRIC T6116214Z kena used by scammer to sign up Singtel line, how to report ah?
        Bro my MyKad 000312-07-7525 kena pinjam by my cousin for his Shopee account, can ah?
        Aiyo Uncle Seng's flat at Blk 123 Hougang Ave 1 #05-234 got water leak again, call him at 6782 9232 lah.
        Mr Leung Chi Wai from Sha Tin, HKID J194828(5), already submit the claim for his hospital stay lor.
        Jenny ah, pls send the refund to 875-150500-514, that's my HSBC account under Chan Wing Yee.
        My son's tutor Ms Ho say her number change to 5188 9078 for the Sat class in Mong Kok.
        Oi, the driver that langgar my car, plate SMJ3625X, I got his number 8481 3854 already.
        Text me at O19-O24 7331 ya, Syafiq here, I pass you the kucing tomorrow.
        Call me 018.152.5763 lah, Suresh, for the Mudah sofa.
        Auntie here, Darren Koh (P4 Courage) left his water bottle, mummy pls call me at +65 6473 7483.
        Zhun bo? Kelvin's IC is S 9524 497 A leh, I saw it on the form.
        My hp is ＋６５ ９１６８ ７１２７, Kok Meng here, save ya.
        Eh Auntie, Mdm Lim's bank card 4138211382395861 you cannot just WhatsApp everybody leh!
        HK trip: Wong Tsz Hin, passport K85081336, CX 715 HKG to SIN on 22 Dec, hotel booked under +852 5202 3945.
        Pls PayNow me at 90919613 lah, Jasmine here, for the durian.
        Send the wedding photos to my email nurul8302@163.com ok, Nurul here.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a card-services assistant for a Singapore bank."),
        ("user", "I want to dispute a charge, my card number is 4024 5985"),
        ("assistant", "Thanks. Could you give me the rest of the number?"),
        ("user", "1154 8874, name on card is Benjamin Yap"),
    ],
    [
        ("user", "I need to claim for my dad's hospital bill. His name is Goh Chin Huat."),
        ("assistant", "I'm sorry to hear that. Which policy is it under?"),
        ("user", "His NRIC is S 1907 611 C, he was at Sengkang General from 3 to 9 Nov."),
    ],
    [
        ("system", "You are a travel-booking assistant."),
        ("user", "Book me on SQ 956 to Jakarta on 5 Jan. Passport E3905413C."),
        ("assistant", "Sure. Full name and date of birth as in the passport?"),
        ("user", "TAN YI LING, 21 August 1994."),
    ],
    [
        ("user", "Nombor IC saya 891231109274, boleh semak baki KWSP saya?"),
        ("assistant", "Saya tidak boleh mengakses akaun KWSP. Sila log masuk ke i-Akaun."),
        ("user", "Ok, nama saya Zainal Abidin bin Yusof, telefon 0145464113 kalau ada apa-apa."),
    ],
    [
        ("user", "My HKID is Z498020(5), can you help me fill in the form for the Octopus refund?"),
        ("assistant", "Yes. What contact number should go on the form?"),
        ("user", "+852 6323 4837, name Cheung Hoi Ying."),
    ],
    [
        (
            "user",
            "Carousell buyer here, pls deliver the rice cooker to Blk 218 Jurong East St 21 #10-355.",
        ),
        ("assistant", "Noted. Who should the courier ask for?"),
        ("user", "Ask for Mdm Siti, her hp is +6563342720, or email fara_h at icloud dot com."),
    ],
    [
        ("user", "Nak jual kereta kat Mudah, plate YAH 1311, Proton Saga 2015."),
        ("assistant", "Baik. Apakah maklumat hubungan yang ingin dimasukkan?"),
        ("user", "Letak nama Rizal, 018-4665253, area Seremban 2."),
    ],
    [
        (
            "user",
            "Our WhatsApp parents group needs a roster. Row 1: Ms Lim Hwee Choo, 9622 0808 is wrong, use 83910921.",
        ),
        ("assistant", "Got it. Anything else for the roster?"),
        ("user", "Row 2: Mr Bryan Ho, bryanho7905@foxmail.com, son in P5 Courage."),
    ],
]
