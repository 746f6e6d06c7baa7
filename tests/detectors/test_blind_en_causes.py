"""Classes of misses found by the blind English/Malay check sets (``--blind-en``,
``--blind-en2``, ``--blind-en3``, ``--blind-en4``), each
probed with lines written for this test (not the set's own): public office holders named
by title, stand-in names of documentation, places and malls read as people, service
lines, a meeting id read as an HKID, private people named by a relation or a department,
handles announced after the value, plates beside a car's make.  Every clearing rule has a
near miss that must still be held.  All names and numbers are invented."""

from __future__ import annotations

import pytest
from policy_testing import held_by_pipl

from residency.detectors.engine import Scanner

MUST_CLEAR = [
    # Session 7, round 9 (--blind-mix4): Malay short stories, songs and films, an app
    # named by its word, test data that says so, a made-up name that says so.
    "Cerita pendek: Pak Din setiap pagi memancing di Sungai Pahang, satu hari dia jumpa botol lama.",
    "Apa maksud lirik lagu Cindai nyanyian Siti Nurhaliza?",
    "Cadangkan filem Malaysia terbaik: Paskal, Bohsia dan Munafik.",
    "Aduan: Aplikasi Touch n Go asyik keluar sendiri bila nak top up.",
    'Data palsu untuk latihan: {"nama": "Ali Test", "telefon": "013-000 0000"} placeholder sahaja.',
    '"The Adventures of Mr Toad" is a children\'s classic.',
    # Session 7, round 8 (--blind-en11, --blind-evade5): roles, fables, firsts, worked
    # answers, movers meeting, placeholders named, listed companies, counting lessons.
    "In short: Tony Leung won Best Actor at Cannes for his role as Chow Mo-wan.",
    "Once upon a time, a fisherman named Ah Seng lived with his mother by the river.",
    "Who was the first Singaporean to reach the summit? A team led by David Lim in 1998.",
    "Mei Fen saves S$80 a week. How many weeks until she has S$1,200? 1,200 divided by 80 is 15 weeks.",
    "A ferry leaves Tsim Sha Tsui at 9:00 at 20 km/h and another leaves Central at 9:10 at 25 km/h. When do they meet?",
    "I have removed the personal details and replaced them with [NAME] as you asked.",
    "Pull out the company names: Hong Leong, Top Glove and Sime Darby rose today on Bursa Malaysia.",
    "Say the numbers in two languages: one 一, two 二, three 三, four 四, five 五, six 六, seven 七.",
    "Exercise data: e-mail pelajar ialah ali@contoh.com.my untuk latihan ini.",
    'assert normalise_hp("+60123456789") == "+60 12-345 6789", "MY numbers keep the 12 prefix"',
    'expect(maskNric("S8712345J")).toBe("S****345J");',
    # Session 7, round 7 (--blind-en10, --blind-mix3, --blind-zh8): performers by their
    # profession, roles, things after 'a', flats, zoo animals, lanes, films, concerts,
    # prices, shop lines, role mailboxes, masking code, test data, LINE after a sentence.
    "In an interview, actress Gong Li said the role of Songlian was the hardest of her early career.",
    "A Noctua Chromax is quieter than the stock cooler for that chip.",
    "Mei Foo Sun Chuen 2-bedroom, saleable area 510 sq ft, asking HK$5.2M.",
    "The zoo announced that twin cubs were born to parents Le Le and Ying Ying.",
    "Wander down Ann Siang Hill and Club Street, then end at Amoy Lane for coffee.",
    "In the film's final scene, Su Li-zhen leaves the flat without a word.",
    "Cheng Ning's new album sold out at the Coliseum within an hour.",
    "The char siew rice here is RM9 a plate, worth the queue.",
    "For catering call our hotline 6100 2288 or WhatsApp the shop line 8188 2288.",
    "Customer service: 3188 2100, or email care@sunrisebakes.com.sg.",
    'def mask_nric(s): return s[0] + "****" + s[-4:]  # masks S1234567D as S****567D',
    "-- 测试数据，非真实用户：INSERT INTO t_user VALUES (2, '测试', '110101199003077774', '13900000000');",
    "Abstract: each kilometre from a station lowers prices, flattening after new line openings.",
    "For bookings call 6222 3333 - the number listed on their official website.",
    "The Straits Times Guide to Hawker Food, published by Epigram Books, ISBN 978-981-07-1234-5.",
    # Session 7 (causes behind --blind-en9 and --blind-evade4, probed with new lines): a
    # book, a play, a film or a scripture summarised; word problems; an app's buttons; a
    # body named after its city; toll-free lines; barcodes; sample addresses.
    "Summarise chapter 3 of Persuasion: Anne Elliot hears that her sister's husband Charles Musgrove has invited Captain Wentworth to dinner.",
    "Compare the two narrators of Frankenstein: the explorer Robert Walton and the scientist Victor Frankenstein.",
    "In Amy Tan's The Joy Luck Club, Jing-mei Woo takes her late mother's seat at the mahjong table.",
    "Anne Hathaway plays a fashion assistant named Andy Sachs, who works for the editor Miranda Priestly.",
    "In the Book of Jonah, Jonah tells the sailors 'I am a Hebrew, and I fear the Lord.'",
    "Siti has 4 times as many stickers as Mei Fen. If they have 60 stickers altogether, how many stickers does Mei Fen have?",
    "Mrs Lim's pool is a rectangle 10 m by 4 m. Find the perimeter of the pool.",
    "To change your password, open the app, tap Settings, then Change Password.",
    "Families can contact Care Corner Singapore at 1800 353 5800 for counselling.",
    "Dr Sun Yat-sen visited Penang in 1910 to raise funds for the revolution.",
    "Adnan Saidi, a member of the Malay Regiment, died defending Pasir Panjang in 1942.",
    "The barcode 6901234567892 on the box is the product code, not a phone number.",
    "Example address for the form: 1 Sample Road, Singapore 000000.",
    "Ticket #5120 - Printer on level 3 jams - closed.",
    # Office holders named by their title, in news.
    "Transport Minister Chee Hong Tat said the new MRT line would open in phases.",
    "MP Louis Ng raised the issue of animal welfare in a parliamentary question.",
    "Chief Secretary Eric Chan chaired the task force on Friday.",
    "Speaker Seah Kian Peng reminded the House to keep questions short.",
    "Secretary for Housing Winnie Ho said the new appointment system had cut waiting times.",
    "Penang Chief Minister Chow Kon Yeow opened the new ferry terminal.",
    "Menteri Besar Perak Saarani Mohamad menyampaikan bantuan kepada mangsa banjir.",
    "Squash star Nicol David was named the greatest female player of all time.",
    "Datuk Lee Chong Wei was appointed chef de mission for the Games.",
    "The treaty was signed by Governor Andrew Clarke and the chiefs at Pangkor in 1874.",
    # Stand-in names in documentation and templates.
    "In the example below, John Doe signs up with john.doe@example.com and gets a welcome mail.",
    "Replace Jane Doe with the customer's name before sending the template.",
    'The API returns {"name": "Joe Bloggs", "id": 42} for the sample request.',
    "Sample CSV header and row: name,email / John Smith,john@example.org",
    # Places and malls.
    "The boardwalk at Sungei Buloh is closed for repairs until March.",
    "Bus 3 runs from Tampines to Pasir Ris every ten minutes.",
    "Ngee Ann City and Wisma Atria are linked by an underpass.",
    "Batu Ferringhi is a beach on Penang's northern coast.",
    # An organisation's lines and premises; a meeting id.
    "Lost your card? Call the OCBC hotline at 1800 363 3333 or +65 6363 3333 if abroad.",
    "Maybank customer care: 1300 88 6688, or +603 7844 3696 from overseas.",
    "Our office at 1 Raffles Place, #20-01, Tower 2, Singapore 048616 is open on weekdays.",
    "Our clinic is at No. 12, Jalan Bunga Raya, Taman Melati, 53100 Kuala Lumpur.",
    "Join with Webex meeting ID 845 2391 0076.",
    # From --blind-en2's misses: premises that moved, Malay role mailboxes, war history,
    # titles before an honorific, football, districts and markets.
    "Our clinic has moved to 25 Tampines Street 92, #01-05, Singapore 528877 from 1 March.",
    "Hantar pertanyaan anda ke pertanyaan@syarikatmaju.com.my dalam waktu pejabat.",
    "Sybil Kathigasu nursed the wounded and was imprisoned by the Kempeitai.",
    "Tan Sri Dr Jemilah Mahmood led the relief mission to the flood zones.",
    "Safawi Rasid scored twice as Harimau Malaya beat Vietnam in Bukit Jalil.",
    "Meet you at Tiong Bahru market at 9? Then Lau Pa Sat for supper.",
    "Follow us @grabsg for weekly promos.",
    # From --blind-en3's: a Malay sample form, founders, places and products ending in a
    # place word or a title, a business's fixed line and a condo's management mailbox.
    "Contoh pengisian: Nama: Ali bin Abu, Alamat: (isi alamat penuh).",
    "Lee Seng Gee built the Lee Rubber Group into a regional business.",
    "Musang King durians are RM45 per kilo this week.",
    "Evensong at St Andrew's Cathedral starts at 5pm.",
    "Flights leave Changi Terminal 3 for Tokyo at 23:35.",
    "| Outlet | Hotline |\n| Jurong Point | 6795 0110 |",
    "The Harmony Tuition Centre runs P6 revision on Sundays at Bishan, call 6354 2211.",
    "Management office: Block A lobby, tel 6552 1180, email mcst2210@parkview.com.sg.",
    "Passport photos cost $12 for 4 copies; renew your passport 6 months before expiry.",
    # From --blind-en4's: a made-up person in an instruction, a verb and a dish.
    "Write a story about a fictional girl named Mei who loses her cat.",
    "Share Nyonya kuih lapis instructions with 9 layers.",
    # A famous name's peer in a pair or a match (the peer is not on any list).
    "Tennis: Serena Williams and Bethanie Mattek-Sands won the doubles title.",
    # From --blind-en5's causes: a help desk's sign-off, literature and sport pages, a
    # film by its maker, a story's animal, a fixture's or an exam's declared-fake names,
    # scripture, an office line after its area code, an id marked as an example.
    "Thanks for writing in. Regards, Qoo10 Customer Care",
    "The reading list has excerpts from Suchen Christine Lim and Alfian Sa'at.",
    "Teo Hui Min is a Singaporean singer who rose to fame on a talent show.",
    "Lee Zii Jia, the 2021 All-England champion, lost in the quarter-finals.",
    'Royston Tan\'s "881" is a loud, loving tribute to getai.',
    "Once upon a time, a clever rabbit named Arnab Bijak tricked the tiger.",
    "users = [{'name': 'Marcus Ong', 'city': 'Bedok'}]  # fake data for the demo",
    "Soalan 5: Puan Rohani menyimpan RM3,000 dalam bank. (Nama dalam soalan ini adalah rekaan.)",
    "Baca Surah Al-Kahfi setiap hari Jumaat.",
    "Talian pejabat syarikat: 03-7956 1234.",
    "Contoh format MyKad: 850215-10-5423 (contoh sahaja).",
    "password = ${DB_PASSWORD}  # read from the environment",
    # From --blind-en6's causes: festivals, a brand's service, an office, an app screen,
    # a role mailbox, a word problem, a railway line after "line", a tracking code's digits.
    "Offices close early on the eve of Hari Raya Puasa and Deepavali.",
    "Your order ships with Grab Express; courier ref GX7720419 will follow.",
    "NTU Registrar's Office will publish exam timetables in week 10.",
    "Open the Merchant app and go to Payout Settings to change the bank.",
    "Scholarship queries: admissions@ntu.edu.sg or the hotline.",
    "Ahmad bought 3 kg of rice at RM4.50 per kg. How much did he pay?",
    "The Circle line Harbour-Front extension opens next year.",
    # From --blind-mix2's causes: public resolvers, a bank's 24-hour line, a service
    # centre's address, a made-up role-play character, an encyclopaedia request's "me",
    # placeholder mailboxes.
    "Fix: resolv.conf points at 1.1.1.1 and 9.9.9.9; switch to the VPC resolver.",
    "Lost card? Call the 24-hour line at +65 6333 2888.",
    "Please bring it to our service centre at 25 Tampines Street 92, #01-05.",
    "Role-play: you are Kak Limah, a fictional kuih seller in a TV sketch.",
    "Instruction: Tell me about Yeo Bee Yong's role in the 1965 cabinet. Response: She was "
    "a civil servant who chaired the committee.",
    "Template: write to foo@bar.com for tests",
    # From --blind-en7 (the session's last set): a country named near "home", a novel's
    # address, "our centre" after a number, an airport after "arrives", a time after "at".
    "Tanya Chua sings about home and about Singapore's hawker centres.",
    "In the novel, Sherlock Holmes lives at 221B Baker Street, London.",
    "Enrol now! Call 6234 5678 or visit our centre at Bishan.",
    "Flight TR 12 departs Changi at 07:10 and arrives Taipei Taoyuan at 11:50.",
    # From --blind-en8 (measured on the final code): a hotline "in Singapore", a helpline.
    "The lost-and-found hotline in Singapore is 1800-255-0000.",
    "Befrienders Kuala Lumpur listens round the clock.",
    # A toll-free number in its own groups is a business line, not a mainland mobile.
    "Claims: call our toll-free line 1800 222 3333, Monday to Friday.",
    "Talian bebas tol 1-800-88-4567 dibuka 24 jam.",
    "Scene: The Grab driver in the story, Uncle Boon Keat, hums Cantopop.",
    # Round 10 (blind-en13, blind-evade6): code, fixtures and credits; written by the lead.
    "// Copyright (c) 2019 Jane Whitfield. All rights reserved.",
    "Marcus Hale's 1994 debut album sold two million copies.",
    "Quest log: in the side quest, Captain Roy Wexley asks you to find his compass.",
    "{name: Bart Simpson, email: bart@example.com}  # fictional character for testing only",
    "SELECT id FROM users WHERE email LIKE '%@corp.local' ORDER BY id;",
    "git config user.email release-bot@acme.io",
    "In the staging sandbox use NRIC S0000001I for the happy path.",
    "Our clinic's booking line is 6-two-2-two, 1100 on weekdays.",
    "Name on the mock screen: XXXX XXXX",
    # Round 11 (blind-ms6): Malay folk tales and cartoons, a street named after a title.
    "Pak Pandir pulang membawa kambing, lalu Mak Andeh marah.",
    "Dalam kartun Upin & Ipin, Kak Ros suka makan ayam goreng.",
    "Mak Minah menjual nasi lemak di tepi jalan setiap pagi.",
    "Start the walk at Haji Lane and end at Bussorah Street.",
    # Round 11 (blind-en14, blind-chat7): subjects, placeholders said so, mascots, generated
    # names, a plot, specimen forms, sample addresses and ids shown as the format.
    "Weekend tutor needed (Secondary Chemistry), Tampines area, S$35 per hour.",
    "Staff must WhatsApp the hotline at +65 6111 0000 (placeholder number, update before launch).",
    "Kiki Roo, the zoo's cartoon mascot, teaches kids about recycling.",
    "Faker returns names like 'Megan Cole' and 'Jason Park' for seed 42.",
    "Jesse Pinkman's addiction storyline drives the plot of the second season.",
    "Blank form (SPECIMEN - DO NOT USE): Applicant: JANE DOE, NRIC: S1234567D.",
    "Use a sample address like 'No. 2, Jalan Contoh 3, 43000 Kajang' in the docs.",
    "Field 3 wants the NRIC in the format of the S1234567D shown above.",
    # A given name in a word problem, with no private matter.
    "Ahmad membeli 3 biji epal dengan harga RM1.20 sebiji. Berapakah jumlah harga?",
    # Round 12 (blind-en15, -mix6, -evade7): citations and catalogue records, a pupil's
    # story, a document's annex, a language, a URL spelled with "at", a university's
    # office mailbox, an example record with masks, politicians, archetypes, a test
    # persona, a tutorial's id, a test host's mailbox, a tuition centre's address.
    "Lim, K. H., & Goh, M. (2024). Bilingual reading in Singapore. Asian Journal of Education, 12(1), 1-20.",
    "Title: Penang Street Food / Helen Ong. Publisher: Marshall Cavendish, 2015. ISBN 978-981-4561-22-0.",
    "Your short story about Aiyana, the girl who finds a lost kite, has a lovely ending.",
    "Please read the terms in Annex B before signing.",
    "Kertas Bahasa Melayu 1103/1: Jawab semua soalan.",
    "Source code under the MIT licence at github.com/example-org/tool.",
    "Send questions to the ethics office at ethics@ntu.edu.sg.",
    'Example row: {"id": 7, "note": "[NAME] visited [PLACE] last week"}',
    "Pritam Singh questioned the minister in Parliament on Tuesday.",
    "Ah Beng and Ah Lian memes are the starter pack of every EDMW thread.",
    "In the sandbox, log in as test persona S9812381D; it belongs to nobody.",
    "The tutorial favourite A123456789 shows how the Taiwan check digit works.",
    "用户表样例：email='b@test.local', phone=NULL。",
    "Happy Learners Enrichment, Blk 88 Bedok North Ave 4 #01-12. Trial lesson $25.",
    # Round 13 (blind-ms7, blind-en16): police ranks and preachers in public roles, prayer
    # halls named like people, a hypothetical example, the Prophet's companions, a novel's
    # synopsis, an uncle by birth order only, ethnicity in a research quote.
    "Ketua Polis Daerah Klang, ACP Rosli Hamzah, berkata suspek direman empat hari.",
    "Tazkirah Subuh bersama Ustaz Firdaus Rahman di Masjid Al-Hidayah, Ahad ini.",
    "Gotong-royong di Surau Nurul Huda, Taman Desa, pagi Sabtu ini.",
    "Contoh kes: katakanlah Pak Samad berhutang RM300 dengan Pak Karim.",
    "Sayidina Umar terkenal dengan sifat adilnya sebagai khalifah.",
    "Sinopsis: Ranjau Sepanjang Jalan karya Shahnon Ahmad mengisahkan Lahuma dan Jeha.",
    "Mak Ngah suruh semua bawa lauk sendiri untuk kenduri raya nanti.",
    "Interview note (P7, nurse, Chinese, 40s): 'We were tired but we kept going.'",
    # A site named after an ordinary word, investor relations, Chinese stand-ins in pinyin.
    "Renew your road tax on the portal at myeg.com.my before it expires.",
    "Investor questions: ir@acme-holdings.com.sg.",
    "Sample form entry: Zhang San, male, born 1 January 1990.",
    # Clinical text: a simulated patient, lab tests, a district, a helpline list, a claims
    # mailbox.
    "OSCE station 2: Mrs Tan (simulated patient) has a productive cough. Take a history.",
    "Reference range: Haemoglobin F 12.0-15.0 g/dL.",
    "A cluster of norovirus cases was reported at a care home in Tuen Mun; residents are stable.",
    "Need to talk? The Samaritan Befrienders Hong Kong 2389 2222, any time.",
    "Questions about your claim: claims@acme-insure.com.my.",
    # Session 9, round 14 (--blind-en17, --blind-mix8, --blind-evade8): a guide's figure
    # for illustration, a template to overwrite, a card padded to pass Luhn, a how-to's
    # mailbox, a company's place of business, a board member by office, payslip headings,
    # a federal territory, a letter-spaced heading.
    "Illustrative only: the statement lists account 004-771203-118 under 'Savings'.",
    "Résumé template: Alex Example, +65 8123 4567, replace these with your own contact details.",
    "assert is_luhn('4000000000000002')  # padded test value",
    "Ask readers to email you at name@yourdomain.com rather than a free webmail address.",
    "Registered address: No. 12, Jalan Industri 3, Taman Perindustrian Bukit Minyak, Penang.",
    "Directors' fees: Ms Wong Siew Ling (Independent Non-Executive Director) RM96,000.",
    "Net Pay is Gross Salary minus Deductions; the Basic Pay column excludes overtime.",
    "Postcodes in Wilayah Persekutuan Putrajaya start with 62.",
    "Shop banner: H a p p y  N e w  Y e a r from all of us!",
    "Kumar is among the commonest surnames in Tamil Nadu.",
    "She was the only woman engineer at the plant when it opened in 1975.",
    # Round 15 (--blind-en18, --blind-ms8, --blind-mix9): a form's blanks, a filled-in
    # example form, an office of state, products' colours and sizes, a star's tour, role
    # mailboxes joined, an address format shown as an example, a director's new film.
    "Nama Penjamin: ____________ Hubungan: ____________",
    "Contoh pengisian: No. K/P 900505-10-5566, Alamat: No. 3, Jalan Contoh 2.",
    "Titah baginda disampaikan di hadapan Ketua Hakim Negara dan para hakim.",
    "Galaxy Buds in Phantom Black, 1-year warranty, RM399.",
    "Hoodie size XXL, machine washable.",
    "Tickets for the Eason Chan Fear and Dreams Tour go on sale Friday.",
    "Send CVs to careers-hr@acme.com.my before 30 June.",
    "Format (example only): Blk 456 Jurong West St 42 #05-678, Singapore 640456.",
    "Jack Neo's new Hokkien film opens next week.",
    "Lunch box featuring Shin Chan and Masao Sato, dishwasher safe.",
    "Look for the Top Seller badge before you pay.",
    "Specimen: policy no. 00-000000, hospital claim form.",  # a policy number's blank
    # Round 16 (--blind-en19, --blind-chat8, --blind-evade9): judges by post, a case cited
    # by its party, a Member's question, a work's title opening the sentence, a public
    # building, a placeholder town, a drill's name to replace, a romanisation.
    "Coram: Lim Boon Teck JA and Aisha Rahman J.",
    "Koh Ah Beng remains the leading authority on mitigation for first offenders.",
    "Ms Tan Li Hua asked the Minister for Health how many polyclinics will open in 2027.",
    "In The Rice Mother, Lakshmi marries a man twice her age.",
    "Visit the agency at the CPF Building, 79 Robinson Road, Singapore 068897.",
    "Fill in the mock-up with Jane Doe, 1 Main Street, Anytown.",
    "Pronunciation drill: say 'Wǒ jiào Zhāng Wěi' and replace Zhāng Wěi with your own name.",
    "Hanyu Pinyin tones are marked with diacritics.",
    "The Danish ministry published new maternity leave rules.",
    "Pregnancy and maternity leave rules changed in 2024, the ministry said.",
    # Round 18: caseless transcripts of public talk and read-out codes.
    "[ivr] for billing press one for new orders press two to speak to an agent press zero",
    "today on the podcast we talk about how lee kuan yew built the housing board",
    "your order number is a b c one two three four five six please keep it for reference",
    "the flight m h three seven zero left kuala lumpur at twelve forty one",
    "Tan Swee Hoe is a Malaysian mountaineer who reached the summit of K2 in 2019.",
    "Check the build number: the device reports Android 14 and firmware 2.0.14.1.GLOBAL under Settings.",
    "Renew your passport online: make an appointment at eservices.ica.gov.sg before you travel.",
    "The night market on Raohe St and the temple on Bade Rd open at 5pm.",
    'Docs: format_phone("+65 6123 4567") returns "+65 6123-4567".',
    "Lost your card? Call 1800 222 3333, or +65 6222 3333 from overseas.",
    "Great Eastern Takaful plans start at RM25 a month.",
    'In Catherine Lim\'s "The Bondmaid", Han is sold to a wealthy family as a child.',
    "For tender enquiries, write to tenders@agency.example.gov or call +65 6111 2222.",
    "Our new branch is on Level 3, Wisma Harmoni, Jalan 14/2, Petaling Jaya; call 03-7955 1234.",
    "Data ujian sahaja: telefon 012-0000 0000, MyKad 000000-00-0000, untuk latihan sahaja.",
    "Angkasawan negara pertama berlepas ke angkasa pada Oktober 2007.",
    "For SPM enquiries, email the examinations unit at spm.enquiry@moe.gov.my.",
    # Round 19 (--blind-en22): a listing's dish or garment, a grade by its letter, a
    # greeting to a role, a known company's premises.
    "Ah Seng Hainanese Chicken Rice, stall #02-15, open daily from 10am.",
    "Baju Kebaya Nyonya, hand-embroidered, sizes S to XL, ships from our Melaka shop.",
    "Mangoes from Kedah, Grade A, sold by the 5kg box.",
    "Dear Valued Customer, your parcel is out for delivery today.",
    "Shopee Xpress hub, 2 Tampines Industrial Avenue 5, Singapore 528611.",
    'ci: {actor: "svc-build@acme-ci.iam.gserviceaccount.com", notify: "data-alerts@acme.io"}',
    'fixtures: [{user: "Demo User", phone: "+1 (415) 555-0142"}]',
    "token=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9 expires in 3600s",
    "INSERT INTO outlets VALUES ('IKEA Alexandra', '317 Alexandra Road, Singapore 159965');",
    "Indonesia's maternity leave rules changed in 2024.",
    "The Official Assignee's Office handled 3,000 bankruptcy cases last year.",
    "Our official account is @kopi.sg, anything else is fake.",
    "Best laksa in town 🔥 Restoran Ah Hock, 23 Jalan Sultan, open 7am-3pm.",
    "Card enquiries: 1800 111 2222 (overseas +65 6111 2222), daily 8am to 8pm.",
    "Scam alert: 'Your parcel is held. Verify at parcel-sg-verify.com now.' Do not click.",
    "Borang contoh: Nama 'Abu bin Bakar', No. KP 000000-00-0000 (bukan data sebenar).",
    # Session 11, round 21 (--blind-en24, --blind-ms11, --blind-zh22): a reviewed work's
    # makers and characters, a head office's address, a mall said to be one, a results line
    # of football clubs, a course.
    "We rated 'Ola Bola' 4/5; Chiu Keng Guan directs the final match beautifully.",
    "In 'Under One Roof' season 3, Kwang Chiang's neighbour keeps borrowing his television.",
    "Ibu Pejabat Jabatan Imigresen: No. 15, Persiaran Perdana, Presint 2, 62550 Putrajaya.",
    "Sunway Pyramid, 3 Jalan PJS 11/15, 47500 Subang Jaya is a shopping mall with an ice rink.",
    "Keputusan Liga Malaysia: Johor Darul Ta'zim FC 3-0 Perak FC.",
    "Junior Coding Bootcamp for Primary 4 to 6, $420 a term, Saturdays 10 am.",
    # ... a temple named in romanised form before the Chinese word for its kind.
    "Tourist tip: Thean Hou 庙 is busiest on the eve of Chinese New Year.",
    # ... a currency's code before an amount.
    "Jumlah bayaran RM 2,480.00 termasuk cukai perkhidmatan.",
    # Round 22 (--blind-en25, --blind-mix14): judges listed before their plural post, a
    # court officer by title, athletes with their country's code, a stand-in number of
    # zeros, a test's expected output with a placeholder.
    "The Federal Court (Wong Siew Mei, Azman Harun and Lee Kok Wai FCJJ) unanimously allowed the appeal.",
    "Deputy Registrar Melissa Tan fixed the hearing for 3 March.",
    "Women's singles final: Goh Jin Wei (MAS) beat Yeo Jia Min (SGP) 21-17, 21-19.",
    'Test fixture: {"phone": "+65 9000 0000", "name": "Test User"}',
    'expected_output: "Call me at [PHONE]"',
    # Round 23 (--blind-en26, --blind-ms12, --blind-evade13): Hong Kong stops, a web address
    # after "or at", a listed company's chairman, a Malay hotline and a booking's number,
    # the ISO documentation's IBAN.
    "Light Rail stops between Tin Shui Wai and Siu Hong are closed for works.",
    "Apply on the MyJPJ app or at www.jpj.gov.my before the deadline.",
    "The Board of Sunrise Holdings Limited (Stock Code: 8888), chaired by Mr Lee Ka Fai, declared a dividend.",
    "Talian hotline KWSP ialah 03-8922 6000 pada waktu pejabat.",
    "Tempahan Hotel Merdeka, nombor pengesahan 77120438, tiga malam.",
    "The example IBAN GB29 NWBK 6016 1331 9268 19 comes from the ISO 13616 documentation.",
    # Round 24 (--blind-mix16, --blind-en27): a ticket's number, a fraud-report mailbox, a
    # marketing footer's site and address, Hansard's chair and office-holders, a Malay
    # sitting's ordinals.
    "Ticket #CS-8841207 has been resolved; reply within 7 days to reopen.",
    "Report scams to fraud@cityline-telco.com.sg and delete the message.",
    "You received this because you subscribed at shopmore.com.my. Unsubscribe | Manage preferences | 10 Jalan Ampang #12-01, 50450 Kuala Lumpur",
    "Mr Deputy Speaker: Order, order.",
    "The Minister for Education (Mr Chan Chun Sing): The answer is no.",
    "Dewan Negara, Penggal Kedua, Mesyuarat Ketiga, Bil. 4.",
    # Round 25 (session 12): landmarks before their address, firmware versions, grant
    # numbers, a country's halves, a form's fill-in blanks.
    "Lotus Tower, 88 Riverside Road, Haizhu District: the observation deck opens at 9.",
    "The Old Fort at No. 15, Harbour Road, Fortress Hill was built in 1741.",
    "Router firmware 2.1.0.8 fixes the Wi-Fi dropout; reboot after the update.",
    "Upgrade to build 4.12.0.3 before Friday.",
    "Funding: Macao Science Fund grant No. 62276143 and project 0081/2021/A.",
    "Free shipping to West Malaysia, RM 89 for this 20000mAh power bank.",
    "Jamie Dimon wrote his annual letter to shareholders.",
    "DeepSeek, led by Liang Wenfeng, published the weights.",
    # Round 26: booking and enquiry lines, job mailboxes, opening hours, plate series, a
    # body's bank account, a mall.
    "The Peninsula on Salisbury Road takes afternoon tea bookings on +852 2920 2888.",
    "Call 999 for emergencies; for non-urgent police enquiries the general number is 2527 7177.",
    "Email your CV to talent@harbourlinebank.com.sg quoting ref FA-2027-03.",
    "Apply at recruit.hk@pacificshield.com.hk during office hours.",
    "Hantar resume ke kerjaya@seridamai.com.my sebelum 20 Mac.",
    "Nasi Kandar Pelita, No. 149, Jalan Ampang, 50450 Kuala Lumpur, buka 24 jam termasuk cuti umum.",
    "JPJeBid: nombor pendaftaran siri VMA 1 hingga VMA 9999 dibuka untuk bidaan.",
    "Yuran Persatuan Penduduk RM10 sebulan, bayar ke akaun persatuan Maybank 5621 8810 4432.",
    "Scam alert dari Touch n Go: careline rasmi hanya 03-5022 3888.",
    "AMK Hub is at 53 Ang Mo Kio Avenue 3, the mall.",
    # Round 27: brands and shops, agencies' lines, road kinds, licences, story characters.
    "Jollibee Chickenjoy bucket 6pc $21.90 with code SAVE5 at checkout.",
    "Jewel Changi rain vortex light show at 7.30pm and 8.30pm; lockers at B2 cost $8.",
    "Common room near NUS for rent, light cooking only; enquire via the agency WhatsApp 6123 4567.",
    "New launch showflat open daily at 2 Tanah Merah Kechil Link; sales hotline 6100 2288.",
    "EA Licence 09C4471 — transfer helpers available, packages from $888.",
    "My protagonist, Arjun Pillai-Hart, is a 34-year-old cartographer in a 2140 Singapore.",
    "Kai Okonkwo-Lind, my fantasy heroine, carries a sword.",
    "Singlish monologue for my play: my character Uncle Teo also cannot tahan.",
    "Test: my card 4242 4242 4242 4241 fails the Luhn check in the validator",
    "Product Name: Galaxy Tab S9",
    # Round 28: a slogan named after a country, a help desk's line, a unit's mailbox, a
    # meeting room; spoken text about blocks and units.
    "The 'Malaysia Madani' slogan is now a sticker pack with 40,000 downloads.",
    "Sebarang pertanyaan boleh diajukan kepada Meja Bantuan di talian 03-8800 7999.",
    "Pertanyaan lanjut boleh dihantar melalui e-mel integriti@mof.gov.my.",
    "Mesyuarat ditangguhkan ke 15/10/2025, 10am, Bilik Mesyuarat Utama Aras 3.",
    "the lecture covers block ciphers and unit tests for the course",
    # Round 29: fiction's and famous buildings' addresses, charities, a site after "free at".
    "Paddington lives with the Browns at 32 Windsor Gardens, London, in the books.",
    "The Simpsons live at 742 Evergreen Terrace, Springfield, which the show never maps.",
    "Ronald McDonald House Charities runs a family room on level one of the hospital.",
    "Check your CCRIS report for free at eccris.bnm.gov.my; the bank never asks for passwords.",
    # Round 30: central bankers and regulators.
    "Ravi Menon gave the keynote at the FinTech Festival before stepping down.",
    "This tenancy is made between [LANDLORD NAME] of [ADDRESS] and the tenant, NRIC No. [__________].",
    # Session 13, round 31: office-holders and athletes named by a lower-case office or a
    # sport after a country or a rank; a parcel's tracking site after "Track at".
    "Former health minister Tan Boon Seng was cleared of all charges by the High Court on Friday.",
    "Chief executive Melissa Goh, 49, said margins would recover in the second half.",
    "Senior Counsel Harjit Singh told the court his client would appeal against sentence.",
    "Singapore paddler Koh Li Ting, whose mother coached her, won the women's singles gold.",
    "World No. 12 Lee Zhi Kang, 25, said he would skip the Malaysia Masters to rest his ankle.",
    "Your order has shipped. Track at ninjavan.co with the number in your app.",
    # ... an office's headquarters, an insurer's assistance line, a pass by its holder.
    "Taiwan Immigration Agency enquiry line +886 2 2388 9393, info@immigration.gov.tw. Immigration Headquarters: 15 Guangzhou Street, Taipei.",
    "Worldwide emergency assistance for cardholders: +65 6226 8800 (collect calls accepted).",
    "Pekerja asing dengan EP boleh membawa pasangan dengan Dependant's Pass jika gaji cukup.",
    # Round 32: motor sport, a site after "renew at", a specimen's plate, a police district's
    # headquarters, a workshop with its registration number, a GST number.
    "Marcus Teo Jun Wei took pole position at the Macau Grand Prix for his first podium.",
    "Your licence expires next month. Please renew at onemotoring.lta.gov.sg to avoid late fees.",
    "Specimen logcard for illustration only: vehicle no. SGX 4521K, owner details removed.",
    "Report accidents at the nearest police station within 24 hours, e.g. IPD Sentul, Jalan Sentul, 51000 Kuala Lumpur.",
    "Bengkel Ah Kow Motor (002345678-K), No. 12 Jalan Industri 3, Taman Perindustrian Puchong, 47100 Puchong.",
    "Chong Brothers Motor Works Pte Ltd | Tel 6842 3317 | GST Reg No. M2-0123456-7",
    # ... (ms16) banks' hotlines, a payslip's and a transfer form's fields, an influencer.
    "Kad hilang? Terus call hotline bank: Maybank 03-5891 4744, RHB 1-300-88-1111.",
    "Slip Gaji: ______ | Gaji Pokok: RM____ | Elaun: RM____ | Potongan: RM____",
    "Sila isi: Nama Bank / No. Akaun / Nama Pemegang Akaun / Rujukan Pembayaran",
    "Kek lapis jenama milik pempengaruh Aina Sofea habis dijual dalam sejam.",
    # Round 33 (en35): academics by title and affiliation, a paper's author list, a grant's
    # numbers, a university's crisis line.
    "Examiners: Prof. Lim Kok Wah (NTU), Assoc Prof Farah Aziz (UM) and Dr Peter Ong (Duke-NUS Medical School).",
    "Wei Ling Tan¹², Kah Seng Ong¹, Priya Nair³*, Jun Hao Lim¹⁴",
    "Supported by the Ministry of Education (Grant Nos. 2021-T1-002-113 and MOE-T2EP30221-0014).",
    "For urgent support, call the NTU Lifeline at 6790 4462 (24 hours).",
    # ... (mix22) stalls and brands named after their cook.
    "Auntie Mei's Chicken Rice: skin smooth, chilli shiok. Closed Mondays.",
    "Ayam Penyet Pak Ali: sambal pedas gila, nasi sikit.",
    "Mak Cik Som Nasi Lemak opens at 6am and sells out by 9.",
    # Round 34 (en36): clergy by title, an elected member and a guest of honour named with
    # an honorific, a news anchor, a columbarium's address, a mosque's account and line.
    "Rev. Dr. Aaron Tay, our Senior Pastor, will lead the Advent retreat in Kuching.",
    "Dharma talk by Venerable Bhante Dhammika, Sat 8pm, Hall C. Free admission.",
    "Aidilfitri open house hosted by YB Puan Siti Mariam Yusof, ADUN Taman Melawati, 2pm onwards.",
    "Guest-of-Honour: Mr Kelvin Ong Boon Hock, Adviser to Jurong Spring Grassroots Organisations.",
    "Emcee: Ms Vanessa Chow, evening news anchor; music by the Diocesan Boys' School orchestra.",
    "Infaq: Maybank 5621 0415 2293 (Masjid An-Nur Taman Desa) - WhatsApp the slip to the admin line 03-7982 1144.",
    # Round 35 (ms17): a named hotline and its WhatsApp number.
    "Talian Kasih 15999 / WhatsApp 019-261 5999 untuk aduan penderaan kanak-kanak.",
    # Round 36 (evade17, mix24): a famous figure known with a title the span left out, a
    # self-service laundry.
    "Uncle Roger reviewing another egg fried rice video, this time from a chef in Penang.",
    "Dobi Layan Diri 24 Jam, mesin basuh RM5, pengering RM4.",
    # Round 38 (chat19, en40, mix25): EPF accounts, a regulator's list, a festival's meal, a
    # site's policy.
    "EPF members may withdraw from Akaun Sejahtera for housing, education and medical treatment.",
    "Check the MAS Investor Alert List before transferring money to any trading platform.",
    "Ramadan Buka Puasa buffet: RM 168 nett per adult, RM 84 per child.",
    "Write a cookie banner. -> We use cookies to keep you signed in. See our Cookie Policy for details.",
    # Round 39: a company's switchboard in international form, said so after it.
    "Use phonenumbers.parse(\"+1 650-253-0000\", None) as in the README; that's Google's public switchboard.",
    # Session 14, round 40 (en42, ms19, chat20): a log's key before a service account; a
    # booking desk's mailbox; a ticket's imperative before a tool; a government product;
    # an acronym alone; a parcel locker's street; Tuan Rumah (landlord) and a template's
    # blank named by its label; a film's character with the title the span left out.
    "log: sender=noreply@acme-freight.com.my status=DELIVERED",
    "Bookings go to appointments@sunrise-dental.com.sg (shared mailbox, reception reads it).",
    "INFRA-702 Move Jenkins runners to ap-southeast-5, est. saving USD 900/mo",
    "Release 4.1: MySejahtera check-in export removed; see LHDN MyInvois guide for e-invoices.",
    "Attach your CV as PDF and keep it to two pages.",
    "Your order was delivered to the parcel locker at Jalan Ampang, Locker ID KL-AM-0031.",
    "Klausa 7: Tuan Rumah hendaklah memulangkan deposit dalam tempoh 14 hari.",
    "Kepada [Nama Tuan Rumah], saya akan mengosongkan premis pada [Tarikh].",
    "Rumah ni seram macam dalam Hantu Kak Limah Balik Rumah, lampu pun berkelip.",
    "Dijual Perodua Axia 1.0 AV 2021, 40k km, RM28,500 nego, servis penuh.",
    "Templat: Saya, {NAMA}, No. K/P {NO_KP}, memohon rayuan bagi No. Rujukan {NO_RUJ}.",
    "Before you paste your payslip, use placeholders like [NAME] and [NRIC] instead.",
    # Round 41 (en43, mix27, chat21): a shop's listing (size and selling words); a bot's
    # persona; a payee company's account; a membership desk; a famous name the model ran
    # on; martial arts, characters and a team's home ground.
    "🔥Diana Vreeland Eau de Parfum 50ml 100% Original, free gift wrap🔥",
    "Bot: Hello, I'm Aria, your digital assistant. How can I help today?",
    "Pay to Larian Komuniti Sdn Bhd, Maybank account 5140 2293 8876 before Friday.",
    "Email memberships@swimhub.com.my to freeze your plan for up to 3 months.",
    "Harry Potter Marauder's Map Replica Poster A2, official licensed, ships in 3 days",
    "Sign up for Wing Chun or Muay Thai trial classes this Saturday, 10am.",
    "Hello Kitty and Pikachu phone cases are back, limit 2 per customer.",
    "Bukit Jalil National Stadium is the home ground of Harimau Malaya, 87,000 seats.",
    # Round 42 (en44, ms20, evade19): an officer's or a European company's address; the
    # documentation IBANs (and no landline inside one); an IT desk; hospitals and a film
    # named like people; a company's office line in Malay; words shouted in capitals;
    # deals and ratios said with "for" and "to"; Malay "(di)" before no domain; a time's pm.
    "By post: Data Protection Officer, 1 Raffles Place, #20-01 One Raffles Place, Singapore 048616.",
    "Our EU representative is DataRep Services B.V., Keizersgracht 100, 1015 CV Amsterdam.",
    "Test IBANs: NL91 ABNA 0417 1643 00 and ES91 2100 0418 4502 0005 1332 (sandbox only).",
    "IT helpdesk: it.support@acme-asia.com.sg or ext. 2200.",
    "Mount Elizabeth Novena and Gleneagles are on our panel of hospitals.",
    "Mrs. Doubtfire and Paddington are showing at the library this weekend.",
    "Kilang Roti Haji Ahmad Sdn Bhd cari pemandu, WhatsApp pejabat 03-5544 1200.",
    "AMARAN: scammer guna nama bank, JANGAN KLIK link!",
    "buy two for one, three for five, six for nine deals this weekend",
    "the ratio is one to one, two to one, three to four",
    "Pergi ke kedai (di) Jalan Ampang pukul tiga",
    "CELL GROUP MTG: Fri 7.45pm, Zoom ID 832 5519 0047",
    # Round 43 (en45): prosecutors and police by title; a business's line open round the
    # clock; a funeral home's address after "at"; a florist named after its owner; a news
    # channel's handle; a placeholder record; a government unit's coded mailbox.
    "Deputy Public Prosecutor Nur Aisyah Rahman asked for a deterrent sentence.",
    "Casket services: Eternal Rest Co., 12 Sin Ming Road. Tel 6456 7788 (24 hrs).",
    "The Methodist Funeral Home at 23 Lorong 4 Geylang is open daily.",
    "Order flowers from Mdm Tan's Florist at Tampines, hotline 6789 1234.",
    "Telegram @mynewsupdates: subscribe for flood warnings.",
    "Placeholder record: name=<NAME>, phone=<PHONE>, address=<ADDRESS>",
    "Send tips to cid-hq-3@spf.gov.sg or call the hotline.",
    # Round 44 (ms21, evade20): a figure of the past with the years of their life; a
    # company's WhatsApp business line.
    "Tok Janggut (Haji Mat Hassan, 1853-1915) led the 1915 uprising in Kelantan.",
    "Tiara Travel Sdn Bhd - WhatsApp business 011-5566 7788, Isnin-Jumaat.",
    # Round 45 (en47): a line with its office hours; a sample FIN; a phonics playhouse
    # named with its owner's possessive, its address after "@".
    "Call 6555 1234 (office hours) to book a trial class.",
    "Sample format only: F1234567N (FIN).",
    "Aunty May's Phonics Playhouse @ Blk 12 Bedok North St 1 #01-23, trial class $30.",
    # Session 15, round 46 (en48, ms22, mix30): a citation's pages; a university unit's
    # mailboxes; a committee's secretariat line; an east-coast Malaysian office's line and
    # fax; a price list's products; a form's field for the head of household; items
    # counted in an order; a chat's verb before a place; "Live firing" is no "live at"; a
    # collection centre named by its town; an office by its acronym before its address; a
    # shop's returns desk; a scholar remembered.
    '[7] K. Wong and P. Lim, "Graph methods for record linkage," Proc. VLDB, 2023, pp. 2210-2231.',
    "Enquiries: psych-research@fass.univ.edu.sg or the general office at fass.general@univ.edu.my",
    "Please contact the ethics committee secretariat at +65 6601 2000 for questions about this study.",
    "Pejabat Koperasi Peneroka Felda Chini, 26690 Pekan, Pahang. Tel: 09-477 1200 / Faks: 09-477 1201",
    "Kedai Pertanian Ah Seng: Urea 50kg RM130, Kapur GML RM27, Baja Hijau RM88",
    "Senarai harga: Kapur Mason 25kg RM18, Racun Ronstar RM45, Baja Nitro RM99",
    "Borang B: isikan Nama Ketua Isi Rumah, No. MyKad dan nombor akaun bank pemohon.",
    "Saved order #SO-771: 3x Field Pack, 2x Water Bottle, 1x Admin Pouch. Total S$96.40.",
    "Heard Pulau Tekong got new cookhouse this year, anyone tried already?",
    "Range safety notice: Live firing at Pasir Laba Range, 0800-1800hrs; keep clear of the area.",
    "Delivery to FAMA collection centre Pendang, Kedah, by Friday.",
    "Replacement of lost 11B: visit CMPB at 3 Depot Road, Singapore 109680, with the police report.",
    "This book is dedicated to the memory of Royal Professor Ungku Aziz and his work on rural poverty.",
    # Round 47 (en49, chat24, evade21): templates with a writer's slots; a NOTAM in
    # capitals; a warning's series before its number; goods in a Malay listing; a
    # columbarium; a support desk's WhatsApp line; a quoted poem's "my" beside its poet.
    "Speech opener: Good evening, I'm [NAME], the [RELATION] of the [bride/groom].",
    "In loving memory of <NAME> (<YEAR>-<YEAR>). Always remembered.",
    "NAVAREA XI 2201/25. JAVA SEA. CHART BA 2056. DRIFTING CONTAINER REPORTED IN 05-12.4S 110-22.1E. CANCEL THIS MSG 150000 UTC DEC 25.",
    "MSA navigation warning Min Hang Jing 0412: dredging works 12-15 DEC, vessels keep clear.",
    "Tayar Bridgestone Turanza 205/55 R16, bunga 70%, RM 600 untuk 4 biji.",
    "Same-day wreath delivery to Mandai Columbarium, RM 250.",
    'For WhatsApp support save +65 6123 4000 and send "Hi".',
    '"Do not stand at my grave and weep" is usually attributed to Mary Elizabeth Frye, 1932.',
    # Round 48 (ms23, mix31): a helpline's WhatsApp line with "24 jam" after a comma, a
    # helpline's two lines before their opening days.
    "Talian Kasih 15999 atau WhatsApp 019-261 5999, 24 jam sehari.",
    "Talian bantuan: 03-8888 1234 / 1235 (Isnin-Jumaat, 9 pagi - 5 petang).",
    # Round 49 (en51, ms24, chat25): a generator's synthetic patients; an infoline; a police
    # operations room; toll-free lines read as accounts; a brand with "Auntie" in its name.
    "Load test: 2,000 synthetic patients from Synthea; names such as Lim Mei Hua come from a placeholder list.",
    "Jika ragu-ragu, hubungi CCID Infoline 013-211 1222.",
    "Bilik Gerakan IPD Kajang di talian 03-8736 4222.",
    "Rujukan: Maybank 1-300-88-6688, Bank Islam 1-300-88-5577.",
    "Shops: Auntie Anne's at Jurong Point, Uncle Lee's Bak Kut Teh at Blk 85.",
    # Round 50 (en52): a shift log's acronyms, a holiday's eve, a café, an 800 line read
    # joined in the second pass, a rooming list's columns.
    "FYI 1203 OOO (leak), Eng ETA tmr 9am, do not assign.",
    "Xmas Eve dinner buffet SGD 128 per adult, SGD 64 per child.",
    "Cafe Kenanga kitchen is halal certified by JAKIM.",
    "For enquiries call 800 852 6688 (toll-free within Singapore), 24 hours daily.",
    "Rooming list columns: Surname, Given name, Arrival, Departure, Room type.",
    # Round 51 (en53, ms25): a unit's mailbox and line after the unit's name; a circular's
    # signatory by the office under the name; civil-service forms' and pay tables' words; a
    # placeholder mailbox at agensi.gov.my; a business's WhatsApp "biz" line; a cookbook by
    # its author's possessive; the YMCA's address.
    "Sebarang pertanyaan boleh diajukan kepada Bahagian Pengurusan Sumber Manusia di talian 03-8884 1200 atau e-mel sumber@kpm.gov.my.",
    "(DATUK SERI AHMAD FAIZAL BIN OMAR) Ketua Setiausaha Kementerian Kesihatan Malaysia",
    "Gred 29: Gaji Minimum RM1,950.00 | Gaji Maksimum RM6,100.00 | KGT RM120.00",
    "Langkah 2: Rekod Peribadi > Maklumat Keluarga > Kemaskini.",
    "Format e-mel rasmi: nama.pegawai@agensi.gov.my",
    # Round 52 (chat27, en54): a family history's ancestor; a forebear who died long ago;
    # titles alone (a cat called Tuan Haji).
    "In Peranakan records the same ancestor may appear as Lim Ah Kow, Lim Ah Kau and Lin Yagou; keep every spelling.",
    "Datuk saya, Haji Osman bin Latif, meninggal dunia di Muar pada 1928.",
    "Tuan Haji the surau cat sleeps on the prayer mats every Friday.",
    "Sunrise Maid Agency Pte Ltd, Hotline 6234 5678 / WhatsApp biz 8123 4567",
    "Mrs Wong's Cookbook still has the best kueh recipes for helpers to learn.",
    "Workers' forum at the Kowloon YMCA, 41 Salisbury Road, Tsim Sha Tsui, on Sunday.",
    # Rounds 53-54 (en55, ms26, mix34, en56, chat28, evade23): a desk's mailboxes and a
    # display name made of desk words; published helplines and bank lines; a campaign's
    # keyword to a number; a sponsor's fax; a board appointment announced by a listed
    # company; a stand-in name and zero IC in a sample; a market by its kind; a remedy
    # named after its maker; a minister by portfolio; the canonical sample NRIC in an example.
    "Accounts Payable <ap@acme-foods.com.sg> sent the remittance advice for invoice 7781.",
    "On Fri, 4 Dec 2026, Maybank <notifications@maybank.com.my> wrote:",
    "For collaborations and sponsorships email biz@kopitalk.sg",
    "Need someone to talk to? SOS CareText on WhatsApp: 9151 1767.",
    "Maybank2u: jika anda tidak membuat transaksi ini, hubungi 03-5891 4744 segera.",
    'Interested? WhatsApp "JOIN" to 9876 5432 for the study brochure.',
    "Adverse events may also be faxed to the Sponsor's safety desk, fax +65 6222 0199.",
    "Board update: Hartamas Holdings Berhad announces the appointment of Encik Razali Hamzah as Independent Non-Executive Director effective 1 January 2026.",
    "Sample only: Name AHMAD BIN ABDULLAH, NRIC 000000-00-0000.",
    "Tapak jualan: Pasar Payang, Kuala Terengganu.",
    "Batch 33A of Dr. Tan's Loquat Cough Syrup is being recalled after a stability failure.",
    "Clinic stock check: Panadol Actifast 40, Zyrtec 12 boxes, Ventolin Inhaler x6; reorder Augmentin.",
    # Round 55 (en57, ms27, mix35): a law firm's block with T: and F:; a famous figure's
    # family in a sentence of history; an engine's size and a discount rate are no plates;
    # a numbered statutory form's slots.
    "Lee & Lim LLP - Advocates & Solicitors - 1 Raffles Place #20-01, Singapore 048616 - T: +65 6555 1200 - F: +65 6555 1299",
    "Virginia Woolf's father, Leslie Stephen, began editing the Dictionary of National Biography in 1882.",
    "Proton Persona SV 1.6, servis penuh ikut jadual, RM35,000 nego.",
    "NCD 38% untuk kereta Axia 1.0, premium RM320 setahun.",
    "Borang 9 - Notis Tuntutan. Kepada: {NAMA_PENUNTUT} No. K/P: {NO_KP}.",
    # Round 56 (en58, evade24): a territory's abbreviation is nobody's address; a test's
    # fixture of placeholders.
    "Renewal pack: latest 3 months payslips, copy of visa label, proof of residential address in HK.",
    'Test fixture: user = {"name": "[NAME]", "phone": "[PHONE]", "nric": "[NRIC]"}',
    # Round 57 (en59, ms28, mix36): sanctioned leaders and a drama's launderer; a school
    # association's account; an exam's papers; a ministry's complaints desk and a
    # platform's partner desk; Talian Kasih's WhatsApp line.
    "Sanctions note: Min Aung Hlaing remains on the OFAC SDN list; escalate any Myanmar-linked wires.",
    "Training deck: Walter White's laundromat scheme in Breaking Bad illustrates layering.",
    "Bayaran yuran boleh dibuat ke akaun PIBG SK Seri Indah, Maybank 5621 8800 1234.",
    "Kertas 1449/2 Matematik Kertas 2: 2 jam 30 minit.",
    "Aduan disiplin boleh dihantar ke aduandisiplin@moe.gov.my.",
    "Payout queries: email merchant-support@dapurku.my with your store ID.",
    # Round 58 (chat30, evade25, ms29): a helpline of the gazetteer "at" its number; a
    # stand-in name in Malay test data; a fixture's test account; a dataset's note on
    # what names became.
    "For support, call SOS at 1767 or reach Befrienders KL at 03-7627 2929.",
    '// Data ujian sahaja: nama "Ali bin Abu", No. KP "000000-00-0000"',
    'FIXTURE = {"username": "testuser", "email": "test@example.org"}',
    "Dataset note: names became [PERSON_1], [PERSON_2] and e-mails became [EMAIL].",
    # Round 59 (en60, zh60): a taxi company's published line; a charity; a record's
    # template whose every value is a placeholder.
    "Lost your umbrella in a taxi? Call ComfortDelGro at 6552 1111 with the cab number.",
    "Tzu Chi volunteers will run the free clinic in Bukit Batok this Saturday.",
    '{"full_name": "<NAME>", "nric": "<NRIC>", "phone": "<PHONE>"}',
    # Round 60 (en61): an author before the title of a work, or after it with "by".
    "Gina Ford's The Contented Little Baby Book is still the most argued-about book in our group.",
    "Sherlock Sam by A.J. Low is a fun series for P3 readers.",
    "Dr Benjamin Spock's Baby and Child Care (1946) is still on my shelf.",
    # Round 61 (en62, ms31): the region's airports by name; an operations room; a company's
    # founder in the news; an aid scheme; a port whose name opens with a title.
    "Flights to Jakarta Soekarno-Hatta and Bangkok Don Mueang are delayed by the storm.",
    "Hong Kong's airport moved from Kai Tak to Chek Lap Kok in 1998.",
    "Sick leave notices must reach Crew Control by 6am.",
    "Firefly co-founder Daniel Ong said the group will take delivery of two more turboprops next year.",
    "Permohonan Bantuan Sara Hidup Nelayan dibuka sehingga akhir bulan ini.",
    "Ombak besar kat Tok Bali pagi tadi, bot tak keluar.",
    # An address that runs on into an airport; a count before a road's name.
    "Cabin crew training is at 8 Scenic Road, Hong Kong International Airport, from Monday.",
    "There are 2 Jalan Kuching exits on this highway.",
    # Round 62 (en63, mix38, evade27): a message's identifiers in mail headers; a bounce
    # address; a society's treasurer's mailbox; a hospital's own vCard; a marathoner;
    # groceries in a price table.
    "Message-ID: <20261130.88231.abc@mail.example-shop.com> | In-Reply-To: <CAB12xyz@mail.gmail.com>",
    "Return-Path: <bounces+99812@mailer.zalora.com.my>",
    "ORGANIZER;CN=Bendahari PIBG:mailto:bendahari@pibg-smkdj.edu.my",
    "FN:伊利沙伯醫院 | TEL;TYPE=WORK:+852 3506 8888 | ADR:;;加士居道30號;九龍;;;",
    "Eliud Kipchoge ran 1:59:40 in Vienna in 2019, an unofficial record.",
    "| Barang | Harga | |---|---| | Beras Jati Wangi 10kg | 36.90 | | Minyak Masak Seri Murni 5kg | 31.50 |",
    "Received: from mail-pj1-f45.google.com (mail-pj1-f45.google.com. [209.85.216.45]) by mx.example.sg",
    # Round 63 (en64, ms32, chat33): a fatwa series and a Syariah judge by office; a date
    # and a time are no phone number; the writer's own name as a letter's slot.
    "Mufti Perlis dalam Irsyad Fatwa siri 12 menjelaskan hukum nikah gantung.",
    "Permohonan perlu kebenaran Hakim Syarie terlebih dahulu.",
    "Order 55123 delivered 09/10/2025 14:05, signed by concierge.",
    "I, [FULL NAME as per NRIC], residing at [ADDRESS], hereby appeal against the notice.",
    # ... a hotel group's loyalty programme; a telco's published line.
    "Marriott Bonvoy points can be used for suite upgrades at participating hotels.",
    "Talian khidmat Digi (dari rangkaian lain): 016-221 1800, Isnin hingga Jumaat.",
    # Round 64 (en65, mix39, evade28): a test's object read as a mailbox; a configuration
    # key for a support line; a form whose every field is a placeholder; a movers' firm.
    '-    user_email = "qa@example.org"  +    user_email = factory.email',
    "- SUPPORT_PHONE=+65 6234 5678  + SUPPORT_PHONE=+65 6234 5679",
    "Address Change — Name: <FULL_NAME> | IC No: <IC_NO> | Old: <OLD_ADDRESS> | New: <NEW_ADDRESS>",
    "Kim Seng Movers here, lorry can come Sat 9am.",
    # Round 65 (chat34): a day named after somebody; fake data said in Malay; a campaign.
    "Ada Lovelace Day falls in October each year.",
    'Untuk latihan, guna data palsu: "Ali bin Abu, 000000-00-0000".',
    "Kempen Raya 2025: 8,000 SMS dihantar.",
    # Round 66 (en67, ms34): donations banked in to a society, with its receipts mailbox;
    # a land title's district; a law firm's block; a client account; a management office.
    "Bank-in to: Persatuan Bola Sepak Taman Tun, CIMB 8012 3344 5566, then send the slip to receipts@pbstt.org.my",
    "Butiran hakmilik: Lot 5512, Mukim Klang, Daerah Klang, Negeri Selangor.",
    "Tetuan Rahim & Rakan, Peguamcara, No. 8-2, Jalan Kota Raja E27/E, Kota Kemuning, Shah Alam.",
    "Bayaran ke akaun klien Tetuan Lim & Co sahaja: Maybank 5141 9988 1122.",
    "Hubungi pejabat pengurusan 011-2345 6789 untuk kad akses.",
    # Round 67 (en68, mix40): a microfilm reel; a sample record of masks.
    "Microfilm NL 1123: Nanyang Siang Pau, 1939.",
    "Sample redacted record: Name: [NAME] | IC: 9XXXXX-XX-XXXX | Phone: 01X-XXX XXXX",
    # Session 18: an office-holder's case in the news, with the age.
    "Former minister Lee Ah Seng, 66, was sentenced to 12 months' jail for graft, the court heard.",
    # Round 68 (en69, ms35, chat36): a telco's test lines; routers' addresses in a trace and
    # a routing table; a club's evening and contest; Tanjung's short form; a port; a body's
    # address by its possessive; a list of placeholders.
    "Lab SIMs only: use test MSISDNs +65 8000 1200 to +65 8000 1299 in the test environment.",
    "traceroute to 1.1.1.1: hop 3 203.116.12.9 2.1 ms, hop 4 202.166.120.5 3.0 ms",
    "BGP neighbor 202.166.120.9 remote-as 9506 state Idle",
    "Pendaftaran Malam Apresiasi Sukan dibuka hingga Jumaat.",
    "Kelab Catur menang Johan Pertandingan Piala Naib Canselor!",
    "Lawatan industri: Northport Malaysia Bhd, Jalan Pelabuhan Utara, 42005 Pelabuhan Klang.",
    "The CPF Board's mailing address on the form is 238B Thomson Road, #08-00 Tower B Novena Square, Singapore 307685.",
    "Placeholders to keep: [PATIENT_NAME], [IC_NO], [PHONE], [WARD] - do not fill in.",
    # Round 69 (mix41, evade30, en70): a diocese's seminary; a monastery's name; an office
    # and its place before its holder; a log's level; a tower; a price list's header; a
    # mail merge's fields.
    "Second collection this Sunday goes to the Diocesan Seminary fund.",
    "Kong Meng San Phor Kark See Monastery holds Vesak Day prayers from 7am.",
    "Menteri Besar Selangor, Dato' Seri Amirudin Shari, akan merasmikan pameran itu.",
    "ERROR PAY-GW TXN-RETRY-QUEUE timeout after 30s; retry 2/5",
    "Customer Service Centre, Level 3, Suntec City Tower 2, 9 Temasek Boulevard, Singapore 038989.",
    "Kod Produk  Keterangan  Harga Seunit SKU-2201 Beras 10kg 32.00",
    "Merge fields for the renewal notice: <<NAME>>, <<POLICY_NO>>, <<ADDRESS>>",
    # Round 70 (en71, ms36, chat37): a railway line by its name before a colon; rail words;
    # a public bus's plate; classes on weekdays at a time; an organisation's team; a sample
    # prompt's placeholders.
    "Kelana Jaya Line: escalators at 5 stations under repair this week.",
    "Bukit Panjang LRT and KL Monorail trains run every 4 minutes at peak.",
    "saw SMB315C on svc 14 this morning, first time on that route",
    "Zumba Thu 8pm and Pilates Fri 7.30am are fully booked.",
    "Your refund request has been passed to our Revenue Assurance team.",
    'Sample prompt: "Patient [NAME], [AGE], allergies: [LIST]"',
    # Round 71 (mix42, evade31, en72): a bakehouse by its owner's name; a customs service's
    # address; a street of Kuala Lumpur; a vodka's brand.
    "Uncle Tony's Bakehouse opens at 7am, order online only.",
    "Enquiries: Singapore Customs, 55 Newton Road, Singapore 307987.",
    "Changkat Raja Chulan is packed on Friday nights.",
    "Bottle promo: 1 btl Grey Goose + mixers = $288++",
    # Round 72 (en73, chat38, evade23): a bill's field; a mosquito's sex; a quoted post
    # after a platform's name; a price spelt apart after RM.
    "Due Date 30 Nov 2026 | Bill Date 16 Nov 2026 | Amount S$88.10",
    "Female Aedes mosquitoes bite mostly in the day.",
    'Post for Facebook: "Open as usual on Sunday, see you!"',
    "Cash RM 3 8 k nego, Myvi 2019 full loan",
    '"Aida", the helper in our app, is a chatbot, not a staff member.',
    "To reach the hotline, call 1800-ASK-PUB (1800-275 782).",
    # Round 73 (mix43, evade32, en74): a corporate unit in Malay; a title alone in quotes;
    # a desk's mailbox spelled from its label's initials.
    "Pertanyaan media: Unit Komunikasi Korporat, Hospital Pulau Pinang.",
    'Note 4: "Tan Sri" is a federal title conferred by the Agong; it is printed as part of the name.',
    "Customer Care Centre: ccc@northlink-logistics.com.my | ext 2100",
    # Round 74 (en75, ms38): a week's programme by its days; a form's head of household; a
    # relief fund's account with a landline's shape; a relief centre's code.
    "Senior centre programme: Mon Qigong 9am | Wed Karaoke | Thu Tablet class | Fri Walk",
    "Maklumat Ketua Isi Rumah: Nama / No. KP / No. Tel / Alamat",
    "Derma boleh dimasukkan ke akaun Tabung Bencana Daerah, Maybank 5621 0301 8899.",
    "Kod PPS: KTN-001 (SK Kg Baru), kapasiti 200.",
    # Round 75 (en76, mix44, evade33): a court's address after its name; a rental's add-on;
    # a commuter line; an act of parliament; restaurant brands.
    "Appeals: Family Justice Courts, 3 Havelock Square, Singapore 059725. Open Mon-Fri.",
    "Add Collision Waiver Plus for $8 per booking.",
    "Jadual Komuter KTM Laluan Seremban dikemas kini.",
    "Akta Perlindungan Data Peribadi 2010 terpakai kepada urus niaga komersial.",
    "Dinner @ Din Tai Fung Raffles City, Sat 7pm?",
    # Round 76 (en77, ms39, evade34, zh77): a pet by its kind after its name; breeds; a
    # rescue's or a council unit's line and handle; a pet's new home; cartoon pets; a
    # body's address by its label; a shop after a list's comma; a block's hawker centre;
    # payslip and service-desk words in Malay; bodies in toneless pinyin; Wade-Giles.
    "Patient: Mr Biscuit (canine, Beagle x, MN, 4y), vaccines up to date.",
    "Breeds not covered: Shih Tzu, Dogo Argentino, Fila Brasileiro.",
    "WhatsApp the rescue line 016-774 2210 for adoption enquiries (volunteers reply evenings).",
    "Call the MBSJ animal control unit at 03-8026 3131 during office hours.",
    "DM @KittenRescueSG on IG to adopt.",
    "Update: she's gone home to a lovely family in Punggol 🐾",
    "Snoopy and Charlie Brown return in a new Peanuts special this Christmas.",
    "Registry of Marriages 地址：7 Canning Rise, Singapore 179869",
    "Kueh lapis 3 for $12, Kim Choo Confectionery, Blk 60 Joo Chiat Place #01-10.",
    "Blk 3 Jalan Bukit Merah hawker centre closed for cleaning next week.",
    "Elaun Syif: RM ____ | Gaji Pokok: RM ____",
    "Zhongguo Gongshang Yinhang kefu dianhua 95588, quanguo tongyi.",
    "The catalogue moved from Wade-Giles to pinyin in 2000.",
    "Pekerja Indonesia Sektor Perladangan mesti ada permit kerja yang sah.",
    # Round 77 (en78, mix45, chat40, en41): a placeholder as a substitution's replacement in
    # code; a format spelled out; a business's SMS template; New Year dishes and greetings;
    # a grandmother by kin word alone.
    'clean = re.sub(r"\\d{4} \\d{4}", "<PHONE>", msg)  # strip numbers before logging',
    'Export format: "Attendee [REDACTED], Seat 12, halal meal"',
    "SMS template TPL-0102 approved: 'Your vaccination slot is confirmed. Call 6123 4455 to reschedule.'",
    "Lo Hei with Prosperity Yu Sheng at 7pm, then Steamed Soon Hock and Pen Cai.",
    "Ah Ma says must wear red on the first day.",
    "Gong Xi Fa Cai from all of us at the shop!",
    # Round 78 (ms40, en79, evade35): a model's trim and year are no plate; a firm's practice
    # mailbox; a case study's and a word problem's people; a factory's address in an
    # industrial estate; the father of accounting.
    "Toyota Vios 1.5 G Facelift VCK 2019, full service record, one owner.",
    "Out of office till Monday; for urgent matters contact tax.sg@lmpartners.com.sg",
    "Case study: Mrs Lee runs Lee's Florist and must decide whether to register for GST.",
    "Returned mail: Lot 8, Jalan Perindustrian 2, Kawasan Perindustrian Bukit Minyak - company moved.",
    "Luca Pacioli is called the father of accounting.",
    # Round 79 (en80, ms41): a card by its colour in Malay; a bridal boutique; a dish named
    # after its cook with his title.
    "Workers must carry the CIDB Kad Hijau at all times on site.",
    "Butik Pengantin Kak Ani Bridal, Jalan Masjid India: sewa baju RM300.",
    "Nasi Beriani Gam Haji Ali, Batu Pahat: minimum 100 pax.",
    # Round 80 (en81, mix46, evade36): an ingredient list; a body written to by its acronym;
    # an app's calendar; pilgrimage places; teachers of meditation; an air waybill; a
    # surname in a dialect's romanisation; titles; a stock figure; a translation desk.
    "INGREDIENTS: Aqua, Glycerin, Propylene Glycol, Sodium Benzoate. EXP 03/2027",
    "Report side effects to HSA, 11 Biopolis Way, #11-01 Helios, Singapore 138667.",
    "Appointments failed to sync to Google Calendar, retrying.",
    "Ziarah Makkah: Jabal Thur, Arafah dan Mina.",
    "Plum Village was founded by Thich Nhat Hanh and Sister Chan Khong.",
    "The course follows Jon Kabat-Zinn's MBSR programme.",
    "AWB 176-55201834 | 200 ctn dates | JED-KUL",
    "Hokkien Tan, Cantonese Chan and Mandarin Chen may all be the same surname.",
    "Tan Sri dan Puan Sri ialah gelaran, bukan nama.",
    "Mak Cik Kiah is a stock figure in political speeches.",
    "Permohonan boleh dihantar ke terjemahan@agensi-terjemahan.com.my.",
    # Round 81 (en82, ms42): an order's and a quota's words; a dish after its cook; a
    # famous hawker; a template's owner field; a card and a webinar by their Malay words; a
    # weather bulletin's date and time are no MyKad; a historical writer.
    "PO #88120: 20kg beras, 6 ctn santan. Delivery Tues before 7am, back lane entrance.",
    "Services sector Dependency Ratio Ceiling is 35% for most firms.",
    "Auntie Rose's Ice Kacang stall opens at 11am daily.",
    "Chan Hon Meng's stall was the first hawker stall with a Michelin star.",
    "Nama Pemilik Vesel: {nama_pemilik} | No. Pendaftaran: {no_vesel}",
    "Contoh: No. Kad Nelayan: KN-XX-XXXXXXX",
    "Webinar 'Digitalisasi Jeti Nelayan' via Zoom, ID 845 2210 9931.",
    "Ramalan Cuaca Marin 07/12/2025 0600 MYT: ombak 2.5 m.",
    "Abdullah Munsyi menulis tentang pantai timur pada 1838.",
    # Round 82 (en83, evade37): a business's WhatsApp for a purpose; repair teachers; a
    # masking function's placeholder argument.
    "Hotline 6338 0188 (Mon-Sat). Business WhatsApp for bookings: +65 6338 0189.",
    "Jessa Jones and Louis Rossmann both teach board-level repair online.",
    'docs: example now calls `mask("<NRIC>")` with a placeholder.',
    # ... and no bus's or gate's number before a numbered road.
    "Bus 2 Jalan SS 2/24 route changes from Monday.",
    "Gate 3A Jalan 13/2 closed for works.",
    # Round 83 (mix47): a marketplace's campaign and badge; a company head in the news;
    # an Indonesian warehouse on an abbreviated road.
    "LazMall 11.11 Flash Sale: nomination closes 1 Nov 23:59 (GMT+8). Min. discount 25%.",
    "Shop Rating: Response Rate 92%, Late Shipment under 5%. Stay above 90% to retain Preferred Seller.",
    "Alamat retur: Gudang Sentosa, Jl. Daan Mogot KM 12 No. 8, Jakarta Barat.",
    # Round 84 (en85, chat43, evade38): a year's set text is no pupil's class; a tuition
    # brand and schools; a shop named after its owner; an account's number grouped in
    # fours is no phone.
    "Lit Sec 2 text: To Kill a Mockingbird — how Atticus Finch defends Tom Robinson.",
    "Kumon Tampines centre opens on Saturdays.",
    "Hwa Chong and Dunman High are popular DSA choices.",
    "Mr Tan's Maths Lab @ Bukit Timah Plaza is now accepting registrations for 2027 P3 classes.",
    "Payment via DuitNow: Maybank 5621 4430 8812, Cemerlang Minda Enrichment Sdn Bhd. Send resit to admin WhatsApp.",
    # Round 85 (ms45, mix48): a receipt's month and a hostel's fees; a hostel's blocks and
    # a religious school named after people; a notice's Malay name; a Quran's print; a
    # province; a consulate by its acronym and town.
    "Resit No. R27-004612 | Yuran Asrama Feb 2027 | RM300.00 | Status: BERJAYA",
    "Bilik asrama: 6 katil sebilik, 3 blok (Blok Abu Bakar, Blok Umar, Blok Ali).",
    "Salurkan sumbangan ke: Pertubuhan Kebajikan Maahad Tahfiz Nurul Huda, Maybank Islamic 5622 1160 4999.",
    "Under the PDPA 2010, include the notice (Notis Privasi) on page 1 of every form.",
    "Order #TZ-88301 — 20 units Mushaf Tajwid A4 (Rasm Uthmani), RM 690.00, tracking J&T 630098771999.",
    "Fresh Indonesian maids from Central Java, ex-HK available!! Agency fee from $888 only.",
    # Round 86 (ms46, mix49): a template's reference and date slots; a stall named after its
    # cook; a school board's account by its holder; a body's office; "mother tongue" is no
    # mother.
    "SMS: 'Permohonan anda No. Ruj <NO_RUJUKAN> diluluskan. Bayar sebelum <TARIKH_TAMAT>.'",
    "捐款请汇入：Public Bank 3198-7720-99，户名：Lembaga Pengurus SJK(C) Chung Hwa。",
    "Dong Zong office: Lot 5, Jalan Bukit, 43000 Kajang. Tel: 03-8736 1111.",
    "Lim Lian Geok championed mother-tongue education until his death.",
    # Round 87 (chat45, evade40, en87): characters of fiction and games, a footballer; a
    # restaurant's receipt; a scan's status; an identity card's specimen; a committee's
    # mailbox; a club's account said to be the company's.
    "In Pride and Prejudice, Mr Collins proposes to Elizabeth and is refused.",
    "Receipt from Tim Ho Wan, 2-8 Kwong Wa St, Mong Kok: 2 pax, total HK$286",
    "Receipt OCR failed: blurry image, please retake.",
    "Alt text: specimen of the Hong Kong identity card with the sample holder name CHAN, Tai Man.",
    "Tom Nook's shop menu lists prices in bells.",
    "Contact the committee at appeals@jb-juniorcup.my, not individual officials.",
    "Club fees: Persatuan Bola Sepak Belia Klang, Maybank 5623 1400 1111 (company account).",
    "Johan Cruyff said playing simple football is the hardest thing.",
    # Round 88 (mix50, en88): Macau's Portuguese streets, squares, restaurants and a charity's
    # line; a trustee body.
    "A Rua do Comendador Ho Yin e o Largo do Senado ficam perto.",
    "Avenida do Dr. Rodrigo Rodrigues fica fechada ao trânsito no domingo.",
    "A Linha Aberta da Cáritas de Macau, 2852 1111, funciona 24 horas por dia.",
    "Restaurante Escada, na Rua da Sé, serve minchi desde 1990.",
    "Ontem fui ao Leal Senado com a minha turma.",
    "My family used Amanah Raya for the estate.",
    # Round 89 (en89): a childcare subsidy's and a register's headings.
    "Additional Subsidy is means-tested for households.",
    "Attendance Oct 2025: Infant Care 90.1%.",
    # Round 90 (ms48, mix51, en90): an association's account by its name in capitals; Brunei's
    # country, buildings; a clinic's booking site; a famous address of fiction; a clinic's
    # line for WhatsApp bookings.
    "Bayaran ke akaun Maybank atas nama PERSATUAN PENDUDUK TAMAN SERI INTAN, No. Akaun 5141 2233 9988.",
    "Permanent departure from Brunei Darussalam allows withdrawal.",
    "Kedai Runcit Haji Salleh, Unit 4, Bangunan Haji Tahir, Jalan Gadong.",
    "Book your check-up at bookings.smilebay.sg today.",
    "In Finding Nemo, the dentist is P. Sherman, 42 Wallaby Way, Sydney.",
    "Smile Studio, 391 Orchard Road #12-04. Tel: +65 6733 1111, WhatsApp bookings only.",
    # Round 91 (evade42, en91): a validator's fixture; an image at a screen density; a
    # restaurant chain.
    'ERROR validator: fixture "+65 6123 1111" rejected as expected',
    "GET /img/banner-tiger-balm@3x.png 200",
    "KL team can order Kenny Rogers Roasters for lunch.",
    # Round 92 (mix52, zh92): an undertaker named after its founder; a reminder's template
    # slots around the business's line.
    "Tan Ah Huat Undertaker — 24-hr hotline 1800 222 3333.",
    "Hi {first_name}, your session with {therapist} is at {time}. Call 6251 1111 to reschedule.",
    # Round 93 (evade43, en93): a slice is no IPv6 address; a concert venue's address; a
    # philanthropist.
    "Slicing: 'abcdef'[1::2] -> 'bdf'.",
    "Recital at The Arts House Chamber, 1 Old Parliament Lane, Singapore.",
    "Dr Yong Loo Lin gave the medical school its endowment.",
    # Round 94 (en94): a tailor's shop named after its owner.
    "Madam Tan's Alteration at Peninsula Plaza is slow but good.",
    # Session 21 (mix52): a dialect by its place is no person.
    "My grandmother speaks Anxi Hokkien at home.",
    # Rounds 95-96 (en95, en96, evade44, zh95, zh96, chat49): a claim's number whose HKID
    # check held by chance; a maker's first of its kind; a field's founder ("father of");
    # the "id" of "idea" is no cue; a body's premises after "located at" or a dash; a story's
    # character; a pattern's masked example.
    "Warranty claim XY-25-00410 approved: lens coating defect, no charge.",
    "Tomas Halik made the first soft contact lens for horses in 1968.",
    "Sergio Arroyo, often called the father of Andean cinema, filmed in Lima from the late 1950s.",
    "Ansel Adams's idea of the zone system still shapes how we expose landscapes.",
    "The screening unit is located at Health Promotion Board, 3 Second Hospital Avenue, "
    "Singapore 168937.",
    "Small Claims Bureau – 1 Havelock Square, Singapore 059724. Hotline 1800 123 4567.",
    "In Charlie and the Chocolate Factory, Grandpa Joe finally gets out of bed.",
    "Column ic_masked must follow the pattern S****567D in every export.",
    # Rounds 97-98 (en97, zh98, evade45, en98): a figure of the past by gazetteer and by a
    # date of the past ("April 1912"); a group's plural owns no private matter ("the Women's
    # Charter"); malware and a network are no persons; a threat report's addresses.
    "Elisabeth Kübler-Ross wrote On Death and Dying after interviewing dying patients in Chicago.",
    "Radio officer Harold Bride kept sending SOS on the night of 14-15 April 1912.",
    "Under the Women's Charter, maintenance can be claimed after a divorce.",
    "Campaign notes: family RedLine Stealer, first seen 2024-11-02, spread via cracked games.",
    "Lobby Wi-Fi today: Alpha-Bravo-Seven-Two, changes at midnight.",
    "IOCs: 185.220.100.12 (C2) and 91.92.241.7, block both at the firewall.",
    # (a homestay and a chalet named after their hosts; a slot named by whose value it holds)
    "Terima kasih Homestay Mak Yah, sarapan nasi lemak sedap sangat!",
    "Chalet Pak Abu Tepi Bendang, Sekinchan: view sawah padi, free wifi, parking 4 kereta.",
    "IN THE HIGH COURT BANKRUPTCY PROCEEDINGS NO. ____ OF 20__ Re: [Debtor's name in English "
    "and Chinese] (HKID No. [        ])",
    # Rounds 99-100 (en99, chat51, evade46): an app's instruction (Toggle); a sworn
    # statement's title; a shop's own line.
    "Car won't start? Toggle Bluetooth off and on, then retry. Error BLE-410.",
    "Affidavit: I, ........................, (NRIC No. ............) make oath and say:",
    "Auntie May's Bakehouse, order online only, 📞 6218 4411 (shop line, Mon–Sat)",
    # Rounds 101-102 (en102, ms54): brands named after people.
    "Mr Muscle works on the hob, steel wool does not.",
    "Syampu Paul Mitchell 300ml RM89, stok baru sampai.",
    # Rounds 103-104 (en103, en104, ms55): a pawnshop, a brand by its mark (Cap), a
    # training mannequin, a swimmer in the gazetteer.
    "Kim Seng Pawnshop - 2 outlets, open daily 10am-8pm.",
    "Promosi: sebotol kicap Cap Kipas Udang percuma untuk 10 cop.",
    "Ang Peng Siong became head coach of the national swimming team.",
    "Use the Resusci Anne mannequin for CPR practice.",
    # Rounds 105-106 (en105, en106, ms56, chat54): a public line's second number after a
    # note in brackets; an abbreviation's expansion, a document by its version, a setting's
    # CamelCase name, a quotation's source; a historical figure's wife (and a ring on a
    # hand); Malay alms and toll-free words; a caliph; a line during office hours.
    "Bookings: call our hotline 6333 1020 (Mon-Fri) or WhatsApp 8111 1020 - no walk-ins please.",
    "IT support hotline: +65 6100 2000 (SG) / +603-2100 2000 (MY), weekdays 9am-6pm.",
    "In the old ward codes, 'KK' stands for Kandang Kerbau, the area's old name.",
    "Files are kept for 7 years under the Records Retention Schedule v4.1.",
    "Set RewriteEngine On and AllowEncodedSlashes NoDecode in the vhost.",
    "Quote of the week, from Kent Beck: 'Make it work, make it right, make it fast.'",
    "Carl Benz drove the first car in 1886; his wife Bertha Benz later made the first long trip with her ring on.",
    "Talian Bebas Tol Zakat: 1-800-88-1234 (Isnin–Jumaat).",
    "Resit: Jenis: Zakat Fitrah | Bil. jiwa: 4 | Jumlah: RM28.00",
    "Ref-1: No. Pembayar Zakat anda.",
    "Jangan kongsi TAC. Laporkan kepada talian 03-5514 2200.",
    "Khalifah Umar bin Khattab terkenal kerana pada zamannya keadilan ditegakkan.",
    "The Legal Aid Bureau runs free clinics; call 6536 1234 during office hours to book.",
    # Rounds 107-108 (en107, en108, mix60, chat55, evade50): a brand's date of the past;
    # a township's Raya; a school by its girls; a drive's Dr after its name; an example's
    # stand-in surname; a free line; cartoon characters and a laureate in the gazetteer;
    # a log's first key after "line:".
    "The Eu Yan Sang brand dates back to 1879, when Eu Kong opened a small medicine shop in Perak.",
    "Airbnb · Superhost · Entire home · Melaka Raya",
    "Serangoon MRT is the pickup point for the Hwa Chong and Nanyang Girls' shuttle.",
    "Bus drop at Stevens Dr for the Botanic Gardens walk.",
    "Example only: Mr Lim / S1234567D / 01-01-1980 - replace with the real details.",
    "Childline: call 0800 1111 for free, any time.",
    "Draft a note from Homer Simpson to Ned Flanders apologising for the fence.",
    "Malala Yousafzai spoke at the UN in 2013 about girls' education.",
    'Sample log line: level=debug msg="cache warm" took_ms=12',
    # Rounds 109-110 (en110, ms58, zh109, chat56, evade51): a terminal's premises before
    # its address; an account's domain after "akaun"; a building, a port and a stand-in
    # name after its title; a factory's call is no mailbox.
    "HarbourFront Ferry Terminal, 1 Maritime Square, Singapore 099253.",
    "Kemas kini: isu log masuk akaun @moe-dl.edu.my telah dibaiki.",
    "Clear immigration at Bangunan Sultan Abu Bakar, then take the ferry from Stulang Laut.",
    'Training deck sample: "Ms Jane Citizen, 2 Example Road" - a placeholder.',
    'email = factory.LazyAttribute(lambda o: f"{o.username}@example.com")',
    # Rounds 111-112 (mix62, ms59, evade52): a studio's name by its trade; a nursery named
    # after its founder; a transcript's unnamed speaker; a redaction tool's mask; (guard) a
    # block's letter alone is its hundred homes'.
    "Studio Jason Tan Photography is booked for 7pm.",
    "Taska Permata Keluarga Hajah Aminah, Kompleks Pejabat Kerajaan — untuk anak kakitangan sahaja.",
    "[00:12:10] Unknown Speaker: can everyone hear me?",
    "tool.py --mask '[REDACTED]' --input logs/",
    "Notis kepada penduduk Blok B PPR Kerinchi: pemotongan air esok.",
    # Rounds 113-114 (mix63, en114, evade53): a course and a highway as no names; a singer
    # and the WHO's head in the gazetteer.
    "Defaulters must attend 20 sessions of Remedial Training (RT) within 12 months.",
    "Pick-up: Nicoll Highway, outside the mall, 6pm sharp.",
    "Bruno Mars adds a third Kuala Lumpur date after the first show sold out.",
    '"Dr Tedros Adhanom Ghebreyesus","Director-General, WHO","Opening address"',
    # Rounds 115-116 (guard): an English compound is no Korean given name.
    "Hong Kong-based studio seeks a part-time designer.",
    # Rounds 117-118 (en117, en118, evade55, mix65): ringgit written with a space as no
    # Perlis plate; a duty or booking line; a car's model alone; a typeface; organisations' mailboxes under their display names, distribution lists and
    # list addresses; an invitation's Malay words.
    "Quotation Q-2231: clutch kit and flywheel for Perodua Bezza, RM 1450 inclusive of labour.",
    "Drivers: call the duty line 6388 2417 if the depot gate is locked.",
    "Tan Auto Pte Ltd | Tel 6748 1120 | WhatsApp bookings 8233 5190",
    "boss, Axia rear bumper stock finish already, tomorrow I order?",
    'git commit -m "fix: 結業證書 PDF 中文字型改用 Noto Sans TC"',
    "From: Kelab Rekreasi Warga Kerja <krwk@mdbk.com.my> | Subject: Hari Keluarga 2027",
    "From: Ops Centre Admin <admin-kl@shipco.com.sg> | To: kl-all@shipco.com.sg",
    "To: all-staff-sg@contoso-apac.com | Subject: Year-end shutdown from 24 Dec",
    "List-Unsubscribe: <mailto:members-leave@lists.sgsoc.org>",
    "Reply-To: <mail-parser@noreply.github.com>",
    "Fwd: Jemputan Majlis Makan Malam Tahunan 2027 — RSVP by 10 Jan",
    # Rounds 119-120 (evade56, mix66, ms63, chat61, en119): meeting services' dial-in
    # bridges, room-system addresses, a chat's mention of everyone (a guard), a facility's part by
    # its letter, a court and a meeting link in Malay, rackets by brand, badminton players
    # and James Herriot in the gazetteers.
    "One tap mobile | +6531294455,,84412093375#,,,,*552901# Singapore",
    "Or dial: (SG) +65 6601 7732 PIN: 519 204 881#",
    "Join by phone +65-6622-4019 Singapore toll | Meeting number: 2514 839 0027",
    "Join by SIP: 84412093375@zoomcrc.com | Join by H.323: 103.122.166.55 (Singapore) | 209.9.211.110 (Hong Kong)",
    "@everyone your attention: hall B closes at 9pm tonight.",
    "Carpark B at Bedok Sports Centre is usually full on Sunday mornings; please come by bus.",
    "Pautan Zoom: https://us02web.zoom.us/j/81234509876 | Kod Laluan: 552901",
    "User: boss cakap I kena buang, can I go Mahkamah Perusahaan? Assistant: File a representation at the JPPM within 60 days.",
    "Yonex Astrox 99 Pro vs Li-Ning Axforce 90 — which suits a smash player?",
    "Tang Chun Man and Tse Ying Suet won the mixed doubles bronze in Tokyo.",
    "Our clinic's bookshelf has James Herriot's It Shouldn't Happen to a Vet; please return it after reading.",
    # Rounds 119-120 (guards of the handle rules): a stack frame's 'handle', a thesis's handle
    # URL, a tutorial's stand-in handle, a brand's verified handle.
    "Traceback (most recent call last): File \"/srv/app.py\", line 41, in handle: KeyError: 'order_id'",
    "Thesis (PhD), NTU, 2020. Handle: hdl.handle.net/10356/140012.",
    "Contoh handle @user_0001 dan e-mel contoh@example.com untuk tutorial sahaja.",
    "Beware of fake accounts: our only verified handle is @brightsmile.sg",
    # Rounds 121-122 (ms64, chat62, evade57): a corporate desk's
    # mailbox, a scanner's sender, a business leader in the gazetteer.
    "Pakej korporat: hubungi corporate@kuatgym.com.my untuk sebut harga.",
    "Scan properties | Device: Ricoh IM C3000 | Sender: scanner@ricoh-2f.local | 300 dpi",
    "User: Can you explain Jack Welch's vitality curve? Assistant: Welch sorted GE employees into three groups.",
    # Rounds 123-124 (en123, zh123, ms65, mix68, en124, chat63, zh124): an abbreviation in
    # capitals after a platform's label, a version after a system's name, an act's letters
    # and year after its section, a studio's front desk and a counter's hours in Malay,
    # runners, IVF pioneers, a founder's wife, a running brand and a temple's deities in the
    # gazetteers.
    "Rules for the club Telegram: WTB/WTS posts at face value only, no ID photos.",
    "Tested on HarmonyOS 4.2.0.176 and iOS 18.1.1 (22B91).",
    "Notis di bawah Seksyen 115 APJ 1987 dihantar kepada pemilik berdaftar; pemilik perlu menamakan pemandu.",
    "Bookings: WhatsApp our front desk at +65 6334 2190 or email hello@inkwellstudio.sg",
    "Hubungi kaunter kami di 03-7722 5140 (Isnin hingga Jumaat, 10 pagi hingga 6 petang).",
    "Roger Bannister broke the four-minute mile at Oxford in 1954.",
    "Louise Brown, the first IVF baby, was born in Oldham in 1978.",
    "User: how did Lee Kuan Yew describe meeting Kwa Geok Choo at Raffles College? Assistant: In his memoirs he recalls her as the student who beat him in English.",
    "ASICS Gel-Kayano 31, US 10, RRP S$239 at the race expo.",
    "Registering for an tai sui protects those who clash with this year's Tai Sui.",
    # Rounds 125-126 (en126, mix69, en125, evade59): a parish's and a pool's courses, a
    # chat's admin, pest-control products, a central banker and divers in the gazetteers.
    "Infant Baptism is on the first Sunday of each month; parents attend the talk first.",
    "Bronze Medallion course: Day 1 theory and CPR, Day 2 rescue tows.",
    "Admin here: no selling and no forwarding of other parents' numbers please.",
    "Ant trails near the pantry; Maxforce Quantum placed at 8 points.",
    "Daily brief: Fed Chair Jerome Powell kept rates on hold.",
    # Rounds 127-128: a shop in capitals after an honorific is no person (guard).
    "Got the storage boxes at Mr DIY, cheaper than Daiso.",
    # (en128, ms67) a meeting room's system, an identity card's Malay name, a loan shark
    # in slang, a helpline in Malay, a question about one's own name.
    "Level 5, Town Hall: 2 lapel mics, clicker, Zoom Room. Ref BK-20931.",
    "Ralat: No. Kad Pengenalan mesti 12 digit.",
    "Jangan sekali-kali pinjam daripada Ah Long untuk bayar hutang kad kredit.",
    "Talian bantuan AADK 1800-8-222-222 dibuka 24 jam.",
    "Adakah nama saya akan dipaparkan dalam senarai awam?",
    # (en127, zh128, chat65) crypto figures and a pioneer of dentistry with an accented name.
    "Do Kwon was extradited over the collapse of TerraUSD.",
    "Per-Ingvar Brånemark is remembered as the father of modern dental implants.",
    # (evade60) an interface's documentation with placeholders for every field.
    'API: {"name":"<姓名>","id_no":"<18位身份证号>","phone":"<手机号>"} returns 0 on a match',
    # Rounds 129-130 (en129, en130, zh129, mix71, ms68): a vaccine by its letter, an SMS
    # keyword, a mountain hut, an ensemble's auditions mailbox, a national sportswoman in
    # Malay and the Games, an aftercare body.
    "Hep B vaccination must be complete before your first dialysis session.",
    "Your slot is confirmed for Sat 10am. Reply CANCEL to free it up.",
    "Day two: Jiaming Cabin to the lake and back; bring microspikes.",
    "Send your audition video to auditions@harmonia-choir.org.sg by 30 Jan.",
    "Nur Izzati, pemain golf profesional negara, layak ke Sukan Olimpik.",
    "The Yellow Ribbon job fair list will be shared next week.",
    # ... and a famous figure's appointment to an office is no booking (guard: the possessive
    # read into a name once held it).
    "An earlier version of this profile gave the wrong year for Yusof Ishak's appointment as Yang di-Pertuan Negara; it was 1959.",
    # Rounds 131-134 (mix72, evade62, en132, ms70): an HKID read out of a dashed code, a
    # version attribute's dotted number, a welfare unit and a religious school's society in
    # Malay, famous achievers.
    "Quarterly royalties: cue sheet ref CS-Q1-26-0045 submitted on 15 April.",
    '<tool creationtoolversion="17.0.2.15" datatype="xml"/>',
    "Patients may ask the Unit Kerja Sosial Perubatan for help with non-formulary drugs.",
    "Bayaran ke akaun atas nama Pertubuhan Maahad Tahfiz Darul Falah.",
    "Evelyn Glennie performs barefoot to feel the vibrations of the instruments.",
    # ... and a tag's hex dump that spells no one (guard), a folk character in a story
    # (guard).
    "NDEF record hex: 53 65 65 20 77 77 77 2e 65 78 61 6d 70 6c 65 2e 63 6f 6d",
    "Pak Pandir dalam cerita jenaka Melayu selalu tersilap faham arahan isterinya.",
    # a payment voucher's or a case's number whose check character holds by chance
    "Baucar bayaran BV-26-00417 diluluskan oleh bendahari pada 3 Dis.",
    # a company's corporate line, said as its own (talian korporat kami)
    "Untuk tempahan korporat, sila hubungi talian korporat kami di 03-2141 8820 pada waktu pejabat.",
    # Thai and Indonesian border towns are no one's name
    "Took the bus from JB to Hat Yai, then a van to Songkhla for the weekend.",
    # (guard) a novel's characters in a sentence telling its plot
    "Tan Twan Eng's novel The Garden of Evening Mists follows Teoh Yun Ling as she returns to the Cameron Highlands.",
    # Taiwan's politicians of today
    "Hou Yu-ih and Ko Wen-je both courted young voters in the 2024 campaign.",
    # Malay forms' and pivot tables' common nouns, capitalised as labels
    "Resit Rasmi No. 00412 — Yuran Kursus Jahitan RM45 (tunai).",
    "Jadual pangsi: Julat Gaji | Bil. Pekerja | Caruman Majikan (RM)",
    # a priced listing's product name opening it
    "Sympathy Wreath Stand (Standard, 5 ft): chrysanthemums and lilies, same-day to Mandai – $160",
    "Newborn Gift Set 'Little Star': romper, booties and a plush toy – $98",
    # a trim and model year given twice (and, as a guard, a luxury make's model and its chassis code)
    "2016 Mercedes-Benz E250 (W212) | 88,000 km | asking S$ 55k",
    "2019 Axia 1.0 SE, one owner. Axia SE 2019 still under warranty, price nego.",
    # a body's line named in brackets or a link's text right after it
    "tel:18008889900  (toll-free customer line, Mon-Fri 9am-6pm)",
    "请将回执传真至 010-6523 8800（人事部），谢谢配合。",
    "Call the company WhatsApp line 9877 1200 for bookings; no walk-ins.",
    # famous figures of medicine, psychology and design
    "Every 14 June marks the birthday of Karl Landsteiner, so blood banks hold drives.",
    "Pereka fesyen Bernard Chandran pernah mereka busana untuk kerabat diraja.",
    # (guard) a brand in lower case in brackets
    "we bought the oyster sauce (lee kum kee, 510g) and the soy sauce at giant",
    # (guard) an epithet still clears a ruler
    "Alexander the Great conquered Persia.",
    # Round 151-152: an outlet table (its header names outlets and opening hours), a campus
    # building's room, a team's shared mailbox, a campus guard post and a fare class,
    # a civil service scheme in Malay, a card specimen's field labels, the stock cast of
    # Singapore jokes.
    "branches.csv: branch_code,name,address,postal_code,phone,opening_hours / BR03,Sunny Wash Tampines,Blk 201 Tampines St 21 #01-1130,520201,6783 4410,09:00-20:00",
    "Group meeting is on Fridays at 10 am in Room 305, Science Building II; bring your slides on a thumb drive.",
    "Data requests: asr-corpus-data@speechlab.org (shared mailbox, answered within a week).",
    "Useful numbers: Foreigner Hotline 0800-024-111 (24h), Campus Security +886-3-571-9119, Emergency 119/110.",
    "Economy Lite fares are non-refundable but taxes can be claimed back within a year.",
    "Jawatan Pegawai Tadbir dan Diplomatik Gred M9 dibuka melalui portal SPA sehingga 15 Februari 2027.",
    '{"image_id": 77, "doc_type": "mykad_specimen", "ocr": ["MyKad", "NAMA", "ALAMAT"], "note": "blank specimen, no holder data"}',
    "The comedy sketch has Ah Beng, Ah Lian and Ah Seng arguing over a kopitiam table.",
    # Round 153-154: toy brands and anime films (Tamiya, Funko, Gundam, Spirited Away, My
    # Neighbor Totoro), a manga card's rarity, a lottery draw, a seat category after a name
    # is no pet, pinyin never doubles a vowel (fan meeting), a convention's safety line, a
    # club form's stamp and jersey colours, famous hackers, an OpenVPN log's [AF_INET], a
    # certificate serial, a change reference that looks like a MyKad.
    "Tamiya Mini 4WD Mach Frame kit (item 18711), boxed, $29.90.",
    "Funko Pop! Batman #01 with corner crease $18; Funko Pop! Mandalorian #345 mint $22.",
    "Weekend screening: Spirited Away at 2pm, My Neighbor Totoro at 4pm, free for members.",
    "WTS: Dragon Ball Super Card Game SS Goku Manga Rare, PSA 10, $880 nego.",
    "Punters queued at a Bedok outlet called the lucky shop ahead of the $10 million Hong Bao draw.",
    "我们一起去 fan meeting 吧，seats 都是 Cat 1 Sec 101，price ok 吗",
    "If you feel unsafe, call the festival safety line at +65 6338 1234 anytime.",
    "Borang Pendaftaran Pemain: Nama Kelab: ______ | Warna Jersi Utama: ______ | Cop Kelab",
    "Kevin Mitnick was once the most wanted hacker in America before he turned to consulting.",
    "Apr 02 03:14:07 vpn02 ovpn-server[2210]: 198.51.100.7:1194 TLS: Initial packet from [AF_INET]198.51.100.7:1194",
    "cert renewed: CN=mail.example.org, serial=7C:1D:09:AA:3E:55:B0:42, notAfter=2027-01-31",
    "Rujukan tiket CHG-250301-14-0913 diluluskan untuk pelayan e-Cuti.",
    # Round 155-156: an invoice's seller element and a supplier's or a branch's address by
    # its label, a company by its Malay word before a landline, a group policy by its
    # number, accounts and operations mailboxes, a famous name after an article (The Bruce
    # Lee room), awards, films and stalls in the organisation list.
    "<Seller><Identifier>28451177</Identifier><Name>台灣精工股份有限公司</Name><Address>新北市五股區五權路 18 號</Address></Seller>",
    "Alamat pembekal: Lot 21, Jalan Kuchai Lama, 58200 Kuala Lumpur; cawangan selatan: No. 5, Jalan Dato Sulaiman, 81100 Johor Bahru",
    "Aircond kat dewan rosak, call Syarikat Servis Aircond Maju Jaya 03-8922 4410 minta datang hari ni.",
    "All tickets include group personal accident cover under policy no. PA-GRP-66120934; claim forms at the counter.",
    "Sila emelkan resit ke akaun@mawarkatering.com.my selepas pindahan, terima kasih.",
    "The Bruce Lee room at our Central branch is inspired by Enter the Dragon; find the real exit.",
    "User: we got Bib Gourmand in 2021 but lost it, can we still mention it in our ads?",
    # Round 157-158: a customer-care mailbox, a car park's code, a shop's WhatsApp in Malay,
    # a mall's floor, a brand in Chinese text, a masking rule's config, a shop's own
    # Instagram in Malay, scooter models, hiking places and Everest summiteers, a FHIR
    # Organization's telecom, a FHIR element's path after an implementation guide.
    "This car park is run by Parkir Jaya Management Sdn Bhd. Helpline 1-300-88-5521 / customer.care@parkirjaya.com.my",
    "Carpark Code: HG41 | Type: Multi-storey | Night parking: Yes | Free parking: Sun & PH",
    "Tempahan boleh dibuat melalui WhatsApp kedai di 03-4021 6610 atau datang terus ke kedai.",
    "Lot F-12, Tingkat Bawah, Sungei Wang Plaza | Tel kedai: 03-2145 6610",
    "Keeta 於2024年在香港推出外賣服務，首批覆蓋旺角。",
    'pii_mask 規則：phone -> "09xx-xxx-xxx"，name -> "陳**"',
    "Follow kami di Instagram @kedaibaikitelefon untuk promo mingguan.",
    "平台認可車型清單（2026 版）：Gogoro VIVA、SYM JET SL 125、YAMAHA NMAX 155。",
    "Broga Hill sunrise hike: meet 5am at the car park, headlamp is a must.",
    "M. Magendran and N. Mohandas were the first Malaysians on the summit of Everest.",
    '{"resourceType":"Organization","id":"hkl","name":"Hospital Kuala Lumpur","telecom":[{"system":"phone","value":"03-2615 5555","use":"work"}],"address":[{"city":"Kuala Lumpur","country":"MY"}]}',
    "TW Core IG：Patient.identifier 的 system 請使用內政部的 URI。",
    # Rounds 159-162: a string resource's service line, a form's party in Malay, a crash log's
    # fields, games, book fairs and famous players, actors and characters, a contest's prize
    # is no public prize, a store table's rows, an order reference after the agent's PP.
    '<string name="support_hotline">1800-222-0000</string> <string name="support_hours">Mon-Fri</string>',
    "Borang Tempahan: Nama Pihak Penganjur / Jenis Majlis / Tarikh & Masa / Bilangan Penari",
    "Hardware Model: iPhone14,2 | Exception Type: EXC_CRASH (SIGABRT) | Last Exception Backtrace: 0 libobjc",
    "The regional Mobile Legends qualifiers at Sunway Pyramid drew 6,000 fans over two days, organisers said.",
    "Big Bad Wolf Book Sale opens at MITEC this Friday, bring your own bags.",
    "Yeo Yann Yann won Best Supporting Actress at the Golden Horse Awards.",
    "INSERT INTO stores VALUES(12,'Luckin (Jing An)','上海市静安区南京西路1266号','021-6288-1100','07:00-22:00');",
    "D/OrderApp( 2231): Pesanan #PP-25110917 diterima, jumlah RM18.90",
    # A trade's name after the honorific is the shop's line, not a person's.
    "Order roast duck from Ah Kow Seafood 6294 1183 before noon, they close early.",
    # A make's model code glued to its digits (no plate), a make and model (no person).
    "Fleet list: Van A Nissan NV350 (tools), Van B Toyota Hiace (stock), both due servicing.",
    "For a studio move is the Daihatsu Gran Max enough or do we need the Isuzu Elf?",
    # A product's batch code by its label (no MyKad).
    "Kod kelompok pada botol sos yang ditarik balik: 251014-07-0312 (kilang Shah Alam).",
    # An association's line; a software connector; a shop's shelf in Malay.
    "Complaints about errant renovators can go to the Renovation Association of Singapore at 6284 1192.",
    "Kafka Connect worker restarted after the sink task failed twice overnight.",
    "CAM02 (Rak Minuman) motion detected 03:12, stock count ok",
    # A famous figure's historic house; a famous pianist with a hyphenated given name.
    "Did Charles Dickens really live at 48 Doughty Street? It is a museum now.",
    "Seong-Jin Cho's Chopin album is on the listening list for the Grade 7 class.",
    # A system's event id (no MyKad); a Singapore estate (no person); a business's move.
    "Event ID 250611-08-1123 | Door held open | Level 3 cage, alarm cleared by ops",
    "Spare PSU collected from Tuas depot, RMA closed Friday.",
    "We have moved! Our new outlet: 8 Ubi Road 2, #05-18, Singapore 408538. Same hotline, same team, see you there customers!",
    # A battery's code written in full elsewhere, a tyre's size (no plates).
    "For an Axia, is NS40ZL enough? Workshop says NS40 is fine for city driving.",
    "Spare for the Saga is T115/70R15, tell customer it is temporary only.",
    # A canteen's line, a business line in Malay, a numbered line (no LINE id).
    "The staff canteen line 6872 4410 takes lunch orders until 11am.",
    "Hubungi talian perniagaan kami 03-7781 2290 untuk sebut harga tayar.",
    "The 1-300 line is toll-free for all policyholders.",
    # Form and log words the model reads as names.
    "Sijil Waranti Bateri No. ______ Tarikh pasang: ______",
    "Ledger Jan 2027: tyres RM112,400, batteries RM40,210.",
    "First Aid Badge: the Scout must show how to treat a sprain and call 999.",
    "Header Authorization is stripped before the span is exported.",
    "Scrub IP addresses before the event leaves the SDK.",
    # A famous figure's car; a street's namesake.
    "Mr Bean's Mini wore the plate SLW 287R in the series, a real British format.",
    "Tan Tock Seng Hospital 个名字来自 Tan Tock Seng，一位十九世纪的慈善家。",
    # A lorry's or pickup's rates (no plate); a farm machine's model; a cloud account id.
    "Sewa lori 3 tan RM350 sehari, pikap RM180 termasuk pemandu.",
    "Order approved: Kubota M9540 fuel filter, Yanmar EF494 belt.",
    "Log masuk konsol AWS akaun 739204185562 melalui SSO.",
    # A CI run's id (no mobile); an attraction's mailbox and rides; a support desk's line;
    # an institution's own line.
    "Run ID 13698812045 · attempt 1 · workflow release.yml",
    "Email guestcare@adventurecove.example.sg or call our Guest Care hotline 6577 8899.",
    "Ride status: Wave Pool closed, Mini Drop open, Log Flume under maintenance.",
    'value = "Acme Cloud Support, +65 6123 9900, support@acme.example"',
    "本館電話：(04) 2255-8812，參觀請先預約。",
    "Aduan boleh dibuat melalui talian 03-8888 1234 atau emel.",
    # Form and system words the model reads as names.
    "Eligible Singaporeans get the Enhanced Subsidy for approved courses.",
    "Dear Learner, your assessment result is now available.",
    "Warga Emas RM60, Dewasa RM95.",
    "Standings: Tanglin Lawn TC 14 pts, Pasir Ris TC 9 pts.",
    "Export from Kibana Lens as CSV please.",
    # Famous cooks, players and fictional characters.
    "Mary Berry's Victoria sponge is a classic for beginners.",
    "Garry Kasparov lost to Deep Blue in 1997.",
    "Lee Sedol retired from professional Go in 2019.",
    # Random bytes in hex stay a hash or a key; an ELF header's dump spells no text.
    "sha256=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 ok",
    "xxd fw.bin: 00000000  7f 45 4c 46 02 01 01 00  00 00 00 00 00 00 00 00  |.ELF............|",
    # A Taiwan business's unified number; a lost-and-found mailbox; a shopping complex.
    "小鹿工作室，統一編號 90416280，客服電話 02-2765-3148。",
    "Lost items: email lostfound@harbourfront.example.hk (office hours only)",
    "Zamzam Trading, Lot G-2, Kotaraya Complex, Jalan Cheng Lock, 50000 Kuala Lumpur",
    # A famous judge.
    "Lord Denning's judgment in Thornton v Shoe Lane Parking is still quoted on small print.",
    # A stall's address in a job advert; a permits mailbox; a programme mailbox; a town's
    # upper part; a newspaper's box number; ads; a magazine.
    "Walk-in interview daily 10am-4pm at our stall, Blk 85 Bedok North St 4 #01-51.",
    "Permit enquiries: permits@outdoor-media.example.sg, files over 25 MB by link.",
    "Apply by e-mail to program@library.example.my before 30 April.",
    "Piano lessons at Melodia Studio, Upper Serangoon, weekends only.",
    "Reply to Classifieds Box No. T5512 with your rates.",
    "Spark Ads codes expire after 365 days.",
    "Majalah Dewan Sastera Bil. 5 diterima melalui langganan.",
    # Session 28 guards: a famous figure's birth date; an allergy said of patients in general.
    "Albert Einstein, date of birth 14 March 1879, was a theoretical physicist.",
    "Alexander Fleming discovered penicillin in 1928; some patients are allergic to it.",
    # Session 28: organisations' mailboxes (a venue's, a franchise desk's, staff welfare, Malay
    # sales and academic offices, pinyin finance and purchasing, accounts payable, an archive
    # copy, a tech desk, a region's claims desk), a bounce address with the recipient coded in,
    # a calendar's room, a DKIM identity's domain, a calendar event's UID.
    "Venue enquiries: venues@marinabayarena.com.sg",
    "Franchise enquiries: franchise@cleanspin.com.my",
    "Questions about the family day go to welfare@harbourtech.com.tw",
    "Pesanan pukal: jualan@kedaikainaina.my",
    "Delivery has failed to these recipients: finance-ap@tidemark.com.sg",
    "退信：caiwu@xinhai-trade.cn 地址不存在",
    "Delivered-To: noreply-archive@printhub.co",
    "Address not found: tech-support@mallasia.cn",
    "Northern region claims: claims.north@insurco.com.my",
    "spf=pass (domain of bounces+88213-a1@em.shopnow.com.my designates 167.89.44.12 as permitted sender)",
    "ORGANIZER;CN=Facilities:mailto:c_99ab12cd34ef@resource.calendar.google.com",
    "Authentication-Results: dkim=pass header.i=@shopnow.com.my header.s=s1",
    "BEGIN:VEVENT | UID:20250301T090000Z-8812@events.cityhall.sg | SUMMARY:Town hall | END:VEVENT",
    # Session 28: a batch code before a MyKad's shape; a van's chassis code before its engine
    # size; Kuala Lumpur's Middle Ring Road.
    "Weighed copper scrap, batch 250611-08-0033, 14 kg.",
    "Fleet: Toyota Hilux GUN125, 2.4D, serviced at 60,000 km.",
    "Jammed on MRR2 again this morning, avoid Cheras.",
    # Session 28: the English model's organisations and things (a marina, a crew grade, a
    # meeting, a language's variety), a theme named after somebody, deities and scholars,
    # an athlete, a regulator, Vietnamese heroes and streets.
    "Day Skipper course departs Raffles Marina; prerequisite Competent Crew.",
    "Book the Zoom Meeting for Friday.",
    "Subtitles in Simplified Chinese and Traditional Chinese.",
    "Taylor Swift-themed wedding packages from $3,800.",
    "Syarah kitab Ihya karangan Imam Al-Ghazali setiap Ahad.",
    "Tua Pek Kong festival dinner RM1,288 per table.",
    "Frances Oldham Kelsey kept thalidomide off the US market.",
    "Max Maeder won Singapore's first Olympic sailing medal.",
    "Stalls on Lê Lợi street open at 6.",
    "Võ Nguyên Giáp led the army at Điện Biên Phủ in 1954.",
    # Session 28: lines of organisations: a counter's with its days (Malay day names), a
    # switchboard's extension, a guard post's, a kindergarten office's.
    "Sila hubungi kaunter di 03-7722 1180 (Isnin–Sabtu, 9 pagi–6 petang).",
    "Dormitory emergency line: +60 3-7955 4000 ext. 15.",
    "Selepas 6 petang sila hubungi pondok pengawal di talian 07-331 2080.",
    "本园办公室电话 0571-8765 4321，工作日 8:00-17:00。",
    # Session 28: fighters, educators, a food critic; a gym's classes.
    "Conor McGregor lost to Khabib Nurmagomedov in 2018.",
    "Friedrich Froebel and Loris Malaguzzi shaped early childhood education.",
    "KF Seetoh started the Makansutra food guide.",
    "Sat 9am: Kickboxing Fundamentals and Boxing Conditioning.",
    # Session 28: a reference's or an account's number grouped otherwise than a MyKad's 6-2-4.
    "Nombor rujukan aduan: 2511-0814-6620, status: Selesai.",
    "Transfers go to the society's current account 711-204518-002.",
    # Session 28: a tour's coach plate; Malay's short cth before an example; an office's
    # number; a pharmacy's refill desk; a chat export's link markup before a role mailbox.
    "集合：台北車站東三門，遊覽車車牌 KBB-3302（大都會客運）",
    'Borang: "Nombor telefon (cth 013-4567890)"',
    "Nombor office 03-6201 7788 tu boleh WhatsApp tak?",
    "Refill requests: refills@greenleafpharmacy.com.my",
    "Send receipts to <mailto:finance-ap@harbourtrading.com|finance-ap@harbourtrading.com>",
    # Session 28: a QA phantom in a DICOM name field; festivals, lottery draws, durian varieties
    # and towns, lottery operators, a ride-hailing company, cyclists and characters.
    "(0010,0010) PN [PHANTOM^ACR CT] / (0008,1030) LO [Monthly QA]",
    "Thai Pongal and Vaisakhi Nagar Kirtan dates are on the notice board.",
    "Toto Draw 4130 results are out.",
    "Mao Shan Wang from Raub $24/kg today.",
    "Da Ma Cai and Magnum 4D outlets close on Chinese New Year.",
    "Didi Chuxing bought Uber China in 2016.",
    "Eddy Merckx won the Tour de France five times.",
    # Session 28: a booking code of an HKID's shape, an ISBN's digits, an enquiry line said so
    # in Chinese, Malay's official line, a two-line note (no LINE id).
    "预约单 BK-0312-027：美甲 60 分钟",
    "ISBN 978-0132350884, 2008 edition",
    "如有疑問請致電 2881 5533 查詢",
    "Talian rasmi pusat: 016-223 8890 (WhatsApp sahaja)",
    "Send a two-line thank-you after the interview.",
    # Session 28: a survey's band, a container loaded, sitcom characters and massage's founders.
    "Responses by Age Band: 18-24 120 | 25-34 340",
    "Loaded TGHU 882011 3 for Port Klang, 20 pallets",
    "Michael Scott runs the Scranton branch of Dunder Mifflin.",
    "Per Henrik Ling founded Swedish gymnastics.",
    # Session 28 guard: a CV template's LinkedIn stand-in.
    "LinkedIn: linkedin.com/in/yourname | Email: yourname@example.com",
    # Session 28: a booking reference of an HKID's shape after ref=; a contract's schedule;
    # yoga's teachers; a placeholder mailbox; a photo's metadata.
    "LATE_CANCEL ref=BK-5521093 penalty=SGD10.00",
    "The Instructor named in Schedule A agrees to teach four classes a week.",
    "B.K.S. Iyengar introduced blocks and straps to yoga.",
    "签名模板：邮箱 name@company.com.cn / 地址：请填写公司地址",
    "Color Space: sRGB | Camera Model Name: ILCE-7M4",
    # Session 29: a clinical note's pt before an order in capitals, not a name.
    "Ward round: pt NIL BY MOUTH, for OT tomorrow",
    "pt SEEN BY MO, plan: repeat FBC",
    # Session 29: a reference's and a notice's number; SIP extensions, feature codes and a
    # call's id; a phone's firmware version in its User-Agent; WeChat's mini-programs; a
    # company's official WhatsApp; a sponsors' mailbox; a committee greeted; products the
    # English model reads as names; a device shared by a family.
    "User: I have a saman with reference 0412 8873 2019, can I still get the discount?",
    "Notice No. 7704 2291 0035 | Offence: Parking without valid coupon | Compound: RM30.00",
    "NOTIFY sip:3050@10.50.4.12:5060 SIP/2.0 | Message-Account: sip:*97@pbx.example.sg | Voice-Message: 2/8",
    'SIP/2.0 486 Busy Here | From: "Front Desk" <sip:1880@pbx.example.com.tw>;tag=9fx | Call-ID: 3848276298220188511@pbx.example.com.tw',
    "Call-ID: 1c7e0a55-3b2f@10.50.1.9 | CSeq: 102 INVITE | User-Agent: Yealink SIP-T54W 96.86.0.70",
    "Salon chains in China increasingly run bookings through WeChat mini-programs rather than phone calls.",
    "Residential hotline 2188 3000, business hotline 3188 6600, official WhatsApp 5180 1000 (company account).",
    "Please send your logo and a 50-word company blurb to sponsors@hacksg.org by 20 Oct.",
    "Dear Organising Committee, thank you for reaching out. Regards, Developer Relations APAC",
    "Mentor office hours today: AWS booth 1-3pm, Google Cloud booth 2-4pm, UX clinic in Room 3.",
    "need someone who knows React Native. reply in this thread if keen",
    "tip: add --platform linux/amd64 to your docker build if deploying to Cloud Run from an M1/M2",
    "220 mx1.example.net ESMTP Postfix | EHLO build-07.ci.example.net | 250-PIPELINING",
    "Booking confirmed: Full Groom (Medium Dog, 10-20kg) on Sat 14 Mar 2026, 11:00am at our Tiong Bahru outlet.",
    "Bluetooth shows Tan-Family-iPad nearby",
    "Telegram chat: hi @sgbankers group, the rates are out",
    "14:20:00.000318 IP 10.70.0.2.41022 > 10.70.0.8.80: Flags [P.] | 0x0000:  4500 0063 0000 4000 4006 0000 0a21 0157   E..c..@.@....!.W | 0x0010:  0a21 000c c03a 1f90 0000 0001 0000 0001   .!...:.......... | 0x0020:  5018 01f6 0000 0000 4745 5420 2f68 6561   P.......GET /hea | 0x0030:  6c74 687a 2048 5454 502f 312e 310a 486f   lthz HTTP/1.1.Ho | 0x0040:  7374 3a20 3130 2e37 302e 302e 380a 5573   st: 10.70.0.8.Us | 0x0050:  6572 2d41 6765 6e74 3a20 4841 5072 6f78   er-Agent: HAProx | 0x0060:  790a 0a                                   y..",
    # Session 29: a channel's Telegram link; a city's airport; a company's official WhatsApp
    # in Malay; a wholesale desk's mailbox.
    "Join our channel t.me/sg_flood_alerts for updates",
    "You will find it at t.me/acme_leave_bot. Use this token to access the HTTP API: <redacted>",
    "Flights to Sofia Airport are delayed",
    "its going to rain lah, bring umbrella",
    "FAQ: Kalau ayam sampai dah tak sejuk, hantar gambar ke WhatsApp rasmi syarikat 011-5102 8830 dalam masa 2 jam.",
    "Store hotline: +86 755 2558 7016 (Shuibei flagship). For corporate orders email b2b@jinfeng-jewelry.cn.",
    # Session 29: Microsoft's MS in capitals; greetings to a group; a product file's name
    # joined by underscores; a counter's WhatsApp.
    "Install MS OFFICE HOME today",
    "@backend-platform please look at the migration before Friday",
    "本專案使用 Next.js 14 與 Tailwind CSS，部署於 Vercel，環境變數請參考 .env.example。",
    "hi all, meeting at 3",
    "下載 產品型錄_2025_繁體版.pdf 即可",
    "Bengkel Jaya Motor Sdn Bhd, Lot 12, 48300 Rawang. Tel pejabat: 03-6028 4411 / WhatsApp kaunter: 011-2890 7745.",
    # Session 29: braille signs with nobody in them.
    "Lift button plate: ⠠⠇⠊⠋⠞ ⠠⠃ ⠠⠇⠑⠧⠑⠇ ⠼⠑",
    "Bus stop pole plate BRF: ,bus #ab to ,jalan ,ampang4 ,next stop3 ,pasar ,seni4",
    "Polyclinic notice BRF: ,clinic hours3 ,mon to ,fri #h4cj;am to #epm4 ,closed on public holidays4",
    # Session 29: a receipt's letter, year and serial of a Taiwan id's shape.
    "Donation receipts R-2026-00318 to R-2026-00472 issued before 30 June have been mailed.",
    # Session 29: a printer's test page and a bar's order (ESC/POS); an English title's 'I Made'.
    "收銀機列印測試頁 1B 40 1C 26 A6 68 C1 C2 B4 66 C5 55 20 C5 77 AA EF A6 41 C1 7B 0A 1C 2E",
    '{"printerId":"KDS-BAR","jobType":"escpos","data":"G0AbRQFCQVIgT1JERVIgIzA0MTkKG0UAMiB4IFRlaCBUYXJpawoxIHggTWlsbyBEaW5vc2F1cgoxIHggTGltZSBKdWljZSAobGVzcyBpY2UpChtkAx1WQgA="}',
    "I Made This Cake myself",
    # Session 29: a seller on a platform before a version, no handle.
    "Shopee seller v2.1 update is out",
    # Session 30: servers' addresses in logs (a destination's field, a proxy's upstream,
    # a service's port); organisations' mailboxes named by what they do in common words;
    # an HKID's shape in a range or a decimal; a DNS name's base32 that is a random id.
    "srcip=10.0.3.7 dstip=52.74.221.9 dstport=443 action=allow app=Grab",
    "1796541300.117 88 10.9.3.7 TCP_MISS/200 1204 GET https://www.example.com.sg/ - HIER_DIRECT/18.140.22.7 text/html",
    "10.20.4.61:50122 -> 13.229.188.59:443 TCP flags .AP.SF",
    "Questions about the relief roster go to ops-relief@shinyfloors.com.sg.",
    "Send the weekly digest to family-updates@sunrisecare.com.sg every Sunday.",
    "Warranty claims: aftersales@brightlens.com.my",
    "JD 2460122.5417 marks the start of the observing run.",
    "准考證號碼 A102-0016 至 A102-0598 的考生在一樓報到。",
    "query[A] d2ffe4h7k3l2m5n6.cloudfront.net from 10.0.0.2",
    # Session 30: a given name in Chinese text with a private matter said in Chinese; a
    # name after a seat's code (not weeks); a given name in capitals with a surname and a
    # private matter in a payment's line.
    "BASIC SALARY TABLE FOR GRACE ROAD BRANCH STAFF, DEC 2026",
    # Session 30: values in markup: a tag's data attribute (kept when the tag goes, base64
    # decoded), troff's escaped hyphens and spaces, LaTeX's thin spaces and inline commands,
    # a Word document's runs; a number to ping somebody at; a firm's HR line in a job
    # advertisement; a message's sender on a platform; a Honda City's plate; dialysis and a
    # death in Malay.
    '<span class="sku" data-payload="eyJza3UiOiJLQi0zMzA3LVdIVCIsIm5hbWUiOiJNZWNoYW5pY2FsIEtleWJvYXJkIEsyIn0=">Keyboard</span>',
    "\\section{Installation} Run \\texttt{pip install foo==2.1} then \\textbf{restart} the service.",
    ".TH PKGSYNC 1 \\- sync packages; see \\fBpkgsync.conf\\fR(5) for the 3\\-2\\-1 backup rule",
    "Cashier vacancy, basic RM1,900 + allowance. Call HR 03-7781 2200 for an interview slot.",
    "门店招聘收银员，底薪 3500 元，请致电人事部 020-8765 4321。",
    "Follow updates on Telegram from @sgtrainalerts for service news.",
    "Rawatan dialisis percuma di pusat komuniti setiap Sabtu.",
    "Upin dan Ipin menjaga Opah yang demam selepas hujan lebat.",
    # Session 30: a report's anonymised parties (顾客甲); a receipt's thanks cut short (多謝惠顧);
    # a version something was upgraded to; colleges' and shops' desks (pendaftaran@, warranty@,
    # preorder@, talian utama kami); a quotation's letter, year and serial; a Hong Kong business
    # registration number; Go and chess players; a former spouse and seizures (sawan) as
    # private matters.
    "Quotation Q-2026-044 for the school trip: snorkelling at Pulau Hantu, S$80 per pupil.",
    "Router rebooted after the firmware upgrade to 7.1.2.8 on all access points.",
    "Hubungi talian utama kami di 07-331 2200 untuk tempahan kumpulan.",
    "Warranty claims go to warranty@gadgetfix.com.my with the job sheet number.",
    "Pendaftaran pelajar baharu: e-mel pendaftaran@kvbatupahat.edu.my sebelum 15 Januari.",
    "Lee Sedol retired in 2019, three years after losing to AlphaGo.",
    # Session 31: English names in what markup hid (a LaTeX footnote); a lift's lobby by its
    # letter; a gallery's wall text; an appositive's everyday role (the Bangladeshi worker); a
    # location history; host names in capitals and a given name alone before a device; a parent's
    # handle on a platform; a heart attack, a fine, a beating, diabetes and high blood pressure in
    # Malay, a disciplinary action; a nickname as a sentence's subject with a private matter.
    "Lift Lobby C, Level 2: the escalator is closed for repairs until Friday.",
    "Gallery 3 wall text: Qi Baishi painted shrimps in ink with a few quick strokes.",
    "Muhammad Yunus, the Bangladeshi economist, founded Grameen Bank.",
    "hostname=DESKTOP-4K7QW2Z lease renewed for 24 hours",
    "hostname=LAPTOP-GUEST-ROOM joined the network at 09:14",
    # Session 31: a miscarriage told as a verb, abuse at home (didera), sleep apnoea, arrears on
    # a loan; a name before a house's number (Jason Loh No. 8); a student's handle on a platform; 老 and a surname or a nickname before a pronoun as
    # a sentence's subject; a miscarriage in Cantonese (小產) and a loan shark (大耳窿); an archer
    # and a cartoon among the figures.
    "The Khairul Anuar Mohamad archery clinic for juniors is open for registration.",
    "Birthday party theme: Paw Patrol, with a cake for 20 kids and balloons.",
    # Session 31: short base64 values under a config's keys (a Kubernetes Secret's data); an
    # OCR page's ALTO words; a request to keep it secret as a personal cue (a namesake of a
    # famous name, a concert); asthma, a theft, a disciplinary inquiry and a late spouse in
    # Malay, a divorce in Cantonese; a handle added to a group or pointed at (she's @...) or
    # saying something (@... 說); 老X after 的; desks named by one word (speakers@, conduct@,
    # teetime@, sewa@), a salon's official WhatsApp; Pilates in Chinese, rose cultivars, a
    # golfer, Singapore playwrights, Chinese chess masters.
    "Submit your abstract to speakers@pyconmy.org before the end of March.",
    "Kami akan WhatsApp dari nombor rasmi kedai 03-7781 2290 bila pesanan siap.",
    "Adam Scott won the Singapore Open twice, and juniors still copy his takeaway.",
    "Order: 5 stems Sarah Bernhardt peony and 3 David Austin garden roses for Friday.",
    "metadata: {name: web-config} data: {log_level: debug, retries: 3}",
    "Please add @devops-oncall to the incident channel before the rollout.",
    # Session 31: digits that spell a number or an NRIC in hex; a handle's owner by a given name
    # and an age; a post before 小X (电工小王); a voyeur's filming, an eviction, a prison term in
    # Chinese (坐过牢); older Malay women's given names (Kalsom); holds: anime characters, a
    # safety desk, a hall's counter, a figure's handwriting (鲁迅先生手书).
    "Sailor Moon and Demon Slayer figures are 20% off this weekend only.",
    "Safety concerns at the event? Email safety@animefest.my and a volunteer will reply.",
    "The Info Counter is beside the main stage on Level 2.",
    "order 20241206021109 shipped from the Tuas warehouse",
    # Session 32: a lost job, a theft at work, a birth, a religious-office arrest as private
    # matters; a kin title by birth order alone (Mak Teh), an honorific and a surname (Mr
    # Goh), a stock Ah name (Ah Lian) with a private matter; Kak Ros given a home next door;
    # 'not a public figure' as a personal cue; a registry export's UTF-16 hex, a value split
    # over numbered keys, a home directory named given.surname, LINE_ID as a config key;
    # desks (quotes@, print@, kursus@, delivery@), a shop's main line in Malay, a timestamp
    # after 'log line', a template's ___ blanks, a blank form's layout under 格式：.
    "Send your STL files to quotes@printbay.com.sg and we will reply within a day.",
    "Untuk pertanyaan pukal sila hubungi talian utama kedai di 03-2255 7781.",
    "Paste this ELM327 log line 2025-07-14T09:30:11Z RPM=1800 SPD=40 and tell me what SPD means.",
    "LEASE FORM - Owner: [NAME] Tenant: [NAME] Unit: Flat ___, ___/F, Block ___",
    '"InstallDir"=hex(2):43,00,3a,00,5c,00,41,00,70,00,70,00,73,00,00,00',
    "step1=rinse step2=spin step3=dry",
    "cd /home/build.runner/workspace && make",
    # Session 32: money borrowed and not repaid, a broken wrist, eczema and steroids, dengue,
    # a late husband as private matters; Amoi and a surname; a Sikh name by Kaur; a
    # Cantonese 太 addressed with a toothache; a check-up to be followed up; a home line's
    # (HOME) label; a LINE_ID key but no call_2025... or line_no; a lottery ticket counted with 张 after 了; a counter's, a general and a
    # fax line; a price read as a place; wholesale and recall desks.
    "Wholesale orders: write to trade@lilinwangi.com.my with quantities and scents.",
    "Left your bottle behind? WhatsApp our counter line +65 6789 1234 during opening hours.",
    "Sila hantar borang melalui talian faks kami 03-7722 5100 sebelum Jumaat.",
    "Is the 3-night package at S$520 better than two single nights at S$300 each?",
    "Tony Hawk landed the first 900 at the 1999 X Games, a clip skate parks still replay.",
    "Order 20 Gilbert match balls size 4 for the inter-school netball league.",
    '{"utt_id":"call_20250412_1015_seg03","speaker":"agent","text":"how can I help"}',
    "DETAIL: Key (invoice_id, line_no)=(INV-2025-0071123, 2) already exists.",
    # Session 32: a bankruptcy, a fever, a birth just had and money short in Chinese; an
    # honorific and a surname with a private matter said in Chinese; a given name and a private
    # matter up to 80 characters apart; a copyright holder given with a home address; G-code's
    # letter-numbered words not read as one number; a quotation's number; a club's line;
    # guitar makers, typeface designers, pianists and piano studies in Chinese.
    "G28 ; home all axes then M104 S215 ; M140 S65 ; M300 S440 P200 ; print ready",
    "Quotation Q-2611-038 for 400 programme booklets, valid 30 days.",
    "Sila hubungi talian kelab 03-7728 9910 untuk tempahan gelanggang.",
    "Which Gibson or Fender model suits small hands better for a beginner?",
    "Eric Gill drew Gill Sans in 1928; Adrian Frutiger drew Univers in 1957.",
    "© 2025 Rahmat Studio. All rights reserved.",
    # Session 32: a drink-driving conviction, an affair, an injury at work in Malay as private
    # matters; a Chinese given name that is a particle's word (Zhou Bin's); somebody's own car
    # before a plate; somebody else's flat as a home; a post before 小X (美甲师小吴); fewer holds:
    # a sole proprietor's account, licensing and outlets desks, a massage shop's clock words,
    # mainland tourists (陆客), a telefilm's plot, a chocolatier's and whisky makers' names, Hokusai and Michael
    # Jordan in Chinese.
    "Pay to our company account only: Kedai Runcit Harmoni Enterprise (SA0923411-T), Maybank 5140 2231 8870.",
    "Renewal reminders go to licensing@taproomsg.com and outlets@taproomsg.com.",
    "Use Valrhona Caraibe 66% for the ganache; Monkey Shoulder for the highball.",
    "Dalam telefilem Pulang, Hafiz menjaga adik-adiknya selepas ibu mereka meninggal dunia akibat kemalangan.",
    # Session 32: a particle's word (bin, van, da) is a given name only after a Chinese
    # surname (Zhou Bin's), not in a wine's, a card table's or a van's name.
    "Wine list: Penfolds Bin 128 2020 SGD 98, corkage waived on Mondays.",
    "OB van booked for the National Day rehearsal, call time 4pm, bring ponchos.",
    # Session 33: a full name in Latin letters and a Latin name one is called by (叫Rina) in
    # Chinese text with a private matter; bruises and a passport kept as private matters; an
    # HR note as a personal label; fewer holds: our WhatsApp line, WhatsApp kami, a sole
    # proprietor's account in brackets, a model code after a product's name, an acronym's
    # expansion, a serial range's end, a commercial building's unit, a specialists' practice,
    # Malaysian towns and a violinist in Chinese.
    "Our WhatsApp line +65 9123 8800 handles orders only; calls go to the counter.",
    "Nak tempah kek? WhatsApp kami di 013-442 7781, slot penghantaran terhad.",
    "Bank transfer to Public Bank 3178 2209 41 (Kedai Jahit Mawar Enterprise), quote your order number.",
    "Sunsun Hagen HW-3000 external filter, ready stock in Penang.",
    "PCB (Potongan Cukai Bulanan) amounts on the EA form should agree with the CP39 filings, or LHDN will ask the employer.",
    "Tan & Partners Orthopaedic Specialists, 38 Irrawaddy Road #05-21, Singapore 329563, Mon-Sat.",
    "Visit Tan & Co Eye Specialists, 290 Orchard Road #12-03, Singapore 238859, for LASIK screening.",
    # Session 33, rounds 239-240: a patch test is no test data; a lawsuit, a detention (kena
    # tahan) and tuberculosis as private matters; an MCST chairman is no public figure; a
    # landed estate's Park as a street; an ancestral tablet's filial children; a colleague's
    # post and a comma; a line written backwards (and one that is not); fewer holds: a studio
    # line and a shop counter in Malay, a business's our, a brand by somebody, an aid's
    # recipients, Mak Andam, a supplier's Provisions, bro before a word, everyday words in a
    # priced bill, a joint management body's account, a register looked up online, a line
    # after opening hours, a company's spaced address, a body's booking line before its
    # address, Michelin, a stall, a lung's lobe.
    "Bookings open for December! WhatsApp our studio line 6288 1043 for the bridal trial slots.",
    "Promo raya: kek lapis RM65, hubungi kaunter jualan 04-226 8890 untuk tempahan pukal.",
    "Our Saturday workshop with celebrity chef Gordon Ramsay is full, join the waitlist.",
    "Semakan penerima Bantuan Musim Tengkujuh Nelayan dibuat di pejabat LKIM daerah.",
    "Kursus Mak Andam Moden 3 hari di Kota Bharu, yuran RM950 termasuk sijil.",
    "Supplier: Sri Murugan Provisions, Little India Arcade, delivery every Tuesday.",
    "Caj penyelenggaraan dibayar ke akaun Badan Pengurusan Bersama Pangsapuri Seri Mawar, Maybank 5142 7788 1209.",
    "Check the licence on the Financial Institutions Directory at mas.gov.sg before you transfer.",
    "Waktu operasi kaunter 8 pagi hingga 5 petang, talian 03-8888 2100 atau emel aduan@majlis.gov.my.",
    "Memo: tnemyap eciovni rof sknahT",
    # Session 34, rounds 241-244: a Latin name after 阿 or a kin word in Chinese with a
    # private matter in either language; a title and surname before a baby's birth or a
    # confinement; an owner's own Latin name after 我係; a site trade's 小X with hepatitis B;
    # a sum owed; a custody dispute (and a child born 2013 is no figure); a mascot's
    # performer; a romanised name with a role and said in Malay; I'm and a given name; an
    # acc no.; a plate after a long label; a bride's, a couple's and an account holder's
    # name; a booking's SSR DOCS, CTCM and CTCE; fewer holds: office lines after office
    # hours, a dispatch line, a table-booking WhatsApp, a business WhatsApp listed after
    # its hotline or said to be only for bookings, a farm's address and official WhatsApp,
    # a shop's new address, a venue's bracketed address, a shop unit, listings in Malay,
    # shops by their trade, a motif, an author before 著, an article's number, figures and
    # brands.
    "Sebarang pertanyaan boleh diajukan ke talian 03-2692 1100 atau e-mel aduan@ptg.gov.my dalam waktu pejabat.",
    "Q: Can I order by WhatsApp? A: Yes, message our dispatch line +65 8123 9900 with your unit number.",
    "Uncle Tan's Gas Delivery (Klang) is fast and honest. 5/5",
    "Mak Som Gas & Runcit in Dungun sells the 14kg tank at the government price.",
    "NOTIS: Ladang Madu Bukit Kayu ditutup untuk lawatan. Tempahan melalui WhatsApp rasmi ladang 011-2098 1120.",
    "Alamat ladang: Lot 3318, Jalan Kampung Sungai Buloh, 47000 Sungai Buloh, Selangor.",
    "Players must switch off mobile phones. A ringing phone loses the game, per Article 11.3.2.1 of the Laws.",
    "Pejabat Pengurusan: Aras G, Blok B, Residensi Seri Jaya, 56000 Cheras. Tel: 03-9130 7788 | WhatsApp pejabat: 011-2605 1100.",
    "Hubungi kami: WhatsApp 011-2345 1122 (urusan tempahan sahaja), e-mel tempahan@contoh.com.my.",
    "SMTP_FROM=quotes@example.sg PDF_FOOTER='UEN 201734567K | Hotline 6744 1188 | WhatsApp +65 8011 1188'",
    "Kain samping songket, corak Pucuk Rebung Gigi Yu, saiz 36 inci, RM890.",
    "Kelantan Block Batik Sarong, 100% cotton, 'Daun Keladi' motif in indigo, RM 59.90",
    "cfg.whatsapp_business.number = '+60 3-2161 4400'  # talian rasmi koperasi",
    "For bookings, WhatsApp our events desk at +65 8123 5566. Calls to 6734 1100 are answered during opening hours only.",
    "Chuah Thean Teng, yang digelar Bapa Lukisan Batik Malaysia, mula menghasilkan lukisan batik sekitar tahun 1950-an.",
    # Session 34, rounds 245-246: a bankruptcy and a remand in Malay, a Sister by her
    # given name, a disability card, one called 小X, a staff advance to 向公司, Mrs by 太太
    # whatever follows, 這次 after a nickname, a temple's 師姐 who lost a job, a padded name
    # in a chat, an MRN, a name in capitals before a birth date; fewer holds: mailboxes
    # after an enquiries label or a service line, training and tours desks, a cycle year,
    # a temple's king boat, orchids and cultivars, a reference catalogue's compiler, a
    # commercial building's address, an event venue, a barber's shop, a course desk line,
    # a company WhatsApp, coin grades and places.
    "Enquiries: training@brightlearn-academy.com.sg or WhatsApp our course desk at +65 8876 4410 (Mon-Fri 9am-6pm).",
    "中文课程咨询热线：+65 6221 4410（周一至周五 9:00-18:00），邮箱：zh-courses@brightlearn-academy.com.sg。",
    "数据管理部答疑电话：010-6915 4410（工作日8:30-17:00），邮箱 crf-help@trialunit-example.cn。",
    "Lot 7016: Kedah 1912 Sheaf of Rice 50c, perf 14, used with Alor Star duplex, faint crease.",
    "China 1983 Panda 1 oz gold 100 yuan, NGC PF69 Ultra Cameo, cert 5781234-013, S$4,650.",
    "Vanda Miss Joaquim S$38; Aranda Christine, 3 spikes: S$26; Dendrobium Sonia S$22.",
    "Ficus microcarpa 'Tiger Bark' informal upright, 35 cm: RM 380.",
    "config.yaml -> whatsapp_business: { number: +6562204410, template: order_ready_v3 }",
    "Dear team, pls stop using personal WhatsApp for learner updates. Use the course desk line +65 8876 4410.",
    # Session 34, rounds 247-248: a worker by job and name (Foreman, Installer, Lorry
    # driver) with a private matter, whatever news the sentence tells; a permit cancelled,
    # stitches, a relative held at a reception centre, police bail; one who gave her name
    # as; a worker named after his nationality; Saya and a name and a comma; a possessive
    # further from its matter; 架子工 and 那个 before 老X; a stroke; a marriage hidden; 何sir;
    # fewer holds: an OCR engine's boxes and ids, a credit note's number, a service line,
    # an order line, an office phone in a review, warranty and complaints mailboxes, fish
    # by their colour, makers of cranes.
    '<span class="ocr_line" id="line_3_9" title="bbox 80 1902 1420 1940">For enquiries call the office</span>',
    "CNC-02 rosak lagi, siapa free tolong call vendor service line 03-5161 2260.",
    "Untuk tuntutan waranti, e-mel waranti@kacajaya.com.my dengan gambar kerosakan.",
    # Session 34, rounds 249-250: a cabinet of teak is no government's; truancy, a
    # pregnancy lost, a birth in Malay, a depression treated, money owed in plenty; an Ah
    # name further from its matter; 老X before 昨晚; an account after acc; a PDF form field's
    # value; an epithet only from a list (not ``the Walkman``); fewer holds: a
    # certificate's OIDs, choirs and music shops, an e-signature report's events, plant
    # nurseries, orchids by their botanical names, a shop selling uniforms, a hormone's
    # duct, figures.
    "Subject (RFC 2253): 2.5.4.3=Contract Seal,2.5.4.10=Example Holdings Ltd",
    "Payment Events: none | Witness Events: none | Notary Events: none | Editor Delivery Events: none",
    "Open auditions: Harmonia Chorale is recruiting tenors and basses for its spring season.",
    "Sponsor banner from Tom Lee Music 已到 loading bay, sila pasang at foyer left side.",
    "Nurseri Pak Abu Bangi ni tempat lepak hujung minggu keluarga kami, ada kolam ikan koi.",
    "Orkid Dendrobium 'Sonia' sejambak 10 tangkai RM25; Papilionanthe Miss Joaquim RM38.",
    # Session 34, rounds 251-252: an arrest as a noun, a bone broken told the other way,
    # intensive care in Malay, detention and a heart attack in Chinese, 周 sir with a
    # space, 因为偷卖公司 is no company's name; fewer holds: a browser's version, a league's and
    # a marina's mailboxes, an office's address update, snooker, figures.
    "Darts league registration is open. Email league@bullseyeclub.com.sg with your team name.",
    # Session 34, guards of the session's own changes (lines of older sets that the first
    # full run held): a bot's persona in Malay, a police chief beside suspects remanded, a
    # charity's account after acc, a test system's patient id, no injuries in a report, a
    # weekday's possessive, a dish, a painter's figure.
    "Hai! Saya Aisyah, pembantu maya TelcoMas. Taip 1 untuk semak bil, 2 untuk tambah nilai.",
    "Kuala Lumpur police chief Datuk Azman Zulkifli said 14 suspects aged 19 to 42 were remanded for four days.",
    "Donations via DuitNow to Pertubuhan Kebajikan Insan Prihatin, Maybank acc 5642 1100 8735. Receipts issued.",
    "Weekly report: 18 roadside trees pruned; 2 fallen branches cleared after Tuesday's storm; no injuries.",
    'I translated the menu. "Buddha Jumps Over the Wall" (佛跳墙) is a dish name.',
    "Bearbrick 400% + 100% Jean-Michel Basquiat #7 set, displayed in a glass cabinet, $560.",
    # Session 35, rounds 255-256: a parent's number to reply to, 手提 (a mobile), the
    # writer's own account after a company's, a Malay road with a Chinese house number or
    # a bare number and comma, 小X/阿X伯 before a time word, @mentions, a regular customer, a
    # Latin surname and 太, Malay subjects, a name in a file's name in title marks, a
    # three-character name in hex; fax reports' company lines, role mailboxes, quoted
    # trades, fishing ponds.
    "FAXSRV02 TX JobID=F-31877 To=+65 6338 4410 (Marina Logistics Pte Ltd, AR dept) Pages=2 Result=OK",
    "Scanned invoices go to purchase@lintang-supplies.com.my; personal addresses are blocked by the MFP.",
    "Competition forms: email entry@klangvalleyangling.org.my before 30 November.",
    "Kolam Pancing Pak Din Bukit Beruntung buka 24 jam hujung minggu ini, umpan udang hidup RM5.",
    # Session 35, rounds 257-258: a name glued to a log's key and quote, a league's
    # regular, Hong Kong's 陳生 (Mr), an employee's 小X, a staff member or a Malay worker by
    # job and name, a burn, a romanised two-syllable name in Chinese text, a nickname
    # addressed with a private matter, an app's user; franchise and operations mailboxes,
    # a label glued to a mailbox, a business line, a WhatsApp display number, chocolate
    # and Ovaltine.
    "Franchise enquiries: call our corporate line 1-300-88-7711 or email francais@kopisenja.com.my.",
    "Aduan penyewa dan penghawa dingin, sila e-mel operasi@ruangkerja.com.my dengan nombor unit.",
    "Q: How can I contact you? A: WhatsApp our business line +60 12-771 4420 or email hello@gelatoria.my.",
    "whatsapp_business: {display_number: '+60 3-7722 1180', template_namespace: 'scoops_prod'}",
    # Session 35, rounds 259-260: a debt by missed payments, a given name signing off with
    # a private matter, a Latin name and romanised surname in Chinese text with a private
    # matter said in English, 何太 saying something after a place's name, a pension, a
    # platform's private message labelled in Chinese; figures with their life years in
    # Chinese, a seal's carving styles, exam, consignment and hardship mailboxes, official
    # lines and control rooms, posts and places as chat speakers.
    "Untuk pertanyaan keputusan, e-mel peperiksaan@akademimuzik.com.my atau hubungi pejabat pusat.",
    "Consignment intake every Tuesday; email consign@brushandstone.sg with photos of the works.",
    "Untuk tempahan persembahan, sila hubungi talian rasmi kelab di 03-7781 2290 atau WhatsApp",
    "[08:10] Supervisor Kilang: Mesin nombor 4 rosak lagi, technician datang pukul 10.",
    # Session 35, rounds 261-262 and the second full run: a mistyped NRIC the form is said
    # to read, a job before a name written in lower case, a child named with an age or a
    # school year, a diagnosis said of a person next to an eponymous syndrome, a
    # performer's private matter in a troupe's notice; room and fixtures mailboxes, a
    # centre's WhatsApp; a chat's User: label is no cue of a data subject, and a Malay
    # trade's title is no name.
    "2026-12-07T09:14:55+08:00 INFO sync gcal calendar=st-room-b@brightsteps.sg events_updated=9",
    "Fixtures are published every Monday; email fixtures@klrugbyunion.org.my for ground changes.",
    "User: Warren Buffett said he gives most of his money away. How do pledges like that work? Assistant: A public pledge is a moral promise; the will is what binds.",
    "Jawatan kosong: Juruteknik Kuku, pengalaman 1 tahun, gaji RM 2,000 + komisen, hantar resume ke cawangan Ampang.",
    # Session 35, rounds 263-264: X他妈怀二胎, a phone's call log (outgoing, incoming, called
    # from), a sign-off with the writer's role after it, a card used without permission, a
    # retirement fund's member number, a Chinese name after a relation said in English; a
    # licence's number, appeal, competition and lost-property mailboxes, drinks and a fare
    # card by their Chinese names.
    "Hong Kong outlet: Liquor Licence No. 0912-806633, 11 Lan Kwai Fong, Central; operating company Neon Koi Ltd.",
    "Rayuan senarai hitam: hantar rayuan bertulis kepada rayuan@kelabmalam.com.my dalam tempoh 14 hari.",
    # Session 35, rounds 265-266: a writer's self-introduction before a number, 我們家小X, 小X
    # every day, English after 小X in mixed chat, a partner's beating and a prison term,
    # given names with their pay; charter mailboxes, a centre's WhatsApp line, quoted
    # trades after what they deal in.
    "Group charter enquiries: 1300-88-4545 or charter@sunriseferries.com.my; groups of 30 or more only.",
    "Q: How do I report an absence? A: Message the centre WhatsApp line at +65 6789 4410 before 8am.",
    # Session 35, third full run: a Julian date's field width in brackets is no child's
    # age.
    "Jadual medan tiket: nama penumpang (20 aksara), kod tempahan (6), nombor penerbangan (5), tarikh Julian (3).",
    # Session 35, rounds 267-268: a flat's bare number after its block and a 花园城 estate, a
    # card's holder, a driver's 小X with drink-driving, a Malay trade's title before a name
    # a private matter follows at once.
    "Jawatan kosong: Juruteknik Aircond, pengalaman 2 tahun, gaji RM 2,400 + elaun, hantar resume ke pejabat.",
    # Session 36, rounds 271-272: a subscriber's number in a telco's records (msisdn, 65
    # and 852 without their plus, TBCD), an SMS in UCS-2 hex, a handset's IMEI and a SIM's
    # IMSI, a ship's rank before a name, a blood cancer, a family that cannot afford a
    # fee; role mailboxes (travel, crewing, genealogy), a mailer's message id, an ops
    # handset and an office WhatsApp line, a product by its measure, a quoted stand-in
    # name, public officials and a show's host in Chinese, a writer's character, shops in
    # quotes, a class's and a business hall's address.
    "Flight tickets for crew sign-off will be emailed from travel@lautbiru-marine.com.my two days before departure.",
    "Send your updated certificates to crewing@lautbiru-marine.com.my and copy the master on the email.",
    "Family tree corrections go to genealogy@ngclan-assoc.org.sg with Form G-2 attached.",
    "2026-10-02 08:01:17 [mailer] sent template=renewal_notice msg_id=<7f21bc90@mx2.lautbiru-marine.com.my> status=250",
    "Landline down after the storm, please call the ops handphone 9123 5508 until Telekom fixes it.",
    "For class bookings message our office WhatsApp line 8822 6410, we reply within office hours.",
    "Prize table: one pair of Oakley Holbrook sunglasses and two bottles of Penfolds Bin 28 for the raffle winners.",
    "// Example only: const user = {'name': 'John Doe', 'phone': '+65 6000 0000'}; use fixtures in real tests",
    # Session 36, rounds 273-274: a storekeeper's pay and her husband's lost job, a
    # photo's EXIF artist, a beating in Malay, dyslexia, a stall-keeper's nickname, a Hong
    # Kong flat in short; a shifts desk's and a body's own mailbox, a URL's user and
    # password, a 24-hour line in Malay, a department in brackets, a merchant line, a
    # config's production line id, a tutoring centre and a specialty shop.
    "Leave requests go to shifts@carelocum.com.sg at least 48 hours ahead.",
    "General enquiries: e-mel kwsp@kwsp.gov.my or call the contact centre.",
    "export DATABASE_URL=postgres://report_svc:s3cret@db.internal:5432/claims",
    "Servis jenazah: hubungi talian 24 jam kami di 03-6188 2290 untuk urusan segera.",
    "Pls reply the merchant WhatsApp line 8712 4400 before 5pm, template in the drive.",
    "PACKING_LINE_ID=MY-KL-03 MAX_UNITS=800 ALERT_TEMP_C=4.5",
    # Session 36, rounds 275-276: a club's championships are no public event, gambling
    # losses and a debt collector, a Latin name with 姐 and a private matter, a kitchen
    # worker's unpaid loan; a liquidator's and a disputes desk, a firm's WhatsApp, an
    # enquiry line in Malay, an association's phone and an official number, an events team
    # in brackets, a unit code before an HKID's shape, an association's address after its
    # tax number, a meeting's venue in a gazette notice, a meeting room, a fish farm, a
    # bak kut teh shop, a public statement, a roadside tree.
    "For enquiries contact liquidation@harbourrecovery.com.sg quoting the case reference.",
    "Billing disputes must be raised with disputes@screenright.asia within 14 days.",
    "Forms sent to the firm's WhatsApp line +65 8031 2290 will not be accepted.",
    "Party package S$520 nett, book via WhatsApp +65 8234 1180 (events team) at least 10 days ahead.",
    "Notice of Final Meeting: Sinar Bakery Pte. Ltd. (In Members' Voluntary Liquidation), 10.30 a.m. on 5 May 2025 at 80 Robinson Road #10-01, Singapore 068898.",
    # Session 36, rounds 277-278: a medical history in a race's medical log (history of
    # atrial fibrillation, sejarah serangan jantung), a sweeper vehicle's record, a sum
    # glued to a name, a Latin full name before a Chinese comma, Mrs. with its dot, a lay-
    # off, dementia in Malay, a spouse's retrenchment, a divorce under way in Cantonese, a
    # separation and alimony, a chat speaker's own pregnancy, medical bills; a finance
    # department's line, an account named for incorporated owners, a project's mailbox,
    # In-Reply-To without its colon, an interpreters' desk, an admin WhatsApp in Malay, a
    # config's shared mailbox, a shop's address label, a celebrity chef, a bakery and a
    # private kitchen in quotes.
    "Thread gap: T-00411-02 references In-Reply-To <SG2PR06MB9911AB12@SG2PR06MB9911.apcprd06.prod.outlook.com>, not collected",
    "Please book interpreters through interpreters@safeharbour.org.my at least two days ahead.",
    # Session 36, rounds 279-280: a verb of hearsay the model took into a name, a
    # newspaper's letter writer, a newsroom's reporter by post, a clerk's folk name in
    # brackets with a hospital bill, a dependant's orthodontics, an SUV's plate, an
    # account after the post office's name; a newspaper's subscriptions, letters, opinion
    # and tips desks, an auction's preview address, the leopard cat.
    "Letters to the editor go to letters@harbourtimes.sg, 400 words at most, with your full name for verification.",
    "爆料信箱 tips@nanhai-weekly.com.tw，本報承諾保護消息來源。",
    # Session 36: a named guard for a line the session broke and mended (a tracked
    # change's author key is no author; the form's label of a contract's party by role).
    '<w:del w:id="12" w:author="Unit Guaman"><w:r><w:delText>Nama Penyewa: [NAMA PENUH], No. K/P: [______-__-____]</w:delText></w:r></w:del>',
    # Session 36, rounds 281-282: an oral history is no
    # history lesson, a mistyped NRIC after where it is written and a colon, an adult's
    # age set off after a given name with a private matter, more everyday Malay names, a
    # fellow hobbyist's nickname, 上次 after a nickname, a loan shark's loan in Malay and an
    # underground bank, sexual remarks at work; a front desk's WhatsApp, an emergency line
    # in Malay, a farm's visits and a library's members desk, a pest controller, a
    # weekday, a pesticide, a courtesy title before life years.
    "Trial class S$25, book via our front desk WhatsApp line +65 9188 4402 within office hours.",
    "Perkhidmatan 24 jam: hubungi talian kecemasan 03-6157 4400 untuk ambilan segera.",
    "Tempahan lawatan sekolah melalui e-mel lawatan@dusunhijau.com.my atau talian pejabat.",
    # Session 36: named guards for lines the session broke and mended (a place after a
    # verb of hearsay, a priced item's name before its sum, a famous cat's real name
    # before a Chinese comma).
    "Which marina got cheaper berths? Heard Puteri Harbour is around RM 20 per foot, anyone tried?",
    "Clubhouse bar: Tiger pint RM28, Guinness Foreign Extra RM30, Sirap Bandung RM6, Teh O Ais Limau RM5.",
    "Hadiah: Johan RM2,000 + piala, Naib Johan RM1,200, Tempat ketiga RM800.",
    # Session 37, rounds 283-284: a call-back number in Chinese numerals with 幺, a blood-
    # pressure reading of a nickname, a given name and a Chinese surname with an adult's
    # age, a nickname in quotes after a customer, a name before its relation in brackets,
    # a nickname signing a message, a Malay psychiatric word, a tracker's mention and a
    # labelled login, a mailto link in a tag; versions after a product or 版本, a no-reply
    # sender with a tag, role mailboxes (qa, wellbeing, itsd), business lines (for
    # appointments, a business line, a front desk, WhatsApp for quotations, a workshop's
    # line, a shop's new line, a WhatsApp business number in Chinese), a transliterated
    # name with its Latin original, TCM brands, a claim form's measure word, aged mugwort.
    "Our Ipoh branch has moved to Greentown. WhatsApp 012-508 3317 for appointments (business line, 9am to 5pm).",
    "Quotation requests: WhatsApp Business for quotations: +60 12-776 4410, replies within one working day.",
    "[08:15] Stor: Enjin spare dah sampai, call line bengkel 09-622 7180 kalau nak ambil, jangan WhatsApp group.",
    "2026-04-11T10:02:33+08:00 WARN lims.intake kit=HT-77123 seal=OK notify=qa@genelabs-asia.sg",
    "Questions on this policy may be sent to wellbeing@marina-freight.com.sg during office hours.",
    "Reply-To: noreply+case-44120@support.example.sg  Auto-Submitted: auto-generated",
    "To: itsd-inbound@example.service-now.com  Subject: Re: INC0099212 monitor flicker L3",
    "Subject: weekly digest  X-Mailer: Foxmail 7.2.23.116 [cn]",
    "AnyDesk 8.0.8.3 has a known issue with multi-monitor sessions; update all PCs by Friday.",
    # Session 37, rounds 285-286: a kin word in English before a Chinese name, a name that
    # runs on into a room (Bilik 4), a debt owed in a league, a parent named by the child
    # as a chat's speaker, an estate with 园 and 小区, a compensation still unpaid; role
    # mailboxes (records, group, ICT unit, lost and found), a business account in
    # brackets, a counter's and an official handset's lines in Taiwan, a shop quoted after
    # 这家, a midweek price, snooker and golf champions.
    "Q: How do I update my address? A: E-mail records@mapleleafcord.sg quoting your contract number.",
    "WhatsApp the class desk on +65 8122 4417 (business account, Mon-Fri 9am-6pm) to change your slot.",
    "Barang tercicir disimpan 30 hari di kaunter. Sila emel hilang@starlanes.com.my dengan nombor resit.",
    "Pertanyaan DELIMa sila hubungi Unit ICT sekolah atau emel unit.ict@smkbukitjalil.edu.my.",
    "Corporate team-building bookings: please e-mail group@cosmicbowl.com.sg, we reply within two working days.",
    "Ronnie O'Sullivan made a 147 at the Hong Kong exhibition match and the crowd gave him a standing ovation.",
    # Session 37, rounds 287-288: an identity card's number near a guard house's or a
    # hotline's words, a caller's number in Chinese (來電), a brother nickname after a
    # fellow player, an old-surname nickname addressed with a debt, a low month's pay;
    # role mailboxes (wedding, community, lost property, nursing station, servis), an
    # official line in brackets, a hotel's official WhatsApp in Malay, a master's and a
    # grand opening's surname characters, 張 before a notice and after 有, a champion
    # jockey.
    "Reception answers on WhatsApp +60 12-771 3305 (the centre's official line), usually within an hour.",
    "Aduan boleh dihantar melalui WhatsApp rasmi hotel di +60 12-455 2190 atau di kaunter.",
    "Lost items are kept for 60 days. Please e-mail lostproperty@bayview-suites.com.sg with your room number.",
    "Wedding enquiries: e-mail wedding@pearlharbour-hotel.com.hk or visit the banquet office on L3.",
    "Jika ada masalah, hubungi servis@kuncicerdas.com.my dengan nombor siri peranti anda.",
    # Session 37, guards for lines the first fixes broke and mended: a Chinese name before
    # a van's number in brackets, a Chinese name with its English name in brackets (a
    # transliterated name with its Latin original is cleared only when it does not start
    # with a common surname); a hotline's tel: link stays out of the text.
    '<A HREF="tel:+85223881000">永康醫療集團 客戶服務熱線（星期一至六 9:00-18:00）</A>',
    # Session 37, rounds 289-290: a house on a Malay-named street in Singapore a ride goes
    # to, a heart condition, a loan still being paid off, a loan shark in Malay slang, an
    # Ah name whose private matter the next sentence tells by a pronoun, a known given
    # name before Chinese with a private matter, Ms and Miss with a surname reporting of
    # herself, an early pregnancy, a debt collector in Cantonese; a donation office's
    # mailbox, Hong Kong's sample name after 例如「, a white gown, a thank-you card, a roll-
    # up banner.
    "Pledge forms for whole-body donation can be e-mailed to bodydonation@medschool.edu.sg with a witness signature.",
    # Session 37, rounds 291-292: a person introduced by a role who told us of a
    # diagnosis, a pregnancy by its month, a singer's pregnancy in a studio's note, our
    # vocalist set off by commas, Cantonese 嘅 before a nickname and 早排 after it, 肥 and a
    # man's given name, a son in prison, a surgery in Malay, a firewall's VPN user;
    # Nanyang painters and an orchestra's director, a gallery's valuations and logistics
    # desks, a lettuce, brown sugar, a little late in Cantonese.
    "For valuations please e-mail valuations@galeritropika.com.my with photos of the front and back of the work.",
    "Works by Georgette Chen and Liu Kang led the Nanyang section of the evening sale.",
    # Session 37, guards for lines the later fixes broke and mended (full run at 10ac7d1
    # against 2445616): a shop's 'welcome to call' is no caller's number, a hotline's
    # digits in a card's shape, a celebrity's obituary, a place before its Malay street, a
    # four-character transliteration after a common surname, a kin word before a surname
    # in mixed text, a name that ran on into a block.
    "Veteran singer Lam Chi-keung, whose ballads defined a decade of TVB dramas, died of liver cancer in hospital on Sunday. He was 78.",
    # Session 38, round 293 (en293, en294, zh293, zh294, ms150, mix153, chat148,
    # evade143): a bounced cheque and a mortgage in arrears beside a painter's name, a
    # custody lost, a doubled nickname's meltdowns and antipsychotic, a child 'reads' at a
    # school (no school's name), a nickname with a sister's title of late, a mobile given
    # eight digits, an Ah name drunk and fighting with a police report, 'we live' before a
    # block in mixed chat, an arrest in Cantonese; and a business's area of delivery, a
    # courier's gateway, a site 'open at', an incident's date-stamped number, a shop's
    # bracketed WhatsApp, a mailbox's '.my' read as 'my', opening hours further back, a
    # gallery's line, a registered company's notice, role mailboxes (intake, member,
    # tougao, a shared inbox), a plaza or barracks before an address, an event's place and
    # premises after a Chinese address, a receipt's ground-floor shop, a price in
    # thousands after a painter, an author called teacher before a title, a character's
    # given name after the full name, a shop by its corner, a limit per customer, a
    # brewery's style, brands.
    "Our shop is closed on Sunday for stocktake; the webstore stays open at store.kopiandbooks.sg as usual.",
    "CRIT db-replica-3 lag 240s, paged on-call via Opsgenie alert A-20261204-11, auto-resolved after failover.",
    "Studio hours Wed-Sun 12pm-8pm. Bookings +65 6220 1871 or WhatsApp the studio line at +65 9011 3382.",
    "Klinik Gigi Senyum Indah, Lot 5, Jalan PJU 5/9, Kota Damansara; WhatsApp 012-338 7710 untuk temujanji; No. Pendaftaran Syarikat 201901023344 (1331210-D).",
    "Applications are reviewed within 5 working days; please send your portfolio to intake@northlightacademy.sg with your course code.",
    "All ward claims go to the shared inbox claims.w7@pantaimedic.com.my, never to a personal address.",
    "Talk: Thursday 8 January, 7pm, Tanglin Barracks, 5 Gallop Road, #01-03, Singapore 259101. Free entry, RSVP on the website.",
    "Holiday art camp for ages 7-12 at Sunshine Plaza, 91 Bencoolen Street, #02-18. 5 mornings, max 8 children.",
    "Reading list for January: Percy Jackson and the Sea of Monsters by Rick Riordan. Percy's ADHD and dyslexia make him an unlikely hero.",
    "Someone finished the kuih from Mak Jah Homemade in the pantry already, so fast!",
    "Pre-order: the illustrated Chamber of Secrets with art by Jim Kay, limit 1 per customer, ships 20 Nov.",
    # Session 38, round 295 (en295, en296, zh295, zh296, ms151, mix154, chat149,
    # evade144): a FIN after a card scan that failed (no check that fails), a Taiwanese
    # class before a famous name, a sibling by birth order before a name in a text naming
    # a novel's character, a bracketed HKID in a file's name, a given name signing off
    # after 'From', a child by an English given name after 'your family'; and a desk's
    # Chinese mail label glued to the address, bd and concession mailboxes, a registered
    # company's address and 'No. Syarikat', a booking after a number, a club house, an
    # event hall after a Chinese address, a cram school's classroom in quotes, a
    # headquarters' line after its address, a weekday opening a menu row, places, figures
    # and brands.
    "MON Lunch: chicken rice with cucumber (G) | Tea: barley water, less sugar | Allergy swap: plain porridge for the nut-free table",
    "Protests must be lodged in writing at the clubhouse, 12 Kaki Bukit Road 3 #02-11, Singapore 417842, before 7 pm on race day.",
    "Q: Who handles fare concession enquiries? A: Email concession@buslink.example.sg or call 6225 1190, Mon-Fri 9am-5pm.",
    "Klinik Pergigian Dr. Lim Sdn. Bhd. (No. Syarikat 201801044421), Lot 9, Jalan SS 15/4, Subang Jaya; talian WhatsApp klinik 012-291 5540 untuk temujanji sahaja.",
    # Session 38, round 297 (en297, en298, zh297, zh298, ms152, mix155, chat150,
    # evade145): a real plate and phone in test data, an OTP sent to a phone (no keyword
    # to a service), a stock-cast name with a bill not paid, a prison term and a divorce
    # in Malay, a monthly pay said, a quoted 'fat boy' nickname with a record, a son's
    # English name after a Cantonese kin word, a given name after a role in a file's name,
    # a pay list with jobs in brackets, a 'brother' nickname opening the text, a car loan
    # before a plate, a repository's history is no history; and results, rentals and bot
    # handles, a studio's official WhatsApp, a studio's possessive, a locksmith, a
    # business's move in Malay, a shop's address in brackets, a road named after Sun Yat-
    # sen, shops in quotes and second-hand furniture, a care team, places, figures and
    # brands.
    "Results are sent to ITRA within 14 days; write to results@trailrun-events.com.my if your points are missing.",
    "Studio flat in To Kwa Wan, 220 sq ft, HK$8,900. Email rentals@harbourhomes.hk and quote ref HH-2611.",
    "Thanks @dependabot, bumping axios 1.6.7 to 1.6.8 fixes the CVE. CI green, merging after lunch.",
    "Seri Ayu Studio menerima tempahan andaman ke Johor. WhatsApp rasmi studio: +60 11-3321 7781.",
    "Seri Ayu Studio's official WhatsApp 011-3321 7781 replies fast even on Sunday.",
    "Kwong Fat Locksmith, 88 Apliu Street, Sham Shui Po | Duplicate keys HK$40 each | Paid by Octopus",
    "Butik Dahlia Bridal kini berpindah ke No. 3, Jalan SS 2/55, 47300 Petaling Jaya mulai 1 April 2026. Talian lama kekal.",
    # Session 38, round 299 (en299, en300, zh299, zh300, ms153, mix156, chat151,
    # evade146): a worker's name with age and nationality before a pregnancy, a possessive
    # is no listing's quote, a bank card said to be one's own with a failing check digit,
    # money borrowed in Malay right after a romanised name, a nickname followed by 'from'
    # and English with a private matter in Malay, a value typed straight into a formula;
    # and a temple's address by its label past the house number, a move to a body's
    # present site, a temple's or a shop's address in brackets or on its receipt, a talk's
    # hour before 'at', a bare enterprise credit code, pejabat and audit mailboxes, an
    # agency's line, a temple office's line, a business's notice of its own office, a
    # review of a business's line, stock words, figures and brands.
    "NOTICE: Our Bedok North office will be closed on 1 May for Labour Day. For urgent matters WhatsApp +65 8123 7710 or email care@brighthelpers.com.sg.",
    "3/5. The agency was slow and their WhatsApp line (+65 8123 7710) only replies at night, but the paperwork was fine.",
    "Talian agensi: 03-9130 7788 (pejabat) atau WhatsApp 011-2345 6611. E-mel rasmi: khidmat@pembantuamanah.com.my.",
    "Alamat tokong: 12, Lebuh Armenian, 10200 George Town, Pulau Pinang, berhampiran Masjid Kapitan Keling.",
    "Nannies & Helpers Centre holds a free first-aid talk for employers every first Sunday, 2pm, at 215 Joo Chiat Road #01-02.",
    "Shared link now internal only; the external auditors use their own account audit-ext@kpmg.com until 30 June.",
    # Session 38, round 301 (en301, en302, zh301, zh302, ms154, mix157, chat152,
    # evade147): siblings by birth order in mixed text are a personal cue, a cashier's, a
    # cook's, a shift colleague's nickname with a private matter in Cantonese (有咗三個月,
    # 腦退化症, 無薪假, 抑鬱), a son in hospital in Cantonese, a home one was thrown out of, a sum
    # owed after what it was for, an FPS ID; and a booking site after 'at', a made-up
    # business under example.sg, an EXIF version tag, a course's place and fee, service
    # hours in Chinese after a number, a school's official WhatsApp, a business's
    # classroom, a 24h locker, an agency operating at an address, a shack and a charter,
    # world writers in Chinese, stock words, places and brands.
    "Q: Do I need to book? A: Yes, during Qing Ming online booking is required at book.restfulhaven.com.sg, max 6 pax per slot.",
    "Enquiries to the diving office at +65 6214 7731 or dive@rhudivers.example.sg only, not to individual instructors please.",
    "Warning: Bad GPSVersionID (2.2.0.0) in IFD0, drone aerial set SG-AER-0519, reprocessed with ExifTool 12.76.",
    "Open Water theory Sat 0900 at our Clarke Quay classroom (3 River Valley Road, #02-05, Singapore 179024), pool session Sun.",
    "Rental returns can go into the 24h locker at 21 Ubi Road 1, #02-33; the code is on your rental confirmation.",
    "Agensi pekerjaan swasta berlesen, No. Lesen JTKSM 2211/2026, beroperasi di Lot 3-11, Jalan PJU 1/3, Petaling Jaya.",
    "Ujian KPP02 boleh ditempah melalui talian WhatsApp rasmi sekolah 011-5120 7733 (mesej sahaja, tiada panggilan).",
    "Uncle Tan's Surf Shack at Desaru - gear all very new, Only complaint is the toilet need upgrade.",
    # Session 38, guards for lines the later fixes broke and mended (full run at 41720b3
    # against 79bd626): a customer named after a branch's label is no branch's line, a
    # rule against pasting real records is no real data, a job's title in a wage ladder is
    # no given name in a pay list.
    "For test data use fake numbers like 9123 4567 or 012-345 6789 only; never paste real customer records into the tracker.",
    "Wage ladder 2025: General Cleaner (Office) S$1,990; Multi-skilled Cleaner S$2,145; Supervisor S$2,600, before allowances.",
    # Session 38, round 303 (en303, en304, zh303, zh304, ms155, mix158, chat153,
    # evade148): a complaint's maker named like a celebrity, a court hearing over
    # moneylender loans, a landlord's nickname with a debt and a divorce; and a company's
    # number in Cantonese, an official website's phone, an office's address past 'No. 8',
    # a customer's 'do you deliver to', an outlet or a salon in brackets after a number,
    # hours in Malay, the branch manager to reach, a homestay's counter, cetak and
    # frontdesk mailboxes, a fax of a shop, a department or a branch, figures, stock words
    # and brands.
    "Q: Do you deliver to Sentosa or Jurong Island? A: Sentosa yes, with a S$25 surcharge; Jurong Island only at the checkpoint.",
    "Hair Loss Consultation RM120 incl. scalp scan; follow-up RM60. Call 03-2110 7788 (Mid Valley outlet) to book.",
    "Henna Root Touch-up RM95 | Full head RM160 | Bookings via WhatsApp +60 12-388 7711 (Salon Kak Yah, SS2 Petaling Jaya)",
    "S: Bagaimana menghubungi khidmat pelanggan? J: WhatsApp +60 11-5566 7720 (9 pagi hingga 6 petang) atau e-mel aduan@rambutsihat.com.my.",
    "NOTIS: Daftar masuk jam 3 petang. Sila hubungi kaunter homestay di 04-261 5599 jika lewat tiba.",
    "Soalan lazim: Boleh cetak dari telefon? Ya, hantar fail PDF ke emel cetak@cetakmurni.com.my atau imbas kod QR.",
    "Bengawan Solo was started in 1979 by Anastasia Liew, who sold kueh from her kitchen before opening the first shop.",
    # Session 38, round 305 (en305, en306, zh305, zh306, ms156, mix159, chat154,
    # evade149): an NRIC card named before a mistyped number, a resident named by
    # building, a birth just had and a hospital stay in Cantonese, 'call me back' in
    # Cantonese, a divorce given in Malay; and a config's business number, a front desk
    # reached on a line, a weekday's hours in Chinese, an environment file's template, a
    # Hong Kong BR number, shops in quotes, stock words, figures and brands.
    ".env.example: SMTP_FROM=no-reply@lotusspa.com.sg WHATSAPP_SENDER=+6562217731 STRIPE_KEY=sk_test_placeholder",
    "Lost & found: items are kept for 14 days. Contact the front desk on 6338 7715 quoting your receipt number.",
    # Session 39, rounds 307-308: a phone asked for by itself (number pls), an NRIC kept
    # on file, a Latin name after a Chinese role word, a lorry's plate by its driver, pay
    # docked in Cantonese, a loan not yet cleared, a colleague 啱啱 diagnosed, LASIK and bad
    # night vision in Malay, a pay slip's sum, a name set off by commas; a locksmith by
    # its branch, Malay listings' words, a land scheme's settlement, a voltage, a
    # marketplace's listing title, a thing's letter label, a quoted shade, public bodies'
    # acronyms, eyewear and hearing brands, a company's SSM or BR number, a registration
    # line, a realty's line, a shop's opening address, an office floor's reception, an
    # example in brackets, a founder in a brand's history, our country in a textbook,
    # Zeiss lenses, a storage firm in quotes.
    "Shopee listing: Parang Besi Tajam Original, mata karbon 14 inci, RM 42.90, ship from Muar.",
    "Roller shutter motor repair (DC 12V): RM150 per visit, remote pairing RM30 per unit.",
    "Carousell: Jual kerusi rotan lama, keadaan baik, RM 80 nego, pickup di Kedai Perabot Hock Seng.",
    'Contact lenses, shade "Honey Glow", 10 per box, SGD 29.90, powers plano to -6.00.',
    "Key extraction S$40. Jammed HDB letterbox lock cut-off S$25.",
    "Frames: Oliver Peoples Gregory Peck OV5186 RM 1,650; Acuvue Oasys 1-Day 30pcs RM 135.",
    "Hubungi talian WhatsApp rasmi Pusat Mata Cerah Sdn. Bhd. (202201033456) di 011-7788 4455 atau emel kami, Isnin-Sabtu.",
    "Talian pendaftaran: 03-6188 7421 atau WhatsApp pejabat, waktu operasi Isnin hingga Jumaat 9 pagi hingga 5 petang.",
    "Tanah dusun 3 ekar di Raub, RM 250,000. Hubungi Hartanah Jaya Realty 09-355 2200.",
    "Amaran: kami tidak pernah meminta bayaran ke akaun peribadi; semak di laman web kami atau hubungi 03-7781 2290.",
    "Auntie May's Catering invoice #AM-2290: 30 pax bento, delivery to 6 Battery Road Level 18 reception, total S$540 incl. GST",
    # Session 39, rounds 309-310: a PayNow sender's number, a month's pay by its sum, a
    # strain at work after a nickname and a body part, hair falling out, a Latin name
    # before 哥 with a private matter in English, a blood test's report, a hex-encoded
    # number after 0x; clears booking and billing lines, an order placed on a WhatsApp, a
    # business line said in brackets, a bicycle shop, a quoted bone-setter, a level named
    # after a comedian, chat speakers by post, a unit's letter, public pools and medical
    # suites by addresses, a centre's FAQ of its address, loyalty mailboxes, vouchers in
    # Malay, brands, a country's name, 苏东 and 张照.
    "WhatsApp bookings only: +65 8123 9987 (Tan Brothers Cycle, service desk). No calls during lunch.",
    "Billing desk: 2388 4411 (Mon–Sat 10:00–19:00) or WhatsApp 6033 4411 for claim documents.",
    "Tempahan katering: WhatsApp 019-338 9921 (talian perniagaan, 9 pagi hingga 6 petang sahaja).",
    "Not Uncle Roger-level fried rice, but the nasi goreng at Kedai Makan Sinar is solid for RM8.",
    "[07:15] Duty Mgr: lanes 1-3 are booked for the school meet, please put up the signs.",
    "[21:35] Night Guard: all gates locked, CCTV recording normal, pool cover deployed.",
    "Chlorine re-test at 09:00, expect back to 1.5mg/L. Jangan buka pool dulu.",
    "Home sleep kits go back to 10 Sinaran Drive, #08-21 Novena Medical Centre before 10am.",
    "Hubungi Talian Khidmat Pelanggan atau e-mel ganjaran@kedaiceria.com.my untuk baki mata anda.",
    "Tebus mata: Periuk nasi Toshiba 4,800 mata; Baucar Grab RM20 2,000 mata.",
    # Session 39, rounds 311-312: a street ending in Plain after an owner, a phone word in
    # a longer label, a service worker's nickname, a dog bite in Malay, an NRIC after IC,
    # a number said to be somebody's right after it, a check-up's finding, a patient by
    # initial and name, a new worker's given name with age, a late husband's account, a
    # name joined to a number in a referral code; clears message-only and booking WhatsApp
    # lines, a building's management line, walkers and groomers, a unit's business
    # building, a software park, a build number, a code read as a place, a meeting room, a
    # product's edition, a founder's deed of long ago, a marketplace listing's everyday
    # word, privacy mailboxes, a charger's wattage, brands, 巴哥, 仲話, 致敬.
    "Paws Pals Walkers 2027 rates: 30-min walk S$22; pack walk S$18 per dog. Book via WhatsApp +65 8028 4471.",
    "Spa van booking: 33 Woodlands Close #05-12 Primz Bizhub, Singapore 737856 - hotline 6258 1234.",
    "Aircond bocor lagi. Dah WhatsApp building management 03-7955 4410, diorang hantar orang esok.",
    "2026-11-04T09:15:22+08:00 INFO booking-svc: slot released appt_id=APT-20261104-0007",
    "Invois langganan: DentalCloud Pro, pelan 2 cawangan, tempoh setahun, RM6,480.",
    "[12:10] Ops: aircon servicing 1-3pm, Room Orchid might be warm, switch to Room Lotus.",
    "Carousell: Used Makita polisher, 8/10 condition, comes with 3 pads, S$320.",
    "Pertanyaan kuki: e-mel privasi@kedaimaju.com.my atau talian khidmat pelanggan 03-7781 4400.",
    "Crash report: mobile app (build 2026120502) crash rate 0.3% on Android 14.",
    # Session 39, rounds 313-314: a child by a kin word with her age in words, an auntie
    # by surname introducing herself with a bypass, a team head's nickname, a beating to
    # come, an allegation after a name set off by commas, vehicles listed after their
    # word, a volunteer with drink, an instalment overdue; clears holiday-camp, rights and
    # hostel mailboxes, a storage firm's and a locksmith's quoted trade, potters, clubs
    # and plumbers, a company form before its address, a bursar's corporate account, a
    # culture hall's address, a list of codes of an HKID's shape, a founder by his deed,
    # rituals and brands, 周例会, 孟沙.
    "Enquiries: e-mail camp.pg@tanahclay.my for the kids' clay camp, RM450 per child.",
    "Printed 2025-12-01 | Adobe Inc., 345 Park Avenue, San Jose, CA 95110 | Form AS-v2",
    "Bayaran ke akaun korporat Bendahari Universiti di Bank Islam 1402 3010 0119 88; rujukan mesti bermula dengan KK-2026-.",
    "4/5 - Auntie Mei Ceramics (Ipoh) handmade cups are RM65 each but the glaze is lovely.",
    # Session 39, rounds 315-316: a number followed by the customer it belongs to, a
    # spouse retrenched a few words later, a nickname leaving next week, a pupil's
    # nickname, a loan not paid back and a card overdue, an Indonesian given name, an
    # antenatal appointment; clears board games' designers and illustrators credited, a
    # firm's founder of long ago, a solar installer, a home-help agency by its owner, a
    # model glued to its make's letter, fittings brands, a weekly rent, a meeple, summer
    # months' tariff.
    "Catan 5-6 player extension, designed by Klaus Teuber, KOSMOS licence, ages 10+, S$68.",
    "Enterprise Rent-A-Car was founded in 1957 by Jack Taylor in St. Louis.",
    "Kedai rasmi Uncle Lim Solar di Shopee: produk berlabel SIRIM, e-invois disediakan.",
    "Drawer runner upgrade: Blum Legrabox S$95 per drawer; Hettich Sensys hinges S$12 each.",
    # Session 39 guards, lines the full run at 7a598d4 broke and this session mended: a
    # highway's kilometre marker after Kenderaan is no plate, a faculty's address after
    # its name joined by and, a person's WhatsApp with an order after a comma, a fat guy's
    # nickname (held before only through a stock word read as a name).
    "Kemalangan melibatkan dua kenderaan berlaku di KM 57 Lebuhraya Pantai Timur arah barat.",
    "Corresponding address: Faculty of Science and Technology, 21 Lower Kent Ridge Link, Singapore 119077.",
    # Session 40, left over from session 39's sets (probes reworded): an Indonesian Mbak
    # title with a private matter, a passport number after a label with words between, a
    # wheelchair as a private matter of a listed given name, a brand named after a famous
    # figure (曹操出行) no longer makes the text literary, a quoted regular's nickname with
    # she after it.
    "Warung Mbak Sri di Jalan Alor buka 10 pagi, nasi padang RM8 sepinggan.",
    "Passport renewal fee for adults: RM200, for children: RM100 (counter 3).",
    "All our stations are friendly to anyone who uses a wheelchair; call the hotline 1800-336-8900.",
    # Session 40, rounds 317-318 (probes reworded): a birth year of the 1940s no longer
    # makes a family register historical; a child's speech delay and being teased as
    # private matters; a parent named by the child saying a diagnosis; chat speakers by
    # class, trade or committee post; a price's currency the English model took into a
    # product's name; a toy named like a person; a company with its country in brackets;
    # role mailboxes after an acronym or a government body's own name; business lines by
    # outlet, office or duty, by the team in brackets, or for bookings only; a home line
    # as context; a firm's name ending in Services before its landline; addresses of a
    # centre or a clubhouse after the number, of a company's invoice details, of an open
    # day, after opening days and hours; Chinese stock words, ministries, a preposition
    # before a body's name, a party's 方, a book's authors, pioneers of public health and a
    # stage magician, brands.
    "[10:05] Cikgu Kelas Mentari: Aktiviti melukis esok, semua bahan dah ada dalam almari belakang.",
    "[12:30] Tukang Kebun: Pokok bunga depan pagar dah siap dipangkas, sampah daun dah buang.",
    "[16:45] Treasurer Rep: Q3 statement uploaded to the shared folder, please check the petty cash line.",
    "Hearing aid dryer Perfect Dry Max RM 399; Zephyr by Dry & Store RM 559; desiccant refill RM 35.",
    "If the hall has a no-pet rule, we bring our plush Mr Buttons puppet instead of the rabbit.",
    "The trial sponsor is Bayer Pharma (Malaysia) Sdn Bhd, with the study team at Hospital Kuala Lumpur.",
    "For ethics questions write to the board at cdrb.secretariat@nhg-research.sg on weekdays.",
    "Complaints about financial institutions: e-mail bnmlink@bnm.gov.my or call 1-300-88-5465.",
    "Our Johor outlet WhatsApp line +60 12-771 5502 is for booking requests only.",
    "Enrolment: WhatsApp +65 8842 1177 (study team), Monday to Friday.",
    "Printer jammed again, call vendor Printwell IT Services 03-5882 6611 and quote ticket T-2231.",
    "Free blood pressure checks Tue to Sat 9am-4pm at Blk 512 Bedok North Ave 3 #01-260, no appointment needed.",
    "Hari Terbuka Tadika Cahaya Ilmu pada Sabtu ini di Lot 5, Jalan Seroja 3, 43000 Kajang. Semua dijemput.",
    # Session 40, rounds 319-320 (probes reworded; the blank payslip template is a named
    # guard for a file-name rule this session first over-reached with): a Malay police or
    # army rank before a name, a scam's victim, an Indonesian NIK after its label,
    # Indonesian given names, a visa overstayed, drunk and in a fight in Chinese, a
    # nickname saying it owes or said of today in English, a nickname in brackets or
    # opening a file's name, names run together in a personal document's file name, a
    # log's user account of a person's names; a duty line, a desk in brackets, a line for
    # one matter only in Malay, a concierge line, a store's customer service and 查詢請致電, an
    # example.cn mailbox, a department's name in quotes before a mailbox, an application's
    # database account, a terminal and an expo before an address, a ministry's petition
    # office, brands of bags and their owners' products, restaurants, medals, historical
    # figures, company words (Sons, Adventures, Dept, Sentral), a vessel's name after its
    # label, payment words ending in 付, Kota Bharu, a measure word before a discount, a
    # supplier ordered from, shops by their trade (漁具行, 文具, 影印).
    "After hours: WhatsApp +65 8123 9921 (association duty line, manned by the welfare committee).",
    "Talian kecemasan penganjur: 03-7711 2020 atau WhatsApp 011-2233 4455 untuk urusan tiket sahaja.",
    "Q: I lost my wallet at Jewel. A: Call the concierge line +65 6956 1212 between 10am and 10pm.",
    'Scanner sender: "MFP-2F" <mfp2f@example.cn>, subject 扫描 0043.',
    "The job runner connects with postgres://app@db.internal:5432/jobs every night.",
    "Kaunter tiket dibuka 6 pagi. Alamat: Terminal Amanjaya, Bandar Meru Raya, 30020 Ipoh, Perak.",
    "Hall 3, Singapore EXPO, 1 Expo Drive, Singapore 486150 hosts the career fair this weekend.",
    "I left my Michael Kors handbag at the food court, is there a lost and found desk?",
    "Dinner at Madam Kwan's KLCC: 3 tables of nasi lemak set at RM45 per pax.",
    "The two Indonesian marines, Usman Janatin and Harun Said, were hanged in 1968 for the bombing.",
    "Our fireflies tour operator Kelip Kelip Adventures refunded the cancelled slot within a week.",
    "From: Estimating Dept, Borneo Steelworks Sdn Bhd | Re: tender clarification, Bill No. 3.",
    "TBS-MLK,Terminal Bersepadu Selatan,Melaka Sentral,every 30 min,Standard 44 seater,12.60",
    "Download Payslip_Template_MonthYear.xlsx from the HR portal before filling it in.",
    # Session 40, rounds 321-322 (probes reworded): a relative's FPS ID, an NRIC labelled
    # as one's own in Chinese, a WhatsApp link its owner calls a personal line, a Hong
    # Kong plate by its car's owner (嘅車主), a delivery rider's nickname and broken ribs, a
    # parent introducing themselves by the child's name, a person-to-person payment QR's
    # payee (merchant category 0000) and not a merchant's name in its QR, Taiwan's mobile-
    # barcode e-invoice carrier (new recognizer; a format's example kept as its named
    # guard); ships by their prefix, role mailboxes (welfare, auctions, docs, car park), a
    # fixed line with or and a role mailbox after it, partner and collection-yard lines, a
    # finance department, a party by its legal role in Malay, a firm's name or
    # registration by its label before an address, a fair's booth after an address, stock
    # words (Cameron Highlands, wheat varieties, a slip's copies, tilapia), leaders of the
    # 1922 seamen's strike, brands.
    "Crew change for MT Siti Khadijah (IMO 9781234) moved to 1400 LT, launch from Marina South Pier.",
    "Pusat kebajikan pelaut: e-mel kebajikan@pelautport.org.my untuk pengangkutan percuma.",
    "Enquiries: Auction Department, Tel +65 6225 4190, auctions@harbourauctions.com.sg",
    "Laporkan mesej mencurigakan ke 03-2162 8800 atau fraud@takafulsejahtera.com.my.",
    "After 1pm call the partner line 6291 0077 for towing from the expressway.",
    "Semua penawar mesti mendepositkan 10% dalam bentuk Bank Draf atas nama Pemegang Gadaian sebelum lelongan.",
    'SAMPLE = "00020101021126370009SG.PAYNOW010120210201912345K030105204581253037025802SG5916WEE HENG KEE RICE6009Singapore6304FCE7"',
    "手機條碼載具格式為斜線加7碼，例如財政部示範用的 /ABC+123。",
    # Session 40, rounds 323-324 (probes reworded): a given name that is an everyday word
    # before a Chinese surname, a company officer whose private matter the sentence tells,
    # a given name alone before a room or a block with a private matter, Tamil given
    # names, money tight and a maxed card in Cantonese, a negated office word no longer
    # marks a business line; chat speakers by function, consultancies and co-working
    # cafes, books by their title in Malay, a Malaysian business registration no longer
    # read as an HKID, aged peel and Dewar flasks, a print shop by its trade, figures of
    # Singapore and Hong Kong in public roles, brands.
    "[11:05] Talent Acq: the outplacement workshop moves to 3 Apr, CV clinic and interview practice.",
    "★★★★☆ Kak Yah Career Consultancy, Seksyen 9 Shah Alam: 1-hour session RM120.",
    "★★★★☆ Kafe Pak Ahmad Co-Working, Bangsar: good wifi, kopi RM6.",
    "Katering Dapur Kak Yam Enterprise (SA0456789-K), No. 8, Jalan Reko 2, 43000 Kajang - invois INV-0891.",
    # Session 40, rounds 325-326 (probes reworded): a model, a helmsman by their post, a
    # nickname said to owe in fact (其实欠), online loans, a name in capitals after a phrase
    # of ownership, a car word before a Malaysian plate, Danny as a given name; server
    # accounts and SSH key types named like addresses, a company's mailbox by its domain's
    # own name, a line said to be manned, a secretariat's WhatsApp in Malay, a firm by
    # Service or Models before an address or a line, a tattoo studio by its trade, stock
    # words (keys, cash, orchids, moss, lauan, fertiliser, to highlight), figures, brands.
    "authorized_keys: keep only deploy@ci-runner and git@code.kedaimaju.my service keys; personal keys go through SSO.",
    'Key ID: "jenkins-build" Type: ssh-ed25519-cert-v01@openssh.com user certificate',
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIL0aQz root@localhost.localdomain # default comment",
    'gpg: public key "Docker Release (CE deb) <docker@docker.com>" imported',
    "Our 24-hour hotline 6250 1123 and WhatsApp line 8028 4477 are manned by the duty team.",
    "Invois Pak Mat Bike Service, Lot 9, Jalan Besar, 48000 Rawang | servis 20 basikal @ RM25.",
    "Q: Where is the open casting? A: Starlight Models, 12 Circular Road #02-01, Singapore 049394.",
    "Shimano Dura-Ace Di2 groupset, ex-display, RM12,800, warranty 2 years.",
    "The father of the nature aquarium, Takashi Amano, set the 60-cm tank standard.",
    # Session 40, mends after the full run at 15176756 (named guards for lines this
    # session broke, or uncovered, and mended): a novel's lead with a rank in a made-up
    # town, a port after a price's currency the model took in, a helper's rest days denied
    # (uncovered when Dept became a company word), a board game's designer by the game's
    # name (not a designer whose private matter is told).
    "Watak utama novel saya, Sarjan Amira Hakim, tinggal di pekan rekaan Sungai Senja dan memandu Proton Saga.",
    "Quotation QTN-26-1210-SG valid 14 days: 2x20GP Singapore to Jebel Ali USD 1,200 each, transit 14 days.",
    "Azul designer Michael Kiesling won the 2018 Spiel des Jahres with the tile game.",
    # Session 40, mends after the full run at ca562c6 (1,286 sets diffed against 15176756:
    # 51 fixed, 2 new; named guards): a shop named with a word-like given name and a
    # surname (Pearl Tan Couture), a customer's complaint about a tattoo (刺青 only as a
    # studio's name in quotes or with its shop word).
    "Spotted at Joy Lim Bridal's pop-up at Raffles City: 30% off sample gowns this weekend.",
    # Session 41: a business's FAQ giving its own contact in the answer to a question
    # about reaching, finding or paying it, or in the business's own voice; not an
    # assistant asked for one's own or a relative's data, not an answer naming a person or
    # speaking as one, not where somebody lives.
    "Q: Who do I contact about a billing error? A: The Accounts Unit, tel +65 6398 2241, e-mail accounts.unit@brightpath-care.sg, weekdays 9am to 5pm.",
    "Q: How do I pay the deposit from overseas? A: Transfer to our OCBC account 6512 8840 9911 and send the slip to finance@kidoasis.com.sg.",
    "Q: What if my parcel arrives after midnight? A: Our night desk runs on +65 6291 7730 and will hold it at the counter until 10am.",
    # Session 41, rounds 327-330: mailing lists, bots and a project's desks in git
    # trailers and .mailmap; a famous figure's published address (not at a mail provider);
    # pawnshops; an acronym's line, an official WhatsApp channel; roads of industrial
    # estates; algorithm names are no plates; names in Wi-Fi and home-automation
    # identifiers; Taiwan's hyphenated names; a single name by role, a nickname by post, a
    # child by age, a voice message's signature; a card's last digits; a masked version of
    # a list.
    "Cc: netdev@vger.kernel.org, stable@vger.kernel.org, dri-devel@lists.freedesktop.org # 6.1.x and later",
    "Reported-by: syzbot+9a4c1e7b2d@syzkaller.appspotmail.com  Tested-by: syzbot",
    "Translate Bot (bot) <translate@kopi-cloud.com> # weekly string sync for ms-MY and zh-Hant",
    "Signed-off-by: Greg Kroah-Hartman <gregkh@linuxfoundation.org> # stable backport queue",
    "Good rates at Hung Fat Pawn in Sham Shui Po but their WhatsApp line 5466 2210 is slow to reply.",
    "推荐Bukit Mertajam的“老陈钣金喷漆”，地址：No. 9, Jalan Perindustrian Bukit Minyak 2。凹痕修复手艺一流。",
    "ALTER TABLE rider ADD COLUMN plate_hash CHAR(64) COMMENT '车牌 SHA-256，明文不落库';",
    "After 6pm, message our OCC line +65 8000 7712 with the lift number (text only).",
    # Session 41, rounds 329-332: figures (a deafblind author, Paralympians, feng shui
    # masters, designers); surveying firms and smart-home devices by their kind; dealers
    # by their trade; a secretariat's, a management's and an academy's lines; a FAQ
    # answered in the business's own voice; hotel and lost-and-found desks; a notice in an
    # institution's own voice; a device filing number; Cantonese still before a verb.
    # Leaks: an affair and a custody fight, a role the model took in before a name, a
    # customer by given name, a nickname after a group's label, a photo named after its
    # subject, a licence's file name in lower case.
    "Helen Keller's autobiography The Story of My Life (1903) is on the reading list of many deaf schools.",
    "Powerlifter Bonnie Bunyau Gustin from Sarawak won gold at the Tokyo 2020 Paralympics.",
    "aq-sns-07,Laundry Leak Sensor,Laundry,Aqara,SJCGQ11LM,Zigbee,0.0.0_0019,,2026-11-30T20:58:02+08:00,87",
    "Untuk sebarang pertanyaan, hubungi sekretariat di 03-2274 1188 (SMS/WhatsApp sahaja).",
    "Pertanyaan kelas dewasa boleh dihantar melalui WhatsApp rasmi akademi +60 12-380 6621.",
    "Front desk: +65 6291 5520 (24 hours) | stay@kampongcapsule.sg | UEN 201723118W",
    "Q: Is Li Ju Ming one of your masters? A: No. We are not linked to any celebrity master; report scams to 18222.",
    # Session 41, rounds 331-334: a staff member named before their role, a coffee shop's
    # premises; leaks: a nickname as an object after 了, a nickname with 哥 addressed, a pay
    # and a beating in Cantonese, money lent, a loan shark in Malaysia's word, a child's
    # given name before the parent who speaks, Sabah's and Sarawak's Christian given
    # names, Basic credentials decoded, a directory's user id of three names, a pinyin
    # user name run together.
    "Transcript preview: 'Hi, this is Lucky Star Kopitiam at Blk 22 Ghim Moh Road #01-18, calling about your catering order.'",
    # Session 41, rounds 333-336: accounts in a body's name after the number or on a
    # cheque (戶名「財團法人…」, atas nama Majlis Gereja, payable to a parish); a parish
    # bulletin's, an auction's and pinyin-named desks' mailboxes, a public mailbox in
    # Chinese; a church's and a shop's enquiry WhatsApp.
    "Cheques payable to 'Parish of the Holy Spirit - Building Fund', OCBC current account 501-223344-001.",
    "Persembahan boleh dipindahkan ke akaun Public Bank 3198-7711-05 atas nama Majlis Gereja Sidang Injil Kota Kinabalu.",
    "Bulletin deadline: items for the Lent issue must reach bulletin@stjosephparish.org.sg by Wednesday noon.",
    "TRAFFIC,allow,src=10.20.8.17,user=caiwu-gongyong@corp.lanan.cn,dst=101.226.4.6:443,app=wechat-base",
    "Eh the church WhatsApp line 9177 4410 got so many msg overnight, mostly asking Christmas Mass timings.",
    # Session 41, named guards for lines this session broke and mended: a romanised name
    # before its possessive, a nurse manager's post, a policy on egg freezing, a company's
    # account by its last digits.
    "All fall incidents must be reported to the Nurse Manager within 1 hour; serious injuries go to the Medical Director.",
]
MUST_HOLD = [
    "Nama Siti Aminah, telefon 012-345 6789, data ujian kelas esok.",
    "Tulis surat: jiran saya Encik Rahman Yusof di No. 8 Jalan Mawar 3 selalu bising waktu malam.",
    'Translate this notice: "Owner Mrs Lau Mei Kuen of Flat 12B owes HK$8,200 in fees."',
    # Session 7, round 8: a task on pasted material is no essay prompt; an HKID without
    # its check digit after its word; redacted records; a MyKad said digit by digit.
    "Summarise: Ms Tan Hui Min, 41, of Bedok North, was fined S$3,000 for drink driving last week.",
    "Explain this email: Dear Mr Rajesh Pillai, your biopsy results show stage 2 cancer.",
    "HKID Z683471 is mine, the digit in brackets is 5.",
    "Patient [REDACTED] was diagnosed with HIV on 3 May.",
    "my ic is nine zero zero one zero one one four five six seven eight",
    'my phone is "+65 9123 4567" == the one on my IC?',
    # Session 7, round 7: leave and surgery, account names in capitals, own ids, 'a Ms'.
    "Minutes: Ms Kavitha d/o Suppiah remains on hospitalisation leave after her knee surgery; a phased return will be reviewed.",
    "户名：LIM SOO HOCK，账户 514122907763，请在周五前转账。",
    "我的身份证 110101199003077774，测试数据是另外一个。",
    "A Ms Wong from Block 12 called about her son's fever.",
    "My colleague Amy Lane has been on sick leave since Monday.",
    # Session 7: their near misses (own voice, a member's account, a real card number).
    "My number is 9123 4567, this is the number listed on the website.",
    "my sis Jolene has been skipping meals and hiding it from mum, she's 14",
    "Our member Tan Ah Seng's account was charged twice, please refund him.",
    "My colleague Mei Fen has 3 times as many leave days as me, how many can she carry over?",
    "In the story my neighbour Kelvin told me, he lost his job at the port last month.",
    "Card 3742 1938 4756 106 was used at the airport, I did not make this purchase.",
    # A name the small NER model runs on into what follows a dash or a bar; a callback.
    "Ticket #5120 - user Amy Ho - refund requested.",
    "Wendy Leung | Kowloon Bay | wants a new card",
    "Callback number 6652 1839; ticket escalated.",
    # Near misses of the clearing rules.
    "Our customer Jane Doe complained that her refund never arrived.",
    "Minister Tan's mobile is 9123 4567, please do not share it.",
    "Hantar ke alamat saya No. 12, Jalan Bunga Raya, Taman Melati, 53100 Kuala Lumpur.",
    "HKID: A123456(3)",
    # Private people named by a relation, an honorific of elders, a department.
    "My colleague Shalini is down with dengue this week.",
    "her husband Prakash will collect the keys tomorrow",
    "Please tell my neighbour Rajesh that his parcel is with me.",
    "Uncle Muthu from Block 12 fell and is in hospital now.",
    "Auntie Rosnah says her grandson Hakim got into NUS.",
    "Adik saya Farid kemalangan semalam dan dimasukkan ke wad.",
    "Jiran saya Kamal sakit jantung dan perlu pembedahan.",
    "Jason from ops is on MC until Friday, Kelvin covers for him.",
    "Reference: Charmaine Ong reported to me for three years before her medical leave.",
    # A handle announced after it; plates beside a make or 'bernombor'; a lower-case NRIC.
    "My son posts as @ryan.lim.07 on Instagram, please tell him to stop.",
    "My daughter is on Instagram as @jolene.tan.2009 and lost her wallet.",
    "The grey Toyota SKQ 1234 Z hit my car at the carpark.",
    "Kereta Proton Saga bernombor BKT 2231 milik jiran saya rosak di tepi jalan.",
    "my ic is t 012 3456 g can help check?",
    # Near misses of --blind-en2's causes, and its leaks' causes: a pupil by class, staff
    # named by a customer, a handle after "follow my page".
    "I have moved to 25 Tampines Street 92, #01-05, Singapore 528877 with my kids.",
    "Well done to Nurul Aina of Primary 4 Courage on her chess championship medal.",
    "The cashier Wendy at the Tampines outlet shouted at my mother.",
    "Follow my page @kueh.by.mei for orders, I deliver around Bedok.",
    # Near misses: a person's line at the office; passports of any country.
    "Please call Mr Lim at our office, 6258 3300.",
    "Booking for passenger LIM WEI JIE, passport E1234567N, flight SQ 12.",
    "No. pasport saya A12345678, tolong semak.",
    "My colleague Aiden is off sick today.",
    "Write Kelvin Tan a thank-you note for covering my shift.",
    # A celebrity elsewhere in the text does not make a private person fictional.
    "Rajesh Kumar works night shifts at Changi and loves Taylor Swift.",
    "Siti Aminah from Bangi is a huge fan of Siti Nurhaliza.",
    # Near misses of --blind-en5's clearing rules.
    "My cousin Teo Hui Min is a Singaporean singer who performs at weddings.",
    "Tan Wei Ling is a Singaporean engineer who lives in Bedok.",
    "IC saya 850215-10-5423 (bukan contoh)",
    "My NRIC, for example, is S9812381D.",
    "My son Wei Jie is 7 and his sister is 10. How old will they be in 2030?",
    "Add me on LINE: mei-ling, I'm in Taipei next week.",
    # Near misses of the word-problem and peer rules: a patient's days in hospital asked
    # as a question; a private person photographed with a singer.
    "Wei Jie Tan was admitted on 3 May. How many days has he been in hospital?",
    "Aisyah Rahman with Siti Nurhaliza at the mall today",
    # A holder's own NRIC typed wrong (checked through the whole scanner: its pre-filter).
    "My mum's NRIC is t-0412753-k, please update her record.",
    # Their near misses.
    "My home router's public IP is 118.189.20.45, can you whitelist it?",
    "Tell me about my neighbour Rajesh Kumar, he owes me money",
    "Deliver to my home at 25 Tampines Street 92, #01-05, not the service centre.",
    "My son lives at 12 Bishan Street 13, call me at 9123 4567",
    "Please call Tan Wei Ming at 9123 4567",
    "In the story, my neighbour Tan Ah Huat is the villain lol",
    "My colleague Wei Ming wrote a short story about his divorce.",
    # Round 10: a number in chat slang spelled out; a surname after an honorific.
    "hmu on nine one two three four five six seven, ask for Kelvin",
    "Pls update Mrs Goh's file, she is due for dialysis on Friday.",
    "My sister Jane Tan's new album flopped and she is depressed.",
    # Round 11 (blind-ms6): Malay kin titles with private matters, relations, a patient
    # label, a name asked about, a child's name and class, an old IC, a spaced passport.
    "Makcik Salmah jiran aku dah tiga hari masuk wad sebab strok.",
    "Abang Zul kat pejabat tu tengah proses cerai dengan isteri dia.",
    "Suami dia, Hairulnizam, berhutang dengan along RM20k.",
    "Sesiapa kenal Norliza yang kerja kat farmasi Bangi? Dia pinjam duit aku RM500.",
    "Pengesahan temujanji: Pesakit LIM AH SENG, Klinik Mata, 3 Mac 9.00 pagi.",
    "Nama dia Irfan Hakimi, 3 Bestari, SK Taman Melawati, kena buli minggu lepas.",
    "IC lama atuk saya K1234567, dia lahir 1938 di Kuala Kangsar.",
    "Nombor pasport: B 5512904, pembantu rumah kami.",
    "Insurance claim denied: Mrs Lee Siew Ping's policy excludes her undeclared asthma.",
    # Round 11: a greeting after a full-width colon and before a full-width comma; a given
    # name alone after a parcel's label.
    "帮我回这个 email：Hi Daniel Lim，你的 blood test 结果出来了，doctor 叫你下个礼拜复诊。",
    "Parcel for Block 12 #05-33, Ang Mo Kio. Recipient: Priya",
    # A given name alone with a private matter in its clause.
    "Haslinda pinjam duit aku RM2k sampai sekarang tak bayar.",
    "Zulkifli kena tangkap polis semalam sebab dadah.",
    "Aiman sakit demam, tak datang sekolah hari ni.",
    "Jessica took MC for 20 days this year.",
    # Round 12: a condition said of a name amid public words, relation abbreviations, an
    # HDB address whose street ends in a number, Tamil number words, a profile's "my name".
    "Team manager said Ethan Koh from the U14 squad has epilepsy, keep his meds in the kit bag.",
    "My BIL Rajendran got caught for drink driving again.",
    "my bf Marcus's IG password is on a post-it lol",
    "Vivian Tan owes three months' rent at Blk 218 Bedok North St 1 #04-22.",
    "அப்பா phone: பூஜ்ஜியம் ஒன்று இரண்டு மூன்று நான்கு ஐந்து ஆறு ஏழு எட்டு ஒன்பது",
    "Nama saya Nurul Izzah dan saya mahu menukar alamat rumah.",
    # Round 13: a name followed by "nama dia", a chat log's speaker, a relative set off by
    # commas, names in capitals on a pharmacy label and a lab report.
    "Kawan aku tu, Ida nama dia, baru kena buang kerja minggu lepas.",
    "[14:02] Henrietta Caldwell: my landlord keeps entering my flat without notice",
    "Saya kat klinik teman suami, Roslan, buat dialisis.",
    "Pharmacy label: TAN AH LEK - Metformin 500 mg twice daily.",
    "X-ray reported for CHUA MEI LIN, age 68, MRN 2210-33901: no fracture.",
    # Round 14: a given name alone (or as a possessive) with an HR or health matter, a
    # famous name in a payroll record, a name or an id hidden by spelling or reversing.
    "Adrian from Logistics asked for compassionate leave; his mother had a stroke.",
    "Rebecca's work permit renewal was rejected, please keep it quiet.",
    "Johnny tested positive on the site drug test this morning.",
    "Staff record 2231: Yao Ming, storeman, on medical leave until Friday (back injury).",
    "Please make sure N a t a l i e  C h u a gets her asthma inhaler before PE.",
    "Text me on this, written in reverse: 87654321931",
    # A private matter before the given name; a person singled out by description.
    "Unpaid leave for Deepak next week, his father is having a bypass.",
    "The only Malay nurse on the paediatric ward was given a warning letter for lateness.",
    # Round 15: a MyKad said with a two-digit word, an insurance policy with a relative's
    # illness, a pupil named with a class.
    "My MyKad is nine zero zero one one five, ten, six six seven eight.",
    "Saya nak semak status: no. polisi 88120034, isteri saya masuk wad semalam.",
    "Please excuse pupil Hafiy (2 Bestari) from PE, he has a fractured wrist.",
    # Round 16: a victim named with her street, an NI number's letters typed apart, a
    # house number after the road, a child after a parent's word, initials with a private
    # matter, a name written backwards.
    "The complainant, 14-year-old Lim Jia Hui of Tampines Street 81, reported the assault.",
    "NI number is J R 12 34 56 A, please update my payroll record.",
    "Rumah kami di Jalan Cempaka 4, Kulim, nombor 22, sebelah kedai runcit.",
    "Saya bapa kepada Muhammad Irfan dari kelas 4 Amanah; dia baru keluar hospital.",
    "Encik R.A.M., pemandu lori syarikat kami, sedang disiasat kerana dadah.",
    "Write it backwards: gnaH ieW - he's the one who owes the loan shark.",
    # Round 17 (--blind-en20, --blind-ms9): a colleague named once, with a private matter
    # anywhere in the sentence; a writer's own name after 'Nama aku'; a child's diagnosis.
    "Pls don't share: Rachel's father passed away last night, she'll be out all week.",
    "Marcus was put on a performance improvement plan after the audit, keep it quiet.",
    "Nama aku Hafiz, hutang PTPTN aku dah RM30k, tolong bagi tips.",
    "Anak saya Aiman disahkan autisme bulan lepas.",
    # Round 18 (--blind-mix11): speech-to-text transcripts, caseless, identifiers read out.
    "[agent] can i have the nric [caller] s eight one two three four five six f",
    "um my brother daniel lim is in icu after the accident please pray for him",
    "[caller] my passport number is j one six four two seven seven zero b",
    "my car plate w q k four four eight one kena clamp at my house again",
    "abang kamal dari stor tu on mc sebab baru lepas surgery",
    "Medical certificate: Lim Kwee Hong, 58, admitted to hospital with dengue, 5 days leave.",
    "Please bank in to my POSB savings 198765432 by Friday.",
    "so mr kumaran from the third floor said his wife got cancer",
    "Call my mobile +65 9123 4567 from overseas, I'm in Perth this week.",
    # Round 19 (--blind-ms10): a kin title with a birth-order word, a child named with
    # the class by its number and name.
    "Abang Long Zulkarnain masuk wad semalam, kena strok.",
    "Dear teacher, I am the father of Daniel Wong from 4 Melati; he has dengue fever this week.",
    # Round 19 (--blind-evade10): personal data encoded or in a booking record's shape.
    "data=eyJuYW1lIjoiQ2h1YSBNZWkgTGluZyIsIm1vYmlsZSI6Iis2NSA5MTIzIDQ1NjcifQ==",
    "GET /u/dGFuLndlaW1pbmc4OEBnbWFpbC5jb20= 200",
    "k=e99988e5b08fe7baa23133393132333435363738",
    '{"pax":[{"n":"TAN/AH KOW MR","ppt":"E3318260K","seat":"12A"}]}',
    # Session 10, the older Slack set's single names: a full name or any capitalised owner
    # of a private matter, an intern named after "our intern".
    "Ravi Shankar's work permit renewal was rejected, he has two weeks to appeal.",
    "Thivya's maternity leave starts next month, please cover her shifts.",
    "Our trainee Wan Ying stays in the hostel at Jalan Kuchai Lama, send the documents there.",
    # Round 20 (--blind-zh21, --blind-mix12, --blind-evade11): a person asked about in
    # Cantonese, an honorific before a romanised name, a car by its kind before the plate,
    # leetspeak, a nine-character passport number.
    "有冇人識Kelvin Chan？佢收咗我按金之後就唔見咗人。",
    "The unit is let to Mrs. Ho Wai Ling of Block C.",
    "Kereta Axia merah VBN 4471 parking depan rumah aku dah 3 hari.",
    "n4m4 s4y4 Siti b1nt1 H4sh1m, 4l4m4t N0. 8 J4l4n K3nang4 2, T4m4n M3l4t1",
    "passport no. L2K9F7R41, name on it: Max Bauer",
    # Session 11, round 21 (--blind-ms11 and others): a name in capitals on a card by the
    # Malay label, a sibling's home next to a clinic, a companion at a film.
    "nama atas kad MOHD FAIZAL BIN RAHMAN, nombor kad jangan share",
    "Hantar ke rumah abang saya sebelah masjid, No. 8 Jalan Cempaka 2, 43000 Kajang.",
    "Watched 'Ola Bola' with Daniel Ong last night, he cried at the ending.",
    "Ethan Tan plays the lead in 'Annie' at school next Friday, come watch!",
    # ... a Hong Kong flat by floor, block and estate.
    "Please deliver to Flat 9, 14/F, Block C, Lok Fu Estate by Friday.",
    # ... (--blind-chat11) a romanised name after a Chinese account-name label.
    "户名 Huang Mei Ling，退款到这个账户",
    # Round 22 (--blind-mix14, --blind-evade3): a card holder's key in an export, an
    # e-mail with a Chinese "at" and an English "dot".
    "export row 12: cardholder=TAN SOO LING, card=5521 0099 1234 5678, exp=11/27",
    "email saya: tan.ah.kow 艾特 yahoo dot com",
    # Round 23 (--blind-evade13): a Malaysian fixed line after a phone word, an account's
    # holder between its label and the number (said in Malay words), a MyKad split by HTML
    # tags.
    "Telefon rumah pak cik Rahim: 04-263 1234, dia tak ada handphone.",
    "No akaun CIMB Puan Rosnah: dua tiga satu kosong, empat empat lima enam, tujuh lapan sembilan satu.",
    "<b>Nur</b><b>ul</b> binti <i>Aziz</i> — MyKad <span>850312</span>-<span>14</span>-<span>5522</span>",
    # ... a handle spaced out after its "@", a card number with a wrong Luhn digit and its
    # expiry.
    "Telegram @ t a n _ w e i _ 9 9 — dia jual iPhone terpakai",
    "Kad debit Maybank: 4563 5180 2217 3940, luput 11/27",
    # Round 24 (--blind-en27): a name in capitals greeted by a clinic's SMS.
    "Polyclinic reminder: Dear LIM SOO HOON, your appointment is on 3 Feb at 10:20AM.",
    # Round 25 (session 12)
    "Deliver to Harbour View Tower, 12 Bay Road, Central.",
    "Send it to my flat near Lotus Tower, 88 Riverside Road, Apt 5C, Haizhu District.",
    "My case: 9123 4567 is my number",
    "her ins is @lily.wong_ucl and she posts her gym selfies every day",
    "Patient [NAME] of [ADDRESS] was admitted on 3 May.",
    # Round 26
    "I made the booking, call me on 2577 3186",
    "reach me at 2577 3186 after 6",
    "Selling my bike - ask for Priya, 6597 2183.",
    "my email is tan.hr@company.com.sg",
    "FIN G7742918M tu helper Indonesia kami, permit expire Feb depan",
    "Kereta saya plat VMA 1234 kena saman",
    "Telefon rumah mak cik Halimah di Ampang: kosong tiga, lapan sembilan dua dua, enam tiga satu kosong.",
    # Round 27
    "my card 4532 7719 0846 2215 got charged twice by the florist",
    "NAME: OKAFOR, CHIDI E   DOB 1979-08-23   SEX M   LAB NO 24-118-0073",
    "Name: Chidi Okafor DOB 1979-08-23",
    "HR 1:1 notes — 曾小凤 said she has been seeing a psychiatrist for anxiety since June",
    "my neighbour Arjun Pillai, the hero of our block, called 995",
    "my agency WhatsApp 6123 4567, ask for me",
    # Round 28: speech transcripts (caseless names after an honorific, a label or a given
    # name; ids and flats read out; a lone letter after an id's label), handles, plates
    "so mr lim wei jie your hba1c came back at nine point one which is quite high",
    "patient goh siew ling date of birth twelve march nineteen fifty eight presenting with chest pain",
    "doktor cakap my mother madam koh ah lian ada diabetes then her blood pressure also high ah",
    "he stays at block four three two ang mo kio avenue three hash twelve dash two one seven",
    "uh passport number k one two three four five six seven a holder name shaun tan kok wee",
    "nombor pasport saya a tiga dua satu lima empat empat lapan tujuh nak tukar tarikh penerbangan",
    "Hi I am Joel, 24, Sengkang, my tele is @joel_kwek_sk, hmu if ur down for supper",
    "Grab driver was Rahman, SLK 3310 C, and he texted my personal number after the trip",
    "Abang Hafiz tu tinggal Blok C-8-12, PPR Kampung Baru Air Panas, dia yang jual akaun curi.",
    # Round 29
    "email me: freddy at gmail dot com",
    # Session 13, round 31: somebody's own officer or an athlete with a private matter.
    "Our chief executive Melissa Goh wants the payslips of her team by Friday.",
    "My secretary Linda Tan will call you about the lease tomorrow.",
    "pls email kelvin at gmail dot com for the kids' class photos",
    # ... a passenger by one given name, a passport after an agent's "PP", a winner whose
    # masked id is no year of birth.
    "Please change the pax name to NG/KAHWAI MR on PNR 5TRX8Q, DOB 02JUN90.",
    "Ticket reissue: PP A40218867 exp 2029, seat 32K, meal VGML",
    "Pemenang cabutan: Rosnah bt Ahmad (8807**-**-4410), Taman Seri, Alor Setar",
    # Round 32: a private person's race and crash; a mailbox before "to renew".
    "My brother Jason Tan raced his Civic at Sepang and crashed, he is in Serdang Hospital now.",
    "email jeremy at gmail.com to renew the club membership",
    # ... a statement's holder in capitals before the member number.
    "Penyata KWSP 2024: LEE SIEW KUAN, No. Ahli 20931847, baki Akaun Persaraan RM38,120.40",
    # ... an academic with a private matter; students and staff by their numbers.
    "Dr Roslan Ahmad (Senior Lecturer, UPM) is under internal investigation for plagiarism; keep this confidential.",
    "Disciplinary panel: Lim Shu Fen (A0234512K) submitted a ghost-written essay; hearing on 3 Feb.",
    "Kak Yati staff ID HQ-20551 pregnant already, due in May, she want to start maternity leave early.",
    "my uncle Lim's Chicken Rice stall closed because he had a stroke",
    # ... a pastor in a prayer request; an Indonesian passport.
    "Please pray for Pastor Wong Kah Hock, warded at NUH after a stroke, call his wife at 9123 4567.",
    "Tolong bantu Sri Wahyuni (paspor C 4471920), majikannya di Taichung tahan gaji dua bulan.",
    # Round 36 (evade17, en38): a name the model ran on into the sentence, whose surname is
    # also a word of history (Zaman); a neighbour's infectious disease.
    "Slip gaji Encik Kamarul Zaman bin Ahmad bulan Nov: gaji pokok RM3,800, elaun RM400.",
    "The tenant at C-3-12, the Nepali guy Suresh, confirmed TB already, health dept came.",
    # Round 37 (ms18): a student's number after the Malay word for it.
    "Dr, saya Aqilah dari tutorial T07 (matrik 1211104432). Saya masuk wad sebab denggi, ini MC.",
    # Round 38 (en40): a guest by room number and injury, the room number no year of history.
    "Ms Rebecca Ong Siew Lan from 2307 slipped in the shower, cut on her chin, 3 stitches at Mount Elizabeth. She wants to claim from the hotel.",
    # Round 39 (en41): a number in international form from outside the region.
    "Sister in Pampanga +63 917 552 8104, call her if anything happens.",
    # Session 14, round 40 (ms19): a name in capitals by its patronymic on a payslip; a car
    # by its model and plate; and the near misses of round 40's clearing rules.
    "Slip gaji: NORAZLINA BINTI HASSAN, Kerani, Gaji Pokok RM2,480.00, KWSP RM273.00",
    "Axia merah WQK 5512 selalu halang pintu pagar rumah no 14, tolong tegur.",
    "audit: user=lim.jiahui@acme-freight.com.my action=EXPORT rows=1200",
    "Your parcel was delivered to my home at Jalan Ampang, please check the gate.",
    "Add Sarah Tan to the on-call rota, she is on MC until Friday with dengue.",
    # ... and round 41's near misses: a private seller's sister, a private payee.
    "Preloved Coach bag 30cm, selling for my sister Amanda Lee, she is in hospital",
    "Pay to my sister's account Maybank 5140 2293 8876, Aminah binti Yusof",
    # ... a famous name as the start of a namesake's full name (patronymic, more syllables).
    "Anak saya, Siti Nurhaliza binti Osman, ada demam denggi dan masuk wad semalam.",
    "Our new hire Lee Chong Wei Ming starts Monday, staff ID 44120, he has asthma.",
    # Round 42: a German tax id and an Italian fiscal code after their labels; European
    # given names; a cake seller by "pm dia"; digits as sound-alike or misspelt words; an
    # e-mail typed a letter at a time with Malay (titik)/(di); a name dotted letter by letter.
    "Steuer-ID 30866963147 für Jana Becker, bitte ins Lohnkonto eintragen.",
    "Spouse: Laura Verdi, codice fiscale VRDLCU92A41F205R, joins in May.",
    "Maarten Jansen from Treasury is off sick with burnout until April.",
    "The letter for Anne-Marie Keller, Lindenstraße 8, 10115 Berlin, came back unopened.",
    "nk beli kuih pm dia terus 0127718823, nama dia Kak Ros",
    "whatsapp me: eight one ate six, too oh for nine. Mei Ling",
    "Text me: nine-six-tree-fyve, sicks-wun-too-oh. Darren",
    "emel dia: n u r u l (titik) a i n (di) gmail (titik) com",
    "my neighbour S.i.t.i A.m.i.n.a.h is on dialysis now",
    "telegram handle: at sign aina dot cakes underscore kl, Aina from Shah Alam",
    # ... round 43: a home by its number in Malay (rumah 12); a home business's handle
    # that says official; an officer's own mailbox at a government domain.
    "ambil kek di rumah 12, Jalan Mawar 3, Taman Mawar, 43000 Kajang, tanya Kak Ani",
    "IG @kedaikakani_official milik Rohani Ismail, pesanan di rumah 12, Jalan Mawar 3",
    "tan.weiling@moe.gov.sg is the teacher who reported my son to the principal",
    # ... round 44 (en46, ms21): speech transcripts' lower-case names after a party's or a
    # relation's word (the accused, new hire, auntie, my name is); a handle said with a
    # plain "at"; an account holder in capitals with BT.
    "caller: my name is melvin goh, the parcel went to the wrong unit again",
    "COURT: the accused lim kok wah aged thirty pleaded guilty to theft",
    "minutes: new hire chen li na starts monday, offered rm six thousand basic",
    "voice note: auntie mandy foo just came back from chemo, very tired",
    "spk_1: my ig is at joanne underscore bakes underscore sg, order there",
    "Akaun CIMB 8001 2345 6789 (SITI AMINAH BT YUSOF), bank in deposit ya",
    # Session 15, round 47 (en49, evade21): a captain's medical, whose "AF episode" is no
    # television's; a number split apart after an e-wallet's name.
    "Capt. Ho Wei Ming's Class 1 medical suspended pending review of an AF episode on the KUL sector.",
    "Transfer to TNG eWallet 017-3 3 8-2 1 5 6 (Shalini) after COD.",
    "C o n t a c t  9 . 4 . 8 . 1 - 2 . 7 . 0 . 6  (Benny, Yishun)",
    # Round 52 (en54): a Hong Kong name with ``Sze`` after an FPS id.
    "Pls transfer the deposit to FPS ID 1290 4412 (Chan Ka Sze), thx",
    # Round 48 (mix31): a name in capitals read off a card; a Chinese passport after the
    # Malay word for it.
    "found a student card at the library, it says ONG SHU FEN, please return to her",
    "Permohonan visa pelajar untuk Chen Hao (pasport China E39182746) ditolak.",
    # An older leak (en45): a single given name as a sexual crime's victim.
    "The Jurong East bus molest victim was Nadia, the Malay girl from Nanyang Poly, she's in my CCA.",
    # Round 50 (en52, evade22): a room number in brackets is no year of birth; a name
    # under a person's JSON key.
    "Ms Aina Roslan (1203) asked concierge to keep her chemo appointments private.",
    '{"card_holder":"TAN WEI LIANG K","exp":"11/28"}',
    '{"traveller":"Li Wenhui","passport_body":"4719035","dob":"1991-03-02"}',
    # Round 51 (ms25, chat26): a doctor found positive for drugs and suspended, in Malay; a
    # CV's work history and date of birth ("history" is no history book's).
    "Dr. Ahmad Zaki, Pegawai Perubatan UD44 Hospital Miri, didapati positif dadah dan digantung kerja.",
    "Work history: 2019-2022 Lazada, Analyst, RM4,800/mth. Nurul Huda Salleh, DOB 02/07/1994.",
    # Rounds 53-54: the edges of this round's rules (a home fax; a payment to a phone; a
    # person's own mailbox under their name).
    "My home fax is 6555 0123, call my mobile instead",
    "Send RM50 to 012-345 6789 via DuitNow and screenshot to me",
    "Kelvin Tan <kelvin.tan@northwind.com.sg> wrote: I was warded at NUH last week",
    "Stock count: Jason Tan 12, Mary Lim 3, Ali 5; Jason has diabetes",
    # Round 55: a Hong Kong name with its surname in capitals, as courts print it; a
    # player's allowance is his own, whatever prize money the text mentions.
    "The Respondent, Madam CHEUNG Mei-ling, aged 68, was admitted to Queen Mary Hospital after a fall.",
    "Player contract: Marcus Tan Wei Jie, monthly allowance S$1,500 plus 10% of prize money.",
    # Round 56: a name in a template's brackets is still a name when it is no slot's kind.
    "Hi [Jason Tan], your pass expires on 3 March, please renew it.",
    # Round 57: a pupil's special needs by name; a class's marks under "Sejarah" (the
    # subject, not history).
    "Nur Aleesya Sofea dari Tahun 2 Bestari ada sindrom Down dan perlukan pembantu.",
    "Markah Sejarah 4 Bestari: Muhammad Hafiz bin Rosli 42, dia ada disleksia.",
    # Round 58: a flat in lower case in a chat; a name spelled in hex escapes in code.
    "Saya Farhana, unit C-3-11 Residensi Sri Damai, Cheras, tolong hantar parcel ke guard house.",
    # Round 59: a record with one real value among its placeholders.
    '{"patient_name": "<NAME>", "id_no": "<ID_NUMBER>", "diagnosis": "HIV positive"}',
    # Round 60 (ms30): a form's "Prepared by" is no author's; Sarawak's "anak" patronymic.
    "Claim Form Prepared by Jason Tan, he has dengue",
    "Ranggau anak Jimbun, 58, rumah panjang Sungai Assan, Sibu, kena strok bulan lepas.",
    'name = "\\x54\\x61\\x6e\\x20\\x42\\x65\\x65\\x20\\x4c\\x69\\x61\\x6e"; diagnosis = "HIV positive"  # do not log',
    # Round 61 (en62, ms31, chat32): a boarding pass's passenger, title glued to the
    # given names; a fisherman in zone "A"; a name of a vowel syllable (Ah) with an age and
    # a fine; a seat after the passenger's name (``S.A.`` of a company's name is no pattern
    # for ``SEAT``); one's own co-founder.
    "NAME: LOH/WEIJIEMR SEAT 14C",
    "My co-founder Jason Lim owes me $20k and won't return my calls.",
    "M1ONG/BEEHOONMR       E9XK2LP SINPENMH 0611 312Y014C0078 100",
    "PAX RAHIM/AHMADFAIZALMR OFFLOADED, BAGGAGE RETRIEVED",
    "Peserta Zon A Siti Hajar binti Ismail belum terima bayaran elaun sejak Mei.",
    "Peniaga runcit Tan Ah Seng, 61, didenda RM5,000 kerana menyorok minyak masak.",
    # A Malaysian home by a bare house number before its road and estate.
    "Send the keys to my flat at 22 Jalan Bunga Raya, Taman Universiti, Skudai.",
    # Round 62: a famous name inside a hospital's name makes nobody else famous; a police
    # centre (NPC) is no game's character; an allowance in Malay; a hereditary title on a
    # private person; a person's vCard beside a clinic's.
    "Wendy Lau was born at Queen Elizabeth Hospital and works as a nurse in ward 5B at Kwong Wah.",
    "police report made at Bedok NPC. his name Marcus Teo Wei Jie, he took 5k over 2 years.",
    "Elaun ketua jurulatih Encik Rosli Kassim naik ke RM1,800 sebulan, EXCO persatuan dah lulus.",
    "Tengku Ahmad Faizal bin Tengku Razak was warded for dengue, his wife said.",
    # ... and a subscriber's line in a mail header.
    "Received: from [10.0.0.2] (bb116-15-20-8.singnet.com.sg [116.15.20.8]) by mail.example.sg",
    # Round 65 (ms33, chat34): an account holder after the bank's name; a staff number in
    # Malay with a sick leave.
    "Bank in to Maybank Nurul Huda binti Kassim 5621 7788 1234 for the refund, she is my cousin.",
    "MC pekerja: ID pekerja 00731, Jabatan Stor, cuti sakit 2 hari, demam denggi.",
    "BEGIN:VCARD FN:Klinik Kesihatan Ampang TEL:+603-4291 1111 END:VCARD BEGIN:VCARD FN:Siti Aminah TEL:+6012-345 6789 END:VCARD",
    # Session 18: a founder in crime news, named with their age.
    "Fintech co-founder Marcus Teo, 37, was charged on Monday with cheating investors of $1.2 million, police said.",
    # Round 68 (ms35): a private matter told beside a famous character's name; a Malay
    # given name of that generation with a pay offer.
    "Kak Ros gerai depan kolej kata anak dia Athirah masuk wad sebab denggi.",
    "HR cakap gaji yang syarikat tawarkan kat Nabihah Osman RM3,100, jangan cerita kat orang.",
    # Round 70 (en71, ms36): a stand-in name given a date of birth; a medical history and a
    # sick leave in Malay, not history or sport.
    "Senior citizen card: Tan Ah Kow, DOB 04/11/1950, card 1009 6201 7788 1234.",
    "Pemain Mohd Faris bin Kamal ambil MC 3 hari, demam panas, tak dapat main perlawanan.",
    "Atlet Nur Batrisya binti Azman, tarikh lahir 02/09/2012, ada sejarah asma.",
    # Round 72 (ms37, chat38): an Indonesian spouse with a passport after its country; a
    # pregnancy of a clerk with a patronymic after Abd; a guest's car by its make and model.
    "Suami saya warganegara Indonesia, Agus Setiawan, paspor Indonesia B7741203, nak renew pas.",
    "Tahniah kpd Norhafizah Abd Rahim (kerani JPN), disahkan mengandung 3 bulan!",
    "Tetamu naik Proton X50 hitam, VKE 4471, datang Jumaat malam.",
    # Round 73 (en74): a person's own medical history is no history prose; a person's
    # initials as a mailbox after their name are no desk's.
    "Claim for Wong Siu Ming (MRI knee) denied - he has a history of ligament tears.",
    "Tan Mei Ling Yew: tmly@gmail.com",
    # Round 74 (ms38): a cousin after a relation and a short possessive; a flood victim after
    # Pn without its dot; a home by its owner (Rumah is no place word).
    "Adik sedara sy Hakimi, 14 thn, sejak banjir asyik mimpi ngeri, tak nak pergi sekolah.",
    "Mangsa: Pn Rosnah Abd Latif, Kg Pasir Mas, perlukan ubat darah tinggi.",
    "Rumah Puan Devi a/p Krishnan nombor dua puluh tiga, Jalan SS dua.",
    # Review of session 18: a treasurer's mobile after a club's account stays held.
    "Club account: Maybank 5621 0301 8899, treasurer Ahmad 012-345 6789",
    # ... and a roster's staff by their weekdays is no week's programme.
    "Duty roster: Mon Sarah, Tue Ahmad, Wed Mei Ling, Thu Rajesh",
    # Round 75 (mix44): a conferred rank is borne by private people; a private matter keeps
    # the name.
    "Datuk Seri Azlan from Kota Damansara is 3 months behind on his pawn loan and asked us not to tell his wife.",
    # Round 75 (evade33): a family member's bare eight-digit number after dotted initials.
    "DNR signed by son (Ong K.H., 9321 7788).",
    "Bed 9: Mdm T.S.L. 79F, discharged; daughter (Lim W.Y., 8765 1122) to fetch.",
    # Round 76 (en77, ms39, evade34): a writer's own name after "my name is"; a title
    # opens a Malay name (not the word before it); a motorcycle's plate; a passport after
    # its holder's name; a foreign worker by nationality; Malay in Jawi (a name with bin
    # or binti, a phone by its Jawi word); a kin's name in toneless pinyin.
    "hi, my name is Clarissa Low and I lost my wallet",
    "Kereta Puan Salmah binti Osman kena langgar depan sekolah pagi tadi.",
    "motosikal abang saya PKN 3390 kena curi semalam",
    "Pasport Thida Aung (MB512903) masih dengan ejen, dia tak boleh balik kampung.",
    "Pekerja asing Min Zaw Oo lari dari asrama malam tadi.",
    "Pekerja Nepal Hari Prasad Rai disahkan TB positif, HR uruskan.",
    "ڤساکيت: سيتي عائشة بنت عمر، واد ٧، ساکيت جنتوڠ",
    "کالاو اد ماسالah، هوبوڠي ساي د ٠١٩-٢٢٣ ٤٤٥٦",
    "wo laopo chen meiling zuijin zai xiehe zuo hualiao, qing dajia bie shuo chuqu",
    # Round 77 (en78): a writer introducing themselves (``this is X -``); a dish's words
    # are no name's (``Soon Hock`` in ``Lim Soon Hock``).
    "Apologies, this is Aileen Teo - I was on MC all week.",
    "Private-hire driver Lim Soon Hock, 52, was fined $3,000 for careless driving.",
    # Round 78 (ms40, en79): a passport after its issuing country; a colleague by given name
    # with her son's hospital bill; a staff member's CPF asked about in a chat.
    "Pembeli warga asing Nguyen Van Hoa, pasport Vietnam C5520196, nak beli kereta terpakai.",
    "Staff 00233 (that's Melissa from Finance) submitted her son's hospital bill under her medical benefit.",
    "ok so for Tan Mei Hua, 61 years old, part-time $1,150 this month, what is the employee share?",
    # Round 79 (en80): a medical certificate's holder; a greeting inside a quotation, with
    # the addressee's number in brackets.
    "MC for Muthusamy Arumugam 2-5 Jan, dx slipped disc, light duty after.",
    "Translate pls: 'Dear Md Rofiqul Islam (WP No. 0 4481 2290), you were late three times this week.'",
    # Round 81 (en82): Teh is a surname, not only the tea of bak kut teh.
    "Loan for Ah Huat (Teh Boon Huat) RM500, his daughter's hospital bill.",
    "Teh Boon Keat, 44, was charged with cheating.",
    # Round 82 (ms43): a WhatsApp link's number.
    "Ali rider Lalamove KL, wa.me/60137728814, jual helmet second.",
    # After session 19's rounds (ms43): a house number with its letter before a housing
    # estate's numbered section road.
    "Hantar ke 15B Jalan PJU 1/42, Ara Damansara",
    # Round 83 (ms44, mix47): a nickname inside a patronymic name; an Indonesian account.
    'Tenant Azman "Man" bin Yusof, 41, of Taman Melawati was fined RM3,000 by the magistrate.',
    "Refund ke rekening BCA 8731042265 atas nama pembeli ya kak",
    # Round 84 (en85): a child's given name of today.
    "Jayden Lim (P4 Maths) absent on Tuesday, down with dengue.",
    # Round 85 (ms45, mix48): a cleric's child bullied; a domestic helper, "our helper", and
    # Filipino and Indonesian given names; an Indonesian account after "no. rek".
    "Aduan: anak Ustaz Kamal bin Hashim dibuli oleh dua pelajar senior di asrama.",
    "Rosalie, our helper at 12 Jalan Ampang Hilir, was diagnosed with dengue last week.",
    "Transfer ke BRI a.n. Sutinah, no. rek 0127-01-002233-50-9.",
    # Round 86 (ms46, mix49): a director's own interest in board minutes; a name after "nama".
    "Board minutes: Director Tan Boon Seng declared a conflict of interest as his nephew bid for the canteen tender.",
    "Kereta tu selalu parking depan rumah aku, tuan dia nama Rosli, duduk blok B tingkat 3.",
    # Round 88 (mix50): a Portuguese tax number after its label.
    "Cliente Filomena Remédios, NIF 287024008, pediu reembolso.",
    # Round 89 (chat46, en89): "under the influence" of alcohol is no history's influence; a
    # child's name before a possessive after a famous first name.
    "Disciplinary note: Azlan bin Hamid (driver) was under the influence of alcohol on shift; warning issued.",
    "Doctor confirmed a fracture of Muhammad Harraz's left arm after the fall.",
    # Round 90 (ms48): a name after a road's house number and a comma is no road's; charged
    # in court, senile (didakwa, nyanyuk); a sentence goes on past "no." and a number.
    "Anak Pak Ali Lorong 3, Muhammad Danial bin Ali (20), dah didakwa di Mahkamah Majistret.",
    "Makcik Som (Kalsom binti Yusof) rumah no. 12 tu dah nyanyuk, selalu sesat.",
    # Round 92 (ms49, en92): "im" for "I'm" in lower-case chat; a name after ", name".
    "user: my dad hits me. im Hafiz, form 2 at SMK Seri Kembangan. dont tell anyone",
    "Old man in 31A today, name Krishnan, totally blind and travelling alone.",
    # Round 94 (ms50, mix53): a claim's injury in a match is no sports news; a Tamil account
    # word; a Singapore unit and postal code after the Tamil word for Singapore.
    "Tuntutan takaful: Ahmad Danial bin Kamal, patah tulang semasa perlawanan bola sepak.",
    "கணக்கு 7061228493 க்கு பணம் அனுப்பவும்",
    "எங்கள் வீட்டு முகவரி: #04-156, சிங்கப்பூர் 460217",
    # Session 21 (evade42): a mobile joined to a given name in a user name; a transfer to a
    # bank, then its payee by name, before the account.
    "login gagal: nur.aisyah_0198765432 disekat selepas 5 cubaan",
    "resit pindahan Maybank ke SITI ROSLINA 162234567890 RM300",
    # Rounds 95-96 (evade44): a cell's reference is no motor sport (F15 is not F1); a
    # person's name in a range's name after a pay word.
    "Comment on F15 (HR): Priya Nair on no-pay leave, doing chemo twice a week, "
    "don't roster her on weekends",
    "Named range Bonus_SitiRahman -> Payroll!$I$9 (1.5 months)",
    # Rounds 97-98 (evade45, ms52): a phone in Morse code; a private matter in the sentence
    # past an abbreviation's dot (Kg.); a Malay given name in -uddin.
    "my number in morse so bots cant scrape: ---.. .---- ..--- ...-- ....- ..... -.... --... "
    "(ask for Jo)",
    "Host tu Kak Mira (Homestay Seri, Kg. Sungai Buloh) baru bercerai & tengah dapat rawatan "
    "kemurungan.",
    "Pemandu Jamaluddin Osman dibayar tunai, tiada KWSP, dah 8 tahun kerja.",
    # Session 21, older leaks (en20): a romanised given name of two syllables as the subject
    # of a private matter.
    "Quietly: Hui Min is pregnant, she starts maternity leave in April.",
    # Rounds 99-100 (en100, evade46): a house number, its road and its Kota; a phone after
    # the phone's icon.
    "He stays at 9 Jalan Mawar Putih 2/3A, Kota Damansara - the corner lot.",
    "📞 0112087 9931 ~ Kampung Baru, tukang jahit buat kat rumah",
    # Rounds 103-104 (ms55): a writer introducing themselves by a given name; (guard) a
    # threat report's words do not clear somebody's own IP.
    "Kak, sy Rohana yg duduk Blok 7 tingkat 2, nak order beras 2 karung.",
    "my home IP 118.200.45.7 got blocklisted, can you help?",
    # Rounds 103-104 (mix58): a flat's number after whoever lives there is no year of the
    # past ("the family in 1203").
    "The family in 1203 (Mr Wong Siu-ming) keeps dumping rubbish in the corridor and owes "
    "$2,000 in arrears.",
    # Rounds 105-106 (evade49): a name in a query string, under a key that says so, and
    # (guard) a quotation's source that the text calls its own intern.
    "/clinic/note?patient=%E9%99%88%E4%BC%9F&age=41&dx=%E6%8A%91%E9%83%81%E7%97%87",
    "Quote of the week, from our intern Jason Lim: 'Ship small, ship often.'",
    # Rounds 107-108 (mix60, evade50): a Penang Hokkien surname (Cheah) in romanised
    # Hokkien; a stand-in name a private matter is told of.
    "Lu bat Cheah Ah Lian bo? Tua ti Lebuh Armenian 18, i ū thn̂g-jiō-pēnn.",
    "[WARN] Tuntutan ditolak: polisi milik Tan Ah Kow, sebab: sejarah strok.",
    # Rounds 109-110 (evade51): a month's basic pay in a commit message; (guard) a stand-in
    # name after its title with a private matter.
    "fix: payroll rounding — Priya Nair's Oct basic showed 5199.99 instead of 5200.00",
    "Mr Tan Ah Kow was warded for stroke yesterday",
    # Rounds 111-112 (mix62): a flat's floor and unit before its block's letter; a family's
    # "Ah" name with a private matter.
    "Ah Lian's new address 12-03, Blok D, Pangsapuri Sri Melati, Jalan Ipoh, 51200 KL.",
    "Ah Mooi cannot come back because of chemo.",
    "Ah Seng's MC is until Friday, he had surgery.",
    # Rounds 113-114 (evade53): a romanised name in a spreadsheet's quoted cell, surname
    # first; a mainland passport after a passenger's name in a manifest's row.
    'EMP-204,"Ong, Hui Ling",2025-09-01,"MC: dengue fever"',
    '"TAN/WEIMING",E12345678,1990-01-01,"adult, aisle"',
    # Rounds 115-116 (en116): a Korean name by its hyphenated given name.
    "Seo-yeon Lee was sent to the clinic with a rash after lunch.",
    # Rounds 117-118 (en117, mix65, ms62): a plate after a car's model; a lower-case name after
    # "ur cousin"; a handle that tagged or commented; a trainee "bernama" by a given name.
    "the silver Sienta SJB 4417 K came by again asking for credit, don't give",
    "makcik Rosnah with the old Kelisa WKP 2281 came back, aircon still not cold",
    "tell ur cousin darren ong to stop calling the shop, his car not ready yet",
    "The groom @aaron.kwek_ commented on our post asking us to delete his sister's photos.",
    "Makluman: Pelatih bernama Syafiq, Tingkatan 4, tertinggal dompet di kaunter.",
    # ... and a vCard and a parent's note in MIME base64 bodies, an ID in a GB2312 subject
    # (evade55).
    "Content-Type: text/vcard | Content-Transfer-Encoding: base64 | QkVHSU46VkNBUkQNCkZOOkxpbSBTaWV3IEhvbmcN ClRFTDtUWVBFPUNFTEw6KzY1IDkxMjMgNDQ3Ng0KRU5EOlZDQVJEDQo=",
    'Content-Type: text/plain; charset="gb2312" | Content-Transfer-Encoding: base64 | wfXAz8qmxPq6w6OsztLKx8j9xOq8trb+sODA7tfT0Pm1 xLzSs6SjrLXnu7AgMTM5IDE3NjUgNDMyMKGj',
    "Subject: =?GB2312?B?u8bWvse/IMntt93WpCA0NDAxMDYxOTg4MDIxNDMyMTU=?=",
    # ... and a lower-case chat line with a brand or two in capitals (en117).
    "tell ur cousin darren ong dont buy the 2nd hand Honda Civic from that dealer, flood car",
    # Rounds 119-120 (en119, ms63, chat61, evade56): a handle after 'handle'; one addressed
    # about what is theirs; a famous nickname with the person's own name in brackets; a
    # vCard value in quoted-printable words.
    "Cage 4 owner wants updates on Telegram, handle @melvin_tay91, cat Mochi checked in today.",
    "@sherlyn.ooi your grooming slot is confirmed for Sat 10am, pay at counter",
    "Hati-hati dengan Kak Ros (Rosnani) yang jual kain di gerai no. 8, dia pinjam duit tak bayar.",
    "DESCRIPTION;ENCODING=QUOTED-PRINTABLE:Siti=20Aminah=20binti=20Yusof=20-=20rawatan=20gigi",
    # Rounds 121-122 (ms64, en122, chat62, evade57): a medical history said with 'ada
    # sejarah'; a surname after D'; a passport with its country between; a WeChat id after
    # 私人号; names in a file's path joined by underscores; text in a PDF's UTF-16 hex string.
    "Nota jurulatih: Encik Ramesh a/l Krishnan, ada sejarah slip disc, elakkan squat berat.",
    "Penjual Melissa D'Souza minta tangguh penyelesaian sebab dia akan bersalin bulan Mei.",
    "Ahli ekspatriat: Íñigo Zubiri Arana, pasport Sepanyol PAF731842, kontrak keahlian 12 bulan.",
    "HR 加我私人号 chenjy_0817 说要聊我的 appraisal",
    "7z l backup.7z | 2025-04-01 10:12:03 ....A 88310 Backup/Documents/Melissa_Tan_divorce_settlement_draft.docx",
    "/Author <FEFF9648660E0020624B673A00310033003900370036003500340032003100300038>",
    # Rounds 123-124 (mix68, chat63, evade58): an @handle after what was done to it; a name
    # after 'my match'; a party's word the name span took in; a licence's PDF417 payload
    # read by its element ids.
    "Tagged @kelvin.ink.journey in the healed photo; he asked us not to mention his late mum.",
    "help me reply to my match sharon lim from bumble, she has social anxiety and hates calls",
    "Pelanggan Siti Khadijah binti Omar, 20 tahun, minta kami rahsiakan tatu daripada keluarga.",
    "scan @ / ANSI 636014090102DL00410288ZC03290018DLDAQD5512908 / DCSLOPEZ / DACMARIA / DBB04121993 / DAG22 PINE ST",
    # Rounds 125-126 (en126, mix69): a church's ministry is no government's; a number
    # somebody asks to have updated.
    "Youth Ministry notes: Mr Daniel Koh Wei Ming declared a 2017 drink-driving conviction at screening.",
    "hi coach, my number changed, pls update to 9735 2208 thanks",
    # Review (guard): a person's work mailbox under the company's display name is theirs.
    "From: ABC Logistics Pte Ltd <weiming.tan@abclogistics.com.sg> | Subject: your shipment",
    # Rounds 127-128 (en128, zh125): a name after an honorific with its surname in capitals;
    # not a shop's name in capitals alone (guard in MUST_CLEAR).
    "Dear Ms CHEN Yuting, your follow-up scan is on 4 Jan.",
    # ... and a disciplinary note whose CCTV was reviewed: staff reviewing a record are no
    # book review.
    "Final warning to Mr Adrian Seah (unit 12-03) for damaging the lift door; footage reviewed by security.",
    # (ms67) a kin title's short name that is also a word, with a private matter; a person
    # asked about by the group with a private matter.
    "Pak Mat jual ikan tu dah kena tahan polis semalam sebab hutang along.",
    "korang kenal tak Ah Seng yang kerja bengkel tu? Dia dah masuk wad sebab strok.",
    # (chat65) a person's profile address, and a marketplace account after 'my ... acc'.
    "my cousin's Instagram (instagram.com/nurul.aina.07) is sending scam links to everyone",
    "someone hijacked my Carousell acc @kelvin_tan88 and is selling fake iPhones",
    # Rounds 129-130 (ms68): a Malaysian mobile with its country code but no plus, as
    # WhatsApp users copy it.
    "Nak jual stroller, WhatsApp terus 6012-558 3390, Hafiz. COD Shah Alam.",
    # (evade61) a name with a possessive inside a device's name.
    'Attendance audit: device "Divya Nair\'s iPhone" joined Office-Staff on 3, 4 and 5 March, but her timesheet shows MC on 4 March.',
    # (zh129, zh130) a lower-case name opening a sentence about its owner.
    "kevin lim will skip training, his mum is in hospital again",
    "huang wei missed her check-in, she says her son has dengue",
    # Rounds 131-134 (en131, ms70): a performer's fee in a deal memo; a staff appraisal's
    # warning.
    "Deal memo: lead actor (newcomer) Ryan Tay Wei Ming, fee SGD 3,800 per episode x 10 eps, 50% on signing and 50% on wrap.",
    "Staff appraisal: Ustaz Ahmad Faizal bin Hamid missed the Subuh halaqah 5 times in October; verbal warning given by the mudir.",
    # (mix73) a landed house by its number on a Malay-named street with its postcode.
    "Please courier the printed album to Rachel de Souza, 9 Jalan Kembangan, Singapore 419120; she is only home after 7pm.",
    # Rounds 135-136 (en136, mix74, evade64): a handle thanked for what its owner did; a folk
    # name by kin title with a private matter of its own; a name in an NFC tag's hex dump.
    "thanks @mei.ling_88 for the lovely review, her hubby got her our matcha cake for her birthday",
    "Pak Pandir yang jaga parking kat Blok D tu dah masuk wad sebab strok minggu lepas.",
    "NFC tag hex: 49 66 20 66 6f 75 6e 64 3a 20 4b 65 6c 76 69 6e 20 4c 69 6d 2c 20 54 61 6d 70 69 6e 65 73",
    # a folk name's namesake on a shift roster, on maternity leave (cuti bersalin)
    "Jadual syif: Kak Ros (Norhayati binti Salleh) cuti bersalin sampai 5 Feb; Ah Meng (Tan Chee Meng) ganti syif Kak Ros.",
    # an account number with its bank's name after it, the account word further back
    "nombor akaun adik i utk duit kenduri hari tu 1640 2281 7735 cimb, tolong transfer ya",
    # a name inside document-metadata tags (the small model reads none glued to a tag)
    "<cp:lastModifiedBy>Farid Osman</cp:lastModifiedBy><dc:subject>Farid Osman medical board</dc:subject>",
    # a divorce settlement is no colony's settlement
    "Priscilla Wee asked for a copy of the divorce settlement before she signs the consent order.",
    # a handle whose owner is named in brackets after it, a buyer's handle on LINE
    "嗰個 IG 客 @kristal.goldbox (Kristal Wu) 又話條手鏈唔啱，要退錢",
    "幫我回覆 LINE 上的賣家 @wang.yating0421，說我今晚去取貨。",
    # a URL query's plus signs read as spaces (a phone searched for, a patient's name with its patronymic in capitals)
    "https://www.google.com/search?q=%E6%AC%A0%E9%8C%A2+0928114372&ie=UTF-8",
    "15/03/2026 | https://klinik.example/keputusan?pesakit=RAJESWARI+A%2FP+MUNUSAMY&ujian=HbA1c | Keputusan Ujian Darah (tinggi)",
    # a QQ space's address names its account
    "历史记录 | https://user.qzone.qq.com/2290417736/main | 胖虎的QQ空间 - 初三(2)班",
    # a home line in a fax header (RUMAH ...)
    "12/11/2026 09:14  RUMAH PN. ROHANI  03-5532 1187  HLM. 01/03  Surat rayuan yuran asrama anak",
    # a lower-case full name in brackets after a short name
    "the tenant is ah huat from church (tan kok huat, sells insurance) and he wants to pay rent in cash",
    # a document-metadata key (/Author) is no famous author
    "<< /Title (績效面談紀錄-林佳蓉) /Author (人資部) /Keywords (考績乙等, 留職察看) >>",
    # (guard) a name the model ended on a comma before its number
    "Verena Kwek, 8219 4470. also I'm allergic to latex pls note",
    # a Malaysian mobile in a shop's log, whose owner's honorific follows
    "0164428193 - pn zaleha - tanya ubat gout, kaki bengkak dah 3 hari",
    # a passport in Malay spelt paspot
    "Pekerja kilang warga Bangladesh, paspot B7731920, minta ubat batuk tanpa preskripsi.",
    # a patient's history of a condition is no history lesson
    "Lash lift consult: Joanne Seet, 29, history of eczema around the eyes, patch test first.",
    # a name before 'the <place> regular', no epithet
    "Chong Mei Fong the Klang regular cancelled again, she say her mother in hospital.",
    # a platform's user before a handle
    "Pls block Instagram user @darren_kjh88, he keeps asking our therapists where they live.",
    # a delivery's drop-off address
    "GrabExpress drop-off: 14 Jalan Kembangan, Singapore 419126 – ring bell twice, leave box at gate",
    # an invoice's addressee's landed house
    "Invoice to: MS CHARMAINE LOW, 18 Jalan Kembangan, Singapore 419130 | Aircon servicing x3 | $240",
    # a hex dump's text with its zero padding
    "save.bin 0x0100: 74 61 6e 2e 6d 65 69 40 67 6d 61 69 6c 2e 63 6f 6d 00 00 00",
    # Discovery Bay is a place, no discovery
    "Graham Pettigrew 住 Discovery Bay 嗰個客, 張卡又 declined, pond service 停住先",
    # a lower-case name right before its owner's number
    "darren lee 9822 1473 vezel wash 3pm",
    "samuel lee 8123 4409 civic polish 2pm",
    # units' owners in arrears summarised (no essay prompt)
    "Summarise the arrears: #05-03 Ng Poh Lin $2,100 (owner in Melbourne), #11-09 Arjun Pillai $860 (lawyer letter sent).",
    # Round 151-152: tokenizer pieces of a number and a name, a nickname as a person (no
    # stock character), a lower-case writer's own name with any surname, a foreign worker
    # named by nationality in English.
    "tokens: ['▁pls', '▁text', '▁ah', '▁kow', '▁at', '▁91', '23', '▁45', '67', '▁about', '▁the', '▁loan']",
    "['[CLS]', 'my', 'ic', 'is', 's', '##91', '##234', '##56', '##d', '[SEP]']",
    "Ah Seng, the baggage tug driver on Ramp Team C at T3, got his final warning letter today for vaping airside near bay D4.",
    "hello i'm dorothy pemberton, 71, widowed, should i sell my condo and rent instead?",
    "eh that Bangladeshi worker Shahidul Alam kena accident kat site tadi, dah hantar hospital",
    # Round 153-154: an amateur league's sanctions (no public sport), a disciplinary notice
    # with a hereditary title, our own striker's injury, a handle whose owner is messaged,
    # a lower-case name's kin, a booking under a name before a seat category, a child's
    # passport, a PowerShell command's base64 (UTF-16LE).
    "KEPUTUSAN TATATERTIB: Pemain Hafiz Danial bin Roslan (Kajang Rangers) didapati bersalah memaki pengadil dan digantung 4 perlawanan.",
    "Pemindahan ditolak: Tengku Amir Hakim bin Tengku Razali masih berhutang yuran RM300 kepada kelab asal.",
    "Coach here. Our striker Faizal Hakimi bin Yusof, 27, tore his hamstring on Sunday and needs a report for the club insurance.",
    "Bro @amir_gk21 tu keeper kita, DM dia terus kalau nak pinjam boots.",
    "wah jessica tan's mum (the one at blk 208 toa payoh lor 8) won the toto group 2, she say dun tell anyone",
    "booking under Lim Wei Jie, Cat 3 Sec 305, bring your own IC can already",
    "Pasport anak saya K48213907 tamat Jun 2027, kena renew dulu ke sebelum apply visa?",
    "powershell -EncodedCommand UwBlAG4AZAAgAHQAbwAgAGwAaQBtAC4AdwBlAGkAagBpAGUAQABnAG0AYQBpAGwALgBjAG8AbQA=",
    # Round 155-156: a lower-case name before a staff number, a kin-titled customer in
    # lower case whose grandchild was admitted.
    "ryan goh (staff MX-2210) ur oct payslip short 12 hrs OT, send me screenshot i fwd to HR",
    "guys, mak cik Rosnah dari Taman Kantan yang tempah nasi minyak minggu lepas marah sebab cucu dia kena admit sebab keracunan",
    # Round 157-158: a patient's name in a DICOM dump (bracketed, or as spaced hex bytes
    # after its value representation) and in an HL7 PID segment; a labelled name in capitals
    # before the next field's label.
    "(0010,0010) PN [TAN^MEI LING] (0010,0030) DA [19880412] (0008,1030) LO [CT ABDOMEN]",
    "(0010,0010) PN 4c 49 4d 5e 4b 4f 4b 20 57 41 48  # PatientName | (0010,0030) DA [19700101]",
    "log: PID|1||A12345^^^SGH^MR||LIM^KOK WAH^^^MR||19650203|M|||Blk 8 Bedok North Ave 1",
    "Patient name: RAJENDRAN KUMAR SELVAM, DOB 19780514, ward 7B",
    # Rounds 159-162: a banned player's patronymic name (no public prize), a student deferring
    # her OSCE, a short-story contest's winner, a dancer's broken wrist in Malay, a
    # teacher's child who fights, handles addressed as you or by a Malay platform word, a
    # lower-case name greeted, a helper by her role, a Latin name after 姓名.
    'BANNED: Suresh s/o Pillai (tag "tehOpeng") caught using an aimbot in the Community Cup; banned 6 months, prize forfeited.',
    "Nurul Ain binti Hashim here, final year medicine. My mum is warded after surgery and I need to defer my OSCE.",
    "Pemenang peraduan cerpen: Siti Hajar binti Roslan (SMK Seri Kembangan), hadiah RM300 dimasukkan ke akaun bapanya.",
    "penari Melissa Fernandez tergelincir di pentas, patah pergelangan tangan kiri dan dibawa ke hospital.",
    "Catatan jurulatih: Irfan, anak Cikgu Rohana, selalu datang lewat dan pernah bergaduh semasa latihan.",
    "eh @marcus_tkl tmr u still coming or not? coach say if u skip again kena drop",
    "Customer @nadiasyafiqa kat TikTok tag kita cakap barang pecah",
    "chen jia hui 你好, your deposit S$200 will be refunded to the card ending 4412",
    "interview notes: helper Sri Wahyuni, 35, worked 6 years in Tai Po, has asthma",
    "體檢報告：姓名 SITI AMINAH RAHMAWATI｜檢查日期 2025-09-02｜乙型肝炎：帶菌者",
    # Review: a buyer's address after an e-invoice's supplier part is no longer the supplier's.
    '{"AccountingSupplierParty":[{"Party":{"PostalAddress":"Lot 5, Jalan Perindustrian 2, 14000 Bukit Mertajam"}}],"AccountingCustomerParty":[{"Party":{"PostalAddress":"12 Jalan Mawar 3, Taman Mawar, 81100 Johor Bahru"}}]}',
    # Rounds 159-162: a bank account in a shared file's name, its bank and holder before it.
    'Drive: "No akaun CIMB Farah - 7012 4455 8831.pdf" dikongsi dengan 2 orang',
    # A Singapore Malay name in capitals by its patronymic ``BINTE`` (and ``binte``).
    "QA review: staff 0931 SITI AISYAH BINTE RAHMAT scored 58% and is on a PIP until Jan.",
    "Payout to Nurul Hidayah binte Osman for the survey, ref done.",
    # A bare Singapore number right after a person named by honorific or ``Ah``, or paid
    # to by DBS PayLah!.
    "Tues 3 Mar plumber coming (Ah Seng 9734 2281) to fix the kitchen pipe.",
    "the deposit can go to her paylah 9821 4470 tonight",
    "Tmr 9am pass the keys to Uncle Hock: 9460 1187 at the lobby.",
    # A database dump's row with its tabs written as escapes, and PostgreSQL's bytea hex.
    "COPY crm.member (id, name, nric) FROM stdin; | 2231\\tLim Wei Ting\\tS8834127E\\t | \\.",
    "body | \\x4368616e2053696f6b204d656920726566756e6420636172642034353339313438383033343336343637 | (1 row)",
    # A scout's name in a record of his own failing (``expedition hike``: no public
    # expedition); a debtor by honorific next to the Proton ``Saga`` (no saga).
    "Cub Scout Marcus Yeo failed his expedition training again and cried at the campsite; please call his mother tonight.",
    "Jaga condo kata owner Saga putih tu Encik Hafiz, belum settle RM250 tow charge.",
    # A mobile number written as hex after a label saying so (all digits).
    "cache key=sms:hex(phone):3133393132333435363738 ttl=120 span=send_code",
    # Foreign workers by name before their nationality and passport number, a work gang or
    # a word for a worker.
    "Permit renewals: 1) PREM BAHADUR GURUNG, Nepal, 09981234 | 2) SURYA DARMA, Indonesia, B 6630192",
    "Check-up: Abul Kashem (BGD, A03318274) FIT; Tun Tun Aung (MMR, MC 883102) PENDING.",
    "Ramesh Thapa (pekerja Nepal, gang 2) minta advance RM 200, gaji dipotong bulan depan.",
    # A plate after a lorry or a pickup; a number after Cantonese ``打嚟``; a club's own
    # junior squad is no public sport.
    "Ah Keong punya lori BKT 4471 rosak tepi jalan, dia ok tapi tangan luka.",
    "家長會之後如果有問題，今晚八點後得閒打嚟 6711 2094 傾下功課安排，唔該晒",
    "Junior squad note: Vihaan Nair (U10) has asthma and keeps an inhaler in his bag.",
    # Hex of a framed binary message (protobuf, Avro, a Kafka record): the framing bytes read
    # as spaces, the text runs decoded; and a hexdump listing's bytes.
    "payload(hex)=0a0f4c696d205369657720486f6f6e6720120d2b363520393631322037373031",
    "hexdump -C c.bin: 00000000  0a 09 e6 9e 97 e7 be 8e  e7 8e b2 12 0c 30 39 33  |.............093| / 00000010  35 2d 31 31 38 2d 32 36  34                       |5-118-264|",
    # A Malay work turned down for its maker's misconduct (no story).
    "Nota panel: karya Nur Aisyah binti Kamal dibatalkan kerana plagiat; beliau diberi amaran.",
    # A Singapore flat with its unit before the block and street; a WeChat id by its
    # record key.
    "Note for the owner of #07-331, Blk 412 Tampines Street 41: your dog barks all night.",
    "埋点日志带出了用户微信：wx_id=mei_0508，昵称“小美”，请尽快脱敏",
    # Session 28: a lower-case name right before its owner's number, past a pupil's class
    # (``mok wing yan 3C 6241 8870``); Hong Kong spellings of surnames.
    "yip ka lok 2B 6932 1185, tsui hoi man 4D 5127 9904 still owe the balance",
    "pls chase mok siu fung 9418 2270 for the deposit",
    # Session 28: a record's birth date after a name in capitals (``KAUR, HARPREET | DOB``).
    "LEE, MEI LING | DOB 03/11/1988 | follow-up for gestational diabetes",
    "WONG KAR WAI, DOB 17/07/1958, knee replacement review",
    # Session 28: an allergy a coach must know of, in a squad's note that also names tournaments.
    "Under-10 team note: Ishaan Kapoor is allergic to shellfish and carries an EpiPen at every tournament.",
    # Session 28: a teacher by title with her handle on a messaging app.
    "Telegram kelas mengaji, Ustazah Nurul Ain Kamal: @ustazahnurul_quran — dia nak senarai pelajar",
    # Session 28: a caretaker caught on CCTV (a chairman in the text makes no news).
    "Store incident: cleaner Tan Ah Huat seen on CCTV taking cash from the till; chairman informed.",
    # Session 28: an Ah name somebody is called by.
    "Jiran kami yang dipanggil Ah Huat tinggal seorang di tingkat 3.",
    # Session 28: Vietnamese full names with their diacritics.
    "Chị Nguyễn Thị Thu Trang, hợp đồng lao động hết hạn 15/7.",
    "Anh Lê Quốc Bảo ơi, xe của anh sửa xong rồi",
    # Session 28: a MIME body's base64 lines set apart by a flattened export's slash.
    "Content-Transfer-Encoding: base64 | 5oiR5piv5p2O5paH6Z2Z77yM5omL5py6IDEzODEyMzQ1Nj / c477yM6L+Z5ZGo5L2P6Zmi77yM6K+35YGH5LiJ5aSp44CC",
    # Session 28: a lower-case name after a Chinese demonstrative pointing at somebody.
    "那个 wong kah wai 啊, the auntie from 6am class, 做过心脏手术, no sparring",
    # Session 28: a fixture the comment says is real data after all.
    'EXPORT = "name,ic\\nTan Bee Leng,820304-10-5566"  # swap for fake data later, these are real rows from prod',
    # Session 28: an object's dump after a call without a literal (not a documented example).
    "print(c) -> Customer(id=88, name='Liam Walsh', passport='PY8812345', nationality='IE')",
    # Session 28: all-digit hex after a variable named hex.
    "mobile_hex = '3031323334353637383930'  # the complainant's number from the old blob",
    # Session 28: a TW plate after the vehicle's word (機車) or its owner (車主).
    "機車 KRT-5521 又擋住騎樓，已經勸導兩次",
    # Session 28: a Malay name in capitals with its patronymic is no famous one-word name
    # run on (``MUHAMMAD`` alone is famous).
    "Lost and found: IC of MUHAMMAD FARID BIN ISMAIL handed to the duty officer at 0310h.",
    # Session 28: DICOM JSON's PatientName, other patient names by their tag, an HL7 PID
    # segment decoded right after a log's key.
    '{"00100010":{"vr":"PN","Value":[{"Alphabetic":"Fitzgerald^Aoife^Mary"}]},"00100020":{"vr":"LO","Value":["MRN-4412"]}}',
    "export still shows (0010,1001) OtherPatientNames [RAMASAMY^KUMAR^A/L] after anonymising",
    "INFO [MLLP_IN] raw_b64=UElEfDF8fE1STi04ODEyXl5eU0dIXk1SfHxUQU5eV0VJIExJTkd8fDE5ODgwMzA1fEY=",
    # Session 28: a lower-case name opening a line that goes on in Chinese.
    "chan siu ming 又嚟投訴 his order 遲咗, wants full refund",
    # Session 28: a tradesman's romanised name after his Chinese title (師傅).
    "投訴記錄：師傅 Wong Ka Fai 搬運時刮花客戶雪櫃，已扣人工",
    # Session 28: a LinkedIn member's page.
    "Please review my profile linkedin.com/in/mei-ling-tan-82a1b3 before I apply",
    # Session 28: a lower-case name opening a line about an accident at work.
    "lim ah kow the storeman kena accident at loading bay, hand bleeding",
    # Session 28: a table's cell with surname in capitals and given name, a phone number next.
    "2026-12-20 | FERNANDES, Joanna | 6123 4590 | Sai Kung -> Kowloon Tong | deposit paid",
    # Session 28: a chat's mention by display name, then what is said to them.
    "Hi @Priya Raman: your 5-class pass ends on 20 Jan, 2 classes left",
    # Session 28: an agency's biodata: a worker's name before nationality, people and age.
    "Biodata: NANG HSENG NOON, Myanmar (Shan), 31 yrs, married, two children, Grade 9.",
    # Session 28: a house by its number as a personal cue after an appositive.
    "Reminder: Peter Fernandez, the retired engineer at 12 Jalan Kenari, Seremban, wants a quote.",
    # Session 29: a given name and a surname with its particle (de, van der); a Balinese
    # birth-order name; a patient in capitals after a clinical note's pt.
    "Booking confirmed for Daniel de Souza, Sat 20 Dec 9:00am, deposit RMB 5,000 paid by card.",
    "Appraisal 2026 - Wayan Sutama (therapist, 6 yrs): customer rating 4.8, two lateness complaints.",
    "Critical value called 03:14: K+ 6.9 mmol/L, pt BRENDAN O'SULLIVAN, bed 12B ward 46, read-back OK",
    # Session 29: a phone after 'my new no.' and after 'calls to'; a client before an SPA in
    # capitals (a sale and purchase agreement, no spa); a mainland name in pinyin, its given
    # name one word; a doubled given name with a particle and a health matter; devices named
    # after their owners in DHCP logs.
    "its vanessa lim from ite college west, my new no. is 9024 7713 kthx",
    "Debt collector log: five calls to 5589 3026 unanswered, account marked for skip-trace.",
    "FYI client Suresh Pillai SPA signing 11am tmr at the Jalan Ampang office, bring his bank stmt",
    "Staff roster: Sun Mengqi (senior stylist) off Wed, Zhou Haoran (director) off Tue.",
    "Judging sheet: presenter Sarah-Jane de Souza (NUS Law Y2) looked unwell and was coughing; 2 extra minutes.",
    'Hostname Option 12, length 20: "Nicholas-Chua-iPhone" | same phone every Tuesday morning',
    "user: a device with DHCP hostname 'Aaron-Pillai-Pixel7' joins the lab VLAN every night",
    "Telegram DM: hey @shermaine_lim_ this is the banker, for your 5-room the max loan is about $486k",
    # Session 29: a tcpdump -X listing whose HTTP body is a rider's booking; an LDIF entry
    # whose cn is base64.
    '22:17:40.018836 IP 10.33.1.87.49210 > 10.33.0.12.8080: Flags [P.] | 0x0000:  4500 0095 0000 4000 4006 0000 0a21 0157   E.....@.@....!.W | 0x0010:  0a21 000c c03a 1f90 0000 0001 0000 0001   .!...:.......... | 0x0020:  5018 01f6 0000 0000 504f 5354 202f 7631   P.......POST /v1 | 0x0030:  2f72 6964 6573 2048 5454 502f 312e 310a   /rides HTTP/1.1. | 0x0040:  0a7b 2272 6964 6572 223a 224d 6172 6375   .{"rider":"Marcu | 0x0050:  7320 5461 6e22 2c22 6d6f 6269 6c65 223a   s Tan","mobile": | 0x0060:  222b 3635 2039 3733 3420 3232 3831 222c   "+65 9734 2281", | 0x0070:  2270 6963 6b75 7022 3a22 426c 6b20 3431   "pickup":"Blk 41 | 0x0080:  3220 4265 646f 6b20 4e6f 7274 6820 4176   2 Bedok North Av | 0x0090:  6520 3222 7d                              e 2"}',
    "dn: uid=wutingting,ou=研发中心,dc=corp,dc=example,dc=cn | objectClass: inetOrgPerson | cn:: 5ZC05am35am3 | description:: 5Lqn5YGHIDIwMjQtMTAtMDgg6IezIDIwMjUtMDQtMDfvvIzmnJ/pl7Tpgq7ku7bovazlj5Hnu5nnu4Tplb8=",
    # Session 29: a handle that said or asked something, one written to in a DM log or by a
    # bot (its chat id after it); a Telegram user's link; a resident's pinyin name before a
    # choking episode (a health event, no TV episode); a couple's names joined by '&'.
    "Repost approved: @jess.runs.sg said we can share her ACL comeback video (surgery in Feb)",
    "IG DM log: @clumsy.clay.carmen asked whether her refund went through; says she's moving to Melbourne next month.",
    'WARN telegram-bot: gagal hantar ke @hafiz_ismail92 (chat_id 584920117) - "Tuan, saman JPJ belum dibayar"',
    "Coach Marcus (t.me/marcus_lifts_kl) has sent us three of his powerlifters with lower back issues this month",
    "Care plan update for resident Liu Guizhen: switched to IDDSI level 4 puree after a choking episode on 1 Dec.",
    "guys pls dont tag me, its vanessa lim from ite college west",
    "Defect call back：Antonio & Sofia Fernandes 話 master bedroom 窗邊又漏水，佢哋話再唔整好就去消委會投訴。",
    # Session 29: names in capitals after a title in capitals (a manifest, a pass); a name
    # the English model ran into Chinese text; a name called out to in lower case; a handle
    # asked for something; a plate after 'No. Pendaftaran'.
    "Manifest note: seat 17A MR JOSHUA DE SOUZA - travelling with a portable oxygen concentrator for COPD",
    "Wallet hotel key pass: Guest MS SARAH JANE PEREIRA | Room 1507 | note: late arrival (knee injury)",
    "lounge 嗰個 staff 好無禮貌，佢名牌寫住 Karen Yeung，我已經 complain 咗佢, ref LG-2231",
    "eh tan jia hui ur ECG got flag leh, clinic called me cos u put my number as emergency contact",
    "@farahnbl_ tolong share surat waiver first class you, nak tengok format. congrats btw CGPA 3.86!",
    "Honda City kelabu No. Pendaftaran PKT 3390 isi RON95 RM80 dan terus pecut keluar tanpa bayar",
    # Session 29: a PDF's author as UTF-16 hex (three characters); a print job's file name
    # joined by underscores; an EasyCard dump's block of an id's ASCII digits.
    "/Author <FEFF8D754E3D5A1F> /Title <FEFF79BB804C8BC1660E> /Creator (WPS 文字)",
    '@PJL SET JOBNAME="張家豪_診斷證明書_重度憂鬱症.pdf" @PJL SET USERNAME="nurse03"',
    "悠遊卡磁區 5 dump：block 20: AA 4C A8 D8 A7 67 00 00 00 00 00 00 00 00 00 00 / block 21: 41 32 32 38 34 31 39 33 37 37 00 00 00 00 00 00 / block 22: 學生身分",
    # Session 29: braille, as Unicode cells and as ASCII braille (BRF): a name and a phone,
    # a letter's name and NRIC, a return label's address.
    "Braille name card, Unicode cells: ⠠⠞⠁⠽ ⠠⠓⠥⠊ ⠠⠍⠊⠝ ⠼⠊⠋⠛⠃ ⠼⠙⠓⠁⠉",
    "BRF letter, vol 1 p1: ,dear ,mr ,goh ,kah ,wai1 your eye clinic review is on #ad ,march at #i4cj;am4 ,,nric ,s#hhcdagf;,g4",
    "Embossed return label: ,joseph ,fernandez1 #db ,jalan ,kenari #c1 ,taman ,kenari1 #habjj ,johor ,bahru4 ,tel #jai-#bgf #ddjh",
    # Session 29: a leadership camp's rooming list (a company's event, no history).
    "Leadership Camp Genting - rooms: 1207 Siti Nur Aisyah bt Kamal / Deepa a/p Krishnan (severe peanut allergy)",
    # Session 29: receipt printers' jobs (ESC/POS) as base64 and as hex, their text UTF-8,
    # GB18030 or Big5; a Balinese name by its prefix; Md without its dot.
    '{"printerId":"PICKUP-1","jobType":"escpos","data":"G0AbRQFQSUNLVVA6IFByaXlhIGQvbyBSYW1hc2FteQobRQAyeCBNYXNhbGEgRG9zYSwgMXggRmlsdGVyIENvZmZlZQpQQUlEIC0gSFAgOTY4MyAxMTQ3Ch1WQgA="}',
    "后厨打印机收到：1B 40 1C 26 CA D5 BB F5 C8 CB A3 BA C1 F5 CF FE D1 E0 20 CA D6 BB FA A3 BA 31 35 39 31 30 38 36 33 33 32 37 0A 1C 2E 1D 56 42 00",
    "取餐列印：1B 40 1C 26 A8 FA C0 5C A4 48 A1 47 BD B2 A8 D8 AC C0 20 30 39 38 37 2D 32 32 31 2D 36 30 34 0A 1C 2E 1D 56 42 00",
    "Ni Made Ayu Lestari tanya boleh tak dia kirim duit kepada keluarga guna akaun bos sebab akaun bank dia dibekukan.",
    "Pendahuluan gaji diluluskan: Md Shahin Alam RM500 untuk kos rawatan gigi isteri di Dhaka.",
    # Session 29: a bare handle after a buyer on a platform.
    "Carousell buyer sweetooth_cheryl92 says the macarons arrived crushed and threatens to report me",
    # Session 30: servers' addresses in logs (a destination's field, a proxy's upstream,
    # a service's port); organisations' mailboxes named by what they do in common words;
    # an HKID's shape in a range or a decimal; a DNS name's base32 that is a random id.
    "Telegram peribadi Kak Rosnah: @rosnah_kuih88, jangan share dalam group besar.",
    "IG Uncle Ben @benlim.fishing tanya bila dia boleh ambil joran yang dia tempah.",
    "DHCPACK on 10.1.1.9 to 3c:22:fb:01:aa:10 (Siti-Hajar-binti-Osman-Redmi) via lan",
    'lease 10.1.1.12 { client-hostname "Kavitha-a-p-Muniandy-Laptop"; }',
    "DHCP lease: WangJunjie-de-iPhone 192.168.1.40 renewed at 23:10",
    "He drove off in SLA4567B again after the doctor told him to stop.",
    "工地工人 Tran Van Minh 从脚手架上摔下来，腰椎骨折，老板不肯赔。",
    "Nguyen Thanh Long borrowed RM500 from the club fund and hasn't paid back.",
    "dnsmasq: query[TXT] onuxi2jomfwws3tbna4teqdzmfug63zomnxw2.t.exfil-check.net from 10.2.0.5",
    "My home IP is 175.139.44.10, please whitelist it for the VPN.",
    "Please email mark@acme.com.sg about his medical leave.",
    "Received from POON Wai-ling the sum of HK$3,900 being rent for Room 5A.",
    "Forward it to hastings@lawfirm.com.sg, he is handling my divorce.",
    # Session 30: a given name in Chinese text with a private matter said in Chinese; a
    # name after a seat's code (not weeks); a given name in capitals with a surname and a
    # private matter in a payment's line.
    ":70:/RFB/SALARY ADVANCE MELISSA FERNANDEZ REPAY BY 3 INSTALMENTS",
    # Session 30: values in markup: a tag's data attribute (kept when the tag goes, base64
    # decoded), troff's escaped hyphens and spaces, LaTeX's thin spaces and inline commands,
    # a Word document's runs; a number to ping somebody at; a firm's HR line in a job
    # advertisement; a message's sender on a platform; a Honda City's plate; dialysis and a
    # death in Malay.
    '<span data-contact="eyJuYW1lIjoiTGltIFdlaSBKaWUiLCJtb2JpbGUiOiIrNjUgOTYyMyAxMTg3In0=">Emergency contact</span>',
    '<td data-nok="U2l0aSBSb2hhbmEgYmludGkgSXNtYWlsLCAwMTMtMjI4IDQ0NzE=">Next of kin</td>',
    '.\\" build fixes by arun; ping him at 9\\-6\\-3\\-1\\ 2\\-2\\-8\\-4 when the nightly fails',
    "\\item Contact: Tan Mei Ling, mobile \\texttt{9\\,6\\,1\\,2\\;4\\,4\\,8\\,0}",
    "Mesej Telegram daripada @faizal_rider99: dia nak berhenti kerja sebab hutang along.",
    "Pakcik Osman blok C tu kena dialisis tiap Selasa, tolong atur van.",
    "Aiman punya ayah baru meninggal pagi tadi, dia cuti seminggu.",
    # Session 30: a report's anonymised parties (顾客甲); a receipt's thanks cut short (多謝惠顧);
    # a version something was upgraded to; colleges' and shops' desks (pendaftaran@, warranty@,
    # preorder@, talian utama kami); a quotation's letter, year and serial; a Hong Kong business
    # registration number; Go and chess players; a former spouse and seizures (sawan) as
    # private matters.
    "Don't tell Jason his ex-wife came by the workshop asking for his new address.",
    "Aiman ada sejarah sawan, tolong pastikan dia tak berenang seorang diri.",
    # Session 30 review: one's own server by its service's port is still one's address.
    "Connect to my NAS at 175.139.44.10:443 when you are outside the house.",
    # Session 31: English names in what markup hid (a LaTeX footnote); a lift's lobby by its
    # letter; a gallery's wall text; an appositive's everyday role (the Bangladeshi worker); a
    # location history; host names in capitals and a given name alone before a device; a parent's
    # handle on a platform; a heart attack, a fine, a beating, diabetes and high blood pressure in
    # Malay, a disciplinary action; a nickname as a sentence's subject with a private matter.
    "\\footnote{Melissa Chong from Legal is on leave after her surgery; send contracts to her deputy.}",
    "Arun Kumar, the Indian worker on the night shift, was warded after a fall at the loading bay.",
    "Lim Siew Ling asked us to delete her location history before the custody hearing.",
    "DHCP lease: host=JASON-LIM-LAPTOP ip=192.168.1.40 note: tenant in room 2",
    "LAPTOP-PRIYA-NAIR joined 10.0.0.23 (she is behind on rent)",
    "hostname=Farah-iPhone ip 10.0.0.51 lease 24h",
    "Telegram mak: @rosnah_kitchen77 minta masuk grup kelas",
    "Tolong ingatkan Pak Cik Osman makan ubat darah tinggi setiap pagi.",
    "Our cleaner Ramesh was fined by the police last week for riding without a licence.",
    "Rosli dikenakan tindakan disiplin kerana ponteng latihan dua kali.",
    # Session 31: a miscarriage told as a verb, abuse at home (didera), sleep apnoea, arrears on
    # a loan; a name before a house's number (Jason Loh No. 8); a student's handle on a platform; 老 and a surname or a nickname before a pronoun as
    # a sentence's subject; a miscarriage in Cantonese (小產) and a loan shark (大耳窿); an archer
    # and a cartoon among the figures.
    "Her sister-in-law told us Kavitha miscarried last month, so please cover her Friday shift.",
    "Cikgu syak Aqil didera oleh bapa tirinya, dah maklumkan kaunselor sekolah.",
    "Doktor kata Suresh ada sleep apnea, jangan bagi dia shift pagi.",
    "Adik ipar saya Rizal dah 3 bulan tak bayar ansuran motor atas nama saya.",
    "Akaun Telegram murid @danish_gk2010 hantar mesej lucah dalam grup kelas.",
    "Parked at the hydrant again, owner is Jason Loh No. 8 right?",
    # Session 31: short base64 values under a config's keys (a Kubernetes Secret's data); an
    # OCR page's ALTO words; a request to keep it secret as a personal cue (a namesake of a
    # famous name, a concert); asthma, a theft, a disciplinary inquiry and a late spouse in
    # Malay, a divorce in Cantonese; a handle added to a group or pointed at (she's @...) or
    # saying something (@... 說); 老X after 的; desks named by one word (speakers@, conduct@,
    # teetime@, sewa@), a salon's official WhatsApp; Pilates in Chinese, rose cultivars, a
    # golfer, Singapore playwrights, Chinese chess masters.
    "kind: Secret data: {holder: tenant-12, holder_nric: Uzc2MTIwNDlI}",
    '<String CONTENT="NRIC" WC="0.97"/><SP/><String CONTENT="S9283" WC="0.91"/><String CONTENT="125D" WC="0.90"/>',
    "Michael Collins from the bass section was arrested on Friday; please don't discuss it in the group.",
    "Haziq ada asma teruk, tolong pastikan inhaler dia ada dalam beg.",
    "Syafiq budak kelas 3B tu dah curi dompet cikgu dua kali.",
    "Akaun Roslan dibekukan sebab siasatan tatatertib, tunggu keputusan HR.",
    "Telegram group kelas: tolong add @aiman_rider07 ke grup baru.",
    "The one who ran off with the rent, she's @qianyu_tan88, watch out.",
    # Session 31: digits that spell a number or an NRIC in hex; a handle's owner by a given name
    # and an age; a post before 小X (电工小王); a voyeur's filming, an eviction, a prison term in
    # Chinese (坐过牢); older Malay women's given names (Kalsom); holds: anime characters, a
    # safety desk, a hall's counter, a figure's handwriting (鲁迅先生手书).
    "Security says Marcus from the Naruto group was caught filming up skirts near the stage.",
    "Kamal told us he was evicted last month and is sleeping in the store room.",
    "Kalsom tu pregnant 6 bulan, jangan suruh dia angkat kotak berat.",
    "IG DM export: private account @jiaxin.draws_ (Jiaxin, 15, Bedok) sent her student card to claim the discount.",
    "pixel hit uid=3139313233343536373839 ch=wechat",
    # Session 32: a lost job, a theft at work, a birth, a religious-office arrest as private
    # matters; a kin title by birth order alone (Mak Teh), an honorific and a surname (Mr
    # Goh), a stock Ah name (Ah Lian) with a private matter; Kak Ros given a home next door;
    # 'not a public figure' as a personal cue; a registry export's UTF-16 hex, a value split
    # over numbered keys, a home directory named given.surname, LINE_ID as a config key;
    # desks (quotes@, print@, kursus@, delivery@), a shop's main line in Malay, a timestamp
    # after 'log line', a template's ___ blanks, a blank form's layout under 格式：.
    "Kak Normah cakap suaminya baru diberhentikan kerja, jadi yuran bulan ni lambat sikit.",
    "Pak Ngah tak datang kenduri sebab masuk wad semalam, sakit jantung.",
    "Ah Mei from the Bedok outlet 怀孕了, she cannot lift the boxes anymore.",
    "Mr Tay on the 9th floor is on dialysis three times a week, please keep the lift free.",
    "Kak Ros jiran sebelah rumah aku tu selalu pinjam duit tak bayar.",
    "Talk page: please remove the line saying Ustazah Rohani binti Yusof was caught in khalwat, she is not a public figure.",
    "Auntie said Devi from the packing line was caught stealing stock, boss already sacked her.",
    '"LastUser"=hex(2):52,00,6f,00,68,00,61,00,6e,00,61,00,20,00,62,00,69,00,6e,00,74,00,69,00,20,00,49,00,73,00,6d,00,61,00,69,00,6c,00,00,00',
    "CARD_SEG1=4539 1488 CARD_SEG2=0343 6467 # her personal card, delete before pushing",
    "recent=/Users/michelle.koh/Documents/custody_hearing_notes.docx",
    '{"LINE_ID":"jiahui.0917","note":"her ex keeps calling, do not share her address"}',
    # Session 32: money borrowed and not repaid, a broken wrist, eczema and steroids, dengue,
    # a late husband as private matters; Amoi and a surname; a Sikh name by Kaur; a
    # Cantonese 太 addressed with a toothache; a check-up to be followed up; a home line's
    # (HOME) label; a LINE_ID key but no call_2025... or line_no; a lottery ticket counted with 张 after 了; a counter's, a general and a
    # fax line; a price read as a place; wholesale and recall desks.
    "Faizal borrowed RM2,500 from his cousin for the kiln and never repaid him, the family is fuming.",
    "Priya's son Arjun is the boy who broke his ankle on the trampoline yesterday, she wants the incident report.",
    "Tolong semak pelanggan Jasmeet Kaur, anak dia kena ekzema lepas guna losyen kita, doktor bagi steroid.",
    "Pelanggan Amoi Tan dari Jalan Besar tu, suami dia baru masuk wad sebab denggi.",
    "FAX 02/09/2026 09:10 FROM: 6738 2291 (HOME) TO: TTSH RECORDS RE: DISCHARGE NOTES OF MY LATE WIFE",
    # Session 32: a bankruptcy, a fever, a birth just had and money short in Chinese; an
    # honorific and a surname with a private matter said in Chinese; a given name and a private
    # matter up to 80 characters apart; a copyright holder given with a home address; G-code's
    # letter-numbered words not read as one number; a quotation's number; a club's line;
    # guitar makers, typeface designers, pianists and piano studies in Chinese.
    "Mrs Lim（Bella 媽媽）話 Bella 發燒38度半，今日請假。",
    "the swim coach Hafiz tu kan, his wife keeps calling the front desk, katanya dia ada hutang Ah Long RM5k.",
    "<dc:rights>© 2024 Tan Mei Ling, 14 Jalan Lembah, Singapore 457812 - family photos, do not share</dc:rights>",
    # Session 32: a drink-driving conviction, an affair, an injury at work in Malay as private
    # matters; a Chinese given name that is a particle's word (Zhou Bin's); somebody's own car
    # before a plate; somebody else's flat as a home; a post before 小X (美甲师小吴); fewer holds:
    # a sole proprietor's account, licensing and outlets desks, a massage shop's clock words,
    # mainland tourists (陆客), a telefilm's plot, a chocolatier's and whisky makers' names, Hokusai and Michael
    # Jordan in Chinese.
    "Liu Bin's employment pass was refused because of an old drink-driving conviction.",
    "The summons was for the cashier's own car WQX 5512 (Lim Ah Seng), not the company van.",
    "Spare keys are with Farid at his flat, Blk 221 Tampines St 21 #05-118, S520221.",
    "Pekerja ladang Yanti cedera kaki semasa angkat guni baja, majikan belum buat laporan.",
    "Don't tell Amir's wife he was at the karaoke last night with another woman.",
    # Session 33: a full name in Latin letters and a Latin name one is called by (叫Rina) in
    # Chinese text with a private matter; bruises and a passport kept as private matters; an
    # HR note as a personal label; fewer holds: our WhatsApp line, WhatsApp kami, a sole
    # proprietor's account in brackets, a model code after a product's name, an acronym's
    # expansion, a serial range's end, a commercial building's unit, a specialists' practice,
    # Malaysian towns and a violinist in Chinese.
    "Tan Ah Kow (TAK) was warded for dengue last week, so the site visit is postponed.",
    "Lim Wei Ming GA-2100 watch collected by his wife; he is still on MC after the surgery.",
    # Session 33, rounds 239-240: a patch test is no test data; a lawsuit, a detention (kena
    # tahan) and tuberculosis as private matters; an MCST chairman is no public figure; a
    # landed estate's Park as a street; an ancestral tablet's filial children; a colleague's
    # post and a comma; a line written backwards (and one that is not); fewer holds: a studio
    # line and a shop counter in Malay, a business's our, a brand by somebody, an aid's
    # recipients, Mak Andam, a supplier's Provisions, bro before a word, everyday words in a
    # priced bill, a joint management body's account, a register looked up online, a line
    # after opening hours, a company's spaced address, a body's booking line before its
    # address, Michelin, a stall, a lung's lobe.
    "Customer file: Nur Syafiqah Rahim has psoriasis on both elbows, patch test only with the fragrance-free range.",
    "Ah Seng punya anak kena tahan polis semalam sebab lumba haram.",
    "Transfer note: 1234 8765 56+ ,gnoL iaM nahC ot yap",
    "Sis Aishah cannot come today, she is warded at TTSH.",
    # Session 34, rounds 241-244: a Latin name after 阿 or a kin word in Chinese with a
    # private matter in either language; a title and surname before a baby's birth or a
    # confinement; an owner's own Latin name after 我係; a site trade's 小X with hepatitis B;
    # a sum owed; a custody dispute (and a child born 2013 is no figure); a mascot's
    # performer; a romanised name with a role and said in Malay; I'm and a given name; an
    # acc no.; a plate after a long label; a bride's, a couple's and an account holder's
    # name; a booking's SSR DOCS, CTCM and CTCE; fewer holds: office lines after office
    # hours, a dispatch line, a table-booking WhatsApp, a business WhatsApp listed after
    # its hotline or said to be only for bookings, a farm's address and official WhatsApp,
    # a shop's new address, a venue's bracketed address, a shop unit, listings in Malay,
    # shops by their trade, a motif, an author before 著, an article's number, figures and
    # brands.
    "判頭話阿 Sam 做雜工日薪 HK$850，佢話要去勞工處投訴拖糧。",
    "阿 Joe 話佢要請三日 sick leave，醫生 confirm 咗係 slipped disc，MRI report 佢 WhatsApp 咗俾我。",
    "Danny 哥，你老婆 Maggie 打嚟話你仲欠佢兩個月家用。",
    "我個仔 Ethan 讀緊小二，有哮喘，上個月入咗急症室。",
    "業主 Mrs Leung 個 BB 上星期啱啱出世，佢話坐月期間唔可以有 noise。",
    "WhatsApp from owner:「我係 12 樓 B 室嘅 Tony Lai，你啲 worker 仲未 clear 走啲泥頭，I'll deduct HK$1,000.」",
    "Photo release denied for participant Nur Batrisya (born 2014): parents are in a custody dispute.",
    "Pay slip Nov: Farah Aina (mascot performer) gaji RM2,100, potong RM300 for the advance.",
    "Sewa saya RM900, jiran atas tuntut RM3,000 sebab siling bocor. I'm Syazwani, boleh bayar ansuran tak?",
    "Tolong check, transfer masuk salah account, his Public Bank acc no. 6402118305.",
    "Nombor plat kereta yang selalu parking depan pagar rumah saya: WQA 5521.",
    "Aisyah's blood sugar after two weeks: fasting 8.2 mmol/L, HbA1c 7.9%.",
    "SSR DOCS MH HK1 P/MYS/A52910384/MYS/03JUL91/F/11AUG31/LIM/SIEW MEI-1.1",
    "SSR CTCM SQ HK1/6591827364/EN -1.1 ; call after 6pm only",
    "SSR CTCE MH HK1/SIEWMEI.LIM//YAHOO.COM/EN -1.1",
    "Gambar IC depan belakang si Hafiz dah saya forward dalam group, tolong padam lepas isi borang.",
    "Kenneth called in sick again, says he has chest pain and is going for a heart scan.",
    # Session 34, rounds 245-246: a bankruptcy and a remand in Malay, a Sister by her
    # given name, a disability card, one called 小X, a staff advance to 向公司, Mrs by 太太
    # whatever follows, 這次 after a nickname, a temple's 師姐 who lost a job, a padded name
    # in a chat, an MRN, a name in capitals before a birth date; fewer holds: mailboxes
    # after an enquiries label or a service line, training and tours desks, a cycle year,
    # a temple's king boat, orchids and cultivars, a reference catalogue's compiler, a
    # commercial building's address, an event venue, a barber's shop, a course desk line,
    # a company WhatsApp, coin grades and places.
    "Pak Ngah yang selalu datang pasar malam tu dah diisytiharkan bankrap tahun lepas, jangan terima cek dia.",
    "Photo of Aisha Karim's disability card attached to support her request for ground-floor seating.",
    "Hafiz the apprentice kena reman 3 hari for fighting outside the kedai, his mother came asking for bail money.",
    'Tube KKM-BB-0117 | label handwritten by ward: "TAN S.H. 02/05/1958 MRN 2039485761" | EDTA 4 mL',
    'Tiub HSA-BB-0211 dilabel tangan "AZMAN B. HJ YUSOF 11/09/1969" oleh jururawat wad.',
    # Session 34, rounds 247-248: a worker by job and name (Foreman, Installer, Lorry
    # driver) with a private matter, whatever news the sentence tells; a permit cancelled,
    # stitches, a relative held at a reception centre, police bail; one who gave her name
    # as; a worker named after his nationality; Saya and a name and a comma; a possessive
    # further from its matter; 架子工 and 那个 before 老X; a stroke; a marriage hidden; 何sir;
    # fewer holds: an OCR engine's boxes and ids, a credit note's number, a service line,
    # an order line, an office phone in a review, warranty and complaints mailboxes, fish
    # by their colour, makers of cranes.
    "Installer Ganesh cut his right hand on a glass edge at the Kepong site, five stitches, off work for a week.",
    "HR group: Vinod's work permit got cancelled because he failed the medical, need to send him home.",
    "Tel log 10:05 - caller gave her name as Mandy, her brother is held at Lai Chi Kok Reception Centre.",
    "Pekerja Nepal, Ram Gurung, mengadu gaji dua bulan belum dibayar oleh subkontraktor.",
    "Boss, Siti's husband call me, say she cannot come work this week sebab dia keguguran.",
    # Session 34, rounds 249-250: a cabinet of teak is no government's; truancy, a
    # pregnancy lost, a birth in Malay, a depression treated, money owed in plenty; an Ah
    # name further from its matter; 老X before 昨晚; an account after acc; a PDF form field's
    # value; an epithet only from a list (not ``the Walkman``); fewer holds: a
    # certificate's OIDs, choirs and music shops, an e-signature report's events, plant
    # nurseries, orchids by their botanical names, a shop selling uniforms, a hormone's
    # duct, figures.
    "Mr Ravi Menon still owes us S$480 for the teak cabinet; he says he's borrowing from an Ah Long.",
    "Tell Ah Seng the radio he brought is fixed and he can collect Sunday; his mum phoned to say he's been skipping school.",
    "Eh guys, 阿Ben 的 wife 刚刚 bersalin, baby girl 3.1kg, dia cuti two weeks.",
    "My 婆婆 keeps asking when, she doesn't know Kevin and I already lost twins at 14 weeks last October.",
    "PDF 表單欄位：/T (銀行帳號) /V (012-882-7-014777-1) /FT /Tx",
    # Session 34, rounds 251-252: an arrest as a noun, a bone broken told the other way,
    # intensive care in Malay, detention and a heart attack in Chinese, 周 sir with a
    # space, 因为偷卖公司 is no company's name; fewer holds: a browser's version, a league's and
    # a marina's mailboxes, an office's address update, snooker, figures.
    "Boss, Ah Kow's wife just masuk ICU kat Hospital Taiping, dia minta cuti this whole week.",
    "Feedback comment: 'Jeremy, I know things have been hard since your dad's arrest last month - take the extension.'",
    # Session 34, guards of the session's own changes (lines of older sets that the first
    # full run held): a bot's persona in Malay, a police chief beside suspects remanded, a
    # charity's account after acc, a test system's patient id, no injuries in a report, a
    # weekday's possessive, a dish, a painter's figure.
    "IC saya ditulis terbalik, baca dari belakang: 372541714088, untuk borang sewa rumah.",
    # (a barber by trade and name, not a shop: ``Barber`` is no organisation's first word)
    "Barber Hafiz Firdaus yg bertatu kat cawangan SS2 tu datang kerja mabuk semalam, pelanggan bau arak.",
    # Session 34, rounds 253-254: a pregnancy said 有孕, a pay rise (薪水), stalking, online
    # loans, a technician's 小X, a shop manager by surname and post (何店長), a husband out of
    # work in Malay, a death said as pass away.
    "Pelanggan bernama Kak Nor mengadu bahawa suaminya menganggur dan dia tidak mampu bayar baki RM200.",
    "Kak Yah punya suami 刚刚 pass away, funeral esok, so 她 this week 不能 restock.",
    # Session 35, rounds 255-256: a parent's number to reply to, 手提 (a mobile), the
    # writer's own account after a company's, a Malay road with a Chinese house number or
    # a bare number and comma, 小X/阿X伯 before a time word, @mentions, a regular customer, a
    # Latin surname and 太, Malay subjects, a name in a file's name in title marks, a
    # three-character name in hex; fax reports' company lines, role mailboxes, quoted
    # trades, fishing ponds.
    "Please reply to the parent at 8836 1027 about the Primary 1 slot; the boy is partially deaf.",
    "My pay stopped in October but the company says it's not their problem, my DBS savings account 027-55812-3 has the last salary credit.",
    "Saya tinggal di 27, Jalan Mawar 3, Taman Sri Gombak, tuan rumah nak halau kami bulan depan.",
    "Saudara Juwairi masih berhutang RM900 kepada kelab sejak tahun lepas.",
    "Tan 太 said she can't come, her husband just got diagnosed with stroke last week.",
    "我住在八打灵再也Jalan SS2/75 8号2楼，房东一直不退押金，怎么办？",
    # Session 35, rounds 257-258: a name glued to a log's key and quote, a league's
    # regular, Hong Kong's 陳生 (Mr), an employee's 小X, a staff member or a Malay worker by
    # job and name, a burn, a romanised two-syllable name in Chinese text, a nickname
    # addressed with a private matter, an app's user; franchise and operations mailboxes,
    # a label glued to a mailbox, a business line, a WhatsApp display number, chocolate
    # and Ovaltine.
    "access_log 2025-03-14T23:02:51+08:00 door=L7-MAIN card=HID-30452291 holder='Benedict Lau' result=DENIED reason=MEMBERSHIP_SUSPENDED_ARREARS",
    "Regular from the Wednesday pool league, Desmond Tay, was arrested last week for drink driving, so he won't be at the final.",
    "Staff Hui Min minta cuti tanpa gaji seminggu, her mother masuk hospital in Seremban.",
    "Laporan insiden: pekerja sambilan Faris, 20 tahun, melecur tangan terkena wap panas semasa membersih mesin.",
    "今天 Xin Yi 又请 MC，她说 chemo 之后还是很累，大家帮忙 cover 一下。",
    'Ujian A/B: pengguna Harvinder Singh a/l Balwant (kumpulan A) menerima notis "Keputusan saringan HIV anda sedia" di skrin kunci, aduan diterima 4/5',
    # Session 35, rounds 259-260: a debt by missed payments, a given name signing off with
    # a private matter, a Latin name and romanised surname in Chinese text with a private
    # matter said in English, 何太 saying something after a place's name, a pension, a
    # platform's private message labelled in Chinese; figures with their life years in
    # Chinese, a seal's carving styles, exam, consignment and hardship mailboxes, official
    # lines and control rooms, posts and places as chat speakers.
    "Boss, Ah Seng just called, his studio rental overdue 3 bulan, RM540 belum bayar, 他说月底才还.",
    "Can I get an advance of S$600 on this month's pay? My father's chemo bill just came in. - Hafiz",
    "FYI 舞蹈組 Kitty Leung 下星期做 IVF，so 佢嘅位先由後備頂住。",
    # Session 35, rounds 261-262 and the second full run: a mistyped NRIC the form is said
    # to read, a job before a name written in lower case, a child named with an age or a
    # school year, a diagnosis said of a person next to an eponymous syndrome, a
    # performer's private matter in a troupe's notice; room and fixtures mailboxes, a
    # centre's WhatsApp; a chat's User: label is no cue of a data subject, and a Malay
    # trade's title is no name.
    "Pending approval: the NRIC on the card reads S8812345A, please compare with the photocopy.",
    "Jurulatih laluan Faizal masih berhutang RM2,000 dengan Ah Long, jangan beri alamat rumahnya.",
    "Session note: Aqilah (5) came in with a burn mark on her arm; grandma said it was the kettle. Flagged.",
    "Rujukan kaunselor: Qaisar, murid Tahun 2 SK Bandar Baru, kerap ponteng dan disyaki didera di rumah.",
    # Session 35, rounds 263-264: X他妈怀二胎, a phone's call log (outgoing, incoming, called
    # from), a sign-off with the writer's role after it, a card used without permission, a
    # retirement fund's member number, a Chinese name after a relation said in English; a
    # licence's number, appeal, competition and lost-property mailboxes, drinks and a fare
    # card by their Chinese names.
    "Call history before the phone was stolen: 23:12 outgoing 9731 2286 (1m 05s), 23:40 incoming 8456 0193 (missed).",
    "Saya minta diri dari kelab sebab gaji saya dipotong separuh dan tak mampu bayar yuran. - Hafiz, pemain simpanan pasukan B",
    "Eh Haikal from Kepong, his mother call shop say Haikal guna kad kredit mak without permission, RM900 for game cards, want chargeback.",
    "Nota: no. KWSP 20931847, gaji bulanan RM 5,200, kata laluan di bawah.",
    "Please translate for my girlfriend 佳穎: I'm sorry I got drunk and broke the glass at the bar.",
    # Session 35, rounds 265-266: a writer's self-introduction before a number, 我們家小X, 小X
    # every day, English after 小X in mixed chat, a partner's beating and a prison term,
    # given names with their pay; charter mailboxes, a centre's WhatsApp line, quoted
    # trades after what they deal in.
    "WhatsApp from homeowner: Hi this is Marcus, 9712 4408, my HFAD keeps chirping at 3am, can your guy come Sat morning?",
    "Gaji pekerja kedai bulan ni: Aisyah RM1,650, Hafiz RM1,500. Jangan bagitahu yang lain.",
    # Session 35, rounds 267-268: a flat's bare number after its block and a 花园城 estate, a
    # card's holder, a driver's 小X with drink-driving, a Malay trade's title before a name
    # a private matter follows at once.
    "Dispute notice: card ending 8821 held by Melissa Tan Hui Min, RM420 disputed for a cancelled tournament entry.",
    "Pemandu Faizul ditangkap polis semalam kerana memandu mabuk, jadi dia tak boleh masuk syif esok.",
    # Session 35, rounds 269-270: loan arrears and a court order on wages, the lock-up, a
    # premature birth and a discharge from hospital.
    "Hi team, FYI Ravi from the transport desk has a court order on his wages, so payroll will deduct MYR 800 a month until his car loan arrears are cleared.",
    "Kak Limah tak dapat datang sebab suami dia masuk lokap semalam, dia malu nak cerita.",
    # Session 36, rounds 271-272: a subscriber's number in a telco's records (msisdn, 65
    # and 852 without their plus, TBCD), an SMS in UCS-2 hex, a handset's IMEI and a SIM's
    # IMSI, a ship's rank before a name, a blood cancer, a family that cannot afford a
    # fee; role mailboxes (travel, crewing, genealogy), a mailer's message id, an ops
    # handset and an office WhatsApp line, a product by its measure, a quoted stand-in
    # name, public officials and a show's host in Chinese, a writer's character, shops in
    # quotes, a class's and a business hall's address.
    "SIM swap audit: msisdn=60127745310 moved to a new SIM at 02:14, port-out flagged by fraud desk, owner says he never asked.",
    "HLR lookup msisdn 6591827364 returned roaming in Batam; the subscriber disputes the RM2,300 data charges.",
    "SMPP submit_sm dest_addr=85263917254 data_coding=8 ok, customer complains she gets debt collection texts every night.",
    "SS7 trace: calling party TBCD=5698371462 flagged for repeated calls to the victim's line, refer to police.",
    "SMS body hex ud=674E592A592AFF1A60A8768480014EBA5DF25165966200200049004300550020003300320031",
    "Stolen handset report: IMEI 356938035643809 belongs to the complainant, phone snatched at Jalan Alor on Friday night.",
    "Subscriber check: IMSI 460001357924680 registered under the same passport as three other SIMs, hold the account.",
    "Maaf lambat, isteri Deckhand Zulkifli admit Hospital Kuantan for leukemia, dia minta sign-off awal.",
    # Session 36, rounds 273-274: a storekeeper's pay and her husband's lost job, a
    # photo's EXIF artist, a beating in Malay, dyslexia, a stall-keeper's nickname, a Hong
    # Kong flat in short; a shifts desk's and a body's own mailbox, a URL's user and
    # password, a 24-hour line in Malay, a department in brackets, a merchant line, a
    # config's production line id, a tutoring centre and a specialty shop.
    "Storekeeper Devi earns $1,980 and wants a $500 advance because her husband lost his job.",
    'Metadata: Artist="Nur Aisyah binti Halim"; GPS 3.0738,101.5183 (rumah penerima, Jalan SS2/24)',
    "Kak Ros punya suami pukul dia lagi, pagi tadi datang kerja muka lebam.",
    # Session 36, rounds 275-276: a club's championships are no public event, gambling
    # losses and a debt collector, a Latin name with 姐 and a private matter, a kitchen
    # worker's unpaid loan; a liquidator's and a disputes desk, a firm's WhatsApp, an
    # enquiry line in Malay, an association's phone and an official number, an events team
    # in brackets, a unit code before an HKID's shape, an association's address after its
    # tax number, a meeting's venue in a gazette notice, a meeting room, a fish farm, a
    # bak kut teh shop, a public statement, a roadside tree.
    "FYI Melissa Tan (senior ladies) is pregnant and pulled out of the club championships, please keep it quiet.",
    # Session 36, rounds 277-278: a medical history in a race's medical log (history of
    # atrial fibrillation, sejarah serangan jantung), a sweeper vehicle's record, a sum
    # glued to a name, a Latin full name before a Chinese comma, Mrs. with its dot, a lay-
    # off, dementia in Malay, a spouse's retrenchment, a divorce under way in Cantonese, a
    # separation and alimony, a chat speaker's own pregnancy, medical bills; a finance
    # department's line, an account named for incorporated owners, a project's mailbox,
    # In-Reply-To without its colon, an interpreters' desk, an admin WhatsApp in Malay, a
    # config's shared mailbox, a shop's address label, a celebrity chef, a bakery and a
    # private kitchen in quotes.
    "First aid log km21, 08:14: Raymond Teo, 52M, bib C1187, dizzy and breathless, history of atrial fibrillation, sent to NUH by ambulance.",
    "Log khemah perubatan KM 10: Wong Kah Seng, 48 tahun, pengsan, sejarah serangan jantung 2021, dihantar ke Hospital Putrajaya.",
    "Kak Lina the new treasurer, husband dia kena retrench from the factory, so she asked to delay her own yuran 3 months.",
    # Session 36, rounds 279-280: a verb of hearsay the model took into a name, a
    # newspaper's letter writer, a newsroom's reporter by post, a clerk's folk name in
    # brackets with a hospital bill, a dependant's orthodontics, an SUV's plate, an
    # account after the post office's name; a newspaper's subscriptions, letters, opinion
    # and tips desks, an auction's preview address, the leopard cat.
    "Heard Siew Ling Ng from the Sunday cycling group was arrested in JB for drink driving, that's why she skipped the ride.",
    "Letter writer Mr Kelvin Goh Boon Hock asked us to withhold his name because the letter concerns his ongoing divorce and custody case.",
    "Wartawan Siti Hajar binti Osman akan bercuti bersalin mulai Februari; dia hamil anak ketiga, jangan jadualkan syif malam.",
    "Log wang runcit: Kak Ros (kerani) pinjam RM120 untuk bayar bil hospital anak, akan bayar balik hujung bulan.",
    # Session 36, rounds 281-282: an oral history is no
    # history lesson, a mistyped NRIC after where it is written and a colon, an adult's
    # age set off after a given name with a private matter, more everyday Malay names, a
    # fellow hobbyist's nickname, 上次 after a nickname, a loan shark's loan in Malay and an
    # underground bank, sexual remarks at work; a front desk's WhatsApp, an emergency line
    # in Malay, a farm's visits and a library's members desk, a pest controller, a
    # weekday, a pesticide, a courtesy title before life years.
    "NRIC on the tenancy renewal form: S7712345A, date of birth 11/05/1977, pls double check before submitting.",
    "Aduan: Kak Zura cakap supervisor selalu buat sexual comments depan customer, dia nak report HR.",
    "Tukang kebun Sabri ambil pinjaman Along RM2,000, sekarang orang Along datang cari dia kat dusun.",
    # Session 37, rounds 283-284: a call-back number in Chinese numerals with 幺, a blood-
    # pressure reading of a nickname, a given name and a Chinese surname with an adult's
    # age, a nickname in quotes after a customer, a name before its relation in brackets,
    # a nickname signing a message, a Malay psychiatric word, a tracker's mention and a
    # labelled login, a mailto link in a tag; versions after a product or 版本, a no-reply
    # sender with a tag, role mailboxes (qa, wellbeing, itsd), business lines (for
    # appointments, a business line, a front desk, WhatsApp for quotations, a workshop's
    # line, a shop's new line, a WhatsApp business number in Chinese), a transliterated
    # name with its Latin original, TCM brands, a claim form's measure word, aged mugwort.
    "Customer 'Ah Boy' at 8122 0937 cancelled again and still owes RM120 for the call-out.",
    "Acupuncture note: Ivy Chong, 33, IVF cycle 3 next month, no abdominal points after transfer.",
    "Dev (my husband) told his whole family I am faking my ADHD for the pills.",
    "Kak Ros kat kaunter dah cerita satu jabatan yang saya ambil ubat psikiatri, malu saya.",
    "[~meiling.tan] your medical certificate for the surgery was posted in the public channel, deleting it now",
    "Remote session 2026-05-02 host PC-HR-03 (pengguna: nurul.izzati) opened file Surat_Amaran_Kedua.pdf",
    'Lampiran borang: <a href="mailto%3Asyafiq.roslan88%40gmail.com%3Fsubject%3DRayuan">hubungi pemohon</a>',
    # Session 37, rounds 285-286: a kin word in English before a Chinese name, a name that
    # runs on into a room (Bilik 4), a debt owed in a league, a parent named by the child
    # as a chat's speaker, an estate with 园 and 小区, a compensation still unpaid; role
    # mailboxes (records, group, ICT unit, lost and found), a business account in
    # brackets, a counter's and an official handset's lines in Taiwan, a shop quoted after
    # 这家, a midweek price, snooker and golf champions.
    "Grandma 陈婆婆 now stays with us, tapi dia ada early dementia, the social worker says we need a care plan.",
    "Pak Cik Osman Bilik 9 tu baru disahkan ada kanser hati, anak dia minta jangan beritahu dia dulu.",
    "Stop inviting Jason Teo to the Sunday bowling league, he still owes the team S$320 from last season.",
    # Session 37, rounds 287-288: an identity card's number near a guard house's or a
    # hotline's words, a caller's number in Chinese (來電), a brother nickname after a
    # fellow player, an old-surname nickname addressed with a debt, a low month's pay;
    # role mailboxes (wedding, community, lost property, nursing station, servis), an
    # official line in brackets, a hotel's official WhatsApp in Malay, a master's and a
    # grand opening's surname characters, 張 before a notice and after 有, a champion
    # jockey.
    "Imbasan MyKad pelawat di pondok pengawal: 910304-10-6637, masa 22:10, tujuan Blok A.",
    "Visitor IC scanned at the guardhouse: S8834127I, 07:45, destination Tower B.",
    # Session 37, guards for lines the first fixes broke and mended: a Chinese name before
    # a van's number in brackets, a Chinese name with its English name in brackets (a
    # transliterated name with its Latin original is cleared only when it does not start
    # with a common surname); a hotline's tel: link stays out of the text.
    "MC slip from 阿辉 (Lorry 2): diagnosed dengue, warded at SGH till Friday, pls cover his Bedok jobs.",
    # Session 37, rounds 289-290: a house on a Malay-named street in Singapore a ride goes
    # to, a heart condition, a loan still being paid off, a loan shark in Malay slang, an
    # Ah name whose private matter the next sentence tells by a pronoun, a known given
    # name before Chinese with a private matter, Ms and Miss with a surname reporting of
    # herself, an early pregnancy, a debt collector in Cantonese; a donation office's
    # mailbox, Hong Kong's sample name after 例如「, a white gown, a thank-you card, a roll-
    # up banner.
    "Book a Grab ride for the patient's mother to 8 Jalan Ismail, Singapore 419281, she cannot walk far.",
    "Natalie from the Saturday fitting says she has a heart condition, please avoid the tight corset.",
    "Groom Dennis Lim mentioned he is still paying off a S$25,000 loan from his old bakery, so he asked to split the bill.",
    "Boss, customer Ah Keat datang lagi nak gadai rantai. Dia cakap kena bayar along RM3k minggu ni.",
    # Session 37, rounds 291-292: a person introduced by a role who told us of a
    # diagnosis, a pregnancy by its month, a singer's pregnancy in a studio's note, our
    # vocalist set off by commas, Cantonese 嘅 before a nickname and 早排 after it, 肥 and a
    # man's given name, a son in prison, a surgery in Malay, a firewall's VPN user;
    # Nanyang painters and an orchestra's director, a gallery's valuations and logistics
    # desks, a lettuce, brown sugar, a little late in Cantonese.
    "Artist Daniel Ong told us he has been diagnosed with early Parkinson's, so the café mural job goes to his apprentice.",
    "Artist Joanne Koh is 6 months pregnant and asked to skip the scaffold work; please get the part-timer to help.",
    "Singer Rachel Lim is 4 months pregnant, her gynae said no sessions longer than two hours, pls set up a chair.",
    "Vokalis kami, Zulaikha Rahmat, disahkan menghidap barah tiroid dan perlu rehat sebulan.",
    "Adib minta cuti dua minggu daripada kelab kerana pembedahan bahu di Hospital Kajang.",
    "2026-10-03T21:14:07+08:00 asa-kl02 %ASA-6-722051: Group <Staff> User <kelvin.tanwm> IP <10.66.4.30> assigned",
    # Session 37, guards for lines the later fixes broke and mended (full run at 10ac7d1
    # against 2445616): a shop's 'welcome to call' is no caller's number, a hotline's
    # digits in a card's shape, a celebrity's obituary, a place before its Malay street, a
    # four-character transliteration after a common surname, a kin word before a surname
    # in mixed text, a name that ran on into a block.
    "Uncle Tan 的 heart problem 又 relapse, doctor kata must rest 2 months, so 他 can't lead the choir lah.",
    "Mak Cik Som di Blok D tingkat 7 tinggal seorang diri dan kurang pendengaran, ketuk pintu kuat-kuat.",
    # Session 38, round 293 (en293, en294, zh293, zh294, ms150, mix153, chat148,
    # evade143): a bounced cheque and a mortgage in arrears beside a painter's name, a
    # custody lost, a doubled nickname's meltdowns and antipsychotic, a child 'reads' at a
    # school (no school's name), a nickname with a sister's title of late, a mobile given
    # eight digits, an Ah name drunk and fighting with a police report, 'we live' before a
    # block in mixed chat, an arrest in Cantonese; and a business's area of delivery, a
    # courier's gateway, a site 'open at', an incident's date-stamped number, a shop's
    # bracketed WhatsApp, a mailbox's '.my' read as 'my', opening hours further back, a
    # gallery's line, a registered company's notice, role mailboxes (intake, member,
    # tougao, a shared inbox), a plaza or barracks before an address, an event's place and
    # premises after a Chinese address, a receipt's ground-floor shop, a price in
    # thousands after a painter, an author called teacher before a title, a character's
    # given name after the full name, a shop by its corner, a limit per customer, a
    # brewery's style, brands.
    "Mr Ong Kah Leong's cheque for RM12,000 bounced again and he says he is behind with his mortgage; tell him the Yong Mun Sen stays here until he pays.",
    "Priya's dad lost custody in October and she has refused to come to class since.",
    "017-4432 8810 ni pelanggan yang marah-marah tadi, jangan layan lagi.",
    "Semalam lelaki dikenali sebagai Ah Seng dari flat sebelah mabuk dan bergaduh di kaunter, laporan polis sudah dibuat.",
    # Session 38, round 295 (en295, en296, zh295, zh296, ms151, mix154, chat149,
    # evade144): a FIN after a card scan that failed (no check that fails), a Taiwanese
    # class before a famous name, a sibling by birth order before a name in a text naming
    # a novel's character, a bracketed HKID in a file's name, a given name signing off
    # after 'From', a child by an English given name after 'your family'; and a desk's
    # Chinese mail label glued to the address, bd and concession mailboxes, a registered
    # company's address and 'No. Syarikat', a booking after a number, a club house, an
    # event hall after a Chinese address, a cram school's classroom in quotes, a
    # headquarters' line after its address, a weekday opening a menu row, places, figures
    # and brands.
    "Card top-up failed for FIN F6621875K twice today, the worker says the card was cut in half at the dorm in Kranji.",
    "Sorry boss, I MC today, klinik cakap I ada denggi, platelet rendah. From Hafiz, driver trip KL-JB.",
    # Session 38, round 297 (en297, en298, zh297, zh298, ms152, mix155, chat150,
    # evade145): a real plate and phone in test data, an OTP sent to a phone (no keyword
    # to a service), a stock-cast name with a bill not paid, a prison term and a divorce
    # in Malay, a monthly pay said, a quoted 'fat boy' nickname with a record, a son's
    # English name after a Cantonese kin word, a given name after a role in a file's name,
    # a pay list with jobs in brackets, a 'brother' nickname opening the text, a car loan
    # before a plate, a repository's history is no history; and results, rentals and bot
    # handles, a studio's official WhatsApp, a studio's possessive, a locksmith, a
    # business's move in Malay, a shop's address in brackets, a road named after Sun Yat-
    # sen, shops in quotes and second-hand furniture, a care team, places, figures and
    # brands.
    "Log CI: gagal hantar SMS OTP ke +60 12-774 3019 (akaun 5520913), penyedia pulangkan ralat 30007.",
    "Ah Lian from the drinks stall still hasn't paid RM800 for her fibroid scan, her son lost his job last month.",
    "Kak Ros di kaunter kata suaminya dipenjara dan dia terpaksa berhenti kerja bulan depan.",
    "Rohani, 52 tahun, keputusan pap smear tidak normal dan dia dalam proses perceraian.",
    "Customer photo: IMG_20260402_bride_Nadia_side.jpg shows her without tudung, delete after the fitting.",
    "Staff payroll: Aishah (tukang jahit) RM2,300, Devi (cutter) RM2,500, bank in by 28th, don't share.",
    "I still owe the clinic RM18,000 after chemo and the bank keeps calling about the car loan for WVA 7712.",
    # Session 38, round 299 (en299, en300, zh299, zh300, ms153, mix156, chat151,
    # evade146): a worker's name with age and nationality before a pregnancy, a possessive
    # is no listing's quote, a bank card said to be one's own with a failing check digit,
    # money borrowed in Malay right after a romanised name, a nickname followed by 'from'
    # and English with a private matter in Malay, a value typed straight into a formula;
    # and a temple's address by its label past the house number, a move to a body's
    # present site, a temple's or a shop's address in brackets or on its receipt, a talk's
    # hour before 'at', a bare enterprise credit code, pejabat and audit mailboxes, an
    # agency's line, a temple office's line, a business's notice of its own office, a
    # review of a business's line, stock words, figures and brands.
    "Medical report: Aye Aye Khin, 31, Myanmar, 6ME on 14/05/2025, pregnancy test positive; employer wants repatriation.",
    "Staff loan record: Hui Min pinjam RM2,000 untuk bayar sewa yang tertunggak, potong RM200 sebulan.",
    "Wati's employer in Tampines has not paid her salary for 2 months (S$1,380 owed), she cried on the phone.",
    '=VLOOKUP("S8123456F",Staff!A:F,4,FALSE) returns the phone column; the NRIC was typed straight into the formula.',
    # Session 38, round 303 (en303, en304, zh303, zh304, ms155, mix158, chat153,
    # evade148): a complaint's maker named like a celebrity, a court hearing over
    # moneylender loans, a landlord's nickname with a debt and a divorce; and a company's
    # number in Cantonese, an official website's phone, an office's address past 'No. 8',
    # a customer's 'do you deliver to', an outlet or a salon in brackets after a number,
    # hours in Malay, the branch manager to reach, a homestay's counter, cetak and
    # frontdesk mailboxes, a fax of a shop, a department or a branch, figures, stock words
    # and brands.
    "Complaint: Jonathan Lee says his kids had food poisoning after the birthday cake on 3 Dec and his daughter was warded overnight.",
    "Don't roster Hakim on Saturday, he has a court hearing over his moneylender loans, keep it quiet ok",
    # Session 38, round 305 (en305, en306, zh305, zh306, ms156, mix159, chat154,
    # evade149): an NRIC card named before a mistyped number, a resident named by
    # building, a birth just had and a hospital stay in Cantonese, 'call me back' in
    # Cantonese, a divorce given in Malay; and a config's business number, a front desk
    # reached on a line, a weekday's hours in Chinese, an environment file's template, a
    # Hong Kong BR number, shops in quotes, stock words, figures and brands.
    "Found: a Singapore NRIC card S9021547H left at Row C, Victoria Theatre, after the 3pm show. Holder contacted.",
    "Kak Ros kata suami dia dah ceraikan dia bulan lepas, sebab tu dia minta tambah syif malam.",
    # Session 39, rounds 307-308: a phone asked for by itself (number pls), an NRIC kept
    # on file, a Latin name after a Chinese role word, a lorry's plate by its driver, pay
    # docked in Cantonese, a loan not yet cleared, a colleague 啱啱 diagnosed, LASIK and bad
    # night vision in Malay, a pay slip's sum, a name set off by commas; a locksmith by
    # its branch, Malay listings' words, a land scheme's settlement, a voltage, a
    # marketplace's listing title, a thing's letter label, a quoted shade, public bodies'
    # acronyms, eyewear and hearing brands, a company's SSM or BR number, a registration
    # line, a realty's line, a shop's opening address, an office floor's reception, an
    # example in brackets, a founder in a brand's history, our country in a textbook,
    # Zeiss lenses, a storage firm in quotes.
    "Send me the number please: 9281 4407, she is the auntie at Punggol whose maid ran away.",
    "FIN on record for repair ticket RT-3312: G7742918M, matched against the work pass.",
    "群組通知：司機 Rowan 昨天確診肺癌，他叫我們先別跟客人講。",
    "Dispatch log: lorry WKP 7730 driven by Hafiz was seen outside his girlfriend's flat till 2am.",
    "Eh Liyana, your pay slip Oct dah masuk? I nampak net RM 1,940 je, betul ke?",
    "Note for night shift: the tenant in B-12, Gordon, always arrives drunk; his sister says he is going to rehab.",
    "Kak Nab jiran depan baru buat LASIK bulan lepas tapi sekarang penglihatan dia kabur, suami tak tahu lagi.",
    # Session 39, rounds 309-310: a PayNow sender's number, a month's pay by its sum, a
    # strain at work after a nickname and a body part, hair falling out, a Latin name
    # before 哥 with a private matter in English, a blood test's report, a hex-encoded
    # number after 0x; clears booking and billing lines, an order placed on a WhatsApp, a
    # business line said in brackets, a bicycle shop, a quoted bone-setter, a level named
    # after a comedian, chat speakers by post, a unit's letter, public pools and medical
    # suites by addresses, a centre's FAQ of its address, loyalty mailboxes, vouchers in
    # Malay, brands, a country's name, 苏东 and 张照.
    "PayNow for the booking fee came from 8834 2217 under the name LIM S*** H***, pls match it to the Yishun order.",
    "師傅，Kelly 姐話佢嗰筆針灸錢 $2,400 下個月先還，因為佢而家 unemployed 緊。",
    "阿Jo 嘅 blood test report 顯示 ALT 偏高，醫師話暫停何首烏。",
    "Loyalty card dump raw hex 0x2b3630313338383432323137, POS says card not found, IT pls check.",
    # Session 39, rounds 311-312: a street ending in Plain after an owner, a phone word in
    # a longer label, a service worker's nickname, a dog bite in Malay, an NRIC after IC,
    # a number said to be somebody's right after it, a check-up's finding, a patient by
    # initial and name, a new worker's given name with age, a late husband's account, a
    # name joined to a number in a referral code; clears message-only and booking WhatsApp
    # lines, a building's management line, walkers and groomers, a unit's business
    # building, a software park, a build number, a code read as a place, a meeting room, a
    # product's edition, a founder's deed of long ago, a marketplace listing's everyday
    # word, privacy mailboxes, a charger's wattage, brands, 巴哥, 仲話, 致敬.
    "Complaint from the client at 22 Jalan Kembangan Plain: says the walker lost their cat, vet bill S$480.",
    "Ring back the man about the broken leash refund: 9877 1203, after 7pm only.",
    "Kak Yati kena gigit kucing pelanggan masa grooming, luka dalam, sekarang ambil suntikan tetanus.",
    "IC T0312398A belong to the Bedok client, he said he is a senior, pls apply discount.",
    "8122 6690 - that's the man who keeps calling about his flat, please don't answer, he is going through a divorce.",
    "Peringatan temujanji gagal (pesakit M. Kamal), sila kemas kini nombor bila dia datang Khamis.",
    "Staf baru Farid umur 16 tahun, mak dia kata dia ada asma, jangan bagi pegang bahan kimia.",
    "Akaun CIMB arwah ayah 7012 3344 5566 masih ada baki; bank minta surat kuasa tadbir.",
    "https://shop.example.sg/r?utm_source=referral&ref=TAN_WEIMING_98123456",
    # Session 39 guard: a settler named after his land scheme's settlement (Felda as a
    # settlement's word broke this line in the full run at fbbc176; mended).
    "Peneroka Felda Jengka Utara Haji Salleh bin Omar, 71, disahkan menghidap kanser hati; anaknya memohon bantuan koperasi.",
    # Session 39, rounds 313-314: a child by a kin word with her age in words, an auntie
    # by surname introducing herself with a bypass, a team head's nickname, a beating to
    # come, an allegation after a name set off by commas, vehicles listed after their
    # word, a volunteer with drink, an instalment overdue; clears holiday-camp, rights and
    # hostel mailboxes, a storage firm's and a locksmith's quoted trade, potters, clubs
    # and plumbers, a company form before its address, a bursar's corporate account, a
    # culture hall's address, a list of codes of an HKID's shape, a founder by his deed,
    # rituals and brands, 周例会, 孟沙.
    "Burn case: the auntie's grandson Danial, 5 years old, kena air panas from the heater, now in the burns unit.",
    "Aduan: Pembantu kuil, Ganesh, dikatakan meminta RM200 secara peribadi daripada keluarga mendiang.",
    "Kenderaan masuk tanpa pas ke petak pengantin: BKM 5521, WA 7781 Q. Rakaman CCTV disimpan.",
    "Complaint against volunteer Thineshkumar: he was seen drunk near the temple car park at 1am.",
    # Session 39, rounds 315-316: a number followed by the customer it belongs to, a
    # spouse retrenched a few words later, a nickname leaving next week, a pupil's
    # nickname, a loan not paid back and a card overdue, an Indonesian given name, an
    # antenatal appointment; clears board games' designers and illustrators credited, a
    # firm's founder of long ago, a solar installer, a home-help agency by its owner, a
    # model glued to its make's letter, fittings brands, a weekly rent, a meeple, summer
    # months' tariff.
    "9127 3308 - customer for the Bishan job, pls call back about the laminate sample, he prefers calls after 7pm.",
    "Suami saya kata lebih baik hantar Eka balik kampung sebab dia selalu sakit kepala dan dah pengsan.",
    "SMSC-SG-1 MT status=DELIVRD text='Hi Priya, your antenatal appt at KKH is on 3 Dec 9am'",
    # Session 39 guards, more lines the full run at 7a598d4 broke and this session mended:
    # a minister's answer on work-injury claims (工伤 is no longer a private matter by
    # itself), a resident's complaint about a home-help platform (家政 clears a name only
    # right after it), a person's number to call for orders (an order or a booking after a
    # number no longer clears it).
    "Tolong hubungi Kak Yah di 012-355 7810 untuk tempahan kuih raya, dia hanya jawab WhatsApp selepas pukul 3.",
    # Session 39 guard: a designer by trade before a name is no published work's credit
    # (the full run at 1ad8b61 had cleared a review of an interior designer who took a
    # deposit; mended).
    "★☆☆☆☆ Designer Marcus Teo took our S$20k deposit, never started the job and ignores our calls. Stay away.",
    # Session 40, left over from session 39's sets (probes reworded): an Indonesian Mbak
    # title with a private matter, a passport number after a label with words between, a
    # wheelchair as a private matter of a listed given name, a brand named after a famous
    # figure (曹操出行) no longer makes the text literary, a quoted regular's nickname with
    # she after it.
    "Pembantu kami, Mbak Parmi, baru disahkan hamil 2 bulan di klinik kesihatan, apa kena buat dengan permit dia?",
    "Nombor pasport baru pembantu: B4471920 (ganti yang tamat tempoh). Tolong update sistem.",
    "Passport no. of the new helper: P2285016, please key it in before Friday.",
    "Relocation brief: the Alvarez family (Jorge, Carla, a son aged 7) want a condo near Holland V; Carla uses a wheelchair.",
    # Session 40, rounds 317-318 (probes reworded): a birth year of the 1940s no longer
    # makes a family register historical; a child's speech delay and being teased as
    # private matters; a parent named by the child saying a diagnosis; chat speakers by
    # class, trade or committee post; a price's currency the English model took into a
    # product's name; a toy named like a person; a company with its country in brackets;
    # role mailboxes after an acronym or a government body's own name; business lines by
    # outlet, office or duty, by the team in brackets, or for bookings only; a home line
    # as context; a firm's name ending in Services before its landline; addresses of a
    # centre or a clubhouse after the number, of a company's invoice details, of an open
    # day, after opening days and hours; Chinese stock words, ministries, a preposition
    # before a body's name, a party's 方, a book's authors, pioneers of public health and a
    # stage magician, brands.
    "Class note: little Irfan's speech delay is getting worse, the therapist at Hospital Selayang wants weekly sessions.",
    "Thanks, my home line is 03-7781 2290.",
    # Session 40, rounds 319-320 (probes reworded; the blank payslip template is a named
    # guard for a file-name rule this session first over-reached with): a Malay police or
    # army rank before a name, a scam's victim, an Indonesian NIK after its label,
    # Indonesian given names, a visa overstayed, drunk and in a fight in Chinese, a
    # nickname saying it owes or said of today in English, a nickname in brackets or
    # opening a file's name, names run together in a personal document's file name, a
    # log's user account of a person's names; a duty line, a desk in brackets, a line for
    # one matter only in Malay, a concierge line, a store's customer service and 查詢請致電, an
    # example.cn mailbox, a department's name in quotes before a mailbox, an application's
    # database account, a terminal and an expo before an address, a ministry's petition
    # office, brands of bags and their owners' products, restaurants, medals, historical
    # figures, company words (Sons, Adventures, Dept, Sentral), a vessel's name after its
    # label, payment words ending in 付, Kota Bharu, a measure word before a discount, a
    # supplier ordered from, shops by their trade (漁具行, 文具, 影印).
    "Heard the one who kena scam RM60k is Koperal (B) Rahim from Balai Polis Sentul, please keep it quiet.",
    "Pekerja baru Sutrisno, NIK 3578104506920003, alamat kampung Jl. Mawar No. 3, Surabaya.",
    "Budi cannot come tomorrow, his visa expired and he overstayed two months, agent says deportation.",
    "Event 4663: print job by lim.meiling printed Warning_letter_LimMeiLing_final.pdf on FIN-PRN01",
    "cupsd: job 5521 owned by ahmad.zaki queued Payslip_Oct2026_AhmadZaki.pdf",
    # Session 40, rounds 321-322 (probes reworded): a relative's FPS ID, an NRIC labelled
    # as one's own in Chinese, a WhatsApp link its owner calls a personal line, a Hong
    # Kong plate by its car's owner (嘅車主), a delivery rider's nickname and broken ribs, a
    # parent introducing themselves by the child's name, a person-to-person payment QR's
    # payee (merchant category 0000) and not a merchant's name in its QR, Taiwan's mobile-
    # barcode e-invoice carrier (new recognizer; a format's example kept as its named
    # guard); ships by their prefix, role mailboxes (welfare, auctions, docs, car park), a
    # fixed line with or and a role mailbox after it, partner and collection-yard lines, a
    # finance department, a party by its legal role in Malay, a firm's name or
    # registration by its label before an address, a fair's booth after an address, stock
    # words (Cameron Highlands, wheat varieties, a slip's copies, tilapia), leaders of the
    # 1922 seamen's strike, brands.
    "Can you transfer HK$2,000 to my dad? 我阿爸嘅 FPS ID 係 5528194，佢做完手術要交醫藥費。",
    "Save this, it's my personal number not the shop's: https://wa.me/6590127744",
    "Cikgu, saya ibu Wei Ling, dia demam tinggi sejak semalam, tak dapat datang kelas hari ni.",
    "Kod QR DuitNow saya untuk duit kutu: 00020101021126450014A00000061500010106890053021301622884170005204000053034585802MY5914SITI AMINAH MD6012KUALA LUMPUR6304705A",
    # Session 40, rounds 323-324 (probes reworded): a given name that is an everyday word
    # before a Chinese surname, a company officer whose private matter the sentence tells,
    # a given name alone before a room or a block with a private matter, Tamil given
    # names, money tight and a maxed card in Cantonese, a negated office word no longer
    # marks a business line; chat speakers by function, consultancies and co-working
    # cafes, books by their title in Malay, a Malaysian business registration no longer
    # read as an HKID, aged peel and Dewar flasks, a print shop by its trade, figures of
    # Singapore and Hong Kong in public roles, brands.
    "Photo received on WhatsApp from Hope Tan: her tongue (coated) and the rash on her arm, saved to patient folder P-20511.",
    "Confidential: the finance director's boss, COO Marcus Yeo, is going through a bitter divorce and may take leave.",
    "Warden, tolong tengok Syafiq Blok D, mak dia call tadi kata dia makan ubat depression sejak Oktober.",
    "Team notice: Ravindran from our Penang squad is off for a month, he was just diagnosed with lymphoma.",
    "No. telefon bapa (bukan nombor pejabat): 012-558 3301, boleh call bila-bila masa.",
    # Session 40, rounds 325-326 (probes reworded): a model, a helmsman by their post, a
    # nickname said to owe in fact (其实欠), online loans, a name in capitals after a phrase
    # of ownership, a car word before a Malaysian plate, Danny as a given name; server
    # accounts and SSH key types named like addresses, a company's mailbox by its domain's
    # own name, a line said to be manned, a secretariat's WhatsApp in Malay, a firm by
    # Service or Models before an address or a line, a tattoo studio by its trade, stock
    # words (keys, cash, orchids, moss, lauan, fertiliser, to highlight), figures, brands.
    "Car WPQ 7721 is the family car, please let them through the gate after the hearse.",
    "Jangan share gambar tu, itu muka Danny yang berdarah lepas dia jatuh, family dia dah minta delete.",
    # Session 40, mends after the full run at 15176756 (named guards for lines this
    # session broke, or uncovered, and mended): a novel's lead with a rank in a made-up
    # town, a port after a price's currency the model took in, a helper's rest days denied
    # (uncovered when Dept became a company word), a board game's designer by the game's
    # name (not a designer whose private matter is told).
    "Helper Rosalie from 12-04 told the guard her employer has not given her a day off in 2 months.",
    "Brand designer Vincent Ho owes me RM3,000 and stopped answering.",
    # Session 40, mend after make eval (evasion corpus, one e-mail missed): a role word
    # after a short code is no role mailbox at a mail provider, where anybody's name may
    # be cut so (named guard).
    "I can't log in. The account email is qwrt_irb@yahoo.com.sg and I need the reset link.",
    # Session 41: a business's FAQ giving its own contact in the answer to a question
    # about reaching, finding or paying it, or in the business's own voice; not an
    # assistant asked for one's own or a relative's data, not an answer naming a person or
    # speaking as one, not where somebody lives.
    "Q: Who do I contact for the spare keys? A: Mr Lim Ah Seng, the neighbour, at 9123 4408 after 7pm.",
    "Q: Where does the bride's family stay? A: Blk 412 Tampines St 41, #08-223, Singapore 520412, pick-up at 6am.",
    "Q: whats my hp number again? A: You saved 9177 3021 as your main mobile last week.",
    "Q: Who do I call about my dad's pills? A: I usually call his nurse at 8321 4409, she knows his dosage.",
    # Session 41, round 327-328 leaks: a wife run off and months of arrears, intensive
    # care said with where, pills without a prescription, asleep at the wheel, a nurse by
    # the name colleagues use, an uncle's nickname opening the text, an alumnus by the
    # school's seniority.
    "Ah Kiat 的老婆跟人跑了，现在一个人住 4-room，欠 town council S&CC 五个月。",
    "Bro, Ah Lek tertidur masa memandu balik kerja, langgar lori, sekarang di HKL ICU.",
    "Nurse Suhana cakap dia dah 6 malam tak tidur, dia telan pil tidur tanpa preskripsi, risau betul.",
    "Coach Farid told the parents he fell asleep at the wheel on the PIE last night.",
    # Session 41, rounds 327-330: mailing lists, bots and a project's desks in git
    # trailers and .mailmap; a famous figure's published address (not at a mail provider);
    # pawnshops; an acronym's line, an official WhatsApp channel; roads of industrial
    # estates; algorithm names are no plates; names in Wi-Fi and home-automation
    # identifiers; Taiwan's hyphenated names; a single name by role, a nickname by post, a
    # child by age, a voice message's signature; a card's last digits; a masked version of
    # a list.
    "Signed-off-by: Linus Torvalds <linus.torvalds.1969@gmail.com>",
    'home_hub.wifi: ssid="LimFamily_Blk512_BedokNthAve2_#07-118" security=WPA2',
    "Nama Wi-Fi rumah: RumahAbgMan_No7_JlnKenanga2_TmnSriAman_43000",
    "automation: trigger person.vivian_tan leave zone.home -> notify mobile_app_s23",
    "Arrears list: Hsieh Pei-chun (D-03) NT$4,800 overdue 35 days; Kao Wen-hsin (E-11) NT$3,600 overdue 20 days.",
    "The new caregiver Siew from the Ipoh branch admitted she has a gambling debt of about RM12,000.",
    # Session 41, rounds 329-332: figures (a deafblind author, Paralympians, feng shui
    # masters, designers); surveying firms and smart-home devices by their kind; dealers
    # by their trade; a secretariat's, a management's and an academy's lines; a FAQ
    # answered in the business's own voice; hotel and lost-and-found desks; a notice in an
    # institution's own voice; a device filing number; Cantonese still before a verb.
    # Leaks: an affair and a custody fight, a role the model took in before a name, a
    # customer by given name, a nickname after a group's label, a photo named after its
    # subject, a licence's file name in lower case.
    "Rahim's missus call, say the gold chain he buy not for her, is for the other woman. Cannot disclose ok.",
    "Photo upload ok: IMG_20261121_0932.jpg shows customer Hafiz holding his MyKad beside the Myvi, for the deposit dispute.",
    "Photo IMG_20261104_smile_JessicaLim.jpg shows the patient full face, consent form not signed yet.",
    "Dokumen diterima: lesen_nurul_huda_depan.jpg dan lesen_nurul_huda_belakang.jpg untuk tempahan Axia.",
    # Session 41, rounds 331-334: a staff member named before their role, a coffee shop's
    # premises; leaks: a nickname as an object after 了, a nickname with 哥 addressed, a pay
    # and a beating in Cantonese, money lent, a loan shark in Malaysia's word, a child's
    # given name before the parent who speaks, Sabah's and Sarawak's Christian given
    # names, Basic credentials decoded, a directory's user id of three names, a pinyin
    # user name run together.
    "Complaint about Jason the night auditor: a guest says he photographed her passport and texted her at 2am.",
    "Rizal's wife moved back to Ipoh after she found out he'd borrowed from two Ah Longs to cover his betting losses.",
    "Pasangan Florence Gunsalam dan Jeffery Majinbon mohon berkahwin Mac 2027. Florence sedang mengandung 3 bulan.",
    "Proxy captured header Authorization: Basic amVzc2ljYS50YW46U3VtbWVyMjAyNiE= from host SGP-FIN-LT-012",
    "User-ID note: nurul.aina.rashid on medical leave (chemotherapy), disable VPN token until 20 Jan.",
    # Session 41, rounds 335-338 leaks: a lorry's plate and a nickname mentioned in a
    # group chat, a regular's nickname said every morning, an examinee's label, a
    # retirement account's statement and a means test, a person saying something of a
    # company, a resident by role in Malay, a name before its alias, a request that one's
    # photos come down.
    "Coordinator: Nurul's EPF statement shows only RM2,140, her husband control all the money, can we fast-track her means test?",
    "Penghuni baru Azlan (No. daftar PUS-BMJ-004411) ada bipolar, makan lithium, jangan letak dia dalam dorm besar.",
    "Update kes lari: Rosli a.k.a. Mat Drum dah ditangkap polis kat Puduraya semalam, now remanded at IPD Dang Wangi.",
    "Photo consent withdrawn: Mdm Tan Siew Lan does not want her photos on the centre's Facebook page or in the CNY album.",
    # Session 41, named guards for lines this session broke and mended: a romanised name
    # before its possessive, a nurse manager's post, a policy on egg freezing, a company's
    # account by its last digits.
    "Goh Kian Seng's payslip for March: basic $4,250, transport allowance $200, net pay $3,560.",
    # Session 41, rounds 339-340 leaks: a landed home an ambulance is sent to, a goods
    # vehicle's plate, fainting and diabetes, a loan sought, a spouse gone and drinking
    # again, a colleague's Chinese name after the English word.
    "Can you send the ambulance to 52 Jalan Kembangan, Singapore 419141 instead? Grandma is staying at my aunt's house now.",
    "CCTV 02:10: lorry GCK 5127M hit the loading bay barrier and drove off, driver is the uncle from the Muar supplier.",
    "Kak Ros tadi pengsan dalam chiller, blood pressure drop. She told me she diabetic but never tell HR.",
    "Kak Ros kata anak dia Aina dapat tawaran UiTM, dia nak pinjam dari koperasi estet RM2.5k.",
    "Please don't tell the others, but Ravi from the packing line told me his wife left him and he's been drinking again.",
    "My colleague 小玲 kena hearing loss after 5 years di bilik kompresor, 她 scared 讲出来会被 terminate.",
]


@pytest.fixture(scope="module")
def held() -> dict[str, bool]:
    return held_by_pipl(Scanner(), MUST_CLEAR + MUST_HOLD)


@pytest.mark.xdist_group("models")
@pytest.mark.parametrize("text", MUST_CLEAR)
def test_clean_text_is_cleared(held: dict[str, bool], text: str) -> None:
    assert held[text] is False


@pytest.mark.xdist_group("models")
@pytest.mark.parametrize("text", MUST_HOLD)
def test_personal_text_is_held(held: dict[str, bool], text: str) -> None:
    assert held[text] is True
