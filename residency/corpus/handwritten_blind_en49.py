"""Blind check set en49: English aviation and maritime work in SG, MY, HK and CN (NOTAMs, marine notices, schedules, crew rosters, safety bulletins, maritime law, loyalty programmes, crew and passenger records). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en49
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "NOTAMs and marine notices"): _lines("""
        A3317/25 NOTAMN Q) WSJC/QMRLC/IV/NBO/A/000/999/0122N10359E005 A) WSSS B) 2512080100 C) 2512080500 E) RWY 02L/20R CLSD DUE WIP.
        B0871/25 NOTAMR B0822/25 Q) VHHK/QICAS/I/NBO/A/000/999/2218N11355E005 A) VHHH B) 2512100000 C) 2512312359 EST E) ILS RWY 07R LLZ U/S.
        C0455/25 NOTAMN A) WMKK B) 2512150000 C) 2601152359 E) TWY B BTN B5 AND B9 CLSD. ACFT TO FLW MARSHALLER INSTRUCTIONS.
        MPA Port Marine Circular No. 27 of 2025 - revised boundaries of Western Petroleum B Anchorage (AWPB) wef 15 Dec 2025, 0000 hrs LT.
        Port Marine Notice No. 142 of 2025: Dredging works at Tuas Fairway by dredger ADMIRAL CHENG HO (call sign 9V7741). Vessels shall keep clear and proceed at a speed not exceeding 8 knots.
        Marine Department HK Notice No. 188 of 2025: fireworks display in Victoria Harbour on 31 Dec 2025. Restricted area in force 2300-0030 hrs; all vessels except those authorised shall keep clear.
        Notice to Mariners (Malaysia) No. 64/2025 - Pulau Undan Lt (Fl W 10s) reported unlit. Mariners are advised to navigate with caution.
        NAVAREA XI 1423/25. SOUTH CHINA SEA. CHART BA 3482. UNLIT DERELICT BUOY ADRIFT IN 05-41.2N 103-58.7E AT 040230 UTC DEC. CANCEL THIS MSG 110300 UTC DEC 25.
        HONG KONG NAV WARNING 412/25: submarine cable laying ops by CS ASEAN EXPLORER vic 22-17.4N 114-10.9E. Wide berth requested, monitor VHF ch 12.
        Shanghai MSA nav warning Hu Hang Jing 0987: live firing exercise 09-11 DEC 0800-1700 LT within area bounded by 30-41N 122-50E, 30-41N 123-10E, 30-25N 123-10E, 30-25N 122-50E. Vessels prohibited from entering.
        AIP SUP 118/2025 - temporary relocation of the Marina South helicopter landing site. Pilots to contact Singapore Approach 120.3 MHz not later than 5 min before entering the SLC.
        Attn all vessels: pilot boarding ground PEBGA temporarily shifted 0.5nm SW due to buoy maintenance. Ref VTIS East ch 10.
        Harbour craft operators are reminded to display the craft licence number on both sides of the hull in letters not less than 200 mm high.
        Port Klang VTS: Northport berth 10 restricted to vessels LOA <= 300m and draft <= 13.5m until further notice.
    """),
    ("en", "schedules and port operations"): _lines("""
        SQ 322 SIN-LHR dep 2355 arr 0650+1, A380-800, T3, gate opens 2255, boarding closes 2335.
        CX 715 HKG 1635 / SIN 2020, daily exc TUE, A350-900 (B-LRF), eqpt change to 77W on 14-16 DEC.
        MH 603 KUL-SIN 0905/1010 B738 9M-MXV, code share AY 5433 / QR 5841.
        VSL: WAN HAI 356 / VOY: N213 / ETA PSA Pasir Panjang 08DEC 0600 / ETB 08DEC 1400 / ETD 09DEC 0200 / CY cut-off 06DEC 1800.
        Westports CT8 berthing: MSC AURORA voy 0614E ATB 0430, 5 cranes, est moves 3,180, ETC 1930.
        Feeder rotation: Port Klang - Penang - Belawan - Port Klang, weekly, 1,100 TEU vsl, transit PKG-PEN 14h.
        Star Ferry Central - Tsim Sha Tsui every 6-12 min 0630-2345; adult fare HK$5.0 Mon-Fri, HK$6.5 Sat, Sun & PH.
        Bunker barge alongside at Eastern Bunkering A ETA 0800 LT, qty 1,200 mt VLSFO 0.5%S, BDN and sealed samples to be handed to C/E on completion.
        Crew change Singapore: sign-on via Marina South Pier, launch dep 0830/1330/1630, SGD 180 per trip per launch, max 12 pax.
        POB 0312, all fast 0450, pilot away 0505. Tugs: SEA HAWK fwd, SEA EAGLE aft, 2 x 45t BP.
        LOADSHEET EDNO 2 / ZFW 61240 / TOF 13560 / TOW 74800 / TRIP 6110 / LAW 68690 / TOB 178 / MACTOW 27.4
        DEP 14:20 AK 6122 Kota Bharu gate L9 BOARDING / OD 1001 Penang DELAYED 15:45 / FY 3112 Subang GATE CHANGE A4.
        Shenzhen Bao'an T3: check-in counters C01-C18 reassigned to ZH domestic from 1 Dec; intl check-in moves to row D.
    """),
    ("en", "crew rosters and HR templates"): _lines("""
        CREW ROSTER DEC-25 | CPT: {CPT_NAME} | FO: {FO_NAME} | Pattern 5 ON / 3 OFF | Min rest 12h between duties.
        Next of kin: ____________  Relationship: ________  Contact no.: (+___) ____________
        Dear {{first_name}}, your sign-on for MV {{vessel}} is confirmed for {{date}}. Pls bring CDC, passport, STCW certs and PEME report.
        Cabin allocation: C-01 Master / C-02 C/E / C-03 C/O / C-04 2/E / C-05 2/O - names to be filled by Master on joining.
        Salary advance request form SA-03 (rev 4): Employee no. ______ Amount (USD) ______ Reason ______ Approved by (Master) ______
        Reminder: all crew to hand a signed copy of their SEA to the ship's office before 31 Dec; template v2.3 attached.
        FTL: max FDP 13h for a 2-sector duty reporting 0600-1329; cumulative limit 100 block hrs in any 28 consecutive days.
        Duty codes: SBY airport standby, HSB home standby, DH deadhead, RDO rostered day off, LVE annual leave, SIC sick.
        IMO FAL Form 5 crew list: family name, given names, rank or rating, nationality, date and place of birth, nature and number of identity document.
        Example row: SURNAME, Given Names | RANK | XXX | DD/MM/YYYY | Passport No. A0000000 (replace with actual data before submission)
        Leave bids for CNY 2026 (16-20 Feb) close 15 Dec - submit in CrewConnect > Requests > Leave Bid.
        Safe manning for a 1,100 TEU feeder under SG flag: Master, C/O, 2/O, 3/O, C/E, 2/E, 3/E, ETO, Bosun, 3 AB, 2 OS, Cook, Messman.
    """),
    ("en", "safety bulletins and incident reports"): _lines("""
        Safety Flash 25-17: during unmooring a parted stern line struck the poop deck rail. No injuries. Crews reminded to stay out of snap-back zones.
        Incident summary: on 14 Nov 2025 at approx 0215 LT a bulk carrier at anchor reported a small fire in the galley deep fat fryer. Extinguished by crew using the wet chemical extinguisher; no injuries, no pollution.
        Occurrence report (de-identified): the operating crew reported a green laser illumination on short final, no visual impairment, continued to land. Police informed.
        A rating fell approx 2 m from a portable ladder in No. 3 hold and fractured his wrist; he was landed at the next port for treatment. Root cause: ladder not secured at the top.
        TSIB final report: loss of separation between two A320-family aircraft in the Singapore FIR; contributing factors were frequency congestion and a readback error not detected.
        Heat stress advisory: WBGT above 32 C - limit deck work to 30 min cycles and drink 250 ml water every 20 min.
        Enclosed space entry: O2 19.5-23.5%, LEL <1%, H2S <5 ppm, CO <25 ppm before entry; permit valid max 8h, re-test after any break.
        Marine Department statistics 2024: 361 marine casualties in HK waters, 5 fatalities; collision was the most common type (38%).
        Near-miss NM-2025-0412: ramp agent walked behind an aircraft with anti-collision beacon ON at bay 305. Action: refresher briefing to all ramp staff.
        SCAM ALERT - fake job offers on WhatsApp claim to come from shipping cos and ask for 'visa fees'. Legit manning agents never charge recruitment fees (MLC Reg 1.4).
        ReCAAP ISC: 43 incidents of armed robbery against ships in the Straits of Malacca and Singapore in H1 2025, mostly on bulk carriers underway at night.
        The CVR was recovered from the wreckage and downloaded at the lab; 2 h 04 min of good quality audio obtained.
        MOB drill 0930-1010, rescue boat launched in 4 min 20 s, dummy recovered in 11 min. Comment: VHF handset battery low, replaced.
    """),
    ("en", "maritime and aviation law"): _lines("""
        UNCLOS Art 94(1): every State shall effectively exercise its jurisdiction and control in administrative, technical and social matters over ships flying its flag.
        ICAO Annex 1: a Class 1 Medical Assessment is valid for 12 months, reduced to 6 months for pilots aged 40+ in single-pilot commercial air transport carrying passengers.
        MLC 2006 Standard A2.2: seafarers' wages shall be paid at no greater than monthly intervals, with a monthly account of payments due and amounts paid.
        Merchant Shipping (Maritime Labour Convention) Act 2014 (Singapore) provides for repatriation of seafarers at no cost to the seafarer.
        Merchant Shipping (Seafarers) Ordinance (Cap. 478) governs crew agreements, wages and discipline on HK-registered ships.
        SOLAS Chapter V, Regulation 19 sets the carriage requirements for shipborne navigational systems and equipment, incl. AIS and ECDIS.
        PRC Maritime Code Art 169: where ships collide and both are at fault, each ship shall be liable in proportion to the extent of its fault.
        The "Bunga Melati 5" [2012] SGCA 46 - Court of Appeal on the threshold for invoking admiralty jurisdiction in rem.
        Montreal Convention 1999 Art 21: carrier liability for death or bodily injury up to 151,880 SDRs cannot be excluded (limits revised 28 Dec 2024).
        Under the Merchant Shipping Ordinance 1952 (Malaysia), the Director of Marine may detain a ship found to be unsafe.
        Hague-Visby Rules Art IV r 5(a): limit of 666.67 SDR per package or 2 SDR per kg of gross weight, whichever is higher.
        Civil Aviation Authority of Singapore Act 2009 - CAAS functions include the regulation of safety of civil aviation in Singapore.
    """),
    ("en", "ships, aircraft and places named after people"): _lines("""
        The bulk carrier NOR AISHAH (IMO 9734185) was renamed OCEAN HARMONY after her sale to Greek owners in 2024.
        Training ship TS LIM BOON KENG is alongside Sembawang Wharves for dry-docking until 20 Jan.
        Keppel Harbour takes its name from Admiral Sir Henry Keppel, who surveyed the channel in 1848.
        Nearest A&E to Changi Airport is Changi General Hospital; trauma cases are usually sent to Tan Tock Seng Hospital or SGH.
        Taxi from Kwai Chung Container Terminal 9 to Queen Elizabeth Hospital, 30 Gascoigne Road, takes about 25 min off-peak.
        Sultan Abdul Aziz Shah Airport (SZB/WMSA) in Subang is used mainly by turboprop operators.
        Admiral Zheng He's fleet called at Malacca several times between 1405 and 1433; the Cheng Ho Cultural Museum displays a model treasure ship.
        Someone painted Captain Haddock's "billions of blue blistering barnacles" on the crew mess notice board as a joke.
        Amelia Earhart departed Lae, New Guinea on 2 July 1937 and disappeared near Howland Island.
        Jalan Tun Razak and Jalan Sultan Ismail are the main routes from KL Sentral to the Malaysia Airlines academy shuttle stop.
        IMO Secretary-General Arsenio Dominguez opened the 110th session of the Maritime Safety Committee in June 2025.
        The harbour tug AH MENG (named after the zoo's famous orangutan) was retired from the fleet in 2019.
        Sir Run Run Shaw Hall at the Hong Kong Maritime Museum hosts the annual seafarers' day exhibition.
    """),
    ("en", "loyalty programmes and customer service"): _lines("""
        KrisFlyer miles expire 3 years after they are credited; Elite Gold requires 50,000 Elite miles within 12 consecutive months.
        Enrich Platinum members enjoy priority boarding and two complimentary lounge guest passes per membership year.
        Asia Miles award flights can be booked up to 360 days ahead; taxes and carrier surcharges are payable in cash.
        Customer hotline +65 6223 8888 (24h). For WhatsApp support save +65 6589 1111 and send "Hi".
        Your booking reference is the 6-character code on your e-ticket (e.g. 7XK2QP). Do not post it or your boarding pass on social media.
        Promo code FLYSG25: 15% off base fare for bookings made by 31 Dec 2025, travel 10 Jan - 31 Mar 2026. T&Cs apply.
        Order #AF-20251203-88412 - duty-free pre-order pick-up at Changi T1 arrival hall, counter 4.
        Tiers: Blue 0 / Silver 25,000 tier pts / Gold 50,000 / Diamond 100,000. Tier points reset on 1 Apr each year.
        Refund processed: SGD 412.60 to the original form of payment, ref RF88213904. Pls allow 7-14 working days.
        For your security, please do not include your passport number or card details when contacting us via live chat.
        Excess baggage SGD 38/kg on intra-Asia routes; one set of golf equipment up to 23 kg carried free for Gold and above.
        Missing miles? Submit a retro claim within 6 months via Account > Missing Miles with your 13-digit ticket no. (618-XXXXXXXXXX).
        Lost & Found Changi Airport: call +65 6595 6868 or fill in the online form with flight no. and date of travel.
    """),
    ("en", "data handling and systems"): _lines(r"""
        Crew PII (passport no., CDC no., NOK) must be stored only in the SG-hosted crewing DB; exports to the Manila office need DPO approval.
        When sharing incident reports with the P&I club, replace crew names with rank only and remove dates of birth.
        APIS fields sent to ICA: doc type, doc number, nationality, DOB, sex, full name. Purge from the staging server 72h after arrival.
        SELECT crew_id, rank, sign_on_date FROM crew_roster WHERE vessel_imo = 9734185 AND status = 'ONBOARD';
        2025-12-03T04:17:22Z INFO ais-ingest: msg type 5 MMSI 563012340 name=PACIFIC HARMONY dest=SGSIN eta=12-04 06:00 draught=11.2
        crewpass-mobile v4.12.0 (build 2207) sha256 9f2c4e1a7b3d5e60c81a2f4b7d9e0c3a5b6f8e1d2c4a7b9e0f1d3c5a7b9e2f4c
        Masking rule for free text: r"\b[A-Z]{3}\s?\d{6}\b" -> "[CDC]" and r"\b[STFGM]\d{7}[A-Z]\b" -> "[NRIC]".
        ICAO Doc 9303 MRZ line 2: document number (9), check digit, nationality (3), DOB YYMMDD, check digit, sex, expiry, check digit.
        Specimen MRZ from Doc 9303: P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<< (fictitious specimen holder).
        PIPL Art 38: personal information of PRC crew may be provided outside the PRC only after a security assessment, certification or the CAC standard contract.
        HK PDPO DPP3: personal data shall not be used for a new purpose without the prescribed consent of the data subject.
        GET /api/v2/pnr/status -> {"pnr": "<redacted>", "segments": 2, "status": "TKTD", "updated": "2025-12-02T09:41:07+08:00"}
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        NOK for AB Rommel D. Santos: wife Maricel Santos, +63 917 482 3391, Purok 4, Brgy. San Isidro, Tarlac City.
        Cadet Muhammad Haziq bin Azman, NRIC T0451863I, to report onboard TS Sentosa Spirit 0800 Monday with PEME report and uniform.
        Capt. Leong Wai Keat's Class 1 medical suspended on 2 Dec pending cardiology review (AF episode on the SIN-CGK sector). Remove from roster until AMS clears him.
        Booking 6QTR2M - pax CHAN/KA MING MR, HX 235 HKG-KIX 12DEC, ctc +852 9213 4476, email kaming.chan88@gmail.com
        Deckhand Sugiarto (27, Indonesian) lost the tip of his left index finger at the windlass on 29 Nov. Home address Jl. Kenanga No. 14, RT 03/RW 05, Kel. Mintaragen, Tegal. P&I claim opened.
        Salary advance USD 800 approved for Oiler Nay Lin Aung (emp no. 40218) as his wife is due to deliver in Yangon - deduct over Jan/Feb payroll.
        Seafarer Ravi Shankar Pillai, CDC MUM 214573, INDoS 14EL2876, passport Z4718264, joining MT Jasa Murni at Singapore on 10/12.
        Chief Cook Zhang Guoqiang, ID 440303198805172912, mobile 138 2451 7093 - sign off at Yantian crew change 15 Dec.
        Stewardess Nurul Ain binti Kamarudin (MyKad 850921-07-6124) resigned effective 30 Nov after filing a harassment complaint against her supervisor.
        Mrs Lau, your husband 2/O Lau Chee Hong was admitted to Raffles Hospital this morning with dengue fever, ward 7 bed 12. We will update you daily. - Crewing Dept
        LBTC 3174/2025: deckhand Fung Chi Wai claims HK$86,400 unpaid wages and wages in lieu of notice from his former barge operator in Kwai Chung.
        UM pax in 34K LIM/JUN HAO MSTR (9y) - to be collected by aunt Lim Mei Fong, NRIC S8127405C, HP 9123 4587.
        Trainee ATCO Siti Hajar binti Mohd Noor failed her TWR rating board twice; recommended for termination under training policy 6.2.
        Visitor pass for Pasir Panjang Terminal issued to Goh Boon Huat (NRIC S****172B), vehicle SKQ4821B, valid 08-12 Dec.
        my brother Chen Zhiqiang is 3/E on MV Hai Feng 27, no call home since 28 Nov, pls help!! his wife wechat is chenwife_0521
        Ferry manifest correction: HO Wing Sze, HKID Y402816(1), DOB 14/06/1990, seat 22C, Sheung Wan - Macau 1930 sailing.
        Taiwanese AB Lin Yu-ting, ID E224187350, LINE yuting_sea77, signing off at Kaohsiung on 20 Dec.
        Pls credit salary of Bosun Teo Ah Huat to POSB savings 182-43917-2 and remit SGD 500 monthly allotment to his wife Tan Geok Lian.
        Ground staff Rajesh s/o Murugan, FIN G6203971Q, WP exp 31/01/2026, injured his back loading a ULD at CIB; 14 days MC from CGH.
        FA Kwok Hoi Yan blew 0.04% BAC in the pre-flight alcohol test before CX 841 on 3 Dec. Suspended, disciplinary hearing 18 Dec.
        Assistant purser Dayang Noraini binti Abang Ahmad, MyKad 780614-13-5410, tel 019-887 2316, Lot 1245, Jalan Stutong, 93350 Kuching.
        Pilot cadet Ethan Ng Jun Wei, NRIC T0217734F, bond SGD 120,000 payable in 60 monthly instalments from DBS a/c 027-912345-6.
        Courier new CDC to Mr Muthu Kumar, Blk 512 Jurong West St 52 #08-217 S(640512), HP 8246 1190.
        Allotment for 2/O Wang Lihua can be collected by his wife Zhou Min, ID 320583199604095623, at the Kunshan agent office.
        HUANG JIANPING / 2E / CHN / DOB 17/03/1993 / PP EA7712904 / exp 2031-05-22 - crew change Port Klang, VOA needed.
        Msg from the wiper's mum: my son Adrian Tolentino on MV Golden Pearl told me the captain hit him, please investigate. Call me +63 928 554 1037
        TR 282 SIN-DPS 22DEC, pax GOH/SIEW LAN MS + GOH/BOON HUAT MR, PNR K9V3TZ, contact 9781 2264.
        Ms Yeo Pei Shan (KrisFlyer 8829114073) is 32 weeks pregnant; MEDIF required before SQ 22 on 8 Jan.
        Driver Yip Kwok Leung (HK DL R781052(A)) of crew shuttle VR 3821 caught speeding on Tsing Ma Bridge, 3 Dec 0540.
        Transfer C/O Liu Jun's Nov salary USD 6,850 to UnionPay card 6258 0211 7730 9517, Bank of China Dalian branch, account name 刘军.
        Med log 0300: 3/O Park Min-jun, 31, chest pain, ECG shows ST elevation. TMAS consulted, medevac requested to Changi General Hospital.
        Cadet Amirul Hakim bin Rosli, MyKad 031108-14-0297, father Rosli bin Ismail 013-661 4820, No. 27 Jalan SS 2/64, 47300 Petaling Jaya.
        Capt. Teh Chin Aik pleaded guilty at the Butterworth Sessions Court to navigating MV Sri Perak while intoxicated and was fined RM8,000.
        hi Jessie pls update my medical cert in system, new expiry 14/11/2026. Jeffrey Ong Kah Seng, staff id 70821, HP 9688 3012 tq
        Ramp OT Nov - Chow Siu Ming (HKID K593217(3)): 46h x HK$92 = HK$4,232, payslip sent to chowsm1977@yahoo.com.hk
        2/O Alvin Phua Wei Liang tested positive for methamphetamine at sign-on medical, Pasir Panjang, 1 Dec. MPA informed, contract void.
        Pax SUN/LEI MR, mobile +86 159 0271 4836, ID card 350206199211034017, CZ 3099 CAN-SIN 18DEC, seat 31A.
        Deck cadet Fu Xiaoqing, resident ID 460105200112140825, Rm 602, Unit 3, Bldg 7, Haixiu Rd, Xiuying District, Haikou; emergency contact mother Chen Ling 139 7601 2248.
        Motorman Rizal bin Yusof requests RM2,500 salary advance - his daughter is scheduled for heart surgery at IJN next month.
        FO Gao Peng (ID 110108198507303472) grounded after a type 2 diabetes diagnosis at his CAAC Class I renewal.
        Harbour pilot Xu Jianguo, ID 310115197902286533, fell from the pilot ladder of MV Cosmo Bright off Wusongkou and fractured two ribs.
        Pax Daniel Koh (NRIC S9834172B) treated at the T2 clinic for anaphylaxis after peanut exposure inflight, given IM adrenaline 0.5mg.
        Jomar Villanueva, FIN F2871540N, seaman on shore leave, staying at Tuas View Dormitory Blk 3 #12-04, reported his wallet stolen.
        Welder Pham Van Duc (FIN M5402187Q) 2nd degree burns both forearms at the Tuas yard, admitted to SGH Burns Centre, employer to file iReport.
        Taiwanese pax Chen Guan-yu, ID A125739049, reported his passport lost at HKIA T1 arrivals, contact +886 912 408 336.
        Coxswain Mohd Rahim bin Ladjim, MyKad 920205-12-6657, caught with 2 undocumented passengers off Sandakan and remanded for 7 days.
        Charge excess bag SGD 456 to card 5204 1873 1650 4024 exp 09/27, cardholder NG SOO CHIN, mobile 9004 7712.
        Mum's flight: Mdm Kalaiselvi d/o Ramasamy, MH 180 KUL-MAA 19 Dec, seat 44C, WCHR, she is diabetic on insulin so pls allow syringes in cabin. Son Vikram 016-772 0918.
        Dear Bosun Edgar Manalo, your contract extension cannot be approved due to the positive TB finding in your PEME of 28 Nov.
        NOK of 3/E Li Wei: mother Li Xiuying, Rm 1502, Bldg 9, Haiyue Garden, Huli District, Xiamen, tel 186 5921 3307.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are CrewDesk, the HR assistant of Straits Ocean Shipmanagement. Be brief."),
        ("user", "how do i apply for salary advance while onboard"),
        (
            "assistant",
            "Fill in form SA-03, get the Master's approval and send it to crewing. Advances are capped at 50% of basic wage.",
        ),
        (
            "user",
            "ok pls draft for me. Ernesto Dizon, AB, MV Lumba Lumba, USD 600, wife hospitalised for miscarriage in Iloilo",
        ),
        ("user", "send to my BDO account 0042-1883-9057"),
    ],
    [
        ("user", "Hi I need to change my flight date"),
        ("assistant", "Certainly. Please provide your booking reference and last name."),
        ("user", "ref 8HWQ2D, surname Tan"),
        ("user", "full name Tan Li Ting, I'm travelling with my son Tan Jun Kai 6yo"),
        ("assistant", "Thank you Ms Tan. Which date would you like to move to?"),
        ("user", "26 Dec same flight. if need confirm call me 8735 2290"),
    ],
    [
        ("user", "my husband is seafarer on one of your ships, nobody answers phone for 2 weeks"),
        ("assistant", "I'm sorry to hear that. Can you share his name and the vessel?"),
        ("user", "Cheng"),
        ("user", "Cheng Kwok Wing, oiler, ship name Pacific Venture"),
        ("user", "my HKID is Z671094(9) if you need verify I am his wife, Mak Suk Yee"),
        (
            "assistant",
            "Thank you, I have passed this to the crewing department for urgent follow-up.",
        ),
    ],
    [
        ("system", "You are an aviation medical FAQ bot. Do not give diagnoses."),
        ("user", "what happens if I'm put on SSRI for depression, can I still fly?"),
        (
            "assistant",
            "Many authorities allow certain SSRIs after a stabilisation period under an approved protocol; check with your AME.",
        ),
        (
            "user",
            "I'm FO Marcus Lee Jia Hao at Jetstar Asia, started sertraline last month after my divorce, haven't told the company yet",
        ),
    ],
    [
        ("user", "registering for the deck cadet program, what do u need"),
        ("assistant", "Full name, NRIC, date of birth, contact number and your O/N level results."),
        ("user", "Nur Syafiqah binte Roslan"),
        ("user", "T0538"),
        ("user", "216A"),
        ("user", "hp 9746 0851, dob 12 Apr 2005"),
    ],
    [
        ("user", "Can you help me write an incident report for my superintendent?"),
        (
            "assistant",
            "Sure. Please give me the time, location, what happened and who was involved.",
        ),
        (
            "user",
            "1530 LT 2 Dec at Penang anchorage, deckhand Azlan bin Hamid crushed his right foot between the accommodation ladder and the launch. Sent to Hospital Pulau Pinang.",
        ),
        (
            "assistant",
            "Draft: At 1530 LT on 2 Dec, while at Penang anchorage, Deckhand Azlan bin Hamid sustained a crush injury to his right foot between the accommodation ladder and the launch and was transferred to Hospital Pulau Pinang.",
        ),
        (
            "user",
            "add his home address for the SOCSO form: No. 8, Lorong Bagan Jermal 3, 13300 Tasek Gelugor, Penang",
        ),
    ],
    [
        ("user", "I left my bag on the Tung Chung ferry yesterday"),
        (
            "assistant",
            "I can log a lost-property report. What did the bag look like and what was inside?",
        ),
        ("user", "black Rimowa, inside my laptop and my HK passport"),
        ("assistant", "Please provide your name and a contact number."),
        ("user", "Ma Chun Kit, 5938 0472, HKID M205883(4)"),
    ],
    [
        ("system", "Agent assistant for Dalian Hengtai Crew Services. Reply in English."),
        ("user", "Need an invitation letter for crew joining in Singapore, details below"),
        (
            "user",
            "Name: Yu Haitao, Rank: C/E, ID 210204199003224015, PP E78314052, joining MV Ocean Crest 14 Dec",
        ),
        (
            "assistant",
            "Noted. I will prepare the letter for the Singapore agent using these details.",
        ),
    ],
    [
        ("user", "I have two Enrich accounts, can you merge them?"),
        (
            "assistant",
            "Yes. Please send both membership numbers and the details registered on them.",
        ),
        ("user", "MH 331 829 104 and MH 447 560 218"),
        (
            "user",
            "name Lee Mei Kuan, dob 03/10/1986, email meikuan.lee86@hotmail.com, address 21 Jalan Cempaka 5, Taman Bukit Indah, 81200 Johor Bahru",
        ),
        ("assistant", "Thanks, the merge request has been submitted and takes up to 14 days."),
    ],
    [
        ("user", "what is a CDC and where do I renew it in Singapore?"),
        (
            "assistant",
            "A Continuous Discharge Certificate is a seafarer's record of sea service. In Singapore it is handled by MPA's Seafarers Management division.",
        ),
        (
            "user",
            "thx. mine is expiring, it's SG CDC no. 0729164 under Huang Zhiwei, address Blk 208 Tampines St 21 #05-1130, I'm on medical leave for hepatitis B so can't go in person",
        ),
        ("assistant", "You may authorise a representative; MPA will list the documents needed."),
    ],
]
