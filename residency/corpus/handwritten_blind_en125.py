# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en125: SG/MY pest control and cleaning contractors (service reports, termite jobs, condo notices, complaints, rosters). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en125
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "service_report"): _lines("""
        SERVICE REPORT JO-241014-0332 | Premises: F&B outlet, ground floor kitchen | Pest: German cockroach (moderate) | Method: Advion gel 2 g per point, 18 points, Demand CS at floor traps | Next visit: 14 days
        Site: condo common area (BBQ pits, pool deck, bin centre) | Findings: 6 active rat burrows along perimeter drain, gnaw marks on bin chute door | Action: 8 tamper-resistant bait stations installed, burrows dusted | Ref SR-77412
        Monthly mosquito control report Oct 2024, MCST 3721: thermal fogging of 42 drains and 3 scupper drains, larviciding with Abate 1SG at 27 potential breeding spots; no Aedes larvae found in gully traps this month.
        Termite inspection summary, landed semi-D (address withheld per company policy): mud tubes along kitchen skirting, moisture meter reading 28% at back wall, Coptotermes gestroi confirmed. Recommended Sentricon baiting, 12 in-ground stations.
        Post-construction soil treatment, Lot 4021 Mukim 13, new factory slab: Termidor SC 0.06% applied at 5 L/m2 before vapour barrier laid; certificate no. PCT-2024-0198 to be issued to the main contractor.
        Bedbug follow-up, hotel rooms 1207 and 1209 (housekeeping request): no live bugs or fresh faecal spots on mattress seams; 3 interceptor cups left under bed legs.
        Job JO-240922-0118 completed 10:42. Treatment area: 2 void decks + 1 bin centre, Blk 210-216 cluster. Chemicals: K-Othrine WG 250 (batch 4418A), Maxforce Quantum. Technician ID T-027. Supervisor verified.
        Food court inspection, level 1: 3 of 14 stall kitchens had grease build-up behind the fryers attracting cockroaches; deep degreasing recommended before the next gel application. Results sent to the centre manager.
        Rodent monitoring log wk 41: stations RB-01 to RB-12 no feeding, RB-13 50% bait taken, RB-14 knocked over by cleaner and replaced. Snap traps in loading bay ceiling caught 2 Rattus norvegicus.
        Office disinfection, 24th floor, 3,200 sq ft: ULV misting with quaternary ammonium compound (1:100), contact time 10 min, area released to tenant facilities team at 11:30.
        Deep clean after tenant move-out, 3-bedroom condo unit: kitchen hood degreased, grout scrubbed, aircon filters washed, 4 cleaners x 6 hrs. Client signature captured on tablet.
        Bee hive removal at school canteen roof (Apis cerana, comb approx 40 cm): colony relocated to our beekeeper partner, no pesticide used. School operations office informed.
        Wasp nest on lamp post beside multi-storey carpark, height 6 m, boom lift required; nest sprayed and removed at 07:15 before morning traffic.
        Snake call-out to a Tuas warehouse: 1 reticulated python approx 2.5 m captured in the pallet area and handed over to ACRES. Call-out fee billed to the warehouse operator.
        Ghost ant trails along counter of convenience store; Maxforce Quantum placed at 10 points, staff advised to wipe sugary spills every night before closing.
    """),
    ("en", "pest_faq"): _lines("""
        Q: How do I tell flying termites from flying ants? A: Termite alates have straight antennae, a thick waist and two pairs of wings of equal length; ants have elbowed antennae and a pinched waist.
        Swarms of alates around your porch light after heavy rain usually mean a mature colony is nearby, not necessarily inside your house.
        Do not spray insect killer on termite mud tubes; the colony will simply shift and it becomes harder to place bait stations correctly.
        Baiting vs liquid barrier: Sentricon or Exterra takes 2-4 months to eliminate a colony but uses very little chemical; a fipronil or bifenthrin soil barrier works faster but needs drilling of the floor.
        For landed houses with timber parquet, check the skirting boards and the door frames nearest the garden every 6 months.
        Why do cockroaches come back after fogging? Fogging kills exposed adults but not the egg cases; gel baits in hinges and cracks reach the nymphs that hatch 4-6 weeks later.
        Aedes mosquitoes can breed in a 20-cent coin's worth of water: turn over pails, empty flower pot plates and loosen hardened soil in potted plants.
        Is the chemical safe for pets? Cover fish tanks, keep cats out of the room during spraying and let surfaces dry for 2 hours before pets return.
        Scratching noises in the false ceiling at night are usually roof rats; seal the gaps where aircon pipes enter the wall with steel wool and sealant.
        Bedbugs are not a sign of a dirty home; they hitch rides on luggage and second-hand furniture. Wash bedding at 60°C and vacuum mattress seams before the treatment visit.
        The five-year warranty covers re-treatment of the original structure only; renovation that breaks the soil barrier (extension, re-tiling of ground floor) voids it unless re-treated.
        In 1968 Prime Minister Lee Kuan Yew launched the Keep Singapore Clean campaign, which later grew into the annual Clean and Green Week.
        Early Singapore's rat problem was so bad that Resident William Farquhar paid a bounty for every dead rat brought to him, a story still told in local history books.
        Like the Pied Piper of Hamelin, ultrasonic repellers promise to send the rats away with sound alone; in practice rodents get used to the noise within days.
    """),
    ("en", "condo_notice"): _lines("""
        NOTICE TO ALL RESIDENTS: Quarterly pest control fogging will be carried out on Thursday 17 Oct 2024 from 9am to 12pm at all drains, planter boxes and bin centres. Please keep windows closed. - Management Office
        Dear Residents, in view of rising dengue cases in the area, NEA officers may inspect homes in Blocks 301 to 315. Kindly allow entry upon sight of their warrant card. Enquiries: NEA hotline 1800-2255 632.
        Termite treatment of the clubhouse timber deck is scheduled from 4 to 6 Nov. The gym and function room will be closed. We apologise for any inconvenience caused. MCST Plan No. 4182.
        Reminder: residents are not allowed to engage their own contractors to fog the common corridor. Please contact the Management Office at 6785 2140 for pest issues in common property.
        Notice of water tank cleaning: water supply to Blocks A and B will be disrupted on Saturday 9 Nov from 10am to 4pm. Please store sufficient water.
        Town Council advisory: cockroach baits will be applied to the refuse chutes of Blks 540-548 this week. Please tie your rubbish bags properly before throwing them down the chute.
        The Management has appointed a new cleaning contractor with effect from 1 December 2024. The cleaning schedule for each block is posted at the lift lobby notice boards.
        Due to a rat sighting at basement 2, additional bait stations have been placed near the bin chute rooms. Please do not touch or move the black boxes.
        AGM agenda item 7: to approve the renewal of the pest control contract with the incumbent vendor at $1,280 per month for 24 months.
        Dear occupants of Level 3 of the dormitory, the operator will arrange a bedbug inspection of all shared rooms on Monday. Please keep luggage closed and off the floor.
        Pool deck will be closed on 22 Nov (Fri) 8am-1pm for high-pressure washing of algae. Thank you for your understanding. - The Management
        Lift B will be padded for movers over the weekend of 30 Nov; the cleaning contractor will mop the lift lobby after each move-in.
    """),
    ("en", "quotation_invoice"): _lines("""
        QUOTATION QT-24-1187 | Pre-construction anti-termite soil treatment, 2-storey terrace, ground floor slab approx 1,450 sq ft | Chemical: Termidor SC | Price: S$1,650.00 before GST | Validity: 30 days
        INVOICE INV-8842 | General pest control, 12 monthly visits | Rate $85/visit | Subtotal $1,020.00 | GST 9% $91.80 | Total $1,111.80 | PayNow to UEN 201412345K or cheque payable to the company
        Package price for HDB 4-room: cockroach + ant treatment, 3 visits in 3 months, $238 nett; add-on bedbug treatment $150 per room.
        Credit note CN-0219 issued against INV-8790 for a cancelled fogging visit; $96.00 will be offset against next month's billing.
        Contract renewal for MCST 2915: 24 months, 2 visits/month for common property, 40 rodent bait stations, monthly mosquito fogging; annual sum $15,360 excl. GST.
        Termite baiting (Sentricon), 16 stations, installation + 12 months monitoring: RM 3,800; renewal from year two RM 1,200 per year.
        Post-renovation cleaning: $0.55 per sq ft, minimum charge $450; includes removal of cement stains, paint spots and dust on window grilles.
        Purchase order PO-30877: 20 tubes Advion Cockroach Gel (30 g), 10 cartons Contrac Blox, 4 units Vectorfog C100+ ULV; deliver to Kallang Way warehouse.
        Payment terms: 50% deposit upon confirmation, balance within 14 days of completion. Late payment interest of 1.5% per month applies.
        Cleaning contract Q4 price adjustment: following the Progressive Wage Model increase for cleaners, the monthly rate is revised from $8,420 to $8,960.
        Receipt no. R-004512, 12/10/2024, cash sale, 2 tubes Maxforce FC Magnum gel, $56.00 incl. GST.
        Tender ref. SMC/PC/2025/03 for pest control services at 18 primary schools; closing date 20 Jan 2025, 4pm; site showround 10am on 8 Jan.
    """),
    ("en", "roster_ops"): _lines("""
        ROSTER Wed 16/10 | Team A (Van 2): Punggol/Sengkang, 6 residential jobs | Team B (Van 5): Jurong West, 4 F&B outlets | Team C: standby for termite callbacks | Ops lead on duty: OPS-02
        Van 3 due for servicing Fri; Team C to take Van 7 (the one with the 200L tank) for drain fogging at the industrial estate.
        Reminder to all technicians: full PPE (N95, nitrile gloves, goggles) when mixing concentrate; key in the batch number of every chemical in the app before leaving site.
        Night shift for F&B outlets starts 11pm; Teams D and E must check in through the app geofence at the first site, WhatsApp photo check-in no longer accepted.
        Chemical stock count end Sept: Termidor SC 14 btl, Premise 200SC 9 btl, Demand CS 22 btl, Abate 1SG 6 bags. Reorder Demand CS when below 10.
        Training: NEA vector control technician refresher, 3 sessions in November; every technician whose registration expires before 2025 must attend one.
        Job allocation rule: termite jobs go to teams with at least one Level 2 technician; bedbug jobs need the steamer, which only Vans 1 and 4 carry.
        Weekend rota Sat 19 Oct: Teams A and D only; Sunday closed except emergency bee and wasp removal.
        Cleaning crew headcount for the Marina office tower: 18 day shift, 6 night shift, 2 supervisors; absentee replacement must be informed to the site manager by 6am.
        KPI Sept: 412 jobs completed, 9 complaints (2.2%), average arrival delay 14 min, 3 repeat visits for cockroach callbacks.
        Fogging machine FM-04 sent for repair (carburettor choked); use FM-06 from store until further notice.
    """),
    ("en", "templates_config"): _lines("""
        Dear Resident of Unit #__-__, our technician will be at your home on ____ (date) between ____ and ____. Please ensure an adult is present. Thank you.
        Customer Name: ______________ | Contact No.: ______________ | Address: ______________ | Pest: [ ] Cockroach [ ] Rodent [ ] Termite [ ] Bedbug | Signature: ________
        SMS template: Hi {customer_name}, your {service_type} appointment is confirmed for {date} {time_slot}. Reply 1 to confirm, 2 to reschedule. - {company_name}
        SELECT team_code, COUNT(*) AS visits FROM service_jobs WHERE job_date >= '2024-10-01' AND pest_type = 'termite' GROUP BY team_code;
        roster_app: { version: 3.4.1, shift_start: '07:30', geofence_radius_m: 150, photo_required: true, chemical_log_fields: [product, batch_no, dilution, qty_ml] }
        Checksum of export jobs_2024-10.csv: sha256 9f2c41d87a0be36f11c58d0e4a72b9c3e6d15f087a4c2b91d30e6f5a7c8b1d24
        Warranty certificate template: This is to certify that the premises at [PROPERTY ADDRESS] were treated against subterranean termites on [DATE]. Warranty period: [5] years.
        Booking form validation: job_no must match ^JO-[0-9]{6}-[0-9]{4}$ and postal_code must be 6 digits; reject the form otherwise.
    """),
    ("ms", "notis_nasihat"): _lines("""
        NOTIS: Kerja-kerja semburan nyamuk (fogging) akan dijalankan di kawasan taman perumahan ini pada hari Rabu, 23 Oktober 2024, jam 6.30 petang. Sila tutup tingkap dan alihkan makanan.
        Anai-anai biasanya masuk melalui retakan pada lantai dan rangka pintu. Periksa kayu di bahagian dapur dan bilik air sekurang-kurangnya setahun sekali.
        Sebut harga rawatan anai-anai untuk rumah teres dua tingkat: RM 2,500 untuk sistem umpan, termasuk pemantauan selama 12 bulan.
        Jangan sembur racun serangga pada laluan tanah anai-anai kerana koloni akan berpindah ke tempat lain.
        Pihak pengurusan kondominium akan menjalankan kawalan tikus di tempat letak kereta bawah tanah mulai minggu depan. Sila jangan sentuh kotak umpan.
        Untuk tempahan perkhidmatan, sila hubungi pejabat kami di talian 03-7956 2231 (Isnin hingga Jumaat, 9 pagi hingga 6 petang).
        Pekerja pembersihan dikehendaki memakai sarung tangan dan pelitup muka semasa menggunakan bahan pencuci berasaskan klorin.
        Laporan kerja No. KJ-2410-077: rawatan lipas di dapur restoran, gel umpan dipasang di 15 titik, lawatan susulan dalam 2 minggu.
        Gotong-royong membersihkan longkang akan diadakan pada hari Sabtu ini; penduduk digalakkan membawa penyapu dan sarung tangan sendiri.
        Tikus boleh menyebarkan penyakit leptospirosis. Pastikan tong sampah bertutup dan buang sisa makanan setiap hari.
        Waranti rawatan anai-anai selama 3 tahun tidak meliputi kerosakan akibat renovasi yang memecahkan lantai selepas rawatan.
        Jadual kerja minggu ini: Pasukan 1 di Shah Alam, Pasukan 2 di Subang Jaya, Pasukan 3 bersiap sedia untuk panggilan kecemasan sarang tebuan.
    """),
    ("zh-Hans", "service_notice"): _lines("""
        通知：本公寓将于11月5日（星期二）上午9点至12点进行公共区域喷雾灭蚊，请住户关好窗户。
        白蚁诱饵系统一般需要两到四个月才能消灭整个蚁巢，期间请不要自行喷杀虫剂。
        蟑螂配套：三次服务，组屋四房式238元（已含消费税）；如需加做臭虫处理，每间房另加150元。
        发现大水蚁在灯下聚集，通常说明附近有成熟的白蚁群，建议尽快安排检查。
        服务报告编号 SR-88213：餐厅厨房蟑螂中度，已放置凝胶饵剂20点，两周后复查。
        老鼠喜欢沿着墙边走，粘鼠板要贴着墙放，不要放在房间中央。
        排屋装修打破地板后，原有的白蚁保修会失效，除非重新做土壤处理。
        本公司服务热线：6743 2210，营业时间周一至周六上午9点至下午6点。
        清洁工人每天早上7点到大厦管理处签到，领取清洁用品。
    """),
    ("mixed", "group_chat"): _lines("""
        boss the condo at Tampines got 3 jobs today, Van 2 go first lah, after that jump to Pasir Ris
        bro the Termidor finish already ah, tomorrow need to collect from store before 8am
        customer say cockroach still got leh, but we only did 1st visit, gel need time to work mah, explain to them can
        tolong check the bait station near bin centre, the cat keep knocking it over
        today jam teruk at PIE, all teams will be late 20-30 min, ops pls inform customers
        sudah siap fogging all 4 blocks, chemical balance about 3 litre, tomorrow top up
        Ops: Team B pls send before/after photos for job JO-241015-0044 by 6pm, the MA want for their monthly report
        wah the termite damage quite serious, whole door frame kena eat, need to quote baiting not just spray
        anyone got extra N95? my box finish, nanti I pay back
        FYI the MCST at the Bukit Batok condo only allow contractors in after 9.30am, security very strict one
        ok noted, Deepavali public holiday tomorrow, only emergency wasp job
        老板 the termite report already upload to system, photos also got, 你看一下
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        SERVICE REPORT JO-240913-0218 | Customer: Mdm Lim Hui Min | Addr: Blk 627 Ang Mo Kio Ave 4 #09-1187 S(560627) | Pest: German cockroach, heavy in kitchen cabinets | Treatment: Advion gel 24 pts + flushing | Remarks: husband bedbound, do not spray in master bedroom
        Termite inspection for Mr Desmond de Souza, 14 Jalan Kembangan S(419112), single-storey terrace. Active Coptotermes in master bedroom door frame and built-in wardrobe. Quote QT-24-1203 for Sentricon sent to desmond.desouza74@gmail.com; he will decide after his CPF withdrawal comes through.
        Ticket CS-5521 | Complainant: Hannah Whitfield, The Trilinq #12-05 | Says technician sprayed near her baby's playmat and her 10-month-old son had a rash next morning; demanding full refund of $240. Callback +65 9176 2248 after 7pm.
        ROSTER Mon 14/10 | Team A: MD SHAHIDUL ISLAM (FIN G3194875X) + KYAW ZIN HTET (FIN G7491186U) | Van GBC5103P | Jobs: 3 x Waterway Terraces, 1 x Punggol Field Blk 268
        HR note 16/10: Rajendran a/l Muniandy (JB branch technician) on MC 14-18 Oct, dengue fever with low platelets, warded at Hospital Sultanah Aminah. IC 780102-01-6011. Claim under group hospitalisation.
        Payroll Oct | THANGARAJ MURUGAN | FIN F7975432M | Basic $650 | OT 42h $264.60 | Deduct $120 damaged fogging nozzle | Nett $794.60 | Credit to POSB 188-33921-4
        Card payment: 4556 3648 5976 6396 exp 09/27, cardholder KELVIN ONG WEI JIE, SGD 388.00 for 3-visit rodent package, approval code 04417C.
        Customer Goh Siew Ling, 23 Jalan Dusun S(329385), hp 8345 0917: rat burrows along back drain and droppings on her car bonnet; only free Sat after 2pm because she does night shifts as a staff nurse.
        Move-out clean booking: Oliver Brandt (EP holder, FIN F8955597M), 2-bedder at Parc Esta #07-21, lease ends 30 Nov; landlord is withholding his deposit so he needs an itemised receipt. Email o.brandt.sg@outlook.com
        Internal memo: customer in Bedok North reported technician Muhammad Haziq bin Rosli for smoking in her staircase and using vulgar language. Second written warning issued 21/10; next offence will lead to termination.
        TERMITE WARRANTY CERT TW-2023-01182 | Owner: TEO KAH HWEE (NRIC S7852601G) | Property: 8 Lorong Marzuki S(416718) | Treatment: soil barrier, Termidor SC | Period: 5 yrs from 02/03/2023 | Annual inspection due March
        New hire: Suresh s/o Kannan, NRIC S8561318I, DOB 12/07/1985, Blk 301 Jurong East St 32 #11-456, joining as cleaning supervisor at $2,300/mth from 1 Nov.
        Part-time auntie Chua Poh Geok (hp 9822 6103) can only do 7am-12pm because she fetches her grandson from Rosyth School at 1pm; we pay her $12/hr cash every Friday.
        Overdue: Mr Yeo Jun Hao, 41 Jalan Bunga Rampai, has not paid INV-8831 ($1,450 soil treatment) for 4 months. Called 8711 3392 three times, no answer. Letter of demand if unpaid by 15/12.
        Bedbug job 19/10, Eastpoint Green Blk 5 #14-08, client Ms Priya d/o Ramasamy: she thinks she brought them back from a hostel in Bangkok; steam + Temprid on bed frame, follow-up 2/11.
        Job KL-0923 | Puan Siti Zubaidah binti Omar | No. 12, Jalan SS 2/64, 47300 Petaling Jaya | 012-378 4415 | Rat in ceiling above kitchen | Note: customer 7 months pregnant, glue boards and bait box only, NO spraying
        Reply draft to Google review: Dear Mr Marcus Rozario, we are very sorry our technician arrived 2 hours late at your home in Lorong Chuan without calling ahead; the $60 call-out fee has been refunded to your card.
        Incident report 07/10: cleaner KAVITHA A/P SUBRAMANIAM (IC 920728-07-5346) slipped on a wet floor at the lobby of a client building, fractured left wrist, sent to Hospital Pulau Pinang A&E. PERKESO accident form to be submitted within 48 hours.
        From nurulain.h@yahoo.com.my: Hi, I booked deep cleaning for this Sat (ref DC-7715) but my father just passed away, can we postpone to next month? Thanks, Nurul Ain binti Hamzah
        S/N 4 | ONG LI TING | S9060913J | 9035 4478 | Blk 812 Tampines Ave 4 #06-19 | 2nd visit cockroach | paid PayNow
        Kuching branch: if a customer needs an urgent termite callback, text Jimmy anak Ujang direct on Telegram @jimmyujang_kch or 013-880 2214, he stays in Batu Kawa so can reach fast.
        Security visitor log, The Tembusu: 09:12 IN TAN BOON KEAT (cleaning supervisor), car SMB3390P, to #05-02 for move-in clean; 11:40 OUT.
        Do not rehire: Wong Kah Wai, ex-cleaner at our Bangsar site, caught taking cash from a client's drawer in 2023; police report lodged at Brickfields station.
        The lady at Blk 118 Hougang Ave 1 #04-233 called again, says the cockroaches came back and she will complain to CASE if we don't send someone tomorrow. Her number 8266 1905.
        Pre-treatment checklist: occupant Mdm Chong Siew Yin (unit A-12-05, Vista Komanwel, Bukit Jalil) has COPD and is on home oxygen; gel baits only, no ULV, her son must be present.
        Refund RM180 to Encik Mohd Faizal bin Abdul Rahman, Maybank 5140 8823 1197, for fogging cancelled due to rain at his house in Taman Molek, JB.
        Email, subject "Termites again after your treatment": Dear Sir, I am Rahimah bte Salleh, owner of 27 Jalan Chempaka Kuning. Your company treated my house in 2022 under warranty TW-2022-00641 but termites have eaten the kitchen cabinet again. I expect free re-treatment and compensation. NRIC S8846281E for verification, H/P 9611 2087.
        Student part-timer NICHOLAS PEREIRA, T0194821G, NUS year 3, available Sat/Sun only for post-reno cleaning, salary to OCBC 601-234567-001.
        Payment declined: card 5402 2193 7788 4530 in the name of GWENDOLYN TAY, post-reno clean at 15 Jalan Kechubong; please ask her for another card before the crew goes down.
        Tech feedback form: Ng Wei Lun (T-052) rated 1/5 by customer at 9 Jalan Tari Piring, who says he did not wear a mask and took a phone call inside her daughter's room.
    """),
    "ms": _lines("""
        Borang pendaftaran pekerja | Nama: LEE MEI FONG | No. K/P: 881119-14-5582 | Jawatan: Penyelia pembersihan | Tel: 016-441 7702 | Alamat: No. 7, Jalan Cheras Hartamas 3, 43200 Cheras
        Aduan pelanggan: Encik Azlan bin Ismail dari No. 33, Jalan Mawar 4, Taman Sri Gombak, mengadu juruteknik kami tidak datang pada 12 Okt walaupun dia sudah bayar deposit RM150. Tel 019-662 0837.
        Slip gaji Sept: JIMMY ANAK UJANG, No. IC 950605-13-5227, gaji pokok RM1,700, elaun lebih masa RM320, potongan KWSP RM187, bank Maybank 1630 2214 8890.
        Puan Norhayati binti Kassim minta rawatan anai-anai di rumahnya, Lot 1125 Kampung Batu 5, Jalan Kuala Selangor; suaminya baru kena strok jadi mohon juruteknik tidak buat bising. No tel 011-2398 1146.
        Sijil waranti anai-anai No. WA-2024-0331 dikeluarkan kepada SITI ZUBAIDAH BINTI OMAR, K/P 830412-04-5016, bagi rumah di No. 12, Jalan SS 2/64, Petaling Jaya.
        Mesej WhatsApp: Salam, saya Mohd Hafiz bin Zulkifli, rumah saya di Blok C-3-7 Pangsapuri Seri Mutiara, Bangi. Ada tikus dalam siling, boleh datang esok? No saya 017-285 9930.
        Rekod tatatertib: juruteknik Ravi a/l Chandran mengambil cuti tanpa kebenaran 3 hari berturut-turut (7-9 Okt); amaran bertulis pertama telah diberikan.
        Bayaran balik RM 420 kepada Cik Nur Syafiqah binti Roslan, akaun CIMB 7012 4456 8831 02, kerana rawatan lipas tidak berkesan di rumahnya di Taman Universiti, Skudai.
    """),
    "zh-Hans": _lines("""
        客户：陈美玲小姐，手机 012-591 3306，地址：No. 18, Jalan Kenari 5, Bandar Puchong Jaya。厨房白蚁严重，周六上午检查，她说先生出国，请安排女技术员上门。
        投诉：住在淡滨尼 Blk 215 Tampines St 23 #08-340 的黄丽娟女士说上周除蟑螂后家里还是很多，她有哮喘不能闻药味，要求退款，电话 9427 3018。
        员工资料：张伟强，身份证 S8609221B，清洁组长，月薪2,600元，住在裕廊西 Blk 654 Jurong West St 61 #05-12。
        技术员郑志明上周三在客户家里打破了花瓶，客户已经投诉，从他下个月薪水扣200元。
        王建华先生的排屋在 Jalan Ipoh 那边，白蚁保修证 TW-2021-00388，他的微信号 wangjh_kl88，说有事微信联系他。
        付款记录：刘秀英刷卡 4578 0120 9768 6587，金额 RM 560，全屋深度清洁，收据 R-7781。
    """),
    "mixed": _lines("""
        boss, the auntie at Blk 54 Sims Place #12-77 (Mdm Rosnah) complain again lah, say our guy never close the gate and her cat run away. Her hp 9480 2256, pls call her before she post on FB
        eh Ah Keong (Lim Kok Keong) today MC again, 3rd time this month, his wife call say he got gastric. Who can cover Team B?
        customer Mr Arvind Nair at 16 Jalan Lim Tai See want termite inspection tmr 10am, his hp 8713 9064, tolong confirm with him
        new worker Rakib Hasan FIN M9711471K arrive tmr, pls bring him to Sungei Tengah dorm and settle his SIM card, his passport EF0736214 still with the agent
        Kak Ros, Puan Salmah binti Yusof tu nak cancel booking Sabtu, anak dia masuk Hospital Sultanah Bahiyah. Refund deposit RM100 ke akaun Bank Islam dia 02093010045672 ok?
        老板, Mdm Ho Siew Lan at Bishan Blk 135 #07-214 say the cockroach gel stain her cabinet, want us pay for new one, hp 9152 6688, 她很生气
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant of a pest control company in Singapore. Collect the details needed to schedule a site visit.",
        ),
        (
            "user",
            "hi i want to book termite inspection, got flying ants near my kitchen lights every night after rain",
        ),
        (
            "assistant",
            "Sorry to hear that. Flying termites after rain usually mean a colony nearby. May I have your name, contact number and the property address?",
        ),
        (
            "user",
            "Kenneth Loh Wei Ming, 9738 4402, 11 Jalan Tari Dulang S(456712). landed house, can come Sat morning?",
        ),
        (
            "assistant",
            "Noted, Mr Loh. I have pencilled you in for Saturday 9-11am at 11 Jalan Tari Dulang. Our inspector will call 9738 4402 before arriving.",
        ),
    ],
    [
        (
            "user",
            "Draft a first warning letter for our technician Ganesh s/o Rajoo, staff ID T-044. He used the company van for private Grab rides on three weekends in September, we have the GPS log.",
        ),
        (
            "assistant",
            "Here is a draft: 'Dear Mr Ganesh s/o Rajoo, it has come to the company's attention that company vehicle assigned to you was used for private hire trips on 7, 14 and 21 September 2024, in breach of the Vehicle Use Policy...' Shall I add the consequences of a repeat offence?",
        ),
        ("user", "yes, and mention the fuel cost $186 will be deducted from his October salary"),
    ],
    [
        (
            "user",
            "Can you help me write a complaint to my condo management? My neighbour at #11-04 is a hoarder, boxes up to the ceiling, and now rats are coming into my unit through the shared aircon ledge.",
        ),
        (
            "assistant",
            "Certainly. To make it specific, which condominium is this, and what name and unit should the letter be signed with?",
        ),
        (
            "user",
            "The Sail @ Marina Bay, tower 2. I'm Farah Ismail, unit #11-05. The neighbour is an old man living alone, I think his name is Mr Sng.",
        ),
        (
            "assistant",
            "Draft: 'Dear Condo Manager, I am Farah Ismail of #11-05, Tower 2. I wish to report a hygiene hazard from #11-04, where stored items have led to rodent activity spreading to my unit...'",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu khidmat pelanggan syarikat kawalan makhluk perosak di Johor Bahru.",
        ),
        (
            "user",
            "Saya nak tuntut waranti anai-anai, rawatan buat tahun lepas tapi anai-anai datang balik kat pintu dapur.",
        ),
        (
            "assistant",
            "Baik, boleh berikan nama penuh, nombor kad pengenalan dan alamat rumah seperti dalam sijil waranti?",
        ),
        (
            "user",
            "Nama saya Zulkarnain bin Ahmad, IC 790815-01-5573, rumah No. 21, Jalan Kenanga 12, Taman Johor Jaya, 81100 Johor Bahru.",
        ),
    ],
    [
        ("user", "你好，我想预约全屋深度清洁，三房式组屋，下个星期六可以吗？"),
        ("assistant", "可以的，请提供您的姓名、联系电话和地址，我们帮您安排。"),
        (
            "user",
            "我叫黄俊杰，电话 8823 6140，地址是 Blk 408 Bedok North Ave 2 #10-377。家里有小孩刚出院，请用不刺激的清洁剂。",
        ),
    ],
    [
        (
            "user",
            "Turn this into a table with columns Name / FIN / Site: Md Shahidul Islam G3194875X Changi Business Park; Kyaw Zin Htet G7491186U Changi Business Park; Selvam Arumugam G8395596T Raffles Place night shift",
        ),
        (
            "assistant",
            "Name | FIN | Site / Md Shahidul Islam | G3194875X | Changi Business Park / Kyaw Zin Htet | G7491186U | Changi Business Park / Selvam Arumugam | G8395596T | Raffles Place (night shift)",
        ),
    ],
    [
        ("user", "how much usually for bedbug treatment for 2 rooms in a condo?"),
        (
            "assistant",
            "Typical market rates in Singapore are around $150-$250 per room for a steam plus residual spray treatment, usually with one follow-up visit included.",
        ),
        (
            "user",
            "ok book the $300 package for me. name on card SHARON LIM PEI SHAN, card 5521 1589 5316 2778 exp 04/26, address 13 Ardmore Park #18-02",
        ),
    ],
    [
        (
            "user",
            "Help me calculate final pay for a cleaner who resigned. Name: Maria Theresa Santos, FIN G0138231X, last day 31 Oct, basic $1,750, 6 days unused leave, notice not served 1 week.",
        ),
        (
            "assistant",
            "Daily rate = $1,750 x 12 / (52 x 5) = $80.77. Leave encashment 6 x $80.77 = $484.62. Less one week in lieu of notice ($403.85). Final payment: $1,750.00 + $484.62 - $403.85 = $1,830.77. Would you like this as a payslip?",
        ),
        (
            "user",
            "yes, and pay into her DBS account 027-915834-6, she is flying back to Manila on 3 Nov",
        ),
    ],
    [
        (
            "user",
            "I'm Daniel Fernandez, I work as a pest control tech in Penang for about 8 years. My doctor says my asthma is getting worse and my liver enzymes are high. Could it be the pyrethroids I spray daily?",
        ),
        (
            "assistant",
            "Long-term pyrethroid exposure is generally low in toxicity, but solvent carriers and poor PPE can worsen respiratory conditions. Please share your exposure history with your doctor and ask about an occupational health assessment.",
        ),
        (
            "user",
            "Thanks. Can you write a short letter to my boss asking to move me to inspection work only? My staff no is PN-117.",
        ),
    ],
    [
        (
            "user",
            "hi, I'm moving out of Blk 22 Telok Blangah Crescent #05-110 end of the month and need end-of-tenancy cleaning",
        ),
        (
            "assistant",
            "Sure. End-of-tenancy cleaning for a 3-room HDB flat is usually 4-5 hours with 2 cleaners. Who should we contact for access on the day?",
        ),
        (
            "user",
            "my landlord will let you in, his name is Mr Pang Kok Wah, hp 9261 7735. he is quite fussy, he already threatened to keep my deposit.",
        ),
    ],
    [
        ("user", "what's a polite way to reply to a customer who threatens to post a bad review?"),
        (
            "assistant",
            "Acknowledge the concern, avoid arguing in public, offer a concrete remedy and move the conversation to a private channel.",
        ),
        (
            "user",
            "ok here is the email, please reply: 'From: jaslyn.koh.89@gmail.com - Your cleaner broke my Dyson fan at 26 Namly Drive yesterday, I want $599 back or I will post on Facebook. Jaslyn Koh'",
        ),
    ],
]
