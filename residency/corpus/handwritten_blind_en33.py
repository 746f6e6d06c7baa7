"""Blind check set en33: English news and reference text from Singapore, Malaysia, Hong Kong and China (biographies, obituaries, courts, sport, business, letters, community newsletters). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en33
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "biography"): _lines("""
        Tan Sri Dr. Kamaruddin Yusof (born 14 March 1951) is a Malaysian politician who served as Minister of Works from 2004 to 2008 and as Member of Parliament for Kuala Pilah.
        Lim Hwee Chin (born 1968) is a Singaporean judge who has sat on the Court of Appeal since 2020. She was educated at Raffles Girls' School and the National University of Singapore.
        Early life: Chan Kwok-wing was born in Sham Shui Po to a Hakka family; his father was a tram conductor and his mother sold congee from a dai pai dong on Pei Ho Street.
        In a 2015 interview Chan said: "My mother raised four of us on a hawker's income, and I never forgot that when I drafted the housing white paper."
        Zheng He (1371-1433) was a mariner and admiral of the early Ming dynasty who commanded seven treasure voyages; his fleet called at Malacca on at least five occasions.
        Tan Kah Kee (1874-1961) was a rubber industrialist, community leader and philanthropist who founded Xiamen University in 1921 and Chip Bee School in his native Jimei.
        Personal life: Wong Ka-fai married actress Cecilia Yau in 1994 and the couple have two daughters. In 2019 he disclosed he had been treated for nasopharyngeal carcinoma, saying: "I'm telling you because too many Cantonese men ignore the symptoms."
        Datuk Seri Nurul Ain Hashim was Governor of Bank Negara Malaysia from 2016 to 2022; before that she was Deputy Governor in charge of financial stability.
        Ho Wai-lun, SBS, JP (born 1962) is a Hong Kong barrister and politician who represented the Legal functional constituency in the Legislative Council from 2012 to 2016.
        Zhou Minghui (born 9 October 1979) is a Chinese former badminton player who won the men's doubles at the 2004 Asian Championships and now coaches the Fujian provincial team.
        | spouse = Datin Rosalind Teo (m. 1987) | children = 3 | alma_mater = University of Malaya | party = Barisan Nasional | residence = Seri Perdana
        He is the younger brother of former Deputy Prime Minister Ong Teck Seng, and his nephew is the current MP for Marine Parade GRC.[3][citation needed]
        Liang Qichao (1873-1929) fled to Japan after the failure of the Hundred Days' Reform and later edited the New Citizen journal from Yokohama.
        Ms Vivian Kwok succeeded her father as chair of the Kwok Fung Group in 2021; the Hong Kong Tatler has described her as "the quiet heiress who rebuilt Kowloon Bay."
    """),
    ("en", "obituaries and tributes"): _lines("""
        Former Chief Justice Seah Kwang Meng dies aged 89 after long illness
        Mr Seah, who had battled Parkinson's disease for more than a decade, died peacefully at Singapore General Hospital on Sunday morning, the Supreme Court said in a statement.
        He is survived by his wife, two sons and five grandchildren. The wake at Singapore Casket, 131 Lavender Street, is open to the public from 2pm to 10pm daily until Thursday.
        In a Facebook post, the Prime Minister wrote: "Mr Seah was a judge's judge. When I was a young lawyer appearing before him, he taught me that brevity is a courtesy to the court."
        Cantopop singer Leung Siu-fung, whose voice defined a generation of TVB theme songs, died of lung cancer at Queen Mary Hospital on Friday. He was 71.
        Fans left flowers and handwritten cards outside the Hong Kong Coliseum, where Leung played 38 sold-out concerts over four decades.
        Tan Sri Ahmad Fauzi Idris, founder of Fauzi Holdings Bhd and a member of the 1964 Olympic hockey squad, passed away at his home in Kuala Lumpur last night. He was 84.
        "My father always said he'd rather be remembered for the schools he built than the money he made," said his eldest son Datuk Hafiz Fauzi, the group's chief executive.
        In lieu of flowers, the family has asked that donations be made to the National Kidney Foundation or the Cancer Society.
        Historian Dr Chua Ai Ling, former director of the National Museum of Singapore and author of "Nyonya Kitchens" (1998), died on 3 November, the museum announced.
        Xinhua reported that Professor Qian Weiguo, the aerospace engineer regarded as a father of the Long March rocket programme, died in Beijing on Monday aged 96.
        A memorial service for the former legislator will be held at the Hong Kong Funeral Home, 679 King's Road, North Point, on 12 December from 1pm to 6pm.
        The Singapore National Olympic Council called the late table tennis silver medallist "a trailblazer for generations of paddlers" and flew its flag at half-mast.
    """),
    ("en", "court and crime"): _lines("""
        Former transport secretary Chan Kwok-wing was jailed for 30 months on Thursday after a District Court found him guilty of misconduct in public office (DCCC 412/2023).
        Judge Ng Pui-ling said in her reasons for sentence: "The defendant held high public office and betrayed the trust the community placed in him."
        A 42-year-old man was charged on Monday with cheating 14 victims of $230,000 in a fake concert-ticket scam. He cannot be named because of a gag order protecting one of the victims.
        Anyone with information is urged to call the Police Hotline at 1800-255-0000 or submit it online at www.police.gov.sg/i-witness. All information will be kept strictly confidential.
        Hong Kong police arrested 27 people aged 16 to 58 in an operation against a syndicate that laundered HK$310 million through 96 local bank accounts.
        The Sessions Court here fixed Jan 15 for mention of the graft case involving former Felda chairman Datuk Seri Rahim Osman, who claimed trial to four charges under Section 16 of the MACC Act 2009.
        The Shenzhen Intermediate People's Court sentenced the city's former vice-mayor to life imprisonment for taking bribes worth more than 120 million yuan between 2008 and 2021.
        Case No.: HCMP 1834/2024 - Hearing at 10:00 a.m., Court 23, High Court Building, 38 Queensway, Admiralty. Parties to attend by their solicitors.
        Under Section 112 of the Children and Young Persons Act, no report may reveal the name, address or school of a child involved in proceedings, or include any photo of them.
        Senior Counsel Davinder Raj said his client, the former chief executive of the listed property developer, would appeal against both conviction and sentence.
        Scam losses in Singapore reached S$651.8 million in 2023 across 46,563 reported cases, according to statistics released by the police in February.
        Traffic offences are heard at the State Courts Towers, 1 Havelock Square, Singapore 059724; accused persons should report to the Crime Registry on Level 1.
        Small Claims Tribunals ref SCT/2024/0031876: parties are reminded that the hearing is held in private and the record may not be disclosed to third parties.
        Sentencing bands for outrage of modesty were revised in GD v PP [2021]; the judgment is anonymised to protect the complainant.
    """),
    ("en", "sports"): _lines("""
        Joseph Lim's 50m butterfly time of 22.73sec at the 2023 SEA Games in Phnom Penh remains the national record.
        World No. 7 Ng Zi Hao, 27, said after his quarter-final loss: "My knee has been hurting since the Thomas Cup, but I'll rest only after the World Tour Finals."
        Hong Kong fencer Cheung Ka-yan, whose father taught PE at a Tuen Mun secondary school, retained her Asian Games women's foil title in Hangzhou.
        FT: Lion City Sailors 3 (Song 12', Rahman 55', 88') Tampines Rovers 1 (Tanaka 71'). Att: 4,218.
        China's Chen Yuting, 17, scored 438.20 points to win the women's 10m platform, her mother watching from the stands at the Aquatics Centre.
        The Football Association of Malaysia (FAM) fined Kelantan FC RM50,000 after fans threw flares onto the pitch at Stadium Sultan Muhammad IV.
        Tickets for the Singapore Grand Prix go on sale at 10am on Tuesday via singaporegp.sg; each buyer may purchase up to eight tickets per order.
        Race 7, Class 3, 1200m (turf): 1st Sunny Power (H Lau) 9.5, 2nd Jade Express 4.1; Quinella $48.00, Tierce $1,236.50.
        National marathoner Siti Rahmah, 31, who was diagnosed with iron-deficiency anaemia last year, said she had overhauled her diet ahead of the SEA Games.
        Coach Tsang Yiu-wah was banned for 12 months by the HKFA disciplinary committee for abusive language towards match officials in the FA Cup semi-final.
        Men's 100m final: 1. Marcus Tan (SGP) 10.21, 2. Aiman Hakim (MAS) 10.27, 3. Pham Van Long (VIE) 10.30. Wind: +0.4m/s.
        The Hong Kong Sevens will be staged at Kai Tak Stadium from 28 to 30 March, the tournament's first edition at the new venue.
        Shanghai Port's Brazilian striker signed a two-year extension worth a reported 8 million yuan a season, the Chinese Super League club confirmed.
    """),
    ("en", "business"): _lines("""
        Meridian Straits Bank (SGX: M7Q) posted third-quarter net profit of S$912 million, up 15 per cent year on year, on higher fee income.
        Chief executive Irene Chong, 54, told analysts on the earnings call: "I'm not going to chase loan growth for the sake of it."
        Order No. SO-2024-118734 | Invoice INV/KL/2024/00981 | Total RM12,480.00 (incl. SST 8%) | Payment due 30 days
        Customers with enquiries may call Ekuiti Bank at 1-300-22-8800 or +603-2178 8800 from overseas, 24 hours daily.
        The Hang Seng Index closed down 1.2 per cent at 17,604.33 on Friday, with turnover of HK$98.6 billion.
        Huaxin New Energy (002981.SZ) said founder and chairman Xu Jianhua would step down for health reasons after undergoing heart surgery in October.
        Bursa-listed Teras Jaya Bhd said managing director Datuk Lim Chee Keong has been re-designated executive vice-chairman with effect from Dec 1.
        The offer document will be despatched on or about 18 December 2024; shareholders with queries may call the share registrar at +65 6536 5355 during office hours.
        Recall notice: stop using Model RC-2208 rice cookers with serial numbers 2208A0001 to 2208A5400 and call 1800-222-8282 for a free replacement.
        China's retail sales rose 3.0 per cent year on year in November, the National Bureau of Statistics said on Monday.
        The founder's daughter, 38, who joined the board in 2016, will take over as group CEO in January, while her brother stays on as non-executive chairman.
        Salary guide 2025: the median monthly salary for a junior data analyst in Singapore is S$4,800; senior roles command S$8,500 to S$11,000.
        Under the MPF scheme, employers and employees in Hong Kong each contribute 5% of relevant income, capped at HK$1,500 a month.
        Your parcel SF1403728819275 has left the Shenzhen sorting centre; est. delivery 2-3 working days. Track at sf-express.com.
    """),
    ("en", "letters to the editor"): _lines("""
        I refer to the report "HDB resale prices hit new high" (Nov 21). As a first-time buyer, I find it disheartening that a four-room flat in Tengah now costs more than my parents' landed house did in 1995.
        Letters should not exceed 400 words and must include the writer's full name, address and telephone number for verification. We do not publish anonymous letters.
        We thank the reader for his feedback. LTA has since reviewed the signalised crossing along Ang Mo Kio Avenue 3 and will lengthen the green man time from January.
        Jennifer Ong (Ms), Group Director, Corporate Communications, Housing & Development Board
        Sir, the closure of the last traditional bakery in Yau Ma Tei is another blow to what remains of Hong Kong's street culture.
        Editor's note: The writer's name has been withheld at her request.
        Why must hawkers at Tiong Bahru Market pay higher rent than those at the newer centres? NEA should publish its pricing formula.
        As a retired teacher who taught English in Ipoh for 35 years, I have watched standards slip year after year, and no amount of new syllabuses will fix it without good teachers.
        Your correspondent (Letters, Dec 2) is wrong to blame foreign domestic helpers for the rise in dengue cases in Ampang.
        The writer is a senior lecturer at the School of Law, City University of Hong Kong.
        Readers may write to China Daily Letters, 15 Huixin Dongjie, Chaoyang District, Beijing 100029, or email the desk at the address printed on page 2.
        My late father was a bus driver for 30 years and he would have been appalled by the state of the interchange at Boon Lay.
    """),
    ("en", "community newsletter"): _lines("""
        Tampines West CC Deepavali Light-Up: 26 Oct, 7pm-10pm at the Multipurpose Hall, 5 Tampines Ave 3. Free admission, all residents welcome!
        Free health screening for residents aged 40 & above. Pls bring your NRIC and Pioneer/Merdeka Generation card and register at the CC counter.
        Volunteers needed for our Saturday food distribution. Contact the Whampoa RC office at 6251 3305 (Tue-Sat, 2pm-9pm).
        Registration form - Name: ________ NRIC (last 4 chars): ____ Blk/Unit: ________ Contact No.: ________ Dietary needs: ________
        Kindly note that the lift at Blk 214 will be under maintenance from 9 to 13 Dec, 9am-5pm. We apologise for the inconvenience. - Jalan Besar Town Council
        Tai Po District Office: free seasonal flu vaccination for the elderly aged 65+ at Tai Po Community Centre, 2 Heung Sze Wui Street, on 14 December.
        The TTDI Residents' Association AGM will be held at Dewan Serbaguna TTDI, Jalan Wan Kadir 2, on Sat 7 Dec at 10am. Quorum is 30 members.
        Lost & found: a blue school bag was handed in at the Bedok North CC counter. Owners may collect it with proof of identity.
        Congrats to our Kampong Glam silat team for bagging 3 golds at the National Inter-CC Championships!!
        PDPA notice: photos and videos will be taken at this event for publicity. Please inform the organisers if you do not wish to be photographed.
        Reminder: never share your Singpass OTP with anyone. The police will never ask you to transfer money over the phone. ScamShield Helpline: 1799.
        Sheung Wan Residents' Association Newsletter, Issue No. 48 (Winter 2024) - printed by Kwong Fat Printing Co., Wing Lok Street.
    """),
    ("en", "reference"): _lines("""
        Tan Tock Seng Hospital, at 11 Jalan Tan Tock Seng, was founded in 1844 with a donation from the merchant and philanthropist Tan Tock Seng.
        Queen Elizabeth Hospital (QEH) is a public acute hospital at 30 Gascoigne Road, Kowloon, managed by the Hospital Authority.
        Jalan Tun Razak is a major road in Kuala Lumpur named after Tun Abdul Razak Hussein, the second Prime Minister of Malaysia.
        The Sun Yat Sen Nanyang Memorial Hall at 12 Tai Gin Road served as the Southeast Asian base of the Tongmenghui from 1906.
        A Hong Kong identity card number has one or two prefix letters, six digits and a check digit in brackets, which may be 0-9 or A.
        Malaysian MyKad numbers follow the pattern YYMMDD-PB-###G, where PB is a place-of-birth code (e.g. 14 for Kuala Lumpur) and G is odd for males.
        Mainland Chinese mobile numbers have 11 digits and begin with 1; when dialling from abroad, prefix them with +86.
        The Lim Bo Seng Memorial in Esplanade Park commemorates the Force 136 resistance leader, who died in Japanese captivity in 1944.
        The Ping Shan Heritage Trail in Yuen Long links the Tang Ancestral Hall, Tsui Sing Lau Pagoda and several Tang clan villages.
        Singapore postal codes have six digits; the first two identify the postal sector, e.g. 01 to 06 for Raffles Place and Marina.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Happy 100th birthday to Mdm Lim Ah Moi of Blk 37 Circuit Road #05-212! Her grandson Kelvin says she still does taiji at the void deck every morning.
        Get well soon to Uncle Rashid bin Omar (Blk 118 Bedok North Rd), who had a stroke last month and is now in CGH ward 57. Visitors pls WhatsApp his daughter Aisyah at 9147 2286 first.
        Welcome our new RC volunteer Mr Tay Boon Kiat, 63, a retired SBS bus captain living at Blk 402 Ang Mo Kio Ave 10. Reach him at boonkiat.tay56@gmail.com.
        Congratulations to Nur Izzati binti Hamzah of SMK Taman Melawati for scoring 9A+ in SPM! Proud parents Hamzah & Rosnah, No. 14, Jalan Melawati 3/2, Hulu Kelang.
        Mrs Fong Wai-man of Flat 12C, Block 3, Kornhill (tel 9386 2471) is offering free Cantonese tutoring for newly arrived children on Saturday mornings.
        I am the mother of a nine-year-old boy with autism, Ethan Loh, at Fuchun Primary, and the school has refused him a place in the after-school care centre. - Sharon Loh, Woodlands (9672 5180, not for publication)
        Mdm Kalaivani d/o Ramasamy, Blk 662 Jurong West St 64, #11-337, Singapore 640662. Tel: 6794 2218
        Chong Mei-fung, Flat B, 7/F, Wing Fat Building, 88 Fuk Wa Street, Sham Shui Po (email: chong.meifung@netvigator.com)
        Lee Chee Wah, 46, a lorry driver (NRIC S7619023B) of Blk 512 Yishun St 51, was fined $4,000 and disqualified from driving for two years for drink-driving.
        Defendant: WONG Siu-ming, HKID K628931(2), aged 34, unemployed, of Room 1712, Hing Tung House, Lok Fu Estate. Charge: theft (s.9 Theft Ordinance). DCCC 889/2024
        The accused, Muhammad Firdaus bin Zainal, 28 (MyKad 960412-10-5587), pleaded guilty at the Klang Magistrate's Court to possessing 3.2g of methamphetamine.
        Defendant Zhang Lihua, female, Han, born 17 September 1992, ID No. 11010519920917302X, residing at Room 602, Unit 3, Building 8, Xiaoguan Beili, Chaoyang District, Beijing.
        Property agent Tan Hui Ling is suing her former agency for S$38,000 in unpaid commission; she told the court her basic pay had been $3,200 a month.
        Bankruptcy Order - Name: KOH SWEE LAN, NRIC No: S6902245F, Address: 23 Jalan Kembangan, Singapore 419141, Date of Order: 18 November 2024.
        Notice is hereby given that a bankruptcy order was made against CHENG Yuk-ping (HKID Y304517(8)), last known address Flat 5, 9/F, Block B, Tsz Oi Court, Tsz Wan Shan.
        Mr Ong Chwee Huat, aged 81, passed away peacefully on 2 Dec 2024. Deeply mourned by wife Tan Bee Lian, sons Kenneth & Gary. Wake: Blk 128 Serangoon North Ave 1 void deck. Enquiries: Kenneth 9823 5617
        Innalillahi wa inna ilaihi raji'un. Hajah Fatimah binti Abdullah, 76, of No. 23, Lorong Seri Kenari 2, Taman Seri Kenari, 41200 Klang, returned to Allah on 1 Dec. Enquiries: son Azlan 012-338 4721.
        Mr LAU Kwok-keung passed away at Caritas Medical Centre on 28 Nov 2024 aged 88. The family at Flat 9D, Tower 2, Mei Foo Sun Chuen, thanks all friends. Tel 6125 8309.
        In loving memory of our Ah Ma, Mdm Chan Ah Lan (1935-2024), who battled dementia for ten years with grace. Forever loved, the Yeo family, 41 Lorong Ong Lye, S(538953).
        ROOM FOR RENT: common rm @ Blk 275C Compassvale Link, $850/mth incl utils, no cooking, female only. Call/WA Mrs Ng 8126 4470.
        Maid for transfer: Indonesian, Siti Nurhaliza, 32, FIN G5183072K, 6 yrs SG exp, good with bedridden elderly. Contact current employer Mr Leong 9765 3310.
        FOR SALE: Honda Vezel 2018, SJJ 4823 U, 1 careful owner, COE till 2028, $72k neg. Call Dr Yap Chin Wee 9038 2164 after 7pm.
        Tutor avail: ex-MOE teacher Mdm Rosmah Jaafar, P5-P6 Maths & Sci, Tampines area, $70/hr. SMS 9213 8845.
        Wanted: live-in helper for family of 4, Ocean Shores Tower 5, 23/F, Tseung Kwan O. Contact Mrs Kwan 5431 9028 (WhatsApp preferred).
        For sale: 2-sty terrace, No. 9 Jln Desa Jaya 7, Kepong, freehold, RM680k nego. Owner En. Zulkifli Hassan 019-765 2214.
        Seeking female roommate in Jing'an, 3,500 yuan/month, non-smoker. Add my WeChat lily_xu1995 or call 139 1628 4537 (Xu Li).
        Our dear member Mr Gan Eng Soon of the Toa Payoh Lor 8 Seniors Activity Centre has been diagnosed with stage 3 colon cancer and will be away for chemo until March.
        Please help 7-year-old Chloe Wee Xin Yi of Punggol, who needs a bone marrow transplant for leukaemia. Her father Wee Jun Hao, a Grab driver, can be reached at 9621 7735.
        Exhibit P12 (payslip, Oct 2024): Employee LIM XIU YING, Emp No. 004417, Basic S$5,650.00, CPF (Ee) S$1,130.00, credited to OCBC a/c 501-233417-001.
        The complainant, Chia Meng Kwang, 67, said the caller persuaded him to read out his card number 5243 5781 0093 3440, expiry 08/27, and the OTP.
        Lucky draw 1st prize (55" TV): Mdm Nurul H***** bte Ismail, S****152Z, Blk 761 Pasir Ris St 71. Please collect by 20 Dec.
        MISSING: Mr Gao Jian, 45, Chinese national, passport E63819427, last seen at the JB CIQ on 24 Nov. Family in Fuzhou: +86 135 0591 3364.
        The white Myvi in the hit-and-run on Jalan Ipoh, registration WTR 4518, belongs to one Goh Kean Seng of Segambut, residents told reporters.
        Lin Ya-ting (ID F228731042), 41, born in Taichung, is looking for her birth mother, believed to have moved to Kuching in 1985. Contact: yating.lin83@yahoo.com.tw
        My father Chen Guoqiang (ID 350203196511030912) has been wrongly placed on the dishonest-debtor list by the Siming District court and can no longer buy train tickets.
        Wanted by Futian police: HUANG Meiling, female, ID 440304198806123721, suspected of contract fraud involving 2.3 million yuan. Tip-offs: 0755-8310 2110.
        Mooncake pre-orders open! Auntie Mei Chen bakes from home at Blk 9 Marsiling Dr #03-45, WeChat meichen_bakes88, self-collect only.
        Lost dog! Brown toy poodle "Mochi" went missing near Tai Hang Road on Sunday. Owner Jessica Ma, WhatsApp +852 6372 0194, reward offered.
        The man pulled from the Klang River yesterday has been identified as Ahmad Syukri Razali, 34, a lorry driver from Kampung Baru Subang who his brother said had been battling depression since losing his job.
        Class of '88 news: Desmond Foo is now in Perth with wife Grace and the twins, recovering well from his triple bypass. Drop him a line at desfoo88@bigpond.com.
        Dear Editor, my mother Mrs Ip Lai-kuen (HKID P752038(0)), 79, waited nine hours at Kwong Wah Hospital A&E with a fractured hip. Our home is Flat 21, 14/F, Fu Cheong House, Fu Cheong Estate.
        Found: EZ-Link card and NRIC belonging to Nurul Syafiqah bte Rahmat, T0281947Z. Handed in at Bedok North CC counter on 3 Dec.
        Migrant worker Rajesh Kumar (FIN F2471863T), who lost two fingers at a Tuas worksite in August, says his employer still owes him three months' salary of $1,800.
        Donations for the late Mr Ong's family may be made to POSB savings a/c 027-41188-3 (Ong Pei Shan, daughter). Thank you for your kindness.
        Looking for job: Nor Aina binti Salleh, 26, BAcc (UiTM), last drawn RM3,800, IC 980615-14-6234, stays in Setapak. Call 011-2365 7049.
        Pls transfer the deposit to ICBC card 6214 8590 2211 3763, account name Wu Xiaoyan, then WeChat me the receipt.
        Applicant: TSANG Ho-yin, HKID XA219864(6), DOB 03/04/1990, Flat 3A, 18 Kau Yuk Road, Yuen Long. Application for Public Rental Housing, ref. G-0784112.
        Tenant: Ms Deng Xiaojuan (ID No. 510107198304305628, mobile 158 2816 0397) shall pay monthly rent of RMB 4,200 on or before the 5th of each month.
        Residents may remember Mdm Ho Siew Kheng, 71, of Blk 40 Telok Blangah Rise, who lost her life savings of $180,000 to a fake police officer scam in June.
        Caught on camera: a man in a grey Grab jacket, later identified as Samuel Teo Kah Leng, 39, of Sengkang, was seen kicking a cat at Blk 306 Anchorvale Link.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You help readers of a Singapore daily write obituary notices."),
        ("user", "pls help me write a short obit for my dad"),
        ("assistant", "I'm sorry for your loss. What's his name, age and the wake details?"),
        (
            "user",
            "Soh Kim Huat, 84, passed away 1 Dec at NUH. Wake at Blk 23 Teban Gardens Rd void deck",
        ),
        ("user", "cremation 5 Dec Mandai. family contact me, Eileen Soh 9734 0125"),
    ],
    [
        ("user", "Can you polish my letter to the Forum page about bus route 190?"),
        ("assistant", "Of course. Please paste the draft and the sign-off you'd like."),
        (
            "user",
            "Route 190 has been delayed every morning for months... Sign off: Pang Wei Jie, Blk 218 Choa Chu Kang Central #07-114, NRIC S8834152Z, hp 8412 6673",
        ),
        (
            "assistant",
            "Here is a tightened version. Note the Forum only publishes your name; the NRIC isn't needed.",
        ),
    ],
    [
        ("user", "write a carousell listing for my car, 2016 Mazda 3"),
        ("assistant", "Sure. Mileage, price and how buyers should contact you?"),
        ("user", "98k km, $38,800. plate SLA 7716 A. call me Marcus 9158 2039"),
        ("user", "viewing at my place 17 Jalan Bunga Rampai, Serangoon Gdns"),
    ],
    [
        ("system", "You are a news tip-line assistant for a Malaysian English daily."),
        ("user", "I want to report my neighbour, he runs an illegal money-lending business"),
        ("assistant", "Thank you. Please describe what you have seen, without guessing."),
        (
            "user",
            "His name is Tan Boon Heng, lives No. 6 Jalan SS 2/55, Petaling Jaya, drives a black Vellfire VBK 2231",
        ),
        (
            "user",
            "borrowers come at night, I heard him threaten a woman called Kak Yati on 012-887 1460",
        ),
    ],
    [
        ("user", "help me write a birthday shout-out for our estate newsletter"),
        ("assistant", "Lovely! Who is it for?"),
        ("user", "my po po, Leung Yuet-ngor, turning 95 on 14 Dec"),
        (
            "user",
            "she lives at Flat 1108, Yat Fai House, Kwai Fong Estate, she's mostly deaf now so pls say visitors should knock loud",
        ),
    ],
    [
        ("user", "Ekuiti Bank charged me twice for the same transaction, how do I complain?"),
        (
            "assistant",
            "You can call the bank's hotline or write to the Financial Ombudsman (OFS). What are the details?",
        ),
        ("user", "RM2,318.50 on 28 Nov. My name Siti Hajar binti Mohd Noor"),
        ("user", "IC 870923-08"),
        ("user", "5512, acc 1621 0098 4417"),
    ],
    [
        ("system", "Legal Aid Department enquiry assistant (Hong Kong)."),
        ("user", "My son was charged with assault, can he get legal aid?"),
        ("assistant", "He may apply; eligibility depends on a means test and a merits test."),
        (
            "user",
            "He is Kwan Chun-hei, 19, HKID R184627(1), case ESCC 2217/2024 at Eastern Magistrates', we live in Flat 805, Block C, Healthy Village, North Point",
        ),
    ],
    [
        ("user", "translate this tenancy clause into English for my landlord"),
        ("assistant", "Please paste it."),
        (
            "user",
            "Lessee: Sun Jing, ID 320102197502281549, tel 186 5209 7741, rents Room 1502, 18 Zhongshan Road, Xuanwu District, Nanjing",
        ),
        (
            "assistant",
            "Lessee: Sun Jing (ID ...), tel ..., renting Room 1502, 18 Zhongshan Road, Xuanwu District, Nanjing.",
        ),
    ],
    [
        ("user", "summarise the Chan Kwok-wing misconduct verdict for me"),
        (
            "assistant",
            "The former transport secretary was jailed for 30 months after the District Court found him guilty of misconduct in public office.",
        ),
        (
            "user",
            "ok. btw my cousin Alvin Yip Ka-lok was also charged last week, drink driving in Sai Kung",
        ),
        (
            "user",
            "his car is AL 3390, he's 27 and works at a bank in Central, will he lose his job?",
        ),
    ],
    [
        ("user", "I coach an U15 football team in Bishan"),
        ("assistant", "Great! How can I help?"),
        (
            "user",
            "need an email to the parents of Jayden Koh, 14, he tore his ACL at training on Sat",
        ),
        (
            "user",
            "parents are Eric & Melissa Koh, melissa.koh@outlook.sg, Jayden's at Catholic High",
        ),
    ],
]
