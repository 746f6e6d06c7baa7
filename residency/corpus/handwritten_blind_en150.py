# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en150: SG/MY condominium management offices (MCST/JMB notices, renovation permits, visitor logs, by-law breaches, AGM minutes). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en150
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "mcst_circular"): _lines("""
        NOTICE TO ALL RESIDENTS: Water supply to Blocks 1 to 4 will be temporarily disrupted on Tuesday, 11 March 2025 from 9.00am to 3.00pm for the cleaning of the domestic water tanks. Please store sufficient water beforehand. We apologise for any inconvenience caused. — The Management, MCST Plan No. 3871
        Lift No. 2 at Tower B will be shut down from 14 to 18 April for replacement of the traction ropes by the lift contractor. Residents are advised to use Lift No. 1 or the service lift. Thank you for your patience.
        An NEA-licensed pest control contractor will carry out thermal fogging at the drains, bin centre and landscaped areas every second Saturday of the month, 8.30am to 10.30am. Please keep windows closed and bring in laundry from the yard during this period.
        The swimming pool and jacuzzi will be closed on 2 and 3 June for annual re-grouting and water balancing works. The gym and function room remain open as usual.
        Dear Residents, kindly be reminded that Chinese New Year decorations along the common corridor must not obstruct the fire escape route and must be taken down by Chap Goh Mei (15th day of the Lunar New Year).
        Deepavali and Hari Raya open houses are welcome at the function room and BBQ pits; bookings open 30 days in advance via the condo app. A refundable deposit of $300 applies for the function room.
        FIRE DRILL: The annual fire evacuation drill will be conducted on Saturday, 20 September at 10.00am. When the alarm sounds, please proceed calmly via the staircase to the assembly area at the open-air car park beside Guardhouse A. Do not use the lifts.
        Due to repainting works under the cyclical maintenance programme, gondolas will be in operation along the façade of Blocks 5 and 6 from 8am to 6pm daily. Please draw your curtains for privacy and keep windows shut.
        The management office will be closed on Good Friday. Operating hours on the eve of public holidays are 9am to 12pm. For emergencies after office hours, please call the guardhouse at 6458 2130.
        Please be informed that the car park barrier system will be upgraded to licence plate recognition (LPR) on 1 July. Residents whose vehicles are already registered with the office need not take any action; the old windscreen labels will be deactivated.
        REMINDER: Bulky items such as mattresses, sofas and wardrobes must not be left at the bin centre. Please arrange disposal through the Town Council bulky-item service or a licensed collector at your own cost.
        Durian season is here! Residents are kindly requested not to bring opened durians into the lifts, lift lobbies and clubhouse. Please dispose of husks in tied bags at the bin centre, not the refuse chute.
        Following recent reports of killer litter in the estate, the Management reminds residents that throwing objects from height is an offence under the Environmental Public Health Act. CCTV footage will be handed over to the police.
        The revised maintenance charges and sinking fund contributions approved at the 18th AGM take effect from the July billing cycle: $0.52 per share value per month (maintenance) and $0.18 per share value per month (sinking fund).
        Parcel lockers have been installed at the lobby of Block 3. With effect from 1 August, delivery riders will no longer be allowed to leave parcels at the guardhouse.
        Dengue alert: NEA has identified our estate as part of an active dengue cluster. Please do the B-L-O-C-K steps weekly: Break up hardened soil, Lift and empty flowerpot plates, Overturn pails, Change water in vases, Keep roof gutters clear.
    """),
    ("en", "by_laws"): _lines("""
        By-Law 12(3): No subsidiary proprietor or occupier shall keep any animal in a lot or on the common property which causes annoyance to other occupiers. Dogs must be leashed and carried in the lifts at all times.
        By-Law 8: Renovation works involving hacking, drilling or hammering are only permitted from Monday to Friday, 9am to 5pm, and Saturday, 9am to 1pm. No noisy works on Sundays and public holidays.
        Schedule of penalties: Unauthorised parking at a visitor lot for more than 24 hours – wheel clamp with $100 release fee; second offence within 6 months – $200 release fee.
        Smoking is prohibited at the common property including the pool deck, playground, lift lobbies, staircases and car park. Smoking is permitted only at the designated smoking corner beside the tennis court.
        Under section 32 of the Building Maintenance and Strata Management Act (BMSMA), the management corporation may make by-laws for the safety, security, comfort and convenience of all subsidiary proprietors, subject to a special resolution.
        Air-conditioner condensing units must be installed at the designated AC ledge only. Installations on the external wall, planter box or roof terrace are prohibited and will be removed at the subsidiary proprietor's expense.
        Laundry shall not be hung at balconies facing the main road. Residents may use the retractable laundry racks provided at the yard or service balcony.
        Short-term rentals of less than 3 consecutive months are prohibited under URA guidelines. The management will report suspected Airbnb-type occupancy to the authorities.
        Window grilles and balcony screens must follow the approved design: invisible grilles in silver anodised finish, 2.5mm stainless steel cables at 5cm spacing.
        Under the Strata Management Act 2013 (Act 757), a parcel owner who fails to pay charges and sinking fund contributions within 14 days of the notice is liable to late-payment interest of 10% per annum.
        Bicycles, personal mobility devices and prams shall not be stored along the common corridor or staircase landing. Items left will be removed after 7 days' notice and disposed of if unclaimed after a further 14 days.
        PMDs that are not UL2272-certified shall not be charged in any unit or in the common areas.
        Karaoke and amplified music at the BBQ pits must stop by 10.30pm; the booking holder is responsible for the conduct of all guests.
        Contractors shall wear their company passes at all times and sign in at the guardhouse. Work permit holders must produce their original work permit card for inspection when requested by security.
    """),
    ("en", "renovation_forms"): _lines("""
        RENOVATION APPLICATION FORM | Unit No.: #____-____ | Owner's Name: __________________ | Contact No.: __________ | Contractor Company: __________________ | UEN: __________ | Commencement Date: ___/___/_____ | Completion Date: ___/___/_____
        LETTER OF UNDERTAKING: I/We, ____________ (NRIC/Passport No.: ____________), being the subsidiary proprietor(s) of the above unit, undertake to make good any damage caused to the common property arising from the renovation works.
        Renovation deposit: $2,000 by cheque payable to "MCST PLAN NO. 3871", or $1,000 for minor works. The deposit is refunded within 30 days after joint inspection, less any deductions for damage or cleaning.
        Documents required: (1) copy of the approved plans if structural works are involved, (2) contractor's public liability insurance of at least $1 million, (3) list of workers with work permit numbers, (4) signed letter of undertaking.
        Protective boarding (corrugated board or plywood) must be placed on the floor and walls of the service lift before moving materials. Please book the service lift at least 3 working days in advance.
        Hacking of non-structural walls requires a Professional Engineer's endorsement. Hacking of reinforced concrete slabs, beams or columns is strictly not allowed.
        Debris must be bagged and removed daily; no debris may be left at the corridor, refuse chute or car park overnight. Refuse chutes are not to be used for construction waste.
        Renovation Permit No. RP/2025/0417 issued. Validity: 21 days from commencement. Please display this permit at the main door of the unit throughout the works.
        Checklist for joint inspection: corridor floor tiles, lift car panels, fire hose reel, main door frame, corridor ceiling boards, sprinkler heads, staircase handrails.
        MOVING IN / OUT FORM | Date of move: ______ | Time slot: 9am–12pm / 2pm–5pm | Mover company: ______ | Lorry plate no.: ______ | Deposit: $500 (refundable)
        The approved contractors list is for reference only: Ah Hock Renovation Works Pte Ltd (6741 3390) and Lim & Tan Aircon Services Pte Ltd (6287 4410). The MCST does not endorse any contractor.
        For aircon servicing and minor repairs not exceeding one day, no permit is required but the contractor must register at the guardhouse.
        Tiling works in wet areas require a waterproofing membrane and a 24-hour ponding test before tiles are laid; the management may request photos of the ponding test.
        Template: "Dear Neighbour, we will be carrying out renovation works at our unit from [start date] to [end date]. We apologise for the noise and inconvenience. Please contact our contractor at [contractor hotline] if you have any concerns."
    """),
    ("en", "agm_minutes"): _lines("""
        Minutes of the 21st Annual General Meeting of MCST Plan No. 2915 held on Saturday, 15 March 2025 at 2.30pm at the Function Room. Quorum: 32.4% of the share value present in person or by proxy.
        Item 3: The audited accounts for the financial year ended 31 December 2024 were adopted, carried by 68 votes to 4 with 2 abstentions.
        Item 5: The meeting resolved to appoint Teo Tan & Partners PAC as auditors for FY2025 at a fee not exceeding $6,800.
        Item 7 (Motion to install EV chargers): The Managing Agent presented three quotations from charging operators. After deliberation, the motion to award the contract to the lowest compliant tenderer was carried by a show of hands.
        The Chairperson informed the meeting that the sinking fund stood at $1.42 million as at 31 December and that the façade repainting, estimated at $480,000, will be funded without a special levy.
        Election of Council: Nine (9) nominations were received for nine seats; the nominees were declared elected unopposed. The first council meeting will elect the office bearers.
        Matters arising: The Council noted feedback on noise from the basketball court and proposed restricting usage to 7am–10pm. The proposal was supported by a majority of those present.
        Item 9: The motion to ban short-term leasing was withdrawn after the Managing Agent advised that existing URA rules already prohibit it.
        There being no other business, the meeting ended at 5.10pm with a vote of thanks to the Chair. Certified true copy, Managing Agent.
        Minutes of the JMB Annual General Meeting of Residensi Seri Mutiara, 22 June 2024: 143 parcel owners attended. An officer from the Commissioner of Buildings (COB) unit of MBPJ attended as observer.
        Extract from AGM notice: "Only subsidiary proprietors whose names appear on the strata roll 72 hours before the meeting and who have paid all contributions due may vote."
        Proxy form: I, ______________ of Unit #___-___, being the subsidiary proprietor, hereby appoint ______________ as my proxy to vote on my behalf at the AGM to be held on ______.
        The Treasurer reported that arrears in maintenance charges totalled $86,240 across 14 units as at 28 February, of which 5 units have been referred to the lawyers.
    """),
    ("en", "resident_faq"): _lines("""
        Q: Can a tenant sit on the council? A: No. Under the BMSMA only subsidiary proprietors, or nominees of company-owned units, are eligible for election to the council.
        How do I apply for a second car label? Submit the vehicle log card and, if you are a tenant, the stamped tenancy agreement; a second lot is subject to availability and a monthly fee of $80.
        Is the MCST responsible for a leaking ceiling from the unit above? Generally not. Inter-floor leaks are a matter between the two units, and under the BMSMA the upper unit is presumed responsible unless proven otherwise.
        What can I do if a neighbour's dog barks all night? Speak to them first, then write to the management with dates and times; persistent cases can go to the Community Mediation Centre.
        Can I put a shoe cabinet outside my door? Only with the MCST's written approval, and it must not obstruct the minimum width of the escape route required by SCDF.
        Can the JMB deactivate my access card if I owe maintenance charges? The by-laws may restrict use of common facilities, but the JMB cannot cut off water or electricity supply to your parcel.
        Why do most Singaporeans live in HDB flats rather than condos? The Home Ownership for the People Scheme launched in 1964 under Prime Minister Lee Kuan Yew made public flats affordable; private condominiums only became common later.
    """),
    ("mixed", "group_chat"): _lines("""
        Eh anyone know the pool reopen when ah? Board at lobby still say closed leh
        wah the lift at Blk 2 spoil again, MA say technician coming 3pm, tahan a bit everyone
        Boss, the aircon servicing company the MA recommend ok or not? How much they charge per unit?
        Reminder: tonight 8pm got mid-autumn lantern walk at the playground, bring your kids, free mooncake and tea 🏮
        who ordered the Grab? rider waiting at guardhouse block A, food getting cold already
        Anyone selling their season parking? Nvm, MA say cannot transfer, must apply through office
        Guys don't anyhow throw cigarette butts from upstairs pls, later kena fire like that condo in the news last year
        Tmr morning 9–11 got water disruption. Remember store water in pail ya. Thanks MA for the notice 👍
        Sekejap lagi ada fogging kat area surau dan taman permainan, tutup tingkap ya semua
        Anyone tried the new mamak at the shop lot downstairs? roti canai quite ok, teh tarik a bit too sweet lah
        Lost & found: one black umbrella and a kid's blue Thermos bottle left at the gym. Collect from guardhouse ya
        Don't pray pray ah, like Phua Chu Kang always say – use only licensed contractor for the gas piping!
        MA pls check CCTV at carpark B1, some cars near pillar 24 kena scratched last night, already made police report
    """),
    ("ms", "notis_jmb"): _lines("""
        NOTIS: Bekalan air akan terganggu pada 12 Mac 2025 (Rabu) dari jam 10.00 pagi hingga 4.00 petang bagi kerja-kerja pembersihan tangki air. Penduduk dinasihatkan menyimpan air secukupnya. Harap maklum. — Badan Pengurusan Bersama (JMB)
        Peringatan: Caj penyelenggaraan dan sumbangan kumpulan wang penjelas hendaklah dibayar sebelum 7 haribulan setiap bulan melalui FPX, DuitNow atau di kaunter pejabat pengurusan.
        Mengikut Akta Pengurusan Strata 2013 (Akta 757), pemilik petak yang gagal menjelaskan caj boleh dikenakan faedah lewat bayar sebanyak 10% setahun.
        Kerja-kerja pengubahsuaian hanya dibenarkan dari Isnin hingga Jumaat, 9.00 pagi hingga 5.00 petang, dan Sabtu 9.00 pagi hingga 1.00 petang. Tiada kerja pada hari Ahad dan cuti umum.
        Deposit pengubahsuaian sebanyak RM1,000 dikenakan dan akan dikembalikan selepas pemeriksaan bersama oleh pihak pengurusan.
        Dilarang meletakkan kenderaan di lorong kebakaran. Kenderaan yang diletakkan secara haram akan dikunci tayar dan dikenakan bayaran RM50.
        Mesyuarat Agung Tahunan JMB Pangsapuri Seri Kenanga akan diadakan pada 28 Jun 2025, jam 10.00 pagi di dewan serbaguna. Hanya pemilik petak yang telah menjelaskan tunggakan layak mengundi.
        Aktiviti gotong-royong membersihkan longkang dan taman permainan akan diadakan pada hari Ahad ini jam 8.00 pagi. Sarapan nasi lemak disediakan.
        Kad akses baharu boleh dipohon di pejabat pengurusan dengan bayaran RM30 sekeping. Sila bawa salinan perjanjian jual beli atau perjanjian sewa.
        Untuk aduan kerosakan lif selepas waktu pejabat, sila hubungi talian kecemasan pengurusan bangunan di 03-7728 4410.
    """),
    ("zh-Hans", "管理处通告"): _lines("""
        通告：本公寓泳池将于6月2日至3日关闭进行年度维修，健身房照常开放。不便之处，敬请原谅。管理处启
        温馨提示：装修工程只限于星期一至星期五上午9时至下午5时，星期六上午9时至下午1时，星期日及公共假期不准施工。
        农历新年期间，走廊装饰请勿阻挡消防通道，并请于元宵节（十五暝）前拆除。
        各位住户：本月第二个星期六上午将进行灭蚊喷雾，请关好窗户并收起晾晒衣物。
        年度大会将于3月15日下午2时半在多功能厅举行，只有缴清管理费的业主方可投票。委托书须于会议前48小时交到管理处。
        请勿在走廊摆放鞋柜、脚车及盆栽，违者经书面通知7天后，管理处将把物品移走。
        有住户问：租客可以使用烧烤区吗？答：可以，但须由业主授权并在管理处登记租约。
        停车场闸门将于7月1日升级为车牌识别系统，已登记车辆无需采取任何行动。
    """),
    ("en", "logs_and_refs"): _lines("""
        Facility booking confirmed: BBQ Pit 2 | Sat 19 Apr 2025, 6pm–10pm | Booking Ref: FB-250419-0037 | Deposit: $100 (refundable) | Status: PAID
        Invoice No. INV-3871-2025-04-0912 | Period: Apr–Jun 2025 | Maintenance fund: $1,248.00 | Sinking fund: $432.00 | Due: 30 Apr 2025
        Guardhouse incident log 03/05 02:14 – Fire alarm activated at Zone 7 (Block 4, level 9 lift lobby). Cause: faulty smoke detector. Reset by FCC at 02:31. No injuries. Ticket #INC-2025-0318.
        Visitor entry summary for March: 4,812 visitor vehicles, 1,936 delivery riders, 207 contractor passes issued; average dwell time of visitor vehicles 2h 41m.
        Work order WO-24117 | Category: Plumbing | Location: Block 2 basement pump room | Description: booster pump B leaking at mechanical seal | Assigned: M&E vendor | SLA: 48h
        Managing agent UEN 201534872K | Registered office: 10 Anson Road #22-05 International Plaza Singapore 079903 | Office line 6221 0847
        MCST Plan No. 4127 | Postal code 529538 | TOP 2012 | 612 units across 7 blocks | Aggregate share value 5,760
        Sinking fund fixed deposit placement: Ref FD-0081273, principal $500,000, tenure 6 months, rate 3.15% p.a., maturity 14/11/2025.
        Lift contractor service report SR No. 7730219, Lift L3 Tower C, door operator belt replaced, next preventive maintenance due 14/08/2025.
        Access card batch order PO-2025-066: 200 pcs MIFARE DESFire EV2 at $4.20 each; cards numbered AC-10001 to AC-10200 for inventory.
        CCTV retention policy: footage is kept for 30 days and released only to the police or upon court order; resident requests must be made in writing with a police report number.
        Visitor management system v3.4.2 config: retain_visitor_records_days=30, mask_id_digits=true, require_unit_confirmation=true, auto_checkout_hour=23
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        VISITOR LOG | 14/03/2025 19:05 | Name: TAN WEI MING | NRIC (last 4): 517F | Visiting: #14-07 Blk 3 | Vehicle: SJK 2281 R | Out: 22:40
        Renovation permit RP/2025/0388 | Owner: Mdm Lee Siew Hoon | Unit #08-12, The Verandah @ Pasir Ris | Contractor: Ah Hock Renovation Works Pte Ltd | Owner contact: 9736 2841
        Letter of Undertaking signed by GOPAL S/O RAMASAMY, NRIC S7526183G, subsidiary proprietor of #05-03, for hacking of kitchen wall; deposit of $2,000 paid by cheque.
        By-law breach notice: Dear Mr Kelvin Ong (#11-09), our records show your dog was seen unleashed at the pool deck on 3, 9 and 17 May. A penalty of $100 will be imposed if this recurs.
        Refund of renovation deposit $1,500 to POSB Savings 187-52934-6, account holder NUR AISYAH BINTE ABDUL RAHMAN, approved by MA on 02/06/2025.
        Helper registration: SITI MARYAM (Indonesian), FIN G5930218W, employer Mrs Jessica Tay of #17-02 Block C, access card AC-10148 issued 12 Apr.
        Tenant registration: Mr Daniel Fernandez, FIN F2817640Q, unit #09-04, lease 1 Feb 2025 to 31 Jan 2027, contact +65 8824 1093.
        AGM minutes item 11: Mr Rajesh Kumar a/l Subramaniam (B-09-02) said he has been unable to pay the special levy since he was retrenched in January and asked the JMB for an instalment plan of RM300 a month.
        Council 2025/2026: Chairperson – Mr Lim Boon Keat (#12-01); Secretary – Ms Charmaine Yeo (#03-08); Treasurer – Mr Harjit Singh s/o Gurdev Singh (#07-15).
        Security note: the white Honda Vezel SMK 8821 H at visitor lot 12 since Monday belongs to Mr Alvin Chua of #06-11; he has refused two requests to move it.
        Facility booking payment failed: Visa 4556 1862 2758 0153 exp 09/27, cardholder MS PRIYA DEVI D/O MANIAM. Please update your card on the condo app.
        Arrears list (council only): #02-05 CHEW KOK LEONG $4,812.60 (6 months); #10-11 NG MEI LING $2,140.00 (3 months); #15-03 ABDUL HALIM BIN OMAR $960.00 (2 months).
        Hi, I'm the owner of #04-16, please send the maintenance e-invoice to my personal email joanne.teo.sh@gmail.com instead of the company one. Thanks, Joanne Teo
        Incident report 22/04 23:50: Resident Mr Marcus Low (Blk 5 #09-03) was found intoxicated at the pool deck and shouted at the security officer; he was escorted back to his unit. Police not called.
        Guard roster remark: Arumugam s/o Velu was found asleep at Guardhouse B at 03:10 on 18/05; first written warning issued by the security supervisor.
        Request for accessible lot: Mdm Wong Ah Moi, 82, of #01-06 uses a wheelchair after her stroke last year; her son asks for the lot near Lift Lobby A for his car SLB 476 H.
        FEEDBACK FORM | Name: Farah Nadia binte Ismail | Unit: 07-21 | Contact: 8193 7724 | Complaint: water seepage from ceiling of master bathroom since March, upper unit has not responded.
        Noise complaint CMP-0932: resident of #14-08 reports that Mr and Mrs Sandeep Nair in #15-08 drag furniture and play drums after midnight almost every day.
        Parcel at guardhouse for LOW JUN HAO, #12-18, mobile 9455 0382 — please collect by Friday, otherwise it will be returned to sender.
        Lost access card reported by Ms Evelyn D'Souza (#06-02) on 05/06; card AC-10077 deactivated, replacement fee $30 paid by PayNow from +65 9012 7765.
        CCTV review approved for Mr Benjamin Koh, whose car SKX 9102 Z was scratched at B1 pillar 24 on 11 June; he lodged a police report the same night.
        Reimbursement to council member Mr Ong Teck Seng, DBS 027-4-018352, claim $186.40 for plants and fertiliser bought for the roof garden.
        To Encik Mohd Faizal bin Zakaria, Unit A-15-07, Residensi Seri Mutiara, 47301 Petaling Jaya: outstanding maintenance charges of RM2,361.00 as at 31 May 2025. Please settle within 14 days to avoid legal action under Act 757.
        OWNER REGISTRATION | Name: LEE CHOON HUAT | MyKad: 650203-08-5173 | Unit: B-08-03 | Tel: 012-384 7729 | Email: choonhuat.lee@yahoo.com.my | Car: WXY 4417
        Move-in booking 28/06, 9am–12pm, for the new tenants of #10-05, Mr Kenji Hashimoto, his wife and their two primary-school children, relocating from Osaka.
        Council meeting 4/2025: Ms Angeline Pereira (#08-19) recused herself from the landscaping tender discussion because her brother-in-law is a director of one of the bidding companies.
        Warning letter to owner Mr Chandran Pillai: your tenant at #16-04 is using the unit as a workers' dormitory with 9 occupants, exceeding the URA occupancy cap of 6. Please rectify within 14 days.
        Complaint: the PRC tenant at #13-10, Mr Zhang Weidong, who works night shift at the shipyard, smokes at his balcony every night around 11pm and the ash lands on our laundry.
        Please add me to the Block 4 residents' Telegram group, my handle is @benjilow_07, unit 04-11. Thanks!
        Council member Mdm Siti Rohani binte Yusof (#09-07) is recovering from knee replacement surgery at Changi General Hospital, so the gym committee meeting is postponed to July.
        Contractor sign-in 02/03 | Name: Muhammad Irfan bin Razak | Company: Kool Aircon Services | NRIC/FIN: S8467093F | To: #05-17 | In 10:02 | Out 13:45
        Unit transfer: access cards of #11-02 to be moved from outgoing owner Mr Terence Lim Kah Wai to purchaser Ms Rachel Goh Hui Min on legal completion, 30 Jun 2025.
        Final warning to Mr Sean O'Connor (#02-14): your children have been seen cycling down the car park ramp on four occasions; the MCST will not be liable for any injury.
        Season parking application: Kavitha d/o Suppiah, unit 07-03, Toyota Sienta SNE 5167 C, NRIC T0233871D, second vehicle, monthly fee $80 by GIRO.
    """),
    "mixed": _lines("""
        eh anyone know the uncle at 07-11 tower 2 who always smoke at corridor? i think his name raymond goh, i complain to MA 3 times liao still no action
        my helper yati lost her access card again, can MA replace? my number 9677 2140, unit 15-06, thanks ya
        sapa punya Myvi putih VBK 7720 parking depan lobby block A? tolong alih, i nak keluar. call me 017-558 9023
        hi all selling my BBQ slot Sat 7pm since my family going JB, whatsapp me 019 662 1450 — mei ling #10-11
        fyi the aunty at 03-08 (mrs chong) just discharged from hospital, dengue, so whole level 3 got fogging tmr
        bro the council chairman lim boon keat from 12-01 is the one blocking the EV charger motion, everyone know he own 2 petrol kiosks in Bukit Batok
    """),
    "ms": _lines("""
        Notis tunggakan: Puan Noraini binti Hashim (Unit B-12-03) belum menjelaskan caj penyelenggaraan sebanyak RM1,840.00 sejak Januari 2025. Kad akses akan disekat mulai 1 Julai.
        BORANG PENDAFTARAN PENYEWA | Nama: MUHAMMAD HAZIQ BIN ROSLAN | No. KP: 910308-07-5311 | Unit: C-05-10 | No. Tel: 011-2387 4416 | Tempoh sewa: 1/3/2025 – 28/2/2026
        Aduan: Jiran di A-10-05, Encik Kamarul Ariffin, bela empat ekor kucing dan bau najis sampai ke koridor. Sudah ditegur dua kali tetapi tiada perubahan.
        Bayaran balik deposit pengubahsuaian RM1,000 kepada Cik Tan Li Ying, unit D-03-02, ke akaun Maybank 1640 2218 7735.
        Senarai AJK JMB 2025: Pengerusi – Tuan Haji Ismail bin Abdullah (A-01-01); Setiausaha – Puan Lakshmi a/p Muthu (B-07-09); Bendahari – Encik Wong Kar Fai (C-11-04).
        Laporan pengawal: Pada 14/05 jam 1.20 pagi, penghuni unit D-08-12, Sdr Amirul Hakim bin Zulkifli, membawa masuk enam tetamu tanpa mendaftar dan membuat bising di kolam renang.
        Permohonan petak parkir OKU: Encik Ganesan a/l Perumal, No. KP 820415-14-5637, unit B-02-06, pesakit strok, kereta PKN 3310.
    """),
    "zh-Hans": _lines("""
        访客登记：3月8日晚上7点20分，访客陈美玲，拜访12楼08号黄志强先生，车牌SFH 7304 P，10点05分离开。
        住户投诉：15楼03号的林国华先生每晚在阳台抽烟，烟味飘进我们家，请管理处尽快处理。
        欠费名单：A座7-02 周淑芬 欠管理费RM2,980，已发律师信。
        装修申请：业主郭家伟，单位#09-06，联系电话9823 6610，装修公司新联发装修工程，押金$2,000已缴。
        租户登记：何振宇，FIN F3368025L，单位#06-15，租期两年，手机8567 3392。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the virtual assistant of the Parc Vista Condominium management office.",
        ),
        (
            "user",
            "Hi, I just bought a new car and want to register it for season parking. What do I need?",
        ),
        (
            "assistant",
            "Please provide your unit number, the vehicle number and a copy of the log card. If the car is not under your name, we also need a letter from the registered owner.",
        ),
        (
            "user",
            "Ok. I'm Jason Lim Wee Kiat, unit #07-19. Car is SLX 7719 X, Mazda 3, registered under my wife Tan Pei Shan. Log card will email later.",
        ),
    ],
    [
        (
            "user",
            "Can you help me write a polite but firm letter to my neighbour? He's Mr Vincent Seah at #11-04, his renovation contractor keeps drilling on Sundays and blocked our shoe rack with debris.",
        ),
        (
            "assistant",
            "Sure. Here is a draft: 'Dear Mr Seah, we understand renovation is necessary, but drilling on Sundays is not permitted under the by-laws...' Would you like me to copy the management office?",
        ),
        (
            "user",
            "Yes copy the MA. Also mention my baby is only 3 months old and wakes up from the noise. Sign off as Michelle and Adrian, #11-05.",
        ),
    ],
    [
        ("system", "You help the managing agent's staff prepare reports for the council."),
        (
            "user",
            "Summarise the arrears: #03-12 Koh Siew Lan $3,420 (owner overseas in Perth), #08-07 Mohammed Rizwan $1,180 (disputes aircon ledge fine), #14-01 Tay Boon Hock $7,950 (lawyer letter sent).",
        ),
        (
            "assistant",
            "Three units are in arrears totalling $12,550; the largest is #14-01 at $7,950 where a lawyer's letter has been sent, #03-12 owes $3,420 with the owner overseas, and #08-07 owes $1,180 pending a dispute.",
        ),
    ],
    [
        (
            "user",
            "When will my renovation deposit be refunded? Joint inspection was done last week.",
        ),
        (
            "assistant",
            "Refunds are processed within 30 days after a satisfactory joint inspection. Please provide the unit number and the bank account for the transfer.",
        ),
        (
            "user",
            "Unit #05-11, account name HO KAR MUN, OCBC 601-482913-001. Pls don't deduct for the lift panel scratch, that was the mover of #05-12 not my contractor.",
        ),
    ],
    [
        ("user", "Saya nak mohon kad akses baru sebab kad lama hilang. Apa dokumen diperlukan?"),
        (
            "assistant",
            "Sila isi borang permohonan kad akses, sertakan salinan kad pengenalan dan bayaran RM30 di pejabat pengurusan.",
        ),
        (
            "user",
            "Ok. Nama saya Nurul Izzah binti Kamaruddin, No. KP 860711-01-4428, unit C-09-03, Residensi Seri Mutiara. Boleh hantar borang ke WhatsApp 016-771 2093?",
        ),
    ],
    [
        ("user", "我的单位要出租，租客要怎么登记？"),
        ("assistant", "请业主填写租户登记表，附上租约副本以及租客的身份证明，交到管理处即可。"),
        (
            "user",
            "好的。租客叫吴子轩，马来西亚人，MyKad 951124-10-5583，下个月1号搬进#12-09，他的手机是+60 12-908 4471。",
        ),
    ],
    [
        (
            "user",
            "Need to write an apology to the MCST. My son Ethan Goh, 14, from Bedok South Secondary, kicked a football in the lift lobby of Blk 2 and cracked the glass panel.",
        ),
        (
            "assistant",
            "I can draft that. Would you like to offer to pay for the repair and mention the steps you have taken?",
        ),
        (
            "user",
            "Yes, say we will pay the $650 quotation and he is grounded from the pool for a month. From Goh Chee Wah, #02-16.",
        ),
    ],
    [
        (
            "user",
            "I want to stand for council at the AGM. Help me write a short self-introduction for the nomination form.",
        ),
        (
            "assistant",
            "Sure, tell me your name, unit, profession and what you hope to achieve for the estate.",
        ),
        (
            "user",
            "Deepa Ramachandran, #10-14, living here since 2016. I'm a quantity surveyor with Arcadis, mum of two, and I want to push for the EV chargers and better CCTV at B1.",
        ),
    ],
    [
        (
            "system",
            "You assist the security supervisor of a condominium in drafting incident reports.",
        ),
        (
            "user",
            "Draft an incident report: at 4.15am on 9 June our night guard Mr Loh Kim Chye (Certis, badge 2281) fainted at Guardhouse A. He told me later he has diabetes and skipped dinner.",
        ),
        (
            "assistant",
            "Incident Report – 9 June, 04:15, Guardhouse A: The night-shift security officer collapsed while on duty. He was attended to and later stated he had not eaten. Shall I add the response timeline?",
        ),
        (
            "user",
            "Yes. Ambulance came 4.32am, he was sent to Sengkang General. Replacement guard Mr Sivakumar arrived 5.10am.",
        ),
    ],
    [
        ("user", "My car got clamped at the visitor lot last night, how do I get it released?"),
        (
            "assistant",
            "Please pay the $100 release fee at the guardhouse or via PayNow to the MCST UEN, then show the receipt to the security officer.",
        ),
        (
            "user",
            "I'm visiting my mother Mdm Chia Lay Hong at #04-02 every night because she has dementia, can waive? Car SKQ 2050 Y, my number 9218 4406.",
        ),
    ],
]
