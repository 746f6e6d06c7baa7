"""Blind check set en100: SG/MY utilities (SP Group and TNB bills, meter readings, disconnection notices, payment arrangements, solar applications, outage reports). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en100
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "bills and tariffs"): _lines("""
        Electricity tariff for 1 Oct to 31 Dec 2025: 27.62 cents/kWh before GST, down 1.8% from the previous quarter.
        Water charges on your SP bill are collected on behalf of PUB; refuse removal fees are collected on behalf of the public waste collector.
        Invoice No. 2025-11-SP-00418273 | Bill period 14 Oct - 12 Nov 2025 | Amount due S$142.37 | Due date 03 Dec 2025
        U-Save rebates of up to $95 per quarter will be credited to eligible HDB households' utilities accounts in Jan, Apr, Jul and Oct.
        Why is my bill higher this month? Usually: more days in the billing period, hotter weather (aircon!), an estimated reading last cycle, or a tariff revision.
        Tariff breakdown per kWh: energy cost 18.71c, network cost 5.66c, market support services 0.44c, market admin & power system operation 0.26c.
        Average monthly electricity consumption: 3-room HDB 272 kWh, 4-room 368 kWh, 5-room 431 kWh (2024 figures).
        From the January 2025 bill, the TNB tariff separates energy, capacity, network and retail charges; domestic users below 600 kWh see no net change.
        The Renewable Energy Fund (KWTBB) levy of 1.6% applies only to domestic accounts using more than 300 kWh a month.
        Climate Vouchers can be used at participating retailers such as Courts, Harvey Norman, Gain City and Best Denki for energy-efficient appliances.
        Keppel Electric fixed-price plan: 28.9 cents/kWh for 24 months, no early termination charge after month 12.
        Statement ref STMT/TNB/2025/09/7736102 generated 2025-09-30T23:59:12+08:00, 1 page, PDF 84 KB.
        Pay by GIRO, PayNow to UEN 199500123K, AXS stations, SAM kiosks or at any 7-Eleven; please quote the 10-digit account number printed on your bill.
        Tariff questions? Use the online enquiry form; please do not send your NRIC or bank details by email.
        Bills below RM5 are carried forward to the next month instead of being issued separately.
    """),
    ("en", "meter readings"): _lines("""
        Meter reading schedule for zone 17 (Bedok North): 21-23 Nov 2025. Please make sure the meter compartment is not locked.
        If your reading is estimated (marked E on the bill), you may submit an actual reading in the SP app within 3 working days.
        Meter No. 32-1187-4402 | reading 048213 kWh | read type ACTUAL | read date 2025-11-18
        TNB smart meter (AMI) installation: supply will be interrupted for about 15 minutes while the technician swaps the meter.
        How to read a digital meter: press the display button until kWh appears, then note the digits from left to right and ignore anything after the decimal point.
        Water meter: current 1284.6 m3, previous 1262.1 m3, usage 22.5 m3 over 30 days.
        SP app 6.4.1 (build 20251102.1) fixes the bug where half-hourly consumption charts showed Wh labelled as kWh.
        Firmware image for Landis+Gyr E360 meters, SHA-256 9f2c1e7ab04d58c3e6f1a2b7c9d0e8f4a5b6c7d8e9f0a1b2c3d4e5f60718293a, rollout wave 3.
        Meter readers carry an SP Group staff pass with photo; to verify one, call 1800 222 2333.
        Abnormal reading flagged: consumption 3.2x the 6-month average; auto-generated site check task MTR-CHK-0098812.
        TNB meter readers wear uniform and carry an ID card; they will never ask you to pay on the spot.
        A bidirectional meter records import and export separately, so it does not actually run backwards when your panels export.
    """),
    ("en", "outage advisories"): _lines("""
        Power outage in parts of Jurong West St 91 and 92 from 14:07; supply fully restored by 14:52. Cause: underground cable fault.
        Planned interruption: Taman Tun Dr Ismail, Jalan Burhanuddin Helmi, 9am-5pm on 12 Dec 2025, for a substation upgrade.
        Check outage status in the myTNB app or call TNB Careline 15454.
        Singapore's SAIDI was 0.26 minutes per customer in FY2024, one of the lowest in the world.
        If only your unit has no power, check the main switch and RCCB first; if it keeps tripping, call a Licensed Electrical Worker.
        Incident INC-2025-11-20-0042: 22kV feeder trip at Senoko substation, 1,284 customers affected, duration 38 min.
        Buildings around the Lee Kong Chian Natural History Museum at Kent Ridge ran on standby generators during this morning's trip.
        Hospital Sultanah Aminah Johor Bahru switched to backup generators during yesterday's 40-minute outage; no patients were affected.
        Outage Desk | Priority P2 | Area: Tampines St 81, blocks 801-823 | ETA restoration 18:30
        During a blackout, switch off large appliances so they are not hit by a surge when supply returns, and keep the fridge closed.
        A lightning strike on a 132kV line caused a voltage dip at Kulim Hi-Tech Park at 16:22; there was no sustained outage.
        Deputy Prime Minister Fadillah Yusof, who heads the energy transition ministry, launched the ATAP solar programme in 2025.
        The August 1996 blackout is still the largest in Peninsular Malaysia's history.
        Spotted SP PowerGrid van along Upper Thomson Rd digging up the road, maybe cable works.
    """),
    ("en", "disconnection and arrears policy"): _lines("""
        FINAL NOTICE: supply may be disconnected if the overdue amount is not paid within 7 days of the date of this notice.
        Once payment is received, supply is normally restored within 1 working day; a reconnection fee applies.
        Customers facing financial difficulty may request an instalment plan; bring your latest bill and NRIC to any SP Services customer service centre.
        Dear {{customer_name}}, your account {{account_no}} has an outstanding balance of {{amount}}. Please pay by {{due_date}} to avoid disconnection.
        TNB does not disconnect supply on Fridays, weekends, public holidays or the day before a public holiday.
        Households on ComCare may get help with utilities arrears through their nearest Social Service Office.
        Agents: never read out a customer's full NRIC or bank account number on a call, and mask all but the last 4 characters in case notes.
        Payment arrangement rules: missing two consecutive instalments cancels the arrangement and the full balance becomes due.
        Disconnection worklist 2025-12-02, batch DSC-0412: 318 accounts, 41 exempted (medical), 12 pending appeal.
        The licensee may disconnect supply for non-payment after giving at least 7 days' written notice, as provided under the Electricity Supply Act 1990.
        The Tan Tock Seng Hospital medical social work team can write a supporting letter for patients on home oxygen who need a disconnection hold.
        Minimum first payment for an arrangement is 30% of the arrears; the rest may be spread over up to 6 months.
    """),
    ("en", "solar applications"): _lines("""
        Solar PV systems below 1 MWac: your Licensed Electrical Worker submits the connection application to SP PowerGrid; approval usually takes 4-6 weeks.
        Under ATAP, excess solar energy exported to the grid is credited at the System Marginal Price and offset against the next bill.
        NEM Rakyat quota is 450 MW; applications close on 30 June 2025 or once the quota is fully taken up.
        Check the RPVSP registration number of any installer on the SEDA Malaysia website before signing a contract.
        Typical 5 kWp rooftop system: 12 x 420 W panels, roughly 6,200 kWh a year in the Klang Valley, payback 5-7 years.
        Application ref NEM-2025-SEL-008841: status TECHNICAL REVIEW, site inspection scheduled for week 50.
        Inverter model SUN-5K-SG04LP1, firmware v1.57, MPPT voltage range 150-425 V, max DC input 6.5 kW.
        The SolarNova programme has put panels on the roofs of more than 8,400 HDB blocks.
        Battery storage such as a Tesla Powerwall or BYD unit must be shown on the single-line diagram submitted with the application.
        The floating solar farm at Tengeh Reservoir has a capacity of 60 MWp from about 122,000 panels.
        Checklist: proof of roof ownership, latest electricity bill, single-line diagram, PV module datasheet, inverter certificate.
        Just installed 6 kWp on the roof, first month exported 210 kWh, bill dropped from RM380 to RM95. Worth it lah.
    """),
    ("en", "forum posts"): _lines("""
        Wah this month SP bill $180 leh, aircon on whole night cos too hot. Anyone else kena?
        TNB bill naik gila this month, macam tak logik. Anyone tried the bill calculator in myTNB?
        Pro tip: switch to the open electricity market, can save like 20% one. But read the T&C, some got early termination fee.
        Blackout at Punggol again?? 2nd time this week sia
        Anyone know if SP meter reader still comes to landed houses or all smart meter already?
        PSA: scam SMS pretending to be TNB asking you to click a link to avoid disconnection. TNB won't send links like that.
        Lim Chu Kang area got outage or not? whole farm road also no lights
        Electrician say my RCCB spoil, change cost $120 incl labour, reasonable anot?
        Aiyo the SP app keep logging me out after updating to 6.4.0
        Eh the SP Group CEO Stanley Huang was on CNA talking about grid upgrades, quite interesting.
        In the Upin & Ipin episode, Opah scolds the twins for leaving the kipas on all night and the bill goes up.
    """),
    ("ms", "notis TNB"): _lines("""
        Notis Gangguan Bekalan Elektrik Terancang: Taman Sri Muda Seksyen 25, 10 Dis 2025, 9.00 pagi - 5.00 petang.
        Bil anda telah melepasi tarikh akhir bayaran. Sila jelaskan tunggakan dalam tempoh 7 hari untuk mengelakkan pemotongan bekalan.
        Pelanggan boleh memohon bayaran ansuran di Kedai Tenaga berhampiran atau melalui aplikasi myTNB.
        Hubungi TNB Careline di 15454 atau 1-300-88-5454 untuk aduan gangguan bekalan.
        Tarif domestik: 200 kWj pertama 21.8 sen/kWj; 100 kWj berikutnya 33.4 sen/kWj.
        Kedai Tenaga Jalan Tun Razak dibuka Isnin hingga Jumaat, 8.30 pagi - 4.30 petang.
        Permohonan NEM Rakyat kini dibuka; sila rujuk laman web SEDA Malaysia untuk syarat kelayakan.
        Pemasangan meter pintar di kawasan anda akan dijalankan mulai 15 Januari 2026.
        Stesen Janakuasa Sultan Azlan Shah di Manjung menjana kira-kira 4,100 MW untuk grid semenanjung.
        Jangan panik, pemotongan hanya dibuat selepas notis bertulis dihantar kepada pemegang akaun.
        Perdana Menteri Datuk Seri Anwar Ibrahim mengumumkan bantuan bil elektrik untuk isi rumah berpendapatan rendah dalam Bajet 2025.
        Nombor rujukan aduan: TNB-GB-20251203-00871. Status: Dalam tindakan.
    """),
    ("en", "systems and code"): _lines("""
        2025-12-03T08:14:22.117+08:00 INFO billing-svc run=bill-cycle-1203 accounts_processed=412338 failed=17 duration=00:42:10
        ALTER TABLE meter_reads ADD COLUMN read_type CHAR(1) NOT NULL DEFAULT 'A'; -- A=actual, E=estimated, C=customer
        def mask_nric(v): return v[0] + "****" + v[-4:]  # keep first letter and last 4 for display
        GET /api/v2/outages?region=EAST&status=active 200 53ms
        {"event": "DISCONNECT_ORDER_CREATED", "order_id": "DO-88213074", "reason": "ARREARS_90D", "amount_due": "412.50", "currency": "SGD"}
        WARN meter-gw: heartbeat missed from concentrator DC-TPY-0447 (last seen 11:52:08)
        a3f9c21 fix(tariff): apply Q4 2025 rates to LT domestic class
        Validation: TNB account numbers match ^[0-9]{12}$ and SP utilities account numbers match ^[0-9]{10}$.
        payload["customer"]["name"] = "<REDACTED>"; payload["customer"]["phone"] = "<REDACTED>"
        CSV header: account_no,meter_no,read_date,kwh,read_type,zone
        README sample: Name: John Doe, Account: 0000000000, Address: 1 Example Street, Singapore 000000
        Invoice PDF SPB_2025-11_INV00418273.pdf, sha1 3e1f0a9c7d2b4e6f8a0c1d3e5f7a9b2c4d6e8f01, 2 pages.
        UAT persona "Ali bin Abu" is a fictitious customer; never copy real customer records into test environments.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi, my mum Mdm Goh Siew Hoon (S7214836C) stays alone at Blk 512 Bedok North Ave 2 #06-187, her power tripped since morning, can send someone?
        Pls set up GIRO for SP account 9301847725 under Mr Ravi s/o Kumaresan, debit card 4556 1209 3487 1126 exp 08/28.
        Payment arrangement request: Nurul Ain binti Zakaria, IC 910512-01-6634, lost her factory job in Pasir Gudang in October, asks to pay RM1,240 arrears over 6 months.
        Lim Boon Keat, 52, of No. 18 Jalan Kenari 7, Bandar Puchong Jaya, was fined RM20,000 by the Sessions Court for bypassing his TNB meter.
        Tenant Mr Chen Wei (FIN G6031857W) moved out of #12-04, 18 Anchorvale Lane on 30 Nov; final reading 018442 kWh, refund deposit to chenwei.sg88@gmail.com
        Mdm Siti Rahmah bte Osman is on an oxygen concentrator 24/7 for COPD - flag Blk 33 Marsiling Dr #04-221 as medical priority, no disconnection.
        Solar application for 22 Jalan Setia Murni U13/5C, Setia Alam; owner Mr Tan Kok Leong, contact 012-338 7410, roof 110 m2, proposing 8.2 kWp.
        The reconnection guy came but my husband Arun wasn't home, can you call him at 9174 5520 to reschedule?
        Outage call from Blk 221 Serangoon Ave 4 #08-11: caller Kelvin Ong, 8823 6017, says his dad's home dialysis machine cannot run.
        Bill dispute: Ms Priya Nair earns $2,850 a month as a childcare teacher and says a $460 October bill for her 3-room flat at Blk 127 Kim Tian Rd is impossible.
        3rd overdue notice - Mdm Chua M. L., NRIC ending 291J, Blk 9 Jalan Bukit Merah #15-22, Singapore 150009, arrears $512.80.
        Pls update contact for TNB account 2200 4817 3356 (Encik Faizal Hakim bin Ismail): new no. 019-772 4815, email faizal.hakim84@yahoo.com
        The late Mr Wong Ah Fook (S0583912B) passed away on 2 Nov; his daughter Wong Li Ting wants the utilities account at Blk 66 Kallang Bahru #07-310 moved to her name.
        Can you tell me if my ex-wife Jessica Lau still holds the SP account at 45 Jalan Kembangan? She owes me money and I need her new address.
        Site visit note: homeowner Mr Azman bin Yusof, 550802-08-5171, wheelchair user, lives at Lot 1123 Kampung Changkat Jering, Taiping.
        Refund of overpayment S$312.40 to DBS account 027-518334-6, holder Ong Hui Min.
        Foreign tenant Mr Nguyen Van Hoang, passport C4827193 (Vietnam), signing up for electricity at Unit 21-7, Residensi Bintang, Jalan Walter Grenier, KL.
        Ms Deborah Tan, passport K3915627R, opening a utilities account for her BTO at 119C Tengah Garden Walk #10-34, key collection 8 Dec.
        EV charger application for 7 Jalan Chengkek: owner Mr Samuel Koh, vehicle SMB 4821 G, 7.4 kW wallbox in the car porch.
        SMS to Mdm Rajeswari d/o Muthu: supply at 33 Lorong 4 Toa Payoh #09-12 will be disconnected on 05/12 unless $388.20 is paid.
        Hi I'm Nicole, staying with my grandma at Blk 406 Woodlands St 41 #11-80. She has dementia and keeps switching off the main breaker, can someone come put a lock?
        Consumer Claims Tribunal award: Encik Mohd Shahrul bin Anuar v TNB, RM4,800 for appliances damaged by a power surge at his house in Taman Tas, Kuantan.
        Applying for payment plan - I'm Ng Kah Wai, Grab driver, income dropped to about $1,900 the last 3 months, NRIC S8816403B.
        Joint applicants Tay Jun Hao (S9027358B) and his wife Lee Xin Yi (S9518230E), resale flat at Blk 51 Teban Gardens Rd #03-562, move-in 15 Dec.
        Mr Subramaniam Kumar, 78, had a stroke in July; bills at Blk 2 Beach Rd #11-4759 unpaid since, daughter asking for a waiver.
        From: Grace Lim <gracelim.meiyi@hotmail.sg> - my October bill shows 3 readings for meter 32-0998-1173, pls check.
        Mr Zhang Hao (WeChat zhanghao_sg1988) rents a room at 62 Jalan Bukit Ho Swee and wants the shared electricity split among the 4 tenants.
        Installer photo caption: roof of Dr Farah Wahid's bungalow at 14 Jalan Ampang Hilir - 18 panels, inverter in the garage, she wants export credited to her husband's account.
        CSC note: Mdm Lee Poh Choo (S1640291E) came to Kallang counter crying, husband warded at IMH since Sept, requested 3-month deferment.
        Autodebit form: Maybank card 5204 7311 8924 6633, cardholder Chong Wai Kit, TNB acc 2200 1938 4476.
        The neighbour at #07-33, Mr Rizal who runs the bakery, keeps tapping power from the corridor socket; his number is 9638 2214.
        Account holder is Farid. Surname Ibrahim. He stays at 17 Jalan Anggerik Vanilla 31/99A, Kota Kemuning - the blue house with solar.
        Verified caller: Mr Lau Chee Meng, DOB 14/03/1977, NRIC last 4 046J, registered mobile 9726 1180.
        Smart meter at Blk 188 Bishan St 13 #12-340 shows zero usage since 20 Oct; occupant Mdm Ho Gek Lian, 84, lives alone - welfare check requested.
        Complaint letter signed Yeo Kian Hwee, 9 Siglap Plain, Singapore 456001, tel 6448 2036, re: meter replaced without notice.
        Reissue bill to Mr Julian Pereira, 3 Lorong Chuan #05-02, Singapore 556740; mail was returned because he is warded at SGH till 10 Dec.
        Pls waive late fees for Ms Kavitha d/o Rajan, MyKad 850921-14-6148, single mother of 3, take-home pay RM2,100.
        Landlord Mr Goh Teck Huat, S2291875? no sorry, S2291857E, owns 11 Jalan Tua Kong and wants bills sent to goh.teckhuat@singnet.com.sg
        Salary deduction for arrears: Muhammad Danial bin Roslan, SP Services technician, staff no. 40871, basic $2,640.
        Customer on life-support register: Baby Aisyah Sofea, 2, ventilator at home, parents Hakim & Liyana, 24 Jalan Bunga Raya 3, Klang, 013-552 8071.
    """),
    "ms": _lines("""
        Saya Hafiz, rumah Taman Melawati blok C, dah 5 jam blackout, WhatsApp saya +60 11-2849 6631.
        Encik Rahim bin Salleh (IC 620707-07-5013), No. 45 Lorong Kenari 3, Taman Seri Jaya, 13400 Butterworth - notis pemotongan untuk tunggakan RM623.50.
        Tolong, ayah saya Encik Ismail bin Ahmad pesakit buah pinggang dan buat dialisis di rumah, bekalan dipotong semalam. Alamat No. 8 Jalan Mawar 2, Taman Bukit Indah, Ampang.
        Permohonan NEM: pemohon Chin Siew Fong, 780314-10-5528, No. 3 Jalan PJU 3/45, Sunway Damansara, tel 016-225 8093.
        Bayaran ansuran diluluskan untuk Puan Zarina binti Kassim, akaun 2200 7361 0025, 6 bulan x RM150; gaji beliau RM1,800 sebulan.
        Mahkamah Majistret Klang mendenda Ong Teck Seng, 47, pemilik kedai runcit di Jalan Meru, RM10,000 kerana mencuri elektrik.
        Tolong hantar bil ke emel nurul.izzati93@gmail.com, nama akaun Nurul Izzati binti Hassan, no. telefon 017-604 3329.
        Juruteknik tolong call Pakcik Daud 012-907 4412, rumah kayu sebelah surau Kampung Batu 5, Jalan Sungai Tua - dia pekak sikit, cakap kuat-kuat.
        Tuan rumah saya Mr Loh (019-330 2784) tak bayar bil TNB 3 bulan walaupun sewa saya termasuk elektrik - rumah No. 27 Jalan SS 19/6, Subang Jaya.
        Kad debit Bank Islam 4147 2000 6135 8828 atas nama Siti Khadijah binti Mohd Noor untuk autodebit bil TNB.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the SP Group outage assistant. Be brief and polite."),
        ("user", "no power at my place since 7pm, the whole stack also dark"),
        (
            "assistant",
            "Sorry to hear that. Could you share the block and unit so I can check for a reported fault?",
        ),
        ("user", "Blk 611 Ang Mo Kio Ave 4 #10-2271"),
        (
            "user",
            "my father Tan Hock Seng is 81, on oxygen, the machine got battery only 2 hrs. pls call me 9482 7713",
        ),
        ("assistant", "I have escalated this as a medical priority case. A crew is on the way."),
    ],
    [
        ("system", "Anda ialah pembantu maya myTNB."),
        ("user", "hi, nak tanya kenapa bil saya RM412 bulan ni"),
        ("assistant", "Boleh berikan nombor akaun atau nama pemegang akaun?"),
        ("user", "akaun 2200 6190 4437"),
        ("user", "nama Norazlina"),
        ("user", "binti Mat Yunus, IC 870416-06-5142"),
        (
            "assistant",
            "Terima kasih. Bacaan bulan lepas adalah anggaran; bil ini termasuk pelarasan.",
        ),
    ],
    [
        ("user", "Hi, can I do instalment for my overdue bill? about $1,050"),
        (
            "assistant",
            "Yes, you may apply for a payment arrangement. We will need your account holder details and your current income.",
        ),
        ("user", "name Ahmad Firdaus bin Jamil, NRIC S8027 - wait let me check"),
        ("user", "T0615382D sorry that one is my daughter's. mine is S8027416E"),
        ("user", "I'm a security guard, pay $1,980, wife just had surgery so we fell behind"),
        ("assistant", "Thank you. I have submitted a 6-month plan for approval."),
    ],
    [
        (
            "system",
            "Assistant for a solar installer in Selangor. Collect site details for a quotation.",
        ),
        ("assistant", "Hello! What is the roof type and approximate monthly TNB bill?"),
        ("user", "metal deck roof, bill around RM450"),
        ("assistant", "Great. Where should we send the quotation?"),
        (
            "user",
            "Kenneth Yap, kenneth.yap.kl@gmail.com, house at 31 Jalan USJ 11/3D, Subang Jaya. Wife prefers WhatsApp 012-671 9034",
        ),
    ],
    [
        ("user", "Got SMS saying my electricity will be cut tonight unless I pay, is it real?"),
        (
            "assistant",
            "SP Group does not send payment links by SMS. Please do not click the link. Can you paste the message text?",
        ),
        (
            "user",
            "'Dear Mr Toh Wee Liang, acct 9301552068 at 27 Jalan Kemaman overdue $286.40, pay at sp-bill-pay.co to avoid cutoff'",
        ),
        ("user", "the name and address are correct though, that's me"),
        ("assistant", "That is a scam. Please report it on the ScamShield app."),
    ],
    [
        ("user", "my meter reading wrong, it says 52110 but my meter shows 51210"),
        (
            "assistant",
            "Thanks for flagging this. Please send a photo of the meter and your unit address.",
        ),
        ("user", "photo attached. Blk 78 Telok Blangah Dr #03-145"),
        ("user", "account under my name Ramesh Pillai"),
        ("assistant", "A meter inspection has been scheduled for Thursday between 9am and 1pm."),
    ],
    [
        ("system", "You help landlords transfer utilities accounts."),
        ("user", "new tenant moving into my condo unit, need to open account in his name"),
        (
            "assistant",
            "Please provide the tenant's full name, identification number and the tenancy start date.",
        ),
        (
            "user",
            "Mr Rohan Mehta, FIN F2298471M, Indian passport Z5829104, starts 1 Jan at 9 Bedok Reservoir Rd #14-05",
        ),
        (
            "assistant",
            "Noted. A deposit of $200 applies for foreign tenants; the account will be active from 1 Jan.",
        ),
    ],
    [
        (
            "system",
            "Customer profile loaded: Name: Lim Pei Shan; NRIC: S9203758D; Mobile: 8712 4490; Address: 40 Bukit Batok West Ave 8 #06-18; Flags: payment plan active",
        ),
        ("user", "when is my next instalment due?"),
        ("assistant", "Your next instalment of $95.00 is due on 15 Dec."),
    ],
    [
        ("user", "I want to pay my TNB bill by card here"),
        (
            "assistant",
            "Please do not share card details in chat; use the secure payment page in myTNB instead.",
        ),
        ("user", "too late lol 5378 1140"),
        ("user", "2266 1906, 11/27, name on card Lee Mun Yee"),
        (
            "assistant",
            "Please contact your bank to block this card, as the number has been exposed.",
        ),
    ],
    [
        ("user", "Assalamualaikum, rumah saya blackout sejak subuh"),
        ("assistant", "Waalaikumussalam. Boleh beri alamat penuh?"),
        ("user", "No. 12 Jalan Pinang 4, Taman Pinang Jaya, 14000 Bukit Mertajam"),
        (
            "user",
            "nama saya Rosmah binti Ali, 011-3307 5582. anak saya asma, kena guna nebuliser, tolong cepat",
        ),
        (
            "assistant",
            "Aduan anda telah direkodkan sebagai keutamaan. Juruteknik akan tiba dalam 2 jam.",
        ),
    ],
]
