# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en319: SG/MY military and police veterans' associations and NS reservists' welfare groups (membership rolls, welfare grants, funerals of members, medals and service records, reunions, members' chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en319
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "association_notices"): _lines("""
        NOTICE: The SAF Veterans' League general meeting will be held on Sat 14 Feb 2026, 10.00am at SAFRA Toa Payoh, 293 Lorong 6 Toa Payoh, Singapore 319387. Members please bring your membership card.
        Wreath-laying at the Cenotaph, Esplanade Park, on Remembrance Sunday 9 Nov 2025 at 0830 hrs. Dress code: No. 3 uniform or dark lounge suit with miniature medals on the left breast.
        The welfare office will be closed on 17 Feb (Chinese New Year). Urgent bereavement cases: WhatsApp +65 8123 4470 (association duty line, manned 24 hrs by the welfare committee).
        Police Retirees' Association (Selangor chapter) thanks Maybank for sponsoring 120 hampers for members aged 70 and above. Collection at Dewan Serbaguna IPK Selangor, Shah Alam.
        Members who served in 1st Battalion Singapore Infantry Regiment (1 SIR) between 1967 and 1975 are invited to the reunion lunch. Register via sir1reunion@safvl-events.org.sg by 31 March.
        Lost and found: one green beret with 3 Guards badge left at the Officers' Mess after the Regimental Dinner on 22 Nov. Claim from the mess office quoting ref LF-2025-118.
        Medal mounting counter has moved to Level 1, SAFRA Punggol, 9 Sentul Crescent, Singapore 828654. Court mounting $8 per medal, swing mounting $6 per medal, ready in 5 working days.
        Annual subscription for ordinary members is RM30, life membership RM300. Pay to Persatuan Veteran ATM Cawangan Johor Bahru, Maybank account 5512 0300 8874 (association account only).
        Transport to the Kranji War Memorial service: coaches depart Bishan MRT Exit A at 0630 hrs sharp. No private cars allowed inside the cemetery grounds on the day of the service.
        Condolence notices for deceased members are printed in the monthly newsletter only with written consent from the family. Email the editorial desk at newsletter@veteransleague.sg.
        Hari Pahlawan, 31 July: Tugu Negara at Jalan Parlimen, Kuala Lumpur will be closed to the public from 6am to 11am for the official ceremony attended by the Yang di-Pertuan Agong.
        NSmen welfare fair at SAFRA Tampines, 1A Tampines Street 92, 10am-4pm this Saturday. Booths by the NS Affairs Department, CPF Board, Income Insurance and the Central Manpower Base.
        AGM resolution 3/2026 passed: death benefit raised from S$1,200 to S$1,500 for deaths on or after 1 April 2026. 212 votes for, 9 against, 4 abstentions. Quorum confirmed at 10.42am.
    """),
    ("en", "welfare_grant_faq"): _lines("""
        Q: Who can apply for the Bereavement Assistance Grant? A: The next-of-kin of any ordinary or life member whose subscription was current at the date of death. It is a one-off S$1,500.
        Q: What documents are needed? A: A certified copy of the death certificate, the member's association card and a bank statement header showing the claimant's account name.
        Q: How long does approval take? A: Claims received by the 15th are tabled at that month's welfare committee meeting; payment is made by GIRO within 10 working days after approval.
        Q: Can reservists in MR status apply for the hardship grant? A: Yes, MR personnel are eligible up to age 50 for officers and 40 for other ranks, subject to a per-capita income test of S$1,200.
        Q: Is the medical subsidy taxable? A: Welfare disbursements are generally treated as gifts, but please check the IRAS guidance on non-taxable receipts or ask your own tax adviser if unsure.
        Q: My father's medals are lost. Can the association replace them? A: We cannot issue medals. Write to the SAF medals office via the MINDEF feedback portal quoting service number and unit.
        Q: Do you send wreaths to Muslim funerals? A: For Muslim members we give a sumbangan khairat of RM200 to the family instead of a wreath, in line with custom. Hindu and Sikh families may choose either.
        Q: Are Gurkha Contingent retirees covered? A: Retirees of the Singapore Police Force Gurkha Contingent residing in Nepal may claim through the welfare trust office in Pokhara; forms are in English and Nepali.
        Q: What is the deadline for the 2026 education bursary? A: 30 April 2026, 5pm. Amounts: Primary S$300, Secondary S$500, ITE/Poly S$800, University S$1,200. Late forms will not be considered.
        Q: Whom do I contact? A: Welfare Section, Tel 6478 2120 (office hours) or welfare@safvl-assoc.org.sg. Do not send NRIC copies by WhatsApp; use the secure upload link in the form instead.
        Q: Will the bursary be reported to other agencies? A: No. The association does not report bursary payouts to MSF or any Social Service Office; you may declare it yourself if asked.
        Q: How do I check my claim? A: Use the reference on your acknowledgement slip (format WG-2026-00xxx) at portal.veteransleague.sg/claims. Status is updated every Tuesday after 6pm.
        Q: Can I nominate a beneficiary other than my spouse? A: Yes, any adult may be nominated on Form B-3. Nominations lapse on divorce or remarriage and must then be submitted again.
    """),
    ("en", "medal_and_service_history"): _lines("""
        Lieutenant Adnan Saidi of the 1st Battalion, Malay Regiment, was killed defending Pasir Panjang ridge at Bukit Chandu in February 1942; Reflections at Bukit Chandu tells his story.
        Lim Bo Seng, who led Force 136 operations in Malaya, died in Japanese custody at Batu Gajah prison in 1944; his memorial at Esplanade Park was unveiled in 1954.
        Sergeant Kanang anak Langkau of the Malaysian Rangers was decorated with both the Panglima Gagah Berani and the Seri Pahlawan Gagah Perkasa for gallantry against communist insurgents.
        The Pingat Jasa Malaysia was offered from 2005 to Commonwealth veterans who served in Malaya or Malaysia between 31 August 1957 and 12 August 1966, covering the Emergency and Konfrontasi.
        The Malayan Emergency (1948-1960) saw British, Gurkha, Fijian, Australian and Malay units in action; General Sir Gerald Templer became High Commissioner in 1952.
        The MacDonald House bombing on Orchard Road on 10 March 1965 killed three people; the two Indonesian marines responsible, Usman Janatin and Harun Said, were hanged in 1968.
        The Singapore Volunteer Corps, formed in 1854, is often described as the forerunner of today's reservists; its volunteers fought in the defence of Singapore in 1942.
        National Service began in Singapore in 1967 after the National Service (Amendment) Act; the first batch of enlistees reported for full-time service in August that year.
        Dr Goh Keng Swee, as Minister for the Interior and Defence from 1965, oversaw the build-up of the SAF with the help of Israeli advisers nicknamed the Mexicans.
        Tun Abdul Razak, Malaysia's second Prime Minister, also held the defence portfolio and is remembered for expanding the armed forces after Merdeka.
        The Gurkha Contingent of the Singapore Police Force was formed in April 1949 from ex-British Army Gurkhas and is based at Mount Vernon Camp.
        The Royal Malaysia Police marks Hari Polis on 25 March each year, tracing the force back to the police established in Penang in 1807.
        Order of wear reminder: national orders and gallantry awards are worn before SAF long service medals; foreign awards such as the Pingat Jasa Malaysia are worn last, on the right of the bar.
    """),
    ("en", "reunion_catering_invoices"): _lines("""
        INVOICE INV-2025-0412 | Ah Yat Seafood Restaurant Pte Ltd | 10-course dinner x 18 tables @ S$888 | Subtotal S$15,984.00 | Svc 10% S$1,598.40 | GST 9% S$1,582.42 | Total S$19,164.82
        Uncle Robert's Satay Catering, 51 Old Airport Road #01-112, price list for association events: chicken satay 60 sticks $48, mutton satay 60 sticks $66, ketupat $0.60 each, delivery $25.
        Quotation Q-7731 from Kak Yah Nasi Padang Catering Sdn Bhd (201901023456): buffet for 150 pax at RM28/pax, incl. rendang daging, ayam masak merah, sayur lodeh and teh tarik. Deposit 30%.
        Tan and Sons Regalia (SSM 002345678-W), 25 Jalan Tun H.S. Lee, KL: court-mounted 5-medal bar RM95, miniature medals RM22 each, ribbon replacement RM8 per ribbon. Walk-in Mon-Sat.
        Item | Qty | Unit | Amount -- Wreath, standard, With Deepest Sympathy ribbon | 1 | 120.00 | 120.00 -- Delivery to Mandai Crematorium Hall 2 | 1 | 35.00 | 35.00 -- Total 155.00
        Booking confirmation BK-55012, Madam Kwan's Suria KLCC: private room for 24 pax, set menu nasi lemak and nasi bojari at RM45/pax, Sunday 12 Oct 2025, 7.30pm. Cancel 48h before.
        Polo tee order, SKU VLG-POLO-NVY-XL, 80 pcs at S$14.90, embroidery SAFVL 1 SIR 1968-2026 on front left, lead time 3 weeks, supplier Kim Soon Lee Garment Trading.
        Tracking SPX SG25110788431: 2 cartons of engraved beer mugs for the reunion, shipped from Shenzhen, ETA 18 Nov, declared value USD 640, duties paid by consignee.
        Hall rental: SAFRA Mount Faber ballroom, Saturday 6.00-11.00pm, S$3,200 nett incl. AV set, 2 wireless mics and LED backdrop; overtime S$400 per hour; 50% deposit non-refundable.
        Tax invoice TI/2026/0045, Yut Kee, Jalan Kamunting, Kuala Lumpur: 4 tables roti babi and Hainanese chicken chop set at RM380 per table, total RM1,520 before SST.
        Bus charter: 2 x 45-seater coaches, Woodlands Checkpoint to Muzium Tentera Darat, Port Dickson, return trip, RM1,750 per coach, driver allowance included, tolls and parking extra.
        Guardhouse Coffee Co. invoice GCC-8871: AGM refreshments, cold brew 3L x 4, pastries 60 pcs, total S$486.00. PayNow to UEN 201012345D, payment terms 14 days.
        Price list 2026: engraved brass memorial plaque 20 x 15 cm S$180; ceramic photo oval S$95; urn nameplate S$45; rush surcharge 30%. Showroom at 8 Lorong Bakar Batu #03-11.
    """),
    ("en", "membership_system_config_and_logs"): _lines("""
        members.csv header: member_id,rank,full_name,nric_masked,unit,enlist_date,ord_date,status,contact_mobile,email,next_of_kin,nok_mobile
        2026-01-14T09:12:44+08:00 INFO grant-svc: batch WG-2026-01 approved=37 rejected=4 pending=11 total_payout=SGD 55500.00 duration_ms=812
        ERROR 2026-02-02 23:01:07 sms-gateway: send failed for 10 recipients, provider_code=30007 (carrier filtering); retry scheduled in 900s, job_id=7f3a9c21
        config.yaml: reminder: {cron: '0 8 * * MON', template: agm_notice_v3, sender_id: SAFVL, dry_run: true, max_per_minute: 120}
        def mask_nric(nric: str) -> str: return nric[0] + '****' + nric[-4:]  # example: 'S1234567D' becomes 'S****567D'
        SELECT unit, COUNT(*) AS members FROM roll WHERE status = 'ACTIVE' AND ord_date < '1990-01-01' GROUP BY unit ORDER BY members DESC LIMIT 20;
        pip install veteran-roll==2.4.1 && vroll migrate --db postgres://app@db.internal:5432/roll --to 2026_01_12_add_medal_table
        sha256(medal_register_2025.xlsx) = 9c1e4b7f2a0d83e5c6b1f47a9d02e6c3b58f1a7e0c4d92b6a31f8e5d7c0b2a49, uploaded by svc-backup at 02:00 SGT
        WARN funeral-fund: claim FC-2025-0193 missing document death_certificate (status=PENDING_DOCS, age_days=16, escalate_after=21)
        env: SMTP_HOST=smtp.veteransleague.sg SMTP_PORT=587 SMTP_FROM=noreply@veteransleague.sg PAYNOW_UEN=S73SS0012A LOG_LEVEL=info
        medal_codes = {'SGS': 'SAF Good Service Medal', 'LSGC10': 'SAF Long Service and Good Conduct (10 Years)', 'OSM': 'SAF Overseas Service Medal'}
        GET /api/v2/reunions/2026-1SIR/attendees?page=3&per_page=50 200 OK 143ms src=lb-02 cache=MISS build=2026.01.3-rc2
        validators: mykad = '^[0-9]{6}-[0-9]{2}-[0-9]{4}$'; phone_my = '^01[0-9]-[0-9]{7,8}$'; postcode_sg = '^[0-9]{6}$'
    """),
    ("mixed", "committee_work_chat"): _lines("""
        Eh the hall at SAFRA Yishun confirm already ah, 18 tables. Caterer say need final headcount by Wed latest, otherwise they charge based on 20 tables.
        Treasurer here: khairat fund RM2,400 for this month banked in already, association account balance now RM31,870.45. Receipts uploaded to Drive folder Kewangan 2026.
        Wreath for tomorrow's wake, the florist at Sin Ming Ave say can deliver by 10am, $120 same as usual. Ribbon wording: SAF Veterans League - Deepest Condolences. Ok or not?
        Reunion poster draft v3 uploaded. Pls check date 14 Mar 2026 and venue. If we want to hold it inside the camp we need MINDEF approval leh, cannot anyhow.
        Admin side: the Google Form for bursary closed at 2359 yesterday, total 143 submissions. Will export to Excel and strip the NRIC column before sending to committee, ok?
        Esok pukul 9 pagi kita load hamper kat dewan, 120 hamper semua. Need 4 volunteers with van. Lorry from the supplier reach around 8.30.
        Reminder: minutes of the Jan EXCO meeting must go to ROS together with the annual return by end Feb. Sec pls sign off the final copy, I print 3 sets.
        The bus company quoted $650 per coach for Kranji, last year only $580. Should we get another quote? Maybe try the one at Ubi that did Family Day for 2 SIR.
        FYI NS Affairs replied: the commemorative badge stock finish already, no more reissue. Can direct members to the collection points list on the website.
        Printer at the office jam again lah, vendor ticket number FX-SG-778120, technician coming Thursday between 2 to 5pm. Print the AGM agenda at the SAFRA business centre first.
        Nanti lepas majlis tahlil, tolong collect balance kuih and air kotak, bawa balik stor. Don't leave at the surau, last time the ants came.
        Medal mounting batch dah siap, 46 sets, collect at SAFRA Punggol counter before 8pm. Bring the acknowledgement list, every pickup must sign.
        CNY lo hei at Peach Garden Thomson Plaza on 7 Feb confirm, $98++ per pax, 6 tables. All EXCO pls wear red polo, group photo at 7.15pm sharp.
    """),
    ("ms", "notis_persatuan_veteran"): _lines("""
        MAKLUMAN: Mesyuarat Agung Tahunan Persatuan Veteran Angkatan Tentera Malaysia Cawangan Seremban akan diadakan pada 22 Mac 2026, jam 9.00 pagi di Dewan Kem Sikamat.
        Ahli yang ingin memohon Bantuan Wang Ihsan diminta hadir ke pejabat Jabatan Hal Ehwal Veteran ATM negeri masing-masing dengan membawa kad veteran dan penyata bank.
        Sumbangan khairat kematian RM1,000 akan disalurkan kepada waris dalam tempoh 14 hari bekerja selepas borang lengkap diterima oleh Setiausaha Cawangan.
        Majlis Sambutan Hari Pahlawan peringkat negeri Perak akan diadakan di Taiping pada 31 Julai 2026. Ahli dijemput hadir memakai baju batik dan pingat penuh.
        Talian bantuan veteran: 03-4022 1111 (Isnin hingga Jumaat, 8.00 pagi hingga 5.00 petang). Aduan juga boleh dihantar melalui e-mel aduan@veteranatm.org.my.
        Yuran keahlian tahunan RM24 boleh dibayar melalui DuitNow QR persatuan atau ke akaun CIMB 8602 4417 31 atas nama Persatuan Bekas Polis Malaysia Cawangan Kedah.
        Program Ziarah Kasih ke rumah ahli yang uzur dijalankan setiap Sabtu minggu kedua. Sukarelawan sila mendaftar dengan urus setia sebelum hari Khamis.
        Tuntutan Pingat Jasa Malaysia bagi bekas anggota yang berkhidmat antara 1957 hingga 1966 hendaklah dibuat melalui Bahagian Istiadat, Jabatan Perdana Menteri.
        Kedai Pingat dan Lencana Pak Long, Lot 12, Jalan Pasar Besar, Kuala Terengganu memberi diskaun 15% kepada ahli persatuan yang menunjukkan kad keahlian sah.
        Perarakan Hari Polis ke-219 akan berlangsung di PULAPOL, Jalan Semarak, Kuala Lumpur pada 25 Mac; jalan-jalan sekitar ditutup dari jam 6 pagi.
        Bas persatuan bertolak dari Stesen LRT Masjid Jamek jam 6.30 pagi menuju ke Muzium Tentera Darat, Port Dickson. Bayaran RM15 seorang termasuk sarapan.
        Borang permohonan Biasiswa Anak Veteran 2026 boleh dimuat turun di laman web rasmi persatuan; tarikh tutup ialah 30 April 2026, jam 5.00 petang.
        Untuk pertanyaan mengenai pencen terbitan, sila hubungi Bahagian Pasca Perkhidmatan, JPA. Pejabat persatuan tidak mengendalikan urusan pencen individu.
    """),
    ("zh-Hans", "联谊会通告"): _lines("""
        【通告】新加坡华族退伍军人联谊会定于2026年3月8日（星期日）上午10时在宏茂桥民众俱乐部举行第十二届会员大会，请各位会员准时出席。
        本会福利组提醒：丧葬慰问金申请须于会员逝世后90天内提交，逾期不予受理。查询请致电本会办事处6258 7730（办公时间），或电邮至welfare@cvla.org.sg。
        马来西亚华裔退伍军警协会柔佛分会将于农历正月十五举办元宵联欢晚宴，每席马币680令吉，报名截止日期为2月20日，地点为新山金冠城酒楼二楼宴会厅。
        为纪念二战期间殉难的星华义勇军，本会将于2月15日在克兰芝阵亡将士公墓举行献花仪式，欢迎会员及家属参加，当天早上7时半集合。
        林谋盛生前领导136部队在马来亚从事抗日活动，1944年于霹雳州华都牙也监狱殉难，其纪念碑位于滨海公园伊丽莎白道，于1954年揭幕。
        本会会员证补办费用为新币10元，需携带旧证或警方报案回执，办理地点：本会秘书处，星期一至星期五上午9时至下午5时，公共假期休息。
        退伍军人子女教育助学金共设60个名额：小学300新元、中学500新元、大专1200新元，申请表格可于本会网站下载，截止日期为2026年4月30日。
        国民服役人员完成年度训练后，可凭SAFRA会员证在指定商家享有九折优惠，详情请查阅SAFRA官方应用程序或致电SAFRA客服热线。
        会员交流群规则：禁止发布广告及政治言论；请勿在群内张贴他人身份证、电话号码等个人资料，违者将被移出群组，情节严重者将提交理事会处理。
        吴庆瑞博士于1965年出任新加坡内政及国防部长，主持建立新加坡武装部队，并于1967年推行国民服役制度，被誉为新加坡武装部队之父。
        订购纪念品：联谊会50周年纪念徽章，编号VLA-50-G，单价新币12.50元，每人限购两枚，订单号以VL2026开头。
        马来西亚退休军警人员的养老金事宜由公共服务局（JPA）负责处理，本会不处理个人养老金查询，敬请谅解，如有疑问请直接联系JPA。
        重阳节敬老活动将在SAFRA碧山举行，75岁以上会员可获赠红包及保健品礼篮一份，数量有限，先到先得，请携带会员证登记领取。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Condolences to the family of SGT (Ret) Rajendran s/o Muthusamy, 1 SIR 1969-1972, who passed away on 3 Dec. Wake at Blk 412 Bedok North Ave 2 #08-221, cortege leaves Sat 11am.
        Welfare case W-2026-014: ex-CFC Lim Kok Wah, 67, diagnosed with stage 3 colon cancer, requesting S$800 for chemo transport. Lives alone, son working overseas.
        00872,SSG (NS),Muhammad Hafiz bin Rosli,S8847120B,3 GDS,1998-03-02,2000-02-28,ACTIVE,9126 4408,hafiz.rosli88@gmail.com
        Can someone check on Uncle Ah Seng from our old platoon? Heard he got evicted from his rental flat in Bukit Merah because of arrears, now sleeping at the void deck.
        Please update NOK for member 1043: wife Mdm Chua Siew Lan, HP 9743 2186, relationship spouse. Previous NOK (ex-wife) removed after the divorce was finalised in Oct.
        Bursary application: Nur Aisyah binte Kamal, daughter of CPL (Ret) Kamal bin Yusof, household income S$2,150 for 5 persons, Year 2 at Temasek Poly.
        Hi, I am 2SG Bryan Teo Jun Hao, NRIC T0315478A. My ICT got deferred but my employer still docked my pay. Can the welfare group help me write to MINDEF?
        Pls call this number after 7pm, it's his personal HP not the office one: 9817 3350.
        ex-PC Harjit Singh s/o Balwant Singh (retired SPF 1998) still owes the welfare fund S$3,400 from the 2019 emergency loan, 14 months unpaid.
        Medal reissue: MAJ (Ret) Ong Pei Shan, service no. 8823417, lost her long service medal in the fire at 27 Jalan Kembangan on 2 Aug; police report E/20250802/1183.
        PayNow the hardship grant to mobile 8562 0917 (registered under TAN BOON HOCK), he confirmed by phone this morning, amount S$600.
        Reunion RSVP: Kenneth Lau + wife Grace, table 7, wheelchair yes (Kenneth had a stroke in March, left side weak), contact kenlau.1sir@yahoo.com.sg
        Funeral of our brother SSGT (Ret) Abdul Rahman bin Ismail will be at Pusara Aman this afternoon after Zohor prayers at Masjid Al-Istiqamah. Al-Fatihah.
        Refund details: DBS savings 120-348291-6, account name Sivakumar a/l Raman, ref reunion deposit overpaid S$150.
        Note to EXCO: Mr Eugene Koh (Life Member L-0331) was arrested last week for drink-driving; suspend him from the golf committee pending the outcome, don't discuss in main chat.
        Photo from 1975 Pulau Tekong BMT: front row left is our late CPL Tay Ah Kow, beside him Francis D'Cruz who now stays in Perth. Francis wants copies, email fdcruz1955@bigpond.com.
        AGM parking list: SJK 4421 P, Toyota Wish, driver Mr Poh Choon Kiat (member 0587), needs a disabled lot near the lift.
        Associate member Ms Nguyen Thi Hoa, FIN G5528194M, needs a letter of support for her LTVP renewal; her husband is Life Member L-0712.
        Sorry guys, can't make the reunion. My wife Jenny just got diagnosed with breast cancer and I'm with her at NCCS every week. - Desmond (3 SIR 86)
        Loan assessment: SGT (NS) Farid Iskandar, take-home S$2,860 per month, existing debts: car loan S$640/mth, BNPL arrears S$1,120, two kids in primary school.
        Change of address: Mr Ho Kah Meng, from 15 Tampines St 11 #05-143 to 88 Jurong West St 42 #12-07, Singapore 640088. Newsletter to new address from April.
        Complaint from Mdm Saroja d/o Pillai: she was promised S$1,000 after her husband's funeral in Nov but only S$500 was credited to her POSB 188-61234-5.
        Hospital roster: Sat - visiting Sarge Ismail at Khoo Teck Puat Hospital ward 9B bed 14, he's on dialysis now; bring his favourite kueh.
        HKID Z683415(7): ex-Hong Kong Military Service Corps soldier Chan Wai Keung, now living in Singapore, asking if he can join as an associate member.
        Tel for next of kin only: +65 9034 7712 (daughter). Do not publish in the newsletter.
        My late father Mr Goh Tiong Huat (S0648213I) was in the Singapore Volunteer Corps in the 1950s. How do I get his service record? I am his son, Goh Wee Liang.
        Emergency loan ledger: 12/03/2025 Mohd Zaki bin Harun RM2,000 out, 30/04 RM300 in, 31/05 RM300 in, balance RM1,400; guarantor Hj Osman of Cawangan Klang.
        Re ORD party photos: don't tag Shawn pls, he's still on MC for depression and his parents don't know he's seeing an IMH psychiatrist.
        Signed, CPT (Ret) Lawrence Seah Kok Leong, 58 Sunset Way #03-14, Clementi Park, Singapore 597071, Tel 6466 2281
        Welfare visit: SGT (NS) Hairul Anuar's wife Siti Zubaidah is 7 months pregnant and he was retrenched in Jan; grant of S$500 approved for baby items.
    """),
    "mixed": _lines("""
        Bro, Ah Boon's MyKad no. is 560312-08-5471, need for the khairat form. His wife say she will bring the death cert to the dewan tomorrow morning.
        陈先生 (ex-Guards, 1970s) 的电话是 012-734 5819, he wants to rejoin the persatuan after his bypass operation.
        Aunty Mei says her late husband's pension never come since March, JPA say must update akaun Maybank 1640 2258 9013, can help her or not?
        Tolong semak for me: Encik Razak bin Mahmud, no. tentera 1104287, address No. 23 Jalan Mawar 4, Taman Sri Muda, 40400 Shah Alam, his PJM still never reach.
        林太 called the hotline crying, Lim Chee Seng fell at home last night, now at Tan Tock Seng ICU. She asks whether welfare can pay the ambulance $250.
        FYI the one who kena scam RM45k last month is Sarjan (B) Kassim from Cawangan Ipoh, his son told me. Don't spread lah, family very malu.
        Pls send the GIRO form to Mdm Yap 叶秀英 at yap.siewying52@hotmail.com, she's handling her late husband's estate, he was member no. 00456.
        Cikgu Rosnah's husband, ex-Kpl Hamdan, masuk lokap semalam sebab drug test positive; committee decide suspend his membership or not?
    """),
    "ms": _lines("""
        Waris: Puan Noraini binti Abdullah, isteri kepada Allahyarham Sjn (B) Zulkifli bin Omar, No. KP 620915-10-5528, no. telefon 013-482 9071.
        Permohonan bantuan: Kpl (B) Nordin bin Said, 71 tahun, menghidap penyakit buah pinggang tahap akhir, dialisis tiga kali seminggu, pencen RM1,150 sebulan.
        Sila kreditkan wang khairat ke akaun Bank Islam 12029010045678 atas nama Hasnah binti Ahmad, balu kepada ahli no. 3318.
        Alamat penghantaran hamper: Pak Itam, No. 7, Lorong Cempaka 2, Kampung Baru Sungai Buloh, 47000 Selangor. Beliau tidak boleh berjalan selepas strok.
        Ahli no. 2231, Lans Kpl (B) Muniandy a/l Subramaniam, masih berhutang yuran tiga tahun (RM72) dan pinjaman kecemasan RM1,500 sejak 2022.
        Berita duka: Sarjan Mejar (B) Hj Ahmad Fauzi bin Yaakob, bekas anggota 6 RAMD, telah kembali ke rahmatullah jam 3.15 pagi di Hospital Melaka akibat serangan jantung.
    """),
    "zh-Hans": _lines("""
        会员资料更新：黄国强，身份证号S1734826D，手机9638 2210，住址：兀兰21街第213座#06-115。
        阿明昨晚在家中中风，现在在陈笃生医院，他太太说医药费还差三千多，希望互助金可以先垫付。
        请转告李太：她先生李伟光的丧葬慰问金1500元已转入她的星展银行账户（尾号4471），如未收到请来电。
        前警员张志勇因赌债被起诉，法院下个月开庭，他老婆要求本会不要在群里讨论此事，也不要告诉他在中国深圳的兄弟。
    """),
    "zh-Hant": _lines("""
        會員周家豪（香港身份證 K492736(5)），前皇家香港軍團（義勇軍）隊員，現居新加坡，聯絡電話 +852 9371 4420。
        台灣籍配偶林淑芬（身分證字號 A224815793）申請加入家屬會員，其丈夫為本會終身會員吳振華。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the welfare desk assistant of a Singapore veterans' association. Be respectful and concise.",
        ),
        (
            "user",
            "Please draft a short condolence letter to Mdm Lee Bee Hong, widow of our member WO (Ret) Koh Ah Chye (NRIC S2261597A), who passed away on 28 Nov. Her address is Blk 231 Ang Mo Kio Ave 3 #10-1198, Singapore 560231. Mention the S$1,500 bereavement grant.",
        ),
        (
            "assistant",
            "Dear Mdm Lee Bee Hong, on behalf of the Association, please accept our deepest condolences on the passing of WO (Ret) Koh Ah Chye. He served with distinction and was a valued member of our family. A bereavement grant of S$1,500 will be credited to you within 10 working days. We will mail the original letter to Blk 231 Ang Mo Kio Ave 3 #10-1198, Singapore 560231. Yours sincerely, Welfare Committee.",
        ),
        ("user", "Thanks. Can you leave out his NRIC in the letter? Just keep it for our file."),
        (
            "assistant",
            "Certainly. The letter above does not quote the NRIC; keep S2261597A only in the internal claim record, not in any correspondence to the family.",
        ),
    ],
    [
        (
            "user",
            "Our bursary rule is per-capita income below S$1,200. Applicant household: father SGT (NS) Daniel Tan Wei Ming earns S$3,100, mother Rachel Ng earns S$1,400, three children. Do they qualify?",
        ),
        (
            "assistant",
            "Total household income is S$3,100 + S$1,400 = S$4,500 for 5 persons, so per-capita income is S$900. That is below S$1,200, so the Tan family qualifies.",
        ),
        ("user", "What if Daniel's overtime of S$900 last month is included?"),
        (
            "assistant",
            "Then household income is S$5,400 and per-capita income is S$1,080, still below the S$1,200 limit, so the application still qualifies.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk Persatuan Bekas Polis Malaysia. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong tulis surat permohonan bantuan perubatan untuk ayah saya, Koperal (B) Ismail bin Awang, No. KP 490702-03-5163, yang menghidap kencing manis dan baru dipotong kaki kanan di Hospital Raja Perempuan Zainab II.",
        ),
        (
            "assistant",
            "Tuan/Puan, dengan hormatnya saya memohon bantuan perubatan bagi pihak bapa saya, Koperal (B) Ismail bin Awang (No. KP 490702-03-5163), bekas anggota PDRM. Beliau menghidap kencing manis dan telah menjalani pembedahan memotong kaki kanan di Hospital Raja Perempuan Zainab II. Kos kerusi roda dan rawatan susulan amat membebankan keluarga. Sekian, terima kasih.",
        ),
        (
            "user",
            "Tambah no. telefon saya 019-905 2274 dan nama saya Faridah binti Ismail di bawah.",
        ),
        (
            "assistant",
            "Baik. Tambah di penghujung surat: Yang benar, Faridah binti Ismail (anak), No. telefon 019-905 2274.",
        ),
    ],
    [
        (
            "user",
            "Can help me format this into CSV or not? Roll for 2 SIR 1988 batch: Ramli bin Jaafar 9023 1187, Tan Kah Seng 8344 5609, Vincent Rozario 9677 0312. Columns name, phone, unit.",
        ),
        (
            "assistant",
            "name,phone,unit | Ramli bin Jaafar,9023 1187,2 SIR | Tan Kah Seng,8344 5609,2 SIR | Vincent Rozario,9677 0312,2 SIR",
        ),
        (
            "user",
            "Add one more, Ah Huat, 9455 8120, he is the one who just got out of hospital, mark him as follow-up.",
        ),
        (
            "assistant",
            "name,phone,unit,remark | Ramli bin Jaafar,9023 1187,2 SIR, | Tan Kah Seng,8344 5609,2 SIR, | Vincent Rozario,9677 0312,2 SIR, | Ah Huat,9455 8120,2 SIR,follow-up after discharge",
        ),
    ],
    [
        ("system", "你是新加坡一个退伍军人联谊会的中文文书助理。"),
        (
            "user",
            "帮我写一则讣告：本会会员郑亚福（前第四新加坡步兵营下士）于12月1日因肺癌病逝，享年74岁，灵堂设在大巴窑8巷第11座楼下，12月4日上午10时出殡。",
        ),
        (
            "assistant",
            "【讣告】本会会员郑亚福先生（前第四新加坡步兵营下士）因肺癌医治无效，于12月1日安详辞世，享年74岁。灵堂设于大巴窑8巷第11座楼下，定于12月4日上午10时出殡。本会同人深表哀悼，敬请各位会员前往吊唁。",
        ),
        ("user", "他儿子郑俊杰的电话是9182 6630，要不要放进去？"),
        (
            "assistant",
            "如讣告只在会员群内发送，可加上“家属联络：郑俊杰 9182 6630”；若会公开张贴，建议不要写出私人电话。",
        ),
    ],
    [
        (
            "system",
            "You are a CRM helper for the Reservists Family Club. Current record: member_id 1187, name Muthu Krishnan a/l Perumal, mobile 9361 4052, email muthu.kp1979@gmail.com, unit 40 SAR, status ORNS, notes: separated from wife, pays maintenance S$800/month.",
        ),
        ("user", "Book him for the Family Day on 21 June and send the reminder SMS."),
        (
            "assistant",
            "Done. Muthu Krishnan a/l Perumal (member 1187) is booked for Family Day on 21 June. Reminder SMS queued to 9361 4052: Hi Muthu, see you at Family Day, 21 June, 9am. I have not included any note about his separation in the message.",
        ),
    ],
    [
        (
            "user",
            "My grandfather served in the Malay Regiment in the 1950s. His name was Yusof bin Hashim, army no. 7721, born 1931 in Kampung Gelam. How do I get his service records?",
        ),
        (
            "assistant",
            "For a Malay Regiment soldier of that period, you can write to the Malaysian Army records office and, for any British-era papers, check the UK National Archives. Quote his full name Yusof bin Hashim, army number 7721 and year of birth 1931, and attach proof that you are his grandchild.",
        ),
        ("user", "I also have his old IC number 0123456 from the 1960s. Should I include it?"),
        (
            "assistant",
            "Yes, the old IC number helps the records office match the file. Include it only in the application form, not in any public post, and keep a copy of everything you send.",
        ),
    ],
    [
        (
            "user",
            "Hi, I'm CPL (NS) Lee Jun Wei, 3 GDS. My ICT is on 10 March but my wife Michelle is due to deliver on 8 March. Can help me write a deferment appeal?",
        ),
        (
            "assistant",
            "Sure. Subject: Request for Deferment of ICT (10 March). I, CPL (NS) Lee Jun Wei of 3 GDS, respectfully request deferment of my in-camp training as my wife, Michelle, is expected to deliver our child on 8 March. I attach the hospital letter confirming the expected delivery date. Thank you for your consideration.",
        ),
        ("user", "Add my NRIC S9107365Z and mobile 9744 2019 at the bottom."),
        (
            "assistant",
            "Added at the bottom: CPL (NS) Lee Jun Wei, NRIC S9107365Z, Mobile 9744 2019. Submit it through the NS Portal with the hospital letter attached.",
        ),
    ],
    [
        ("system", "你是新加坡退伍軍人協會的會員服務助理，以繁體中文回覆。"),
        (
            "user",
            "我叫梁國雄，以前是皇家香港軍團（義勇軍）成員，1998年移居新加坡。香港身份證號碼 D518372(9)，想申請做附屬會員。",
        ),
        (
            "assistant",
            "梁先生您好，歡迎申請附屬會員。請填寫附屬會員申請表，附上服役證明（例如退役證書或服役相片），身份證號碼 D518372(9) 只需寫在表格上，不必另外發送。年費為新幣30元。",
        ),
        ("user", "我住在碧山12街第148座#04-33，可以郵寄表格給我嗎？"),
        ("assistant", "可以，我們會把表格寄到碧山12街第148座#04-33，預計五個工作天內寄達。"),
    ],
    [
        ("system", "Summarise member group chats for the EXCO. Keep it factual."),
        (
            "user",
            "Summarise today's chat: members were talking about the reunion, the new polo tees, and about Mr Sim Boon Kiat.",
        ),
        (
            "assistant",
            "Summary: (1) Reunion confirmed for 14 March, 18 tables. (2) Polo tee orders close Friday. (3) Several members said Mr Sim Boon Kiat has not repaid the S$2,000 he borrowed from the welfare fund and is now bankrupt; his wife reportedly moved out to her sister's flat in Hougang.",
        ),
        (
            "user",
            "Remove point 3 from the version that goes to the whole committee, just tell the chairman privately.",
        ),
        (
            "assistant",
            "Understood. The committee version will only have points 1 and 2. The private note for the chairman: Mr Sim Boon Kiat owes S$2,000 to the welfare fund and is reported to be bankrupt.",
        ),
    ],
]
